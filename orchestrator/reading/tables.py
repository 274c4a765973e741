"""Tables in a source's text: rows of cells, each figure spelled out with its row and column.

A figure in a table only means something with its labels, so each cell holding a figure
becomes a line of its own — "Housing starts · May · 4,200" — and a PDF's or a text file's
table rows ("Housing starts 3,950 4,200" under "Series April May") get the same. Pure.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterable, Sequence

from orchestrator.measures import MEASURE_NOTE
from orchestrator.money import CURRENCY_LABEL, CURRENCY_WORDS

__all__ = [
    "CELL_SEPARATOR",
    "csv_rows",
    "csv_within",
    "plain_text",
    "reflow",
    "table_lines",
    "unit_note",
    "with_text_tables",
]

CELL_SEPARATOR = " · "
_SPACES = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# A number as a table writes it: "4,200", "-0.3", "3.1%", "$58m", "(12)".
_CELL_NUMBER = re.compile(r"^[(\-−+]?[$£€¥]?\d[\d,.]*\s?(?:%|[kKmMbB]n?|bn)?\)?$")
PARAGRAPH_END = re.compile(r"[.!?:;…\"”)]$")
_SENTENCE_END = re.compile(r"[.!?:;…][\"”’)]*$")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# --- plain text and text tables --------------------------------------------------------------

_TEXT_COLUMNS = re.compile(r"\t| {2,}")


def plain_text(text: str) -> str:
    rows = [line for line in text.splitlines()]
    columned = [_TEXT_COLUMNS.split(line.strip()) for line in rows if line.strip()]
    if sum(1 for cells in columned if len(cells) > 2) >= 2:
        # A fixed-width or tab-separated table: read it as one, and keep its lines too.
        return "\n".join([*with_text_tables(rows), *_text_tables(columned)])
    return "\n".join(with_text_tables(rows))


def _text_tables(columned: Sequence[Sequence[str]]) -> list[str]:
    """Each run of rows with columns as a table, the one-column line above it as its caption
    (where a text file, like a page, writes "Spending by service (£ million)")."""
    lines: list[str] = []
    block: list[Sequence[str]] = []
    caption: str | None = None
    for cells in [*columned, []]:
        if len(cells) > 1:
            block.append(cells)
            continue
        if block:
            lines.extend(table_lines(block, caption))
            block = []
        caption = cells[0] if cells else None
    return lines


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


_SENTENCE_WORDS = 6


def with_text_tables(lines: Iterable[str]) -> list[str]:
    """The lines, each followed by the cells of a table row it holds ("Housing starts 3,950
    4,200" under "Series April May" gives "Housing starts · May · 4,200")."""
    out: list[str] = []
    header: str | None = None
    note: str | None = None  # a unit the caption above the header gives the whole table
    previous = ""
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
        values = words[len(words) - numbers :]
        # "Site 2024 2025" is not a row of figures but the years heading the columns.
        years = all(_COLUMN_HEAD.fullmatch(value) for value in values)
        if numbers == 0 or not _LETTER.search(label) or years:
            # Under heads that are periods, a line of words is a row label wrapped over two
            # lines ("Individuals and other withholding" / "taxes"), not new heads.
            wrapped = header is not None and _dated(header) and not _dated(line)
            if _is_text_header(line) and not wrapped:
                header, note = line, unit_note(previous)
            previous = line
            continue
        previous = line
        if line.endswith(".") and len(label.split()) >= _SENTENCE_WORDS:
            continue  # "... than the 1,678 recorded in 2024." is a sentence, not a row
        heads = len(_COLUMN_HEAD.findall(header)) if header is not None else 0
        if heads and numbers > heads:
            # "Day-hospital places 91 300 93 400" under "Type 2023 2024": figures grouped
            # by spaces, as French and Nordic tables write them, are two cells, not four.
            grouped = _space_grouped(values, heads)
            if grouped is not None:
                values, numbers = grouped, len(grouped)
        split = _header_columns(header, numbers) if header is not None else None
        if split is None:
            continue
        stub, columns = split
        # A unit written once for the table — in the caption above it or in the head of its
        # label column ("Number (thousands)") — belongs to every cell, as in an HTML table.
        unit = unit_note(stub) or note
        out.extend(
            CELL_SEPARATOR.join(part for part in (unit, label, column, value) if part)
            for column, value in zip(columns, values, strict=True)
        )
    return out


def _space_grouped(values: list[str], columns: int) -> list[str] | None:
    """``values`` as ``columns`` numbers grouped by spaces, when they split evenly into
    such groups: "91", "300", "93", "400" under two heads are 91 300 and 93 400."""
    if columns < 1 or len(values) % columns:
        return None
    size = len(values) // columns
    groups = [values[i : i + size] for i in range(0, len(values), size)]
    if size < 2 or not all(
        re.fullmatch(r"[(\-−+]?\d{1,3}", group[0])
        and all(re.fullmatch(r"\d{3}", part) for part in group[1:-1])
        and re.fullmatch(r"\d{3}(?:[.,]\d+)?\)?", group[-1])
        for group in groups
    ):
        return None
    return [" ".join(group) for group in groups]


def _is_text_header(line: str) -> bool:
    """A row of column heads: words ("Series April May"), or periods with their unit notes
    ("Crop 2024 (million tonnes) 2025 (million tonnes)"), never a sentence."""
    if _SENTENCE_END.search(line):
        return False  # "Revised figures replace earlier ones." heads no column
    bare = _COLUMN_HEAD.sub(" ", _NOTE_IN_PARENS.sub(" ", line))
    if not _DIGIT.search(line):
        return True
    return not _DIGIT.search(bare) and len(_COLUMN_HEAD.findall(line)) >= 2


def _dated(line: str) -> bool:
    return len(_COLUMN_HEAD.findall(line)) >= 2


def _header_columns(header: str, count: int) -> tuple[str, list[str]] | None:
    """The label column's head and ``count`` column heads from a header line. Heads that are
    periods are cut at each period, so a head may be several words ("2025 (million
    tonnes)"); other heads are taken as one word each, from the right."""
    starts = [match.start() for match in _COLUMN_HEAD.finditer(header)]
    if len(starts) == count:
        cuts = [*starts, len(header)]
        return header[: starts[0]].strip(), [
            header[a:b].strip() for a, b in itertools.pairwise(cuts)
        ]
    words = header.split()
    if len(words) > count:
        return " ".join(words[: len(words) - count]), words[len(words) - count :]
    return None


_MONTH_HEAD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_YEAR_HEAD = r"(?:19|20)\d\d(?:\s?[-–/]\s?\d\d(?:\d\d)?)?"
# A column head that is a period: "May", "Q3 2025", "2024", "2024-25", "FY24". Case matters:
# "may" is a verb.
_COLUMN_HEAD = re.compile(
    rf"(?<![\w(])(?:(?:{_MONTH_HEAD}|Q[1-4]|H[12])(?:\s{_YEAR_HEAD})?|FY\s?\d{{2,4}}"
    rf"|{_YEAR_HEAD}(?:\s?[QH][1-4])?)(?![\w)])"
)


# --- units a table writes once ------------------------------------------------------------------

_NOTE_IN_PARENS = re.compile(r"\(([^()]{1,40})\)")
_UNIT_WORD = re.compile(
    rf"%|{CURRENCY_LABEL}|{CURRENCY_WORDS}|\bper\s?cent\b|\bpercent\b"
    r"|\b(?:thousand|million|billion|crore|lakh)s?\b|\b0{3}s?\b|\b(?:bn|mn|m|k)\b"
    rf"|(?<![\w])(?:{MEASURE_NOTE})(?![\w])",
    re.IGNORECASE,
)

# A currency with its scale, as a unit note writes it: "£m", "US$ million", "€ bn".
_MONEY_SCALE = rf"(?:{CURRENCY_LABEL})\s?(?:bn|mn|m|k|thousands?|millions?|billions?|crores?)\b"

# "Spending, £m", "Exports in € million", "Rail freight, million tonnes (provisional)": a
# unit after the caption's comma, a bracketed remark after it allowed.
_TRAILING_NOTE = re.compile(
    rf"(?:,|\bin)\s+({_MONEY_SCALE}"
    r"|(?:thousands|millions|billions)|(?:thousand|million|billion)\s+[a-z]+"
    r"|%|per\s?cent|percent"
    rf"|(?<![\w])(?:{MEASURE_NOTE})(?![\w]))\s*(?:\([^()]*\))?"  # "Median speeds, Mbps"
    # ... and the period the table is for after it: "per square metre, HUF thousand, Q2 2026"
    r"(?:,\s*(?:(?:Q[1-4]|H[12]|FY)\s?)?(?:[A-Za-z]+\s)?(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?)?\s*$",
    re.IGNORECASE,
)


# A data file's title that sets its unit apart with spaces: "# HMRC tax receipts  £ million
# cash basis  not seasonally adjusted".
_SPACED_NOTE = re.compile(
    rf"(?:^|\s{{2,}}|[;|]\s*)({_MONEY_SCALE}"
    r"|(?:thousands|millions|billions))(?=\s{2,}|\s*$|\s*[;|])",
    re.IGNORECASE,
)


# A caption that is all unit: "Millions of journeys", "Thousand tonnes", "Billions of rand".
_WHOLE_NOTE = re.compile(
    r"^\s*((?i:thousands|millions|billions)\s+of\s+[a-z]+(?:\s+[a-z]+)?"
    r"|(?i:thousand|million|billion)\s+[a-z]+(?:\s+[a-z]+)?)\s*$"
)


# A note line over a data file's header: "Values in US$ million FOB; provisional".
_VALUES_IN = re.compile(
    rf"^\s*(?:(?:all\s+)?(?:values?|figures?|amounts?|data)\s+(?:are\s+)?(?:shown\s+)?in)\s+"
    rf"({_MONEY_SCALE}"
    r"|(?:thousands|millions|billions)\b)",
    re.IGNORECASE,
)


def unit_note(text: str | None) -> str | None:
    """The unit a caption or head gives what it heads — "(€ million)" in "Revenue budget
    2026 (€ million)", "(share, %)", "£m" in "Spending, £m" — or None. Only the note, not
    the caption: the caption's own year or month is not every cell's period."""
    if not text:
        return None
    notes = [match[0] for match in _NOTE_IN_PARENS.finditer(text) if _UNIT_WORD.search(match[1])]
    if notes:
        return notes[-1]
    trailing = (
        _TRAILING_NOTE.search(text)
        or _VALUES_IN.search(text)
        or _WHOLE_NOTE.search(text)
        or _SPACED_NOTE.search(text)
    )
    return trailing[1] if trailing else None


# --- CSV ---------------------------------------------------------------------------------------


_LAID_OUT = re.compile(r"\.{4,}|\S {3,}\S")


def csv_within(text: str) -> tuple[str, str] | None:
    """A CSV file served as plain text (a raw file link, a misconfigured server), or one
    with notes around its table: its notes (title lines over the header, a symbol legend or
    a source line under the rows) and the CSV from its header to its last row, or None when
    it is prose.

    CSV when at least three lines from one of its first six split into the same number of
    fields, three or more, and nine in ten of the lines from there to the last such line
    do too (the notes after it are a few lines of their own); never a text laid out in
    columns of spaces or dot leaders ("Structures rated poor ....... 1,142"), whose commas
    are thousands separators."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 3 or _LAID_OUT.search(text):
        return None
    dialect = _dialect(text)
    counts = [len(row) for row in csv.reader(lines, dialect)]
    for start in range(min(6, len(counts))):
        width = counts[start]
        if width < 3:
            continue
        ends = [i for i in range(start, len(counts)) if counts[i] == width]
        stop = ends[-1] + 1 if ends else start
        body = counts[start:stop]
        trailer = len(counts) - stop
        if (
            len(body) >= 3
            and sum(count == width for count in body) * 10 >= len(body) * 9
            and trailer <= max(3, len(body) // 2)
        ):
            # Title and note lines may be quoted as one-field rows: their text, unquoted.
            notes = [" ".join(row) for row in csv.reader(lines[:start] + lines[stop:], dialect)]
            return "\n".join(notes), "\n".join(lines[start:stop])
    return None


def _dialect(text: str) -> type[csv.Dialect]:
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def csv_rows(text: str) -> list[list[str]]:
    rows = [[_clean(cell) for cell in row] for row in csv.reader(io.StringIO(text), _dialect(text))]
    if rows:
        rows[0] = [_field_name(cell) for cell in rows[0]]
    return rows


# A data file names its columns in snake case, the unit last: "milk_intake_million_litres",
# "on_time_pct", "spend_gbp_m". Read as a table head writes it: "milk intake (million
# litres)", "on time (%)", "spend (£ m)", so the unit is every cell's as in an HTML table.
_FIELD_UNITS = {
    "pct": "%",
    "percent": "%",
    "thousand": "thousand",
    "thousands": "thousands",
    "000s": "thousands",
    "million": "million",
    "millions": "millions",
    "mn": "million",
    "m": "m",
    "billion": "billion",
    "bn": "bn",
    "usd": "$",
    "gbp": "£",
    "eur": "€",
}


def _field_name(cell: str) -> str:
    if "_" not in cell or " " in cell:
        return cell
    words = [word for word in cell.split("_") if word]
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in _FIELD_UNITS:
            unit = [_FIELD_UNITS.get(w.lower(), w) for w in words[i:]]
            return f"{' '.join(words[:i])} ({' '.join(unit)})"
    return " ".join(words)


# --- tables --------------------------------------------------------------------------------


def table_lines(given: Sequence[Sequence[str]], caption: str | None = None) -> list[str]:
    """Each figure cell as "row label · column label · value", the caption before it."""
    kept = [list(row) for row in given if any(cell for cell in row)]
    if not kept:
        return []
    width = max(len(row) for row in kept)
    rows = [row + [""] * (width - len(row)) for row in kept]
    if width > 1 and len(rows) > 2 and len(set(rows[0])) == 1 and _LETTER.search(rows[0][0]):
        # One cell spanning the whole top row is the table's title, not its columns' head:
        # "Taiwan power generation, 2024" over "Source · Generation · Share" (and its unit).
        title = rows.pop(0)[0]
        caption = f"{caption} — {title}" if caption and title not in caption else title
    header_rows = 0
    while header_rows < min(2, len(rows) - 1) and _is_header_row(rows[header_rows]):
        header_rows += 1
    columns = [
        " ".join(dict.fromkeys(rows[r][c] for r in range(header_rows) if rows[r][c]))
        for c in range(width)
    ]
    # A change column says what changed only by its place: "unemployment rate, change pp".
    # A bare period's head after a measure's ("MMR, 2 doses, 2025–26 (%)", "2024–25 (%)")
    # is the same measure for that period.
    for c in range(2, width):
        bare = _NOTE_IN_PARENS.sub("", columns[c]).strip()
        period = _PERIOD_HEAD.search(columns[c - 1])
        if bare and _PERIOD_HEAD.fullmatch(bare) and period:
            measure = _NOTE_IN_PARENS.sub("", columns[c - 1].replace(period[0], "")).strip(" ,")
            if len(_LETTER.findall(measure)) > 3:
                columns[c] = f"{measure}, {columns[c]}"
    # (Only a measure's name: a period's head, "2025", would date the change.)
    for c in range(2, width):
        measure = _NOTE_IN_PARENS.sub("", columns[c - 1]).strip()
        if _CHANGE_HEAD.fullmatch(columns[c]) and measure and not _DIGIT.search(measure):
            columns[c] = f"{measure} {columns[c]}"
    lines: list[str] = []
    if caption:
        lines.append(caption)
    if header_rows:
        lines.append(CELL_SEPARATOR.join(cell for cell in columns if cell))
    # The head of the label column often carries the unit of every cell ("Rate (%)",
    # "US$ m", "Number (thousands)"): it goes with each row, before its label.
    stub = columns[0] if header_rows and _UNIT_NOTE.search(columns[0]) else ""
    # So does a unit in the caption ("Revenue budget 2026 (€ million)"): its note goes with
    # each cell, the nearest label's unit winning where a head gives its own.
    note = unit_note(caption) if caption else None
    for row in rows[header_rows:]:
        # A row headed by its period ("Oct-2025", "2024") is labelled by it, not a figure.
        label = row[0] if not _is_figure_cell(row[0]) or _PERIOD_HEAD.fullmatch(row[0]) else ""
        # Several label columns before the figures ("Unemployment rate · Both sexes"): the
        # row is labelled by them all.
        more = 1
        while (
            label
            and more < width - 1
            and not _DIGIT.search(row[more])
            and len(_LETTER.findall(row[more])) >= 3  # a word, not "n/a" or "–"
        ):
            more += 1
        if more > 1:
            label = CELL_SEPARATOR.join(row[:more])
            row = ["" if c < more else cell for c, cell in enumerate(row)]
            row[0] = label
        # A long-format file ("Geography, Reference period, Value") gives each row's period
        # in a column of its own: it labels the row's figures, with its head.
        dated = [c for c in range(1, width) if header_rows and _PERIOD_HEAD.fullmatch(row[c])]
        if label and dated and len(dated) < width - 1:
            label = CELL_SEPARATOR.join([label, *(f"{columns[c]} {row[c]}".strip() for c in dated)])
            row = [cell if c not in dated else "" for c, cell in enumerate(row)]
        cells = [
            CELL_SEPARATOR.join(
                part
                for part in (
                    caption if not label else None,
                    note if label and note != stub else None,
                    stub if label else None,
                    label,
                    columns[c],
                    value,
                )
                if part
            )
            for c, value in enumerate(row)
            if (c > 0 or not label) and _DIGIT.search(value)
        ]
        if not header_rows:
            # Under column heads, a whole row is no one cell: its figures would stand for
            # every column's period at once ("North · 1,200 · 1,350" for 2024 and 2023).
            lines.append(CELL_SEPARATOR.join(cell for cell in (stub, *row) if cell))
        lines.extend(cells)
    return lines


def _is_header_row(row: Sequence[str]) -> bool:
    # Column heads are words, or years ("Region, 2023, 2024"), never other figures.
    # A period with its unit note ("2024–25 (%)") heads a column too.
    heads = [_NOTE_IN_PARENS.sub("", cell).strip() or cell for cell in row[1:] if cell]
    return bool(heads) and all(not _is_figure_cell(c) or _PERIOD_HEAD.fullmatch(c) for c in heads)


# Years, fiscal years and the short names of quarters and halves ("Q3", "H1 2024", "FY24",
# "2024-25") head columns; they have digits but are not figures.
# So do months with their year ("Sep 2025", "September 2024").
_PERIOD_HEAD = re.compile(
    r"(?:19|20)\d\d(?:\s?[-–/]\s?\d\d(?:\d\d)?)?|[QH][1-4](?:\s?(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d\s?[QH][1-4]|FY\s?\d{2,4}(?:[-/]\d\d)?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/](?:19|20)?\d\d"
    r"|(?:19|20)\d\d[\s\-/](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?",
    re.IGNORECASE,
)
_CHANGE_HEAD = re.compile(
    r"\s*(?:(?:annual|monthly|yearly|y/y|yoy|m/m)\s+)?(?:change|chg\.?|difference|diff\.?)"
    r"(?:\s*(?:\(?(?:pp|p\.p\.|%|pts?|percentage\s+points)\)?))?\s*",
    re.IGNORECASE,
)
_UNIT_NOTE = re.compile(
    r"%|[$£€]|\bper\s?cent\b|\bpercent\b|\bthousands?\b|\bmillions?\b|\bbillions?\b"
    r"|\(0{3}s?\)|\bbn\b|\bm\b",
    re.IGNORECASE,
)


def _is_figure_cell(cell: str) -> bool:
    return bool(cell) and bool(_DIGIT.search(cell)) and len(_LETTER.findall(cell)) <= 3
