"""Authentication, scopes, limits, input validation and HMAC request signing against the live
server: typed openai SDK errors, OpenAI-shaped 4xx bodies (never a 5xx), and a barrage of
signature attacks that must all be refused while honest signed requests keep working."""

from __future__ import annotations

import json
import random
import time

import httpx
import openai
import pytest
from conftest import (
    KEY_CACHE_S,
    MAX_BODY_BYTES,
    MAX_MESSAGE_CHARS,
    MAX_MESSAGES,
    MAX_TOTAL_CHARS,
    PRC_ID,
    Key,
    Server,
    assert_openai_error,
    wait_for,
)

from hybridai.security.signing import (
    NONCE_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    SigningAuth,
    new_nonce,
    signed_headers,
)
from hybridai.testing.openai_server import OpenAIStubServer

MODEL = "hybridai"
HELLO = {"model": MODEL, "messages": [{"role": "user", "content": "Say hello to the team."}]}


def sdk(server: Server, api_key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.v1, api_key=api_key, max_retries=0, timeout=30)


def chat(client: openai.OpenAI, text: str = "Say hello to the team.") -> object:
    return client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": text}])


# -- typed SDK errors -----------------------------------------------------------------------------
def test_bad_key_is_an_authentication_error(server: Server):
    real = server.keys["a"]
    for bad in ("not-a-key", f"hyai_{real.key_id}_{'x' * 43}", real.api_key[:-1] + "Z", "hyai_short"):
        with pytest.raises(openai.AuthenticationError) as caught:
            chat(sdk(server, bad))
        assert caught.value.status_code == 401
        assert caught.value.code == "invalid_api_key"
        assert caught.value.type == "authentication_error"


def test_rpm_limit_is_a_rate_limit_error_with_retry_after(server: Server):
    client = sdk(server, server.keys["rpm3"].api_key)
    for _ in range(3):
        assert chat(client).choices[0].message.content
    with pytest.raises(openai.RateLimitError) as caught:
        chat(client)
    error = caught.value
    assert error.status_code == 429
    assert error.code == "rate_limit_exceeded"
    retry_after = error.response.headers["retry-after"]
    assert retry_after.isdigit() and 1 <= int(retry_after) <= 60, retry_after
    # other keys are not affected
    assert chat(sdk(server, server.keys["a"].api_key)).choices


def test_unknown_model_is_not_found(server: Server, stub: OpenAIStubServer):
    with pytest.raises(openai.NotFoundError) as caught:
        sdk(server, server.keys["a"].api_key).chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    assert caught.value.status_code == 404
    assert caught.value.code == "model_not_found"
    assert stub.requests == []


def test_key_revoked_while_the_server_runs_is_refused(server: Server):
    key = server.create_key("tenant-revoke")  # made after the server started: read from the database
    client = sdk(server, key.api_key)
    assert [model.id for model in client.models.list()] == [MODEL]
    assert chat(client).choices
    revoked = server.cli("keys", "revoke", "--", key.key_id)  # "--": a key id may start with "-"
    revoked_at = time.monotonic()
    assert key.key_id in revoked.stdout

    def refused() -> openai.AuthenticationError | None:
        try:
            chat(client)
        except openai.AuthenticationError as exc:
            return exc
        return None

    # a worker trusts a key it has read for server.key_cache_s, no longer
    error = wait_for(refused, timeout=KEY_CACHE_S + 3, interval=0.1, what="the revoked key to be refused")
    assert time.monotonic() - revoked_at <= KEY_CACHE_S + 1.5
    assert error.status_code == 401 and error.code == "revoked_api_key"
    for _ in range(3):  # and from then on, always
        with pytest.raises(openai.AuthenticationError):
            client.models.list()
    listed = json.loads(server.cli("keys", "list", "--tenant", "tenant-revoke", "--json").stdout)
    assert [(item["key_id"], item["revoked"]) for item in listed] == [(key.key_id, True)]


def test_token_quota_is_enforced_once_spent(server: Server):
    client = sdk(server, server.keys["tpd50"].api_key)
    spent = 0
    for _ in range(30):
        try:
            response = chat(client, "Give me one short tip about writing release notes.")
        except openai.RateLimitError as exc:
            assert exc.status_code == 429 and exc.code == "token_quota_exceeded"
            assert int(exc.response.headers["retry-after"]) >= 1
            break
        assert spent < 50, "a request was answered after the quota had been spent"
        spent += response.usage.total_tokens
    else:
        pytest.fail("the tpd=50 key was never refused")
    assert spent >= 50  # refused only once the quota was actually used up
    with pytest.raises(openai.RateLimitError):  # and it stays refused
        chat(client)


