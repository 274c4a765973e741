"""The twentieth held-out set (split "blind20"): written from the product's spec and the
issue's text alone, without reading the checker or any other set's cases. Nobody tunes on it.

Domain: international organisations and their flagship reports, with real institution names
and invented figures — the IMF (World Economic Outlook tables, an Article IV concluding
statement with "4¾ percent", the DataMapper API's JSON), the World Bank (Global Economic
Prospects with "2025f" columns, poverty nowcasts, the WDI CSV download and the indicators API),
the OECD (Economic Outlook country notes, a French release with "0,9 %", PISA), WHO and UNICEF
(DTP3 coverage, zero-dose children, TB and malaria reports, tobacco, child nutrition), UNHCR
(Global Trends, funding updates, refugee statistics CSV), the IEA (Oil Market Report tables
in mb/d and kb/d, renewables, EVs, an Atom feed), FAO (the Food Price Index, cereal brief,
SOFI), the WMO, ILO, UNCTAD, WTO, IATA (an RSS feed of traffic releases) and the ITU.

Sources: three-line HTML releases; HTML tables with merged header cells, units in captions
and header rows, totals rows, footnote markers, "n/a", "–" and ".." cells, a transposed table
(years as rows, regions as columns); real multi-page PDFs made with fpdf2 (foreword, key
results, chapters, table pages with "e"/"f" suffixes), the figure sometimes only on a table
page; CSV as text/csv (the WDI layout with its preamble) and as text/plain under a title line;
plain-text bulletins; JSON API answers; RSS and Atom feeds; <figcaption> and <dl> pages; and
long pages (2,000+ words of country notes) where the article's number also appears about
something else. Unreadable sources: a locked PDF, an image-only PDF, 404 and 500 pages in HTML
and plain text, an empty 200 and a 200 rate-limit page ("Your IP address has been temporarily
restricted").

Articles are as varied as news pages: site menus, bylines, datelines, captions, pull quotes,
"Related" boxes with other links, <div>-wrapped paragraphs inside <article>, headlines that
carry the figure, link text that names the report or is a bare "said"/"according to", and
links in the sentence after the figure — each with exactly one link to its own source.

Planted errors: another value, a scale misread (74,000 for 740,000 b/d), a figure the source
gives for another country, region, group or period, a figure the source lacks, another unit
(centimetres for millimetres, per 100,000 for per 1,000) or currency (euros for dollars), a
sign flipped, a fraction misread (4¼ for 4¾), a hedge the source does not bear out ("top $1
trillion" for $979 billion) and rounding too far ("a quarter" for 22%). Clean cases are
supported as a copy editor would accept: rounding, "per cent", "$4.79bn" for "USD 4,788.6 M",
"740,000 barrels a day" for 740 kb/d, "4.75%" for "4¾ percent", decimal commas, spelled-out
shares ("four in five" for 81%, "more than two-thirds" for 69%).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from fpdf import FPDF

from citation_corpus import Case, Source


@dataclass(frozen=True)
class Blind20Case(Case):
    @property
    def split(self) -> str:
        return "blind20"


def _w(text: str) -> str:
    """Prose written over several source lines, as one line."""
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------

_NAV = (
    '<nav class="site-menu"><ul><li><a href="/">Home</a></li>'
    '<li><a href="/section/world">World</a></li><li><a href="/section/economy">Economy</a></li>'
    '<li><a href="/section/climate">Climate</a></li><li><a href="/section/health">Health</a></li>'
    '<li><a href="/section/markets">Markets</a></li><li><a href="/newsletters">Newsletters</a></li>'
    '<li><a href="/subscribe">Subscribe</a></li></ul></nav>'
)
_FOOTER = (
    '<footer class="site-footer"><p><a href="/about">About us</a> · <a href="/contact">Contact</a>'
    ' · <a href="/privacy">Privacy</a> · <a href="/terms">Terms of use</a></p>'
    "<p>© The Global Ledger. All rights reserved.</p></footer>"
)


def _story(
    name: str,
    headline: str,
    paras: Sequence[str],
    *,
    style: str = "plain",
    byline: str = "",
    when: str = "",
    dateline: str = "",
    caption: str = "",
    pull: str = "",
    related: Sequence[tuple[str, str]] = (),
    dek: str = "",
) -> str:
    """A news page. In ``paras``, "<<" and ">>" mark the one link to the case's own source."""
    opening = f'<a href="/sources/{name}">'
    body = [_w(p).replace("<<", opening).replace(">>", "</a>") for p in paras]
    assert sum(p.count(opening) for p in body) == 1, name
    if dateline:
        body[0] = f'<span class="dateline">{dateline}</span> — {body[0]}'
    if style == "divs":
        blocks = [f'<div class="text-block">{p}</div>' for p in body]
    elif style == "wire":
        blocks = [f"<p>{p}</p>" for p in body]
        blocks.append(f'<p class="credit">({byline or "Reporting by staff"})</p>')
    else:
        blocks = [f"<p>{p}</p>" for p in body]
    if pull:
        blocks.insert(
            min(2, len(blocks)), f'<blockquote class="pull-quote"><p>{pull}</p></blockquote>'
        )
    figure = (
        f'<figure class="lead-image"><img src="/images/{name}.jpg" alt="">'
        f"<figcaption>{caption}</figcaption></figure>"
        if caption
        else ""
    )
    head = f"<h1>{headline}</h1>" + (f'<p class="standfirst">{dek}</p>' if dek else "")
    meta = ""
    if byline and style != "wire":
        meta += f'<p class="byline">By {byline}</p>'
    if when:
        meta += f'<p class="published"><time>{when}</time></p>'
    aside = ""
    if related:
        items = "".join(f'<li><a href="/news/{slug}">{title}</a></li>' for slug, title in related)
        aside = f'<aside class="related"><h2>Related</h2><ul>{items}</ul></aside>'
    title = f"<title>{headline} | The Global Ledger</title>"
    if style == "plain":
        return (
            f"<html><head>{title}</head><body><article>{head}{meta}{figure}"
            f"{''.join(blocks)}</article>{aside}</body></html>"
        )
    if style == "divs":
        return (
            f'<html><head><meta charset="utf-8">{title}</head><body>{_NAV}<main>'
            f'<article><header>{head}{meta}</header>{figure}<div class="article-body">'
            f"{''.join(blocks)}</div>{aside}</article></main>{_FOOTER}</body></html>"
        )
    # "site", "wire" and "feature": the full page, menu, header, related box and footer.
    return (
        f'<html><head><meta charset="utf-8">{title}</head><body>'
        f'<header class="masthead"><a href="/" class="logo">The Global Ledger</a>{_NAV}</header>'
        f"<main><article><header>{head}{meta}</header>{figure}"
        f'<section class="story-body">{"".join(blocks)}</section></article>{aside}</main>'
        f"{_FOOTER}</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------


def _html(title: str, body: str, *, charset: bool = True) -> Source:
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body>{body}</body></html>"
    )
    kind = "text/html; charset=utf-8" if charset else "text/html"
    return Source(kind, page.encode("utf-8"))


def _release(org: str, title: str, lines: Sequence[str], *, extra: str = "") -> Source:
    """A three-line press release on an organisation's newsroom page."""
    paras = "".join(f"<p>{_w(line)}</p>" for line in lines)
    body = (
        f'<header><a href="/">{org}</a> <a href="/newsroom">Newsroom</a> '
        f'<a href="/publications">Publications</a> <a href="/data">Data</a></header>'
        f'<main><article class="press-release"><p class="type">Press release</p>'
        f"<h1>{title}</h1>{paras}{extra}</article></main>"
        f"<footer><p>Media contact: media@example.org</p></footer>"
    )
    return _html(f"{title} | {org}", body)


def _text(body: str, kind: str = "text/plain; charset=utf-8") -> Source:
    return Source(kind, body.encode("utf-8"))


def _json(value: object, kind: str = "application/json") -> Source:
    return Source(kind, json.dumps(value, ensure_ascii=False).encode("utf-8"))


_LATIN = str.maketrans(
    {
        "–": "-",
        "—": "-",
        "−": "-",
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "\u2009": " ",
        "\u202f": " ",
        "…": "...",
        "•": "-",
        "₂": "2",
    }
)


def _latin(text: str) -> str:
    out = _w(text).translate(_LATIN)
    out.encode("latin-1")  # the PDF's core font has no other characters
    return out


Table = tuple[str, Sequence[int], Sequence[Sequence[str]], Sequence[str]]


