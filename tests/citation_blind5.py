"""A fifth blind held-out set for the fact-check gate bench (issue 10, "Measured, not assumed").

Written from the issue's specification ("Check figures against the sources newsrooms actually
cite") and from how election commissions, port authorities, hospitals, universities, weather
services, sports leagues, statistics offices, US state agencies and city councils publish,
not from the checker's code and not from the other sets' case texts. Nobody tunes on it: it
exists so the checker's figure is an honest one.

Styles are Indian (lakh, crore, ₹, Rs, 2,78,94,512), Nigerian (₦, N), Swiss (CHF, Fr.,
44'893), Scandinavian (NOK, SEK, DKK, decimal commas), South African (R, spaces between
thousands), Canadian (C$), Australian (A$), Mexican (MX$), Polish (zł, PLN 8 181,72) and
American. Sources are rough: footnote markers, narrow and non-breaking spaces as thousands
separators, units only in a caption, header or units row ("₹ crore", "'000"), merged header
cells, totals rows, "n/a" and "–" cells, deficits in parentheses, a PDF whose key results
come in two columns, a CSV with a units row, fixed-width text. Articles are rough too:
hedges ("nearly", "more than", "about"), relative periods, figures in headlines, ranges,
"1.3m", "N312.6bn", "32.9pc", "half a million", "two-thirds".

A *planted* case's article gives a figure a careful copy editor would stop: another value,
per cent for percentage points, a scale misread (thousands as units, crore as million), a
figure the source gives only for another subject or another period, one the source does not
have, or another unit (kronor as euros). A *clean* case's source is readable and supports the
article as a copy editor would accept it. Unreadable sources (a locked or an image-only PDF,
404/500 pages with HTML or plain-text bodies, a login wall and a geo-block served with 200,
an empty 200, an image or a binary download where a report was cited) confirm nothing and so
must escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind5".
"""

from __future__ import annotations

import csv
import io
import re
import struct
import zlib
from dataclasses import dataclass

from fpdf import FPDF

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

# --- the article ------------------------------------------------------------------------------

_PAPERS = (
    "The Deccan Ledger",
    "Lagos Evening Post",
    "Zurich Weekly (English)",
    "Nordic Wire",
    "Cape Courier",
    "Prairie Herald",
    "Harbour City Times",
    "Valle Noticias English",
    "Warsaw Weekly",
)

_AFTER = (
    "<p>Officials said the figures would be reviewed when final data become available, as "
    "happens every year.</p>"
    "<p>Opposition members called for more detail on how the numbers were compiled, while "
    "local groups said they would study the report closely.</p>"
)

_LINK = re.compile(r"\[([^\]]+)\]")


@dataclass(frozen=True)
class _Blind5Case(Case):
    @property
    def split(self) -> str:
        return "blind5"


def _article(name: str, headline: str, sentence: str, index: int) -> str:
    """The reporter's story: one cited sentence, the citation written as [anchor text]."""
    body = _LINK.sub(lambda m: f'<a href="/sources/{name}">{m.group(1)}</a>', sentence, count=1)
    paper = _PAPERS[index % len(_PAPERS)]
    return (
        f"<html><head><title>{headline} - {paper}</title></head><body>"
        f'<nav><a href="/">Home</a> <a href="/business">Business</a></nav>'
        f"<article><h1>{headline}</h1><p class=byline>Staff correspondent, {paper}</p>"
        f"<p>{body}</p>{_AFTER}</article></body></html>"
    )


# --- the sources ------------------------------------------------------------------------------


def _page(body: str, title: str, status: int = 200) -> Source:
    page = f"<!DOCTYPE html><html lang=en><head><title>{title}</title></head><body>{body}</body>"
    return Source("text/html; charset=utf-8", (page + "</html>").encode(), status)


def _release(heading: str, line: str, tail: str) -> Source:
    """A three-line release: heading, the figure, a contact or next-release note."""
    return _page(f"<h1>{heading}</h1><p>{line}</p><p><small>{tail}</small></p>", heading)


def _table(caption: str, head: list[str] | str, rows: list[list[str]], note: str = "") -> Source:
    """An HTML table: row headers in <th>; `head` is a list of cells, or ready-made <tr>s
    (for merged header cells)."""
    if isinstance(head, str):
        thead = head
    else:
        thead = "<tr>" + "".join(f"<th scope=col>{h}</th>" for h in head) + "</tr>"
    body = "".join(
        "<tr><th scope=row>" + row[0] + "</th>" + "".join(f"<td>{c}</td>" for c in row[1:])
        for row in rows
    )
    foot = f"<p class=footnote>{note}</p>" if note else ""
    return _page(
        f"<h2>{caption}</h2><table><caption>{caption}</caption><thead>{thead}</thead>"
        f"<tbody>{body}</tbody></table>{foot}",
        caption,
    )


_FOREWORD = (
    "This report reviews the year's activity and compares it with the previous year. "
    "Detailed tables are given in the annex at the end of the report."
)
_NOTES = (
    "Figures are audited unless marked provisional. Totals may not add because of rounding. "
    "Amounts are in current prices."
)


def _pdf(title: str, agency: str, summary: list[str], tables: list[list[list[str]]]) -> Source:
    """A multi-page report: title page, foreword, key results on page 3, notes, annex tables.

    Helvetica in fpdf2 is Latin-1 only: no rupee, naira or zloty sign, no dashes, no minus."""
    pages = [
        [title, agency, "Annual report"],
        ["Foreword", _FOREWORD],
        ["Key results", *summary],
        ["Notes on the figures", _NOTES],
    ]
    return Source("application/pdf", make_pdf(pages, tables=tables))


