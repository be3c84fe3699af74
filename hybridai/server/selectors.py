"""Reads for the API: keys and conversations, always filtered by tenant."""

from __future__ import annotations

from django.db.models import Count

from hybridai.server import db
from hybridai.server.models import ApiKey, ChatMessage, Conversation
from hybridai.server.runtime import get_runtime


def list_keys(*, tenant: str | None = None, include_revoked: bool = True) -> list[ApiKey]:
    rows = ApiKey.objects.order_by("created_at")
    if tenant is not None:
        rows = rows.filter(tenant=tenant)
    if not include_revoked:
        rows = rows.filter(revoked_at__isnull=True)
    return list(rows)


async def list_conversations(*, tenant: str) -> list[dict[str, object]]:
    await get_runtime().writer.flush()  # every turn answered before this request, committed

    def read() -> list[dict[str, object]]:
        rows = (Conversation.objects.filter(tenant=tenant).annotate(count=Count("messages")).order_by("-updated_at")
                .values("session_id", "count", "created_at", "updated_at"))
        return [{"session_id": r["session_id"], "messages": r["count"], "created_at": r["created_at"].timestamp(),
                 "updated_at": r["updated_at"].timestamp()} for r in rows]

    return await db.run(read)


async def get_conversation(*, tenant: str, session_id: str) -> list[ChatMessage] | None:
    await get_runtime().writer.flush()

    def read() -> list[ChatMessage] | None:
        conversation = Conversation.objects.filter(tenant=tenant, session_id=session_id).first()
        if conversation is None:
            return None
        return list(ChatMessage.objects.filter(conversation=conversation).order_by("id"))

    return await db.run(read)
