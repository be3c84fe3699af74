"""API keys: format, uniqueness, parsing, storage hashes and derived signing secrets."""

from __future__ import annotations

import hashlib
import hmac
import re

import pytest

from hybridai.errors import HybridAIError, InvalidAPIKey
from hybridai.security.keys import (
    GeneratedKey,
    derive_signing_secret,
    generate_api_key,
    hash_api_key,
    parse_api_key,
    verify_api_key,
)

MASTER = "master-secret-for-tests-0123456789abcdef"
KEY_FORMAT = re.compile(r"hyai_([A-Za-z0-9_-]{12})_([A-Za-z0-9_-]{32,})")


def test_generated_key_format():
    for _ in range(200):
        generated = generate_api_key()
        match = KEY_FORMAT.fullmatch(generated.key)
        assert match is not None, generated.key
        assert match.group(1) == generated.key_id
        assert len(match.group(2)) == 43  # 256 random bits
        assert parse_api_key(generated.key) == (generated.key_id, generated.key)


def test_generated_keys_are_unique():
    generated = [generate_api_key() for _ in range(2000)]
    assert len({g.key for g in generated}) == 2000
    assert len({g.key_id for g in generated}) == 2000


def test_repr_does_not_show_the_key():
    generated = generate_api_key()
    assert generated.key not in repr(generated)
    assert generated.key_id in repr(generated)


def test_key_id_may_contain_the_separator():
    key = "hyai_ab_cd-ef_gh__" + "x_" * 20
    assert parse_api_key(key) == ("ab_cd-ef_gh_", key)


@pytest.mark.parametrize("key", [
    "", "hyai_", "hyai__", "sk-abcdef", "hyai_abcdefghijkl", "hyai_abcdefghijkl_", "hyai_abcdefghijkl_" + "x" * 31,
    "hyai_abcdefghijk_" + "x" * 40, "hyai_abcdefghijklm_" + "x" * 40, "HYAI_abcdefghijkl_" + "x" * 40,
    "hyai_abcdefghijkl-" + "x" * 40, "hyai_abcdefghijkl_" + "x" * 39 + "!", "hyai_abcdefghijkl_" + "x" * 39 + "é",
    " hyai_abcdefghijkl_" + "x" * 40, "hyai_abcdefghijkl_" + "x" * 40 + "\n", "hyai_abcdefghijkl_" + "x" * 129,
    None, 123, b"hyai_abcdefghijkl_" + b"x" * 40,
])
def test_parse_rejects_malformed_keys(key: object):
    with pytest.raises(InvalidAPIKey):
        parse_api_key(key)  # type: ignore[arg-type]


def test_parse_error_never_contains_the_key():
    secret_part = "s3cretPart" * 5
    with pytest.raises(InvalidAPIKey) as caught:
        parse_api_key(f"hyai_short_{secret_part}")
    assert secret_part not in str(caught.value)
    assert issubclass(InvalidAPIKey, HybridAIError)


def test_hash_and_verify():
    generated = generate_api_key()
    stored = hash_api_key(generated.key)
    assert re.fullmatch(r"[0-9a-f]{64}", stored)
    assert hash_api_key(generated.key) == stored
    assert verify_api_key(generated.key, stored)
    assert not verify_api_key(generate_api_key().key, stored)
    assert not verify_api_key(generated.key[:-1], stored)
    assert not verify_api_key(generated.key, stored.upper())
    assert not verify_api_key(generated.key, "")
    assert not verify_api_key(generated.key, "é" * 64)


def test_hash_is_plain_sha256():
    assert hash_api_key("hyai_abc") == hashlib.sha256(b"hyai_abc").hexdigest()


def test_derived_secret_is_deterministic_and_independent_per_key_id():
    ids = [generate_api_key().key_id for _ in range(100)]
    secrets = [derive_signing_secret(MASTER, key_id) for key_id in ids]
    assert secrets == [derive_signing_secret(MASTER.encode(), key_id) for key_id in ids]
    assert len(set(secrets)) == 100
    assert all(re.fullmatch(r"[0-9a-f]{64}", secret) for secret in secrets)
    assert derive_signing_secret(MASTER + "2", ids[0]) != secrets[0]


def test_derived_secret_known_value():
    expected = hmac.new(MASTER.encode(), b"hybridai-signing-v1:abcdefghijkl", hashlib.sha256).hexdigest()
    assert derive_signing_secret(MASTER, "abcdefghijkl") == expected


@pytest.mark.parametrize(("master", "key_id"), [("", "abcdefghijkl"), ("x" * 31, "abcdefghijkl"), (MASTER, "")])
def test_derive_rejects_weak_input(master: str, key_id: str):
    with pytest.raises(ValueError):
        derive_signing_secret(master, key_id)


def test_generated_key_is_a_frozen_value():
    generated = GeneratedKey(key_id="abcdefghijkl", key="hyai_abcdefghijkl_" + "x" * 43)
    with pytest.raises(AttributeError):
        generated.key = "other"  # type: ignore[misc]