def _pdf_in_columns(
    title: str, agency: str, left: str, right: str, table: list[list[str]]
) -> Source:
    """The same report, but its key results are laid out in two columns, as a designed annual
    report is: the text of one column wraps beside the other's."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for lines in ([title, agency, "Annual report"], ["Foreword", _FOREWORD]):
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.multi_cell(0, 6, "Key results", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 4
    for x, text in ((10.0, left), (110.0, right)):
        pdf.set_xy(x, top)
        pdf.multi_cell(85, 6, text)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Notes on the figures", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, _NOTES, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    with pdf.table() as grid:
        for cells in table:
            row = grid.row()
            for cell in cells:
                row.cell(cell)
    return Source("application/pdf", bytes(pdf.output()))


_CHROME = (
    "<header><a href='#main'>Skip to main content</a> <a href='/'>Home</a> "
    "<a href='/about'>About</a> <a href='/media'>Media centre</a> <a href='/tenders'>Tenders</a>"
    " <a href='/rti'>Right to information</a></header><div class=banner>This website uses "
    "cookies. <button>OK</button> <a href='/privacy'>Read more</a></div>"
)
_FILLER = (
    "Our mission is to serve the public with integrity, transparency and efficiency.",
    "Annual reports from earlier years are available in the publications archive.",
    "The organisation is governed by a board appointed under its founding statute.",
    "Members of the public may submit comments through the online feedback form.",
    "Tender notices are published on this site and in the official gazette.",
    "Office hours are Monday to Friday, excluding public holidays.",
    "Information on accessibility and alternative formats is available on request.",
    "Follow our social media channels for service updates and announcements.",
)


def _long(heading: str, sentence: str, decoy: str) -> Source:
    """A long page: navigation, cookie banner, two dozen paragraphs; the figure is in the middle,
    and a number that looks like it, about something else, is further down."""
    parts = [_CHROME, f"<main id=main><h1>{heading}</h1>"]
    for i, line in enumerate(_FILLER * 3):
        parts.append(f"<p>{line}</p>")
        if i == 10:
            parts.append(f"<p>{sentence}</p>")
        if i == 18:
            parts.append(f"<p>{decoy}</p>")
    parts.append("</main><footer>Copyright 2025. All rights reserved. Disclaimer. Sitemap.")
    return _page("".join(parts) + "</footer>", heading)


def _csv(rows: list[list[str]], delimiter: str = ",") -> Source:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return Source("text/csv; charset=utf-8", out.getvalue().encode())


def _text(lines: list[str]) -> Source:
    return Source("text/plain; charset=utf-8", ("\n".join(lines) + "\n").encode())


def _blank_png(width: int = 160, height: int = 90) -> bytes:
    """A chart exported as a picture with nothing legible in it: a real PNG, white."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    pixels = b"".join(b"\x00" + b"\xff" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(pixels))
        + chunk(b"IEND", b"")
    )


# --- the cases --------------------------------------------------------------------------------

_made: list[Case] = []


def _add(
    kind: str, topic: int, slug: str, headline: str, sentence: str, source: Source, **flags: bool
) -> None:
    planted = flags.get("planted", False)
    readable = flags.get("readable", True)
    side = "planted" if planted else "clean" if readable else "down"
    name = f"b5-{slug}-{side}"
    html = _article(name, headline, sentence, len(_made))
    _made.append(_Blind5Case(name, kind, topic, planted, html, source, readable))


def _pair(
    kind: str,
    topic: int,
    slug: str,
    headline: str | tuple[str, str],
    clean: str,
    planted: str,
    source: Source,
) -> None:
    """A clean and a planted article citing the same source; a headline with a figure in it
    comes as (clean, planted)."""
    heads = (headline, headline) if isinstance(headline, str) else headline
    _add(kind, topic, slug, heads[0], clean, source)
    _add(kind, topic, slug, heads[1], planted, source, planted=True)


def _press_releases() -> None:
    k = "press release"
    _pair(
        k,
        0,
        "kerala-roll",
        "Kerala publishes final electoral roll",
        "Kerala's final electoral roll lists about 27.9 million voters ahead of the local body "
        "polls, [the State Election Commission] said.",
        "Kerala's final electoral roll lists about 2.79 million voters ahead of the local body "
        "polls, [the State Election Commission] said.",
        _release(
            "Kerala State Election Commission: final electoral roll, local body elections 2025",
            "The final electoral roll published today contains 2,78,94,512 voters: 1,44,81,010 "
            "women, 1,34,13,226 men and 276 transgender voters.",
            "Thiruvananthapuram. Claims and objections may be filed at the next revision.",
        ),
    )
    _pair(
        k,
        1,
        "lagos-revenue",
        ("Lagos rakes in N312.6bn", "Lagos rakes in N298bn"),
        "The Lagos tax office collected N312.6bn in the first quarter, beating its target, "
        "[the agency said].",
        "The Lagos tax office collected N298bn in the first quarter, [the agency said].",
        _release(
            "Lagos State Internal Revenue Service: first quarter 2025 collections",
            "LIRS collected ₦312.6 billion in the first quarter of 2025, against a target of "
            "₦298.0 billion for the period.",
            "Issued by Corporate Communications, LIRS, Alausa, Ikeja.",
        ),
    )
    _pair(
        k,
        2,
        "zurich-inpatients",
        "Zurich's university hospital busier than ever",
        "The University Hospital Zurich treated almost 44,900 inpatients last year, "
        "[its annual figures] show.",
        "The University Hospital Zurich treated more than 48,000 inpatients last year, "
        "[its annual figures] show.",
        _release(
            "USZ in figures 2024",
            "In 2024 the University Hospital Zurich treated 44’893 inpatients (+3.1%) and "
            "recorded 712’460 outpatient visits.",
            "Media office USZ, Rämistrasse 100, 8091 Zürich",
        ),
    )
    _pair(
        k,
        3,
        "phoenix-budget",
        "Phoenix council passes budget",
        "Phoenix's city council adopted a $1.94 billion general fund budget for fiscal "
        "2025-26, [the city] announced.",
        "Phoenix's city council adopted a $1.49 billion general fund budget for fiscal "
        "2025-26, [the city] announced.",
        _release(
            "City Council adopts Fiscal Year 2025-26 budget",
            "The Phoenix City Council on Tuesday adopted a $1.94 billion General Fund budget "
            "for fiscal year 2025-26, an increase of 4.7% over the current year.",
            "Media contact: Office of Communications, City of Phoenix.",
        ),
    )


