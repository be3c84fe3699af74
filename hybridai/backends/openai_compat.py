"""Cloud backend: OpenAI-compatible Chat Completions over aiohttp — DeepSeek, iFlytek Spark's HTTP
endpoint, OpenAI, vLLM, or any compatible server.

Streams with SSE, parsed incrementally as the bytes arrive. aiohttp rather than httpx: against a
fast upstream the client's own work is a large share of what the REST server spends per request,
and aiohttp's (C-accelerated) client costs about a third of httpx's per request. Connection
errors, timeouts, 408/429/5xx are retried with exponential backoff and jitter by tenacity,
honouring ``Retry-After``; retries happen only before the first token, since text already shown
cannot be taken back.
"""

from __future__ import annotations

import asyncio
import json
import weakref
from collections.abc import AsyncIterator, Sequence
from typing import Any

import aiohttp
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, stop_after_attempt
from tenacity.wait import wait_exponential_jitter

from hybridai.errors import (
    BackendError,
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderQuotaError,
    ProviderRateLimitError,
    ProviderUnavailableError,
)
from hybridai.types import BackendEvent, GenerationParams, Message, Usage

_QUOTA_WORDS = ("insufficient_quota", "insufficient balance", "quota", "balance", "billing")
_HEADERS = {"Content-Type": "application/json", "Accept": "text/event-stream"}
# what a failed connection, read or timeout raises (aiohttp's socket timeouts are TimeoutErrors)
_NETWORK_ERRORS = (aiohttp.ClientError, TimeoutError)


