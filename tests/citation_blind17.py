"""A seventeenth blind held-out set for the gate-quality bench (issue 10, "Measured, not assumed").

Written from the product's spec ("Check figures against the sources newsrooms actually cite")
and from how national statistics offices, central banks and ministries that the other sets
saw little of put out their releases: Russia's Rosstat and finance ministry (budget execution
in "bln roubles", which English copy writes "trln roubles" once it passes a thousand billion),
the National Bank of Ukraine (hryvnias, "UAH"), the State Statistics Service of Ukraine, Georgia's
Geostat, Armenia's energy ministry and Azerbaijan's State Statistical Committee ("bln manats"),
Kyrgyzstan's statistics committee (soms), Croatia's bureau of statistics (tourism by county),
Serbia's finance ministry (dinars, RSD), Bosnia and Herzegovina's statistics agency (KM),
Albania's INSTAT (leks, ALL), North Macedonia's State Statistical Office, Statistics Norway and
the Norwegian labour administration by county, Statistics Sweden by county, Latvia's CSB and
Statistics Estonia, Israel's CBS (an API answer), Iran's statistical centre (point-to-point
and twelve-month-average inflation), Iraq's oil ministry, Egypt's tourism ministry, Ethiopia's
finance ministry (public debt by fiscal year 2025/26), the Ghana Statistical Service,
Tanzania's NBS, the Uganda Bureau of Statistics, Zambia's crop forecast, Angola's central bank
(kwanzas, "Kz"), Argentina's INDEC, Peru's mining ministry and tourism office, Ecuador's
central bank, Honduras's and Guatemala's central banks, the Dominican Republic's central bank
(tourism), Sri Lanka's central bank (remittances), Nepal Rastra Bank (Rs, fiscal years
"2025/26"), Myanmar's statistics organisation, Mongolia's NSO (coal and copper concentrate)
and the Samoa Bureau of Statistics. Not from the checker's code and not from the other sets'
case texts. Nobody tunes on it: it exists so the checker's figure is an honest one.
Institutions are real names; every figure is invented.

Topics are inflation by component, GDP by sector, unemployment by sex and age, trade by
partner, tourism arrivals and overnight stays, remittances, budget execution, public debt,
crop forecasts, mining output and electricity generation. Many articles cite two figures in
one sentence and some cite three: a clean article has every one of them in the source; a
planted one has one of them wrong. Articles carry figures in headlines, hedges ("nearly",
"more than", "about"), spelled-out numbers and shares ("one in eight", "nearly a third",
"nearly half"), local currencies and scale words ("mln", "bln", "trln").

Sources are three-line HTML releases, HTML tables (merged header cells, units only in a
caption or a header row, totals rows, footnote markers, "n/a", "–" and ".." cells, one
transposed with seasons as rows), real multi-page PDF reports made with fpdf2 (page two a
foreword, page three key results, a figure on a later page or only in a table page), CSV
served as text/csv and as text/plain under a title line, a plain-text central bank bulletin,
a JSON answer from a statistics API, an RSS feed and an Atom feed of releases, a chart whose
figures are only in its <figcaption>, a <dl> of key indicators, and long pages (2,000+ words)
where the article's number also appears about something else.

A *planted* case's article gives a figure a careful copy editor would stop: another value, a
scale misread (trillion as billion, thousand tonnes as billion tonnes), a figure the source
gives only for another subject, region or period (the men's row, another county, the
headline rate for core, last year's month, the year-to-date change for the month), a figure
the source lacks, another currency (leks as euros, dollars as kwanzas), a sign flipped, a
hedge or a spelled-out share the source does not bear out, a rounding too far. A *clean*
case's source is readable and supports the article as a copy editor would accept it.
Unreadable sources (a locked and an image-only PDF, 404 and 500 pages with HTML and plain-text
bodies, an empty 200 and a cookie wall served with 200) confirm nothing and so must escalate.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind17".
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

WALL = b"Enable cookies to continue reading"


@dataclass(frozen=True)
class Blind17Case(Case):
    """A case of this set: its split is "blind17" whatever its topic number."""

    @property
    def split(self) -> str:
        return "blind17"


# Number-free paragraphs that pad the articles the way wire copy does.
_PADDING = (
    "A spokesperson for the ministry said the figures were in line with the government's "
    "expectations and declined to comment on the outlook.",
    "Economists cautioned that the data are often revised and that a single release says "
    "little about the direction of the economy over the year.",
    "Opposition deputies said the numbers hid a harder reality for households outside the "
    "capital and called for a debate in parliament.",
    "Business associations welcomed the release but said that energy costs and the exchange "
    "rate remained their main worries.",
    "The agency compiles the series from surveys and administrative records, and late returns "
    "can change the picture when the final figures are published.",
    "Traders in the central market said prices had been moving for weeks, and several said "
    "customers were buying less than before.",
)


def _article(name: str, title: str, paragraphs: list[str], link_text: str) -> str:
    """An article page; the paragraph holding ``@@`` carries the one link to the source."""
    link = f'<a href="/sources/{name}">{link_text}</a>'
    body = "".join(f"<p>{p.replace('@@', link)}</p>" for p in paragraphs)
    start = zlib.crc32(name.encode()) % len(_PADDING)
    pad = "".join(f"<p>{_PADDING[(start + i) % len(_PADDING)]}</p>" for i in range(2))
    return (
        f"<html><head><title>{title}</title></head><body>"
        f'<header><nav><a href="/">Home</a> | <a href="/economy">Economy</a></nav></header>'
        f"<article><h1>{title}</h1>{body}{pad}</article>"
        f"<footer>© Meridian Wire Service</footer></body></html>"
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
        [title, "Statistical report", "Published December 2026"],
        ["Foreword", *foreword],
        ["Key results", *key],
        *later,
    ]
    while len(pages) + len(tables) < 5:
        pages.append(["Methodology", "Figures are compiled from surveys and administrative data."])
    return Source("application/pdf", make_pdf(pages, tables=tables))


_LONG_SENTENCES = (
    "The ministry continued its programme of modernisation during the year, with new systems "
    "introduced in several regional offices and more services offered online.",
    "Consultations were held with industry, trade unions and local authorities on the draft "
    "strategy, and their comments were reflected in the final text.",
    "Staff training remained a priority, and a new course on data quality was attended by "
    "employees from every department.",
    "Work on the revision of the classification continued, and users were informed in advance "
    "of the changes that will affect the published series.",
    "The security situation in some districts made field work more difficult, and interviewers "
    "were given additional support and transport where it was needed.",
    "International partners provided technical assistance for the new survey, including "
    "advice on sampling and the design of the questionnaire.",
    "Maintenance of the main facilities was carried out according to plan, with the longest "
    "works scheduled outside the busiest season.",
    "The audit committee reviewed the main risks, among them the cost of imported equipment, "
    "staff turnover and delays in payments from public bodies.",
    "A new website was launched, and the number of visitors who downloaded data directly "
    "rather than asking for it by letter continued to grow.",
    "Cooperation with universities was extended so that researchers could use anonymised "
    "microdata under controlled conditions.",
    "The annual plan of publications was met, although a few releases were delayed by the "
    "late arrival of administrative records.",
    "Management thanks employees and partners for their work during a demanding year and "
    "looks forward to the changes set out in the strategy.",
)


def _long_page(title: str, sections: list[tuple[str, str]]) -> Source:
    """A long HTML review: each (heading, paragraph) section is followed by padding prose."""
    parts = [f"<h1>{title}</h1>"]
    n = len(_LONG_SENTENCES)
    for index, (heading, paragraph) in enumerate(sections):
        parts.append(f"<h2>{heading}</h2><p>{paragraph}</p>")
        for block in range(5):
            start = (index * 5 + block * 3) % n
            text = " ".join(_LONG_SENTENCES[(start + k) % n] for k in range(4))
            parts.append(f"<p>{text}</p>")
    return _html("".join(parts), title)


@dataclass(frozen=True)
class _Side:
    title: str
    paragraphs: list[str]


def _pair(
    out: list[Case],
    kind: str,
    topic: int,
    slug: str,
    source: Source,
    link_text: str,
    clean: _Side,
    planted: _Side,
) -> None:
    for side, is_planted in ((clean, False), (planted, True)):
        name = f"b17-{slug}-{'planted' if is_planted else 'clean'}"
        out.append(
            Blind17Case(
                name,
                kind,
                topic,
                is_planted,
                _article(name, side.title, side.paragraphs, link_text),
                source,
            )
        )


def _one(
    out: list[Case], kind: str, topic: int, slug: str, source: Source, link: str, side: _Side
) -> None:
    name = f"b17-{slug}-planted"
    out.append(
        Blind17Case(
            name, kind, topic, True, _article(name, side.title, side.paragraphs, link), source
        )
    )


def _press_releases(out: list[Case]) -> None:
    kind = "press release"
    _pair(
        out,
        kind,
        1,
        "rosstat-cpi",
        _html(
            "<h2>Consumer prices in October 2026</h2>"
            "<p>In October 2026 consumer prices rose 0.64% on the previous month. Prices of "
            "food products rose 0.81%, non-food goods 0.37% and services 0.79%.</p>"
            "<p>Compared with October 2025, consumer prices were up 7.9%.</p>",
            "Rosstat: consumer prices",
        ),
        "figures from Rosstat",
        _Side(
            "Russian prices up 0.64% in October as food climbs",
            [
                "Russian consumer prices rose 0.64% in October from September, with food up "
                "0.81% and services up 0.79%, according to @@.",
                "Annual inflation stood at 7.9%, the statistics service said.",
            ],
        ),
        _Side(
            "Russian prices up 0.64% in October as services climb",
            [
                "Russian consumer prices rose 0.64% in October from September, with food up "
                "0.81% and services up 0.97%, according to @@.",
                "Annual inflation stood at 7.9%, the statistics service said.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        2,
        "geostat-gdp",
        _html(
            "<h3>Rapid estimate of economic growth, Q3 2026</h3>"
            "<p>Real GDP growth in the third quarter of 2026 amounted to 8.4 percent year on "
            "year. Growth was recorded in construction (14.6 percent), trade (11.2 percent) and "
            "transport and storage (9.7 percent), while agriculture declined 2.3 percent.</p>",
            "Geostat",
        ),
        "a Geostat estimate",
        _Side(
            "Georgia's economy grows 8.4% in third quarter",
            [
                "Georgia's economy expanded by 8.4% in the third quarter, led by construction, "
                "up 14.6%, and trade, up 11.2%, @@ showed.",
                "Farm output shrank over the same period.",
            ],
        ),
        _Side(
            "Georgia's economy grows 8.4% in third quarter",
            [
                "Georgia's economy expanded by 8.4% in the third quarter, led by construction, "
                "up 16.4%, and trade, up 11.2%, @@ showed.",
                "Farm output shrank over the same period.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        3,
        "ghana-unemployment",
        _html(
            "<p><b>Quarterly Labour Force Report, Q2 2026.</b> The unemployment rate for the "
            "population aged 15 years and older was 14.7%. The rate was 12.9% for males and "
            "16.6% for females.</p><p>Youth (15-35 years) unemployment was 22.4%.</p>",
            "Ghana Statistical Service",
        ),
        "the Ghana Statistical Service's labour force report",
        _Side(
            "Ghana jobless rate at 14.7 per cent; women hit harder",
            [
                "Ghana's unemployment rate was 14.7 per cent in the second quarter, and 16.6 "
                "per cent among women, @@ said.",
                "Among young people aged 15 to 35, more than one in five was out of work.",
            ],
        ),
        _Side(
            "Ghana jobless rate at 14.7 per cent; women hit harder",
            [
                "Ghana's unemployment rate was 14.7 per cent in the second quarter, and 12.9 "
                "per cent among women, @@ said.",
                "Among young people aged 15 to 35, more than one in five was out of work.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        4,
        "cbsl-remittances",
        _html(
            "<p>Workers' remittances in September 2026 amounted to US$ 612.4 million.</p>"
            "<p>Cumulative workers' remittances for January-September 2026 amounted to "
            "US$ 5,318.7 million, compared with US$ 4,902.1 million in the same period of "
            "2025.</p>",
            "Central Bank of Sri Lanka - External sector",
        ),
        "the Central Bank of Sri Lanka",
        _Side(
            "Sri Lanka remittances top $600 million in September",
            [
                "Migrant workers sent home $612 million in September, bringing the total for "
                "the first nine months to about $5.3 billion, @@ said.",
            ],
        ),
        _Side(
            "Sri Lanka remittances top $600 million in September",
            [
                "Migrant workers sent home $612 million in September, bringing the total for "
                "the first nine months to about $5.8 billion, @@ said.",
            ],
        ),
    )


def _html_tables(out: list[Case]) -> None:
    kind = "html table"
    _pair(
        out,
        kind,
        1,
        "ukrstat-trade",
        _html(
            "<table><caption>Foreign trade in goods by main partner countries, "
            "January-September 2026 (USD million)</caption>"
            "<tr><th rowspan='2'>Country</th><th colspan='2'>Exports</th>"
            "<th colspan='2'>Imports</th></tr>"
            "<tr><th>Jan-Sep 2026</th><th>% of Jan-Sep 2025</th>"
            "<th>Jan-Sep 2026</th><th>% of Jan-Sep 2025</th></tr>"
            "<tr><td>Total</td><td>29,604.2</td><td>97.1</td><td>50,117.8</td><td>108.4</td></tr>"
            "<tr><td>Poland</td><td>3,141.6</td><td>94.2</td><td>4,388.0</td><td>103.6</td></tr>"
            "<tr><td>China</td><td>1,204.9</td><td>88.0</td><td>7,216.3</td><td>112.5</td></tr>"
            "<tr><td>Germany</td><td>1,677.5</td><td>101.3</td><td>4,108.9</td><td>106.1</td></tr>"
            "<tr><td>Türkiye</td><td>1,562.0</td><td>99.4</td><td>3,012.7</td><td>115.0</td></tr>"
            "<tr><td>Romania</td><td>1,810.3</td><td>104.8</td><td>1,096.4</td><td>98.7</td></tr>"
            "</table>",
            "State Statistics Service of Ukraine",
        ),
        "State Statistics Service data",
        _Side(
            "Ukraine's imports from China climb to $7.2bn",
            [
                "Ukraine's exports to Poland were worth $3.14 billion in January-September, "
                "while imports from China reached $7.2 billion, according to @@.",
                "Poland remained the country's largest export market.",
            ],
        ),
        _Side(
            "Ukraine's imports from China climb to $4.1bn",
            [
                "Ukraine's exports to Poland were worth $3.14 billion in January-September, "
                "while imports from China reached $4.1 billion, according to @@.",
                "Poland remained the country's largest export market.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        2,
        "dzs-tourism",
        _html(
            "<h2>Tourist arrivals and nights in commercial accommodation, January-October 2026</h2>"
            "<table><tr><th>County</th><th>Arrivals</th><th>Nights</th><th>Nights, index "
            "2025=100</th></tr>"
            "<tr><td></td><td>thousand</td><td>thousand</td><td></td></tr>"
            "<tr><td>Croatia</td><td>21,406.8</td><td>108,912.3</td><td>102.4</td></tr>"
            "<tr><td>Istria</td><td>4,712.5</td><td>29,604.1</td><td>101.2</td></tr>"
            "<tr><td>Split-Dalmatia</td><td>3,912.4</td><td>21,388.0</td><td>104.9</td></tr>"
            "<tr><td>Primorje-Gorski Kotar</td><td>3,265.1</td><td>18,122.6</td><td>99.1</td></tr>"
            "<tr><td>Dubrovnik-Neretva<sup>1)</sup></td><td>2,140.7</td><td>8,610.2</td>"
            "<td>106.3</td></tr>"
            "<tr><td>City of Zagreb</td><td>1,602.9</td><td>2,981.4</td><td>–</td></tr>"
            "</table><p><small>1) Including nautical charter.</small></p>",
            "Croatian Bureau of Statistics",
        ),
        "the Croatian Bureau of Statistics",
        _Side(
            "Split-Dalmatia logs 21.4 million tourist nights",
            [
                "Split-Dalmatia county recorded 3.9 million arrivals and 21.4 million overnight "
                "stays in the first ten months of the year, @@ shows.",
                "Istria remained the most visited county.",
            ],
        ),
        _Side(
            "Istria logs 31.2 million tourist nights",
            [
                "Istria county recorded 4.7 million arrivals and 31.2 million overnight stays in "
                "the first ten months of the year, @@ shows.",
                "Split-Dalmatia came second.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        3,
        "zambia-crop",
        _html(
            "<table><caption>Crop Forecast Survey: expected production (metric tonnes)"
            "</caption>"
            "<tr><th>Season</th><th>Maize</th><th>Soybeans</th><th>Groundnuts</th>"
            "<th>Wheat*</th></tr>"
            "<tr><td>2023/24</td><td>1,506,021</td><td>297,118</td><td>n/a</td><td>..</td></tr>"
            "<tr><td>2024/25</td><td>2,160,455</td><td>412,906</td><td>171,220</td>"
            "<td>..</td></tr>"
            "<tr><td>2025/26</td><td>2,743,112</td><td>512,384</td><td>188,950</td>"
            "<td>..</td></tr>"
            "</table><p>* Wheat is a winter crop and is not covered by this survey.</p>",
            "Zambia Ministry of Agriculture",
        ),
        "the ministry's crop forecast",
        _Side(
            "Zambia expects 2.74 million tonnes of maize",
            [
                "Zambia's maize harvest is expected to reach about 2.74 million tonnes in the "
                "2025/26 season, up from 2.16 million, and soybeans 512,384 tonnes, @@ shows.",
            ],
        ),
        _Side(
            "Zambia expects 2.74 million tonnes of maize",
            [
                "Zambia's maize harvest is expected to reach about 2.74 million tonnes in the "
                "2025/26 season, and soybeans 412,906 tonnes, @@ shows.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        4,
        "serbia-budget",
        _html(
            "<h2>Republic budget execution, January-October 2026</h2>"
            "<table><tr><th rowspan='2'>Item</th><th colspan='3'>RSD billion</th></tr>"
            "<tr><th>Plan 2026</th><th>Executed Jan-Oct</th><th>% of plan</th></tr>"
            "<tr><td>Revenues, total</td><td>2,229.2</td><td>1,812.4</td><td>81.3</td></tr>"
            "<tr><td>of which: tax revenues</td><td>1,960.5</td><td>1,611.0</td><td>82.2</td></tr>"
            "<tr><td>Expenditures, total</td><td>2,341.8</td><td>1,908.8</td><td>81.5</td></tr>"
            "<tr><td>Fiscal result</td><td>-112.6</td><td>-96.4</td><td>n/a</td></tr>"
            "</table>",
            "Ministry of Finance of Serbia",
        ),
        "finance ministry data",
        _Side(
            "Serbia's budget gap at 96.4 billion dinars after ten months",
            [
                "Serbia's budget revenues reached 1,812.4 billion dinars in January-October, "
                "81.3% of the annual plan, and the deficit was 96.4 billion dinars, @@ shows.",
            ],
        ),
        _Side(
            "Serbia's budget gap at 112.6 billion dinars after ten months",
            [
                "Serbia's budget revenues reached 1,812.4 billion dinars in January-October, "
                "81.3% of the annual plan, and the deficit was 112.6 billion dinars, @@ shows.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        5,
        "estonia-lfs",
        _html(
            "<table><caption>Unemployment rate by sex and age group, Q3 2026, %</caption>"
            "<tr><th></th><th>Total</th><th>Men</th><th>Women</th></tr>"
            "<tr><td>15-74</td><td>7.1</td><td>6.4</td><td>7.6</td></tr>"
            "<tr><td>15-24</td><td>17.8</td><td>19.2</td><td>16.1</td></tr>"
            "<tr><td>25-49</td><td>6.3</td><td>5.5</td><td>7.2</td></tr>"
            "<tr><td>50-74</td><td>5.9</td><td>6.0</td><td>5.8</td></tr>"
            "</table><p>Source: Estonian Labour Force Survey.</p>",
            "Statistics Estonia",
        ),
        "Statistics Estonia",
        _Side(
            "Youth unemployment in Estonia at 17.8%",
            [
                "Unemployment among 15-24 year olds was 17.8% in the third quarter, more than "
                "twice the overall rate of 7.1%, according to @@.",
                "Among women, the rate was 7.6%.",
            ],
        ),
        _Side(
            "Youth unemployment in Estonia at 17.8%",
            [
                "Unemployment among 15-24 year olds was 17.8% in the third quarter, more than "
                "twice the overall rate of 7.1%, according to @@.",
                "Among women, the rate was 6.4%.",
            ],
        ),
    )


def _pdf_reports(out: list[Case]) -> None:
    kind = "pdf report"
    _pair(
        out,
        kind,
        1,
        "nbu-inflation",
        _pdf(
            "National Bank of Ukraine - Inflation Report, October 2026",
            [
                "This report sets out the National Bank's view of inflation and the economy.",
                "It was approved by the Monetary Policy Committee.",
            ],
            [
                "Consumer inflation slowed to 9.8% yoy in September 2026.",
                "Core inflation eased to 8.1% yoy.",
                "The key policy rate was kept unchanged.",
            ],
            [
                [
                    "Prices by component",
                    "Raw food prices were 14.2% higher than a year earlier, while administered "
                    "prices rose 11.6%.",
                    "Fuel prices rose 6.3% yoy.",
                ],
                [
                    "Labour market",
                    "The average nominal wage reached UAH 24,312 in August, and real wages grew "
                    "8.4% yoy.",
                ],
            ],
        ),
        "the central bank's inflation report",
        _Side(
            "Ukraine's core inflation eases to 8.1%",
            [
                "Core inflation in Ukraine eased to 8.1% in September while raw food prices "
                "were 14.2% higher than a year earlier, @@ said.",
                "The average wage was 24,312 hryvnias in August.",
            ],
        ),
        _Side(
            "Ukraine's core inflation eases to 9.8%",
            [
                "Core inflation in Ukraine eased to 9.8% in September while raw food prices "
                "were 14.2% higher than a year earlier, @@ said.",
                "The average wage was 24,312 hryvnias in August.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        2,
        "mongolia-mining",
        _pdf(
            "National Statistics Office of Mongolia - Monthly Bulletin, November 2026",
            ["The bulletin presents the main socio-economic indicators of Mongolia."],
            [
                "Industrial output rose in January-November 2026.",
                "Mining remained the largest sector of industry.",
            ],
            [["Prices", "Consumer prices rose 7.2% over the year."]],
            [
                ["Product", "Unit", "Jan-Nov 2025", "Jan-Nov 2026"],
                ["Coal", "mln tonnes", "76.9", "83.6"],
                ["Copper concentrate", "thous. tonnes", "1,358.2", "1,412.7"],
                ["Iron ore", "mln tonnes", "7.4", "6.9"],
                ["Gold", "tonnes", "18.1", "21.3"],
            ],
        ),
        "the statistics office's monthly bulletin",
        _Side(
            "Mongolia's coal output hits 83.6 million tonnes",
            [
                "Mongolia mined 83.6 million tonnes of coal in January-November and produced "
                "1.41 million tonnes of copper concentrate, @@ shows.",
            ],
        ),
        _Side(
            "Mongolia's coal output hits 83.6 million tonnes",
            [
                "Mongolia mined 83.6 million tonnes of coal in January-November and produced "
                "1.41 billion tonnes of copper concentrate, @@ shows.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        3,
        "ethiopia-debt",
        _pdf(
            "Ministry of Finance of Ethiopia - Public Sector Debt Portfolio, 2025/26",
            [
                "This bulletin covers the debt of the federal government and public "
                "enterprises at the end of the fiscal year 2025/26 (7 July 2026)."
            ],
            [
                "Total public debt stood at USD 64.1 billion at the end of 2025/26.",
                "Restructuring talks with official creditors continued.",
            ],
            [
                [
                    "External debt",
                    "External public debt amounted to USD 28.9 billion, of which multilateral "
                    "creditors held USD 15.2 billion.",
                ],
                [
                    "Domestic debt",
                    "Domestic debt was ETB 4,102.6 billion, equivalent to USD 35.2 billion.",
                ],
            ],
        ),
        "the finance ministry's debt bulletin",
        _Side(
            "Ethiopia's public debt at $64.1bn",
            [
                "Ethiopia's public debt stood at $64.1bn at the end of the 2025/26 fiscal year, "
                "of which external debt was $28.9bn, according to @@.",
            ],
        ),
        _Side(
            "Ethiopia's public debt at $64.1bn",
            [
                "Ethiopia's public debt stood at $64.1bn at the end of the 2025/26 fiscal year, "
                "of which external debt was $32.9bn, according to @@.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        4,
        "armenia-energy",
        _pdf(
            "Ministry of Territorial Administration and Infrastructure of Armenia - Energy "
            "Balance 2026",
            ["The energy balance summarises production and use of energy in Armenia."],
            [
                "Electricity generation totalled 9,412.6 million kWh in 2026.",
                "Exports of electricity fell.",
            ],
            [
                [
                    "Generation by source",
                    "The Armenian nuclear power plant generated 2,781.3 million kWh, or 29.5% "
                    "of the total.",
                    "Hydropower plants generated 2,503.0 million kWh and thermal plants the rest.",
                ]
            ],
        ),
        "the ministry's energy balance",
        _Side(
            "Nuclear plant supplies 29.5% of Armenia's power",
            [
                "Armenia generated 9.41 billion kWh of electricity in 2026, with the nuclear "
                "plant supplying 29.5%, @@ shows.",
            ],
        ),
        _Side(
            "Nuclear plant supplies more than a third of Armenia's power",
            [
                "Armenia generated 9.41 billion kWh of electricity in 2026, with the nuclear "
                "plant supplying more than a third of it, @@ shows.",
            ],
        ),
    )


def _texts(out: list[Case]) -> None:
    kind = "text or csv"
    _pair(
        out,
        kind,
        1,
        "peru-copper",
        Source(
            "text/csv; charset=utf-8",
            (
                b"region,copper_fine_tonnes_jan_oct_2026,copper_fine_tonnes_jan_oct_2025\n"
                b"Ancash,512300,498110\n"
                b"Arequipa,448900,431200\n"
                b"Apurimac,261450,288020\n"
                b"Cusco,198700,190310\n"
                b"Moquegua,187210,176450\n"
                b"National total,2268900,2219300\n"
            ),
        ),
        "the mining ministry's data",
        _Side(
            "Peru's copper output reaches 2.27 million tonnes",
            [
                "Ancash produced 512,300 tonnes of copper in January-October and Arequipa "
                "448,900 tonnes, out of a national total of 2.27 million tonnes, @@ shows.",
            ],
        ),
        _Side(
            "Peru's copper output reaches 2.27 million tonnes",
            [
                "Ancash produced 512,300 tonnes of copper in January-October and Apurimac "
                "448,900 tonnes, out of a national total of 2.27 million tonnes, @@ shows.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        2,
        "minfin-budget",
        Source(
            "text/plain; charset=utf-8",
            (
                b"Federal budget execution, January-November 2026 (bln roubles)\n"
                b"indicator,plan_2026,executed_jan_nov\n"
                b"Revenues,36520.0,30412.6\n"
                b"Oil and gas revenues,10940.0,8317.4\n"
                b"Non-oil and gas revenues,25580.0,22095.2\n"
                b"Expenditures,40210.0,33904.1\n"
                b"Deficit,-3690.0,-3491.5\n"
            ),
        ),
        "finance ministry figures",
        _Side(
            "Russia's budget deficit at 3.49 trln roubles",
            [
                "Russia's federal budget revenues reached 30.4 trln roubles in January-November, "
                "including 8.32 trln roubles of oil and gas revenues, @@ shows.",
                "The deficit was 3,491.5 bln roubles.",
            ],
        ),
        _Side(
            "Russia's budget deficit at 3.49 trln roubles",
            [
                "Russia's federal budget revenues reached 30.4 trln roubles in January-November, "
                "including 8.3 bln roubles of oil and gas revenues, @@ shows.",
                "The deficit was 3,491.5 bln roubles.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        3,
        "nrb-remittance",
        Source(
            "text/plain; charset=utf-8",
            (
                b"NEPAL RASTRA BANK\n"
                b"Current Macroeconomic and Financial Situation\n"
                b"(Based on Eleven Months' Data of 2025/26)\n\n"
                b"Inflation\n"
                b"  Consumer price inflation stood at 4.12 percent in mid-June 2026.\n\n"
                b"Remittances\n"
                b"  Remittance inflows increased 14.6 percent to Rs.1,231.4 billion in the\n"
                b"  review period. In the same period of the previous year, remittance inflows\n"
                b"  had increased 11.9 percent.\n\n"
                b"  The number of Nepali workers taking first-time approval for foreign\n"
                b"  employment stood at 398,126.\n"
            ),
        ),
        "the central bank's monthly bulletin",
        _Side(
            "Nepal remittances up 14.6% to Rs 1.23 trillion",
            [
                "Remittances rose 14.6% to Rs 1.23 trillion in the first eleven months of fiscal "
                "2025/26, @@ shows, while inflation stood at 4.12%.",
            ],
        ),
        _Side(
            "Nepal remittances up 14.6% to Rs 1.23 billion",
            [
                "Remittances rose 14.6% to Rs 1.23 billion in the first eleven months of fiscal "
                "2025/26, @@ shows, while inflation stood at 4.12%.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        4,
        "israel-cpi",
        Source(
            "application/json",
            json.dumps(
                {
                    "series": "CPI - General index",
                    "base": "Average 2024 = 100.0",
                    "data": [
                        {"period": "2026-10", "monthly_change_pct": 0.5, "change_12m_pct": 3.4},
                        {"period": "2026-11", "monthly_change_pct": 0.3, "change_12m_pct": 3.1},
                    ],
                    "components_2026_11": {"housing": 0.4, "food": 0.2, "transport": -0.6},
                }
            ).encode(),
        ),
        "the Central Bureau of Statistics",
        _Side(
            "Israel's annual inflation eases to 3.1%",
            [
                "Israel's consumer price index rose 0.3% in November, bringing annual inflation "
                "to 3.1%, according to @@.",
            ],
        ),
        _Side(
            "Israel's annual inflation at 3.4%",
            [
                "Israel's consumer price index rose 0.3% in November, bringing annual inflation "
                "to 3.4%, according to @@.",
            ],
        ),
    )


def _long_pages(out: list[Case]) -> None:
    kind = "long page"
    _pair(
        out,
        kind,
        1,
        "iraq-oil",
        _long_page(
            "Ministry of Oil - Monthly review of crude exports, October 2026",
            [
                ("Overview", "The ministry reviewed export operations at the southern ports."),
                (
                    "Exports",
                    "Total crude exports in October averaged 3.31 million barrels per day, and "
                    "revenue for the month reached 7.12 billion dollars.",
                ),
                (
                    "Prices",
                    "Basrah Medium was offered to Asian buyers at a discount of 3.38 dollars per "
                    "barrel to the regional benchmark.",
                ),
                ("Ports", "Loadings at the offshore terminals were not interrupted by weather."),
                ("Outlook", "The ministry expects exports to hold steady in the coming months."),
            ],
        ),
        "the oil ministry",
        _Side(
            "Iraq's oil exports at 3.31 million barrels a day",
            [
                "Iraq exported an average of 3.31 million barrels a day in October, earning "
                "$7.12 billion, @@ said.",
            ],
        ),
        _Side(
            "Iraq's oil exports at 3.38 million barrels a day",
            [
                "Iraq exported an average of 3.38 million barrels a day in October, earning "
                "$7.12 billion, @@ said.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        2,
        "egypt-tourism",
        _long_page(
            "Ministry of Tourism and Antiquities - Annual review 2025",
            [
                ("Introduction", "The year saw the opening of new museums and hotel projects."),
                (
                    "Arrivals",
                    "Egypt received 15.7 million international tourists in 2025, and tourism "
                    "revenue amounted to 15.3 billion dollars.",
                ),
                (
                    "Hotels",
                    "Hotel capacity on the Red Sea coast rose to 15.7 thousand rooms in new "
                    "projects licensed during the year.",
                ),
                (
                    "Markets",
                    "Germany, Russia and the United Kingdom remained the largest source markets.",
                ),
                ("Nile cruises", "Nile cruise operations expanded between Luxor and Aswan."),
            ],
        ),
        "the tourism ministry's annual review",
        _Side(
            "Egypt welcomes 15.7 million tourists",
            [
                "Egypt received nearly 16 million foreign tourists in 2025, and tourism revenue "
                "reached $15.3bn, according to @@.",
            ],
        ),
        _Side(
            "Egypt's tourism revenue hits $15.7bn",
            [
                "Egypt received nearly 16 million foreign tourists in 2025, and tourism revenue "
                "reached $15.7bn, according to @@.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        3,
        "nav-counties",
        _long_page(
            "NAV - The labour market in November 2026",
            [
                (
                    "Summary",
                    "Registered full-time unemployment was 2.1 percent of the labour force at "
                    "the end of November.",
                ),
                (
                    "Counties",
                    "Oslo had the highest share of registered unemployed, 2.4 percent, while "
                    "Finnmark had 2.6 percent of its labour force on measures or unemployed "
                    "combined and 1.9 percent registered unemployed.",
                ),
                (
                    "Vacancies",
                    "Employers posted 2.4 thousand new vacancies in health care during the month.",
                ),
                ("Youth", "Young people under 30 made up a larger share of new job seekers."),
                ("Methods", "Figures are not seasonally adjusted unless stated."),
            ],
        ),
        "the Norwegian labour administration",
        _Side(
            "Oslo has Norway's highest jobless rate at 2.4%",
            [
                "Registered unemployment in Oslo was 2.4 percent at the end of November, above "
                "the national rate of 2.1 percent, @@ said.",
            ],
        ),
        _Side(
            "Finnmark jobless rate at 2.4%",
            [
                "Registered unemployment in Finnmark was 2.4 percent at the end of November, "
                "above the national rate of 2.1 percent, @@ said.",
            ],
        ),
    )


def _notations(out: list[Case]) -> None:
    kind = "notation"
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>INSTAT - Press releases</title>"
        "<item><title>Foreign trade in goods, September 2026</title>"
        "<description>Exports of goods in September 2026 were ALL 42,318 million and imports "
        "ALL 88,604 million. The trade deficit was ALL 46,286 million.</description>"
        "<pubDate>Fri, 16 Oct 2026 10:00:00 +0200</pubDate></item>"
        "<item><title>Consumer price index, September 2026</title>"
        "<description>The annual change of the CPI was 2.2%.</description>"
        "<pubDate>Fri, 09 Oct 2026 10:00:00 +0200</pubDate></item>"
        "</channel></rss>"
    )
    _pair(
        out,
        kind,
        1,
        "instat-trade",
        Source("application/rss+xml; charset=utf-8", rss.encode()),
        "INSTAT",
        _Side(
            "Albania's trade deficit at 46.3 bln leks in September",
            [
                "Albania's exports were worth 42.3 billion leks in September and imports 88.6 "
                "billion leks, @@ said.",
            ],
        ),
        _Side(
            "Albania's September trade figures",
            [
                "Albania's exports were worth 42.3 billion euros in September and imports 88.6 "
                "billion euros, @@ said.",
            ],
        ),
    )
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>State Statistical Office - News releases</title>"
        "<id>urn:stat:releases</id><updated>2026-11-30T10:00:00Z</updated>"
        "<entry><title>Industrial production, October 2026</title><id>urn:stat:ip-2026-10</id>"
        "<updated>2026-11-30T10:00:00Z</updated>"
        "<summary>Industrial production in October 2026 compared with October 2025 was higher "
        "by 4.8%. Mining and quarrying decreased by 2.1%, manufacturing increased by 6.3% and "
        "electricity, gas and steam supply increased by 1.4%.</summary></entry></feed>"
    )
    _pair(
        out,
        kind,
        2,
        "makstat-industry",
        Source("application/atom+xml", atom.encode()),
        "the State Statistical Office",
        _Side(
            "North Macedonia's industry grows 4.8 per cent",
            [
                "North Macedonia's industrial output grew 4.8 per cent year-on-year in October, "
                "and manufacturing rose 6.3 per cent, @@ said.",
            ],
        ),
        _Side(
            "North Macedonia's industry grows 4.8 per cent",
            [
                "North Macedonia's industrial output grew 4.8 per cent year-on-year in October, "
                "and mining and quarrying rose 2.1 per cent, @@ said.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        3,
        "bna-oil",
        _html(
            "<h2>External sector, third quarter 2026</h2>"
            "<figure><img src='/img/oil-q3.png' alt='chart'>"
            "<figcaption>Figure 3: Crude oil exports in Q3 2026 reached 98.4 million barrels, "
            "worth Kz 5,102 billion (US$ 5.6 billion).</figcaption></figure>",
            "Banco Nacional de Angola",
        ),
        "the central bank",
        _Side(
            "Angola's oil exports worth $5.6bn in third quarter",
            [
                "Angola exported 98.4 million barrels of crude in the third quarter, worth about "
                "US$5.6 billion, @@ said.",
            ],
        ),
        _Side(
            "Angola's oil exports worth 5.6 trillion kwanzas",
            [
                "Angola exported 98.4 million barrels of crude in the third quarter, worth about "
                "5.6 trillion kwanzas, @@ said.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        4,
        "stat-az",
        _html(
            "<h2>Main macroeconomic indicators, January-September 2026</h2><dl>"
            "<dt>Gross domestic product, mln manats</dt><dd>57,104.3</dd>"
            "<dt>Real GDP growth, %</dt><dd>1.8</dd>"
            "<dt>Non-oil and gas sector growth, %</dt><dd>4.6</dd>"
            "<dt>Consumer price index, Sep 2026 / Sep 2025, %</dt><dd>104.9</dd>"
            "</dl>",
            "State Statistical Committee of Azerbaijan",
        ),
        "the State Statistical Committee",
        _Side(
            "Azerbaijan's non-oil economy grows 4.6%",
            [
                "Azerbaijan's GDP reached 57.1 bln manats in January-September, up 1.8%, with "
                "the non-oil and gas sector growing 4.6%, @@ said.",
                "Consumer prices were 4.9% higher than a year earlier.",
            ],
        ),
        _Side(
            "Azerbaijan's non-oil economy grows 1.8%",
            [
                "Azerbaijan's GDP reached 57.1 bln manats in January-September, up 4.6%, with "
                "the non-oil and gas sector growing 1.8%, @@ said.",
                "Consumer prices were 4.9% higher than a year earlier.",
            ],
        ),
    )


def _roundings(out: list[Case]) -> None:
    kind = "rounding"
    _pair(
        out,
        kind,
        1,
        "indec-cpi",
        _html(
            "<p><b>Índice de precios al consumidor (IPC), October 2026.</b> The CPI rose 2.74% "
            "on the month and 38.16% year on year. Food and non-alcoholic beverages rose "
            "2.31%.</p>",
            "INDEC",
        ),
        "INDEC",
        _Side(
            "Argentina's monthly inflation at 2.7%",
            [
                "Argentine consumer prices rose 2.7% in October and 38.2% from a year earlier, "
                "@@ reported.",
            ],
        ),
        _Side(
            "Argentina's monthly inflation at 2.8%",
            [
                "Argentine consumer prices rose 2.8% in October and 38.2% from a year earlier, "
                "@@ reported.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        2,
        "ubos-cpi",
        _html(
            "<h3>Consumer Price Index, November 2026</h3>"
            "<p>Annual headline inflation for the year ending November 2026 was 3.46 percent. "
            "Annual core inflation was 4.03 percent, and annual food crops and related items "
            "inflation was -1.87 percent.</p>",
            "Uganda Bureau of Statistics",
        ),
        "the Uganda Bureau of Statistics",
        _Side(
            "Uganda's inflation at 3.5 per cent",
            [
                "Uganda's annual headline inflation was 3.5 per cent in November and core "
                "inflation about 4 per cent, @@ said.",
            ],
        ),
        _Side(
            "Uganda's inflation at 3.6 per cent",
            [
                "Uganda's annual headline inflation was 3.6 per cent in November and core "
                "inflation about 4 per cent, @@ said.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        3,
        "bce-remittances",
        _html(
            "<p>Remesas recibidas: In the third quarter of 2026, remittances received by "
            "Ecuador totalled USD 1,763.4 million, 12.87% more than in the third quarter of "
            "2025.</p><p>The United States accounted for 71.2% of the flow.</p>",
            "Banco Central del Ecuador",
        ),
        "the central bank",
        _Side(
            "Ecuador remittances rise 13% to $1.76bn",
            [
                "Ecuador received $1.76 billion in remittances in the third quarter, up 13% "
                "from a year earlier, @@ said.",
            ],
        ),
        _Side(
            "Ecuador remittances rise 13% to $1.77bn",
            [
                "Ecuador received $1.77 billion in remittances in the third quarter, up 13% "
                "from a year earlier, @@ said.",
            ],
        ),
    )


def _other_subjects(out: list[Case]) -> None:
    kind = "other subject"
    _pair(
        out,
        kind,
        1,
        "amar-cpi",
        _html(
            "<h2>Consumer price index, Mehr 1405</h2>"
            "<p>Point-to-point inflation for households nationwide was 38.7 percent. The "
            "twelve-month average inflation rate was 32.4 percent.</p>"
            "<p>Point-to-point inflation for food and beverages was 41.2 percent.</p>",
            "Statistical Centre of Iran",
        ),
        "the Statistical Centre of Iran",
        _Side(
            "Iran's point-to-point inflation at 38.7%",
            [
                "Iran's point-to-point inflation was 38.7% in the month of Mehr, with food "
                "prices 41.2% higher than a year earlier, @@ said.",
            ],
        ),
        _Side(
            "Iran's average inflation at 38.7%",
            [
                "Iran's twelve-month average inflation rate was 38.7% in the month of Mehr, with "
                "food prices 41.2% higher than a year earlier, @@ said.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        2,
        "bcrd-tourism",
        _html(
            "<p>Tourist flow, January-October 2026: the Dominican Republic received 8.1 "
            "million non-resident air passengers. Cruise passengers totalled 3.2 million.</p>"
            "<p>Non-resident Dominicans accounted for 0.9 million of air arrivals.</p>",
            "Banco Central de la República Dominicana",
        ),
        "the central bank",
        _Side(
            "Dominican Republic draws 8.1 million air visitors",
            [
                "The Dominican Republic received more than 8 million non-resident air visitors "
                "in January-October, plus 3.2 million cruise passengers, @@ said.",
            ],
        ),
        _Side(
            "Dominican Republic draws 8.1 million cruise passengers",
            [
                "The Dominican Republic received 8.1 million cruise passengers in "
                "January-October, @@ said, as new piers opened.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        3,
        "bch-exports",
        _html(
            "<table><caption>Exports of main products, January-September 2026 (US$ million)"
            "</caption><tr><th>Product</th><th>2025</th><th>2026</th></tr>"
            "<tr><td>Coffee</td><td>1,388.6</td><td>1,512.0</td></tr>"
            "<tr><td>Bananas</td><td>398.2</td><td>412.4</td></tr>"
            "<tr><td>Palm oil</td><td>301.7</td><td>285.3</td></tr>"
            "<tr><td>Shrimp</td><td>187.9</td><td>201.6</td></tr></table>",
            "Banco Central de Honduras",
        ),
        "the central bank",
        _Side(
            "Honduras coffee exports top $1.5 billion",
            [
                "Honduras exported $1.51 billion of coffee in the first nine months and $412 "
                "million of bananas, @@ shows.",
            ],
        ),
        _Side(
            "Honduras banana exports top $1.5 billion",
            [
                "Honduras exported $1.51 billion of bananas in the first nine months, @@ shows, "
                "as shipments to the United States grew.",
            ],
        ),
    )


def _two_periods(out: list[Case]) -> None:
    kind = "two periods"
    _pair(
        out,
        kind,
        1,
        "kyrgyz-cpi",
        _html(
            "<p>Consumer price index: in November 2026 compared with November 2025, prices rose "
            "7.9 percent. In October 2026 the annual rise was 8.3 percent.</p>",
            "National Statistical Committee of the Kyrgyz Republic",
        ),
        "the National Statistical Committee",
        _Side(
            "Kyrgyz inflation slows to 7.9%",
            [
                "Annual inflation in Kyrgyzstan slowed to 7.9% in November from 8.3% in "
                "October, @@ said.",
            ],
        ),
        _Side(
            "Kyrgyz inflation at 8.3%",
            [
                "Annual inflation in Kyrgyzstan stood at 8.3% in November, @@ said, as bread "
                "and fuel prices rose.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        2,
        "banguat-remittances",
        _html(
            "<table><caption>Family remittances (US$ million)</caption>"
            "<tr><th>Period</th><th>2025</th><th>2026</th><th>Change %</th></tr>"
            "<tr><td>October</td><td>2,039.7</td><td>2,143.7</td><td>5.1</td></tr>"
            "<tr><td>January-October</td><td>18,801.4</td><td>20,418.3</td><td>8.6</td></tr>"
            "</table>",
            "Banco de Guatemala",
        ),
        "the Bank of Guatemala",
        _Side(
            "Guatemala remittances pass $20 billion",
            [
                "Guatemalans abroad sent home $2.14 billion in October, bringing the total for "
                "the year so far to $20.4 billion, up 8.6%, @@ shows.",
            ],
        ),
        _Side(
            "Guatemala remittances up 8.6% in October",
            [
                "Guatemalans abroad sent home $2.14 billion in October, up 8.6% from a year "
                "earlier, @@ shows.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        3,
        "samoa-arrivals",
        _html(
            "<p><b>International Arrival Statistics, September 2026.</b> Visitor arrivals in "
            "September 2026 numbered 14,812, compared with 13,205 in September 2025. Arrivals "
            "for the year to date reached 142,660.</p>",
            "Samoa Bureau of Statistics",
        ),
        "the Samoa Bureau of Statistics",
        _Side(
            "Samoa visitor numbers rise to 14,812",
            [
                "Samoa welcomed 14,812 visitors in September, up from 13,205 a year earlier, "
                "@@ said.",
            ],
        ),
        _Side(
            "Samoa visitor numbers at 13,205",
            [
                "Samoa welcomed 13,205 visitors in September, @@ said, most of them from New "
                "Zealand and Australia.",
            ],
        ),
    )


def _absent(out: list[Case]) -> None:
    kind = "figure absent"
    _one(
        out,
        kind,
        1,
        "bhas-wages",
        _html(
            "<p>The average monthly net wage in Bosnia and Herzegovina in September 2026 was "
            "KM 1,512. Compared with September 2025 it was nominally higher by 9.2%.</p>",
            "Agency for Statistics of Bosnia and Herzegovina",
        ),
        "the statistics agency",
        _Side(
            "Bosnian gross wage reaches KM 2,318",
            [
                "The average gross wage in Bosnia and Herzegovina was KM 2,318 in September, "
                "@@ said.",
            ],
        ),
    )
    _one(
        out,
        kind,
        2,
        "nbs-tz-gdp",
        _html(
            "<p>Quarterly GDP, Q2 2026: Tanzania's real GDP grew by 5.4 percent. Agriculture "
            "grew by 4.1 percent and mining and quarrying by 11.2 percent.</p>",
            "National Bureau of Statistics Tanzania",
        ),
        "the National Bureau of Statistics",
        _Side(
            "Tanzania's GDP grows 5.4%, tourism up 18.7%",
            [
                "Tanzania's economy grew 5.4% in the second quarter, with accommodation and "
                "food services, which track tourism, up 18.7%, @@ said.",
            ],
        ),
    )
    _one(
        out,
        kind,
        3,
        "promperu-arrivals",
        _html(
            "<p>International tourist arrivals to Peru in January-September 2026 reached 2.71 "
            "million, 9.8% more than in the same period of 2025.</p>",
            "PromPerú",
        ),
        "PromPerú",
        _Side(
            "Peru tourists spend $3.1bn",
            [
                "Foreign tourists spent $3.1 billion in Peru in the first nine months of the "
                "year, @@ said.",
            ],
        ),
    )


def _spelled(out: list[Case]) -> None:
    kind = "spelled out"
    _pair(
        out,
        kind,
        1,
        "csb-latvia",
        _html(
            "<p>In the third quarter of 2026, the unemployment rate among young people aged "
            "15-24 in Latvia was 12.5%. The overall unemployment rate was 6.8%.</p>",
            "Central Statistical Bureau of Latvia",
        ),
        "the Central Statistical Bureau",
        _Side(
            "One in eight young Latvians out of work",
            [
                "One in eight young people in Latvia was unemployed in the third quarter, @@ "
                "said, against an overall rate of 6.8%.",
            ],
        ),
        _Side(
            "One in five young Latvians out of work",
            [
                "One in five young people in Latvia was unemployed in the third quarter, @@ "
                "said, against an overall rate of 6.8%.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        2,
        "cso-myanmar",
        _html(
            "<p>Labour Force Survey 2025/26: of the 22.4 million employed persons, 46.9% worked "
            "in agriculture, forestry and fishing, 17.2% in industry and 35.9% in "
            "services.</p>",
            "Central Statistical Organization, Myanmar",
        ),
        "the Central Statistical Organization",
        _Side(
            "Nearly half of Myanmar's workers are on the land",
            [
                "Nearly half of Myanmar's twenty-two million or so workers are employed in "
                "farming, forestry and fishing, and more than a third in services, @@ found.",
            ],
        ),
        _Side(
            "More than half of Myanmar's workers are on the land",
            [
                "More than half of Myanmar's twenty-two million or so workers are employed in "
                "farming, forestry and fishing, @@ found.",
            ],
        ),
    )
    _pair(
        out,
        kind,
        3,
        "scb-counties",
        _html(
            "<table><caption>Regional GDP 2025, share of national total (%)</caption>"
            "<tr><th>County</th><th>Share</th></tr>"
            "<tr><td>Stockholm</td><td>32.4</td></tr>"
            "<tr><td>Västra Götaland</td><td>18.9</td></tr>"
            "<tr><td>Skåne</td><td>11.6</td></tr>"
            "<tr><td>Norrbotten</td><td>2.9</td></tr>"
            "<tr><td>Sweden</td><td>100.0</td></tr></table>",
            "Statistics Sweden",
        ),
        "Statistics Sweden",
        _Side(
            "Stockholm county produces nearly a third of Sweden's output",
            [
                "Stockholm county accounted for nearly a third of Sweden's GDP in 2025, and "
                "Skåne for 11.6%, @@ shows.",
            ],
        ),
        _Side(
            "Stockholm county produces more than a third of Sweden's output",
            [
                "Stockholm county accounted for more than a third of Sweden's GDP in 2025, and "
                "Skåne for 11.6%, @@ shows.",
            ],
        ),
    )


def _unreadable(out: list[Case]) -> None:
    kind = "unreadable"
    locked = make_pdf(
        [
            ["Bank of Tanzania - Monthly Economic Review"],
            ["Foreword", "This review is for registered users."],
            ["Key results", "Headline inflation was 3.2 percent."],
            ["Exchange rate", "The shilling was stable."],
            ["Methodology", "Figures are provisional."],
        ],
        password="botmer2026",
    )
    sources = [
        (
            "pg-cpi-404-text",
            Source("text/plain", b"404 Not Found", 404),
            "Papua New Guinea's inflation at 4.6%",
            "Consumer prices in Papua New Guinea rose 4.6% in the year to September, @@ said.",
            "the National Statistical Office",
        ),
        (
            "albania-gdp-404-html",
            Source(
                "text/html; charset=utf-8",
                b"<html><body><h1>Page not found</h1><p>The page you requested does not "
                b"exist.</p></body></html>",
                404,
            ),
            "Albania's economy grows 3.9%",
            "Albania's GDP grew 3.9% in the second quarter, with construction up 7.1%, @@ said.",
            "INSTAT",
        ),
        (
            "ecuador-oil-500-text",
            Source("text/plain", b"Internal Server Error", 500),
            "Ecuador's oil output at 472,000 barrels a day",
            "Ecuador pumped 472,000 barrels of crude a day in October, @@ said.",
            "the energy ministry",
        ),
        (
            "bolivia-gas-500-html",
            Source(
                "text/html",
                b"<html><head><title>500</title></head><body><h1>Error 500</h1>"
                b"<p>Service temporarily unavailable.</p></body></html>",
                500,
            ),
            "Bolivia's gas exports fall to $1.6bn",
            "Bolivia's natural gas exports fell to $1.6 billion in January-October, @@ shows.",
            "the statistics institute",
        ),
        (
            "zambia-copper-empty",
            Source("text/html; charset=utf-8", b"", 200),
            "Zambia's copper output reaches 820,000 tonnes",
            "Zambia produced about 820,000 tonnes of copper in the first ten months, @@ said.",
            "the mines ministry",
        ),
        (
            "lithuania-wages-wall",
            Source(
                "text/html; charset=utf-8",
                b"<html><body><div class='consent'><h2>Enable cookies to continue reading"
                b"</h2><p>This site uses cookies to provide its services. Please allow "
                b"cookies in your browser and reload the page.</p></div></body></html>",
                200,
            ),
            "Lithuanian wages up 9.1%",
            "Average gross earnings in Lithuania rose 9.1% in the third quarter to 2,312 euros, "
            "@@ shows.",
            "State Data Agency figures",
        ),
        (
            "bot-review-locked",
            Source("application/pdf", locked),
            "Tanzania's inflation at 3.2 per cent",
            "Tanzania's headline inflation was 3.2 per cent in November, according to @@.",
            "the Bank of Tanzania's monthly review",
        ),
        (
            "ethiopia-coffee-scan",
            Source("application/pdf", blank_pdf(3)),
            "Ethiopia's coffee exports earn $1.9bn",
            "Ethiopia earned $1.9 billion from 298,000 tonnes of coffee exports in fiscal "
            "2025/26, @@ shows.",
            "the coffee and tea authority's annual report",
        ),
    ]
    for index, (slug, source, title, paragraph, link) in enumerate(sources, start=1):
        name = f"b17-{slug}"
        out.append(
            Blind17Case(
                name,
                kind,
                index,
                False,
                _article(name, title, [paragraph], link),
                source,
                readable=False,
            )
        )


def blind17_cases() -> list[Case]:
    out: list[Case] = []
    _press_releases(out)
    _html_tables(out)
    _pdf_reports(out)
    _texts(out)
    _long_pages(out)
    _notations(out)
    _roundings(out)
    _other_subjects(out)
    _two_periods(out)
    _absent(out)
    _spelled(out)
    _unreadable(out)
    return out
