"""Reads for the API: keys and conversations, always filtered by tenant."""

from __future__ import annotations

from django.db.models import Count

from hybridai.server.models import ApiKey, ChatMessage, Conversation


def list_keys(*, tenant: str | None = None, include_revoked: bool = True) -> list[ApiKey]:
    rows = ApiKey.objects.order_by("created_at")
    if tenant is not None:
        rows = rows.filter(tenant=tenant)
    if not include_revoked:
        rows = rows.filter(revoked_at__isnull=True)
    return list(rows)


async def list_conversations(*, tenant: str) -> list[dict[str, object]]:
    rows = (Conversation.objects.filter(tenant=tenant).annotate(count=Count("messages")).order_by("-updated_at")
            .values("session_id", "count", "created_at", "updated_at"))
    return [{"session_id": r["session_id"], "messages": r["count"], "created_at": r["created_at"].timestamp(),
             "updated_at": r["updated_at"].timestamp()} async for r in rows]


async def get_conversation(*, tenant: str, session_id: str) -> list[ChatMessage] | None:
    conversation = await Conversation.objects.filter(tenant=tenant, session_id=session_id).afirst()
    if conversation is None:
        return None
    return [m async for m in ChatMessage.objects.filter(conversation=conversation).order_by("id")]
