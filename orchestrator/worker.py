"""Workers take queued runs from the run table and execute them under a lease.

The run table is the queue: whoever records a run only wakes a worker. A worker holds a
lease on each run it executes and renews it while the run is in flight; a run whose lease
lapsed (its worker died) is claimable again and resumes from its last committed step.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
from collections.abc import Awaitable, Callable, Sequence

from orchestrator.domain import Run, RunStatus, StepStatus
from orchestrator.pipeline import Pipeline
from orchestrator.ports import RunStore
from orchestrator.trace import RunReporter, RunStopped, tell_end

log = logging.getLogger(__name__)

ReporterFactory = Callable[[Run], RunReporter]


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Worker:
    def __init__(
        self,
        store: RunStore,
        pipeline: Pipeline,
        reporter_for: ReporterFactory,
        *,
        transports: Sequence[str],
        name: str | None = None,
        lease_seconds: float = 30.0,
        concurrency: int = 8,
        idle_seconds: float = 5.0,
        sweep: Callable[[], Awaitable[object]] | None = None,
        max_attempts: int = 3,
        crash_backoff: float = 5.0,
    ) -> None:
        self.store = store
        self.pipeline = pipeline
        self.reporter_for = reporter_for
        self.transports = list(transports)
        self.name = name or worker_name()
        self.lease_seconds = lease_seconds
        self.idle_seconds = idle_seconds
        self.sweep = sweep
        # A run whose execution raises this many times in a row on one step is failed.
        self.max_attempts = max_attempts
        self.crash_backoff = crash_backoff  # seconds before the 2nd attempt; doubled after
        self._owed = True  # look for ended runs whose end nobody told, at the next pass
        self._slots = asyncio.Semaphore(concurrency)
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._tasks: set[asyncio.Task[Run | None]] = set()
        self._in_flight: dict[int, asyncio.Event] = {}
        self._looping = False

    def wake(self) -> None:
        """Something changed (a new run, a decision, a cancel): look for work now."""
        self._owed = True
        self._wake.set()

    @property
    def alive(self) -> bool:
        """Whether `run_forever` is taking runs (for health checks)."""
        return self._looping and not self._stopping.is_set()

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    async def run_forever(self) -> None:
        log.info("worker %s started", self.name, extra={"action": "worker_start"})
        self._looping = True
        try:
            await self._loop()
        finally:
            self._looping = False

    async def _loop(self) -> None:
        last_sweep = -float("inf")
        while not self._stopping.is_set():
            self._wake.clear()
            if time.monotonic() - last_sweep >= self.idle_seconds:
                last_sweep = time.monotonic()
                if self.sweep is not None:
                    try:
                        await self.sweep()
                    except Exception:
                        log.exception("the sweep failed", extra={"action": "sweep_error"})
                self._owed = True
            if self._owed:
                self._owed = False
                await self._deliver_while_free()
            await self._claim_while_free()
            # Sleep until woken; the timeout is the sweep that finds runs whose lease
            # lapsed on a dead worker, not a busy poll for new work.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.idle_seconds)

    async def stop(self, grace: float = 10.0) -> None:
        """Take no new runs; let the steps in flight finish (for up to `grace` seconds),
        start no further step, and hand the unfinished runs back to the queue."""
        self._stopping.set()
        self._wake.set()
        for stop in self._in_flight.values():
            # The pipeline checks this before each step: a step in flight finishes and
            # commits, and the run stops there, to resume on whichever worker claims it.
            stop.set()
        if self._tasks:
            log.info(
                "stopping: %s runs in flight, %.0fs grace",
                len(self._tasks),
                grace,
                extra={"action": "worker_stopping", "in_flight": len(self._tasks)},
            )
            _done, pending = await asyncio.wait(self._tasks, timeout=grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        log.info("worker %s stopped", self.name, extra={"action": "worker_stop"})

    async def execute_runs(self, run_ids: Sequence[int]) -> list[Run]:
        """Execute these runs here and now (the `copydesk run` command)."""
        results = await asyncio.gather(*(self._claim_and_execute(i) for i in run_ids))
        runs: list[Run] = []
        for run_id, result in zip(run_ids, results, strict=True):
            run = result or await self.store.get_run(run_id)
            if run is not None:
                runs.append(run)
        return runs

    async def _claim_while_free(self) -> None:
        while not self._stopping.is_set():
            await self._slots.acquire()
            try:
                run = await self.store.claim_run(
                    self.name,
                    lease_seconds=self.lease_seconds,
                    transports=self.transports,
                    start=self.pipeline.first_step,
                )
            except Exception:
                self._slots.release()
                log.exception("could not claim a run", extra={"action": "claim_error"})
                return
            if run is None:
                self._slots.release()
                return
            if run.id in self._in_flight:
                # Our own run, whose lease lapsed while this process was stalled: the
                # execution already under way holds it again now; a second would race it.
                self._slots.release()
                continue
            task = asyncio.create_task(self._execute_released(run))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _deliver_while_free(self) -> None:
        """Tell the ends nobody told: a cancelled run's, or one whose worker died between
        committing its end and telling it."""
        while not self._stopping.is_set():
            await self._slots.acquire()
            try:
                run = await self.store.claim_delivery(
                    self.name, lease_seconds=self.lease_seconds, transports=self.transports
                )
            except Exception:
                self._slots.release()
                log.exception("could not claim a delivery", extra={"action": "claim_error"})
                return
            if run is None:
                self._slots.release()
                return
            if run.id in self._in_flight:
                # Cancelled while this worker executes it: told once that execution has
                # stopped (it wakes the loop); the lease just taken is let go at once.
                self._slots.release()
                self._owed = True
                await self._let_go_of_delivery(run.id)
                return
            task = asyncio.create_task(self._deliver_released(run))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _let_go_of_delivery(self, run_id: int) -> None:
        try:
            await self.store.renew_lease(run_id, self.name, lease_seconds=0)
        except Exception:
            log.warning("could not let go of run %s", run_id, exc_info=True)

    async def _deliver_released(self, run: Run) -> Run | None:
        try:
            await self._deliver(run)
            return run
        finally:
            self._slots.release()

    async def _deliver(self, run: Run) -> None:
        """Tell the run's end, under its lease (a reporter never raises for Slack)."""
        self._in_flight[run.id] = stop = asyncio.Event()
        heartbeat = asyncio.create_task(self._heartbeat(run.id, stop))
        try:
            reporter = self.reporter_for(run)
            await tell_end(reporter, run)
            if not reporter.records_delivery and not run.result_posted:
                await self.store.update_run(run.id, result_posted=True)
            log.info(
                "run %s: its end (%s) told",
                run.id,
                run.status.value,
                extra={"action": "end_told", "run_id": run.id},
            )
        except Exception as error:
            log.exception(
                "could not tell run %s's end",
                run.id,
                extra={"action": "run_crash", "run_id": run.id},
            )
            # Recorded as given up, so that a telling that raises is not taken up again
            # and again: the run's outcome is in history either way.
            with contextlib.suppress(Exception):
                await self.store.record_delivery_failure(
                    run.id, what="result", why=f"an internal error: {type(error).__name__}"
                )
        finally:
            self._in_flight.pop(run.id, None)
            heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await heartbeat

    async def _execute_released(self, run: Run) -> Run | None:
        try:
            return await self._execute(run)
        finally:
            self._slots.release()
            # A slot came free: look for more work.
            self._wake.set()

    async def _claim_and_execute(self, run_id: int) -> Run | None:
        run = await self.store.claim_run(
            self.name,
            lease_seconds=self.lease_seconds,
            transports=self.transports,
            run_id=run_id,
            start=self.pipeline.first_step,
        )
        if run is None:
            return None
        return await self._execute(run)

    async def _execute(self, run: Run) -> Run | None:
        stop = asyncio.Event()
        if self._stopping.is_set():
            stop.set()
        self._in_flight[run.id] = stop
        heartbeat = asyncio.create_task(self._heartbeat(run.id, stop))
        log.info(
            "run %s claimed by %s", run.id, self.name, extra={"action": "claim", "run_id": run.id}
        )
        settled = False
        try:
            result = await self.pipeline.execute(run, self.reporter_for(run), stop)
            settled = is_settled(result)
            return result
        except RunStopped:
            log.info("run %s stopped", run.id, extra={"action": "run_stopped", "run_id": run.id})
            return None
        except Exception as error:
            # A bug, a corrupt row, a library surprise, an outage; not the article. Counted
            # on the run: it is tried again after a backoff, and failed with a sentence
            # once the same step has crashed `max_attempts` times in a row.
            log.exception("run %s crashed", run.id, extra={"action": "run_crash", "run_id": run.id})
            settled = True  # the crash's record decides when it is claimable again
            failed = await self._count_crash(run, error)
            if failed is not None:
                self._in_flight.pop(run.id, None)
                heartbeat.cancel()
                await self._deliver(failed)
                return failed
            return None
        finally:
            self._in_flight.pop(run.id, None)
            heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await heartbeat
            await self._let_go(run.id, settled=settled)

    async def _count_crash(self, run: Run, error: Exception) -> Run | None:
        step = crashed_step(run)
        attempt = run.crashes + 1 if run.crashed_step == step else 1
        sentence = (
            f"copydesk hit an internal error on step {step}: {type(error).__name__}: "
            f"{str(error)[:300] or 'no message'}; the operator has the details in the log "
            f"with run_id={run.id}"
        )
        try:
            failed = await self.store.record_crash(
                run.id,
                self.name,
                step=step,
                error=sentence,
                max_attempts=self.max_attempts,
                retry_in=self.crash_backoff * 2 ** (attempt - 1),
            )
        except Exception:
            # Not even counted (the database is away too): the lease lapses as after a kill.
            log.warning("could not count run %s's crash", run.id, exc_info=True)
            return None
        if failed is not None:
            log.error(
                "run %s failed after %s crashes on step %s",
                run.id,
                self.max_attempts,
                step,
                extra={"action": "run_poisoned", "run_id": run.id, "step": step},
            )
        return failed

    async def _let_go(self, run_id: int, *, settled: bool) -> None:
        try:
            if settled:
                # Its final or waiting status, just written, ended the lease with it.
                return
            if self._stopping.is_set():
                # Shutting down mid-run: end the lease now rather than when it would lapse,
                # so another worker (or this one, restarted) resumes the run at once.
                # (A released lease is no lease at all, and only lapsed ones are claimable.)
                await self.store.renew_lease(run_id, self.name, lease_seconds=0)
                log.info(
                    "run %s handed back to the queue",
                    run_id,
                    extra={"action": "run_handed_back", "run_id": run_id},
                )
            # Otherwise (a crash, a lost lease) the lease lapses by itself and the run is
            # claimed again then.
        except Exception:
            log.warning("could not let go of run %s", run_id, exc_info=True)

    async def _heartbeat(self, run_id: int, stop: asyncio.Event) -> None:
        while True:
            await asyncio.sleep(self.lease_seconds / 3)
            try:
                held = await self.store.renew_lease(
                    run_id, self.name, lease_seconds=self.lease_seconds
                )
            except Exception:
                log.warning("could not renew the lease on run %s", run_id, exc_info=True)
                continue
            if not held:
                stop.set()
                return


def crashed_step(run: Run) -> str:
    """The step a crash happened on: the one in flight, else the last one recorded."""
    running = [s for s in run.steps if s.status is StepStatus.RUNNING]
    steps = running or run.steps
    if not steps:
        return "start"
    return max(steps, key=lambda s: s.started_at).name


def is_settled(run: Run) -> bool:
    return run.status.is_final or run.status is RunStatus.WAITING