def _html_tables() -> None:
    k = "html table"
    _pair(
        k,
        0,
        "crop-claims",
        "Crop insurance pays out to Maharashtra's farmers",
        "Insurers paid Maharashtra's farmers Rs 56.1bn in crop insurance claims in 2024-25, "
        "[government figures] show.",
        "Insurers paid Maharashtra's farmers Rs 5.6bn in crop insurance claims in 2024-25, "
        "[government figures] show.",
        _table(
            "Claims paid under the crop insurance scheme, 2024-25 (₹ crore)",
            ["State", "Farmers covered (lakh)", "Claims paid"],
            [
                ["Maharashtra", "168.4", "5,611.08"],
                ["Rajasthan", "92.7", "3,204.55"],
                ["Bihar", "n/a", "–"],
                ["Madhya Pradesh", "81.3", "2,987.10"],
                ["All states", "512.9", "18,450.62"],
            ],
            "n/a: state not in the scheme. Provisional, as reported by insurance companies.",
        ),
    )
    _pair(
        k,
        1,
        "helse-bergen",
        "Bergen hospital trust deep in the red",
        "Helse Bergen, which runs Haukeland University Hospital, ran a deficit of NOK 312m "
        "in 2024, [the regional health authority's accounts] show.",
        "Helse Bergen, which runs Haukeland University Hospital, made a surplus of NOK 312m "
        "in 2024, [the regional health authority's accounts] show.",
        _table(
            "Operating result by health trust (NOK million)",
            "<tr><th rowspan=2>Health trust</th><th colspan=2>Operating result</th>"
            "<th colspan=2>Budget target</th></tr>"
            "<tr><th>2023</th><th>2024</th><th>2023</th><th>2024</th></tr>",
            [
                ["Helse Bergen", "(148)", "(312)", "50", "120"],
                ["Helse Stavanger", "64", "21", "40", "60"],
                ["Helse Fonna", "(37)", "12", "0", "10"],
                ["Total, Western Norway", "(121)", "(279)", "90", "190"],
            ],
            "Figures in parentheses are deficits. Helse Bergen runs Haukeland University Hospital.",
        ),
    )
    _pair(
        k,
        2,
        "deltaport",
        "Vancouver's biggest container terminal grows",
        "Deltaport handled nearly 1.9 million TEUs in 2024, [the port authority's figures] show.",
        "Deltaport handled more than 3.2 million TEUs in 2024, [the port authority's figures] "
        "show.",
        _table(
            "Container traffic by terminal, Port of Vancouver (TEUs, '000)",
            ["Terminal", "2023", "2024"],
            [
                ["Centerm", "812", "905"],
                ["Vanterm", "451", "438"],
                ["Deltaport", "1,797", "1,874"],
                ["Roberts Bank Terminal 2", "–", "–"],
                ["Total", "3,060", "3,217"],
            ],
            "– not yet in operation. TEU: twenty-foot equivalent unit.",
        ),
    )
    _pair(
        k,
        3,
        "harris-crashes",
        "Deadly roads in Harris County",
        "Crashes killed 459 people on Harris County's roads in 2024, [state transportation "
        "data] show.",
        "Crashes killed 549 people on Harris County's roads in 2024, [state transportation "
        "data] show.",
        _table(
            "Motor vehicle traffic fatalities by county, 2024",
            ["County", "Fatalities", "Serious injuries", "Fatality rate¹"],
            [
                ["Harris", "459*", "2,914", "1.21"],
                ["Dallas", "338*", "1,802", "1.34"],
                ["Bexar", "261", "1,377", "1.18"],
                ["Travis", "142", "1,045", "0.97"],
            ],
            "* Includes deaths pending final classification. ¹ Deaths per 100 million vehicle "
            "miles traveled. Texas Department of Transportation, Crash Records Information "
            "System.",
        ),
    )


