"""The twenty-first blind held-out set: politics, justice and public institutions.

Written from the product's spec and the gate's issue text alone, without reading the checker or
the other sets' cases. The institutions are real and every figure is invented: electoral
commissions' results (the UK Electoral Commission, Elections Canada, the Australian Electoral
Commission's tally room, India's ECI, Germany's Federal Returning Officer, Brazil's TSE in its
own JSON and Portuguese notation, Kenya's IEBC), budget and audit offices (the CBO's outlook,
cost estimates and monthly review, the OBR's outlook and Atom feed of commentaries, the NAO,
Canada's PBO, Australia's ANAO), courts' statistics (HMCTS and the Ministry of Justice, the US
Courts' caseload tables and judicial vacancies, India's National Judicial Data Grid in lakh and
crore with Indian digit grouping), prisons and safety in custody, opinion polls by named
pollsters (YouGov crosstabs, an Ipsos plain-text topline, Pew's chart captions, Gallup's
confidence and satisfaction series; margins of error and "percentage points"), freedom-of-
information and access-to-information statistics, civil service headcounts (CSV), a
procurement award notice with lots, the Commissioner of Lobbying's registry and the UK
registrar of consultant lobbyists' JSON.

Sources: three-line HTML releases, an RSS feed, a <dl> register, a <figcaption> chart, HTML
tables (merged header cells, units in the caption or in a header row, totals rows, footnote
markers, "n/a", ".." and "–" cells, a transposed table with periods across), real multi-page
PDFs made with fpdf2 (figures on a later page or only on a table page), CSV as text/csv and as
text/plain under a title line, a plain-text topline, JSON API answers, an Atom feed, and long
pages (2,000+ words) where the article's number also appears about something else.

Articles look like real news pages: site menus, bylines, datelines, photo captions, pull quotes,
"Related" boxes with other links, <div>-wrapped paragraphs inside <article>, a liveblog with
timestamped entries, headlines carrying the figure; the link to the source names it, or is a
bare "said"/"according to", or sits in the sentence after the figure. Planted errors: another
value, a scale misread (thousands, lakh/crore), a figure the source gives only for another
subject, region or period, a figure the source lacks, another currency, a sign or direction
flipped, a hedge ("more than", "nearly") the source does not bear out, and rounding too far.
Clean cases are supported as a copy editor would accept: rounding, "per cent", "£2.36bn" for
"£2,360m", "₹88.9 billion" for "Rs 8,889.74 crore", spelled-out numbers and shares.

Nobody tunes on it: its first run is the measurement (split "blind21").
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

SPLIT = "blind21"
WALL_PHRASE = "This site is temporarily unavailable for maintenance"


@dataclass(frozen=True)
class Blind21Case(Case):
    @property
    def split(self) -> str:
        return SPLIT


# --- the news sites the articles appear on -------------------------------------------------

_SITES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ledger": (
        "The Westminster Ledger",
        ("Politics", "Elections", "Courts", "Whitehall", "Opinion"),
    ),
    "courier": ("Northern Courier", ("News", "Politics", "Crime", "Business", "Sport", "Weather")),
    "capital": ("The Capital Record", ("Congress", "White House", "Courts", "Budget", "Polling")),
    "maple": ("The Maple Dispatch", ("Canada", "Ottawa", "Provinces", "World", "Opinion")),
    "southern": ("Southern Cross Herald", ("National", "Canberra", "Federal election", "Business")),
    "lakeside": ("The Lakeside Observer", ("Kenya", "Counties", "Politics", "Business", "Letters")),
    "deccan": ("The Deccan Courier", ("India", "States", "Elections", "Courts", "Business")),
    "rio": ("Brazil Wire", ("Brasília", "São Paulo", "Economy", "Elections")),
    "europe": ("Europe Briefing", ("Germany", "EU", "Elections", "Analysis", "Newsletter")),
    "bare": ("", ()),
}


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def _a(text: str) -> str:
    """The one link to the case's own source (filled in by _story)."""
    return f'<a href="%SRC%">{text}</a>'


def _story(
    headline: str,
    paras: Sequence[str],
    *,
    site: str = "ledger",
    byline: str = "",
    dateline: str = "",
    standfirst: str = "",
    photo: str = "",
    quote: tuple[str, str] | None = None,
    related: Sequence[str] = (),
    wrap: str = "p",
    live: Sequence[tuple[str, str]] = (),
    tags: Sequence[str] = (),
) -> str:
    """A news page: chrome from the site, then <article> with the paragraphs (or a liveblog)."""
    brand, sections = _SITES[site]
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{headline}{' | ' + brand if brand else ''}</title>",
        "</head><body>",
    ]
    if brand:
        menu = "".join(f'<li><a href="/section/{_slug(s)}">{s}</a></li>' for s in sections)
        out.append(
            f'<header class="masthead"><a class="logo" href="/">{brand}</a>'
            f'<nav class="menu"><ul>{menu}<li><a href="/subscribe">Subscribe</a></li></ul></nav>'
            "</header>"
        )
    out.append("<main>")
    art = ["<article>", f"<h1>{headline}</h1>"]
    if standfirst:
        art.append(f'<p class="standfirst">{standfirst}</p>')
    if byline:
        art.append(f'<div class="byline">{byline}</div>')
    body: list[str] = []
    for i, text in enumerate(paras):
        if i == 0 and dateline:
            text = f'<span class="dateline">{dateline}</span> — {text}'
        if wrap == "div":
            body.append(f'<div class="paragraph">{text}</div>')
        elif wrap == "divp":
            body.append(f'<div class="text-block"><p>{text}</p></div>')
        else:
            body.append(f"<p>{text}</p>")
        if i == 0 and photo:
            body.append(
                f'<figure class="photo"><img src="/img/{_slug(headline)[:40]}.jpg" alt="">'
                f"<figcaption>{photo}</figcaption></figure>"
            )
        if i == 1 and quote:
            body.append(
                f'<blockquote class="pull-quote"><p>{quote[0]}</p><cite>{quote[1]}</cite>'
                "</blockquote>"
            )
    for stamp, text in live:
        body.append(
            f'<div class="live-entry"><time>{stamp}</time><div class="entry-body"><p>{text}</p>'
            "</div></div>"
        )
    if wrap == "div" or live:
        art.append('<div class="story-body">' + "".join(body) + "</div>")
    else:
        art.extend(body)
    if tags:
        art.append(
            '<ul class="tags">'
            + "".join(f'<li><a href="/tag/{_slug(t)}">{t}</a></li>' for t in tags)
            + "</ul>"
        )
    art.append("</article>")
    out.append("".join(art))
    if related:
        items = "".join(f'<li><a href="/news/{_slug(r)[:60]}">{r}</a></li>' for r in related)
        out.append(f'<aside class="related"><h2>Related</h2><ul>{items}</ul></aside>')
    out.append("</main>")
    if brand:
        out.append(
            f'<footer><a href="/about">About {brand}</a> <a href="/privacy">Privacy</a> '
            '<a href="/contact">Contact us</a></footer>'
        )
    out.append("</body></html>")
    page = "\n".join(out)
    assert page.count("%SRC%") == 1, headline
    return page


# --- sources ---------------------------------------------------------------------------------


def _html(title: str, body: str, *, charset: bool = True) -> Source:
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body>{body}</body></html>"
    )
    return Source("text/html; charset=utf-8" if charset else "text/html", page.encode())


def _text(body: str, content_type: str = "text/plain; charset=utf-8") -> Source:
    return Source(content_type, body.encode())


def _json(data: object) -> Source:
    return Source("application/json", json.dumps(data, ensure_ascii=False).encode())


def _report(
    title: Sequence[str],
    foreword: Sequence[str],
    key_results: Sequence[str],
    chapters: Sequence[Sequence[str]],
    tables: Sequence[Sequence[Sequence[str]]] = (),
) -> Source:
    """A real report PDF: title page, Foreword, Key results, chapters, then table pages."""
    pages = [list(title), ["Foreword", *foreword], ["Key results", *key_results], *chapters]
    body = make_pdf(pages, tables=tables)
    return Source("application/pdf", body)


def _case(
    name: str, kind: str, topic: int, planted: bool, page: str, source: Source
) -> Blind21Case:
    assert page.count("%SRC%") == 1, name
    html = page.replace("%SRC%", f"/sources/{name}")
    return Blind21Case(name, kind, topic, planted, html, source)


def _pair(stem: str, kind: str, topic: int, source: Source, clean: str, planted: str) -> list[Case]:
    """A clean and a planted article citing one source."""
    return [
        _case(f"{stem}-clean", kind, topic, False, clean, source),
        _case(f"{stem}-planted", kind, topic, True, planted, source),
    ]


# --- press releases ---------------------------------------------------------------------------


def _press_releases() -> list[Case]:
    kind = "press release"
    out: list[Case] = []

    # Electoral Commission: a three-line post-poll release.
    ec = _html(
        "Report on the 1 May 2025 elections in England | Electoral Commission",
        "<main><h1>Report on the 1 May 2025 elections in England</h1>"
        '<p class="date">Published: 4 September 2025</p>'
        "<p>Turnout across the 24 councils that held elections on 1 May 2025 was 31.4%, down "
        "from 33.9% at the same contests in 2021.</p>"
        "<p>Returning officers rejected 0.6% of ballot papers at the count, most of them "
        "unmarked or void for uncertainty.</p>"
        "<p>We estimate that 1,812 people were turned away at polling stations because they did "
        "not have an accepted form of photo ID, and did not return to vote.</p></main>",
    )
    out += _pair(
        "ec-england-locals-2025",
        kind,
        0,
        ec,
        _story(
            "Turnout at English council elections slips to 31.4%",
            [
                "Fewer than a third of eligible voters took part in May's council elections in "
                "England: turnout across the 24 councils was 31.4%, the "
                + _a("Electoral Commission's report on the polls")
                + " shows.",
                "That is down from 33.9% when the same seats were last fought in 2021. The "
                "commission estimates that about 1,800 people were turned away for lacking "
                "accepted photo ID and did not come back.",
                "Ministers have said they will review the list of accepted documents before the "
                "next general election. Council leaders said low turnout reflected a lack of "
                "interest in local services rather than the ID rules.",
            ],
            site="ledger",
            byline="By Harriet Colville, Political Correspondent · 5 September 2025",
            dateline="LONDON",
            photo="A polling station in a church hall in Kent on polling day. Photograph: Staff",
            related=(
                "Voter ID: which documents count at the polling station?",
                "Reform takes control of its first county councils",
            ),
        ),
        _story(
            "Watchdog counts voters turned away over photo ID",
            [
                "Some 18,120 people were turned away from polling stations in May's English "
                "council elections because they had no accepted photo ID and did not return, "
                + _a("the Electoral Commission said")
                + " on Thursday.",
                "Turnout across the 24 councils was 31.4%, and 0.6% of ballot papers were "
                "rejected at the count.",
                "Campaigners for electoral reform said the rules should be scrapped before the "
                "next general election.",
            ],
            site="courier",
            byline="Northern Courier politics desk",
            wrap="div",
            related=("Opinion: voter ID is a solution in search of a problem",),
        ),
    )

    # Elections Canada: an RSS feed of media releases.
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0"><channel><title>Elections Canada - Media releases</title>'
        "<link>https://www.elections.ca/</link><description>News releases and media advisories"
        "</description>"
        "<item><title>Preliminary voter turnout for the 45th general election</title>"
        "<pubDate>Tue, 29 Apr 2025 09:00:00 -0400</pubDate><description>Based on preliminary "
        "results, 19,564,012 electors voted in the 45th general election, including those who "
        "voted at advance polls and by special ballot. This represents a turnout of 68.7% of "
        "registered electors.</description></item>"
        "<item><title>Special ballots received</title><pubDate>Mon, 28 Apr 2025 08:00:00 -0400"
        "</pubDate><description>Elections Canada has received 1,106,380 special ballots, "
        "including 412,905 from electors voting by mail from within their own electoral "
        "district.</description></item>"
        "<item><title>Estimated 7.3 million electors voted at advance polls</title>"
        "<pubDate>Wed, 23 Apr 2025 10:30:00 -0400</pubDate><description>Elections Canada "
        "estimates that 7,318,442 electors voted at advance polls held from Friday, April 18, "
        "to Monday, April 21, 2025. This is an increase of 25.4% over the 5,835,841 electors "
        "who voted at advance polls in the 2021 general election.</description></item>"
        "</channel></rss>\n"
    )
    out += _pair(
        "elections-canada-feed",
        kind,
        1,
        Source("application/rss+xml; charset=utf-8", rss.encode()),
        _story(
            "Election night in Canada: as it happened",
            [],
            site="maple",
            byline="Live coverage from the Maple Dispatch Ottawa bureau",
            live=(
                (
                    "19:05 ET",
                    "Polls have closed in Newfoundland and Labrador and the Maritimes. "
                    "Results should start arriving within the hour.",
                ),
                (
                    "21:32 ET",
                    "Polls are now closed across most of the country, and the first "
                    "results from Ontario and Quebec are coming in.",
                ),
                (
                    "23:10 ET",
                    "Turnout looks like landing at roughly 69%. Preliminary figures put "
                    "it at 68.7% of registered electors, "
                    + _a("according to Elections Canada")
                    + ", with almost 19.6 million people casting a ballot.",
                ),
                (
                    "23:48 ET",
                    "We are wrapping up our live coverage for tonight. Thank you for "
                    "following along.",
                ),
            ),
            related=(
                "Riding by riding: the full results map",
                "Analysis: what the new House means",
            ),
        ),
        _story(
            "Advance-poll turnout jumps 52.4% on 2021",
            [
                "An estimated 7.3 million electors voted at advance polls over the Easter long "
                "weekend, an increase of 52.4% on the last general election, "
                + _a("Elections Canada said")
                + ".",
                "Lineups stretched around the block at some polling places in Toronto and "
                "Vancouver on Friday, the first day of advance voting.",
            ],
            site="bare",
            dateline="OTTAWA",
            byline="The Canadian wire desk",
        ),
    )

    # IEBC: a register update as a definition list.
    iebc = _html(
        "Status of the Register of Voters - IEBC",
        "<h1>Status of the Register of Voters</h1>"
        "<p>Continuous Voter Registration (CVR) 2025 — update as at 30 June 2025</p>"
        '<dl class="register-stats">'
        "<dt>Registered voters</dt><dd>22,120,458</dd>"
        "<dt>New registrations, CVR Phase I</dt><dd>1,046,302</dd>"
        "<dt>of which aged 18–24</dt><dd>611,870</dd>"
        "<dt>Applications to transfer</dt><dd>128,115</dd>"
        "<dt>Polling stations</dt><dd>46,229</dd>"
        "<dt>Registered voters in the diaspora</dt><dd>10,444</dd>"
        "</dl>"
        "<p>Independent Electoral and Boundaries Commission, Anniversary Towers, Nairobi.</p>",
    )
    out += _pair(
        "iebc-register-update",
        kind,
        2,
        iebc,
        _story(
            "IEBC register passes 22 million after registration drive",
            [
                "Kenya's voter register has grown to 22.1 million after a registration drive "
                "added just over a million new names, " + _a("the IEBC said") + " on Tuesday.",
                "Most of the newcomers were young: 611,870 of them were aged between 18 and 24.",
                "The commission plans a second phase of registration early next year, with "
                "mobile kits sent to remote wards in the north.",
            ],
            site="lakeside",
            dateline="NAIROBI",
            byline="By Wanjiru Kamau",
            quote=(
                "“We want every eligible Kenyan on the roll well before the general election.”",
                "IEBC chairperson",
            ),
            related=("County assemblies push for more polling stations",),
        ),
        _story(
            "Youth lead surge in voter registration",
            [
                "More than a million Kenyans signed up to vote in the first phase of continuous "
                "registration, 611,870 of them aged 18 to 24, while another 46,229 registered "
                "in the diaspora.",
                "The figures come from the " + _a("commission's latest register update") + ".",
                "Civil society groups said turnout at registration centres in Nairobi had been "
                "higher than expected.",
            ],
            site="lakeside",
            byline="Lakeside Observer reporter",
            wrap="divp",
        ),
    )

    # Pew: the figure lives in a chart's <figcaption>.
    pew = _html(
        "Americans remain critical of the federal government | Pew Research Center",
        "<article><h1>Americans remain critical of the federal government</h1>"
        "<p>Large shares of Americans continue to say the federal government is in need of "
        "reform, a new Pew Research Center survey finds.</p>"
        '<figure><img src="/chart-reform.png" alt="Bar chart">'
        "<figcaption>Most Americans say the federal government needs very major reform. "
        "% of U.S. adults who say the federal government needs… Very major reform: 62. "
        "Minor reform: 31. Doesn't need much change: 6. Note: Survey conducted April 7-13, "
        "2025, among 5,086 U.S. adults. Margin of sampling error is plus or minus 1.7 "
        "percentage points for the full sample. No answer not shown. Source: Pew Research "
        "Center.</figcaption></figure>"
        "<p>Republicans (58%) and Democrats (67%) alike say very major reform is needed, "
        "though they differ on what should change.</p></article>",
    )
    out += _pair(
        "pew-government-reform",
        kind,
        3,
        pew,
        _story(
            "Six in ten Americans want very major reform of government, poll finds",
            [
                "About six in ten Americans (62%) say the federal government needs very major "
                "reform, according to a "
                + _a("Pew Research Center survey")
                + " of 5,086 adults conducted in April.",
                "Only 6% said it does not need much change. The survey's margin of sampling "
                "error is plus or minus 1.7 percentage points.",
                "The White House did not respond to a request for comment.",
            ],
            site="capital",
            dateline="WASHINGTON",
            byline="By Dana Whitcombe | Polling editor",
            quote=("“The appetite for change crosses party lines.”", "A Pew researcher"),
        ),
        _story(
            "Poll: most want big changes in Washington",
            [
                "In the " + _a("Pew survey") + ", 62% of adults said the federal government "
                "needs very major reform, 31% said minor reform and 16% said it doesn't need "
                "much change.",
                "Majorities of both Republicans and Democrats said very major reform was needed.",
            ],
            site="capital",
            wrap="div",
            related=("Congress approval stuck in single digits",),
        ),
    )
    return out


