"""HMAC-SHA256 request signing: proves a request comes from a holder of the signing secret, was
not altered in transit, is recent, and is not a replay.

The API key (``Authorization: Bearer <key>``) says *who* calls; the signature binds that call to
one exact request. A copied request (proxy log, captured traffic) cannot be replayed or edited.

Headers
-------
``X-HybridAI-Timestamp``  Unix time in whole seconds, decimal, no sign, no leading zeros.
``X-HybridAI-Nonce``      16 to 128 characters from ``A-Z a-z 0-9 _ -``, fresh for every request.
``X-HybridAI-Signature``  64 lower-case hex digits: HMAC-SHA256(secret, canonical string).

Header names are case-insensitive. The HMAC key is the UTF-8 bytes of the signing secret as
text (a 64-hex-digit secret is used as those 64 characters, not hex-decoded).

Canonical string
----------------
Six lines joined by ``\\n`` (LF), no trailing newline; the result is pure ASCII:

1. METHOD: the HTTP method in upper case (ASCII letters only).
2. PATH: the path exactly as sent on the request line, still percent-encoded, neither decoded
   nor normalised, without ``?`` and the query. Printable ASCII without space, ``?`` or ``#``.
3. QUERY: the canonical query; an empty line when there is none.

   a. From the raw query string (after the first ``?``): split on ``&``; drop empty pieces;
      split each piece at its first ``=`` (no ``=`` means an empty value); in the key and the
      value replace ``+`` with a space, then percent-decode to bytes (a ``%`` not followed by
      two hex digits stays as it is). From already-decoded pairs: the UTF-8 bytes of each
      key and value. Both give the same result for the same parameters.
   b. Percent-encode every byte except the RFC 3986 unreserved set ``A-Z a-z 0-9 - . _ ~``
      as ``%XX`` with upper-case hex (so a space is ``%20``, never ``+``).
   c. Sort the pairs by encoded key, then by encoded value, comparing bytes (ASCII order).
   d. Write each pair as ``key=value`` (``key=`` for an empty value); join them with ``&``.
4. BODY: lower-case hex SHA-256 of the body bytes as sent (an empty body hashes ``b""``:
   ``e3b0c442...b855``).
5. TIMESTAMP: the ``X-HybridAI-Timestamp`` value.
6. NONCE: the ``X-HybridAI-Nonce`` value.

The order of repeated keys is not signed (``a=1&a=2`` and ``a=2&a=1`` sign alike), as in AWS
SigV4: a server must not give meaning to the order of repeated query parameters.

Worked example
--------------
secret ``example-signing-secret``; ``POST /v1/chat/completions?b=2&a=x+y&a=%C3%A9``; body
``{"model":"hybridai","messages":[{"role":"user","content":"Hi"}]}``; timestamp
``1700000000``; nonce ``n0nce-EXAMPLE_0123456789``. Canonical string (six lines)::

    POST
    /v1/chat/completions
    a=%C3%A9&a=x%20y&b=2
    46c5c26cd4d42fbce13acb3c98e0b7ac576f0bf4220882409eb82df86a1d13e3
    1700000000
    n0nce-EXAMPLE_0123456789

Signature: ``1ccc09e1d063277e09532c078dae487b1819a537ad359fbf38bf81905603a101``

Verification
------------
:class:`SignatureVerifier` checks, in this order, and raises :class:`SignatureError` with the
matching ``reason``: a header absent ("missing"); a header badly formed ("malformed"); the
timestamp more than ``window_s`` before ("stale") or after ("future") the server clock; the
signature ("mismatch", compared in constant time); the nonce already used for this scope within
``2 * window_s`` ("replayed"). The nonce is recorded only once the signature is valid, so forged
requests cannot use up nonces. Any request older than the window is stale, so nonces need only
be remembered for ``2 * window_s`` (a request may arrive up to ``window_s`` early).
"""

from __future__ import annotations

import hashlib
import heapq
import hmac
import math
import re
import secrets
import threading
import time
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol
from urllib.parse import quote, unquote_to_bytes

import httpx

from hybridai.errors import SignatureError

if TYPE_CHECKING:
    import redis

TIMESTAMP_HEADER = "X-HybridAI-Timestamp"
NONCE_HEADER = "X-HybridAI-Nonce"
SIGNATURE_HEADER = "X-HybridAI-Signature"

QueryInput = str | Mapping[str, str | Sequence[str]] | Iterable[tuple[str, str]] | None

_METHOD = re.compile(r"[A-Za-z]+")
_PATH = re.compile(r"[\x21-\x7e]+")
_NONCE = re.compile(r"[A-Za-z0-9_-]{16,128}")
_TIMESTAMP = re.compile(r"0|[1-9][0-9]{0,14}")
_SIGNATURE = re.compile(r"[0-9a-f]{64}")


