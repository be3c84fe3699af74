"""Conversation store on the Django ORM: what the engine uses when the server runs, so the REST
conversation endpoints and the engine see one copy of the data (SQLite or PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from asgiref.sync import sync_to_async
from django.db import DatabaseError, transaction

from hybridai.errors import StoreError
from hybridai.memory.base import StoredMessage, check_id
from hybridai.server.models import ChatMessage, Conversation


class DjangoConversationStore:
    @classmethod
    def from_settings(cls, settings: Any) -> DjangoConversationStore:
        from hybridai.server.django_setup import configure

        configure(settings)
        return cls()

    async def load(self, tenant: str, session_id: str) -> list[StoredMessage]:
        check_id("tenant", tenant)
        check_id("session id", session_id)
        try:
            rows = ChatMessage.objects.filter(conversation__tenant=tenant, conversation__session_id=session_id)
            return [StoredMessage(m.role, m.content, m.route, m.backend, m.prompt_tokens, m.completion_tokens,
                                  m.created_at.timestamp(), m.interrupted) async for m in rows.order_by("id")]
        except DatabaseError as exc:
            raise StoreError(f"conversation database error: {exc}") from exc

    async def load_state(self, tenant: str, session_id: str) -> dict[str, Any]:
        check_id("tenant", tenant)
        check_id("session id", session_id)
        try:
            row = await Conversation.objects.filter(tenant=tenant, session_id=session_id).values("state").afirst()
        except DatabaseError as exc:
            raise StoreError(f"conversation database error: {exc}") from exc
        return dict(row["state"]) if row else {}

    async def append(self, tenant: str, session_id: str, messages: Sequence[StoredMessage],
                     state: dict[str, Any] | None = None) -> None:
        check_id("tenant", tenant)
        check_id("session id", session_id)
        try:
            await sync_to_async(self._append, thread_sensitive=False)(tenant, session_id, list(messages), state)
        except DatabaseError as exc:
            raise StoreError(f"conversation database error: {exc}") from exc

    @staticmethod
    def _append(tenant: str, session_id: str, messages: list[StoredMessage], state: dict[str, Any] | None) -> None:
        now = datetime.now(UTC)
        with transaction.atomic():
            conversation, _ = Conversation.objects.select_for_update().get_or_create(tenant=tenant,
                                                                                     session_id=session_id)
            if state is not None:
                conversation.state = state
            conversation.save()
            ChatMessage.objects.bulk_create([
                ChatMessage(conversation=conversation, role=m.role, content=m.content, route=m.route,
                            backend=m.backend, prompt_tokens=m.prompt_tokens, completion_tokens=m.completion_tokens,
                            interrupted=m.interrupted,
                            created_at=datetime.fromtimestamp(m.created_at, UTC) if m.created_at else now)
                for m in messages])

    async def list_sessions(self, tenant: str) -> list[str]:
        check_id("tenant", tenant)
        rows = Conversation.objects.filter(tenant=tenant).order_by("-updated_at").values_list("session_id", flat=True)
        return [session async for session in rows]

    async def delete(self, tenant: str, session_id: str) -> bool:
        check_id("tenant", tenant)
        check_id("session id", session_id)
        deleted, _ = await Conversation.objects.filter(tenant=tenant, session_id=session_id).adelete()
        return deleted > 0

    async def aclose(self) -> None:
        """Connections belong to Django."""
