"""What a run costs in Slack calls, and how long until its result, with the plan streamed
(COPYDESK_SLACK_STREAMING=auto) and with the status message updated in place (off).

    .venv/bin/python bench/plan_stream.py [RUNS_PER_MODE]

The real app (bootstrap, worker, bolt over HTTP, offline model) against the fake Slack and
the local article site, on a fresh SQLite file per run. The modes alternate run by run (A/B
interleaved), so a machine that is busy part of the time weighs on both alike. Prints, per
mode, the Web API calls per run by method and the seconds from the link's delivery to the
result's post: median and range. Call counts are exact; seconds are wall-clock and noisy.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from articles import ArticleSite  # noqa: E402
from fakes.slack import FakeSlack  # noqa: E402
from slack_harness import (  # noqa: E402
    events_endpoint,
    link_message,
    running_app,
    wait_for_result,
)
from storage import db  # noqa: E402

WRITES = (
    "chat.postMessage",
    "chat.update",
    "chat.startStream",
    "chat.appendStream",
    "chat.stopStream",
    "assistant.threads.setStatus",
)


async def one_run(mode: str, site: ArticleSite, folder: Path, n: int) -> tuple[Counter[str], float]:
    url = f"sqlite+aiosqlite:///{folder / f'{mode}-{n}.db'}"
    await db.upgrade(url)
    async with FakeSlack() as slack:
        async with (
            running_app(url, slack, site, COPYDESK_SLACK_STREAMING=mode) as app,
            events_endpoint(app, slack) as events,
        ):
            event = link_message(site)
            began = time.perf_counter()
            await events.deliver(event)
            await wait_for_result(slack, "C1", event["ts"], 1, timeout=60)
            took = time.perf_counter() - began
        calls = Counter(c.method for c in slack.calls if c.method in WRITES)
    return calls, took


async def main(runs: int) -> None:
    results: dict[str, list[tuple[Counter[str], float]]] = {"auto": [], "off": []}
    with tempfile.TemporaryDirectory() as tmp:
        async with ArticleSite() as site:
            for n in range(runs):
                for mode in ("auto", "off") if n % 2 == 0 else ("off", "auto"):
                    results[mode].append(await one_run(mode, site, Path(tmp), n))
    for mode, rows in results.items():
        seconds = [took for _, took in rows]
        total: Counter[str] = Counter()
        for calls, _ in rows:
            total.update(calls)
        per_run = ", ".join(f"{m} {total[m] / len(rows):.1f}" for m in WRITES if total[m])
        print(
            f"{mode:>4}: Slack writes per run: {per_run}; link → result "
            f"median {statistics.median(seconds):.2f}s "
            f"(range {min(seconds):.2f}–{max(seconds):.2f}s, n={len(rows)})"
        )


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 4))
