"""The eighteenth blind held-out set for the citation gate (split "blind18").

Written from the product's spec alone (the brief's issue text, the Case/Source shapes and the
well-formedness test), without reading the checker or any other set's cases. Nobody tunes on it.

Domain: public-service and non-economic statistics from sub-national and city agencies and
the national offices that publish them region by region: health (A&E and ED times, waiting
lists, vaccination and HPV uptake, alcohol-related stays, pertussis and measles notifications,
ambulance response), education (enrolment, graduation and completion rates, GCSE results),
crime (recorded offences, the crime severity index, clearance rates, shootings), transport
(ridership, road deaths and casualties, Opal trips), weather and climate (rainfall in mm,
temperature anomalies in °C, frosts), environment (emissions in tonnes CO2e, recycling,
wildfire area) and housing (temporary accommodation, crowding). Institutions: Public Health
Scotland, Welsh Government statistics, NISRA and the PSNI, Ireland's CSO and HSE, Statistics
Canada, Ontario's ministries and Ontario Health, Quebec's MSSS (in French, Latin-1, decimal
commas and spaced thousands), the BC Ministry of Education and BC Wildfire Service, the Bureau
of Meteorology, NSW's Bureau of Health Information and Transport for NSW, Victoria's
Department of Health, Stats NZ and NZ's Ministry of Transport, the California DMV, Texas DSHS,
the MTA, the Chicago Police Department, Singapore's LTA, MOH and Traffic Police, Hong Kong's
Transport Department, the Seoul Metropolitan Government, the Tokyo Metropolitan Government and
Tokyo Fire Department and the Japan Meteorological Agency. Figures are invented.

Sources: three-line HTML releases, a <figcaption>, a <dl>, HTML tables (merged header cells,
units in the caption, totals rows, footnote markers, "n/a", "–" and ".." cells, a transposed
table), multi-page PDF reports made with fpdf2 (the figure on a later page or only in a table
page), CSV as text/csv (with a byte-order mark) and as text/plain under a title line, a
fixed-width plain-text bulletin, a JSON API answer, RSS and Atom feeds, and long pages of
2,000+ words where the article's number also appears about something else. Unreadable: a
locked PDF, a scanned (image-only) PDF, 404 and 500 pages in HTML and plain text, an empty
200 and a "Verifying you are human" interstitial served with a 200.

Planted errors: another value, a scale misread, a figure the source gives only for another
subject, region or period, a figure the source lacks, another unit, a sign flipped, a hedge the
source does not bear out, rounding too far. Clean cases lean on what a careful copy editor
accepts: rounding, "per cent", "1.08m", "3.4k", "per 100K", spelled-out numbers and shares.
Most cases come in clean/planted pairs that share one source; case names do not say which is
which.
"""

from __future__ import annotations

import io
import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from fpdf import FPDF
from PIL import Image

from citation_corpus import Case, Source


@dataclass(frozen=True)
class Blind18Case(Case):
    @property
    def split(self) -> str:
        return "blind18"


# --------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------

_OUTLETS = (
    ("The Civic Ledger", "civicledger"),
    ("Northern Post", "northernpost"),
    ("Metro Desk Daily", "metrodesk"),
    ("The Regional Record", "regionalrecord"),
    ("Harbour City Times", "harbourtimes"),
)

_LINK = re.compile(r"@@(.+?)@@")


