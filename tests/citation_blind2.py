"""A second blind held-out set for the fact-check gate bench (issue 10, "Measured, not assumed").

Written from the issue's specification and from how harbour boards, prison services, pension
departments, regulators, returning officers and statistics offices actually publish, not from
the checker's code, and by someone who has not seen the other sets' case texts. Nobody tunes
on it: it exists so the figure reported for the checker is an honest one.

Topics are ports and shipping, prisons, pensions, broadband, museums, child care, election
turnout, fisheries quotas, air quality, tax receipts (including India's lakh crore), dairy,
bridges, airports, insolvencies, recycling, cinema, hospital beds; styles are Irish, British,
American, Australian, Indian and euro-area. The article often names its subject in other
words than the source, the source puts units in a caption or column header, carries footnote
markers, writes negatives as "−2.3" or "(2.3)", gives ranges, and the article hedges
("nearly", "more than"), spells numbers out, or speaks of "last year" and "2024-25".

A *planted* case's article gives a figure a careful copy editor would stop: another value, the
right digits in the wrong unit, a figure the source gives only for another subject or another
period, or one the source does not have at all. A *clean* case's source is readable and
supports the article as a copy editor would accept it. Unreadable sources (locked or scanned
PDFs, error pages with HTML or plain-text bodies, a login wall, an empty page) can confirm
nothing and so must escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind2".
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

# --- the article ------------------------------------------------------------------------------

_MASTHEAD = (
    "The Western Packet",
    "Coastline Chronicle",
    "The Riverside Gazette",
    "Southern Cross Tribune",
    "The Morning Ledger",
)
_PARAGRAPHS = (
    "Union representatives welcomed the news but warned that staffing had not kept pace, and "
    "said members would be watching closely over the winter.",
    "A local councillor said the change was overdue and asked for a breakdown by area to be "
    "laid before the next full meeting of the council.",
    "Industry groups said the picture was mixed, with smaller operators still struggling with "
    "higher insurance and energy bills.",
    "The figures are provisional and may be revised when late returns are counted, officials "
    "noted in a footnote to the publication.",
    "Critics said the government had been slow to act and that the headline number masked "
    "wide differences between regions.",
    "A review of the scheme is due to report next summer, and ministers have promised to "
    "publish its findings in full.",
    "Readers can find more on our data page, which is updated every month with the latest "
    "official statistics.",
)


def _article(name: str, headline: str, sentence: str, index: int) -> str:
    """A news page: site chrome, a standfirst, the cited sentence, then ordinary paragraphs."""
    paper = _MASTHEAD[index % len(_MASTHEAD)]
    body = sentence.replace("[", f'<a href="/sources/{name}">').replace("]", "</a>")
    rest = "".join(f"<p>{_PARAGRAPHS[(index + k) % len(_PARAGRAPHS)]}</p>" for k in range(4))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{headline} – {paper}</title></head><body>"
        "<header><a href='/'>Front page</a> | <a href='/business'>Business</a> | "
        "<a href='/opinion'>Opinion</a> | <a href='/subscribe'>Subscribe</a></header>"
        f"<article><h1>{headline}</h1><p class='dek'>Our correspondent reports</p>"
        f"<p>{body}</p>{rest}</article>"
        f"<footer>{paper} · Registered office, 4 Quay Street · Corrections: "
        "desk@example.org</footer></body></html>"
    )


# --- sources ----------------------------------------------------------------------------------


def _page(body: str, title: str, status: int = 200, charset: bool = True) -> Source:
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body>{body}</body></html>"
    )
    kind = "text/html; charset=utf-8" if charset else "text/html"
    return Source(kind, page.encode(), status)


def _release(heading: str, line: str, contact: str) -> Source:
    """A statistics or press release of three short lines: heading, the figure, contact."""
    return _page(f"<h1>{heading}</h1><p>{line}</p><p>{contact}</p>", heading)


def _table(caption: str, head: list[str], rows: list[list[str]], note: str = "") -> Source:
    """A bare HTML table with a caption (often the unit), a header row and row labels."""
    header = "".join(f"<th scope='col'>{cell}</th>" for cell in head)
    body = "".join(
        f"<tr><th scope='row'>{row[0]}</th>" + "".join(f"<td>{c}</td>" for c in row[1:]) + "</tr>"
        for row in rows
    )
    foot = f"<p class='note'>{note}</p>" if note else ""
    html = (
        f"<table><caption>{caption}</caption><thead><tr>{header}</tr></thead>"
        f"<tbody>{body}</tbody></table>{foot}"
    )
    return _page(html, caption)


def _pdf(title: str, publisher: str, findings: list[str], table: list[list[str]]) -> Source:
    """A report made for real: cover, contents, findings on page 3, methods, then a table."""
    pages = [
        [title, publisher, "Published November 2025", "ISBN 978-0-000-00000-0"],
        [
            "Contents",
            "1. Summary .......... 3",
            "2. Main findings .......... 3",
            "3. Methods and quality .......... 4",
            "Annex A: Tables .......... 5",
        ],
        ["2. Main findings", *findings],
        [
            "3. Methods and quality",
            "Figures are drawn from administrative returns and are subject to revision. "
            "Totals may not sum because of rounding. Percentages are calculated on unrounded "
            "numbers. Comparisons with years before 2019 should be made with care.",
        ],
    ]
    return Source("application/pdf", make_pdf(pages, tables=[table]))


_BOILERPLATE = (
    "We use cookies to make this site work and to understand how you use it. Accept all / "
    "Reject non-essential / Cookie settings.",
    "Skip to main content. Menu: Home, About us, News, Publications, Data, Careers, Contact.",
    "This page forms part of our corporate publications. It was last reviewed on 3 March and "
    "is due for review within 12 months.",
    "Our offices are open from 9am to 5pm, Monday to Friday, except on public holidays. Call "
    "1800 200 300 or write to the address below.",
    "Sign up to our newsletter to receive updates on consultations, tenders and events in "
    "your area. You can unsubscribe at any time.",
    "The organisation employs 1,450 staff across 23 sites and was established in 1998 under "
    "the enabling legislation.",
    "Accessibility: if you need this document in another format, such as large print, Braille "
    "or easy read, please contact our communications team.",
)


def _long(sentence: str, lead: str) -> Source:
    """A corporate page: cookie banner, menus, a sidebar with other numbers, the figure deep."""
    parts = [f"<div class='banner'>{_BOILERPLATE[0]}</div>", f"<nav>{_BOILERPLATE[1]}</nav>"]
    parts.append("<aside><h3>Most read</h3><ul><li>Annual report 2019</li>")
    parts.append("<li>Tender 77/2024 for 3 vehicles</li><li>Board minutes, 14 May</li>")
    parts.append("</ul></aside>")
    parts.append(f"<main><h1>{lead}</h1>")
    for k in range(2, 7):
        parts.append(f"<p>{_BOILERPLATE[k]}</p>")
    parts.append(f"<p>{sentence}</p>")
    for k in range(6, 1, -1):
        parts.append(f"<p>{_BOILERPLATE[k]}</p>")
    parts.append("</main><footer>© 2025 · Privacy · Terms · Freedom of information</footer>")
    return _page("".join(parts), lead)


def _csv(rows: list[list[str]]) -> Source:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return Source("text/csv", out.getvalue().encode())


def _text(lines: list[str]) -> Source:
    return Source("text/plain; charset=utf-8", ("\n".join(lines) + "\n").encode())


# --- the cases --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Blind2Case(Case):
    @property
    def split(self) -> str:
        return "blind2"


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
    name = f"blind2-{kind.replace(' ', '-')}-{n}-{'planted' if planted else 'clean'}"
    index = len(_made)
    article = _article(name, headline, sentence, index)
    _made.append(_Blind2Case(name, kind, n, planted, article, source, readable))


def _pair(
    kind: str, n: int, headline: str, sentence: str, clean: str, planted: str, source: Source
) -> None:
    """A clean and a planted case on one source: `sentence` has {f} for the figure."""
    _add(kind, n, False, headline, sentence.format(f=clean), source)
    _add(kind, n, True, headline, sentence.format(f=planted), source)


def _press_releases() -> None:
    kind = "press release"
    _pair(
        kind,
        0,
        "Jails fuller than ever",
        "Prisons held an average of {f} people a day in October, [the prison service said].",
        "4,916",
        "5,196",
        _release(
            "Prison population: October 2025",
            "The average daily number of people in custody during October was 4,916.",
            "Ends. Press office: +353 1 555 0100",
        ),
    )
    _pair(
        kind,
        1,
        "Pensioners to get rise in April",
        "The full new state pension will go up to {f} a week from April, "
        "[the Department for Work and Pensions announced].",
        "£230.25",
        "£203.25",
        _release(
            "Benefit and pension rates 2026 to 2027",
            "From 6 April the full rate of the new State Pension will be £230.25 per week.",
            "Media enquiries: 0115 965 8781 (journalists only)",
        ),
    )
    _pair(
        kind,
        2,
        "Fibre roll-out passes milestone",
        "Fibre services now reach {f} homes and businesses, [the network company said].",
        "4.3 million",
        "3.4 million",
        _release(
            "Quarterly network update",
            "As at 30 June, 4.3 million premises were able to connect to full-fibre services.",
            "For media only: media@example.com.au",
        ),
    )


def _html_tables() -> None:
    kind = "html table"
    _pair(
        kind,
        0,
        "Record year for museum",
        "The Natural History Museum welcomed {f} visitors in 2024, "
        "[the culture ministry's attendance figures show].",
        "2.0 million",
        "1.8 million",
        _table(
            "Visits to national museums (thousands)",
            ["Museum", "2023", "2024"],
            [
                ["National Gallery", "3,105", "3,262"],
                ["Natural History Museum", "1,842", "2,015"],
                ["Science Museum", "977", "1,133"],
                ["Maritime Museum", "651", "703"],
            ],
            "Source: museum returns. Figures rounded to the nearest thousand.",
        ),
    )
    _pair(
        kind,
        1,
        "Cork childcare places grow",
        "County Cork now has {f} registered childcare places, [the register shows].",
        "14,320",
        "13,420",
        _table(
            "Registered early learning and childcare places by county",
            ["County", "Services", "Places", "Change on year (%)"],
            [
                ["Cork", "612", "14,320", "3.9"],
                ["Dublin", "1,488", "41,207", "2.2"],
                ["Galway", "301", "6,944", "4.6"],
                ["Kerry", "178", "3,420", "1.1"],
            ],
        ),
    )
    turnout = _table(
        "General election: turnout by constituency",
        ["Constituency", "Electorate", "Votes cast", "Turnout (%)"],
        [
            ["Clare", "92,120", "57,199", "62.1"],
            ["Galway West", "118,950", "69,467", "58.4†"],
            ["Mayo", "101,003", "64,642", "64.0"],
        ],
        "† Recount held. Turnout is valid and invalid votes as a share of the electorate.",
    )
    _pair(
        kind,
        2,
        "Low turnout in Galway West",
        "Turnout in Galway West was {f}, [the returning officer's results show].",
        "58.4 per cent",
        "62.1 per cent",
        turnout,
    )
    _pair(
        kind,
        3,
        "Milk output slips",
        "Milk deliveries to creameries fell {f} in September compared with a year earlier, "
        "[official dairy statistics show].",
        "2.3%",
        "3.2%",
        _table(
            "Domestic milk intake, September 2025",
            ["Measure", "Sep 2024", "Sep 2025", "Change (%)"],
            [
                ["Intake (million litres)", "812.6", "793.9", "(2.3)"],
                ["Fat content (%)", "4.41", "4.47", "1.4"],
                ["Protein content (%)", "3.52", "3.56", "1.1"],
            ],
            "Negative changes are shown in brackets.",
        ),
    )


def _pdf_reports() -> None:
    kind = "pdf report"
    _pair(
        kind,
        0,
        "Cod quota raised for North Sea fleet",
        "The total allowable catch for North Sea cod was set at {f} tonnes for 2026, "
        "[the Commission's fishing opportunities report says].",
        "23,510",
        "25,310",
        _pdf(
            "Fishing opportunities for 2026",
            "Directorate-General for Maritime Affairs and Fisheries",
            [
                "The total allowable catch (TAC) for cod in the North Sea for 2026 is 23,510 "
                "tonnes, an increase of 3% on 2025.",
                "For haddock the TAC is 71,220 tonnes. Saithe remains unchanged.",
            ],
            [
                ["Stock", "TAC 2025 (t)", "TAC 2026 (t)"],
                ["Cod, North Sea", "22,826", "23,510"],
                ["Haddock, North Sea", "69,140", "71,220"],
                ["Saithe, North Sea", "49,153", "49,153"],
            ],
        ),
    )
    _pair(
        kind,
        1,
        "Roadside pollution falls",
        "Average nitrogen dioxide levels at roadside monitors fell to {f} micrograms per cubic "
        "metre in 2025, [the council's annual air quality status report found].",
        "31.6",
        "36.1",
        _pdf(
            "Air Quality Annual Status Report 2025",
            "Environmental Health Service, City Council",
            [
                "The annual mean NO2 concentration across roadside sites was 31.6 µg/m³ in "
                "2025, compared with 34.2 µg/m³ in 2024.",
                "No site exceeded the annual mean objective of 40 µg/m³.",
            ],
            [
                ["Site", "2024 (µg/m³)", "2025 (µg/m³)"],
                ["Roadside mean", "34.2", "31.6"],
                ["Urban background mean", "19.8", "18.3"],
            ],
        ),
    )
    _pair(
        kind,
        2,
        "Company tax haul grows",
        "Company tax receipts came to {f} in 2024-25, [the Final Budget Outcome shows].",
        "$141.9 billion",
        "$136.5 billion",
        _pdf(
            "Final Budget Outcome 2024-25",
            "Australian Government, Treasury",
            [
                "Total receipts were higher than estimated at the Budget, mainly because of "
                "stronger company tax and individuals' income tax collections.",
                "Detailed receipts are set out in Table A1 of Annex A.",
            ],
            [
                ["Receipts ($m)", "2023-24", "2024-25"],
                ["Individuals and other withholding taxes", "316,042", "339,860"],
                ["Company tax", "136,512", "141,870"],
                ["Goods and services tax", "90,581", "93,004"],
            ],
        ),
    )


def _text_and_csv() -> None:
    kind = "text or csv"
    _pair(
        kind,
        0,
        "Milk intake up in May",
        "Creameries took in {f} litres of milk in May, [department data show].",
        "1,187 million",
        "1,817 million",
        _csv(
            [
                ["month", "milk_intake_million_litres", "fat_pct", "protein_pct"],
                ["2025-03", "704.1", "4.02", "3.21"],
                ["2025-04", "1054.8", "4.05", "3.31"],
                ["2025-05", "1187.3", "4.09", "3.38"],
            ]
        ),
    )
    _pair(
        kind,
        1,
        "Hundreds of bridges in poor repair",
        "{f} of the state's bridges are rated in poor condition, "
        "[the transport department's inventory shows].",
        "1,142",
        "1,412",
        _text(
            [
                "BRIDGE CONDITION SUMMARY - NATIONAL BRIDGE INVENTORY SUBMISSION",
                "Reporting year: 2025",
                "",
                "Total structures in inventory ........ 16,804",
                "Structures rated good ................. 7,311",
                "Structures rated fair ................. 8,351",
                "Structures rated poor ................. 1,142   (6.8% of total)",
                "",
                "Ratings use the lowest of deck, superstructure and substructure condition.",
            ]
        ),
    )
    _pair(
        kind,
        2,
        "Shannon passenger numbers",
        "Shannon Airport handled {f} passengers last year, [the airports' annual figures show].",
        "1.98 million",
        "3.12 million",
        _csv(
            [
                ["airport", "year", "passengers", "movements"],
                ["Dublin", "2025", "34612000", "236410"],
                ["Cork", "2025", "3120000", "27650"],
                ["Shannon", "2025", "1984000", "19230"],
                ["Shannon", "2024", "1912000", "18870"],
            ]
        ),
    )


def _long_pages() -> None:
    kind = "long page"
    _pair(
        kind,
        0,
        "Insolvencies climb again",
        "Company insolvencies in England and Wales rose to {f} in the third quarter, "
        "[the Insolvency Service said].",
        "6,258",
        "6,852",
        _long(
            "There were 6,258 registered company insolvencies in England and Wales in Q3 "
            "2025, 4% higher than in the previous quarter.",
            "Company insolvency statistics: July to September 2025",
        ),
    )
    _pair(
        kind,
        1,
        "Victorians recycle more",
        "Households in Victoria recycled {f} of their waste in 2024-25, "
        "[the state's waste agency reported].",
        "47.2 per cent",
        "42.7 per cent",
        _long(
            "The household kerbside recycling rate for 2024-25 was 47.2%, the highest since "
            "records began.",
            "Waste and resource recovery data, 2024-25",
        ),
    )
    _pair(
        kind,
        2,
        "Cinema audiences recover",
        "German cinemas sold {f} tickets in 2025, [the federal film board's yearly figures show].",
        "90.1 million",
        "109 million",
        _long(
            "Cinema admissions in Germany totalled 90.1 million in 2025, with box office "
            "takings of EUR 890 million.",
            "Cinema market 2025: key figures",
        ),
    )


def _notation() -> None:
    kind = "notation"
    _pair(
        kind,
        0,
        "Port buys new cranes",
        "The Port of Savannah will spend {f} on new ship-to-shore cranes, "
        "[the ports authority said].",
        "$127.5m",
        "$127.5 billion",
        _release(
            "Board approves crane purchase",
            "The Authority approved $127,500,000 for eight new ship-to-shore cranes at the "
            "Garden City Terminal.",
            "Contact: Public Affairs, 912-555-0134",
        ),
    )
    _pair(
        kind,
        1,
        "Pension scheme posts strong return",
        "The local government pension fund returned {f} in the year to March, "
        "[its annual report says].",
        "7.4 per cent",
        "£7.4 million",
        _release(
            "Pension Fund annual report 2024/25",
            "The Fund's investment return for the year to 31 March 2025 was 7.4%, against a "
            "benchmark of 6.9%.",
            "Pensions Committee, County Hall",
        ),
    )
    _pair(
        kind,
        2,
        "Corporation tax surge",
        "Corporation tax receipts hit {f} in November, [the Department of Finance said].",
        "€4.1bn",
        "€1.4bn",
        _release(
            "Fiscal Monitor, November 2025",
            "Corporation tax receipts of €4.1 billion were collected in November.",
            "Press Office, Government Buildings",
        ),
    )
    _pair(
        kind,
        3,
        "Pension assets dip",
        "The value of pension fund assets fell {f} in the third quarter, "
        "[the central bank's quarterly statistics show].",
        "2.3 per cent",
        "3.2 per cent",
        _release(
            "Pension funds: Q3 2025",
            "Total assets of pension funds: €163.4 billion; change on quarter: −2.3%.",
            "Statistics Division, Central Bank",
        ),
    )


def _rounding() -> None:
    kind = "rounding"
    _pair(
        kind,
        0,
        "Hospitals near full",
        "Bed occupancy in acute hospitals averaged {f} in January, [NHS England data show].",
        "94.3%",
        "97.4%",
        _release(
            "Bed availability and occupancy: January",
            "General and acute bed occupancy averaged 94.27% in January.",
            "Next publication: 12 March",
        ),
    )
    _pair(
        kind,
        1,
        "Referendum turnout disappoints",
        "Turnout in the referendum was {f}, [the Electoral Commission said].",
        "44 per cent",
        "54 per cent",
        _release(
            "Referendum result declared",
            "Turnout: 44.36 per cent of the registered electorate.",
            "Electoral Commission, media line 020 7271 0704",
        ),
    )
    _pair(
        kind,
        2,
        "Fish landings worth more",
        "Landings by the Irish fleet were worth {f} last year, [the fisheries agency said].",
        "€413 million",
        "€431 million",
        _release(
            "Business of Seafood 2025",
            "The value of landings by the Irish fleet was €412,863,000 in 2025.",
            "Communications: +353 1 555 0170",
        ),
    )


def _other_subject() -> None:
    kind = "other subject"
    _pair(
        kind,
        0,
        "Cloverhill over capacity",
        "Cloverhill prison held {f} people on Tuesday, [the daily census shows].",
        "431",
        "812",
        _page(
            "<h1>Prisoner population on 4 November</h1>"
            "<p>Mountjoy (male): 812 in custody, bed capacity 755.</p>"
            "<p>Cloverhill: 431 in custody, bed capacity 414.</p>"
            "<p>Dóchas Centre: 211 in custody, bed capacity 164.</p>",
            "Daily prisoner population",
        ),
    )
    _pair(
        kind,
        1,
        "Rural gigabit gap narrows",
        "{f} of rural premises can now get gigabit broadband, [the regulator's report says].",
        "68.2%",
        "91.4%",
        _release(
            "Connected Nations: summer update",
            "In rural areas 68.2% of premises can get a gigabit-capable connection, against "
            "91.4% in urban areas.",
            "Media office: 020 7981 3033",
        ),
    )
    _pair(
        kind,
        2,
        "Herring quota cut",
        "Irish boats may land {f} tonnes of herring next year, [the quota notice says].",
        "12,400",
        "58,000",
        _page(
            "<h1>Quota allocations for 2026</h1>"
            "<p>Mackerel: the Irish quota is 58,000 tonnes.</p>"
            "<p>Herring (Celtic Sea): the Irish quota is 12,400 tonnes.</p>"
            "<p>Blue whiting: the Irish quota is 31,700 tonnes.</p>",
            "Quota notice",
        ),
    )


def _two_periods() -> None:
    kind = "two periods"
    _pair(
        kind,
        0,
        "Childcare places climb",
        "The number of childcare places climbed to {f} this year, [the ministry said].",
        "52,300",
        "48,900",
        _release(
            "Childcare capacity 2025",
            "The number of approved childcare places rose to 52,300 in 2025, from 48,900 in 2024.",
            "Ministry press office",
        ),
    )
    _pair(
        kind,
        1,
        "GST collections rise",
        "Gross GST collections came to {f} in October, [the finance ministry said].",
        "₹1.82 lakh crore",
        "₹1.72 lakh crore",
        _release(
            "GST revenue collection for October 2025",
            "Gross GST revenue stood at ₹1.82 lakh crore in October 2025, compared with ₹1.72 "
            "lakh crore in October 2024.",
            "Press Information Bureau, New Delhi",
        ),
    )
    _pair(
        kind,
        2,
        "Museum attendance dips",
        "The Australian Museum drew {f} visitors in 2024-25, [its annual report says].",
        "1.28 million",
        "1.35 million",
        _release(
            "Annual Report 2024-25: year in review",
            "The Museum welcomed 1,284,000 visitors in 2024-25, down from 1,352,000 in 2023-24.",
            "Australian Museum, Sydney",
        ),
    )


def _absent() -> None:
    kind = "figure absent"
    stories = [
        (
            "Bridges shut for checks",
            "Engineers closed 17 bridges for safety checks last month, [the council said].",
            _release(
                "Bridge inspection programme",
                "Several structures were closed for inspection during the period. A full list "
                "will be published when the programme is complete.",
                "Roads Department",
            ),
        ),
        (
            "Cruise boom at the port",
            "Cruise calls at the port rose to 212 this season, [the harbour company said].",
            _release(
                "Cruise season closes",
                "The harbour company thanked crews, agents and volunteers for a busy and "
                "successful cruise season.",
                "Harbour Company, Ocean Pier",
            ),
        ),
        (
            "Pension age change",
            "The rise in the state pension age will affect 1.2 million people, "
            "[the department said].",
            _long(
                "The state pension age will rise to 67 between 2026 and 2028, in line with "
                "the timetable set in legislation.",
                "State pension age timetable",
            ),
        ),
        (
            "Dirty air days",
            "PM10 levels broke the daily limit on 35 days in 2025, [the air quality report says].",
            _pdf(
                "Air Quality in the Region 2025",
                "Regional Environment Agency",
                [
                    "Annual mean NO2 at urban sites was 22.4 µg/m³.",
                    "Ozone concentrations were within the target value at all stations.",
                ],
                [["Pollutant", "Annual mean (µg/m³)"], ["NO2", "22.4"], ["PM2.5", "9.1"]],
            ),
        ),
    ]
    for n, (headline, sentence, source) in enumerate(stories):
        _add(kind, n, True, headline, sentence, source)


def _spelled_out() -> None:
    kind = "spelled out"
    _pair(
        kind,
        0,
        "Dozen bridges closed",
        "{f} bridges in the county were closed for repairs last year, "
        "[the council's roads report says].",
        "Twelve",
        "Twenty-one",
        _release(
            "Roads annual report 2025",
            "12 bridges were closed for repairs during 2025, for an average of 19 days each.",
            "Roads and Transportation, County Hall",
        ),
    )
    _pair(
        kind,
        1,
        "Busy cruise season",
        "The port welcomed {f} cruise ships this season, [the port company said].",
        "ninety-four",
        "forty-nine",
        _release(
            "Cruise season 2025",
            "The port received 94 cruise ship calls between April and October.",
            "Port Company communications",
        ),
    )
    _pair(
        kind,
        2,
        "Early voting record",
        "More than {f} people voted early, [the electoral commission said].",
        "a million",
        "two million",
        _release(
            "Early voting update",
            "A total of 1,034,000 votes were cast at early voting centres before election day.",
            "Electoral Commission",
        ),
    )


def _unreadable() -> None:
    kind = "unreadable"
    sources = [
        (
            "Dairy herd shrinks",
            "The national dairy herd fell to 1.52 million cows, [the herd report shows].",
            Source(
                "application/pdf",
                make_pdf([["Dairy herd census", "Dairy cows: 1.52 million"]], password="herd"),
            ),
        ),
        (
            "Ferry passengers up",
            "Ferries carried 2.9 million passengers last year, [the ferry statistics show].",
            Source("application/pdf", blank_pdf(3)),
        ),
        (
            "Hospital beds added",
            "The health service added 412 acute beds this year, [the capacity review says].",
            _page(
                "<h1>Page not found</h1><p>The page you requested has moved or no longer "
                "exists. Try our <a href='/search'>search</a>.</p>",
                "404 Not Found",
                status=404,
            ),
        ),
        (
            "Bridge tolls raised",
            "Toll income on the bridge reached $48 million, [the toll authority said].",
            Source("text/plain", b"410 Gone\n\nThis release has been withdrawn.\n", 410),
        ),
        (
            "Museum funding cut",
            "The museum's grant was cut to €6.2 million, [the arts council said].",
            _page(
                "<h1>Internal Server Error</h1><p>The server encountered an unexpected "
                "condition. Reference #18.4f2a.</p>",
                "500 Internal Server Error",
                status=500,
            ),
        ),
        (
            "Broadband complaints",
            "Complaints about broadband rose 18% in the quarter, [the ombudsman said].",
            Source("text/plain", b"Service Unavailable. Please retry later.", 503),
        ),
        (
            "Prison staffing",
            "The prison service employed 3,310 officers in June, [the workforce report shows].",
            _page(
                "<h1>Sign in</h1><p>You need an account to view this publication.</p>"
                "<form action='/login' method='post'><label>Email <input name='email'></label>"
                "<label>Password <input type='password' name='password'></label>"
                "<button>Sign in</button></form><p><a href='/register'>Create an account</a></p>",
                "Sign in – Members' area",
            ),
        ),
        (
            "Tax receipts fall",
            "Stamp duty receipts fell to £1.1 billion in the quarter, [HMRC figures show].",
            Source("text/html", b""),
        ),
    ]
    for n, (headline, sentence, source) in enumerate(sources):
        _add(kind, n, False, headline, sentence, source, readable=False)


def blind2_cases() -> list[Case]:
    """Every case of the second blind set, named blind2-<kind>-<n>-<planted|clean>."""
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
