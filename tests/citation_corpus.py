"""Articles that cite one source for one figure, half of them planted: the gate-quality corpus.

Written here, in code (no real publisher's text). Each topic is a figure a newsroom cites —
a jobless rate, housing starts, a city budget — and each kind of source states it in its own
way: a three-line release, an HTML table, a PDF report, a long page, plain text or CSV, a page
that has the article's number about something else. A *planted* case's article gives the
figure wrongly; a clean one gives it right, often in another notation than the source's.
Unreadable sources (missing, locked, scanned) are a group of their own: nothing can be
confirmed, so by default they must escalate.

Topics 0-3 are the tuning half, 4-7 the reporting half: rules were tuned on the first only.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from pdfs import blank_pdf, make_pdf


@dataclass(frozen=True)
class Topic:
    article: str  # the article's sentence, {f} for the figure and {link} for the citation
    label: str  # what a table's row calls it
    source: str  # the source's sentence, {f} for the figure
    true: str  # the figure as the source writes it
    clean: str  # the article's right figure (in its own notation)
    planted: str  # the article's wrong figure
    earlier: str  # the previous period's figure, as the source writes it
    other: str  # a sentence about something else that has the planted figure in it
    cell: str  # the true figure as a table cell writes it, under `header`
    header: str  # the table column's unit note, "" for none
    columns: tuple[str, str] = ("April", "May")  # a table's earlier and latest periods


TOPICS = (
    Topic(
        "The unemployment rate fell to {f} in May, according to {link}.",
        "Unemployment rate (%)",
        "The unemployment rate was {f} in May, down from 4.9 percent in April.",
        "4.7 percent",
        "4.7%",
        "3.1%",
        "4.9",
        "Consumer prices rose 3.1 percent over the year to May.",
        "4.7",
        "",
    ),
    Topic(
        "Housing starts rose to {f} in May, {link} shows.",
        "Housing starts",
        "Housing starts reached {f} in May, after 3,950 in April.",
        "4,200",
        "4.2 thousand",
        "4,800",
        "3,950",
        "Building permits for 4,800 homes were issued in the first quarter.",
        "4,200",
        "",
    ),
    Topic(
        "The city will spend {f} on road repairs next year, according to {link}.",
        "Road repairs ($ million)",
        "The city plans to spend {f} on road repairs next year.",
        "$58,000,000",
        "$58 million",
        "$85 million",
        "51",
        "The stadium renovation is expected to cost $85 million in total.",
        "58",
        "",
        ("This year", "Next year"),
    ),
    Topic(
        "Exports of machinery reached {f} euros in 2024, {link} says.",
        "Machinery exports (EUR bn)",
        "Machinery exports amounted to {f} euros in 2024.",
        "2.3 billion",
        "2.3bn",
        "3.2bn",
        "2.1",
        "Imports of textiles were worth 3.2 billion euros in the same year.",
        "2.3",
        "",
        ("2023", "2024"),
    ),
    Topic(
        "Inflation eased to {f} in June, according to {link}.",
        "Consumer price inflation (%)",
        "Consumer price inflation was {f} in June.",
        "3.14 per cent",
        "3.1 per cent",
        "2.6 per cent",
        "3.40",
        "Wage growth slowed to 2.6 per cent in the quarter.",
        "3.14",
        "",
        ("May", "June"),
    ),
    Topic(
        "Employers added {f} jobs in March, {link} reported.",
        "Payroll employment, change",
        "Payroll employment increased by {f} in March.",
        "212,000",
        "212,000",
        "187,000",
        "175,000",
        "The revised February gain was 187,000, the office said.",
        "212,000",
        "",
        ("February", "March"),
    ),
    Topic(
        "Bus ridership {f} last year, according to {link}.",
        "Bus ridership, change (%)",
        "Bus ridership changed by {f} compared with the previous year.",
        "-0.3%",
        "fell 0.3 percent",
        "fell 1.3 percent",
        "1.1",
        "Tram ridership fell 1.3 percent over the same period.",
        "-0.3",
        "",
        ("2023", "Last year"),
    ),
    Topic(
        "The hospital waiting list stood at {f} patients in April, {link} shows.",
        "Patients on the waiting list",
        "The waiting list stood at {f} patients at the end of April.",
        "7,600",
        "7600",
        "6,700",
        "7,450",
        "Some 6,700 outpatient appointments were cancelled in the spring.",
        "7,600",
        "",
        ("March", "April"),
    ),
)
TUNE_TOPICS = range(0, 4)
REPORT_TOPICS = range(4, 8)

_FILLER = (
    "<p>Officials said the figures would be reviewed at the next meeting of the committee, "
    "and that residents could read the details on the council website.</p>"
    "<p>Opposition members questioned the timing of the announcement, saying that the public "
    "deserved a clearer explanation of how the numbers had been gathered and checked.</p>"
)


@dataclass(frozen=True)
class Source:
    content_type: str
    body: bytes
    status: int = 200


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    topic: int
    planted: bool  # the article gives the figure wrongly
    article_html: str
    source: Source
    readable: bool = True

    @property
    def split(self) -> str:
        return "tune" if self.topic in TUNE_TOPICS else "report"

    @property
    def must_escalate(self) -> bool:
        return self.planted or not self.readable


def article_html(topic: Topic, figure: str, link: str, *, title: str) -> str:
    sentence = topic.article.format(f=figure, link=f'<a href="{link}">the official release</a>')
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{sentence}</p>{_FILLER}</article></body></html>"
    )


def _html(body: str, title: str = "Release") -> Source:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return Source("text/html", page.encode())


def _sentence(topic: Topic) -> str:
    return topic.source.format(f=topic.true)


def _short_release(topic: Topic) -> Source:
    return _html(f"<h1>Statistical release</h1><p>{_sentence(topic)}</p><p>Next release: July.</p>")


def _table(topic: Topic) -> Source:
    rows = [
        ("Series", *topic.columns),
        ("Retail sales index", "101.2", "102.8"),
        (topic.label, topic.earlier, topic.cell),
        ("Registered businesses", "18,450", "18,520"),
    ]
    body = "".join(
        "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>"
        for tag, row in (("th" if i == 0 else "td", row) for i, row in enumerate(rows))
    )
    return _html(f"<h2>Table 1. Monthly indicators</h2><table>{body}</table>")


def _pdf(topic: Topic) -> Source:
    prose = [
        "Quarterly statistical report",
        "This report sets out the main indicators for the period.",
        _sentence(topic),
        "Figures are provisional and may be revised.",
    ]
    table = [
        ["Series", *topic.columns],
        ["Retail sales index", "101.2", "102.8"],
        [topic.label, topic.earlier, topic.cell],
    ]
    return Source("application/pdf", make_pdf([prose], tables=[table]))


def _long(topic: Topic, index: int) -> Source:
    paragraphs = [
        f"<p>In district {n}, the council counted {120 + 17 * n} homes at risk of flooding and "
        f"set aside £{n + 2}.{n % 10} million for defences, while {40 + n} roads were "
        "resurfaced.</p>"
        for n in range(1, 41)
    ]
    paragraphs.insert(20 + index % 7, f"<p>{_sentence(topic)}</p>")
    return _html("<h1>Annual report</h1>" + "".join(paragraphs), "Annual report")


def _elsewhere(topic: Topic) -> Source:
    return _html(f"<h1>Bulletin</h1><p>{topic.other}</p><p>{_sentence(topic)}</p>")


def _text_or_csv(topic: Topic, index: int) -> Source:
    if index % 2:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["Series", *topic.columns])
        writer.writerow(["Retail sales index", "101.2", "102.8"])
        writer.writerow([topic.label, topic.earlier, topic.cell])
        return Source("text/csv", out.getvalue().encode())
    return Source("text/plain", f"STATISTICAL RELEASE\n\n{_sentence(topic)}\n\nEnds.\n".encode())


_KINDS = {
    "short release": lambda topic, i: _short_release(topic),
    "html table": lambda topic, i: _table(topic),
    "pdf report": lambda topic, i: _pdf(topic),
    "long page": _long,
    "figure elsewhere": lambda topic, i: _elsewhere(topic),
    "text or csv": _text_or_csv,
}

_UNREADABLE = (
    ("missing page", Source("text/html", b"not here", status=404)),
    ("locked pdf", Source("application/pdf", make_pdf([["Secret figures 4.7"]], password="x"))),
    ("scanned pdf", Source("application/pdf", blank_pdf())),
    ("empty page", Source("text/html", b"<html><body><script>app()</script></body></html>")),
)


def cases() -> list[Case]:
    """Every case; a source at /sources/<name>, its article at /news/<name>."""
    made: list[Case] = []
    for kind, build in _KINDS.items():
        for index, topic in enumerate(TOPICS):
            for planted in (False, True):
                figure = topic.planted if planted else topic.clean
                name = f"{kind.replace(' ', '-')}-{index}-{'planted' if planted else 'clean'}"
                made.append(
                    Case(
                        name,
                        kind,
                        index,
                        planted,
                        article_html(topic, figure, f"/sources/{name}", title=f"Story {name}"),
                        build(topic, index),
                    )
                )
    for index, topic in enumerate(TOPICS):
        label, source = _UNREADABLE[index % len(_UNREADABLE)]
        name = f"unreadable-{index}-{label.replace(' ', '-')}"
        made.append(
            Case(
                name,
                "unreadable",
                index,
                False,
                article_html(topic, topic.clean, f"/sources/{name}", title=f"Story {name}"),
                source,
                readable=False,
            )
        )
    return made