def _story(
    name: str,
    headline: str,
    paras: list[str],
    *,
    dek: str = "",
    by: str = "Staff reporter",
    date: str = "2025-03-20",
    style: int = 0,
) -> str:
    """A news article: one paragraph holds ``@@link text@@``, the link to the cited source."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    links = _LINK.findall(body)
    assert len(links) == 1, (name, links)
    body = _LINK.sub(lambda m: f'<a href="/sources/{name}">{m.group(1)}</a>', body)
    outlet, slug = _OUTLETS[style % len(_OUTLETS)]
    dek_html = f'<p class="standfirst">{dek}</p>' if dek else ""
    if style % 3 == 0:
        page = (
            f'<header class="masthead"><a class="logo" href="/">{outlet}</a>'
            '<nav><a href="/news">News</a> <a href="/health">Health</a> '
            '<a href="/transport">Transport</a> <a href="/weather">Weather</a> '
            '<a href="/subscribe">Subscribe</a></nav></header>'
            f"<main><article><h1>{headline}</h1>{dek_html}"
            f'<p class="byline">By {by} <time datetime="{date}">{date}</time></p>'
            f"{body}</article>"
            '<aside class="related"><h2>More from the desk</h2><ul>'
            '<li><a href="/news/council-meeting-preview">What to watch at the council '
            "meeting</a></li>"
            '<li><a href="/news/letters">Letters: readers on the bus timetable</a></li>'
            "</ul></aside></main>"
            f'<footer><p>© {outlet}. <a href="/privacy">Privacy</a> · '
            '<a href="/contact">Contact the newsroom</a></p></footer>'
        )
    elif style % 3 == 1:
        page = (
            f'<div id="top"><a href="#content" class="skip">Skip to content</a>'
            f"<span>{outlet}</span></div>"
            '<div id="content"><article>'
            f'<div class="kicker">Data</div><h1 class="headline">{headline}</h1>{dek_html}'
            f'<div class="meta"><span class="author">{by}</span> · <span>{date}</span>'
            '<span class="share">Share this story</span></div>'
            f'<div class="article-body">{body}</div>'
            '<p class="corrections">Spotted an error? Email the corrections desk.</p>'
            "</article></div>"
            '<div class="newsletter">Sign up for the morning briefing</div>'
        )
    else:
        page = (
            f"<header><h2>{outlet}</h2></header><article>"
            f"<h1>{headline}</h1>{dek_html}"
            '<figure class="lead"><img src="/img/stock-photo.jpg" alt="">'
            "<figcaption>File photo. Photograph: agency</figcaption></figure>"
            f'<p class="byline">{by}, {date}</p>{body}'
            '<div class="tags">Tags: public services, statistics</div></article>'
            '<div class="comments">Comments are closed for this article.</div>'
        )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{headline} | {outlet}</title>"
        f'<link rel="canonical" href="https://{slug}.example/news/{name}"></head>'
        f"<body>{page}</body></html>"
    )


def _pair(
    kind: str,
    topic: int,
    source: Source,
    clean: tuple[str, str, list[str]],
    planted: tuple[str, str, list[str]],
    *,
    dek: tuple[str, str] = ("", ""),
    by: str = "Staff reporter",
    date: str = "2025-03-20",
    style: int = 0,
) -> list[Case]:
    """A clean and a planted case sharing one source: each (name, headline, paragraphs)."""
    out: list[Case] = []
    for planted_flag, (name, headline, paras), d, s in (
        (False, clean, dek[0], style),
        (True, planted, dek[1], style + 1),
    ):
        html = _story(name, headline, paras, dek=d, by=by, date=date, style=s)
        out.append(Blind18Case(name, kind, topic, planted_flag, html, source))
    return out


def _one(
    kind: str,
    topic: int,
    source: Source,
    story: tuple[str, str, list[str]],
    *,
    planted: bool,
    readable: bool = True,
    style: int = 0,
    date: str = "2025-03-20",
) -> Blind18Case:
    name, headline, paras = story
    html = _story(name, headline, paras, style=style, date=date)
    return Blind18Case(name, kind, topic, planted, html, source, readable)


# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------


def _page(
    title: str,
    body: str,
    *,
    site: str,
    ctype: str = "text/html; charset=utf-8",
    encoding: str = "utf-8",
    lang: str = "en",
) -> Source:
    """An agency web page with the chrome real ones have around the content."""
    html = (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{encoding}">\n'
        f"<title>{title} - {site}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="stylesheet" href="/assets/site.css">\n</head>\n<body>\n'
        '<div class="cookie-banner">We use cookies to understand how you use this site. '
        "<button>Accept additional cookies</button> <button>Reject additional cookies</button>"
        "</div>\n"
        f'<header class="site-header"><a href="/" class="brand">{site}</a>'
        '<nav><ul><li><a href="/statistics">Statistics</a></li><li><a href="/news">News</a></li>'
        '<li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></nav>'
        '<form class="search"><input type="search" name="q" placeholder="Search"></form>'
        "</header>\n"
        f'<main id="main-content">\n{body}\n</main>\n'
        '<div class="feedback">Is this page useful? <a href="/feedback">Yes</a> '
        '<a href="/feedback">No</a></div>\n'
        f'<footer class="site-footer"><p>© {site}</p><ul><li><a href="/accessibility">'
        'Accessibility</a></li><li><a href="/privacy">Privacy</a></li>'
        '<li><a href="/open-data">Open data licence</a></li></ul></footer>\n'
        "</body>\n</html>\n"
    )
    return Source(ctype, html.encode(encoding))


def _latin1(text: str) -> str:
    for a, b in (("–", "-"), ("—", "-"), ("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(a, b)
    text.encode("latin-1")  # the core fonts only: fail loudly here, not in fpdf
    return text


class _Report(FPDF):
    org = ""

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", size=8)
        self.cell(0, 8, f"{self.org}    Page {self.page_no()}", align="C")


def _pdf(
    org: str,
    title: list[str],
    foreword: list[str],
    key_results: list[str],
    sections: list[list[str]],
    tables: Sequence[tuple[str, list[list[str]], str]] = (),
) -> Source:
    """A report: cover, Foreword, Key results, prose sections (a page each), then table pages
    (heading, rows with the header first, a note under the table)."""
    pdf = _Report()
    pdf.org = _latin1(org)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    for line in title:
        pdf.multi_cell(0, 11, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 7, _latin1(org), new_x="LMARGIN", new_y="NEXT")
    for heading, lines in (("Foreword", foreword), ("Key results", key_results)):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 15)
        pdf.multi_cell(0, 9, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        for line in lines:
            pdf.multi_cell(0, 6, _latin1(line), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    for lines in sections:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 8, _latin1(lines[0]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        for line in lines[1:]:
            pdf.multi_cell(0, 6, _latin1(line), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    for heading, rows, note in tables:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 8, _latin1(heading), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=9)
        with pdf.table() as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(_latin1(cell))
        pdf.ln(3)
        pdf.set_font("Helvetica", "I", 8)
        pdf.multi_cell(0, 5, _latin1(note), new_x="LMARGIN", new_y="NEXT")
    return Source("application/pdf", bytes(pdf.output()))


def _locked_pdf() -> Source:
    pdf = FPDF()
    pdf.set_encryption(owner_password="hse-owner-2025", user_password="waitlist")
    pdf.set_font("Helvetica", size=11)
    for n in range(3):
        pdf.add_page()
        for line in (
            f"National Waiting List Report - restricted draft - section {n + 1}",
            "Outpatient waiting list at month end: 612,480 patients.",
        ):
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return Source("application/pdf", bytes(pdf.output()))


def _scanned_pdf(pages: int) -> Source:
    """A scan: each page one greyscale image of a typed page, no text layer."""
    rng = random.Random(1818)
    pdf = FPDF()
    for _ in range(pages):
        img = Image.new("L", (420, 594), 238)
        px = img.load()
        assert px is not None
        for y in range(60, 560, 14):  # dark bands where lines of type were
            width = rng.randrange(200, 360)
            for x in range(40, 40 + width):
                for dy in range(6):
                    if rng.random() < 0.55:
                        px[x, y + dy] = rng.randrange(20, 90)
        for _ in range(3000):  # scanner speckle
            px[rng.randrange(420), rng.randrange(594)] = rng.randrange(120, 200)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    return Source("application/pdf", bytes(pdf.output()))


def _table(
    caption: str, head: str, rows: list[list[str]], *, foot: str = "", notes: str = ""
) -> str:
    """An HTML table: ``head`` is the raw <thead> markup (merged cells and all)."""
    body = "".join(
        "<tr>"
        + "".join(
            (f'<th scope="row">{c}</th>' if i == 0 else f"<td>{c}</td>") for i, c in enumerate(r)
        )
        + "</tr>"
        for r in rows
    )
    tfoot = f"<tfoot>{foot}</tfoot>" if foot else ""
    note = f'<div class="table-notes">{notes}</div>' if notes else ""
    return (
        f'<table class="data"><caption>{caption}</caption><thead>{head}</thead>'
        f"<tbody>{body}</tbody>{tfoot}</table>{note}"
    )


# --------------------------------------------------------------------------------------------
# Press releases: three-line releases, an RSS feed, a <figcaption>
# --------------------------------------------------------------------------------------------


def _press_release() -> list[Case]:
    kind = "press release"
    out: list[Case] = []

    phs_ae = _page(
        "A&E activity and waiting times - week ending 9 March 2025",
        '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/publications">Publications</a>'
        " › A&E activity and waiting times</nav>"
        '<span class="badge">Accredited official statistics</span>'
        "<h1>A&amp;E activity and waiting times</h1>"
        "<p class='pubdate'>Week ending 9 March 2025 · Published 18 March 2025</p>"
        "<h2>Main points</h2><ul>"
        "<li>67.8% of patients attending A&amp;E were seen and subsequently admitted, "
        "transferred or discharged within four hours, against the standard of 95%.</li>"
        "<li>There were 25,614 attendances at A&amp;E departments, compared with 25,102 in the "
        "previous week.</li>"
        "<li>1,342 patients spent more than eight hours in A&amp;E and 518 spent more than 12 "
        "hours.</li></ul>"
        "<p>Weekly figures cover the emergency departments reporting to the weekly return. "
        "Monthly figures, which include minor injury units, are published separately.</p>"
        "<p>Next publication: 25 March 2025. Contact: phs.edsupport@phs.scot</p>",
        site="Public Health Scotland",
    )
    out += _pair(
        kind,
        1,
        phs_ae,
        (
            "scotland-ae-four-hour-week",
            "Just over two-thirds of Scottish A&amp;E patients seen within four hours",
            [
                "Figures from @@Public Health Scotland@@ show 67.8% of patients who attended "
                "A&amp;E in the week ending 9 March were admitted, transferred or discharged "
                "within four hours, well short of the 95% standard.",
                "There were 25,614 attendances over the week, and 518 patients spent more than "
                "12 hours in an emergency department.",
                "The health secretary said winter pressure was easing but that the service "
                "remained under strain.",
            ],
        ),
        (
            "scotland-ae-long-waits-week",
            "More than 1,300 A&amp;E patients waited over 12 hours in a single week",
            [
                "Some 1,342 patients spent more than 12 hours in Scotland's A&amp;E departments "
                "in the week ending 9 March, according to @@Public Health Scotland@@.",
                "Overall, 67.8% of patients were seen within four hours against a 95% target.",
                "Opposition politicians called the figures a scandal.",
            ],
        ),
        by="Health correspondent",
        date="2025-03-18",
    )

    wales_rtt = _page(
        "NHS activity and performance summary: January and February 2025",
        "<h1>NHS activity and performance summary: January and February 2025</h1>"
        "<p>Statistics on NHS activity and performance, including waiting times for treatment."
        "</p><p>First published: 20 March 2025</p>"
        "<h2>Main points</h2>"
        "<p>The number of open patient pathways waiting to start treatment was around 797,400 "
        "in January, up from around 793,100 in December.</p>"
        "<p>The median waiting time from referral to treatment was 21.9 weeks.</p>"
        "<p>Around 23,900 pathways had been waiting longer than two years, about 1,300 fewer "
        "than in December.</p>"
        "<h2>Documents</h2><ul><li><a href='/docs/nhs-activity-jan-feb-2025.ods'>"
        "NHS activity and performance summary: data tables (ODS, 212 KB)</a></li></ul>"
        "<p>Statistician: Health Analysis team. Email: stats.healthinfo@gov.wales</p>",
        site="GOV.WALES",
    )
    out += _pair(
        kind,
        2,
        wales_rtt,
        (
            "wales-waiting-list-january-2025",
            "Welsh NHS waiting list edges towards 800,000",
            [
                "The number of patient pathways waiting to start treatment in Wales rose to about "
                "797,400 in January, @@Welsh Government statistics@@ show, with a median wait of "
                "almost 22 weeks.",
                "The number waiting more than two years fell to around 23,900.",
            ],
        ),
        (
            "wales-waiting-list-800000",
            "Welsh NHS waiting list tops 800,000 for the first time",
            [
                "More than 800,000 patient pathways were waiting to start treatment in Wales in "
                "January, according to @@Welsh Government statistics@@.",
                "The median wait from referral to treatment was 21.9 weeks.",
            ],
        ),
        by="Wales health reporter",
        date="2025-03-20",
        style=1,
    )

    rss = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>\n'
        "<title>Stats NZ - Information releases</title>\n"
        "<link>https://www.stats.govt.nz/information-releases/</link>\n"
        "<description>Latest information releases from Stats NZ Tatauranga Aotearoa"
        "</description>\n<language>en-nz</language>\n"
        "<item><title>Overseas merchandise trade: January 2025</title>"
        "<link>https://www.stats.govt.nz/information-releases/overseas-merchandise-trade-"
        "january-2025/</link><pubDate>Tue, 25 Feb 2025 10:45:00 +1300</pubDate>"
        "<description>Goods exports rose 9.1 percent compared with January 2024.</description>"
        "</item>\n"
        "<item><title>Births and deaths: Year ended December 2024</title>"
        "<link>https://www.stats.govt.nz/information-releases/births-and-deaths-year-ended-"
        "december-2024/</link><pubDate>Tue, 18 Feb 2025 10:45:00 +1300</pubDate>"
        "<description><![CDATA[<p>There were 57,828 live births registered in New Zealand in "
        "the December 2024 year, down 2.1 percent from the December 2023 year.</p>"
        "<p>There were 37,236 deaths registered in the December 2024 year.</p>"
        "<p>The total fertility rate was 1.52 births per woman, down from 1.56 in 2023.</p>]]>"
        "</description></item>\n"
        "<item><title>Household labour force survey: December 2024 quarter</title>"
        "<link>https://www.stats.govt.nz/information-releases/labour-market-statistics-"
        "december-2024-quarter/</link><pubDate>Wed, 05 Feb 2025 10:45:00 +1300</pubDate>"
        "<description>The unemployment rate was 5.1 percent in the December 2024 quarter."
        "</description></item>\n"
        "</channel></rss>\n"
    )
    nz_births = Source("application/rss+xml; charset=utf-8", rss.encode())
    out += _pair(
        kind,
        3,
        nz_births,
        (
            "nz-births-2024-year",
            "Births slip 2.1 percent as fertility rate falls to 1.52",
            [
                "Births in New Zealand fell 2.1 percent to 57,828 in 2024, and the fertility "
                "rate dropped to 1.52 births per woman, @@Stats NZ said@@.",
                "Demographers have warned for years that the country's fertility rate is well "
                "below the level needed to replace the population without migration.",
            ],
        ),
        (
            "nz-births-and-deaths-2024",
            "NZ births slip to 57,828",
            [
                "There were 57,828 births and 38,236 deaths registered in New Zealand in 2024, "
                "@@Stats NZ said@@.",
                "The total fertility rate fell to 1.52 births per woman.",
            ],
        ),
        by="Wellington bureau",
        date="2025-02-18",
        style=2,
    )

    lta = _page(
        "Public transport ridership 2024",
        '<div class="page-title"><h1>Public Transport Ridership 2024</h1>'
        '<p class="date">Published: 27 Feb 2025</p></div>'
        "<p>Public transport ridership continued to recover in 2024.</p>"
        '<figure class="chart"><img src="/-/media/ltagov/news/2025/ridership-chart.png" '
        'alt="Bar chart of average daily ridership by mode, 2019 to 2024">'
        "<figcaption>Figure 2: Average daily ridership on the MRT and LRT reached 3.53 million "
        "journeys in 2024, up 6.3% from 2023.</figcaption></figure>"
        "<p>Average daily public bus ridership was 3.99 million journeys.</p>"
        "<p>Combined average daily ridership was 7.52 million journeys.</p>"
        '<p class="src">Source: LTA, public transport operators. Figures are journey-based.</p>',
        site="Land Transport Authority",
    )
    out += _pair(
        kind,
        4,
        lta,
        (
            "singapore-rail-ridership-2024",
            "Singapore's trains carry 3.53m journeys a day",
            [
                "Singapore's MRT and LRT lines carried an average of 3.53m journeys a day in "
                "2024, up 6.3% on the year before, the @@Land Transport Authority@@ said.",
                "Buses carried 3.99m journeys a day.",
            ],
        ),
        (
            "singapore-mrt-journeys-up",
            "MRT ridership climbs to 3.53 million a day",
            [
                "Average daily ridership on the MRT and LRT rose 3.6% in 2024 to 3.53 million "
                "journeys, figures from the @@Land Transport Authority@@ show.",
                "Total daily ridership across trains and buses was 7.52 million.",
            ],
        ),
        by="Transport reporter",
        date="2025-02-28",
    )
    return out


# --------------------------------------------------------------------------------------------
# HTML tables
# --------------------------------------------------------------------------------------------

_NI_DISTRICTS = (
    ("Belfast City", 43560, 42118),
    ("Lisburn &amp; Castlereagh City", 6215, 6402),
    ("Ards &amp; North Down", 5874, 5691),
    ("Newry, Mourne &amp; Down", 7330, 7105),
    ("Armagh City, Banbridge &amp; Craigavon", 9412, 9688),
    ("Mid Ulster", 4987, 4802),
    ("Fermanagh &amp; Omagh", 3911, 3850),
    ("Derry City &amp; Strabane", 9874, 9615),
    ("Causeway Coast &amp; Glens", 6108, 6240),
    ("Mid &amp; East Antrim", 6530, 6377),
    ("Antrim &amp; Newtownabbey", 6822, 6348),
)


def _n(x: int) -> str:
    return f"{x:,}"


def _html_table() -> list[Case]:
    kind = "html table"
    out: list[Case] = []

    rows = []
    for district, before, after in _NI_DISTRICTS:
        change = after - before
        rows.append(
            [
                district,
                _n(before),
                _n(after),
                f"{change:+,}",
                f"{change / before * 100:+.1f}",
            ]
        )
    before = sum(d[1] for d in _NI_DISTRICTS)
    after = sum(d[2] for d in _NI_DISTRICTS)
    head = (
        '<tr><th rowspan="2">Policing district</th><th colspan="2">Police recorded crime</th>'
        '<th colspan="2">Change between years</th></tr>'
        "<tr><th>2023/24</th><th>2024/25¹</th><th>Number</th><th>%</th></tr>"
    )
    foot = (
        f"<tr><th>Northern Ireland²</th><td>{_n(before)}</td><td>{_n(after)}</td>"
        f"<td>{after - before:+,}</td><td>{(after - before) / before * 100:+.1f}</td></tr>"
    )
    ni_crime = _page(
        "Police recorded crime in Northern Ireland: update to 31 March 2025",
        "<h1>Police Recorded Crime in Northern Ireland</h1>"
        "<p>Update to 31 March 2025. Published 8 May 2025 by PSNI Statistics Branch, "
        "statisticians seconded from NISRA.</p>"
        + _table(
            "Table 2: Police recorded crime by policing district, 2023/24 and 2024/25",
            head,
            [*rows, ["Unknown district³", "214", "..", "..", ".."]],
            foot=foot,
            notes="<p>¹ 2024/25 figures are provisional and may be revised.</p>"
            "<p>² Northern Ireland totals exclude the unknown district row.</p>"
            "<p>³ Not yet allocated to a district at the time of extraction.</p>"
            "<p>.. not available.</p>",
        ),
        site="PSNI Statistics",
    )
    out += _pair(
        kind,
        1,
        ni_crime,
        (
            "belfast-recorded-crime-2024-25",
            "Belfast crime down 3.3% as Northern Ireland total falls",
            [
                "Police recorded 42,118 crimes in Belfast City in 2024/25, down 3.3 per cent, "
                "out of 108,236 across Northern Ireland, @@PSNI figures@@ show.",
                "The figures for the latest year are provisional.",
            ],
        ),
        (
            "belfast-crime-figures-year",
            "Belfast recorded more than 43,000 crimes last year",
            [
                "Police recorded 43,560 crimes in Belfast City in 2024/25, according to "
                "@@PSNI figures@@, the most of any policing district.",
                "Across Northern Ireland recorded crime fell 2.2 per cent.",
            ],
        ),
        by="Belfast reporter",
        date="2025-05-08",
    )

    boards = (
        ("Ayrshire &amp; Arran", "96.4", "93.1", "94.2", "95.3"),
        ("Borders", "96.9", "94.0", "95.1", "95.8"),
        ("Dumfries &amp; Galloway", "96.1", "93.5", "94.6", "95.0"),
        ("Fife", "95.8", "92.4", "93.3", "94.5"),
        ("Forth Valley", "96.7", "93.8", "94.9", "95.6"),
        ("Grampian", "96.2", "93.0", "94.0", "95.2"),
        ("Greater Glasgow &amp; Clyde", "95.1", "92.0", "92.9", "94.3"),
        ("Highland", "95.4", "91.6", "93.2", "94.0"),
        ("Lanarkshire", "96.0", "92.9", "94.4", "95.1"),
        ("Lothian", "95.3", "91.9", "92.8", "94.1"),
        ("Orkney¹", "97.2", "n/a", "96.3", "96.9"),
        ("Shetland", "96.8", "94.7", "95.9", "96.2"),
        ("Tayside", "96.3", "93.3", "94.1", "95.4"),
        ("Western Isles", "97.5", "95.0", "96.8", "97.0"),
    )
    head = (
        '<tr><th rowspan="2">NHS Board</th><th colspan="2">By 12 months</th>'
        '<th colspan="2">By 24 months</th></tr>'
        "<tr><th>6-in-1</th><th>Rotavirus</th><th>MMR1</th><th>Hib/MenC</th></tr>"
    )
    phs_imm = _page(
        "Childhood immunisation statistics Scotland - quarter ending 31 December 2024",
        "<h1>Childhood immunisation statistics Scotland</h1>"
        "<p>Quarter and year ending 31 December 2024. Published 25 March 2025.</p>"
        + _table(
            "Table 1: Percentage of children immunised by 12 and 24 months of age, by NHS Board, "
            "quarter ending 31 December 2024 (%)",
            head,
            [list(b) for b in boards],
            foot="<tr><th>Scotland</th><td>95.9</td><td>92.7</td><td>93.6</td><td>94.8</td></tr>",
            notes="<p>¹ Rotavirus uptake for NHS Orkney is not available this quarter because of "
            "a change of child health system.</p><p>Source: Scottish Immunisation and Recall "
            "System (SIRS).</p>",
        ),
        site="Public Health Scotland",
    )
    out += _pair(
        kind,
        2,
        phs_imm,
        (
            "scotland-mmr-uptake-24-months",
            "MMR uptake at two years stands at 93.6% in Scotland",
            [
                "Some 93.6% of children in Scotland had their first MMR dose by 24 months in the "
                "last quarter of 2024, and in Lothian the figure was 92.8%, "
                "@@Public Health Scotland statistics@@ show.",
                "Health boards have been asked to contact families whose children are overdue.",
            ],
        ),
        (
            "lothian-mmr-uptake-quarter",
            "Lothian MMR uptake at 93.6% as measles fears grow",
            [
                "In NHS Lothian 93.6% of children had received their first MMR dose by the age "
                "of two in the quarter to December, @@Public Health Scotland statistics@@ show.",
                "Public health officials urged parents to check their children's records.",
            ],
        ),
        by="Scotland desk",
        date="2025-03-25",
        style=1,
    )

    hk_head = (
        '<tr><th rowspan="2">Degree of injury</th><th colspan="3">District</th>'
        '<th rowspan="2">All districts</th></tr>'
        "<tr><th>Hong Kong Island</th><th>Kowloon</th><th>New Territories</th></tr>"
    )
    hk = _page(
        "Road Traffic Accident Statistics 2024 - Table 1.3",
        "<h1>Road Traffic Accident Statistics</h1><p>Year: 2024 · Last revision date: "
        "28 March 2025</p>"
        + _table(
            "Table 1.3 Road traffic casualties by degree of injury and district, 2024 "
            "(number of persons)",
            hk_head,
            [
                ["Killed", "19", "29", "58", "106"],
                ["Seriously injured", "412", "688", "1,034", "2,134"],
                ["Slightly injured", "3,122", "5,406", "8,877", "17,405"],
            ],
            foot="<tr><th>Total</th><td>3,553</td><td>6,123</td><td>9,969</td><td>19,645</td></tr>",
            notes="<p>Note: killed means death within 30 days of the accident.</p>"
            "<p>Source: Transport Department, Road Safety and Standards Division, using Hong "
            "Kong Police Force accident records.</p>",
        ),
        site="Transport Department, The Government of the Hong Kong SAR",
    )
    out += _pair(
        kind,
        3,
        hk,
        (
            "hong-kong-road-deaths-2024",
            "106 killed on Hong Kong roads in 2024",
            [
                "A total of 106 people were killed on Hong Kong's roads last year, 58 of them in "
                "the New Territories, according to @@Transport Department statistics@@.",
                "More than 2,100 people were seriously injured.",
            ],
        ),
        (
            "hong-kong-island-road-deaths",
            "29 deaths on Hong Kong Island roads last year",
            [
                "Twenty-nine people were killed in road accidents on Hong Kong Island in 2024, "
                "out of 106 across the territory, @@Transport Department statistics@@ show.",
                "The department said it would review pedestrian crossings in the Central and "
                "Western district.",
            ],
        ),
        by="Hong Kong reporter",
        date="2025-03-29",
        style=2,
    )

    cpd_rows = [
        ["Murder", "631", "588", "-6.8%", "340", "57.8"],
        ["Criminal sexual assault", "1,702", "1,655", "-2.8%", "–", "–"],
        ["Robbery", "8,976", "8,104", "-9.7%", "1,021", "12.6"],
        ["Aggravated battery", "8,433", "8,151", "-3.3%", "2,364", "29.0"],
        ["Burglary", "7,915", "7,488", "-5.4%", "–", "–"],
        ["Theft", "56,018", "53,907", "-3.8%", "–", "–"],
        ["Motor vehicle theft", "29,263", "19,842", "-32.2%", "–", "–"],
    ]
    cpd_head = (
        '<tr><th rowspan="2">Offense</th><th colspan="3">Incidents (Jan 1 - Dec 31)</th>'
        '<th colspan="2">Cleared</th></tr>'
        "<tr><th>2023</th><th>2024</th><th>% Chg</th><th>Count</th><th>Rate %</th></tr>"
    )
    cpd = _page(
        "CompStat - Citywide - Year End 2024",
        "<h1>CompStat: Citywide year-end report 2024</h1>"
        "<p>Prepared by the CPD Office of Public Safety Administration. Data are preliminary "
        "and subject to change.</p>"
        + _table(
            "Index crime, citywide, 2023 vs 2024",
            cpd_head,
            cpd_rows,
            foot="<tr><th>Total index crime</th><td>112,938</td><td>99,735</td>"
            "<td>-11.7%</td><td>..</td><td>..</td></tr>",
            notes="<p>– clearance not calculated for this category. Clearance rates count cases "
            "cleared in 2024 regardless of the year of the offense.</p>",
        ),
        site="Chicago Police Department",
    )
    out += _pair(
        kind,
        4,
        cpd,
        (
            "chicago-murders-2024-fall",
            "Chicago murders fall nearly 7% in 2024",
            [
                "Murders in Chicago fell nearly 7% to 588 last year, and detectives cleared 57.8% "
                "of cases, according to the @@Chicago Police Department's year-end CompStat@@.",
                "Motor vehicle thefts fell by almost a third.",
            ],
        ),
        (
            "chicago-murders-2024-count",
            "Chicago murders up 6.8% to 588",
            [
                "Chicago recorded 588 murders in 2024, a rise of 6.8% on the year before, "
                "according to the @@Chicago Police Department's year-end CompStat@@.",
                "The department cleared 57.8% of murder cases.",
            ],
        ),
        by="City hall reporter",
        date="2025-01-03",
    )
    return out


# --------------------------------------------------------------------------------------------
# PDF reports
# --------------------------------------------------------------------------------------------


def _hse_ed_report() -> Source:
    hospitals = [
        ["Beaumont Hospital", "Dublin and North East", "14,920", "52.3", "68.9", "95.4"],
        [
            "Mater Misericordiae University Hospital",
            "Dublin and North East",
            "15,310",
            "55.1",
            "71.2",
            "96.0",
        ],
        [
            "Our Lady of Lourdes Hospital, Drogheda",
            "Dublin and North East",
            "14,455",
            "59.8",
            "75.0",
            "97.0",
        ],
        ["St James's Hospital", "Dublin and Midlands", "14,102", "58.7", "74.5", "97.1"],
        ["Tallaght University Hospital", "Dublin and Midlands", "13,480", "54.9", "70.3", "96.2"],
        [
            "St Vincent's University Hospital",
            "Dublin and South East",
            "12,655",
            "57.2",
            "73.0",
            "96.8",
        ],
        [
            "University Hospital Waterford",
            "Dublin and South East",
            "12,960",
            "60.4",
            "76.1",
            "97.5",
        ],
        ["University Hospital Limerick", "Mid West", "18,230", "48.6", "66.3", "93.1"],
        ["Cork University Hospital", "South West", "16,840", "56.0", "72.4", "96.4"],
        ["University Hospital Kerry", "South West", "9,215", "63.9", "79.8", "98.2"],
        ["University Hospital Galway", "West and North West", "15,020", "50.7", "67.5", "94.6"],
        ["Sligo University Hospital", "West and North West", "8,760", "66.2", "81.4", "98.5"],
        ["All EDs (29 sites)", "", "391,450", "61.2", "76.8", "97.9"],
    ]
    return _pdf(
        "Health Service Executive - Acute Operations, Performance Management",
        ["Emergency Department", "Performance Report", "Quarter 4, 2024 (October - December)"],
        [
            "This report sets out how emergency departments performed in the final quarter "
            "of 2024, the first full quarter in which the new health regions reported.",
            "Demand remained high through the winter, with the respiratory virus season "
            "arriving earlier than in the previous two years. Staff in every department "
            "worked under sustained pressure and I want to thank them for their commitment.",
            "The patient experience time (PET) measures the time from registration to "
            "admission or discharge. Our targets are that no patient waits more than 24 hours, "
            "and that most are seen within six hours.",
            "Chief Operations Officer",
        ],
        [
            "There were 391,450 attendances at emergency departments in Q4 2024, 2.4% more "
            "than in Q4 2023.",
            "Nationally, 61.2% of patients were admitted or discharged within six hours of "
            "registration, and 97.9% within 24 hours.",
            "84.7% of patients aged 75 and over were admitted or discharged within 24 hours.",
            "Hospital-level results are given in Table 3.",
        ],
        [
            [
                "1. Definitions and data sources",
                "Figures come from the Patient Experience Time dataset returned weekly by each "
                "hospital's ED information system. Attendances include new and return "
                "attendances at EDs but exclude injury units and medical assessment units.",
                "PET is counted from the time of registration to the time the patient leaves "
                "the ED, whether admitted to a ward or discharged. Patients who leave before "
                "completion of treatment are included with the time they were last recorded.",
                "Figures for Q4 2024 are provisional and may be revised when hospitals validate "
                "their returns.",
            ],
            [
                "2. Regional commentary",
                "HSE Dublin and North East saw the largest rise in attendances, driven by older "
                "patients with respiratory illness. HSE Mid West again recorded the weakest "
                "performance of the six regions, reflecting the single model-4 hospital in the "
                "region and continuing bed capacity constraints.",
                "HSE South West and HSE West and North West improved on the same quarter last "
                "year. Additional community beds opened in December are expected to support "
                "discharge in the first quarter of 2025.",
                "Trolley counts are reported separately by the Irish Nurses and Midwives "
                "Organisation and are not used in this report.",
            ],
        ],
        [
            (
                "Table 3: ED attendances and patient experience time (PET) by hospital, Q4 2024",
                [
                    [
                        "Hospital",
                        "Region",
                        "Attendances",
                        "PET <6 hrs (%)",
                        "PET <9 hrs (%)",
                        "PET <24 hrs (%)",
                    ],
                    *hospitals,
                ],
                "Selected hospitals shown; all 29 sites are included in the total. Provisional.",
            )
        ],
    )


def _bom_victoria_report() -> Source:
    return _pdf(
        "Bureau of Meteorology - Victorian Climate Services Centre",
        ["Victoria in 2024", "Annual Climate Statement", "Issued 6 January 2025"],
        [
            "Each year the Bureau summarises the climate of Victoria using observations from "
            "its network of more than 600 rainfall stations and 90 automatic weather stations.",
            "2024 was a year of contrasts: a wet start in the east gave way to a very dry "
            "autumn and winter across the west and the Wimmera, where farmers faced one of the "
            "driest growing seasons in decades.",
            "Regional Director, Victoria",
        ],
        [
            "Victoria's area-averaged mean temperature for 2024 was 1.12 °C above the 1961-1990 "
            "average, the state's third-warmest year on record.",
            "State-wide rainfall was 574.3 mm, 13% below the 1961-1990 average of 659.8 mm.",
            "Mean maximum temperatures were 1.35 °C above average and mean minimum temperatures "
            "0.89 °C above average.",
        ],
        [
            [
                "Rainfall",
                "Rainfall was below average for most of the west and centre of the state, and "
                "very much below average in parts of the South West and the Wimmera. Gippsland "
                "was the exception, with above average totals after heavy rain in February "
                "and again in November.",
                "The autumn break was late across much of the state. Several long-term "
                "stations in the west recorded their driest April to October period on record.",
            ],
            [
                "Temperature",
                "Days were warmer than average throughout the year, particularly in spring. "
                "The warmest day of the year was 13 February, when temperatures exceeded 44 °C "
                "in the north-west.",
                "Frost was less frequent than average at most inland stations, though a cold "
                "outbreak in early July brought widespread frost to the Central Highlands.",
            ],
        ],
        [
            (
                "Table 2: Station summaries, 2024",
                [
                    ["Station", "Rainfall (mm)", "% of average", "Mean max (°C)", "Frost days"],
                    ["Melbourne (Olympic Park)", "512.8", "80", "21.6", "0"],
                    ["Ballarat Aerodrome", "541.2", "78", "18.7", "41"],
                    ["Bendigo Airport", "402.6", "75", "23.1", "28"],
                    ["Mildura Airport", "198.4", "69", "25.9", "17"],
                    ["Horsham Polkemmet", "281.7", "63", "23.6", "33"],
                    ["Sale Airport", "688.9", "112", "20.9", "22"],
                    ["Mount Hotham", "1,402.0", "81", "10.4", "118"],
                ],
                "Frost days: days with a minimum temperature below 0 °C. Averages 1961-1990.",
            )
        ],
    )


def _ontario_education_report() -> Source:
    return _pdf(
        "Ontario Ministry of Education - Education Statistics and Analysis Branch",
        ["Education Facts", "2023-2024 School Year", "Publicly funded schools"],
        [
            "Education Facts brings together the main statistics on Ontario's publicly funded "
            "elementary and secondary schools: enrolment, schools, educators and graduation.",
            "Data are drawn from the Ontario School Information System (OnSIS) as submitted by "
            "school boards for the October and March count dates.",
        ],
        [
            "Enrolment in publicly funded elementary and secondary schools was 2,046,318 "
            "students in 2023-2024.",
            "Elementary enrolment was 1,428,904 and secondary enrolment was 617,414.",
            "There were 4,858 publicly funded schools: 3,973 elementary and 885 secondary.",
        ],
        [
            [
                "Schools and educators",
                "School boards employed the equivalent of 139,520 full-time educators, of whom "
                "about 76,000 taught in elementary schools.",
                "French-language boards enrolled about 5% of all students.",
            ],
            [
                "Graduation rates",
                "The graduation rate measures the share of students who started Grade 9 in a "
                "given year and earned an Ontario Secondary School Diploma within four or five "
                "years.",
                "The five-year graduation rate for students who started Grade 9 in 2018-2019 "
                "was 89.1%.",
                "The four-year graduation rate for students who started Grade 9 in 2019-2020 "
                "was 83.4%.",
                "Both rates are the highest since the ministry began tracking cohorts.",
            ],
            [
                "Notes",
                "Enrolment is the head count of students on 31 October. Adult day school and "
                "continuing education students are excluded.",
                "Figures may not add to totals because of rounding.",
            ],
        ],
    )


def _tokyo_emissions_report() -> Source:
    return _pdf(
        "Tokyo Metropolitan Government - Bureau of Environment",
        ["Greenhouse Gas Emissions in Tokyo", "Final Figures for FY2022", "March 2025"],
        [
            "Tokyo has set the goal of halving greenhouse gas emissions from their FY2000 level "
            "by 2030 (Carbon Half). This report gives the final figures for fiscal year 2022 "
            "(April 2022 to March 2023).",
            "Emissions are estimated from energy statistics, the Tokyo Cap-and-Trade Program "
            "reports and national inventory factors.",
        ],
        [
            "Total greenhouse gas emissions in FY2022 were 61.2 million t-CO2e, down 3.4% from "
            "FY2021 and 14.8% below FY2000.",
            "Energy consumption was 552 PJ, down 2.9% from FY2021.",
            "Emissions by sector are shown in Table 1.",
        ],
        [
            [
                "Trends by sector",
                "Emissions from the commercial sector fell as offices used less electricity "
                "and the carbon intensity of purchased electricity improved.",
                "Residential emissions fell for the second year in a row. Transport emissions "
                "were broadly stable as traffic returned to pre-pandemic levels.",
            ],
            [
                "Method",
                "Electricity emissions use the emission factor of each fiscal year. Figures "
                "for earlier years have been revised with the latest factors.",
            ],
        ],
        [
            (
                "Table 1: Greenhouse gas emissions by sector (million t-CO2e)",
                [
                    ["Sector", "FY2000", "FY2021", "FY2022", "Change FY21-22"],
                    ["Industrial", "8.0", "4.3", "4.1", "-4.7%"],
                    ["Commercial", "24.9", "26.7", "25.6", "-4.1%"],
                    ["Residential", "16.7", "19.6", "18.9", "-3.6%"],
                    ["Transport", "19.3", "10.6", "10.4", "-1.9%"],
                    ["Waste", "1.5", "1.3", "1.3", "0.0%"],
                    ["Other gases", "1.4", "0.9", "0.9", "0.0%"],
                    ["Total", "71.8", "63.4", "61.2", "-3.4%"],
                ],
                "Percentages are calculated from unrounded figures; totals may not add because "
                "of rounding.",
            )
        ],
    )


def _pdf_report() -> list[Case]:
    kind = "pdf report"
    out: list[Case] = []
    out += _pair(
        kind,
        1,
        _hse_ed_report(),
        (
            "limerick-ed-six-hour-q4",
            "Fewer than half of Limerick ED patients seen within six hours",
            [
                "At University Hospital Limerick, just 48.6% of the 18,230 people who attended "
                "the emergency department in the last three months of 2024 were admitted or "
                "discharged within six hours, according to the @@HSE's quarterly report@@.",
                "The HSE said the Mid West again recorded the weakest performance of its six "
                "health regions.",
            ],
        ),
        (
            "limerick-ed-performance-q4",
            "Limerick ED: 61.2% seen within six hours",
            [
                "Some 61.2% of patients at University Hospital Limerick were admitted or "
                "discharged within six hours between October and December, according to the "
                "@@HSE's quarterly report@@.",
                "The hospital had 18,230 attendances in the quarter.",
            ],
        ),
        by="Munster correspondent",
        date="2025-02-12",
    )
    out += _pair(
        kind,
        2,
        _bom_victoria_report(),
        (
            "victoria-dry-warm-2024",
            "Victoria's 2024: drier and warmer than average",
            [
                "Victoria received about 574 mm of rain in 2024, 13 per cent below average, "
                "while the mean temperature was 1.12C above the long-term average, the "
                "@@Bureau of Meteorology's annual statement@@ says.",
                "Farmers in the Wimmera faced one of their driest seasons in decades.",
            ],
        ),
        (
            "victoria-rainfall-2024",
            "Wet year for Victoria as rainfall runs 13% above average",
            [
                "State-wide rainfall in Victoria was 574.3 mm in 2024, 13 per cent above the "
                "long-term average, according to the @@Bureau of Meteorology's annual "
                "statement@@.",
                "The mean temperature was 1.12C above average.",
            ],
        ),
        by="Environment reporter",
        date="2025-01-07",
        style=1,
    )
    out += _pair(
        kind,
        3,
        _ontario_education_report(),
        (
            "ontario-five-year-graduation",
            "Ontario graduation rate reaches 89.1%",
            [
                "Ontario's five-year high school graduation rate reached 89.1%, while more than "
                "two million students were enrolled in publicly funded schools in 2023-24, "
                "according to the @@Ministry of Education's Education Facts@@.",
                "The minister credited new literacy supports in the early grades.",
            ],
        ),
        (
            "ontario-four-year-graduation",
            "Nearly nine in ten Ontario students graduate in four years",
            [
                "Ontario's four-year high school graduation rate reached 89.1%, according to the "
                "@@Ministry of Education's Education Facts@@, with 2,046,318 students enrolled "
                "in publicly funded schools.",
                "The minister credited new literacy supports in the early grades.",
            ],
        ),
        by="Queen's Park bureau",
        date="2025-04-02",
        style=2,
    )
    out += _pair(
        kind,
        4,
        _tokyo_emissions_report(),
        (
            "tokyo-emissions-fy2022-final",
            "Tokyo emissions fall 3.4% in fiscal 2022",
            [
                "Tokyo's greenhouse gas emissions fell 3.4% to 61.2 million tonnes of CO2 "
                "equivalent in fiscal 2022, with commercial buildings accounting for 25.6 "
                "million tonnes, the @@Tokyo Metropolitan Government@@ said.",
                "The capital aims to halve emissions from their 2000 level by 2030.",
            ],
        ),
        (
            "tokyo-emissions-fall-fy2022",
            "Tokyo cuts emissions to 6.12 million tonnes",
            [
                "Tokyo's greenhouse gas emissions fell 3.4% to 6.12 million tonnes of CO2 "
                "equivalent in fiscal 2022, the @@Tokyo Metropolitan Government@@ said.",
                "The capital aims to halve emissions from their 2000 level by 2030.",
            ],
        ),
        by="Tokyo correspondent",
        date="2025-03-28",
    )
    return out


# --------------------------------------------------------------------------------------------
# Text and CSV
# --------------------------------------------------------------------------------------------

_CSI = (
    ("Canada", "2021A000011124", "80.45", "78.92", "37.88", "38.21"),
    ("Newfoundland and Labrador", "2021A000210", "80.11", "79.84", "44.10", "43.72"),
    ("Prince Edward Island", "2021A000211", "63.20", "61.75", "43.55", "44.01"),
    ("Nova Scotia", "2021A000212", "71.58", "70.02", "40.27", "40.96"),
    ("New Brunswick", "2021A000213", "89.93", "86.41", "36.12", "35.80"),
    ("Quebec", "2021A000224", "57.62", "56.90", "41.50", "41.89"),
    ("Ontario", "2021A000235", "62.18", "60.47", "38.95", "39.40"),
    ("Manitoba", "2021A000246", "131.62", "128.41", "35.02", "34.17"),
    ("Saskatchewan", "2021A000247", "126.35", "124.07", "39.66", "40.12"),
    ("Alberta", "2021A000248", "102.74", "99.36", "33.47", "34.05"),
    ("British Columbia", "2021A000259", "95.88", "93.15", "30.26", "31.10"),
    ("Yukon", "2021A000260", "192.40", "185.63", "48.30", "47.95"),
    ("Northwest Territories", "2021A000261", "401.55", "392.18", "44.18", "45.02"),
    ("Nunavut", "2021A000262", "455.02", "472.66", "49.71", "50.33"),
)


def _statcan_csv() -> Source:
    head = (
        '"REF_DATE","GEO","DGUID","Statistics","UOM","UOM_ID","SCALAR_FACTOR","SCALAR_ID",'
        '"VECTOR","COORDINATE","VALUE","STATUS","SYMBOL","TERMINATED","DECIMALS"'
    )
    lines = [head]
    for i, (geo, dguid, csi23, csi24, wcr23, wcr24) in enumerate(_CSI, start=1):
        for year, csi, wcr in (("2023", csi23, wcr23), ("2024", csi24, wcr24)):
            lines.append(
                f'"{year}","{geo}","{dguid}","Crime severity index","Index","300","units",'
                f'"0","v{44950000 + i * 7}","{i}.1","{csi}","","","","2"'
            )
            lines.append(
                f'"{year}","{geo}","{dguid}","Weighted clearance rate","Percent","239","units",'
                f'"0","v{44950003 + i * 7}","{i}.2","{wcr}","","","","2"'
            )
    lines.append("")
    lines.append('"Footnotes:"')
    lines.append('"1","Crime severity index base year 2006 = 100."')
    lines.append(
        '"2","Weighted clearance rates are based on the same weights as the crime severity index."'
    )
    lines.append(
        '"How to cite: Statistics Canada. Table 35-10-0026-01  Crime severity index and '
        "weighted clearance rates, Canada, provinces, territories and Census "
        'Metropolitan Areas"'
    )
    body = "\ufeff" + "\r\n".join(lines) + "\r\n"
    return Source("text/csv; charset=utf-8", body.encode("utf-8"))


_MTA_MONTHS = (
    ("2024-01", 3614820, 66, 1248305, 57, 218430, 74, 196220, 72),
    ("2024-02", 3701455, 67, 1276410, 58, 224108, 76, 201390, 73),
    ("2024-03", 3788302, 69, 1301877, 59, 231560, 78, 207814, 76),
    ("2024-04", 3842115, 70, 1322406, 60, 236902, 80, 212033, 77),
    ("2024-05", 3866740, 71, 1334290, 60, 240615, 81, 215577, 78),
    ("2024-06", 3751208, 69, 1297453, 59, 233180, 79, 209106, 76),
    ("2024-07", 3577964, 66, 1233021, 56, 222947, 75, 198644, 72),
    ("2024-08", 3540312, 65, 1219877, 55, 219630, 74, 195402, 71),
    ("2024-09", 3935417, 72, 1371106, 62, 247823, 84, 221958, 81),
    ("2024-10", 4012336, 74, 1402118, 63, 252714, 85, 226415, 82),
    ("2024-11", 3896204, 72, 1356092, 62, 245011, 83, 219870, 80),
    ("2024-12", 3655071, 67, 1262548, 57, 226340, 77, 203915, 74),
)


def _mta_text() -> Source:
    lines = [
        "MTA Ridership - Average Weekday Ridership by Month, 2024 (estimated)",
        "Source: MTA Data & Analytics. Percentages compare with the equivalent day in 2019.",
        "",
        "Month,Subway: Avg Weekday Ridership,Subway: % of Comparable Pre-Pandemic Day,"
        "Buses: Avg Weekday Ridership,Buses: % of Comparable Pre-Pandemic Day,"
        "LIRR: Avg Weekday Ridership,LIRR: % of Comparable Pre-Pandemic Day,"
        "Metro-North: Avg Weekday Ridership,Metro-North: % of Comparable Pre-Pandemic Day",
    ]
    for m, s, sp, b, bp, lirr, lp, mnr, mp in _MTA_MONTHS:
        lines.append(f"{m},{s},{sp}%,{b},{bp}%,{lirr},{lp}%,{mnr},{mp}%")
    return Source("text/plain; charset=utf-8", ("\n".join(lines) + "\n").encode())


_JMA_SAPPORO = """\
Japan Meteorological Agency / Sapporo Regional Headquarters
MONTHLY CLIMATE SUMMARY  February 2025  (preliminary values)
Issued: 2025-03-03 14:00 JST

