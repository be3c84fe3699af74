"""Regex + validation detectors for structured personal data and credentials.

Every detector scans a :func:`normalize_digits` copy of the text (full-width forms folded to
ASCII, same length) and slices entity text from the original, so offsets are valid for the
caller's string. Candidates are validated (check digits, calendars, ``ipaddress``, placeholder
lists) before they are reported: a false positive sends a harmless request to the private model
and masks text the cloud model needed, so a shape alone is not trusted where a check exists.

Digit-like candidates are anchored with ``(?<![0-9A-Za-z])`` / ``(?![0-9A-Za-z])``: a match
inside a longer alphanumeric run is never reported, while CJK characters directly adjacent
("身份证号110101199003071233请核对") are fine. The anchors also keep every regex linear in the
text length, because a match can only start at the beginning of a run.
"""

from __future__ import annotations

import abc
import base64
import ipaddress
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from hybridai.errors import ConfigError
from hybridai.routing import validators
from hybridai.routing.validators import normalize_digits
from hybridai.types import Entity

__all__ = [
    "BANK_CARD", "EMAIL", "ENTITY_TYPES", "IBAN", "IP_ADDRESS", "PASSPORT", "PHONE", "PRC_ID",
    "SECRET", "US_SSN",
    "BankCardDetector", "EmailDetector", "IbanDetector", "IpAddressDetector", "KeywordDetector",
    "PassportDetector", "PatternDetector", "PhoneDetector", "PrcIdDetector", "SecretDetector", "TopicDetector",
    "UsSsnDetector", "resolve_overlaps",
]

PRC_ID = "PRC_ID"
PHONE = "PHONE"
EMAIL = "EMAIL"
BANK_CARD = "BANK_CARD"
IP_ADDRESS = "IP_ADDRESS"
PASSPORT = "PASSPORT"
IBAN = "IBAN"
US_SSN = "US_SSN"
SECRET = "SECRET"

ENTITY_TYPES: tuple[str, ...] = (PRC_ID, PHONE, EMAIL, BANK_CARD, IP_ADDRESS, PASSPORT, IBAN, US_SSN, SECRET)

# Lower wins a partial overlap. SECRET and EMAIL come first because whatever sits inside a
# credential or an address (digits, a host) belongs to it.
_PRIORITY: dict[str, int] = {
    SECRET: 0, EMAIL: 1, PRC_ID: 2, BANK_CARD: 3, IBAN: 4, US_SSN: 5, PASSPORT: 6, IP_ADDRESS: 7, PHONE: 8,
}

# Score for matches that rest on a nearby keyword rather than on a checksum or a strict shape.
_CONTEXT_SCORE = 0.85

_DIGITS_RE = re.compile(r"[0-9]+")


def resolve_overlaps(entities: Iterable[Entity]) -> list[Entity]:
    """Drop overlapping entities, returning the survivors sorted by position.

    Higher-priority types win (SECRET > EMAIL > PRC_ID > BANK_CARD > IBAN > US_SSN > PASSPORT
    > IP_ADDRESS > PHONE; unknown types last), and the longer span wins within a type; but an
    entity that strictly contains everything it overlaps replaces it (an IBAN whose digits
    look like a card number stays an IBAN).
    """
    chosen: list[Entity] = []
    ordered = sorted(entities, key=lambda e: (_PRIORITY.get(e.type, len(_PRIORITY)), e.start - e.end, e.start))
    for candidate in ordered:
        clashes = [c for c in chosen if candidate.start < c.end and c.start < candidate.end]
        if not clashes:
            chosen.append(candidate)
        elif all(candidate.start <= c.start and c.end <= candidate.end and candidate.end - candidate.start
                 > c.end - c.start for c in clashes):
            chosen = [c for c in chosen if all(c is not clash for clash in clashes)]
            chosen.append(candidate)
    return sorted(chosen, key=lambda e: (e.start, e.end))


class _ContextKeywords:
    """Words that make a weak candidate count ("passport", "电话"). A substring test on the
    lower-cased text rules most texts out cheaply; the regex then checks the distance.
    ASCII words must not continue a longer word ("hotel" is not "tel")."""

    def __init__(self, *words: str) -> None:
        self.words = words
        self._longest = max(len(w) for w in words)
        self._regex = re.compile(
            "|".join(("(?<![a-z])" if w.isascii() else "") + re.escape(w) for w in words), re.IGNORECASE)

    def mentioned(self, lowered: str) -> bool:
        return any(w in lowered for w in self.words)

    def before(self, norm: str, start: int, gap: int) -> bool:
        """Whether a keyword ends at most ``gap`` characters before ``start``."""
        matches = self._regex.finditer(norm, max(0, start - gap - self._longest), start)
        return any(m.end() >= start - gap for m in matches)


class _ScanningDetector(abc.ABC):
    """Shared ``detect``: normalise once, scan, resolve same-detector overlaps."""

    name = ""

    def detect(self, text: str) -> list[Entity]:
        return resolve_overlaps(self.scan(normalize_digits(text), text))

    @abc.abstractmethod
    def scan(self, norm: str, text: str) -> list[Entity]:
        """Candidates found in ``norm`` (the normalised ``text``), possibly overlapping."""

    def _entity(self, entity_type: str, text: str, start: int, end: int, score: float = 1.0) -> Entity:
        return Entity(entity_type, start, end, text[start:end], score, self.name)


# --- PRC resident ID ----------------------------------------------------------------------

# 18 characters, optionally printed 6-8-4 with spaces.
_PRC_ID_RE = re.compile(r"(?<![0-9A-Za-z])([0-9]{6})( ?)([0-9]{8})\2([0-9]{3}[0-9Xx])(?![0-9A-Za-z])")


class PrcIdDetector(_ScanningDetector):
    """PRC resident identity numbers, validated by province, birth date and check character."""

    name = "prc_id"

    def scan(self, norm: str, text: str) -> list[Entity]:
        return [self._entity(PRC_ID, text, m.start(), m.end()) for m in _PRC_ID_RE.finditer(norm)
                if validators.prc_id_valid(m.group(1) + m.group(3) + m.group(4))]


# --- payment cards ------------------------------------------------------------------------

# A run of digit groups joined by single spaces or dashes. Not after "+" (phone country code)
# nor after "1." (the fraction of a decimal number).
_DIGIT_GROUPS_RE = re.compile(r"(?<![0-9A-Za-z+])(?<![0-9][.,])[0-9]+(?:[ -][0-9]+)*(?![0-9A-Za-z])")


def _card_grouping_ok(lengths: Sequence[int], complete: bool) -> bool:
    """Whether group lengths follow a way cards are printed: contiguous, 4-4-4-4(-3), Amex
    4-6-5, Diners 4-6-4 or 6-13. With ``complete=False``, whether they can still grow into one."""
    head, count = lengths[0], len(lengths)
    if count == 1:
        return True
    if head == 6:
        return count == 2
    if head != 4:
        return False
    if lengths[1] == 6:
        return (count == 2 and not complete) or (count == 3 and lengths[2] in (4, 5))
    return all(n == 4 for n in lengths[1:-1]) and lengths[-1] <= 4


