"""Step names as a type, so nothing parses meaning out of a string.

A run's steps are stored by name: "fetch", "summarise", "fact_check", "tag", "merge", and for
a long article one "summarise_s<N>" step per section followed by "synthesise". A claim names
the step and attempt that introduced it as "<step>#<attempt>" ("summarise_s2#1"). Both forms
are stored and shown as they always were; `StepName` and `StepAttempt` read and write them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SUMMARISE = "summarise"
SYNTHESISE = "synthesise"

_SECTION = re.compile(r"summarise_s(\d+)")


@dataclass(frozen=True)
class StepName:
    """A step's name; `section` is set for one section's summary of a long article."""

    base: str
    section: int | None = None

    @classmethod
    def section_of(cls, number: int) -> StepName:
        return cls(SUMMARISE, number)

    @classmethod
    def parse(cls, name: str) -> StepName:
        found = _SECTION.fullmatch(name)
        return cls(SUMMARISE, int(found[1])) if found else cls(name)

    @property
    def is_section(self) -> bool:
        return self.section is not None

    @property
    def phase(self) -> str:
        """The phase it belongs to: section and synthesis steps are part of the summary."""
        return SUMMARISE if self.is_section or self.base == SYNTHESISE else self.base

    @property
    def kind(self) -> str:
        """The name without its section number: one series per kind of step (metrics)."""
        return "summarise_section" if self.is_section else self.base

    def __str__(self) -> str:
        return f"summarise_s{self.section}" if self.section is not None else self.base


@dataclass(frozen=True)
class StepAttempt:
    """Which attempt of which step: where a claim came from."""

    step: StepName
    attempt: int

    @classmethod
    def parse(cls, text: str) -> StepAttempt:
        """ "summarise_s2#1"; a name without "#" (older rows) is its first attempt."""
        name, _, attempt = text.partition("#")
        return cls(StepName.parse(name), int(attempt) if attempt.isdigit() else 1)

    @property
    def agent(self) -> str:
        """Who wrote a claim introduced here: a section's summariser, or the summariser."""
        return "section_summariser" if self.step.is_section else "summariser"

    def __str__(self) -> str:
        return f"{self.step}#{self.attempt}"
