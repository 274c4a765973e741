"""People's decisions at gates, cancellations, and gate timeouts.

Who may decide is the bot's business (it knows Slack identities); this module only records
decisions, race-safely, and puts the run back in the queue so a worker carries on from the
gate. A timeout is recorded as "timed out" with its configured outcome, never as a person.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from orchestrator.approvals import Correction
from orchestrator.corrections import Corrections, Recorded
from orchestrator.domain import Gate, GateDecision, Run, RunStatus
from orchestrator.ports import RunStore, Votes
from orchestrator.run_spans import record_gate_wait, record_root
from orchestrator.telemetry import NO_TELEMETRY, Telemetry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str  # a sentence for whoever asked
    gate: Gate | None = None
    run: Run | None = None
    # A vote counted while the gate still waits for more approvals (a quorum).
    pending: bool = False


# How a person is named in a sentence: the transport decides (a Slack mention, a bare name).
NameOf = Callable[[str], str]


def _as_given(user: str) -> str:
    return user


def _at(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "an unknown time"


class GateKeeper:
    def __init__(
        self,
        store: RunStore,
        wake: Callable[[], None],
        *,
        timeout: timedelta = timedelta(hours=24),
        timeout_outcome: GateDecision = GateDecision.REJECTED,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        telemetry: Telemetry = NO_TELEMETRY,
        votes: Votes | None = None,
        required: int = 1,
        corrections: Corrections | None = None,
        name_of: NameOf = _as_given,
    ) -> None:
        """`name_of`: how the sentences (and a quorum's stored note) name a person; the bot
        passes Slack's mention, so the orchestrator never writes Slack markup itself."""
        if required > 1 and votes is None:
            raise ValueError("a quorum of approvals needs somewhere to keep the votes")
        if timeout_outcome not in (GateDecision.APPROVED, GateDecision.REJECTED):
            raise ValueError("a gate's timeout outcome is APPROVED or REJECTED")
        self.store = store
        self.wake = wake
        self.timeout = timeout
        self.timeout_outcome = timeout_outcome
        self.clock = clock
        self.telemetry = telemetry
        self.votes = votes
        self.required = max(1, required)
        self.corrections = corrections
        self.name_of = name_of

    async def decide_run(
        self, run_id: int, *, approve: bool, by: str, note: str | None = None
    ) -> Outcome:
        gate = await self.store.waiting_gate(run_id)
        if gate is None:
            run = await self.store.get_run(run_id)
            if run is None:
                return Outcome(False, f"copydesk has no run #{run_id}.")
            decided = [g for g in run.gates if g.decision not in _UNDECIDED]
            if decided:
                last = decided[-1]
                return Outcome(
                    False,
                    f"Run #{run_id} is not waiting at a gate: its {last.name} gate was "
                    f"{decided_words(last, self.name_of)}.",
                    last,
                    run,
                )
            return Outcome(
                False,
                f"Run #{run_id} is not waiting at a gate: it {_state(run.status)}.",
                run=run,
            )
        assert gate.id is not None
        return await self.decide_gate(gate.id, approve=approve, by=by, note=note)

    async def decide_gate(
        self, gate_id: int, *, approve: bool, by: str, note: str | None = None
    ) -> Outcome:
        gate = await self.store.get_gate(gate_id)
        if gate is None:
            return Outcome(False, "That gate no longer exists.")
        run = await self.store.get_run(gate.run_id)
        if run is not None and run.status is RunStatus.CANCELLED:
            return Outcome(False, f"Run #{gate.run_id} was cancelled; there is nothing to decide.")
        decision = GateDecision.APPROVED if approve else GateDecision.REJECTED
        if self.votes is not None and self.required > 1:
            # Every vote is kept; one rejection rejects, approvals wait for the quorum.
            voted = await self.votes.vote(gate_id, by, decision, note)
            if not voted:
                return await self._not_counted(gate, by)
            if approve:
                approvals = await self._approvals(gate_id)
                if len(approvals) < self.required:
                    return self._pending(gate, by, len(approvals))
                note = note or (
                    f"approved by {', '.join(self.name_of(v) for v in approvals)} "
                    f"({len(approvals)} of {self.required} required)"
                )
        return await self._close(gate, run, decision, by, note)

    async def _close(
        self, gate: Gate, run: Run | None, decision: GateDecision, by: str, note: str | None
    ) -> Outcome:
        assert gate.id is not None
        approve = decision is GateDecision.APPROVED
        decided = await self.store.decide_gate(gate.id, decision, decided_by=by, note=note)
        if decided is None:
            # Someone was first: tell this person who, rather than pretend it worked.
            current = await self.store.get_gate(gate.id)
            assert current is not None
            return Outcome(
                False,
                f"Run #{gate.run_id}'s {gate.name} gate was already "
                f"{decided_words(current, self.name_of)}.",
                current,
            )
        log.info(
            "run %s gate %s %s by %s",
            decided.run_id,
            decided.name,
            decision.value,
            by,
            extra={"action": "gate_decided", "run_id": decided.run_id, "gate": decided.name},
        )
        if run is not None:
            record_gate_wait(self.telemetry, run.trace_id, decided)
        self.wake()
        then = "it carries on" if approve else "it stops here"
        return Outcome(
            True,
            f"Run #{decided.run_id} {decision.value} by {self.name_of(by)} "
            f"at {_at(decided.decided_at)}; "
            f"{then}.",
            decided,
        )

    async def approve_with_corrections(
        self, gate_id: int, corrections: Sequence[Correction], *, by: str
    ) -> Outcome:
        """Approve and correct in one: the corrections count only if this approval does (it
        is the decision, or a vote towards the quorum); a stale gate or a second submit
        changes nothing."""
        if self.corrections is None:
            return Outcome(False, "Corrections are not available here. Nothing changed.")
        gate = await self.store.get_gate(gate_id)
        if gate is None:
            return Outcome(False, "That gate no longer exists. Nothing changed.")
        run = await self.store.get_run(gate.run_id)
        if run is not None and run.status is RunStatus.CANCELLED:
            return Outcome(False, f"Run #{gate.run_id} was cancelled; there is nothing to decide.")
        quorum = self.votes is not None and self.required > 1
        recorded = await self.corrections.submit(gate_id, by, corrections, vote=quorum)
        if recorded is Recorded.DUPLICATE:
            current = await self.store.get_gate(gate_id)
            if current is not None and current.decision not in _UNDECIDED:
                return self._stale(current)
            return Outcome(
                False,
                f"You already approved run #{gate.run_id}'s {gate.name} gate; a second "
                "submission counts once. Nothing changed.",
                current,
            )
        if recorded is Recorded.STALE:
            current = await self.store.get_gate(gate_id)
            assert current is not None
            return self._stale(current)
        words = _changes(corrections)
        note = f"approved with a correction ({words})"
        if quorum:
            approvals = await self._approvals(gate_id)
            if len(approvals) < self.required:
                pending = self._pending(gate, by, len(approvals))
                return Outcome(
                    True, f"{pending.message} Their correction: {words}.", gate, pending=True
                )
            note = (
                f"approved by {', '.join(self.name_of(v) for v in approvals)} "
                f"({len(approvals)} of {self.required} required), with a correction"
            )
        outcome = await self._close(gate, run, GateDecision.APPROVED, by, note)
        if not outcome.ok and not quorum:
            # Someone decided first: this correction was not the decision, so it goes.
            await self.corrections.withdraw(gate_id, by)
        if outcome.ok:
            return Outcome(True, f"{outcome.message} Corrected: {words}.", outcome.gate)
        return Outcome(False, f"{outcome.message} Your correction was not applied.", outcome.gate)

    def _stale(self, current: Gate) -> Outcome:
        return Outcome(
            False,
            f"Run #{current.run_id}'s {current.name} gate was already "
            f"{decided_words(current, self.name_of)}. Nothing changed.",
            current,
        )

    async def _approvals(self, gate_id: int) -> list[str]:
        assert self.votes is not None
        # Read after the vote committed: of two approvals landing at once, at least one
        # sees both and completes the quorum (the gate's conditional update takes one).
        seen: list[str] = []
        for vote in await self.votes.votes(gate_id):
            if vote.decision is GateDecision.APPROVED and vote.voter not in seen:
                seen.append(vote.voter)
        return seen

    async def _not_counted(self, gate: Gate, by: str) -> Outcome:
        assert gate.id is not None
        current = await self.store.get_gate(gate.id)
        assert current is not None
        if current.decision not in _UNDECIDED:
            return Outcome(
                False,
                f"Run #{gate.run_id}'s {gate.name} gate was already "
                f"{decided_words(current, self.name_of)}.",
                current,
            )
        approvals = await self._approvals(gate.id)
        return Outcome(
            False,
            f"You already voted on run #{gate.run_id}'s {gate.name} gate; a second vote "
            f"counts once ({len(approvals)} of {self.required} approvals so far). "
            "Nothing changed.",
            current,
        )

    def _pending(self, gate: Gate, by: str, approvals: int) -> Outcome:
        log.info(
            "run %s gate %s approved by %s: %s of %s",
            gate.run_id,
            gate.name,
            by,
            approvals,
            self.required,
            extra={"action": "gate_vote", "run_id": gate.run_id, "gate": gate.name},
        )
        more = self.required - approvals
        return Outcome(
            True,
            f"Run #{gate.run_id}: {self.name_of(by)} approved the {gate.name} gate "
            f"({approvals} of {self.required} approvals; {more} more needed).",
            gate,
            pending=True,
        )

    async def cancel(self, run_id: int, *, by: str) -> Outcome:
        run = await self.store.cancel_run(run_id)
        if run is None:
            existing = await self.store.get_run(run_id)
            if existing is None:
                return Outcome(False, f"copydesk has no run #{run_id}.")
            return Outcome(
                False,
                f"Run #{run_id} has already ended ({existing.status.value}); nothing to cancel.",
                run=existing,
            )
        record_root(self.telemetry, run)
        log.info(
            "run %s cancelled by %s",
            run_id,
            by,
            extra={"action": "run_cancelled", "run_id": run_id},
        )
        return Outcome(True, f"Run #{run_id} cancelled by {self.name_of(by)}.", run=run)

    async def expire(self) -> list[Gate]:
        """Apply the timeout to gates that waited too long. Called by workers' sweeps."""
        expired: list[Gate] = []
        for gate in await self.store.expired_gates(self.clock() - self.timeout):
            assert gate.id is not None
            decided = await self.store.decide_gate(
                gate.id,
                GateDecision.TIMED_OUT,
                decided_by="timeout",
                note=f"nobody decided within {_duration(self.timeout)}",
                outcome=self.timeout_outcome,
            )
            if decided is not None:
                expired.append(decided)
                if self.telemetry.enabled:
                    run = await self.store.get_run(decided.run_id)
                    record_gate_wait(self.telemetry, run.trace_id if run else None, decided)
                log.info(
                    "run %s gate %s timed out: %s",
                    decided.run_id,
                    decided.name,
                    self.timeout_outcome.value,
                    extra={"action": "gate_timeout", "run_id": decided.run_id},
                )
        if expired:
            self.wake()
        return expired


def _state(status: RunStatus) -> str:
    return {
        RunStatus.QUEUED: "is queued",
        RunStatus.RUNNING: "is running",
        RunStatus.SUCCEEDED: "has finished",
    }.get(status, f"was {status.value}")


_UNDECIDED = (GateDecision.CONTINUE, GateDecision.RETRY, GateDecision.ESCALATE)


def decided_words(gate: Gate, name_of: NameOf = _as_given) -> str:
    if gate.decision is GateDecision.TIMED_OUT:
        outcome = gate.effective.value
        return f"timed out at {_at(gate.decided_at)} ({outcome}, as configured)"
    who = name_of(gate.decided_by or "someone")
    return f"{gate.decision.value} by {who} at {_at(gate.decided_at)}"


def _changes(corrections: Sequence[Correction]) -> str:
    edited = [c.claim + 1 for c in corrections if c.text is not None]
    dropped = [c.claim + 1 for c in corrections if c.text is None]
    parts = []
    if edited:
        parts.append("claim " + ", ".join(map(str, edited)) + " edited")
    if dropped:
        parts.append("claim " + ", ".join(map(str, dropped)) + " dropped")
    return "; ".join(parts) or "no claim changed"


def _duration(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
