"""Real discord.py objects for cog tests, with only the network edge faked.

A real :class:`bot.bot.Briefbot` (its real ``ConnectionState``, command tree, cogs and view
store) receives real ``discord.Interaction`` objects built from complete gateway payloads; the one
thing replaced is ``AsyncWebhookAdapter.request``, the single function through which discord.py
sends every interaction response, edit, follow-up and deletion. It records what the bot sent and
answers with payloads shaped like Discord's, so discord.py parses them as it would in production.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
from dataclasses import dataclass, field
from typing import Any

import discord
from discord import app_commands
from discord.webhook.async_ import AsyncWebhookAdapter

from bot.bot import Briefbot
from bot.config import Settings
from bot.utils.embeds import embed_problems
from bot.utils.limits import CONTENT

APP_ID = 1100000000000000001
GUILD_ID = 1100000000000000002
CHANNEL_ID = 1100000000000000003
ASKER_ID = 1100000000000000004
OTHER_ID = 1100000000000000005
BOT_USER = {
    "id": str(APP_ID),
    "username": "Briefbot",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
}
_ids = itertools.count(1200000000000000000)


def snowflake() -> str:
    return str(next(_ids))


def user_payload(user_id: int, name: str) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name.title(),
        "avatar": None,
        "public_flags": 0,
    }


def member_payload(user_id: int, name: str) -> dict[str, Any]:
    return {
        "user": user_payload(user_id, name),
        "roles": [],
        "nick": None,
        "avatar": None,
        "joined_at": "2024-03-01T10:00:00.000000+00:00",
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "pending": False,
        "flags": 0,
        "permissions": "2248473465835073",
    }


def channel_payload() -> dict[str, Any]:
    return {
        "id": str(CHANNEL_ID),
        "type": 0,
        "guild_id": str(GUILD_ID),
        "name": "briefings",
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "flags": 0,
    }


def interaction_payload(
    kind: int, data: dict[str, Any], *, user_id: int = ASKER_ID, message: dict | None = None
) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "id": snowflake(),
        "application_id": str(APP_ID),
        "type": kind,
        "data": data,
        "guild_id": str(GUILD_ID),
        "guild": {"id": str(GUILD_ID), "locale": "en-US", "features": []},
        "channel_id": str(CHANNEL_ID),
        "channel": channel_payload(),
        "member": member_payload(user_id, "asker" if user_id == ASKER_ID else "other"),
        "token": f"interaction-token-{snowflake()}",
        "version": 1,
        "app_permissions": "2248473465835073",
        "locale": "en-GB",
        "guild_locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {"0": str(GUILD_ID)},
        "context": 0,
        "attachment_size_limit": 26214400,
    }
    if message is not None:
        payload["message"] = message
    return payload


def command_data(name: str, options: dict[str, str], *, focused: str | None = None) -> dict:
    opts = []
    for key, value in options.items():
        opt: dict[str, Any] = {"name": key, "type": 3, "value": value}
        if key == focused:
            opt["focused"] = True
        opts.append(opt)
    return {"id": snowflake(), "name": name, "type": 1, "options": opts, "guild_id": str(GUILD_ID)}


def message_payload(message_id: str, body: dict[str, Any] | None, *, flags: int = 0) -> dict:
    body = body or {}
    return {
        "id": message_id,
        "channel_id": str(CHANNEL_ID),
        "guild_id": str(GUILD_ID),
        "author": BOT_USER,
        "content": body.get("content", "") or "",
        "timestamp": "2024-03-01T10:00:00.000000+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": copy.deepcopy(body.get("embeds", [])),
        "pinned": False,
        "type": 20,
        "flags": flags,
        "components": copy.deepcopy(body.get("components", [])),
        "application_id": str(APP_ID),
        "webhook_id": str(APP_ID),
    }


@dataclass
class Call:
    """One request discord.py made: method, path (after the API base) and JSON body."""

    method: str
    path: str
    body: dict[str, Any] | None
    at: float = 0.0  # loop time when discord.py sent it (for benchmarks)

    @property
    def data(self) -> dict[str, Any]:
        """The message part: ``body["data"]`` for callbacks, the body itself for webhooks."""
        if self.body is None:
            return {}
        if self.path.endswith("/callback"):
            return self.body.get("data") or {}
        return self.body

    @property
    def embeds(self) -> list[discord.Embed]:
        return [discord.Embed.from_dict(e) for e in self.data.get("embeds", [])]

    @property
    def content(self) -> str:
        return self.data.get("content") or ""

    @property
    def callback_type(self) -> int | None:
        return self.body.get("type") if self.body and self.path.endswith("/callback") else None

    @property
    def ephemeral(self) -> bool:
        return bool(self.data.get("flags", 0) & 64)

    @property
    def buttons(self) -> list[dict[str, Any]]:
        rows = self.data.get("components") or []
        return [c for row in rows for c in row.get("components", [])]


@dataclass
class Network:
    """The faked network edge: records calls and answers like Discord."""

    calls: list[Call] = field(default_factory=list)
    original_ids: dict[str, str] = field(default_factory=dict)  # interaction token → message id
    fail_paths: list[str] = field(default_factory=list)

    async def request(self, adapter: Any, route: Any, session: Any, **kwargs: Any) -> Any:
        path = route.url.split("/api/v10", 1)[-1]
        body = kwargs.get("payload")
        if body is None and kwargs.get("multipart"):
            import json

            part = next(p for p in kwargs["multipart"] if p["name"] == "payload_json")
            body = json.loads(part["value"])
        at = asyncio.get_running_loop().time()
        self.calls.append(Call(route.method, path, copy.deepcopy(body), at))
        await asyncio.sleep(0)
        token = route.webhook_token or ""
        if route.method == "POST" and path.endswith("/callback"):
            message_id = self.original_ids.setdefault(token, snowflake())
            kind = (body or {}).get("type")
            data = (body or {}).get("data") or {}
            result: dict[str, Any] = {
                "interaction": {
                    "id": str(route.webhook_id),
                    "type": 2,
                    "response_message_id": message_id,
                    "response_message_loading": kind == 5,
                    "response_message_ephemeral": bool(data.get("flags", 0) & 64),
                },
                "resource": {"type": kind},
            }
            if kind in (4, 7):
                result["resource"]["message"] = message_payload(message_id, data)
            return result
        if route.method == "DELETE":
            return None
        if "/messages/" in path:  # PATCH/GET the original response or a follow-up
            message_id = self.original_ids.setdefault(token, snowflake())
            return message_payload(message_id, body)
        if route.method == "POST":  # a follow-up
            return message_payload(snowflake(), body, flags=(body or {}).get("flags", 0))
        raise AssertionError(f"unexpected request {route.method} {path}")

    def since(self, start: int) -> list[Call]:
        return self.calls[start:]

    async def wait_calls(self, count: int, deadline: float = 5.0) -> None:
        """Until at least ``count`` calls were made (a deadline, not a measurement)."""
        loop = asyncio.get_running_loop()
        end = loop.time() + deadline
        while len(self.calls) < count:
            if loop.time() > end:
                raise AssertionError(f"expected {count} calls, got {self.calls}")
            await asyncio.sleep(0.005)


def assert_reply_safe(call: Call) -> None:
    """Discord's limits, and allowed mentions that allow nothing, on a message-carrying call."""
    data = call.data
    if "content" in data or "embeds" in data:
        mentions = data.get("allowed_mentions")
        assert mentions is not None, f"no allowed_mentions on {call.method} {call.path}"
        assert mentions.get("parse") == [], mentions
        assert not mentions.get("users") and not mentions.get("roles"), mentions
        assert not mentions.get("replied_user"), mentions
    assert len(call.content) <= CONTENT
    assert len(call.embeds) <= 10
    for embed in call.embeds:
        assert embed_problems(embed) == [], (embed_problems(embed), embed.to_dict())


