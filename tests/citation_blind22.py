"""The twenty-second blind held-out set: energy, environment, agriculture and science figures.

Written from the product's spec alone (the issue text and the Case/Source shapes), without the
checker's code or any other set's cases. Institutions are real, every figure is invented.

Sources come from national energy regulators and grid operators (Ofgem, the National Energy
System Operator, ERCOT, AEMO, the Bundesnetzagentur and its SMARD platform, RTE in French,
India's Central Electricity Authority in "BU", the EIA's API in "thousand megawatthours",
DESNZ), environment agencies (the EPA's inventory and AQI tables, the EEA, Defra and the
Environment Agency on bathing waters, rivers, reservoirs and recycling, Environment and
Climate Change Canada in "Mt CO2 eq"), agriculture ministries and boards (USDA NASS crop and
cattle reports in bushels and "1,000 bushels", Quick Stats CSV, AHDB, ABARES, Conab in
Portuguese with "milhões de toneladas", Statistics Canada tables with "x" and ".."), weather
services (the Met Office, the Bureau of Meteorology, NOAA's outlooks, NHC season summaries and
climate reports, the Japan Meteorological Agency's Atom feed) and science agencies (NASA's
budget and sea-ice pages, the UK Space Agency, ESA).

Kinds of source: three-line HTML releases, a <dl> of key figures, <figcaption>s, HTML tables
(merged header cells, units in the caption or a units row, totals rows, footnote markers,
"n/a", "–", "..", "x" and "(NA)" cells, one transposed), multi-page PDF reports (figure on a
later page or only on a table page), CSV as text/csv and as text/plain under a title line,
plain-text bulletins, JSON API answers, RSS and Atom feeds, and long pages (2,000+ words) where
the article's number also appears about something else. Articles are news pages of three to
eight paragraphs with site menus, bylines, datelines, photo captions, "Related" boxes,
<div>-wrapped paragraphs, newsletter boxes and "Read more" links; the citation link names the
source, or is a bare "said"/"according to", or sits in the sentence after the figure.

Planted errors: another value, a scale misread (million for billion, "16.95m" for "169,5
milhões"), a figure the source gives only for another region, gas, crop or period, a figure the
source lacks, another unit or currency (square miles for square kilometres, gigawatts for TWh,
euros for pounds, a wrong Fahrenheit conversion), a sign flipped, a hedge the source does not
bear out ("more than 14 million" for 13.96, "nearly 13 GW" for 12,174 MW), a spelled share or
count that is wrong ("one in four", "twelve"), rounding too far. Clean cases are supported as a
careful copy editor would accept: rounding and hedges, "per cent", "£58.6m", "7.8
terawatt-hours" for 7,842 GWh, "2.63 billion bushels" for 2,631,600 thousand, spelled shares.

Nobody tunes on it: it is run once, untuned, and its misses are not looked at.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

SPLIT = "blind22"


@dataclass(frozen=True)
class Blind22Case(Case):
    @property
    def split(self) -> str:
        return SPLIT


# --- article pages ---------------------------------------------------------------------------

_OUTLETS = (
    ("The Grid Report", ("Energy", "Climate", "Markets", "Science", "Opinion")),
    ("Field & Furrow", ("Farming", "Markets", "Weather", "Rural life", "Machinery")),
    ("Climate Desk", ("Climate", "Environment", "Energy", "Oceans", "Policy")),
    ("The Northern Ledger", ("News", "Business", "Environment", "Science", "Sport")),
    ("Science Wire", ("Space", "Earth", "Physics", "Health", "Policy")),
    ("Metro Daily", ("Local", "Weather", "Business", "Politics", "Lifestyle")),
)


@dataclass(frozen=True)
class Story:
    head: str
    paras: tuple[str, ...]
    byline: str = ""
    style: int = 0
    date: str = ""
    standfirst: str = ""
    caption: str = ""
    related: tuple[str, ...] = ()
    read_more: str = ""  # a "Read more" link to another story, after the second paragraph


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _menu(style: int) -> str:
    name, sections = _OUTLETS[style % len(_OUTLETS)]
    items = "".join(f'<li><a href="/{_slug(s)}">{s}</a></li>' for s in sections)
    return (
        f'<header class="masthead"><a class="brand" href="/">{name}</a>'
        f'<nav class="sections"><ul>{items}</ul></nav>'
        '<a class="subscribe" href="/subscribe">Subscribe</a></header>'
    )


def _footer(style: int) -> str:
    name = _OUTLETS[style % len(_OUTLETS)][0]
    return (
        '<footer class="site-footer"><ul><li><a href="/about">About us</a></li>'
        '<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li>'
        f'<li><a href="/terms">Terms</a></li></ul><p>© 2025 {name}</p></footer>'
    )


def _related(titles: Sequence[str]) -> str:
    if not titles:
        return ""
    items = "".join(f'<li><a href="/news/{_slug(t)}">{t}</a></li>' for t in titles)
    return f'<aside class="related"><h2>Related</h2><ul>{items}</ul></aside>'


def _render(name: str, story: Story, fill: dict[str, str]) -> str:
    head = story.head.format(**fill)
    paras = [p.format(**fill) for p in story.paras]
    assert sum(p.count("<a>") for p in paras) == 1, name
    paras = [p.replace("<a>", f'<a href="/sources/{name}">') for p in paras]
    style = story.style
    if style in (2, 4):
        blocks = [f'<div class="text-block"><p>{p}</p></div>' for p in paras]
    elif style == 5:
        blocks = [f'<div class="para">{p}</div>' for p in paras]
    else:
        blocks = [f"<p>{p}</p>" for p in paras]
    if story.caption:
        figure = (
            f'<figure class="lead-image"><img src="/img/{_slug(head)}.jpg" alt="">'
            f"<figcaption>{story.caption}</figcaption></figure>"
        )
        blocks.insert(1, figure)
    if story.read_more:
        more = (
            f'<p class="read-more"><strong>Read more:</strong> '
            f'<a href="/news/{_slug(story.read_more)}">{story.read_more}</a></p>'
        )
        blocks.insert(min(3, len(blocks)), more)
    if style == 5 and len(blocks) > 4:
        blocks.insert(
            4,
            '<div class="newsletter"><h3>Get the morning briefing</h3>'
            "<p>Our editors pick the stories that matter, every weekday.</p>"
            '<a href="/newsletters">Sign up</a></div>',
        )
    byline = ""
    if story.byline:
        if style in (3, 4):
            link = f'<a rel="author" href="/authors/{_slug(story.byline)}">{story.byline}</a>'
            byline = f'<address class="author">By {link}</address>'
        else:
            byline = f'<p class="byline">By {story.byline}</p>'
    when = f'<time datetime="2025">{story.date}</time>' if story.date else ""
    stand = f'<p class="standfirst">{story.standfirst}</p>' if story.standfirst else ""
    section = _OUTLETS[style % len(_OUTLETS)][1][0]
    body = "".join(blocks)
    if style == 0:
        page = f"<article><h1>{head}</h1>{byline}{when}{body}{_related(story.related)}</article>"
    elif style == 1:
        page = (
            f"{_menu(style)}<main><article><h1>{head}</h1>{byline}{when}{stand}{body}"
            f"</article>{_related(story.related)}</main>{_footer(style)}"
        )
    elif style == 2:
        page = (
            f'<article><header><p class="kicker">{section}</p><h1>{head}</h1>{stand}{byline}'
            f'{when}</header><div class="article-body">{body}</div>'
            f"{_related(story.related)}</article>"
        )
    elif style == 3:
        page = (
            f'{_menu(style)}<div class="page"><article><p class="kicker">{section}</p>'
            f"<h1>{head}</h1>{stand}{byline}{when}{body}{_related(story.related)}</article>"
            f'<div class="sidebar"><h2>Most read</h2><ol><li><a href="/news/most-read-1">'
            f"Council approves solar farm on former airfield</a></li><li>"
            f'<a href="/news/most-read-2">Storm warning issued for the weekend</a></li></ol>'
            f"</div></div>{_footer(style)}"
        )
    elif style == 4:
        share = (
            '<div class="share"><a href="/share/email">Email</a>'
            '<a href="/share/facebook">Facebook</a><a href="/share/x">X</a></div>'
        )
        page = (
            f"{_menu(style)}<main><article><header><h1>{head}</h1>{stand}{byline}{when}"
            f"</header>{share}{body}</article>{_related(story.related)}</main>{_footer(style)}"
        )
    else:
        page = (
            f"{_menu(style)}<article><h1>{head}</h1>{byline}{when}{stand}"
            f'<section class="story">{body}</section></article>'
            f"{_related(story.related)}{_footer(style)}"
        )
    html = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{head}</title>'
        f"</head><body>{page}</body></html>"
    )
    assert "[" not in html and "{" not in html, name
    return html


# --- sources ---------------------------------------------------------------------------------


def _html(title: str, body: str, charset: bool = True) -> Source:
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )
    kind = "text/html; charset=utf-8" if charset else "text/html"
    return Source(kind, page.encode())


def _text(body: str, kind: str = "text/plain; charset=utf-8") -> Source:
    return Source(kind, body.encode())


def _json(data: object) -> Source:
    return Source("application/json", json.dumps(data, ensure_ascii=False).encode())


def _latin(text: str) -> str:
    table = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "€": "EUR "}
    for a, b in table.items():
        text = text.replace(a, b)
    return text


def _report(
    cover: Sequence[str],
    foreword: Sequence[str],
    key_results: Sequence[str],
    chapters: Sequence[Sequence[str]],
    tables: Sequence[Sequence[Sequence[str]]] = (),
) -> Source:
    """A report PDF: cover, foreword (page 2), key results (page 3), chapters, table pages."""
    pages = [
        [_latin(line) for line in cover],
        ["Foreword", *(_latin(line) for line in foreword)],
        ["Key results", *(_latin(line) for line in key_results)],
        *([_latin(line) for line in chapter] for chapter in chapters),
    ]
    cells = [[[_latin(c) for c in row] for row in table] for table in tables]
    assert len(pages) + len(cells) >= 5
    return Source("application/pdf", make_pdf(pages, tables=cells))


# --- cases -----------------------------------------------------------------------------------


def _pair(
    kind: str,
    topic: int,
    slug: str,
    source: Source,
    story: Story,
    clean: dict[str, str],
    planted: dict[str, str],
) -> list[Case]:
    # Which of the two names is planted alternates, so a name says nothing about the label.
    first_planted = topic % 2 == 1
    out: list[Case] = []
    for number, is_planted in ((1, first_planted), (2, not first_planted)):
        name = f"{slug}-{number}"
        fill = planted if is_planted else clean
        html = _render(name, story, fill)
        out.append(Blind22Case(name, kind, topic, is_planted, html, source))
    return out


def _single(
    kind: str,
    topic: int,
    name: str,
    source: Source,
    story: Story,
    *,
    planted: bool,
    readable: bool = True,
) -> Case:
    return Blind22Case(name, kind, topic, planted, _render(name, story, {}), source, readable)


# --- press releases --------------------------------------------------------------------------


def _press() -> list[Case]:
    out: list[Case] = []
    ofgem = _html(
        "Energy price cap will fall by 6.5% from 1 July | Ofgem",
        "<h1>Energy price cap will fall by 6.5% from 1 July</h1>"
        "<p>Ofgem has confirmed that the energy price cap for 1 July to 30 September 2025 will "
        "be £1,693 a year for a typical dual-fuel household paying by direct debit.</p>"
        "<p>This is a fall of £117, or 6.5%, on the cap of £1,810 that applies from 1 April to "
        "30 June.</p>"
        "<p>The cap covers around 22 million households in England, Scotland and Wales.</p>",
    )
    out += _pair(
        "press release",
        1,
        "energy-bills-fall-july",
        ofgem,
        Story(
            "Energy bills to fall by £117 from July as price cap drops",
            (
                "LONDON — Millions of households will pay less for their gas and electricity "
                "this summer after the energy regulator lowered its price cap for the three "
                "months from July.",
                "The typical annual dual-fuel bill will drop by £117 to {cap} for customers "
                "paying by direct debit, <a>Ofgem said</a> on Friday.",
                "The regulator said the cut reflected lower wholesale gas prices over the "
                "spring, when mild weather and healthy storage levels across Europe eased "
                "pressure on the market.",
                "“Any fall is welcome, but for many families bills are still far higher than "
                "they were before the crisis,” said a spokesperson for National Energy Action, "
                "the fuel poverty charity.",
                "The cap limits the unit rates and standing charges that suppliers can charge, "
                "not the total bill, so households that use more energy will still pay more.",
                "Ofgem will announce the level for October to December in late August. "
                "Analysts at Cornwall Insight said last week that they expected a small rise in "
                "the autumn, as wholesale prices for the winter remain higher than for summer.",
            ),
            byline="Hannah Ellery, Energy Correspondent",
            style=3,
            date="Friday 23 May 2025",
            standfirst="Regulator says lower wholesale gas prices are feeding through, but "
            "bills remain high by historical standards",
            caption="A smart meter display in a home in Leeds. Photograph: Alamy",
            related=(
                "Wholesale gas prices slip as European storage refills",
                "What the price cap means for your bill",
                "Heat pump grants extended for another year",
            ),
        ),
        {"cap": "£1,693"},
        {"cap": "£1,639"},
    )
    ercot = _html(
        "ERCOT Sets New All-Time Peak Demand Record",
        "<h1>ERCOT Sets New All-Time Peak Demand Record</h1>"
        "<p>AUSTIN, TX, Aug. 20, 2025 – The Electric Reliability Council of Texas (ERCOT) set "
        "a new all-time peak demand record of 87,412 megawatts (MW) on Tuesday, Aug. 19, "
        "between 4 p.m. and 5 p.m., according to preliminary data.</p>"
        "<p>The previous record of 85,508 MW was set on Aug. 10, 2023.</p>"
        "<p>ERCOT had sufficient generation to meet demand and did not issue a conservation "
        "appeal. Preliminary numbers may change as data are settled.</p>",
    )
    out += _pair(
        "press release",
        2,
        "texas-power-demand-record",
        ercot,
        Story(
            "Texas power demand hits record as heat grips state",
            (
                "HOUSTON — Texans cranked up their air conditioners on Tuesday as a heat dome "
                "settled over much of the state, pushing electricity use to a new high.",
                "Demand on the state's main grid peaked at more than {peak} gigawatts between "
                "4 p.m. and 5 p.m., beating the record of about 85.5 GW set two summers ago, "
                "<a>according to the grid operator</a>.",
                "The Electric Reliability Council of Texas, which runs the grid serving most of "
                "the state, did not need to ask customers to conserve power.",
                "Grid managers have credited a surge in solar farms and large batteries with "
                "helping Texas through recent summers without the emergency appeals that were "
                "common after the deadly winter storm of February 2021.",
                "Forecasters expect the heat to ease slightly by the weekend, although the "
                "National Weather Service kept excessive heat warnings in place for the "
                "Dallas–Fort Worth area through Thursday.",
            ),
            byline="Marisa Delgado",
            style=1,
            date="Aug. 20, 2025",
        ),
        {"peak": "87"},
        {"peak": "88"},
    )
    aemo = _html(
        "Quarterly Energy Dynamics Q2 2025 | AEMO",
        "<h1>Quarterly Energy Dynamics Q2 2025</h1>"
        "<p>Key statistics for the National Electricity Market (NEM), April to June 2025.</p>"
        "<dl>"
        "<dt>Average NEM wholesale spot price</dt><dd>A$142/MWh</dd>"
        "<dt>Change from Q2 2024</dt><dd>+11%</dd>"
        "<dt>Change from Q1 2025</dt><dd>+38%</dd>"
        "<dt>Renewable share of NEM supply</dt><dd>38.6%</dd>"
        "<dt>Average battery discharge</dt><dd>412 MW</dd>"
        "<dt>Gas-powered generation</dt><dd>2,184 GWh</dd>"
        "</dl>"
        "<p>Prices rose on a year earlier as colder-than-usual weather in June lifted demand "
        "and wind output fell during an extended period of still conditions.</p>",
    )
    out += _pair(
        "press release",
        3,
        "east-coast-power-prices-quarter",
        aemo,
        Story(
            "{head}",
            (
                "SYDNEY — Wholesale electricity prices along Australia's east coast moved "
                "sharply over the winter quarter as a June cold snap and a run of windless days "
                "tested the grid.",
                "Prices in the National Electricity Market averaged A$142 a megawatt-hour in "
                "the three months to June, {dir} 11 per cent on a year earlier, <a>the "
                "Australian Energy Market Operator said</a> on Thursday.",
                "The operator's quarterly review also tracks the growing role of batteries, "
                "which are increasingly used to shift solar power into the evening peak.",
                "Retailers have warned that wholesale costs could feed into household bills "
                "next year, when the Australian Energy Regulator sets its default market offer.",
                "Gas generators, which often set the price during evening peaks, remain the "
                "market's main back-up when wind and solar output falls.",
            ),
            byline="Tom Kearney",
            style=2,
            date="31 July 2025",
        ),
        {"head": "Cold snap pushes east coast power prices up 11%", "dir": "up"},
        {"head": "East coast power prices fall 11% despite cold snap", "dir": "down"},
    )
    noaa_rss = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0"><channel><title>NOAA News and Features</title>'
        "<link>https://www.noaa.gov/news</link>"
        "<description>Latest news releases from NOAA</description>"
        "<item><title>NOAA predicts above-normal 2025 Atlantic hurricane season</title>"
        "<link>https://www.noaa.gov/news-release/atlantic-outlook-2025</link>"
        "<pubDate>Thu, 22 May 2025 15:00:00 GMT</pubDate>"
        "<description>NOAA’s National Weather Service Climate Prediction Center is forecasting "
        "a 60% chance of an above-normal Atlantic hurricane season, a 30% chance of a "
        "near-normal season and a 10% chance of a below-normal season. Forecasters predict 14 "
        "to 19 named storms (winds of 39 mph or higher), of which 7 to 10 could become "
        "hurricanes (winds of 74 mph or higher), including 2 to 5 major hurricanes (category 3, "
        "4 or 5).</description></item>"
        "<item><title>Eastern Pacific hurricane season outlook</title>"
        "<link>https://www.noaa.gov/news-release/eastern-pacific-outlook-2025</link>"
        "<pubDate>Thu, 22 May 2025 15:00:00 GMT</pubDate>"
        "<description>The outlook gives a 50% chance of a below-normal season in the eastern "
        "Pacific, with 12 to 18 named storms, of which 5 to 10 are expected to become "
        "hurricanes, including 2 to 5 major hurricanes.</description></item>"
        "<item><title>Central Pacific hurricane season outlook</title>"
        "<link>https://www.noaa.gov/news-release/central-pacific-outlook-2025</link>"
        "<pubDate>Wed, 21 May 2025 20:00:00 GMT</pubDate>"
        "<description>Forecasters expect 1 to 4 tropical cyclones in the central Pacific "
        "hurricane region this season.</description></item>"
        "</channel></rss>"
    )
    out += _pair(
        "press release",
        4,
        "busy-atlantic-hurricane-season-forecast",
        _text(noaa_rss, "application/rss+xml"),
        Story(
            "Forecasters warn of busy Atlantic hurricane season",
            (
                "MIAMI — US government forecasters expect another busier-than-usual Atlantic "
                "hurricane season, citing warm ocean temperatures and the expected absence of "
                "El Niño.",
                "NOAA sees a 60% chance of an above-normal season, with {storms} named storms, "
                "<a>the agency said</a> on Thursday as it released its annual outlook.",
                "The season runs from June through November, with most storms forming between "
                "mid-August and mid-October.",
                "Emergency managers in Florida and along the Gulf Coast urged residents to "
                "check their insurance policies and prepare evacuation plans before the season "
                "begins, rather than waiting for a storm to form.",
                "The National Hurricane Center will begin issuing its routine tropical weather "
                "outlooks on June 1. Last year's season caused extensive damage from Florida to "
                "the southern Appalachians.",
            ),
            byline="Luis Ortega, Weather Reporter",
            style=4,
            date="May 22, 2025",
            caption="A satellite image of a hurricane in the Gulf of Mexico. Image: NOAA",
            related=("How to prepare a hurricane kit", "Flood insurance premiums rise again"),
        ),
        {"storms": "14 to 19"},
        {"storms": "12 to 18"},
    )
    nasa_ice = _html(
        "Arctic Sea Ice Reaches 2025 Minimum - NASA",
        "<h1>Arctic Sea Ice Reaches 2025 Minimum</h1>"
        '<figure><img src="arctic-minimum-2025.jpg" alt="Map of Arctic sea ice">'
        "<figcaption>Arctic sea ice reached its annual minimum extent of 4.28 million square "
        "kilometers (1.65 million square miles) on Sept. 11, 2025, the seventh-lowest in the "
        "47-year satellite record. The yellow outline shows the 1981–2010 median minimum "
        "extent. NASA Earth Observatory image.</figcaption></figure>"
        "<p>Scientists at NASA and the National Snow and Ice Data Center track sea ice with "
        "passive microwave instruments aboard satellites. The ice cover grows each winter and "
        "shrinks each summer, reaching its smallest extent in September.</p>",
    )
    out += _pair(
        "press release",
        5,
        "arctic-sea-ice-minimum",
        nasa_ice,
        Story(
            "Arctic sea ice shrinks to seventh-lowest minimum",
            (
                "WASHINGTON — Arctic sea ice shrank to {ext} at the end of this year's melt "
                "season, the seventh-lowest minimum in the satellite record, <a>NASA said</a> on "
                "Wednesday.",
                "The ice reached its smallest extent on Sept. 11, according to scientists who "
                "track it with satellites, before beginning its seasonal regrowth as the Arctic "
                "autumn set in.",
                "Although this year's minimum did not approach the record low set in 2012, "
                "researchers said the long-term decline was unmistakable, with the ice cover now "
                "routinely far smaller than in the early years of satellite observation.",
                "Thinner, younger ice is more vulnerable to storms and warm summers, they said, "
                "making swings from one year to the next larger.",
                "The National Snow and Ice Data Center in Boulder, Colorado, which analyses the "
                "same satellite data, is due to publish its own assessment next month.",
            ),
            byline="Rachel Finch, Science Desk",
            style=0,
            date="Sept. 24, 2025",
        ),
        {"ext": "4.28 million square kilometres (1.65 million square miles)"},
        {"ext": "4.28 million square miles"},
    )
    return out


# --- HTML tables -----------------------------------------------------------------------------


def _tables() -> list[Case]:
    out: list[Case] = []
    neso = _html(
        "Electricity generation by fuel type, Great Britain | NESO Data Portal",
        "<h1>Monthly electricity statistics</h1>"
        "<p>Transmission-connected and estimated embedded generation, Great Britain.</p>"
        "<table><caption>Table 2: Electricity generation by fuel type, Great Britain, GWh"
        "</caption><thead>"
        '<tr><th rowspan="2">Fuel</th><th colspan="3">2025</th>'
        '<th rowspan="2">Change on January 2024¹</th></tr>'
        "<tr><th>January</th><th>February</th><th>March</th></tr></thead><tbody>"
        "<tr><td>Gas</td><td>6,912</td><td>5,847</td><td>5,203</td><td>-8.4%</td></tr>"
        "<tr><td>Wind²</td><td>7,842</td><td>6,115</td><td>6,480</td><td>+12.1%</td></tr>"
        "<tr><td>Nuclear</td><td>3,015</td><td>2,870</td><td>3,102</td><td>-3.0%</td></tr>"
        "<tr><td>Solar</td><td>412</td><td>655</td><td>1,238</td><td>+9.7%</td></tr>"
        "<tr><td>Biomass</td><td>1,604</td><td>1,488</td><td>1,391</td><td>–</td></tr>"
        "<tr><td>Imports (net)</td><td>2,210</td><td>2,455</td><td>2,601</td><td>n/a</td></tr>"
        "<tr><td>Coal</td><td>0</td><td>0</td><td>0</td><td>–</td></tr>"
        "<tr><th>Total</th><th>21,995</th><th>19,430</th><th>20,015</th><th>+2.6%</th></tr>"
        "</tbody></table>"
        "<p>¹ Percentage change in January output compared with January 2024. – no meaningful "
        "comparison. n/a not available.<br>² Onshore and offshore; embedded wind is estimated."
        "</p>",
    )
    out += _pair(
        "html table",
        6,
        "wind-tops-gas-january",
        neso,
        Story(
            "Wind overtakes gas as Britain's top power source in January",
            (
                "Wind farms were Britain's biggest source of electricity in January, as a series "
                "of winter storms kept turbines spinning for much of the month.",
                "Turbines onshore and offshore produced 7.8 terawatt-hours, up {chg} per cent on "
                "January last year, <a>figures from the National Energy System Operator</a> "
                "show.",
                "Gas-fired power stations, for years the backbone of the system, came second. "
                "Imports through subsea cables from Norway, France and the Netherlands covered "
                "much of the rest.",
                "“January shows what a windy month can now do,” said Ana Ruiz, an energy analyst "
                "at Imperial College London. “The challenge is still the calm, cold spells, "
                "when gas has to step in.”",
                "The government aims to run a clean power system for most of the year by the end "
                "of the decade, which will require a large increase in offshore wind capacity "
                "and new storage.",
            ),
            byline="Oliver Grant",
            style=3,
            date="12 February 2025",
            caption="Turbines at the Walney offshore wind farm in the Irish Sea. Photograph: Getty",
            related=(
                "Offshore wind auction draws record bids",
                "Why your bill still tracks the gas price",
                "Grid connection queue cut by new rules",
            ),
        ),
        {"chg": "12.1"},
        {"chg": "21.1"},
    )
    corn = _html(
        "Crop Production, September 2025 - USDA NASS",
        "<h1>Crop Production</h1><p>Released September 12, 2025, by the National Agricultural "
        "Statistics Service (NASS), Agricultural Statistics Board, United States Department of "
        "Agriculture (USDA).</p>"
        "<table><caption>Corn for Grain: Area Harvested, Yield, and Production by State and "
        "United States, 2024 and Forecasted September 1, 2025</caption><thead>"
        '<tr><th rowspan="3">State</th><th colspan="2">Area harvested</th>'
        '<th colspan="2">Yield per acre</th><th colspan="2">Production</th></tr>'
        "<tr><th>2024</th><th>2025</th><th>2024</th><th>2025</th><th>2024</th><th>2025</th></tr>"
        '<tr><th colspan="2">(1,000 acres)</th><th colspan="2">(bushels)</th>'
        '<th colspan="2">(1,000 bushels)</th></tr></thead><tbody>'
        "<tr><td>Illinois</td><td>10,850</td><td>11,200</td><td>217.0</td><td>214.0</td>"
        "<td>2,354,450</td><td>2,396,800</td></tr>"
        "<tr><td>Iowa</td><td>12,650</td><td>12,900</td><td>211.0</td><td>204.0</td>"
        "<td>2,669,150</td><td>2,631,600</td></tr>"
        "<tr><td>Minnesota</td><td>7,900</td><td>8,150</td><td>174.0</td><td>186.0</td>"
        "<td>1,374,600</td><td>1,515,900</td></tr>"
        "<tr><td>Nebraska</td><td>9,650</td><td>9,800</td><td>188.0</td><td>191.0</td>"
        "<td>1,814,200</td><td>1,871,800</td></tr>"
        "<tr><td>Texas</td><td>2,150</td><td>2,300</td><td>126.0</td><td>(NA)</td>"
        "<td>270,900</td><td>(NA)</td></tr>"
        "<tr><td>Other States ¹</td><td>39,500</td><td>41,750</td><td>(X)</td><td>(X)</td>"
        "<td>6,344,810</td><td>(X)</td></tr>"
        "<tr><td>United States</td><td>82,700</td><td>86,100</td><td>179.3</td><td>183.1</td>"
        "<td>14,828,110</td><td>15,764,910</td></tr></tbody></table>"
        "<p>(NA) Not available: forecast withheld pending survey. (X) Not applicable.<br>"
        "¹ Other States include 36 States not shown separately.</p>",
    )
    out += _pair(
        "html table",
        7,
        "iowa-corn-forecast-september",
        corn,
        Story(
            "Iowa corn forecast dips as yields slide",
            (
                "DES MOINES, Iowa — Iowa will again lead the nation in corn production this "
                "year, but a dry August has trimmed expectations for the state's yields.",
                "Iowa farmers are on course to harvest {prod} bushels of corn, with yields "
                "averaging 204 bushels an acre, <a>the U.S. Department of Agriculture said</a> "
                "in its September crop report.",
                "That would be down slightly from last year's crop, even though growers "
                "harvested more acres, the report's state figures show.",
                "Nationally, the department expects a larger crop than last year, driven by a "
                "big increase in area across the Corn Belt and the northern Plains.",
                "December corn futures fell on the Chicago Board of Trade after the report, as "
                "traders weighed the prospect of ample supplies against strong export demand.",
                "The next crop production report is due in October, when the department will "
                "fold in more results from its objective yield survey.",
            ),
            byline="Karen Lindqvist, Agriculture Reporter",
            style=1,
            date="Sept. 12, 2025",
        ),
        {"prod": "2.63 billion"},
        {"prod": "2.63 million"},
    )
    smard = _html(
        "Großhandelspreise: Monatsüberblick | SMARD",
        "<h1>Wholesale electricity prices: monthly overview</h1>"
        "<p>SMARD is the electricity market data platform of the Bundesnetzagentur.</p>"
        "<table><caption>Day-ahead market, Germany/Luxembourg bidding zone: monthly key "
        "figures, 2025</caption>"
        "<thead><tr><th>Indicator</th><th>January</th><th>February</th><th>March</th>"
        "<th>April</th></tr></thead><tbody>"
        "<tr><th>Average price (€/MWh)</th><td>114.52</td><td>128.04</td><td>94.71</td>"
        "<td>77.86</td></tr>"
        "<tr><th>Minimum hourly price (€/MWh)</th><td>-3.20</td><td>12.11</td><td>-58.40</td>"
        "<td>-130.05</td></tr>"
        "<tr><th>Maximum hourly price (€/MWh)</th><td>583.40</td><td>435.10</td><td>301.22</td>"
        "<td>249.90</td></tr>"
        "<tr><th>Hours with negative prices</th><td>14</td><td>0</td><td>82</td><td>113</td></tr>"
        "<tr><th>Renewable share of net load (%)</th><td>48.2</td><td>44.9</td><td>53.6</td>"
        "<td>61.0</td></tr></tbody></table>"
        "<p>Source: EPEX Spot; calculations: Bundesnetzagentur | SMARD.de</p>",
    )
    out += _pair(
        "html table",
        8,
        "german-negative-power-prices-march",
        smard,
        Story(
            "Germany logs {hours} hours of negative power prices in March",
            (
                "BERLIN — Sunny spring days and strong winds pushed German wholesale power "
                "prices below zero for long stretches in March, as solar panels flooded the "
                "grid around midday.",
                "Day-ahead prices averaged €94.71 a megawatt-hour over the month and were "
                "negative for {hours} hours, <a>data from the Bundesnetzagentur's SMARD "
                "platform</a> show.",
                "Negative prices occur when inflexible generation and renewable output exceed "
                "demand, so that generators pay to keep running. They have become more frequent "
                "as Germany's solar capacity has grown.",
                "The network regulator's data cover the Germany-Luxembourg bidding zone, where "
                "prices are set each day in an auction for the following day's delivery.",
                "Industry groups have called for faster construction of batteries and for "
                "flexible tariffs that reward households for shifting their consumption into "
                "the sunniest hours.",
            ),
            byline="Julia Brenner",
            style=2,
            date="3 April 2025",
        ),
        {"hours": "82"},
        {"hours": "113"},
    )
    rows = (
        ("Northumberland, Durham and Tees", "19", "10", "3", "1", "0", "33"),
        ("Yorkshire", "11", "6", "3", "2", "0", "22"),
        ("Cumbria and Lancashire", "9", "12", "7", "5", "1", "34"),
        ("Greater Manchester, Merseyside and Cheshire", "1", "1", "0", "1", "0", "3"),
        ("Lincolnshire and Northamptonshire", "6", "5", "2", "0", "0", "13"),
        ("East Anglia", "30", "9", "2", "1", "0", "42"),
        ("Kent and South London", "23", "11", "5", "4", "0", "43"),
        ("Solent and South Downs", "38", "18", "4", "2", "1", "63"),
        ("Wessex", "37", "9", "2", "1", "0", "49"),
        ("Devon and Cornwall", "142", "32", "7", "4", "n/a", "185"),
        ("Thames", "2", "1", "0", "1", "1", "5"),
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    bathing = _html(
        "Bathing water quality statistics 2025 - GOV.UK",
        "<h1>Bathing water quality in England: 2025</h1>"
        "<p>Official statistics from the Environment Agency and Defra.</p>"
        "<table><caption>Bathing water classifications 2025, England, by Environment Agency "
        "area (number of bathing waters)</caption><thead><tr><th>Area</th><th>Excellent</th>"
        "<th>Good</th><th>Sufficient</th><th>Poor</th><th>Not classified¹</th><th>Total</th>"
        f"</tr></thead><tbody>{body}"
        "<tr><th>England</th><th>318</th><th>114</th><th>35</th><th>22</th><th>3</th>"
        "<th>492</th></tr></tbody></table>"
        "<p>¹ New bathing waters without four years of samples. n/a: none designated this year."
        "</p>",
    )
    out += _pair(
        "html table",
        9,
        "bathing-water-results-england",
        bathing,
        Story(
            "Bathing water results: {poor} English sites rated poor",
            (
                "BRISTOL — Most of England's designated bathing waters met the top standard "
                "this year, but a number of beaches and lakes were judged poor, the lowest grade.",
                "Of the 492 bathing waters assessed, 318 were rated excellent and {poor} poor, "
                "<a>the Environment Agency said</a> on Wednesday.",
                "Devon and Cornwall, which has far more designated sites than any other area, "
                "again accounted for the largest number of excellent ratings.",
                "Sites rated poor must display signs advising against bathing for the following "
                "season. Campaigners said the results still showed the damage done by sewage "
                "overflows and farm run-off after heavy rain.",
                "Water companies said they were investing in storm overflows and would target "
                "the sites with the worst results. The government has promised new powers for "
                "regulators to fine firms that breach their permits.",
            ),
            byline="Megan Price, Environment Reporter",
            style=4,
            date="26 November 2025",
            caption="Swimmers at a beach in north Cornwall. Photograph: PA",
            related=(
                "Sewage spills: what the new monitoring shows",
                "Wild swimming spots to get bathing status",
            ),
        ),
        {"poor": "22"},
        {"poor": "27"},
    )
    crops = (
        ("Wheat, all¹", "35,410", "118", "210", "2,604", "5,120", "16,830", "10,290", "238"),
        ("Canola", "19,221", "x", "66", "51", "3,402", "10,912", "4,688", "96"),
        ("Barley", "8,640", "61", "280", "205", "770", "3,540", "3,710", "74"),
        ("Oats", "3,370", "18", "210", "95", "1,050", "1,410", "560", "27"),
        ("Lentils", "2,010", "..", "..", "..", "60", "1,880", "70", ".."),
        ("Soybeans", "7,240", "75", "1,410", "4,610", "1,130", "15", "..", ".."),
    )
    body = "".join(
        "<tr><th>" + row[0] + "</th>" + "".join(f"<td>{c}</td>" for c in row[1:]) + "</tr>"
        for row in crops
    )
    statcan = _html(
        "Production of principal field crops, August 2025 - Statistics Canada",
        "<h1>Production of principal field crops, August 2025</h1>"
        "<p>Released: 2025-09-04. Model-based principal field crop estimates.</p>"
        "<table><caption>Table 1 Principal field crops, production estimates, Canada and "
        "provinces, 2025 (thousands of metric tonnes)</caption><thead><tr><th>Crop</th>"
        "<th>Canada</th><th>P.E.I.</th><th>Quebec</th><th>Ontario</th><th>Manitoba</th>"
        "<th>Saskatchewan</th><th>Alberta</th><th>British Columbia</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
        "<p>¹ Includes spring wheat, durum wheat and winter wheat.<br>x suppressed to meet the "
        "confidentiality requirements of the Statistics Act. .. not available for a specific "
        "reference period.</p>",
    )
    out += _pair(
        "html table",
        10,
        "canola-harvest-estimate",
        statcan,
        Story(
            "Canola harvest tops 19 million tonnes",
            (
                "REGINA — Canadian farmers brought in a bigger canola crop than many traders had "
                "expected, helped by late-summer rain across parts of the Prairies.",
                "Canada's canola production reached 19.2 million tonnes, with {prov} accounting "
                "for 10.9 million, <a>Statistics Canada said</a> on Thursday in its model-based "
                "estimates.",
                "The agency's estimates, which draw on satellite imagery and agroclimatic data, "
                "also cover wheat, barley, oats, lentils and soybeans.",
                "The figures will be revised in December, when Statistics Canada publishes the "
                "results of its November farm survey.",
                "Canola prices on the ICE futures exchange have been volatile this year amid "
                "uncertainty over Chinese tariffs on Canadian canola products.",
            ),
            byline="Dale Hoffman",
            style=0,
            date="September 4, 2025",
        ),
        {"prov": "Saskatchewan"},
        {"prov": "Alberta"},
    )
    return out


# --- PDF reports -----------------------------------------------------------------------------


def _pdfs() -> list[Case]:
    out: list[Case] = []
    bnetza = _report(
        (
            "The electricity market in 2024",
            "Annual review of the German electricity market",
            "Bundesnetzagentur | SMARD",
            "Bonn, March 2025",
        ),
        (
            "2024 was another year of change for the German electricity market. The expansion "
            "of wind and solar power continued, conventional generation declined further and "
            "wholesale prices moved further away from the extremes of the energy crisis.",
            "This review summarises generation, consumption, prices and cross-border trade. All "
            "figures refer to net public electricity generation, that is, generation fed into "
            "the public grid, and are provisional.",
            "Klaus Richter, Vice-President, Bundesnetzagentur",
        ),
        (
            "- Renewable energy sources supplied the majority of net public electricity "
            "generation for the second year running.",
            "- Net public generation fell compared with the previous year.",
            "- Average wholesale prices fell compared with 2023.",
            "- Germany was a net importer of electricity over the year as a whole.",
        ),
        (
            (
                "1 Generation",
                "Net public electricity generation amounted to 431.7 TWh in 2024, 4.0% less "
                "than in 2023 (449.8 TWh).",
                "Renewable energy sources supplied 59.4% of net public generation, up from "
                "56.0% the year before. Wind power remained the largest single source, "
                "producing 136.4 TWh, followed by lignite at 71.1 TWh and solar at 59.8 TWh.",
                "Generation from hard coal fell to 24.2 TWh and from natural gas to 48.7 TWh. "
                "Lignite output has been shrinking as older units move into the security "
                "reserve or close.",
            ),
            (
                "2 Wholesale prices",
                "The average day-ahead price in the Germany/Luxembourg bidding zone was "
                "EUR 78.01/MWh, compared with EUR 95.18/MWh in 2023. Lower gas prices were the "
                "main reason for the fall.",
                "Prices were negative in 457 hours, most of them around midday on sunny "
                "weekends and public holidays in spring and summer.",
            ),
            (
                "3 Cross-border trade",
                "Germany imported 24.9 TWh more electricity than it exported. Imports came "
                "mainly from France, Denmark, Norway and Switzerland. Imports largely reflected "
                "lower prices abroad at times of high renewable output there rather than a lack "
                "of generation capacity in Germany.",
            ),
        ),
        (
            (
                ("Source", "Net public generation 2024 (TWh)"),
                ("Wind onshore", "112.0"),
                ("Wind offshore", "24.4"),
                ("Lignite", "71.1"),
                ("Solar", "59.8"),
                ("Natural gas", "48.7"),
                ("Biomass", "36.0"),
                ("Hard coal", "24.2"),
                ("Hydropower", "21.7"),
                ("Other renewables", "2.5"),
                ("Other conventional", "31.3"),
                ("Total", "431.7"),
            ),
        ),
    )
    out += _pair(
        "pdf report",
        11,
        "german-renewables-share-2024",
        bnetza,
        Story(
            "Renewables supplied nearly 60% of Germany's public power in 2024",
            (
                "BONN — Wind and solar power extended their lead in Germany's electricity mix "
                "last year, even as overall generation fell and the country relied on imports "
                "from its neighbours.",
                "Renewables supplied 59.4% of public electricity generation, with wind turbines "
                "alone producing {wind} terawatt-hours, according to <a>the Bundesnetzagentur's "
                "annual review of the power market</a>.",
                "Lignite, the brown coal mined in the Rhineland and Lusatia, remained the "
                "second-largest source, though its output has been shrinking as older plants "
                "are retired.",
                "The regulator said lower gas prices had pulled down wholesale power prices "
                "compared with the crisis years.",
                "Critics of the government's energy policy point to the import figures as "
                "evidence that Germany has become dependent on its neighbours. The regulator "
                "says imports reflect cheaper prices abroad rather than a lack of capacity at "
                "home.",
            ),
            byline="Stefan Albrecht",
            style=1,
            date="18 March 2025",
        ),
        {"wind": "136.4"},
        {"wind": "163.4"},
    )
    cea = _report(
        (
            "Installed Capacity Report",
            "All India - as on 31.03.2025",
            "Central Electricity Authority",
            "Ministry of Power, Government of India",
        ),
        (
            "The Central Electricity Authority publishes this report every month. It gives the "
            "installed generating capacity of power utilities in the country by source, sector "
            "and region.",
            "Capacity additions during the year were led by solar and wind projects. The "
            "Authority thanks the utilities and developers who supplied data.",
        ),
        (
            "- All-India installed capacity at the end of March 2025 is given in Table 1 by "
            "source and in Table 2 by sector.",
            "- Renewable energy sources other than large hydro include wind, solar, small "
            "hydro, biomass power and waste-to-energy.",
            "- Figures are provisional and subject to revision.",
        ),
        (
            (
                "Notes on the data",
                "Capacity is stated in MW as reported by utilities and developers. Captive "
                "plants of industries are not included. Solar capacity includes ground-mounted, "
                "rooftop and off-grid installations reported to the Ministry of New and "
                "Renewable Energy.",
                "Large hydro refers to hydroelectric stations above 25 MW. Nuclear capacity is "
                "reported by the Nuclear Power Corporation of India.",
            ),
        ),
        (
            (
                ("Table 1: Installed capacity by source", "Capacity (MW)", "Share (%)"),
                ("Coal", "218,510", "46.5"),
                ("Lignite", "6,620", "1.4"),
                ("Gas", "24,820", "5.3"),
                ("Diesel", "590", "0.1"),
                ("Nuclear", "8,180", "1.7"),
                ("Large hydro", "47,630", "10.1"),
                ("Small hydro", "5,110", "1.1"),
                ("Wind", "48,170", "10.3"),
                ("Solar", "98,452", "21.0"),
                ("Biomass power", "10,780", "2.3"),
                ("Waste-to-energy", "620", "0.1"),
                ("Total", "469,482", "100.0"),
            ),
            (
                ("Table 2: Installed capacity by sector", "Capacity (MW)"),
                ("Central sector", "108,240"),
                ("State sector", "111,615"),
                ("Private sector", "249,627"),
                ("Total", "469,482"),
            ),
        ),
    )
    out += _pair(
        "pdf report",
        12,
        "india-solar-capacity-march",
        cea,
        Story(
            "India's solar capacity passes 98 GW",
            (
                "NEW DELHI — India's solar fleet kept growing rapidly in the financial year to "
                "March, as falling module prices and state tenders drew investment from "
                "domestic and foreign developers.",
                "Solar capacity reached 98.5 GW by the end of March, more than double the "
                "{wind} GW of wind, <a>data from the Central Electricity Authority</a> show.",
                "Coal still accounts for the largest share of the country's installed capacity "
                "and most of its electricity generation, and the government has approved new "
                "coal units to meet rising demand.",
                "The Ministry of New and Renewable Energy has set a target of 500 GW of "
                "non-fossil capacity by 2030.",
                "Developers say grid connections and land acquisition remain the main "
                "bottlenecks, with some completed solar parks in Rajasthan waiting months for "
                "transmission lines.",
            ),
            byline="Ananya Rao",
            style=4,
            date="April 14, 2025",
            related=("Heatwave pushes peak demand to new high", "Coal India output rises in June"),
        ),
        {"wind": "48.2"},
        {"wind": "47.6"},
    )
    abares = _report(
        (
            "Australian Crop Report",
            "September 2025",
            "ABARES - Australian Bureau of Agricultural and Resource Economics and Sciences",
            "Department of Agriculture, Fisheries and Forestry",
        ),
        (
            "The Australian Crop Report is published each quarter. It gives ABARES forecasts of "
            "area, yield and production for the major winter and summer crops, by state.",
            "This edition reflects seasonal conditions up to the end of August 2025 and the "
            "Bureau of Meteorology's rainfall outlook for spring.",
        ),
        (
            "- Winter crop production is forecast to rise in 2025-26 on a year earlier.",
            "- Seasonal conditions were favourable in New South Wales and Western Australia.",
            "- Dry conditions reduced yield prospects in parts of South Australia and Victoria.",
        ),
        (
            (
                "National overview",
                "Winter crop production is forecast to increase by 6% in 2025-26 to 62.3 million "
                "tonnes.",
                "Wheat production is forecast to increase by 4% to 33.8 million tonnes, from "
                "32.5 million tonnes in 2024-25. Barley production is forecast at 14.2 million "
                "tonnes and canola at 6.4 million tonnes.",
                "Dry conditions in parts of South Australia and Victoria have cut yield "
                "prospects there, offsetting better results in New South Wales and Western "
                "Australia.",
            ),
            (
                "State outlook",
                "New South Wales: winter crop production is forecast at 20.4 million tonnes, "
                "with wheat at 12.1 million tonnes.",
                "Western Australia: winter crop production is forecast at 22.9 million tonnes, "
                "with wheat at 11.4 million tonnes.",
                "Victoria and South Australia: production is forecast to fall after a dry "
                "winter in the Mallee and on the Eyre Peninsula.",
            ),
        ),
        (
            (
                ("Winter crop, 2025-26 forecast", "Wheat (kt)", "Barley (kt)", "Canola (kt)"),
                ("New South Wales", "12,100", "3,450", "1,820"),
                ("Victoria", "3,900", "2,700", "1,150"),
                ("Queensland", "2,150", "690", "10"),
                ("Western Australia", "11,400", "5,600", "2,750"),
                ("South Australia", "4,100", "1,700", "650"),
                ("Tasmania", "150", "60", "20"),
                ("Australia", "33,800", "14,200", "6,400"),
            ),
        ),
    )
    out += _pair(
        "pdf report",
        13,
        "australia-wheat-crop-forecast",
        abares,
        Story(
            "Australian wheat crop forecast {head} 34 million tonnes",
            (
                "CANBERRA — Australia is set for another big winter grain harvest after good "
                "winter rain across much of the cropping belt, the government's commodity "
                "forecaster said on Tuesday.",
                "Wheat production is forecast at {hedge} 34 million tonnes in 2025-26, <a>the "
                "Australian Bureau of Agricultural and Resource Economics and Sciences said</a> "
                "in its September crop report.",
                "The bureau said dry conditions in parts of South Australia and Victoria had "
                "cut yield prospects there, offsetting better results in New South Wales and "
                "Western Australia.",
                "Grain growers have been watching export markets closely, with China, Indonesia "
                "and the Philippines among the biggest buyers of Australian wheat.",
                "Harvest usually starts in central Queensland in September and moves south, "
                "finishing in Victoria and southern Western Australia around the end of the "
                "year.",
            ),
            byline="Sophie Nguyen",
            style=0,
            date="2 September 2025",
        ),
        {"head": "near", "hedge": "nearly"},
        {"head": "above", "hedge": "more than"},
    )
    epa = _report(
        (
            "Inventory of U.S. Greenhouse Gas Emissions and Sinks",
            "1990-2023",
            "U.S. Environmental Protection Agency",
            "EPA 430-R-25-001",
        ),
        (
            "This inventory is the official U.S. account of anthropogenic greenhouse gas "
            "emissions and sinks, submitted each year to the United Nations Framework "
            "Convention on Climate Change.",
            "Estimates are presented in million metric tons of carbon dioxide equivalents "
            "(MMT CO2 Eq.), weighting each gas by its global warming potential.",
        ),
        (
            "- Total gross U.S. greenhouse gas emissions decreased from 2022 to 2023.",
            "- Transportation remained the largest source of emissions, followed by electric "
            "power generation.",
            "- Net emissions, which include land sector sinks, also decreased.",
        ),
        (
            (
                "Executive summary",
                "In 2023, total gross U.S. greenhouse gas emissions were 6,237.4 million metric "
                "tons of carbon dioxide equivalent (MMT CO2 Eq.), compared with 6,371.0 MMT CO2 "
                "Eq. in 2022.",
                "Total gross emissions decreased by 2.1 percent from 2022 to 2023. Net "
                "emissions, including sinks, were 5,312.6 MMT CO2 Eq.",
            ),
            (
                "Trends by economic sector",
                "The decrease was driven largely by lower emissions from the electric power "
                "sector, as coal-fired generation declined, and by reduced fuel use for heating "
                "during a warmer winter.",
                "Transportation accounted for 28.6 percent of gross emissions, electric power "
                "for 24.9 percent, industry for 23.1 percent, agriculture for 9.8 percent, and "
                "commercial and residential buildings for 13.6 percent.",
            ),
        ),
        (
            (
                ("Gas", "2022 (MMT CO2 Eq.)", "2023 (MMT CO2 Eq.)"),
                ("Carbon dioxide", "5,117.3", "4,991.2"),
                ("Methane", "702.6", "698.4"),
                ("Nitrous oxide", "379.8", "376.1"),
                ("Fluorinated gases", "171.3", "171.7"),
                ("Total gross emissions", "6,371.0", "6,237.4"),
            ),
        ),
    )
    out += _pair(
        "pdf report",
        14,
        "us-emissions-inventory-2023",
        epa,
        Story(
            "US greenhouse gas emissions fell 2.1% in 2023, EPA says",
            (
                "WASHINGTON — US greenhouse gas emissions fell in 2023 as power plants burned "
                "less coal and a warmer winter cut demand for heating, according to the "
                "government's official inventory.",
                "Gross emissions dropped 2.1% to {total} metric tons of carbon dioxide "
                "equivalent, <a>the Environmental Protection Agency's inventory</a> shows.",
                "The inventory, which the United States submits each year under the UN climate "
                "convention, is the most comprehensive official account of the country's "
                "emissions from power plants, vehicles, farms, landfills and industry.",
                "Transportation remained the largest source of emissions, ahead of electricity "
                "generation.",
                "Environmental groups said the decline was too slow to meet the country's "
                "climate commitments, while industry groups said it showed emissions could fall "
                "while the economy grew.",
            ),
            byline="Daniel Morse",
            style=3,
            date="April 15, 2025",
            caption="A coal-fired power plant in West Virginia. Photograph: AP",
            related=(
                "Methane rule for oil and gas operators delayed",
                "States sue over vehicle emissions standards",
            ),
        ),
        {"total": "6.24 billion"},
        {"total": "6.24 million"},
    )
    return out


# --- text, CSV and JSON ----------------------------------------------------------------------


def _quick_stats_csv() -> str:
    head = (
        '"Program","Year","Period","Week Ending","Geo Level","State","State ANSI",'
        '"Commodity","Data Item","Domain","Domain Category","Value","CV (%)"'
    )
    herds = (
        ("TEXAS", "48", "12,100,000", "12,300,000"),
        ("NEBRASKA", "31", "6,350,000", "6,450,000"),
        ("KANSAS", "20", "5,950,000", "6,150,000"),
        ("OKLAHOMA", "40", "4,600,000", "4,650,000"),
        ("MISSOURI", "29", "3,800,000", "3,900,000"),
        ("SOUTH DAKOTA", "46", "3,550,000", "3,650,000"),
        ("IOWA", "19", "3,450,000", "3,500,000"),
    )
    lines = [head]
    item = '"CATTLE","CATTLE, INCL CALVES - INVENTORY","TOTAL","NOT SPECIFIED"'
    for year, column in (("2025", 2), ("2024", 3)):
        for herd in herds:
            lines.append(
                f'"SURVEY","{year}","FIRST OF JAN","","STATE","{herd[0]}","{herd[1]}",'
                f'{item},"{herd[column]}",""'
            )
        total = "86,700,000" if year == "2025" else "87,200,000"
        lines.append(
            f'"SURVEY","{year}","FIRST OF JAN","","NATIONAL","US TOTAL","",{item},"{total}",""'
        )
    return "\r\n".join(lines) + "\r\n"


def _texts() -> list[Case]:
    out: list[Case] = []
    out += _pair(
        "text or csv",
        15,
        "texas-cattle-herd-january",
        _text(_quick_stats_csv(), "text/csv"),
        Story(
            "{head}",
            (
                "AMARILLO, Texas — {lede}",
                "The state had 12.1 million head of cattle and calves on January 1, {dir} "
                "nearly 2% from a year earlier, <a>U.S. Department of Agriculture survey data</a> "
                "show.",
                "Texas still has by far the largest herd of any state, well ahead of Nebraska "
                "and Kansas.",
                "Cattle prices have been at or near record highs as supplies have tightened, a "
                "boon for ranchers but a cost felt by shoppers at the meat counter.",
                "Economists at Texas A&M AgriLife Extension said rebuilding would take years, "
                "because heifers kept back for breeding cannot be sold for beef.",
            ),
            byline="Cody Whitfield",
            style=1,
            date="Feb. 3, 2025",
        ),
        {
            "head": "Texas cattle herd shrinks again as drought lingers",
            "lede": "Texas ranchers went into the new year with fewer cattle, as high feed "
            "costs and dry pastures kept herds from being rebuilt.",
            "dir": "down",
        },
        {
            "head": "Texas cattle herd grows despite drought",
            "lede": "Texas ranchers went into the new year with more cattle, despite high "
            "feed costs and dry pastures across much of the state.",
            "dir": "up",
        },
    )
    milk = (
        "Table 32-10-0113-01  Milk production and utilization, annual (kilolitres)\n"
        '"Geography","Reference period","Total milk production (kilolitres)"\n'
        '"Canada","2024","9,781,460"\n'
        '"Newfoundland and Labrador","2024","41,210"\n'
        '"Prince Edward Island","2024","108,960"\n'
        '"Nova Scotia","2024","164,380"\n'
        '"New Brunswick","2024","151,250"\n'
        '"Quebec","2024","3,621,940"\n'
        '"Ontario","2024","3,412,870"\n'
        '"Manitoba","2024","398,220"\n'
        '"Saskatchewan","2024","290,540"\n'
        '"Alberta","2024","861,380"\n'
        '"British Columbia","2024","730,710"\n'
        "\n"
        "Footnotes:\n"
        "1 Total milk production is milk and cream sold off farms plus milk used on farms.\n"
        "Symbol legend: .. not available for a specific reference period\n"
        "How to cite: Statistics Canada. Table 32-10-0113-01 Milk production and utilization\n"
    )
    out += _pair(
        "text or csv",
        16,
        "ontario-quebec-milk-supply",
        _text(milk),
        Story(
            "Ontario and Quebec dominate Canada's milk supply",
            (
                "TORONTO — Quebec and Ontario dairy farms produce most of Canada's milk, and new "
                "figures show how concentrated the country's supply-managed dairy sector remains.",
                "Ontario farms produced 3.41 billion litres of milk last year, {share} of the "
                "national total, <a>Statistics Canada said</a>.",
                "Quebec produced slightly more, the agency's table shows, while the four western "
                "provinces together accounted for most of the rest.",
                "Canada's supply management system sets production quotas for each province and "
                "limits imports with high tariffs, a long-running point of friction in trade "
                "talks with the United States.",
                "Dairy Farmers of Canada said demand for butter and cheese had kept processors "
                "busy, even as sales of fluid milk continued a slow decline.",
            ),
            byline="Michelle Tremblay",
            style=2,
            date="March 6, 2025",
        ),
        {"share": "more than a third"},
        {"share": "nearly 40%"},
    )
    winter = (
        "MET OFFICE - UK CLIMATE SUMMARY\n"
        "Winter 2024/25 (December, January, February)\n"
        "Issued: 3 March 2025\n"
        "\n"
        "Provisional statistics, compared with the 1991-2020 long-term average.\n"
        "\n"
        "Region            Mean temp  Anomaly  Rainfall  % of avg  Sunshine  % of avg\n"
        "                  (degC)     (degC)   (mm)                (hours)\n"
        "UK                  4.9       +0.8     312.4       96      182.3      112\n"
        "England             5.7       +0.9     198.2       92      203.1      113\n"
        "Wales               5.6       +0.7     452.1      101      170.4      110\n"
        "Scotland            3.6       +0.6     478.3       99      146.8      108\n"
        "Northern Ireland    5.2       +0.6     301.5       97      151.9      111\n"
        "\n"
        "Summary: Winter was milder than average overall. December was notably mild, January\n"
        "brought a cold spell with snow in the north, and February was mild and wet in the\n"
        "west. Rainfall was slightly below average for the UK as a whole. Sunshine was above\n"
        "average in all countries, especially in England.\n"
    )
    out += _pair(
        "text or csv",
        17,
        "winter-milder-than-average",
        _text(winter),
        Story(
            "Winter was milder than average, Met Office says",
            (
                "EXETER — This winter was milder than average across the UK despite a cold, "
                "snowy spell in January, according to the national weather service.",
                "The UK's mean temperature over December, January and February was 4.9C, "
                "{anom}C above the 1991-2020 average. <a>The Met Office's provisional "
                "figures</a>, published on Monday, also show that rainfall was slightly below "
                "normal overall, though February was wet in the west.",
                "Sunshine was unusually plentiful for the time of year, particularly in England.",
                "Climate scientists note that mild winters have become more common as the "
                "climate warms, although cold snaps still occur when high pressure draws in air "
                "from the Arctic or continental Europe.",
                "Long-range forecasts suggest a slightly higher-than-normal chance of a warm "
                "spring.",
            ),
            byline="Ellie Marshall",
            style=0,
            date="3 March 2025",
        ),
        {"anom": "0.8"},
        {"anom": "1.8"},
    )

    def row(period: str, fuel: str, name: str, value: str) -> dict[str, str]:
        return {
            "period": period,
            "location": "US",
            "stateDescription": "U.S. Total",
            "sectorid": "99",
            "sectorDescription": "All Sectors",
            "fueltypeid": fuel,
            "fuelTypeDescription": name,
            "generation": value,
            "generation-units": "thousand megawatthours",
        }

    eia = {
        "response": {
            "total": "6",
            "dateFormat": "YYYY-MM",
            "frequency": "monthly",
            "data": [
                row("2025-06", "SUN", "solar", "29412.38"),
                row("2025-06", "WND", "wind", "34018.77"),
                row("2025-05", "SUN", "solar", "27118.02"),
                row("2025-05", "WND", "wind", "40233.51"),
                row("2024-06", "SUN", "solar", "23004.70"),
                row("2024-06", "WND", "wind", "35102.66"),
            ],
            "description": "Monthly net generation by energy source, all sectors.",
        },
        "request": {
            "command": "/v2/electricity/electric-power-operational-data/data/",
            "params": {
                "frequency": "monthly",
                "data": ["generation"],
                "facets": {"location": ["US"], "sectorid": ["99"], "fueltypeid": ["SUN", "WND"]},
                "start": "2024-06",
                "end": "2025-06",
            },
        },
        "apiVersion": "2.1.8",
    }
    out += _pair(
        "text or csv",
        18,
        "us-solar-output-june",
        _json(eia),
        Story(
            "US solar output jumps {pct}% in June",
            (
                "WASHINGTON — American solar power plants kept up their rapid growth in June as "
                "new projects came online across Texas, California and the Southwest.",
                "Solar plants generated 29.4 million megawatt-hours of electricity during the "
                "month, up {pct}% from June last year, according to <a>data from the Energy "
                "Information Administration</a>.",
                "Wind generation was slightly lower than a year earlier, the data show.",
                "The growth comes as developers race to finish projects before federal tax "
                "credits are phased down under legislation passed by Congress this summer.",
                "Utilities in Texas and California increasingly pair solar farms with large "
                "batteries, which store midday power for use after sunset, when demand peaks.",
            ),
            byline="Priya Natarajan",
            style=4,
            date="Aug. 26, 2025",
        ),
        {"pct": "28"},
        {"pct": "18"},
    )
    return out


# --- long pages ------------------------------------------------------------------------------

_ORDINALS = ("", "", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")

# State, annual normal temperature (°F), annual normal precipitation (inches), region.
_STATES = (
    ("Alabama", 62.8, 56.1, "S"),
    ("Arizona", 60.2, 12.8, "W"),
    ("Arkansas", 60.4, 50.6, "S"),
    ("California", 59.4, 22.2, "W"),
    ("Colorado", 45.1, 16.0, "W"),
    ("Connecticut", 49.0, 47.9, "NE"),
    ("Delaware", 55.3, 44.7, "NE"),
    ("Florida", 70.7, 54.5, "S"),
    ("Georgia", 63.5, 50.7, "S"),
    ("Idaho", 44.4, 18.9, "W"),
    ("Illinois", 51.8, 39.2, "MW"),
    ("Indiana", 51.7, 41.7, "MW"),
    ("Iowa", 47.8, 34.0, "UM"),
    ("Kansas", 54.3, 28.9, "MW"),
    ("Kentucky", 55.6, 48.9, "S"),
    ("Louisiana", 66.4, 60.1, "S"),
    ("Maine", 41.0, 44.4, "NE"),
    ("Maryland", 54.2, 44.5, "NE"),
    ("Massachusetts", 47.9, 47.8, "NE"),
    ("Michigan", 44.4, 32.5, "UM"),
    ("Mississippi", 63.4, 57.2, "S"),
    ("Missouri", 54.5, 42.2, "MW"),
    ("Montana", 42.7, 15.3, "W"),
    ("Nebraska", 48.8, 23.6, "MW"),
    ("Nevada", 49.9, 9.5, "W"),
    ("New Hampshire", 43.8, 44.7, "NE"),
    ("New Jersey", 52.7, 46.5, "NE"),
    ("New Mexico", 53.4, 14.2, "W"),
    ("New York", 45.4, 41.8, "NE"),
    ("North Carolina", 59.0, 49.5, "S"),
    ("North Dakota", 40.4, 17.8, "UM"),
    ("Ohio", 50.7, 39.1, "MW"),
    ("Oklahoma", 59.6, 36.5, "S"),
    ("Oregon", 48.4, 27.4, "W"),
    ("Pennsylvania", 48.8, 42.9, "NE"),
    ("Rhode Island", 50.1, 47.9, "NE"),
    ("South Carolina", 62.4, 49.8, "S"),
    ("South Dakota", 45.2, 20.1, "UM"),
    ("Tennessee", 57.6, 53.7, "S"),
    ("Texas", 64.8, 28.9, "S"),
    ("Utah", 48.6, 12.2, "W"),
    ("Vermont", 42.9, 43.7, "NE"),
    ("Virginia", 55.1, 44.3, "S"),
    ("Washington", 48.3, 38.4, "W"),
    ("West Virginia", 51.8, 45.2, "S"),
    ("Wisconsin", 43.1, 32.6, "UM"),
    ("Wyoming", 41.6, 13.0, "W"),
    ("Minnesota", 41.2, 27.3, "UM"),
)


def _noaa_long() -> Source:
    rng = random.Random(22019)
    spans = {"UM": (3.7, 4.4), "NE": (3.3, 4.2), "MW": (2.6, 3.4), "S": (1.6, 2.9), "W": (1.4, 3.2)}
    fixed = {"Minnesota": 4.6, "Ohio": 3.5, "Virginia": 2.7}
    paras = []
    for state, temp, rain, region in sorted(_STATES):
        low, high = spans[region]
        anomaly = fixed.get(state, round(rng.uniform(low, high), 1))
        if state != "Minnesota" and anomaly >= 4.5:
            anomaly = 4.4
        mean = 55.5 if state == "Virginia" else round(temp + anomaly, 1)
        if state != "Virginia" and mean == 55.5:
            mean = 55.6
        rank = 1 if anomaly >= 3.9 else min(8, 2 + int((3.9 - anomaly) * 2.5))
        ranked = "warmest year on record" if rank == 1 else f"{_ORDINALS[rank]}-warmest year"
        total = round(rain * rng.uniform(0.78, 1.24), 2)
        diff = round(total - rain, 2)
        side = "above" if diff >= 0 else "below"
        wet = "wetter" if diff >= 0 else "drier"
        paras.append(
            f"<p><strong>{state}.</strong> The statewide average temperature in 2024 was "
            f"{mean:.1f}°F, {anomaly:.1f}°F above the 20th-century average, making it the "
            f"{ranked} in the 130-year record for the state. Precipitation totaled {total:.2f} "
            f"inches, {abs(diff):.2f} inches {side} average, and the year was {wet} than normal "
            "across much of the state.</p>"
        )
    body = (
        "<h1>Annual 2024 National Climate Report</h1>"
        "<p>NOAA National Centers for Environmental Information. Published January 2025.</p>"
        "<h2>National overview</h2>"
        "<p>The average temperature of the contiguous U.S. in 2024 was 55.5°F, 3.5°F above the "
        "20th-century average, ranking as the warmest year in the 130-year period of record. "
        "Every state in the contiguous U.S. was warmer than average, and the largest departures "
        "from average were observed across the Upper Midwest and the Northeast, where several "
        "states had their warmest year on record. Minimum temperatures were especially "
        "elevated, continuing a long-term trend of warmer nights.</p>"
        "<p>Precipitation across the contiguous U.S. totaled 30.57 inches, 0.63 inch above "
        "average, ranking in the middle third of the historical record. Wetter-than-average "
        "conditions were observed across parts of the Southeast, the Ohio Valley and the "
        "northern Plains, while parts of the Southwest and the northern Rockies were drier "
        "than average. Drought expanded rapidly across the East in the autumn after one of the "
        "driest Septembers and Octobers on record for several states.</p>"
        "<p>The U.S. experienced numerous weather and climate disasters in 2024, including "
        "severe convective storms, tropical cyclones, winter storms, flooding and wildfire. "
        "Hurricane Helene made landfall in the Big Bend region of Florida as a Category 4 "
        "hurricane and brought catastrophic flooding to western North Carolina and parts of "
        "Tennessee, South Carolina, Georgia and Virginia; it was the deadliest hurricane to "
        "strike the U.S. mainland since Katrina. Hurricane Milton made landfall near Siesta Key, "
        "Florida, less than two weeks later.</p>"
        "<h2>Temperature and precipitation extremes</h2>"
        "<p>The U.S. Climate Extremes Index, which tracks extremes in temperature, precipitation, "
        "drought and tropical cyclones, was above average for the year, driven by extremes in "
        "warm minimum and maximum temperatures and in one-day precipitation totals. Heat waves "
        "affected the Southwest for much of the summer, with record-long runs of days above "
        "110°F in parts of Arizona and Nevada. In the East, a late-season heat wave in early "
        "October set records for the month in several cities.</p>"
        "<p>The winter season was the warmest on record for the contiguous U.S., with very "
        "little snow across the Upper Midwest, where lake ice formed late and broke up early. "
        "Spring brought an active severe weather season, with tornado outbreaks across the "
        "central Plains and the Ohio Valley. Summer was among the hottest on record, and "
        "autumn was the warmest on record, with a dry September and October in much of the "
        "East.</p>"
        "<h2>State highlights</h2>"
        "<p>Statewide values below are preliminary and are computed from the nClimGrid "
        "dataset. Rankings compare each state's 2024 value with the 130 years of record from "
        "1895 to 2024.</p>" + "".join(paras) + "<h2>About this report</h2>"
        "<p>Monthly and annual climate reports are issued by NCEI shortly after the end of "
        "each period. Values are preliminary and may change as more observations are "
        "received and quality-controlled. Temperature and precipitation are area-averaged "
        "over the contiguous U.S. Alaska and Hawaii are reported separately.</p>"
    )
    return _html("Annual 2024 National Climate Report | NCEI", body)


# Country, PM2.5 stations, above the 2030 limit, above the current limit, highest annual mean,
# where it was measured. Fixed rows for the countries the articles are about.
_EEA_FIXED = {
    "Poland": (142, 118, 3, 27.4, "Kraków"),
    "Italy": (298, 163, 1, 26.1, "Milan"),
}
_EEA_COUNTRIES = (
    ("Austria", "Graz", 0.35),
    ("Belgium", "Antwerp", 0.45),
    ("Bulgaria", "Plovdiv", 0.8),
    ("Croatia", "Slavonski Brod", 0.75),
    ("Cyprus", "Nicosia", 0.9),
    ("Czechia", "Ostrava", 0.7),
    ("Denmark", "Copenhagen", 0.15),
    ("Estonia", "Tallinn", 0.05),
    ("Finland", "Helsinki", 0.02),
    ("France", "Paris", 0.3),
    ("Germany", "Stuttgart", 0.25),
    ("Greece", "Thessaloniki", 0.75),
    ("Hungary", "Budapest", 0.7),
    ("Ireland", "Dublin", 0.2),
    ("Italy", "Milan", 0.55),
    ("Latvia", "Riga", 0.3),
    ("Lithuania", "Vilnius", 0.35),
    ("Luxembourg", "Esch", 0.2),
    ("Malta", "Msida", 0.6),
    ("Netherlands", "Rotterdam", 0.4),
    ("Poland", "Kraków", 0.8),
    ("Portugal", "Lisbon", 0.15),
    ("Romania", "Bucharest", 0.8),
    ("Slovakia", "Banská Bystrica", 0.75),
    ("Slovenia", "Ljubljana", 0.5),
    ("Spain", "Madrid", 0.2),
    ("Sweden", "Stockholm", 0.02),
    ("Norway", "Oslo", 0.05),
    ("Switzerland", "Lugano", 0.2),
)


def _eea_long() -> Source:
    rng = random.Random(22020)
    paras = []
    for country, city, share in _EEA_COUNTRIES:
        if country in _EEA_FIXED:
            stations, above, current, peak, city = _EEA_FIXED[country]
        else:
            stations = rng.randint(8, 120)
            if stations in (142, 298):
                stations += 1
            above = round(stations * min(1.0, max(0.0, share + rng.uniform(-0.1, 0.1))))
            current = rng.choice((0, 0, 0, 1, 2)) if share > 0.6 else 0
            peak = round(rng.uniform(9.0, 14.0) + share * 12, 1)
            if current:
                peak = round(rng.uniform(25.2, 28.5), 1)
        no2 = rng.randint(12, 160)
        no2_above = round(no2 * rng.uniform(0.05, 0.4))
        exceed = (
            f"and {current} above the current limit value of 25 µg/m³"
            if current
            else "and none above the current limit value of 25 µg/m³"
        )
        paras.append(
            f"<h3>{country}</h3><p>Of the {stations} stations in {country} that reported "
            f"annual mean PM2.5 concentrations for 2024, {above} recorded values above the "
            f"limit value of 10 µg/m³ that applies from 2030, {exceed}. The highest annual mean, "
            f"{peak:.1f} µg/m³, was measured at a station in {city}. For nitrogen dioxide, "
            f"{no2_above} of {no2} stations were above the 2030 limit of 20 µg/m³. Residential "
            "heating with solid fuels and road traffic were the main sources of fine particles "
            "reported for the country.</p>"
        )
    body = (
        "<h1>Europe's air quality status 2025</h1>"
        "<p>European Environment Agency briefing. Published 18 June 2025.</p>"
        "<h2>Key messages</h2>"
        "<p>Air pollution remains the largest environmental health risk in Europe. Although "
        "concentrations of the main pollutants have fallen over the past two decades, most "
        "monitoring stations in the EU would fail to meet the stricter limit values that the "
        "revised Ambient Air Quality Directive sets for 2030, and nearly all would fail the "
        "guideline levels recommended by the World Health Organization.</p>"
        "<p>Fine particulate matter (PM2.5) has the greatest impact on health. Its main sources "
        "are the burning of solid fuels such as coal and wood for heating homes, road "
        "transport, industry and agriculture, which emits ammonia that forms secondary "
        "particles in the atmosphere. Concentrations are highest in central and eastern "
        "Europe and in northern Italy, where emissions from domestic heating combine with "
        "weather conditions that trap pollution close to the ground in winter.</p>"
        "<p>The revised directive, agreed in 2024, lowers the annual limit value for PM2.5 "
        "from 25 µg/m³ to 10 µg/m³ from 2030. The WHO guideline level is 5 µg/m³. For "
        "nitrogen dioxide the annual limit falls from 40 µg/m³ to 20 µg/m³.</p>"
        "<h2>About the data</h2>"
        "<p>The figures below are based on data reported by countries to the EEA for 2024. "
        "Only stations meeting the data coverage requirements are included, so the number of "
        "stations differs between pollutants. Results for 2024 are provisional.</p>"
        "<h2>Results by country</h2>" + "".join(paras) + "<h2>Outlook</h2>"
        "<p>Meeting the 2030 limit values will require further cuts in emissions from "
        "domestic heating, transport and agriculture. Many countries have adopted programmes "
        "to replace old solid-fuel boilers and stoves, expand low-emission zones in cities and "
        "reduce ammonia emissions from livestock and fertiliser use. The EEA will publish its "
        "next assessment of health impacts later this year.</p>"
    )
    return _html("Europe's air quality status 2025 — European Environment Agency", body)


# Mission or project, division, FY 2025 and FY 2026 request in $ million (drawn below).
_NASA_PROJECTS = (
    ("Dragonfly", "Planetary Science"),
    ("Europa Clipper", "Planetary Science"),
    ("Mars Sample Return", "Planetary Science"),
    ("VIPER", "Planetary Science"),
    ("Lunar Discovery and Exploration", "Planetary Science"),
    ("New Frontiers", "Planetary Science"),
    ("Discovery", "Planetary Science"),
    ("Planetary Defense", "Planetary Science"),
    ("NEO Surveyor", "Planetary Science"),
    ("Nancy Grace Roman Space Telescope", "Astrophysics"),
    ("James Webb Space Telescope operations", "Astrophysics"),
    ("Hubble", "Astrophysics"),
    ("Chandra", "Astrophysics"),
    ("Explorers", "Astrophysics"),
    ("Habitable Worlds Observatory studies", "Astrophysics"),
    ("Landsat Next", "Earth Science"),
    ("NISAR", "Earth Science"),
    ("PACE", "Earth Science"),
    ("Earth System Observatory", "Earth Science"),
    ("Earth Science Research", "Earth Science"),
    ("Applied Sciences", "Earth Science"),
    ("Earth Venture", "Earth Science"),
    ("Parker Solar Probe", "Heliophysics"),
    ("IMAP", "Heliophysics"),
    ("Geospace Dynamics Constellation", "Heliophysics"),
    ("Heliophysics Explorers", "Heliophysics"),
    ("Space Weather", "Heliophysics"),
    ("Space Biology", "Biological and Physical Sciences"),
    ("Physical Sciences Research", "Biological and Physical Sciences"),
    ("QuickSounder", "Joint Agency Satellite Division"),
    ("Space Launch System", "Exploration"),
    ("Orion", "Exploration"),
    ("Exploration Ground Systems", "Exploration"),
    ("Human Landing System", "Exploration"),
    ("Gateway", "Exploration"),
    ("Artemis Campaign Development", "Exploration"),
    ("International Space Station", "Space Operations"),
    ("Commercial Crew Program", "Space Operations"),
    ("Commercial LEO Development", "Space Operations"),
    ("Space and Flight Support", "Space Operations"),
    ("Advanced Air Mobility", "Aeronautics"),
    ("Sustainable Flight Demonstrator", "Aeronautics"),
    ("Low-Boom Flight Demonstrator", "Aeronautics"),
    ("Space Technology Research and Development", "Space Technology"),
    ("Technology Demonstration", "Space Technology"),
    ("Small Business Innovation Research", "Space Technology"),
)

_NASA_NOTES = (
    "The request supports continued development toward the planned launch date.",
    "Funding covers operations, data analysis and grants to research teams.",
    "The change reflects the project's move from development into operations.",
    "The request maintains the schedule agreed at the project's last major review.",
    "Funding is reduced as the agency reviews the project's scope and cost.",
    "The increase supports integration and testing of flight hardware.",
    "The request funds competitively selected investigations and mission studies.",
)

_NASA_DIVISIONS = (
    ("Earth Science", "2,194.6", "1,982.4"),
    ("Planetary Science", "2,607.9", "2,718.5"),
    ("Astrophysics", "1,530.0", "1,532.1"),
    ("Heliophysics", "805.0", "805.6"),
    ("Biological and Physical Sciences", "88.0", "88.7"),
    ("Joint Agency Satellite Division", "108.4", "212.9"),
)

_NASA_ACCOUNTS = (
    ("Science", "7,333.9", "7,340.2"),
    ("Aeronautics", "935.0", "935.4"),
    ("Space Technology", "1,100.0", "1,180.6"),
    ("Exploration", "7,666.2", "7,618.2"),
    ("Space Operations", "4,220.0", "4,220.3"),
    ("STEM Engagement", "143.0", "143.5"),
    ("Safety, Security and Mission Services", "3,129.0", "3,129.6"),
    ("Construction and Environmental Compliance and Restoration", "424.0", "424.8"),
    ("Inspector General", "50.0", "50.1"),
)


def _nasa_long() -> Source:
    rng = random.Random(22021)
    divisions = "".join(
        f"<tr><td>{name}</td><td>{fy25}</td><td>{fy26}</td></tr>"
        for name, fy25, fy26 in _NASA_DIVISIONS
    )
    accounts = "".join(
        f"<tr><td>{name}</td><td>{fy25}</td><td>{fy26}</td></tr>"
        for name, fy25, fy26 in _NASA_ACCOUNTS
    )
    taken = {v for _, a, b in _NASA_DIVISIONS + _NASA_ACCOUNTS for v in (a, b)}
    projects = []
    for project, division in _NASA_PROJECTS:
        while True:
            fy25 = round(rng.uniform(18, 780), 1)
            fy26 = round(fy25 * rng.uniform(0.7, 1.3), 1)
            if f"{fy25:,.1f}" not in taken and f"{fy26:,.1f}" not in taken:
                break
        note = rng.choice(_NASA_NOTES)
        projects.append(
            f"<li><strong>{project}</strong> ({division}): ${fy26:,.1f} million requested for "
            f"FY 2026, compared with ${fy25:,.1f} million in FY 2025. {note}</li>"
        )
    body = (
        "<h1>FY 2026 Budget Request: Agency Summary</h1>"
        "<p>National Aeronautics and Space Administration. Office of the Chief Financial "
        "Officer. Budget authority in millions of dollars.</p>"
        "<h2>Overview</h2>"
        "<p>The President's Fiscal Year 2026 budget request for NASA totals $25,042.7 million. "
        "The request prioritizes returning American astronauts to the Moon under the Artemis "
        "campaign, preparing for human missions to Mars, and a balanced science portfolio that "
        "emphasizes planetary exploration and the search for life beyond Earth. It continues "
        "the transition from the International Space Station to commercial low Earth orbit "
        "destinations and sustains investments in aeronautics research and space technology "
        "that strengthen American industry.</p>"
        "<p>The FY 2025 column reflects the operating plan under the full-year continuing "
        "resolution. Amounts may not add because of rounding. The request is subject to "
        "appropriation by Congress, and final funding levels for individual missions will be "
        "set in the agency's operating plan after enactment.</p>"
        "<table><caption>Budget authority by account ($ in millions)</caption><thead><tr>"
        "<th>Account</th><th>FY 2025</th><th>FY 2026 request</th></tr></thead>"
        f"<tbody>{accounts}<tr><th>NASA total</th><th>25,001.1</th><th>25,042.7</th></tr>"
        "</tbody></table>"
        "<h2>Science</h2>"
        "<p>The Science Mission Directorate request of $7,340.2 million funds research, "
        "missions in development and operating missions across Earth science, planetary "
        "science, astrophysics, heliophysics, and biological and physical sciences. The "
        "request increases planetary science to sustain the Dragonfly mission to Titan and to "
        "begin operations of Europa Clipper, and it reduces Earth science as the agency "
        "consolidates its satellite programs and transfers some operational missions to "
        "partner agencies.</p>"
        "<table><caption>Science Mission Directorate by division ($ in millions)</caption>"
        "<thead><tr><th>Division</th><th>FY 2025</th><th>FY 2026 request</th></tr></thead>"
        f"<tbody>{divisions}</tbody></table>"
        "<h2>Exploration</h2>"
        "<p>The Exploration request of $7,618.2 million supports the Space Launch System, the "
        "Orion crew vehicle and ground systems for the Artemis II crewed flight around the "
        "Moon and the Artemis III landing. It funds the Human Landing System contracts with "
        "commercial partners and continued development of the Gateway lunar outpost with "
        "international partners.</p>"
        "<h2>Space Operations</h2>"
        "<p>The Space Operations request of $4,220.3 million supports safe operations of the "
        "International Space Station through the end of the decade, commercial crew and cargo "
        "transportation, and the development of commercial space stations that will succeed "
        "it. It also funds the space communications networks that carry data from missions "
        "across the solar system.</p>"
        "<h2>Aeronautics and Space Technology</h2>"
        "<p>The Aeronautics request of $935.4 million continues research on quieter supersonic "
        "flight, more efficient airliners and the integration of drones and air taxis into the "
        "national airspace. The Space Technology request of $1,180.6 million invests in "
        "nuclear propulsion, in-space manufacturing, advanced communications and technologies "
        "for living and working on the Moon and Mars.</p>"
        "<h2>Mission and project detail</h2>"
        "<p>The following list gives requested funding for selected missions and projects. "
        "Amounts for projects in formulation are estimates and may change at confirmation "
        f"review.</p><ul>{''.join(projects)}</ul>"
        "<h2>Science highlights by division</h2>"
        "<p>Earth Science ($1,982.4 million) continues operating missions that measure sea "
        "level, ocean colour, soil moisture, precipitation and greenhouse gases, and develops "
        "the next generation of land-imaging satellites with the U.S. Geological Survey. The "
        "request consolidates research and analysis programs and ends funding for several "
        "missions that have completed their prime operations.</p>"
        "<p>Planetary Science ($2,718.5 million) supports the Dragonfly rotorcraft mission to "
        "Saturn's moon Titan, operations of Europa Clipper during its cruise to Jupiter, the "
        "NEO Surveyor mission to find potentially hazardous asteroids, and Commercial Lunar "
        "Payload Services deliveries of science instruments to the Moon. The request "
        "restructures Mars Sample Return to reduce its cost.</p>"
        "<p>Astrophysics ($1,532.1 million) operates the James Webb, Hubble and Chandra space "
        "telescopes and completes the Nancy Grace Roman Space Telescope. Heliophysics ($805.6 "
        "million) operates a fleet of spacecraft studying the Sun and its effects on Earth and "
        "supports space weather research with other agencies. Biological and Physical Sciences "
        "($88.7 million) funds research aboard the International Space Station.</p>"
        "<h2>Workforce and centers</h2>"
        "<p>The request supports a civil service workforce at NASA Headquarters and ten field "
        "centers, together with the Jet Propulsion Laboratory, a federally funded research and "
        "development center managed by the California Institute of Technology. The agency "
        "continues to consolidate office space and to demolish facilities that are no longer "
        "needed, reducing the cost of operating and maintaining its infrastructure.</p>"
        "<h2>Mission support</h2>"
        "<p>Safety, Security and Mission Services ($3,129.6 million) funds the operation of "
        "NASA's centers, information technology and cybersecurity, and agency-wide safety and "
        "mission assurance. Construction and Environmental Compliance and Restoration ($424.8 "
        "million) repairs and replaces aging infrastructure at NASA's centers and test sites. "
        "STEM Engagement ($143.5 million) supports grants and internships that bring students "
        "into NASA's work. The Office of Inspector General request is $50.1 million.</p>"
    )
    return _html("FY 2026 Budget Request Agency Summary | NASA", body)


# Province, 1990, 2005 and 2023 emissions (Mt CO2 eq), the largest two sources.
_PROVINCES = (
    ("Newfoundland and Labrador", "9.4", "10.3", "9", "oil and gas", "transport"),
    ("Prince Edward Island", "1.9", "2.1", "1.6", "transport", "agriculture"),
    ("Nova Scotia", "19.6", "23.1", "14", "electricity", "transport"),
    ("New Brunswick", "16.2", "20.0", "11", "heavy industry", "transport"),
    ("Quebec", "86.0", "86.8", "77", "transport", "heavy industry"),
    ("Ontario", "179.6", "213.1", "148", "transport", "buildings"),
    ("Manitoba", "18.4", "20.5", "21", "agriculture", "transport"),
    ("Saskatchewan", "44.7", "68.6", "69", "oil and gas", "agriculture"),
    ("Alberta", "172.4", "250.3", "276", "oil and gas", "electricity"),
    ("British Columbia", "51.9", "63.4", "64.9", "transport", "oil and gas"),
    ("Yukon", "0.5", "0.6", "0.6", "transport", "buildings"),
    ("Northwest Territories", "1.1", "1.7", "1.3", "transport", "oil and gas"),
    ("Nunavut", "0.3", "0.5", "0.6", "transport", "electricity"),
)

_SECTORS = (
    (
        "Oil and gas",
        "208",
        "209",
        "Emissions from oil sands operations continued to grow with production, while "
        "methane emissions from conventional oil and gas production declined as new venting "
        "and leak detection rules took effect.",
    ),
    (
        "Transport",
        "157",
        "158",
        "Passenger vehicles, freight trucks, aviation, rail and marine transport together "
        "form the second-largest source. Emissions from light-duty vehicles fell slightly as "
        "the share of electric vehicles in new sales rose.",
    ),
    (
        "Buildings",
        "86",
        "88",
        "Emissions from heating homes and commercial buildings fell, reflecting a warmer "
        "winter than in 2022 and the continued uptake of heat pumps in several provinces.",
    ),
    (
        "Heavy industry",
        "77",
        "78",
        "Cement, iron and steel, chemicals, fertilisers, mining and smelting account for "
        "most of these emissions. Output was broadly stable and emissions edged down.",
    ),
    (
        "Agriculture",
        "69",
        "69",
        "Agricultural emissions were unchanged from 2022. Methane from cattle digestion and "
        "manure and nitrous oxide from nitrogen fertilisers applied to cropland are the "
        "largest sources; on-farm fuel use accounts for the rest.",
    ),
    (
        "Electricity",
        "51",
        "53",
        "Emissions from electricity generation continued to decline as coal-fired plants "
        "were retired or converted to natural gas, although low hydro reservoir levels in "
        "some provinces increased the use of fossil generation during the year.",
    ),
    (
        "Waste",
        "27",
        "27",
        "Methane from landfills accounts for most waste sector emissions. More landfill gas "
        "is being captured and used for energy, but the amount of waste sent to landfill "
        "continues to grow with the population.",
    ),
    (
        "Light manufacturing, construction and forest resources",
        "19",
        "20",
        "This category includes food processing, vehicle manufacturing, construction and "
        "forestry operations. Emissions fell slightly in 2023.",
    ),
)


_PROVINCE_NOTES = {
    "Newfoundland and Labrador": "Offshore oil production and the Holyrood generating "
    "station, now largely replaced by hydroelectricity from Muskrat Falls, shape the "
    "province's emissions.",
    "Prince Edward Island": "The province has no fossil-fuelled generation of its own and "
    "imports most of its electricity, so transport and heating dominate.",
    "Nova Scotia": "Coal-fired generation has declined as wind farms and imports of "
    "hydroelectricity have grown, although coal remains part of the mix.",
    "New Brunswick": "Emissions fell with the conversion and closure of oil-fired "
    "generating stations and lower output at the province's refinery.",
    "Quebec": "Almost all of the province's electricity comes from hydroelectric dams, so "
    "emissions are concentrated in transport, industry and buildings.",
    "Ontario": "The phase-out of coal-fired generation, completed in 2014, accounts for most "
    "of the province's reduction since 2005.",
    "Manitoba": "Hydroelectricity supplies nearly all of the province's power, and cattle, "
    "hogs and fertilised cropland make agriculture its largest source.",
    "Saskatchewan": "Coal- and gas-fired generation, potash mining, oil production and "
    "extensive grain and oilseed farming give the province high emissions per person.",
    "Alberta": "The growth of oil sands production has been the main driver of the "
    "province's increase, partly offset by the end of coal-fired generation in 2024.",
    "British Columbia": "Hydroelectricity supplies most of the province's power; emissions "
    "come mainly from vehicles, natural gas production and pipelines, and industry.",
    "Yukon": "Diesel generation in remote communities and road transport account for most of "
    "the territory's emissions.",
    "Northwest Territories": "Mining operations and diesel generation in communities not "
    "connected to a grid account for much of the territory's emissions.",
    "Nunavut": "All communities rely on diesel generators for electricity and heating oil "
    "for buildings, as there are no roads or grids linking them.",
}


def _eccc_long() -> Source:
    provinces = "".join(
        f"<h3>{name}</h3><p>Emissions in {name} were {y23} Mt CO2 eq in 2023, compared with "
        f"{y05} Mt in 2005 and {y90} Mt in 1990. The largest sources of emissions in the "
        f"province were {first} and {second}. {_PROVINCE_NOTES[name]} Year-to-year changes "
        "reflect economic activity, weather and changes in the mix of energy sources, as well "
        "as policies adopted by the provincial and federal governments.</p>"
        for name, y90, y05, y23, first, second in _PROVINCES
    )
    sectors = "".join(
        f"<h3>{name}</h3><p>Emissions from the {name.lower()} sector were {y23} Mt CO2 eq in "
        f"2023, compared with {y22} Mt in 2022. {note}</p>"
        for name, y23, y22, note in _SECTORS
    )
    body = (
        "<h1>National Inventory Report 1990–2023: Greenhouse Gas Sources and Sinks in "
        "Canada — Executive Summary</h1>"
        "<p>Environment and Climate Change Canada. Canada's submission to the United Nations "
        "Framework Convention on Climate Change, April 2025.</p>"
        "<h2>Key findings</h2>"
        "<p>In 2023, Canada's total greenhouse gas emissions were 694 megatonnes of carbon "
        "dioxide equivalent (Mt CO2 eq), a decrease of 1.1% from 2022 (702 Mt) and 8.8% below "
        "2005 levels (761 Mt). Emissions in 1990 were 602 Mt. Since 2005, emissions per person "
        "and per dollar of gross domestic product have fallen substantially.</p>"
        "<p>Under the Paris Agreement, Canada has committed to reducing its emissions by 40–45% "
        "below 2005 levels by 2030 and to achieving net-zero emissions by 2050.</p>"
        "<p>The oil and gas sector was the largest source of emissions in 2023, followed by "
        "transport. Together they accounted for more than half of national emissions. The "
        "decline in 2023 reflects lower emissions from electricity generation and buildings, "
        "partly offset by growth in oil sands production.</p>"
        "<h2>Emissions by gas</h2>"
        "<p>Carbon dioxide, mostly from the combustion of fossil fuels, accounted for about "
        "four-fifths of total emissions. Methane, from oil and gas systems, livestock and "
        "landfills, accounted for about one-seventh, and nitrous oxide, mainly from "
        "agricultural soils, for most of the rest. Hydrofluorocarbons and other fluorinated "
        "gases make up a small but growing share.</p>"
        "<h2>Emissions by economic sector</h2>"
        "<p>The inventory allocates emissions to the economic sectors in which they occur. "
        "Values are rounded to the nearest megatonne and may not add to the total.</p>"
        + sectors
        + "<h2>Provincial and territorial emissions</h2>"
        "<p>Emissions vary widely among provinces and territories, reflecting differences in "
        "population, the structure of their economies and their sources of electricity. "
        "Provinces that rely on hydroelectricity, such as Quebec, Manitoba and British "
        "Columbia, have low emissions from electricity generation, while provinces with large "
        "oil and gas industries have higher emissions per person.</p>"
        + provinces
        + "<h2>Trends since 2005</h2>"
        "<p>Most of the decline in national emissions since 2005 has come from electricity "
        "generation, where the closure of coal-fired plants in Ontario, Alberta and the "
        "Atlantic provinces has been partly replaced by natural gas, wind, solar and "
        "hydroelectricity. Emissions from buildings and heavy industry have also fallen, "
        "while those from oil sands operations and from freight transport have risen.</p>"
        "<p>Emissions from agriculture have risen since 2005, mainly because of greater use of "
        "nitrogen fertilisers on cropland, while methane from cattle has declined with the "
        "size of the national beef herd. Emissions from waste have changed little, as greater "
        "capture of landfill gas has offset the growth of the population.</p>"
        "<p>Emissions intensity, measured as emissions per dollar of gross domestic product, "
        "has fallen by more than a third since 2005, and emissions per person have fallen by "
        "about a quarter. These declines reflect structural changes in the economy, a shift to "
        "less carbon-intensive fuels and improvements in energy efficiency in industry, "
        "vehicles and buildings.</p>"
        "<h2>Land use, land-use change and forestry</h2>"
        "<p>The land sector is reported separately from the national total. Managed forests "
        "can act as a sink or a source of carbon depending on harvest, natural disturbances "
        "such as wildfires and insect outbreaks, and the age of the forest. Emissions from "
        "natural disturbances are tracked but excluded from the accounting of progress toward "
        "targets.</p>"
        "<h2>Methods and revisions</h2>"
        "<p>Estimates are prepared following the methods of the Intergovernmental Panel on "
        "Climate Change. Each year, the whole time series from 1990 is recalculated to "
        "incorporate new data and improved methods, so values in this report may differ from "
        "those previously published.</p>"
    )
    return _html("National Inventory Report 1990-2023: Executive Summary - Canada.ca", body)


def _long_pages() -> list[Case]:
    out: list[Case] = []
    out += _pair(
        "long page",
        19,
        "warmest-year-lower-48",
        _noaa_long(),
        Story(
            "2024 was the warmest year on record for the lower 48 states",
            (
                "ASHEVILLE, N.C. — Last year was the hottest on record for the contiguous United "
                "States, federal climate scientists said on Wednesday, capping a year of "
                "punishing heat, drought and destructive hurricanes.",
                "The lower 48 states averaged 55.5F, {anom}F above the 20th-century average, "
                "<a>the National Oceanic and Atmospheric Administration said</a> in its annual "
                "climate report.",
                "Every state in the contiguous US was warmer than average, the report showed, "
                "with the largest departures across the Upper Midwest and the Northeast.",
                "Hurricane Helene, which made landfall in Florida's Big Bend before bringing "
                "catastrophic flooding to western North Carolina, was the deadliest storm to "
                "strike the mainland since Katrina.",
                "NOAA's National Centers for Environmental Information, based in Asheville, "
                "compiles the report from observations at weather stations across the country. "
                "The city was itself badly hit by Helene's floods.",
            ),
            byline="Grace Holloway",
            style=3,
            date="Jan. 8, 2025",
            caption="Floodwaters in western North Carolina after Hurricane Helene. Photograph: AP",
            related=(
                "Drought monitor: dry conditions spread across the Plains",
                "Hurricane season forecast calls for above-normal activity",
            ),
        ),
        {"anom": "3.5"},
        {"anom": "4.6"},
    )
    out += _pair(
        "long page",
        20,
        "polish-air-monitors-eu-limit",
        _eea_long(),
        Story(
            "Polish air monitors show wide breaches of EU's future pollution limit",
            (
                "COPENHAGEN — Much of Europe would fail to meet the tighter air quality "
                "standards the European Union will apply from 2030, with coal-heated towns in "
                "central and eastern Europe faring worst, the bloc's environment agency said.",
                "In Poland, 118 of the {n} stations that reported fine-particle readings last "
                "year exceeded the limit the EU will apply from 2030, <a>the European "
                "Environment Agency said</a> in its annual air quality assessment.",
                "Fine particles, known as PM2.5, come mainly from burning coal and wood in "
                "homes, from traffic and from farming, and are linked to heart and lung disease.",
                "The new limit, agreed in 2024 as part of a revision of the EU's air quality "
                "law, is far stricter than the current one but still looser than the level "
                "recommended by the World Health Organization.",
                "Polish officials said a programme to replace old coal-fired boilers in homes "
                "had already cut pollution in many towns, and that results would improve as it "
                "expanded.",
                "Environmental groups in Kraków, which banned coal and wood heating within the "
                "city several years ago, said neighbouring districts needed to follow suit.",
            ),
            byline="Lars Mikkelsen",
            style=5,
            date="18 June 2025",
            read_more="Clean air zones: do they work?",
        ),
        {"n": "142"},
        {"n": "298"},
    )
    out += _pair(
        "long page",
        21,
        "nasa-budget-planetary-earth-science",
        _nasa_long(),
        Story(
            "NASA budget request boosts planetary science, trims Earth science",
            (
                "WASHINGTON — The White House's budget request for NASA would shift money "
                "toward planetary exploration and away from Earth-observing satellites, "
                "according to details the agency published on Monday.",
                "The request would give {split} next year, <a>NASA's budget summary</a> shows.",
                "Lawmakers from both parties have pushed back against cuts to Earth science in "
                "previous years, arguing that the satellites provide data relied upon by "
                "farmers, insurers and the military.",
                "The largest share of the agency's budget would again go to exploration, which "
                "includes the Artemis programme to return astronauts to the Moon.",
                "Congress has the final say on spending and is not bound by the request. "
                "Appropriations committees in the House and Senate are expected to take up "
                "their bills in the coming weeks.",
            ),
            byline="Nadia Qureshi, Space Reporter",
            style=1,
            date="June 2, 2025",
        ),
        {"split": "planetary science $2.72 billion and Earth science $1.98 billion"},
        {"split": "Earth science $2.72 billion and planetary science $1.98 billion"},
    )
    out += _pair(
        "long page",
        22,
        "canada-farm-emissions-inventory",
        _eccc_long(),
        Story(
            "Farm emissions steady as Canada's total dips, inventory shows",
            (
                "OTTAWA — Canada's greenhouse gas emissions edged down in 2023, but emissions "
                "from farms changed little as methane from cattle and nitrous oxide from "
                "fertiliser held near their recent levels.",
                "Agriculture accounted for {agri} megatonnes of carbon dioxide equivalent, about "
                "a tenth of the national total of 694 Mt, according to <a>Environment and "
                "Climate Change Canada's latest national inventory</a>.",
                "The oil and gas sector remained the country's largest source of emissions, "
                "followed by transport.",
                "Farm groups say Canadian producers are among the most carbon-efficient in the "
                "world and have warned that limits on fertiliser use would hurt yields and "
                "exports.",
                "The federal government has pledged to cut emissions by 40 to 45 per cent below "
                "2005 levels by 2030, and to reach net zero by 2050.",
            ),
            byline="Jean-Marc Leblanc",
            style=0,
            date="April 17, 2025",
        ),
        {"agri": "69"},
        {"agri": "77"},
    )
    return out


# --- notation --------------------------------------------------------------------------------


def _notation() -> list[Case]:
    out: list[Case] = []
    ukspace = _html(
        "£58.6 million to track climate change from orbit - GOV.UK",
        "<h1>£58.6 million boost for UK space sector to track climate change from orbit</h1>"
        "<p>From: UK Space Agency. Published 14 May 2025.</p>"
        "<p>The UK Space Agency has today announced £58.6 million of funding for 11 projects "
        "developing satellite instruments to monitor greenhouse gases, sea levels and ice "
        "sheets.</p>"
        "<p>The funding is delivered through the European Space Agency's Earth observation "
        "programmes and the UK's national space programme. Projects include a compact sensor "
        "to detect methane plumes from landfill sites and oil and gas facilities, and a radar "
        "altimeter to measure changes in the height of ice sheets.</p>"
        "<p>The projects will support around 400 jobs at companies and universities across "
        "the UK, including in Scotland, Wales and Northern Ireland.</p>",
    )
    out += _pair(
        "notation",
        23,
        "uk-satellite-climate-projects",
        ukspace,
        Story(
            "UK funds 11 satellite projects to watch the climate from space",
            (
                "HARWELL, Oxfordshire — British scientists and engineers will build new "
                "instruments to measure methane leaks, melting ice and rising seas from orbit, "
                "under a funding package announced on Wednesday.",
                "The UK Space Agency is putting {amt} into 11 projects, it <a>said</a>, with "
                "much of the money channelled through the European Space Agency's Earth "
                "observation programmes.",
                "The projects include a compact sensor to detect methane plumes from landfill "
                "sites and oil and gas facilities, and a radar altimeter to measure changes in "
                "the height of ice sheets.",
                "Industry body UKspace said the announcement provided welcome certainty after a "
                "period of delays to government space funding, though it warned that other "
                "countries were investing more heavily.",
                "The agency said the projects would support jobs at companies and universities "
                "across the UK, including in Scotland, Wales and Northern Ireland.",
            ),
            byline="Rhys Jenkins",
            style=2,
            date="14 May 2025",
        ),
        {"amt": "£58.6m"},
        {"amt": "€58.6m"},
    )
    rte = _html(
        "Bilan électrique 2024 : principaux résultats | RTE",
        "<h1>Bilan électrique 2024 : principaux résultats</h1>"
        "<p>La production d'électricité en France a atteint 536,5 TWh en 2024, son plus haut "
        "niveau depuis 2019.</p>"
        "<p>La production nucléaire s'est établie à 361,7 TWh, en hausse de 12,5 % par rapport "
        "à 2023 (321,5 TWh), grâce au retour en service des réacteurs concernés par le "
        "phénomène de corrosion sous contrainte.</p>"
        "<p>La production hydraulique a atteint 75,1 TWh, l'éolien 46,6 TWh et le solaire "
        "24,8 TWh.</p>"
        "<p>Le solde exportateur de la France a atteint un record de 89,0 TWh.</p>"
        "<p>Les émissions de CO2 liées à la production d'électricité sont estimées à 20,9 Mt "
        "CO2eq, le niveau le plus bas depuis les années 1950.</p>",
    )
    out += _pair(
        "notation",
        24,
        "french-nuclear-output-rebounds",
        rte,
        Story(
            "French nuclear output rebounds as exports hit record",
            (
                "PARIS — France's nuclear fleet recovered strongly last year from the corrosion "
                "problems that had forced many reactors offline, helping the country export a "
                "record amount of electricity to its neighbours.",
                "France generated 536.5 terawatt-hours of electricity in 2024, with nuclear "
                "reactors supplying {nuc}, <a>figures from the grid operator RTE</a> show.",
                "Nuclear output rose by about an eighth compared with 2023, as EDF returned "
                "reactors to service after lengthy inspections and repairs.",
                "Low wholesale prices during sunny, windy periods meant that EDF sometimes "
                "reduced output at its plants, a practice known as modulation, which the "
                "company says it can do without damaging the reactors.",
                "The government has launched a programme to build new reactors, the first of "
                "which is not expected to enter service until the second half of the next "
                "decade.",
            ),
            byline="Camille Laurent",
            style=1,
            date="20 February 2025",
        ),
        {"nuc": "361.7 TWh"},
        {"nuc": "361.7 gigawatts"},
    )
    conab = _html(
        "Boletim da Safra de Grãos - 7º levantamento - Conab",
        "<h1>Boletim da Safra de Grãos: 7º levantamento, safra 2024/25</h1>"
        "<p>Companhia Nacional de Abastecimento (Conab), 10 de abril de 2025.</p>"
        "<p>A produção total de grãos está estimada em 328,3 milhões de toneladas.</p>"
        "<p>Para a soja, a estimativa é de 169,5 milhões de toneladas, um recorde, acima da "
        "estimativa anterior de 168,3 milhões de toneladas. A área plantada é de 47,6 milhões "
        "de hectares e a produtividade média, de 3.561 kg/ha. O aumento reflete produtividades "
        "acima do esperado em Mato Grosso, que compensaram as perdas causadas pela estiagem no "
        "Rio Grande do Sul.</p>"
        "<p>O milho total deve alcançar 124,7 milhões de toneladas, com destaque para a "
        "segunda safra, semeada após a colheita da soja no Centro-Oeste.</p>",
    )
    out += _pair(
        "notation",
        25,
        "brazil-soy-crop-estimate",
        conab,
        Story(
            "Brazil raises soy crop estimate to a record",
            (
                "BRASÍLIA — Brazil's farmers are bringing in the biggest soybean crop in the "
                "country's history, the government's crop agency said on Thursday, cementing "
                "its place as the world's top exporter of the oilseed.",
                "Conab now puts the 2024/25 soybean harvest at {soy} tonnes, grown on 47.6m "
                "hectares, <a>according to its monthly crop survey</a>.",
                "That is up from its previous estimate, as better-than-expected yields in Mato "
                "Grosso, the biggest producing state, offset losses from drought in Rio Grande "
                "do Sul.",
                "The agency also expects a large second corn crop, which is planted after the "
                "soybean harvest in the centre-west.",
                "Traders in Chicago have been watching Brazil's harvest closely, as Chinese "
                "buyers have shifted purchases away from the United States amid trade "
                "tensions.",
            ),
            byline="Fernanda Costa",
            style=4,
            date="April 10, 2025",
        ),
        {"soy": "169.5m"},
        {"soy": "16.95m"},
    )
    heat = _html(
        "Hottest day of the year so far - Met Office",
        "<h1>Hottest day of the year so far as temperatures reach 34.7°C</h1>"
        "<p>A temperature of 34.7°C was recorded at Charlwood, Surrey, on Tuesday 1 July, "
        "provisionally the highest temperature of the year so far in the UK.</p>"
        "<p>The previous highest temperature of the year was 33.2°C, recorded at Heathrow on "
        "21 June.</p>"
        "<p>Thunderstorms are possible later in the week as fresher air moves in from the "
        "west.</p>",
    )
    out += _pair(
        "notation",
        26,
        "hottest-day-of-year-charlwood",
        heat,
        Story(
            "UK records hottest day of the year as heat peaks in the south-east",
            (
                "Britain sweltered through the hottest day of the year so far on Tuesday, with "
                "schools in parts of London and the south-east relaxing uniform rules and "
                "Wimbledon crowds seeking shade.",
                "Temperatures reached 34.7C ({fahr}) at Charlwood in Surrey in the afternoon, "
                "provisionally the highest of the year, <a>the Met Office said</a>.",
                "The UK Health Security Agency issued amber heat-health alerts for London, the "
                "south-east and the east of England, warning of a rise in deaths among older "
                "people and those with health conditions.",
                "Forecasters said thunderstorms could bring relief later in the week, although "
                "they warned of localised flooding where heavy downpours fell on dry ground.",
                "Heatwaves of this kind have become more frequent and more intense as the "
                "climate has warmed, Met Office scientists have said.",
            ),
            byline="Sam Whitaker",
            style=0,
            date="1 July 2025",
        ),
        {"fahr": "94.5F"},
        {"fahr": "96.5F"},
    )
    return out


# --- rounding --------------------------------------------------------------------------------


def _rounding() -> list[Case]:
    out: list[Case] = []
    cereals = _html(
        "Cereal and oilseed production in the United Kingdom 2025 - provisional - GOV.UK",
        "<h1>Cereal and oilseed production in the United Kingdom 2025 – provisional</h1>"
        "<p>Department for Environment, Food and Rural Affairs. Official statistics.</p>"
        "<h2>Main points</h2><ul>"
        "<li>The provisional estimate for UK wheat production in 2025 is 13.96 million tonnes, "
        "an increase of 24% on 2024 (11.26 million tonnes).</li>"
        "<li>Barley production is 6.82 million tonnes, down 3.5% on 2024 (7.07 million "
        "tonnes).</li>"
        "<li>Oilseed rape production is 1.18 million tonnes.</li></ul>"
        "<p>Estimates are based on the June Survey of Agriculture and the Cereal and Oilseed "
        "Production Survey.</p>",
    )
    out += _pair(
        "rounding",
        27,
        "wheat-harvest-rebounds",
        cereals,
        Story(
            "Wheat harvest rebounds after last year's washout",
            (
                "YORK — Britain's wheat harvest bounced back this summer after a wet autumn and "
                "winter had wrecked the previous year's crop.",
                "Farmers harvested {hedge} 14 million tonnes of wheat, up nearly a quarter on "
                "last year, <a>the Department for Environment, Food and Rural Affairs said</a>.",
                "A dry, sunny spring let growers plant and spray on time, although some reported "
                "that the summer drought in the east had reduced grain size.",
                "The National Farmers' Union said the bigger crop was welcome but warned that "
                "low grain prices and high fertiliser costs meant many arable farms were still "
                "losing money.",
                "The barley harvest was slightly smaller than last year's, the figures showed.",
            ),
            byline="Tom Ashworth, Farming Editor",
            style=3,
            date="9 October 2025",
            caption="A combine harvester at work near Driffield, East Yorkshire. Photograph: Alamy",
            related=(
                "Fertiliser prices climb as gas costs rise",
                "Farmers urged to apply for new nature payments",
            ),
        ),
        {"hedge": "almost"},
        {"hedge": "more than"},
    )
    esa = _html(
        "ESA budget 2025 - European Space Agency",
        "<h1>ESA budget for 2025</h1>"
        '<figure><img src="esa-budget-2025.png" alt="Pie chart of ESA funding sources">'
        "<figcaption>ESA budget 2025: €7.38 billion. Contributions from Member States: €5.61 "
        "billion; European Union: €1.26 billion; other institutional partners: €0.51 billion."
        "</figcaption></figure>"
        "<p>The largest contributors among Member States are Germany, France and Italy. Earth "
        "observation and space transportation are the largest programme areas.</p>",
    )
    out += _pair(
        "rounding",
        28,
        "esa-seeks-bigger-budget",
        esa,
        Story(
            "Europe's space agency seeks bigger budget as rivals spend more",
            (
                "PARIS — The European Space Agency will ask its member governments for a "
                "substantial increase in funding at a ministerial meeting later this year, "
                "arguing that Europe risks falling behind the United States and China.",
                "ESA's budget this year is {bud}, with €1.3bn coming from the European Union, "
                "<a>the agency's budget breakdown</a> shows.",
                "Germany, France and Italy are the largest contributors.",
                "ESA's director general has said Europe needs its own capability to launch "
                "astronauts and that dependence on American rockets for some missions has "
                "exposed a strategic weakness.",
                "Member states will decide on funding for the coming years at the ministerial "
                "council in Bremen in November.",
            ),
            byline="Claire Dubois",
            style=5,
            date="3 March 2025",
            read_more="Ariane 6 completes first commercial launch",
        ),
        {"bud": "€7.4bn"},
        {"bud": "€8bn"},
    )
    bom = _html(
        "Annual Climate Statement 2024 - Bureau of Meteorology",
        "<h1>Annual Climate Statement 2024</h1>"
        "<p>Australia's area-averaged rainfall for 2024 was 551.3 mm, 18% above the 1961–1990 "
        "average of 467.2 mm.</p>"
        "<p>The national mean temperature was 1.46 °C above the 1961–1990 average, making 2024 "
        "Australia's second-warmest year on record. Australia's climate has warmed by 1.51 ± "
        "0.23 °C since national records began in 1910.</p>"
        "<p>Rainfall was above average for much of the interior and north, but parts of South "
        "Australia, western Victoria and south-west Western Australia were in drought.</p>",
    )
    out += _pair(
        "rounding",
        29,
        "australia-second-warmest-year",
        bom,
        Story(
            "Australia had its second-warmest year on record in 2024",
            (
                "MELBOURNE — Australia sweltered through its second-warmest year on record in "
                "2024, even as rain fell well above average across much of the continent.",
                "The country received about {rain} mm of rain, almost a fifth more than the "
                "long-term average, the Bureau of Meteorology <a>said</a> in its annual climate "
                "statement.",
                "Rainfall was well above average in much of the interior and north, but parts "
                "of South Australia, western Victoria and south-west Western Australia were in "
                "drought.",
                "The bureau said Australia's climate had warmed by about 1.5C since national "
                "records began in 1910.",
                "Farmers in the drought-hit south have been forced to buy in feed for livestock, "
                "while graziers in Queensland reported some of the best pasture growth in years.",
            ),
            byline="Jack Morrison",
            style=2,
            date="7 January 2025",
        ),
        {"rain": "550"},
        {"rain": "600"},
    )
    rates = (("2019", "46.2"), ("2020", "44.4"), ("2021", "44.9"), ("2022", "43.5"))
    body = "".join(f"<tr><td>{y}</td><td>{r}</td></tr>" for y, r in rates)
    recycling = _html(
        "Local authority collected waste management statistics - GOV.UK",
        "<h1>Statistics on waste managed by local authorities in England in 2023</h1>"
        "<p>The recycling rate for waste from households in England was 44.6% in 2023, up "
        "from 43.5% in 2022.</p>"
        "<table><caption>Recycling rate for waste from households, England (%)</caption>"
        "<thead><tr><th>Year</th><th>Rate</th></tr></thead>"
        f"<tbody>{body}<tr><td>2023</td><td>44.6</td></tr></tbody></table>"
        "<p>The UK had a target to recycle at least 50% of waste from households by 2020.</p>",
    )
    out += _pair(
        "rounding",
        30,
        "household-recycling-stuck",
        recycling,
        Story(
            "Household recycling in England stuck below target",
            (
                "LONDON — England's household recycling rate has barely moved in years, "
                "leaving the country well short of a target to recycle half of household waste "
                "by 2020.",
                "The recycling rate for waste from households was {rate} in 2023, <a>the "
                "Department for Environment, Food and Rural Affairs said</a>.",
                "That was up slightly from the year before, but below the rate achieved before "
                "the Covid pandemic.",
                "Councils say confusing rules on what can be recycled and cuts to local budgets "
                "have held back progress. New rules requiring all councils in England to "
                "collect the same materials, including food waste, are being phased in.",
                "Wales, which has separate policies, has one of the highest household recycling "
                "rates in the world.",
            ),
            byline="Priya Shah",
            style=1,
            date="19 June 2025",
        ),
        {"rate": "nearly 45%"},
        {"rate": "about 46%"},
    )
    ercot_cap = _html(
        "Installed Capacity by Fuel Type - ERCOT",
        "<h1>ERCOT Fuel Mix: Installed Capacity</h1>"
        "<table><caption>Installed generating capacity in the ERCOT region by fuel type, as of "
        "July 1, 2025 (MW)</caption><thead><tr><th>Fuel type</th><th>Capacity (MW)</th>"
        "<th>Share</th></tr></thead><tbody>"
        "<tr><td>Natural gas</td><td>56,210</td><td>35.1%</td></tr>"
        "<tr><td>Wind</td><td>40,118</td><td>25.0%</td></tr>"
        "<tr><td>Solar</td><td>32,640</td><td>20.4%</td></tr>"
        "<tr><td>Coal</td><td>13,420</td><td>8.4%</td></tr>"
        "<tr><td>Energy storage</td><td>12,174</td><td>7.6%</td></tr>"
        "<tr><td>Nuclear</td><td>4,970</td><td>3.1%</td></tr>"
        "<tr><td>Other</td><td>820</td><td>0.5%</td></tr>"
        "<tr><th>Total</th><th>160,352</th><th>100%</th></tr></tbody></table>"
        "<p>Includes resources that have reached commercial operations. Private-use networks "
        "are shown at their net capacity to the grid.</p>",
    )
    out += _pair(
        "rounding",
        31,
        "texas-batteries-heatwave",
        ercot_cap,
        Story(
            "Batteries help Texas grid through heatwave",
            (
                "AUSTIN — Giant batteries that were a rarity on the Texas grid only a few years "
                "ago are now helping keep the lights on during summer evenings, when solar "
                "output fades and demand remains high.",
                "Texas has {amount} gigawatts of battery storage connected to its main grid, "
                "<a>according to the Electric Reliability Council of Texas</a>.",
                "The batteries charge on cheap midday solar power and discharge in the early "
                "evening, smoothing the sharp ramp as the sun goes down.",
                "Natural gas plants still provide the largest share of the grid's capacity, the "
                "operator's data show, followed by wind and solar.",
                "State lawmakers this year debated measures that would have required new "
                "renewable projects to be paired with backup gas generation, though the most "
                "sweeping proposals did not pass.",
            ),
            byline="Marisa Delgado",
            style=4,
            date="July 15, 2025",
        ),
        {"amount": "more than 12"},
        {"amount": "nearly 13"},
    )
    return out


# --- another subject -------------------------------------------------------------------------


def _other_subject() -> list[Case]:
    out: list[Case] = []
    regions = (
        ("New South Wales", "33.8", "9.1", "8.6", "11.2", "4.9"),
        ("Queensland", "28.9", "4.2", "10.3", "13.6", "0.8"),
        ("South Australia", "74.2", "44.6", "8.4", "21.2", "0.0"),
        ("Tasmania", "96.1", "17.4", "0.1", "2.3", "76.3"),
        ("Victoria", "41.3", "24.7", "5.2", "10.1", "1.3"),
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in regions)
    aemo = _html(
        "Renewable share by region, 2024-25 | AEMO",
        "<h1>NEM generation by region, 2024–25 financial year</h1>"
        "<table><caption>Renewable share of generation by NEM region, 2024–25 (% of regional "
        "generation)</caption><thead><tr><th>Region</th><th>Renewable share</th><th>Wind</th>"
        "<th>Utility solar</th><th>Rooftop solar</th><th>Hydro</th></tr></thead>"
        f"<tbody>{body}<tr><th>NEM</th><th>40.7</th><th>14.8</th><th>7.9</th><th>12.3</th>"
        "<th>5.7</th></tr></tbody></table>"
        "<p>Rooftop solar is estimated. Shares are of total generation in each region, "
        "including estimated rooftop output.</p>",
    )
    out += _pair(
        "other subject",
        32,
        "victoria-wind-brown-coal",
        aemo,
        Story(
            "Wind leads Victoria's shift away from brown coal",
            (
                "MELBOURNE — Wind farms in Victoria's west now supply more of the state's "
                "electricity than any other renewable source, as its ageing brown coal "
                "generators become less reliable.",
                "Renewables supplied {share} of Victoria's electricity generation in the 2024-25 "
                "financial year, <a>the Australian Energy Market Operator said</a>, with wind "
                "the biggest contributor.",
                "The state government has set a target of 65 per cent renewable electricity by "
                "2030 and 95 per cent by 2035.",
                "Tasmania, with its large hydroelectric schemes, remains the only state whose "
                "generation is almost entirely renewable.",
                "The Yallourn power station in the Latrobe Valley is due to close in 2028, and "
                "operators of the remaining coal plants have flagged that they could shut "
                "earlier than planned.",
            ),
            byline="Bridget Walsh",
            style=3,
            date="22 July 2025",
            caption="Turbines at a wind farm near Ararat in western Victoria. Photograph: AAP",
            related=("Rooftop solar sets new record", "Gas supply shortfall warning for winter"),
        ),
        {"share": "41.3 per cent"},
        {"share": "74.2 per cent"},
    )
    cattle = (
        "Cattle\n"
        "ISSN: 1948-9099\n"
        "Released January 31, 2025, by the National Agricultural Statistics Service (NASS),\n"
        "Agricultural Statistics Board, United States Department of Agriculture (USDA).\n"
        "\n"
        "Cattle Inventory Down 1 Percent\n"
        "\n"
        "All cattle and calves in the United States as of January 1, 2025, totaled 86.7\n"
        "million head, 1 percent below the 87.2 million head on January 1, 2024.\n"
        "\n"
        "All cows and heifers that have calved, at 37.3 million, were down 1 percent from\n"
        "the 37.6 million on January 1, 2024.\n"
        "\n"
        "Beef cows, at 27.9 million, were down 1 percent from a year ago.\n"
        "\n"
        "Milk cows, at 9.35 million, were up slightly from the previous year.\n"
        "\n"
        "All heifers 500 pounds and over as of January 1, 2025, totaled 18.6 million, down\n"
        "1 percent from a year ago.\n"
        "\n"
        "The 2024 calf crop was estimated at 33.5 million head, down 1 percent from 2023.\n"
        "Calves born during the first half of 2024 were estimated at 24.9 million head.\n"
    )
    out += _pair(
        "other subject",
        33,
        "us-cattle-herd-shrinks",
        _text(cattle),
        Story(
            "US cattle herd shrinks again, keeping beef prices high",
            (
                "KANSAS CITY, Mo. — The US cattle herd has shrunk for another year, extending a "
                "downturn that has pushed beef prices higher, government figures showed on "
                "Friday.",
                "{clause}, <a>the National Agricultural Statistics Service said</a> in its "
                "annual January cattle inventory.",
                "Ranchers have been slow to rebuild herds after years of drought in the Plains, "
                "and high prices for calves have encouraged them to sell rather than keep "
                "heifers for breeding.",
                "Analysts said the report showed few signs yet of expansion, with the number "
                "of heifers also lower than a year ago.",
                "Beef imports from Brazil and Australia have risen to help fill the gap, though "
                "tariffs on Brazilian goods have clouded the outlook.",
            ),
            byline="Anne Larkin",
            style=0,
            date="Jan. 31, 2025",
        ),
        {
            "clause": "The nation's beef cow herd shrank 1% to 27.9 million head, while milk "
            "cows edged up to 9.35 million"
        },
        {
            "clause": "The nation's milk cow herd shrank 1% to 9.35 million head, while beef "
            "cows numbered 27.9 million"
        },
    )
    metros = (
        ("Riverside-San Bernardino-Ontario, CA", "139", "131", "8", "201"),
        ("Los Angeles-Long Beach-Anaheim, CA", "121", "112", "9", "187"),
        ("Bakersfield, CA", "97", "61", "36", "178"),
        ("Fresno, CA", "88", "59", "29", "169"),
        ("Phoenix-Mesa-Chandler, AZ", "43", "38", "5", "156"),
        ("Houston-The Woodlands-Sugar Land, TX", "38", "35", "3", "161"),
        ("Denver-Aurora-Lakewood, CO", "29", "29", "0", "154"),
        ("Salt Lake City, UT", "24", "17", "7", "163"),
        ("Las Vegas-Henderson-Paradise, NV", "22", "21", "n/a", "152"),
        ("New York-Newark-Jersey City, NY-NJ-PA", "14", "12", "2", "151"),
        ("Chicago-Naperville-Elgin, IL-IN-WI", "11", "9", "2", "158"),
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in metros)
    aqi = _html(
        "Air Quality Statistics by City, 2024 | US EPA",
        "<h1>Air Quality Statistics Report: selected metropolitan areas, 2024</h1>"
        "<table><caption>Days with Air Quality Index above 100 (unhealthy for sensitive "
        "groups or worse), 2024</caption><thead><tr><th>Core-based statistical area</th>"
        "<th>Days AQI &gt; 100</th><th>of which ozone¹</th><th>of which PM2.5¹</th>"
        f"<th>Maximum AQI</th></tr></thead><tbody>{body}</tbody></table>"
        "<p>¹ The pollutant with the highest index on each day. n/a: monitors did not meet "
        "completeness criteria. Data are from monitors in the EPA Air Quality System and are "
        "not certified for regulatory purposes.</p>",
    )
    out += _pair(
        "other subject",
        34,
        "phoenix-ozone-bad-air-days",
        aqi,
        Story(
            "Ozone drives most of Phoenix's bad-air days",
            (
                "PHOENIX — Relentless heat and sunshine helped make ground-level ozone the main "
                "air pollution problem in the Phoenix area last year.",
                "The metro area logged {days} days on which air quality was unhealthy for "
                "sensitive groups or worse, most of them because of ozone. <a>The figures</a> "
                "come from the Environmental Protection Agency's air quality statistics for "
                "2024.",
                "Southern California's inland valleys still have the worst ozone pollution in "
                "the country.",
                "Ozone forms when pollutants from cars, power plants and industry react in "
                "sunlight, and levels peak on hot, still afternoons. Maricopa County officials "
                "issue high-pollution advisories urging residents to drive less and avoid "
                "gas-powered lawn equipment.",
                "Arizona regulators are under pressure to submit a new plan to bring the region "
                "into line with federal ozone standards.",
            ),
            byline="Rosa Jimenez",
            style=2,
            date="May 6, 2025",
        ),
        {"days": "43"},
        {"days": "29"},
    )
    ahdb = _html(
        "Milk deliveries: Great Britain and United Kingdom | AHDB",
        "<h1>GB and UK milk deliveries</h1>"
        "<p>Monthly milk deliveries to processors, from the Rural Payments Agency and Defra.</p>"
        "<table><caption>Milk deliveries, 2025 (million litres)</caption><thead><tr>"
        '<th rowspan="2">Month</th><th colspan="2">Great Britain</th>'
        '<th colspan="2">United Kingdom</th></tr><tr><th>Volume</th><th>Change on year</th>'
        "<th>Volume</th><th>Change on year</th></tr></thead><tbody>"
        "<tr><td>January</td><td>1,121</td><td>+1.8%</td><td>1,318</td><td>+1.5%</td></tr>"
        "<tr><td>February</td><td>1,032</td><td>-0.6%</td><td>1,215</td><td>-0.9%</td></tr>"
        "<tr><td>March</td><td>1,141</td><td>+2.6%</td><td>1,369</td><td>+2.2%</td></tr>"
        "</tbody></table><p>February 2024 had 29 days.</p>",
    )
    out += _pair(
        "other subject",
        35,
        "milk-output-rises-spring",
        ahdb,
        Story(
            "Milk output rises as spring grass comes early",
            (
                "STONELEIGH, Warwickshire — Dairy farmers produced more milk this spring as mild "
                "weather brought an early flush of grass, helping output recover after a wet "
                "start to last year.",
                "Farmers in {where} delivered 1.14 billion litres of milk in March, up 2.6% on "
                "a year earlier, <a>figures from AHDB</a> show.",
                "Higher milk prices over the winter encouraged farmers to feed more "
                "concentrates, according to dairy consultants, although some processors have "
                "since announced price cuts for the summer.",
                "Arla and Müller, two of the biggest buyers, both cut their standard litre "
                "prices for May.",
                "The number of dairy farms has continued to fall as smaller herds leave the "
                "industry, but the average herd is getting bigger.",
            ),
            byline="Tom Ashworth, Farming Editor",
            style=1,
            date="22 April 2025",
        ),
        {"where": "Great Britain"},
        {"where": "the UK"},
    )
    noaa = {
        "description": {
            "title": "Global Land and Ocean Temperature Anomalies, January-December",
            "units": "Degrees Celsius",
            "base_period": "1901-2000",
            "missing": -999,
        },
        "series": {
            "land_and_ocean": {"2022": 0.86, "2023": 1.17, "2024": 1.29},
            "land": {"2022": 1.35, "2023": 1.74, "2024": 1.98},
            "ocean": {"2022": 0.69, "2023": 0.95, "2024": 0.97},
        },
        "rank": {"land_and_ocean": {"2024": 1, "2023": 2}, "period_of_record": "1850-2024"},
    }
    out += _pair(
        "other subject",
        36,
        "planet-warmest-year-noaa",
        _json(noaa),
        Story(
            "2024 was the planet's warmest year in NOAA's records",
            (
                "WASHINGTON — Last year was the warmest on the planet since records began in "
                "the mid-19th century, US scientists said, breaking a record set only the year "
                "before.",
                "The global surface temperature was {anom} above the 20th-century average, "
                "<a>according to NOAA</a>.",
                "Land areas warmed faster than the oceans, the agency's data show.",
                "Scientists attribute the long-term warming to greenhouse gases from burning "
                "fossil fuels, with the El Niño climate pattern adding extra heat in 2023 and "
                "the first half of 2024.",
                "NASA, the UK's Met Office and the EU's Copernicus service, which use slightly "
                "different methods, also ranked 2024 as the warmest year.",
            ),
            byline="Rachel Finch, Science Desk",
            style=4,
            date="Jan. 10, 2025",
        ),
        {"anom": "1.29C"},
        {"anom": "1.98C"},
    )
    return out


# --- two periods -----------------------------------------------------------------------------


def _two_periods() -> list[Case]:
    out: list[Case] = []
    neso = _html(
        "Britain's cleanest year for electricity on record | NESO",
        "<h1>Britain's cleanest year for electricity on record</h1>"
        "<p>The carbon intensity of electricity in Great Britain averaged 126 grams of CO2 per "
        "kilowatt-hour (gCO2/kWh) in 2024, down from 151 g/kWh in 2023.</p>"
        "<p>The lowest half-hourly carbon intensity, 21 g/kWh, was recorded on 5 October 2024.</p>"
        "<p>Our ambition is to be able to operate the electricity system with zero carbon for "
        "short periods.</p>",
    )
    out += _pair(
        "two periods",
        37,
        "cleanest-year-electricity",
        neso,
        Story(
            "Britain's electricity had its cleanest year on record in 2024",
            (
                "LONDON — Britain's electricity was the cleanest on record last year, the year "
                "the country's last coal-fired power station closed.",
                "Each kilowatt-hour of electricity generated in Great Britain in 2024 came with "
                "an average of {ci} grams of carbon dioxide. <a>The figures</a> were published "
                "by the National Energy System Operator on Thursday.",
                "The Ratcliffe-on-Soar plant in Nottinghamshire, Britain's last coal-fired "
                "power station, shut in September, ending well over a century of coal-fired "
                "electricity in the country.",
                "Gas still supplies a large share of electricity on calm, cold days, and the "
                "system operator has said it will need more storage and interconnectors to run "
                "the grid without fossil fuels.",
                "The operator's ambition is to be able to run the grid with zero carbon for "
                "short periods.",
            ),
            byline="Oliver Grant",
            style=2,
            date="9 January 2025",
        ),
        {"ci": "126"},
        {"ci": "151"},
    )
    atom = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Japan Meteorological Agency - Tropical cyclone information</title>"
        '<link href="https://www.jma.go.jp/jma/indexe.html"/>'
        "<id>urn:jma:typhoon:feed</id><updated>2025-07-01T06:00:00Z</updated>"
        "<entry><title>Typhoon activity in 2025 so far</title>"
        "<id>urn:jma:typhoon:2025-06</id><updated>2025-07-01T06:00:00Z</updated>"
        "<summary>As of 30 June 2025, 3 typhoons have formed over the western North Pacific "
        "this year, fewer than the 1991-2020 average for the period. Typhoon activity usually "
        "increases sharply in August and September.</summary></entry>"
        "<entry><title>Typhoon season summary 2024</title>"
        "<id>urn:jma:typhoon:2024</id><updated>2025-01-10T06:00:00Z</updated>"
        "<summary>A total of 23 typhoons (tropical cyclones with maximum sustained winds of 34 "
        "knots or more) formed over the western North Pacific and the South China Sea in 2024, "
        "compared with the 1991-2020 average of 25.1. Of these, 11 approached Japan and 4 made "
        "landfall.</summary></entry>"
        "<entry><title>Typhoon season summary 2023</title>"
        "<id>urn:jma:typhoon:2023</id><updated>2024-01-10T06:00:00Z</updated>"
        "<summary>A total of 17 typhoons formed over the western North Pacific and the South "
        "China Sea in 2023, fewer than the 1991-2020 average of 25.1. Of these, 7 approached "
        "Japan and 1 made landfall.</summary></entry>"
        "</feed>"
    )
    out += _pair(
        "two periods",
        38,
        "japan-typhoon-season-braces",
        _text(atom, "application/atom+xml"),
        Story(
            "Japan braces for typhoon season after lull in early storms",
            (
                "TOKYO — Japan's weather agency urged residents to prepare for the peak of the "
                "typhoon season after a slow start to the year in the western Pacific.",
                "{n} typhoons formed in the western North Pacific and South China Sea last year, "
                "11 of which approached Japan, <a>according to the Japan Meteorological "
                "Agency</a>.",
                "Only a few storms have formed so far this year, the agency said, but "
                "forecasters warned that activity usually increases sharply in August and "
                "September.",
                "Local governments in Okinawa and Kyushu, which are most often in the path of "
                "typhoons, have begun drills and reviewed evacuation shelters.",
                "Typhoon Shanshan, which crawled across Kyushu late last summer, brought record "
                "rainfall to parts of the island and disrupted transport for days.",
            ),
            byline="Kenji Watanabe",
            style=3,
            date="July 2, 2025",
            caption="Waves pound the sea wall in Naha, Okinawa, during a typhoon. "
            "Photograph: Kyodo",
            related=("Rainy season ends early in Kanto", "Heatstroke warnings issued for Tokyo"),
        ),
        {"n": "Twenty-three"},
        {"n": "Seventeen"},
    )
    cea = _report(
        (
            "Monthly Generation Report",
            "June 2025",
            "Central Electricity Authority",
            "Grid Management Division, New Delhi",
        ),
        (
            "This report presents the generation of electricity by utilities in India for the "
            "month and for the financial year to date, compared with the corresponding period "
            "of the previous year.",
            "Generation is expressed in billion units (BU), one billion kilowatt-hours.",
        ),
        (
            "- All-India generation during April-June 2025 grew over the corresponding period "
            "of last year.",
            "- Generation from renewable energy sources and hydro rose strongly.",
            "- Thermal generation declined.",
        ),
        (
            (
                "1 All-India generation",
                "The total generation (including renewable energy sources and import from "
                "Bhutan) during April-June 2025 was 486.2 BU, compared with 476.2 BU during "
                "April-June 2024, a growth of 2.1%.",
                "Early onset of the south-west monsoon reduced cooling demand in June.",
            ),
            (
                "2 Generation by category",
                "Generation by category for April-June 2025 and the corresponding period of "
                "2024 is given in the table that follows.",
                "Thermal includes coal, lignite, gas and diesel. Renewable energy sources "
                "include wind, solar, biomass and small hydro.",
            ),
        ),
        (
            (
                ("Category", "Apr-Jun 2025 (BU)", "Apr-Jun 2024 (BU)", "Growth (%)"),
                ("Thermal", "352.4", "361.8", "-2.6"),
                ("Nuclear", "13.1", "12.5", "4.8"),
                ("Hydro", "41.6", "35.9", "15.9"),
                ("Renewable energy sources", "77.3", "64.3", "20.2"),
                ("Import from Bhutan", "1.8", "1.7", "5.9"),
                ("Total", "486.2", "476.2", "2.1"),
            ),
        ),
    )
    out += _pair(
        "two periods",
        39,
        "india-renewables-monsoon-quarter",
        cea,
        Story(
            "Coal power slips as India's renewables surge in monsoon quarter",
            (
                "NEW DELHI — Power generation from coal-fired plants fell in India in the "
                "April-June quarter as early monsoon rains cooled demand and solar and wind "
                "output surged.",
                "Renewable sources generated {re} billion units of electricity in the quarter, "
                "up 20.2% from a year earlier, <a>Central Electricity Authority data</a> show.",
                "Hydropower output also rose strongly as reservoirs filled, while thermal "
                "generation, which is mostly coal, declined.",
                "Coal India has built up large stocks at its pitheads and power stations, "
                "easing concerns about the fuel shortages that caused blackouts in 2022.",
                "Analysts expect coal demand to pick up again after the monsoon, when "
                "air-conditioning load returns and hydro output falls.",
            ),
            byline="Vikram Menon",
            style=0,
            date="July 18, 2025",
        ),
        {"re": "77.3"},
        {"re": "64.3"},
    )
    water = (
        "Water situation: May 2025 summary\n"
        "Environment Agency - England\n"
        "\n"
        "Rainfall\n"
        "May rainfall was below average across England. Spring (March to May) rainfall was\n"
        "46% of the long-term average (LTA), the driest spring since 1893.\n"
        "\n"
        "River flows\n"
        "Monthly mean river flows were below normal or lower at most indicator sites.\n"
        "\n"
        "Reservoir stocks\n"
        "At the end of May, reservoir stocks for England were 77% of total capacity,\n"
        "compared with 91% at the end of May 2024 and a long-term average of 87% for the\n"
        "time of year.\n"
        "\n"
        "Area                 End May 2025   End May 2024   LTA\n"
        "North-west               69%            92%        86%\n"
        "North-east               73%            90%        88%\n"
        "Central                  81%            93%        89%\n"
        "East                     84%            94%        90%\n"
        "South-east               82%            92%        88%\n"
        "South-west               79%            89%        86%\n"
        "England                  77%            91%        87%\n"
    )
    out += _pair(
        "two periods",
        40,
        "england-reservoirs-dry-spring",
        _text(water),
        Story(
            "England's reservoirs drop as driest spring in a century takes toll",
            (
                "READING — Water companies in England are drawing down reservoirs faster than "
                "usual after the driest spring in more than a century.",
                "Reservoirs in England were {res} full at the end of May, against a long-term "
                "average of 87% for the time of year, <a>the Environment Agency said</a> in its "
                "monthly water situation report.",
                "Rainfall in spring was less than half the usual amount, the agency said, and "
                "river flows were below normal at most sites.",
                "The national drought group, which includes the agency, water companies and "
                "farmers' representatives, will meet next week to review the outlook for the "
                "summer.",
                "Farmers in eastern England, who rely on irrigation for potatoes and vegetables, "
                "said abstraction restrictions could follow if rain did not arrive in June.",
            ),
            byline="Megan Price, Environment Reporter",
            style=4,
            date="12 June 2025",
        ),
        {"res": "77%"},
        {"res": "91%"},
    )
    return out


# --- spelled out -----------------------------------------------------------------------------


def _spelled() -> list[Case]:
    out: list[Case] = []
    season = _html(
        "Destructive 2024 Atlantic hurricane season comes to an end | NOAA",
        "<h1>Destructive 2024 Atlantic hurricane season comes to an end</h1>"
        "<p>The 2024 Atlantic hurricane season produced 18 named storms, of which 11 became "
        "hurricanes and five intensified into major hurricanes (category 3, 4 or 5).</p>"
        "<p>An average season has 14 named storms, seven hurricanes and three major "
        "hurricanes.</p>"
        "<p>Five hurricanes made landfall in the continental U.S., two of them as major "
        "hurricanes.</p>",
    )
    out += _pair(
        "spelled out",
        41,
        "hurricane-season-ends-landfalls",
        season,
        Story(
            "Hurricane season ends after five US landfalls",
            (
                "MIAMI — The Atlantic hurricane season ended on Saturday after a year of "
                "destructive storms that battered Florida and caused catastrophic flooding in "
                "the southern Appalachians.",
                "The season produced 18 named storms, {n} of which became hurricanes, <a>the "
                "National Oceanic and Atmospheric Administration said</a>, well above the "
                "long-term average.",
                "Five hurricanes struck the US mainland, including Helene and Milton, which hit "
                "Florida's Gulf Coast in quick succession.",
                "Forecasters said record-warm water in the Atlantic had fuelled rapid "
                "intensification, in which storms strengthen sharply in a short period.",
                "The season runs from June through November, although storms occasionally form "
                "outside those months.",
            ),
            byline="Luis Ortega, Weather Reporter",
            style=1,
            date="Nov. 30, 2024",
        ),
        {"n": "eleven"},
        {"n": "twelve"},
    )
    trends = _html(
        "Energy Trends: UK electricity - GOV.UK",
        "<h1>Energy Trends: UK electricity</h1>"
        "<p>Department for Energy Security and Net Zero. Quarterly statistics, March 2025.</p>"
        "<h2>Key headlines</h2>"
        "<p>Renewables’ share of electricity generation was 50.8 per cent in 2024, a record, "
        "up from 47.3 per cent in 2023.</p>"
        "<p>Wind generation accounted for 32.4 per cent of generation (offshore 17.6 per cent, "
        "onshore 14.8 per cent), bioenergy for 11.1 per cent, solar for 5.2 per cent and hydro "
        "for 2.1 per cent.</p>"
        "<p>The fossil fuel share fell to 32.7 per cent, and nuclear supplied 13.6 per cent.</p>",
    )
    out += _pair(
        "spelled out",
        42,
        "renewables-half-uk-electricity",
        trends,
        Story(
            "Renewables supply more than half of UK electricity for first time",
            (
                "LONDON — Renewable sources generated more than half of the UK's electricity "
                "last year for the first time, official statistics show, as the last coal plant "
                "closed.",
                "Wind turbines supplied {share} of the UK's electricity in 2024, <a>the "
                "Department for Energy Security and Net Zero said</a> in its quarterly Energy "
                "Trends publication.",
                "Fossil fuels, mostly gas, provided about a third, and nuclear power stations "
                "most of the rest.",
                "Industry group RenewableUK said the figures showed the scale of change in the "
                "power system, but warned that grid connection delays were holding up new "
                "projects.",
                "The government wants clean sources to supply at least 95 per cent of "
                "electricity by 2030.",
            ),
            byline="Hannah Ellery, Energy Correspondent",
            style=5,
            date="27 March 2025",
            read_more="What the clean power plan means for bills",
        ),
        {"share": "almost a third"},
        {"share": "more than a third"},
    )
    rivers = _html(
        "State of the water environment indicator B3 - GOV.UK",
        "<h1>State of the water environment indicator B3: ecological status</h1>"
        "<p>Environment Agency. Updated September 2025.</p>"
        "<p>In 2025, 16.2% of surface water bodies in England (rivers, lakes, estuaries and "
        "coastal waters) were at good or high ecological status.</p>"
        "<p>No surface water body achieved good chemical status, because of widespread "
        "contamination by persistent chemicals.</p>"
        "<p>Agriculture and rural land management affected 40% of water bodies that were not "
        "at good status, the water industry 36%, and urban and transport sources 18%.</p>",
    )
    out += _pair(
        "spelled out",
        43,
        "english-waters-ecological-health",
        rivers,
        Story(
            "Only one in {frac} English waters in good health, agency says",
            (
                "LONDON — Pollution from farms, sewage and roads means most of England's "
                "rivers, lakes and coastal waters fall short of good ecological health, the "
                "government's environmental regulator has said.",
                "Only about one in {frac} surface waters in England reached good or high "
                "ecological status, and none met the standard for chemical health, <a>the "
                "Environment Agency said</a>.",
                "Agriculture was the most common reason for waters failing to meet the "
                "standard, followed by the water industry.",
                "Environmental campaigners said the figures showed that successive governments "
                "had failed to enforce existing rules. Water companies said they were investing "
                "heavily in upgrading sewage works.",
                "The government has promised to overhaul water regulation and replace Ofwat "
                "with a single new regulator.",
            ),
            byline="Isobel Hart",
            style=0,
            date="24 September 2025",
        ),
        {"frac": "six"},
        {"frac": "four"},
    )
    dairy = _html(
        "GB dairy producer numbers | AHDB",
        "<h1>GB dairy producer numbers: April 2025</h1>"
        "<p>AHDB estimates there were 7,130 dairy producers in Great Britain in April 2025, "
        "down 5.1% from 7,510 in April 2024.</p>"
        "<p>England had 5,040 producers, Wales 1,350 and Scotland 740.</p>"
        "<p>Figures are based on Rural Payments Agency data on milk buyers' registrations.</p>",
    )
    out += _pair(
        "spelled out",
        44,
        "dairy-exodus-continues",
        dairy,
        Story(
            "Dairy exodus continues as farmers quit milking",
            (
                "CARMARTHEN — More dairy farmers gave up milking over the past year, as "
                "volatile prices, labour shortages and the cost of meeting new pollution rules "
                "pushed smaller family farms out of the industry.",
                "{count} dairy producers remain in Great Britain, about one in twenty fewer than "
                "a year earlier, <a>AHDB said</a>.",
                "England has by far the largest number, though Wales has seen some of the "
                "steepest falls in recent years, according to farming unions.",
                "Those that remain are getting larger, as farmers invest in robotic milking and "
                "bigger sheds.",
                "Milk processors say supply has held up despite the falling number of farms, "
                "because output per cow continues to rise.",
            ),
            byline="Gwen Roberts",
            style=2,
            date="15 May 2025",
        ),
        {"count": "Just over seven thousand"},
        {"count": "Fewer than seven thousand"},
    )
    return out


# --- a figure the source lacks (planted only) ------------------------------------------------


def _absent() -> list[Case]:
    out: list[Case] = []
    gas = _html(
        "Gas supply: storage levels - Bundesnetzagentur",
        "<h1>Current gas supply situation</h1>"
        "<p>Press release, Bonn, 1 September 2025.</p>"
        "<p>German gas storage facilities were 78.4% full on 1 September.</p>"
        "<p>The Bundesnetzagentur assesses the gas supply situation as stable. Consumption by "
        "industry was 3% lower than the average for 2018 to 2021.</p>"
        "<p>The Bundesnetzagentur continues to call for economical use of gas.</p>",
    )
    out.append(
        _single(
            "figure absent",
            45,
            "german-gas-stores-fill",
            gas,
            Story(
                "German gas stores fill ahead of winter",
                (
                    "BONN — Germany's gas storage sites are filling steadily ahead of the "
                    "heating season, easing fears of shortages this winter.",
                    "German gas stores held 19.2 billion cubic metres of gas on September 1, "
                    "<a>the Bundesnetzagentur said</a>, describing the supply situation as "
                    "stable.",
                    "The network regulator has urged households and businesses to keep using "
                    "gas sparingly, even though prices have fallen well below their crisis "
                    "peaks.",
                    "Germany replaced Russian pipeline gas with imports from Norway, the "
                    "Netherlands and Belgium and with liquefied natural gas delivered to new "
                    "terminals on its North Sea and Baltic coasts.",
                ),
                byline="Stefan Albrecht",
                style=1,
                date="1 September 2025",
            ),
            planted=True,
        )
    )
    progress = (
        "Crop Progress\n"
        "ISSN: 1948-3007\n"
        "Released July 14, 2025, by the National Agricultural Statistics Service (NASS),\n"
        "Agricultural Statistics Board, United States Department of Agriculture (USDA).\n"
        "\n"
        "Corn Silking - Selected States\n"
        "Week ending July 13, 2025: 18 percent. Previous week: 8 percent. 5-year average: 22.\n"
        "\n"
        "Corn Condition - 18 States\n"
        "Very poor 2, Poor 5, Fair 19, Good 56, Excellent 18 (percent).\n"
        "\n"
        "Soybeans Blooming - Selected States\n"
        "Week ending July 13, 2025: 32 percent. Previous week: 17 percent. 5-year average: 35.\n"
        "\n"
        "Soybean Condition - 18 States\n"
        "Very poor 2, Poor 6, Fair 22, Good 57, Excellent 13 (percent).\n"
        "\n"
        "Spring Wheat Headed - Selected States\n"
        "Week ending July 13, 2025: 67 percent. Previous week: 49 percent. 5-year average: 71.\n"
    )
    out.append(
        _single(
            "figure absent",
            46,
            "corn-crop-strong-shape",
            _text(progress),
            Story(
                "Corn crop in strong shape as summer heat builds",
                (
                    "OMAHA, Neb. — The US corn crop entered its most critical growth stage in "
                    "good condition, although forecasters warned that a heat wave could stress "
                    "plants across the western Corn Belt.",
                    "Seventy-four percent of the corn crop was rated good to excellent, and the "
                    "winter wheat harvest was 54% complete, <a>the Agriculture Department "
                    "said</a> in its weekly crop progress report.",
                    "Pollination, which happens when the plants silk, is the period when corn "
                    "is most sensitive to heat and dry weather.",
                    "Soybean conditions were also good, with most of the crop rated good or "
                    "excellent.",
                    "Corn futures have fallen to their lowest levels in several years as "
                    "traders bet on a large harvest.",
                ),
                byline="Karen Lindqvist, Agriculture Reporter",
                style=0,
                date="July 15, 2025",
            ),
            planted=True,
        )
    )
    eea = _report(
        (
            "Trends and projections in Europe 2025",
            "Tracking progress towards Europe's climate and energy targets",
            "European Environment Agency",
            "EEA Report 06/2025",
        ),
        (
            "This report assesses the progress of the EU and its Member States towards their "
            "climate and energy targets, based on greenhouse gas inventories and projections "
            "reported by countries.",
            "The 2023 figures are based on approximated inventories and will be revised.",
        ),
        (
            "- Net greenhouse gas emissions in the EU fell by 8.0% in 2023 compared with 2022.",
            "- Net emissions were 37% below 1990 levels.",
            "- The fall was driven by lower coal use in electricity generation and a rapid "
            "increase in renewable electricity.",
        ),
        (
            (
                "1 Greenhouse gas emissions",
                "Net greenhouse gas emissions, including international aviation and the land "
                "sink, fell by 8.0% in 2023, the largest annual fall in decades apart from "
                "2020.",
                "The energy supply sector accounted for most of the decrease, as coal and gas "
                "were replaced by wind and solar power. Emissions from industry also fell, "
                "reflecting lower output in energy-intensive sectors.",
            ),
            (
                "2 Renewable energy and energy efficiency",
                "The share of renewable energy in gross final energy consumption rose in 2023. "
                "Further efforts are needed to reach the 2030 target of at least 42.5%.",
                "Primary energy consumption fell, but remains above the path needed to reach "
                "the 2030 energy efficiency target.",
            ),
        ),
    )
    out.append(
        _single(
            "figure absent",
            47,
            "eu-emissions-fall-coal",
            eea,
            Story(
                "EU emissions fall 8% as coal use drops",
                (
                    "COPENHAGEN — Greenhouse gas emissions in the European Union fell sharply "
                    "in 2023 as power companies burned less coal and wind and solar farms "
                    "expanded.",
                    "Net emissions fell 8.0% during the year, to 3.08 billion tonnes of carbon "
                    "dioxide equivalent, <a>the European Environment Agency said</a> in its "
                    "annual progress report.",
                    "The agency said the energy sector accounted for most of the decrease, and "
                    "that emissions from industry also fell as energy-intensive factories cut "
                    "output.",
                    "Environmental groups welcomed the fall but said emissions from transport "
                    "and buildings were not coming down fast enough.",
                    "The EU has pledged to cut net emissions by at least 55% from 1990 levels by "
                    "2030.",
                ),
                byline="Lars Mikkelsen",
                style=3,
                date="30 October 2025",
                caption="A coal-fired power station near Bełchatów, Poland. Photograph: Reuters",
                related=("Carbon price falls to two-year low", "EU agrees 2040 climate target"),
            ),
            planted=True,
        )
    )
    kinds = (
        ("Severe storm", "17", "42"),
        ("Tropical cyclone", "5", "568"),
        ("Winter storm", "2", "19"),
        ("Flooding", "1", "5"),
        ("Wildfire", "1", "4"),
        ("Drought", "1", "0"),
    )
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in kinds)
    disasters = _html(
        "U.S. Billion-Dollar Weather and Climate Disasters: 2024 | NCEI",
        "<h1>U.S. Billion-Dollar Weather and Climate Disasters</h1>"
        "<table><caption>Billion-dollar disaster events in 2024, by type</caption><thead><tr>"
        "<th>Disaster type</th><th>Events</th><th>Deaths</th></tr></thead>"
        f"<tbody>{body}<tr><th>Total</th><th>27</th><th>638</th></tr></tbody></table>"
        "<p>Events are counted if their losses reached or exceeded $1 billion. Cost estimates "
        "are published separately with their confidence intervals.</p>",
    )
    out.append(
        _single(
            "figure absent",
            48,
            "us-billion-dollar-disasters",
            disasters,
            Story(
                "US suffered 27 billion-dollar disasters last year",
                (
                    "WASHINGTON — The United States endured 27 weather and climate disasters "
                    "that each caused at least $1 billion in damage last year, the "
                    "second-highest number on record.",
                    "The disasters killed 638 people and cost a combined $182.7 billion, <a>the "
                    "National Centers for Environmental Information said</a>.",
                    "Hurricanes Helene and Milton accounted for most of the deaths, while severe "
                    "thunderstorms, with tornadoes, hail and damaging winds, were the most "
                    "frequent type of disaster.",
                    "Insurers have raised premiums and pulled back from some high-risk areas, "
                    "particularly in Florida and California.",
                ),
                byline="Grace Holloway",
                style=4,
                date="Jan. 10, 2025",
            ),
            planted=True,
        )
    )
    return out


# --- unreadable sources ----------------------------------------------------------------------


def _unreadable() -> list[Case]:
    locked = Source(
        "application/pdf",
        make_pdf(
            [
                ["State of the energy market 2025", "Ofgem"],
                ["Foreword", "Suppliers' bad debt continued to rise."],
                ["Key results", "Household debt and arrears reached new highs."],
            ],
            password="ofgem-sotm",
        ),
    )
    scanned = Source("application/pdf", blank_pdf(3))
    not_found_html = Source(
        "text/html; charset=utf-8",
        (
            b"<!DOCTYPE html><html><head><title>Seite nicht gefunden - Bundesnetzagentur</title>"
            b"</head><body><h1>Seite nicht gefunden</h1><p>Die angeforderte Seite existiert "
            b"nicht oder wurde verschoben.</p><p>Error 404</p></body></html>"
        ),
        404,
    )
    not_found_text = Source("text/plain", b"404 Not Found\n", 404)
    error_html = Source(
        "text/html",
        (
            b"<html><head><title>500 Internal Server Error</title></head><body><h1>Internal "
            b"Server Error</h1><p>The server encountered an internal error and was unable to "
            b"complete your request. Statistics Canada apologizes for the inconvenience.</p>"
            b"</body></html>"
        ),
        500,
    )
    error_text = Source(
        "text/plain; charset=utf-8", b"500 Internal Server Error\nupstream timed out\n", 500
    )
    empty = Source("text/html; charset=utf-8", b"", 200)
    wall = Source(
        "text/html; charset=utf-8",
        (
            b"<!DOCTYPE html><html><head><title>Too many requests</title></head><body>"
            b"<h1>Too many requests. Please try again later.</h1>"
            b"<p>We have received too many requests from your network in a short time. Wait a "
            b"few minutes before trying again.</p><p>Reference: 7f3a-22c9</p></body></html>"
        ),
        200,
    )
    stories = (
        (
            "ofgem-supplier-debt-report",
            locked,
            Story(
                "Energy debt hits record as households fall behind",
                (
                    "LONDON — Households in Britain owe their energy suppliers more than ever, "
                    "the regulator said, as arrears built up during the energy crisis remain "
                    "unpaid.",
                    "Energy debt and arrears reached £3.7bn, <a>Ofgem said</a> in its annual "
                    "state of the market report.",
                    "Charities have called for a debt relief scheme, funded through bills, to "
                    "write off some of the arrears of the poorest customers.",
                    "Suppliers say the cost of bad debt is ultimately passed on to all "
                    "customers through higher standing charges.",
                ),
                byline="Hannah Ellery, Energy Correspondent",
                style=3,
                date="16 October 2025",
            ),
        ),
        (
            "australian-farm-production-value",
            scanned,
            Story(
                "Farm production value set to fall as prices ease",
                (
                    "CANBERRA — The value of Australia's farm production is expected to fall "
                    "this financial year as prices for grain and livestock ease from recent "
                    "highs.",
                    "The gross value of agricultural production is forecast at A$94 billion in "
                    "2025-26, <a>according to ABARES' quarterly commodities report</a>.",
                    "Beef exports remain strong, supported by demand from the United States, "
                    "while wool prices have stayed weak.",
                    "Farm groups said costs for fuel, fertiliser and labour remained high, "
                    "squeezing margins even in good seasons.",
                ),
                byline="Sophie Nguyen",
                style=0,
                date="3 June 2025",
            ),
        ),
        (
            "german-onshore-wind-auction",
            not_found_html,
            Story(
                "German onshore wind auction oversubscribed",
                (
                    "BONN — Developers bid for far more onshore wind capacity than was on offer "
                    "in Germany's latest auction, a sign that faster permitting is working.",
                    "The network regulator awarded 3.4 gigawatts of capacity at an average of "
                    "6.83 cents a kilowatt-hour, <a>the Bundesnetzagentur said</a>.",
                    "Most of the winning projects are in North Rhine-Westphalia and Lower Saxony.",
                    "Industry groups said bottlenecks in grid connections and heavy-load "
                    "transport still delayed construction.",
                ),
                byline="Julia Brenner",
                style=2,
                date="11 June 2025",
            ),
        ),
        (
            "drought-covers-contiguous-us",
            not_found_text,
            Story(
                "Drought spreads across the US as summer heat lingers",
                (
                    "LINCOLN, Neb. — Drought expanded across the central and eastern United "
                    "States in September after weeks of heat and little rain.",
                    "Drought now covers 41% of the contiguous US, according to <a>the latest "
                    "US Drought Monitor map</a>.",
                    "Ranchers in Missouri and Kentucky have begun hauling water and selling "
                    "cattle early as ponds dry up.",
                    "Forecasters expect little relief before the middle of October.",
                ),
                byline="Cody Whitfield",
                style=1,
                date="Sept. 25, 2025",
            ),
        ),
        (
            "canada-wheat-stocks",
            error_html,
            Story(
                "Canadian wheat stocks rise on big harvest",
                (
                    "WINNIPEG — Canadian farmers are holding more wheat than a year ago after a "
                    "large harvest and slow early-season exports.",
                    "Wheat stocks stood at 20.1 million tonnes at the end of December, "
                    "<a>Statistics Canada said</a>.",
                    "Traders said the stocks could weigh on prices unless exports pick up in "
                    "the spring.",
                    "Canola stocks were lower than a year earlier, reflecting strong domestic "
                    "crushing.",
                ),
                byline="Dale Hoffman",
                style=4,
                date="February 6, 2025",
            ),
        ),
        (
            "wildfire-smoke-air-quality",
            error_text,
            Story(
                "Wildfire smoke pushes Midwest air quality to unhealthy levels",
                (
                    "CHICAGO — Smoke from Canadian wildfires drifted across the Great Lakes on "
                    "Thursday, turning skies hazy and prompting health warnings.",
                    "The Air Quality Index passed 200 in parts of Minnesota and Wisconsin, "
                    "<a>EPA's AirNow data</a> showed, a level considered very unhealthy.",
                    "Health officials urged people to stay indoors and keep windows closed.",
                    "Schools in Minneapolis cancelled outdoor activities for the day.",
                ),
                byline="Rosa Jimenez",
                style=5,
                date="June 5, 2025",
            ),
        ),
        (
            "brazil-coffee-crop",
            empty,
            Story(
                "Brazil coffee crop forecast cut after dry spell",
                (
                    "SÃO PAULO — Brazil's coffee harvest will be smaller than previously "
                    "expected after a dry spell during flowering in Minas Gerais, the "
                    "government's crop agency said.",
                    "Conab cut its estimate for the 2025 crop to 55.7 million 60-kilogram bags, "
                    "<a>according to its quarterly coffee survey</a>.",
                    "Arabica futures in New York rose after the report.",
                    "Roasters have warned that high bean prices will keep retail coffee prices "
                    "elevated into next year.",
                ),
                byline="Fernanda Costa",
                style=1,
                date="May 6, 2025",
            ),
        ),
        (
            "nsw-reliability-gap",
            wall,
            Story(
                "Grid operator warns of NSW power shortfall risk",
                (
                    "SYDNEY — New South Wales faces a growing risk of power shortfalls later "
                    "this decade unless new generation and transmission are built on time, the "
                    "market operator has warned.",
                    "The state could face a reliability gap of 1,200 MW from 2027-28, <a>the "
                    "Australian Energy Market Operator said</a> in its annual statement of "
                    "opportunities.",
                    "The warning reflects the planned closure of the Eraring coal-fired power "
                    "station and delays to several wind and transmission projects.",
                    "The state government said it was working with the operator to bring "
                    "forward new batteries and demand response.",
                ),
                byline="Bridget Walsh",
                style=3,
                date="21 August 2025",
            ),
        ),
    )
    return [
        _single("unreadable", 49 + i, name, source, story, planted=False, readable=False)
        for i, (name, source, story) in enumerate(stories)
    ]


def blind22_cases() -> list[Case]:
    """The twenty-second blind set, built fresh on each call."""
    return [
        *_press(),
        *_tables(),
        *_pdfs(),
        *_texts(),
        *_long_pages(),
        *_notation(),
        *_rounding(),
        *_other_subject(),
        *_two_periods(),
        *_spelled(),
        *_absent(),
        *_unreadable(),
    ]
