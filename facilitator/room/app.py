"""The room's web application: the page, its JSON, live updates by Server-Sent Events.

Every request but the page itself, its two files and the phones' connectivity checks
names a token (``X-Room-Token``) or the room code (``X-Room-Code``); the event stream,
which a browser opens without headers, takes them in its query instead. No cookie is
ever set, so no other site can make a phone's browser act in the room (CSRF), and
every body is JSON, capped, and checked field by field before a service sees it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
from collections.abc import Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from facilitator import logs
from facilitator.assets import resource_path
from facilitator.errors import (
    ConflictError,
    FacilitatorError,
    NotFoundError,
    StoreError,
    ValidationError,
)
from facilitator.room.limits import RateLimit, TooLargeError, read_body
from facilitator.room.present import LANGUAGES, view_json
from facilitator.room.writer import GroupWriter
from facilitator.services import room as room_service
from facilitator.store import Store
from facilitator.store.watch import ChangeWatch

logger = logging.getLogger(__name__)
_DIGITS = re.compile(r"[0-9]{1,9}")  # an id in a query (not "²", which isdigit() takes)

HEARTBEAT_SECONDS = 15.0
STREAMS_PER_BADGE = 4  # a phone or two, a tablet, a reload in progress
STREAMS_PER_ADDRESS = 20  # with the room code, behind one address
PAGE_FILES = {"/": "index.html", "/room.js": "room.js", "/room.css": "room.css"}
CONTENT_TYPES = {
    "index.html": "text/html; charset=utf-8",
    "room.js": "text/javascript; charset=utf-8",
    "room.css": "text/css; charset=utf-8",
}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
# What phones and laptops ask to learn whether the network reaches the internet: a
# network that answers as expected keeps them on it (when it answers their names).
CONNECTIVITY = {
    "/generate_204": (204, "", "text/plain"),
    "/gen_204": (204, "", "text/plain"),
    "/hotspot-detect.html": (
        200,
        "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>",
        "text/html",
    ),
    "/library/test/success.html": (
        200,
        "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>",
        "text/html",
    ),
    "/connecttest.txt": (200, "Microsoft Connect Test", "text/plain"),
    "/ncsi.txt": (200, "Microsoft NCSI", "text/plain"),
    "/success.txt": (200, "success\n", "text/plain"),
}


@dataclass
class RoomConfig:
    """What the room serves, and whom it tells when a phone wrote something."""

    store: Store
    workshop_id: int
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    on_change: Callable[[], None] | None = None  # called on the server's thread
    # Called when a phone gave a position again, replacing another: (whose voice, the
    # method, the value before, the value now), so the moderator is told.
    on_position_again: Callable[[str, str, str, str], None] | None = None
    # Called once when the workshop's session ends (the room closes with it).
    on_session_end: Callable[[], None] | None = None
    poll_seconds: float = 0.2


class UnauthorizedError(Exception):
    pass


class Broadcast:
    """The view every phone is shown, made once per change, and the wait for the next."""

    def __init__(self, config: RoomConfig):
        self.config = config
        self.version = 0
        self._view = None
        self._json: dict[str, bytes] = {}
        self._next = asyncio.Event()
        self.loop: asyncio.AbstractEventLoop | None = None  # set when the server starts
        self.closed = False  # the room is closing: every stream ends

    def close_streams(self) -> None:
        """End every phone's stream (from any thread), so the server stops at once."""
        loop = self.loop
        if loop is None:
            return

        def close() -> None:
            self.closed = True
            done, self._next = self._next, asyncio.Event()
            done.set()

        with suppress(RuntimeError):  # the loop has ended already
            loop.call_soon_threadsafe(close)

    def _read(self):
        return room_service.room_view(
            self.config.store, self.config.workshop_id, self.config.clock()
        )

    async def refresh(self) -> None:
        view = await run_in_threadpool(self._read)
        if view != self._view:
            self._view = view
            self._json = {}
            self.version += 1
            done, self._next = self._next, asyncio.Event()
            done.set()

    @property
    def in_session(self) -> bool:
        return self._view is not None and self._view.in_session

    def json(self, language: str) -> bytes:
        cached = self._json.get(language)
        if cached is None:
            cached = self._json[language] = view_json(self._view, language, self.version)
        return cached

    async def wait(self, seen: int, timeout: float) -> None:
        if self.version != seen:
            return
        with suppress(TimeoutError):
            await asyncio.wait_for(self._next.wait(), timeout)


