"""A cited source that is data: an agency's JSON answer, an RSS or Atom feed, other XML.

Reporters cite a statistics office's API ("according to IBGE's data API") or its feed of
releases as readily as a page. Such a source has no sentences, but it says what each number
measures in the names around it: `{"series": "real_gdp_qoq_sa", "unit": "percent",
"observations": [{"period": "2026Q3", "value": -0.4}]}` is the table cell
"real gdp qoq sa · 2026Q3 · value (percent) · -0.4". So each number becomes a line like a
table cell's (orchestrator/reading/tables.py), its labels the strings and keys around it and
above it, its unit note in brackets where the data names a unit, which the figure matcher
reads as it reads any cell. Long strings (a feed item's description, a "note") are text.

Pure and synchronous; runs in the extraction worker with the other document readers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from orchestrator.reading.tables import CELL_SEPARATOR, plain_text, table_lines

__all__ = ["BLOCK_TAGS", "JSON_TYPES", "XML_TYPES", "json_text", "xml_text"]

JSON_TYPES = frozenset(
    {"application/json", "text/json", "application/ld+json", "application/vnd.api+json"}
)
XML_TYPES = frozenset(
    {
        "application/xml",
        "text/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
    }
)

# Keys whose string names the unit of the numbers beside them and below them.
_UNIT_KEYS = frozenset(
    {"unit", "units", "unit_of_measure", "unitofmeasure", "uom", "unit_measure", "measure_unit"}
)
_SCALE_KEYS = frozenset({"scale", "multiplier", "unit_mult", "magnitude"})
# Keys that say nothing about what a number measures.
_IGNORED_KEYS = frozenset(
    {"id", "url", "href", "link", "links", "self", "uri", "@id", "@type", "version", "page"}
)
# A string this long, or one that reads as a sentence, is text rather than a label.
_TEXT_CHARS = 80
_SENTENCE = re.compile(r"[.!?](?:\s|$)")
_KEY_SEPARATORS = re.compile(r"[_\-.]+|(?<=[a-z])(?=[A-Z])")
# A key that says its numbers are percentages ("pct_of_annual_estimate", "rate_percent").
_PERCENT_KEY = re.compile(r"(?:^|_)(?:pct|percent|per_cent|percentage)(?:_|$)", re.I)
_MAX_LINES = 20_000
_MAX_DEPTH = 40


def json_text(raw: str) -> str | None:
    """The lines of a JSON document, or None when it is not JSON."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    lines = list(_lines(data, (), None, 0))[:_MAX_LINES]
    return "\n".join(dict.fromkeys(lines))


def _words(key: str) -> str:
    return " ".join(part for part in _KEY_SEPARATORS.split(key) if part)


def _label(value: str) -> str:
    """A label as words: a series code "state_budget_revenue_ytd" reads "state budget
    revenue ytd", which the subject matcher can compare with an article's words."""
    value = value.strip()
    return _words(value) if " " not in value and "_" in value else value


def _number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def _figure_string(value: Any) -> str | None:
    """A number, or a string that is only a figure ("4.82", "-0.4", "1,821,374")."""
    number = _number(value)
    if number is not None:
        return number
    if isinstance(value, str) and re.fullmatch(r"\s*[-+−]?\d[\d,.\s]*%?\s*", value):
        return value.strip()
    return None


def _unit_of(node: Mapping[str, Any], inherited: str | None) -> str | None:
    unit = next(
        (v for k, v in node.items() if k.lower() in _UNIT_KEYS and isinstance(v, str) and v), None
    )
    scale = next(
        (v for k, v in node.items() if k.lower() in _SCALE_KEYS and isinstance(v, str) and v), None
    )
    if unit and scale and scale.lower() not in unit.lower():
        unit = f"{scale} {unit}"
    return unit or scale or inherited


def _cell(labels: Sequence[str], key: str, unit: str | None, value: str) -> str:
    head = key
    # A key that names its own unit ("pct_of_annual_estimate") speaks for its number, not
    # the unit its record gives the others.
    if _PERCENT_KEY.search(key.replace(" ", "_")) and "%" not in value:
        head = f"{key} (%)"
    elif unit and "(" not in key:
        head = f"{key} ({unit})".strip()
    return CELL_SEPARATOR.join(part for part in (*labels, head, value) if part)


def _lines(node: Any, labels: tuple[str, ...], unit: str | None, depth: int) -> Iterator[str]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, Mapping):
        yield from _mapping_lines(node, labels, unit, depth)
    elif isinstance(node, list):
        yield from _list_lines(node, labels, unit, depth)
    elif isinstance(node, str) and _is_text(node):
        yield node.strip()
    else:
        value = _figure_string(node)
        if value is not None and labels:
            yield _cell(labels[:-1], labels[-1], unit, value)


