"""An amount in a currency copydesk does not know is still a cited figure: the gate does
not continue as if there were nothing to check (issue 10, "the gate, honestly")."""

from __future__ import annotations

from articles import ArticleSite
from fakes.slack import FakeSlack
from orchestrator.domain import GateDecision, RunStatus
from slack_harness import settled_run
from test_source_gate import _escalation, _paste, _serve, desk

ARTICLE = (
    "<html><head><title>Island bank deposits climb</title></head><body><article>"
    "<h1>Island bank deposits climb</h1>"
    "<p>Savers on the islands kept putting money into their banks through the summer, "
    "bankers said, as tourism revenue recovered and lending stayed cautious.</p>"
    "<p>Several lenders reported strong inflows from hotel operators and small firms, "
    "and the largest bank said it had opened two new branches on the outer islands.</p>"
    "<p>Deposits held by licensed banks reached ZZ$45.8bn at the end of September, "
    '<a href="/sources/zz">according to the central bank</a>.</p>'
    "<p>Officials did not say when the next update would be published, and a spokesperson "
    "declined to comment on the detail beyond what had been released.</p>"
    "</article></body></html>"
)
RELEASE = (
    b"<html><body><p>Deposits of licensed banks: ZZ$45.8 billion (September).</p></body></html>"
)


async def test_an_unread_amount_escalates_saying_so(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    _serve(site, "/news/zz", ARTICLE.encode(), "text/html")
    _serve(site, "/sources/zz", RELEASE, "text/html")
    async with desk(database_url, slack, site) as app:
        ts, run_id = await _paste(app, slack, site, "/news/zz")
        message = await _escalation(slack, ts)
        run = await settled_run(app, run_id)
    assert run.status is RunStatus.WAITING
    [gate] = [g for g in run.gates if g.name == "fact_check"]
    assert gate.decision is GateDecision.ESCALATE
    assert "copydesk could not read “ZZ$45.8bn” as a figure" in str(message.blocks)
