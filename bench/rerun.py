"""What a re-run saves: 20 stored runs re-run from each step, against re-running them whole.

    .venv/bin/python bench/rerun.py [--runs N]

The real app (build_app: SQLite file, ClaudeModel over the real anthropic SDK) against the
fake Messages API in tests/fakes/anthropic.py, which bills as the real one does, and the
local article site of the tests. N runs are made first; then, for each step, the evaluation
re-runs them all from that step (`copydesk rerun --since … --from STEP`, as code) and the
figures are what the fake API was asked and what the re-runs recorded. "from fetch" is
re-running whole runs; every other line is a re-run whose earlier steps were copied.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from articles import ArticleSite  # noqa: E402
from bot.bootstrap import build_app  # noqa: E402
from bot.rerun_cli import evaluator  # noqa: E402
from fakes.anthropic import FakeAnthropic  # noqa: E402
from orchestrator.domain import Origin  # noqa: E402
from orchestrator.evaluate import totals  # noqa: E402
from orchestrator.replay import PHASES  # noqa: E402
from orchestrator.usage import Usage  # noqa: E402
from support import make_settings  # noqa: E402


async def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with ArticleSite() as site, FakeAnthropic() as claude:
            settings = make_settings(
                f"sqlite+aiosqlite:///{tmp}/bench.db",
                COPYDESK_MODEL=None,
                ANTHROPIC_API_KEY="test",
                ANTHROPIC_BASE_URL=claude.url,
                COPYDESK_FETCH_ALLOW=site.allow,
            )
            routes = site.server.routes
            for n in range(count):
                routes[f"/news/harbour/{n}"] = routes["/news/harbour"]
            urls = [site.url(f"/news/harbour/{n}") for n in range(count)]
            async with build_app(settings, transports=["cli"], write=lambda _: None) as app:
                created = await app.store.create_runs(urls, Origin("cli", user="bench"))
                assert created
                began = time.perf_counter()
                parents = await app.worker.execute_runs([r.id for r in created])
                made = time.perf_counter() - began
                spent = sum((r.usage for r in parents), Usage())
                print(
                    f"{count} runs with {app.model.name}: {spent.total_tokens:,} tokens, "
                    f"${spent.cost_usd:.4f}, {len(claude.requests)} API calls, {made:.1f} s"
                )
                print(
                    f"{'re-run from':<12} {'API calls':>9} {'tokens':>9} {'cost':>9} "
                    f"{'seconds':>8} {'tokens saved vs whole':>22}"
                )
                since = datetime.now(UTC) - timedelta(hours=1)
                whole: int | None = None
                for step in PHASES:
                    calls = len(claude.requests)
                    planned = await evaluator(app).plan(
                        since, from_step=step, model=None, limit=count
                    )
                    began = time.perf_counter()
                    results = await evaluator(app).run(planned, Origin("cli", user="bench"))
                    took = time.perf_counter() - began
                    total = totals(results)
                    assert total.runs == count, [r.problem for r in results if r.problem]
                    tokens = total.spent.total_tokens
                    whole = tokens if whole is None else whole
                    saved = f"{100 * (whole - tokens) / whole:.0f}%" if whole else "—"
                    print(
                        f"{step:<12} {len(claude.requests) - calls:>9} {tokens:>9,} "
                        f"${total.spent.cost_usd:>8.4f} {took:>8.2f} {saved:>22}"
                    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    asyncio.run(main(parser.parse_args().runs))
