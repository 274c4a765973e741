"""A fake of Anthropic's Messages API, served over HTTP for the real `anthropic` SDK to call.

`FakeAnthropic` listens on 127.0.0.1, port 0, and answers `POST /v1/messages` the way the real
API does: the same response and error shapes, the same headers that matter (`request-id`,
`retry-after`), and usage that behaves like the real thing:

* input tokens are counted from the request (about 4 characters a token) over tools, system and
  messages, in the order the API renders them;
* prompt caching: every `cache_control` breakpoint names the prefix up to it. A live prefix is
  reported as `cache_read_input_tokens`, a new one as `cache_creation_input_tokens`, and what
  follows the last breakpoint as `input_tokens`, under the real cache's rules (see `RULES`
  below): a minimum cacheable length per model family, a lifetime of 5 minutes refreshed on
  every read (1 hour with `ttl: "1h"`), a write readable only once its reply is sent (so
  concurrent first requests are both writes), and a prefix ending inside the messages also
  depends on `tool_choice`;
* the model that answered: an alias is answered with the dated snapshot id it resolves to;
* the limits: a prompt over the context window is a 400 "prompt is too long", an answer over
  `max_tokens` is cut off with `stop_reason: "max_tokens"`.

Replies are tool calls. `script(tool, ...)` queues inputs for a tool; without a script a default
handler answers validly by reading the request (sentences of the `<article>` for a summary,
verdicts by whether each claim's quote is in the article, frequent words for tags), so a whole
pipeline can run on the fake unscripted. `inject(...)` queues faults: error statuses with the
real error bodies, `retry-after`, and slow replies. `misbehave(...)` queues the mistakes real
models make (`MISBEHAVIOURS`). `advance(seconds)` moves the fake's clock (the cache's). Every
request body is kept in `requests`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import math
import re
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

JSON = dict[str, Any]

CHARS_PER_TOKEN = 4

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    502: "api_error",
    503: "api_error",
    504: "timeout_error",
    529: "overloaded_error",
}
_ERROR_MESSAGES = {
    401: "invalid x-api-key",
    429: "Number of request tokens has exceeded your per-minute rate limit",
    500: "Internal server error",
    529: "Overloaded",
}

# Models that answer a forced tool choice with a 400, as the real API does.
FORCING_REFUSED = frozenset({"claude-sonnet-5-5", "claude-opus-5-5", "claude-fable-5-1"})


# -- RULES: what the real API does, in one place ------------------------------------------------
# Each follows Anthropic's documentation: "Prompt caching"
# (https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching), "Models overview"
# (https://docs.anthropic.com/en/docs/about-claude/models/overview: aliases point to dated
# snapshots, and a response's `model` is the snapshot that served it), "Handling stop reasons"
# (https://docs.anthropic.com/en/api/handling-stop-reasons: max_tokens, refusal,
# model_context_window_exceeded) and "Errors" (https://docs.anthropic.com/en/api/errors).

# Aliases and the dated snapshot each resolves to. A dated id is answered as itself; a name
# that is neither is a 404 not_found_error, as on the real API.
SNAPSHOTS = {
    "claude-fable-5-2": "claude-fable-5-2-20261015",
    "claude-mythos-5-2": "claude-mythos-5-2-20261015",
    "claude-fable-5-1": "claude-fable-5-1-20260812",
    "claude-mythos-5-1": "claude-mythos-5-1-20260812",
    "claude-fable-5": "claude-fable-5-20260520",
    "claude-mythos-5": "claude-mythos-5-20260520",
    "claude-opus-5-5": "claude-opus-5-5-20260924",
    "claude-opus-5": "claude-opus-5-20260304",
    "claude-opus-4-8": "claude-opus-4-8-20260115",
    "claude-opus-4-7": "claude-opus-4-7-20251210",
    "claude-opus-4-6": "claude-opus-4-6-20251120",
    "claude-opus-4-5": "claude-opus-4-5-20251101",
    "claude-sonnet-5-5": "claude-sonnet-5-5-20260929",
    "claude-sonnet-5": "claude-sonnet-5-20260304",
    "claude-sonnet-4-6": "claude-sonnet-4-6-20251120",
    "claude-sonnet-4-5": "claude-sonnet-4-5-20250929",
    "claude-haiku-5-5": "claude-haiku-5-5-20260929",
    "claude-haiku-4-5": "claude-haiku-4-5-20251001",
}
_DATED = re.compile(r"^(?P<alias>.+)-\d{8}$")

# The shortest prefix each family caches ("Cache limitations"); a shorter one is processed
# without caching, with no error: neither written nor read. 4.x figures are the documented
# ones; for the 5.x families the published tables disagree, and the largest figure seen for a
# family is used here, so the fake never caches what the real API might not.
MIN_CACHEABLE_TOKENS = (
    (re.compile(r"^claude-haiku-(4-5|5)"), 4096),
    (re.compile(r"^claude-opus-(4-5|4-6|4-7)"), 4096),
    (re.compile(r"^claude-(fable|mythos)-5"), 2048),
    (re.compile(r"^claude-sonnet-4-6"), 2048),
    (re.compile(r"^claude-haiku-3"), 2048),
)
DEFAULT_MIN_CACHEABLE_TOKENS = 1024  # Sonnet 4, 4.5, 5, 5.5; Opus 4, 4.1, 4.8, 5, 5.5

# A cache entry lives this long after it was written or last read; `ttl: "1h"` asks for longer.
CACHE_TTL_SECONDS = {"5m": 300.0, "1h": 3600.0}

CONTEXT_WINDOW_TOKENS = 200_000

# Mistakes real models make, queued with `misbehave(kind)`:
MISBEHAVIOURS = frozenset(
    {
        "wrong_tool",  # calls another of the request's tools (with that tool's answer)
        "duplicate_index",  # record_checks: the first claim's verdict twice
        "out_of_range_index",  # record_checks: a verdict for a claim that does not exist
        "refusal",  # stop_reason "refusal", no tool call
        "context_window_exceeded",  # stop_reason "model_context_window_exceeded", cut short
    }
)


def served_model(requested: str) -> str | None:
    """The id the API answers with: an alias's snapshot, a dated id itself, None if unknown."""
    if requested in SNAPSHOTS:
        return SNAPSHOTS[requested]
    dated = _DATED.match(requested)
    if dated and dated.group("alias") in SNAPSHOTS:
        return requested
    return None


