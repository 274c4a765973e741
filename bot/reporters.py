"""Reporters tell a run's story where it was asked for: a Slack thread or a terminal."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import render
from bot.outbox import Delivery, SlackOutbox
from bot.slack import blocks, feedback, plan
from bot.slack.earlier_posts import METADATA_EVENT as METADATA_EVENT
from bot.slack.earlier_posts import earlier_post, read_thread
from bot.slack.failures import Kind, SlackFailure, classify
from bot.slack.features import NO_FEATURES, SlackFeatures
from bot.slack.oauth import WorkspaceNotInstalled
from bot.slack.thread_plan import LoadingStatus, PlanStream
from orchestrator.domain import Gate, Run, RunStatus
from orchestrator.ports import RunStore
from orchestrator.telemetry import NO_TELEMETRY, Telemetry, under_root

log = logging.getLogger(__name__)


# Slack takes up to 40,000 characters of text but shows a long message cut short; a plain
# text fallback stays well inside what a thread shows whole.
PLAIN_LIMIT = 3900
# Refusals that say the thread is out of reach, not that one message was wrong.
THREAD_GONE = frozenset(
    {"channel_not_found", "not_in_channel", "is_archived", "no_permission", "missing_scope",
     "token_revoked", "account_inactive", "invalid_auth", "not_authed"}
)  # fmt: skip


class SlackThreadReporter:
    """What a run's Slack thread shows, and the one record of what was delivered to it.

    One status message per run, updated in place; an escalation with its buttons, updated
    once decided; the result posted once. This is the only place that writes the message
    refs (`status_ref`, a gate's `message_ref`), `result_posted`, and a delivery that failed
    for good (`record_delivery_failure`): whoever sends a message records that it was sent.

    Every message carries Slack message metadata naming its run and kind. The stored ref is
    used first; only a post that may have been lost (a resumed run with no ref kept, a post
    whose answer never came) looks in the thread, and a look-up that fails is survived.

    Writes go through the outbox, in order on the thread's lane, and never raise: a failure
    is classified (bot/slack/failures.py), retried while it passes and for a bounded time,
    and otherwise recorded on the run. Progress is handed over and not waited for.
    """

    records_delivery = True

    def __init__(
        self,
        client: AsyncWebClient | ClientFor,
        store: RunStore,
        *,
        approvers: str,
        resumed: bool,
        outbox: SlackOutbox | None = None,
        telemetry: Telemetry = NO_TELEMETRY,
        ended: bool = False,
        features: SlackFeatures = NO_FEATURES,
    ) -> None:
        self.telemetry = telemetry
        self._client_for: ClientFor = (
            _constant(client) if isinstance(client, AsyncWebClient) else client
        )
        self.store = store
        self.approvers = approvers
        self.resumed = resumed
        # Taken to tell an end already committed: only then may an earlier execution have
        # posted the result (a run posts its result after its end commits).
        self.ended = ended
        self.outbox = outbox or SlackOutbox()
        self._written: str | None = None
        self._thread: list[dict[str, Any]] | None = None
        # A post that failed in a way that may have reached Slack (a lost response): look
        # in the thread before posting it again.
        self._recheck = False
        self._failed: set[str] = set()  # what this reporter already recorded as failed
        # A refusal that says the thread itself is out of reach: nothing more is sent to it.
        self._gone: SlackFailure | None = None
        # Where the workspace takes them (COPYDESK_SLACK_STREAMING=auto): the status
        # message is a plan streamed as it changes, and a loading status shows while a
        # model step runs. Both are written only from this reporter's outbox writes.
        self._plan = PlanStream(self._call, store, features)
        self._loading = LoadingStatus(self._call, features)
        self._features = features

    def _lane(self, run: Run) -> tuple[str | None, str | None, str | None]:
        return (run.origin.team, run.origin.channel, run.origin.thread_ts)

    async def progress(self, run: Run) -> None:
        # Steps that finish together (fact-check ∥ tag) coalesce into one Slack write: a
        # status write still waiting in the lane takes the newest text.
        text = render.status_text(run)
        done = self.outbox.submit(
            self._lane(run),
            functools.partial(self._send_status, run, text),
            coalesce=f"status:{run.id}",
        )
        done.add_done_callback(functools.partial(self._after_status, run))
        if self._features.enabled and self._gone is None:
            # Not coalesced: each step's status is shown in turn (an unchanged one is no
            # call), so that even a short step is seen to run and the last one clears it.
            self.outbox.submit(
                self._lane(run),
                functools.partial(self._loading.show, run, self._loading.wanted(run)),
            )

    def _after_status(self, run: Run, done: asyncio.Future[Delivery]) -> None:
        if done.cancelled() or done.result().sent:
            return
        failure = done.result().failure
        assert failure is not None
        self._note_gone(failure)
        # Not awaited by anyone: recorded in the background, on the outbox's loop.
        task = asyncio.ensure_future(self._record_failure(run, "status", failure))
        _PENDING.add(task)
        task.add_done_callback(_PENDING.discard)

    def _note_gone(self, failure: SlackFailure) -> None:
        if failure.code in THREAD_GONE and self._gone is None:
            self._gone = failure

    async def _send_status(self, run: Run, text: str) -> None:
        if self._gone is not None:
            return
        if self.resumed and run.status_ref is None and not self._plan.ended:
            # An execution killed between Slack's answer to chat.startStream and storing its
            # ts left a plan message: adopt it rather than start another beside it.
            earlier = await self._find(run, "status")
            if earlier is not None:
                run.status_ref = earlier
                await self.store.update_run(run.id, status_ref=earlier)
        if await self._plan.write(run):
            return
        if self._plan.ended:
            # The stopped plan already shows the run's end; a second report of that end
            # (the last step's and the run's, told apart) is not an edit.
            return
        # The second of two steps that finish together often renders the same text as the
        # first: one write, not an identical chat.update.
        if text != self._written:
            await self._write_status(run, text)
            self._written = text

    async def _write_status(self, run: Run, text: str) -> None:
        if run.status_ref is None:
            ref = await self._post_once(run, "status", text)
            run.status_ref = ref
            # Kept so that a resumed run updates this message instead of posting anew.
            await self.store.update_run(run.id, status_ref=ref)
            return
        # A plan no longer streaming (stopped at a gate, or a restart) stays a plan.
        shown = plan.plan_blocks(run) if await self._plan.in_place(run) else None
        await self._call(
            run,
            "chat_update",
            channel=run.origin.channel,
            ts=run.status_ref,
            text=text,
            blocks=shown,
            # Said again on each edit: a plan message started by an execution that died
            # before its stopStream has none, and a resumed run's look-up needs it.
            metadata={
                "event_type": METADATA_EVENT,
                "event_payload": {"run_id": run.id, "kind": "status"},
            },
        )

    async def escalated(self, run: Run, gate: Gate) -> None:
        if gate.message_ref is not None or gate.id is None:
            return
        if self._gone is not None:
            await self._record_failure(run, f"gate:{gate.id}", self._gone)
            return
        delivery = await self.outbox.deliver(
            self._lane(run),
            functools.partial(
                self._post_once,
                run,
                f"gate:{gate.id}",
                blocks.escalation_text(run, gate),
                blocks.escalation_blocks(run, gate, self.approvers),
            ),
        )
        if delivery.sent:
            gate.message_ref = str(delivery.value)
            await self.store.set_gate_message(gate.id, gate.message_ref)
        else:
            assert delivery.failure is not None
            await self._record_failure(run, f"gate:{gate.id}", delivery.failure)

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        if gate.message_ref is None:
            return
        self.outbox.submit(
            self._lane(run),
            functools.partial(
                self._call,
                run,
                "chat_update",
                channel=run.origin.channel,
                ts=gate.message_ref,
                text=blocks.decided_text(run.id, gate),
                blocks=blocks.decided_blocks(run.id, gate),
            ),
        )

    async def finished(self, run: Run) -> None:
        if run.result_posted:
            return
        if self._gone is not None:
            await self._record_failure(run, "result", self._gone)
            return
        text = render.result_text(run)
        # A run that failed or was rejected offers to be re-run from a step.
        offer = run.status in (RunStatus.FAILED, RunStatus.REJECTED)
        delivery = await self.outbox.deliver(
            self._lane(run),
            functools.partial(
                self._post_once,
                run,
                "result",
                text,
                feedback.with_buttons(
                    run, blocks.result_blocks(run, text) if offer else feedback.sections(text)
                ),
            ),
        )
        if delivery.sent:
            await self.store.update_run(run.id, result_posted=True)
            run.result_posted = True
        else:
            assert delivery.failure is not None
            await self._record_failure(run, "result", delivery.failure)

    async def _record_failure(self, run: Run, what: str, failure: SlackFailure) -> None:
        self._note_gone(failure)
        if what in self._failed:
            return
        self._failed.add(what)
        log.warning(
            "run %s: Slack did not take the %s message: %s",
            run.id,
            what,
            failure.reason,
            extra={"action": "delivery_failed", "run_id": run.id, "code": failure.code},
        )
        try:
            run.delivery_failure = await self.store.record_delivery_failure(
                run.id, what=what, why=f"{failure.reason} ({failure.code})"
            )
        except Exception:
            log.warning(
                "could not record run %s's failed delivery",
                run.id,
                exc_info=True,
                extra={"action": "delivery_failed", "run_id": run.id},
            )

    async def _post_once(
        self, run: Run, kind: str, text: str, message_blocks: list[dict[str, Any]] | None = None
    ) -> str:
        if self._recheck or (self.resumed and (kind != "result" or self.ended)):
            if self._recheck:
                self._thread = None  # read the thread afresh: it may have the lost post
            earlier = await self._find(run, kind)
            if earlier is not None:
                self._recheck = False
                return earlier
        try:
            response = await self._call(
                run,
                "chat_postMessage",
                channel=run.origin.channel,
                thread_ts=run.origin.thread_ts,
                text=text,
                blocks=message_blocks,
                metadata={
                    "event_type": METADATA_EVENT,
                    "event_payload": {"run_id": run.id, "kind": kind},
                },
            )
        except Exception as error:
            # A refusal or a 429 was not acted on; anything else (no answer, a 5xx) may
            # have been, and the answer lost.
            self._recheck = self._recheck or _may_have_landed(error)
            raise
        self._recheck = False
        return str(response["ts"])

    async def _find(self, run: Run, kind: str) -> str | None:
        """The ts of this run's earlier message of this kind in the thread, if any.

        `conversations.replies` is rate-limited hard for distributed apps, and a stand-in or
        proxy may answer it with anything: a look-up that fails is logged and the message
        posted (a rare double beats a lost message).
        """
        if self._thread is None:
            try:
                self._thread = await read_thread(self._client_for, run)
            except Exception as error:
                failure = classify(error)
                log.warning(
                    "run %s: could not read its thread to find earlier posts (%s); posting",
                    run.id,
                    failure.reason,
                    extra={"action": "thread_read_failed", "run_id": run.id,
                           "code": failure.code},
                )  # fmt: skip
                return None
        return earlier_post(self._thread, run, kind)

    async def _call(self, run: Run, method: str, **kwargs: Any) -> Any:
        """The Web API call, as a client span under the run's root. A layout Slack refuses
        (invalid_blocks, msg_too_long) is sent once more as plain text within Slack's
        limits; anything else raises, for the outbox to classify."""
        try:
            client = await self._client_for(run.origin.team)
        except WorkspaceNotInstalled as error:
            # Another workspace's token must never answer in this thread: a permanent
            # failure, recorded on the run like any other.
            log.warning(
                "not telling Slack about run %s: %s",
                run.id,
                error,
                extra={"action": "slack_workspace_not_installed", "run_id": run.id},
            )
            raise
        # Under the run's root, not whatever span was current when the outbox lane started.
        at = under_root(run.trace_id) if run.trace_id else None
        with self.telemetry.span(
            f"slack {method}",
            {"rpc.system": "slack", "rpc.method": method, "copydesk.run.id": run.id},
            kind="client",
            at=at,
        ) as span:
            try:
                return await getattr(client, method)(**kwargs)
            except SlackApiError as error:
                failure = classify(error)
                span.record_error(failure.code, str(error))
                if failure.kind is not Kind.REFORMAT or "text" not in kwargs:
                    raise
                log.info(
                    "run %s: Slack refused the layout (%s); sending plain text",
                    run.id,
                    failure.code,
                    extra={"action": "slack_plain_text", "run_id": run.id},
                )
                plain = {**kwargs, "blocks": None, "text": _plain(kwargs["text"], run.id)}
                return await getattr(client, method)(**plain)


ClientFor = Callable[[str | None], Awaitable[AsyncWebClient]]

# Failure records handed to the loop from a done-callback: kept so the loop cannot drop them.
_PENDING: set[asyncio.Future[None]] = set()


def _plain(text: str, run_id: int) -> str:
    if len(text) <= PLAIN_LIMIT:
        return text
    tail = f"\n… (cut short for Slack; the whole of it: `copydesk show {run_id}`)"
    return text[: PLAIN_LIMIT - len(tail)] + tail


def _constant(client: AsyncWebClient) -> ClientFor:
    async def client_for(_team: str | None) -> AsyncWebClient:
        return client

    return client_for


def _may_have_landed(error: BaseException) -> bool:
    failure = classify(error)
    if failure.kind is not Kind.TRANSIENT:
        return False  # Slack answered, and refused: nothing was posted
    return failure.code != "ratelimited" and not failure.code.startswith("http_429")