def _pdf(
    running: str,
    cover: Sequence[str],
    foreword: Sequence[str],
    key_results: Sequence[str],
    chapters: Sequence[tuple[str, Sequence[str]]],
    tables: Sequence[Table] = (),
    *,
    tables_first: bool = False,
) -> bytes:
    """A report: cover, foreword, key results, chapters and table pages (caption, column
    widths, rows with the heading row first, notes), each page with a running footer."""
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)

    def foot() -> None:
        pdf.set_auto_page_break(False)
        pdf.set_y(-14)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 5, _latin(f"{running}   |   {pdf.page_no()}"), align="C")
        pdf.set_auto_page_break(True, margin=20)

    def heading(text: str) -> None:
        pdf.set_font("Helvetica", "B", 15)
        pdf.multi_cell(0, 9, _latin(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def prose(paras: Sequence[str]) -> None:
        pdf.set_font("Helvetica", size=10)
        for para in paras:
            pdf.multi_cell(0, 5.5, _latin(para), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.ln(40)
    for i, line in enumerate(cover):
        pdf.set_font("Helvetica", "B" if i == 0 else "", 24 if i == 0 else 13)
        pdf.multi_cell(0, 12 if i == 0 else 8, _latin(line), new_x="LMARGIN", new_y="NEXT")
    foot()
    pdf.add_page()
    heading("Foreword")
    prose(foreword)
    foot()
    pdf.add_page()
    heading("Key results")
    prose([f"- {line}" for line in key_results])
    foot()

    def table_pages() -> None:
        for caption, widths, rows, notes in tables:
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, _latin(caption), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            pdf.set_font("Helvetica", size=8)
            align = ("LEFT", *("RIGHT" for _ in widths[1:]))
            with pdf.table(
                col_widths=tuple(widths),
                text_align=align,
                line_height=4.6,
                first_row_as_headings=True,
            ) as table:
                for cells in rows:
                    row = table.row()
                    for cell in cells:
                        row.cell(_latin(cell))
            pdf.ln(2)
            pdf.set_font("Helvetica", size=7.5)
            for note in notes:
                pdf.multi_cell(0, 4, _latin(note), new_x="LMARGIN", new_y="NEXT")
            foot()

    if tables_first:
        table_pages()
    for title, paras in chapters:
        pdf.add_page()
        heading(title)
        prose(paras)
        foot()
    if not tables_first:
        table_pages()
    return bytes(pdf.output())


def _locked_pdf(lines: Sequence[str]) -> bytes:
    pdf = FPDF()
    pdf.set_encryption(owner_password="imf-owner-2025", user_password="staff-only")
    for chunk in (lines[: len(lines) // 2], lines[len(lines) // 2 :]):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for line in chunk:
            pdf.multi_cell(0, 6, _latin(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _scanned_pdf(pages: int) -> bytes:
    """Pages photographed, not typeset: grey bars where the lines of text were, no text layer."""
    pdf = FPDF()
    for page in range(pages):
        pdf.add_page()
        pdf.set_fill_color(235, 232, 225)
        pdf.rect(0, 0, 210, 297, style="F")
        pdf.set_fill_color(70, 70, 70)
        pdf.rect(25, 22, 120, 7, style="F")
        for line in range(34):
            width = 160 - ((line * 37 + page * 11) % 45)
            pdf.rect(25, 40 + line * 7, width, 2.6, style="F")
    return bytes(pdf.output())


def _case(
    name: str, kind: str, topic: int, planted: bool, article: str, source: Source
) -> Blind20Case:
    return Blind20Case(name, kind, topic, planted, article, source)


# ---------------------------------------------------------------------------------------------
# Press releases: three lines on a newsroom page
# ---------------------------------------------------------------------------------------------


def _press_releases() -> list[Blind20Case]:
    kind = "press release"
    out: list[Blind20Case] = []

    fao = _release(
        "FAO",
        "FAO Food Price Index rises for a second month",
        [
            """Rome, 4 April 2025 – The FAO Food Price Index (FFPI) averaged 127.4 points in
            March 2025, up 2.1 percent from its revised February value and 6.8 percent higher
            than in March 2024.""",
            """The increase was led by vegetable oils and dairy products, while the FAO Cereal
            Price Index fell 0.9 percent and the Sugar Price Index dropped 3.4 percent.""",
            "The next FFPI release is scheduled for 2 May 2025.",
        ],
    )
    name = "food-prices-edge-up-second-month"
    out.append(
        _case(
            name,
            kind,
            1,
            False,
            _story(
                name,
                "World food prices edge up for a second month",
                [
                    """Global food commodity prices rose again in March, led by vegetable oils
                    and dairy. The FAO's index of international food prices averaged 127.4
                    points, up 2.1 per cent from February, <<the UN agency said>> on Friday.""",
                    "Cereal prices eased 0.9% over the month as export supplies improved.",
                    """Traders said a strong Brazilian harvest could weigh on sugar later in
                    the year, though vegetable oils remained tight.""",
                ],
                style="site",
                byline="Marta Lindqvist",
                when="4 April 2025",
                dateline="ROME",
                related=(
                    (
                        "rice-exporters-policy-shift",
                        "Rice exporters count the cost of a policy shift",
                    ),
                    ("cocoa-futures-record", "Cocoa futures hit another record"),
                ),
            ),
            fao,
        )
    )
    name = "fao-index-food-costs-year-ago"
    out.append(
        _case(
            name,
            kind,
            1,
            True,
            _story(
                name,
                "FAO index shows food costs 8.6% above a year ago",
                [
                    """International food prices were 8.6 per cent higher in March than a year
                    earlier, according to <<the Food and Agriculture Organization>>, with its
                    benchmark index averaging 127.4 points.""",
                    """Import-dependent countries in North Africa and the Middle East are the
                    most exposed, analysts said.""",
                ],
                style="wire",
                dateline="ROME, April 4",
                byline="Reporting by Paolo Ferri; editing by Anne Marsh",
            ),
            fao,
        )
    )

    iata = _release(
        "IATA",
        "Airline profitability to improve slightly in 2025",
        [
            """Geneva – The International Air Transport Association (IATA) expects airlines to
            achieve a net profit of $36.0 billion in 2025, a net profit margin of 3.7%. Total
            industry revenues are forecast to reach a record $979 billion.""",
            """Passenger numbers are expected to reach 4.99 billion, up 4.0% on 2024, and cargo
            volumes 69 million tonnes.""",
            "Airlines will earn an average of $7.20 per passenger.",
        ],
    )
    name = "airlines-to-earn-36bn"
    out.append(
        _case(
            name,
            kind,
            2,
            False,
            _story(
                name,
                "Airlines to earn $36bn in 2025 as revenues hit a record",
                [
                    """The world's airlines will make a combined net profit of $36bn this year,
                    a margin of 3.7 per cent, on record revenues of $979bn, <<the International
                    Air Transport Association said in its latest industry outlook>>.""",
                    """Supply-chain problems at aircraft and engine makers continue to hold
                    back capacity, the association said, keeping fares high.""",
                ],
                style="feature",
                byline="Kwame Asante",
                when="June 2, 2025",
                caption="Aircraft at the gates at Frankfurt airport. Photo: Staff",
                pull="“Margins remain razor thin,” the association’s director general said.",
                related=(("jet-fuel-prices-ease", "Jet fuel prices ease from last year's highs"),),
            ),
            iata,
        )
    )
    name = "airline-revenues-trillion-first-time"
    out.append(
        _case(
            name,
            kind,
            2,
            True,
            _story(
                name,
                "Airline revenues to top $1tn for the first time, IATA says",
                [
                    """Airline industry revenues will top $1 trillion for the first time this
                    year, <<according to IATA>>, and the sector's net profit will reach
                    $36bn.""",
                    "Carriers in North America and Europe are expected to earn the most.",
                ],
                style="plain",
                byline="Kwame Asante",
                when="June 2, 2025",
            ),
            iata,
        )
    )

    wto = _release(
        "WTO",
        "Trade forecast revised down as tariffs and uncertainty weigh on outlook",
        [
            """WTO economists now expect the volume of world merchandise trade to grow by 2.6%
            in 2025, down from the 3.0% they forecast in October 2024. Growth is projected to
            pick up to 3.3% in 2026.""",
            """World real GDP at market exchange rates is expected to grow by 2.7% in 2025 and
            2.8% in 2026.""",
            """Risks to the forecast are tilted to the downside, including a further escalation
            of trade tensions.""",
        ],
    )
    name = "wto-trims-trade-forecast"
    out.append(
        _case(
            name,
            kind,
            3,
            False,
            _story(
                name,
                "WTO trims its trade forecast",
                [
                    """The World Trade Organization cut its forecast for growth in the volume
                    of world merchandise trade this year to 2.6 per cent, from 3.0 per cent in
                    October, and expects it to pick up to 3.3 per cent in 2026.""",
                    """Rising tariffs and policy uncertainty were the main reasons, according
                    to <<the WTO's latest trade forecast>>.""",
                ],
                style="divs",
                byline="Hélène Dubois",
                when="16 April 2025",
                dateline="GENEVA",
            ),
            wto,
        )
    )
    name = "goods-trade-growth-slow-this-year"
    out.append(
        _case(
            name,
            kind,
            3,
            True,
            _story(
                name,
                "Goods trade growth to slow to 2.6% this year",
                [
                    """Goods trade volumes will grow by 2.6% in 2025, down from a 3.0% forecast
                    in October, before accelerating to 2.8% in 2026, <<the WTO said>>.""",
                    "Exporters in Asia are expected to feel the slowdown first.",
                ],
                style="plain",
                when="16 April 2025",
            ),
            wto,
        )
    )

    unhcr = _release(
        "UNHCR",
        "Global forced displacement tops 123 million",
        [
            """GENEVA – 123.2 million people were forcibly displaced worldwide at the end of 2024
            as a result of persecution, conflict, violence and human rights violations,
            according to UNHCR's annual Global Trends report published today.""",
            """They include 42.7 million refugees, 72.1 million people displaced inside their
            own countries and 8.4 million asylum-seekers.""",
            """By the end of April 2025, the total had fallen slightly, to an estimated 122.1
            million.""",
        ],
    )
    name = "forced-displacement-tops-123-million"
    out.append(
        _case(
            name,
            kind,
            4,
            False,
            _story(
                name,
                "Forced displacement tops 123 million",
                [
                    """More than 123 million people had been forced from their homes by the
                    end of 2024, <<the UN refugee agency UNHCR said>> on Thursday, among them
                    42.7 million refugees.""",
                    """The agency said wars in Sudan, Myanmar and Ukraine were the main
                    drivers, and warned that aid cuts were leaving host countries stretched.""",
                ],
                style="site",
                byline="Leila Haddad",
                when="12 June 2025",
                related=(
                    ("sudan-border-crossings", "Sudan: crossings into Chad rise again"),
                    ("aid-cuts-camps", "Aid cuts bite in the camps"),
                ),
            ),
            unhcr,
        )
    )
    name = "unhcr-global-trends-displaced-last-year"
    out.append(
        _case(
            name,
            kind,
            4,
            True,
            _story(
                name,
                "UN: 122 million people displaced",
                [
                    """Some 122.1 million people were forcibly displaced at the end of last
                    year, 42.7 million of them refugees, according to <<UNHCR's annual Global
                    Trends report>>.""",
                    "The agency called for more support for the countries that host them.",
                ],
                style="wire",
                dateline="GENEVA, June 12",
                byline="Reporting by Emma Farge",
            ),
            unhcr,
        )
    )
    return out


# ---------------------------------------------------------------------------------------------
# HTML tables
# ---------------------------------------------------------------------------------------------


def _rows(rows: Sequence[Sequence[str]], *, bold: Sequence[str] = ()) -> str:
    out = []
    for first, *cells in rows:
        label = f"<b>{first}</b>" if first in bold else first
        out.append(f"<tr><td>{label}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return "".join(out)


def _weo_april() -> Source:
    rows = [
        ("World Output", "3.3", "3.2", "2.8", "3.0", "−0.5", "−0.3"),
        ("Advanced Economies", "1.7", "1.8", "1.4", "1.5", "−0.5", "−0.3"),
        ("United States", "2.9", "2.8", "1.8", "1.7", "−0.9", "−0.4"),
        ("Euro Area", "0.4", "0.9", "0.8", "1.2", "−0.2", "−0.2"),
        ("  Germany", "−0.3", "−0.2", "0.0", "0.9", "−0.3", "−0.2"),
        ("  France", "1.1", "1.1", "0.6", "1.0", "−0.2", "−0.1"),
        ("  Italy", "0.7", "0.7", "0.4", "0.8", "−0.3", "0.0"),
        ("  Spain", "2.7", "3.2", "2.5", "1.8", "0.2", "0.0"),
        ("Japan", "1.5", "0.1", "0.6", "0.6", "−0.5", "−0.2"),
        ("United Kingdom", "0.4", "1.1", "1.1", "1.4", "−0.5", "−0.1"),
        ("Canada", "1.5", "1.5", "1.4", "1.6", "−0.6", "−0.4"),
        ("Emerging Market and Developing Economies", "4.7", "4.3", "3.7", "3.9", "−0.5", "−0.4"),
        ("China", "5.4", "5.0", "4.0", "4.0", "−0.6", "−0.5"),
        ("India<sup>2</sup>", "9.2", "6.5", "6.2", "6.3", "−0.3", "−0.2"),
        ("Russia", "3.6", "4.1", "1.5", "0.9", "0.1", "−0.3"),
        ("Brazil", "3.2", "3.4", "2.0", "2.0", "−0.2", "−0.2"),
        ("Mexico", "3.3", "1.5", "−0.3", "1.4", "−1.7", "−0.6"),
        ("Saudi Arabia", "−0.8", "1.3", "3.0", "3.7", "−0.3", "−0.4"),
        ("Nigeria", "2.9", "3.4", "3.0", "2.7", "−0.2", "−0.3"),
        ("South Africa", "0.7", "0.6", "1.0", "1.3", "−0.5", "−0.2"),
        ("Low-Income Developing Countries", "4.1", "4.0", "4.2", "5.2", "−0.4", "−0.3"),
    ]
    table = (
        "<table class='weo'><caption>Table 1.1. Overview of the World Economic Outlook "
        "Projections<br>(Real GDP, annual percent change)</caption><thead>"
        "<tr><th rowspan='2'></th><th colspan='2'>Estimates</th><th colspan='2'>Projections</th>"
        "<th colspan='2'>Difference from January 2025 WEO Update<sup>1</sup></th></tr>"
        "<tr><th>2023</th><th>2024</th><th>2025</th><th>2026</th><th>2025</th><th>2026</th></tr>"
        "</thead><tbody>"
        + _rows(
            rows,
            bold=("World Output", "Advanced Economies", "Emerging Market and Developing Economies"),
        )
        + "</tbody><tfoot><tr><td colspan='7'>Source: IMF staff estimates. Note: Real effective "
        "exchange rates are assumed to remain constant at the levels prevailing during February "
        "2025. <sup>1</sup> Difference based on rounded figures for the current and January 2025 "
        "WEO Update forecasts. <sup>2</sup> For India, data and projections are presented on a "
        "fiscal year basis.</td></tr></tfoot></table>"
    )
    return _html(
        "World Economic Outlook, April 2025: A Critical Juncture amid Policy Shifts",
        "<nav><a href='/en/Publications/WEO'>World Economic Outlook</a> &gt; April 2025</nav>"
        "<h1>World Economic Outlook, April 2025</h1><h2>Chapter 1: Global Prospects and "
        "Policies</h2><p>Projections are as of April 2025 and assume tariffs announced up to "
        "early April remain in place.</p>" + table + "<p><a href='/data'>Download the WEO "
        "database</a></p>",
    )


def _wuenic() -> Source:
    years = [
        ("2019", "77", "84", "91", "95", "82", "94", "86"),
        ("2020", "75", "82", "85", "94", "80", "93", "83"),
        ("2021", "73", "80", "82", "94", "79", "91", "81"),
        ("2022", "74", "83", "90", "94", "82", "91", "84"),
        ("2023", "74", "85", "91", "94", "83", "92", "84"),
        ("2024*", "75", "86", "92", "94", "83", "93", "85"),
    ]
    table = (
        "<table><caption>DTP3 immunization coverage among 1-year-olds (%), by WHO region, "
        "2019–2024</caption><tr><th>Year</th><th>African Region</th><th>Region of the "
        "Americas</th><th>South-East Asia Region</th><th>European Region</th><th>Eastern "
        "Mediterranean Region</th><th>Western Pacific Region</th><th>Global</th></tr>"
        + _rows(years)
        + "</table><p class='note'>* Provisional. DTP3: third dose of diphtheria, tetanus and "
        "pertussis-containing vaccine. Source: WHO/UNICEF estimates of national immunization "
        "coverage (WUENIC), 2024 revision, released 15 July 2025.</p>"
    )
    return _html(
        "Immunization coverage by region | WHO Immunization Data portal",
        "<h1>Immunization coverage</h1><p>Select antigen: DTP3 · MCV1 · MCV2 · HepB3 · HPV</p>"
        + table,
    )


def _iea_table() -> Source:
    rows = [
        ("OECD Americas", "25.0", "25.1", "25.0", "60", "−80"),
        ("OECD Europe", "13.4", "13.4", "13.3", "−10", "−90"),
        ("OECD Asia Oceania", "7.1", "7.0", "7.0", "−70", "−20"),
        ("Total OECD", "45.5", "45.5", "45.3", "−20", "−190"),
        ("China", "16.6", "16.8", "17.0", "170", "190"),
        ("India", "5.6", "5.8", "6.0", "180", "190"),
        ("Other Asia", "9.7", "9.8", "10.0", "130", "190"),
        ("FSU", "4.9", "4.9", "5.0", "20", "70"),
        ("Other Europe", "0.8", "0.8", "0.8", "10", "10"),
        ("Americas", "6.5", "6.5", "6.6", "40", "80"),
        ("Middle East", "9.2", "9.3", "9.4", "110", "90"),
        ("Africa", "4.3", "4.4", "4.4", "100", "70"),
        ("Total Non-OECD", "57.6", "58.3", "59.2", "760", "890"),
        ("Total Demand", "103.1", "103.8", "104.5", "740", "700"),
    ]
    table = (
        "<table class='omr'><caption>Table 1. World oil demand (million barrels per day, unless "
        "otherwise stated)</caption><thead><tr><th rowspan='2'>Region</th><th colspan='3'>Demand"
        " (mb/d)</th><th colspan='2'>Annual change (kb/d)</th></tr><tr><th>2024</th><th>2025"
        "</th><th>2026</th><th>2025</th><th>2026</th></tr></thead><tbody>"
        + _rows(rows, bold=("Total OECD", "Total Non-OECD", "Total Demand"))
        + "</tbody></table><p>Note: totals may not add due to rounding. 2025 and 2026 are "
        "forecasts. FSU: former Soviet Union.</p>"
    )
    return _html(
        "Oil Market Report – May 2025 – Analysis - IEA",
        "<h1>Oil Market Report - May 2025</h1><p>Demand</p>" + table,
    )


def _itu_table() -> Source:
    rows = [
        ("Africa", "37", "39", "556", "598"),
        ("Americas", "87", "88", "899", "914"),
        ("Arab States", "69", "71", "345", "360"),
        ("Asia-Pacific", "66", "68", "2 845", "2 931"),
        ("CIS", "91", "92", "221", "224"),
        ("Europe", "91", "92", "621", "629"),
        ("World", "66", "67", "5 486", "5 656"),
        ("Least developed countries (LDCs)", "35", "37", "410", "441"),
        ("Landlocked developing countries (LLDCs)", "38", "n/a", "215", "n/a"),
        ("Small island developing States (SIDS)", "64", "66", "43", "45<sup>a</sup>"),
    ]
    table = (
        "<table><caption>Internet use by region, 2024 and 2025</caption><thead><tr><th rowspan"
        "='2'>Region</th><th colspan='2'>Percentage of individuals using the Internet</th><th "
        "colspan='2'>Internet users (millions)</th></tr><tr><th>2024</th><th>2025</th><th>2024"
        "</th><th>2025</th></tr></thead><tbody>"
        + _rows(rows, bold=("World",))
        + "</tbody></table><p><sup>a</sup> ITU estimate based on fewer than half of the "
        "economies in the group. n/a: not available. Regions are ITU regions.</p>"
    )
    return _html(
        "Facts and Figures 2025 - Internet use - ITU",
        "<h1>Facts and Figures 2025</h1><h2>Internet use</h2><p>ITU estimates that the number"
        " of people using the Internet continued to grow in 2025.</p>" + table,
    )


def _html_tables() -> list[Blind20Case]:
    kind = "html table"
    out: list[Blind20Case] = []

    weo = _weo_april()
    name = "imf-expects-mexico-economy-shrink"
    out.append(
        _case(
            name,
            kind,
            11,
            False,
            _story(
                name,
                "IMF expects Mexico's economy to shrink this year",
                [
                    """The International Monetary Fund now expects Mexico's economy to contract
                    by 0.3% in 2025 before growing 1.4% in 2026, <<the IMF's World Economic
                    Outlook>> shows.""",
                    """The fund sees US growth slowing to 1.8% this year as tariffs weigh on
                    trade across North America.""",
                ],
                style="site",
                byline="Diego Ramírez",
                when="April 22, 2025",
                dateline="WASHINGTON",
                related=(("peso-slides-tariffs", "Peso slides as tariff deadline nears"),),
            ),
            weo,
        )
    )
    name = "mexico-growth-imf-latest-projections"
    out.append(
        _case(
            name,
            kind,
            11,
            True,
            _story(
                name,
                "IMF: Mexico to eke out growth",
                [
                    """The IMF projects that Mexico's economy will grow 0.3% this year and
                    1.4% next year, according to <<its latest projections>>.""",
                    "Finance ministry officials said their own forecast was more optimistic.",
                ],
                style="plain",
                when="April 22, 2025",
            ),
            weo,
        )
    )

    wuenic = _wuenic()
    name = "dtp3-coverage-2024-short-of-2019"
    out.append(
        _case(
            name,
            kind,
            12,
            False,
            _story(
                name,
                "Childhood vaccination stalls below pre-pandemic levels",
                [
                    """Global coverage with three doses of the diphtheria-tetanus-pertussis
                    vaccine reached 85% in 2024, <<WHO and UNICEF estimates show>>, still short
                    of the 86% recorded in 2019.""",
                    """Health officials blamed conflict, misinformation and funding cuts for
                    the gaps.""",
                ],
                style="divs",
                byline="Priya Natarajan",
                when="15 July 2025",
                caption="A nurse prepares a vaccine at a clinic in Lilongwe, Malawi.",
            ),
            wuenic,
        )
    )
    name = "african-region-dtp3-edges-up"
    out.append(
        _case(
            name,
            kind,
            12,
            True,
            _story(
                name,
                "Africa's vaccine coverage edges up",
                [
                    """In the African Region, coverage with three doses of DTP vaccine edged up
                    to 75% in 2024, while the Americas reached 92%, <<according to WHO/UNICEF
                    estimates>>.""",
                    "Gavi said it would prioritise countries with the most unvaccinated children.",
                ],
                style="site",
                byline="Priya Natarajan",
                when="15 July 2025",
            ),
            wuenic,
        )
    )

    iea = _iea_table()
    name = "iea-oil-demand-growth-740000"
    out.append(
        _case(
            name,
            kind,
            13,
            False,
            _story(
                name,
                "IEA sees oil demand growth slowing",
                [
                    """The International Energy Agency expects world oil demand to grow by
                    740,000 barrels a day this year to an average of 103.8 million b/d.""",
                    """That is according to <<the agency's monthly Oil Market Report>>, which
                    sees consumption reaching 104.5 mb/d in 2026.""",
                ],
                style="feature",
                byline="Sanjay Mehta",
                when="15 May 2025",
                caption="A refinery near Jamnagar, India. Photo: Staff",
                related=(
                    ("brent-slips-below-65", "Brent slips below $65"),
                    ("opec-plus-output-hike", "OPEC+ agrees another output hike"),
                ),
            ),
            iea,
        )
    )
    name = "world-oil-demand-rise-just"
    out.append(
        _case(
            name,
            kind,
            13,
            True,
            _story(
                name,
                "Oil demand barely growing, says IEA",
                [
                    """World oil demand will rise by just 74,000 barrels a day this year, <<the
                    International Energy Agency said>>, to 103.8 mb/d.""",
                    "Electric vehicles and weaker trade were both weighing on fuel use.",
                ],
                style="wire",
                dateline="PARIS, May 15",
                byline="Reporting by Noor Saeed",
            ),
            iea,
        )
    )

    itu = _itu_table()
    name = "two-thirds-world-online-itu"
    out.append(
        _case(
            name,
            kind,
            14,
            False,
            _story(
                name,
                "Two-thirds of humanity is now online",
                [
                    """About 5.7 billion people, 67% of the world's population, were using the
                    internet in 2025, <<the International Telecommunication Union estimates>>,
                    while in Africa the share was 39%.""",
                    "The gap between rich and poor countries remains wide, the agency said.",
                ],
                style="site",
                byline="Tomasz Wójcik",
                when="17 November 2025",
            ),
            itu,
        )
    )
    name = "africa-online-share-itu-2025"
    out.append(
        _case(
            name,
            kind,
            14,
            True,
            _story(
                name,
                "Africa's digital divide persists",
                [
                    """Only 29% of people in Africa were online in 2025, compared with 92% in
                    Europe, <<ITU figures show>>.""",
                    "Cost of devices and data remains the main barrier, campaigners say.",
                ],
                style="divs",
                when="17 November 2025",
            ),
            itu,
        )
    )
    return out


# ---------------------------------------------------------------------------------------------
# PDF reports
# ---------------------------------------------------------------------------------------------


def _gep_pdf() -> bytes:
    rows = [
        ("", "2022", "2023", "2024e", "2025f", "2026f", "2027f"),
        ("World", "3.3", "2.8", "2.8", "2.3", "2.4", "2.6"),
        ("Advanced economies", "2.9", "1.7", "1.7", "1.2", "1.4", "1.5"),
        ("  United States", "2.5", "2.9", "2.8", "1.4", "1.6", "1.9"),
        ("  Euro area", "3.5", "0.4", "0.9", "0.7", "0.8", "1.0"),
        ("  Japan", "0.9", "1.4", "0.2", "0.7", "0.8", "0.8"),
        ("Emerging market and developing economies", "3.7", "4.2", "4.2", "3.8", "3.8", "3.9"),
        ("  East Asia and Pacific", "3.5", "5.1", "5.0", "4.5", "4.0", "4.0"),
        ("  Europe and Central Asia", "1.6", "3.6", "3.6", "2.4", "2.6", "2.7"),
        ("  Latin America and the Caribbean", "4.0", "2.3", "2.4", "2.3", "2.4", "2.6"),
        ("  Middle East and North Africa", "5.6", "1.8", "1.8", "2.7", "3.7", "4.1"),
        ("  South Asia", "5.9", "7.0", "5.5", "5.8", "6.1", "6.2"),
        ("  Sub-Saharan Africa", "3.8", "2.9", "3.5", "3.7", "4.1", "4.3"),
        ("Memorandum items:", "", "", "", "", "", ""),
        ("  Low-income countries", "4.8", "3.6", "4.0", "5.1", "5.6", "5.7"),
        ("  World trade volume", "5.6", "1.0", "3.4", "1.8", "2.4", "2.7"),
    ]
    return _pdf(
        "Global Economic Prospects | June 2025",
        ["GLOBAL ECONOMIC PROSPECTS", "June 2025", "World Bank Group", "Washington, DC"],
        [
            """The global economy is once again navigating turbulence. A substantial rise in
            trade barriers and the uncertainty that comes with it have set back the outlook for
            nearly every economy, and the slowdown is most painful for the poorest.""",
            """Global growth is expected to slow to 2.3 percent this year, its weakest pace
            outside outright recessions since 2008. This report sets out what policy makers in
            emerging market and developing economies can do to restore momentum.""",
            "Indermit Gill, Chief Economist of the World Bank Group",
        ],
        [
            """Global growth is projected to slow to 2.3 percent in 2025, from 2.8 percent in
            2024, before edging up to 2.4 percent in 2026.""",
            """Forecasts have been downgraded for nearly 70 percent of economies, across all
            regions and income groups.""",
            """Growth in emerging market and developing economies (EMDEs) is expected to slow to
            3.8 percent in 2025.""",
            """Per capita income growth in low-income countries is projected to be too slow to
            narrow the gap with richer economies.""",
        ],
        [
            (
                "Chapter 1. Global outlook",
                [
                    """Activity in advanced economies is projected to slow markedly this year as
                    higher tariffs raise costs and uncertainty weighs on investment. In the
                    United States, growth is expected to halve from last year's pace.""",
                    """Commodity prices are projected to decline further, with oil prices
                    forecast to average well below their 2024 level as supply expands.""",
                    """Global trade growth is expected to be markedly weaker than last year,
                    reflecting higher trade barriers and the front-loading of orders in early
                    2025 that will unwind over the rest of the year.""",
                ],
            ),
            (
                "Chapter 2. Regional perspectives",
                [
                    """East Asia and Pacific: growth is expected to slow as China's expansion
                    moderates, though stimulus is providing some support.""",
                    """Europe and Central Asia: activity is set to soften as growth in Russia
                    and Türkiye slows.""",
                    """Latin America and the Caribbean: growth is expected to remain subdued,
                    held back by tight policy in several large economies.""",
                    """Middle East and North Africa: growth is expected to pick up as oil
                    production cuts are unwound.""",
                    """South Asia: growth is expected to remain robust, led by India, although
                    the pace has been revised down.""",
                    """Sub-Saharan Africa: growth is expected to firm, supported by easing
                    inflation and lower borrowing costs, although conflict and climate shocks
                    continue to weigh on several economies.""",
                ],
            ),
        ],
        [
            (
                "Table 1.1 Real GDP (Percent change from previous year, unless indicated "
                "otherwise)",
                (70, 20, 20, 20, 20, 20, 20),
                rows,
                [
                    """Note: e = estimate; f = forecast. World Bank forecasts are frequently
                    updated based on new information. Aggregates are calculated using real U.S.
                    dollar GDP weights at average 2010-19 prices and market exchange rates.""",
                ],
            )
        ],
    )


def _tb_pdf() -> bytes:
    rows = [
        (
            "WHO region",
            "Incidence (millions)",
            "Rate per 100 000",
            "Deaths, HIV-negative",
            "Deaths, HIV-positive",
        ),
        ("African Region", "2.5", "205", "350 000", "88 000"),
        ("Region of the Americas", "0.34", "32", "31 000", "11 000"),
        ("Eastern Mediterranean Region", "0.93", "115", "84 000", "2 100"),
        ("European Region", "0.21", "22", "22 000", "3 400"),
        ("South-East Asia Region", "4.9", "236", "480 000", "46 000"),
        ("Western Pacific Region", "1.8", "92", "102 000", "10 500"),
        ("Global", "10.7", "131", "1 069 000", "161 000"),
    ]
    return _pdf(
        "Global Tuberculosis Report 2025",
        ["Global Tuberculosis Report 2025", "World Health Organization", "Geneva"],
        [
            """Tuberculosis remains one of the world's top infectious killers. This report
            provides a comprehensive and up-to-date assessment of the TB epidemic and of
            progress in prevention, diagnosis and treatment at global, regional and country
            levels.""",
            """Progress since the pandemic is real but fragile: funding shortfalls threaten to
            reverse hard-won gains.""",
        ],
        [
            """Globally, an estimated 10.7 million people fell ill with TB in 2024 (95%
            uncertainty interval: 10.1-11.4 million), a slight decline from the previous year.""",
            """An estimated 1.23 million people died of TB in 2024, including 161 000 people
            with HIV.""",
            """8.2 million people were newly diagnosed with TB and officially notified, the
            highest number since WHO began global TB monitoring in 1995.""",
            """The treatment success rate was 88% for people treated for drug-susceptible TB and
            71% for MDR/RR-TB.""",
        ],
        [
            (
                "1. TB incidence",
                [
                    """Geographically, most people who developed TB in 2024 were in the WHO
                    regions of South-East Asia, Africa and the Western Pacific, with smaller
                    shares in the Eastern Mediterranean, the Americas and Europe.""",
                    """Thirty high TB burden countries accounted for most of all estimated
                    incident cases worldwide. Men accounted for a majority of cases, women for
                    about a third and children aged 0-14 years for the remainder.""",
                ],
            ),
            (
                "2. Diagnosis and treatment",
                [
                    """The gap between the estimated number of people who fell ill and the number
                    newly diagnosed and notified has narrowed, but remains large in several
                    high-burden countries.""",
                    """Use of WHO-recommended rapid diagnostic tests continued to increase, and
                    coverage of TB preventive treatment for household contacts improved.""",
                ],
            ),
        ],
        [
            (
                "Table 2.1 Estimated TB incidence and mortality, by WHO region, 2024",
                (60, 30, 30, 35, 35),
                rows,
                ["Numbers are best estimates; totals may not add because of rounding."],
            )
        ],
    )


def _pisa_pdf() -> bytes:
    rows = [
        ("Country/economy", "Mathematics", "Reading", "Science", "Change in maths since 2022"),
        ("Singapore", "571", "540", "558", "-4"),
        ("Japan", "533", "519", "545", "-3"),
        ("Korea", "524", "513", "526", "-3"),
        ("Estonia", "514", "509", "527", "+4"),
        ("Switzerland", "505", "486", "502", "-3"),
        ("Canada", "493", "504", "512", "-4"),
        ("Netherlands", "491", "462", "490", "-2"),
        ("Ireland", "494", "514", "503", "+2"),
        ("Poland", "487", "488", "498", "-2"),
        ("Australia", "485", "494", "505", "-2"),
        ("United Kingdom", "486", "491", "497", "-3"),
        ("Germany", "471", "478", "490", "-4"),
        ("France", "470", "472", "485", "-4"),
        ("United States", "462", "501", "496", "-3"),
        ("OECD average", "468", "474", "483", "-4"),
        ("Chile", "414", "446", "440", "+2"),
        ("Mexico", "393", "413", "408", "-2"),
        ("Colombia", "386", "407", "409", "+3"),
    ]
    return _pdf(
        "PISA 2025 Results (Volume I)",
        ["PISA 2025 Results (Volume I)", "The State of Learning and Equity in Education", "OECD"],
        [
            """PISA assesses the extent to which 15-year-old students near the end of their
            compulsory education have acquired the knowledge and skills that are essential for
            full participation in modern societies.""",
            """This volume presents the performance of students in mathematics, reading and
            science, and how performance has changed over time.""",
        ],
        [
            """On average across OECD countries, mean performance was 468 points in
            mathematics, 474 points in reading and 483 points in science.""",
            """Mean performance in mathematics across OECD countries fell by a further 4 points
            compared with 2022.""",
            """Singapore scored higher than any other country or economy in all three
            subjects.""",
        ],
        [
            (
                "Chapter 1. How did students perform?",
                [
                    """Performance differences between the highest- and lowest-performing
                    countries remain large: the gap in mathematics is equivalent to several
                    years of schooling.""",
                    """In most countries, the share of low performers in mathematics increased.
                    A handful of systems, including several in northern Europe, held steady or
                    improved.""",
                ],
            ),
            (
                "Chapter 2. Trends in performance",
                [
                    """Long-term declines in mathematics that began before the pandemic have
                    continued in many countries. Reading performance was broadly stable on
                    average, and science declined slightly.""",
                ],
            ),
        ],
        [
            (
                "Table I.1 Mean score in mathematics, reading and science",
                (55, 30, 30, 30, 45),
                rows,
                ["Countries are ranked in descending order of mean score in mathematics."],
            )
        ],
    )


def _weso_pdf() -> bytes:
    return _pdf(
        "World Employment and Social Outlook: Trends 2025",
        ["World Employment and Social Outlook", "Trends 2025", "International Labour Office"],
        [
            """The global labour market has shown resilience, but progress towards decent work
            has stalled. Weak productivity growth, persistent informality and widening gaps
            between countries remain serious concerns.""",
            "Gilbert F. Houngbo, ILO Director-General",
        ],
        [
            """The global unemployment rate remained at 5.0 per cent in 2024 and is projected to
            stay at that level in 2025.""",
            """Labour force participation declined slightly, driven by low-income countries and
            by young people.""",
            "Informal employment remains widespread, with little progress since 2015.",
        ],
        [
            (
                "1. Global labour market trends",
                [
                    """Employment growth kept pace with labour force growth in 2024, leaving the
                    unemployment rate unchanged. Beyond unemployment, many people who want to
                    work are not counted as unemployed because they are not actively searching
                    or are not available at short notice.""",
                    """The global jobs gap, which counts all people who want a job but do not
                    have one, stood at 402 million in 2024. The jobs gap rate for women was
                    11.1 per cent, compared with 7.8 per cent for men.""",
                ],
            ),
            (
                "2. Young people",
                [
                    """The youth unemployment rate stood at 12.6 per cent in 2024, more than
                    twice the rate for all ages. One in five young people was not in
                    employment, education or training.""",
                    """Young women in low- and lower-middle-income countries faced the largest
                    barriers to entering the labour market.""",
                ],
            ),
            (
                "3. Regional outlook",
                [
                    """Unemployment was highest in Northern Africa and the Arab States and
                    lowest in Eastern Asia and Northern America. Labour income shares continued
                    to decline in most regions.""",
                ],
            ),
        ],
    )


def _pdf_reports() -> list[Blind20Case]:
    kind = "pdf report"
    out: list[Blind20Case] = []

    gep = Source("application/pdf", _gep_pdf())
    name = "world-bank-ssa-growth-pickup"
    out.append(
        _case(
            name,
            kind,
            21,
            False,
            _story(
                name,
                "World Bank sees sub-Saharan Africa growth firming",
                [
                    """The World Bank expects growth in sub-Saharan Africa to pick up to 3.7%
                    this year, after 3.5% in 2024, and to 4.1% in 2026, <<its Global Economic
                    Prospects report>> shows.""",
                    """Easing inflation and lower borrowing costs should help, the bank said,
                    though conflicts in the Sahel and Sudan weigh on the outlook.""",
                ],
                style="site",
                byline="Chidi Okafor",
                when="10 June 2025",
                dateline="LAGOS",
                related=(("naira-stabilises", "Naira stabilises after reforms"),),
            ),
            gep,
        )
    )
    name = "ssa-growth-top-four-percent"
    out.append(
        _case(
            name,
            kind,
            21,
            True,
            _story(
                name,
                "Sub-Saharan Africa's growth to top 4%",
                [
                    """Growth in sub-Saharan Africa will top 4% this year, <<the World Bank
                    said>>, rising further to 4.1% in 2026.""",
                    "Ethiopia, Rwanda and Côte d'Ivoire are among the fastest growers.",
                ],
                style="plain",
                when="10 June 2025",
            ),
            gep,
        )
    )

    tb = Source("application/pdf", _tb_pdf())
    name = "tb-fell-ill-2024-who-report"
    out.append(
        _case(
            name,
            kind,
            22,
            False,
            _story(
                name,
                "TB still kills more than a million a year",
                [
                    """An estimated 10.7 million people fell ill with tuberculosis in 2024 and
                    1.23 million died, <<the WHO's Global Tuberculosis Report>> says.""",
                    """The agency warned that cuts to international health aid could reverse
                    recent progress.""",
                ],
                style="feature",
                byline="Ana Costa",
                when="12 November 2025",
                caption="A patient waits for a chest X-ray in Manila.",
                pull="“Progress is real but fragile,” the report says.",
            ),
            tb,
        )
    )
    name = "tb-diagnosis-gap-who"
    out.append(
        _case(
            name,
            kind,
            22,
            True,
            _story(
                name,
                "Millions with TB go undiagnosed",
                [
                    """Some 10.7 million people fell ill with TB in 2024 but only 6.2 million
                    were diagnosed and reported, according to <<the World Health
                    Organization>>.""",
                    "Rapid molecular tests remain too scarce in many clinics, doctors say.",
                ],
                style="divs",
                when="12 November 2025",
            ),
            tb,
        )
    )

    pisa = Source("application/pdf", _pisa_pdf())
    name = "estonia-pisa-maths-reading"
    out.append(
        _case(
            name,
            kind,
            23,
            False,
            _story(
                name,
                "Estonia bucks the PISA slide",
                [
                    """Estonian 15-year-olds averaged 514 points in mathematics and 509 in
                    reading, against an OECD average of 468 in maths, <<the latest PISA
                    results>> show.""",
                    "Teachers credited small classes and early digital learning.",
                ],
                style="site",
                byline="Kadri Tamm",
                when="2 December 2025",
                dateline="TALLINN",
            ),
            pisa,
        )
    )
    name = "estonian-students-pisa-scores"
    out.append(
        _case(
            name,
            kind,
            23,
            True,
            _story(
                name,
                "Estonian students shine again",
                [
                    """Estonia's students averaged 514 points in maths and 527 in reading in
                    the latest round of tests, <<according to the OECD>>.""",
                    "The education minister called the results a vindication of reforms.",
                ],
                style="wire",
                dateline="TALLINN, Dec 2",
                byline="Reporting by Andrus Kivi",
            ),
            pisa,
        )
    )

    weso = Source("application/pdf", _weso_pdf())
    name = "global-jobs-gap-402-million"
    out.append(
        _case(
            name,
            kind,
            24,
            False,
            _story(
                name,
                "Global jobs gap at 402 million, ILO says",
                [
                    """The global jobs gap — people who want a job but do not have one — stood
                    at 402 million in 2024, and the unemployment rate held at 5 per cent,
                    <<the International Labour Organization said>>.""",
                    """The organisation warned that weak productivity growth was holding back
                    wages in poorer countries.""",
                ],
                style="divs",
                byline="Jonas Weber",
                when="16 January 2025",
                related=(("gig-workers-rights", "Gig workers win new rights in Brussels"),),
            ),
            weso,
        )
    )
    name = "youth-unemployment-ilo-outlook"
    out.append(
        _case(
            name,
            kind,
            24,
            True,
            _story(
                name,
                "Young people bear the brunt of weak job markets",
                [
                    """Youth unemployment stood at 16.2 per cent in 2024, against an overall
                    unemployment rate of 5 per cent, <<the ILO's World Employment and Social
                    Outlook>> shows.""",
                    "Young women in poorer countries face the steepest barriers.",
                ],
                style="site",
                byline="Jonas Weber",
                when="16 January 2025",
            ),
            weso,
        )
    )
    return out


# ---------------------------------------------------------------------------------------------
# Text, CSV and JSON
# ---------------------------------------------------------------------------------------------


def _wdi_csv() -> Source:
    indicator = "Poverty headcount ratio at $3.00 a day (2021 PPP) (% of population)"
    years = [str(y) for y in range(2016, 2025)]
    data = [
        ("Bangladesh", "BGD", {"2016": "13.5", "2022": "5.0"}),
        ("Ethiopia", "ETH", {"2021": "43.9"}),
        ("India", "IND", {"2017": "28.1", "2019": "22.9", "2021": "16.3", "2022": "12.4"}),
        (
            "Indonesia",
            "IDN",
            {"2019": "9.8", "2020": "10.0", "2021": "9.6", "2022": "7.9", "2023": "6.4"},
        ),
        ("Kenya", "KEN", {"2016": "36.1", "2021": "31.2"}),
        ("Nigeria", "NGA", {"2018": "36.8"}),
        ("Pakistan", "PAK", {"2018": "16.5"}),
        ("Philippines", "PHL", {"2018": "5.4", "2021": "4.6", "2023": "3.1"}),
        ("Viet Nam", "VNM", {"2016": "3.3", "2018": "2.6", "2020": "1.9", "2022": "1.5"}),
        ("Sub-Saharan Africa", "SSF", {"2019": "44.6", "2022": "45.0"}),
        ("World", "WLD", {"2019": "11.2", "2022": "10.5"}),
    ]
    head = ['"Country Name"', '"Country Code"', '"Indicator Name"', '"Indicator Code"']
    lines = [
        '"Data Source","World Development Indicators",',
        "",
        '"Last Updated Date","2025-06-10",',
        "",
        ",".join(head + [f'"{y}"' for y in years]) + ",",
    ]
    for country, code, values in data:
        cells = [f'"{country}"', f'"{code}"', f'"{indicator}"', '"SI.POV.DDAY"']
        cells += [f'"{values.get(y, "")}"' for y in years]
        lines.append(",".join(cells) + ",")
    return _text("\r\n".join(lines) + "\r\n", "text/csv; charset=utf-8")


_FAO_BRIEF = """\
FAO Cereal Supply and Demand Brief - World cereal market at a glance (million tonnes), \
release date: 09/05/2025
Item,2023/24,2024/25 estim.,2025/26 f'cast,Change: 2025/26 over 2024/25 (%)
PRODUCTION,2 851.2,2 846.0,2 911.4,2.3
Wheat,792.6,796.7,798.5,0.2
Coarse grains,1 516.0,1 500.6,1 557.9,3.8
Rice (milled basis),542.6,548.7,555.0,1.1
SUPPLY,3 737.5,3 749.6,3 785.1,0.9
UTILIZATION,2 839.7,2 875.3,2 903.4,1.0
TRADE,487.5,480.6,488.9,1.7
ENDING STOCKS,899.5,873.8,890.3,1.9
WORLD STOCK-TO-USE RATIO (%),31.7,30.4,30.7,
Note: production data refer to the calendar year of the first year shown; rice in milled terms.
"""

_WMO_BULLETIN = """\
WMO PRESS RELEASE No. 19032025
STATE OF THE GLOBAL CLIMATE 2024 - KEY INDICATORS
Geneva, 19 March 2025

* Global mean near-surface temperature in 2024: 1.52 °C (± 0.12 °C) above the 1850–1900
  average, the warmest year in the 175-year observational record.
* Each of the past ten years, 2015–2024, was individually among the ten warmest on record.
* Ocean heat content reached a record high in 2024. The rate of ocean warming over 2005–2024
  was more than twice that of 1960–2005.
* Global mean sea level: rate of rise 4.6 mm per year over 2015–2024, compared with 2.2 mm
  per year over 1993–2002.
* Arctic sea-ice minimum extent (September): 4.31 million km2, seventh lowest on record.
  Antarctic minimum (February): 2.01 million km2, the second lowest.
* Glaciers: reference glaciers lost 1.2 m water equivalent in the hydrological year 2023/24.
* Carbon dioxide: 420.4 ± 0.1 parts per million in 2023, 151% of the pre-industrial level.

The full report is available on the WMO library website.
-- ENDS --
"""


def _datamapper() -> Source:
    return _json(
        {
            "values": {
                "NGDP_RPCH": {
                    "ARG": {"2022": 5.3, "2023": -1.6, "2024": -1.8, "2025": 5.2, "2026": 4.3},
                    "BRA": {"2022": 3.0, "2023": 3.2, "2024": 3.4, "2025": 2.3, "2026": 2.1},
                    "CHL": {"2022": 2.2, "2023": 0.5, "2024": 2.6, "2025": 2.5, "2026": 2.2},
                    "COL": {"2022": 7.3, "2023": 0.7, "2024": 1.6, "2025": 2.4, "2026": 2.6},
                    "MEX": {"2022": 3.7, "2023": 3.3, "2024": 1.5, "2025": 0.2, "2026": 1.4},
                    "PER": {"2022": 2.8, "2023": -0.4, "2024": 3.3, "2025": 2.8, "2026": 2.6},
                    "URY": {"2022": 4.5, "2023": 0.7, "2024": 3.1, "2025": 2.5, "2026": 2.6},
                }
            },
            "api": {"version": "1", "output-method": "json"},
        }
    )


def _text_and_csv() -> list[Blind20Case]:
    kind = "text or csv"
    out: list[Blind20Case] = []

    wdi = _wdi_csv()
    name = "bangladesh-poverty-three-dollars"
    out.append(
        _case(
            name,
            kind,
            31,
            False,
            _story(
                name,
                "Bangladesh's poverty rate falls",
                [
                    """The share of Bangladeshis living on less than $3 a day fell to 5.0% in
                    2022 from 13.5% in 2016, <<World Bank data show>>.""",
                    """Garment exports and remittances drove much of the improvement,
                    economists in Dhaka said.""",
                ],
                style="site",
                byline="Farhana Rahman",
                when="1 July 2025",
                dateline="DHAKA",
            ),
            wdi,
        )
    )
    name = "bangladeshis-extreme-poverty-world-bank-data"
    out.append(
        _case(
            name,
            kind,
            31,
            True,
            _story(
                name,
                "Extreme poverty in Bangladesh drops sharply",
                [
                    """The share of Bangladeshis living on less than $2.15 a day fell to 5.0%
                    in 2022, from 13.5% in 2016, <<according to World Bank figures>>.""",
                    "The government aims to eliminate extreme poverty by 2030.",
                ],
                style="plain",
                when="1 July 2025",
            ),
            wdi,
        )
    )

    brief = _text(_FAO_BRIEF)
    name = "fao-first-forecast-cereal-2025-26"
    out.append(
        _case(
            name,
            kind,
            32,
            False,
            _story(
                name,
                "FAO sees bigger cereal crop next season",
                [
                    """FAO's first forecast puts world cereal production at 2.91 billion tonnes
                    in 2025/26, 2.3 per cent more than in 2024/25, with coarse grains up 3.8
                    per cent, <<the agency's cereal supply and demand brief>> shows.""",
                    "Maize crops in Brazil and the United States account for most of the gain.",
                ],
                style="divs",
                byline="Giulia Conti",
                when="9 May 2025",
            ),
            brief,
        )
    )
    name = "world-cereal-output-wheat-fao"
    out.append(
        _case(
            name,
            kind,
            32,
            True,
            _story(
                name,
                "Cereal harvests set to grow, led by wheat",
                [
                    """World cereal production will reach 2.91 billion tonnes in 2025/26, 2.3
                    per cent more than in 2024/25, with wheat output up 3.8%, <<FAO said>>.""",
                    "Prices on Chicago futures markets barely moved on the news.",
                ],
                style="site",
                byline="Giulia Conti",
                when="9 May 2025",
                related=(("wheat-futures-slip", "Wheat futures slip on rain in the Plains"),),
            ),
            brief,
        )
    )

    wmo = _text(_WMO_BULLETIN)
    name = "wmo-warmest-year-sea-level-rate"
    out.append(
        _case(
            name,
            kind,
            33,
            False,
            _story(
                name,
                "Seas rising twice as fast as in the 1990s",
                [
                    """Last year was about 1.5C warmer than the pre-industrial average, and sea
                    levels are now rising by 4.6mm a year, more than double the rate of
                    1993-2002, <<the WMO said>>.""",
                    "Low-lying island states called for faster cuts in emissions.",
                ],
                style="feature",
                byline="Lucy Okonjo",
                when="19 March 2025",
                caption="Waves break over a sea wall in Funafuti, Tuvalu.",
            ),
            wmo,
        )
    )
    name = "sea-levels-rising-centimetres"
    out.append(
        _case(
            name,
            kind,
            33,
            True,
            _story(
                name,
                "Sea-level rise accelerates",
                [
                    """Global sea levels are now rising by 4.6 centimetres a year, <<the World
                    Meteorological Organization said>>, and 2024 was 1.52C warmer than the
                    pre-industrial average.""",
                    "Coastal cities from Jakarta to Lagos are already feeling the effects.",
                ],
                style="wire",
                dateline="GENEVA, March 19",
                byline="Reporting by Gabrielle Tétrault",
            ),
            wmo,
        )
    )

    dm = _datamapper()
    name = "argentina-rebound-imf-datamapper"
    out.append(
        _case(
            name,
            kind,
            34,
            False,
            _story(
                name,
                "IMF sees Argentine rebound",
                [
                    """The IMF expects Argentina's economy to grow 5.2% in 2025 after shrinking
                    1.8% in 2024, <<according to the fund's DataMapper>>.""",
                    "Inflation has slowed sharply since the peso was devalued.",
                ],
                style="site",
                byline="Martín Aguirre",
                when="30 July 2025",
                dateline="BUENOS AIRES",
            ),
            dm,
        )
    )
    name = "argentina-contraction-imf-data"
    out.append(
        _case(
            name,
            kind,
            34,
            True,
            _story(
                name,
                "Argentina's slump to deepen, IMF data suggest",
                [
                    """The IMF expects Argentina's economy to shrink 5.2% in 2025, after a
                    1.8% contraction in 2024, <<IMF data show>>.""",
                    "Opposition lawmakers seized on the figures.",
                ],
                style="plain",
                when="30 July 2025",
            ),
            dm,
        )
    )
    return out


# ---------------------------------------------------------------------------------------------
# Long pages: 2,000+ words where the article's number also appears about something else
# ---------------------------------------------------------------------------------------------

_OECD_NOTES = (
    # country, growth 2025, growth 2026, inflation 2025, inflation 2026, labour, driver, policy
    (
        "Australia",
        "1.8",
        "2.2",
        "2.7",
        "2.5",
        "The unemployment rate is projected to edge up to 4.2%.",
        "Household consumption is recovering as real incomes rise and interest rates come down.",
        "Further gradual easing of monetary policy is warranted as inflation returns to target.",
    ),
    (
        "Austria",
        "0.3",
        "1.0",
        "3.2",
        "2.3",
        "Unemployment is expected to peak at 5.6% before declining.",
        "Weak external demand and the loss of competitiveness weigh on manufacturing exports.",
        "Fiscal consolidation is needed to bring the deficit below the EU reference value.",
    ),
    (
        "Belgium",
        "0.9",
        "1.0",
        "2.5",
        "1.9",
        "The unemployment rate is projected to remain close to 5.9%.",
        "Private consumption is supported by wage indexation, but investment remains soft.",
        "A credible multi-year consolidation plan would help stabilise public debt.",
    ),
    (
        "Brazil",
        "2.1",
        "1.6",
        "5.3",
        "4.2",
        "Unemployment should stay near its historical low of 6.8%.",
        "Tight monetary policy is cooling domestic demand after a strong 2024.",
        "Meeting the fiscal targets would help bring long-term interest rates down.",
    ),
    (
        "Canada",
        "1.0",
        "1.1",
        "2.1",
        "2.0",
        "The unemployment rate is projected to peak at 7.1% in early 2026 as hiring slows.",
        "Higher tariffs on exports to the United States and weaker business confidence are "
        "weighing on investment and trade-exposed sectors.",
        "The Bank of Canada has room to ease further if the trade shock deepens.",
    ),
    (
        "Chile",
        "2.4",
        "2.2",
        "4.3",
        "3.1",
        "Unemployment is projected to decline slowly from 8.5%.",
        "Copper exports and a recovery in investment support growth.",
        "Monetary policy should continue to ease as inflation moves back towards 3%.",
    ),
    (
        "France",
        "0.6",
        "1.0",
        "0.9",
        "1.4",
        "The unemployment rate is expected to rise to 7.6%.",
        "Political uncertainty and fiscal consolidation are holding back investment.",
        "Reducing the budget deficit while protecting growth-enhancing spending is a priority.",
    ),
    (
        "Germany",
        "0.4",
        "1.2",
        "2.3",
        "1.8",
        "Unemployment is projected to edge up to 3.5%.",
        "Increased public investment in infrastructure and defence will support demand in 2026.",
        "Reforms to speed up planning and permitting would raise the return on that investment.",
    ),
    (
        "India",
        "6.3",
        "6.4",
        "4.1",
        "4.0",
        "Labour force participation of women continues to rise from a low level.",
        "Robust services exports and public capital spending sustain strong growth.",
        "Continued fiscal consolidation would create space for social spending.",
    ),
    (
        "Italy",
        "0.6",
        "0.7",
        "1.7",
        "1.9",
        "The unemployment rate is projected to fall to 6.1%.",
        "The implementation of the recovery plan supports investment through 2026.",
        "Pension and tax reforms are needed to put public debt on a declining path.",
    ),
    (
        "Japan",
        "0.7",
        "0.4",
        "3.1",
        "1.9",
        "The unemployment rate is expected to remain low at 2.5%.",
        "Real wage gains are supporting consumption, but exports are hit by higher tariffs.",
        "The Bank of Japan should raise policy rates gradually as inflation stays near target.",
    ),
    (
        "Korea",
        "1.0",
        "2.1",
        "2.1",
        "1.9",
        "Unemployment is projected to remain close to 2.9%.",
        "Semiconductor exports remain strong, while construction investment is contracting.",
        "Structural reforms to raise female employment would help offset population ageing.",
    ),
    (
        "Mexico",
        "0.4",
        "1.1",
        "3.7",
        "3.1",
        "The unemployment rate should stay around 2.7%.",
        "Trade uncertainty and tighter fiscal policy are weighing on investment.",
        "Monetary easing should continue cautiously while core inflation declines.",
    ),
    (
        "Netherlands",
        "1.1",
        "1.0",
        "3.2",
        "2.4",
        "Unemployment is projected to stabilise at 3.9%.",
        "Rising real incomes support private consumption, while housing investment recovers.",
        "Reducing nitrogen and grid constraints would unlock construction.",
    ),
    (
        "Norway",
        "1.5",
        "1.7",
        "2.7",
        "2.3",
        "The registered unemployment rate is projected to remain close to 4.4%.",
        "Mainland growth is supported by petroleum investment and rising real wages.",
        "Fiscal policy should adhere to the fiscal rule to avoid adding to inflation.",
    ),
    (
        "Poland",
        "3.2",
        "3.0",
        "4.0",
        "2.8",
        "Unemployment is expected to remain low at 2.9%.",
        "EU-funded investment and solid consumption drive growth.",
        "Consolidating the budget would support the disinflation process.",
    ),
    (
        "Spain",
        "2.4",
        "1.9",
        "2.4",
        "1.9",
        "The unemployment rate is projected to decline to 11.0%.",
        "Strong immigration, tourism and services exports continue to underpin growth.",
        "Housing supply reforms are needed to address rising rents in the largest cities.",
    ),
    (
        "Sweden",
        "1.7",
        "2.5",
        "1.0",
        "2.1",
        "Unemployment is projected to decline from 8.7%.",
        "Lower interest rates and rising real incomes are lifting household spending.",
        "Fiscal policy can support the recovery while remaining within the framework.",
    ),
    (
        "Switzerland",
        "1.1",
        "1.2",
        "0.2",
        "0.6",
        "Unemployment is expected to remain low at 2.9%.",
        "Strong pharmaceutical exports offset weakness in other manufacturing.",
        "Monetary policy should remain accommodative given very low inflation.",
    ),
    (
        "Türkiye",
        "2.9",
        "3.3",
        "33.0",
        "22.1",
        "The unemployment rate is projected to rise to 8.7%.",
        "Tight monetary policy is slowing domestic demand and reducing inflation.",
        "Maintaining a tight policy stance is essential to anchor inflation expectations.",
    ),
    (
        "United Kingdom",
        "1.3",
        "1.0",
        "3.5",
        "2.7",
        "The unemployment rate is projected to rise to 4.8%.",
        "Higher public spending supports growth in 2025, but consumer confidence is fragile.",
        "Monetary policy should be eased cautiously given persistent services inflation.",
    ),
    (
        "United States",
        "1.6",
        "1.5",
        "3.2",
        "2.8",
        "The unemployment rate is projected to rise to 4.5%.",
        "Higher effective tariff rates raise prices and weigh on investment and consumption.",
        "Fiscal policy should aim to stabilise the debt-to-GDP ratio.",
    ),
)


_OECD_POLICY = _w(
    """<h2>Policy requirements</h2><p>Governments should work constructively to resolve trade
    tensions and avoid further increases in trade barriers, which would damage growth in every
    economy. Lowering uncertainty about trade policy would support investment, which has been
    weak for several years in many advanced economies. Central banks need to remain vigilant:
    where inflation is falling back towards target and labour markets are easing, further
    reductions in policy interest rates are appropriate, but the pace of easing should be
    cautious where services price pressures persist or where higher tariffs push up import
    prices. Fiscal pressures are intensifying in many countries as spending needs for ageing
    populations, defence and the climate transition rise, while debt service costs remain
    high. Credible medium-term plans that combine spending efficiency, better-targeted support
    and broader tax bases are needed to ensure debt sustainability. Structural reforms are
    essential to revive productivity growth, including measures to strengthen competition in
    services, reduce regulatory barriers to firm entry and expansion, speed up permitting for
    infrastructure and energy projects, and help workers acquire the skills that new
    technologies require. Greater international co-operation on trade, tax and the energy
    transition would help all economies.</p>"""
)


def _oecd_long() -> Source:
    forms = (
        "Real GDP growth is projected to be {g1}% in 2025 and {g2}% in 2026. {drv} Headline "
        "inflation is projected at {i1}% in 2025 and {i2}% in 2026. {lab} {pol}",
        "GDP is projected to grow by {g1}% in 2025 and {g2}% in 2026. {drv} Consumer price "
        "inflation is expected to be {i1}% this year and {i2}% next year. {lab} {pol}",
        "The economy is projected to expand by {g1}% in 2025 and by {g2}% in 2026. {drv} "
        "Inflation should reach {i1}% in 2025 before moving to {i2}% in 2026. {lab} {pol}",
    )
    notes = []
    for i, (country, g1, g2, i1, i2, lab, drv, pol) in enumerate(_OECD_NOTES):
        text = forms[i % 3].format(g1=g1, g2=g2, i1=i1, i2=i2, lab=lab, drv=drv, pol=pol)
        extra = (
            " Risks are tilted to the downside, notably from a further escalation of trade "
            "restrictions, tighter financial conditions and weaker confidence."
            if i % 2
            else " Upside risks include a faster resolution of trade tensions and a stronger "
            "recovery in business investment."
        )
        notes.append(
            f"<section id='{country.lower()}'><h3>{country}</h3><p>{text}{extra}</p></section>"
        )
    intro = _w(
        """<p>The global economy has been more resilient than expected, but the outlook has
        weakened. Global GDP growth is projected to slow from 3.2% in 2024 to 2.8% in 2025,
        before edging up to 2.9% in 2026. Substantial increases in trade barriers, tighter
        financial conditions, weaker business and consumer confidence and heightened policy
        uncertainty are all
        expected to weigh on growth. Annual GDP growth in the United States is projected to
        decline to 1.6% this year, while growth in the euro area is projected at 0.9%. In China,
        growth is projected to moderate to 4.6% in 2025.</p><p>Inflation is projected to
        moderate further, with headline inflation in the G20 economies easing from 6.2% in 2024
        to 3.6% in 2025, but higher trade costs will push up prices in some countries. Central
        banks should remain vigilant. Fiscal positions are challenging in many countries, and
        rising debt service costs add to the need for credible consolidation plans. Structural
        reforms to boost productivity, including by reducing barriers to trade and competition,
        would raise living standards.</p><p>The country notes below summarise the projections
        for each economy. Projections are based on policies announced up to the cut-off date of
        late May and on the assumption that tariffs in place at that date remain unchanged. All
        figures are annual percentage changes unless stated otherwise.</p>"""
    )
    body = (
        "<header><a href='/'>OECD</a> <a href='/topics'>Topics</a> <a href='/countries'>Countries"
        "</a> <a href='/data'>Data</a> <a href='/publications'>Publications</a></header><main>"
        "<h1>OECD Economic Outlook, Volume 2025 Issue 1: Tackling Uncertainty, Reviving Growth"
        "</h1><h2>General assessment and country notes</h2>"
        + intro
        + "".join(notes)
        + _OECD_POLICY
        + "<p>Statistical annex tables are available in the full publication.</p></main>"
    )
    return _html("OECD Economic Outlook, Volume 2025 Issue 1 | OECD", body)


_IEA_MARKETS = (
    # market, additions 2025-2030 GW, note
    (
        "China",
        "2 650",
        "China accounts for almost 60% of global renewable capacity added over the "
        "forecast period. Solar PV dominates, although onshore wind additions are also revised "
        "up after a record 2024. Curtailment is rising in several northern provinces as grid "
        "build-out lags generation.",
    ),
    (
        "European Union",
        "510",
        "Solar PV expands fastest, supported by rooftop systems and utility-"
        "scale auctions, but the residential market has slowed as retail electricity prices fell. "
        "Wind deployment is held back by permitting delays, despite reforms. More than 80% of new "
        "EU capacity comes from solar and onshore wind combined.",
    ),
    (
        "United States",
        "330",
        "The forecast is revised down from last year owing to the earlier "
        "phase-out of federal tax credits for wind and solar and to new restrictions on imported "
        "components. Utility-scale solar and batteries remain the bulk of additions in Texas and "
        "California.",
    ),
    (
        "India",
        "305",
        "India becomes the second-largest growth market, with auctions for hybrid "
        "solar-wind projects and round-the-clock supply. Domestic module manufacturing capacity "
        "has expanded rapidly, although cell production remains behind.",
    ),
    (
        "Brazil",
        "95",
        "Distributed solar continues to grow, but utility-scale projects face "
        "curtailment and grid congestion in the north-east, leading to a downward revision.",
    ),
    (
        "Middle East and North Africa",
        "110",
        "Saudi Arabia and the United Arab Emirates lead with "
        "very large solar PV tenders at record-low prices; Egypt and Morocco expand wind.",
    ),
    (
        "Sub-Saharan Africa",
        "42",
        "South Africa accounts for most additions, with private "
        "procurement growing. Elsewhere, financing costs remain a key barrier, although off-grid "
        "solar continues to expand in East Africa.",
    ),
    (
        "Southeast Asia",
        "95",
        "Viet Nam, the Philippines and Malaysia lead growth as new "
        "corporate power purchase agreement rules take effect.",
    ),
    (
        "Japan",
        "60",
        "Solar PV growth slows as suitable land becomes scarce; offshore wind auctions "
        "are expected to deliver from the end of the decade.",
    ),
    ("Korea", "35", "Offshore wind legislation passed in 2025 should unlock projects after 2028."),
    (
        "Australia",
        "45",
        "Large-scale solar and wind are supported by the capacity investment "
        "scheme, but transmission bottlenecks delay connections.",
    ),
    (
        "Türkiye",
        "40",
        "Auctions for solar and wind capacity have resumed and licences for "
        "storage-backed projects are expanding.",
    ),
    (
        "Latin America excluding Brazil",
        "70",
        "Chile and Colombia lead, while Mexico's outlook "
        "depends on new rules for private generation.",
    ),
)


_IEA_MORE = _w(
    """<h2>Solar PV</h2><p>Utility-scale solar PV accounts for the majority of solar additions
    over the forecast period, supported by auctions and by corporate contracts. Distributed
    solar on homes, commercial buildings and industrial sites continues to grow, although
    residential installations slowed in several European markets as electricity prices fell
    from their 2022 highs and net-metering schemes were revised. Module prices fell by more
    than half between 2023 and 2024, reaching historic lows, and installation costs are now
    dominated by labour, permitting and grid connection rather than equipment. In many
    emerging markets, solar paired with batteries is now cheaper than new gas or coal plants
    even when storage costs are included.</p><h2>Wind</h2><p>Onshore wind additions are
    forecast to grow steadily, led by China, with a recovery in Europe as permitting reforms
    take effect. Offshore wind has faced the most difficult conditions of any renewable
    technology: higher interest rates, supply-chain constraints and rising turbine and vessel
    costs have led developers to cancel or renegotiate contracts in the United States and the
    United Kingdom. The forecast for offshore wind outside China has been revised down, though
    new auction designs with indexed tariffs are helping projects reach financial close. Floating
    offshore wind remains at an early stage, with a handful of commercial projects expected
    before 2030.</p><h2>Hydropower and pumped storage</h2><p>Conventional hydropower additions
    are concentrated in China, India, Ethiopia, Tanzania and a few other countries with large
    untapped potential. Drought in several regions has reduced hydropower output in recent
    years, highlighting the vulnerability of hydro-dependent power systems to climate change.
    Pumped-storage hydropower is expanding quickly in China, where it provides flexibility to
    integrate variable wind and solar, and projects are under development in Australia, India
    and Europe.</p><h2>Bioenergy and geothermal</h2><p>Bioenergy for power grows modestly,
    mainly in Asia and Brazil, where agricultural residues and sugarcane bagasse are widely
    available. Sustainability requirements and feedstock constraints limit growth elsewhere.
    Geothermal capacity additions are small but could accelerate with enhanced geothermal
    systems and drilling techniques borrowed from the oil and gas industry; Indonesia, Kenya,
    the Philippines, Türkiye and the United States lead new projects.</p><h2>Corporate
    procurement</h2><p>Companies signed a record volume of renewable power purchase agreements
    in 2024, led by technology firms seeking clean electricity for data centres. Corporate
    demand is spreading beyond the United States and Europe to India, Japan, Brazil and
    Southeast Asia as rules for direct contracts are liberalised. Hybrid contracts that combine
    solar, wind and storage to deliver round-the-clock supply are becoming more common.</p>
    <h2>Costs and competitiveness</h2><p>Despite higher financing costs, the levelised cost of
    electricity from new solar PV and onshore wind remains lower than that from new fossil fuel
    plants in most countries. Equipment costs have fallen faster than expected, but grid
    connection, land and permitting costs are rising. Wholesale price cannibalisation, where
    high solar output depresses midday prices, is reducing revenues for merchant projects and
    increasing the value of storage.</p><h2>Accelerated case</h2><p>In the accelerated case,
    faster permitting, improved grid planning and better access to affordable finance in
    emerging and developing economies would raise renewable capacity additions by about a
    fifth compared with the main case. This would put the world closer to the goal of tripling
    global renewable capacity by 2030 agreed at COP28, although the main case still falls
    short of that goal.</p><h2>Employment</h2><p>Renewable energy employment continues to grow,
    with solar PV the largest employer. Manufacturing jobs are concentrated in China, while
    installation and maintenance jobs are spread more widely. Skills shortages, especially for
    electricians and grid engineers, are emerging as a constraint in several advanced
    economies.</p><h2>How the forecast changed since last year</h2><p>Compared with last year's
    edition, the main-case forecast for global capacity additions is slightly lower. The largest
    downward revision is for the United States, reflecting the earlier expiry of federal tax
    credits, new restrictions on components and slower permitting for projects on federal land.
    Forecasts are also lower for some markets in Southeast Asia and Latin America where grid
    constraints and curtailment have delayed projects. These are partly offset by upward
    revisions for India, where auction volumes have increased and transmission planning has
    improved, for the Middle East, where very large solar tenders have been awarded, and for
    parts of Europe, where rooftop solar and onshore wind have recovered. The forecast for China
    is broadly unchanged: strong solar additions offset a slower pace of onshore wind in some
    provinces.</p><h2>Electricity markets and system integration</h2><p>Rapid growth of solar
    PV is changing the shape of electricity demand and prices. In markets with high solar
    shares, midday prices frequently fall to zero or below, while evening peaks become more
    pronounced. This strengthens the business case for batteries, demand response and
    flexible generation, and raises the value of interconnection between regions. System
    operators are revising grid codes to require inverter-based resources to provide services
    traditionally supplied by synchronous generators, such as inertia and voltage control.
    Market reforms that reward flexibility and long-term contracts that share risks between
    developers and consumers will be central to maintaining investment as shares of variable
    renewables rise.</p><h2>Outlook for 2026</h2><p>Global additions are expected to remain
    close to record levels in 2026. China's annual solar additions may ease slightly after an
    exceptional period as new market-based pricing rules take effect, while additions in India,
    the European Union and the Middle East continue to grow. In the United States, projects
    already under construction will support additions in the near term, but the pipeline for
    later years is thinner. Supply of modules, inverters and turbines is not expected to be a
    constraint, given ample manufacturing capacity.</p>"""
)


def _iea_long() -> Source:
    markets = "".join(
        f"<section><h3>{m}</h3><p>Capacity additions of about {gw} GW are forecast over "
        f"2025-2030. {_w(note)}</p></section>"
        for m, gw, note in _IEA_MARKETS
    )
    sections = [
        (
            "Executive summary",
            """Global renewable power capacity is forecast to increase by almost 4 600 GW
            between 2025 and 2030, roughly the combined current power generation capacity of
            China, the European Union and Japan. Solar PV accounts for about 80% of the global
            increase, followed by wind, hydropower, bioenergy and geothermal. The forecast is
            slightly lower than last year's, mainly because of policy changes in the United
            States and slower growth in some emerging economies, partly offset by upward
            revisions in India, the Middle East and Europe. Renewables are set to overtake coal
            as the largest source of electricity generation in the coming years.""",
        ),
        (
            "Manufacturing and supply chains",
            """Solar PV module manufacturing capacity reached well above global demand, pushing
            prices to record lows. China holds more than 80% of global manufacturing capacity
            across every stage of the solar PV supply chain, from polysilicon and wafers to cells
            and modules. Diversification efforts in India, the United States and Southeast Asia
            are progressing, but manufacturing outside China remains significantly more
            expensive. Wind turbine manufacturers in Europe and North America are recovering
            from several years of losses, supported by higher prices and improved contract
            terms, while Chinese manufacturers are expanding abroad.""",
        ),
        (
            "Grids, storage and curtailment",
            """As the share of variable renewables rises, integration challenges are becoming
            more visible. Curtailment rates have increased in several markets, and negative
            wholesale prices are more frequent. Investment in grids and flexibility, including
            battery storage, demand response and interconnection, is not keeping pace. Battery
            storage additions are expected to grow quickly, with utility-scale projects paired
            with solar becoming common in China, the United States, Australia and the Middle
            East. Grid connection queues now exceed several times the capacity required to
            meet national targets in some countries.""",
        ),
        (
            "Policy and finance",
            """Auctions remain the main policy tool for utility-scale projects, but corporate
            power purchase agreements and merchant projects are growing. In emerging and
            developing economies outside China, the high cost of capital remains the main
            barrier, with financing costs often two to three times higher than in advanced
            economies. Concessional finance and risk-mitigation instruments can help close the
            gap. Permitting reforms have shortened lead times in some markets, but delays for
            onshore wind remain long.""",
        ),
        (
            "Renewable heat and transport",
            """Renewables in heat and transport are growing more slowly than in electricity.
            Modern bioenergy, solar thermal and heat pumps supply a rising share of industrial
            and building heat, but fossil fuels still dominate. Biofuel demand is expanding,
            mainly in Brazil, Indonesia and India, where blending mandates are increasing.
            Renewable electricity used in electric vehicles accounts for a small but fast-growing
            share of renewable transport energy.""",
        ),
    ]
    prose = "".join(f"<h2>{h}</h2><p>{_w(p)}</p>" for h, p in sections[:1])
    prose += "<h2>Market outlook by country and region</h2>" + markets
    prose += "".join(f"<h2>{h}</h2><p>{_w(p)}</p>" for h, p in sections[1:])
    prose += _IEA_MORE
    prose += _w(
        """<h2>Technology trends</h2><p>Solar PV remains the cheapest option for new
        electricity generation in most countries. Bifacial modules and trackers are now standard
        in utility-scale plants, raising yields. Onshore wind turbines continue to get larger,
        and offshore wind faces supply-chain and cost pressures that have led to cancelled
        auctions in several markets. Hydropower additions are concentrated in China, India and
        Africa, and pumped storage is growing. Geothermal could expand faster thanks to new
        drilling techniques, while bioenergy for power grows modestly.</p><h2>Methodology
        </h2><p>The forecast is based on a bottom-up analysis of policies, market conditions and
        project pipelines in more than 150 countries. The main case reflects policies and
        measures in place as of the cut-off date; an accelerated case shows what could be
        achieved if policy and financing challenges were addressed. Figures refer to net
        capacity additions in alternating current terms unless stated otherwise.</p><h2>
        Glossary</h2><p>Capacity additions: new capacity connected to the grid or, for off-grid
        systems, commissioned during the year, net of decommissioning. Curtailment: the
        reduction of output from wind or solar plants below what they could produce, usually
        because of grid constraints or oversupply. Power purchase agreement: a long-term contract
        under which a buyer agrees to purchase electricity from a generator at an agreed price.
        Distributed solar: systems installed on buildings or at the site of consumption,
        including residential, commercial and industrial rooftops. Main case: the forecast based
        on existing policies and market conditions. Accelerated case: the forecast assuming
        that key barriers to deployment are addressed.</p>"""
    )
    body = (
        "<nav><a href='/'>IEA</a> <a href='/reports'>Reports</a> <a href='/data-and-statistics'>"
        "Data</a> <a href='/topics/renewables'>Renewables</a></nav><main><h1>Renewables 2025: "
        "Analysis and forecasts to 2030</h1>" + prose + "</main>"
    )
    return _html("Renewables 2025 – Analysis - IEA", body)


_UNICEF_REGIONS = (
    (
        "East Asia and Pacific",
        "13.9",
        "3.6",
        "8.1",
        "Stunting has fallen steadily since 2012, "
        "but overweight is rising quickly in several middle-income countries as diets shift "
        "towards ultra-processed foods and sugary drinks.",
    ),
    (
        "Eastern and Southern Africa",
        "31.6",
        "5.1",
        "4.0",
        "The region has the highest stunting "
        "prevalence outside West and Central Africa. Drought in the Horn of Africa and southern "
        "Africa has pushed acute malnutrition up in several countries.",
    ),
    (
        "Europe and Central Asia",
        "5.4",
        "1.9",
        "7.4",
        "Stunting is low on average, but pockets of "
        "high prevalence persist among marginalised communities, and overweight affects more than "
        "one in fourteen young children.",
    ),
    (
        "Latin America and the Caribbean",
        "11.3",
        "1.4",
        "8.6",
        "Overweight now affects more "
        "children under 5 than wasting and is a growing concern across the region.",
    ),
    (
        "Middle East and North Africa",
        "15.7",
        "5.9",
        "9.8",
        "Conflict in Gaza, Sudan, Syria and "
        "Yemen has driven a sharp deterioration in child nutrition, with famine conditions "
        "confirmed in parts of the region.",
    ),
    (
        "South Asia",
        "30.1",
        "13.8",
        "3.2",
        "South Asia is home to more wasted children than any "
        "other region; 22.3 million children in the region are wasted, and half of all stunted "
        "children live in the region.",
    ),
    (
        "West and Central Africa",
        "28.3",
        "6.8",
        "3.4",
        "Stunting prevalence has declined only "
        "slowly, and population growth means the number of stunted children has increased. The "
        "central Sahel faces a severe food crisis.",
    ),
)

_UNICEF_COUNTRIES = (
    (
        "Bangladesh",
        "Stunting has fallen by more than a third over two decades, helped by "
        "women's education, sanitation and social protection.",
    ),
    (
        "Ethiopia",
        "Community-based management of acute malnutrition has expanded, though drought "
        "and conflict have reversed some gains.",
    ),
    (
        "Guatemala",
        "Nearly half of children under 5 in indigenous communities are stunted, one of "
        "the highest rates in the Americas.",
    ),
    (
        "India",
        "National programmes for maternal nutrition and take-home rations reach tens of "
        "millions of mothers and children each year.",
    ),
    (
        "Indonesia",
        "A national stunting reduction strategy co-ordinates more than twenty "
        "ministries and local governments.",
    ),
    (
        "Nepal",
        "Multisector nutrition plans at municipal level have been credited with steady "
        "declines in stunting.",
    ),
    (
        "Nigeria",
        "Nigeria has the second-highest number of stunted children in the world; "
        "inflation has made nutritious food unaffordable for many families.",
    ),
    (
        "Pakistan",
        "Floods in recent years destroyed crops and water systems, worsening child "
        "malnutrition in Sindh and Balochistan.",
    ),
    (
        "Peru",
        "Peru halved stunting in a decade through conditional cash transfers and growth "
        "monitoring, although progress has since stalled.",
    ),
    (
        "Sudan",
        "Famine has been confirmed in several areas, and hundreds of thousands of children "
        "are at risk of severe acute malnutrition.",
    ),
    (
        "Yemen",
        "Nearly half of children under 5 are stunted, and acute malnutrition has risen "
        "in the areas worst affected by conflict.",
    ),
    (
        "Afghanistan",
        "Cuts to humanitarian funding have closed many nutrition centres, while "
        "restrictions on women health workers limit outreach to mothers.",
    ),
    (
        "Brazil",
        "Overweight among young children is rising, especially in urban areas, as "
        "consumption of ultra-processed foods grows.",
    ),
    (
        "Democratic Republic of the Congo",
        "Conflict in the east has displaced millions, and "
        "acute malnutrition is widespread in displacement sites.",
    ),
    (
        "Haiti",
        "Gang violence has cut off access to markets and clinics, and child wasting has "
        "risen sharply in Port-au-Prince.",
    ),
    (
        "Kenya",
        "Successive droughts in the arid north have pushed acute malnutrition above "
        "emergency thresholds in several counties.",
    ),
    (
        "Malawi",
        "A national school meals programme and community growth monitoring have helped "
        "reduce stunting in rural districts.",
    ),
    (
        "Mexico",
        "Front-of-pack warning labels and a tax on sugary drinks aim to curb overweight "
        "among children.",
    ),
    (
        "Niger",
        "Recurrent lean seasons and insecurity mean that acute malnutrition peaks every "
        "year before the harvest.",
    ),
    (
        "Somalia",
        "Drought, conflict and high food prices keep child wasting at critical levels, "
        "and funding for treatment has fallen.",
    ),
    (
        "Viet Nam",
        "Stunting has declined steadily, but overweight and obesity are rising among "
        "school-age children in cities.",
    ),
)


def _unicef_long() -> Source:
    regions = "".join(
        f"<section><h3>{r}</h3><p>In {r}, {s}% of children under 5 are stunted, {wa}% are "
        f"wasted and {ov}% are overweight. {_w(note)}</p></section>"
        for r, s, wa, ov, note in _UNICEF_REGIONS
    )
    countries = "".join(f"<li><b>{c}.</b> {_w(t)}</li>" for c, t in _UNICEF_COUNTRIES)
    head = _w(
        """<p class="lead">The 2025 edition of the joint child malnutrition estimates shows
        that progress is too slow to meet global targets. In 2024, 150.2 million children under
        5 were stunted (22.3 per cent), 42.8 million were wasted (6.6 per cent) and 35.5 million
        were overweight (5.4 per cent). In 2012, the baseline year for the World Health Assembly
        targets, 165.8 million children under 5 were stunted, or 26.3 per cent.</p><p>Stunting,
        or low height for age, is the result of chronic or recurrent undernutrition. It holds
        children back from reaching their physical and cognitive potential. Wasting, or low
        weight for height, indicates recent and severe weight loss and is associated with a
        high risk of death. Overweight in early childhood raises the risk of diet-related
        non-communicable diseases later in life.</p><p>Only about one third of countries are on
        track to halve the number of stunted children by 2030. Progress on wasting is even
        slower, and the number of overweight children has barely changed. The estimates are
        based on household surveys covering more than 90 per cent of the world's children under
        5, and are modelled to account for countries without recent data.</p>"""
    )
    drivers = _w(
        """<h2>What drives child malnutrition</h2><p>Malnutrition in early childhood has many
        causes. Poor diets are the most immediate: in many low- and middle-income countries,
        fewer than a third of children aged 6 to 23 months eat the minimum number of food groups
        each day. In West and Central Africa, only 42.8 per cent of young children receive the
        minimum meal frequency. Infections, including diarrhoea linked to unsafe water and poor
        sanitation, prevent children from absorbing nutrients. Poverty, conflict and climate
        shocks reduce access to nutritious food, while the rising availability of cheap,
        ultra-processed foods is driving overweight in every region.</p><p>Maternal nutrition
        also matters. Women who are undernourished during pregnancy are more likely to give
        birth to babies with low birthweight, who are at greater risk of stunting. Anaemia
        affects a large share of women of reproductive age in South Asia and sub-Saharan Africa.
        Exclusive breastfeeding for the first six months protects infants, and rates have
        improved in many countries, but aggressive marketing of formula milk remains a
        problem.</p><h2>What works</h2><p>Countries that have reduced stunting quickly share
        several features: sustained political commitment, investment in primary health care,
        programmes to improve women's education and status, social protection such as cash
        transfers, and investment in water and sanitation. Treatment of severe wasting with
        ready-to-use therapeutic food is highly effective, yet only a minority of children who
        need it receive it. Preventing wasting through early detection and support for
        breastfeeding and complementary feeding is more cost-effective than treatment.</p>
        <p>Food systems must also change. Governments can regulate the marketing of unhealthy
        foods to children, require front-of-pack warning labels, tax sugary drinks and use
        public procurement to improve school meals. Fortification of staple foods with iron,
        folic acid and other micronutrients is a proven and inexpensive intervention.</p>
        <h2>Wasting</h2><p>Wasting is a life-threatening condition that requires urgent
        treatment. Children with severe wasting are up to twelve times more likely to die than
        well-nourished children. The number of wasted children has changed little over the past
        decade, and the burden is heavily concentrated in South Asia and sub-Saharan Africa.
        Because wasting can develop quickly and children can recover and relapse, the number of
        children affected over the course of a year is much higher than the number affected at
        any one time. Seasonal peaks occur during lean seasons before harvests, during disease
        outbreaks and after floods and droughts.</p><h2>Overweight</h2><p>Overweight in early
        childhood is no longer a problem only of high-income countries. It is rising in many
        low- and middle-income countries, sometimes in the same communities where stunting
        remains common, a pattern described as the double burden of malnutrition. Aggressive
        marketing of unhealthy foods and drinks, including through digital media, and the low
        cost of ultra-processed products relative to fresh foods are major drivers. Few
        countries are on track to halt the rise in childhood overweight by 2030.</p><h2>Data
        gaps</h2><p>Many countries lack recent survey data on child nutrition, especially
        those affected by conflict. For some, the most recent nationally representative survey
        is more than five years old. Estimates for these countries rely more heavily on
        modelling and are therefore more uncertain. Investment in routine data systems,
        including regular household surveys and growth monitoring through health services, is
        needed to track progress and target programmes.</p><h2>Recommendations</h2><p>UNICEF
        calls on governments and partners to: protect and expand funding for nutrition
        services, including therapeutic food; integrate early detection and treatment of
        wasting into primary health care; make nutritious, safe and affordable diets
        accessible to all families, including through social protection; regulate the
        marketing of unhealthy foods and breast-milk substitutes; strengthen maternal nutrition
        before and during pregnancy; and invest in water, sanitation and hygiene in
        communities and health facilities.</p><h2>Diets in early childhood</h2><p>The period
        from six months to two years is critical, when breast milk alone is no longer enough and
        children need a variety of nutrient-rich foods. Surveys show that many young children
        are fed mainly starchy staples, with little fruit, vegetables, eggs, dairy, fish or
        meat. Poor families often cannot afford these foods, and rising food prices since 2022
        have made the situation worse. At the same time, sugary drinks and salty snacks are
        introduced early in many countries, displacing more nutritious foods. Counselling for
        caregivers, cash and voucher transfers and the fortification of complementary foods can
        help improve young children's diets.</p><h2>Micronutrient deficiencies</h2><p>Hidden
        hunger, the lack of essential vitamins and minerals, affects far more children than
        stunting or wasting. Deficiencies in iron, vitamin A, zinc and iodine impair immunity,
        growth and brain development. Vitamin A supplementation programmes have reached many
        children for decades, but coverage has fallen in some countries as campaigns were
        integrated into routine services. Large-scale food fortification and salt iodisation
        remain among the most cost-effective nutrition interventions available.</p><h2>Nutrition
        in humanitarian settings</h2><p>Conflict and displacement are major drivers of acute
        malnutrition. In crises, disruption of food supplies, health services and water systems
        combines with disease outbreaks to push malnutrition rates above emergency thresholds.
        Humanitarian appeals for nutrition have been severely underfunded in 2025, forcing
        agencies to prioritise the most severe cases and suspend prevention programmes. Access
        restrictions in several conflict zones prevent supplies from reaching children in
        need.</p><h2>Adolescents and women</h2><p>Nutrition matters beyond early childhood.
        Adolescent girls need iron and other nutrients as they grow, and undernutrition before
        and during pregnancy affects the next generation. In several regions, anaemia among
        adolescent girls and women has not declined in two decades. Programmes that provide iron
        and folic acid supplements, school meals and nutrition education to adolescents can
        help break the intergenerational cycle of malnutrition.</p>
        <h2>Funding</h2><p>Cuts to official development assistance in 2025 threaten nutrition
        programmes in dozens of countries. Supplies of therapeutic food are running low in
        several emergencies, and community health workers have been laid off. UNICEF calls on
        donors to protect funding for nutrition and on governments to include nutrition in
        national budgets.</p><h2>About the estimates</h2><p>The joint child malnutrition
        estimates are produced by UNICEF, WHO and the World Bank Group. They are updated every
        two years using new survey data and improved methods; estimates for earlier years may
        therefore differ from those published previously. Regional figures use UNICEF
        programme regions.</p><h2>Glossary</h2><p>Stunting: height-for-age more than two standard
        deviations below the median of the WHO Child Growth Standards. Wasting: weight-for-height
        more than two standard deviations below the median. Overweight: weight-for-height more
        than two standard deviations above the median. Severe wasting: weight-for-height more
        than three standard deviations below the median, or a mid-upper arm circumference below
        the threshold used for treatment. Prevalence: the share of children under 5 affected at
        the time of a survey.</p>"""
    )
    body = (
        "<header><a href='/'>UNICEF</a> <a href='/what-we-do'>What we do</a> <a href='/research'>"
        "Research and reports</a> <a href='/donate'>Donate</a></header><main><h1>Levels and "
        "trends in child malnutrition: key findings of the 2025 edition</h1>"
        + head
        + "<h2>Regional picture</h2>"
        + regions
        + "<h2>Country spotlights</h2><ul>"
        + countries
        + "</ul>"
        + drivers
        + "</main>"
    )
    return _html("Child malnutrition 2025 – key findings | UNICEF DATA", body)


_UNCTAD_REGIONS = (
    (
        "Developed economies",
        "FDI flows to developed economies fell 22 per cent to $555 billion, "
        "as large divestments and intra-company loan repayments in Europe offset gains in North "
        "America.",
    ),
    (
        "Europe",
        "Inflows to Europe fell by more than half, with several large economies "
        "recording negative flows. Excluding conduit economies, the decline was smaller.",
    ),
    (
        "North America",
        "FDI in the United States rose 23 per cent, driven by cross-border "
        "acquisitions and greenfield investment in semiconductors and batteries.",
    ),
    (
        "Developing Asia",
        "FDI flows to developing Asia fell 3 per cent to $605 billion. Flows to "
        "China declined for a third year, while ASEAN received record inflows, and India's "
        "inflows were broadly flat.",
    ),
    (
        "Africa",
        "FDI flows to Africa rose 75 per cent to $97 billion, boosted by a large urban "
        "development project in Egypt. Excluding that project, flows rose 12 per cent. Greenfield "
        "project announcements fell, but international project finance deals in renewable energy "
        "increased.",
    ),
    (
        "Latin America and the Caribbean",
        "FDI to Latin America and the Caribbean fell 12 per cent "
        "to $164 billion, mainly because of lower flows to Brazil and Mexico. Investment in "
        "critical minerals projects in Argentina and Chile increased.",
    ),
    (
        "Transition economies",
        "Flows to transition economies rose 3 per cent, with Kazakhstan "
        "and Uzbekistan attracting new energy and mining projects.",
    ),
    (
        "Least developed countries",
        "FDI to the least developed countries rose 9 per cent to $37 "
        "billion, but remains concentrated in a handful of economies, and the number of "
        "greenfield projects announced in LDCs fell.",
    ),
    (
        "Small island developing States",
        "Flows to small island developing States were stable at "
        "about $7 billion, mostly to tourism and offshore energy.",
    ),
)


def _unctad_long() -> Source:
    regions = "".join(f"<section><h3>{r}</h3><p>{_w(t)}</p></section>" for r, t in _UNCTAD_REGIONS)
    text = _w(
        """<p class="lead">Global foreign direct investment fell 11 per cent in 2024 to $1.5
        trillion, the second consecutive annual decline. The headline figure was inflated by
        volatile financial flows through a few European conduit economies; excluding these,
        global FDI fell by 8 per cent. Investment trends in the real economy were weak:
        international project finance deals fell 26 per cent in number, and greenfield project
        announcements were flat, although their value rose 3 per cent thanks to a handful of
        very large projects.</p><p>Tighter financing conditions, geopolitical tensions and
        rising trade restrictions weighed on investor confidence. Cross-border mergers and
        acquisitions recovered slightly from a low base. Sectoral trends diverged sharply:
        investment in semiconductors and artificial intelligence infrastructure rose, while
        projects in renewable energy, agrifood systems and water and sanitation declined,
        widening the investment gap for the Sustainable Development Goals.</p>"""
    )
    sectors = _w(
        """<h2>Sector trends</h2><p>The digital economy was the main bright spot. Announced
        greenfield investment in semiconductors nearly doubled, driven by new fabrication plants
        in the United States, Europe and Asia, and data centre projects announced worldwide
        rose in value by more than a third. By contrast, international investment in renewable
        energy fell for the first time in a decade, as higher interest rates raised the cost of
        capital-intensive projects. Investment in energy transition minerals continued to grow,
        particularly in Latin America and Africa, but remains exposed to volatile prices.</p>
        <p>In manufacturing, investment in global value chain-intensive industries such as
        electronics, automotive and machinery was relatively stable, with a shift towards
        locations closer to end markets. Investment in the automotive sector shifted towards
        electric vehicles and batteries, concentrated in a few countries. Services investment,
        including finance and business services, declined.</p><h2>SDG investment</h2><p>
        International investment in sectors relevant to the Sustainable Development Goals in
        developing economies fell 10 per cent in 2024. Infrastructure, energy, water and
        sanitation, agrifood systems, health and education all saw declines in the number of
        projects. The shortfall is most acute in the least developed countries, where a few
        large projects account for most of the value. Development finance institutions and
        blended finance continue to play an important role, but their scale remains far below
        what is needed.</p><h2>Top host economies</h2><p>The United States remained the
        largest recipient of FDI, followed by Singapore, Hong Kong (China), China and Brazil.
        Several European economies that had been among the largest recipients in earlier years
        recorded very low or negative inflows because of divestments and the restructuring of
        multinational groups. Among developing economies, ASEAN members such as Viet Nam,
        Indonesia and Malaysia received record inflows in manufacturing, while Gulf economies
        attracted large projects in renewable energy, green hydrogen and logistics. Outward
        investment from developed economies fell, with multinationals in Europe and Japan
        investing less abroad than in previous years, while outflows from developing Asia were
        broadly stable.</p><h2>Cross-border mergers and acquisitions</h2><p>The value of
        cross-border mergers and acquisitions rose slightly in 2024 from the previous year's
        low, but deal numbers fell. Large acquisitions in the technology and energy sectors
        accounted for much of the value, while private equity activity remained subdued
        because of high borrowing costs. Acquisitions by multinationals from developing
        economies were concentrated in Asia and the Gulf.</p><h2>International project
        finance</h2><p>International project finance deals, which are typically used for large
        infrastructure and energy projects, fell sharply in number and value. Renewable energy
        projects, which account for the largest share of such deals, were particularly
        affected by higher interest rates. Deals in transport infrastructure and
        telecommunications also declined. In developing economies, the decline was partly
        offset by a small number of very large projects backed by development finance
        institutions.</p><h2>Greenfield investment by sector</h2><p>Greenfield project
        announcements were dominated by a small number of industries. Semiconductors and
        electronic components led, followed by energy and gas supply, information and
        communication, and automotive. The number of announced projects in textiles, food and
        beverages and other labour-intensive industries fell, reducing opportunities for the
        least developed economies to integrate into global value chains.</p><h2>Energy
        transition investment</h2><p>International investment in the energy transition slowed
        in 2024 after several years of strong growth. Projects in battery manufacturing and
        critical minerals processing continued to be announced, particularly in North America,
        Europe and Southeast Asia, but international investment in renewable power generation
        declined. The gap between advanced economies and developing economies in clean energy
        investment widened, as financing costs in developing countries remained far higher.
        </p><h2>Special economic zones</h2><p>Special economic zones continue to be widely used
        to attract investment. Newer zones increasingly focus on high-technology industries,
        logistics and services, and on sustainability standards such as renewable power supply
        and circular production. Evidence suggests that zones succeed when they are well
        connected to infrastructure and linked to the wider domestic economy.</p><h2>Capital
        markets and sustainable finance</h2><p>The market for sustainable bonds and
        sustainability-linked instruments continued to grow, although more slowly than in
        previous years. Sustainability-themed investment funds faced net outflows in some
        markets as investors reassessed performance and regulatory requirements. Stock
        exchanges in developing economies are expanding disclosure requirements on climate and
        social issues to attract international investors.</p><h2>Global value chains</h2><p>
        Multinational enterprises continue to reconfigure their supply chains in response to
        geopolitical risk, industrial policy and rising trade costs. Strategies include
        diversifying suppliers, building additional production capacity in neighbouring or
        allied countries and holding more inventory. These shifts are gradual: most investment
        still follows market size, costs and skills. For developing economies, the
        reconfiguration creates opportunities in manufacturing segments such as electronics
        assembly, components and batteries, but the benefits are concentrated in a relatively
        small number of countries with adequate infrastructure and skills.</p><h2>International
        tax</h2><p>The global minimum tax on large multinational enterprises is now in effect in
        many jurisdictions. It reduces the value of tax incentives for investors and is
        prompting governments to reconsider their incentive packages, shifting towards
        expenditure-based incentives, such as support for research and training, rather than
        tax holidays. Investment promotion agencies report that investors increasingly focus on
        infrastructure, skills and regulatory predictability.</p><h2>Conduit flows</h2><p>A large
        part of measured FDI passes through entities with little or no real economic activity,
        located in a few economies, before reaching its final destination. These flows can swing
        widely from year to year as multinationals restructure, repay intra-company loans or
        repatriate earnings, and they can mask underlying trends. For this reason, the report
        also presents figures that exclude the main conduit economies and places greater weight
        on indicators of investment in the real economy, such as greenfield announcements and
        international project finance deals.</p><h2>Investment in the least developed
        countries</h2><p>Investment in the least developed countries remains highly concentrated:
        a few economies with large extractive or infrastructure projects account for most
        inflows, while many others receive very little. Greenfield projects in manufacturing
        remain scarce, and international project finance for infrastructure has declined.
        Improving the investment climate, strengthening regional integration and using blended
        finance to share risks are essential for attracting investment in productive capacity
        and sustainable development.</p><h2>Investment policy</h2><p>Countries continued to
        adopt measures
        to promote and facilitate investment, particularly in developing economies, through
        incentives, special economic zones and streamlined procedures. At the same time, the
        number of screening regimes for foreign investment on national security grounds kept
        rising in developed economies, and more transactions were blocked or withdrawn.
        Industrial policies offering large subsidies for strategic industries are reshaping
        location decisions. The reform of international investment agreements continues, with
        more old-generation treaties terminated than new ones signed.</p><h2>Digital economy
        and development</h2><p>This year's thematic chapter examines how the digital economy is
        changing the nature of international investment. Digital multinationals can reach
        foreign markets with little physical presence, which reduces their footprint in host
        economies. For developing countries, attracting investment in digital infrastructure,
        such as data centres, submarine cables and cloud services, can support the growth of
        local digital firms, but requires reliable electricity, skills and a clear regulatory
        framework. The report proposes a package of policy measures, including investment
        facilitation for digital projects, support for local suppliers and international
        co-operation on data governance.</p><h2>Outlook</h2><p>The outlook for 2025 is
        negative. Early indicators for the first months of the year point to weakness in both
        greenfield announcements and international project finance, as trade tensions and
        policy uncertainty weigh on investment decisions. Modest growth may be possible if
        financing conditions ease, but the risks are on the downside. Escalating trade
        restrictions could lead multinationals to postpone projects, and volatile financial
        flows through conduit economies may again distort the headline figures. Investment in
        sectors relevant to the Sustainable Development Goals is likely to remain weak unless
        international co-operation on finance improves, including through multilateral
        development banks and new instruments to reduce currency and political risk for
        investors in the poorest countries.</p><h2>Notes</h2><p>FDI
        flows are measured on a directional basis. Regional groupings follow UNCTAD
        classifications. Figures for 2024 are preliminary and subject to revision; earlier
        years may differ from previous editions because of revised national data.</p><h2>
        Digital investment in detail</h2><p>Investment in digital infrastructure has become one
        of the fastest-growing categories of international investment. Data centre projects are
        being announced in new locations, including in Latin America, the Middle East and
        Africa, as cloud providers seek to serve local markets and comply with data localisation
        rules. Submarine cable projects, often backed by large technology firms, are connecting
        regions that previously relied on a few routes. Investment in semiconductor fabrication
        is concentrated in a small number of advanced economies and in parts of Asia, supported
        by generous subsidies. By contrast, investment by digital platforms in their host
        economies is often small relative to their revenues, because services can be delivered
        remotely. Developing countries face the challenge of ensuring that digital investment
        brings local benefits, such as jobs, skills and affordable connectivity, while managing
        the large demand for electricity and water that data centres create.</p><h2>Glossary
        </h2><p>Foreign direct investment: investment by a resident enterprise in one economy in
        an enterprise resident in another economy, with the objective of a lasting interest,
        conventionally at least 10 per cent of the voting power. Greenfield investment: a new
        project in which a foreign investor builds new facilities. Cross-border merger or
        acquisition: the purchase of an existing enterprise by a foreign investor. International
        project finance: the financing of a large project through a project company, with
        repayment from the project's cash flows and with foreign participation. Conduit economy:
        an economy through which substantial investment passes to other destinations. Developing
        Asia: East, South-East, South and West Asia excluding developed economies.</p>"""
    )
    body = (
        "<nav><a href='/'>UNCTAD</a> <a href='/topic/investment'>Investment</a> <a href='/"
        "publications'>Publications</a></nav><main><h1>World Investment Report 2025: "
        "International investment in the digital economy</h1><h2>Key messages</h2>"
        + text
        + "<h2>Regional trends</h2>"
        + regions
        + sectors
        + "</main>"
    )
    return _html("World Investment Report 2025 | UNCTAD", body)


def _long_pages() -> list[Blind20Case]:
    kind = "long page"
    out: list[Blind20Case] = []

    oecd = _oecd_long()
    name = "oecd-canada-growth-tariffs"
    out.append(
        _case(
            name,
            kind,
            41,
            False,
            _story(
                name,
                "OECD sees sluggish Canadian growth as tariffs bite",
                [
                    """The OECD expects Canada's economy to grow 1.0% this year and 1.1% in
                    2026, with the unemployment rate peaking at 7.1%, <<according to its
                    Economic Outlook>>.""",
                    """Trade-exposed industries in Ontario and Quebec are expected to be hit
                    hardest.""",
                ],
                style="site",
                byline="Claire Tremblay",
                when="3 June 2025",
                dateline="OTTAWA",
                related=(
                    ("loonie-slips", "Loonie slips as oil falls"),
                    ("boc-holds-rates", "Bank of Canada holds rates"),
                ),
            ),
            oecd,
        )
    )
    name = "canada-inflation-oecd-outlook"
    out.append(
        _case(
            name,
            kind,
            41,
            True,
            _story(
                name,
                "OECD: Canadian growth to slow, prices to rise",
                [
                    """The OECD expects Canada's economy to grow 1.0% this year, with inflation
                    averaging 2.7%, <<the Paris-based organisation said>>.""",
                    "The Bank of Canada meets again next week.",
                ],
                style="divs",
                when="3 June 2025",
            ),
            oecd,
        )
    )

    iea = _iea_long()
    name = "renewables-4600-gw-solar-share"
    out.append(
        _case(
            name,
            kind,
            42,
            False,
            _story(
                name,
                "Solar to dominate renewables boom, IEA says",
                [
                    """The world will add almost 4,600 gigawatts of renewable power capacity
                    between 2025 and 2030, about 80% of it solar PV, <<the International
                    Energy Agency said>>.""",
                    """Grid bottlenecks and high financing costs in poorer countries are the
                    main obstacles, the agency added.""",
                ],
                style="feature",
                byline="Ingrid Solberg",
                when="7 October 2025",
                caption="A solar farm in Gujarat, India. Photo: Staff",
                pull="“Solar is the cheapest option in most countries,” the agency said.",
            ),
            iea,
        )
    )
    name = "china-share-renewable-additions"
    out.append(
        _case(
            name,
            kind,
            42,
            True,
            _story(
                name,
                "China to build most of the world's new renewables",
                [
                    """China will account for about 80% of the almost 4,600 GW of renewable
                    capacity the world adds between 2025 and 2030, <<according to the IEA's
                    Renewables 2025 report>>.""",
                    "India is set to become the second-largest growth market.",
                ],
                style="site",
                byline="Ingrid Solberg",
                when="7 October 2025",
            ),
            iea,
        )
    )

    unicef = _unicef_long()
    name = "stunting-150-million-unicef"
    out.append(
        _case(
            name,
            kind,
            43,
            False,
            _story(
                name,
                "150 million children stunted, UNICEF says",
                [
                    """Some 150 million children under five — 22.3% — were stunted in 2024,
                    down from 26.3% in 2012, <<UNICEF said>>.""",
                    "Aid cuts threaten supplies of therapeutic food, the agency warned.",
                ],
                style="divs",
                byline="Amina Yusuf",
                when="24 July 2025",
            ),
            unicef,
        )
    )
    name = "child-stunting-falls-since-2012"
    out.append(
        _case(
            name,
            kind,
            43,
            True,
            _story(
                name,
                "Child stunting falls, but too slowly",
                [
                    """Stunting has fallen to 22.3% of children under five from 28.3% in
                    2012, <<the latest joint malnutrition estimates>> show.""",
                    "Only a third of countries are on track to meet the 2030 target.",
                ],
                style="plain",
                when="24 July 2025",
            ),
            unicef,
        )
    )

    unctad = _unctad_long()
    name = "fdi-africa-jumps-75-percent"
    out.append(
        _case(
            name,
            kind,
            44,
            False,
            _story(
                name,
                "FDI into Africa jumps on Egyptian megaproject",
                [
                    """Foreign direct investment flows to Africa jumped 75% to $97 billion in
                    2024, while those to developing Asia slipped 3%, <<UNCTAD's World
                    Investment Report>> shows.""",
                    "Excluding one Egyptian project, the increase was far smaller.",
                ],
                style="site",
                byline="Samuel Mensah",
                when="19 June 2025",
                related=(("egypt-ras-el-hekma", "Egypt's Ras El-Hekma deal explained"),),
            ),
            unctad,
        )
    )
    name = "fdi-developing-asia-edges-up"
    out.append(
        _case(
            name,
            kind,
            44,
            True,
            _story(
                name,
                "Asia and Africa buck the FDI slump",
                [
                    """FDI flows to developing Asia edged up 3% to $605 billion in 2024, while
                    Africa's jumped 75%, <<according to UNCTAD>>.""",
                    "Global flows fell for a second year.",
                ],
                style="wire",
                dateline="GENEVA, June 19",
                byline="Reporting by Olivia Le Poidevin",
            ),
            unctad,
        )
    )
    return out


# ---------------------------------------------------------------------------------------------
# Notation: "USD 4,788.6 M", "4¾ percent", "per 1000", decimal commas
# ---------------------------------------------------------------------------------------------


def _unhcr_funding() -> Source:
    kpis = (
        ("Total funding requirements 2025", "US$ 10.25 billion"),
        ("Funds available", "USD 4,788.6 M"),
        ("Percentage funded", "47%"),
        ("Funding gap", "USD 5,461.4 M"),
    )
    panel = "".join(
        f"<div class='kpi'><span class='label'>{label}</span>"
        f"<span class='value'>{value}</span></div>"
        for label, value in kpis
    )
    donors = (
        ("United States of America", "1,112.4"),
        ("European Union", "432.8"),
        ("Germany", "401.7"),
        ("Japan", "134.2"),
        ("Private donors", "398.5"),
    )
    table = "".join(f"<tr><td>{d}</td><td>{v}</td></tr>" for d, v in donors)
    return _html(
        "Funding update 2025 | Global Focus",
        "<header><a href='/'>UNHCR Global Focus</a> <a href='/operations'>Operations</a> "
        "<a href='/funding'>Funding</a></header><main><h1>Funding update</h1><p>As of 30 "
        "September 2025</p>" + panel + "<h2>Top contributors (USD millions)</h2><table>"
        "<tr><th>Donor</th><th>Contributions</th></tr>" + table + "</table><p>Figures are "
        "provisional and subject to change.</p></main>",
    )


def _kenya_article_iv() -> Source:
    paras = [
        """Nairobi, October 8, 2025: An International Monetary Fund (IMF) staff team led by Mr.
        Haimanot Teferra visited Nairobi from September 24 to October 8, 2025 to hold discussions
        on the 2025 Article IV consultation. At the conclusion of the visit, Mr. Teferra issued
        the following statement:""",
        """“Kenya's economy has shown resilience in the face of significant headwinds. Real GDP
        growth is projected at 4¾ percent in 2025, supported by a recovery in agriculture and
        robust services, and is expected to remain broadly stable in 2026. Inflation is expected
        to remain close to 5 percent, the midpoint of the Central Bank of Kenya's target range.""",
        """“Public debt, at an estimated 68½ percent of GDP at end-June 2025, remains elevated and
        debt service absorbs a large share of revenue. The fiscal deficit is projected at 4.9
        percent of GDP in FY2025/26. A credible, revenue-based consolidation path is needed to
        reduce debt vulnerabilities while protecting social spending.""",
        """“The team thanks the authorities and other stakeholders for constructive
        discussions.”""",
    ]
    body = "".join(f"<p>{_w(p)}</p>" for p in paras)
    return _html(
        "Kenya: Staff Concluding Statement of the 2025 Article IV Mission",
        "<nav><a href='/'>IMF</a> &gt; <a href='/news'>News</a> &gt; Mission Concluding "
        "Statements</nav><main><h1>Kenya: Staff Concluding Statement of the 2025 Article IV "
        "Mission</h1><p class='date'>October 8, 2025</p>" + body + "<p><i>A Concluding "
        "Statement describes the preliminary findings of IMF staff at the end of an official "
        "staff visit (or 'mission').</i></p></main>",
    )


def _malaria_pdf() -> bytes:
    rows = [
        (
            "Year",
            "Cases (millions)",
            "Incidence per 1000 at risk",
            "Deaths",
            "Mortality per 100 000 at risk",
        ),
        ("2000", "243", "81.8", "864 000", "29.1"),
        ("2015", "224", "61.4", "578 000", "15.8"),
        ("2020", "250", "62.1", "624 000", "15.5"),
        ("2022", "252", "59.7", "594 000", "14.1"),
        ("2023", "258", "58.9", "591 000", "13.6"),
    ]
    return _pdf(
        "World Malaria Report 2024",
        ["World Malaria Report 2024", "Addressing inequity in the global malaria response", "WHO"],
        [
            """The fight against malaria stands at a crossroads. Despite the roll-out of new
            vaccines and the expansion of next-generation nets, progress has stalled, and
            funding falls far short of what is needed.""",
            "Dr Tedros Adhanom Ghebreyesus, WHO Director-General",
        ],
        [
            """There were an estimated 258 million malaria cases and 591 000 malaria deaths in 83
            countries in 2023.""",
            """Case incidence was 58.9 cases per 1000 population at risk, and the mortality rate
            was 13.6 per 100 000 population at risk.""",
            """Since 2000, an estimated 2.2 billion cases and 12.7 million deaths have been
            averted globally.""",
        ],
        [
            (
                "1. Trends in the malaria burden",
                [
                    """Case incidence has fallen since 2000 but has stagnated in recent years,
                    and the number of cases increased in 2023 as population at risk grew.""",
                    """Most of the burden remains concentrated in the WHO African Region, where
                    children under 5 account for about three quarters of malaria deaths.""",
                ],
            ),
            (
                "2. Funding",
                [
                    """Total funding for malaria control and elimination fell short of the
                    global strategy's estimated requirement by a wide margin.""",
                ],
            ),
        ],
        [
            (
                "Table 1.1 Estimated malaria cases and deaths, 2000-2023",
                (25, 35, 45, 35, 50),
                rows,
                ["Source: WHO estimates."],
            )
        ],
    )


_OECD_FR = (
    "Perspectives économiques de l'OCDE, juin 2025 : la croissance mondiale devrait ralentir",
    [
        """Paris, le 3 juin 2025 – La croissance du PIB mondial devrait ralentir, passant de 3,2 %
        en 2024 à 2,8 % en 2025, avant de remonter légèrement à 2,9 % en 2026, selon les
        dernières Perspectives économiques de l'OCDE.""",
        """Aux États-Unis, la croissance devrait s'établir à 1,6 % en 2025 et 1,5 % en 2026. Dans
        la zone euro, elle devrait atteindre 0,9 % en 2025 et 1,1 % en 2026. En Chine, la
        croissance devrait ralentir à 4,6 % en 2025 et 4,2 % en 2026.""",
        """L'inflation globale dans les économies du G20 devrait revenir de 6,2 % en 2024 à 3,6 %
        en 2025 et 3,2 % en 2026.""",
    ],
)


def _notation() -> list[Blind20Case]:
    kind = "notation"
    out: list[Blind20Case] = []

    funding = _unhcr_funding()
    name = "unhcr-funding-september-47-percent"
    out.append(
        _case(
            name,
            kind,
            51,
            False,
            _story(
                name,
                "UNHCR less than half funded",
                [
                    """UNHCR had received $4.79bn by the end of September, or 47% of the
                    $10.25bn it needs this year, <<its latest funding update>> shows.""",
                    "The agency has already cut staff in several operations.",
                ],
                style="site",
                byline="Leila Haddad",
                when="7 October 2025",
            ),
            funding,
        )
    )
    name = "refugee-agency-funding-shortfall"
    out.append(
        _case(
            name,
            kind,
            51,
            True,
            _story(
                name,
                "Refugee agency's funding shortfall deepens",
                [
                    """The UN refugee agency had received just €4.8bn by the end of September,
                    less than half of what it needs, <<the agency said>>.""",
                    "Food rations in several camps have been halved.",
                ],
                style="divs",
                when="7 October 2025",
                caption="A distribution point at a camp near Adré, Chad.",
            ),
            funding,
        )
    )

    kenya = _kenya_article_iv()
    name = "imf-staff-kenya-growth-debt"
    out.append(
        _case(
            name,
            kind,
            52,
            False,
            _story(
                name,
                "IMF upbeat on Kenyan growth, wary of debt",
                [
                    """IMF staff expect Kenya's economy to grow 4.75% this year, <<the fund
                    said>> at the end of a visit to Nairobi, with public debt at 68.5% of
                    GDP.""",
                    "Talks on a new lending programme are expected to continue.",
                ],
                style="site",
                byline="Wanjiru Kamau",
                when="8 October 2025",
                dateline="NAIROBI",
                related=(("shilling-steady", "Shilling steady against the dollar"),),
            ),
            kenya,
        )
    )
    name = "kenya-article-iv-mission-statement"
    out.append(
        _case(
            name,
            kind,
            52,
            True,
            _story(
                name,
                "IMF sees Kenyan growth at 4.25%",
                [
                    """IMF staff expect Kenya's economy to grow 4.25% this year, with public
                    debt at 68.5% of GDP, <<according to the mission's statement>>.""",
                    "The Treasury welcomed the assessment.",
                ],
                style="plain",
                when="8 October 2025",
            ),
            kenya,
        )
    )

    malaria = Source("application/pdf", _malaria_pdf())
    name = "malaria-cases-deaths-who-report"
    out.append(
        _case(
            name,
            kind,
            53,
            False,
            _story(
                name,
                "Malaria progress stalls",
                [
                    """There were an estimated 258 million malaria cases and 591,000 deaths in
                    2023, <<the WHO's World Malaria Report>> says.""",
                    "Resistance to the main drugs is spreading in East Africa.",
                ],
                style="feature",
                byline="Ana Costa",
                when="11 December 2024",
                caption="Bed nets drying in the sun in Kisumu, Kenya.",
            ),
            malaria,
        )
    )
    name = "malaria-incidence-who"
    out.append(
        _case(
            name,
            kind,
            53,
            True,
            _story(
                name,
                "Malaria incidence flat, WHO says",
                [
                    """Malaria incidence stood at 58.9 cases per 100,000 people at risk in 2023,
                    <<according to WHO>>, with 258 million cases in all.""",
                    "New vaccines are being rolled out in more than a dozen countries.",
                ],
                style="site",
                byline="Ana Costa",
                when="11 December 2024",
            ),
            malaria,
        )
    )

    fr = _release("OCDE", _OECD_FR[0], _OECD_FR[1])
    name = "oecd-euro-area-growth-paris"
    out.append(
        _case(
            name,
            kind,
            54,
            False,
            _story(
                name,
                "OECD sees euro area growth below 1% this year",
                [
                    """The OECD expects the euro area to grow 0.9% this year and 1.1% in 2026,
                    and the world economy 2.8% this year, <<the Paris-based organisation
                    said>>.""",
                    "It urged governments to avoid further trade restrictions.",
                ],
                style="wire",
                dateline="PARIS, June 3",
                byline="Reporting by Leigh Thomas",
            ),
            fr,
        )
    )
    name = "oecd-outlook-euro-china-growth"
    out.append(
        _case(
            name,
            kind,
            54,
            True,
            _story(
                name,
                "OECD trims euro area and China forecasts",
                [
                    """The OECD expects the euro area to grow 0.9% this year and 1.1% in 2026,
                    and China 4.2% this year, <<its Economic Outlook>> shows.""",
                    "Exporters in Germany and Italy are seen as most exposed.",
                ],
                style="divs",
                when="3 June 2025",
            ),
            fr,
        )
    )
    return out


# ---------------------------------------------------------------------------------------------
# Rounding
# ---------------------------------------------------------------------------------------------


def _who_rss() -> Source:
    items = (
        (
            "Global childhood vaccination coverage holds steady, yet over 14 million children "
            "still miss out",
            "Tue, 15 Jul 2025 08:00:00 GMT",
            "In 2024, 85% of infants worldwide received three doses of the diphtheria, tetanus "
            "and pertussis (DTP) vaccine. However, 14.2 million children did not receive even "
            "the first dose of DTP (“zero-dose children”), 0.3 million fewer than in 2023 but "
            "1.3 million more than in 2019, when the number stood at 12.9 million.",
        ),
        (
            "Cholera cases rise for a third year",
            "Fri, 11 Jul 2025 10:00:00 GMT",
            "Thirty-one countries reported cholera outbreaks in 2024, and reported deaths rose "
            "by more than a third compared with 2023.",
        ),
        (
            "WHO prequalifies a second mpox diagnostic test",
            "Wed, 09 Jul 2025 14:30:00 GMT",
            "The test, which can be used at the point of care, will help countries expand "
            "testing in outbreak areas.",
        ),
    )
    body = "".join(
        f"<item><title>{t}</title><link>https://www.who.int/news/item/{i}</link>"
        f"<guid isPermaLink='false'>who-news-{i}</guid><pubDate>{d}</pubDate>"
        f"<description>{x}</description></item>"
        for i, (t, d, x) in enumerate(items)
    )
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>WHO | News '
        "releases</title><link>https://www.who.int/news</link><description>Latest news "
        "releases from the World Health Organization</description><language>en</language>"
        + body
        + "</channel></rss>"
    )
    return Source("application/rss+xml; charset=utf-8", rss.encode("utf-8"))


def _sofi_pdf() -> bytes:
    rows = [
        ("", "2005", "2015", "2019", "2022", "2023", "2024*"),
        ("WORLD", "12.0", "7.8", "7.7", "8.7", "8.5", "8.2"),
        ("AFRICA", "17.8", "15.6", "16.7", "19.7", "20.0", "20.2"),
        ("ASIA", "13.2", "7.5", "6.8", "7.6", "7.2", "6.7"),
        ("LATIN AMERICA AND THE CARIBBEAN", "8.9", "5.6", "5.8", "6.5", "6.1", "5.1"),
        ("OCEANIA", "6.7", "6.1", "6.4", "7.0", "7.1", "7.3"),
        ("NORTHERN AMERICA AND EUROPE", "<2.5", "<2.5", "<2.5", "<2.5", "<2.5", "<2.5"),
    ]
    return _pdf(
        "The State of Food Security and Nutrition in the World 2025",
        [
            "The State of Food Security and Nutrition in the World 2025",
            "FAO, IFAD, UNICEF, WFP and WHO",
            "Rome, 2025",
        ],
        [
            """This year's report brings a glimmer of hope: global hunger declined for a second
            year. Yet progress is uneven, and hunger continues to rise in most subregions of
            Africa.""",
            "The heads of FAO, IFAD, UNICEF, WFP and WHO",
        ],
        [
            """Between 638 and 720 million people in the world faced hunger in 2024. Considering
            the mid-range of the projected range (about 673 million), hunger affected 8.2
            percent of the world population, down from 8.5 percent in 2023.""",
            """Around 2.3 billion people were moderately or severely food insecure in 2024.""",
            """The prevalence of undernourishment in Africa rose to 20.2 percent, affecting
            307 million people.""",
        ],
        [
            (
                "Chapter 2. Food security and nutrition around the world",
                [
                    """The decline in global hunger reflects improvements in Southern Asia and
                    South-eastern Asia and in South America. In Western Asia and in most
                    subregions of Africa, hunger continued to rise.""",
                    """Projections suggest that 512 million people may be chronically
                    undernourished in 2030, nearly 60 percent of them in Africa.""",
                ],
            ),
            (
                "Chapter 3. Food price inflation",
                [
                    """Food price inflation, which surged after 2020, eroded the purchasing power
                    of low-income households, particularly in low-income countries.""",
                ],
            ),
        ],
        [
            (
                "Table 1 Prevalence of undernourishment (PoU) in the world, 2005-2024 (percent)",
                (62, 20, 20, 20, 20, 20, 20),
                rows,
                ["* Projected values based on the middle of the projected range."],
            )
        ],
        tables_first=True,
    )


_WB_NOWCAST = """\
WORLD BANK GROUP -- POVERTY AND INEQUALITY PLATFORM
Global poverty nowcast, June 2025 update
================================================================

International poverty line: $3.00 per person per day (2021 PPP)

  Global extreme poverty rate, 2025 (nowcast) ............ 10.3%
  People in extreme poverty, 2025 (nowcast) .............. 831 million
    of whom in Sub-Saharan Africa ........................ 558 million
  Global extreme poverty rate, 2019 ...................... 11.2%
  Projected rate, 2030 (current trends) .................. 9.4%

Upper-middle-income poverty line: $8.30 per person per day

  Share of world population below $8.30, 2025 ............ 45.8%

Notes: nowcasts combine household survey data with GDP growth projections.
Figures for 2025 are projections and will be revised as new survey data arrive.
"""


def _gevo() -> Source:
    body = (
        "<nav><a href='/'>IEA</a> <a href='/reports'>Reports</a> <a href='/reports/global-ev-"
        "outlook-2025'>Global EV Outlook 2025</a></nav><main><h1>Trends in electric car markets"
        "</h1><p>Electric car sales exceeded 17 million globally in 2024, reaching a sales share "
        "of more than 20%. Sales in China rose by almost 40% to more than 11 million, while the "
        "European market was stable and the United States grew by around 10%.</p><figure><img "
        "src='/assets/ev-sales-2014-2024.png' alt='Global electric car sales, 2014-2024'>"
        "<figcaption>"
        "Figure 1.1 Global electric car sales, 2014-2024. Sales reached 17.3 million in 2024, "
        "22% of all cars sold. China accounted for 65% of electric car sales.</figcaption></figure>"
        "<p>In emerging markets outside China, electric car sales grew by over 60%, led by "
        "Brazil, Viet Nam, Thailand and India.</p><figure><img src='/assets/ev-stock.png' "
        "alt=''><figcaption>Figure 1.2 Global electric car stock, 2014-2024. The stock reached "
        "almost 58 million cars.</figcaption></figure></main>"
    )
    return _html("Global EV Outlook 2025 – Trends in electric car markets – IEA", body)


def _rounding() -> list[Blind20Case]:
    kind = "rounding"
    out: list[Blind20Case] = []

    rss = _who_rss()
    name = "children-no-vaccine-last-year"
    out.append(
        _case(
            name,
            kind,
            61,
            False,
            _story(
                name,
                "Millions of children still miss out on vaccines",
                [
                    """More than 14 million children got no vaccine at all last year, <<the
                    World Health Organization said>>, barely fewer than the year before.""",
                    "Conflict zones account for a large share of them.",
                ],
                style="site",
                byline="Priya Natarajan",
                when="15 July 2025",
            ),
            rss,
        )
    )
    name = "zero-dose-children-who-feed"
    out.append(
        _case(
            name,
            kind,
            61,
            True,
            _story(
                name,
                "Zero-dose children: the ones vaccines never reach",
                [
                    """Some 15 million children got no vaccine at all last year, <<WHO
                    said>>.""",
                    """Many live in remote or conflict-affected areas where health workers
                    cannot reach them.""",
                ],
                style="divs",
                when="15 July 2025",
                pull="“Every child deserves protection,” a UNICEF official said.",
            ),
            rss,
        )
    )

    sofi = Source("application/pdf", _sofi_pdf())
    name = "hunger-670-million-sofi"
    out.append(
        _case(
            name,
            kind,
            62,
            False,
            _story(
                name,
                "World hunger eases for a second year",
                [
                    """About 670 million people, or roughly 8% of the world's population, faced
                    hunger last year, <<the UN's annual food security report>> says.""",
                    "Hunger continued to rise in most of Africa.",
                ],
                style="feature",
                byline="Giulia Conti",
                when="28 July 2025",
                caption="A market in Addis Ababa, Ethiopia.",
            ),
            sofi,
        )
    )
    name = "hunger-share-world-population-fao"
    out.append(
        _case(
            name,
            kind,
            62,
            True,
            _story(
                name,
                "Nearly one in ten people went hungry last year",
                [
                    """About 670 million people, nearly 10% of the world's population, faced
                    hunger last year, <<according to FAO and its partners>>.""",
                    "The agencies called for more investment in rural areas.",
                ],
                style="plain",
                when="28 July 2025",
            ),
            sofi,
        )
    )

    nowcast = _text(_WB_NOWCAST)
    name = "extreme-poverty-830-million"
    out.append(
        _case(
            name,
            kind,
            63,
            False,
            _story(
                name,
                "830 million in extreme poverty, World Bank estimates",
                [
                    """About 830 million people — just over 10% of the world's population — live
                    in extreme poverty, <<the World Bank estimates>>.""",
                    "Most of them are in sub-Saharan Africa.",
                ],
                style="site",
                byline="Chidi Okafor",
                when="5 June 2025",
            ),
            nowcast,
        )
    )
    name = "nearly-900-million-extreme-poverty"
    out.append(
        _case(
            name,
            kind,
            63,
            True,
            _story(
                name,
                "Extreme poverty still traps millions",
                [
                    """Nearly 900 million people, just over 10% of the world's population, live
                    in extreme poverty, <<World Bank figures show>>.""",
                    "Progress has slowed sharply since the pandemic.",
                ],
                style="wire",
                dateline="WASHINGTON, June 5",
                byline="Reporting by Andrea Shalal",
            ),
            nowcast,
        )
    )

    gevo = _gevo()
    name = "ev-sales-17-million-fifth"
    out.append(
        _case(
            name,
            kind,
            64,
            False,
            _story(
                name,
                "One in five new cars sold is now electric",
                [
                    """More than 17 million electric cars were sold worldwide last year, over a
                    fifth of all new cars, <<the International Energy Agency said>>.""",
                    "China remains by far the largest market.",
                ],
                style="divs",
                byline="Sanjay Mehta",
                when="14 May 2025",
                related=(("lithium-prices-slump", "Lithium prices slump"),),
            ),
            gevo,
        )
    )
    name = "electric-cars-quarter-new-sales"
    out.append(
        _case(
            name,
            kind,
            64,
            True,
            _story(
                name,
                "Electric cars take a quarter of the market",
                [
                    """Electric cars made up a quarter of all new cars sold worldwide last year
                    — more than 17 million vehicles — <<according to the IEA's Global EV
                    Outlook>>.""",
                    "Carmakers in Europe are cutting prices to compete.",
                ],
                style="site",
                byline="Sanjay Mehta",
                when="14 May 2025",
            ),
            gevo,
        )
    )
    return out


# ---------------------------------------------------------------------------------------------
# Another subject: the figure is the source's, but for another region, group or product
# ---------------------------------------------------------------------------------------------


def _malaria_regions() -> Source:
    rows = [
        ("African Region", "242 100", "93.8", "562 300", "95.1"),
        ("Region of the Americas", "540", "0.2", "480", "0.1"),
        ("Eastern Mediterranean Region", "9 850", "3.8", "16 900", "2.9"),
        ("South-East Asia Region", "4 000", "1.6", "8 200", "1.4"),
        ("Western Pacific Region", "1 510", "0.6", "3 320", "0.6"),
        ("European Region", "–", "–", "–", "–"),
        ("World", "258 000", "100", "591 200", "100"),
    ]
    table = (
        "<table><caption>Estimated malaria cases and deaths by WHO region, 2023</caption><tr>"
        "<th>WHO region</th><th>Cases (000s)</th><th>% of global cases</th><th>Deaths</th><th>"
        "% of global deaths</th></tr>" + _rows(rows, bold=("World",)) + "</table><p>– : no "
        "indigenous cases. Source: World Malaria Report 2024, Annex 4.</p>"
    )
    return _html("Malaria cases and deaths by region | WHO Global Health Observatory", table)


def _ilo_dl() -> Source:
    items = (
        ("Youth unemployment rate (15–24)", "12.6%"),
        ("Youth unemployment rate, young women", "12.9%"),
        ("Youth unemployment rate, young men", "12.4%"),
        ("Share of youth not in employment, education or training (NEET)", "20.4%"),
        ("NEET rate, young women", "28.2%"),
        ("NEET rate, young men", "13.1%"),
        ("Youth NEET, number", "259 million"),
    )
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in items)
    return _html(
        "Youth labour market indicators, World, 2024 | ILOSTAT",
        "<header><a href='/'>ILOSTAT</a> <a href='/data'>Data</a> <a href='/topics/youth'>Youth"
        "</a></header><main><h1>Youth labour market, World, 2024</h1><dl class='indicators'>"
        + dl
        + "</dl><p>Source: ILO modelled estimates, November 2024. Youth: persons aged 15-24."
        "</p></main>",
    )


def _iea_figures() -> Source:
    body = (
        "<main><h1>Oil Market Report – June 2025: Supply</h1><figure><img src='supply-2025.png' "
        "alt='Chart'><figcaption>World oil supply is forecast to rise by 1.6 mb/d in 2025 to "
        "104.9 mb/d. Non-OPEC+ producers account for 1.4 mb/d of the gain, led by the United "
        "States, Brazil, Canada and Guyana, while OPEC+ adds 0.2 mb/d.</figcaption></figure>"
        "<figure><img src='supply-2026.png' alt='Chart'><figcaption>In 2026, supply growth "
        "slows to 1.1 mb/d, with non-OPEC+ adding 0.8 mb/d.</figcaption></figure><figure><img "
        "src='refining.png' alt='Chart'><figcaption>Global refinery throughput is forecast to "
        "average 83.4 mb/d in 2025.</figcaption></figure></main>"
    )
    return _html("Oil Market Report - June 2025 – Analysis - IEA", body)


def _wto_atom() -> Source:
    entries = (
        (
            "Services trade growth outpaces goods in 2024",
            "2025-04-16T09:00:00Z",
            "The value of world commercial services trade rose 9% to US$ 8.7 trillion in 2024, "
            "while the value of world merchandise trade rose 2% to US$ 24.4 trillion. "
            "Merchandise trade volume grew 2.9%.",
        ),
        (
            "DG welcomes new members' acceptances of fisheries subsidies agreement",
            "2025-04-10T14:00:00Z",
            "Acceptances bring the agreement close to entry into force.",
        ),
    )
    body = "".join(
        f"<entry><title>{t}</title><id>tag:wto.org,2025:news-{i}</id><updated>{u}</updated>"
        f"<link href='https://www.wto.org/english/news_e/news25_e/item{i}.htm'/>"
        f"<summary type='text'>{s}</summary></entry>"
        for i, (t, u, s) in enumerate(entries)
    )
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>WTO | News</title><id>tag:wto.org,2025:news</id><updated>2025-04-16T09:00:00Z"
        "</updated><author><name>World Trade Organization</name></author>" + body + "</feed>"
    )
    return Source("application/atom+xml", atom.encode("utf-8"))


def _other_subject() -> list[Blind20Case]:
    kind = "other subject"
    out: list[Blind20Case] = []

    mal = _malaria_regions()
    name = "africa-share-malaria-cases-deaths"
    out.append(
        _case(
            name,
            kind,
            71,
            False,
            _story(
                name,
                "Africa bears the brunt of malaria",
                [
                    """The WHO African Region accounted for 94% of malaria cases and 95% of
                    deaths in 2023, <<WHO estimates show>>.""",
                    "Children under five are the most affected.",
                ],
                style="site",
                byline="Ana Costa",
                when="25 April 2025",
                dateline="GENEVA",
            ),
            mal,
        )
    )
    name = "malaria-world-day-africa-burden"
    out.append(
        _case(
            name,
            kind,
            71,
            True,
            _story(
                name,
                "World Malaria Day: Africa's burden",
                [
                    """Africa accounted for 95% of the world's 258 million malaria cases in
                    2023, <<according to the World Health Organization>>.""",
                    "Funding for nets and drugs is falling.",
                ],
                style="plain",
                when="25 April 2025",
            ),
            mal,
        )
    )

    ilo = _ilo_dl()
    name = "young-women-neet-ilo"
    out.append(
        _case(
            name,
            kind,
            72,
            False,
            _story(
                name,
                "Young women twice as likely to be out of work and school",
                [
                    """Some 28.2% of young women worldwide were not in employment, education or
                    training in 2024, more than double the 13.1% rate for young men, <<ILO
                    data show>>.""",
                    "Care duties and early marriage are among the reasons.",
                ],
                style="divs",
                byline="Jonas Weber",
                when="12 August 2025",
            ),
            ilo,
        )
    )
    name = "one-in-five-young-women-neet"
    out.append(
        _case(
            name,
            kind,
            72,
            True,
            _story(
                name,
                "One in five young women neither work nor study",
                [
                    """One in five young women — 20.4% — were not in employment, education or
                    training in 2024, <<the International Labour Organization said>>.""",
                    "The rate for young men is much lower.",
                ],
                style="site",
                byline="Jonas Weber",
                when="12 August 2025",
            ),
            ilo,
        )
    )

    figs = _iea_figures()
    name = "non-opec-supply-growth-iea"
    out.append(
        _case(
            name,
            kind,
            73,
            False,
            _story(
                name,
                "Americas drive oil supply growth",
                [
                    """Non-OPEC+ producers will add 1.4 million barrels a day of the 1.6 mb/d
                    rise in world supply this year, <<the IEA's monthly report>> shows.""",
                    "Guyana's output keeps climbing as new fields come online.",
                ],
                style="feature",
                byline="Noor Saeed",
                when="17 June 2025",
                caption="An offshore platform off the coast of Guyana.",
            ),
            figs,
        )
    )
    name = "opec-plus-supply-iea-june"
    out.append(
        _case(
            name,
            kind,
            73,
            True,
            _story(
                name,
                "OPEC+ to pump more, IEA says",
                [
                    """OPEC+ will add 1.4 million barrels a day this year, <<the International
                    Energy Agency said>>, as world supply rises 1.6 mb/d.""",
                    "Prices have fallen since the group began unwinding cuts.",
                ],
                style="wire",
                dateline="PARIS, June 17",
                byline="Reporting by Noor Saeed",
            ),
            figs,
        )
    )

    atom = _wto_atom()
    name = "services-trade-9-percent-wto"
    out.append(
        _case(
            name,
            kind,
            74,
            False,
            _story(
                name,
                "Services trade booms",
                [
                    """The value of world services trade rose 9% to $8.7 trillion in 2024, <<the
                    WTO said>>.""",
                    "Digitally delivered services grew fastest.",
                ],
                style="site",
                byline="Hélène Dubois",
                when="16 April 2025",
            ),
            atom,
        )
    )
    name = "merchandise-trade-value-2024"
    out.append(
        _case(
            name,
            kind,
            74,
            True,
            _story(
                name,
                "Goods trade climbs to $24.4tn",
                [
                    """The value of world merchandise trade climbed 9% to $24.4 trillion in
                    2024, <<according to the World Trade Organization>>.""",
                    "Asian exporters led the increase.",
                ],
                style="divs",
                when="16 April 2025",
            ),
            atom,
        )
    )
    return out


# ---------------------------------------------------------------------------------------------
# Two periods: the figure is the source's, but for another month, year or vintage
# ---------------------------------------------------------------------------------------------


def _ffpi_monthly() -> Source:
    rows = [
        ("2024 June", "120.6", "116.9", "127.5", "115.4", "131.8", "117.1"),
        ("2025 January", "124.9", "117.4", "143.0", "111.7", "156.0", "111.2"),
        ("February", "124.8", "118.0", "148.7", "112.6", "154.6", "118.5"),
        ("March", "127.4", "118.0", "148.2", "111.5", "161.8", "114.5"),
        ("April", "128.3", "121.6", "153.5", "111.0", "158.0", "112.1"),
        ("May", "127.7", "124.6", "153.5", "109.0", "152.2", "109.4"),
        ("June*", "128.0", "126.0", "154.4", "107.4", "155.7", "103.3"),
    ]
    table = (
        "<table><caption>FAO Food Price Index (2014-2016 = 100)</caption><thead><tr><th rowspan"
        "='2'>Period</th><th rowspan='2'>Food Price Index<sup>1</sup></th><th colspan='5'>of "
        "which</th></tr><tr><th>Meat</th><th>Dairy</th><th>Cereals</th><th>Vegetable oils</th>"
        "<th>Sugar</th></tr></thead><tbody>" + _rows(rows) + "</tbody></table><p><sup>1</sup> "
        "Computed from 5 commodity group price indices weighted by average export shares of "
        "each group for 2014-2016. * Provisional. Figures for earlier months may be revised.</p>"
    )
    return _html(
        "FAO Food Price Index | World Food Situation",
        "<h1>World Food Situation</h1><p>Release date: 04/07/2025</p>" + table,
    )


def _weo_july() -> Source:
    rows = [
        ("World Output", "3.2", "2.9", "3.0", "0.1", "0.0"),
        ("United States", "2.8", "1.9", "2.0", "0.1", "0.3"),
        ("Euro Area", "0.9", "1.0", "1.2", "0.2", "0.0"),
        ("  Germany", "−0.2", "0.1", "0.9", "0.1", "0.0"),
        ("Japan", "0.1", "0.7", "0.5", "0.1", "−0.1"),
        ("United Kingdom", "1.1", "1.2", "1.4", "0.1", "0.0"),
        ("China", "5.0", "4.6", "4.1", "0.6", "0.1"),
        ("India<sup>1</sup>", "6.5", "6.4", "6.4", "0.2", "0.1"),
        ("Brazil", "3.4", "2.3", "2.1", "0.3", "0.1"),
        ("Mexico", "1.5", "0.2", "1.4", "0.5", "0.0"),
        ("Nigeria", "3.4", "3.3", "3.1", "0.3", "0.4"),
    ]
    table = (
        "<table><caption>Latest World Economic Outlook Growth Projections (real GDP, annual "
        "percent change)</caption><thead><tr><th rowspan='2'></th><th>Estimate</th><th colspan="
        "'2'>Projections</th><th colspan='2'>Difference from April 2025 WEO</th></tr><tr><th>"
        "2024</th><th>2025</th><th>2026</th><th>2025</th><th>2026</th></tr></thead><tbody>"
        + _rows(rows, bold=("World Output",))
        + "</tbody></table><p><sup>1</sup> Fiscal year basis.</p>"
    )
    return _html(
        "World Economic Outlook Update, July 2025: Global Economy: Tenuous Resilience amid "
        "Persistent Uncertainty",
        "<h1>World Economic Outlook Update, July 2025</h1><p>Global growth is projected at 2.9 "
        "percent for 2025 and 3.0 percent for 2026, an upward revision from the April 2025 "
        "World Economic Outlook.</p>" + table,
    )


def _iata_rss() -> Source:
    items = (
        (
            "Passenger demand up 8.0% in April",
            "Thu, 29 May 2025 09:00:00 +0200",
            "Total demand, measured in revenue passenger kilometers (RPK), was up 8.0% compared "
            "to April 2024. Total capacity, measured in available seat kilometers (ASK), was up "
            "7.5%. The April load factor was 83.2% (+0.4 ppt compared to April 2024). "
            "International demand rose 9.1%; domestic demand rose 6.2%.",
        ),
        (
            "Air cargo demand grows 5.8% in April",
            "Wed, 28 May 2025 09:00:00 +0200",
            "Total demand, measured in cargo tonne-kilometers (CTK), rose 5.8% compared to April "
            "2024 levels.",
        ),
        (
            "Passenger demand up 3.0% in March",
            "Wed, 30 Apr 2025 09:00:00 +0200",
            "Total demand (RPK) was up 3.0% compared to March 2024. Total capacity (ASK) was up "
            "5.2%. The March load factor was 81.5% (-1.7 ppt). International demand rose 5.0%; "
            "domestic demand rose 0.1%.",
        ),
    )
    body = "".join(
        f"<item><title>{t}</title><link>https://www.iata.org/en/pressroom/2025-releases/{i}/"
        f"</link><pubDate>{d}</pubDate><description><![CDATA[<p>{x}</p>]]></description></item>"
        for i, (t, d, x) in enumerate(items)
    )
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>IATA - Press '
        "Releases</title><link>https://www.iata.org/en/pressroom/</link><description>IATA "
        "pressroom</description>" + body + "</channel></rss>"
    )
    return Source("application/rss+xml", rss.encode("utf-8"))


def _wb_api() -> Source:
    indicator = {
        "id": "SI.POV.DDAY",
        "value": "Poverty headcount ratio at $3.00 a day (2021 PPP) (% of population)",
    }
    values = [
        ("2024", None),
        ("2023", 6.4),
        ("2022", 7.9),
        ("2021", 9.6),
        ("2020", 10.0),
        ("2019", 9.8),
    ]
    rows = [
        {
            "indicator": indicator,
            "country": {"id": "ID", "value": "Indonesia"},
            "countryiso3code": "IDN",
            "date": year,
            "value": value,
            "unit": "",
            "obs_status": "",
            "decimal": 1,
        }
        for year, value in values
    ]
    meta = {
        "page": 1,
        "pages": 1,
        "per_page": 50,
        "total": len(rows),
        "sourceid": "2",
        "lastupdated": "2025-06-10",
    }
    return _json([meta, rows], "application/json;charset=utf-8")


def _two_periods() -> list[Blind20Case]:
    kind = "two periods"
    out: list[Blind20Case] = []

    ffpi = _ffpi_monthly()
    name = "food-price-index-june-may"
    out.append(
        _case(
            name,
            kind,
            81,
            False,
            _story(
                name,
                "Food prices inch higher in June",
                [
                    """The FAO Food Price Index averaged 128.0 points in June, up from 127.7 in
                    May and 120.6 a year earlier, <<FAO data show>>.""",
                    "Meat and dairy prices rose, while sugar fell.",
                ],
                style="site",
                byline="Marta Lindqvist",
                when="4 July 2025",
            ),
            ffpi,
        )
    )
    name = "fao-index-june-meat-dairy"
    out.append(
        _case(
            name,
            kind,
            81,
            True,
            _story(
                name,
                "Meat and dairy push food index up",
                [
                    """The FAO Food Price Index averaged 128.3 points in June, up from 127.7 in
                    May, <<the agency's latest figures>> show.""",
                    "Cereal prices continued to fall.",
                ],
                style="divs",
                when="4 July 2025",
            ),
            ffpi,
        )
    )

    weo = _weo_july()
    name = "imf-raises-china-forecast-july"
    out.append(
        _case(
            name,
            kind,
            82,
            False,
            _story(
                name,
                "IMF raises China growth forecast",
                [
                    """The IMF raised its forecast for Chinese growth this year to 4.6%, 0.6
                    percentage point higher than in April, and expects 4.1% in 2026, <<its
                    World Economic Outlook update>> shows.""",
                    "A temporary truce in the tariff war helped.",
                ],
                style="feature",
                byline="Li Wei",
                when="29 July 2025",
                dateline="BEIJING",
                caption="Container cranes at the port of Ningbo-Zhoushan.",
            ),
            weo,
        )
    )
    name = "china-growth-imf-update-2026"
    out.append(
        _case(
            name,
            kind,
            82,
            True,
            _story(
                name,
                "IMF more upbeat on China",
                [
                    """The IMF raised its forecast for Chinese growth this year to 4.6% and
                    sees 5.0% in 2026, <<according to the fund>>.""",
                    "Beijing's official target is about 5%.",
                ],
                style="plain",
                when="29 July 2025",
            ),
            weo,
        )
    )

    rss = _iata_rss()
    name = "air-passenger-traffic-april-8-percent"
    out.append(
        _case(
            name,
            kind,
            83,
            False,
            _story(
                name,
                "Air travel demand jumps 8% in April",
                [
                    """Passenger traffic rose 8% in April from a year earlier, with the load
                    factor at 83.2%, <<IATA said>>.""",
                    "Easter falling in April this year flattered the comparison.",
                ],
                style="site",
                byline="Kwame Asante",
                when="29 May 2025",
            ),
            rss,
        )
    )
    name = "iata-april-international-demand"
    out.append(
        _case(
            name,
            kind,
            83,
            True,
            _story(
                name,
                "International flights lead April rebound",
                [
                    """Passenger traffic rose 8% in April, with international demand up 5%,
                    <<according to the airline association's monthly figures>>.""",
                    "Asia-Pacific carriers posted the strongest growth.",
                ],
                style="wire",
                dateline="GENEVA, May 29",
                byline="Reporting by Joanna Plucinska",
            ),
            rss,
        )
    )

    api = _wb_api()
    name = "indonesia-poverty-rate-2023"
    out.append(
        _case(
            name,
            kind,
            84,
            False,
            _story(
                name,
                "Indonesia's poverty rate keeps falling",
                [
                    """The share of Indonesians living on less than $3 a day fell to 6.4% in
                    2023 from 7.9% a year earlier, <<World Bank data show>>.""",
                    "Rice subsidies and cash transfers helped, officials said.",
                ],
                style="divs",
                byline="Dewi Lestari",
                when="20 June 2025",
                dateline="JAKARTA",
            ),
            api,
        )
    )
    name = "indonesians-three-dollars-world-bank"
    out.append(
        _case(
            name,
            kind,
            84,
            True,
            _story(
                name,
                "Fewer Indonesians in extreme poverty",
                [
                    """The share of Indonesians living on less than $3 a day fell to 6.4% in
                    2024, <<according to the World Bank>>.""",
                    "The government wants to end extreme poverty by 2026.",
                ],
                style="site",
                byline="Dewi Lestari",
                when="20 June 2025",
            ),
            api,
        )
    )
    return out


# ---------------------------------------------------------------------------------------------
# Figure absent: the source says nothing of it
# ---------------------------------------------------------------------------------------------


def _srilanka_pdf() -> bytes:
    rows = [
        ("", "2023", "2024", "2025 proj.", "2026 proj."),
        ("Real GDP growth (percent)", "-2.3", "5.0", "3.5", "3.1"),
        ("CPI inflation, period average (percent)", "17.4", "1.2", "0.8", "4.2"),
        ("Primary balance (percent of GDP)", "0.6", "2.2", "2.3", "2.3"),
        ("Public debt (percent of GDP)", "110.9", "96.8", "99.4", "97.5"),
        ("Gross official reserves (US$ billion)", "4.4", "6.1", "6.9", "8.2"),
        ("Current account balance (percent of GDP)", "1.8", "1.2", "-0.3", "-0.6"),
    ]
    return _pdf(
        "Sri Lanka: 2025 Article IV Consultation - Staff Report",
        [
            "SRI LANKA",
            "2025 Article IV Consultation",
            "Staff Report",
            "International Monetary Fund",
        ],
        [
            """Sri Lanka's economic reform program continues to deliver commendable outcomes.
            The economy has recovered faster than expected and inflation is low, but
            vulnerabilities remain and reform momentum must be sustained.""",
        ],
        [
            "Real GDP growth is projected at 3.5 percent in 2025.",
            "Gross official reserves are projected to reach US$6.9 billion by end-2025.",
            """The primary surplus target of 2.3 percent of GDP for 2025 is on track, supported
            by revenue measures.""",
        ],
        [
            (
                "Recent developments",
                [
                    """The recovery has been driven by construction, manufacturing and
                    tourism. Headline inflation has been very low, reflecting lower
                    administered energy prices.""",
                ],
            ),
            (
                "Outlook and risks",
                [
                    """Growth is expected to moderate as the rebound matures. Risks include
                    weaker external demand, slippage in revenue measures and natural
                    disasters.""",
                ],
            ),
        ],
        [
            (
                "Table 1. Sri Lanka: Selected Economic Indicators, 2023-26",
                (80, 25, 25, 30, 30),
                rows,
                [],
            )
        ],
    )


def _absent() -> list[Blind20Case]:
    kind = "figure absent"
    out: list[Blind20Case] = []

    wuenic = _release(
        "WHO",
        "Global childhood vaccination coverage holds steady",
        [
            """15 July 2025 | Geneva/New York – In 2024, 85% of infants worldwide received three
            doses of the diphtheria, tetanus and pertussis (DTP) vaccine, and 84% received a
            first dose of measles vaccine, according to WHO and UNICEF data published today.""",
            """Coverage of the second dose of measles vaccine was 76%. Some 14.2 million children
            received no dose of DTP at all.""",
            """The agencies warned that aid cuts and misinformation threaten progress.""",
        ],
    )
    name = "hpv-vaccine-coverage-girls"
    out.append(
        _case(
            name,
            kind,
            91,
            True,
            _story(
                name,
                "More girls protected against cervical cancer",
                [
                    """Coverage of the HPV vaccine among adolescent girls rose to 31% last
                    year, while 85% of infants got three doses of DTP, <<WHO and UNICEF
                    said>>.""",
                    "Single-dose schedules have made the vaccine easier to deliver.",
                ],
                style="site",
                byline="Priya Natarajan",
                when="15 July 2025",
            ),
            wuenic,
        )
    )

    srilanka = Source("application/pdf", _srilanka_pdf())
    name = "sri-lanka-article-iv-jobs"
    out.append(
        _case(
            name,
            kind,
            92,
            True,
            _story(
                name,
                "IMF sees Sri Lanka's recovery slowing",
                [
                    """The IMF projects growth of 3.5% this year, with unemployment at 4.7%,
                    <<the fund's Article IV staff report>> shows.""",
                    "The central bank has kept rates on hold.",
                ],
                style="divs",
                byline="Nirmala Perera",
                when="2 December 2025",
                dateline="COLOMBO",
            ),
            srilanka,
        )
    )

    entries = (
        (
            "Oil Market Report - June 2025: supply",
            "2025-06-17T08:00:00Z",
            "World oil supply rose by 330 kb/d in May to 105.1 mb/d, led by OPEC+.",
        ),
        (
            "Oil Market Report - June 2025: stocks",
            "2025-06-17T08:00:00Z",
            "Global observed inventories rose 93.8 mb in April to 7 783 mb, the highest since "
            "mid-2021.",
        ),
        (
            "Oil Market Report - June 2025: refining",
            "2025-06-17T08:00:00Z",
            "Refinery margins strengthened in May as diesel cracks rose.",
        ),
    )
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>'
        "IEA - Oil Market Report highlights</title><id>urn:iea:omr</id><updated>2025-06-17T08:00"
        ":00Z</updated>"
        + "".join(
            f"<entry><title>{t}</title><id>urn:iea:omr:{i}</id><updated>{u}</updated><content "
            f"type='html'>&lt;p&gt;{c}&lt;/p&gt;</content></entry>"
            for i, (t, u, c) in enumerate(entries)
        )
        + "</feed>"
    )
    feed = Source("application/atom+xml; charset=utf-8", atom.encode("utf-8"))
    name = "oecd-oil-stocks-may"
    out.append(
        _case(
            name,
            kind,
            93,
            True,
            _story(
                name,
                "Oil stocks draw down as supply rises",
                [
                    """OECD commercial oil stocks fell 21.4 million barrels in May, even as
                    world supply rose by 330,000 barrels a day, <<the IEA said>>.""",
                    "Brent crude rose on the report.",
                ],
                style="wire",
                dateline="LONDON, June 17",
                byline="Reporting by Noor Saeed",
            ),
            feed,
        )
    )

    csv_lines = [
        "Year,Country of asylum,Country of asylum (ISO),Refugees under UNHCR's mandate,"
        "Asylum-seekers,Other people in need of international protection,Stateless persons",
        "2024,Iran (Islamic Rep. of),IRN,3 500 100,10 300,0,0",
        "2024,Türkiye,TUR,2 903 000,221 200,0,104",
        "2024,Colombia,COL,2 810 500,31 400,0,5 900",
        "2024,Germany,DEU,2 681 300,534 900,0,28 700",
        "2024,Uganda,UGA,1 781 400,58 200,0,0",
        "2024,Pakistan,PAK,1 540 200,8 100,0,0",
        "2024,Russian Federation,RUS,1 212 600,900,0,56 100",
        "2024,Chad,TCD,1 291 000,3 800,0,0",
    ]
    csv = _text("\n".join(csv_lines) + "\n", "text/csv")
    name = "germany-asylum-applications-turkiye-refugees"
    out.append(
        _case(
            name,
            kind,
            94,
            True,
            _story(
                name,
                "Türkiye still hosts more refugees than most",
                [
                    """Türkiye hosted 2.9 million refugees at the end of 2024, and Germany
                    received 329,100 new asylum applications during the year, <<UNHCR data
                    show>>.""",
                    "Iran hosted the most refugees of any country.",
                ],
                style="plain",
                when="12 June 2025",
            ),
            csv,
        )
    )
    return out


# ---------------------------------------------------------------------------------------------
# Spelled out: "one in five", "more than two-thirds", "four-in-five chance"
# ---------------------------------------------------------------------------------------------


def _spelled_out() -> list[Blind20Case]:
    kind = "spelled out"
    out: list[Blind20Case] = []

    tobacco = _release(
        "WHO",
        "Tobacco use falls, but 1.19 billion people still use it",
        [
            """Geneva – The number of tobacco users aged 15 and older fell to 1.19 billion in
            2024, from 1.36 billion in 2000, according to the WHO global report on trends in
            prevalence of tobacco use.""",
            """Prevalence among adults was 20.9 per cent: 32.4 per cent of men and 6.6 per cent
            of women used tobacco.""",
            "Five of the six WHO regions are on track to meet the 2025 reduction target.",
        ],
    )
    name = "one-in-five-adults-tobacco"
    out.append(
        _case(
            name,
            kind,
            101,
            False,
            _story(
                name,
                "One in five adults still uses tobacco",
                [
                    """About one in five adults still uses tobacco, some 1.2 billion people,
                    <<WHO says>>, and nearly a third of men.""",
                    "Heated tobacco products and e-cigarettes are a growing concern.",
                ],
                style="site",
                byline="Ana Costa",
                when="16 January 2025",
            ),
            tobacco,
        )
    )
    name = "tobacco-women-men-who-trends"
    out.append(
        _case(
            name,
            kind,
            101,
            True,
            _story(
                name,
                "Tobacco use declines worldwide",
                [
                    """One in five adults uses tobacco, and roughly one in ten women,
                    <<according to the World Health Organization>>.""",
                    "Health campaigners welcomed the fall but warned against complacency.",
                ],
                style="divs",
                when="16 January 2025",
            ),
            tobacco,
        )
    )

    hosting = _text(
        "UNHCR GLOBAL TRENDS 2024 - WHO HOSTS REFUGEES\n"
        "Fact sheet, June 2025\n\n"
        "- 69 per cent of refugees and other people in need of international protection lived "
        "in countries neighbouring their countries of origin.\n"
        "- Low- and middle-income countries hosted 71 per cent of the world's refugees and other "
        "people in need of international protection.\n"
        "- The Least Developed Countries hosted 21 per cent of the total.\n"
        "- 5 countries hosted more than a third of all refugees.\n"
    )
    name = "refugees-neighbouring-countries-two-thirds"
    out.append(
        _case(
            name,
            kind,
            102,
            False,
            _story(
                name,
                "Most refugees stay close to home",
                [
                    """More than two-thirds of refugees live in a country next to their own,
                    and about one in five in the world's poorest countries, <<UNHCR figures
                    show>>.""",
                    "Rich countries host only a small share.",
                ],
                style="feature",
                byline="Leila Haddad",
                when="12 June 2025",
                caption="Refugees queue for water at a settlement in northern Uganda.",
                pull="“Refugees are not heading for Europe,” an aid worker said.",
            ),
            hosting,
        )
    )
    name = "refugees-three-quarters-neighbours"
    out.append(
        _case(
            name,
            kind,
            102,
            True,
            _story(
                name,
                "Three-quarters of refugees live next door",
                [
                    """Three-quarters of refugees live in a neighbouring country, <<according
                    to the UN refugee agency>>.""",
                    "Host countries say they need more help.",
                ],
                style="plain",
                when="12 June 2025",
            ),
            hosting,
        )
    )

    itu = _release(
        "ITU",
        "Facts and Figures 2025: mobile connectivity",
        [
            """Geneva – An estimated 81 per cent of people aged 10 and over own a mobile phone,
            according to new ITU estimates.""",
            """5G networks now cover 55 per cent of the world's population, but only 4 per cent
            of people in low-income countries.""",
            "Mobile broadband remains unaffordable for many in the least developed countries.",
        ],
    )
    name = "four-in-five-own-mobile-phone"
    out.append(
        _case(
            name,
            kind,
            103,
            False,
            _story(
                name,
                "Four in five people now own a mobile phone",
                [
                    """Four in five people aged 10 and over own a mobile phone, and 5G covers
                    more than half the world's population, <<the ITU said>>.""",
                    "Coverage in poor countries lags far behind.",
                ],
                style="site",
                byline="Tomasz Wójcik",
                when="17 November 2025",
                related=(("spectrum-auction", "Spectrum auction raises less than hoped"),),
            ),
            itu,
        )
    )
    name = "5g-coverage-two-thirds-itu"
    out.append(
        _case(
            name,
            kind,
            103,
            True,
            _story(
                name,
                "5G spreads, but not to the poor",
                [
                    """5G networks now reach nearly two-thirds of the world's population, <<ITU
                    estimates show>>, though few in low-income countries.""",
                    "Operators in Africa are still rolling out 4G.",
                ],
                style="wire",
                dateline="GENEVA, Nov 17",
                byline="Reporting by Emma Farge",
            ),
            itu,
        )
    )

    wmo = _html(
        "WMO Global Annual to Decadal Climate Update (2025-2029)",
        "<main><h1>Global Annual to Decadal Climate Update (2025-2029)</h1><ul>"
        "<li>There is an 81% chance that at least one of the next five years (2025–2029) will be "
        "warmer than 2024, currently the warmest year on record.</li>"
        "<li>There is an 88% chance that at least one year between 2025 and 2029 will exceed "
        "1.5 °C above the 1850–1900 average.</li>"
        "<li>There is a 67% chance that the five-year mean for 2025–2029 will exceed 1.5 °C."
        "</li><li>Arctic warming over the next five winters is predicted to be more than three "
        "and a half times the global average.</li></ul><p>Issued 28 May 2025 by the WMO Lead "
        "Centre for Annual-to-Decadal Climate Prediction.</p></main>",
    )
    name = "wmo-four-in-five-chance-warmer"
    out.append(
        _case(
            name,
            kind,
            104,
            False,
            _story(
                name,
                "Record heat likely to be beaten within five years",
                [
                    """There is a four-in-five chance that one of the next five years will be
                    warmer than 2024, and a two-in-three chance that the five-year average will
                    exceed 1.5C, <<the World Meteorological Organization said>>.""",
                    "Scientists said the Paris goal was slipping out of reach.",
                ],
                style="divs",
                byline="Lucy Okonjo",
                when="28 May 2025",
            ),
            wmo,
        )
    )
    name = "next-five-years-warmer-than-2024"
    out.append(
        _case(
            name,
            kind,
            104,
            True,
            _story(
                name,
                "Nine-in-ten chance of a new heat record",
                [
                    """There is a nine-in-ten chance that one of the next five years will be
                    warmer than 2024, <<WMO forecasters said>>.""",
                    "Arctic winters will warm fastest.",
                ],
                style="site",
                byline="Lucy Okonjo",
                when="28 May 2025",
            ),
            wmo,
        )
    )
    return out


# ---------------------------------------------------------------------------------------------
# Unreadable sources
# ---------------------------------------------------------------------------------------------

_WALL = (
    "<!DOCTYPE html><html><head><title>Access temporarily restricted</title></head><body>"
    "<div class='rate-limit'><h1>Too many requests</h1><p>Your IP address has been temporarily "
    "restricted because of unusual traffic from your network. Please wait a few minutes and try "
    "again.</p><p>If you use the DataHub API, please register for an API key to obtain higher "
    "limits.</p><p class='ref'>Reference: 7f3a-22c1-datahub</p></div></body></html>"
)


def _unreadable() -> list[Blind20Case]:
    kind = "unreadable"
    out: list[Blind20Case] = []
    egypt = _locked_pdf(
        [
            "ARAB REPUBLIC OF EGYPT",
            "STAFF REPORT FOR THE 2025 ARTICLE IV CONSULTATION",
            "Real GDP growth is projected at 3.8 percent in FY2024/25.",
            "Inflation is expected to decline to 16 percent by end-June 2025.",
            "Gross international reserves reached US$47.1 billion.",
            "The primary surplus target is 3.5 percent of GDP.",
        ]
    )
    specs: list[tuple[str, Source, str, str]] = [
        (
            "egypt-article-iv-growth",
            Source("application/pdf", egypt),
            "IMF sees Egypt growth at 3.8%",
            """Egypt's economy will grow 3.8% in the fiscal year to June, <<the IMF's staff
            report>> says.""",
        ),
        (
            "africa-warming-per-decade-wmo",
            Source("application/pdf", _scanned_pdf(3)),
            "Africa warming faster than the global average",
            """Africa has warmed by about 0.3C per decade since 1991, <<the WMO's State of the
            Climate in Africa report>> says.""",
        ),
        (
            "commodity-prices-fall-world-bank",
            Source(
                "text/html; charset=utf-8",
                b"<!DOCTYPE html><html><head><title>Page not found | World Bank</title></head>"
                b"<body><h1>We couldn't find that page</h1><p>The page you requested may have "
                b"been moved or deleted. Try searching the site.</p></body></html>",
                404,
            ),
            "Energy prices to fall 17% this year",
            """Energy prices will fall 17% this year, <<the World Bank's Commodity Markets
            Outlook>> forecasts.""",
        ),
        (
            "seaborne-trade-unctad-review",
            Source("text/plain", b"404 Not Found\n", 404),
            "Seaborne trade grows despite Red Sea diversions",
            """Seaborne trade grew 2.2% last year, <<according to UNCTAD's Review of Maritime
            Transport>>, as ships sailed longer routes.""",
        ),
        (
            "oecd-unemployment-employment-outlook",
            Source(
                "text/html",
                b"<html><head><title>500 Internal Server Error</title></head><body><h1>Internal "
                b"Server Error</h1><p>The server encountered an unexpected condition.</p><hr>"
                b"<address>nginx</address></body></html>",
                500,
            ),
            "OECD unemployment stays near record low",
            """Unemployment across the OECD held at 4.9% in May, <<the organisation's latest
            figures>> show.""",
        ),
        (
            "fao-crop-prospects-external-assistance",
            Source("text/plain; charset=utf-8", b"Internal Server Error", 500),
            "45 countries need food aid, FAO says",
            """Forty-five countries need external assistance for food, <<FAO's Crop Prospects
            and Food Situation report>> says.""",
        ),
        (
            "iata-safety-accident-rate",
            Source("text/html; charset=utf-8", b"", 200),
            "Flying got safer last year",
            """The all-accident rate was 1.13 per million flights last year, <<IATA said>> in
            its annual safety report.""",
        ),
        (
            "itu-mobile-broadband-subscriptions",
            Source("text/html; charset=utf-8", _WALL.encode("utf-8"), 200),
            "Mobile broadband nears one subscription per person",
            """There are now 95 mobile broadband subscriptions per 100 people worldwide, <<ITU
            data show>>.""",
        ),
    ]
    styles = ("site", "plain", "divs", "wire")
    for i, (name, source, headline, para) in enumerate(specs):
        article = _story(
            name,
            headline,
            [para, "Officials did not respond to a request for further comment."],
            style=styles[i % 4],
            when="3 November 2025",
            dateline="GENEVA, Nov 3" if styles[i % 4] == "wire" else "",
        )
        out.append(Blind20Case(name, kind, 111 + i, False, article, source, readable=False))
    return out


def blind20_cases() -> list[Case]:
    """The twentieth blind set: international organisations' flagship reports."""
    return [
        *_press_releases(),
        *_html_tables(),
        *_pdf_reports(),
        *_text_and_csv(),
        *_long_pages(),
        *_notation(),
        *_rounding(),
        *_other_subject(),
        *_two_periods(),
        *_absent(),
        *_spelled_out(),
        *_unreadable(),
    ]
