"""A fourth blind held-out set for the fact-check gate bench (issue 10, "Measured, not assumed").

Written from the issue's specification and from how beekeeping associations, mountain rescue
teams, coffee and tea boards, rail freight statisticians, opera houses, tax authorities,
libraries, tram operators, fisheries boards, telecoms regulators and avalanche services
publish, not from the checker's code and not from the other sets' case texts. Nobody tunes on
it: it exists so the checker's figure is an honest one.

Styles are British (£), Irish (€), German in translation (EUR, decimal points already
converted), Kenyan (KSh), Japanese in translation (¥, fiscal years) and Brazilian in
translation (R$). The article names its subject in other words than the source ("fare
dodging" for "fare evasion"), the source puts its unit in a caption or column header ("£000",
"million tonnes"), carries footnote markers, and the article hedges ("almost", "just over"),
rounds, spells numbers out or speaks of relative periods ("last winter") and fiscal years.

A *planted* case's article gives a figure a careful copy editor would stop: another value,
per cent for percentage points, thousands read as millions, a figure the source gives only for
another subject or another period, or one the source does not have. A *clean* case's source
is readable and supports the article as a copy editor would accept it. Unreadable sources
(a locked or an image-only PDF, 404/500 pages with HTML or plain-text bodies, a paywall served
with 200, an empty 200) confirm nothing and so must escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind4".
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

# --- the article ------------------------------------------------------------------------------

_PAPERS = (
    "The Midland Ledger",
    "Daily Nation Desk",
    "Connacht Tribune Online",
    "Rhein-Post English Edition",
    "Kansai Weekly",
    "Folha Regional (English)",
)

_AFTER = (
    "<p>The figures were published alongside a note on methods, which the office said had not "
    "changed since the previous edition.</p>"
    "<p>A spokesperson declined to comment further, saying the numbers spoke for themselves. "
    "Critics said the picture on the ground looked rather different.</p>"
)

_LINK = re.compile(r"\[([^\]]+)\]")


@dataclass(frozen=True)
class _Blind4Case(Case):
    @property
    def split(self) -> str:
        return "blind4"


def _article(name: str, headline: str, sentence: str, index: int) -> str:
    """The reporter's story: one cited sentence, the citation written as [anchor text]."""
    body = _LINK.sub(lambda m: f'<a href="/sources/{name}">{m.group(1)}</a>', sentence, count=1)
    paper = _PAPERS[index % len(_PAPERS)]
    return (
        f"<html><head><title>{headline} | {paper}</title></head><body>"
        f'<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<article><h1>{headline}</h1><p class=byline>By staff reporter, {paper}</p>"
        f"<p>{body}</p>{_AFTER}</article></body></html>"
    )


# --- the sources ------------------------------------------------------------------------------


def _page(body: str, title: str, status: int = 200, content_type: str = "") -> Source:
    page = f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"
    return Source(content_type or "text/html; charset=utf-8", page.encode(), status)


def _release(heading: str, line: str, tail: str) -> Source:
    """A three-line statistics release: heading, the figure, the next-release note."""
    return _page(f"<h1>{heading}</h1><p>{line}</p><p>{tail}</p>", heading)


def _table(caption: str, head: list[str], rows: list[list[str]], note: str = "") -> Source:
    cells = "".join(f"<th scope=col>{h}</th>" for h in head)
    body = "".join(
        "<tr><th scope=row>" + row[0] + "</th>" + "".join(f"<td>{c}</td>" for c in row[1:])
        for row in rows
    )
    foot = f"<p class=note>{note}</p>" if note else ""
    return _page(
        f"<h1>{caption}</h1><table><caption>{caption}</caption><thead><tr>{cells}</tr></thead>"
        f"<tbody>{body}</tbody></table>{foot}",
        caption,
    )


def _pdf(title: str, agency: str, summary: list[str], table: list[list[str]]) -> Source:
    """A multi-page report: title page, foreword, key results on page 3, notes, annex table.

    Helvetica in fpdf2 is Latin-1 only: no euro sign, no minus sign, no dashes."""
    pages = [
        [title, agency, "Annual report", "Laid before the Oireachtas / Parliament"],
        [
            "Foreword",
            "This report sets out the activity of the year under review and compares it with "
            "the previous year. Detailed tables are given in the annex at the end.",
        ],
        ["Key results", *summary],
        [
            "Notes on the statistics",
            "Figures are provisional and may be revised in the next edition. Totals may not "
            "sum because of rounding. Monetary values are in current prices.",
        ],
    ]
    return Source("application/pdf", make_pdf(pages, tables=[table]))