def min_cacheable_tokens(model: str) -> int:
    for family, tokens in MIN_CACHEABLE_TOKENS:
        if family.match(model):
            return tokens
    return DEFAULT_MIN_CACHEABLE_TOKENS


_STOPWORDS = frozenset(
    {
        "about",
        "above",
        "after",
        "again",
        "against",
        "because",
        "before",
        "being",
        "below",
        "between",
        "could",
        "during",
        "further",
        "having",
        "other",
        "should",
        "their",
        "there",
        "these",
        "those",
        "through",
        "under",
        "until",
        "which",
        "while",
        "would",
        "where",
        "whose",
        "article",
        "said",
        "says",
        "according",
    }
)


@dataclass
class RawReply:
    """A reply with hand-made content blocks (e.g. text only, no tool call)."""

    content: list[JSON]
    stop_reason: str = "end_turn"


# A scripted reply: the tool input as a dict, a function of the request body that returns it,
# or a `RawReply` for a reply that is not a plain tool call.
Scripted = JSON | Callable[[JSON], JSON] | RawReply


@dataclass
class Fault:
    status: int | None  # None: a slow but good reply
    retry_after: str | None = None
    delay: float = 0.0
    error_type: str | None = None
    message: str | None = None
    # A body that is not the API's JSON (a proxy's HTML page), sent as text/html.
    page: str | None = None


