"""Gates a person decides, through the console desk and the command line, on both databases.

The app is the real one from bootstrap; the console transport is driven through Desk.handle,
the same entry point the console's stdin loop calls.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from articles import ArticleSite
from bot.answer import Answer
from bot.bootstrap import App, build_app
from bot.core import IncomingMessage
from cli_harness import copydesk, environment
from orchestrator.domain import GateDecision, Run, RunStatus
from orchestrator.reading import InlineExtractor
from slack_harness import hold
from support import make_settings


class Lines:
    """The console's replier and the terminal reporter's output, kept for assertions."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def write(self, line: str) -> None:
        self.lines.append(line)

    async def reply(self, answer: Answer) -> None:
        self.lines.append(answer.text)

    async def private(self, text: str) -> None:
        self.lines.append(text)

    def count(self, text: str) -> int:
        return sum(text in line for line in self.lines)


@asynccontextmanager
async def console_app(
    database_url: str, site: ArticleSite, out: Lines, **env: object
) -> AsyncIterator[App]:
    settings = make_settings(
        database_url, COPYDESK_FETCH_ALLOW=site.allow, COPYDESK_SWEEP_SECONDS=0.05, **env
    )
    async with build_app(
        settings,
        transports=["console"],
        write=out.write,
        extractor=InlineExtractor(),
        upgrade=False,
    ) as app:
        worker = asyncio.create_task(app.worker.run_forever())
        try:
            yield app
        finally:
            await app.worker.stop()
            worker.cancel()


async def say(app: App, out: Lines, text: str) -> list[Run]:
    return await app.desk.handle(IncomingMessage(text=text, transport="console", user="local"), out)


async def until(app: App, run_id: int, done: Callable[[Run], bool], timeout: float = 10) -> Run:
    async def poll() -> Run:
        while True:
            run = await app.store.get_run(run_id)
            if run is not None and done(run):
                return run
            await asyncio.sleep(0.02)

    return await asyncio.wait_for(poll(), timeout)


def status(wanted: RunStatus) -> Callable[[Run], bool]:
    return lambda run: run.status is wanted


async def test_an_approved_gate_lets_the_run_finish(database_url: str, site: ArticleSite) -> None:
    out = Lines()
    async with console_app(database_url, site, out) as app:
        (run,) = await say(app, out, site.url("/news/harbour-misquoted"))
        waiting = await until(app, run.id, status(RunStatus.WAITING))
        (gate,) = [g for g in waiting.gates if g.decision is GateDecision.ESCALATE]
        assert gate.name == "fact_check" and "41" in gate.reason
        assert out.count("waiting for an approver") == 1

        await say(app, out, "approve run 1 because the study was revised")
        done = await until(app, run.id, status(RunStatus.SUCCEEDED))

    decided = next(g for g in done.gates if g.name == "fact_check")
    assert decided.decision is GateDecision.APPROVED
    assert decided.decided_by == "local" and decided.decided_at is not None
    assert decided.note == "the study was revised"
    assert done.step("merge") is not None
    assert out.count("Run #1 finished") == 1


async def test_a_rejected_gate_stops_the_run(database_url: str, site: ArticleSite) -> None:
    out = Lines()
    async with console_app(database_url, site, out) as app:
        (run,) = await say(app, out, site.url("/news/harbour-misquoted"))
        await until(app, run.id, status(RunStatus.WAITING))
        await say(app, out, "reject run 1")
        done = await until(app, run.id, status(RunStatus.REJECTED))
        # A second decision is told who decided, and changes nothing.
        await say(app, out, "approve run 1")
    assert done.step("merge") is None
    assert out.count("Run #1 was rejected") == 1
    assert out.count("is not waiting at a gate: its fact_check gate was rejected by local") == 1


