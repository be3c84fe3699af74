"""Operations of the live server: the audit trail in the database, Prometheus metrics, health and
readiness, the model list, the OpenAPI document, and shutdown."""

from __future__ import annotations

import json
import time
import uuid

import httpx
from conftest import EMAIL, MAX_BODY_BYTES, PRC_ID, Server, assert_openai_error, wait_for
from prometheus_client.parser import text_string_to_metric_families

from hybridai.testing.openai_server import OpenAIStubServer

MODEL = "hybridai"
CHAT = "/v1/chat/completions"


def new_session() -> str:
    return f"ops-{uuid.uuid4().hex[:16]}"


def post_chat(server: Server, text: str, session: str | None = None, key: str = "a", **extra) -> httpx.Response:
    headers = {"X-Session-Id": session} if session else {}
    with server.client(server.keys[key]) as client:
        return client.post(CHAT, headers=headers,
                           json={"model": MODEL, "messages": [{"role": "user", "content": text}], **extra})


# -- audit ----------------------------------------------------------------------------------------
def test_cloud_request_audit_holds_only_the_masked_payload(server: Server, stub: OpenAIStubServer):
    session = new_session()
    text = f"Write a two-line reminder for {EMAIL} about Monday's standup."
    response = post_chat(server, text, session)
    assert response.status_code == 200, response.text
    assert EMAIL in response.json()["choices"][0]["message"]["content"]

    [event] = wait_for(lambda: server.audit_events("session_id = %s", session), what="the audit event")
    assert event["endpoint"] == CHAT
    assert event["status_code"] == 200 and event["outcome"] == "ok"
    assert event["route"] == "cloud" and event["backend"].startswith("cloud")
    assert event["key_id"] == server.keys["a"].key_id and event["tenant"] == "tenant-a"
    assert event["prompt_tokens"] > 0 and event["completion_tokens"] > 0
    assert event["latency_ms"] > 0 and event["ttft_ms"] is not None
    payload = event["cloud_payload"]
    assert isinstance(payload, list) and payload
    assert payload == json.loads(stub.requests[-1].body)["messages"]  # exactly what the cloud received
    dumped = json.dumps(payload, ensure_ascii=False)
    assert "<EMAIL_1>" in dumped
    assert EMAIL not in dumped
    # nothing else in the audit table holds the raw email either
    assert server.audit_events("cloud_payload IS NOT NULL AND session_id = %s", session) == [event]
    assert EMAIL not in json.dumps(server.audit_events(), default=str, ensure_ascii=False)


def test_private_request_audit_has_no_cloud_payload(server: Server, stub: OpenAIStubServer):
    session = new_session()
    response = post_chat(server, f"身份证号{PRC_ID}的社保记录怎么查？", session)
    assert response.status_code == 200, response.text
    [event] = wait_for(lambda: server.audit_events("session_id = %s", session), what="the audit event")
    assert event["route"] == "private" and event["backend"].startswith("private")
    assert event["cloud_payload"] is None
    assert any("PRC_ID" in reason for reason in event["reasons"]), event["reasons"]
    assert PRC_ID not in json.dumps(event, default=str)
    assert stub.requests == []


def test_streamed_request_is_audited_once(server: Server):
    session = new_session()
    with server.client(server.keys["a"]) as client:
        body = {"model": MODEL, "stream": True, "messages": [{"role": "user", "content": "Hello there, stream!"}]}
        with client.stream("POST", CHAT, json=body, headers={"X-Session-Id": session}) as response:
            assert response.status_code == 200
            assert list(response.iter_lines())[-2:] == ["data: [DONE]", ""]
    events = wait_for(lambda: server.audit_events("session_id = %s", session), what="the audit event")
    assert [(e["status_code"], e["outcome"], e["route"]) for e in events] == [(200, "ok", "cloud")]


