"""A sixth blind held-out set for the fact-check gate bench (issue 10, "Measured, not assumed").

Written from the product's specification (check an article's cited figure against the source
it links to, and stop what a careful copy editor would stop) and from how US federal agencies
(BLS, Census, EIA, FDA), EU bodies (Eurostat, ECB), UN agencies (WHO, UNHCR, FAO), company
filings (a 10-Q, annual-report PDFs), central banks, transit and airport operators and school
districts publish: not from the checker's code and not from the other sets' case texts. Nobody
tunes on it: it exists so the checker's figure is an honest one.

Styles are Philippine (₱, PHP), Indonesian (Rp, "Rp 1.250 miliar" that English press writes
"Rp1.25 trillion", decimal commas), Malaysian (RM), Thai (฿, baht, "('000)" columns), Korean
(₩, KRW, won), Turkish (₺, lira), Egyptian (E£, LE, EGP), Ghanaian (GH₵, GHS, cedis),
Tanzanian (TSh), Ugandan (USh), Mexican, Chilean and Argentine pesos (MXN, Ps., CLP, ARS),
NZ$, S$, HK$, Israeli (₪, NIS), Czech (Kč, "109,4 mld. Kč") and Hungarian (Ft, forint,
"704 400"). Articles are rough: figures in headlines, "13.6m b/d", "Rp1.25 trillion",
"₩728tn", ranges ("1-3%"), "a third", "two-thirds", "half a million", hedges ("more than",
"about", "just over"), basis points, percentage-point changes and fiscal years (FY2025/26).

A *planted* case's article gives a figure a careful copy editor would stop: another value,
per cent for percentage points, cents for per cent, a scale misread (trillion as billion,
thousands as units), a figure the source gives only for another subject, region or period,
one the source does not have, another currency or another unit (gallons for barrels). A
*clean* case's source is readable and supports the article as a copy editor would accept it
(rounding, notation variants, hedges). Unreadable sources (a locked and an image-only PDF,
404/500 pages with HTML and plain-text bodies, a sign-in wall served with 200, an empty 200,
an image where a report was cited) confirm nothing and so must escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind6".
"""

from __future__ import annotations

import csv
import io
import re
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from fpdf import FPDF

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

# --- the article ------------------------------------------------------------------------------

_AFTER = (
    "<p>Analysts said they would wait for revised data before drawing firm conclusions, and "
    "officials declined to comment beyond the published statement.</p>"
    "<p>The figures are closely watched by investors, lawmakers and business groups, who "
    "have asked for more detail on how they were compiled.</p>"
)

_LINK = re.compile(r"\[([^\]]+)\]")


@dataclass(frozen=True)
class _Blind6Case(Case):
    @property
    def split(self) -> str:
        return "blind6"


def _article(name: str, headline: str, sentence: str, paper: str) -> str:
    """The reporter's story: one cited sentence, the citation written as [anchor text]."""
    body = _LINK.sub(lambda m: f'<a href="/sources/{name}">{m.group(1)}</a>', sentence, count=1)
    return (
        f"<html><head><meta charset=utf-8><title>{headline} | {paper}</title></head><body>"
        f'<header><a href="/">{paper}</a> <a href="/economy">Economy</a> '
        f'<a href="/markets">Markets</a></header>'
        f"<article><h1>{headline}</h1><p class=byline>By our correspondent, {paper}</p>"
        f"<p>{body}</p>{_AFTER}</article><footer>© {paper}</footer></body></html>"
    )


# --- the sources ------------------------------------------------------------------------------


def _page(body: str, title: str, status: int = 200) -> Source:
    page = f"<!DOCTYPE html><html lang=en><head><title>{title}</title></head><body>{body}</body>"
    return Source("text/html; charset=utf-8", (page + "</html>").encode(), status)


def _release(heading: str, line: str, tail: str) -> Source:
    """A three-line release: heading, the figure, a contact or next-release note."""
    return _page(f"<h1>{heading}</h1><p>{line}</p><p><small>{tail}</small></p>", heading)


def _table(
    caption: str, head: list[str] | str, rows: list[list[str]], note: str = "", intro: str = ""
) -> Source:
    """An HTML table: row headers in <th>; `head` is a list of cells, or ready-made <tr>s
    (for merged header cells)."""
    if isinstance(head, str):
        thead = head
    else:
        thead = "<tr>" + "".join(f"<th scope=col>{h}</th>" for h in head) + "</tr>"
    body = "".join(
        "<tr><th scope=row>"
        + row[0]
        + "</th>"
        + "".join(f"<td>{c}</td>" for c in row[1:])
        + "</tr>"
        for row in rows
    )
    foot = f"<p class=footnote>{note}</p>" if note else ""
    lead = f"<p>{intro}</p>" if intro else ""
    return _page(
        f"<h2>{caption}</h2>{lead}<table><caption>{caption}</caption><thead>{thead}</thead>"
        f"<tbody>{body}</tbody></table>{foot}",
        caption,
    )


def _long(title: str, paragraphs: Sequence[str]) -> Source:
    """A long page: navigation, many paragraphs, a sidebar and a footer."""
    nav = "<nav><a href=/>Home</a> <a href=/media>Media centre</a> <a href=/ir>Investors</a></nav>"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    side = (
        "<aside><h3>Related</h3><ul><li>Previous results</li><li>Sustainability report</li>"
        "<li>Contact the media team</li></ul></aside>"
    )
    foot = "<footer>Terms of use · Privacy · Accessibility</footer>"
    return _page(f"{nav}<main><h1>{title}</h1>{body}</main>{side}{foot}", title)


def _text(body: str) -> Source:
    return Source("text/plain; charset=utf-8", body.encode())


def _csv(rows: list[list[str]]) -> Source:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return Source("text/csv; charset=utf-8", out.getvalue().encode())


_METHOD = [
    "Methodology",
    "Figures are compiled from administrative records and audited accounts. Amounts are "
    "nominal unless stated otherwise. Totals may not add up because of rounding.",
    "Revisions: figures for earlier periods may be revised when final data become available.",
]
_ANNEX = [
    "Annex: glossary",
    "Year-on-year: compared with the same period a year earlier.",
    "Percentage point: the arithmetic difference between two percentages.",
    "Fiscal year: the twelve months the accounts cover, as stated on the cover.",
]


def _report(
    title: str,
    publisher: str,
    foreword: Sequence[str],
    key: Sequence[str],
    *,
    extra: Sequence[Sequence[str]] = (),
    tables: Sequence[Sequence[Sequence[str]]] = (),
) -> Source:
    """A report PDF: cover, foreword, key results, more pages, then its tables."""
    pages = [
        [title, publisher, "Published December 2026"],
        ["Foreword", *foreword],
        ["Key results", *key],
        *extra,
        _METHOD,
        _ANNEX,
    ]
    return Source("application/pdf", make_pdf(pages, tables=tables))


def _two_column_report(
    title: str,
    publisher: str,
    foreword: Sequence[str],
    left: Sequence[str],
    right: Sequence[str],
) -> Source:
    """A report PDF whose key results are set in two columns, as central banks lay them out."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for line in (title, publisher, "Published November 2026"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for line in ("Foreword", *foreword):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "Key results", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    top = pdf.get_y() + 4
    for x, lines in ((10, left), (110, right)):
        pdf.set_xy(x, top)
        for line in lines:
            pdf.set_x(x)
            pdf.multi_cell(90, 5, line, new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for lines in (_METHOD, _ANNEX):
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return Source("application/pdf", bytes(pdf.output()))


def _png() -> bytes:
    """A small grey PNG: an infographic served where the report was cited."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        raw = kind + data
        return struct.pack(">I", len(data)) + raw + struct.pack(">I", zlib.crc32(raw))

    width, height = 64, 48
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