class BankCardDetector(_ScanningDetector):
    """Payment card numbers: Luhn-valid, plausible issuer prefix and length, printed contiguous
    or in a usual grouping. A run of groups is searched group-aligned, so a card followed by
    an expiry ("4111 1111 1111 1111 12/25") or two cards in a row are still found."""

    name = "bank_card"

    def scan(self, norm: str, text: str) -> list[Entity]:
        found: list[Entity] = []
        for run in _DIGIT_GROUPS_RE.finditer(norm):
            groups = [(g.start(), g.end()) for g in _DIGITS_RE.finditer(norm, run.start(), run.end())]
            i = 0
            while i < len(groups):
                last = self._longest_card_from(norm, groups, i)
                if last is None:
                    i += 1
                    continue
                found.append(self._entity(BANK_CARD, text, groups[i][0], groups[last][1]))
                i = last + 1
        return found

    @staticmethod
    def _longest_card_from(norm: str, groups: list[tuple[int, int]], first: int) -> int | None:
        """Index of the last group of the longest valid card starting at group ``first``."""
        best = None
        digits = ""
        lengths: list[int] = []
        separators: set[str] = set()
        for last in range(first, len(groups)):
            start, end = groups[last]
            if last > first:
                separators.add(norm[groups[last - 1][1]:start])
            digits += norm[start:end]
            lengths.append(end - start)
            if len(digits) > 19 or len(separators) > 1 or not _card_grouping_ok(lengths, complete=False):
                break
            if (len(digits) >= 13 and _card_grouping_ok(lengths, complete=True)
                    and validators.payment_card_valid(digits)
                    and not validators.prc_id_valid(digits)):  # an ID that passes Luhn is an ID
                best = last
        return best


# --- IBAN ---------------------------------------------------------------------------------

# Country code and check digits, then enough alphanumerics (optionally spaced) for any
# country; the exact length comes from the registry, so a greedy tail is trimmed later.
_IBAN_RE = re.compile(r"(?<![0-9A-Za-z])([A-Z]{2})[0-9]{2}(?: ?[0-9A-Z]){10,30}")


class IbanDetector(_ScanningDetector):
    """IBANs with the registered length for their country and a valid mod-97 check."""

    name = "iban"

    def scan(self, norm: str, text: str) -> list[Entity]:
        found: list[Entity] = []
        for m in _IBAN_RE.finditer(norm):
            length = validators.IBAN_LENGTHS.get(m.group(1))
            if length is None:
                continue
            end = self._end_after(norm, m.start(), m.end(), length)
            if end is None or (end < len(norm) and norm[end].isascii() and norm[end].isalnum()):
                continue  # too short, or the IBAN-length prefix of a longer token
            if validators.iban_valid(norm[m.start():end]):
                found.append(self._entity(IBAN, text, m.start(), end))
        return found

    @staticmethod
    def _end_after(norm: str, start: int, stop: int, length: int) -> int | None:
        """Offset just past the ``length``-th non-space character from ``start``."""
        count = 0
        for index in range(start, stop):
            if norm[index] != " ":
                count += 1
                if count == length:
                    return index + 1
        return None


# --- US SSN -------------------------------------------------------------------------------

# Same separator twice, and not a 3-2-4 slice of a longer run of digit groups.
_SSN_RE = re.compile(
    r"(?<![0-9A-Za-z-])(?<![0-9][ .])[0-9]{3}([- ])[0-9]{2}\1[0-9]{4}(?![0-9A-Za-z]|[- .][0-9])")
_SSN_BARE_RE = re.compile(r"(?<![0-9A-Za-z-])[0-9]{9}(?![0-9A-Za-z])")
_SSN_KEYWORDS = _ContextKeywords("ssn", "social security", "social-security", "社会安全号", "社会保障号", "社安号")


class UsSsnDetector(_ScanningDetector):
    """US Social Security numbers: ``ddd-dd-dddd`` / ``ddd dd dddd`` anywhere, nine bare
    digits only right after an SSN keyword."""

    name = "us_ssn"

    def scan(self, norm: str, text: str) -> list[Entity]:
        found = [self._entity(US_SSN, text, m.start(), m.end()) for m in _SSN_RE.finditer(norm)
                 if validators.us_ssn_valid(m.group())]
        if _SSN_KEYWORDS.mentioned(norm.lower()):
            found.extend(self._entity(US_SSN, text, m.start(), m.end(), _CONTEXT_SCORE)
                         for m in _SSN_BARE_RE.finditer(norm)
                         if validators.us_ssn_valid(m.group()) and _SSN_KEYWORDS.before(norm, m.start(), 24))
        return found


# --- passports ----------------------------------------------------------------------------

# PRC ordinary passports: E/G + 8 digits, and the newer E + letter (not I/O) + 7 digits.
_PRC_PASSPORT_RE = re.compile(r"(?<![0-9A-Za-z])(?:[EG][0-9]{8}|E[A-HJ-NP-Z][0-9]{7})(?![0-9A-Za-z])")
# Other countries vary too much to report without a keyword: 1-2 letters + 6-9 digits
# (US, IN, JP, CA, ...), 9 digits (US, UK), 2 digits + 2 letters + 5 digits (FR), and 8-9
# upper-case letters and digits mixed (DE "C01X00T47").
_OTHER_PASSPORT_RE = re.compile(
    r"(?<![0-9A-Za-z])(?:[A-Za-z]{1,2}[0-9]{6,9}|[0-9]{9}|[0-9]{2}[A-Za-z]{2}[0-9]{5}"
    r"|(?=[A-Z]*[0-9])(?=[0-9]*[A-Z])[A-Z0-9]{8,9})(?![0-9A-Za-z])")
_PASSPORT_KEYWORDS = _ContextKeywords("护照", "通行证", "旅行证", "passport", "travel document")


class PassportDetector(_ScanningDetector):
    """PRC passport numbers always; other passport-shaped numbers after a passport keyword."""

    name = "passport"

    def scan(self, norm: str, text: str) -> list[Entity]:
        found = [self._entity(PASSPORT, text, m.start(), m.end()) for m in _PRC_PASSPORT_RE.finditer(norm)]
        if _PASSPORT_KEYWORDS.mentioned(norm.lower()):
            found.extend(self._entity(PASSPORT, text, m.start(), m.end(), _CONTEXT_SCORE)
                         for m in _OTHER_PASSPORT_RE.finditer(norm) if _PASSPORT_KEYWORDS.before(norm, m.start(), 20))
        return found


# --- IP addresses -------------------------------------------------------------------------

# Not part of a longer dotted string (1.2.3.4.5) nor glued to a letter (v1.2.3.4).
_IPV4_RE = re.compile(r"(?<![0-9A-Za-z.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9A-Za-z]|\.[0-9])")
# Loose IPv6 shape (hex groups with at least two colons, optional IPv4 tail and %zone);
# ipaddress decides what is really an address.
_IPV6_RE = re.compile(
    r"(?<![0-9A-Za-z:.%])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]{1,4})?"
    r"(?:%[0-9A-Za-z_.-]+)?(?![0-9A-Za-z:])")
_VERSION_CONTEXT_RE = re.compile(r"(?i)(?:(?<![a-z])(?:version|ver\.?|release)|版本号?)[ :=]*$")
# Placeholders and documentation ranges (RFC 5737, RFC 3849), not anyone's data.
_DOCUMENTATION_NETS = tuple(ipaddress.ip_network(net) for net in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))


