"""A blind held-out set for the fact-check gate bench (issue 10, "Measured, not assumed").

Written from the issue's text and from how statistics offices, councils, courts and utilities
publish, not from the checker's code: nobody tuning the checker has seen these cases. Each
case is an article that cites one source for one figure (a few cite a figure with its period
beside another one). Topics, wording and sentence shapes are new: health, transport, energy,
sport, courts, schools, weather, budgets, tourism, farming, fire, water, housing, libraries.

A *planted* case's article gives a figure the source does not support for that thing: another
value, a figure the source does not have, one the source gives only about another subject or
another period, or the right digits in the wrong unit. A *clean* case's source is readable and
supports the article, often in another notation, rounded, in a table cell with its unit in the
header, on page 3 of a PDF, or deep in a long page. Unreadable sources come last: nothing can
be confirmed from them, so they must escalate by default.

Served as `citation_corpus` serves its cases: article at /news/<name>, source at
/sources/<name>. Every case's `split` is "blind".
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

# --- the article ------------------------------------------------------------------------------

_PAPER = (
    "The Northfield Courier",
    "Valley Evening Post",
    "The Harbourside Herald",
    "Midland Daily",
)
_FILLER = (
    "Campaigners said the numbers told only part of the story and called for a fuller "
    "breakdown by district, which officials promised to publish later in the year.",
    "A spokesperson for the department said it was working closely with local partners and "
    "would set out its plans in the spring, once the consultation had closed.",
    "Residents who spoke to this newspaper were divided, with some praising the effort and "
    "others saying they had seen little change on their own street.",
    "Opposition councillors questioned whether the approach could be sustained, pointing to "
    "rising costs and a shortage of trained staff across the region.",
    "Experts cautioned against reading too much into a single release, noting that early "
    "estimates are often revised when late returns arrive.",
    "The minister is expected to face questions on the subject when parliament returns after "
    "the recess next month.",
)


def _article(name: str, headline: str, sentence: str, index: int) -> str:
    """A news page: masthead, byline, the cited sentence first, then a few plain paragraphs."""
    paper = _PAPER[index % len(_PAPER)]
    link = f"/sources/{name}"
    body = sentence.replace("[", f'<a href="{link}">').replace("]", "</a>")
    filler = "".join(f"<p>{_FILLER[(index + k) % len(_FILLER)]}</p>" for k in range(3))
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{headline} | {paper}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/local'>Local</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{headline}</h1><p class='byline'>By our staff reporter</p>"
        f"<p>{body}</p>{filler}</article>"
        f"<footer>&copy; {paper}. All rights reserved.</footer></body></html>"
    )


# --- sources ----------------------------------------------------------------------------------


def _html(body: str, title: str = "News release", status: int = 200) -> Source:
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body>{body}</body></html>"
    )
    return Source("text/html; charset=utf-8", page.encode(), status)


def _release(dateline: str, heading: str, lines: list[str], contact: str) -> Source:
    """A statistics office's short release: dateline, heading, a line or two, contact, ends."""
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    return _html(
        f"<p><strong>{dateline}</strong></p><h1>{heading}</h1>{paragraphs}"
        f"<p>Media contact: {contact}</p><p>ENDS</p>",
        heading,
    )


def _table(
    caption: str,
    header: tuple[str, ...],
    rows: list[tuple[str, ...]],
    notes: list[str],
) -> Source:
    head = "".join(f"<th scope='col'>{c}</th>" for c in header)
    body = "".join(
        "<tr><th scope='row'>" + row[0] + "</th>" + "".join(f"<td>{c}</td>" for c in row[1:])
        for row in rows
    )
    footnotes = "".join(f"<p class='note'>{note}</p>" for note in notes)
    return _html(
        f"<h2>{caption}</h2><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f"{footnotes}<p>Source: administrative data. Next update in three months.</p>",
        caption,
    )


