"""The OpenAI stub server, exercised over real HTTP with httpx."""

from __future__ import annotations

import dataclasses
import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from hybridai.testing.openai_server import (
    Delay,
    Drop,
    Fail,
    MidStreamError,
    OpenAIStubServer,
    StubState,
    count_tokens,
)

USER_HELLO = {"model": "deepseek-chat", "messages": [{"role": "user", "content": "hello"}]}


@pytest.fixture(scope="module")
def shared_server() -> Iterator[OpenAIStubServer]:
    with OpenAIStubServer() as running:
        yield running


@pytest.fixture
def server(shared_server: OpenAIStubServer) -> OpenAIStubServer:
    """The shared server back at default settings with nothing recorded.

    Sharing one server saves uvicorn's ~0.2 s shutdown per test.
    """
    defaults = StubState()
    for setting in dataclasses.fields(StubState):
        setattr(shared_server.state, setting.name, getattr(defaults, setting.name))
    return shared_server


def chat_url(server: OpenAIStubServer) -> str:
    return f"{server.base_url}/chat/completions"


def stream_body(**extra: Any) -> dict[str, Any]:
    return {**USER_HELLO, "stream": True, **extra}


def split_events(raw: str) -> list[str]:
    """Split raw SSE text into events, checking that every event ends with a blank line."""
    assert raw.endswith("\n\n"), raw
    return raw[: -len("\n\n")].split("\n\n")


def data_events(raw: str) -> list[str]:
    """The payload of every data event; comment-only events are dropped."""
    payloads = []
    for event in split_events(raw):
        lines = [line for line in event.split("\n") if not line.startswith(":")]
        if lines:
            assert len(lines) == 1 and lines[0].startswith("data: "), event
            payloads.append(lines[0][len("data: ") :])
    return payloads


# --- normal answers --------------------------------------------------------


def test_non_stream_completion_shape(server: OpenAIStubServer) -> None:
    response = httpx.post(chat_url(server), json=USER_HELLO)

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["id"].startswith("chatcmpl-")
    assert body["object"] == "chat.completion"
    assert isinstance(body["created"], int)
    assert body["model"] == "deepseek-chat"
    assert body["choices"] == [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Echo: hello"},
            "logprobs": None,
            "finish_reason": "stop",
        }
    ]
    usage = body["usage"]
    assert usage["prompt_tokens"] == 1
    assert usage["completion_tokens"] == 2
    assert usage["total_tokens"] == 3


@pytest.mark.asyncio
async def test_async_client_and_async_context_manager() -> None:
    request = {"messages": [{"role": "system", "content": "be nice"}, {"role": "user", "content": "你好"}]}
    async with OpenAIStubServer(StubState(model="stub-x")) as server, httpx.AsyncClient() as client:
        body = (await client.post(chat_url(server), json=request)).json()

    assert body["model"] == "stub-x"  # the request named no model
    assert body["choices"][0]["message"]["content"] == "Echo: 你好"


def test_custom_responder_and_last_user_message(server: OpenAIStubServer) -> None:
    server.state.responder = lambda request: ["a", "b", str(len(request["messages"]))]
    messages = [{"role": "user", "content": "one"}, {"role": "assistant", "content": "x"}]

    body = httpx.post(chat_url(server), json={"messages": messages}).json()

    assert body["choices"][0]["message"]["content"] == "ab2"


def test_echo_reads_text_parts_of_the_last_user_message(server: OpenAIStubServer) -> None:
    messages = [
        {"role": "user", "content": "first"},
        {"role": "user", "content": [{"type": "text", "text": "second"}]},
    ]

    body = httpx.post(chat_url(server), json={"messages": messages}).json()

    assert body["choices"][0]["message"]["content"] == "Echo: second"


def test_token_count_is_words_plus_cjk_characters() -> None:
    assert count_tokens("hello big world") == 3
    assert count_tokens("你好 world") == 3
    assert count_tokens("") == 0


