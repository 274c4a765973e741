"""An eleventh blind held-out set for the fact-check gate bench (issue 10, "Measured, not assumed").

Written from the product's spec ("Check figures against the sources newsrooms actually cite")
and from how Germany's Destatis and Bundesbank, Statistics Netherlands (CBS) and the Port of
Rotterdam, Belgium's Statbel and its municipal returning offices, Statistics Austria, the Swiss
federal statistics office, finance administration and weather service, Statistics Poland (GUS),
Statistics Canada, US cities and counties (budgets, 311 lines, homicide and crime rates,
transit ridership), US companies' earnings releases, race organisers and football clubs,
drug developers' topline trial reports, airlines, container ports and the US weather service
publish, not from the checker's code and not from the other sets' case texts. Nobody tunes on
it: it exists so the checker's figure is an honest one.

Styles are German sources in German ("214,6 Mrd. €", which English copy writes "214.6 billion
euros") and in English with "EUR ... Mrd", euros in the Netherlands, Belgium and Austria, Swiss
francs ("CHF 6'788", "Fr.", apostrophe thousands), Polish złoty ("zl", "zlotys", PLN, "8 962.14"
with space thousands), Canadian dollars (C$), US dollars ("$1.23 a share", "$1.28bn",
"$1,284,600,000", EPS guidance ranges), race times (2:04:37), vote shares, turnout and seats,
efficacy percentages and participant counts, load factors and ASKs, TEU, rates per 100,000,
°C and °F, snowfall in inches and centimetres. Sources are three-line releases, HTML tables
(merged header cells, units only in a caption or a header row, totals rows, footnote markers,
"n/a", "–" and ".." cells, one transposed with months as rows, one with the newest year
first), real multi-page PDF reports made with fpdf2 (key results on page three, a figure only
in a table page or a later page), CSV served as text/csv and as text/plain under title lines,
a plain-text weather service bulletin, a JSON answer from a city data API, an RSS feed of a
transit agency's releases, a chart whose figure is only in its <figcaption>, a <dl> of
indicators, and long pages (2,000+ words) where the article's number also appears about
something else. Articles are rough wire copy: figures in headlines, hedges ("nearly", "more
than", "about"), fiscal years ("fiscal 2025", "2026-27", "2025/26"), shares as words ("more
than one in four", "about three-quarters", "a dozen"), number-free padding.

A *planted* case's article gives a figure a careful copy editor would stop: another value,
per cent for percentage points, a scale misread (billion as million, millions of francs as
francs), a figure the source gives only for another subject, region or period (last year's
column, the flash estimate, the men's row, the month before, another canton or city), a
figure the source lacks, the wrong unit (centimetres for inches, °F for °C, guests for
overnight stays), another currency (francs as euros), a hedge the source does not bear out
("just under 2 hours 4 minutes" for 2:04:37), a rounding too far. A *clean* case's source is
readable and supports the article as a copy editor would accept it: rounding, notation
variants, hedges that hold, spelled-out shares that hold, the right row of a long table.
Unreadable sources (a password-locked and an image-only PDF, 404 and 500 pages with HTML and
plain-text bodies, an empty 200, a browser-check interstitial served with 200, a PNG where a
report was cited) confirm nothing and so must escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind11".
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

WALL = b"Checking your browser before accessing"


@dataclass(frozen=True)
class Blind11Case(Case):
    """A case of this set: its split is "blind11" whatever its topic number."""

    @property
    def split(self) -> str:
        return "blind11"


# --- the article ------------------------------------------------------------------------------

_PAPERS = (
    "The Rhine-Meuse Wire",
    "Lakeshore Tribune",
    "Alpine Evening Standard",
    "Vistula Business Daily",
    "The Maple Ledger",
    "Metro Desk Daily",
)

# Number-free paragraphs that pad the articles the way wire copy does.
_PADDING = (
    "Economists said the figures were broadly in line with what markets had expected, "
    "although several cautioned that one release was too little to judge a trend.",
    "A spokesperson declined to comment beyond the published figures and said more detail "
    "would follow when the full report is released later in the season.",
    "Opposition politicians seized on the numbers, saying they showed the government had "
    "been too slow to act, while ministers said the direction was encouraging.",
    "Business groups welcomed the data but warned that high costs and a shortage of skilled "
    "workers continued to weigh on smaller firms.",
    "The figures are compiled from surveys and administrative records and can be revised "
    "when late returns come in.",
    "People interviewed in the city centre were divided, with some saying they had noticed a "
    "change and others saying little had improved on their street.",
    "Local officials said they would discuss the results with residents at a series of "
    "public meetings before making any decisions.",
)

# (headline, paragraphs of which one holds "@@" for the link, the link's text)
Story = tuple[str, list[str], str]


def _article(name: str, story: Story) -> str:
    title, paragraphs, link_text = story
    link = f'<a href="/sources/{name}">{link_text}</a>'
    assert sum("@@" in p for p in paragraphs) == 1, name
    body = "".join(f"<p>{p.replace('@@', link)}</p>" for p in paragraphs)
    seed = zlib.crc32(name.encode())
    pad = "".join(f"<p>{_PADDING[(seed + i) % len(_PADDING)]}</p>" for i in range(2))
    paper = _PAPERS[seed % len(_PAPERS)]
    return (
        f"<html><head><title>{title} | {paper}</title></head><body>"
        f'<header><nav><a href="/">{paper}</a> | <a href="/economy">Economy</a> | '
        f'<a href="/local">Local</a></nav></header>'
        f'<article><h1>{title}</h1><p class="byline">By staff and wire reporters</p>'
        f"{body}{pad}</article>"
        f"<footer>© {paper}. All rights reserved.</footer></body></html>"
    )


def _name(slug: str, planted: bool) -> str:
    # A neutral suffix: nothing in a case's address says which side it is on.
    return f"{slug}-{zlib.crc32(f'{slug}/{planted}'.encode()) % 9000 + 1000}"


def _pair(
    kind: str, topic: int, slug: str, source: Source, clean: Story, planted: Story
) -> list[Case]:
    """A clean and a planted case of the same kind and topic, sharing their source."""
    out: list[Case] = []
    for is_planted, story in ((False, clean), (True, planted)):
        name = _name(slug, is_planted)
        out.append(Blind11Case(name, kind, topic, is_planted, _article(name, story), source))
    return out


def _planted_only(kind: str, topic: int, slug: str, source: Source, story: Story) -> Case:
    name = _name(slug, True)
    return Blind11Case(name, kind, topic, True, _article(name, story), source)


def _unreadable(topic: int, slug: str, source: Source, story: Story) -> Case:
    name = _name(slug, False)
    return Blind11Case(
        name, "unreadable", topic, False, _article(name, story), source, readable=False
    )


# --- the sources ------------------------------------------------------------------------------


def _html(body: str, title: str = "Press release", lang: str = "en") -> Source:
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body>{body}</body></html>"
    )
    return Source("text/html; charset=utf-8", page.encode())


def _text(body: str, content_type: str = "text/plain; charset=utf-8") -> Source:
    return Source(content_type, body.encode())


def _pdf(
    title: list[str],
    foreword: list[str],
    key: list[str],
    later: list[list[str]],
    *tables: list[list[str]],
) -> Source:
    """A report: title page, "Foreword" on page 2, "Key results" on page 3, then the rest."""
    pages = [title, ["Foreword", *foreword], ["Key results", *key], *later]
    while len(pages) + len(tables) < 5:
        pages.append(
            [
                "Methodology",
                "Figures are compiled from administrative returns and surveys and may be "
                "revised. Totals may differ from the sum of their parts because of rounding.",
            ]
        )
    return Source("application/pdf", make_pdf(pages, tables=tables))


_LONG_FILLER = (
    "This section sets out how the year unfolded and what the people responsible expect to "
    "change over the coming period.",
    "The figures are drawn from the same records as in earlier editions, so that readers can "
    "compare like with like from one year to the next.",
    "Where definitions have changed, the text says so, and earlier results have been revised "
    "to follow the new approach wherever that was possible.",
    "Readers should bear in mind that a single year can be unusual, and that a longer run of "
    "results gives a better sense of the underlying direction.",
    "Staff across every team contributed to the work described here, often at short notice and "
    "under considerable pressure from outside events.",
    "Partners in neighbouring authorities shared their experience generously, and several of "
    "the improvements described below began as their suggestions.",
    "The review also records what did not go to plan, because lessons are more often found in "
    "the difficult months than in the easy ones.",
    "Comments from the public were collected throughout the year and have been summarised in "
    "the annex, together with the responses that were given.",
    "An independent panel looked at a sample of the underlying records and found them to be "
    "complete and consistent with the published tables.",
    "Costs were monitored monthly against the plan, and any variance large enough to matter "
    "was reported to the oversight committee at its next meeting.",
    "Several long-standing projects reached completion, while others were paused so that money "
    "and staff could be moved to more urgent work.",
    "The weather, the wider economy and changes in national policy all affected the results, "
    "sometimes in ways that pulled in opposite directions.",
    "Much of the data is now published in machine-readable form, and the accompanying tables "
    "can be downloaded from the statistics pages.",
    "Comparisons with other places should be made with care, because practices for recording "
    "and counting differ and are not always documented.",
    "The next edition will follow the same structure, with a few additional measures that users "
    "have asked for over the past year.",
    "Questions about the contents of this review may be sent to the contact address given on "
    "the back page, and will be answered in writing.",
    "Throughout the review, the emphasis is on explaining why results moved as they did, rather "
    "than simply listing what was measured.",
    "Some measures are estimated from samples, and the margin of error around them is set out "
    "in the technical notes at the end of the document.",
    "The board discussed a draft of this review in the autumn and asked for several sections "
    "to be expanded, which has been done.",
    "Feedback from local groups was especially helpful in shaping the priorities for the years "
    "ahead, and their contributions are gratefully acknowledged.",
)
_LONG_HEADINGS = (
    "Overview",
    "Context",
    "Performance",
    "Finances",
    "People",
    "Partnerships",
    "Risks",
    "Outlook",
    "Method",
    "Annex notes",
)


def _long(title: str, facts: list[str], seed: int) -> Source:
    """A 2,000-word page: the fact paragraphs spread among number-free ones."""
    sections = []
    n = len(_LONG_FILLER)
    for i in range(20):
        sentences = " ".join(_LONG_FILLER[(seed + i * 3 + j) % n] for j in range(5))
        block = f"<p>{sentences}</p>"
        if i % 2 == 0:
            block = f"<h2>{_LONG_HEADINGS[(i // 2) % len(_LONG_HEADINGS)]}</h2>" + block
        sections.append(block)
    # Facts go in at spread-out places, the first one well down the page.
    step = max(1, len(sections) // (len(facts) + 1))
    for k, fact in enumerate(facts):
        sections.insert(step * (k + 1) + k, f"<p>{fact}</p>")
    return _html(f"<h1>{title}</h1>{''.join(sections)}", title)


def _png() -> bytes:
    """A small real PNG (a grey chart-sized rectangle), where a report was cited."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    width, height = 64, 32
    raw = b"".join(b"\x00" + b"\x99" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


# --- press releases ---------------------------------------------------------------------------


def _press_releases() -> list[Case]:
    kind = "press release"
    cases: list[Case] = []
    cases += _pair(
        kind,
        1,
        "de-exports",
        _html(
            "<h1>German exports in March 2026: +1.9% on February 2026</h1>"
            "<p>Press release No. 171 of 8 May 2026</p>"
            "<p>WIESBADEN – German exports increased by 1.9% in March 2026 on February 2026 "
            "after calendar and seasonal adjustment, while imports rose by 0.7%, the Federal "
            "Statistical Office (Destatis) reports. Exports were worth EUR 134.8 billion and "
            "imports EUR 113.6 billion, leaving a foreign trade balance of EUR 21.2 "
            "billion.</p>",
            "Destatis – Press release",
        ),
        (
            "German exports jump almost 2% in March",
            [
                "BERLIN — German exports rose 1.9 per cent in March from the previous month to "
                "nearly 135 billion euros, @@ said on Friday.",
                "Imports grew more slowly, leaving a trade surplus of about 21 billion euros.",
            ],
            "the federal statistics office",
        ),
        (
            "German exports climb as demand from Asia picks up",
            [
                "BERLIN — German exporters shipped goods worth 143.8 billion euros abroad in "
                "March, @@ said on Friday, an increase on February.",
                "Imports also rose, though by less than exports.",
            ],
            "Destatis",
        ),
    )
    cases += _pair(
        kind,
        2,
        "nl-jobless",
        _html(
            "<h1>Unemployment slightly up in April</h1>"
            "<p>In April 2026, 392 thousand people were unemployed, 3.9 percent of the labour "
            "force, Statistics Netherlands (CBS) reports. In March this was 3.8 percent.</p>"
            "<p>Seasonally adjusted figures. Source: CBS Labour Force Survey. 15-05-2026</p>",
            "CBS",
        ),
        (
            "Dutch jobless rate edges up to 3.9%",
            [
                "THE HAGUE — Unemployment in the Netherlands rose to 3.9 per cent of the labour "
                "force in April from 3.8 per cent in March, @@ said on Thursday.",
                "Some 392,000 people were looking for work.",
            ],
            "Statistics Netherlands",
        ),
        (
            "More Dutch people out of work in April",
            [
                "THE HAGUE — The number of unemployed people in the Netherlands rose to 329,000 "
                "in April, @@ said on Thursday.",
                "The agency said the labour market remained tight by historical standards.",
            ],
            "Statistics Netherlands (CBS)",
        ),
    )
    cases += _pair(
        kind,
        3,
        "us-harlow-q1",
        _html(
            "<h1>Harlow Instruments Reports First-Quarter 2026 Results; Raises Full-Year "
            "Outlook</h1>"
            "<p>CLEVELAND, April 28, 2026 -- Harlow Instruments Inc. (NYSE: HRLW) today "
            "reported first-quarter revenue of $2.87 billion, up 6% from a year earlier. GAAP "
            "diluted earnings per share were $1.23, compared with $1.02 in the first quarter "
            "of 2025; adjusted EPS was $1.41.</p>"
            "<p>The company now expects full-year 2026 adjusted EPS of $5.60 to $5.80, up from "
            "its prior range of $5.40 to $5.65.</p>",
            "Harlow Instruments – Investor news",
        ),
        (
            "Harlow earns $1.23 a share, lifts outlook",
            [
                "Harlow Instruments earned $1.23 a share in the first quarter, up from $1.02 a "
                "year earlier, @@ said on Tuesday.",
                "Revenue rose 6% to $2.87bn.",
            ],
            "the company",
        ),
        (
            "Harlow raises 2026 forecast after strong quarter",
            [
                "Harlow Instruments now expects adjusted earnings of $5.80 to $6.00 a share "
                "this year, @@ said on Tuesday, after sales of test equipment beat forecasts.",
                "Shares rose in early trading.",
            ],
            "the company",
        ),
    )
    cases += _pair(
        kind,
        4,
        "ca-cpi",
        _html(
            "<h1>Consumer Price Index, April 2026</h1>"
            "<p>Released: 2026-05-19</p>"
            "<p>The Consumer Price Index (CPI) rose 2.4% year over year in April, following a "
            "2.6% gain in March. Excluding gasoline, the CPI rose 2.5%.</p>",
            "The Daily — Statistics Canada",
        ),
        (
            "Canadian inflation cools to 2.4%",
            [
                "OTTAWA — Canada's annual inflation rate slowed to 2.4 per cent in April from "
                "2.6 per cent in March, @@ said on Tuesday.",
                "Excluding gasoline, prices rose 2.5 per cent.",
            ],
            "Statistics Canada",
        ),
        (
            "Canadian inflation eases in April",
            [
                "OTTAWA — Consumer prices rose 2.2 per cent in the year to April, @@ said, a "
                "smaller gain than in March.",
                "The Bank of Canada meets next month.",
            ],
            "Statistics Canada",
        ),
    )
    cases += _pair(
        kind,
        5,
        "be-bankruptcies",
        _html(
            "<h1>Bankruptcies: 1,034 in April 2026</h1>"
            "<p>In April 2026, 1,034 enterprises were declared bankrupt in Belgium, 8.2% more "
            "than in April 2025. These bankruptcies led to the loss of 2,391 jobs.</p>"
            "<p>Statbel, the Belgian statistical office – 6 May 2026</p>",
            "Statbel",
        ),
        (
            "Belgian bankruptcies top 1,000 in April",
            [
                "BRUSSELS — More than 1,000 Belgian companies went bankrupt in April, 8.2 per "
                "cent more than a year earlier, @@ said.",
                "The failures cost some 2,400 jobs.",
            ],
            "the statistics office Statbel",
        ),
        (
            "Business failures rise sharply in Belgium",
            [
                "BRUSSELS — Bankruptcies in Belgium rose 12.8 per cent in April from a year "
                "earlier, @@ said, with hospitality and construction hardest hit.",
            ],
            "Statbel",
        ),
    )
    return cases


# --- HTML tables ------------------------------------------------------------------------------


def _tables() -> list[Case]:
    kind = "html table"
    cases: list[Case] = []
    cases += _pair(
        kind,
        11,
        "pl-wages",
        _html(
            "<h2>Average monthly gross wages and salaries in the enterprise sector¹</h2>"
            "<table><caption>in PLN; current prices</caption>"
            '<thead><tr><th rowspan="2">Specification</th><th colspan="2">March</th>'
            '<th rowspan="2">March 2025 = 100</th></tr>'
            "<tr><th>2025</th><th>2026</th></tr></thead><tbody>"
            "<tr><td>Total</td><td>8 412.50</td><td>8 962.14</td><td>106.5</td></tr>"
            "<tr><td>Manufacturing</td><td>8 030.11</td><td>8 544.90</td><td>106.4</td></tr>"
            "<tr><td>Construction</td><td>7 702.38</td><td>8 190.06</td><td>106.3</td></tr>"
            "<tr><td>Trade; repair of motor vehicles</td><td>7 911.40</td><td>8 401.77</td>"
            "<td>106.2</td></tr>"
            "<tr><td>Information and communication</td><td>14 102.65</td><td>15 020.33</td>"
            "<td>106.5</td></tr>"
            "<tr><td>Mining and quarrying²</td><td>n/a</td><td>13 877.02</td><td>–</td></tr>"
            "</tbody></table>"
            "<p>¹ Enterprises employing more than 9 persons. ² Data for 2025 not comparable "
            "owing to a change in the survey frame.</p>"
            "<p>Source: Statistics Poland (GUS), Signal information, 22.04.2026</p>",
            "GUS – Wages in the enterprise sector",
        ),
        (
            "Polish corporate wages up 6.5% in March",
            [
                "WARSAW — Average gross wages in Poland's corporate sector rose 6.5 per cent "
                "year on year in March to 8,962 zl a month, @@ showed on Tuesday.",
                "Pay in information and communication firms was the highest of any sector.",
            ],
            "data from Statistics Poland",
        ),
        (
            "Polish pay growth holds up in March",
            [
                "WARSAW — The average monthly gross wage in Poland's enterprise sector was "
                "8,412 zlotys in March, @@ showed on Tuesday.",
                "Economists said real wage growth was supporting consumer spending.",
            ],
            "figures from GUS",
        ),
    )
    cases += _pair(
        kind,
        12,
        "us-311",
        _html(
            "<h1>311 Customer Service Center — Annual Performance Report</h1>"
            "<table><caption>Service requests by category, City of Lakeport, fiscal years "
            "(thousands of requests)</caption>"
            "<tr><th>Category</th><th>FY2024</th><th>FY2025</th><th>Change</th></tr>"
            "<tr><td>Streets &amp; sidewalks</td><td>198.7</td><td>212.4</td><td>+6.9%</td></tr>"
            "<tr><td>Noise complaints</td><td>171.9</td><td>184.2</td><td>+7.2%</td></tr>"
            "<tr><td>Sanitation / missed pickup*</td><td>240.3</td><td>251.0</td>"
            "<td>+4.5%</td></tr>"
            "<tr><td>Abandoned vehicles</td><td>61.5</td><td>58.8</td><td>−4.4%</td></tr>"
            "<tr><td>Information only</td><td>655.0</td><td>712.2</td><td>+8.7%</td></tr>"
            "<tr><th>Total</th><th>1,327.4</th><th>1,418.6</th><th>+6.9%</th></tr>"
            "</table>"
            "<p>* Includes bulk-item requests from January 2025. The fiscal year ends June "
            "30.</p>",
            "City of Lakeport – 311 annual report",
        ),
        (
            "Lakeport's 311 line logs more than 1.4 million requests",
            [
                "Residents made more than 1.4 million requests to the city's 311 line in fiscal "
                "2025, up 6.9 per cent, according to @@.",
                "Noise complaints alone topped 184,000.",
            ],
            "the city's annual 311 report",
        ),
        (
            "Noise complaints surge in Lakeport",
            [
                "Lakeport residents lodged 212,400 noise complaints with the city's 311 line in "
                "fiscal 2025, according to @@.",
                "Council members said enforcement had not kept pace.",
            ],
            "the city's annual 311 report",
        ),
    )
    cases += _pair(
        kind,
        13,
        "at-alpenair",
        _html(
            "<h1>Alpenair Group — traffic figures</h1>"
            "<table><thead><tr><th></th><th>Passengers ('000)</th><th>ASK (m)</th>"
            "<th>RPK (m)</th><th>Load factor (%)</th></tr></thead><tbody>"
            "<tr><td>May 2026</td><td>1,612</td><td>2,714</td><td>2,223</td><td>81.9</td></tr>"
            "<tr><td>June 2026</td><td>1,788</td><td>2,960</td><td>2,518</td><td>85.1</td></tr>"
            "<tr><td>July 2026</td><td>1,901</td><td>3,122</td><td>2,700</td><td>86.5</td></tr>"
            "<tr><td>July, change on prior year</td><td>+4.3%</td><td>+5.0%</td><td>+5.8%</td>"
            "<td>+0.7 pp</td></tr></tbody></table>"
            "<p>Scheduled and charter traffic of all group airlines. Figures are "
            "preliminary.</p>",
            "Alpenair – Investor relations",
        ),
        (
            "Alpenair fills 86.5% of seats in July",
            [
                "VIENNA — Alpenair carried 1.9 million passengers in July and filled 86.5 per "
                "cent of its seats, @@ show.",
                "The airline added capacity on routes to southern Europe.",
            ],
            "the airline's monthly traffic figures",
        ),
        (
            "Summer rush lifts Alpenair",
            [
                "VIENNA — Alpenair's load factor rose to 85.1 per cent in July, @@ show, as "
                "holidaymakers filled flights to the Mediterranean.",
            ],
            "the airline's monthly traffic figures",
        ),
    )
    cases += _pair(
        kind,
        14,
        "be-council-vote",
        _html(
            "<h1>Municipal elections 13 October 2024 — Leuvenbeek — Results</h1>"
            '<table><tr><th rowspan="2">List</th><th colspan="2">Votes</th>'
            '<th colspan="2">Seats</th></tr>'
            "<tr><th>number</th><th>%</th><th>2024</th><th>2018</th></tr>"
            "<tr><td>1. Samen Leuvenbeek</td><td>9,814</td><td>31.2</td><td>11</td><td>9</td>"
            "</tr>"
            "<tr><td>2. Groen+</td><td>6,102</td><td>19.4</td><td>6</td><td>7</td></tr>"
            "<tr><td>3. Open Dorp</td><td>5,488</td><td>17.5</td><td>6</td><td>6</td></tr>"
            "<tr><td>4. Vooruit Leuvenbeek</td><td>4,371</td><td>13.9</td><td>4</td><td>5</td>"
            "</tr>"
            "<tr><td>5. Lijst Burgemeester¹</td><td>3,950</td><td>12.6</td><td>4</td>"
            "<td>–</td></tr>"
            "<tr><td>6. Others</td><td>1,703</td><td>5.4</td><td>0</td><td>4</td></tr>"
            "<tr><th>Valid votes</th><th>31,428</th><th>100.0</th><th>31</th><th>31</th></tr>"
            "</table>"
            "<p>Registered voters: 37,905. Ballots cast: 32,640 (turnout 86.1%). Blank and "
            "invalid: 1,212.</p><p>¹ New list in 2024.</p>",
            "Leuvenbeek – Election results",
        ),
        (
            "Samen Leuvenbeek takes 11 seats",
            [
                "LEUVENBEEK — Samen Leuvenbeek topped the poll with 31.2 per cent of the vote "
                "and 11 of the 31 council seats, @@ show.",
                "Coalition talks are expected to begin next week.",
            ],
            "the official results",
        ),
        (
            "Greens hold firm in Leuvenbeek",
            [
                "LEUVENBEEK — Groen+ kept all seven of its council seats, @@ show, despite a "
                "strong showing by the mayor's new list.",
            ],
            "the official results",
        ),
    )
    cases += _pair(
        kind,
        15,
        "ch-rents",
        _html(
            "<h1>Rents in 2024</h1>"
            "<table><caption>Average rent per month by number of rooms, 2024</caption>"
            "<tr><th>Canton</th><th>All dwellings</th><th>2 rooms</th><th>3 rooms</th>"
            "<th>4 rooms</th></tr>"
            '<tr><td></td><td colspan="4">in CHF</td></tr>'
            "<tr><td>Switzerland</td><td>1'465</td><td>1'207</td><td>1'412</td><td>1'713</td>"
            "</tr>"
            "<tr><td>Zurich</td><td>1'742</td><td>1'431</td><td>1'689</td><td>2'046</td></tr>"
            "<tr><td>Geneva</td><td>1'631</td><td>1'285</td><td>1'598</td><td>2'104</td></tr>"
            "<tr><td>Basel-Stadt</td><td>1'388</td><td>1'139</td><td>1'392</td><td>1'811</td>"
            "</tr>"
            "<tr><td>Uri</td><td>1'103</td><td>..</td><td>1'072</td><td>1'254</td></tr>"
            "</table>"
            "<p>.. = not published (too few observations). Source: FSO, structural "
            "survey.</p>",
            "FSO – Rents",
        ),
        (
            "Zurich rents stay Switzerland's highest",
            [
                "ZURICH — A three-room flat in the canton of Zurich rented for an average of "
                "1,689 francs a month in 2024, @@ show.",
                "Only Geneva came close.",
            ],
            "federal statistics",
        ),
        (
            "Four-room flats in Zurich top 2,100 francs",
            [
                "ZURICH — Four-room flats in the canton of Zurich cost an average of Fr. 2,104 "
                "a month in 2024, @@ show.",
            ],
            "federal statistics",
        ),
    )
    return cases


# --- PDF reports ------------------------------------------------------------------------------


def _pdf_reports() -> list[Case]:
    kind = "pdf report"
    cases: list[Case] = []
    cases += _pair(
        kind,
        21,
        "de-bbk-bop",
        _pdf(
            ["Deutsche Bundesbank", "Balance of payments statistics", "Annual review 2025"],
            [
                "This review presents the main results of Germany's balance of payments for "
                "the past year. It complements the monthly releases and the statistical "
                "supplements, and explains the revisions made since they were published."
            ],
            [
                "Germany's current account surplus amounted to EUR 248.7 Mrd in 2025 "
                "(2024: EUR 238.9 Mrd).",
                "The surplus in goods trade narrowed, while the deficit in services became "
                "smaller and net primary income from abroad increased.",
            ],
            [
                [
                    "Services and income",
                    "Travel expenditure abroad fell slightly. Investment income from foreign "
                    "direct investment rose again, reflecting higher profits of subsidiaries.",
                ]
            ],
            [
                ["Item (EUR Mrd)", "2024", "2025"],
                ["Current account", "238.9", "248.7"],
                ["Goods", "219.6", "214.0"],
                ["Services", "-55.1", "-48.3"],
                ["Primary income", "127.4", "136.9"],
                ["Secondary income", "-53.0", "-53.9"],
            ],
        ),
        (
            "Germany's current account surplus widens",
            [
                "FRANKFURT — Germany's current account surplus rose to 248.7 billion euros in "
                "2025 from 238.9 billion euros a year earlier, @@ shows.",
                "Economists said the surplus would draw renewed criticism from trading partners.",
            ],
            "the Bundesbank's annual balance of payments review",
        ),
        (
            "German goods surplus grows",
            [
                "FRANKFURT — Germany's surplus on trade in goods widened to 219.6 billion euros "
                "in 2025, @@ shows.",
                "The services deficit narrowed at the same time.",
            ],
            "the Bundesbank's annual balance of payments review",
        ),
    )
    cases += _pair(
        kind,
        22,
        "at-tourism",
        _pdf(
            ["Statistics Austria", "Tourism in Austria", "Winter season 2025/26"],
            [
                "Winter tourism remains one of the pillars of the Austrian economy. This "
                "report covers the season from November to April and all types of "
                "commercial and private accommodation."
            ],
            [
                "In the winter season 2025/26, accommodation establishments recorded 75.6 "
                "million overnight stays, 2.1% more than in the previous winter season.",
                "Arrivals rose by 3.4% to 21.3 million.",
            ],
            [
                [
                    "Markets",
                    "Guests from Germany again accounted for the largest share of foreign "
                    "overnight stays, followed by the Netherlands and Switzerland.",
                ]
            ],
            [
                ["", "Winter 2024/25", "Winter 2025/26", "Change in %"],
                ["Arrivals (million)", "20.6", "21.3", "+3.4"],
                ["Overnight stays (million)", "74.0", "75.6", "+2.1"],
                ["of which domestic guests", "19.8", "20.1", "+1.5"],
                ["of which foreign guests", "54.2", "55.5", "+2.4"],
                ["Average length of stay (nights)", "3.6", "3.5", "-"],
            ],
        ),
        (
            "Austria's ski season sets record with 75.6 million nights",
            [
                "VIENNA — Hotels and other lodgings in Austria recorded 75.6 million overnight "
                "stays in the 2025/26 winter season, 2.1 per cent more than a year earlier, "
                "@@ said.",
            ],
            "Statistics Austria",
        ),
        (
            "Record winter for Austrian tourism",
            [
                "VIENNA — Austria welcomed 75.6 million guests in the 2025/26 winter season, "
                "@@ said, as heavy snowfall in January drew skiers to the Alps.",
            ],
            "Statistics Austria",
        ),
    )
    cases += _pair(
        kind,
        23,
        "trial-rsv",
        _pdf(
            ["Nordvale Therapeutics", "NV-214 Phase 3 trial", "Topline results report"],
            [
                "This report summarises the topline efficacy and safety results of the "
                "pivotal trial of our investigational RSV vaccine in older adults. Full "
                "results will be submitted for publication in a peer-reviewed journal."
            ],
            [
                "The trial enrolled 14,212 participants aged 60 years and older at 212 sites "
                "in 11 countries.",
                "Vaccine efficacy against RSV lower respiratory tract disease was 71.4% "
                "(95% CI 63.2 to 77.9) over the first season.",
                "In participants aged 70 years and older, efficacy was 65.1% (95% CI 49.5 to "
                "75.4).",
            ],
            [
                [
                    "Safety",
                    "Serious adverse events were reported in 2.1% of vaccine recipients and "
                    "2.2% of placebo recipients. No safety signal was identified.",
                ]
            ],
            [
                ["Endpoint", "Vaccine (n=7,108)", "Placebo (n=7,104)", "Efficacy, % (95% CI)"],
                ["RSV LRTD, all ages", "22", "77", "71.4 (63.2-77.9)"],
                ["RSV LRTD, aged 70+", "14", "40", "65.1 (49.5-75.4)"],
            ],
        ),
        (
            "RSV shot 71% effective in late-stage trial",
            [
                "Nordvale's vaccine was 71 per cent effective at preventing RSV lung disease "
                "in a trial of more than 14,000 adults aged 60 and over, @@ showed.",
                "The company plans to file for approval later this year.",
            ],
            "the company's topline report",
        ),
        (
            "Nordvale RSV vaccine protects the oldest patients",
            [
                "Among participants aged 70 and older, Nordvale's vaccine was 71.4 per cent "
                "effective at preventing RSV lung disease, @@ showed.",
            ],
            "the company's topline report",
        ),
    )
    cases += _pair(
        kind,
        24,
        "ch-accounts",
        _pdf(
            ["Swiss Confederation", "Federal Finance Administration", "State Accounts 2025"],
            [
                "The state accounts give a complete picture of the Confederation's finances "
                "for the past year. They are submitted to Parliament for approval in the "
                "summer session."
            ],
            [
                "The Confederation closed the year with an ordinary financing result "
                "considerably better than budgeted.",
                "Receipts grew faster than expenditure, mainly owing to withholding tax.",
            ],
            [
                [
                    "Overview",
                    "Ordinary receipts rose to CHF 86.1 billion and ordinary expenditure to CHF "
                    "84.9 billion. The debt brake requirements were met.",
                ]
            ],
            [
                ["CHF million", "Budget 2025", "Accounts 2025", "Accounts 2024"],
                ["Ordinary receipts", "85,467", "86,108", "82,911"],
                ["Ordinary expenditure", "85,875", "84,868", "83,214"],
                ["Ordinary financing result", "-408", "1,240", "-303"],
                ["Extraordinary result", "..", "-562", "-1,128"],
            ],
        ),
        (
            "Swiss federal accounts show 1.2 billion franc surplus",
            [
                "BERN — The Swiss Confederation posted an ordinary surplus of 1.24 billion "
                "francs in 2025 instead of the deficit it had budgeted, @@ show.",
            ],
            "the federal state accounts",
        ),
        (
            "Bern ends 2025 in the black",
            [
                "BERN — The Swiss Confederation posted an ordinary surplus of Fr. 1.24 million "
                "in 2025, @@ show, after a deficit the year before.",
            ],
            "the federal state accounts",
        ),
    )
    return cases


# --- text and CSV -----------------------------------------------------------------------------


def _text_sources() -> list[Case]:
    kind = "text or csv"
    cases: list[Case] = []
    cases += _pair(
        kind,
        31,
        "us-snow-csv",
        _text(
            "station,month,snowfall_in,normal_in,mean_temp_f\n"
            "MINNEAPOLIS-ST PAUL INTL AP MN,2026-01,17.2,12.0,14.9\n"
            "MINNEAPOLIS-ST PAUL INTL AP MN,2026-02,31.4,8.5,12.1\n"
            "DULUTH INTL AP MN,2026-01,22.6,18.9,6.8\n"
            "DULUTH INTL AP MN,2026-02,27.0,12.6,9.4\n"
            "ROCHESTER INTL AP MN,2026-02,M,8.9,13.3\n",
            "text/csv; charset=utf-8",
        ),
        (
            "Twin Cities buried by snowiest February in years",
            [
                "MINNEAPOLIS — The Twin Cities airport recorded 31.4 inches (80 cm) of snow in "
                "February, @@ show, far above the monthly normal.",
            ],
            "National Weather Service station data",
        ),
        (
            "Snow piles up in Minnesota",
            [
                "MINNEAPOLIS — The Twin Cities airport recorded 31.4 centimetres of snow in "
                "February, @@ show, well above normal for the month.",
            ],
            "National Weather Service station data",
        ),
    )
    cases += _pair(
        kind,
        32,
        "ca-lfs",
        _text(
            '"Labour force characteristics by sex, monthly, seasonally adjusted"\n'
            '"Table 14-10-0287-01"\n'
            '"Geography: Canada"\n'
            "\n"
            '"Labour force characteristics","Sex","March 2026","April 2026"\n'
            '"Unemployment rate (percent)","Both sexes","6.8","6.9"\n'
            '"Unemployment rate (percent)","Men+","7.0","7.2"\n'
            '"Unemployment rate (percent)","Women+","6.5","6.5"\n'
            '"Employment (thousands)","Both sexes","21,201.4","21,208.8"\n'
            "\n"
            '"Symbol legend:"\n'
            '"..","not available for a specific reference period"\n'
            '"Source: Statistics Canada, Labour Force Survey"\n'
        ),
        (
            "Canada's jobless rate ticks up to 6.9%",
            [
                "OTTAWA — Canada's unemployment rate rose to 6.9 per cent in April from 6.8 "
                "per cent in March, @@ shows.",
            ],
            "Statistics Canada's labour force table",
        ),
        (
            "Jobless rate for Canadian women climbs",
            [
                "OTTAWA — Unemployment among Canadian women rose to 7.2 per cent in April, "
                "@@ shows.",
            ],
            "Statistics Canada's labour force table",
        ),
    )
    cases += _pair(
        kind,
        33,
        "us-snow-bulletin",
        _text(
            "000\n"
            "NOUS43 KDLH 181212\n"
            "PNSDLH\n"
            "\n"
            "PUBLIC INFORMATION STATEMENT\n"
            "NATIONAL WEATHER SERVICE DULUTH MN\n"
            "612 AM CST WED FEB 18 2026\n"
            "\n"
            "...STORM TOTAL SNOWFALL REPORTS...\n"
            "\n"
            "LOCATION              SNOWFALL    DURATION    REMARKS\n"
            "                      (INCHES)    (HOURS)\n"
            "\n"
            "MINNESOTA\n"
            "DULUTH                  14.5        30        COOP OBSERVER\n"
            "TWO HARBORS             17.8        30        CO-OP OBSERVER\n"
            "CLOQUET                 11.0        28        PUBLIC\n"
            "\n"
            "WISCONSIN\n"
            "SUPERIOR                13.2        30        TRAINED SPOTTER\n"
            "ASHLAND                  9.5        26        PUBLIC\n"
            "\n"
            "OBSERVATIONS ARE COLLECTED FROM A VARIETY OF SOURCES WITH VARYING\n"
            "EQUIPMENT AND EXPOSURES. NOT ALL DATA LISTED ARE CONSIDERED OFFICIAL.\n"
            "\n"
            "$$\n"
        ),
        (
            "North Shore digs out after storm",
            [
                "DULUTH — Two Harbors was buried under nearly 18 inches of snow, the most "
                "anywhere in the region, according to @@.",
            ],
            "the weather service's storm report",
        ),
        (
            "Storm dumps snow across the Northland",
            [
                "DULUTH — Ashland, on the Wisconsin shore, got 11 inches of snow from the "
                "storm, according to @@.",
            ],
            "the weather service's storm report",
        ),
    )
    cases += _pair(
        kind,
        34,
        "eu-ports-csv",
        _text(
            "port,country,quarter,teu_thousand,change_pct\n"
            "Rotterdam,NL,2026Q1,3481,2.2\n"
            "Antwerp-Bruges,BE,2026Q1,3412,1.4\n"
            "Hamburg,DE,2026Q1,1982,-0.8\n"
            "Bremerhaven,DE,2026Q1,1105,3.9\n"
            "Gdansk,PL,2026Q1,562,11.3\n",
            "text/csv",
        ),
        (
            "Antwerp-Bruges closes gap on Rotterdam",
            [
                "ANTWERP — Antwerp-Bruges handled 3.4 million TEU in the first quarter, @@ "
                "show, just behind Rotterdam.",
            ],
            "port throughput data",
        ),
        (
            "Hamburg container volumes grow",
            [
                "HAMBURG — Hamburg's container throughput rose to 2.1 million TEU in the first "
                "quarter, @@ show.",
            ],
            "port throughput data",
        ),
    )
    return cases


# --- long pages -------------------------------------------------------------------------------


def _long_pages() -> list[Case]:
    kind = "long page"
    cases: list[Case] = []
    cases += _pair(
        kind,
        41,
        "us-budget-long",
        _long(
            "City of Riverton — Adopted Budget, Fiscal Year 2026: Budget in Brief",
            [
                "The adopted budget totals $2.61 billion across all funds, of which the General "
                "Fund accounts for $1.04 billion.",
                "Parks and Recreation: the adopted budget provides $48.2 million for Parks and "
                "Recreation, an increase of 3.1% over fiscal year 2025, funding longer pool "
                "hours and two new neighborhood parks.",
                "Library: the Riverton Public Library receives $31.7 million, unchanged from "
                "the prior year, with branch hours maintained.",
                "Capital: the Capital Improvement Program includes $48.2 million in general "
                "obligation bond proceeds for the Eastside transit corridor.",
                "Public Safety: the Police Department's budget is $402.6 million.",
            ],
            7,
        ),
        (
            "Riverton council adopts $2.6bn budget",
            [
                "The city's parks department will get $48.2 million in fiscal 2026, up 3.1 per "
                "cent, under @@.",
                "The overall budget comes to $2.6 billion.",
            ],
            "the adopted budget",
        ),
        (
            "Riverton boosts library funding",
            [
                "The Riverton Public Library will receive $48.2 million in fiscal 2026 under "
                "@@, allowing branches to keep their hours.",
            ],
            "the adopted budget",
        ),
    )
    cases += _pair(
        kind,
        42,
        "sport-club-long",
        _long(
            "SC Zuiderpark — Annual Review of the 2025/26 Season",
            [
                "Average attendance at home league matches was 41,312, the highest in the "
                "club's history; the stadium holds 44,500.",
                "Commercial and sponsorship income reached €23.5 million, helped by the new "
                "shirt partnership.",
                "Transfer income totalled €31.8 million, including the club-record sale of "
                "our captain for a fee of €19.0 million plus add-ons.",
                "The first team finished third in the league and reached the cup semi-final.",
            ],
            3,
        ),
        (
            "Zuiderpark earns 23.5 million euros from sponsors",
            [
                "ROTTERDAM — SC Zuiderpark earned 23.5 million euros from sponsors and "
                "commercial deals last season, @@ shows.",
                "Crowds also set a record.",
            ],
            "the club's annual review",
        ),
        (
            "Zuiderpark banks record fee for captain",
            [
                "ROTTERDAM — SC Zuiderpark sold its captain for a club-record 23.5 million "
                "euros, @@ shows.",
            ],
            "the club's annual review",
        ),
    )
    cases += _pair(
        kind,
        43,
        "ca-homicide-long",
        _long(
            "Juristat: Homicide in Canada, 2025",
            [
                "Police reported 702 homicide victims in 2025, down from 778 in 2024. The "
                "national homicide rate fell 11% to 1.70 homicides per 100,000 population, "
                "the lowest rate since 2016.",
                "Among the provinces, Manitoba reported the highest rate (4.52 per 100,000), "
                "followed by Saskatchewan (3.85).",
                "In Winnipeg, the rate of firearm-related homicides was 1.70 per 100,000.",
                "Just over four in ten homicides were committed with a firearm.",
            ],
            11,
        ),
        (
            "Canada's homicide rate falls to lowest since 2016",
            [
                "OTTAWA — The national homicide rate fell 11 per cent to 1.70 per 100,000 "
                "people in 2025, @@ shows, with 702 victims reported.",
            ],
            "a new Statistics Canada report",
        ),
        (
            "Fewer homicides in Canada",
            [
                "OTTAWA — Police across Canada reported 778 homicide victims in 2025, @@ "
                "shows, fewer than the year before.",
            ],
            "a new Statistics Canada report",
        ),
    )
    cases += _pair(
        kind,
        44,
        "ch-climate-long",
        _long(
            "MeteoSwiss Climate Bulletin: Year 2025",
            [
                "The national average annual temperature was 7.1 °C, 1.3 °C above the "
                "1991–2020 norm, making 2025 the fourth-warmest year since measurements "
                "began in 1864.",
                "Sunshine duration was 1.3% above the norm on the northern side of the Alps.",
                "At Säntis, the maximum snow depth reached 5.1 m on 21 March.",
                "Precipitation was below the norm in most of Ticino.",
            ],
            5,
        ),
        (
            "Switzerland records fourth-warmest year",
            [
                "ZURICH — Switzerland's average temperature last year was 7.1 degrees Celsius, "
                "1.3 degrees above the 1991-2020 norm, @@ shows.",
            ],
            "the national weather service's climate bulletin",
        ),
        (
            "Another hot year for the Alps",
            [
                "ZURICH — Last year was 1.3 degrees Fahrenheit warmer than normal in "
                "Switzerland, @@ shows.",
            ],
            "the national weather service's climate bulletin",
        ),
    )
    return cases


# --- notation ---------------------------------------------------------------------------------


def _notation() -> list[Case]:
    kind = "notation"
    cases: list[Case] = []
    cases += _pair(
        kind,
        51,
        "de-tax-de",
        _html(
            "<h1>Steuereinnahmen im 1. Quartal 2026 gestiegen</h1>"
            "<p>Pressemitteilung Nr. 12 vom 22. April 2026</p>"
            "<p>Die Steuereinnahmen von Bund, Ländern und Gemeinden beliefen sich im 1. "
            "Quartal 2026 auf 214,6 Mrd. €. Das waren 4,8 % mehr als im Vorjahresquartal. Die "
            "Einnahmen aus der Lohnsteuer stiegen um 6,1 % auf 62,3 Mrd. €.</p>",
            "Pressemitteilung",
            lang="de",
        ),
        (
            "German tax take rises 4.8% in first quarter",
            [
                "BERLIN — Tax revenue of Germany's federal government, states and "
                "municipalities rose 4.8 per cent to 214.6 billion euros in the first quarter, "
                "@@ said.",
                "Wage tax receipts climbed 6.1 per cent.",
            ],
            "the government",
        ),
        (
            "German tax receipts rise",
            [
                "BERLIN — Tax revenue of Germany's federal government, states and "
                "municipalities reached 214.6 million euros in the first three months of the "
                "year, @@ said.",
            ],
            "the government",
        ),
    )
    cases += _pair(
        kind,
        52,
        "ch-wages",
        _html(
            "<h1>Swiss Earnings Structure Survey 2024: first results</h1>"
            "<p>Neuchâtel, 21.04.2026 (FSO) – In 2024 the median gross monthly wage for a "
            "full-time job in the private and public sectors combined was CHF 6'788. The "
            "lowest-paid 10% earned less than CHF 4'616 and the best-paid 10% more than CHF "
            "12'349.</p>",
            "FSO – Press release",
        ),
        (
            "Swiss median wage reaches 6,788 francs",
            [
                "BERN — Half of Switzerland's full-time employees earned more than 6,788 "
                "francs a month in 2024, @@ said.",
            ],
            "the Federal Statistical Office",
        ),
        (
            "Swiss pay among Europe's highest",
            [
                "BERN — The median full-time salary in Switzerland was 6,788 euros a month in "
                "2024, @@ said, far above the European average.",
            ],
            "the Federal Statistical Office",
        ),
    )
    cases += _pair(
        kind,
        53,
        "pl-jobless",
        _html(
            "<h1>Registered unemployment, April 2026</h1>"
            "<dl>"
            "<dt>Registered unemployed persons</dt><dd>771.3 thousand</dd>"
            "<dt>Registered unemployment rate</dt><dd>5.1%</dd>"
            "<dt>Change on March 2026</dt><dd>−0.2 percentage points</dd>"
            "<dt>Change on April 2025</dt><dd>+0.1 percentage points</dd>"
            "</dl>"
            "<p>Preliminary data. Statistics Poland, 27.05.2026</p>",
            "GUS – Registered unemployment",
        ),
        (
            "Polish jobless rate dips to 5.1%",
            [
                "WARSAW — Poland's registered unemployment rate fell 0.2 point to 5.1 per cent "
                "in April, @@ showed, with some 771,000 people on the register.",
            ],
            "preliminary data from the statistics office",
        ),
        (
            "Fewer Poles out of work in April",
            [
                "WARSAW — Poland's registered unemployment rate fell 0.2 per cent in April, "
                "@@ showed.",
            ],
            "preliminary data from the statistics office",
        ),
    )
    cases += _pair(
        kind,
        54,
        "us-county-budget",
        _html(
            "<h1>Board of Supervisors adopts FY2026-27 budget</h1>"
            "<p>MARLOW COUNTY, June 17, 2026 — The Board of Supervisors today adopted a "
            "balanced budget of $1,284,600,000 for fiscal year 2026-27, which begins July 1. "
            "The General Fund accounts for $612,300,000 of the total.</p>"
            "<p>Contact: County Executive Office, (555) 014-2290</p>",
            "Marlow County – News",
        ),
        (
            "Marlow County adopts $1.28bn budget",
            [
                "Supervisors approved a $1.28 billion spending plan for fiscal 2026-27, @@ "
                "said, with about $612 million in the general fund.",
            ],
            "the county",
        ),
        (
            "Marlow County supervisors pass budget",
            [
                "Supervisors approved a $128.5 million spending plan for fiscal 2026-27, @@ said.",
            ],
            "the county",
        ),
    )
    return cases


# --- rounding ---------------------------------------------------------------------------------


def _rounding() -> list[Case]:
    kind = "rounding"
    cases: list[Case] = []
    cases += _pair(
        kind,
        61,
        "nl-gdp",
        _html(
            "<h1>Economy grows by 0.46 percent in first quarter</h1>"
            "<p>According to the first estimate by Statistics Netherlands (CBS), gross "
            "domestic product (GDP) grew by 0.46 percent in Q1 2026 relative to the previous "
            "quarter. Compared with the first quarter of 2025, GDP was 1.72 percent larger.</p>"
            "<p>Figures adjusted for seasonal and calendar effects. 15-05-2026</p>",
            "CBS",
        ),
        (
            "Dutch economy grows 0.5% in first quarter",
            [
                "THE HAGUE — The Dutch economy grew 0.5 per cent in the first three months of "
                "the year from the previous quarter, @@ said, and 1.7 per cent from a year "
                "earlier.",
            ],
            "Statistics Netherlands",
        ),
        (
            "Dutch growth beats forecasts",
            [
                "THE HAGUE — The Dutch economy expanded about 0.6 per cent in the first "
                "quarter from the previous three months, @@ said.",
            ],
            "Statistics Netherlands",
        ),
    )
    cases += _pair(
        kind,
        62,
        "marathon",
        _html(
            "<h1>Rhein-Ruhr Marathon 2026 — Official results — Elite men</h1>"
            "<table><tr><th>Pl.</th><th>Name</th><th>Nat.</th><th>Time</th></tr>"
            "<tr><td>1</td><td>Daniel Kipchumba</td><td>KEN</td><td>2:04:37</td></tr>"
            "<tr><td>2</td><td>Haile Getachew</td><td>ETH</td><td>2:04:59</td></tr>"
            "<tr><td>3</td><td>Amos Cheruiyot</td><td>KEN</td><td>2:05:48</td></tr>"
            "<tr><td>4</td><td>Jonas Brenner</td><td>GER</td><td>2:07:12</td></tr>"
            "</table><p>Course record: 2:05:03 (2019). Results unofficial until ratified.</p>",
            "Results",
        ),
        (
            "Kipchumba smashes Rhein-Ruhr course record",
            [
                "DUISBURG — Kenya's Daniel Kipchumba won in just under two hours and five "
                "minutes, breaking the course record, @@ show.",
            ],
            "the official results",
        ),
        (
            "Kipchumba wins in Duisburg",
            [
                "DUISBURG — Kenya's Daniel Kipchumba won in just under 2 hours 4 minutes, @@ "
                "show, ahead of Ethiopia's Haile Getachew.",
            ],
            "the official results",
        ),
    )
    cases += _pair(
        kind,
        63,
        "be-airline-ask",
        _html(
            "<h1>Brabant Air — half-year traffic</h1>"
            "<p>Brabant Air continued to grow its network in the first half, opening new "
            "routes to North Africa and the Nordic countries.</p>"
            '<figure><img src="/media/ask-h1-2026.png" alt="Bar chart of capacity by month">'
            "<figcaption>Available seat kilometres (ASK), first half 2026: 12,463 million "
            "(+7.4% year on year)</figcaption></figure>"
            "<p>Full half-year results will be published with the interim report.</p>",
            "Brabant Air – Newsroom",
        ),
        (
            "Brabant Air capacity nears 12.5 billion seat-kilometres",
            [
                "BRUSSELS — Brabant Air raised its capacity 7.4 per cent to nearly 12.5 billion "
                "available seat kilometres in the first half, @@ shows.",
            ],
            "the airline's traffic update",
        ),
        (
            "Brabant Air expands capacity",
            [
                "BRUSSELS — Brabant Air flew about 13 billion available seat kilometres in the "
                "first half, @@ shows.",
            ],
            "the airline's traffic update",
        ),
    )
    cases += _pair(
        kind,
        64,
        "us-violent-crime",
        _html(
            "<h1>Crime in Marlow County, 2025</h1>"
            "<table><caption>Offenses known to law enforcement, rate per 100,000 "
            "residents</caption>"
            "<tr><th>Offense</th><th>2024</th><th>2025</th></tr>"
            "<tr><td>Violent crime</td><td>503.9</td><td>487.6</td></tr>"
            "<tr><td>Murder and nonnegligent manslaughter</td><td>6.8</td><td>5.9</td></tr>"
            "<tr><td>Robbery</td><td>98.2</td><td>91.4</td></tr>"
            "<tr><td>Aggravated assault</td><td>341.0</td><td>333.5</td></tr>"
            "<tr><td>Property crime</td><td>2,211.4</td><td>2,046.0</td></tr>"
            "</table><p>Population 2025: 1,102,880.</p>",
            "Marlow County Sheriff – Crime statistics",
        ),
        (
            "Violent crime falls in Marlow County",
            [
                "The county's violent crime rate fell to nearly 490 per 100,000 residents in "
                "2025, @@ show.",
            ],
            "sheriff's office statistics",
        ),
        (
            "Marlow County violent crime dips",
            [
                "The county's violent crime rate eased in 2025 but stayed above 490 per "
                "100,000 residents, @@ show.",
            ],
            "sheriff's office statistics",
        ),
    )
    return cases


# --- other subject ----------------------------------------------------------------------------


def _other_subject() -> list[Case]:
    kind = "other subject"
    cases: list[Case] = []
    cases += _pair(
        kind,
        71,
        "be-regions",
        _html(
            "<h1>Labour force survey: first quarter 2026</h1>"
            "<p>In the first quarter of 2026 the unemployment rate (ILO definition, aged 15-74) "
            "was 5.8% in Belgium: 3.9% in Flanders, 8.3% in Wallonia and 11.2% in the "
            "Brussels-Capital Region.</p><p>Statbel – 18 June 2026</p>",
            "Statbel",
        ),
        (
            "Wallonia's jobless rate stays high",
            [
                "NAMUR — Wallonia's unemployment rate stood at 8.3 per cent in the first "
                "quarter, @@ said, more than twice the rate in Flanders.",
            ],
            "Statbel",
        ),
        (
            "Brussels unemployment edges down",
            [
                "BRUSSELS — Unemployment in the Brussels-Capital Region stood at 8.3 per cent "
                "in the first quarter, @@ said.",
            ],
            "Statbel",
        ),
    )
    cases += _pair(
        kind,
        72,
        "pl-airline",
        _html(
            "<h1>Polonia Air Group: second-quarter traffic</h1>"
            "<p>Polonia Air Group carried 4.21 million passengers in the second quarter of "
            "2026. The mainline carrier Polonia Air accounted for 2.87 million and Polonia "
            "Regional for 1.34 million.</p><p>Warsaw, 9 July 2026</p>",
            "Polonia Air – Press",
        ),
        (
            "Polonia Air group tops 4.2 million passengers",
            [
                "WARSAW — The Polonia Air group carried more than 4.2 million passengers in "
                "the second quarter, @@ said.",
            ],
            "the airline",
        ),
        (
            "Polonia Air's mainline flights fill up",
            [
                "WARSAW — Polonia Air's mainline carrier flew 4.21 million passengers in the "
                "second quarter, @@ said.",
            ],
            "the airline",
        ),
    )
    cases += _pair(
        kind,
        73,
        "ch-referendum",
        _html(
            "<h1>Federal popular vote of 8 March 2026 — Popular initiative "
            "'For affordable child care'</h1>"
            "<p>Result: accepted. Yes 53.2%. Turnout 47.9%.</p>"
            "<table><tr><th>Canton</th><th>Yes (%)</th><th>Turnout (%)</th></tr>"
            "<tr><td>Zurich</td><td>55.0</td><td>49.1</td></tr>"
            "<tr><td>Bern</td><td>50.8</td><td>46.3</td></tr>"
            "<tr><td>Geneva</td><td>61.4</td><td>44.7</td></tr>"
            "<tr><td>Ticino</td><td>44.1</td><td>41.2</td></tr>"
            "<tr><td>Vaud</td><td>59.6</td><td>45.0</td></tr>"
            "</table><p>Provisional official results.</p>",
            "Federal Chancellery – Votes",
        ),
        (
            "Geneva leads Swiss yes to child care plan",
            [
                "GENEVA — Geneva backed the child care initiative with 61.4 per cent of the "
                "vote, @@ show, well above the national result.",
            ],
            "the provisional results",
        ),
        (
            "Geneva backs child care initiative",
            [
                "GENEVA — Voters in Geneva approved the child care initiative with 53.2 per "
                "cent of the vote, @@ show.",
            ],
            "the provisional results",
        ),
    )
    cases += _pair(
        kind,
        74,
        "us-homicides-json",
        Source(
            "application/json",
            json.dumps(
                {
                    "dataset": "ucr_homicides_by_city",
                    "year": 2025,
                    "unit": "victims",
                    "provisional": True,
                    "results": [
                        {
                            "city": "Riverton",
                            "homicides": 112,
                            "prior_year": 124,
                            "change_pct": -9.7,
                        },
                        {
                            "city": "Lakeport",
                            "homicides": 87,
                            "prior_year": 102,
                            "change_pct": -14.7,
                        },
                        {"city": "Marlow", "homicides": 41, "prior_year": 39, "change_pct": 5.1},
                    ],
                },
                indent=2,
            ).encode(),
        ),
        (
            "Lakeport homicides drop sharply",
            [
                "Lakeport recorded 87 homicides in 2025, down nearly 15 per cent, according to @@.",
            ],
            "provisional figures from the regional crime data portal",
        ),
        (
            "Lakeport homicides fall",
            [
                "Lakeport recorded 112 homicides in 2025, according to @@, fewer than the year "
                "before.",
            ],
            "provisional figures from the regional crime data portal",
        ),
    )
    return cases


# --- two periods ------------------------------------------------------------------------------


def _two_periods() -> list[Case]:
    kind = "two periods"
    cases: list[Case] = []
    cases += _pair(
        kind,
        81,
        "ca-gdp",
        _html(
            "<h1>Gross domestic product by industry, March 2026</h1>"
            "<p>Real gross domestic product (GDP) rose 0.3% in March, following a 0.1% "
            "increase in February. Advance information indicates that real GDP was "
            "essentially unchanged in April.</p><p>Released: 2026-05-29</p>",
            "The Daily — Statistics Canada",
        ),
        (
            "Canada's economy grows 0.3% in March",
            [
                "OTTAWA — Canada's economy grew 0.3 per cent in March after edging up 0.1 per "
                "cent in February, @@ said.",
            ],
            "Statistics Canada",
        ),
        (
            "Canadian economy inches ahead in March",
            [
                "OTTAWA — Canada's economy grew 0.1 per cent in March, @@ said, and early "
                "figures point to a flat April.",
            ],
            "Statistics Canada",
        ),
    )
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0"><channel>'
        "<title>Riverton Metro Transit — News releases</title>"
        "<link>https://transit.example/news</link>"
        "<description>News releases from Riverton Metro Transit</description>"
        "<item><title>March ridership tops 26 million</title>"
        "<description>Metro Transit customers took 26.1 million trips in March 2026, up 4.8% "
        "from March 2025. Bus ridership accounted for 15.9 million trips.</description>"
        "<pubDate>Thu, 16 Apr 2026 14:00:00 GMT</pubDate>"
        "<guid>https://transit.example/news/march-ridership</guid></item>"
        "<item><title>Board approves fare-capping pilot</title>"
        "<description>The Board of Directors approved a pilot that caps what riders pay in a "
        "week.</description>"
        "<pubDate>Tue, 24 Mar 2026 18:00:00 GMT</pubDate>"
        "<guid>https://transit.example/news/fare-capping</guid></item>"
        "<item><title>February ridership report</title>"
        "<description>Customers took 23.8 million trips in February 2026, up 3.9% from a year "
        "earlier.</description>"
        "<pubDate>Mon, 16 Mar 2026 14:00:00 GMT</pubDate>"
        "<guid>https://transit.example/news/february-ridership</guid></item>"
        "</channel></rss>\n"
    )
    cases += _pair(
        kind,
        82,
        "us-transit-rss",
        _text(rss, "application/rss+xml; charset=utf-8"),
        (
            "Riverton transit ridership climbs",
            [
                "Riverton's transit system carried 26.1 million riders in March, up 4.8 per "
                "cent from a year earlier, according to @@.",
            ],
            "Metro Transit",
        ),
        (
            "Riverton transit ridership grows in March",
            [
                "Riverton's transit system carried 23.8 million riders in March, according to "
                "@@, as more commuters returned to offices.",
            ],
            "Metro Transit",
        ),
    )
    cases += _pair(
        kind,
        83,
        "at-inflation",
        _html(
            "<h1>Inflation in April 2026 at 3.2%</h1>"
            "<p>Vienna, 2026-05-19 – According to final results from Statistics Austria, the "
            "inflation rate for April 2026 as measured by the consumer price index (CPI) was "
            "3.2% (flash estimate: 3.1%). In March 2026 the rate was 2.9%.</p>"
            "<p>The harmonised index of consumer prices (HICP) rose 3.4% year on year.</p>",
            "Statistics Austria",
        ),
        (
            "Austrian inflation picks up to 3.2%",
            [
                "VIENNA — Austrian inflation rose to 3.2 per cent in April from 2.9 per cent "
                "in March, @@ said in its final figures.",
            ],
            "Statistics Austria",
        ),
        (
            "Austrian inflation accelerates",
            [
                "VIENNA — Austrian inflation accelerated to 3.1 per cent in April, @@ said on "
                "Tuesday in its final figures for the month.",
            ],
            "Statistics Austria",
        ),
    )
    cases += _pair(
        kind,
        84,
        "nl-rotterdam-teu",
        _html(
            "<h2>Port of Rotterdam — key figures</h2>"
            "<table><tr><th></th><th>2025</th><th>2024</th></tr>"
            "<tr><td>Total throughput (million tonnes)</td><td>436.1</td><td>435.8</td></tr>"
            "<tr><td>Containers (million TEU)</td><td>13.8</td><td>13.4</td></tr>"
            "<tr><td>Containers (million tonnes)</td><td>152.7</td><td>148.0</td></tr>"
            "<tr><td>Sea-going vessel calls</td><td>27,614</td><td>27,902</td></tr>"
            "</table><p>Port of Rotterdam Authority, annual figures.</p>",
            "Port of Rotterdam",
        ),
        (
            "Rotterdam container traffic rises",
            [
                "ROTTERDAM — Europe's biggest port handled 13.8 million TEU in 2025, up from "
                "13.4 million, @@ show.",
            ],
            "the port authority's key figures",
        ),
        (
            "Rotterdam holds on to top spot",
            [
                "ROTTERDAM — Europe's biggest port handled 13.4 million TEU of containers in "
                "2025, @@ show.",
            ],
            "the port authority's key figures",
        ),
    )
    return cases