# --- building cases ---------------------------------------------------------------------------

Story = tuple[str, str, str]  # headline, sentence with [anchor], paper


def _one(name: str, kind: str, topic: int, planted: bool, story: Story, source: Source) -> Case:
    headline, sentence, paper = story
    return _Blind6Case(
        name=name,
        kind=kind,
        topic=topic,
        planted=planted,
        article_html=_article(name, headline, sentence, paper),
        source=source,
    )


def _pair(
    name: str, kind: str, topic: int, source: Source, clean: Story, planted: Story
) -> list[Case]:
    """A clean and a planted article citing the same source."""
    return [
        _one(f"{name}-clean", kind, topic, False, clean, source),
        _one(f"{name}-planted", kind, topic, True, planted, source),
    ]


def _unreadable(name: str, topic: int, story: Story, source: Source) -> Case:
    headline, sentence, paper = story
    return _Blind6Case(
        name=name,
        kind="unreadable",
        topic=topic,
        planted=False,
        article_html=_article(name, headline, sentence, paper),
        source=source,
        readable=False,
    )


# --- press releases ---------------------------------------------------------------------------


def _press_releases() -> list[Case]:
    manila = "Manila Morning Ledger"
    kl = "Kuala Lumpur Tribune"
    seoul = "Seoul Economic Review"
    wire = "Capitol Energy Wire"
    return [
        *_pair(
            "pr-treasury-deficit",
            "press release",
            1,
            _release(
                "Budget deficit, January-October 2026",
                "The National Government's budget deficit for January to October 2026 reached "
                "₱1.12 trillion, 4.6 percent lower than the ₱1.17 trillion recorded in the "
                "same period last year.",
                "Bureau of the Treasury, Public Information Office, Manila.",
            ),
            (
                "Budget gap narrows to ₱1.12 trillion",
                "The government's budget deficit for the first ten months of the year narrowed "
                "to ₱1.12 trillion, [the Bureau of the Treasury said] on Thursday.",
                manila,
            ),
            (
                "Deficit narrows in first ten months",
                "The national government ran a deficit of PHP1.12 billion from January to "
                "October, 4.6 per cent less than a year earlier, [according to the Treasury].",
                manila,
            ),
        ),
        *_pair(
            "pr-dosm-exports",
            "press release",
            2,
            _release(
                "Malaysia External Trade Statistics, October 2026",
                "Malaysia's exports in October 2026 rose 6.4 per cent year-on-year to RM134.2 "
                "billion, while imports increased 3.9 per cent to RM118.6 billion.",
                "Department of Statistics Malaysia (DOSM). Next release: 18 December 2026.",
            ),
            (
                "Exports up 6.4pc in October",
                "Malaysia's exports grew 6.4 per cent from a year earlier to RM134.2bn in "
                "October, [official data showed].",
                kl,
            ),
            (
                "Malaysian exports jump 9.6% in October",
                "Exports rose 9.6 per cent year on year to RM134.2 billion in October, "
                "[the statistics department said].",
                kl,
            ),
        ),
        *_pair(
            "pr-incheon-passengers",
            "press release",
            3,
            _release(
                "Incheon Airport traffic, October 2026",
                "Incheon International Airport handled 6,512,408 passengers in October, up 8.1 "
                "percent from a year earlier, on 38,214 flights.",
                "Incheon International Airport Corporation, media relations team.",
            ),
            (
                "Incheon tops 6.5 million passengers",
                "Incheon handled more than 6.5 million passengers last month, [the airport "
                "operator said], up 8.1% on a year ago.",
                seoul,
            ),
            (
                "Incheon traffic climbs",
                "Incheon International Airport handled more than 6.5 million passengers in "
                "October, up 11.8% from a year earlier, [its operator said].",
                seoul,
            ),
        ),
        *_pair(
            "pr-eia-gasoline",
            "press release",
            4,
            _release(
                "Gasoline and Diesel Fuel Update",
                "The U.S. average retail price for regular gasoline was $3.12 per gallon on "
                "December 1, 2026, down 4 cents from a week ago and 21 cents lower than a year "
                "ago.",
                "U.S. Energy Information Administration. Next update: December 8, 2026.",
            ),
            (
                "Pump prices fall again",
                "Regular gasoline averaged $3.12 a gallon nationwide on Monday, down four cents "
                "in a week, [the Energy Information Administration said].",
                wire,
            ),
            (
                "Gasoline at $3.12 a gallon",
                "Regular gasoline averaged $3.12 a gallon on Monday, 21 per cent lower than a "
                "year ago, [federal data showed].",
                wire,
            ),
        ),
    ]


# --- HTML tables ------------------------------------------------------------------------------