class _RetryableError(Exception):
    """Carries a retryable provider error (and its Retry-After) through tenacity."""

    def __init__(self, error: BackendError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


class OpenAICompatibleBackend:
    def __init__(self, *, base_url: str, model: str, api_key: str | None, timeout_s: float = 60.0,
                 connect_timeout_s: float = 5.0, max_retries: int = 3, retry_initial_s: float = 0.5,
                 retry_max_s: float = 8.0, max_connections: int = 100, name: str = "cloud:openai") -> None:
        self.name = name
        self.base_url = base_url.rstrip("/")
        self.model = model
        self._url = f"{self.base_url}/chat/completions"
        self._api_key = api_key
        # a read timeout per chunk, as a stream may run long; no overall limit
        self._timeout = aiohttp.ClientTimeout(total=None, sock_connect=connect_timeout_s, sock_read=timeout_s)
        self._max_connections = max_connections
        self._max_retries = max_retries
        self._backoff = wait_exponential_jitter(multiplier=retry_initial_s, max=retry_max_s, jitter=retry_initial_s)
        self._retry_max_s = retry_max_s
        # sessions hold connections bound to the event loop that opened them; the sync API and a
        # notebook's own loop each get their own
        self._sessions: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, aiohttp.ClientSession] = \
            weakref.WeakKeyDictionary()

    @classmethod
    def from_settings(cls, settings: Any) -> OpenAICompatibleBackend:
        cloud = settings.cloud
        return cls(base_url=cloud.base_url, model=cloud.model,
                   api_key=cloud.api_key.get_secret_value() if cloud.api_key else None,
                   timeout_s=cloud.timeout_s, connect_timeout_s=cloud.connect_timeout_s,
                   max_retries=cloud.max_retries, retry_initial_s=cloud.retry_initial_s,
                   retry_max_s=cloud.retry_max_s)

    def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._sessions.get(loop)
        if session is None or session.closed:
            headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
            session = aiohttp.ClientSession(headers=headers, timeout=self._timeout,
                                            connector=aiohttp.TCPConnector(limit=self._max_connections),
                                            auto_decompress=True, trust_env=False)
            self._sessions[loop] = session
        return session

    def _payload(self, messages: Sequence[Message], params: GenerationParams) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "model": self.model, "messages": [m.to_dict() for m in messages], "stream": True,
            "stream_options": {"include_usage": True}, "max_tokens": params.max_tokens,
            "temperature": params.temperature, "top_p": params.top_p,
        }
        if params.stop:
            payload["stop"] = list(params.stop)
        if params.seed is not None:
            payload["seed"] = params.seed
        return payload

    def _delay(self, error: _RetryableError, failures: int) -> float:
        """Seconds to wait after the ``failures``-th failed try: the server's Retry-After if it
        sent one (capped), else exponential backoff with jitter."""
        if error.retry_after is not None:
            return min(error.retry_after, self._retry_max_s)
        state = RetryCallState(None, None, (), {})
        state.attempt_number = failures
        return self._backoff(state)

    def _wait(self, state: RetryCallState) -> float:
        # tenacity counts its own tries; the first try ran before it (see _open)
        exc = state.outcome.exception() if state.outcome else None
        assert isinstance(exc, _RetryableError)
        return self._delay(exc, state.attempt_number + 1)

    async def astream(self, messages: Sequence[Message], params: GenerationParams) -> AsyncIterator[BackendEvent]:
        session = self._session()
        body = json.dumps(self._payload(messages, params), ensure_ascii=False).encode("utf-8")
        response = await self._open(session, body)
        try:
            async for event in self._events(response):
                yield event
        except _NETWORK_ERRORS as exc:
            raise ProviderUnavailableError(f"{self.name}: stream broke off: {exc!r}", backend=self.name) from exc
        finally:
            response.release()

    async def _open(self, session: aiohttp.ClientSession, body: bytes) -> aiohttp.ClientResponse:
        """Send the request and return a 200 streaming response, retrying what is retryable.
        The first try runs outside tenacity: its machinery costs more than the request itself
        against a fast upstream, and it is needed only once something failed."""
        try:
            return await self._send_once(session, body)
        except _RetryableError as first:
            if self._max_retries == 0:
                raise first.error from first.__cause__
            await asyncio.sleep(self._delay(first, 1))
        retrying = AsyncRetrying(stop=stop_after_attempt(self._max_retries), wait=self._wait,
                                 retry=retry_if_exception_type(_RetryableError), reraise=True)
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._send_once(session, body)
        except _RetryableError as exc:
            raise exc.error from exc.__cause__
        raise AssertionError("unreachable: tenacity either returns or raises")

    async def _send_once(self, session: aiohttp.ClientSession, body: bytes) -> aiohttp.ClientResponse:
        try:
            response = await session.post(self._url, data=body, headers=_HEADERS)
        except _NETWORK_ERRORS as exc:
            raise _RetryableError(ProviderUnavailableError(
                f"{self.name}: cannot reach {self.base_url}: {exc!r}", backend=self.name)) from exc
        if response.status == 200:
            return response
        try:
            content = await response.read()  # read to the end: the connection goes back to the pool
        except _NETWORK_ERRORS:
            content = b""
        finally:
            response.release()
        error = _error_from_response(self.name, response.status, content)
        if isinstance(error, (ProviderRateLimitError, ProviderUnavailableError)):
            raise _RetryableError(error, _retry_after(response.headers.get("Retry-After")))
        raise error

    async def _events(self, response: aiohttp.ClientResponse) -> AsyncIterator[BackendEvent]:
        if "text/event-stream" not in response.headers.get("Content-Type", ""):
            # Some compatible servers ignore "stream": answer the whole completion at once.
            data = self._decode(await response.read())
            _raise_body_error(self.name, data)
            choice = (data.get("choices") or [{}])[0]
            text = (choice.get("message") or {}).get("content") or ""
            if text:
                yield BackendEvent(delta=text)
            yield BackendEvent(usage=_usage(data.get("usage")), finish_reason=choice.get("finish_reason") or "stop")
            return
        usage = Usage()
        finish_reason: str | None = None
        done = False
        async for payload in _sse_data(response):
            # Read on past [DONE] to the end of the body: a fully read response returns its
            # connection to the pool, so the next request skips a TCP (and TLS) handshake.
            if done or payload.startswith("[DONE]"):
                done = True
                continue
            if not payload.strip():
                continue
            data = self._decode(payload)
            _raise_body_error(self.name, data)
            if data.get("usage"):
                usage = _usage(data["usage"])
            for choice in data.get("choices") or []:
                delta = (choice.get("delta") or {}).get("content")
                if delta:
                    yield BackendEvent(delta=delta)
                finish_reason = choice.get("finish_reason") or finish_reason
        yield BackendEvent(usage=usage, finish_reason=finish_reason or "stop")

    def _decode(self, payload: str | bytes) -> Any:
        try:
            return json.loads(payload)
        except ValueError as exc:  # JSONDecodeError, or bytes that are not UTF-8
            text = payload[:200] if isinstance(payload, str) else payload[:200].decode("utf-8", "replace")
            raise ProviderUnavailableError(f"{self.name}: malformed stream event {text!r}",
                                           backend=self.name) from exc

    async def aclose(self) -> None:
        loop = asyncio.get_running_loop()
        session = self._sessions.pop(loop, None)
        if session is not None:
            await session.close()