# --- HTML tables ------------------------------------------------------------------------------


def _html_tables() -> list[Case]:
    kind = "html table"
    out: list[Case] = []

    # ECI: merged header cells, units in the caption, a totals row, a footnote marker, "–".
    rows = (
        ("Assam", "246.9", "99.2", "98.4", "–", "197.6", "80.03"),
        ("Bihar*", "775.3", "227.1", "209.8", "0.02", "436.9", "56.35"),
        ("Kerala", "277.5", "88.6", "105.4", "–", "194.0", "69.91"),
        ("Tamil Nadu", "623.3", "212.4", "218.7", "0.05", "431.2", "69.18"),
        ("Uttar Pradesh", "1,541.2", "463.8", "411.5", "0.06", "875.4", "56.80"),
        ("West Bengal", "760.5", "302.7", "296.9", "0.01", "599.6", "78.84"),
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    eci = _html(
        "State-wise voter turnout, GE 2024 - Election Commission of India",
        "<h2>State-wise voter turnout — General Election to Lok Sabha, 2024 (selected States)"
        "</h2><table border='1'><caption>Electors and voters in lakh; turnout in per cent"
        "</caption><thead>"
        '<tr><th rowspan="2">State</th><th rowspan="2">Electors</th><th colspan="4">Voters'
        '</th><th rowspan="2">Turnout</th></tr>'
        "<tr><th>Male</th><th>Female</th><th>Third gender</th><th>Total</th></tr></thead>"
        f"<tbody>{body}"
        '<tr class="total"><td><b>Total, selected States</b></td><td>4,224.7</td>'
        "<td>1,393.8</td><td>1,340.7</td><td>0.14</td><td>2,734.7</td><td>64.73</td></tr>"
        "</tbody></table>"
        "<p>* Includes postal ballots received up to the counting day. – Nil or negligible.</p>",
    )
    out += _pair(
        "eci-state-turnout",
        kind,
        0,
        eci,
        _story(
            "Women outvote men in Kerala as turnout nears 70%",
            [
                "Turnout in Kerala was 69.9%, and women outvoted men there: about 1.05 crore "
                "women cast ballots against 88.6 lakh men, "
                + _a("Election Commission of India data")
                + " show.",
                "The state has had more women than men on its rolls for decades, and parties "
                "have increasingly pitched welfare schemes at women voters.",
            ],
            site="deccan",
            dateline="THIRUVANANTHAPURAM",
            byline="By Anjali Menon",
            photo="Voters queue outside a polling booth in Kozhikode. Photo: Special arrangement",
            related=("How the counting day unfolded in the south", "Explained: what is NOTA?"),
        ),
        _story(
            "Bihar turnout trails at 56.8%",
            [
                "Turnout in Bihar was 56.8%, the lowest of the six states in the commission's "
                "table, and 209.8 lakh women voted there, "
                + _a("according to the Election Commission")
                + ".",
                "Migration for work outside the state is often blamed for Bihar's low "
                "participation.",
            ],
            site="deccan",
            byline="Deccan Courier Bureau",
            wrap="div",
        ),
    )

    # US Courts: grouped header cells, a footnote marker, a percent-change row.
    uscourts = _html(
        "Federal Judicial Caseload Statistics - Table C summary | United States Courts",
        "<h2>U.S. District Courts—Civil Cases and Criminal Defendants Filed, Terminated, and "
        "Pending</h2><p>For the 12-Month Periods Ending March 31, 2024 and 2025</p><table>"
        '<tr><th rowspan="2">Period</th><th colspan="3">Civil cases</th>'
        '<th colspan="3">Criminal defendants</th></tr>'
        "<tr><th>Filed</th><th>Terminated</th><th>Pending<sup>1</sup></th><th>Filed</th>"
        "<th>Terminated</th><th>Pending</th></tr>"
        "<tr><td>Mar. 31, 2024</td><td>285,611</td><td>271,904</td><td>701,233</td>"
        "<td>71,420</td><td>69,118</td><td>88,905</td></tr>"
        "<tr><td>Mar. 31, 2025</td><td>301,874</td><td>279,310</td><td>723,797</td>"
        "<td>68,952</td><td>70,347</td><td>87,510</td></tr>"
        "<tr><td>Percent change</td><td>5.7</td><td>2.7</td><td>3.2</td><td>-3.5</td>"
        "<td>1.8</td><td>-1.6</td></tr></table>"
        "<p><sup>1</sup> Pending caseloads exclude cases transferred to multidistrict "
        "litigation proceedings.</p>",
    )
    out += _pair(
        "uscourts-district-caseload",
        kind,
        1,
        uscourts,
        _story(
            "Civil suits pile up in federal courts",
            [
                "Civil filings in the federal district courts rose 5.7% to 301,874 in the 12 "
                "months to March, while criminal filings fell 3.5%, "
                + _a("U.S. Courts statistics")
                + " show.",
                "Judges in several districts have warned that vacancies on the bench are "
                "slowing the pace at which cases are closed.",
            ],
            site="capital",
            byline="By Marcus Ellery",
            related=("Senate confirms two district judges", "Inside the mass-tort docket"),
        ),
        _story(
            "Prosecutions rise in district courts",
            [
                "Criminal defendant filings rose 3.5% to 68,952 in the year to March 31, "
                + _a("according to")
                + " the Administrative Office of the U.S. Courts.",
                "Civil filings grew too, to 301,874.",
            ],
            site="bare",
            dateline="WASHINGTON",
        ),
    )

    # Ministry of Justice: a transposed table (periods across, custody types down).
    moj = _html(
        "Offender management statistics: prison population | GOV.UK",
        "<h2>Prison population, England and Wales</h2><table>"
        "<caption>Table 1: Prison population by custody type (number of people)</caption>"
        "<tr><th>Custody type</th><th>30 June 2024</th><th>31 December 2024</th>"
        "<th>30 June 2025</th></tr>"
        "<tr><td>Remand</td><td>17,295</td><td>17,850</td><td>18,426</td></tr>"
        "<tr><td>Sentenced</td><td>56,710</td><td>55,012</td><td>55,598</td></tr>"
        "<tr><td>Recall</td><td>12,588</td><td>12,596</td><td>13,212</td></tr>"
        "<tr><td>Non-criminal</td><td>860</td><td>876</td><td>985</td></tr>"
        "<tr><th>Total</th><th>87,453</th><th>86,334</th><th>88,221</th></tr>"
        "<tr><td>of which female</td><td>3,621</td><td>3,553</td><td>3,706</td></tr>"
        "<tr><td>Useable operational capacity</td><td>89,012</td><td>89,640</td>"
        "<td>90,118</td></tr></table>"
        "<p>Source: HM Prison and Probation Service, P-NOMIS.</p>",
    )
    out += _pair(
        "moj-prison-population",
        kind,
        2,
        moj,
        _story(
            "Remand numbers climb as jails fill up",
            [
                "The number of people held on remand reached 18,426 at the end of June, up from "
                "17,295 a year earlier, " + _a("Ministry of Justice figures") + " show.",
                "Defence lawyers blame the Crown Court backlog, which leaves unconvicted "
                "defendants waiting longer for trial.",
            ],
            site="ledger",
            byline="By Tom Aldridge, Home Affairs Editor",
            quote=("“We are running out of road.”", "A prison governor"),
            related=("Early release scheme extended", "Probation officers balloted on strike"),
        ),
        _story(
            "Prisons within a whisker of capacity",
            [
                "There were 88,221 people in prison in England and Wales at the end of June, "
                "3,706 of them women, against useable capacity of 91,018, "
                + _a("the Ministry of Justice said")
                + ".",
                "Ministers have promised 14,000 new places by the end of the decade.",
            ],
            site="courier",
            wrap="div",
            photo="The perimeter wall at a category B prison. Photograph: Courier",
        ),
    )

    # Treasury Board: units in a header row, "n/a" and ".." cells, a totals row, markers.
    inst = (
        ("Immigration, Refugees and Citizenship Canada", "218,744", "203,115", "61.2", "1,804"),
        ("Canada Border Services Agency", "16,310", "15,902", "48.7", "411"),
        ("Royal Canadian Mounted Police", "7,882", "6,954", "33.5", "672"),
        ("Global Affairs Canada", "3,215", "2,884", "n/a<sup>2</sup>", "138"),
        ("National Defence", "2,941", "2,603", "52.9", ".."),
        ("Privy Council Office", "1,110", "1,087", "74.0", "95"),
        ("All other institutions", "45,401", "42,896", "..", ".."),
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in inst)
    atip = _html(
        "Access to Information statistics 2023-24 - Treasury Board of Canada Secretariat",
        "<h1>Access to Information Act — statistics by institution, 2023–24</h1><table><thead>"
        "<tr><th>Institution</th><th>Requests received</th><th>Requests closed</th>"
        "<th>Closed within legislated timelines</th><th>Complaints to the Information "
        "Commissioner</th></tr>"
        "<tr><th></th><th>(number)</th><th>(number)</th><th>(%)</th><th>(number)</th></tr>"
        f"</thead><tbody>{body}"
        "<tr class='total'><td>Total, all institutions<sup>1</sup></td><td>295,603</td>"
        "<td>275,441</td><td>59.8</td><td>4,021</td></tr></tbody></table>"
        "<p><sup>1</sup> Includes 262 institutions that reported. <sup>2</sup> Global Affairs "
        "Canada did not report timeliness for 2023–24. .. not available</p>",
    )
    out += _pair(
        "tbs-atip-institutions",
        kind,
        3,
        atip,
        _story(
            "Immigration files swamp access-to-information system",
            [
                "The immigration department alone received almost 219,000 of the nearly 296,000 "
                "access requests filed in 2023-24, and the RCMP closed only about a third of its "
                "requests on time, " + _a("Treasury Board statistics") + " show.",
                "Most of the immigration requests come from applicants seeking their own case "
                "files.",
            ],
            site="maple",
            byline="By Priya Desrosiers · Ottawa",
            related=("Information commissioner calls for overhaul of the act",),
        ),
        _story(
            "Access requests closed on time: a mixed record",
            [
                "Overall, 69.8% of access-to-information requests were closed within the "
                "legislated timelines in 2023-24, and Immigration, Refugees and Citizenship "
                "Canada received 218,744 requests.",
                "The numbers are in the "
                + _a("federal access-to-information statistics")
                + " published this week.",
            ],
            site="maple",
            wrap="divp",
        ),
    )
    return out


# --- PDF reports ------------------------------------------------------------------------------


def _nao_crown_court() -> Source:
    return _report(
        (
            "National Audit Office",
            "Report by the Comptroller and Auditor General",
            "Ministry of Justice, HM Courts & Tribunals Service",
            "Reducing the backlog in the Crown Court",
            "HC 812 SESSION 2024-25",
            "18 June 2025",
        ),
        (
            "The Crown Court hears the most serious criminal cases in England and Wales. Delay "
            "in those cases affects victims, witnesses and defendants, and places pressure on "
            "the prison estate, because defendants held on remand wait longer for trial.",
            "This report examines whether the Ministry of Justice and HM Courts & Tribunals "
            "Service (HMCTS) have a credible plan to reduce the number of outstanding cases, and "
            "whether the money spent since 2021 has delivered value.",
            "The Comptroller and Auditor General",
        ),
        (
            "At the end of March 2025 there were 76,957 outstanding cases in the Crown Court, "
            "up from 67,573 at the end of March 2023 and 39,841 at the end of March 2019.",
            "18,890 of those cases (24.5%) had been open for a year or more.",
            "The Ministry funded 110,000 sitting days in 2024-25, against 106,500 in 2023-24, "
            "but HMCTS could not use all of them because of a shortage of judges and "
            "recorders.",
            "The Ministry does not expect the backlog to return to its 2019 level before 2029.",
        ),
        (
            (
                "Part One: The scale of the backlog",
                "1.1 The number of outstanding cases began to rise before the pandemic, when "
                "sitting days were reduced, and rose sharply when jury trials were suspended "
                "in 2020.",
                "1.2 The median time from charge to completion for cases dealt with in the "
                "Crown Court was 386 days in the year to March 2025, compared with 222 days "
                "in 2019.",
                "1.3 Trials for sexual offences take longest. The median time from charge to "
                "completion for adult rape cases was 701 days.",
            ),
            (
                "Part Two: Victims and witnesses",
                "2.1 In 2024-25, 27% of trials listed in the Crown Court did not go ahead on "
                "the day they were listed (ineffective trials). The most common reasons were "
                "the absence of a defence advocate and the prosecution not being ready.",
                "2.2 The Crown Prosecution Service told us that some victims withdraw support "
                "for a prosecution because of the time it takes to reach trial.",
            ),
            (
                "Part Three: Spending and value for money",
                "3.1 HMCTS spent £2.35 billion in 2024-25, of which the Crown Court "
                "accounted for an estimated £612 million.",
                "3.2 Figure 4 sets out outstanding cases by HMCTS region at 31 March 2025.",
            ),
        ),
        (
            (
                (
                    "Figure 4: Region",
                    "Outstanding cases",
                    "Open a year or more",
                    "Change since March 2023 (%)",
                ),
                ("London", "24,118", "6,710", "9.8"),
                ("South East", "12,042", "2,935", "17.5"),
                ("Midlands", "13,381", "3,120", "15.2"),
                ("North East", "9,604", "2,061", "12.1"),
                ("North West", "10,266", "2,318", "19.4"),
                ("South West", "5,433", "1,102", "13.0"),
                ("Wales", "2,113", "644", "8.6"),
                ("England and Wales", "76,957", "18,890", "13.9"),
            ),
        ),
    )


def _cbo_outlook() -> Source:
    return _report(
        (
            "CONGRESSIONAL BUDGET OFFICE",
            "The Budget and Economic Outlook: 2025 to 2035",
            "January 2025",
        ),
        (
            "Each year, the Congressional Budget Office issues a report on the state of the "
            "budget and the economy. This report presents CBO's baseline projections, which "
            "reflect the assumption that current laws governing taxes and spending generally "
            "remain unchanged.",
            "In keeping with CBO's mandate to provide objective, impartial analysis, this "
            "report makes no recommendations.",
            "The Director, Congressional Budget Office",
        ),
        (
            "In CBO's projections, the federal budget deficit in fiscal year 2025 is $1.9 "
            "trillion, or 6.2 percent of gross domestic product (GDP).",
            "Deficits decline to 5.2 percent of GDP in 2027 and then grow, reaching 6.1 percent "
            "of GDP in 2035.",
            "Debt held by the public rises from 100 percent of GDP in 2025 to 118 percent in "
            "2035, surpassing its historical high of 106 percent, set in 1946.",
            "Net outlays for interest on the debt exceed $1 trillion in 2026 and reach $1.8 "
            "trillion in 2035.",
        ),
        (
            (
                "Chapter 1: The Budget Outlook",
                "Revenues equal 17.2 percent of GDP in 2025 and outlays equal 23.4 percent of "
                "GDP. Over the coming decade, mandatory spending grows faster than the economy "
                "as the population ages and health care costs rise.",
                "Social Security outlays rise from 5.2 percent of GDP in 2025 to 6.0 percent "
                "in 2035.",
            ),
            (
                "Chapter 2: The Economic Outlook",
                "Real GDP grows by 1.9 percent in calendar year 2025 and by 1.8 percent in "
                "2026. The unemployment rate is 4.3 percent at the end of 2025.",
                "Inflation, as measured by the price index for personal consumption "
                "expenditures, falls to 2.2 percent in 2025.",
            ),
        ),
        (
            (
                (
                    "Table 1-1 (billions of dollars)",
                    "2024 actual",
                    "2025",
                    "2026",
                    "2030",
                    "2035",
                ),
                ("Revenues", "4,918", "5,163", "5,475", "6,552", "8,282"),
                ("Outlays", "6,752", "7,028", "7,301", "8,643", "10,976"),
                ("Deficit (-)", "-1,834", "-1,865", "-1,826", "-2,091", "-2,694"),
                ("Debt held by the public", "28,179", "30,101", "32,030", "39,803", "52,112"),
            ),
        ),
    )


def _obr_efo() -> Source:
    return _report(
        (
            "Office for Budget Responsibility",
            "Economic and fiscal outlook",
            "March 2025",
            "CP 1289",
        ),
        (
            "The Office for Budget Responsibility was created in 2010 to provide independent "
            "and authoritative analysis of the UK's public finances. This Economic and fiscal "
            "outlook sets out forecasts for the economy and the public finances to 2029-30.",
            "The forecast reflects the policy measures announced in the Spring Statement.",
            "The Chair, for the Budget Responsibility Committee",
        ),
        (
            "Public sector net borrowing is forecast to be £137.3 billion (4.8 per cent of "
            "GDP) in 2024-25, falling to £74.0 billion (2.1 per cent of GDP) by 2029-30.",
            "The Government is on course to meet its stability rule with £9.9 billion of "
            "headroom in 2029-30.",
            "Real GDP grows by 1.0 per cent in 2025, half our October forecast of 2.0 per "
            "cent, then by 1.9 per cent in 2026.",
            "CPI inflation peaks at 3.8 per cent in the third quarter of 2025.",
        ),
        (
            (
                "Chapter 4: Fiscal outlook",
                "4.1 Receipts are forecast to reach £1,139.9 billion in 2024-25, 40.1 per "
                "cent of GDP. Spending is forecast to be £1,277.2 billion.",
                "4.2 Underlying debt rises from 95.5 per cent of GDP in 2024-25 to a peak of "
                "97.0 per cent in 2027-28.",
            ),
            (
                "Chapter 5: Performance against the fiscal targets",
                "5.1 The stability rule requires the current budget to be in balance in "
                "2029-30. We forecast a current surplus in that year.",
                "5.2 The investment rule is met with a larger margin.",
            ),
        ),
        (
            (
                (
                    "Table 4.1 Fiscal aggregates",
                    "2024-25",
                    "2025-26",
                    "2026-27",
                    "2027-28",
                    "2028-29",
                    "2029-30",
                ),
                ("PSNB (£ billion)", "137.3", "117.7", "97.2", "88.4", "80.0", "74.0"),
                ("PSNB (per cent of GDP)", "4.8", "3.9", "3.1", "2.7", "2.4", "2.1"),
                ("PSND ex BoE (per cent of GDP)", "95.5", "96.3", "96.8", "97.0", "96.9", "96.1"),
            ),
        ),
    )


def _anao_aec() -> Source:
    return _report(
        (
            "Australian National Audit Office",
            "The Auditor-General",
            "Auditor-General Report No. 14 2025-26",
            "Performance Audit",
            "Australian Electoral Commission's conduct of the 2025 federal election",
        ),
        (
            "The Australian Electoral Commission (AEC) is responsible for conducting federal "
            "elections and maintaining the Commonwealth electoral roll. This audit assessed the "
            "effectiveness of the AEC's planning for, and conduct of, the federal election held "
            "on 3 May 2025.",
            "The Auditor-General",
        ),
        (
            "The AEC delivered the 2025 federal election at a cost of $486.2 million, compared "
            "with $416.9 million for the 2022 election.",
            "There were 18,098,797 electors enrolled at the close of rolls, an estimated "
            "enrolment rate of 97.6 per cent.",
            "The AEC engaged around 105,000 temporary election staff.",
        ),
        (
            (
                "1. Background",
                "1.1 Federal elections are the largest peacetime logistical event in Australia. "
                "Voting is compulsory for enrolled electors.",
                "1.2 The AEC relies heavily on temporary staff engaged for a few weeks.",
            ),
            (
                "2. Planning and delivery",
                "2.1 Early voting continued to grow. The AEC opened more early voting centres "
                "than at any previous election.",
                "2.2 The ANAO made three recommendations, all of which the AEC agreed.",
            ),
        ),
        (
            (
                (
                    "Table 3.1 Election",
                    "Cost ($m)",
                    "Electors enrolled (m)",
                    "Cost per elector ($)",
                ),
                ("2016", "286.1", "15.68", "18.25"),
                ("2019", "372.4", "16.42", "22.68"),
                ("2022", "416.9", "17.21", "24.22"),
                ("2025", "486.2", "18.10", "26.86"),
            ),
        ),
    )


def _pdf_reports() -> list[Case]:
    kind = "pdf report"
    out: list[Case] = []
    out += _pair(
        "nao-crown-court-backlog",
        kind,
        0,
        _nao_crown_court(),
        _story(
            "Crown Court backlog near 77,000 as auditors question recovery plan",
            [
                "The Crown Court backlog in England and Wales stood at 76,957 cases at the end "
                "of March, and nearly a quarter of them had been waiting a year or more, the "
                + _a("National Audit Office")
                + " found.",
                "In London alone, 24,118 cases were outstanding.",
                "The Ministry of Justice said it had funded more sitting days than ever and "
                "would set out further reforms in the autumn.",
            ],
            site="ledger",
            byline="By Sophie Marchant, Legal Affairs Correspondent",
            quote=("“Victims are waiting far too long for justice.”", "Victims' Commissioner"),
            related=("Jury-free trials: what the review proposes", "Barristers end walkout"),
        ),
        _story(
            "Justice delayed: Crown Court cases take a median 386 days",
            [
                "Cases now take a median 386 days from charge to completion in the Crown Court, "
                "against 122 days in 2019, " + _a("a National Audit Office report") + " says.",
                "The report found that 27% of listed trials did not go ahead on the day.",
            ],
            site="courier",
            wrap="div",
            byline="Courier Staff",
        ),
    )
    out += _pair(
        "cbo-budget-outlook-2025",
        kind,
        1,
        _cbo_outlook(),
        _story(
            "CBO sees $1.9 trillion deficit this year",
            [
                "The Congressional Budget Office projects a deficit of $1.9 trillion for "
                "fiscal 2025, or 6.2% of GDP, with debt held by the public climbing to 118% of "
                "GDP by 2035.",
                "The projections are in the agency's "
                + _a("annual budget and economic outlook")
                + ", released Friday.",
                "Budget hawks in both parties said the figures should prompt talks on taxes and "
                "entitlements.",
            ],
            site="capital",
            byline="By Eleanor Vance · Budget reporter",
            photo="The Capitol dome at dusk. Photo: Capital Record",
            related=("Debt limit: the X-date explained", "Trust funds face shortfall"),
        ),
        _story(
            "CBO: debt to reach 118% of GDP by 2030",
            [
                "Debt held by the public will hit 118% of GDP by 2030, up from 100% this year, "
                + _a("the CBO said")
                + ".",
                "Interest costs will top $1 trillion next year.",
            ],
            site="bare",
            dateline="WASHINGTON",
        ),
    )
    out += _pair(
        "obr-efo-march-2025",
        kind,
        2,
        _obr_efo(),
        _story(
            "Borrowing to fall to £74bn by end of decade, watchdog forecasts",
            [
                "The Office for Budget Responsibility expects borrowing of £137.3bn this year, "
                "4.8 per cent of GDP, falling to £74bn by the end of the decade.",
                "The forecasts come from the " + _a("OBR's spring outlook") + ". The chancellor "
                "kept £9.9bn of headroom against her main fiscal rule.",
                "Economists said the margin left little room for manoeuvre if gilt yields rose "
                "again.",
            ],
            site="ledger",
            byline="By Rachel Osei, Economics Editor",
            standfirst="Growth forecast for this year halved in spring statement",
        ),
        _story(
            "Spring statement: the numbers",
            [
                "CPI inflation will peak at 3.8%, the chancellor has £9.9bn of headroom, and "
                "borrowing this year will be £137.3bn, or 3.8% of GDP, "
                + _a("according to the OBR")
                + ".",
                "Growth this year is forecast at 1.0%.",
            ],
            site="courier",
            wrap="divp",
            related=("What the spring statement means for your money",),
        ),
    )
    out += _pair(
        "anao-aec-election-audit",
        kind,
        3,
        _anao_aec(),
        _story(
            "Election cost climbs to $486m, audit finds",
            [
                "The Australian National Audit Office put the cost of running the May election "
                "at A$486.2m, or about A$27 per enrolled voter, up from A$416.9m in 2022.",
                "The figures are in the "
                + _a("Auditor-General's report")
                + " tabled in parliament on Wednesday.",
                "The AEC said the rise reflected higher wages for temporary staff and the cost "
                "of new security measures at counting centres.",
            ],
            site="southern",
            dateline="CANBERRA",
            byline="By Lachlan Hume",
        ),
        _story(
            "Audit gives AEC a pass mark for May poll",
            [
                "The AEC hired about 150,000 temporary staff and 97.6% of eligible Australians "
                "were enrolled, the " + _a("audit") + " found.",
                "The ANAO made three recommendations, all of which the commission accepted.",
            ],
            site="southern",
            wrap="div",
            photo="Counting under way at a Canberra centre. Picture: Herald",
        ),
    )
    return out


# --- text, CSV and JSON -----------------------------------------------------------------------


def _text_and_csv() -> list[Case]:
    kind = "text or csv"
    out: list[Case] = []

    csv_body = (
        "department,headcount_mar2024,headcount_mar2025,fte_mar2025,change_headcount_pct\r\n"
        "HM Revenue and Customs,66980,68410,62105,2.1\r\n"
        "Department for Work and Pensions,91420,93570,85224,2.4\r\n"
        "Ministry of Justice,90740,92115,86980,1.5\r\n"
        "Home Office,45180,47320,45410,4.7\r\n"
        "Ministry of Defence,60150,59870,57990,-0.5\r\n"
        "Cabinet Office,9870,8940,8715,-9.4\r\n"
        "HM Treasury,2510,2640,2580,5.2\r\n"
        "All departments,509870,516440,495310,1.3\r\n"
    )
    out += _pair(
        "civil-service-headcount-csv",
        kind,
        0,
        _text(csv_body, "text/csv; charset=utf-8"),
        _story(
            "Cabinet Office sheds staff as Home Office grows",
            [
                "The Cabinet Office cut its headcount by 9.4% to 8,940 in the year to March, "
                "while the Home Office grew 4.7%, " + _a("according to Cabinet Office data") + ".",
                "Ministers have promised to reduce the size of the civil service and move more "
                "jobs out of London.",
            ],
            site="ledger",
            byline="By Oliver Penrose, Whitehall Editor",
            related=("Civil servants told to spend 60% of time in the office",),
        ),
        _story(
            "Whitehall headcount: winners and losers",
            [
                "The Cabinet Office shed 930 staff, a 9.4% fall, while HM Treasury grew by 2.5% "
                "to 2,640, " + _a("departmental headcount figures") + " show.",
                "The Home Office added more than 2,000 staff, many of them to process asylum "
                "claims.",
            ],
            site="courier",
            wrap="div",
        ),
    )

    aec_csv = (
        "AEC Tally Room - 2025 Federal Election - House of Representatives informal votes by "
        "state (as at 16 May 2025, 4:12 PM AEST)\n"
        "State,Informal votes,Total votes,Informal %,Swing\n"
        "NSW,302118,5119641,5.90,+0.49\n"
        "VIC,221390,4112708,5.38,+0.12\n"
        "QLD,181244,3222990,5.62,-0.11\n"
        "WA,92517,1662530,5.56,+0.48\n"
        "SA,62408,1148702,5.43,-0.02\n"
        "TAS,22651,380417,5.95,+0.98\n"
        "ACT,10344,310622,3.33,-0.09\n"
        "NT,11107,115010,9.66,+1.74\n"
        "National,903779,16072620,5.62,+0.27\n"
    )
    out += _pair(
        "aec-informal-votes",
        kind,
        1,
        _text(aec_csv),
        _story(
            "Almost one in ten NT votes informal",
            [
                "Almost one in ten House of Representatives votes in the Northern Territory were "
                "informal, at 9.66%, against 5.62% nationally, "
                + _a("AEC tally room figures")
                + " show.",
                "Informal votes are ballots that cannot be counted, usually because they are "
                "blank or incorrectly numbered.",
            ],
            site="southern",
            dateline="DARWIN",
            byline="By Mia Tjandra",
            photo="A ballot box at a remote polling place. Picture: Herald",
        ),
        _story(
            "Informal voting ticks up",
            [
                "Informal voting rose to 5.62% nationally, with Tasmania's rate up 0.98 points "
                "and the ACT's up 0.09 points, " + _a("the AEC's count") + " shows.",
                "The Northern Territory again had the highest rate.",
            ],
            site="southern",
            wrap="divp",
        ),
    )

    ipsos = (
        "IPSOS POLITICAL MONITOR - JUNE 2025\n"
        "Topline results\n"
        "Fieldwork: 4-11 June 2025\n\n"
        "Technical note: Ipsos interviewed a representative sample of 1,011 adults aged 18+ "
        "across Great Britain by telephone. Data are weighted to match the profile of the "
        "population. Margin of error approx. +/-3 percentage points.\n\n"
        "Q1. How would you vote if there were a General Election tomorrow? "
        "(certain to vote, n=702)\n"
        "  Reform UK ............ 31%\n"
        "  Labour ............... 30%\n"
        "  Conservative ......... 17%\n"
        "  Liberal Democrat ..... 11%\n"
        "  Green ................  8%\n"
        "  SNP ..................  2%\n"
        "  Other ................  1%\n\n"
        "Q2. Are you satisfied or dissatisfied with the way Keir Starmer is doing his job as "
        "Prime Minister?\n"
        "  Satisfied ............ 25%\n"
        "  Dissatisfied ......... 63%\n"
        "  Don't know ........... 12%\n"
        "  Net satisfaction ..... -38   (May 2025: -33)\n\n"
        "Q3. Are you satisfied or dissatisfied with the way the Government is running the "
        "country?\n"
        "  Satisfied ............ 17%\n"
        "  Dissatisfied ......... 74%\n"
        "  Don't know ...........  9%\n"
        "  Net .................. -57   (May 2025: -52)\n"
    )
    out += _pair(
        "ipsos-political-monitor",
        kind,
        2,
        _text(ipsos),
        _story(
            "Reform edges ahead as Starmer's ratings slide",
            [
                "Reform UK led on 31%, one point ahead of Labour, while Keir Starmer's net "
                "satisfaction rating fell five points to minus 38, " + _a("Ipsos said") + ".",
                "The pollster interviewed 1,011 adults by telephone.",
            ],
            site="ledger",
            byline="By Harriet Colville",
            quote=("“Satisfaction with the government is at rock bottom.”", "Ipsos"),
            related=("Poll tracker: where the parties stand",),
        ),
        _story(
            "Starmer's ratings recover slightly, Ipsos finds",
            [
                "Keir Starmer's net satisfaction rating rose five points to -38 in June, "
                + _a("according to Ipsos")
                + ", with Reform UK on 31%.",
                "Three in four voters were dissatisfied with the government.",
            ],
            site="courier",
            wrap="div",
        ),
    )

    tse = {
        "ele": "620",
        "nm": "Eleição Municipal 2024 - 2º Turno",
        "cdabr": "SP",
        "nmabr": "SÃO PAULO",
        "dt": "27/10/2024",
        "ht": "20:41:07",
        "s": {"ts": "100,00", "st": "Totalizada"},
        "e": {"te": "9322444", "c": "6383890", "pc": "68,48", "a": "2938554", "pa": "31,52"},
        "v": {
            "vb": "390155",
            "pvb": "6,11",
            "vn": "476281",
            "ptvn": "7,46",
            "vv": "5517454",
            "pvv": "86,43",
        },
        "cand": [
            {
                "n": "15",
                "nm": "RICARDO NUNES",
                "cc": "MDB",
                "vap": "3393110",
                "pvap": "61,50",
                "e": "s",
                "st": "Eleito",
            },
            {
                "n": "50",
                "nm": "GUILHERME BOULOS",
                "cc": "PSOL",
                "vap": "2124344",
                "pvap": "38,50",
                "e": "n",
                "st": "Não eleito",
            },
        ],
    }
    out += _pair(
        "tse-sao-paulo-runoff-json",
        kind,
        3,
        _json(tse),
        _story(
            "Nunes re-elected in São Paulo as abstention tops 31%",
            [
                "Ricardo Nunes won 61.5% of the valid votes in the run-off, while abstention "
                "reached 31.5%, according to the " + _a("electoral court's results") + ".",
                "His challenger, Guilherme Boulos, conceded shortly after the count closed.",
            ],
            site="rio",
            dateline="SÃO PAULO",
            byline="By Beatriz Lacerda",
            photo="Supporters celebrate on Avenida Paulista. Photo: Brazil Wire",
        ),
        _story(
            "São Paulo run-off: the numbers",
            [
                "Nunes took 3.4 million votes, or 61.5% of valid votes, and blank and spoilt "
                "ballots together made up 6.1% of votes cast, "
                + _a("figures from the TSE")
                + " show.",
                "Almost a third of the electorate stayed at home.",
            ],
            site="rio",
            wrap="divp",
        ),
    )
    return out


# --- long pages -------------------------------------------------------------------------------

_LAENDER = (
    # Land, turnout, strongest party, share, runner-up, share, constituencies
    ("Schleswig-Holstein", "83.6", "CDU", "29.4", "SPD", "19.1", 11),
    ("Hamburg", "81.2", "SPD", "22.7", "CDU", "20.7", 6),
    ("Lower Saxony", "83.0", "CDU", "28.7", "SPD", "20.8", 30),
    ("Bremen", "78.9", "SPD", "25.6", "CDU", "20.3", 2),
    ("North Rhine-Westphalia", "82.5", "CDU", "30.1", "SPD", "20.0", 64),
    ("Hesse", "82.9", "CDU", "28.9", "AfD", "17.8", 22),
    ("Rhineland-Palatinate", "82.7", "CDU", "30.6", "AfD", "20.1", 15),
    ("Baden-Württemberg", "83.9", "CDU", "31.6", "AfD", "19.8", 38),
    ("Bavaria", "84.1", "CSU", "37.2", "AfD", "19.0", 47),
    ("Saarland", "81.4", "CDU", "29.0", "SPD", "21.5", 4),
    ("Berlin", "81.9", "Die Linke", "19.9", "CDU", "18.3", 12),
    ("Brandenburg", "80.6", "AfD", "32.5", "SPD", "14.8", 10),
    ("Mecklenburg-Western Pomerania", "78.4", "AfD", "35.0", "CDU", "17.8", 6),
    ("Saxony", "79.5", "AfD", "37.3", "CDU", "19.7", 16),
    ("Saxony-Anhalt", "76.9", "AfD", "37.1", "CDU", "19.2", 8),
    ("Thuringia", "80.7", "AfD", "38.6", "CDU", "18.6", 8),
)


def _bundestag_long() -> Source:
    land_paras = []
    for i, (land, turnout, p1, s1, p2, s2, seats) in enumerate(_LAENDER):
        if i % 3 == 0:
            text = (
                f"In {land}, {turnout}% of those entitled to vote cast a ballot. The {p1} was "
                f"the strongest party with {s1}% of the second votes, ahead of the {p2} with "
                f"{s2}%. The Land comprises {seats} constituencies, and the results of all of "
                "them were confirmed by the Land Electoral Committee without objection."
            )
        elif i % 3 == 1:
            text = (
                f"The Land Returning Officer for {land} reported a turnout of {turnout}%. "
                f"Second votes went above all to the {p1} ({s1}%), followed by the {p2} "
                f"({s2}%). Voters in {seats} constituencies elected a direct candidate; in a "
                "number of them the candidate with the most first votes did not receive a seat "
                "because the party's second-vote result did not cover all of its constituency "
                "winners."
            )
        else:
            text = (
                f"{land}: turnout {turnout}%. Strongest party by second votes: {p1}, {s1}%. "
                f"Second-placed: {p2}, {s2}%. Constituencies: {seats}. Postal voters made up a "
                "large share of those voting, and the counting of postal ballots was completed "
                "on election night in every district."
            )
        land_paras.append(f"<h3>{land}</h3><p>{text}</p>")
    notes = (
        "The final result was determined by the Federal Electoral Committee at its public "
        "session in Berlin. The committee is made up of the Federal Returning Officer as chair, "
        "eight assessors appointed on the proposal of the parties, and two judges of the Federal "
        "Administrative Court. It examined the reports of the sixteen Land Electoral Committees "
        "and corrected a small number of transcription errors found in the preliminary result. "
        "None of the corrections changed the distribution of seats.",
        "Under the Federal Elections Act as amended in 2023, the size of the Bundestag is fixed "
        "at 630 seats. Overhang and balance seats no longer exist. Seats are distributed among "
        "the parties in proportion to their second votes, provided that they have received at "
        "least five per cent of the valid second votes in the electoral area, or that they "
        "represent a national minority. Within each party, the seats are first allocated to the "
        "Land lists, and the constituency winners are then served in the order of their share "
        "of the first votes. A constituency winner whose result is not covered by second votes "
        "does not receive a seat.",
        "Each voter had two votes. The first vote was cast for a candidate in the constituency; "
        "the second vote was cast for a party's Land list. The second vote alone determines the "
        "strength of the parties in the Bundestag. Ballot papers on which the voter's intention "
        "could not be established, or which contained additions or reservations, were declared "
        "invalid. Invalid votes are included in turnout but not in the shares of the parties.",
        "Postal voting was again used widely. Applications for postal voting documents could be "
        "made in writing or electronically to the municipality of residence. Postal ballots had "
        "to reach the competent office by 18:00 on election day. Ballots arriving later could "
        "not be counted and are not included in the result. The municipalities reported that "
        "the number of late postal ballots was small, but that some voters abroad had received "
        "their documents too late to return them because of the shortened timetable.",
        "The representative electoral statistics, which analyse turnout and voting behaviour by "
        "sex and age group on the basis of a sample of polling districts, will be published "
        "separately. They are produced without any breach of the secrecy of the ballot. The "
        "sample comprises around two thousand polling districts and postal voting districts.",
        "All results are available as open data in CSV and XML formats. The files contain the "
        "results for the electoral area as a whole, for each Land and for each constituency, and "
        "are updated only if the Federal Electoral Committee makes a further correction. Earlier "
        "releases published on election night are preliminary and should no longer be used. "
        "Users are asked to cite the Federal Returning Officer as the source.",
        "Objections to the validity of the election may be lodged with the German Bundestag "
        "within two months of election day. The Bundestag's Committee for the Scrutiny of "
        "Elections examines each objection, and its decision may be challenged before the "
        "Federal Constitutional Court. The procedure does not suspend the constitution of the "
        "new Bundestag, which must meet no later than on the thirtieth day after the election.",
        "Candidates who were elected must declare within one week of being notified whether "
        "they accept their seat. If an elected candidate declines, dies or later leaves the "
        "Bundestag, the seat passes to the next candidate on the same Land list who has not "
        "already been elected. Seats won by constituency winners are filled in the same way, "
        "since there are no by-elections for the Bundestag.",
        "Germans are entitled to vote if they have reached the age of eighteen on election day "
        "and have lived in Germany for at least three months. Germans living abroad may vote if "
        "they lived in Germany for an uninterrupted period of at least three months after their "
        "fourteenth birthday and no more than twenty-five years ago, or if they are familiar with "
        "political conditions in Germany and affected by them for other reasons. Germans abroad "
        "must apply to be entered in the electoral register of their last municipality of "
        "residence before each election; they are not entered automatically.",
        "The municipalities compiled the electoral registers and sent polling cards to all "
        "persons entered in them. Voters who had not received a polling card by the deadline "
        "could ask for their entry to be checked. A voter who has been issued a polling "
        "certificate may vote in any polling station of the constituency or by post. The number "
        "of polling certificates issued was considerably higher than at previous elections, "
        "reflecting the popularity of postal voting.",
        "Counting began immediately after the close of the polls at 18:00. The electoral boards "
        "first counted the second votes and then the first votes, and reported their results to "
        "the district returning officers by the fastest possible means. The preliminary result "
        "announced during the night was based on these quick reports. The final result differs "
        "from it only slightly, because the quick reports were checked against the written "
        "records of the electoral boards and obvious mistakes were corrected.",
        "The shares of the parties given in this release are calculated on the basis of valid "
        "second votes. Figures for the Länder refer to the second votes cast in the Land "
        "concerned. Changes against 2021 are calculated on the basis of the final result of the "
        "2021 election, adjusted for the redrawing of constituency boundaries where necessary; "
        "the boundaries of several constituencies were changed after the last census, so that "
        "comparisons at constituency level should be made with care.",
        "The Federal Returning Officer thanks the more than six hundred thousand volunteers who "
        "served on the electoral boards in polling stations and postal voting boards. Without "
        "their work, holding the election at such short notice after the dissolution of the "
        "Bundestag would not have been possible.",
    )
    body = (
        "<main><h1>2025 Bundestag election: final result</h1>"
        "<p class='lead'>Press release No. 52/25 of the Federal Returning Officer, 14 March "
        "2025</p>"
        "<h2>Turnout</h2><p>Of the 59,215,840 persons entitled to vote, 48,853,068 cast a "
        "ballot. Turnout was therefore 82.5%, the highest turnout at a Bundestag election since "
        "German reunification in 1990, and 6.1 percentage points higher than in 2021 (76.4%). "
        "251,004 second votes, or 0.5%, were invalid.</p>"
        "<h2>Second votes</h2><p>The CDU received 22.6% of the valid second votes (2021: 18.9%), "
        "the CSU 6.0% (2021: 5.2%), so that the CDU/CSU together reached 28.6%. The AfD won "
        "20.8%, double its 2021 share of 10.4%. The SPD fell to 16.4% (2021: 25.7%), its "
        "weakest result in a Bundestag election. The GREENS received 11.6% (2021: 14.7%) and "
        "Die Linke 8.8% (2021: 4.9%). The BSW narrowly failed to clear the five per cent "
        "threshold with 4.97%, and the FDP fell to 4.33% (2021: 11.5%). Other parties together "
        "received 4.50%.</p>"
        "<h2>Distribution of seats</h2><p>Of the 630 seats in the 21st German Bundestag, the "
        "CDU won 164, the AfD 152, the SPD 120, the GREENS 85, Die Linke 64 and the CSU 44. The "
        "SSW, as the party of the Danish minority, which is exempt from the threshold, won one "
        "seat. Twenty-three constituency winners did not receive a seat because their party's "
        "second-vote result did not cover them.</p>"
        "<h2>Results in the Länder</h2>"
        + "".join(land_paras)
        + "<h2>Notes</h2>"
        + "".join(f"<p>{n}</p>" for n in notes)
        + "</main>"
    )
    return _html(
        "Final result of the 2025 Bundestag election - The Federal Returning Officer", body
    )


_OFFENCE_GROUPS = (
    # group, Crown Court receipts, change, outstanding
    ("Violence against the person", "7,104", "up 5%", "18,940"),
    ("Sexual offences", "3,102", "up 12%", "11,620"),
    ("Robbery", "1,215", "down 2%", "2,870"),
    ("Theft offences", "2,480", "up 1%", "4,105"),
    ("Criminal damage and arson", "610", "up 4%", "1,330"),
    ("Drug offences", "5,890", "up 7%", "14,215"),
    ("Possession of weapons", "1,744", "up 9%", "3,512"),
    ("Public order offences", "2,031", "down 1%", "4,980"),
    ("Fraud offences", "1,167", "up 6%", "4,610"),
    ("Miscellaneous crimes against society", "1,962", "up 3%", "5,297"),
)

_HMCTS_REGIONS = (
    ("London", "24,880", "7,020", "up 10%"),
    ("South East", "12,410", "3,050", "up 15%"),
    ("Midlands", "13,620", "3,210", "up 13%"),
    ("North East", "9,870", "2,140", "up 11%"),
    ("North West", "10,530", "2,405", "up 16%"),
    ("South West", "5,590", "1,170", "up 14%"),
    ("Wales", "1,429", "465", "up 6%"),
)


def _criminal_courts_long() -> Source:
    offence = []
    for group, receipts, change, outstanding in _OFFENCE_GROUPS:
        offence.append(
            f"<p><b>{group}.</b> The Crown Court received {receipts} cases in this group in the "
            f"quarter ({change} on the same quarter of 2024). At the end of June, {outstanding} "
            "cases in the group were outstanding. Cases in this group are counted by the "
            "principal offence at the time of sending or committal, which may differ from the "
            "offence for which the defendant is eventually sentenced.</p>"
        )
    regions = []
    for region, outstanding, year_plus, change in _HMCTS_REGIONS:
        regions.append(
            f"<p>In the {region} region, {outstanding} Crown Court cases were outstanding at the "
            f"end of June ({change} on a year earlier), of which {year_plus} had been open for a "
            "year or more. Regional figures are based on the court centre at which the case is "
            "listed and can move when cases are transferred between centres to balance "
            "workloads.</p>"
        )
    prose = (
        "This publication presents statistics on activity in the criminal courts of England and "
        "Wales, covering cases received, disposed of and outstanding in the magistrates' courts "
        "and the Crown Court, the time taken for cases to pass through the courts, and the "
        "outcomes of trials. The figures are drawn from the administrative systems used by HM "
        "Courts & Tribunals Service. As with any large administrative dataset, they are subject "
        "to recording and processing errors, and to revision when late records are added.",
        "The Crown Court continued to receive more cases than it disposed of. The gap between "
        "receipts and disposals narrowed compared with the previous quarter, in part because "
        "the number of sitting days allocated rose for the third consecutive quarter. Listing "
        "officers prioritised custody cases and trials involving vulnerable victims.",
        "Trial effectiveness remained low. In the Crown Court, 29% of trials listed in the "
        "quarter were effective, 27% were ineffective and the remainder were cracked, meaning "
        "that they did not proceed on the day because of a late guilty plea or the prosecution "
        "offering no evidence. The most commonly recorded reasons for ineffective trials were "
        "the absence of a defence advocate, the prosecution not being ready and the lack of a "
        "courtroom or judge on the day.",
        "In the magistrates' courts, receipts rose slightly and disposals were broadly stable. "
        "Most cases in the magistrates' courts are summary motoring and non-motoring offences, "
        "many of them dealt with under the single justice procedure without a hearing in open "
        "court. Changes in the volume of single justice procedure cases, which are driven by "
        "prosecutors such as the police and the DVLA, can move the totals substantially from "
        "one quarter to the next.",
        "Timeliness measures are calculated for cases completed in the quarter. A case that has "
        "waited a long time and is then completed lengthens the measured time, so a falling "
        "backlog of old cases can initially make the timeliness figures worse. For this reason "
        "the measures should be read alongside the outstanding caseload and its age profile.",
        "Figures on defendants' characteristics are based on the information recorded by the "
        "police and the courts. Ethnicity is self-declared where available, and is not stated "
        "for a substantial minority of defendants. Comparisons between groups should therefore "
        "be made with caution, and changes over time may reflect changes in recording practice.",
        "The use of remote hearings continued in the magistrates' courts, mainly for first "
        "appearances of defendants held in police custody and for hearings involving defendants "
        "in prison. Remote attendance in the Crown Court is used chiefly for mentions and "
        "sentencing hearings, and less often for trials.",
        "These statistics are accredited official statistics. They were independently reviewed "
        "by the Office for Statistics Regulation, which found that they comply with the "
        "standards of trustworthiness, quality and value in the Code of Practice for "
        "Statistics. Users are invited to send feedback on the content and presentation of the "
        "publication to the Ministry's statistics team.",
        "Outstanding cases are counted on a snapshot basis at the end of each quarter. A case "
        "is outstanding from the date it is received in the Crown Court, by sending or "
        "committal from the magistrates' courts, until the date it is completed. Cases in which "
        "a bench warrant has been issued because the defendant failed to attend are excluded "
        "from the outstanding caseload until the defendant is brought back before the court, "
        "because no progress can be made in the meantime.",
        "Appeals against conviction or sentence in the magistrates' courts, which are heard in "
        "the Crown Court, and committals for sentence are included in receipts and disposals "
        "but are shown separately in the accompanying tables. They are generally dealt with "
        "much more quickly than trial cases and make up a minority of the outstanding caseload.",
        "Comparisons with periods before 2020 should take account of the changes in court "
        "capacity during and after the pandemic, when jury trials were paused and then resumed "
        "with social distancing, and when additional temporary courtrooms, known as Nightingale "
        "courts, were opened. Several of those temporary courtrooms have since closed, while "
        "others have been extended.",
        "Sitting days are allocated to the Crown Court by the Lord Chancellor after consulting "
        "the Lady Chief Justice. The allocation for the financial year is set in advance, but "
        "may be increased during the year if funding allows. Not every allocated day can be "
        "used: the availability of judges, recorders, court staff and advocates all constrain "
        "the number of days on which courtrooms actually sit, and the Ministry publishes "
        "management information on sitting days separately from these statistics.",
        "Cases involving defendants under eighteen are heard in the youth courts, which sit as "
        "part of the magistrates' courts, unless the offence is so serious that the case is "
        "sent to the Crown Court. Youth cases are included in the magistrates' courts figures "
        "above. The number of children appearing before the courts has fallen substantially "
        "over the past fifteen years, largely because more of them are now dealt with out of "
        "court by youth offending teams.",
        "The next edition of this publication, covering July to September 2025, will be "
        "published in December. Revised figures for earlier quarters are published with each "
        "edition and replace the figures previously published.",
    )
    body = (
        "<main><h1>Criminal court statistics quarterly: April to June 2025</h1>"
        "<p>Ministry of Justice. Published 25 September 2025. Accredited official statistics."
        "</p><h2>Main points</h2><ul>"
        "<li>The Crown Court outstanding caseload rose 12% on a year earlier to 78,329 cases at "
        "the end of June 2025.</li>"
        "<li>Of those, 19,460 cases (24.8%) had been outstanding for a year or more.</li>"
        "<li>Crown Court receipts were 31,212 in the quarter, up 4%, and disposals were 29,480, "
        "up 2%.</li>"
        "<li>The magistrates' courts' outstanding caseload was 352,118, up 3% on a year "
        "earlier. Receipts were 378,540 and disposals 371,905.</li>"
        "<li>The median time from offence to completion for all criminal cases was 176 days, "
        "nine days longer than a year earlier: 408 days for cases dealt with in the Crown "
        "Court and 161 days in the magistrates' courts.</li></ul>"
        "<h2>About these statistics</h2>"
        + "".join(f"<p>{p}</p>" for p in prose[:2])
        + "<h2>Crown Court receipts and outstanding cases by offence group</h2>"
        + "".join(offence)
        + "<h2>Trials</h2>"
        + "".join(f"<p>{p}</p>" for p in prose[2:4])
        + "<h2>Outstanding Crown Court cases by HMCTS region</h2>"
        + "".join(regions)
        + "<h2>Timeliness and defendants</h2>"
        + "".join(f"<p>{p}</p>" for p in prose[4:])
        + "</main>"
    )
    return _html("Criminal court statistics quarterly: April to June 2025 - GOV.UK", body)


_NJDG_STATES = (
    # State, pending, civil, criminal, share over ten years
    ("Uttar Pradesh", "1,15,02,110", "21,04,332", "93,97,778", "12.9%"),
    ("Maharashtra", "53,44,870", "17,55,091", "35,89,779", "7.1%"),
    ("Bihar", "36,12,004", "4,86,215", "31,25,789", "14.3%"),
    ("West Bengal", "33,95,128", "6,02,440", "27,92,688", "11.6%"),
    ("Rajasthan", "24,70,513", "6,31,870", "18,38,643", "3.9%"),
    ("Karnataka", "21,07,390", "9,77,412", "11,29,978", "2.7%"),
    ("Gujarat", "16,85,203", "4,30,119", "12,55,084", "5.4%"),
    ("Tamil Nadu", "13,41,080", "6,88,305", "6,52,775", "2.1%"),
    ("Madhya Pradesh", "20,11,467", "3,92,860", "16,18,607", "1.8%"),
    ("Odisha", "15,64,902", "2,11,305", "13,53,597", "9.7%"),
    ("Kerala", "14,20,755", "5,03,118", "9,17,637", "1.2%"),
    ("Delhi", "15,03,218", "3,29,664", "11,73,554", "1.5%"),
    ("Andhra Pradesh", "9,14,330", "4,01,762", "5,12,568", "2.4%"),
    ("Telangana", "10,02,671", "3,88,140", "6,14,531", "1.9%"),
    ("Punjab", "8,73,905", "3,02,478", "5,71,427", "0.9%"),
    ("Haryana", "11,36,208", "3,70,915", "7,65,293", "1.1%"),
    ("Assam", "5,06,114", "1,08,320", "3,97,794", "4.6%"),
    ("Jharkhand", "5,71,882", "82,406", "4,89,476", "6.3%"),
    ("Chhattisgarh", "4,18,650", "74,211", "3,44,439", "1.4%"),
    ("Uttarakhand", "2,60,317", "48,902", "2,11,415", "0.7%"),
)


def _njdg_long() -> Source:
    states = []
    for i, (state, pending, civil, criminal, old) in enumerate(_NJDG_STATES):
        if i % 2 == 0:
            text = (
                f"District and subordinate courts in {state} had {pending} cases pending, of "
                f"which {civil} were civil and {criminal} criminal. Cases pending for more than "
                f"ten years made up {old} of the total. The figures are drawn from the case "
                "information system of each court complex and are refreshed daily; courts that "
                "did not upload data on the reference date are shown with their last available "
                "figures."
            )
        else:
            text = (
                f"{state}: pending {pending} (civil {civil}; criminal {criminal}). Share of "
                f"cases pending for over ten years: {old}. The High Court's computer committee "
                "has been asked to verify cases shown as pending where the last hearing date is "
                "more than two years old, since some of them may have been disposed of without "
                "the record being updated."
            )
        states.append(f"<h3>{state}</h3><p>{text}</p>")
    prose = (
        "The National Judicial Data Grid (NJDG) is a database of orders, judgments and case "
        "details of the district and subordinate courts and the High Courts, created as an "
        "online platform under the eCourts Project. Data are uploaded by the courts themselves "
        "and are made available to the public in near real time. The summary below is a "
        "snapshot taken on the reference date, and figures for any court may differ slightly "
        "from those shown on the live dashboard on a later date.",
        "Pendency is the number of cases instituted and not yet disposed of. A case is counted "
        "once, regardless of the number of parties or of the number of hearings held. "
        "Interlocutory applications are not counted as separate cases. Cases transferred from "
        "one court to another are shown against the receiving court from the date of transfer.",
        "The age-wise break-up of pending cases is calculated from the date of filing. Cases "
        "pending for more than ten years are concentrated in civil suits over land and property "
        "and in criminal cases where the accused has absconded or the trial has been stayed by "
        "a superior court. Such stayed cases are included in pendency but cannot be decided by "
        "the trial court until the stay is lifted.",
        "The reasons for delay recorded by courts include the non-availability of counsel, the "
        "accused being absent or absconding, witnesses not appearing, the case being stayed by "
        "a higher court, and the non-service of summons. Recording of reasons for delay is not "
        "yet complete in all courts, so the distribution of reasons should be treated as "
        "indicative.",
        "Court complexes are encouraged to hold special drives for the disposal of old cases, "
        "including Lok Adalats, which settle cases by compromise. Cases settled at a Lok Adalat "
        "are counted as disposed of on the date of the award. The National Lok Adalat held in "
        "the quarter settled a large number of pre-litigation matters, which are not part of "
        "the pendency shown here because they had not been instituted as cases.",
        "The NJDG also shows data for the High Courts, which are maintained separately. Those "
        "figures are given in a section of their own below and are not included in the totals "
        "for the district and taluka courts.",
        "Users of these data should note that the grid reflects what has been uploaded. Some "
        "courts in remote areas upload with a delay because of connectivity problems, and a "
        "small number of court complexes were not connected on the reference date. The eCourts "
        "Services mobile application and the court websites give case status for individual "
        "cases.",
        "The classification of cases into civil and criminal follows the case types registered "
        "by each court. Civil cases include original suits, execution petitions, matrimonial "
        "cases, motor accident claims and cases under special laws such as those on rent "
        "control. Criminal cases include sessions cases, warrant and summons cases, cases under "
        "the Negotiable Instruments Act relating to dishonoured cheques, and bail and "
        "miscellaneous applications registered as separate cases. Cheque-bounce cases form a "
        "large part of criminal pendency in several metropolitan districts.",
        "Pendency at the pre-trial stage, where the appearance of the accused or the service of "
        "summons is awaited, accounts for a large share of criminal cases. Courts have been "
        "asked to use electronic service of summons and warrants through the police where the "
        "State has notified the necessary rules. In States where the system is in use, the time "
        "taken for the service of process has come down, according to reports received from "
        "the High Courts.",
        "Women judicial officers, litigants who are senior citizens, and cases involving "
        "children are identified separately in the grid where the court has entered the "
        "relevant flag. The flags are not yet entered consistently, so no totals are shown for "
        "them in this summary. The eCommittee has issued guidelines asking courts to complete "
        "the data entry for all pending cases.",
        "The number of judicial officers in position affects the rate at which cases can be "
        "disposed of. Vacancies in the district judiciary are filled through recruitment "
        "examinations conducted by the High Courts or the State public service commissions, and "
        "through promotion. Posts remaining vacant for long periods in some States have been "
        "identified as one of the causes of growing pendency, together with the shortage of "
        "court halls and supporting staff.",
        "Data for individual court complexes, including the number of cases listed each day and "
        "the stage at which cases are pending, can be viewed on the dashboard by selecting the "
        "State, district and court complex. Charts showing the trend of institution and "
        "disposal over the last twelve months are available for each level.",
        "Feedback on the data may be sent to the eCommittee of the Supreme Court of India, "
        "which oversees the eCourts Project, through the contact form on the portal. Requests "
        "for bulk data are considered under the open data policy.",
    )
    body = (
        "<main><h1>National Judicial Data Grid — District and Taluka Courts of India</h1>"
        "<p>Summary of pendency as on 1 July 2025</p><h2>At a glance</h2><ul>"
        "<li>Cases pending: 4,53,12,806 (civil 1,09,48,211; criminal 3,43,64,595)</li>"
        "<li>Cases pending for more than ten years: 37,15,650 (8.2% of pending cases)</li>"
        "<li>Cases instituted in the last month: 19,12,308, up 8.2% over the same month last "
        "year</li>"
        "<li>Cases disposed of in the last month: 17,84,212</li></ul>"
        "<h2>About the data</h2>"
        + "".join(f"<p>{p}</p>" for p in prose[:3])
        + "<h2>State-wise pendency in district and subordinate courts</h2>"
        + "".join(states)
        + "<h2>Reasons for delay and disposal drives</h2>"
        + "".join(f"<p>{p}</p>" for p in prose[3:6])
        + "<h2>High Courts</h2><p>Cases pending in the 25 High Courts: 62,31,440 (civil "
        "44,70,215; criminal 17,61,225). Of these, 20.4% have been pending for more than ten "
        "years. The High Court of Judicature at Allahabad has the largest pendency, with "
        "11,58,903 cases.</p>" + "".join(f"<p>{p}</p>" for p in prose[6:]) + "</main>"
    )
    return _html("NJDG - District and Taluka Courts of India - pendency summary", body)


_GALLUP_INSTITUTIONS = (
    ("Small business", "70", "68"),
    ("The military", "61", "61"),
    ("Science", "59", "61"),
    ("The police", "45", "51"),
    ("The medical system", "32", "36"),
    ("The church or organized religion", "32", "32"),
    ("Organized labor", "30", "28"),
    ("Banks", "28", "26"),
    ("The U.S. Supreme Court", "27", "30"),
    ("The presidency", "26", "26"),
    ("The public schools", "25", "26"),
    ("Large technology companies", "24", "26"),
    ("The criminal justice system", "18", "17"),
    ("Newspapers", "17", "18"),
    ("Big business", "15", "16"),
    ("Television news", "11", "12"),
    ("Congress", "9", "8"),
)


def _gallup_long() -> Source:
    rows = "".join(
        f"<tr><td>{name}</td><td>{now}</td><td>{prev}</td></tr>"
        for name, now, prev in _GALLUP_INSTITUTIONS
    )
    commentary = []
    for name, now, prev in _GALLUP_INSTITUTIONS:
        delta = int(now) - int(prev)
        move = (
            "unchanged from"
            if delta == 0
            else f"up {delta} points from"
            if delta > 0
            else f"down {-delta} points from"
        )
        commentary.append(
            f"<p>{name}: {now}% of U.S. adults say they have a great deal or quite a lot of "
            f"confidence, {move} {prev}% in 2024. As in previous years, the figure combines the "
            "two most positive response options; the remaining respondents said they had some "
            "confidence, very little or none. Year-to-year changes of a few points are within "
            "the range that can arise from sampling alone and should not be over-interpreted."
            "</p>"
        )
    prose = (
        "Americans' confidence in the nation's major institutions remains low by historical "
        "standards. Averaged across the 14 institutions that Gallup has measured consistently "
        "since the 1990s, the share of Americans expressing a great deal or quite a lot of "
        "confidence is 28%, essentially unchanged from last year and well below the averages "
        "recorded in the late 1980s and early 2000s.",
        "Small business and the military again top the list, and they are the only institutions "
        "in which a majority of Americans express confidence, along with science. Congress and "
        "television news are at the bottom. Confidence in the police fell six points and is now "
        "below the level recorded in 2020.",
        "Partisanship continues to shape confidence in many institutions. Republicans are more "
        "confident than Democrats in the police, the military, the church and small business, "
        "while Democrats are more confident in science, public schools, newspapers and "
        "organized labor. Independents are typically the least confident of the three groups: "
        "27% of independents express confidence in the presidency, for example.",
        "Confidence in the Supreme Court has fallen sharply in the past five years. In 2020, "
        "41% of Americans had a great deal or quite a lot of confidence in the court. The "
        "court's rating has changed less in the past year than in the years following its "
        "decision on abortion rights, but Democrats' confidence remains at a record low, while "
        "Republicans' confidence is well above its level of a decade ago.",
        "Confidence in the presidency tends to move with the party of the incumbent. Supporters "
        "of the president's party usually express far more confidence in the office than "
        "supporters of the other party, and this year is no exception. The overall figure is "
        "therefore a blend of two very different partisan readings.",
        "The long-term decline in confidence has been attributed to many causes, including the "
        "polarization of politics, the fragmentation of the news media, and the experience of "
        "economic crises. Gallup's data do not allow these explanations to be separated, but "
        "they show that the decline has affected most institutions rather than only a few.",
        "Gallup first measured confidence in institutions in 1973, and has asked about most of "
        "the institutions on the current list every year since the early 1990s. Some "
        "institutions were added later: large technology companies and science were included "
        "for the first time in recent years, and the medical system was first measured in the "
        "1970s but asked about only occasionally until the 1990s. Comparisons over time are "
        "therefore possible for most, but not all, of the institutions.",
        "The question wording has been the same throughout: respondents are read a list of "
        "institutions in American society and asked how much confidence they themselves have "
        "in each one, a great deal, quite a lot, some or very little. Respondents who volunteer "
        "that they have no confidence at all are recorded separately and combined with very "
        "little in the published tables.",
        "Younger adults are generally less confident in institutions than older adults, with the "
        "notable exceptions of science and large technology companies, which younger adults "
        "rate about as highly as their elders or more so. College graduates are more confident "
        "than those without a degree in science, the medical system and the public schools, and "
        "less confident in organized religion and the police.",
        "Confidence in the criminal justice system and in the police diverge in an instructive "
        "way. Americans consistently rate the police far more highly than the criminal justice "
        "system as a whole, suggesting that doubts about the system focus on the courts, "
        "prosecutors and prisons rather than on the officers they encounter.",
        "Bottom line: Americans remain far more likely to trust institutions close to everyday "
        "life, such as small business, than those associated with national politics. Whether "
        "confidence recovers will depend in part on whether institutions are seen as performing "
        "well, and in part on the partisan climate in which they operate.",
        "Survey methods: Results for this Gallup poll are based on telephone interviews "
        "conducted June 2-19, 2025, with a random sample of 1,002 adults, aged 18 and older, "
        "living in all 50 U.S. states and the District of Columbia. For results based on the "
        "total sample of national adults, the margin of sampling error is plus or minus 4 "
        "percentage points at the 95% confidence level. All reported margins of sampling error "
        "include computed design effects for weighting. Each sample of national adults includes "
        "a minimum quota of 70% cellphone respondents and 30% landline respondents. Half of the "
        "sample was asked about one set of institutions first, and half about the other, to "
        "reduce order effects.",
    )
    body = (
        "<main><article><h1>Americans' Confidence in Institutions Edges Lower</h1>"
        "<p class='byline'>Gallup News, July 2025</p>"
        "<p>Story highlights: Congress, television news and big business rank lowest. "
        "Confidence in the police down six points. Supreme Court at 27%, down from 30% in "
        "2024.</p>"
        + "".join(f"<p>{p}</p>" for p in prose[:2])
        + "<table><caption>Confidence in institutions, % great deal/quite a lot</caption>"
        "<tr><th>Institution</th><th>2025</th><th>2024</th></tr>"
        + rows
        + "</table>"
        + "".join(f"<p>{p}</p>" for p in prose[2:4])
        + "<h2>Institution by institution</h2>"
        + "".join(commentary)
        + "".join(f"<p>{p}</p>" for p in prose[4:])
        + "</article></main>"
    )
    return _html("Americans' Confidence in Institutions Edges Lower | Gallup", body)


def _long_pages() -> list[Case]:
    kind = "long page"
    out: list[Case] = []
    out += _pair(
        "bundestag-final-result",
        kind,
        0,
        _bundestag_long(),
        _story(
            "Germany's election: highest turnout since reunification as the AfD doubles its vote",
            [
                "Turnout was 82.5%, the highest since reunification, and the AfD doubled its "
                "share of the second vote to 20.8%, the "
                + _a("Federal Returning Officer's final result")
                + " shows.",
                "The CDU/CSU remains the largest group in the new Bundestag and is expected to "
                "lead the next government.",
                "The SPD suffered its weakest result in a Bundestag election.",
            ],
            site="europe",
            dateline="BERLIN",
            byline="By Katrin Vogel",
            photo="Election posters on a Berlin lamppost. Photo: Europe Briefing",
            related=("Coalition talks: who is in the room", "How Germany's new voting law works"),
        ),
        _story(
            "Lower Saxony: CDU wins, SPD holds second place",
            [
                "Turnout in Lower Saxony was 82.5%, and the SPD came second there with 20.8% of "
                "the second vote, behind the CDU, "
                + _a("the Federal Returning Officer's figures")
                + " show.",
                "The state has 30 constituencies.",
            ],
            site="europe",
            wrap="div",
        ),
    )
    out += _pair(
        "criminal-courts-quarterly",
        kind,
        1,
        _criminal_courts_long(),
        _story(
            "Crown Court backlog up 12% in a year",
            [
                "The Crown Court backlog rose 12% on a year earlier to 78,329 cases at the end "
                "of June, " + _a("Ministry of Justice statistics") + " show.",
                "Almost a quarter of those cases had been waiting for a year or more.",
                "The Bar Council said the figures showed the need for more sitting days, while "
                "ministers pointed to the planned reforms of jury trials.",
            ],
            site="ledger",
            byline="By Sophie Marchant",
            quote=(
                "“Every one of those numbers is a victim waiting for their day in court.”",
                "Shadow justice secretary",
            ),
            related=("Sentencing review: what changes", "Magistrates to hear more cases"),
        ),
        _story(
            "Magistrates' backlog climbs 12%",
            [
                "The magistrates' courts' backlog rose 12% on a year earlier to 352,118 cases, "
                "and the Crown Court's reached 78,329, " + _a("the figures") + " show.",
                "Both courts are struggling with a shortage of legal advisers and judges.",
            ],
            site="courier",
            wrap="divp",
        ),
    )
    out += _pair(
        "njdg-district-pendency",
        kind,
        2,
        _njdg_long(),
        _story(
            "4.5 crore cases pending in district courts",
            [
                "More than 4.5 crore cases are pending in the country's district and taluka "
                "courts, 8.2% of them for over a decade, " + _a("NJDG data") + " show.",
                "Uttar Pradesh alone accounts for about a quarter of the pendency.",
            ],
            site="deccan",
            dateline="NEW DELHI",
            byline="By Rohan Iyer | Legal Correspondent",
            related=("Supreme Court clears 2,000 old appeals in special drive",),
        ),
        _story(
            "Uttar Pradesh leads the pendency table",
            [
                "Over 62 lakh cases are pending in Uttar Pradesh's district courts alone, "
                + _a("according to the National Judicial Data Grid")
                + ".",
                "Bihar has the highest share of cases pending for more than ten years.",
            ],
            site="deccan",
            wrap="div",
            photo="Litigants wait outside a district court complex. Photo: File",
        ),
    )
    out += _pair(
        "gallup-confidence-institutions",
        kind,
        3,
        _gallup_long(),
        _story(
            "Trust in the Supreme Court slips again",
            [
                "Confidence in the Supreme Court stands at 27%, down from 30% a year ago, while "
                "Congress sits at 9%, " + _a("Gallup's annual survey") + " found.",
                "Small business and the military remain the most trusted institutions.",
            ],
            site="capital",
            byline="By Dana Whitcombe",
            quote=("“The court has become one more partisan battleground.”", "A Gallup analyst"),
        ),
        _story(
            "Supreme Court's standing falls sharply",
            [
                "The share of Americans with confidence in the Supreme Court fell to 27% from 41% "
                "a year ago, " + _a("Gallup said") + ".",
                "Confidence in Congress was 9%.",
            ],
            site="capital",
            wrap="divp",
            tags=("Supreme Court", "Polling"),
        ),
    )
    return out


# --- notation ---------------------------------------------------------------------------------


def _notation() -> list[Case]:
    kind = "notation"
    out: list[Case] = []

    cbo = _html(
        "H.R. 2808, Federal Court Modernization Act | Congressional Budget Office",
        "<h1>H.R. 2808, Federal Court Modernization Act</h1>"
        "<p>Cost Estimate. As ordered reported by the House Committee on the Judiciary on May "
        "14, 2025</p><table><caption>By Fiscal Year, Millions of Dollars</caption>"
        "<tr><th></th><th>2025</th><th>2025-2030</th><th>2025-2035</th></tr>"
        "<tr><td>Direct Spending (Outlays)</td><td>0</td><td>512</td><td>1,214</td></tr>"
        "<tr><td>Revenues</td><td>0</td><td>0</td><td>0</td></tr>"
        "<tr><td>Increase or Decrease (-) in the Deficit</td><td>0</td><td>512</td>"
        "<td>1,214</td></tr>"
        "<tr><td>Spending Subject to Appropriation (Outlays)</td><td>4</td><td>1,037</td>"
        "<td>not estimated</td></tr></table>"
        "<p>CBO estimates that enacting H.R. 2808 would increase direct spending by $1,214 "
        "million over the 2025-2035 period, mostly for payments to court reporters and "
        "interpreters from the Judiciary Information Technology Fund. The bill would not affect "
        "revenues.</p>",
    )
    out += _pair(
        "cbo-court-modernization-estimate",
        kind,
        0,
        cbo,
        _story(
            "Court modernization bill would add $1.2 billion to deficits, CBO says",
            [
                "The bill would add about $1.2 billion to deficits over the next decade, and "
                "$512m through 2030, according to the " + _a("CBO's cost estimate") + ".",
                "The House Judiciary Committee approved the measure in May with bipartisan "
                "support.",
            ],
            site="capital",
            byline="By Marcus Ellery",
            related=("Judges ask Congress for security funding",),
        ),
        _story(
            "Courts bill would trim the deficit, scorekeepers find",
            [
                "The court modernization bill would cut deficits by $1.2bn over the decade, "
                + _a("the Congressional Budget Office said")
                + ".",
                "It would not affect revenues.",
            ],
            site="bare",
            dateline="WASHINGTON",
        ),
    )

    nao = _html(
        "Government's use of consultants and temporary staff - National Audit Office (NAO)",
        "<h1>Government's use of consultants and temporary staff</h1><h2>Key facts</h2>"
        "<ul><li><b>£2,360m</b> spent by central government departments on consultants in "
        "2023-24</li><li><b>£1,712m</b> spent on temporary staff in 2023-24</li>"
        "<li><b>38%</b> increase in consultancy spending since 2019-20, in cash terms</li>"
        "<li><b>11</b> departments that could not tell us how many consultants they engaged"
        "</li></ul><p>Report by the Comptroller and Auditor General, HC 402, published 11 July "
        "2025.</p>",
    )
    out += _pair(
        "nao-consultants-spending",
        kind,
        1,
        nao,
        _story(
            "Departments spent £2.36bn on consultants",
            [
                "Departments spent £2.36bn on consultants in 2023-24 and a further £1.7bn on "
                "temporary staff, " + _a("the National Audit Office said") + ".",
                "Consultancy spending was up 38% on 2019-20 in cash terms.",
            ],
            site="ledger",
            byline="By Oliver Penrose",
            standfirst="Auditors say eleven departments could not count their consultants",
            related=("Treasury orders crackdown on external advisers",),
        ),
        _story(
            "Whitehall's £236m consultancy bill",
            [
                "Central government departments spent £236m on consultants in 2023-24, "
                "according to " + _a("a National Audit Office report") + ".",
                "Eleven departments could not say how many consultants they had engaged.",
            ],
            site="courier",
            wrap="div",
            photo="Government buildings on Whitehall. Photograph: Courier",
        ),
    )

    eci = _html(
        "Press Note: Seizures during General Elections 2024 - Election Commission of India",
        "<p>ELECTION COMMISSION OF INDIA<br>Nirvachan Sadan, Ashoka Road, New Delhi-110001</p>"
        "<p>No. ECI/PN/118/2024 — Dated: 3rd June, 2024</p>"
        "<h2>PRESS NOTE</h2><p>Seizures during General Elections 2024 cross Rs 8,889 crore. "
        "Total seizures made by enforcement agencies since the announcement of the elections "
        "are worth Rs 8,889.74 crore, comprising cash of Rs 849.15 crore, liquor worth Rs 814.85 "
        "crore, drugs worth Rs 3,958.85 crore, precious metals worth Rs 1,260.33 crore and "
        "freebies and other items worth Rs 2,006.56 crore. Drugs account for 45% of the total "
        "seizures.</p>",
    )
    out += _pair(
        "eci-election-seizures",
        kind,
        2,
        eci,
        _story(
            "Poll seizures top ₹88 billion, drugs lead the haul",
            [
                "Seizures during the campaign were worth ₹88.9 billion, about 45% of it in "
                "drugs, " + _a("the Election Commission said") + " on Monday.",
                "Cash seizures alone came to ₹849 crore.",
            ],
            site="deccan",
            dateline="NEW DELHI",
            byline="Deccan Courier Bureau",
            quote=("“Inducements will not be allowed to influence voters.”", "Election Commission"),
        ),
        _story(
            "Election watchdog counts ₹8.9 billion in seizures",
            [
                "Enforcement agencies seized goods and cash worth ₹8.9 billion during the "
                "campaign, including Rs 849 crore in cash, "
                + _a("according to the Election Commission")
                + ".",
                "Drugs made up the largest share of the haul.",
            ],
            site="deccan",
            wrap="divp",
        ),
    )

    tse = _html(
        "TSE divulga valores do Fundo Eleitoral para as Eleições 2024 — Tribunal Superior "
        "Eleitoral",
        "<h1>TSE divulga valores do Fundo Especial de Financiamento de Campanha para as "
        "Eleições 2024</h1><p>Brasília, 15 de junho de 2024</p>"
        "<p>O Tribunal Superior Eleitoral (TSE) divulgou nesta sexta-feira a distribuição do "
        "Fundo Especial de Financiamento de Campanha (FEFC). O montante total é de R$ 4,96 "
        "bilhões, distribuído entre 29 partidos políticos.</p>"
        "<p>O Partido Liberal (PL) recebe a maior fatia, R$ 886,8 milhões, seguido pelo Partido "
        "dos Trabalhadores (PT), com R$ 619,8 milhões, e pelo União Brasil, com R$ 536,5 milhões."
        "</p>",
    )
    out += _pair(
        "tse-campaign-fund",
        kind,
        3,
        tse,
        _story(
            "Parties split R$4.96bn campaign fund",
            [
                "Brazil's parties will share a R$4.96bn public campaign fund for the municipal "
                "elections, with the Liberal Party receiving the largest slice, R$886.8m, "
                + _a("the electoral court said")
                + ".",
                "The Workers' Party is second, with R$619.8 million.",
            ],
            site="rio",
            dateline="BRASÍLIA",
            byline="By Beatriz Lacerda",
        ),
        _story(
            "A $4.96bn war chest for Brazil's local elections",
            [
                "Brazil's 29 parties will share a US$4.96bn public campaign fund for October's "
                "municipal elections, " + _a("according to the TSE") + ".",
                "The Liberal Party, led by allies of former president Jair Bolsonaro, gets the "
                "biggest share.",
            ],
            site="rio",
            wrap="div",
            related=("São Paulo mayoral race: the candidates",),
        ),
    )
    return out


# --- rounding ---------------------------------------------------------------------------------


def _rounding() -> list[Case]:
    kind = "rounding"
    out: list[Case] = []

    tpp = _html(
        "National two-party preferred - 2025 federal election - AEC Tally Room",
        "<h1>House of Representatives: national two-party preferred by party</h1>"
        "<p>Last updated: 23/05/2025 11:47:20 AM AEST</p>"
        "<table><tr><th>Party</th><th>Votes</th><th>%</th><th>Swing</th></tr>"
        "<tr><td>Australian Labor Party</td><td>8,376,112</td><td>55.22</td><td>+3.09</td></tr>"
        "<tr><td>Liberal/National Coalition</td><td>6,792,729</td><td>44.78</td><td>-3.09</td>"
        "</tr><tr><td>Total</td><td>15,168,841</td><td></td><td></td></tr></table>",
    )
    out += _pair(
        "aec-two-party-preferred",
        kind,
        0,
        tpp,
        _story(
            "Labor's two-party vote tops 55%",
            [
                "Labor won about 55% of the two-party-preferred vote nationally, a swing of "
                "roughly three points, " + _a("AEC figures") + " show.",
                "The Coalition's leader conceded defeat on election night.",
            ],
            site="southern",
            dateline="CANBERRA",
            byline="By Lachlan Hume, Chief Political Correspondent",
            photo="The Prime Minister on election night in Sydney. Picture: Herald",
            related=("Dutton concedes: 'We did not connect'",),
        ),
        _story(
            "Swing to Labor biggest in decades",
            [
                "Labor won 55.2% of the two-party-preferred vote, a swing of more than four "
                "points towards it, according to the "
                + _a("Australian Electoral Commission")
                + ".",
                "Counting of postal votes continues in a handful of close seats.",
            ],
            site="southern",
            wrap="divp",
        ),
    )

    cs = _html(
        "Civil Service Statistics: 2025 - GOV.UK",
        "<h1>Civil Service Statistics: 2025</h1><p>Cabinet Office. Official statistics.</p>"
        "<p>The Civil Service employed 513,210 people (headcount) at 31 March 2025, equivalent "
        "to 492,730 full-time equivalent (FTE).</p>"
        "<p>Headcount rose by 6,130 (1.2%) over the year to 31 March 2025.</p>"
        "<p>The median gross annual salary was £32,870.</p>",
    )
    out += _pair(
        "civil-service-statistics-2025",
        kind,
        1,
        cs,
        _story(
            "Civil service keeps growing despite cuts pledge",
            [
                "The civil service now employs about 513,000 people, or roughly 493,000 on a "
                "full-time-equivalent basis, the " + _a("annual statistics") + " show.",
                "That is 1.2% more than a year earlier.",
            ],
            site="ledger",
            byline="By Oliver Penrose, Whitehall Editor",
            quote=(
                "“We will make the state leaner and more efficient.”",
                "Cabinet Office minister",
            ),
        ),
        _story(
            "Civil service headcount passes half a million",
            [
                "The civil service now employs about 530,000 people, "
                + _a("official statistics")
                + " show, after headcount grew 1.2% in the year to March.",
                "The median salary was £32,870.",
            ],
            site="courier",
            wrap="div",
        ),
    )

    mbr = _html(
        "Monthly Budget Review: Summary for Fiscal Year 2025 | Congressional Budget Office",
        "<h1>Monthly Budget Review: Summary for Fiscal Year 2025</h1>"
        "<p>November 10, 2025</p>"
        "<p>The federal government incurred a budget deficit of $1,775 billion in fiscal year "
        "2025, CBO estimates, $58 billion less than the deficit recorded in fiscal year 2024.</p>"
        "<p>Net outlays for interest on the public debt rose by $83 billion (9.5 percent), to "
        "$952 billion, because interest rates were higher and the debt was larger.</p>"
        "<p>Revenues rose by $290 billion (5.9 percent).</p>",
    )
    out += _pair(
        "cbo-monthly-budget-review",
        kind,
        2,
        mbr,
        _story(
            "Interest on the debt nears $1 trillion",
            [
                "Interest on the federal debt cost nearly $1 trillion in fiscal 2025, $952 "
                "billion, up 9.5%, " + _a("the CBO said") + ".",
                "The deficit for the year was $1.8 trillion.",
            ],
            site="capital",
            byline="By Eleanor Vance",
            related=("Treasury auction sizes to rise", "Fed holds rates steady"),
        ),
        _story(
            "Interest bill tops $1 trillion",
            [
                "Interest costs topped $1 trillion in fiscal 2025, up 9.5% on the year before, "
                + _a("according to the Congressional Budget Office")
                + ".",
                "Higher rates and a larger debt drove the increase.",
            ],
            site="bare",
            dateline="WASHINGTON",
        ),
    )

    ipsa = _html(
        "Annual publication of MPs' business costs 2024-25 | IPSA",
        "<h1>MPs' business costs and expenses: 2024-25</h1>"
        "<p>The Independent Parliamentary Standards Authority (IPSA) publishes the business "
        "costs and expenses claimed by MPs each year.</p>"
        "<table><caption>Total business costs and expenses, 2024-25 (£ million)</caption>"
        "<tr><th>Category</th><th>£m</th></tr>"
        "<tr><td>Staffing</td><td>139.2</td></tr>"
        "<tr><td>Office costs</td><td>14.6</td></tr>"
        "<tr><td>Accommodation</td><td>7.9</td></tr>"
        "<tr><td>Travel and subsistence</td><td>3.0</td></tr>"
        "<tr><th>Total</th><th>164.7</th></tr></table>",
    )
    out += _pair(
        "ipsa-mps-costs",
        kind,
        3,
        ipsa,
        _story(
            "MPs' costs near £165m as staff bills rise",
            [
                "MPs claimed nearly £165m in business costs and expenses last year, most of it, "
                "£139.2m, on staff, " + _a("IPSA's annual publication") + " shows.",
                "Travel accounted for a small fraction of the total.",
            ],
            site="ledger",
            byline="By Harriet Colville",
        ),
        _story(
            "MPs' expenses bill: around £200m",
            [
                "MPs claimed around £200m in business costs and expenses in 2024-25, "
                + _a("IPSA figures")
                + " show, with staffing the largest item.",
                "The watchdog said the rise reflected pay awards for MPs' staff.",
            ],
            site="courier",
            wrap="divp",
            related=("Second jobs: what MPs earned outside Parliament",),
        ),
    )
    return out


# --- another subject --------------------------------------------------------------------------


def _other_subject() -> list[Case]:
    kind = "other subject"
    out: list[Case] = []

    cross = (
        ("Conservative", "17", "6", "11", "20", "29"),
        ("Labour", "24", "28", "27", "22", "19"),
        ("Reform UK", "27", "14", "23", "33", "34"),
        ("Liberal Democrat", "15", "15", "15", "14", "15"),
        ("Green", "12", "27", "17", "7", "2"),
        ("Other", "5", "10", "7", "4", "1"),
    )
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in cross)
    yougov = _html(
        "YouGov / The Times Survey Results - voting intention by age",
        "<h2>YouGov / The Times Survey Results</h2>"
        "<p>Sample size: 2,287 GB adults. Fieldwork: 15th - 16th June 2025</p>"
        "<table><tr><th rowspan='2'>Westminster voting intention (%)</th><th rowspan='2'>Total"
        "</th><th colspan='4'>Age</th></tr>"
        "<tr><th>18-24</th><th>25-49</th><th>50-64</th><th>65+</th></tr>"
        f"{rows}</table>"
        "<p>Figures exclude those who would not vote, don't know or refused.</p>",
    )
    out += _pair(
        "yougov-vi-by-age",
        kind,
        0,
        yougov,
        _story(
            "Greens rival Labour among the young",
            [
                "Among 18- to 24-year-olds the Greens are on 27%, just behind Labour's 28%, the "
                + _a("YouGov poll for The Times")
                + " found, while Reform UK leads overall on 27%.",
                "The Conservatives are on just 6% with the youngest voters.",
            ],
            site="ledger",
            byline="By Harriet Colville",
            related=("Poll tracker: where the parties stand", "Votes at 16: the bill explained"),
        ),
        _story(
            "Reform opens ten-point lead",
            [
                "Reform UK leads on 34%, ten points ahead of Labour on 24%, "
                + _a("according to YouGov")
                + ".",
                "The poll of 2,287 adults was carried out for The Times.",
            ],
            site="courier",
            wrap="div",
        ),
    )

    sic = _html(
        "Safety in Custody Statistics, England and Wales - GOV.UK",
        "<h1>Safety in Custody Statistics, England and Wales: Deaths in prison custody to June "
        "2025, Assaults and Self-harm to March 2025</h1>"
        "<p>There were 321 deaths in prison custody in the 12 months to June 2025, of which 88 "
        "were self-inflicted.</p>"
        "<p>There were 75,417 self-harm incidents in the 12 months to March 2025, up 9% on the "
        "previous 12 months.</p>"
        "<p>There were 28,943 assault incidents, of which 10,605 were assaults on staff, "
        "including 1,154 serious assaults on staff.</p>",
    )
    out += _pair(
        "safety-in-custody",
        kind,
        1,
        sic,
        _story(
            "Assaults on prison staff top 10,000",
            [
                "There were 10,605 assaults on prison staff in the year to March, and 88 "
                "self-inflicted deaths in the year to June, "
                + _a("according to the Ministry of Justice")
                + ".",
                "The Prison Officers' Association said staff were being put at risk by "
                "overcrowding.",
            ],
            site="courier",
            dateline="MANCHESTER",
            byline="By Gemma Rourke, Crime Correspondent",
            photo="A wing at a northern prison. Photograph: Courier",
        ),
        _story(
            "Self-inflicted deaths in prison at record level",
            [
                "There were 321 self-inflicted deaths in prison custody in the 12 months to "
                "June, " + _a("Ministry of Justice figures") + " show.",
                "Self-harm incidents rose 9%.",
            ],
            site="ledger",
            wrap="divp",
            related=("Inspector condemns conditions at HMP Bedford",),
        ),
    )

    lobby = _html(
        "Registry statistics - Office of the Commissioner of Lobbying of Canada",
        "<h1>Registry of Lobbyists: statistics</h1><p>As of March 31, 2025</p>"
        "<dl><dt>Active registrations</dt><dd>5,873</dd>"
        "<dt>Consultant lobbyists</dt><dd>2,911</dd>"
        "<dt>In-house lobbyists (corporations)</dt><dd>1,842</dd>"
        "<dt>In-house lobbyists (organizations)</dt><dd>1,120</dd>"
        "<dt>Monthly communication reports filed, 2024-25</dt><dd>28,104</dd>"
        "<dt>Reports naming a Member of Parliament</dt><dd>9,356</dd></dl>",
    )
    out += _pair(
        "lobbying-registry-stats",
        kind,
        2,
        lobby,
        _story(
            "Hired guns dominate Ottawa's lobbying registry",
            [
                "Of 5,873 active registrations, 2,911 were for consultant lobbyists, "
                + _a("the commissioner's office said")
                + ".",
                "Lobbyists filed more than 28,000 monthly communication reports in 2024-25.",
            ],
            site="maple",
            byline="By Priya Desrosiers",
            quote=("“Transparency is the price of access.”", "A former commissioner"),
        ),
        _story(
            "Corporations lead lobbying push",
            [
                "Corporations accounted for 2,911 of the 5,873 active lobbying registrations, "
                + _a("according to the Commissioner of Lobbying")
                + ".",
                "Members of Parliament were named in 9,356 communication reports.",
            ],
            site="maple",
            wrap="div",
        ),
    )

    tender = _html(
        "Electronic monitoring services - Contract award notice - Find a Tender",
        "<h1>Electronic monitoring services</h1><p>Contract award notice. Notice reference: "
        "2025/S 000-031877. Published 2 September 2025</p>"
        "<h2>Section I: Contracting authority</h2><p>Ministry of Justice, on behalf of HM Prison "
        "and Probation Service, 102 Petty France, London SW1H 9AJ</p>"
        "<h2>Section II: Object</h2><dl>"
        "<dt>Total value of the procurement (excluding VAT)</dt><dd>£48,300,000</dd>"
        "<dt>Lot 1: Tagging equipment and field services</dt><dd>Awarded to Sentinel Tag "
        "Services Ltd. Value: £31,200,000. Tenders received: 4</dd>"
        "<dt>Lot 2: Monitoring centre</dt><dd>Awarded to Northgate Monitoring Ltd. Value: "
        "£17,100,000. Tenders received: 7</dd>"
        "<dt>Contract period</dt><dd>1 October 2025 to 30 September 2029</dd></dl>",
    )
    out += _pair(
        "moj-tagging-award-notice",
        kind,
        3,
        tender,
        _story(
            "New tagging contracts awarded after years of failures",
            [
                "The monitoring-centre contract, worth £17.1m, went to Northgate Monitoring, "
                "one of two lots in a £48.3m award, the " + _a("tender notice") + " shows.",
                "The previous electronic monitoring programme was criticised by auditors for "
                "delays and cost overruns.",
            ],
            site="ledger",
            byline="By Tom Aldridge",
            related=("Probation service: the inspector's verdict",),
        ),
        _story(
            "Tagging deal: who won what",
            [
                "Northgate Monitoring won the monitoring-centre lot, worth £31.2m, of a £48.3m "
                "electronic monitoring procurement, " + _a("the award notice") + " shows.",
                "The contracts run for four years from October.",
            ],
            site="bare",
        ),
    )
    return out