async def test_a_gate_nobody_decides_times_out_with_its_configured_outcome(
    database_url: str, site: ArticleSite
) -> None:
    out = Lines()
    async with console_app(
        database_url,
        site,
        out,
        COPYDESK_GATE_TIMEOUT="0.2s",
        COPYDESK_GATE_TIMEOUT_OUTCOME="approve",
    ) as app:
        (run,) = await say(app, out, site.url("/news/harbour-misquoted"))
        done = await until(app, run.id, status(RunStatus.SUCCEEDED))
    gate = next(g for g in done.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.TIMED_OUT
    assert gate.outcome is GateDecision.APPROVED
    assert gate.decided_by == "timeout"  # never recorded as a person


async def test_the_default_timeout_outcome_is_reject(database_url: str, site: ArticleSite) -> None:
    out = Lines()
    async with console_app(database_url, site, out, COPYDESK_GATE_TIMEOUT="0.2s") as app:
        (run,) = await say(app, out, site.url("/news/harbour-misquoted"))
        done = await until(app, run.id, status(RunStatus.REJECTED))
    gate = next(g for g in done.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.TIMED_OUT and gate.effective is GateDecision.REJECTED


async def test_an_article_that_addresses_the_model_still_escalates(
    database_url: str, site: ArticleSite
) -> None:
    out = Lines()
    async with console_app(database_url, site, out) as app:
        (run,) = await say(app, out, site.url("/news/harbour-injected"))
        waiting = await until(app, run.id, status(RunStatus.WAITING))
    gate = next(g for g in waiting.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.ESCALATE
    assert "silt-study" in gate.reason


async def test_a_waiting_run_survives_a_restart_and_the_approval_completes_it(
    database_url: str, site: ArticleSite
) -> None:
    out = Lines()
    async with console_app(database_url, site, out) as app:
        (run,) = await say(app, out, site.url("/news/harbour-misquoted"))
        await until(app, run.id, status(RunStatus.WAITING))
    # A new process: nothing of the first one's memory is left.
    out = Lines()
    async with console_app(database_url, site, out) as app:
        await say(app, out, "approve run 1")
        await until(app, run.id, status(RunStatus.SUCCEEDED))
    assert site.hits.count("/news/harbour-misquoted") == 1  # fetched once, before the restart
    assert out.count("Run #1 finished") == 1


async def test_cancel_stops_a_waiting_run(database_url: str, site: ArticleSite) -> None:
    out = Lines()
    async with console_app(database_url, site, out) as app:
        (run,) = await say(app, out, site.url("/news/harbour-misquoted"))
        await until(app, run.id, status(RunStatus.WAITING))
        await say(app, out, "cancel run 1")
        # Cancelled at once; its thread is told by the worker, which records it told.
        cancelled = await until(
            app, run.id, lambda r: r.status is RunStatus.CANCELLED and r.result_posted
        )
        await say(app, out, "approve run 1")
        await say(app, out, "cancel run 1")
    assert cancelled.result_posted
    assert out.count("Run #1 cancelled by local") == 1
    assert out.count("Run #1 was cancelled.") == 1
    assert out.count("has already ended (cancelled)") == 1


async def test_the_command_line_decides_and_finishes_its_own_runs(
    database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    env = environment(database_url, site, tmp_path)
    code, out, _ = await copydesk("run", site.url("/news/harbour-misquoted"), env=env)
    assert code == 3
    code, out, err = await copydesk("approve", "1", "--reason", "checked by hand", env=env)
    assert code == 0, err
    assert "approved by local:" in out and "Run #1 finished" in out
    code, out, err = await copydesk("approve", "1", env=env)
    assert code == 1 and "not waiting at a gate" in err
    code, _, err = await copydesk("reject", "42", env=env)
    assert code == 1 and "no run #42" in err


async def test_deciding_a_run_that_never_waited_says_where_it_is(
    database_url: str, site: ArticleSite
) -> None:
    out = Lines()
    async with console_app(database_url, site, out) as app:
        (run,) = await say(app, out, site.url("/news/harbour"))
        await until(app, run.id, status(RunStatus.SUCCEEDED))
        await say(app, out, "approve run 1")
    assert out.count("Run #1 is not waiting at a gate: it has finished.") == 1


async def test_cancel_stops_a_running_run_and_its_thread_hears_once_it_has_stopped(
    database_url: str, site: ArticleSite
) -> None:
    release = hold(site, "/news/harbour")
    out = Lines()
    async with console_app(database_url, site, out) as app:
        (run,) = await say(app, out, site.url("/news/harbour"))
        await until(app, run.id, lambda r: any(s.name == "fetch" for s in r.steps))
        await say(app, out, "cancel run 1")
        await until(app, run.id, status(RunStatus.CANCELLED))
        release.set()
        # The execution learns of the cancel from its lease (or, at the latest, when its end
        # does not apply): the run stays cancelled, and its thread hears that, once.
        cancelled = await until(app, run.id, lambda r: r.result_posted, timeout=15)
    assert cancelled.status is RunStatus.CANCELLED
    assert out.count("Run #1 was cancelled.") == 1
    assert out.count("Run #1 finished") == 0