async def _sse_data(response: aiohttp.ClientResponse) -> AsyncIterator[str]:
    """The data of each server-sent event, as the lines arrive (the SSE format of the HTML
    standard: ``data:`` lines joined by newlines, dispatched at a blank line; comments, other
    fields and an unterminated last event ignored)."""
    data: list[str] = []
    pending = b""
    async for chunk in response.content.iter_any():
        lines = (pending + chunk).split(b"\n")
        pending = lines.pop()
        for raw in lines:
            line = raw.decode("utf-8", "replace").removesuffix("\r")
            if not line:
                if data:
                    yield "\n".join(data)
                    data = []
            elif not line.startswith(":"):
                name, _, value = line.partition(":")
                if name == "data":
                    data.append(value.removeprefix(" "))


def _usage(data: dict[str, Any] | None) -> Usage:
    data = data or {}
    return Usage(int(data.get("prompt_tokens") or 0), int(data.get("completion_tokens") or 0))


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None  # an HTTP date: fall back to exponential backoff


def _error_message(body: Any) -> str:
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict):
            return str(error.get("message") or error.get("code") or error)
        return str(error)
    return str(body)[:500]


def _error_from_response(backend: str, status: int, content: bytes) -> BackendError:
    text = content.decode("utf-8", "replace")
    try:
        body: Any = json.loads(text)
    except ValueError:
        body = text
    detail = _error_message(body)
    message = f"{backend}: HTTP {status}: {detail}"
    lowered = json.dumps(body, ensure_ascii=False).lower() if not isinstance(body, str) else body.lower()
    if status in (401, 403):
        return ProviderAuthError(message, backend=backend, status=status)
    if status == 402 or (status == 429 and any(word in lowered for word in _QUOTA_WORDS)):
        return ProviderQuotaError(message, backend=backend, status=status)
    if status == 429:
        return ProviderRateLimitError(message, backend=backend, status=status)
    if status == 408 or status >= 500:
        return ProviderUnavailableError(message, backend=backend, status=status)
    return ProviderBadRequestError(message, backend=backend, status=status)


def _raise_body_error(backend: str, data: Any) -> None:
    """A 200 body or stream event may still carry an error (OpenAI mid-stream errors, Spark's code)."""
    if not isinstance(data, dict):
        return
    if data.get("error"):
        raise ProviderUnavailableError(f"{backend}: error in stream: {_error_message(data)}", backend=backend)
    code = data.get("code")
    if isinstance(code, int) and code != 0:  # iFlytek Spark's HTTP API: code 0 means OK
        raise ProviderBadRequestError(f"{backend}: provider error {code}: {data.get('message')}", backend=backend)