def _html_tables() -> list[Case]:
    brussels = "Brussels Briefing"
    bangkok = "Bangkok Courier"
    local = "Valley Gazette"
    istanbul = "Istanbul Observer"
    budapest = "Budapest Business Weekly"
    eurostat = _table(
        "Unemployment rates, seasonally adjusted (% of labour force)",
        "<tr><th rowspan=2>Geo</th><th colspan=3>2026</th></tr>"
        "<tr><th>Aug</th><th>Sep</th><th>Oct</th></tr>",
        [
            ["Euro area", "6.3", "6.3", "6.2"],
            ["EU", "5.9", "5.9", "5.9"],
            ["Czechia", "2.8", "2.9", "2.9"],
            ["Germany", "3.8", "3.9", "3.9"],
            ["Spain", "10.5", "10.5", "10.4"],
            ["Hungary", "4.4", "4.5", "4.4"],
            ["Greece", "8.1", "8.0", ":"],
        ],
        ": not available. Source: Eurostat, euro indicators, 2 December 2026.",
    )
    aot = _table(
        "Air traffic, fiscal year 2026 (October 2025 – September 2026)",
        ["Airport", "Passengers ('000)", "Flights", "Change in passengers (%)"],
        [
            ["Suvarnabhumi", "63,412", "389,204", "4.2"],
            ["Don Mueang", "30,118", "214,660", "−1.3"],
            ["Phuket", "18,905", "121,388", "7.6"],
            ["Chiang Mai", "9,842", "68,015", "5.1"],
            ["Hat Yai", "3,871", "27,402", "n/a"],
            ["Mae Fah Luang Chiang Rai", "2,604", "19,870", "2.9"],
            ["Total", "128,752", "840,539", "3.4"],
        ],
        "Airports of Thailand Public Company Limited (AOT). Hat Yai: runway works, "
        "comparison not meaningful.",
    )
    district = _table(
        "General fund expenditures by function",
        "<tr><th rowspan=2>Function</th><th colspan=2>$ millions</th></tr>"
        "<tr><th>FY2025 actual</th><th>FY2026 adopted</th></tr>",
        [
            ["Instruction", "1,842.6", "1,911.3"],
            ["Student support", "210.4", "224.9"],
            ["Transportation¹", "148.2", "155.0"],
            ["Facilities", "301.7", "296.5"],
            ["Administration", "97.3", "99.8"],
            ["Total", "2,600.2", "2,687.5"],
        ],
        "¹ Includes the electric school bus lease. Maple Valley School District, adopted "
        "budget, June 2025.",
    )
    wage = _table(
        "Monthly minimum wage (₺)",
        ["Year", "Gross", "Net", "Change in net (%)"],
        [
            ["2024", "20,002.50", "17,002.12", "–"],
            ["2025", "26,005.50", "22,104.67", "30.0"],
            ["2026", "33,030.00", "28,075.50", "27.0"],
        ],
        "Single worker; employer costs excluded. Ministry of Labour and Social Security, "
        "Republic of Türkiye.",
    )
    ksh = _table(
        "Average monthly earnings, September 2026",
        ["Sector", "Gross (HUF)", "Net (HUF)", "Gross, change on a year earlier (%)"],
        [
            ["National economy, total¹", "704\u202f400", "468\u202f400", "9.1"],
            ["Business sector", "726\u202f900", "483\u202f400", "9.4"],
            ["Budgetary institutions", "655\u202f300", "435\u202f800", "8.2"],
            ["Non-profit sector", "598\u202f100", "397\u202f700", "7.5"],
        ],
        "¹ Excluding participants in public employment programmes. Hungarian Central "
        "Statistical Office (KSH).",
    )
    return [
        *_pair(
            "tbl-eurostat-unemployment",
            "html table",
            11,
            eurostat,
            (
                "Czech jobless rate among EU's lowest",
                "Czech unemployment held at 2.9% in October, [Eurostat figures showed], among "
                "the lowest rates in the bloc.",
                brussels,
            ),
            (
                "Spanish unemployment edges down",
                "Spain's jobless rate fell to 10.1% in October, [Eurostat said], still the "
                "highest in the bloc.",
                brussels,
            ),
        ),
        *_pair(
            "tbl-aot-passengers",
            "html table",
            12,
            aot,
            (
                "Suvarnabhumi tops 63 million passengers",
                "Suvarnabhumi handled 63.4 million passengers in fiscal 2026, [Airports of "
                "Thailand figures show].",
                bangkok,
            ),
            (
                "Phuket traffic grows",
                "Phuket airport handled 18,905 passengers in the fiscal year to September, "
                "[AOT's figures show].",
                bangkok,
            ),
        ),
        *_pair(
            "tbl-district-budget",
            "html table",
            13,
            district,
            (
                "School board adopts $2.69 billion budget",
                "The board adopted a $2.69 billion general fund budget for FY2026, [district "
                "budget documents show].",
                local,
            ),
            (
                "District trims central office",
                "Spending on administration will be $98.9 million in FY2026, [according to the "
                "district's adopted budget].",
                local,
            ),
        ),
        *_pair(
            "tbl-turkey-minimum-wage",
            "html table",
            14,
            wage,
            (
                "Net minimum wage set at ₺28,075.50",
                "The net monthly minimum wage will rise 27% to 28,075.50 lira in 2026, [the "
                "labour ministry said].",
                istanbul,
            ),
            (
                "Minimum wage rises to ₺33,030",
                "The net minimum wage will be ₺33,030 a month from January, [according to the "
                "labour ministry].",
                istanbul,
            ),
        ),
        *_pair(
            "tbl-ksh-earnings",
            "html table",
            15,
            ksh,
            (
                "Gross pay up 9.1%",
                "Average gross earnings reached Ft704,400 in September, up 9.1% on a year "
                "earlier, [the statistics office said].",
                budapest,
            ),
            (
                "Private-sector take-home pay rises",
                "Net earnings in the business sector averaged 486,400 forints in September, "
                "[according to KSH].",
                budapest,
            ),
        ),
    ]


# --- PDF reports ------------------------------------------------------------------------------


def _pdf_reports() -> list[Case]:
    jakarta = "Jakarta Business Daily"
    wellington = "Wellington Dispatch"
    accra = "Accra Mirror"
    geneva = "Geneva Dispatch"
    angkasa = _report(
        "PT Angkasa Pura Indonesia (Persero) - Annual Report 2025 / Laporan Tahunan 2025",
        "PT Angkasa Pura Indonesia (InJourney Airports), Jakarta",
        [
            "The year 2025 was the first full year of the integrated airport operator. We "
            "thank our passengers, airline partners and employees.",
            "Seluruh angka dalam miliar Rupiah kecuali dinyatakan lain (amounts in Rp miliar, "
            "i.e. billions of rupiah, unless stated otherwise).",
        ],
        [
            "Ikhtisar utama / Financial and operating highlights",
            "Pendapatan usaha / Operating revenue: Rp 18.734 miliar",
            "Laba bersih / Net profit: Rp 1.250 miliar",
            "Belanja modal / Capital expenditure: Rp 6.412 miliar",
            "Jumlah penumpang / Passengers served: 171,2 juta (million)",
            "Pergerakan pesawat / Aircraft movements: 1,34 juta (million)",
        ],
        extra=[
            [
                "Operations review",
                "Soekarno-Hatta remained the busiest airport in the network, followed by "
                "I Gusti Ngurah Rai in Bali and Juanda in Surabaya.",
            ]
        ],
    )
    auckland = _report(
        "Auckland Transport Annual Report 2025/26",
        "Auckland Transport, Auckland, New Zealand",
        [
            "This report covers the year ended 30 June 2026 (FY2025/26). Comparatives are "
            "for the year ended 30 June 2025.",
        ],
        [
            "Public transport boardings: 97.4 million (2024/25: 91.2 million)",
            "Farebox recovery: 31.2% (2024/25: 28.9%)",
            "Capital expenditure: NZ$1.18 billion (2024/25: NZ$1.02 billion)",
            "Customer satisfaction with public transport: 88% (target: 85%)",
        ],
        tables=[
            [
                ["Boardings by mode (million)", "2024/25", "2025/26"],
                ["Bus", "63.0", "66.1"],
                ["Train", "19.8", "22.4"],
                ["Ferry", "6.9", "7.1"],
                ["Other", "1.5", "1.8"],
                ["Total", "91.2", "97.4"],
            ]
        ],
    )
    ghana = _two_column_report(
        "Monetary Policy Report, November 2026",
        "Bank of Ghana, Accra",
        [
            "The Monetary Policy Committee met from 17 to 19 November 2026. This report sets "
            "out the data it considered.",
        ],
        [
            "Inflation and growth",
            "Headline inflation: 8.0 per cent (October 2026)",
            "Food inflation: 7.1 per cent",
            "Real GDP growth, Q2 2026: 6.3 per cent",
        ],
        [
            "External and fiscal",
            "Gross international reserves: US$11.1 billion, equivalent to 4.8 months of "
            "import cover",
            "Total public debt: GHS 613.0 billion (45.2 per cent of GDP)",
            "Policy rate: 21.5 per cent",
        ],
    )
    unhcr = _report(
        "Mid-Year Trends 2026",
        "UNHCR, the UN Refugee Agency, Geneva",
        [
            "This report analyses changes in forced displacement in the first half of 2026, "
            "drawing on data from governments and partners.",
        ],
        [
            "117.3 million people were forcibly displaced worldwide at mid-2026, of whom:",
            "37.8 million refugees under UNHCR and UNRWA mandates",
            "70.2 million internally displaced people",
            "7.9 million asylum-seekers",
            "1.4 million other people in need of international protection",
        ],
        tables=[
            [
                ["Population (million)", "End-2025", "Mid-2026"],
                ["Refugees", "37.1", "37.8"],
                ["Internally displaced", "68.9", "70.2"],
                ["Asylum-seekers", "7.6", "7.9"],
                ["Other in need of protection", "1.3", "1.4"],
                ["Total", "114.9", "117.3"],
            ]
        ],
    )
    return [
        *_pair(
            "pdf-angkasa-profit",
            "pdf report",
            21,
            angkasa,
            (
                "Airport operator posts Rp1.25 trillion profit",
                "State airport operator Angkasa Pura Indonesia booked a net profit of Rp1.25 "
                "trillion in 2025, [its annual report shows].",
                jakarta,
            ),
            (
                "Airport operator's profit at Rp1.25bn",
                "State airport operator Angkasa Pura Indonesia booked a net profit of Rp1.25 "
                "billion in 2025, [its annual report shows].",
                jakarta,
            ),
        ),
        *_pair(
            "pdf-auckland-transport",
            "pdf report",
            22,
            auckland,
            (
                "Public transport boardings hit 97.4m",
                "Public transport boardings in Auckland rose to 97.4 million in FY2025/26, "
                "[Auckland Transport's annual report says].",
                wellington,
            ),
            (
                "Fares cover more of the cost",
                "Farebox recovery improved by 2.3 per cent to 31.2% in FY2025/26, [Auckland "
                "Transport's annual report says].",
                wellington,
            ),
        ),
        *_pair(
            "pdf-bog-policy-report",
            "pdf report",
            23,
            ghana,
            (
                "Public debt at GH₵613bn",
                "Ghana's total public debt stood at GH₵613 billion, or 45.2% of GDP, [the Bank "
                "of Ghana's latest policy report shows].",
                accra,
            ),
            (
                "Reserves cover almost six months of imports",
                "Gross reserves reached US$11.1bn, enough for 5.8 months of imports, [the "
                "central bank said in its policy report].",
                accra,
            ),
        ),
        *_pair(
            "pdf-unhcr-displaced",
            "pdf report",
            24,
            unhcr,
            (
                "More than 117 million displaced",
                "More than 117 million people were forcibly displaced worldwide by mid-2026, "
                "[the UN refugee agency said].",
                geneva,
            ),
            (
                "Internal displacement rises",
                "The number of people displaced inside their own countries reached 37.8 "
                "million by mid-2026, [UNHCR said].",
                geneva,
            ),
        ),
    ]


