"""The reporters that are not Slack: the console's and `copydesk run`'s, and the silent one."""

from __future__ import annotations

from collections.abc import Callable

from bot import render
from orchestrator.domain import Gate, Run


class TerminalReporter:
    """Prints each new status line once, then the result. For the console and `copydesk run`."""

    # Printed as it happens: an ended run is told once its end commits.
    records_delivery = False

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write
        self._shown: dict[int, list[str]] = {}

    async def progress(self, run: Run) -> None:
        lines = render.plain(render.status_text(run)).splitlines()
        shown = self._shown.setdefault(run.id, [])
        if not shown:
            self.write(lines[0])
        for line in lines[1:]:
            if line not in shown and not line.startswith("…"):
                self.write(f"  Run #{run.id} {line}")
        self._shown[run.id] = lines

    async def escalated(self, run: Run, gate: Gate) -> None:
        self.write(
            render.plain(
                f"  Run #{run.id} is waiting for an approver: {gate.reason}\n"
                f"  Decide with `approve run {run.id}` or `reject run {run.id} because …`."
            )
        )

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        self.write(render.plain(f"  Run #{run.id} {render.gate_line(gate)}"))

    async def finished(self, run: Run) -> None:
        self.write(render.plain(render.result_text(run)))


class SilentReporter:
    """Tells nobody: evaluation re-runs (`copydesk rerun --since`) are compared afterwards,
    and must never post to Slack whatever thread their parent was asked in."""

    # Nothing to deliver: the end counts as told once committed, so no worker waits to tell it.
    records_delivery = False

    async def progress(self, run: Run) -> None:
        return None

    async def escalated(self, run: Run, gate: Gate) -> None:
        return None

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        return None

    async def finished(self, run: Run) -> None:
        return None
