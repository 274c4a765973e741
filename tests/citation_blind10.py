"""A tenth blind held-out set for the fact-check gate bench (issue 10, "Measured, not assumed").

Written from the product's spec ("Check figures against the sources newsrooms actually cite")
and from how the UK's ONS, NHS England, Public Health Scotland, Public Health Wales, Transport
Scotland, the Office of Rail and Road, the Department for Transport, the UK Health Security
Agency and the Scottish and Welsh governments publish, how Ireland's CSO, Stats NZ and NIWA,
South Korea's KOSTAT, Bank of Korea, trade and labour ministries and power exchange, Taiwan's
energy and transport ministries, Hong Kong's tourism board and valuation office, Mexico's INEGI
and listed companies, Colombia's DANE and trade ministry, Peru's grid operator and education
ministry, Pakistan's central bank, statistics bureau, weather service and education institute,
Bangladesh's central bank, statistics bureau, education bureau and power board, and Vietnam's
statistics office publish: not from the checker's code and not from the other sets' case
texts. Nobody tunes on it: it exists so the checker's figure is an honest one.

Styles are British ("£1.2bn", "£20,197 million", "per cent", financial years "2024-25"),
Irish euros (€, "€ per month" only in a caption), NZ dollars (NZ$, "$43.29"), Korean won
("KRW 4,210 thousand", "1,952.8tn won", "%p" for percentage points, exports in "US$ 100
million"), Taiwan dollars (NT$), Hong Kong dollars (HK$), Mexican pesos (MXN, "Mex$"),
Colombian pesos (COP) against dollar-denominated exports, Pakistani rupees (PKR, "Rs") and
fiscal years ("FY25", "FY2024-25"), Bangladeshi fiscal years, and Vietnamese dong (VND).
Topics are tourism arrivals, rail punctuality, A&E waiting times, rents, wage growth,
inflation by component, exports by commodity, company quarterly and interim results (net
profit, EBITDA margin), rainfall in millimetres, electricity generation in GWh and TWh,
vaccination coverage, school enrolment and out-of-school children, road deaths, remittances,
borrowing, household credit, GDP and the current account.

Sources are three-line HTML releases, a chart whose figure is only in its <figcaption>, a <dl>
of indicators, HTML tables (merged header cells, units only in a caption or a units row,
totals rows, footnote markers, "n/a", "–" and ".." cells, one transposed with periods as
rows), real multi-page PDF reports made with fpdf2 (page two a foreword, page three key
results, the figure sometimes on a later page or only in a table page), CSV served as text/csv
with a units row and as text/plain under preamble lines, a fixed-width plain-text bulletin, a
JSON answer from a central bank's statistics API, an Atom feed of releases, and long pages
(2,000+ words) where the article's number also appears about something else. Articles are
rough wire copy: figures in headlines, hedges ("nearly", "more than", "just over", "about"),
financial years, shares as words ("nine in ten", "two-fifths", "more than half").

A *planted* case's article gives a figure a careful copy editor would stop: another value,
per cent for percentage points, a scale misread (billion as million, trillion as billion,
US$ 100 million as US$ 10 million), a figure the source gives only for another subject,
region or period (last year's column, the month before, the previous financial year, the
girls' row given as the boys', one board's rate given as the country's, nominal as real), a
figure the source lacks, the wrong unit (MWh for GWh), another currency (pesos for dollars,
dollars for pesos, taka for dollars), a hedge the source does not bear out ("more than 11
million" for 10.4 million) or a rounding too far (7.64 per cent as 7 per cent). A *clean*
case's source is readable and supports the article as a copy editor would accept it:
rounding, notation variants, hedges that hold, spelled-out shares that hold, the right row of
a table with many rows. Unreadable sources (a locked and an image-only PDF, 404 and 500 pages
with HTML and plain-text bodies, an empty 200, a 200 page that only asks for JavaScript, a PNG
and an .xlsx workbook where a report was cited) confirm nothing and so must escalate by
default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind10".
"""

from __future__ import annotations

import csv
import io
import json
import struct
import zipfile
import zlib
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

WALL = b"Please enable JavaScript to continue"


@dataclass(frozen=True)
class Blind10Case(Case):
    """A case of this set: its split is "blind10" whatever its topic number."""

    @property
    def split(self) -> str:
        return "blind10"


# --- the article ------------------------------------------------------------------------------

_MASTHEADS = (
    "The Pennine Courier",
    "Wellington Wire",
    "Han River Herald",
    "Pacific Rim Business Daily",
    "The Andean Ledger",
    "Delta Morning News",
)

# Number-free paragraphs that pad the articles the way wire copy does.
_PADDING = (
    "A spokesperson said the figures would be discussed with partners over the coming weeks "
    "and that a fuller breakdown would follow in due course.",
    "Economists cautioned against reading too much into a single release, noting that the "
    "series is often revised once late returns are in.",
    "Opposition politicians said the numbers showed the government had been too slow to act "
    "and called for a statement to parliament.",
    "Business groups broadly welcomed the figures but warned that high costs and staff "
    "shortages were still weighing on smaller firms.",
    "Unions said their members had yet to feel any improvement and urged ministers to look "
    "again at funding for front-line services.",
    "The agency said its methods follow international guidance and that the detailed tables "
    "are available on its website.",
    "Local officials said they expected the picture to vary widely from one district to "
    "another and promised to publish more detail.",
)


def _article(name: str, title: str, paragraphs: list[str], link_text: str) -> str:
    """An article page; the paragraph holding ``@@`` carries the one link to the source."""
    assert sum("@@" in p for p in paragraphs) == 1, name
    link = f'<a href="/sources/{name}">{link_text}</a>'
    body = "".join(f"<p>{p.replace('@@', link)}</p>" for p in paragraphs)
    start = zlib.crc32(name.encode()) % len(_PADDING)
    pad = "".join(f"<p>{_PADDING[(start + i) % len(_PADDING)]}</p>" for i in range(2))
    masthead = _MASTHEADS[zlib.crc32(title.encode()) % len(_MASTHEADS)]
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title} | {masthead}</title>"
        f"</head><body><header><p class='masthead'>{masthead}</p>"
        f'<nav><a href="/">Home</a> | <a href="/economy">Economy</a> | '
        f'<a href="/world">World</a></nav></header>'
        f"<article><h1>{title}</h1><p class='byline'>By our staff and agencies</p>"
        f"{body}{pad}</article>"
        f"<footer><p>© {masthead}. All rights reserved.</p></footer></body></html>"
    )


@dataclass(frozen=True)
class _Art:
    title: str
    paragraphs: list[str]
    link_text: str


# --- the sources ------------------------------------------------------------------------------


def _html(body: str, title: str = "Release") -> Source:
    page = (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'
    )
    return Source("text/html; charset=utf-8", page.encode())


def _bare(body: str) -> Source:
    """A three-line release: no head, no charset, just the words."""
    return Source("text/html", f"<html><body>\n{body}\n</body></html>".encode())


def _text(body: str) -> Source:
    return Source("text/plain; charset=utf-8", body.encode())


def _csv(rows: list[list[str]], content_type: str, preamble: str = "") -> Source:
    out = io.StringIO()
    out.write(preamble)
    csv.writer(out).writerows(rows)
    return Source(content_type, out.getvalue().encode())


def _pdf(
    title: list[str],
    foreword: list[str],
    key: list[str],
    later: list[list[str]],
    *tables: list[list[str]],
) -> Source:
    pages = [title, ["Foreword", *foreword], ["Key results", *key], *later]
    while len(pages) + len(tables) < 5:
        pages.append(
            [
                "Methodology and quality",
                "Figures are compiled from administrative returns and surveys, and the latest "
                "period is provisional. Totals may not sum because of rounding.",
            ]
        )
    return Source("application/pdf", make_pdf(pages, tables=tables))


# Long pages: a 2,000-word review in which the figures sit among many number-free paragraphs.
_LONG_FILLER = (
    "This section describes the methods used to compile the estimates and the main sources of "
    "administrative and survey data on which they draw.",
    "Users should note that figures for the most recent period are provisional and may be "
    "revised as further returns are received and checked.",
    "Comparisons between periods should be made with care, because changes to definitions and "
    "coverage have affected some of the series over time.",
    "The statistics are produced to the standards set out in the code of practice and are "
    "reviewed by a team independent of the policy area concerned.",
    "Where a sample is small, estimates are subject to wider margins of uncertainty and are "
    "shown in the accompanying tables with a cautionary flag.",
    "Regional breakdowns are available in the supplementary tables, together with longer time "
    "series for readers who wish to examine earlier trends.",
    "We welcome feedback from users on the content, format and relevance of this release, and "
    "on how it might be improved in future editions.",
    "Seasonal adjustment removes the effects of regular calendar patterns so that underlying "
    "movements can be seen more clearly from one period to the next.",
    "The figures are rounded independently, so totals may not always equal the sum of their "
    "component parts in every table that accompanies this release.",
    "Background notes explain the terms used, the quality of the data and how the series "
    "relate to other official statistics on the same subject.",
    "Stakeholders consulted during the review asked for clearer explanations of revisions, and "
    "this edition responds to several of those requests.",
    "Data collection continued throughout the period without major interruption, although "
    "response from some smaller organisations was lower than usual.",
    "Readers interested in the detailed definitions should consult the glossary, which sets "
    "out how each measure is constructed and what it includes.",
    "The next edition is expected to include additional breakdowns that have been requested "
    "by users in local government and the research community.",
    "Quality assurance involved checks against previous periods, comparisons with related "
    "sources and follow-up with suppliers where anomalies appeared.",
    "Changes in the underlying population can influence the headline measures, so rates are "
    "presented alongside counts wherever that is practical.",
)


