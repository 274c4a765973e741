"""What a finished run produced, as a type: `Run.result` stores it as JSON (its shape has not
changed), and `RunResult` is how code writes and reads it instead of by key."""

from __future__ import annotations

from dataclasses import dataclass, field

from orchestrator.citation import Citation, citations_in
from orchestrator.domain import JSON, Claim, Run
from orchestrator.usage import Usage


@dataclass(frozen=True)
class RunResult:
    url: str
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    claims: tuple[Claim, ...] = ()
    tags: tuple[str, ...] = ()
    # Each cited sentence checked against its source, as the fact-check step wrote it.
    citations: tuple[Citation, ...] = ()
    # The gates as they stood when the run finished: name, decision, reason.
    gates: tuple[JSON, ...] = ()
    usage: Usage = field(default_factory=Usage)
    # What approvers changed at the fact-check gate (each with "by"), the originals kept.
    corrections: tuple[JSON, ...] = ()

    def to_json(self) -> JSON:
        return {
            "title": self.title,
            "url": self.url,
            "byline": self.byline,
            "date": self.date,
            "claims": [claim.to_json() for claim in self.claims],
            "tags": list(self.tags),
            "citations": [citation.to_json() for citation in self.citations],
            "corrections": list(self.corrections),
            "gates": list(self.gates),
            "usage": self.usage.to_json(),
        }

    @classmethod
    def of(cls, run: Run) -> RunResult | None:
        """The run's result; None before it has one. Older rows may lack keys."""
        if run.result is None:
            return None
        data = run.result
        usage = data.get("usage") or {}
        return cls(
            url=data.get("url", run.url),
            title=data.get("title"),
            byline=data.get("byline"),
            date=data.get("date"),
            claims=tuple(Claim.from_json(claim) for claim in data.get("claims", [])),
            tags=tuple(data.get("tags", [])),
            citations=citations_in(data),
            gates=tuple(data.get("gates", [])),
            corrections=tuple(data.get("corrections", [])),
            usage=Usage(
                input_tokens=usage.get("input_tokens", 0),
                output_tokens=usage.get("output_tokens", 0),
                cache_write_tokens=usage.get("cache_write_tokens", 0),
                cache_read_tokens=usage.get("cache_read_tokens", 0),
                cost_usd=usage.get("cost_usd", 0.0),
            ),
        )
