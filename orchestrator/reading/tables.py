"""Tables in a source's text: rows of cells, each figure spelled out with its row and column.

A figure in a table only means something with its labels, so each cell holding a figure
becomes a line of its own — "Housing starts · May · 4,200" — and a PDF's or a text file's
table rows ("Housing starts 3,950 4,200" under "Series April May") get the same. Pure.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

__all__ = ["CELL_SEPARATOR", "csv_rows", "plain_text", "reflow", "table_lines", "with_text_tables"]

CELL_SEPARATOR = " · "
_SPACES = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# A number as a table writes it: "4,200", "-0.3", "3.1%", "$58m", "(12)".
_CELL_NUMBER = re.compile(r"^[(\-−+]?[$£€¥]?\d[\d,.]*\s?(?:%|[kKmMbB]n?|bn)?\)?$")
PARAGRAPH_END = re.compile(r"[.!?:;…\"”)]$")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# --- plain text and text tables --------------------------------------------------------------

_TEXT_COLUMNS = re.compile(r"\t| {2,}")


def plain_text(text: str) -> str:
    rows = [line for line in text.splitlines()]
    columned = [_TEXT_COLUMNS.split(line.strip()) for line in rows if line.strip()]
    if sum(1 for cells in columned if len(cells) > 2) >= 2:
        # A fixed-width or tab-separated table: read it as one, and keep its lines too.
        return "\n".join([*with_text_tables(rows), *table_lines(columned)])
    return "\n".join(with_text_tables(rows))


_SHORT_LINE = 40  # a heading, a caption or a label: a line of its own


def reflow(lines: Iterable[str]) -> list[str]:
    """A PDF's lines as paragraphs: a sentence wrapped over two lines is one sentence again
    (so the words after the break still say what its figure is about), while headings and
    table rows stay lines of their own."""
    out: list[str] = []
    open_paragraph = False
    for raw in lines:
        line = _clean(raw)
        if not line:
            open_paragraph = False
            continue
        tabular = _is_tabular(line)
        if open_paragraph and not tabular and out:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        current = out[-1]
        open_paragraph = not (tabular or len(line) < _SHORT_LINE or PARAGRAPH_END.search(current))
    return out


def _is_tabular(line: str) -> bool:
    words = line.split()
    return len(words) >= 2 and sum(1 for w in words[-3:] if _CELL_NUMBER.match(w)) >= 2


def with_text_tables(lines: Iterable[str]) -> list[str]:
    """The lines, each followed by the cells of a table row it holds ("Housing starts 3,950
    4,200" under "Series April May" gives "Housing starts · May · 4,200")."""
    out: list[str] = []
    header: list[str] | None = None
    for raw in lines:
        line = _clean(raw)
        if not line:
            continue
        out.append(line)
        words = line.split()
        numbers = 0
        while numbers < len(words) and _CELL_NUMBER.match(words[len(words) - 1 - numbers]):
            numbers += 1
        label = " ".join(words[: len(words) - numbers])
        if numbers == 0 or not _LETTER.search(label):
            if not _DIGIT.search(line) or _looks_like_header(words):
                header = words
            continue
        values = words[len(words) - numbers :]
        if header is not None and len(header) > numbers:
            columns = header[len(header) - numbers :]
            out.extend(
                CELL_SEPARATOR.join((label, column, value))
                for column, value in zip(columns, values, strict=True)
            )
    return out


def _looks_like_header(words: Sequence[str]) -> bool:
    # "Series 2023 2024": years as column heads.
    return len(words) >= 3 and all(re.fullmatch(r"(19|20)\d\d", w) for w in words[1:])


# --- CSV ---------------------------------------------------------------------------------------


def csv_rows(text: str) -> list[list[str]]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    return [[_clean(cell) for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


# --- tables --------------------------------------------------------------------------------


def table_lines(given: Sequence[Sequence[str]], caption: str | None = None) -> list[str]:
    """Each figure cell as "row label · column label · value", the caption before it."""
    kept = [list(row) for row in given if any(cell for cell in row)]
    if not kept:
        return []
    width = max(len(row) for row in kept)
    rows = [row + [""] * (width - len(row)) for row in kept]
    header_rows = 0
    while header_rows < min(2, len(rows) - 1) and _is_header_row(rows[header_rows]):
        header_rows += 1
    columns = [
        " ".join(dict.fromkeys(rows[r][c] for r in range(header_rows) if rows[r][c]))
        for c in range(width)
    ]
    lines: list[str] = []
    if caption:
        lines.append(caption)
    if header_rows:
        lines.append(CELL_SEPARATOR.join(cell for cell in columns if cell))
    for row in rows[header_rows:]:
        label = row[0] if not _is_figure_cell(row[0]) else ""
        cells = [
            CELL_SEPARATOR.join(
                part for part in (caption if not label else None, label, columns[c], value) if part
            )
            for c, value in enumerate(row)
            if (c > 0 or not label) and _DIGIT.search(value)
        ]
        lines.append(CELL_SEPARATOR.join(cell for cell in row if cell))
        lines.extend(cells)
    return lines


def _is_header_row(row: Sequence[str]) -> bool:
    # Column heads are words, or years ("Region, 2023, 2024"), never other figures.
    heads = [cell for cell in row[1:] if cell]
    return bool(heads) and all(not _is_figure_cell(c) or _YEAR.fullmatch(c) for c in heads)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_figure_cell(cell: str) -> bool:
    return bool(cell) and bool(_DIGIT.search(cell)) and len(_LETTER.findall(cell)) <= 3
