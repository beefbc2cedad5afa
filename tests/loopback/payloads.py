"""Complete Discord API v10 objects for the loopback server.

discord.py trusts Discord: it indexes payload keys directly, so a missing key is a ``KeyError`` deep
inside the library rather than a clear failure. These builders therefore emit every field Discord
documents for each object (users, the application, a guild with its channels, roles and members,
messages, interactions), with realistic snowflakes and timestamps, not just the fields discord.py
happens to read today.
"""

from __future__ import annotations

import base64
import itertools
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000

_counter = itertools.count()
_counter_lock = threading.Lock()


def snowflake(at: float | None = None) -> int:
    """A Discord snowflake for ``at`` (Unix seconds, default now), unique within this process."""
    ms = int((time.time() if at is None else at) * 1000)
    with _counter_lock:
        increment = next(_counter) & 0xFFF
    return ((ms - DISCORD_EPOCH_MS) << 22) | (1 << 17) | (0 << 12) | increment


def iso_now() -> str:
    """Discord's timestamp format: ISO 8601 with microseconds and an explicit UTC offset."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def fake_token(user_id: int) -> str:
    """A token shaped like a real bot token: base64(user id) . timestamp part . HMAC part.

    The HMAC part is random, so every test run has a distinct, greppable secret.
    """
    head = base64.urlsafe_b64encode(str(user_id).encode()).decode().rstrip("=")
    mid = secrets.token_urlsafe(5)[:6]
    tail = secrets.token_urlsafe(30)[:38]
    return f"{head}.{mid}.{tail}"


# ---- users and members -------------------------------------------------------------------------


@dataclass(slots=True)
class FakeUser:
    """A Discord account the loopback server knows."""

    id: int
    username: str
    global_name: str | None = None
    bot: bool = False

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "avatar_decoration_data": None,
            "banner": None,
            "accent_color": None,
            "public_flags": 0,
            "flags": 0,
            "primary_guild": None,
            "collectibles": None,
            "clan": None,
        }
        if self.bot:
            data["bot"] = True
        return data

    def me_payload(self) -> dict[str, Any]:
        """``GET /users/@me`` for a bot: the user plus the account-only fields."""
        data = self.payload()
        data.update({"mfa_enabled": False, "locale": "en-US", "verified": True, "email": None})
        return data


def member_payload(
    user: FakeUser,
    *,
    roles: list[str] | None = None,
    permissions: int | None = None,
    with_user: bool = True,
) -> dict[str, Any]:
    """A guild member; ``permissions`` is only present in interaction payloads."""
    data: dict[str, Any] = {
        "nick": None,
        "avatar": None,
        "banner": None,
        "roles": roles or [],
        "joined_at": "2024-03-14T09:26:53.589000+00:00",
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "communication_disabled_until": None,
        "avatar_decoration_data": None,
    }
    if with_user:
        data["user"] = user.payload()
    if permissions is not None:
        data["permissions"] = str(permissions)
    return data


# Permissions an ordinary member of a public server has (view, send, embed, history, slash...).
MEMBER_PERMISSIONS = 2248473465835073
ADMINISTRATOR = 1 << 3
ALL_PERMISSIONS = (1 << 51) - 1  # what the server owner has
# Permissions the bot was invited with: view channels, send messages, embed links, read history,
# use application commands.
BOT_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 16) | (1 << 31)


# ---- the world: an application, a guild, a channel, users ---------------------------------------


@dataclass(slots=True)
class World:
    """The fixed cast of one loopback Discord: the bot, its owner, two members, one server."""

    bot: FakeUser = field(
        default_factory=lambda: FakeUser(snowflake(1_600_000_000), "Briefbot", None, bot=True)
    )
    owner: FakeUser = field(
        default_factory=lambda: FakeUser(snowflake(1_500_000_000), "mara.lindqvist", "Mara")
    )
    asker: FakeUser = field(
        default_factory=lambda: FakeUser(snowflake(1_550_000_000), "j.okafor", "Jide Okafor")
    )
    other: FakeUser = field(
        default_factory=lambda: FakeUser(snowflake(1_560_000_000), "t.brennan", "Tess")
    )
    moderator: FakeUser = field(  # an administrator of the server who does not own the bot
        default_factory=lambda: FakeUser(snowflake(1_565_000_000), "r.castillo", "Rosa")
    )
    guild_id: int = field(default_factory=lambda: snowflake(1_580_000_000))
    channel_id: int = field(default_factory=lambda: snowflake(1_580_000_100))
    category_id: int = field(default_factory=lambda: snowflake(1_580_000_050))
    bot_role_id: int = field(default_factory=lambda: snowflake(1_600_000_100))
    token: str = ""

    def __post_init__(self) -> None:
        if not self.token:
            self.token = fake_token(self.bot.id)

    def permissions_for(self, user: FakeUser) -> int:
        """A member's permissions in the channel, as Discord computes them for interactions."""
        if user.id == self.owner.id:
            return ALL_PERMISSIONS
        if user.id == self.moderator.id:
            return MEMBER_PERMISSIONS | ADMINISTRATOR
        return MEMBER_PERMISSIONS

    @property
    def application_id(self) -> int:
        # For bots created since 2020 the application and the bot user share one ID.
        return self.bot.id

    def application_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.application_id),
            "name": "Briefbot",
            "icon": None,
            "description": "Briefings from your documents.",
            "summary": "",
            "type": None,
            "hook": True,
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": "9f3c2a51d7e84b0c6a1f5e2d8b7c4a3e9f0d1c2b3a4e5f60718293a4b5c6d7e8",
            "flags": 1 << 23,  # APPLICATION_COMMAND_BADGE
            "owner": self.owner.payload(),
            "team": None,
            "bot": self.bot.payload(),
            "rpc_origins": [],
            "terms_of_service_url": None,
            "privacy_policy_url": None,
            "custom_install_url": None,
            "role_connections_verification_url": None,
            "interactions_endpoint_url": None,
            "install_params": {
                "scopes": ["bot", "applications.commands"],
                "permissions": str(BOT_PERMISSIONS),
            },
            "integration_types_config": {
                "0": {
                    "oauth2_install_params": {
                        "scopes": ["bot", "applications.commands"],
                        "permissions": str(BOT_PERMISSIONS),
                    }
                }
            },
            "tags": ["news", "research"],
            "guild_id": None,
            "primary_sku_id": None,
            "slug": None,
            "cover_image": None,
            "approximate_guild_count": 1,
            "approximate_user_install_count": 0,
            "redirect_uris": [],
            "is_monetized": False,
            "is_verified": False,
            "is_discoverable": False,
            "storefront_available": False,
            "bot_approximate_guild_count": 1,
            "event_webhooks_url": None,
            "event_webhooks_status": 1,
            "event_webhooks_types": [],
        }

    def channel_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.channel_id),
            "type": 0,
            "guild_id": str(self.guild_id),
            "name": "briefings",
            "position": 0,
            "parent_id": str(self.category_id),
            "topic": "Ask Briefbot about the documents",
            "nsfw": False,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "permission_overwrites": [],
            "default_thread_rate_limit_per_user": 0,
            "default_auto_archive_duration": 4320,
            "flags": 0,
            "icon_emoji": None,
            "theme_color": None,
        }

    def category_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.category_id),
            "type": 4,
            "guild_id": str(self.guild_id),
            "name": "Newsroom",
            "position": 0,
            "parent_id": None,
            "nsfw": False,
            "permission_overwrites": [],
            "flags": 0,
        }

    def interaction_channel_payload(self) -> dict[str, Any]:
        """The partial channel Discord puts in interactions (adds the caller's permissions)."""
        data = self.channel_payload()
        data["permissions"] = str(MEMBER_PERMISSIONS)
        return data

    def roles_payload(self) -> list[dict[str, Any]]:
        def role(
            rid: int,
            name: str,
            position: int,
            perms: int,
            managed: bool,
            tags: dict[str, Any] | None,
        ) -> dict[str, Any]:
            data = {
                "id": str(rid),
                "name": name,
                "description": None,
                "color": 0,
                "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
                "hoist": False,
                "icon": None,
                "unicode_emoji": None,
                "position": position,
                "permissions": str(perms),
                "managed": managed,
                "mentionable": False,
                "flags": 0,
            }
            if tags is not None:
                data["tags"] = tags
            return data

        return [
            role(self.guild_id, "@everyone", 0, MEMBER_PERMISSIONS, False, None),
            role(
                self.bot_role_id, "Briefbot", 1, BOT_PERMISSIONS, True, {"bot_id": str(self.bot.id)}
            ),
        ]

    def guild_create_payload(self, joined_at: str) -> dict[str, Any]:
        """The GUILD_CREATE Discord sends after READY: the full guild, lazily loaded."""
        return {
            "id": str(self.guild_id),
            "name": "Harbour Desk",
            "icon": None,
            "icon_hash": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": str(self.owner.id),
            "region": "deprecated",
            "afk_channel_id": None,
            "afk_timeout": 300,
            "widget_enabled": False,
            "widget_channel_id": None,
            "verification_level": 1,
            "default_message_notifications": 1,
            "explicit_content_filter": 2,
            "roles": self.roles_payload(),
            "emojis": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": str(self.channel_id),
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "max_presences": None,
            "max_members": 500000,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": None,
            "max_video_channel_users": 25,
            "max_stage_video_channel_users": 50,
            "nsfw_level": 0,
            "nsfw": False,
            "stickers": [],
            "premium_progress_bar_enabled": False,
            "safety_alerts_channel_id": None,
            "incidents_data": None,
            "home_header": None,
            "hub_type": None,
            "latest_onboarding_question_id": None,
            "inventory_settings": None,
            "profile": None,
            "version": int(time.time() * 1000),
            "lazy": True,
            "joined_at": joined_at,
            "large": False,
            "unavailable": False,
            "member_count": 4,
            "voice_states": [],
            "members": [member_payload(self.bot, roles=[str(self.bot_role_id)])],
            "channels": [self.category_payload(), self.channel_payload()],
            "threads": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "embedded_activities": [],
            "activity_instances": [],
            "application_command_counts": {},
        }

    def ready_payload(self, session_id: str, resume_url: str) -> dict[str, Any]:
        user = self.bot.me_payload()
        return {
            "v": 10,
            "user_settings": {},
            "user": user,
            "guilds": [{"id": str(self.guild_id), "unavailable": True}],
            "session_type": "normal",
            "session_id": session_id,
            "resume_gateway_url": resume_url,
            "shard": [0, 1],
            "application": {"id": str(self.application_id), "flags": 1 << 23},
            "private_channels": [],
            "presences": [],
            "relationships": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["rotterdam", "frankfurt", "london", "madrid", "milan"],
            "auth": {},
            "_trace": ['["gateway-prd-loopback-1",{"micros":812,"calls":[]}]'],
        }