# --- figure absent ----------------------------------------------------------------------------


def _absent() -> list[Case]:
    kind = "figure absent"
    return [
        _planted_only(
            kind,
            91,
            "de-permits-absent",
            _html(
                "<h1>Building permits in March 2026: +8.4% on March 2025</h1>"
                "<p>WIESBADEN – In March 2026, the construction of 21,700 dwellings was "
                "permitted in Germany, the Federal Statistical Office (Destatis) reports. That "
                "was 8.4% more than in March 2025.</p><p>Press release No. 180 of 18 May "
                "2026</p>",
                "Destatis – Press release",
            ),
            (
                "Germany falls short on new homes",
                [
                    "BERLIN — Germany completed 251,900 homes last year, @@ said, far short of "
                    "the government's target.",
                ],
                "the federal statistics office",
            ),
        ),
        _planted_only(
            kind,
            92,
            "us-earn-absent",
            _html(
                "<h1>Lakeshore Foods Reports Fourth-Quarter and Full-Year Results</h1>"
                "<p>MILWAUKEE, Feb. 10, 2026 -- Lakeshore Foods Corp. reported fourth-quarter "
                "net sales of $1.46 billion and diluted earnings per share of $0.88.</p>"
                "<p>Given the pending divestiture of its frozen division, the company is not "
                "providing full-year guidance at this time.</p>",
                "Lakeshore Foods – News",
            ),
            (
                "Lakeshore Foods sees earnings growth",
                [
                    "Lakeshore Foods expects 2026 earnings of $3.10 to $3.25 a share, @@ said "
                    "on Tuesday.",
                ],
                "the company",
            ),
        ),
        _planted_only(
            kind,
            93,
            "marathon-absent",
            _html(
                "<h1>Rhein-Ruhr Marathon 2026 — Official results — Elite women</h1>"
                "<table><tr><th>Pl.</th><th>Name</th><th>Nat.</th><th>Time</th></tr>"
                "<tr><td>1</td><td>Tigist Alemu</td><td>ETH</td><td>2:19:44</td></tr>"
                "<tr><td>2</td><td>Mercy Jepkosgei</td><td>KEN</td><td>2:20:31</td></tr>"
                "<tr><td>3</td><td>Lea Hoffmann</td><td>GER</td><td>2:24:05</td></tr>"
                "</table>",
                "Results",
            ),
            (
                "Record field for Rhein-Ruhr Marathon",
                [
                    "DUISBURG — More than 38,000 runners finished the race, @@ show, a record "
                    "for the event.",
                ],
                "the official results",
            ),
        ),
        _planted_only(
            kind,
            94,
            "ch-snow-absent",
            _html(
                "<h1>Avalanche bulletin, Thursday 12 February 2026</h1>"
                "<p>Fresh snow of 30 to 50 cm fell above 1,500 m in the northern Alps. "
                "Avalanche danger is considerable (level 3) in many places.</p>"
                "<p>WSL Institute for Snow and Avalanche Research SLF</p>",
                "SLF – Avalanche bulletin",
            ),
            (
                "Snow piles up in the Swiss Alps",
                [
                    "DAVOS — The snow depth at the Weissfluhjoch measuring field reached 2.4 "
                    "metres, @@ said.",
                ],
                "the avalanche institute",
            ),
        ),
    ]


