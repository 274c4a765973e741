"""What the offline model's three algorithms share: word lists (stopwords, words too generic
to tag, the page's boilerplate), a plural-folding stem, and an article's content words."""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = word_set(
    """a about above across after afterwards again against all almost alone along already also
    although always am among amongst an and another any anyhow anyone anything anyway anywhere
    are around as at back be became because become becomes becoming been before beforehand
    behind being below beside besides between beyond both but by can cannot could did do does
    doing done down due during each either else elsewhere enough etc even ever every everyone
    everything everywhere except few for former formerly from further get gets getting give
    given gives go goes going gone got had has have having he hence her here hereby herein
    hers herself him himself his how however i if in indeed into is it its itself just keep
    last latter least less like made make makes making many may me meanwhile might mine more
    moreover most mostly much must my myself namely neither never nevertheless next no nobody
    none nor not nothing now nowhere of off often on once one only onto or other others
    otherwise our ours ourselves out over own per perhaps put quite rather really said same
    say saying says see seem seemed seems several she should since so some somehow someone
    something sometime sometimes somewhere still such take than that the their theirs them
    themselves then thence there thereafter thereby therefore therein these they this those
    though through throughout thus to together too toward towards under until up upon us used
    using very via was we well were what whatever when whence whenever where whereas whether
    which while who whoever whole whom whose why will with within without would yet you your
    yours yourself yourselves
    told tells added adds asked according including include includes included across new
    first second third last next year years month months week weeks day days today yesterday
    tomorrow time times people thing things way ways lot lots part percent cent per mr mrs ms
    dr also around among two three four five six seven eight nine ten hundred thousand million
    billion trillion dozen want wants wanted know known think thought come came comes look
    looks looked went told tell use uses need needs needed says said according though since
    good great big small large little long high low able likely early late recent recently
    another other many much several whose despite amid"""
)
# Words that are true of nearly every news story, so they never make a useful tag.
GENERIC = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december company companies matter case cases
    minute minutes hour hours number numbers statement statements report reports reported
    story stories news article official officials percentage spokesperson spokesman
    spokeswoman comment comments end start place point points kind sort rose fell rise rises
    fall falls gain gains died bring brings show shows find finds found called"""
)

# Lines that belong to the page around an article, not to its story.
BOILERPLATE = (
    "sign up",
    "subscribe to",
    "subscribe now",
    "subscribe for",
    "newsletter",
    "cookie policy",
    "use cookies",
    "all rights reserved",
    "click here",
    "read more:",
    "follow us",
    "getty images",
    "photograph:",
    "photo:",
    "image:",
    "credit:",
    "(ap photo",
    "share this",
    "email us",
    "contact us",
    "terms of use",
    "terms of service",
    "privacy policy",
    "reporting by",
    "editing by",
    "additional reporting",
    "this story has been",
    "this article was",
    "this article has been",
    "©",
    "related:",
    "watch:",
    "download the app",
    "download our app",
    "log in to",
    "sign in to",
    "already a subscriber",
    "support our journalism",
    "support independent journalism",
    "for more news",
    "recommended for you",
    "most read",
    "you may also like",
)

ENDS_LIKE_A_SENTENCE_RE = re.compile(r"[.!?][\"”’)\]]*$")
STARTS_LIKE_A_SENTENCE_RE = re.compile(r"^[\"“‘(\[]?[A-Z0-9$£€]")
_LETTER = r"[^\W\d_]"
WORD_RE = re.compile(rf"{_LETTER}(?:{_LETTER}|['’-])*{_LETTER}|{_LETTER}")


def stem(word: str) -> str:
    # Just enough to fold plurals and possessives together; anything smarter is a dependency.
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    words = []
    for word in WORD_RE.findall(text):
        lowered = word.lower()
        if len(lowered) > 2 and lowered not in STOPWORDS:
            words.append(stem(lowered))
    return words


def is_boilerplate(sentence: str) -> bool:
    # Substring tests, not one big regex: this runs on every sentence of long articles.
    lowered = sentence.lower()
    return any(phrase in lowered for phrase in BOILERPLATE)
