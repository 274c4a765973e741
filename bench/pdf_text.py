"""Which PDF text library reads sources best: pypdf or pdfminer.six, on PDFs made here.

Each PDF (made with fpdf2: prose pages, a statistics table, a long multi-page report) has
known lines. A library scores a line when the line's words come out in order on one line of
its text, which is what the figure matcher needs (a table row kept whole). Prints, per
library: lines kept whole, figures found, and milliseconds per page.

    .venv/bin/python bench/pdf_text.py
"""

from __future__ import annotations

import io
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pdfs import make_pdf


def corpus() -> list[tuple[str, bytes, list[str]]]:
    cases: list[tuple[str, bytes, list[str]]] = []
    prose = [
        "The unemployment rate fell to 4.7 percent in May, the labour office said.",
        "Payrolls rose by 212,000, after a revised 187,000 in April.",
        "Average hourly earnings grew 3.9% from a year earlier.",
    ]
    cases.append(("prose", make_pdf([prose]), prose))
    rows = [
        ["Series", "April", "May"],
        ["Housing starts", "3,950", "4,200"],
        ["Building permits", "5,110", "5,020"],
        ["Completions", "2,870", "2,940"],
    ]
    table = make_pdf([["Table 1. Housing, seasonally adjusted"]], tables=[rows])
    cases.append(("table", table, [" ".join(row) for row in rows]))
    pages = []
    expected = []
    for page in range(12):
        lines = [
            f"Section {page + 1}: district {page + 1} reported spending of ${page + 3}.{page} "
            f"million on roads and {100 + page * 7} new jobs."
            for _ in range(1)
        ]
        lines += ["The council notes that figures are provisional and may be revised later."] * 20
        pages.append(lines)
        expected.append(lines[0])
    cases.append(("long report", make_pdf(pages), expected))
    return cases


def with_pypdf(data: bytes) -> tuple[str, int]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages), len(reader.pages)


def with_pdfminer(data: bytes) -> tuple[str, int]:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfpage import PDFPage

    pages = sum(1 for _ in PDFPage.get_pages(io.BytesIO(data)))
    return extract_text(io.BytesIO(data)), pages


def _norm(text: str) -> str:
    return " ".join(text.split())


def main() -> None:
    libraries = {"pypdf": with_pypdf, "pdfminer.six": with_pdfminer}
    cases = corpus()
    print(f"{'library':<14}{'kind':<13}{'lines whole':>12}{'figures':>10}{'ms/page':>10}")
    for name, read in libraries.items():
        all_whole = all_lines = all_figs = all_found = 0
        timings: list[float] = []
        for kind, data, lines in cases:
            started = time.perf_counter()
            for _ in range(3):
                text, pages = read(data)
            per_page = (time.perf_counter() - started) / 3 / pages * 1000
            timings.append(per_page)
            out_lines = [_norm(line) for line in text.splitlines()]
            whole = sum(1 for line in lines if any(_norm(line) in out for out in out_lines))
            figures = [f for line in lines for f in re.findall(r"\d[\d,.]*\d|\d", line)]
            flat = _norm(text)
            found = sum(1 for f in figures if f in flat)
            all_whole += whole
            all_lines += len(lines)
            all_figs += len(figures)
            all_found += found
            print(
                f"{name:<14}{kind:<13}{whole:>6}/{len(lines):<5}"
                f"{found:>5}/{len(figures):<4}{per_page:>10.1f}"
            )
        print(
            f"{name:<14}{'ALL':<13}{all_whole:>6}/{all_lines:<5}{all_found:>5}/{all_figs:<4}"
            f"{statistics.mean(timings):>10.1f}"
        )


if __name__ == "__main__":
    main()