_CHROME = (
    "<header><a href='/'>Skip to content</a> <a href='/about'>About us</a> "
    "<a href='/press'>Press</a> <a href='/contact'>Contact</a> <a href='/jobs'>Careers</a>"
    "</header><div class=cookies>We use cookies to improve this site. "
    "<button>Manage preferences</button></div>"
)


def _long(heading: str, sentence: str) -> Source:
    """A long web page: navigation, cookie notice, many paragraphs, the figure in the middle."""
    filler = [
        "The organisation was founded more than a century ago and has grown steadily since.",
        "Our volunteers and staff work across the country throughout the year.",
        "Members receive a quarterly newsletter and invitations to regional events.",
        "We thank our sponsors and partners for their continued support of this work.",
        "Visitors are reminded that opening hours change during public holidays.",
        "The board meets four times a year; minutes are published after approval.",
        "A full programme for the coming season will be announced in the spring.",
        "Accessibility information is available on request from the front desk.",
    ]
    parts = [_CHROME, f"<main><h1>{heading}</h1>"]
    for i, line in enumerate(filler * 3):
        parts.append(f"<p>{line} (section {i + 1})</p>")
        if i == 11:
            parts.append(f"<p>{sentence}</p>")
    parts.append(
        "</main><footer>Registered charity. Privacy policy. Terms of use. "
        "Follow us on social media. Copyright 2025.</footer>"
    )
    return _page("".join(parts), heading)


def _csv(rows: list[list[str]]) -> Source:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return Source("text/csv; charset=utf-8", out.getvalue().encode())


def _text(lines: list[str]) -> Source:
    return Source("text/plain; charset=utf-8", ("\r\n".join(lines) + "\r\n").encode())


# --- the cases --------------------------------------------------------------------------------

_made: list[Case] = []


def _add(
    kind: str, topic: int, slug: str, headline: str, sentence: str, source: Source, **flags: bool
) -> None:
    planted = flags.get("planted", False)
    readable = flags.get("readable", True)
    side = "planted" if planted else "clean" if readable else "down"
    name = f"b4-{slug}-{side}"
    html = _article(name, headline, sentence, len(_made))
    _made.append(_Blind4Case(name, kind, topic, planted, html, source, readable))


def _pair(
    kind: str, topic: int, slug: str, headline: str, clean: str, planted: str, source: Source
) -> None:
    _add(kind, topic, slug, headline, clean, source)
    _add(kind, topic, slug, headline, planted, source, planted=True)


def _press_releases() -> None:
    k = "press release"
    _pair(
        k,
        0,
        "beekeepers",
        "Beekeeping numbers grow again",
        "The number of registered beekeepers in England and Wales rose to 41,320 this spring, "
        "[the National Bee Unit's annual release] shows.",
        "The number of registered beekeepers in England and Wales rose to 43,120 this spring, "
        "[the National Bee Unit's annual release] shows.",
        _release(
            "BeeBase registrations: 31 March 2025",
            "Beekeepers registered on BeeBase in England and Wales numbered 41,320 at 31 March "
            "2025, up 2.6% on a year earlier.",
            "Next update: April 2026. Contact: nbu@example.gov.uk",
        ),
    )
    _pair(
        k,
        1,
        "coffee-earnings",
        "Coffee earnings climb on better prices",
        "Kenya earned KSh2.4bn from coffee shipments in January, according to "
        "[the Coffee Directorate's monthly bulletin].",
        "Kenya earned KSh1.4bn from coffee shipments in January, according to "
        "[the Coffee Directorate's monthly bulletin].",
        _release(
            "Coffee Directorate: export bulletin, January 2025",
            "Coffee export earnings in January 2025 were KSh 2.41 billion, compared with "
            "KSh 1.98 billion in January 2024.",
            "Issued by the Agriculture and Food Authority, Nairobi.",
        ),
    )
    _pair(
        k,
        2,
        "rescue-callouts",
        "Record year for mountain rescue volunteers",
        "Volunteer mountain rescue teams were called out 743 times last year, "
        "[Mountain Rescue Ireland] said.",
        "Volunteer mountain rescue teams were called out 847 times last year, "
        "[Mountain Rescue Ireland] said.",
        _release(
            "Mountain Rescue Ireland: incident statistics 2024",
            "Member teams responded to 743 call-outs in 2024, the highest number since records "
            "began.",
            "Figures for 2025 will be published in February 2026.",
        ),
    )


