"""A sixteenth blind held-out set for the gate-quality bench (issue 10, "Measured, not assumed").

Written from the product's spec ("Check figures against the sources newsrooms actually cite")
and from how local and regional news reaches a city paper worldwide: city and county budgets
(Tucson, Madrid, Cebu City, Pune's and Mumbai's municipal corporations, Edinburgh), police
crime statistics (Toronto, Police Scotland), fire and ambulance response times (Bristol,
Houston, Ambulance Victoria), housing permits and median prices (Vancouver, Brisbane, Porto
Alegre, the City of Melbourne), school district enrolment and exam results (Los Angeles
Unified, the Western Cape's matric districts, Davao City), local elections (Cork's electoral
areas, turnout in Kerry), public transport ridership (Auckland, Dublin Bus, Chicago's CTA,
Calgary Transit), hospital trusts and trolley counts (Greater Manchester, Limerick), weather
records (Dublin Airport, Adelaide), sports clubs' crowds and finances (an invented Ballarat
football club), universities' admissions and enrolment (Manitoba), municipal tax collections
(Quezon City), local indicators (eThekwini) and city halls writing in Spanish and Portuguese
(Madrid, Porto Alegre, Lisbon, Bogotá). Not from the checker's code and not from the other
sets' case texts. Nobody tunes on it: it exists so the checker's figure is an honest one.
Institutions are real names with invented figures; the football club is invented.

Styles are US dollars and fiscal years ("fiscal 2026", "FY2026"), pounds and "£21.6m", euros,
Canadian dollars ("C$", values in C$ thousands in a CSV), Australian and NZ dollars, rand,
Philippine pesos ("₱24.6 billion", "P14.8-billion", "PHP 14,812,560,000"), Indian rupees in
crore and "Rs" ("Rs 6,198.4 crore", "₹12,618 crore"), Spanish and Portuguese city halls with
decimal commas and dot thousands ("6.482,3 millones de euros", "1.284 alvarás", "6,3%",
"R$ 7.912", "mil"), minutes and seconds ("7 min 42 s"), millimetres and °C, percentages and
per cent, school years, quarters named by their last month ("the March quarter"). Many
articles cite two figures in one sentence (a level and its change, two periods), some three;
figures sit in headlines, behind hedges ("nearly", "more than", "about", "just under",
"almost"), in words ("nine days", "one in four", "more than two-thirds") and as derived
figures a copy editor would accept ("five of the seven seats" from three and two).

Sources are three-line HTML releases (some in Spanish or Portuguese), HTML tables (merged
header cells, units only in a caption or a header row, totals rows, footnote markers, "n/a",
"–" and ".." cells, one transposed with months as rows), real multi-page PDF reports made with
fpdf2 (page two a foreword, page three key results, a figure on a later page or only in a
table page), CSV served as text/csv and as text/plain under title lines, a plain-text monthly
weather bulletin, a JSON answer from a transit agency's open-data API, an RSS feed of a
council's media releases, a chart whose figures are only in its <figcaption>, a <dl> of city
indicators, and long pages (2,000+ words: a budget statement, a club's annual review, a
state-of-the-city address) where the article's number also appears about something else.

A *planted* case's article gives a figure a careful copy editor would stop: another value
(transposed digits), a scale misread (million for billion, lakh-style or decimal-comma slips:
"6.482,3 millones" as €648.2m), a figure the source gives only for another subject, row or
period (last year's column for this year's level, the quarter before as the year before, the
next month's row, the neighbouring district, the 90th percentile as the median, the total's
change given to rail), a figure the source lacks, a hedge the source does not bear out ("more
than 1,300" for 1,284, "more than a fifth" for 18.8 per cent, "more than half" for 12 of 28),
a spelled-out share or count that does not hold, or a rounding too far (52.37 per cent as 53,
$1,048,500 as $1.1 million). A *clean* case's source is readable and supports the article as a
copy editor would accept it: rounding, notation variants, hedges that hold, spelled-out shares
and derived counts that hold, the right row of a long table. Unreadable sources (a
password-locked and an image-only PDF, 404 and 500 pages with HTML and plain-text bodies, an
empty 200, and a security-check wall served with 200) confirm nothing and so must escalate by
default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind16".
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

WALL = b"Please complete the security check to access"


@dataclass(frozen=True)
class Blind16Case(Case):
    """A case of this set: its split is "blind16" whatever its topic number."""

    @property
    def split(self) -> str:
        return "blind16"


# Number-free paragraphs that pad the articles the way a city desk's copy does.
_PADDING = (
    "Councillors are expected to debate the figures at their next full meeting, and a "
    "spokesperson said residents could put questions to officials before then.",
    "Community groups said the numbers told only part of the story and asked for a breakdown "
    "by neighbourhood to be published alongside them.",
    "The opposition leader on the council said the administration had been slow to act and "
    "called for an independent review.",
    "Local business owners said they had noticed the change but warned that costs remained "
    "stubbornly high for small shops and cafés.",
    "Officials cautioned that the data are provisional and may be revised once late returns "
    "from outlying areas have been processed.",
    "Residents who spoke to this newspaper were divided, with several saying the change had "
    "not yet made a difference to their daily lives.",
)


def _article(name: str, title: str, paragraphs: list[str], link_text: str) -> str:
    """An article page; the paragraph holding ``@@`` carries the one link to the source."""
    link = f'<a href="/sources/{name}">{link_text}</a>'
    body = "".join(f"<p>{p.replace('@@', link)}</p>" for p in paragraphs)
    start = zlib.crc32(name.encode()) % len(_PADDING)
    pad = "".join(f"<p>{_PADDING[(start + i) % len(_PADDING)]}</p>" for i in range(2))
    return (
        f"<html><head><title>{title}</title></head><body>"
        f'<header><nav><a href="/">Home</a> | <a href="/local">Local</a></nav></header>'
        f"<article><h1>{title}</h1>{body}{pad}</article>"
        f"<footer>© The City Desk</footer></body></html>"
    )


def _html(body: str, title: str = "Media release") -> Source:
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
        [title, "Annual report", "Published November 2026"],
        ["Foreword", *foreword],
        ["Key results", *key],
        *later,
    ]
    while len(pages) + len(tables) < 5:
        pages.append(["Notes", "Figures are compiled from the council's administrative records."])
    return Source("application/pdf", make_pdf(pages, tables=tables))


_LONG = (
    "Over the past year the city has continued to face pressures that are familiar to every "
    "local authority, from rising costs to growing demand for the services residents rely on.",
    "We have listened carefully to what people told us in the consultation, and the plan that "
    "follows reflects many of the suggestions made at public meetings and online.",
    "Our priority remains to protect the front-line services that matter most, while finding "
    "savings in the back office and in the way we buy goods and services.",
    "Partners in the voluntary sector have played a vital role, and we are grateful to the "
    "volunteers who gave their time in libraries, parks and community centres.",
    "The coming year will bring difficult choices, and we will set them out openly so that "
    "residents can judge whether we have made the right ones.",
    "Members of every party have contributed to the scrutiny of these proposals, and several "
    "changes were made as a result of their questions in committee.",
    "We will keep working with the national government to secure a fairer settlement that "
    "reflects the real needs of a growing and changing population.",
    "Staff across the organisation have shown remarkable commitment, often in difficult "
    "circumstances, and their work deserves to be recognised.",
)


def _long(title: str, inserts: list[str], heading: str) -> Source:
    """A long page (2,000+ words) with the given paragraphs spread among number-free ones."""
    paragraphs: list[str] = []
    per = 60 // (len(inserts) + 1)
    for i in range(60):
        paragraphs.append(_LONG[i % len(_LONG)] + " " + _LONG[(i * 3 + 1) % len(_LONG)])
        if (i + 1) % per == 0 and (i + 1) // per <= len(inserts):
            paragraphs.append(inserts[(i + 1) // per - 1])
    body = f"<h1>{heading}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    return _html(body, title)


def _table(caption: str, head: str, rows: list[list[str]]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><caption>{caption}</caption><thead>{head}</thead><tbody>{body}</tbody></table>"


@dataclass(frozen=True)
class _Side:
    title: str
    paragraphs: list[str]
    link: str


def _pair(
    kind: str, topic: int, slug: str, source: Source, clean: _Side, planted: _Side
) -> list[Case]:
    out: list[Case] = []
    for is_planted, side in ((False, clean), (True, planted)):
        name = f"b16-{slug}-{'planted' if is_planted else 'clean'}"
        out.append(
            Blind16Case(
                name,
                kind,
                topic,
                is_planted,
                _article(name, side.title, side.paragraphs, side.link),
                source,
            )
        )
    return out


def _press_release() -> list[Case]:
    out: list[Case] = []
    tucson = _html(
        "<h2>Mayor and Council adopt FY2026 budget</h2>"
        "<p>TUCSON, Ariz. — The Mayor and Council on Tuesday adopted the City's budget for "
        "fiscal year 2026, totaling $2.18 billion, an increase of 3.4% over the FY2025 adopted "
        "budget of $2.11 billion.</p>"
        "<p>The General Fund, which pays for police, fire, parks and most day-to-day services, "
        "is $732.5 million. Media contact: Office of Communications.</p>",
        "City of Tucson news",
    )
    out += _pair(
        "press release",
        0,
        "tucson-budget",
        tucson,
        _Side(
            "Tucson adopts $2.2bn budget",
            [
                "Tucson's Mayor and Council adopted a $2.18 billion budget for fiscal 2026, up 3.4 "
                "percent from this year's, with about $733 million in the general fund, @@ said.",
                "Council members said the plan kept library hours unchanged.",
            ],
            "the city",
        ),
        _Side(
            "Tucson adopts $2.2bn budget",
            [
                "Tucson's Mayor and Council adopted a $2.18 billion budget for fiscal 2026, up 4.3 "
                "percent from this year's, @@ said.",
                "Council members said the plan kept library hours unchanged.",
            ],
            "the city",
        ),
    )
    bristol = _html(
        "<p><b>Faster response to fires in Bristol</b></p>"
        "<p>Avon Fire &amp; Rescue Service crews reached primary fires in Bristol in an average "
        "of 7 min 42 s in 2025/26, compared with 8 min 5 s in 2024/25.</p>"
        "<p>Crews attended 1,284 primary fires in the city during the year. Ends.</p>",
    )
    out += _pair(
        "press release",
        1,
        "bristol-fire",
        bristol,
        _Side(
            "Fire crews quicker to reach Bristol blazes",
            [
                "Firefighters reached primary fires in Bristol in an average of 7 minutes 42 "
                "seconds in 2025/26, down from 8 minutes 5 seconds, and attended 1,284 such fires, "
                "according to @@.",
            ],
            "Avon Fire & Rescue Service",
        ),
        _Side(
            "Fire crews quicker to reach Bristol blazes",
            [
                "Firefighters reached primary fires in Bristol in an average of 7 minutes 42 "
                "seconds in 2025/26 and attended more than 1,300 such fires, according to @@.",
            ],
            "Avon Fire & Rescue Service",
        ),
    )
    quezon = _html(
        "<h3>QC local tax collection hits record</h3>"
        "<p>Quezon City collected ₱24.6 billion in local taxes in 2025, 11.2 percent more than "
        "the ₱22.1 billion collected in 2024, the City Treasurer's Office reported.</p>"
        "<p>Real property tax accounted for ₱9.8 billion of the total.</p>",
        "Quezon City Government",
    )
    out += _pair(
        "press release",
        2,
        "quezon-tax",
        quezon,
        _Side(
            "QC tax take up 11% to ₱24.6B",
            [
                "Quezon City collected ₱24.6 billion in local taxes in 2025, up 11.2 percent from "
                "2024, with real property tax bringing in ₱9.8 billion, @@ said.",
            ],
            "the city government",
        ),
        _Side(
            "QC tax take up 11% to ₱24.6B",
            [
                "Quezon City collected ₱24.6 billion in local taxes in 2025, up 11.2 percent from "
                "2024, with real property tax bringing in ₱9.8 million, @@ said.",
            ],
            "the city government",
        ),
    )
    auckland = _html(
        "<p>Public transport boardings in Auckland reached 91.4 million in the year to June "
        "2026, up 8.7% on the previous year.</p>"
        "<p>Rail boardings were 22.3 million. Ferry boardings were 6.1 million.</p>",
        "Auckland Transport news",
    )
    out += _pair(
        "press release",
        3,
        "auckland-boardings",
        auckland,
        _Side(
            "Auckland public transport use up nearly 9%",
            [
                "Aucklanders made 91.4 million trips on buses, trains and ferries in the year to "
                "June, up 8.7% on the year before, and trains carried 22.3 million of them, "
                "according to @@.",
            ],
            "Auckland Transport",
        ),
        _Side(
            "Auckland rail boardings up nearly 9%",
            [
                "Rail boardings in Auckland rose 8.7% to 22.3 million in the year to June, "
                "according to @@.",
            ],
            "Auckland Transport",
        ),
    )
    return out


def _html_table() -> list[Case]:
    out: list[Case] = []
    toronto = _html(
        "<h1>Major Crime Indicators</h1>"
        + _table(
            "Reported occurrences, City of Toronto",
            "<tr><th rowspan=2>Offence</th><th colspan=2>Occurrences</th>"
            "<th rowspan=2>Change (%)</th></tr><tr><th>2024</th><th>2025</th></tr>",
            [
                ["Assault", "21,340", "22,015", "3.2"],
                ["Break and enter", "6,112", "5,480", "-10.3"],
                ["Auto theft", "12,205", "9,870", "-19.1"],
                ["Robbery", "2,950", "3,010", "2.0"],
                ["Theft over*", "1,402", "1,377", "-1.8"],
                ["Homicide", "84", "71", "-15.5"],
                ["Total", "44,093", "41,823", "-5.1"],
            ],
        )
        + "<p>* Theft of property valued over $5,000. Data are subject to change.</p>",
        "Toronto Police Service Public Safety Data",
    )
    out += _pair(
        "html table",
        10,
        "toronto-crime",
        toronto,
        _Side(
            "Auto thefts down 19% in Toronto",
            [
                "Car thefts in Toronto fell 19 per cent in 2025 to 9,870, while break-ins dropped "
                "to 5,480, @@ shows.",
            ],
            "police data",
        ),
        _Side(
            "Break-ins down 10% in Toronto",
            [
                "Break-and-enters in Toronto fell 10.3 per cent to 6,112 in 2025, @@ shows.",
            ],
            "police data",
        ),
    )
    cape = _html(
        "<h2>NSC results by education district</h2>"
        + _table(
            "Pass rate (%)",
            "<tr><th>District</th><th>2024</th><th>2025</th></tr>",
            [
                ["Metro Central", "85.9", "87.4"],
                ["Metro East", "80.7", "82.1"],
                ["Metro North", "84.2", "85.0"],
                ["Metro South", "76.2", "79.6"],
                ["Cape Winelands", "83.1", "84.3"],
                ["Eden and Central Karoo", "82.5", "83.8"],
                ["Overberg", "87.0", "86.9"],
                ["West Coast", "84.8", "85.7"],
                ["Western Cape", "83.0", "84.1"],
            ],
        ),
        "Western Cape Education Department",
    )
    out += _pair(
        "html table",
        11,
        "capetown-matric",
        cape,
        _Side(
            "Metro South matric pass rate climbs",
            [
                "Metro South's matric pass rate rose to 79.6 per cent in 2025 from 76.2 per cent, "
                "@@ shows, while the province as a whole reached 84.1 per cent.",
            ],
            "the education department",
        ),
        _Side(
            "Metro East matric pass rate tops 85%",
            [
                "Metro East's matric pass rate rose to 85.0 per cent in 2025, @@ shows, while the "
                "province as a whole reached 84.1 per cent.",
            ],
            "the education department",
        ),
    )
    dublin = _html(
        "<h2>Dublin Bus passenger journeys</h2>"
        + _table(
            "Millions of journeys",
            "<tr><th>Month</th><th>2025</th><th>2026</th></tr>",
            [
                ["January", "10.8", "11.2"],
                ["February", "11.0", "11.6"],
                ["March", "12.1", "12.9"],
                ["April", "11.9", "12.4"],
                ["May", "12.3", "13.1"],
                ["June", "11.7", "12.0"],
                ["July", "11.2", ".."],
            ],
        )
        + "<p>.. not yet available</p>",
        "National Transport Authority",
    )
    out += _pair(
        "html table",
        12,
        "dublin-bus",
        dublin,
        _Side(
            "Dublin Bus carries 13.1m in May",
            [
                "Dublin Bus carried 13.1 million passengers in May, up from 12.3 million a year "
                "earlier, @@ shows.",
            ],
            "National Transport Authority figures",
        ),
        _Side(
            "Dublin Bus carries 13.1m in June",
            [
                "Dublin Bus carried 13.1 million passengers in June, up from 11.7 million a year "
                "earlier, @@ shows.",
            ],
            "National Transport Authority figures",
        ),
    )
    manchester = _html(
        "<h2>A&amp;E attendances seen within four hours, March 2026</h2>"
        + _table(
            "Type 1 and all types, percentage of attendances",
            "<tr><th rowspan=2>Trust</th><th colspan=2>Within 4 hours</th></tr>"
            "<tr><th>Type 1</th><th>All types</th></tr>",
            [
                ["Manchester University NHS FT", "61.3", "71.8"],
                ["Northern Care Alliance NHS FT", "58.9", "69.4"],
                ["Stockport NHS FT", "55.2", "66.0"],
                ["Tameside and Glossop ICFT", "63.7", "76.4"],
                ["Wrightington, Wigan and Leigh NHS FT", "n/a", "74.9"],
                ["The Christie NHS FT¹", "–", "–"],
            ],
        )
        + "<p>¹ No type 1 department.</p>",
        "Greater Manchester urgent care",
    )
    out += _pair(
        "html table",
        13,
        "manchester-ae",
        manchester,
        _Side(
            "Almost 72% seen within four hours at MFT",
            [
                "Almost 72 per cent of patients at Manchester University NHS Foundation Trust's "
                "emergency departments were seen within four hours in March, @@ shows.",
            ],
            "NHS figures",
        ),
        _Side(
            "More than three-quarters seen within four hours at MFT",
            [
                "Some 76.4 per cent of patients at Manchester University NHS Foundation Trust's "
                "emergency departments were seen within four hours in March, @@ shows.",
            ],
            "NHS figures",
        ),
    )
    return out


def _pdf_report() -> list[Case]:
    out: list[Case] = []
    melbourne = _pdf(
        "City of Melbourne Development Activity Report 2025-26",
        [
            "The municipality continued to attract investment despite higher construction costs.",
            "This report sets out approvals, completions and the pipeline of projects.",
        ],
        [
            "Planning permits decided within statutory time: 78 per cent.",
            "Residential approvals remained strong in the CBD and Southbank.",
        ],
        [
            [
                "Building approvals",
                "In 2025-26 the City approved 6,215 new dwellings, with a combined construction "
                "value of $3.42 billion.",
                "In 2024-25, 5,804 dwellings were approved.",
            ]
        ],
    )
    out += _pair(
        "pdf report",
        20,
        "melbourne-approvals",
        melbourne,
        _Side(
            "City of Melbourne approves 6,215 homes",
            [
                "The City of Melbourne approved 6,215 new dwellings in 2025-26, worth $3.42 "
                "billion, according to @@.",
            ],
            "the council's development activity report",
        ),
        _Side(
            "City of Melbourne approves 6,512 homes",
            [
                "The City of Melbourne approved 6,512 new dwellings in 2025-26, worth $3.42 "
                "billion, according to @@.",
            ],
            "the council's development activity report",
        ),
    )
    pune = _pdf(
        "Pune Municipal Corporation Budget 2026-27",
        [
            "The Commissioner presents the budget estimates for the coming financial year.",
            "Emphasis is on water supply, roads and the solid waste programme.",
        ],
        [
            "Total budget size increases over the revised estimates of last year.",
            "Capital works are given the largest share since the corporation was formed.",
        ],
        [["Abstract", "Figures in Rs crore. RE = revised estimates; BE = budget estimates."]],
        [
            ["Head", "RE 2025-26", "BE 2026-27"],
            ["Revenue expenditure", "7,388", "7,748"],
            ["Capital expenditure", "4,213", "4,870"],
            ["Total", "11,601", "12,618"],
        ],
    )
    out += _pair(
        "pdf report",
        21,
        "pune-budget",
        pune,
        _Side(
            "PMC presents ₹12,618-crore budget",
            [
                "Pune's civic body presented a ₹12,618-crore budget for 2026-27, with capital "
                "spending of ₹4,870 crore, @@ shows.",
            ],
            "the budget document",
        ),
        _Side(
            "PMC presents ₹12,618-crore budget",
            [
                "Pune's civic body presented a ₹12,618-crore budget for 2026-27, with capital "
                "spending of more than ₹5,000 crore, @@ shows.",
            ],
            "the budget document",
        ),
    )
    manitoba = _pdf(
        "University of Manitoba Enrolment Report Fall 2025",
        [
            "This report presents headcount enrolment as of the November census date.",
            "Counts include students in all faculties and colleges.",
        ],
        [
            "Total enrolment grew for the third year in a row.",
            "International enrolment declined after federal study permit caps.",
        ],
        [["Enrolment by student type", "See the table that follows."]],
        [
            ["Student type", "Fall 2024", "Fall 2025", "Change"],
            ["Domestic", "25,025", "26,270", "5.0%"],
            ["International", "5,657", "5,210", "-7.9%"],
            ["Total headcount", "30,682", "31,480", "2.6%"],
        ],
    )
    out += _pair(
        "pdf report",
        22,
        "manitoba-enrolment",
        manitoba,
        _Side(
            "U of M enrolment up 2.6 per cent",
            [
                "Enrolment at the University of Manitoba rose 2.6 per cent to 31,480 this fall, "
                "though international enrolment fell 7.9 per cent to 5,210, according to @@.",
            ],
            "the university's enrolment report",
        ),
        _Side(
            "U of M enrolment up 2.6 per cent",
            [
                "Enrolment at the University of Manitoba rose to 31,480 this fall, though "
                "international enrolment fell to 5,210 from 5,980, according to @@.",
            ],
            "the university's enrolment report",
        ),
    )
    return out


def _text_or_csv() -> list[Case]:
    out: list[Case] = []
    houston = Source(
        "text/csv; charset=utf-8",
        (
            b"month,ems_calls,median_response_min,p90_response_min\n"
            b'2026-07,"28,104",8.1,12.9\n'
            b'2026-08,"28,340",8.3,13.2\n'
            b'2026-09,"27,512",8.4,13.6\n'
        ),
    )
    out += _pair(
        "text or csv",
        30,
        "houston-ems",
        houston,
        _Side(
            "Houston ambulances' median response 8.4 minutes",
            [
                "Houston Fire Department ambulances reached emergency calls in a median of 8.4 "
                "minutes in September, on 27,512 calls, @@ shows.",
            ],
            "the department's response data",
        ),
        _Side(
            "Houston ambulances' median response 13.6 minutes",
            [
                "Houston Fire Department ambulances reached emergency calls in a median of 13.6 "
                "minutes in September, on 27,512 calls, @@ shows.",
            ],
            "the department's response data",
        ),
    )
    vancouver = Source(
        "text/plain; charset=utf-8",
        (
            b"City of Vancouver - Building permits issued, January to June 2026\n"
            b"Value in C$ thousands\n"
            b"\n"
            b"Permit type,Permits,Value\n"
            b"New residential buildings,1146,2912450\n"
            b"Residential alterations,2387,418920\n"
            b"New commercial buildings,84,611300\n"
            b"Total,3617,3942670\n"
        ),
    )
    out += _pair(
        "text or csv",
        31,
        "vancouver-permits",
        vancouver,
        _Side(
            "Vancouver issues 1,146 new-home permits",
            [
                "Vancouver issued 1,146 permits for new residential buildings in the first half "
                "of 2026, worth about C$2.9 billion, @@ shows.",
            ],
            "city data",
        ),
        _Side(
            "Vancouver issues 1,146 new-home permits",
            [
                "Vancouver issued 1,146 permits for new residential buildings in the first half "
                "of 2026, worth about C$291 million, @@ shows.",
            ],
            "city data",
        ),
    )
    dublin = Source(
        "text/plain; charset=utf-8",
        (
            b"MET EIREANN  MONTHLY WEATHER BULLETIN  JULY 2026\n"
            b"\n"
            b"STATION          RAIN(mm)  %LTA  MEAN TEMP(C)  MAX(C)  DATE\n"
            b"Dublin Airport     112.4    203      16.1       28.7    18th\n"
            b"Casement           98.7     181      16.4       29.3    18th\n"
            b"Cork Airport       121.4    148      15.2       24.1    19th\n"
            b"Shannon Airport    103.9    136      15.9       26.0    18th\n"
        ),
    )
    out += _pair(
        "text or csv",
        32,
        "dublin-rain",
        dublin,
        _Side(
            "Dublin Airport has twice its usual July rain",
            [
                "Dublin Airport recorded 112.4mm of rain in July, roughly double its long-term "
                "average, and a high of 28.7C on the 18th, @@ said.",
            ],
            "Met Éireann",
        ),
        _Side(
            "Dublin Airport has twice its usual July rain",
            [
                "Dublin Airport recorded 121.4mm of rain in July, roughly double its long-term "
                "average, @@ said.",
            ],
            "Met Éireann",
        ),
    )
    cta = Source(
        "application/json",
        json.dumps(
            {
                "dataset": "cta_ridership_monthly",
                "rows": [
                    {"month": "2026-03", "rail_boardings": 9185400, "bus_boardings": 14902100},
                    {"month": "2026-04", "rail_boardings": 9412600, "bus_boardings": 15208300},
                ],
            }
        ).encode(),
    )
    out += _pair(
        "text or csv",
        33,
        "cta-ridership",
        cta,
        _Side(
            "CTA buses carry 15.2 million in April",
            [
                "CTA buses carried about 15.2 million riders in April and trains 9.4 million, "
                "according to @@.",
            ],
            "the agency's ridership data",
        ),
        _Side(
            "CTA trains carry 15.2 million in April",
            [
                "CTA trains carried about 15.2 million riders in April and buses 9.4 million, "
                "according to @@.",
            ],
            "the agency's ridership data",
        ),
    )
    return out


def _long_page() -> list[Case]:
    out: list[Case] = []
    edinburgh = _long(
        "Budget statement 2026/27",
        [
            "We will invest £21.6 million in road and pavement repairs next year, the largest "
            "sum the council has ever committed to the city's streets.",
            "Band D council tax will rise by 8 per cent, which remains below the Scottish "
            "average for the coming year.",
            "The school estate programme receives £14.2 million, and a further £21.6 million "
            "was drawn down for the tram extension study over the past decade.",
            "A new fund of £14.2 million over three years will support community centres.",
        ],
        "City of Edinburgh Council: Budget statement by the Council Leader",
    )
    out += _pair(
        "long page",
        40,
        "edinburgh-roads",
        edinburgh,
        _Side(
            "Edinburgh to spend £21.6m on roads",
            [
                "Edinburgh will spend £21.6m on roads and pavements next year and raise council "
                "tax by 8 per cent, according to @@.",
            ],
            "the council leader's budget statement",
        ),
        _Side(
            "Edinburgh to spend £14.2m on roads",
            [
                "Edinburgh will spend £14.2m on roads and pavements next year, according to @@.",
            ],
            "the council leader's budget statement",
        ),
    )
    ballarat = _long(
        "Ballarat Rovers FC Annual Review 2026",
        [
            "Average home attendance rose to 8,412 this season from 7,905 last season, our best "
            "crowds since the ground was redeveloped.",
            "Membership reached 8,940, and more than a thousand juniors joined the pathway.",
            "Total revenue was $12.6 million and the club recorded an operating loss of $1.1 "
            "million after investing in the women's program.",
            "The record crowd of 8,412 at the junior carnival in March was a highlight.",
        ],
        "Ballarat Rovers Football Club: President's review of the season",
    )
    out += _pair(
        "long page",
        41,
        "ballarat-crowds",
        ballarat,
        _Side(
            "Rovers crowds up to 8,412",
            [
                "Average home crowds at Ballarat Rovers rose to 8,412 this season from 7,905, "
                "while the club lost $1.1 million on revenue of $12.6 million, @@ shows.",
            ],
            "the club's annual review",
        ),
        _Side(
            "Rovers crowds up to 8,940",
            [
                "Average home crowds at Ballarat Rovers rose to 8,940 this season, @@ shows.",
            ],
            "the club's annual review",
        ),
    )
    joburg = _long(
        "State of the City Address 2026",
        [
            "Our road agency resurfaced 412 kilometres of roads in 2025/26, well ahead of the "
            "target we set ourselves.",
            "We installed 214 new CCTV cameras in the inner city and along our main corridors.",
            "City Power connected 12,480 households in informal settlements to the grid.",
            "More than 412 metro police officers graduated from the academy this year.",
        ],
        "City of Johannesburg: State of the City Address by the Executive Mayor",
    )
    out += _pair(
        "long page",
        42,
        "joburg-roads",
        joburg,
        _Side(
            "Joburg resurfaced 412km of roads, mayor says",
            [
                "Johannesburg resurfaced 412km of roads in 2025/26 and installed 214 new CCTV "
                "cameras, the mayor said in @@.",
            ],
            "his state of the city address",
        ),
        _Side(
            "Joburg resurfaced 214km of roads, mayor says",
            [
                "Johannesburg resurfaced 214km of roads in 2025/26, the mayor said in @@.",
            ],
            "his state of the city address",
        ),
    )
    return out


def _notation() -> list[Case]:
    out: list[Case] = []
    madrid = _html(
        "<h1>El Pleno aprueba los presupuestos de 2026</h1>"
        "<p>El presupuesto consolidado del Ayuntamiento de Madrid para 2026 asciende a "
        "6.482,3 millones de euros, un 4,1% más que el del ejercicio anterior.</p>"
        "<p>La inversión alcanza los 812,6 millones de euros.</p>",
        "Ayuntamiento de Madrid - Sala de prensa",
    )
    out += _pair(
        "notation",
        50,
        "madrid-budget",
        madrid,
        _Side(
            "Madrid approves €6.5bn budget",
            [
                "Madrid's city council approved a €6.48 billion budget for 2026, 4.1% more than "
                "this year's, with investment of €812.6m, according to @@.",
            ],
            "the city hall",
        ),
        _Side(
            "Madrid approves budget",
            [
                "Madrid's city council approved a €648.2 million budget for 2026, 4.1% more than "
                "this year's, according to @@.",
            ],
            "the city hall",
        ),
    )
    porto = _html(
        "<h2>Licenciamento cresce em 2025</h2>"
        "<p>A Prefeitura de Porto Alegre emitiu 1.284 alvarás de construção em 2025, alta de "
        "6,3% sobre 2024.</p>"
        "<p>O preço mediano do metro quadrado residencial chegou a R$ 7.912.</p>",
        "Prefeitura de Porto Alegre",
    )
    out += _pair(
        "notation",
        51,
        "portoalegre-permits",
        porto,
        _Side(
            "Porto Alegre building permits up 6.3%",
            [
                "Porto Alegre issued 1,284 building permits in 2025, up 6.3 per cent, and the "
                "median price of a square metre of housing reached R$7,912, @@ said.",
            ],
            "the city hall",
        ),
        _Side(
            "Porto Alegre building permits up 6.3%",
            [
                "Porto Alegre issued 1,284 building permits in 2025, up 6.3 per cent, and the "
                "median price of a square metre of housing reached R$9,712, @@ said.",
            ],
            "the city hall",
        ),
    )
    bmc = _html(
        "<p>BMC property tax collection for 2025-26 stood at Rs 6,198.4 crore against a target "
        "of Rs 6,200 crore, the Assessment and Collection Department said.</p>"
        "<p>Collection in 2024-25 was Rs 5,571.2 crore.</p>",
        "Brihanmumbai Municipal Corporation",
    )
    out += _pair(
        "notation",
        52,
        "bmc-property-tax",
        bmc,
        _Side(
            "BMC collects nearly ₹62 billion in property tax",
            [
                "The Brihanmumbai Municipal Corporation collected ₹61.98 billion in property tax "
                "in 2025-26, just short of its ₹62-billion target, @@ said.",
            ],
            "the civic body",
        ),
        _Side(
            "BMC collects ₹620 billion in property tax",
            [
                "The Brihanmumbai Municipal Corporation collected Rs 619.8 billion in property "
                "tax in 2025-26, @@ said.",
            ],
            "the civic body",
        ),
    )
    cebu = _html(
        "<p>The Sangguniang Panlungsod approved on third reading the 2026 Annual Budget of "
        "Cebu City in the amount of PHP 14,812,560,000.</p>"
        "<p>Of this, PHP 3,204,000,000 is for the 20% development fund and other capital "
        "outlays.</p>",
        "Cebu City News and Information",
    )
    out += _pair(
        "notation",
        53,
        "cebu-budget",
        cebu,
        _Side(
            "Cebu City council passes P14.8-billion budget",
            [
                "The Cebu City Council passed a P14.8-billion budget for 2026, setting aside "
                "P3.2 billion for development and capital outlays, according to @@.",
            ],
            "City Hall",
        ),
        _Side(
            "Cebu City council passes P1.48-billion budget",
            [
                "The Cebu City Council passed a P1.48-billion budget for 2026, according to @@.",
            ],
            "City Hall",
        ),
    )
    return out


def _rounding() -> list[Case]:
    out: list[Case] = []
    wellington = _html(
        "<p>Council has adopted its 2026/27 Annual Plan. The average residential rates increase "
        "is 16.4%, after operating savings of $11.8 million.</p>"
        "<p>Total rates revenue will be $1,021.7 million.</p>",
        "Wellington City Council",
    )
    out += _pair(
        "rounding",
        60,
        "wellington-rates",
        wellington,
        _Side(
            "Wellington rates to rise about 16%",
            [
                "Wellington homeowners face an average rates rise of about 16 per cent, with the "
                "council collecting just over $1 billion in rates, @@ shows.",
            ],
            "the council's annual plan",
        ),
        _Side(
            "Wellington rates to rise 17%",
            [
                "Wellington homeowners face an average rates rise of 17 per cent, @@ shows.",
            ],
            "the council's annual plan",
        ),
    )
    brisbane = _html(
        "<table><tr><th>Brisbane LGA, houses</th><th>March qtr 2026</th><th>Annual change</th>"
        "</tr><tr><td>Median sale price</td><td>$1,048,500</td><td>7.8%</td></tr>"
        "<tr><td>Sales volume</td><td>2,914</td><td>-3.1%</td></tr></table>",
        "Queensland median house prices",
    )
    out += _pair(
        "rounding",
        61,
        "brisbane-median",
        brisbane,
        _Side(
            "Brisbane median house price about $1.05m",
            [
                "Brisbane's median house price is now about $1.05 million, up almost 8 per cent "
                "on a year earlier, @@ shows.",
            ],
            "industry data",
        ),
        _Side(
            "Brisbane median house price hits $1.1m",
            [
                "Brisbane's median house price has reached $1.1 million, up almost 8 per cent "
                "on a year earlier, @@ shows.",
            ],
            "industry data",
        ),
    )
    kerry = _html(
        "<h2>Local Elections 2026 - Kerry County Council</h2>"
        "<p>Electorate 118,402. Total poll 62,007. Turnout 52.37%. Spoiled votes 612.</p>",
        "Kerry County Council",
    )
    out += _pair(
        "rounding",
        62,
        "kerry-turnout",
        kerry,
        _Side(
            "Turnout just over half in Kerry",
            [
                "Turnout in the Kerry County Council election was 52.4 per cent, with just over "
                "62,000 votes cast, @@ shows.",
            ],
            "the returning officer's figures",
        ),
        _Side(
            "Turnout 53% in Kerry",
            [
                "Turnout in the Kerry County Council election was 53 per cent, @@ shows.",
            ],
            "the returning officer's figures",
        ),
    )
    return out


def _other_subject() -> list[Case]:
    out: list[Case] = []
    items = [
        (
            "Parramatta libraries record 1.2 million visits",
            "Visits to Parramatta's libraries reached 1.2 million in 2025-26, the most ever.",
        ),
        (
            "Aquatic centre welcomes 410,000 swimmers",
            "Parramatta Aquatic Centre recorded 410,000 visits in its second year of operation.",
        ),
        (
            "Council approves 1,930 new dwellings",
            "Council determined applications for 1,930 new dwellings in the year to June.",
        ),
    ]
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>City of Parramatta - Media releases</title>"
        + "".join(
            f"<item><title>{t}</title><description>{d}</description></item>" for t, d in items
        )
        + "</channel></rss>"
    )
    out += _pair(
        "other subject",
        70,
        "parramatta-feed",
        Source("application/rss+xml", rss.encode()),
        _Side(
            "Parramatta pool draws 410,000",
            [
                "Parramatta's aquatic centre recorded 410,000 visits in its second year, @@ "
                "shows, while the city's libraries had 1.2 million.",
            ],
            "the council's media releases",
        ),
        _Side(
            "Parramatta pool draws 1.2 million",
            [
                "Parramatta's aquatic centre recorded 1.2 million visits in 2025-26, @@ shows.",
            ],
            "the council's media releases",
        ),
    )
    calgary = _html(
        "<h2>Calgary Transit 2025 annual ridership</h2>"
        '<figure><img src="ridership.png" alt="Chart"><figcaption>Figure 3: Total boardings '
        "in 2025 were 118.4 million, of which CTrain accounted for 52.1 million.</figcaption>"
        "</figure><p>See the open data portal for route-level figures.</p>",
        "Calgary Transit",
    )
    out += _pair(
        "other subject",
        71,
        "calgary-transit",
        calgary,
        _Side(
            "CTrain boardings hit 52.1 million",
            [
                "CTrain boardings reached 52.1 million in 2025, out of 118.4 million on the "
                "whole Calgary Transit system, @@ shows.",
            ],
            "Calgary Transit's annual figures",
        ),
        _Side(
            "Calgary bus boardings hit 52.1 million",
            [
                "Calgary's buses recorded 52.1 million boardings in 2025, @@ shows.",
            ],
            "Calgary Transit's annual figures",
        ),
    )
    durban = _html(
        "<h2>eThekwini at a glance</h2><dl>"
        "<dt>Unemployment rate (expanded definition)</dt><dd>31.4%</dd>"
        "<dt>Households with piped water inside dwelling or yard</dt><dd>89.2%</dd>"
        "<dt>Households with electricity for lighting</dt><dd>91.6%</dd>"
        "<dt>Households with weekly refuse removal</dt><dd>78.3%</dd>"
        "</dl><p>Source: community survey, 2025.</p>",
        "eThekwini Municipality",
    )
    out += _pair(
        "other subject",
        72,
        "ethekwini-services",
        durban,
        _Side(
            "Nine in ten Durban homes have electricity",
            [
                "More than nine in ten households in eThekwini have electricity for lighting and "
                "89.2 per cent have piped water, @@ shows.",
            ],
            "the municipality's figures",
        ),
        _Side(
            "Most Durban homes have electricity",
            [
                "Some 89.2 per cent of households in eThekwini have electricity for lighting, "
                "@@ shows.",
            ],
            "the municipality's figures",
        ),
    )
    return out


def _two_periods() -> list[Case]:
    out: list[Case] = []
    scotland = _html(
        "<p>Recorded crime in Scotland 2025-26</p>"
        "<p>There were 298,410 crimes recorded by Police Scotland in 2025-26, up 2% from "
        "291,870 in 2024-25.</p><p>Further tables accompany this release.</p>",
        "Scottish Government statistics",
    )
    out += _pair(
        "two periods",
        80,
        "scotland-crime",
        scotland,
        _Side(
            "Recorded crime up 2% in Scotland",
            [
                "Crimes recorded by Police Scotland rose to 298,410 in 2025-26 from 291,870 the "
                "year before, @@ shows.",
            ],
            "official statistics",
        ),
        _Side(
            "Recorded crime up 2% in Scotland",
            [
                "Police Scotland recorded 291,870 crimes in 2025-26, up 2 per cent on the year "
                "before, @@ shows.",
            ],
            "official statistics",
        ),
    )
    victoria = _html(
        "<h2>Ambulance Victoria performance</h2>"
        + _table(
            "Code 1 incidents responded to within 15 minutes (%)",
            "<tr><th>Region</th><th>Jan-Mar 2025</th><th>Oct-Dec 2025</th>"
            "<th>Jan-Mar 2026</th></tr>",
            [
                ["Statewide", "63.8", "64.3", "66.1"],
                ["Metropolitan", "68.2", "69.0", "70.4"],
                ["Rural", "52.7", "51.9", "54.8"],
            ],
        ),
        "Ambulance Victoria",
    )
    out += _pair(
        "two periods",
        81,
        "victoria-ambulance",
        victoria,
        _Side(
            "Paramedics faster to Code 1 calls",
            [
                "Paramedics reached 66.1 per cent of Code 1 emergencies within 15 minutes in the "
                "March quarter, up from 63.8 per cent a year earlier, @@ shows.",
            ],
            "Ambulance Victoria's figures",
        ),
        _Side(
            "Paramedics faster to Code 1 calls",
            [
                "Paramedics reached 66.1 per cent of Code 1 emergencies within 15 minutes in the "
                "March quarter, up from 64.3 per cent a year earlier, @@ shows.",
            ],
            "Ambulance Victoria's figures",
        ),
    )
    lausd = _html(
        "<h2>Enrollment update</h2>"
        + _table(
            "Norm day enrollment, TK-12 (excludes affiliated charters)",
            "<tr><th>Fall 2019</th><th>Fall 2024</th><th>Fall 2025</th></tr>",
            [["495,255", "409,544", "402,116"]],
        ),
        "Los Angeles Unified School District",
    )
    out += _pair(
        "two periods",
        82,
        "lausd-enrollment",
        lausd,
        _Side(
            "LAUSD enrollment slips again",
            [
                "Enrollment in Los Angeles Unified fell to about 402,000 this fall from 409,544 a "
                "year earlier and is down nearly 19% since 2019, @@ shows.",
            ],
            "district figures",
        ),
        _Side(
            "LAUSD enrollment slips again",
            [
                "Enrollment in Los Angeles Unified fell to about 402,000 this fall and is down "
                "more than a fifth since 2019, @@ shows.",
            ],
            "district figures",
        ),
    )
    limerick = _html(
        "<h2>Trolley Watch</h2>"
        + _table(
            "Patients on trolleys, University Hospital Limerick, monthly total",
            "<tr><th>August 2025</th><th>July 2026</th><th>August 2026</th></tr>",
            [["1,386", "1,251", "1,142"]],
        ),
        "Irish Nurses and Midwives Organisation",
    )
    out += _pair(
        "two periods",
        83,
        "limerick-trolleys",
        limerick,
        _Side(
            "UHL trolley numbers down on last August",
            [
                "Some 1,142 patients were on trolleys at University Hospital Limerick in August, "
                "down from 1,386 in August last year, @@ shows.",
            ],
            "the nurses' union",
        ),
        _Side(
            "UHL trolley numbers down on last August",
            [
                "Some 1,142 patients were on trolleys at University Hospital Limerick in August, "
                "down from 1,251 in August last year, @@ shows.",
            ],
            "the nurses' union",
        ),
    )
    return out


def _spelled_out() -> list[Case]:
    out: list[Case] = []
    cork = _html(
        "<h2>Cork City South Central LEA - result</h2>"
        + _table(
            "Seats: 7. Turnout: 48.6%",
            "<tr><th>Party</th><th>First preferences</th><th>Seats</th></tr>",
            [
                ["Fianna Fáil", "6,912", "3"],
                ["Fine Gael", "4,805", "2"],
                ["Sinn Féin", "3,210", "1"],
                ["Green Party", "1,640", "1"],
                ["Others", "2,333", "0"],
            ],
        ),
        "Cork City Council elections",
    )
    out += _pair(
        "spelled out",
        90,
        "cork-election",
        cork,
        _Side(
            "FF and FG take five of seven in South Central",
            [
                "Fianna Fáil and Fine Gael took five of the seven seats in Cork City South "
                "Central between them, on a turnout of just under half, @@ shows.",
            ],
            "the count results",
        ),
        _Side(
            "Sinn Féin takes two of seven in South Central",
            [
                "Sinn Féin took two of the seven seats in Cork City South Central, on a turnout "
                "of just under half, @@ shows.",
            ],
            "the count results",
        ),
    )
    davao = _html(
        "<p>DepEd Davao City Division: A total of 412,560 learners enrolled for School Year "
        "2026-2027. Of these, 103,400 are in Senior High School.</p>"
        "<p>Enrollment remains open for late registrants.</p>",
        "DepEd Davao City",
    )
    out += _pair(
        "spelled out",
        91,
        "davao-enrolment",
        davao,
        _Side(
            "One in four Davao learners in senior high",
            [
                "About one in four of the 412,560 learners enrolled in Davao City this school "
                "year are in senior high school, @@ said.",
            ],
            "the DepEd division office",
        ),
        _Side(
            "One in three Davao learners in senior high",
            [
                "About one in three of the 412,560 learners enrolled in Davao City this school "
                "year are in senior high school, @@ said.",
            ],
            "the DepEd division office",
        ),
    )
    adelaide = _html(
        "<p><b>January 2026 in Adelaide</b></p>"
        "<p>Adelaide (West Terrace) recorded 9 days at or above 40 °C, the most in a January "
        "since 2019. The highest temperature was 45.1 °C on the 24th.</p>",
        "Bureau of Meteorology - Monthly climate summary",
    )
    out += _pair(
        "spelled out",
        92,
        "adelaide-heat",
        adelaide,
        _Side(
            "Nine days of 40C-plus heat for Adelaide",
            [
                "Adelaide sweltered through nine days of 40C or more in January, peaking at 45.1C "
                "on the 24th, @@ shows.",
            ],
            "the Bureau of Meteorology",
        ),
        _Side(
            "A dozen days of 40C-plus heat for Adelaide",
            [
                "Adelaide sweltered through a dozen days of 40C or more in January, @@ shows.",
            ],
            "the Bureau of Meteorology",
        ),
    )
    lisboa = _html(
        "<h2>Habitação municipal: balanço de 2025</h2>"
        "<p>A Câmara Municipal de Lisboa atribuiu 2.140 fogos de habitação municipal em 2025, "
        "dos quais 68,2% a famílias com crianças.</p>",
        "Câmara Municipal de Lisboa",
    )
    out += _pair(
        "spelled out",
        93,
        "lisboa-housing",
        lisboa,
        _Side(
            "Lisbon allocates 2,140 council homes",
            [
                "Lisbon's city hall allocated 2,140 council homes in 2025, more than two-thirds "
                "of them to families with children, @@ said.",
            ],
            "the city hall",
        ),
        _Side(
            "Lisbon allocates 2,140 council homes",
            [
                "Lisbon's city hall allocated 2,140 council homes in 2025, three-quarters of them "
                "to families with children, @@ said.",
            ],
            "the city hall",
        ),
    )
    return out


def _figure_absent() -> list[Case]:
    out: list[Case] = []
    specs = [
        (
            "leicester-libraries",
            _html(
                "<p>Leicester's libraries recorded 1,312,000 visits in 2025/26, up 6% on the "
                "previous year, the city council said.</p><p>Ends.</p>",
                "Leicester City Council news",
            ),
            "Leicester library refurbishment cost £4.8m",
            "The refurbishment of Leicester's central library cost £4.8 million, @@ said.",
            "the city council",
        ),
        (
            "perth-approvals",
            _html(
                _table(
                    "Dwelling approvals, Greater Perth",
                    "<tr><th>Month</th><th>Houses</th><th>Other</th></tr>",
                    [["July 2026", "1,612", "488"], ["August 2026", "1,577", "512"]],
                ),
                "Dwelling approvals",
            ),
            "Perth approvals slip as median hits $780,000",
            "Perth's median house price reached $780,000 in August, @@ shows.",
            "approvals data",
        ),
        (
            "chennai-drains",
            _html(
                "<p>Greater Chennai Corporation has completed desilting of 1,260 stormwater "
                "drains ahead of the northeast monsoon, the Commissioner said.</p>",
                "Greater Chennai Corporation",
            ),
            "Chennai lays 480km of new stormwater drains",
            "The Greater Chennai Corporation has laid 480 km of new stormwater drains this "
            "year, @@ said.",
            "the corporation",
        ),
        (
            "bogota-transmilenio",
            _html(
                "<p>La Alcaldía de Bogotá entregó 120 nuevos buses eléctricos para el componente "
                "zonal del sistema.</p><p>Con ellos, la flota eléctrica suma 1.485 vehículos.</p>",
                "Alcaldía Mayor de Bogotá",
            ),
            "TransMilenio carries 2.4 million a day",
            "TransMilenio now carries 2.4 million passengers a day, @@ said.",
            "the mayor's office",
        ),
    ]
    for topic, (slug, source, title, para, link) in enumerate(specs, start=100):
        name = f"b16-{slug}-planted"
        out.append(
            Blind16Case(
                name,
                "figure absent",
                topic,
                True,
                _article(name, title, [para], link),
                source,
            )
        )
    return out


def _unreadable() -> list[Case]:
    specs = [
        (
            "hamilton-budget-locked",
            Source("application/pdf", make_pdf([["Hamilton budget"]] * 5, password="hcc2026")),
            "Hamilton sets $1.1bn budget",
            "Hamilton's council set a $1.1 billion operating budget for 2026, @@ shows.",
        ),
        (
            "nelson-scan",
            Source("application/pdf", blank_pdf(3)),
            "Nelson rates to rise 9.8%",
            "Nelson's average rates will rise 9.8 per cent next year, @@ shows.",
        ),
        (
            "leeds-404-text",
            Source("text/plain", b"404 Not Found", 404),
            "Leeds bins: 4,200 missed collections",
            "Leeds missed 4,200 bin collections in March, @@ shows.",
        ),
        (
            "ottawa-404-html",
            Source(
                "text/html; charset=utf-8",
                b"<html><body><h1>Page not found</h1><p>The page may have moved.</p></body></html>",
                404,
            ),
            "Ottawa paramedics log 1,214 level-zero events",
            "Ottawa recorded 1,214 level-zero events in 2025, @@ shows.",
        ),
        (
            "kochi-500-text",
            Source("text/plain", b"Internal Server Error", 500),
            "Kochi corporation passes ₹1,460-crore budget",
            "Kochi Corporation passed a ₹1,460-crore budget for 2026-27, @@ shows.",
        ),
        (
            "hobart-500-html",
            Source(
                "text/html; charset=utf-8",
                b"<html><body><h1>500</h1><p>Something went wrong.</p></body></html>",
                500,
            ),
            "Hobart median rent hits $560",
            "Hobart's median weekly rent reached $560 in the June quarter, @@ shows.",
        ),
        (
            "durban-empty",
            Source("text/html; charset=utf-8", b""),
            "Durban beaches draw 1.3 million",
            "Durban's beaches drew 1.3 million visitors over the festive season, @@ said.",
        ),
        (
            "montevideo-wall",
            _html(
                "<div><h2>Please complete the security check to access</h2>"
                "<p>This site is protected. Enable cookies and reload the page.</p></div>",
                "Attention required",
            ),
            "Montevideo cuts bus fares for 210,000 students",
            "Montevideo will cut bus fares for 210,000 students next year, @@ said.",
        ),
    ]
    out: list[Case] = []
    for topic, (slug, source, title, para) in enumerate(specs, start=200):
        name = f"b16-{slug}"
        out.append(
            Blind16Case(
                name,
                "unreadable",
                topic,
                False,
                _article(name, title, [para], "the source"),
                source,
                readable=False,
            )
        )
    return out


def blind16_cases() -> list[Case]:
    """The sixteenth blind set: every case, clean, planted and unreadable."""
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