def _pdf(title: str, summary: list[str], findings: list[str], table: list[list[str]]) -> Source:
    """A four-page report: cover, contents, summary, findings on page 3 (and a table), methods."""
    pages = [
        [title, "Official statistics", "Published by the Statistics Unit"],
        [
            "Contents",
            "1. Summary ........ 2",
            "2. Main findings ........ 3",
            "3. Methods and quality ........ 4",
            "1. Summary",
            *summary,
        ],
        ["2. Main findings", *findings],
        [
            "3. Methods and quality",
            "Figures are drawn from administrative returns and are provisional.",
            "Totals may not sum because of rounding. Revised figures replace earlier ones.",
        ],
    ]
    return Source("application/pdf", make_pdf(pages, tables=[table] if table else []))


def _long(lead: str, sentence: str, position: int) -> Source:
    """A council or agency page: nav, a cookie notice, forty paragraphs, the one that counts."""
    paragraphs = [
        f"<p>Ward {n}: {12 + 3 * n} streetlights were replaced, {n + 4} parks had their play "
        f"equipment inspected and {200 + 11 * n} bins were emptied on the revised rota.</p>"
        for n in range(1, 41)
    ]
    paragraphs.insert(position, f"<p>{sentence}</p>")
    return _html(
        "<div class='cookie'>We use cookies to make this site work. Accept all / Reject.</div>"
        "<nav><a href='/'>Home</a> | <a href='/services'>Services</a> | "
        "<a href='/news'>News</a> | <a href='/contact'>Contact us</a></nav>"
        f"<main><h1>Annual performance report</h1><p>{lead}</p>{''.join(paragraphs)}</main>"
        "<footer>Accessibility | Privacy notice | Terms of use | Site map</footer>",
        "Annual performance report",
    )


def _csv(header: list[str], rows: list[list[str]]) -> Source:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return Source("text/csv", out.getvalue().encode())


def _text(lines: list[str]) -> Source:
    return Source("text/plain; charset=utf-8", ("\n".join(lines) + "\n").encode())


# --- the cases --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _BlindCase(Case):
    @property
    def split(self) -> str:
        return "blind"


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
    """One case. `sentence` marks the link text with [brackets]."""
    name = f"blind-{kind.replace(' ', '-')}-{n}-{'planted' if planted else 'clean'}"
    index = len(_made)
    _made.append(
        _BlindCase(
            name,
            kind,
            n,
            planted,
            _article(name, headline, sentence, index),
            source,
            readable,
        )
    )


def _press_releases() -> None:
    kind = "press release"
    ae = _release(
        "LONDON, 12 December 2025",
        "Emergency department performance, November 2025",
        [
            "In November, 71.4 per cent of patients attending emergency departments were "
            "admitted, transferred or discharged within four hours of arrival.",
            "Data are provisional.",
        ],
        "Press Office, 020 7946 0123, press@healthstats.example",
    )
    _add(
        kind,
        0,
        False,
        "A&E waits ease slightly",
        "Emergency departments dealt with 71.4% of patients within four hours last month, "
        "[NHS figures published on Thursday] show.",
        ae,
    )
    _add(
        kind,
        0,
        True,
        "A&E waits ease slightly",
        "Emergency departments dealt with 76.2% of patients within four hours last month, "
        "[NHS figures published on Thursday] show.",
        ae,
    )
    rail = _release(
        "GLASGOW, 17 October 2025 -",
        "Regional rail punctuality",
        [
            "Punctuality on the regional network was 88.9% in the four weeks to 12 October, "
            "the operator said today."
        ],
        "Media relations team, media@railco.example (24 hours)",
    )
    _add(
        kind,
        1,
        False,
        "Trains run closer to time",
        "Some 88.9 percent of regional trains ran on time in the four weeks to 12 October, "
        "[according to the operator].",
        rail,
    )
    _add(
        kind,
        1,
        True,
        "Trains run closer to time",
        "Some 91.3 percent of regional trains ran on time in the four weeks to 12 October, "
        "[according to the operator].",
        rail,
    )
    wind = _release(
        "EMBARGOED UNTIL 09:30, 30 October 2025",
        "Energy trends: third quarter",
        [
            "Wind farms generated 9,870 GWh between July and September, the highest third "
            "quarter on record."
        ],
        "Energy statistics desk, energy.stats@gov.example",
    )
    _add(
        kind,
        2,
        False,
        "Record summer for wind",
        "Turbines produced 9,870 GWh of electricity in the third quarter, "
        "[the energy department said].",
        wind,
    )
    _add(
        kind,
        2,
        True,
        "Record summer for wind",
        "Turbines produced 8,790 GWh of electricity in the third quarter, "
        "[the energy department said].",
        wind,
    )
    crowd = _release(
        "MANCHESTER, 2 June 2025",
        "League publishes end-of-season attendance",
        ["Average attendance across the division was 23,412 in the 2024/25 season."],
        "Communications, +44 161 496 0000",
    )
    _add(
        kind,
        3,
        False,
        "Crowds flock back to the terraces",
        "An average of 23,412 fans watched each match in the season just finished, "
        "[the league announced].",
        crowd,
    )
    _add(
        kind,
        3,
        True,
        "Crowds flock back to the terraces",
        "An average of 32,412 fans watched each match in the season just finished, "
        "[the league announced].",
        crowd,
    )