def _html_tables() -> None:
    k = "html table"
    _pair(
        k,
        0,
        "rail-freight",
        "Rail freight slips in first quarter",
        "Goods carried by rail fell to 81.9 million tonnes in the first quarter, "
        "[the federal statistical office's table] shows.",
        "Goods carried by rail fell to 89.1 million tonnes in the first quarter, "
        "[the federal statistical office's table] shows.",
        _table(
            "Rail freight transport, million tonnes (translated)",
            ["Traffic", "Q1 2024", "Q1 2025"],
            [
                ["Total", "84.6", "81.9"],
                ["of which: domestic", "53.4", "51.5"],
                ["of which: cross-border", "31.2", "30.4"],
            ],
            "Provisional results. Source: Federal Statistical Office (translated).",
        ),
    )
    _pair(
        k,
        1,
        "solar-aichi",
        "Aichi households cool on rooftop solar",
        "Households in Aichi installed 9,615 rooftop solar systems in fiscal 2024, "
        "[prefectural figures] show.",
        "Households in Aichi installed 9,165 rooftop solar systems in fiscal 2024, "
        "[prefectural figures] show.",
        _table(
            "Residential photovoltaic installations by prefecture (units)",
            ["Prefecture", "FY2023", "FY2024"],
            [
                ["Tokyo", "12,480", "13,905"],
                ["Osaka", "8,210", "8,744"],
                ["Aichi", "10,020", "9,615"],
            ],
            "FY2024 = April 2024 to March 2025. Translated from the Japanese.",
        ),
    )
    _pair(
        k,
        2,
        "hospital-parking",
        "Hospital car parks earn trusts millions",
        "Leeds Teaching Hospitals took £4.2 million from car parking charges in 2024/25, "
        "[NHS figures] show.",
        "Leeds Teaching Hospitals took £42 million from car parking charges in 2024/25, "
        "[NHS figures] show.",
        _table(
            "Car parking income by NHS trust, 2024/25 (£000)",
            ["Trust", "Patients and visitors", "Staff", "Total"],
            [
                ["Leeds Teaching Hospitals", "3,012", "1,175", "4,187"],
                ["Sheffield Teaching Hospitals", "2,640", "902", "3,542"],
                ["Bradford Teaching Hospitals", "1,108", "377", "1,485"],
            ],
            "Income excludes VAT. Figures in thousands of pounds.",
        ),
    )


def _pdf_reports() -> None:
    k = "pdf report"
    _pair(
        k,
        0,
        "angling-licences",
        "Fewer anglers buy salmon licences",
        "Sales of salmon and sea trout angling licences fell to 14,872 last year, according "
        "to [Inland Fisheries Ireland's annual report].",
        "Sales of salmon and sea trout angling licences fell to 12,872 last year, according "
        "to [Inland Fisheries Ireland's annual report].",
        _pdf(
            "Annual Report 2024",
            "Inland Fisheries Ireland",
            [
                "Salmon and sea trout angling licences sold: 14,872 (2023: 15,640).",
                "Fishery protection patrols: 29,410 hours.",
            ],
            [
                ["Licence type", "2023", "2024"],
                ["Annual", "9,804", "9,311"],
                ["21-day", "2,911", "2,760"],
                ["1-day", "2,925", "2,801"],
            ],
        ),
    )
    _pair(
        k,
        1,
        "fare-evasion-sp",
        "Fare dodging costs city's buses hundreds of millions",
        "Fare dodging cost the city's bus system R$312m last year, [the transport company's "
        "report] estimates.",
        "Fare dodging cost the city's bus system R$213m last year, [the transport company's "
        "report] estimates.",
        _pdf(
            "Relatorio de Gestao 2024 (English summary)",
            "Municipal Transport Company",
            [
                "Fare evasion on municipal bus lines is estimated at R$ 312 million in 2024, "
                "equal to 8.5% of fare revenue.",
                "Passengers carried: 2.1 billion.",
            ],
            [
                ["Item", "2023", "2024"],
                ["Fare revenue (R$ million)", "3,480", "3,671"],
                ["Estimated evasion (R$ million)", "287", "312"],
            ],
        ),
    )
    _pair(
        k,
        2,
        "landfill-tax",
        "Landfill tax take keeps falling",
        "Landfill tax brought in £618m in 2024-25, down 4.1 per cent on the year before, "
        "[HMRC's annual bulletin] shows.",
        "Landfill tax brought in £618m in 2024-25, down 14.1 per cent on the year before, "
        "[HMRC's annual bulletin] shows.",
        _pdf(
            "Landfill Tax Bulletin 2024-25",
            "HM Revenue and Customs",
            [
                "Landfill Tax receipts in 2024-25 were £618 million, a fall of 4.1% compared "
                "with 2023-24.",
                "Standard rated tonnage fell to 5.9 million tonnes.",
            ],
            [
                ["Year", "Receipts (£ million)"],
                ["2022-23", "671"],
                ["2023-24", "644"],
                ["2024-25", "618"],
            ],
        ),
    )