def _reportable_ip(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_unspecified or address.is_loopback:
        return False
    if any(address.version == net.version and address in net for net in _DOCUMENTATION_NETS):
        return False
    if isinstance(address, ipaddress.IPv4Address) and str(address).startswith("255."):
        inverted = ~int(address) & 0xFFFFFFFF
        if inverted & (inverted + 1) == 0:  # a netmask (255.255.255.0) or broadcast, not a host
            return False
    return True


class IpAddressDetector(_ScanningDetector):
    """IPv4 and IPv6 addresses, private ranges included; loopback, unspecified, netmasks and
    documentation ranges are skipped."""

    name = "ip_address"

    def scan(self, norm: str, text: str) -> list[Entity]:
        found: list[Entity] = []
        for m in _IPV4_RE.finditer(norm):
            if (validators.ipv4_valid(m.group()) and _reportable_ip(ipaddress.IPv4Address(m.group()))
                    and not _VERSION_CONTEXT_RE.search(norm, max(0, m.start() - 12), m.start())):
                found.append(self._entity(IP_ADDRESS, text, m.start(), m.end()))
        if ":" in norm:
            for m in _IPV6_RE.finditer(norm):
                candidate = m.group()
                # Requiring a decimal digit skips code like "Dead::Beef" that parses as IPv6.
                if any(c.isdigit() for c in candidate) and validators.ipv6_valid(candidate) \
                        and _reportable_ip(ipaddress.IPv6Address(candidate.split("%", 1)[0])):
                    found.append(self._entity(IP_ADDRESS, text, m.start(), m.end()))
        return found


# --- e-mail -------------------------------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})"
    r"(?![A-Za-z0-9-])")
_RESERVED_EMAIL_DOMAINS = ("example.com", "example.org", "example.net")
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost"})


def _reserved_domain(domain: str) -> bool:
    """RFC 2606 / 6761 names used as placeholders in documentation and code."""
    domain = domain.lower()
    if domain.rsplit(".", 1)[-1] in _RESERVED_TLDS:
        return True
    return any(domain == d or domain.endswith("." + d) for d in _RESERVED_EMAIL_DOMAINS)


class EmailDetector(_ScanningDetector):
    """E-mail addresses, except reserved documentation domains, ``git@host`` SSH remotes and
    the ``user:password@host`` part of a URL."""

    name = "email"

    def scan(self, norm: str, text: str) -> list[Entity]:
        if "@" not in norm:
            return []
        found: list[Entity] = []
        for m in _EMAIL_RE.finditer(norm):
            start = m.start()
            while norm[start] == ".":  # "see...zhang@x.cn": dots are not part of the address
                start += 1
            local = norm[start:norm.index("@", start)]
            if not local or local.endswith(".") or local.lower() == "git" or _reserved_domain(m.group(1)):
                continue
            if self._in_url_authority(norm, start):
                continue
            found.append(self._entity(EMAIL, text, start, m.end()))
        return found

    @staticmethod
    def _in_url_authority(norm: str, start: int) -> bool:
        """True for the "pass@host" of "scheme://user:pass@host": that is a credential."""
        token_start = max(norm.rfind(" ", 0, start), norm.rfind("\n", 0, start)) + 1
        scheme_end = norm.find("://", token_start, start)
        return scheme_end != -1 and "/" not in norm[scheme_end + 3:start]


# --- phones -------------------------------------------------------------------------------

# Mainland mobile, 3-4-4 with one consistent separator, optional +86 / 0086 / 86 prefix.
_MOBILE_RE = re.compile(
    r"(?<![0-9A-Za-z+])(?<![0-9]-)(?P<cc>(?:\(\+?86\)|\+86|0086|86)[ -]?)?"
    r"1[3-9][0-9](?P<sep>[ -]?)[0-9]{4}(?P=sep)[0-9]{4}(?![0-9A-Za-z])")
# Mainland landline: area code (010, 02x, 0xxx) in parentheses or followed by a separator and
# a 7-8 digit local number. An extension may follow ("转8021", "-801") but is not part of the
# span: it identifies nobody on its own.
_LANDLINE_RE = re.compile(
    r"(?<![0-9A-Za-z+])(?<![0-9]-)(?:\(0(?:10|2[0-9]|[3-9][0-9]{2})\)[ -]?|0(?:10|2[0-9]|[3-9][0-9]{2})[ -])"
    r"[1-9][0-9]{2,3}[ -]?[0-9]{4}(?![0-9A-Za-z])")
# North American style without "+": (415) 555-0132, 415-555-0132, 415.555.0132, 1-800-555-0199.
_NANP_RE = re.compile(
    r"(?<![0-9A-Za-z+.-])(?:1[ .-]?)?(?:\([0-9]{3}\) ?[0-9]{3}[ .-]|[0-9]{3}(?P<sep>[.-])[0-9]{3}(?P=sep))[0-9]{4}"
    r"(?![0-9A-Za-z]|[.-][0-9])")
# International: "+" or "00", then digits with spaces, dashes, dots or parentheses; parsed
# group by group in Python against the country's number lengths.
_INTERNATIONAL_RE = re.compile(r"(?<![0-9A-Za-z+])(?:\+|(?<![0-9][ -])00)[ ]?[(]?[0-9][0-9 ().-]{4,30}")
_PHONE_SEPARATOR_RE = re.compile(r"\)?[ .-]?\(?| ?- ?")
# Digits after a phone keyword: 7-12 digits, contiguous or grouped.
_KEYWORD_NUMBER_RE = re.compile(r"(?<![0-9A-Za-z+])[0-9]{2,12}(?:[ -][0-9]{2,8}){0,3}(?![0-9A-Za-z])")
_PHONE_KEYWORDS = _ContextKeywords("电话", "手机", "座机", "联系方式", "热线", "传真", "致电", "tel", "phone", "mobile",
                                   "cell", "fax", "whatsapp")
_AMOUNT_BEFORE = frozenset("$¥￥€£")
_AMOUNT_AFTER_RE = re.compile(r" ?(?:元|块|万|亿|美元|円|USD|RMB|CNY)")