def _html_tables() -> None:
    kind = "html table"
    courts = _table(
        "Table C1: Outstanding cases in the Crown Court, by quarter",
        ("Case type", "Q2 2025", "Q3 2025"),
        [
            ("Trials", "51,204", "52,118"),
            ("Appeals", "1,930", "1,877"),
            ("All outstanding cases", "66,812", "67,573¹"),
        ],
        ["¹ Provisional. Figures for the latest quarter will be revised."],
    )
    _add(
        kind,
        0,
        False,
        "Court backlog grows again",
        "The number of cases waiting to be heard in the Crown Court rose to 67,573 at the end "
        "of September, [Ministry of Justice tables] show.",
        courts,
    )
    _add(
        kind,
        0,
        True,
        "Court backlog grows again",
        "The number of cases waiting to be heard in the Crown Court rose to 69,573 at the end "
        "of September, [Ministry of Justice tables] show.",
        courts,
    )
    absence = _table(
        "Pupil absence in state-funded schools, autumn term",
        ("School phase", "Overall absence rate (%)", "Persistent absence (%)"),
        [
            ("Primary", "5.2", "14.6"),
            ("Secondary", "8.1", "25.3"),
            ("All schools", "6.9", "19.4"),
        ],
        ["Rates are the share of possible sessions missed."],
    )
    _add(
        kind,
        1,
        False,
        "Pupils missing fewer lessons",
        "Pupils in state schools missed 6.9 per cent of sessions in the autumn term, "
        "[figures from the education department] show.",
        absence,
    )
    _add(
        kind,
        1,
        True,
        "Pupils missing fewer lessons",
        "Pupils in state schools missed 5.9 per cent of sessions in the autumn term, "
        "[figures from the education department] show.",
        absence,
    )
    budget = _table(
        "Revenue budget 2026 (€ million)",
        ("Service", "2025 budget", "2026 budget"),
        [
            ("Adult social care", "298.0", "312.5"),
            ("Children's services", "187.3", "194.6"),
            ("Highways", "41.2", "39.8"),
        ],
        ["All figures in € million, cash terms."],
    )
    _add(
        kind,
        2,
        False,
        "Care budget rises in council plan",
        "The council will spend €312.5m on adult social care next year, [its budget papers] show.",
        budget,
    )
    _add(
        kind,
        2,
        True,
        "Care budget rises in council plan",
        "The council will spend €321.5m on adult social care next year, [its budget papers] show.",
        budget,
    )
    rain = _table(
        "Monthly rainfall, October 2025",
        ("Station", "Rainfall (mm)", "% of long-term average"),
        [
            ("Ridgeway", "142", "161"),
            ("Lowmoor", "98", "117"),
            ("Eastcliff", "76", "94"),
        ],
        ["Long-term average 1991-2020."],
    )
    _add(
        kind,
        3,
        False,
        "Soggy October for the Ridgeway",
        "The Ridgeway weather station recorded 142mm of rain in October, "
        "[the Met Office's monthly figures] show.",
        rain,
    )
    _add(
        kind,
        3,
        True,
        "Soggy October for the Ridgeway",
        "The Ridgeway weather station recorded 124mm of rain in October, "
        "[the Met Office's monthly figures] show.",
        rain,
    )