def test_every_request_leaves_exactly_one_audit_event(server: Server):
    marker = new_session()
    before = len(server.audit_events())
    with server.client(server.keys["a"]) as client:
        assert client.get("/v1/models").status_code == 200
        assert client.get(f"/v1/conversations/{marker}").status_code == 404
        assert client.post(CHAT, headers={"X-Session-Id": marker},
                           json={"model": MODEL, "messages": [{"role": "user", "content": "ping"}]}).status_code == 200
        assert client.post(CHAT, content=b"{oops", headers={"Content-Type": "application/json"}).status_code == 400
        assert client.get("/healthz").status_code == 200  # not an API request: not audited
    # committed a moment after the responses (write-behind): wait for them, then check none is extra
    wait_for(lambda: len(server.audit_events()) >= before + 4, what="four audit events")
    time.sleep(0.3)
    events = server.audit_events()[before:]
    assert sorted((e["endpoint"], e["status_code"]) for e in events) == sorted([
        ("/v1/models", 200), (f"/v1/conversations/{marker}", 404), (CHAT, 200), (CHAT, 400)])


def test_failed_authentication_is_audited(server: Server):
    marker = new_session()
    with server.client() as client:
        bad = client.get(f"/v1/conversations/{marker}", headers={"Authorization": "Bearer hyai_nope"})
        assert_openai_error(bad, 401, "invalid_api_key")
        missing = client.get(f"/v1/conversations/{marker}x")
        assert_openai_error(missing, 401, "missing_api_key")
    events = wait_for(lambda: (found := server.audit_events("endpoint IN (%s, %s)", f"/v1/conversations/{marker}",
                                                            f"/v1/conversations/{marker}x")) and len(found) >= 2
                      and found, what="two audit events")
    assert [(e["status_code"], e["outcome"], e["key_id"]) for e in events] == [
        (401, "invalid_api_key", ""), (401, "missing_api_key", "")]
    assert all(e["error"] for e in events)

    revoked = server.create_key("tenant-audit")
    server.cli("keys", "revoke", "--", revoked.key_id)  # "--": a key id may start with "-"
    with server.client(revoked) as client:
        assert_openai_error(client.get("/v1/models"), 401, "revoked_api_key")
    events = wait_for(lambda: server.audit_events("outcome = %s", "revoked_api_key"), what="the revoked-key event")
    assert events[-1]["status_code"] == 401 and events[-1]["endpoint"] == "/v1/models"


# -- metrics --------------------------------------------------------------------------------------
def scrape(server: Server) -> dict[str, list]:
    response = httpx.get(f"{server.base_url}/metrics", timeout=10)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    families = {family.name: family.samples for family in text_string_to_metric_families(response.text)}
    return families


def sample_value(families: dict[str, list], family: str, sample: str, **labels: str) -> float:
    return sum(s.value for s in families.get(family, []) if s.name == sample
               and all(s.labels.get(k) == v for k, v in labels.items()))