def _pdf_reports() -> None:
    k = "pdf report"
    _pair(
        k,
        0,
        "uct-relief",
        "UCT steps up help for students in hardship",
        "The University of Cape Town paid out R48.3m from its student emergency relief fund "
        "in 2024, [its annual report] shows.",
        "The University of Cape Town paid out R48.3bn from its student emergency relief fund "
        "in 2024, [its annual report] shows.",
        _pdf(
            "Annual Report 2024",
            "University of Cape Town",
            [
                "Student headcount: 29\xa0986 (2023: 29\xa0120).",
                "Total income for the year: R7.82 billion (2023: R7.39 billion).",
                "Student support rose again; details are given in the annex (R'000).",
            ],
            [
                [
                    ["Income, R'000", "2023", "2024"],
                    ["Government subsidy", "2\xa0604\xa0118", "2\xa0731\xa0540"],
                    ["Tuition and fees", "2\xa0190\xa0305", "2\xa0318\xa0772"],
                    ["Research contracts and grants", "1\xa0327\xa0460", "1\xa0412\xa0560"],
                    ["Other income", "1\xa0269\xa0119", "1\xa0361\xa0244"],
                    ["Total income", "7\xa0391\xa0002", "7\xa0824\xa0116"],
                ],
                [
                    ["Student support, R'000", "2023", "2024"],
                    ["Bursaries and scholarships", "612 480", "655 900"],
                    ["Student emergency relief fund", "41 730", "48 250"],
                    ["Meal and housing support", "23 115", "27 604"],
                ],
            ],
        ),
    )
    _pair(
        k,
        1,
        "melbourne-port",
        "Port of Melbourne lifts revenue",
        "Port of Melbourne's revenue rose 5 per cent to A$512.6m in 2024-25, [its annual "
        "report] shows.",
        "Port of Melbourne's revenue rose to A$488.2m in 2024-25, [its annual report] shows.",
        _pdf(
            "Annual Report 2024-25",
            "Port of Melbourne",
            [
                "Container throughput: 3.34 million TEU (2023-24: 3.21 million TEU).",
                "Revenue: A$512.6 million, up 5.0% on the prior year.",
                "Commercial vessel calls: 2,871.",
            ],
            [
                [
                    ["A$ million", "2023-24", "2024-25"],
                    ["Revenue", "488.2", "512.6"],
                    ["Operating expenses", "(201.4)", "(209.9)"],
                    ["EBITDA", "286.8", "302.7"],
                ]
            ],
        ),
    )
    _pair(
        k,
        2,
        "krakow-debt",
        "Krakow's debt keeps climbing",
        "Kraków's debt climbed to 42.3 per cent of its revenue at the end of 2024, [the "
        "city's budget report] shows.",
        "Kraków's debt ratio rose 2.1 per cent in 2024, to 42.3 per cent of revenue, [the "
        "city's budget report] shows.",
        _pdf(
            "Report on the execution of the 2024 budget (English summary)",
            "City of Kraków",
            [
                "Total revenue: PLN 8.71 billion; total expenditure: PLN 9.36 billion.",
                "Deficit: PLN 650 million, financed by bonds and bank loans.",
                "Debt at year end: PLN 3.68 billion, or 42.3% of revenue (2023: 40.2%), an "
                "increase of 2.1 percentage points.",
            ],
            [
                [
                    ["PLN million", "2023", "2024"],
                    ["Revenue", "7 942", "8 712"],
                    ["Expenditure", "8 611", "9 362"],
                    ["Result", "(669)", "(650)"],
                    ["Debt at 31 December", "3 193", "3 684"],
                ]
            ],
        ),
    )
    _pair(
        k,
        3,
        "aiims-opd",
        "AIIMS outpatient numbers swell",
        "AIIMS New Delhi recorded nearly 5 million outpatient visits in 2024-25, [its annual "
        "report] shows.",
        "AIIMS New Delhi recorded about 4.5 million outpatient visits in 2024-25, [its annual "
        "report] shows.",
        _pdf_in_columns(
            "Annual Report 2024-25",
            "All India Institute of Medical Sciences, New Delhi",
            "Hospital services. Outpatient attendance in 2024-25 rose to 49.6 lakh, from 45.3 "
            "lakh in 2023-24. Admissions: 2.84 lakh. Surgeries performed: 2.31 lakh.",
            "Teaching and research. Students on roll: 3,412. Extramural research grants: "
            "Rs 412.7 crore, for 1,128 projects. Papers published: 4,906.",
            [
                ["Hospital services (lakh)", "2023-24", "2024-25"],
                ["Outpatient attendance", "45.3", "49.6"],
                ["Admissions", "2.61", "2.84"],
                ["Surgeries", "2.18", "2.31"],
            ],
        ),
    )


