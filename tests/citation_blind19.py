"""The nineteenth blind held-out set: companies and markets, written from the product's spec alone.

Written by someone who had not read the checker, from the brief's description of the gate (a
cited figure contradicted by its source, not found there, or a source that cannot be read must
go to a human) and nothing else. Nobody tunes on it: it is run once, untuned, and its figures
are reported as they come.

Domain: companies and markets. Quarterly and nine-month earnings releases and forecast
revisions (Nintendo, Toyota, Sony, Samsung, TSMC, Hyundai, Petrobras, Vale, H&M), 10-Q and
annual-report style PDF filings with financial tables in millions and billions, parentheses
for decreases and the Japanese triangle for negatives, stock-exchange notices (an RNS bulletin,
a Taiwan exchange revenue notice, an Atom feed of company announcements), airline monthly
traffic (Ryanair, Wizz Air, IAG, Air France-KLM, Lufthansa, Finnair, Cathay Pacific), carmakers'
monthly sales and deliveries (Hyundai, Kia, Volkswagen, Tesla), container ports in TEU
(Singapore, Rotterdam, Antwerp-Bruges, Hamburg's HHLA, Los Angeles, Colombo), retailers'
like-for-like sales (Tesco, M&S), miners' production reports (BHP, Rio Tinto, Vale, Glencore),
a utility's tariff notice (E.ON), Premier League attendances, film box office (a JSON chart and
a studio's territory breakdown), and bond auctions (US Treasury results as an HTML page and as
a JSON API answer, a Bund auction in German notation served as windows-1252, a JGB auction).
Real names, invented figures. Currencies and notation vary: €, £, ¥, R$, US$, KRW and "won",
NT$ in thousands and millions, SEK, DKK, "bn"/"m"/"mln", "Mio. €", "bilhões" with decimal
commas, percentages and percentage points, per-share amounts, fiscal years and quarters.

Sources: three-line HTML releases, HTML tables (merged header cells, units in captions and
headers, totals rows, footnote markers, "n/a" and "–" cells, tables laid out with periods as
columns or as label/value rows), multi-page PDFs (figures on a later page or only in a table
page), CSV as text/csv (semicolons and Dutch decimal commas) and as text/plain under a title
line, plain-text bulletins, JSON API answers, RSS and Atom feeds, <figcaption>, <dl>, and long
pages (2,000+ words) where the article's number also appears about something else.

Planted errors: another value, a scale misread (kilotonnes as million tonnes, NT$ thousands as
units), a figure the source gives only for another airline, segment, territory, tariff or
period, a figure the source lacks, another currency (R$ for US$), a sign flipped (a fall in
parentheses or after a triangle reported as a rise), a hedge the source does not bear out
("more than 5.1 million", "nearly 10 per cent", "more than half", "four in five"), and rounding
too far or the wrong way. Clean cases are supported as a careful copy editor would accept:
rounding, "per cent", "$2.7bn" for "US$ 2,7 bilhões", "¥2.15 trillion" for "2,150,000 millions
of yen", spelled-out numbers and shares, hedges the source bears out. Unreadable sources: a
locked PDF, a scanned (image-only) PDF, 404 and 500 pages in HTML and plain text, a 503, an
empty 200, and a 200 ad-blocker wall.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from fpdf import FPDF

from citation_corpus import Case, Source

SPLIT = "blind19"


@dataclass(frozen=True)
class Blind19Case(Case):
    @property
    def split(self) -> str:
        return SPLIT


@dataclass(frozen=True)
class Story:
    headline: str
    paras: tuple[str, ...]  # exactly one of them holds LINK, where the citation goes
    link: str  # the citation's anchor text
    dek: str = ""
    author: str = "Staff reporter"
    date: str = ""


LINK = "%LINK%"

_OUTLETS = (
    "Harbourside Business Review",
    "The Meridian Ledger",
    "Northgate Markets Daily",
    "The Quayside Observer",
)

# Paragraphs an article may close with: no figures in them, so they cite nothing.
_FILLER = (
    "Analysts said they would wait for the full accounts before changing their forecasts.",
    "Shares moved little in early trading as investors weighed the outlook.",
    "A spokesperson declined to comment beyond the published statement.",
    "Executives have warned that higher costs and uncertain demand could weigh on results "
    "later in the year.",
    "Rivals are due to report in the coming weeks, which should give a clearer picture of the "
    "sector as a whole.",
    "Unions and consumer groups said they would study the details closely.",
    "Brokers said the figures were broadly in line with what the market had pencilled in.",
    "The company is due to hold a call with investors later in the day.",
)


def _article(name: str, story: Story, index: int) -> str:
    link = f'<a href="/sources/{name}">{story.link}</a>'
    joined = "".join(story.paras)
    assert joined.count(LINK) == 1, name
    outlet = _OUTLETS[index % len(_OUTLETS)]
    paras = [p.replace(LINK, link) for p in story.paras]
    paras.append(_FILLER[index % len(_FILLER)])
    if index % 3 == 0:
        paras.append(_FILLER[(index + 3) % len(_FILLER)])
    body = "".join(f"<p>{p}</p>" for p in paras)
    dek = f'<p class="standfirst">{story.dek}</p>' if story.dek else ""
    date = f" | {story.date}" if story.date else ""
    nav = (
        '<header><nav><a href="/">Home</a> · <a href="/markets">Markets</a> · '
        '<a href="/companies">Companies</a></nav></header>'
        if index % 3 == 1
        else f"<header><p>{outlet}</p></header>"
    )
    related = (
        '<aside><h2>Related</h2><ul><li><a href="/markets/briefing">Morning markets '
        "briefing</a></li></ul></aside>"
        if index % 4 == 2
        else ""
    )
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{story.headline} | {outlet}</title></head><body>{nav}<main>"
        f"<article><h1>{story.headline}</h1>{dek}"
        f'<p class="byline">By {story.author}{date}</p>{body}</article>{related}</main>'
        f"<footer><p>© {outlet}</p></footer></body></html>"
    )
    assert "[" not in html and "{f}" not in html, name
    return html


# --- sources -------------------------------------------------------------------------------


def _html(title: str, body: str, *, lang: str = "en", charset: str = "utf-8") -> Source:
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">'
        f"<title>{title}</title></head><body>{body}</body></html>"
    )
    return Source(f"text/html; charset={charset}", page.encode(charset))


def _text(text: str, content_type: str = "text/plain; charset=utf-8") -> Source:
    return Source(content_type, text.encode("utf-8"))


def _json(value: object) -> Source:
    return Source("application/json", json.dumps(value, indent=2, ensure_ascii=False).encode())


Cell = str | tuple[str, int]  # a cell's text, or its text and how many columns it spans


def _pdf(
    *,
    cover: Sequence[str],
    foreword: Sequence[str],
    key_results: Sequence[str],
    pages: Sequence[Sequence[str]] = (),
    tables: Sequence[tuple[str, Sequence[Sequence[Cell]], str]] = (),
) -> Source:
    """A report: a cover, a foreword, key results, more pages, then a page per table.

    Each table is (its heading, its rows, a note printed under it)."""
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"  # € and the typographic dashes, as real reports
    pdf.set_auto_page_break(True, margin=15)

    def lines(block: Sequence[str], size: int = 10) -> None:
        pdf.add_page()
        for i, line in enumerate(block):
            pdf.set_font("Helvetica", "B" if i == 0 else "", 13 if i == 0 else size)
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)

    lines(cover, 12)
    lines(["Foreword", *foreword])
    lines(["Key results", *key_results])
    for page in pages:
        lines(page)
    for heading, rows, note in tables:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("Helvetica", "", 8)
        with pdf.table(first_row_as_headings=False) as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    if isinstance(cell, tuple):
                        row.cell(cell[0], colspan=cell[1])
                    else:
                        row.cell(cell)
        if note:
            pdf.ln(2)
            pdf.set_font("Helvetica", "", 7)
            pdf.multi_cell(0, 4, note, new_x="LMARGIN", new_y="NEXT")
    assert pdf.page_no() >= 5
    return Source("application/pdf", bytes(pdf.output()))


def _locked_pdf(lines: Sequence[str], password: str) -> Source:
    pdf = FPDF()
    pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    for _ in range(3):
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return Source("application/pdf", bytes(pdf.output()))


def _scanned_pdf(pages: int) -> Source:
    # A scan without its text layer: grey blocks where the type was, and no text.
    pdf = FPDF()
    for page in range(pages):
        pdf.add_page()
        pdf.set_fill_color(200 + page * 10, 200, 200)
        for row in range(9):
            pdf.rect(18, 20 + row * 26, 170 - (row % 3) * 25, 14, style="F")
    return Source("application/pdf", bytes(pdf.output()))


def _words(html: str) -> int:
    return len(re.sub(r"<[^>]+>", " ", html).split())


def _long_page(title: str, sections: Sequence[tuple[str, Sequence[str]]], company: str) -> Source:
    """A results page of 2,000 words and more: the sections, then the usual back matter."""
    parts = [f"<h1>{title}</h1>"]
    for heading, paras in (*sections, *_back_matter(company)):
        parts.append(f"<h2>{heading}</h2>")
        for para in paras:
            parts.append(para if para.startswith("<") else f"<p>{para}</p>")
    body = "".join(parts)
    assert _words(body) >= 2000, (title, _words(body))
    return _html(title, f"<main>{body}</main>")


def _back_matter(company: str) -> list[tuple[str, list[str]]]:
    return [
        (
            "Basis of preparation",
            [
                "The figures in this release are unaudited. Quarterly figures are derived from "
                "the consolidated interim accounts, which have been prepared on the same basis "
                "as the most recent annual financial statements, except for the adoption of "
                "new and amended standards that became effective at the start of the financial "
                "year. None of these had a material effect on the results presented. Certain "
                "comparative figures have been reclassified to conform to the current "
                "presentation, and totals may not add up because of rounding.",
                "Production and operating figures are reported on the basis stated in the "
                "relevant section. Where figures are given on a 100 per cent basis, they "
                "include the shares of joint-venture partners and minority shareholders; "
                "elsewhere they reflect the group's equity share. Figures for the latest "
                "period may be revised when the annual report is published.",
            ],
        ),
        (
            "Glossary",
            [
                "<dl><dt>EBITDA</dt><dd>Earnings before interest, taxes, depreciation and "
                "amortisation, adjusted for the items described under alternative performance "
                "measures.</dd><dt>Operating margin</dt><dd>Operating profit divided by "
                "revenue.</dd><dt>Free cash flow</dt><dd>Cash generated from operating "
                "activities less capital expenditure and lease payments, plus proceeds from "
                "the sale of property, plant and equipment.</dd><dt>Net debt</dt><dd>As "
                "defined above; a negative figure indicates a net cash position.</dd>"
                "<dt>Capital expenditure</dt><dd>Additions to property, plant and equipment "
                "and intangible assets, excluding right-of-use assets.</dd><dt>Year on "
                "year</dt><dd>Compared with the same period of the previous financial "
                "year.</dd><dt>Quarter on quarter</dt><dd>Compared with the immediately "
                "preceding quarter.</dd><dt>Guidance</dt><dd>Management's current expectation "
                "for the full financial year, which may be revised as the year "
                "progresses.</dd></dl>",
                "Percentage changes are calculated on unrounded figures and may therefore "
                "differ slightly from changes calculated on the rounded figures shown. Amounts "
                "for the comparative period are shown in brackets where they are not given in "
                "a separate column.",
            ],
        ),
        (
            "Alternative performance measures",
            [
                f"{company} uses certain financial measures that are not defined by the "
                "accounting standards it reports under. These measures are presented because "
                "management uses them to assess the underlying performance of the business, "
                "to allocate resources between segments and to set the targets against which "
                "the remuneration of senior executives is assessed. They should be read "
                "together with, and not as a substitute for, the measures prepared in "
                "accordance with those standards. Other companies may define similarly named "
                "measures differently, and the measures presented here may therefore not be "
                "comparable with those of other companies.",
                "Underlying measures exclude items that management considers to be outside "
                "the normal course of business because of their size, nature or frequency. "
                "Such items include impairments and reversals of impairments, gains and losses "
                "on the disposal of businesses, restructuring costs that form part of a "
                "programme announced to the market, changes in the fair value of derivatives "
                "that do not qualify for hedge accounting, and the effects of changes in tax "
                "legislation on deferred tax balances. A reconciliation to the nearest measure "
                "under the accounting standards is provided in the tables published with this "
                "release on the investor relations website.",
                "Constant-currency growth rates are calculated by translating the results of "
                "the current period at the average exchange rates of the comparable period. "
                "Organic growth additionally excludes the contribution of businesses acquired "
                "or disposed of in either period. Net debt is defined as interest-bearing "
                "borrowings and lease liabilities less cash, cash equivalents and short-term "
                "deposits, and excludes the fair value of hedging instruments.",
            ],
        ),
        (
            "Principal risks",
            [
                "The principal risks facing the group are unchanged from those described in the "
                "most recent annual report. They include the risk of a slowdown in the major "
                "economies and in the end-markets the group serves; volatility in prices, "
                "exchange rates and interest rates; the concentration of sales among a small "
                "number of large customers and markets; the escalation of trade disputes and "
                "the imposition of tariffs, export controls or sanctions; disruption to the "
                "supply of energy, raw materials and components; failures of technology and "
                "cyber security; the loss of key staff; changes in tax rules; and the physical "
                "and transition risks associated with climate change.",
                "Management monitors these risks through the group's enterprise risk "
                "management framework, under which each risk has an owner at the level of the "
                "executive committee, and reports on them regularly to the audit and risk "
                "committee of the board. The group maintains insurance against certain risks "
                "where cover is available on acceptable terms, and holds liquidity reserves "
                "that management considers sufficient to withstand a prolonged period of "
                "adverse conditions. Further information on the group's approach to risk, and "
                "on the steps taken to mitigate each principal risk, is given in the annual "
                "report.",
            ],
        ),
        (
            "Webcast and conference call",
            [
                "Management will present the results in a webcast for analysts and investors, "
                "followed by a question-and-answer session. Participants are asked to register "
                "in advance through the investor relations website, where the presentation "
                "slides will be available shortly before the start. A recording and a "
                "transcript will be published on the same page after the event and will "
                "remain available for at least twelve months.",
                "Journalists may follow the webcast in listen-only mode. Questions from the "
                "media will be taken separately by the press office, whose contact details are "
                "given at the end of this release.",
            ],
        ),
        (
            "Cautionary statement about forward-looking statements",
            [
                "This release contains forward-looking statements, including statements "
                "regarding the outlook for the current financial year, expected demand in the "
                "markets in which the company operates, planned capital expenditure, the "
                "expected timing and benefits of projects, cost and productivity programmes, "
                "and the company's capital allocation framework. Words such as anticipate, "
                "believe, estimate, expect, intend, plan, project, target, will, would, may "
                "and similar expressions identify forward-looking statements.",
                "Forward-looking statements are based on management's current expectations "
                "and assumptions and are subject to risks and uncertainties, many of which are "
                "outside the company's control, that could cause actual results to differ "
                "materially from those expressed or implied. These include, among others, "
                "changes in economic conditions and consumer demand, fluctuations in commodity "
                "prices, exchange rates and interest rates, disruption to supply chains and "
                "logistics, geopolitical developments, the imposition of tariffs or other "
                "trade restrictions, changes in laws and regulations, the outcome of legal "
                "proceedings, cyber incidents, extreme weather, labour relations and the "
                "availability of skilled staff.",
                "Forward-looking statements speak only as of the date of this release. Except "
                "as required by applicable law or the rules of any stock exchange on which its "
                "securities are listed, the company undertakes no obligation to update or "
                "revise any forward-looking statement, whether as a result of new information, "
                "future events or otherwise. Nothing in this release should be construed as a "
                "profit forecast, and past performance cannot be relied upon as a guide to "
                "future performance.",
            ],
        ),
        (
            f"About {company}",
            [
                f"{company} is listed on the stock exchange of its home market and its shares "
                "are also traded by international investors through depositary receipts. The "
                "group publishes its results quarterly, together with operational updates, on "
                "its investor relations website, where historical data series, presentations "
                "and reports on sustainability and governance can also be found.",
                "Media enquiries should be directed to the group press office. Investor and "
                "analyst enquiries should be directed to the investor relations team. This "
                "release has been authorised for publication by the board of directors.",
            ],
        ),
    ]


# --- the set ---------------------------------------------------------------------------------


class _Set:
    """Cases as they are written: a pair shares its kind, topic and source."""

    def __init__(self) -> None:
        self.cases: list[Case] = []
        self.topic = 0

    def _add(self, kind: str, name: str, story: Story, source: Source, planted: bool) -> None:
        readable = kind != "unreadable"
        html = _article(name, story, len(self.cases))
        self.cases.append(Blind19Case(name, kind, self.topic, planted, html, source, readable))

    def pair(self, kind: str, slug: str, source: Source, clean: Story, planted: Story) -> None:
        self.topic += 1
        self._add(kind, f"b19-{slug}-clean", clean, source, False)
        self._add(kind, f"b19-{slug}-planted", planted, source, True)

    def one(self, kind: str, slug: str, source: Source, story: Story, *, planted: bool) -> None:
        self.topic += 1
        self._add(kind, f"b19-{slug}", story, source, planted)


# --- press releases --------------------------------------------------------------------------


def _ryanair(s: _Set) -> None:
    source = _html(
        "Ryanair Group February 2026 Traffic",
        "<h1>Ryanair Group February Traffic Grows 5% to 13.6m Guests</h1>"
        "<p>Ryanair Holdings plc today (3 Mar) released Feb. 2026 traffic stats as follows:</p>"
        "<p>Guests: 13.6m (+5%) · Load factor: 91% (+1pt) · Operated over 81,400 flights "
        "in Feb., with 410 flights cancelled due to Storm Kirra.</p>"
        "<p>Rolling annual traffic to Feb. 2026 grew 4% to 206.7m guests, with an average load "
        "factor of 93%.</p>",
    )
    s.pair(
        "press release",
        "ryanair-feb-traffic",
        source,
        Story(
            "Ryanair passenger numbers climb 5% in February",
            (
                "Ryanair carried 13.6 million passengers last month, 5 per cent more than a "
                f"year earlier, and filled 91 per cent of its seats, according to {LINK}.",
                "The group flew 206.7m passengers in the year to February. A winter storm "
                "forced it to cancel 410 flights last month.",
            ),
            "its monthly traffic statement",
            date="3 March 2026",
        ),
        Story(
            "Ryanair fills more seats as February traffic grows",
            (
                "Ryanair carried 13.6 million passengers last month, 5 per cent more than a "
                "year earlier, and its load factor rose three percentage points to 91 per "
                f"cent, {LINK} shows.",
                "The airline said a winter storm had forced it to cancel flights in northern "
                "Europe.",
            ),
            "the airline's traffic release",
            date="3 March 2026",
        ),
    )


def _nintendo_forecast(s: _Set) -> None:
    source = _html(
        "Notice Regarding Revision of Consolidated Financial Forecasts | Nintendo Co., Ltd.",
        "<h2>Notice Regarding Revision of Consolidated Financial Forecasts</h2>"
        "<p>Nintendo Co., Ltd. (the &quot;Company&quot;) hereby announces that it has revised "
        "its consolidated financial forecast for the fiscal year ending March 31, 2027 (April 1, "
        "2026 – March 31, 2027), which was announced on May 8, 2026, as follows.</p>"
        "<p>1. Revision of consolidated financial forecast for the fiscal year</p>"
        "<table border='1'><caption>(Millions of yen, except per-share amounts)</caption>"
        "<tr><th></th><th>Net sales</th><th>Operating profit</th><th>Ordinary profit</th>"
        "<th>Profit attributable to owners of parent</th><th>Earnings per share</th></tr>"
        "<tr><td>Previous forecast (A)</td><td>1,900,000</td><td>360,000</td><td>430,000</td>"
        "<td>310,000</td><td>266.19 yen</td></tr>"
        "<tr><td>Revised forecast (B)</td><td>2,150,000</td><td>410,000</td><td>480,000</td>"
        "<td>350,000</td><td>300.54 yen</td></tr>"
        "<tr><td>Change (B-A)</td><td>250,000</td><td>50,000</td><td>50,000</td>"
        "<td>40,000</td><td>–</td></tr>"
        "<tr><td>Change (%)</td><td>13.2</td><td>13.9</td><td>11.6</td><td>12.9</td>"
        "<td>–</td></tr>"
        "<tr><td>(Reference) Results for the fiscal year ended March 31, 2026</td>"
        "<td>1,742,118</td><td>312,406</td><td>402,557</td><td>281,935</td>"
        "<td>242.10 yen</td></tr></table>"
        "<p>2. Reasons for the revision</p>"
        "<p>Sales of Nintendo Switch 2 hardware and software have exceeded our expectations in "
        "all regions. We have therefore raised our full-year unit sales forecast for Nintendo "
        "Switch 2 hardware from 17 million units to 21 million units. The exchange rate "
        "assumption for the remainder of the fiscal year is unchanged.</p>"
        "<p>Note: The forecasts above are based on information available at the time of "
        "publication; actual results may differ materially.</p>",
    )
    s.pair(
        "press release",
        "nintendo-forecast",
        source,
        Story(
            "Nintendo lifts full-year forecast on Switch 2 demand",
            (
                "Nintendo raised its full-year sales forecast to ¥2.15 trillion from ¥1.9 "
                "trillion and lifted its operating profit forecast by about 14 per cent to "
                f"¥410bn, {LINK} shows.",
                "The Kyoto-based company now expects to sell 21 million Switch 2 consoles in "
                "the year to March 2027, up from the 17 million it forecast in May.",
            ),
            "a filing with the Tokyo exchange",
            author="Aiko Mori, Tokyo",
        ),
        Story(
            "Nintendo raises profit outlook as Switch 2 outsells plans",
            (
                "Nintendo raised its operating profit forecast for the year to March 2027 to "
                "¥410bn from ¥330bn and now expects net sales of ¥2.15 trillion, according to "
                f"{LINK}.",
                "The company said the console had sold better than expected in all regions.",
            ),
            "the company's forecast revision",
            author="Aiko Mori, Tokyo",
        ),
    )


def _tesco(s: _Set) -> None:
    source = _html(
        "Q3 and Christmas Trading Statement 2025/26 | Tesco PLC",
        "<h1>Tesco PLC — Q3 and Christmas Trading Statement 2025/26</h1>"
        "<p><strong>Strong Christmas; full-year profit guidance reaffirmed</strong></p>"
        "<p>Group like-for-like sales up 3.9% in the third quarter (13 weeks to 22 November "
        "2025) and up 4.1% over the six weeks to 3 January 2026.</p>"
        '<figure><img src="/media/q3-lfl-chart.png" alt="Bar chart of like-for-like sales '
        'growth by segment"><figcaption>Like-for-like sales growth by segment, Q3: UK 4.2%; '
        "ROI 2.6%; Booker 1.1%; Central Europe 3.4%.</figcaption></figure>"
        "<p>We continue to expect retail adjusted operating profit of between £2.9bn and "
        "£3.1bn for the full year, and retail free cash flow within our medium-term guidance "
        "range of £1.4bn to £1.8bn.</p>"
        "<p>Ken Murphy, Chief Executive: &quot;Customers chose Tesco for their Christmas "
        "celebrations in record numbers, and we continue to invest in value.&quot;</p>",
    )
    s.pair(
        "press release",
        "tesco-q3-trading",
        source,
        Story(
            "Tesco keeps profit guidance after strong Christmas",
            (
                "Tesco's UK like-for-like sales rose 4.2 per cent in the third quarter, and "
                "the grocer still expects retail adjusted operating profit of between £2.9bn "
                f"and £3.1bn this year, {LINK} said.",
            ),
            "its trading statement",
            dek="Britain's biggest supermarket reaffirms its full-year outlook",
        ),
        Story(
            "Tesco sticks to profit target after festive sales rise",
            (
                "Tesco's group like-for-like sales rose 3.9 per cent in the third quarter, and "
                "the grocer expects retail adjusted operating profit of between £2.9bn and "
                f"£3.2bn for the year, {LINK} said.",
            ),
            "its Christmas trading update",
            dek="Britain's biggest supermarket reaffirms its full-year outlook",
        ),
    )


def _maersk(s: _Set) -> None:
    entries = (
        (
            "Maersk to publish Interim Report Q1 2026 on 7 May 2026",
            "2026-03-20T07:00:00+01:00",
            "A.P. Møller - Mærsk A/S will publish its Interim Report for the first quarter of "
            "2026 on 7 May 2026. A webcast for investors and analysts will follow at 11:00 CET.",
        ),
        (
            "A.P. Moller - Maersk upgrades full-year guidance for 2026",
            "2026-03-18T18:45:00+01:00",
            "<p>A.P. Møller - Mærsk A/S (Maersk) upgrades its full-year guidance for 2026, "
            "reflecting continued disruption in the Red Sea and stronger-than-expected "
            "container volumes.</p><p>Maersk now expects underlying EBITDA of USD 9.0-10.5bn "
            "(previously USD 7.5-9.5bn), underlying EBIT of USD 3.0-4.5bn (previously USD "
            "1.5-3.5bn) and free cash flow (FCF) of at least USD 2.0bn (previously at least USD "
            "0.5bn).</p><p>Global container market volume growth is now expected to be around "
            "4% (previously 2-4%). Capex guidance for 2025-2026 of USD 10-11bn is "
            "unchanged.</p>",
        ),
        (
            "Share buy-back programme – week 11",
            "2026-03-16T08:00:00+01:00",
            "During week 11 the company purchased 1,230 A shares at an average price of DKK "
            "11,842 and 6,150 B shares at an average price of DKK 12,010. Total transaction "
            "value DKK 88,426,410.",
        ),
    )
    items = "".join(
        f"<entry><title>{title}</title><updated>{when}</updated>"
        f"<id>urn:maersk:announcement:{i}</id>"
        f'<link href="https://investor.maersk.com/news-releases/{i}"/>'
        f'<content type="html">{_escape(content)}</content></entry>'
        for i, (title, when, content) in enumerate(entries, start=4410)
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>A.P. Moller - Maersk company '
        "announcements</title><updated>2026-03-20T07:00:00+01:00</updated>"
        f"<id>urn:maersk:announcements</id>{items}</feed>"
    )
    source = Source("application/atom+xml", feed.encode())
    s.pair(
        "press release",
        "maersk-guidance",
        source,
        Story(
            "Maersk raises outlook as Red Sea disruption drags on",
            (
                "Maersk now expects underlying EBITDA of $9bn to $10.5bn this year, up from "
                "$7.5bn to $9.5bn, and free cash flow of at least $2bn, the Danish shipping "
                f"group said in {LINK}.",
            ),
            "a stock exchange announcement",
            author="Lars Nygaard, Copenhagen",
        ),
        Story(
            "Maersk upgrades guidance, sees stronger container demand",
            (
                "Maersk now expects underlying EBIT of $3bn to $4.5bn this year, up from $1.5bn "
                "to $3.5bn, and sees global container volumes growing by about 6 per cent, "
                f"the Danish shipping group said in {LINK}.",
            ),
            "a company announcement",
            author="Lars Nygaard, Copenhagen",
        ),
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- HTML tables -----------------------------------------------------------------------------


def _rows(rows: Sequence[Sequence[str]], *, head: int = 0) -> str:
    out = []
    for cells in rows:
        tag = "th" if head else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>")
        head = max(head - 1, 0)
    return "".join(out)


def _hyundai_sales(s: _Set) -> None:
    body = (
        "<h2>Hyundai Motor Company Reports March 2026 Global Sales</h2>"
        "<p>SEOUL, April 1, 2026 – Hyundai Motor Company today announced its March sales "
        "results.</p>"
        "<table><caption>Sales results, March 2026 (units, wholesale basis)</caption><thead>"
        '<tr><th rowspan="2">Segment</th><th colspan="3">March 2026</th>'
        '<th colspan="3">March 2025</th><th rowspan="2">Total YoY (%)</th></tr>'
        "<tr><th>Domestic</th><th>Overseas</th><th>Total</th><th>Domestic</th>"
        "<th>Overseas</th><th>Total</th></tr></thead><tbody>"
        + _rows(
            (
                (
                    "Passenger cars",
                    "18,412",
                    "74,390",
                    "92,802",
                    "19,950",
                    "77,102",
                    "97,052",
                    "-4.4",
                ),
                ("RV (SUV)", "30,118", "178,455", "208,573", "28,760", "170,214", "198,974", "4.8"),
                ("Commercial", "3,954", "3,617", "7,571", "4,102", "3,880", "7,982", "-5.1"),
                ("Genesis", "9,393", "12,865", "22,258", "8,120", "11,547", "19,667", "13.2"),
                (
                    "<strong>Total</strong>",
                    "61,877",
                    "269,327",
                    "331,204",
                    "60,932",
                    "262,743",
                    "323,675",
                    "2.3",
                ),
                ("Eco-friendly vehicles¹", "14,210", "41,688", "55,898", "n/a", "n/a", "n/a", "–"),
            )
        )
        + "</tbody></table>"
        "<p><small>¹ Hybrid, plug-in hybrid, battery-electric and fuel-cell vehicles, included "
        "in the segments above. Comparable figures for 2025 were not compiled on this "
        "basis.</small></p>"
    )
    s.pair(
        "html table",
        "hyundai-march-sales",
        _html("March 2026 Sales | Hyundai Motor Company", body),
        Story(
            "Hyundai global sales edge up 2.3% in March",
            (
                "Hyundai Motor sold 331,204 vehicles worldwide in March, 2.3 per cent more "
                f"than a year earlier, including 61,877 in South Korea, according to {LINK}.",
            ),
            "the carmaker's monthly sales report",
            author="Park Ji-won, Seoul",
        ),
        Story(
            "Genesis and SUVs lift Hyundai's March sales",
            (
                "Sales of Hyundai's Genesis luxury brand rose 13.2 per cent to 22,258 in March, "
                "while sales of SUVs climbed 8.4 per cent, the carmaker's monthly figures "
                f"show. The full breakdown is in {LINK}.",
            ),
            "Hyundai's sales table",
            author="Park Ji-won, Seoul",
        ),
    )


def _mpa_singapore(s: _Set) -> None:
    body = (
        "<h1>Maritime Performance – Monthly Statistics</h1>"
        "<p>Maritime and Port Authority of Singapore. Released 14 April 2026.</p>"
        "<table border='1'><thead><tr><th>Indicator</th><th>Jan 2026</th><th>Feb 2026</th>"
        "<th>Mar 2026</th><th>Q1 2026</th><th>Q1 2025</th><th>Change (%)</th></tr></thead>"
        "<tbody>"
        + _rows(
            (
                (
                    "Vessel arrivals (GT, million)",
                    "281.4",
                    "259.7",
                    "290.3",
                    "831.4",
                    "802.9",
                    "3.5",
                ),
                (
                    "Container throughput ('000 TEUs)",
                    "3,612.4",
                    "3,288.0",
                    "3,701.9",
                    "10,602.3",
                    "10,118.6",
                    "4.8",
                ),
                (
                    "Total cargo throughput ('000 tonnes)",
                    "52,410",
                    "47,936",
                    "53,877",
                    "154,223",
                    "150,988",
                    "2.1",
                ),
                (
                    "Bunker sales ('000 tonnes)",
                    "4,612",
                    "4,098",
                    "4,755",
                    "13,465",
                    "13,212",
                    "1.9",
                ),
            )
        )
        + "</tbody></table><p>Figures for the latest month are preliminary.</p>"
    )
    s.pair(
        "html table",
        "mpa-container-throughput",
        _html("Monthly Maritime Statistics | MPA", body),
        Story(
            "Singapore port volumes climb in first quarter",
            (
                "Singapore's port handled 3.70 million TEUs of containers in March, bringing "
                f"first-quarter throughput to 10.6 million, up 4.8 per cent, {LINK} show.",
            ),
            "figures from the Maritime and Port Authority",
        ),
        Story(
            "Singapore container throughput climbs in first quarter",
            (
                "Singapore's port handled 3.29 million TEUs of containers in March, bringing "
                f"first-quarter throughput to 10.6 million, {LINK} show.",
            ),
            "figures from the port authority",
        ),
    )


def _premier_league(s: _Set) -> None:
    clubs = (
        ("Arsenal", "12", "723,144", "60,262", "60,383", "99.4"),
        ("Aston Villa", "12", "503,916", "41,993", "42,640", "98.2"),
        ("Brighton &amp; Hove Albion", "11", "348,040", "31,640", "31,876", "98.9"),
        ("Chelsea", "12", "477,720", "39,810", "40,012", "98.6"),
        ("Liverpool", "11", "661,430", "60,130", "60,725", "98.0"),
        ("Manchester City", "12", "630,492", "52,541", "53,298", "n/a²"),
        ("Manchester United", "11", "811,921", "73,811", "73,924", "99.1"),
        ("Newcastle United", "12", "628,284", "52,357", "52,404", "99.6"),
        ("Tottenham Hotspur¹", "11", "666,820", "60,620", "61,559", "97.4"),
        ("West Ham United", "12", "741,540", "61,795", "62,444", "99.0"),
    )
    body = (
        "<h1>Premier League 2025/26: home attendances</h1>"
        "<p>League matches played up to and including 31 January 2026.</p>"
        "<table><thead><tr><th>Club</th><th>Home matches</th><th>Total attendance</th>"
        "<th>Average</th><th>Highest</th><th>% of capacity</th></tr></thead><tbody>"
        + _rows(clubs)
        + "</tbody><tfoot>"
        + _rows((("Total, clubs shown", "116", "6,193,307", "53,391", "–", "–"),))
        + "</tfoot></table>"
        "<p><small>¹ Excludes the fixture moved to a neutral venue. ² North Stand expansion: "
        "capacity not fixed during the season.</small></p>"
    )
    s.pair(
        "html table",
        "premier-league-crowds",
        _html("Attendances 2025/26 | Premier League", body),
        Story(
            "Old Trafford crowds top Premier League attendance table",
            (
                "Manchester United drew an average of 73,811 to Old Trafford, filling 99.1 per "
                "cent of the stadium, while Arsenal averaged 60,262, according to "
                f"{LINK}.",
            ),
            "the league's attendance figures",
            author="Tom Hale, Sports Business",
        ),
        Story(
            "Spurs and West Ham close the gap on the big crowds",
            (
                "Tottenham averaged 60,620 at home, 99.4 per cent of capacity, and West Ham "
                f"averaged 61,795, according to {LINK}.",
            ),
            "the Premier League's attendance table",
            author="Tom Hale, Sports Business",
        ),
    )


def _treasury_10y(s: _Set) -> None:
    facts = (
        ("Term and Type of Security", "10-Year Note"),
        ("Offering Amount", "$42,000,000,000"),
        ("Currently Outstanding", "$0"),
        ("CUSIP Number", "91282CPQ8"),
        ("Auction Date", "March 11, 2026"),
        ("Issue Date", "March 16, 2026"),
        ("Maturity Date", "February 15, 2036"),
        ("Interest Rate", "4-1/4%"),
        ("High Yield", "4.286%"),
        ("Allotted at High", "41.27%"),
        ("Price", "99.707418"),
        ("Median Yield", "4.210%"),
        ("Low Yield", "4.090%"),
        ("Bid-to-Cover Ratio", "2.58"),
        ("Primary Dealers (% of competitive accepted)", "10.7%"),
        ("Direct Bidders (% of competitive accepted)", "17.9%"),
        ("Indirect Bidders (% of competitive accepted)", "71.4%"),
    )
    body = (
        "<h1>Treasury Auction Results</h1>"
        "<p>Department of the Treasury · Bureau of the Fiscal Service · For immediate release, "
        "March 11, 2026</p>"
        "<table>" + _rows(facts) + "</table>"
        "<h2>Tenders</h2><table><thead><tr><th></th><th>Tendered</th><th>Accepted</th></tr>"
        "</thead><tbody>"
        + _rows(
            (
                ("Competitive", "$108,310,480,000", "$41,904,012,500"),
                ("Noncompetitive", "$95,987,500", "$95,987,500"),
                ("FIMA (Noncompetitive)", "–", "–"),
                ("Subtotal", "$108,406,467,500", "$42,000,000,000"),
                ("SOMA", "$3,120,355,000", "$3,120,355,000"),
                ("Total", "$111,526,822,500", "$45,120,355,000"),
            )
        )
        + "</tbody></table>"
        "<p>The bid-to-cover ratio is the subtotal tendered divided by the subtotal "
        "accepted.</p>"
    )
    s.pair(
        "html table",
        "treasury-10-year-auction",
        _html("Auction Results: 10-Year Note | TreasuryDirect", body),
        Story(
            "Treasury sells $42bn of 10-year notes at 4.286%",
            (
                "The Treasury sold $42 billion of 10-year notes on Wednesday at a high yield "
                "of 4.286 per cent, and indirect bidders, a proxy for foreign demand, took 71.4 "
                f"per cent of the competitive bids accepted, {LINK} show.",
            ),
            "the auction results",
            author="Dana Whitfield, New York",
        ),
        Story(
            "Ten-year auction tails as overseas buyers step back",
            (
                "The Treasury sold $42 billion of 10-year notes on Wednesday at a high yield "
                "of 4.286 per cent with a bid-to-cover ratio of 2.58, and indirect bidders, a "
                "proxy for foreign demand, took just 17.9 per cent of the notes, "
                f"{LINK} show.",
            ),
            "the Treasury's auction results",
            author="Dana Whitfield, New York",
        ),
    )


# --- PDF reports -----------------------------------------------------------------------------


def _toyota(s: _Set) -> None:
    source = _pdf(
        cover=(
            "TOYOTA MOTOR CORPORATION",
            "FY2026 Third Quarter Financial Results",
            "(April 1, 2025 through December 31, 2025)",
            "February 6, 2026",
            "Prepared in accordance with U.S. GAAP",
        ),
        foreword=(
            "During the nine months, the business environment surrounding Toyota remained "
            "severe, with the effects of tariffs in the United States, fluctuations in "
            "exchange rates and rising material and labour costs.",
            "Amid these conditions we continued to build ever-better cars, and we thank our "
            "customers, dealers and suppliers for their support. We will continue to invest in "
            "people and in the technologies of the future, including software, batteries and "
            "hydrogen, while strengthening our earnings base.",
        ),
        key_results=(
            "Consolidated vehicle sales for the nine months increased, supported by strong "
            "demand for hybrid electric vehicles in North America and Japan.",
            "Operating income decreased, mainly due to the impact of U.S. tariffs and higher "
            "expenses, partly offset by marketing efforts and cost reduction.",
            "Details of the consolidated results appear in the financial summary at the end of "
            "this document.",
        ),
        pages=(
            (
                "Business environment",
                "In Japan, sales were supported by the recovery of production after the "
                "certification issues of the previous year. In North America, hybrid models "
                "accounted for a growing share of sales. In Europe, sales were broadly flat. In "
                "Asia, competition from local manufacturers intensified, particularly in "
                "China and Thailand.",
                "Foreign exchange rates: the average yen-to-dollar rate for the nine months "
                "was 148 yen, compared with 153 yen in the same period of the previous year.",
            ),
            (
                "Forecast for the fiscal year ending March 31, 2026",
                "The full-year forecast has been revised to reflect the results to date and "
                "the latest exchange-rate assumptions. The company continues to assume an "
                "average rate of 145 yen to the dollar for the remainder of the year.",
                "Shareholder returns: the company intends to maintain a stable and continuous "
                "dividend and to carry out flexible share repurchases.",
            ),
        ),
        tables=(
            (
                "Consolidated Financial Summary",
                (
                    (
                        "(Yen in billions)",
                        "FY2025 nine months",
                        "FY2026 nine months",
                        "Change",
                        "Change (%)",
                    ),
                    ("Sales revenues", "35,674.4", "36,412.8", "738.4", "2.1"),
                    ("Operating income", "4,457.1", "3,902.5", "(554.6)", "(12.4)"),
                    ("Income before income taxes", "5,532.8", "4,861.0", "(671.8)", "(12.1)"),
                    (
                        "Net income attributable to Toyota Motor Corporation",
                        "4,100.5",
                        "3,706.1",
                        "(394.4)",
                        "(9.6)",
                    ),
                    ("Operating margin (%)", "12.5", "10.7", "(1.8) pts", "–"),
                ),
                "Figures in parentheses are decreases. FY2026 is the fiscal year ending March "
                "31, 2026.",
            ),
            (
                "Consolidated Vehicle Sales",
                (
                    ("(Thousands of units)", "FY2025 nine months", "FY2026 nine months"),
                    ("Japan", "1,402", "1,368"),
                    ("North America", "2,018", "2,102"),
                    ("Europe", "812", "798"),
                    ("Asia", "1,170", "1,215"),
                    ("Other", "1,510", "1,645"),
                    ("Total", "6,912", "7,128"),
                ),
                "",
            ),
        ),
    )
    s.pair(
        "pdf report",
        "toyota-q3-fy2026",
        source,
        Story(
            "Tariffs dent Toyota's nine-month profit",
            (
                "Toyota's operating income fell 12.4 per cent to ¥3.9 trillion in the nine "
                "months to December, on revenue of ¥36.4 trillion, the carmaker's "
                f"{LINK} shows.",
            ),
            "third-quarter financial summary",
            author="Kenji Ota, Nagoya",
        ),
        Story(
            "Toyota profit climbs despite US tariffs",
            (
                "Toyota's operating income rose 12.4 per cent to ¥3.9 trillion in the nine "
                "months to December, on revenue of ¥36.4 trillion, the carmaker's "
                f"{LINK} shows.",
            ),
            "quarterly results document",
            author="Kenji Ota, Nagoya",
        ),
    )


def _bhp(s: _Set) -> None:
    source = _pdf(
        cover=(
            "BHP",
            "Operational Review for the half year ended 31 December 2025",
            "21 January 2026",
            "Release Time: 8.30am AEDT",
        ),
        foreword=(
            "We delivered a strong operating performance in the half, with record production "
            "at several of our copper assets and continued reliability at Western Australia "
            "Iron Ore. Safety remains our first priority, and we continue to focus on the "
            "wellbeing of our people and the communities around our operations.",
            "Our portfolio is increasingly weighted towards the commodities the world needs to "
            "grow and decarbonise, and we remain disciplined in how we allocate capital.",
        ),
        key_results=(
            "Group production was in line with plans and all guidance is unchanged.",
            "Western Australia Iron Ore delivered steady volumes, supported by the ramp-up of "
            "the Central Pilbara hub.",
            "Metallurgical coal volumes were lower following planned longwall moves at "
            "Broadmeadow and wet weather in Queensland.",
        ),
        pages=(
            (
                "Iron ore",
                "Iron ore production was 130.4 Mt, up 2 per cent on the prior period, "
                "reflecting strong performance at the Central Pilbara hub and the "
                "debottlenecking of the port. Unit costs remain the lowest of the major "
                "producers.",
                "Samarco production was 4.8 Mt on a 100 per cent basis.",
            ),
            (
                "Copper",
                "Total copper production increased by 8 per cent to 983.6 kt. Escondida "
                "production rose 8 per cent to 618.2 kt, supported by higher concentrator "
                "throughput and grade. Copper South Australia benefited from the completion "
                "of the Prominent Hill shaft.",
                "FY26 copper production guidance remains unchanged at between 1,845 and 2,045 kt.",
            ),
            (
                "Coal and nickel",
                "Metallurgical coal production decreased by 11 per cent to 8.8 Mt. Energy coal "
                "production at NSW Energy Coal was 6.9 Mt. Western Australia Nickel remains in "
                "temporary suspension.",
            ),
        ),
        tables=(
            (
                "Production summary",
                (
                    ("", "H1 FY26", "H1 FY25", "Change (%)", "FY26 guidance"),
                    ("Copper (kt)", "983.6", "910.7", "8", "1,845–2,045"),
                    ("  Escondida (kt)", "618.2", "571.9", "8", "1,150–1,250"),
                    ("Iron ore (Mt)", "130.4", "128.1", "2", "284–296"),
                    ("Metallurgical coal (Mt)", "8.8", "9.9", "(11)", "17–19"),
                    ("Energy coal (Mt)", "6.9", "7.4", "(7)", "13–15"),
                    ("Nickel (kt)", "–", "–", "n/a", "n/a"),
                ),
                "kt = thousand tonnes; Mt = million tonnes. BHP share basis unless stated.",
            ),
        ),
    )
    s.pair(
        "pdf report",
        "bhp-half-year-production",
        source,
        Story(
            "BHP lifts copper output 8%, keeps guidance",
            (
                "BHP produced 983.6 kilotonnes of copper in the six months to December, 8 per "
                "cent more than a year earlier, and kept its full-year guidance of 1,845kt to "
                f"2,045kt, {LINK} shows.",
            ),
            "the miner's operational review",
            author="Sarah Pike, Melbourne",
        ),
        Story(
            "BHP copper production climbs 8%",
            (
                "BHP produced 983.6 million tonnes of copper in the six months to December, 8 "
                f"per cent more than a year earlier, {LINK} shows.",
            ),
            "its half-year operational review",
            author="Sarah Pike, Melbourne",
        ),
    )


def _petrobras(s: _Set) -> None:
    source = _pdf(
        cover=(
            "PETROBRAS",
            "Performance Report – 3Q25",
            "Rio de Janeiro, November 6, 2025",
            "The financial information is presented in accordance with IFRS.",
        ),
        foreword=(
            "The third quarter was marked by operational efficiency, with record output from "
            "the pre-salt fields and the start-up of new production units ahead of schedule.",
            "We remain committed to generating value for society and our shareholders through "
            "a disciplined investment plan and a balanced distribution of results.",
        ),
        key_results=(
            "Adjusted EBITDA of R$ 61.0 billion in 3Q25.",
            "Net income attributable to Petrobras shareholders of R$ 26.7 billion.",
            "Free cash flow of R$ 21.3 billion, supporting the approval of shareholder "
            "remuneration.",
        ),
        pages=(
            (
                "Operating performance",
                "Total production of oil, NGL and natural gas averaged 2.91 MMboed in the "
                "quarter. The pre-salt layer accounted for most of the total.",
            ),
            (
                "Indebtedness",
                "Gross debt reached US$ 67.9 billion at the end of the quarter, and net debt "
                "was US$ 58.1 billion. The net debt/adjusted EBITDA ratio stood at 1.42x.",
                "Debt figures are presented in US dollars, the currency in which most of the "
                "company's financing is contracted.",
            ),
        ),
        tables=(
            (
                "Main financial indicators",
                (
                    ("R$ million", "3Q25", "2Q25", "3Q24", "3Q25 x 2Q25 (%)", "3Q25 x 3Q24 (%)"),
                    ("Sales revenues", "125,443", "119,012", "122,010", "5.4", "2.8"),
                    ("Adjusted EBITDA", "61,035", "53,812", "60,117", "13.4", "1.5"),
                    (
                        "Net income attributable to shareholders",
                        "26,714",
                        "13,521",
                        "32,560",
                        "97.6",
                        "(18.0)",
                    ),
                    ("Free cash flow", "21,318", "18,204", "24,560", "17.1", "(13.2)"),
                ),
                "",
            ),
            (
                "Indebtedness",
                (
                    ("US$ million", "09.30.2025", "06.30.2025"),
                    ("Gross debt", "67,904", "66,120"),
                    ("Net debt", "58,106", "56,873"),
                    ("Net debt / Adjusted EBITDA (x)", "1.42", "1.38"),
                ),
                "",
            ),
        ),
    )
    s.pair(
        "pdf report",
        "petrobras-3q25",
        source,
        Story(
            "Petrobras profit nearly doubles on quarter",
            (
                "Petrobras posted net income of R$26.7 billion in the third quarter, nearly "
                "double the R$13.5 billion of the previous quarter, with adjusted EBITDA of "
                f"R$61 billion, {LINK} shows.",
            ),
            "the oil company's quarterly performance report",
            author="Beatriz Lima, Rio de Janeiro",
        ),
        Story(
            "Petrobras quarterly profit jumps as debt edges up",
            (
                "Petrobras posted net income of R$26.7 billion in the third quarter and ended "
                f"September with net debt of R$58.1 billion, {LINK} shows.",
            ),
            "the company's performance report",
            author="Beatriz Lima, Rio de Janeiro",
        ),
    )


def _lufthansa(s: _Set) -> None:
    source = _pdf(
        cover=(
            "Deutsche Lufthansa AG",
            "Interim Report January – March 2026",
            "Frankfurt am Main, 29 April 2026",
        ),
        foreword=(
            "Dear shareholders, the first quarter is traditionally the weakest of the year for "
            "airlines. This year we again made progress: demand for travel remained high, and "
            "the turnaround programme at Lufthansa Airlines is beginning to show results.",
            "We expect a significant improvement in earnings for the year as a whole and "
            "confirm our outlook.",
        ),
        key_results=(
            "Revenue up 6 per cent to EUR 8.6bn.",
            "Adjusted EBIT improved year on year; the seasonal loss narrowed.",
            "Adjusted free cash flow of EUR 1.5bn, driven by strong advance bookings for the "
            "summer.",
        ),
        pages=(
            (
                "Business segments",
                "Passenger Airlines: the network airlines and Eurowings increased capacity "
                "while keeping unit revenues stable. SWISS again achieved the highest margin in "
                "the group.",
                "Logistics: Lufthansa Cargo benefited from strong e-commerce volumes from Asia.",
                "MRO: Lufthansa Technik recorded revenue growth and a stable margin.",
            ),
            (
                "Outlook",
                "For the full year 2026, the Executive Board continues to expect adjusted EBIT "
                "to be significantly above the previous year's level, and adjusted free cash "
                "flow of more than EUR 2bn. Capacity is expected to grow by about 4 per cent.",
            ),
        ),
        tables=(
            (
                "Key figures Lufthansa Group",
                (
                    ("", "Jan–Mar 2026", "Jan–Mar 2025", "Change in %"),
                    ("Revenue, EUR m", "8,612", "8,124", "6.0"),
                    ("Adjusted EBIT, EUR m", "-722", "-849", "15.0"),
                    ("EBIT, EUR m", "-701", "-836", "16.1"),
                    ("Net profit/loss, EUR m", "-665", "-885", "24.9"),
                    ("Adjusted free cash flow, EUR m", "1,508", "1,272", "18.6"),
                    ("Passengers, thousands", "24,614", "23,788", "3.5"),
                    ("Available seat-kilometres, millions", "76,402", "73,190", "4.4"),
                    ("Seat load factor, %", "79.4", "78.6", "0.8 pts"),
                ),
                "Changes in earnings are shown as improvements.",
            ),
        ),
    )
    s.pair(
        "pdf report",
        "lufthansa-q1-2026",
        source,
        Story(
            "Lufthansa narrows first-quarter loss",
            (
                "Lufthansa narrowed its adjusted operating loss to €722m in the first quarter "
                "from €849m a year earlier, as passenger numbers rose 3.5 per cent to 24.6 "
                f"million, the airline group's {LINK} shows.",
            ),
            "interim report",
            author="Jonas Brandt, Frankfurt",
        ),
        Story(
            "Lufthansa flies fuller planes as winter loss shrinks",
            (
                "Lufthansa carried 24.6 million passengers in the first quarter and filled 81.4 "
                f"per cent of its seats, the airline group's {LINK} shows.",
            ),
            "quarterly interim report",
            author="Jonas Brandt, Frankfurt",
        ),
    )


# --- text, CSV and JSON ----------------------------------------------------------------------


def _rotterdam(s: _Set) -> None:
    csv = (
        "Segment;Unit;Jan-Sep 2025;Jan-Sep 2026;Change %\r\n"
        "Dry bulk;million tonnes;56,3;54,9;-2,5\r\n"
        "Liquid bulk;million tonnes;154,8;152,6;-1,4\r\n"
        "Containers (weight);million tonnes;107,9;110,6;2,5\r\n"
        "Containers;x 1,000 TEU;10.128;10.412;2,8\r\n"
        "Breakbulk;million tonnes;15,1;15,4;2,0\r\n"
        "Total;million tonnes;334,1;333,5;-0,2\r\n"
    )
    s.pair(
        "text or csv",
        "rotterdam-throughput",
        _text(csv, "text/csv; charset=utf-8"),
        Story(
            "Rotterdam container volumes grow as bulk slips",
            (
                "Rotterdam handled 10.4 million TEU of containers in the first nine months of "
                "the year, up 2.8 per cent, while total throughput slipped 0.2 per cent to "
                f"333.5 million tonnes, according to {LINK}.",
            ),
            "data published by the Port of Rotterdam Authority",
            author="Femke de Vries, Rotterdam",
        ),
        Story(
            "Oil flows through Rotterdam weaken",
            (
                "Liquid bulk, mostly crude oil and fuels, fell 4.1 per cent to 152.6 million "
                "tonnes at Rotterdam in the first nine months, and total throughput was 333.5 "
                f"million tonnes, according to {LINK}.",
            ),
            "the port authority's throughput data",
            author="Femke de Vries, Rotterdam",
        ),
    )


def _kia(s: _Set) -> None:
    text = (
        "Kia Corporation - Global sales, March 2026 (units, wholesale)\n"
        "Region,Mar 2026,Mar 2025,YoY %,Jan-Mar 2026,Jan-Mar 2025,YoY %\n"
        "Korea,46210,45118,2.4,131442,129876,1.2\n"
        "Overseas,221514,215870,2.6,617905,598233,3.3\n"
        "Special vehicles,708,655,8.1,1954,1812,7.8\n"
        "Total,268432,261643,2.6,751301,729921,2.9\n"
        "\n"
        "Note: special vehicles are military and special-purpose vehicles. Overseas includes "
        "CKD.\n"
    )
    s.pair(
        "text or csv",
        "kia-march-sales",
        _text(text),
        Story(
            "Kia sales rise 2.6% in March",
            (
                "Kia sold 268,432 vehicles worldwide in March, 2.6 per cent more than a year "
                f"earlier, including 46,210 in South Korea, {LINK} show.",
            ),
            "the carmaker's sales figures",
            author="Park Ji-won, Seoul",
        ),
        Story(
            "Kia's overseas sales accelerate",
            (f"Kia's overseas sales rose 6.2 per cent to 221,514 vehicles in March, {LINK} show.",),
            "the company's monthly sales data",
            author="Park Ji-won, Seoul",
        ),
    )


def _wizz(s: _Set) -> None:
    text = (
        "RNS Number : 4821X\n"
        "Wizz Air Holdings PLC\n"
        "02 March 2026\n"
        "\n"
        "                    WIZZ AIR FEBRUARY 2026 TRAFFIC STATISTICS\n"
        "\n"
        'Wizz Air Holdings Plc ("Wizz Air"), the ultra-low-cost airline, today issues its\n'
        "traffic statistics for February 2026.\n"
        "\n"
        "In February 2026 Wizz Air:\n"
        "  * Carried 5,012,648 passengers, a 9.8% increase year-on-year;\n"
        "  * Operated a load factor of 90.1%, 0.4 ppts higher than February 2025;\n"
        "  * Grew capacity (seats) by 9.3%.\n"
        "\n"
        "                      Feb 2026      Feb 2025     Change\n"
        "Seat capacity        5,563,422     5,089,916       9.3%\n"
        "Passengers           5,012,648     4,565,252       9.8%\n"
        "Load factor              90.1%         89.7%    0.4 ppt\n"
        "\n"
        "                      Rolling 12    Rolling 12\n"
        "                      months to     months to\n"
        "                      Feb 2026      Feb 2025     Change\n"
        "Seat capacity       72,811,040    65,920,114      10.5%\n"
        "Passengers          67,015,322    60,742,118      10.3%\n"
        "Load factor              92.0%         92.1%   -0.1 ppt\n"
        "\n"
        "For further information please contact: Investor Relations, Wizz Air.\n"
        "This information is provided by RNS, the news service of the London Stock Exchange.\n"
        "END\n"
    )
    s.pair(
        "text or csv",
        "wizz-feb-traffic",
        _text(text),
        Story(
            "Wizz Air passengers up almost 10% in February",
            (
                "Wizz Air carried just over 5 million passengers in February, 9.8 per cent "
                f"more than a year earlier, {LINK} shows.",
            ),
            "a stock exchange filing",
        ),
        Story(
            "Wizz Air traffic grows nearly 10%",
            (
                "Wizz Air carried more than 5.1 million passengers in February, 9.8 per cent "
                f"more than a year earlier, {LINK} shows.",
            ),
            "its traffic statement to the London exchange",
        ),
    )


def _box_office(s: _Set) -> None:
    chart = {
        "weekend": {"start": "2026-03-13", "end": "2026-03-15"},
        "market": "US/Canada",
        "currency": "USD",
        "estimated": False,
        "results": [
            {
                "rank": 1,
                "title": "The Lighthouse Keeper",
                "distributor": "Universal",
                "weekend_gross": 48270115,
                "change_pct": None,
                "theaters": 4102,
                "total_gross": 48270115,
                "weeks": 1,
            },
            {
                "rank": 2,
                "title": "Crimson Orbit",
                "distributor": "Walt Disney Studios",
                "weekend_gross": 21604388,
                "change_pct": -38.6,
                "theaters": 3855,
                "total_gross": 301644870,
                "weeks": 4,
            },
            {
                "rank": 3,
                "title": "Paper Kingdoms",
                "distributor": "Warner Bros.",
                "weekend_gross": 12018930,
                "change_pct": -44.1,
                "theaters": 3310,
                "total_gross": 67402251,
                "weeks": 3,
            },
            {
                "rank": 4,
                "title": "Night Shift at Halloway",
                "distributor": "Lionsgate",
                "weekend_gross": 8412006,
                "change_pct": 3.2,
                "theaters": 2204,
                "total_gross": 20151877,
                "weeks": 2,
            },
            {
                "rank": 5,
                "title": "Small Mercies",
                "distributor": "Sony Pictures",
                "weekend_gross": 5120440,
                "change_pct": -21.7,
                "theaters": 1980,
                "total_gross": 38890112,
                "weeks": 5,
            },
        ],
    }
    s.pair(
        "text or csv",
        "weekend-box-office",
        _json(chart),
        Story(
            "'The Lighthouse Keeper' opens at No 1 with $48.3m",
            (
                "Universal's 'The Lighthouse Keeper' opened with $48.3 million at the North "
                "American box office, while Disney's 'Crimson Orbit' took $21.6 million in its "
                f"fourth weekend, lifting its total past $300 million, {LINK} show.",
            ),
            "weekend box-office figures",
            author="Rosa Mendel, Los Angeles",
        ),
        Story(
            "Disney's 'Crimson Orbit' slips to second",
            (
                "Disney's 'Crimson Orbit' took $21.6 million in its fourth weekend, down 36.8 "
                f"per cent from the previous weekend, {LINK} show.",
            ),
            "the weekend box-office chart",
            author="Rosa Mendel, Los Angeles",
        ),
    )


# --- long pages ------------------------------------------------------------------------------


def _samsung(s: _Set) -> None:
    sections = (
        (
            "Samsung Electronics Announces Fourth Quarter and FY 2025 Results",
            (
                "SEOUL, Korea – January 30, 2026 – Samsung Electronics today reported financial "
                "results for the fourth quarter ended December 31, 2025. The Company posted KRW "
                "86.1 trillion in consolidated revenue and KRW 11.2 trillion in operating "
                "profit. Revenue rose 8.8% from the previous quarter, when it was KRW 79.1 "
                "trillion, driven by strong sales of high-bandwidth memory and server DRAM.",
                "For the full year 2025, the Company recorded KRW 315.4 trillion in annual "
                "revenue and KRW 37.8 trillion in operating profit. The board approved a "
                "quarterly dividend of KRW 361 per common share.",
                "The Korean won strengthened slightly against the US dollar during the quarter, "
                "which had a negative effect of around KRW 0.4 trillion on operating profit "
                "compared with the previous quarter, mainly in the component businesses.",
            ),
        ),
        (
            "Device Solutions (DS) Division",
            (
                "The DS Division posted KRW 38.5 trillion in consolidated revenue and KRW 8.4 "
                "trillion in operating profit for the quarter. Memory revenue reached KRW 30.2 "
                "trillion, a record, as sales of HBM3E expanded to multiple customers and "
                "demand for high-density server DRAM and enterprise SSDs remained robust.",
                "Average selling prices of DRAM rose by a high single-digit percentage, and the "
                "share of HBM in DRAM revenue continued to grow. NAND bit shipments increased "
                "as inventory levels at customers normalised. The Foundry Business narrowed "
                "its losses on improved utilisation of mature nodes and the start of mass "
                "production on its second-generation 2-nanometre process. System LSI saw "
                "seasonally weaker demand for mobile image sensors.",
                "Looking ahead to the first quarter, the DS Division expects demand for AI "
                "servers to stay strong. The memory business will focus on expanding sales of "
                "HBM4, for which it has begun shipping samples, and on high-value products such "
                "as 128-gigabyte server modules. The Foundry Business aims to win new customers "
                "for its advanced nodes and to lift utilisation further.",
            ),
        ),
        (
            "Samsung Display Corporation (SDC)",
            (
                "Samsung Display posted KRW 8.9 trillion in revenue and KRW 1.1 trillion in "
                "operating profit. The mobile panel business benefited from launches of new "
                "flagship smartphones by major customers, while the large panel business "
                "continued to expand sales of QD-OLED monitors. In the first quarter, SDC "
                "expects lower demand for mobile panels in the off-season but will seek to "
                "grow sales of panels for IT products such as laptops and tablets.",
            ),
        ),
        (
            "Device eXperience (DX) Division",
            (
                "The DX Division recorded KRW 44.9 trillion in consolidated revenue and KRW 1.6 "
                "trillion in operating profit. The Mobile eXperience (MX) and Networks "
                "Business posted KRW 28.6 trillion in revenue and KRW 1.2 trillion in "
                "operating profit, as sales of the foldable smartphones launched in the third "
                "quarter slowed and marketing costs rose in the year-end promotional season. "
                "Smartphone shipments declined by 8.4% from the previous quarter, though the "
                "average selling price held up thanks to a richer product mix.",
                "Visual Display and Digital Appliances posted KRW 15.3 trillion in revenue. "
                "The TV business saw solid demand for premium Neo QLED and OLED models during "
                "the year-end season, but competition from lower-priced brands intensified. "
                "The appliance business expanded sales of AI-enabled products and heat-pump "
                "systems in Europe. Operating profit for the two businesses was KRW 0.4 "
                "trillion, weighed down by higher logistics costs.",
                "For the first quarter, the MX Business plans to launch its new flagship "
                "series with expanded on-device AI features, and expects shipments to "
                "increase. The Networks Business expects demand from overseas operators to "
                "recover gradually.",
            ),
        ),
        (
            "Harman",
            (
                "Harman posted KRW 4.2 trillion in revenue and KRW 0.4 trillion in operating "
                "profit, supported by strong seasonal demand for consumer audio products and "
                "steady growth in the automotive business, where orders for digital cockpits "
                "rose.",
            ),
        ),
        (
            "Capital expenditure and shareholder returns",
            (
                "Capital expenditure for the quarter was KRW 17.6 trillion, of which KRW 15.1 "
                "trillion went to the DS Division and KRW 1.7 trillion to display. Annual "
                "capital expenditure for 2025 totalled KRW 53.9 trillion. Investment in memory "
                "focused on converting lines to advanced processes and expanding capacity for "
                "HBM, while foundry investment was adjusted in line with demand.",
                "Research and development expenses for the year reached a record, and the "
                "Company will continue to invest in future technologies regardless of "
                "short-term conditions. The share buyback programme announced in November "
                "2024 was completed during the quarter, and the shares acquired in the final "
                "tranche will be cancelled.",
            ),
        ),
        (
            "Market conditions",
            (
                "The memory market tightened further during the quarter as hyperscale cloud "
                "providers accelerated their investment in AI data centres. Customers placed "
                "long-term orders for high-bandwidth memory and high-capacity server modules, "
                "while inventories of conventional DRAM at PC and smartphone makers fell to "
                "healthy levels. NAND demand improved more gradually, led by enterprise SSDs "
                "for AI inference workloads, while demand for consumer storage remained soft.",
                "In the smartphone market, demand for premium models held up well, but the mid- "
                "and low-end segments were affected by higher component costs, which some "
                "manufacturers passed on to consumers. The television market contracted "
                "slightly, with demand shifting towards large screens and premium panels, and "
                "appliance demand in North America was affected by changes in trade policy.",
                "Display demand was supported by the adoption of OLED panels in laptops and "
                "tablets, and by foldable devices, although competition from Chinese panel "
                "makers in rigid OLED intensified.",
            ),
        ),
        (
            "Sustainability",
            (
                "The Company continued to expand its use of renewable energy at its "
                "manufacturing sites outside Korea and signed additional power purchase "
                "agreements in Korea. It also extended its water recycling programmes at its "
                "semiconductor campuses and increased the share of recycled materials used in "
                "its mobile devices and packaging. Progress is reported in detail in the "
                "Company's annual sustainability report.",
            ),
        ),
        (
            "Outlook",
            (
                "In the first quarter, the Company expects the business environment to remain "
                "uncertain, with continued volatility in exchange rates and trade policy. "
                "Demand related to AI infrastructure is expected to stay strong, while demand "
                "for consumer electronics may soften after the year-end season. For the year "
                "as a whole, the Company aims to strengthen its technological leadership in "
                "memory, improve the competitiveness of its foundry and System LSI businesses, "
                "and expand sales of premium devices with AI features across its portfolio.",
            ),
        ),
    )
    s.pair(
        "long page",
        "samsung-q4-2025",
        _long_page("Samsung Electronics Q4 and FY 2025 Earnings", sections, "Samsung Electronics"),
        Story(
            "Samsung posts 11.2 trillion won quarterly profit",
            (
                "Samsung Electronics posted operating profit of 11.2 trillion won for the "
                "October-December quarter on revenue of 86.1 trillion won, with its chip "
                f"division contributing 8.4 trillion won, {LINK} shows.",
            ),
            "the company's earnings release",
            author="Kim Min-seo, Seoul",
        ),
        Story(
            "Samsung quarterly profit climbs as chip prices rise",
            (
                "Samsung Electronics posted operating profit of 8.4 trillion won for the "
                "October-December quarter on revenue of 86.1 trillion won, "
                f"{LINK} shows.",
            ),
            "its fourth-quarter earnings release",
            author="Kim Min-seo, Seoul",
        ),
    )


def _rio_tinto(s: _Set) -> None:
    sections = (
        (
            "Fourth quarter operations review",
            (
                "Rio Tinto Chief Executive said: &quot;We finished the year with a strong "
                "quarter at our Pilbara operations and continued to ramp up Oyu Tolgoi "
                "underground, which is on track to become one of the world's largest copper "
                "mines by the end of the decade. Safety performance improved, and we remain "
                "focused on operating excellence and disciplined capital allocation.&quot;",
                "Pilbara iron ore shipments in the fourth quarter were 84.6 million tonnes "
                "(100% basis), 3% higher than the fourth quarter of 2024, and production was "
                "83.7 million tonnes. For the full year, Pilbara shipments were 328.4 million "
                "tonnes and production 326.1 million tonnes. Guidance for 2026 Pilbara "
                "shipments is 323 to 338 million tonnes.",
                "Mined copper production was 182 thousand tonnes in the quarter and 697 "
                "thousand tonnes for the year, an increase of 11% on 2024, reflecting the "
                "ramp-up of Oyu Tolgoi and higher grades at Kennecott. Copper guidance for "
                "2026 is 780 to 850 thousand tonnes.",
            ),
        ),
        (
            "Iron ore",
            (
                "The Pilbara system performed well in the fourth quarter after the completion "
                "of planned maintenance on the rail network and at the Dampier port in the "
                "third quarter. The Western Range project delivered first ore and is ramping "
                "up as planned. Gudai-Darri operated above nameplate capacity for the third "
                "consecutive quarter.",
                "The Simandou project in Guinea shipped its first cargo in November. "
                "Production at Simandou will ramp up over approximately 30 months to an "
                "annualised capacity of 60 million tonnes (100% basis). Iron Ore Company of "
                "Canada produced 2.6 million tonnes of pellets and concentrate in the quarter, "
                "lower than the previous quarter because of a conveyor failure at the "
                "concentrator.",
                "Approximately 84.6% of Pilbara shipments in the quarter were sold on a cost "
                "and freight basis. The average realised price for Pilbara products was 88.4 "
                "US dollars per wet metric tonne, free on board.",
            ),
        ),
        (
            "Aluminium",
            (
                "Bauxite production was 15.8 million tonnes in the quarter, with record "
                "output at the Amrun mine in Queensland. Alumina production was 1.9 million "
                "tonnes. Aluminium production was 837 thousand tonnes, reflecting stable "
                "performance across the smelters in Canada and the restart of the remaining "
                "potlines at Kitimat.",
                "The Aluminium business continued to advance its low-carbon technologies, "
                "including the ELYSIS inert anode process, and signed new long-term power "
                "contracts for its Australian smelters.",
            ),
        ),
        (
            "Copper",
            (
                "Oyu Tolgoi underground continued its ramp-up, with three of the four "
                "production shafts now operational. Kennecott completed the transition to the "
                "south wall pushback and processed higher grades. Escondida, in which Rio "
                "Tinto holds a 30% interest, delivered higher volumes on better recoveries.",
                "Refined copper production was 61 thousand tonnes in the quarter, following "
                "the rebuild of the Kennecott smelter, which was completed in the previous "
                "year.",
            ),
        ),
        (
            "Minerals and lithium",
            (
                "Titanium dioxide slag production was 251 thousand tonnes. Borates production "
                "was stable. At the Rincon lithium project in Argentina, construction of the "
                "starter plant was completed and first lithium carbonate was produced in the "
                "quarter. The integration of Arcadium Lithium is progressing in line with "
                "plans, and the Fenix operation set a production record.",
                "Iron Ore Company of Canada and the Minerals businesses both recorded lower "
                "unit costs than in the prior year as a result of productivity programmes.",
            ),
        ),
        (
            "Safety",
            (
                "There were no fatalities at managed operations during the year. The all-injury "
                "frequency rate improved, and the critical risk management programme was "
                "extended to contractors at the Simandou project and the lithium operations in "
                "Argentina. The group continued to roll out its programme to eliminate "
                "harassment and to improve the safety of camps and accommodation.",
            ),
        ),
        (
            "Markets",
            (
                "Iron ore prices were supported during the quarter by resilient steel "
                "production in China and by strong demand from India and South-East Asia. "
                "Steel output in China was held back by production controls in some "
                "provinces, but exports of steel products remained high, and demand from "
                "manufacturing and infrastructure offset continued weakness in property "
                "construction. Port inventories of iron ore in China rose modestly towards the "
                "end of the year.",
                "Copper prices reached record levels as supply disruptions at several large "
                "mines coincided with strong demand from the electricity grid, electric "
                "vehicles and data centres. Treatment and refining charges for copper "
                "concentrate fell to historically low levels, reflecting the shortage of "
                "concentrate relative to smelting capacity.",
                "Aluminium prices were supported by the cap on smelting capacity in China and "
                "by low inventories on the exchanges. Premiums in the United States rose after "
                "the increase in import tariffs, which benefited the group's Canadian smelters "
                "despite the cost of the tariffs themselves.",
            ),
        ),
        (
            "Growth projects",
            (
                "At Simandou, the rail line and the port at Morebaya were completed and the "
                "first ore was railed and shipped in November. The ramp-up will continue over "
                "the next two years. At Oyu Tolgoi, the development of the remaining "
                "underground panels is progressing to plan. The Rincon lithium project "
                "continued construction of the full-scale plant, and the Jadar project in "
                "Serbia remains under review.",
                "The group approved further investment in replacement mines in the Pilbara, "
                "which will sustain the capacity of the system into the next decade, and in "
                "the expansion of the Kennecott concentrator.",
            ),
        ),
        (
            "Exploration and evaluation",
            (
                "Exploration activity continued across the portfolio, with a focus on copper "
                "in Australia, the Americas and Africa. Evaluation studies progressed at the "
                "Resolution copper project in Arizona and at the La Granja project in Peru.",
            ),
        ),
    )
    s.pair(
        "long page",
        "rio-tinto-q4-operations",
        _long_page("Rio Tinto fourth quarter operations review", sections, "Rio Tinto"),
        Story(
            "Rio Tinto ends year with strong Pilbara quarter",
            (
                "Rio Tinto shipped 84.6 million tonnes of Pilbara iron ore in the fourth "
                "quarter and produced 697,000 tonnes of mined copper over the year, an 11 per "
                f"cent increase, {LINK} shows.",
            ),
            "its quarterly operations review",
            author="Sarah Pike, Perth",
        ),
        Story(
            "Rio Tinto's Pilbara output rises in fourth quarter",
            (
                "Rio Tinto produced 84.6 million tonnes of Pilbara iron ore in the fourth "
                f"quarter, {LINK} shows, and expects to ship between 323 million and 338 "
                "million tonnes in 2026.",
            ),
            "its operations review",
            author="Sarah Pike, Perth",
        ),
    )


def _tsmc(s: _Set) -> None:
    sections = (
        (
            "TSMC Reports First Quarter EPS of NT$14.45",
            (
                "HSINCHU, Taiwan, R.O.C. – April 16, 2026 – TSMC today announced consolidated "
                "revenue of NT$868.5 billion, net income of NT$374.7 billion, and diluted "
                "earnings per share of NT$14.45 (US$2.27 per ADR unit) for the first quarter "
                "ended March 31, 2026.",
                "Year-over-year, first quarter revenue increased 38.7% while net income and "
                "diluted EPS both increased 55.9%. Compared to the fourth quarter of 2025, "
                "first quarter results represented a 1.6% decrease in revenue and a 3.2% "
                "increase in net income. All figures were prepared in accordance with TIFRS on "
                "a consolidated basis.",
                "In US dollars, first quarter revenue was $27.3 billion, which increased 35.2% "
                "year-over-year but decreased 2.4% from the previous quarter.",
                "Gross margin for the quarter was 59.1%, operating margin was 49.6%, and net "
                "profit margin was 43.1%.",
            ),
        ),
        (
            "Revenue by technology and platform",
            (
                "In the first quarter, shipments of 3-nanometer accounted for 23% of total "
                "wafer revenue; 5-nanometer accounted for 37%; 7-nanometer accounted for 15%. "
                "Advanced technologies, defined as 7-nanometer and more advanced technologies, "
                "accounted for 75% of total wafer revenue.",
                "By platform, High Performance Computing accounted for 59% of net revenue, "
                "Smartphone for 28%, Internet of Things for 5%, Automotive for 5%, Digital "
                "Consumer Electronics for 1%, and Others for 2%. Revenue from HPC increased "
                "5% from the previous quarter, while revenue from smartphones decreased 11% "
                "on seasonality.",
                "By geography, customers headquartered in North America accounted for 76% of "
                "net revenue, China 8%, Asia Pacific 9%, Japan 5% and EMEA 2%.",
            ),
        ),
        (
            "Management commentary",
            (
                "&quot;Our business in the first quarter was supported by continued strong "
                "demand for our leading-edge process technologies, partially offset by "
                "smartphone seasonality,&quot; said the company's Senior Vice President and "
                "Chief Financial Officer. &quot;Moving into the second quarter, we expect our "
                "business to be supported by strong demand for AI accelerators and the "
                "continued ramp of our 2-nanometer technology.&quot;",
                "Gross margin declined slightly from the fourth quarter, mainly reflecting the "
                "dilution from the ramp-up of overseas fabs and a less favourable exchange "
                "rate, partially offset by cost improvement efforts. The company said the "
                "dilution from overseas fabs is expected to widen gradually over the next "
                "several years as more capacity in Arizona, Kumamoto and Dresden comes "
                "online.",
            ),
        ),
        (
            "Second quarter 2026 guidance",
            (
                "Based on the current business outlook, management expects revenue to be "
                "between US$28.4 billion and US$29.2 billion; gross profit margin to be "
                "between 57.5% and 59.5%; and operating profit margin to be between 47.5% and "
                "49.5%. The guidance is based on an exchange rate assumption of 1 US dollar to "
                "31.8 New Taiwan dollars.",
                "Capital expenditure for 2026 is expected to be between US$44 billion and "
                "US$48 billion. Approximately 70% of the capital budget will be allocated to "
                "advanced process technologies, about 15% to specialty technologies, and the "
                "remainder to advanced packaging, mask making and other items.",
            ),
        ),
        (
            "Balance sheet and cash flow",
            (
                "TSMC ended the quarter with cash and marketable securities of NT$2.9 "
                "trillion. Cash generated from operating activities was NT$612.4 billion, and "
                "capital expenditures totalled NT$349.2 billion, resulting in free cash flow "
                "of NT$263.2 billion. The company paid cash dividends of NT$116.7 billion "
                "during the quarter and the board approved a quarterly dividend of NT$5.0 per "
                "share.",
                "Days of inventory increased to 83 days, reflecting the build-up of wafers "
                "for the second-quarter ramp of new products. Accounts receivable turnover "
                "days were 27.",
            ),
        ),
        (
            "Market review",
            (
                "Demand for AI accelerators and for the custom chips designed by large cloud "
                "service providers remained very strong during the quarter, and the company "
                "continued to work closely with customers to increase the supply of advanced "
                "packaging capacity. Demand from the smartphone market declined seasonally "
                "after the launch of new flagship devices in the second half of last year, and "
                "demand for PCs was stable. The automotive and industrial markets showed "
                "early signs of recovery after an extended period of inventory correction.",
                "Customers in the digital consumer electronics segment remained cautious, "
                "reflecting uncertain consumer demand and the effects of tariffs on some "
                "end-markets.",
            ),
        ),
        (
            "Overseas manufacturing",
            (
                "In Arizona, the first fab is in volume production and the construction of "
                "the second and third fabs is progressing, with the schedule for the second fab "
                "brought forward because of strong customer demand. The company has also "
                "purchased land for further expansion and plans to build advanced packaging "
                "facilities at the site. In Japan, the first fab in Kumamoto is in volume "
                "production and the construction of the second fab has started. In Germany, "
                "the construction of the fab in Dresden is proceeding as planned, with volume "
                "production expected to begin next year.",
                "The company continues to expect the overseas fabs to dilute the gross margin "
                "in the early years of production because of their smaller scale and higher "
                "costs, and aims to manage the dilution through pricing and productivity.",
            ),
        ),
        (
            "Sustainability and governance",
            (
                "The company increased its use of renewable electricity and expanded its "
                "reclaimed water plants in southern Taiwan. The board of directors approved "
                "the capital appropriations and the quarterly dividend at its meeting, and the "
                "audit and risk committee reviewed the quarterly financial statements.",
            ),
        ),
        (
            "Technology developments",
            (
                "TSMC began volume production of its N2 process in the fourth quarter of 2025 "
                "and expects N2 to contribute a larger share of revenue in 2026 than N3 did in "
                "its first full year. The A16 process, which features backside power "
                "delivery, remains on track for volume production in the second half of 2026. "
                "The company continues to expand its CoWoS advanced packaging capacity to "
                "meet demand from AI customers.",
            ),
        ),
    )
    s.pair(
        "long page",
        "tsmc-q1-2026",
        _long_page("TSMC First Quarter 2026 Earnings Release", sections, "TSMC"),
        Story(
            "TSMC first-quarter profit jumps 56% on AI chips",
            (
                "TSMC reported a gross margin of 59.1 per cent for the first quarter and "
                f"earnings per share of NT$14.45, {LINK} shows, as net income rose 55.9 per "
                "cent from a year earlier.",
            ),
            "its quarterly earnings release",
            author="Lin Yu-ting, Hsinchu",
        ),
        Story(
            "TSMC margin slips as overseas fabs ramp up",
            (
                "TSMC reported a gross margin of 49.6 per cent for the first quarter and "
                f"earnings per share of NT$14.45, {LINK} shows.",
            ),
            "the chipmaker's earnings release",
            author="Lin Yu-ting, Hsinchu",
        ),
    )


def _vale_production(s: _Set) -> None:
    sections = (
        (
            "Vale's Production and Sales Report – 4Q25",
            (
                "Rio de Janeiro, February 3, 2026 – Vale closed the year with iron ore "
                "production above the guidance midpoint and a strong performance in its "
                "copper business. Iron ore fines production was 85.3 Mt in 4Q25, 1.8 Mt "
                "higher than in 4Q24, driven by the ramp-up of the Capanema project and "
                "better performance at S11D. Full-year iron ore production reached 328.9 "
                "Mt.",
                "Pellet production was 9.4 Mt, 3.1% lower year-on-year, as the São Luís pellet "
                "plant underwent maintenance. Iron ore fines sales were 80.6 Mt, and the "
                "average realised price for fines was US$ 94.2 per tonne.",
                "Copper production was 90.5 kt, 9.4% higher than in 4Q24, reflecting the "
                "strong performance of Salobo, where the third concentrator line reached "
                "nameplate capacity, and of the Sudbury operations. Nickel production was 44.1 "
                "kt, 6.2% lower year-on-year, due to planned maintenance at the Onça Puma "
                "furnace.",
            ),
        ),
        (
            "Iron Solutions",
            (
                "In the Northern System, S11D delivered its best fourth quarter since start-up, "
                "with improved asset reliability after the installation of new truckless "
                "mining equipment. In the Southeastern System, the Capanema project continued "
                "its ramp-up, adding approximately 15 Mt per year of capacity. In the Southern "
                "System, the restart of the Torto dam after its safety certification allowed "
                "higher production at Vargem Grande.",
                "The share of high-grade products in the sales mix increased, as Vale continued "
                "to blend Carajás fines with ores from the Southeastern System to produce its "
                "flagship BRBF product at its distribution centres in Malaysia and China. "
                "Premiums for high-quality ore remained firm during the quarter.",
                "Briquette production at the Tubarão plant continued to ramp up, with the first "
                "commercial cargoes shipped to customers in the Middle East.",
            ),
        ),
        (
            "Energy Transition Metals",
            (
                "Salobo achieved record quarterly production, supported by higher throughput at "
                "the Salobo 3 expansion. Sossego production was stable. In Canada, the Voisey's "
                "Bay underground mine extension continued its ramp-up, with the Eastern Deeps "
                "deposit reaching commercial production.",
                "Nickel sales were 41.8 kt in the quarter. The average realised nickel price "
                "was US$ 15,480 per tonne, and the average realised copper price was US$ "
                "9,610 per tonne. By-product revenues from gold and cobalt contributed to "
                "lower all-in costs.",
                "Cobalt production was 0.7 kt, and gold production in concentrate was 112 "
                "thousand ounces.",
            ),
        ),
        (
            "Iron ore market",
            (
                "Iron ore prices were supported during the quarter by steady steel production "
                "in China, restocking ahead of the winter and strong demand for high-grade "
                "products from steelmakers seeking to reduce emissions. The premium for "
                "high-grade fines widened as supply of medium-grade ore from other producers "
                "increased. Demand from steelmakers in the Middle East and in India also "
                "continued to grow, supported by new direct-reduction plants.",
                "Vale's average realised price was affected by provisional pricing adjustments "
                "and by a higher share of sales on a cost and freight basis, which are priced "
                "with a lag. The company maintained its strategy of using its distribution "
                "centres in Asia to blend products close to customers.",
            ),
        ),
        (
            "Logistics",
            (
                "The railways of the Northern and Southeastern Systems operated at high "
                "reliability during the quarter. At the Ponta da Madeira maritime terminal, "
                "shipments were supported by favourable weather and by the completion of "
                "maintenance on the ship loaders. Freight costs for Vale's chartered fleet "
                "fell slightly, reflecting lower bunker prices and the growing share of "
                "Guaibamax vessels fitted with rotor sails.",
                "In the Southern System, the company continued to invest in filtration plants "
                "so that more of its production can be stacked dry, reducing the use of "
                "tailings dams.",
            ),
        ),
        (
            "Base metals market",
            (
                "Copper prices remained high during the quarter as supply disruptions at "
                "several large mines in South America and Africa tightened the concentrate "
                "market. Nickel prices stayed under pressure from the growth of supply from "
                "Indonesia, although the announcement of export quotas there provided some "
                "support towards the end of the year. Demand for nickel in batteries grew more "
                "slowly than expected, as manufacturers continued to shift towards lithium iron "
                "phosphate chemistries.",
                "Vale Base Metals continued its asset review in Canada and signed new "
                "long-term supply agreements with automakers in North America and Europe.",
            ),
        ),
        (
            "Guidance for 2026",
            (
                "Vale expects iron ore production of 325 to 335 Mt in 2026, copper production "
                "of 350 to 380 kt and nickel production of 175 to 200 kt. Pellet production is "
                "expected to be 38 to 42 Mt.",
                "The company will continue to prioritise value over volume and to adjust its "
                "product portfolio according to market conditions.",
            ),
        ),
        (
            "Corporate",
            (
                "During the quarter, Vale's board of directors approved the capital budget for "
                "the coming year and the payment of interest on capital to shareholders. The "
                "company also concluded the sale of a minority stake in one of its energy "
                "assets and continued its share buyback programme. Vale maintained its "
                "investment-grade credit ratings with the main agencies, and the outlook on "
                "one of them was revised to positive, reflecting the company's lower leverage "
                "and the progress made in settling the liabilities related to the dam "
                "failures.",
                "Vale published its updated climate report, which describes the progress made "
                "towards its targets for reducing emissions from its own operations and from "
                "its value chain, including the agreements signed with steelmakers to develop "
                "low-carbon iron products.",
            ),
        ),
        (
            "Safety and sustainability",
            (
                "Vale continued to de-characterise upstream dams, completing the work on two "
                "further structures during the quarter, and advanced its programme of "
                "reparation in Brumadinho and Mariana under the agreements signed with the "
                "authorities.",
            ),
        ),
    )
    s.pair(
        "long page",
        "vale-4q25-production",
        _long_page("Vale – Production and Sales Report 4Q25", sections, "Vale"),
        Story(
            "Vale copper output jumps as iron ore holds steady",
            (
                "Vale produced 85.3 million tonnes of iron ore fines in the fourth quarter, and "
                f"its copper output rose 9.4 per cent to 90.5 kilotonnes, {LINK} shows.",
            ),
            "its quarterly production report",
            author="Beatriz Lima, Rio de Janeiro",
        ),
        Story(
            "Vale pellet production climbs in final quarter",
            (
                "Vale produced 85.3 million tonnes of iron ore fines in the fourth quarter, and "
                f"its pellet production rose 9.4 per cent to 9.4 million tonnes, {LINK} shows.",
            ),
            "the miner's production report",
            author="Beatriz Lima, Rio de Janeiro",
        ),
    )


# --- notation --------------------------------------------------------------------------------


def _bund_auction(s: _Set) -> None:
    body = (
        "<h1>Ergebnis der Aufstockung der 2,50 % Bundesanleihe 2026 (2036)</h1>"
        "<p>Pressenotiz der Deutschen Bundesbank vom 11.03.2026 – Emission des Bundes im "
        "Tenderverfahren</p>"
        "<table border='1'>"
        + _rows(
            (
                ("ISIN", "DE000BU2Z064"),
                ("Fälligkeit", "15.02.2036"),
                ("Emissionsvolumen", "5.000 Mio. €"),
                ("Bietungen", "7.842 Mio. €"),
                ("&nbsp;&nbsp;davon Wettbewerbsbietungen", "7.215 Mio. €"),
                ("&nbsp;&nbsp;davon unlimitierte Gebote", "627 Mio. €"),
                ("Zuteilung", "4.018 Mio. €"),
                ("Niedrigster akzeptierter Kurs / Rendite", "98,14 % / 2,72 %"),
                ("Durchschnittskurs / Rendite", "98,21 % / 2,71 %"),
                ("Zuteilung unlimitierter Gebote", "100 %"),
                ("Marktpflegequote", "982 Mio. €"),
                ("Verhältnis Bietungen zu Zuteilung (Bid-to-Cover)", "2,0"),
                ("Valuta", "13.03.2026"),
            )
        )
        + "</table>"
        "<p>Die Marktpflegequote wird vom Bund für Zwecke der Marktpflege einbehalten.</p>"
    )
    s.pair(
        "notation",
        "bund-10-year-auction",
        _html("Tenderergebnis Bundesanleihe", body, lang="de", charset="windows-1252"),
        Story(
            "Germany sells €4bn of 10-year Bunds at 2.71%",
            (
                "Germany sold €4.02bn of 10-year Bunds on Wednesday at an average yield of 2.71 "
                f"per cent, against bids of €7.84bn, {LINK} show.",
            ),
            "Bundesbank auction results",
            author="Jonas Brandt, Frankfurt",
        ),
        Story(
            "Demand for German debt holds up at Bund sale",
            (
                "Germany sold €4.02bn of 10-year Bunds on Wednesday at an average yield of 2.71 "
                f"per cent, against bids of €8.74bn, {LINK} show.",
            ),
            "the Bundesbank's tender results",
            author="Jonas Brandt, Frankfurt",
        ),
    )


def _vale_results(s: _Set) -> None:
    body = (
        "<h1>Vale divulga resultados do 3T25</h1>"
        "<p>Rio de Janeiro, 23 de outubro de 2025 – A Vale S.A. registrou EBITDA proforma "
        "ajustado de US$ 3,9 bilhões no 3T25, alta de 12% em relação ao 2T25, impulsionado "
        "por maiores volumes de vendas de minério de ferro e cobre e por menores custos.</p>"
        "<p>O lucro líquido atribuível aos acionistas da Vale foi de US$ 2,7 bilhões no "
        "trimestre (3T24: US$ 2,4 bilhões). O fluxo de caixa livre das operações foi de US$ "
        "1,1 bilhão, e a dívida líquida expandida ficou em US$ 16,8 bilhões ao final de "
        "setembro.</p>"
        "<p>A produção de minério de ferro atingiu 94,4 milhões de toneladas, o melhor "
        "resultado trimestral desde 2018. O custo caixa C1 do minério de ferro excluindo "
        "compras de terceiros foi de US$ 20,9 por tonelada.</p>"
        "<p>Os valores estão expressos em dólares norte-americanos, salvo indicação em "
        "contrário.</p>"
    )
    s.pair(
        "notation",
        "vale-3q25-results",
        _html("Vale – Resultados 3T25", body, lang="pt-BR"),
        Story(
            "Vale profit rises on stronger iron ore volumes",
            (
                "Vale's adjusted proforma EBITDA rose 12 per cent from the previous quarter to "
                "$3.9 billion, and net income attributable to shareholders was $2.7 billion, "
                f"the Brazilian miner said in {LINK}.",
            ),
            "its third-quarter results",
            author="Beatriz Lima, Rio de Janeiro",
        ),
        Story(
            "Vale quarterly profit beats year-ago level",
            (
                "Vale's net income attributable to shareholders was $2.7 billion in the third "
                "quarter, up from $2.1 billion a year earlier, and it produced 94.4 million "
                f"tonnes of iron ore, the Brazilian miner said in {LINK}.",
            ),
            "its results release",
            author="Beatriz Lima, Rio de Janeiro",
        ),
    )


def _sony(s: _Set) -> None:
    text = (
        "Consolidated Financial Results for the Nine Months Ended December 31, 2025 "
        "(Summary) [IFRS]\n"
        "February 13, 2026\n"
        "Company name: Sony Group Corporation      Stock exchange listing: Tokyo\n"
        "Code number: 6758                         URL: https://www.sony.com/en/SonyInfo/IR/\n"
        "\n"
        "1. Consolidated results for the nine months ended December 31, 2025 (April 1, 2025 "
        "- December 31, 2025)\n"
        "(1) Consolidated operating results (cumulative)\n"
        "                      (Millions of yen; % indicates changes from the same period of "
        "the previous fiscal year)\n"
        "\n"
        "                     Sales                Operating income     Income before income "
        "taxes   Net income attributable to\n"
        "                                                                                   "
        "          Sony Group Corporation stockholders\n"
        "Nine months FY2025   9,861,204     4.1%   1,124,631   △12.3%   1,150,220   △10.8%  "
        "          842,017   △7.5%\n"
        "Nine months FY2024   9,473,012     2.2%   1,282,361    15.6%   1,289,427    13.1%  "
        "          910,288    9.9%\n"
        "\n"
        "                     Basic earnings per share   Diluted earnings per share\n"
        "                                     (Yen)                      (Yen)\n"
        "Nine months FY2025                 140.51                     140.02\n"
        "Nine months FY2024                 150.73                     150.11\n"
        "\n"
        "2. Dividends\n"
        "                     Interim   Year-end   Total (Yen)\n"
        "FY2024                 10.00      10.00      20.00\n"
        "FY2025                 12.50          -          -\n"
        "FY2025 (Forecast)                 12.50      25.00\n"
    )
    s.pair(
        "notation",
        "sony-nine-months",
        _text(text),
        Story(
            "Sony nine-month profit falls despite higher sales",
            (
                "Sony's operating income fell 12.3 per cent to ¥1.12 trillion in the nine "
                "months to December, even as sales rose 4.1 per cent, according to "
                f"{LINK}.",
            ),
            "the group's earnings summary",
            author="Aiko Mori, Tokyo",
        ),
        Story(
            "Sony's nine-month profit rises on games and music",
            (
                "Sony's operating income rose 12.3 per cent to ¥1.12 trillion in the nine "
                "months to December, on sales of ¥9.86 trillion, according to "
                f"{LINK}.",
            ),
            "the group's earnings summary",
            author="Aiko Mori, Tokyo",
        ),
    )


def _hon_hai(s: _Set) -> None:
    body = (
        "<h2>Hon Hai Precision Industry Co., Ltd. (2317.TW) – March 2026 Revenue Report</h2>"
        "<p>Taipei, April 5, 2026 – Hon Hai Technology Group (Foxconn) today announced its "
        "consolidated revenue for March 2026, a record for the month of March, driven by "
        "strong demand for AI server racks in the Cloud and Networking Products segment.</p>"
        "<table border='1'><caption>Consolidated revenue (Unit: NT$ thousands)</caption>"
        "<tr><th>Period</th><th>2026</th><th>2025</th><th>YoY (%)</th></tr>"
        + _rows(
            (
                ("March", "644,732,411", "573,609,208", "12.40"),
                ("January – March", "1,823,116,540", "1,643,976,012", "10.90"),
            )
        )
        + "</table>"
        "<p>The company expects revenue in the second quarter to grow significantly both "
        "quarter-on-quarter and year-on-year.</p>"
    )
    s.pair(
        "notation",
        "hon-hai-march-revenue",
        _html("March 2026 Revenue | Hon Hai Technology Group", body),
        Story(
            "Foxconn March revenue rises 12% on AI servers",
            (
                "Foxconn's March revenue rose 12.4 per cent to NT$644.7 billion, taking "
                f"first-quarter sales to NT$1.82 trillion, {LINK} shows.",
            ),
            "the company's revenue report",
            author="Lin Yu-ting, Taipei",
        ),
        Story(
            "Foxconn posts record March revenue",
            (
                "Foxconn's March revenue rose 12.4 per cent to NT$644.7 million, a record for "
                f"the month, {LINK} shows.",
            ),
            "its monthly revenue filing",
            author="Lin Yu-ting, Taipei",
        ),
    )


# --- rounding --------------------------------------------------------------------------------


def _air_france_klm(s: _Set) -> None:
    body = (
        "<h1>Air France-KLM Group – Traffic February 2026</h1>"
        "<p>Paris, Amstelveen, 10 March 2026</p>"
        "<table border='1'><thead><tr><th>Group</th><th>February 2026</th>"
        "<th>February 2025</th><th>Variation</th></tr></thead><tbody>"
        + _rows(
            (
                ("Passengers carried", "7,462,318", "7,103,540", "+5.1%"),
                ("Revenue passenger-km (RPK, million)", "20,174", "19,233", "+4.9%"),
                ("Available seat-km (ASK, million)", "23,358", "22,592", "+3.4%"),
                ("Load factor", "86.37%", "85.13%", "+1.2 pt"),
                ("Cargo revenue tonne-km (million)", "681", "652", "+4.4%"),
            )
        )
        + "</tbody></table>"
        "<p>Group figures include Air France, KLM and Transavia. Cargo includes the "
        "belly capacity of passenger aircraft and full freighters.</p>"
    )
    s.pair(
        "rounding",
        "afklm-feb-traffic",
        _html("Traffic February 2026 | Air France-KLM", body),
        Story(
            "Air France-KLM passenger numbers rise 5%",
            (
                "Air France-KLM carried nearly 7.5 million passengers in February, 5.1 per cent "
                "more than a year earlier, with a load factor of 86.4 per cent, "
                f"{LINK} show.",
            ),
            "the group's traffic figures",
            author="Claire Dubois, Paris",
        ),
        Story(
            "Air France-KLM carries 7m passengers in February",
            (
                "Air France-KLM carried 7 million passengers in February, 5.1 per cent more "
                f"than a year earlier, {LINK} show.",
            ),
            "its monthly traffic figures",
            author="Claire Dubois, Paris",
        ),
    )


def _volkswagen(s: _Set) -> None:
    source = _pdf(
        cover=(
            "Volkswagen Group",
            "Deliveries to customers – first quarter 2026",
            "Wolfsburg, 9 April 2026",
        ),
        foreword=(
            "The Volkswagen Group made a solid start to the year in a challenging market "
            "environment. Demand in Europe and South America was robust, while the market in "
            "China remained highly competitive.",
            "Order intake for battery-electric vehicles in Western Europe remained at a high "
            "level, supported by the new models launched in the past twelve months.",
        ),
        key_results=(
            "The Volkswagen Group delivered 2,174,612 vehicles to customers worldwide in the "
            "first quarter (Q1 2025: 2,135,890), an increase of 1.8 per cent.",
            "Deliveries rose in Western Europe, North America and South America, and were "
            "slightly lower in China.",
            "A breakdown by region and drive type is given in the tables that follow.",
        ),
        pages=(
            (
                "Regions",
                "In Western Europe, deliveries grew on the back of new compact SUVs and "
                "battery-electric models. In North America, the Group benefited from strong "
                "demand for SUVs assembled in Chattanooga and Puebla. In China, deliveries "
                "through the joint ventures were slightly below the prior-year level.",
            ),
        ),
        tables=(
            (
                "Deliveries by region",
                (
                    ("Vehicles", "Q1 2026", "Q1 2025"),
                    ("Western Europe", "812,450", "789,120"),
                    ("Central and Eastern Europe", "152,318", "150,004"),
                    ("North America", "218,904", "204,660"),
                    ("South America", "131,870", "118,332"),
                    ("China", "702,116", "716,540"),
                    ("Asia-Pacific (excl. China)", "104,322", "105,118"),
                    ("Middle East/Africa", "52,632", "52,116"),
                    ("World", "2,174,612", "2,135,890"),
                ),
                "",
            ),
            (
                "Deliveries by drive type",
                (
                    ("", "Q1 2026", "Q1 2025"),
                    ("Battery-electric vehicles (BEV)", "194,401", "171,240"),
                    ("BEV share of deliveries (%)", "8.9", "8.0"),
                    ("Plug-in hybrids (PHEV)", "98,730", "71,902"),
                ),
                "Shares calculated on total Group deliveries.",
            ),
        ),
    )
    s.pair(
        "rounding",
        "volkswagen-q1-deliveries",
        source,
        Story(
            "Volkswagen deliveries edge up in first quarter",
            (
                "Volkswagen delivered 2.17 million vehicles in the first quarter, and "
                "battery-electric models made up 8.9 per cent of the total, the carmaker's "
                f"{LINK} shows.",
            ),
            "quarterly deliveries report",
            author="Jonas Brandt, Wolfsburg",
        ),
        Story(
            "Electric cars near a tenth of Volkswagen sales",
            (
                "Volkswagen delivered 2.17 million vehicles in the first quarter, and "
                "battery-electric models made up nearly 10 per cent of the total, the "
                f"carmaker's {LINK} shows.",
            ),
            "deliveries report",
            author="Jonas Brandt, Wolfsburg",
        ),
    )


def _hhla(s: _Set) -> None:
    text = (
        "HHLA - Hamburger Hafen und Logistik AG\n"
        "Quarterly statement January-March 2026 - key figures\n"
        "=====================================================\n"
        "\n"
        "HHLA Group                            Q1 2026     Q1 2025     Change\n"
        "Revenue (EUR million)                   412.6       388.9      +6.1%\n"
        "EBIT (EUR million)                       38.9        40.7      -4.4%\n"
        "Container throughput (thousand TEU)     1,584       1,531      +3.5%\n"
        "Container transport (thousand TEU)        437         432      +1.2%\n"
        "\n"
        "Container throughput at the HHLA container terminals in Hamburg, Odessa, Trieste "
        "and\nTallinn. Container transport: rail and road volumes of the intermodal "
        "companies.\n"
        "\n"
        "Hamburg, 14 May 2026\n"
    )
    s.pair(
        "rounding",
        "hhla-q1-throughput",
        _text(text),
        Story(
            "HHLA container volumes rise 3.5%",
            (
                "HHLA handled 1.6 million TEU of containers at its terminals in the first "
                "quarter, up 3.5 per cent, while revenue rose 6 per cent to €413m, "
                f"{LINK} show.",
            ),
            "the port operator's quarterly figures",
            author="Jonas Brandt, Hamburg",
        ),
        Story(
            "Hamburg port operator handles more boxes",
            (
                "HHLA handled 1.5 million TEU of containers at its terminals in the first "
                f"quarter, up 3.5 per cent, {LINK} show.",
            ),
            "HHLA's quarterly key figures",
            author="Jonas Brandt, Hamburg",
        ),
    )


def _jgb_auction(s: _Set) -> None:
    body = (
        "<h1>Results of the Auction of 10-year Japanese Government Bonds (No. 382)</h1>"
        "<p>Ministry of Finance, Japan. Announced March 3, 2026, 12:35 p.m.</p>"
        "<dl>"
        "<dt>Date of Auction</dt><dd>March 3, 2026</dd>"
        "<dt>Coupon rate</dt><dd>1.5%</dd>"
        "<dt>Maturity date</dt><dd>March 20, 2036</dd>"
        "<dt>Amount of Competitive Bids</dt><dd>¥8,542.3 billion</dd>"
        "<dt>Amount of Bids Accepted</dt><dd>¥2,629.1 billion</dd>"
        "<dt>Average Price (Average Yield)</dt><dd>¥100.17 (1.482%)</dd>"
        "<dt>Lowest Accepted Price (Highest Yield)</dt><dd>¥100.10 (1.489%)</dd>"
        "<dt>Bid-to-cover ratio</dt><dd>3.249</dd>"
        "<dt>Amount of Non-Price Competitive Bids I accepted</dt><dd>¥52.8 billion</dd>"
        "</dl>"
        "<p>The bid-to-cover ratio is the amount of competitive bids divided by the amount of "
        "bids accepted.</p>"
    )
    s.pair(
        "rounding",
        "jgb-10-year-auction",
        _html("Auction Results: 10-year JGB | Ministry of Finance Japan", body),
        Story(
            "Japan sells ¥2.63 trillion of 10-year bonds",
            (
                "Japan's finance ministry sold ¥2.63 trillion of 10-year bonds at an average "
                "yield of 1.48 per cent, and bids covered the amount sold 3.25 times, "
                f"{LINK} show.",
            ),
            "the ministry's auction results",
            author="Aiko Mori, Tokyo",
        ),
        Story(
            "Japan 10-year auction draws firm bids",
            (
                "Japan's finance ministry sold ¥2.63 trillion of 10-year bonds at an average "
                "yield of 1.48 per cent, and bids covered the amount sold 3.3 times, "
                f"{LINK} show.",
            ),
            "auction results",
            author="Aiko Mori, Tokyo",
        ),
    )


# --- another subject -------------------------------------------------------------------------


def _iag(s: _Set) -> None:
    body = (
        "<h1>International Airlines Group – Traffic and Capacity Statistics</h1>"
        "<p>February 2026. Released 6 March 2026.</p>"
        "<table border='1'><thead>"
        '<tr><th rowspan="2">Airline</th><th colspan="2">Passengers</th>'
        '<th rowspan="2">ASK (m)</th><th rowspan="2">RPK (m)</th>'
        '<th colspan="2">Passenger load factor</th></tr>'
        "<tr><th>thousands</th><th>change (%)</th><th>%</th><th>change (pts)</th></tr>"
        "</thead><tbody>"
        + _rows(
            (
                ("British Airways", "2,911", "+2.8", "13,842", "11,310", "81.7", "+0.9"),
                ("Iberia", "1,604", "+6.1", "6,118", "5,215", "85.2", "+1.3"),
                ("Aer Lingus", "798", "+3.9", "2,101", "1,632", "77.7", "-1.1"),
                ("Vueling", "2,240", "+5.4", "3,402", "3,025", "88.9", "+0.6"),
                ("LEVEL", "102", "+17.2", "772", "684", "88.6", "+2.0"),
                ("<b>IAG Group</b>", "7,655", "+4.5", "26,235", "21,866", "83.3", "+0.7"),
            )
        )
        + "</tbody></table>"
    )
    s.pair(
        "other subject",
        "iag-feb-traffic",
        _html("Traffic statistics | IAG", body),
        Story(
            "Iberia passengers up 6.1% in February",
            (
                "Iberia carried 1.6 million passengers in February, up 6.1 per cent on a year "
                f"earlier, and filled 85.2 per cent of its seats, according to {LINK}.",
            ),
            "IAG's monthly traffic statistics",
            author="Elena Ruiz, Madrid",
        ),
        Story(
            "Aer Lingus traffic grows but planes emptier",
            (
                "Aer Lingus carried 798,000 passengers in February, up 6.1 per cent on a year "
                f"earlier, according to {LINK}.",
            ),
            "traffic statistics from its owner IAG",
            author="Ciarán Walsh, Dublin",
        ),
    )


def _mario_box_office(s: _Set) -> None:
    body = (
        "<h1>The Super Mario Galaxy Movie – global box office</h1>"
        "<p>Universal Pictures and Illumination. Estimates through Sunday, April 12, "
        "2026 (second weekend).</p>"
        "<dl>"
        "<dt>Domestic (US and Canada)</dt><dd>$146.4 million</dd>"
        "<dt>International</dt><dd>$231.7 million</dd>"
        "<dt>Worldwide</dt><dd>$378.1 million</dd>"
        "<dt>Top international markets</dt><dd>Mexico $28.9M · UK &amp; Ireland $22.4M · "
        "Japan $19.8M · Germany $14.8M · France $13.1M</dd>"
        "<dt>International markets released</dt><dd>79</dd>"
        "</dl>"
        "<p>Figures are studio estimates in US dollars at current exchange rates.</p>"
    )
    s.pair(
        "other subject",
        "mario-galaxy-box-office",
        _html("Box office update | Universal Pictures", body),
        Story(
            "Mario sequel passes $378m worldwide",
            (
                "'The Super Mario Galaxy Movie' has earned $231.7m outside North America, "
                f"taking its worldwide total to $378.1m, {LINK} show.",
            ),
            "the studio's box-office estimates",
            author="Rosa Mendel, Los Angeles",
        ),
        Story(
            "Mario sequel powers past $378m globally",
            (
                "'The Super Mario Galaxy Movie' has earned $146.4m outside North America, "
                f"taking its worldwide total to $378.1m, {LINK} show.",
            ),
            "Universal's box-office estimates",
            author="Rosa Mendel, Los Angeles",
        ),
    )


def _marks_and_spencer(s: _Set) -> None:
    body = (
        "<h1>Marks and Spencer Group plc – Q3 Trading Statement</h1>"
        "<p>13 weeks to 27 December 2025</p>"
        "<p>Food sales up 8.7%, with like-for-like sales up 7.9%, as volume growth "
        "continued and market share reached a record.</p>"
        "<p>Fashion, Home &amp; Beauty sales up 2.4%, like-for-like up 1.9%; online sales "
        "up 4.6%, with stores broadly flat after the disruption of the spring.</p>"
        "<p>International sales down 3.2% at constant currency, reflecting weaker franchise "
        "shipments to the Middle East.</p>"
        "<p>Guidance for the full year is unchanged.</p>"
    )
    s.pair(
        "other subject",
        "marks-spencer-q3",
        _html("Q3 Trading Statement | Marks and Spencer Group plc", body),
        Story(
            "M&amp;S clothing sales edge up as food keeps growing",
            (
                "Marks &amp; Spencer's fashion, home and beauty like-for-like sales rose 1.9 per "
                "cent in the 13 weeks to December 27, against 7.9 per cent in food, "
                f"{LINK} shows.",
            ),
            "the retailer's trading statement",
            author="Hannah Cole, Retail Correspondent",
        ),
        Story(
            "M&amp;S food sales race ahead over Christmas",
            (
                "Marks &amp; Spencer's food like-for-like sales rose 8.7 per cent in the 13 "
                f"weeks to December 27, {LINK} shows, while clothing lagged.",
            ),
            "its quarterly trading statement",
            author="Hannah Cole, Retail Correspondent",
        ),
    )


def _eon_tariff(s: _Set) -> None:
    body = (
        "<h1>E.ON Energie Deutschland adjusts basic supply tariffs from 1 April 2026</h1>"
        "<p>Munich, 18 February 2026</p>"
        "<h2>Electricity</h2>"
        "<p>Prices in the electricity basic supply (Grundversorgung) rise by an average of "
        "4.8 per cent. For a household with an annual consumption of 2,500 kWh this means "
        "additional costs of around EUR 4.15 per month.</p>"
        "<h2>Gas</h2>"
        "<p>Prices in the gas basic supply fall by an average of 2.1 per cent. A household "
        "using 20,000 kWh a year saves around EUR 3.40 per month.</p>"
        "<h2>Heat pump and night storage tariffs</h2>"
        "<p>Unchanged.</p>"
        "<p>Customers will be informed by letter at least six weeks before the change takes "
        "effect and have a special right of termination.</p>"
    )
    s.pair(
        "other subject",
        "eon-tariff-notice",
        _html("Price adjustment | E.ON Energie Deutschland", body),
        Story(
            "E.ON to cut basic gas tariff from April",
            (
                "E.ON will cut its basic gas tariff in Germany by 2.1 per cent from April, "
                "saving a typical household using 20,000 kWh a year about €3.40 a month, "
                f"{LINK} shows.",
            ),
            "the utility's price notice",
            author="Jonas Brandt, Munich",
        ),
        Story(
            "E.ON gas customers to pay less from April",
            (
                "E.ON will cut its basic gas tariff in Germany by 2.1 per cent from April, "
                "saving a typical household using 20,000 kWh a year about €4.15 a month, "
                f"{LINK} shows.",
            ),
            "its tariff notice",
            author="Jonas Brandt, Munich",
        ),
    )


# --- two periods -----------------------------------------------------------------------------


def _mediatek(s: _Set) -> None:
    body = (
        "<h2>MediaTek Inc. – Monthly Revenue Report</h2>"
        "<p>Hsinchu, April 10, 2026. Market Observation Post System filing.</p>"
        "<table border='1'><caption>Consolidated net revenue (Unit: NT$ millions)</caption>"
        "<thead><tr><th>Period</th><th>2026</th><th>2025</th><th>MoM (%)</th>"
        "<th>YoY (%)</th></tr></thead><tbody>"
        + _rows(
            (
                ("January", "53,642", "43,510", "6.4", "23.3"),
                ("February", "47,725", "41,602", "-11.0", "14.7"),
                ("March", "56,412", "45,230", "18.2", "24.7"),
                ("January – March", "157,779", "130,342", "–", "21.1"),
            )
        )
        + "</tbody></table>"
    )
    s.pair(
        "two periods",
        "mediatek-march-revenue",
        _html("Monthly revenue | MediaTek", body),
        Story(
            "MediaTek March sales jump almost 25%",
            (
                "MediaTek's March revenue rose 24.7 per cent from a year earlier to NT$56.4 "
                "billion, and revenue for the first quarter was up 21.1 per cent, "
                f"{LINK} shows.",
            ),
            "its monthly revenue filing",
            author="Lin Yu-ting, Hsinchu",
        ),
        Story(
            "MediaTek quarterly revenue surges on AI demand",
            (
                "MediaTek's revenue for the first quarter rose 24.7 per cent from a year "
                f"earlier to NT$157.8 billion, {LINK} shows.",
            ),
            "its revenue report",
            author="Lin Yu-ting, Hsinchu",
        ),
    )


def _antwerp(s: _Set) -> None:
    items = (
        (
            "Port of Antwerp-Bruges closes 2025 with record container volumes",
            "Thu, 15 Jan 2026 09:00:00 +0100",
            "Container throughput rose 3.4% to 13,556,420 TEU in 2025 (2024: 13,114,870 TEU), "
            "a new record. Total freight volume was 278.1 million tonnes, 0.6% lower than in "
            "2024, as liquid bulk and conventional breakbulk declined. The number of seagoing "
            "vessel calls fell slightly to 21,866.",
        ),
        (
            "Container volumes keep growing in third quarter",
            "Wed, 15 Oct 2025 09:00:00 +0200",
            "In the first nine months of 2025, container volumes reached 10.1 million TEU, up "
            "4.2% on the same period last year. Total throughput was 209.4 million tonnes.",
        ),
        (
            "New shore power installation at Europa Terminal",
            "Mon, 22 Sep 2025 11:30:00 +0200",
            "The port has commissioned a second shore power connection for container ships "
            "at the Europa Terminal, allowing vessels to switch off their engines at berth.",
        ),
    )
    channel = "".join(
        f"<item><title>{title}</title><pubDate>{when}</pubDate>"
        f"<link>https://newsroom.portofantwerpbruges.com/{i}</link>"
        f'<guid isPermaLink="false">pab-{i}</guid><description>{_escape(text)}</description>'
        "</item>"
        for i, (title, when, text) in enumerate(items, start=9120)
    )
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>Port of Antwerp-Bruges – Newsroom</title>"
        "<link>https://newsroom.portofantwerpbruges.com/</link>"
        "<description>Press releases</description><language>en</language>"
        f"{channel}</channel></rss>"
    )
    s.pair(
        "two periods",
        "antwerp-bruges-2025",
        Source("application/rss+xml; charset=utf-8", feed.encode()),
        Story(
            "Antwerp-Bruges sets container record",
            (
                "Port of Antwerp-Bruges handled 13.6 million TEU of containers in 2025, 3.4 "
                f"per cent more than in 2024, according to {LINK}.",
            ),
            "the port's newsroom",
            author="Femke de Vries, Antwerp",
        ),
        Story(
            "Belgian port's container volumes hit new high",
            (
                "Port of Antwerp-Bruges handled 13.6 million TEU of containers in 2025, 4.2 "
                f"per cent more than in 2024, according to {LINK}.",
            ),
            "the port's press releases",
            author="Femke de Vries, Antwerp",
        ),
    )


def _treasury_30y(s: _Set) -> None:
    answer = {
        "totalResultsCount": 2,
        "data": [
            {
                "cusip": "912810UH9",
                "securityType": "Bond",
                "securityTerm": "29-Year 11-Month",
                "originalSecurityTerm": "30-Year",
                "reopening": "Yes",
                "auctionDate": "2026-03-12T00:00:00",
                "issueDate": "2026-03-16T00:00:00",
                "offeringAmount": "22000000000",
                "highYield": "4.652000",
                "interestRate": "4.625000",
                "bidToCoverRatio": "2.370000",
                "allocationPercentage": "63.120000",
                "directBidderAccepted": "3829012000",
                "indirectBidderAccepted": "14301155000",
                "primaryDealerAccepted": "3802033000",
            },
            {
                "cusip": "912810UH9",
                "securityType": "Bond",
                "securityTerm": "30-Year",
                "originalSecurityTerm": "30-Year",
                "reopening": "No",
                "auctionDate": "2026-02-12T00:00:00",
                "issueDate": "2026-02-17T00:00:00",
                "offeringAmount": "25000000000",
                "highYield": "4.718000",
                "interestRate": "4.625000",
                "bidToCoverRatio": "2.430000",
                "allocationPercentage": "48.550000",
                "directBidderAccepted": "4112400000",
                "indirectBidderAccepted": "16880213000",
                "primaryDealerAccepted": "3944187000",
            },
        ],
    }
    s.pair(
        "two periods",
        "treasury-30-year-auction",
        _json(answer),
        Story(
            "Treasury 30-year sale clears at lower yield",
            (
                "The Treasury sold $22 billion of 30-year bonds on Thursday at a high yield of "
                f"4.652 per cent, down from 4.718 per cent at last month's sale, {LINK} show.",
            ),
            "TreasuryDirect auction data",
            author="Dana Whitfield, New York",
        ),
        Story(
            "Long bond sale draws steady demand",
            (
                "The Treasury sold $22 billion of 30-year bonds on Thursday at a high yield of "
                "4.652 per cent, with bids worth 2.43 times the amount offered, "
                f"{LINK} show.",
            ),
            "TreasuryDirect's auction data",
            author="Dana Whitfield, New York",
        ),
    )


def _hm(s: _Set) -> None:
    source = _pdf(
        cover=(
            "H & M Hennes & Mauritz AB",
            "Six-month report",
            "1 December 2025 – 31 May 2026",
            "Stockholm, 26 June 2026",
        ),
        foreword=(
            "We are continuing to strengthen our customer offering and to develop our store "
            "portfolio, and the work on our assortment is having an effect. The spring "
            "collections were well received, although the weather in many of our large "
            "markets in Europe was cold in April.",
            "Our focus on cost control and efficiency continues, and we are investing in "
            "technology and in our logistics to further shorten lead times.",
        ),
        key_results=(
            "Six months (1 December 2025 – 31 May 2026)",
            "The H&M group's net sales in local currencies increased by 3 percent. Converted "
            "into SEK, net sales amounted to SEK 114,328 m (116,045 m).",
            "The gross margin increased to 55.4 percent (54.8). Operating profit amounted to "
            "SEK 9,842 m (8,876 m), corresponding to an operating margin of 8.6 percent "
            "(7.6).",
        ),
        pages=(
            (
                "Second quarter (1 March 2026 – 31 May 2026)",
                "Net sales in local currencies increased by 2 percent. Converted into SEK, net "
                "sales amounted to SEK 59,612 m (60,210 m).",
                "Gross profit increased, and the gross margin was 57.9 percent (57.1). "
                "Operating profit amounted to SEK 6,118 m (5,904 m), and the operating margin "
                "was 10.3 percent (9.8).",
                "Sales in June 2026 are expected to increase by 4 percent in local currencies.",
            ),
            (
                "Store count and markets",
                "The group had 4,103 stores in 77 markets at the end of the period. During "
                "the six months, 61 stores were opened and 122 were closed, as the "
                "optimisation of the store portfolio continued.",
            ),
        ),
        tables=(
            (
                "Key figures",
                (
                    ("SEK m", "Q2 2026", "Q2 2025", "6 months 2026", "6 months 2025"),
                    ("Net sales", "59,612", "60,210", "114,328", "116,045"),
                    ("Gross margin, %", "57.9", "57.1", "55.4", "54.8"),
                    ("Operating profit", "6,118", "5,904", "9,842", "8,876"),
                    ("Operating margin, %", "10.3", "9.8", "8.6", "7.6"),
                ),
                "Figures in brackets refer to the corresponding period of the previous year.",
            ),
        ),
    )
    s.pair(
        "two periods",
        "hm-six-month-report",
        source,
        Story(
            "H&amp;M profit rises in second quarter as sales slip",
            (
                "H&amp;M's operating profit rose to SEK 6.1bn in the second quarter from SEK "
                f"5.9bn a year earlier, though sales slipped to SEK 59.6bn, {LINK} shows.",
            ),
            "the retailer's six-month report",
            author="Lena Berg, Stockholm",
        ),
        Story(
            "H&amp;M lifts quarterly profit on better margins",
            (
                "H&amp;M's operating profit rose to SEK 6.1bn in the second quarter, on sales of "
                f"SEK 114.3bn, {LINK} shows.",
            ),
            "its half-year report",
            author="Lena Berg, Stockholm",
        ),
    )


# --- a figure the source lacks ---------------------------------------------------------------


def _absent(s: _Set) -> None:
    hyundai = _html(
        "Q3 2025 Business Results | Hyundai Motor Company",
        "<h1>Hyundai Motor Company Announces 2025 Q3 Business Results</h1>"
        "<p>SEOUL, October 30, 2025 – Hyundai Motor Company today announced its financial "
        "results for the third quarter of 2025.</p>"
        "<ul><li>Revenue: KRW 46.72 trillion (+8.8% YoY)</li>"
        "<li>Operating profit: KRW 2.54 trillion (-29.2% YoY)</li>"
        "<li>Operating profit margin: 5.4%</li>"
        "<li>Global wholesale sales: 1,038,353 units (+2.1% YoY)</li></ul>"
        "<p>The decline in operating profit mainly reflects the impact of US tariffs, which "
        "took effect in April, and higher incentive costs.</p>",
    )
    s.one(
        "figure absent",
        "hyundai-q3-net-profit",
        hyundai,
        Story(
            "Hyundai profit slides as US tariffs bite",
            (
                "Hyundai Motor reported third-quarter revenue of 46.7 trillion won and net "
                f"profit of 2.1 trillion won, {LINK} shows.",
            ),
            "its quarterly results",
            author="Park Ji-won, Seoul",
        ),
        planted=True,
    )
    cathay = _text(
        "CATHAY PACIFIC AIRWAYS LIMITED\n"
        "Combined traffic figures for February 2026\n"
        "\n"
        "                                  Feb 2026     Feb 2025    Change\n"
        "Passengers carried              2,312,405    2,118,960     +9.1%\n"
        "Passenger load factor               84.6%        83.2%   +1.4pts\n"
        "Available seat km (million)        12,804       11,690     +9.5%\n"
        "Cargo carried (tonnes)            131,480      126,207     +4.2%\n"
        "Cargo load factor                   58.7%        60.1%   -1.4pts\n"
        "\n"
        "Figures include Cathay Pacific and HK Express.\n"
        "Hong Kong, 16 March 2026\n"
    )
    s.one(
        "figure absent",
        "cathay-feb-punctuality",
        cathay,
        Story(
            "Cathay Pacific traffic rises 9% in February",
            (
                "Cathay Pacific carried 2.3 million passengers in February, and 79 per cent of "
                f"its flights departed on time, {LINK} show.",
            ),
            "the airline's traffic figures",
            author="Grace Leung, Hong Kong",
        ),
        planted=True,
    )
    los_angeles = _html(
        "Port of Los Angeles March 2026 Volumes",
        "<h1>Port of Los Angeles Moves 812,345 TEUs in March</h1>"
        "<p>SAN PEDRO, Calif. – April 15, 2026 – The Port of Los Angeles processed 812,345 "
        "Twenty-Foot Equivalent Units (TEUs) in March, 5.6% more than a year earlier. For the "
        "first quarter, the Port handled 2,412,077 TEUs, up 3.9%.</p>"
        "<p>&quot;Cargo owners continue to front-load shipments ahead of possible changes in "
        "trade policy,&quot; the Port's Executive Director said.</p>",
    )
    s.one(
        "figure absent",
        "los-angeles-loaded-imports",
        los_angeles,
        Story(
            "LA port volumes climb 5.6% in March",
            (
                "The Port of Los Angeles handled 812,345 TEUs in March, up 5.6 per cent, "
                f"including loaded imports of 398,000 TEUs, {LINK} said.",
            ),
            "the port",
            author="Dana Whitfield, Los Angeles",
        ),
        planted=True,
    )
    tesla = _html(
        "Tesla Q1 2026 Vehicle Production &amp; Deliveries",
        "<h1>Tesla Q1 2026 Vehicle Production &amp; Deliveries and Date for Financial Results "
        "&amp; Webcast</h1>"
        "<p>AUSTIN, Texas, April 2, 2026 – In the first quarter, we produced 386,102 vehicles, "
        "delivered 386,810 vehicles and deployed 10.4 GWh of energy storage products.</p>"
        "<table><tr><th></th><th>Production</th><th>Deliveries</th><th>Subject to operating "
        "lease accounting</th></tr>"
        "<tr><td>Model 3/Y</td><td>371,200</td><td>372,718</td><td>4%</td></tr>"
        "<tr><td>Other models</td><td>14,902</td><td>14,092</td><td>7%</td></tr>"
        "<tr><td>Total</td><td>386,102</td><td>386,810</td><td>4%</td></tr></table>"
        "<p>Tesla will post its financial results for the first quarter of 2026 after market "
        "close on April 22, 2026.</p>",
    )
    s.one(
        "figure absent",
        "tesla-model-y-deliveries",
        tesla,
        Story(
            "Tesla deliveries slide in first quarter",
            (
                "Tesla delivered 386,810 vehicles in the first quarter, including about "
                f"290,000 Model Ys, {LINK} shows.",
            ),
            "the carmaker's quarterly update",
            author="Dana Whitfield, Austin",
        ),
        planted=True,
    )
    glencore = _pdf(
        cover=(
            "Glencore plc",
            "Half-Year 2026 Production Report",
            "Baar, 30 July 2026",
        ),
        foreword=(
            "Production in the first half was in line with our expectations, and we maintain "
            "our full-year production guidance across our key commodities.",
            "We continue to prioritise safe and reliable operations across our portfolio.",
        ),
        key_results=(
            "Own sourced copper production of 412.6 kt was 7 per cent higher than in the "
            "comparable period, reflecting higher grades at Collahuasi and Antapaccay.",
            "Own sourced cobalt production of 18.1 kt and zinc production of 458.3 kt.",
            "Coal production of 52.4 Mt, including the contribution of the Elk Valley "
            "Resources steelmaking coal business.",
        ),
        pages=(
            (
                "Copper assets",
                "Collahuasi production benefited from higher grades, while Kamoto Copper "
                "Company and Mutanda in the Democratic Republic of Congo produced in line with "
                "plans. Mount Isa copper operations were placed in care and maintenance in "
                "the prior year.",
            ),
            (
                "Guidance",
                "Full-year 2026 production guidance: copper 850 to 910 kt, cobalt 40 to 45 kt, "
                "zinc 930 to 990 kt, coal 105 to 113 Mt.",
            ),
        ),
        tables=(
            (
                "Production from own sources – total",
                (
                    ("", "H1 2026", "H1 2025", "Change %"),
                    ("Copper (kt)", "412.6", "385.7", "7"),
                    ("Cobalt (kt)", "18.1", "21.3", "(15)"),
                    ("Zinc (kt)", "458.3", "449.0", "2"),
                    ("Nickel (kt)", "38.2", "40.2", "(5)"),
                    ("Coal (Mt)", "52.4", "48.6", "8"),
                ),
                "",
            ),
        ),
    )
    s.one(
        "figure absent",
        "glencore-copper-costs",
        glencore,
        Story(
            "Glencore copper output rises 7%",
            (
                "Glencore produced 412.6kt of copper from its own mines in the first half, "
                "7 per cent more than a year earlier, at a net unit cost of 98 US cents a "
                f"pound, {LINK} shows.",
            ),
            "its half-year production report",
            author="Lukas Meier, Zurich",
        ),
        planted=True,
    )


# --- spelled out -----------------------------------------------------------------------------


def _nintendo_units(s: _Set) -> None:
    body = (
        "<h2>Hardware and software sales units</h2>"
        "<p>Nintendo Co., Ltd. Supplementary information for the nine months ended December "
        "31, 2025.</p>"
        "<table border='1'><caption>Sales units (millions of units)</caption><thead>"
        '<tr><th rowspan="2"></th><th rowspan="2"></th><th colspan="3">Apr – Dec 2025</th>'
        '<th rowspan="2">Life-to-date</th></tr>'
        "<tr><th>Japan</th><th>The Americas</th><th>Other</th></tr></thead><tbody>"
        + _rows(
            (
                ("Nintendo Switch 2", "Hardware", "3.02", "3.91", "3.43", "10.36"),
                ("", "Software", "5.88", "8.12", "6.62", "20.62"),
                ("Nintendo Switch", "Hardware", "0.52", "0.84", "0.78", "154.15"),
                ("", "Software", "9.10", "14.93", "12.42", "1,398.40"),
            )
        )
        + "</tbody></table>"
        "<p>Nintendo Switch 2 was launched on June 5, 2025, so its life-to-date figures equal "
        "the figures for the period.</p>"
    )
    s.pair(
        "spelled out",
        "switch-2-units",
        _html("Sales units | Nintendo IR", body),
        Story(
            "Switch 2 sales pass ten million",
            (
                "Nintendo sold more than ten million Switch 2 consoles in the April to "
                "December period, along with more than 20 million games for the machine, "
                f"{LINK} shows.",
            ),
            "the company's sales data",
            author="Aiko Mori, Kyoto",
        ),
        Story(
            "Switch 2 sales top eleven million",
            (
                "Nintendo sold more than eleven million Switch 2 consoles in the April to "
                f"December period, {LINK} shows.",
            ),
            "Nintendo's sales data",
            author="Aiko Mori, Kyoto",
        ),
    )


def _finnair(s: _Set) -> None:
    body = (
        "<h1>Finnair's traffic performance in February 2026</h1>"
        "<p>Finnair Plc, Stock exchange release, 9 March 2026 at 8.00 EET</p>"
        "<p>In February, Finnair carried 748,300 passengers, 4.1% more than in the "
        "corresponding period of the previous year. The passenger load factor was 76.2%, 0.9 "
        "percentage points higher than a year earlier.</p>"
        "<p>Of all Finnair flights, 74.8% (84.3%) arrived on schedule. Punctuality was "
        "weakened by heavy snowfall at Helsinki Airport in the second week of the month.</p>"
        "<p>Cargo tonnes decreased by 2.6% year-on-year.</p>"
    )
    s.pair(
        "spelled out",
        "finnair-feb-punctuality",
        _html("Traffic performance | Finnair", body),
        Story(
            "Snow hits Finnair punctuality",
            (
                "Finnair carried about 750,000 passengers in February, and roughly three in "
                f"four of its flights arrived on time, {LINK} shows.",
            ),
            "a stock exchange release",
            author="Mikko Laine, Helsinki",
        ),
        Story(
            "Finnair keeps most flights on time despite snow",
            (
                "Finnair carried about 750,000 passengers in February, and four in five of its "
                f"flights arrived on time, {LINK} shows.",
            ),
            "the airline's traffic release",
            author="Mikko Laine, Helsinki",
        ),
    )


def _colombo(s: _Set) -> None:
    text = (
        "SRI LANKA PORTS AUTHORITY\n"
        "PORT OF COLOMBO - CONTAINER THROUGHPUT, JANUARY - DECEMBER 2025\n"
        "\n"
        "Total container throughput ........ 7,842,110 TEU\n"
        "  Transshipment ................... 6,658,000 TEU\n"
        "  Domestic (import and export) .... 1,184,110 TEU\n"
        "\n"
        "Growth over 2024 .................. 13.6%\n"
        "Terminals: JCT (SLPA), SAGT, CICT, ECT\n"
        "\n"
        "Issued by the Statistics Division, Colombo 01, 20 January 2026.\n"
    )
    s.pair(
        "spelled out",
        "colombo-transshipment",
        _text(text),
        Story(
            "Transshipment makes up most of Colombo's container traffic",
            (
                "Colombo handled 7.8 million TEU of containers last year, and more than "
                "four-fifths of them were transshipment boxes bound for other ports, "
                f"{LINK} show.",
            ),
            "figures from the Sri Lanka Ports Authority",
            author="Nimal Perera, Colombo",
        ),
        Story(
            "Colombo's container boom rests on transshipment",
            (
                "Colombo handled 7.8 million TEU of containers last year, and nine in ten of "
                f"them were transshipment boxes bound for other ports, {LINK} show.",
            ),
            "Sri Lanka Ports Authority figures",
            author="Nimal Perera, Colombo",
        ),
    )


def _hapag_lloyd(s: _Set) -> None:
    body = (
        "<h1>Hapag-Lloyd fleet</h1>"
        "<p>Hapag-Lloyd AG, Hamburg. Fleet data as of 31 December 2025.</p>"
        '<figure><img src="/media/fleet-structure.svg" alt="Pie chart of the fleet by '
        'ownership"><figcaption>Fleet structure at 31 December 2025: 313 container ships, of '
        "which 133 owned and 180 chartered; total capacity 2.4 million TEU.</figcaption>"
        "</figure>"
        "<p>The fleet includes twelve dual-fuel vessels able to run on liquefied natural gas. "
        "Further newbuildings will be delivered from 2027.</p>"
    )
    s.pair(
        "spelled out",
        "hapag-lloyd-fleet",
        _html("Fleet | Hapag-Lloyd", body),
        Story(
            "Most Hapag-Lloyd ships are chartered",
            (
                "More than two in five of Hapag-Lloyd's 313 container ships are owned rather "
                f"than chartered, {LINK} shows, and the fleet includes twelve dual-fuel vessels.",
            ),
            "the carrier's fleet data",
            author="Jonas Brandt, Hamburg",
        ),
        Story(
            "Hapag-Lloyd now owns most of its ships",
            (
                "More than half of Hapag-Lloyd's 313 container ships are owned rather than "
                f"chartered, {LINK} shows.",
            ),
            "the carrier's fleet page",
            author="Jonas Brandt, Hamburg",
        ),
    )


# --- unreadable sources ----------------------------------------------------------------------


def _unreadable(s: _Set) -> None:
    def story(headline: str, sentence: str, link: str) -> Story:
        return Story(headline, (sentence.replace("@", LINK),), link)

    def one(slug: str, source: Source, headline: str, sentence: str, link: str) -> None:
        s.one("unreadable", slug, source, story(headline, sentence, link), planted=False)

    one(
        "samsung-annual-report-locked",
        _locked_pdf(
            ("Samsung Electronics Annual Report 2025", "Consolidated revenue KRW 315.4 trillion"),
            "sec-ir-2026",
        ),
        "Samsung's annual revenue tops 300 trillion won",
        "Samsung Electronics recorded revenue of 315.4 trillion won in 2025, according to @.",
        "its annual report",
    )
    one(
        "rio-tinto-scanned-notice",
        _scanned_pdf(3),
        "Rio Tinto declares final dividend",
        "Rio Tinto will pay a final dividend of 225 US cents a share, @ shows.",
        "a notice lodged with the ASX",
    )
    one(
        "premier-league-404-html",
        Source(
            "text/html; charset=utf-8",
            b"<!DOCTYPE html><html><head><title>Page not found | Premier League</title></head>"
            b"<body><h1>404</h1><p>Sorry, we couldn't find the page you were looking for.</p>"
            b'<p><a href="/">Back to the homepage</a></p></body></html>',
            404,
        ),
        "Premier League crowds hit record 15.2 million",
        "A record 15.2 million fans attended Premier League matches last season, @ show.",
        "league figures",
    )
    one(
        "toyota-sales-404-text",
        Source("text/plain; charset=utf-8", b"404 Not Found\n", 404),
        "Toyota global sales rise 4% in February",
        "Toyota sold 884,312 vehicles worldwide in February, up 4 per cent, @ show.",
        "the carmaker's sales figures",
    )
    one(
        "ryanair-results-500-html",
        Source(
            "text/html",
            b"<html><head><title>500 Internal Server Error</title></head><body>"
            b"<h1>Internal Server Error</h1><p>The server encountered an internal error and "
            b"was unable to complete your request.</p><hr><address>Apache Server at "
            b"investor.ryanair.com Port 443</address></body></html>",
            500,
        ),
        "Ryanair profit climbs to €2.1bn",
        "Ryanair's annual profit after tax rose to €2.1bn, @ shows.",
        "its full-year results",
    )
    one(
        "rotterdam-annual-500-text",
        Source(
            "text/plain",
            b"Internal Server Error\n\nupstream request failed (code 500). Reference: 7f3a9c21\n",
            500,
        ),
        "Rotterdam throughput falls to 436 million tonnes",
        "The Port of Rotterdam handled 436 million tonnes of cargo last year, @ shows.",
        "the port authority's annual figures",
    )
    one(
        "petrobras-dividend-empty",
        Source("text/html; charset=utf-8", b"", 200),
        "Petrobras to pay R$9.1bn in dividends",
        "Petrobras will pay R$9.1 billion in dividends and interest on capital, @ shows.",
        "a notice to shareholders",
    )
    one(
        "box-office-ad-blocker-wall",
        _html(
            "Box Office Weekly",
            "<div class='wall'><h2>Please disable your ad blocker to continue reading</h2>"
            "<p>We rely on advertising to keep our box-office data free. Whitelist our site "
            "or subscribe for an ad-free experience.</p><button>I've disabled it</button>"
            "<button>Subscribe</button></div>",
        ),
        "Holiday box office hits $1.1bn",
        "Cinemas in North America took $1.1 billion over the holiday period, @ show.",
        "box-office figures",
    )
    one(
        "treasury-bills-503-html",
        Source(
            "text/html; charset=utf-8",
            b"<html><head><title>503 Service Unavailable</title></head><body>"
            b"<h1>Service Unavailable</h1><p>TreasuryDirect is undergoing scheduled "
            b"maintenance. Please try again later.</p></body></html>",
            503,
        ),
        "Treasury sells $80bn of 13-week bills at 4.19%",
        "The Treasury sold $80 billion of 13-week bills at a high rate of 4.19 per cent, @ show.",
        "auction results",
    )


def blind19_cases() -> list[Case]:
    s = _Set()
    for write in (
        _ryanair,
        _nintendo_forecast,
        _tesco,
        _maersk,
        _hyundai_sales,
        _mpa_singapore,
        _premier_league,
        _treasury_10y,
        _toyota,
        _bhp,
        _petrobras,
        _lufthansa,
        _rotterdam,
        _kia,
        _wizz,
        _box_office,
        _samsung,
        _rio_tinto,
        _tsmc,
        _vale_production,
        _bund_auction,
        _vale_results,
        _sony,
        _hon_hai,
        _air_france_klm,
        _volkswagen,
        _hhla,
        _jgb_auction,
        _iag,
        _mario_box_office,
        _marks_and_spencer,
        _eon_tariff,
        _mediatek,
        _antwerp,
        _treasury_30y,
        _hm,
        _absent,
        _nintendo_units,
        _finnair,
        _colombo,
        _hapag_lloyd,
        _unreadable,
    ):
        write(s)
    return s.cases