def _text_and_csv() -> None:
    k = "text or csv"
    _pair(
        k,
        0,
        "mobile-data-jp",
        "Smartphone users hungrier for data",
        "Average mobile data use reached 12.6 gigabytes a month per subscriber in December, "
        "[the ministry's data file] shows.",
        "Average mobile data use reached 16.2 gigabytes a month per subscriber in December, "
        "[the ministry's data file] shows.",
        _csv(
            [
                ["month", "avg_monthly_data_per_subscriber_GB", "subscribers_million"],
                ["2024-10", "11.8", "211.4"],
                ["2024-11", "12.1", "211.9"],
                ["2024-12", "12.6", "212.3"],
            ]
        ),
    )
    _pair(
        k,
        1,
        "avalanche-days",
        "A long winter on the slopes",
        "Bavaria's avalanche service warned of considerable danger or higher on 38 days last "
        "winter, [its season summary] shows.",
        "Bavaria's avalanche service warned of considerable danger or higher on 48 days last "
        "winter, [its season summary] shows.",
        _text(
            [
                "Avalanche Warning Service Bavaria - season summary 2024/25 (translated)",
                "",
                "Days with danger level 3 (considerable) or higher: 38",
                "Days with danger level 4 (high): 6",
                "Avalanche accidents reported: 11",
                "",
                "Danger levels follow the European avalanche danger scale.",
            ]
        ),
    )
    _pair(
        k,
        2,
        "ebook-bristol",
        "E-book borrowing booms in Bristol",
        "E-book loans from Bristol's libraries rose to almost 469,000 in 2024-25, according to "
        "[council data].",
        "E-book loans from Bristol's libraries rose to almost 496,000 in 2024-25, according to "
        "[council data].",
        _csv(
            [
                ["Authority", "E-book loans 2023-24", "E-book loans 2024-25"],
                ["Bristol", "412350", "468900"],
                ["Bath and North East Somerset", "150220", "161480"],
                ["South Gloucestershire", "198700", "207310"],
            ]
        ),
    )


def _long_pages() -> None:
    k = "long page"
    _pair(
        k,
        0,
        "opera-munich",
        "Munich opera plays to near-full houses",
        "Munich's state opera sold 96.8% of its seats in the 2023/24 season, [the house's "
        "season review] says.",
        "Munich's state opera sold 98.6% of its seats in the 2023/24 season, [the house's "
        "season review] says.",
        _long(
            "Season review 2023/24",
            "The Bavarian State Opera welcomed 563,000 visitors in the 2023/24 season, a "
            "capacity utilisation of 96.8 percent.",
        ),
    )
    _pair(
        k,
        1,
        "scotch-exports",
        "Scotch exports dip as tariffs bite",
        "Scotch exports fell 3.8 per cent to £5.4bn last year, [the industry body] said.",
        "Scotch exports fell 8.3 per cent to £5.4bn last year, [the industry body] said.",
        _long(
            "Scotch Whisky export figures 2024",
            "The value of Scotch Whisky exports was £5.4 billion in 2024, down 3.8% on 2023.",
        ),
    )
    _pair(
        k,
        2,
        "chess-brazil",
        "Chess boom brings new players to the board",
        "Brazil's chess confederation counted 27,450 registered players at the end of last "
        "year, [its website] says.",
        "Brazil's chess confederation counted 24,750 registered players at the end of last "
        "year, [its website] says.",
        _long(
            "About the Brazilian Chess Confederation (translated)",
            "At 31 December 2024 the Confederation had 27,450 registered players in all states.",
        ),
    )


