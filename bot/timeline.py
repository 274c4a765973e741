"""A run's timeline as geometry: each step, and each wait at a gate, as a bar on one time
axis, with its ticks. No HTML here: `templates/timeline.svg` draws what this lays out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from orchestrator.domain import GateDecision, Run

STEP_COLOURS = {
    "succeeded": "#3f8f5a",
    "failed": "#c0392b",
    "running": "#3b7dd8",
    "skipped": "#a0a7b4",
}
GATE_COLOUR = "#e0a030"
QUEUE_COLOUR = "#c9ced8"

# The drawing's frame, in viewBox units (1000 wide): labels left of LEFT, bars to RIGHT.
LEFT, RIGHT, ROW, TOP = 150, 860, 26, 28
# A bar ending right of this has its note before it rather than after it.
NOTE_FLIP = 620


@dataclass(frozen=True)
class Bar:
    label: str
    start: datetime
    end: datetime
    colour: str
    kind: str  # "step", "gate", "queue"
    name: str
    note: str  # the tooltip and the text after the bar


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class PlacedBar:
    bar: Bar
    x: float
    y: int
    width: float

    @property
    def note_after(self) -> bool:
        return self.x + self.width < NOTE_FLIP


@dataclass(frozen=True)
class Timeline:
    height: int
    ticks: list[Tick]
    bars: list[PlacedBar]
    left: int = LEFT
    top: int = TOP
    row: int = ROW


def timeline_bars(run: Run, now: datetime) -> list[Bar]:
    bars: list[Bar] = []
    first_start = min((s.started_at for s in run.steps), default=None)
    if first_start is not None and first_start > run.created_at:
        waited = (first_start - run.created_at).total_seconds()
        bars.append(
            Bar("queued", run.created_at, first_start, QUEUE_COLOUR, "queue", "queued",
                f"queued {duration(waited)}")
        )  # fmt: skip
    for step in sorted(run.steps, key=lambda s: (s.started_at, s.attempt)):
        end = step.finished_at or now
        label = step.name + (f" ×{step.attempt}" if step.attempt > 1 else "")
        cost = f", ${step.usage.cost_usd:.4f}" if step.usage.cost_usd else ""
        note = (
            f"{step.status.value}, {duration((end - step.started_at).total_seconds())}, "
            f"{step.usage.total_tokens:,} tokens{cost}"
        )
        bars.append(
            Bar(label, step.started_at, end, STEP_COLOURS[step.status.value], "step",
                step.name, note)
        )  # fmt: skip
    for gate in run.gates:
        # A gate a person (or the timeout) decided waited from its creation to the decision;
        # one still escalated waits until now; a gate code decided is an instant.
        decided = gate.decided_at or (
            now if gate.decision is GateDecision.ESCALATE else gate.created_at
        )
        note = gate.decision.value.replace("_", " ")
        if gate.decided_by and gate.decided_by != "gate":
            note += f" by {gate.decided_by}"
        waited = (decided - gate.created_at).total_seconds()
        if waited > 0.001:
            note = f"waited {duration(waited)}, {note}"
        bars.append(
            Bar(f"{gate.name} gate", gate.created_at, decided, GATE_COLOUR, "gate", gate.name,
                note)
        )  # fmt: skip
    return bars


def lay_out(bars: list[Bar]) -> Timeline:
    """Bars and ticks placed on the axis from the first bar's start to the last one's end."""
    start = min(b.start for b in bars)
    end = max(b.end for b in bars)
    span = max((end - start).total_seconds(), 0.001)
    width = RIGHT - LEFT
    height = TOP + ROW * len(bars) + 10

    def x(moment: datetime) -> float:
        return LEFT + width * (moment - start).total_seconds() / span

    ticks = []
    step_size = _tick(span)
    tick = 0.0
    while tick <= span + 1e-9:
        ticks.append(Tick(LEFT + width * tick / span, _offset(tick)))
        tick += step_size
    placed = []
    for i, bar in enumerate(bars):
        x0 = x(bar.start)
        placed.append(PlacedBar(bar, x0, TOP + i * ROW, max(x(bar.end) - x0, 3.0)))
    return Timeline(height, ticks, placed)


def _tick(span: float) -> float:
    """A round tick interval giving 4 to 10 ticks over `span` seconds."""
    for unit in (0.001, 0.01, 0.1, 1, 60, 3600, 86400):
        for mult in (1, 2, 5, 10, 15, 30):
            step = unit * mult
            if span / step <= 8:
                return step
    return float(10 ** math.ceil(math.log10(span)))


def _offset(seconds: float) -> str:
    if seconds == 0:
        return "0"
    return "+" + duration(seconds)


def duration(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 120:
        return f"{seconds:.1f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"
