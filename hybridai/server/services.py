"""What the API does: authenticate, enforce limits, run the engine, account for every call.
Views call these; these call the engine. Writes are keyword-only."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from hybridai import errors as core
from hybridai.security.keys import (
    GeneratedKey,
    derive_signing_secret,
    generate_api_key,
    hash_api_key,
    parse_api_key,
    verify_api_key,
)
from hybridai.security.signing import SignatureError
from hybridai.server import metrics
from hybridai.server.errors import ApiError, from_core
from hybridai.server.models import ApiKey
from hybridai.server.runtime import get_runtime
from hybridai.server.schemas import ChatCompletionRequest
from hybridai.types import ChatChunk, ChatResult, Message

DEFAULT_SCOPES = ("chat", "conversations")
KNOWN_SCOPES = frozenset(DEFAULT_SCOPES)
CHAT_ENDPOINT = "/v1/chat/completions"


@dataclass(frozen=True)
class Principal:
    key_id: str
    tenant: str
    scopes: frozenset[str]
    rpm: int
    tpd: int


# -- keys -----------------------------------------------------------------------------------------
def create_key(*, tenant: str, name: str = "", scopes: list[str] | None = None, rpm: int | None = None,
               tpd: int | None = None, require_signature: bool = False) -> tuple[ApiKey, GeneratedKey, str]:
    """Create a key; returns the row, the key (shown once, never stored) and its signing secret."""
    from hybridai.memory.base import check_id

    check_id("tenant", tenant)
    scopes = list(scopes or DEFAULT_SCOPES)
    unknown = set(scopes) - KNOWN_SCOPES
    if unknown:
        raise core.InvalidRequestError(f"unknown scope(s) {sorted(unknown)}; known: {sorted(KNOWN_SCOPES)}")
    for label, value in (("rpm", rpm), ("tpd", tpd)):
        if value is not None and value <= 0:
            raise core.InvalidRequestError(f"{label} must be positive")
    generated = generate_api_key()
    with transaction.atomic():
        row = ApiKey.objects.create(key_id=generated.key_id, key_hash=hash_api_key(generated.key), tenant=tenant,
                                    name=name, scopes=scopes, rpm=rpm, tpd=tpd, require_signature=require_signature)
    secret = derive_signing_secret(get_runtime().master_secret, generated.key_id)
    return row, generated, secret


def revoke_key(*, key_id: str) -> ApiKey:
    with transaction.atomic():
        row = ApiKey.objects.select_for_update().filter(key_id=key_id).first()
        if row is None:
            raise core.InvalidRequestError(f"no API key with id {key_id!r}")
        if row.revoked_at is None:
            row.revoked_at = timezone.now()
            row.save(update_fields=["revoked_at"])
    return row


# -- authentication -------------------------------------------------------------------------------
def _raw_path(request: HttpRequest) -> str:
    raw = getattr(request, "scope", {}).get("raw_path")
    if raw:
        return raw.decode("latin-1").split("?", 1)[0]
    return request.path


async def authenticate(request: HttpRequest, token: str) -> Principal:
    try:
        key_id, key = parse_api_key(token)
    except core.HybridAIError:
        raise ApiError(401, "Incorrect API key provided.", "authentication_error", "invalid_api_key") from None
    row = await get_runtime().keys.get(key_id)
    if row is None or not verify_api_key(key, row.key_hash):
        raise ApiError(401, "Incorrect API key provided.", "authentication_error", "invalid_api_key")
    if row.revoked:
        raise ApiError(401, "This API key has been revoked.", "authentication_error", "revoked_api_key")
    runtime = get_runtime()
    signed = any(name.lower().startswith("x-hybridai-") for name in request.headers)
    if row.require_signature or signed:
        try:  # in a thread: with Redis as the nonce store, verify() does network I/O
            await asyncio.to_thread(runtime.verifier.verify,
                                    secret=derive_signing_secret(runtime.master_secret, key_id),
                                    method=request.method or "", path=_raw_path(request),
                                    query=request.META.get("QUERY_STRING", ""), body=request.body,
                                    headers=dict(request.headers), scope=key_id)
        except SignatureError as exc:
            raise ApiError(401, f"request signature rejected: {exc.reason}", "authentication_error",
                           f"signature_{exc.reason}") from None
    server = runtime.settings.server
    principal = Principal(key_id, row.tenant, row.scopes, row.rpm or server.default_rpm,
                          row.tpd or server.default_tpd)
    check = await runtime.limits.hit_request(key_id, principal.rpm)
    if not check.allowed:
        raise ApiError(429, f"Rate limit reached: {principal.rpm} requests per minute.", "rate_limit_error",
                       "rate_limit_exceeded", headers={"Retry-After": str(check.retry_after_s)})
    return principal


def require_scope(principal: Principal, scope: str) -> None:
    if scope not in principal.scopes:
        raise ApiError(403, f"this API key lacks the '{scope}' scope", "permission_error", "insufficient_scope")


# -- chat -----------------------------------------------------------------------------------------
@dataclass
class ChatCall:
    principal: Principal
    payload: ChatCompletionRequest
    session_id: str | None
    started: float
    completion_id: str
    created: int
    accounted: bool = False  # finish() has run (it must run exactly once)


def _params(payload: ChatCompletionRequest) -> dict[str, Any]:
    params: dict[str, Any] = {}
    max_tokens = payload.max_completion_tokens or payload.max_tokens
    for name, value in (("max_tokens", max_tokens), ("temperature", payload.temperature),
                        ("top_p", payload.top_p), ("stop", payload.stop), ("seed", payload.seed)):
        if value is not None:
            params[name] = value
    return params


async def _check_chat(principal: Principal, payload: ChatCompletionRequest) -> None:
    require_scope(principal, "chat")
    model = get_runtime().settings.server.model_name
    if payload.model != model:
        raise ApiError(404, f"The model `{payload.model}` does not exist; available: {model}",
                       "invalid_request_error", "model_not_found", "model")
    check = await get_runtime().limits.check_tokens(principal.key_id, principal.tpd)
    if not check.allowed:
        raise ApiError(429, f"Token quota reached: {principal.tpd} tokens per day.", "rate_limit_error",
                       "token_quota_exceeded", headers={"Retry-After": str(check.retry_after_s)})


async def start_chat(principal: Principal, payload: ChatCompletionRequest, session_id: str | None,
                     ) -> tuple[ChatCall, ChatChunk, AsyncIterator[ChatChunk]]:
    """Validate and start the engine; the first chunk is awaited here so that bad input is a 4xx
    response, not an error in the middle of a stream."""
    call = ChatCall(principal, payload, session_id, time.perf_counter(), f"chatcmpl-{uuid.uuid4().hex}",
                    int(time.time()))
    metrics.IN_FLIGHT.inc()
    try:
        await _check_chat(principal, payload)
        messages = [Message(m.role, m.text()) for m in payload.messages]
        chunks = get_runtime().engine.astream(messages, session_id=session_id, tenant=principal.tenant,
                                              **_params(payload))
        first = await chunks.__anext__()
        return call, first, chunks
    except asyncio.CancelledError:  # the client hung up before the first token
        await finish(call, status=499, outcome="interrupted", error="client disconnected")
        raise
    except Exception as exc:
        error = await _fail(call, exc)
        raise error from (None if error is exc else exc)


async def _fail(call: ChatCall, exc: Exception) -> ApiError:
    """Account for a failed chat call; the error to answer with, already audited. Engine errors map
    to 4xx/503, anything unexpected to a logged 500."""
    if isinstance(exc, ApiError):
        error, outcome, detail = exc, exc.code or exc.type, exc.message
    else:
        error, outcome, detail = from_core(exc), type(exc).__name__, str(exc)
    await finish(call, status=error.status, outcome=outcome, error=detail)
    error.audited = True
    return error


async def complete(call: ChatCall, first: ChatChunk, chunks: AsyncIterator[ChatChunk]) -> dict[str, Any]:
    result = first.result
    try:
        async for chunk in chunks:
            result = chunk.result or result
    except asyncio.CancelledError:  # the client hung up before the answer was complete
        await finish(call, status=499, outcome="interrupted", error="client disconnected")
        raise
    except Exception as exc:
        raise await _fail(call, exc) from exc
    assert result is not None
    await finish(call, status=200, outcome="ok", result=result)
    return {
        "id": call.completion_id, "object": "chat.completion", "created": call.created, "model": call.payload.model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": result.answer}, "logprobs": None,
                     "finish_reason": result.finish_reason or "stop"}],
        "usage": result.usage.to_dict(), "hybridai": _hybridai_field(result),
    }


def _hybridai_field(result: ChatResult) -> dict[str, Any]:
    return {
        "route": result.route.value, "sensitive": result.decision.sensitive, "reasons": list(result.decision.reasons),
        "backend": result.backend, "session_id": result.session_id, "fallback_reason": result.fallback_reason,
        "latency_ms": round(result.latency_ms, 2),
        "ttft_ms": None if result.ttft_ms is None else round(result.ttft_ms, 2),
    }


def _sse(data: dict[str, Any] | str) -> bytes:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"data: {text}\n\n".encode()


async def stream(call: ChatCall, first: ChatChunk, chunks: AsyncIterator[ChatChunk]) -> AsyncIterator[bytes]:
    """Server-sent events in OpenAI's chunk format, ending with ``data: [DONE]``."""
    include_usage = bool(call.payload.stream_options and call.payload.stream_options.include_usage)
    base = {"id": call.completion_id, "object": "chat.completion.chunk", "created": call.created,
            "model": call.payload.model}

    def event(delta: dict[str, Any], finish_reason: str | None = None, **extra: Any) -> bytes:
        body = {**base, "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
                **extra}
        if include_usage:
            body["usage"] = None
        return _sse(body)

    result: ChatResult | None = None
    try:
        yield event({"role": "assistant", "content": ""})
        pending = [first]
        while True:
            chunk = pending.pop() if pending else await anext(chunks, None)
            if chunk is None:
                break
            if chunk.result is not None:
                result = chunk.result
            elif chunk.delta:
                yield event({"content": chunk.delta})
        assert result is not None
        yield event({}, result.finish_reason or "stop", hybridai=_hybridai_field(result))
        if include_usage:
            yield _sse({**base, "choices": [], "usage": result.usage.to_dict()})
        yield _sse("[DONE]")
        await finish(call, status=200, outcome="ok", result=result)
    except Exception as exc:
        yield _sse((await _fail(call, exc)).to_body())
    except (asyncio.CancelledError, GeneratorExit):
        # a no-op when the client hung up while the finished answer was being accounted for
        await finish(call, status=499, outcome="interrupted", error="client disconnected")
        raise