def _pdf_reports() -> None:
    kind = "pdf report"
    tourism = _pdf(
        "Tourism accommodation statistics, Q3 2025",
        ["Demand for hotel rooms remained strong across the coastal regions."],
        [
            "Hotels and guesthouses recorded 1.84 million overnight stays in the third "
            "quarter of 2025.",
            "Stays by overseas visitors made up just over a third of the total.",
        ],
        [],
    )
    _add(
        kind,
        0,
        False,
        "Summer boom for hotels",
        "Hotels logged 1,840,000 overnight stays in the third quarter, "
        "[the statistics unit's report] says.",
        tourism,
    )
    _add(
        kind,
        0,
        True,
        "Summer boom for hotels",
        "Hotels logged 1,480,000 overnight stays in the third quarter, "
        "[the statistics unit's report] says.",
        tourism,
    )
    harvest = _pdf(
        "Cereal and oilseed production, 2025 harvest",
        ["A dry spring reduced yields in the east; the west was less affected."],
        ["The table below gives the main crops. Barley held up better than expected."],
        [
            ["Crop", "2024 (million tonnes)", "2025 (million tonnes)"],
            ["Wheat", "12.8", "13.9"],
            ["Barley", "6.6", "6.9"],
            ["Oilseed rape", "1.1", "1.0"],
        ],
    )
    _add(
        kind,
        1,
        False,
        "Wheat harvest recovers",
        "Farmers harvested 13.9m tonnes of wheat this year, "
        "[the agriculture department's survey] found.",
        harvest,
    )
    _add(
        kind,
        1,
        True,
        "Wheat harvest recovers",
        "Farmers harvested 15.9m tonnes of wheat this year, "
        "[the agriculture department's survey] found.",
        harvest,
    )
    fire = _pdf(
        "Fire and rescue incident statistics, year ending March 2025",
        ["Incident numbers were broadly stable compared with the previous year."],
        [
            "Firefighters attended 18,204 incidents in the year ending March 2025, of which "
            "a little under half were false alarms.",
            "Primary fires accounted for the rest, with road traffic collisions counted "
            "separately.",
        ],
        [],
    )
    _add(
        kind,
        2,
        False,
        "Fire crews kept busy",
        "Crews were called out to 18,204 incidents in the year to March, "
        "[the fire service's annual statistics] show.",
        fire,
    )
    _add(
        kind,
        2,
        True,
        "Fire crews kept busy",
        "Crews were called out to 21,804 incidents in the year to March, "
        "[the fire service's annual statistics] show.",
        fire,
    )
    leaks = _pdf(
        "Water resources annual review 2024-25",
        ["Demand was higher than forecast during the July heatwave."],
        [
            "Leakage averaged 412 million litres a day over the year, against a target of "
            "395 million litres a day.",
        ],
        [],
    )
    _add(
        kind,
        3,
        False,
        "Water firm misses leakage goal",
        "The utility lost 412m litres of water a day to leaks last year, "
        "[its annual review] admits.",
        leaks,
    )
    _add(
        kind,
        3,
        True,
        "Water firm misses leakage goal",
        "The utility lost 512m litres of water a day to leaks last year, "
        "[its annual review] admits.",
        leaks,
    )


