"""Request signing: the documented canonical form, every rejection, nonce stores (memory and a real
redis-server), the httpx client helper against a verifying handler, and a randomised attack run."""

from __future__ import annotations

import random
import shutil
import socket
import string
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

import httpx
import pytest

from hybridai.errors import HybridAIError, SignatureError
from hybridai.security import signing
from hybridai.security.keys import derive_signing_secret, generate_api_key, hash_api_key, parse_api_key, verify_api_key
from hybridai.security.signing import (
    NONCE_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    MemoryNonceStore,
    RedisNonceStore,
    SignatureVerifier,
    SigningAuth,
    canonical_query,
    canonical_string,
    new_nonce,
    sign,
    signed_headers,
)
from tests.helpers import free_port

NOW = 1_700_000_000
WINDOW = 300
SECRET = "test-signing-secret-0123456789abcdef"
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

EXAMPLE_SECRET = "example-signing-secret"
EXAMPLE_BODY = b'{"model":"hybridai","messages":[{"role":"user","content":"Hi"}]}'
EXAMPLE_NONCE = "n0nce-EXAMPLE_0123456789"
EXAMPLE_CANONICAL = (
    "POST\n"
    "/v1/chat/completions\n"
    "a=%C3%A9&a=x%20y&b=2\n"
    "46c5c26cd4d42fbce13acb3c98e0b7ac576f0bf4220882409eb82df86a1d13e3\n"
    "1700000000\n"
    "n0nce-EXAMPLE_0123456789"
)
EXAMPLE_SIGNATURE = "1ccc09e1d063277e09532c078dae487b1819a537ad359fbf38bf81905603a101"


@dataclass(frozen=True)
class Req:
    method: str
    path: str
    query: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    def verify(self, verifier: SignatureVerifier, secret: str = SECRET, scope: str = "") -> None:
        verifier.verify(secret=secret, method=self.method, path=self.path, query=self.query, body=self.body,
                        headers=self.headers, scope=scope)

    def with_header(self, name: str, value: str) -> Req:
        return replace(self, headers={**self.headers, name: value})

    def without_header(self, name: str) -> Req:
        return replace(self, headers={k: v for k, v in self.headers.items() if k != name})


def _signed(method: str = "POST", path: str = "/v1/chat/completions", query: str = "model=demo&stream=false",
            body: bytes = b'{"messages":[]}', *, secret: str = SECRET, timestamp: int = NOW,
            nonce: str | None = None) -> Req:
    headers = signed_headers(api_key="unused", signing_secret=secret, method=method, path=path, query=query,
                             body=body, timestamp=timestamp, nonce=nonce)
    del headers["Authorization"]
    return Req(method, path, query, body, headers)


def _verifier(store: Any = None, now: float = NOW) -> SignatureVerifier:
    return SignatureVerifier(store if store is not None else MemoryNonceStore(), window_s=WINDOW, clock=lambda: now)


def _reason(req: Req, verifier: SignatureVerifier, secret: str = SECRET, scope: str = "") -> str:
    with pytest.raises(SignatureError) as caught:
        req.verify(verifier, secret, scope)
    return caught.value.reason


# --- the documented example ------------------------------------------------------------------

def test_worked_example_matches_byte_for_byte():
    canonical = canonical_string("POST", "/v1/chat/completions", "b=2&a=x+y&a=%C3%A9", EXAMPLE_BODY, 1_700_000_000,
                                 EXAMPLE_NONCE)
    assert canonical == EXAMPLE_CANONICAL
    assert sign(EXAMPLE_SECRET, canonical) == EXAMPLE_SIGNATURE
    assert sign(EXAMPLE_SECRET.encode(), canonical) == EXAMPLE_SIGNATURE


def test_worked_example_is_the_one_in_the_module_docstring():
    doc = signing.__doc__
    assert textwrap.indent(EXAMPLE_CANONICAL, "    ") in doc
    assert f"Signature: ``{EXAMPLE_SIGNATURE}``" in doc
    for text in (EXAMPLE_SECRET, "POST /v1/chat/completions?b=2&a=x+y&a=%C3%A9", EXAMPLE_BODY.decode(),
                 "``1700000000``", EXAMPLE_NONCE):
        assert text in doc