def _text_and_csv() -> None:
    k = "text or csv"
    _pair(
        k,
        0,
        "ontario-retail",
        "Ontario shoppers keep spending",
        "Ontario retailers rang up C$24.3bn in sales in March, [Statistics Canada data] show.",
        "Ontario retailers rang up C$24.3m in sales in March, [Statistics Canada data] show.",
        _csv(
            [
                ["Geography", "2025-02", "2025-03"],
                ["UOM", "Dollars (thousands)", "Dollars (thousands)"],
                ["Canada", "66912304", "67410228"],
                ["Ontario", "24108770", "24312455"],
                ["Quebec", "15230118", "15402901"],
                ["Alberta", "8990032", "9044610"],
                ["Yukon", "x", "x"],
                ["Footnotes: seasonally adjusted; x suppressed (Statistics Act)."],
            ]
        ),
    )
    _pair(
        k,
        1,
        "seattle-rain",
        "A soggy November in Seattle",
        "Sea-Tac airport recorded 6.21 inches of rain in November, slightly below normal, "
        "[the weather service's monthly climate report] shows.",
        "Sea-Tac airport recorded 7.28 inches of rain in November, [the weather service's "
        "monthly climate report] shows.",
        _text(
            [
                "CLIMATE REPORT",
                "NATIONAL WEATHER SERVICE SEATTLE WA",
                "PRELIMINARY MONTHLY CLIMATE DATA FOR SEATTLE-TACOMA INTL AIRPORT",
                "MONTH OF NOVEMBER 2025",
                "",
                "WEATHER ITEM        OBSERVED   NORMAL  DEPARTURE  LAST YEAR",
                "TEMPERATURE (F)",
                " AVERAGE                47.9     45.8        2.1       46.3",
                "PRECIPITATION (IN)",
                " TOTAL                  6.21     6.32      -0.11       7.28",
                " DAYS >= 0.01             22       19          3         24",
                "SNOWFALL (IN)",
                " TOTAL                   0.0      0.5       -0.5        0.0",
                "",
                "- INDICATES NEGATIVE NUMBERS.  DATA ARE PRELIMINARY.",
            ]
        ),
    )
    _pair(
        k,
        2,
        "skane-jobless",
        "Joblessness rises in Skåne",
        "Unemployment in Skåne rose to 9.8% in March, [Statistics Sweden's regional table] shows.",
        "Unemployment in Skåne rose 0.7 per cent to 9.8% in March, [Statistics Sweden's "
        "regional table] shows.",
        _csv(
            [
                [
                    "Region",
                    "Unemployment rate 15-74 (%) 2024M03",
                    "Unemployment rate 15-74 (%) 2025M03",
                ],
                ["Stockholm", "6,8", "7,1"],
                ["Skåne", "9,1", "9,8"],
                ["Västra Götaland", "7,3", "7,9"],
                ["Norrbotten", "5,9", "5,4"],
                ["Sweden", "8,2", "8,5"],
            ],
            delimiter=";",
        ),
    )
    _pair(
        k,
        3,
        "afl-crowds",
        "AFL crowds top 7.6m",
        "More than 7.6 million fans went to AFL home-and-away matches this season, "
        "[the league's attendance summary] shows.",
        "Crowds averaged more than 46,000 at AFL home-and-away matches this season, "
        "[the league's attendance summary] shows.",
        _text(
            [
                "AFL PREMIERSHIP SEASON 2025 - HOME AND AWAY ATTENDANCE",
                "",
                "Club             Home games        Total    Average",
                "Collingwood              11      508\u202f932     46\u202f267",
                "Richmond                 11      431\u202f120     39\u202f193",
                "West Coast               11      392\u202f418     35\u202f674",
                "...",
                "All clubs               216    7\u202f631\u202f142     35\u202f329",
                "",
                "Attendance at home-and-away matches only; finals are reported separately.",
            ]
        ),
    )


def _long_pages() -> None:
    k = "long page"
    _pair(
        k,
        0,
        "cdmx-metro",
        "Mexico City's Metro back above a billion riders",
        "Mexico City's Metro carried about 1.12 billion passengers last year, [the operator's "
        "website] says.",
        "Mexico City's Metro carried about 1.01 billion passengers last year, [the operator's "
        "website] says.",
        _long(
            "Sistema de Transporte Colectivo Metro: 2024 at a glance",
            "In 2024 the Metro carried 1,123.4 million passengers on its 12 lines; its "
            "authorised budget for 2025 is MX$19,842 million.",
            "The Metrobús bus rapid transit system, run by a separate body, reported 1,012.7 "
            "million boardings in 2024.",
        ),
    )
    _pair(
        k,
        1,
        "aarhus-funding",
        "Aarhus University wins record research money",
        "Aarhus University attracted DKK 2.9bn in outside research funding in 2024, [its "
        "facts page] says.",
        "Aarhus University attracted DKK 2.5bn in outside research funding in 2024, [its "
        "facts page] says.",
        _long(
            "Aarhus University: facts and figures",
            "External research funding reached DKK 2.94 billion in 2024, the highest in the "
            "university's history.",
            "Of the university's budget, DKK 2.49 billion went to teaching in 2024.",
        ),
    )
    _pair(
        k,
        2,
        "inec-turnout",
        "Low turnout marked Nigeria's last presidential vote",
        "Only about 27 per cent of Nigeria's registered voters cast ballots in the 2023 "
        "presidential election, [the electoral commission's facts page] shows.",
        "Only about 37 per cent of Nigeria's registered voters cast ballots in the 2023 "
        "presidential election, [the electoral commission's facts page] shows.",
        _long(
            "Independent National Electoral Commission: 2023 general election facts",
            "In the presidential election of 25 February 2023, 24.96 million votes were cast "
            "by the 93.47 million registered voters, a turnout of 26.7 per cent.",
            "Permanent voter cards collected before the election: 87.2 million, or 93.3 per "
            "cent of those printed.",
        ),
    )