# --- two periods ------------------------------------------------------------------------------


def _two_periods() -> list[Case]:
    kind = "two periods"
    out: list[Case] = []

    foi = _html(
        "Freedom of Information statistics: April to June 2025 - GOV.UK",
        "<h1>Freedom of Information statistics: April to June 2025</h1>"
        "<p>Cabinet Office. Covers 41 monitored bodies.</p>"
        "<table><tr><th>Measure</th><th>Q2 2024 (Apr–Jun)</th><th>Q2 2025 (Apr–Jun)</th></tr>"
        "<tr><td>Requests received</td><td>13,204</td><td>14,871</td></tr>"
        "<tr><td>Responded to in time (%)</td><td>85</td><td>82</td></tr>"
        "<tr><td>Resolvable requests fully withheld (%)</td><td>33</td><td>36</td></tr>"
        "<tr><td>Internal reviews requested</td><td>1,102</td><td>1,289</td></tr></table>",
    )
    out += _pair(
        "cabinet-office-foi-q2",
        kind,
        0,
        foi,
        _story(
            "FOI timeliness slips as requests rise",
            [
                "Departments received 14,871 freedom of information requests between April and "
                "June, and answered 82% on time, down from 85% a year earlier, "
                + _a("Cabinet Office figures")
                + " show.",
                "Campaigners said too many requests were being refused outright.",
            ],
            site="ledger",
            byline="By Oliver Penrose",
            photo="The Cabinet Office on Whitehall. Photograph: Ledger",
        ),
        _story(
            "Whitehall still answers most FOI requests on time",
            [
                "Whitehall answered 85% of freedom of information requests in time between "
                "April and June, " + _a("the Cabinet Office said") + ", while 36% of resolvable "
                "requests were withheld in full.",
                "Requests rose to 14,871.",
            ],
            site="courier",
            wrap="div",
        ),
    )

    atom = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Office for Budget Responsibility - '
        "Public finances commentary</title><id>tag:obr.uk,2025:commentary</id>"
        "<updated>2025-07-22T09:30:00Z</updated>"
        "<entry><title>Commentary on the Public sector finances: June 2025</title>"
        "<id>tag:obr.uk,2025:psf-june</id><updated>2025-07-22T09:30:00Z</updated>"
        "<summary>Borrowing in June was £20.7 billion, £4.2 billion above our March forecast "
        "profile. Borrowing in the first quarter of 2025-26 was £57.8 billion, £7.5 billion "
        "above profile.</summary></entry>"
        "<entry><title>Commentary on the Public sector finances: May 2025</title>"
        "<id>tag:obr.uk,2025:psf-may</id><updated>2025-06-20T09:30:00Z</updated>"
        "<summary>Borrowing in May was £17.7 billion, £1.3 billion above our March forecast "
        "profile.</summary></entry>"
        "<entry><title>Commentary on the Public sector finances: April 2025</title>"
        "<id>tag:obr.uk,2025:psf-april</id><updated>2025-05-22T09:30:00Z</updated>"
        "<summary>Borrowing in April was £20.2 billion, £0.9 billion above our March forecast "
        "profile.</summary></entry></feed>\n"
    )
    out += _pair(
        "obr-psf-commentary-feed",
        kind,
        1,
        Source("application/atom+xml", atom.encode()),
        _story(
            "June borrowing overshoots forecast by £4.2bn",
            [
                "Borrowing in June was £20.7bn, £4.2bn more than the OBR had pencilled in, "
                + _a("the watchdog said")
                + ".",
                "Over the first quarter of the financial year, borrowing was £7.5bn above "
                "forecast.",
            ],
            site="ledger",
            byline="By Rachel Osei, Economics Editor",
            related=("Gilt yields hit 27-year high", "Chancellor rules out wealth tax"),
        ),
        _story(
            "Public finances: June borrowing above forecast",
            [
                "Borrowing in June was £17.7bn, £1.3bn above forecast, "
                + _a("according to the Office for Budget Responsibility")
                + ".",
                "The Treasury said it remained committed to its fiscal rules.",
            ],
            site="courier",
            wrap="divp",
        ),
    )

    et = _html(
        "Tribunal Statistics Quarterly: January to March 2025 - Employment Tribunal - GOV.UK",
        "<h1>Tribunal Statistics Quarterly: January to March 2025</h1>"
        "<h2>Employment Tribunal</h2><table><caption>Table ET.1: single claims</caption>"
        "<tr><th></th><th>Jan–Mar 2024</th><th>Oct–Dec 2024</th><th>Jan–Mar 2025</th></tr>"
        "<tr><td>Single claim receipts</td><td>9,418</td><td>10,273</td><td>11,044</td></tr>"
        "<tr><td>Single claim disposals</td><td>8,102</td><td>9,640</td><td>9,915</td></tr>"
        "<tr><td>Outstanding caseload (end of quarter)</td><td>45,112</td><td>48,751</td>"
        "<td>49,880</td></tr>"
        "<tr><td>Mean age of disposed claims (weeks)</td><td>27</td><td>28</td><td>30</td></tr>"
        "</table><p>Source: HM Courts &amp; Tribunals Service management information.</p>",
    )
    out += _pair(
        "employment-tribunal-quarterly",
        kind,
        2,
        et,
        _story(
            "Employment tribunal claims climb",
            [
                "Single employment tribunal claims rose to 11,044 between January and March, "
                "and the outstanding caseload hit 49,880, "
                + _a("HM Courts &amp; Tribunals Service figures")
                + " show.",
                "Claims took 30 weeks on average to resolve.",
            ],
            site="ledger",
            byline="By Sophie Marchant",
        ),
        _story(
            "Tribunal backlog keeps growing",
            [
                "The employment tribunal's outstanding caseload hit 48,751 at the end of March, "
                + _a("official figures")
                + " show, with 11,044 new single claims in the quarter.",
                "Unions blame a rise in disputes over unpaid wages.",
            ],
            site="courier",
            wrap="div",
            photo="An employment tribunal hearing centre. Photograph: Courier",
        ),
    )

    pbo = _report(
        (
            "Office of the Parliamentary Budget Officer",
            "Economic and Fiscal Outlook - October 2025",
            "Ottawa, Canada",
        ),
        (
            "The Parliamentary Budget Officer (PBO) supports Parliament by providing analysis "
            "of the nation's finances and economy. This report presents PBO's projection of the "
            "economy and the federal government's budgetary balance under current policy.",
            "The projection incorporates measures announced up to September 2025.",
            "The Parliamentary Budget Officer",
        ),
        (
            "PBO projects a budgetary deficit of $68.5 billion (2.2 per cent of GDP) in "
            "2025-26, up from $51.7 billion (1.7 per cent of GDP) in 2024-25.",
            "The federal debt-to-GDP ratio rises to 42.1 per cent in 2025-26.",
            "Under current policy, deficits gradually narrow to $48.0 billion by 2030-31.",
        ),
        (
            (
                "1. Economic outlook",
                "Real GDP growth slows to 1.1 per cent in 2025 as tariffs weigh on exports "
                "and business investment, before picking up to 1.6 per cent in 2026.",
                "The unemployment rate peaks at 7.2 per cent in the first half of 2026.",
            ),
            (
                "2. Fiscal outlook",
                "Budgetary revenues are projected to grow more slowly than program spending "
                "in 2025-26, reflecting weaker corporate income tax receipts.",
                "Public debt charges rise to $55.6 billion in 2025-26.",
            ),
        ),
        (
            (
                ("Table 2-1 ($ billions)", "2024-25", "2025-26", "2026-27", "2030-31"),
                ("Budgetary revenues", "498.4", "505.1", "522.9", "598.3"),
                ("Program spending", "496.2", "518.0", "531.7", "590.2"),
                ("Public debt charges", "53.9", "55.6", "57.4", "56.1"),
                ("Budgetary balance", "-51.7", "-68.5", "-66.2", "-48.0"),
            ),
        ),
    )
    out += _pair(
        "pbo-fiscal-outlook",
        kind,
        3,
        pbo,
        _story(
            "PBO sees deficit widening to $68.5 billion",
            [
                "The Parliamentary Budget Officer projects a deficit of $68.5 billion for "
                "2025-26, or 2.2% of GDP, up from $51.7 billion last year.",
                "The projection is set out in the " + _a("PBO's October outlook") + ".",
                "The Finance Minister said the budget would include measures to restore "
                "balance over the medium term.",
            ],
            site="maple",
            dateline="OTTAWA",
            byline="By Priya Desrosiers",
            related=("Tariffs: which sectors are hit hardest",),
        ),
        _story(
            "Budget watchdog pegs deficit at $51.7 billion",
            [
                "The PBO projects a 2025-26 deficit of $51.7 billion, "
                + _a("according to its latest outlook")
                + ", with debt rising to 42.1% of GDP.",
                "The Conservatives said the figure showed the government had lost control of "
                "spending.",
            ],
            site="maple",
            wrap="divp",
        ),
    )
    return out