# --- text and CSV -----------------------------------------------------------------------------

_BLS = """\
Transmission of material in this release is embargoed until 8:30 a.m. (ET) Friday, December 4, 2026

                   THE EMPLOYMENT SITUATION -- NOVEMBER 2026

Total nonfarm payroll employment rose by 119,000 in November, and the unemployment rate
changed little at 4.4 percent, the U.S. Bureau of Labor Statistics reported today. Job gains
occurred in health care, construction, and social assistance.

Table A. Household data, seasonally adjusted
                                          Sept.     Oct.     Nov.
                                          2026      2026     2026
Unemployment rate ......................   4.3       4.4      4.4
Labor force participation rate .........  62.4      62.3     62.3
Employment-population ratio ............  59.7      59.6     59.6

Table B. Establishment data, seasonally adjusted
Total nonfarm employment (over-the-month
  change, in thousands) ................    22       -41      119
Average hourly earnings, all employees .. $36.67    $36.78   $36.89

The Employment Situation for December is scheduled to be released on Friday, January 8, 2027.
"""

_BOI = """\
Bank of Israel
Press Release
Jerusalem, November 24, 2026

Monetary Committee decision: the interest rate is reduced to 4.25 percent

The Monetary Committee decided to reduce the interest rate by 0.25 percentage points, to
4.25 percent. Annual inflation in October was 2.6 percent, within the target range of 1-3
percent. Since the previous decision, the shekel appreciated by 2.1 percent against the
dollar and by 1.4 percent in terms of the nominal effective exchange rate.

The Research Department's staff forecast is for GDP growth of 3.8 percent in 2027.

The next decision on the interest rate will be announced on Monday, January 5, 2027.
"""


def _text_and_csv() -> list[Case]:
    dar = "Dar es Salaam Standard"
    washington = "Washington Wire"
    kampala = "Kampala Herald"
    telaviv = "Tel Aviv Ledger"
    tra = _csv(
        [
            ["Tanzania Revenue Authority - monthly revenue collections, FY2025/26"],
            ["Month", "Collections", "Target", "Performance"],
            ["", "TSh billion", "TSh billion", "%"],
            ["Jul-2025", "2,741.3", "2,802.0", "97.8"],
            ["Aug-2025", "2,655.9", "2,690.4", "98.7"],
            ["Sep-2025", "3,204.7", "3,150.0", "101.7"],
            ["Oct-2025", "3,118.6", "3,046.0", "102.4"],
        ]
    )
    kcca = _csv(
        [
            ["Kampala Capital City Authority - budget estimates"],
            ["Vote / programme", "FY2025/26 approved", "FY2026/27 proposed"],
            ["", "USh billion", "USh billion"],
            ["Roads and infrastructure", "248.3", "281.9"],
            ["Health and environment", "96.4", "102.7"],
            ["Education and social services", "131.8", "140.2"],
            ["Administration", "104.2", "98.6"],
            ["Physical planning", "47.0", "52.1"],
            ["Revenue collection", "33.5", "36.9"],
            ["Total", "661.2", "712.4"],
        ]
    )
    return [
        *_pair(
            "txt-tra-collections",
            "text or csv",
            31,
            tra,
            (
                "TRA beats October target",
                "The Tanzania Revenue Authority collected TSh3.12 trillion in October, beating "
                "its monthly target, [TRA data show].",
                dar,
            ),
            (
                "Tax take tops TSh3 trillion",
                "The Tanzania Revenue Authority collected TSh3.2 trillion in October, [its "
                "monthly figures show].",
                dar,
            ),
        ),
        *_pair(
            "txt-bls-jobs",
            "text or csv",
            32,
            _text(_BLS),
            (
                "US adds 119,000 jobs in November",
                "Employers added 119,000 jobs in November, [the Bureau of Labor Statistics "
                "said], while unemployment held at 4.4%.",
                washington,
            ),
            (
                "Jobless rate climbs in November",
                "Unemployment rose to 4.6% in November, [the Labor Department's statistics "
                "bureau said].",
                washington,
            ),
        ),
        *_pair(
            "txt-kcca-budget",
            "text or csv",
            33,
            kcca,
            (
                "KCCA tables USh712bn budget",
                "KCCA has proposed a USh712.4 billion budget for FY2026/27, [its budget "
                "estimates show].",
                kampala,
            ),
            (
                "City authority budget grows",
                "KCCA has proposed a budget of USh712.4 million for FY2026/27, [according to "
                "its estimates].",
                kampala,
            ),
        ),
        *_pair(
            "txt-boi-rate",
            "text or csv",
            34,
            _text(_BOI),
            (
                "Bank of Israel cuts to 4.25%",
                "The Bank of Israel cut its benchmark rate by 25 basis points to 4.25%, [the "
                "central bank said].",
                telaviv,
            ),
            (
                "Bank of Israel makes bigger cut",
                "The Bank of Israel cut its benchmark rate by 50 basis points to 4.25%, [the "
                "central bank said].",
                telaviv,
            ),
        ),
    ]


# --- long pages -------------------------------------------------------------------------------


