"""A real local HTTP server that speaks the OpenAI Chat Completions wire format.

Tests point the cloud backend at :class:`OpenAIStubServer` to exercise the real
httpx stack (framing, status codes, timeouts, dropped connections) without any
network access. It also serves as a stand-in "cloud" for demos::

    python -m hybridai.testing.openai_server --port 8000

Only 127.0.0.1 is ever bound.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

HOST = "127.0.0.1"

Responder = Callable[[dict[str, Any]], list[str]]

# (default message, error type, error code) per status. Messages follow DeepSeek's
# error-code page; 402 is DeepSeek's real body, which the OpenAI SDK maps to a plain
# APIStatusError because OpenAI itself never sends 402.
_ERROR_SHAPES: dict[int, tuple[str, str, str | None]] = {
    400: ("Invalid Format", "invalid_request_error", "invalid_request_error"),
    401: ("Authentication Fails", "authentication_error", "invalid_api_key"),
    402: ("Insufficient Balance", "unknown_error", "invalid_request_error"),
    403: ("Permission Denied", "permission_error", None),
    404: ("Not Found", "invalid_request_error", "model_not_found"),
    422: ("Invalid Parameters", "invalid_request_error", "invalid_request_error"),
    429: ("Rate Limit Reached", "rate_limit_error", "rate_limit_exceeded"),
    500: ("Server Error", "server_error", None),
    503: ("Server Overloaded", "server_error", None),
}

# Bounds how long leaving the context can wait for a request still in flight.
_GRACEFUL_SHUTDOWN_S = 2.0
_START_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Fail:
    """Answer with an HTTP error status and an OpenAI/DeepSeek-style error body."""

    status: int
    message: str | None = None  # None: the status's usual DeepSeek message
    retry_after: float | None = None  # sent as the Retry-After header

    def __post_init__(self) -> None:
        if self.status not in _ERROR_SHAPES:
            raise ValueError(f"Fail.status must be one of {sorted(_ERROR_SHAPES)}, got {self.status}")


@dataclass(frozen=True)
class Delay:
    """Sleep before answering normally (to trigger client read timeouts)."""

    seconds: float


@dataclass(frozen=True)
class Drop:
    """Close the connection without sending any response bytes."""


@dataclass(frozen=True)
class MidStreamError:
    """Stream ``after_chunks`` content chunks, then a ``data: {"error": ...}`` event.

    A non-stream request gets HTTP 500 with the same message instead.
    """

    after_chunks: int
    message: str = "The server had an error while processing your request."


Failure = Fail | Delay | Drop | MidStreamError


@dataclass(frozen=True)
class RecordedRequest:
    body: bytes  # exactly the bytes the client sent
    json: dict[str, Any] | None  # None when the body is empty or not a JSON object
    headers: dict[str, str]  # lower-cased names
    path: str


def echo_responder(request_json: dict[str, Any]) -> list[str]:
    """Answer ``"Echo: " + <last user message>`` in pieces of 4 characters."""
    user_texts = [_text_of(m.get("content")) for m in request_json["messages"] if m.get("role") == "user"]
    reply = "Echo: " + (user_texts[-1] if user_texts else "")
    return [reply[i : i + 4] for i in range(0, len(reply), 4)]


@dataclass
class StubState:
    """Configuration and recordings shared by the server thread and the test.

    ``failures`` is consumed FIFO, one per chat request; ``always_fail`` applies
    whenever that queue is empty.
    """

    model: str = "stub-model"
    api_key: str | None = None  # None: any (or no) Authorization header is accepted
    responder: Responder = echo_responder
    chunk_delay: float = 0.0  # seconds between streamed chunks
    keepalive_comments: bool = False  # send ": keep-alive" before every stream event
    failures: list[Failure] = field(default_factory=list)
    always_fail: Fail | None = None
    requests: list[RecordedRequest] = field(default_factory=list)


# ---------------------------------------------------------------------------
# The ASGI app
# ---------------------------------------------------------------------------


def create_app(state: StubState) -> Starlette:
    """Build the app. ``Drop`` only works when served by :func:`_make_uvicorn_server`."""

    async def chat_completions(request: Request) -> Response:
        body = await request.body()
        request_json = _parse_object(body)
        _record(state, request, body, request_json)

        failure = state.failures.pop(0) if state.failures else state.always_fail
        if isinstance(failure, Fail):
            return _error_response(failure.status, failure.message, failure.retry_after)
        if isinstance(failure, Drop):
            return await _drop_connection(request)
        if isinstance(failure, Delay):
            await _sleep_unless_disconnected(request, failure.seconds)

        if (denied := _check_auth(state, request)) is not None:
            return denied
        if request_json is None:
            return _error_response(400, "The request body is not a valid JSON object.")
        messages = request_json.get("messages")
        if not isinstance(messages, list) or not messages or not all(isinstance(m, dict) for m in messages):
            return _error_response(400, "`messages` must be a non-empty list of objects.", param="messages")

        model = request_json.get("model") or state.model
        pieces = state.responder(request_json)
        usage = _usage(messages, pieces)
        if request_json.get("stream") is True:
            include_usage = bool((request_json.get("stream_options") or {}).get("include_usage"))
            mid_stream = failure if isinstance(failure, MidStreamError) else None
            payloads = _stream_payloads(model, pieces, usage if include_usage else None, mid_stream)
            events = _sse(state, payloads, send_done=mid_stream is None)
            headers = {"cache-control": "no-cache"}
            return StreamingResponse(events, media_type="text/event-stream", headers=headers)
        if isinstance(failure, MidStreamError):
            return _error_response(500, failure.message)
        return JSONResponse(_completion(model, "".join(pieces), usage))

    async def list_models(request: Request) -> Response:
        _record(state, request, await request.body(), None)
        if (denied := _check_auth(state, request)) is not None:
            return denied
        model = {"id": state.model, "object": "model", "created": int(time.time()), "owned_by": "hybridai-stub"}
        return JSONResponse({"object": "list", "data": [model]})

    return Starlette(
        routes=[
            Route("/v1/chat/completions", chat_completions, methods=["POST"]),
            Route("/v1/models", list_models, methods=["GET"]),
        ]
    )


def _record(state: StubState, request: Request, body: bytes, request_json: dict[str, Any] | None) -> None:
    headers = dict(request.headers.items())
    state.requests.append(RecordedRequest(body=body, json=request_json, headers=headers, path=request.url.path))


def _parse_object(body: bytes) -> dict[str, Any] | None:
    try:
        parsed = json.loads(body)
    except ValueError:  # also covers UnicodeDecodeError
        return None
    return parsed if isinstance(parsed, dict) else None


def _check_auth(state: StubState, request: Request) -> Response | None:
    if state.api_key is None or request.headers.get("authorization") == f"Bearer {state.api_key}":
        return None
    return _error_response(401, "Incorrect API key provided.")


def _error_response(
    status: int, message: str | None, retry_after: float | None = None, param: str | None = None
) -> JSONResponse:
    default_message, error_type, code = _ERROR_SHAPES[status]
    error = {"message": message or default_message, "type": error_type, "param": param, "code": code}
    headers = {"retry-after": _seconds(retry_after)} if retry_after is not None else None
    return JSONResponse({"error": error}, status_code=status, headers=headers)


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


async def _sleep_unless_disconnected(request: Request, seconds: float) -> None:
    # The body is already read, so receive() only returns on http.disconnect. Waking
    # early matters: uvicorn's shutdown waits for every in-flight request task.
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(request.receive(), seconds)


async def _drop_connection(request: Request) -> Response:
    # ASGI cannot close a connection without answering: an exception raised before the
    # response starts makes uvicorn send a 500. So abort the socket of this request's
    # connection, found by client address among uvicorn's live connections.
    server: uvicorn.Server | None = getattr(request.app.state, "uvicorn_server", None)
    if server is None:
        raise RuntimeError("Drop() needs the app served by OpenAIStubServer or the CLI")
    connection = next((c for c in list(server.server_state.connections) if c.client == request.client), None)
    if connection is None:
        raise RuntimeError(f"no live connection from {request.client}")
    connection.transport.abort()
    await request.receive()  # returns http.disconnect once uvicorn has seen the abort
    return Response(status_code=204)  # never sent: uvicorn discards sends after disconnect


def _stream_payloads(
    model: str, pieces: list[str], usage: dict[str, Any] | None, mid_stream: MidStreamError | None
) -> list[dict[str, Any]]:
    """The JSON of every ``data:`` event, in order, except the final ``[DONE]``."""
    completion_id = _completion_id()
    created = int(time.time())

    def chunk(delta: dict[str, Any], finish_reason: str | None) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        data = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [choice],
        }
        if usage is not None:  # OpenAI adds "usage": null to every chunk only when include_usage is on
            data["usage"] = None
        return data

    content_pieces = pieces if mid_stream is None else pieces[: mid_stream.after_chunks]
    payloads = [chunk({"role": "assistant", "content": ""}, None)]
    payloads += [chunk({"content": piece}, None) for piece in content_pieces]
    if mid_stream is not None:
        error = {"message": mid_stream.message, "type": "server_error", "param": None, "code": None}
        payloads.append({"error": error})
    else:
        payloads.append(chunk({}, "stop"))
        if usage is not None:
            payloads.append({**chunk({}, None), "choices": [], "usage": usage})
    return payloads


async def _sse(state: StubState, payloads: list[dict[str, Any]], send_done: bool) -> AsyncIterator[str]:
    # Each yield is written to the socket at once by uvicorn: a real, incremental stream.
    for index, payload in enumerate(payloads):
        if index and state.chunk_delay:
            await asyncio.sleep(state.chunk_delay)
        if state.keepalive_comments:
            yield ": keep-alive\n\n"
        yield f"data: {_dumps(payload)}\n\n"
    if send_done:
        yield "data: [DONE]\n\n"


def _completion(model: str, content: str, usage: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": _completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": usage,
    }


def _completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


def _dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _text_of(content: Any) -> str:
    """Message content is a string or a list of parts; keep only the text parts."""
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content if isinstance(content, str) else ""


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def count_tokens(text: str) -> int:
    """Rough, deterministic token count: one per CJK character plus one per other word."""
    return len(_CJK.findall(text)) + len(_CJK.sub(" ", text).split())


def _usage(messages: list[dict[str, Any]], pieces: list[str]) -> dict[str, Any]:
    prompt = sum(count_tokens(_text_of(m.get("content"))) for m in messages)
    completion = count_tokens("".join(pieces))
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0},
    }


# ---------------------------------------------------------------------------
# Serving
# ---------------------------------------------------------------------------


def _bind_localhost(port: int) -> socket.socket:
    # Binding ourselves (port 0 = any free port) avoids a pick-then-bind race, and
    # listening at once makes clients that connect before uvicorn is up queue, not fail.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))
    sock.listen()
    return sock


def _make_uvicorn_server(app: Starlette, port: int, log_level: str) -> uvicorn.Server:
    config = uvicorn.Config(
        app,
        host=HOST,
        port=port,
        log_level=log_level,
        lifespan="off",
        timeout_graceful_shutdown=_GRACEFUL_SHUTDOWN_S,
    )
    server = uvicorn.Server(config)
    app.state.uvicorn_server = server  # lets Drop find the live connections
    return server


class OpenAIStubServer:
    """Runs :func:`create_app` with uvicorn in a background thread on 127.0.0.1.

    Use as ``with OpenAIStubServer() as server:`` or ``async with``; point clients
    at ``server.base_url``.
    """

    def __init__(self, state: StubState | None = None) -> None:
        self._state = state if state is not None else StubState()
        self._app = create_app(self._state)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None

    @property
    def state(self) -> StubState:
        return self._state

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("server is not running")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}/v1"

    @property
    def requests(self) -> list[RecordedRequest]:
        return list(self._state.requests)

    def all_bodies(self) -> bytes:
        """Every recorded body concatenated: assert a raw value never reached the server."""
        return b"".join(recorded.body for recorded in self._state.requests)

    def reset(self) -> None:
        """Forget recorded requests and pending failures; other settings stay."""
        self._state.requests.clear()
        self._state.failures.clear()
        self._state.always_fail = None

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("server already started")
        sock = _bind_localhost(0)
        self._port = sock.getsockname()[1]
        self._server = _make_uvicorn_server(self._app, self._port, log_level="warning")
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="openai-stub-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self._server.should_exit = True
                sock.close()
                raise RuntimeError("OpenAI stub server failed to start")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout=_GRACEFUL_SHUTDOWN_S + 5)
        if self._thread.is_alive():
            raise RuntimeError("OpenAI stub server did not stop")
        self._server = self._thread = self._port = None

    def __enter__(self) -> OpenAIStubServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    async def __aenter__(self) -> OpenAIStubServer:
        await asyncio.to_thread(self.start)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await asyncio.to_thread(self.stop)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve a local OpenAI-compatible echo server on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--model", default=StubState.model)
    parser.add_argument("--api-key", default=None, help="require 'Authorization: Bearer <key>'")
    parser.add_argument("--chunk-delay", type=float, default=0.0, help="seconds between streamed chunks")
    args = parser.parse_args(argv)

    state = StubState(model=args.model, api_key=args.api_key, chunk_delay=args.chunk_delay)
    sock = _bind_localhost(args.port)
    server = _make_uvicorn_server(create_app(state), sock.getsockname()[1], log_level="info")
    print(f"OpenAI-compatible stub at http://{HOST}:{sock.getsockname()[1]}/v1 (Ctrl-C to stop)", flush=True)
    # uvicorn shuts down gracefully on Ctrl-C, then re-raises the signal.
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])


if __name__ == "__main__":
    main()
