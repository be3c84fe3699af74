"""Chat completions through the official openai SDK against the live server: routing, masking,
streaming, conversations across requests and tenants, and a client that hangs up mid-stream."""

from __future__ import annotations

import json
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import openai
import pytest
from conftest import EMAIL, PRC_ID, Server, assert_openai_error, wait_for

from hybridai.testing.openai_server import OpenAIStubServer

MODEL = "hybridai"
GENERAL_WITH_EMAIL = f"Please draft a short thank-you note to {EMAIL} about the product demo."
PRIVATE_TEXT = f"我的身份证号是{PRC_ID}，帮我写一份租房申请。"


def sdk(server: Server, key: str = "a", **kwargs) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.v1, api_key=server.keys[key].api_key, max_retries=0, timeout=30, **kwargs)


def new_session() -> str:
    return f"e2e-{uuid.uuid4().hex[:16]}"


def in_flight(server: Server) -> float:
    text = httpx.get(f"{server.base_url}/metrics", timeout=10).text
    [value] = [line.split()[-1] for line in text.splitlines() if line.startswith("hybridai_in_flight_requests ")]
    return float(value)


def test_sdk_completes_general_request_in_the_cloud_with_the_email_masked(server: Server, stub: OpenAIStubServer):
    response = sdk(server).chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": GENERAL_WITH_EMAIL}])

    assert response.object == "chat.completion"
    assert response.model == MODEL
    assert response.id.startswith("chatcmpl-")
    [choice] = response.choices
    assert choice.message.role == "assistant"
    assert choice.finish_reason == "stop"
    # the stub echoes what it received: the placeholder, which the server turns back into the email
    assert choice.message.content == f"Echo: {GENERAL_WITH_EMAIL}"
    extra = response.model_extra["hybridai"]
    assert extra["route"] == "cloud"
    assert extra["sensitive"] is False
    assert extra["backend"].startswith("cloud")
    assert any("EMAIL" in reason and "masked" in reason for reason in extra["reasons"]), extra["reasons"]
    assert extra["fallback_reason"] is None
    assert response.usage.total_tokens == response.usage.prompt_tokens + response.usage.completion_tokens > 0

    [recorded] = stub.requests
    assert recorded.path == "/v1/chat/completions"
    assert b"<EMAIL_1>" in recorded.body
    assert EMAIL.encode() not in stub.all_bodies()
    assert recorded.headers["authorization"] == "Bearer test-cloud-key"


def test_sdk_answers_prc_id_privately_and_nothing_reaches_the_cloud(server: Server, stub: OpenAIStubServer):
    response = sdk(server).chat.completions.create(model=MODEL, messages=[{"role": "user", "content": PRIVATE_TEXT}])

    extra = response.model_extra["hybridai"]
    assert extra["route"] == "private"
    assert extra["sensitive"] is True
    assert extra["backend"].startswith("private")
    assert any("PRC_ID" in reason for reason in extra["reasons"]), extra["reasons"]
    assert response.choices[0].finish_reason in {"stop", "length"}
    assert 0 < response.usage.completion_tokens <= 16  # generation.max_tokens of the server config
    assert stub.requests == []


