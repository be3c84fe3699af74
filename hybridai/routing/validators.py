"""Pure validation functions for structured identifiers. No text scanning happens here: the
detectors find candidates with regexes and ask these functions whether a candidate is real."""

from __future__ import annotations

import ipaddress
from datetime import date

__all__ = [
    "IBAN_LENGTHS",
    "iban_valid",
    "ipv4_valid",
    "ipv6_valid",
    "luhn_valid",
    "normalize_digits",
    "payment_card_valid",
    "prc_id_valid",
    "us_ssn_valid",
]

# --- text normalisation -----------------------------------------------------------------

# One code point -> one code point, so offsets into the normalised copy are offsets into the
# original. Full-width ASCII (U+FF01..U+FF5E) sits exactly 0xFEE0 above its ASCII twin.
_NORMALIZE_TABLE: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_NORMALIZE_TABLE[0x3000] = ord(" ")  # ideographic space
# Typographic dashes and odd spaces show up in pasted phone/card numbers.
_NORMALIZE_TABLE.update({cp: ord("-") for cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63)})
_NORMALIZE_TABLE.update({cp: ord(" ") for cp in (0x00A0, 0x2007, 0x2009, 0x200A, 0x202F)})


def normalize_digits(text: str) -> str:
    """Fold full-width digits, letters and punctuation (U+FF01..U+FF5E) to ASCII, the
    ideographic space to a space, and typographic dashes / no-break spaces to ``-`` / `` ``.

    The result always has the same length as ``text``: every character maps to exactly one
    character, so a match found in the result has valid offsets into ``text``.
    """
    if text.isascii():
        return text
    return text.translate(_NORMALIZE_TABLE)


def _is_ascii_digits(s: str) -> bool:
    return s.isascii() and s.isdigit()


# --- checksums --------------------------------------------------------------------------


def luhn_valid(digits: str) -> bool:
    """Luhn (mod 10) check used by payment cards. ``digits`` must be ASCII digits only."""
    if not _is_ascii_digits(digits):
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def payment_card_valid(digits: str) -> bool:
    """13-19 ASCII digits, Luhn-valid, with an issuer prefix and length that some card scheme uses."""
    return 13 <= len(digits) <= 19 and _is_ascii_digits(digits) and _issuer_plausible(digits) \
        and luhn_valid(digits)


def _issuer_plausible(digits: str) -> bool:
    # Ordered from the most specific prefix to the broadest (Maestro covers most of 5x/6x).
    n = len(digits)
    p2, p3, p4 = int(digits[:2]), int(digits[:3]), int(digits[:4])
    if digits[0] == "4":  # Visa
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:  # Mastercard
        return n == 16
    if p2 in (34, 37):  # American Express
        return n == 15
    if p2 in (62, 81):  # UnionPay
        return 16 <= n <= 19
    if p4 == 6011 or p2 == 65 or 644 <= p3 <= 649:  # Discover
        return 16 <= n <= 19
    if 3528 <= p4 <= 3589:  # JCB
        return 16 <= n <= 19
    if 300 <= p3 <= 305 or p2 in (36, 38):  # Diners Club
        return 14 <= n <= 19
    if p2 in (50, 56, 57, 58) or digits[0] == "6":  # Maestro
        return True
    return False


# --- PRC resident identity card (GB 11643-1999) -----------------------------------------

_PRC_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_PRC_CHECK_CHARS = "10X98765432"
_PRC_PROVINCES = frozenset(
    [*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55), *range(61, 66),
     71, 81, 82, 83, 91]
)
_PRC_EARLIEST_BIRTH = date(1900, 1, 1)


def prc_id_valid(s: str) -> bool:
    """18-character PRC resident ID: real province code, real birth date between 1900-01-01
    and today, and the ISO 7064 MOD 11-2 check character (``X``/``x`` for 10)."""
    if len(s) != 18 or not _is_ascii_digits(s[:17]):
        return False
    if int(s[:2]) not in _PRC_PROVINCES:
        return False
    try:
        born = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not _PRC_EARLIEST_BIRTH <= born <= date.today():
        return False
    total = sum(int(char) * weight for char, weight in zip(s[:17], _PRC_WEIGHTS, strict=True))
    return _PRC_CHECK_CHARS[total % 11] == s[17].upper()


# --- IBAN (ISO 13616) -------------------------------------------------------------------

# Total IBAN length per country, from the SWIFT IBAN registry.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}


def iban_valid(s: str) -> bool:
    """IBAN with the registered length for its country and a mod-97 remainder of 1.
    Spaces are ignored and letters may be either case."""
    compact = s.replace(" ", "").upper()
    if not (compact.isascii() and compact.isalnum()):
        return False
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


# --- US Social Security number ----------------------------------------------------------

# Numbers printed in advertising or otherwise publicly burned; never a real person's SSN.
_SSN_PUBLICLY_KNOWN = frozenset({"078051120", "219099999", "457555462"})


def us_ssn_valid(s: str) -> bool:
    """SSN as ``ddd-dd-dddd``, ``ddd dd dddd`` or nine digits: area not 000, 666 or 9xx, group
    not 00, serial not 0000, and not one of the publicly known advertising numbers."""
    digits = s.replace("-", "").replace(" ", "")
    if len(digits) != 9 or not _is_ascii_digits(digits):
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return digits not in _SSN_PUBLICLY_KNOWN


# --- IP addresses -----------------------------------------------------------------------


def ipv4_valid(s: str) -> bool:
    """Dotted-quad IPv4 (``ipaddress`` rules: octets 0-255, no leading zeros)."""
    try:
        ipaddress.IPv4Address(s)
    except ValueError:
        return False
    return True


def ipv6_valid(s: str) -> bool:
    """IPv6 in full, ``::``-compressed or IPv4-suffixed form, optionally with a ``%zone``."""
    try:
        ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return True