def _long_pages() -> list[Case]:
    hk = "Harbour Financial Post"
    sg = "Straits Business"
    ba = "Buenos Aires Herald Online"
    mx = "Pacific Peso Report"
    mtr = _long(
        "MTR Corporation - 2026 Interim Results: highlights",
        [
            "Hong Kong, 13 August 2026. MTR Corporation Limited today announced its results "
            "for the six months ended 30 June 2026.",
            "Total patronage of all our rail and bus passenger services in Hong Kong for the "
            "first half of 2026 increased by 3.1% to 1,012.4 million. Average weekday "
            "patronage was 5.73 million.",
            "Cross-boundary Service patronage increased by 18.6% as travel to the Mainland "
            "continued to grow, while High Speed Rail (Hong Kong Section) patronage increased "
            "by 12.4%.",
            "Revenue from Hong Kong transport operations was HK$11,240 million. Total revenue "
            "for the Group was HK$29,870 million.",
            "Property development profit in Hong Kong was HK$3,105 million, mainly from the "
            "sale of units at our residential projects.",
            "Train service delivery and passenger journeys on time both remained at 99.9%.",
            "The Board has declared an interim dividend of HK$0.42 per share.",
            "Our new railway projects continued to progress, and we remain committed to "
            "sustainability, with further investment in energy-efficient trains.",
        ],
    )
    changi = _long(
        "Changi Airport Group Annual Review 2025",
        [
            "Singapore, 28 May 2026. Changi Airport Group (CAG) today released its annual "
            "review for the financial year.",
            "Changi Airport handled 67.7 million passenger movements in 2025, up 5.3 per cent "
            "from 2024.",
            "Aircraft movements grew 9.5 per cent to 375,000, as airlines added capacity to "
            "Southeast Asia and China.",
            "Airfreight throughput was 1.99 million tonnes, broadly unchanged from the year "
            "before.",
            "CAG's revenue for the financial year was S$3.46 billion. Contracts worth about "
            "S$1.2 billion were awarded for Terminal 5.",
            "Jewel Changi Airport welcomed about 80 million visitors since its opening, and "
            "retail sales per passenger rose.",
            "CAG continued its work on sustainability, with solar panels installed on rooftops "
            "across the airport.",
        ],
    )
    indec = _long(
        "Consumer Price Index (CPI), October 2026",
        [
            "Buenos Aires, 13 November 2026. The National Institute of Statistics and Censuses "
            "(INDEC) reports the following results.",
            "The CPI rose 2.3% in October 2026 compared with September. Year-on-year, prices "
            "rose 31.3%, and the cumulative increase for the year so far was 24.6%.",
            "The division with the largest increase in the month was Housing, water, "
            "electricity, gas and other fuels (3.6%), followed by Food and non-alcoholic "
            "beverages (2.9%). Clothing and footwear rose 1.4%.",
            "By region, the largest increase was in the Northeast (2.5%) and the smallest in "
            "Patagonia (2.1%); Greater Buenos Aires rose 2.3%.",
            "In a separate release, the total basic basket (CBT), which sets the poverty line, "
            "reached ARS 1,148,320 in October for a typical household of four.",
            "The next CPI release, for November, is scheduled for 11 December 2026.",
        ],
    )
    gap = _long(
        "Grupo Aeroportuario del Pacífico reports third-quarter 2026 results",
        [
            "Guadalajara, Jalisco, Mexico, 23 October 2026. Grupo Aeroportuario del Pacífico, "
            "S.A.B. de C.V. (GAP) announced its consolidated results for the third quarter.",
            "Total passengers at our 14 airports increased 4.2% to 17.1 million. Passenger "
            "traffic at Guadalajara rose 6.7% to 4.1 million, and at Tijuana 3.0%.",
            "Total revenues were Ps. 7,842 million, an increase of 9.9% compared with the third "
            "quarter of 2025. Aeronautical revenues rose 8.1%.",
            "EBITDA was Ps. 5,120 million, and the EBITDA margin (excluding construction "
            "services) was 68.4%.",
            "During the quarter, GAP committed Ps. 2,350 million under its master development "
            "programme, including terminal expansions in Los Cabos and Puerto Vallarta.",
            "Figures are unaudited and expressed in nominal Mexican pesos (Ps.).",
        ],
    )
    return [
        *_pair(
            "long-mtr-patronage",
            "long page",
            41,
            mtr,
            (
                "MTR patronage tops one billion in first half",
                "Patronage across the MTR's Hong Kong rail and bus services rose 3.1% to 1.01 "
                "billion in the first half, [the company said].",
                hk,
            ),
            (
                "MTR patronage jumps",
                "Patronage on the MTR's Hong Kong rail and bus services rose 18.6% in the first "
                "half, [the company said].",
                hk,
            ),
        ),
        *_pair(
            "long-changi-traffic",
            "long page",
            42,
            changi,
            (
                "Changi handles 67.7 million passengers",
                "Changi handled 67.7 million passenger movements last year, [Changi Airport "
                "Group said].",
                sg,
            ),
            (
                "Changi traffic grows 9.5%",
                "Passenger traffic at Changi grew 9.5 per cent last year to 67.7 million, "
                "[the airport operator said].",
                sg,
            ),
        ),
        *_pair(
            "long-indec-cpi",
            "long page",
            43,
            indec,
            (
                "Poverty line rises above 1.1 million pesos",
                "A family of four needed 1.15 million pesos in October to stay above the "
                "poverty line, [INDEC said].",
                ba,
            ),
            (
                "Argentine monthly inflation quickens",
                "Monthly inflation in Argentina quickened to 2.9% in October, [the INDEC "
                "statistics agency said].",
                ba,
            ),
        ),
        *_pair(
            "long-gap-results",
            "long page",
            44,
            gap,
            (
                "GAP revenue up 9.9%",
                "GAP's revenue rose 9.9% to 7.84 billion pesos in the third quarter, [the "
                "airport group said].",
                mx,
            ),
            (
                "Airport group's revenue climbs",
                "GAP's third-quarter revenue climbed 6.7% to 7.84 billion pesos, [the airport "
                "group said].",
                mx,
            ),
        ),
    ]


# --- notation ---------------------------------------------------------------------------------


def _notation() -> list[Case]:
    seoul = "Seoul Economic Review"
    prague = "Prague Monitor"
    cairo = "Cairo Chronicle"
    telaviv = "Tel Aviv Ledger"
    wire = "Capitol Energy Wire"
    return [
        *_pair(
            "not-korea-budget",
            "notation",
            51,
            _release(
                "2027 Budget Proposal",
                "The government has set total expenditure for 2027 at KRW 728.0 trillion, up "
                "8.1 percent from this year's KRW 673.3 trillion.",
                "Ministry of Economy and Finance, Budget Office, Sejong.",
            ),
            (
                "Seoul proposes ₩728tn budget",
                "The government proposed a ₩728 trillion budget for next year, [the finance "
                "ministry said], 8.1% more than this year.",
                seoul,
            ),
            (
                "Government unveils 2027 budget",
                "The government proposed total spending of 728 billion won for 2027, [the "
                "finance ministry said].",
                seoul,
            ),
        ),
        *_pair(
            "not-prague-budget",
            "notation",
            52,
            _page(
                "<h1>Zastupitelstvo schválilo rozpočet na rok 2027</h1>"
                "<p lang=cs>Zastupitelstvo hlavního města Prahy schválilo rozpočet na rok 2027. "
                "Výdaje činí 109,4 mld. Kč, příjmy 96,8 mld. Kč; schodek pokryjí rezervy.</p>"
                "<p>English summary: the City Assembly approved the 2027 budget, with "
                "expenditure of 109,4 mld. Kč and revenue of 96,8 mld. Kč.</p>",
                "Rozpočet hl. m. Prahy 2027",
            ),
            (
                "Prague approves CZK109.4bn spending plan",
                "Prague's councillors approved spending of CZK109.4bn for 2027, [city hall said].",
                prague,
            ),
            (
                "Prague passes 2027 budget",
                "Prague's councillors approved €109.4 billion of spending for 2027, [city hall "
                "said].",
                prague,
            ),
        ),
        *_pair(
            "not-egypt-budget",
            "notation",
            53,
            _release(
                "Draft State Budget, Fiscal Year 2026/2027",
                "The draft budget for fiscal year 2026/2027 targets total revenues of EGP 3.1 "
                "trillion and total expenditures of EGP 4.6 trillion.",
                "Ministry of Finance, Arab Republic of Egypt, media office.",
            ),
            (
                "Budget targets LE3.1 trillion in revenue",
                "Egypt's FY2026/27 draft budget targets revenue of LE3.1 trillion, [the finance "
                "ministry said].",
                cairo,
            ),
            (
                "Egypt sets out draft budget",
                "Egypt's draft budget for FY2026/27 targets revenue of E£3.1bn, [the finance "
                "ministry said].",
                cairo,
            ),
        ),
        *_pair(
            "not-israel-wage",
            "notation",
            54,
            _release(
                "Average wage, August 2026",
                "The average monthly wage per employee post in August 2026 was NIS 13,316, up "
                "5.2% from August 2025.",
                "Central Bureau of Statistics, Jerusalem. Media: spokesperson's office.",
            ),
            (
                "Average wage at ₪13,316",
                "The average monthly wage was ₪13,316 in August, [the Central Bureau of "
                "Statistics said].",
                telaviv,
            ),
            (
                "Wages keep rising",
                "The average monthly wage reached $13,316 in August, [the statistics bureau said].",
                telaviv,
            ),
        ),
        *_pair(
            "not-eia-crude",
            "notation",
            55,
            _release(
                "Short-Term Energy Outlook",
                "U.S. crude oil production averaged 13.6 million barrels per day (b/d) in 2025, "
                "and we forecast it will average 13.5 million b/d in 2026.",
                "U.S. Energy Information Administration, Washington, DC.",
            ),
            (
                "US output at 13.6m b/d",
                "US crude output averaged 13.6m barrels a day in 2025, [the EIA said].",
                wire,
            ),
            (
                "US crude output steady",
                "US crude output averaged 13.6 million gallons a day in 2025, [the EIA said].",
                wire,
            ),
        ),
    ]