def _text_and_csv() -> None:
    kind = "text or csv"
    rents = _csv(
        ["metro_area", "period", "median_rent_usd", "yoy_change_pct"],
        [
            ["Riverside", "2025-09", "1875", "3.1"],
            ["Lakeview", "2025-09", "1642", "2.4"],
            ["Hillcrest", "2025-09", "2210", "4.0"],
        ],
    )
    _add(
        kind,
        0,
        False,
        "Rents keep climbing in Riverside",
        "The median rent in Riverside reached $1,875 a month in September, "
        "[data from the housing agency] show.",
        rents,
    )
    _add(
        kind,
        0,
        True,
        "Rents keep climbing in Riverside",
        "The median rent in Riverside reached $1,957 a month in September, "
        "[data from the housing agency] show.",
        rents,
    )
    arrests = _text(
        [
            "COUNTY SHERIFF'S OFFICE - MONTHLY ACTIVITY SUMMARY",
            "Period: August 2025",
            "",
            "Calls for service ............. 4,318",
            "Traffic stops ................. 1,206",
            "Arrests ....................... 287",
            "",
            "Figures are preliminary. Questions: records@sheriff.example",
        ]
    )
    _add(
        kind,
        1,
        False,
        "Sheriff's deputies busier in August",
        "Deputies answered 4,318 calls for service in August, [the sheriff's office said].",
        arrests,
    )
    _add(
        kind,
        1,
        True,
        "Sheriff's deputies busier in August",
        "Deputies answered 4,813 calls for service in August, [the sheriff's office said].",
        arrests,
    )
    buses = _csv(
        ["route", "month", "boardings", "on_time_pct"],
        [
            ["12", "Oct 2025", "184,220", "91.2"],
            ["47", "Oct 2025", "96,015", "84.7"],
            ["X3", "Oct 2025", "52,330", "88.0"],
        ],
    )
    _add(
        kind,
        2,
        False,
        "Route 12 still the city's busiest",
        "Route 12 carried 184,220 passengers in October, [transit authority data] show.",
        buses,
    )
    _add(
        kind,
        2,
        True,
        "Route 12 still the city's busiest",
        "Route 12 carried 148,220 passengers in October, [transit authority data] show.",
        buses,
    )
    clinic = _text(
        [
            "Public Health Bulletin No. 44",
            "",
            "Seasonal flu vaccination: by 30 November, 62.3% of adults aged 65 and over had",
            "been vaccinated. Uptake among pregnant women was lower.",
            "",
            "-- end of bulletin --",
        ]
    )
    _add(
        kind,
        3,
        False,
        "Older people heed flu jab call",
        "By the end of November 62.3% of over-65s had had a flu jab, "
        "[the public health bulletin] says.",
        clinic,
    )
    _add(
        kind,
        3,
        True,
        "Older people heed flu jab call",
        "By the end of November 68.3% of over-65s had had a flu jab, "
        "[the public health bulletin] says.",
        clinic,
    )


def _long_pages() -> None:
    kind = "long page"
    shapes = [
        (
            "Library services",
            "Library loans fell 4.2% over the year, to the lowest level since the branches "
            "reopened.",
            "Library loans dropped 4.2 percent last year, [the council's performance report] "
            "shows.",
            "Library loans dropped 2.4 percent last year, [the council's performance report] "
            "shows.",
            "Libraries lend less",
        ),
        (
            "Recycling",
            "The share of household waste sent for recycling or composting was 47.6 per cent, "
            "up from last year.",
            "Households recycled or composted 47.6% of their waste, [the council's annual "
            "report] says.",
            "Households recycled or composted 46.7% of their waste, [the council's annual "
            "report] says.",
            "Recycling edges up",
        ),
        (
            "Road safety",
            "There were 312 people killed or seriously injured on the borough's roads in 2024.",
            "The borough recorded 312 deaths and serious injuries on its roads in 2024, "
            "[according to the council].",
            "The borough recorded 231 deaths and serious injuries on its roads in 2024, "
            "[according to the council].",
            "Road casualties in the borough",
        ),
        (
            "Housing",
            "The council completed 1,126 new affordable homes during the year, exceeding "
            "its target.",
            "The council built 1,126 affordable homes last year, [its annual report] shows.",
            "The council built 1,621 affordable homes last year, [its annual report] shows.",
            "Affordable homes target beaten",
        ),
    ]
    for n, (lead, fact, clean, planted, headline) in enumerate(shapes):
        page = _long(f"{lead}: what we did this year.", fact, 12 + 7 * n)
        _add(kind, n, False, headline, clean, page)
        _add(kind, n, True, headline, planted, page)


