"""Persistence for the server: API keys (hashed), conversations, audit events."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class ApiKey(models.Model):
    key_id = models.CharField(max_length=32, unique=True)
    key_hash = models.CharField(max_length=64, help_text="SHA-256 of the full key; the key itself is never stored")
    tenant = models.CharField(max_length=128, db_index=True)
    name = models.CharField(max_length=200, blank=True, default="")
    scopes = models.JSONField(default=list)
    rpm = models.PositiveIntegerField(null=True, blank=True, help_text="requests per minute; null = server default")
    tpd = models.PositiveIntegerField(null=True, blank=True, help_text="tokens per day; null = server default")
    require_signature = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.key_id} ({self.tenant})"


class Conversation(models.Model):
    tenant = models.CharField(max_length=128)
    session_id = models.CharField(max_length=128)
    state = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["tenant", "session_id"], name="conversation_per_tenant")]
        indexes = [models.Index(fields=["tenant", "-updated_at"])]


class ChatMessage(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=16, choices=[(r, r) for r in ("system", "user", "assistant")])
    content = models.TextField()
    route = models.CharField(max_length=16, null=True, blank=True)
    backend = models.CharField(max_length=64, null=True, blank=True)
    prompt_tokens = models.PositiveIntegerField(default=0)
    completion_tokens = models.PositiveIntegerField(default=0)
    interrupted = models.BooleanField(default=False)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["id"]
        constraints = [models.CheckConstraint(condition=models.Q(role__in=["system", "user", "assistant"]),
                                              name="chat_message_role")]


class AuditEvent(models.Model):
    """One per API request. Cloud-bound payloads are stored only as the cloud received them (masked)."""

    # when the request was answered (set by the server: events are committed in batches, a moment later)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    key_id = models.CharField(max_length=32, blank=True, default="", db_index=True)
    tenant = models.CharField(max_length=128, blank=True, default="")
    endpoint = models.CharField(max_length=128)
    status_code = models.PositiveSmallIntegerField()
    outcome = models.CharField(max_length=64, help_text="ok, interrupted, or the error type")
    session_id = models.CharField(max_length=128, blank=True, default="")
    route = models.CharField(max_length=16, blank=True, default="")
    backend = models.CharField(max_length=64, blank=True, default="")
    latency_ms = models.FloatField(default=0.0)
    ttft_ms = models.FloatField(null=True, blank=True)
    prompt_tokens = models.PositiveIntegerField(default=0)
    completion_tokens = models.PositiveIntegerField(default=0)
    reasons = models.JSONField(default=list)
    cloud_payload = models.JSONField(null=True, blank=True, help_text="masked messages sent to the cloud")
    error = models.TextField(blank=True, default="")
