"""How much one client may ask: token buckets per client, a cap on every body."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

MAX_BODY = 4 * 1024  # a position or an idea fits many times over
MAX_CLIENTS = 5000  # buckets kept; the oldest are forgotten beyond it


@dataclass
class _Bucket:
    tokens: float
    at: float


@dataclass
class RateLimit:
    """``rate`` requests a second on average, up to ``burst`` at once, per key."""

    rate: float
    burst: float
    clock: object = time.monotonic
    _buckets: dict[str, _Bucket] = field(default_factory=dict)

    def exhausted(self, key: str) -> bool:
        """True when ``key`` has no request left now (nothing is taken)."""
        bucket = self._buckets.get(key)
        if bucket is None:
            return False
        return min(self.burst, bucket.tokens + (self.clock() - bucket.at) * self.rate) < 1

    def allow(self, key: str) -> bool:
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= MAX_CLIENTS:
                oldest = min(self._buckets, key=lambda k: self._buckets[k].at)
                del self._buckets[oldest]
            bucket = self._buckets[key] = _Bucket(self.burst, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True


class TooLargeError(Exception):
    """A body over :data:`MAX_BODY`."""


async def read_body(request, limit: int = MAX_BODY) -> bytes:
    """The request's body, refused as soon as it passes ``limit`` bytes (whatever its
    Content-Length says, and before reading the rest)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise TooLargeError
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLargeError
        chunks.append(chunk)
    return b"".join(chunks)
