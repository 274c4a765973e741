"""The two live pieces of a run's thread that are newer than its status message: the plan,
streamed (chat.startStream → appendStream → stopStream), and the loading status while a
model step runs (assistant.threads.setStatus).

Both belong to the thread's reporter (bot/reporters.py), which calls them from its outbox
writes and through its own `_call` (spans, the workspace's token, a refused layout sent as
text). Neither decides anything about the run. A refusal falls back to the status message
updated in place: for this run always, for the workspace when Slack says the workspace
cannot (bot/slack/features.py). A rate limit is raised, so that the outbox waits as Slack
asked and sends the write again, newest state first.

Not slack_sdk's ChatStream helper: it keeps the stream's ts only in memory and buffers
markdown text. Here the ts is the run's `status_ref`, stored before anything else is sent,
so that a restart updates the same message instead of streaming a second plan.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from bot.slack import plan
from bot.slack.failures import classify
from bot.slack.features import LOADING_STATUS, PLAN_STREAM, SlackFeatures, is_rate_limit
from orchestrator.domain import Run, RunStatus
from orchestrator.ports import RunStore

log = logging.getLogger(__name__)

Call = Callable[..., Awaitable[Any]]
METADATA_EVENT = "copydesk_message"


class PlanStream:
    def __init__(self, call: Call, store: RunStore, features: SlackFeatures) -> None:
        self._call = call
        self.store = store
        self.features = features
        self._ts: str | None = None  # the open stream's message
        self._sent: dict[str, plan.Task] = {}
        self._title: str | None = None
        self._over = False  # stopped, or fell back: the message is updated in place now
        self._failed = False  # Slack refused this run's stream
        # Stopped showing the run's end: the message is final, nothing more to edit.
        self.ended = False

    async def write(self, run: Run) -> bool:
        """Stream the plan as it stands; False when the caller must write the status
        message instead (streaming not taken, or no longer open)."""
        if self._ts is None:
            if self._over or run.status_ref is not None or run.status.is_final:
                return False
            if not await self.features.allows(run.origin.team, PLAN_STREAM):
                return False
            return await self._start(run)
        return await self._append(run)

    async def in_place(self, run: Run) -> bool:
        """Whether the status message, updated in place, should show the plan as blocks."""
        return (
            self._ts is None
            and not self._failed
            and await self.features.allows(run.origin.team, PLAN_STREAM)
        )

    async def _start(self, run: Run) -> bool:
        cards = plan.tasks(run)
        try:
            response = await self._call(
                run,
                "chat_startStream",
                channel=run.origin.channel,
                thread_ts=run.origin.thread_ts,
                # Slack wants both outside a DM: the person the stream answers.
                recipient_user_id=run.origin.user,
                recipient_team_id=run.origin.team,
                task_display_mode="plan",
                chunks=plan.start_chunks(run, cards),
            )
        except Exception as error:
            return await self._refused(run, error)
        self._ts = str(response["ts"])
        self._sent = {t.id: t for t in cards}
        self._title = plan.title(run)
        run.status_ref = self._ts
        # Kept first: a restart updates this message in place rather than start another.
        await self.store.update_run(run.id, status_ref=self._ts)
        if run.status is RunStatus.WAITING:
            return await self._append(run)
        return True

    async def _append(self, run: Run) -> bool:
        assert self._ts is not None
        cards = plan.tasks(run)
        chunks = [t.chunk() for t in plan.changed(self._sent, cards)]
        title = plan.title(run)
        if title != self._title:
            chunks.insert(0, {"type": "plan_update", "title": title})
        # A wait at a gate can outlast a stream (Slack ends idle ones): the plan is stopped
        # there, and the run's next execution updates it in place.
        ending = run.status.is_final or run.status is RunStatus.WAITING
        try:
            if ending:
                await self._call(
                    run,
                    "chat_stopStream",
                    channel=run.origin.channel,
                    ts=self._ts,
                    chunks=chunks or None,
                    metadata={
                        "event_type": METADATA_EVENT,
                        "event_payload": {"run_id": run.id, "kind": "status"},
                    },
                )
            elif chunks:
                await self._call(
                    run, "chat_appendStream", channel=run.origin.channel, ts=self._ts,
                    chunks=chunks,
                )  # fmt: skip
        except Exception as error:
            return await self._refused(run, error)
        self._sent = {t.id: t for t in cards}
        self._title = title
        if ending:
            self._ts, self._over = None, True
            self.ended = run.status.is_final
        return True

    async def _refused(self, run: Run, error: Exception) -> bool:
        # Any other failure falls back at once rather than retry a stream: a start whose
        # answer was lost (a 5xx, a timeout) may leave a plan Slack began beside the status
        # message — a rare double, where retrying could leave a thread with neither.
        failure = classify(error)
        if is_rate_limit(failure):
            raise error  # the outbox waits Retry-After and sends the newest plan again
        remembered = await self.features.refused(run.origin.team, PLAN_STREAM, failure)
        if not remembered:
            log.info(
                "run %s: Slack refused its plan (%s); showing the status message instead",
                run.id,
                failure.reason,
                extra={"action": "slack_plan_fallback", "run_id": run.id, "code": failure.code},
            )
        self._ts, self._over, self._failed = None, True, True
        return False


class LoadingStatus:
    """ "is fact-checking…" under the thread while a model step runs; cleared after."""

    def __init__(self, call: Call, features: SlackFeatures) -> None:
        self._call = call
        self.features = features
        self._shown = ""
        self._off = False

    @staticmethod
    def wanted(run: Run) -> str:
        """What the status should say now ("" clears it); taken when the step starts, so
        that a step shorter than Slack's answer still shows, in order, then clears."""
        step = plan.model_step_running(run)
        return plan.loading_text(step) if step else ""

    async def show(self, run: Run, wanted: str) -> None:
        """Never raises: a loading status is a courtesy, and the next step sets it anew."""
        if self._off or run.origin.channel is None or run.origin.thread_ts is None:
            return
        if wanted == self._shown:
            return
        if not await self.features.allows(run.origin.team, LOADING_STATUS):
            self._off = True
            return
        try:
            await self._call(
                run,
                "assistant_threads_setStatus",
                channel_id=run.origin.channel,
                thread_ts=run.origin.thread_ts,
                status=wanted,
            )
        except Exception as error:
            failure = classify(error)
            if is_rate_limit(failure):
                return  # dropped: the next change of step tries again
            await self.features.refused(run.origin.team, LOADING_STATUS, failure)
            # Not asked again for this run whatever the reason; for the workspace, when
            # the reason was the workspace's (a scope the app lacks).
            self._off = True
            log.info(
                "run %s: no loading status in its thread (%s)",
                run.id,
                failure.reason,
                extra={"action": "slack_loading_status_off", "run_id": run.id,
                       "code": failure.code},
            )  # fmt: skip
            return
        self._shown = wanted
