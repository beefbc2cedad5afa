"""A loopback Discord: enough of API v10 (gateway and REST) for discord.py to run a bot against it.

Why: the bot must be proven as users meet it, through discord.py's real connection code, without
the network. The server runs its own event loop in a background thread, so tests can be plain
functions (or async ones with their own loop, e.g. an in-process discord.py client) and the bot can
run as a subprocess by its normal entry point.

What it does, as Discord does it:

* gateway: HELLO → IDENTIFY → READY (+ GUILD_CREATE), heartbeats and ACKs, RESUME with the missed
  events replayed then RESUMED, RECONNECT (op 7), INVALID_SESSION (op 9), ``zlib-stream``
  transport compression (one shared deflate stream, every message ending in ``00 00 ff ff``,
  optionally split across frames);
* REST: login (``/users/@me``, ``/oauth2/applications/@me``, ``/gateway/bot``), command sync,
  interaction callbacks (types 4, 5, 6, 7, 8) with ``with_response``, the original response
  (GET/PATCH/DELETE), follow-ups;
* the rules a bot most often breaks: the 3-second deadline for the first response, a single
  acknowledgement per interaction, message/embed/component/autocomplete limits (answered with
  Discord's 400 ``Invalid Form Body``), and which mentions would actually ping.

Everything the bot sends is recorded with timestamps (``requests``, ``gateway_log``), and every
violation is kept in ``violations`` so a test can assert there were none.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import secrets
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from .payloads import (
    ADMINISTRATOR,
    BOT_PERMISSIONS,
    FakeUser,
    World,
    iso_now,
    member_payload,
    snowflake,
)

try:  # discord.py prefers zstd-stream when a zstd module is installed; follow it if we can.
    import zstandard as _zstd  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the environment
    _zstd = None

API_PREFIX = "/api/v10"
FIRST_RESPONSE_DEADLINE = 3.0  # seconds Discord gives a bot to acknowledge an interaction
SYNC_FLUSH_SUFFIX = b"\x00\x00\xff\xff"

# Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
LIMITS = {
    "content": 2000,
    "embeds": 10,
    "embed_title": 256,
    "embed_description": 4096,
    "embed_fields": 25,
    "field_name": 256,
    "field_value": 1024,
    "footer_text": 2048,
    "author_name": 256,
    "embed_total": 6000,
    "action_rows": 5,
    "row_components": 5,
    "custom_id": 100,
    "button_label": 80,
    "choices": 25,
    "choice_name": 100,
    "choice_value": 100,
}

_BODY = web.RequestKey("loopback_body", object)
_USER_MENTION = re.compile(r"<@!?(\d{15,21})>")
_ROLE_MENTION = re.compile(r"<@&(\d{15,21})>")


# ---- records ----------------------------------------------------------------------------------


@dataclass(slots=True)
class RecordedRequest:
    """One HTTP request the bot made."""

    at: float  # time.monotonic()
    wall: float  # time.time()
    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    authorization: str | None
    body: Any
    status: int = 0


@dataclass(slots=True)
class GatewayFrame:
    at: float
    direction: str  # "in" (from the bot) or "out" (to the bot)
    connection: int
    op: int | None
    event: str | None
    seq: int | None


@dataclass(slots=True)
class Violation:
    """Something Discord would have refused (or that breaks a rule of the product)."""

    at: float
    rule: str
    detail: str


@dataclass
class InteractionRecord:
    """An interaction the server sent, and what the bot did about it."""

    id: int
    token: str
    type: int  # 2 command, 3 component, 4 autocomplete
    name: str  # command name, or the pressed custom_id
    user: FakeUser
    payload: dict[str, Any]
    sent_at: float = 0.0
    callbacks: list[tuple[float, dict[str, Any]]] = field(default_factory=list)
    edits: list[tuple[float, dict[str, Any]]] = field(default_factory=list)
    followups: list[int] = field(default_factory=list)
    message_id: int | None = None  # the original response (or the pressed message)
    choices: list[dict[str, Any]] | None = None
    errors: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    _server: LoopbackDiscord | None = field(default=None, repr=False)

    @property
    def first_response_at(self) -> float | None:
        return self.callbacks[0][0] if self.callbacks else None

    @property
    def latency(self) -> float | None:
        """Seconds from the INTERACTION_CREATE frame to the bot's first callback."""
        first = self.first_response_at
        return None if first is None else first - self.sent_at

    @property
    def callback_type(self) -> int | None:
        return self.callbacks[0][1].get("type") if self.callbacks else None

    @property
    def message(self) -> dict[str, Any] | None:
        """The original response as Discord now shows it (after edits)."""
        if self.message_id is None or self._server is None:
            return None
        return self._server.messages.get(self.message_id)

    @property
    def followup_messages(self) -> list[dict[str, Any]]:
        assert self._server is not None
        return [self._server.messages[m] for m in self.followups if m in self._server.messages]

    def is_answered(self) -> bool:
        """True once the user sees an answer (not just "Briefbot is thinking…")."""
        if self.type == 4:
            return self.choices is not None
        ctype = self.callback_type
        if ctype is None:
            return False
        if ctype in (4, 7, 9):
            return True
        if ctype == 6:
            return bool(self.edits) or bool(self.followups)
        message = self.message
        return (bool(message) and not (message["flags"] & 128)) or bool(self.followups)

    def wait_first_response(self, timeout: float = 5.0) -> float:
        assert self._server is not None
        self._server.wait_for(lambda: bool(self.callbacks), timeout, f"a first response to {self}")
        assert self.latency is not None
        return self.latency

    def wait_answered(self, timeout: float = 10.0) -> InteractionRecord:
        assert self._server is not None
        self._server.wait_for(self.is_answered, timeout, f"an answer to {self}")
        return self

    def __str__(self) -> str:
        kinds = {2: "command", 3: "button", 4: "autocomplete"}
        return f"{kinds.get(self.type, self.type)} {self.name!r} (interaction {self.id})"


# ---- gateway plumbing -------------------------------------------------------------------------


