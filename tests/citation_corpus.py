"""Articles that cite one source for one figure, half of them planted: the gate-quality corpus.

Written here, in code (no real publisher's text). Each topic is a figure a newsroom cites —
a jobless rate, housing starts, a city budget — and each kind of source states it in its own
way: a three-line release, an HTML table, a PDF report, a long page, plain text or CSV, a page
that has the article's number about something else. A *planted* case's article gives the
figure wrongly; a clean one gives it right, often in another notation than the source's.
An `other only` page has the planted figure about something else and nothing more (planted
cases only). Unreadable sources (missing, locked, scanned) are a group of their own: nothing
can be confirmed, so by default they must escalate.

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


def _other_only(topic: Topic) -> Source:
    # The article's wrong figure is on the page, about something else, and nothing else is:
    # no right figure to contradict it, so only "about the same thing" can stop it.
    return _html(f"<h1>Bulletin</h1><p>{topic.other}</p><p>Further tables on request.</p>")


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
    "other only": lambda topic, i: _other_only(topic),  # planted cases only
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
            for planted in (False, True) if kind != "other only" else (True,):
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
    # Cases of four copy-editing rules (table units, fiscal years, hedges, error pages).
    from citation_rules import rule_cases

    made.extend(rule_cases())
    return made


# --- the rough set ---------------------------------------------------------------------------
# Held out from the rules above: other topics, other wording, and the harder kinds a real
# source gives: the release names the thing otherwise than the story ("unemployment" for
# "jobless rate"), the article writes the figure in another notation or rounded, the figure
# is absent from the source or there only about something else, a sentence with two figures
# for two periods, tables with their units in the headers, PDFs of several pages.
# Topics 0-2 and 8-10 are the tuning half of the rough set, 3-5 its reporting half; 6-7 were
# written after the first fixes and measured once.


@dataclass(frozen=True)
class RoughTopic:
    story: str  # the article's sentence: {f} the figure, {link} the citation
    prior_story: str  # the same with a second period: {f} latest, {p} prior
    release: str  # the source's sentence, in its own words: {f}
    pair: str  # the source's sentence with both periods: {f} latest, {p} prior
    true: str  # as the source writes it
    prior: str  # the prior period, as the source writes it
    variants: tuple[str, ...]  # the right figure in the article's notations
    planted: str  # a wrong figure, in the article's notation
    prior_article: str  # the prior figure in the article's notation
    other: str  # a sentence about something else: {f}
    absent: str  # a sentence about the subject that gives no figure
    label: str  # the table row
    header: str  # the table column, with its unit
    cell: str  # the true figure as the cell writes it
    prior_cell: str
    periods: tuple[str, str]  # prior, latest


ROUGH_TOPICS: tuple[RoughTopic, ...] = (
    RoughTopic(
        "The jobless rate climbed to {f} in September, {link} said.",
        "The jobless rate climbed to {f} in September, up from {p} in August, {link} said.",
        "Unemployment stood at {f} of the labour force in September.",
        "Unemployment was {f} in September and {p} in August.",
        "5.26 per cent",
        "5.1 per cent",
        ("5.3 percent", "5.3%", "5.26 per cent", "5.3 per cent"),
        "5.8 percent",
        "5.1 percent",
        "Job vacancies rose {f} in September.",
        "Unemployment figures for September will be published later than usual.",
        "Unemployment",
        "Rate (%)",
        "5.26",
        "5.1",
        ("August", "September"),
    ),
    RoughTopic(
        "Home sales rose to {f} in October, {link} shows.",
        "Home sales rose to {f} in October from {p} in September, {link} shows.",
        "Sales of housing units totalled {f} in October.",
        "Housing sales were {f} in October against {p} in September.",
        "1,200",
        "1,050",
        ("1.2 thousand", "1200", "1,200"),
        "1,600",
        "1,050",
        "Planning applications numbered {f} in October.",
        "Housing sales in October were affected by the postal strike.",
        "Housing sales",
        "Units (number)",
        "1,200",
        "1,050",
        ("September", "October"),
    ),
    RoughTopic(
        "Acme's revenue reached {f} last quarter, {link} shows.",
        "Acme's revenue reached {f} last quarter, up from {p} a year earlier, {link} shows.",
        "Net sales for the three months to September were {f}.",
        "Net sales were {f} in the quarter, compared with {p} a year earlier.",
        "$58,000,000",
        "$51,000,000",
        ("$58m", "$58 million", "58 million dollars", "$58.0 million"),
        "$64m",
        "$51m",
        "The group spent {f} on its new warehouse.",
        "Net sales for the quarter will be reported with the annual accounts.",
        "Net sales",
        "US$ m",
        "58",
        "51",
        ("Q3 last year", "Q3"),
    ),
    RoughTopic(
        "Government borrowing hit {f} in July, according to {link}.",
        "Government borrowing hit {f} in July, after {p} in June, according to {link}.",
        "Public sector net borrowing was {f} in July.",
        "Public sector net borrowing was {f} in July and {p} in June.",
        "£2.3 billion",
        "£1.9 billion",
        ("£2.3bn", "£2,300m", "2.3 billion pounds", "£2.3 billion"),
        "£3.2bn",
        "£1.9bn",
        "Receipts from stamp duty came to {f} in July.",
        "Borrowing for July is not yet available because of a systems change.",
        "Public sector net borrowing",
        "£bn",
        "2.3",
        "1.9",
        ("June", "July"),
    ),
    RoughTopic(
        "Inflation slowed to {f} in March, {link} reported.",
        "Inflation slowed to {f} in March from {p} in February, {link} reported.",
        "The consumer price index rose {f} in the twelve months to March.",
        "Consumer prices rose {f} in the year to March, after {p} in February.",
        "2.84%",
        "3.02%",
        ("2.8 per cent", "2.8%", "2.84 percent"),
        "3.4 per cent",
        "3.0 per cent",
        "Average earnings grew {f} over the same period.",
        "The consumer price index for March has been delayed.",
        "Consumer price index",
        "Annual change, %",
        "2.84",
        "3.02",
        ("February", "March"),
    ),
    RoughTopic(
        "Recorded crime fell to {f} offences last year, {link} says.",
        "Recorded crime fell to {f} offences last year from {p} the year before, {link} says.",
        "Police recorded {f} offences in 2025.",
        "Police recorded {f} offences in 2025 and {p} in 2024.",
        "48,300",
        "51,900",
        ("48.3 thousand", "48,300", "48300"),
        "43,800",
        "51,900",
        "Some {f} calls were made to the non-emergency line in 2025.",
        "Offence counts for 2025 are under review by the statistics authority.",
        "Offences recorded",
        "Number (thousands)",
        "48.3",
        "51.9",
        ("2024", "2025"),
    ),
)
# Written after the rules were fixed on topics 0-5, and measured once: the "fresh" split.
ROUGH_TOPICS += (
    RoughTopic(
        "Passenger numbers at the airport reached {f} in June, {link} shows.",
        "Passenger numbers at the airport reached {f} in June, from {p} in May, {link} shows.",
        "The airport handled {f} passengers in June.",
        "The airport handled {f} passengers in June and {p} in May.",
        "2,460,000",
        "2,310,000",
        ("2.46 million", "2.5 million", "2,460,000"),
        "2.9 million",
        "2.31 million",
        "Some {f} bags were screened at the airport in June.",
        "Passenger statistics for June will follow next week.",
        "Passengers",
        "Number",
        "2,460,000",
        "2,310,000",
        ("May", "June"),
    ),
    RoughTopic(
        "The council's deficit widened to {f} in 2025, {link} said.",
        "The council's deficit widened to {f} in 2025 from {p} in 2024, {link} said.",
        "The authority ran a shortfall of {f} in 2025.",
        "The authority ran a shortfall of {f} in 2025, against {p} in 2024.",
        "12.4 million euros",  # the PDF's core font has no "€"
        "9.8 million euros",
        ("€12.4m", "€12.4 million", "€12,400,000"),
        "€14.2m",
        "€9.8m",
        "Grants worth {f} were paid to local clubs in 2025.",
        "The shortfall for 2025 will be confirmed by the auditors.",
        "Shortfall",
        "€ millions",
        "12.4",
        "9.8",
        ("2024", "2025"),
    ),
)
# Written for the next round of rules, before them, and tuned on with topics 0-2: a count
# whose source names what it counts (and another thing counted in the same place), a
# measure the release names otherwise with its periods written relative to each other ("a
# year earlier"), and a share the source spells out ("A quarter of", "one in five").
ROUGH_TOPICS += (
    RoughTopic(
        "Visitor numbers at the museum reached {f} in August, {link} shows.",
        "Visitor numbers at the museum reached {f} in August, up from {p} in July, {link} shows.",
        "The museum welcomed {f} visitors in August.",
        "The museum welcomed {f} visitors in August and {p} in July.",
        "318,000",
        "296,000",
        ("318,000", "318 thousand", "318000"),
        "381,000",
        "296,000",
        "Some {f} tickets were sold online by the museum in August.",
        "Visitor figures for August are being revised.",
        "Visitors",
        "Number",
        "318,000",
        "296,000",
        ("July", "August"),
    ),
    RoughTopic(
        "Northwind's profit rose to {f} last year, {link} said.",
        "Northwind's profit rose to {f} last year from {p} the year before, {link} said.",
        "Net income for the year was {f}.",
        "Net income was {f} for the year, compared with {p} a year earlier.",
        "$7,450,000",
        "$6,900,000",
        ("$7.45m", "$7.45 million", "7.45 million dollars"),
        "$7.9m",
        "$6.9m",
        "The company paid {f} in dividends during the year.",
        "Net income for the year will be published in March.",
        "Net income",
        "US$ m",
        "7.45",
        "6.9",
        ("2024", "2025"),
    ),
    RoughTopic(
        "The share of households behind on energy bills rose to {f} this winter, {link} found.",
        "The share of households behind on energy bills rose to {f} this winter from {p} a "
        "year earlier, {link} found.",
        "{f} of households were behind on their energy bills this winter.",
        "{f} of households were behind on their bills this winter, compared with {p} a year "
        "earlier.",
        "A quarter",
        "one in five",
        ("25 percent", "25%", "25 per cent"),
        "32 percent",
        "20 percent",
        "{f} of tenants said they had cut back on heating.",
        "Figures on energy arrears this winter will be published in the spring.",
        "Households behind on energy bills",
        "Share (%)",
        "25",
        "20",
        ("Last winter", "This winter"),
    ),
)
ROUGH_TUNE_TOPICS = (0, 1, 2, 8, 9, 10)
ROUGH_REPORT_TOPICS = range(3, 6)


def _rough_release(topic: RoughTopic) -> Source:
    # Three lines: a heading, the figure, a footer.
    return _html(
        "<h1>News release</h1>"
        f"<p>{topic.release.format(f=topic.true)}</p>"
        "<p>Contact the press office for further details.</p>"
    )


def _rough_table(topic: RoughTopic) -> Source:
    rows = [
        (topic.header, *topic.periods),
        ("Index of production", "98.4", "99.1"),
        (topic.label, topic.prior_cell, topic.cell),
        ("Claims processed", "3,310", "3,420"),
    ]
    body = "".join(
        "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>"
        for tag, row in (("th" if i == 0 else "td", row) for i, row in enumerate(rows))
    )
    return _html(f"<p>Summary table</p><table>{body}</table>", "Tables")


def _rough_pdf(topic: RoughTopic) -> Source:
    pages = [
        ["Statistical bulletin", "Contents: summary, main figures, methods."],
        [
            "Main figures",
            "Responses were received from 2,140 organisations.",
            topic.release.format(f=topic.true),
            "These figures are not seasonally adjusted.",
        ],
        ["Methods", "The survey covers 12 regions and is weighted to 2021 census totals."],
    ]
    return Source("application/pdf", make_pdf(pages))


def _rough_absent(topic: RoughTopic) -> Source:
    return _html(
        "<h1>Release calendar</h1>"
        f"<p>{topic.absent}</p>"
        "<p>The next bulletin is due on 14 November; 3 other series are affected.</p>"
    )


def _rough_other(topic: RoughTopic, figure: str) -> Source:
    # The article's number is on the page, but about another thing only.
    return _html(
        "<h1>Bulletin</h1>"
        f"<p>{topic.other.format(f=figure)}</p>"
        "<p>Further tables are available on request.</p>"
    )


def _rough_pair(topic: RoughTopic) -> Source:
    return _html(f"<h1>Release</h1><p>{topic.pair.format(f=topic.true, p=topic.prior)}</p>")


def _rough_article(sentence: str, name: str) -> str:
    link = f'<a href="/sources/{name}">the figures</a>'
    title = f"Report {name}"
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{sentence.replace('{link}', link)}</p>{_FILLER}</article></body></html>"
    )


def rough_cases() -> list[Case]:
    """The rough set: `split` is tune for topics 0-2 and 8-10, report for 3-5, fresh for 6-7."""
    made: list[Case] = []

    def add(kind: str, index: int, planted: bool, sentence: str, source: Source, n: int) -> None:
        name = f"rough-{kind.replace(' ', '-')}-{index}-{n}-{'planted' if planted else 'clean'}"
        case = Case(name, kind, index, planted, _rough_article(sentence, name), source)
        # Case.split reads TOPICS' halves; the rough set has its own.
        made.append(_RoughCase(**{f: getattr(case, f) for f in _CASE_FIELDS}))

    for i, topic in enumerate(ROUGH_TOPICS):
        story = topic.story
        for n, variant in enumerate(topic.variants):
            add("notation", i, False, story.replace("{f}", variant), _rough_release(topic), n)
        add("notation", i, True, story.replace("{f}", topic.planted), _rough_release(topic), 0)
        for kind, build in (
            ("3-line release", _rough_release),
            ("unit table", _rough_table),
            ("multi-page pdf", _rough_pdf),
        ):
            add(kind, i, False, story.replace("{f}", topic.variants[0]), build(topic), 0)
            add(kind, i, True, story.replace("{f}", topic.planted), build(topic), 0)
        add(
            "figure absent",
            i,
            True,
            story.replace("{f}", topic.variants[0]),
            _rough_absent(topic),
            0,
        )
        add(
            "other subject",
            i,
            True,
            story.replace("{f}", topic.variants[0]),
            _rough_other(topic, topic.true),
            0,
        )
        pair = topic.prior_story
        add(
            "two periods",
            i,
            False,
            pair.replace("{f}", topic.variants[0]).replace("{p}", topic.prior_article),
            _rough_pair(topic),
            0,
        )
        # Planted: the two periods swapped, so both numbers are on the page, each about the
        # other month.
        add(
            "two periods",
            i,
            True,
            pair.replace("{f}", topic.prior_article).replace("{p}", topic.variants[0]),
            _rough_pair(topic),
            1,
        )
    return made


_CASE_FIELDS = ("name", "kind", "topic", "planted", "article_html", "source", "readable")


@dataclass(frozen=True)
class _RoughCase(Case):
    @property
    def split(self) -> str:
        if self.topic in ROUGH_TUNE_TOPICS:
            return "tune"
        return "report" if self.topic in ROUGH_REPORT_TOPICS else "fresh"