def test_chat_only_key_cannot_read_conversations(server: Server):
    key = server.keys["chat_only"]
    client = sdk(server, key.api_key)
    assert chat(client).choices  # the chat scope works
    with pytest.raises(openai.PermissionDeniedError) as caught:
        client.get("/conversations", cast_to=object)
    assert caught.value.status_code == 403 and caught.value.code == "insufficient_scope"
    with server.client(key) as http:
        assert_openai_error(http.get("/v1/conversations"), 403, "insufficient_scope")
        assert_openai_error(http.get("/v1/conversations/some-session"), 403, "insufficient_scope")
        assert_openai_error(http.delete("/v1/conversations/some-session"), 403, "insufficient_scope")


# -- bad input: 4xx in OpenAI's shape, never a 5xx ------------------------------------------------
def _message(text: str, role: str = "user") -> dict[str, str]:
    return {"role": role, "content": text}


BAD_BODIES = {
    "wrong type: messages": {"model": MODEL, "messages": "hello"},
    "wrong type: model": {"model": 123, "messages": [_message("hi")]},
    "wrong type: max_tokens": {**HELLO, "max_tokens": "many"},
    "wrong type: stream": {**HELLO, "stream": "yes please"},
    "wrong type: content": {"model": MODEL, "messages": [{"role": "user", "content": 42}]},
    "wrong type: temperature": {**HELLO, "temperature": [1]},
    "out of range: temperature": {**HELLO, "temperature": 5},
    "out of range: max_tokens": {**HELLO, "max_tokens": 0},
    "out of range: n": {**HELLO, "n": 2},
    "unknown role": {"model": MODEL, "messages": [_message("hi", role="tool")]},
    "missing model": {"messages": [_message("hi")]},
    "missing messages": {"model": MODEL},
    "empty messages": {"model": MODEL, "messages": []},
    "message without content": {"model": MODEL, "messages": [{"role": "user"}]},
    "last message not from the user": {"model": MODEL, "messages": [_message("hi"), _message("ok", "assistant")]},
    "too many stops": {**HELLO, "stop": ["a", "b", "c", "d", "e"]},
    "too many messages": {"model": MODEL, "messages": [_message(f"m{i}") for i in range(MAX_MESSAGES + 1)]},
    "message too long": {"model": MODEL, "messages": [_message("x" * (MAX_MESSAGE_CHARS + 1))]},
    "too many characters": {"model": MODEL,
                            "messages": [_message("y" * (MAX_TOTAL_CHARS // 3 + 10)) for _ in range(3)]},
    "lone surrogate in content": {"model": MODEL, "messages": [_message("hello \ud800 there")]},
    "lone surrogate in a text part": {"model": MODEL, "messages": [
        {"role": "user", "content": [{"type": "text", "text": "\udfff"}]}]},
    "lone surrogate in stop": {**HELLO, "stop": ["\ud83d"]},
    "seed beyond 64 bits (private route)": {"model": MODEL, "seed": 2 ** 70,
                                           "messages": [_message(f"身份证 {PRC_ID} 的开户信息")]},
    "seed beyond 64 bits (cloud route)": {**HELLO, "seed": -(2 ** 63) - 1},
    "JSON array": [HELLO],
    "JSON null": None,
}


@pytest.mark.parametrize("name", list(BAD_BODIES))
def test_bad_json_body_is_a_400(server: Server, stub: OpenAIStubServer, name: str):
    body = json.dumps(BAD_BODIES[name]).encode()
    assert len(body) < MAX_BODY_BYTES
    with server.client(server.keys["a"]) as client:
        response = client.post("/v1/chat/completions", content=body, headers={"Content-Type": "application/json"})
    assert_openai_error(response, 400)
    assert stub.requests == []


@pytest.mark.parametrize("body", [b"{bad json", b"", b"\xff\xfe\x00", b'{"model": "hybridai", "messages": [',
                                  b"model=hybridai&messages=hi"])
def test_unparseable_body_is_a_400(server: Server, body: bytes):
    with server.client(server.keys["a"]) as client:
        response = client.post("/v1/chat/completions", content=body, headers={"Content-Type": "application/json"})
    assert_openai_error(response, 400)


def test_oversized_body_is_a_413(server: Server, stub: OpenAIStubServer):
    big = json.dumps({"model": MODEL, "messages": [_message("z" * (MAX_BODY_BYTES + 100))]}).encode()
    with server.client(server.keys["a"]) as client:
        assert_openai_error(client.post("/v1/chat/completions", content=big,
                                        headers={"Content-Type": "application/json"}), 413, "request_too_large")

        def chunked():  # no Content-Length: the limit must hold for the body actually read
            for start in range(0, len(big), 4096):
                yield big[start:start + 4096]

        assert_openai_error(client.post("/v1/chat/completions", content=chunked(),
                                        headers={"Content-Type": "application/json"}), 413, "request_too_large")
        # and without a key at all: the size limit comes first
        assert_openai_error(httpx.post(f"{server.v1}/chat/completions", content=big), 413, "request_too_large")
    assert stub.requests == []


def test_missing_or_malformed_authorization_is_a_401(server: Server):
    with server.client() as client:
        for path in ("/v1/chat/completions", "/v1/models", "/v1/conversations"):
            method = "POST" if path.endswith("completions") else "GET"
            assert_openai_error(client.request(method, path, json=HELLO), 401, "missing_api_key")
        for header in ("Basic dXNlcjpwYXNz", "Bearer", "Token abc", f"Bearer {server.keys['a'].api_key}x"):
            response = client.post("/v1/chat/completions", json=HELLO, headers={"Authorization": header})
            assert_openai_error(response, 401)


@pytest.mark.parametrize("session", ["bad id!", "a" * 129, "../../etc/passwd", "semi;colon", "spa ce"])
def test_invalid_session_id_is_a_400(server: Server, session: str, stub: OpenAIStubServer):
    with server.client(server.keys["a"]) as client:
        response = client.post("/v1/chat/completions", json=HELLO, headers={"X-Session-Id": session})
        error = assert_openai_error(response, 400, "invalid_session_id")
        assert error["param"] == "X-Session-Id"
        response = client.post("/v1/chat/completions", json={**HELLO, "user": session})
        assert_openai_error(response, 400)
    assert stub.requests == []


def test_invalid_session_id_in_the_path_is_a_4xx(server: Server):
    with server.client(server.keys["a"]) as client:
        for path in ("/v1/conversations/bad%20id", "/v1/conversations/" + "a" * 129, "/v1/conversations/x%3By"):
            for method in ("GET", "DELETE"):
                response = client.request(method, path)
                assert response.status_code in {400, 404}, (method, path, response.status_code)
                assert_openai_error(response, response.status_code)


# -- request signing ------------------------------------------------------------------------------
def test_signature_required_key_refuses_unsigned_and_accepts_signed(server: Server, stub: OpenAIStubServer):
    key = server.keys["signed"]
    with server.client(key) as unsigned:
        assert_openai_error(unsigned.get("/v1/models"), 401, "signature_missing")
        assert_openai_error(unsigned.post("/v1/chat/completions", json=HELLO), 401, "signature_missing")
    with pytest.raises(openai.AuthenticationError):
        chat(sdk(server, key.api_key))
    assert stub.requests == []

    with httpx.Client(base_url=server.base_url, auth=SigningAuth(key.api_key, key.signing_secret)) as signed:
        assert signed.get("/v1/models").json()["data"][0]["id"] == MODEL
        response = signed.post("/v1/chat/completions", json=HELLO)
        assert response.status_code == 200, response.text
        assert response.json()["choices"][0]["message"]["content"] == "Echo: Say hello to the team."
        private = signed.post("/v1/chat/completions", json={"model": MODEL, "messages": [
            {"role": "user", "content": f"身份证 {PRC_ID} 的开户信息"}]})
        assert private.status_code == 200 and private.json()["hybridai"]["route"] == "private"
        assert signed.get("/v1/conversations", params={"b": "2", "a": "x y"}).status_code == 200
    # the signing SDK works as the transport of the official client too
    http_client = httpx.Client(auth=SigningAuth(key.api_key, key.signing_secret))
    client = openai.OpenAI(base_url=server.v1, api_key=key.api_key, http_client=http_client, max_retries=0)
    assert chat(client).choices[0].message.content == "Echo: Say hello to the team."
    http_client.close()


def test_signatures_of_a_non_requiring_key_are_still_checked(server: Server):
    key = server.keys["a"]
    with server.client(key) as client:
        assert client.get("/v1/models").status_code == 200
        headers = signed_headers(api_key=key.api_key, signing_secret="wrong-secret", method="GET", path="/v1/models")
        assert_openai_error(client.get("/v1/models", headers=headers), 401, "signature_mismatch")
        good = signed_headers(api_key=key.api_key, signing_secret=key.signing_secret, method="GET", path="/v1/models")
        assert client.get("/v1/models", headers=good).status_code == 200
        assert_openai_error(client.get("/v1/models", headers=good), 401, "signature_replayed")


@pytest.mark.sqlite_only
def test_thousand_signature_attacks_all_fail_while_valid_requests_pass(server: Server):
    key: Key = server.keys["signed"]
    other: Key = server.keys["a"]
    secret = key.signing_secret
    rng = random.Random(20240607)
    chat_body = json.dumps(HELLO).encode()

    def headers(method: str, path: str, query: str = "", body: bytes = b"", *, api_key: str = key.api_key,
                signing_secret: str = secret, timestamp: int | None = None, nonce: str | None = None) -> dict[str, str]:
        return {**signed_headers(api_key=api_key, signing_secret=signing_secret, method=method, path=path, query=query,
                                 body=body, timestamp=timestamp, nonce=nonce),
                **({"Content-Type": "application/json"} if body else {})}

    def flip_hex(signature: str) -> str:
        index = rng.randrange(len(signature))
        return signature[:index] + ("0" if signature[index] != "0" else "1") + signature[index + 1:]

    # each attack: (method, path with query, body, headers, expected error codes)
    def attack(kind: str, used: dict[str, str], used_chat: dict[str, str]) -> tuple:
        now = int(time.time())
        if kind == "replayed":
            return "GET", "/v1/models", b"", used, {"signature_replayed"}
        if kind == "replayed_chat":
            return "POST", "/v1/chat/completions", chat_body, used_chat, {"signature_replayed"}
        if kind == "tampered_body":
            tampered = chat_body.replace(b"hello", b"HELLO")
            return "POST", "/v1/chat/completions", tampered, headers("POST", "/v1/chat/completions", body=chat_body), \
                {"signature_mismatch"}
        if kind == "tampered_path":
            return "GET", "/v1/conversations", b"", headers("GET", "/v1/models"), {"signature_mismatch"}
        if kind == "tampered_query":
            return "GET", "/v1/models?limit=2", b"", headers("GET", "/v1/models", "limit=1"), {"signature_mismatch"}
        if kind == "added_query":
            return "GET", "/v1/models?admin=1", b"", headers("GET", "/v1/models"), {"signature_mismatch"}
        if kind == "dropped_query":
            return "GET", "/v1/models", b"", headers("GET", "/v1/models", "page=1"), {"signature_mismatch"}
        if kind == "tampered_method":
            return "DELETE", "/v1/conversations/s1", b"", headers("GET", "/v1/conversations/s1"), \
                {"signature_mismatch"}
        if kind == "stale":
            return "GET", "/v1/models", b"", headers("GET", "/v1/models", timestamp=now - rng.randint(320, 10 ** 6)), \
                {"signature_stale"}
        if kind == "future":
            return "GET", "/v1/models", b"", headers("GET", "/v1/models", timestamp=now + rng.randint(320, 10 ** 6)), \
                {"signature_future"}
        if kind == "tampered_timestamp":
            signed = headers("GET", "/v1/models", timestamp=now - 5)
            return "GET", "/v1/models", b"", {**signed, TIMESTAMP_HEADER: str(now)}, {"signature_mismatch"}
        if kind == "tampered_nonce":
            signed = headers("GET", "/v1/models")
            return "GET", "/v1/models", b"", {**signed, NONCE_HEADER: new_nonce()}, {"signature_mismatch"}
        if kind == "wrong_secret":
            wrong = rng.choice([other.signing_secret, secret[::-1], secret.upper(), "s" * 64, secret[:-1]])
            return "GET", "/v1/models", b"", headers("GET", "/v1/models", signing_secret=wrong), \
                {"signature_mismatch"}
        if kind == "flipped_signature":
            signed = headers("GET", "/v1/models")
            return "GET", "/v1/models", b"", {**signed, SIGNATURE_HEADER: flip_hex(signed[SIGNATURE_HEADER])}, \
                {"signature_mismatch"}
        if kind == "other_key_bearer":  # a valid signature, but presented with another key
            signed = headers("GET", "/v1/models")
            return "GET", "/v1/models", b"", {**signed, "Authorization": f"Bearer {other.api_key}"}, \
                {"signature_mismatch"}
        if kind == "forged_key":
            forged = f"hyai_{key.key_id}_{'A' * 43}"
            return "GET", "/v1/models", b"", headers("GET", "/v1/models", api_key=forged), {"invalid_api_key"}
        if kind == "missing_header":
            signed = headers("GET", "/v1/models")
            drop = rng.choice([TIMESTAMP_HEADER, NONCE_HEADER, SIGNATURE_HEADER])
            return "GET", "/v1/models", b"", {k: v for k, v in signed.items() if k != drop}, {"signature_missing"}
        if kind == "no_signature_headers":
            return "GET", "/v1/models", b"", {"Authorization": f"Bearer {key.api_key}"}, {"signature_missing"}
        if kind == "malformed_signature":
            signed = headers("GET", "/v1/models")
            value = rng.choice([signed[SIGNATURE_HEADER].upper(), signed[SIGNATURE_HEADER][:-1], "z" * 64, "",
                                signed[SIGNATURE_HEADER] + "0", "sha256=" + signed[SIGNATURE_HEADER]])
            return "GET", "/v1/models", b"", {**signed, SIGNATURE_HEADER: value}, \
                {"signature_malformed", "signature_mismatch"}
        if kind == "malformed_timestamp":
            signed = headers("GET", "/v1/models")
            value = rng.choice(["", "-1", "+" + signed[TIMESTAMP_HEADER], "0" + signed[TIMESTAMP_HEADER], "12.5",
                                "abc", "9" * 40, "1_700_000_000", "0x6553f100"])
            return "GET", "/v1/models", b"", {**signed, TIMESTAMP_HEADER: value}, \
                {"signature_malformed", "signature_mismatch"}
        if kind == "malformed_nonce":
            signed = headers("GET", "/v1/models")
            value = rng.choice(["short", "x" * 129, "bad nonce with spaces", "nonce/with/slashes0123", ""])
            return "GET", "/v1/models", b"", {**signed, NONCE_HEADER: value}, {"signature_malformed"}
        raise AssertionError(kind)

    kinds = ["replayed", "replayed_chat", "tampered_body", "tampered_path", "tampered_query", "added_query",
             "dropped_query", "tampered_method", "stale", "future", "tampered_timestamp", "tampered_nonce",
             "wrong_secret", "flipped_signature", "other_key_bearer", "forged_key", "missing_header",
             "no_signature_headers", "malformed_signature", "malformed_timestamp", "malformed_nonce"]
    plan = [kinds[i % len(kinds)] for i in range(1000)]
    rng.shuffle(plan)

    started = time.monotonic()
    valid_ok = valid_chat_ok = 0
    outcomes: dict[str, int] = {}
    failures: list[str] = []
    auth = SigningAuth(key.api_key, secret)
    with httpx.Client(base_url=server.base_url, timeout=30) as raw, \
            httpx.Client(base_url=server.base_url, auth=auth, timeout=30) as honest:
        used = headers("GET", "/v1/models")  # one accepted request whose headers attackers replay
        assert raw.get("/v1/models", headers=used).status_code == 200
        used_chat = headers("POST", "/v1/chat/completions", body=chat_body)
        assert raw.post("/v1/chat/completions", content=chat_body, headers=used_chat).status_code == 200
        for index, kind in enumerate(plan):
            method, target, body, sent_headers, expected = attack(kind, used, used_chat)
            response = raw.request(method, target, content=body or None, headers=sent_headers)
            code = response.json().get("error", {}).get("code") if response.status_code == 401 else None
            outcomes[code or str(response.status_code)] = outcomes.get(code or str(response.status_code), 0) + 1
            if response.status_code != 401 or code not in expected:
                failures.append(f"{kind}: {method} {target} -> {response.status_code} {response.text[:200]}")
            if index % 20 == 19:  # interleaved honest traffic: 50 fresh signed requests
                if index % 100 == 99:
                    valid = honest.post("/v1/chat/completions", json=HELLO)
                    valid_chat_ok += valid.status_code == 200
                else:
                    valid = honest.get("/v1/models", params={"page": str(index)})
                if valid.status_code == 200:
                    valid_ok += 1
                else:
                    failures.append(f"valid request refused: {valid.status_code} {valid.text[:200]}")
    elapsed = time.monotonic() - started

    assert failures == [], f"{len(failures)} unexpected outcomes, e.g. {failures[:5]}"
    assert sum(outcomes.values()) == 1000
    assert valid_ok == 50 and valid_chat_ok == 10
    assert {"signature_replayed", "signature_mismatch", "signature_stale", "signature_future", "signature_missing",
            "signature_malformed", "invalid_api_key"} <= set(outcomes), outcomes
    assert elapsed < 60, f"the attack run took {elapsed:.1f} s"