# --- rounding ---------------------------------------------------------------------------------


def _rounding() -> list[Case]:
    kind = "rounding"
    return [
        _one(
            "rnd-who-life-expectancy",
            kind,
            61,
            False,
            (
                "Life expectancy recovers",
                "Global life expectancy at birth has recovered to 73.3 years, [the WHO said].",
                "Geneva Dispatch",
            ),
            _table(
                "World health statistics 2026: life expectancy",
                ["Indicator", "2019", "2021", "2024"],
                [
                    ["Life expectancy at birth (years)", "72.84", "71.36", "73.27"],
                    ["Healthy life expectancy at birth (years)", "63.54", "62.18", "63.66"],
                ],
                "World Health Organization, Global Health Observatory.",
            ),
        ),
        _one(
            "rnd-kostat-fertility",
            kind,
            62,
            False,
            (
                "Fertility rate rises to 0.75",
                "South Korea's total fertility rate rose to 0.75 in 2025, [Statistics Korea said].",
                "Seoul Economic Review",
            ),
            _release(
                "Birth Statistics, 2025",
                "The total fertility rate (the average number of births per woman) was 0.748 in "
                "2025, up from 0.721 in 2024.",
                "Statistics Korea, Population Trends Division, Daejeon.",
            ),
        ),
        _one(
            "rnd-ubos-growth",
            kind,
            63,
            False,
            (
                "Economy grew about 6.3%",
                "Uganda's economy grew about 6.3% in FY2025/26, [the Uganda Bureau of "
                "Statistics said].",
                "Kampala Herald",
            ),
            _release(
                "Annual GDP, FY2025/26",
                "The economy grew by 6.34 percent in FY2025/26, compared with 6.12 percent in "
                "FY2024/25.",
                "Uganda Bureau of Statistics (UBOS), Kampala.",
            ),
        ),
        _one(
            "rnd-thai-arrivals",
            kind,
            64,
            False,
            (
                "35.5 million visitors in 2025",
                "Thailand welcomed 35.5 million foreign tourists in 2025, [tourism ministry "
                "data show].",
                "Bangkok Courier",
            ),
            _csv(
                [
                    ["International tourist arrivals to Thailand"],
                    ["Year", "Arrivals", "Revenue"],
                    ["", "persons", "million baht"],
                    ["2024", "33,912,408", "1,586,205"],
                    ["2025", "35,546,021", "1,624,318"],
                ]
            ),
        ),
        _one(
            "rnd-statsnz-gdp",
            kind,
            65,
            True,
            (
                "Economy grew 1.6%",
                "New Zealand's economy grew 1.6% in the year to June, [Stats NZ said].",
                "Wellington Dispatch",
            ),
            _release(
                "Gross domestic product: June 2026 quarter",
                "GDP rose 1.46 percent in the year ended June 2026, compared with the year "
                "ended June 2025.",
                "Stats NZ Tatauranga Aotearoa, Wellington.",
            ),
        ),
        _one(
            "rnd-district-fafsa",
            kind,
            66,
            True,
            (
                "Most seniors apply for aid",
                "More than half of the district's seniors completed the federal student aid "
                "form this year, [district data show].",
                "Valley Gazette",
            ),
            _release(
                "FAFSA completion, class of 2026",
                "49.6 percent of seniors completed the Free Application for Federal Student Aid "
                "(FAFSA) by June 30, up from 46.2 percent for the class of 2025.",
                "Maple Valley School District, Office of College and Career Readiness.",
            ),
        ),
        _one(
            "rnd-bot-currency",
            kind,
            67,
            True,
            (
                "Cash in circulation at TSh7.4tn",
                "Currency in circulation stood at TSh7.4 trillion at the end of October, [the "
                "Bank of Tanzania said].",
                "Dar es Salaam Standard",
            ),
            _release(
                "Monthly Economic Review, November 2026",
                "Currency in circulation amounted to TSh 7,846.3 billion at the end of October "
                "2026.",
                "Bank of Tanzania, Directorate of Economic Research and Policy, Dar es Salaam.",
            ),
        ),
    ]


# --- another subject --------------------------------------------------------------------------


def _other_subject() -> list[Case]:
    kind = "other subject"
    jakarta = "Jakarta Business Daily"
    rome = "Rome Commodities Letter"
    santiago = "Santiago Times English"
    bps = _table(
        "Percentage of poor population by area, March 2026",
        ["Area", "Poor population (million)", "Share of population (%)"],
        [
            ["Urban", "11.05", "6.66"],
            ["Rural", "12.96", "11.34"],
            ["Urban + rural", "24.01", "8.57"],
        ],
        "BPS-Statistics Indonesia, National Socio-Economic Survey (Susenas), March 2026.",
    )
    fao = _table(
        "FAO Food Price Index and sub-indices (2014-2016 = 100)",
        ["Index", "September 2026", "October 2026"],
        [
            ["FAO Food Price Index", "128.8", "127.5"],
            ["Cereals", "106.0", "105.2"],
            ["Vegetable oils", "167.9", "169.4"],
            ["Dairy", "145.1", "142.8"],
            ["Meat", "127.0", "126.1"],
            ["Sugar", "106.3", "103.9"],
        ],
        "Food and Agriculture Organization of the United Nations, Rome.",
    )
    chile = _release(
        "New minimum monthly income",
        "From 1 January 2027 the minimum monthly income is CLP 529,000 for workers aged 18 to "
        "65, CLP 394,622 for workers under 18 or over 65, and CLP 340,988 for non-remunerative "
        "purposes.",
        "Ministerio del Trabajo y Previsión Social, Santiago de Chile.",
    )
    tenq = _report(
        "Form 10-Q - Quarterly report for the quarter ended September 30, 2026",
        "Northwind Devices, Inc. (Commission file number 001-38211)",
        [
            "This report contains forward-looking statements that involve risks and "
            "uncertainties. Actual results may differ materially.",
        ],
        [
            "Net sales by reportable segment, three months ended September 30, 2026:",
            "Americas: $4,212 million",
            "Europe: $1,876 million",
            "Asia Pacific: $1,104 million",
            "Total net sales: $7,192 million",
        ],
        extra=[
            [
                "Management's discussion and analysis",
                "Net sales increased compared with the same quarter of 2025, driven by "
                "higher demand for the company's devices and services.",
            ]
        ],
    )
    return [
        *_pair(
            "oth-bps-poverty",
            kind,
            71,
            bps,
            (
                "Poverty rate falls to 8.57%",
                "Indonesia's poverty rate fell to 8.57% in March, [Statistics Indonesia said].",
                jakarta,
            ),
            (
                "Poverty rate at 11.34%",
                "Indonesia's poverty rate stood at 11.34% in March, [Statistics Indonesia said].",
                jakarta,
            ),
        ),
        *_pair(
            "oth-fao-index",
            kind,
            72,
            fao,
            (
                "Food prices ease in October",
                "The FAO Food Price Index averaged 127.5 points in October, [the UN food "
                "agency said].",
                rome,
            ),
            (
                "Cereal prices ease",
                "FAO's cereal price index averaged 126.1 points in October, [the UN food agency "
                "said].",
                rome,
            ),
        ),
        *_pair(
            "oth-chile-minimum-wage",
            kind,
            73,
            chile,
            (
                "Minimum wage to reach 529,000 pesos",
                "Chile's minimum monthly wage rises to 529,000 pesos in January, [the labour "
                "ministry said].",
                santiago,
            ),
            (
                "Young workers get a raise",
                "Workers under 18 will earn a minimum of 529,000 pesos a month from January, "
                "[the labour ministry said].",
                santiago,
            ),
        ),
        _one(
            "oth-10q-europe",
            kind,
            74,
            True,
            (
                "Northwind's European sales top $4bn",
                "Northwind's sales in Europe reached $4.2 billion in the third quarter, "
                "[its quarterly filing shows].",
                "Washington Wire",
            ),
            tenq,
        ),
    ]