def _notation() -> None:
    """The article writes the figure in another notation than the source."""
    kind = "notation"
    shapes = [
        # (source sentence, clean article sentence, planted article sentence, headline)
        (
            "The claimant count rate was 3.1% in August.",
            "The jobless rate stood at 3.1 per cent in August, [the labour office bulletin] says.",
            # The right digits in the wrong unit.
            "The jobless rate stood at 3.1 million in August, [the labour office bulletin] says.",
            "Jobless rate steady",
        ),
        (
            "The contract for the new ferry terminal is worth $58,000,000.",
            "The ferry terminal contract is worth $58m, [the port authority's notice] shows.",
            "The ferry terminal contract is worth $85m, [the port authority's notice] shows.",
            "Ferry terminal contract awarded",
        ),
        (
            "Capital spending on the metro extension reached 2.3 billion euros in 2025.",
            "The metro extension has cost €2.3bn so far this year, [the transport authority] said.",
            "The metro extension has cost €2.3m so far this year, [the transport authority] said.",
            "Metro extension costs mount",
        ),
        (
            "Some 1,200 volunteers took part in the beach clean on Saturday.",
            "About 1.2 thousand volunteers turned out for the beach clean, [organisers said].",
            "About 2,100 volunteers turned out for the beach clean, [organisers said].",
            "Volunteers clear the sands",
        ),
        (
            "Visitor numbers at the national museum changed by -6.5% on the year.",
            "Visitor numbers at the national museum fell 6.5 percent, [the museum's annual "
            "return] shows.",
            "Visitor numbers at the national museum rose 6.5 percent, [the museum's annual "
            "return] shows.",
            "Museum visits slip",
        ),
    ]
    for n, (fact, clean, planted, headline) in enumerate(shapes):
        page = _release(
            "Issued 4 November 2025",
            "Notice",
            [fact],
            "Enquiries: info@agency.example",
        )
        _add(kind, n, False, headline, clean, page)
        _add(kind, n, True, headline, planted, page)
    # A range, as a spending plan writes one.
    plan = _release(
        "Issued 20 November 2025",
        "Sea wall repairs",
        ["Repairs to the sea wall are expected to cost between £3m and £4m."],
        "Engineering services, 01632 960 111",
    )
    _add(
        kind,
        5,
        False,
        "Sea wall bill",
        "Mending the sea wall will cost £3 million to £4 million, [the council estimates].",
        plan,
    )
    _add(
        kind,
        5,
        True,
        "Sea wall bill",
        "Mending the sea wall will cost £8 million to £9 million, [the council estimates].",
        plan,
    )


def _rounding() -> None:
    kind = "rounding"
    shapes = [
        (
            "The infant mortality rate was 3.14 deaths per 1,000 live births in 2024.",
            "Infant mortality stood at 3.1 deaths per 1,000 live births in 2024, "
            "[the registrar general's report] says.",
            "Infant mortality stood at 4.7 deaths per 1,000 live births in 2024, "
            "[the registrar general's report] says.",
            "Infant deaths at record low",
        ),
        (
            "Average broadband download speed in rural areas was 71.38 Mbit/s.",
            "Rural broadband now averages 71.4 Mbit/s, [the regulator's report] found.",
            "Rural broadband now averages 77.4 Mbit/s, [the regulator's report] found.",
            "Rural broadband speeds up",
        ),
        (
            "The average price paid for a house in the county was £287,460 in September.",
            "The average house in the county sold for nearly £287,500 in September, [Land Registry "
            "data] show.",
            "The average house in the county sold for nearly £278,500 in September, [Land Registry "
            "data] show.",
            "County house prices",
        ),
    ]
    for n, (fact, clean, planted, headline) in enumerate(shapes):
        page = _release(
            "Published 9 October 2025", "Statistical release", [fact], "stats@ons.example"
        )
        _add(kind, n, False, headline, clean, page)
        _add(kind, n, True, headline, planted, page)