# --- spelled out ------------------------------------------------------------------------------


def _spelled_out() -> list[Case]:
    kind = "spelled out"
    cases: list[Case] = []
    cases += _pair(
        kind,
        101,
        "nl-homeworking",
        _html(
            "<h1>Working from home stays popular</h1>"
            "<p>Working from home has become a fixed part of the week for many employees, "
            "especially in the Randstad.</p>"
            '<figure><img src="/media/homework.svg" alt="Line chart">'
            "<figcaption>Figure 1. Employed people who usually or sometimes work from home, "
            "2025: 26.4% (2024: 25.1%)</figcaption></figure>"
            "<p>Source: CBS, Labour Force Survey.</p>",
            "CBS",
        ),
        (
            "More than one in four Dutch workers now work from home",
            [
                "THE HAGUE — More than one in four people in work in the Netherlands usually or "
                "sometimes worked from home in 2025, @@ said.",
            ],
            "Statistics Netherlands",
        ),
        (
            "Home working takes hold in the Netherlands",
            [
                "THE HAGUE — Nearly one in three people in work in the Netherlands usually or "
                "sometimes worked from home in 2025, @@ said.",
            ],
            "Statistics Netherlands",
        ),
    )
    cases += _pair(
        kind,
        102,
        "pl-turnout",
        _html(
            "<h1>Mayoral run-off, Kraków — results</h1>"
            "<dl><dt>Eligible voters</dt><dd>612,480</dd>"
            "<dt>Ballots issued</dt><dd>252,342</dd>"
            "<dt>Turnout</dt><dd>41.2%</dd></dl>"
            "<p>Municipal Electoral Commission. Results final.</p>",
            "Electoral commission",
        ),
        (
            "Low turnout in Kraków run-off",
            [
                "KRAKOW — About two in five eligible voters cast a ballot in the mayoral "
                "run-off, @@ show.",
            ],
            "the electoral commission's results",
        ),
        (
            "Kraków voters turn out for run-off",
            [
                "KRAKOW — Nearly half of eligible voters cast a ballot in the mayoral run-off, "
                "@@ show.",
            ],
            "the electoral commission's results",
        ),
    )
    cases += _pair(
        kind,
        103,
        "de-laender",
        _html(
            "<h1>Population grows slightly in 2025</h1>"
            "<p>WIESBADEN – Germany's population rose by 0.1% to 83.6 million in 2025, "
            "Destatis reports. The population grew in 12 of the 16 Länder; it declined in "
            "Saxony, Saxony-Anhalt, Thuringia and Mecklenburg-Western Pomerania.</p>"
            "<p>Press release No. 40 of 20 January 2026</p>",
            "Destatis – Press release",
        ),
        (
            "Germany's east keeps shrinking",
            [
                "BERLIN — The population grew in a dozen of Germany's 16 states last year and "
                "fell in four eastern ones, @@ said.",
            ],
            "the federal statistics office",
        ),
        (
            "Population up in most German states",
            [
                "BERLIN — The population grew in ten of Germany's 16 states last year, @@ said.",
            ],
            "the federal statistics office",
        ),
    )
    cases += _pair(
        kind,
        104,
        "be-load-factor",
        _html(
            "<h1>Brabant Air — first-quarter traffic</h1>"
            "<table><tr><th>Q1 2026</th><th></th></tr>"
            "<tr><td>Passengers</td><td>2,104,300</td></tr>"
            "<tr><td>Load factor</td><td>75.2%</td></tr>"
            "<tr><td>Punctuality (arrivals within 15 min)</td><td>81.7%</td></tr>"
            "</table>",
            "Brabant Air – Newsroom",
        ),
        (
            "Brabant Air fills three-quarters of seats",
            [
                "BRUSSELS — Brabant Air filled about three-quarters of its seats in the first "
                "quarter, @@ show.",
            ],
            "the airline's traffic figures",
        ),
        (
            "Brabant Air planes fuller in winter",
            [
                "BRUSSELS — Brabant Air filled four in five of its seats in the first quarter, "
                "@@ show.",
            ],
            "the airline's traffic figures",
        ),
    )
    return cases


