"""What a figure is about: the words around it, as a copy editor would weigh them.

A figure in an article and one in its source are "about the same thing" when the words that
say what they measure agree: the same words (stemmed: "Hospitals" is "hospital"), or the
words a release and a story use for the same measure ("jobless" and "unemployment", "net
income" and "profit"). And a count is about what it counts: the source's "2,460,000 bags"
is not the story's "2.46 million passengers", whatever else the two sentences share.

Pure and deterministic.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from orchestrator.demonyms import COUNTRY_OF
from orchestrator.money import CURRENCY_WORDS, code_of, compatible
from orchestrator.thesaurus import SAME_THING

__all__ = [
    "ACTORS",
    "MONTHS",
    "claim_clause",
    "claim_words",
    "context_words",
    "contrasted",
    "counted_thing",
    "falling",
    "figure_clause",
    "figure_words",
    "introduced_as_intended",
    "other_currency",
    "other_kind",
    "other_network",
    "other_region",
    "proper_names",
    "speaks_of_intent",
    "tokens",
]

# A word, or a mobile network's name ("4G", "5G"): the thing a data figure is about.
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*|(?<![\w.,])[2-6][Gg](?!\w)")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP = _words(
    """
    the a an and or but of to in on at for by with from as is was were are be been being has
    have had it its this that these those he she they we i you said says say according per
    cent percent percentage point points than then also about some which who whom whose what
    when where while into over under up down after before since until more less most least
    new year years last first this next not no nor so very just only both each all any other
    such own same can will would could should may might must do does did there their them
    his her our your my million billion trillion quadrillion thousand bn mn m k dollars dollar
    pounds pound euros euro usd gbp eur yen around nearly almost roughly some approximately rose
    fell rise fall grew grow increase increased decrease decreased dropped drop climbed
    declined gained lost up down compared figure figures total reported report shows show
    showed data
    across through between among within without via against toward towards onto upon
    beyond behind along despite
    account accounts release bulletin survey statement filing census result results study
    publication statistics document
    """
    # French releases' function words: "le taux de chômage s'établit à 7,4 % en 2025".
    """
    le la les de des du un une et ou en au aux pour par sur dans est sont ete etait ont avait
    se sa son ses leur leurs ce cette ces qui que dont plus moins entre selon apres avant
    depuis hausse baisse millions milliards mille euros
    """
)
# May is a month in a table's column head far more often than a verb in a source.
MONTHS = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec q1 q2 q3 q4 quarter
    """
)
_FALLING = _words(
    """
    fell fall falls falling dropped drop drops declined decline declines decreased decrease
    shrank shrink contracted contraction down lower lost loss minus negative slipped slip
    slips slid slide dipped dip eased ease retreated shed deficit deficits shortfall fewer
    narrowed narrower cut cuts reduced reduce reduces trimmed slashed lowered plunged
    tumbled sank
    """
)
WINDOW = 8  # words either side of a figure that say what it measures
# Who reports or spends a figure, not what it measures: "the company paid $7.45m in
# dividends" is not about the story's "the company's profit" for sharing "company".
ACTORS = _words(
    """
    company group firm business corporation council authority government city state office
    department ministry agency bureau board trust organisation organization charity school
    hospital university college club museum airport police bank league operator
    """
) | {"=firm"}  # the thesaurus's token for company, firm, enterprise, business