# ITU country codes form a prefix code: 1 and 7 are one digit, these are two, the rest three.
_TWO_DIGIT_COUNTRY_CODES = frozenset(
    "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 "
    "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split())
# National significant number lengths for common countries; others get a generic 6-12.
_NATIONAL_LENGTHS: dict[str, range | tuple[int, ...]] = {
    "1": (10,), "7": (10,), "20": (9, 10), "27": (9,), "30": (10,), "31": (9,), "32": (8, 9), "33": (9,),
    "34": (9,), "36": (8, 9), "39": range(6, 12), "41": (9,), "43": range(4, 14), "44": (9, 10), "45": (8,),
    "46": range(7, 11), "47": (8,), "48": (9,), "49": range(6, 14), "52": (10,), "55": (10, 11), "60": (9, 10),
    "61": (9,), "62": range(8, 13), "63": (10,), "64": range(8, 11), "65": (8,), "66": (8, 9), "81": (9, 10),
    "82": range(8, 11), "84": (9, 10), "86": (10, 11), "90": (10,), "91": (10,), "92": (10,), "353": range(7, 10),
    "852": (8,), "853": (8,), "886": (8, 9), "966": (9,), "971": (8, 9),
}
_GENERIC_NATIONAL_LENGTHS = range(6, 13)


def _country_code(digits: str) -> str | None:
    if not digits or digits[0] == "0":
        return None
    if digits[0] in "17":
        return digits[0]
    return digits[:2] if digits[:2] in _TWO_DIGIT_COUNTRY_CODES else digits[:3]


class PhoneDetector(_ScanningDetector):
    """Mainland mobiles and landlines, North American numbers, international numbers with a
    ``+``/``00`` prefix checked against national lengths, and other 7-12 digit numbers only
    right after a phone keyword. Bare digit runs (order numbers, ISBNs, dates) are not phones."""

    name = "phone"

    def scan(self, norm: str, text: str) -> list[Entity]:
        found = [self._entity(PHONE, text, m.start(), m.end()) for m in _MOBILE_RE.finditer(norm)
                 if m.group("cc") or m.group("sep") or not self._looks_like_amount(norm, m.start(), m.end())]
        found.extend(self._entity(PHONE, text, m.start(), m.end()) for m in _LANDLINE_RE.finditer(norm))
        found.extend(self._entity(PHONE, text, m.start(), m.end()) for m in _NANP_RE.finditer(norm))
        for m in _INTERNATIONAL_RE.finditer(norm):
            end = self._international_end(norm, m.start(), m.end())
            if end is not None:
                found.append(self._entity(PHONE, text, m.start(), end))
        if _PHONE_KEYWORDS.mentioned(norm.lower()):
            for m in _KEYWORD_NUMBER_RE.finditer(norm):
                digit_count = sum(c.isdigit() for c in m.group())
                if 7 <= digit_count <= 12 and _PHONE_KEYWORDS.before(norm, m.start(), 12):
                    found.append(self._entity(PHONE, text, m.start(), m.end(), _CONTEXT_SCORE))
        return found

    @staticmethod
    def _looks_like_amount(norm: str, start: int, end: int) -> bool:
        """"15000000000元" or "$13800000000" is money, not a mobile number."""
        return (start > 0 and norm[start - 1] in _AMOUNT_BEFORE) or _AMOUNT_AFTER_RE.match(norm, end) is not None

    @staticmethod
    def _international_end(norm: str, start: int, stop: int) -> int | None:
        """End offset of the phone number starting with ``+``/``00`` at ``start``, or None.

        Digit groups are taken while the separators between them look like a phone's; then
        the longest run of groups whose national part has a valid length for the country wins.
        """
        prefix = 1 if norm[start] == "+" else 2
        groups: list[tuple[int, int]] = []
        previous_end = start + prefix
        for g in _DIGITS_RE.finditer(norm, start + prefix, stop):
            if not _PHONE_SEPARATOR_RE.fullmatch(norm, previous_end, g.start()):
                break
            groups.append((g.start(), g.end()))
            previous_end = g.end()
        if not groups:
            return None
        first = norm[groups[0][0]:groups[0][1]]
        code = _country_code(first)
        if code is None or len(first) < len(code) or (prefix == 2 and code not in _NATIONAL_LENGTHS):
            return None  # "00" is also how plain numbers start: trust it only for known countries
        lengths = _NATIONAL_LENGTHS.get(code, _GENERIC_NATIONAL_LENGTHS)
        national = first[len(code):]
        best = groups[0][1] if len(national) in lengths else None
        for index, (g_start, g_end) in enumerate(groups[1:], start=1):
            if index == 1 and norm[g_start:g_end] == "0" and norm[g_start - 1] == "(":
                continue  # "+44 (0)20 ...": the trunk prefix is not part of the number
            national += norm[g_start:g_end]
            if len(national) > max(lengths):
                break
            if len(national) in lengths:
                best = g_end
        if national.startswith("0") and code != "39":
            return None  # after the country code numbers never start with 0 (Italy aside): "+200 300"
        return best


# --- secrets ------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"""(?<![A-Za-z0-9_-])(?:
      sk-[A-Za-z0-9_-]{20,}                                  # OpenAI sk- / sk-proj-, Anthropic sk-ant-
    | (?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])               # AWS access key id
    | gh[pousr]_[A-Za-z0-9]{36,}                             # GitHub tokens
    | github_pat_[A-Za-z0-9_]{22,}
    | glpat-[A-Za-z0-9_-]{20,}                               # GitLab personal access token
    | (?:xox[baprs]|xapp)-[A-Za-z0-9-]{10,}                  # Slack
    | npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])                     # npm
    | hf_[A-Za-z0-9]{30,}                                    # Hugging Face
    | pypi-[A-Za-z0-9_-]{50,}                                # PyPI upload token
    | LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])                  # Alibaba Cloud AccessKey ID
    | AKID[A-Za-z0-9]{13,40}(?![A-Za-z0-9])                  # Tencent Cloud SecretId
    | SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}               # SendGrid
    | AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])                 # Google API key
    | [sr]k_live_[0-9A-Za-z]{16,}                            # Stripe live keys
    | eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*   # JWT
    )""", re.VERBOSE)
_PEM_RE = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?P<body>[A-Za-z0-9+/=\s:,.-]*?)"
    r"(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|(?=[^A-Za-z0-9+/=\s:,.-])|\Z)")
_NOT_BASE64_RE = re.compile(r"[^A-Za-z0-9+/]")
# scheme://user:password@host/path: the whole URL is the credential (a DB or package-index URL
# is useless to anyone without its host). The password may itself contain "@": the last one
# ends it.
_URL_CREDENTIAL_RE = re.compile(
    r"(?i)(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,15}://[^\s:/@]*:(?P<password>[^\s/?#]+)@[^\s/?#@\"'<>]+"
    r"(?:[/?#][^\s\"'<>]*)?")

# An unquoted value: printable ASCII except space, quotes, backtick, comma and semicolon, and
# ending before the next URL query parameter ("?key=abc123&user=bob"). ASCII only, so
# "密码是abc123谢谢" stops at the CJK text.
_BARE = r"(?:(?!&[A-Za-z_][A-Za-z0-9_.-]*=)[!#-&(-+\x2d-:<-_a-~])"
_VALUE = rf"""(?:"(?P<dq>[^"\r\n]{{1,256}})"|'(?P<sq>[^'\r\n]{{1,256}})'|(?P<bare>{_BARE}{{1,256}}))"""
_SECRET_KEY = (r"(?:pass(?:word|wd|phrase|code)|pwd|api[_-]?key|(?:client|app|consumer)[_-]?secret"
               r"|secret(?:[_-]?(?:access[_-]?)?key)?|access[_-]?key(?:[_-]?secret)?|private[_-]?key"
               # Azure connection strings (AccountKey=, SharedAccessKey=) and other named master keys
               r"|account[_-]?key|shared[_-]?access[_-]?key|(?:storage|master|signing|encryption)[_-]?key"
               r"|(?:auth|access|refresh|bearer|api|session|csrf|id)?[_-]?token|credentials?"
               # "pass:" in YAML, DB_PASS=...: a name segment of its own, so "bypass"/"compass" don't count
               r"|(?:^|(?<=[_.-]))pass)")