# --- unreadable -------------------------------------------------------------------------------

_WALL_PAGE = (
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
    "<h1>Checking your browser before accessing www.statistik.example</h1>"
    "<p>This process is automatic. Your browser will redirect to your requested content "
    "shortly.</p><p>Please allow up to 5 seconds…</p>"
    "<noscript>Please enable JavaScript and cookies to continue.</noscript>"
    "<p>Ray ID: 8f2a1c3d9e7b4a60</p></body></html>"
)


def _unreadable_sources() -> list[Case]:
    return [
        _unreadable(
            111,
            "de-bbk-locked",
            Source(
                "application/pdf",
                make_pdf(
                    [
                        ["Deutsche Bundesbank", "Monthly Report"],
                        ["Foreword", "Bank lending to non-financial corporations rose 1.8%."],
                        ["Key results"],
                    ],
                    password="bbk-intern",
                ),
            ),
            (
                "German bank lending to firms picks up",
                [
                    "FRANKFURT — Bank lending to German companies rose 1.8 per cent on the "
                    "year, @@ shows.",
                ],
                "the Bundesbank's monthly report",
            ),
        ),
        _unreadable(
            112,
            "pl-bulletin-scan",
            Source("application/pdf", blank_pdf(3)),
            (
                "Polish industrial output rises 3.4%",
                [
                    "WARSAW — Industrial output rose 3.4 per cent year on year in May, "
                    "according to @@.",
                ],
                "the statistical bulletin",
            ),
        ),
        _unreadable(
            113,
            "us-police-404-text",
            Source("text/plain; charset=utf-8", b"404 Not Found\n", status=404),
            (
                "Riverton homicides down 12%",
                [
                    "Homicides in Riverton fell 12 per cent in the first half of the year, "
                    "according to @@.",
                ],
                "police department figures",
            ),
        ),
        _unreadable(
            114,
            "nl-houses-404-html",
            Source(
                "text/html; charset=utf-8",
                b"<html><head><title>Page not found</title></head><body><h1>Sorry, this page "
                b"cannot be found</h1><p>The page may have moved. Use the search box to find "
                b"what you are looking for.</p></body></html>",
                status=404,
            ),
            (
                "Dutch house prices up 8.7%",
                [
                    "THE HAGUE — Prices of existing owner-occupied homes rose 8.7 per cent "
                    "from a year earlier in April, @@ said.",
                ],
                "Statistics Netherlands",
            ),
        ),
        _unreadable(
            115,
            "be-cpi-500-text",
            Source(
                "text/plain",
                b"500 Internal Server Error\nThe server encountered an unexpected condition.\n",
                status=500,
            ),
            (
                "Belgian inflation at 3%",
                [
                    "BRUSSELS — Belgian consumer prices rose 3.0 per cent in the year to May, "
                    "@@ said.",
                ],
                "Statbel",
            ),
        ),
        _unreadable(
            116,
            "ca-starts-500-html",
            Source(
                "text/html",
                b"<!DOCTYPE html><html><head><title>500 - Internal server error</title></head>"
                b"<body><h1>Server error</h1><p>We are experiencing technical difficulties. "
                b"Please try again later.</p></body></html>",
                status=500,
            ),
            (
                "Canadian housing starts hit 245,000",
                [
                    "OTTAWA — The annual pace of housing starts rose to 245,000 units in May, "
                    "@@ said.",
                ],
                "the national housing agency",
            ),
        ),
        _unreadable(
            117,
            "ch-airline-empty",
            Source("text/html; charset=utf-8", b""),
            (
                "Swiss airline fills 83% of seats",
                [
                    "ZURICH — The carrier's load factor rose to 83 per cent in June, @@ shows.",
                ],
                "the airline's traffic report",
            ),
        ),
        _unreadable(
            118,
            "shipping-wall",
            Source("text/html; charset=utf-8", _WALL_PAGE.encode()),
            (
                "Container line moves 3.1 million TEU",
                [
                    "HAMBURG — The shipping line transported 3.1 million TEU in the first "
                    "quarter, @@ shows.",
                ],
                "its quarterly statement",
            ),
        ),
        _unreadable(
            119,
            "trial-png",
            Source("image/png", _png()),
            (
                "Shingles vaccine 88% effective, company says",
                [
                    "The vaccine was 88 per cent effective in the trial's first year, "
                    "according to @@.",
                ],
                "the company's results report",
            ),
        ),
    ]


def blind11_cases() -> list[Case]:
    """The eleventh blind set: every kind with both outcomes, unreadable sources last."""
    return [
        *_press_releases(),
        *_tables(),
        *_pdf_reports(),
        *_text_sources(),
        *_long_pages(),
        *_notation(),
        *_rounding(),
        *_other_subject(),
        *_two_periods(),
        *_absent(),
        *_spelled_out(),
        *_unreadable_sources(),
    ]
