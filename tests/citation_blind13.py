"""A thirteenth blind held-out set for the gate-quality bench (issue 10, "Measured, not assumed").

Written from the product's spec ("Check figures against the sources newsrooms actually cite")
and from how English-speaking publishers worldwide put out figures: the Australian Bureau of
Statistics, the Reserve Bank of Australia, the Bureau of Meteorology, Geoscience Australia,
the market operator, Melbourne Water, WaterNSW and Victoria's fire agencies; Singapore's
SingStat, MAS and trade ministry; Statistics South Africa and the South African Reserve Bank;
in the US NOAA, the CDC, USDA, NCES, the FAA, the chip industry's association and companies'
10-K filings, earnings releases and topline trial reports; the UK's Met Office, Environment
Agency and energy regulator; Ireland's ESB; and Canada's provinces. Not from the checker's code
and not from the other sets' case texts. Nobody tunes on it: it exists so the checker's figure
is an honest one.

Topics are led by subject rather than country: retail turnover, core inflation, GDP, jobless
and youth unemployment rates, sea-ice extent in million km², global temperature anomalies in
°C, CO2 in ppm, rainfall in mm, hurricanes, earthquake magnitudes and depths, dam and storage
levels in per cent of capacity, bushfire area in hectares, corn and soybean yields in bushels
per acre, wholesale power prices in $/MWh and price-cap unit rates in p/kWh, chip sales,
monthly active users and annual recurring revenue, operating profit, drug-trial results,
measles and vaccination coverage, knee-replacement waits in days, test scores, graduation
rates, volunteering, marathon times, visitor arrivals, mean and median home prices, cash in
circulation and reserves. Styles are Australian dollars, S$, rand ("R1.2bn", "R189.6 billion",
space thousands "178 942"), US$ and "$1,207.5 million", euros and pence, fiscal years
("fiscal 2026", "2025-26", "fiscal year 2025"), °C, mm, GL, ppm, bu/acre, km² and race times
(2:06:18).

Sources are three-line HTML releases, a chart whose figure is only in its <figcaption>, a <dl>
of indicators, HTML tables (merged header cells, units only in a caption or a units row,
totals rows, footnote markers, "n/a", "–" and ".." cells, one transposed with years as rows),
real multi-page PDF reports made with fpdf2 (page two a foreword, page three key results, a
figure on a later page or only in a table page), CSV served as text/csv under "#" comment
lines and as text/plain under a title line, a plain-text earthquake bulletin, a JSON answer
from a statistics API, an RSS feed of an agency's releases, and long pages (2,000+ words)
where the article's number also appears about something else. Articles are rough wire copy:
figures in headlines, hedges ("nearly", "more than", "about", "almost", "just under"), fiscal
years, shares as words ("nearly nine in ten", "about one in four", "more than three in five",
"eleven", "a dozen"), number-free padding paragraphs.

A *planted* case's article gives a figure a careful copy editor would stop: another value,
per cent for percentage points, a scale misread (billion as million, a slipped decimal point),
a figure the source gives only for another subject, region or period (the month or quarter
before, last year's column, the superseded advance estimate, the other baseline, the other
dose, another state's or company's row, the deseasonalised series' neighbour), a figure the
source lacks, the wrong unit (square miles for square kilometres, a distance as a depth),
another currency (rand or pounds for dollars or euros), a hedge the source does not bear out
("more than 1.4 million" for 1,381,240, "more than 1.2C" for 1.17°C, "just under 2 hours 6
minutes" for 2:06:18) or a rounding the wrong way (6.27 as 6.2). A *clean* case's source is
readable and supports the article as a copy editor would accept it: rounding, notation
variants, hedges that hold, spelled-out shares that hold, the right row of a long table.
Unreadable sources (a password-locked and an image-only PDF, 404 and 500 pages with HTML and
plain-text bodies, a 403, an empty 200, a "Sorry, you have been blocked" page served with 200,
a PNG where a report was cited) confirm nothing and so must escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind13".
"""

from __future__ import annotations

import csv
import io
import json
import struct
import zlib
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

WALL = b"Sorry, you have been blocked"


@dataclass(frozen=True)
class Blind13Case(Case):
    """A case of this set: its split is "blind13" whatever its topic number."""

    @property
    def split(self) -> str:
        return "blind13"


# --- articles ---------------------------------------------------------------------------------

_PAPERS = (
    "The Southern Cross Wire",
    "Straits Morning Desk",
    "Highveld Business Day",
    "The Prairie Dispatch",
    "Atlantic Ledger",
)

# Number-free paragraphs that pad the articles the way wire copy does.
_PADDING = (
    "A spokesperson said the figures would be reviewed as more returns came in and that the "
    "agency stood by its methods.",
    "Economists cautioned against reading too much into a single release, saying the trend "
    "over several periods mattered more.",
    "Opposition politicians seized on the numbers, saying the government had promised more "
    "and delivered less.",
    "Industry groups said the picture was mixed across the country and that smaller operators "
    "were still under pressure.",
    "Residents who spoke to reporters said they had noticed the change in their own "
    "neighbourhoods, although opinions differed on its causes.",
    "The next update is due later in the year, when revised estimates for earlier periods "
    "will also be published.",
    "Officials declined to speculate on what the figures meant for policy, saying decisions "
    "would be taken in the usual way.",
)


def _article(name: str, title: str, paragraphs: list[str], link_text: str) -> str:
    """An article page; the paragraph holding ``@@`` carries the one link to the source."""
    assert sum("@@" in p for p in paragraphs) == 1, name
    link = f'<a href="/sources/{name}">{link_text}</a>'
    body = "".join(f"<p>{p.replace('@@', link)}</p>" for p in paragraphs)
    start = zlib.crc32(name.encode()) % len(_PADDING)
    pad = "".join(f"<p>{_PADDING[(start + i) % len(_PADDING)]}</p>" for i in range(2))
    paper = _PAPERS[zlib.crc32(title.encode()) % len(_PAPERS)]
    return (
        f"<html><head><title>{title} | {paper}</title></head><body>"
        f'<header><nav><a href="/">Home</a> | <a href="/news">News</a> | '
        f'<a href="/science">Science</a></nav></header>'
        f"<article><h1>{title}</h1><p class='byline'>By staff reporters</p>{body}{pad}</article>"
        f"<aside><h2>Most read</h2><ul><li>Weather warnings for the weekend</li>"
        f"<li>What the budget means for you</li></ul></aside>"
        f"<footer>© {paper}</footer></body></html>"
    )


Story = tuple[str, list[str], str]  # title, paragraphs (one with @@ for the link), link text


# --- sources ----------------------------------------------------------------------------------


def _html(body: str, title: str = "Media release") -> Source:
    page = (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )
    return Source("text/html; charset=utf-8", page.encode())


def _pdf(
    title: str,
    foreword: list[str],
    key: list[str],
    later: list[list[str]],
    *tables: list[list[str]],
) -> Source:
    pages = [
        [title, "Annual report", "Published 2026"],
        ["Foreword", *foreword],
        ["Key results", *key],
        *later,
    ]
    while len(pages) + len(tables) < 5:
        pages.append(["Methodology", "Figures are compiled from administrative returns."])
    # The core PDF fonts have no en dash: a report typeset in them prints a hyphen.
    pages = [[line.replace("–", "-") for line in page] for page in pages]
    tables = tuple([[cell.replace("–", "-") for cell in row] for row in t] for t in tables)
    return Source("application/pdf", make_pdf(pages, tables=tables))


def _csv(rows: list[list[str]], preamble: str = "", content_type: str = "text/csv") -> Source:
    out = io.StringIO()
    out.write(preamble)
    csv.writer(out, lineterminator="\n").writerows(rows)
    return Source(f"{content_type}; charset=utf-8", out.getvalue().encode())


def _table(caption: str, head: str, rows: list[list[str]], notes: str = "") -> str:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    foot = f"<p class='notes'>{notes}</p>" if notes else ""
    return (
        f"<table><caption>{caption}</caption><thead>{head}</thead>"
        f"<tbody>{body}</tbody></table>{foot}"
    )


# Long pages: 2,000+ words in which the cited figures sit among many number-free paragraphs.
_LONG_SENTENCES = (
    "This review brings together the work of many teams across the organisation and the "
    "partners who support them.",
    "It is intended for readers who want more detail than the headline release provides.",
    "Where estimates have been revised since earlier publications, the revised figures are "
    "used throughout and the changes are explained in the notes.",
    "Conditions varied considerably from one region to another, and the averages shown here "
    "conceal important differences at the local level.",
    "Stakeholders were consulted during the preparation of the review, and their comments "
    "have been reflected where appropriate.",
    "The methods used are consistent with those of previous editions unless otherwise stated.",
    "Readers should take care when comparing results across different publications, because "
    "definitions and coverage are not always the same.",
    "The outlook remains uncertain, and the assumptions behind the projections are set out "
    "in the technical appendix.",
    "Feedback on the content and format of the review is welcome and can be sent through the "
    "contact page.",
    "The organisation thanks the many people who contributed their time and expertise.",
    "Further tables and maps are available in the accompanying data files on the website.",
    "Some series are subject to seasonal patterns, and these are discussed where relevant.",
)