def test_worked_example_verifies():
    headers = {TIMESTAMP_HEADER: "1700000000", NONCE_HEADER: EXAMPLE_NONCE, SIGNATURE_HEADER: EXAMPLE_SIGNATURE}
    _verifier(now=1_700_000_000).verify(secret=EXAMPLE_SECRET, method="POST", path="/v1/chat/completions",
                                        query="b=2&a=x+y&a=%C3%A9", body=EXAMPLE_BODY, headers=headers)


# --- canonical form --------------------------------------------------------------------------

@pytest.mark.parametrize(("query", "expected"), [
    ("b=2&a=1", "a=1&b=2"),
    ("a=2&a=1&a=10", "a=1&a=10&a=2"),
    ("q=a+b", "q=a%20b"),
    ("q=a%20b", "q=a%20b"),
    ("q=a%2Bb", "q=a%2Bb"),
    ({"q": "a b"}, "q=a%20b"),
    ({"q": "a+b"}, "q=a%2Bb"),
    ({"名字": "héllo wörld"}, "%E5%90%8D%E5%AD%97=h%C3%A9llo%20w%C3%B6rld"),
    ("%E5%90%8D%E5%AD%97=h%C3%A9llo+w%C3%B6rld", "%E5%90%8D%E5%AD%97=h%C3%A9llo%20w%C3%B6rld"),
    ("名字=héllo wörld", "%E5%90%8D%E5%AD%97=h%C3%A9llo%20w%C3%B6rld"),
    ("a=%c3%a9", "a=%C3%A9"),
    ("a=&b", "a=&b="),
    ({"a": "", "b": ""}, "a=&b="),
    ("=v", "=v"),
    ("a=1&&b=2&", "a=1&b=2"),
    ("a=b=c", "a=b%3Dc"),
    ({"k": "a/b?c=d&e~f.g_h-i*'!()"}, "k=a%2Fb%3Fc%3Dd%26e~f.g_h-i%2A%27%21%28%29"),
    ("a=%zz%4", "a=%25zz%254"),
    ("a=%FF", "a=%FF"),
    ([("b", "1"), ("a", "2"), ("a", "1")], "a=1&a=2&b=1"),
    ({"tag": ["b", "a"], "x": "1"}, "tag=a&tag=b&x=1"),
    ("B=1&a=1&_=1&~=1&-=1", "-=1&B=1&_=1&a=1&~=1"),
    ("", ""),
    (None, ""),
    ({}, ""),
    ([], ""),
])
def test_canonical_query(query: Any, expected: str):
    assert canonical_query(query) == expected


def test_distinct_invalid_utf8_escapes_stay_distinct():
    assert canonical_query("a=%FF") != canonical_query("a=%FE")


def test_raw_query_and_decoded_pairs_agree_on_random_unicode():
    """Whatever form the server has the query in (raw, httpx params, parse_qsl like Django's
    request.GET), it canonicalises to what the client signed."""
    rng = random.Random(7)
    alphabet = string.ascii_letters + string.digits + " +&=%?/#~._-*'!" + "éü名字😀\u00a0"
    for _ in range(300):
        pairs = [("".join(rng.choices(alphabet, k=rng.randint(1, 6))),
                  "".join(rng.choices(alphabet, k=rng.randint(0, 6)))) for _ in range(rng.randint(0, 5))]
        expected = canonical_query(pairs)
        for raw in (str(httpx.QueryParams(pairs)), urlencode(pairs, quote_via=quote), urlencode(pairs)):
            assert canonical_query(raw) == expected, raw
            assert canonical_query(parse_qsl(raw, keep_blank_values=True)) == expected, raw


