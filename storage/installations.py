"""Where Slack OAuth installs are kept: bolt's async installation and state stores.

slack_sdk ships SQLAlchemy stores only for synchronous engines; these are the same idea on
our AsyncEngine, in our database, under our migrations. Each install is kept whole as
slack_sdk's own dict (`to_dict_for_copying`), with the columns a lookup needs beside it.
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from slack_sdk.oauth.installation_store.async_installation_store import (
    AsyncInstallationStore,
)
from slack_sdk.oauth.installation_store.models.bot import Bot
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from sqlalchemy import Table, delete, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.models import SlackBotRow, SlackInstallationRow, SlackOAuthStateRow

log = logging.getLogger(__name__)

INSTALLS = cast(Table, SlackInstallationRow.__table__)
BOTS = cast(Table, SlackBotRow.__table__)
STATES = cast(Table, SlackOAuthStateRow.__table__)


def _as_json(data: dict[str, Any]) -> dict[str, Any]:
    # Datetimes become ISO strings, which slack_sdk's models accept back.
    loaded: dict[str, Any] = json.loads(
        json.dumps(data, default=lambda v: v.isoformat() if isinstance(v, datetime) else str(v))
    )
    return loaded


def _when(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC)


class SqlInstallationStore(AsyncInstallationStore):
    def __init__(self, engine: AsyncEngine, client_id: str) -> None:
        self.engine = engine
        self.client_id = client_id

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_save(self, installation: Installation) -> None:
        async with self.engine.begin() as connection:
            await connection.execute(
                insert(INSTALLS).values(
                    client_id=self.client_id,
                    enterprise_id=installation.enterprise_id,
                    team_id=_team(installation.team_id, installation.is_enterprise_install),
                    user_id=installation.user_id,
                    is_enterprise_install=bool(installation.is_enterprise_install),
                    installed_at=_when(installation.installed_at),
                    data=_as_json(installation.to_dict_for_copying()),
                )
            )
        if installation.bot_token is not None:
            await self.async_save_bot(installation.to_bot())

    async def async_save_bot(self, bot: Bot) -> None:
        async with self.engine.begin() as connection:
            await connection.execute(
                insert(BOTS).values(
                    client_id=self.client_id,
                    enterprise_id=bot.enterprise_id,
                    team_id=_team(bot.team_id, bot.is_enterprise_install),
                    is_enterprise_install=bool(bot.is_enterprise_install),
                    installed_at=_when(bot.installed_at),
                    data=_as_json(bot.to_dict_for_copying()),
                )
            )

    async def async_find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        query = (
            select(BOTS.c.data)
            .where(
                BOTS.c.client_id == self.client_id,
                _eq(BOTS.c.enterprise_id, enterprise_id),
                _eq(BOTS.c.team_id, _team(team_id, is_enterprise_install)),
            )
            .order_by(BOTS.c.installed_at.desc(), BOTS.c.id.desc())
            .limit(1)
        )
        async with self.engine.connect() as connection:
            data = (await connection.execute(query)).scalar_one_or_none()
        return Bot(**data) if data is not None else None

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        conditions = [
            INSTALLS.c.client_id == self.client_id,
            _eq(INSTALLS.c.enterprise_id, enterprise_id),
            _eq(INSTALLS.c.team_id, _team(team_id, is_enterprise_install)),
        ]
        if user_id is not None:
            conditions.append(INSTALLS.c.user_id == user_id)
        query = (
            select(INSTALLS.c.data)
            .where(*conditions)
            .order_by(INSTALLS.c.installed_at.desc(), INSTALLS.c.id.desc())
            .limit(1)
        )
        async with self.engine.connect() as connection:
            data = (await connection.execute(query)).scalar_one_or_none()
        if data is None:
            return None
        installation = Installation(**data)
        if user_id is not None:
            # A user's install may be older than the workspace's bot token: use the newest.
            bot = await self.async_find_bot(
                enterprise_id=enterprise_id,
                team_id=team_id,
                is_enterprise_install=is_enterprise_install,
            )
            if bot is not None and bot.bot_token != installation.bot_token:
                installation.bot_token = bot.bot_token
                installation.bot_id = bot.bot_id
                installation.bot_user_id = bot.bot_user_id
                installation.bot_scopes = bot.bot_scopes
                installation.bot_refresh_token = bot.bot_refresh_token
                installation.bot_token_expires_at = bot.bot_token_expires_at
        return installation

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        async with self.engine.begin() as connection:
            await connection.execute(
                delete(BOTS).where(
                    BOTS.c.client_id == self.client_id,
                    _eq(BOTS.c.enterprise_id, enterprise_id),
                    _eq(BOTS.c.team_id, team_id),
                )
            )

    async def async_delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        conditions = [
            INSTALLS.c.client_id == self.client_id,
            _eq(INSTALLS.c.enterprise_id, enterprise_id),
            _eq(INSTALLS.c.team_id, team_id),
        ]
        if user_id is not None:
            conditions.append(INSTALLS.c.user_id == user_id)
        async with self.engine.begin() as connection:
            await connection.execute(delete(INSTALLS).where(*conditions))


class SqlOAuthStateStore(AsyncOAuthStateStore):
    """OAuth `state` values: issued by /slack/install, valid once, for `expiration_seconds`."""

    def __init__(self, engine: AsyncEngine, *, expiration_seconds: int = 600) -> None:
        self.engine = engine
        self.expiration_seconds = expiration_seconds

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        state = uuid.uuid4().hex
        now = datetime.now(UTC)
        async with self.engine.begin() as connection:
            # Expired states are swept as new ones are issued: the table stays small.
            await connection.execute(delete(STATES).where(STATES.c.expire_at < now))
            await connection.execute(
                insert(STATES).values(
                    state=state, expire_at=now + timedelta(seconds=self.expiration_seconds)
                )
            )
        return state

    async def async_consume(self, state: str) -> bool:
        async with self.engine.begin() as connection:
            result = await connection.execute(
                delete(STATES)
                .where(STATES.c.state == state, STATES.c.expire_at > datetime.now(UTC))
                .returning(STATES.c.state)
            )
            return result.scalar_one_or_none() is not None


def _team(team_id: str | None, is_enterprise_install: bool | None) -> str | None:
    # An org-wide (Enterprise Grid) install belongs to the org, not to one workspace.
    return None if is_enterprise_install else team_id


def _eq(column: Any, value: str | None) -> Any:
    return column.is_(None) if value is None else column == value
