"""An eighth blind held-out set for the fact-check gate bench (issue 10, "Measured, not assumed").

Written from the product's spec ("Check figures against the sources newsrooms actually cite")
and from how southern and eastern European statistics offices publish in English translation
(Spain's INE and interior ministry, Italy's ISTAT and grid operator, Portugal's INE and weather
institute, Greece's ELSTAT, Romania's grid operator and farm agency, Hungary's KSH and finance
ministry, Czech health statistics, Ukraine's farm ministry, Serbia's statistics office), how
Argentina, Chile and Uruguay publish, how Canadian provinces and Australian states publish
(housing starts, transit ridership, crime severity, rainfall, wheat yields, road tolls), not
from the checker's code and not from the other sets' case texts. Nobody tunes on it: it
exists so the checker's figure is an honest one.

Topics are crime statistics, weather records (°C, rainfall in mm), road safety, energy (GWh,
TWh, barrels a day), agriculture yields (tonnes per hectare), elections (turnout, seats, vote
shares), public health (cases per 100,000), transport ridership, housing prices and tourism
nights. Styles are euros (€, "EUR", "€1.2bn"), Romanian lei (RON), Hungarian forints (HUF,
Ft, "HUF thousand per m²"), Czech koruna (CZK), Ukrainian hryvnia (UAH), Serbian dinars (RSD),
Argentine and Chilean pesos (ARS, CLP, "millions of pesos"), Uruguayan data, Canadian and
Australian dollars. Sources are three-line releases, a release whose figure is only in a
<figcaption>, one with a <dl>, HTML tables (merged header cells, units only in a caption,
totals rows, footnote markers ¹ * (a), "n/a", "–" and ".." cells, a transposed table with
periods as rows), real multi-page PDF reports made with fpdf2 (key results on page three, a
table on a later page), CSV served as text/csv and as text/plain under a preamble line, a
plain-text bulletin, a JSON answer from a weather API, an RSS feed, and long pages (2,000+
words) where the article's number also appears about something else. Articles are rough:
figures in headlines, "nearly 30 million", "more than half a million barrels a day", "one in
five", "a third", "twelve", fiscal years ("2025-26"), per-100,000 rates, percentage-point
changes, negative changes ("fell 0.3 percentage points").

A *planted* case's article gives a figure a careful copy editor would stop: another value,
per cent for percentage points, a scale misread (thousand forints as forints, trillion as
billion, thousands of trips as trips), a figure the source gives only for another subject,
region or period (the flash estimate, last year's column, another region's row, nominal for
real), one the source does not have, the wrong unit (MWh for GWh, barrels a month for
barrels a day) or the wrong currency (lei as euros). A *clean* case's source is readable and
supports the article as a copy editor would accept it: rounding, notation variants (TWh for
thousands of GWh, "trillion pesos" for millions), hedges, spelled-out numbers. Unreadable
sources (a locked and an image-only PDF, 404 and 500 pages with HTML and plain-text bodies, a
bot-check interstitial served with 200, an empty 200, a PNG where a report was cited, a zip
body served as an Excel workbook) confirm nothing and so must escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind8".
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

WALL = b"Please verify you are a human"


@dataclass(frozen=True)
class Blind8Case(Case):
    """A case of this set: its split is "blind8" whatever its topic number."""

    @property
    def split(self) -> str:
        return "blind8"


_ARTICLE_FILLER = (
    "<p>Officials said the figures would be discussed when the committee meets again, and "
    "that the full tables were available on the agency website for anyone who wanted them.</p>"
    "<p>Analysts cautioned that one release rarely tells the whole story, and said they would "
    "watch the coming months closely before drawing firm conclusions.</p>"
)


def _article(name: str, headline: str, body: str) -> str:
    """The article page; ``<<words>>`` in ``body`` becomes the one link to the source."""
    start, end = body.index("<<"), body.index(">>")
    link = f'<a href="/sources/{name}">{body[start + 2 : end]}</a>'
    body = body[:start] + link + body[end + 2 :]
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<html><head><title>{headline}</title></head><body>"
        "<header><nav>Home | World | Business | Data</nav></header>"
        f"<article><h1>{headline}</h1>{paragraphs}{_ARTICLE_FILLER}</article>"
        "<footer>Corrections: write to the desk.</footer></body></html>"
    )


def _html(title: str, body: str, content_type: str = "text/html; charset=utf-8") -> Source:
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body>{body}</body></html>"
    )
    return Source(content_type, page.encode())


def _release(title: str, *paragraphs: str) -> Source:
    return _html(title, f"<h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs))


def _pdf_report(
    title: str, key: list[str], table: list[list[str]], notes: list[str] | None = None
) -> Source:
    """A real report: cover, foreword, key results (page three), methods, notes, a table."""
    pages = [
        [title, "Statistical report", "Published in English translation"],
        [
            "Foreword",
            "This report is published as part of the regular programme of official statistics.",
            "It brings together data from administrative registers and sample surveys, and the "
            "figures for the latest period may be revised when later returns are received.",
        ],
        ["Key results", *key],
        [
            "Methods and sources",
            "Data are compiled from returns made by reporting units under the statistics law.",
            "Totals may not add up because of rounding. Definitions follow European and "
            "international recommendations where these exist.",
        ],
        [
            "Notes",
            *(notes or ["Revised figures for earlier periods are marked in the annex table."]),
        ],
    ]
    return Source("application/pdf", make_pdf(pages, tables=[table]))


_REGIONS = (
    "the northern districts",
    "the coastal municipalities",
    "the mountain areas",
    "the capital region",
    "the islands",
    "the interior provinces",
    "the border counties",
    "the river valley",
)
_FILLER_SENTENCES = (
    "In {r}, local officials described the year as one of steady change rather than sharp "
    "breaks, and pointed to the long series published alongside this page for context.",
    "Reporting units in {r} sent their returns on time, which means the estimates for that "
    "area are considered reliable and are unlikely to be revised by much.",
    "Users who compare {r} with the rest of the country should bear in mind that the "
    "population there is older and more dispersed than the national average.",
    "The methodology applied to {r} is the same as elsewhere, although some of the smaller "
    "municipalities are grouped together to protect the confidentiality of respondents.",
    "Commentators in {r} have often asked for more detailed breakdowns, and the office says "
    "it is working on new tables that could be published next year.",
    "Seasonal patterns in {r} are strong, so month-on-month comparisons there should be read "
    "with care and, where possible, set against the same month of earlier years.",
)


def _filler_paragraphs(count: int, offset: int = 0) -> list[str]:
    paragraphs = []
    for i in range(count):
        sentences = [
            _FILLER_SENTENCES[(i + j + offset) % len(_FILLER_SENTENCES)].format(
                r=_REGIONS[(i * 3 + j + offset) % len(_REGIONS)]
            )
            for j in range(3)
        ]
        paragraphs.append(" ".join(sentences))
    return paragraphs


def _long_page(title: str, key_paragraphs: list[str], offset: int) -> Source:
    """2,000+ words: the key paragraphs spread among sections of background prose."""
    filler = _filler_paragraphs(32, offset)
    body = [f"<h1>{title}</h1>", "<nav>Contents | Summary | Tables | Methodology</nav>"]
    step = len(filler) // (len(key_paragraphs) + 1)
    for index, paragraph in enumerate(filler):
        if index % 4 == 0:
            body.append(f"<h2>Section {index // 4 + 1}</h2>")
        body.append(f"<p>{paragraph}</p>")
        if index % step == step - 1 and index // step < len(key_paragraphs):
            body.append(f"<p>{key_paragraphs[index // step]}</p>")
    return _html(title, "".join(body))


class _Builder:
    def __init__(self) -> None:
        self.cases: list[Case] = []
        self.topic = 0

    def pair(
        self,
        kind: str,
        slug: str,
        source: Source,
        clean: tuple[str, str],
        planted: tuple[str, str],
    ) -> None:
        """Two cases sharing a source: one clean article, one planted; order alternates."""
        self.topic += 1
        order = [(False, clean), (True, planted)]
        if self.topic % 2:
            order.reverse()
        for number, (is_planted, (headline, body)) in enumerate(order, start=1):
            name = f"b8-{slug}-{number}"
            self.cases.append(
                Blind8Case(
                    name=name,
                    kind=kind,
                    topic=self.topic,
                    planted=is_planted,
                    article_html=_article(name, headline, body),
                    source=source,
                )
            )

    def one(
        self,
        kind: str,
        slug: str,
        source: Source,
        article: tuple[str, str],
        *,
        planted: bool = False,
        readable: bool = True,
    ) -> None:
        self.topic += 1
        name = f"b8-{slug}"
        self.cases.append(
            Blind8Case(
                name=name,
                kind=kind,
                topic=self.topic,
                planted=planted,
                article_html=_article(name, *article),
                source=source,
                readable=readable,
            )
        )


def _press_releases(b: _Builder) -> None:
    kind = "press release"
    b.pair(
        kind,
        "es-crime-balance",
        _release(
            "Crime balance, first half of 2026",
            "Recorded conventional crime in Spain fell 2.4% in January-June 2026 compared with "
            "the same period of 2025, to 1,043,512 offences.",
            "Cybercrime, which is counted separately, continued to rise. Next balance: November.",
        ),
        (
            "Recorded crime in Spain falls 2.4% in first half",
            "Conventional crime recorded by the police in Spain fell 2.4% in the first six "
            "months of the year, <<according to the interior ministry's crime balance>>.",
        ),
        (
            "Recorded crime in Spain falls 4.2% in first half",
            "Conventional crime recorded by the police in Spain fell 4.2% in the first six "
            "months of the year, <<according to the interior ministry's crime balance>>.",
        ),
    )
    b.pair(
        kind,
        "gr-hotel-nights",
        _html(
            "Tourism: nights in hotels, July 2026",
            "<h1>Nights spent in hotels, July 2026</h1>"
            "<p>ELSTAT publishes the monthly survey of hotel occupancy.</p>"
            '<figure><img src="/img/hotel-nights-july.png" alt="chart">'
            "<figcaption>Figure 1: Nights spent in hotels and similar establishments, July 2026: "
            "29.8 million (July 2025: 28.9 million).</figcaption></figure>"
            "<p>Detailed tables by region follow in the annex.</p>",
        ),
        (
            "Greek hotels log nearly 30 million nights in July",
            "Hotels and similar establishments in Greece recorded nearly 30 million nights in "
            "July, <<the statistics authority said>>, as the summer season peaked.",
        ),
        (
            "Greek hotels log more than 31 million nights in July",
            "Hotels and similar establishments in Greece recorded more than 31 million nights in "
            "July, <<the statistics authority said>>, as the summer season peaked.",
        ),
    )
    b.pair(
        kind,
        "ro-wind-output",
        _release(
            "Wind generation, March 2026",
            "Wind farms connected to the national grid produced 812 GWh in March 2026, 18% more "
            "than in March 2025.",
            "Transelectrica publishes monthly production data by source.",
        ),
        (
            "Romanian wind farms generate 812 gigawatt hours in March",
            "Wind farms in Romania produced 812 gigawatt hours of electricity in March, "
            "<<grid operator Transelectrica said>>, helped by a stormy month.",
        ),
        (
            "Romanian wind farms generate 812 MWh in March",
            "Wind farms in Romania produced 812 MWh of electricity in March, "
            "<<grid operator Transelectrica said>>, helped by a stormy month.",
        ),
    )
    b.pair(
        kind,
        "ar-cpi-october",
        _release(
            "Consumer price index, October 2026",
            "The consumer price index (CPI) rose 2.7% in October 2026 compared with September. "
            "Year-on-year, prices rose 31.4%.",
            "Next publication: 12 December. INDEC.",
        ),
        (
            "Argentine monthly inflation at 2.7% in October",
            "Consumer prices in Argentina rose 2.7 per cent in October from the previous month, "
            "<<the INDEC statistics institute said>>.",
        ),
        (
            "Argentine monthly inflation at 3.7% in October",
            "Consumer prices in Argentina rose 3.7 per cent in October from the previous month, "
            "<<the INDEC statistics institute said>>.",
        ),
    )


def _html_tables(b: _Builder) -> None:
    kind = "html table"
    b.pair(
        kind,
        "it-road-deaths",
        _html(
            "Road accidents by region",
            "<h1>Road accidents with injuries: deaths by region</h1><table>"
            "<caption>Persons killed within 30 days, by region (number)</caption>"
            '<tr><th rowspan="2">Region</th><th colspan="2">Killed</th>'
            '<th colspan="2">Injured</th></tr>'
            "<tr><th>2024</th><th>2025</th><th>2024</th><th>2025</th></tr>"
            "<tr><td>Piedmont</td><td>219</td><td>207</td><td>14,802</td><td>14,455</td></tr>"
            "<tr><td>Lombardy</td><td>421</td><td>398¹</td><td>31,870</td><td>31,244</td></tr>"
            "<tr><td>Veneto</td><td>305</td><td>296</td><td>18,911</td><td>18,602</td></tr>"
            "<tr><td>Lazio</td><td>329</td><td>341</td><td>21,540</td><td>..</td></tr>"
            "<tr><th>Italy</th><th>3,030</th><th>2,966</th><th>224,634</th><th>..</th></tr>"
            "</table><p>¹ Provisional. .. not yet available.</p>",
        ),
        (
            "Road deaths in Lombardy fall to 398",
            "Road deaths in Lombardy fell to 398 last year, down from the year before, "
            "<<figures from ISTAT show>>.",
        ),
        (
            "Road deaths in Lombardy fall to 421",
            "Road deaths in Lombardy fell to 421 last year, down from the year before, "
            "<<figures from ISTAT show>>.",
        ),
    )
    b.pair(
        kind,
        "hu-flat-prices",
        _html(
            "Housing prices, Q2 2026",
            "<h1>Average prices of second-hand dwellings</h1><table>"
            "<caption>Average price per square metre, HUF thousand, Q2 2026</caption>"
            "<tr><th>Area</th><th>Blocks of flats*</th><th>Brick-built flats</th>"
            "<th>Family houses</th></tr>"
            "<tr><td>Budapest</td><td>1,046</td><td>1,218</td><td>942</td></tr>"
            "<tr><td>County seats</td><td>688</td><td>742</td><td>511</td></tr>"
            "<tr><td>Villages</td><td>–</td><td>389</td><td>296</td></tr>"
            "<tr><th>Total</th><th>874</th><th>903</th><th>418</th></tr>"
            "</table><p>* Prefabricated panel blocks. – too few transactions.</p>",
        ),
        (
            "Budapest brick flats top 1.2 million forints a square metre",
            "Second-hand brick-built flats in Budapest sold for an average of 1.22 million "
            "forints per square metre in the second quarter, <<data from the KSH show>>.",
        ),
        (
            "Budapest brick flats average 1,218 forints a square metre",
            "Second-hand brick-built flats in Budapest sold for an average of 1,218 forints per "
            "square metre in the second quarter, <<data from the KSH show>>.",
        ),
    )
    b.pair(
        kind,
        "au-wheat-yields",
        _html(
            "Winter crop yields by state",
            "<h1>Winter crops: wheat</h1><table>"
            "<caption>Wheat yield by state, 2025-26 (t/ha)</caption>"
            "<tr><th>State</th><th>2024-25</th><th>2025-26 (a)</th></tr>"
            "<tr><td>New South Wales</td><td>2.62</td><td>2.41</td></tr>"
            "<tr><td>Victoria</td><td>2.71</td><td>2.86</td></tr>"
            "<tr><td>South Australia</td><td>1.88</td><td>2.05</td></tr>"
            "<tr><td>Western Australia</td><td>2.14</td><td>1.97</td></tr>"
            "<tr><td>Tasmania</td><td>n/a</td><td>n/a</td></tr>"
            "<tr><td>Queensland</td><td>2.30</td><td>2.12</td></tr>"
            "<tr><th>Australia</th><th>2.31</th><th>2.23</th></tr>"
            "</table><p>(a) ABARES forecast. n/a not published.</p>",
        ),
        (
            "WA wheat yields slip to just under 2 tonnes a hectare",
            "Western Australian wheat growers are expected to average just under 2 tonnes a "
            "hectare this season, <<the ABARES crop report forecasts>>.",
        ),
        (
            "WA wheat yields at 2.05 tonnes a hectare",
            "Western Australian wheat growers are expected to average 2.05 tonnes a hectare "
            "this season, <<the ABARES crop report forecasts>>.",
        ),
    )
    b.pair(
        kind,
        "ca-housing-starts",
        _html(
            "Housing starts by province",
            "<h1>Housing starts, actual, by province</h1><table>"
            "<caption>Units, all dwelling types, centres of 10,000 population and over</caption>"
            "<tr><th>Month</th><th>Ont.</th><th>Que.</th><th>B.C.</th><th>Alta.</th></tr>"
            "<tr><td>Jul 2026</td><td>6,980</td><td>4,102</td><td>4,455</td><td>4,012</td></tr>"
            "<tr><td>Aug 2026</td><td>7,105</td><td>3,876</td><td>4,931</td><td>3,770</td></tr>"
            "<tr><td>Sep 2026</td><td>6,412</td><td>4,240</td><td>3,988</td><td>4,207</td></tr>"
            "</table><p>Source: CMHC Starts and Completions Survey.</p>",
        ),
        (
            "Ontario breaks ground on 6,412 homes in September",
            "Builders in Ontario started construction of 6,412 homes in September, "
            "<<CMHC data show>>, fewer than in August.",
        ),
        (
            "Ontario breaks ground on 7,105 homes in September",
            "Builders in Ontario started construction of 7,105 homes in September, "
            "<<CMHC data show>>, fewer than in August.",
        ),
    )


def _pdf_reports(b: _Builder) -> None:
    kind = "pdf report"
    b.pair(
        kind,
        "pt-overnight-stays",
        _pdf_report(
            "Tourism activity, August 2026",
            [
                "Tourist accommodation establishments recorded 2.8 million guests and 7.9 million "
                "overnight stays in August 2026, increases of 1.9% and 2.6% respectively.",
                "Residents abroad accounted for most of the growth.",
            ],
            [
                ["Region (NUTS II)", "Guests (thousand)", "Overnight stays (thousand)"],
                ["Norte", "512.4", "1,102.8"],
                ["Centro", "341.0", "745.3"],
                ["Lisboa", "608.7", "1,561.0"],
                ["Algarve", "701.2", "3,088.4"],
                ["Madeira", "189.5", "912.6"],
                ["Portugal", "2,801.3", "7,905.1"],
            ],
        ),
        (
            "Portugal's hotels count 7.9 million overnight stays in August",
            "Tourist accommodation in Portugal recorded 7.9 million overnight stays in August, "
            "<<the INE statistics institute reported>>, with the Algarve the busiest region.",
        ),
        (
            "Portugal's hotels welcome 7.9 million guests in August",
            "Tourist accommodation in Portugal welcomed 7.9 million guests in August, "
            "<<the INE statistics institute reported>>, with the Algarve the busiest region.",
        ),
    )
    b.pair(
        kind,
        "cl-road-deaths",
        _pdf_report(
            "Road traffic casualties in Chile, 2025",
            [
                "There were 1,612 road deaths in 2025, 3.9% fewer than the 1,678 recorded in 2024.",
                "The death rate fell to 8.0 per 100,000 inhabitants.",
            ],
            [
                ["Region", "Deaths 2024", "Deaths 2025"],
                ["Metropolitana", "512", "498"],
                ["Biobio", "187", "179"],
                ["Valparaiso", "160", "151"],
                ["Other regions", "819", "784"],
                ["Total", "1,678", "1,612"],
            ],
        ),
        (
            "Chile's road deaths fall nearly 4% in 2025",
            "Road deaths in Chile fell nearly 4% last year, <<the road safety commission CONASET "
            "said in its annual report>>.",
        ),
        (
            "Chile's road deaths fall to 1,678 in 2025",
            "Road deaths in Chile fell to 1,678 last year, <<the road safety commission CONASET "
            "said in its annual report>>.",
        ),
    )
    b.pair(
        kind,
        "ua-grain-yields",
        _pdf_report(
            "Harvest of agricultural crops, 2026 (preliminary)",
            [
                "The average yield of grain and leguminous crops was 4.62 tonnes per hectare.",
                "Wheat: 4.31 t/ha. Maize: 6.95 t/ha. Barley: 3.48 t/ha.",
                "The sunflower harvest is reported separately.",
            ],
            [
                ["Crop", "Area harvested, thousand ha", "Yield, t/ha", "Output, thousand t"],
                ["Wheat", "4,980", "4.31", "21,464"],
                ["Maize", "4,112", "6.95", "28,578"],
                ["Barley", "1,460", "3.48", "5,081"],
                ["All grains", "11,205", "4.62", "51,767"],
            ],
        ),
        (
            "Ukraine's wheat yield averages 4.3 tonnes a hectare",
            "Ukrainian farmers harvested an average of 4.3 tonnes of wheat a hectare this year, "
            "<<preliminary figures from the agriculture ministry show>>.",
        ),
        (
            "Ukraine's wheat yield averages 4.6 tonnes a hectare",
            "Ukrainian farmers harvested an average of 4.6 tonnes of wheat a hectare this year, "
            "<<preliminary figures from the agriculture ministry show>>.",
        ),
    )
    b.pair(
        kind,
        "cz-health-spending",
        _pdf_report(
            "Health accounts of the Czech Republic, 2025",
            [
                "Total current expenditure on health reached CZK 612.4 billion in 2025.",
                "This was 8.1% of gross domestic product, up from 7.9% in 2024.",
                "Public schemes financed 86% of the total.",
            ],
            [
                ["Financing scheme", "CZK billion", "Share (%)"],
                ["Health insurance funds", "468.9", "76.6"],
                ["Central and local government", "57.8", "9.4"],
                ["Households out of pocket", "78.2", "12.8"],
                ["Other", "7.5", "1.2"],
                ["Total", "612.4", "100.0"],
            ],
        ),
        (
            "Czech health spending hits 612 billion koruna",
            "Spending on health care in the Czech Republic reached 612 billion koruna last year, "
            "<<the national health accounts show>>.",
        ),
        (
            "Czech health spending hits $612bn",
            "Spending on health care in the Czech Republic reached $612bn last year, "
            "<<the national health accounts show>>.",
        ),
    )


def _texts_and_csv(b: _Builder) -> None:
    kind = "text or csv"
    b.pair(
        kind,
        "uy-unemployment",
        Source(
            "text/csv",
            b"period,unemployment_rate,change_pp,employment_rate\n"
            b"2026-06,7.3,0.1,57.9\n2026-07,7.1,-0.2,58.2\n2026-08,6.8,-0.3,58.5\n",
        ),
        (
            "Uruguay's jobless rate falls 0.3 percentage points",
            "Uruguay's unemployment rate fell 0.3 percentage points in August, "
            "<<the national statistics institute's data show>>.",
        ),
        (
            "Uruguay's jobless rate falls 0.3%",
            "Uruguay's unemployment rate fell 0.3% in August, "
            "<<the national statistics institute's data show>>.",
        ),
    )
    b.pair(
        kind,
        "bc-transit-trips",
        Source(
            "text/plain; charset=utf-8",
            b"Urban public transit, passenger trips (thousands), monthly - extracted 2026-11-20\n"
            b"Geography,Reference period,Value\n"
            b'"British Columbia",2026-08,"21,904"\n'
            b'"British Columbia",2026-09,"24,812"\n'
            b'"Alberta",2026-09,"13,377"\n',
        ),
        (
            "B.C. transit riders take 24.8 million trips in September",
            "Buses, SkyTrain and ferries in British Columbia carried 24.8 million passenger trips "
            "in September, <<Statistics Canada figures show>>, as students returned.",
        ),
        (
            "B.C. transit riders take 2.5 million trips in September",
            "Buses, SkyTrain and ferries in British Columbia carried about 2.5 million passenger "
            "trips in September, <<Statistics Canada figures show>>, as students returned.",
        ),
    )
    b.pair(
        kind,
        "rs-net-salary",
        Source(
            "text/plain; charset=utf-8",
            b"STATISTICAL RELEASE - EARNINGS\n"
            b"AVERAGE SALARIES AND WAGES, SEPTEMBER 2026\n\n"
            b"Average gross salary ........ RSD 143,806\n"
            b"Average net salary .......... RSD 104,218\n\n"
            b"Compared with September 2025, the average net salary was 11.2% higher in nominal "
            b"terms and 6.9% higher in real terms.\n"
            b"Median net salary: RSD 81,433.\n",
        ),
        (
            "Serbian net pay up 11.2% in nominal terms",
            "The average net salary in Serbia rose 11.2% in nominal terms in the year to "
            "September, <<the statistical office said>>.",
        ),
        (
            "Serbian real wages up 11.2%",
            "The average net salary in Serbia rose 11.2% in real terms in the year to "
            "September, <<the statistical office said>>.",
        ),
    )
    b.pair(
        kind,
        "au-sydney-rain",
        Source(
            "application/json",
            json.dumps(
                {
                    "station": {"id": "066214", "name": "Sydney (Observatory Hill)"},
                    "month": "2026-02",
                    "observations": {"rainfall_mm": 312.6, "rain_days": 17},
                    "climatology": {"mean_rainfall_mm": 118.1, "period": "1991-2020"},
                    "quality": "Y",
                }
            ).encode(),
        ),
        (
            "Sydney soaked by more than 300mm of rain in February",
            "Sydney's Observatory Hill recorded more than 300mm of rain in February, "
            "<<Bureau of Meteorology observations show>>.",
        ),
        (
            "Sydney soaked by more than 400mm of rain in February",
            "Sydney's Observatory Hill recorded more than 400mm of rain in February, "
            "<<Bureau of Meteorology observations show>>.",
        ),
    )
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>IPMA climate bulletins</title><link>https://www.ipma.pt/</link>"
        "<item><title>June 2026: dry and warm</title>"
        "<description>Mean air temperature 22.4 °C, 1.1 °C above normal.</description></item>"
        "<item><title>July 2026: hottest July on record</title>"
        "<description>In mainland Portugal the mean air temperature in July was 25.9 °C, "
        "2.8 °C above the 1981-2010 normal.</description>"
        "<pubDate>Wed, 05 Aug 2026 10:00:00 GMT</pubDate></item>"
        "</channel></rss>"
    )
    b.pair(
        kind,
        "pt-july-heat",
        Source("application/rss+xml", rss.encode()),
        (
            "Portugal has hottest July on record, 2.8 degrees above normal",
            "July was the hottest on record in mainland Portugal, with the mean temperature 2.8 "
            "degrees Celsius above normal, <<the IPMA weather institute said>>.",
        ),
        (
            "Portugal has hottest July on record, 3.8 degrees above normal",
            "July was the hottest on record in mainland Portugal, with the mean temperature 3.8 "
            "degrees Celsius above normal, <<the IPMA weather institute said>>.",
        ),
    )


def _long_pages(b: _Builder) -> None:
    kind = "long page"
    b.pair(
        kind,
        "it-regional-turnout",
        _long_page(
            "Regional elections 2026: final results",
            [
                "In Veneto, 52.7% of registered voters cast a ballot, against 61.2% five years "
                "earlier.",
                "Turnout in Campania was 44.6%, the lowest of the regions that voted.",
                "In Tuscany turnout reached 57.9%.",
            ],
            0,
        ),
        (
            "Campania turnout slumps to 44.6%",
            "Only 44.6% of voters in Campania cast a ballot in the regional election, "
            "<<final results from the interior ministry show>>.",
        ),
        (
            "Campania turnout slumps to 52.7%",
            "Only 52.7% of voters in Campania cast a ballot in the regional election, "
            "<<final results from the interior ministry show>>.",
        ),
    )
    b.pair(
        kind,
        "gr-heat-record",
        _long_page(
            "Heatwave of July 2026: station records",
            [
                "Larissa recorded the highest temperature of the episode, 46.1 °C, on 23 July.",
                "At Athens (Nea Filadelfia) the maximum was 44.8 °C on the same day.",
                "Thessaloniki peaked at 41.3 °C.",
            ],
            1,
        ),
        (
            "Athens swelters at 44.8C",
            "Temperatures in Athens reached 44.8C at the height of the heatwave, "
            "<<the national observatory's station records show>>.",
        ),
        (
            "Athens swelters at 46.1C",
            "Temperatures in Athens reached 46.1C at the height of the heatwave, "
            "<<the national observatory's station records show>>.",
        ),
    )
    b.pair(
        kind,
        "ca-crime-severity",
        _long_page(
            "Police-reported crime statistics, 2025",
            [
                "The national Crime Severity Index (CSI) was 80.5 in 2025, down 2%.",
                "Saskatchewan again recorded the highest CSI among the provinces, at 148.3.",
                "Manitoba followed at 131.6, while Quebec had the lowest, 57.2.",
            ],
            2,
        ),
        (
            "Saskatchewan tops crime severity index at 148.3",
            "Saskatchewan again had the highest crime severity index of any province last year, "
            "at 148.3, <<Statistics Canada said>>.",
        ),
        (
            "Manitoba crime severity index at 148.3",
            "Manitoba's crime severity index stood at 148.3 last year, <<Statistics Canada said>>.",
        ),
    )
    b.pair(
        kind,
        "es-housing-index",
        _long_page(
            "Housing price index, second quarter of 2026",
            [
                "The annual rate of the general housing price index stood at 12.2%.",
                "The annual rate for new housing was 11.1%.",
                "Second-hand housing prices rose 12.4% on the year.",
            ],
            3,
        ),
        (
            "Spain's second-hand home prices up 12.4%",
            "Prices of second-hand homes in Spain rose 12.4% in the year to the second quarter, "
            "<<the INE statistics institute said>>.",
        ),
        (
            "Spain's new home prices up 12.4%",
            "Prices of newly built homes in Spain rose 12.4% in the year to the second quarter, "
            "<<the INE statistics institute said>>.",
        ),
    )


def _notation(b: _Builder) -> None:
    kind = "notation"
    b.pair(
        kind,
        "hu-budget-deficit",
        _release(
            "Central government budget, January-September 2026",
            "The central subsystem recorded a deficit of HUF 3,412.5 billion at the end of "
            "September.",
            "The Ministry of Finance publishes preliminary monthly data.",
        ),
        (
            "Hungary's budget deficit reaches 3.41 trillion forints",
            "Hungary's central budget deficit reached 3.41 trillion forints in the first nine "
            "months of the year, <<preliminary finance ministry data show>>.",
        ),
        (
            "Hungary's budget deficit reaches 3.41 billion forints",
            "Hungary's central budget deficit reached 3.41 billion forints in the first nine "
            "months of the year, <<preliminary finance ministry data show>>.",
        ),
    )
    b.pair(
        kind,
        "ro-farm-payments",
        _release(
            "Direct payments campaign 2026",
            "The Payments and Intervention Agency for Agriculture (APIA) has paid farmers "
            "advances totalling RON 5.87 billion under the 2026 campaign.",
            "Payments continue until 30 November.",
        ),
        (
            "Romanian farmers receive 5.87bn lei in advances",
            "Romania's farm agency has paid 5.87bn lei in advance subsidies to farmers this "
            "year, <<APIA said>>.",
        ),
        (
            "Romanian farmers receive €5.87bn in advances",
            "Romania's farm agency has paid €5.87bn in advance subsidies to farmers this "
            "year, <<APIA said>>.",
        ),
    )
    b.pair(
        kind,
        "ar-neuquen-oil",
        _release(
            "Hydrocarbon production, Neuquén, August 2026",
            "Oil production in the province averaged 512,300 barrels per day (bbl/d) in August, "
            "a new monthly record.",
            "Gas production: 98.4 million cubic metres per day.",
        ),
        (
            "Neuquén oil output tops half a million barrels a day",
            "Oil production in Argentina's Neuquén province averaged more than half a million "
            "barrels a day in August, <<provincial energy data show>>.",
        ),
        (
            "Neuquén oil output tops 512,300 barrels a month",
            "Oil production in Argentina's Neuquén province reached 512,300 barrels a month in "
            "August, <<provincial energy data show>>.",
        ),
    )
    b.pair(
        kind,
        "cl-public-works",
        _html(
            "Budget law 2027: public works",
            "<h1>Budget law 2027</h1><table><caption>Ministry of Public Works, expenditure "
            "(millions of pesos, CLP)</caption>"
            "<tr><th>Item</th><th>2026</th><th>2027 bill</th></tr>"
            "<tr><td>Roads</td><td>2,104,900</td><td>2,233,400</td></tr>"
            "<tr><td>Water and ports</td><td>611,200</td><td>640,100</td></tr>"
            "<tr><th>Total ministry</th><th>4,318,000</th><th>4,512,300</th></tr></table>",
        ),
        (
            "Chile plans 4.5 trillion pesos for public works",
            "Chile's 2027 budget bill sets aside 4.5 trillion pesos for the public works "
            "ministry, <<budget documents show>>.",
        ),
        (
            "Chile plans 4.5 billion pesos for public works",
            "Chile's 2027 budget bill sets aside 4.5 billion pesos for the public works "
            "ministry, <<budget documents show>>.",
        ),
    )


def _rounding(b: _Builder) -> None:
    kind = "rounding"
    b.pair(
        kind,
        "pt-legionella",
        _release(
            "Notifiable diseases: legionnaires' disease, 2025",
            "The notification rate was 14.63 cases per 100,000 inhabitants in the Lisbon and "
            "Tagus Valley region, against 4.12 for the mainland as a whole.",
            "Directorate-General of Health.",
        ),
        (
            "Lisbon region legionnaires' rate at 14.6 per 100,000",
            "Legionnaires' disease was notified at a rate of 14.6 cases per 100,000 people in the "
            "Lisbon and Tagus Valley region last year, <<health authority data show>>.",
        ),
        (
            "Lisbon region legionnaires' rate at nearly 16 per 100,000",
            "Legionnaires' disease was notified at a rate of nearly 16 cases per 100,000 people in "
            "the Lisbon and Tagus Valley region last year, <<health authority data show>>.",
        ),
    )
    b.pair(
        kind,
        "it-power-demand",
        _release(
            "Monthly electricity report, September 2026",
            "Electricity demand in Italy in September 2026 was 25,182 GWh, 1.3% more than in "
            "September 2025.",
            "Renewable sources covered 41% of demand. Terna.",
        ),
        (
            "Italy's power demand at 25.2 TWh in September",
            "Electricity demand in Italy was 25.2 TWh in September, <<grid operator Terna "
            "said>>, up on a year earlier.",
        ),
        (
            "Italy's power demand at about 23 TWh in September",
            "Electricity demand in Italy was about 23 TWh in September, <<grid operator Terna "
            "said>>, up on a year earlier.",
        ),
    )
    b.pair(
        kind,
        "uy-turnout",
        _release(
            "National elections: participation",
            "Participation in the national election was 89.61% of the electoral roll.",
            "Electoral Court of Uruguay, final scrutiny.",
        ),
        (
            "Almost 90% of Uruguayans vote",
            "Turnout in Uruguay's national election was almost 90%, <<the electoral court "
            "said>> after the final count.",
        ),
        (
            "Turnout hits 91% in Uruguay",
            "Turnout in Uruguay's national election was 91%, <<the electoral court "
            "said>> after the final count.",
        ),
    )
    b.pair(
        kind,
        "vic-metro-trips",
        _html(
            "Annual report 2025-26: patronage",
            "<h1>Patronage</h1><p>Public transport patronage continued to recover.</p><dl>"
            "<dt>Metropolitan trains, 2025-26</dt><dd>187.46 million trips</dd>"
            "<dt>Trams, 2025-26</dt><dd>162.03 million trips</dd>"
            "<dt>Metropolitan buses, 2025-26</dt><dd>112.87 million trips</dd></dl>",
        ),
        (
            "Melbourne trains carry 187.5 million trips in 2025-26",
            "Metropolitan trains in Melbourne carried 187.5 million trips in 2025-26, "
            "<<the Department of Transport's annual report shows>>.",
        ),
        (
            "Melbourne trains carry 178.5 million trips in 2025-26",
            "Metropolitan trains in Melbourne carried 178.5 million trips in 2025-26, "
            "<<the Department of Transport's annual report shows>>.",
        ),
    )


def _other_subjects(b: _Builder) -> None:
    kind = "other subject"
    b.pair(
        kind,
        "gr-youth-jobless",
        _release(
            "Labour force survey, August 2026",
            "The seasonally adjusted unemployment rate was 8.9%. Among persons aged 15-24 it "
            "was 19.4%.",
            "ELSTAT.",
        ),
        (
            "Greek youth unemployment at 19.4%",
            "Unemployment among Greeks aged 15 to 24 stood at 19.4% in August, "
            "<<the statistics authority said>>.",
        ),
        (
            "Greek unemployment jumps to 19.4%",
            "Greece's unemployment rate stood at 19.4% in August, "
            "<<the statistics authority said>>.",
        ),
    )
    b.pair(
        kind,
        "rs-road-casualties",
        _release(
            "Road traffic safety, 2025",
            "In 2025, 512 persons were killed and 3,184 were seriously injured in road traffic "
            "crashes in Serbia.",
            "Road Traffic Safety Agency.",
        ),
        (
            "512 killed on Serbia's roads last year",
            "Road crashes in Serbia killed 512 people last year, "
            "<<the road traffic safety agency said>>.",
        ),
        (
            "3,184 killed on Serbia's roads last year",
            "Road crashes in Serbia killed 3,184 people last year, "
            "<<the road traffic safety agency said>>.",
        ),
    )
    b.pair(
        kind,
        "ca-pertussis-rates",
        _html(
            "Pertussis surveillance, 2026 to date",
            "<h1>Pertussis: cases and rates by province</h1><table>"
            "<tr><th>Province</th><th>Cases</th><th>Rate per 100,000</th></tr>"
            "<tr><td>Ontario</td><td>2,214</td><td>14.2</td></tr>"
            "<tr><td>Quebec</td><td>1,123</td><td>12.8</td></tr>"
            "<tr><td>Alberta</td><td>604</td><td>12.6</td></tr>"
            "<tr><td>Canada*</td><td>4,702</td><td>11.4</td></tr></table>"
            "<p>* Provinces and territories reporting.</p>",
        ),
        (
            "Quebec whooping cough rate at 12.8 per 100,000",
            "Quebec has recorded whooping cough at a rate of 12.8 cases per 100,000 people so far "
            "this year, <<national surveillance data show>>.",
        ),
        (
            "Ontario whooping cough rate at 12.8 per 100,000",
            "Ontario has recorded whooping cough at a rate of 12.8 cases per 100,000 people so far "
            "this year, <<national surveillance data show>>.",
        ),
    )
    b.pair(
        kind,
        "cz-crop-yields",
        _release(
            "Harvest estimate, 2026",
            "Winter wheat yielded 6.12 tonnes per hectare, winter rapeseed 3.41 tonnes per hectare "
            "and spring barley 5.37 tonnes per hectare.",
            "Czech Statistical Office, preliminary estimate.",
        ),
        (
            "Czech wheat yields 6.1 tonnes a hectare",
            "Czech winter wheat yielded 6.1 tonnes a hectare this year, "
            "<<the statistics office's harvest estimate shows>>.",
        ),
        (
            "Czech rapeseed yields 6.1 tonnes a hectare",
            "Czech winter rapeseed yielded 6.1 tonnes a hectare this year, "
            "<<the statistics office's harvest estimate shows>>.",
        ),
    )


def _two_periods(b: _Builder) -> None:
    kind = "two periods"
    b.pair(
        kind,
        "es-tourist-arrivals",
        _html(
            "Frontur: international tourist arrivals",
            "<h1>International tourist arrivals</h1><table>"
            "<caption>Tourists (million)</caption>"
            "<tr><th></th><th>July 2025</th><th>July 2026 (provisional)</th></tr>"
            "<tr><td>Total</td><td>10.5</td><td>11.2</td></tr>"
            "<tr><td>of which United Kingdom</td><td>2.0</td><td>2.1</td></tr></table>",
        ),
        (
            "Spain welcomes 11.2 million foreign tourists in July",
            "Spain received 11.2 million international tourists this July, "
            "<<provisional Frontur figures show>>.",
        ),
        (
            "Spain welcomes 10.5 million foreign tourists in July",
            "Spain received 10.5 million international tourists this July, "
            "<<provisional Frontur figures show>>.",
        ),
    )
    b.pair(
        kind,
        "ar-primary-surplus",
        _release(
            "Fiscal result of the national public sector",
            "The primary surplus for January-September 2026 was ARS 9.8 trillion. In "
            "January-September 2025 it was ARS 6.1 trillion.",
            "Ministry of Economy.",
        ),
        (
            "Argentina's primary surplus reaches ARS9.8 trillion",
            "Argentina ran a primary surplus of 9.8 trillion pesos in the first nine months of "
            "this year, <<the economy ministry said>>.",
        ),
        (
            "Argentina's primary surplus reaches ARS6.1 trillion",
            "Argentina ran a primary surplus of 6.1 trillion pesos in the first nine months of "
            "this year, <<the economy ministry said>>.",
        ),
    )
    b.pair(
        kind,
        "qld-median-house",
        _html(
            "Median house prices, Greater Brisbane",
            "<h1>Median sale prices</h1><table>"
            "<tr><th>Quarter</th><th>Houses</th><th>Units</th></tr>"
            "<tr><td>Sep qtr 2025</td><td>$845,000</td><td>$598,000</td></tr>"
            "<tr><td>Jun qtr 2026</td><td>$897,500</td><td>$631,000</td></tr>"
            "<tr><td>Sep qtr 2026</td><td>$912,000</td><td>$644,500</td></tr></table>",
        ),
        (
            "Brisbane median house price hits $912,000",
            "The median house price in Greater Brisbane rose to $912,000 in the September quarter "
            "of this year, <<the latest sales data show>>.",
        ),
        (
            "Brisbane median house price hits $845,000",
            "The median house price in Greater Brisbane rose to $845,000 in the September quarter "
            "of this year, <<the latest sales data show>>.",
        ),
    )
    b.pair(
        kind,
        "hu-gdp-estimate",
        _release(
            "GDP, second quarter of 2026: second estimate",
            "According to the second estimate, gross domestic product grew by 1.4% year on year "
            "in the second quarter, revised from 1.1% in the flash estimate.",
            "Hungarian Central Statistical Office.",
        ),
        (
            "Hungary's economy grew 1.4% in the second quarter",
            "Hungary's economy grew 1.4% from a year earlier in the second quarter, "
            "<<the statistics office said in its latest estimate>>.",
        ),
        (
            "Hungary's economy grew 1.1% in the second quarter",
            "Hungary's economy grew 1.1% from a year earlier in the second quarter, "
            "<<the statistics office said in its latest estimate>>.",
        ),
    )


def _spelled_out(b: _Builder) -> None:
    kind = "spelled out"
    b.pair(
        kind,
        "uy-argentine-visitors",
        _release(
            "Tourism: arrivals, third quarter 2026",
            "Argentine residents accounted for 58.2% of visitors arriving in Uruguay in the "
            "third quarter.",
            "Ministry of Tourism.",
        ),
        (
            "Nearly three in five Uruguay visitors are Argentine",
            "Nearly three in five visitors to Uruguay in the third quarter came from Argentina, "
            "<<tourism ministry figures show>>.",
        ),
        (
            "Two in three Uruguay visitors are Argentine",
            "Two in three visitors to Uruguay in the third quarter came from Argentina, "
            "<<tourism ministry figures show>>.",
        ),
    )
    b.pair(
        kind,
        "rs-easter-roads",
        _release(
            "Easter holiday traffic",
            "Over the Easter weekend, 12 people died in 9 road crashes, police said.",
            "Ministry of Interior.",
        ),
        (
            "Twelve die on Serbian roads over Easter",
            "Twelve people were killed on Serbia's roads over the Easter weekend, "
            "<<the interior ministry said>>.",
        ),
        (
            "Twenty die on Serbian roads over Easter",
            "Twenty people were killed on Serbia's roads over the Easter weekend, "
            "<<the interior ministry said>>.",
        ),
    )
    b.pair(
        kind,
        "ro-hydro-share",
        _release(
            "Electricity mix, 2025",
            "Hydropower plants supplied 33.8% of electricity produced in Romania in 2025, "
            "nuclear 19.6% and coal 12.1%.",
            "National Energy Regulatory Authority.",
        ),
        (
            "Dams supply a third of Romania's electricity",
            "Hydropower supplied a third of the electricity produced in Romania last year, "
            "<<the energy regulator said>>.",
        ),
        (
            "Dams supply half of Romania's electricity",
            "Hydropower supplied half of the electricity produced in Romania last year, "
            "<<the energy regulator said>>.",
        ),
    )
    b.pair(
        kind,
        "cl-turnout",
        _release(
            "Plebiscite: participation",
            "85.3% of registered voters took part in the plebiscite, under compulsory voting.",
            "Electoral Service of Chile (Servel).",
        ),
        (
            "More than four in five Chileans vote in plebiscite",
            "More than four in five registered voters took part in Chile's plebiscite, "
            "<<the electoral service said>>.",
        ),
        (
            "Two in three Chileans vote in plebiscite",
            "Two in three registered voters took part in Chile's plebiscite, "
            "<<the electoral service said>>.",
        ),
    )


def _figures_absent(b: _Builder) -> None:
    kind = "figure absent"
    b.one(
        kind,
        "it-sicily-nights",
        _html(
            "Tourist accommodation: nights by region",
            "<h1>Nights spent, 2025</h1><table><caption>Nights (thousand)</caption>"
            "<tr><th>Region</th><th>Residents</th><th>Non-residents</th></tr>"
            "<tr><td>Veneto</td><td>24,118</td><td>50,307</td></tr>"
            "<tr><td>Tuscany</td><td>20,944</td><td>27,815</td></tr>"
            "<tr><td>Lazio</td><td>14,602</td><td>28,390</td></tr></table>",
        ),
        (
            "Sicily counts 16.2 million tourist nights",
            "Tourists spent 16.2 million nights in Sicily last year, "
            "<<ISTAT accommodation data show>>.",
        ),
        planted=True,
    )
    b.one(
        kind,
        "ab-oil-output",
        _release(
            "Alberta natural gas production, September 2026",
            "Marketable natural gas production averaged 11.2 billion cubic feet per day in "
            "September.",
            "Alberta Energy Regulator.",
        ),
        (
            "Alberta oil output reaches 4.1 million barrels a day",
            "Alberta produced 4.1 million barrels of oil a day in September, "
            "<<the provincial energy regulator said>>.",
        ),
        planted=True,
    )
    b.one(
        kind,
        "hu-car-thefts",
        _release(
            "Crime statistics, first half of 2026",
            "The police registered 9,412 burglaries in the first half of the year, 6% fewer than "
            "a year earlier.",
            "Ministry of Interior.",
        ),
        (
            "Car thefts in Hungary fall 11%",
            "Car thefts in Hungary fell 11% in the first half of the year, "
            "<<interior ministry crime statistics show>>.",
        ),
        planted=True,
    )
    b.one(
        kind,
        "vic-melbourne-toll",
        _release(
            "Road toll, 2025",
            "There were 289 lives lost on Victorian roads in 2025.",
            "Transport Accident Commission.",
        ),
        (
            "Melbourne road deaths climb to 142",
            "Road crashes in metropolitan Melbourne killed 142 people last year, "
            "<<the Transport Accident Commission said>>.",
        ),
        planted=True,
    )
    b.one(
        kind,
        "ar-cordoba-flats",
        _release(
            "Property prices, Buenos Aires City, third quarter 2026",
            "The average asking price of a used flat in the city was USD 2,315 per square metre.",
            "City statistics office.",
        ),
        (
            "Córdoba flats average $1,480 a square metre",
            "Used flats in Córdoba are listed at an average of $1,480 a square metre, "
            "<<property price data show>>.",
        ),
        planted=True,
    )


def _unreadable(b: _Builder) -> None:
    kind = "unreadable"
    failing = [
        (
            "es-locked-report",
            Source(
                "application/pdf",
                make_pdf(
                    [["Road safety balance 2025", "Road deaths: 1,119"], ["Foreword"]],
                    password="dgt2026",
                ),
            ),
            (
                "Spain's road deaths fall to 1,119",
                "Spain recorded 1,119 road deaths last year, <<the traffic directorate's annual "
                "balance shows>>.",
            ),
        ),
        (
            "gr-scanned-bulletin",
            Source("application/pdf", blank_pdf(3)),
            (
                "Greek rainfall in Thessaly at 412mm",
                "Thessaly received 412mm of rain in the first quarter, <<the meteorological "
                "service's bulletin shows>>.",
            ),
        ),
        (
            "it-missing-page",
            Source(
                "text/html; charset=utf-8",
                b"<html><head><title>404 Not Found</title></head><body><h1>Page not found"
                b"</h1><p>The page you requested has moved or no longer exists.</p></body></html>",
                status=404,
            ),
            (
                "Italian house prices up 3.8%",
                "House prices in Italy rose 3.8% in the second quarter from a year earlier, "
                "<<ISTAT said>>.",
            ),
        ),
        (
            "ro-missing-text",
            Source("text/plain", b"404 page not found", status=404),
            (
                "Romanian tourist nights at 3.2 million",
                "Romanian accommodation units recorded 3.2 million tourist nights in August, "
                "<<the INS said>>.",
            ),
        ),
        (
            "cl-server-error",
            Source("text/plain; charset=utf-8", b"Internal Server Error", status=500),
            (
                "Chile's copper output at 452,000 tonnes",
                "Chile produced 452,000 tonnes of copper in September, <<the statistics "
                "institute said>>.",
            ),
        ),
        (
            "nsw-server-error-page",
            Source(
                "text/html",
                b"<html><body><h1>500</h1><p>Something went wrong on our side. Please try again "
                b"later.</p></body></html>",
                status=500,
            ),
            (
                "NSW crime: break-ins down 7%",
                "Break-and-enter offences in New South Wales fell 7% over two years, "
                "<<the crime statistics bureau said>>.",
            ),
        ),
        (
            "pt-bot-check",
            Source(
                "text/html; charset=utf-8",
                b"<html><head><title>Just a moment...</title></head><body><h1>Checking your "
                b"browser</h1><p>Please verify you are a human to continue to this site.</p>"
                b'<form><input type="checkbox"> I am not a robot</form></body></html>',
            ),
            (
                "Lisbon metro carries 182 million passengers",
                "The Lisbon metro carried 182 million passengers last year, <<the operator's "
                "annual report says>>.",
            ),
        ),
        (
            "uy-empty-release",
            Source("text/html", b""),
            (
                "Uruguay's beef exports up 9%",
                "Uruguay's beef exports rose 9% by value in the first half, <<the meat "
                "institute said>>.",
            ),
        ),
        (
            "ua-image-for-report",
            Source(
                "image/png",
                b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\xc8\x08\x02"
                b"\x00\x00\x00\x9c\x8c\xd5\x1e\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01"
                b"\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82",
            ),
            (
                "Ukraine's sunflower harvest at 2.4 tonnes a hectare",
                "Ukraine's sunflower yield averaged 2.4 tonnes a hectare, <<the agriculture "
                "ministry's report shows>>.",
            ),
        ),
        (
            "sa-workbook",
            Source(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml"
                b"\x00\x00\x00\x00xl/workbook.xml\x00\x00PK\x05\x06\x00\x00\x00\x00\x02\x00",
            ),
            (
                "South Australian wine grape crush at 412,000 tonnes",
                "South Australia crushed 412,000 tonnes of wine grapes this vintage, "
                "<<the state's vintage report shows>>.",
            ),
        ),
    ]
    for slug, source, article in failing:
        b.one(kind, slug, source, article, readable=False)


def blind8_cases() -> list[Case]:
    builder = _Builder()
    for part in (
        _press_releases,
        _html_tables,
        _pdf_reports,
        _texts_and_csv,
        _long_pages,
        _notation,
        _rounding,
        _other_subjects,
        _two_periods,
        _spelled_out,
        _figures_absent,
        _unreadable,
    ):
        part(builder)
    return builder.cases