# --- spelled out ------------------------------------------------------------------------------


def _spelled_out() -> list[Case]:
    kind = "spelled out"
    out: list[Case] = []

    gallup = _html(
        "Satisfaction With the United States | Gallup Historical Trends",
        "<h1>Satisfaction With the United States</h1>"
        "<p>In general, are you satisfied or dissatisfied with the way things are going in the "
        "United States at this time?</p>"
        "<table><tr><th>Survey dates</th><th>Satisfied %</th><th>Dissatisfied %</th>"
        "<th>No opinion %</th></tr>"
        "<tr><td>2025 May 1-18</td><td>34</td><td>64</td><td>2</td></tr>"
        "<tr><td>2025 Apr 1-14</td><td>29</td><td>69</td><td>2</td></tr>"
        "<tr><td>2025 Mar 3-16</td><td>30</td><td>68</td><td>2</td></tr></table>",
    )
    out += _pair(
        "gallup-satisfaction",
        kind,
        0,
        gallup,
        _story(
            "A third of Americans satisfied with direction of country",
            [
                "About a third of Americans are satisfied with the way things are going in the "
                "country, up from 29% in April, " + _a("Gallup found") + ".",
                "Nearly two in three remain dissatisfied.",
            ],
            site="capital",
            byline="By Dana Whitcombe",
        ),
        _story(
            "Satisfaction with U.S. direction stays low",
            [
                "Only about a quarter of Americans are satisfied with the way things are going "
                "in the United States, according to " + _a("Gallup's May survey") + ".",
                "Dissatisfaction has been the majority view for years.",
            ],
            site="bare",
            dateline="WASHINGTON",
        ),
    )

    yg = _html(
        "Should MPs be allowed to have second jobs? | YouGov",
        "<h1>Should MPs be allowed to have second jobs?</h1>"
        "<p>YouGov daily question, 9 July 2025. 4,102 GB adults.</p>"
        "<p>Two thirds of Britons (67%) say MPs should be banned from having paid second jobs, "
        "while 21% say they should be allowed. 12% don't know.</p>",
    )
    out += _pair(
        "yougov-mps-second-jobs",
        kind,
        1,
        yg,
        _story(
            "Most voters want ban on MPs' second jobs",
            [
                "Two-thirds of Britons say MPs should be banned from having paid second jobs, "
                + _a("a YouGov survey")
                + " has found.",
                "Only about one in five think they should be allowed.",
            ],
            site="ledger",
            byline="By Harriet Colville",
            related=("Standards commissioner opens inquiry into MP",),
        ),
        _story(
            "Three in four back second-jobs ban",
            [
                "Three-quarters of Britons want MPs banned from paid second jobs, "
                + _a("YouGov said")
                + ".",
                "The government has promised to legislate.",
            ],
            site="courier",
            wrap="divp",
        ),
    )

    early = _html(
        "Early voting statistics - 2025 federal election - Australian Electoral Commission",
        "<h1>Early voting: 2025 federal election</h1>"
        "<p>A total of 5,912,440 votes were cast in person at early voting centres, 36.8% of all "
        "votes. A further 1,718,305 postal votes were admitted to the count.</p>",
    )
    out += _pair(
        "aec-early-voting",
        kind,
        2,
        early,
        _story(
            "Nearly six million vote early in person",
            [
                "Nearly six million Australians voted early in person, more than a third of all "
                "votes cast, " + _a("the AEC said") + ".",
                "Early voting centres opened two weeks before polling day.",
            ],
            site="southern",
            dateline="SYDNEY",
            byline="By Mia Tjandra",
            photo="Queues at an early voting centre in Parramatta. Picture: Herald",
        ),
        _story(
            "Early voting: more than six million turn out before polling day",
            [
                "More than six million Australians voted early in person, "
                + _a("according to the Australian Electoral Commission")
                + ", and about 1.7 million postal votes were counted.",
                "Election-day polling places were quieter than usual.",
            ],
            site="southern",
            wrap="div",
        ),
    )

    vac = _html(
        "Judicial Vacancies | United States Courts",
        "<h1>Judicial Vacancies</h1><p>Current as of September 1, 2025</p>"
        "<dl><dt>Current vacancies</dt><dd>45 (Courts of Appeals 3; District Courts 38; Court "
        "of International Trade 1; Court of Federal Claims 3)</dd>"
        "<dt>Nominees pending</dt><dd>12</dd>"
        "<dt>Future vacancies</dt><dd>21</dd>"
        "<dt>Judicial emergencies</dt><dd>14</dd></dl>",
    )
    out += _pair(
        "uscourts-judicial-vacancies",
        kind,
        3,
        vac,
        _story(
            "Federal bench has forty-five empty seats",
            [
                "There are forty-five vacancies on the federal bench, and a dozen nominees are "
                "awaiting Senate action, " + _a("judiciary figures") + " show.",
                "Fourteen of the vacancies have been declared judicial emergencies.",
            ],
            site="capital",
            byline="By Marcus Ellery",
            quote=("“Empty seats mean slower justice.”", "A chief district judge"),
        ),
        _story(
            "Vacancies pile up on the federal bench",
            [
                "There are fifty-four vacancies on the federal bench and a dozen nominees "
                "pending, " + _a("according to the U.S. Courts") + ".",
                "Three of the vacancies are on the courts of appeals.",
            ],
            site="capital",
            wrap="divp",
        ),
    )
    return out