def _other_subject() -> None:
    """The article's figure is on the page, but about something else."""
    kind = "other subject"
    # Planted: the article's subject has another figure (or none); its figure is another's.
    _add(
        kind,
        0,
        True,
        "Cycle lanes see more riders",
        "Cycle journeys on the new lanes rose 14 per cent this summer, [city transport "
        "figures] show.",
        _release(
            "CITY HALL, 3 September 2025",
            "Active travel summer update",
            [
                "Pedestrian footfall in the centre rose 14 per cent this summer.",
                "Cycle journeys on the new lanes were up 9 per cent on the same period.",
            ],
            "Transport press desk, 0117 496 0777",
        ),
    )
    _add(
        kind,
        1,
        True,
        "Hospital births",
        "The maternity unit delivered 3,412 babies last year, [the hospital trust's annual "
        "report] says.",
        _release(
            "Trust annual report extract",
            "Our year in numbers",
            [
                "Our outpatient clinics saw 3,412 new referrals for physiotherapy.",
                "The maternity unit continued to expand its birth centre.",
            ],
            "Communications office, comms@trust.example",
        ),
    )
    _add(
        kind,
        2,
        True,
        "Electric cars on the rise",
        "Electric cars made up 27% of new registrations in October, [industry figures] show.",
        _table(
            "New car registrations by fuel type, October 2025 (share, %)",
            ("Fuel type", "October 2024", "October 2025"),
            [
                ("Battery electric", "19", "22"),
                ("Hybrid", "24", "27"),
                ("Petrol", "46", "41"),
            ],
            [],
        ),
    )
    _add(
        kind,
        3,
        True,
        "Secondary schools oversubscribed",
        "Some 812 children missed out on their first-choice secondary school this year, "
        "[the council said].",
        _release(
            "County Hall, 1 March 2026",
            "School place offers",
            [
                "812 children were offered a place at their first-choice primary school in "
                "the north of the county.",
                "Secondary offers will be reported separately.",
            ],
            "admissions@county.example",
        ),
    )
    # Clean: the same page has both subjects; the article names the right one.
    _add(
        kind,
        0,
        False,
        "Cycle lanes see more riders",
        "Cycle journeys on the new lanes rose 9 per cent this summer, [city transport "
        "figures] show.",
        _release(
            "CITY HALL, 3 September 2025",
            "Active travel summer update",
            [
                "Pedestrian footfall in the centre rose 14 per cent this summer.",
                "Cycle journeys on the new lanes were up 9 per cent on the same period.",
            ],
            "Transport press desk, 0117 496 0777",
        ),
    )
    _add(
        kind,
        2,
        False,
        "Electric cars on the rise",
        "Battery electric cars made up 22% of new registrations in October, [industry "
        "figures] show.",
        _table(
            "New car registrations by fuel type, October 2025 (share, %)",
            ("Fuel type", "October 2024", "October 2025"),
            [
                ("Battery electric", "19", "22"),
                ("Hybrid", "24", "27"),
                ("Petrol", "46", "41"),
            ],
            [],
        ),
    )
    _add(
        kind,
        4,
        False,
        "Dog attacks reported to police",
        "Police recorded 96 dog attacks on people in the county last year, [figures "
        "released under freedom of information] show.",
        _text(
            [
                "FOI response ref 2025/0419",
                "Dog attacks on livestock recorded: 41",
                "Dog attacks on people recorded: 96",
                "Period: calendar year 2024",
            ]
        ),
    )


def _two_periods() -> None:
    """The same subject with two periods on the page; the article must name the right one."""
    kind = "two periods"
    shapes = [
        (
            "Overnight stays in the region's campsites rose to 412,000 last quarter, against "
            "376,000 a year earlier.",
            "Campsites hosted 412,000 overnight stays in the latest quarter, [the tourism "
            "board] said.",
            "Campsites hosted 376,000 overnight stays in the latest quarter, [the tourism "
            "board] said.",
            "Campsites busier",
        ),
        (
            "The fraud squad opened 1,085 investigations in 2025, compared with 940 in 2024.",
            "The fraud squad opened 940 investigations in 2024, [police data] show.",
            "The fraud squad opened 940 investigations in 2025, [police data] show.",
            "Fraud cases climb",
        ),
        (
            "Median waiting time for a hip replacement was 38 weeks in October and 41 weeks in "
            "September.",
            "Patients waited a median of 38 weeks for a hip replacement in October, [the "
            "health board] said.",
            "Patients waited a median of 41 weeks for a hip replacement in October, [the "
            "health board] said.",
            "Hip waits shorten",
        ),
        (
            "The city's homelessness service helped 2,614 households in 2024-25, after 2,390 "
            "the year before.",
            "The homelessness service supported 2,614 households in 2024-25, [the city's "
            "report] shows.",
            "The homelessness service supported 2,390 households in 2024-25, [the city's "
            "report] shows.",
            "More families seek help",
        ),
    ]
    for n, (fact, clean, planted, headline) in enumerate(shapes):
        page = _release(
            "Published 28 November 2025", "Quarterly update", [fact], "press@region.example"
        )
        _add(kind, n, False, headline, clean, page)
        _add(kind, n, True, headline, planted, page)