async def finish(call: ChatCall, *, status: int, outcome: str, result: ChatResult | None = None,
                 error: str = "") -> None:
    """Account for a chat call once: token quota, metrics, audit event. Later calls do nothing, and
    a client hanging up meanwhile (cancelling the caller) does not cut the accounting short."""
    if call.accounted:
        return
    call.accounted = True
    await asyncio.shield(_account(call, status=status, outcome=outcome, result=result, error=error))


async def _account(call: ChatCall, *, status: int, outcome: str, result: ChatResult | None, error: str) -> None:
    latency = time.perf_counter() - call.started
    metrics.IN_FLIGHT.dec()
    metrics.REQUESTS.labels(CHAT_ENDPOINT, str(status)).inc()
    metrics.LATENCY.labels(CHAT_ENDPOINT).observe(latency)
    if status >= 400:
        metrics.ERRORS.labels(outcome).inc()
    event: dict[str, Any] = {}
    if result is not None:
        principal = call.principal
        await get_runtime().limits.spend_tokens(principal.key_id, principal.tpd, result.usage.total_tokens)
        metrics.TOKENS.labels("prompt").inc(result.usage.prompt_tokens)
        metrics.TOKENS.labels("completion").inc(result.usage.completion_tokens)
        metrics.ROUTES.labels(result.route.value, str(result.fallback_reason is not None).lower()).inc()
        if result.ttft_ms is not None:
            metrics.TTFT.labels(result.route.value).observe(result.ttft_ms / 1000)
        event = {"session_id": result.session_id, "route": result.route.value, "backend": result.backend,
                 "ttft_ms": result.ttft_ms, "prompt_tokens": result.usage.prompt_tokens,
                 "completion_tokens": result.usage.completion_tokens, "reasons": list(result.decision.reasons),
                 # only what the cloud received, which is masked; private answers leave no payload here
                 "cloud_payload": None if result.masked_messages is None else
                 [m.to_dict() for m in result.masked_messages]}
    elif call.session_id:
        event["session_id"] = call.session_id
    record_audit(key_id=call.principal.key_id, tenant=call.principal.tenant, endpoint=CHAT_ENDPOINT,
                       status_code=status, outcome=outcome, latency_ms=latency * 1000, error=error[:2000], **event)


def record_audit(**fields: Any) -> None:
    """Queue an audit event; it is committed a moment later (see :mod:`hybridai.server.db`)."""
    get_runtime().writer.audit(**fields)


# -- conversations --------------------------------------------------------------------------------
async def delete_conversation(*, principal: Principal, session_id: str) -> bool:
    require_scope(principal, "conversations")
    return await get_runtime().engine.store.delete(principal.tenant, session_id)