def _notation() -> None:
    k = "notation"
    _pair(
        k,
        0,
        "tram-claims",
        "Tram operator pays out over accidents",
        "The tram network paid £1.25 million in accident compensation last year, "
        "[its annual accounts] show.",
        "The tram network paid £12.5 million in accident compensation last year, "
        "[its annual accounts] show.",
        _release(
            "Annual accounts 2024: claims",
            "Accident compensation claims paid in 2024 amounted to £1,250,000.",
            "Accounts audited by an independent firm.",
        ),
    )
    _pair(
        k,
        1,
        "whisky-jp",
        "Japanese whisky finds European drinkers",
        "Japanese whisky exports to the EU were worth 3.8bn yen in the first half, "
        "[customs figures] show.",
        "Japanese whisky exports to the EU were worth 38bn yen in the first half, "
        "[customs figures] show.",
        _release(
            "Trade statistics: alcoholic beverages, January to June 2025 (translated)",
            "Exports of whisky to the European Union totalled ¥3.8 billion in January to June.",
            "Provisional. Final figures in November.",
        ),
    )
    _pair(
        k,
        2,
        "mobile-broadband-ie",
        "Mobile broadband gains share",
        "Mobile broadband's share of all broadband subscriptions rose 1.2 points to 18.9 per "
        "cent, [ComReg's quarterly report] shows.",
        "Mobile broadband's share of all broadband subscriptions rose 1.2 per cent to 18.9 per "
        "cent, [ComReg's quarterly report] shows.",
        _release(
            "Quarterly Key Data Report, Q3 2024",
            "Mobile broadband accounted for 18.9% of all broadband subscriptions, up 1.2 "
            "percentage points year on year.",
            "Next report: Q4 2024.",
        ),
    )
    _pair(
        k,
        3,
        "tea-levy",
        "Tea levy collections rise",
        "The tea board collected KSh1.35bn in levies in the year to June, [its statement] shows.",
        "The tea board collected KSh13.5bn in levies in the year to June, [its statement] shows.",
        _release(
            "Tea Board of Kenya: levy collections FY2024/25",
            "Levy collections for the financial year ended 30 June 2025 were KSh 1,350 million.",
            "Issued in Nairobi.",
        ),
    )


def _rounding() -> None:
    k = "rounding"
    _pair(
        k,
        0,
        "fare-evasion-berlin",
        "One in thirty rides unpaid",
        "About 3.5 percent of passengers on Berlin's trams and buses rode without a valid "
        "ticket in 2024, [the transport operator] says.",
        "About 5.3 percent of passengers on Berlin's trams and buses rode without a valid "
        "ticket in 2024, [the transport operator] says.",
        _release(
            "Ticket inspections 2024 (translated)",
            "The fare evasion rate on trams and buses was 3.46 percent in 2024.",
            "Based on 3.1 million ticket checks.",
        ),
    )
    _pair(
        k,
        1,
        "honey-kenya",
        "Honey output grows in the Rift Valley",
        "Kenya produced almost 2,850 tonnes of honey last year, [the livestock department's "
        "figures] show.",
        "Kenya produced almost 3,850 tonnes of honey last year, [the livestock department's "
        "figures] show.",
        _release(
            "State Department for Livestock: apiculture statistics 2024",
            "National honey production was estimated at 2,847 tonnes in 2024.",
            "Estimates from county reports.",
        ),
    )
    _pair(
        k,
        2,
        "solar-minas",
        "Solar investment surges in Minas Gerais",
        "Investment in rooftop and small solar plants in Minas Gerais reached R$1.9bn in 2024, "
        "[the solar association] says.",
        "Investment in rooftop and small solar plants in Minas Gerais reached R$1.4bn in 2024, "
        "[the solar association] says.",
        _release(
            "Distributed generation in Minas Gerais, 2024 (translated)",
            "Investment in distributed solar generation in the state reached R$ 1.874 billion "
            "in 2024.",
            "Source: association members' survey.",
        ),
    )


