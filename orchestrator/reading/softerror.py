"""Pages that answer 200 but hold no source: "Sorry, something went wrong", a bot check, a
JavaScript shell. Such a page is *unreadable* (and says why), not a source where a figure was
"not found": nobody could check anything there.

Told apart from a short real release by what is left without the error's own lines: a
release has its figures (a three-line bulletin is a whole source), an error page has none.
Pure; run in the extraction worker with the rest of the document reading.
"""

from __future__ import annotations

import re

from orchestrator.figures import figures_in

__all__ = ["script_shell", "soft_error"]

# What error pages, bot walls and script shells say in place of content.
_ERROR_LINE = re.compile(
    r"something(?:'s| has)? (?:went|gone) wrong|an (?:unexpected )?error (?:has )?occurred"
    r"|(?:could ?n[o']t|can ?n[o']t|unable to|was unable to) (?:load|find|display|show) "
    r"(?:this|the|that) (?:page|content|document)"
    r"|page (?:you (?:requested|are looking for|were looking for) )?"
    r"(?:could not be|cannot be|can't be|was not|is not|isn't) (?:found|loaded|displayed|available)"
    r"|\bpage not found\b|\b404\b.{0,20}\bnot found\b|\bnot found\b.{0,20}\b404\b"
    r"|(?:please )?try again (?:later|in a (?:few )?(?:moment|minute)s?)"
    r"|(?:please )?(?:enable|turn on|switch on) javascript|javascript (?:is )?(?:required|disabled"
    r"|turned off|needs to be enabled)|needs? javascript to (?:run|work|be enabled)"
    r"|\baccess (?:is )?denied\b|\bforbidden\b|verify (?:that )?you are (?:a )?human"
    r"|checking (?:if the site connection is secure|your browser)|are you a robot"
    r"|service (?:is )?(?:temporarily )?unavailable|internal server error|\btoo many requests\b"
    r"|request (?:was |has been )?(?:blocked|rejected)|^\W*loading\W*$",
    re.IGNORECASE,
)
# A title that is nothing but an error.
_ERROR_TITLE = re.compile(
    r"^\W*(?:error|oops|sorry|404|500|503|not found|page not found|access denied|forbidden"
    r"|just a moment|attention required|service unavailable)\b.{0,30}$",
    re.IGNORECASE,
)
# Longer than this, a page is content with an error box somewhere, not an error page.
_MAX_WORDS = 150


def soft_error(title: str | None, text: str) -> str | None:
    """What a page shows instead of its content ("Sorry, something went wrong"), or None
    when it is a source — however short."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(text.split()) > _MAX_WORDS:
        return None
    errors = [line for line in lines if _ERROR_LINE.search(line)]
    titled = title is not None and bool(_ERROR_TITLE.match(title))
    if not errors and not titled:
        return None
    if any(_content_figures(line) for line in lines):
        return None  # a release with figures of its own that happens to say "try again"
    rest = [line for line in lines if line not in errors]
    if not errors and len(rest) > 2:
        return None  # an error title over more than a line or two of other words: a page
    shown = errors[0] if errors else (lines[0] if lines else title or "")
    return shown if len(shown) <= 120 else shown[:119].rstrip() + "…"


# An error page's own numbers: its status code, or an id to quote to support.
_STATUS_CODE = re.compile(r"[45]\d\d")
_ID_LINE = re.compile(r"\b(?:ray id|reference|ref|request id|incident|error code|code)\b", re.I)


def _content_figures(line: str) -> bool:
    if _ID_LINE.search(line):
        return False
    return any(
        not figure.is_year and not _STATUS_CODE.fullmatch(figure.text)
        for figure in figures_in(line)
    )


_SCRIPT = re.compile(rb"<script\b", re.IGNORECASE)


def script_shell(html: bytes) -> bool:
    """Whether an HTML page with no text is an app shell that shows content only by running
    scripts, which copydesk never does."""
    return bool(_SCRIPT.search(html))
