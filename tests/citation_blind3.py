"""A third blind held-out set for the fact-check gate bench (issue 10, "Measured, not assumed").

Written from the issue's specification and from how space agencies, zoos, ferry operators,
lotteries, weather services, councils, transplant services, veterinary departments, transport
agencies, festivals, cyber-security centres, dental services, forestry agencies, race
organisers and postal services publish, not from the checker's code and not from the other
sets' case texts. Nobody tunes on it: it exists so the checker's figure is an honest one.

Styles are Canadian (C$), New Zealand (NZ$), South African (R), Singaporean (S$), Nordic (kr,
NOK, SEK, DKK) and American. The article names its subject in other words than the source
("rocket launches" for "orbital launch attempts"), the source puts its unit in a caption or a
column header ("NZ$000", "thousands"), carries footnote markers, writes negatives with a
minus sign, and the article hedges ("almost", "just over"), spells numbers out, rounds, or
speaks of fiscal years ("2024/25", "FY2024/25") and relative periods ("last winter").

A *planted* case's article gives a figure a careful copy editor would stop: another value, the
right digits in the wrong unit (percentage points for per cent, millions for thousands), a
figure the source gives only for another subject or another period, or one the source does
not have. A *clean* case's source is readable and supports the article as a copy editor would
accept it. Unreadable sources (locked or image-only PDFs, 404/500 pages with HTML or plain-text
bodies, a cookie-consent wall served with 200, an empty 200) confirm nothing and so must
escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind3".
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

# --- the article ------------------------------------------------------------------------------

_PAPERS = (
    "The Harbour Courier",
    "Prairie Evening Post",
    "The Southern Herald",
    "Straits Daily",
    "Fjord & Valley News",
)
_AFTER = (
    "A spokesperson said the organisation was pleased with the result but cautioned that one "
    "good year did not make a trend.",
    "Opposition politicians called for an independent review, saying the public had a right "
    "to see how the numbers were put together.",
    "Residents who spoke to this newspaper gave a mixed verdict, with several saying they had "
    "noticed little change in their own neighbourhood.",
    "The agency publishes its figures every quarter, and officials said the next release "
    "would include a breakdown by region for the first time.",
    "Analysts said the weather, the exchange rate and the timing of public holidays could all "
    "have played a part.",
    "The minister declined to comment on the figures before they had been discussed by the "
    "cabinet, her office said.",
)


def _article(name: str, headline: str, sentence: str, index: int) -> str:
    """A news page with chrome, a byline, the cited sentence and ordinary paragraphs after it."""
    paper = _PAPERS[index % len(_PAPERS)]
    body = sentence.replace("[", f'<a href="/sources/{name}">').replace("]", "</a>")
    rest = "".join(f"<p>{_AFTER[(index + k) % len(_AFTER)]}</p>" for k in range(3))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{headline} | {paper}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/local'>Local</a> <a href='/world'>World</a> "
        "<a href='/weather'>Weather</a> <a href='/login'>Log in</a></nav>"
        f"<article><h1>{headline}</h1><p class='byline'>By staff reporters</p>"
        f"<p>{body}</p>{rest}</article>"
        f"<footer>© {paper}. All rights reserved. Send tips to news@example.net</footer>"
        "</body></html>"
    )


# --- sources ----------------------------------------------------------------------------------


def _page(body: str, title: str, status: int = 200, content_type: str = "") -> Source:
    page = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body>{body}</body></html>"
    )
    return Source(content_type or "text/html; charset=utf-8", page.encode(), status)


def _release(heading: str, line: str, tail: str) -> Source:
    """A three-line release: a heading, one line with the figure, a media contact or next date."""
    return _page(f"<h1>{heading}</h1><p>{line}</p><p>{tail}</p>", heading)


def _table(caption: str, head: list[str], rows: list[list[str]], note: str = "") -> Source:
    """An HTML table as a statistics office serves it: caption with the unit, row headers."""
    header = "".join(f"<th>{cell}</th>" for cell in head)
    body = "".join(
        f"<tr><th scope='row'>{row[0]}</th>" + "".join(f"<td>{c}</td>" for c in row[1:]) + "</tr>"
        for row in rows
    )
    foot = f"<p><small>{note}</small></p>" if note else ""
    return _page(
        f"<h2>{caption}</h2><table><thead><tr>{header}</tr></thead><tbody>{body}</tbody>"
        f"</table>{foot}",
        caption,
    )


def _pdf(title: str, agency: str, summary: list[str], table: list[list[str]]) -> Source:
    """A multi-page report: title page, foreword, key results on page 3, notes, annex table.

    Helvetica in fpdf2 is Latin-1 only, so the text keeps to it (no minus signs or dashes)."""
    pages = [
        [title, agency, "Annual report", "Presented to Parliament"],
        [
            "Foreword",
            "This report describes the work of the year and the results achieved against the "
            "targets set in the statement of intent. Tables are in the annex.",
        ],
        ["Key results", *summary],
        [
            "Notes on the statistics",
            "Counts are taken from operational systems at the close of the year. Small "
            "revisions are made when late records arrive. Figures may not add due to rounding.",
        ],
    ]
    return Source("application/pdf", make_pdf(pages, tables=[table]))


_CHROME = (
    "This website uses cookies. By continuing to browse you agree to our use of cookies.",
    "Home | About | Media centre | Publications | Open data | Careers | Contact us",
    "Our mission is to deliver reliable services to every community, every day, and to report "
    "openly on how well we are doing it.",
    "The board met four times during the period and approved the corporate plan, the risk "
    "framework and the revised code of conduct.",
    "Customer satisfaction surveys were carried out in autumn and spring; results are published "
    "separately in the customer report.",
    "We employ about 3,800 people at 61 locations and spent 14 million on training last year.",
    "Contact the media team on 0800 555 010. After hours, call the duty officer.",
    "Related: Annual review 2021 · Statement of performance expectations · 12 facts about us",
)


def _long(heading: str, sentence: str) -> Source:
    """A long corporate page: banner, menus, sidebars full of other numbers, the figure deep."""
    parts = [f"<div id='cookie'>{_CHROME[0]}</div>", f"<nav>{_CHROME[1]}</nav>"]
    parts.append(f"<main><h1>{heading}</h1>")
    for k in (2, 3, 4, 5, 2, 3, 4):
        parts.append(f"<p>{_CHROME[k]}</p>")
    parts.append(f"<p>{sentence}</p>")
    for k in (5, 4, 3, 2, 5, 3):
        parts.append(f"<p>{_CHROME[k]}</p>")
    parts.append(f"</main><aside>{_CHROME[7]}</aside><footer>{_CHROME[6]}</footer>")
    return _page("".join(parts), heading)


def _csv(rows: list[list[str]]) -> Source:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return Source("text/csv; charset=utf-8", out.getvalue().encode())


def _text(lines: list[str]) -> Source:
    return Source("text/plain", ("\r\n".join(lines) + "\r\n").encode())


# --- the cases --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Blind3Case(Case):
    @property
    def split(self) -> str:
        return "blind3"


_made: list[Case] = []


def _add(
    kind: str,
    n: int,
    planted: bool,
    headline: str,
    sentence: str,
    source: Source,
    *,
    readable: bool = True,
) -> None:
    """One case; `sentence` marks the link text with [brackets]."""
    name = f"blind3-{kind.replace(' ', '-')}-{n}-{'planted' if planted else 'clean'}"
    article = _article(name, headline, sentence, len(_made))
    _made.append(_Blind3Case(name, kind, n, planted, article, source, readable))


def _pair(
    kind: str, n: int, headline: str, sentence: str, clean: str, planted: str, source: Source
) -> None:
    """A clean and a planted case on one source: `sentence` has {f} for the figure."""
    _add(kind, n, False, headline, sentence.format(f=clean), source)
    _add(kind, n, True, headline, sentence.format(f=planted), source)


def _press_releases() -> None:
    _pair(
        "press release",
        0,
        "Busy year at Mahia launch site",
        "The Mahia Peninsula launch site saw {f} rocket launches in the year to June, "
        "[the regional development agency said].",
        "17",
        "19",
        _release(
            "Launch Complex 1: activity update",
            "Launch Complex 1 hosted 17 orbital launch attempts in the year ended 30 June 2025, "
            "up from 10 a year earlier.",
            "Media enquiries: communications@launch.example.nz",
        ),
    )
    _pair(
        "press release",
        1,
        "Zoo gates busier than ever",
        "The zoo welcomed {f} visitors last year, [according to its annual statement].",
        "just over 1.3 million",
        "almost 1.8 million",
        _release(
            "Toronto zoo attendance 2024",
            "Attendance in calendar year 2024 was 1,312,440 guests, a record.",
            "For more information contact the zoo's public relations office.",
        ),
    )
    _pair(
        "press release",
        2,
        "Fjord ferries carry more passengers",
        "The state-owned ferry company carried {f} passengers in 2024, [it said on Tuesday].",
        "2.4 million",
        "2.8 million",
        _release(
            "Fjord Line AS: traffic figures for 2024",
            "Our ferries carried 2,418,000 passengers and 611,000 cars in 2024.",
            "Next traffic release: 14 February.",
        ),
    )


def _html_tables() -> None:
    _pair(
        "html table",
        0,
        "Ottawa digs out after snowy winter",
        "Ottawa received {f} of snow in the 2024-25 season, [Environment Canada data show].",
        "235 centimetres",
        "253 centimetres",
        _table(
            "Seasonal snowfall, selected stations (cm)",
            ["Station", "2023-24", "2024-25"],
            [
                ["Ottawa Int'l A", "174.2", "235.1"],
                ["Montréal-Trudeau", "159.8", "210.4"],
                ["Québec Jean Lesage", "262.0", "301.7"],
            ],
            "Season runs 1 July to 30 June. Data are preliminary.",
        ),
    )
    _pair(
        "html table",
        1,
        "Wellington parking fines hit new high",
        "Wellington City Council collected {f} in parking fines in 2024/25, "
        "[council figures show].",
        "NZ$14.8 million",
        "NZ$18.4 million",
        _table(
            "Parking infringement revenue by council (NZ$000)",
            ["Council", "2023/24", "2024/25"],
            [
                ["Auckland Transport", "38,912", "41,206"],
                ["Wellington City", "13,270", "14,820"],
                ["Christchurch City", "9,455", "9,980"],
            ],
            "Years end 30 June. Excludes towage fees.",
        ),
    )
    _pair(
        "html table",
        2,
        "Western Cape leads on organ donors",
        "The Western Cape recorded {f} deceased organ donors in 2024, [the foundation's "
        "figures show].",
        "47",
        "52",
        _table(
            "Deceased organ donors by province",
            ["Province", "2023", "2024"],
            [
                ["Western Cape", "41", "47"],
                ["Gauteng", "38", "36"],
                ["KwaZulu-Natal", "12", "15"],
            ],
            "Source: transplant co-ordinators' returns.",
        ),
    )


def _pdf_reports() -> None:
    _pair(
        "pdf report",
        0,
        "Foot-and-mouth campaign reaches KwaZulu-Natal herds",
        "Veterinary teams vaccinated {f} cattle in KwaZulu-Natal in 2024/25, "
        "[the department's annual report says].",
        "almost 1.3 million",
        "more than 2.1 million",
        _pdf(
            "Animal Health Programme 2024/25",
            "Department of Agriculture, Veterinary Services",
            [
                "Foot-and-mouth disease vaccination: 1,284,500 cattle were vaccinated in "
                "KwaZulu-Natal during 2024/25.",
                "Dip-tank inspections: 3,912 inspections were completed.",
            ],
            [
                ["Programme (KwaZulu-Natal)", "2023/24", "2024/25"],
                ["Cattle vaccinated (FMD)", "902,300", "1,284,500"],
                ["Dip-tank inspections", "3,406", "3,912"],
            ],
        ),
    )
    _pair(
        "pdf report",
        1,
        "Tree planting slows",
        "About {f} trees were planted across New Zealand last year, [the forestry agency "
        "reported].",
        "73.6 million",
        "87 million",
        _pdf(
            "Planting and Establishment Report 2024",
            "Forestry Agency",
            [
                "Seedlings planted: an estimated 73.6 million seedlings were planted in the "
                "2024 calendar year, down from 81.2 million in 2023.",
                "New planting covered 21,400 hectares.",
            ],
            [
                ["Measure", "2023", "2024"],
                ["Seedlings planted (million)", "81.2", "73.6"],
                ["New planting (ha)", "24,900", "21,400"],
            ],
        ),
    )
    _pair(
        "pdf report",
        2,
        "Dental queues lengthen in Norway's north",
        "{f} adults were waiting for public dental treatment in Troms at the end of 2024, "
        "[the county's report shows].",
        "21,340",
        "23,140",
        _pdf(
            "Public Dental Service: Annual Report 2024",
            "Troms County Authority",
            [
                "Waiting lists: 21,340 adults in priority groups were waiting for treatment "
                "at 31 December 2024 (2023: 18,975).",
                "Children and young people examined: 41,770.",
            ],
            [
                ["Indicator", "2023", "2024"],
                ["Adults waiting, 31 Dec", "18,975", "21,340"],
                ["Children examined", "40,102", "41,770"],
            ],
        ),
    )


def _text_and_csv() -> None:
    _pair(
        "text or csv",
        0,
        "E-scooter riders break July record",
        "Riders took about {f} e-scooter trips in Calgary in July, [the city's open data show].",
        "412,600",
        "462,100",
        _csv(
            [
                ["month", "trips (thousands)", "unique riders (thousands)"],
                ["2025-05", "301.9", "88.4"],
                ["2025-06", "377.0", "101.3"],
                ["2025-07", "412.6", "109.8"],
            ]
        ),
    )
    _pair(
        "text or csv",
        1,
        "Lottery sales edge up",
        "Lottery ticket sales came to {f} in the last financial year, [Singapore Pools said].",
        "S$2.7 billion",
        "S$3.1 billion",
        _text(
            [
                "MEDIA RELEASE",
                "",
                "Total lottery sales for FY2024/25 (year ended 31 March 2025) were "
                "S$2.71 billion, compared with S$2.64 billion in FY2023/24.",
                "",
                "- END -",
            ]
        ),
    )
    _pair(
        "text or csv",
        2,
        "Record field at city marathon",
        "A record {f} runners crossed the finish line this year, [race organisers said].",
        "55,646",
        "56,546",
        _csv(
            [
                ["year", "starters", "finishers"],
                ["2023", "51,402", "51,008"],
                ["2024", "54,113", "53,870"],
                ["2025", "56,160", "55,646"],
            ]
        ),
    )


def _long_pages() -> None:
    _pair(
        "long page",
        0,
        "Letters keep falling",
        "The postal service delivered {f} items of mail in 2024, [its annual review says].",
        "5.6 billion",
        "6.5 billion",
        _long(
            "Annual review 2024: delivering for Canadians",
            "Across the country we delivered 5.6 billion pieces of mail and parcels in 2024 "
            "to 17 million addresses.",
        ),
    )
    _pair(
        "long page",
        1,
        "Durban film festival draws crowds",
        "The festival sold {f} tickets over its eleven days, [organisers reported].",
        "more than 137,000",
        "173,000",
        _long(
            "Durban International Film Festival: the year in review",
            "Audiences bought 137,400 tickets across the eleven days of the festival, with "
            "screenings in 14 venues.",
        ),
    )
    _pair(
        "long page",
        2,
        "Copenhagen adds cycle lanes",
        "Copenhagen built {f} of new cycle lanes last year, [the municipality said].",
        "18.5 km",
        "28.5 km",
        _long(
            "Cycling city: status 2024",
            "In 2024 the municipality opened 18.5 kilometres of new cycle tracks at a cost of "
            "DKK 212 million.",
        ),
    )


def _notation() -> None:
    _pair(
        "notation",
        0,
        "Ferry terminals get federal cash",
        "Ottawa will put {f} into upgrading three ferry terminals, [Transport Canada said].",
        "C$46.5 million",
        "C$46.5 billion",
        _release(
            "Government of Canada invests in coastal ferry terminals",
            "The Government of Canada is providing $46,500,000 to upgrade the terminals at "
            "Horseshoe Bay, Nanaimo and Swartz Bay.",
            "Contacts: Media Relations, Transport Canada, Ottawa",
        ),
    )
    # Percentage points for per cent: same digits, another quantity.
    _pair(
        "notation",
        1,
        "Ferries more punctual",
        "The share of sailings leaving on time {f} last year, [the operator said].",
        "rose 2 per cent",
        "rose 2 percentage points",
        _release(
            "Punctuality report 2024",
            "Punctuality improved by 2 percent in 2024 compared with 2023.",
            "Next report: March 2026.",
        ),
    )
    # Thousands for millions: the table's unit is in its header.
    _pair(
        "notation",
        2,
        "Parcel boom continues",
        "The postal service delivered {f} parcels in December, [its figures show].",
        "840,000",
        "840 million",
        _table(
            "Parcel volumes, Singapore (thousands)",
            ["Month", "Parcels delivered", "Registered mail"],
            [
                ["October", "612", "98"],
                ["November", "731", "102"],
                ["December", "840", "117"],
            ],
        ),
    )
    # A negative written with a minus sign; the article has the direction in words.
    _pair(
        "notation",
        3,
        "Fewer marathon entries",
        "Entries for the Stockholm marathon {f} this year, [organisers said].",
        "fell 6.5 per cent",
        "rose 6.5 per cent",
        _table(
            "Entries, change on previous year (%)",
            ["Race", "2024", "2025"],
            [
                ["Stockholm Marathon", "4.1", "−6.5"],
                ["Half marathon", "2.2", "1.9"],
            ],
        ),
    )
    _pair(
        "notation",
        4,
        "Swedish lottery profits",
        "The state lottery handed {f} to the treasury in 2024, [its annual accounts show].",
        "SEK 4.2bn",
        "SEK 2.4bn",
        _release(
            "Svenska Spel: year-end report 2024",
            "The profit transferred to the state was 4.2 billion kronor (SEK 4,200 million).",
            "Investor relations: ir@lottery.example.se",
        ),
    )


def _rounding() -> None:
    _pair(
        "rounding",
        0,
        "Dairy herds nearly all vaccinated",
        "Vaccination now covers {f} of dairy herds in Canterbury, [the ministry said].",
        "87.5 per cent",
        "78.5 per cent",
        _release(
            "Herd vaccination coverage, Canterbury",
            "At 30 September, 87.46% of registered dairy herds had completed the vaccination "
            "course.",
            "Ministry for Primary Industries, Wellington",
        ),
    )
    _pair(
        "rounding",
        1,
        "E-scooter trips near one and a half million",
        "Users made nearly {f} shared e-scooter trips in Oslo in the third quarter, "
        "[the city's mobility office said].",
        "1.5 million",
        "1.8 million",
        _text(
            [
                "Micromobility statistics, Q3 2025",
                "Shared e-scooter trips, Q3 2025: 1,487,312",
                "Operators reporting: 4",
            ]
        ),
    )
    _pair(
        "rounding",
        2,
        "Cyber budget grows",
        "The agency's operating spending will be {f} this year, [budget papers show].",
        "S$413 million",
        "S$431 million",
        _table(
            "Cyber Security Agency: expenditure estimates (S$ million)",
            ["Item", "FY2024 actual", "FY2025 estimated"],
            [
                ["Operating expenditure", "389.20", "412.68"],
                ["Development expenditure", "54.10", "61.35"],
            ],
        ),
    )


def _other_subject() -> None:
    zoo = _release(
        "Annual animal census",
        "This year's census counted 42 African penguins, 17 red pandas and 9 snow leopards.",
        "Wellington Zoo, Newtown",
    )
    _add(
        "other subject",
        0,
        False,
        "Red panda family grows",
        "The zoo now has 17 red pandas, [its annual census found].",
        zoo,
    )
    _add(
        "other subject",
        0,
        True,
        "Red panda family grows",
        "The zoo now has 42 red pandas, [its annual census found].",
        zoo,
    )
    dental = _table(
        "Patients waiting for public dental care, 31 March",
        ["Group", "Number waiting"],
        [["Children (under 18)", "3,210"], ["Adults", "8,940"], ["Pensioners", "2,055"]],
        "Gauteng Department of Health.",
    )
    _add(
        "other subject",
        1,
        False,
        "Children wait for dentists",
        "Some 3,210 children were waiting for public dental care at the end of March, "
        "[provincial figures show].",
        dental,
    )
    _add(
        "other subject",
        1,
        True,
        "Children wait for dentists",
        "Some 8,940 children were waiting for public dental care at the end of March, "
        "[provincial figures show].",
        dental,
    )
    _add(
        "other subject",
        2,
        False,
        "Cook Strait crossings",
        "The Interislander carried 812,000 passengers across Cook Strait last year, "
        "[KiwiRail said].",
        _release(
            "Interislander annual traffic",
            "The Interislander carried 812,000 passengers and 214,000 vehicles across Cook "
            "Strait in the 2024 calendar year.",
            "KiwiRail media line: 0800 801 070",
        ),
    )
    # Only the other operator's figure is on the page: nothing to contradict, nothing to confirm.
    _add(
        "other subject",
        2,
        True,
        "Cook Strait crossings",
        "The Interislander carried 405,000 passengers across Cook Strait last year, "
        "[the shipping report said].",
        _release(
            "Bluebridge traffic, 2024",
            "Bluebridge ferries carried 405,000 passengers between Wellington and Picton in 2024.",
            "StraitNZ, Wellington",
        ),
    )


def _two_periods() -> None:
    _pair(
        "two periods",
        0,
        "Winnipeg's lighter winter",
        "Winnipeg received {f} of snow in the 2024-25 season, [the weather service says].",
        "98 cm",
        "131 cm",
        _release(
            "Winter 2024-25 in review: Prairies",
            "Winnipeg received 98 cm of snow in the 2024-25 season, compared with 131 cm in "
            "2023-24.",
            "Meteorological Service of Canada",
        ),
    )
    _pair(
        "two periods",
        1,
        "More transplants than ever",
        "Surgeons carried out {f} organ transplants in 2024/25, [the transplant service reported].",
        "1,510",
        "1,402",
        _text(
            [
                "Organ donation and transplantation: activity summary",
                "Transplants performed 2024/25: 1,510",
                "Transplants performed 2023/24: 1,402",
                "Year runs 1 April to 31 March.",
            ]
        ),
    )
    _pair(
        "two periods",
        2,
        "Cyber incidents climb",
        "The cyber centre handled {f} incidents in the second quarter, [its quarterly "
        "report shows].",
        "3,412",
        "2,987",
        _table(
            "Incidents handled by the national cyber centre, 2025",
            ["Category", "Q1", "Q2"],
            [
                ["Phishing", "1,804", "2,233"],
                ["Ransomware", "96", "118"],
                ["All incidents", "2,987", "3,412"],
            ],
        ),
    )


def _absent() -> None:
    _add(
        "figure absent",
        0,
        True,
        "Marathon runners raise money",
        "Runners raised NZ$1.2 million for charity, [race organisers said].",
        _release(
            "Auckland Marathon 2025 results",
            "A total of 17,480 runners finished across all distances.",
            "Full results at the timing provider's website.",
        ),
    )
    _add(
        "figure absent",
        1,
        True,
        "Post gets faster",
        "Delivery times improved by 8 per cent, [the postal service's review says].",
        _long(
            "Annual review 2024: service performance",
            "We delivered 5.6 billion pieces of mail and parcels in 2024.",
        ),
    )
    _add(
        "figure absent",
        2,
        True,
        "Forest cover grows",
        "New forests covered 14,000 hectares last year, [the forestry agency said].",
        _pdf(
            "Planting Summary 2024",
            "Forestry Agency",
            ["An estimated 73.6 million seedlings were planted in 2024."],
            [["Measure", "2024"], ["Seedlings planted (million)", "73.6"]],
        ),
    )
    _add(
        "figure absent",
        3,
        True,
        "Jackpot record",
        "The year's biggest jackpot was S$12 million, [Singapore Pools said].",
        _text(
            [
                "MEDIA RELEASE",
                "Total lottery sales for FY2024/25 were S$2.71 billion.",
                "- END -",
            ]
        ),
    )


def _spelled_out() -> None:
    _pair(
        "spelled out",
        0,
        "Kiwi chicks hatch",
        "The breeding programme hatched {f} kiwi chicks this season, [the zoo said].",
        "twenty-three",
        "thirty-two",
        _release(
            "Kiwi breeding season 2025",
            "Our kiwi breeding programme hatched 23 chicks this season.",
            "Wellington Zoo, Newtown",
        ),
    )
    _pair(
        "spelled out",
        1,
        "New clinics open",
        "The health department opened {f} new dental clinics this year, [it said].",
        "11",
        "12",
        _release(
            "Dental services expand",
            "Eleven new public dental clinics opened in the Eastern Cape this year.",
            "Issued by the Department of Health",
        ),
    )
    _pair(
        "spelled out",
        2,
        "Cattle vaccine drive",
        "Vets gave {f} doses of anthrax vaccine to cattle in Limpopo, [the department said].",
        "half a million",
        "a quarter of a million",
        _release(
            "Anthrax vaccination in Limpopo",
            "State veterinarians administered 500,000 doses of anthrax vaccine to cattle.",
            "Media: Department of Agriculture",
        ),
    )


_COOKIE_WALL = (
    "<div class='consent'><h2>Before you continue</h2><p>We and our partners use cookies and "
    "similar technologies to store and access information on your device, to personalise "
    "content and ads and to measure traffic.</p><button>Accept all</button>"
    "<button>Reject all</button><a href='/privacy'>Manage preferences</a></div>"
)


def _unreadable() -> None:
    sentence = "The lottery paid out S$1.9 billion in prizes, [its annual report says]."
    failures = [
        ("not found html", _page("<h1>404</h1><p>Page not found.</p>", "Not found", 404)),
        ("not found text", Source("text/plain", b"404 page not found\n", 404)),
        (
            "server error html",
            _page("<h1>500 Internal Server Error</h1><hr>nginx", "500", 500),
        ),
        ("server error text", Source("text/plain", b"Internal Server Error", 500)),
        (
            "locked pdf",
            Source(
                "application/pdf",
                make_pdf([["Prizes paid: S$1.9 billion"]], password="pools"),
            ),
        ),
        ("image pdf", Source("application/pdf", blank_pdf(3))),
        ("cookie wall", _page(_COOKIE_WALL, "Privacy choices")),
        ("empty", Source("text/html", b"", 200)),
    ]
    for n, (_label, source) in enumerate(failures):
        _add("unreadable", n, False, "Lottery prizes", sentence, source, readable=False)


def blind3_cases() -> list[Case]:
    """Every case of the third blind set, named blind3-<kind>-<n>-<planted|clean>."""
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