def _language(request: Request) -> str:
    asked = request.query_params.get("lang", "")
    return asked if asked in LANGUAGES else "tr"


def _error(status: int, code: str, message: str = "") -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status)


def create_app(config: RoomConfig) -> Starlette:
    store, workshop_id = config.store, config.workshop_id
    requests = RateLimit(rate=10, burst=30)  # per token, or per address with the code
    failures = RateLimit(rate=0.2, burst=10)  # wrong tokens or codes, per address
    pages = {path: resource_path("room", name).read_bytes() for path, name in PAGE_FILES.items()}
    broadcast = Broadcast(config)
    streams: dict[str, int] = {}  # open event streams per badge (or address, with the code)
    # The phones' writes go to one thread that commits together those that arrive
    # together (room/writer.py), instead of each waiting for SQLite's write lock and the
    # disk on its own (a phone could wait past the busy timeout while others went first).
    writer = GroupWriter(store)
    write = writer.run

    def _address(request: Request) -> str:
        return request.client.host if request.client else "?"

    async def authorize(request: Request, token, code):
        """The holder of a valid token, or None for the right room code; UnauthorizedError
        (counted against the address) otherwise."""
        address = _address(request)
        if failures.exhausted(address):  # too many wrong guesses: not even looked at
            raise RateLimitedError
        if token:
            holder = await run_in_threadpool(room_service.identify, store, workshop_id, token)
            if holder is not None:
                if not requests.allow(f"t{holder.token_id}"):
                    raise RateLimitedError
                return holder
        elif code and await run_in_threadpool(room_service.code_matches, store, workshop_id, code):
            if not requests.allow(f"c{address}"):
                raise RateLimitedError
            return None
        failures.allow(address)
        raise UnauthorizedError

    async def from_headers(request: Request):
        return await authorize(
            request, request.headers.get("x-room-token"), request.headers.get("x-room-code")
        )

    async def page(request: Request) -> Response:
        name = PAGE_FILES[request.url.path]
        return Response(pages[request.url.path], media_type=CONTENT_TYPES[name])

    async def connectivity(request: Request) -> Response:
        status, body, kind = CONNECTIVITY[request.url.path]
        return PlainTextResponse(body, status_code=status, media_type=kind)

    async def view(request: Request) -> Response:
        await from_headers(request)
        return Response(broadcast.json(_language(request)), media_type="application/json")

    async def me(request: Request) -> Response:
        holder = await from_headers(request)
        if holder is None:
            return JSONResponse(
                {"name": None, "organization": None, "proxy": None, "used": {}, "chosen": {}}
            )
        round_id = request.query_params.get("round", "")
        used = {"own": False, "proxy": False}
        chosen = {"own": None, "proxy": None}
        if _DIGITS.fullmatch(round_id):
            own, carried = await run_in_threadpool(
                room_service.used_voices, store, holder, int(round_id)
            )
            used = {"own": own, "proxy": carried}
            own, carried = await run_in_threadpool(room_service.given, store, holder, int(round_id))
            chosen = {"own": own, "proxy": carried}
        return JSONResponse(
            {
                "name": holder.name,
                "organization": holder.organization,
                "proxy": holder.proxy_for_name or None,
                "used": used,
                "chosen": chosen,
            }
        )

    async def position(request: Request) -> Response:
        holder = await from_headers(request)
        if holder is None:
            return _error(403, "token_needed")
        body = _json_object(await read_body(request))
        round_id, value, proxy = body.get("round"), body.get("value"), body.get("proxy", False)
        if (
            not isinstance(round_id, int)
            or isinstance(round_id, bool)
            or not isinstance(value, str)
            or len(value) > 40
            or not isinstance(proxy, bool)
        ):
            return _error(400, "invalid")
        done = await write(
            lambda: room_service.cast(
                store, holder, round_id, value, now=config.clock(), for_proxy=proxy
            )
        )
        _changed()
        again = config.on_position_again
        if again is not None and done.replaced is not None and done.replaced != done.value:
            _tell(lambda: again(done.voter, done.method.value, done.replaced, done.value))
        return JSONResponse(
            {"round": done.round_id, "value": done.value, "proxy": done.for_proxy,
             "replaced": done.replaced}
        )  # fmt: skip

    async def dots(request: Request) -> Response:
        """GET ?round=N[&proxy=1]: the holder's dots in the round (or the voice's they carry);
        POST {round, target, delta[, proxy]}: one more or less."""
        holder = await from_headers(request)
        if holder is None:
            return _error(403, "token_needed")
        if request.method == "GET":
            round_id = request.query_params.get("round", "")
            proxy = request.query_params.get("proxy", "0")
            if not _DIGITS.fullmatch(round_id) or proxy not in ("0", "1"):
                return _error(400, "invalid")
            mine = await run_in_threadpool(
                lambda: room_service.my_dots(store, holder, int(round_id), for_proxy=proxy == "1")
            )
        else:
            body = _json_object(await read_body(request))
            round_id, target, delta = body.get("round"), body.get("target"), body.get("delta")
            proxy = body.get("proxy", False)
            if (
                not isinstance(round_id, int)
                or isinstance(round_id, bool)
                or not isinstance(target, str)
                or len(target) > 20
                or delta not in (1, -1)
                or isinstance(delta, bool)
                or not isinstance(proxy, bool)
            ):
                return _error(400, "invalid")
            mine = await write(
                lambda: room_service.place_dot(
                    store, holder, round_id, target, delta, now=config.clock(), for_proxy=proxy
                )
            )
            _changed()
        return JSONResponse(
            {"round": mine.round_id, "left": mine.left, "placed": mine.placed,
             "proxy": proxy in (True, "1")}
        )  # fmt: skip

    async def idea(request: Request) -> Response:
        holder = await from_headers(request)
        body = _json_object(await read_body(request))
        text = body.get("text")
        if not isinstance(text, str) or not text.strip() or len(text) > 1000:
            return _error(400, "invalid")
        await write(
            lambda: room_service.send_idea(
                store,
                workshop_id,
                text,
                now=config.clock(),
                token_id=holder.token_id if holder is not None else None,
            )
        )
        _changed()
        return JSONResponse({"sent": True}, status_code=201)

    async def events(request: Request) -> Response:
        holder = await authorize(
            request, request.query_params.get("t"), request.query_params.get("c")
        )
        key = f"t{holder.token_id}" if holder is not None else f"c{_address(request)}"
        if streams.get(key, 0) >= (STREAMS_PER_BADGE if holder else STREAMS_PER_ADDRESS):
            raise RateLimitedError
        language = _language(request)
        streams[key] = streams.get(key, 0) + 1

        async def stream():
            try:
                async for block in _blocks():
                    yield block
            finally:
                streams[key] -= 1
                if not streams[key]:
                    del streams[key]

        async def _blocks():
            seen = -1
            while not broadcast.closed:
                if broadcast.version != seen:
                    seen = broadcast.version
                    yield b"event: view\ndata: " + broadcast.json(language) + b"\n\n"
                # The laptop's time, so a phone's clock of the agenda item runs right even
                # when its own clock is wrong (and keeps the connection alive).
                yield b'event: clock\ndata: {"now":%.3f}\n\n' % config.clock().timestamp()
                await broadcast.wait(seen, HEARTBEAT_SECONDS)

        return StreamingResponse(
            stream(),
            media_type="text/event-stream",
            headers={"X-Accel-Buffering": "no"},
        )

    def _changed() -> None:
        if config.on_change is not None:
            _tell(config.on_change)

    def _tell(call) -> None:
        try:
            call()
        except Exception as exc:  # the phone's write stands; the window catches up
            logs.log_unexpected(exc, "telling the window about the room's change")

    @asynccontextmanager
    async def lifespan(_app):
        broadcast.loop = asyncio.get_running_loop()
        watch = await run_in_threadpool(ChangeWatch, store)
        watching = threading.Lock()  # closed only when no question to it is under way

        def changed() -> bool:
            with watching:
                return watch.changed()

        # The room (and its code) exists before any phone asks; the view only reads it.
        await run_in_threadpool(room_service.room_settings, store, workshop_id)
        await broadcast.refresh()

        async def poll():
            while True:
                await asyncio.sleep(config.poll_seconds)
                try:
                    if await run_in_threadpool(changed):
                        await broadcast.refresh()
                except Exception as exc:
                    logs.log_unexpected(exc, "reading the room's view")
                    continue
                nonlocal was_in_session
                if broadcast.in_session:  # a room opened before the start ends with it too
                    was_in_session = True
                elif was_in_session:
                    was_in_session = False
                    if config.on_session_end is not None:
                        config.on_session_end()

        was_in_session = broadcast.in_session
        task = asyncio.create_task(poll())
        try:
            yield
        finally:
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task
            with watching:
                watch.close()
            await run_in_threadpool(writer.close)

    routes = [Route(path, page) for path in PAGE_FILES]
    routes += [Route("/j", page_alias(pages)), *(Route(p, connectivity) for p in CONNECTIVITY)]
    routes += [
        Route("/api/view", view),
        Route("/api/me", me),
        Route("/api/position", position, methods=["POST"]),
        Route("/api/idea", idea, methods=["POST"]),
        Route("/api/dots", dots, methods=["GET", "POST"]),
        Route("/api/events", events),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={Exception: _unexpected},
        middleware=[Middleware(SecurityHeaders)],
    )
    app.add_exception_handler(UnauthorizedError, lambda _r, _e: _error(401, "unauthorized"))
    app.add_exception_handler(RateLimitedError, lambda _r, _e: _error(429, "slow_down"))
    app.add_exception_handler(TooLargeError, lambda _r, _e: _error(413, "too_large"))
    app.add_exception_handler(BadJsonError, lambda _r, _e: _error(400, "invalid"))
    app.add_exception_handler(FacilitatorError, _refused)
    app.state.broadcast = broadcast
    return app


