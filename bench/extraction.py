"""Score extract_article on the annotated article corpus: shingle P/R/F1 and time per page.

    .venv/bin/python bench/extraction.py [-v] [CORPUS_DIR]

CORPUS_DIR defaults to $COPYDESK_EXTRACTION_CORPUS, then ../shared/corpus/extraction relative
to the repository root. It holds html/*.html.gz and ground-truth.json (articleBody per stem).
The metric is the Scrapinghub article-extraction benchmark's: 4-word token shingles,
precision and recall per page averaged over pages, F1 of those two averages. The mean of the
per-page F1 is printed as well.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from orchestrator.errors import NotAnArticle  # noqa: E402
from orchestrator.reading.extract import extract_article  # noqa: E402

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


def corpus_dir(argv: list[str]) -> Path:
    if argv:
        return Path(argv[0])
    env = os.environ.get("COPYDESK_EXTRACTION_CORPUS")
    if env:
        return Path(env)
    return REPO.parent / "shared" / "corpus" / "extraction"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    root = corpus_dir([arg for arg in argv if arg != "-v"])
    truth_path = root / "ground-truth.json"
    if not truth_path.is_file():
        print(f"extraction bench skipped: no corpus at {root}")
        return 0
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    pages = sorted((root / "html").glob("*.html.gz"))

    precisions: list[float] = []
    recalls: list[float] = []
    f1s: list[float] = []
    millis: list[float] = []
    refused = 0
    worst: list[tuple[float, str]] = []
    for path in pages:
        key = path.name.split(".")[0]
        if key not in truth:
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        url = truth[key].get("url") or f"https://example.invalid/{key}"
        started = time.perf_counter()
        try:
            text = extract_article(html, url).text
        except NotAnArticle:
            text = ""
            refused += 1
        millis.append((time.perf_counter() - started) * 1000)
        tp, fp, fn = tp_fp_fn(truth[key].get("articleBody", ""), text)
        p, r = precision(tp, fp, fn), recall(tp, fp, fn)
        if tp + fp > 0:
            precisions.append(p)
        if tp + fn > 0:
            recalls.append(r)
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        worst.append((f1s[-1], key))

    if not millis:
        print(f"extraction bench skipped: no pages under {root / 'html'}")
        return 0
    mean_p, mean_r = statistics.mean(precisions), statistics.mean(recalls)
    f1 = 2 * mean_p * mean_r / (mean_p + mean_r)
    millis.sort()
    p90 = millis[min(len(millis) - 1, int(0.9 * len(millis)))]
    print(f"pages: {len(millis)}  (NotAnArticle on {refused})")
    print(
        f"F1 {f1:.3f}  precision {mean_p:.3f}  recall {mean_r:.3f}  (mean per-page F1 "
        f"{statistics.mean(f1s):.3f})"
    )
    print(
        f"time per page: median {statistics.median(millis):.1f} ms  p90 {p90:.1f} ms  "
        f"max {millis[-1]:.1f} ms"
    )
    if verbose:
        for score, key in sorted(worst)[:10]:
            print(f"  {score:.3f} {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