def _plain(word: str) -> str:
    """ "Montréal" is the story's "Montreal", "Zürich" its "Zurich"."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_ELISION = re.compile(r"^(?:l|d|s|qu|n|j|c)'(?=\w{3})")


def _stem(word: str) -> str:
    word = _plain(word.lower().replace("’", "'"))
    # French elision: "l'inflation" is inflation, "d'emplois" jobs.
    word = _ELISION.sub("", word)
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _verb_stem(stem: str) -> str:
    """ "called" is "call", "fitting" "fitt": the same on both sides, which is all a match
    needs (a word the thesaurus knows keeps its own form: "boarding" is not a "board")."""
    if len(stem) > 6 and stem.endswith("ing"):
        return stem[:-3]
    if len(stem) > 5 and stem.endswith("ed") and not stem.endswith("eed"):
        return stem[:-2]
    # "generation" is what was "generated", "electricity" what is "electric".
    if len(stem) > 7 and stem.endswith("ation"):
        return stem[:-3]
    if len(stem) > 7 and stem.endswith("icity"):
        return stem[:-3]
    return stem


_NEGATING = frozenset({"non", "anti"})


def _word_tokens(word: str) -> tuple[str, ...]:
    stem = _stem(word)
    if stem in SAME_THING:
        return SAME_THING[stem]
    if stem in COUNTRY_OF and stem == word:
        # "Belgian companies" are Belgium's; "Colombians resident abroad" are people.
        return (COUNTRY_OF[stem],)
    whole = (_verb_stem(stem),)
    if "-" not in stem and "_" not in stem:
        return whole
    if stem.split("-", 1)[0] in _NEGATING:
        return whole  # "non-profit" is not about profit, nor "non-food" about food
    # "call-outs" is about calls too, and a data file's "avg_monthly_data_GB" about each word.
    parts = [part for part in re.split(r"[-_]", stem) if len(part) > 2 and part not in STOP]
    return whole + tuple(token for part in parts for token in _word_tokens(part))


_MARKS_TO_SPACE = str.maketrans(dict.fromkeys("¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§", " "))


def tokens(text: str) -> list[tuple[int, str]]:
    """(offset, token) for the words of ``text`` that can say what a figure is about."""
    found: list[tuple[int, str]] = []
    # A footnote's mark is no part of the word it follows ("Renewables²", "total¹"): a
    # space in its place keeps every offset where it was.
    for match in _WORD_RE.finditer(text.translate(_MARKS_TO_SPACE)):
        word = match[0].lower()
        if word in MONTHS:
            found.append((match.start(), word))
        elif word not in STOP and len(word) > 1:
            found.extend((match.start(), token) for token in _word_tokens(word))
    return found


def context_words(text: str, at: int | None = None) -> frozenset[str]:
    """The words around offset ``at`` of ``text`` (all of them when ``at`` is None)."""
    found = tokens(text)
    if at is None:
        return frozenset(word for _, word in found)
    before = [word for offset, word in found if offset < at][-WINDOW:]
    after = [word for offset, word in found if offset > at][:WINDOW]
    return frozenset(before + after)


# Where one figure's clause ends and the next one's begins, between two figures of a sentence.
_CLAUSE_BREAK_RE = re.compile(
    r",\s*(?:and|but|while|whereas)\b|[,;:]|\s(?:and|but|while|whereas)\s"
)
# A clause that only says how the figure before it changed: "67.7 million passenger
# movements in 2025, up 5.3 per cent from 2024" — the 5.3 is the movements' change, so it
# keeps their words; "an increase of 9.9%" likewise.
_CHANGE_LEAD_RE = re.compile(
    r"\s*(?:(?:an?|the)\s+)?(?:(?:annual|yearly|year-on-year|monthly)\s+)?"
    r"(?:up|down|rising|falling|rose|fell|increas\w*|decreas\w*|grow\w*|gain\w*|drop\w*"
    r"|declin\w*|rise|fall|jump\w*|climb\w*|slid\w*|dipp\w*)\b(?:\s+(?:of|by))?\s*$",
    re.IGNORECASE,
)


def _changes_the_one_before(text: str, cut_end: int, start: int, end: int) -> bool:
    # "... declared bankrupt in Belgium, 8.2% more than in April 2025": the change of the
    # count before it, said after the figure.
    return (
        _CHANGE_LEAD_RE.match(text[cut_end:start]) is not None
        or _CHANGE_TAIL_RE.match(text[end:]) is not None
    )


_CHANGE_TAIL_RE = re.compile(
    r"\s*(?:more|less|fewer|higher|lower)\s+than\b|\s*(?:up|down)\s+(?:on|from)\b",
    re.IGNORECASE,
)


def figure_words(text: str, spans: Sequence[tuple[int, int]], index: int) -> frozenset[str]:
    """What the figure at ``spans[index]`` of a sentence with several figures measures.

    "There were 112 collisions between trams and road vehicles in 2024, and 37 collisions
    with pedestrians": a clause break between two figures keeps each one's words to itself
    (the 37 is not about road vehicles). The words before the previous figure are the
    sentence's lead, shared by both ("8.9GB on 4G and 15.3GB on 5G" are both "average
    monthly data use"; in "93.47 million registered voters, a turnout of 26.7 per cent" the
    turnout is the election's too). Without a break, as context_words: the words either side.
    """
    start, end = spans[index]
    found = tokens(text)
    before = [word for offset, word in found if offset < start]
    after = [word for offset, word in found if offset > start]
    if index > 0:
        previous_start, previous_end = spans[index - 1]
        # "level 3 (considerable) or higher: 38": what a colon follows labels the figure
        # after it too, so a colon ends the earlier figure's words, not the later one's.
        cut = _last_break(text, previous_end, start, colon=False)
        if cut is not None and not _changes_the_one_before(text, cut[1], start, end):
            shared = [word for offset, word in found if offset < previous_start]
            before = shared + [word for offset, word in found if cut[1] <= offset < start]
    if index + 1 < len(spans):
        cut = _last_break(text, end, spans[index + 1][0])
        bracket = text.find("(", end, spans[index + 1][0])
        if cut is not None:
            after = [word for offset, word in found if end <= offset < cut[0]]
        elif bracket >= 0:
            # "67.8 years (women 70.1, men 65.6)": the bracket's labels are its own figures'.
            after = [word for offset, word in found if end <= offset < bracket]
    return frozenset(before[-WINDOW:] + after[:WINDOW])


def figure_clause(text: str, spans: Sequence[tuple[int, int]], index: int) -> str:
    """The clause of a sentence with several figures that the figure at ``spans[index]``
    stands in: "Headline inflation eased to 22.22%" out of "...; food inflation stood at
    21.97%", so that food inflation does not make the headline figure another measure."""
    start, end = 0, len(text)
    if index > 0:
        cut = _last_break(text, spans[index - 1][1], spans[index][0])
        if cut is not None and not _changes_the_one_before(
            text, cut[1], spans[index][0], spans[index][1]
        ):
            start = cut[1]
    if index + 1 < len(spans):
        cut = _last_break(text, spans[index][1], spans[index + 1][0])
        end = cut[0] if cut is not None else end
    return text[start:end]