def _notation() -> None:
    k = "notation"
    _pair(
        k,
        0,
        "bmc-coastal-road",
        ("BMC sets aside Rs12.5bn for coastal road", "BMC sets aside Rs125bn for coastal road"),
        "Mumbai's civic body has set aside Rs12.5bn for coastal road works in its 2025-26 "
        "budget, [the corporation said].",
        "Mumbai's civic body has set aside Rs125bn for coastal road works in its 2025-26 "
        "budget, [the corporation said].",
        _release(
            "Brihanmumbai Municipal Corporation: Budget Estimates 2025-26",
            "The Budget Estimates for 2025-26 provide ₹74,427 crore in all, of which ₹1,250 "
            "crore is earmarked for coastal road works.",
            "Issued by the Public Relations Department, BMC, Mumbai.",
        ),
    )
    _pair(
        k,
        1,
        "dk-retail",
        "Danish shoppers tighten belts",
        "Danish retail sales slipped 0.4 per cent in May from April, [Statistics Denmark] said.",
        "Danish retail sales rose 0.4 per cent in May from April, [Statistics Denmark] said.",
        _release(
            "Statistics Denmark: retail trade, May 2025",
            "Retail sales volume: −0.4% in May compared with April, seasonally adjusted "
            "(April: +1.1%).",
            "Next release: 8 July 2025.",
        ),
    )
    _pair(
        k,
        2,
        "durban-jobs",
        "Durban port expansion to bring jobs",
        "The expansion is expected to create between 1,200 and 1,500 construction jobs, "
        "[the ports authority] said.",
        "The expansion is expected to create between 1,200 and 1,800 construction jobs, "
        "[the ports authority] said.",
        _release(
            "Transnet National Ports Authority: Durban container terminal expansion",
            "Construction is expected to create 1200–1500 jobs over the four-year build and "
            "to lift the terminal's capacity to 2.9 million TEU a year.",
            "Media enquiries: TNPA Corporate Affairs, Durban.",
        ),
    )
    _pair(
        k,
        3,
        "lund-rail",
        "Go-ahead for double track in Skåne",
        "Sweden has approved 2.3bn kronor to double the tracks between Lund and Hässleholm, "
        "[the transport administration] said.",
        "Sweden has approved €2.3bn to double the tracks between Lund and Hässleholm, "
        "[the transport administration] said.",
        _release(
            "Trafikverket: investment decision, Lund–Hässleholm",
            "The government has approved SEK 2.3 billion for double-tracking the line between "
            "Lund and Hässleholm, with construction starting in 2026.",
            "Swedish Transport Administration press office.",
        ),
    )
    _pair(
        k,
        4,
        "sa-jobless",
        "Jobless rate hits 32.9pc",
        "South Africa's jobless rate climbed to 32.9pc in the first quarter, [Stats SA] said.",
        "South Africa's jobless rate climbed 0.8pc to 32.9pc in the first quarter, [Stats SA] "
        "said.",
        _release(
            "Statistics South Africa: Quarterly Labour Force Survey, Q1 2025",
            "The official unemployment rate increased by 0,8 of a percentage point to 32,9% "
            "in the first quarter of 2025 compared with the fourth quarter of 2024.",
            "Pretoria. Next QLFS release: August 2025.",
        ),
    )
    _pair(
        k,
        5,
        "ibadan-grant",
        "Ibadan wins research cash",
        "The University of Ibadan has won N58m in research grants from the education trust "
        "fund, [TETFund said].",
        "The University of Ibadan has won N580m in research grants from the education trust "
        "fund, [TETFund said].",
        _release(
            "Tertiary Education Trust Fund: 2025 research grant awards",
            "The Board of Trustees approved research grants totalling ₦58,000,000 for the "
            "University of Ibadan under the 2025 intervention cycle.",
            "Abuja. Beneficiaries will be contacted by the Fund.",
        ),
    )


def _rounding() -> None:
    k = "rounding"
    _pair(
        k,
        0,
        "oslo-waits",
        "Waits lengthen at Oslo University Hospital",
        "Patients at Oslo University Hospital waited about 62 days on average before starting "
        "treatment in the second quarter, [the hospital said].",
        "Patients at Oslo University Hospital waited about 67 days on average before starting "
        "treatment in the second quarter, [the hospital said].",
        _release(
            "Oslo University Hospital: waiting times, second quarter 2025",
            "Patients who started treatment in the second quarter had waited an average of "
            "61.7 days.",
            "Waiting times are reported to the Norwegian Directorate of Health.",
        ),
    )
    _pair(
        k,
        1,
        "mx-inflation",
        "Mexican inflation cools",
        "Mexican consumer prices rose 3.6% on the year in the first half of October, "
        "[the statistics institute said].",
        "Mexican consumer prices rose 3.9% on the year in the first half of October, "
        "[the statistics institute said].",
        _release(
            "INEGI: National Consumer Price Index, first half of October 2025 (translated)",
            "Annual headline inflation stood at 3.63% in the first half of October; core "
            "inflation was 4.28%.",
            "Aguascalientes. Next release: 7 November.",
        ),
    )
    _pair(
        k,
        2,
        "imd-monsoon",
        "A generous monsoon",
        "India received about 940 mm of rain during this year's monsoon, [the weather office] "
        "said.",
        "India received about 870 mm of rain during this year's monsoon, [the weather office] "
        "said.",
        _release(
            "India Meteorological Department: end-of-season monsoon report 2025",
            "All-India rainfall during the June–September monsoon season was 937.2 mm, 108% "
            "of the long period average of 868.6 mm.",
            "Press release, Mausam Bhavan, New Delhi.",
        ),
    )
    _pair(
        k,
        3,
        "pl-wage",
        "Polish pay keeps rising",
        "The average gross wage in Polish companies was nearly 8,200 zł in September, [GUS said].",
        "The average gross wage in Polish companies was more than 8,800 zł in September, "
        "[GUS said].",
        _release(
            "Statistics Poland: average gross wage in the enterprise sector, September 2025",
            "Average gross monthly wage in the enterprise sector: 8 181,72 zł, up 7.1% year "
            "on year.",
            "Warsaw. Enterprises employing more than 9 persons.",
        ),
    )


