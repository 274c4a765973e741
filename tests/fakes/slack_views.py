"""Modals for the fake Slack: `views.open`, `views.update`, and the `view_submission` a
person's Submit sends the app — answered as Slack documents them.

- A trigger_id is good once, for three seconds from the click that issued it
  (`expired_trigger_id` after; `invalid_trigger_id` for one Slack never issued).
- A view Slack cannot take is `invalid_arguments` with `response_metadata.messages`
  (`[ERROR] … [json-pointer:/view/…]`); a `view` that is not JSON is `invalid_arguments`.
- `views.update` with a stale `hash` is `hash_conflict`; an unknown view is `not_found`.
- The app's answer to a submission: an empty 200 closes the modal; `response_action`
  `errors` keeps it open with each message under its input block (a block id that is no
  input block is refused, as Slack shows the person a generic error); `update` replaces
  it; `clear` closes it; a body that is not JSON, or a non-200, leaves the modal open with
  Slack's "We had some trouble connecting".
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fakes.slack import FakeSlack

JSON = dict[str, Any]
TRIGGER_SECONDS = 3.0
_TITLE = 24
_METADATA = 3000
_INPUT_MAX = 3000
_CHECKBOXES = 10
TROUBLE = "We had some trouble connecting. Try again?"


@dataclass
class OpenView:
    id: str
    user: str
    view: JSON
    hash: str
    errors: dict[str, str] = field(default_factory=dict)
    shown_error: str | None = None  # Slack's own message, when the app's answer was bad
    closed: bool = False
    history: list[JSON] = field(default_factory=list)  # every view it showed, in order


class FakeViews:
    def __init__(self, slack: FakeSlack, clock: Callable[[], float] = time.monotonic) -> None:
        self.slack = slack
        self.clock = clock
        self.triggers: dict[str, tuple[float, str]] = {}  # id -> (issued at, user)
        self.open_views: dict[str, OpenView] = {}

    def handlers(self) -> dict[str, Callable[[JSON], JSON]]:
        return {"views.open": self._open, "views.update": self._update}

    # ---- what a person does --------------------------------------------------------

    def trigger(self, user: str = "U1") -> str:
        """A trigger_id as a click hands one out (put it in the click's payload)."""
        trigger = f"{uuid.uuid4().int % 10**13}.{uuid.uuid4().hex[:12]}"
        self.triggers[trigger] = (self.clock(), user)
        return trigger

    def expire(self, trigger: str) -> None:
        issued, user = self.triggers[trigger]
        self.triggers[trigger] = (issued - TRIGGER_SECONDS - 1, user)

    def shown_to(self, user: str) -> list[OpenView]:
        return [v for v in self.open_views.values() if v.user == user and not v.closed]

    def submission(self, view_id: str, values: JSON, *, user: str | None = None) -> JSON:
        """The `view_submission` payload Submit sends, with `values` as the state:
        {block_id: {action_id: {"type": …, "value": …}}} (the fields a person filled)."""
        shown = self.open_views[view_id]
        who = user or shown.user
        team = self.slack.team_id
        return {
            "type": "view_submission",
            "team": {"id": team, "domain": "copydesk-fake"},
            "user": {"id": who, "username": who.lower(), "name": who.lower(), "team_id": team},
            "api_app_id": self.slack.api_app_id,
            "token": "fake-verification-token",
            "trigger_id": self.trigger(who),
            "view": {
                **self._as_api(shown),
                "state": {"values": values},
            },
            "response_urls": [],
            "is_enterprise_install": False,
            "enterprise": None,
        }

    def answered(self, view_id: str, status: int, body: str) -> OpenView:
        """Apply the app's HTTP answer to a submission, as Slack would."""
        shown = self.open_views[view_id]
        shown.errors, shown.shown_error = {}, None
        if status != 200:
            shown.shown_error = TROUBLE
            return shown
        if not body.strip():
            shown.closed = True
            return shown
        try:
            answer = json.loads(body)
        except ValueError:
            shown.shown_error = TROUBLE
            return shown
        action = answer.get("response_action") if isinstance(answer, dict) else None
        if action == "errors":
            inputs = {b.get("block_id") for b in shown.view["blocks"] if b["type"] == "input"}
            errors = answer.get("errors")
            if not isinstance(errors, dict) or not errors or set(errors) - inputs:
                shown.shown_error = TROUBLE
            else:
                shown.errors = {str(k): str(v) for k, v in errors.items()}
        elif action == "update":
            problems = view_errors(answer.get("view"))
            if problems:
                shown.shown_error = TROUBLE
            else:
                self._show(shown, answer["view"])
        elif action == "clear" or action is None:
            shown.closed = True
        else:
            shown.shown_error = TROUBLE
        return shown

    # ---- the Web API ---------------------------------------------------------------

    def _open(self, params: JSON) -> JSON:
        from fakes.slack import SlackError

        trigger = params.get("trigger_id")
        if not isinstance(trigger, str) or not trigger:
            raise SlackError("invalid_arguments", response_metadata={
                "messages": ["[ERROR] missing required field: trigger_id"]})  # fmt: skip
        issued = self.triggers.get(trigger)
        if issued is None:
            raise SlackError("invalid_trigger_id")
        if self.clock() - issued[0] > TRIGGER_SECONDS:
            raise SlackError("expired_trigger_id")
        view = self._view_param(params)
        # A trigger opens one modal.
        del self.triggers[trigger]
        shown = OpenView("V" + uuid.uuid4().hex[:10].upper(), issued[1], {}, "")
        self._show(shown, view)
        self.open_views[shown.id] = shown
        return {"view": self._as_api(shown)}

    def _update(self, params: JSON) -> JSON:
        from fakes.slack import SlackError

        shown = self.open_views.get(str(params.get("view_id")))
        if shown is None or shown.closed:
            raise SlackError("not_found")
        if params.get("hash") and params["hash"] != shown.hash:
            raise SlackError("hash_conflict")
        self._show(shown, self._view_param(params))
        return {"view": self._as_api(shown)}

    def _view_param(self, params: JSON) -> JSON:
        from fakes.slack import SlackError

        view = params.get("view")
        if isinstance(view, str):  # form-encoded callers send it as a JSON string
            try:
                view = json.loads(view)
            except ValueError as e:
                raise SlackError("invalid_arguments", response_metadata={
                    "messages": ["[ERROR] failed to parse view as JSON"]}) from e  # fmt: skip
        problems = view_errors(view)
        if problems:
            raise SlackError(
                "invalid_arguments",
                response_metadata={"messages": [f"[ERROR] {p}" for p in problems]},
            )
        assert isinstance(view, dict)
        return view

    def _show(self, shown: OpenView, view: JSON) -> None:
        shown.view = view
        shown.hash = uuid.uuid4().hex[:16]
        shown.history.append(view)

    def _as_api(self, shown: OpenView) -> JSON:
        view = shown.view
        return {
            "id": shown.id,
            "team_id": self.slack.team_id,
            "type": "modal",
            "title": view.get("title"),
            "blocks": view.get("blocks"),
            "callback_id": view.get("callback_id", ""),
            "private_metadata": view.get("private_metadata", ""),
            "hash": shown.hash,
            "app_id": self.slack.api_app_id,
            "bot_id": self.slack.bot_id,
        }


def view_errors(view: Any) -> list[str]:
    """What Slack refuses in a modal: its type, title/submit/close, metadata, and the
    input blocks' elements (labels, lengths, options)."""
    from fakes.slack import block_errors

    if not isinstance(view, dict):
        return ["missing required field: view"]
    errors = [] if view.get("type") == "modal" else ["must be modal [json-pointer:/view/type]"]
    for key in ("title", "submit", "close"):
        text = view.get(key)
        if text is None and key == "title":
            errors.append("missing required field: title [json-pointer:/view/title]")
        elif text is not None and (
            not isinstance(text, dict)
            or text.get("type") != "plain_text"
            or len(str(text.get("text", ""))) > _TITLE
        ):
            errors.append(
                f"must be a plain_text of at most {_TITLE} characters [json-pointer:/view/{key}]"
            )
    if len(str(view.get("private_metadata", ""))) > _METADATA:
        errors.append(
            f"must be less than {_METADATA + 1} characters [json-pointer:/view/private_metadata]"
        )
    blocks = view.get("blocks")
    errors += [
        e.replace("json-pointer:/", "json-pointer:/view/")
        for e in block_errors(blocks, max_blocks=100)
    ]
    has_input = False
    for i, block in enumerate(blocks if isinstance(blocks, list) else []):
        if not isinstance(block, dict) or block.get("type") != "input":
            continue
        has_input = True
        where = f"/view/blocks/{i}"
        if not isinstance(block.get("label"), dict):
            errors.append(f"missing required field: label [json-pointer:{where}]")
        element = block.get("element")
        if not isinstance(element, dict):
            errors.append(f"missing required field: element [json-pointer:{where}]")
            continue
        if element.get("type") == "plain_text_input":
            limit = element.get("max_length", _INPUT_MAX)
            if not isinstance(limit, int) or limit > _INPUT_MAX:
                errors.append(
                    f"must be at most {_INPUT_MAX} [json-pointer:{where}/element/max_length]"
                )
            elif len(str(element.get("initial_value", ""))) > limit:
                errors.append(
                    "must be no longer than max_length "
                    f"[json-pointer:{where}/element/initial_value]"
                )
        if element.get("type") == "checkboxes":
            options = element.get("options")
            if not isinstance(options, list) or not 1 <= len(options) <= _CHECKBOXES:
                errors.append(
                    f"must have 1 to {_CHECKBOXES} items [json-pointer:{where}/element/options]"
                )
    if has_input and view.get("submit") is None:
        errors.append("a view with input blocks needs submit [json-pointer:/view/submit]")
    return errors
