"""Conversation store on the Django ORM: what the engine uses when the server runs, so the REST
conversation endpoints and the engine see one copy of the data (SQLite or PostgreSQL).

Turns go through the write-behind writer (:class:`hybridai.server.db.Writer`), batched with
the audit events. A turn of a session the caller named (X-Session-Id or ``user``) is committed
before its answer is sent, as any worker may get that session's next turn. A turn of a session
the server chose (a request without one) is queued and the answer goes out at once: a read of
that session in this worker waits for it, and other workers see it within the writer's
gathering time (``server.write_behind_s``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import DatabaseError

from hybridai.errors import StoreError
from hybridai.memory.base import StoredMessage, check_id
from hybridai.server import db
from hybridai.server.models import ChatMessage, Conversation

Key = tuple[str, str]
_PRUNE_AT = 4096


class DjangoConversationStore:
    def __init__(self, writer: db.Writer | None = None) -> None:
        self._writer = writer
        self._pending: dict[Key, int] = {}  # each session's newest queued turn (its write's number)
        self._reading: dict[Key, int] = {}  # sessions named by requests being answered: how many

    @classmethod
    def from_settings(cls, settings: Any) -> DjangoConversationStore:
        from hybridai.server.django_setup import configure

        configure(settings)
        return cls()

    @property
    def writer(self) -> db.Writer:
        if self._writer is None:
            self._writer = db.Writer()
        return self._writer

    async def committed(self, tenant: str, session_id: str) -> None:
        """Wait until this session's queued turns are in the database."""
        seq = self._pending.get((tenant, session_id))
        if seq is not None:
            await self.writer.wait(seq)
            error = self.writer.refused(seq)
            if error is not None:
                raise StoreError(f"the previous turn of this conversation could not be stored: {error}")

    async def load(self, tenant: str, session_id: str) -> list[StoredMessage]:
        check_id("tenant", tenant)
        check_id("session id", session_id)
        await self.committed(tenant, session_id)
        key = (tenant, session_id)
        self._reading[key] = self._reading.get(key, 0) + 1
        return await _read(_load, tenant, session_id)

    async def load_state(self, tenant: str, session_id: str) -> dict[str, Any]:
        check_id("tenant", tenant)
        check_id("session id", session_id)
        await self.committed(tenant, session_id)
        return await _read(_load_state, tenant, session_id)

    async def append(self, tenant: str, session_id: str, messages: Sequence[StoredMessage],
                     state: dict[str, Any] | None = None) -> None:
        check_id("tenant", tenant)
        check_id("session id", session_id)
        if len(self._pending) >= _PRUNE_AT:  # forget committed turns now and then: O(1) per append on average
            self._pending = {key: seq for key, seq in self._pending.items() if not self.writer.committed(seq)}
        key = (tenant, session_id)
        self._pending[key] = self.writer.append(tenant, session_id, messages, state)
        named = self._reading.get(key, 0)
        if named:
            # The caller named this session (its history was loaded): it may send the next turn to
            # another worker at once, so answer only once this turn is committed. Turns of
            # sessions the server chose are written behind (the next turn waits in committed()).
            if named == 1:
                del self._reading[key]
            else:
                self._reading[key] = named - 1
            await self.committed(tenant, session_id)

    async def list_sessions(self, tenant: str) -> list[str]:
        check_id("tenant", tenant)
        await self.writer.flush()
        return await _read(_list_sessions, tenant)

    async def delete(self, tenant: str, session_id: str) -> bool:
        check_id("tenant", tenant)
        check_id("session id", session_id)
        await self.committed(tenant, session_id)
        return await _read(_delete, tenant, session_id)

    async def aclose(self) -> None:
        """Connections belong to Django; queued turns are committed by the writer at exit."""


async def _read(fn: Any, *args: Any) -> Any:
    try:
        return await db.run(fn, *args)
    except DatabaseError as exc:
        raise StoreError(f"conversation database error: {exc}") from exc


def _load(tenant: str, session_id: str) -> list[StoredMessage]:
    rows = ChatMessage.objects.filter(conversation__tenant=tenant, conversation__session_id=session_id).order_by("id")
    return [StoredMessage(m.role, m.content, m.route, m.backend, m.prompt_tokens, m.completion_tokens,
                          m.created_at.timestamp(), m.interrupted) for m in rows]


def _load_state(tenant: str, session_id: str) -> dict[str, Any]:
    row = Conversation.objects.filter(tenant=tenant, session_id=session_id).values("state").first()
    return dict(row["state"]) if row else {}


def _list_sessions(tenant: str) -> list[str]:
    return list(Conversation.objects.filter(tenant=tenant).order_by("-updated_at")
                .values_list("session_id", flat=True))


def _delete(tenant: str, session_id: str) -> bool:
    deleted, _ = Conversation.objects.filter(tenant=tenant, session_id=session_id).delete()
    return deleted > 0