def new_nonce() -> str:
    """A fresh 24-character nonce (144 random bits): collisions are never a practical concern."""
    return secrets.token_urlsafe(18)


def _encode(value: bytes) -> str:
    return quote(value, safe="")


def _query_pairs(query: QueryInput) -> list[tuple[bytes, bytes]]:
    if query is None:
        return []
    if isinstance(query, str):
        pairs = []
        for piece in query.split("&"):
            if piece:
                key, _, value = piece.partition("=")
                pairs.append((unquote_to_bytes(key.replace("+", " ")), unquote_to_bytes(value.replace("+", " "))))
        return pairs
    items = query.items() if isinstance(query, Mapping) else query
    pairs = []
    for key, value in items:
        values = [value] if isinstance(value, str) else value
        pairs.extend((key.encode(), item.encode()) for item in values)
    return pairs


def canonical_query(query: QueryInput) -> str:
    """The canonical query (line 3 of the canonical string) of a raw query string or of pairs.

    A mapping's value may be a list for repeated keys. Pass the raw query string where there is
    one (e.g. ``request.META["QUERY_STRING"]`` in Django): it is exactly what the client signed.
    """
    encoded = sorted((_encode(key), _encode(value)) for key, value in _query_pairs(query))
    return "&".join(f"{key}={value}" for key, value in encoded)


def canonical_string(method: str, path: str, query: QueryInput, body: bytes, timestamp: int, nonce: str) -> str:
    """The text that is signed; see the module docstring. Raises ValueError for inputs that
    could not have come from a well-formed request (they would make the string ambiguous)."""
    if not _METHOD.fullmatch(method):
        raise ValueError("method must be ASCII letters")
    if not _PATH.fullmatch(path) or "?" in path or "#" in path:
        raise ValueError("path must be the percent-encoded path as sent, without query or fragment")
    if isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0:
        raise ValueError("timestamp must be a non-negative integer")
    if not _NONCE.fullmatch(nonce):
        raise ValueError("nonce must be 16-128 characters of A-Z a-z 0-9 _ -")
    return "\n".join([method.upper(), path, canonical_query(query), hashlib.sha256(body).hexdigest(),
                      str(timestamp), nonce])


def sign(secret: str | bytes, canonical: str) -> str:
    """Lower-case hex HMAC-SHA256 of the canonical string, keyed by the secret's UTF-8 bytes."""
    key = secret.encode() if isinstance(secret, str) else secret
    if not key:
        raise ValueError("signing secret is empty")
    return hmac.new(key, canonical.encode(), hashlib.sha256).hexdigest()


def signed_headers(*, api_key: str, signing_secret: str | bytes, method: str, path: str, query: QueryInput = None,
                   body: bytes = b"", timestamp: int | None = None, nonce: str | None = None) -> dict[str, str]:
    """Authorization and signature headers for one request, for clients that do not use httpx.

    ``path`` and ``query`` must be what goes on the wire: sign the same bytes you send.
    """
    timestamp = int(time.time()) if timestamp is None else timestamp
    nonce = new_nonce() if nonce is None else nonce
    signature = sign(signing_secret, canonical_string(method, path, query, body, timestamp, nonce))
    return {"Authorization": f"Bearer {api_key}", TIMESTAMP_HEADER: str(timestamp), NONCE_HEADER: nonce,
            SIGNATURE_HEADER: signature}


class SigningAuth(httpx.Auth):
    """httpx auth that signs every request (sync and async clients), over the exact bytes sent."""

    requires_request_body = True

    def __init__(self, api_key: str, signing_secret: str | bytes, *, clock: Callable[[], float] = time.time,
                 nonce_factory: Callable[[], str] = new_nonce) -> None:
        self._api_key = api_key
        self._secret = signing_secret
        self._clock = clock
        self._nonce_factory = nonce_factory

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        path, _, query = request.url.raw_path.decode("ascii").partition("?")
        request.headers.update(signed_headers(
            api_key=self._api_key, signing_secret=self._secret, method=request.method, path=path, query=query,
            body=request.content, timestamp=int(self._clock()), nonce=self._nonce_factory()))
        yield request


class NonceStore(Protocol):
    """Remembers nonces for a while. Shared by every server process that verifies signatures."""

    def remember(self, key: str, ttl_s: float) -> bool:
        """Store ``key`` for ``ttl_s`` seconds; True if it was new, False if already seen in its TTL."""
        ...


