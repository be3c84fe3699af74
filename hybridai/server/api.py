"""The HTTP surface (django-ninja). Views validate and delegate to services and selectors."""

from __future__ import annotations

import time

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import HttpBearer

from hybridai import __version__
from hybridai.memory.base import check_id
from hybridai.server import db, metrics, selectors, services
from hybridai.server.errors import ApiError, api_error_response, from_core
from hybridai.server.runtime import get_runtime
from hybridai.server.schemas import (
    ChatCompletionRequest,
    ConversationList,
    ConversationOut,
    Deleted,
    ErrorResponse,
    ModelList,
)

STARTED = int(time.time())


class ApiKeyAuth(HttpBearer):
    """``Authorization: Bearer <key>``; verifies the request signature when present or required."""

    async def authenticate(self, request: HttpRequest, token: str) -> services.Principal:
        return await services.authenticate(request, token)


api = NinjaAPI(title="hybridai", version=__version__, urls_namespace="hybridai",
               description="OpenAI-compatible chat completions routed between a private model and a cloud LLM. "
                           "Requests with personal or confidential data never leave the private side.")
ERRORS = {400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 413: ErrorResponse,
          429: ErrorResponse, 503: ErrorResponse}


# Handlers must be synchronous in django-ninja; failures are audited by ApiMiddleware.
def _respond(error: ApiError) -> HttpResponse:
    response = api_error_response(error)
    response.audited = error.audited
    return response


@api.exception_handler(ApiError)
def on_api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
    return _respond(exc)


@api.exception_handler(AuthenticationError)
def on_missing_auth(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return _respond(ApiError(401, "Missing API key: send 'Authorization: Bearer <key>'.", "authentication_error",
                             "missing_api_key"))


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    def where(error: dict) -> str:
        return ".".join(str(part) for part in error.get("loc", ())[1:] if part != "payload")

    first = exc.errors[0] if exc.errors else {}
    message = "; ".join(f"{where(e) or 'body'}: {e.get('msg')}" for e in exc.errors) or "invalid request"
    return _respond(ApiError(400, message, "invalid_request_error", "invalid_request", where(first) or None))


@api.exception_handler(Exception)
def on_unexpected_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    return _respond(from_core(exc))  # OpenAI's shape even for a bug; audited by the middleware


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # django-ninja raises this for bodies it cannot parse (malformed JSON, wrong content type)
    return _respond(ApiError(exc.status_code, str(exc), "invalid_request_error", "invalid_request"))


@api.post("/v1/chat/completions", auth=ApiKeyAuth(), response={200: dict, **ERRORS}, tags=["chat"],
          summary="Create a chat completion (OpenAI-compatible; stream with SSE)")
async def chat_completions(request: HttpRequest, payload: ChatCompletionRequest) -> HttpResponse:
    session_id = request.headers.get("X-Session-Id") or payload.user
    if session_id is not None:
        try:
            check_id("session id", session_id)
        except Exception as exc:
            raise ApiError(400, str(exc), "invalid_request_error", "invalid_session_id", "X-Session-Id") from None
    call, first, chunks = await services.start_chat(request.auth, payload, session_id)
    headers = {"X-Session-Id": first.session_id}
    response: HttpResponse
    if payload.stream:
        response = StreamingHttpResponse(services.stream(call, first, chunks), content_type="text/event-stream",
                                         headers={**headers, "Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    else:
        response = JsonResponse(await services.complete(call, first, chunks), headers=headers,
                                json_dumps_params={"ensure_ascii": False})
    response.audited = True  # services.finish() accounts for every chat call: the middleware must not again
    return response


@api.get("/v1/models", auth=ApiKeyAuth(), response={200: ModelList, **ERRORS}, tags=["models"])
async def models(request: HttpRequest) -> dict[str, object]:
    name = get_runtime().settings.server.model_name
    return {"object": "list", "data": [{"id": name, "object": "model", "created": STARTED, "owned_by": "hybridai"}]}


@api.get("/v1/conversations", auth=ApiKeyAuth(), response={200: ConversationList, **ERRORS}, tags=["conversations"])
async def list_conversations(request: HttpRequest) -> dict[str, object]:
    services.require_scope(request.auth, "conversations")
    return {"object": "list", "data": await selectors.list_conversations(tenant=request.auth.tenant)}


def _session(session_id: str) -> str:
    try:
        return check_id("session id", session_id)
    except Exception as exc:
        raise ApiError(400, str(exc), "invalid_request_error", "invalid_session_id", "session_id") from None


@api.get("/v1/conversations/{session_id}", auth=ApiKeyAuth(), response={200: ConversationOut, **ERRORS},
         tags=["conversations"])
async def get_conversation(request: HttpRequest, session_id: str) -> dict[str, object]:
    services.require_scope(request.auth, "conversations")
    messages = await selectors.get_conversation(tenant=request.auth.tenant, session_id=_session(session_id))
    if messages is None:
        raise ApiError(404, f"no conversation {session_id!r}", "invalid_request_error", "conversation_not_found")
    return {"session_id": session_id, "messages": [
        {"role": m.role, "content": m.content, "route": m.route, "backend": m.backend,
         "prompt_tokens": m.prompt_tokens, "completion_tokens": m.completion_tokens, "interrupted": m.interrupted,
         "created_at": m.created_at.timestamp()} for m in messages]}


@api.delete("/v1/conversations/{session_id}", auth=ApiKeyAuth(), response={200: Deleted, **ERRORS},
            tags=["conversations"])
async def delete_conversation(request: HttpRequest, session_id: str) -> dict[str, object]:
    deleted = await services.delete_conversation(principal=request.auth, session_id=_session(session_id))
    if not deleted:
        raise ApiError(404, f"no conversation {session_id!r}", "invalid_request_error", "conversation_not_found")
    return {"session_id": session_id, "deleted": True}


@api.get("/healthz", tags=["operations"], summary="Liveness")
async def healthz(request: HttpRequest) -> dict[str, str]:
    return {"status": "ok"}


@api.get("/readyz", tags=["operations"], response={200: dict, 503: dict}, summary="Readiness: model loaded, DB up")
async def readyz(request: HttpRequest) -> tuple[int, dict[str, object]]:
    # the engine (and with it the private model) is built when the worker starts
    checks: dict[str, object] = {"private_model": "engine" in get_runtime().__dict__,
                                 "database": await _database_ok()}
    ready = all(checks.values())
    return (200 if ready else 503), {"status": "ready" if ready else "not ready", "checks": checks}


async def _database_ok() -> bool:
    def ping() -> bool:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                return cursor.fetchone() == (1,)
        except Exception:
            return False

    return await db.run(ping)


@api.get("/metrics", tags=["operations"], summary="Prometheus metrics", response={200: str})
async def prometheus_metrics(request: HttpRequest) -> HttpResponse:
    body, content_type = metrics.render()
    return HttpResponse(body, content_type=content_type)