def _other_subject() -> None:
    k = "other subject"
    _pair(
        k,
        0,
        "tram-pedestrians",
        "Trams and pedestrians: a dangerous mix",
        "Trams struck pedestrians 37 times last year, [the safety report] shows.",
        "Trams struck pedestrians 112 times last year, [the safety report] shows.",
        _release(
            "Tram safety statistics 2024",
            "There were 112 collisions between trams and road vehicles in 2024, and 37 "
            "collisions with pedestrians.",
            "Collisions include those without injury.",
        ),
    )
    _pair(
        k,
        1,
        "5g-data",
        "5G users double their data",
        "Customers on 5G used 15.3 gigabytes of mobile data a month on average, "
        "[Ofcom's report] found.",
        "Customers on 5G used 8.9 gigabytes of mobile data a month on average, "
        "[Ofcom's report] found.",
        _release(
            "Connected Nations: mobile data",
            "Average monthly mobile data use per connection was 8.9GB on 4G and 15.3GB on 5G.",
            "Data collected from operators in June.",
        ),
    )
    _pair(
        k,
        2,
        "coffee-us",
        "American buyers turn to Kenyan coffee",
        "Kenya shipped 6,240 tonnes of coffee to the United States in the crop year, "
        "[the directorate's market report] shows.",
        "Kenya shipped 9,810 tonnes of coffee to the United States in the crop year, "
        "[the directorate's market report] shows.",
        _table(
            "Coffee exports by destination, crop year 2023/24 (tonnes)",
            ["Destination", "Tonnes", "Share (%)"],
            [
                ["Germany", "9,810", "20.4"],
                ["United States", "6,240", "13.0"],
                ["Belgium", "5,115", "10.6"],
            ],
            "Crop year October to September.",
        ),
    )


def _two_periods() -> None:
    k = "two periods"
    _pair(
        k,
        0,
        "avalanche-niigata",
        "More avalanche warnings in snowy Niigata",
        "Forecasters in Niigata issued 41 avalanche warnings in the 2024/25 winter, "
        "[the meteorological observatory] said.",
        "Forecasters in Niigata issued 29 avalanche warnings in the 2024/25 winter, "
        "[the meteorological observatory] said.",
        _release(
            "Niigata Local Meteorological Office: winter review (translated)",
            "Avalanche warnings issued: 41 in winter 2024/25 (winter 2023/24: 29).",
            "Warnings are issued by municipality.",
        ),
    )
    _pair(
        k,
        1,
        "borrowbox",
        "Irish readers embrace e-books",
        "Irish public libraries lent 2.1 million e-books in 2024, [the Libraries Ireland "
        "summary] shows.",
        "Irish public libraries lent 1.7 million e-books in 2024, [the Libraries Ireland "
        "summary] shows.",
        _table(
            "Public library e-book loans, Ireland (million)",
            ["Measure", "2023", "2024"],
            [["E-book loans", "1.7", "2.1"], ["E-audiobook loans", "1.3", "1.6"]],
        ),
    )
    _pair(
        k,
        2,
        "solar-october",
        "Solar installations hit a monthly high",
        "Installers fitted 19,870 solar panel systems in October 2025, "
        "[the certification scheme] says.",
        "Installers fitted 15,300 solar panel systems in October 2025, "
        "[the certification scheme] says.",
        _release(
            "MCS monthly installations: October 2025",
            "In October 2025, 19,870 solar PV installations were certified, compared with "
            "15,300 in October 2024.",
            "Data extracted on 5 November 2025.",
        ),
    )