def test_sdk_streams_with_usage_and_the_hybridai_field(server: Server, stub: OpenAIStubServer):
    text = "Stream me a friendly greeting for the whole team, please."
    session = new_session()
    stream = sdk(server).chat.completions.create(model=MODEL, messages=[{"role": "user", "content": text}],
                                                 stream=True, stream_options={"include_usage": True},
                                                 extra_headers={"X-Session-Id": session})
    chunks = list(stream)  # ends only when the server sends [DONE]; the SDK then closes the connection at once

    assert len(chunks) >= 4
    assert len({chunk.id for chunk in chunks}) == 1
    assert all(chunk.object == "chat.completion.chunk" and chunk.model == MODEL for chunk in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert content == f"Echo: {text}"
    finishing = [c for c in chunks if c.choices and c.choices[0].finish_reason]
    assert len(finishing) == 1 and finishing[0].choices[0].finish_reason == "stop"
    assert finishing[0].model_extra["hybridai"]["route"] == "cloud"
    usage_chunk = chunks[-1]
    assert usage_chunk.choices == []
    assert usage_chunk.usage is not None and usage_chunk.usage.total_tokens > 0
    assert all(c.usage is None for c in chunks[:-1])
    [recorded] = stub.requests
    assert recorded.json["stream"] is True
    # a complete answer is accounted once, as complete, even though the client hung up right after [DONE]
    wait_for(lambda: server.audit_events("session_id = %s", session), what="the audit event")
    time.sleep(0.3)
    events = server.audit_events("session_id = %s", session)
    assert [(e["status_code"], e["outcome"]) for e in events] == [(200, "ok")]
    assert wait_for(lambda: in_flight(server) == 0 and [0], what="no request in flight") == [0]
    with server.client(server.keys["a"]) as client:
        messages = client.get(f"/v1/conversations/{session}").json()["messages"]
    assert [(m["role"], m["interrupted"]) for m in messages] == [("user", False), ("assistant", False)]


def test_stream_without_usage_option_ends_with_done(server: Server):
    body = {"model": MODEL, "stream": True, "messages": [{"role": "user", "content": PRIVATE_TEXT}]}
    with server.client(server.keys["a"]) as client, client.stream("POST", "/v1/chat/completions", json=body) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        events = [line.removeprefix("data: ") for line in r.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    payloads = [json.loads(e) for e in events[:-1]]
    assert all("usage" not in p for p in payloads)
    assert payloads[-1]["choices"][0]["finish_reason"] in {"stop", "length"}
    assert payloads[-1]["hybridai"]["route"] == "private"


def test_stream_of_a_general_request_unmasks_the_email_for_the_client(server: Server, stub: OpenAIStubServer):
    stream = sdk(server).chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": GENERAL_WITH_EMAIL}], stream=True)
    content = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert content == f"Echo: {GENERAL_WITH_EMAIL}"
    assert b"<EMAIL_1>" in stub.all_bodies() and EMAIL.encode() not in stub.all_bodies()


# -- conversations --------------------------------------------------------------------------------
def test_session_accumulates_history_and_is_private_to_its_tenant(server: Server, stub: OpenAIStubServer):
    session = new_session()
    client = sdk(server)
    first = client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": "Hello, what can you do for our sales team?"}],
        extra_headers={"X-Session-Id": session})
    assert first.headers["x-session-id"] == session
    assert first.parse().model_extra["hybridai"]["session_id"] == session
    client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "And for marketing?"}],
                                   extra_headers={"X-Session-Id": session})
    # the second request carried the first turn as history
    assert "sales team" in json.dumps(stub.requests[-1].json["messages"])

    a, b = server.keys["a"], server.keys["b"]
    with server.client(a) as owner, server.client(b) as other:
        conversation = owner.get(f"/v1/conversations/{session}")
        assert conversation.status_code == 200, conversation.text
        messages = conversation.json()["messages"]
        assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
        assert all(m["route"] == "cloud" for m in messages)
        assert messages[1]["content"] == "Echo: Hello, what can you do for our sales team?"
        assert messages[3]["content"] == "Echo: And for marketing?"
        assert not any(m["interrupted"] for m in messages)
        assert messages[1]["backend"].startswith("cloud")

        listed = owner.get("/v1/conversations").json()
        mine = {item["session_id"]: item for item in listed["data"]}
        assert mine[session]["messages"] == 4

        # tenant B can neither see, list nor delete tenant A's conversation
        assert_openai_error(other.get(f"/v1/conversations/{session}"), 404, "conversation_not_found")
        assert_openai_error(other.delete(f"/v1/conversations/{session}"), 404, "conversation_not_found")
        assert session not in {item["session_id"] for item in other.get("/v1/conversations").json()["data"]}
        assert owner.get(f"/v1/conversations/{session}").status_code == 200

        # the same session id used by tenant B is a separate conversation
        other.post("/v1/chat/completions", headers={"X-Session-Id": session},
                   json={"model": MODEL, "messages": [{"role": "user", "content": "Tenant B says hi"}]})
        assert len(other.get(f"/v1/conversations/{session}").json()["messages"]) == 2
        assert len(owner.get(f"/v1/conversations/{session}").json()["messages"]) == 4

        deleted = owner.delete(f"/v1/conversations/{session}")
        assert deleted.status_code == 200 and deleted.json() == {"session_id": session, "deleted": True}
        assert_openai_error(owner.get(f"/v1/conversations/{session}"), 404, "conversation_not_found")
        assert_openai_error(owner.delete(f"/v1/conversations/{session}"), 404, "conversation_not_found")
        assert session not in {item["session_id"] for item in owner.get("/v1/conversations").json()["data"]}
        assert len(other.get(f"/v1/conversations/{session}").json()["messages"]) == 2