class Harness:
    """A Briefbot with its cogs loaded, fed interactions, talking to :class:`Network`."""

    def __init__(self, bot: Briefbot, network: Network) -> None:
        self.bot = bot
        self.net = network
        self.state = bot._connection

    @classmethod
    async def start(cls, answers: Any, monkeypatch: Any) -> Harness:
        network = Network()

        async def request(adapter: Any, route: Any, session: Any, **kwargs: Any) -> Any:
            return await network.request(adapter, route, session, **kwargs)

        monkeypatch.setattr(AsyncWebhookAdapter, "request", request)
        bot = Briefbot(Settings(token=None), answers=answers, sync_commands=False)
        bot.owner_id = ASKER_ID
        bot.loop = asyncio.get_running_loop()
        bot._connection.application_id = APP_ID
        # What READY does: the state learns who it is.
        user = discord.ClientUser(state=bot._connection, data={**BOT_USER, "verified": True})
        bot._connection.user = user
        await bot.setup_hook()
        return cls(bot, network)

    async def close(self) -> None:
        for view in list(self.state._view_store._views.values()):
            for item in list(view.values()):
                if item.view is not None:
                    item.view.stop()
        for name in list(self.bot.extensions):
            await self.bot.unload_extension(name)

    def interaction(self, payload: dict[str, Any]) -> discord.Interaction:
        return discord.Interaction(data=payload, state=self.state)

    async def command(
        self, command: str, /, *, user_id: int = ASKER_ID, **options: str
    ) -> tuple[discord.Interaction, list[Call]]:
        """Run ``/name option:value…`` the way the tree does for INTERACTION_CREATE."""
        start = len(self.net.calls)
        interaction = self.interaction(
            interaction_payload(2, command_data(command, options), user_id=user_id)
        )
        try:
            await self.bot.tree._call(interaction)
        except app_commands.AppCommandError as exc:  # as CommandTree._from_interaction does
            await self.bot.tree._dispatch_error(interaction, exc)
        return interaction, self.net.since(start)

    async def autocomplete(self, command: str, focused: str, /, **options: str) -> list[dict]:
        start = len(self.net.calls)
        interaction = self.interaction(
            interaction_payload(4, command_data(command, options, focused=focused))
        )
        await self.bot.tree._call(interaction)
        calls = self.net.since(start)
        assert len(calls) == 1 and calls[0].callback_type == 8, calls
        return calls[0].body["data"]["choices"]

    async def press(
        self, original: discord.Interaction, custom_id: str, *, user_id: int = ASKER_ID
    ) -> list[Call]:
        """Press a button on ``original``'s reply, through the state's real view dispatch."""
        start = len(self.net.calls)
        message_id = self.net.original_ids[original.token]
        last = next(c for c in reversed(self.net.calls) if c.data.get("components") is not None)
        message = message_payload(message_id, last.data)
        payload = interaction_payload(
            3, {"custom_id": custom_id, "component_type": 2}, user_id=user_id, message=message
        )
        self.state.parse_interaction_create(payload)
        await self.net.wait_calls(start + 1)
        return self.net.since(start)
