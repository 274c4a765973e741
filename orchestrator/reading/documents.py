"""A cited source as a document: HTML of any length, tables with their headers, PDF, text, CSV.

An article's sources are releases, tables, filings and reports, not articles: a three-line
statistics bulletin is a whole source, and a figure in a table only means something with its
row and column. So a source is read as lines of text, and every table cell that holds a
figure becomes a line of its own that names what it measures — "Housing starts · May ·
4,200" — which the figure matcher then treats like any other sentence.

Pure and synchronous; the extraction worker process runs it with a time limit, and the page
limit below bounds what one PDF can cost.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from orchestrator.domain import Article
from orchestrator.errors import NotAnArticle

if TYPE_CHECKING:
    import lxml.html


__all__ = [
    "CELL_SEPARATOR",
    "DOCUMENT_TYPES",
    "DocumentLimits",
    "UnreadableDocument",
    "read_document",
    "read_pdf_article",
]

logger = logging.getLogger(__name__)

CELL_SEPARATOR = " · "
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
TEXT_TYPES = frozenset({"text/plain"})
CSV_TYPES = frozenset({"text/csv", "application/csv"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
DOCUMENT_TYPES = PDF_TYPES | TEXT_TYPES | CSV_TYPES | HTML_TYPES

# Text with fewer letters than this per page is a scan without its text layer.
_MIN_LETTERS_PER_PDF = 20
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# A number as a table writes it: "4,200", "-0.3", "3.1%", "$58m", "(12)".
_CELL_NUMBER = re.compile(r"^[(\-−+]?[$£€¥]?\d[\d,.]*\s?(?:%|[kKmMbB]n?|bn)?\)?$")
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button")
_CHROME_TAGS = ("nav", "footer", "header", "aside")
_BLOCK_TAGS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "figcaption",
        "caption",
        "address",
        "div",
        "section",
        "article",
        "main",
        "td",
        "th",
        "tr",
        "br",
        "hr",
        "table",
    ]
)


@dataclass(frozen=True)
class DocumentLimits:
    max_pages: int = 200  # a PDF is read up to here, and says so
    max_chars: int = 2_000_000


class UnreadableDocument(NotAnArticle):
    """copydesk could not read that document."""


def read_document(data: bytes, content_type: str, url: str, limits: DocumentLimits) -> Article:
    """The text of a cited source, with its tables' cells spelled out; UnreadableDocument
    with a sentence when there is none."""
    if content_type in PDF_TYPES or data[:5] == b"%PDF-":
        title, text = _pdf_text(data, limits)
        kind = "pdf"
    elif content_type in CSV_TYPES:
        title, text = None, "\n".join(_table_lines(_csv_rows(_decode(data))))
        kind = "csv"
    elif content_type in TEXT_TYPES:
        title, text = None, _plain_text(_decode(data))
        kind = "text"
    else:
        title, text = _html_text(_decode(data))
        kind = "html"
    text = text[: limits.max_chars]
    if not _LETTER.search(text) and not _DIGIT.search(text):
        raise UnreadableDocument(f"That {_KIND_WORD[kind]} has no text in it.")
    return Article(url=url, text=text, title=title, extractor=f"document:{kind}")


def read_pdf_article(data: bytes, url: str, limits: DocumentLimits) -> Article:
    """A pasted link that is a PDF, as an article: its text, titled from its metadata."""
    from orchestrator.reading.extract import MIN_TEXT_CHARS

    title, text = _pdf_text(data, limits)
    if len(text) < MIN_TEXT_CHARS:
        raise UnreadableDocument("That PDF has too little text to be an article.")
    first = text.split("\n", 1)[0]
    if title is None and len(first) <= 120 and not _PARAGRAPH_END.search(first):
        title = first  # most reports open with their title; few set it in the metadata
    return Article(url=url, text=text, title=title, extractor="pypdf")


_KIND_WORD = {"pdf": "PDF", "csv": "CSV file", "text": "text file", "html": "page"}


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return _CONTROL.sub("", data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return _CONTROL.sub("", data.decode("latin-1"))


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# --- PDF -------------------------------------------------------------------------------------


def _pdf_text(data: bytes, limits: DocumentLimits) -> tuple[str | None, str]:
    # pypdf, chosen on bench/pdf_text.py: it keeps a table's row on one line (pdfminer.six
    # splits the cells apart) and is faster on long reports.
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many PDFs are "encrypted" only against editing, with an empty password to read.
            try:
                opened = reader.decrypt("")
            except (NotImplementedError, DependencyError) as exc:
                raise UnreadableDocument(
                    "That PDF is encrypted in a way copydesk cannot open."
                ) from exc
            if not opened:
                raise UnreadableDocument(
                    "That PDF is locked with a password, so copydesk cannot read it."
                )
        pages = reader.pages
        count = len(pages)
        lines: list[str] = []
        for page in list(pages)[: limits.max_pages]:
            lines.extend((page.extract_text() or "").splitlines())
        title = _pdf_title(reader)
    except UnreadableDocument:
        raise
    except FileNotDecryptedError as exc:
        raise UnreadableDocument(
            "That PDF is locked with a password, so copydesk cannot read it."
        ) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        logger.info("PDF unreadable: %s", exc)
        raise UnreadableDocument(
            "That PDF is damaged or not really a PDF, so copydesk could not read it."
        ) from exc
    text = "\n".join(_with_text_tables(_reflow(lines)))
    if len(_LETTER.findall(text)) < _MIN_LETTERS_PER_PDF:
        raise UnreadableDocument(
            "That PDF has no text layer (it is probably a scanned image), so copydesk cannot "
            "read its figures."
        )
    if count > limits.max_pages:
        text += f"\n[copydesk read the first {limits.max_pages} of {count} pages.]"
    return title, text


def _pdf_title(reader: object) -> str | None:
    metadata = getattr(reader, "metadata", None)
    title = getattr(metadata, "title", None) if metadata is not None else None
    return _clean(str(title)) or None if title else None


# --- plain text and text tables --------------------------------------------------------------

_TEXT_COLUMNS = re.compile(r"\t| {2,}")


def _plain_text(text: str) -> str:
    rows = [line for line in text.splitlines()]
    columned = [_TEXT_COLUMNS.split(line.strip()) for line in rows if line.strip()]
    if sum(1 for cells in columned if len(cells) > 2) >= 2:
        # A fixed-width or tab-separated table: read it as one, and keep its lines too.
        return "\n".join([*_with_text_tables(rows), *_table_lines(columned)])
    return "\n".join(_with_text_tables(rows))


_PARAGRAPH_END = re.compile(r"[.!?:;…\"”)]$")
_SHORT_LINE = 40  # a heading, a caption or a label: a line of its own


def _reflow(lines: Iterable[str]) -> list[str]:
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
        open_paragraph = not (tabular or len(line) < _SHORT_LINE or _PARAGRAPH_END.search(current))
    return out


def _is_tabular(line: str) -> bool:
    words = line.split()
    return len(words) >= 2 and sum(1 for w in words[-3:] if _CELL_NUMBER.match(w)) >= 2


def _with_text_tables(lines: Iterable[str]) -> list[str]:
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


def _csv_rows(text: str) -> list[list[str]]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    return [[_clean(cell) for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


# --- tables --------------------------------------------------------------------------------


def _table_lines(given: Sequence[Sequence[str]], caption: str | None = None) -> list[str]:
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


# --- HTML ------------------------------------------------------------------------------------


def _html_text(html: str) -> tuple[str | None, str]:
    # Imported here: the parent process names these types but only the worker parses HTML.
    import lxml.etree
    import lxml.html

    if not html.strip():
        raise UnreadableDocument("That page is empty.")
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise UnreadableDocument("copydesk could not make sense of that page's HTML.") from exc
    title_node = tree.find(".//title")
    title = _clean(title_node.text_content()) if title_node is not None else None
    for node in list(tree.iter(*_DROP_TAGS)):
        node.drop_tree()
    body = tree.body if tree.find("body") is not None else tree
    whole = _blocks_text(body)
    # Menus, headers and footers are not the source's words; drop them unless nothing else
    # is left (a bare release may put everything in a <header>).
    for node in list(body.iter(*_CHROME_TAGS)):
        node.drop_tree()
    trimmed = _blocks_text(body)
    text = trimmed if _LETTER.search(trimmed) else whole
    return title or None, text


def _blocks_text(root: lxml.html.HtmlElement) -> str:
    lines: list[str] = []
    tables = list(root.iter("table"))
    for table in tables:
        if any(parent.tag == "table" for parent in table.iterancestors()):
            continue
        caption = _table_caption(table)
        rows = [
            [_clean(cell.text_content()) for cell in _expanded(row)]
            for row in table.iter("tr")
            if _nearest_table(row) is table
        ]
        lines.extend(_table_lines(rows, caption))
    # Text outside tables, block by block, in document order.
    chunks: list[str] = []
    _walk(root, chunks)
    text_lines = [_clean(chunk) for chunk in "".join(chunks).split("\n")]
    return "\n".join([line for line in text_lines if line] + lines)


def _walk(node: lxml.html.HtmlElement, out: list[str]) -> None:
    if not isinstance(node.tag, str):
        if node.tail:
            out.append(node.tail)
        return
    if node.tag == "table":
        out.append("\n")
        if node.tail:
            out.append(node.tail)
        return
    block = node.tag in _BLOCK_TAGS
    if block:
        out.append("\n")
    if node.text:
        out.append(node.text)
    for child in node:
        _walk(child, out)
    if block:
        out.append("\n")
    if node.tail:
        out.append(node.tail)


def _nearest_table(node: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    for parent in node.iterancestors():
        if parent.tag == "table":
            return parent
    return None


def _expanded(row: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    cells: list[lxml.html.HtmlElement] = []
    for cell in row:
        if cell.tag not in ("td", "th"):
            continue
        try:
            span = max(1, min(int(cell.get("colspan", "1")), 50))
        except ValueError:
            span = 1
        cells.extend([cell] * span)
    return cells


def _table_caption(table: lxml.html.HtmlElement) -> str | None:
    caption = table.find("caption")
    if caption is not None and _clean(caption.text_content()):
        return _clean(caption.text_content())
    previous = table.getprevious()
    if previous is not None and previous.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "p"):
        text = _clean(previous.text_content())
        if 0 < len(text) <= 120:
            return text
    return None