def test_user_field_names_the_session_when_no_header(server: Server):
    session = new_session()
    response = sdk(server).chat.completions.create(
        model=MODEL, user=session, messages=[{"role": "user", "content": PRIVATE_TEXT}])
    assert response.model_extra["hybridai"]["session_id"] == session
    with server.client(server.keys["a"]) as client:
        messages = client.get(f"/v1/conversations/{session}").json()["messages"]
    assert [m["route"] for m in messages] == ["private", "private"]
    assert messages[0]["content"] == PRIVATE_TEXT


# -- a client that hangs up -----------------------------------------------------------------------
def test_client_disconnect_mid_stream_keeps_the_partial_answer(server: Server, stub: OpenAIStubServer):
    stub.state.chunk_delay = 0.1  # ~25 chunks of 4 characters: the answer takes about 2.5 s
    session = new_session()
    text = "Tell the whole engineering team that the release train leaves on Friday at noon sharp."
    body = {"model": MODEL, "stream": True, "messages": [{"role": "user", "content": text}]}
    received = []
    with server.client(server.keys["a"], timeout=10) as client:
        with client.stream("POST", "/v1/chat/completions", json=body, headers={"X-Session-Id": session}) as r:
            assert r.status_code == 200
            for line in r.iter_lines():
                if line.startswith("data: "):
                    delta = json.loads(line[6:])["choices"][0]["delta"].get("content")
                    if delta:
                        received.append(delta)
                if len(received) >= 3:
                    break
        # leaving both blocks closes the connection long before the answer is complete
    assert "".join(received).startswith("Echo")

    def stored_answer():
        with server.client(server.keys["a"]) as client:
            response = client.get(f"/v1/conversations/{session}")
        if response.status_code != 200:
            return None
        messages = response.json()["messages"]
        return messages[-1] if messages and messages[-1]["role"] == "assistant" else None

    answer = wait_for(stored_answer, timeout=10, what="the interrupted answer to be stored")
    assert answer["interrupted"] is True
    assert answer["content"], answer
    assert answer["content"].startswith("".join(received))
    assert len(answer["content"]) < len(f"Echo: {text}")
    assert answer["route"] == "cloud"

    events = wait_for(lambda: server.audit_events("session_id = %s AND outcome = %s", session, "interrupted"),
                      timeout=10, what="an 'interrupted' audit event")
    assert len(events) == 1
    assert events[0]["endpoint"] == "/v1/chat/completions"
    assert events[0]["status_code"] == 499
    assert events[0]["key_id"] == server.keys["a"].key_id

    # the server is unharmed
    stub.state.chunk_delay = 0.0
    with server.client(server.keys["a"]) as client:
        assert client.get("/healthz").status_code == 200
        after = client.post("/v1/chat/completions", json={**body, "stream": False})
        assert after.status_code == 200, after.text
        assert client.get("/readyz").status_code == 200


EXTREME_BUT_VALID = [
    {"temperature": 1e-300}, {"temperature": 2.0, "top_p": 1e-300}, {"temperature": 0.5, "seed": 2 ** 63 - 1},
    {"temperature": 0.5, "seed": -(2 ** 63)}, {"max_tokens": 10 ** 12}, {"max_completion_tokens": 1},
    {"stop": ["\n", "。"]}, {"stop": "x"}, {"n": 1, "presence_penalty": 0.5, "logit_bias": {"42": 1}},
    {"stream": True, "max_tokens": 2 ** 31, "stream_options": {"include_usage": False}},
]


@pytest.mark.parametrize("route, text", [("private", PRIVATE_TEXT), ("cloud", "Name three colours of the sea.")],
                         ids=["private", "cloud"])
def test_extreme_but_valid_parameters_are_answered(server: Server, route: str, text: str):
    with server.client(server.keys["a"]) as client:
        for extra in EXTREME_BUT_VALID:
            body = {"model": MODEL, "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}],
                    **extra}
            response = client.post("/v1/chat/completions", json=body)
            assert response.status_code == 200, (extra, response.text[:300])
            if extra.get("stream"):
                assert response.text.endswith("data: [DONE]\n\n")
                assert f'"route":"{route}"' in response.text
            else:
                assert response.json()["hybridai"]["route"] == route


