"""Per-process server state: the engine, the signature verifier and the rate limiters, built
once from the settings when the worker starts."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from functools import cached_property

from limits import RateLimitItem, RateLimitItemPerDay, RateLimitItemPerMinute
from limits.aio.storage import MemoryStorage, Storage
from limits.aio.strategies import FixedWindowRateLimiter
from limits.storage import storage_from_string

from hybridai.config import Settings
from hybridai.engine import HybridEngine
from hybridai.security.signing import MemoryNonceStore, NonceStore, RedisNonceStore, SignatureVerifier
from hybridai.server.db import Writer
from hybridai.server.django_setup import server_secret
from hybridai.server.key_cache import KeyCache


@dataclass
class LimitCheck:
    allowed: bool
    retry_after_s: int = 0


class Limits:
    """Per-key requests/minute and tokens/day, each counted in a fixed window (a minute, a day,
    from the first hit), on the ``limits`` library: in-process by default, Redis when configured
    (shared by workers). Fixed rather than moving windows: one counter per key and window, where
    a moving window keeps one timestamp per request of the last minute, which ``limits``'
    in-process storage rescans from a thread after every hit. The price: a key may make up to
    twice its rpm across the end of one window and the start of the next."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.requests = FixedWindowRateLimiter(storage)
        self.tokens = FixedWindowRateLimiter(storage)

    @staticmethod
    async def _retry_after(limiter: FixedWindowRateLimiter, item: RateLimitItem, key_id: str) -> int:
        stats = await limiter.get_window_stats(item, key_id)
        return max(1, math.ceil(stats.reset_time - time.time()))

    async def hit_request(self, key_id: str, rpm: int) -> LimitCheck:
        item = RateLimitItemPerMinute(rpm)
        if await self.requests.hit(item, "rpm", key_id):
            return LimitCheck(True)
        return LimitCheck(False, await self._retry_after(self.requests, item, key_id))

    async def check_tokens(self, key_id: str, tpd: int) -> LimitCheck:
        item = RateLimitItemPerDay(tpd)
        if await self.tokens.test(item, "tpd", key_id):
            return LimitCheck(True)
        return LimitCheck(False, await self._retry_after(self.tokens, item, key_id))

    async def spend_tokens(self, key_id: str, tpd: int, tokens: int) -> None:
        if tokens > 0:
            await self.tokens.hit(RateLimitItemPerDay(tpd), "tpd", key_id, cost=tokens)


class ServerRuntime:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.master_secret = server_secret(settings)
        redis_url = settings.server.redis_url
        nonces: NonceStore = RedisNonceStore(redis_url) if redis_url else MemoryNonceStore()
        self.verifier = SignatureVerifier(nonces, window_s=settings.server.signature_window_s)
        self.keys = KeyCache(settings.server.key_cache_s)
        self.limits = Limits(storage_from_string(f"async+{redis_url}") if redis_url else MemoryStorage())

    @cached_property
    def writer(self) -> Writer:
        """Audit events and conversation turns, committed in batches (started on first use)."""
        return Writer(gather_s=self.settings.server.write_behind_s)

    @cached_property
    def engine(self) -> HybridEngine:
        from hybridai.server.store import DjangoConversationStore

        return HybridEngine.from_config(self.settings, store=DjangoConversationStore(self.writer))


_runtime: ServerRuntime | None = None


def get_runtime() -> ServerRuntime:
    global _runtime
    if _runtime is None:
        from django.conf import settings

        _runtime = ServerRuntime(settings.HYBRIDAI)
    return _runtime