def _other_subject() -> None:
    k = "other subject"
    _pair(
        k,
        0,
        "swiss-nights",
        "Swiss hotels enjoy a record year",
        "Swiss residents accounted for 21.3 million hotel nights last year, [the statistics "
        "office] said.",
        "Foreign tourists accounted for 21.3 million hotel nights last year, [the statistics "
        "office] said.",
        _release(
            "Federal Statistical Office: hotel accommodation 2024",
            "Hotels recorded 42.8 million overnight stays in 2024: 21.3 million by domestic "
            "guests and 21.5 million by guests from abroad.",
            "Neuchâtel. Provisional results.",
        ),
    )
    _pair(
        k,
        1,
        "umich-grad",
        "Michigan's graduate schools fill up",
        "The Ann Arbor campus has 18,323 postgraduate students this autumn, [the registrar's "
        "figures] show.",
        "The Ann Arbor campus has 34,891 postgraduate students this autumn, [the registrar's "
        "figures] show.",
        _release(
            "University of Michigan Office of the Registrar: Fall 2025 enrollment",
            "Total enrollment on the Ann Arbor campus is 53,214: 34,891 undergraduates and "
            "18,323 graduate and professional students.",
            "Enrollment as of the third week of classes.",
        ),
    )
    _pair(
        k,
        2,
        "nhl-crowds",
        "Montreal's faithful fill the rink",
        "Montreal's NHL side drew an average home crowd of 21,105 in the 2024-25 regular "
        "season, [league figures] show.",
        "Montreal's NHL side drew an average home crowd of 18,789 in the 2024-25 regular "
        "season, [league figures] show.",
        _table(
            "Average home attendance, 2024-25 regular season",
            ["Team", "Home games", "Average", "% of capacity"],
            [
                ["Montréal Canadiens", "41", "21,105", "100.0"],
                ["Toronto Maple Leafs", "41", "18,789", "100.0"],
                ["Ottawa Senators", "41", "17,036", "90.1"],
                ["Winnipeg Jets", "41", "14,164", "94.7"],
            ],
        ),
    )
    _pair(
        k,
        3,
        "ng-inflation",
        "Nigerian inflation eases",
        "Overall consumer prices in Nigeria were 22.22 per cent higher in June than a year "
        "earlier, [the statistics bureau] said.",
        "Food prices in Nigeria were 22.22 per cent higher in June than a year earlier, "
        "[the statistics bureau] said.",
        _release(
            "National Bureau of Statistics: CPI and inflation report, June 2025",
            "Headline inflation eased to 22.22% year on year in June 2025; food inflation "
            "stood at 21.97%.",
            "Abuja. The full report is available on the NBS e-library.",
        ),
    )


def _two_periods() -> None:
    k = "two periods"
    _pair(
        k,
        0,
        "sydney-rain",
        "A wet year in Sydney",
        "Sydney had almost 1,390mm of rain in 2024, well above average, [the Bureau of "
        "Meteorology] said.",
        "Sydney had about 862mm of rain in 2024, [the Bureau of Meteorology] said.",
        _release(
            "Bureau of Meteorology: Sydney in 2024",
            "Sydney (Observatory Hill) recorded 1,385.6 mm of rain in 2024, compared with "
            "862.4 mm in 2023 and a long-term average of 1,213.6 mm.",
            "Annual climate summary. Data are quality controlled.",
        ),
    )
    _pair(
        k,
        1,
        "durban-teu",
        "Durban container volumes recover",
        "Durban handled 2.78 million TEU in 2024/25, [Transnet's figures] show.",
        "Durban handled 2.64 million TEU in 2024/25, [Transnet's figures] show.",
        _table(
            "Container volumes by port (TEU)",
            ["Port", "2023/24", "2024/25"],
            [
                ["Durban", "2\u202f641\u202f310", "2\u202f782\u202f455"],
                ["Cape Town", "812\u202f004", "901\u202f672"],
                ["Ngqura", "498\u202f215", "561\u202f930"],
                ["Gqeberha", "301\u202f118", "288\u202f460"],
            ],
            "Financial year April to March.",
        ),
    )
    _pair(
        k,
        2,
        "eci-turnout",
        "India's turnout dips",
        "Turnout in India's 2024 general election was 65.8 per cent, [the Election "
        "Commission] said.",
        "Turnout in India's 2024 general election was 67.4 per cent, [the Election "
        "Commission] said.",
        _release(
            "Election Commission of India: voter turnout, General Election to Lok Sabha 2024",
            "Final voter turnout in the 2024 general election was 65.79%, against 67.40% in 2019.",
            "Nirvachan Sadan, New Delhi.",
        ),
    )
    _pair(
        k,
        3,
        "sf-count",
        "San Francisco's homeless count rises",
        "San Francisco's 2024 street count found 8,323 homeless people, [the city's report] says.",
        "San Francisco's 2024 street count found 7,754 homeless people, [the city's report] says.",
        _release(
            "City and County of San Francisco: 2024 Point-in-Time Count",
            "The 2024 count found 8,323 people experiencing homelessness, up 7% from 7,754 in "
            "2022.",
            "Department of Homelessness and Supportive Housing.",
        ),
    )