def test_metrics_count_requests_tokens_routes_and_ttft(server: Server):
    before = scrape(server)
    texts = ["Summarise our onboarding checklist.", f"身份证号{PRC_ID}的医保报销流程", "List three ice-breakers."]
    for text in texts:
        assert post_chat(server, text).status_code == 200
    with server.client(server.keys["a"]) as client:  # one streamed answer too
        body = {"model": MODEL, "stream": True, "messages": [{"role": "user", "content": "stream please"}]}
        with client.stream("POST", CHAT, json=body) as response:
            assert response.read().endswith(b"data: [DONE]\n\n")
        assert_openai_error(client.post(CHAT, json={"model": "nope", "messages": [
            {"role": "user", "content": "hi"}]}), 404)
        assert_openai_error(client.post(CHAT, content=b"{", headers={"Content-Type": "application/json"}), 400)
        assert_openai_error(client.post(CHAT, content=b" " * (MAX_BODY_BYTES + 1)), 413)
        unknown = f"/v1/no-such-endpoint-{uuid.uuid4().hex}"
        assert client.get(unknown).status_code == 404
    after = wait_for(lambda: (m := scrape(server)) and sample_value(
        m, "hybridai_requests", "hybridai_requests_total", endpoint=CHAT, status="200") >= sample_value(
        before, "hybridai_requests", "hybridai_requests_total", endpoint=CHAT, status="200") + 4 and m,
        what="the chat counters")

    def delta(family: str, sample: str, **labels: str) -> float:
        return sample_value(after, family, sample, **labels) - sample_value(before, family, sample, **labels)

    assert delta("hybridai_requests", "hybridai_requests_total", endpoint=CHAT, status="200") == 4
    assert delta("hybridai_requests", "hybridai_requests_total", endpoint=CHAT, status="404") == 1
    assert delta("hybridai_routes", "hybridai_routes_total", route="cloud", fallback="false") == 3
    assert delta("hybridai_routes", "hybridai_routes_total", route="private", fallback="false") == 1
    assert delta("hybridai_tokens", "hybridai_tokens_total", kind="prompt") > 0
    assert delta("hybridai_tokens", "hybridai_tokens_total", kind="completion") > 0
    assert delta("hybridai_ttft_seconds", "hybridai_ttft_seconds_count", route="cloud") == 3
    assert delta("hybridai_ttft_seconds", "hybridai_ttft_seconds_count", route="private") == 1
    assert delta("hybridai_requests", "hybridai_requests_total", endpoint=CHAT, status="400") == 1
    assert delta("hybridai_requests", "hybridai_requests_total", endpoint=CHAT, status="413") == 1
    # every chat request is counted once, under one label
    chat_labels = {s.labels["endpoint"] for s in after["hybridai_requests"] if "chat" in s.labels["endpoint"]}
    assert chat_labels == {CHAT}
    assert sum(s.value for s in after["hybridai_requests"] if s.name == "hybridai_requests_total"
               and s.labels["endpoint"] == CHAT) - sum(
        s.value for s in before.get("hybridai_requests", []) if s.name == "hybridai_requests_total"
        and s.labels["endpoint"] == CHAT) == 7
    assert delta("hybridai_request_latency_seconds", "hybridai_request_latency_seconds_count", endpoint=CHAT) == 7
    # unknown paths do not become label values (a scanner must not grow the metrics without bound)
    assert not any(unknown in s.labels.get("endpoint", "") for samples in after.values() for s in samples)
    assert delta("hybridai_errors", "hybridai_errors_total", type="model_not_found") == 1
    assert delta("hybridai_errors", "hybridai_errors_total", type="invalid_request") == 1
    assert delta("hybridai_errors", "hybridai_errors_total", type="request_too_large") == 1
    assert sample_value(after, "hybridai_in_flight_requests", "hybridai_in_flight_requests") == 0


def test_health_readiness_models_and_openapi(server: Server):
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        health = client.get("/healthz")
        assert health.status_code == 200 and health.json() == {"status": "ok"}
        ready = client.get("/readyz")
        assert ready.status_code == 200
        assert ready.json() == {"status": "ready", "checks": {"private_model": True, "database": True}}

        models = client.get("/v1/models", headers=server.keys["b"].headers)
        assert models.status_code == 200
        listed = models.json()
        assert listed["object"] == "list"
        assert [(m["id"], m["object"], m["owned_by"]) for m in listed["data"]] == [(MODEL, "model", "hybridai")]
        assert isinstance(listed["data"][0]["created"], int)

        spec = client.get("/openapi.json")
        assert spec.status_code == 200
        document = json.loads(spec.text)
        assert document["openapi"].startswith("3.")
        assert "post" in document["paths"]["/v1/chat/completions"]
        assert {"/v1/models", "/v1/conversations", "/v1/conversations/{session_id}", "/healthz", "/readyz",
                "/metrics"} <= set(document["paths"])

        assert client.get("/no/such/path").status_code == 404


def test_sdk_lists_the_model(server: Server):
    import openai

    client = openai.OpenAI(base_url=server.v1, api_key=server.keys["a"].api_key, max_retries=0)
    assert [model.id for model in client.models.list()] == [MODEL]
