"""API keys as authentication needs them, cached per worker for a bounded time."""

from __future__ import annotations

import time
from dataclasses import dataclass

from hybridai.server import db
from hybridai.server.models import ApiKey


@dataclass(frozen=True)
class KeyRecord:
    """What authentication needs of a stored key."""

    key_hash: str
    tenant: str
    scopes: frozenset[str]
    rpm: int | None
    tpd: int | None
    require_signature: bool
    revoked: bool


def _lookup_key(key_id: str) -> KeyRecord | None:
    row = ApiKey.objects.filter(key_id=key_id).first()
    if row is None:
        return None
    return KeyRecord(row.key_hash, row.tenant, frozenset(row.scopes), row.rpm, row.tpd, row.require_signature,
                     row.revoked_at is not None)


class KeyCache:
    """Stored keys by key id, each trusted for ``ttl_s`` seconds after it was read: a revocation
    (or a changed scope) takes effect in every worker within that time. Unknown key ids are
    not cached, so a key created meanwhile works at once."""

    def __init__(self, ttl_s: float) -> None:
        self.ttl_s = ttl_s
        self._records: dict[str, tuple[float, KeyRecord]] = {}  # bounded by the keys in the database

    async def get(self, key_id: str) -> KeyRecord | None:
        now = time.monotonic()
        cached = self._records.get(key_id)
        if cached is not None and cached[0] > now:
            return cached[1]
        record = await db.run(_lookup_key, key_id)
        if record is None:
            self._records.pop(key_id, None)
        elif self.ttl_s > 0:
            self._records[key_id] = (now + self.ttl_s, record)
        return record