def _absent() -> None:
    k = "figure absent"
    stories = [
        (
            "rigshospitalet",
            "Cancer surgery waits at Denmark's top hospital",
            "Cancer patients at Rigshospitalet waited an average of 11 days for surgery last "
            "year, [the hospital's annual figures] show.",
            _release(
                "Rigshospitalet: activity 2024",
                "The hospital handled 1.2 million outpatient visits and carried out 92,400 "
                "operations in 2024.",
                "Copenhagen. Capital Region of Denmark.",
            ),
        ),
        (
            "jnpa-cars",
            "Car exports through JNPA",
            "The port shipped 1.2 lakh cars abroad in 2024-25, [the port authority said].",
            _release(
                "Jawaharlal Nehru Port Authority: record year",
                "JNPA handled 7.05 million TEU in 2024-25, the highest in its history.",
                "Navi Mumbai.",
            ),
        ),
        (
            "ca-chargers",
            "California's charger network grows",
            "California now has more than 178,000 public and shared electric vehicle "
            "chargers, [the Energy Commission] said.",
            _release(
                "California Energy Commission: zero-emission vehicle sales, third quarter",
                "Zero-emission vehicles made up 22.0% of new light-duty vehicle sales in "
                "California in the third quarter.",
                "Sacramento. Data from the Department of Motor Vehicles.",
            ),
        ),
        (
            "ine-casillas",
            "Mexico gets ready to vote",
            "Electoral officials will install some 170,000 polling stations for the vote, "
            "[the National Electoral Institute said].",
            _release(
                "INE: nominal list for the 2024 federal election (translated)",
                "The nominal list of voters for the 2024 federal election includes 98.3 "
                "million citizens.",
                "Mexico City.",
            ),
        ),
        (
            "oslo-snow",
            "Oslo's snowy January",
            "Oslo had 45 centimetres of snow on the ground at the end of January, [the "
            "Meteorological Institute said].",
            _release(
                "MET Norway: January 2025",
                "January was 2.4 °C warmer than normal in Oslo (Blindern).",
                "Norwegian Meteorological Institute, Oslo.",
            ),
        ),
    ]
    for topic, (slug, headline, sentence, source) in enumerate(stories):
        _add(k, topic, slug, headline, sentence, source, planted=True)


def _spelled_out() -> None:
    k = "spelled out"
    _pair(
        k,
        0,
        "new-year-babies",
        "New Year babies in Pretoria",
        "Steve Biko Academic Hospital delivered 23 babies on New Year's Day, [the provincial "
        "health department] said.",
        "Steve Biko Academic Hospital delivered 32 babies on New Year's Day, [the provincial "
        "health department] said.",
        _release(
            "Gauteng Department of Health: New Year's Day births",
            "Twenty-three babies were born at Steve Biko Academic Hospital on New Year's Day, "
            "the first of them one minute after midnight.",
            "Johannesburg. Media enquiries to the departmental spokesperson.",
        ),
    )
    _pair(
        k,
        1,
        "alberta-grads",
        "Alberta graduates find work",
        "Two-thirds of the university's 2022 graduates had full-time jobs two years on, "
        "[its graduate survey] found.",
        "Three-quarters of the university's 2022 graduates had full-time jobs two years on, "
        "[its graduate survey] found.",
        _release(
            "University of Alberta: graduate outcomes survey 2024",
            "Of the 2022 graduates surveyed, 67% were employed full-time two years after "
            "graduating and 9% were in further study.",
            "Edmonton. Survey response rate 41%.",
        ),
    )
    _pair(
        k,
        2,
        "landesmuseum",
        "Swiss National Museum draws the crowds",
        "The Swiss National Museum welcomed just over half a million visitors last year, "
        "[its annual review] says.",
        "The Swiss National Museum welcomed nearly three-quarters of a million visitors last "
        "year, [its annual review] says.",
        _release(
            "Swiss National Museum: 2024 in review",
            "The museum's three sites welcomed 503'214 visitors in 2024.",
            "Landesmuseum Zürich, Château de Prangins, Forum of Swiss History Schwyz.",
        ),
    )


_LOGIN_WALL = (
    "<h1>Log in to continue</h1><p>This document is available to registered users of the "
    "Port Community System only.</p><form method=post action=/login><label>User ID "
    "<input name=user></label> <label>Password <input type=password name=pw></label> "
    "<button>Log in</button></form><a href='/reset'>Forgot your password?</a>"
)
_GEO_WALL = (
    "<h1>Access Denied</h1><p>You don't have permission to access this resource from your "
    "location.</p><p>Reference #18.4f2c3b17.1733150000.9a1e</p>"
)


def _unreadable() -> None:
    k = "unreadable"
    story = "Cargo through Kochi rose 6.2 per cent last year, [the port authority's report] shows."
    sources = [
        (
            "locked-pdf",
            Source(
                "application/pdf",
                make_pdf([["Administration report", "Cargo traffic rose 6.2%."]], password="k0"),
            ),
        ),
        ("scanned-pdf", Source("application/pdf", blank_pdf(pages=4))),
        ("html-404", _page("<h1>404</h1><p>The page you requested was not found.</p>", "404", 404)),
        ("text-404", Source("text/plain", b"Not Found\n", 404)),
        ("html-500", _page("<h1>Server Error</h1><p>Runtime error in /reports.</p>", "Error", 500)),
        ("text-500", Source("text/plain; charset=us-ascii", b"500 Internal Server Error\n", 500)),
        ("login-wall", _page(_LOGIN_WALL, "Log in")),
        ("geo-wall", _page(_GEO_WALL, "Access Denied")),
        ("empty", Source("text/html", b"")),
        ("chart-png", Source("image/png", _blank_png())),
        ("zip-download", Source("application/octet-stream", b"PK\x03\x04" + bytes(range(256)))),
    ]
    for topic, (slug, source) in enumerate(sources):
        _add(k, topic, slug, "Kochi port traffic grows", story, source, readable=False)


def blind5_cases() -> list[Case]:
    """The fifth blind set, built afresh on every call."""
    _made.clear()
    for build in (
        _press_releases,
        _html_tables,
        _pdf_reports,
        _text_and_csv,
        _long_pages,
        _notation,
        _rounding,
        _other_subject,
        _two_periods,
        _absent,
        _spelled_out,
        _unreadable,
    ):
        build()
    made = list(_made)
    _made.clear()
    return made