def test_models_list(server: OpenAIStubServer) -> None:
    body = httpx.get(f"{server.base_url}/models").json()

    assert body["object"] == "list"
    [model] = body["data"]
    assert model["id"] == "stub-model"
    assert model["object"] == "model"
    assert isinstance(model["created"], int)
    assert model["owned_by"] == "hybridai-stub"


# --- streaming -------------------------------------------------------------


def test_stream_framing_without_usage(server: OpenAIStubServer) -> None:
    response = httpx.post(chat_url(server), json=stream_body())

    assert response.headers["content-type"].startswith("text/event-stream")
    payloads = data_events(response.text)
    assert payloads[-1] == "[DONE]"
    chunks = [json.loads(payload) for payload in payloads[:-1]]
    assert all(chunk["object"] == "chat.completion.chunk" for chunk in chunks)
    assert all("usage" not in chunk for chunk in chunks)
    assert len({chunk["id"] for chunk in chunks}) == 1
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert chunks[-1]["choices"][0] == {"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}
    content_chunks = chunks[1:-1]
    assert [c["choices"][0]["delta"]["content"] for c in content_chunks] == ["Echo", ": he", "llo"]
    assert all(c["choices"][0]["finish_reason"] is None for c in content_chunks)


def test_stream_usage_chunk_only_with_include_usage(server: OpenAIStubServer) -> None:
    response = httpx.post(chat_url(server), json=stream_body(stream_options={"include_usage": True}))

    payloads = data_events(response.text)
    assert payloads[-1] == "[DONE]"
    *chunks, usage_chunk = [json.loads(payload) for payload in payloads[:-1]]
    assert usage_chunk["choices"] == []
    assert usage_chunk["usage"]["total_tokens"] == 3
    assert all(chunk["usage"] is None for chunk in chunks)
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_keepalive_comments_are_separate_events(server: OpenAIStubServer) -> None:
    server.state.keepalive_comments = True

    raw = httpx.post(chat_url(server), json=stream_body()).text

    assert ": keep-alive\n\n" in raw
    assert data_events(raw)[-1] == "[DONE]"


@pytest.mark.asyncio
async def test_stream_chunks_arrive_as_produced(server: OpenAIStubServer) -> None:
    server.state.chunk_delay = 0.1

    async with (
        httpx.AsyncClient() as client,
        client.stream("POST", chat_url(server), json=stream_body()) as response,
    ):
        started = time.monotonic()
        arrivals = [time.monotonic() - started async for _ in response.aiter_raw()]

    # 5 data events 0.1 s apart: a buffered response would deliver them all at once.
    assert len(arrivals) >= 5
    assert arrivals[-1] - arrivals[0] >= 0.35


# --- auth and validation ---------------------------------------------------


def test_auth_failure_401_body(server: OpenAIStubServer) -> None:
    server.state.api_key = "sk-right"

    missing = httpx.post(chat_url(server), json=USER_HELLO)
    wrong = httpx.post(chat_url(server), json=USER_HELLO, headers={"Authorization": "Bearer sk-wrong"})
    right = httpx.post(chat_url(server), json=USER_HELLO, headers={"Authorization": "Bearer sk-right"})
    models = httpx.get(f"{server.base_url}/models")

    for denied in (missing, wrong, models):
        assert denied.status_code == 401
        assert denied.json() == {
            "error": {
                "message": "Incorrect API key provided.",
                "type": "authentication_error",
                "param": None,
                "code": "invalid_api_key",
            }
        }
    assert right.status_code == 200
    assert len(server.requests) == 4  # denied requests are recorded too


@pytest.mark.parametrize(
    "body",
    [b'{"model": "m"}', b'{"messages": []}', b'{"messages": "hi"}', b"not json", b"[1, 2]"],
)
def test_invalid_requests_get_400(server: OpenAIStubServer, body: bytes) -> None:
    response = httpx.post(chat_url(server), content=body, headers={"content-type": "application/json"})

    assert response.status_code == 400
    assert response.json()["error"]["type"] == "invalid_request_error"
    assert server.requests[0].body == body


# --- scripted failures -----------------------------------------------------


@pytest.mark.parametrize(
    ("status", "message", "error_type"),
    [
        (400, "Invalid Format", "invalid_request_error"),
        (401, "Authentication Fails", "authentication_error"),
        (402, "Insufficient Balance", "unknown_error"),
        (429, "Rate Limit Reached", "rate_limit_error"),
        (500, "Server Error", "server_error"),
        (503, "Server Overloaded", "server_error"),
    ],
)
def test_fail_status_and_body(server: OpenAIStubServer, status: int, message: str, error_type: str) -> None:
    server.state.failures.append(Fail(status))

    response = httpx.post(chat_url(server), json=stream_body())  # a stream request fails before streaming

    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert error["message"] == message
    assert error["type"] == error_type
    assert set(error) == {"message", "type", "param", "code"}
    assert "retry-after" not in response.headers


def test_deepseek_402_body_exactly(server: OpenAIStubServer) -> None:
    server.state.failures.append(Fail(402))

    response = httpx.post(chat_url(server), json=USER_HELLO)

    assert response.json() == {
        "error": {
            "message": "Insufficient Balance",
            "type": "unknown_error",
            "param": None,
            "code": "invalid_request_error",
        }
    }


def test_429_retry_after_header_and_custom_message(server: OpenAIStubServer) -> None:
    server.state.failures += [Fail(429, message="slow down", retry_after=2), Fail(503, retry_after=0.5)]

    rate_limited = httpx.post(chat_url(server), json=USER_HELLO)
    overloaded = httpx.post(chat_url(server), json=USER_HELLO)

    assert rate_limited.status_code == 429
    assert rate_limited.headers["retry-after"] == "2"
    assert rate_limited.json()["error"]["message"] == "slow down"
    assert overloaded.headers["retry-after"] == "0.5"


def test_failures_are_consumed_fifo_then_normal(server: OpenAIStubServer) -> None:
    server.state.failures += [Fail(500), Fail(503)]

    statuses = [httpx.post(chat_url(server), json=USER_HELLO).status_code for _ in range(3)]

    assert statuses == [500, 503, 200]
    assert server.state.failures == []


def test_always_fail_after_scripted_failures(server: OpenAIStubServer) -> None:
    server.state.failures.append(Fail(400))
    server.state.always_fail = Fail(503)

    statuses = [httpx.post(chat_url(server), json=USER_HELLO).status_code for _ in range(3)]
    models = httpx.get(f"{server.base_url}/models")  # failures only apply to chat requests

    assert statuses == [400, 503, 503]
    assert models.status_code == 200


def test_fail_rejects_unknown_status() -> None:
    with pytest.raises(ValueError, match="418"):
        Fail(418)


def test_delay_causes_client_read_timeout(server: OpenAIStubServer) -> None:
    server.state.failures.append(Delay(5))

    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(chat_url(server), json=USER_HELLO, timeout=0.2)

    assert time.monotonic() - started < 2
    assert httpx.post(chat_url(server), json=USER_HELLO).status_code == 200


@pytest.mark.asyncio
async def test_short_delay_then_normal_answer(server: OpenAIStubServer) -> None:
    server.state.failures.append(Delay(0.2))

    started = time.monotonic()
    async with httpx.AsyncClient() as client:
        response = await client.post(chat_url(server), json=USER_HELLO)

    assert time.monotonic() - started >= 0.2
    assert response.json()["choices"][0]["message"]["content"] == "Echo: hello"


def test_drop_closes_connection_without_response(server: OpenAIStubServer) -> None:
    server.state.failures.append(Drop())

    with httpx.Client() as client:
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.post(chat_url(server), json=USER_HELLO)
        assert client.post(chat_url(server), json=USER_HELLO).status_code == 200

    assert len(server.requests) == 2


@pytest.mark.asyncio
async def test_drop_with_async_stream_request(server: OpenAIStubServer) -> None:
    server.state.failures.append(Drop())

    async with httpx.AsyncClient() as client:
        with pytest.raises(httpx.TransportError):
            async with client.stream("POST", chat_url(server), json=stream_body()):
                pass


def test_mid_stream_error_event(server: OpenAIStubServer) -> None:
    server.state.failures.append(MidStreamError(after_chunks=2, message="boom"))

    response = httpx.post(chat_url(server), json=stream_body(stream_options={"include_usage": True}))

    assert response.status_code == 200
    payloads = [json.loads(payload) for payload in data_events(response.text)]
    assert payloads[0]["choices"][0]["delta"]["role"] == "assistant"
    assert [p["choices"][0]["delta"]["content"] for p in payloads[1:3]] == ["Echo", ": he"]
    assert payloads[3] == {"error": {"message": "boom", "type": "server_error", "param": None, "code": None}}
    assert len(payloads) == 4  # no finish chunk, no usage, no [DONE]


def test_mid_stream_error_on_non_stream_request_is_500(server: OpenAIStubServer) -> None:
    server.state.failures.append(MidStreamError(after_chunks=1, message="boom"))

    response = httpx.post(chat_url(server), json=USER_HELLO)

    assert response.status_code == 500
    assert response.json()["error"]["message"] == "boom"


# --- recording and lifecycle -----------------------------------------------


def test_requests_are_recorded_byte_exactly(server: OpenAIStubServer) -> None:
    raw = '{"messages":  [{"role": "user", "content": "card 4111 1111 1111 1111 \\u00e9 é"}]}'.encode()

    httpx.post(chat_url(server), content=raw, headers={"Authorization": "Bearer sk-test", "X-Trace": "abc"})
    httpx.get(f"{server.base_url}/models")

    chat, models = server.requests
    assert chat.body == raw
    assert chat.json == {"messages": [{"role": "user", "content": "card 4111 1111 1111 1111 é é"}]}
    assert chat.headers["authorization"] == "Bearer sk-test"
    assert chat.headers["x-trace"] == "abc"
    assert chat.path == "/v1/chat/completions"
    assert (models.path, models.body, models.json) == ("/v1/models", b"", None)
    assert b"4111 1111 1111 1111" in server.all_bodies()
    assert b"5500" not in server.all_bodies()


def test_reset_forgets_requests_and_failures(server: OpenAIStubServer) -> None:
    server.state.failures.append(Fail(500))
    server.state.always_fail = Fail(503)
    server.state.keepalive_comments = True
    httpx.post(chat_url(server), json=USER_HELLO)

    server.reset()

    assert server.requests == []
    assert server.all_bodies() == b""
    assert server.state.failures == [] and server.state.always_fail is None
    assert server.state.keepalive_comments  # settings survive
    assert httpx.post(chat_url(server), json=USER_HELLO).status_code == 200


def test_server_binds_localhost_and_stops_on_exit() -> None:
    with OpenAIStubServer() as server:
        base_url = server.base_url
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1", base_url)
        with httpx.Client() as client:  # a kept-alive connection must not block shutdown
            assert client.get(f"{base_url}/models").status_code == 200

    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/models")


@pytest.mark.asyncio
async def test_async_exit_stops_server() -> None:
    async with OpenAIStubServer() as server:
        base_url = server.base_url

    async with httpx.AsyncClient() as client:
        with pytest.raises(httpx.ConnectError):
            await client.get(f"{base_url}/models")


def test_cli_serves_echo_until_interrupted() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "hybridai.testing.openai_server", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        match = re.search(r"http://127\.0\.0\.1:\d+/v1", process.stdout.readline())
        assert match, "the CLI prints its base URL"
        body = httpx.post(f"{match.group()}/chat/completions", json=USER_HELLO, timeout=5).json()
        assert body["choices"][0]["message"]["content"] == "Echo: hello"
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