def page_alias(pages: dict[str, bytes]):
    async def joined(_request: Request) -> Response:  # a badge's link: the token follows #
        return Response(pages["/"], media_type=CONTENT_TYPES["index.html"])

    return joined


def with_trusted_hosts(app: Starlette, hosts: list[str]) -> Starlette:
    """Answer only requests naming the room's own address (no DNS rebinding), except the
    connectivity checks, which phones send under their makers' names and which give
    nothing away."""
    app.add_middleware(TrustedHosts, hosts=hosts)
    return app


class TrustedHosts:
    def __init__(self, app, hosts: list[str]):
        self.app = app
        self.checked = TrustedHostMiddleware(app, allowed_hosts=hosts)

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope.get("path") in CONNECTIVITY:
            await self.app(scope, receive, send)
        else:
            await self.checked(scope, receive, send)


class RateLimitedError(Exception):
    pass


class BadJsonError(Exception):
    pass


def _json_object(body: bytes) -> dict:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadJsonError from exc
    if not isinstance(data, dict):
        raise BadJsonError
    return data


async def _refused(_request: Request, exc: Exception) -> Response:
    if isinstance(exc, StoreError):  # the laptop's database is busy: the phone tries again
        return _error(503, "busy", str(exc))
    if isinstance(exc, NotFoundError):
        return _error(404, "not_found", str(exc))
    if isinstance(exc, ConflictError):
        return _error(409, "conflict", str(exc))
    if isinstance(exc, ValidationError):
        return _error(422, "refused", str(exc))
    return _error(409, "refused", str(exc))


async def _unexpected(request: Request, exc: Exception) -> Response:
    logs.log_unexpected(exc, f"answering a phone ({request.method} {request.url.path})")
    return _error(500, "server")


class SecurityHeaders:
    """Every answer carries the same strict headers (no framing, no sniffing, no caching)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                have = {k.lower() for k, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.lower().encode() not in have:
                        headers.append((name.lower().encode(), value.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
