"""Cases for four copy-editing rules, in the corpus's tuning half (written before the rules).

- A unit a table writes once, in its caption or a column head, applies to its cells.
- Fiscal and season years ("2024-25") are periods, never figures.
- A hedge ("nearly", "more than") admits the rounding it says, on its side.
- An error page that answers 200 is an unreadable source; a short release is not one.

Topics 0-3 only, so every case is in the "tune" split: the blind set (tests/citation_blind.py)
was also tuned on for these rules, and a second blind set measures them.
"""

from __future__ import annotations

from citation_corpus import Case, Source
from pdfs import make_pdf

_FILLER = (
    "<p>Officials said the figures would be reviewed at the next meeting of the committee, "
    "and that residents could read the details on the council website.</p>"
    "<p>Opposition members questioned the timing of the announcement, saying that the public "
    "deserved a clearer explanation of how the numbers had been gathered and checked.</p>"
)


def _article(name: str, sentence: str) -> str:
    body = sentence.replace("[", f'<a href="/sources/{name}">').replace("]", "</a>")
    return (
        f"<html><head><title>Story {name}</title></head><body><article><h1>Story {name}</h1>"
        f"<p>{body}</p>{_FILLER}</article></body></html>"
    )


def _html(body: str, title: str = "Release") -> Source:
    return Source(
        "text/html", f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()
    )


def _table(caption: str, rows: list[list[str]]) -> Source:
    cells = "".join(
        "<tr>"
        + "".join(f"<{'th' if i == 0 else 'td'}>{c}</{'th' if i == 0 else 'td'}>" for c in row)
        + "</tr>"
        for i, row in enumerate(rows)
    )
    return _html(f"<h2>{caption}</h2><table>{cells}</table><p>Source: council accounts.</p>")


_LIBRARIES = _table(
    "Library spending by branch (£ thousand)",
    [["Branch", "2024", "2025"], ["Central", "812", "840"], ["Northgate", "305", "298"]],
)
_ROADS = Source("text/csv", "Service,Cost 2025 (£m)\nParks,4.1\nRoads,9.9\nLighting,2.7\n".encode())
_VISITS = Source(
    "application/pdf",
    make_pdf(
        [
            ["Heritage sites annual report", "Visitor numbers rose at most sites this year."],
            [
                "Table 2: Visits by site (thousands)",
                "Site 2024 2025",
                "Castle 81.2 84.9",
                "Museum 40.3 38.8",
            ],
        ]
    ),
)
_COLLECTION = _html(
    "<h1>Council tax collection</h1><p>The council collected 96.2 per cent of council tax due "
    "in 2024-25, against 95.8 per cent in 2023-24.</p><p>Ends.</p>"
)
_HOUSING = _table(
    "Households helped by the housing advice service",
    [["Outcome", "2023-24", "2024-25"], ["Homelessness prevented", "1,480", "1,655"]],
)
_RESCUES = _html(
    "<h1>Flood response</h1><p>Fire crews rescued 412 people from flooded homes during the "
    "storm.</p><p>Media enquiries: press office.</p>"
)
_FLIGHTS = _html(
    "<h1>Airport statistics</h1><p>Airlines cancelled 1,962 flights at the airport in "
    "December because of fog.</p>"
)
_PAYMENTS = _html(
    "<h1>Online payments</h1><p>Something went wrong with 1,240 card payments on Monday; all "
    "have been refunded.</p><p>Customers who saw an error should try again later.</p>",
    "Service update",
)
_OOPS = _html(
    "<h1>Oops! Something went wrong</h1><p>We could not load this page. Please try again in a "
    "few minutes.</p>",
    "Error",
)
_BOT_WALL = _html(
    "<p>Checking your browser before accessing the site.</p><p>This process is automatic.</p>",
    "Just a moment...",
)


def rule_cases() -> list[Case]:
    """name, kind, topic, planted, article, source — topics 0-3, the tuning half."""
    made: list[Case] = []

    def add(kind: str, topic: int, planted: bool, sentence: str, source: Source) -> None:
        name = f"{kind.replace(' ', '-')}-{topic}-{'planted' if planted else 'clean'}"
        made.append(Case(name, kind, topic, planted, _article(name, sentence), source))

    unit = "caption unit"
    for planted, figure in ((False, "£840,000"), (True, "£480,000")):
        add(
            unit,
            0,
            planted,
            f"The Central library cost {figure} to run in 2025, [council accounts] show.",
            _LIBRARIES,
        )
    for planted, figure in ((False, "£9.9m"), (True, "£9.9bn")):
        add(
            unit,
            1,
            planted,
            f"Road maintenance cost {figure} in 2025, [the council's data] show.",
            _ROADS,
        )
    for planted, figure in ((False, "84,900"), (True, "89,400")):
        add(
            unit,
            2,
            planted,
            f"The castle drew {figure} visits in 2025, [the heritage report] says.",
            _VISITS,
        )

    fiscal = "fiscal year"
    for planted, figure in ((False, "96.2 per cent"), (True, "95.8 per cent")):
        add(
            fiscal,
            0,
            planted,
            f"The council collected {figure} of council tax in 2024-25, [its figures] show.",
            _COLLECTION,
        )
    for planted, figure in ((False, "1,655"), (True, "1,480")):
        add(
            fiscal,
            1,
            planted,
            f"The service prevented homelessness for {figure} households in 2024-25, "
            "[the council's table] shows.",
            _HOUSING,
        )

    hedged = "hedged"
    for planted, figure in ((False, "more than 400"), (True, "more than 500")):
        add(
            hedged,
            0,
            planted,
            f"Fire crews rescued {figure} people during the storm, [the fire service] said.",
            _RESCUES,
        )
    for planted, figure in ((False, "almost 2,000"), (True, "almost 2,900")):
        add(
            hedged,
            1,
            planted,
            f"Fog forced airlines to cancel {figure} flights in December, [airport figures] show.",
            _FLIGHTS,
        )

    errors = "error page"
    add(
        errors,
        0,
        False,
        "Some 1,240 card payments failed on Monday, [the council said].",
        _PAYMENTS,
    )
    for topic, source in ((1, _OOPS), (2, _BOT_WALL)):
        name = f"error-page-{topic}-unreadable"
        sentence = "The council's reserves fell to £18.6m in March, [the finance report] shows."
        made.append(
            Case(name, errors, topic, False, _article(name, sentence), source, readable=False)
        )
    return made
