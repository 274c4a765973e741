"""A fourteenth blind held-out set for the gate-quality bench (issue 10, "Measured, not assumed").

Written from the product's spec ("Check figures against the sources newsrooms actually cite")
and from how public-health, environment and transport publishers worldwide put out figures:
in the EU Eurostat, the European Environment Agency, the European Commission's road-safety
unit, Spain's health ministry, Finland's THL, Sweden's transport administration, Portugal's
SNS and the City of Copenhagen; in the US the CDC, EPA, the Department of Transportation and
NHTSA, Amtrak, the Port of Los Angeles, New York City's bike-share data, Texas's health
department and California's air board; in Asia China's National Bureau of Statistics, its
Ministry of Ecology and Environment and the Guangdong, Jiangsu and Beijing statistics bureaus
("10,000 TEUs", "10,000 person-times", "100 million yuan"), the Philippine Ports Authority
and health department, BPS-Statistics Indonesia, Malaysia's DOSM and its open-data API,
Thailand's pollution, disease-control and airports authorities; in Latin America Brazil's
health ministry, DATASUS and IBGE (in Portuguese: "mil", "R$ 24,7 bi", decimal commas),
Chile's car dealers' association, environment and health ministries (in Spanish: "17.412
unidades", "5,8%"); in Africa Nigeria's NCDC and South Africa's road-traffic and water
departments. Not from the checker's code and not from the other sets' case texts. Nobody
tunes on it: it exists so the checker's figure is an honest one.

Topics are led by subject: hospital waiting lists and waits beyond a legal limit, disease
cases and incidence per 100,000 (Lassa fever, cholera, dengue, tuberculosis, measles, mpox),
case fatality rates, outbreak counts, vaccination coverage (kindergarten MMR and DTaP, flu
jabs, fully immunised children), PM2.5 in µg/m³ and days above a standard, critical smog
episodes, greenhouse emissions (MtCO2e, MMT CO2 Eq.), municipal recycling and landfill rates,
drinking-water compliance, surface-water grades, sewage connections, road deaths (festive
season, early estimates, per million inhabitants), rail punctuality and ridership,
passenger-kilometres, airline on-time and cancellation rates, port containers in TEU, airport
passengers, bike-share trips, electric and electrified car shares, pollution-control
investment and hospital spending.

Sources are three-line HTML releases (several in Portuguese or Spanish), HTML tables (merged
header cells, units only in a caption or a header row, totals rows first or last, footnote
markers, "n/a", "NR", "–" and ".." cells, one transposed with months as rows and decimal
commas), a <dl> of coverage rates, a chart whose figures are only in its <figcaption>, real
multi-page PDF reports made with fpdf2 (page two a foreword, page three key results, a figure
only on a later page or only in a table page), CSV served as text/csv and as text/plain under
title and unit lines, a plain-text outbreak bulletin, a JSON answer from an open-data API, an
RSS feed of a port authority's releases, and long pages (2,000+ words) where the article's
number also appears about something else. Articles are rough wire copy: figures in
headlines, two or three figures in one sentence, hedges ("nearly", "more than", "almost",
"about"), fiscal years, spelled-out numbers and shares ("a dozen", "nine in ten",
"two-thirds", "more than three in five", "two and a half million"), number-free padding.

A *planted* case's article gives a figure a careful copy editor would stop: another value,
per cent for percentage points, a scale misread ("10,000 TEUs" or "10,000 person-times" read
as thousands or units, "100 million yuan" as billions, a tenfold slip in "17.412"), a figure
the source gives only for another subject, region or period (last year's column, the month
before, the earlier year's final count for the early estimate, the crashes' change for the
deaths', the over-90-days count for the over-180-days one, health workers' coverage for the
over-65s', a region's PM2.5 for the country's, accidents for deaths, incineration for
landfill), a figure the source lacks, the wrong unit (passengers for passenger-kilometres),
another currency (reais as US dollars), a hedge the source does not bear out ("more than
20,000" for 19,940, "more than 20 percent" for 18.6%) or a rounding too far (72.46% as 73%,
2.52% as 3%, 37.2% as 40%). A *clean* case's source is readable and supports the article as
a copy editor would accept it: rounding, notation variants (R$ bi as billion reais, 100
million yuan as billions, "mil" as thousands, 180 days as six months), hedges that hold,
spelled-out shares that hold, the right row of a long table. Unreadable sources (a
password-locked and an image-only PDF, 404 and 500 pages with HTML and plain-text bodies, an
empty 200, an Incapsula "Request unsuccessful" page served with 200, a PNG chart and an .xlsx
workbook where a report was cited) confirm nothing and so must escalate by default.

Served as the other sets are: article at /news/<name>, source at /sources/<name>. Every case's
`split` is "blind14".
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from dataclasses import dataclass

from citation_corpus import Case, Source
from pdfs import blank_pdf, make_pdf

WALL = b"Request unsuccessful. Incapsula incident"


@dataclass(frozen=True)
class Blind14Case(Case):
    """A case of this set: its split is "blind14" whatever its topic number."""

    @property
    def split(self) -> str:
        return "blind14"


# Number-free paragraphs that pad the articles the way wire copy does.
_PADDING = (
    "Health officials urged residents to follow the advice published on the agency's website "
    "and to seek care early if they felt unwell.",
    "Campaigners said the improvement was welcome but far too slow, and called on ministers to "
    "set out a clearer timetable for the next steps.",
    "The figures are provisional and may be revised as late reports from regional offices are "
    "received and checked.",
    "Operators said they had hired more staff and changed schedules, although unions warned "
    "that the workforce remained stretched.",
    "Local officials said they would publish a fuller breakdown by district later in the year, "
    "once the data had been validated.",
    "Experts cautioned against reading too much into a single year, noting that weather and "
    "reporting changes can move the numbers.",
    "A spokesperson for the ministry said the government remained committed to its targets and "
    "would review progress at the end of the year.",
)

_SECTIONS = ("Health", "Environment", "Transport", "World", "Cities")


def _article(name: str, title: str, paragraphs: list[str], link_text: str) -> str:
    """An article page; the paragraph holding ``@@`` carries the one link to the source."""
    link = f'<a href="/sources/{name}">{link_text}</a>'
    body = "".join(f"<p>{p.replace('@@', link)}</p>" for p in paragraphs)
    seed = zlib.crc32(name.encode())
    start = seed % len(_PADDING)
    pad = "".join(f"<p>{_PADDING[(start + i) % len(_PADDING)]}</p>" for i in range(2))
    section = _SECTIONS[seed % len(_SECTIONS)]
    return (
        f"<html><head><title>{title}</title></head><body>"
        f'<header><nav><a href="/">Home</a> | <a href="/{section.lower()}">{section}</a>'
        f"</nav></header>"
        f'<article><h1>{title}</h1><p class="byline">By our correspondent</p>'
        f"{body}{pad}</article>"
        f"<footer>© The Global Desk wire service</footer></body></html>"
    )


def _html(body: str, title: str = "Release", lang: str = "en") -> Source:
    page = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )
    return Source("text/html; charset=utf-8", page.encode())


def _table(caption: str, head: str, rows: list[list[str]], notes: str = "") -> str:
    cap = f"<caption>{caption}</caption>" if caption else ""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    foot = f'<p class="notes">{notes}</p>' if notes else ""
    return f"<table>{cap}<thead>{head}</thead><tbody>{body}</tbody></table>{foot}"


def _pdf(
    title: str,
    publisher: str,
    foreword: list[str],
    key: list[str],
    later: list[list[str]],
    *tables: list[list[str]],
) -> Source:
    pages = [
        [title, publisher, "Published 2026"],
        ["Foreword", *foreword],
        ["Key results", *key],
        *later,
    ]
    while len(pages) + len(tables) < 5:
        pages.append(["Methods and definitions", "Data are compiled from administrative returns."])
    return Source("application/pdf", make_pdf(pages, tables=tables))


# Long pages: a review of 2,000+ words in which the figures sit among many paragraphs.
_LONG_FILLER = (
    "This section describes how the information was gathered, which bodies supplied it and "
    "how it was checked before publication.",
    "Where reporting practices differ between regions, the figures have been adjusted so that "
    "they can be compared, and the adjustments are described in the annex.",
    "Readers should note that the series has been revised back to its start, so earlier "
    "editions of this publication are not directly comparable.",
    "Several reporting units changed their systems during the period, which introduced "
    "breaks that are flagged in the detailed tables.",
    "The estimates rely on a combination of continuous monitoring, periodic surveys and "
    "modelled values where direct measurements are not available.",
    "Stakeholders were consulted on the presentation of the results, and their comments have "
    "been taken into account in this edition.",
    "Uncertainty is larger for the most recent period, because some returns arrive late and "
    "are replaced by provisional values.",
    "The methodology follows international guidance, and departures from that guidance are "
    "explained where they occur.",
    "Regional differences remain large, reflecting the structure of the economy, the climate "
    "and the density of settlement.",
    "Policy measures introduced during the period are summarised in a separate box, together "
    "with the bodies responsible for them.",
    "Quality assurance included automated plausibility checks, comparison with previous "
    "releases and review by subject-matter specialists.",
    "A glossary at the end of the publication explains the technical terms used in the "
    "tables and the commentary.",
    "The next edition will extend the coverage to additional indicators and will include a "
    "breakdown by population group where the data allow.",
    "Users are invited to send comments on the content and format of this publication to the "
    "contact address given on the last page.",
)


def _long_page(title: str, sections: list[tuple[str, list[str]]]) -> Source:
    parts = [f"<h1>{title}</h1>"]
    filler = 0
    for heading, paragraphs in sections:
        parts.append(f"<h2>{heading}</h2>")
        for paragraph in paragraphs:
            parts.append(f"<p>{paragraph}</p>")
            block = " ".join(_LONG_FILLER[(filler + i) % len(_LONG_FILLER)] for i in range(3))
            filler += 3
            parts.append(f"<p>{block}</p>")
    words = sum(len(p.split()) for p in parts)
    while words < 2200:
        block = " ".join(_LONG_FILLER[(filler + i) % len(_LONG_FILLER)] for i in range(4))
        filler += 4
        parts.append(f"<p>{block}</p>")
        words += len(block.split())
    parts.insert(1, '<nav class="toc">Contents: overview, trends, sectors, methods</nav>')
    return _html("".join(parts), title)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    width, height = 8, 4
    raw = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="xml" ContentType="application'
            '/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxml'
            'formats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        z.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxml'
            'formats.org/spreadsheetml/2006/main"><sheets><sheet name="env_wasmun" sheetId="1"'
            ' r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships"/></sheets></workbook>',
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxml'
            'formats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s">'
            "<v>0</v></c></row></sheetData></worksheet>",
        )
    return buffer.getvalue()


Article = tuple[str, list[str], str]  # title, paragraphs (one with @@), link text


def _pair(
    kind: str, topic: int, slug: str, source: Source, clean: Article, planted: Article
) -> list[Case]:
    out: list[Case] = []
    for is_planted, (title, paragraphs, link) in ((False, clean), (True, planted)):
        name = f"b14-{slug}-{'planted' if is_planted else 'clean'}"
        out.append(
            Blind14Case(
                name,
                kind,
                topic,
                is_planted,
                _article(name, title, paragraphs, link),
                source,
            )
        )
    return out


def _single(
    kind: str,
    topic: int,
    slug: str,
    source: Source,
    article: Article,
    *,
    planted: bool,
    readable: bool = True,
) -> Case:
    title, paragraphs, link = article
    name = f"b14-{slug}"
    return Blind14Case(
        name,
        kind,
        topic,
        planted,
        _article(name, title, paragraphs, link),
        source,
        readable,
    )


def _press_releases() -> list[Case]:
    kind = "press release"
    lassa = _html(
        "<h1>Lassa fever situation report, epidemiological week 14, 2026</h1>"
        "<p>Nigeria Centre for Disease Control and Prevention (NCDC), Abuja, 9 April 2026</p>"
        "<p>In week 14 the number of new confirmed cases rose to 41 from 33 in week 13. "
        "Cumulatively from week 1 to week 14 of 2026, 812 confirmed cases and 151 deaths have "
        "been reported, a case fatality rate (CFR) of 18.6%, lower than the 19.3% recorded for "
        "the same period in 2025.</p>",
        "NCDC Lassa fever situation report",
    )
    airlines = _html(
        "<h1>DOT Releases March 2026 Air Travel Consumer Report</h1>"
        "<p>WASHINGTON – The U.S. Department of Transportation today released its Air Travel "
        "Consumer Report on airline operational data compiled for the month of March 2026.</p>"
        "<p>In March, the 10 reporting marketing carriers posted an on-time arrival rate of "
        "78.4 percent, up 1.5 percentage points from 76.9 percent in February. The carriers "
        "canceled 1.3 percent of their scheduled domestic flights, compared with 2.2 percent "
        "in February.</p>",
        "Air Travel Consumer Report",
    )
    guangdong = _html(
        "<h1>Statistical Communiqué of Guangdong Province on the 2025 National Economic and "
        "Social Development (excerpt: transport)</h1>"
        "<p>Freight traffic of all transport modes reached 4,172.35 million tons, up 3.1 "
        "percent. Cargo throughput of ports above designated size was 2,128.66 million tons, "
        "up 2.4 percent; container throughput was 7,862.40 (10,000 TEUs), up 5.8 percent.</p>"
        "<p>Passenger throughput of civil airports was 17,546.83 (10,000 persons), up 8.9 "
        "percent.</p>",
        "Guangdong Statistical Communiqué 2025",
    )
    roads = _html(
        "<h1>Road safety: 2025 figures show slow progress</h1>"
        "<p>Brussels, 12 March 2026. According to preliminary figures, 19,940 people were "
        "killed in road crashes in the EU last year, 3% fewer than in 2024.</p>"
        "<p>With 44 road deaths per million inhabitants, the EU remains far from its goal of "
        "halving road deaths by 2030. Sweden (20 per million) and Denmark (24) remain the "
        "safest countries, while Romania (77) and Bulgaria (74) report the highest rates.</p>",
        "European Commission press corner",
    )
    return [
        *_pair(
            kind,
            1,
            "lassa",
            lassa,
            (
                "Lassa fever toll climbs past 150 as cases top 800",
                [
                    "Nigeria has recorded 812 confirmed cases of Lassa fever since January and "
                    "151 deaths, a fatality rate of nearly 19 percent, according to @@.",
                    "Most cases were reported from the southern states, where the disease is "
                    "spread by rats in homes and food stores.",
                ],
                "the NCDC's latest situation report",
            ),
            (
                "Lassa fever deaths pass 150 in Nigeria",
                [
                    "Nigeria has recorded 812 confirmed cases of Lassa fever and 151 deaths "
                    "this year, a fatality rate of more than 20 percent, @@ shows.",
                    "Health workers in the worst-hit states have been told to wear protective "
                    "equipment when treating patients with fever.",
                ],
                "the disease control centre's weekly report",
            ),
        ),
        *_pair(
            kind,
            2,
            "airline-ontime",
            airlines,
            (
                "US airlines' on-time rate rises to 78.4% in March",
                [
                    "Airlines landed 78.4% of their flights on time in March and canceled 1.3% "
                    "of scheduled domestic flights, @@ shows, an improvement on a February "
                    "marred by winter storms.",
                ],
                "the Transportation Department's monthly consumer report",
            ),
            (
                "Flight punctuality improves in March",
                [
                    "The on-time arrival rate of US airlines improved by 1.5 percent in March, "
                    "to 78.4 percent, according to @@.",
                    "Consumer groups said passengers still faced long waits for refunds when "
                    "flights were cancelled.",
                ],
                "the DOT's Air Travel Consumer Report",
            ),
        ),
        *_pair(
            kind,
            3,
            "guangdong-teu",
            guangdong,
            (
                "Guangdong ports move 78.6 million containers",
                [
                    "Ports in Guangdong handled 78.6 million TEUs of containers in 2025, up 5.8 "
                    "percent, @@ shows.",
                    "The province's export factories shipped more electronics and cars, port "
                    "operators said.",
                ],
                "the provincial statistical communiqué",
            ),
            (
                "Guangdong container traffic up 5.8 percent",
                [
                    "Guangdong's ports handled 7.86 million TEUs of containers last year, 5.8 "
                    "percent more than in 2024, according to @@.",
                ],
                "the Guangdong statistics bureau's communiqué",
            ),
        ),
        *_pair(
            kind,
            4,
            "eu-road-deaths",
            roads,
            (
                "Almost 20,000 killed on EU roads last year",
                [
                    "Almost 20,000 people died in road crashes in the European Union last "
                    "year, 3 percent fewer than in 2024, according to @@ from the European "
                    "Commission.",
                    "Sweden and Denmark again had the safest roads, the Commission said.",
                ],
                "preliminary figures",
            ),
            (
                "EU road deaths top 20,000 again",
                [
                    "More than 20,000 people were killed on the EU's roads last year, @@ shows, "
                    "with Romania again reporting the highest death rate.",
                ],
                "the Commission's preliminary count",
            ),
        ),
    ]


def _html_tables() -> list[Case]:
    kind = "html table"
    pm25 = _html(
        "<h2>Fine particulate matter in selected cities</h2>"
        + _table(
            "Annual mean PM<sub>2.5</sub> concentration, µg/m³, urban background stations",
            '<tr><th rowspan="2">City</th><th rowspan="2">Country</th>'
            '<th colspan="3">Annual mean</th>'
            '<th rowspan="2">Days above 24-h guideline¹, 2025</th></tr>'
            "<tr><th>2023</th><th>2024</th><th>2025*</th></tr>",
            [
                ["Kraków", "PL", "23.4", "22.1", "20.8", "112"],
                ["Milan", "IT", "25.9", "27.3", "24.6", "131"],
                ["Sofia", "BG", "19.2", "18.7", "17.9", "n/a"],
                ["Bucharest", "RO", "18.6", "19.4", "18.1", "97"],
                ["Warsaw", "PL", "16.8", "16.1", "15.2", "84"],
                ["Athens", "EL", "15.9", "14.8", "15.3", "71"],
                ["Paris", "FR", "12.4", "11.9", "11.2", "38"],
                ["Madrid", "ES", "9.6", "9.9", "9.8", "22"],
                ["Stockholm", "SE", "5.1", "..", "4.6", "3"],
                ["Helsinki", "FI", "4.8", "4.5", "–", "2"],
            ],
            "* Provisional, unvalidated data. ¹ WHO 2021 guideline level of 15 µg/m³ as a "
            "24-hour mean. .. not available; – station out of service.",
        ),
        "European Environment Agency: air quality statistics",
    )
    diseases = _html(
        "<h2>Table 22-20 Reported Incidence and Death of Class A and B Infectious Diseases "
        "(2025)</h2>"
        + _table(
            "",
            "<tr><th>Disease</th><th>Incidence (case)</th><th>Deaths (person)</th>"
            "<th>Incidence Rate (1/100 000)</th><th>Mortality Rate (1/100 000)</th></tr>",
            [
                ["Total", "3114527", "22410", "221.25", "1.59"],
                ["Viral Hepatitis", "1420366", "432", "100.90", "0.03"],
                ["Pulmonary Tuberculosis", "612540", "1702", "43.51", "0.12"],
                ["Syphilis", "540112", "31", "38.37", "0.00"],
                ["Gonorrhea", "98207", "..", "6.98", ".."],
                ["Brucellosis", "70318", "1", "5.00", "0.00"],
                ["AIDS", "58045", "19906", "4.12", "1.41"],
                ["Scarlet Fever", "25614", "..", "1.82", ".."],
                ["Dengue Fever", "13307", "2", "0.95", "0.00"],
                ["Others", "276018", "336", "19.61", "0.02"],
            ],
            "Source: National Health Commission. Data exclude Hong Kong, Macao and Taiwan.",
        ),
        "China Statistical Yearbook 2026",
    )
    dengue = _html(
        "<h2>Dengue: casos prováveis e óbitos por mês de início dos sintomas, Brasil, "
        "2026</h2>"
        + _table(
            "Fonte: Sinan/DATASUS, Ministério da Saúde. Dados sujeitos a alteração.",
            "<tr><th>Mês</th><th>Casos prováveis (mil)</th>"
            "<th>Incidência (por 100 mil hab.)</th><th>Óbitos confirmados</th>"
            "<th>Óbitos em investigação</th></tr>",
            [
                ["Janeiro", "182,4", "85,8", "96", "41"],
                ["Fevereiro", "391,7", "184,2", "301", "188"],
                ["Março", "455,2", "214,1", "352", "260"],
                ["Abril", "301,8", "142,0", "198", "231"],
                ["Maio", "128,6", "60,5", "64", "117"],
                ["Junho", "41,3", "19,4", "–", "38"],
                ["Total (jan–jun)", "1.501,0", "706,0", "1.011", "875"],
            ],
        ),
        "Painel de arboviroses",
        "pt-BR",
    )
    recycling = _html(
        "<h2>Household recycling rate by state, Malaysia</h2>"
        + _table(
            "",
            '<tr><th rowspan="2">State</th><th colspan="2">Recycling rate (%)</th>'
            '<th rowspan="2">Solid waste generated, 2024 (tonnes/day)</th></tr>'
            "<tr><th>2023</th><th>2024</th></tr>",
            [
                ["Selangor", "38.2", "41.3", "7,412"],
                ["Johor", "33.1", "35.6", "4,180"],
                ["Pulau Pinang", "39.7", "40.2", "2,256"],
                ["Perak", "30.4", "32.8", "2,014"],
                ["Kedah", "29.8", "31.5", "1,602"],
                ["Melaka", "35.0", "36.9", "1,034"],
                ["Negeri Sembilan", "31.7", "34.2", "1,011"],
                ["Pahang", "27.5", "29.1", "1,220"],
                ["Terengganu", "24.6", "26.0", "802"],
                ["Kelantan", "22.9", "25.4", "995"],
                ["W.P. Kuala Lumpur¹", "36.8", "38.9", "3,340"],
                ["W.P. Putrajaya¹", "40.1", "42.6", "120"],
                ["W.P. Labuan¹", "n/a", "n/a", "58"],
                ["Sabah²", "..", "21.7", "2,510"],
                ["Sarawak²", "..", "24.3", "2,380"],
                ["<b>Malaysia</b>", "<b>33.9</b>", "<b>37.1</b>", "<b>30,934</b>"],
            ],
            "¹ Federal Territory. ² Not covered by the national solid waste act; 2023 data not "
            "collected. Source: Compendium of Environment Statistics, Department of Statistics "
            "Malaysia.",
        ),
        "DOSM: Compendium of Environment Statistics",
    )
    kinder = _html(
        "<h2>Vaccination coverage and exemptions among kindergartners, 2025–26 school "
        "year</h2>"
        + _table(
            "",
            '<tr><th rowspan="2">Jurisdiction</th><th colspan="3">Vaccination coverage (%)</th>'
            '<th rowspan="2">Any exemption (%)</th>'
            '<th rowspan="2">Kindergarten population</th></tr>'
            "<tr><th>MMR†</th><th>DTaP§</th><th>Polio¶</th></tr>",
            [
                ["U.S. median", "92.5", "92.1", "92.8", "3.6", "3,792,514"],
                ["Alabama", "94.3", "94.0", "94.6", "2.3", "58,231"],
                ["Alaska", "86.1", "85.0", "86.9", "8.2", "9,410"],
                ["Arizona", "88.7", "88.9", "89.8", "8.9", "80,122"],
                ["Colorado", "89.4", "89.1", "90.0", "5.8", "61,407"],
                ["Florida", "88.1", "87.4", "88.6", "5.4", "218,634"],
                ["Idaho", "78.5", "79.9", "80.3", "15.2", "22,016"],
                ["Mississippi", "97.6", "97.4", "97.8", "0.4", "36,850"],
                ["Oregon", "87.4", "86.6", "88.1", "9.1", "41,773"],
                ["Texas", "93.2", "92.6", "93.0", "3.8", "384,206"],
                ["Utah", "86.5", "86.3", "87.0", "10.0", "46,390"],
                ["West Virginia", "NR", "NR", "NR", "NR", "NR"],
                ["Wisconsin", "86.9", "86.1", "87.8", "6.1", "60,145"],
            ],
            "† Two doses of measles, mumps and rubella vaccine. § Five doses of DTaP (four in "
            "some states). ¶ Four doses of poliovirus vaccine (three in some states). NR: not "
            "reported.",
        ),
        "CDC SchoolVaxView",
    )
    return [
        *_pair(
            kind,
            5,
            "eea-pm25",
            pm25,
            (
                "Milan has the dirtiest air among Europe's big cities",
                [
                    "Milan recorded an annual average of 24.6 micrograms of fine particles "
                    "(PM2.5) per cubic metre in 2025, the highest of the cities in @@, and "
                    "breached the WHO daily guideline on 131 days.",
                    "City officials blamed wood burning and traffic, and the still winter air "
                    "of the Po valley.",
                ],
                "the European Environment Agency's provisional table",
            ),
            (
                "Milan's fine-dust levels stay far above WHO guideline",
                [
                    "Milan's average PM2.5 concentration reached 27.3 micrograms per cubic "
                    "metre in 2025, according to @@.",
                    "City officials blamed wood burning and traffic.",
                ],
                "provisional air-quality statistics from the EEA",
            ),
        ),
        *_pair(
            kind,
            6,
            "china-diseases",
            diseases,
            (
                "China logs more than 3.1 million cases of notifiable diseases",
                [
                    "China reported more than 3.1 million cases of Class A and B infectious "
                    "diseases in 2025, among them 612,540 of pulmonary tuberculosis, @@ shows.",
                ],
                "the national statistical yearbook",
            ),
            (
                "Tuberculosis rate at 38.4 per 100,000 in China",
                [
                    "Pulmonary tuberculosis was diagnosed at a rate of 38.37 cases per 100,000 "
                    "people in China last year, @@ shows.",
                    "The health commission has set a goal of ending the epidemic.",
                ],
                "the yearbook's table of notifiable diseases",
            ),
        ),
        *_pair(
            kind,
            7,
            "brazil-dengue-months",
            dengue,
            (
                "Dengue peaked in March with 455,000 cases",
                [
                    "Brazil recorded 455,200 probable dengue cases in March, the peak of this "
                    "year's season, and 352 confirmed deaths, according to @@.",
                ],
                "the health ministry's arbovirus dashboard",
            ),
            (
                "Brazil's dengue season peaks in March",
                [
                    "Brazil recorded 391,700 probable dengue cases in March, the peak month of "
                    "the season, according to @@.",
                    "Hospitals in several states opened extra wards for patients with fever.",
                ],
                "DATASUS figures",
            ),
        ),
        *_pair(
            kind,
            8,
            "malaysia-recycling",
            recycling,
            (
                "Selangor leads big states in household recycling",
                [
                    "Selangor's household recycling rate reached 41.3 per cent in 2024, above "
                    "the national rate of 37.1 per cent, @@ shows.",
                ],
                "the statistics department's environment compendium",
            ),
            (
                "Selangor recycles more than the national average",
                [
                    "Selangor's household recycling rate reached 41.3 per cent in 2024, above "
                    "the national rate of 33.9 per cent, @@ shows.",
                ],
                "DOSM's Compendium of Environment Statistics",
            ),
        ),
        *_pair(
            kind,
            9,
            "cdc-kindergarten",
            kinder,
            (
                "Idaho kindergarten measles vaccination falls to 78.5%",
                [
                    "Only 78.5 percent of Idaho's kindergartners had two doses of the MMR "
                    "vaccine in the 2025-26 school year, against a national median of 92.5 "
                    "percent, @@ shows.",
                ],
                "CDC data",
            ),
            (
                "Idaho trails nation on kindergarten shots",
                [
                    "Just 78.5 percent of kindergartners in Idaho were up to date on DTaP shots "
                    "in the 2025-26 school year, @@ shows.",
                    "School nurses said many parents had filed exemptions.",
                ],
                "the CDC's school vaccination survey",
            ),
        ),
    ]


def _pdf_reports() -> list[Case]:
    kind = "pdf report"
    thailand = _pdf(
        "Thailand State of Pollution Report 2025",
        "Pollution Control Department, Ministry of Natural Resources and Environment",
        [
            "This report summarises the monitoring results of the national air, water and "
            "noise networks for the calendar year.",
            "Haze from open burning remained the main concern in the northern provinces.",
        ],
        [
            "Average PM2.5 in Bangkok and vicinity was 26.8 µg/m³ in 2025.",
            "PM2.5 exceeded the 24-hour national standard of 37.5 µg/m³ on 68 days in Bangkok, "
            "against 52 days in 2024.",
            "Northern provinces recorded the most exceedance days during the burning season "
            "from January to April; see the provincial table.",
        ],
        [
            [
                "Chapter 2: Northern region",
                "Hotspots detected by satellite fell in the protected forests but rose on "
                "farmland.",
                "Provincial haze centres issued warnings and closed schools on the worst days.",
            ]
        ],
        [
            [
                "Province",
                "Exceedance days 2024",
                "Exceedance days 2025",
                "Highest 24-h mean 2025 (µg/m³)",
            ],
            ["Chiang Mai", "49", "94", "318.4"],
            ["Chiang Rai", "61", "88", "297.0"],
            ["Mae Hong Son", "58", "86", "264.1"],
            ["Lampang", "44", "81", "211.6"],
            ["Nan", "53", "77", "245.9"],
            ["Bangkok", "52", "68", "121.3"],
            ["Khon Kaen", "27", "39", "98.7"],
        ],
    )
    festive = _pdf(
        "Festive Season Road Safety Report 2025/26",
        "Road Traffic Management Corporation, Republic of South Africa",
        [
            "The festive season period ran from 1 December 2025 to 11 January 2026.",
            "Law enforcement operations were intensified on the major corridors.",
        ],
        [
            "The 2025/26 festive season saw 1,206 fatal crashes, a decrease of 6.4% on the "
            "1,288 recorded in 2024/25.",
            "These crashes resulted in 1,427 fatalities, 3.9% fewer than the 1,485 of the "
            "previous festive season.",
            "Pedestrians accounted for 41.2% of fatalities.",
        ],
        [
            [
                "Contributory factors",
                "Human factors contributed to 84.6% of fatal crashes, vehicle factors to 7.1% "
                "and road and environmental factors to 8.3%.",
                "Speeding, drunk driving and jaywalking were the most common human factors.",
            ]
        ],
        [
            ["Province", "Fatal crashes", "Fatalities"],
            ["Gauteng", "247", "291"],
            ["KwaZulu-Natal", "221", "268"],
            ["Eastern Cape", "170", "201"],
            ["Limpopo", "152", "187"],
            ["Mpumalanga", "118", "141"],
            ["Western Cape", "91", "102"],
            ["North West", "83", "98"],
            ["Free State", "82", "94"],
            ["Northern Cape", "42", "45"],
            ["Total", "1 206", "1 427"],
        ],
    )
    indonesia = _pdf(
        "Air Transportation Statistics 2025 (Statistik Transportasi Udara 2025)",
        "BPS-Statistics Indonesia",
        [
            "This publication presents data on aircraft movements, passengers and cargo at "
            "the airports managed by the state airport operators.",
            "Data are reported monthly by airport authorities.",
        ],
        [
            "Domestic passengers departing from Indonesia's airports numbered 67.91 million in "
            "2025, up 4.1 percent.",
            "International departures reached 19.34 million, up 11.6 percent.",
            "Cargo loaded on domestic flights rose 2.2 percent.",
        ],
        [
            [
                "Chapter 3: Main airports",
                "Five airports handled more than half of all departing passengers.",
                "Table 3.2 lists departing and arriving passengers at the main airports, in "
                "thousands.",
            ]
        ],
        [
            ["Airport", "Departing passengers (000)", "Arriving passengers (000)"],
            ["Soekarno-Hatta (Jakarta)", "25,712.4", "24,951.3"],
            ["I Gusti Ngurah Rai (Bali)", "12,034.6", "12,187.9"],
            ["Juanda (Surabaya)", "9,410.8", "9,388.5"],
            ["Sultan Hasanuddin (Makassar)", "5,022.0", "5,101.4"],
            ["Kualanamu (Medan)", "4,118.2", "4,096.7"],
        ],
    )
    finland = _pdf(
        "Access to non-urgent specialised care, situation at 31 December 2025",
        "Finnish Institute for Health and Welfare (THL), Statistical report",
        [
            "The report describes waiting times for non-urgent treatment in specialised "
            "health care in the wellbeing services counties.",
            "The maximum waiting time set by law is six months (180 days).",
        ],
        [
            "At the end of December 2025, 142,916 patients were waiting for non-urgent "
            "treatment in specialised health care.",
            "Of them, 71,220 had waited more than 90 days and 33,874 more than 180 days.",
            "A year earlier, 27,145 patients had waited more than 180 days.",
        ],
        [
            [
                "Waiting by specialty",
                "The longest waits were in orthopaedics, ophthalmology and plastic surgery.",
                "Waits in surgery fell in several counties after extra evening lists were "
                "introduced.",
            ]
        ],
        [
            ["Wellbeing services county", "Waiting, total", "Over 90 days", "Over 180 days"],
            ["HUS Group", "31,406", "15,918", "7,602"],
            ["Pirkanmaa", "13,117", "6,742", "3,015"],
            ["Varsinais-Suomi", "12,884", "6,401", "3,190"],
            ["Pohjois-Pohjanmaa", "9,652", "4,733", "2,204"],
            ["Other counties", "75,857", "37,426", "17,863"],
            ["Whole country", "142,916", "71,220", "33,874"],
        ],
    )
    return [
        *_pair(
            kind,
            10,
            "thailand-pm25-days",
            thailand,
            (
                "Chiang Mai choked on 94 days of unhealthy air last year",
                [
                    "Fine dust in Chiang Mai exceeded Thailand's 24-hour PM2.5 standard on 94 "
                    "days in 2025, nearly twice as many as the year before, according to @@.",
                    "Doctors in the city reported more children with breathing problems during "
                    "the burning season.",
                ],
                "the Pollution Control Department's annual report",
            ),
            (
                "Chiang Mai haze days",
                [
                    "Chiang Mai recorded 49 days above the national PM2.5 standard in 2025, @@ "
                    "shows.",
                    "Doctors in the city reported more children with breathing problems.",
                ],
                "the state of pollution report",
            ),
        ),
        *_pair(
            kind,
            11,
            "sa-festive-roads",
            festive,
            (
                "Festive road toll falls below 1,500",
                [
                    "South Africa's roads claimed 1,427 lives over the festive season, 3.9 per "
                    "cent fewer than a year earlier, with Gauteng recording the most deaths, @@ "
                    "shows.",
                ],
                "the RTMC's festive season report",
            ),
            (
                "Festive road deaths down 6.4 per cent",
                [
                    "Road deaths over the festive season fell 6.4 per cent to 1,427, according "
                    "to @@.",
                    "The transport minister said more traffic officers would be deployed over "
                    "Easter.",
                ],
                "the Road Traffic Management Corporation",
            ),
        ),
        *_pair(
            kind,
            12,
            "jakarta-airport",
            indonesia,
            (
                "Jakarta airport sees 25.7 million departures",
                [
                    "More than 25.7 million passengers departed from Jakarta's Soekarno-Hatta "
                    "airport in 2025, @@ shows, ahead of Bali's Ngurah Rai with about 12 "
                    "million.",
                ],
                "BPS air transport statistics",
            ),
            (
                "Soekarno-Hatta arrivals climb",
                [
                    "Soekarno-Hatta received 25.7 million arriving passengers in 2025, "
                    "according to @@.",
                    "The operator plans a fourth terminal.",
                ],
                "the statistics agency's annual air transport report",
            ),
        ),
        *_pair(
            kind,
            13,
            "finland-waits",
            finland,
            (
                "Nearly 34,000 Finns wait beyond legal limit for hospital care",
                [
                    "Nearly 34,000 patients had waited more than six months for non-urgent "
                    "hospital treatment at the end of 2025, @@ shows, up from about 27,000 a "
                    "year earlier.",
                ],
                "THL's statistical report",
            ),
            (
                "Hospital waits lengthen in Finland",
                [
                    "Nearly 34,000 patients had waited more than three months for non-urgent "
                    "specialised treatment at the end of 2025, @@ shows.",
                    "Wellbeing services counties have bought operations from private clinics "
                    "to shorten the queues.",
                ],
                "the health institute's latest figures",
            ),
        ),
    ]


def _text_and_csv() -> list[Case]:
    kind = "text or csv"
    citibike = Source(
        "text/csv; charset=utf-8",
        (
            b"month,trips,member_trips_pct,ebike_trips_pct,avg_trip_minutes\n"
            b"2025-04,3021544,76.2,31.8,13.1\n"
            b"2025-05,3834120,73.9,32.4,14.0\n"
            b"2025-06,4012877,72.5,33.0,14.6\n"
            b"2025-07,3977403,71.8,33.7,15.2\n"
            b"2025-08,3889230,71.0,34.1,15.4\n"
            b"2025-09,4106882,74.4,34.0,14.2\n"
            b"2025-10,3712095,76.9,35.2,13.0\n"
        ),
    )
    beijing = Source(
        "text/plain; charset=utf-8",
        (
            b"Beijing Municipal Bureau of Statistics\n"
            b"Table 13-8  Passenger Traffic of Urban Public Transport\n"
            b"Unit: 10,000 person-times\n"
            b"\n"
            b"Item,2023,2024,2025\n"
            b"Total,754340,755601,742225\n"
            b"Bus and trolley bus,318960,298704,280517\n"
            b"Rail transit,345260,362880,365420\n"
            b"Taxi,90120,94017,96288\n"
            b"Shared bicycle trips (not in total),95210,103880,108455\n"
        ),
    )
    measles = Source(
        "text/plain; charset=utf-8",
        (
            b"TEXAS DEPARTMENT OF STATE HEALTH SERVICES\n"
            b"Measles Outbreak - March 17, 2026\n"
            b"Updated Tuesdays and Fridays. Case counts are provisional.\n"
            b"\n"
            b"Cases in the outbreak area:              279  (up 21 since Friday)\n"
            b"Hospitalized over course of outbreak:     36\n"
            b"Deaths:                                     1\n"
            b"Counties with outbreak cases:              12\n"
            b"Unvaccinated or vaccination unknown:      274\n"
            b"\n"
            b"County            Cases\n"
            b"Gaines              168\n"
            b"Terry                37\n"
            b"Dawson               19\n"
            b"Lubbock              16\n"
            b"Yoakum               12\n"
            b"Lynn                  9\n"
            b"Dallam                5\n"
            b"Ector                 5\n"
            b"Martin                3\n"
            b"Cochran               2\n"
            b"Garza                 2\n"
            b"Lamar                 1\n"
        ),
    )
    evs = Source(
        "application/json",
        json.dumps(
            {
                "meta": {
                    "dataset": "car_registrations_fuel",
                    "source": "JPJ; DOSM",
                    "frequency": "monthly",
                    "unit": "vehicles; share_pct in % of all new car registrations",
                },
                "data": [
                    {
                        "date": "2025-11-01",
                        "fuel": "petrol",
                        "registrations": 54210,
                        "share_pct": 87.8,
                    },
                    {
                        "date": "2025-11-01",
                        "fuel": "hybrid",
                        "registrations": 3790,
                        "share_pct": 6.1,
                    },
                    {
                        "date": "2025-11-01",
                        "fuel": "electric",
                        "registrations": 3128,
                        "share_pct": 5.1,
                    },
                    {
                        "date": "2025-11-01",
                        "fuel": "diesel",
                        "registrations": 598,
                        "share_pct": 1.0,
                    },
                    {
                        "date": "2025-12-01",
                        "fuel": "petrol",
                        "registrations": 55870,
                        "share_pct": 86.6,
                    },
                    {
                        "date": "2025-12-01",
                        "fuel": "hybrid",
                        "registrations": 4203,
                        "share_pct": 6.5,
                    },
                    {
                        "date": "2025-12-01",
                        "fuel": "electric",
                        "registrations": 3815,
                        "share_pct": 5.9,
                    },
                    {
                        "date": "2025-12-01",
                        "fuel": "diesel",
                        "registrations": 652,
                        "share_pct": 1.0,
                    },
                ],
            }
        ).encode(),
    )
    ppa = Source(
        "application/rss+xml; charset=utf-8",
        (
            b'<?xml version="1.0" encoding="UTF-8"?>\n'
            b'<rss version="2.0"><channel><title>Philippine Ports Authority - News</title>'
            b"<link>https://www.ppa.com.ph/</link><description>Press releases</description>"
            b"<item><title>PPA opens new passenger terminal in Batangas</title>"
            b"<pubDate>Mon, 26 Jan 2026 10:00:00 +0800</pubDate><description>The new terminal "
            b"offers air-conditioned waiting areas and ramps for passengers with "
            b"disabilities.</description></item>"
            b"<item><title>PPA container volume hits 8.41 million TEUs in 2025</title>"
            b"<pubDate>Tue, 20 Jan 2026 09:00:00 +0800</pubDate><description>Container traffic "
            b"at ports under the Philippine Ports Authority reached 8.41 million twenty-foot "
            b"equivalent units (TEUs) in 2025, up 2.7 percent from 8.19 million in 2024. The "
            b"Manila International Container Terminal and Manila South Harbor together handled "
            b"5.94 million TEUs.</description></item>"
            b"<item><title>Passenger traffic at PPA ports reaches 84.6 million</title>"
            b"<pubDate>Thu, 15 Jan 2026 09:00:00 +0800</pubDate><description>Passenger traffic "
            b"at PPA ports rose 7.2 percent to 84.6 million in 2025, driven by holiday travel "
            b"to the Visayas.</description></item>"
            b"</channel></rss>"
        ),
    )
    return [
        *_pair(
            kind,
            14,
            "citibike",
            citibike,
            (
                "Citi Bike sets monthly record with 4.1 million rides",
                [
                    "New Yorkers took 4,106,882 Citi Bike trips in September, the most of any "
                    "month in @@, and about a third of them were on e-bikes.",
                ],
                "the bike-share system's monthly data",
            ),
            (
                "Citi Bike rides hit record in September",
                [
                    "New Yorkers took 4.1 million Citi Bike trips in September, and e-bikes "
                    "accounted for 43 percent of them, according to @@.",
                ],
                "monthly trip data",
            ),
        ),
        *_pair(
            kind,
            15,
            "beijing-metro",
            beijing,
            (
                "Beijing subway ridership climbs to 3.65 billion",
                [
                    "Beijing's rail transit network carried 3.65 billion passengers in 2025, "
                    "up from 3.63 billion a year earlier, @@ shows, while buses lost riders.",
                ],
                "the municipal statistics bureau's table",
            ),
            (
                "Beijing subway carries 365 million",
                [
                    "Beijing's subway carried 365 million passengers last year, according to @@.",
                    "New lines opened in the suburbs during the year.",
                ],
                "city statistics",
            ),
        ),
        *_pair(
            kind,
            16,
            "texas-measles",
            measles,
            (
                "Texas measles outbreak reaches 279 cases",
                [
                    "The measles outbreak in West Texas has grown to 279 cases across a dozen "
                    "counties, and 36 people have been hospitalized, @@ said on Tuesday.",
                    "Most of the patients were children who had not been vaccinated.",
                ],
                "the state health department",
            ),
            (
                "Texas measles outbreak keeps growing",
                [
                    "The outbreak has grown to 279 cases, 63 of which have required hospital "
                    "treatment, according to @@.",
                    "Most of the patients were children who had not been vaccinated.",
                ],
                "the Department of State Health Services",
            ),
        ),
        *_pair(
            kind,
            17,
            "malaysia-ev",
            evs,
            (
                "Electric cars take 5.9% of Malaysian registrations",
                [
                    "Electric cars made up 5.9 per cent of new registrations in Malaysia in "
                    "December, with 3,815 registered, up from 5.1 per cent in November, @@ "
                    "shows.",
                ],
                "open data from the statistics department",
            ),
            (
                "Malaysian EV registrations rise",
                [
                    "Some 3,518 electric cars were registered in Malaysia in December, 5.9 per "
                    "cent of the total, @@ shows.",
                ],
                "OpenDOSM registration data",
            ),
        ),
        *_pair(
            kind,
            18,
            "ppa-teu",
            ppa,
            (
                "Philippine ports handle 8.4 million containers",
                [
                    "Ports run by the Philippine Ports Authority handled 8.41 million TEUs of "
                    "containers in 2025, up 2.7 percent, and Manila's two main terminals about "
                    "5.9 million of them, @@ shows.",
                ],
                "the authority's news feed",
            ),
            (
                "Philippine container volume up 7.2 percent",
                [
                    "Container volume at PPA ports rose 7.2 percent to 8.41 million TEUs in "
                    "2025, @@ shows.",
                ],
                "the PPA's latest release",
            ),
        ),
    ]


def _long_pages() -> list[Case]:
    kind = "long page"
    epa = _long_page(
        "Inventory of U.S. Greenhouse Gas Emissions and Sinks: 1990-2024, Executive Summary",
        [
            (
                "Overview",
                [
                    "Total gross U.S. greenhouse gas emissions were 6,215 million metric tons "
                    "of carbon dioxide equivalent (MMT CO2 Eq.) in 2024, a decrease of 2.1 "
                    "percent from 2023.",
                    "Net emissions, including the carbon removed by forests and other land, "
                    "were 5,301 MMT CO2 Eq.",
                ],
            ),
            (
                "Trends by gas",
                [
                    "Carbon dioxide accounted for 79 percent of gross emissions, methane for "
                    "11 percent and nitrous oxide for 6 percent.",
                    "Methane emissions from natural gas systems were 2.1 percent lower than in "
                    "the previous year, reflecting repairs and fewer leaks reported.",
                ],
            ),
            (
                "Trends by economic sector",
                [
                    "Transportation remained the largest source, at 28 percent of the total; "
                    "emissions from transportation fell 0.4 percent.",
                    "Electric power emissions fell 3.3 percent, as coal generation declined "
                    "further and solar output grew.",
                    "Industry accounted for 23 percent of the total, and agriculture for 10 "
                    "percent.",
                ],
            ),
            (
                "Land use and forestry",
                [
                    "The land sector remained a net sink, offsetting part of the gross total.",
                ],
            ),
        ],
    )
    mee = _long_page(
        "Bulletin on the State of the Ecology and Environment in China 2025",
        [
            (
                "Atmospheric environment",
                [
                    "In 2025, the average concentration of PM2.5 in the 339 cities at "
                    "prefecture level and above was 29.3 µg/m³, down 2.7 percent year on "
                    "year.",
                    "The proportion of days with good air quality was 87.2 percent, and days "
                    "of heavy pollution or worse accounted for 1.1 percent.",
                    "In the Beijing-Tianjin-Hebei region and its surrounding areas, the "
                    "average PM2.5 concentration was 38.9 µg/m³, down 4.4 percent; in the "
                    "Yangtze River Delta it was 31.0 µg/m³ and on the Fenwei Plain 41.2 "
                    "µg/m³.",
                ],
            ),
            (
                "Freshwater environment",
                [
                    "Of the 3,641 national surface water assessment sections, 90.4 percent "
                    "were of Grade I–III quality, and 0.6 percent were worse than Grade V.",
                    "Of the lakes and reservoirs monitored, 78.5 percent were of Grade I–III "
                    "quality.",
                ],
            ),
            (
                "Marine environment",
                [
                    "Coastal water quality improved, with the share of excellent and good "
                    "water rising again.",
                ],
            ),
            (
                "Acoustic environment",
                [
                    "Daytime noise in urban functional areas met the standard at most "
                    "monitoring points.",
                ],
            ),
        ],
    )
    waste = _long_page(
        "Municipal waste statistics - Statistics Explained",
        [
            (
                "Highlights",
                [
                    "In 2024, municipal waste generated in the EU amounted to 511 kg per "
                    "person, 2 kg less than in 2023.",
                    "Of the municipal waste treated in the EU, 48.6 % was recycled (material "
                    "recycling and composting), 27.1 % incinerated and 22.9 % landfilled.",
                ],
            ),
            (
                "Municipal waste generation",
                [
                    "Waste generation per person varied widely, from under 300 kg in Romania "
                    "to more than 750 kg in Austria and Denmark.",
                ],
            ),
            (
                "Municipal waste treatment",
                [
                    "Germany recorded the highest recycling rate (68.2 %), Romania the lowest "
                    "(12.1 %).",
                    "Landfill rates ranged from under 1 % in several northern and western "
                    "Member States to 74.9 % in Malta.",
                    "Since 1995 the amount of municipal waste landfilled in the EU has fallen "
                    "by 61.2 %.",
                ],
            ),
            (
                "Source data for tables and graphs",
                [
                    "Data are reported by Member States under the waste framework directive.",
                ],
            ),
        ],
    )
    return [
        *_pair(
            kind,
            19,
            "epa-ghg",
            epa,
            (
                "US emissions fell 2.1% in 2024, EPA inventory shows",
                [
                    "Gross US greenhouse gas emissions totalled 6,215 million tonnes of CO2 "
                    "equivalent in 2024, 2.1 percent less than in 2023, according to @@.",
                    "Environmental groups said the pace of cuts was too slow to meet the "
                    "country's pledges.",
                ],
                "the EPA's annual greenhouse gas inventory",
            ),
            (
                "US emissions drop as coal declines",
                [
                    "US greenhouse gas emissions fell 3.3 percent in 2024, to 6,215 million "
                    "metric tons of CO2 equivalent, @@ shows.",
                ],
                "the Environmental Protection Agency's inventory",
            ),
        ),
        *_pair(
            kind,
            20,
            "china-bulletin",
            mee,
            (
                "Nine in ten of China's water sections meet good standards",
                [
                    "Nine in ten of China's 3,641 monitored surface water sections met Grade I "
                    "to III standards in 2025, and the average PM2.5 concentration in its "
                    "cities fell 2.7 percent to 29.3 micrograms per cubic metre, according to "
                    "@@.",
                ],
                "the environment ministry's annual bulletin",
            ),
            (
                "China's air quality improves again",
                [
                    "The average PM2.5 concentration in China's cities was 38.9 micrograms per "
                    "cubic metre in 2025, @@ shows.",
                    "Officials credited the switch from coal to gas for heating.",
                ],
                "the Ministry of Ecology and Environment's bulletin",
            ),
        ),
        *_pair(
            kind,
            21,
            "eu-municipal-waste",
            waste,
            (
                "Nearly half of EU municipal waste recycled",
                [
                    "Nearly half of the EU's municipal waste, 48.6 percent, was recycled in "
                    "2024, while 22.9 percent went to landfill, @@ shows.",
                ],
                "Eurostat's municipal waste statistics",
            ),
            (
                "Landfill still takes a large share of EU rubbish",
                [
                    "Landfill still took 27.1 percent of the EU's municipal waste in 2024, @@ "
                    "shows.",
                    "The EU wants to cut that share sharply by the middle of the next decade.",
                ],
                "Eurostat's Statistics Explained article",
            ),
        ),
    ]


def _notation() -> list[Case]:
    kind = "notation"
    sus = _html(
        "<h1>SUS realiza 12,4 milhões de internações em 2025</h1>"
        "<p>Brasília, 3 de fevereiro de 2026. O Sistema Único de Saúde (SUS) registrou 12,4 "
        "milhões de internações hospitalares em 2025, segundo dados do Sistema de Informações "
        "Hospitalares (SIH/DATASUS).</p>"
        "<p>O valor total pago pelas internações chegou a R$ 24,7 bi, alta de 8,3% em relação "
        "a 2024. As cirurgias eletivas somaram 1,9 milhão de procedimentos.</p>",
        "Ministério da Saúde",
        "pt-BR",
    )
    jiangsu = _html(
        "<h2>Table 12-6 Investment in Environmental Pollution Control</h2>"
        + _table(
            "Unit: 100 million yuan",
            "<tr><th>Item</th><th>2023</th><th>2024</th></tr>",
            [
                ["Total investment", "1,207.3", "1,284.6"],
                ["Urban environmental infrastructure", "712.8", "748.1"],
                ["Treatment of industrial pollution sources", "188.4", "196.9"],
                ['"Three simultaneous" projects', "306.1", "339.6"],
                ["Total as % of GDP", "0.94", "0.96"],
            ],
            "Source: Jiangsu Provincial Bureau of Statistics, Jiangsu Statistical Yearbook 2025.",
        ),
        "Jiangsu Statistical Yearbook",
    )
    rail = _html(
        "<h1>Rail passenger transport up 4.6% in 2025</h1>"
        "<p>In 2025, rail passenger transport in the EU reached 438.4 billion "
        "passenger-kilometres (pkm), 4.6 % more than in 2024 (419.1 billion pkm).</p>"
        "<p>The largest volumes were recorded in France (111.2 billion pkm) and Germany (102.7 "
        "billion pkm). Rail accounted for 7.9 % of inland passenger transport.</p>",
        "Eurostat news",
    )
    chile = _html(
        "<h1>Ventas de vehículos electrificados crecen 41,3% en 2025</h1>"
        "<p>Santiago, 8 de enero de 2026. Según el informe de la Asociación Nacional "
        "Automotriz de Chile (ANAC), las ventas de vehículos livianos y medianos electrificados "
        "(eléctricos, híbridos enchufables e híbridos) alcanzaron 17.412 unidades en 2025, un "
        "alza de 41,3% respecto a 2024.</p>"
        "<p>Los electrificados representaron el 5,8% del mercado total de 300.207 unidades. "
        "Los vehículos 100% eléctricos sumaron 5.744 unidades.</p>",
        "ANAC",
        "es-CL",
    )
    return [
        *_pair(
            kind,
            22,
            "sus-spending",
            sus,
            (
                "Brazil's health system spends 24.7 billion reais on hospital stays",
                [
                    "Brazil's public health system paid R$24.7 billion for 12.4 million "
                    "hospital admissions in 2025, 8.3 percent more than a year earlier, @@ "
                    "shows.",
                ],
                "the health ministry",
            ),
            (
                "Brazil hospital bill rises",
                [
                    "Brazil's SUS spent US$24.7 billion on 12.4 million hospital admissions "
                    "last year, according to @@.",
                ],
                "figures from the ministry",
            ),
        ),
        *_pair(
            kind,
            23,
            "jiangsu-pollution",
            jiangsu,
            (
                "Jiangsu spends 128.5 billion yuan on pollution control",
                [
                    "Jiangsu invested 128.46 billion yuan in environmental pollution control "
                    "in 2024, up from 120.7 billion yuan, @@ shows.",
                ],
                "the provincial yearbook",
            ),
            (
                "Jiangsu pollution spending passes a trillion yuan",
                [
                    "Jiangsu invested 1.28 trillion yuan in pollution control in 2024, about 1 "
                    "percent of its economic output, according to @@.",
                ],
                "Jiangsu's statistical yearbook",
            ),
        ),
        *_pair(
            kind,
            24,
            "eu-rail-pkm",
            rail,
            (
                "EU rail travel reaches 438,400 million passenger-km",
                [
                    "Rail passengers in the European Union travelled 438,400 million "
                    "passenger-kilometres in 2025, 4.6 per cent more than a year earlier, @@ "
                    "shows.",
                ],
                "Eurostat",
            ),
            (
                "EU railways carry record numbers",
                [
                    "EU railways carried 438.4 billion passengers in 2025, 4.6 per cent more "
                    "than a year earlier, @@ shows.",
                ],
                "the EU statistics office",
            ),
        ),
        *_pair(
            kind,
            25,
            "chile-electrified",
            chile,
            (
                "Electrified cars take 5.8% of Chile's market",
                [
                    "Sales of electrified light vehicles in Chile rose 41.3 percent to 17,412 "
                    "units in 2025, 5.8 percent of the market, @@ shows.",
                ],
                "the car dealers' association",
            ),
            (
                "Chile's electrified car sales jump",
                [
                    "Sales of electrified light vehicles in Chile rose 41.3 percent to 174,120 "
                    "units in 2025, @@ shows.",
                ],
                "ANAC's annual report",
            ),
        ),
    ]


def _rounding() -> list[Case]:
    kind = "rounding"
    fic = _html(
        "<h1>DOH: Fully immunized child coverage improves in 2025</h1>"
        "<p>MANILA. Fully immunized child (FIC) coverage reached 72.46 percent in 2025, up from "
        "68.91 percent in 2024, the Department of Health said on Monday.</p>"
        "<p>Coverage of the second dose of measles-rubella vaccine (MR2) was 77.03 percent.</p>",
        "Department of Health",
    )
    eea = _html(
        "<h1>EU greenhouse gas emissions fall again in 2024</h1>"
        "<p>EU net greenhouse gas emissions, including international aviation, fell to 3,186.4 "
        "million tonnes of CO2 equivalent (MtCO2e) in 2024, according to approximated "
        "estimates.</p>"
        "<p>This is 37.2% below 1990 levels and 2.6% below 2023.</p>",
        "EEA briefing",
    )
    aot = _html(
        "<h2>Air transport statistics, fiscal year 2025 (October 2024 – September 2025)</h2>"
        + _table(
            "Airports of Thailand PCL",
            "<tr><th>Airport</th><th>Flights</th><th>Passengers</th><th>Cargo (tonnes)</th></tr>",
            [
                ["Suvarnabhumi", "349,126", "62,847,193", "1,312,480"],
                ["Don Mueang", "199,405", "31,902,344", "28,950"],
                ["Phuket", "107,233", "17,516,982", "11,204"],
                ["Chiang Mai", "51,320", "8,411,790", "9,870"],
                ["Hat Yai", "19,880", "3,271,554", "4,120"],
                ["Mae Fah Luang Chiang Rai", "15,207", "2,389,401", "930"],
                ["Total", "742,171", "126,339,264", "1,367,554"],
            ],
        ),
        "AOT air traffic report",
    )
    cholera = _html(
        "<h1>Cholera situation report, epidemiological week 39, 2025</h1>"
        '<figure><img src="/img/cholera-epicurve-w39.png" alt="Epidemic curve">'
        "<figcaption>Figure 1: Suspected cholera cases by epidemiological week, Nigeria, weeks "
        "1–39, 2025. Cumulative: 14,237 suspected cases and 359 deaths (CFR 2.52%) from 33 "
        "states and the FCT.</figcaption></figure>"
        "<p>Rapid response teams have been deployed to the most affected states.</p>",
        "NCDC cholera situation report",
    )
    return [
        *_pair(
            kind,
            26,
            "ph-fic",
            fic,
            (
                "Immunization coverage rises to 72.5% in the Philippines",
                [
                    "About 72.5 percent of Filipino children were fully immunized in 2025, up "
                    "from 68.9 percent the year before, @@ shows.",
                ],
                "the health department",
            ),
            (
                "Philippine child immunization improves",
                [
                    "Full immunization coverage among Filipino children rose to 73 percent in "
                    "2025, from 69 percent in 2024, according to @@.",
                ],
                "the DOH",
            ),
        ),
        *_pair(
            kind,
            27,
            "eea-ghg",
            eea,
            (
                "EU emissions 37% below 1990 levels",
                [
                    "EU net greenhouse gas emissions fell to about 3.19 billion tonnes of CO2 "
                    "equivalent in 2024, 37 percent below 1990 levels, @@ shows.",
                ],
                "the European Environment Agency",
            ),
            (
                "EU emissions 40% below 1990",
                [
                    "EU net emissions fell to 3.2 billion tonnes of CO2 equivalent in 2024, 40 "
                    "percent below 1990 levels, according to @@.",
                ],
                "EEA estimates",
            ),
        ),
        *_pair(
            kind,
            28,
            "suvarnabhumi",
            aot,
            (
                "Suvarnabhumi nears 63 million passengers",
                [
                    "Suvarnabhumi airport handled nearly 63 million passengers in fiscal 2025, "
                    "@@ shows, about twice as many as Don Mueang.",
                ],
                "Airports of Thailand's traffic report",
            ),
            (
                "Suvarnabhumi passes 63 million passengers",
                [
                    "Suvarnabhumi handled more than 63 million passengers in fiscal 2025, "
                    "according to @@.",
                    "The airport's new satellite terminal has eased queues at peak hours.",
                ],
                "AOT",
            ),
        ),
        *_pair(
            kind,
            29,
            "nigeria-cholera",
            cholera,
            (
                "Cholera kills 359 in Nigeria",
                [
                    "Cholera has killed 359 people in Nigeria this year out of 14,237 "
                    "suspected cases, a fatality rate of 2.5 percent, @@ shows.",
                ],
                "the NCDC's situation report",
            ),
            (
                "Cholera fatality rate at 3 percent",
                [
                    "Cholera has killed 359 people in Nigeria this year out of 14,237 "
                    "suspected cases, a fatality rate of 3 percent, @@ shows.",
                ],
                "the disease control centre",
            ),
        ),
    ]


def _other_subject() -> list[Case]:
    kind = "other subject"
    flu = _html(
        "<h1>Coberturas de vacunación frente a gripe, temporada 2025-2026</h1>"
        "<p>Ministerio de Sanidad. Datos provisionales a 31 de enero de 2026.</p>"
        "<dl>"
        "<dt>Personas de 65 años o más</dt><dd>66,8 %</dd>"
        "<dt>Personas de 60 a 64 años</dt><dd>41,5 %</dd>"
        "<dt>Personal sanitario</dt><dd>42,3 %</dd>"
        "<dt>Embarazadas</dt><dd>33,1 %</dd>"
        "<dt>Población infantil de 6 a 59 meses</dt><dd>38,9 %</dd>"
        "</dl>",
        "Ministerio de Sanidad: coberturas de vacunación",
        "es",
    )
    amtrak = _html(
        "<h2>On-time performance by service line, fiscal years 2025 and 2024</h2>"
        + _table(
            "Customer on-time performance (share of passengers arriving within 15 minutes of "
            "schedule)",
            "<tr><th>Service line</th><th>FY2025</th><th>FY2024</th></tr>",
            [
                ["Acela", "74.6%", "79.2%"],
                ["Northeast Regional", "78.1%", "80.4%"],
                ["State-supported", "69.2%", "70.8%"],
                ["Long distance", "51.3%", "54.0%"],
                ["System", "71.4%", "73.5%"],
            ],
        ),
        "Amtrak monthly performance report",
    )
    water = _html(
        "<h1>Minister releases 2025 Blue Drop Progress Assessment</h1>"
        "<p>Pretoria. Of the 958 water supply systems assessed by the Department of Water and "
        "Sanitation, 86.7% achieved excellent or good microbiological compliance, while 74.2% "
        "met chemical compliance standards.</p>"
        "<p>Only 26 systems qualified for Blue Drop certification.</p>",
        "Department of Water and Sanitation",
    )
    accidents = _html(
        "<h2>Number of Road Traffic Accidents, Victims and Material Losses, 2022–2024</h2>"
        + _table(
            "",
            "<tr><th>Year</th><th>Accidents</th><th>Killed</th><th>Seriously injured</th>"
            "<th>Slightly injured</th><th>Material loss (million rupiah)</th></tr>",
            [
                ["2022", "139,258", "28,131", "13,364", "160,449", "280,009"],
                ["2023", "152,008", "27,531", "12,105", "148,575", "292,461"],
                ["2024", "148,307", "26,839", "11,204", "129,781", "287,614"],
            ],
            "Source: Korlantas Polri, compiled by BPS-Statistics Indonesia.",
        ),
        "BPS: road traffic accidents",
    )
    return [
        *_pair(
            kind,
            30,
            "spain-flu",
            flu,
            (
                "Two-thirds of Spain's over-65s get flu jab",
                [
                    "Two-thirds of Spaniards aged 65 and over, 66.8 percent, were vaccinated "
                    "against flu this season, @@ shows.",
                ],
                "provisional health ministry data",
            ),
            (
                "Flu jab uptake lags among Spain's elderly",
                [
                    "Only 42.3 percent of Spaniards aged 65 and over were vaccinated against "
                    "flu this season, @@ shows.",
                ],
                "the health ministry's coverage figures",
            ),
        ),
        *_pair(
            kind,
            31,
            "amtrak-otp",
            amtrak,
            (
                "Acela on time about three times in four",
                [
                    "Acela trains arrived on time 74.6 percent of the time in fiscal 2025, down "
                    "from 79.2 percent, @@ shows.",
                ],
                "Amtrak's performance report",
            ),
            (
                "Amtrak long-distance punctuality slips",
                [
                    "Amtrak's long-distance trains arrived on time 69.2 percent of the time in "
                    "fiscal 2025, @@ shows.",
                    "Freight traffic on host railroads was blamed for many delays.",
                ],
                "the railroad's monthly report",
            ),
        ),
        *_pair(
            kind,
            32,
            "blue-drop",
            water,
            (
                "Most of South Africa's tap water passes microbiological tests",
                [
                    "About 87 per cent of the 958 drinking-water systems assessed achieved good "
                    "or excellent microbiological compliance, @@ shows, while chemical "
                    "compliance lagged at 74.2 per cent.",
                ],
                "the Blue Drop assessment",
            ),
            (
                "Blue Drop report: chemical quality",
                [
                    "Some 86.7 per cent of South Africa's drinking-water systems met chemical "
                    "quality standards, according to @@.",
                ],
                "the water department's Blue Drop report",
            ),
        ),
        *_pair(
            kind,
            33,
            "indonesia-road",
            accidents,
            (
                "Indonesia's roads claim nearly 27,000 lives",
                [
                    "Traffic accidents killed 26,839 people in Indonesia in 2024, in 148,307 "
                    "accidents, @@ shows.",
                ],
                "police data compiled by BPS",
            ),
            (
                "Indonesia road deaths",
                [
                    "Indonesia recorded 148,307 road deaths in 2024, according to @@.",
                    "Motorcycles are involved in most crashes.",
                ],
                "BPS figures",
            ),
        ),
    ]


def _two_periods() -> list[Case]:
    kind = "two periods"
    sweden = _html(
        "<h2>Punctuality of passenger trains, arrival within five minutes</h2>"
        + _table(
            "Per cent of trains; Trafikverket",
            "<tr><th>Year</th><th>Punctuality (%)</th><th>Cancelled trains (%)</th></tr>",
            [
                ["2021", "91.9", "3.1"],
                ["2022", "90.1", "3.9"],
                ["2023", "88.4", "4.6"],
                ["2024", "89.7", "4.0"],
                ["2025", "91.4", "3.3"],
            ],
        ),
        "Trafikverket: punctuality",
    )
    santiago = _html(
        "<h1>Balance de la Gestión de Episodios Críticos 2025</h1>"
        "<p>Durante el período de gestión (1 de abril al 31 de agosto de 2025) se constataron "
        "27 episodios críticos por MP2,5 en la Región Metropolitana: 19 alertas y 8 "
        "preemergencias, sin emergencias.</p>"
        "<p>En 2024 se registraron 33 episodios (22 alertas, 10 preemergencias y 1 "
        "emergencia).</p>",
        "Ministerio del Medio Ambiente",
        "es-CL",
    )
    nhtsa = _html(
        "<h1>NHTSA Early Estimates: Traffic Deaths Drop in 2024</h1>"
        "<p>An estimated 39,345 people died in motor vehicle traffic crashes in 2024, a "
        "decrease of about 3.8 percent from the 40,901 fatalities reported in 2023.</p>"
        "<p>The fatality rate per 100 million vehicle miles traveled fell to 1.20 from "
        "1.26.</p>",
        "NHTSA",
    )
    dengue = _html(
        "<h1>Dengue situation, 1 January – 31 July 2026</h1>"
        "<p>Department of Disease Control, Ministry of Public Health. From 1 January to 31 July "
        "2026, 38,412 dengue cases (58.2 per 100,000 population) and 36 deaths were "
        "reported.</p>"
        "<p>In the same period of 2025 there were 51,206 cases and 49 deaths.</p>",
        "Department of Disease Control",
    )
    return [
        *_pair(
            kind,
            34,
            "sweden-punctuality",
            sweden,
            (
                "Swedish train punctuality best since 2021",
                [
                    "Some 91.4 percent of Swedish passenger trains arrived within five minutes "
                    "of schedule last year, up from 89.7 percent in 2024, @@ shows.",
                ],
                "the transport administration's figures",
            ),
            (
                "Swedish trains still struggle with punctuality",
                [
                    "Only 89.7 percent of passenger trains in Sweden arrived on time in 2025, "
                    "@@ shows.",
                ],
                "Trafikverket",
            ),
        ),
        *_pair(
            kind,
            35,
            "santiago-episodes",
            santiago,
            (
                "Santiago logs 27 critical smog episodes",
                [
                    "Santiago recorded 27 critical air-pollution episodes this winter, 19 "
                    "alerts and 8 pre-emergencies, down from 33 in 2024, @@ shows.",
                ],
                "the environment ministry's review",
            ),
            (
                "Santiago smog episodes",
                [
                    "Santiago recorded 33 critical air pollution episodes during the 2025 "
                    "winter, including one emergency, according to @@.",
                ],
                "the ministry",
            ),
        ),
        *_pair(
            kind,
            36,
            "nhtsa-deaths",
            nhtsa,
            (
                "US traffic deaths fall to about 39,300",
                [
                    "An estimated 39,345 people were killed in crashes on US roads in 2024, "
                    "down nearly 4 percent from 2023, @@ shows.",
                ],
                "NHTSA's early estimate",
            ),
            (
                "US traffic deaths in 2024",
                [
                    "Traffic crashes killed 40,901 people on US roads in 2024, @@ shows.",
                    "Safety advocates called for lower speed limits in cities.",
                ],
                "the highway safety agency",
            ),
        ),
        *_pair(
            kind,
            37,
            "thai-dengue",
            dengue,
            (
                "Thai dengue cases down by a quarter",
                [
                    "Thailand recorded 38,412 dengue cases in the first seven months of 2026, "
                    "about a quarter fewer than in the same period last year, @@ shows.",
                ],
                "the Department of Disease Control",
            ),
            (
                "Dengue cases in Thailand",
                [
                    "Thailand has recorded 51,206 dengue cases so far this year, according to @@.",
                    "Officials urged people to clear standing water around their homes.",
                ],
                "the disease control department",
            ),
        ),
    ]


def _figure_absent() -> list[Case]:
    kind = "figure absent"
    evs = _html(
        "<h1>New car registrations: battery-electric 15.4% market share in 2025</h1>"
        "<p>In 2025, battery-electric cars accounted for 15.4% of new car registrations in the "
        "EU, up from 13.6% in 2024.</p>"
        "<p>Hybrid-electric cars remained the most popular choice among buyers, with 34.2% of "
        "the market.</p>",
        "Car registrations release",
    )
    mpox = _html(
        "<h1>Mpox situation report</h1>"
        "<p>NCDC, Abuja. Since January 2026, 218 confirmed mpox cases have been reported from "
        "27 states and the FCT.</p>"
        "<p>Samples are tested at the national reference laboratory.</p>",
        "NCDC mpox update",
    )
    la_port = _html(
        "<h1>Port of Los Angeles October cargo volume</h1>"
        "<p>The Port of Los Angeles handled 912,415 twenty-foot equivalent units (TEUs) in "
        "October 2025, 4.2% below October 2024.</p>"
        "<p>Year to date the Port has moved 8,604,337 TEUs.</p>",
        "Port of Los Angeles",
    )
    portugal = _html(
        "<h1>Lista de inscritos para cirurgia</h1>"
        "<p>No final de dezembro de 2025, 247.318 utentes aguardavam cirurgia no Serviço "
        "Nacional de Saúde, menos 3,1% do que um ano antes.</p>",
        "SNS transparência",
        "pt-PT",
    )
    return [
        _single(
            kind,
            38,
            "eu-phev-absent",
            evs,
            (
                "Plug-in hybrids take 8.7% of EU car market",
                [
                    "Plug-in hybrids took 8.7 percent of new car sales in the EU last year, @@ "
                    "shows, as battery-electric cars climbed to 15.4 percent.",
                ],
                "the registrations release",
            ),
            planted=True,
        ),
        _single(
            kind,
            39,
            "mpox-deaths-absent",
            mpox,
            (
                "Mpox deaths in Nigeria",
                [
                    "Nigeria has recorded 218 confirmed mpox cases this year and 11 deaths, "
                    "according to @@.",
                ],
                "the NCDC",
            ),
            planted=True,
        ),
        _single(
            kind,
            40,
            "la-imports-absent",
            la_port,
            (
                "LA port imports slip",
                [
                    "Loaded imports at the Port of Los Angeles fell to 462,300 TEUs in October, "
                    "@@ shows.",
                ],
                "the port's monthly release",
            ),
            planted=True,
        ),
        _single(
            kind,
            41,
            "portugal-median-absent",
            portugal,
            (
                "Portuguese patients wait 112 days for surgery",
                [
                    "Patients in Portugal waited a median of 112 days for surgery at the end of "
                    "2025, @@ shows.",
                ],
                "the health service's transparency portal",
            ),
            planted=True,
        ),
    ]


def _spelled_out() -> list[Case]:
    kind = "spelled out"
    sewage = _html(
        "<h1>PNAD Contínua: saneamento básico 2025</h1>"
        "<p>Em 2025, 69,3% dos domicílios estavam ligados à rede geral de esgoto ou tinham "
        "fossa ligada à rede, segundo a PNAD Contínua do IBGE.</p>"
        "<p>A rede geral de abastecimento de água atendia 86,1% dos domicílios.</p>",
        "Agência IBGE Notícias",
        "pt-BR",
    )
    fluvax = _html(
        "<h1>Weekly flu vaccination dashboard</h1>"
        "<p>As of March 1, 2026, 44.8% of adults 18 years and older had received a flu vaccine "
        "this season, compared with 46.1% at the same time last season.</p>"
        "<p>Coverage among adults 65 years and older was 69.7%.</p>",
        "CDC FluVaxView",
    )
    copenhagen = _html(
        "<h1>The Bicycle Account 2024</h1>"
        "<p>62% of Copenhageners' trips to work and education are made by bike. For everyone "
        "who works or studies in Copenhagen, including commuters from outside the city, the "
        "share is 45%.</p>"
        "<p>The city plans more cycle lanes and parking.</p>",
        "City of Copenhagen",
    )
    chile_waits = _html(
        "<h1>Glosa 06: Lista de espera No GES, cuarto trimestre 2025</h1>"
        "<p>Al 31 de diciembre de 2025, la lista de espera No GES alcanzó 2.587.114 casos de "
        "consulta nueva de especialidad y 370.283 casos de intervención quirúrgica.</p>",
        "Ministerio de Salud de Chile",
        "es-CL",
    )
    return [
        *_pair(
            kind,
            42,
            "brazil-sewage",
            sewage,
            (
                "More than two-thirds of Brazilian homes on sewage network",
                [
                    "More than two-thirds of Brazilian households were connected to a sewage "
                    "network in 2025, @@ shows.",
                ],
                "IBGE's household survey",
            ),
            (
                "Brazil sewage coverage",
                [
                    "Nearly three-quarters of Brazilian households were connected to a sewage "
                    "network in 2025, @@ shows.",
                ],
                "the statistics institute",
            ),
        ),
        *_pair(
            kind,
            43,
            "cdc-adult-flu",
            fluvax,
            (
                "Fewer than half of US adults get flu shot",
                [
                    "Fewer than half of American adults have had a flu shot this season, @@ "
                    "shows, while about seven in ten of those aged 65 and older have.",
                ],
                "the CDC's vaccination dashboard",
            ),
            (
                "Most US adults get flu shot",
                [
                    "More than half of American adults have had a flu shot this season, @@ shows.",
                ],
                "CDC data",
            ),
        ),
        *_pair(
            kind,
            44,
            "copenhagen-bikes",
            copenhagen,
            (
                "Three in five Copenhageners cycle to work",
                [
                    "More than three in five Copenhageners who travel to work or study do so "
                    "by bike, @@ shows.",
                ],
                "the city's Bicycle Account",
            ),
            (
                "Seven in ten Copenhageners cycle to work",
                [
                    "Seven in ten Copenhageners ride a bike to work or school, according to @@.",
                ],
                "the City of Copenhagen",
            ),
        ),
        *_pair(
            kind,
            45,
            "chile-waiting-list",
            chile_waits,
            (
                "Chile's specialist waiting list tops two and a half million",
                [
                    "More than two and a half million referrals for a first specialist "
                    "consultation were on Chile's waiting list at the end of 2025, @@ shows.",
                ],
                "the health ministry's quarterly report",
            ),
            (
                "Chile's specialist waiting list nears three million",
                [
                    "Nearly three million referrals for a first specialist consultation were "
                    "on Chile's waiting list at the end of 2025, @@ shows.",
                ],
                "MINSAL",
            ),
        ),
    ]


def _unreadable() -> list[Case]:
    kind = "unreadable"
    locked = Source(
        "application/pdf",
        make_pdf(
            [
                ["Air quality status report 2026", "European Environment Agency"],
                ["Foreword", "Restricted pre-release copy."],
                ["Key results", "Urban exposure to fine particulate matter remains high."],
            ],
            password="eea-embargo",
        ),
    )
    scanned = Source("application/pdf", blank_pdf(3))
    nf_text = Source("text/plain; charset=utf-8", b"404 Not Found\n", 404)
    nf_html = Source(
        "text/html; charset=utf-8",
        b"<html><head><title>404 - Page not found</title></head><body><h1>Page not found</h1>"
        b"<p>The page you requested has been moved or no longer exists.</p></body></html>",
        404,
    )
    err_text = Source(
        "text/plain; charset=utf-8", b"500 Internal Server Error\nupstream timed out\n", 500
    )
    err_html = Source(
        "text/html; charset=utf-8",
        b"<html><head><title>500 Internal Server Error</title></head><body>"
        b"<h1>Internal Server Error</h1><p>The server encountered an unexpected condition."
        b"</p></body></html>",
        500,
    )
    empty = Source("text/html; charset=utf-8", b"")
    wall = Source(
        "text/html",
        b'<html style="height:100%"><head><META NAME="ROBOTS" CONTENT="NOINDEX, NOFOLLOW">'
        b'<meta name="format-detection" content="telephone=no">'
        b'<meta name="viewport" content="initial-scale=1.0">'
        b'<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"></head>'
        b'<body style="margin:0px;height:100%"><iframe id="main-iframe" '
        b'src="/_Incapsula_Resource?CWUDNSAI=24&amp;xinfo=9-41722301-0%200NNN&amp;incident_id='
        b'1288000140582215-409612893734404737" frameborder=0 width="100%" height="100%" '
        b'marginheight="0px" marginwidth="0px">Request unsuccessful. Incapsula incident ID: '
        b"1288000140582215-409612893734404737</iframe></body></html>",
    )
    png = Source("image/png", _png())
    xlsx = Source("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _xlsx())
    specs: list[tuple[str, Source, Article]] = [
        (
            "eea-locked",
            locked,
            (
                "Most Europeans in cities breathe air above WHO guideline",
                [
                    "About 94 percent of the EU's urban population was exposed to fine "
                    "particulate matter above the WHO guideline in 2024, according to @@.",
                ],
                "the EEA's air quality status report",
            ),
        ),
        (
            "ph-dengue-scan",
            scanned,
            (
                "Philippine dengue cases pass 120,000",
                [
                    "The Philippines has recorded 123,450 dengue cases so far this year, 18 "
                    "percent more than a year earlier, @@ shows.",
                ],
                "the health department's disease surveillance bulletin",
            ),
        ),
        (
            "jakarta-air-404-text",
            nf_text,
            (
                "Jakarta had 91 unhealthy air days",
                [
                    "Jakarta recorded 91 days of unhealthy air in 2025, @@ shows.",
                ],
                "the city's environment agency",
            ),
        ),
        (
            "efe-punctuality-404-html",
            nf_html,
            (
                "Chilean trains on time 94 percent of the time",
                [
                    "Chile's state rail company ran 94.1 percent of its suburban trains on "
                    "time in 2025, according to @@.",
                ],
                "EFE's annual report",
            ),
        ),
        (
            "italy-measles-500-text",
            err_text,
            (
                "Italy measles cases fall",
                [
                    "Italy reported 1,042 measles cases in 2025, 6.8 cases per million "
                    "inhabitants, @@ shows.",
                ],
                "the national health institute's bulletin",
            ),
        ),
        (
            "carb-ev-500-html",
            err_html,
            (
                "Zero-emission cars take a quarter of California sales",
                [
                    "Zero-emission vehicles made up 25.3 percent of new car sales in California "
                    "in 2025, @@ shows.",
                ],
                "the state's energy commission dashboard",
            ),
        ),
        (
            "ktm-ridership-empty",
            empty,
            (
                "Malaysian commuter rail ridership rises",
                [
                    "KTM Komuter carried 31.6 million passengers in 2025, up 9 percent, "
                    "according to @@.",
                ],
                "the transport ministry",
            ),
        ),
        (
            "acsa-passengers-wall",
            wall,
            (
                "OR Tambo passenger numbers recover",
                [
                    "OR Tambo International handled 19.2 million passengers in the 2025/26 "
                    "financial year, @@ shows.",
                ],
                "Airports Company South Africa's traffic statistics",
            ),
        ),
        (
            "shenzhen-bikes-png",
            png,
            (
                "Shenzhen bike-share rides hit record",
                [
                    "Shared bikes in Shenzhen were used for 1.03 billion trips in 2025, @@ shows.",
                ],
                "the city transport bureau's chart",
            ),
        ),
        (
            "eurostat-landfill-xlsx",
            xlsx,
            (
                "Malta still landfills most of its waste",
                [
                    "Malta sent 74.9 percent of its municipal waste to landfill in 2024, the "
                    "highest share in the EU, according to @@.",
                ],
                "Eurostat's dataset",
            ),
        ),
    ]
    return [
        _single(kind, 46 + i, slug, source, article, planted=False, readable=False)
        for i, (slug, source, article) in enumerate(specs)
    ]


def blind14_cases() -> list[Case]:
    """The fourteenth blind set, built fresh on each call."""
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
        *_figure_absent(),
        *_spelled_out(),
        *_unreadable(),
    ]