class _Compressor:
    """Transport compression exactly as the gateway applies it for ``compress=...``."""

    def __init__(self, kind: str | None, split_frames: bool) -> None:
        self.kind = kind
        self.split = split_frames
        if kind == "zlib-stream":
            self._z = zlib.compressobj()
        elif kind == "zstd-stream":
            assert _zstd is not None
            self._z = _zstd.ZstdCompressor().compressobj()

    def frames(self, text: str) -> list[bytes | str]:
        data = text.encode()
        if self.kind is None:
            return [text]
        if self.kind == "zlib-stream":
            # One deflate context for the whole connection; each message ends with a sync flush.
            blob = self._z.compress(data) + self._z.flush(zlib.Z_SYNC_FLUSH)
            assert blob.endswith(SYNC_FLUSH_SUFFIX)
            if self.split and len(blob) > 16:
                cut = len(blob) // 2
                return [blob[:cut], blob[cut:]]
            return [blob]
        blob = self._z.compress(data) + self._z.flush(_zstd.COMPRESSOBJ_FLUSH_BLOCK)
        return [blob]


@dataclass
class _Session:
    id: str
    seq: int = 0
    log: list[dict[str, Any]] = field(default_factory=list)
    connection: _Connection | None = None
    valid: bool = True
    intents: int | None = None
    identify: dict[str, Any] | None = None


@dataclass
class _Connection:
    number: int
    ws: web.WebSocketResponse
    request: web.Request
    compressor: _Compressor
    path: str
    session: _Session | None = None
    heartbeats: int = 0
    closed: bool = False
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class GatewayClosed(Exception):
    pass


@dataclass
class Fault:
    """An error Discord will answer instead of handling the request (see ``inject``)."""

    method: str
    path_pattern: re.Pattern[str]
    status: int
    times: int
    retry_after: float

    def response(self) -> web.Response:
        if self.status == 429:
            # As Discord's edge sends it: JSON body, Retry-After, and a Via header (discord.py
            # only retries a webhook 429 that came through Discord's proxy).
            body = {
                "message": "You are being rate limited.",
                "retry_after": self.retry_after,
                "global": False,
            }
            response = _json(body, 429)
            response.headers.update(
                {
                    "Retry-After": str(max(1, round(self.retry_after))),
                    "X-RateLimit-Scope": "user",
                    "Via": "1.1 google",
                }
            )
            return response
        if self.status >= 500:
            return web.Response(
                status=self.status, text="upstream connect error", content_type="text/plain"
            )
        return _json({"message": "Missing Access", "code": 50001}, self.status)


# ---- the server -------------------------------------------------------------------------------


