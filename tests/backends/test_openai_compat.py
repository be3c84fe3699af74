"""The OpenAI-compatible cloud backend against a real HTTP server (the stub on 127.0.0.1), plus
small aiohttp servers on 127.0.0.1 for wire shapes the stub does not produce."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web

from hybridai.backends.openai_compat import OpenAICompatibleBackend
from hybridai.errors import (
    BackendError,
    ProviderAuthError,
    ProviderBadRequestError,
    ProviderQuotaError,
    ProviderRateLimitError,
    ProviderUnavailableError,
)
from hybridai.testing.openai_server import Delay, Drop, Fail, MidStreamError, OpenAIStubServer
from hybridai.types import BackendEvent, GenerationParams, Message
from tests.helpers import free_port

QUESTION = "hello there, how are you today?"
ECHO = "Echo: " + QUESTION  # what the stub's echo responder answers, in 4-character pieces
MESSAGES = [Message("system", "Be brief."), Message("user", QUESTION)]
PARAMS = GenerationParams(max_tokens=33, temperature=0.25, top_p=0.9, stop=("###", "END"))

MakeBackend = Callable[..., OpenAICompatibleBackend]


@pytest.fixture
async def make_backend(cloud: OpenAIStubServer) -> AsyncIterator[MakeBackend]:
    """Builds backends pointed at the stub cloud (fast retries), and closes them after the test."""
    built: list[OpenAICompatibleBackend] = []

    def make(**overrides: Any) -> OpenAICompatibleBackend:
        options: dict[str, Any] = {"base_url": cloud.base_url, "model": "stub-model", "api_key": cloud.state.api_key,
                                   "timeout_s": 5.0, "max_retries": 2, "retry_initial_s": 0.01,
                                   "retry_max_s": 0.05, **overrides}
        backend = OpenAICompatibleBackend(**options)
        built.append(backend)
        return backend

    yield make
    for backend in built:
        await backend.aclose()


async def collect(backend: OpenAICompatibleBackend, sink: list[BackendEvent] | None = None) -> list[BackendEvent]:
    """Every event of one answer. ``sink`` receives them as they arrive, so a test can see what
    was yielded before an error."""
    events = [] if sink is None else sink
    async for event in backend.astream(MESSAGES, PARAMS):
        events.append(event)
    return events


def text_of(events: list[BackendEvent]) -> str:
    return "".join(event.delta for event in events)


def completion_json(content: str) -> dict[str, Any]:
    return {"id": "chatcmpl-1", "object": "chat.completion", "model": "plain",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": "length"}],
            "usage": {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10}}


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
Serve = Callable[[Handler], Awaitable[str]]


@pytest.fixture
async def serve() -> AsyncIterator[Serve]:
    """Starts an HTTP server on 127.0.0.1 answering chat completions with ``handler``; its base URL."""
    runners: list[web.AppRunner] = []

    async def start(handler: Handler) -> str:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        runners.append(runner)
        port = free_port()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        return f"http://127.0.0.1:{port}/v1"

    yield start
    for runner in runners:
        await runner.cleanup()


# -- a normal answer --------------------------------------------------------------------------------


async def test_stream_yields_the_answer_in_several_deltas_then_usage(make_backend: MakeBackend) -> None:
    events = await collect(make_backend())

    deltas, final = events[:-1], events[-1]
    assert text_of(events) == ECHO
    assert len(deltas) == len(range(0, len(ECHO), 4)) and all(event.delta for event in deltas)
    assert final.delta == ""
    assert final.finish_reason == "stop"
    assert final.usage is not None
    assert final.usage.prompt_tokens == 2 + 6  # "Be brief." + the question, one token a word
    assert final.usage.completion_tokens == len(ECHO.split())
    assert all(event.usage is None for event in deltas)


async def test_request_body_and_headers(cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    await collect(make_backend())

    [recorded] = cloud.requests
    assert recorded.path == "/v1/chat/completions"
    assert recorded.headers["authorization"] == f"Bearer {cloud.state.api_key}"
    assert recorded.headers["content-type"] == "application/json"
    assert recorded.json == {
        "model": "stub-model", "messages": [m.to_dict() for m in MESSAGES], "stream": True,
        "stream_options": {"include_usage": True}, "max_tokens": 33, "temperature": 0.25, "top_p": 0.9,
        "stop": ["###", "END"],
    }


async def test_non_ascii_content_is_sent_as_utf8(cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    backend = make_backend()
    events = [e async for e in backend.astream([Message("user", "你好，世界")], GenerationParams())]

    assert text_of(events) == "Echo: 你好，世界"
    assert "你好，世界".encode() in cloud.all_bodies()


async def test_keepalive_comments_are_ignored(cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    cloud.state.keepalive_comments = True
    events = await collect(make_backend())

    assert text_of(events) == ECHO
    assert events[-1].finish_reason == "stop" and events[-1].usage is not None


# -- retries ----------------------------------------------------------------------------------------


async def test_rate_limit_once_is_retried(cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    cloud.state.failures = [Fail(429)]
    events = await collect(make_backend(max_retries=2))

    assert text_of(events) == ECHO
    assert len(cloud.requests) == 2


async def test_retry_after_is_honoured(cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    cloud.state.failures = [Fail(429, retry_after=0.25)]
    started = time.monotonic()
    events = await collect(make_backend(retry_initial_s=0.01, retry_max_s=2.0))
    elapsed = time.monotonic() - started

    assert text_of(events) == ECHO
    assert len(cloud.requests) == 2
    assert 0.25 <= elapsed < 1.5  # backoff alone would wait about 0.01-0.02 s


async def test_retry_after_is_capped_by_retry_max(cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    cloud.state.failures = [Fail(503, retry_after=30)]
    started = time.monotonic()
    events = await collect(make_backend(retry_max_s=0.05))

    assert text_of(events) == ECHO
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("status", [500, 503])
async def test_server_error_on_every_attempt_gives_up_after_max_retries(
        cloud: OpenAIStubServer, make_backend: MakeBackend, status: int) -> None:
    cloud.state.always_fail = Fail(status)
    with pytest.raises(ProviderUnavailableError) as raised:
        await collect(make_backend(max_retries=2))

    assert len(cloud.requests) == 3
    assert raised.value.status == status
    assert f"HTTP {status}" in str(raised.value)


async def test_rate_limit_on_every_attempt_gives_up(cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    cloud.state.always_fail = Fail(429)
    with pytest.raises(ProviderRateLimitError) as raised:
        await collect(make_backend(max_retries=1))

    assert raised.value.status == 429
    assert len(cloud.requests) == 2


# -- errors that are not retried --------------------------------------------------------------------


@pytest.mark.parametrize(("status", "error"), [
    (401, ProviderAuthError), (403, ProviderAuthError), (402, ProviderQuotaError),
    (400, ProviderBadRequestError), (404, ProviderBadRequestError), (422, ProviderBadRequestError),
])
async def test_client_errors_are_classified_and_not_retried(
        cloud: OpenAIStubServer, make_backend: MakeBackend, status: int, error: type[BackendError]) -> None:
    cloud.state.always_fail = Fail(status)
    with pytest.raises(error) as raised:
        await collect(make_backend(max_retries=3))

    assert raised.value.status == status
    assert len(cloud.requests) == 1


async def test_wrong_api_key_is_an_auth_error(cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    with pytest.raises(ProviderAuthError, match="Incorrect API key"):
        await collect(make_backend(api_key="wrong-key"))

    assert len(cloud.requests) == 1
    assert cloud.requests[0].headers["authorization"] == "Bearer wrong-key"


async def test_rate_limit_saying_insufficient_quota_is_a_quota_error(
        cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    cloud.state.always_fail = Fail(429, message="You exceeded your current quota (insufficient_quota).")
    with pytest.raises(ProviderQuotaError) as raised:
        await collect(make_backend(max_retries=3))

    assert raised.value.status == 429
    assert len(cloud.requests) == 1


# -- broken connections -----------------------------------------------------------------------------


async def test_delay_longer_than_read_timeout_is_unavailable(
        cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    cloud.state.failures = [Delay(5.0), Delay(5.0)]
    started = time.monotonic()
    with pytest.raises(ProviderUnavailableError, match="cannot reach"):
        await collect(make_backend(timeout_s=0.15, max_retries=1))

    assert len(cloud.requests) == 2
    assert time.monotonic() - started < 2.0


async def test_delay_within_timeout_is_fine(cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    cloud.state.failures = [Delay(0.1)]
    events = await collect(make_backend(timeout_s=2.0, max_retries=0))

    assert text_of(events) == ECHO


async def test_dropped_connection_is_unavailable(cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    cloud.state.failures = [Drop(), Drop()]
    with pytest.raises(ProviderUnavailableError):
        await collect(make_backend(max_retries=1))

    assert len(cloud.requests) == 2


async def test_dropped_connection_once_is_retried(cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    cloud.state.failures = [Drop()]
    events = await collect(make_backend(max_retries=1))

    assert text_of(events) == ECHO
    assert len(cloud.requests) == 2


async def test_error_mid_stream_comes_after_the_deltas_already_sent(
        cloud: OpenAIStubServer, make_backend: MakeBackend) -> None:
    cloud.state.failures = [MidStreamError(after_chunks=3, message="upstream exploded")]
    received: list[BackendEvent] = []
    with pytest.raises(ProviderUnavailableError, match="upstream exploded"):
        await collect(make_backend(max_retries=3), sink=received)

    assert [event.delta for event in received] == [ECHO[0:4], ECHO[4:8], ECHO[8:12]]
    assert len(cloud.requests) == 1  # text already shown is never retried


async def test_unreachable_port_is_unavailable(make_backend: MakeBackend) -> None:
    backend = make_backend(base_url=f"http://127.0.0.1:{free_port()}/v1", max_retries=1, connect_timeout_s=1.0)
    with pytest.raises(ProviderUnavailableError, match="cannot reach"):
        await collect(backend)


# -- wire shapes of other providers -----------------------------------------------------------------


async def test_server_that_ignores_stream_and_answers_json(make_backend: MakeBackend, serve: Serve) -> None:
    seen: list[dict[str, Any]] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        seen.append(await request.json())
        return web.json_response(completion_json("The whole answer."))

    events = await collect(make_backend(base_url=await serve(handler), max_retries=0))

    assert [event.delta for event in events] == ["The whole answer.", ""]
    assert events[-1].finish_reason == "length"
    assert events[-1].usage is not None and events[-1].usage.total_tokens == 10
    assert seen[0]["stream"] is True


async def spark_error_json(request: web.Request) -> web.StreamResponse:
    return web.json_response({"code": 10013, "message": "input content audit failed", "sid": "x"})


async def spark_error_event(request: web.Request) -> web.StreamResponse:
    body = 'data: {"code": 10013, "message": "input content audit failed", "sid": "x"}\n\n'
    return web.Response(text=body, content_type="text/event-stream")


@pytest.mark.parametrize("handler", [spark_error_json, spark_error_event], ids=["json", "sse"])
async def test_spark_error_code_in_a_200_body_is_a_bad_request(
        make_backend: MakeBackend, serve: Serve, handler: Handler) -> None:
    with pytest.raises(ProviderBadRequestError, match="10013"):
        await collect(make_backend(base_url=await serve(handler), max_retries=0))


@pytest.mark.parametrize("body", ["data: {not json\n\n", "data: \xff\xfe\n\n"], ids=["json", "bytes"])
async def test_malformed_stream_event_is_unavailable(make_backend: MakeBackend, serve: Serve, body: str) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=body.encode("latin-1"), content_type="text/event-stream")

    with pytest.raises(ProviderUnavailableError, match="malformed"):
        await collect(make_backend(base_url=await serve(handler), max_retries=0))


async def test_sse_events_split_across_reads_and_multi_line_data(make_backend: MakeBackend, serve: Serve) -> None:
    events = ['{"choices": [{"delta": {"content": "Hel"}}]}', '{"choices":\n [{"delta": {"content": "lo"}}]}',
              '{"choices": [{"delta": {}, "finish_reason": "stop"}], "usage": {"prompt_tokens": 2, '
              '"completion_tokens": 2}}']
    wire = "".join(": keep-alive\r\n\r\n" + "".join(f"data: {line}\r\n" for line in event.split("\n")) + "\r\n"
                   for event in events) + "data: [DONE]\n\n"

    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for start in range(0, len(wire), 7):  # odd-sized pieces: lines and events split across reads
            await response.write(wire[start:start + 7].encode())
            await asyncio.sleep(0)
        return response

    got = await collect(make_backend(base_url=await serve(handler), max_retries=0))
    assert text_of(got) == "Hello"
    assert got[-1].finish_reason == "stop" and got[-1].usage is not None and got[-1].usage.total_tokens == 4


# -- event loops ------------------------------------------------------------------------------------


def test_backend_works_from_two_event_loops(cloud: OpenAIStubServer) -> None:
    backend = OpenAICompatibleBackend(base_url=cloud.base_url, model="stub-model", api_key=cloud.state.api_key,
                                      timeout_s=5.0, max_retries=0)

    async def first_loop() -> str:
        answer = text_of(await collect(backend))
        cloud.state.failures = [Fail(400)]
        with pytest.raises(ProviderBadRequestError):
            await collect(backend)  # a fully read error body leaves a pooled keep-alive connection
        return answer

    async def second_loop() -> str:
        try:
            return text_of(await collect(backend))
        finally:
            await backend.aclose()

    # A client shared across loops would reuse that connection here: "Event loop is closed".
    assert asyncio.run(first_loop()) == ECHO
    assert asyncio.run(second_loop()) == ECHO
    assert len(cloud.requests) == 3


def test_backoff_grows_per_failure_is_capped_and_honours_retry_after():
    from hybridai.backends.openai_compat import _RetryableError
    from hybridai.errors import ProviderUnavailableError

    backend = OpenAICompatibleBackend(base_url="http://127.0.0.1:9/v1", model="m", api_key=None,
                                      retry_initial_s=0.5, retry_max_s=8.0)
    error = _RetryableError(ProviderUnavailableError("down"))
    delays = [backend._delay(error, failures) for failures in range(1, 7)]
    for failures, delay in enumerate(delays[:4], start=1):
        base = 0.5 * 2 ** (failures - 1)
        assert base <= delay <= base + 0.5  # exponential, plus at most one initial interval of jitter
    assert delays[5] == 8.0
    assert backend._delay(_RetryableError(ProviderUnavailableError("busy"), retry_after=3.0), 1) == 3.0
    assert backend._delay(_RetryableError(ProviderUnavailableError("busy"), retry_after=60.0), 1) == 8.0
