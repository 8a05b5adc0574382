"""The room server: the web application on the moderator's laptop, beside the window or alone.

It listens on one address only (the interface chosen, never every interface unless
asked), on a socket opened before the server starts, so a port already taken is said
at once in plain words. In the window it runs on a thread of its own; from the command
line (``facilitator room``) in the foreground, stopped by Ctrl+C.
"""

from __future__ import annotations

import errno
import logging
import socket
import threading
import time

import uvicorn

from facilitator.errors import FacilitatorError
from facilitator.room.app import RoomConfig, create_app, with_trusted_hosts

logger = logging.getLogger(__name__)

DEFAULT_PORT = 8765
START_SECONDS = 10.0
STOP_SECONDS = 5.0


def lan_address() -> str:
    """This computer's address on its local network (the one a route out would use; no
    packet is sent), or 127.0.0.1 without any network."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routed, never reached
        return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise FacilitatorError(
                f"Port {port} on {host} is already in use; choose another port."
            ) from exc
        raise FacilitatorError(f"The room cannot listen on {host}:{port}: {exc.strerror}.") from exc
    sock.listen(512)
    sock.setblocking(False)
    return sock


class _Server(uvicorn.Server):
    """uvicorn's server, ending the phones' streams first when asked to stop (Ctrl+C):
    an open stream would otherwise hold the shutdown until its timeout."""

    closing = staticmethod(lambda: None)

    def handle_exit(self, sig, frame) -> None:
        self.closing()
        super().handle_exit(sig, frame)


class RoomServer:
    """The room of one workshop, served on ``host``:``port`` (0: a free port)."""

    def __init__(self, config: RoomConfig, host: str, port: int = DEFAULT_PORT):
        self.config = config
        if config.on_session_end is None:  # the room closes when the session ends
            config.on_session_end = self.request_stop
        self.host = host
        self._socket = _listen(host, port)
        self.port = self._socket.getsockname()[1]
        hosts = [host, "localhost", "127.0.0.1"] if host not in ("0.0.0.0", "::") else ["*"]
        self.app = with_trusted_hosts(create_app(config), hosts)
        self._server = _Server(
            uvicorn.Config(
                self.app,
                log_level="warning",
                access_log=False,  # a badge's link never reaches a log
                proxy_headers=False,  # nobody's X-Forwarded-For decides whose limits apply
                lifespan="on",
                http="h11",
                ws="none",
                loop="asyncio",
                timeout_graceful_shutdown=1,
                timeout_keep_alive=30,
                h11_max_incomplete_event_size=16 * 1024,
                limit_concurrency=2000,
            )
        )
        self._server.closing = self.app.state.broadcast.close_streams
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def start(self) -> None:
        """Serve on a thread of its own; returns once it answers."""
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="room", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + START_SECONDS
        while not self._server.started and self._thread.is_alive():
            if time.monotonic() > deadline:
                break
            time.sleep(0.02)
        if not self._server.started:
            raise FacilitatorError("The room server did not start; see the log.")

    def serve(self) -> None:
        """Serve in the foreground until Ctrl+C (the command line)."""
        self._server.run(sockets=[self._socket])

    def request_stop(self) -> None:
        """Stop soon, from any thread (the server finishes what it is answering)."""
        self.app.state.broadcast.close_streams()
        self._server.should_exit = True

    def stop(self) -> None:
        self.request_stop()
        if self._thread is not None:
            self._thread.join(STOP_SECONDS)
            self._thread = None
        self._socket.close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()