def _long(title: str, headings: list[str], facts: dict[int, list[str]]) -> Source:
    """A long HTML page: a section per heading, each with three filler paragraphs, and the
    fact paragraphs ``facts[i]`` placed after the filler of section ``i``."""
    parts = [f"<h1>{title}</h1>"]
    n = 0
    for i, heading in enumerate(headings):
        parts.append(f"<h2>{heading}</h2>")
        for _ in range(3):
            sentences = [_LONG_FILLER[(n * 5 + k) % len(_LONG_FILLER)] for k in range(4)]
            parts.append(f"<p>{' '.join(sentences)}</p>")
            n += 1
        parts.extend(f"<p>{fact}</p>" for fact in facts.get(i, []))
    return _html("<main>" + "".join(parts) + "</main>", title)


def _png() -> bytes:
    """A small real PNG: a chart image where a report was cited."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    width, height = 8, 6
    raw = b"".join(b"\x00" + b"\x20\x60\xc0" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _xlsx() -> bytes:
    """A workbook download (a zip) where a report was cited: a sheet of headings only."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
            'org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            "</Types>",
        )
        book.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats'
            '.org/spreadsheetml/2006/main"><sheets><sheet name="Contents" sheetId="1"/></sheets>'
            "</workbook>",
        )
        book.writestr(
            "xl/worksheets/sheet1.xml",
            '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
            '.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
            "Contents</t></is></c></row></sheetData></worksheet>",
        )
    return out.getvalue()


# --- building the set -------------------------------------------------------------------------


class _Builder:
    def __init__(self) -> None:
        self.cases: list[Case] = []
        self.topic = 0

    def pair(self, kind: str, slug: str, source: Source, clean: _Art, planted: _Art) -> None:
        self.topic += 1
        for is_planted, art in ((False, clean), (True, planted)):
            name = f"{slug}-{'planted' if is_planted else 'clean'}"
            html = _article(name, art.title, art.paragraphs, art.link_text)
            self.cases.append(Blind10Case(name, kind, self.topic, is_planted, html, source))

    def planted_only(self, kind: str, slug: str, source: Source, art: _Art) -> None:
        self.topic += 1
        html = _article(slug, art.title, art.paragraphs, art.link_text)
        self.cases.append(Blind10Case(slug, kind, self.topic, True, html, source))

    def unreadable(self, slug: str, source: Source, art: _Art) -> None:
        self.topic += 1
        html = _article(slug, art.title, art.paragraphs, art.link_text)
        self.cases.append(
            Blind10Case(slug, "unreadable", self.topic, False, html, source, readable=False)
        )


def _press_releases(b: _Builder) -> None:
    kind = "press release"
    b.pair(
        kind,
        "ons-overseas-visits",
        _bare(
            "<h1>Overseas travel and tourism: January to June 2025</h1>\n"
            "<p>Overseas residents made an estimated 10.4 million visits to the UK in January to "
            "June 2025, 5% more than in the same period of 2024.</p>\n"
            "<p>They spent £13.2 billion on these visits; UK residents made 43.1 million visits "
            "abroad.</p>"
        ),
        _Art(
            "Overseas visitors spent £13.2bn in UK in first half",
            [
                "Visitors from abroad spent £13.2bn in the UK in the first six months of the "
                "year, according to @@.",
                "Tourism bodies said the recovery in long-haul travel had been slower than hoped "
                "and that visa costs were putting some travellers off.",
            ],
            "figures from the Office for National Statistics",
        ),
        _Art(
            "UK draws more than 11 million overseas visitors in first half",
            [
                "Overseas residents made more than 11 million visits to the UK between January "
                "and June, @@ show.",
                "Tourism bodies said the recovery in long-haul travel had been slower than hoped "
                "and that visa costs were putting some travellers off.",
            ],
            "Office for National Statistics estimates",
        ),
    )
    b.pair(
        kind,
        "statsnz-visitor-arrivals",
        _html(
            "<main><h1>International travel: June 2025</h1>"
            "<p>Overseas visitor arrivals continued to rise in the June year, led by visitors "
            "from Australia and the United States.</p>"
            '<figure><img src="/assets/arrivals-june-2025.png" alt="Line chart of overseas '
            'visitor arrivals, annual totals">'
            "<figcaption>Figure 1: Overseas visitor arrivals, year ended June 2025: 3.37 million, "
            "up 11 percent from the June 2024 year. Source: Stats NZ.</figcaption></figure>"
            "<p>A text alternative for this chart is available on request.</p></main>",
            "International travel: June 2025 | Stats NZ",
        ),
        _Art(
            "Visitor arrivals near 3.4 million as tourism recovers",
            [
                "New Zealand welcomed nearly 3.4 million overseas visitors in the year to June, "
                "@@ shows.",
                "Tourism operators in Queenstown and Rotorua said bookings for the ski season "
                "had been strong.",
            ],
            "Stats NZ's latest international travel release",
        ),
        _Art(
            "Overseas visitor arrivals reach 3.73 million",
            [
                "Overseas visitor arrivals climbed to 3.73 million in the June year, according "
                "to @@.",
                "Tourism operators in Queenstown and Rotorua said bookings for the ski season "
                "had been strong.",
            ],
            "Stats NZ",
        ),
    )
    b.pair(
        kind,
        "moel-wages",
        _html(
            "<h1>Labour Force Survey at Establishments, June 2025</h1>"
            '<dl class="indicators">'
            "<dt>Monthly wage and salary per worker (June)</dt><dd>KRW 4,210 thousand</dd>"
            "<dt>Change on a year earlier, nominal</dt><dd>+3.1%</dd>"
            "<dt>Real wage change (CPI-deflated)</dt><dd>+0.9%</dd>"
            "<dt>Number of employees</dt><dd>20,142 thousand</dd>"
            "</dl>"
            "<p>Figures cover establishments with one or more regular employees. Ministry of "
            "Employment and Labor.</p>",
            "Labour Force Survey at Establishments",
        ),
        _Art(
            "Korean pay rises 3.1% in June",
            [
                "The average monthly wage per worker in South Korea rose 3.1 per cent from a "
                "year earlier to about 4.21 million won in June, according to @@.",
                "Wage talks at several large manufacturers are due to resume next month.",
            ],
            "labour ministry data",
        ),
        _Art(
            "Korean real wages up 3.1% in June",
            [
                "Real wages in South Korea rose 3.1 per cent on a year earlier in June, @@ "
                "showed, as inflation stayed subdued.",
                "Wage talks at several large manufacturers are due to resume next month.",
            ],
            "labour ministry data",
        ),
    )
    b.pair(
        kind,
        "bb-remittances",
        _bare(
            "<h2>Press Release</h2>\n"
            "<p>Inward remittances in June 2025 stood at USD 2.82 billion.</p>\n"
            "<p>Total inward remittances in FY25 were USD 30.33 billion, 26.8 percent higher "
            "than in FY24.</p>"
        ),
        _Art(
            "Remittances top $30bn in 2024-25",
            [
                "Bangladeshis working abroad sent home $30.33bn in the 2024-25 fiscal year, @@ "
                "said.",
                "Bankers credited a crackdown on informal hundi transfers and a more flexible "
                "exchange rate.",
            ],
            "Bangladesh Bank",
        ),
        _Art(
            "Remittances jump in 2024-25",
            [
                "Remittances to Bangladesh grew 28.6 per cent in fiscal 2024-25, @@ said.",
                "Bankers credited a crackdown on informal hundi transfers and a more flexible "
                "exchange rate.",
            ],
            "Bangladesh Bank",
        ),
    )


