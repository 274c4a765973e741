"""A ninth blind held-out set for the fact-check gate bench (issue 10, "Measured, not assumed").

Written from the product's spec ("Check figures against the sources newsrooms actually cite")
and from how Nordic and Baltic statistics offices and central banks, Turkish and Israeli
ministries and companies, the Central Bank of Jordan, Kazakh and Uzbek agencies and miners,
West and Central African fisheries and finance ministries, Ethiopian ministries, Caribbean
central banks, courts and airports, and Fijian hospitals and companies publish, not from the
checker's code and not from the other sets' case texts. Nobody tunes on it: it exists so the
checker's figure is an honest one.

Styles are Icelandic krónur (ISK), the euro in Estonia, Latvia and Lithuania, Danish,
Norwegian and Swedish kroner, Turkish lira (TRY, "lira"), Israeli shekels (NIS), Jordanian
dinars (JD, JOD), Kazakh tenge (KZT) and Uzbek so'm (UZS, "soums"), CFA francs (XOF, XAF,
FCFA), Ethiopian birr (ETB), Jamaican and Trinidad and Tobago dollars (J$, TT$) and Fiji
dollars (FJ$). Topics are company results (revenue, operating margin, dividend per share),
bank deposits, lending and bond yields in basis points, court backlogs and prison
populations, emissions in tonnes CO2e, hectares burned and river levels in metres, airports
(passengers, on-time performance), waiting lists and life expectancy, graduation rates,
like-for-like retail sales, gold and uranium output, fish landings and broadband speeds.
Sources are three-line HTML releases, HTML tables (merged header cells, units only in a
caption or a header row, totals rows, footnote markers, "n/a", "–" and ".." cells, one
transposed with periods as rows), real multi-page PDF reports (a figure on page three or in
a table on a later page), CSV served as text/csv and as text/plain under a title line, a
plain-text flood bulletin, a JSON answer from a central bank's API, an RSS feed of press
releases, a chart whose figures are only in its <figcaption>, a <dl> of indicators, and long
pages (2,000+ words) where the article's number also appears about something else. Articles
are rough: figures in headlines, "JD45.8bn", "nearly 3 million ounces", "one in five",
"more than half", fiscal years ("2024/25"), first-nine-months totals, basis points.

A *planted* case's article gives a figure a careful copy editor would stop: another value,
per cent for percentage points or for basis points, a scale misread (trillion as billion,
billion as million), a figure the source gives only for another subject, region or period
(the flash estimate, last year's column, the men's row, the month before), a figure the
source lacks, the wrong unit (tonnes for ounces, acres for hectares, feet for metres,
kilograms for tonnes), another currency (dinars or shekels as dollars), a rounding or hedge
the source does not bear out ("more than 5,000" for 4,870). A *clean* case's source is
readable and supports the article as a copy editor would accept it: rounding, notation
variants, hedges, spelled-out shares. Unreadable sources (a locked and an image-only PDF,
404/500 pages with HTML or plain-text bodies, a session-expired page served with 200, an
empty 200, a PNG and an .xlsx workbook where a report was cited) confirm nothing and so must
escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind9".
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

WALL = b"Your session has expired"


@dataclass(frozen=True)
class Blind9Case(Case):
    """A case of this set: its split is "blind9" whatever its topic number."""

    @property
    def split(self) -> str:
        return "blind9"


# Number-free paragraphs that pad the articles the way wire copy does.
_PADDING = (
    "Officials did not say when the next update would be published, and a spokesperson "
    "declined to comment on the detail beyond what had been released.",
    "Analysts said the picture was mixed and that much would depend on decisions due later "
    "in the year, including the budget and the wage talks.",
    "Opposition politicians said the government had been slow to respond and called for a "
    "fuller account to be given to parliament.",
    "Industry groups welcomed the figures but warned that costs remained high and that "
    "smaller firms were still struggling to find staff.",
    "The data are compiled from administrative records and surveys and may be revised when "
    "late returns are received.",
    "Residents interviewed in the capital said they had noticed the change, although several "
    "said it had not yet made a difference to their household budgets.",
)


def _article(name: str, title: str, paragraphs: list[str], link_text: str) -> str:
    """An article page; the paragraph holding ``@@`` carries the one link to the source."""
    link = f'<a href="/sources/{name}">{link_text}</a>'
    body = "".join(f"<p>{p.replace('@@', link)}</p>" for p in paragraphs)
    start = zlib.crc32(name.encode()) % len(_PADDING)
    pad = "".join(f"<p>{_PADDING[(start + i) % len(_PADDING)]}</p>" for i in range(2))
    return (
        f"<html><head><title>{title}</title></head><body>"
        f'<header><nav><a href="/">Home</a> | <a href="/business">Business</a></nav></header>'
        f"<article><h1>{title}</h1>{body}{pad}</article>"
        f"<footer>© The Regional Ledger</footer></body></html>"
    )


def _html(body: str, title: str = "Release") -> Source:
    page = (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'
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
        [title, "Annual report", "Published December 2026"],
        ["Foreword", *foreword],
        ["Key results", *key],
        *later,
    ]
    while len(pages) + len(tables) < 5:
        pages.append(["Methodology", "Figures are compiled from administrative returns."])
    return Source("application/pdf", make_pdf(pages, tables=tables))


# Long pages: a 2,000-word review in which the figures sit among many paragraphs.
_LONG_SENTENCES = (
    "The review sets out how the year unfolded for each part of the organisation and what the "
    "board expects to change over the coming period.",
    "Management met regularly with regulators, local authorities and employee representatives "
    "to discuss the programme and its effect on customers.",
    "Work on the new information system continued, with most of the data migration completed "
    "before the end of the reporting period.",
    "Customer satisfaction surveys were carried out in every region, and the results were "
    "shared with staff at each site during the autumn.",
    "The organisation continued to invest in training, including a leadership course for "
    "supervisors and a refreshed induction for new employees.",
    "Energy use in buildings was reviewed and several older sites were fitted with heat pumps "
    "and better insulation during the summer months.",
    "A number of risks were identified by the audit committee, among them cyber security, "
    "staff retention and the cost of borrowing.",
    "Partnerships with universities and vocational schools were extended, giving students "
    "placements and the organisation a steady supply of applicants.",
    "The board thanks employees, partners and customers for their patience while the changes "
    "described in this review were being put in place.",
    "Procurement rules were tightened after an internal review, and suppliers were asked to "
    "report on working conditions in their own supply chains.",
    "Digital channels grew in importance, and more customers chose to contact the "
    "organisation through its website and mobile application than by telephone.",
    "Maintenance was scheduled to avoid the busiest weeks of the year, which reduced "
    "disruption compared with the previous programme of works.",
)


def _long_page(title: str, sections: list[tuple[str, str]]) -> Source:
    """A long HTML review: each (heading, paragraph) section is followed by padding prose."""
    parts = [f"<h1>{title}</h1>"]
    n = len(_LONG_SENTENCES)
    for index, (heading, paragraph) in enumerate(sections):
        parts.append(f"<h2>{heading}</h2><p>{paragraph}</p>")
        for block in range(3):
            start = (index * 5 + block * 3) % n
            text = " ".join(_LONG_SENTENCES[(start + k) % n] for k in range(4))
            parts.append(f"<p>{text}</p>")
    return _html("".join(parts), title)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 16 for _ in range(16))
    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        book.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        book.writestr(
            "xl/worksheets/sheet1.xml",
            '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v>'
            "</c></row></sheetData></worksheet>",
        )
        book.writestr("xl/sharedStrings.xml", '<?xml version="1.0"?><sst><si><t>2.4</t></si></sst>')
    return buffer.getvalue()


def blind9_cases() -> list[Case]:
    out: list[Case] = []

    def add(
        name: str,
        kind: str,
        topic: int,
        planted: bool,
        title: str,
        paragraphs: list[str],
        link_text: str,
        source: Source,
        *,
        readable: bool = True,
    ) -> None:
        html = _article(name, title, paragraphs, link_text)
        out.append(Blind9Case(name, kind, topic, planted, html, source, readable))

    # ---- press release: three-line releases -------------------------------------------
    kind = "press release"
    src = _html(
        "<h2>Monetary and banking developments</h2>"
        "<p>Total deposits at licensed banks stood at JD45.8 billion at the end of September "
        "2026, compared with JD43.9 billion a year earlier.</p><p>Press office, Amman</p>",
        "Central Bank of Jordan",
    )
    add(
        "b9-jo-deposits",
        kind,
        1,
        False,
        "Deposits at Jordan's banks hit JD45.8bn",
        [
            "AMMAN — Deposits held by licensed banks in Jordan reached JD45.8bn at the end of "
            "September, according to @@."
        ],
        "the central bank's monthly release",
        src,
    )
    add(
        "b9-jo-deposits-usd",
        kind,
        1,
        True,
        "Jordan bank deposits climb to $45.8bn",
        [
            "AMMAN — Deposits held by licensed banks in Jordan reached $45.8bn at the end of "
            "September, according to @@."
        ],
        "the central bank's monthly release",
        src,
    )

    src = _html(
        "<h2>Oil production in November</h2><p>Crude oil and gas condensate production "
        "averaged 1.92 million barrels per day in November, the Ministry of Energy said.</p>"
        "<p>Astana, 2 December 2026</p>",
        "Ministry of Energy of the Republic of Kazakhstan",
    )
    add(
        "b9-kz-oil",
        kind,
        2,
        False,
        "Kazakh oil output holds above 1.9 million barrels",
        [
            "Kazakhstan pumped more than 1.9 million barrels a day of crude and condensate in "
            "November, @@ showed, keeping output above its OPEC+ quota."
        ],
        "figures from the energy ministry",
        src,
    )
    add(
        "b9-kz-oil-oct",
        kind,
        2,
        True,
        "Kazakh oil output at 1.92 million barrels",
        [
            "Kazakhstan pumped 1.92 million barrels a day of crude and condensate in October, "
            "@@ showed, keeping output above its OPEC+ quota."
        ],
        "figures from the energy ministry",
        src,
    )

    src = _html(
        "<p><b>MEDIA RELEASE</b></p><p>The Monetary Policy Committee of the Central Bank of "
        "Trinidad and Tobago decided to maintain the repo rate at 3.50 per cent. Private sector "
        "credit grew by 6.8 per cent year-on-year in August.</p><p>Port of Spain</p>",
        "CBTT",
    )
    add(
        "b9-tt-repo",
        kind,
        3,
        False,
        "Central bank holds repo rate",
        [
            "The Central Bank of Trinidad and Tobago held its benchmark repo rate at 3.5% on "
            "Friday, @@ said."
        ],
        "a statement from the bank",
        src,
    )
    add(
        "b9-tt-credit",
        kind,
        3,
        True,
        "Business credit picks up in T&amp;T",
        [
            "Lending to the private sector in Trinidad and Tobago grew 8.6 per cent in the year "
            "to August, @@ said."
        ],
        "a statement from the central bank",
        src,
    )

    src = _html(
        "<h1>Consumer price index</h1><p>In November 2026, the consumer price index rose 4.1% "
        "compared with November of the previous year and fell 0.3% compared with October.</p>"
        "<p>Statistics Estonia</p>",
        "Statistics Estonia",
    )
    add(
        "b9-ee-cpi",
        kind,
        4,
        False,
        "Estonian inflation at 4.1 per cent",
        [
            "Consumer prices in Estonia were 4.1 per cent higher in November than a year before, "
            "@@ showed on Monday."
        ],
        "the statistics office",
        src,
    )
    add(
        "b9-ee-cpi-yoy",
        kind,
        4,
        True,
        "Estonian prices fall on the year",
        [
            "Consumer prices in Estonia fell 0.3 per cent in the year to November, @@ showed on "
            "Monday, the first annual decline since the pandemic."
        ],
        "the statistics office",
        src,
    )

    src = _html(
        "<h2>Unemployment</h2><p>Registered unemployment was 6.3% at the end of October, 0.4 "
        "percentage points lower than a year earlier.</p><p>State Employment Agency, Riga</p>",
        "NVA",
    )
    add(
        "b9-lv-jobless",
        kind,
        5,
        False,
        "Latvia's jobless rate eases to 6.3%",
        ["Latvia's registered unemployment rate was 6.3% at the end of October, @@ said."],
        "the State Employment Agency",
        src,
    )
    add(
        "b9-lv-jobless-pct",
        kind,
        5,
        True,
        "Latvian unemployment falls",
        [
            "Registered unemployment in Latvia fell 0.4% over the year to the end of October, @@ "
            "said."
        ],
        "the State Employment Agency",
        src,
    )

    # ---- html table ---------------------------------------------------------------
    kind = "html table"
    src = _html(
        "<h2>Nordic bond markets</h2><table><caption>Ten-year government bond yields "
        '(per cent, end of period)</caption><thead><tr><th rowspan="2">Country</th>'
        '<th colspan="2">2026</th><th rowspan="2">Change, bp</th></tr>'
        "<tr><th>Oct</th><th>Nov</th></tr></thead><tbody>"
        "<tr><td>Denmark</td><td>2.31</td><td>2.38</td><td>+7</td></tr>"
        "<tr><td>Sweden</td><td>2.35</td><td>2.47</td><td>+12</td></tr>"
        "<tr><td>Norway</td><td>3.86</td><td>3.79</td><td>−7</td></tr>"
        "<tr><td>Finland</td><td>2.92</td><td>3.01</td><td>+9</td></tr>"
        "<tr><td>Iceland¹</td><td>6.74</td><td>..</td><td>..</td></tr>"
        "</tbody></table><p>¹ November auction postponed.</p>",
        "Nordic bond yields",
    )
    add(
        "b9-se-yield",
        kind,
        1,
        False,
        "Swedish yields rise 12 basis points",
        [
            "Sweden's 10-year government bond yield rose 12 basis points in November, @@ show, "
            "as investors priced in fewer rate cuts."
        ],
        "month-end market data",
        src,
    )
    add(
        "b9-se-yield-pct",
        kind,
        1,
        True,
        "Swedish yields jump 12%",
        [
            "Sweden's 10-year government bond yield rose 12% in November, @@ show, as investors "
            "priced in fewer rate cuts."
        ],
        "month-end market data",
        src,
    )

    src = _html(
        "<h2>Court statistics</h2><table><caption>Cases pending at end of quarter</caption>"
        '<tr><th rowspan="2">Court</th><th rowspan="2">Division</th>'
        '<th colspan="2">2026</th></tr><tr><th>Q2</th><th>Q3</th></tr>'
        '<tr><td rowspan="2">Supreme Court</td><td>Civil</td><td>8,406</td><td>8,551</td></tr>'
        "<tr><td>Criminal</td><td>2,877</td><td>2,914</td></tr>"
        '<tr><td rowspan="2">Parish Courts</td><td>Civil</td><td>14,220</td><td>13,987</td></tr>'
        "<tr><td>Criminal</td><td>31,502</td><td>30,866*</td></tr>"
        '<tr><th colspan="2">Total</th><th>57,005</th><th>56,318</th></tr></table>'
        "<p>* Provisional.</p>",
        "Court Administration Division, Jamaica",
    )
    add(
        "b9-jm-backlog",
        kind,
        2,
        False,
        "Supreme Court criminal backlog edges up",
        [
            "The Supreme Court's criminal division ended the third quarter with 2,914 cases "
            "pending, @@ show."
        ],
        "figures from the Court Administration Division",
        src,
    )
    add(
        "b9-jm-backlog-digits",
        kind,
        2,
        True,
        "Supreme Court criminal backlog edges up",
        [
            "The Supreme Court's criminal division ended the third quarter with 2,194 cases "
            "pending, @@ show."
        ],
        "figures from the Court Administration Division",
        src,
    )

    src = _html(
        "<h2>Production</h2><table><caption>Gold production</caption>"
        "<tr><th>Producer</th><th>2024</th><th>2025</th></tr>"
        '<tr><th colspan="3">\'000 troy ounces</th></tr>'
        "<tr><td>Navoi MMC</td><td>2,870</td><td>2,946</td></tr>"
        "<tr><td>Almalyk MMC</td><td>412</td><td>438(a)</td></tr>"
        "<tr><td>Other</td><td>–</td><td>57</td></tr>"
        "<tr><td>Total</td><td>3,282</td><td>3,441</td></tr></table>"
        "<p>(a) Includes ounces recovered from tailings.</p>",
        "Uzbekistan gold output",
    )
    add(
        "b9-uz-navoi",
        kind,
        3,
        False,
        "Navoi nears 3 million ounces",
        [
            "Navoi Mining and Metallurgical Company produced nearly 3 million ounces of gold in "
            "2025, @@ show."
        ],
        "production figures",
        src,
    )
    add(
        "b9-uz-gold-tonnes",
        kind,
        3,
        True,
        "Uzbek gold output climbs",
        ["Uzbekistan's main producers mined 3,441 tonnes of gold in 2025, @@ show."],
        "production figures",
        src,
    )

    src = _html(
        "<h2>Internet speeds</h2><table><caption>Median download speeds, Mbps</caption>"
        "<tr><th>Quarter</th><th>Fixed broadband</th><th>Mobile</th></tr>"
        "<tr><td>2026 Q1</td><td>61.9</td><td>38.4</td></tr>"
        "<tr><td>2026 Q2</td><td>64.0</td><td>39.8</td></tr>"
        "<tr><td>2026 Q3</td><td>68.2</td><td>41.7</td></tr></table>",
        "Ministry of Digital Development, Kazakhstan",
    )
    add(
        "b9-kz-fixed",
        kind,
        4,
        False,
        "Kazakh broadband speeds climb",
        [
            "Median fixed broadband download speeds in Kazakhstan reached 68.2 Mbps in the third "
            "quarter, @@ show."
        ],
        "ministry figures",
        src,
    )
    add(
        "b9-kz-mobile",
        kind,
        4,
        True,
        "Kazakh mobile speeds climb",
        [
            "Median mobile download speeds in Kazakhstan reached 47.1 Mbps in the third quarter, "
            "@@ show."
        ],
        "ministry figures",
        src,
    )

    src = _html(
        "<h2>Elective surgery</h2><table><caption>Patients waiting more than 12 months for "
        "elective surgery</caption><tr><th>Hospital</th><th>June 2026</th></tr>"
        "<tr><td>CWM Hospital, Suva</td><td>2,318</td></tr>"
        "<tr><td>Lautoka Hospital</td><td>1,204¹</td></tr>"
        "<tr><td>Labasa Hospital</td><td>n/a</td></tr>"
        "<tr><td>Sub-divisional hospitals</td><td>1,348</td></tr>"
        "<tr><td><b>Total</b>*</td><td><b>4,870</b></td></tr></table>"
        "<p>¹ Includes patients referred from Nadi. * Excludes Labasa, which did not report.</p>",
        "Ministry of Health and Medical Services, Fiji",
    )
    add(
        "b9-fj-lautoka",
        kind,
        5,
        False,
        "Lautoka surgery wait list tops 1,200",
        [
            "Lautoka Hospital had 1,204 patients who had waited more than a year for elective "
            "surgery in June, @@ show."
        ],
        "health ministry figures",
        src,
    )
    add(
        "b9-fj-waiting-5000",
        kind,
        5,
        True,
        "Thousands wait over a year for surgery",
        [
            "More than 5,000 patients at Fiji's reporting public hospitals had waited more than a "
            "year for elective surgery in June, @@ show."
        ],
        "health ministry figures",
        src,
    )

    # ---- pdf report ---------------------------------------------------------------
    kind = "pdf report"
    src = _pdf(
        "Ethiopia Ministry of Health: Health Sector Annual Performance Report 2025/26",
        [
            "This report reviews the performance of the health sector over the fiscal year.",
            "It was prepared by the Policy, Planning and Monitoring Directorate.",
        ],
        [
            "Life expectancy at birth was estimated at 67.8 years (women 70.1, men 65.6).",
            "Skilled birth attendance reached 74.2 per cent of expected deliveries.",
            "The number of public hospitals rose to 412.",
        ],
        [
            [
                "Service delivery",
                "Outpatient visits per person per year: 1.4.",
                "Health posts upgraded during the year: 640.",
            ]
        ],
        [
            ["Region", "Hospitals", "Beds"],
            ["Oromia", "118", "9,450"],
            ["Amhara", "96", "7,210"],
            ["Addis Ababa", "54", "6,880"],
        ],
    )
    add(
        "b9-et-life",
        kind,
        1,
        False,
        "Ethiopians living longer, report finds",
        ["Life expectancy at birth in Ethiopia has risen to nearly 68 years, according to @@."],
        "the health ministry's annual performance report",
        src,
    )
    add(
        "b9-et-life-men",
        kind,
        1,
        True,
        "Ethiopian men living longer",
        ["Life expectancy for Ethiopian men has reached 67.8 years, according to @@."],
        "the health ministry's annual performance report",
        src,
    )

    src = _pdf(
        "Israel Central Bureau of Statistics: Matriculation 2025",
        [
            "This publication presents matriculation results for the school year.",
            "Data are drawn from the examinations department.",
        ],
        [
            "The share of twelfth-grade students eligible for a matriculation certificate rose.",
            "Results by education sector are shown in the table at the end of this report.",
        ],
        [["Notes", "Eligibility is measured against the twelfth-grade cohort."]],
        [
            ["Sector", "Students", "Eligible (%)"],
            ["Hebrew education", "98,420", "74.6"],
            ["Arab education", "31,560", "63.2"],
            ["Total", "129,980", "71.3"],
        ],
    )
    add(
        "b9-il-bagrut",
        kind,
        2,
        False,
        "Bagrut eligibility climbs to 71.3%",
        [
            "Some 71.3 per cent of Israeli twelfth-graders were eligible for a matriculation "
            "certificate in 2025, @@ shows."
        ],
        "the education statistics report",
        src,
    )
    add(
        "b9-il-bagrut-swap",
        kind,
        2,
        True,
        "Bagrut eligibility climbs to 73.1%",
        [
            "Some 73.1 per cent of Israeli twelfth-graders were eligible for a matriculation "
            "certificate in 2025, @@ shows."
        ],
        "the education statistics report",
        src,
    )

    src = _pdf(
        "Republic of Senegal: Annual report on maritime fisheries 2025",
        [
            "This edition summarises landings by the artisanal and industrial fleets.",
            "Values are given in CFA francs (FCFA).",
        ],
        [
            "Landings by the industrial fleet were broadly stable.",
            "Details of the artisanal fleet are given on the following page.",
        ],
        [
            [
                "Artisanal fisheries",
                "Artisanal landings reached 398,500 tonnes in 2025, worth 186.2 billion FCFA.",
                "Small pelagic species made up most of the catch.",
            ]
        ],
        [
            ["Fleet", "Tonnes", "Value (FCFA bn)"],
            ["Artisanal", "398,500", "186.2"],
            ["Industrial", "121,300", "97.4"],
        ],
    )
    add(
        "b9-sn-fish",
        kind,
        3,
        False,
        "Senegal's canoe fleet lands catch worth CFA186bn",
        [
            "Senegal's artisanal fishing fleet landed catch worth 186 billion CFA francs last "
            "year, @@ shows."
        ],
        "the fisheries directorate's annual report",
        src,
    )
    add(
        "b9-sn-fish-million",
        kind,
        3,
        True,
        "Senegal's canoe fleet lands catch",
        [
            "Senegal's artisanal fishing fleet landed catch worth 186.2 million CFA francs last "
            "year, @@ shows."
        ],
        "the fisheries directorate's annual report",
        src,
    )

    src = _pdf(
        "Anadolu Beverage Holding 2025 Annual Report",
        [
            "Dear shareholders, the year was marked by high inflation and strong export demand.",
            "The board proposes a higher dividend for the year.",
        ],
        [
            "Consolidated revenue: TRY 48.6 billion.",
            "Operating (EBIT) margin: 14.2%.",
            "Proposed dividend per share: TRY 3.40.",
        ],
        [["Outlook", "Guidance for 2026 assumes volume growth in the mid single digits."]],
    )
    add(
        "b9-tr-margin",
        kind,
        4,
        False,
        "Anadolu Beverage margin at 14.2%",
        [
            "Anadolu Beverage Holding reported an operating margin of 14.2 per cent for 2025, "
            "@@ shows."
        ],
        "its annual report",
        src,
    )
    add(
        "b9-tr-dividend",
        kind,
        4,
        True,
        "Anadolu Beverage lifts dividend",
        ["Anadolu Beverage Holding proposed a dividend of 4.30 lira per share for 2025, @@ shows."],
        "its annual report",
        src,
    )

    # ---- text or csv --------------------------------------------------------------
    kind = "text or csv"
    src = Source(
        "text/csv",
        b"month,flights,on_time_pct,passengers\n2026-07,2114,78.9,236410\n"
        b"2026-08,2190,81.6,251077\n2026-09,1876,84.2,198530\n",
    )
    add(
        "b9-tt-ontime",
        kind,
        1,
        False,
        "Piarco punctuality improves",
        [
            "Piarco International Airport's on-time performance improved to 84.2 per cent in "
            "September, according to @@."
        ],
        "airport operations data",
        src,
    )
    add(
        "b9-tt-passengers",
        kind,
        1,
        True,
        "Piarco passenger numbers",
        ["Piarco International Airport handled 251,077 passengers in September, according to @@."],
        "airport operations data",
        src,
    )

    src = Source(
        "text/plain; charset=utf-8",
        b"Forest fires by county, Lithuania, 2026 (area in hectares)\n"
        b"county,fires,hectares\nVilnius,112,418.6\nKaunas,87,236.0\nKlaipeda,41,95.3\n"
        b"Utena,64,310.8\n",
    )
    add(
        "b9-lt-fires",
        kind,
        2,
        False,
        "Vilnius county fires burn 418.6 hectares",
        ["Forest fires burned 418.6 hectares in Vilnius county this year, @@ show."],
        "state forest service figures",
        src,
    )
    add(
        "b9-lt-fires-acres",
        kind,
        2,
        True,
        "Vilnius county fires",
        ["Forest fires burned 418.6 acres in Vilnius county this year, @@ show."],
        "state forest service figures",
        src,
    )

    src = Source(
        "application/json",
        json.dumps(
            {
                "dataset": "credit_to_economy",
                "unit": "KZT billion",
                "period": "2026-10",
                "series": [
                    {"name": "Loans to the economy, total", "value": 41230.5},
                    {"name": "of which: to households", "value": 18902.1},
                ],
            }
        ).encode(),
    )
    add(
        "b9-kz-loans",
        kind,
        3,
        False,
        "Kazakh bank lending tops 41 trillion tenge",
        ["Bank loans to Kazakhstan's economy totalled 41.2 trillion tenge in October, @@ shows."],
        "the National Bank's statistics service",
        src,
    )
    add(
        "b9-kz-loans-bn",
        kind,
        3,
        True,
        "Kazakh bank lending",
        ["Bank loans to Kazakhstan's economy totalled 41.2 billion tenge in October, @@ shows."],
        "the National Bank's statistics service",
        src,
    )

    src = Source(
        "application/rss+xml",
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        b"<title>Bank of Jamaica - Press releases</title>"
        b"<item><title>Net International Reserves, October 2026</title><description>"
        b"Jamaica's net international reserves totalled US$6,215.4 million at the end of "
        b"October 2026, equivalent to 34.1 weeks of projected goods and services imports."
        b"</description><pubDate>Tue, 03 Nov 2026 15:00:00 -0500</pubDate></item>"
        b"<item><title>Policy rate decision</title><description>The Bank of Jamaica held the "
        b"policy rate at 5.75 per cent.</description>"
        b"<pubDate>Fri, 30 Oct 2026 12:00:00 -0500</pubDate></item></channel></rss>",
    )
    add(
        "b9-jm-nir",
        kind,
        4,
        False,
        "Jamaica's reserves at US$6.2bn",
        ["Jamaica's net international reserves stood at US$6.2bn at the end of October, @@ shows."],
        "the Bank of Jamaica's latest release",
        src,
    )
    add(
        "b9-jm-nir-jmd",
        kind,
        4,
        True,
        "Jamaica's reserves at J$6.2bn",
        ["Jamaica's net international reserves stood at J$6.2bn at the end of October, @@ shows."],
        "the Bank of Jamaica's latest release",
        src,
    )

    src = Source(
        "text/plain",
        b"FLOOD BULLETIN  -  issued 14:00\n\n"
        b"Glomma at Elverum: 4.82 m, rising. Yellow warning.\n"
        b"Drammenselva at Mjondalen: 2.15 m, steady.\n"
        b"Next bulletin 20:00.\n",
    )
    add(
        "b9-no-glomma",
        kind,
        5,
        False,
        "Glomma rises to 4.8 metres at Elverum",
        [
            "The Glomma reached 4.8 metres at Elverum on Tuesday afternoon, @@ said, and was "
            "still rising."
        ],
        "the flood bulletin",
        src,
    )
    add(
        "b9-no-glomma-feet",
        kind,
        5,
        True,
        "Glomma rising at Elverum",
        [
            "The Glomma stood at 4.82 feet at Elverum on Tuesday afternoon, @@ said, and was "
            "still rising."
        ],
        "the flood bulletin",
        src,
    )

    # ---- long page ----------------------------------------------------------------
    kind = "long page"
    src = _long_page(
        "Finavia annual review 2025",
        [
            (
                "The year in brief",
                "Traffic recovered across the network, and the company "
                "completed the largest part of its terminal programme.",
            ),
            (
                "Helsinki Airport",
                "Helsinki Airport handled 15.3 million passengers during "
                "the year, and transfer traffic to Asia continued to grow.",
            ),
            (
                "Lapland",
                "Passenger numbers at the Lapland airports rose 15.3 per cent, led by "
                "winter charter flights. Rovaniemi alone served 812,000 passengers, an increase "
                "of 11.8 per cent.",
            ),
            (
                "Regional airports",
                "Traffic at the smaller airports was stable, with several "
                "routes supported by regional councils.",
            ),
            (
                "Sustainability",
                "Ground operations at all airports ran on renewable electricity "
                "for the whole year.",
            ),
            ("People", "The company recruited security staff ahead of the winter season."),
            ("Finances", "Revenue grew and the investment programme stayed within budget."),
            ("Outlook", "The company expects traffic to keep growing next year."),
        ],
    )
    add(
        "b9-fi-helsinki",
        kind,
        1,
        False,
        "Helsinki Airport passengers reach 15.3 million",
        ["Helsinki Airport handled 15.3 million passengers last year, @@ shows."],
        "Finavia's annual review",
        src,
    )
    add(
        "b9-fi-rovaniemi",
        kind,
        1,
        True,
        "Rovaniemi passenger numbers jump 15.3%",
        [
            "Passenger numbers at Rovaniemi airport rose 15.3% last year on the back of winter "
            "charters, @@ shows."
        ],
        "Finavia's annual review",
        src,
    )

    src = _long_page(
        "General Directorate of Prisons and Detention Houses (Turkey): statistics overview",
        [
            (
                "Overview",
                "This page brings together the main statistics on the penal "
                "institutions administered by the directorate.",
            ),
            (
                "Population",
                "On 1 November the prison population stood at 392,410, of whom "
                "61,200 were held on remand awaiting trial.",
            ),
            ("Staff", "The institutions employed 58,930 staff, most of them guards."),
            ("Capacity", "Work continued on new high-security campuses."),
            ("Education", "Literacy courses were offered in every institution."),
            ("Health", "Every institution has an infirmary and a visiting doctor."),
            ("Visits", "Family visits were extended to weekends."),
            ("Rehabilitation", "Workshops produced furniture and textiles for public bodies."),
        ],
    )
    add(
        "b9-tr-prisoners",
        kind,
        2,
        False,
        "Turkey's prison population at 392,410",
        ["Turkey's prisons held 392,410 people on 1 November, @@ shows."],
        "the justice ministry's statistics page",
        src,
    )
    add(
        "b9-tr-prison-staff",
        kind,
        2,
        True,
        "Turkey's prisons employ 61,200",
        ["Turkey's prisons employ 61,200 staff, @@ shows, most of them guards."],
        "the justice ministry's statistics page",
        src,
    )

    src = _long_page(
        "Baltic Retail Group: annual review 2025",
        [
            (
                "Highlights",
                "The group opened new stores in all three Baltic states and "
                "completed its move to a single loyalty scheme.",
            ),
            (
                "Trading",
                "Like-for-like sales rose 3.8% in Estonia, 2.1% in Latvia and 5.2% "
                "in Lithuania. Group revenue was €1.24 billion.",
            ),
            ("Online", "Online orders grew faster than store sales."),
            ("Logistics", "A new distribution centre opened near Riga."),
            ("Our people", "Store staff received a new pay structure."),
            ("Environment", "Refrigeration was upgraded in many stores."),
            ("Governance", "Two new members joined the supervisory board."),
            ("Outlook", "Management expects steady demand next year."),
        ],
    )
    add(
        "b9-lt-lfl",
        kind,
        3,
        False,
        "Lithuanian stores lead Baltic Retail growth",
        [
            "Like-for-like sales at Baltic Retail Group's Lithuanian stores grew 5.2% last year, "
            "@@ shows."
        ],
        "the group's annual review",
        src,
    )
    add(
        "b9-lv-lfl",
        kind,
        3,
        True,
        "Latvian stores lead Baltic Retail growth",
        [
            "Like-for-like sales at Baltic Retail Group's Latvian stores grew 3.8% last year, @@ "
            "shows."
        ],
        "the group's annual review",
        src,
    )

    src = _long_page(
        "Israel greenhouse gas inventory: summary for 2024",
        [
            (
                "About the inventory",
                "The inventory follows the reporting guidelines of the "
                "climate convention and is updated every year.",
            ),
            (
                "Total emissions",
                "Israel's greenhouse gas emissions totalled 81.2 million "
                "tonnes of carbon dioxide equivalent in 2024.",
            ),
            (
                "Energy",
                "The energy sector, including transport, accounted for 79.6 per cent of the total.",
            ),
            ("Industry", "Industrial processes were a smaller share."),
            ("Waste", "Landfill methane declined as more waste was diverted."),
            ("Agriculture", "Emissions from livestock were stable."),
            ("Land use", "Forests remained a small net sink."),
            ("Method changes", "Some earlier years were recalculated."),
        ],
    )
    add(
        "b9-il-ghg",
        kind,
        4,
        False,
        "Israel's emissions at 81.2 million tonnes",
        ["Israel emitted 81.2 million tonnes of CO2 equivalent in 2024, @@ shows."],
        "the environment ministry's inventory",
        src,
    )
    add(
        "b9-il-ghg-share",
        kind,
        4,
        True,
        "Israel's emissions at 79.6 million tonnes",
        ["Israel emitted 79.6 million tonnes of CO2 equivalent in 2024, @@ shows."],
        "the environment ministry's inventory",
        src,
    )

    # ---- notation -----------------------------------------------------------------
    kind = "notation"
    src = _html(
        "<h1>External trade in goods</h1><p>Exports of marine products amounted to ISK 31.4 "
        "billion in October.</p><p>Statistics Iceland</p>",
        "Statistics Iceland",
    )
    add(
        "b9-is-fish-exports",
        kind,
        1,
        False,
        "Icelandic seafood exports at 31.4 billion krónur",
        ["Iceland exported marine products worth 31.4 billion krónur in October, @@ showed."],
        "trade figures",
        src,
    )
    add(
        "b9-is-fish-million",
        kind,
        1,
        True,
        "Icelandic seafood exports",
        ["Iceland exported marine products worth ISK 31.4 million in October, @@ showed."],
        "trade figures",
        src,
    )

    src = _html(
        "<h2>Results for the year ended 31 July 2026</h2><p>The Group recorded a net profit "
        "after tax of FJ$58,000,000.</p><p>Suva, Fiji</p>",
        "Pacific Foods Group",
    )
    add(
        "b9-fj-profit",
        kind,
        2,
        False,
        "Pacific Foods profit at FJ$58m",
        ["Pacific Foods Group made a net profit of FJ$58m in the year to July, @@ said."],
        "the company's results statement",
        src,
    )
    add(
        "b9-fj-profit-usd",
        kind,
        2,
        True,
        "Pacific Foods profit at US$58m",
        ["Pacific Foods Group made a net profit of US$58m in the year to July, @@ said."],
        "the company's results statement",
        src,
    )

    src = _html(
        "<h2>Draft budget law</h2><p>Total expenditure in the 2027 budget is set at XAF 2,350 "
        "billion.</p><p>Ministry of Finance, Yaoundé</p>",
        "MINFI",
    )
    add(
        "b9-cm-budget",
        kind,
        3,
        False,
        "Cameroon budget set at 2.35 trillion CFA francs",
        ["Cameroon plans to spend 2.35 trillion CFA francs next year, @@ shows."],
        "the draft budget law",
        src,
    )
    add(
        "b9-cm-budget-bn",
        kind,
        3,
        True,
        "Cameroon budget set",
        ["Cameroon plans to spend 2.35 billion CFA francs next year, @@ shows."],
        "the draft budget law",
        src,
    )

    src = _html(
        "<h2>Wages</h2><p>The average monthly nominal wage in the third quarter was "
        "5,120,400 so'm.</p><p>Statistics Agency under the President of Uzbekistan</p>",
        "Uzbekistan wages",
    )
    add(
        "b9-uz-wage",
        kind,
        4,
        False,
        "Uzbek wages top 5 million soums",
        [
            "The average monthly wage in Uzbekistan reached 5.12 million soums in the third "
            "quarter, @@ shows."
        ],
        "the statistics agency",
        src,
    )
    src = _html(
        "<h2>Defence procurement</h2><p>The ministry signed contracts worth NIS 4.2 billion "
        "with domestic manufacturers in 2026.</p><p>Tel Aviv</p>",
        "Israel Ministry of Defense",
    )
    add(
        "b9-il-contracts-usd",
        kind,
        5,
        True,
        "Israel signs $4.2bn of local arms deals",
        [
            "Israel's defence ministry signed $4.2bn of contracts with local manufacturers this "
            "year, @@ said."
        ],
        "the ministry",
        src,
    )

    # ---- rounding -----------------------------------------------------------------
    kind = "rounding"
    src = _html(
        "<h2>Seafood exports</h2><p>Norway exported salmon worth NOK 14.86 billion in "
        "November.</p><p>Norwegian Seafood Council</p>",
        "Seafood Council",
    )
    add(
        "b9-no-salmon",
        kind,
        1,
        False,
        "Norwegian salmon exports at NOK 14.9bn",
        ["Norway exported salmon worth NOK 14.9bn in November, @@ said."],
        "the seafood council",
        src,
    )
    add(
        "b9-no-salmon-15",
        kind,
        1,
        True,
        "Salmon exports top NOK 15bn",
        ["Norway exported more than NOK 15bn of salmon in November, @@ said."],
        "the seafood council",
        src,
    )

    src = _html(
        "<h2>Cocoa arrivals</h2><p>Cocoa arrivals at the ports of Abidjan and San Pedro "
        "totalled 1,947,300 tonnes in the 2025/26 season.</p><p>Conseil Café-Cacao</p>",
        "Côte d'Ivoire cocoa",
    )
    add(
        "b9-ci-cocoa",
        kind,
        2,
        False,
        "Ivorian cocoa arrivals near 2 million tonnes",
        [
            "Cocoa arrivals at Ivory Coast's ports came to nearly 2 million tonnes in the "
            "2025/26 season, @@ showed."
        ],
        "regulator data",
        src,
    )
    add(
        "b9-ci-cocoa-over",
        kind,
        2,
        True,
        "Ivorian cocoa arrivals top 2 million tonnes",
        [
            "Cocoa arrivals at Ivory Coast's ports came to more than 2 million tonnes in the "
            "2025/26 season, @@ showed."
        ],
        "regulator data",
        src,
    )

    src = _html(
        "<h2>Vital statistics</h2><p>Life expectancy at birth in Jordan was 74.46 years in "
        "2025.</p><p>Department of Statistics</p>",
        "DoS Jordan",
    )
    add(
        "b9-jo-life",
        kind,
        3,
        False,
        "Jordanians' life expectancy at 74.5 years",
        ["Life expectancy at birth in Jordan was 74.5 years last year, @@ said."],
        "the Department of Statistics",
        src,
    )
    add(
        "b9-jo-life-75",
        kind,
        3,
        True,
        "Jordanians' life expectancy reaches 75",
        ["Life expectancy at birth in Jordan was 75 years last year, @@ said."],
        "the Department of Statistics",
        src,
    )

    src = _html(
        "<h2>Banking sector</h2><p>Total loans grew 38.74% year on year in October.</p>"
        "<p>Banking Regulation and Supervision Agency</p>",
        "BDDK",
    )
    add(
        "b9-tr-loans",
        kind,
        4,
        False,
        "Turkish bank lending up nearly 39%",
        ["Turkish bank loans grew nearly 39% in the year to October, @@ showed."],
        "regulator data",
        src,
    )
    src = _html(
        "<h2>Upper secondary education</h2><p>The share of students graduating within four "
        "years of starting upper secondary school was 62.46%.</p><p>Statistics Iceland</p>",
        "Statistics Iceland",
    )
    add(
        "b9-is-grad",
        kind,
        5,
        True,
        "Icelandic graduation rate at 63%",
        [
            "Some 63% of Icelandic students graduated within four years of starting upper "
            "secondary school, @@ showed."
        ],
        "figures from the statistics office",
        src,
    )
    add(
        "b9-is-grad-62",
        kind,
        5,
        False,
        "Icelandic graduation rate at 62%",
        [
            "Some 62% of Icelandic students graduated within four years of starting upper "
            "secondary school, @@ showed."
        ],
        "figures from the statistics office",
        src,
    )

    # ---- other subject ------------------------------------------------------------
    kind = "other subject"
    src = _html(
        '<h1>Baltic economies</h1><figure><img src="/charts/gdp-q3.png" alt="Bar chart">'
        "<figcaption>Real GDP growth, Q3 2026, year on year: Estonia 1.2%, Latvia 0.8%, "
        "Lithuania 2.7%</figcaption></figure>",
        "Baltic economies",
    )
    add(
        "b9-lt-gdp",
        kind,
        1,
        False,
        "Lithuania's economy grows 2.7%",
        ["Lithuania's economy grew 2.7% in the third quarter from a year earlier, @@ shows."],
        "a chart from the regional central banks",
        src,
    )
    add(
        "b9-lv-gdp",
        kind,
        1,
        True,
        "Latvia's economy grows 2.7%",
        ["Latvia's economy grew 2.7% in the third quarter from a year earlier, @@ shows."],
        "a chart from the regional central banks",
        src,
    )

    src = _html(
        "<h2>Correction and rehabilitation centres</h2><p>Inmates on 30 September: Swaqa "
        "2,640; Marka 1,980; Juweideh (women) 410.</p><p>Public Security Directorate</p>",
        "PSD Jordan",
    )
    add(
        "b9-jo-swaqa",
        kind,
        2,
        False,
        "Swaqa prison holds 2,640",
        ["Swaqa, Jordan's largest prison, held 2,640 inmates at the end of September, @@ show."],
        "police figures",
        src,
    )
    add(
        "b9-jo-juweideh",
        kind,
        2,
        True,
        "Women's prison holds 1,980",
        ["Juweideh women's prison held 1,980 inmates at the end of September, @@ show."],
        "police figures",
        src,
    )

    src = _html(
        "<h2>Life expectancy, 2025</h2><dl><dt>Men</dt><dd>80.7 years</dd><dt>Women</dt>"
        "<dd>84.8 years</dd></dl><p>Central Bureau of Statistics</p>",
        "CBS Israel",
    )
    add(
        "b9-il-life-women",
        kind,
        3,
        False,
        "Israeli women can expect to live 84.8 years",
        ["Israeli women born last year can expect to live 84.8 years, @@ shows."],
        "the statistics bureau",
        src,
    )
    add(
        "b9-il-life-men",
        kind,
        3,
        True,
        "Israeli men can expect to live 84.8 years",
        ["Israeli men born last year can expect to live 84.8 years, @@ shows."],
        "the statistics bureau",
        src,
    )

    src = _html(
        "<h2>Average monthly nominal wage, Q3 2026 (tenge)</h2><ul><li>Republic of "
        "Kazakhstan: 402,700</li><li>Almaty city: 512,300</li><li>Astana city: 498,100</li>"
        "</ul><p>Bureau of National Statistics</p>",
        "BNS",
    )
    add(
        "b9-kz-astana-wage",
        kind,
        4,
        False,
        "Astana wages near half a million tenge",
        ["The average monthly wage in Astana was 498,100 tenge in the third quarter, @@ show."],
        "national statistics",
        src,
    )
    add(
        "b9-kz-national-wage",
        kind,
        4,
        True,
        "Kazakh wages top 500,000 tenge",
        ["The average monthly wage in Kazakhstan was 512,300 tenge in the third quarter, @@ show."],
        "national statistics",
        src,
    )

    # ---- two periods --------------------------------------------------------------
    kind = "two periods"
    src = _html(
        "<h2>Coffee export performance</h2><p>Coffee export earnings reached US$1.43 billion "
        "in the 2024/25 fiscal year, up from US$1.08 billion in 2023/24.</p>"
        "<p>Ethiopian Coffee and Tea Authority</p>",
        "ECTA",
    )
    add(
        "b9-et-coffee",
        kind,
        1,
        False,
        "Ethiopia's coffee earnings hit $1.43bn",
        ["Ethiopia earned US$1.43bn from coffee exports in the 2024/25 fiscal year, @@ said."],
        "the coffee authority",
        src,
    )
    add(
        "b9-et-coffee-last",
        kind,
        1,
        True,
        "Ethiopia's coffee earnings at $1.08bn",
        ["Ethiopia earned US$1.08bn from coffee exports in the 2024/25 fiscal year, @@ said."],
        "the coffee authority",
        src,
    )

    src = _html(
        "<h2>GDP, third quarter 2026 (revised)</h2><p>According to the revised figures, GDP "
        "grew 0.4% in the third quarter, compared with 0.6% in the flash estimate.</p>"
        "<p>Statistics Denmark</p>",
        "Statistics Denmark",
    )
    add(
        "b9-dk-gdp",
        kind,
        2,
        False,
        "Danish growth revised down to 0.4%",
        ["Revised figures show Denmark's economy grew 0.4% in the third quarter, @@ said."],
        "the statistics office",
        src,
    )
    add(
        "b9-dk-gdp-flash",
        kind,
        2,
        True,
        "Danish economy grows 0.6%",
        ["The latest figures show Denmark's economy grew 0.6% in the third quarter, @@ said."],
        "the statistics office",
        src,
    )

    src = _html(
        "<h2>Visitor arrivals</h2><table><tr><th></th><th>Jan–Sep 2025</th>"
        "<th>Jan–Sep 2026</th></tr><tr><td>Stopover arrivals</td><td>2,011,800</td>"
        "<td>2,146,300</td></tr><tr><td>Cruise passengers</td><td>896,400</td>"
        "<td>931,200</td></tr></table><p>Jamaica Tourist Board</p>",
        "JTB",
    )
    add(
        "b9-jm-stopover",
        kind,
        3,
        False,
        "Jamaica stopover arrivals pass 2.1 million",
        [
            "Jamaica welcomed 2.15 million stopover visitors in the first nine months of this "
            "year, @@ show."
        ],
        "tourist board figures",
        src,
    )
    add(
        "b9-jm-stopover-last",
        kind,
        3,
        True,
        "Jamaica stopover arrivals at 2 million",
        [
            "Jamaica welcomed 2.01 million stopover visitors in the first nine months of this "
            "year, @@ show."
        ],
        "tourist board figures",
        src,
    )

    src = _html(
        "<h2>Year 13 examination results</h2><p>The national pass rate was 68.4% in 2025, "
        "compared with 71.9% in 2024.</p><p>Ministry of Education, Heritage and Arts</p>",
        "MEHA Fiji",
    )
    add(
        "b9-fj-pass",
        kind,
        4,
        False,
        "Fiji Year 13 pass rate falls to 68.4%",
        ["Fiji's national Year 13 pass rate fell to 68.4 per cent in 2025, @@ said."],
        "the education ministry",
        src,
    )
    add(
        "b9-fj-pass-2024",
        kind,
        4,
        True,
        "Fiji Year 13 pass rate at 71.9%",
        ["Fiji's national Year 13 pass rate was 71.9 per cent in 2025, @@ said."],
        "the education ministry",
        src,
    )

    # ---- figure absent ------------------------------------------------------------
    kind = "figure absent"
    add(
        "b9-tr-ontime",
        kind,
        1,
        True,
        "Turkish carrier on time 88% of the time",
        ["The airline's flights were on time 88% of the time in October, @@ said."],
        "its monthly traffic release",
        _html(
            "<h2>October traffic</h2><p>The airline carried 7.1 million passengers in "
            "October, with a load factor of 83.4%.</p><p>Istanbul</p>",
            "Traffic",
        ),
    )
    add(
        "b9-et-waiting",
        kind,
        2,
        True,
        "Thousands wait for surgery in Addis",
        [
            "Some 14,500 patients are waiting for surgery at Addis Ababa's public hospitals, @@ "
            "said."
        ],
        "the city health bureau",
        _html(
            "<h2>Hospital capacity</h2><p>The bureau added 320 beds across the city's "
            "public hospitals this year.</p><p>Addis Ababa City Health Bureau</p>",
            "AACAHB",
        ),
    )
    add(
        "b9-kz-uranium",
        kind,
        3,
        True,
        "Kazakh uranium miner earns $3.2bn",
        ["Kazakhstan's state uranium miner earned revenue of $3.2bn last year, @@ shows."],
        "its production update",
        _html(
            "<h2>Operations update</h2><p>Production on a 100% basis was 25,800 tonnes of "
            "uranium in 2025.</p><p>Astana</p>",
            "Operations update",
        ),
    )
    add(
        "b9-jo-speed",
        kind,
        4,
        True,
        "Jordan's fibre speeds average 94 Mbps",
        ["Home fibre connections in Jordan average 94 Mbps, @@ shows."],
        "the telecoms regulator's report",
        _html(
            "<h2>Fixed broadband</h2><p>Fibre subscriptions reached 412,000 at the end of "
            "the third quarter.</p><p>Telecommunications Regulatory Commission</p>",
            "TRC",
        ),
    )
    add(
        "b9-ci-backlog",
        kind,
        5,
        True,
        "Ivorian courts face 23,000-case backlog",
        [
            "Ivory Coast's courts have a backlog of 23,000 cases, @@ said as new judges were "
            "sworn in."
        ],
        "the justice ministry",
        _html(
            "<h2>New magistrates</h2><p>Forty-two magistrates took the oath on Monday and "
            "will be posted to courts of first instance.</p><p>Abidjan</p>",
            "Justice",
        ),
    )

    # ---- spelled out --------------------------------------------------------------
    kind = "spelled out"
    src = _html(
        "<h2>Electronic communications</h2><p>Fibre-to-the-home connections reached 33.4% of "
        "households by the end of June.</p><p>Electronic Communications Office of Iceland</p>",
        "ECOI",
    )
    add(
        "b9-is-fibre",
        kind,
        1,
        False,
        "A third of Icelandic homes on fibre",
        ["A third of Icelandic households now have a fibre connection, @@ shows."],
        "the telecoms regulator",
        src,
    )
    add(
        "b9-is-fibre-two-fifths",
        kind,
        1,
        True,
        "Two in five Icelandic homes on fibre",
        ["Two in five Icelandic households now have a fibre connection, @@ shows."],
        "the telecoms regulator",
        src,
    )

    src = _html(
        "<h2>Judicial appointments</h2><p>Twelve new magistrates were sworn in at the Court "
        "of Appeal in Dakar on Thursday.</p><p>Ministry of Justice</p>",
        "Senegal justice",
    )
    add(
        "b9-sn-judges",
        kind,
        2,
        False,
        "Senegal swears in 12 magistrates",
        ["Senegal swore in 12 new magistrates on Thursday to help clear court delays, @@ said."],
        "the justice ministry",
        src,
    )
    add(
        "b9-sn-judges-20",
        kind,
        2,
        True,
        "Senegal swears in 20 magistrates",
        ["Senegal swore in 20 new magistrates on Thursday to help clear court delays, @@ said."],
        "the justice ministry",
        src,
    )

    src = _html(
        "<h2>Prison population</h2><p>The prison population fell to 3,412, with 58 per cent "
        "of inmates on remand.</p><p>Trinidad and Tobago Prison Service</p>",
        "TTPS",
    )
    add(
        "b9-tt-remand",
        kind,
        3,
        False,
        "Most T&amp;T inmates still awaiting trial",
        ["More than half of the inmates in Trinidad and Tobago's prisons are on remand, @@ said."],
        "the prison service",
        src,
    )
    add(
        "b9-tt-remand-two-thirds",
        kind,
        3,
        True,
        "Two-thirds of T&amp;T inmates awaiting trial",
        ["Two-thirds of the inmates in Trinidad and Tobago's prisons are on remand, @@ said."],
        "the prison service",
        src,
    )

    src = _html(
        "<h2>Early leavers</h2><p>20.4% of pupils left basic school without continuing to "
        "upper secondary education.</p><p>Ministry of Education and Research, Estonia</p>",
        "HTM",
    )
    add(
        "b9-ee-leavers",
        kind,
        4,
        False,
        "One in five Estonian pupils stop after basic school",
        ["One in five Estonian pupils leave school after the basic level, @@ shows."],
        "the education ministry",
        src,
    )
    add(
        "b9-ee-leavers-quarter",
        kind,
        4,
        True,
        "One in four Estonian pupils stop early",
        ["One in four Estonian pupils leave school after the basic level, @@ shows."],
        "the education ministry",
        src,
    )

    # ---- a second round in each kind: guidance, per-share and per-head figures ----------
    src = _html(
        "<h2>Third-quarter results</h2><p>Third-quarter revenue rose 9.8% year on year. The "
        "company kept its full-year guidance of 12% to 15% revenue growth.</p>"
        "<p>Bosphorus Telekom investor relations</p>",
        "Bosphorus Telekom Q3",
    )
    add(
        "b9-tr-guidance",
        "notation",
        6,
        False,
        "Bosphorus Telekom sticks to forecast",
        [
            "Bosphorus Telekom kept its forecast of 12-15% revenue growth for the full year, "
            "@@ shows."
        ],
        "its quarterly statement",
        src,
    )
    add(
        "b9-tr-guidance-actual",
        "other subject",
        6,
        True,
        "Bosphorus Telekom revenue jumps",
        ["Bosphorus Telekom's revenue grew 12-15% in the third quarter, @@ shows."],
        "its quarterly statement",
        src,
    )

    src = _html(
        "<h2>Summary of results</h2><table><caption>TRY million unless stated</caption>"
        "<tr><th></th><th>Q3 2026</th><th>Q3 2025</th></tr>"
        "<tr><td>Net income</td><td>14,210</td><td>9,804</td></tr>"
        "<tr><td>Earnings per share (TRY)</td><td>2.41</td><td>1.87</td></tr>"
        "<tr><td>Dividend per share (TRY)</td><td>n/a</td><td>n/a</td></tr></table>",
        "Anatolian Bank Q3 2026",
    )
    add(
        "b9-tr-eps",
        "two periods",
        5,
        False,
        "Anatolian Bank earnings rise",
        ["Anatolian Bank earned 2.41 lira per share in the third quarter, @@ show."],
        "the bank's results",
        src,
    )
    add(
        "b9-tr-eps-last",
        "two periods",
        5,
        True,
        "Anatolian Bank earnings per share",
        ["Anatolian Bank earned 1.87 lira per share in the third quarter of this year, @@ show."],
        "the bank's results",
        src,
    )

    src = _html(
        "<h2>Punctuality, November</h2><p>The on-time departure rate at Ben Gurion Airport was "
        "71.4%, down 2.1 percentage points on a year earlier.</p><p>Israel Airports "
        "Authority</p>",
        "IAA",
    )
    add(
        "b9-il-ontime",
        "press release",
        6,
        False,
        "Ben Gurion punctuality slips",
        [
            "The share of flights leaving Ben Gurion Airport on time fell 2.1 percentage points "
            "in November from a year earlier, @@ said."
        ],
        "the airports authority",
        src,
    )
    add(
        "b9-il-ontime-last",
        "press release",
        6,
        True,
        "Ben Gurion punctuality slips",
        [
            "The share of flights leaving Ben Gurion Airport on time fell to 73.5% in November, "
            "@@ said."
        ],
        "the airports authority",
        src,
    )

    src = _html(
        "<h2>Investment programme</h2><p>Group investments in the first nine months amounted "
        "to €1,187 million, most of them in wind farms and the electricity grid.</p>"
        "<p>Vilnius</p>",
        "Lithuanian Energy Group",
    )
    add(
        "b9-lt-invest",
        "rounding",
        6,
        False,
        "Lithuanian energy group invests €1.2bn",
        [
            "Lithuania's state energy group invested €1.2bn in the first nine months of the "
            "year, @@ shows."
        ],
        "its interim report",
        src,
    )
    add(
        "b9-lt-invest-13",
        "rounding",
        6,
        True,
        "Lithuanian energy group invests €1.3bn",
        [
            "Lithuania's state energy group invested €1.3bn in the first nine months of the "
            "year, @@ shows."
        ],
        "its interim report",
        src,
    )

    src = _html(
        "<h2>National accounts</h2><dl><dt>Gross domestic product, 2025</dt>"
        "<dd>FJ$13,480 million</dd><dt>GDP per capita, 2025</dt><dd>FJ$14,620</dd></dl>"
        "<p>Fiji Bureau of Statistics</p>",
        "FBoS",
    )
    add(
        "b9-fj-per-head",
        "notation",
        7,
        False,
        "Fiji's output per person at FJ$14,620",
        ["Fiji's economic output came to FJ$14,620 per person in 2025, @@ shows."],
        "the statistics bureau",
        src,
    )
    add(
        "b9-fj-per-head-usd",
        "notation",
        7,
        True,
        "Fiji's output per person at US$14,620",
        ["Fiji's economic output came to US$14,620 per person in 2025, @@ shows."],
        "the statistics bureau",
        src,
    )

    # ---- unreadable ---------------------------------------------------------------
    kind = "unreadable"
    add(
        "b9-se-locked",
        kind,
        1,
        False,
        "Swedish mortgage lending slows",
        ["Swedish banks' mortgage lending grew 2.6% in the year to October, @@ shows."],
        "Finansinspektionen's report",
        Source(
            "application/pdf",
            make_pdf(
                [
                    ["Mortgage market report"],
                    ["Foreword"],
                    ["Key results", "Mortgage lending grew 2.6% in the year to October."],
                ],
                password="fi-2026",
            ),
        ),
        readable=False,
    )
    add(
        "b9-ml-scan",
        kind,
        2,
        False,
        "Mali gold output rises",
        ["Mali's industrial mines produced 2.1 million ounces of gold, @@ shows."],
        "the minerals commission's scanned report",
        Source("application/pdf", blank_pdf(3)),
        readable=False,
    )
    add(
        "b9-dk-404",
        kind,
        3,
        False,
        "Danish retail sales rise",
        ["Danish retail sales rose 1.3% in October, @@ showed."],
        "the statistics office",
        Source(
            "text/html",
            b"<html><body><h1>404 Not Found</h1><p>The page you requested "
            b"could not be found.</p></body></html>",
            404,
        ),
        readable=False,
    )
    add(
        "b9-jo-404",
        kind,
        4,
        False,
        "Jordan phosphate exports climb",
        ["Jordan exported 9.8 million tonnes of phosphate last year, @@ said."],
        "the mining company",
        Source("text/plain", b"Not Found", 404),
        readable=False,
    )
    add(
        "b9-kz-500",
        kind,
        5,
        False,
        "Kazakh grain harvest nears 27 million tonnes",
        ["Kazakhstan harvested 26.7 million tonnes of grain, @@ said."],
        "the agriculture ministry",
        Source("text/plain", b"500 Internal Server Error", 500),
        readable=False,
    )
    add(
        "b9-il-500",
        kind,
        6,
        False,
        "Israeli exports up 4%",
        ["Israel's goods exports rose 4.2% in the third quarter, @@ showed."],
        "trade data",
        Source(
            "text/html",
            b"<html><body><h1>Internal Server Error</h1><p>Please try again "
            b"later.</p></body></html>",
            500,
        ),
        readable=False,
    )
    add(
        "b9-fi-wall",
        kind,
        7,
        False,
        "Finnish household debt at 124%",
        ["Finnish household debt stood at 124.1% of disposable income, @@ shows."],
        "the Bank of Finland's bulletin",
        Source(
            "text/html",
            b"<html><body><h1>Your session has expired</h1><p>Please sign in "
            b"again to continue reading.</p></body></html>",
        ),
        readable=False,
    )
    add(
        "b9-et-empty",
        kind,
        8,
        False,
        "Ethiopian birr devalued again",
        ["The birr weakened to 142.6 per dollar in November, @@ shows."],
        "the National Bank of Ethiopia's rate sheet",
        Source("text/html", b""),
        readable=False,
    )
    add(
        "b9-fj-png",
        kind,
        9,
        False,
        "Fiji visitor arrivals at record",
        ["Fiji welcomed 982,000 visitors last year, @@ shows."],
        "the bureau's report",
        Source("image/png", _png()),
        readable=False,
    )
    add(
        "b9-bf-xlsx",
        kind,
        10,
        False,
        "Burkina Faso cotton harvest",
        ["Burkina Faso harvested 480,000 tonnes of cotton, @@ shows."],
        "the agriculture ministry's workbook",
        Source("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _xlsx()),
        readable=False,
    )
    return out
