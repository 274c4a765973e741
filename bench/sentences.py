"""Our sentence splitter against pysbd, a maintained one (issue 13: "compare a maintained
splitter on the corpus; keep ours where it measures better, and say so").

    .venv/bin/python bench/sentences.py [--set main|blind|...|blind6] [--path offline]

Sentences matter to copydesk in one place above all: the source check reads a figure's
words from its sentence, so a split in the wrong place ("Total revenues were Ps. | 7,842
million") loses what the figure is about, and a missed split lets another sentence's words
vouch for it. So the measure is the gate's own: bench/gate_quality.py's catch and
false-escalation rates, run once with each splitter (every module that splits is given the
same function). Also printed: the time each takes over the shared corpus's article texts.

pysbd is applied line by line, as ours is: a line break always ends a sentence in copydesk
(a table cell line, a release's heading), and pysbd would otherwise join them.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for path in (REPO, REPO / "bench", REPO / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import pysbd  # noqa: E402

from orchestrator import figures, periods, sentences, sourcecheck  # noqa: E402
from orchestrator.models.offline import summary, tags  # noqa: E402

Spans = Callable[[str], list[tuple[int, int]]]
_OURS: Spans = sentences.sentence_spans
_SEGMENTER = pysbd.Segmenter(language="en", clean=False, char_span=True)


CALLS = {"pysbd": 0}


def pysbd_spans(text: str) -> list[tuple[int, int]]:
    CALLS["pysbd"] += 1
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            for span in _SEGMENTER.segment(line):
                start, end = offset + span.start, offset + span.end
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if start < end:
                    spans.append((start, end))
        offset += len(line)
    return spans


def use(spans: Spans) -> None:
    """Every module that splits sentences splits with ``spans`` (split_sentences reads
    orchestrator.sentences' own name at each call)."""
    for module in (sentences, sourcecheck, periods, summary, tags):
        module.sentence_spans = spans  # type: ignore[attr-defined]
    sourcecheck.source_text.cache_clear()
    figures.figure_index.cache_clear()


def timing() -> None:
    corpus = sorted((REPO.parent / "shared" / "corpus" / "extraction" / "html").glob("*.html.gz"))
    from orchestrator.reading import extract_article

    texts: list[str] = []
    for page in corpus:
        html = gzip.decompress(page.read_bytes()).decode("utf-8", errors="replace")
        try:
            texts.append(extract_article(html, "https://c.example/").text)
        except Exception:
            continue
    for name, spans in (("ours", _OURS), ("pysbd", pysbd_spans)):
        began = time.perf_counter()
        count = sum(len(spans(text)) for text in texts)
        elapsed = time.perf_counter() - began
        print(
            f"{name:6} {len(texts)} corpus articles: {count} sentences in {elapsed * 1000:.0f} ms"
        )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="main")
    parser.add_argument("--path", default="offline", choices=("offline", "claude", "both"))
    args = parser.parse_args()
    import gate_quality

    timing()
    for name, spans in (("ours", _OURS), ("pysbd", pysbd_spans)):
        print(f"\n######## splitter: {name}")
        use(spans)
        sys.argv = ["gate_quality.py", "--set", args.set, "--path", args.path]
        await gate_quality.main()
    # That the swap took: pysbd was asked, not only ours.
    print(f"\npysbd split {CALLS['pysbd']} texts during its run")


if __name__ == "__main__":
    asyncio.run(main())