@dataclass
class _Cache:
    # prefix key -> (when it expires on the fake's clock, its lifetime in seconds)
    entries: dict[str, tuple[float, float]] = field(default_factory=dict)

    def live(self, key: str, now: float) -> bool:
        entry = self.entries.get(key)
        return entry is not None and entry[0] > now


class FakeAnthropic:
    """The Messages API on a loopback port. Use `async with FakeAnthropic() as fake:`."""

    def __init__(
        self,
        *,
        api_key: str = "test",
        forcing_refused: frozenset[str] = FORCING_REFUSED,
        latency: float = 0.0,
    ) -> None:
        self.api_key = api_key
        self.forcing_refused = forcing_refused
        # How long a reply takes to begin. A cache write becomes readable only once its reply
        # is sent, so requests that arrive within this of each other all write.
        self.latency = latency
        self._clock_offset = 0.0
        self._misbehaviours: deque[str] = deque()
        self.requests: list[JSON] = []
        self.headers: list[dict[str, str]] = []
        self.responses: list[JSON] = []  # the messages answered (errors not included)
        self._scripts: defaultdict[str, deque[Scripted]] = defaultdict(deque)
        self._faults: deque[Fault] = deque()
        self._cache = _Cache()
        self._ids = itertools.count(1)
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def __aenter__(self) -> FakeAnthropic:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/v1/messages", self._messages)
        # Cancel a handler whose client hung up (a timed-out call) instead of finishing it.
        self._runner = web.AppRunner(app, handler_cancellation=True, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"

    async def close(self) -> None:
        self._closing.set()  # wakes slow replies so shutdown does not wait for them
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- scripting ---------------------------------------------------------------------------

    def script(self, tool: str, *replies: Scripted) -> None:
        """Queue replies for calls answered with `tool`, used in order before the default."""
        self._scripts[tool].extend(replies)

    def inject(
        self,
        status: int | None = None,
        *,
        times: int = 1,
        retry_after: float | str | None = None,
        delay: float = 0.0,
        error_type: str | None = None,
        message: str | None = None,
        page: str | None = None,
    ) -> None:
        """Make the next `times` requests fail with `status` (or, with no status, be slow).
        `page`: answer with this HTML instead of the API's JSON, as a proxy in front of it
        does (with status 200 too)."""
        fault = Fault(
            status=status,
            retry_after=None if retry_after is None else _header_number(retry_after),
            delay=delay,
            error_type=error_type,
            message=message,
            page=page,
        )
        self._faults.extend(fault for _ in range(times))

    def misbehave(self, kind: str, *, times: int = 1) -> None:
        """Make the next `times` answers make the mistake `kind` (one of `MISBEHAVIOURS`)."""
        if kind not in MISBEHAVIOURS:
            raise ValueError(f"unknown misbehaviour {kind!r}; one of {sorted(MISBEHAVIOURS)}")
        self._misbehaviours.extend(kind for _ in range(times))

    def advance(self, seconds: float) -> None:
        """Move the fake's clock on: cache entries not read meanwhile expire."""
        self._clock_offset += seconds

    def now(self) -> float:
        return time.monotonic() + self._clock_offset

    # -- the endpoint ------------------------------------------------------------------------

    async def _messages(self, request: web.Request) -> web.Response:
        number = next(self._ids)
        try:
            body: JSON = await request.json()
        except json.JSONDecodeError:
            return _error(400, "invalid_request_error", "request body is not JSON", number)
        self.requests.append(body)
        self.headers.append(dict(request.headers))

        # The real API takes the key as x-api-key; anthropic 2.x sends it as a bearer token.
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if self.api_key not in (request.headers.get("x-api-key"), bearer):
            return _error(401, "authentication_error", "invalid x-api-key", number)
        problem = _invalid(body, self.forcing_refused)
        if problem:
            return _error(400, "invalid_request_error", problem, number)

        if self._faults:
            fault = self._faults.popleft()
            if fault.delay:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._closing.wait(), timeout=fault.delay)
            headers = {"retry-after": fault.retry_after} if fault.retry_after else {}
            if fault.page is not None:
                return web.Response(
                    text=fault.page,
                    status=fault.status or 200,
                    content_type="text/html",
                    headers=headers,
                )
            if fault.status is not None:
                return _error(
                    fault.status,
                    fault.error_type or _ERROR_TYPES.get(fault.status, "api_error"),
                    fault.message or _ERROR_MESSAGES.get(fault.status, "Error"),
                    number,
                    headers,
                )

        model = served_model(str(body["model"]))
        if model is None:
            return _error(404, "not_found_error", f"model: {body['model']}", number)
        prompt = sum(tokens for _, tokens, _ in _render(body))
        if prompt > CONTEXT_WINDOW_TOKENS:
            return _error(
                400,
                "invalid_request_error",
                f"prompt is too long: {prompt} tokens > {CONTEXT_WINDOW_TOKENS} maximum",
                number,
            )

        usage, writes = self._count_input(body, model)
        if self.latency:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), timeout=self.latency)
        tool = _tool_to_answer(body)
        content, stop_reason = self._answer(tool, body, number)
        output_tokens = _tokens(json.dumps(content))
        if stop_reason == "tool_use" and output_tokens > int(body["max_tokens"]):
            # Cut off mid-answer: the tool call is there, its input incomplete.
            content = [{**content[0], "input": {}}]
            stop_reason, output_tokens = "max_tokens", int(body["max_tokens"])
        message = {
            "id": f"msg_fake_{number:04d}",
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": content,
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "usage": {**usage, "output_tokens": output_tokens, "service_tier": "standard"},
        }
        # The reply begins: what it wrote to the cache can be read from now on.
        now = self.now()
        for key, ttl in writes:
            self._cache.entries[key] = (now + ttl, ttl)
        self.responses.append(message)
        return web.json_response(message, headers={"request-id": f"req_fake_{number:04d}"})

    def _answer(self, tool: str, body: JSON, number: int) -> tuple[list[JSON], str]:
        misbehaviour = self._misbehaviours.popleft() if self._misbehaviours else None
        if misbehaviour == "refusal":
            return [], "refusal"
        if misbehaviour == "wrong_tool":
            others = [t["name"] for t in body.get("tools") or [] if t["name"] != tool]
            if others:
                tool = others[0]
        reply = self._reply_for(tool, body)
        if isinstance(reply, RawReply):
            return reply.content, reply.stop_reason
        if misbehaviour in ("duplicate_index", "out_of_range_index") and reply.get("checks"):
            checks = list(reply["checks"])
            if misbehaviour == "duplicate_index":
                checks.append(dict(checks[0]))
            else:
                checks.append({**checks[0], "index": max(c["index"] for c in checks) + 1})
            reply = {**reply, "checks": checks}
        content = [
            {"type": "tool_use", "id": f"toolu_fake_{number:04d}", "name": tool, "input": reply}
        ]
        if misbehaviour == "context_window_exceeded":
            return [{**content[0], "input": {}}], "model_context_window_exceeded"
        return content, "tool_use"

    def _reply_for(self, tool: str, body: JSON) -> JSON | RawReply:
        queue = self._scripts.get(tool)
        if queue:
            scripted = queue.popleft()
            if isinstance(scripted, RawReply | dict):
                return scripted
            return scripted(body)
        return default_input(tool, body)

    def _count_input(self, body: JSON, model: str) -> tuple[JSON, list[tuple[str, float]]]:
        """Usage for the prompt (what came from the cache, what was written to it, the rest),
        and the writes to make once the reply begins: (prefix key, lifetime)."""
        pieces = _render(body)
        cumulative = list(itertools.accumulate(tokens for _, tokens, _ in pieces))
        total = cumulative[-1] if cumulative else 0
        smallest = min_cacheable_tokens(model)
        keys: dict[int, tuple[str, float]] = {}
        # The cache is per model: a snapshot's entries are its own.
        digest = hashlib.sha256(model.encode())
        choice = json.dumps(body.get("tool_choice"), sort_keys=True)
        for i, (text, _, breakpoint) in enumerate(pieces):
            digest.update(text.encode())
            if breakpoint and cumulative[i] >= smallest:
                key = digest.copy()
                if text.startswith("message:"):
                    # Cached message blocks depend on tool_choice, as on the real API.
                    key.update(choice.encode())
                keys[i] = (key.hexdigest(), CACHE_TTL_SECONDS[breakpoint])
        now = self.now()
        read_upto = 0
        hit = -1
        for i in sorted(keys, reverse=True):
            key, ttl = keys[i]
            if self._cache.live(key, now):
                read_upto, hit = cumulative[i], i
                # A read refreshes the entry's lifetime (the longer of its own and the asked).
                lifetime = max(ttl, self._cache.entries[key][1])
                self._cache.entries[key] = (now + lifetime, lifetime)
                break
        written_upto = read_upto
        writes: list[tuple[str, float]] = []
        written = {"5m": 0, "1h": 0}
        for i in sorted(keys):
            if i > hit:
                key, ttl = keys[i]
                writes.append((key, ttl))
                written["1h" if ttl > CACHE_TTL_SECONDS["5m"] else "5m"] += (
                    cumulative[i] - written_upto
                )
                written_upto = cumulative[i]
        return (
            {
                "input_tokens": total - written_upto,
                "cache_creation_input_tokens": written_upto - read_upto,
                "cache_read_input_tokens": read_upto,
                "cache_creation": {
                    "ephemeral_5m_input_tokens": written["5m"],
                    "ephemeral_1h_input_tokens": written["1h"],
                },
            },
            writes,
        )