def _html_tables(b: _Builder) -> None:
    kind = "html table"
    b.pair(
        kind,
        "nhse-ae-september",
        _html(
            "<h1>A&amp;E Attendances and Emergency Admissions, September 2025</h1>"
            "<table><caption>Table 1: A&amp;E attendances by department type, England, "
            "September 2025</caption>"
            '<thead><tr><th rowspan="2">Department type</th><th colspan="2">Attendances</th>'
            '<th rowspan="2">12-hour waits from decision to admit</th></tr>'
            "<tr><th>Total</th><th>% within 4 hours</th></tr></thead><tbody>"
            "<tr><td>Type 1 (major emergency departments)</td><td>1,402,118</td><td>62.3</td>"
            "<td>40,220</td></tr>"
            "<tr><td>Type 2 (single specialty)</td><td>52,301</td><td>93.1</td><td>–</td></tr>"
            "<tr><td>Type 3 (urgent treatment centres, minor injury units)</td><td>806,477</td>"
            "<td>95.2</td><td>–</td></tr>"
            "<tr><td><b>All types</b></td><td><b>2,260,896</b></td><td><b>74.7¹</b></td>"
            "<td><b>40,220</b></td></tr></tbody></table>"
            "<p><small>¹ The operational standard for March 2026 is 78%. – not applicable."
            "</small></p>",
            "A&amp;E Attendances and Emergency Admissions",
        ),
        _Art(
            "Fewer than two in three seen within four hours at major A&amp;Es",
            [
                "Only 62.3 per cent of patients at England's major emergency departments were "
                "seen within four hours in September, @@ show.",
                "Hospital leaders said corridor care had become routine in some trusts.",
            ],
            "NHS England figures",
        ),
        _Art(
            "Three in four seen within four hours at major A&amp;Es",
            [
                "Some 74.7 per cent of patients at major A&amp;E departments in England were "
                "seen within four hours in September, according to @@.",
                "Hospital leaders said corridor care had become routine in some trusts.",
            ],
            "NHS England figures",
        ),
    )
    b.pair(
        kind,
        "cso-rents-q2",
        _html(
            "<h1>Private Rents Q2 2025</h1>"
            "<table><caption>Standardised average rent, new tenancies (€ per month)</caption>"
            '<tr><th rowspan="2">Area</th><th colspan="2">Q2</th>'
            '<th rowspan="2">Annual change %</th></tr>'
            "<tr><th>2024</th><th>2025</th></tr>"
            "<tr><td>Dublin</td><td>2,102</td><td>2,214</td><td>5.3</td></tr>"
            "<tr><td>Cork*</td><td>1,487</td><td>1,602</td><td>7.7</td></tr>"
            "<tr><td>Galway</td><td>1,521</td><td>1,598</td><td>5.1</td></tr>"
            "<tr><td>Limerick</td><td>1,389</td><td>..</td><td>..</td></tr>"
            "<tr><td>Waterford</td><td>1,245</td><td>1,318</td><td>5.9</td></tr>"
            "<tr><td><strong>State</strong></td><td>1,600</td><td>1,701</td><td>6.3</td></tr>"
            "</table><p>* Cork city and county. .. suppressed: fewer than thirty new "
            "tenancies registered. Central Statistics Office.</p>",
            "Private Rents Q2 2025 - CSO",
        ),
        _Art(
            "Cork rents pass €1,600 a month",
            [
                "Average rents for new tenancies in Cork rose to €1,602 a month in the second "
                "quarter, @@ shows.",
                "Letting agents said demand from students and hospital staff far outstripped "
                "the homes on offer.",
            ],
            "the CSO's latest rent figures",
        ),
        _Art(
            "Cork rent hits €1,487 a month",
            [
                "New tenants in Cork are now paying an average of €1,487 a month, @@ shows.",
                "Letting agents said demand from students and hospital staff far outstripped "
                "the homes on offer.",
            ],
            "the CSO's latest rent figures",
        ),
    )
    b.pair(
        kind,
        "motie-exports-items",
        _html(
            "<h1>Exports and imports, September 2025</h1>"
            "<table><caption>Exports by major item, January-September "
            "(Unit: US$ 100 million, %)</caption>"
            "<tr><th>Item</th><th>2024</th><th>2025</th><th>YoY</th></tr>"
            "<tr><td>Semiconductors</td><td>1,042</td><td>1,208</td><td>15.9</td></tr>"
            "<tr><td>Automobiles</td><td>531</td><td>522</td><td>-1.7</td></tr>"
            "<tr><td>Petroleum products</td><td>377</td><td>330</td><td>-12.5</td></tr>"
            "<tr><td>Ships</td><td>178</td><td>231</td><td>29.8</td></tr>"
            "<tr><td>Wireless communication devices</td><td>124</td><td>131</td><td>5.6</td></tr>"
            "<tr><td>Total exports</td><td>5,087</td><td>5,199</td><td>2.2</td></tr>"
            "</table><p>Ministry of Trade, Industry and Energy; customs clearance basis.</p>",
            "Exports and imports",
        ),
        _Art(
            "Chip exports hit $120.8bn as AI demand booms",
            [
                "South Korea's semiconductor exports reached $120.8bn in the first nine months "
                "of the year, up 15.9 per cent, according to @@.",
                "Carmakers have warned that tariffs will weigh on shipments to the United States.",
            ],
            "trade ministry data",
        ),
        _Art(
            "Chip exports hit $12.1bn in nine months",
            [
                "Semiconductor exports reached $12.1bn in the January-September period, @@ show.",
                "Carmakers have warned that tariffs will weigh on shipments to the United States.",
            ],
            "trade ministry data",
        ),
    )
    b.pair(
        kind,
        "inegi-inpc-components",
        _html(
            "<h1>Índice Nacional de Precios al Consumidor (INPC), September 2025</h1>"
            "<table><caption>Annual inflation by component, % (INPC, base second half of July "
            "2018 = 100)</caption>"
            '<tr><th rowspan="2">Period</th><th rowspan="2">Headline</th>'
            '<th colspan="3">Core</th><th colspan="3">Non-core</th></tr>'
            "<tr><th>Total</th><th>Goods</th><th>Services</th><th>Total</th>"
            "<th>Agricultural</th><th>Energy and government tariffs</th></tr>"
            "<tr><td>July 2025</td><td>3.51</td><td>4.23</td><td>3.89</td><td>4.56</td>"
            "<td>1.27</td><td>1.65</td><td>0.83</td></tr>"
            "<tr><td>August 2025</td><td>3.57</td><td>4.23</td><td>3.93</td><td>4.52</td>"
            "<td>1.71</td><td>2.40</td><td>1.02</td></tr>"
            "<tr><td>September 2025</td><td>3.76</td><td>4.28</td><td>3.95</td><td>4.63</td>"
            "<td>2.03</td><td>3.11</td><td>0.87</td></tr></table><p>INEGI.</p>",
            "INPC - INEGI",
        ),
        _Art(
            "Mexican services inflation at 4.6%",
            [
                "Services prices in Mexico rose 4.6 per cent over the year to September, @@ "
                "shows, keeping pressure on the central bank.",
                "Analysts expect Banxico to slow the pace of its rate cuts.",
            ],
            "INEGI's consumer price index",
        ),
        _Art(
            "Mexican core inflation steady in September",
            [
                "Core inflation in Mexico held at 4.23 per cent in September, @@ shows.",
                "Analysts expect Banxico to slow the pace of its rate cuts.",
            ],
            "INEGI's consumer price index",
        ),
    )
    b.pair(
        kind,
        "moea-generation",
        _html(
            "<h1>Electricity generation by energy source, 2024</h1><table>"
            '<tr><th colspan="4">Taiwan power generation, 2024 (Taipower and independent power '
            "producers)</th></tr>"
            "<tr><th>Source</th><th>Generation</th><th>Share</th><th>Change on 2023</th></tr>"
            "<tr><td></td><td>GWh</td><td>%</td><td>%</td></tr>"
            "<tr><td>LNG-fired</td><td>119,764</td><td>42.4</td><td>5.1</td></tr>"
            "<tr><td>Coal-fired</td><td>110,230</td><td>39.0</td><td>-7.6</td></tr>"
            "<tr><td>Renewables²</td><td>32,982</td><td>11.7</td><td>18.4</td></tr>"
            "<tr><td>Nuclear</td><td>12,191</td><td>4.3</td><td>-29.9</td></tr>"
            "<tr><td>Pumped-storage hydro</td><td>4,210</td><td>1.5</td><td>–</td></tr>"
            "<tr><td>Oil-fired</td><td>3,102</td><td>1.1</td><td>n/a</td></tr>"
            "<tr><td>Total</td><td>282,479</td><td>100.0</td><td>0.9</td></tr></table>"
            "<p>² Solar, wind, conventional hydro, geothermal and biomass. Energy "
            "Administration, Ministry of Economic Affairs.</p>",
            "Electricity generation by energy source",
        ),
        _Art(
            "Renewables supply about 33 TWh in Taiwan",
            [
                "Renewable sources generated about 33 terawatt-hours of Taiwan's electricity in "
                "2024, @@ shows.",
                "The government wants renewables to take a far larger share by the end of the "
                "decade.",
            ],
            "the energy administration's generation table",
        ),
        _Art(
            "Taiwan renewables generation rises",
            [
                "Renewables generated 32,982 megawatt-hours of electricity in Taiwan in 2024, "
                "@@ shows.",
                "The government wants renewables to take a far larger share by the end of the "
                "decade.",
            ],
            "the energy administration's generation table",
        ),
    )