class MemoryNonceStore:
    """In-process nonce store: right for one server process (tests, a single worker).

    Memory is bounded by traffic, not by attackers: only nonces of validly signed requests are
    stored, and each is dropped once its TTL passes (expired entries are purged lazily, on the
    next ``remember``, amortised O(log n)). So it holds at most one entry per request accepted in
    the last TTL: with the default 300 s window (600 s TTL), 100 requests/s means at most 60,000
    entries, roughly 250 bytes each (about 15 MB). Several processes need :class:`RedisNonceStore`.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._expiry: dict[str, float] = {}
        self._heap: list[tuple[float, str]] = []

    def remember(self, key: str, ttl_s: float) -> bool:
        if ttl_s <= 0:
            raise ValueError("ttl_s must be positive")
        with self._lock:
            now = self._clock()
            # Every stored key has exactly one heap entry, so the heap's head is the next to expire.
            while self._heap and self._heap[0][0] <= now:
                del self._expiry[heapq.heappop(self._heap)[1]]
            if key in self._expiry:
                return False
            self._expiry[key] = now + ttl_s
            heapq.heappush(self._heap, (now + ttl_s, key))
            return True

    def __len__(self) -> int:
        """Entries held, expired ones not yet purged included."""
        with self._lock:
            return len(self._expiry)


class RedisNonceStore:
    """Nonce store in Redis, shared by every server process and host: ``SET key 1 NX EX ttl``
    is atomic, so of two processes seeing the same nonce exactly one gets True.

    ``url`` is a redis-py URL (``redis://host:6379/0``). Socket timeouts default to 2 s (a
    ``socket_timeout`` in the URL wins), so a stalled Redis fails requests instead of hanging
    them. Redis errors propagate: a request whose nonce cannot be checked must not be accepted.
    The TTL is rounded up to whole seconds.
    """

    def __init__(self, url: str, prefix: str = "hybridai:nonce:") -> None:
        import redis  # optional dependency: only deployments with several processes need it

        self._client: redis.Redis = redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)
        self._prefix = prefix

    def remember(self, key: str, ttl_s: float) -> bool:
        if ttl_s <= 0:
            raise ValueError("ttl_s must be positive")
        return bool(self._client.set(self._prefix + key, 1, nx=True, ex=math.ceil(ttl_s)))

    def close(self) -> None:
        self._client.close()


class SignatureVerifier:
    """Server side: checks a request's signature headers against the caller's signing secret.

    ``clock`` returns Unix seconds (wall clock: timestamps come from other machines).
    """

    def __init__(self, nonces: NonceStore, window_s: int = 300, clock: Callable[[], float] = time.time) -> None:
        if window_s <= 0:
            raise ValueError("window_s must be positive")
        self.nonces = nonces
        self.window_s = window_s
        self._clock = clock

    def verify(self, *, secret: str | bytes, method: str, path: str, query: QueryInput, body: bytes,
               headers: Mapping[str, str], scope: str = "") -> None:
        """Return if the request is authentic, fresh and new; raise :class:`SignatureError` if not.

        ``path`` and ``query`` must be the raw ones from the request line. ``scope`` (e.g. the API
        key id) namespaces nonces, so one caller's nonces never collide with another's.
        """
        timestamp_text = _header(headers, TIMESTAMP_HEADER)
        nonce = _header(headers, NONCE_HEADER)
        signature = _header(headers, SIGNATURE_HEADER)
        if not _TIMESTAMP.fullmatch(timestamp_text):
            raise SignatureError(f"{TIMESTAMP_HEADER} must be Unix seconds as a plain integer", reason="malformed")
        if not _NONCE.fullmatch(nonce):
            raise SignatureError(f"{NONCE_HEADER} must be 16-128 characters of A-Z a-z 0-9 _ -", reason="malformed")
        if not _SIGNATURE.fullmatch(signature):
            raise SignatureError(f"{SIGNATURE_HEADER} must be 64 lower-case hex digits", reason="malformed")

        timestamp = int(timestamp_text)
        skew = self._clock() - timestamp
        if skew > self.window_s:
            raise SignatureError(f"request timestamp is {skew:.0f} s old (window {self.window_s} s)", reason="stale")
        if -skew > self.window_s:
            raise SignatureError(f"request timestamp is {-skew:.0f} s in the future (window {self.window_s} s)",
                                 reason="future")

        try:
            canonical = canonical_string(method, path, query, body, timestamp, nonce)
        except ValueError as exc:
            raise SignatureError(f"request cannot be canonicalised: {exc}", reason="malformed") from None
        if not hmac.compare_digest(sign(secret, canonical), signature):
            raise SignatureError("signature does not match the request", reason="mismatch")

        if not self.nonces.remember(f"{scope}:{nonce}", 2 * self.window_s):
            raise SignatureError("nonce already used", reason="replayed")


def _header(headers: Mapping[str, str], name: str) -> str:
    wanted = name.lower()
    values = [value for key, value in headers.items() if key.lower() == wanted]
    if not values:
        raise SignatureError(f"{name} header is missing", reason="missing")
    if len(values) > 1:
        raise SignatureError(f"{name} header is given more than once", reason="malformed")
    return values[0]