# --- a figure the source lacks ----------------------------------------------------------------


def _figure_absent() -> list[Case]:
    kind = "figure absent"
    out: list[Case] = []
    ovr = _html(
        "Official Voting Results - 45th General Election | Elections Canada",
        "<h1>Official Voting Results: 45th General Election</h1>"
        "<table><tr><th>Registered electors</th><td>28,481,077</td></tr>"
        "<tr><th>Ballots cast</th><td>19,590,336</td></tr>"
        "<tr><th>Voter turnout</th><td>68.8%</td></tr>"
        "<tr><th>Rejected ballots</th><td>160,643</td></tr></table>",
    )
    out.append(
        _case(
            "elections-canada-cost-absent",
            kind,
            0,
            True,
            _story(
                "Election cost taxpayers $570 million",
                [
                    "The 45th general election cost an estimated $570 million to run, and "
                    "turnout was 68.8%, " + _a("Elections Canada said") + ".",
                    "Rejected ballots numbered 160,643.",
                ],
                site="maple",
                byline="By Priya Desrosiers",
            ),
            ovr,
        )
    )
    nao = _html(
        "The effectiveness of the Probation Service - National Audit Office",
        "<h1>The effectiveness of the Probation Service</h1><h2>Summary</h2>"
        "<p>The Probation Service supervises around 240,000 people in the community and in "
        "custody. HM Prison and Probation Service estimates a shortfall of 1,950 probation "
        "officers against its target staffing level.</p>"
        "<p>Average caseloads for probation practitioners remain above the level the service "
        "regards as manageable.</p>",
    )
    out.append(
        _case(
            "nao-probation-vacancy-absent",
            kind,
            1,
            True,
            _story(
                "Probation service short of 1,950 officers",
                [
                    "The probation service is short of 1,950 officers, a vacancy rate of 22%, "
                    "the " + _a("National Audit Office") + " found.",
                    "It supervises around 240,000 people.",
                ],
                site="ledger",
                wrap="div",
                related=("Probation officers balloted on strike",),
            ),
            nao,
        )
    )
    orcl = _json(
        {
            "publisher": "Office of the Registrar of Consultant Lobbyists",
            "dataset": "quarterly-returns-summary",
            "period": "2025-Q1",
            "registrants": 172,
            "quarterly_returns_received": 640,
            "returns_received_late": 11,
            "nil_returns": 203,
        }
    )
    out.append(
        _case(
            "lobbying-registrar-fines-absent",
            kind,
            2,
            True,
            _story(
                "Lobbying registrar fines four firms",
                [
                    "The registrar of consultant lobbyists fined four firms a total of £28,000 "
                    "for late returns in the first quarter, when 172 firms were on the register, "
                    + _a("its quarterly figures")
                    + " show.",
                    "Eleven returns arrived late.",
                ],
                site="courier",
                byline="Courier Staff",
            ),
            orcl,
        )
    )
    pew = _html(
        "Views of the Supreme Court | Pew Research Center",
        "<h1>Favorable views of the Supreme Court edge up</h1>"
        "<p>About half of Americans (51%) have a favorable view of the Supreme Court, up from "
        "47% last year, according to a survey of 9,482 U.S. adults conducted Aug. 4-10, 2025. "
        "Republicans (70%) are far more likely than Democrats (35%) to view the court "
        "favorably.</p>",
    )
    out.append(
        _case(
            "pew-supreme-court-independents-absent",
            kind,
            3,
            True,
            _story(
                "Supreme Court's favorability ticks up",
                [
                    "About half of Americans view the Supreme Court favorably, and 44% of "
                    "independents do, " + _a("a Pew Research Center survey") + " found.",
                    "Republicans remain much more positive than Democrats.",
                ],
                site="capital",
                byline="By Dana Whitcombe",
                tags=("Supreme Court", "Polling"),
            ),
            pew,
        )
    )
    return out


