"""Step names read and written as the database and the trace have always held them."""

from __future__ import annotations

import pytest

from bot.metrics import step_kind
from orchestrator.replay import phase_of
from orchestrator.steps import StepAttempt, StepName


@pytest.mark.parametrize(
    ("name", "phase", "kind", "section"),
    [
        ("fetch", "fetch", "fetch", None),
        ("summarise", "summarise", "summarise", None),
        ("summarise_s3", "summarise", "summarise_section", 3),
        ("synthesise", "summarise", "synthesise", None),
        ("fact_check", "fact_check", "fact_check", None),
    ],
)
def test_a_step_name_round_trips_and_knows_its_phase(
    name: str, phase: str, kind: str, section: int | None
) -> None:
    step = StepName.parse(name)
    assert str(step) == name
    assert step.section == section
    assert phase_of(name) == step.phase == phase
    assert step_kind(name) == step.kind == kind


def test_a_claims_origin_names_its_agent_without_reading_the_string() -> None:
    section = StepAttempt.parse("summarise_s2#1")
    assert section == StepAttempt(StepName.section_of(2), 1)
    assert str(section) == "summarise_s2#1" and section.agent == "section_summariser"
    for whole in ("summarise#2", "synthesise#1"):
        assert str(StepAttempt.parse(whole)) == whole
        assert StepAttempt.parse(whole).agent == "summariser"