def test_canonical_string_layout():
    canonical = canonical_string("get", "/v1/models", "", b"", 0, "abcdefghijklmnop")
    assert canonical == f"GET\n/v1/models\n\n{EMPTY_SHA256}\n0\nabcdefghijklmnop"
    assert canonical.isascii()


@pytest.mark.parametrize(("method", "path", "timestamp", "nonce"), [
    ("PO ST", "/p", NOW, "n" * 16),
    ("", "/p", NOW, "n" * 16),
    ("POST\n", "/p", NOW, "n" * 16),
    ("POST", "", NOW, "n" * 16),
    ("POST", "/p?a=1", NOW, "n" * 16),
    ("POST", "/p#frag", NOW, "n" * 16),
    ("POST", "/a b", NOW, "n" * 16),
    ("POST", "/a\nb", NOW, "n" * 16),
    ("POST", "/é", NOW, "n" * 16),
    ("POST", "/p", -1, "n" * 16),
    ("POST", "/p", True, "n" * 16),
    ("POST", "/p", "1700000000", "n" * 16),
    ("POST", "/p", NOW, "n" * 15),
    ("POST", "/p", NOW, "n" * 129),
    ("POST", "/p", NOW, "n" * 15 + ":"),
])
def test_canonical_string_rejects_ambiguous_input(method: str, path: str, timestamp: Any, nonce: str):
    with pytest.raises(ValueError):
        canonical_string(method, path, "", b"", timestamp, nonce)


def test_sign_rejects_an_empty_secret():
    with pytest.raises(ValueError):
        sign("", "x")


def test_signed_headers_carry_the_key_and_a_fresh_nonce():
    first = signed_headers(api_key="hyai_k", signing_secret=SECRET, method="GET", path="/v1/models")
    second = signed_headers(api_key="hyai_k", signing_secret=SECRET, method="GET", path="/v1/models")
    assert first["Authorization"] == "Bearer hyai_k"
    assert first[NONCE_HEADER] != second[NONCE_HEADER]
    assert abs(int(first[TIMESTAMP_HEADER]) - time.time()) < 5
    assert len(new_nonce()) == 24


# --- verifier: every rejection reason --------------------------------------------------------

def test_valid_request_passes_with_any_header_case():
    req = _signed()
    verifier = _verifier()
    req.verify(verifier)
    for headers in ({k.lower(): v for k, v in _signed().headers.items()},
                    {k.upper(): v for k, v in _signed().headers.items()},
                    httpx.Headers(_signed().headers)):
        verifier.verify(secret=SECRET, method=req.method, path=req.path, query=req.query, body=req.body,
                        headers=headers)


@pytest.mark.parametrize("header", [TIMESTAMP_HEADER, NONCE_HEADER, SIGNATURE_HEADER])
def test_missing_header(header: str):
    assert _reason(_signed().without_header(header), _verifier()) == "missing"


@pytest.mark.parametrize(("header", "value"), [
    (TIMESTAMP_HEADER, ""), (TIMESTAMP_HEADER, "abc"), (TIMESTAMP_HEADER, "-5"), (TIMESTAMP_HEADER, "+1700000000"),
    (TIMESTAMP_HEADER, "1700000000.5"), (TIMESTAMP_HEADER, " 1700000000"), (TIMESTAMP_HEADER, "1700000000\n"),
    (TIMESTAMP_HEADER, "01700000000"), (TIMESTAMP_HEADER, "١٧٠٠٠٠٠٠٠٠"), (TIMESTAMP_HEADER, "9" * 16),
    (NONCE_HEADER, ""), (NONCE_HEADER, "n" * 15), (NONCE_HEADER, "n" * 129), (NONCE_HEADER, "nonce with spaces!"),
    (NONCE_HEADER, "nonce:with:colons:"), (NONCE_HEADER, "nönce-ünïcode-xyz"), (NONCE_HEADER, "n" * 16 + "\n"),
    (SIGNATURE_HEADER, ""), (SIGNATURE_HEADER, "0" * 63), (SIGNATURE_HEADER, "0" * 65), (SIGNATURE_HEADER, "g" * 64),
    (SIGNATURE_HEADER, "A" * 64), (SIGNATURE_HEADER, "sha256=" + "0" * 64),
])
def test_malformed_header(header: str, value: str):
    assert _reason(_signed().with_header(header, value), _verifier()) == "malformed"