class LoopbackDiscord:
    """A Discord look-alike on 127.0.0.1, running in its own thread.

    Use :meth:`start`/:meth:`stop` (or the ``loopback`` fixture). Public attributes are safe to
    read from the test thread; mutate state only through the methods.
    """

    def __init__(
        self,
        world: World | None = None,
        *,
        heartbeat_interval_ms: int = 41250,
        split_frames: bool = False,
        first_response_deadline: float = FIRST_RESPONSE_DEADLINE,
        ack_heartbeats: bool = True,
    ) -> None:
        self.world = world or World()
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.split_frames = split_frames
        self.first_response_deadline = first_response_deadline
        self.ack_heartbeats = ack_heartbeats

        self.requests: list[RecordedRequest] = []
        self.gateway_log: list[GatewayFrame] = []
        self.violations: list[Violation] = []
        self.interactions: dict[int, InteractionRecord] = {}
        self.messages: dict[int, dict[str, Any]] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}  # "global" or guild id → commands
        self.connections: list[_Connection] = []
        self.sessions: dict[str, _Session] = {}
        self.identifies = 0
        self.resumes = 0  # successful RESUMEs
        self.ready_count = 0

        self._by_token: dict[str, InteractionRecord] = {}
        self._faults: list[Fault] = []
        self._session: _Session | None = None
        self._cond = threading.Condition()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ---- lifecycle ----------------------------------------------------------------------------

    def start(self) -> LoopbackDiscord:
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._start_site())
            except BaseException as exc:  # pragma: no cover - surfaced to the caller
                failure.append(exc)
                started.set()
                return
            started.set()
            loop.run_forever()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._thread = threading.Thread(target=run, name="loopback-discord", daemon=True)
        self._thread.start()
        started.wait(10)
        if failure:
            raise failure[0]
        return self

    async def _start_site(self) -> None:
        app = web.Application(middlewares=[self._record_middleware], client_max_size=64 * 1024**2)
        app.router.add_get("/", self._gateway)
        app.router.add_get("/resume/", self._gateway)
        api = API_PREFIX
        r = app.router
        r.add_get(api + "/users/@me", self._users_me)
        r.add_get(api + "/oauth2/applications/@me", self._application)
        r.add_get(api + "/applications/@me", self._application)
        r.add_get(api + "/gateway", self._gateway_url)
        r.add_get(api + "/gateway/bot", self._gateway_bot)
        r.add_put(api + "/applications/{app}/commands", self._put_commands)
        r.add_get(api + "/applications/{app}/commands", self._get_commands)
        r.add_put(api + "/applications/{app}/guilds/{guild}/commands", self._put_commands)
        r.add_get(api + "/applications/{app}/guilds/{guild}/commands", self._get_commands)
        r.add_post(api + "/interactions/{iid}/{token}/callback", self._callback)
        r.add_route("*", api + "/webhooks/{app}/{token}/messages/{mid}", self._webhook_message)
        r.add_post(api + "/webhooks/{app}/{token}", self._followup)
        r.add_patch(api + "/channels/{cid}/messages/{mid}", self._channel_edit)
        r.add_route("*", api + "/{tail:.*}", self._not_found)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    def stop(self) -> None:
        if self._loop is None:
            return

        async def shutdown() -> None:
            for conn in list(self.connections):
                if not conn.closed:
                    with contextlib.suppress(Exception):
                        await conn.ws.close(code=1001, message=b"loopback stopping")
            if self._runner is not None:
                await self._runner.cleanup()

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)
        self._loop = None

    def __enter__(self) -> LoopbackDiscord:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- addresses and settings for the bot ---------------------------------------------------

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    @property
    def resume_gateway_url(self) -> str:
        # A different address from the first one, as Discord's regional resume gateways are: a
        # bot that ignores ``resume_gateway_url`` is visible in the log.
        return f"ws://127.0.0.1:{self.port}/resume/"

    @property
    def token(self) -> str:
        return self.world.token

    def bot_env(self, **extra: str) -> dict[str, str]:
        """The environment variables that point a bot process at this server."""
        env = {
            "DISCORD_TOKEN": self.token,
            "DISCORD_API_BASE": self.api_base,
            "DISCORD_GATEWAY_URL": self.gateway_url,
            "DEV_GUILD_ID": str(self.world.guild_id),
        }
        env.update(extra)
        return env

    # ---- thread helpers -----------------------------------------------------------------------

    def _changed(self) -> None:
        with self._cond:
            self._cond.notify_all()

    def call(self, coro: Any, timeout: float = 10.0) -> Any:
        """Run a coroutine on the server's loop and return its result (from the test thread)."""
        assert self._loop is not None, "server not started"
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def wait_for(
        self, predicate: Callable[[], Any], timeout: float, what: str = "a condition"
    ) -> Any:
        """Block the calling thread until ``predicate()`` is truthy; fail clearly on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate()
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"timed out after {timeout:.1f}s waiting for {what}\n"
                        + self.describe_recent()
                    )
                self._cond.wait(min(remaining, 0.05))

    async def wait_for_async(
        self, predicate: Callable[[], Any], seconds: float, what: str = "a condition"
    ) -> Any:
        """The same, for a test running its own event loop (it must not block that loop)."""
        deadline = time.monotonic() + seconds
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"timed out after {seconds:.1f}s waiting for {what}\n" + self.describe_recent()
                )
            await asyncio.sleep(0.01)

    def describe_recent(self, n: int = 12) -> str:
        lines = ["recent requests:"]
        lines += [f"  {r.method} {r.path} -> {r.status}" for r in self.requests[-n:]]
        lines.append("recent gateway frames:")
        lines += [
            f"  conn{g.connection} {g.direction} op={g.op} t={g.event} s={g.seq}"
            for g in self.gateway_log[-n:]
        ]
        if self.violations:
            lines.append("violations:")
            lines += [f"  {v.rule}: {v.detail}" for v in self.violations[-n:]]
        return "\n".join(lines)

    # ---- waiting for the bot ------------------------------------------------------------------

    def wait_ready(self, timeout: float = 20.0) -> None:
        """Until a session has received READY and GUILD_CREATE."""
        self.wait_for(lambda: self.ready_count > 0, timeout, "the bot to IDENTIFY and get READY")

    def wait_commands(
        self, timeout: float = 20.0, scope: str | None = None
    ) -> list[dict[str, Any]]:
        """Until the bot has synced its commands (to the dev guild by default)."""
        key = scope or str(self.world.guild_id)
        return self.wait_for(lambda: self.commands.get(key), timeout, f"command sync to {key}")

    def command(self, name: str) -> dict[str, Any]:
        for scope in (str(self.world.guild_id), "global"):
            for cmd in self.commands.get(scope, []):
                if cmd["name"] == name:
                    return cmd
        raise KeyError(
            f"command /{name} was never synced; synced: "
            f"{[c['name'] for cs in self.commands.values() for c in cs]}"
        )

    @property
    def connected(self) -> bool:
        s = self._session
        return bool(s and s.connection and not s.connection.closed)

    # ---- chaos on the gateway -----------------------------------------------------------------

    def drop_connection(self) -> None:
        """Cut the TCP connection under the websocket, without a close frame (a network loss)."""

        async def drop() -> None:
            conn = self._current_connection()
            conn.closed = True
            transport = conn.request.transport
            if transport is not None:
                transport.abort()

        self.call(drop())

    def send_reconnect(self) -> None:
        """Op 7: Discord asks the bot to reconnect and resume (e.g. a gateway node restarting)."""

        async def reconnect() -> None:
            await self._send(self._current_connection(), {"op": 7, "d": None, "s": None, "t": None})

        self.call(reconnect())

    def invalidate_session(self, resumable: bool = False) -> None:
        """Op 9: the session is invalid; with ``resumable=False`` the bot must IDENTIFY afresh."""

        async def invalidate() -> None:
            conn = self._current_connection()
            if not resumable and conn.session is not None:
                conn.session.valid = False
            await self._send(conn, {"op": 9, "d": resumable, "s": None, "t": None})

        self.call(invalidate())

    def inject(
        self, method: str, path_regex: str, status: int, *, times: int = 1, retry_after: float = 0.3
    ) -> Fault:
        """Answer the next ``times`` matching requests with ``status`` (429, 5xx, 403...).

        ``path_regex`` is searched in the path without the /api/v10 prefix.
        """
        fault = Fault(method.upper(), re.compile(path_regex), status, times, retry_after)
        self._faults.append(fault)
        return fault

    def _take_fault(self, method: str, path: str) -> Fault | None:
        for fault in self._faults:
            if fault.times > 0 and fault.method == method and fault.path_pattern.search(path):
                fault.times -= 1
                return fault
        return None

    def _current_connection(self) -> _Connection:
        session = self._session
        if session is None or session.connection is None or session.connection.closed:
            raise AssertionError("the bot is not connected to the gateway")
        return session.connection

    # ---- dispatching events -------------------------------------------------------------------

    def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send a DISPATCH to the current session (buffered for RESUME when disconnected)."""
        return self.call(self._dispatch(event, data))

    async def _dispatch(self, event: str, data: dict[str, Any]) -> int:
        session = self._session
        if session is None:
            raise AssertionError("no gateway session: the bot never identified")
        session.seq += 1
        frame = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.log.append(frame)
        conn = session.connection
        if conn is not None and not conn.closed:
            with contextlib.suppress(GatewayClosed):
                await self._send(conn, frame)
        return session.seq

    def send_interaction(self, record: InteractionRecord) -> InteractionRecord:
        record._server = self

        async def go() -> None:
            self.interactions[record.id] = record
            self._by_token[record.token] = record
            record.sent_at = time.monotonic()
            await self._dispatch("INTERACTION_CREATE", record.payload)

        self.call(go())
        return record

    def send_interactions(self, records: Iterable[InteractionRecord]) -> list[InteractionRecord]:
        """Send many interactions back to back (a burst, as a busy server would)."""
        batch = list(records)

        async def go() -> None:
            for record in batch:
                record._server = self
                self.interactions[record.id] = record
                self._by_token[record.token] = record
                record.sent_at = time.monotonic()
                await self._dispatch("INTERACTION_CREATE", record.payload)

        self.call(go(), timeout=60)
        return batch

    # ---- building interactions ----------------------------------------------------------------

    def _interaction_base(
        self, itype: int, user: FakeUser, data: dict[str, Any]
    ) -> tuple[int, str, dict[str, Any]]:
        w = self.world
        iid = snowflake()
        token = "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(120)
        payload: dict[str, Any] = {
            "id": str(iid),
            "application_id": str(w.application_id),
            "type": itype,
            "data": data,
            "guild": {"id": str(w.guild_id), "locale": "en-US", "features": []},
            "guild_id": str(w.guild_id),
            "guild_locale": "en-US",
            "channel": w.interaction_channel_payload(),
            "channel_id": str(w.channel_id),
            "member": member_payload(user, permissions=w.permissions_for(user)),
            "token": token,
            "version": 1,
            "app_permissions": str(BOT_PERMISSIONS),
            "locale": "en-GB",
            "entitlements": [],
            "entitlement_sku_ids": [],
            "authorizing_integration_owners": {"0": str(w.guild_id)},
            "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        return iid, token, payload

    def _options(
        self, command: dict[str, Any], values: dict[str, Any], focused: str | None = None
    ) -> list[dict[str, Any]]:
        declared = {o["name"]: o for o in command.get("options", [])}
        options = []
        for name, value in values.items():
            if name not in declared:
                raise KeyError(
                    f"/{command['name']} has no option {name!r}; it has {list(declared)}"
                )
            spec = declared[name]
            # Discord enforces lengths before it sends a command (not while autocompleting).
            if (
                focused is None
                and isinstance(value, str)
                and not (spec.get("min_length", 0) <= len(value) <= spec.get("max_length", 6000))
            ):
                raise ValueError(
                    f"Discord would not send {name!r} of {len(value)} characters: "
                    f"/{command['name']} allows {spec.get('min_length', 0)}.."
                    f"{spec.get('max_length', 6000)}"
                )
            option: dict[str, Any] = {"name": name, "type": spec["type"], "value": value}
            if name == focused:
                option["focused"] = True
            options.append(option)
        return options

    def slash(
        self, name: str, /, *, by: FakeUser | None = None, send: bool = True, **options: Any
    ) -> InteractionRecord:
        """A slash command as a member (``by``, default the asker) types it.

        Options must be declared by the synced command; their types come from its definition.
        """
        command = self.command(name)
        user = by or self.world.asker
        needed = int(command.get("default_member_permissions") or 0)
        have = self.world.permissions_for(user)
        if needed and not have & ADMINISTRATOR and have & needed != needed:
            raise ValueError(f"Discord does not show /{name} to {user.username}")
        data: dict[str, Any] = {"id": command["id"], "name": name, "type": 1}
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        opts = self._options(command, options)
        if opts:
            data["options"] = opts
        iid, token, payload = self._interaction_base(2, user, data)
        record = InteractionRecord(iid, token, 2, name, user, payload)
        return self.send_interaction(record) if send else record

    def autocomplete(
        self,
        name: str,
        focused: str,
        /,
        *,
        by: FakeUser | None = None,
        send: bool = True,
        **options: Any,
    ) -> InteractionRecord:
        """Discord asking for choices while the member types option ``focused``."""
        command = self.command(name)
        user = by or self.world.asker
        options.setdefault(focused, "")
        data: dict[str, Any] = {
            "id": command["id"],
            "name": name,
            "type": 1,
            "options": self._options(command, options, focused),
        }
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        iid, token, payload = self._interaction_base(4, user, data)
        record = InteractionRecord(iid, token, 4, name, user, payload)
        return self.send_interaction(record) if send else record

    def press(
        self, message_id: int, button: str, /, *, by: FakeUser | None = None, send: bool = True
    ) -> InteractionRecord:
        """A member (``by``, default the asker) pressing a button, named by custom_id or label."""
        message = self.messages[message_id]
        found = [c for c in self.buttons(message) if button in (c.get("custom_id"), c.get("label"))]
        if not found:
            raise KeyError(
                f"no button {button!r} on message {message_id}: "
                f"{[(c.get('label'), c.get('custom_id')) for c in self.buttons(message)]}"
            )
        custom_id = found[0]["custom_id"]
        user = by or self.world.asker
        data = {
            "custom_id": custom_id,
            "component_type": found[0]["type"],
            "id": found[0].get("id"),
        }
        iid, token, payload = self._interaction_base(3, user, data)
        payload["message"] = json.loads(json.dumps(message))
        record = InteractionRecord(iid, token, 3, custom_id, user, payload, message_id=message_id)
        return self.send_interaction(record) if send else record

    @staticmethod
    def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
        return [
            c
            for row in message.get("components", [])
            for c in row.get("components", [])
            if c.get("type") == 2
        ]

    # ---- gateway ------------------------------------------------------------------------------

    async def _send(self, conn: _Connection, payload: dict[str, Any]) -> None:
        if conn.closed or conn.ws.closed:
            raise GatewayClosed
        text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
        async with conn.lock:  # frames of one message must not interleave with another's
            try:
                for frame in conn.compressor.frames(text):
                    if isinstance(frame, str):
                        await conn.ws.send_str(frame)
                    else:
                        await conn.ws.send_bytes(frame)
            except (ConnectionError, RuntimeError) as exc:
                conn.closed = True
                raise GatewayClosed from exc
        self.gateway_log.append(
            GatewayFrame(
                time.monotonic(),
                "out",
                conn.number,
                payload.get("op"),
                payload.get("t"),
                payload.get("s"),
            )
        )
        self._changed()

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        query = request.rel_url.query
        compress = query.get("compress")
        conn = _Connection(
            len(self.connections) + 1,
            ws,
            request,
            _Compressor(compress, self.split_frames),
            request.path,
        )
        self.connections.append(conn)
        if query.get("v") != "10" or query.get("encoding") != "json":
            self._violate("gateway-query", f"expected v=10&encoding=json, got {dict(query)}")
            await ws.close(code=4012, message=b"Invalid API version")
            return ws
        if compress not in (None, "zlib-stream", "zstd-stream") or (
            compress == "zstd-stream" and _zstd is None
        ):
            await ws.close(code=4000, message=b"Unsupported compression")
            return ws
        try:
            await self._send(
                conn,
                {
                    "op": 10,
                    "d": {
                        "heartbeat_interval": self.heartbeat_interval_ms,
                        "_trace": ['["gateway-prd-loopback",{}]'],
                    },
                    "s": None,
                    "t": None,
                },
            )
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                await self._on_gateway_message(conn, json.loads(msg.data))
        except GatewayClosed:
            pass
        finally:
            conn.closed = True
            if conn.session is not None and conn.session.connection is conn:
                conn.session.connection = None
            self._changed()
        return ws

    async def _on_gateway_message(self, conn: _Connection, msg: dict[str, Any]) -> None:
        op, d = msg.get("op"), msg.get("d")
        self.gateway_log.append(GatewayFrame(time.monotonic(), "in", conn.number, op, None, None))
        if op == 1:
            conn.heartbeats += 1
            if self.ack_heartbeats:
                await self._send(conn, {"op": 11, "d": None, "s": None, "t": None})
        elif op == 2:
            await self._identify(conn, d or {})
        elif op == 6:
            await self._resume(conn, d or {})
        elif op in (3, 4, 8, 31):
            pass  # presence, voice state, member requests: accepted and ignored
        else:
            self._violate("gateway-opcode", f"unknown op {op}")
            await conn.ws.close(code=4001, message=b"Unknown opcode")
        self._changed()

    async def _identify(self, conn: _Connection, d: dict[str, Any]) -> None:
        if d.get("token") != self.token:
            self._violate("identify-token", "IDENTIFY with a wrong token")
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        intents = d.get("intents")
        privileged = (1 << 1) | (1 << 8) | (1 << 15)  # members, presences, message content
        if intents is None or intents & privileged:
            self._violate("privileged-intents", f"IDENTIFY asked for intents {intents}")
            await conn.ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        self.identifies += 1
        session = _Session(secrets.token_hex(16), intents=intents, identify=d)
        self.sessions[session.id] = session
        if self._session is not None:
            self._session.valid = False
        self._session = session
        session.connection = conn
        conn.session = session
        await self._dispatch("READY", self.world.ready_payload(session.id, self.resume_gateway_url))
        await self._dispatch("GUILD_CREATE", self.world.guild_create_payload(iso_now()))
        self.ready_count += 1

    async def _resume(self, conn: _Connection, d: dict[str, Any]) -> None:
        session = self.sessions.get(d.get("session_id") or "")
        if d.get("token") != self.token or session is None or not session.valid:
            await asyncio.sleep(0.05)
            await self._send(conn, {"op": 9, "d": False, "s": None, "t": None})
            return
        old = session.connection
        if old is not None and old is not conn and not old.closed:
            old.closed = True
            with contextlib.suppress(Exception):
                await old.ws.close(code=4000)
        session.connection = conn
        conn.session = session
        since = int(d.get("seq") or 0)
        for frame in [f for f in session.log if f["s"] > since]:
            await self._send(conn, frame)
        self.resumes += 1
        await self._dispatch("RESUMED", {"_trace": ['["gateway-prd-loopback",{}]']})

    # ---- REST plumbing ------------------------------------------------------------------------

    @web.middleware
    async def _record_middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if not request.path.startswith(API_PREFIX):
            return await handler(request)
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            ctype = request.content_type
            if ctype == "application/json":
                body = json.loads(raw or b"null")
            elif ctype.startswith("multipart/"):
                body = await self._multipart_json(request)
            else:
                body = raw.decode(errors="replace")
        record = RecordedRequest(
            time.monotonic(),
            time.time(),
            request.method,
            request.path[len(API_PREFIX) :],
            dict(request.rel_url.query),
            request.headers.get("Authorization"),
            body,
        )
        self.requests.append(record)
        request[_BODY] = body
        fault = self._take_fault(request.method, record.path)
        if fault is not None:
            record.status = fault.status
            self._changed()
            return fault.response()
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            record.status = exc.status
            self._changed()
            raise
        record.status = response.status
        self._changed()
        return response

    @staticmethod
    async def _multipart_json(request: web.Request) -> Any:
        # Files come as multipart with the JSON in "payload_json"; keep only that.
        reader = await request.multipart()
        async for part in reader:
            if getattr(part, "name", None) == "payload_json":
                return json.loads(await part.text())  # type: ignore[union-attr]
        return None

    def _violate(self, rule: str, detail: str) -> None:
        self.violations.append(Violation(time.monotonic(), rule, detail))
        self._changed()

    @staticmethod
    def _error(
        status: int, code: int, message: str, errors: dict[str, Any] | None = None
    ) -> web.Response:
        body: dict[str, Any] = {"message": message, "code": code}
        if errors:
            body["errors"] = errors
        return _json(body, status=status)

    def _authorized(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bot {self.token}"

    def _unauthorized(self) -> web.Response:
        return self._error(401, 0, "401: Unauthorized")

    # ---- REST: login and gateway --------------------------------------------------------------

    async def _users_me(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._unauthorized()
        return _json(self.world.bot.me_payload())

    async def _application(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._unauthorized()
        return _json(self.world.application_payload())

    async def _gateway_url(self, request: web.Request) -> web.Response:
        return _json({"url": self.gateway_url.rstrip("/")})

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._unauthorized()
        return _json(
            {
                "url": self.gateway_url.rstrip("/"),
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999 - self.identifies,
                    "reset_after": 14_400_000,
                    "max_concurrency": 1,
                },
            }
        )

    # ---- REST: application commands -----------------------------------------------------------

    def _scope(self, request: web.Request) -> str:
        return request.match_info.get("guild", "global")

    async def _put_commands(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._unauthorized()
        if request.match_info["app"] != str(self.world.application_id):
            return self._error(403, 50001, "Missing Access")
        body = request[_BODY]
        if not isinstance(body, list) or len(body) > 100:
            return self._error(400, 50035, "Invalid Form Body")
        scope = self._scope(request)
        previous = {c["name"]: c for c in self.commands.get(scope, [])}
        stored = []
        for cmd in body:
            problems = _check_command(cmd)
            if problems:
                self._violate("command-definition", f"/{cmd.get('name')}: {problems}")
                return self._error(400, 50035, "Invalid Form Body", {"_errors": problems})
            old = previous.get(cmd["name"])
            full = {
                "id": old["id"] if old else str(snowflake()),
                "application_id": str(self.world.application_id),
                "version": str(snowflake()),
                "default_member_permissions": None,
                "type": 1,
                "name": cmd["name"],
                "name_localizations": None,
                "description": cmd.get("description", ""),
                "description_localizations": None,
                "dm_permission": True,
                "contexts": None,
                "integration_types": [0],
                "nsfw": False,
            }
            full.update(
                {k: v for k, v in cmd.items() if k not in ("id", "application_id", "version")}
            )
            if scope != "global":
                full["guild_id"] = scope
            stored.append(full)
        self.commands[scope] = stored
        return _json(stored)

    async def _get_commands(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return self._unauthorized()
        return _json(self.commands.get(self._scope(request), []))

    # ---- REST: interactions -------------------------------------------------------------------

    async def _callback(self, request: web.Request) -> web.Response:
        now = time.monotonic()
        record = self.interactions.get(int(request.match_info["iid"]))
        if record is None or record.token != request.match_info["token"]:
            return self._error(404, 10062, "Unknown interaction")
        body = request[_BODY] or {}
        if now - record.sent_at > self.first_response_deadline:
            self._violate(
                "late-response", f"{record}: first response after {now - record.sent_at:.2f}s"
            )
            record.errors.append((404, body))
            return self._error(404, 10062, "Unknown interaction")
        if record.callbacks:
            self._violate("double-ack", f"{record}: acknowledged twice")
            record.errors.append((400, body))
            return self._error(400, 40060, "Interaction has already been acknowledged.")
        ctype = body.get("type")
        data = body.get("data") or {}
        allowed = {2: (4, 5), 3: (4, 5, 6, 7, 9), 4: (8,), 5: (4, 5, 6, 7)}.get(record.type, ())
        if ctype not in allowed:
            self._violate("callback-type", f"{record}: callback type {ctype} not valid here")
            record.errors.append((400, body))
            return self._error(
                400,
                50035,
                "Invalid Form Body",
                {"type": {"_errors": [{"code": "INTERACTION_RESPONSE_TYPE_INVALID"}]}},
            )
        if ctype == 8:
            problems = _check_choices(data.get("choices"))
        elif ctype in (4, 7):
            problems = _check_message(data, require_content=ctype == 4)
        else:
            problems = []
        if problems:
            self._violate("invalid-form-body", f"{record}: {problems}")
            record.errors.append((400, body))
            return self._error(400, 50035, "Invalid Form Body", {"_errors": problems})

        record.callbacks.append((now, body))
        resource: dict[str, Any] = {"type": ctype}
        if ctype == 8:
            record.choices = data.get("choices") or []
        elif ctype in (4, 5):
            flags = int(data.get("flags") or 0)
            if ctype == 5:
                flags |= 128  # LOADING: "Briefbot is thinking…"
                message = self._new_message(record, {"content": "", "flags": flags})
            else:
                message = self._new_message(record, data)
            record.message_id = int(message["id"])
            resource["message"] = message
        elif ctype == 7:
            message = self._edit_message(record.message_id, data)
            resource["message"] = message
        elif ctype == 6 and record.message_id in self.messages:
            resource["message"] = self.messages[record.message_id]
        self._changed()
        if request.rel_url.query.get("with_response") not in ("1", "true", "True"):
            return web.Response(status=204)
        message = resource.get("message")
        return _json(
            {
                "interaction": {
                    "id": str(record.id),
                    "type": record.type,
                    "activity_instance_id": None,
                    "response_message_id": message["id"] if message else None,
                    "response_message_loading": ctype == 5,
                    "response_message_ephemeral": bool(message and message["flags"] & 64),
                },
                "resource": resource,
            }
        )

    def _new_message(
        self, record: InteractionRecord, data: dict[str, Any], *, followup: bool = False
    ) -> dict[str, Any]:
        w = self.world
        mid = snowflake()
        parent = record
        if record.type == 3 and record.message_id in self.messages:
            # A reply to a button press is attributed to the command that made the message.
            origin = self.messages[record.message_id].get("interaction_metadata") or {}
            parent_id = int(origin.get("id", record.id))
            parent = self.interactions.get(parent_id, record)
        message = {
            "id": str(mid),
            "type": 20 if parent.type == 2 else 19,
            "channel_id": str(w.channel_id),
            "guild_id": str(w.guild_id),
            "author": w.bot.payload(),
            "content": "",
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "mention_channels": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "webhook_id": str(w.application_id),
            "application_id": str(w.application_id),
            "flags": 0,
            "components": [],
            "position": 0,
            "interaction_metadata": {
                "id": str(parent.id),
                "type": parent.type,
                "name": parent.name,
                "command_type": 1,
                "user": parent.user.payload(),
                "authorizing_integration_owners": {"0": str(w.guild_id)},
            },
            "interaction": {
                "id": str(parent.id),
                "type": parent.type,
                "name": parent.name,
                "user": parent.user.payload(),
            },
        }
        if followup:
            message["type"] = 0 if parent.type != 2 else 20
        self.messages[mid] = message
        self._apply(message, data, creating=True)
        return message

    def _edit_message(self, message_id: int | None, data: dict[str, Any]) -> dict[str, Any]:
        message = self.messages[message_id] if message_id is not None else None
        if message is None:
            raise web.HTTPNotFound(
                body=json.dumps({"message": "Unknown Message", "code": 10008}),
                headers={"Content-Type": "application/json"},
            )
        self._apply(message, data, creating=False)
        message["edited_timestamp"] = iso_now()
        return message

    def _apply(self, message: dict[str, Any], data: dict[str, Any], *, creating: bool) -> None:
        """Apply a create/edit body to a stored message, the way Discord merges them."""
        if "content" in data:
            message["content"] = data["content"] or ""
        if "embeds" in data:
            message["embeds"] = [_normalise_embed(e) for e in data["embeds"] or []]
        if "components" in data:
            message["components"] = _number_components(data["components"] or [])
        if creating:
            message["flags"] = int(data.get("flags") or 0)
        elif data.get("flags") is not None:
            keep = message["flags"] & 64  # ephemeral cannot be changed by an edit
            message["flags"] = (int(data["flags"]) & ~128) | keep
        else:
            message["flags"] &= ~128  # the first edit of a deferred response ends "thinking"
        everyone, users, roles = _pings(
            message["content"], data.get("allowed_mentions"), self._known_users()
        )
        if "content" in data or creating:
            message["mention_everyone"] = everyone
            message["mentions"] = [u.payload() for u in users]
            message["mention_roles"] = [str(r) for r in roles]
            if everyone or users or roles:
                self._violate(
                    "mention",
                    f"message {message['id']} would ping: everyone={everyone} "
                    f"users={[u.username for u in users]} roles={roles}",
                )
        message["_allowed_mentions"] = data.get(
            "allowed_mentions", message.get("_allowed_mentions")
        )

    def _known_users(self) -> dict[int, FakeUser]:
        w = self.world
        return {u.id: u for u in (w.bot, w.owner, w.asker, w.other, w.moderator)}

    def _record_for_webhook(self, request: web.Request) -> InteractionRecord | None:
        if request.match_info["app"] != str(self.world.application_id):
            return None
        return self._by_token.get(request.match_info["token"])

    async def _webhook_message(self, request: web.Request) -> web.Response:
        record = self._record_for_webhook(request)
        if record is None:
            return self._error(404, 10015, "Unknown Webhook")
        mid_text = request.match_info["mid"]
        if mid_text == "@original":
            if not record.callbacks:
                return self._error(404, 10008, "Unknown Message")
            mid = record.message_id
        else:
            mid = int(mid_text)
            if mid not in record.followups and mid != record.message_id:
                return self._error(404, 10008, "Unknown Message")
        if mid is None or mid not in self.messages:
            return self._error(404, 10008, "Unknown Message")
        if request.method == "GET":
            return _json(_public(self.messages[mid]))
        if request.method == "DELETE":
            self.messages.pop(mid, None)
            return web.Response(status=204)
        if request.method != "PATCH":
            return self._error(405, 0, "405: Method Not Allowed")
        data = request[_BODY] or {}
        problems = _check_message(data, require_content=False)
        if problems:
            self._violate("invalid-form-body", f"{record} edit: {problems}")
            record.errors.append((400, data))
            return self._error(400, 50035, "Invalid Form Body", {"_errors": problems})
        record.edits.append((time.monotonic(), data))
        message = self._edit_message(mid, data)
        self._changed()
        return _json(_public(message))

    async def _followup(self, request: web.Request) -> web.Response:
        record = self._record_for_webhook(request)
        if record is None or not record.callbacks:
            return self._error(404, 10015, "Unknown Webhook")
        data = request[_BODY] or {}
        problems = _check_message(data, require_content=True)
        if problems:
            self._violate("invalid-form-body", f"{record} follow-up: {problems}")
            record.errors.append((400, data))
            return self._error(400, 50035, "Invalid Form Body", {"_errors": problems})
        message = self._new_message(record, data, followup=True)
        record.followups.append(int(message["id"]))
        self._changed()
        if request.rel_url.query.get("wait") in ("1", "true", "True"):
            return _json(_public(message))
        return web.Response(status=204)

    async def _channel_edit(self, request: web.Request) -> web.Response:
        """The bot editing its own message with its token: allowed, except ephemeral ones."""
        if not self._authorized(request):
            return self._unauthorized()
        message = self.messages.get(int(request.match_info["mid"]))
        if message is None or message["flags"] & 64:
            # Ephemeral messages exist only for their interaction's webhook.
            return self._error(404, 10008, "Unknown Message")
        data = request[_BODY] or {}
        problems = _check_message(data, require_content=False)
        if problems:
            self._violate("invalid-form-body", f"channel edit: {problems}")
            return self._error(400, 50035, "Invalid Form Body", {"_errors": problems})
        edited = self._edit_message(int(message["id"]), data)
        self._changed()
        return _json(_public(edited))

    async def _not_found(self, request: web.Request) -> web.Response:
        self._violate("unknown-route", f"{request.method} {request.path}")
        return self._error(404, 0, "404: Not Found")


# ---- validation helpers -----------------------------------------------------------------------


def _json(data: Any, status: int = 200) -> web.Response:
    """JSON exactly as Discord labels it: discord.py decodes only ``application/json`` verbatim."""
    body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    return web.Response(body=body, status=status, headers={"Content-Type": "application/json"})


def _public(message: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in message.items() if not k.startswith("_")}


def _normalise_embed(embed: dict[str, Any]) -> dict[str, Any]:
    out = dict(embed)
    out.setdefault("type", "rich")
    out.setdefault("content_scan_version", 0)
    return out


def _number_components(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Discord gives every component a numeric ``id`` when the bot did not."""
    counter = 0
    out = []

    def number(c: dict[str, Any]) -> dict[str, Any]:
        nonlocal counter
        counter += 1
        c = dict(c)
        c.setdefault("id", counter)
        if "components" in c:
            c["components"] = [number(x) for x in c["components"]]
        return c

    for row in rows:
        out.append(number(row))
    return out


def _pings(
    content: str, allowed: dict[str, Any] | None, users: dict[int, FakeUser]
) -> tuple[bool, list[FakeUser], list[int]]:
    """Who a message's content would notify, given its ``allowed_mentions`` (Discord's rules)."""
    if allowed is None:
        parse = {"everyone", "users", "roles"}  # Discord's default when the field is absent
        allow_users: set[int] = set()
        allow_roles: set[int] = set()
    else:
        parse = set(allowed.get("parse") or [])
        allow_users = {int(u) for u in allowed.get("users") or []}
        allow_roles = {int(r) for r in allowed.get("roles") or []}
    everyone = ("@everyone" in content or "@here" in content) and "everyone" in parse
    user_ids = [int(m) for m in _USER_MENTION.findall(content)]
    pinged = [
        users[u]
        for u in dict.fromkeys(user_ids)
        if u in users and ("users" in parse or u in allow_users)
    ]
    role_ids = [int(m) for m in _ROLE_MENTION.findall(content)]
    roles = [r for r in dict.fromkeys(role_ids) if "roles" in parse or r in allow_roles]
    return everyone, pinged, roles


def _length(value: Any) -> int:
    """Length as Discord counts it: UTF-16 code units (an emoji outside the BMP counts twice)."""
    if not isinstance(value, str):
        return 0
    return len(value) + sum(1 for ch in value if ord(ch) > 0xFFFF)


def check_embed_limits(embeds: list[dict[str, Any]]) -> list[str]:
    """Discord's embed limits, as messages; empty when the embeds are acceptable."""
    problems = []
    if len(embeds) > LIMITS["embeds"]:
        problems.append(f"{len(embeds)} embeds > {LIMITS['embeds']}")
    total = 0
    for i, e in enumerate(embeds):
        title, desc = e.get("title"), e.get("description")
        footer = (e.get("footer") or {}).get("text")
        author = (e.get("author") or {}).get("name")
        fields = e.get("fields") or []
        for label, value, limit in (
            ("title", title, "embed_title"),
            ("description", desc, "embed_description"),
            ("footer.text", footer, "footer_text"),
            ("author.name", author, "author_name"),
        ):
            if _length(value) > LIMITS[limit]:
                problems.append(f"embed {i} {label}: {_length(value)} > {LIMITS[limit]}")
        if len(fields) > LIMITS["embed_fields"]:
            problems.append(f"embed {i}: {len(fields)} fields > {LIMITS['embed_fields']}")
        for j, f in enumerate(fields):
            name, value = f.get("name"), f.get("value")
            if not isinstance(name, str) or not name.strip():
                problems.append(f"embed {i} field {j}: empty name")
            if not isinstance(value, str) or not value.strip():
                problems.append(f"embed {i} field {j}: empty value")
            if _length(name) > LIMITS["field_name"]:
                problems.append(
                    f"embed {i} field {j} name: {_length(name)} > {LIMITS['field_name']}"
                )
            if _length(value) > LIMITS["field_value"]:
                problems.append(
                    f"embed {i} field {j} value: {_length(value)} > {LIMITS['field_value']}"
                )
            total += _length(name) + _length(value)
        total += _length(title) + _length(desc) + _length(footer) + _length(author)
        if (
            title is None
            and desc is None
            and not fields
            and not e.get("image")
            and not e.get("thumbnail")
        ):
            problems.append(f"embed {i}: empty embed")
    if total > LIMITS["embed_total"]:
        problems.append(f"embeds total {total} characters > {LIMITS['embed_total']}")
    return problems


def _check_components(rows: list[dict[str, Any]], flags: int) -> list[str]:
    problems: list[str] = []
    if flags & (1 << 15):
        return problems  # components v2 layouts: not validated here
    if len(rows) > LIMITS["action_rows"]:
        problems.append(f"{len(rows)} action rows > {LIMITS['action_rows']}")
    seen: set[str] = set()
    for i, row in enumerate(rows):
        if row.get("type") != 1:
            problems.append(f"component {i}: top level must be an action row")
            continue
        children = row.get("components") or []
        if not children or len(children) > LIMITS["row_components"]:
            problems.append(f"row {i}: {len(children)} components")
        for c in children:
            cid = c.get("custom_id")
            if c.get("type") == 2:
                if _length(c.get("label")) > LIMITS["button_label"]:
                    problems.append(
                        f"button label {_length(c.get('label'))} > {LIMITS['button_label']}"
                    )
                if c.get("style") != 5 and not cid:
                    problems.append("button without custom_id")
                if not c.get("label") and not c.get("emoji"):
                    problems.append("button without label or emoji")
            if cid is not None:
                if len(cid) > LIMITS["custom_id"]:
                    problems.append(f"custom_id {len(cid)} > {LIMITS['custom_id']}")
                if cid in seen:
                    problems.append(f"duplicate custom_id {cid!r}")
                seen.add(cid)
    return problems


def _check_message(data: dict[str, Any], *, require_content: bool) -> list[str]:
    problems = []
    content = data.get("content")
    if content is not None and not isinstance(content, str):
        problems.append("content is not a string")
    elif _length(content) > LIMITS["content"]:
        problems.append(f"content {_length(content)} > {LIMITS['content']}")
    embeds = data.get("embeds") or []
    problems += check_embed_limits(embeds)
    flags = int(data.get("flags") or 0)
    problems += _check_components(data.get("components") or [], flags)
    if require_content and not (
        content
        or embeds
        or data.get("components")
        or data.get("attachments")
        or data.get("poll")
        or data.get("sticker_ids")
    ):
        problems.append("Cannot send an empty message (50006)")
    if data.get("allowed_mentions") is not None and not isinstance(data["allowed_mentions"], dict):
        problems.append("allowed_mentions is not an object")
    return problems


def _check_choices(choices: Any) -> list[str]:
    if not isinstance(choices, list):
        return ["choices missing"]
    problems = []
    if len(choices) > LIMITS["choices"]:
        problems.append(f"{len(choices)} choices > {LIMITS['choices']}")
    for c in choices:
        name, value = c.get("name"), c.get("value")
        if not isinstance(name, str) or not 1 <= _length(name) <= LIMITS["choice_name"]:
            problems.append(f"choice name {name!r} must be 1..{LIMITS['choice_name']} characters")
        if isinstance(value, str) and _length(value) > LIMITS["choice_value"]:
            problems.append(
                f"choice value of {_length(value)} characters > {LIMITS['choice_value']}"
            )
    return problems


_NAME = re.compile(r"^[-_'\w]{1,32}$")


def _check_command(cmd: dict[str, Any]) -> list[str]:
    problems = []
    name = cmd.get("name", "")
    if not _NAME.match(name) or name != name.lower():
        problems.append(f"bad command name {name!r}")
    if cmd.get("type", 1) == 1 and not 1 <= len(cmd.get("description", "")) <= 100:
        problems.append(f"/{name}: description must be 1..100 characters")
    options = cmd.get("options") or []
    if len(options) > 25:
        problems.append(f"/{name}: more than 25 options")
    seen_optional = False
    for o in options:
        if not _NAME.match(o.get("name", "")):
            problems.append(f"/{name}: bad option name {o.get('name')!r}")
        if not 1 <= len(o.get("description", "")) <= 100:
            problems.append(f"/{name} {o.get('name')}: description must be 1..100 characters")
        if o.get("required") and seen_optional:
            problems.append(f"/{name}: required option after an optional one")
        if not o.get("required"):
            seen_optional = True
        if o.get("autocomplete") and o.get("choices"):
            problems.append(f"/{name} {o.get('name')}: autocomplete with choices")
    return problems