# -- request checks, as the real API makes them ------------------------------------------------


def _invalid(body: JSON, forcing_refused: frozenset[str]) -> str | None:
    for name in ("model", "max_tokens", "messages"):
        if name not in body:
            return f"{name}: Field required"
    messages = body["messages"]
    if not isinstance(messages, list) or not messages:
        return "messages: at least one message is required"
    tools = {tool["name"] for tool in body.get("tools") or []}
    choice = body.get("tool_choice") or {}
    dated = _DATED.match(str(body["model"]))
    alias = dated.group("alias") if dated else body["model"]
    if choice.get("type") in ("any", "tool") and alias in forcing_refused:
        return f"tool_choice: forced tool use is not supported by {body['model']}"
    if choice.get("type") == "tool" and choice.get("name") not in tools:
        return f"tool_choice: tool {choice.get('name')!r} not found in tools"
    breakpoints = sum(1 for _, _, b in _render(body) if b)
    if breakpoints > 4:
        return f"A maximum of 4 blocks with cache_control may be provided. Found {breakpoints}."
    previous = "assistant"
    pending: set[str] = set()
    for i, message in enumerate(messages):
        role = message.get("role")
        if role == previous:
            return f"messages.{i}: roles must alternate between user and assistant"
        blocks = _blocks(message.get("content"))
        if role == "user":
            answered = {b.get("tool_use_id") for b in blocks if b.get("type") == "tool_result"}
            if pending - answered:
                return (
                    f"messages.{i}: tool_use ids were found without tool_result blocks "
                    f"immediately after: {', '.join(sorted(pending - answered))}"
                )
            pending = set()
        else:
            pending = {b["id"] for b in blocks if b.get("type") == "tool_use"}
        previous = role
    if messages[-1].get("role") != "user":
        return "messages: the last message must be from the user"
    return None


