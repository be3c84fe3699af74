"""Builders of valid (and deliberately invalid) identifiers for tests: values are computed, never
copied, so every check digit is right by construction."""

from __future__ import annotations

import socket

PRC_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def make_prc_id(body: str) -> str:
    """Append the GB 11643-1999 check character to a 17-digit body."""
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, PRC_WEIGHTS, strict=True)) % 11]


def wrong_check(prc_id: str) -> str:
    """The same ID with a different (hence wrong) check character."""
    return prc_id[:17] + ("0" if prc_id[17] != "0" else "1")


def luhn_check_digit(body: str) -> str:
    """The Luhn check digit for ``body``, computed here independently of the code under test."""
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char) * (2 if position % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return str(-total % 10)


def make_luhn(prefix: str, length: int, filler: str = "3") -> str:
    """A Luhn-valid number of ``length`` digits starting with ``prefix``."""
    body = prefix + filler * (length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def break_luhn(number: str) -> str:
    """The same number with its last digit changed: Luhn-invalid."""
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (for a server to start on, or to fail to reach)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
