"""A twelfth blind held-out set for the fact-check gate bench (issue 10, "Measured, not assumed").

Written from the product's spec ("Check figures against the sources newsrooms actually cite")
and from how France's INSEE, Banque de France, DREES, Météo-France and public-finance
directorate, the Institut de la statistique du Québec and Hydro-Québec, Luxembourg's STATEC,
Senegal's ANSD, Morocco's HCP, agriculture ministry and Office des changes, India's MoSPI, RBI,
weather department, pollution board, carmakers' association, two-wheeler makers and NSE issue
pages, Egypt's CAPMAS and finance ministry, Saudi Arabia's GASTAT, Nigeria's NBS and
electricity regulator, and Kenya's KNBS publish: not from the checker's code and not from the
other sets' case texts. Nobody tunes on it: it exists so the checker's figure is an honest one.

Styles are French sources in French or in English with French number style ("1,8 %",
"412 600" with spaces or narrow no-break spaces for thousands, "327,4 Md€", "18 432,6 M€"),
which English copy writes "1.8%", "412,600", "€327.4bn"; Quebec dollars ("3 309 M$"); Moroccan
dirhams ("milliards de dirhams", MAD, "Dh") and harvests in quintals; CFA-zone Senegal in
French; Indian rupees ("₹", "Rs", "crore", "lakh", Indian digit grouping "18,53,422"),
financial years ("FY26", "2025-26") and quarters named by months; Egyptian pounds (EGP, "LE");
Saudi riyals (SAR) and barrels per day; Nigerian naira ("₦", "N1,743.21 billion", "mbpd" in an
API answer); Kenyan shillings (KSh) against dollar remittances. Topics are inflation,
unemployment, harvests in tonnes and quintals, monsoon rainfall against the long-period
average, GDP growth and its revisions, an IPO's size, two-wheeler sales, power cuts and grid
collapses, tax collections, hospital beds, literacy and illiteracy rates, migrant
remittances, oil output in barrels per day, and air quality (AQI, µg/m³).

Sources are three-line HTML releases (several in French), HTML tables (merged header cells,
units only in a caption or a header row, totals rows, footnote markers, "n/a", "–" and ".."
cells, one transposed with months as rows and decimal commas), real multi-page PDF reports
made with fpdf2 (page two a foreword, page three key results, a figure only on a later page or
only in a table page), CSV served as text/csv and as text/plain under title lines, a
plain-text climate bulletin in French, a JSON answer from a statistics API, an Atom feed of
releases, a chart whose figure is only in its <figcaption>, a <dl> of indicators, and long
pages (2,000+ words) where the article's number also appears about something else. Articles
are rough wire copy: figures in headlines, hedges ("nearly", "more than", "just over",
"about"), financial years, shares as words ("one in four", "three in five", "a dozen").

A *planted* case's article gives a figure a careful copy editor would stop: another value,
per cent for percentage points, a scale misread (crore as lakh, million as crore, billion
as million, a tenfold slip), a figure the source gives only for another subject, region or
period (last year's column, the superseded first estimate, the men's row, the month before,
mainland France for France, urban for national, GVA for GDP, domestic for total), a figure the
source lacks, the wrong unit (tonnes for quintals, millimetres for per cent), another currency
(shillings or dollars for dollars or naira, dollars for dirhams), a hedge the source does not
bear out ("more than 420,000" for 412,600) or a rounding too far. A *clean* case's source is
readable and supports the article as a copy editor would accept it: rounding, notation
variants (quintals as tonnes, crore as billions, M€ as €bn), hedges that hold, spelled-out
shares that hold, the right row of a table with many rows. Unreadable sources (a
password-locked and an image-only PDF, 404 and 500 pages with plain-text and HTML bodies, an
empty 200, an access-denied page served with 200, a PNG where a report was cited) confirm
nothing and so must escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind12".
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

WALL = b"Access Denied - You don't have permission"


@dataclass(frozen=True)
class Blind12Case(Case):
    """A case of this set: its split is "blind12" whatever its topic number."""

    @property
    def split(self) -> str:
        return "blind12"


# An article as (headline, paragraphs, link text); the paragraph holding "@@" has the link.
Art = tuple[str, list[str], str]

_PAPERS = (
    "The Continental Wire",
    "Sahel & Maghreb Business Daily",
    "The Subcontinent Ledger",
    "Gulf and Nile Economic Review",
    "Laurentian Morning Post",
)

# Number-free paragraphs that pad the articles the way wire copy does.
_PADDING = (
    "Economists said the reading was broadly in line with expectations, although several "
    "warned that the outlook remained clouded by uncertainty over energy prices.",
    "A government spokesperson said the figures showed that its policies were working, a "
    "claim the opposition was quick to dispute.",
    "The statistics office did not comment on the figures beyond its published release, and "
    "said a more detailed breakdown would follow in due course.",
    "Business groups welcomed the news but said that smaller firms in particular were still "
    "struggling with high borrowing costs and late payments.",
    "Market reaction was muted, with traders focused instead on the central bank's next "
    "policy decision and on developments abroad.",
    "Residents interviewed in the capital said they had yet to feel any change in their "
    "daily lives, and several complained about the cost of food and rent.",
    "The figures are compiled from surveys and administrative records and are subject to "
    "revision when late returns come in.",
)


def _article(name: str, art: Art) -> str:
    title, paragraphs, link_text = art
    link = f'<a href="/sources/{name}">{link_text}</a>'
    body = "".join(f"<p>{p.replace('@@', link)}</p>" for p in paragraphs)
    crc = zlib.crc32(name.encode())
    pad = "".join(f"<p>{_PADDING[(crc + 3 * i) % len(_PADDING)]}</p>" for i in range(2))
    paper = _PAPERS[crc % len(_PAPERS)]
    return (
        f"<html><head><title>{title} | {paper}</title></head><body>"
        f'<header><nav><a href="/">Home</a> | <a href="/economy">Economy</a> | '
        f'<a href="/markets">Markets</a></nav></header>'
        f'<article><h1>{title}</h1><p class="byline">By staff reporters</p>{body}{pad}'
        f"</article><footer>© {paper}. All rights reserved.</footer></body></html>"
    )


def _html(body: str, title: str = "Communiqué", lang: str = "en") -> Source:
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body>{body}</body></html>"
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
        [title, "Published 2026"],
        ["Foreword", *foreword],
        ["Key results", *key],
        *later,
    ]
    while len(pages) + len(tables) < 5:
        pages.append(["Methodology", "Figures are compiled from surveys and administrative files."])
    return Source("application/pdf", make_pdf(pages, tables=tables))


# Long pages: a 2,000-word review in which the figures sit among many paragraphs.
_LONG_SENTENCES = (
    "This review brings together the main developments of the period and sets them against "
    "the longer trends that the office has followed over the past decade.",
    "Where figures are provisional, this is indicated in the text, and readers are advised "
    "to consult the detailed tables before drawing firm conclusions.",
    "The methods used are those agreed with international partners, so that the results can "
    "be compared with those of neighbouring countries.",
    "Regional differences remained marked, with the coastal areas generally faring better "
    "than the interior and the north.",
    "Seasonal factors played their usual part, and the adjusted series should be preferred "
    "when comparing one month or one quarter with the next.",
    "Survey response rates held up well, although some smaller businesses were slow to "
    "return their questionnaires.",
    "The administrative sources used to complete the picture were received on time and "
    "required only limited editing.",
    "Users have asked for more detail on households and on small firms, and the office has "
    "begun work on both.",
    "A consultation on the future of the series will open later in the year, and comments "
    "from users are welcome.",
    "Prices for food and for transport were the main sources of pressure on household "
    "budgets, while clothing was broadly stable.",
    "The labour market remained resilient, with hiring intentions firm in services and "
    "weaker in manufacturing and construction.",
    "Public investment continued to support activity, particularly in transport, water and "
    "energy networks.",
    "External conditions were less favourable, as demand from the main trading partners "
    "softened during the second half.",
    "The office thanks the respondents, the ministries and the local authorities whose "
    "cooperation makes these statistics possible.",
    "Revisions to earlier periods were small and did not change the overall picture "
    "described in previous editions.",
    "Data on the informal economy remain incomplete, and estimates for that part of "
    "activity are based on models rather than direct observation.",
    "The office will publish its next review on the usual timetable, together with the "
    "revised series and an updated note on methods.",
    "Energy consumption followed the weather closely, rising in the colder months and "
    "falling back as temperatures recovered.",
    "Credit to households grew more slowly, reflecting tighter lending conditions and "
    "greater caution among borrowers.",
    "Exporters of agricultural goods benefited from good harvests, while manufacturers faced "
    "stiffer competition abroad.",
)
_LONG_HEADINGS = (
    "Overview",
    "Context",
    "Activity",
    "Prices",
    "Labour",
    "Households",
    "Businesses",
    "Public finances",
    "External sector",
    "Regions",
    "Agriculture",
    "Energy",
    "Methods and revisions",
    "Outlook",
)


def _long(title: str, inserts: dict[int, list[str]], lang: str = "en") -> Source:
    """A long review page; ``inserts`` puts paragraphs into sections by their number."""
    parts = [f"<h1>{title}</h1>"]
    n = len(_LONG_SENTENCES)
    for i, heading in enumerate(_LONG_HEADINGS):
        paras = []
        for j in range(2):
            start = (i * 7 + j * 11) % n
            paras.append(" ".join(_LONG_SENTENCES[(start + k) % n] for k in range(5)))
        for extra in reversed(inserts.get(i, [])):
            paras.insert(1, extra)
        parts.append(f"<h2>{heading}</h2>" + "".join(f"<p>{p}</p>" for p in paras))
    return _html("<main>" + "".join(parts) + "</main>", title, lang)


def _table(caption: str, head: str, rows: list[list[str]], notes: str = "") -> str:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    foot = f"<p class='notes'>{notes}</p>" if notes else ""
    return (
        f"<table><caption>{caption}</caption><thead>{head}</thead>"
        f"<tbody>{body}</tbody></table>{foot}"
    )


def _png() -> bytes:
    """A small real PNG: a grey chart image with no text layer."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    width, height = 64, 32
    raw = b"".join(b"\x00" + bytes([120 + (x % 16) for x in range(width)]) for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _pair(kind: str, topic: int, stem: str, source: Source, clean: Art, planted: Art) -> list[Case]:
    """A clean and a planted case of one (kind, topic), sharing their source."""
    flip = zlib.crc32(stem.encode()) % 2
    names = {False: f"{stem}-{1 + flip}", True: f"{stem}-{2 - flip}"}
    return [
        Blind12Case(names[p], kind, topic, p, _article(names[p], planted if p else clean), source)
        for p in (False, True)
    ]


def _one(
    kind: str, topic: int, name: str, source: Source, art: Art, *, readable: bool = True
) -> Case:
    """A case with no pair: planted if its source is readable (the figure is absent there),
    not planted if it is unreadable (nothing to be wrong against)."""
    planted = readable
    return Blind12Case(name, kind, topic, planted, _article(name, art), source, readable=readable)


NB = "\u202f"  # narrow no-break space, as French sites group thousands
NBSP = "\xa0"


def _press_releases() -> list[Case]:
    return [
        *_pair(
            "press release",
            0,
            "insee-ipc-mars",
            _html(
                "<h1>En mars 2026, les prix à la consommation augmentent de 1,8"
                f"{NBSP}% sur un an</h1>"
                "<p>Sur un an, les prix à la consommation augmentent de 1,8"
                f"{NBSP}% en mars 2026, après +1,6{NBSP}% en février. Cette hausse de "
                "l'inflation résulte de l'accélération des prix des services et de "
                "l'énergie.</p>"
                f"<p>Sur un mois, les prix progressent de 0,3{NBSP}%, après +0,2{NBSP}% le mois "
                "précédent. Informations rapides · n° 84 · 15/04/2026</p>",
                "Indice des prix à la consommation - mars 2026",
                "fr",
            ),
            (
                "French inflation picks up to 1.8% in March",
                [
                    "Consumer prices in France rose 1.8 per cent over the year to March, up "
                    "from 1.6 per cent in February, @@ said on Tuesday, as services and energy "
                    "became dearer.",
                    "On the month, prices rose 0.3 per cent.",
                ],
                "the national statistics institute INSEE",
            ),
            (
                "French inflation jumps to 2.1%",
                [
                    "Annual inflation in France quickened to 2.1 per cent in March, according "
                    "to @@, driven by the cost of services and energy.",
                    "The rise will complicate the government's talks with unions over public "
                    "sector pay.",
                ],
                "provisional figures from INSEE",
            ),
        ),
        *_pair(
            "press release",
            1,
            "hq-verglas",
            _html(
                "<h1>Freezing rain: Hydro-Québec crews mobilized across the province</h1>"
                "<p>At the height of the event, on Thursday at 7 a.m., 412 600 customers were "
                "without power, mainly in the Montérégie and Laurentides regions.</p>"
                "<p>More than 1 200 workers are on the ground. Updates: "
                "hydroquebec.com/outages</p>",
                "Hydro-Québec - News",
            ),
            (
                "Ice storm leaves more than 400,000 Quebec customers in the dark",
                [
                    "More than 400,000 Hydro-Québec customers were without electricity at the "
                    "height of Thursday's freezing rain, most of them in Montérégie and the "
                    "Laurentides, @@ said.",
                    "The utility said more than 1,200 workers had been sent out to repair "
                    "downed lines.",
                ],
                "the utility",
            ),
            (
                "Freezing rain cuts power to over 420,000 in Quebec",
                [
                    "More than 420,000 Hydro-Québec customers lost power at the peak of the "
                    "storm on Thursday morning, according to @@.",
                    "Crews were working through the night in the hardest-hit areas south and "
                    "north of Montreal.",
                ],
                "a statement from Hydro-Québec",
            ),
        ),
        *_pair(
            "press release",
            2,
            "gastat-lfs-q4",
            _html(
                "<h1>Labour Force Survey - Q4 2025</h1>"
                "<p>The unemployment rate among Saudi nationals fell to 7.0% in Q4 2025, a "
                "decrease of 0.8 percentage points compared with Q3 2025.</p>"
                "<p>The overall unemployment rate (Saudis and non-Saudis) was 2.8%. The labour "
                "force participation rate of Saudis stood at 51.3%.</p>",
                "GASTAT - Labour Market Statistics",
            ),
            (
                "Saudi unemployment falls to 7%",
                [
                    "Joblessness among Saudi citizens fell to 7 per cent in the final quarter "
                    "of 2025, down 0.8 of a percentage point from the previous three months, "
                    "@@ showed.",
                    "The kingdom aims to bring the rate down further as part of its economic "
                    "diversification plan.",
                ],
                "the General Authority for Statistics",
            ),
            (
                "Saudi jobless rate drops 0.8%",
                [
                    "The unemployment rate among Saudi nationals fell by 0.8 per cent in the "
                    "October-December quarter, @@ showed, as more women entered the workforce.",
                    "The kingdom aims to bring the rate down further as part of its economic "
                    "diversification plan.",
                ],
                "GASTAT data",
            ),
        ),
        *_pair(
            "press release",
            3,
            "nbs-cpi-may",
            _html(
                "<h1>Consumer Price Index (CPI) and Inflation Report May 2026</h1>"
                "<p>The headline inflation rate eased to 22.97% in May 2026 relative to the "
                "April 2026 headline inflation rate, which was 23.71%.</p>"
                "<p>On a month-on-month basis, the headline inflation rate in May 2026 was "
                "1.53%, which was 0.33% lower than the rate recorded in April 2026 (1.86%).</p>",
                "National Bureau of Statistics",
            ),
            (
                "Nigeria's inflation eases to just under 23%",
                [
                    "Headline inflation in Nigeria slowed to just under 23 per cent in May "
                    "from 23.71 per cent in April, @@ said on Monday.",
                    "Food and transport costs remained the main drivers of price growth.",
                ],
                "the National Bureau of Statistics",
            ),
            (
                "Nigeria's inflation eases to 22.79%",
                [
                    "Annual headline inflation slowed to 22.79 per cent in May, data from @@ "
                    "showed on Monday.",
                    "Food and transport costs remained the main drivers of price growth.",
                ],
                "the NBS",
            ),
        ),
    ]


def _html_tables() -> list[Case]:
    siam = _table(
        "Domestic sales, October (in numbers)",
        "<tr><th rowspan='2'>Category</th><th colspan='3'>Domestic sales</th></tr>"
        "<tr><th>Oct 2024</th><th>Oct 2025</th><th>% change</th></tr>",
        [
            ["Passenger vehicles", "3,93,238", "4,12,157", "4.81"],
            ["Three-wheelers", "76,622", "81,401", "6.24"],
            ["Two-wheelers", "20,96,720", "18,53,422", "-11.60"],
            ["Quadricycles", "–", "12", "n/a"],
            ["Total¹", "25,66,580", "23,46,992", "-8.56"],
        ],
        "¹ Excludes exports. Data from member companies; commercial vehicles reported quarterly.",
    )
    ansd = _table(
        "Tableau 4 - Production céréalière et arachidière (tonnes)",
        "<tr><th rowspan='2'>Spéculation</th><th colspan='2'>Campagne agricole</th></tr>"
        "<tr><th>2023-2024</th><th>2024-2025 (p)</th></tr>",
        [
            ["Mil", "1 012 430", "1 098 760"],
            ["Sorgho", "321 550", "345 120"],
            ["Maïs", "785 300", "812 940"],
            ["Riz paddy", "1 502 100", "1 633 480"],
            ["Fonio", "4 810", ".."],
            ["Total céréales*", "3 626 190", "3 890 300"],
            ["Arachide", "1 501 200", "1 420 650"],
        ],
        "(p) provisoire. * Total 2024-2025 hors fonio. Source : DAPSA, calculs ANSD.",
    )
    capmas_rows = [
        ["Cairo", "24,310", "9,872", "34,182"],
        ["Giza", "11,905", "6,114", "18,019"],
        ["Alexandria", "9,120", "3,402", "12,522"],
        ["Dakahlia", "7,640", "1,985", "9,625"],
        ["Assiut", "5,210", "..", "5,210²"],
        ["Other governorates", "37,498", "13,875", "51,373"],
        ["Total Egypt", "95,683", "35,248", "130,931"],
    ]
    capmas = _table(
        "Table 3. Hospital beds by sector and governorate, end of 2024¹",
        "<tr><th rowspan='2'>Governorate</th><th colspan='3'>Number of beds</th></tr>"
        "<tr><th>Government</th><th>Private</th><th>Total</th></tr>",
        capmas_rows,
        "¹ Including university hospitals. ² Private-sector returns not received.",
    )
    statec = _table(
        "Chômage au Luxembourg, 2026",
        "<tr><th>Mois</th><th>Demandeurs d'emploi résidents disponibles</th>"
        "<th>Taux de chômage (%)<br>données corrigées des variations saisonnières</th></tr>",
        [
            ["janvier", "19 842", "6,4"],
            ["février", "20 105", "6,5"],
            ["mars", "20 011", "6,5"],
            ["avril", "19 630", "6,3"],
            ["mai", "19 288", "6,2"],
            ["juin p", "19 014", "6,1"],
        ],
        "Source : ADEM, calculs STATEC. p = provisoire.",
    )
    knbs = _table(
        "Table 2.7: Literacy rate of the population aged 15 years and above by county",
        "<tr><th rowspan='2'>County</th><th colspan='3'>Literacy rate (%)</th></tr>"
        "<tr><th>Male</th><th>Female</th><th>Total</th></tr>",
        [
            ["Nairobi", "95.1", "92.8", "93.9"],
            ["Mombasa", "92.4", "87.3", "89.9"],
            ["Kisumu", "89.7", "84.2", "86.9"],
            ["Nakuru", "88.5", "84.9", "86.7"],
            ["Turkana", "44.8", "31.0", "37.9"],
            ["Garissa", "41.2", "26.5", "34.1"],
            ["Mandera*", "n/a", "n/a", "n/a"],
            ["Kenya", "85.2", "79.6", "82.4"],
        ],
        "* Sample too small for reliable estimates.",
    )
    return [
        *_pair(
            "html table",
            4,
            "siam-oct-2w",
            _html(siam, "Automobile domestic sales - October 2025"),
            (
                "Two-wheeler sales slip to 1.85 million in October",
                [
                    "Manufacturers sold about 1.85 million two-wheelers in India in October, "
                    "down from around 2.1 million a year earlier, figures compiled by @@ show.",
                    "Dealers blamed the later timing of the festive season for the fall.",
                ],
                "the Society of Indian Automobile Manufacturers",
            ),
            (
                "Two-wheeler dispatches slip in October",
                [
                    "Two-wheeler dispatches to dealers in October were 1.85 crore units, @@ "
                    "figures showed, down from the same month of last year.",
                    "Dealers blamed the later timing of the festive season for the fall.",
                ],
                "SIAM",
            ),
        ),
        *_pair(
            "html table",
            5,
            "ansd-recoltes",
            _html(ansd, "Bulletin agricole", "fr"),
            (
                "Senegal's rice harvest climbs",
                [
                    "Senegal's paddy rice harvest rose to about 1.63 million tonnes in the "
                    "2024-25 season, provisional figures from @@ show.",
                    "The government has made rice self-sufficiency one of its priorities.",
                ],
                "the national statistics agency ANSD",
            ),
            (
                "Groundnut harvest reaches 1.5 million tonnes",
                [
                    "Senegal's groundnut harvest rose to 1.5 million tonnes in the 2024-25 "
                    "season, according to @@.",
                    "Groundnuts remain the country's main cash crop.",
                ],
                "provisional figures from ANSD",
            ),
        ),
        *_pair(
            "html table",
            6,
            "capmas-beds",
            _html(capmas, "CAPMAS - Health statistics bulletin"),
            (
                "Egypt had nearly 131,000 hospital beds at end-2024",
                [
                    "Egypt had nearly 131,000 hospital beds at the end of 2024, of which about "
                    "35,000 were in private hospitals, @@ shows.",
                    "Cairo alone accounted for just over a quarter of the total.",
                ],
                "the statistics agency CAPMAS",
            ),
            (
                "State hospitals had 130,931 beds",
                [
                    "Egypt's government hospitals had 130,931 beds at the end of 2024, "
                    "according to @@.",
                    "Officials say more beds are needed in Upper Egypt.",
                ],
                "CAPMAS's annual bulletin",
            ),
        ),
        *_pair(
            "html table",
            7,
            "statec-chomage",
            _html(statec, "STATEC - Chômage", "fr"),
            (
                "Luxembourg jobless rate edges down to 6.2%",
                [
                    "Luxembourg's seasonally adjusted unemployment rate eased to 6.2 per cent "
                    "in May, @@ shows, with just under 19,300 resident jobseekers available for "
                    "work.",
                ],
                "STATEC",
            ),
            (
                "Luxembourg jobless rate eases to 6.3%",
                [
                    "Luxembourg's unemployment rate fell to 6.3 per cent in May, adjusted for "
                    "seasonal swings, according to @@.",
                ],
                "the statistics office STATEC",
            ),
        ),
        *_pair(
            "html table",
            8,
            "knbs-literacy-county",
            _html(knbs, "KNBS - Economic Survey tables"),
            (
                "Nairobi leads on literacy",
                [
                    "Nairobi's adult literacy rate was 93.9 per cent, against 82.4 per cent "
                    "for the country as a whole, @@ shows.",
                    "The arid north lags far behind.",
                ],
                "the Kenya National Bureau of Statistics",
            ),
            (
                "Women's literacy climbs",
                [
                    "Literacy among Kenyan women aged 15 and over stands at 85.2 per cent "
                    "nationally, according to @@.",
                    "The arid north lags far behind.",
                ],
                "KNBS data",
            ),
        ),
    ]


def _pdf_reports() -> list[Case]:
    bdf = _pdf(
        "Banque de France - Projections macroeconomiques - juin 2026",
        [
            "These projections were finalised in late May and incorporate the information "
            "available at that date.",
            "They are part of the Eurosystem's joint exercise.",
        ],
        [
            "GDP growth: 0,9 % in 2026, then 1,2 % in 2027 and 1,3 % in 2028.",
            "Headline inflation (HICP): 1,4 % in 2026 and 1,7 % in 2027.",
            "The unemployment rate peaks at 7,8 % in 2026.",
        ],
        [
            [
                "Risks around the projection",
                "Risks to activity are tilted to the downside, owing to trade tensions and to "
                "uncertainty over fiscal policy.",
            ]
        ],
        [
            ["Annual change (%)", "2025", "2026", "2027", "2028"],
            ["Real GDP", "0,8", "0,9", "1,2", "1,3"],
            ["HICP", "1,0", "1,4", "1,7", "1,8"],
            ["Unemployment rate (% of labour force)", "7,5", "7,8", "7,6", "7,3"],
        ],
    )
    drees = _pdf(
        "DREES - Les etablissements de sante - edition 2026",
        [
            "This panorama describes the activity, capacity and staff of public and private "
            "hospitals in France.",
        ],
        [
            "The number of full-hospitalisation beds continued to fall, while day-hospital "
            "places kept rising.",
            "Staff numbers were broadly stable.",
        ],
        [
            [
                "Chapter 2 - Capacity",
                "At the end of 2024, the 2 980 health establishments had 372 300 "
                "full-hospitalisation beds, 4 300 fewer than a year earlier (-1,1 %).",
                "Day-hospital places rose by 2 100 to 93 400.",
            ]
        ],
        [
            ["Capacity, end of year", "2023", "2024"],
            ["Full-hospitalisation beds", "376 600", "372 300"],
            ["Day-hospital places", "91 300", "93 400"],
        ],
    )
    ansd = _pdf(
        "ANSD - Enquete nationale sur l'alphabetisation - rapport final",
        [
            "Ce rapport presente les principaux resultats de l'enquete realisee aupres des "
            "menages.",
        ],
        [
            "Le taux d'alphabetisation des personnes agees de 15 ans et plus est de 56,2 %.",
            "Il est de 66,9 % chez les hommes contre 46,1 % chez les femmes.",
        ],
        [
            [
                "Disparites regionales",
                "Dakar et Ziguinchor affichent les taux les plus eleves, Kaffrine et Matam les "
                "plus faibles.",
            ]
        ],
        [
            ["Region", "Hommes (%)", "Femmes (%)", "Ensemble (%)"],
            ["Dakar", "84,1", "71,3", "77,6"],
            ["Ziguinchor", "79,8", "63,2", "71,4"],
            ["Kaffrine", "41,5", "24,7", "32,8"],
            ["Matam", "44,2", "27,9", "35,1"],
            ["Senegal", "66,9", "46,1", "56,2"],
        ],
    )
    rbi = _pdf(
        "Reserve Bank of India - Annual Report 2025-26",
        [
            "The Annual Report reviews the working of the Reserve Bank and the state of the "
            "economy during the year.",
        ],
        [
            "The current account deficit moderated to 0.6 per cent of GDP, supported by "
            "robust services exports and private transfers.",
            "Foreign exchange reserves remained adequate.",
        ],
        [
            [
                "Chapter IV - External sector",
                "Net invisibles receipts strengthened further, with software services and "
                "remittances from Indians working abroad both growing.",
            ]
        ],
        [
            ["Table IV.2: Major items of the balance of payments (US$ billion)", "", ""],
            ["Item", "2024-25", "2025-26 PR"],
            ["Merchandise exports", "441.8", "452.6"],
            ["Merchandise imports", "729.1", "741.3"],
            ["Net services", "188.7", "204.9"],
            ["Private transfers (receipts)", "129.4", "135.5"],
            ["Current account balance", "-23.4", "-24.7"],
            ["PR: partially revised.", "", ""],
        ],
    )
    return [
        *_pair(
            "pdf report",
            9,
            "bdf-projections",
            bdf,
            (
                "Bank of France sees 0.9% growth this year",
                [
                    "The Banque de France expects the French economy to grow 0.9 per cent in "
                    "2026 before picking up to 1.2 per cent in 2027, according to @@.",
                    "Inflation is forecast to stay below the European Central Bank's target.",
                ],
                "its June projections",
            ),
            (
                "Bank of France sees 1.2% growth in 2026",
                [
                    "The central bank now forecasts growth of 1.2 per cent in 2026, @@ shows, "
                    "as household spending recovers.",
                    "Inflation is forecast to stay below the European Central Bank's target.",
                ],
                "the Banque de France's June report",
            ),
        ),
        *_pair(
            "pdf report",
            10,
            "drees-lits",
            drees,
            (
                "France cut another 4,300 hospital beds in 2024",
                [
                    "French hospitals had about 372,000 beds for overnight stays at the end of "
                    "2024, some 4,300 fewer than a year earlier, @@ shows.",
                    "Day-hospital places kept rising, as more procedures are done without an "
                    "overnight stay.",
                ],
                "the health ministry's statistics service DREES",
            ),
            (
                "France cut 43,000 hospital beds in 2024",
                [
                    "French hospitals shed 43,000 full-time beds in 2024, according to @@, "
                    "deepening concern about capacity in winter.",
                ],
                "DREES",
            ),
        ),
        *_pair(
            "pdf report",
            11,
            "ansd-alpha",
            ansd,
            (
                "Senegal's literacy rate at about 56%",
                [
                    "Senegal's adult literacy rate was about 56 per cent, @@ found, with a wide "
                    "gap between men and women and between Dakar and the interior.",
                ],
                "a national survey by ANSD",
            ),
            (
                "Two-thirds of Senegalese women can read",
                [
                    "Literacy among Senegalese women aged 15 and over reached 66.9 per cent, "
                    "@@ found.",
                ],
                "a national survey by ANSD",
            ),
        ),
        *_pair(
            "pdf report",
            12,
            "rbi-ar-remit",
            rbi,
            (
                "Remittances to India rise to $135.5bn in FY26",
                [
                    "Inward remittances, counted as private transfer receipts, rose to $135.5 "
                    "billion in 2025-26 from $129.4 billion a year earlier, @@ shows.",
                    "The Gulf and the United States remain the biggest sources.",
                ],
                "the Reserve Bank of India's annual report",
            ),
            (
                "Remittances to India reach $129.4bn",
                [
                    "Indians working abroad sent home $129.4 billion in FY26, @@ shows.",
                    "The Gulf and the United States remain the biggest sources.",
                ],
                "the RBI's annual report",
            ),
        ),
    ]


def _text_sources() -> list[Case]:
    mospi = (
        "Quarter,GVA growth (%),GDP growth (%)\n"
        "Q1 2024-25,6.5,6.5\n"
        "Q2 2024-25,5.8,5.6\n"
        "Q3 2024-25,6.5,6.4\n"
        "Q4 2024-25,6.8,7.4\n"
        "Q1 2025-26,7.6,7.8\n"
        "Q2 2025-26,8.1,8.2\n"
        "Note: year-on-year growth at constant (2011-12) prices; Q2 2025-26 first estimate,,\n"
    )
    capmas = (
        "CAPMAS - Monthly bulletin of consumer prices\n"
        "Annual inflation rate, % (base: January 2019 = 100)\n"
        "\n"
        "month,urban_headline,nationwide_headline\n"
        "2026-01,24.0,24.9\n"
        "2026-02,15.8,16.4\n"
        "2026-03,14.2,14.9\n"
        "2026-04,13.9,14.6\n"
        "2026-05,16.8,17.5\n"
    )
    meteo = (
        "METEO-FRANCE - BULLETIN CLIMATIQUE MENSUEL - MARS 2026\n"
        "=======================================================\n"
        "\n"
        "PRECIPITATIONS : cumul moyen sur la France 38,4 mm, soit un deficit de 41 % par\n"
        "rapport a la normale 1991-2020. Le deficit depasse 60 % sur le pourtour\n"
        "mediterraneen.\n"
        "\n"
        "TEMPERATURES : moyenne nationale 9,8 degres C, anomalie +1,4 degre C.\n"
        "\n"
        "ENSOLEILLEMENT : excedentaire de 12 % en moyenne.\n"
        "\n"
        "Bulletin etabli le 02/04/2026. Donnees provisoires.\n"
    )
    nbs = json.dumps(
        {
            "dataset": "crude_oil_production",
            "country": "NGA",
            "unit": "mbpd",
            "frequency": "quarterly",
            "data": [
                {"period": "2025Q3", "value": 1.51},
                {"period": "2025Q4", "value": 1.58},
                {"period": "2026Q1", "value": 1.64},
            ],
            "source": "NBS, GDP report; NUPRC",
            "updated": "2026-05-26",
        },
        indent=1,
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        "<title>KNBS - Releases</title>\n"
        "<updated>2026-05-20T09:00:00Z</updated>\n"
        "<id>urn:knbs:releases</id>\n"
        "<entry><title>Leading Economic Indicators, April 2026</title>"
        "<id>urn:knbs:lei-2026-04</id><updated>2026-05-20T09:00:00Z</updated>"
        "<summary>Tea production in April was 48,210 tonnes, and coffee exports 5,904 tonnes. "
        "New vehicle registrations totalled 9,188 units.</summary></entry>\n"
        "<entry><title>Diaspora remittances, 2025</title>"
        "<id>urn:knbs:remit-2025</id><updated>2026-03-02T09:00:00Z</updated>"
        "<summary>Remittance inflows totalled USD 5,021 million in 2025, compared with "
        "USD 4,945 million in 2024. North America accounted for 54 per cent of "
        "inflows.</summary></entry>\n"
        "</feed>\n"
    )
    return [
        *_pair(
            "text or csv",
            13,
            "mospi-gdp-q2",
            Source("text/csv; charset=utf-8", mospi.encode()),
            (
                "India's GDP grows 8.2% in July-September quarter",
                [
                    "India's economy expanded 8.2 per cent year on year in the "
                    "July-September quarter of FY26, up from 7.8 per cent in the previous "
                    "quarter, @@ showed.",
                ],
                "data from the statistics ministry",
            ),
            (
                "India's economy grows 8.1% in second quarter",
                [
                    "India's gross domestic product grew 8.1 per cent in the July-September "
                    "quarter, @@ showed, beating forecasts.",
                ],
                "official data",
            ),
        ),
        *_pair(
            "text or csv",
            14,
            "capmas-cpi-csv",
            Source("text/plain; charset=utf-8", capmas.encode()),
            (
                "Egypt's urban inflation jumps to 16.8%",
                [
                    "Annual urban consumer price inflation in Egypt quickened to 16.8 per cent "
                    "in May from 13.9 per cent in April, @@ showed.",
                ],
                "figures from CAPMAS",
            ),
            (
                "Egypt's urban inflation jumps to 18.6%",
                [
                    "Annual urban consumer price inflation in Egypt rose to 18.6 per cent in "
                    "May, @@ showed, after fuel price increases.",
                ],
                "figures from CAPMAS",
            ),
        ),
        *_pair(
            "text or csv",
            15,
            "meteo-mars",
            Source("text/plain; charset=utf-8", meteo.encode()),
            (
                "France's March rainfall 41% below normal",
                [
                    "France received about 38 millimetres of rain on average in March, 41 per "
                    "cent less than the 1991-2020 norm, @@ said.",
                    "Farmers in the south have warned of a difficult spring.",
                ],
                "the weather service Météo-France",
            ),
            (
                "March rainfall falls short",
                [
                    "Rainfall across France in March was 41 millimetres below normal, "
                    "according to @@.",
                    "Farmers in the south have warned of a difficult spring.",
                ],
                "Météo-France's monthly bulletin",
            ),
        ),
        *_pair(
            "text or csv",
            16,
            "nbs-oil-api",
            Source("application/json", nbs.encode()),
            (
                "Nigeria's oil output rises to 1.64 million bpd",
                [
                    "Nigeria pumped an average of 1.64 million barrels of crude a day in the "
                    "first quarter of 2026, up from 1.58 million in the final quarter of 2025, "
                    "@@ show.",
                ],
                "statistics bureau figures",
            ),
            (
                "Nigeria's oil output edges up",
                [
                    "Nigeria produced 164,000 barrels of crude a day in the first quarter of "
                    "2026, @@ show.",
                ],
                "statistics bureau figures",
            ),
        ),
        *_pair(
            "text or csv",
            17,
            "knbs-remit-feed",
            Source("application/atom+xml; charset=utf-8", feed.encode()),
            (
                "Kenyans abroad sent home just over $5bn in 2025",
                [
                    "Remittances from Kenyans living abroad reached just over $5 billion in "
                    "2025, slightly more than a year earlier, @@ said.",
                    "More than half of the money came from North America.",
                ],
                "KNBS",
            ),
            (
                "Diaspora remittances top KSh 5bn",
                [
                    "Kenyans in the diaspora sent home just over KSh 5 billion in 2025, @@ said.",
                    "More than half of the money came from North America.",
                ],
                "KNBS",
            ),
        ),
    ]


def _long_pages() -> list[Case]:
    imd = _long(
        "Monsoon 2025: end-of-season report",
        {
            1: [
                "Of the country's districts, 108 received deficient rainfall over the season "
                "as a whole, and a further 41 received large-deficient rainfall."
            ],
            2: [
                "Rainfall over the country as a whole during the June-September season was "
                "108% of its long period average (LPA) of 87 cm, in the above-normal category."
            ],
            9: [
                "Seasonal rainfall was 92% of LPA over northwest India, 121% over central "
                "India, 113% over the south peninsula and 80% over east and northeast India."
            ],
        },
    )
    gastat = _long(
        "Monthly Statistical Bulletin - June 2026",
        {
            2: [
                "The mining and quarrying production index rose 9.4% year on year, while "
                "manufacturing rose 3.1%."
            ],
            11: [
                "Crude oil production averaged 9.38 million barrels per day in June 2026, up "
                "from 9.21 million barrels per day in May.",
                "Crude oil exports averaged 6.10 million barrels per day. Non-oil exports, "
                "including re-exports, were SAR 27.6 billion.",
            ],
        },
    )
    dgfip = _long(
        "Situation mensuelle budgétaire de l'État - fin décembre 2025",
        {
            7: [
                f"Les recettes fiscales nettes s'élèvent à 327,4{NBSP}Md€ à fin décembre, dont "
                f"TVA nette 97,8{NBSP}Md€, impôt sur le revenu net 94,1{NBSP}Md€, impôt sur les "
                f"sociétés net 57,2{NBSP}Md€ et TICPE 17,3{NBSP}Md€.",
                f"Le solde budgétaire s'établit à -139,8{NBSP}Md€.",
            ],
        },
        "fr",
    )
    capmas = _long(
        "Egypt in Figures 2026 - Labour and population",
        {
            4: [
                "The unemployment rate was 6.3% in Q4 2025 (urban 8.1%, rural 4.9%; males "
                "4.2%, females 14.9%).",
            ],
            5: [
                "Some 6.3% of households reported receiving transfers from a member working "
                "abroad. The illiteracy rate for those aged 10 and over was 17.5%."
            ],
        },
    )
    return [
        *_pair(
            "long page",
            18,
            "imd-monsoon",
            imd,
            (
                "India's monsoon ends at 108% of the long-period average",
                [
                    "Rainfall during the June-September monsoon season was 108 per cent of the "
                    "long-period average, in the above-normal category, @@ said.",
                    "Good rains bode well for winter crops and rural demand.",
                ],
                "the India Meteorological Department",
            ),
            (
                "Monsoon falls short in the east",
                [
                    "East and northeast India received 92 per cent of its long-period average "
                    "rainfall this monsoon, @@ said, even as the country as a whole had a wet "
                    "season.",
                ],
                "the weather office's end-of-season report",
            ),
        ),
        *_pair(
            "long page",
            19,
            "gastat-oil-june",
            gastat,
            (
                "Saudi crude output rises to about 9.4 million bpd",
                [
                    "Saudi Arabia's crude production rose to about 9.4 million barrels a day "
                    "in June from 9.21 million in May, @@ showed.",
                    "The increase follows the OPEC+ decision to unwind some output cuts.",
                ],
                "the statistics authority's monthly bulletin",
            ),
            (
                "Saudi crude exports climb",
                [
                    "Saudi crude exports climbed to 9.38 million barrels a day in June, @@ showed.",
                    "The increase follows the OPEC+ decision to unwind some output cuts.",
                ],
                "GASTAT's monthly bulletin",
            ),
        ),
        *_pair(
            "long page",
            20,
            "dgfip-recettes",
            dgfip,
            (
                "Income tax brought in €94.1bn last year",
                [
                    "France collected €94.1bn in net income tax in 2025, out of net tax "
                    "revenue of €327.4bn, according to @@.",
                ],
                "the monthly budget statement",
            ),
            (
                "Income tax receipts near €98bn",
                [
                    "Net income tax receipts reached €97.8bn in 2025, according to @@.",
                ],
                "the monthly budget statement",
            ),
        ),
        *_pair(
            "long page",
            21,
            "capmas-labour",
            capmas,
            (
                "Egypt's jobless rate at 6.3%",
                [
                    "Egypt's unemployment rate stood at 6.3 per cent in the last quarter of "
                    "2025, with women far more likely to be out of work than men, @@ shows.",
                ],
                "CAPMAS's Egypt in Figures",
            ),
            (
                "Urban unemployment at 6.3%",
                [
                    "Unemployment in Egypt's cities stood at 6.3 per cent in the last quarter "
                    "of 2025, @@ shows.",
                ],
                "CAPMAS's Egypt in Figures",
            ),
        ),
    ]


def _notation() -> list[Case]:
    return [
        *_pair(
            "notation",
            22,
            "maroc-ble",
            _html(
                "<h1>Campagne agricole 2025-2026 : prévisions de récolte</h1>"
                "<p>La production des trois céréales principales est estimée à 34 millions de "
                "quintaux, en hausse de 9 % par rapport à la campagne précédente.</p>"
                "<p>La superficie semée atteint 2,9 millions d'hectares.</p>",
                "Ministère de l'Agriculture - Communiqué",
                "fr",
            ),
            (
                "Morocco expects a 3.4 million-tonne grain crop",
                [
                    "Morocco expects a harvest of about 3.4 million tonnes of wheat and barley "
                    "this season, @@ said, after rains returned in the winter.",
                ],
                "the agriculture ministry",
            ),
            (
                "Morocco expects 34 million tonnes of grain",
                [
                    "Morocco expects to harvest 34 million tonnes of cereals this season, @@ "
                    "said, after rains returned in the winter.",
                ],
                "the agriculture ministry",
            ),
        ),
        *_pair(
            "notation",
            23,
            "lux-recettes",
            _html(
                "<h1>Recettes fiscales de l'Administration centrale</h1>"
                f"<p>En 2025, les recettes fiscales se sont élevées à 18{NB}432,6 M€, en hausse "
                "de 6,1 % sur un an.</p>"
                "<p>Chiffres provisoires, non consolidés.</p>",
                "STATEC - Finances publiques",
                "fr",
            ),
            (
                "Luxembourg's tax take rises to €18.4bn",
                [
                    "Luxembourg's central government collected €18.4 billion in taxes in 2025, "
                    "up 6.1 per cent from a year earlier, @@ shows.",
                ],
                "provisional data from STATEC",
            ),
            (
                "Luxembourg's tax take rises",
                [
                    "Luxembourg's central government collected 18.4 million euros in taxes in "
                    "2025, @@ shows.",
                ],
                "provisional data from STATEC",
            ),
        ),
        *_pair(
            "notation",
            24,
            "nse-bharat-ipo",
            _html(
                "<h2>Bharat Motors India Limited - Public Issue</h2>"
                "<dl><dt>Issue Size</dt><dd>₹ 27,870.16 Crore</dd>"
                "<dt>Price Band</dt><dd>₹ 1,865 to ₹ 1,960 per equity share</dd>"
                "<dt>Fresh Issue</dt><dd>Nil</dd>"
                "<dt>Offer for Sale</dt><dd>14,21,94,700 equity shares</dd>"
                "<dt>Issue Period</dt><dd>15-Oct-2025 to 17-Oct-2025</dd></dl>",
                "NSE - Public Issues",
            ),
            (
                "Bharat Motors' IPO to raise Rs 278.7 billion",
                [
                    "Bharat Motors India's initial public offering will raise about Rs 278.7 "
                    "billion, according to @@.",
                    "The issue is entirely an offer for sale by the parent company.",
                ],
                "the exchange's issue page",
            ),
            (
                "Bharat Motors' IPO to raise ₹27,870 million",
                [
                    "Bharat Motors India's initial public offering will raise ₹27,870 million, "
                    "according to @@.",
                    "The issue is entirely an offer for sale by the parent company.",
                ],
                "the exchange's issue page",
            ),
        ),
        *_pair(
            "notation",
            25,
            "nbs-vat-q1",
            _html(
                "<h1>Value Added Tax (VAT) Q1 2026</h1>"
                "<p>Total VAT collected in Q1 2026 stood at N1,743.21 billion, up 12.46% from "
                "Q4 2025 (N1,550.01 billion).</p>"
                "<p>Local payments accounted for N1,102.40 billion.</p>",
                "NBS - Sectoral statistics",
            ),
            (
                "VAT receipts hit ₦1.74trn in first quarter",
                [
                    "Nigeria collected ₦1.74 trillion in value-added tax in the first quarter of "
                    "2026, 12.5 per cent more than in the previous quarter, @@ said.",
                ],
                "the statistics bureau",
            ),
            (
                "VAT receipts hit $1.74trn",
                [
                    "Nigeria collected $1.74 trillion in value-added tax in the first quarter "
                    "of 2026, @@ said.",
                ],
                "the statistics bureau",
            ),
        ),
        *_pair(
            "notation",
            26,
            "oc-transferts-mre",
            _html(
                "<h1>Indicateurs des échanges extérieurs - décembre 2025</h1>"
                "<p>Les transferts des Marocains résidant à l'étranger (MRE) ont atteint "
                "117,7 milliards de dirhams à fin décembre 2025, en hausse de 3,2 %.</p>"
                "<p>Les recettes de voyages s'établissent à 124,1 milliards de dirhams.</p>",
                "Office des changes",
                "fr",
            ),
            (
                "Moroccans abroad sent home Dh117.7bn",
                [
                    "Remittances from Moroccans living abroad rose 3.2 per cent to MAD 117.7 "
                    "billion in 2025, @@ said.",
                ],
                "the foreign exchange office",
            ),
            (
                "Moroccans abroad sent home $117.7bn",
                [
                    "Remittances from Moroccans living abroad rose to $117.7 billion in 2025, "
                    "@@ said.",
                ],
                "the foreign exchange office",
            ),
        ),
    ]


def _rounding() -> list[Case]:
    return [
        *_pair(
            "rounding",
            27,
            "knbs-cpi-may",
            _html(
                "<h1>Consumer Price Indices and Inflation Rates for May 2026</h1>"
                "<p>The overall year-on-year inflation rate as measured by the CPI was 4.37 "
                "per cent in May 2026.</p>"
                "<p>Food and non-alcoholic beverages: 6.12 per cent; transport: 1.48 per "
                "cent.</p>",
                "KNBS",
            ),
            (
                "Kenya's inflation edges up to 4.4%",
                [
                    "Kenya's annual inflation rate edged up to 4.4 per cent in May, @@ said, "
                    "with food prices rising fastest.",
                ],
                "the Kenya National Bureau of Statistics",
            ),
            (
                "Kenya's inflation edges up to 4.3%",
                [
                    "Kenya's annual inflation rate edged up to 4.3 per cent in May, @@ said, "
                    "with food prices rising fastest.",
                ],
                "the Kenya National Bureau of Statistics",
            ),
        ),
        *_pair(
            "rounding",
            28,
            "cpcb-delhi-nov",
            _html(
                "<h1>Delhi air quality: November 2025 summary</h1>"
                "<p>Average AQI: 374 (Very Poor). PM2.5 monthly mean: 218.6 µg/m³; PM10: "
                "351.2 µg/m³.</p>"
                "<p>Days in 'Severe' category: 9.</p>",
                "CPCB - Air quality bulletin",
            ),
            (
                "Delhi's November smog: PM2.5 nears 220",
                [
                    "Fine particulate matter in Delhi averaged nearly 220 micrograms per cubic "
                    "metre in November, and the average air quality index was 374, in the "
                    "'very poor' band, @@ shows.",
                ],
                "the pollution control board's monthly summary",
            ),
            (
                "Delhi's November smog: PM2.5 tops 220",
                [
                    "Fine particulate matter in Delhi averaged more than 220 micrograms per "
                    "cubic metre in November, @@ shows.",
                ],
                "the pollution control board's monthly summary",
            ),
        ),
        *_pair(
            "rounding",
            29,
            "mof-egypt-tax",
            _html(
                "<h1>Fiscal performance, FY2024/25</h1>"
                "<p>Tax revenues reached EGP 2,035.7 billion in FY2024/25, up 35.3% on the "
                "previous year.</p>"
                "<p>The primary surplus was 3.6% of GDP.</p>",
                "Ministry of Finance - Press release",
            ),
            (
                "Egypt's tax take rises to LE2 trillion",
                [
                    "Egypt's tax revenue rose to about LE2 trillion in the 2024/25 fiscal year, "
                    "up more than a third, @@ said.",
                ],
                "the finance ministry",
            ),
            (
                "Egypt's tax take rises to LE2.1 trillion",
                [
                    "Egypt's tax revenue rose to about LE2.1 trillion in the 2024/25 fiscal "
                    "year, @@ said.",
                ],
                "the finance ministry",
            ),
        ),
        *_pair(
            "rounding",
            30,
            "hq-resultats",
            _html(
                "<h1>Hydro-Québec: 2025 annual results</h1>"
                "<p>Net income totalled 3 309 M$ in 2025, compared with 3 263 M$ in 2024.</p>"
                "<p>The dividend payable to the Québec government will be 2 482 M$.</p>",
                "Hydro-Québec - Results",
            ),
            (
                "Hydro-Québec earns $3.3 billion",
                [
                    "Hydro-Québec's net income rose to $3.3 billion in 2025, slightly higher "
                    "than a year earlier, @@ said.",
                ],
                "the utility",
            ),
            (
                "Hydro-Québec earns nearly $3.4 billion",
                [
                    "Hydro-Québec's net income rose to nearly $3.4 billion in 2025, @@ said.",
                ],
                "the utility",
            ),
        ),
    ]


def _other_subject() -> list[Case]:
    return [
        *_pair(
            "other subject",
            31,
            "gastat-cpi-may",
            _html(
                "<h1>Consumer Price Index - May 2026</h1>"
                "<p>The CPI rose 2.3% in May 2026 compared with May 2025, driven mainly by "
                "housing rents, which rose 6.8%.</p>"
                "<p>Food and beverage prices rose 1.1%.</p>",
                "GASTAT",
            ),
            (
                "Saudi inflation steady at 2.3%",
                [
                    "Consumer prices in Saudi Arabia rose 2.3 per cent in May from a year "
                    "earlier, with housing rents the main driver, @@ showed.",
                ],
                "the General Authority for Statistics",
            ),
            (
                "Saudi inflation hits 6.8% as rents bite",
                [
                    "Saudi inflation reached 6.8 per cent in May, @@ showed, pushed up by "
                    "housing costs.",
                ],
                "official data",
            ),
        ),
        *_pair(
            "other subject",
            32,
            "insee-chomage-t4",
            _html(
                "<h1>Au quatrième trimestre 2025, le taux de chômage est de 7,4 %</h1>"
                "<p>Au quatrième trimestre 2025, le taux de chômage au sens du BIT est de 7,4 % "
                "de la population active en France (hors Mayotte). En France métropolitaine, "
                "il s'établit à 7,2 %.</p>"
                "<p>Le taux de chômage des 15-24 ans atteint 19,2 %.</p>",
                "INSEE - Informations rapides",
                "fr",
            ),
            (
                "French unemployment at 7.4%",
                [
                    "France's unemployment rate stood at 7.4 per cent in the fourth quarter of "
                    "2025, @@ said, with youth joblessness close to one in five.",
                ],
                "INSEE",
            ),
            (
                "Mainland French unemployment at 7.4%",
                [
                    "In mainland France, the jobless rate stood at 7.4 per cent in the fourth "
                    "quarter of 2025, @@ said.",
                ],
                "INSEE",
            ),
        ),
        *_pair(
            "other subject",
            33,
            "hero-oct",
            _html(
                "<h1>Hero MotoCorp sales: October 2025</h1>"
                "<p>Hero MotoCorp dispatched 6,79,091 units in October 2025.</p>"
                "<p>Domestic dispatches stood at 6,35,808 units, while exports were 43,283 "
                "units.</p>",
                "Hero MotoCorp - Investor update",
            ),
            (
                "Hero MotoCorp sells 6.79 lakh two-wheelers in October",
                [
                    "Hero MotoCorp sold 6.79 lakh motorcycles and scooters in October, "
                    "including exports, @@ said in a filing to the NSE.",
                ],
                "the company",
            ),
            (
                "Hero MotoCorp's domestic sales at 6.79 lakh",
                [
                    "Hero MotoCorp's domestic sales rose to 6.79 lakh units in October, @@ "
                    "said in a filing to the NSE.",
                ],
                "the company",
            ),
        ),
        *_pair(
            "other subject",
            34,
            "hcp-chomage",
            _html(
                "<h1>Situation du marché du travail au premier trimestre 2026</h1>"
                "<p>Entre le premier trimestre 2025 et le premier trimestre 2026, le taux de "
                "chômage est passé de 13,7 % à 13,1 % au niveau national, de "
                "17,6 % à 16,9 % en milieu urbain et de 6,9 % à 6,8 % en milieu rural.</p>"
                "<p>Note d'information du Haut-Commissariat au Plan.</p>",
                "HCP",
                "fr",
            ),
            (
                "Moroccan unemployment eases to 13.1%",
                [
                    "Morocco's unemployment rate eased to 13.1 per cent in the first quarter "
                    "from 13.7 per cent a year earlier, @@ said.",
                ],
                "the planning agency HCP",
            ),
            (
                "Urban unemployment eases to 13.1%",
                [
                    "Unemployment in Morocco's towns and cities eased to 13.1 per cent in the "
                    "first quarter, @@ said.",
                ],
                "the planning agency HCP",
            ),
        ),
    ]


def _two_periods() -> list[Case]:
    plfs = _table(
        "Unemployment rate (%) in current weekly status, persons aged 15 years and above",
        "<tr><th rowspan='2'></th><th colspan='2'>Rural</th><th colspan='2'>Urban</th>"
        "<th colspan='2'>All India</th></tr>"
        "<tr><th>Sep 2025</th><th>Oct 2025</th><th>Sep 2025</th><th>Oct 2025</th>"
        "<th>Sep 2025</th><th>Oct 2025</th></tr>",
        [
            ["Male", "4.6", "4.5", "6.1", "6.3", "5.1", "5.0"],
            ["Female", "4.5", "4.1", "8.9", "9.1", "5.6", "5.5"],
            ["Person", "4.6", "4.4", "6.8", "7.0", "5.3", "5.2"],
        ],
        "Source: Periodic Labour Force Survey, monthly bulletin.",
    )
    return [
        *_pair(
            "two periods",
            35,
            "ansd-pib-2025",
            _html(
                "<h1>Comptes nationaux provisoires 2025</h1>"
                "<p>Au titre de l'année 2025, le PIB réel a progressé de 8,4 %, après 6,1 % en "
                "2024, porté par le secteur des hydrocarbures.</p>"
                "<p>Note d'analyse · ANSD</p>",
                "ANSD",
                "fr",
            ),
            (
                "Senegal's economy grew 8.4% in 2025",
                [
                    "Senegal's economy grew 8.4 per cent in real terms in 2025, up from 6.1 "
                    "per cent the year before, @@ said, helped by its new oil and gas fields.",
                ],
                "the statistics agency ANSD",
            ),
            (
                "Senegal's economy grew 6.1% in 2025",
                [
                    "Senegal's real GDP grew 6.1 per cent in 2025, @@ said, helped by its new "
                    "oil and gas fields.",
                ],
                "the statistics agency ANSD",
            ),
        ),
        *_pair(
            "two periods",
            36,
            "mospi-plfs-oct",
            _html(plfs, "PLFS monthly bulletin - October 2025"),
            (
                "India's unemployment rate eases to 5.2% in October",
                [
                    "India's unemployment rate for people aged 15 and over eased to 5.2 per "
                    "cent in October from 5.3 per cent in September, @@ showed.",
                ],
                "the monthly labour force survey",
            ),
            (
                "Urban joblessness at 6.8% in October",
                [
                    "Unemployment in India's towns and cities was 6.8 per cent in October, "
                    "@@ showed.",
                ],
                "the monthly labour force survey",
            ),
        ),
        *_pair(
            "two periods",
            37,
            "statec-ipc-avril",
            _html(
                "<h1>Indice des prix à la consommation - avril 2026</h1>"
                "<p>L'inflation annuelle s'établit à 2,1 % en avril 2026, contre 2,5 % en "
                "mars.</p>"
                "<p>Les prix des produits pétroliers reculent de 4,2 % sur un an.</p>",
                "STATEC",
                "fr",
            ),
            (
                "Luxembourg inflation slows to 2.1%",
                [
                    "Annual inflation in Luxembourg slowed to 2.1 per cent in April from 2.5 "
                    "per cent in March, @@ said, as fuel became cheaper.",
                ],
                "STATEC",
            ),
            (
                "Luxembourg inflation at 2.5% in April",
                [
                    "Annual inflation in Luxembourg was 2.5 per cent in April, @@ said.",
                ],
                "STATEC",
            ),
        ),
        *_pair(
            "two periods",
            38,
            "knbs-gdp-q1",
            _html(
                "<h1>Quarterly Gross Domestic Product Report - First Quarter 2026</h1>"
                "<p>The economy grew by 4.9 per cent in the first quarter of 2026 compared "
                "to a growth of 4.4 per cent in the corresponding quarter of 2025.</p>"
                "<p>Agriculture, forestry and fishing grew by 6.0 per cent.</p>",
                "KNBS",
            ),
            (
                "Kenya's economy grows 4.9%",
                [
                    "Kenya's economy grew 4.9 per cent year on year in the first quarter of "
                    "2026, @@ said, faster than a year earlier.",
                ],
                "the statistics bureau",
            ),
            (
                "Kenya's economy grows 4.4%",
                [
                    "Kenya's economy expanded 4.4 per cent in the first three months of 2026, "
                    "@@ said.",
                ],
                "the statistics bureau",
            ),
        ),
        *_pair(
            "two periods",
            39,
            "insee-pib-t1",
            _html(
                "<h1>Au premier trimestre 2026, le PIB progresse de 0,4 %</h1>"
                "<p>Au premier trimestre 2026, le PIB en volume progresse de +0,4 % "
                "(résultats détaillés), après +0,2 % au quatrième trimestre 2025. La première "
                "estimation, publiée le 30 avril, était de +0,3 %.</p>"
                "<p>La demande intérieure finale contribue pour +0,3 point.</p>",
                "INSEE",
                "fr",
            ),
            (
                "French growth revised up to 0.4% in first quarter",
                [
                    "The French economy grew 0.4 per cent in the first quarter, revised up from "
                    "a first estimate of 0.3 per cent, @@ said.",
                ],
                "INSEE",
            ),
            (
                "French economy grew 0.3% in first quarter, latest data show",
                [
                    "The French economy grew 0.3 per cent in the first quarter, according to "
                    "the latest detailed figures from @@.",
                ],
                "INSEE",
            ),
        ),
    ]


def _figure_absent() -> list[Case]:
    kind = "figure absent"
    return [
        _one(
            kind,
            40,
            "hq-outaouais",
            _html(
                "<h1>Outaouais: power fully restored</h1>"
                "<p>All customers affected by Tuesday's windstorm in the Outaouais region have "
                "had their service restored. Hydro-Québec thanks customers for their "
                "patience.</p>"
                "<p>Crews from Montréal and Québec City reinforced local teams.</p>",
                "Hydro-Québec - News",
            ),
            (
                "Outaouais outages lasted up to 30 hours",
                [
                    "About 85,000 customers lost power in the Outaouais windstorm, which left "
                    "some in the dark for up to 30 hours, @@ said.",
                ],
                "Hydro-Québec",
            ),
        ),
        _one(
            kind,
            41,
            "capmas-illiteracy",
            _html(
                "<h1>Illiteracy day: CAPMAS statement</h1>"
                "<p>The illiteracy rate among the population aged 10 years and over reached "
                "17.5%, according to the latest survey.</p>"
                "<p>The rate was 11.9% in urban areas and 21.8% in rural areas.</p>",
                "CAPMAS",
            ),
            (
                "Nearly a quarter of Egyptian women cannot read",
                [
                    "Illiteracy among Egyptian women stands at 23.4 per cent, @@ said on "
                    "International Literacy Day.",
                ],
                "CAPMAS",
            ),
        ),
        _one(
            kind,
            42,
            "rbi-mpc-june",
            _html(
                "<h1>Monetary Policy Statement, 2025-26</h1>"
                "<p>The MPC voted to keep the policy repo rate unchanged at 5.50 per cent.</p>"
                "<p>Real GDP growth for 2025-26 is projected at 6.8 per cent.</p>",
                "Reserve Bank of India",
            ),
            (
                "RBI sees inflation at 3.1% in FY26",
                [
                    "The Reserve Bank of India projects consumer price inflation at 3.1 per "
                    "cent for 2025-26, @@ said, as it held rates.",
                ],
                "the central bank",
            ),
        ),
        _one(
            kind,
            43,
            "gastat-health",
            _html(
                "<h1>Health Services Statistics 2025</h1>"
                "<p>The number of hospitals in the Kingdom reached 501, and the number of "
                "primary health care centres 2,390.</p>"
                "<p>There were 32.1 physicians per 10,000 population.</p>",
                "GASTAT",
            ),
            (
                "Saudi Arabia has 78,000 hospital beds",
                [
                    "Saudi Arabia had about 78,000 hospital beds in 2025, @@ showed.",
                ],
                "official statistics",
            ),
        ),
    ]


def _spelled_out() -> list[Case]:
    return [
        *_pair(
            "spelled out",
            44,
            "knbs-indicators",
            _html(
                "<h2>Kenya at a glance: key indicators, 2025</h2>"
                "<dl><dt>Population (millions)</dt><dd>53.3</dd>"
                "<dt>Households with electricity connection</dt><dd>61.3%</dd>"
                "<dt>Adult literacy rate</dt><dd>82.4%</dd>"
                "<dt>Mobile money subscriptions (millions)</dt><dd>77.3</dd></dl>",
                "KNBS - Kenya at a glance",
            ),
            (
                "Three in five Kenyan homes now on the grid",
                [
                    "About three in five Kenyan households now have an electricity connection, "
                    "@@ show, though outages remain common outside the cities.",
                ],
                "statistics bureau indicators",
            ),
            (
                "Two-thirds of Kenyan homes now on the grid",
                [
                    "Two-thirds of Kenyan households now have an electricity connection, @@ "
                    "show, though outages remain common outside the cities.",
                ],
                "statistics bureau indicators",
            ),
        ),
        *_pair(
            "spelled out",
            45,
            "hcp-analphabetisme",
            _html(
                "<h1>Recensement général : principaux résultats</h1>"
                "<figure><img src='/img/graph2.png' alt=''>"
                "<figcaption>Graphique 2 - Taux d'analphabétisme de la population âgée de 10 "
                "ans et plus : 24,8 % en 2024 (hommes 16,5 %, femmes 32,8 %)</figcaption>"
                "</figure>",
                "HCP - Recensement",
                "fr",
            ),
            (
                "One in four Moroccans cannot read",
                [
                    "About one in four Moroccans aged 10 and over cannot read or write, @@ "
                    "shows, and the rate is twice as high among women as among men.",
                ],
                "the latest census",
            ),
            (
                "One in three Moroccans cannot read",
                [
                    "One in three Moroccans aged 10 and over cannot read or write, @@ shows.",
                ],
                "the latest census",
            ),
        ),
        *_pair(
            "spelled out",
            46,
            "isq-emploi",
            _html(
                "<h1>Le marché du travail au Québec en 2025</h1>"
                "<p>En 2025, le taux d'emploi de la population de 15 ans et plus s'établit à "
                "61,2 %, en baisse de 0,4 point.</p>"
                "<p>Institut de la statistique du Québec</p>",
                "ISQ",
                "fr",
            ),
            (
                "Three in five Quebecers have a job",
                [
                    "About three in five Quebecers aged 15 and over had a job in 2025, @@ "
                    "shows, a slightly smaller share than a year earlier.",
                ],
                "the province's statistics institute",
            ),
            (
                "Two-thirds of Quebecers have a job",
                [
                    "Two-thirds of Quebecers aged 15 and over had a job in 2025, @@ shows.",
                ],
                "the province's statistics institute",
            ),
        ),
        *_pair(
            "spelled out",
            47,
            "nerc-grid",
            _html(
                "<h1>Quarterly report: grid performance</h1>"
                "<p>The national grid recorded 12 system collapses in 2024, of which 9 were "
                "total collapses.</p>"
                "<p>Average available generation was 4,213 MW.</p>",
                "Nigerian Electricity Regulatory Commission",
            ),
            (
                "Nigeria's grid collapsed a dozen times in 2024",
                [
                    "Nigeria's national grid collapsed a dozen times in 2024, @@ said, leaving "
                    "millions of homes and businesses without power.",
                ],
                "the electricity regulator",
            ),
            (
                "Nigeria's grid collapsed fifteen times in 2024",
                [
                    "Nigeria's national grid collapsed fifteen times in 2024, @@ said, leaving "
                    "millions of homes and businesses without power.",
                ],
                "the electricity regulator",
            ),
        ),
    ]


def _unreadable() -> list[Case]:
    kind = "unreadable"

    def art(title: str, sentence: str, link_text: str) -> Art:
        return (title, [sentence], link_text)

    locked = make_pdf(
        [
            ["INSEE - La consommation des menages en 2025"],
            ["Foreword", "Household consumption grew moderately."],
            ["Key results", "Household consumption rose 0,8 % in volume."],
        ],
        password="insee2026",
    )
    html404 = (
        b"<!DOCTYPE html><html><head><title>404 - Page introuvable</title></head><body>"
        b"<h1>Page introuvable</h1><p>La page que vous recherchez n'existe pas ou a "
        b"\xc3\xa9t\xc3\xa9 d\xc3\xa9plac\xc3\xa9e.</p></body></html>"
    )
    html500 = (
        b"<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body>"
        b"<h1>Internal Server Error</h1><p>The server encountered an unexpected condition."
        b"</p></body></html>"
    )
    wall = (
        b"<!DOCTYPE html><html><head><title>Access Denied</title></head><body>"
        b"<h1>" + WALL + b" to access this resource.</h1>"
        b"<p>Reference #18.4c2f1d17.1760000000.2b9e1a</p></body></html>"
    )
    return [
        _one(
            kind,
            48,
            "insee-conso-locked",
            Source("application/pdf", locked),
            art(
                "French household spending rises 0.8%",
                "Household consumption in France rose 0.8 per cent in volume in 2025, @@ shows.",
                "INSEE's annual report",
            ),
            readable=False,
        ),
        _one(
            kind,
            49,
            "ansd-enes-scan",
            Source("application/pdf", blank_pdf(3)),
            art(
                "Senegal's unemployment rate at 20.3%",
                "Senegal's unemployment rate stood at 20.3 per cent in the fourth quarter, "
                "according to @@.",
                "the ANSD employment survey",
            ),
            readable=False,
        ),
        _one(
            kind,
            50,
            "knbs-tea-404",
            Source("text/plain; charset=utf-8", b"404 Not Found\n", status=404),
            art(
                "Kenya's tea output tops 570,000 tonnes",
                "Kenya produced more than 570,000 tonnes of tea in 2025, @@ shows.",
                "KNBS's Economic Survey",
            ),
            readable=False,
        ),
        _one(
            kind,
            51,
            "isq-immigration-404",
            Source("text/html; charset=utf-8", html404, status=404),
            art(
                "Quebec welcomed 59,000 permanent immigrants",
                "Quebec admitted about 59,000 permanent immigrants in 2025, @@ shows.",
                "the Institut de la statistique du Québec",
            ),
            readable=False,
        ),
        _one(
            kind,
            52,
            "capmas-remit-500",
            Source("text/plain; charset=utf-8", b"500 Internal Server Error\n", status=500),
            art(
                "Egyptians abroad sent home $36.5bn",
                "Remittances from Egyptians working abroad reached $36.5 billion in FY2024/25, "
                "@@ said.",
                "official figures",
            ),
            readable=False,
        ),
        _one(
            kind,
            53,
            "gastat-gdp-500",
            Source("text/html; charset=utf-8", html500, status=500),
            art(
                "Saudi economy grows 4.5% in second quarter",
                "Saudi Arabia's real GDP grew 4.5 per cent year on year in the second quarter, "
                "led by non-oil activities, @@ showed.",
                "GASTAT's flash estimate",
            ),
            readable=False,
        ),
        _one(
            kind,
            54,
            "nbs-labour-empty",
            Source("text/html; charset=utf-8", b""),
            art(
                "Nigeria's unemployment rate at 4.3%",
                "Nigeria's unemployment rate was 4.3 per cent in the second quarter, @@ said.",
                "the NBS labour force survey",
            ),
            readable=False,
        ),
        _one(
            kind,
            55,
            "statec-lits-denied",
            Source("text/html; charset=utf-8", wall),
            art(
                "Luxembourg has 2,600 hospital beds",
                "Luxembourg's hospitals had about 2,600 acute-care beds in 2025, @@ shows.",
                "STATEC's yearbook",
            ),
            readable=False,
        ),
        _one(
            kind,
            56,
            "oc-mre-png",
            Source("image/png", _png()),
            art(
                "Remittances to Morocco hit Dh9.8bn in January",
                "Moroccans abroad sent home MAD 9.8 billion in January, @@ shows.",
                "the foreign exchange office's monthly chart",
            ),
            readable=False,
        ),
    ]


def blind12_cases() -> list[Case]:
    """Every case of the twelfth blind set, in a fixed order."""
    return [
        *_press_releases(),
        *_html_tables(),
        *_pdf_reports(),
        *_text_sources(),
        *_long_pages(),
        *_notation(),
        *_rounding(),
        *_other_subject(),
        *_two_periods(),
        *_figure_absent(),
        *_spelled_out(),
        *_unreadable(),
    ]