def _blocks(content: Any) -> list[JSON]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    return list(content or [])


def _render(body: JSON) -> list[tuple[str, int, str]]:
    """The prompt in the API's render order: (piece, its tokens, its cache breakpoint's ttl,
    "" when it is not one)."""
    pieces: list[tuple[str, int, str]] = []

    def add(kind: str, block: JSON) -> None:
        bare = {k: v for k, v in block.items() if k != "cache_control"}
        text = f"{kind}:{json.dumps(bare, sort_keys=True)}"
        pieces.append((text, _tokens(text), _ttl(block.get("cache_control"))))

    for tool in body.get("tools") or []:
        add("tool", tool)
    for block in _blocks(body.get("system")):
        add("system", block)
    for message in body["messages"]:
        for block in _blocks(message.get("content")):
            add(f"message:{message.get('role')}", block)
    if body.get("cache_control") and pieces:
        # Top-level cache_control puts a breakpoint on the last cacheable block.
        text, tokens, _ = pieces[-1]
        pieces[-1] = (text, tokens, _ttl(body["cache_control"]))
    return pieces


def _ttl(cache_control: Any) -> str:
    if not isinstance(cache_control, dict) or not cache_control:
        return ""
    return "1h" if cache_control.get("ttl") == "1h" else "5m"


