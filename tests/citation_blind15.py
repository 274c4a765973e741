"""A fifteenth blind held-out set for the gate-quality bench (issue 10, "Measured, not assumed").

Written from the product's spec ("Check figures against the sources newsrooms actually cite")
and from how money and business figures reach a newsroom worldwide: companies' earnings
releases, 10-K-style and annual-report PDFs, exchange filings (ASX announcements in an RSS
feed, an SGX filing, a Tokyo forecast revision, a UK Rule 2.7 offer, a Chapter 11 notice),
central bank statements (the Fed, the Bank of England, the ECB and its reference rates, the Bank
of Japan, the RBI, Banco Central do Brasil's PTAX, the SARB, the RBA, the Bank of Canada),
regulators' orders and fines (SEBI), government budget lines and deficits (India's budget,
Saudi Arabia's budget statement, Brazil's Treasury, Canada's Fiscal Monitor and fiscal
update, Eurostat), tax receipts (HMRC), insolvency statistics (England and Wales, ASIC),
stock index closes (Tokyo, Johannesburg) and a market-data API's JSON quote. Not from the
checker's code and not from the other sets' case texts. Nobody tunes on it: it exists so the
checker's figure is an honest one. Companies are invented; institutions are real names with
invented figures.

Regions are the US, the UK, the euro area, Japan, India, Brazil, South Africa, Australia,
Canada, Singapore and the Gulf (UAE, Saudi Arabia). Styles are "$1.23 a share", "$6.75bn" for
"$6,750,000,000", "3-3/4 to 4 percent" and "2¼%" for policy rates, basis points and "a
quarter-point", "0.25 percentage points", guidance ranges ("12% to 15%"), exchange rates
("1.0842 dollars per euro", PTAX "5,4371" in Portuguese), "¥1,245,812 million" and
"¥412.6 billion", "₹1,42,310 crore" and "₹1.42 lakh crore", "R1 236 million" with space
thousands, "R$ million" tables, "AED 3.21 billion" and "Dh3.2bn", "SAR 138 billion", "C$",
"A$", "S$", "412 pence", "£1,482.6m", index points and percent moves, deficits as % of GDP
and fiscal years ("2025-26", "FY26", "fiscal 2026").

Sources are three-line HTML releases, HTML tables (merged header cells, units only in a
caption or a header row, totals rows, footnote markers, "n/a", "–" and ".." cells, one
transposed with dates as rows), real multi-page PDF reports made with fpdf2 (page two a
foreword, page three key results, a figure on a later page or only in a table page), CSV
served as text/csv under a title line and as text/plain, a fixed-width plain-text insolvency
bulletin, a JSON quote from a market-data API, an RSS feed of exchange announcements, a chart
whose figure is only in its <figcaption>, a <dl> of a bank's indicators, and long pages
(2,000+ words: a shareholder letter, a monetary policy statement, an earnings call, a budget
statement) where the article's number also appears about something else. Articles are rough
wire copy: figures in headlines, two or three figures in one sentence, hedges ("nearly",
"more than", "about", "just under", "some"), shares and counts as words ("more than
two-thirds", "more than one in six", "eight of the nine members", "a quarter-point"),
number-free padding paragraphs.

A *planted* case's article gives a figure a careful copy editor would stop: another value
(transposed digits), a scale misread (billion as million, trillion as billion, a slipped
decimal), a figure the source gives only for another subject, row or column (TOPIX's move
given to the Nikkei, the 5-year yield given as the 2-year, advertising growth given to cloud,
the settlement-balances rate for the cash rate, non-oil growth for the whole economy, the
director's fine for the company's), another period (the previous forecast or guidance range,
last year's column, the prior-year deficit), a figure the source lacks, another currency
(francs for dollars, dollars for rand), a hedge or a spelled share the source does not bear
out ("more than 2,500" for 2,179, "three in four" for 68%, "half a point" for 25 basis
points), or a rounding too far (2.146% as 2.2%). A *clean* case's source is readable and
supports the article as a copy editor would accept it: rounding, notation variants, hedges
that hold, spelled-out shares that hold, the right row of a table with many rows. Unreadable
sources (a password-locked and an image-only PDF, 404 and 500 pages with HTML and plain-text
bodies, an empty 200, a metered paywall page served with 200, a PNG where a report was cited)
confirm nothing and so must escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind15".
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

WALL = b"You have reached your article limit"


@dataclass(frozen=True)
class Blind15Case(Case):
    """A case of this set: its split is "blind15" whatever its topic number."""

    @property
    def split(self) -> str:
        return "blind15"


# Number-free paragraphs that pad the articles the way wire copy does.
_PADDING = (
    "Shares in the sector were mixed in afternoon trading, and analysts said investors were "
    "waiting for more detail before changing their forecasts.",
    "A spokesperson declined to comment beyond the statement, citing the quiet period ahead "
    "of the next filing.",
    "Economists said the decision had been widely expected and that attention would now turn "
    "to the tone of the remarks that accompanied it.",
    "Traders said volumes were thinner than usual because several markets were closed for a "
    "holiday.",
    "The figures are unaudited and may be restated when the full accounts are filed with the "
    "regulator.",
    "Fund managers said the outlook for the rest of the year depended heavily on borrowing "
    "costs and on consumer demand.",
)


def _article(name: str, title: str, paragraphs: list[str], link_text: str) -> str:
    """An article page; the paragraph holding ``@@`` carries the one link to the source."""
    link = f'<a href="/sources/{name}">{link_text}</a>'
    body = "".join(f"<p>{p.replace('@@', link)}</p>" for p in paragraphs)
    start = zlib.crc32(name.encode()) % len(_PADDING)
    pad = "".join(f"<p>{_PADDING[(start + i) % len(_PADDING)]}</p>" for i in range(2))
    return (
        f"<html><head><title>{title}</title></head><body>"
        f'<header><nav><a href="/">Home</a> | <a href="/markets">Markets</a></nav></header>'
        f"<article><h1>{title}</h1>{body}{pad}</article>"
        f"<footer>© The Markets Desk</footer></body></html>"
    )


def _html(body: str, title: str = "Release") -> Source:
    page = (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'
    )
    return Source("text/html; charset=utf-8", page.encode())


def _text(body: str, content_type: str = "text/plain; charset=utf-8") -> Source:
    return Source(content_type, body.encode())


def _pdf(
    title: str,
    foreword: list[str],
    key: list[str],
    later: list[list[str]],
    *tables: list[list[str]],
    subtitle: str = "Annual report",
    published: str = "Published December 2026",
) -> Source:
    pages = [
        [title, subtitle, published],
        ["Foreword", *foreword],
        ["Key results", *key],
        *later,
    ]
    while len(pages) + len(tables) < 5:
        pages.append(["Basis of preparation", "Amounts are unaudited unless stated otherwise."])
    return Source("application/pdf", make_pdf(pages, tables=tables))


# Long pages: 2,000+ words in which the figures sit among many number-free paragraphs.
_LONG_SENTENCES = (
    "The year tested every part of the business, and the team responded with discipline.",
    "We kept our focus on the customers who rely on us and on the communities where we work.",
    "Markets moved sharply at times, and liquidity was thinner than we would have liked.",
    "Our priorities remain unchanged: a strong balance sheet, steady returns and careful growth.",
    "Costs were held down through procurement savings and a simpler organisation.",
    "Management continued to review the portfolio and to exit activities that no longer fit.",
    "Regulators in several jurisdictions consulted on new rules that could affect the sector.",
    "The board met more often than usual and spent much of its time on risk and succession.",
    "Demand held up better than many forecasters had expected at the start of the period.",
    "Higher borrowing costs weighed on some customers, particularly smaller businesses.",
    "We invested in systems and controls so that the business can grow without adding risk.",
    "Employee engagement remained high, and staff turnover fell across most divisions.",
    "The outlook is uncertain, and we will continue to plan for a range of outcomes.",
    "Supply chains were more reliable than in earlier years, though some delays persisted.",
    "Pricing discipline mattered more than volume, and we walked away from uneconomic work.",
    "We continued to engage with investors, rating agencies and the wider public.",
    "Sustainability targets were reviewed and will be reported in a separate document.",
    "The policy environment remained difficult to read, and surveys pointed in both directions.",
    "Households remained cautious, and business investment was slow to pick up.",
    "Risks to the outlook include trade tensions, energy prices and a weaker global economy.",
)


def _filler(seed: int, sentences: int) -> str:
    picked = [_LONG_SENTENCES[(seed * 7 + i * 3) % len(_LONG_SENTENCES)] for i in range(sentences)]
    return " ".join(picked)


def _long(title: str, sections: list[tuple[str, list[str]]]) -> Source:
    """A long page: each section's figure paragraphs between number-free paragraphs."""
    parts = [f"<h1>{title}</h1>"]
    seed = 0
    for heading, paragraphs in sections:
        parts.append(f"<h2>{heading}</h2>")
        for paragraph in paragraphs:
            for _ in range(2):
                seed += 1
                parts.append(f"<p>{_filler(seed, 6)}</p>")
            parts.append(f"<p>{paragraph}</p>")
        seed += 1
        parts.append(f"<p>{_filler(seed, 6)}</p>")
    words = sum(len(p.split()) for p in parts)
    while words < 2200:
        seed += 1
        extra = f"<p>{_filler(seed, 6)}</p>"
        parts.append(extra)
        words += len(extra.split())
    return _html("".join(parts), title)