def test_upper_case_signature_is_malformed():
    req = _signed()
    assert _reason(req.with_header(SIGNATURE_HEADER, req.headers[SIGNATURE_HEADER].upper()), _verifier()) == "malformed"


def test_header_given_twice_in_different_case_is_malformed():
    req = _signed()
    other = _signed(nonce="another-nonce-0123456789")
    assert _reason(req.with_header(NONCE_HEADER.lower(), other.headers[NONCE_HEADER]), _verifier()) == "malformed"


def test_path_that_cannot_be_canonicalised_is_malformed():
    assert _reason(replace(_signed(), path="/v1/chat?x=1"), _verifier()) == "malformed"


def test_timestamp_window_is_inclusive():
    _signed(timestamp=NOW - WINDOW).verify(_verifier())
    _signed(timestamp=NOW + WINDOW).verify(_verifier())
    assert _reason(_signed(timestamp=NOW - WINDOW - 1), _verifier()) == "stale"
    assert _reason(_signed(timestamp=NOW + WINDOW + 1), _verifier()) == "future"
    assert _reason(_signed(timestamp=0), _verifier()) == "stale"


def test_wrong_secret_is_a_mismatch():
    assert _reason(_signed(secret="not-the-secret"), _verifier()) == "mismatch"


def test_replay_is_rejected():
    req, verifier = _signed(), _verifier()
    req.verify(verifier)
    assert _reason(req, verifier) == "replayed"


def test_nonce_is_recorded_only_after_a_valid_signature():
    store = MemoryNonceStore()
    verifier = _verifier(store)
    nonce = "victim-nonce-0123456789"
    for forged in (_signed(nonce=nonce, secret="attacker"), _signed(nonce=nonce, timestamp=NOW - 10 * WINDOW),
                   _signed(nonce=nonce, timestamp=NOW + 10 * WINDOW),
                   _signed(nonce=nonce).with_header(SIGNATURE_HEADER, "0" * 64)):
        assert _reason(forged, verifier) in {"mismatch", "stale", "future"}
    assert len(store) == 0
    _signed(nonce=nonce).verify(verifier)
    assert len(store) == 1


def test_nonces_are_per_scope_with_a_ttl_of_twice_the_window():
    calls: list[tuple[str, float]] = []
    memory = MemoryNonceStore()

    class Recording:
        def remember(self, key: str, ttl_s: float) -> bool:
            calls.append((key, ttl_s))
            return memory.remember(key, ttl_s)

    verifier = _verifier(Recording())
    req = _signed(nonce="shared-nonce-0123456789")
    req.verify(verifier, scope="key-one")
    req.verify(verifier, scope="key-two")
    assert _reason(req, verifier, scope="key-one") == "replayed"
    assert calls == [("key-one:shared-nonce-0123456789", 2 * WINDOW), ("key-two:shared-nonce-0123456789", 2 * WINDOW),
                     ("key-one:shared-nonce-0123456789", 2 * WINDOW)]


def test_nonce_is_accepted_again_once_its_request_would_be_stale():
    now = [float(NOW)]
    store = MemoryNonceStore(clock=lambda: now[0])
    verifier = SignatureVerifier(store, window_s=WINDOW, clock=lambda: now[0])
    _signed(nonce="reused-nonce-0123456789").verify(verifier)
    now[0] += 2 * WINDOW - 1
    assert _reason(_signed(nonce="reused-nonce-0123456789", timestamp=NOW), verifier) == "stale"
    assert _reason(_signed(nonce="reused-nonce-0123456789", timestamp=int(now[0]) - WINDOW), verifier) == "replayed"


def test_signature_error_is_a_hybridai_error():
    assert issubclass(SignatureError, HybridAIError)