def _pdf_reports(b: _Builder) -> None:
    kind = "pdf report"
    b.pair(
        kind,
        "ts-rail-performance",
        _pdf(
            ["Transport Scotland", "Rail performance in Scotland 2024-25", "Annual report"],
            [
                "This report sets out how Scotland's railway performed over the year, the "
                "causes of delay and the steps taken with Network Rail to improve reliability.",
            ],
            [
                "ScotRail's Public Performance Measure (PPM) was 90.1% in 2024-25, down 1.2 "
                "percentage points from 91.3% in 2023-24.",
                "Cancellations and significant lateness (CaSL) affected 3.4% of planned trains.",
            ],
            [
                [
                    "Performance by route",
                    "Performance was weakest on the Highland Main Line, where single track and "
                    "infrastructure faults caused repeated delays in the winter months.",
                ]
            ],
            [
                ["Year", "PPM (%)", "CaSL (%)"],
                ["2022-23", "89.2", "3.9"],
                ["2023-24", "91.3", "3.0"],
                ["2024-25", "90.1", "3.4"],
            ],
        ),
        _Art(
            "ScotRail punctuality slips to 90.1%",
            [
                "ScotRail ran 90.1 per cent of its trains on time in 2024-25, according to @@.",
                "Passenger groups said overcrowding on peak services remained a concern.",
            ],
            "Transport Scotland's annual performance report",
        ),
        _Art(
            "ScotRail punctuality falls 1.2%",
            [
                "ScotRail punctuality fell by 1.2 per cent in 2024-25, @@ shows.",
                "Passenger groups said overcrowding on peak services remained a concern.",
            ],
            "Transport Scotland's annual performance report",
        ),
    )
    b.pair(
        kind,
        "phw-vaccine-uptake",
        _pdf(
            ["Public Health Wales", "Vaccine uptake in children in Wales", "Annual report 2024-25"],
            [
                "Routine childhood immunisation protects children against serious diseases. "
                "This report describes uptake by age two and age five across Wales.",
            ],
            [
                "Coverage of the six-in-one vaccine at two years was 95.1%.",
                "Second-dose MMR coverage at five years was 87.4%, below the 95% target.",
            ],
            [
                [
                    "Uptake by health board",
                    "Uptake varied between health boards, and was lowest in the most deprived "
                    "areas of each board.",
                ]
            ],
            [
                ["Table 2: Uptake by age two years, Wales, 2024-25", "Uptake (%)"],
                ["6-in-1 (three doses)", "95.1"],
                ["PCV booster", "94.0"],
                ["MenB booster", "94.3"],
                ["Hib/MenC", "91.8"],
                ["MMR first dose", "92.2"],
            ],
            [
                ["Table 3: Uptake by age five years, Wales, 2024-25", "Uptake (%)"],
                ["4-in-1 pre-school booster", "88.9"],
                ["MMR first dose", "95.0"],
                ["MMR second dose", "87.4"],
            ],
        ),
        _Art(
            "Nine in ten Welsh toddlers have first MMR jab",
            [
                "More than nine in ten two-year-olds in Wales, 92.2 per cent, had their first "
                "MMR jab in 2024-25, @@ shows.",
                "Health officials urged parents to check their children's records before the "
                "winter.",
            ],
            "a Public Health Wales report",
        ),
        _Art(
            "MMR uptake among Welsh toddlers falls short",
            [
                "Only 87.4 per cent of two-year-olds in Wales had their first MMR dose in "
                "2024-25, according to @@.",
                "Health officials urged parents to check their children's records before the "
                "winter.",
            ],
            "a Public Health Wales report",
        ),
    )
    b.pair(
        kind,
        "sbp-annual-remittances",
        _pdf(
            ["State Bank of Pakistan", "Annual Report FY25", "The State of Pakistan's Economy"],
            [
                "The year saw inflation fall sharply and the external account strengthen, "
                "helped by record inflows from overseas Pakistanis.",
            ],
            [
                "Workers' remittances: USD 38.3 billion in FY25, up 26.6 percent.",
                "The current account recorded a surplus of USD 2.1 billion.",
            ],
            [
                [
                    "External sector",
                    "Inflows from Saudi Arabia were USD 9.34 billion in FY25, followed by the "
                    "United Arab Emirates (USD 7.83 billion), the United Kingdom (USD 5.99 "
                    "billion) and the United States (USD 3.72 billion).",
                    "In rupee terms, remittances were equivalent to about PKR 10.7 trillion.",
                ]
            ],
        ),
        _Art(
            "Saudi-based Pakistanis send home $9.3bn",
            [
                "Pakistanis in Saudi Arabia sent home $9.3bn in the fiscal year to June, more "
                "than from any other country, @@ shows.",
                "Officials said a wider use of formal banking channels had helped.",
            ],
            "the State Bank of Pakistan's annual report",
        ),
        _Art(
            "UAE remittances reach $9.3bn",
            [
                "Remittances from the United Arab Emirates reached $9.3bn in 2024-25, @@ shows.",
                "Officials said a wider use of formal banking channels had helped.",
            ],
            "the State Bank of Pakistan's annual report",
        ),
    )
    b.pair(
        kind,
        "niwa-climate-2024",
        _pdf(
            ["NIWA", "Annual Climate Summary 2024", "New Zealand"],
            [
                "The year began with El Nino conditions that gave way to a neutral pattern by "
                "winter. This summary sets out temperature, rainfall and sunshine.",
            ],
            [
                "Annual rainfall was below normal for much of the North Island and the east of "
                "the South Island.",
                "Milford Sound was again the wettest of the main climate stations.",
            ],
            [
                [
                    "Temperature",
                    "Most of the country was warmer than average, with the warmest anomalies in "
                    "the far north.",
                ]
            ],
            [
                ["Location", "Rainfall (mm)", "% of normal"],
                ["Auckland", "1,013", "88"],
                ["Tauranga", "1,102", "89"],
                ["Wellington", "1,204", "96"],
                ["Hokitika", "2,810", "97"],
                ["Milford Sound", "6,749", "101"],
                ["Christchurch", "512", "84"],
                ["Dunedin", "780", "98"],
            ],
        ),
        _Art(
            "Milford Sound soaked by more than 6,700mm",
            [
                "Milford Sound, the wettest of the country's main climate stations, recorded "
                "more than 6,700mm of rain in 2024, @@ shows.",
                "Farmers in the east said the dry spring had left pasture short.",
            ],
            "NIWA's annual climate summary",
        ),
        _Art(
            "Wellington rainfall hits 1,402mm",
            [
                "Wellington recorded 1,402mm of rain in 2024, @@ shows.",
                "Farmers in the east said the dry spring had left pasture short.",
            ],
            "NIWA's annual climate summary",
        ),
    )


def _texts_and_csv(b: _Builder) -> None:
    kind = "text or csv"
    hk = [
        ["Market", "Jan-Aug 2024", "Jan-Aug 2025", "Change (%)"],
        ["", "persons", "persons", "%"],
        ["Mainland China", "21876540", "24003112", "9.7"],
        ["Taiwan", "569310", "672441", "18.1"],
        ["South Korea", "654102", "771823", "18.0"],
        ["Philippines", "623004", "689335", "10.6"],
        ["United States", "612998", "655420", "6.9"],
        ["Other markets", "2767034", "3323139", "20.1"],
        ["Total", "27102988", "30115270", "11.1"],
    ]
    b.pair(
        kind,
        "hktb-arrivals-csv",
        _csv(
            hk,
            "text/csv; charset=utf-8",
            "Hong Kong Tourism Board - Visitor arrivals by market, January-August\r\n",
        ),
        _Art(
            "Mainland arrivals top 24 million",
            [
                "Arrivals from mainland China topped 24 million in the first eight months of the "
                "year, @@ shows.",
                "Retailers said visitors were spending less per trip than before the pandemic.",
            ],
            "Hong Kong Tourism Board data",
        ),
        _Art(
            "Mainland visitors reach 21.9 million",
            [
                "Mainland visitors to Hong Kong numbered 21.9 million in January to August, @@ "
                "shows.",
                "Retailers said visitors were spending less per trip than before the pandemic.",
            ],
            "Hong Kong Tourism Board data",
        ),
    )
    b.pair(
        kind,
        "dane-exports-plain",
        _csv(
            [
                ["Product group", "Jan-Aug 2025", "Jan-Aug 2024", "Change %"],
                ["Coffee", "3512.4", "2201.8", "59.5"],
                ["Crude oil", "8904.1", "10332.7", "-13.8"],
                ["Coal", "4011.9", "5260.3", "-23.7"],
                ["Cut flowers", "1612.0", "1498.6", "7.6"],
                ["Gold (non-monetary)", "3391.7", "2488.0", "36.3"],
                ["Total", "32870.5", "32102.4", "2.4"],
            ],
            "text/plain; charset=utf-8",
            "DANE - Exportaciones. Exports FOB by main product group, January-August\n"
            "Values in US$ million FOB; provisional\n",
        ),
        _Art(
            "Colombian coffee exports jump to $3.5bn",
            [
                "Colombia's coffee exports jumped to about $3.5bn in the first eight months of "
                "the year, @@ shows, as high world prices offset a smaller harvest.",
                "Growers' groups said the windfall had not reached many small farms.",
            ],
            "DANE's export figures",
        ),
        _Art(
            "Colombian coffee exports jump",
            [
                "Coffee exports brought in COP3.5bn in the first eight months of the year, @@ "
                "shows.",
                "Growers' groups said the windfall had not reached many small farms.",
            ],
            "DANE's export figures",
        ),
    )
    b.pair(
        kind,
        "pmd-monsoon-text",
        _text(
            "PAKISTAN METEOROLOGICAL DEPARTMENT\n"
            "NATIONAL AGROMET CENTRE, ISLAMABAD\n\n"
            "MONSOON 2025: RAINFALL SUMMARY (01 JULY - 30 SEPTEMBER)\n\n"
            "REGION                     ACTUAL(mm)  NORMAL(mm)  DEPARTURE(%)\n"
            "PUNJAB                          402.1       289.3          +39\n"
            "SINDH                           196.4       144.8          +36\n"
            "KHYBER PAKHTUNKHWA              330.2       280.5          +18\n"
            "BALOCHISTAN                      88.7        97.2           -9\n"
            "GILGIT-BALTISTAN                 41.0        62.4          -34\n"
            "AZAD KASHMIR                    612.5       560.1           +9\n"
            "PAKISTAN (AREA-WEIGHTED)        231.8       193.5          +20\n\n"
            "Normal: 1991-2020 average. Provisional, subject to quality control.\n"
        ),
        _Art(
            "Punjab monsoon rain 39% above normal",
            [
                "Punjab received 402mm of rain during this year's monsoon, @@ shows, after "
                "floods swept through several districts.",
                "Relief agencies said thousands of families were still living in camps.",
            ],
            "the Pakistan Meteorological Department's seasonal summary",
        ),
        _Art(
            "Monsoon rain 39% above normal",
            [
                "Monsoon rainfall across Pakistan was 39 per cent above normal this year, @@ "
                "shows.",
                "Relief agencies said thousands of families were still living in camps.",
            ],
            "the Pakistan Meteorological Department's seasonal summary",
        ),
    )
    ecos = {
        "StatisticSearch": {
            "list_total_count": 4,
            "row": [
                {
                    "STAT_CODE": "301Y013",
                    "STAT_NAME": "7.1.1. Balance of payments",
                    "ITEM_CODE1": "000000",
                    "ITEM_NAME1": "Current account",
                    "UNIT_NAME": "Millions of US dollars",
                    "TIME": "202507",
                    "DATA_VALUE": "10780.2",
                },
                {
                    "STAT_CODE": "301Y013",
                    "STAT_NAME": "7.1.1. Balance of payments",
                    "ITEM_CODE1": "000000",
                    "ITEM_NAME1": "Current account",
                    "UNIT_NAME": "Millions of US dollars",
                    "TIME": "202508",
                    "DATA_VALUE": "10150.3",
                },
                {
                    "STAT_CODE": "301Y013",
                    "STAT_NAME": "7.1.1. Balance of payments",
                    "ITEM_CODE1": "100000",
                    "ITEM_NAME1": "Goods",
                    "UNIT_NAME": "Millions of US dollars",
                    "TIME": "202508",
                    "DATA_VALUE": "10521.7",
                },
                {
                    "STAT_CODE": "301Y013",
                    "STAT_NAME": "7.1.1. Balance of payments",
                    "ITEM_CODE1": "200000",
                    "ITEM_NAME1": "Services",
                    "UNIT_NAME": "Millions of US dollars",
                    "TIME": "202508",
                    "DATA_VALUE": "-1604.9",
                },
            ],
        }
    }
    b.pair(
        kind,
        "bok-ecos-current-account",
        Source("application/json", json.dumps(ecos).encode()),
        _Art(
            "Korea's current-account surplus narrows to $10.15bn",
            [
                "South Korea's current-account surplus narrowed to $10.15bn in August, @@ "
                "shows, as the services deficit widened.",
                "Exporters remain wary of the outlook for shipments to the United States.",
            ],
            "Bank of Korea data",
        ),
        _Art(
            "Korea posts $1.02bn current-account surplus",
            [
                "South Korea posted a current-account surplus of $1.02bn in August, @@ shows.",
                "Exporters remain wary of the outlook for shipments to the United States.",
            ],
            "Bank of Korea data",
        ),
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        "<title>Stats NZ: latest releases</title>\n"
        '<link href="https://www.stats.govt.nz/"/>\n'
        "<updated>2025-10-20T10:45:00+13:00</updated>\n"
        "<id>tag:stats.govt.nz,2025:releases</id>\n"
        "<entry><title>Annual inflation at 3.0 percent - Consumers price index: September 2025 "
        "quarter</title><id>tag:stats.govt.nz,2025:cpi-sep25</id>"
        "<updated>2025-10-20T10:45:00+13:00</updated>"
        "<summary>The consumers price index (CPI) increased 3.0 percent in the 12 months to "
        "the September 2025 quarter, following a 2.7 percent increase in the 12 months to the "
        "June 2025 quarter. Electricity prices rose 11.3 percent and local authority rates and "
        "payments 8.8 percent. Actual rentals for housing rose 2.6 percent.</summary></entry>\n"
        "<entry><title>Overseas merchandise trade: September 2025</title>"
        "<id>tag:stats.govt.nz,2025:omt-sep25</id><updated>2025-10-17T10:45:00+13:00</updated>"
        "<summary>Goods exports rose, led by dairy and meat, while imports of vehicles fell."
        "</summary></entry>\n"
        "</feed>\n"
    )
    b.pair(
        kind,
        "statsnz-cpi-atom",
        Source("application/atom+xml", feed.encode()),
        _Art(
            "Council rates up 8.8% in a year",
            [
                "Local council rates rose 8.8 per cent in the year to September, @@ shows, "
                "adding to pressure on household budgets.",
                "Ratepayer groups said councils needed to rein in spending.",
            ],
            "Stats NZ's latest release",
        ),
        _Art(
            "Council rates jump 11.3%",
            [
                "Local council rates jumped 11.3 per cent in the year to September, @@ shows.",
                "Ratepayer groups said councils needed to rein in spending.",
            ],
            "Stats NZ's latest release",
        ),
    )