def _is_text(value: str) -> bool:
    return len(value) >= _TEXT_CHARS or bool(_SENTENCE.search(value.strip()))


def _mapping_lines(
    node: Mapping[str, Any], labels: tuple[str, ...], unit: str | None, depth: int
) -> Iterator[str]:
    unit = _unit_of(node, unit)
    own = [
        _label(value)
        for key, value in node.items()
        if isinstance(value, str)
        and value.strip()
        and not _is_text(value)
        and _figure_string(value) is None
        and key.lower() not in _UNIT_KEYS | _SCALE_KEYS | _IGNORED_KEYS
        and not value.startswith(("http://", "https://"))
    ]
    here = (*labels, *own)
    for key, value in node.items():
        if key.lower() in _IGNORED_KEYS:
            continue
        figure = _figure_string(value)
        if figure is not None:
            yield _cell(here, _words(key), unit, figure)
        elif isinstance(value, str):
            if _is_text(value):
                yield value.strip()
        elif isinstance(value, Mapping | list):
            yield from _lines(value, (*here, _words(key)), unit, depth + 1)


def _list_lines(
    node: list[Any], labels: tuple[str, ...], unit: str | None, depth: int
) -> Iterator[str]:
    if node and all(isinstance(row, list) for row in node):
        # Rows of cells, the first one the heads when it is words: a table.
        rows = [[_cell_text(cell) for cell in row] for row in node]
        caption = CELL_SEPARATOR.join(labels) if labels else None
        if unit and caption:
            caption = f"{caption} ({unit})"
        yield from table_lines(rows, caption)
        return
    # A list's own label ("observations", "data") names what its items are; the items
    # carry their own labels, so it only leads.
    for item in node:
        yield from _lines(item, labels, unit, depth + 1)


def _cell_text(cell: Any) -> str:
    if cell is None:
        return ""
    number = _number(cell)
    return number if number is not None else str(cell)


def xml_text(raw: bytes) -> str | None:
    """The lines of an XML document (a feed's items as text, other elements as labelled
    cells), or None when it is not XML."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=False
    )
    try:
        root = etree.fromstring(raw, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    lines: list[str] = []
    _xml_walk(root, (), lines)
    return "\n".join(dict.fromkeys(line for line in lines[:_MAX_LINES] if line))


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


_FEED_ROOTS = frozenset({"rss", "channel", "feed", "RDF"})
_FEED_ITEMS = frozenset({"item", "entry"})
_FEED_SKIPPED = frozenset({"link", "guid", "id", "category", "author", "generator", "image"})


def _xml_walk(node: Any, labels: tuple[str, ...], out: list[str], unit: str | None = None) -> None:
    name = _local(node.tag)
    if not name or name in _FEED_SKIPPED:
        return
    attributes = {_local(key): str(value) for key, value in node.attrib.items()}
    unit = next(
        (v for k, v in attributes.items() if k.lower() in _UNIT_KEYS | _SCALE_KEYS and v), unit
    )
    named = [
        value
        for key, value in attributes.items()
        if value
        and _figure_string(value) is None
        and key.lower() not in _UNIT_KEYS | _SCALE_KEYS | _IGNORED_KEYS
        and not value.startswith(("http://", "https://"))
    ]
    if name in _FEED_ITEMS:
        labels = ()  # an item is a release of its own, apart from the channel's words
    elif name not in _FEED_ROOTS:
        labels = (*labels, _words(name), *named)
    # SDMX and its kin carry observations as attributes: <Obs TIME_PERIOD="2026-Q3"
    # OBS_VALUE="-0.4"/>.
    for key, value in attributes.items():
        figure = _figure_string(value)
        if figure is not None and key.lower() not in _IGNORED_KEYS:
            out.append(_cell(labels, _words(key), unit, figure))
    children = [child for child in node if _local(child.tag)]
    for child in children:
        _xml_walk(child, labels, out, unit)
    text = (node.text or "").strip()
    if children or not text:
        return
    if "<" in text and ">" in text:
        text = _markup_text(text)  # a feed's description is often escaped HTML
    figure = _figure_string(text)
    if figure is not None:
        out.append(_cell(labels[:-1], labels[-1] if labels else _words(name), unit, figure))
    else:
        out.extend(line.strip() for line in plain_text(text).splitlines() if line.strip())


# Elements whose edges end a line, in a source's HTML and in a feed's escaped markup:
# "…age-standardised).</p><p>Rates were highest…" is two sentences, not "standardised).Rates".
BLOCK_TAGS = frozenset(
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


def _markup_text(text: str) -> str:
    import lxml.html

    try:
        fragment = lxml.html.fragment_fromstring(text, create_parent="div")
    except (ValueError, TypeError, lxml.etree.ParserError):
        return text
    for element in fragment.iter():
        if isinstance(element.tag, str) and element.tag in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return str(fragment.text_content())