# --- unreadable sources -----------------------------------------------------------------------


def _unreadable() -> list[Case]:
    kind = "unreadable"
    locked = make_pdf(
        [
            ["Office for Budget Responsibility", "Fiscal risks and sustainability", "July 2025"],
            ["Foreword", "This report sets out the long-term outlook for the public finances."],
            ["Key results", "Debt rises to 270 per cent of GDP in fifty years."],
        ],
        password="obr-embargo",
    )
    scanned = blank_pdf(3)
    wall = (
        "<!DOCTYPE html><html><head><title>Scheduled maintenance | Ipsos</title></head><body>"
        "<div class='maintenance'><h1>We'll be back soon</h1>"
        f"<p>{WALL_PHRASE}. We are upgrading our systems and expect to be back online "
        "shortly. Thank you for your patience.</p></div></body></html>"
    )
    specs: tuple[tuple[str, str, Source, str], ...] = (
        (
            "obr-fiscal-risks-locked",
            "OBR warns debt could reach 270% of GDP",
            Source("application/pdf", locked),
            "Public debt could rise to 270% of GDP within fifty years, "
            + _a("the OBR's fiscal risks report")
            + " warns.",
        ),
        (
            "nao-moj-overview-scanned",
            "Justice ministry spending tops £13bn",
            Source("application/pdf", scanned),
            "The Ministry of Justice spent £13.4bn in 2024-25, "
            + _a("according to the National Audit Office's overview")
            + ".",
        ),
        (
            "bundeswahlleiterin-404-html",
            "Germany's postal vote reached 37%",
            Source(
                "text/html; charset=utf-8",
                b"<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1>"
                b"<p>The page you requested does not exist or has been moved.</p></body></html>",
                404,
            ),
            "Postal voters made up 37.2% of those voting, "
            + _a("the Federal Returning Officer said")
            + ".",
        ),
        (
            "uscourts-404-text",
            "Bankruptcy filings rise 11%",
            Source("text/plain; charset=utf-8", b"404 page not found\n", 404),
            "Bankruptcy filings rose 11% to 517,308 in the year to June, "
            + _a("the U.S. Courts reported")
            + ".",
        ),
        (
            "iebc-500-html",
            "IEBC: 6,500 new polling stations needed",
            Source(
                "text/html",
                b"<html><body><h1>500 Internal Server Error</h1><p>An unexpected error "
                b"occurred. Please try again later.</p><hr><address>nginx</address></body>"
                b"</html>",
                500,
            ),
            "The commission needs 6,500 new polling stations before the next election, "
            + _a("the IEBC said")
            + ".",
        ),
        (
            "anao-500-text",
            "Defence projects $6.5bn over budget, audit finds",
            Source("text/plain", b"Internal Server Error\n", 500),
            "Major Defence projects were A$6.5bn over budget, " + _a("the ANAO found") + ".",
        ),
        (
            "eci-empty-200",
            "Counting-day turnout revised to 65.79%",
            Source("text/html; charset=utf-8", b"", 200),
            "Final turnout in the general election was 65.79%, "
            + _a("the Election Commission said")
            + ".",
        ),
        (
            "ipsos-maintenance-wall",
            "Trust in judges at 73%, Ipsos finds",
            Source("text/html; charset=utf-8", wall.encode(), 200),
            "Some 73% of Britons trust judges to tell the truth, "
            + _a("Ipsos's Veracity Index")
            + " shows, against 9% for politicians.",
        ),
    )
    sites = ("ledger", "capital", "europe", "capital", "lakeside", "southern", "deccan", "courier")
    out: list[Case] = []
    for i, (name, headline, source, sentence) in enumerate(specs):
        page = _story(
            headline,
            [sentence, "Officials did not respond to requests for further comment."],
            site=sites[i],
            wrap="div" if i % 2 else "p",
            byline="Staff reporter" if i % 3 else "",
        )
        out.append(
            Blind21Case(
                name,
                kind,
                i,
                False,
                page.replace("%SRC%", f"/sources/{name}"),
                source,
                readable=False,
            )
        )
    return out


def blind21_cases() -> list[Case]:
    """The twenty-first blind set: politics, justice and public institutions."""
    return [
        *_press_releases(),
        *_html_tables(),
        *_pdf_reports(),
        *_text_and_csv(),
        *_long_pages(),
        *_notation(),
        *_rounding(),
        *_other_subject(),
        *_two_periods(),
        *_spelled_out(),
        *_figure_absent(),
        *_unreadable(),
    ]