def _long(title: str, inserts: dict[int, str], paragraphs: int = 26) -> Source:
    """A long report page: ``paragraphs`` paragraphs of prose, ``inserts`` at their indices."""
    parts = [f"<h1>{title}</h1>", "<nav>Contents | Summary | Chapters | Data | Contact</nav>"]
    n = len(_LONG_SENTENCES)
    for i in range(paragraphs):
        if i in inserts:
            parts.append(f"<h2>Section {i + 1}</h2>")
            parts.append(f"<p>{inserts[i]}</p>")
        sentences = [_LONG_SENTENCES[(i * 5 + j) % n] for j in range(7)]
        parts.append(f"<p>{' '.join(sentences)}</p>")
    return _html("".join(parts), title)


def _png() -> bytes:
    """A small real PNG: a grey square, no text in it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    width = height = 16
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


# --- building cases -----------------------------------------------------------------------------


def _pair(
    kind: str, topic: int, slug: str, source: Source, clean: Story, planted: Story
) -> list[Case]:
    """A clean and a planted case of one (kind, topic), sharing their source.

    Their names end in -a or -b, which one is planted depending on the slug, so a name says
    nothing about the label."""
    flip = zlib.crc32(slug.encode()) % 2 == 1
    out: list[Case] = []
    for story, is_planted in ((clean, False), (planted, True)):
        name = f"b13-{slug}-{'ab'[is_planted != flip]}"
        title, paragraphs, link_text = story
        out.append(
            Blind13Case(
                name=name,
                kind=kind,
                topic=topic,
                planted=is_planted,
                article_html=_article(name, title, paragraphs, link_text),
                source=source,
            )
        )
    return out


def _absent(topic: int, slug: str, source: Source, story: Story) -> Case:
    name = f"b13-{slug}"
    title, paragraphs, link_text = story
    return Blind13Case(
        name=name,
        kind="figure absent",
        topic=topic,
        planted=True,
        article_html=_article(name, title, paragraphs, link_text),
        source=source,
    )


def _unreadable(topic: int, slug: str, source: Source, story: Story) -> Case:
    name = f"b13-{slug}"
    title, paragraphs, link_text = story
    return Blind13Case(
        name=name,
        kind="unreadable",
        topic=topic,
        planted=False,
        article_html=_article(name, title, paragraphs, link_text),
        source=source,
        readable=False,
    )


# --- press releases -----------------------------------------------------------------------------


def _press_releases() -> list[Case]:
    cases: list[Case] = []
    retail = _html(
        "<h1>Retail Trade, Australia, March 2026</h1>"
        "<p>Australian retail turnover rose 0.6 per cent (seasonally adjusted) in March 2026, "
        "following a rise of 0.2 per cent in February 2026.</p>"
        "<p>Turnover was $37,140.2 million in March, up 3.9 per cent on March 2025.</p>"
        "<p>Released 11:30am (Canberra time) 5 May 2026, Australian Bureau of Statistics.</p>",
        "Retail Trade, Australia",
    )
    cases += _pair(
        "press release",
        1,
        "abs-retail",
        retail,
        (
            "Shoppers open wallets as retail turnover climbs 0.6%",
            [
                "Australians spent about $37.1bn in shops in March, with turnover up 0.6 per "
                "cent on the month in seasonally adjusted terms, @@ show.",
                "Retailers said Easter trading and warmer weather had helped clothing and "
                "department stores.",
            ],
            "Australian Bureau of Statistics figures",
        ),
        (
            "Retail spending edges up in March",
            [
                "Retail turnover rose 0.2 per cent in March in seasonally adjusted terms, "
                "according to @@, a softer result than economists had expected.",
                "Retailers said shoppers remained cautious ahead of the budget.",
            ],
            "the Australian Bureau of Statistics",
        ),
    )
    mas = _html(
        "<h1>Consumer Price Developments in April 2026</h1>"
        "<p>MAS Core Inflation eased to 1.7% year-on-year in April, from 2.0% in March.</p>"
        "<p>Headline inflation, as measured by the CPI-All Items, came in at 1.4% y-o-y, "
        "unchanged from March.</p>"
        "<p>Monetary Authority of Singapore and Ministry of Trade and Industry, 23 May 2026</p>",
        "MAS | Consumer Price Developments",
    )
    cases += _pair(
        "press release",
        2,
        "mas-core",
        mas,
        (
            "Singapore core inflation cools to 1.7%",
            [
                "Core inflation in Singapore slowed to 1.7 per cent in April from 2 per cent "
                "in March, @@ said.",
                "Lower electricity and gas costs offset slightly higher food prices.",
            ],
            "the central bank and the trade ministry",
        ),
        (
            "Singapore core inflation eases further",
            [
                "Singapore's core inflation, which strips out private transport and "
                "accommodation, slowed to 1.4 per cent in April, @@ said.",
                "The central bank is expected to keep policy unchanged at its next review.",
            ],
            "the Monetary Authority of Singapore",
        ),
    )
    ice = _html(
        "<h1>Arctic sea ice reaches its annual minimum</h1>"
        "<p>Arctic sea ice reached its seasonal low in mid-September, ranking among the lowest "
        "in the satellite record that began in the late 1970s.</p>"
        '<figure><img src="/img/extent-sep.png" alt="Chart of monthly sea ice extent">'
        "<figcaption>Figure 1. Arctic sea ice extent for September 2025 averaged 4.28 million "
        "square kilometres (1.65 million square miles), the sixth lowest in the 47-year "
        "satellite record. Credit: NOAA Climate.gov / NSIDC.</figcaption></figure>"
        "<p>The ice now begins its autumn regrowth across the central Arctic Ocean.</p>",
        "Climate.gov | Arctic sea ice",
    )
    cases += _pair(
        "press release",
        3,
        "noaa-seaice",
        ice,
        (
            "Arctic ice shrinks to sixth-lowest September on record",
            [
                "Sea ice in the Arctic covered an average of 4.28 million km² in September, the "
                "sixth-lowest extent since satellite records began, @@ shows.",
                "Scientists said thinner ice was more vulnerable to storms late in the season.",
            ],
            "NOAA's sea ice data",
        ),
        (
            "Arctic sea ice near record low",
            [
                "Arctic sea ice averaged 4.28 million square miles in September, the "
                "sixth-lowest extent in the satellite era, @@ shows.",
                "Scientists said thinner ice was more vulnerable to storms late in the season.",
            ],
            "NOAA's sea ice data",
        ),
    )
    qlfs = _html(
        "<h1>Quarterly Labour Force Survey (QLFS) – Q1:2026</h1>"
        "<p>Key indicators, first quarter 2026</p>"
        "<dl><dt>Official unemployment rate</dt><dd>32.9%</dd>"
        "<dt>Change on Q4:2025</dt><dd>+0.8 of a percentage point</dd>"
        "<dt>Expanded unemployment rate</dt><dd>42.4%</dd>"
        "<dt>Employed persons</dt><dd>16.7 million</dd>"
        "<dt>Labour force participation rate</dt><dd>59.8%</dd></dl>"
        "<p>Statistics South Africa, Pretoria</p>",
        "Stats SA | QLFS Q1:2026",
    )
    cases += _pair(
        "press release",
        4,
        "statssa-qlfs",
        qlfs,
        (
            "SA unemployment rises to 32.9%",
            [
                "South Africa's official unemployment rate rose by 0.8 of a percentage point to "
                "32.9% in the first quarter, @@ shows.",
                "Job losses were concentrated in construction and trade.",
            ],
            "Statistics South Africa's labour force survey",
        ),
        (
            "Jobless rate climbs 0.8% in first quarter",
            [
                "Unemployment rose 0.8 per cent in the first three months of the year, taking "
                "the official rate to 32.9%, according to @@.",
                "Job losses were concentrated in construction and trade.",
            ],
            "Stats SA",
        ),
    )
    return cases


# --- HTML tables --------------------------------------------------------------------------------


def _html_tables() -> list[Case]:
    cases: list[Case] = []
    rain = _html(
        "<h1>Monthly climate summary: capital cities</h1>"
        + _table(
            "Table 1. Rainfall, capital cities, March 2026 (millimetres)",
            "<tr><th rowspan='2'>Station</th><th colspan='2'>Rainfall</th>"
            "<th rowspan='2'>Per cent of mean</th></tr>"
            "<tr><th>March 2026</th><th>Mean 1991–2020</th></tr>",
            [
                ["Sydney (Observatory Hill)", "212.4", "138.0", "154"],
                ["Melbourne (Olympic Park)", "31.6", "44.4", "71"],
                ["Brisbane", "96.0", "122.6", "78"],
                ["Perth Metro", "3.2*", "17.5", "18"],
                ["Adelaide (West Terrace)", "..", "24.7", ".."],
                ["Hobart (Ellerslie Road)", "58.8", "40.2", "146"],
                ["Darwin Airport", "402.7", "318.9", "126"],
                ["Canberra Airport", "71.0", "51.3", "138"],
            ],
            "* Includes an untimed multi-day accumulation. .. Not available (gauge fault). "
            "Bureau of Meteorology.",
        ),
        "Bureau of Meteorology | Capital city summary",
    )
    cases += _pair(
        "html table",
        5,
        "bom-rain",
        rain,
        (
            "Hobart soaked by unusually wet March",
            [
                "Hobart recorded 58.8mm of rain in March, almost one and a half times its "
                "long-term average for the month, @@ show.",
                "Farmers in the south of the state welcomed the falls after a dry summer.",
            ],
            "Bureau of Meteorology figures",
        ),
        (
            "Dry March for Melbourne",
            [
                "Melbourne had just 44.4mm of rain in March, well short of what gardeners had "
                "hoped for, @@ show.",
                "Water authorities said storages remained healthy despite the dry spell.",
            ],
            "Bureau of Meteorology figures",
        ),
    )
    corn = _html(
        "<h1>Crop Production – September 2025</h1>"
        + _table(
            "Corn for Grain: Yield per Harvested Acre – Selected States",
            "<tr><th rowspan='2'>State</th><th colspan='2'>Yield per acre</th></tr>"
            "<tr><th>2024</th><th>2025¹</th></tr>"
            "<tr><th></th><th colspan='2'>(bushels)</th></tr>",
            [
                ["Illinois", "217.0", "214.0"],
                ["Indiana", "198.0", "201.0"],
                ["Iowa", "211.0", "215.0"],
                ["Minnesota", "174.0", "186.0"],
                ["Nebraska", "188.0", "193.0"],
                ["Ohio", "194.0", "n/a"],
                ["South Dakota", "150.0", "158.0"],
                ["United States", "179.3", "181.2"],
            ],
            "¹ Forecast as of September 1. National Agricultural Statistics Service, USDA.",
        ),
        "USDA NASS | Crop Production",
    )
    cases += _pair(
        "html table",
        6,
        "usda-corn",
        corn,
        (
            "Iowa corn on track for 215 bushels an acre",
            [
                "Iowa's corn crop is forecast to yield 215 bushels an acre this year, up from "
                "211 last year, @@ shows.",
                "Timely summer rain helped crops across much of the state.",
            ],
            "USDA's monthly crop production report",
        ),
        (
            "Nebraska corn yields seen higher",
            [
                "Nebraska's corn crop is forecast to yield 215 bushels an acre this year, "
                "@@ shows.",
                "Growers in the west of the state said irrigation costs had risen sharply.",
            ],
            "USDA's monthly crop production report",
        ),
    )
    visitors = _html(
        "<h1>International Visitor Arrivals Statistics</h1>"
        + _table(
            "Visitor arrivals by country of residence, May 2026 (number)",
            "<tr><th>Country of residence</th><th>May 2026</th><th>Change y-o-y (%)</th></tr>",
            [
                ["China", "289,410", "4.2"],
                ["Indonesia", "201,880", "-1.3"],
                ["India", "104,230", "8.8"],
                ["Australia", "96,550", "2.1"],
                ["Malaysia", "93,120", "–"],
                ["Philippines", "61,940", "5.5"],
                ["Japan", "48,700", "0.7"],
                ["Others", "485,410", "n/a"],
                ["Total", "1,381,240", "3.0"],
            ],
            "Source: Singapore Department of Statistics; Singapore Tourism Board. – Less than "
            "0.05. Data are preliminary.",
        ),
        "SingStat | Visitor arrivals",
    )
    cases += _pair(
        "html table",
        7,
        "singstat-visitors",
        visitors,
        (
            "Singapore draws 1.38 million visitors in May",
            [
                "Singapore welcomed about 1.38 million visitors in May, with China the largest "
                "source market, @@ show.",
                "Hotel operators said conferences had kept rooms full mid-week.",
            ],
            "official figures",
        ),
        (
            "Visitor numbers top 1.4 million",
            [
                "Singapore welcomed more than 1.4 million visitors in May, with China the "
                "largest source market, @@ show.",
                "Hotel operators said conferences had kept rooms full mid-week.",
            ],
            "official figures",
        ),
    )
    measles = _html(
        "<h1>Measles Cases and Outbreaks</h1>"
        "<p>2025 saw the highest annual count since 1992.</p>"
        + _table(
            "Measles cases, outbreaks and hospitalizations, United States",
            "<tr><th>Year</th><th>Cases</th><th>Outbreaks‡</th><th>Hospitalized (%)</th></tr>",
            [
                ["2022", "121", "4", "29"],
                ["2023", "59", "4", "19"],
                ["2024", "285", "16", "40"],
                ["2025*", "1,681", "44", "13"],
            ],
            "* Provisional, as of December 31, 2025. ‡ Defined as 3 or more related cases. "
            "Centers for Disease Control and Prevention.",
        ),
        "CDC | Measles Cases and Outbreaks",
    )
    cases += _pair(
        "html table",
        8,
        "cdc-measles",
        measles,
        (
            "US measles cases top 1,600, most in three decades",
            [
                "The US recorded 1,681 measles cases in 2025, the most in more than three "
                "decades, according to provisional @@.",
                "Most cases were among people who had not been vaccinated.",
            ],
            "CDC data",
        ),
        (
            "Measles cases climb again",
            [
                "There were 285 measles cases in the US in 2025, according to @@, with most "
                "among unvaccinated children.",
                "Health officials urged parents to check their children's records.",
            ],
            "CDC data",
        ),
    )
    knees = _html(
        "<h1>Surgical wait times by province</h1>"
        + _table(
            "Knee replacement: median wait from decision to surgery (days)",
            "<tr><th rowspan='2'>Province</th><th colspan='2'>Median wait</th>"
            "<th rowspan='2'>Within benchmark, 2025 (%)</th></tr>"
            "<tr><th>2024</th><th>2025</th></tr>",
            [
                ["B.C.", "185", "172", "55"],
                ["Alta.", "231", "219", "42"],
                ["Sask.", "198", "204", "48"],
                ["Man.", "266", "240", "37"],
                ["Ont.", "142", "138", "71"],
                ["Que.", "–", "–", "n/a"],
                ["N.S.", "338", "303", "28"],
                ["N.B.", "290", "276", "33"],
                ["Canada†", "182", "171", "58"],
            ],
            "† Excludes Quebec. – Data not submitted. Provincial wait-time registries.",
        ),
        "Wait times | provincial registries",
    )
    cases += _pair(
        "html table",
        9,
        "canada-knees",
        knees,
        (
            "Nova Scotians wait longest for new knees",
            [
                "Nova Scotia patients waited a median of 303 days for a knee replacement last "
                "year, the longest of any province reporting, @@ shows.",
                "The province has promised more operating-room time at regional hospitals.",
            ],
            "provincial wait-time data",
        ),
        (
            "Manitoba knee waits still among longest",
            [
                "Manitoba patients waited a median of 266 days for a knee replacement last "
                "year, @@ shows.",
                "The province has promised more operating-room time at regional hospitals.",
            ],
            "provincial wait-time data",
        ),
    )
    return cases


# --- PDF reports ---------------------------------------------------------------------------------


def _pdf_reports() -> list[Case]:
    cases: list[Case] = []
    sarb = _pdf(
        "South African Reserve Bank Annual Report 2025/26",
        [
            "The year under review tested the resilience of the financial system.",
            "The Bank continued to modernise the national payment system.",
        ],
        [
            "The Bank's balance sheet remained sound throughout the financial year.",
            "Currency demand grew in line with nominal spending in the economy.",
        ],
        [
            [
                "Currency management",
                "Notes and coin in circulation increased by 4.1% to R189.6 billion at "
                "31 March 2026 (2025: R182.1 billion).",
                "Counterfeit detections declined for a third consecutive year.",
            ]
        ],
        [
            ["Currency in circulation", "2026 R million", "2025 R million"],
            ["Notes in circulation", "178 942", "171 820"],
            ["Coin in circulation", "10 658", "10 280"],
            ["Total", "189 600", "182 100"],
        ],
    )
    cases += _pair(
        "pdf report",
        10,
        "sarb-currency",
        sarb,
        (
            "Cash in circulation tops R189bn",
            [
                "Notes and coins in circulation rose to R189.6bn by the end of March, @@ shows, "
                "despite the spread of card and app payments.",
                "Retailers in rural areas said cash remained king for many customers.",
            ],
            "the Reserve Bank's annual report",
        ),
        (
            "More cash in South Africans' pockets",
            [
                "Notes and coins in circulation rose to R182.1bn at the end of March, "
                "@@ shows, despite the spread of card and app payments.",
                "Retailers in rural areas said cash remained king for many customers.",
            ],
            "the Reserve Bank's annual report",
        ),
    )
    met = _pdf(
        "State of the UK Climate 2025",
        [
            "This report summarises the UK's weather and climate through the year.",
            "It draws on the national observing network and long-term records.",
        ],
        [
            "The UK mean temperature in 2025 was 10.09°C.",
            "This is 0.94°C above the 1991–2020 average and 1.52°C above the 1961–1990 average.",
        ],
        [
            [
                "Rainfall",
                "UK rainfall was 1,098 mm, 95% of the 1991–2020 average.",
                "Spring was notably dry in England and Wales.",
            ]
        ],
        [
            ["Country", "Mean temperature (°C)", "Anomaly vs 1991–2020 (°C)"],
            ["England", "10.81", "1.02"],
            ["Wales", "10.12", "0.90"],
            ["Scotland", "8.35", "0.85"],
            ["Northern Ireland", "9.70", "0.78"],
            ["UK", "10.09", "0.94"],
        ],
    )
    cases += _pair(
        "pdf report",
        11,
        "metoffice-climate",
        met,
        (
            "UK was nearly 1C warmer than normal last year",
            [
                "Last year was about 0.9C warmer than the 1991-2020 average across the UK, "
                "with a mean temperature of 10.1C, @@ shows.",
                "Forecasters said the warming trend was clear in every season.",
            ],
            "the Met Office's annual climate report",
        ),
        (
            "UK warmth continues",
            [
                "The UK was 1.52C warmer than the 1991-2020 average last year, @@ shows.",
                "Forecasters said the warming trend was clear in every season.",
            ],
            "the Met Office's annual climate report",
        ),
    )
    ea = _pdf(
        "Water and sewerage companies in England: environmental performance report for 2024",
        [
            "This report sets out how each company performed against the agency's metrics.",
            "Performance remains far below what the public and the environment expect.",
        ],
        [
            "Water and sewerage companies reported 2,801 pollution incidents in 2024, up from "
            "2,174 in 2023.",
            "There were 75 serious (category 1 and 2) incidents.",
        ],
        [
            [
                "Company performance",
                "Company-level totals are shown in the table that follows.",
                "Incidents per 10,000 km of sewer allow companies of different size to be "
                "compared.",
            ]
        ],
        [
            ["Company", "Total incidents", "Serious incidents", "Per 10,000 km sewer"],
            ["Anglian Water", "404", "12", "48.8"],
            ["Northumbrian Water", "181", "4", "50.9"],
            ["Severn Trent", "281", "8", "28.1"],
            ["South West Water", "375", "14", "74.5"],
            ["Southern Water", "402", "11", "101.3"],
            ["Thames Water", "569", "14", "52.6"],
            ["United Utilities", "349", "7", "45.0"],
            ["Wessex Water", "160", "3", "46.1"],
            ["Yorkshire Water", "80", "2", "15.7"],
            ["Total", "2,801", "75", ".."],
        ],
    )
    cases += _pair(
        "pdf report",
        12,
        "ea-pollution",
        ea,
        (
            "Water firms behind 2,801 pollution incidents",
            [
                "Water and sewerage companies in England were responsible for 2,801 pollution "
                "incidents in 2024, up from 2,174 the year before, @@ shows.",
                "Campaigners called for tougher penalties.",
            ],
            "the Environment Agency's annual assessment",
        ),
        (
            "Thames Water pollution tally revealed",
            [
                "Thames Water alone reported 402 pollution incidents in 2024, @@ shows.",
                "Campaigners called for tougher penalties.",
            ],
            "the Environment Agency's annual assessment",
        ),
    )
    trial = _pdf(
        "Halvern Therapeutics: ATTAIN-2 Phase 3 topline results",
        [
            "We are pleased to share the topline results of our second Phase 3 study.",
            "The study enrolled adults with obesity across nine countries.",
        ],
        [
            "ATTAIN-2 met its primary endpoint.",
            "At week 68, participants randomised to orvaglutide 10 mg lost a mean 14.8% of body "
            "weight versus 2.4% with placebo.",
            "Participants on orvaglutide 5 mg lost a mean 9.6%.",
        ],
        [
            [
                "Safety and tolerability",
                "Discontinuation due to adverse events was 6.1% (10 mg), 4.3% (5 mg) and "
                "2.2% (placebo).",
                "The most common adverse events were gastrointestinal and mild to moderate.",
            ]
        ],
        [
            ["Arm", "Participants", "Mean weight change, week 68"],
            ["Orvaglutide 10 mg", "612", "-14.8%"],
            ["Orvaglutide 5 mg", "611", "-9.6%"],
            ["Placebo", "307", "-2.4%"],
        ],
    )
    cases += _pair(
        "pdf report",
        13,
        "halvern-trial",
        trial,
        (
            "Weight-loss pill cuts nearly 15% of body weight in trial",
            [
                "Patients taking the higher 10mg dose of orvaglutide lost an average 14.8 per "
                "cent of their body weight after 68 weeks, compared with 2.4 per cent on "
                "placebo, @@ shows.",
                "The company plans to file for approval next year.",
            ],
            "the company's topline report",
        ),
        (
            "Even low dose of weight-loss pill delivers",
            [
                "Even patients on the lower 5mg dose of orvaglutide lost an average 14.8 per "
                "cent of their body weight after 68 weeks, @@ shows.",
                "The company plans to file for approval next year.",
            ],
            "the company's topline report",
        ),
    )
    return cases


# --- text, CSV, JSON and feeds ------------------------------------------------------------------


def _text_or_csv() -> list[Case]:
    cases: list[Case] = []
    co2 = _csv(
        [
            [
                "year",
                "month",
                "decimal date",
                "average",
                "deseasonalized",
                "ndays",
                "sdev",
                "unc",
            ],
            ["2025", "1", "2025.0417", "426.65", "426.03", "30", "0.52", "0.18"],
            ["2025", "2", "2025.1250", "427.09", "426.21", "27", "0.61", "0.22"],
            ["2025", "3", "2025.2042", "428.15", "426.40", "29", "0.58", "0.21"],
            ["2025", "4", "2025.2875", "429.64", "426.71", "28", "0.66", "0.24"],
            ["2025", "5", "2025.3750", "430.51", "426.90", "30", "0.49", "0.17"],
            ["2025", "6", "2025.4583", "429.88", "427.02", "29", "0.44", "0.16"],
        ],
        "# Monthly mean CO2 mole fraction (ppm), Mauna Loa Observatory, Hawaii\n"
        "# NOAA Global Monitoring Laboratory. Data are provisional and may be revised.\n"
        "# Columns: year, month, decimal date, monthly average, de-seasonalized, days, "
        "std dev of days, uncertainty\n",
    )
    cases += _pair(
        "text or csv",
        14,
        "noaa-co2",
        co2,
        (
            "CO2 peaks above 430 ppm at Mauna Loa",
            [
                "Carbon dioxide at Mauna Loa hit a monthly average of 430.5 parts per million "
                "in May, the seasonal peak, @@ shows.",
                "Scientists said the annual rise remained close to record pace.",
            ],
            "NOAA's monthly record",
        ),
        (
            "Carbon dioxide hits new seasonal peak",
            [
                "Carbon dioxide at Mauna Loa averaged 429.6 ppm in May, the seasonal peak, "
                "@@ shows.",
                "Scientists said the annual rise remained close to record pace.",
            ],
            "NOAA's monthly record",
        ),
    )
    power = _csv(
        [
            ["Region", "Q1 2025", "Q4 2025", "Q1 2026"],
            ["NSW1", "131.20", "104.75", "112.40"],
            ["QLD1", "109.60", "91.30", "98.75"],
            ["VIC1", "78.45", "52.10", "64.10"],
            ["SA1", "142.05", "88.40", "121.90"],
            ["TAS1", "61.70", "47.85", "55.30"],
        ],
        "Quarterly volume-weighted average spot prices ($/MWh), NEM regions\n"
        "Source: Australian Energy Market Operator, Quarterly Energy Dynamics\n\n",
        content_type="text/plain",
    )
    cases += _pair(
        "text or csv",
        15,
        "aemo-prices",
        power,
        (
            "SA power prices jump in March quarter",
            [
                "Wholesale electricity in South Australia averaged $121.90 a megawatt hour in "
                "the March quarter, the highest of any mainland region, @@ shows.",
                "Low wind output during a hot spell pushed up prices.",
            ],
            "market operator data",
        ),
        (
            "SA wholesale prices ease",
            [
                "Wholesale electricity in South Australia averaged $88.40/MWh in the March "
                "quarter, @@ shows.",
                "Strong wind output kept a lid on prices.",
            ],
            "market operator data",
        ),
    )
    quake = Source(
        "text/plain; charset=utf-8",
        (
            b"GEOSCIENCE AUSTRALIA - EARTHQUAKE ALERT\n"
            b"Issued: 02/04/2026 10:12 AEST\n"
            b"Event ID: ga2026gkqv\n"
            b"----------------------------------------\n"
            b"Magnitude:        5.4 (Mw)\n"
            b"Origin time:      02/04/2026 09:41:07 AEST\n"
            b"Location:         35 km NE of Woods Point, VIC\n"
            b"Lat/Long:         -37.35, 146.52\n"
            b"Depth:            12 km\n"
            b"Felt reports:     3,214\n"
            b"Tsunami threat:   None to Australia\n"
            b"----------------------------------------\n"
            b"Information is preliminary and may change as more data are analysed.\n"
        ),
    )
    cases += _pair(
        "text or csv",
        16,
        "ga-quake",
        quake,
        (
            "Magnitude 5.4 earthquake rattles Victoria",
            [
                "A magnitude-5.4 earthquake struck about 35km north-east of Woods Point "
                "shortly before 10am on Thursday, @@ shows.",
                "Residents as far away as Melbourne reported feeling the shaking.",
            ],
            "Geoscience Australia's alert",
        ),
        (
            "Shallow quake felt across Victoria",
            [
                "The magnitude-5.4 quake struck at a depth of 35km near Woods Point on "
                "Thursday morning, @@ shows.",
                "Residents as far away as Melbourne reported feeling the shaking.",
            ],
            "Geoscience Australia's alert",
        ),
    )
    income = Source(
        "application/json",
        json.dumps(
            {
                "Data": {
                    "id": "M182331",
                    "title": "Median Gross Monthly Income From Work (Including Employer CPF "
                    "Contributions) Of Full-Time Employed Residents, Annual",
                    "frequency": "Annual",
                    "datasource": "Ministry Of Manpower",
                    "row": [
                        {
                            "seriesNo": "1",
                            "rowText": "Median (Dollar)",
                            "uoM": "Dollar",
                            "columns": [
                                {"key": "2023", "value": "5197"},
                                {"key": "2024", "value": "5500"},
                                {"key": "2025", "value": "5775"},
                            ],
                        },
                        {
                            "seriesNo": "2",
                            "rowText": "Nominal Change",
                            "uoM": "Per Cent",
                            "columns": [
                                {"key": "2023", "value": "na"},
                                {"key": "2024", "value": "5.8"},
                                {"key": "2025", "value": "5.0"},
                            ],
                        },
                        {
                            "seriesNo": "3",
                            "rowText": "Real Change",
                            "uoM": "Per Cent",
                            "columns": [
                                {"key": "2023", "value": "na"},
                                {"key": "2024", "value": "3.3"},
                                {"key": "2025", "value": "3.6"},
                            ],
                        },
                    ],
                },
                "DataCount": 3,
                "StatusCode": 200,
                "Message": "",
            }
        ).encode(),
    )
    cases += _pair(
        "text or csv",
        17,
        "singstat-income",
        income,
        (
            "Median income from work rises 5% to S$5,775",
            [
                "Median monthly income from work for full-time employed residents rose 5 per "
                "cent to S$5,775 in 2025, @@ shows.",
                "Economists said a tight labour market had kept pay growing.",
            ],
            "the statistics department's data",
        ),
        (
            "Pay growth stays strong",
            [
                "Median monthly income from work for full-time employed residents rose 5.8 "
                "per cent in 2025, @@ shows.",
                "Economists said a tight labour market had kept pay growing.",
            ],
            "the statistics department's data",
        ),
    )
    faa = Source(
        "application/rss+xml; charset=utf-8",
        (
            b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<rss version="2.0"><channel><title>FAA Newsroom</title>'
            b"<link>https://example.invalid/newsroom</link>"
            b"<description>Press releases</description>"
            b"<item><title>FAA Air Traffic Organization handles 16.4 million flights in fiscal "
            b"year 2025</title><link>https://example.invalid/newsroom/ato-fy25</link>"
            b"<pubDate>Thu, 16 Oct 2025 14:00:00 GMT</pubDate>"
            b"<description>Air traffic controllers handled 16.4 million flights during fiscal "
            b"year 2025, which ended Sept. 30, the agency said. The busiest day, June 27, saw "
            b"more than 52,000 flights.</description></item>"
            b"<item><title>FAA finalizes rule on drone operations beyond visual line of sight"
            b"</title><link>https://example.invalid/newsroom/bvlos</link>"
            b"<pubDate>Tue, 07 Oct 2025 15:30:00 GMT</pubDate>"
            b"<description>The rule takes effect in 90 days.</description></item>"
            b"</channel></rss>"
        ),
    )
    cases += _pair(
        "text or csv",
        18,
        "faa-flights",
        faa,
        (
            "US controllers handled more than 16 million flights",
            [
                "US air traffic controllers handled more than 16 million flights in fiscal "
                "2025, @@ show.",
                "Staffing shortages at several facilities caused delays over the summer.",
            ],
            "FAA figures",
        ),
        (
            "Record year for US air traffic",
            [
                "US air traffic controllers handled more than 17 million flights in fiscal "
                "2025, @@ show.",
                "Staffing shortages at several facilities caused delays over the summer.",
            ],
            "FAA figures",
        ),
    )
    return cases


# --- long pages ----------------------------------------------------------------------------------


def _long_pages() -> list[Case]:
    cases: list[Case] = []
    usda = _long(
        "World Agricultural Outlook: Oilseeds and Feed Grains Review",
        {
            3: "South American trade has been brisk. Brazil's soybean exports reached 52.5 "
            "million tonnes in the first half of the marketing year, a record pace.",
            9: "Corn: the U.S. corn yield is projected at 181.2 bushels per acre, and "
            "production is forecast slightly lower on reduced harvested area.",
            15: "Soybeans: the U.S. soybean yield is forecast at 52.5 bushels per acre, up 0.8 "
            "bushel from last month on favourable August rainfall in the Corn Belt. U.S. "
            "soybean exports are forecast at 49.8 million tonnes.",
            21: "Elsewhere, Australia's wheat yield is forecast at 2.3 tonnes per hectare as "
            "winter rain improved prospects in Western Australia.",
        },
    )
    cases += _pair(
        "long page",
        19,
        "usda-soy",
        usda,
        (
            "USDA lifts soybean yield forecast",
            [
                "USDA now pegs the average US soybean yield at 52.5 bushels an acre, up "
                "slightly on last month, @@ shows.",
                "Traders said the bigger crop would weigh on prices.",
            ],
            "the department's monthly outlook",
        ),
        (
            "US soybean exports on record pace",
            [
                "US soybean exports are on course for 52.5 million tonnes in the first half "
                "of the marketing year, @@ shows.",
                "Traders said strong demand would support prices.",
            ],
            "the department's monthly outlook",
        ),
    )
    fires = _long(
        "Victoria's 2025–26 fire season: a review",
        {
            2: "Public information: the VicEmergency app was downloaded 1.46 million times "
            "during the season, and warnings were issued for more than 300 communities.",
            8: "Area burned: fires burned 1.46 million hectares across Victoria in the 2025–26 "
            "season. Of this, 612,400 hectares were in national parks and reserves and the "
            "remainder on state forest and private land.",
            14: "Planned burning: the program treated 210,400 hectares of public land ahead "
            "of the season.",
            20: "Losses: 214 homes were destroyed and a further 96 damaged.",
        },
    )
    cases += _pair(
        "long page",
        20,
        "vic-fires",
        fires,
        (
            "Fires burned nearly 1.5 million hectares in Victoria",
            [
                "Bushfires burned 1.46 million hectares across Victoria over the 2025-26 "
                "season, @@ shows.",
                "The review calls for more planned burning in the east of the state.",
            ],
            "the state's fire season review",
        ),
        (
            "National parks bore brunt of fire season",
            [
                "Fires burned 1.46 million hectares of national parks and reserves across "
                "Victoria over the 2025-26 season, @@ shows.",
                "The review calls for more planned burning in the east of the state.",
            ],
            "the state's fire season review",
        ),
    )
    tenk = _long(
        "Lumenly, Inc. Form 10-K: Management's Discussion and Analysis",
        {
            1: "Key metrics. Monthly active users (MAUs) were 412 million as of December 31, "
            "2025, an increase of 14% from 362 million a year earlier. Daily active users "
            "(DAUs) were 187 million.",
            7: "Stock-based compensation expense was $412 million in 2025, compared with $356 "
            "million in 2024.",
            13: "Annual recurring revenue from subscriptions was $2.84 billion at year end.",
            19: "Headcount was 6,120 full-time employees as of December 31, 2025.",
        },
    )
    cases += _pair(
        "long page",
        21,
        "lumenly-10k",
        tenk,
        (
            "Lumenly ends year with 412 million users",
            [
                "Lumenly ended 2025 with 412 million monthly active users, up 14 per cent on "
                "a year earlier, its annual report @@ shows.",
                "The company said advertisers were returning after a weak 2024.",
            ],
            "filed with regulators",
        ),
        (
            "Lumenly daily users hit 412 million",
            [
                "Lumenly's daily active users reached 412 million at the end of 2025, its "
                "annual report @@ shows.",
                "The company said advertisers were returning after a weak 2024.",
            ],
            "filed with regulators",
        ),
    )
    return cases


# --- notation ------------------------------------------------------------------------------------


def _notation() -> list[Case]:
    cases: list[Case] = []
    reserves = _html(
        "<h1>Official gold and foreign exchange reserves: March 2026</h1>"
        "<p>The gross gold and foreign exchange reserves increased from US$66 930 million in "
        "February 2026 to US$68 412 million in March 2026.</p>"
        "<p>The international liquidity position increased from US$60 215 million to "
        "US$61 872 million over the same period.</p>"
        "<p>Issued by the South African Reserve Bank, Pretoria, 7 April 2026</p>",
        "SARB | Reserves",
    )
    cases += _pair(
        "notation",
        22,
        "sarb-reserves",
        reserves,
        (
            "SA reserves climb to $68.4bn",
            [
                "South Africa's gross gold and foreign exchange reserves rose to 68.4 billion "
                "dollars in March, @@ show.",
                "A higher gold price accounted for much of the increase.",
            ],
            "Reserve Bank figures",
        ),
        (
            "SA reserves climb in March",
            [
                "South Africa's gross gold and foreign exchange reserves rose to R68.4bn in "
                "March, @@ show.",
                "A higher gold price accounted for much of the increase.",
            ],
            "Reserve Bank figures",
        ),
    )
    arr = _html(
        "<h1>Tessaract Reports Fourth Quarter and Fiscal 2026 Financial Results</h1>"
        "<ul><li>Annual recurring revenue (ARR) of $1,207.5 million, up 31% year over year</li>"
        "<li>Fourth quarter revenue of $298.4 million, up 27% year over year</li>"
        "<li>Customers with ARR of $100,000 or more: 2,964</li></ul>"
        "<p>SAN MATEO, Calif. — Results for the fiscal year ended January 31, 2026.</p>",
        "Tessaract Investor Relations",
    )
    cases += _pair(
        "notation",
        23,
        "tessaract-arr",
        arr,
        (
            "Tessaract ARR passes $1.2 billion",
            [
                "Tessaract ended fiscal 2026 with annual recurring revenue of $1.21bn, up 31 "
                "per cent, @@ shows.",
                "Shares rose in after-hours trading.",
            ],
            "its earnings release",
        ),
        (
            "Tessaract ARR surges",
            [
                "Tessaract ended fiscal 2026 with annual recurring revenue of $12.1bn, up 31 "
                "per cent, @@ shows.",
                "Shares rose in after-hours trading.",
            ],
            "its earnings release",
        ),
    )
    chips = _html(
        "<h1>Global Semiconductor Sales Increase 22.7% Year-to-Year in April</h1>"
        "<p>WASHINGTON — The Semiconductor Industry Association today announced global "
        "semiconductor sales were $62.1 billion during the month of April 2026, an increase of "
        "22.7% compared to the April 2025 total of $50.6 billion and 2.4% more than the March "
        "2026 total of $60.6 billion. Monthly sales are compiled by the World Semiconductor "
        "Trade Statistics organization and represent a three-month moving average.</p>"
        "<p>Regionally, year-to-year sales were up in the Americas (38.1%), China (19.4%), "
        "Asia Pacific/All Other (17.2%) and Japan (4.6%), but down in Europe (-3.1%).</p>",
        "SIA | Global semiconductor sales",
    )
    cases += _pair(
        "notation",
        24,
        "sia-chips",
        chips,
        (
            "Chip sales hit US$62.1bn in April",
            [
                "Worldwide chip sales reached US$62.1bn in April, up 22.7 per cent from a year "
                "earlier, @@ said.",
                "Demand for AI data-centre hardware continued to drive the market.",
            ],
            "the Semiconductor Industry Association",
        ),
        (
            "Chip sales surge in April",
            [
                "Worldwide chip sales reached $62.1 million in April, up 22.7 per cent from a "
                "year earlier, @@ said.",
                "Demand for AI data-centre hardware continued to drive the market.",
            ],
            "the Semiconductor Industry Association",
        ),
    )
    esb = _html(
        "<h1>ESB Group announces 2025 annual results</h1>"
        "<p>Operating profit (before exceptional items) of €1,064 million (2024: €1,012 "
        "million).</p>"
        "<p>Capital expenditure of €2.1 billion, of which 61% was invested in networks.</p>"
        "<p>ESB, Dublin, 3 March 2026</p>",
        "ESB | Annual results",
    )
    cases += _pair(
        "notation",
        25,
        "esb-profit",
        esb,
        (
            "ESB profit tops €1bn",
            [
                "ESB's operating profit before exceptional items rose to 1.064 billion euros "
                "last year from 1.012 billion, @@ show.",
                "The utility said investment in the grid would continue to rise.",
            ],
            "its annual results",
        ),
        (
            "ESB profit rises",
            [
                "ESB's operating profit before exceptional items rose to £1.06bn last year, "
                "@@ show.",
                "The utility said investment in the grid would continue to rise.",
            ],
            "its annual results",
        ),
    )
    return cases


# --- rounding ------------------------------------------------------------------------------------


def _rounding() -> list[Case]:
    cases: list[Case] = []
    rba = _html(
        "<h1>F6 Housing Lending Rates</h1>"
        + _table(
            "Lending rates on outstanding housing loans, April 2026 (per cent per annum)",
            "<tr><th rowspan='2'>Borrower</th><th colspan='2'>Outstanding loans</th></tr>"
            "<tr><th>Variable</th><th>Fixed</th></tr>",
            [
                ["Owner-occupier", "6.27", "5.48"],
                ["Investor", "6.61", "5.83"],
                ["All housing", "6.38", "5.59"],
            ],
            "Source: APRA; RBA. Rates are averages weighted by loan balances.",
        ),
        "RBA | Statistical tables",
    )
    cases += _pair(
        "rounding",
        26,
        "rba-rates",
        rba,
        (
            "Variable mortgage rates steady at about 6.3%",
            [
                "The average variable rate on outstanding owner-occupier home loans was about "
                "6.3 per cent in April, @@ shows.",
                "Brokers said competition for refinancing customers remained fierce.",
            ],
            "Reserve Bank data",
        ),
        (
            "Home loan rates edge lower",
            [
                "The average variable rate on outstanding owner-occupier home loans was 6.2 "
                "per cent in April, @@ shows.",
                "Brokers said competition for refinancing customers remained fierce.",
            ],
            "Reserve Bank data",
        ),
    )
    temps = _html(
        "<h1>Assessing the Global Climate in 2025</h1>"
        "<p>The global surface temperature for 2025 was 1.17°C (2.11°F) above the 20th-century "
        "average of 13.9°C (57.0°F).</p>"
        "<p>This makes 2025 the third-warmest year in NOAA's 176-year record.</p>"
        "<p>NOAA National Centers for Environmental Information, January 2026</p>",
        "NCEI | Annual global climate report",
    )
    cases += _pair(
        "rounding",
        27,
        "noaa-global",
        temps,
        (
            "2025 third-warmest year on record",
            [
                "Earth's surface was about 1.2C warmer than the 20th-century average last "
                "year, making 2025 the third-warmest year on record, @@ shows.",
                "Scientists said the long-term trend was unmistakable.",
            ],
            "NOAA's annual climate report",
        ),
        (
            "Planet passes 1.2C of warming",
            [
                "Last year's global surface temperature was more than 1.2C above the "
                "20th-century average, @@ shows.",
                "Scientists said the long-term trend was unmistakable.",
            ],
            "NOAA's annual climate report",
        ),
    )
    marathon = _html(
        "<h1>Sydney Marathon 2025 – Official Results</h1>"
        + _table(
            "Elite results (gun time, h:mm:ss)",
            "<tr><th>Place</th><th>Name</th><th>Nation</th><th>Time</th></tr>",
            [
                ["1", "KIPRONO, Amos", "KEN", "2:06:18"],
                ["2", "TADESSE, Bekele", "ETH", "2:06:44"],
                ["3", "MUTISO, Dennis", "KEN", "2:07:09"],
                ["", "Women", "", ""],
                ["1", "GEBRE, Almaz", "ETH", "2:21:37"],
                ["2", "CHEPNGETICH, Ruth", "KEN", "2:22:05"],
            ],
            "Results are provisional until ratified.",
        ),
        "Sydney Marathon | Results",
    )
    cases += _pair(
        "rounding",
        28,
        "sydney-marathon",
        marathon,
        (
            "Kiprono wins Sydney Marathon",
            [
                "Kenya's Amos Kiprono won the Sydney Marathon in 2 hours 6 minutes, @@ show, "
                "holding off a late charge from Ethiopia's Bekele Tadesse.",
                "Warm conditions slowed the field in the closing stages.",
            ],
            "official results",
        ),
        (
            "Kiprono storms to Sydney win",
            [
                "Kenya's Amos Kiprono won the Sydney Marathon in just under 2 hours 6 minutes, "
                "@@ show.",
                "Warm conditions slowed the field in the closing stages.",
            ],
            "official results",
        ),
    )
    storage = _html(
        "<h1>Water storage levels</h1>"
        "<p>Total system storage: 84.6% of capacity (1,533.7 GL) at 1 June 2026.</p>"
        "<p>Same time last year: 79.2%.</p>"
        "<p>Thomson 81.3% · Cardinia 92.0% · Sugarloaf 95.4% · Upper Yarra 88.9%</p>",
        "Melbourne Water | Storage levels",
    )
    cases += _pair(
        "rounding",
        29,
        "melbourne-dams",
        storage,
        (
            "Melbourne's dams almost 85% full",
            [
                "Melbourne's water storages were almost 85 per cent full at the start of June, "
                "@@ shows, well up on a year earlier.",
                "The utility still urged residents to use water wisely.",
            ],
            "Melbourne Water data",
        ),
        (
            "Melbourne storages strong heading into winter",
            [
                "Melbourne's water storages were more than 85 per cent full at the start of "
                "June, @@ shows.",
                "The utility still urged residents to use water wisely.",
            ],
            "Melbourne Water data",
        ),
    )
    return cases


# --- another subject ------------------------------------------------------------------------------


def _other_subject() -> list[Case]:
    cases: list[Case] = []
    cap = _html(
        "<h1>Energy price cap: 1 July to 30 September 2026</h1>"
        + _table(
            "Average unit rates and standing charges, direct debit, Great Britain",
            "<tr><th>Fuel</th><th>Unit rate (p/kWh)</th><th>Standing charge (p/day)</th></tr>",
            [
                ["Electricity", "24.86", "53.80"],
                ["Gas", "6.34", "32.67"],
            ],
            "Typical annual dual fuel bill: £1,720. Rates include VAT.",
        ),
        "Ofgem | Energy price cap",
    )
    cases += _pair(
        "other subject",
        30,
        "ofgem-cap",
        cap,
        (
            "Electricity unit rate set at 24.86p from July",
            [
                "The cap puts the average electricity unit rate at 24.86p per kilowatt hour "
                "from July, @@ shows.",
                "Charities warned many households were still in arrears.",
            ],
            "the regulator's announcement",
        ),
        (
            "Standing charges under fire again",
            [
                "The daily standing charge for electricity will be 32.67p from July, @@ shows.",
                "Charities warned many households were still in arrears.",
            ],
            "the regulator's announcement",
        ),
    )
    vax = _html(
        "<h1>Vaccination Coverage and Exemptions among Kindergartners, 2024–25 School Year</h1>"
        "<dl><dt>MMR (2 doses)</dt><dd>92.5%</dd>"
        "<dt>DTaP (5 doses)</dt><dd>92.1%</dd>"
        "<dt>Polio (4 doses)</dt><dd>92.8%</dd>"
        "<dt>Varicella (2 doses)</dt><dd>92.2%</dd>"
        "<dt>Any exemption</dt><dd>3.6%</dd></dl>"
        "<p>Centers for Disease Control and Prevention. National estimates.</p>",
        "CDC | SchoolVaxView",
    )
    cases += _pair(
        "other subject",
        31,
        "cdc-kinder",
        vax,
        (
            "MMR coverage slips among kindergartners",
            [
                "About 92.5% of US kindergartners had received both doses of the MMR vaccine "
                "in the 2024-25 school year, @@ shows.",
                "Health officials urged parents to keep up with vaccinations.",
            ],
            "CDC data",
        ),
        (
            "Fewer kindergartners fully vaccinated",
            [
                "DTaP coverage among US kindergartners stood at 92.5% in the 2024-25 school "
                "year, @@ shows.",
                "Health officials urged parents to keep up with vaccinations.",
            ],
            "CDC data",
        ),
    )
    naep = _html(
        "<h1>The Nation's Report Card: 2026 Reading and Mathematics</h1>"
        + _table(
            "Average scale scores, public and nonpublic schools, 2026",
            "<tr><th rowspan='2'>Subject</th><th colspan='2'>Grade</th></tr>"
            "<tr><th>4</th><th>8</th></tr>",
            [
                ["Reading", "214", "257"],
                ["Mathematics", "237", "272"],
            ],
            "National Center for Education Statistics. Scale 0–500.",
        ),
        "NCES | NAEP 2026",
    )
    cases += _pair(
        "other subject",
        32,
        "nces-naep",
        naep,
        (
            "Eighth-graders average 272 in math",
            [
                "Eighth-graders averaged 272 on the national mathematics test this year, @@ shows.",
                "Educators said recovery from the pandemic remained uneven.",
            ],
            "the Nation's Report Card",
        ),
        (
            "Fourth-grade reading scores disappoint",
            [
                "Fourth-graders scored an average of 257 on the national reading test this "
                "year, @@ shows.",
                "Educators said recovery from the pandemic remained uneven.",
            ],
            "the Nation's Report Card",
        ),
    )
    return cases


# --- two periods ---------------------------------------------------------------------------------


def _two_periods() -> list[Case]:
    cases: list[Case] = []
    dwellings = _html(
        "<h1>Total Value of Dwellings, December Quarter 2025</h1>"
        "<p>The mean price of residential dwellings rose $8,300 to $976,400 in the December "
        "quarter 2025.</p>"
        "<p>In the September quarter 2025 the mean price was $968,100.</p>"
        "<p>Australian Bureau of Statistics</p>",
        "ABS | Total Value of Dwellings",
    )
    cases += _pair(
        "two periods",
        33,
        "abs-dwellings",
        dwellings,
        (
            "Average home price nears $1 million",
            [
                "The mean price of a home in Australia rose to $976,400 in the December "
                "quarter, @@ shows.",
                "First-home buyers said saving a deposit was harder than ever.",
            ],
            "the Australian Bureau of Statistics",
        ),
        (
            "Home prices keep rising",
            [
                "The mean price of a home in Australia was $968,100 in the December quarter, "
                "@@ shows.",
                "First-home buyers said saving a deposit was harder than ever.",
            ],
            "the Australian Bureau of Statistics",
        ),
    )
    alberta = _html(
        "<h1>Labour Force Statistics, May 2026</h1>"
        "<p>Alberta's seasonally adjusted unemployment rate was 7.1% in May, up from 6.9% in "
        "April.</p>"
        "<p>Employment rose by 4,800 over the month.</p>"
        "<p>Alberta Treasury Board and Finance, Office of Statistics and Information</p>",
        "Alberta | Labour force statistics",
    )
    cases += _pair(
        "two periods",
        34,
        "alberta-jobs",
        alberta,
        (
            "Alberta jobless rate rises to 7.1%",
            [
                "Alberta's unemployment rate rose to 7.1 per cent in May, @@ shows, even as "
                "employers added jobs.",
                "The province's finance minister said the labour force was growing fast.",
            ],
            "provincial data",
        ),
        (
            "Alberta jobless rate holds below 7%",
            [
                "Alberta's unemployment rate was 6.9 per cent in May, @@ shows.",
                "The province's finance minister said the labour force was growing fast.",
            ],
            "provincial data",
        ),
    )
    hurricanes = _html(
        "<h1>Quiet end to 2025 Atlantic hurricane season</h1>"
        "<p>The 2025 Atlantic hurricane season, which ended Nov. 30, produced 13 named storms, "
        "of which 5 became hurricanes, including 3 major hurricanes.</p>"
        "<p>By comparison, the 2024 season produced 18 named storms, 11 hurricanes and 5 major "
        "hurricanes.</p>"
        "<p>NOAA National Weather Service, Climate Prediction Center</p>",
        "NOAA | Hurricane season summary",
    )
    cases += _pair(
        "two periods",
        35,
        "noaa-hurricanes",
        hurricanes,
        (
            "Atlantic season ends with 13 named storms",
            [
                "The 2025 Atlantic hurricane season produced 13 named storms, five of which "
                "became hurricanes, @@ says.",
                "Forecasters said warm ocean waters had not translated into a busy season.",
            ],
            "NOAA",
        ),
        (
            "Busy Atlantic season draws to a close",
            [
                "The 2025 Atlantic hurricane season produced 18 named storms, @@ says.",
                "Forecasters said warm ocean waters had fuelled a busy season.",
            ],
            "NOAA",
        ),
    )
    perth = _html(
        "<h1>Perth market update: June quarter 2026</h1>"
        + _table(
            "Median sale price, Perth metropolitan ($)",
            "<tr><th></th><th>Mar qtr 2026</th><th>Jun qtr 2026</th></tr>",
            [
                ["Houses", "785,000", "810,000"],
                ["Units", "505,000", "520,000"],
            ],
            "Preliminary. Based on settled sales.",
        ),
        "Perth market update",
    )
    cases += _pair(
        "two periods",
        36,
        "perth-median",
        perth,
        (
            "Perth median house price hits $810,000",
            [
                "Perth's median house price rose to $810,000 in the June quarter, @@ shows.",
                "Agents reported strong interest from interstate buyers.",
            ],
            "the latest market update",
        ),
        (
            "Perth house prices climb",
            [
                "Perth's median house price reached $785,000 in the June quarter, @@ shows.",
                "Agents reported strong interest from interstate buyers.",
            ],
            "the latest market update",
        ),
    )
    gdp = _html(
        "<h1>MTI Maintains 2026 GDP Growth Forecast</h1>"
        "<p>The Singapore economy grew by 3.9 per cent year-on-year in the first quarter of "
        "2026, faster than the 3.4 per cent growth in the advance estimates released in "
        "April.</p>"
        "<p>On a quarter-on-quarter seasonally adjusted basis, the economy grew by 0.8 per "
        "cent.</p>"
        "<p>Ministry of Trade and Industry, Singapore, 21 May 2026</p>",
        "MTI | Economic Survey of Singapore",
    )
    cases += _pair(
        "two periods",
        37,
        "mti-gdp",
        gdp,
        (
            "Singapore economy grew 3.9% in first quarter",
            [
                "Singapore's economy grew 3.9 per cent from a year earlier in the first "
                "quarter, faster than first thought, @@ said.",
                "Manufacturing and finance led the expansion.",
            ],
            "the trade ministry",
        ),
        (
            "Singapore growth steady in first quarter",
            [
                "Singapore's economy grew 3.4 per cent from a year earlier in the first "
                "quarter, @@ said.",
                "Manufacturing and finance led the expansion.",
            ],
            "the trade ministry",
        ),
    )
    return cases


# --- figure absent -------------------------------------------------------------------------------


def _figure_absent() -> list[Case]:
    warragamba = _html(
        "<h1>Dam levels</h1>"
        "<p>Warragamba Dam is at 96.2% of capacity (1,948,300 ML) as at 9am, 14 June 2026.</p>"
        "<p>Levels are updated daily. WaterNSW</p>",
        "WaterNSW | Warragamba Dam",
    )
    rsv = _html(
        "<h1>Topline results from Phase 3 trial of RSV vaccine candidate</h1>"
        "<p>The candidate showed 82.4% efficacy against RSV lower respiratory tract disease in "
        "adults aged 60 and older over the first season.</p>"
        "<p>The vaccine was generally well tolerated. Full results will be presented at a "
        "scientific meeting.</p>",
        "Press release",
    )
    storm = _html(
        "<h1>Storm Bram: highest gusts</h1>"
        "<p>The highest gust recorded was 92 mph at Capel Curig, Gwynedd. Aberdaron recorded "
        "81 mph.</p>"
        "<p>Met Office. Figures are provisional.</p>",
        "Met Office blog",
    )
    parcel = _html(
        "<h1>Parcelwise Reports First Quarter 2026 Results</h1>"
        "<ul><li>Revenue of $412.6 million, up 24% year over year</li>"
        "<li>Annual recurring revenue of $1.62 billion</li>"
        "<li>Net revenue retention rate of 118%</li></ul>",
        "Parcelwise Investor Relations",
    )
    return [
        _absent(
            38,
            "waternsw-total",
            warragamba,
            (
                "Sydney dams nearly full",
                [
                    "Sydney's combined dam storage stands at 88.7 per cent of capacity, @@ shows.",
                    "Water restrictions are not expected this year.",
                ],
                "WaterNSW",
            ),
        ),
        _absent(
            39,
            "rsv-severe",
            rsv,
            (
                "RSV shot highly effective against severe disease",
                [
                    "The vaccine was 91 per cent effective against severe RSV disease in older "
                    "adults, @@ shows.",
                    "Regulators are expected to review the data next year.",
                ],
                "the company's topline announcement",
            ),
        ),
        _absent(
            40,
            "metoffice-needles",
            storm,
            (
                "Storm Bram batters south coast",
                [
                    "Gusts of 100mph were recorded at the Needles on the Isle of Wight, @@ shows.",
                    "Ferry services were cancelled for most of the day.",
                ],
                "the Met Office",
            ),
        ),
        _absent(
            41,
            "parcelwise-mau",
            parcel,
            (
                "Parcelwise user base swells",
                [
                    "Parcelwise said its platform now has 58 million monthly active users, @@ "
                    "shows.",
                    "The company raised its full-year outlook.",
                ],
                "its quarterly results",
            ),
        ),
    ]


# --- spelled out ---------------------------------------------------------------------------------


def _spelled_out() -> list[Case]:
    cases: list[Case] = []
    acgr = _html(
        "<h1>Public High School Graduation Rates</h1>"
        "<p>The national adjusted cohort graduation rate (ACGR) for public high school students "
        "was 87 percent in 2022–23.</p>"
        "<p>National Center for Education Statistics, Condition of Education</p>",
        "NCES | Graduation rates",
    )
    cases += _pair(
        "spelled out",
        42,
        "nces-grad",
        acgr,
        (
            "Nearly nine in ten students graduate on time",
            [
                "Nearly nine in ten US public high school students now graduate within four "
                "years, @@ shows.",
                "Gaps between states remain wide.",
            ],
            "federal data",
        ),
        (
            "Graduation rates hit new high",
            [
                "More than nine in ten US public high school students now graduate within "
                "four years, @@ shows.",
                "Gaps between states remain wide.",
            ],
            "federal data",
        ),
    )
    volunteers = _html(
        "<h1>General Social Survey: Volunteering, 2024</h1>"
        "<p>In 2024, 26.3% of Australians aged 15 years and over volunteered formally through "
        "an organisation or group.</p>"
        "<p>Australian Bureau of Statistics</p>",
        "ABS | Volunteering",
    )
    cases += _pair(
        "spelled out",
        43,
        "abs-volunteer",
        volunteers,
        (
            "About one in four Australians volunteer",
            [
                "About one in four Australians aged 15 and over volunteered through an "
                "organisation in 2024, @@ shows.",
                "Sporting clubs said they were struggling to find enough helpers.",
            ],
            "the Australian Bureau of Statistics",
        ),
        (
            "One in three Australians volunteer",
            [
                "One in three Australians aged 15 and over volunteered through an "
                "organisation in 2024, @@ shows.",
                "Sporting clubs said they were struggling to find enough helpers.",
            ],
            "the Australian Bureau of Statistics",
        ),
    )
    youth = _html(
        "<h1>Youth in the labour market, Q1:2026</h1>"
        "<p>The unemployment rate among young people aged 15–24 years was 62.2% in the first "
        "quarter of 2026.</p>"
        "<p>Statistics South Africa</p>",
        "Stats SA | Youth",
    )
    cases += _pair(
        "spelled out",
        44,
        "statssa-youth",
        youth,
        (
            "More than three in five young jobseekers without work",
            [
                "More than three in five young people aged 15 to 24 in the labour force are "
                "unemployed, @@ shows.",
                "Business groups called for more apprenticeships.",
            ],
            "Stats SA",
        ),
        (
            "Two-thirds of young jobseekers without work",
            [
                "More than two-thirds of young people aged 15 to 24 in the labour force are "
                "unemployed, @@ shows.",
                "Business groups called for more apprenticeships.",
            ],
            "Stats SA",
        ),
    )
    clinics = _html(
        "<h1>More Nova Scotians connected to primary care</h1>"
        "<p>11 new collaborative care clinics opened across the province in 2025, bringing "
        "the total to 104.</p>"
        "<p>Nova Scotia Department of Health and Wellness, Halifax, 20 January 2026</p>",
        "Nova Scotia | News release",
    )
    cases += _pair(
        "spelled out",
        45,
        "ns-clinics",
        clinics,
        (
            "Eleven new clinics open in Nova Scotia",
            [
                "Eleven new collaborative care clinics opened across Nova Scotia last year, "
                "@@ says.",
                "Doctors said the team model was helping to cut waiting lists.",
            ],
            "the provincial health department",
        ),
        (
            "A dozen new clinics for Nova Scotia",
            [
                "A dozen new collaborative care clinics opened across Nova Scotia last year, "
                "@@ says.",
                "Doctors said the team model was helping to cut waiting lists.",
            ],
            "the provincial health department",
        ),
    )
    return cases


# --- unreadable ---------------------------------------------------------------------------------


def _unreadable_cases() -> list[Case]:
    locked = Source(
        "application/pdf",
        make_pdf(
            [
                ["Consolidated general report on local government audit outcomes"],
                ["Foreword", "Municipal finances remain under strain."],
                ["Key results", "Unauthorised expenditure amounted to R1.2bn."],
                ["Appendix"],
                ["Glossary"],
            ],
            password="agsa-2026",
        ),
    )
    not_found_html = (
        "<!doctype html><html><head><title>Page not found</title></head><body>"
        "<h1>404 – Page not found</h1><p>The page you requested has moved or no longer "
        "exists.</p></body></html>"
    )
    error_html = (
        "<!doctype html><html><head><title>Service unavailable</title></head><body>"
        "<h1>Something went wrong</h1><p>Please try again later.</p></body></html>"
    )
    blocked = (
        "<!doctype html><html><head><title>Attention Required!</title></head><body>"
        "<h1>Sorry, you have been blocked</h1><h2>You are unable to access this website</h2>"
        "<p>This website is using a security service to protect itself from online attacks. "
        "The action you just performed triggered the security solution.</p>"
        "<p>Ray ID: 8f2c1a9b7d3e4f10</p></body></html>"
    )
    forbidden = (
        "<!doctype html><html><head><title>403 Forbidden</title></head><body>"
        "<h1>Forbidden</h1><p>You don't have permission to access this resource.</p>"
        "</body></html>"
    )
    return [
        _unreadable(
            46,
            "agsa-locked",
            locked,
            (
                "Municipalities racked up R1.2bn in unauthorised spending",
                [
                    "Municipalities incurred R1.2bn in unauthorised expenditure in 2024-25, "
                    "@@ shows.",
                ],
                "the Auditor-General's report",
            ),
        ),
        _unreadable(
            47,
            "bom-scan",
            Source("application/pdf", blank_pdf(3)),
            (
                "Winter was warmest on record",
                [
                    "Australia's mean winter temperature was 1.9C above average, @@ shows.",
                ],
                "the Bureau of Meteorology's seasonal statement",
            ),
        ),
        _unreadable(
            48,
            "usda-404-text",
            Source("text/plain; charset=utf-8", b"404 Not Found", status=404),
            (
                "Wheat yields beat expectations",
                [
                    "Kansas wheat yields averaged 49 bushels an acre this season, @@ shows.",
                ],
                "USDA",
            ),
        ),
        _unreadable(
            49,
            "metoffice-404-html",
            Source("text/html; charset=utf-8", not_found_html.encode(), status=404),
            (
                "Wettest February for Wales",
                [
                    "Wales had 312mm of rain in February, 187 per cent of the average, @@ shows.",
                ],
                "the Met Office",
            ),
        ),
        _unreadable(
            50,
            "singstat-500-text",
            Source(
                "text/plain; charset=utf-8",
                b"500 Internal Server Error\nThe server encountered an unexpected condition.",
                status=500,
            ),
            (
                "HDB resale prices rise again",
                [
                    "HDB resale prices rose 2.1 per cent in the second quarter, @@ shows.",
                ],
                "official flash estimates",
            ),
        ),
        _unreadable(
            51,
            "cdc-500-html",
            Source("text/html; charset=utf-8", error_html.encode(), status=500),
            (
                "Flu hospitalisations climb",
                [
                    "Flu hospitalisations reached 41.2 per 100,000 people this season, @@ shows.",
                ],
                "CDC surveillance data",
            ),
        ),
        _unreadable(
            52,
            "faa-empty",
            Source("text/html; charset=utf-8", b""),
            (
                "Drone registrations pass a million",
                [
                    "More than 1.1 million drones are now registered with the FAA, @@ shows.",
                ],
                "agency data",
            ),
        ),
        _unreadable(
            53,
            "streamco-blocked",
            Source("text/html; charset=utf-8", blocked.encode()),
            (
                "Streamco subscribers top 300 million",
                [
                    "Streamco ended the year with 301.6 million paid memberships, @@ shows.",
                ],
                "its annual report",
            ),
        ),
        _unreadable(
            54,
            "ea-chart-png",
            Source("image/png", _png()),
            (
                "River levels highest in decades",
                [
                    "The Severn at Shrewsbury peaked at 5.25 metres, @@ shows.",
                ],
                "the Environment Agency's river gauge report",
            ),
        ),
        _unreadable(
            55,
            "bc-403",
            Source("text/html; charset=utf-8", forbidden.encode(), status=403),
            (
                "BC housing starts slow",
                [
                    "Housing starts in British Columbia fell 12 per cent in the first half, "
                    "@@ shows.",
                ],
                "provincial figures",
            ),
        ),
    ]


def blind13_cases() -> list[Case]:
    """The thirteenth blind set, in a fixed order: kinds grouped, pairs together."""
    return [
        *_press_releases(),
        *_html_tables(),
        *_pdf_reports(),
        *_text_or_csv(),
        *_long_pages(),
        *_notation(),
        *_rounding(),
        *_other_subject(),
        *_two_periods(),
        *_figure_absent(),
        *_spelled_out(),
        *_unreadable_cases(),
    ]