def _tokens(text: str) -> int:
    return max(1, math.ceil(len(text) / CHARS_PER_TOKEN))


def _error(
    status: int, kind: str, message: str, number: int, headers: dict[str, str] | None = None
) -> web.Response:
    return web.json_response(
        {
            "type": "error",
            "error": {"type": kind, "message": message},
            "request_id": f"req_fake_{number:04d}",
        },
        status=status,
        headers={"request-id": f"req_fake_{number:04d}", **(headers or {})},
    )


def _header_number(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return f"{value:g}"


# -- default answers, derived from the request -------------------------------------------------


def _tool_to_answer(body: JSON) -> str:
    """The tool a model would call: the forced one, else the one the last user turn names."""
    tools = [tool["name"] for tool in body.get("tools") or []]
    choice = body.get("tool_choice") or {}
    if choice.get("type") == "tool":
        return str(choice["name"])
    last = _user_text(body["messages"][-1])
    first = _user_text(body["messages"][0])
    for text in (last, first):
        named = [(text.rfind(name), name) for name in tools if name in text]
        if named:
            return str(max(named)[1])
    return str(tools[0]) if tools else ""


def _user_text(message: JSON) -> str:
    return "\n".join(
        str(block.get("text", "")) if block.get("type") == "text" else str(block.get("content"))
        for block in _blocks(message.get("content"))
    )


def article_text(body: JSON) -> str:
    """The text between <article ...> and </article> in the request's first user turn."""
    found = re.search(
        r"<article\b[^>]*>\n?(.*?)\n?</article>", _user_text(body["messages"][0]), re.S
    )
    return found.group(1) if found else ""


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20]


def _default_summary(body: JSON) -> JSON:
    sentences = _sentences(article_text(body))[:3]
    return {"claims": [{"text": s, "quote": s} for s in sentences]}


def _default_checks(body: JSON) -> JSON:
    article = article_text(body)
    found = re.search(r"<claims>\n(.*?)\n</claims>", _user_text(body["messages"][0]), re.S)
    claims = json.loads(found.group(1)) if found else []
    checks = []
    for claim in claims:
        quote = str(claim.get("quote") or "")
        present = bool(quote) and quote in article
        checks.append(
            {
                "index": claim["index"],
                "verdict": "supported" if present else "unsupported",
                "evidence": quote if present else "The article does not contain this quote.",
            }
        )
    return {"checks": checks}


def _default_tags(body: JSON) -> JSON:
    words = re.findall(r"[A-Za-z][A-Za-z-]{4,}", article_text(body))
    counts = Counter(w.lower() for w in words if w.lower() not in _STOPWORDS)
    return {"tags": [word for word, _ in counts.most_common(4)] or ["news"]}


def _default_unknown(body: JSON) -> JSON:
    return {}


def default_input(tool: str, body: JSON) -> JSON:
    """The input the fake gives `tool` unscripted: for scripts that build on its answers."""
    return _DEFAULTS.get(tool, _default_unknown)(body)


_DEFAULTS: dict[str, Callable[[JSON], JSON]] = {
    "record_summary": _default_summary,
    "record_checks": _default_checks,
    "record_tags": _default_tags,
}
