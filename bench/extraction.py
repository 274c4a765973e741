"""Score extract_article and the stock extractors on the annotated corpus, on a fixed split.

    .venv/bin/python bench/extraction.py [-v] [--only 'copydesk,trafilatura default'] [CORPUS_DIR]

Every page has a fixed fold, 0-4, from a hash of its file name (never from its content or
score). Fold 0 is HELD OUT: nothing in orchestrator/reading was chosen by looking at its
pages; folds 1-4 are the DEVELOPMENT pages every choice was made on. For each extractor the
bench prints F1/P/R on both, F1 on each fold (the spread says how much of a difference is
noise), the pages scored near 0, and the median and p90 time per page: wall-clock, and the
process's CPU time, which other work on a shared machine does not inflate. -v lists the
worst development pages (never held-out ones).

CORPUS_DIR defaults to $COPYDESK_EXTRACTION_CORPUS, then ../shared/corpus/extraction relative
to the repository root. It holds html/*.html.gz and ground-truth.json (articleBody per stem).
The metric is the Scrapinghub article-extraction benchmark's: 4-word token shingles,
precision and recall per page averaged over pages, F1 of those two averages. The mean of the
per-page F1 is printed as well.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


TOKEN = re.compile(r"\w+", re.UNICODE)
NGRAM = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i : i + NGRAM]) for i in range(max(1, len(tokens) - NGRAM + 1)) if tokens
    )


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    expected, got = shingles(true), shingles(pred)
    tp = fp = fn = 0
    for key in expected.keys() | got.keys():
        tp += min(expected[key], got[key])
        fp += max(0, got[key] - expected[key])
        fn += max(0, expected[key] - got[key])
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total  # normalised so long pages do not dominate


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


FOLDS = 5
HELD_OUT = 0
NEAR_ZERO = 0.05  # a page below this F1 got none of the story
GOT_IT = 0.5  # ... and "another extractor gets the story" means at least this


def fold(stem: str) -> int:
    return int(hashlib.sha256(stem.encode("utf-8")).hexdigest(), 16) % FOLDS


def corpus_dir(argv: list[str]) -> Path:
    if argv:
        return Path(argv[0])
    env = os.environ.get("COPYDESK_EXTRACTION_CORPUS")
    if env:
        return Path(env)
    return REPO.parent / "shared" / "corpus" / "extraction"


@dataclass(frozen=True)
class Page:
    stem: str
    url: str
    html: str
    truth: str

    @property
    def fold(self) -> int:
        return fold(self.stem)


@dataclass
class Scores:
    """Per-page (precision, recall, F1), keyed by page stem, and time per page in ms."""

    pages: dict[str, tuple[float | None, float | None, float]] = field(default_factory=dict)
    millis: list[float] = field(default_factory=list)
    cpu_millis: list[float] = field(default_factory=list)

    def add(self, page: Page, text: str, ms: float, cpu_ms: float) -> None:
        tp, fp, fn = tp_fp_fn(page.truth, text)
        p, r = precision(tp, fp, fn), recall(tp, fp, fn)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        # As in the benchmark: an empty answer has no precision to average, a page with no
        # expected text no recall.
        self.pages[page.stem] = (p if tp + fp > 0 else None, r if tp + fn > 0 else None, f1)
        self.millis.append(ms)
        self.cpu_millis.append(cpu_ms)

    def prf(self, stems: list[str]) -> tuple[float, float, float]:
        ps = [self.pages[s][0] for s in stems if self.pages[s][0] is not None]
        rs = [self.pages[s][1] for s in stems if self.pages[s][1] is not None]
        mean_p = statistics.mean(x for x in ps if x is not None) if ps else 0.0
        mean_r = statistics.mean(x for x in rs if x is not None) if rs else 0.0
        f1 = 2 * mean_p * mean_r / (mean_p + mean_r) if mean_p + mean_r else 0.0
        return f1, mean_p, mean_r


def _copydesk() -> Callable[[str, str], str]:
    from orchestrator.errors import NotAnArticle
    from orchestrator.reading.extract import extract_article

    def run(html: str, url: str) -> str:
        try:
            return extract_article(html, url).text
        except NotAnArticle:
            return ""

    return run


def _trafilatura(**options: bool) -> Callable[[str, str], str]:
    import trafilatura

    def run(html: str, url: str) -> str:
        return trafilatura.extract(html, url=url, include_comments=False, **options) or ""

    return run


def _trafilatura_baseline(html: str, url: str) -> str:
    import trafilatura

    return str(trafilatura.baseline(html)[1] or "")


def _readability(html: str, url: str) -> str:
    import lxml.html
    from readability import Document

    try:
        summary = Document(html, url=url).summary(html_partial=True)
        return str(lxml.html.fragment_fromstring(summary, create_parent="div").text_content())
    except Exception:  # readability raises bare Exceptions on pages it cannot parse
        return ""


def _justext(html: str, url: str) -> str:
    import justext

    try:
        paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    except Exception:  # jusText raises on empty or odd documents
        return ""
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def extractors() -> dict[str, Callable[[str, str], str]]:
    return {
        "copydesk": _copydesk(),
        "trafilatura default": _trafilatura(),
        "trafilatura favor_recall": _trafilatura(favor_recall=True),
        "trafilatura favor_precision": _trafilatura(favor_precision=True),
        "trafilatura fast": _trafilatura(fast=True),
        "trafilatura baseline": _trafilatura_baseline,
        "readability-lxml": _readability,
        "jusText": _justext,
    }


def load(root: Path) -> list[Page]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((root / "html").glob("*.html.gz")):
        stem = path.name.split(".")[0]
        if stem not in truth:
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        url = truth[stem].get("url") or f"https://example.invalid/{stem}"
        pages.append(Page(stem, url, html, truth[stem].get("articleBody", "")))
    return pages


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(pages: list[Page], results: dict[str, Scores], verbose: bool) -> None:
    dev = [p.stem for p in pages if p.fold != HELD_OUT]
    held = [p.stem for p in pages if p.fold == HELD_OUT]
    folds = [[p.stem for p in pages if p.fold == k] for k in range(FOLDS)]
    print(
        f"pages: {len(pages)}  development (folds 1-{FOLDS - 1}): {len(dev)}  "
        f"held out (fold {HELD_OUT}): {len(held)}"
    )
    print(
        f"{'extractor':28s} {'held-out F1   P     R':>22s}  {'dev F1   P     R':>18s}  "
        f"{'F1 per fold 0..4 (sd)':>36s}  {'at 0':>4s}  {'median/p90 ms':>13s}"
    )
    for name, scores in results.items():
        hf, hp, hr = scores.prf(held)
        df, dp, dr = scores.prf(dev)
        per_fold = [scores.prf(stems)[0] for stems in folds if stems]
        zeros = sum(1 for s in scores.pages.values() if s[2] < NEAR_ZERO)
        print(
            f"{name:28s} {hf:9.3f} {hp:.3f} {hr:.3f}  {df:6.3f} {dp:.3f} {dr:.3f}  "
            f"{' '.join(f'{f:.3f}' for f in per_fold)} ({statistics.pstdev(per_fold):.3f})  "
            f"{zeros:4d}  {statistics.median(scores.millis):6.1f}/"
            f"{_percentile(scores.millis, 0.9):.1f}  {statistics.median(scores.cpu_millis):6.1f}/"
            f"{_percentile(scores.cpu_millis, 0.9):.1f}"
        )
    ours = results.get("copydesk")
    if ours is None:
        return
    lost = [
        stem
        for stem, (_, _, f1) in ours.pages.items()
        if f1 < NEAR_ZERO
        and any(s.pages[stem][2] >= GOT_IT for n, s in results.items() if n != "copydesk")
    ]
    print(f"copydesk pages at 0 where another extractor gets the story: {len(lost)}")
    if verbose:
        print("worst development pages for copydesk (F1, stem):")
        for stem in sorted(dev, key=lambda s: ours.pages[s][2])[:10]:
            print(f"  {ours.pages[stem][2]:.3f} {stem}")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    only = None
    if "--only" in argv:
        at = argv.index("--only")
        only = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    root = corpus_dir([arg for arg in argv if arg != "-v"])
    if not (root / "ground-truth.json").is_file():
        print(f"extraction bench skipped: no corpus at {root}")
        return 0
    pages = load(root)
    if not pages:
        print(f"extraction bench skipped: no pages under {root / 'html'}")
        return 0
    # The extractors log every page they find nothing in; the scores say it better.
    logging.disable(logging.CRITICAL)
    wanted = None if only is None else {name.strip() for name in only.split(",")}
    chosen = {n: f for n, f in extractors().items() if wanted is None or n in wanted}
    for run in chosen.values():  # warm up (lazy imports, caches), as the worker does
        run(pages[0].html, pages[0].url)
    results = {name: Scores() for name in chosen}
    for page in pages:
        for name, run in chosen.items():
            started, cpu_started = time.perf_counter(), time.process_time()
            text = run(page.html, page.url)
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            results[name].add(page, text, wall * 1000, cpu * 1000)
    report(pages, results, verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