def _long_pages(b: _Builder) -> None:
    kind = "long page"
    sections = [
        "Introduction",
        "Main findings",
        "Trends over time",
        "Breakdowns",
        "Comparisons",
        "Data sources",
        "Quality and revisions",
        "Related statistics",
    ]
    b.pair(
        kind,
        "dft-road-casualties",
        _long(
            "Reported road casualties Great Britain, annual report: 2024",
            sections,
            {
                1: [
                    "There were 1,602 reported road deaths in Great Britain in 2024, a decrease "
                    "of 1% compared with 2023."
                ],
                3: [
                    "Car occupants accounted for the largest group of fatalities, with 743 "
                    "deaths in 2024. Pedestrian fatalities fell to 408. Motorcyclist "
                    "fatalities were 340 and pedal cyclist fatalities 82; other road users "
                    "accounted for 29 deaths."
                ],
                5: [
                    "Reported fatal collisions numbered 1,519 in 2024, some of them causing "
                    "more than one death."
                ],
            },
        ),
        _Art(
            "Road deaths in Great Britain fall to 1,602",
            [
                "Road deaths in Great Britain fell by 1 per cent to 1,602 in 2024, @@ show.",
                "Road safety charities said progress had stalled for more than a decade.",
            ],
            "Department for Transport figures",
        ),
        _Art(
            "743 pedestrians killed on Britain's roads",
            [
                "Some 743 pedestrians were killed on Britain's roads in 2024, according to @@.",
                "Road safety charities said progress had stalled for more than a decade.",
            ],
            "Department for Transport figures",
        ),
    )
    b.pair(
        kind,
        "nso-vietnam-q3",
        _long(
            "Socio-economic situation in the third quarter and nine months of 2025",
            sections,
            {
                0: [
                    "Gross domestic product in the third quarter of 2025 was estimated to "
                    "increase by 8.23% over the same period last year."
                ],
                2: [
                    "Total retail sales of consumer goods and services in the nine months "
                    "reached VND 5,023.9 trillion, up 9.3% over the same period last year."
                ],
                4: [
                    "In the nine months, electronics, computers and components reached export "
                    "turnover of US$72.6 billion, up 44.5%; phones and components US$40.1 "
                    "billion, down 0.9%; machinery, equipment, tools and spare parts US$39.8 "
                    "billion, up 14.2%; textiles and garments US$29.1 billion, up 7.4%.",
                    "Rice exports reached 7.3 million tonnes, worth US$3.7 billion.",
                ],
                6: [
                    "International visitors to Viet Nam in the nine months were estimated at "
                    "15.4 million arrivals, up 21.5% over the same period last year."
                ],
            },
        ),
        _Art(
            "Vietnam electronics exports surge to $72.6bn",
            [
                "Vietnam's exports of electronics, computers and components surged to $72.6bn "
                "in the first nine months, @@ shows.",
                "Foreign manufacturers have continued to shift assembly lines to the north of "
                "the country.",
            ],
            "the national statistics office's quarterly report",
        ),
        _Art(
            "Vietnam phone exports up 44.5%",
            [
                "Vietnam's phone exports rose 44.5 per cent in the first nine months of the "
                "year, @@ shows.",
                "Foreign manufacturers have continued to shift assembly lines to the north of "
                "the country.",
            ],
            "the national statistics office's quarterly report",
        ),
    )
    b.pair(
        kind,
        "coes-peru-august",
        _long(
            "Monthly operation report of the national interconnected electricity system: "
            "August 2025",
            sections,
            {
                1: [
                    "Electricity generation in the national interconnected system (SEIN) in "
                    "August 2025 reached 5,152 GWh, 3.8% more than in August 2024."
                ],
                3: [
                    "Hydroelectric plants contributed 2,701 GWh (52.4%), natural gas-fired "
                    "thermal plants 1,947 GWh (37.8%), and solar and wind farms 504 GWh (9.8%)."
                ],
                4: ["Maximum demand was 7,802 MW, recorded on 21 August."],
            },
        ),
        _Art(
            "Peru power output rises to 5,152 GWh",
            [
                "Peru generated 5,152 GWh of electricity in August, 3.8 per cent more than a "
                "year earlier, @@ shows.",
                "Mining companies account for a large share of the country's power demand.",
            ],
            "the grid operator's monthly report",
        ),
        _Art(
            "Peru hydro output at 1,947 GWh",
            [
                "Peru's hydroelectric plants generated 1,947 GWh in August, @@ shows.",
                "Mining companies account for a large share of the country's power demand.",
            ],
            "the grid operator's monthly report",
        ),
    )
    b.pair(
        kind,
        "khh-interim-results",
        _long(
            "Kowloon Harbour Holdings Limited: interim results for the six months ended "
            "30 June 2025",
            [
                "Chairman's statement",
                "Financial highlights",
                "Business review",
                "Logistics",
                "Hotels",
                "Outlook",
                "Corporate governance",
                "Other information",
            ],
            {
                1: [
                    "Revenue rose 4.6% to HK$18,402 million. EBITDA was HK$6,113 million, "
                    "giving an EBITDA margin of 33.2%.",
                    "Profit attributable to shareholders rose 8.1% to HK$3,047 million. The "
                    "board declared an interim dividend of HK$0.52 per share.",
                ],
                3: [
                    "The logistics segment's EBITDA margin widened to 36.4%, helped by higher "
                    "utilisation at the Kwai Chung warehouses."
                ],
                4: [
                    "Hotel occupancy rose 8.1 percentage points to 84%, and the segment's "
                    "EBITDA margin was 21.7%."
                ],
            },
        ),
        _Art(
            "Kowloon Harbour profit up 8.1% to HK$3.05bn",
            [
                "Kowloon Harbour Holdings said net profit rose 8.1 per cent to HK$3.05bn in the "
                "first half, @@ show.",
                "The company said it remained cautious about the second half.",
            ],
            "its interim results",
        ),
        _Art(
            "Kowloon Harbour margin widens to 36.4%",
            [
                "Kowloon Harbour Holdings said its group EBITDA margin widened to 36.4 per cent "
                "in the first half, @@ show.",
                "The company said it remained cautious about the second half.",
            ],
            "its interim results",
        ),
    )


