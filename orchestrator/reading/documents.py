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

import io
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from orchestrator.domain import Article
from orchestrator.errors import NotAnArticle
from orchestrator.reading.data import BLOCK_TAGS, JSON_TYPES, XML_TYPES, json_text, xml_text
from orchestrator.reading.softerror import script_shell, soft_error
from orchestrator.reading.tables import (
    CELL_SEPARATOR,
    PARAGRAPH_END,
    csv_rows,
    csv_within,
    plain_text,
    reflow,
    table_lines,
    unit_note,
    with_text_tables,
)

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

PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
TEXT_TYPES = frozenset({"text/plain"})
CSV_TYPES = frozenset({"text/csv", "application/csv"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
DOCUMENT_TYPES = PDF_TYPES | TEXT_TYPES | CSV_TYPES | HTML_TYPES | JSON_TYPES | XML_TYPES

# Text with fewer letters than this per page is a scan without its text layer.
_MIN_LETTERS_PER_PDF = 20
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button")
_CHROME_TAGS = ("nav", "footer", "header", "aside")


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
    elif content_type in CSV_TYPES or (
        content_type in TEXT_TYPES and csv_within(_decode(data)) is not None
    ):
        # A title line or two before the header ("Tanzania Revenue Authority - monthly
        # revenue collections") is kept as text, not taken for the columns' heads.
        preamble, rows = csv_within(_decode(data)) or ("", _decode(data))
        # A note line there ("Values in US$ million FOB") gives every cell its unit.
        noted = [line for line in preamble.splitlines() if unit_note(line)]
        cells = table_lines(csv_rows(rows), noted[-1] if noted else None)
        title, text = None, "\n".join([*preamble.splitlines(), *cells])
        kind = "csv"
    elif content_type in JSON_TYPES:
        title, text = None, _data_text(json_text(_decode(data)), "JSON")
        kind = "json"
    elif content_type in XML_TYPES:
        title, text = None, _data_text(xml_text(data), "XML")
        kind = "xml"
    elif content_type in TEXT_TYPES:
        title, text = None, plain_text(_decode(data))
        kind = "text"
    else:
        title, text = _html_text(_decode(data))
        kind = "html"
    text = text[: limits.max_chars]
    if not _LETTER.search(text) and not _DIGIT.search(text):
        if kind == "html" and script_shell(data):
            raise UnreadableDocument(
                "That page is an empty shell that shows its content only by running "
                "JavaScript, which copydesk does not do, so there was nothing to check."
            )
        raise UnreadableDocument(f"That {_KIND_WORD[kind]} has no text in it.")
    shown = soft_error(title, text) if kind == "html" else None
    if shown is not None:
        # A 200 answer that is an error page: unreadable, not a source without the figure.
        raise UnreadableDocument(
            f"That page shows an error instead of its content (“{shown}”), so there was "
            "nothing to check."
        )
    return Article(url=url, text=text, title=title, extractor=f"document:{kind}")


def read_pdf_article(data: bytes, url: str, limits: DocumentLimits) -> Article:
    """A pasted link that is a PDF, as an article: its text, titled from its metadata."""
    from orchestrator.reading.extract import MIN_TEXT_CHARS

    title, text = _pdf_text(data, limits)
    if len(text) < MIN_TEXT_CHARS:
        raise UnreadableDocument("That PDF has too little text to be an article.")
    first = text.split("\n", 1)[0]
    if title is None and len(first) <= 120 and not PARAGRAPH_END.search(first):
        title = first  # most reports open with their title; few set it in the metadata
    return Article(url=url, text=text, title=title, extractor="pypdf")


_KIND_WORD = {
    "pdf": "PDF",
    "csv": "CSV file",
    "text": "text file",
    "html": "page",
    "json": "JSON answer",
    "xml": "XML document",
}


def _data_text(text: str | None, what: str) -> str:
    if text is None:
        raise UnreadableDocument(f"That link says it is {what} but is not valid {what}.")
    return text


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
    text = "\n".join(with_text_tables(reflow(lines)))
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
        rows = _grid([row for row in table.iter("tr") if _nearest_table(row) is table])
        lines.extend(table_lines(rows, caption))
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
    block = node.tag in BLOCK_TAGS
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


def _grid(rows: list[lxml.html.HtmlElement]) -> list[list[str]]:
    """The table's rows as a grid of cell texts, each spanned cell repeated where it spans:
    a head "Operating result" over two year columns heads both, and a "Health trust" with
    rowspan=2 stays the first column of the second head row, so "2024" stands over the
    column it heads rather than one to its left."""
    grid: list[list[str]] = []
    below: dict[int, tuple[int, str]] = {}  # column -> (rows still to fill, text)
    for row in rows:
        line: list[str] = []
        cells = [cell for cell in row if cell.tag in ("td", "th")]
        for cell in cells:
            while len(line) in below:
                line.append(_carry(below, len(line)))
            text = _clean(cell.text_content())
            across, down = _span(cell.get("colspan")), _span(cell.get("rowspan"))
            for _ in range(across):
                if down > 1:
                    below[len(line)] = (down - 1, text)
                line.append(text)
        while len(line) in below:
            line.append(_carry(below, len(line)))
        grid.append(line)
    return grid


def _carry(below: dict[int, tuple[int, str]], column: int) -> str:
    left, text = below.pop(column)
    if left > 1:
        below[column] = (left - 1, text)
    return text


def _span(written: str | None) -> int:
    try:
        return max(1, min(int(written or "1"), 50))
    except ValueError:
        return 1


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
