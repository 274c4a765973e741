"""A seventh blind held-out set for the fact-check gate bench (issue 10, "Measured, not assumed").

Written from the product's spec ("Check figures against the sources newsrooms actually cite")
and from how Japanese ministries and the Bank of Japan, ASEAN statistics offices, Gulf
sovereign funds and statistics authorities, African central banks, South Asian central banks
and planning commissions, US state health departments, a football federation, a university
admissions office, utilities and NGOs publish, not from the checker's code and not from the
other sets' case texts. Nobody tunes on it: it exists so the checker's figure is an honest one.

Styles are Japanese yen (¥29,381.6 billion, "2,174.3 billion yen", "¥2.17tn"), Vietnamese
đồng (VND, ₫, "quadrillion"), Pakistani, Sri Lankan and Nepali rupees (Rs, Rs., PKR, LKR),
Bangladeshi taka (Tk, crore with lakh grouping "2,30,000"), Gulf dirhams and riyals (AED,
Dh, SAR, QAR), Peruvian soles (S/), Colombian pesos (COP, "miles de millones"), Brazilian
reais (R$, decimal commas, semicolon CSV), Kenyan shillings and Rwandan francs (KSh, RWF),
Moroccan dirhams (MAD), Chinese yuan in "100 million yuan" units, and Taiwan dollars (NT$).
Sources are three-line releases, HTML tables (merged headers, units only in a caption or a
header, totals rows, footnote markers, "n/a" and "–" cells), PDF reports (one with its key
results in two columns), CSV with a units row, plain text, JSON answers from an agency's API
and an RSS feed of releases, and long pages where the article's number also appears about
something else. Articles are rough: figures in headlines, "¥2.94tn", "Dh1.19tn", ranges,
"one in four", "two in five", percentage-point changes, fiscal years ("FY2026-27",
"2025-26", "FY2025/26"), per-month earnings, negative growth ("contracted 0.4%").

A *planted* case's article gives a figure a careful copy editor would stop: another value,
per cent for percentage points, a scale misread (crore as million, trillion as billion,
100 million yuan as ten million), a figure the source gives only for another subject, region
or period (an advance estimate, last year's column, the men's row), one the source does not
have, or another currency (yen as dollars). A *clean* case's source is readable and supports
the article as a copy editor would accept it: rounding, notation variants, hedges. Unreadable
sources (a locked and an image-only PDF, 404/500 pages with HTML or plain-text bodies, a login
wall served with 200, an empty 200, a PNG where a report was cited) confirm nothing and so
must escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind7".
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count

from fpdf import FPDF

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

# --- the article ------------------------------------------------------------------------------

_PAPERS = (
    "Kanto Business Daily",
    "Saigon Commerce Review",
    "Karachi Evening Chronicle",
    "Gulf Ledger",
    "Andean Times",
    "Bogota Business Post",
    "Paulista Herald (English)",
    "Kigali Weekly",
    "Maghreb Economic Review",
    "Taipei Morning Post",
    "Dhaka Courier-Express",
    "Kathmandu Evening Mail",
    "Colombo Observer",
    "Nairobi Market Wire",
)

_AFTER = (
    "<p>Analysts said the numbers were broadly in line with expectations, although some warned "
    "that revisions were common at this stage of the year.</p>"
    "<p>Officials declined to comment beyond the published figures. A fuller breakdown is due "
    "with the next scheduled release.</p>"
)

_LINK = re.compile(r"\[([^\]]+)\]")


@dataclass(frozen=True)
class _Blind7Case(Case):
    @property
    def split(self) -> str:
        return "blind7"


def _article(name: str, headline: str, sentence: str, index: int) -> str:
    """The reporter's story: one cited sentence, the citation written as [anchor text]."""
    body = _LINK.sub(lambda m: f'<a href="/sources/{name}">{m.group(1)}</a>', sentence, count=1)
    paper = _PAPERS[index % len(_PAPERS)]
    return (
        f"<html><head><title>{headline} | {paper}</title></head><body>"
        f'<header><a href="/">{paper}</a> <a href="/economy">Economy</a> '
        f'<a href="/markets">Markets</a></header>'
        f"<article><h1>{headline}</h1><p class=byline>By our correspondent, {paper}</p>"
        f"<p>{body}</p>{_AFTER}</article>"
        f"<footer>&copy; {paper}</footer></body></html>"
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
    lead = f"<p>{intro}</p>" if intro else ""
    foot = f"<p class=footnote>{note}</p>" if note else ""
    return _page(
        f"<h2>{caption}</h2>{lead}<table><caption>{caption}</caption><thead>{thead}</thead>"
        f"<tbody>{body}</tbody></table>{foot}",
        caption,
    )


def _text(body: str) -> Source:
    return Source("text/plain; charset=utf-8", body.encode())


def _csv(body: str) -> Source:
    return Source("text/csv; charset=utf-8", body.encode())


def _json(payload: object) -> Source:
    return Source("application/json", json.dumps(payload, ensure_ascii=False, indent=2).encode())


def _rss(channel: str, items: list[tuple[str, str, str]]) -> Source:
    """An RSS 2.0 feed of releases: (title, date, description) per item."""
    entries = "".join(
        f"<item><title>{title}</title><pubDate>{date}</pubDate>"
        f"<description>{text}</description></item>"
        for title, date, text in items
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{channel}</title><link>https://example.org/</link>"
        f"<description>{channel}</description>{entries}</channel></rss>"
    )
    return Source("application/rss+xml; charset=utf-8", xml.encode())


_FOREWORD = (
    "Foreword",
    "This report sets out the results for the year and the context in which they were "
    "achieved. It is published in accordance with the governing statute and has been reviewed "
    "by the board before release.",
    "We thank our staff, partners and the public for their continued support.",
)

_METHOD = (
    "Methodology and notes",
    "Figures are preliminary unless stated otherwise and may be revised in later editions. "
    "Totals may not add up because of rounding. Percentages are calculated from unrounded data.",
    "Definitions follow international standards where these exist.",
)


def _report(
    title: str,
    publisher: str,
    key: list[str],
    findings: list[str],
    tables: Sequence[Sequence[Sequence[str]]] = (),
    columns: tuple[list[str], list[str]] | None = None,
) -> Source:
    """A multi-page PDF report: cover, foreword, key results (optionally in two columns),
    methodology, detailed findings, then any tables, one per page."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for line in (title, publisher, "Annual publication"):
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for line in _FOREWORD:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.multi_cell(0, 6, "Key results", new_x="LMARGIN", new_y="NEXT")
    for line in key:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    if columns is not None:
        top = pdf.get_y() + 4
        for x, lines in ((10, columns[0]), (110, columns[1])):
            pdf.set_xy(x, top)
            for line in lines:
                pdf.set_x(x)
                pdf.multi_cell(90, 6, line, new_x="LEFT", new_y="NEXT")
    pdf.add_page()
    for line in _METHOD:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for line in ("Detailed findings", *findings):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    for rows in tables:
        pdf.add_page()
        with pdf.table() as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
    return Source("application/pdf", bytes(pdf.output()))


def _png() -> bytes:
    """A small grey PNG: a chart image where a report was cited."""
    width, height = 64, 32

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + bytes([128, 128, 128]) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


_WALL = (
    "<div class=wall><h1>Members area: please log in</h1><p>This document is available to "
    "registered users. Enter your e-mail address and password to continue.</p>"
    "<form><input name=email><input name=password type=password>"
    "<button>Log in</button></form></div>"
)


# --- the cases --------------------------------------------------------------------------------

_Story = tuple[str, str]  # headline, sentence with [anchor]


class _Builder:
    def __init__(self) -> None:
        self.cases: list[Case] = []
        self._topics = count(1)

    def pair(self, kind: str, slug: str, source: Source, clean: _Story, planted: _Story) -> None:
        """Two articles on one source, one supported by it and one a copy editor would stop.
        Which of -1/-2 is the planted one alternates, so the name gives nothing away."""
        topic = next(self._topics)
        stories = [(False, clean), (True, planted)]
        if topic % 2:
            stories.reverse()
        for number, (is_planted, (headline, sentence)) in enumerate(stories, start=1):
            self._add(kind, topic, f"{slug}-{number}", is_planted, headline, sentence, source)

    def planted(self, kind: str, slug: str, source: Source, story: _Story) -> None:
        self._add(kind, next(self._topics), slug, True, *story, source)

    def unreadable(self, slug: str, source: Source, story: _Story) -> None:
        topic = next(self._topics)
        self._add("unreadable", topic, slug, False, *story, source, readable=False)

    def _add(
        self,
        kind: str,
        topic: int,
        name: str,
        planted: bool,
        headline: str,
        sentence: str,
        source: Source,
        readable: bool = True,
    ) -> None:
        html = _article(name, headline, sentence, len(self.cases))
        self.cases.append(_Blind7Case(name, kind, topic, planted, html, source, readable))


def _press_releases(b: _Builder) -> None:
    b.pair(
        "press release",
        "jp-mof-current-account",
        _release(
            "Balance of Payments for Fiscal Year 2025 (Preliminary)",
            "The current account recorded a surplus of ¥29,381.6 billion in FY2025 (April 2025 "
            "to March 2026), an increase of ¥1,716.2 billion from the previous fiscal year.",
            "Ministry of Finance, International Bureau. Next release: 9 June 2026.",
        ),
        (
            "Japan's current account surplus widens to ¥29.4tn",
            "Japan's current account surplus widened to ¥29.4tn in the year to March 2026, "
            "according to [preliminary figures from the Ministry of Finance], helped by income "
            "from overseas investments.",
        ),
        (
            "Japan's surplus widens to ¥2.94tn",
            "Japan ran a current account surplus of ¥2.94tn in fiscal 2025, [the Ministry of "
            "Finance said] on Monday, helped by income from overseas investments.",
        ),
    )
    b.pair(
        "press release",
        "bd-bank-remittance-october",
        _release(
            "Remittance inflow in October 2026",
            "Remittance inflow in October 2026 stood at USD 2,561.4 million (Tk 31,232 crore), "
            "14.2 percent higher than in October 2025.",
            "Bangladesh Bank, Department of Communications and Publications, Motijheel, Dhaka.",
        ),
        (
            "Remittances jump 14pc to $2.56bn in October",
            "Expatriate Bangladeshis sent home $2.56bn in October, [Bangladesh Bank data "
            "showed], as the gap between official and kerb exchange rates narrowed.",
        ),
        (
            "Remittances hit Tk 31,232m in October",
            "Expatriate Bangladeshis sent home Tk 31,232 million in October, [Bangladesh Bank "
            "data showed], as the gap between official and kerb exchange rates narrowed.",
        ),
    )
    b.pair(
        "press release",
        "ae-mubadala-results",
        _release(
            "Mubadala announces 2025 annual results",
            "Assets under management rose to AED 1,192 billion (USD 324.6 billion) at 31 "
            "December 2025, and the five-year rolling return stood at 10.4%.",
            "Media enquiries: Group Communications, Mubadala Investment Company, Abu Dhabi.",
        ),
        (
            "Mubadala's assets climb to Dh1.19tn",
            "Abu Dhabi's Mubadala said [its assets under management] rose to Dh1.19tn at the "
            "end of 2025, as it stepped up investments in private credit.",
        ),
        (
            "Mubadala posts 14% five-year return",
            "Abu Dhabi's Mubadala said [in its annual results] that its five-year rolling "
            "return was 14%, as it stepped up investments in private credit.",
        ),
    )
    b.pair(
        "press release",
        "pk-sbp-monetary-policy",
        _release(
            "Monetary Policy Statement",
            "The Monetary Policy Committee decided to keep the policy rate unchanged at 11 "
            "percent, and expects average inflation for FY27 to remain within the 5 – 7 "
            "percent target range.",
            "State Bank of Pakistan, Karachi. The next MPC meeting is scheduled for 15 "
            "December 2026.",
        ),
        (
            "SBP holds rate at 11pc, sees inflation of 5-7pc",
            "The State Bank of Pakistan held its policy rate at 11% and [expects inflation to "
            "average between 5% and 7%] in 2026-27, disappointing businesses hoping for a cut.",
        ),
        (
            "SBP holds rate, sees inflation of 6-8pc",
            "The State Bank of Pakistan held its policy rate at 11% and [expects inflation to "
            "average between 6% and 8%] in 2026-27, disappointing businesses hoping for a cut.",
        ),
    )


def _html_tables(b: _Builder) -> None:
    b.pair(
        "html table",
        "vn-gso-retail-sales",
        _table(
            "Table 4. Total retail sales of consumer goods and services, 10 months of 2026",
            [
                "",
                "October 2026 (trillion VND)",
                "10 months 2026 (trillion VND)",
                "10 months 2026 vs same period 2025 (%)",
            ],
            [
                ["Retail sales of goods", "425.3", "4,012.6", "108.7"],
                ["Accommodation and catering", "58.9", "548.3", "114.2"],
                ["Travel services", "6.4", "58.1", "118.9"],
                ["Other services", "55.2", "532.9", "106.9"],
                ["<b>Total</b>", "<b>545.8</b>", "<b>5,151.9</b>", "<b>109.3</b>"],
            ],
            note="Source: General Statistics Office, Ministry of Finance. Preliminary.",
        ),
        (
            "Vietnam retail sales top ₫5,150 trillion in ten months",
            "Retail sales of goods and services reached ₫5,151.9 trillion in the first ten "
            "months of the year, according to [the General Statistics Office], as tourism "
            "spending picked up.",
        ),
        (
            "Vietnam retail sales hit ₫5,151.9 billion in ten months",
            "Retail sales of goods and services reached ₫5,151.9 billion in the first ten "
            "months of the year, according to [the General Statistics Office], as tourism "
            "spending picked up.",
        ),
    )
    b.pair(
        "html table",
        "pe-inei-lima-income",
        _table(
            "Metropolitan Lima: average monthly income from work, July–September (Soles)",
            "<tr><th rowspan=2>Group</th><th colspan=2>July–September</th>"
            "<th rowspan=2>Change (%)</th></tr><tr><th>2025</th><th>2026</th></tr>",
            [
                ["Total", "1,912.7", "2,003.4", "4.7"],
                ["Men", "2,190.5", "2,281.6", "4.2"],
                ["Women", "1,561.0", "1,650.2", "5.7"],
                ["14 to 24 years", "1,102.3", "1,138.9", "3.3"],
                ["25 to 44 years", "2,101.6", "2,214.0", "5.3"],
                ["45 years and over", "2,004.8", "2,087.1", "4.1"],
            ],
            note="Source: INEI, Permanent Employment Survey. Moving quarter.",
        ),
        (
            "Lima workers' pay passes S/ 2,000 a month",
            "Workers in Lima earned an average of S/ 2,003 a month in the third quarter, [the "
            "statistics institute INEI reported], the first time the figure has topped 2,000.",
        ),
        (
            "Lima women's pay rises to S/ 2,281 a month",
            "Women in Lima earned an average of S/ 2,281.6 a month in July-September, [the "
            "statistics institute INEI reported], narrowing the gap with men.",
        ),
    )
    b.pair(
        "html table",
        "us-idaho-kindergarten-mmr",
        _table(
            "Kindergarten vaccination coverage by county, 2025–26 school year",
            [
                "County",
                "MMR, 2 doses, 2025–26 (%)",
                "2024–25 (%)",
                "Change (pp)",
                "Exemptions (%)",
            ],
            [
                ["Statewide¹", "84.1", "86.2", "−2.1", "14.8"],
                ["Ada", "87.3", "88.9", "−1.6", "11.9"],
                ["Canyon", "82.0", "84.7", "−2.7", "16.5"],
                ["Bonneville", "85.6", "86.0", "−0.4", "13.1"],
                ["Camas²", "n/a", "78.6", "–", "n/a"],
            ],
            note="¹ Public and private schools. ² Fewer than 10 kindergartners; suppressed. "
            "Idaho Department of Health and Welfare, Immunization Program.",
        ),
        (
            "Idaho kindergarten MMR coverage slips to 84%",
            "Just 84.1% of Idaho kindergartners had both MMR doses this school year, down from "
            "86.2%, [state health department figures show].",
        ),
        (
            "Idaho kindergarten vaccination falls 2.1%",
            "Kindergarten MMR coverage in Idaho fell 2.1% this school year, [state health "
            "department figures show], as exemptions continued to climb.",
        ),
    )
    b.pair(
        "html table",
        "tw-dgbas-earnings",
        _table(
            "Average monthly earnings of employees, September 2026",
            [
                "Industry",
                "Regular earnings (NT$)",
                "Total earnings (NT$)",
                "Regular earnings, change on a year earlier (%)",
            ],
            [
                ["Industry and services", "47,892", "58,310", "2.8"],
                ["Manufacturing", "45,210", "55,907", "3.1"],
                ["Electricity and gas supply", "71,044", "98,120", "1.9"],
                ["Finance and insurance", "79,355", "105,846", "2.2"],
                ["Accommodation and food services", "33,018", "35,442", "3.6"],
                ["Mining and quarrying", "–", "–", "–"],
            ],
            note="Directorate-General of Budget, Accounting and Statistics. "
            "– : withheld to protect confidentiality.",
        ),
        (
            "Taiwan regular pay nears NT$48,000",
            "Taiwanese employees earned regular monthly wages of nearly NT$48,000 in September, "
            "[government statisticians said], as the labour market stayed tight.",
        ),
        (
            "Taiwan regular pay up 3.1%",
            "Regular monthly earnings of Taiwanese employees rose 3.1% from a year earlier in "
            "September, [government statisticians said], as the labour market stayed tight.",
        ),
    )


def _pdf_reports(b: _Builder) -> None:
    b.pair(
        "pdf report",
        "jp-boj-annual-review",
        _report(
            "Annual Review 2026",
            "Bank of Japan",
            [
                "JGB holdings at end-March 2026: ¥541.3 trillion (down ¥35.6 trillion from a "
                "year earlier).",
                "Share of outstanding JGBs held by the Bank: 52.0% (53.9% at end-March 2025).",
                "Current account balances held at the Bank: ¥502.7 trillion.",
                "Monthly outright JGB purchases at the end of the period: about ¥2.9 trillion.",
            ],
            [
                "The Bank continued to reduce its purchases of government bonds in line with "
                "the plan decided in 2024.",
                "Holdings of ETFs were unchanged at ¥37.2 trillion at book value.",
            ],
        ),
        (
            "BoJ bond holdings shrink to ¥541tn",
            "The Bank of Japan held ¥541tn of government bonds at the end of March, [its annual "
            "review shows], as it pressed on with slowing its purchases.",
        ),
        (
            "BoJ share of bond market falls 1.9%",
            "The Bank of Japan's share of outstanding government bonds fell 1.9% in the year to "
            "March, [its annual review shows], as it pressed on with slowing its purchases.",
        ),
    )
    b.pair(
        "pdf report",
        "pk-sbp-annual-report",
        _report(
            "Annual Report FY26: The State of Pakistan's Economy",
            "State Bank of Pakistan",
            [
                "Indicator: FY25 | FY26",
                "Real GDP growth (%): 2.7 | 3.4",
                "CPI inflation, period average (%): 4.5 | 5.8",
                "Net federal government borrowing (Rs billion): 8,130 | 7,420",
                "Workers' remittances (US$ billion): 38.3 | 41.2",
            ],
            [
                "Fiscal consolidation reduced the government's reliance on bank borrowing.",
                "The current account recorded a small surplus for the second year running.",
            ],
        ),
        (
            "Government borrowing eases to Rs7.42tr in 2025-26",
            "The federal government borrowed a net Rs7.42 trillion in 2025-26, [the central "
            "bank's annual report shows], down from the previous year.",
        ),
        (
            "Government borrowed Rs8.13tr in 2025-26",
            "The federal government borrowed a net Rs8.13 trillion in 2025-26, [the central "
            "bank's annual report shows], down from the previous year.",
        ),
    )
    b.pair(
        "pdf report",
        "lk-ceb-annual-report",
        _report(
            "Annual Report 2025",
            "Ceylon Electricity Board",
            [
                "Revenue from sale of electricity: LKR 688.4 billion (2024: LKR 641.9 billion)",
                "Profit for the year: LKR 96.2 billion (2024: LKR 61.5 billion)",
                "Units sold: 16,482 GWh (2024: 15,930 GWh)",
                "Average selling price: Rs. 41.77 per kWh",
            ],
            [
                "Hydro generation accounted for 38% of the energy dispatched in 2025.",
                "The Board settled arrears owed to independent power producers.",
            ],
        ),
        (
            "CEB electricity sales revenue rises to Rs 688bn",
            "The Ceylon Electricity Board earned Rs 688.4bn from electricity sales last year, "
            "[its annual report shows], after tariffs were revised twice.",
        ),
        (
            "CEB posts Rs 688bn profit",
            "The Ceylon Electricity Board made a profit of Rs 688bn last year, [its annual "
            "report shows], after tariffs were revised twice.",
        ),
    )
    b.pair(
        "pdf report",
        "us-university-class-profile",
        _report(
            "Class of 2030 Profile",
            "Office of Undergraduate Admission, Rice University",
            [
                "Applications received: 58,214",
                "Offers of admission: 3,412 (admit rate 5.9%)",
                "Enrolled first-year students: 1,198 (yield 35.1%)",
                "International students: 14% of the enrolled class",
            ],
            [
                "Students come from 48 states and 61 countries.",
                "First-generation college students make up 17% of the class.",
            ],
        ),
        (
            "University admits 5.9% of applicants",
            "The university admitted 5.9% of its 58,214 applicants for the class of 2030, [its "
            "admissions office said], its most selective year yet.",
        ),
        (
            "University admits 9.5% of applicants",
            "The university admitted 9.5% of its applicants for the class of 2030, [its "
            "admissions office said], its most selective year yet.",
        ),
    )


def _text_and_csv(b: _Builder) -> None:
    b.pair(
        "text or csv",
        "co-dian-tax-collection",
        _csv(
            "mes,recaudo_bruto,recaudo_neto\n"
            ",COP miles de millones,COP miles de millones\n"
            "2026-01,24310,22905\n"
            "2026-02,20145,18730\n"
            "2026-03,26512,24988\n"
            "2026-04,38904,36511\n"
            "2026-05,29870,28102\n"
            "2026-06,22411,21034\n"
            "2026-07,23560,22219\n"
            "2026-08,19842,18607\n"
            "2026-09,23812,22140\n"
            "2026-10,21306,19880\n"
            "Fuente: DIAN, Coordinación de Estudios Económicos. Cifras preliminares.\n"
        ),
        (
            "DIAN collects COP 21.3 trillion in October",
            "Colombia's tax authority collected COP 21.3 trillion in gross tax receipts in "
            "October, according to [its monthly collection data], slightly below forecasts.",
        ),
        (
            "DIAN collects COP 23.8 trillion in October",
            "Colombia's tax authority collected COP 23.8 trillion in gross tax receipts in "
            "October, according to [its monthly collection data], slightly below forecasts.",
        ),
    )
    b.pair(
        "text or csv",
        "np-nrb-macro-situation",
        _text(
            "NEPAL RASTRA BANK\n"
            "Current Macroeconomic and Financial Situation of Nepal\n"
            "(Based on Three Months' Data of 2026/27)\n\n"
            "External Sector\n\n"
            "Remittance inflows increased 18.4 percent to Rs.417.62 billion in the review\n"
            "period compared to an increase of 12.1 percent in the same period of the previous\n"
            "year. In US dollar terms, remittance inflows increased 13.1 percent to 2.98\n"
            "billion in the review period.\n\n"
            "The number of Nepali workers taking first-time approval for foreign employment\n"
            "stands at 98,412 in the review period.\n"
        ),
        (
            "Remittances up 18.4% in first quarter",
            "Remittances to Nepal rose 18.4% to Rs 417.6bn in the first three months of "
            "FY2026/27, [the central bank said], as more workers left for the Gulf.",
        ),
        (
            "Remittances up 13.1% in first quarter",
            "Remittances to Nepal rose 13.1% in rupee terms in the first three months of "
            "FY2026/27, [the central bank said], as more workers left for the Gulf.",
        ),
    )
    b.pair(
        "text or csv",
        "br-receita-arrecadacao",
        _csv(
            "Mês;Arrecadação total;Variação real\n"
            ";R$ milhões;% a/a (IPCA)\n"
            "jan/2026;261418,22;4,10\n"
            "fev/2026;189774,05;2,95\n"
            "mar/2026;205613,90;5,12\n"
            "abr/2026;237902,31;1,84\n"
            "mai/2026;210455,67;2,61\n"
            "jun/2026;218730,12;4,46\n"
            "jul/2026;231884,09;0,93\n"
            "ago/2026;208116,40;2,27\n"
            "set/2026;214977,58;1,58\n"
            "out/2026;248312,45;3,72\n"
        ),
        (
            "Federal revenue hits R$248.3bn in October",
            "Federal tax revenue reached R$248.3bn in October, up 3.7% in real terms, "
            "[Receita Federal figures show], helped by corporate income tax.",
        ),
        (
            "Federal revenue rises 7.3% in October",
            "Federal tax revenue rose 7.3% in real terms in October to R$248.3bn, [Receita "
            "Federal figures show], helped by corporate income tax.",
        ),
    )
    b.pair(
        "text or csv",
        "ma-office-des-changes",
        _text(
            "OFFICE DES CHANGES\n"
            "Monthly indicators of external trade - end of October 2026 (summary)\n\n"
            "                                         MAD billion   change y/y\n"
            "Travel receipts                                98.6        +7.2%\n"
            "Remittances of Moroccans living abroad        100.9        +2.9%\n"
            "Net foreign direct investment flows            19.4       +11.5%\n"
            "Trade deficit                                 268.1        +4.0%\n\n"
            "Data are provisional.\n"
        ),
        (
            "Tourism receipts near MAD 99bn",
            "Tourism receipts reached nearly MAD 99 billion by the end of October, [the foreign "
            "exchange office said], another record year for the sector.",
        ),
        (
            "Diaspora remittances reach MAD 98.6bn",
            "Remittances from Moroccans living abroad totalled MAD 98.6 billion by the end of "
            "October, [the foreign exchange office said], another record year.",
        ),
    )


def _long_pages(b: _Builder) -> None:
    b.pair(
        "long page",
        "sa-gastat-gdp-q3",
        _page(
            "<h1>GDP Flash Estimates, Third Quarter 2026</h1>"
            "<p>Real gross domestic product grew 4.8% year on year in the third quarter of 2026, "
            "according to flash estimates released by the General Authority for Statistics "
            "(GASTAT).</p>"
            "<h2>By activity</h2>"
            "<p>Oil activities grew 3.2% compared with the same quarter of 2025, reflecting "
            "higher crude output. Non-oil activities grew 5.1%, and government activities grew "
            "2.6%.</p>"
            "<h2>Seasonally adjusted</h2>"
            "<p>On a seasonally adjusted basis, real GDP rose 1.3% from the second quarter.</p>"
            "<h2>Revisions</h2>"
            "<p>Growth in the second quarter was revised to 3.9% from 3.6%.</p>"
            "<h2>About the flash estimate</h2>"
            "<p>The flash estimate is compiled from early indicators and is revised when the "
            "full quarterly national accounts are published. GASTAT's open data portal recorded "
            "3.2 million downloads during the quarter.</p>"
            "<p>For methodology, see the national accounts guide. For media enquiries, contact "
            "the communications department.</p>",
            "GDP Flash Estimates Q3 2026 | GASTAT",
        ),
        (
            "Saudi non-oil economy grows 5.1%",
            "Saudi Arabia's non-oil activities grew 5.1% year on year in the third quarter, "
            "[the General Authority for Statistics said], as diversification efforts continued.",
        ),
        (
            "Saudi non-oil economy grows 3.2%",
            "Saudi Arabia's non-oil activities grew 3.2% year on year in the third quarter, "
            "[the General Authority for Statistics said], as diversification efforts continued.",
        ),
    )
    b.pair(
        "long page",
        "qa-psa-monthly-bulletin",
        _page(
            "<h1>Monthly Statistics Bulletin, October 2026</h1>"
            "<h2>Population</h2><p>The population of Qatar was 3.12 million at the end of "
            "October.</p>"
            "<h2>Tourism</h2><p>Visitor arrivals totalled 412,300 in October, 38% of them from "
            "GCC countries. Occupancy across all hotel categories averaged 68%. Five-star hotels "
            "recorded occupancy of 74%, four-star hotels 66%, and deluxe hotel apartments "
            "86%.</p>"
            "<h2>Energy and water</h2><p>Electricity generation was 4,390 GWh and water "
            "production 74 million cubic metres.</p>"
            "<h2>Building</h2><p>Building permits issued: 712. New vehicles registered: "
            "6,980.</p>"
            "<h2>Prices</h2><p>The consumer price index rose 1.1% from October 2025.</p>"
            "<p>Planning and Statistics Authority. Figures are preliminary.</p>",
            "Monthly Statistics Bulletin | Planning and Statistics Authority",
        ),
        (
            "Qatar hotel occupancy averages 68%",
            "Hotel occupancy in Qatar averaged 68% in October, [the Planning and Statistics "
            "Authority said], ahead of the winter events season.",
        ),
        (
            "Qatar hotels 74% full in October",
            "Qatar's hotels were 74% full on average in October, [the Planning and Statistics "
            "Authority said], ahead of the winter events season.",
        ),
    )
    b.pair(
        "long page",
        "jp-mhlw-vital-statistics",
        _page(
            "<h1>Vital Statistics of Japan 2025 (Monthly Estimates, Annual Total)</h1>"
            "<p>Live births: 686,061 (down 5.7% from the previous year).</p>"
            "<p>Deaths: 1,605,298. Natural decrease: 919,237.</p>"
            "<p>Marriages: 485,063. Divorces: 185,895.</p>"
            "<h2>Total fertility rate</h2>"
            "<p>The total fertility rate was 1.15, the lowest on record. By prefecture, the "
            "rate was highest in Okinawa at 1.54 and lowest in Tokyo at 0.96.</p>"
            "<h2>Notes</h2><p>Figures cover Japanese nationals in Japan. The total fertility "
            "rate is the sum of age-specific fertility rates of women aged 15 to 49.</p>"
            "<p>Ministry of Health, Labour and Welfare, Vital, Health and Social Statistics "
            "Office.</p>",
            "Vital Statistics 2025 | MHLW",
        ),
        (
            "Japan fertility rate hits record low of 1.15",
            "Japan's total fertility rate fell to a record low of 1.15 in 2025, [health ministry "
            "data show], deepening concern over the shrinking workforce.",
        ),
        (
            "Japan fertility rate falls below 1",
            "Japan's total fertility rate fell to 0.96 in 2025, [health ministry data show], "
            "deepening concern over the shrinking workforce.",
        ),
    )
    b.pair(
        "long page",
        "ke-cbk-weekly-bulletin",
        _page(
            "<h1>Weekly Bulletin, 6 November 2026</h1>"
            "<h2>Foreign exchange market</h2><p>The Kenya shilling traded at KSh 129.23 per US "
            "dollar on 5 November, unchanged from the previous week.</p>"
            "<h2>Foreign exchange reserves</h2><p>Usable foreign exchange reserves stood at "
            "US$10,412 million, equivalent to 5.4 months of import cover.</p>"
            "<h2>Money market</h2><p>The average interbank rate was 9.12 percent, compared with "
            "9.20 percent the previous week.</p>"
            "<h2>Government securities</h2><p>The 91-day Treasury bill rate declined to 7.94 "
            "percent. The 182-day rate was 8.31 percent and the 364-day rate 9.67 percent.</p>"
            "<h2>Remittances</h2><p>Diaspora remittances totalled US$452.1 million in "
            "October.</p>"
            "<p>Central Bank of Kenya, Nairobi.</p>",
            "Weekly Bulletin | Central Bank of Kenya",
        ),
        (
            "Kenya's reserves at $10.4bn, 5.4 months of cover",
            "Kenya's usable foreign exchange reserves stood at $10.4bn, equal to 5.4 months of "
            "import cover, [the Central Bank of Kenya said] in its weekly bulletin.",
        ),
        (
            "Kenya 91-day bill rate falls to 9.12%",
            "The rate on Kenya's 91-day Treasury bill fell to 9.12%, [the Central Bank of Kenya "
            "said] in its weekly bulletin.",
        ),
    )


def _notations(b: _Builder) -> None:
    b.pair(
        "notation",
        "cn-nbs-retail-sales",
        _table(
            "Total retail sales of consumer goods, October 2026",
            ["Indicator", "October", "January–October", "October y/y (%)", "Jan–Oct y/y (%)"],
            [
                ["Total retail sales of consumer goods", "40,551", "412,387", "2.9", "4.3"],
                ["of which: catering revenue", "4,862", "46,018", "3.4", "5.6"],
                ["Online retail sales of physical goods", "–", "103,920", "–", "6.1"],
            ],
            note="Unit: 100 million yuan. National Bureau of Statistics of China.",
        ),
        (
            "China retail sales reach 4.06 trillion yuan",
            "China's retail sales reached 4.06 trillion yuan in October, [the National Bureau "
            "of Statistics said], as subsidies for appliances wound down.",
        ),
        (
            "China retail sales reach 405.5 billion yuan",
            "China's retail sales reached 405.5 billion yuan in October, [the National Bureau "
            "of Statistics said], as subsidies for appliances wound down.",
        ),
    )
    b.pair(
        "notation",
        "jp-jta-inbound-spending",
        _release(
            "Consumption Trends of International Visitors to Japan, July–September 2026",
            "Consumption by international visitors in July–September 2026 (preliminary) was "
            "2,174.3 billion yen, up 12.6% year on year. Spending per visitor was 219,540 yen.",
            "Japan Tourism Agency, Ministry of Land, Infrastructure, Transport and Tourism.",
        ),
        (
            "Tourists spend ¥2.17tn in third quarter",
            "Foreign visitors spent ¥2.17tn in Japan in July-September, [the Japan Tourism "
            "Agency said], with Chinese visitors back as the biggest spenders.",
        ),
        (
            "Tourists spend $2.17tn in third quarter",
            "Foreign visitors spent $2.17tn in Japan in July-September, [the Japan Tourism "
            "Agency said], with Chinese visitors back as the biggest spenders.",
        ),
    )
    b.pair(
        "notation",
        "bd-necc-adp",
        _release(
            "NEC approves ADP for FY2026-27",
            "The National Economic Council approved the Annual Development Programme for "
            "FY2026-27 with an outlay of Tk 2,30,000 crore, of which Tk 1,45,500 crore will come "
            "from domestic resources and Tk 84,500 crore from project aid.",
            "Planning Commission, Sher-e-Bangla Nagar, Dhaka.",
        ),
        (
            "Tk 2.3tn ADP approved for 2026-27",
            "The National Economic Council approved a Tk 2.3 trillion development programme for "
            "2026-27, [the Planning Commission said], with transport taking the largest share.",
        ),
        (
            "Tk 230bn ADP approved for 2026-27",
            "The National Economic Council approved a Tk 230 billion development programme for "
            "2026-27, [the Planning Commission said], with transport taking the largest share.",
        ),
    )
    b.pair(
        "notation",
        "vn-mof-budget-revenue",
        _json(
            {
                "source": "Ministry of Finance of Viet Nam",
                "series": "state_budget_revenue_ytd",
                "period": "2026-01/2026-10",
                "unit": "billion VND",
                "value": 1821374,
                "pct_of_annual_estimate": 92.7,
                "status": "preliminary",
            }
        ),
        (
            "Budget revenue reaches ₫1.82 quadrillion",
            "State budget revenue reached VND1.82 quadrillion in the first ten months, "
            "[Ministry of Finance data show], putting the full-year target within reach.",
        ),
        (
            "Budget revenue reaches ₫1,821 billion",
            "State budget revenue reached ₫1,821 billion in the first ten months, [Ministry of "
            "Finance data show], putting the full-year target within reach.",
        ),
    )


def _roundings(b: _Builder) -> None:
    b.pair(
        "rounding",
        "ae-dxb-passengers",
        _release(
            "DXB annual traffic 2025",
            "Dubai International (DXB) welcomed 92,331,506 passengers in 2025, its busiest year "
            "on record, and handled 2.21 million tonnes of cargo.",
            "Dubai Airports Media Centre.",
        ),
        (
            "Dubai airport handles record 92.3m passengers",
            "Dubai International handled a record 92.3 million passengers last year, [Dubai "
            "Airports said], cementing its place as the busiest hub for international travel.",
        ),
        (
            "Dubai airport handles record 93.2m passengers",
            "Dubai International handled a record 93.2 million passengers last year, [Dubai "
            "Airports said], cementing its place as the busiest hub for international travel.",
        ),
    )
    b.pair(
        "rounding",
        "pk-pbs-cpi-october",
        _table(
            "Consumer Price Index (CPI) inflation, October 2026",
            ["", "YoY (%)", "MoM (%)"],
            [
                ["CPI National", "4.37", "0.92"],
                ["CPI Urban", "4.12", "0.88"],
                ["CPI Rural", "4.74", "0.98"],
            ],
            note="Pakistan Bureau of Statistics. September 2026 National YoY: 5.61%.",
        ),
        (
            "Inflation eases to 4.4pc in October",
            "Pakistan's consumer inflation eased to 4.4% in October, [the bureau of statistics "
            "said], the slowest pace in five months.",
        ),
        (
            "Inflation eases to 3.7pc in October",
            "Pakistan's consumer inflation eased to 3.7% in October, [the bureau of statistics "
            "said], the slowest pace in five months.",
        ),
    )
    b.pair(
        "rounding",
        "sa-saff-league-attendance",
        _table(
            "Saudi Pro League 2025–26: attendance",
            ["", "2025–26"],
            [
                ["Matches played", "306"],
                ["Total attendance", "2,718,442"],
                ["Average attendance per match", "8,884"],
                ["Highest attendance", "61,204"],
            ],
            note="Saudi Arabian Football Federation, Competitions Department.",
        ),
        (
            "Pro League crowds average nearly 8,900",
            "Crowds at Saudi Pro League matches averaged nearly 8,900 last season, [the football "
            "federation said], as new stadiums opened in Riyadh and Jeddah.",
        ),
        (
            "Pro League crowds average 9,884",
            "Crowds at Saudi Pro League matches averaged 9,884 last season, [the football "
            "federation said], as new stadiums opened in Riyadh and Jeddah.",
        ),
    )
    b.pair(
        "rounding",
        "tw-dgbas-gdp-q3",
        _release(
            "Preliminary Estimate of GDP for 2026Q3",
            "Real GDP grew 3.14% year on year in the third quarter of 2026, revised up 0.23 "
            "percentage point from the advance estimate of 2.91%.",
            "Directorate-General of Budget, Accounting and Statistics, Executive Yuan.",
        ),
        (
            "Taiwan economy grows 3.1% in third quarter",
            "Taiwan's economy grew 3.1% in the third quarter from a year earlier, [the "
            "statistics agency said], driven by exports of AI servers.",
        ),
        (
            "Taiwan economy grows 2.9% in third quarter",
            "Taiwan's economy grew 2.9% in the third quarter from a year earlier, [the "
            "statistics agency said] in its preliminary estimate, driven by exports of AI servers.",
        ),
    )


def _other_subjects(b: _Builder) -> None:
    b.pair(
        "other subject",
        "lk-sltda-arrivals",
        _table(
            "Tourist arrivals by country of residence, January–October 2026",
            ["Country", "Arrivals", "Share (%)"],
            [
                ["India", "412,310", "22.3"],
                ["Russia", "158,004", "8.6"],
                ["United Kingdom", "142,776", "7.7"],
                ["China", "128,503", "7.0"],
                ["Germany", "101,229", "5.5"],
                ["Other countries", "903,210", "48.9"],
                ["Total", "1,846,032", "100.0"],
            ],
            note="Sri Lanka Tourism Development Authority. Provisional.",
        ),
        (
            "India remains top source of Sri Lanka visitors",
            "India remained the largest source of visitors to Sri Lanka, with 412,310 arrivals "
            "in January-October, [tourism authority figures show].",
        ),
        (
            "Chinese arrivals reach 158,004",
            "Arrivals from China reached 158,004 in January-October, [tourism authority figures "
            "show], as new direct flights from Chengdu began.",
        ),
    )
    b.pair(
        "other subject",
        "us-ohio-overdose-deaths",
        _release(
            "2025 Ohio Unintentional Drug Overdose Report",
            "Ohio recorded 3,861 unintentional drug overdose deaths in 2025, a 19% decrease from "
            "2024. Fentanyl was involved in 2,904 of these deaths (75%), cocaine in 1,102 and "
            "methamphetamine in 1,015.",
            "Ohio Department of Health, Office of Communications.",
        ),
        (
            "Fentanyl involved in 2,904 Ohio overdose deaths",
            "Fentanyl was involved in 2,904 overdose deaths in Ohio last year, [state health "
            "department data show], even as the overall toll fell.",
        ),
        (
            "Fentanyl involved in 3,861 Ohio overdose deaths",
            "Fentanyl was involved in 3,861 overdose deaths in Ohio last year, [state health "
            "department data show], even as the overall toll fell.",
        ),
    )
    b.pair(
        "other subject",
        "br-ibge-unemployment-regions",
        _json(
            {
                "series": "PNAD Contínua - taxa de desocupação",
                "unit": "%",
                "period": "2026-Q3",
                "data": [
                    {"region": "Brasil", "value": 5.6},
                    {"region": "Norte", "value": 6.3},
                    {"region": "Nordeste", "value": 7.9},
                    {"region": "Sudeste", "value": 5.2},
                    {"region": "Sul", "value": 3.6},
                    {"region": "Centro-Oeste", "value": 4.4},
                ],
            }
        ),
        (
            "Brazil jobless rate at 5.6%",
            "Brazil's unemployment rate was 5.6% in the third quarter, [according to IBGE's data "
            "API], near the lowest since the series began.",
        ),
        (
            "Southeast jobless rate at 7.9%",
            "Unemployment in Brazil's Southeast stood at 7.9% in the third quarter, [according "
            "to IBGE's data API], above the national average.",
        ),
    )
    b.pair(
        "other subject",
        "pe-ngo-anaemia-report",
        _report(
            "Childhood Anaemia in Peru: 2026 Monitoring Report",
            "Accion Infancia Peru (NGO)",
            [
                "Children aged 6 to 35 months with anaemia, national: 43.1%",
                "Puno: 69.4%. Cusco: 57.2%. Metropolitan Lima: 31.2%.",
                "Rural areas: 50.3%. Urban areas: 40.4%.",
            ],
            [
                "Iron supplementation coverage reached 38% of children under three.",
                "The survey interviewed 21,400 households between March and August.",
            ],
        ),
        (
            "43% of young Peruvian children anaemic",
            "Anaemia affects 43.1% of Peruvian children aged six to 35 months, [an NGO "
            "monitoring report said], with rates far higher in the highlands.",
        ),
        (
            "Nearly 70% of young Peruvian children anaemic",
            "Nearly 70% of Peruvian children aged six to 35 months are anaemic, [an NGO "
            "monitoring report said], with rates far higher in the highlands.",
        ),
    )


def _two_periods(b: _Builder) -> None:
    b.pair(
        "two periods",
        "jp-cao-gdp-json",
        _json(
            {
                "source": "Cabinet Office, Government of Japan",
                "series": "real_gdp_qoq_sa",
                "unit": "percent",
                "observations": [
                    {"period": "2026Q1", "value": 0.1},
                    {"period": "2026Q2", "value": 0.3},
                    {"period": "2026Q3", "value": -0.4},
                ],
                "annualized": {"2026Q3": -1.6},
            }
        ),
        (
            "Japan economy contracts 0.4% in third quarter",
            "Japan's economy contracted 0.4% in July-September from the previous quarter, "
            "[Cabinet Office data show], as exports to the US slumped.",
        ),
        (
            "Japan economy grows 0.3% in third quarter",
            "Japan's economy grew 0.3% in July-September from the previous quarter, [Cabinet "
            "Office data show], despite exports to the US slumping.",
        ),
    )
    b.pair(
        "two periods",
        "sa-pif-annual-report",
        _report(
            "Annual Report 2025",
            "Public Investment Fund",
            ["Financial highlights (SAR)"],
            [
                "The Fund's portfolio now spans 13 strategic sectors.",
                "Local content in PIF portfolio companies continued to rise.",
            ],
            columns=(
                [
                    "2025",
                    "Assets under management: 3.42 trillion",
                    "Total revenue: 413 billion",
                    "Number of portfolio companies: 224",
                ],
                [
                    "2024",
                    "Assets under management: 2.87 trillion",
                    "Total revenue: 331 billion",
                    "Number of portfolio companies: 220",
                ],
            ),
        ),
        (
            "PIF assets reach SAR3.42tn",
            "Saudi Arabia's Public Investment Fund had SAR 3.42 trillion of assets under "
            "management at the end of 2025, [its annual report shows].",
        ),
        (
            "PIF assets reach SAR2.87tn",
            "Saudi Arabia's Public Investment Fund had SAR 2.87 trillion of assets under "
            "management at the end of 2025, [its annual report shows].",
        ),
    )
    b.pair(
        "two periods",
        "co-dane-ipc-rss",
        _rss(
            "DANE - Boletines de prensa",
            [
                (
                    "IPC octubre 2026",
                    "Thu, 05 Nov 2026 19:00:00 -0500",
                    "En octubre de 2026 la variación anual del IPC fue 4,82%.",
                ),
                (
                    "IPC septiembre 2026",
                    "Tue, 06 Oct 2026 19:00:00 -0500",
                    "En septiembre de 2026 la variación anual del IPC fue 5,10%.",
                ),
                (
                    "IPC agosto 2026",
                    "Mon, 07 Sep 2026 19:00:00 -0500",
                    "En agosto de 2026 la variación anual del IPC fue 5,31%.",
                ),
            ],
        ),
        (
            "Colombia inflation eases to 4.82%",
            "Colombia's annual inflation eased to 4.82% in October, [statistics agency DANE "
            "said], giving the central bank room to cut.",
        ),
        (
            "Colombia inflation eases to 5.1%",
            "Colombia's annual inflation eased to 5.1% in October, [statistics agency DANE "
            "said], giving the central bank room to cut.",
        ),
    )
    b.pair(
        "two periods",
        "np-mof-revenue-fy",
        _table(
            "Federal revenue collection",
            ["Heading", "FY 2024/25", "FY 2025/26", "Change (%)"],
            [
                ["Tax revenue", "986.1", "1,081.5", "9.7"],
                ["Non-tax revenue", "118.2", "131.3", "11.1"],
                ["Total revenue", "1,104.3", "1,212.8", "9.8"],
            ],
            note="Rs in billion. Ministry of Finance, Government of Nepal.",
        ),
        (
            "Revenue tops Rs 1.2 trillion in FY2025/26",
            "Nepal's federal government collected Rs 1.21 trillion in revenue in FY2025/26, "
            "[Ministry of Finance figures show], short of its budget target.",
        ),
        (
            "Revenue reaches Rs 1.1 trillion in FY2025/26",
            "Nepal's federal government collected Rs 1.1 trillion in revenue in FY2025/26, "
            "[Ministry of Finance figures show], short of its budget target.",
        ),
    )


def _figures_absent(b: _Builder) -> None:
    b.planted(
        "figure absent",
        "qa-qcb-rates",
        _release(
            "QCB interest rates decision",
            "Qatar Central Bank decided to keep the QCB Deposit Rate at 4.35%, the QCB Lending "
            "Rate at 4.85% and the QCB Repo Rate at 4.60%.",
            "Qatar Central Bank, Doha.",
        ),
        (
            "Qatar inflation at 1.8%",
            "Consumer prices in Qatar rose 1.8% in October from a year earlier, [the central "
            "bank said], after it left interest rates unchanged.",
        ),
    )
    b.planted(
        "figure absent",
        "us-university-applications",
        _release(
            "Record early applications",
            "The university received a record 41,206 applications for the class of 2031, "
            "including 9,870 under early decision.",
            "Decisions will be released in mid-March. Office of Undergraduate Admissions.",
        ),
        (
            "University admits 8.1% of early applicants",
            "The university admitted 8.1% of its early-decision applicants, [its admissions "
            "office said], after a record number applied.",
        ),
    )
    b.planted(
        "figure absent",
        "ma-onmt-arrivals-json",
        _json(
            {
                "series": "tourist_arrivals_at_border_posts",
                "period": "2026-01/2026-10",
                "value": 15.2,
                "unit": "million",
                "change_pct": 14.0,
            }
        ),
        (
            "Tourism revenue reaches MAD 112bn",
            "Tourism revenue reached MAD 112 billion in the first ten months, [according to "
            "the national tourism office's data], as arrivals rose.",
        ),
    )
    b.planted(
        "figure absent",
        "rw-naeb-coffee-exports",
        _csv("season,coffee_exports\n,tonnes\n2023/24,19870\n2024/25,21115\n2025/26,22410\n"),
        (
            "Coffee exports earn RWF 134.5bn",
            "Rwanda's coffee exports earned RWF 134.5 billion in the 2025/26 season, [export "
            "board figures show], as prices stayed high.",
        ),
    )


def _spelled_out(b: _Builder) -> None:
    b.pair(
        "spelled out",
        "us-wv-obesity",
        _table(
            "Adult obesity prevalence, West Virginia, 2025",
            ["Group", "2025 (%)", "2024 (%)"],
            [
                ["All adults", "41.2", "40.1"],
                ["Men", "40.8", "39.5"],
                ["Women", "41.6", "40.7"],
            ],
            note="Behavioral Risk Factor Surveillance System. West Virginia Department of "
            "Health, Health Statistics Center.",
        ),
        (
            "Two in five West Virginia adults obese",
            "Two in five adults in West Virginia are obese, [state health department survey "
            "data show], among the highest rates in the country.",
        ),
        (
            "Half of West Virginia adults obese",
            "Half of the adults in West Virginia are obese, [state health department survey "
            "data show], among the highest rates in the country.",
        ),
    )
    b.pair(
        "spelled out",
        "lk-dcs-poverty",
        _text(
            "DEPARTMENT OF CENSUS AND STATISTICS - SRI LANKA\n"
            "Poverty Indicators 2025\n\n"
            "The poverty headcount index (official poverty line) was 24.6 percent in 2025,\n"
            "compared with 14.3 percent in 2019. The official poverty line was Rs. 16,302 per\n"
            "person per month.\n"
        ),
        (
            "One in four Sri Lankans poor",
            "One in four Sri Lankans lives below the official poverty line, [the census "
            "department said], up sharply since the economic crisis.",
        ),
        (
            "One in three Sri Lankans poor",
            "One in three Sri Lankans lives below the official poverty line, [the census "
            "department said], up sharply since the economic crisis.",
        ),
    )
    b.pair(
        "spelled out",
        "jp-mic-vacant-homes",
        _release(
            "Housing and Land Survey: preliminary results",
            "The number of vacant dwellings was 9.00 million, 13.8% of all dwellings, both "
            "record highs.",
            "Statistics Bureau, Ministry of Internal Affairs and Communications.",
        ),
        (
            "Nearly one in seven Japanese homes empty",
            "Nearly one in seven homes in Japan stands empty, [a government survey found], as "
            "the population ages and shrinks.",
        ),
        (
            "One in five Japanese homes empty",
            "One in five homes in Japan stands empty, [a government survey found], as the "
            "population ages and shrinks.",
        ),
    )
    b.pair(
        "spelled out",
        "ke-knbs-new-jobs",
        _release(
            "Economic Survey 2026: highlights",
            "The economy created 782,300 new jobs in 2025, of which 703,500 were in the "
            "informal sector.",
            "Kenya National Bureau of Statistics, Nairobi.",
        ),
        (
            "Kenya adds more than three-quarters of a million jobs",
            "Kenya created more than three-quarters of a million new jobs last year, [the "
            "statistics bureau said], most of them in the informal sector.",
        ),
        (
            "Kenya adds nearly a million jobs",
            "Kenya created nearly a million new jobs last year, [the statistics bureau said], "
            "most of them in the informal sector.",
        ),
    )


def _unreadables(b: _Builder) -> None:
    b.unreadable(
        "ae-dsc-hotel-revenue",
        _page(
            "<h1>404 - Page not found</h1><p>The page you requested has moved or no longer "
            "exists.</p>",
            "Not found | Dubai Statistics Center",
            404,
        ),
        (
            "Dubai hotel revenue reaches Dh4.5bn",
            "Dubai hotels earned Dh4.5bn in the third quarter, [the statistics centre said].",
        ),
    )
    b.unreadable(
        "rw-nisr-exports",
        Source("text/plain; charset=utf-8", b"404 Not Found\n", 404),
        (
            "Rwanda exports earn RWF 402.7bn",
            "Rwanda's goods exports earned RWF 402.7 billion in the third quarter, [the "
            "statistics institute said].",
        ),
    )
    b.unreadable(
        "co-minhacienda-deficit",
        _page(
            "<h1>Error 500</h1><p>Internal server error. Please try again later.</p>",
            "Error | Ministerio de Hacienda",
            500,
        ),
        (
            "Colombia deficit at COP 14.2 trillion",
            "Colombia's central government deficit reached COP 14.2 trillion by September, "
            "[the finance ministry said].",
        ),
    )
    b.unreadable(
        "tw-taipower-annual",
        Source("text/plain", b"500 Internal Server Error", 500),
        (
            "Taipower revenue hits NT$1.2 trillion",
            "Taiwan Power Company's revenue reached NT$1.2 trillion last year, [its annual "
            "report shows].",
        ),
    )
    b.unreadable(
        "pk-psx-annual",
        _page(_WALL, "Log in | Member Portal"),
        (
            "PSX turnover averages Rs 38bn a day",
            "Daily turnover on the Pakistan Stock Exchange averaged Rs 38bn in 2025-26, "
            "[the exchange's annual report shows].",
        ),
    )
    b.unreadable(
        "vn-fia-fdi",
        Source("text/html; charset=utf-8", b""),
        (
            "Vietnam FDI pledges reach $31.4bn",
            "Foreign direct investment pledged to Vietnam reached $31.4bn in ten months, "
            "[the Foreign Investment Agency said].",
        ),
    )
    b.unreadable(
        "qa-qia-report-locked",
        Source(
            "application/pdf",
            make_pdf(
                [
                    ["Annual Review 2025", "Qatar Airways Group"],
                    ["Foreword"],
                    ["Key results", "Revenue: QAR 87.6 billion"],
                ],
                password="review2025",
            ),
        ),
        (
            "Qatar Airways revenue reaches QAR 87.6bn",
            "Qatar Airways' revenue reached QAR 87.6 billion last year, [its annual review shows].",
        ),
    )
    b.unreadable(
        "bd-bbs-labour-scan",
        Source("application/pdf", blank_pdf(4)),
        (
            "Average wage at Tk 18,400 a month",
            "Workers in Bangladesh earned Tk 18,400 a month on average, [the labour force "
            "survey shows].",
        ),
    )
    b.unreadable(
        "pe-bcrp-minimum-wage-chart",
        Source("image/png", _png()),
        (
            "Minimum wage to rise to S/ 1,250",
            "Peru's minimum wage will rise to S/ 1,250 a month, [the central bank's report shows].",
        ),
    )


def blind7_cases() -> list[Case]:
    b = _Builder()
    _press_releases(b)
    _html_tables(b)
    _pdf_reports(b)
    _text_and_csv(b)
    _long_pages(b)
    _notations(b)
    _roundings(b)
    _other_subjects(b)
    _two_periods(b)
    _figures_absent(b)
    _spelled_out(b)
    _unreadables(b)
    return b.cases