# password=..., "api_key": "...", DB_PASSWORD := ..., token => ...: an identifier ending like a
# secret's name and followed by an assignment; _SECRET_KEY_RE then checks the whole name.
# Matching identifiers first is much faster than trying every key spelling at every position.
_ASSIGNMENT_RE = re.compile(
    r"(?<![A-Za-z0-9_])(?P<key>(?:[A-Za-z][A-Za-z0-9_.-]*)?(?i:word|wd|phrase|code|key|secret|token|credentials?|pass))"
    rf"[\"']?[ \t]*(?:=>|:=|[:=])[ \t]*{_VALUE}")
_SECRET_KEY_RE = re.compile(rf"{_SECRET_KEY}$", re.IGNORECASE)
# "my password is hunter2": prose, so the value must not be a plain word.
_PROSE_RE = re.compile(rf"(?i)(?<![a-z])(?:pass?wo?rd|passcode|passphrase|pin|pass|pwd)"  # "pasword" typos too
                       r"(?:[ \t]+(?:for|of|to)[ \t]+(?:the[ \t]+)?[\w.-]+(?:[ \t]+[\w.-]+)?)?"  # "pass for the vpn is"
                       rf"[ \t]+(?:is|was)[ \t]*:?[ \t]*{_VALUE}")
# Command lines: mysql -pSECRET, curl -u user:SECRET, --password SECRET, redis --requirepass SECRET.
_CLI_SECRET_RE = re.compile(
    rf"(?<![\w-])(?:-p(?P<attached>(?!-){_BARE}{{6,}})"
    rf"|(?:-u|--user)[ \t]+[^\s:'\"]+:(?P<userpass>(?:(?!@){_BARE}){{6,}})"
    rf"|(?:-{{0,2}}(?:requirepass|masterauth)|--(?:password|passwd))[ \t=]+(?P<option>{_BARE}{{6,}}))")
# docker/podman login -u USER -p SECRET (elsewhere "-p 8080:80" is a port mapping).
_REGISTRY_LOGIN_RE = re.compile(
    rf"(?i)(?<![\w-])(?:docker|podman|nerdctl|buildah|helm[ \t]+registry)[ \t]+login\b[^\n]*?[ \t]-p[ \t]+"
    rf"(?P<login>{_BARE}{{6,}})")
# redis-cli -a SECRET / --pass SECRET (elsewhere "-a" is any flag: tar -a, ls -a).
_REDIS_CLI_RE = re.compile(rf"(?i)(?<![\w-])redis-cli\b[^\n]*?[ \t](?:-a|--pass)[ \t]+(?P<login>{_BARE}{{6,}})")
# "AccessKey Secret XXXX": a console's label, then the value.
_LABELLED_SECRET_RE = re.compile(
    r"(?i)(?<![a-z])(?:access[ _-]?key[ _-]?secret|secret[ _-]?access[ _-]?key|client[ _-]?secret|api[ _-]?secret)"
    r"[ \t]*[:：=]?[ \t]*(?P<bare>[A-Za-z0-9/+_-]{16,}={0,2})")
# 密码是/密码：/口令/授权码 (an e-mail client's app password) ...; without any separator
# ("初始密码123456") the value must contain a digit.
_CJK_SECRET_RE = re.compile(
    rf"(?:密码|口令|密钥|秘钥|私钥|令牌|授权码)(?P<sep>(?:[ \t]*(?:就是|也是|是|为|:|=)[ \t]*)*)[ \t]*{_VALUE}")
_BEARER_RE = re.compile(r"(?i)(?<![a-z])bearer[ \t]+(?P<bare>[A-Za-z0-9._~+/-]{16,}=*)")
_BASIC_AUTH_RE = re.compile(
    r"(?i)authorization[\"']?[ \t]*[:=][ \t]*[\"']?basic[ \t]+(?P<bare>[A-Za-z0-9+/]{8,}={0,2})")

# Substrings (of the lower-cased text) without which a pattern cannot match: skip it cheaply.
_TOKEN_HINTS = ("sk-", "akia", "asia", "gh", "glpat-", "xox", "xapp-", "npm_", "hf_", "pypi-", "ltai", "akid", "sg.",
                "aiza", "_live_", "eyj")
_VALUE_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_ASSIGNMENT_RE, ("pass", "pwd", "key", "secret", "token", "credential")),
    (_PROSE_RE, ("pass", "pin", "pasw", "pwd")),
    (_CLI_SECRET_RE, ("-p", "-u", "--user", "requirepass", "masterauth", "password", "passwd")),
    (_LABELLED_SECRET_RE, ("secret",)),
    (_REGISTRY_LOGIN_RE, ("login",)),
    (_REDIS_CLI_RE, ("redis-cli",)),
    (_CJK_SECRET_RE, ("密码", "口令", "密钥", "秘钥", "私钥", "令牌", "授权码")),
    (_BEARER_RE, ("bearer",)),
    (_BASIC_AUTH_RE, ("authorization",)),
)

_PLACEHOLDER_WORDS = frozenset({
    "password", "passwd", "pass", "secret", "token", "apikey", "api_key", "api-key", "changeme", "example",
    "string", "str", "none", "null", "nil", "true", "false", "required", "optional", "undefined", "bearer",
    "basic", "username", "placeholder", "redacted", "hidden", "secret_key", "access_token",
})
_PLACEHOLDER_PARTS = ("your", "example", "placeholder", "changeme", "change_me", "change-me", "redacted",
                      "dummy", "xxxx", "****", "....", "<", ">", "{{", "}}", "${", "os.environ", "getenv",
                      "process.env", "replace_me", "replace-me", "insert_")