# --- two periods ------------------------------------------------------------------------------


def _two_periods() -> list[Case]:
    kind = "two periods"
    washington = "Washington Wire"
    manila = "Manila Morning Ledger"
    local = "Northfield Courier"
    sg = "Straits Business"
    census = _table(
        "New residential construction, October 2026",
        "<tr><th rowspan=2></th><th colspan=3>Seasonally adjusted annual rate</th></tr>"
        "<tr><th>October 2026</th><th>September 2026 (r)</th><th>Change (%)</th></tr>",
        [
            ["Housing starts", "1,246,000", "1,286,000", "−3.1"],
            ["Building permits", "1,412,000", "1,398,000", "1.0"],
            ["Housing completions", "1,330,000", "1,352,000", "−1.6"],
        ],
        "(r) Revised. U.S. Census Bureau and U.S. Department of Housing and Urban Development.",
        "Privately-owned housing starts in October were at a seasonally adjusted annual rate "
        "of 1,246,000.",
    )
    psa = _release(
        "Summary inflation report, November 2026",
        "Headline inflation in the Philippines accelerated to 2.8 percent in November 2026 from "
        "2.4 percent in October 2026. In November 2025, headline inflation was 1.5 percent.",
        "Philippine Statistics Authority, Quezon City.",
    )
    enrollment = _report(
        "Fall 2026 Enrollment Report",
        "Northfield Public Schools, Office of Planning",
        [
            "This report presents the official October 1 enrollment count for the 2026-27 "
            "school year, with last year's count for comparison.",
        ],
        [
            "Total enrollment, October 1, 2026 (2026-27): 48,212",
            "Total enrollment, October 1, 2025 (2025-26): 49,105",
            "Kindergarten enrollment (2026-27): 3,284",
            "Schools operated: 71",
        ],
        tables=[
            [
                ["Level", "2025-26", "2026-27"],
                ["Elementary (K-5)", "21,480", "20,912"],
                ["Middle (6-8)", "11,317", "11,204"],
                ["High (9-12)", "16,308", "16,096"],
                ["Total", "49,105", "48,212"],
            ]
        ],
    )
    mti = _release(
        "MTI forecasts GDP growth of 1.0 to 3.0 per cent in 2026",
        "The Singapore economy grew by 4.4 per cent in 2025. MTI forecasts GDP growth of 1.0 to "
        "3.0 per cent in 2026.",
        "Ministry of Trade and Industry Singapore, Corporate Communications.",
    )
    return [
        *_pair(
            "per-census-starts",
            kind,
            81,
            census,
            (
                "Housing starts slip to 1.25 million pace",
                "Housing starts fell to a seasonally adjusted annual rate of 1.25 million in "
                "October, [the Census Bureau said].",
                washington,
            ),
            (
                "Housing starts at 1.29 million",
                "Housing starts ran at an annual rate of 1.29 million in October, [the Census "
                "Bureau said].",
                washington,
            ),
        ),
        *_pair(
            "per-psa-inflation",
            kind,
            82,
            psa,
            (
                "Inflation quickens to 2.8%",
                "Philippine inflation quickened to 2.8% in November, [the statistics authority "
                "said].",
                manila,
            ),
            (
                "Inflation picks up in November",
                "Philippine inflation quickened to 2.4% in November, [the statistics authority "
                "said].",
                manila,
            ),
        ),
        *_pair(
            "per-district-enrollment",
            kind,
            83,
            enrollment,
            (
                "Enrollment drops again",
                "Enrollment fell to 48,212 students this fall, [the district's enrollment "
                "report shows].",
                local,
            ),
            (
                "Enrollment holds near 49,000",
                "District enrollment stands at 49,105 students this school year, [the "
                "district's enrollment report shows].",
                local,
            ),
        ),
        *_pair(
            "per-mti-forecast",
            kind,
            84,
            mti,
            (
                "Growth seen at 1-3% next year",
                "The trade ministry expects the economy to grow 1-3% in 2026, [MTI said].",
                sg,
            ),
            (
                "Economy to grow 4.4% in 2026",
                "Singapore's economy is expected to grow 4.4 per cent in 2026, [the trade "
                "ministry said].",
                sg,
            ),
        ),
    ]


# --- figure absent ----------------------------------------------------------------------------


def _figure_absent() -> list[Case]:
    kind = "figure absent"
    return [
        _one(
            "abs-fda-recall",
            kind,
            86,
            True,
            (
                "Frozen mango recall widens",
                "The recall covers about 86,000 bags of frozen mango, [the FDA notice said].",
                "Washington Wire",
            ),
            _release(
                "Sunrise Foods Recalls Frozen Mango Chunks Because of Possible Health Risk",
                "Sunrise Foods is recalling 1,240 cases of frozen mango chunks, distributed to "
                "retail stores in 14 states, because they may be contaminated with hepatitis A.",
                "Company announcement posted by the U.S. Food and Drug Administration.",
            ),
        ),
        _one(
            "abs-eurostat-gdp",
            kind,
            87,
            True,
            (
                "Czech economy grows 0.6%",
                "Czech GDP grew 0.6% in the third quarter, [Eurostat's flash estimate showed].",
                "Prague Monitor",
            ),
            _release(
                "GDP up by 0.2% in the euro area and by 0.3% in the EU",
                "In the third quarter of 2026, seasonally adjusted GDP increased by 0.2% in the "
                "euro area and by 0.3% in the EU, compared with the previous quarter.",
                "Eurostat, the statistical office of the European Union. Preliminary flash "
                "estimate.",
            ),
        ),
        _one(
            "abs-ecb-inflation",
            kind,
            88,
            True,
            (
                "ECB sees inflation at 1.9%",
                "The ECB expects inflation of 1.9% in 2027, [its monetary policy statement said].",
                "Brussels Briefing",
            ),
            _release(
                "Monetary policy decisions",
                "The Governing Council today decided to keep the three key ECB interest rates "
                "unchanged: the deposit facility rate stays at 2.00%, the main refinancing "
                "operations rate at 2.15% and the marginal lending facility rate at 2.40%.",
                "European Central Bank, Directorate General Communications, Frankfurt am Main.",
            ),
        ),
        _one(
            "abs-dart-brt",
            kind,
            89,
            True,
            (
                "BRT carries 250,000 a day",
                "The bus rapid transit system carries 250,000 passengers a day, [DART said].",
                "Dar es Salaam Standard",
            ),
            _release(
                "Phase two BRT services begin",
                "Dar Rapid Transit Agency (DART) will begin phase two services on Kilwa Road "
                "with 50 new buses; the single fare remains TSh 750.",
                "DART Agency, Dar es Salaam. Media enquiries: public relations unit.",
            ),
        ),
    ]