def _notation(b: _Builder) -> None:
    kind = "notation"
    b.pair(
        kind,
        "ons-psf-september",
        _bare(
            "<h1>Public sector finances, UK: September 2025</h1>\n"
            "<p>Public sector net borrowing excluding public sector banks (PSNB ex) was £20,197 "
            "million in September 2025, £1,579 million more than in September 2024.</p>\n"
            "<p>Source: Office for National Statistics.</p>"
        ),
        _Art(
            "UK borrowing hits £20.2bn in September",
            [
                "The government borrowed £20.2bn in September, @@ show, piling pressure on the "
                "chancellor ahead of the Budget.",
                "Treasury officials said the public finances would be set out in full next month.",
            ],
            "official figures",
        ),
        _Art(
            "UK borrowing at £2.02bn in September",
            [
                "Public sector net borrowing reached £2.02bn in September, @@ show.",
                "Treasury officials said the public finances would be set out in full next month.",
            ],
            "official figures",
        ),
    )
    b.pair(
        kind,
        "bok-household-credit",
        _bare(
            "<h3>Household credit, 2025 Q2 (preliminary)</h3>\n"
            "<p>Household credit outstanding at the end of the second quarter of 2025 stood at "
            "KRW 1,952.8 trillion, up KRW 24.6 trillion from the end of the previous quarter."
            "</p>\n<p>Bank of Korea, Economic Statistics Department.</p>"
        ),
        _Art(
            "Korean household debt climbs to 1,952.8tn won",
            [
                "South Korean household credit rose to 1,952.8tn won at the end of June, @@ "
                "shows, as buyers rushed back into the Seoul property market.",
                "Regulators have tightened lending rules twice this year.",
            ],
            "Bank of Korea data",
        ),
        _Art(
            "Korean household credit at 1,952.8 billion won",
            [
                "Household credit stood at 1,952.8 billion won at the end of the second "
                "quarter, @@ shows.",
                "Regulators have tightened lending rules twice this year.",
            ],
            "Bank of Korea data",
        ),
    )
    b.pair(
        kind,
        "altiplano-3q25",
        _html(
            "<h1>Grupo Altiplano, S.A.B. de C.V. reports third-quarter 2025 results</h1>"
            "<ul><li>Net sales: MXN 38,214 million (+6.2%)</li>"
            "<li>EBITDA: MXN 7,452 million; EBITDA margin 19.5%</li>"
            "<li>Majority net income: MXN 4,812 million (+11.0%)</li></ul>"
            "<p>Figures in millions of Mexican pesos unless stated otherwise.</p>",
            "3Q25 results - Grupo Altiplano",
        ),
        _Art(
            "Grupo Altiplano profit rises to Mex$4.8bn",
            [
                "Grupo Altiplano's net profit rose 11 per cent to Mex$4.8bn in the third "
                "quarter, @@ shows.",
                "The group said cement demand in the north had held up well.",
            ],
            "its quarterly report",
        ),
        _Art(
            "Grupo Altiplano profit rises to US$4.8bn",
            [
                "Grupo Altiplano's net profit rose to US$4.8bn in the third quarter, @@ shows.",
                "The group said cement demand in the north had held up well.",
            ],
            "its quarterly report",
        ),
    )
    b.pair(
        kind,
        "kostat-employment-rate",
        _html(
            "<h1>Economically Active Population Survey in September 2025</h1>"
            "<p>The employment rate (aged 15-64, OECD comparison basis) was 70.1%, up 0.4%p from "
            "the same month of the previous year.</p>"
            "<p>The unemployment rate was 2.1%, down 0.1%p. The number of employed persons was "
            "29,101 thousand, up 312 thousand.</p><p>Statistics Korea</p>",
            "Economically Active Population Survey",
        ),
        _Art(
            "Korean employment rate rises to 70.1%",
            [
                "South Korea's employment rate for people aged 15 to 64 rose 0.4 percentage "
                "points from a year earlier to 70.1 per cent in September, @@ showed.",
                "Officials said gains were concentrated among older workers.",
            ],
            "Statistics Korea data",
        ),
        _Art(
            "Korean employment rate up 0.4%",
            [
                "The employment rate for 15- to 64-year-olds in South Korea rose 0.4 per cent "
                "on a year earlier in September, @@ showed.",
                "Officials said gains were concentrated among older workers.",
            ],
            "Statistics Korea data",
        ),
    )


def _rounding(b: _Builder) -> None:
    kind = "rounding"
    b.pair(
        kind,
        "bbs-cpi-food",
        _bare(
            "<p>Point-to-point inflation, September 2025: general 8.36%, food 7.64%, non-food "
            "8.98%.</p>\n"
            "<p>August 2025: general 8.29%, food 7.42%, non-food 8.90%.</p>\n"
            "<p>Bangladesh Bureau of Statistics</p>"
        ),
        _Art(
            "Bangladesh food inflation edges up to 7.6%",
            [
                "Food inflation in Bangladesh edged up to 7.6 per cent in September, @@ shows.",
                "Traders blamed higher prices for rice and vegetables after floods.",
            ],
            "the statistics bureau's latest data",
        ),
        _Art(
            "Bangladesh food inflation at 7%",
            [
                "Food inflation in Bangladesh stood at 7 per cent in September, @@ shows.",
                "Traders blamed higher prices for rice and vegetables after floods.",
            ],
            "the statistics bureau's latest data",
        ),
    )
    b.pair(
        kind,
        "statsnz-hourly-earnings",
        _html(
            "<h1>Labour market statistics: September 2025 quarter</h1>"
            "<p>Average ordinary time hourly earnings were $43.29, up 3.9 percent ($1.62) from "
            "the September 2024 quarter.</p>"
            "<p>All figures are in New Zealand dollars. Source: Quarterly Employment Survey.</p>",
            "Labour market statistics | Stats NZ",
        ),
        _Art(
            "Average pay rises to just over NZ$43 an hour",
            [
                "Average ordinary hourly earnings rose to just over NZ$43 in the September "
                "quarter, @@ shows.",
                "Employers said wage pressures were easing as the job market cooled.",
            ],
            "Stats NZ",
        ),
        _Art(
            "Average pay tops NZ$44 an hour",
            [
                "Average ordinary hourly earnings topped NZ$44 in the September quarter, @@ shows.",
                "Employers said wage pressures were easing as the job market cooled.",
            ],
            "Stats NZ",
        ),
    )
    b.pair(
        kind,
        "kpx-generation-2024",
        _html(
            "<h1>Electric power statistics 2024</h1>"
            "<table><caption>Total power generation (GWh)</caption>"
            "<tr><th>2023</th><th>2024</th><th>Change (%)</th></tr>"
            "<tr><td>590,309</td><td>595,597</td><td>0.9</td></tr></table>"
            "<p>Korea Power Exchange. Includes generation for own use.</p>",
            "Electric power statistics",
        ),
        _Art(
            "Korea power generation about 596 TWh",
            [
                "South Korea generated about 596 TWh of electricity in 2024, @@ shows.",
                "Data centres are expected to push demand sharply higher.",
            ],
            "Korea Power Exchange statistics",
        ),
        _Art(
            "Korea power generation tops 600 TWh",
            [
                "South Korea generated more than 600 TWh of electricity in 2024, @@ shows.",
                "Data centres are expected to push demand sharply higher.",
            ],
            "Korea Power Exchange statistics",
        ),
    )
    b.pair(
        kind,
        "nso-vietnam-arrivals",
        _bare(
            "<p>International arrivals to Viet Nam in the first nine months of 2025 reached "
            "15,395,347, up 21.5% year on year.</p>\n"
            "<p>In September 2025 alone, arrivals were 1,385,212.</p>\n"
            "<p>National Statistics Office</p>"
        ),
        _Art(
            "Vietnam welcomes 15.4 million foreign visitors",
            [
                "Vietnam welcomed 15.4 million foreign visitors in the first nine months of the "
                "year, @@ shows.",
                "Visa-free entry for more nationalities has helped the recovery.",
            ],
            "official data",
        ),
        _Art(
            "Vietnam welcomes 16 million foreign visitors",
            [
                "Vietnam welcomed some 16 million foreign visitors in the first nine months of "
                "the year, @@ shows.",
                "Visa-free entry for more nationalities has helped the recovery.",
            ],
            "official data",
        ),
    )