_PLACEHOLDER_RE = re.compile(r"(?i)[-_]here$|^\$[A-Za-z_][A-Za-z0-9_]*$|^%\(?\w+\)?s?$|^([^A-Za-z0-9])\1*$")
# A variable, attribute or call on the right of "=" (password=self.password, key=get_key()).
_CODE_REFERENCE_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?P<call>[(\[].*)?")


def _is_placeholder(value: str) -> bool:
    lowered = value.lower()
    return (lowered in _PLACEHOLDER_WORDS or any(part in lowered for part in _PLACEHOLDER_PARTS)
            or _PLACEHOLDER_RE.search(value) is not None)


def _is_code_reference(value: str) -> bool:
    m = _CODE_REFERENCE_RE.fullmatch(value)
    if m is None:
        return False
    return bool(m.group("call")) or "." in value or ("_" in value and not any(c.isdigit() for c in value))


_CLOSING_BRACKETS = {")": "(", "]": "[", "}": "{"}


def _trim_value(value: str, line_ends_after: bool) -> str:
    """Drop sentence punctuation and unbalanced closing brackets glued to an unquoted value:
    "(password: abc123)." -> "abc123". A final "." is kept when the line ends right after the
    value: config lines (``password: bHIfd1l0@RQObgz.``) carry no sentence punctuation."""
    while value:
        last = value[-1]
        unbalanced = last in _CLOSING_BRACKETS and value.count(last) > value.count(_CLOSING_BRACKETS[last])
        if not (unbalanced or last in ":?" or (last == "." and not line_ends_after)):
            break
        value = value[:-1]
        line_ends_after = False
    return value


def _has_mixed_classes(token: str) -> bool:
    """Random tokens mix at least two of lower case, upper case and digits."""
    return sum((any(c.islower() for c in token), any(c.isupper() for c in token),
                any(c.isdigit() for c in token))) >= 2


_SAMPLE_JWT_NAMES = frozenset({"john doe", "jane doe"})


def _is_jwt(token: str) -> bool:
    """Header and payload must be base64url-encoded JSON objects, as in every real JWT; the
    documentation samples (jwt.io's ``{"sub": "1234567890", "name": "John Doe"}``) are placeholders."""
    decoded: Any = None
    for segment in token.split(".")[:2]:
        try:
            decoded = json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
        except (ValueError, UnicodeDecodeError):
            return False
        if not isinstance(decoded, dict):
            return False
    return not (decoded.get("sub") == "1234567890" or str(decoded.get("name", "")).lower() in _SAMPLE_JWT_NAMES)


def _url_end(norm: str, text: str, start: int, end: int) -> int:
    """End of a URL matched in ``norm``: before any non-ASCII character of the original text
    (full-width "，" is "," in ``norm``) and before trailing sentence punctuation."""
    for index in range(start, end):
        if not text[index].isascii():
            end = index
            break
    while end > start and norm[end - 1] in ".,;:!?)]}":
        end -= 1
    return end


class SecretDetector(_ScanningDetector):
    """Credentials: well-known token formats, PEM private keys and URLs with an inline password
    (whole span), and the value part of password/API-key assignments and auth headers.
    Placeholders (``<your-key>``, ``${VAR}``, ``changeme``, ``os.environ[...]``, ``***``) are ignored."""

    name = "secret"

    def scan(self, norm: str, text: str) -> list[Entity]:
        found: list[Entity] = []
        lowered = norm.lower()
        if any(hint in lowered for hint in _TOKEN_HINTS):
            for m in _TOKEN_RE.finditer(norm):
                token = m.group()
                if (_has_mixed_classes(token[4:]) and not _is_placeholder(token)
                        and (not token.startswith("eyJ") or _is_jwt(token))):
                    found.append(self._entity(SECRET, text, m.start(), m.end()))
        if "-----BEGIN" in norm:
            for m in _PEM_RE.finditer(norm):
                if len(_NOT_BASE64_RE.sub("", m.group("body"))) >= 20:  # "...": a placeholder
                    end = m.start() + len(m.group().rstrip())
                    found.append(self._entity(SECRET, text, m.start(), end))
        if "://" in norm:
            for m in _URL_CREDENTIAL_RE.finditer(norm):
                password = m.group("password")
                if len(password) >= 6 and not _is_placeholder(password):
                    found.append(self._entity(SECRET, text, m.start(), _url_end(norm, text, m.start(), m.end())))
        for pattern, hints in _VALUE_PATTERNS:
            if not any(hint in lowered for hint in hints):
                continue
            for m in pattern.finditer(norm):
                span = self._value_span(norm, pattern, m)
                if span is not None:
                    found.append(self._entity(SECRET, text, *span))
        return found

    @staticmethod
    def _value_span(norm: str, pattern: re.Pattern[str], m: re.Match[str]) -> tuple[int, int] | None:
        """Span of the secret value in match ``m``, or None when it is a placeholder/reference."""
        group = next(name for name in ("dq", "sq", "bare", "attached", "userpass", "option", "login")
                     if name in pattern.groupindex and m.group(name) is not None)
        start = m.start(group)
        value = m.group(group)
        if pattern in (_CLI_SECRET_RE, _REGISTRY_LOGIN_RE):
            value = _trim_value(value, line_ends_after=False)
            if (not _has_mixed_classes(value) or (_is_code_reference(value) and pattern is _CLI_SECRET_RE)
                    or value.startswith(("/", "~", "$", "%"))):
                return None  # mkdir -p /tmp/x, -p8080:80, --password $PASS: a path, a port, a variable
        if pattern is _ASSIGNMENT_RE and not _SECRET_KEY_RE.search(m.group("key")):
            return None
        if pattern is _LABELLED_SECRET_RE and not _has_mixed_classes(value):
            return None
        if group == "bare" and pattern in (_ASSIGNMENT_RE, _PROSE_RE, _CJK_SECRET_RE):
            value = _trim_value(value, line_ends_after=norm[m.end():m.end() + 1] in ("\n", "\r"))
            if pattern is _ASSIGNMENT_RE and (_is_code_reference(value) or value.startswith(("/", "~/"))):
                return None  # a variable or a file path (private_key=/etc/ssl/key.pem), not the secret
            if pattern is _PROSE_RE and (value.isalpha() or not _has_mixed_classes(value)):
                return None  # "the password is incorrect", "the pass for the gym is 12 dollars"
            if pattern is _CJK_SECRET_RE and not m.group("sep") and not any(c.isdigit() for c in value):
                return None  # "密码strength" is prose; "初始密码123456" is a password
        if sum(not c.isspace() for c in value) < 6 or _is_placeholder(value.strip()):
            return None
        return start, start + len(value)


# --- aggregate ----------------------------------------------------------------------------


class PatternDetector:
    """Runs every pattern detector over one normalised copy of the text and resolves overlaps
    with :func:`resolve_overlaps`. Entities keep the name of the sub-detector that found them."""

    name = "patterns"

    def __init__(self) -> None:
        self._detectors: tuple[_ScanningDetector, ...] = (
            SecretDetector(), EmailDetector(), PrcIdDetector(), BankCardDetector(), IbanDetector(),
            UsSsnDetector(), PassportDetector(), IpAddressDetector(), PhoneDetector(),
        )

    def detect(self, text: str) -> list[Entity]:
        norm = normalize_digits(text)
        return resolve_overlaps(entity for detector in self._detectors for entity in detector.scan(norm, text))


# --- user keywords ------------------------------------------------------------------------


def _keyword_pattern(keyword: str) -> str:
    """Escaped keyword with word boundaries only where it starts/ends with an ASCII word
    character: "VIP" must not match "VIPER", but CJK has no word boundaries to respect."""
    pattern = re.escape(keyword)
    if keyword[0].isascii() and (keyword[0].isalnum() or keyword[0] == "_"):
        pattern = r"(?<![A-Za-z0-9_])" + pattern
    if keyword[-1].isascii() and (keyword[-1].isalnum() or keyword[-1] == "_"):
        pattern += r"(?![A-Za-z0-9_])"
    return pattern


class KeywordDetector:
    """Literal keywords and user regexes, both case-insensitive and matched against the
    normalised text, so full-width input matches ASCII keywords."""

    def __init__(self, keywords: Sequence[str] = (), regexes: Sequence[str] = (), name: str = "keywords",
                 entity_type: str = "KEYWORD") -> None:
        self.name = name
        self.entity_type = entity_type
        cleaned: set[str] = set()
        for keyword in keywords:
            if not isinstance(keyword, str) or not keyword.strip():
                raise ConfigError(f"{name}: keywords must be non-empty strings, got {keyword!r}")
            cleaned.add(normalize_digits(keyword.strip()))
        # Longest first, so "张三丰" wins over "张三" at the same position.
        alternatives = [_keyword_pattern(k) for k in sorted(cleaned, key=lambda k: (-len(k), k))]
        self._keywords_re = re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None
        self._regexes: list[re.Pattern[str]] = []
        for pattern in regexes:
            try:
                self._regexes.append(re.compile(pattern, re.IGNORECASE))
            except (re.error, TypeError) as exc:
                raise ConfigError(f"{name}: invalid regex {pattern!r}: {exc}") from exc

    def detect(self, text: str) -> list[Entity]:
        norm = normalize_digits(text)
        patterns = ([self._keywords_re] if self._keywords_re is not None else []) + self._regexes
        spans = {(m.start(), m.end()) for pattern in patterns for m in pattern.finditer(norm) if m.end() > m.start()}
        return [Entity(self.entity_type, start, end, text[start:end], 1.0, self.name) for start, end in sorted(spans)]


# --- confidential topics ------------------------------------------------------------------

_MEDICAL_ZH = re.compile(
    r"确诊|诊断[为出]|查出|检查出|患有|患了|得了|阳性|复发|化疗|放疗|透析|住院|做手术|动手术|病假|抑郁|乙肝|丙肝|艾滋|"
    r"糖尿病|高血压|心脏病|白血病|阿尔茨海默|帕金森|癫痫|流产|怀孕|不孕|试管|移植失败|精神科|心理治疗|[一-龥]{1,"
    r"4}(?:癌|肿瘤)|心梗|脑梗|中风|支架|ICU|重症监护|核磁|穿刺|活检|化验单|心理医生|吃药控制|服药|"
    r"(?:多动|自闭|焦虑|抑郁|强迫|躁郁|惊恐|失眠)症|结节")
_MEDICAL_EN = re.compile(
    r"(?i)(?<![a-z])(?:diagnos(?:ed|is)|tested positive|biopsy|chemo(?:therapy)?|radiotherapy|dialysis|cancer|"
    r"tumou?r|melanoma|leuka?emia|hepatitis|hiv|aids|diabetes|depression|bipolar|schizophrenia|dementia|alzheimer|"
    r"parkinson|epilepsy|tuberculosis|tb|pregnan(?:t|cy)|miscarriage|ivf|infertility|rehab|medical leave|"
    r"sick leave|surgery|hospitali[sz]ed|in hospital|relapsed?|prescribed|mri|ct scan|pet scan|scan results?|"
    r"lab results|blood work|seizure|stroke|heart attack|icu|panic attacks?|anxiety|adhd|autism|"
    r"(?:neuro|cardio|onco)?(?:surgeon|logist)|psychiatrist|therapist|[a-z]+oma|stage (?:i{1,3}|iv|[1-4])|"
    r"sertraline|fluoxetine|escitalopram|ssris?|antidepressants?|insulin|metformin|on medication)(?![a-z])")
# Someone's own health: a person is the subject ("我爸确诊了", "he tested positive").
_PERSON_ZH = re.compile(r"我|家人|老婆|老公|妻子|丈夫|孩子|儿子|女儿|父亲|母亲|老人|同事|员工|下属|他|她|患者|病人|"
                        r"有个人|有人")
_PERSON_EN = re.compile(
    r"(?i)(?<![a-z])(?:i|i'm|i've|my|me|he|she|his|her|him|colleague|coworker|co-worker|employee|report|patient|"
    r"wife|husband|son|daughter|dad|mom|mum|mother|father|brother|sister|guy|guys|team ?mate)(?![a-z])")
# Questions about rules, law, health or data handling in general carry no one's data.
_GENERAL_QUESTION = re.compile(
    r"(?i)(?<![a-z])(?:gdpr|hipaa|pipl|law|laws|legal|policy|policies|regulation|compliance|template|generic|"
    r"in general|what is|what are|symptoms of|explain)(?![a-z])|个人信息|隐私|法律|规定|制度|政策|合规|模板|"
    r"一般|通常|什么是|属于|是否|算不算|症状有哪些|如何预防|科普")
# Keywords that name a sensitive topic rather than mark a text confidential: in a general
# question ("What's the median salary for ...?") they do not make it sensitive.
TOPIC_KEYWORDS = frozenset({"salary", "salaries", "payroll", "compensation package", "comp review", "薪资", "薪酬",
                            "调薪", "工资条", "工资单", "年薪", "年终奖", "保密协议", "底价", "投标底价"})


# Stricter: what makes a salary or NDA mention generic (a law, a template, a script over a column).
_GENERIC_TOPIC = re.compile(
    r"(?i)(?<![a-z])(?:gdpr|hipaa|pipl|ccpa|template|generic|public surveys?|market data|script|column|"
    r"csv)(?![a-z])|个人信息保护法|劳动法|模板|范本|通用|脚本|列名")


def is_general_question(text: str) -> bool:
    """Whether ``text`` asks about a topic in general (law, templates, scripts) rather than holding data."""
    return _GENERIC_TOPIC.search(text) is not None


# Secrecy said in other words than the configured keywords ("先别声张", "keep this between us",
# "before the earnings call"): someone is holding something back, so the content is not public.
_SECRECY_ZH = re.compile(
    r"先别(?:往外|对外)?(?:说|讲|声张|告诉|透露|发群|在群里|外传)|别声张|烂在肚子里|还没(?:有)?官宣|没官宣|先压着|"
    r"别让(?:下面的人|员工|团队|大家|他们|客户|对方|供应商)(?:知道|察觉)|只有(?:几个人|管理层|老板|我们几个|董事会|"
    r"高管|项目组)知道|(?:员工|团队|大家|客户|投资人)(?:都)?还不知道|(?:公告|官宣|公布|发布会|财报|业绩会)(?:之)?前|"
    r"(?:下周|下个月|月底|年底|之后|以后)才(?:会)?(?:通知|公布|宣布|官宣|公告|发布|对外|上线|上|开售|开卖|生效)|"
    r"(?:还没|尚未|没)(?:通知|告诉)(?:员工|团队|大家|本人|当事人|他们)|"
    r"(?:负责人|员工|团队|大家|当事人|本人)(?:都)?(?:还没|尚未)(?:被)?通知|内测价|内部价|不能(?:讲|提|透露)的|不能(?:开源|公开|外发|外泄|"
    r"给外人|让外面)|对外(?:只说|口径|宣称|说法|的说法)")
_SECRECY_EN = re.compile(
    r"(?i)(?<![a-z])(?:keep (?:this|it|that) (?:between us|quiet|to yourself|under wraps|hush)|"
    r"(?:do not|don'?t|dont|pls don'?t|please don'?t) (?:share|tell|forward|mention|leak|post)|"
    r"(?:hasn'?t|has not|haven'?t|have not|isn'?t|not) (?:been )?(?:announced|public|disclosed)(?: yet)?|"
    r"(?:before|ahead of) (?:the |our |it'?s |we )?(?:earnings|results|announcement|announce|launch|release|"
    r"press release|all-hands)|embargo(?:ed)?|off the record|w/?o telling|without telling|"
    r"(?:staff|employees|the team|nobody|no one|customers|investors)(?: else)? (?:doesn'?t|don'?t|do not|does not) "
    r"know(?: yet)?|(?:nobody|no one) outside (?:the |our )?[\w&-]+(?: team)? (?:knows|is aware)|"
    r"(?:doesn'?t|does not|won'?t|will not) (?:launch|go live|ship|go out) until|without spooking|"
    r"need-to-know|on a need to know basis|won'?t be (?:announced|public)|"
    r"the public (?:postmortem|statement|story|version|explanation)|publicly we(?:'re| are)? (?:saying|calling))"
    r"(?![a-z])")
# Our limits in a negotiation (报价底线, walk-away price) and a dispute we are in (律师函, cease-and-desist):
# contract and dispute content with a counterparty.
_NEGOTIATION_ZH = re.compile(
    r"(?:报价|收购|出价|谈判|投标|竞标|估值|对价|价格|租金|折扣)[^，。！？\n]{0,8}(?:底线|上限|心理价位|最多能接受|最低能接受)|"
    r"(?:最终|最后|最低)(?:报价|出价|价格)[^。！？\n]{0,16}(?:不能再|不再|没法再)|"
    r"(?:NDA|保密协议|合同|协议)[^。！？\n]{0,6}(?:是)?(?:跟|和|与)[^。！？\n]{1,14}签的|"
    r"(?:跟|和|与)[^。！？\n]{1,14}签的(?:NDA|保密协议|合同|协议)|传票|法院来函|逾期[0-9０-９.]+万|"
    r"(?:律师函|起诉|仲裁|诉讼|索赔|和解)[^。！？\n]{0,30}(?:我司|我们|贵司|贵方|对方)|"
    r"(?:我司|我们|贵司|贵方|对方)[^。！？\n]{0,30}(?:律师函|起诉|仲裁|诉讼|索赔|和解|拖欠)|"
    # the price terms of our own contract or renewal: "续签：月租从每平方米180元涨到205元"
    r"(?:租赁合同|续签|续约|续租|框架协议|采购合同|供货合同)[^。！？\n]{0,20}(?:从|由)[^。！？\n]{0,12}[0-9]+[^。！？\n]{0,6}"
    r"(?:涨到|降到|调到|调整为|改为)|"
    # a contract's own text naming its parties: "本协议项下甲方招商银行……"
    r"(?:甲方|乙方)[：:\s（(]*[\u4e00-\u9fff]{2,14}(?:公司|银行|集团|医院|大学|事务所|研究院|中心)")
_NEGOTIATION_EN = re.compile(
    r"(?i)(?<![a-z])(?:walk-?away (?:price|number|point)|our (?:floor|ceiling|limit|max(?:imum)?|bottom line)|"
    r"reserve price|bid floor|(?:best and )?final (?:offer|price|quote)|"
    r"(?:cease[- ]and[- ]desist|demand letter|settlement offer|arbitration|lawsuit|sue them|"
    r"we(?:'ll| will) sue|file suit) [^.!?\n]{0,60}(?:our|we|us|their|them)|"
    r"(?:got|received|served with|served) a subpoena|subpoena(?:ed)? (?:for|of) our|"
    r"(?:the )?(?:nda|msa|contract|agreement) we (?:signed|have) with|"
    r"(?:this|the) (?:agreement|nda|msa|contract) (?:is )?(?:made )?(?:by and )?between [A-Z])(?![a-z])")
# A plan to cut, close or sell stated as ours and still ahead (not news about someone else).
_PLANNED_CUTS_ZH = re.compile(
    r"(?:要|准备|计划|打算|将|会|下周|下个月|明年|年底|下季度)[^，。！？\n]{0,8}"
    r"(?:裁员|裁掉|优化掉|关掉|关闭|撤掉|撤销|砍掉|出售|卖掉|合并掉)|裁员名单|优化名单")
# Investigations of our own staff and proprietary parameters: internal by nature.
_INTERNAL_MATTERS_ZH = re.compile(
    r"怀疑[^。！？\n]{0,12}(?:有人|同事|员工|下属|经理|主管)[^。！？\n]{0,24}(?:私活|泄露|泄密|偷|挪用|虚报|造假|回扣|"
    r"做假账|侵占)|融资(?:黄了|推迟|延期|没谈成|谈崩)|(?:领投方?|投资方|投资人)(?:撤资|撤了|退出了|跑了)|"
    r"我们[^。！？\n]{0,16}(?:算法|模型|策略|风控|推荐|排序)[^。！？\n]{0,16}(?:权重|阈值|参数|系数)(?:是|为|设为|定在)")
_INTERNAL_MATTERS_EN = re.compile(
    r"(?i)(?<![a-z])(?:(?:suspect|think|believe) (?:that )?(?:someone|an? (?:employee|engineer|manager|colleague)|"
    r"our [\w ]{0,24}(?:manager|lead|engineer|rep|accountant)) (?:has been |is |was )?(?:fudging|stealing|leaking|"
    r"embezzl|falsif|padding|skimming|moonlighting|taking kickbacks)|"
    r"(?:lead )?investors? (?:pulled out|walked away|backed out)|"
    r"(?:series [a-f]|our round|the round|fundraise|funding round) (?:is |was |got )?(?:delayed|slipped|fell through|"
    r"collapsed)|our (?:[\w-]+ ){0,3}(?:model|algorithm|formula|ranking)[^.!?\n]{0,30}(?:weights?|thresholds?) "
    r"(?:is|are))")
_PLANNED_CUTS_EN = re.compile(
    r"(?i)(?<![a-z])(?:layoffs? (?:hit|will|are|is|planned)|(?:we(?:'re| are)|we will|we'll|planning to|plan to|"
    r"going to) (?:lay off|cut|close|shut|sell|exit|let go)|exploring a sale|(?:reduction|layoff|rif) list)(?![a-z])")
# Where a cut is someone else's news, or a secret is harmless (a surprise party), the cue says nothing.
_PUBLIC_OR_HARMLESS = re.compile(
    r"(?i)(?<![a-z])(?:news|reported|press|media|announced|public(?:ly)? (?:filed|listed)|surprise|birthday|"
    r"gift)(?![a-z])|新闻|媒体|报道|已经?(?:官宣|公告|公布|宣布|发布)|公示|官网|惊喜|生日|礼物")


class TopicDetector:
    """Confidential content that carries no identifier but a rule can see: a person's own medical
    condition (a medical term with a person as its subject), secrecy said in other words than the
    keywords, a cut or sale we plan, our negotiation limits or a dispute we are in — each only where
    the text is not a general question."""

    name = "topics"

    def __init__(self, entity_type: str = "TOPIC") -> None:
        self.entity_type = entity_type

    def detect(self, text: str) -> list[Entity]:
        if _GENERAL_QUESTION.search(text):
            return []
        found = []
        for terms, people in ((_MEDICAL_ZH, _PERSON_ZH), (_MEDICAL_EN, _PERSON_EN)):
            term = terms.search(text)
            if term is not None and people.search(text):
                found.append(Entity(self.entity_type, term.start(), term.end(), term.group(), 0.8, "topics:medical"))
        if not found and not _PUBLIC_OR_HARMLESS.search(text):
            for kind, pattern in (("secrecy", _SECRECY_ZH), ("secrecy", _SECRECY_EN),
                                  ("planned_cuts", _PLANNED_CUTS_ZH), ("planned_cuts", _PLANNED_CUTS_EN),
                                  ("negotiation", _NEGOTIATION_ZH), ("negotiation", _NEGOTIATION_EN),
                                  ("internal", _INTERNAL_MATTERS_ZH), ("internal", _INTERNAL_MATTERS_EN)):
                term = pattern.search(text)
                if term is not None:
                    found.append(Entity(self.entity_type, term.start(), term.end(), term.group(), 0.7,
                                        f"topics:{kind}"))
                    break
        return found[:1]
