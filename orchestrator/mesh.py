"""The fact-check leaf: a claim checker and a citation finder that talk, within bounds.

Inside this one step the two agents exchange messages freely — the checker says which
claims need sources, the finder reads them and reports, the checker asks again for what is
still unsettled — but only for `max_rounds` rounds and within a token budget. The leaf's
only way out is its result, which the fact-check gate (code) then judges. Every message,
with its round, sender and tokens, is kept in the step's output: the trace can say which
agent introduced which citation.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from orchestrator.citations import CitationCheck, follow_citations
from orchestrator.domain import JSON, Article, ArticleLink, Verdict
from orchestrator.figures import figures_in, unread_amounts
from orchestrator.ports import ClaimCheck, DraftClaim, Model, Reader
from orchestrator.run_spans import usage_attributes
from orchestrator.spelled import cited_in_words
from orchestrator.telemetry import NO_TELEMETRY, Attributes, Telemetry
from orchestrator.usage import Usage

log = logging.getLogger(__name__)

CHECKER = "claim_checker"
FINDER = "citation_finder"


@dataclass(frozen=True)
class MeshLimits:
    max_rounds: int = 3
    token_budget: int = 60_000
    max_sources: int = 5  # distinct sources read by the finder over the whole leaf


@dataclass(frozen=True)
class MeshMessage:
    round: int
    sender: str
    recipient: str
    kind: str
    body: JSON
    tokens: int = 0

    def to_json(self) -> JSON:
        return {
            "round": self.round,
            "from": self.sender,
            "to": self.recipient,
            "kind": self.kind,
            "body": self.body,
            "tokens": self.tokens,
        }


@dataclass
class MeshResult:
    checks: list[ClaimCheck]
    citations: list[tuple[CitationCheck, int]]  # each with the round the finder found it in
    messages: list[MeshMessage] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    model: str | None = None
    model_calls: int = 0
    model_seconds: float = 0.0
    rounds: int = 0
    stopped: str = "settled"  # "settled", "max_rounds" or "token_budget"


async def fact_check_mesh(
    article: Article,
    claims: Sequence[DraftClaim],
    cited_sentences: Sequence[DraftClaim],
    model: Model,
    reader: Reader,
    limits: MeshLimits,
    *,
    telemetry: Telemetry = NO_TELEMETRY,
) -> MeshResult:
    """Check `claims`; follow the sources of `claims` and of the article's other cited
    sentences (`cited_sentences`, indexed after the claims)."""
    everything = [*claims, *cited_sentences]
    result = MeshResult(checks=[], citations=[])
    read: set[str] = set()

    # Round 1, the checker: verdicts on the summary, and which statements need sources.
    with telemetry.span(f"invoke_agent {CHECKER}", _agent(CHECKER, 1)) as span:
        reply = await model.check_claims(article, claims)
        span.set_attributes(usage_attributes(reply.usage))
    result.checks = list(reply.value)
    result.usage = result.usage + reply.usage
    result.model = reply.model
    result.model_calls += reply.calls
    result.model_seconds += reply.latency_seconds
    wanted = [
        i
        for i, statement in enumerate(everything)
        # An amount copydesk cannot read ("ZZ$45.8bn") still wants its source: the gate then
        # says it could not check it, rather than that there was nothing to follow.
        if figures_in(statement.text)
        or cited_in_words(statement.text)
        or unread_amounts(statement.text)
    ]
    result.rounds = 1
    result.messages.append(
        MeshMessage(
            1,
            CHECKER,
            FINDER,
            "need_sources",
            {
                "statements": wanted,
                "verdicts": {str(c.index): c.verdict.value for c in result.checks},
            },
            reply.usage.total_tokens,
        )
    )
    round_ = 1
    while True:
        if not wanted:
            result.stopped = "settled"
            break
        if result.usage.total_tokens >= limits.token_budget:
            result.stopped = "token_budget"
            break
        budget = limits.max_sources - len(read)
        if budget <= 0:
            result.stopped = "settled"
            break
        # The finder: one source per linked sentence each round — the first link it has not
        # read yet — so a second source is only fetched when the first did not settle it.
        unread = _first_per_sentence(link for link in article.links if link.url not in read)
        with telemetry.span(f"invoke_agent {FINDER}", _agent(FINDER, round_)) as span:
            found = await follow_citations(
                dataclasses.replace(article, links=unread),
                [everything[i] if i in wanted else _NOTHING for i in range(len(everything))],
                reader,
                max_sources=budget,
            )
            span.set_attributes(
                {"copydesk.mesh.statements": len(wanted), "copydesk.mesh.sources": len(found)}
            )
        read.update(check.source_url for check in found)
        result.citations.extend((check, round_) for check in found)
        result.messages.append(
            MeshMessage(
                round_,
                FINDER,
                CHECKER,
                "sources",
                {"citations": [check.to_json() for check in found]},
            )
        )
        # The checker: a statement is settled once a source confirms it or contradicts it;
        # one whose sources could not be read is worth another look at other links.
        settled = {
            check.claim_index
            for check, _ in result.citations
            if check.verdict is not Verdict.UNVERIFIABLE
        }
        unsettled = [
            check.claim_index
            for check in found
            if check.verdict is Verdict.UNVERIFIABLE and check.claim_index not in settled
        ]
        wanted = sorted(set(unsettled))
        if not wanted or not found:
            result.stopped = "settled"
            break
        if round_ >= limits.max_rounds:
            result.stopped = "max_rounds"
            break
        round_ += 1
        result.rounds = round_
        result.messages.append(
            MeshMessage(round_, CHECKER, FINDER, "need_other_sources", {"statements": wanted})
        )
    log.info(
        "fact-check mesh: %s rounds, %s messages, stopped: %s",
        result.rounds,
        len(result.messages),
        result.stopped,
        extra={"action": "mesh", "rounds": result.rounds, "stopped": result.stopped},
    )
    return result


def _agent(name: str, round_: int) -> Attributes:
    return {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": name,
        "copydesk.mesh.round": round_,
    }


def _first_per_sentence(links: Iterable[ArticleLink]) -> tuple[ArticleLink, ...]:
    first: dict[str, ArticleLink] = {}
    for link in links:
        first.setdefault(" ".join(link.context.split()), link)
    return tuple(first.values())


# A statement with nothing to check, standing in for those the finder is not asked about so
# that claim indices keep their meaning.
_NOTHING = DraftClaim("", "")