@pytest.mark.parametrize("window", [0, -1])
def test_window_must_be_positive(window: int):
    with pytest.raises(ValueError):
        SignatureVerifier(MemoryNonceStore(), window_s=window)


# --- memory nonce store ----------------------------------------------------------------------

def test_memory_store_expires_entries():
    now = [0.0]
    store = MemoryNonceStore(clock=lambda: now[0])
    assert store.remember("a", 10)
    now[0] = 9.999
    assert not store.remember("a", 10)
    now[0] = 10.0
    assert store.remember("a", 10)
    assert not store.remember("a", 10)


def test_memory_store_purges_expired_entries_lazily():
    now = [0.0]
    store = MemoryNonceStore(clock=lambda: now[0])
    for i in range(1000):
        assert store.remember(f"k{i}", 1 + i % 2)
    assert len(store) == 1000
    now[0] = 1.5
    store.remember("fresh", 5)
    assert len(store) == 501
    now[0] = 2.5
    store.remember("fresher", 5)
    assert len(store) == 2


def test_memory_store_rejects_non_positive_ttl():
    with pytest.raises(ValueError):
        MemoryNonceStore().remember("a", 0)


def test_memory_store_is_thread_safe():
    store = MemoryNonceStore()
    results: list[bool] = []
    lock = threading.Lock()

    def worker() -> None:
        mine = [store.remember(f"n{i}", 60) for i in range(500)]
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(results) == 500 and len(results) == 4000


# --- redis nonce store (a real redis-server) -------------------------------------------------