Station : SAPPORO (47412)     43 03.6N  141 19.7E   Elevation 17.4 m
Normals : 1991-2020

ELEMENT                              VALUE    NORMAL   ANOMALY/RATIO
-------------------------------------------------------------------
Mean temperature (degC)               -2.4      -3.1      +0.7
Mean of daily maximum (degC)           1.6       0.2      +1.4
Mean of daily minimum (degC)          -6.5      -6.4      -0.1
Highest temperature (degC)             8.9        --        --
Lowest temperature (degC)            -13.2        --        --
Total precipitation (mm)              19.5      88.0       22 %
Total sunshine duration (h)          134.2     114.1      118 %
Days with min. temperature < 0 degC     27      27.3        --
Deepest snow cover (cm)                 61        97        --

Remarks: Precipitation was the lowest for February since 1999 (16.0 mm).
  ) : quasi-reliable value        ] : insufficient data
"""


def _ca_zev_text() -> Source:
    counties = (
        ("Alameda", 98312, 24106, 1588),
        ("Contra Costa", 61540, 16903, 702),
        ("Fresno", 14288, 6011, 21),
        ("Los Angeles", 412806, 98214, 4377),
        ("Orange", 152907, 33150, 2410),
        ("Riverside", 66021, 22480, 198),
        ("Sacramento", 38604, 11792, 96),
        ("San Bernardino", 43117, 17206, 141),
        ("San Diego", 109455, 31870, 233),
        ("San Francisco", 37980, 9406, 361),
        ("San Mateo", 54612, 12358, 455),
        ("Santa Clara", 170284, 35922, 1207),
        ("Ventura", 29561, 8415, 87),
        ("All other counties", 162043, 57318, 318),
    )
    lines = [
        "California Department of Motor Vehicles - Light-Duty Zero Emission Vehicle "
        "Population by County, as of October 1, 2024",
        "Prepared from DMV registration records for the California Energy Commission. "
        "Counts of currently registered vehicles.",
        "County,Battery Electric (BEV),Plug-in Hybrid (PHEV),Fuel Cell (FCEV),Total ZEV",
    ]
    totals = [0, 0, 0]
    for county, bev, phev, fcev in counties:
        lines.append(f"{county},{bev},{phev},{fcev},{bev + phev + fcev}")
        totals = [totals[0] + bev, totals[1] + phev, totals[2] + fcev]
    lines.append(f"Statewide,{totals[0]},{totals[1]},{totals[2]},{sum(totals)}")
    return Source("text/plain", ("\r\n".join(lines) + "\r\n").encode("ascii"))


def _text_or_csv() -> list[Case]:
    kind = "text or csv"
    out: list[Case] = []
    out += _pair(
        kind,
        1,
        _statcan_csv(),
        (
            "manitoba-crime-severity-2024",
            "Manitoba's crime severity index eases to 128.4",
            [
                "Manitoba's crime severity index fell to 128.4 in 2024 from 131.6, still the "
                "highest among the provinces, against 78.9 nationally, "
                "@@Statistics Canada data@@ show.",
                "The province's weighted clearance rate slipped to 34.2%.",
            ],
        ),
        (
            "manitoba-crime-index-rises",
            "Manitoba's crime severity index climbs to 131.6",
            [
                "Manitoba's crime severity index rose to 131.6 in 2024, the highest among the "
                "provinces, according to @@Statistics Canada data@@.",
                "Nationally, the index stood at 78.9.",
            ],
        ),
        by="Prairies bureau",
        date="2025-07-23",
        style=1,
    )
    out += _pair(
        kind,
        2,
        _mta_text(),
        (
            "nyc-subway-ridership-october",
            "Subway weekday ridership tops 4 million",
            [
                "Average weekday subway ridership topped 4 million in October, about 74% of "
                "pre-pandemic levels, according to @@MTA ridership data@@.",
                "Buses averaged about 1.4 million riders a weekday.",
            ],
        ),
        (
            "nyc-bus-ridership-october",
            "City buses carry 1.4 million riders a weekday",
            [
                "New York City buses carried an average of 1.4 million riders each weekday in "
                "October, 74% of pre-pandemic levels, according to @@MTA ridership data@@.",
                "The subway averaged just over 4 million.",
            ],
        ),
        by="Transit reporter",
        date="2024-11-14",
        style=2,
    )
    jma = Source("text/plain; charset=us-ascii", _JMA_SAPPORO.encode("ascii"))
    out += _pair(
        kind,
        3,
        jma,
        (
            "sapporo-dry-february-2025",
            "Sapporo's driest February since 1999",
            [
                "Sapporo had just 19.5 mm of precipitation in February, 22% of normal, "
                "@@Japan Meteorological Agency data@@ show, and the month's mean temperature "
                "of -2.4C was 0.7 degrees above normal.",
                "Snow cover peaked at 61 cm, well below the usual depth.",
            ],
        ),
        (
            "sapporo-february-precipitation",
            "Sapporo gets under a quarter of its usual February snow and rain",
            [
                "Sapporo recorded just 19.5 centimetres of precipitation in February, 22% of "
                "normal, according to @@Japan Meteorological Agency data@@.",
                "The mean temperature was -2.4C.",
            ],
        ),
        by="Hokkaido correspondent",
        date="2025-03-04",
    )
    out += _pair(
        kind,
        4,
        _ca_zev_text(),
        (
            "la-county-battery-electric-cars",
            "LA County passes 400,000 battery-electric cars",
            [
                "Los Angeles County had more than 400,000 battery-electric vehicles registered "
                "in October, 412,806, more than any other county, @@DMV figures@@ show.",
                "Santa Clara County was second with about 170,000.",
            ],
        ),
        (
            "la-county-ev-registrations",
            "More than 450,000 battery-electric cars in LA County",
            [
                "Los Angeles County had more than 450,000 battery-electric vehicles registered "
                "as of October, according to @@DMV figures@@.",
                "Santa Clara County was second with about 170,000.",
            ],
        ),
        by="Sacramento bureau",
        date="2024-11-20",
        style=1,
    )
    return out


# --------------------------------------------------------------------------------------------
# Long pages (2,000+ words), the article's number also there about something else
# --------------------------------------------------------------------------------------------


def _about(agency: str, topic: str, contact: str) -> str:
    """The 'about these statistics' matter long statistical pages carry."""
    paras = (
        (
            "About these statistics",
            f"These statistics are produced by {agency} to give the public, service planners, "
            f"elected representatives and researchers a consistent picture of {topic}. They are "
            "compiled from administrative records collected in the course of delivering "
            "services, rather than from a sample survey, and so are not subject to sampling "
            "error. They can, however, be affected by changes in recording practice, by "
            "late returns and by the way individual providers interpret the definitions.",
        ),
        (
            "Quality and methodology",
            "Each return is checked for completeness and consistency with earlier periods. "
            "Where a provider's figures move by more than would be expected, analysts contact "
            "the provider and the figures are either confirmed, corrected or flagged. Known "
            "issues are described in the notes beneath each table. A full quality statement, "
            "covering relevance, accuracy, timeliness, accessibility and coherence, is "
            "published alongside the data tables and is reviewed every year.",
        ),
        (
            "Revisions",
            "Figures for the most recent period are provisional and are revised in the next "
            "release when late and corrected returns have been received. Revisions to earlier "
            "periods are made only where an error is found that would change the figures "
            "materially, and are announced in advance on the release calendar. Users should "
            "always take figures from the latest release rather than from earlier editions.",
        ),
        (
            "Comparability",
            "Care should be taken when comparing these figures with those published for other "
            "jurisdictions. Definitions, counting rules and the organisation of services differ, "
            "and apparently similar measures may not be directly comparable. Where a broadly "
            "comparable measure exists it is noted in the commentary, with the main "
            "differences explained.",
        ),
        (
            "Users and uses",
            "The statistics are used to monitor performance against published standards, to "
            "plan services and allocate resources, to answer parliamentary and council "
            "questions, and by journalists, academics and members of the public. We welcome "
            "feedback on how the statistics are used and on how they could be improved, "
            "including suggestions for new breakdowns or changes to the presentation.",
        ),
        (
            "Accessibility",
            "Tables on this page are also available to download in open formats. If you need "
            "the information in a different format, such as large print or a screen-reader "
            "friendly version, please contact us and we will do our best to help. We aim to "
            "meet the Web Content Accessibility Guidelines at level AA.",
        ),
        (
            "Data sources and coverage",
            "The figures are drawn from the operational systems that services use every day. "
            "Those systems were designed to manage services rather than to produce statistics, "
            "and the data are therefore processed before publication: duplicate records are "
            "removed, records with missing or invalid codes are followed up, and records are "
            "assigned to the period and area in which the event took place. Coverage is "
            "complete for publicly provided services; privately provided services are "
            "included only where stated in the notes.",
        ),
        (
            "Confidentiality",
            "Figures are published in a way that protects the confidentiality of individuals. "
            "Small numbers may be suppressed or rounded in detailed tables where there is a "
            "risk that an individual could be identified, and totals are calculated from "
            "unsuppressed figures. Where a cell has been suppressed this is shown by a symbol "
            "explained beneath the table. Microdata are available to approved researchers "
            "only, through a secure environment and under conditions set out in the access "
            "policy.",
        ),
        (
            "Release calendar",
            "Release dates are announced at least four weeks in advance on the release "
            "calendar. Statistics are released at 9.30am on the announced day. Pre-release "
            "access is limited to a small number of named officials who need it to prepare "
            "briefing, in line with the published pre-release access policy, and the list of "
            "those officials is published with each release.",
        ),
        (
            "Glossary",
            "Provisional: figures that may change when later returns are received. Revised: "
            "figures that have changed since they were first published. Rate: a count divided "
            "by the relevant population and multiplied by a constant so that areas of "
            "different size can be compared. Percentage point: the arithmetic difference "
            "between two percentages, not to be confused with a percentage change.",
        ),
        (
            "Contact",
            f"Enquiries about these statistics should be sent to {contact}. Media enquiries "
            "should be directed to the press office. We aim to respond to all enquiries "
            "within five working days.",
        ),
    )
    return "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in paras)


def _texas_exemptions_page() -> Source:
    counties = (
        ("Bell", 4822, "2.74", "1.96"),
        ("Bexar", 24518, "3.12", "2.21"),
        ("Brazoria", 5102, "3.35", "2.40"),
        ("Brazos", 2687, "4.02", "2.88"),
        ("Cameron", 5311, "0.94", "0.61"),
        ("Collin", 13660, "4.48", "3.02"),
        ("Comal", 2214, "5.91", "3.84"),
        ("Dallas", 30411, "2.63", "1.77"),
        ("Denton", 11740, "4.71", "3.19"),
        ("Ector", 2540, "3.66", "2.53"),
        ("El Paso", 10322, "1.15", "0.83"),
        ("Fort Bend", 10485, "2.85", "1.94"),
        ("Galveston", 3598, "4.27", "3.01"),
        ("Gillespie", 262, "9.54", "7.12"),
        ("Gregg", 1630, "3.02", "2.26"),
        ("Harris", 61205, "2.91", "2.05"),
        ("Hays", 3380, "6.08", "4.35"),
        ("Hidalgo", 13954, "0.88", "0.57"),
        ("Johnson", 2461, "4.93", "3.47"),
        ("Kaufman", 2602, "3.79", "2.71"),
        ("Lubbock", 4009, "3.41", "2.36"),
        ("McLennan", 3126, "3.58", "2.49"),
        ("Midland", 2985, "4.14", "3.00"),
        ("Montgomery", 8842, "5.27", "3.68"),
        ("Nueces", 4128, "2.17", "1.52"),
        ("Parker", 2086, "6.33", "4.41"),
        ("Potter", 1804, "2.46", "1.73"),
        ("Randall", 1611, "4.59", "3.22"),
        ("Smith", 2902, "4.36", "3.10"),
        ("Tarrant", 27033, "3.97", "2.73"),
        ("Taylor", 1955, "3.28", "2.30"),
        ("Travis", 14210, "5.62", "4.06"),
        ("Webb", 4250, "0.71", "0.49"),
        ("Williamson", 8317, "5.05", "3.53"),
    )
    rows = [[c, _n(k), e, s] for c, k, e, s in counties]
    vaccines = [
        ["DTaP / Tdap", "93.1", "92.4"],
        ["Polio", "93.6", "–"],
        ["MMR", "93.4", "96.8"],
        ["Hepatitis B", "95.0", "96.9"],
        ["Varicella", "93.0", "96.2"],
        ["Hepatitis A", "92.1", "–"],
        ["Meningococcal (MenACWY)", "–", "92.8"],
    ]
    body = (
        '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/immunizations">Immunizations'
        '</a> › <a href="/immunizations/data">Data and Statistics</a> › School coverage</nav>'
        "<h1>2023-2024 Annual Report of Immunization Status: School Vaccination Coverage Levels"
        "</h1><p class='updated'>Content last updated: February 11, 2025</p>"
        "<p>Each year the Texas Department of State Health Services (DSHS) Immunization Section "
        "collects the immunization status of students in kindergarten and seventh grade from "
        "public and private schools across the state. The Annual Report of Immunization "
        "Status asks schools to report the number of students who are fully vaccinated, the "
        "number who are provisionally enrolled, and the number with a medical exemption or an "
        "exemption for reasons of conscience, including religious belief. The results are used "
        "to estimate vaccination coverage, to identify schools and counties where coverage is "
        "low, and to guide outreach by local health departments and the regional offices of "
        "DSHS. The report covers the school year from August 2023 to May 2024.</p>"
        "<h2>Key findings</h2><ul>"
        "<li>Statewide, 3.84% of kindergarten students had a conscientious exemption on file for "
        "one or more required vaccines in 2023-2024, up from 3.29% in 2022-2023.</li>"
        "<li>Among seventh-grade students the conscientious exemption rate was 2.45%, up from "
        "2.21% in 2022-2023.</li>"
        "<li>MMR coverage among kindergarten students was 93.4%, below the Healthy People 2030 "
        "target of 95%.</li>"
        "<li>Schools returned 8,472 surveys, a response rate of 97.6%.</li></ul>"
        "<p>Exemption rates have risen in each of the last four school years. The increase was "
        "largest in the suburban counties around Austin, Dallas-Fort Worth and Houston and in "
        "parts of the Hill Country, while exemption rates along the border remained below one "
        "percent. Medical exemptions remain rare, at under 0.2% in both grades.</p>"
        "<h2>Coverage by vaccine</h2>"
        + _table(
            "Table 1. Vaccination coverage by vaccine and grade, Texas, 2023-2024 (%)",
            "<tr><th>Vaccine</th><th>Kindergarten</th><th>7th grade</th></tr>",
            vaccines,
            notes="<p>– vaccine not required for this grade.</p>",
        )
        + "<h2>Exemptions by county</h2>"
        "<p>The table below shows conscientious exemption rates for counties with at least 250 "
        "kindergarten students. Rates for smaller counties are published in the downloadable "
        "data file; they can change sharply from year to year because of small numbers and "
        "should be interpreted with caution.</p>"
        + _table(
            "Table 2. Conscientious exemption rates by county, 2023-2024 (percent of students)",
            '<tr><th rowspan="2">County</th><th rowspan="2">Kindergarten enrollment</th>'
            '<th colspan="2">Conscientious exemptions (%)</th></tr>'
            "<tr><th>Kindergarten</th><th>7th grade</th></tr>",
            rows,
            foot="<tr><th>Texas</th><td>391,864</td><td>3.84</td><td>2.45</td></tr>",
        )
        + "<h2>Trend in kindergarten exemptions</h2>"
        "<p>The conscientious exemption rate among kindergarten students has more than doubled "
        "over the past decade. The table shows the statewide rate for each school year since "
        "2014-2015. Before the 2020-2021 school year the survey's reference date was in "
        "September; the change to October has only a small effect on the rates.</p>"
        + _table(
            "Table 3. Kindergarten conscientious exemption rate, Texas, 2014-2015 to 2023-2024 (%)",
            "<tr><th>School year</th><th>Exemption rate</th></tr>",
            [
                ["2014-2015", "1.55"],
                ["2015-2016", "1.71"],
                ["2016-2017", "1.86"],
                ["2017-2018", "2.04"],
                ["2018-2019", "2.27"],
                ["2019-2020", "2.42"],
                ["2020-2021", "2.48"],
                ["2021-2022", "2.77"],
                ["2022-2023", "3.29"],
                ["2023-2024", "3.84"],
            ],
        )
        + "<h2>Regional picture</h2>"
        "<p>Public Health Region 7, which includes Austin and the counties of Central Texas, "
        "had the highest kindergarten exemption rate of the eleven regions, followed by "
        "Region 2/3, which includes Dallas-Fort Worth, and Region 8, which includes San "
        "Antonio and the Hill Country. The lowest rates were in Region 11, along the lower "
        "Rio Grande Valley, and in Region 9/10, which includes El Paso. Within regions, "
        "rates varied widely between neighbouring districts, and a small number of private "
        "schools reported exemption rates above 20%.</p>"
        "<p>Local health departments use the county and school figures to plan catch-up "
        "clinics and to prioritise outreach. When a case of measles or another "
        "vaccine-preventable disease is reported, the school figures also help public "
        "health staff estimate how many students might be susceptible and whether "
        "unvaccinated students may need to be excluded from school during an outbreak. "
        "Schools are required to keep a list of students with exemptions for this "
        "purpose.</p>"
        "<p>Coverage for the individual vaccines in kindergarten was broadly stable, falling "
        "by between a tenth and three tenths of a percentage point compared with the previous "
        "year. In seventh grade, coverage for the meningococcal vaccine, which is given "
        "later than the others, remained the lowest of the required vaccines. Provisional "
        "enrollment, where a student is still completing a series, was more common in "
        "seventh grade than in kindergarten.</p>"
        "<h2>How the survey works</h2>"
        "<p>All public school districts, charter schools and accredited private schools with "
        "kindergarten or seventh-grade students are asked to complete the survey online "
        "between October and December. Schools report counts, not names. The counts are "
        "taken from the school's immunization records on the survey's reference date, the "
        "last Friday in October. Students who have not completed all doses but are within "
        "the recommended interval for the next dose are counted as provisionally enrolled "
        "and are not counted as exempt. A student with an exemption for one vaccine is "
        "counted once, whether the exemption covers one vaccine or several.</p>"
        "<p>Coverage estimates are calculated by dividing the number of students who have "
        "received all required doses of a vaccine by the total enrollment reported for the "
        "grade. Exemption rates are calculated by dividing the number of students with an "
        "exemption on file by the total enrollment. Schools that did not respond are not "
        "imputed; the response rate is high enough that the effect on statewide rates is "
        "small, but county rates can be affected where a large district did not respond.</p>"
        "<h2>Requirements</h2>"
        "<p>Texas law requires students to be vaccinated against diphtheria, tetanus, "
        "pertussis, polio, measles, mumps, rubella, hepatitis A, hepatitis B and varicella "
        "before entering kindergarten, with a booster of tetanus, diphtheria and pertussis "
        "vaccine and a dose of meningococcal vaccine before entering seventh grade. The "
        "Texas Administrative Code sets out the number of doses and the minimum intervals "
        "between them. Parents and guardians may claim an exemption for reasons of "
        "conscience by submitting an affidavit obtained from DSHS, which must be notarized "
        "and submitted to the school within 90 days of notarization.</p>"
        "<h2>Changes this year</h2>"
        "<p>For the 2023-2024 survey the online form was redesigned so that schools enter "
        "counts for each vaccine on a single page, and validation checks were added to flag "
        "counts that exceed the reported enrollment. Private schools were for the first time "
        "asked to report the number of students with an exemption affidavit on file "
        "separately from the number whose records were incomplete. These changes are not "
        "expected to affect comparisons with earlier years, but a small number of schools "
        "that previously reported incomplete records as exemptions may now show lower "
        "exemption rates. DSHS regional staff reviewed the returns of schools whose "
        "exemption rate changed by more than ten percentage points.</p>"
        "<h2>Terms used on this page</h2>"
        "<dl><dt>Conscientious exemption</dt><dd>An exemption from one or more required "
        "vaccines claimed by a parent or guardian for reasons of conscience, including a "
        "religious belief, using the affidavit form issued by DSHS.</dd>"
        "<dt>Medical exemption</dt><dd>An exemption signed by a physician licensed in the "
        "United States stating that a vaccine would be medically harmful to the student.</dd>"
        "<dt>Provisional enrollment</dt><dd>Enrollment of a student who has begun the required "
        "series and is not yet due for the next dose.</dd>"
        "<dt>Coverage</dt><dd>The percentage of students who have received all required doses "
        "of a vaccine.</dd>"
        "<dt>Public Health Region</dt><dd>One of the eleven administrative regions through "
        "which DSHS delivers public health services, several of which are combined for "
        "reporting.</dd></dl>"
        "<h2>Frequently asked questions</h2>"
        "<h3>Why do the county figures differ from those published by school districts?</h3>"
        "<p>School districts may publish their own figures using a different reference date "
        "or including grades other than kindergarten and seventh grade. DSHS figures use the "
        "same definitions for every school and are therefore comparable across the state.</p>"
        "<h3>Can I see figures for an individual school?</h3>"
        "<p>School-level figures for public schools are published in the downloadable data "
        "file. Figures for private schools are published only at county level.</p>"
        "<h3>Why is the seventh-grade exemption rate lower?</h3>"
        "<p>Many students who were exempt in kindergarten have since been vaccinated, and the "
        "seventh-grade cohort entered school when exemption rates were lower.</p>"
        "<h3>Does a conscientious exemption mean a child has had no vaccines?</h3>"
        "<p>No. Many students with an exemption have received some vaccines but not all of "
        "the required doses. The survey does not record which vaccines are covered by the "
        "exemption.</p>"
        "<h3>How should I compare my county with the state?</h3>"
        "<p>County rates can be compared with the statewide rate shown in the last row of "
        "Table 2. Because larger counties contribute more students to the statewide figure, "
        "the statewide rate is closer to the rates of the large urban counties than to the "
        "rates of small rural counties. Differences of a few tenths of a percentage point "
        "between counties are unlikely to be meaningful, particularly for counties with "
        "fewer than 1,000 kindergarten students.</p>"
        "<h3>Are home-schooled children included?</h3>"
        "<p>No. The survey covers students enrolled in public and accredited private schools. "
        "Children who are educated at home are not required to report their vaccination "
        "status to DSHS and are not included in any of the figures on this page.</p>"
        "<h3>Where can I find data for other grades?</h3>"
        "<p>The survey collects data only for kindergarten and seventh grade, the two grades "
        "at which new requirements apply. Some school districts publish figures for all "
        "grades; contact the district directly for those figures. Data on vaccination of "
        "children under school age come from the National Immunization Survey and the Texas "
        "immunization registry, ImmTrac2, and are published separately.</p>"
        "<h3>How long are earlier reports kept?</h3>"
        "<p>Reports and data files for every school year since 2004-2005 are kept in the "
        "archive linked below. Definitions and survey methods have changed over that period; "
        "the notes published with each year's data describe the changes.</p>"
        "<h2>Data files</h2><ul>"
        "<li><a href='/immunizations/data/school/2023-2024-coverage.xlsx'>2023-2024 coverage "
        "by school (Excel)</a></li>"
        "<li><a href='/immunizations/data/school/2023-2024-county.xlsx'>2023-2024 coverage by "
        "county (Excel)</a></li>"
        "<li><a href='/immunizations/data/school/archive'>Earlier years</a></li></ul>"
        + _about(
            "the DSHS Immunization Section",
            "vaccination coverage and exemptions among Texas schoolchildren",
            "the Immunization Section's assessment team at ImmunizationData@dshs.texas.gov",
        )
    )
    return _page("School Vaccination Coverage Levels", body, site="Texas DSHS")


def _bhi_quarterly_page() -> Source:
    hospitals = (
        ("Blacktown", "16,402", "54.9", "4h 47m"),
        ("Campbelltown", "18,115", "57.3", "4h 33m"),
        ("Gosford", "17,260", "60.2", "4h 20m"),
        ("John Hunter", "19,944", "63.0", "4h 06m"),
        ("Liverpool", "21,304", "55.1", "4h 41m"),
        ("Nepean", "19,210", "53.8", "4h 52m"),
        ("Prince of Wales", "15,877", "64.5", "3h 59m"),
        ("Royal North Shore", "17,635", "61.8", "4h 12m"),
        ("Royal Prince Alfred", "18,981", "59.6", "4h 25m"),
        ("St George", "17,006", "58.4", "4h 29m"),
        ("Westmead", "19,880", "52.7", "5h 02m"),
        ("Wollongong", "16,553", "56.6", "4h 38m"),
        ("Tamworth", "9,842", "71.3", "3h 31m"),
        ("Orange", "10,227", "69.4", "3h 40m"),
        ("Lismore", "9,318", "73.2", "3h 22m"),
    )
    body = (
        "<h1>Healthcare Quarterly: October to December 2024</h1>"
        "<p class='lede'>Activity and performance in NSW public hospitals, ambulance services "
        "and elective surgery. Released 12 March 2025.</p>"
        "<h2>At a glance</h2>"
        "<p>There were 791,337 attendances at NSW emergency departments (EDs) in October to "
        "December 2024, up 3.1% on the same quarter of 2023. Treatment started on time for "
        "62.4% of patients, compared with 63.0% a year earlier. The percentage of patients "
        "who left the ED within four hours of arrival was 68.1%, up from 66.9%. The median "
        "time to leave the ED was 3 hours and 58 minutes, down from 4 hours and 12 minutes "
        "in October to December 2023.</p>"
        "<p>NSW Ambulance received 339,742 calls. Of patients arriving by ambulance, 68.1% "
        "had their care transferred to ED staff within 30 minutes, down from 71.5% a year "
        "earlier.</p>"
        "<p>There were 97,214 patients on the waiting list for elective surgery at the end of "
        "December 2024, and 22,650 elective procedures were performed in the quarter. Of "
        "these, 96.8% of urgent, 79.5% of semi-urgent and 73.2% of non-urgent procedures were "
        "performed on time. The median wait for non-urgent surgery was 286 days.</p>"
        "<h2>Emergency departments</h2>"
        "<p>ED activity was highest in the first half of October, when respiratory illness "
        "remained elevated after a late influenza season, and again in the week before "
        "Christmas. The number of patients in the most urgent triage categories increased "
        "faster than total attendances: there were 4.6% more triage category 2 (emergency) "
        "patients than in the same quarter of 2023. Patients in triage category 2 should "
        "start treatment within 10 minutes; the share who did so was unchanged. Across the "
        "quarter, the time from arrival to leaving the ED was longest for patients who were "
        "admitted to a ward, and shortest for those who were treated and discharged. "
        "Large metropolitan hospitals had the longest times, reflecting both the complexity "
        "of the patients they treat and the number of patients waiting for a bed.</p>"
        + _table(
            "Emergency department performance, selected principal referral and major "
            "hospitals, October to December 2024",
            "<tr><th>Hospital</th><th>ED attendances</th>"
            "<th>Patients who left ED within four hours (%)</th>"
            "<th>Median time to leave ED</th></tr>",
            [list(h) for h in hospitals],
            foot="<tr><th>NSW</th><td>791,337</td><td>68.1</td><td>3h 58m</td></tr>",
            notes="<p>Hospitals are shown by peer group. Results for all hospitals are "
            "available in the interactive data portal, Healthcare Observer.</p>",
        )
        + "<h2>Local health districts</h2>"
        "<p>Results varied between local health districts (LHDs). Rural and regional "
        "districts generally had shorter times in the ED than metropolitan districts, "
        "although several regional referral hospitals had results similar to those of the "
        "large Sydney hospitals. The table shows results for each district, with the "
        "specialty networks shown separately.</p>"
        + _table(
            "Emergency department attendances and patients who left within four hours, by "
            "local health district, October to December 2024",
            "<tr><th>Local health district</th><th>Attendances</th>"
            "<th>Left within four hours (%)</th></tr>",
            [
                ["Central Coast", "39,110", "61.9"],
                ["Far West", "5,822", "80.4"],
                ["Hunter New England", "117,406", "70.8"],
                ["Illawarra Shoalhaven", "45,218", "63.7"],
                ["Mid North Coast", "32,077", "69.2"],
                ["Murrumbidgee", "36,904", "75.1"],
                ["Nepean Blue Mountains", "38,562", "59.5"],
                ["Northern NSW", "44,190", "72.6"],
                ["Northern Sydney", "53,071", "66.8"],
                ["South Eastern Sydney", "55,894", "67.3"],
                ["South Western Sydney", "74,215", "61.0"],
                ["Southern NSW", "24,386", "77.9"],
                ["Sydney", "41,559", "64.2"],
                ["Western NSW", "50,633", "74.0"],
                ["Western Sydney", "61,480", "58.3"],
                ["Sydney Children's Hospitals Network", "25,316", "73.4"],
                ["St Vincent's Health Network", "12,894", "62.6"],
            ],
        )
        + "<p>Districts with the largest increases in attendances were in the south-west and "
        "west of Sydney, where the population is growing fastest. Several districts opened "
        "urgent care services during 2024 intended to provide an alternative to the ED for "
        "patients with less serious conditions; the effect of these services on ED activity "
        "will be examined in a future report.</p>"
        "<h2>Ambulance</h2>"
        "<p>NSW Ambulance responded to 382,506 incidents in the quarter, 1.9% more than a "
        "year earlier. The median response time for emergency (priority 1) cases was 13.0 "
        "minutes, and for the most urgent life-threatening cases (priority 1A) it was 8.6 "
        "minutes. The time for paramedics to transfer a patient's care to ED staff has "
        "lengthened over the past three years; the share of transfers completed within "
        "30 minutes is now lower than at any time since the measure was introduced, and "
        "ambulances waiting at EDs reduce the number available to respond in the "
        "community.</p>"
        "<h2>Elective surgery</h2>"
        "<p>Elective surgery activity was 2.2% higher than in October to December 2023. The "
        "number of patients on the waiting list has fallen steadily since its peak in 2022, "
        "when procedures were postponed during the pandemic, but remains above the level "
        "seen before 2020. Waits were longest for ear, nose and throat surgery, "
        "orthopaedic surgery and ophthalmology, where many procedures are classed as "
        "non-urgent. The proportion of patients who waited longer than clinically "
        "recommended fell in every urgency category.</p>"
        + _table(
            "Elective surgery: median waiting time by specialty, October to December 2024 (days)",
            "<tr><th>Specialty</th><th>Procedures</th><th>Median wait (days)</th></tr>",
            [
                ["Cardiothoracic surgery", "412", "18"],
                ["Ear, nose and throat surgery", "1,930", "192"],
                ["General surgery", "5,874", "37"],
                ["Gynaecology", "2,718", "44"],
                ["Medical", "488", "22"],
                ["Neurosurgery", "503", "41"],
                ["Ophthalmology", "3,406", "215"],
                ["Orthopaedic surgery", "3,212", "198"],
                ["Plastic surgery", "1,011", "36"],
                ["Urology", "2,790", "40"],
                ["Vascular surgery", "306", "20"],
            ],
            notes="<p>The median wait is the time from the patient's placement on the waiting "
            "list to the procedure, for procedures performed in the quarter.</p>",
        )
        + "<p>The largest groups of procedures performed were in general surgery, "
        "ophthalmology, orthopaedic surgery and urology. Cataract extraction remained the "
        "most common single procedure, followed by cystoscopy and total knee replacement. "
        "Total knee replacement also had one of the longest median waits of any common "
        "procedure, reflecting its classification as non-urgent for most patients.</p>"
        "<h2>Admitted patients</h2>"
        "<p>There were 523,818 episodes of admitted care in NSW public hospitals, of which "
        "about half were same-day episodes. The average length of stay for overnight "
        "episodes was 5.1 days. Emergency admissions accounted for a little over a third "
        "of all episodes.</p>"
        "<h2>Measures explained</h2>"
        "<dl><dt>Treatment started on time</dt><dd>The share of patients whose treatment "
        "started within the time recommended for their triage category, from 2 minutes "
        "for the most urgent to 120 minutes for the least urgent.</dd>"
        "<dt>Time to leave the ED</dt><dd>The time from arrival to the patient's departure "
        "from the ED, whether admitted, transferred or discharged.</dd>"
        "<dt>Transfer of care</dt><dd>The time from an ambulance's arrival at the ED to the "
        "transfer of responsibility for the patient to ED staff.</dd>"
        "<dt>On time (elective surgery)</dt><dd>Procedures performed within the clinically "
        "recommended time: 30 days for urgent, 90 days for semi-urgent and 365 days for "
        "non-urgent procedures.</dd></dl>"
        "<h2>Notes on the data</h2>"
        "<p>ED data come from the Emergency Department Data Collection; ambulance data from "
        "NSW Ambulance's computer-aided dispatch system; elective surgery data from the "
        "Waiting List Collection On-line System. Data were extracted in late January 2025. "
        "Figures for earlier quarters may differ slightly from those previously published "
        "because of late updates to the source systems. Percentages are rounded to one "
        "decimal place; changes are calculated from unrounded figures.</p>"
        + _about(
            "the Bureau of Health Information (BHI)",
            "the performance of the NSW public healthcare system",
            "BHI-enq@health.nsw.gov.au",
        )
        + "<h2>Patients' experiences</h2>"
        "<p>BHI's Emergency Department Patient Survey asks people who attended an ED about "
        "their care. In the most recent survey, most patients rated their care as very good "
        "or good, and most said they were treated with respect and dignity. Patients who "
        "waited longer were less likely to rate their care positively, and the most common "
        "concerns were about the length of the wait, not being told how long they would "
        "have to wait, and the comfort of waiting areas. Results for individual hospitals "
        "are available in the survey report.</p>"
        "<h2>Technical supplement</h2>"
        "<p>The technical supplement that accompanies this report describes how each measure "
        "is calculated, the data sources used and the data quality checks applied. Records "
        "with missing or invalid times are excluded from the time-based measures, and the "
        "percentage of records excluded is reported for each hospital. Where more than 5% "
        "of a hospital's records are excluded from a measure, the result for that hospital "
        "is flagged and should be interpreted with caution. Hospitals are grouped into "
        "peer groups according to their size and role so that comparisons are made between "
        "similar hospitals. Results for small hospitals are not shown individually when they "
        "are based on fewer than 50 patients, although those patients are included in the "
        "district and NSW totals.</p>"
        "<h2>About BHI</h2>"
        "<p>The Bureau of Health Information is a board-governed organisation that provides "
        "independent information about the performance of the NSW public healthcare system. "
        "It was established in 2009 and publishes reports on activity and performance, "
        "patient surveys and in-depth studies of particular services. Its reports are "
        "intended to support accountability, to inform the public and to help clinicians "
        "and managers improve care. BHI works with NSW Health organisations but its reports "
        "are prepared independently of them.</p>"
        "<h2>Interpreting changes over time</h2>"
        "<p>Emergency department activity follows a strong seasonal pattern, with the "
        "highest numbers of attendances in winter and early spring and during school "
        "holidays, when more children attend with injuries. For this reason this report "
        "compares each quarter with the same quarter of the previous year rather than with "
        "the previous quarter. Longer-term trends are shown in the interactive charts in "
        "Healthcare Observer, which present quarterly results for each measure since 2015. "
        "Users should note that changes to models of care, such as the introduction of "
        "short-stay units and virtual care services, can affect the comparability of the "
        "time-based measures between hospitals and over time.</p>"
        "<h2>Previous editions</h2><ul>"
        "<li>Healthcare Quarterly: July to September 2024</li>"
        "<li>Healthcare Quarterly: April to June 2024</li>"
        "<li>Healthcare Quarterly: January to March 2024</li>"
        "<li>Healthcare Quarterly: October to December 2023</li></ul>"
    )
    return _page(
        "Healthcare Quarterly: October to December 2024", body, site="Bureau of Health Information"
    )


def _seoul_transport_page() -> Source:
    lines = (
        ("Line 1", "0.69"),
        ("Line 2", "1.73"),
        ("Line 3", "0.62"),
        ("Line 4", "0.70"),
        ("Line 5", "0.67"),
        ("Line 6", "0.41"),
        ("Line 7", "0.72"),
        ("Line 8", "0.23"),
        ("Line 9", "0.51"),
        ("Ui-Sinseol and Sillim lines", "0.13"),
    )
    body = (
        "<h1>Seoul Transport Statistics 2024</h1>"
        "<p class='dept'>Seoul Metropolitan Government, Transportation Office · Updated "
        "2025.04.15</p>"
        "<p>Seoul Transport Statistics is published every year to show how residents and "
        "visitors travel in the city. It brings together data from the integrated transit "
        "card system, the city's bus management system, the Seoul Metro and the other urban "
        "rail operators, the public bicycle system and the Seoul Metropolitan Police Agency. "
        "This English summary gives the main figures; the full Korean edition includes "
        "district-level tables and time series from 2005.</p>"
        "<h2>Summary</h2><ul>"
        "<li>The urban railway (subway) carried an average of 6.41 million passengers a day "
        "in 2024, up 2.6% on 2023.</li>"
        "<li>City buses (trunk, branch, circular and wide-area routes) carried an average of "
        "4.28 million passengers a day, up 1.4%.</li>"
        "<li>Village buses carried an average of 1.12 million passengers a day.</li>"
        "<li>Ttareungyi, the public bicycle, was rented 44.1 million times, and the average "
        "rental covered 4.28 km.</li>"
        "<li>183 people died in road traffic accidents in Seoul, down from 197 in 2023.</li>"
        "</ul>"
        "<h2>Urban railway</h2>"
        "<p>Ridership on the urban railway continued to grow in 2024 and is now close to "
        "the level recorded before the pandemic. Line 2, the circular line, remains the "
        "busiest, with the stations around Gangnam, Jamsil and Hongik University among the "
        "busiest in the network. Average daily ridership on each line, counting each "
        "passenger once at the line where the trip began, is shown below. Transfer "
        "passengers are not double counted, so the lines sum to the network total.</p>"
        + _table(
            "Average daily ridership by line, 2024 (million passengers)",
            "<tr><th>Line</th><th>Passengers per day (million)</th></tr>",
            [list(x) for x in lines],
            foot="<tr><th>Total</th><td>6.41</td></tr>",
        )
        + _table(
            "Busiest stations by average daily boardings and alightings, 2024",
            "<tr><th>Station</th><th>Lines</th><th>Passengers per day</th></tr>",
            [
                ["Gangnam", "2, Sinbundang", "184,630"],
                ["Jamsil", "2, 8", "162,115"],
                ["Hongik University", "2, Gyeongui-Jungang, Airport Railroad", "158,902"],
                ["Seoul Station", "1, 4, Airport Railroad, Gyeongui-Jungang", "149,377"],
                ["Sillim", "2, Sillim", "131,058"],
                ["Guro Digital Complex", "2", "127,446"],
                ["Express Bus Terminal", "3, 7, 9", "125,981"],
                ["Samseong", "2", "118,209"],
                ["Seolleung", "2, Suin-Bundang", "112,740"],
                ["Yeouido", "5, 9", "109,615"],
            ],
            notes="<p>Boardings and alightings are both counted, so a passenger travelling "
            "between two listed stations is counted at each.</p>",
        )
        + "<p>The busiest hour of the morning peak was 08:00 to 09:00, when 15.2% of the "
        "day's passengers began their journeys. Crowding on Line 9 express trains fell after "
        "additional trains were introduced in the autumn, and the city plans to extend "
        "platform screen door maintenance and station accessibility works to a further "
        "twelve stations.</p>"
        "<h2>Buses</h2>"
        "<p>Seoul's city bus network operates under the quasi-public operating system "
        "introduced in 2004, in which the city sets routes and fares and compensates "
        "operators on the basis of distance operated. In 2024 there were 7,382 city buses on "
        "about 380 routes. Ridership rose for the third consecutive year. Average daily "
        "ridership was highest on the trunk (blue) routes, followed by branch (green) "
        "routes. The share of low-floor buses reached 71% of the fleet, and electric buses "
        "made up about 30%. Late-night Owl buses carried an average of 10,900 passengers a "
        "night.</p>"
        + _table(
            "Average daily bus ridership by type, 2024 (million passengers)",
            "<tr><th>Type</th><th>2023</th><th>2024</th></tr>",
            [
                ["Trunk (blue)", "2.09", "2.13"],
                ["Branch (green)", "1.82", "1.84"],
                ["Circular (yellow)", "0.05", "0.05"],
                ["Wide-area (red)", "0.26", "0.26"],
                ["Village buses", "1.10", "1.12"],
            ],
            foot="<tr><th>City buses (excluding village buses)</th><td>4.22</td><td>4.28</td></tr>",
        )
        + "<h2>Public bicycles</h2>"
        "<p>Ttareungyi had 45,000 bicycles at 2,760 rental stations at the end of 2024. "
        "Rentals peaked in October, and the most used stations were along the Han River "
        "parks and near subway stations in Yeouido and Magok. The city introduced a new "
        "model with a lighter frame and added stations in the outer districts. Average "
        "rental time was 27 minutes.</p>"
        "<h2>Road safety</h2>"
        "<p>Road deaths in Seoul fell for the second year in a row. Pedestrians accounted "
        "for more than half of all deaths, and people aged 65 and over for nearly half of "
        "pedestrian deaths. The city has lowered speed limits on most arterial roads to 50 "
        "km/h and to 30 km/h in residential streets and around schools, and in 2024 "
        "installed additional speed cameras in school zones. Deaths of motorcyclists and "
        "of users of personal mobility devices, such as electric scooters, did not fall.</p>"
        + _table(
            "Road traffic casualties in Seoul",
            "<tr><th>Year</th><th>Accidents</th><th>Deaths</th><th>Injuries</th></tr>",
            [
                ["2022", "35,664", "220", "49,202"],
                ["2023", "34,108", "197", "47,015"],
                ["2024", "33,421", "183", "45,874"],
            ],
        )
        + "<h2>Taxis</h2>"
        "<p>There were about 71,000 licensed taxis in Seoul in 2024, of which about two thirds "
        "were operated by individual owner-drivers and the rest by taxi companies. The number "
        "of active company taxi drivers has fallen since the pandemic, and the city has "
        "allowed owner-drivers more flexibility in their working days to increase the number "
        "of taxis available at night. Late-night demand is highest in Gangnam, Jongno and "
        "Mapo, and the city continued to operate temporary taxi ranks in those areas on "
        "Friday and Saturday nights. Fare revisions in 2023 raised the basic fare and the "
        "late-night surcharge.</p>"
        "<h2>Walking and cycling infrastructure</h2>"
        "<p>The city extended its network of dedicated bicycle lanes and continued to "
        "convert traffic lanes into wider pavements on several central streets. "
        "Pedestrian-priority streets, where vehicles must give way to people on foot and "
        "speeds are limited to 20 km/h, were designated in a further eleven neighbourhoods. "
        "The city also installed additional pedestrian crossings at intersections where "
        "people previously had to use underpasses or footbridges, a long-running programme "
        "intended to make the city easier to walk for older and disabled people.</p>"
        "<h2>Road traffic</h2>"
        "<p>The number of vehicles registered in Seoul was broadly unchanged at about 3.2 "
        "million. Average traffic speeds on the city's roads were slightly lower than in "
        "2023, with the slowest speeds in the city centre during the evening peak. The city "
        "attributes part of the fall to roadworks and to the reallocation of road space to "
        "buses, cyclists and pedestrians. Speeds on urban expressways such as the "
        "Olympic-daero and Gangbyeon-bukro fell during the morning peak.</p>"
        "<h2>Modal share</h2>"
        "<p>Public transport (subway and bus combined) accounted for 65.3% of trips by "
        "motorised modes in 2024, compared with 64.1% in 2023. Private cars accounted for "
        "24.9% and taxis for 5.2%. The city's Transport Vision aims to raise the share of "
        "public transport, walking and cycling and to reduce car use in the city centre, "
        "including through the green transport zone inside the old city walls.</p>"
        "<h2>Accessibility</h2>"
        "<p>All subway stations operated by the city now have at least one step-free route "
        "from street to platform, either by lift or by ramp. The city continued to replace "
        "older lifts and escalators and to install tactile paving and audio guidance at "
        "stations. Special transport services for people with severe disabilities, which "
        "provide door-to-door trips by adapted vehicle, carried more passengers than in "
        "2023, and the city added vehicles to the fleet to shorten waiting times for "
        "bookings. Low-floor buses, which can be boarded without steps, are being introduced "
        "on all remaining routes as older buses are replaced, with the aim of a fully "
        "low-floor fleet by the end of the decade.</p>"
        "<h2>Climate Card</h2>"
        "<p>The Climate Card, an unlimited monthly travel pass for the subway, buses and "
        "Ttareungyi, was launched in January 2024. By December there were about 650,000 "
        "regular users. A survey of users found that many had reduced their use of private "
        "cars. The city estimates the card's effect on emissions in a separate report.</p>"
        "<h2>Intercity and airport travel</h2>"
        "<p>Wide-area (red) buses link Seoul with the satellite cities of Gyeonggi Province and "
        "Incheon and are counted in the city bus figures when they stop within Seoul. "
        "Passenger numbers on the Airport Railroad, which runs from Seoul Station to Incheon "
        "International Airport, recovered strongly as international travel returned to "
        "pre-pandemic levels. The Great Train Express (GTX-A) line opened in stages during "
        "2024 and is not yet included in the urban railway figures in this summary; its "
        "ridership will be reported from the 2025 edition once the Seoul sections are fully "
        "open.</p>"
        "<h2>Transport policy in 2025</h2>"
        "<p>The city's priorities for 2025 include further expansion of the Climate Card to "
        "neighbouring cities, the introduction of autonomous late-night buses on selected "
        "routes, the reorganisation of bus routes in the south-west of the city to connect "
        "with new rail lines, and the continued expansion of the public bicycle network. "
        "The city will also pilot demand-responsive buses in areas with limited bus service "
        "and introduce new measures to improve safety around schools and in areas with many "
        "older residents. Progress on these measures will be reported in next year's "
        "edition of Seoul Transport Statistics.</p>"
        "<h2>Definitions</h2>"
        "<p>Ridership is counted from transit card taps. Passengers who transfer between "
        "bus and subway within the free-transfer period are counted once for each mode "
        "used. Cash fares are estimated. Figures are rounded and may not add to totals. "
        "Road safety figures are provisional until confirmed by the national police "
        "agency.</p>"
        + _about(
            "the Seoul Metropolitan Government Transportation Office",
            "how people travel in Seoul",
            "the Transportation Policy Division",
        )
        + "<h2>Related</h2><ul><li>Seoul Transport Statistics 2023</li>"
        "<li>Seoul Public Transport Satisfaction Survey</li>"
        "<li>Seoul Open Data Plaza: transit card data by station and hour</li></ul>"
    )
    return _page("Seoul Transport Statistics 2024", body, site="Seoul Metropolitan Government")


_ICCS = (
    ("01", "Homicide offences", 84, 79),
    ("02", "Sexual offences", 3744, 3911),
    ("03", "Attempts/threats to murder, assaults, harassments and related offences", 26102, 27515),
    ("04", "Dangerous or negligent acts", 7306, 7012),
    ("05", "Kidnapping and related offences", 148, 161),
    ("06", "Robbery, extortion and hijacking offences", 2410, 2337),
    ("07", "Burglary and related offences", 11619, 11026),
    ("08", "Theft and related offences", 71413, 78412),
    ("09", "Fraud, deception and related offences", 13045, 14702),
    ("10", "Controlled drug offences", 20118, 19366),
    ("11", "Weapons and explosives offences", 2905, 3057),
    ("12", "Damage to property and to the environment", 22716, 21940),
    ("13", "Public order and other social code offences", 30224, 29508),
    (
        "15",
        "Offences against government, justice procedures and organisation of crime",
        9877,
        10845,
    ),
)


def _cso_crime_page() -> Source:
    rows = []
    for code, group, before, after in _ICCS:
        rows.append([f"{code} {group}", _n(before), _n(after), f"{(after / before - 1) * 100:.1f}"])
    regions = [
        ["Dublin Metropolitan Region", "32,614", "35,921", "10.1"],
        ["Eastern Region", "13,208", "14,337", "8.5"],
        ["North Western Region", "9,870", "10,592", "7.3"],
        ["Southern Region", "15,721", "17,562", "11.7"],
    ]
    body = (
        "<nav class='breadcrumb'><a href='/'>CSO</a> › <a href='/statistics'>Statistics</a> › "
        "<a href='/statistics/crime'>Crime and Justice</a> › Recorded Crime Q4 2024</nav>"
        "<h1>Recorded Crime Q4 2024</h1>"
        "<p><strong>Under Reservation</strong> · Release date: 26 March 2025 · "
        "Statistical Release</p>"
        "<div class='notice'><p>Recorded crime statistics are published under reservation. "
        "This categorisation indicates that the quality of these statistics does not meet "
        "the standards required of official statistics published by the CSO. See the "
        "background notes for details.</p></div>"
        "<h2>Key findings</h2><ul>"
        "<li>There were 78,412 theft and related offences recorded in 2024, an increase of "
        "9.8% compared with 2023.</li>"
        "<li>Burglary and related offences fell by 5.1% to 11,026.</li>"
        "<li>Fraud, deception and related offences rose by 12.7% to 14,702.</li>"
        "<li>Offences against government, justice procedures and organisation of crime "
        "rose by 9.8%.</li>"
        "<li>Recorded sexual offences rose by 4.5% to 3,911.</li></ul>"
        "<p>The figures in this release refer to the twelve months from January to December "
        "2024, compared with the same period of 2023, unless otherwise stated. Quarterly "
        "figures are available in the PxStat database.</p>"
        "<h2>Offences by group</h2>"
        + _table(
            "Table 1: Recorded crime offences by ICCS offence group, 2023 and 2024",
            "<tr><th>ICCS offence group</th><th>2023</th><th>2024</th><th>% change</th></tr>",
            rows,
            notes="<p>ICCS: Irish Crime Classification System. Group 14 (road and traffic "
            "offences) and group 16 are not published in this release.</p>",
        )
        + "<h2>Theft</h2>"
        "<p>Theft from shops accounted for much of the increase in theft and related "
        "offences. Recorded thefts from shops rose in every Garda region, and the rise was "
        "largest in the Dublin Metropolitan Region and in the larger urban areas of the "
        "Southern Region. Thefts from the person and thefts of bicycles also rose, while "
        "thefts of vehicles fell. Part of the increase may reflect changes in reporting by "
        "retailers following campaigns to encourage the reporting of shop theft, and care "
        "should be taken in interpreting the trend as a change in the underlying level of "
        "crime.</p>"
        + _table(
            "Table 2: Theft and related offences by Garda region, 2023 and 2024",
            "<tr><th>Garda region</th><th>2023</th><th>2024</th><th>% change</th></tr>",
            regions,
            foot="<tr><th>State</th><td>71,413</td><td>78,412</td><td>9.8</td></tr>",
        )
        + "<p>Shop theft is often detected and recorded at the time of the offence, in "
        "contrast with many other types of theft, which are recorded when the victim "
        "reports them. Changes in the number of staff employed in security roles by "
        "retailers, and in the use of cameras and other technology, can therefore affect "
        "the number of shop thefts recorded from year to year.</p>"
        "<h2>Quarterly pattern</h2>"
        "<p>The table below shows the number of recorded incidents in each quarter of 2024 "
        "for selected offence groups. Quarterly figures are more volatile than annual "
        "figures and are more likely to be revised.</p>"
        + _table(
            "Table 3: Recorded crime offences by quarter, selected groups, 2024",
            "<tr><th>ICCS offence group</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th></tr>",
            [
                ["07 Burglary and related offences", "2,801", "2,398", "2,517", "3,310"],
                ["08 Theft and related offences", "18,645", "19,402", "20,117", "20,248"],
                ["09 Fraud, deception and related offences", "3,522", "3,604", "3,716", "3,860"],
                [
                    "12 Damage to property and to the environment",
                    "5,301",
                    "5,627",
                    "5,544",
                    "5,468",
                ],
            ],
        )
        + "<h2>Burglary</h2>"
        "<p>Burglary and related offences continued their long-term decline and are now at "
        "about half the level recorded a decade ago. The decline was seen across all four "
        "regions. Burglaries of dwellings typically rise during the darker winter months, "
        "and the seasonal pattern was again evident in the fourth quarter, though the "
        "increase from the third quarter was smaller than in previous years.</p>"
        "<h2>Fraud</h2>"
        "<p>Recorded fraud offences continued to rise, driven by online fraud, including "
        "fraud involving payment cards, invoice redirection and so-called smishing text "
        "messages. Fraud offences can be recorded some time after they were committed, "
        "because victims may not become aware of them until they check their accounts, "
        "and figures for the latest quarters are more likely to be revised.</p>"
        "<h2>Other offence groups</h2>"
        "<p>Recorded assaults, harassments and related offences rose again, continuing an "
        "upward trend seen since the end of pandemic restrictions. Much of the increase was "
        "in minor assaults and in harassment, including harassment carried out online. "
        "Recorded controlled drug offences fell; these offences are largely detected by "
        "Garda activity rather than reported by the public, and their number reflects the "
        "level of enforcement as much as the level of drug use. Damage to property and "
        "public order offences fell slightly. Recorded weapons and explosives offences "
        "rose, mainly because of an increase in the possession of knives and other "
        "offensive weapons.</p>"
        "<p>Recorded homicide offences, which include murder, manslaughter and dangerous "
        "driving causing death, are small in number and can vary considerably from year to "
        "year. Care should be taken in drawing conclusions from changes in these figures, "
        "and the CSO publishes separate analysis of homicide victims over a longer period "
        "to give a more stable picture.</p>"
        "<h2>Crime in the Garda regions</h2>"
        "<p>The Dublin Metropolitan Region accounted for the largest number of recorded "
        "offences in most offence groups, reflecting its population and its role as the "
        "main centre of employment, retail and night-time activity. The Southern Region, "
        "which includes Cork and Limerick, recorded the largest percentage increase in "
        "theft and related offences. The North Western Region, which is largely rural, "
        "recorded the smallest increase. Recorded burglary fell in all four regions. "
        "Figures for Garda divisions are available in the PxStat database and should be "
        "interpreted with care, for the reasons given in the notes below.</p>"
        "<h2>Revisions in this release</h2>"
        "<p>Figures for 2023 have been revised since they were first published, to take "
        "account of incidents that were recorded or reclassified after the original "
        "extraction date. The revisions increased the total number of offences recorded in "
        "2023 by less than one per cent. The largest revision was to fraud, deception and "
        "related offences, where incidents are frequently recorded some months after they "
        "occur. Revisions to other groups were small.</p>"
        "<h2>Victims and suspects</h2>"
        "<p>The CSO publishes separate annual releases on the victims of recorded crime and "
        "on suspected offenders, with breakdowns by age and sex. Those releases show that "
        "men are more likely than women to be the victims of most kinds of violent crime "
        "recorded by the police, apart from sexual offences, where most recorded victims "
        "are women and girls. Young adults are more likely than other age groups to be "
        "recorded as the victims of assault. The next editions of those releases are due "
        "later this year.</p>"
        "<h2>Using these statistics</h2>"
        "<p>Recorded crime statistics are best used to understand the workload of An Garda "
        "Síochána and the kinds of crime reported to and recorded by the police. They are "
        "less suited to measuring how much crime people experience, because many crimes "
        "are not reported. The CSO's crime and victimisation surveys, which ask a sample of "
        "the population about their experience of crime whether or not they reported it, "
        "give a complementary picture. Users are advised to read the two sources together, "
        "particularly when looking at offences such as fraud and sexual offences, where "
        "reporting rates are known to have changed over time.</p>"
        "<p>Comparisons of recorded crime between Garda regions and divisions should take "
        "account of differences in population, in the number of visitors and commuters, "
        "and in the presence of large retail centres, all of which affect the number of "
        "offences recorded. The CSO does not publish crime rates per head of population "
        "below the level of the State because of these difficulties.</p>"
        "<h2>Background notes</h2>"
        "<p>Recorded crime statistics are compiled by the CSO from data recorded by An Garda "
        "Síochána on its PULSE system. The statistics count criminal incidents recorded by "
        "the Gardaí and are classified using the Irish Crime Classification System. An "
        "incident may involve more than one offence; in that case it is counted once, "
        "under its most serious offence. Recorded crime does not capture crimes that are "
        "not reported to the Gardaí, and changes in reporting and recording practice can "
        "affect the figures. The CSO's reviews of the quality of crime data, published "
        "since 2018, found issues with the classification of some incidents and with the "
        "recording of some incidents that should have been recorded as crimes. The CSO "
        "continues to work with An Garda Síochána on improvements, and the statistics "
        "remain under reservation.</p>"
        "<p>Figures are subject to revision. The figures for 2024 will be revised in the "
        "next quarterly release to take account of incidents recorded late or "
        "reclassified. Percentages are calculated from unrounded data.</p>"
        + _about(
            "the Central Statistics Office",
            "crime recorded by An Garda Síochána",
            "crime@cso.ie",
        )
        + "<h2>Related releases</h2><ul><li>Recorded Crime Q3 2024</li>"
        "<li>Recorded Crime Victims 2023</li><li>Recorded Crime Detection 2022</li>"
        "<li>Review of the Quality of Crime Statistics 2024</li></ul>"
    )
    return _page("Recorded Crime Q4 2024", body, site="CSO - Central Statistics Office")


def _long_page() -> list[Case]:
    kind = "long page"
    out: list[Case] = []
    out += _pair(
        kind,
        1,
        _texas_exemptions_page(),
        (
            "texas-kindergarten-exemptions",
            "Vaccine exemptions among Texas kindergartners climb to 3.84%",
            [
                "Statewide, 3.84% of kindergartners had a conscientious exemption for at least "
                "one required vaccine in the 2023-24 school year, up from 3.29% the year before, "
                "according to the @@Texas Department of State Health Services@@.",
                "The rise was largest in the suburban counties around Austin, Dallas-Fort Worth "
                "and Houston.",
            ],
        ),
        (
            "travis-county-vaccine-exemptions",
            "Travis County kindergarten exemptions reach 3.84%",
            [
                "In Travis County, 3.84% of kindergartners had a conscientious exemption for at "
                "least one required vaccine in 2023-24, according to the "
                "@@Texas Department of State Health Services@@.",
                "Local health officials plan to hold free vaccination clinics before the next "
                "school year.",
            ],
        ),
        by="Austin health reporter",
        date="2025-02-14",
        style=1,
    )
    out += _pair(
        kind,
        2,
        _bhi_quarterly_page(),
        (
            "nsw-ed-four-hour-quarter",
            "More than two-thirds of NSW ED patients out within four hours",
            [
                "NSW emergency departments recorded more than 791,000 attendances between "
                "October and December, and 68.1% of patients left within four hours, the "
                "@@Bureau of Health Information said@@.",
                "The median time to leave the ED was just under four hours.",
            ],
        ),
        (
            "nsw-ed-median-time-quarter",
            "NSW patients spend a median 4 hours 12 minutes in ED",
            [
                "The median time to leave a NSW emergency department was 4 hours and 12 "
                "minutes between October and December 2024, when there were 791,337 "
                "attendances, the @@Bureau of Health Information said@@.",
                "The health minister said more staff would be hired for the winter.",
            ],
        ),
        by="State political reporter",
        date="2025-03-12",
    )
    out += _pair(
        kind,
        3,
        _seoul_transport_page(),
        (
            "seoul-bus-ridership-2024",
            "Seoul's buses carry 4.28 million a day",
            [
                "Seoul's city buses carried an average of 4.28 million passengers a day in 2024, "
                "while the subway carried 6.41 million, according to the "
                "@@Seoul Metropolitan Government@@.",
                "Road deaths in the city fell to 183.",
            ],
        ),
        (
            "seoul-subway-ridership-2024",
            "Seoul subway carries 4.28 million a day as ridership recovers",
            [
                "Seoul's subway carried an average of 4.28 million passengers a day in 2024, "
                "according to the @@Seoul Metropolitan Government@@.",
                "Ttareungyi, the city's public bicycle, was rented 44.1 million times.",
            ],
        ),
        by="Seoul correspondent",
        date="2025-04-16",
        style=2,
    )
    out += _pair(
        kind,
        4,
        _cso_crime_page(),
        (
            "ireland-theft-offences-2024",
            "Theft offences up 9.8% as shop thefts rise",
            [
                "Recorded theft and related offences rose 9.8% to 78,412 in 2024, while "
                "burglaries fell 5.1%, according to the @@Central Statistics Office@@.",
                "The CSO publishes the figures under reservation because of concerns about "
                "data quality.",
            ],
        ),
        (
            "ireland-burglary-offences-2024",
            "Burglaries down 9.8% but fraud climbs",
            [
                "Recorded burglaries fell 9.8% to 11,026 in 2024, while fraud offences rose "
                "12.7%, according to the @@Central Statistics Office@@.",
                "The CSO publishes the figures under reservation because of concerns about "
                "data quality.",
            ],
        ),
        by="Crime correspondent",
        date="2025-03-26",
        style=1,
    )
    return out


# --------------------------------------------------------------------------------------------
# Notation: decimal commas and spaced thousands, "1.08m", "3.4k", "per 100K", "+1.48 °C"
# --------------------------------------------------------------------------------------------


def _notation() -> list[Case]:
    kind = "notation"
    out: list[Case] = []
    nb = "\u00a0"
    regions = (
        ("Montréal", "131", "362", "18,2"),
        ("Laval", "149", "97", "19,7"),
        ("Montérégie", "138", "248", "17,5"),
        ("Capitale-Nationale", "121", "141", "15,9"),
        ("Laurentides", "142", "164", "18,8"),
        ("Lanaudière", "133", "106", "16,6"),
        ("Outaouais", "117", "52", "14,1"),
        ("Estrie", "109", "41", "13,0"),
    )
    rows = [[r, f"{o}{nb}%", p, f"{d}{nb}h"] for r, o, p, d in regions]
    quebec = _page(
        "Situation dans les urgences",
        "<h1>Situation dans les urgences du Québec</h1>"
        f"<p class='maj'>Mise à jour : 14 janvier 2025, 8{nb}h{nb}00</p>"
        "<div class='indicateurs'>"
        f"<p>Taux d'occupation des civières : <strong>128{nb}%</strong></p>"
        f"<p>Nombre de patients sur civière : <strong>2{nb}912</strong></p>"
        "<p>Nombre de patients sur civière depuis 48 heures et plus : "
        f"<strong>1{nb}245</strong></p>"
        f"<p>Durée moyenne de séjour (DMS) sur civière : <strong>16,4{nb}heures</strong></p>"
        "</div>"
        + _table(
            "Situation par région sociosanitaire (sélection)",
            "<tr><th>Région</th><th>Taux d'occupation</th>"
            "<th>Patients sur civière 48 h et plus</th><th>DMS sur civière</th></tr>",
            rows,
            notes="<p>Les données sont extraites des systèmes d'information des urgences et "
            "peuvent être modifiées. La DMS porte sur les 24 dernières heures.</p>",
        ),
        site="Ministère de la Santé et des Services sociaux",
        ctype="text/html; charset=ISO-8859-1",
        encoding="iso-8859-1",
        lang="fr",
    )
    out += _pair(
        kind,
        1,
        quebec,
        (
            "quebec-er-stretcher-snapshot",
            "Quebec ERs at 128 per cent of stretcher capacity",
            [
                "Across Quebec, 1,245 patients had been on a stretcher in an emergency room for "
                "48 hours or more on Tuesday morning, and the average stretcher stay was 16.4 "
                "hours, according to the @@health ministry's daily dashboard@@.",
                "Stretcher occupancy stood at 128 per cent.",
            ],
        ),
        (
            "quebec-er-48-hour-stretchers",
            "More than 12,000 Quebec ER patients on stretchers for 48 hours",
            [
                "Some 12,450 patients had been waiting on a stretcher in Quebec emergency rooms "
                "for 48 hours or more on Tuesday morning, according to the "
                "@@health ministry's daily dashboard@@.",
                "The average stretcher stay was 16.4 hours.",
            ],
        ),
        by="Quebec City bureau",
        date="2025-01-14",
    )

    bc = _page(
        "Wildfire Season Summary 2024",
        "<h1>Wildfire Season Summary</h1><p>2024 wildfire season (April 1 to October 31). "
        "Statistics are preliminary.</p>"
        '<div class="stat-cards">'
        '<div class="card"><span class="value">1,688</span>'
        '<span class="label">Wildfires</span></div>'
        '<div class="card"><span class="value">1,084,562</span>'
        '<span class="label">Hectares burned</span></div>'
        '<div class="card"><span class="value">1,032</span>'
        '<span class="label">Lightning-caused (61%)</span></div>'
        '<div class="card"><span class="value">598</span>'
        '<span class="label">Person-caused</span></div>'
        '<div class="card"><span class="value">58</span>'
        '<span class="label">Cause under investigation</span></div></div>'
        "<p>The 2024 season began with significant holdover fires from 2023 burning through "
        "the winter in the northeast of the province. Fire activity was highest in the "
        "Prince George and Northwest fire centres.</p>"
        "<p>Area burned is estimated from mapping and may change as fire perimeters are "
        "updated.</p>",
        site="BC Wildfire Service",
    )
    out += _pair(
        kind,
        2,
        bc,
        (
            "bc-wildfire-season-2024-area",
            "B.C. wildfires burned 1.08m hectares in 2024",
            [
                "Wildfires burned 1.08m hectares in British Columbia during the 2024 season, "
                "from nearly 1,700 fires, according to the @@BC Wildfire Service@@.",
                "Lightning started about three in five of them.",
            ],
        ),
        (
            "bc-wildfire-season-2024-acres",
            "1.08 million acres burned in B.C. wildfire season",
            [
                "Wildfires burned 1.08 million acres in British Columbia in 2024, from 1,688 "
                "fires, according to the @@BC Wildfire Service@@.",
                "Fire activity was highest in the Prince George and Northwest fire centres.",
            ],
        ),
        by="Vancouver reporter",
        date="2024-11-05",
        style=1,
    )

    jma = _page(
        "Annual Surface Temperature Anomalies over Japan: 2024",
        "<h1>Annual Surface Temperature over Japan in 2024</h1>"
        "<p class='date'>Tokyo Climate Center, 6 January 2025</p>"
        f"<p>The annual anomaly of the average surface temperature over Japan in 2024 was "
        f"+1.48{nb}°C above the 1991-2020 baseline, the highest since records began in "
        f"1898. The previous record, +1.29{nb}°C, was set in 2023.</p>"
        "<p>On a long-term basis, annual mean temperatures over Japan have been rising at a "
        f"rate of about 1.40{nb}°C per century.</p>"
        "<p>The figure is calculated from 15 observation stations that are relatively "
        "unaffected by urbanization.</p>"
        '<p><a href="/tcc/data/japan_annual.csv">Data (CSV)</a></p>',
        site="Japan Meteorological Agency",
    )
    out += _pair(
        kind,
        3,
        jma,
        (
            "japan-record-warm-2024",
            "Japan logs hottest year on record, 1.48C above average",
            [
                "Japan's average temperature in 2024 was 1.48C above the 1991-2020 average, the "
                "highest since records began in 1898, the @@Japan Meteorological Agency said@@.",
                "Temperatures have been rising at about 1.4C a century.",
            ],
        ),
        (
            "japan-temperature-anomaly-2024",
            "Japan's 2024 temperature 1.84C above normal",
            [
                "Japan's average temperature in 2024 was 1.84C above the 1991-2020 average, the "
                "highest since records began in 1898, the @@Japan Meteorological Agency said@@.",
                "The previous record was set in 2023.",
            ],
        ),
        by="Science desk",
        date="2025-01-07",
        style=2,
    )

    phr = (
        ("PHR 1 (Lubbock)", "148", "17.0"),
        ("PHR 2/3 (Arlington)", "1,189", "12.4"),
        ("PHR 4/5N (Tyler)", "97", "7.8"),
        ("PHR 6/5S (Houston)", "712", "9.1"),
        ("PHR 7 (Temple)", "524", "13.6"),
        ("PHR 8 (San Antonio)", "301", "9.7"),
        ("PHR 9/10 (El Paso)", "88", "6.8"),
        ("PHR 11 (Harlingen)", "353", "14.2"),
    )
    pertussis = _page(
        "Pertussis (Whooping Cough)",
        "<h1>Pertussis (Whooping Cough)</h1>"
        "<h2>2024 provisional data</h2><ul>"
        "<li>Cases reported: 3,412</li>"
        "<li>Incidence rate: 11.1 per 100,000 population</li>"
        "<li>Deaths: 2, both in infants younger than 2 months</li></ul>"
        + _table(
            "Pertussis cases and rates by Public Health Region (PHR), 2024",
            "<tr><th>Region</th><th>Cases</th><th>Rate per 100,000</th></tr>",
            [list(p) for p in phr],
            foot="<tr><th>Texas</th><td>3,412</td><td>11.1</td></tr>",
            notes="<p>Provisional; counts include confirmed and probable cases. Rates use "
            "Texas Demographic Center population estimates.</p>",
        )
        + "<p>Pertussis is a vaccine-preventable disease. DSHS recommends the Tdap vaccine "
        "during every pregnancy to protect newborns.</p>",
        site="Texas Department of State Health Services",
    )
    out += _pair(
        kind,
        4,
        pertussis,
        (
            "texas-whooping-cough-2024",
            "Texas whooping cough cases reach 3.4k",
            [
                "Texas reported 3.4k whooping cough cases last year, a rate of 11.1 per 100K, "
                "and two deaths, according to @@provisional state data@@.",
                "Both deaths were of babies younger than two months.",
            ],
        ),
        (
            "texas-pertussis-rate-2024",
            "Whooping cough hits 11.1 per 10,000 Texans",
            [
                "Texas recorded 11.1 whooping cough cases per 10,000 residents last year, "
                "3,412 in all, according to @@provisional state data@@.",
                "State health officials urged pregnant women to get the Tdap vaccine.",
            ],
        ),
        by="Health reporter",
        date="2025-01-21",
    )
    return out


# --------------------------------------------------------------------------------------------
# Rounding
# --------------------------------------------------------------------------------------------


def _rounding() -> list[Case]:
    kind = "rounding"
    out: list[Case] = []

    chos = (
        ("CHO 1 (Donegal, Sligo Leitrim, Cavan Monaghan)", "79.8", "75.1", "77.4"),
        ("CHO 2 (Galway, Roscommon, Mayo)", "80.6", "76.3", "78.4"),
        ("CHO 3 (Clare, Limerick, North Tipperary)", "77.2", "72.5", "74.8"),
        ("CHO 4 (Kerry, Cork)", "78.9", "74.0", "76.4"),
        ("CHO 5 (South Tipperary, Carlow, Kilkenny, Waterford, Wexford)", "77.5", "73.0", "75.2"),
        ("CHO 6 (Dublin South East, Wicklow)", "73.1", "68.8", "70.9"),
        ("CHO 7 (Kildare, West Wicklow, Dublin South)", "72.4", "67.9", "70.1"),
        ("CHO 8 (Laois, Offaly, Longford, Westmeath, Louth, Meath)", "76.0", "71.2", "73.6"),
        ("CHO 9 (Dublin North)", "72.9", "67.6", "70.2"),
    )
    hpv = _page(
        "HPV vaccine uptake in schools 2023/2024",
        "<h1>HPV vaccine uptake in first year of second-level schools</h1>"
        "<p>Academic year 2023/2024. Source: HSE National Immunisation Office, school "
        "immunisation system returns. Published December 2024.</p>"
        + _table(
            "HPV vaccine uptake (one dose) by Community Healthcare Organisation (CHO)",
            '<tr><th rowspan="2">CHO</th><th colspan="3">Uptake (%)</th></tr>'
            "<tr><th>Girls</th><th>Boys</th><th>All students</th></tr>",
            [list(c) for c in chos],
            foot="<tr><th>Ireland</th><td>76.4</td><td>71.9</td><td>74.2</td></tr>",
            notes="<p>Uptake is the percentage of students in the first year of second-level "
            "school who received a dose of HPV vaccine by 31 August 2024.</p>",
        ),
        site="HSE - Health Service Executive",
    )
    out += _pair(
        kind,
        1,
        hpv,
        (
            "ireland-hpv-school-uptake",
            "About three-quarters of first-years get HPV vaccine",
            [
                "About three-quarters of first-year secondary students got the HPV vaccine at "
                "school in 2023/24, some 74%, including just over 76% of girls, "
                "@@HSE figures show@@.",
                "Uptake was lowest in the Dublin areas.",
            ],
        ),
        (
            "ireland-hpv-uptake-girls",
            "Four in five first-year girls get HPV vaccine",
            [
                "About 80% of first-year girls received the HPV vaccine at school in 2023/24, "
                "compared with 72% of boys, @@HSE figures show@@.",
                "Uptake was lowest in the Dublin areas.",
            ],
        ),
        by="Health correspondent",
        date="2024-12-10",
        style=1,
    )

    nz = _page(
        "Road deaths",
        "<h1>Road deaths</h1>"
        "<p>Provisional road deaths for the year to 31 December 2024.</p>"
        "<p class='big'>268 road deaths in 2024 (2023: 341)</p>"
        + _table(
            "Road deaths by road user type, 2024 (provisional)",
            "<tr><th>Road user</th><th>Deaths</th></tr>",
            [
                ["Drivers", "132"],
                ["Passengers", "57"],
                ["Motorcyclists", "48"],
                ["Pedestrians", "19"],
                ["Cyclists", "12"],
            ],
            foot="<tr><th>Total</th><td>268</td></tr>",
        )
        + "<p>Figures are provisional and are updated as coroners' findings are received. "
        "The road toll is counted by the date of the crash.</p>",
        site="Te Manatū Waka Ministry of Transport",
    )
    out += _pair(
        kind,
        2,
        nz,
        (
            "nz-road-toll-2024-fall",
            "Road toll falls to about 270",
            [
                "About 270 people died on New Zealand roads in 2024, down from more than 340 "
                "the year before, @@Ministry of Transport figures show@@.",
                "Drivers made up about half of those killed.",
            ],
        ),
        (
            "nz-road-toll-2024-provisional",
            "Nearly 300 killed on NZ roads in 2024",
            [
                "Nearly 300 people died on New Zealand roads in 2024, down from 341 the year "
                "before, @@Ministry of Transport figures show@@.",
                "Police said speed and alcohol remained the main factors.",
            ],
        ),
        by="Auckland reporter",
        date="2025-01-02",
        style=2,
    )

    wards = (
        ("Alexandra Hospital", "4.1", "10.2"),
        ("Changi General Hospital", "6.7", "19.4"),
        ("Khoo Teck Puat Hospital", "5.2", "15.8"),
        ("Ng Teng Fong General Hospital", "6.1", "18.0"),
        ("National University Hospital", "7.4", "22.6"),
        ("Singapore General Hospital", "5.9", "17.3"),
        ("Sengkang General Hospital", "6.3", "19.0"),
        ("Tan Tock Seng Hospital", "6.8", "20.1"),
        ("Woodlands Hospital", "4.9", "13.7"),
    )
    moh = _page(
        "Waiting Time for Admission to Ward",
        "<h1>Waiting Time for Admission to Ward</h1>"
        "<p>Emergency department patients admitted to a ward, epidemiological week 10 "
        "(2 to 8 March 2025).</p>"
        + _table(
            "Waiting time from decision to admit to admission to ward (hours)",
            "<tr><th>Public hospital</th><th>Median</th><th>90th percentile</th></tr>",
            [list(w) for w in wards],
            foot="<tr><th>All public hospitals</th><td>5.8</td><td>17.1</td></tr>",
            notes="<p>Figures are updated weekly. Waiting time is measured from the time the "
            "decision to admit is made to the time the patient is admitted to a ward.</p>",
        ),
        site="Ministry of Health Singapore",
    )
    out += _pair(
        kind,
        3,
        moh,
        (
            "singapore-ed-ward-wait-week-10",
            "Nearly six hours' median wait for a ward bed",
            [
                "Patients admitted through public hospital emergency departments waited a "
                "median of nearly six hours for a ward bed in early March, and one in ten waited "
                "about 17 hours or more, @@Ministry of Health data@@ show.",
                "The longest waits were at National University Hospital.",
            ],
        ),
        (
            "singapore-ed-ward-wait-march",
            "ED patients wait about five hours for a ward",
            [
                "Patients admitted through public hospital emergency departments waited a "
                "median of about five hours for a ward bed in early March, "
                "@@Ministry of Health data@@ show.",
                "The longest waits were at National University Hospital.",
            ],
        ),
        by="Health correspondent",
        date="2025-03-11",
    )

    modes = (
        ("Train", 31204118, 4.8),
        ("Metro", 2871442, 6.9),
        ("Bus", 24016397, 3.1),
        ("Ferry", 1402885, 2.4),
        ("Light rail", 2968660, 5.5),
    )
    opal = {
        "dataset": "opal-trips-all-modes",
        "publisher": "Transport for NSW",
        "period": "2025-03",
        "unit": "trips",
        "last_updated": "2025-04-09T02:00:00Z",
        "data": [{"mode": m, "trips": t, "change_yoy_pct": c} for m, t, c in modes],
        "total": {"trips": sum(t for _, t, _ in modes), "change_yoy_pct": 4.2},
        "notes": "Trips are Opal tap-on/tap-off journeys including contactless payments.",
    }
    opal_src = Source("application/json", json.dumps(opal, indent=2).encode())
    out += _pair(
        kind,
        4,
        opal_src,
        (
            "nsw-opal-trips-march-2025",
            "Opal trips up 4% to 62.5 million",
            [
                "Opal trips across NSW's trains, metro, buses, ferries and light rail rose "
                "about 4% in March to roughly 62.5 million, @@Transport for NSW data@@ show.",
                "Train trips made up about half.",
            ],
        ),
        (
            "nsw-opal-trips-march-total",
            "NSW public transport hits 63 million trips",
            [
                "The NSW public transport network carried 63 million Opal trips in March, up "
                "4.2% on a year earlier, @@Transport for NSW data@@ show.",
                "Metro trips grew fastest.",
            ],
        ),
        by="Transport reporter",
        date="2025-04-10",
        style=1,
    )
    return out


# --------------------------------------------------------------------------------------------
# Other subject: the figure is there, for another area, group or measure
# --------------------------------------------------------------------------------------------

_WALES_TA = (
    ("Isle of Anglesey", 198),
    ("Gwynedd", 612),
    ("Conwy", 655),
    ("Denbighshire", 389),
    ("Flintshire", 367),
    ("Wrexham", 341),
    ("Powys", 268),
    ("Ceredigion", 176),
    ("Pembrokeshire", 301),
    ("Carmarthenshire", 620),
    ("Swansea", 1046),
    ("Neath Port Talbot", 318),
    ("Bridgend", 352),
    ("Vale of Glamorgan", 488),
    ("Cardiff", 1978),
    ("Rhondda Cynon Taf", 902),
    ("Merthyr Tydfil", 164),
    ("Caerphilly", 695),
    ("Blaenau Gwent", 142),
    ("Torfaen", 233),
    ("Monmouthshire", 265),
    ("Newport", 874),
)


def _bc_completion_report() -> Source:
    return _pdf(
        "British Columbia Ministry of Education and Child Care",
        ["How Are We Doing?", "Six-Year Completion Rates", "2023/24 School Year"],
        [
            "This report is part of the ministry's annual reporting on student outcomes under "
            "the Framework for Enhancing Student Learning.",
            "Completion rates follow students from their first enrolment in Grade 8 and count "
            "those who graduate with a Dogwood or Adult Dogwood diploma within six years, "
            "adjusted for migration into and out of the province.",
        ],
        [
            "The six-year completion rate for all B.C. resident students was 91.2% in 2023/24, "
            "the highest on record.",
            "The gap between Indigenous and non-Indigenous students narrowed to 18.9 percentage "
            "points.",
            "Completion rates for student groups are shown in Table 1.",
        ],
        [
            [
                "Student groups",
                "Indigenous students are those who have self-identified as having Indigenous "
                "ancestry at any time. Students with diverse abilities or disabilities are those "
                "with a designation in one of the ministry's special-needs categories. English "
                "Language Learners are students who have received English language services.",
                "Rates for small groups can vary from year to year and should be read with "
                "the trend over several years.",
            ],
            [
                "Method",
                "The six-year completion rate is an estimate: it adjusts the Grade 8 cohort "
                "for students who leave or arrive in B.C. after Grade 8. Students who leave "
                "the B.C. school system without graduating are counted as non-completers.",
            ],
        ],
        [
            (
                "Table 1: Six-year completion rate by student group (%)",
                [
                    ["Student group", "2021/22", "2022/23", "2023/24"],
                    ["All students", "90.1", "90.7", "91.2"],
                    ["Indigenous", "72.1", "73.5", "74.6"],
                    ["Non-Indigenous", "92.6", "93.1", "93.5"],
                    ["Diverse abilities or disabilities", "71.0", "72.6", "73.8"],
                    ["English Language Learners", "92.2", "92.8", "93.0"],
                    ["Female", "92.3", "92.9", "93.4"],
                    ["Male", "88.0", "88.6", "89.1"],
                ],
                "Resident students only. Independent schools included.",
            )
        ],
    )


def _other_subject() -> list[Case]:
    kind = "other subject"
    out: list[Case] = []

    assert sum(n for _, n in _WALES_TA) == 11384
    wales = _page(
        "Homelessness accommodation provision and rough sleeping: March 2025",
        "<h1>Homelessness accommodation provision and rough sleeping: March 2025</h1>"
        "<p>Management information on the number of people in temporary accommodation and "
        "sleeping rough in Wales. First published: 15 May 2025. This is not an official "
        "statistics release.</p>"
        "<h2>Main points</h2><ul>"
        "<li>11,384 individuals were in temporary accommodation at the end of March 2025, "
        "including 3,512 dependent children aged under 16.</li>"
        "<li>An estimated 182 people were sleeping rough.</li></ul>"
        + _table(
            "Individuals in temporary accommodation by local authority, 31 March 2025",
            "<tr><th>Local authority</th><th>Individuals</th></tr>",
            [[la, _n(n)] for la, n in _WALES_TA],
            foot="<tr><th>Wales</th><td>11,384</td></tr>",
        ),
        site="GOV.WALES",
    )
    out += _pair(
        kind,
        1,
        wales,
        (
            "wales-temporary-accommodation-march",
            "More than 11,000 people in temporary accommodation in Wales",
            [
                "There were 11,384 people in temporary accommodation in Wales at the end of "
                "March, 3,512 of them children, with Cardiff accounting for 1,978, "
                "@@Welsh Government figures@@ show.",
                "Charities said the numbers showed the need for more social housing.",
            ],
        ),
        (
            "swansea-temporary-accommodation-march",
            "Nearly 2,000 in temporary accommodation in Swansea",
            [
                "In Swansea, 1,978 people were in temporary accommodation at the end of March, "
                "out of 11,384 across Wales, @@Welsh Government figures@@ show.",
                "The council said it was buying more homes to reduce its use of hotels.",
            ],
        ),
        by="Swansea reporter",
        date="2025-05-15",
        style=2,
    )

    atom = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        "<title>Public Health Scotland - publications</title>\n"
        '<link href="https://publichealthscotland.scot/publications/" rel="alternate"/>\n'
        "<updated>2025-02-25T09:30:00Z</updated>\n"
        "<id>tag:publichealthscotland.scot,2025:publications</id>\n"
        "<entry><title>Cancer waiting times: 1 October to 31 December 2024</title>"
        '<link href="https://publichealthscotland.scot/publications/cancer-waiting-times-'
        'october-to-december-2024/"/><id>tag:publichealthscotland.scot,2025:cwt-q4</id>'
        "<updated>2025-02-25T09:30:00Z</updated>"
        '<summary type="html">&lt;p&gt;72.4% of patients started treatment within 62 days '
        "of urgent suspicion of cancer referral.&lt;/p&gt;</summary></entry>\n"
        "<entry><title>Alcohol related hospital statistics: Scotland financial year 2023 to "
        "2024</title>"
        '<link href="https://publichealthscotland.scot/publications/alcohol-related-hospital-'
        'statistics-scotland-financial-year-2023-to-2024/"/>'
        "<id>tag:publichealthscotland.scot,2025:arhs-2324</id>"
        "<updated>2025-02-18T09:30:00Z</updated>"
        '<summary type="html">&lt;p&gt;There were 35,187 alcohol-related hospital stays in '
        "Scotland in 2023/24, a rate of 636 stays per 100,000 population (European "
        "age-standardised).&lt;/p&gt;&lt;p&gt;Rates were highest in Inverclyde (1,094 per "
        "100,000), Glasgow City (1,012) and Dundee City (1,005), and lowest in Orkney "
        "(402).&lt;/p&gt;&lt;p&gt;People living in the most deprived areas were 6.8 times "
        "as likely to have an alcohol-related hospital stay as those in the least deprived "
        "areas.&lt;/p&gt;</summary></entry>\n"
        "<entry><title>Scottish stroke improvement programme: 2025 report</title>"
        '<link href="https://publichealthscotland.scot/publications/scottish-stroke-'
        'improvement-programme-2025/"/><id>tag:publichealthscotland.scot,2025:ssip</id>'
        "<updated>2025-02-11T09:30:00Z</updated>"
        '<summary type="html">&lt;p&gt;Annual report of the national stroke audit.&lt;/p&gt;'
        "</summary></entry>\n"
        "</feed>\n"
    )
    phs_alcohol = Source("application/atom+xml", atom.encode())
    out += _pair(
        kind,
        2,
        phs_alcohol,
        (
            "inverclyde-alcohol-hospital-stays",
            "Inverclyde tops Scotland's alcohol hospital league",
            [
                "Inverclyde had Scotland's highest rate of alcohol-related hospital stays in "
                "2023/24, 1,094 per 100,000 people, against 636 across Scotland, "
                "@@Public Health Scotland said@@.",
                "Campaigners called for minimum unit pricing to be raised.",
            ],
        ),
        (
            "glasgow-alcohol-hospital-stays",
            "Glasgow's alcohol-related hospital stays at 1,094 per 100,000",
            [
                "Glasgow City had a rate of 1,094 alcohol-related hospital stays per 100,000 "
                "people in 2023/24, against 636 across Scotland, "
                "@@Public Health Scotland said@@.",
                "Campaigners called for minimum unit pricing to be raised.",
            ],
        ),
        by="Scotland health reporter",
        date="2025-02-18",
    )

    out += _pair(
        kind,
        3,
        _bc_completion_report(),
        (
            "bc-indigenous-completion-rate",
            "Indigenous completion rate in B.C. rises to 74.6%",
            [
                "The six-year completion rate for Indigenous students in B.C. rose to 74.6% in "
                "2023/24, against 91.2% for all students, according to the "
                "@@Ministry of Education and Child Care@@.",
                "The gap with non-Indigenous students narrowed.",
            ],
        ),
        (
            "bc-completion-rate-gap",
            "Indigenous completion rate reaches 73.8%",
            [
                "Some 73.8% of Indigenous students in B.C. completed school within six years in "
                "2023/24, according to the @@Ministry of Education and Child Care@@, against "
                "91.2% for all students.",
                "The gap with non-Indigenous students narrowed.",
            ],
        ),
        by="Education reporter",
        date="2025-01-29",
        style=1,
    )

    tfd = _page(
        "Emergency medical services: 2024 statistics (preliminary)",
        "<h1>Emergency Medical Services in 2024 (preliminary)</h1>"
        "<p>Tokyo Fire Department. Covers the area served by the department (Tokyo's 23 "
        "wards and the Tama area, excluding Inagi City and the islands).</p>"
        "<dl class='stats'>"
        "<dt>Ambulance dispatches</dt><dd>919,532 (a record; up 2.0% on 2023)</dd>"
        "<dt>Persons transported</dt><dd>781,204</dd>"
        "<dt>Average time from call to arrival at the scene</dt><dd>10 min 48 s</dd>"
        "<dt>Average time from call to arrival at hospital</dt><dd>50 min 12 s</dd>"
        "<dt>Share of transported persons with minor conditions</dt><dd>53.4%</dd>"
        "</dl>"
        "<p>The department asks residents to use the #7119 advice line when unsure whether "
        "to call an ambulance.</p>",
        site="Tokyo Fire Department",
    )
    out += _pair(
        kind,
        4,
        tfd,
        (
            "tokyo-ambulance-dispatches-2024",
            "Tokyo ambulances called out a record 919,532 times",
            [
                "Tokyo's ambulances were dispatched a record 919,532 times last year and took "
                "an average of 10 minutes 48 seconds to arrive at the scene, the "
                "@@Tokyo Fire Department said@@.",
                "More than half of those taken to hospital had minor conditions.",
            ],
        ),
        (
            "tokyo-ambulance-response-2024",
            "Tokyo ambulances take 50 minutes to reach patients",
            [
                "Tokyo's ambulances took an average of 50 minutes 12 seconds to reach the scene "
                "after a call last year, the @@Tokyo Fire Department said@@, as dispatches hit "
                "a record 919,532.",
                "The department urged residents to use its advice line.",
            ],
        ),
        by="Tokyo correspondent",
        date="2025-01-24",
        style=2,
    )
    return out


# --------------------------------------------------------------------------------------------
# Two periods: the figure is there, for another quarter, month or year
# --------------------------------------------------------------------------------------------


def _two_periods() -> list[Case]:
    kind = "two periods"
    out: list[Case] = []

    trusts = (
        ("Belfast", "151,207", "154,380", "58.1", "59.4"),
        ("Northern", "79,642", "80,118", "55.0", "55.9"),
        ("South Eastern", "68,210", "68,904", "54.7", "56.2"),
        ("Southern", "82,553", "83,027", "56.3", "57.5"),
        ("Western", "45,263", "43,683", "51.9", "52.3"),
    )
    ni = _page(
        "Northern Ireland Waiting Time Statistics: Outpatient Waiting Times Quarter Ending "
        "December 2024",
        "<h1>Northern Ireland Waiting Time Statistics: Outpatient Waiting Times</h1>"
        "<p>Quarter ending 31 December 2024. Published 27 February 2025 by the Department of "
        "Health Information and Analysis Directorate (NISRA statisticians).</p>"
        "<h2>Key points</h2><ul>"
        "<li>At 31 December 2024, 430,112 patients were waiting for a first consultant-led "
        "outpatient appointment, 0.8% more than at 30 September 2024 (426,875).</li>"
        "<li>56.9% of patients were waiting more than 52 weeks, compared with 55.8% at "
        "30 September 2024 and 53.2% at 31 December 2023.</li></ul>"
        + _table(
            "Table 1: Patients waiting for a first consultant-led outpatient appointment by "
            "HSC Trust",
            '<tr><th rowspan="2">HSC Trust</th><th colspan="2">Patients waiting</th>'
            '<th colspan="2">% waiting &gt;52 weeks</th></tr>'
            "<tr><th>30 Sep 2024</th><th>31 Dec 2024</th><th>30 Sep 2024</th>"
            "<th>31 Dec 2024</th></tr>",
            [list(t) for t in trusts],
            foot="<tr><th>Northern Ireland</th><td>426,875</td><td>430,112</td><td>55.8</td>"
            "<td>56.9</td></tr>",
        ),
        site="Department of Health (Northern Ireland)",
    )
    out += _pair(
        kind,
        1,
        ni,
        (
            "ni-outpatient-waiting-december",
            "430,112 waiting for first outpatient appointment in NI",
            [
                "At the end of December, 430,112 patients in Northern Ireland were waiting for "
                "a first consultant-led outpatient appointment, and 56.9% of them had waited "
                "more than a year, @@Department of Health statistics@@ show.",
                "The health minister said the figures were unacceptable.",
            ],
        ),
        (
            "ni-outpatient-waiting-list-quarter",
            "NI outpatient waiting list at 426,875",
            [
                "At the end of December, 426,875 patients in Northern Ireland were waiting for "
                "a first consultant-led outpatient appointment, @@Department of Health "
                "statistics@@ show, with 56.9% waiting more than a year.",
                "The health minister said the figures were unacceptable.",
            ],
        ),
        by="Belfast health reporter",
        date="2025-02-27",
        style=1,
    )

    spf = _page(
        "Annual Road Traffic Situation 2024",
        "<h1>Annual Road Traffic Situation 2024</h1>"
        "<p>Traffic Police, Singapore Police Force. Released 14 February 2025.</p>"
        + _table(
            "Key road traffic indicators",
            "<tr><th>Indicator</th><th>2023</th><th>2024</th><th>Change</th></tr>",
            [
                ["Fatalities", "136", "142", "+4.4%"],
                ["Fatal accidents", "131", "139", "+6.1%"],
                ["Injury accidents", "7,386", "7,102", "-3.8%"],
                ["Persons injured", "9,522", "9,115", "-4.3%"],
                ["Red-light running violations", "24,211", "26,934", "+11.2%"],
                ["Speeding violations", "162,458", "171,023", "+5.3%"],
            ],
        )
        + "<p>Elderly pedestrians accounted for a disproportionate share of pedestrian "
        "fatalities. Motorcyclists and pillion riders continued to make up about half of "
        "all fatalities.</p>",
        site="Singapore Police Force",
    )
    out += _pair(
        kind,
        2,
        spf,
        (
            "singapore-road-deaths-2024-rise",
            "Singapore road deaths rise to 142",
            [
                "Road deaths in Singapore rose to 142 in 2024 from 136 a year earlier, the "
                "@@Traffic Police said@@, even as injury accidents fell 3.8%.",
                "About half of those killed were motorcyclists or pillion riders.",
            ],
        ),
        (
            "singapore-road-deaths-2024-fall",
            "Singapore road deaths fall to 136",
            [
                "Road deaths in Singapore fell to 136 in 2024, the @@Traffic Police said@@, and "
                "injury accidents fell 3.8%.",
                "About half of those killed were motorcyclists or pillion riders.",
            ],
        ),
        by="Singapore desk",
        date="2025-02-14",
        style=2,
    )

    ontario = _page(
        "Time Spent in Emergency Departments",
        "<h1>Time Spent in Emergency Departments</h1>"
        "<p>Ontario Health reports how long patients spend in Ontario's emergency departments "
        "each month. Data for March 2025 were released on 8 May 2025.</p>"
        + _table(
            "Time spent in ED, Ontario (hours), 90th percentile",
            "<tr><th>Patient group</th><th>Mar 2024</th><th>Jan 2025</th><th>Feb 2025</th>"
            "<th>Mar 2025</th></tr>",
            [
                ["Admitted patients", "20.6", "22.1", "21.4", "19.8"],
                ["Non-admitted, high-urgency patients", "7.2", "7.6", "7.4", "7.0"],
                ["Non-admitted, low-urgency patients", "4.1", "4.4", "4.3", "4.0"],
            ],
            notes="<p>90% of patients completed their visit within the time shown. Time is "
            "measured from triage or registration to leaving the ED. Provincial target for "
            "admitted patients: 8 hours.</p>",
        ),
        site="Ontario Health",
    )
    out += _pair(
        kind,
        3,
        ontario,
        (
            "ontario-ed-admitted-march-2025",
            "Ontario ED waits for admitted patients ease to 19.8 hours",
            [
                "Nine in ten admitted patients left Ontario emergency departments within 19.8 "
                "hours in March, down from 21.4 hours in February, according to "
                "@@Ontario Health@@.",
                "The province's target is eight hours.",
            ],
        ),
        (
            "ontario-ed-admitted-wait-march",
            "Admitted patients' ED time falls to 19.8 hours",
            [
                "Nine in ten admitted patients left Ontario emergency departments within 19.8 "
                "hours in March, down from 20.6 hours in February, according to "
                "@@Ontario Health@@.",
                "The province's target is eight hours.",
            ],
        ),
        by="Toronto health reporter",
        date="2025-05-09",
    )

    bom_atom = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-AU">\n'
        "<title>Bureau of Meteorology - Canberra climate summaries</title>\n"
        "<id>urn:bom:climate:summaries:act</id><updated>2025-01-03T01:00:00Z</updated>\n"
        "<entry><title>Canberra in 2024: a year of fewer frosts</title>"
        "<id>urn:bom:climate:summaries:act:2024</id><updated>2025-01-03T01:00:00Z</updated>"
        '<content type="html">&lt;p&gt;Canberra Airport recorded 78 frosts (days with a '
        "minimum temperature below 0 °C) in 2024, fewer than the long-term average of "
        "95.&lt;/p&gt;&lt;p&gt;The coldest morning was 14 July, at -7.1 °C. Annual rainfall "
        "was 601.8 mm, close to average.&lt;/p&gt;</content></entry>\n"
        "<entry><title>Canberra in 2023: a frosty year</title>"
        "<id>urn:bom:climate:summaries:act:2023</id><updated>2024-01-04T01:00:00Z</updated>"
        '<content type="html">&lt;p&gt;Canberra Airport recorded 101 frosts in 2023, more than '
        "the long-term average of 95 and the most since 2019.&lt;/p&gt;&lt;p&gt;The coldest "
        "morning was 20 June, at -8.3 °C.&lt;/p&gt;</content></entry>\n"
        "</feed>\n"
    )
    frosts = Source("application/atom+xml; charset=utf-8", bom_atom.encode())
    out += _pair(
        kind,
        4,
        frosts,
        (
            "canberra-frosts-2024",
            "Canberra records 78 frosts, fewer than average",
            [
                "Canberra Airport recorded 78 frosts in 2024, below the long-term average of "
                "95, according to the @@Bureau of Meteorology@@.",
                "The coldest morning, on 14 July, dropped to -7.1C.",
            ],
        ),
        (
            "canberra-frost-count-2024",
            "Canberra shivers through 101 frosts in 2024",
            [
                "Canberra Airport recorded 101 frosts in 2024, more than the long-term average "
                "of 95, according to the @@Bureau of Meteorology@@.",
                "The coldest morning, on 14 July, dropped to -7.1C.",
            ],
        ),
        by="Canberra reporter",
        date="2025-01-03",
        style=1,
    )
    return out


# --------------------------------------------------------------------------------------------
# Spelled out: shares in words ("three in five", "two-thirds") and numbers in words
# --------------------------------------------------------------------------------------------


def _spelled_out() -> list[Case]:
    kind = "spelled out"
    out: list[Case] = []

    gcse = _page(
        "Examination results in schools in Wales: 2023/24",
        "<h1>Examination results in schools in Wales: September 2023 to August 2024</h1>"
        "<p>Provisional results for pupils in Year 11. First published: 12 December 2024.</p>"
        + _table(
            "GCSE results: cumulative percentage of entries by grade",
            "<tr><th>Grade</th><th>2022/23</th><th>2023/24</th></tr>",
            [
                ["A*", "7.9", "7.6"],
                ["A*-A", "21.7", "20.9"],
                ["A*-C", "63.4", "62.1"],
                ["A*-G", "97.6", "97.5"],
            ],
            notes="<p>Percentages are of all GCSE entries by pupils in Year 11.</p>",
        ),
        site="GOV.WALES",
    )
    out += _pair(
        kind,
        1,
        gcse,
        (
            "wales-gcse-a-star-to-c-2024",
            "More than three in five Welsh GCSE entries get A* to C",
            [
                "More than three in five GCSE entries in Wales were graded A* to C this year, "
                "and about one in five got an A or A*, @@Welsh Government statistics@@ show.",
                "Both shares were slightly lower than last year.",
            ],
        ),
        (
            "wales-gcse-results-2024",
            "Nearly seven in ten Welsh GCSE entries get A* to C",
            [
                "Nearly seven in ten GCSE entries in Wales were graded A* to C this year, "
                "@@Welsh Government statistics@@ show.",
                "About one in five got an A or A*.",
            ],
        ),
        by="Education correspondent",
        date="2024-12-12",
    )

    crowd = _page(
        "Housing in Aotearoa New Zealand: 2023 Census crowding",
        "<h1>2023 Census: household crowding</h1>"
        "<p>Crowding is measured with the Canadian National Occupancy Standard, which "
        "compares the number of bedrooms with the number, age, sex and relationships of "
        "household members.</p>"
        + _table(
            "People living in crowded households, by ethnic group, 2023 Census (percent)",
            "<tr><th>Ethnic group</th><th>Percent</th></tr>",
            [
                ["European", "4.5"],
                ["Māori", "20.1"],
                ["Pacific peoples", "38.2"],
                ["Asian", "17.6"],
                ["MELAA", "19.0"],
            ],
            foot="<tr><th>Total population</th><td>10.8</td></tr>",
            notes="<p>People can belong to more than one ethnic group. MELAA: Middle Eastern, "
            "Latin American and African.</p>",
        ),
        site="Stats NZ Tatauranga Aotearoa",
    )
    out += _pair(
        kind,
        2,
        crowd,
        (
            "nz-census-crowded-homes",
            "More than one in ten New Zealanders live in crowded homes",
            [
                "More than one in ten New Zealanders lived in a crowded home at the 2023 "
                "Census, and nearly two in five Pacific people did, @@Stats NZ said@@.",
                "Housing advocates said the figures showed the need for larger state homes.",
            ],
        ),
        (
            "nz-census-crowding-rates",
            "One in eight New Zealanders live in crowded homes",
            [
                "One in eight New Zealanders lived in a crowded home at the 2023 Census, and "
                "nearly two in five Pacific people did, @@Stats NZ said@@.",
                "Housing advocates said the figures showed the need for larger state homes.",
            ],
        ),
        by="Social affairs reporter",
        date="2024-10-30",
        style=1,
    )

    seoul = _page(
        "Seoul waste statistics 2023",
        "<h1>Seoul Waste Statistics 2023</h1>"
        "<p>Climate and Environment Headquarters, Seoul Metropolitan Government.</p><ul>"
        "<li>Household waste generated: 0.93 kg per person per day</li>"
        "<li>Recycling rate of household waste: 68.4%</li>"
        "<li>Share incinerated: 26.9%; share landfilled: 4.7%</li></ul>"
        "<p>From 2026 direct landfilling of household waste will be banned in the capital "
        "region.</p>",
        site="Seoul Metropolitan Government",
    )
    out += _pair(
        kind,
        3,
        seoul,
        (
            "seoul-recycling-two-thirds",
            "Seoul recycles more than two-thirds of household waste",
            [
                "Seoul recycled more than two-thirds of its household waste in 2023, according "
                "to the @@Seoul Metropolitan Government@@, and sent under a twentieth to "
                "landfill.",
                "The city faces a ban on landfilling household waste from 2026.",
            ],
        ),
        (
            "seoul-recycling-rate-2023",
            "Seoul recycles nearly three-quarters of household waste",
            [
                "Seoul recycled nearly three-quarters of its household waste in 2023, according "
                "to the @@Seoul Metropolitan Government@@.",
                "The city faces a ban on landfilling household waste from 2026.",
            ],
        ),
        by="Seoul correspondent",
        date="2024-09-12",
        style=2,
    )

    nphs = _page(
        "National Population Health Survey 2023",
        "<h1>National Population Health Survey 2023</h1>"
        "<p>Singapore residents aged 18 to 74. Released 28 November 2024.</p>"
        "<dl><dt>Hypertension</dt><dd>37.0%</dd><dt>Diabetes</dt><dd>8.5%</dd>"
        "<dt>Obesity (BMI 30 kg/m² and above)</dt><dd>11.6%</dd>"
        "<dt>Daily smoking</dt><dd>8.4%</dd></dl>"
        "<p>The survey combined a questionnaire with health examinations for a subsample of "
        "participants.</p>",
        site="Ministry of Health Singapore",
    )
    out += _pair(
        kind,
        4,
        nphs,
        (
            "singapore-health-survey-2023",
            "More than a third of Singapore adults have high blood pressure",
            [
                "More than a third of Singapore residents aged 18 to 74 had high blood pressure "
                "in 2023, and more than one in ten were obese, the @@Ministry of Health's "
                "survey@@ found.",
                "Fewer than one in ten smoked daily.",
            ],
        ),
        (
            "singapore-health-survey-obesity",
            "Fewer than one in ten Singapore adults obese, survey finds",
            [
                "More than a third of Singapore residents aged 18 to 74 had high blood pressure "
                "in 2023, but fewer than one in ten were obese, the @@Ministry of Health's "
                "survey@@ found.",
                "About one in twelve smoked daily.",
            ],
        ),
        by="Health reporter",
        date="2024-11-29",
    )

    measles = _page(
        "Measles in Victoria",
        "<h1>Measles</h1><p>Health advisory. Last updated 6 January 2025.</p>"
        "<h2>Cases in Victoria</h2>"
        "<p>18 cases of measles were notified in Victoria in 2024 (28 in 2023). Of the 2024 "
        "cases, 9 were acquired overseas, mainly in South and South-East Asia, and the rest "
        "were locally acquired from known travel-related cases.</p>"
        "<p>Anyone born during or since 1966 who has not had two doses of a measles-"
        "containing vaccine should be vaccinated, especially before travelling.</p>",
        site="Department of Health, Victoria",
    )
    out += _pair(
        kind,
        5,
        measles,
        (
            "victoria-measles-cases-2024",
            "Eighteen measles cases in Victoria last year",
            [
                "Eighteen cases of measles were notified in Victoria in 2024, half of them "
                "acquired overseas, the @@Department of Health said@@.",
                "Travellers were urged to check they had had two doses of vaccine.",
            ],
        ),
        (
            "victoria-measles-overseas-2024",
            "Most Victorian measles cases caught overseas",
            [
                "Eighteen cases of measles were notified in Victoria in 2024, eleven of them "
                "acquired overseas, the @@Department of Health said@@.",
                "Travellers were urged to check they had had two doses of vaccine.",
            ],
        ),
        by="Melbourne health reporter",
        date="2025-01-07",
        style=1,
    )
    return out


# --------------------------------------------------------------------------------------------
# Figure absent: the source is about the story, but not that figure
# --------------------------------------------------------------------------------------------


def _figure_absent() -> list[Case]:
    kind = "figure absent"
    cpd = _page(
        "CPD: shootings down in first half of 2025",
        "<h1>News release: Shootings and homicides down in first half of 2025</h1>"
        "<p>July 1, 2025 · Office of News Affairs</p>"
        "<p>Shooting incidents in Chicago fell 31% in the first six months of 2025 compared "
        "with the same period of 2024, to 812.</p>"
        "<p>Homicides fell to 192, the fewest in the first half of a year since 2014.</p>"
        "<p>The Superintendent credited partnerships with community violence intervention "
        "groups and the department's focus on illegal guns.</p>",
        site="Chicago Police Department",
    )
    hk = _page(
        "Annual Transport Digest 2024 - Public transport",
        "<h1>Annual Transport Digest 2024</h1><h2>2.1 Public transport patronage</h2>"
        + _table(
            "Average daily passenger journeys by mode, 2024 (million)",
            "<tr><th>Mode</th><th>2023</th><th>2024</th></tr>",
            [
                ["MTR heavy rail", "4.09", "4.21"],
                ["Light rail", "0.43", "0.44"],
                ["Franchised buses", "3.81", "3.87"],
                ["Green minibuses", "1.30", "1.31"],
                ["Red minibuses", "0.27", "0.26"],
                ["Taxis", "0.88", "0.86"],
                ["Ferries", "0.12", "0.12"],
                ["Trams", "0.14", "0.14"],
            ],
            foot="<tr><th>Total</th><td>11.04</td><td>11.21</td></tr>",
        ),
        site="Transport Department, The Government of the Hong Kong SAR",
    )
    adelaide = _page(
        "Adelaide in 2024",
        "<h1>Adelaide in 2024: dry with warm days</h1><p>Issued 2 January 2025</p>"
        "<p>Annual rainfall at Adelaide (West Terrace) was 412.6 mm, 22% below average.</p>"
        "<p>The mean maximum temperature was 23.4 °C, 0.9 °C above average, and the mean "
        "minimum temperature was 12.8 °C, close to average.</p>",
        site="Bureau of Meteorology",
    )
    ontario = _page(
        "Education facts, 2023-2024 school year",
        "<h1>Education facts, 2023-2024 school year</h1>"
        "<p>Quick facts about Ontario's publicly funded school system.</p><ul>"
        "<li>Students: 2,046,318</li><li>Schools: 4,858</li>"
        "<li>District school boards: 72</li><li>School authorities: 10</li></ul>"
        "<p>Figures are from the October count date.</p>",
        site="Ontario.ca",
    )
    return [
        _one(
            kind,
            1,
            cpd,
            (
                "chicago-shootings-first-half-2025",
                "Chicago shootings down 31% in first half",
                [
                    "Shooting incidents in Chicago fell 31% to 812 in the first half of the "
                    "year, and carjackings dropped 22%, the @@Chicago Police Department said@@.",
                    "Homicides fell to 192.",
                ],
            ),
            planted=True,
            date="2025-07-01",
        ),
        _one(
            kind,
            2,
            hk,
            (
                "hong-kong-bus-journeys-2024",
                "Hong Kong buses carry 3.87 million a day",
                [
                    "Franchised buses carried 3.87 million passengers a day in 2024, and the "
                    "average traffic speed on Nathan Road in the morning peak was 14.2 km/h, "
                    "according to the @@Transport Department@@.",
                    "The MTR carried 4.21 million a day.",
                ],
            ),
            planted=True,
            style=1,
            date="2025-06-20",
        ),
        _one(
            kind,
            3,
            adelaide,
            (
                "adelaide-hot-dry-2024",
                "Adelaide swelters through 11 days above 40C",
                [
                    "Adelaide had 412.6 mm of rain in 2024, 22% below average, and sweltered "
                    "through 11 days above 40C, the @@Bureau of Meteorology said@@.",
                ],
            ),
            planted=True,
            style=2,
            date="2025-01-02",
        ),
        _one(
            kind,
            4,
            ontario,
            (
                "ontario-class-sizes-2023-24",
                "Ontario's Grade 8 classes average 23.7 students",
                [
                    "The average Grade 8 class in Ontario had 23.7 students in 2023-24, when "
                    "2,046,318 students were enrolled in publicly funded schools, according to "
                    "the @@Ministry of Education@@.",
                ],
            ),
            planted=True,
            date="2024-12-03",
        ),
    ]


# --------------------------------------------------------------------------------------------
# Unreadable sources
# --------------------------------------------------------------------------------------------


def _unreadable() -> list[Case]:
    kind = "unreadable"
    not_found_html = (
        "<!DOCTYPE html><html><head><title>Page not found | health.vic.gov.au</title></head>"
        "<body><header>Department of Health, Victoria</header><main><h1>Page not found</h1>"
        "<p>Sorry, the page you are looking for has moved or no longer exists.</p>"
        "<p><a href='/'>Go to the home page</a> or use the search.</p></main></body></html>"
    )
    error_html = (
        "<!DOCTYPE html><html lang='en'><head><title>Error - Statistics Canada</title></head>"
        "<body><h1>We're sorry, an error has occurred</h1><p>The server encountered an "
        "internal error (500) and was unable to complete your request. Please try again "
        "later.</p><p>Nous sommes désolés, une erreur s'est produite.</p></body></html>"
    )
    wall = (
        "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title>"
        "<meta http-equiv='refresh' content='360'></head><body>"
        "<div class='main-wrapper'><div class='main-content'>"
        "<h1 class='zone-name-title'>new.mta.info</h1>"
        "<h2 class='h2'>Verifying you are human. This may take a few seconds.</h2>"
        "<div id='challenge-stage'></div>"
        "<p>new.mta.info needs to review the security of your connection before proceeding."
        "</p></div></div><div class='footer'>Ray ID: 8f2a91c3e7b04d21 · Performance &amp; "
        "security by Cloudflare</div></body></html>"
    )
    specs: list[tuple[Source, tuple[str, str, list[str]]]] = [
        (
            _locked_pdf(),
            (
                "hse-outpatient-waiting-list-report",
                "More than 612,000 on HSE outpatient waiting list",
                [
                    "The outpatient waiting list stood at 612,480 at the end of the month, "
                    "according to the @@HSE's national waiting list report@@.",
                ],
            ),
        ),
        (
            _scanned_pdf(3),
            (
                "ni-hsc-workforce-census",
                "Health and social care workforce reaches 79,212",
                [
                    "Northern Ireland's health and social care workforce reached 79,212 staff, "
                    "up 2.3%, according to the @@annual workforce census@@.",
                ],
            ),
        ),
        (
            Source("text/html; charset=utf-8", not_found_html.encode(), 404),
            (
                "victoria-elective-surgery-list",
                "Victoria's elective surgery list falls below 70,000",
                [
                    "The elective surgery waiting list in Victoria fell to 68,914 in the March "
                    "quarter, the @@Department of Health said@@.",
                ],
            ),
        ),
        (
            Source(
                "text/plain",
                b"404 Not Found\n\nThe requested URL was not found on this server.\n",
                404,
            ),
            (
                "texas-flu-deaths-season",
                "Texas flu season claims 1,406 lives",
                [
                    "Influenza and pneumonia deaths in Texas reached 1,406 this season, "
                    "according to @@DSHS surveillance data@@.",
                ],
            ),
        ),
        (
            Source("text/html", error_html.encode(), 500),
            (
                "canada-commuting-transit-share",
                "One in eight Canadian commuters take transit",
                [
                    "About 12.6% of commuters in Canada's large cities took public transit to "
                    "work, @@Statistics Canada data@@ show.",
                ],
            ),
        ),
        (
            Source(
                "text/plain; charset=utf-8",
                b"500 Internal Server Error\nERROR-500: openapi.seoul.go.kr service "
                b"temporarily unavailable\n",
                500,
            ),
            (
                "seoul-fine-dust-january",
                "Seoul's fine dust averages 27 micrograms in January",
                [
                    "PM2.5 concentrations in Seoul averaged 27 micrograms per cubic metre in "
                    "January, according to the @@city's air quality data@@.",
                ],
            ),
        ),
        (
            Source("text/csv", b"", 200),
            (
                "tokyo-rainfall-june",
                "Tokyo's June rainfall 231 mm",
                [
                    "Tokyo received 231 mm of rain in June, 138% of normal, "
                    "@@Japan Meteorological Agency data@@ show.",
                ],
            ),
        ),
        (
            Source("text/html; charset=UTF-8", wall.encode(), 200),
            (
                "nyc-subway-on-time-performance",
                "Subway on-time performance hits 81.3%",
                [
                    "Weekday terminal on-time performance on the subway reached 81.3% in "
                    "September, according to the @@MTA's performance dashboard@@.",
                ],
            ),
        ),
    ]
    return [
        _one(kind, topic, source, story, planted=False, readable=False, style=topic)
        for topic, (source, story) in enumerate(specs, start=1)
    ]


def blind18_cases() -> list[Case]:
    return [
        *_press_release(),
        *_html_table(),
        *_pdf_report(),
        *_text_or_csv(),
        *_long_page(),
        *_notation(),
        *_rounding(),
        *_other_subject(),
        *_two_periods(),
        *_spelled_out(),
        *_figure_absent(),
        *_unreadable(),
    ]