def _other_subject(b: _Builder) -> None:
    kind = "other subject"
    b.pair(
        kind,
        "ons-awe-sectors",
        _html(
            "<h1>Average weekly earnings in Great Britain: October 2025</h1>"
            "<p>Annual growth in employees' average regular earnings (excluding bonuses) was "
            "4.7% in June to August 2025. Annual growth in total earnings was 5.0%.</p>"
            "<p>Annual average regular earnings growth was 6.0% for the public sector and 4.4% "
            "for the private sector.</p>",
            "Average weekly earnings - ONS",
        ),
        _Art(
            "Public sector pay grows 6 per cent",
            [
                "Public sector regular pay grew 6 per cent in the three months to August, @@ show.",
                "The Bank of England is watching pay closely as it weighs further rate cuts.",
            ],
            "ONS figures",
        ),
        _Art(
            "Private sector pay grows 4.7 per cent",
            [
                "Private sector regular pay grew 4.7 per cent in June to August, @@ show.",
                "The Bank of England is watching pay closely as it weighs further rate cuts.",
            ],
            "ONS figures",
        ),
    )
    b.pair(
        kind,
        "phs-ae-weekly",
        _html(
            "<h1>A&amp;E activity and waiting times: week ending 12 October 2025</h1>"
            "<p>66.1% of patients attending A&amp;E in Scotland were seen within four hours "
            "(standard: 95%).</p>"
            "<ul><li>NHS Grampian: 70.4%</li><li>NHS Greater Glasgow and Clyde: 61.9%</li>"
            "<li>NHS Lothian: 58.2%</li><li>NHS Tayside: 78.3%</li>"
            "<li>NHS Highland: 74.0%</li></ul><p>Public Health Scotland</p>",
            "A&amp;E weekly - Public Health Scotland",
        ),
        _Art(
            "Lothian A&amp;E: only 58.2% seen in four hours",
            [
                "In NHS Lothian only 58.2 per cent of A&amp;E patients were seen within four "
                "hours in the week to 12 October, @@ show.",
                "The Scottish Government said extra winter funding was on its way.",
            ],
            "Public Health Scotland figures",
        ),
        _Art(
            "Scotland A&amp;E: 70.4% seen in four hours",
            [
                "Across Scotland, 70.4 per cent of A&amp;E patients were seen within four hours "
                "in the week to 12 October, @@ show.",
                "The Scottish Government said extra winter funding was on its way.",
            ],
            "Public Health Scotland figures",
        ),
    )
    b.pair(
        kind,
        "pie-out-of-school",
        _html(
            "<h1>Pakistan Education Statistics 2023-24: highlights</h1>"
            "<p>An estimated 25.37 million children aged 5-16 were out of school, 36% of the "
            "age group.</p>"
            "<p>Of these, 13.21 million were girls and 12.16 million boys.</p>"
            "<p>Pakistan Institute of Education</p>",
            "Pakistan Education Statistics",
        ),
        _Art(
            "13.2 million Pakistani girls out of school",
            [
                "Some 13.2 million girls in Pakistan are out of school, @@ shows.",
                "Campaigners said distance to school and early marriage kept many girls at home.",
            ],
            "the Pakistan Institute of Education",
        ),
        _Art(
            "12.2 million Pakistani girls out of school",
            [
                "About 12.2 million girls in Pakistan are not in school, @@ shows.",
                "Campaigners said distance to school and early marriage kept many girls at home.",
            ],
            "the Pakistan Institute of Education",
        ),
    )
    b.pair(
        kind,
        "mincit-visitors-2024",
        _html(
            "<h1>Non-resident visitors to Colombia, 2024</h1><table>"
            "<tr><th>Category</th><th>Visitors</th></tr>"
            "<tr><td>Foreign non-residents</td><td>4,472,880</td></tr>"
            "<tr><td>Colombians resident abroad</td><td>1,582,115</td></tr>"
            "<tr><td>International cruise passengers</td><td>648,130</td></tr>"
            "<tr><td>Total</td><td>6,703,125</td></tr></table>"
            "<p>Ministry of Commerce, Industry and Tourism, with Migración Colombia data.</p>",
            "Visitors - MinCIT",
        ),
        _Art(
            "Nearly 4.5 million foreign visitors came to Colombia",
            [
                "Nearly 4.5 million foreign visitors came to Colombia in 2024, @@ shows.",
                "Cartagena and Medellín remain the most popular destinations.",
            ],
            "trade ministry data",
        ),
        _Art(
            "Colombia receives 1.58 million cruise passengers",
            [
                "Colombia received 1.58 million cruise passengers in 2024, @@ shows.",
                "Cartagena and Medellín remain the most popular destinations.",
            ],
            "trade ministry data",
        ),
    )


def _two_periods(b: _Builder) -> None:
    kind = "two periods"
    b.pair(
        kind,
        "orr-punctuality-q2",
        _html(
            "<h1>Passenger rail performance: July to September 2025</h1>"
            "<p>In July to September 2025, 68.9% of recorded station stops in Great Britain "
            "were on time, compared with 67.2% in July to September 2024.</p>"
            "<p>The cancellations score was 3.6% (4.1% a year earlier).</p>"
            "<p>Office of Rail and Road</p>",
            "Passenger rail performance - ORR",
        ),
        _Art(
            "Nearly 69% of train stops on time",
            [
                "Nearly 69 per cent of train stops in Britain were on time in July to "
                "September, @@ show.",
                "Operators blamed trespass and overhead line faults for the worst delays.",
            ],
            "regulator figures",
        ),
        _Art(
            "Only 67.2% of train stops on time",
            [
                "Just 67.2 per cent of station stops were on time in the latest quarter, @@ show.",
                "Operators blamed trespass and overhead line faults for the worst delays.",
            ],
            "regulator figures",
        ),
    )
    b.pair(
        kind,
        "bok-gdp-advance",
        _html(
            "<h1>Real gross domestic product: 3rd quarter 2025 (advance estimate)</h1>"
            "<p>Real GDP grew by 1.2% in the third quarter of 2025 compared with the previous "
            "quarter.</p>"
            "<p>Real GDP grew by 0.7% in the second quarter of 2025 (preliminary).</p>"
            "<p>Bank of Korea</p>",
            "GDP advance estimate - Bank of Korea",
        ),
        _Art(
            "Korean economy grows 1.2% in third quarter",
            [
                "South Korea's economy grew 1.2 per cent in the third quarter from the previous "
                "three months, @@ shows.",
                "Consumer spending picked up after the government handed out vouchers.",
            ],
            "the central bank's advance estimate",
        ),
        _Art(
            "Korean economy grows 0.7% in third quarter",
            [
                "South Korea's economy grew 0.7 per cent in the July-September quarter, @@ shows.",
                "Consumer spending picked up after the government handed out vouchers.",
            ],
            "the central bank's advance estimate",
        ),
    )
    b.pair(
        kind,
        "inegi-tourists-august",
        _html(
            "<h1>Encuesta de Viajeros Internacionales (EVI), August 2025</h1>"
            "<table><caption>International tourists and their spending</caption>"
            "<tr><th>Period</th><th>Tourists (millions)</th><th>Spending (US$ million)</th></tr>"
            "<tr><td>July 2025</td><td>4.21</td><td>3,402</td></tr>"
            "<tr><td>August 2025</td><td>3.72</td><td>2,901</td></tr>"
            "<tr><td>August 2024</td><td>3.51</td><td>2,774</td></tr></table><p>INEGI</p>",
            "EVI - INEGI",
        ),
        _Art(
            "Mexico received 3.72 million tourists in August",
            [
                "Mexico received 3.72 million international tourists in August, @@ shows.",
                "Hotel groups in Cancún said bookings from the United States had slowed.",
            ],
            "INEGI's travellers survey",
        ),
        _Art(
            "Mexico received 4.21 million tourists in August",
            [
                "Mexico received 4.21 million international tourists in August, @@ shows.",
                "Hotel groups in Cancún said bookings from the United States had slowed.",
            ],
            "INEGI's travellers survey",
        ),
    )
    b.pair(
        kind,
        "pbs-gdp-fy25",
        _html(
            "<h1>National Accounts Committee: provisional estimates for FY2024-25</h1>"
            "<p>Provisional GDP growth for FY2024-25 is estimated at 2.68 percent.</p>"
            "<p>Growth for FY2023-24 has been revised to 2.51 percent from 2.38 percent.</p>"
            "<p>Pakistan Bureau of Statistics</p>",
            "National Accounts - PBS",
        ),
        _Art(
            "Pakistan economy grew about 2.7% in 2024-25",
            [
                "Pakistan's economy grew about 2.7 per cent in the 2024-25 fiscal year, @@ shows.",
                "The IMF has urged the government to widen the tax base.",
            ],
            "the statistics bureau's provisional estimate",
        ),
        _Art(
            "Pakistan economy grew 2.51% in 2024-25",
            [
                "Pakistan's economy grew 2.51 per cent in 2024-25, @@ shows.",
                "The IMF has urged the government to widen the tax base.",
            ],
            "the statistics bureau's provisional estimate",
        ),
    )


def _figure_absent(b: _Builder) -> None:
    kind = "figure absent"
    b.planted_only(
        kind,
        "rvd-rents-absent",
        _bare(
            "<p>Private domestic rental index, September 2025 (provisional): 180.2 "
            "(1999 = 100).</p>\n"
            "<p>Up 0.4% month on month and 3.6% year on year.</p>\n"
            "<p>Rating and Valuation Department</p>"
        ),
        _Art(
            "Small-flat rents up 5.2%",
            [
                "Rents for small flats under 40 square metres rose 5.2 per cent over the year, "
                "@@ shows.",
                "Agents said mainland students and professionals were driving demand.",
            ],
            "the Rating and Valuation Department",
        ),
    )
    b.planted_only(
        kind,
        "welsh-nhs-absent",
        _html(
            "<h1>NHS activity and performance summary: August and September 2025</h1>"
            "<p>In September, 67.2% of patients spent less than four hours in all emergency "
            "departments.</p><p>10,411 patients waited 12 hours or more.</p>"
            "<p>The median time from arrival to triage was 18 minutes.</p>"
            "<p>Welsh Government</p>",
            "NHS activity and performance summary",
        ),
        _Art(
            "Half of red calls reached in eight minutes",
            [
                "Only 51.3 per cent of red calls got an ambulance within eight minutes in "
                "September, @@ shows.",
                "The Welsh Government said ambulance handover delays were improving.",
            ],
            "Welsh Government figures",
        ),
    )
    b.planted_only(
        kind,
        "minedu-enrolment-absent",
        _html(
            "<h1>Basic education enrolment 2025</h1>"
            "<p>Enrolment in basic education in 2025 reached 8.1 million students: 6.3 million "
            "in public and 1.8 million in private institutions.</p>"
            "<p>Ministry of Education of Peru, ESCALE.</p>",
            "ESCALE - MINEDU",
        ),
        _Art(
            "410,000 pupils switch to public schools",
            [
                "About 410,000 pupils in Peru moved from private to public schools this year, "
                "@@ shows.",
                "Parents said rising fees had left them with little choice.",
            ],
            "education ministry data",
        ),
    )
    b.planted_only(
        kind,
        "bpdb-generation-absent",
        _bare(
            "<p>Highest generation: 16,477 MW on 30 April 2024.</p>\n"
            "<p>Installed capacity (grid): 27,791 MW.</p>\n"
            "<p>Bangladesh Power Development Board</p>"
        ),
        _Art(
            "Bangladesh generated 98.3 TWh in 2024-25",
            [
                "Bangladesh generated 98.3 TWh of electricity in fiscal 2024-25, @@ shows.",
                "Load-shedding returned to rural areas during the summer heat.",
            ],
            "the Power Development Board",
        ),
    )


