"""Does the fact-check gate stop a bad citation, and only a bad one? (issue 10)

    .venv/bin/python bench/gate_quality.py [--path offline|claude|both] [--show-misses]
        [--set main|blind|blind2|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11
              |blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19|blind20
              |blind21|blind22]

Runs every case of tests/citation_corpus.py through the real pipeline: a local site serves
the article and its cited source (HTML, tables, PDFs made with fpdf2, text, CSV), the guarded
reader reads them, a SQLite database keeps the run, and the model is the offline one or
Claude's client against the fake Messages API (tests/fakes/anthropic.py). A case is caught
when its run waits at an escalated fact-check gate.

Prints, per kind of source and overall, for the tuning half (topics the rules were tuned on)
and the reporting half (topics they were not): catch rate on planted citations, false
escalations on clean articles with readable sources, and unreadable sources escalated.

`--set blind` runs tests/citation_blind.py instead: cases written from the issue's text by
someone who did not see the checker, never tuned on (split "blind"), printed the same way.
`--set blind2` runs tests/citation_blind2.py, a second such set (split "blind2"), written
while the checker was being tuned on the other two, so nobody has tuned on it either.
`--set blind3` runs tests/citation_blind3.py, a third (split "blind3"), written likewise from
the issue's text alone, in other domains and national styles than the first two.
`--set blind4` runs tests/citation_blind4.py, a fourth (split "blind4"), written the same way
in yet other domains (bees, rescue call-outs, coffee, rail freight, opera, landfill tax) and
British, Irish, German, Kenyan, Japanese and Brazilian styles.
`--set blind5` runs tests/citation_blind5.py, a fifth (split "blind5"), written likewise from
the issue alone, rougher (footnote markers, thin spaces, units rows, two-column PDFs, lakh and
crore) in Indian, Nigerian, Swiss, Scandinavian, South African, Canadian, Australian, Mexican,
Polish and US styles.
`--set blind6` runs tests/citation_blind6.py, a sixth (split "blind6"), written likewise from
the product's spec alone, in Philippine, Indonesian, Malaysian, Thai, Korean, Turkish, Egyptian,
Ghanaian, Tanzanian, Ugandan, Latin American peso, NZ, Singapore, Hong Kong, Israeli, Czech and
Hungarian styles, from US federal agencies, EU and UN bodies, filings and transit operators.
`--set blind7` runs tests/citation_blind7.py, a seventh (split "blind7"), written likewise from
the product's spec alone, in yen, dong, South Asian rupee and taka, Gulf, Andean, Brazilian,
East African, Moroccan, yuan and NT$ styles, with JSON and RSS sources from agencies' APIs.
`--set blind8` runs tests/citation_blind8.py, an eighth (split "blind8"), written likewise from
the product's spec alone, in southern and eastern European (euro, lei, forint, koruna, hryvnia,
dinar), Argentine, Chilean, Uruguayan, Canadian provincial and Australian state styles, on
crime, weather, road safety, energy, harvests, elections, health, transit, housing and tourism.
`--set blind9` runs tests/citation_blind9.py, a ninth (split "blind9"), written likewise from
the product's spec alone, in Nordic and Baltic, Turkish, Israeli, Jordanian, Kazakh, Uzbek,
CFA franc, Ethiopian, Caribbean and Fijian styles, on company results, bond yields, courts and
prisons, emissions, airports, hospitals, schools, retail, mining, fisheries and broadband.
`--set blind10` runs tests/citation_blind10.py, a tenth (split "blind10"), written likewise from
the product's spec alone, in British, Irish, NZ, Korean, Taiwanese, Hong Kong, Mexican,
Colombian, Peruvian, Pakistani, Bangladeshi and Vietnamese styles, on tourism, rail, A&E,
rents, pay, inflation, exports, company results, rainfall, power, vaccination, schools, road
deaths and remittances.
`--set blind11` runs tests/citation_blind11.py, an eleventh (split "blind11"), written likewise
from the product's spec alone, in German (Destatis, Bundesbank, "Mrd. €"), Dutch, Belgian,
Austrian, Swiss (CHF, Fr.), Polish (GUS, złoty) and Canadian federal styles, from US cities and
counties and companies' earnings releases, on sport, elections, drug trials, airlines, ports,
crime rates and weather.
`--set blind12` runs tests/citation_blind12.py, a twelfth (split "blind12"), written likewise
from the product's spec alone, in French (INSEE, Banque de France, DREES, Météo-France: "1,8 %",
"327,4 Md€", "18 432,6 M€"), Quebec, Luxembourg, Senegalese, Moroccan (dirhams, quintals),
Indian (crore, lakh, ₹, FY26), Egyptian (EGP, LE), Saudi (SAR), Nigerian (₦) and Kenyan (KSh)
styles, on inflation, jobs, harvests, the monsoon, GDP, an IPO, two-wheelers, power cuts, tax,
hospital beds, literacy, remittances, oil output and air quality.
`--set blind13` runs tests/citation_blind13.py, a thirteenth (split "blind13"), written likewise
from the product's spec alone, led by topic across English-speaking sources worldwide
(Australia's ABS, RBA and BoM, Singapore's SingStat and MAS, Stats SA and the SARB with rand
"R1.2bn", NOAA, the CDC, USDA, NCES, the FAA, 10-Ks and earnings releases, the Met Office and
Environment Agency, Ireland's ESB, Canada's provinces), on sea ice, temperature anomalies, CO2,
drug trials, monthly active users and ARR, chip sales, power prices, crop yields, home prices,
bushfires, wait times, test scores, marathons, earthquakes and dam levels.
`--set blind14` runs tests/citation_blind14.py, a fourteenth (split "blind14"), written likewise
from the product's spec alone, led by topic across public-health, environment and transport
sources worldwide (Eurostat, the EEA, national health services, the CDC, EPA, DOT and state
agencies, China's NBS and provincial bureaus with "10,000 TEUs" and "100 million yuan", the
Philippines, Indonesia's BPS, Malaysia's DOSM, Thailand, Brazil's DATASUS and IBGE with "mil"
and "R$ bi", Chile, Nigeria's NCDC, South Africa), on waiting lists, disease incidence,
outbreaks, vaccination, PM2.5, emissions, recycling, water quality, road deaths, rail
punctuality, flights, ports, airports, bike-share trips and electric-car shares.
`--set blind15` runs tests/citation_blind15.py, a fifteenth (split "blind15"), written likewise
from the product's spec alone, on money and business worldwide (US, UK, euro area, Japan, India,
Brazil, South Africa, Australia, Canada, Singapore, the Gulf): earnings releases and annual-report
PDFs, exchange filings and an RSS feed of announcements, central bank decisions in basis points
and "a quarter-point", bond yields, index closes, exchange rates, takeovers, IPOs, insolvencies,
regulators' fines, budget deficits as % of GDP, tax receipts and a market-data API's JSON quote.
`--set blind16` runs tests/citation_blind16.py, a sixteenth (split "blind16"), written likewise
from the product's spec alone, on local and regional news worldwide (US, UK, Canada, Australia,
NZ, Ireland, South Africa, India's municipal corporations in crore, the Philippines, Spanish- and
Portuguese-language city halls with decimal commas and dot thousands): city budgets, crime
statistics, fire and ambulance response times, housing permits and median prices, school
enrolment and results, local elections, transit ridership, hospital trolleys and A&E, weather
records, a club's crowds and finances and university enrolment.
`--set blind17` runs tests/citation_blind17.py, a seventeenth (split "blind17"), written likewise
from the product's spec alone, on national statistics and economic releases from Russia and
Ukraine, the Caucasus and Central Asia, the Balkans, Scandinavia's regions, the Baltics, Israel,
Iran, Iraq, Egypt, East and Southern Africa, Ghana, Latin America, the Caribbean, Sri Lanka,
Nepal, Myanmar, Mongolia and Samoa: inflation by component, GDP by sector, unemployment by sex
and age, trade by partner, tourism, remittances, budget execution, debt, crops, mining, energy.
`--set blind18` runs tests/citation_blind18.py, an eighteenth (split "blind18"), written likewise
from the product's spec alone, on public-service and non-economic statistics from sub-national
and city agencies (Public Health Scotland, Welsh Government, NISRA and the PSNI, Ireland's CSO
and HSE, Statistics Canada, Ontario, Quebec in French and BC, the BoM, NSW and Victoria, Stats NZ,
the California DMV, Texas DSHS, the MTA, Chicago police, Singapore, Hong Kong, Seoul, Tokyo and
the JMA): A&E and ED times, waiting lists, vaccination, graduation, recorded crime, ridership,
road deaths, rainfall, temperature anomalies, frosts, emissions, recycling and homelessness.
`--set blind19` runs tests/citation_blind19.py, a nineteenth (split "blind19"), written likewise
from the product's spec alone, on companies and markets: earnings releases and forecast
revisions, 10-Q and annual-report style PDFs (parentheses and the Japanese triangle for
negatives), exchange notices (RNS, Atom), airline traffic, carmakers' sales, container ports in
TEU, retailers' like-for-like sales, miners' production, a tariff notice, Premier League crowds,
box office (JSON), and Treasury, Bund and JGB auctions (yields, bid-to-cover, "Mio. €").
`--set blind20` runs tests/citation_blind20.py, a twentieth (split "blind20"), written likewise
from the product's spec alone, on international organisations' flagship reports (IMF World
Economic Outlook tables, an Article IV statement in "4¾ percent" and DataMapper JSON, World Bank
GEP PDFs, poverty nowcasts, the WDI CSV and indicators API, OECD country notes, a French release
and PISA, WHO and UNICEF coverage, TB, malaria and nutrition, UNHCR, the IEA's oil tables and
feeds, FAO, WMO, ILO, UNCTAD, WTO, IATA and ITU), on articles with menus, captions, pull quotes
and related boxes.
`--set blind21` runs tests/citation_blind21.py, a twenty-first (split "blind21"), written
likewise from the product's spec alone, on politics, justice and public institutions: electoral
commissions' results (the UK Electoral Commission, Elections Canada's RSS feed, the AEC's tally
room CSV, India's ECI in lakh and crore, Germany's Federal Returning Officer, Brazil's TSE JSON,
Kenya's IEBC), the CBO, OBR (PDF and Atom), NAO, PBO and ANAO, courts' caseloads and backlogs
(HMCTS, US Courts, India's NJDG), prisons, named pollsters' toplines and crosstabs, FOI and
ATIP statistics, civil service headcounts, a procurement notice and lobbying registers, on
articles with menus, bylines, captions, pull quotes, related boxes and a liveblog.
`--set blind22` runs tests/citation_blind22.py, a twenty-second (split "blind22"), written
likewise from the product's spec alone, on energy, environment, agriculture and science:
grid operators and energy regulators (Ofgem, NESO, ERCOT, AEMO, the Bundesnetzagentur and
SMARD, RTE in French, India's CEA in "BU", the EIA's JSON API, DESNZ), environment agencies
(EPA, EEA, Defra and the Environment Agency, ECCC in "Mt CO2 eq"), farm statistics (USDA NASS
tables, Quick Stats CSV and text releases, AHDB, ABARES, Conab in Portuguese, Statistics
Canada with "x" and ".."), weather services (Met Office, BoM, NOAA's RSS and NHC summaries,
the JMA's Atom feed) and science agencies (NASA, the UK Space Agency, ESA), on articles with
menus, bylines, datelines, captions, related boxes, div-wrapped paragraphs and newsletter boxes.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for extra in (REPO, REPO / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from aiohttp import web  # noqa: E402

from citation_blind import blind_cases  # noqa: E402
from citation_blind2 import blind2_cases  # noqa: E402
from citation_blind3 import blind3_cases  # noqa: E402
from citation_blind4 import blind4_cases  # noqa: E402
from citation_blind5 import blind5_cases  # noqa: E402
from citation_blind6 import blind6_cases  # noqa: E402
from citation_blind7 import blind7_cases  # noqa: E402
from citation_blind8 import blind8_cases  # noqa: E402
from citation_blind9 import blind9_cases  # noqa: E402
from citation_blind10 import blind10_cases  # noqa: E402
from citation_blind11 import blind11_cases  # noqa: E402
from citation_blind12 import blind12_cases  # noqa: E402
from citation_blind13 import blind13_cases  # noqa: E402
from citation_blind14 import blind14_cases  # noqa: E402
from citation_blind15 import blind15_cases  # noqa: E402
from citation_blind16 import blind16_cases  # noqa: E402
from citation_blind17 import blind17_cases  # noqa: E402
from citation_blind18 import blind18_cases  # noqa: E402
from citation_blind19 import blind19_cases  # noqa: E402
from citation_blind20 import blind20_cases  # noqa: E402
from citation_blind21 import blind21_cases  # noqa: E402
from citation_blind22 import blind22_cases  # noqa: E402
from citation_corpus import Case, cases, rough_cases  # noqa: E402
from fakes.anthropic import FakeAnthropic  # noqa: E402
from orchestrator.domain import Gate, GateDecision, Origin, Run, RunStatus  # noqa: E402
from orchestrator.models.claude import ClaudeModel, build_client  # noqa: E402
from orchestrator.models.offline import OfflineModel  # noqa: E402
from orchestrator.pipeline import Pipeline, PipelineConfig  # noqa: E402
from orchestrator.ports import Model  # noqa: E402
from orchestrator.reading import FetchPolicy, SafeReader  # noqa: E402
from reading_helpers import LocalServer  # noqa: E402
from storage import db  # noqa: E402
from storage.store import SqlRunStore  # noqa: E402


class NullReporter:
    records_delivery = False  # nothing to deliver: the end counts as told

    async def progress(self, run: Run) -> None:
        pass

    async def escalated(self, run: Run, gate: Gate) -> None:
        pass

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        pass

    async def finished(self, run: Run) -> None:
        pass


@dataclass
class Outcome:
    case: Case
    escalated: bool
    figures: str  # the per-figure outcomes the fact-check step recorded
    reason: str


def _site(all_cases: list[Case]) -> LocalServer:
    routes = {}
    for case in all_cases:

        async def article(request: web.Request, case: Case = case) -> web.StreamResponse:
            return web.Response(text=case.article_html, content_type="text/html")

        async def source(request: web.Request, case: Case = case) -> web.StreamResponse:
            # The header as given, so a source may name its charset as real servers do.
            return web.Response(
                body=case.source.body,
                status=case.source.status,
                headers={"Content-Type": case.source.content_type},
            )

        routes[f"/news/{case.name}"] = article
        routes[f"/sources/{case.name}"] = source
    return LocalServer(routes)  # type: ignore[arg-type]


async def _run_all(all_cases: list[Case], model: Model, site: LocalServer) -> list[Outcome]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/bench.db"
        await db.upgrade(url)
        engine = db.make_engine(url)
        store = SqlRunStore(engine)
        reader = SafeReader(FetchPolicy.from_allow_list(site.allow))
        pipeline = Pipeline(store, model, reader, PipelineConfig())
        outcomes = []
        try:
            for case in all_cases:
                await store.create_runs([site.url(f"/news/{case.name}")], Origin("cli"))
                claimed = await store.claim_run("bench", lease_seconds=60, transports=["cli"])
                assert claimed is not None
                run = await pipeline.execute(claimed, NullReporter())
                gate = next((g for g in run.gates if g.name == "fact_check"), None)
                escalated = (
                    run.status is RunStatus.WAITING
                    and gate is not None
                    and gate.decision is GateDecision.ESCALATE
                )
                step = run.step("fact_check")
                figures = ", ".join(
                    check["outcome"]
                    for citation in ((step.output or {}).get("citations", []) if step else [])
                    for check in citation.get("figure_checks", [])
                )
                reason = gate.reason if gate else (run.error or run.status.value)
                outcomes.append(Outcome(case, escalated, figures or "no citation", reason))
        finally:
            await reader.aclose()
            await store.aclose()
            await engine.dispose()
    return outcomes


# The held-out sets, by `--set` name: each written by someone who had not read the checker,
# run once untuned, and only then tuned on (the closing notes give both figures).
_BLIND_SETS = {
    "blind": (blind_cases, "blind set"),
    "blind2": (blind2_cases, "second blind set"),
    "blind3": (blind3_cases, "third blind set"),
    "blind4": (blind4_cases, "fourth blind set"),
    "blind5": (blind5_cases, "fifth blind set"),
    "blind6": (blind6_cases, "sixth blind set"),
    "blind7": (blind7_cases, "seventh blind set"),
    "blind8": (blind8_cases, "eighth blind set"),
    "blind9": (blind9_cases, "ninth blind set"),
    "blind10": (blind10_cases, "tenth blind set"),
    "blind11": (blind11_cases, "eleventh blind set"),
    "blind12": (blind12_cases, "twelfth blind set"),
    "blind13": (blind13_cases, "thirteenth blind set"),
    "blind14": (blind14_cases, "fourteenth blind set"),
    "blind15": (blind15_cases, "fifteenth blind set"),
    "blind16": (blind16_cases, "sixteenth blind set"),
    "blind17": (blind17_cases, "seventeenth blind set"),
    "blind18": (blind18_cases, "eighteenth blind set"),
    "blind19": (blind19_cases, "nineteenth blind set"),
    "blind20": (blind20_cases, "twentieth blind set"),
    "blind21": (blind21_cases, "twenty-first blind set"),
    "blind22": (blind22_cases, "twenty-second blind set"),
}

# The order the report prints a kind's splits in.
_SPLITS = ("tune", "report", "fresh", *_BLIND_SETS, "both")


def _rate(hits: int, total: int) -> str:
    return f"{hits / total:.2f} ({hits}/{total})" if total else "—"


def report(title: str, outcomes: list[Outcome], show_misses: bool) -> None:
    print(f"\n== {title} ==")
    header = f"{'kind':<18}{'split':<8}{'catch':>14}{'false esc.':>14}{'unreadable esc.':>17}"
    print(header)
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[(outcome.case.kind, outcome.case.split)].append(outcome)
        groups[("ALL", outcome.case.split)].append(outcome)
        groups[("ALL", "both")].append(outcome)
    kinds = [*dict.fromkeys(o.case.kind for o in outcomes), "ALL"]
    for kind in kinds:
        for split in _SPLITS:
            group = groups.get((kind, split))
            if not group:
                continue
            planted = [o for o in group if o.case.planted]
            clean = [o for o in group if not o.case.planted and o.case.readable]
            unreadable = [o for o in group if not o.case.readable]
            print(
                f"{kind:<18}{split:<8}"
                f"{_rate(sum(o.escalated for o in planted), len(planted)):>14}"
                f"{_rate(sum(o.escalated for o in clean), len(clean)):>14}"
                f"{_rate(sum(o.escalated for o in unreadable), len(unreadable)):>17}"
            )
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for outcome in outcomes:
        group = (
            "planted"
            if outcome.case.planted
            else "clean"
            if outcome.case.readable
            else "unreadable"
        )
        for figure in outcome.figures.split(", "):
            tally[group][figure] += 1
    for group, counts in tally.items():
        shown = ", ".join(f"{name} {n}" for name, n in sorted(counts.items()))
        print(f"cited figures in {group} cases: {shown}")
    if show_misses:
        for outcome in outcomes:
            if outcome.escalated != outcome.case.must_escalate or "no citation" in outcome.figures:
                print(f"  MISS {outcome.case.name}: {outcome.figures} — {outcome.reason[:220]}")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--path", choices=("offline", "claude", "both"), default="both")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument(
        "--only", default="", help="run only the cases whose name contains this (to debug one)"
    )
    parser.add_argument(
        "--set",
        choices=("main", *_BLIND_SETS),
        default="main",
        help="main: the corpus and its rough set; blind, blind2 ... blind22: held-out sets, "
        "each tuned on only after its first, untuned run",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    if args.set.startswith("blind"):
        await _main_blind(args.path, args.show_misses, args.set, args.only)
        return
    all_cases = cases()
    rough = rough_cases()
    planted = sum(c.planted for c in all_cases)
    print(
        f"{len(all_cases)} cases: {planted} planted, "
        f"{sum(not c.planted and c.readable for c in all_cases)} clean with readable sources, "
        f"{sum(not c.readable for c in all_cases)} unreadable sources; "
        f"rough set (held-out templates): {len(rough)} cases, "
        f"{sum(c.planted for c in rough)} planted"
    )
    site = await _site(all_cases + rough).start()
    try:
        if args.path in ("offline", "both"):
            started = time.perf_counter()
            outcomes = await _run_all(all_cases, OfflineModel(), site)
            report(f"offline ({time.perf_counter() - started:.1f} s)", outcomes, args.show_misses)
            started = time.perf_counter()
            outcomes = await _run_all(rough, OfflineModel(), site)
            report(
                f"rough set, offline ({time.perf_counter() - started:.1f} s)",
                outcomes,
                args.show_misses,
            )
        if args.path in ("claude", "both"):
            async with FakeAnthropic() as fake:
                model = ClaudeModel(build_client(fake.api_key, base_url=fake.url))
                started = time.perf_counter()
                try:
                    outcomes = await _run_all(all_cases, model, site)
                    rough_outcomes = await _run_all(rough, model, site)
                finally:
                    await model.aclose()
                report(
                    f"Claude path, fake Messages API ({time.perf_counter() - started:.1f} s)",
                    outcomes,
                    args.show_misses,
                )
                report("rough set, Claude path", rough_outcomes, args.show_misses)
    finally:
        await site.close()


async def _main_blind(path: str, show_misses: bool, which: str, only: str = "") -> None:
    build, label = _BLIND_SETS[which]
    blind = [case for case in build() if only in case.name]
    print(
        f"{label} (tests/citation_{which}.py): {len(blind)} cases, "
        f"{sum(c.planted for c in blind)} planted, "
        f"{sum(not c.planted and c.readable for c in blind)} clean with readable sources, "
        f"{sum(not c.readable for c in blind)} unreadable sources"
    )
    site = await _site(blind).start()
    try:
        if path in ("offline", "both"):
            started = time.perf_counter()
            outcomes = await _run_all(blind, OfflineModel(), site)
            title = f"{label}, offline ({time.perf_counter() - started:.1f} s)"
            report(title, outcomes, show_misses)
        if path in ("claude", "both"):
            async with FakeAnthropic() as fake:
                model = ClaudeModel(build_client(fake.api_key, base_url=fake.url))
                started = time.perf_counter()
                try:
                    outcomes = await _run_all(blind, model, site)
                finally:
                    await model.aclose()
                elapsed = time.perf_counter() - started
                title = f"{label}, Claude path, fake Messages API ({elapsed:.1f} s)"
                report(title, outcomes, show_misses)
    finally:
        await site.close()


if __name__ == "__main__":
    asyncio.run(main())
