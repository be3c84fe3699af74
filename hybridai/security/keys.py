"""API keys for the REST server: generation, parsing, storage hashes and per-key signing secrets.

A key looks like ``hyai_<key id>_<secret>``: ``hyai_``, a 12-character key id, ``_``, and 43
random characters (256 bits), all from the URL-safe alphabet ``A-Z a-z 0-9 _ -``. The key id has
a fixed length, so the key splits unambiguously even though ``_`` may occur inside the parts.
The key id is not secret: it names the key in logs and is the lookup key for its stored hash.

Storage: the server keeps only ``hash_api_key(key)`` (a single SHA-256). bcrypt/scrypt/argon2
exist to slow down guessing of low-entropy passwords; a 256-bit random key cannot be guessed
at any hashing speed, so a slow hash would only add tens of milliseconds of CPU to every request
(GitHub stores its tokens the same way). To authenticate: ``parse_api_key``, look the stored hash
up by key id, ``verify_api_key``.

Signing secrets: ``derive_signing_secret(master, key_id)`` recomputes a key's signing secret from
one master secret, so the server stores no signing secrets at all; it is handed to the client
once, with the key. Trade-off: rotating the master secret changes every key's signing secret at
once (every client must be given its new one), and a leaked master secret exposes all of them;
a single key's signing secret can only be changed by issuing a new key (a new key id).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field

from hybridai.errors import InvalidAPIKey

KEY_PREFIX = "hyai_"
MIN_MASTER_SECRET_BYTES = 32
_KEY = re.compile(r"hyai_([A-Za-z0-9_-]{12})_[A-Za-z0-9_-]{32,128}")


@dataclass(frozen=True)
class GeneratedKey:
    """A new API key. ``key`` is shown to its owner once and then only its hash is kept."""

    key_id: str
    key: str = field(repr=False)


def generate_api_key() -> GeneratedKey:
    """A new random API key and its id."""
    key_id = secrets.token_urlsafe(9)  # 9 bytes -> exactly 12 characters, no padding
    return GeneratedKey(key_id=key_id, key=f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(32)}")


def parse_api_key(key: str) -> tuple[str, str]:
    """``(key_id, key)`` of a well-formed key; :class:`InvalidAPIKey` otherwise.

    The message never repeats the key: it may be a real key with a typo, and messages get logged.
    """
    match = _KEY.fullmatch(key) if isinstance(key, str) else None
    if match is None:
        raise InvalidAPIKey("API key is malformed: expected hyai_<12-character key id>_<secret>")
    return match.group(1), key


def hash_api_key(key: str) -> str:
    """Lower-case hex SHA-256 of the key: what the server stores (see the module docstring)."""
    return hashlib.sha256(key.encode()).hexdigest()


def verify_api_key(key: str, stored_hash: str) -> bool:
    """Whether ``key`` matches ``stored_hash``, compared in constant time."""
    return hmac.compare_digest(hash_api_key(key).encode(), stored_hash.encode())


def derive_signing_secret(master_secret: str | bytes, key_id: str) -> str:
    """The signing secret of ``key_id``: hex HMAC-SHA256(master, ``"hybridai-signing-v1:" + key_id``).

    The ``v1`` label lets a future scheme derive different secrets from the same master secret.
    The master secret must be at least 32 bytes: every signing secret is only as strong as it.
    """
    master = master_secret.encode() if isinstance(master_secret, str) else master_secret
    if len(master) < MIN_MASTER_SECRET_BYTES:
        raise ValueError(f"master secret must be at least {MIN_MASTER_SECRET_BYTES} bytes")
    if not key_id:
        raise ValueError("key_id is empty")
    return hmac.new(master, f"hybridai-signing-v1:{key_id}".encode(), hashlib.sha256).hexdigest()