def _png() -> bytes:
    """A small real PNG: a chart exported as an image, with no text layer at all."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    width, height = 16, 8
    raw = b"".join(b"\x00" + bytes([40, 90, 160]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@dataclass(frozen=True)
class _Story:
    title: str
    paragraphs: list[str]
    link_text: str


def _pair(
    kind: str, topic: int, slug: str, source: Source, clean: _Story, planted: _Story
) -> list[Case]:
    out: list[Case] = []
    for is_planted, story in ((False, clean), (True, planted)):
        name = f"b15-{slug}-{'planted' if is_planted else 'clean'}"
        html = _article(name, story.title, story.paragraphs, story.link_text)
        out.append(Blind15Case(name, kind, topic, is_planted, html, source))
    return out


def _single(
    kind: str,
    topic: int,
    slug: str,
    source: Source,
    story: _Story,
    *,
    planted: bool,
    readable: bool = True,
) -> Case:
    name = f"b15-{slug}"
    html = _article(name, story.title, story.paragraphs, story.link_text)
    return Blind15Case(name, kind, topic, planted, html, source, readable)


# --------------------------------------------------------------------------------------------
# Press releases: three-line HTML statements and announcements.
# --------------------------------------------------------------------------------------------


def _press_releases() -> list[Case]:
    kind = "press release"
    out: list[Case] = []

    fomc = _html(
        "<h1>Federal Reserve issues FOMC statement</h1>"
        "<p>For release at 2:00 p.m. EST, December 9, 2026</p>"
        "<p>In support of its goals, the Committee decided to lower the target range for the "
        "federal funds rate by 1/4 percentage point to 3-3/4 to 4 percent. Voting against "
        "this action was one member, who preferred to lower the target range by 1/2 "
        "percentage point at this meeting.</p>",
        "Federal Reserve Board - Press release",
    )
    out += _pair(
        kind,
        1,
        "fomc-cut",
        fomc,
        _Story(
            "Fed trims rates by a quarter-point, one official dissents",
            [
                "The Federal Reserve cut its benchmark interest rate by a quarter of a "
                "percentage point on Wednesday, to a range of 3.75% to 4%, according to @@.",
                "One policymaker dissented in favour of a bigger, half-point cut.",
            ],
            "the central bank's statement",
        ),
        _Story(
            "Fed trims rates by a quarter-point, one official dissents",
            [
                "The Federal Reserve cut its benchmark interest rate by a quarter of a "
                "percentage point on Wednesday, to a range of 4% to 4.25%, according to @@.",
                "One policymaker dissented, saying a bigger move was needed.",
            ],
            "the central bank's statement",
        ),
    )

    kestrel = _html(
        "<h1>Kestrel Foods plc — Interim results for the 26 weeks to 27 September 2026</h1>"
        "<p>Revenue £1,482.6m (2025: £1,391.0m), up 6.6%; adjusted operating profit £171.3m "
        "(2025: £158.9m); adjusted operating margin 11.6% (2025: 11.4%).</p>"
        "<p>Interim dividend raised to 8.4p per share (2025: 8.0p). Full-year expectations "
        "unchanged.</p>",
        "Kestrel Foods plc - RNS",
    )
    out += _pair(
        kind,
        2,
        "kestrel-interims",
        kestrel,
        _Story(
            "Kestrel Foods lifts payout as sales top £1.48bn",
            [
                "Kestrel Foods said revenue rose 6.6% to £1.48bn in the first half, while "
                "adjusted operating profit climbed to £171.3m, its @@ showed.",
                "The snacks maker raised its interim dividend to 8.4p a share.",
            ],
            "interim results",
        ),
        _Story(
            "Kestrel Foods lifts payout as sales top £1.48bn",
            [
                "Kestrel Foods said revenue rose 6.6% to £1.48bn in the first half, while "
                "adjusted operating profit climbed to £173.1m, its @@ showed.",
                "The snacks maker also raised its interim dividend.",
            ],
            "interim results",
        ),
    )

    sarb = _html(
        "<h1>Statement of the Monetary Policy Committee</h1>"
        "<p>Pretoria, 19 November 2026 — The MPC has decided to keep the repurchase rate "
        "unchanged at 7.25% per year. Four members preferred to keep rates on hold, while two "
        "members preferred a 25 basis point cut.</p>"
        "<p>The prime lending rate of commercial banks therefore remains at 10.75%.</p>",
        "South African Reserve Bank",
    )
    out += _pair(
        kind,
        3,
        "sarb-hold",
        sarb,
        _Story(
            "SARB holds repo rate at 7.25% in split decision",
            [
                "The South African Reserve Bank kept its repo rate at 7.25% on Thursday, with "
                "four of the six committee members backing a hold, @@ showed.",
                "Commercial banks' prime lending rate stays at 10.75%.",
            ],
            "the MPC statement",
        ),
        _Story(
            "SARB holds repo rate at 7.5% in split decision",
            [
                "The South African Reserve Bank kept its repo rate unchanged at 7.5% on "
                "Thursday, with four of the six committee members backing a hold, @@ showed.",
                "A minority of members had argued for a cut.",
            ],
            "the MPC statement",
        ),
    )

    alnoor = _html(
        "<h1>Al Noor Logistics PJSC announces final offer price</h1>"
        "<p>Abu Dhabi, 3 December 2026 — Al Noor Logistics PJSC today announced the final offer "
        "price for its initial public offering at AED 2.45 per share, at the top of the price "
        "range, raising gross proceeds of AED 3.21 billion. The offering was more than 23 "
        "times oversubscribed.</p>"
        "<p>Implied market capitalisation at listing: AED 12.9 billion. Price range: AED "
        "2.20–2.45. Trading is expected to begin on ADX on 11 December 2026.</p>",
        "Al Noor Logistics - IPO",
    )
    out += _pair(
        kind,
        4,
        "alnoor-ipo",
        alnoor,
        _Story(
            "Al Noor prices Abu Dhabi IPO at top of range",
            [
                "Al Noor Logistics priced its initial public offering at 2.45 dirhams a share, "
                "raising about Dh3.2bn and valuing the company at Dh12.9bn, according to @@.",
                "Demand outstripped the shares on offer more than 23 times.",
            ],
            "its announcement",
        ),
        _Story(
            "Al Noor prices Abu Dhabi IPO at top of range",
            [
                "Al Noor Logistics priced its initial public offering at 2.45 dirhams a share, "
                "raising about Dh3.2bn and valuing the company at Dh21.9bn, according to @@.",
                "Bankers said demand had been strong from regional funds.",
            ],
            "its announcement",
        ),
    )
    return out


# --------------------------------------------------------------------------------------------
# HTML tables: merged header cells, units in captions, footnotes, "n/a", "–" and "..".
# --------------------------------------------------------------------------------------------


def _html_tables() -> list[Case]:
    kind = "html table"
    out: list[Case] = []

    tokyo = _html(
        "<h1>Market summary</h1>"
        "<table><caption>Closing levels, Thursday 3 December 2026</caption>"
        "<thead><tr><th rowspan='2'>Index</th><th rowspan='2'>Close</th>"
        "<th colspan='2'>Day's change</th><th rowspan='2'>Turnover (¥bn)</th></tr>"
        "<tr><th>pts</th><th>%</th></tr></thead><tbody>"
        "<tr><td>Nikkei Stock Average (Nikkei 225)</td><td>38,714.22</td><td>+412.87</td>"
        "<td>+1.08</td><td>4,212.6</td></tr>"
        "<tr><td>TOPIX</td><td>2,741.05</td><td>+36.71</td><td>+1.36</td><td>–</td></tr>"
        "<tr><td>TOPIX Core30</td><td>1,402.88</td><td>+22.10</td><td>+1.60</td><td>–</td></tr>"
        "<tr><td>JPX-Nikkei 400</td><td>24,630.14</td><td>+310.55</td><td>+1.28</td>"
        "<td>–</td></tr>"
        "<tr><td>TSE Growth Market 250</td><td>652.40</td><td>−4.12</td><td>−0.63</td>"
        "<td>n/a</td></tr></tbody></table>"
        "<p>Turnover is for the Prime market.</p>",
        "Tokyo market summary",
    )
    out += _pair(
        kind,
        11,
        "tokyo-close",
        tokyo,
        _Story(
            "Nikkei jumps 1.1% as exporters rally",
            [
                "The Nikkei 225 rose 412.87 points, or 1.08%, to close at 38,714.22 on "
                "Thursday, @@ shows, while the broader TOPIX gained 1.36%.",
                "Carmakers and machinery makers led the gains as the yen softened.",
            ],
            "exchange data",
        ),
        _Story(
            "Nikkei jumps 1.4% as exporters rally",
            [
                "The Nikkei 225 rose 412.87 points, or 1.36%, to close at 38,714.22 on "
                "Thursday, @@ shows, while smaller growth stocks slipped.",
                "Carmakers and machinery makers led the gains as the yen softened.",
            ],
            "exchange data",
        ),
    )

    gilts = _html(
        "<h1>Gilt market: daily yields</h1>"
        "<table><caption>Nominal par yields, per cent (close of business)</caption>"
        "<tr><th>Date</th><th>2 year</th><th>5 year</th><th>10 year¹</th><th>30 year</th></tr>"
        "<tr><td>Fri 27 Nov 2026</td><td>3.94</td><td>4.11</td><td>4.49</td><td>5.18</td></tr>"
        "<tr><td>Mon 30 Nov 2026</td><td>3.97</td><td>4.13</td><td>4.52</td><td>5.20</td></tr>"
        "<tr><td>Tue 1 Dec 2026</td><td>3.99</td><td>4.16</td><td>4.55</td><td>5.21</td></tr>"
        "<tr><td>Wed 2 Dec 2026</td><td>3.98</td><td>4.15</td><td>4.55</td><td>5.22</td></tr>"
        "<tr><td>Thu 3 Dec 2026</td><td>4.02</td><td>4.18</td><td>4.62</td><td>5.27</td></tr>"
        "<tr><td>Fri 4 Dec 2026</td><td>..</td><td>..</td><td>..</td><td>..</td></tr>"
        "</table><p>¹ Benchmark maturity. .. not yet available.</p>",
        "Yield curves",
    )
    out += _pair(
        kind,
        12,
        "gilt-yields",
        gilts,
        _Story(
            "Gilt yields climb as traders trim rate-cut bets",
            [
                "The yield on 10-year gilts rose to 4.62% on Thursday, while the two-year "
                "yield climbed to 4.02%, @@ shows.",
                "Investors pared bets on further cuts after stronger wage data.",
            ],
            "the daily yield table",
        ),
        _Story(
            "Gilt yields climb as traders trim rate-cut bets",
            [
                "The yield on 10-year gilts rose to 4.62% on Thursday, while the two-year "
                "yield climbed to 4.18%, @@ shows.",
                "Investors pared bets on further cuts after stronger wage data.",
            ],
            "the daily yield table",
        ),
    )

    brazil = _html(
        "<h1>Resultado do Tesouro Nacional — Central Government primary result</h1>"
        "<table><caption>R$ million, current prices</caption>"
        "<tr><th rowspan='2'>Item</th><th colspan='2'>January–September</th>"
        "<th rowspan='2'>Real change (%)¹</th></tr><tr><th>2025</th><th>2026</th></tr>"
        "<tr><td>1. Total revenue</td><td>2,071,934.5</td><td>2,219,587.0</td><td>3.0</td></tr>"
        "<tr><td>2. Transfers to states and municipalities</td><td>398,104.7</td>"
        "<td>431,220.9</td><td>4.2</td></tr>"
        "<tr><td>3. Net revenue (1-2)</td><td>1,673,829.8</td><td>1,788,366.1</td>"
        "<td>2.7</td></tr>"
        "<tr><td>4. Total expenditure</td><td>1,743,512.0</td><td>1,856,778.4</td>"
        "<td>2.4</td></tr>"
        "<tr><td>5. Primary result (3-4)</td><td>-69,682.2</td><td>-68,412.3</td><td>–</td></tr>"
        "<tr><td>Memo: primary result, % of GDP</td><td>-0.8</td><td>-0.7</td><td>..</td></tr>"
        "</table><p>¹ Deflated by IPCA.</p>",
        "Tesouro Nacional",
    )
    out += _pair(
        kind,
        13,
        "brazil-primary",
        brazil,
        _Story(
            "Brazil's primary deficit narrows to R$68.4bn",
            [
                "Brazil's central government ran a primary deficit of R$68.4 billion in the "
                "first nine months of the year, equal to 0.7% of GDP, Treasury @@ show.",
                "The finance ministry said it remained committed to its fiscal framework.",
            ],
            "figures",
        ),
        _Story(
            "Brazil's primary deficit narrows",
            [
                "Brazil's central government ran a primary deficit of R$69.7 billion in the "
                "first nine months of the year, equal to 0.7% of GDP, Treasury @@ show.",
                "The finance ministry said it remained committed to its fiscal framework.",
            ],
            "figures",
        ),
    )

    ecb = _html(
        "<h1>Euro foreign exchange reference rates</h1>"
        "<table><caption>Units of currency per euro</caption>"
        "<tr><th>Currency</th><th>Code</th><th>3 Dec 2026</th><th>2 Dec 2026</th></tr>"
        "<tr><td>US dollar</td><td>USD</td><td>1.0842</td><td>1.0796</td></tr>"
        "<tr><td>Japanese yen</td><td>JPY</td><td>162.37</td><td>161.90</td></tr>"
        "<tr><td>Pound sterling</td><td>GBP</td><td>0.85315</td><td>0.85240</td></tr>"
        "<tr><td>Swiss franc</td><td>CHF</td><td>0.9561</td><td>0.9548</td></tr>"
        "<tr><td>Indian rupee</td><td>INR</td><td>91.4385</td><td>91.1020</td></tr>"
        "<tr><td>Brazilian real</td><td>BRL</td><td>5.8903</td><td>5.8712</td></tr>"
        "<tr><td>South African rand</td><td>ZAR</td><td>19.6275</td><td>19.7034</td></tr>"
        "<tr><td>Icelandic krona¹</td><td>ISK</td><td>n/a</td><td>n/a</td></tr>"
        "</table><p>¹ Not published since 2008.</p>",
        "ECB reference rates",
    )
    out += _pair(
        kind,
        14,
        "ecb-fx",
        ecb,
        _Story(
            "Euro firms against the dollar",
            [
                "The European Central Bank set the euro's reference rate at 1.0842 dollars on "
                "Thursday, up from 1.0796 a day earlier, @@ shows.",
                "Currency strategists said the move reflected softer US data.",
            ],
            "its daily table",
        ),
        _Story(
            "Euro firms against the franc",
            [
                "The European Central Bank set the euro's reference rate at 1.0842 Swiss "
                "francs on Thursday, up from 1.0796 a day earlier, @@ shows.",
                "Currency strategists said the move reflected softer US data.",
            ],
            "its daily table",
        ),
    )
    return out


# --------------------------------------------------------------------------------------------
# PDF reports: real multi-page reports; the figure on page three, a later page or a table.
# --------------------------------------------------------------------------------------------


def _pdf_reports() -> list[Case]:
    kind = "pdf report"
    out: list[Case] = []

    brightwater = _pdf(
        "Brightwater Semiconductor Inc. - Annual Report Fiscal 2026",
        [
            "Dear shareholders,",
            "Fiscal 2026 was a year of strong demand for our data-centre products and of "
            "recovery in our industrial markets. We thank our employees for their work.",
        ],
        [
            "Net revenue: $8,412 million (fiscal 2025: $7,379 million), up 14%.",
            "Net income: $1,206 million (fiscal 2025: $902 million).",
            "Diluted earnings per share: $2.31 (fiscal 2025: $1.87).",
            "Free cash flow: $1,590 million.",
        ],
        [
            [
                "Outlook",
                "For the first quarter of fiscal 2027 we expect revenue of $2.15 billion to "
                "$2.25 billion and a gross margin of about 58%.",
            ]
        ],
        [
            ["Segment ($ million)", "Fiscal 2026", "Fiscal 2025"],
            ["Data centre", "4,905", "3,988"],
            ["Industrial", "2,118", "2,096"],
            ["Consumer", "1,389", "1,295"],
            ["Total", "8,412", "7,379"],
        ],
    )
    out += _pair(
        kind,
        21,
        "brightwater-10k",
        brightwater,
        _Story(
            "Brightwater earns $2.31 a share as chip sales climb 14%",
            [
                "Brightwater Semiconductor earned $1.21 billion, or $2.31 a share, on revenue "
                "of $8.41 billion in fiscal 2026, its @@ shows.",
                "The company said demand from data-centre customers remained strong.",
            ],
            "annual report",
        ),
        _Story(
            "Brightwater earns $2.13 a share as chip sales climb 14%",
            [
                "Brightwater Semiconductor earned $1.21 billion, or $2.13 a share, on revenue "
                "of $8.41 billion in fiscal 2026, its @@ shows.",
                "The company said demand from data-centre customers remained strong.",
            ],
            "annual report",
        ),
    )

    budget = _pdf(
        "Budget at a Glance 2026-2027 - Government of India, Ministry of Finance",
        [
            "This document gives a summary of the budget estimates and of the fiscal path "
            "set out in the Medium-Term Fiscal Policy Statement.",
        ],
        [
            "Fiscal deficit: 4.2 per cent of GDP in 2026-27 (Budget Estimates), against 4.4 "
            "per cent in 2025-26 (Revised Estimates).",
            "Revenue deficit: 1.5 per cent of GDP in 2026-27 (BE).",
            "Effective capital expenditure: 4.1 per cent of GDP in 2026-27 (BE).",
        ],
        [
            [
                "Borrowings",
                "Gross market borrowings through dated securities are estimated at "
                "Rs 14.82 lakh crore in 2026-27. Net market borrowings are estimated at "
                "Rs 11.3 lakh crore.",
            ]
        ],
        [
            ["Rs crore", "2024-25 Actuals", "2025-26 BE", "2025-26 RE", "2026-27 BE"],
            ["Fiscal deficit", "15,77,270", "15,68,936", "15,69,527", "15,92,110"],
            ["Fiscal deficit, % of GDP", "4.8", "4.4", "4.4", "4.2"],
            ["Revenue deficit, % of GDP", "2.4", "1.9", "1.9", "1.5"],
        ],
        subtitle="Union Budget",
        published="Presented to Parliament on 1 February 2026",
    )
    out += _pair(
        kind,
        22,
        "india-budget",
        budget,
        _Story(
            "India targets 4.2% fiscal deficit for 2026-27",
            [
                "India aims to cut its fiscal deficit to 4.2% of GDP in 2026-27 from 4.4% this "
                "year, according to the @@, with gross market borrowing budgeted at ₹14.82 "
                "lakh crore.",
                "Bond traders said the borrowing figure was in line with expectations.",
            ],
            "budget documents",
        ),
        _Story(
            "India sets fiscal deficit target for 2026-27",
            [
                "India aims to bring its fiscal deficit down to 4.4% of GDP in 2026-27, "
                "according to the @@.",
                "Bond traders said the borrowing plan was in line with expectations.",
            ],
            "budget documents",
        ),
    )

    southern = _pdf(
        "Southern Cross Mutual Bank - 2026 Annual Report",
        [
            "Our members and shareholders had a demanding year. Competition for mortgages "
            "and deposits was intense, and we chose margin over volume where we could.",
        ],
        [
            "Cash earnings $7,104 million, down 2% on 2025.",
            "Statutory net profit $6,882 million.",
            "Net interest margin 1.94%, down 6 basis points.",
            "Final dividend 86 cents per share, fully franked.",
        ],
        [
            [
                "Capital and funding",
                "The Common Equity Tier 1 ratio was 12.3% at 30 September 2026, compared with "
                "12.1% a year earlier, above the board's target range.",
                "The deposit to loan ratio was 82%.",
            ]
        ],
    )
    out += _pair(
        kind,
        23,
        "southern-cross",
        southern,
        _Story(
            "Southern Cross Mutual's margin slips to 1.94 per cent",
            [
                "Southern Cross Mutual's net interest margin narrowed by six basis points to "
                "1.94 per cent, and its CET1 capital ratio was 12.3 per cent at the end of "
                "September, the bank's @@ shows.",
                "The lender said competition for home loans remained fierce.",
            ],
            "annual report",
        ),
        _Story(
            "Southern Cross Mutual's margin slips to 1.94 per cent",
            [
                "Southern Cross Mutual's net interest margin narrowed by nine basis points to "
                "1.94 per cent, and its CET1 capital ratio was 12.3 per cent at the end of "
                "September, the bank's @@ shows.",
                "The lender said competition for home loans remained fierce.",
            ],
            "annual report",
        ),
    )

    hokuriku = _pdf(
        "Hokuriku Precision Industries - Integrated Report 2026",
        [
            "The fiscal year ended March 31, 2026 saw firm demand from carmakers and a "
            "slower recovery in consumer electronics.",
        ],
        [
            "Net sales: 4,743.2 billion yen (up 5.1% year on year).",
            "Operating profit: 412.6 billion yen; operating margin 8.7%.",
            "Profit attributable to owners of parent: 298.4 billion yen.",
            "Annual dividend: 64 yen per share.",
        ],
        [],
        [
            ["Results by segment (billions of yen)", "Net sales", "Operating profit"],
            ["Mobility", "2,105.3", "201.4"],
            ["Industrial", "1,388.6", "128.9"],
            ["Electronics", "984.1", "61.7"],
            ["Other", "265.2", "20.6"],
            ["Total", "4,743.2", "412.6"],
        ],
    )
    out += _pair(
        kind,
        24,
        "hokuriku",
        hokuriku,
        _Story(
            "Hokuriku Precision's profit tops ¥400bn",
            [
                "Hokuriku Precision's operating profit was ¥412.6 billion for the year to "
                "March, a margin of 8.7%, while its electronics unit earned ¥61.7 billion, "
                "its @@ shows.",
                "The company said it would keep investing in sensors for carmakers.",
            ],
            "integrated report",
        ),
        _Story(
            "Hokuriku Precision's profit tops ¥400bn",
            [
                "Hokuriku Precision's operating profit was ¥412.6 billion for the year to "
                "March, a margin of 8.7%, while its electronics unit earned ¥201.4 billion, "
                "its @@ shows.",
                "The company said it would keep investing in sensors for carmakers.",
            ],
            "integrated report",
        ),
    )
    return out


# --------------------------------------------------------------------------------------------
# Text, CSV, JSON and RSS.
# --------------------------------------------------------------------------------------------


def _texts() -> list[Case]:
    kind = "text or csv"
    out: list[Case] = []

    hmrc = _text(
        "# HMRC tax receipts and National Insurance contributions for the UK, £ million, "
        "cash basis, not seasonally adjusted\n"
        "Month,Total HMRC receipts,PAYE Income Tax,VAT,Onshore Corporation Tax,Fuel duties\n"
        "Jul 2026,71984,23411,16930,8102,2214\n"
        "Aug 2026,63210,22987,15204,3390,2301\n"
        "Sep 2026,68745,23590,16170,7620,2188\n"
        "Oct 2026,74102,24815,17342,4511,2259\n",
        "text/csv; charset=utf-8",
    )
    out += _pair(
        kind,
        31,
        "hmrc-receipts",
        hmrc,
        _Story(
            "VAT haul tops £17bn in October",
            [
                "VAT receipts were £17.3bn in October and PAYE income tax brought in £24.8bn, "
                "@@ show.",
                "The Treasury said the figures were consistent with its forecasts.",
            ],
            "HMRC figures",
        ),
        _Story(
            "VAT haul slips to £16.2bn in October",
            [
                "VAT receipts were £16.2bn in October and PAYE income tax brought in £24.8bn, "
                "@@ show.",
                "The Treasury said the figures were consistent with its forecasts.",
            ],
            "HMRC figures",
        ),
    )

    quote = {
        "symbol": "HLWI",
        "name": "Harlow Instruments Inc",
        "exchange": "NASDAQ",
        "currency": "USD",
        "quote": {
            "date": "2026-12-03",
            "open": 191.02,
            "high": 191.85,
            "low": 185.96,
            "close": 187.42,
            "previousClose": 190.60,
            "change": -3.18,
            "changePercent": -1.6684,
            "volume": 6812340,
        },
        "fiftyTwoWeek": {"high": 224.10, "low": 141.33},
        "marketCap": 48912000000,
    }
    api = Source("application/json", json.dumps(quote).encode())
    out += _pair(
        kind,
        32,
        "harlow-quote",
        api,
        _Story(
            "Harlow Instruments slides 1.7%",
            [
                "Shares of Harlow Instruments fell 1.7% to $187.42 on Thursday, @@ shows, "
                "leaving the company valued at about $48.9 billion.",
                "The stock had rallied earlier in the week on takeover speculation.",
            ],
            "market data",
        ),
        _Story(
            "Harlow Instruments slides 3.2%",
            [
                "Shares of Harlow Instruments fell 3.2% to $187.42 on Thursday, @@ shows, "
                "leaving the company valued at about $48.9 billion.",
                "The stock had rallied earlier in the week on takeover speculation.",
            ],
            "market data",
        ),
    )

    rss = _text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0"><channel>'
        "<title>ASX announcements: Coral Coast Minerals Limited (CCM)</title>"
        "<link>https://example.invalid/asx/ccm</link>"
        "<description>Company announcements</description>"
        "<item><title>Scheme Implementation Deed with Tasman Resources</title>"
        "<pubDate>Thu, 03 Dec 2026 08:12:00 +1100</pubDate>"
        "<description>Coral Coast Minerals has entered into a binding Scheme Implementation "
        "Deed under which Tasman Resources will acquire 100% of CCM shares for A$4.35 cash per "
        "share. The offer price represents a premium of 38.1% to CCM's undisturbed closing "
        "price of A$3.15 and implies an equity value of approximately A$2.9 billion. The CCM "
        "board unanimously recommends the scheme in the absence of a superior proposal."
        "</description></item>"
        "<item><title>Trading halt</title>"
        "<pubDate>Tue, 01 Dec 2026 09:30:00 +1100</pubDate>"
        "<description>Trading halt requested pending an announcement on a change of control "
        "transaction.</description></item>"
        "<item><title>Quarterly activities report</title>"
        "<pubDate>Fri, 30 Oct 2026 08:00:00 +1100</pubDate>"
        "<description>Copper concentrate shipments resumed after the wet-season "
        "interruption.</description></item>"
        "</channel></rss>",
        "application/rss+xml; charset=utf-8",
    )
    out += _pair(
        kind,
        33,
        "coral-coast-rss",
        rss,
        _Story(
            "Tasman agrees A$2.9bn deal for Coral Coast",
            [
                "Tasman Resources has agreed to buy Coral Coast Minerals for A$4.35 a share in "
                "cash, a premium of about 38% that values the miner at roughly A$2.9 billion, "
                "according to @@.",
                "The target's board has recommended the offer.",
            ],
            "an exchange filing",
        ),
        _Story(
            "Tasman agrees A$2.9bn deal for Coral Coast",
            [
                "Tasman Resources has agreed to buy Coral Coast Minerals for A$4.35 a share in "
                "cash, a premium of about 48% that values the miner at roughly A$2.9 billion, "
                "according to @@.",
                "The target's board has recommended the offer.",
            ],
            "an exchange filing",
        ),
    )

    insolvency = _text(
        "COMPANY INSOLVENCY STATISTICS - ENGLAND AND WALES\n"
        "Monthly release. Seasonally adjusted figures unless stated.\n"
        "Period: October 2026\n"
        "\n"
        "Registered company insolvencies ........ 2,179\n"
        "  Creditors' voluntary liquidations .... 1,688\n"
        "  Compulsory liquidations ..............   301\n"
        "  Administrations ......................   172\n"
        "  CVAs .................................    18\n"
        "Change on October 2025 ................. -7%\n"
        "Change on September 2026 ............... +3%\n"
        "\n"
        "Liquidation rate, per 10,000 active companies (last 12 months): 52.6\n"
    )
    out += _pair(
        kind,
        34,
        "insolvency-bulletin",
        insolvency,
        _Story(
            "Company insolvencies fall 7% on a year ago",
            [
                "Some 2,179 companies in England and Wales became insolvent in October, 7% "
                "fewer than a year earlier, @@ show.",
                "Compulsory liquidations, usually brought by creditors such as the tax "
                "authority, numbered about 300.",
            ],
            "official statistics",
        ),
        _Story(
            "Company insolvencies fall 7% on a year ago",
            [
                "More than 2,500 companies in England and Wales became insolvent in October, "
                "7% fewer than a year earlier, @@ show.",
                "Restructuring advisers said hospitality and construction were under strain.",
            ],
            "official statistics",
        ),
    )

    jse = _text(
        "JSE/FTSE index closing levels, 3 December 2026\n"
        "Index,Code,Close,Change,Change %\n"
        "All Share,J203,98412.57,-612.40,-0.62\n"
        "Top 40,J200,90118.03,-588.91,-0.65\n"
        "Resources 10,J210,72330.18,1204.77,1.69\n"
        "Financials 15,J212,21044.66,-301.20,-1.41\n"
        "Industrials 25,J211,120877.10,-845.03,-0.69\n"
    )
    out += _pair(
        kind,
        35,
        "jse-close",
        jse,
        _Story(
            "JSE slips as banks drag",
            [
                "The JSE All Share index fell 0.6% to 98,412.57 points on Thursday, @@ shows, "
                "while the Financials 15 lost 1.4%.",
                "Gold and platinum miners gained as the rand weakened.",
            ],
            "exchange data",
        ),
        _Story(
            "JSE slips as banks drag",
            [
                "The JSE All Share index fell 1.4% to 98,412.57 points on Thursday, @@ shows, "
                "as resource stocks gained.",
                "Gold and platinum miners gained as the rand weakened.",
            ],
            "exchange data",
        ),
    )
    return out


# --------------------------------------------------------------------------------------------
# Long pages: the article's number also appears about something else.
# --------------------------------------------------------------------------------------------


def _long_pages() -> list[Case]:
    kind = "long page"
    out: list[Case] = []

    maple = _long(
        "Maple Ridge Pipelines Inc. - Letter to shareholders, 2026",
        [
            (
                "A year of steady delivery",
                [
                    "Distributable cash flow rose 9% to C$2.1 billion, or C$3.87 per share, "
                    "driven by higher throughput on our western mainline.",
                    "Our total recordable injury frequency fell 9%, the best result in our "
                    "history.",
                ],
            ),
            (
                "Capital allocation",
                [
                    "We invested C$2.4 billion in growth projects during the year, most of it in "
                    "gas transmission and storage.",
                    "We also repaid C$2.1 billion of maturing senior notes from cash on hand.",
                    "Net debt to EBITDA ended the year at 4.6 times, inside our target range.",
                ],
            ),
            (
                "Returns to shareholders",
                [
                    "The board approved a 3% increase in the quarterly dividend, to C$0.7725 per "
                    "share.",
                    "Contracted volumes on the export terminal rose 3% as new customers signed "
                    "long-term agreements.",
                ],
            ),
            ("Looking ahead", ["We expect to sanction the northern expansion next year."]),
        ],
    )
    out += _pair(
        kind,
        41,
        "maple-ridge",
        maple,
        _Story(
            "Maple Ridge lifts dividend as cash flow rises 9%",
            [
                "Maple Ridge Pipelines said distributable cash flow rose 9% to C$2.1 billion "
                "last year, and it will raise its quarterly dividend by 3%, according to its @@.",
                "Chief executives across the sector have been pressing Ottawa for faster permits.",
            ],
            "letter to shareholders",
        ),
        _Story(
            "Maple Ridge spends C$2.1bn on growth projects",
            [
                "Maple Ridge Pipelines said it invested C$2.1 billion in growth projects last "
                "year, and it will raise its quarterly dividend by 3%, according to its @@.",
                "Chief executives across the sector have been pressing Ottawa for faster permits.",
            ],
            "letter to shareholders",
        ),
    )

    ecb = _long(
        "Monetary policy statement - press conference, 10 December 2026",
        [
            (
                "Decisions",
                [
                    "The Governing Council today decided to keep the three key ECB interest "
                    "rates unchanged. The deposit facility rate stays at 2.00%, the main "
                    "refinancing operations rate at 2.15% and the marginal lending facility "
                    "rate at 2.40%.",
                ],
            ),
            (
                "Inflation",
                [
                    "In the latest Eurosystem staff projections, headline inflation averages "
                    "2.1% in 2026, 1.8% in 2027 and 2.0% in 2028.",
                    "Inflation excluding energy and food is projected to average 2.4% in 2026 "
                    "and 1.9% in 2027.",
                ],
            ),
            (
                "Economic activity",
                [
                    "Staff see economic growth of 0.9% in 2026, 1.2% in 2027 and 1.4% in 2028.",
                    "The unemployment rate was 6.3% in October.",
                ],
            ),
            ("Risk assessment", ["Risks to growth remain tilted to the downside."]),
        ],
    )
    out += _pair(
        kind,
        42,
        "ecb-statement",
        ecb,
        _Story(
            "ECB holds rates, sees inflation below target in 2027",
            [
                "The European Central Bank held its deposit rate at 2% on Thursday, and its "
                "staff expect inflation to average 1.8% in 2027, the bank said in its @@.",
                "Policymakers signalled no hurry to move in either direction.",
            ],
            "monetary policy statement",
        ),
        _Story(
            "ECB holds rates, sees inflation on target in 2027",
            [
                "The European Central Bank held its deposit rate at 2% on Thursday, and its "
                "staff expect inflation to average 2.0% in 2027, the bank said in its @@.",
                "Policymakers signalled no hurry to move in either direction.",
            ],
            "monetary policy statement",
        ),
    )

    deccan = _long(
        "Deccan Steel Ltd - Q4 and FY26 earnings conference call transcript",
        [
            (
                "Opening remarks",
                [
                    "Consolidated revenue from operations for FY26 was ₹1,42,310 crore, up 6% "
                    "year on year, on record deliveries.",
                    "Crude steel production was 19.5 million tonnes, also up 6%.",
                ],
            ),
            (
                "Profitability",
                [
                    "EBITDA for the year stood at ₹21,880 crore, with EBITDA per tonne of ₹11,240.",
                    "Our workforce, including contract staff at the new plant, is now 11,240 "
                    "people in the steel business alone.",
                ],
            ),
            (
                "Balance sheet",
                [
                    "Net debt fell by ₹6,000 crore during the year to ₹78,400 crore.",
                    "Capital expenditure guidance for FY27 is ₹18,000 crore.",
                ],
            ),
            ("Question and answer session", ["Operator: the first question is on pricing."]),
        ],
    )
    out += _pair(
        kind,
        43,
        "deccan-call",
        deccan,
        _Story(
            "Deccan Steel revenue rises to ₹1.42 lakh crore",
            [
                "Deccan Steel's revenue rose 6% to ₹1.42 lakh crore in FY26, while EBITDA per "
                "tonne was ₹11,240, according to the @@.",
                "Executives said cheap imports remained a concern for domestic mills.",
            ],
            "earnings call transcript",
        ),
        _Story(
            "Deccan Steel revenue rises to ₹1.42 lakh crore",
            [
                "Deccan Steel's revenue rose 6% to ₹1.42 lakh crore in FY26, while EBITDA per "
                "tonne was ₹21,880, according to the @@.",
                "Executives said cheap imports remained a concern for domestic mills.",
            ],
            "earnings call transcript",
        ),
    )

    saudi = _long(
        "Ministry of Finance - Budget Statement, Fiscal Year 2027",
        [
            (
                "Overview",
                [
                    "Total expenditure in 2027 is estimated at SAR 1,285 billion and total "
                    "revenue at SAR 1,147 billion, leaving a deficit of SAR 138 billion, or "
                    "3.1% of GDP.",
                    "Non-oil revenue is projected to rise 3.1% on the preliminary outcome for "
                    "2026.",
                ],
            ),
            (
                "Preliminary results for 2026",
                [
                    "The deficit for 2026 is estimated at SAR 214 billion, or 4.9% of GDP, "
                    "reflecting lower oil prices.",
                    "Non-oil activities are expected to have grown 5.3% in 2026.",
                ],
            ),
            (
                "Public debt",
                [
                    "Public debt is projected to reach SAR 1,460 billion by the end of 2027, "
                    "or 32.8% of GDP.",
                ],
            ),
            ("Medium-term outlook", ["The government will continue to prioritise spending."]),
        ],
    )
    out += _pair(
        kind,
        44,
        "saudi-budget",
        saudi,
        _Story(
            "Saudi Arabia forecasts SAR 138bn budget deficit in 2027",
            [
                "Saudi Arabia expects a budget deficit of SAR 138 billion in 2027, or 3.1% of "
                "GDP, according to the finance ministry's @@.",
                "Officials said spending on giga-projects would be reprioritised.",
            ],
            "budget statement",
        ),
        _Story(
            "Saudi Arabia forecasts smaller budget deficit in 2027",
            [
                "Saudi Arabia expects its budget deficit to narrow to 3.1% of GDP in 2027 from "
                "5.3% in 2026, according to the finance ministry's @@.",
                "Officials said spending on giga-projects would be reprioritised.",
            ],
            "budget statement",
        ),
    )
    return out


# --------------------------------------------------------------------------------------------
# Notation: the same figure written another way (and a scale or currency slip).
# --------------------------------------------------------------------------------------------


def _notation() -> list[Case]:
    kind = "notation"
    out: list[Case] = []

    vantage = _html(
        "<h1>Vantage Health to Acquire Corrigan Diagnostics for $47.50 Per Share in Cash</h1>"
        "<p>Transaction valued at approximately $6,750,000,000, including the assumption of "
        "Corrigan's net debt; the price represents a 27% premium to Corrigan's 30-day "
        "volume-weighted average price.</p>"
        "<p>Expected to close in the second half of 2027, subject to regulatory approvals and "
        "approval by Corrigan shareholders.</p>",
        "Vantage Health - News release",
    )
    out += _pair(
        kind,
        51,
        "vantage-deal",
        vantage,
        _Story(
            "Vantage to buy Corrigan in $6.75bn deal",
            [
                "Vantage Health agreed to buy Corrigan Diagnostics for $47.50 a share in cash, "
                "in a deal worth about $6.75 billion including debt, @@ said.",
                "Antitrust lawyers said the review could take many months.",
            ],
            "the companies",
        ),
        _Story(
            "Vantage to buy Corrigan in $675m deal",
            [
                "Vantage Health agreed to buy Corrigan Diagnostics for $47.50 a share in cash, "
                "in a deal worth about $675 million including debt, @@ said.",
                "Antitrust lawyers said the review could take many months.",
            ],
            "the companies",
        ),
    )

    tokai = _html(
        "<h1>Tokai Trading Corporation — Consolidated results for the year ended March 31, "
        "2026 (IFRS)</h1>"
        "<table><tr><th></th><th>FY2025</th><th>FY2026</th></tr>"
        "<tr><td colspan='3'>(Millions of yen, except per-share amounts)</td></tr>"
        "<tr><td>Revenues</td><td>17,655,020</td><td>18,402,117</td></tr>"
        "<tr><td>Profit attributable to owners of the parent</td><td>1,102,406</td>"
        "<td>1,245,812</td></tr>"
        "<tr><td>Basic earnings per share (yen)</td><td>362.90</td><td>412.36</td></tr>"
        "</table>",
        "Tokai Trading - Results",
    )
    out += _pair(
        kind,
        52,
        "tokai-results",
        tokai,
        _Story(
            "Tokai Trading's profit climbs to ¥1.25tn",
            [
                "Tokai Trading's net profit rose to ¥1.25 trillion, or ¥412.36 a share, in the "
                "year to March, @@ show.",
                "The trading house credited its energy and metals businesses.",
            ],
            "its results",
        ),
        _Story(
            "Tokai Trading's profit climbs to ¥1.25bn",
            [
                "Tokai Trading's net profit rose to ¥1.25 billion, or ¥412.36 a share, in the "
                "year to March, @@ show.",
                "The trading house credited its energy and metals businesses.",
            ],
            "its results",
        ),
    )

    boe = _html(
        "<h1>Bank Rate reduced to 4% - November 2026</h1>"
        "<p>The Bank of England's Monetary Policy Committee voted by a majority of 5–4 to "
        "reduce Bank Rate by 0.25 percentage points, to 4%. Four members voted to maintain "
        "Bank Rate at 4.25%.</p>"
        "<p>Monetary Policy Summary, November 2026.</p>",
        "Bank of England",
    )
    out += _pair(
        kind,
        53,
        "boe-cut",
        boe,
        _Story(
            "Bank of England cuts rates to 4 per cent in split vote",
            [
                "The Bank of England cut interest rates by 25 basis points to 4 per cent, with "
                "five of the nine policymakers backing the move, @@ shows.",
                "Mortgage brokers said lenders were likely to trim fixed rates.",
            ],
            "the MPC's summary",
        ),
        _Story(
            "Bank of England cuts rates to 3.75 per cent in split vote",
            [
                "The Bank of England cut interest rates by 25 basis points to 3.75 per cent, "
                "with five of the nine policymakers backing the move, @@ shows.",
                "Mortgage brokers said lenders were likely to trim fixed rates.",
            ],
            "the MPC's summary",
        ),
    )

    mzansi = _html(
        "<h1>Mzansi Retail Holdings — Audited results for the year to 31 August 2026</h1>"
        "<figure><img src='/img/heps-chart.png' alt='Bar chart of headline earnings'>"
        "<figcaption>Headline earnings rose 12% to R1 236 million (2025: R1 104 million); "
        "HEPS 498,6 cents</figcaption></figure>"
        "<p>Download the full results booklet for segment information.</p>",
        "Mzansi Retail - Results",
    )
    out += _pair(
        kind,
        54,
        "mzansi-heps",
        mzansi,
        _Story(
            "Mzansi Retail profit climbs 12%",
            [
                "Mzansi Retail's headline earnings rose 12% to R1.24bn in the year to August, "
                "@@ shows.",
                "The grocer said shoppers were trading down to its own-label ranges.",
            ],
            "its results presentation",
        ),
        _Story(
            "Mzansi Retail profit climbs 12%",
            [
                "Mzansi Retail's headline earnings rose 12% to $1.24bn in the year to August, "
                "@@ shows.",
                "The grocer said shoppers were trading down to its own-label ranges.",
            ],
            "its results presentation",
        ),
    )
    return out


# --------------------------------------------------------------------------------------------
# Rounding: rounded and hedged figures that hold, and ones that go too far.
# --------------------------------------------------------------------------------------------


def _rounding() -> list[Case]:
    kind = "rounding"
    out: list[Case] = []

    straits = _html(
        "<h1>Straits Harbour Bank — 3Q26 key indicators</h1>"
        "<dl>"
        "<dt>Net interest margin</dt><dd>2.146% (2Q26: 2.188%)</dd>"
        "<dt>Net profit</dt><dd>S$1,612m (2Q26: S$1,574m)</dd>"
        "<dt>Return on equity</dt><dd>15.8%</dd>"
        "<dt>Common Equity Tier 1 ratio</dt><dd>14.9%</dd>"
        "<dt>Non-performing loan ratio</dt><dd>1.1%</dd>"
        "</dl>",
        "Straits Harbour Bank - Investor relations",
    )
    out += _pair(
        kind,
        61,
        "straits-nim",
        straits,
        _Story(
            "Straits Harbour's quarterly profit tops S$1.6bn",
            [
                "Straits Harbour Bank's net interest margin narrowed to 2.15%, and quarterly "
                "net profit was S$1.61 billion, @@ shows.",
                "Singapore's banks have been squeezed as interest rates fall.",
            ],
            "its third-quarter indicators",
        ),
        _Story(
            "Straits Harbour's quarterly profit tops S$1.6bn",
            [
                "Straits Harbour Bank's net interest margin narrowed to 2.2%, and quarterly "
                "net profit was S$1.61 billion, @@ shows.",
                "Singapore's banks have been squeezed as interest rates fall.",
            ],
            "its third-quarter indicators",
        ),
    )

    konkan = _html(
        "<h1>Konkan Motors Ltd: Financial results for Q2 FY27</h1>"
        "<p>Mumbai, 12 November 2026 — Revenue from operations was ₹48,736.4 crore in the "
        "quarter ended 30 September 2026, up 11.2% year on year. Net profit was ₹3,912.7 "
        "crore.</p><p>EBITDA margin 13.4%.</p>",
        "Konkan Motors - Press release",
    )
    out += _pair(
        kind,
        62,
        "konkan-q2",
        konkan,
        _Story(
            "Konkan Motors revenue up 11.2%",
            [
                "Konkan Motors' revenue rose 11.2% to ₹48,736 crore in the September quarter, "
                "and net profit was about ₹3,900 crore, @@ shows.",
                "Dealers said festive-season bookings had been strong.",
            ],
            "its results release",
        ),
        _Story(
            "Konkan Motors revenue up 11.2%",
            [
                "Konkan Motors' revenue rose 11.2% to more than ₹49,000 crore in the September "
                "quarter, @@ shows.",
                "Dealers said festive-season bookings had been strong.",
            ],
            "its results release",
        ),
    )

    canada = _html(
        "<h1>Fall Economic Statement 2026: fiscal outlook</h1>"
        "<p>Ottawa — The deficit is projected at $61.9 billion in 2025–26, or 1.9 per cent of "
        "GDP, declining to $49.6 billion by 2027–28.</p>"
        "<p>The federal debt-to-GDP ratio is expected to decline over the forecast horizon.</p>",
        "Department of Finance Canada",
    )
    out += _pair(
        kind,
        63,
        "canada-deficit",
        canada,
        _Story(
            "Ottawa sees deficit of nearly C$62bn",
            [
                "Canada's federal government expects a deficit of nearly C$62 billion in "
                "2025-26, just under 2% of GDP, according to @@.",
                "Opposition parties said the plan lacked a path to balance.",
            ],
            "the fiscal update",
        ),
        _Story(
            "Ottawa sees deficit of more than C$62bn",
            [
                "Canada's federal government expects a deficit of more than C$62 billion in "
                "2025-26, according to @@.",
                "Opposition parties said the plan lacked a path to balance.",
            ],
            "the fiscal update",
        ),
    )

    ptax = _html(
        "<h1>Taxas de câmbio — fechamento PTAX</h1>"
        "<p>03/12/2026 — Dólar dos Estados Unidos (USD): compra 5,4365; venda 5,4371</p>"
        "<p>Euro (EUR): compra 5,8911; venda 5,8934</p>",
        "Banco Central do Brasil - Cotações",
    )
    out += _pair(
        kind,
        64,
        "brl-ptax",
        ptax,
        _Story(
            "Real weakens to 5.44 per dollar",
            [
                "Brazil's real closed at 5.44 per dollar on Thursday, according to the central "
                "bank's @@.",
                "Traders blamed worries about public spending ahead of the election year.",
            ],
            "PTAX rate",
        ),
        _Story(
            "Real weakens to 5.5 per dollar",
            [
                "Brazil's real closed at 5.5 per dollar on Thursday, according to the central "
                "bank's @@.",
                "Traders blamed worries about public spending ahead of the election year.",
            ],
            "PTAX rate",
        ),
    )
    return out


# --------------------------------------------------------------------------------------------
# Other subject: the figure is the source's, but about another row, segment or rate.
# --------------------------------------------------------------------------------------------


def _other_subject() -> list[Case]:
    kind = "other subject"
    out: list[Case] = []

    northbeam = _html(
        "<h1>Northbeam Software reports third-quarter results</h1>"
        "<table><caption>Revenue by segment ($ millions)</caption>"
        "<tr><th>Segment</th><th>Q3 2026</th><th>Change y/y</th></tr>"
        "<tr><td>Cloud services</td><td>4,812</td><td>24%</td></tr>"
        "<tr><td>Advertising</td><td>2,390</td><td>31%</td></tr>"
        "<tr><td>Devices</td><td>1,106</td><td>(8)%</td></tr>"
        "<tr><td><b>Total revenue</b></td><td><b>8,308</b></td><td><b>20%</b></td></tr>"
        "</table>",
        "Northbeam Software - Investor relations",
    )
    out += _pair(
        kind,
        71,
        "northbeam-segments",
        northbeam,
        _Story(
            "Northbeam cloud sales jump 24%",
            [
                "Northbeam Software's cloud revenue rose 24% to $4.81bn in the quarter, lifting "
                "total sales 20% to $8.31bn, @@ shows.",
                "The shares rose in after-hours trading.",
            ],
            "its earnings release",
        ),
        _Story(
            "Northbeam cloud sales jump 31%",
            [
                "Northbeam Software's cloud revenue rose 31% to $4.81bn in the quarter, @@ shows.",
                "The shares rose in after-hours trading.",
            ],
            "its earnings release",
        ),
    )

    rba = _html(
        "<h1>Statement by the Reserve Bank Board: Monetary Policy Decision</h1>"
        "<p>At its meeting today, the Board decided to lower the cash rate target by 25 basis "
        "points to 3.60 per cent. It also decided to lower the interest rate paid on Exchange "
        "Settlement balances by 25 basis points to 3.50 per cent.</p>"
        "<p>The Board will continue to pay close attention to the outlook for inflation.</p>",
        "Reserve Bank of Australia - Media release",
    )
    out += _pair(
        kind,
        72,
        "rba-cut",
        rba,
        _Story(
            "RBA trims cash rate to 3.60 per cent",
            [
                "The Reserve Bank of Australia cut its cash rate target by 25 basis points to "
                "3.60 per cent on Tuesday, @@ shows.",
                "The big four banks are expected to pass the cut on to mortgage holders.",
            ],
            "the board's statement",
        ),
        _Story(
            "RBA trims cash rate to 3.50 per cent",
            [
                "The Reserve Bank of Australia cut its cash rate target by 25 basis points to "
                "3.50 per cent on Tuesday, @@ shows.",
                "The major banks are expected to pass the cut on to mortgage holders.",
            ],
            "the board's statement",
        ),
    )

    uae = _html(
        "<h1>UAE economy grows in the first half of 2026</h1>"
        "<p>Abu Dhabi — Real GDP grew 3.9% in the first half of 2026 compared with the same "
        "period of 2025, reaching AED 902 billion at constant prices. Non-oil GDP grew 5.3% and "
        "accounted for 75.5% of total GDP, while oil GDP grew 1.4%.</p>"
        "<p>Federal Competitiveness and Statistics Centre.</p>",
        "FCSC - News",
    )
    out += _pair(
        kind,
        73,
        "uae-gdp",
        uae,
        _Story(
            "UAE non-oil economy grows 5.3%",
            [
                "The UAE's non-oil economy grew 5.3% in the first half, while overall GDP rose "
                "3.9%, @@ shows.",
                "Tourism, property and financial services drove the expansion.",
            ],
            "official data",
        ),
        _Story(
            "UAE economy grows 5.3%",
            [
                "The UAE's economy grew 5.3% in the first half, @@ shows, with non-oil "
                "activity accounting for about three-quarters of output.",
                "Tourism, property and financial services drove the expansion.",
            ],
            "official data",
        ),
    )

    sebi = _html(
        "<h1>SEBI imposes penalties in the matter of Sahyadri Capital Markets Ltd</h1>"
        "<p>Mumbai — The Securities and Exchange Board of India has imposed a penalty of ₹7 "
        "crore on Sahyadri Capital Markets Ltd and ₹2.5 crore on its managing director for "
        "misuse of client funds. The company's compliance officer was fined ₹25 lakh.</p>"
        "<p>The penalties are to be paid within 45 days of the order.</p>",
        "SEBI - Press release",
    )
    out += _pair(
        kind,
        74,
        "sebi-fine",
        sebi,
        _Story(
            "SEBI fines Sahyadri Capital ₹7 crore",
            [
                "The Securities and Exchange Board of India fined Sahyadri Capital Markets ₹7 "
                "crore and its managing director ₹2.5 crore, @@ shows.",
                "The broker can appeal against the order.",
            ],
            "the regulator's order",
        ),
        _Story(
            "SEBI fines Sahyadri Capital ₹2.5 crore",
            [
                "The Securities and Exchange Board of India fined Sahyadri Capital Markets ₹2.5 "
                "crore, @@ shows, and also penalised its compliance officer.",
                "The broker can appeal against the order.",
            ],
            "the regulator's order",
        ),
    )
    return out


# --------------------------------------------------------------------------------------------
# Two periods: the source has this period and another; the article must take the right one.
# --------------------------------------------------------------------------------------------


def _two_periods() -> list[Case]:
    kind = "two periods"
    out: list[Case] = []

    sakura = _html(
        "<h1>Notice regarding revision of full-year consolidated earnings forecast</h1>"
        "<p>Sakura Heavy Industries, Ltd. (TSE Prime Market)</p>"
        "<table><caption>Fiscal year ending March 31, 2027 (billions of yen)</caption>"
        "<tr><th></th><th>Revenue</th><th>Operating profit</th><th>Net profit</th></tr>"
        "<tr><td>Previous forecast (A)</td><td>5,200.0</td><td>500.0</td><td>340.0</td></tr>"
        "<tr><td>Revised forecast (B)</td><td>5,350.0</td><td>540.0</td><td>372.0</td></tr>"
        "<tr><td>Change (B-A)</td><td>150.0</td><td>40.0</td><td>32.0</td></tr>"
        "<tr><td>Change (%)</td><td>2.9</td><td>8.0</td><td>9.4</td></tr>"
        "<tr><td>(Reference) FY2025 results</td><td>5,012.7</td><td>468.3</td><td>311.5</td></tr>"
        "</table>",
        "Sakura Heavy Industries - Timely disclosure",
    )
    out += _pair(
        kind,
        81,
        "sakura-forecast",
        sakura,
        _Story(
            "Sakura Heavy raises profit outlook to ¥540bn",
            [
                "Sakura Heavy Industries raised its full-year operating profit forecast to ¥540 "
                "billion from ¥500 billion, @@ shows.",
                "The company cited strong orders for gas turbines and a weaker yen.",
            ],
            "a filing",
        ),
        _Story(
            "Sakura Heavy sees profit of ¥500bn",
            [
                "Sakura Heavy Industries now expects full-year operating profit of ¥500 billion, "
                "@@ shows, up from ¥468.3 billion last year.",
                "The company cited strong orders for gas turbines and a weaker yen.",
            ],
            "a filing",
        ),
    )

    eurostat = _html(
        "<h1>Government deficit and debt: euro area and EU</h1>"
        "<table><caption>General government deficit (-) / surplus (+), % of GDP</caption>"
        "<tr><th></th><th>2023</th><th>2024</th><th>2025p</th></tr>"
        "<tr><td>Euro area</td><td>-3.6</td><td>-3.1</td><td>-2.9</td></tr>"
        "<tr><td>EU</td><td>-3.5</td><td>-3.2</td><td>-3.0</td></tr>"
        "<tr><td>Germany</td><td>-2.5</td><td>-2.8</td><td>-2.6</td></tr>"
        "<tr><td>Spain</td><td>-3.5</td><td>-3.2</td><td>-2.7</td></tr>"
        "<tr><td>France</td><td>-5.4</td><td>-5.8</td><td>-5.4</td></tr>"
        "<tr><td>Italy</td><td>-7.2</td><td>-3.4</td><td>-3.3</td></tr>"
        "</table><p>p provisional.</p>",
        "Eurostat - News release",
    )
    out += _pair(
        kind,
        82,
        "eurostat-deficit",
        eurostat,
        _Story(
            "Euro area deficit narrows to 2.9% of GDP",
            [
                "The euro area's budget deficit narrowed to 2.9% of GDP in 2025 from 3.1% in "
                "2024, @@ show.",
                "Brussels has urged several governments to do more to cut borrowing.",
            ],
            "Eurostat figures",
        ),
        _Story(
            "Euro area deficit narrows",
            [
                "The euro area's budget deficit narrowed to 3.1% of GDP in 2025, @@ show, "
                "with France's shortfall at 5.4%.",
                "Brussels has urged several governments to do more to cut borrowing.",
            ],
            "Eurostat figures",
        ),
    )

    lion = _html(
        "<h1>Lion City Payments Ltd — 3Q FY2026 business update and guidance revision</h1>"
        "<p>Singapore, 11 November 2026 — Revenue for the third quarter was S$412.8 million, up "
        "16% year on year. The Group raises its FY2026 revenue growth guidance to 12% to 15%, "
        "from 10% to 13% previously.</p>"
        "<p>This announcement is made pursuant to SGX listing rules.</p>",
        "SGXNet announcement",
    )
    out += _pair(
        kind,
        83,
        "lion-city-guidance",
        lion,
        _Story(
            "Lion City Payments lifts growth forecast to as much as 15%",
            [
                "Lion City Payments raised its revenue growth forecast for the year to 12% to "
                "15%, from 10% to 13%, @@ shows.",
                "Cross-border e-commerce volumes drove the upgrade, the company said.",
            ],
            "its SGX filing",
        ),
        _Story(
            "Lion City Payments sees growth of up to 13%",
            [
                "Lion City Payments now expects revenue to grow 10% to 13% this year, @@ "
                "shows, after third-quarter sales rose 16%.",
                "Cross-border e-commerce volumes drove the quarter, the company said.",
            ],
            "its SGX filing",
        ),
    )

    monitor = _html(
        "<h1>The Fiscal Monitor — September 2026</h1>"
        "<p>For April to September 2026, the Government posted a budgetary deficit of $13.4 "
        "billion, compared with a deficit of $21.3 billion reported for the same period of "
        "2025–26. Revenues increased by $9.1 billion, or 4.2 per cent.</p>"
        "<p>In September 2026, there was a budgetary surplus of $2.7 billion, compared to a "
        "deficit of $1.1 billion in September 2025.</p>",
        "Department of Finance Canada - Fiscal Monitor",
    )
    out += _pair(
        kind,
        84,
        "fiscal-monitor",
        monitor,
        _Story(
            "Canada's deficit narrows to C$13.4bn in first half",
            [
                "Canada's federal deficit for the April-to-September period narrowed to C$13.4 "
                "billion from C$21.3 billion a year earlier, @@ shows.",
                "Economists said stronger tax receipts explained most of the improvement.",
            ],
            "the Fiscal Monitor",
        ),
        _Story(
            "Canada runs C$21.3bn deficit in first half",
            [
                "Canada ran a federal deficit of C$21.3 billion in the first six months of the "
                "fiscal year, @@ shows, as revenue rose 4.2%.",
                "Economists said tax receipts had held up well.",
            ],
            "the Fiscal Monitor",
        ),
    )
    return out


# --------------------------------------------------------------------------------------------
# Spelled out: shares, counts and moves written as words.
# --------------------------------------------------------------------------------------------


def _spelled_out() -> list[Case]:
    kind = "spelled out"
    out: list[Case] = []

    season = _html(
        "<h1>Earnings Insight: S&amp;P 500, Q3 2026</h1>"
        "<p>Of the 412 S&amp;P 500 companies that have reported third-quarter results to date, "
        "68% have reported actual EPS above the mean estimate and 57% have reported revenue "
        "above the mean estimate.</p>"
        "<p>The blended earnings growth rate for the index is 7.9%.</p>",
        "Earnings Insight",
    )
    out += _pair(
        kind,
        91,
        "sp500-beats",
        season,
        _Story(
            "Two-thirds of US companies beat profit forecasts",
            [
                "More than two-thirds of the S&amp;P 500 companies that have reported so far "
                "beat analysts' profit estimates, and more than half beat sales forecasts, @@ "
                "shows.",
                "Strategists said the bar had been set low going into the season.",
            ],
            "a research note",
        ),
        _Story(
            "Three in four US companies beat profit forecasts",
            [
                "Three in four of the S&amp;P 500 companies that have reported so far beat "
                "analysts' profit estimates, @@ shows.",
                "Strategists said the bar had been set low going into the season.",
            ],
            "a research note",
        ),
    )

    asic = _html(
        "<h1>Insolvency statistics: companies entering external administration</h1>"
        "<table><caption>By industry, 2025–26 financial year (number of companies)</caption>"
        "<tr><th>Industry</th><th>Companies</th><th>Share (%)</th></tr>"
        "<tr><td>Construction</td><td>3,104</td><td>27.6</td></tr>"
        "<tr><td>Accommodation and food services</td><td>1,628</td><td>14.5</td></tr>"
        "<tr><td>Retail trade</td><td>912</td><td>8.1</td></tr>"
        "<tr><td>All other industries</td><td>5,601</td><td>49.8</td></tr>"
        "<tr><td>Total</td><td>11,245</td><td>100.0</td></tr>"
        "</table>",
        "ASIC - Insolvency statistics",
    )
    out += _pair(
        kind,
        92,
        "asic-construction",
        asic,
        _Story(
            "Builders lead Australia's corporate collapses",
            [
                "Construction companies made up more than a quarter of the businesses that "
                "entered external administration in 2025-26, @@ show.",
                "Industry groups blamed fixed-price contracts and rising material costs.",
            ],
            "ASIC figures",
        ),
        _Story(
            "Builders lead Australia's corporate collapses",
            [
                "Construction companies made up more than a third of the businesses that "
                "entered external administration in 2025-26, @@ show.",
                "Industry groups blamed fixed-price contracts and rising material costs.",
            ],
            "ASIC figures",
        ),
    )

    boc = _html(
        "<h1>Bank of Canada reduces policy rate by 25 basis points to 2¼%</h1>"
        "<p>Ottawa, Ontario, 28 October 2026 — The Bank of Canada today reduced its target for "
        "the overnight rate to 2¼%, with the Bank Rate at 2½% and the deposit rate at "
        "2.20%.</p>"
        "<p>The next scheduled date for announcing the overnight rate target is in December.</p>",
        "Bank of Canada - Press release",
    )
    out += _pair(
        kind,
        93,
        "boc-cut",
        boc,
        _Story(
            "Bank of Canada trims rate by a quarter-point",
            [
                "The Bank of Canada cut its key overnight rate by a quarter of a percentage "
                "point to 2.25% on Wednesday, @@ shows.",
                "Economists said the bank was likely to pause for now.",
            ],
            "its rate announcement",
        ),
        _Story(
            "Bank of Canada cuts rate by half a point",
            [
                "The Bank of Canada cut its key overnight rate by half a percentage point to "
                "2.25% on Wednesday, @@ shows.",
                "Economists said the bank was likely to pause for now.",
            ],
            "its rate announcement",
        ),
    )

    boj = _html(
        "<h1>Statement on Monetary Policy</h1>"
        "<p>At the Monetary Policy Meeting held today, the Policy Board of the Bank of Japan "
        "decided, by an 8-1 majority vote, to raise the uncollateralized overnight call rate "
        "to around 0.75 percent, from around 0.5 percent.</p>"
        "<p>The change will be effective from the next business day.</p>",
        "Bank of Japan",
    )
    out += _pair(
        kind,
        94,
        "boj-hike",
        boj,
        _Story(
            "BoJ lifts rates to 0.75% in split vote",
            [
                "Eight of the nine members of the Bank of Japan's policy board voted to raise "
                "its short-term rate to around 0.75%, @@ shows.",
                "The yen strengthened after the announcement.",
            ],
            "the bank's statement",
        ),
        _Story(
            "BoJ lifts rates to 0.75% in split vote",
            [
                "Seven of the nine members of the Bank of Japan's policy board voted to raise "
                "its short-term rate to around 0.75%, @@ shows.",
                "The yen strengthened after the announcement.",
            ],
            "the bank's statement",
        ),
    )
    return out


# --------------------------------------------------------------------------------------------
# Figure absent: the article's figure is nowhere in the source (planted only).
# --------------------------------------------------------------------------------------------


def _figure_absent() -> list[Case]:
    kind = "figure absent"
    out: list[Case] = []

    harbor = _html(
        "<h1>Harbor Lane Retail reports third-quarter fiscal 2026 results</h1>"
        "<p>Net sales were $3.62 billion; comparable sales increased 4.1%. Diluted earnings "
        "per share were $1.23, compared with $1.09 a year ago.</p>"
        "<p>The company reaffirmed its full-year outlook.</p>",
        "Harbor Lane Retail - Investor news",
    )
    out.append(
        _single(
            kind,
            101,
            "harbor-lane-fcf",
            harbor,
            _Story(
                "Harbor Lane earns $1.23 a share",
                [
                    "Harbor Lane Retail earned $1.23 a share in the third quarter and generated "
                    "free cash flow of $410 million, @@ shows.",
                    "The retailer said holiday traffic had started well.",
                ],
                "its results",
            ),
            planted=True,
        )
    )

    rbi = _html(
        "<h1>Monetary Policy Statement, 2026-27: Resolution of the Monetary Policy "
        "Committee</h1>"
        "<p>On the basis of an assessment of the current and evolving macroeconomic situation, "
        "the MPC decided to reduce the policy repo rate by 25 basis points to 5.25 per cent. "
        "The standing deposit facility rate stands adjusted to 5.00 per cent and the marginal "
        "standing facility rate and the Bank Rate to 5.50 per cent.</p>"
        "<p>Reserve Bank of India, Mumbai.</p>",
        "RBI - Press release",
    )
    out.append(
        _single(
            kind,
            102,
            "rbi-crr",
            rbi,
            _Story(
                "RBI cuts repo rate to 5.25%, lowers CRR",
                [
                    "The Reserve Bank of India cut its repo rate by 25 basis points to 5.25% and "
                    "lowered the cash reserve ratio to 3%, @@ shows.",
                    "Bankers said the move would free up funds for lending.",
                ],
                "the policy resolution",
            ),
            planted=True,
        )
    )

    cavendish = _html(
        "<h1>Recommended cash acquisition of Cavendish Brands plc by Meridian Capital "
        "Partners</h1>"
        "<p>Announcement pursuant to Rule 2.7 of the Takeover Code. Cavendish shareholders will "
        "be entitled to receive 412 pence in cash for each Cavendish share, valuing the entire "
        "issued share capital of Cavendish at approximately £1.86 billion.</p>"
        "<p>The Cavendish directors intend unanimously to recommend the offer.</p>",
        "RNS announcement",
    )
    out.append(
        _single(
            kind,
            103,
            "cavendish-premium",
            cavendish,
            _Story(
                "Meridian agrees £1.86bn takeover of Cavendish Brands",
                [
                    "Private equity firm Meridian Capital agreed to buy Cavendish Brands for "
                    "412p a share, a 29% premium to Friday's closing price, @@ shows.",
                    "The deal is the latest in a string of buyouts of London-listed companies.",
                ],
                "a stock exchange announcement",
            ),
            planted=True,
        )
    )

    sunfield = _html(
        "<h1>Sunfield Airlines files voluntary Chapter 11 petitions to facilitate "
        "restructuring</h1>"
        "<p>Sunfield Airlines today filed voluntary petitions for relief under Chapter 11 of "
        "the U.S. Bankruptcy Code. The company has secured a commitment for $600 million in "
        "debtor-in-possession financing.</p>"
        "<p>Flights continue to operate as scheduled.</p>",
        "Sunfield Airlines - Newsroom",
    )
    out.append(
        _single(
            kind,
            104,
            "sunfield-ch11",
            sunfield,
            _Story(
                "Sunfield Airlines files for bankruptcy",
                [
                    "Sunfield Airlines filed for Chapter 11 bankruptcy protection with "
                    "liabilities of $3.4 billion, @@ shows, and has lined up $600 million of "
                    "debtor-in-possession financing.",
                    "The carrier said flights would continue as normal.",
                ],
                "a company statement",
            ),
            planted=True,
        )
    )
    return out


# --------------------------------------------------------------------------------------------
# Unreadable: nothing can be confirmed, so these must escalate by default.
# --------------------------------------------------------------------------------------------


def _unreadable() -> list[Case]:
    kind = "unreadable"
    out: list[Case] = []

    def add(topic: int, slug: str, source: Source, story: _Story) -> None:
        out.append(_single(kind, topic, slug, source, story, planted=False, readable=False))

    locked = make_pdf(
        [
            ["Gulf Petrochem Company - Annual Report 2026"],
            ["Foreword", "A record year for our downstream business."],
            ["Key results", "Net profit SAR 4.2 billion, up 8%."],
            ["Outlook", "Capacity additions continue."],
            ["Governance", "Board composition."],
        ],
        password="gpc-2026",
    )
    add(
        111,
        "gulf-petrochem-locked",
        Source("application/pdf", locked),
        _Story(
            "Gulf Petrochem profit rises 8% to SAR 4.2bn",
            [
                "Gulf Petrochem's net profit rose 8% to SAR 4.2 billion last year, its @@ shows.",
            ],
            "annual report",
        ),
    )
    add(
        112,
        "karoo-scanned",
        Source("application/pdf", blank_pdf(3)),
        _Story(
            "Karoo Mining swings to R2.1bn interim profit",
            [
                "Karoo Mining reported a headline profit of R2.1 billion for the six months to "
                "June, and an interim dividend of 310 cents a share, its @@ shows.",
            ],
            "interim report",
        ),
    )
    add(
        113,
        "mas-404-text",
        Source("text/plain; charset=utf-8", b"404 Not Found\n", 404),
        _Story(
            "MAS keeps currency policy on hold",
            [
                "The Monetary Authority of Singapore left the slope of its currency band "
                "unchanged, @@ shows, after core inflation eased to 1.2%.",
            ],
            "its policy statement",
        ),
    )
    add(
        114,
        "copom-404-html",
        Source(
            "text/html; charset=utf-8",
            b"<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1>"
            b"<p>The page you requested has moved or no longer exists.</p></body></html>",
            404,
        ),
        _Story(
            "Brazil holds Selic at 15%",
            [
                "Brazil's central bank kept its benchmark Selic rate at 15% for a fourth "
                "straight meeting, @@ shows.",
            ],
            "the Copom statement",
        ),
    )
    add(
        115,
        "asx-500-text",
        Source("text/plain; charset=utf-8", b"500 Internal Server Error\n", 500),
        _Story(
            "Outback Lithium raises A$350m in placement",
            [
                "Outback Lithium raised A$350 million in a share placement priced at A$1.42, "
                "a 9.6% discount to its last close, @@ shows.",
            ],
            "an ASX announcement",
        ),
    )
    add(
        116,
        "osc-500-html",
        Source(
            "text/html; charset=utf-8",
            b"<html><head><title>500 Internal Server Error</title></head><body>"
            b"<h1>Internal Server Error</h1><p>The server encountered an unexpected condition."
            b"</p></body></html>",
            500,
        ),
        _Story(
            "Ontario regulator fines dealer C$3.5m",
            [
                "The Ontario Securities Commission fined Lakeshore Wealth C$3.5 million over "
                "unsuitable sales of structured notes, @@ shows.",
            ],
            "the commission's decision",
        ),
    )
    add(
        117,
        "fca-empty",
        Source("text/html; charset=utf-8", b""),
        _Story(
            "FCA fines Albion Bank £42m",
            [
                "The Financial Conduct Authority fined Albion Bank £42 million for failings in "
                "its anti-money-laundering controls, @@ shows.",
            ],
            "the regulator's final notice",
        ),
    )
    wall = (
        b"<html><head><title>Subscribe</title></head><body><div class='wall'>"
        b"<h2>You have reached your article limit</h2>"
        b"<p>Subscribe to continue reading unlimited stories, market data and analysis.</p>"
        b"<p><a href='/subscribe'>See subscription options</a> | <a href='/login'>Sign in</a>"
        b"</p></div></body></html>"
    )
    add(
        118,
        "ipo-paywall",
        Source("text/html; charset=utf-8", wall),
        _Story(
            "Indus Power's IPO raises ₹4,200 crore",
            [
                "Indus Power raised ₹4,200 crore in its initial public offering, which was "
                "subscribed 46 times, @@ reported.",
            ],
            "a financial daily",
        ),
    )
    add(
        119,
        "treasury-png",
        Source("image/png", _png()),
        _Story(
            "US deficit hits $173bn in November",
            [
                "The US government ran a budget deficit of $173 billion in November, the "
                "Treasury's @@ shows.",
            ],
            "monthly statement",
        ),
    )
    return out


def blind15_cases() -> list[Case]:
    """The fifteenth blind set: money and business sources worldwide."""
    return [
        *_press_releases(),
        *_html_tables(),
        *_pdf_reports(),
        *_texts(),
        *_long_pages(),
        *_notation(),
        *_rounding(),
        *_other_subject(),
        *_two_periods(),
        *_spelled_out(),
        *_figure_absent(),
        *_unreadable(),
    ]