def _absent() -> None:
    """The source is about the subject but gives no figure for it (or none that matches)."""
    kind = "figure absent"
    _add(
        kind,
        0,
        True,
        "Potholes fixed",
        "Highways crews repaired 5,300 potholes over the winter, [the council said].",
        _release(
            "Town Hall, 14 March 2026",
            "Winter road repairs",
            [
                "Highways crews have worked through the winter to repair potholes across the "
                "district. A full count will be published with the annual report."
            ],
            "Highways team, 01632 960 222",
        ),
    )
    _add(
        kind,
        1,
        True,
        "Air ambulance flights",
        "The air ambulance flew 1,450 missions last year, [the charity's review] says.",
        _pdf(
            "Annual review 2025",
            ["Thanks to our donors, the helicopter was available every day of the year."],
            [
                "Our crews flew missions across three counties, and our new night-flying "
                "capability came into service in May.",
                "Fundraising income grew for the fourth year running.",
            ],
            [],
        ),
    )
    _add(
        kind,
        2,
        True,
        "Tram fares frozen",
        "Tram fares will be frozen at £2.40 for a single journey, [the operator confirmed].",
        _release(
            "For immediate release",
            "Fares update",
            ["Tram fares will not rise in January, the operator confirmed today."],
            "press@trams.example",
        ),
    )


def _spelled_out() -> None:
    kind = "spelled out"
    shapes = [
        (
            "Twelve schools in the county were closed on Monday because of snow.",
            "Snow closed 12 schools across the county on Monday, [the council said].",
            "Snow closed 20 schools across the county on Monday, [the council said].",
            "Snow shuts schools",
        ),
        (
            "A quarter of adults in the borough are physically inactive, the survey found.",
            "Some 25% of adults in the borough are physically inactive, [the survey] found.",
            "Some 40% of adults in the borough are physically inactive, [the survey] found.",
            "Borough's inactivity problem",
        ),
        (
            "The airport's runway will close for nine nights in February for resurfacing.",
            "The runway will shut for 9 nights in February, [the airport announced].",
            "The runway will shut for 19 nights in February, [the airport announced].",
            "Runway closure",
        ),
    ]
    for n, (fact, clean, planted, headline) in enumerate(shapes):
        page = _release("Announcement, 6 January 2026", "Update", [fact], "news@example.org")
        _add(kind, n, False, headline, clean, page)
        _add(kind, n, True, headline, planted, page)


def _unreadable() -> None:
    """Sources nothing can be confirmed from: all must escalate by default."""
    kind = "unreadable"
    sentence = "The council's reserves fell to £18.6m in March, [the finance report] shows."
    headline = "Council reserves shrink"
    sources = [
        (
            "locked pdf",
            Source(
                "application/pdf",
                make_pdf(
                    [["Finance report", "Reserves fell to 18.6 million pounds."]], password="s"
                ),
            ),
        ),
        ("image-only pdf", Source("application/pdf", blank_pdf(3))),
        (
            "404",
            Source(
                "text/html",
                b"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
                b"<p>The requested URL was not found on this server.</p></body></html>",
                404,
            ),
        ),
        (
            "error page",
            Source(
                "text/html",
                b"<html><head><title>Service Unavailable</title></head><body>"
                b"<h1>503 Service Temporarily Unavailable</h1><hr><center>nginx</center>"
                b"</body></html>",
                503,
            ),
        ),
        (
            "soft error page",
            _html(
                "<h1>Sorry, something went wrong</h1><p>We could not load this page. Please "
                "try again later.</p>",
                "Error",
            ),
        ),
        ("empty page", Source("text/html", b"")),
        (
            "script shell",
            Source(
                "text/html",
                b"<html><head><script src='/app.js'></script></head><body>"
                b"<div id='root'></div><noscript>Enable JavaScript.</noscript></body></html>",
            ),
        ),
    ]
    for n, (_label, source) in enumerate(sources):
        _add(kind, n, False, headline, sentence, source, readable=False)


def blind_cases() -> list[Case]:
    """Every blind case, named blind-<kind>-<n>-<planted|clean>."""
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