def _spelled_out(b: _Builder) -> None:
    kind = "spelled out"
    b.pair(
        kind,
        "ukhsa-cover-mmr",
        _html(
            "<h1>Childhood vaccination coverage statistics, England, 2024-25</h1>"
            "<p>MMR1 coverage at 24 months in England was 88.9% in 2024-25 (89.0% in "
            "2023-24).</p><p>MMR2 coverage at 5 years was 83.7%.</p>"
            "<p>UK Health Security Agency and NHS England</p>",
            "Childhood vaccination coverage",
        ),
        _Art(
            "Nearly nine in ten toddlers have first MMR jab",
            [
                "Nearly nine in ten two-year-olds in England had their first MMR jab in "
                "2024-25, @@ shows.",
                "Doctors warned that measles outbreaks were becoming more frequent.",
            ],
            "official data",
        ),
        _Art(
            "More than nine in ten toddlers have first MMR jab",
            [
                "More than nine in ten two-year-olds in England had their first MMR jab in "
                "2024-25, @@ shows.",
                "Doctors warned that measles outbreaks were becoming more frequent.",
            ],
            "official data",
        ),
    )
    b.pair(
        kind,
        "cso-rent-burden",
        _html(
            "<h1>Survey on Income and Living Conditions 2024: housing costs</h1>"
            "<p>Private renters spent on average 38.9% of their disposable income on rent in "
            "2024.</p><p>Owners with a mortgage spent 11.2% of disposable income on mortgage "
            "payments.</p><p>Central Statistics Office</p>",
            "SILC 2024 - CSO",
        ),
        _Art(
            "Renters spend nearly two-fifths of income on rent",
            [
                "Private renters in Ireland spend nearly two-fifths of their disposable income "
                "on rent, @@ shows.",
                "Housing charities said the figures showed the need for more social homes.",
            ],
            "the CSO",
        ),
        _Art(
            "Renters spend more than two-fifths of income on rent",
            [
                "Private renters in Ireland spend more than two-fifths of their disposable "
                "income on rent, @@ shows.",
                "Housing charities said the figures showed the need for more social homes.",
            ],
            "the CSO",
        ),
    )
    b.pair(
        kind,
        "motc-road-deaths",
        _html(
            "<h1>Road traffic fatalities, 2024</h1>"
            "<p>Road traffic fatalities (deaths within 30 days) in 2024 numbered 2,948, down "
            "198 or 6.3% from 2023.</p><p>Ministry of Transportation and Communications</p>",
            "Road traffic fatalities - MOTC",
        ),
        _Art(
            "Nearly three thousand die on Taiwan's roads",
            [
                "Nearly three thousand people died on Taiwan's roads in 2024, @@ shows.",
                "Pedestrian groups have long called Taiwan a living hell for walkers.",
            ],
            "transport ministry data",
        ),
        _Art(
            "More than three thousand die on Taiwan's roads",
            [
                "More than three thousand people were killed on Taiwan's roads in 2024, @@ shows.",
                "Pedestrian groups have long called Taiwan a living hell for walkers.",
            ],
            "transport ministry data",
        ),
    )
    b.pair(
        kind,
        "banbeis-secondary-girls",
        _html(
            "<h1>Bangladesh Education Statistics 2024: secondary education</h1>"
            "<p>Girls made up 54.3% of students enrolled in secondary schools.</p>"
            "<p>Bangladesh Bureau of Educational Information and Statistics (BANBEIS)</p>",
            "Bangladesh Education Statistics",
        ),
        _Art(
            "More than half of secondary pupils are girls",
            [
                "More than half of Bangladesh's secondary school pupils are girls, @@ shows.",
                "Stipend programmes for girls have been credited with the change.",
            ],
            "BANBEIS",
        ),
        _Art(
            "Three in five secondary pupils are girls",
            [
                "Nearly three in five secondary pupils in Bangladesh are girls, @@ shows.",
                "Stipend programmes for girls have been credited with the change.",
            ],
            "BANBEIS",
        ),
    )


def _unreadable(b: _Builder) -> None:
    b.unreadable(
        "bok-annual-report-locked",
        Source(
            "application/pdf",
            make_pdf(
                [
                    ["Bank of Korea", "Annual Report 2024"],
                    ["Foreword", "The year was marked by a slowing of inflation."],
                    ["Key results", "Foreign reserves ended the year at USD 415.6 billion."],
                ],
                password="bok2024",
            ),
        ),
        _Art(
            "Korea's reserves end 2024 at $415.6bn",
            [
                "South Korea's foreign reserves ended 2024 at $415.6bn, according to @@.",
                "The won weakened sharply in the final weeks of the year.",
            ],
            "the Bank of Korea's annual report",
        ),
    )
    b.unreadable(
        "inei-poverty-scanned",
        Source("application/pdf", blank_pdf(3)),
        _Art(
            "Peru poverty rate at 27.6%",
            [
                "Monetary poverty in Peru affected 27.6 per cent of the population last year, "
                "@@ shows.",
                "The government said social programmes would be expanded.",
            ],
            "an INEI report",
        ),
    )
    b.unreadable(
        "kent-budget-404-text",
        Source("text/plain; charset=utf-8", b"404 Not Found\n", status=404),
        _Art(
            "Kent to spend £1.2bn on adult social care",
            [
                "Kent County Council will spend £1.2bn on adult social care in 2025-26, @@ shows.",
                "Councillors said demand was rising faster than their income.",
            ],
            "the council's budget book",
        ),
    )
    b.unreadable(
        "mof-vietnam-404-html",
        Source(
            "text/html; charset=utf-8",
            b"<html><head><title>404 - Page not found</title></head><body><h1>Page not found"
            b"</h1><p>The page you requested does not exist or has been moved.</p></body></html>",
            status=404,
        ),
        _Art(
            "Vietnam budget revenue reaches VND1,900tn",
            [
                "Vietnam's state budget revenue reached VND1,900 trillion in the first nine "
                "months, @@ shows.",
                "Officials said land-use fees had risen strongly.",
            ],
            "finance ministry figures",
        ),
    )
    b.unreadable(
        "dane-wage-500-text",
        Source("text/plain", b"500 Internal Server Error\n", status=500),
        _Art(
            "Colombian minimum wage to reach COP1,423,500",
            [
                "Colombia's monthly minimum wage will rise to COP1,423,500 next year, @@ shows.",
                "Employers' groups warned that the increase would cost jobs.",
            ],
            "DANE",
        ),
    )
    b.unreadable(
        "fbr-revenue-500-html",
        Source(
            "text/html",
            b"<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body>"
            b"<h1>Internal Server Error</h1><p>The server encountered an unexpected condition."
            b"</p></body></html>",
            status=500,
        ),
        _Art(
            "Sales tax collection reaches Rs1.4trn",
            [
                "Pakistan's sales tax collection reached Rs1.4 trillion in the first quarter, @@ "
                "shows.",
                "Traders have protested against new registration rules.",
            ],
            "Federal Board of Revenue data",
        ),
    )
    b.unreadable(
        "dgbas-earnings-empty",
        Source("text/html; charset=utf-8", b""),
        _Art(
            "Taiwan regular earnings reach NT$46,012",
            [
                "Average monthly regular earnings in Taiwan reached NT$46,012 in August, @@ shows.",
                "Unions said pay was still failing to keep pace with housing costs.",
            ],
            "DGBAS figures",
        ),
    )
    b.unreadable(
        "nhse-rtt-wall",
        _html(
            "<noscript><h1>Please enable JavaScript to continue</h1><p>This site requires "
            "JavaScript to be enabled in your browser.</p></noscript>"
            '<div id="root"></div><script src="/static/app.js"></script>',
            "Loading",
        ),
        _Art(
            "Hospital waiting list at 7.4 million",
            [
                "The waiting list for hospital treatment in England stood at 7.4 million in "
                "August, @@ shows.",
                "Ministers said the list was falling more slowly than hoped.",
            ],
            "NHS England data",
        ),
    )
    b.unreadable(
        "censtatd-retail-png",
        Source("image/png", _png()),
        _Art(
            "Hong Kong retail sales at HK$31.2bn",
            [
                "Hong Kong's retail sales were worth HK$31.2bn in August, @@ shows.",
                "Shopkeepers said residents were spending more across the border.",
            ],
            "the Census and Statistics Department",
        ),
    )
    b.unreadable(
        "cso-tourism-xlsx",
        Source(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _xlsx(),
        ),
        _Art(
            "Overseas visitors spend €2.9bn in Ireland",
            [
                "Overseas visitors spent €2.9bn in Ireland in the third quarter, @@ shows.",
                "Hoteliers said high prices were putting some tourists off.",
            ],
            "CSO tables",
        ),
    )


def blind10_cases() -> list[Case]:
    """The tenth blind set: about half planted, unreadable sources last."""
    b = _Builder()
    _press_releases(b)
    _html_tables(b)
    _pdf_reports(b)
    _texts_and_csv(b)
    _long_pages(b)
    _notation(b)
    _rounding(b)
    _other_subject(b)
    _two_periods(b)
    _figure_absent(b)
    _spelled_out(b)
    _unreadable(b)
    return b.cases
