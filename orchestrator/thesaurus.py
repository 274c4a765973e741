"""A copy editor's thesaurus of the things figures are cited for: the words a release and
a story use for the same measure ("jobless" and "unemployment", "net income" and "profit"),
by group. Not of any one text: a word goes in only when it names the same measure wherever
it is written. orchestrator/subjects.py reads a word in a group as the group's token, so
two words agree when a group has both. Pure data.
"""

from __future__ import annotations

__all__ = ["SAME_THING"]

# Words a release and a story use for the same measure, by group: a copy editor's thesaurus
# of the things figures are cited for, not of any one text. A word may be in more than one
# group ("price" is a deal's and a price index's); two words agree when a group has both.
_GROUPS = {
    # Statistics offices in Spanish, Portuguese and French publish in their own words:
    # "taxa de desocupação", "variación anual del IPC", "PIB", "taux de chômage".
    "unemployment": "unemployment jobless joblessness unemployed claimant desempleo"
    " desocupacion desocupacao chomage chomeur",
    "job": "job payroll hiring position role emploi",
    "employee": "employee staff worker employ people headcount workforce",
    "wage": "wage pay earning salary salaire",
    "population": "people person resident adult individual citizen inhabitant population habitant",
    "housing": "housing home house dwelling flat apartment",
    "rent": "rent rental",
    "pupil": "pupil student learner enrolment enrollment",
    "user": "user customer subscriber client",
    "spending": "spending spend spent expenditure outlay",
    "sale": "sale revenue turnover",
    "profit": "profit earning income",
    "deficit": "deficit shortfall overspend",
    "debt": "debt liability",
    "gdp": "gdp economy output pib",
    "inflation": "inflation cpi price ipc ipca ipch prix",
    "deal": "deal price buy purchase acquisition takeover consideration acquire bought",
    "saving": "saving synergy cut",  # a merger's "synergies" are the story's cost cuts
    "passenger": "passenger traveller traveler boarding rider trip journey ridership",
    "visitor": "visitor visit tourist attendance footfall guest",
    "offence": "offence offense crime",
    "patient": "patient admission",
    "death": "death fatality killed died dead deces",
    "injury": "injury injured casualty",
    # A network's "premises passed" are the story's "homes and businesses".
    "premise": "premise property home household",
    "car": "car vehicle",
    "vote": "vote voted voter ballot turnout",
    "emission": "emission co2 carbon",
    "collision": "collision crash struck accident",
    "graduate": "graduate postgraduate postgrad",
    "finisher": "finisher finish",
    "foreign": "foreign abroad overseas international",
    "poverty": "poverty poor",
    # Money migrants send home: a release's "remittance inflow", a story's "expatriates sent".
    "remittance": "remittance expatriate migrant diaspora transfert",
    "rain": "rain rainfall precipitation",
    # A tax authority's take: "collected ... in tax receipts", "recaudo bruto", "arrecadação".
    "collection": "collection collected collect receipt revenue recaudo recaudacion arrecadacao"
    " recette",
    "newbuild": "newly new-build newbuild new-built",
    "firm": "firm company enterprise business",
    "dose": "dose jab shot",
    # Government bonds by their market names: Japan's JGBs, Britain's gilts.
    "bond": "bond jgb gilt",
    "bankruptcy": "bankruptcy bankrupt insolvency insolvent",
    # A plane's or a train's seats filled: "load factor", "occupancy".
    "occupancy": "occupancy load seat",
    # Either sex as a table or a release names it: "Male", "men", "hommes".
    "male": "male men man homme",
    "female": "female women woman femme",
    "urban": "urban urbain",
    # Quebec's emergency rooms: "durée moyenne de séjour sur civière", a story's "average
    # stretcher stay"; England's "trolley waits".
    "average": "average moyenne promedio",
    "stay": "stay sejour",
    "stretcher": "stretcher civiere trolley gurney",
    # A Bundesbank tender in its own words: "Zuteilung" sold, "Bietungen" bids, "Rendite".
    "allotment": "allotment allotted sold zuteilung",
    "bid": "bid bietung bietungen gebot gebote",
    "yield": "yield rendite",
}
SAME_THING: dict[str, tuple[str, ...]] = {}
for _group, _members in _GROUPS.items():
    for _member in _members.split():
        SAME_THING[_member] = (*SAME_THING.get(_member, ()), "=" + _group)