def _last_break(text: str, start: int, end: int, *, colon: bool = True) -> tuple[int, int] | None:
    """The clause break between two figures: the last punctuated one, else the last "and";
    but a bare "and" right after the earlier figure and its unit is that figure's end, not a
    later "and" inside the next one's subject ("rose 11.3 percent and local authority rates
    and payments 8.8 percent")."""
    found = [
        match for match in _CLAUSE_BREAK_RE.finditer(text, start, end) if colon or match[0] != ":"
    ]
    if not found:
        return None
    punctuated = [match for match in found if re.search(r"[,;:]", match[0])]
    if punctuated:
        chosen = punctuated[-1]
    elif _ONLY_UNIT.fullmatch(text[start : found[0].start()]):
        chosen = found[0]
    else:
        chosen = found[-1]
    return (chosen.start(), chosen.end())


# What may stand between a figure and the "and" that ends its clause: its unit.
_ONLY_UNIT = re.compile(
    r"\s*(?:%|per\s?cent|percent|pc|(?:percentage\s+)?points?|pp|bps?|basis\s+points)?\s*",
    re.IGNORECASE,
)


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause of the figure at ``text[start:end]`` ends: at the next clause break,
    past the comma that closes a figure set off by commas ("nine in ten two-year-olds in
    Wales, 92.2 per cent, had their first MMR jab": the jab is the figure's)."""
    stop = _CLAUSE_BREAK_RE.search(text, end)
    if (
        stop is not None
        and stop[0].strip() == ","
        and text[:start].rstrip().endswith(",")
        and _ONLY_UNIT.fullmatch(text[end : stop.start()])
    ):
        stop = _CLAUSE_BREAK_RE.search(text, stop.end())
    return stop.start() if stop is not None else len(text)


def claim_clause(text: str, start: int, end: int) -> str:
    """The article's words that claim_words reads for the figure at ``text[start:end]``:
    from the clause break before it (or its sentence's start) to the break after it."""
    limit = _clause_end(text, start, end)
    begin = max(text.rfind(". ", 0, start) + 1, 0)
    return text[begin:limit]


def claim_words(text: str, start: int, end: int) -> frozenset[str]:
    """What the article's figure at ``text[start:end]`` is about: the words before it, and
    after it up to the end of its clause ("collected N312.6bn in the first quarter, beating
    its target" is about the collection, not the target)."""
    limit = _clause_end(text, start, end)
    found = tokens(text)
    before = [word for offset, word in found if offset < start][-WINDOW:]
    after = [word for offset, word in found if end <= offset < limit][:WINDOW]
    return frozenset(before + after)


def falling(text: str) -> bool:
    return any(word in _FALLING for word in (m[0].lower() for m in _WORD_RE.finditer(text)))


# After a count, the word that says what it counts: "2,460,000 bags", "48,300 calls", "7,600
# patients". Only a word written right after the figure: "4,200 in May" counts nothing.
def counted_thing(text: str, end: int) -> frozenset[str] | None:
    """The tokens of what the count ending at ``end`` of ``text`` counts, or None."""
    first = _WORD_RE.match(text, end + 1) if text[end : end + 1] == " " else None
    if first is None or first[0].lower() in STOP or first[0].lower() in MONTHS:
        return None
    if not first[0][:1].islower():
        return None  # "4,200 Londoners" or a sentence's next word: not read as a noun
    words = [first[0]]
    gap = text[first.end() : first.end() + 1] == " "
    second = _WORD_RE.match(text, first.end() + 1) if gap else None
    if second is not None and second[0].lower() not in STOP and second[0][:1].islower():
        words.append(second[0])  # "2,460,000 international passengers": either may be it
    elif second is not None and second[0].lower() == "of":
        # "5.6 billion pieces of mail" counts mail too: the story's "items of mail".
        third = _WORD_RE.match(text, second.end() + 1)
        if third is not None and third[0].lower() not in STOP and third[0][:1].islower():
            words.append(third[0])
    return frozenset(token for word in words for token in _word_tokens(word.lower()))


# Words that narrow a measure without making it another one: "net borrowing" is the story's
# "government borrowing", "average weekly earnings" its "average pay".
_NEUTRAL = _words(
    """
    net gross total average mean median annual annualised annualized monthly weekly
    quarterly yearly daily overall headline real nominal seasonally adjusted public private
    sector government national local regional core underlying basic provisional revised
    estimated current latest official recorded registered main
    """
)


def _qualifiers(text: str) -> dict[str, frozenset[str]]:
    """For each token of ``text``: the tokens of the word right before it that narrow it
    ("Tram" in "Tram ridership"), when that word is a plain noun or adjective."""
    found: dict[str, set[str]] = {}
    previous: re.Match[str] | None = None
    for match in _WORD_RE.finditer(text):
        word = match[0]
        lower = word.lower()
        if lower not in STOP and lower not in MONTHS and len(lower) > 1 and previous is not None:
            qualifier = previous[0]
            q_lower = qualifier.lower()
            adjacent = text[previous.end() : match.start()] == " "
            # A name ("Acme's revenue") says whose, not which measure; the sentence's first
            # word is capitalised whatever it is.
            name = qualifier[:1].isupper() and text[: previous.start()].strip() != ""
            if (
                adjacent
                and not name
                and q_lower not in STOP | MONTHS | ACTORS | _NEUTRAL
                and not q_lower.endswith(("'s", "’s"))
            ):
                for token in _word_tokens(lower):
                    found.setdefault(token, set()).update(_word_tokens(q_lower))
        previous = match
    return {token: frozenset(q) for token, q in found.items()}


_COUNTRIES = frozenset(COUNTRY_OF.values())


def contrasted(claim: str, source: str, shared: frozenset[str]) -> bool:
    """Whether every shared word names another kind of the thing in each text: the story's
    "Bus ridership" and the source's "Tram ridership", "Fuel duty" and "Alcohol duty"."""
    if not shared:
        return False
    in_claim, in_source = _qualifiers(claim), _qualifiers(source)
    claim_words, source_words = context_words(claim), context_words(source)
    for token in shared:
        # A country is where, not a kind: "Austrian inflation" is the "consumer price" one.
        mine = (in_claim.get(token) or frozenset()) - _COUNTRIES
        theirs = (in_source.get(token) or frozenset()) - _COUNTRIES
        if not mine or not theirs or mine & theirs:
            return False
        if theirs & claim_words or mine & source_words:
            return False  # the story names the source's kind too, or the other way round
    return True


# Kinds that exclude each other: a figure for primary schools is not one for secondary
# schools, whatever else the two sentences share ("812 children ... first-choice school").
_OPPOSED = (
    ("primary", "secondary"),
    ("domestic", "=foreign"),  # "international", "foreign", "abroad", "overseas"
    ("undergraduate", "=graduate"),
    ("=male", "=female"),  # men, male, hommes; women, female, femmes
    ("boy", "girl"),
    ("=urban", "rural"),
    ("full-time", "part-time"),
    ("inbound", "outbound"),
    ("import", "export"),
    ("residential", "commercial"),
    ("arrival", "departure"),
    # Stages of the same pipeline: housing starts are not permits, nor completions.
    ("start", "permit"),
    ("start", "completion"),
    ("permit", "completion"),
    ("second-hand", "=newbuild"),
    (
        "=death",
        "=injury",
    ),  # killed, not seriously injured  # homes: "newly built" prices are not second-hand ones
)


_GENERATION_RE = re.compile(r"[2-6]g")

# A country's regions by the compass, as English and its statistics offices write them:
# the story's "Southeast" is the data's "Sudeste", not its "Nordeste".
_COMPASS = {
    **{word: word.replace("-", "") for word in ("north", "south", "east", "west", "central")},
    **{
        word: word.replace("-", "")
        for word in ("north-east", "north-west", "south-east", "south-west")
    },
    **{word: word for word in ("northeast", "northwest", "southeast", "southwest")},
    "norte": "north",
    "sul": "south",
    "sur": "south",
    "leste": "east",
    "oeste": "west",
    "nordeste": "northeast",
    "noreste": "northeast",
    "noroeste": "northwest",
    "sudeste": "southeast",
    "sureste": "southeast",
    "sudoeste": "southwest",
    "suroeste": "southwest",
    "centro": "central",
    "centre": "central",
    "center": "central",
    "centro-oeste": "centralwest",
    "centre-west": "centralwest",
    "midwest": "centralwest",
}


# A capitalised word inside a sentence: a place or a body the figure belongs to ("Campania",
# "Larissa"), not the sentence's first word.
_NAME_RE = re.compile(r"(?<![.!?:]\s)(?<!^)(?<![A-Za-z])([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b")


def proper_names(text: str) -> frozenset[str]:
    """The names a sentence gives (lower-cased), months and weekdays aside."""
    return frozenset(
        COUNTRY_OF.get(name.lower(), name.lower())
        for name in _NAME_RE.findall(text)
        if name.lower() not in MONTHS | STOP
    )


_MONEY_NAMED = re.compile(rf"{CURRENCY_WORDS}|(?<![A-Za-z])(?:US\$|\$|£|€|¥|₹|Rs\.?)(?![A-Za-z])")


def other_currency(claim: str, source: str) -> bool:
    """Whether a percentage's sentence names its money in another currency than the
    story's: "rose 13.1% in rupee terms" is not the release's "in US dollar terms"."""
    mine = {code_of(found[0]) for found in _MONEY_NAMED.finditer(claim)} - {None}
    theirs = {code_of(found[0]) for found in _MONEY_NAMED.finditer(source)} - {None}
    if not mine or not theirs:
        return False
    return not any(compatible(a, b) for a in mine for b in theirs if a and b)


def other_region(claim_words: frozenset[str], place_words: frozenset[str]) -> bool:
    """Whether a table row names another compass region than the story's figure does: the
    data's "Nordeste" row is not the story's "Brazil's Southeast"."""
    mine = {_COMPASS[word] for word in claim_words if word in _COMPASS}
    theirs = {_COMPASS[word] for word in place_words if word in _COMPASS}
    return bool(mine and theirs and not mine & theirs)


def other_network(claim_words: frozenset[str], place_words: frozenset[str]) -> bool:
    """Whether the figure's own words name another mobile network than the story's: the
    source's "8.9GB on 4G" is not the story's "customers on 5G"."""
    mine = {word for word in claim_words if _GENERATION_RE.fullmatch(word)}
    theirs = {word for word in place_words if _GENERATION_RE.fullmatch(word)}
    return bool(mine and theirs and not mine & theirs)


# A figure planned, not done: the source's "against a target of ₦298.0 billion" is not the
# story's "collected N298bn" unless the story speaks of a target too. Only a figure the word
# introduces: "1,126 homes were completed, exceeding the target" reports an outcome.
_INTENDED = frozenset(
    {"target", "forecast", "projection", "goal", "expect", "projected", "flash", "estimate"}
)
_INTENDED_BEFORE = re.compile(
    r"\b(?:target|forecast|projection|goal|projected|expected|budgeted|planned"
    # An estimate the figure revises ("3.2% (flash estimate: 3.1%)") is not the outcome.
    r"|(?:flash|advance|preliminary)\s+estimate)"
    r"(?:\s+(?:of|was|is|at|for|to\s+be))*\s*:?\s*(?:[^\w\s]{1,3}\s?)?$"
    # "Provincial target for admitted patients: 8 hours"
    r"|\b(?:target|goal|forecast)\s+(?:for|of)\s+[^.:;]{1,40}:\s*$",
    re.IGNORECASE,
)


def introduced_as_intended(text_before: str) -> bool:
    """Whether the words right before a figure make it a target or a forecast."""
    return _INTENDED_BEFORE.search(text_before[-48:]) is not None


def speaks_of_intent(claim_words: frozenset[str]) -> bool:
    return bool(claim_words & _INTENDED)


def other_kind(claim_words: frozenset[str], source_words: frozenset[str]) -> bool:
    """Whether the source's sentence names the opposite kind of the claim's thing (and not
    the claim's kind too): "secondary school" in the story, "primary school" in the source."""
    for one, other in _OPPOSED:
        for mine, theirs in ((one, other), (other, one)):
            named = mine in claim_words and theirs in source_words
            if named and theirs not in claim_words and mine not in source_words:
                return True
    return False