def _absent() -> None:
    k = "figure absent"
    _add(
        k,
        0,
        "apiaries",
        "Bee inspectors busy as disease spreads",
        "Bee inspectors visited 3,400 apiaries last season, [the Department's report] says.",
        _release(
            "Honey bee colony losses, winter 2024/25",
            "Beekeepers reported losing 18.2% of their colonies over the winter.",
            "Survey of 1,050 beekeepers.",
        ),
        planted=True,
    )
    _add(
        k,
        1,
        "opera-revenue",
        "Opera box office strong",
        "Ticket sales brought in EUR 48 million for the Munich opera in 2023/24, "
        "[the house's figures] show.",
        _release(
            "Bavarian State Opera in figures",
            "Visitors in the 2023/24 season: 563,000. Performances: 412.",
            "Translated from the German.",
        ),
        planted=True,
    )
    _add(
        k,
        2,
        "freight-trains",
        "Freight trains by the thousand",
        "Some 11,200 freight trains a week ran on the network in the first quarter, "
        "[official statistics] show.",
        _table(
            "Rail freight transport, million tonnes",
            ["Traffic", "Q1 2024", "Q1 2025"],
            [["Total", "84.6", "81.9"], ["of which: cross-border", "31.2", "30.4"]],
        ),
        planted=True,
    )
    _add(
        k,
        3,
        "kenya-data-use",
        "Kenyans use more mobile data",
        "Kenyan subscribers used an average of 6.1GB of mobile data a month in the quarter, "
        "[the Communications Authority] said.",
        _release(
            "Sector statistics report Q2 2024/25",
            "Mobile data subscriptions stood at 52.3 million at the end of December 2024.",
            "Communications Authority of Kenya.",
        ),
        planted=True,
    )


def _spelled_out() -> None:
    k = "spelled out"
    _pair(
        k,
        0,
        "kerry-rescue",
        "Busy year for Kerry rescuers",
        "Kerry Mountain Rescue was called out 42 times in 2024, [the team's annual note] says.",
        "Kerry Mountain Rescue was called out 52 times in 2024, [the team's annual note] says.",
        _release(
            "Kerry Mountain Rescue Team: 2024 in brief",
            "The team was called out forty-two times in 2024, most often on Carrauntoohil.",
            "Thank you to all our supporters.",
        ),
    )
    _pair(
        k,
        1,
        "tram-derailments",
        "Derailments on the tram network",
        "Nine tram derailments were recorded on the network in 2024, [the regulator's "
        "statistics] show.",
        "Eleven tram derailments were recorded on the network in 2024, [the regulator's "
        "statistics] show.",
        _release(
            "Tram accident and incident statistics, 2024",
            "Derailments recorded in 2024: 9 (2023: 7).",
            "Includes derailments in depots.",
        ),
    )
    _pair(
        k,
        2,
        "coffee-mills",
        "New coffee mills licensed",
        "The directorate licensed twelve new coffee mills in the year, [its annual "
        "statement] says.",
        "The directorate licensed twenty new coffee mills in the year, [its annual "
        "statement] says.",
        _release(
            "Coffee Directorate: licensing, 2024",
            "12 new coffee mills were licensed in 2024, bringing the total to 231.",
            "Nairobi.",
        ),
    )


_PAYWALL = (
    "<h1>Subscribe to continue reading</h1><p>You have reached your limit of free articles. "
    "Subscribe from £1 a week to read the full industry report.</p>"
    "<button>Subscribe now</button> <a href='/login'>Sign in</a>"
)


def _unreadable() -> None:
    k = "unreadable"
    story = "Whisky shipments to Asia grew by 7.4 per cent last year, [the trade report] shows."
    sources = [
        (
            "locked-pdf",
            Source(
                "application/pdf",
                make_pdf([["Annual export statistics", "Exports grew 7.4%."]], password="s3"),
            ),
        ),
        ("scanned-pdf", Source("application/pdf", blank_pdf(pages=3))),
        ("html-404", _page("<h1>Page not found</h1><p>Error 404.</p>", "Not found", 404)),
        ("text-404", Source("text/plain", b"404 page not found\n", 404)),
        (
            "html-500",
            _page("<h1>Internal Server Error</h1><p>Please try later.</p>", "Error", 500),
        ),
        ("text-500", Source("text/plain; charset=utf-8", b"upstream connect error\n", 500)),
        ("paywall", _page(_PAYWALL, "Subscribe")),
        ("empty", Source("text/html; charset=utf-8", b"")),
    ]
    for topic, (slug, source) in enumerate(sources):
        _add(k, topic, slug, "Whisky shipments to Asia grow", story, source, readable=False)


def blind4_cases() -> list[Case]:
    """The fourth blind set, built afresh on every call."""
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