@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A throwaway redis-server on 127.0.0.1, on a free port, in a temp dir, stopped afterwards."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is not installed; these tests need it: apt-get install -y redis-server")
    workdir: Path = tmp_path_factory.mktemp("redis")
    port = free_port()
    log = workdir / "redis.log"
    process = subprocess.Popen([binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(workdir),
                                "--save", "", "--appendonly", "no", "--logfile", str(log)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 10
        while True:
            if process.poll() is not None:
                pytest.fail(f"redis-server exited with {process.returncode}: "
                            f"{log.read_text() if log.exists() else 'no log'}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"redis-server did not answer on port {port} within 10 s")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0?socket_timeout=5"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def redis_stores(redis_url: str, request: pytest.FixtureRequest) -> Iterator[tuple[RedisNonceStore, RedisNonceStore]]:
    prefix = f"test:{request.node.name}:"
    first, second = RedisNonceStore(redis_url, prefix=prefix), RedisNonceStore(redis_url, prefix=prefix)
    yield first, second
    first.close()
    second.close()


def test_redis_store_is_shared_between_clients(redis_stores: tuple[RedisNonceStore, RedisNonceStore]):
    first, second = redis_stores
    assert first.remember("scope:nonce-a", 600)
    assert not second.remember("scope:nonce-a", 600)
    assert not first.remember("scope:nonce-a", 600)
    assert second.remember("scope:nonce-b", 600)
    assert not first.remember("scope:nonce-b", 600)


def test_redis_store_sets_prefix_and_ttl(redis_url: str):
    import redis

    store = RedisNonceStore(redis_url, prefix="ttl-test:")
    client = redis.Redis.from_url(redis_url)
    try:
        assert store.remember("k", 599.2)
        assert client.get("ttl-test:k") == b"1"
        assert 590 < client.ttl("ttl-test:k") <= 600
        client.pexpire("ttl-test:k", 1)
        time.sleep(0.02)
        assert store.remember("k", 600)
    finally:
        store.close()
        client.close()


def test_redis_store_works_across_processes(redis_url: str):
    store = RedisNonceStore(redis_url, prefix="proc-test:")
    try:
        assert store.remember("from-parent", 600)
        code = ("import sys; from hybridai.security.signing import RedisNonceStore as S; "
                "s = S(sys.argv[1], prefix='proc-test:'); "
                "print(s.remember('from-parent', 600), s.remember('from-child', 600))")
        out = subprocess.run([sys.executable, "-c", code, redis_url], capture_output=True, text=True, check=True,
                             timeout=30)
        assert out.stdout.split() == ["False", "True"]
        assert not store.remember("from-child", 600)
    finally:
        store.close()


def test_two_verifiers_sharing_redis_reject_a_replay(redis_stores: tuple[RedisNonceStore, RedisNonceStore]):
    first, second = redis_stores
    req = _signed()
    req.verify(_verifier(first), scope="key")
    assert _reason(req, _verifier(second), scope="key") == "replayed"


# --- httpx client helper against a verifying server ------------------------------------------

MASTER_SECRET = "master-secret-for-tests-0123456789abcdef"


class VerifyingServer:
    """What the REST server does: find the key, recompute its signing secret, verify."""

    def __init__(self, store: Any = None, *, decoded_query: bool = False) -> None:
        self.verifier = SignatureVerifier(store or MemoryNonceStore(), window_s=WINDOW)
        self.decoded_query = decoded_query
        self.issued = generate_api_key()
        self.hashes = {self.issued.key_id: hash_api_key(self.issued.key)}
        self.seen: list[httpx.Request] = []

    @property
    def signing_secret(self) -> str:
        return derive_signing_secret(MASTER_SECRET, self.issued.key_id)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        key = request.headers.get("authorization", "").removeprefix("Bearer ")
        key_id, _ = parse_api_key(key)
        if not verify_api_key(key, self.hashes.get(key_id, "")):
            return httpx.Response(401, json={"reason": "bad key"})
        path, _, query = request.url.raw_path.decode("ascii").partition("?")
        try:
            self.verifier.verify(secret=derive_signing_secret(MASTER_SECRET, key_id), method=request.method,
                                 path=path, query=request.url.params.multi_items() if self.decoded_query else query,
                                 body=request.content, headers=request.headers, scope=key_id)
        except SignatureError as exc:
            return httpx.Response(401, json={"reason": exc.reason})
        return httpx.Response(200, json={"ok": True})


def _client(server: VerifyingServer, **auth: Any) -> httpx.Client:
    return httpx.Client(base_url="https://hybridai.test", transport=httpx.MockTransport(server),
                        auth=SigningAuth(server.issued.key, server.signing_secret, **auth))


@pytest.mark.parametrize("decoded_query", [False, True])
def test_signing_auth_with_query_and_json_body(decoded_query: bool):
    server = VerifyingServer(decoded_query=decoded_query)
    with _client(server) as client:
        response = client.post("/v1/chat/completions",
                               params={"stream": "false", "tag": ["b", "a"], "q": "héllo wörld+"},
                               json={"model": "hybridai", "messages": [{"role": "user", "content": "你好 🙂"}]})
        assert response.status_code == 200, response.text
        sent = server.seen[-1]
        assert b"?" in sent.url.raw_path and sent.content.startswith(b"{")
        assert sent.headers["authorization"] == f"Bearer {server.issued.key}"
        for path in ("/v1/models", "/v1/models?limit=10&after=", "/v1/a%20b/%E5%90%8D"):
            assert client.get(path).status_code == 200, path
        assert client.post("/v1/files", content=bytes(range(256))).status_code == 200


def test_signing_auth_signs_each_request_afresh():
    server = VerifyingServer()
    with _client(server) as client:
        assert all(client.get("/v1/models").status_code == 200 for _ in range(20))
    assert len({request.headers[NONCE_HEADER] for request in server.seen}) == 20


def test_signing_auth_replayed_nonce_and_skewed_clock_are_refused():
    server = VerifyingServer()
    with _client(server, nonce_factory=lambda: "fixed-nonce-0123456789") as client:
        assert client.get("/v1/models").status_code == 200
        assert client.get("/v1/models").json() == {"reason": "replayed"}
    with _client(server, clock=lambda: time.time() - 2 * WINDOW) as client:
        assert client.get("/v1/models").json() == {"reason": "stale"}


def test_request_altered_after_signing_is_refused():
    server = VerifyingServer()

    def tamper(request: httpx.Request) -> httpx.Response:
        altered = httpx.Request(request.method, request.url.copy_add_param("admin", "1"), headers=request.headers,
                                content=request.content)
        return server(altered)

    with httpx.Client(base_url="https://hybridai.test", transport=httpx.MockTransport(tamper),
                      auth=SigningAuth(server.issued.key, server.signing_secret)) as client:
        assert client.get("/v1/models").json() == {"reason": "mismatch"}


async def test_signing_auth_with_an_async_client():
    server = VerifyingServer()
    async with httpx.AsyncClient(base_url="https://hybridai.test", transport=httpx.MockTransport(server),
                                 auth=SigningAuth(server.issued.key, server.signing_secret)) as client:
        response = await client.post("/v1/chat/completions?stream=true", json={"messages": []})
        assert response.status_code == 200, response.text


# --- attack run ------------------------------------------------------------------------------

Attack = Callable[[random.Random, Req, Req], tuple[Req, str]]
SAFE_PATH_CHARS = string.ascii_letters + string.digits + "/-_.~%"


def _fresh_nonce(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_letters + string.digits + "_-", k=rng.randint(16, 64)))


def _pairs(query: str) -> list[tuple[str, str]]:
    return parse_qsl(query, keep_blank_values=True)


def _replay(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    case = rng.choice([str, str.lower, str.upper])
    return replace(orig, headers={case(k): v for k, v in orig.headers.items()}), "replayed"


def _tamper_body(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    body = bytearray(orig.body)
    choice = rng.randrange(3)
    if choice == 0:
        body[rng.randrange(len(body))] ^= rng.randint(1, 255)
    elif choice == 1:
        body.insert(rng.randint(0, len(body)), rng.randrange(256))
    else:
        del body[rng.randrange(len(body))]
    return replace(orig, body=bytes(body)), "mismatch"


def _tamper_path(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    path = orig.path
    choice = rng.randrange(3)
    if choice == 0:
        i = rng.randrange(len(path))
        path = path[:i] + rng.choice(SAFE_PATH_CHARS.replace(path[i], "")) + path[i + 1:]
    elif choice == 1:
        path += rng.choice(["/", "/x", "/..", "%2F"])
    else:  # the same path once decoded, but not the bytes that were signed
        i = rng.choice([i for i, c in enumerate(path) if c.isalpha()])
        path = path[:i] + f"%{ord(path[i]):02X}" + path[i + 1:]
    return replace(orig, path=path), "mismatch"


def _tamper_query_value(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    pairs = _pairs(orig.query)
    i = rng.randrange(len(pairs))
    value = pairs[i][1]
    while value == pairs[i][1]:
        value = "".join(rng.choices(string.ascii_letters + " é", k=rng.randint(0, 8)))
    pairs[i] = (pairs[i][0], value)
    return replace(orig, query=urlencode(pairs)), "mismatch"


def _add_query_param(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    pairs = _pairs(orig.query)
    pairs.insert(rng.randint(0, len(pairs)), (rng.choice(["admin", "model", "tag", "x"]), rng.choice(["", "1", "a"])))
    return replace(orig, query=urlencode(pairs)), "mismatch"


def _remove_query_param(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    pairs = _pairs(orig.query)
    del pairs[rng.randrange(len(pairs))]
    return replace(orig, query=urlencode(pairs)), "mismatch"


def _tamper_method(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    return replace(orig, method=rng.choice(["GET", "PUT", "DELETE", "PATCH"])), "mismatch"


def _stale(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    timestamp = NOW - WINDOW - rng.randint(1, 10**7)
    if rng.random() < 0.5:  # a genuine but old request
        return _signed(orig.method, orig.path, orig.query, orig.body, timestamp=timestamp,
                       nonce=_fresh_nonce(rng)), "stale"
    return orig.with_header(TIMESTAMP_HEADER, str(timestamp)), "stale"


def _future(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    timestamp = NOW + WINDOW + rng.randint(1, 10**7)
    if rng.random() < 0.5:
        return _signed(orig.method, orig.path, orig.query, orig.body, timestamp=timestamp,
                       nonce=_fresh_nonce(rng)), "future"
    return orig.with_header(TIMESTAMP_HEADER, str(timestamp)), "future"


def _shift_within_window(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    if rng.random() < 0.5:
        return orig.with_header(TIMESTAMP_HEADER, str(NOW + rng.choice([-1, 1]) * rng.randint(1, WINDOW))), "mismatch"
    return orig.with_header(NONCE_HEADER, _fresh_nonce(rng)), "mismatch"


def _wrong_secret(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    secret = rng.choice([SECRET[:-1], SECRET + "x", SECRET.upper(), "".join(rng.choices(string.printable, k=32))])
    return _signed(orig.method, orig.path, orig.query, orig.body, secret=secret, nonce=_fresh_nonce(rng)), "mismatch"


def _other_signature(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    if rng.random() < 0.5:
        return orig.with_header(SIGNATURE_HEADER, other.headers[SIGNATURE_HEADER]), "mismatch"
    return replace(orig, headers=dict(other.headers)), "mismatch"


def _remove_header(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    return orig.without_header(rng.choice([TIMESTAMP_HEADER, NONCE_HEADER, SIGNATURE_HEADER])), "missing"


def _upper_hex(rng: random.Random, orig: Req, other: Req) -> tuple[Req, str]:
    fresh = _signed(orig.method, orig.path, orig.query, orig.body, nonce=_fresh_nonce(rng))
    return fresh.with_header(SIGNATURE_HEADER, fresh.headers[SIGNATURE_HEADER].upper()), "malformed"


ATTACKS: list[Attack] = [_replay, _tamper_body, _tamper_path, _tamper_query_value, _add_query_param,
                         _remove_query_param, _tamper_method, _stale, _future, _shift_within_window, _wrong_secret,
                         _other_signature, _remove_header, _upper_hex]


def _random_valid(rng: random.Random) -> Req:
    alphabet = string.ascii_letters + " +&=é🙂"
    pairs = [(rng.choice(["model", "stream", "tag", "q", "名"]), "".join(rng.choices(alphabet, k=rng.randint(0, 6))))
             for _ in range(rng.randint(0, 4))]
    return _signed(rng.choice(["GET", "POST", "DELETE"]),
                   rng.choice(["/v1/chat/completions", "/v1/models", "/v1/files/file-%E5%90%8D"]),
                   str(httpx.QueryParams(pairs)), rng.randbytes(rng.randint(0, 300)),
                   timestamp=NOW + rng.randint(-WINDOW, WINDOW), nonce=_fresh_nonce(rng))


def test_attack_run_rejects_every_variant_and_accepts_every_fresh_request():
    rng = random.Random(20240607)
    store = MemoryNonceStore()
    verifier = _verifier(store)
    original = _signed(query="model=demo&stream=false&tag=a&tag=b",
                       body=b'{"model":"hybridai","messages":[{"role":"user","content":"transfer 10 EUR"}]}',
                       nonce="original-nonce-0123456789")
    original.verify(verifier, scope="victim")
    other = _signed(body=b'{"messages":[]}', nonce="other-request-nonce-0123")

    cases: list[tuple[str, Req, str | None]] = []
    for i in range(1000):
        attack = ATTACKS[i % len(ATTACKS)]
        variant, reason = attack(rng, original, other)
        cases.append((attack.__name__, variant, reason))
    cases += [("valid", _random_valid(rng), None) for _ in range(200)]
    rng.shuffle(cases)

    wrong: list[tuple[str, str | None, str]] = []
    for name, variant, expected in cases:
        try:
            variant.verify(verifier, scope="victim")
            got = "accepted"
        except SignatureError as exc:
            got = exc.reason
        if got != (expected or "accepted"):
            wrong.append((name, expected, got))
    assert wrong == []
    assert len(store) == 1 + 200  # rejected requests recorded no nonce
