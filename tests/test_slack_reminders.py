"""Reminders and escalation for a gate that waits: posted in the thread by the periodic
sweep, once each, across restarts.

The real app on both databases against FakeSlack. Instead of waiting hours, a test moves the
gate's creation time back in the database, as if it had waited that long.
"""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import update

from articles import ArticleSite
from bot.bootstrap import App
from fakes.slack import FakeSlack, Message
from slack_harness import bot_replies, events_endpoint, running_app, settled_run
from storage.models import GateRow
from storage.reminders import SqlReminders
from test_slack_gates import escalated

APPROVER = "U1"
ENV = {
    "COPYDESK_APPROVERS": APPROVER,
    "COPYDESK_GATE_TIMEOUT": "24h",
    "COPYDESK_GATE_REMIND_AFTER": "4h",
    "COPYDESK_ESCALATE_AFTER": "2h",
    "COPYDESK_ESCALATE_TO": "U2,S0CHIEFS",
    # The worker's own sweep stays out of the way; the test sweeps when it means to.
    "COPYDESK_SWEEP_SECONDS": "3600",
}


async def waited(app: App, hours: float) -> None:
    """Make run 1's waiting gate look `hours` old."""
    gate = await app.store.waiting_gate(1)
    assert gate is not None
    async with app.engine.begin() as connection:
        await connection.execute(
            update(GateRow)
            .where(GateRow.id == gate.id)
            .values(created_at=gate.created_at - timedelta(hours=hours))
        )


async def sweep(app: App) -> None:
    assert app.worker.sweep is not None
    await app.worker.sweep()


def reminders(slack: FakeSlack, thread: str) -> list[Message]:
    return [m for m in bot_replies(slack, "C1", thread) if m.text.startswith(("⏰", "📣"))]


async def test_a_waiting_gate_reminds_then_escalates_once_each_across_a_restart(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    async with running_app(database_url, slack, site, **ENV) as app:
        async with events_endpoint(app, slack) as events:
            message = await escalated(app, slack, events, site)
        thread = message.thread_ts or message.ts
        await sweep(app)
        assert reminders(slack, thread) == []  # not yet due
        await waited(app, 3)
    # Stopped while the reminder is pending (due in an hour); started again on the same
    # database, as after a deploy.
    async with running_app(database_url, slack, site, **ENV) as app:
        await waited(app, 1.5)  # now 4.5h
        await sweep(app)
        # The worker's own first sweep may be the one that sends it: wait for whichever.
        [remind] = await slack.wait_for(lambda s: reminders(s, thread))
        assert remind.text.startswith("⏰ Run #1 has waited 4h 30m at the *fact_check* gate")
        assert f"Approvers: <@{APPROVER}>" in remind.text
        assert re.search(r"rejected by timeout in 19h (29|30)m\.$", remind.text)
        await sweep(app)
        assert len(reminders(slack, thread)) == 1  # never twice
        gate = await app.store.waiting_gate(1)
        assert gate is not None and gate.id is not None
    async with running_app(database_url, slack, site, **ENV) as app:
        await sweep(app)
        assert len(reminders(slack, thread)) == 1  # nor after a restart
        await waited(app, 2)  # 6.5h: past the reminder and the further 2h
        await sweep(app)
        await sweep(app)
        found = await slack.wait_for(lambda s: r if len(r := reminders(s, thread)) >= 2 else [])
        assert len(found) == 2
        assert found[1].text.startswith("📣 Run #1 has waited 6h 30m")
        assert "escalating to <@U2>, <!subteam^S0CHIEFS>" in found[1].text
        recorded = await SqlReminders(app.store.runner).reminders(gate.id)
        assert [(r.kind, r.sent_to) for r in recorded] == [
            ("remind", f"Approvers: <@{APPROVER}>"),
            ("escalate", "<@U2>, <!subteam^S0CHIEFS>"),
        ]
        run = await settled_run(app, 1)
        assert run.status.value == "waiting"


async def test_nothing_is_sent_once_the_timeout_is_past_or_the_gate_decided(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    async with running_app(database_url, slack, site, **ENV) as app:
        async with events_endpoint(app, slack) as events:
            message = await escalated(app, slack, events, site)
        thread = message.thread_ts or message.ts
        await app.gatekeeper.decide_run(1, approve=True, by="local")
        await waited_any(app, 5)
        await sweep(app)
        assert reminders(slack, thread) == []


async def test_no_reminders_unless_configured(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    env = {k: v for k, v in ENV.items() if k != "COPYDESK_GATE_REMIND_AFTER"}
    async with running_app(database_url, slack, site, **env) as app:
        async with events_endpoint(app, slack) as events:
            message = await escalated(app, slack, events, site)
        await waited(app, 10)
        await sweep(app)
        assert reminders(slack, message.thread_ts or message.ts) == []


async def waited_any(app: App, hours: float) -> None:
    """Every gate of run 1 `hours` older, decided or not."""
    run = await app.store.get_run(1)
    assert run is not None
    async with app.engine.begin() as connection:
        for gate in run.gates:
            await connection.execute(
                update(GateRow)
                .where(GateRow.id == gate.id)
                .values(created_at=gate.created_at - timedelta(hours=hours))
            )