# --- spelled out ------------------------------------------------------------------------------


def _spelled_out() -> list[Case]:
    kind = "spelled out"
    wellington = "Wellington Dispatch"
    local = "Valley Gazette"
    renters = _release(
        "Housing in Aotearoa: 2026",
        "33.4 percent of New Zealand households rented the dwelling they lived in, according to "
        "the Household Economic Survey.",
        "Stats NZ Tatauranga Aotearoa, Wellington.",
    )
    meals = _table(
        "Student demographics, 2026-27",
        ["Measure", "Students", "Share (%)"],
        [
            ["Total enrollment", "31,520", "100.0"],
            ["Eligible for free or reduced-price meals", "21,055", "66.8"],
            ["English learners", "4,823", "15.3"],
            ["Students with disabilities", "4,098", "13.0"],
        ],
        "Maple Valley School District, October count.",
    )
    return [
        *_pair(
            "sp-statsnz-renters",
            kind,
            91,
            renters,
            (
                "A third of households rent",
                "A third of New Zealand households rent their home, [Stats NZ said].",
                wellington,
            ),
            (
                "Two in five households rent",
                "Two in five New Zealand households rent their home, [Stats NZ said].",
                wellington,
            ),
        ),
        *_pair(
            "sp-district-meals",
            kind,
            92,
            meals,
            (
                "Two-thirds of pupils qualify for meal aid",
                "Two-thirds of the district's students qualify for free or reduced-price "
                "meals, [district figures show].",
                local,
            ),
            (
                "Three in four pupils qualify for meal aid",
                "Three-quarters of the district's students qualify for free or reduced-price "
                "meals, [district figures show].",
                local,
            ),
        ),
        _one(
            "sp-unhcr-refugees",
            kind,
            93,
            False,
            (
                "Half a million flee fighting",
                "More than half a million people have fled into neighbouring countries since "
                "April, [the UN refugee agency said].",
                "Geneva Dispatch",
            ),
            _release(
                "Regional refugee response update",
                "503,200 people have fled into neighbouring countries since fighting began in "
                "April, according to government and UNHCR registration data.",
                "UNHCR, the UN Refugee Agency, regional bureau, Nairobi.",
            ),
        ),
        _one(
            "sp-who-cholera",
            kind,
            94,
            True,
            (
                "Cholera cases near half a million",
                "Nearly half a million suspected cholera cases have been reported this year, "
                "[the World Health Organization said].",
                "Geneva Dispatch",
            ),
            _release(
                "Multi-country outbreak of cholera, external situation report",
                "From 1 January to 30 November 2026, a cumulative total of 386,400 suspected "
                "cholera cases were reported from 31 countries.",
                "World Health Organization, Health Emergencies Programme, Geneva.",
            ),
        ),
        _one(
            "sp-ecb-cash",
            kind,
            95,
            False,
            (
                "Cash still used in half of shop payments",
                "Cash was used in just over half of in-store payments in the euro area, [an ECB "
                "study found].",
                "Brussels Briefing",
            ),
            _release(
                "Study on the payment attitudes of consumers in the euro area",
                "Cash was used in 52% of point-of-sale transactions in 2026, down from 59% in "
                "2022, while cards accounted for 39%.",
                "European Central Bank, Frankfurt am Main.",
            ),
        ),
    ]


# --- unreadable sources -----------------------------------------------------------------------

_WALL = (
    "<h1>Members' area</h1><form action=/login method=post><label>Email <input name=email>"
    "</label><label>Password <input type=password name=password></label>"
    "<button>Sign in</button></form><p>Sign in to view this document. Registration is free "
    "for accredited media.</p>"
)


def _unreadable_sources() -> list[Case]:
    stories: list[tuple[str, Story, Source]] = [
        (
            "unr-404-html",
            (
                "Retail sales up 0.4%",
                "Retail sales rose 0.4% in October, [the Census Bureau said].",
                "Washington Wire",
            ),
            _page(
                "<h1>Page not found</h1><p>The page you requested has moved or no longer "
                "exists.</p>",
                "404 Not Found",
                404,
            ),
        ),
        (
            "unr-404-text",
            (
                "Ridership at 1.2 million",
                "Daily ridership on the metro reached 1.2 million, [the transit operator said].",
                "Pacific Peso Report",
            ),
            Source("text/plain; charset=utf-8", b"404 page not found\n", 404),
        ),
        (
            "unr-500-html",
            (
                "Reserves at US$106.8bn",
                "Gross international reserves stood at US$106.8 billion at the end of "
                "November, [the central bank said].",
                "Manila Morning Ledger",
            ),
            _page(
                "<h1>Internal Server Error</h1><p>Something went wrong. Please try again "
                "later.</p>",
                "500 Internal Server Error",
                500,
            ),
        ),
        (
            "unr-500-text",
            (
                "Forint reserves rise",
                "Hungary's central bank reserves rose to €48.2 billion, [the MNB said].",
                "Budapest Business Weekly",
            ),
            Source(
                "text/plain; charset=utf-8",
                b"Internal Server Error\nThe server encountered an unexpected condition.\n",
                500,
            ),
        ),
        (
            "unr-empty",
            (
                "Baht exports up 5.2%",
                "Thai exports rose 5.2% to ฿912 billion in October, [the commerce ministry said].",
                "Bangkok Courier",
            ),
            Source("text/html; charset=utf-8", b""),
        ),
        (
            "unr-login-wall",
            (
                "Lira bond sale raises ₺42bn",
                "The Treasury raised ₺42 billion at its bond auction, [according to the results].",
                "Istanbul Observer",
            ),
            _page(_WALL, "Sign in"),
        ),
        (
            "unr-locked-pdf",
            (
                "Cedi debt service at GH₵61bn",
                "Interest payments reached GH₵61 billion in the first nine months, [the "
                "finance ministry's fiscal report shows].",
                "Accra Mirror",
            ),
            Source(
                "application/pdf",
                make_pdf(
                    [
                        ["Fiscal data, January-September 2026"],
                        ["Foreword"],
                        ["Key results", "Interest payments: GHS 61.0 billion"],
                    ],
                    password="mof-2026",
                ),
            ),
        ),
        (
            "unr-scanned-pdf",
            (
                "Ridership up 7%",
                "Ridership on the city's ferries rose 7% last year, [the operator's annual "
                "report shows].",
                "Harbour Financial Post",
            ),
            Source("application/pdf", blank_pdf(3)),
        ),
        (
            "unr-image",
            (
                "Remittances hit US$3.4bn",
                "Remittances reached US$3.4 billion in September, [the central bank's report "
                "shows].",
                "Manila Morning Ledger",
            ),
            Source("image/png", _png()),
        ),
    ]
    return [
        _unreadable(name, 101 + i, story, source) for i, (name, story, source) in enumerate(stories)
    ]


def blind6_cases() -> list[Case]:
    """The sixth blind set: about half planted, plus unreadable sources that must escalate."""
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
        *_figure_absent(),
        *_spelled_out(),
        *_unreadable_sources(),
    ]
