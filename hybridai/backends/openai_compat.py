"""Cloud backend: OpenAI-compatible Chat Completions over httpx — DeepSeek, iFlytek Spark's HTTP
endpoint, OpenAI, vLLM, or any compatible server.

Streams with SSE (parsed incrementally by httpx-sse). Connection errors, timeouts, 408/429/5xx
are retried with exponential backoff and jitter by tenacity, honouring ``Retry-After``; retries
happen only before the first token, since text already shown cannot be taken back.
"""

from __future__ import annotations

import asyncio
import json
import weakref
from collections.abc import AsyncIterator, Sequence
from typing import Any

import httpx
from httpx_sse import EventSource
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


class _RetryableError(Exception):
    """Carries a retryable provider error (and its Retry-After) through tenacity."""

    def __init__(self, error: BackendError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


class OpenAICompatibleBackend:
    def __init__(self, *, base_url: str, model: str, api_key: str | None, timeout_s: float = 60.0,
                 connect_timeout_s: float = 5.0, max_retries: int = 3, retry_initial_s: float = 0.5,
                 retry_max_s: float = 8.0, transport: httpx.AsyncBaseTransport | None = None,
                 name: str = "cloud:openai") -> None:
        self.name = name
        self.base_url = base_url.rstrip("/")
        self.model = model
        self._api_key = api_key
        self._timeout = httpx.Timeout(timeout_s, connect=connect_timeout_s)
        self._max_retries = max_retries
        self._backoff = wait_exponential_jitter(multiplier=retry_initial_s, max=retry_max_s, jitter=retry_initial_s)
        self._retry_max_s = retry_max_s
        self._transport = transport
        # httpx clients hold connections bound to the event loop that opened them; the sync API
        # and a notebook's own loop each get their own client.
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = \
            weakref.WeakKeyDictionary()

    @classmethod
    def from_settings(cls, settings: Any) -> OpenAICompatibleBackend:
        cloud = settings.cloud
        return cls(base_url=cloud.base_url, model=cloud.model,
                   api_key=cloud.api_key.get_secret_value() if cloud.api_key else None,
                   timeout_s=cloud.timeout_s, connect_timeout_s=cloud.connect_timeout_s,
                   max_retries=cloud.max_retries, retry_initial_s=cloud.retry_initial_s,
                   retry_max_s=cloud.retry_max_s)

    def _client(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None or client.is_closed:
            headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
            client = httpx.AsyncClient(base_url=self.base_url, headers=headers, timeout=self._timeout,
                                       transport=self._transport)
            self._clients[loop] = client
        return client

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
        client = self._client()
        body = json.dumps(self._payload(messages, params), ensure_ascii=False).encode("utf-8")
        request = client.build_request("POST", "/chat/completions", content=body, headers={
            "Content-Type": "application/json", "Accept": "text/event-stream"})
        response = await self._open(client, request)
        try:
            async for event in self._events(response):
                yield event
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            raise ProviderUnavailableError(f"{self.name}: stream broke off: {exc!r}", backend=self.name) from exc
        finally:
            await response.aclose()

    async def _open(self, client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
        """Send the request and return a 200 streaming response, retrying what is retryable.
        The first try runs outside tenacity: its machinery costs more than the request itself
        against a fast upstream, and it is needed only once something failed."""
        try:
            return await self._send_once(client, request)
        except _RetryableError as first:
            if self._max_retries == 0:
                raise first.error from first.__cause__
            await asyncio.sleep(self._delay(first, 1))
        retrying = AsyncRetrying(stop=stop_after_attempt(self._max_retries), wait=self._wait,
                                 retry=retry_if_exception_type(_RetryableError), reraise=True)
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._send_once(client, request)
        except _RetryableError as exc:
            raise exc.error from exc.__cause__
        raise AssertionError("unreachable: tenacity either returns or raises")

    async def _send_once(self, client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
        try:
            response = await client.send(request, stream=True)
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            raise _RetryableError(ProviderUnavailableError(
                f"{self.name}: cannot reach {self.base_url}: {exc!r}", backend=self.name)) from exc
        if response.status_code == 200:
            return response
        try:
            await response.aread()
        except (httpx.TimeoutException, httpx.TransportError):
            pass
        finally:
            await response.aclose()
        error = _error_from_response(self.name, response)
        if isinstance(error, (ProviderRateLimitError, ProviderUnavailableError)):
            raise _RetryableError(error, _retry_after(response))
        raise error

    async def _events(self, response: httpx.Response) -> AsyncIterator[BackendEvent]:
        content_type = response.headers.get("content-type", "")
        if "text/event-stream" not in content_type:
            # Some compatible servers ignore "stream": answer the whole completion at once.
            data = json.loads(await response.aread())
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
        async for sse in EventSource(response).aiter_sse():
            # Read on past [DONE] to the end of the body: a fully read response returns its
            # connection to the pool, so the next request skips a TCP (and TLS) handshake.
            if done or sse.data.startswith("[DONE]"):
                done = True
                continue
            if not sse.data.strip():
                continue
            try:
                data = json.loads(sse.data)
            except json.JSONDecodeError as exc:
                raise ProviderUnavailableError(f"{self.name}: malformed stream event {sse.data[:200]!r}",
                                               backend=self.name) from exc
            _raise_body_error(self.name, data)
            if data.get("usage"):
                usage = _usage(data["usage"])
            for choice in data.get("choices") or []:
                delta = (choice.get("delta") or {}).get("content")
                if delta:
                    yield BackendEvent(delta=delta)
                finish_reason = choice.get("finish_reason") or finish_reason
        yield BackendEvent(usage=usage, finish_reason=finish_reason or "stop")

    async def aclose(self) -> None:
        loop = asyncio.get_running_loop()
        client = self._clients.pop(loop, None)
        if client is not None:
            await client.aclose()


def _usage(data: dict[str, Any] | None) -> Usage:
    data = data or {}
    return Usage(int(data.get("prompt_tokens") or 0), int(data.get("completion_tokens") or 0))


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
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


def _error_from_response(backend: str, response: httpx.Response) -> BackendError:
    status = response.status_code
    try:
        body: Any = response.json()
    except (ValueError, UnicodeDecodeError):
        body = response.text
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