def test_streams_closed_right_after_done_are_accounted_once_as_complete(server: Server):
    sessions = [new_session() for _ in range(12)]
    with server.client(server.keys["a"]) as client:
        for index, session in enumerate(sessions):
            text = PRIVATE_TEXT if index % 3 == 0 else f"Quick hello number {index}"
            body = {"model": MODEL, "stream": True, "messages": [{"role": "user", "content": text}]}
            with client.stream("POST", "/v1/chat/completions", json=body, headers={"X-Session-Id": session}) as r:
                for line in r.iter_lines():
                    if line == "data: [DONE]":
                        break  # hang up at once, as the openai SDK does
    placeholders = ", ".join(["%s"] * len(sessions))
    # audit events are committed in batches (server.write_behind_s): wait for all of them
    events = wait_for(lambda: (found := server.audit_events(f"session_id IN ({placeholders})", *sessions))
                      and len(found) >= len(sessions) and found, what="every stream's audit event")
    assert sorted((e["session_id"], e["status_code"], e["outcome"]) for e in events) == sorted(
        (session, 200, "ok") for session in sessions)
    assert in_flight(server) == 0


def test_concurrent_requests_are_all_answered_and_stored(server: Server):
    sessions = [new_session() for _ in range(8)]

    def one(index: int) -> tuple[int, str]:
        session = sessions[index % len(sessions)]
        text = PRIVATE_TEXT if index % 4 == 0 else f"Concurrent hello number {index}"
        body = {"model": MODEL, "messages": [{"role": "user", "content": text}], "stream": index % 3 == 0}
        with server.client(server.keys["a"]) as client:
            response = client.post("/v1/chat/completions", json=body, headers={"X-Session-Id": session})
        ok = response.status_code == 200 and (not body["stream"] or response.text.endswith("data: [DONE]\n\n"))
        return (200 if ok else response.status_code), response.text[-300:]

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(one, range(48)))
    assert [status for status, _ in results] == [200] * 48, [r for r in results if r[0] != 200][:3]
    with server.client(server.keys["a"]) as client:
        for session in sessions:
            messages = client.get(f"/v1/conversations/{session}").json()["messages"]
            assert len(messages) == 2 * 48 // len(sessions), session
            assert [m["role"] for m in messages] == ["user", "assistant"] * (48 // len(sessions))
    assert wait_for(lambda: in_flight(server) == 0 and [0], what="no request in flight") == [0]
    placeholders = ", ".join(["%s"] * len(sessions))
    events = server.audit_events(f"session_id IN ({placeholders})", *sessions)
    assert [(e["status_code"], e["outcome"]) for e in events] == [(200, "ok")] * 48


def test_client_timeout_on_a_non_streamed_answer_is_accounted_as_interrupted(server: Server,
                                                                              stub: OpenAIStubServer):
    stub.state.chunk_delay = 0.1
    session = new_session()
    text = "Write a long and detailed welcome message for the new colleagues joining the data team."
    with server.client(server.keys["a"], timeout=httpx.Timeout(5, read=0.6)) as client, \
            pytest.raises(httpx.ReadTimeout):
        client.post("/v1/chat/completions", headers={"X-Session-Id": session},
                    json={"model": MODEL, "messages": [{"role": "user", "content": text}]})
    events = wait_for(lambda: server.audit_events("session_id = %s", session), timeout=10,
                      what="an audit event for the abandoned request")
    assert [(e["status_code"], e["outcome"]) for e in events] == [(499, "interrupted")]
    assert wait_for(lambda: in_flight(server) == 0 and [0], what="no request in flight") == [0]
    with server.client(server.keys["a"]) as client:
        answer = wait_for(lambda: (r := client.get(f"/v1/conversations/{session}")).status_code == 200
                          and r.json()["messages"][-1], what="the partial answer")
    assert answer["role"] == "assistant" and answer["interrupted"] is True and answer["content"]


@pytest.mark.parametrize("content", ["", "   "])
def test_blank_message_is_rejected_not_answered(server: Server, content: str, stub: OpenAIStubServer):
    with server.client(server.keys["a"]) as client:
        response = client.post("/v1/chat/completions",
                               json={"model": MODEL, "messages": [{"role": "user", "content": content}]})
    assert 400 <= response.status_code < 500, response.text
    assert_openai_error(response, response.status_code)
    assert stub.requests == []


def test_unknown_model_via_raw_http(server: Server):
    with httpx.Client(base_url=server.base_url, headers=server.keys["a"].headers) as client:
        response = client.post("/v1/chat/completions",
                               json={"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]})
    error = assert_openai_error(response, 404, "model_not_found")
    assert error["param"] == "model"
