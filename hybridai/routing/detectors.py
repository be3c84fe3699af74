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
from hybridai.routing.segmenter import load_jieba
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
_ANY_DIGIT_RE = re.compile(r"[0-9]")


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

    def ends(self, norm: str) -> list[int]:
        """Where each keyword in the text ends."""
        return [m.end() for m in self._regex.finditer(norm)]


class _ScanningDetector(abc.ABC):
    """Shared ``detect``: normalise once, scan, resolve same-detector overlaps."""

    name = ""
    # every form this detector reports holds an ASCII digit once normalised: a text without one is not scanned
    needs_digits = False

    def detect(self, text: str) -> list[Entity]:
        return resolve_overlaps(self.scan(normalize_digits(text), text))

    @abc.abstractmethod
    def scan(self, norm: str, text: str) -> list[Entity]:
        """Candidates found in ``norm`` (the normalised ``text``), possibly overlapping."""

    def _entity(self, entity_type: str, text: str, start: int, end: int, score: float = 1.0) -> Entity:
        return Entity(entity_type, start, end, text[start:end], score, self.name)


# --- PRC resident ID ----------------------------------------------------------------------

# 18 characters, optionally printed 6-8-4 with spaces or dashes.
_PRC_ID_RE = re.compile(r"(?<![0-9A-Za-z-])([0-9]{6})([ -]?)([0-9]{8})\2([0-9]{3}[0-9Xx])(?![0-9A-Za-z]|-[0-9])")


class PrcIdDetector(_ScanningDetector):
    """PRC resident identity numbers, validated by province, birth date and check character."""

    name = "prc_id"
    needs_digits = True

    def scan(self, norm: str, text: str) -> list[Entity]:
        return [self._entity(PRC_ID, text, m.start(), m.end()) for m in _PRC_ID_RE.finditer(norm)
                if validators.prc_id_valid(m.group(1) + m.group(3) + m.group(4))]


# --- payment cards ------------------------------------------------------------------------

# A run of digit groups joined by single spaces or dashes. Not after "+" (phone country code)
# nor after "1." (the fraction of a decimal number). After a comma, a thousands group is exactly
# three digits ("1,234,567") and a decimal fraction is contiguous ("0,45"): a group of four then a
# space or dash ("1001,6222 0232 …") starts a new CSV field, and so does a run of 13+ digits after
# a field of two or more ("129.00,4111…"), either of which may be a card.
_DIGIT_GROUPS_RE = re.compile(r"(?<![0-9A-Za-z+])(?:(?<![0-9][.,])|(?<=[0-9],)(?=[0-9]{4}[ -][0-9])"
                              r"|(?<=[0-9]{2},)(?=[0-9]{13}))[0-9]+(?:[ -][0-9]+)*(?![0-9A-Za-z])")


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


# An IBAN's country code and check digits right before a run of digits.
_IBAN_HEAD_BEFORE_RE = re.compile(r"(?<![0-9A-Za-z])([A-Z]{2})[0-9]{2} ?$")


class BankCardDetector(_ScanningDetector):
    """Payment card numbers: Luhn-valid, plausible issuer prefix and length, printed contiguous
    or in a usual grouping. A run of groups is searched group-aligned, so a card followed by
    an expiry ("4111 1111 1111 1111 12/25") or two cards in a row are still found."""

    name = "bank_card"
    needs_digits = True

    def scan(self, norm: str, text: str) -> list[Entity]:
        found: list[Entity] = []
        for run in _DIGIT_GROUPS_RE.finditer(norm):
            iban_head = _IBAN_HEAD_BEFORE_RE.search(norm, max(0, run.start() - 6), run.start())
            if iban_head and iban_head.group(1) in validators.IBAN_LENGTHS:
                continue  # "DE32 6184 9567 …": the body of an IBAN (valid or mistyped), not a card
            groups = [(g.start(), g.end()) for g in _DIGITS_RE.finditer(norm, run.start(), run.end())]
            if self._one_long_number(norm, groups, run.end()):
                continue  # "6216 6163 2580 5414 793": one mistyped 19-digit number, not a card and three digits
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
    def _one_long_number(norm: str, groups: list[tuple[int, int]], end: int) -> bool:
        """Whether a run of 17-19 digits printed in one card grouping (4-4-4-4-3) is a single number that
        fails the card checks as a whole; its 16-digit head must then not be taken for a card. An expiry
        right after ("4111 1111 1111 1111 12/25") makes the last group something else."""
        lengths = [stop - start for start, stop in groups]
        separators = {norm[groups[k - 1][1]:groups[k][0]] for k in range(1, len(groups))}
        if not 17 <= sum(lengths) <= 19 or len(separators) != 1 or norm[end:end + 1] == "/":
            return False
        if not _card_grouping_ok(lengths, complete=True):
            return False
        digits = "".join(norm[start:stop] for start, stop in groups)
        return not validators.payment_card_valid(digits)

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
    needs_digits = True

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
_SSN_AFTER_WORD_RE = re.compile(
    r"(?<![0-9A-Za-z-])[A-Za-z#][0-9A-Za-z#-]*[0-9][ .]([0-9]{3}([- ])[0-9]{2}\2[0-9]{4})(?![0-9A-Za-z]|[- .][0-9])")
_SSN_BARE_RE = re.compile(r"(?<![0-9A-Za-z-])[0-9]{9}(?![0-9A-Za-z])")
# 社保号 / 社会安全码 before nine digits: a Chinese speaker's name for the US SSN (China's own social-insurance number
# is the 18-character resident ID or a longer card number, and a nine-digit one must still pass the SSA checks).
_SSN_KEYWORDS = _ContextKeywords("ssn", "social security", "social-security", "社会安全号", "社会保障号", "社安号",
                                 "社保号", "社会安全码", "社安码")
# "confirm my social: 145223519", "her social is …": "social" alone names the SSN after a possessive.
_SOCIAL_CUE_RE = re.compile(r"(?i)(?<![a-z])(?:my|his|her|your|their|our|[a-z]+'s)[ \t]+social(?![a-z \t]*(?:media|"
                            r"worker|club|event|life|skills|anxiety|circle|network|account|handle|profile|post))")
# Nine bare digits found where they should not be ("Found 445559954 in a support ticket attachment", "日志里发现了
# 445559954"): what turns up in a file, ticket or dump with no label of its own is read as the SSN it is shaped like.
_DISCOVERY_CUE_RE = re.compile(r"(?i)(?<![a-z])(?:found|leak(?:ed|s|ing)?|exposed?|appear(?:s|ed)?|show(?:s|ed)? up"
                               r"|turn(?:s|ed)? up|posted|pasted|spotted|discovered|surfaced)(?![a-z])"
                               r"|发现|泄露|泄漏|暴露|出现|曝光|贴出")
# ... unless it is labelled as something else (order 445559954, Build #402002518, 工单号 445559954)
_NOT_SSN_LABEL_BEFORE_RE = re.compile(
    r"(?i)(?:order|invoice|ticket|tracking|account|acct|amount|phone|tel|fax|case|ref|reference|po|sku|transaction|txn"
    r"|routing|zip|serial|build|version|pid|port|job|run|issue|pr|commit|id|no|#|订单|单号|工单|账号|帐号|金额|电话"
    r"|编号|快递|运单|流水|序列)[ \t#:：.=号]*$")
# ... or counted ("found 445559954 rows"): a word after it must be a preposition, conjunction or verb.
_AFTER_FOUND_NUMBER_RE = re.compile(r"[ \t]*(?:$|[^A-Za-z \t]|(?:in|on|at|inside|within|among|from|and|when|while"
                                    r"|during|which|that|is|was|were|got|leaked|appears|appeared|showed|shows|turned"
                                    r"|sits|sat)(?![A-Za-z]))")
# The agency or the papers that carry an SSN ("SSA letter says 821866655 has a name mismatch", "my W-2 shows
# 821866655", "社安局说 821866655 姓名不符"): nine bare digits in the same sentence as one of them are the SSN
# they name.
_SSA_CUE_HINTS = ("ssa", "social", "w-2", "w2", "i-9", "ss-5", "社安", "社会安全", "社会保障")
_SSA_CUE_RE = re.compile(
    r"(?i)(?<![a-z0-9])(?:ssa|social[ \t-]+security(?:[ \t]+(?:administration|admin|office|card|number|benefits?))?"
    r"|(?:form[ \t]+)?(?:w-?2|i-9|ss-5)(?:[ \t]+form)?)(?![a-z0-9-])"
    r"|美国社安局|社安局|社安卡|社会安全局|社会安全卡|社会保障局|社会保障卡")
# A card lost, stolen or being replaced, with nine bare digits given as "the number" ("lost my card, number is
# 707344934", "need a replacement card — my number: 707344934", "card got stolen, the nine-digit number on it is …"):
# the only nine-digit number a US card carries is the SSN. Bank, gift, SIM or ID cards and licences carry their own
# numbers (16 digits, or nine in some states' licences), so a text naming one of them is left alone.
_CARD_LOSS_RE = re.compile(
    r"(?i)(?<![a-z])(?:lost|lose|losing|misplaced|stolen|replace|replacing|replacement|reissued?|damaged|new)"
    r"(?![a-z])[^.!?\n]{0,30}(?<![a-z])card(?![a-z])"
    r"|(?<![a-z])card(?![a-z])[^.!?\n]{0,25}(?<![a-z])(?:lost|stolen|missing|replac(?:e|ed|ement))(?![a-z])"
    r"|卡(?:丢了|丢失|被偷|补办)|(?:补办|挂失|丢了)[^。！？\n]{0,6}卡")
_GENERIC_NUMBER_ANCHOR_RE = re.compile(r"(?i)(?<![a-z])(?:number|no\.|num|#)(?![a-z])|号码|卡号")
_OTHER_CARD_RE = re.compile(
    r"(?i)(?<![a-z])(?:credit|debit|bank|atm|visa|mastercard|amex|gift|library|loyalty|rewards?|member(?:ship)?|sim"
    r"|student|insurance|health|medicare|medicaid|metro|transit|bus|key|hotel|business|sd|memory|graphics|video|sound"
    r"|network|report|green|ebt|snap|license|licen[cs]e|driver'?s?|dl|permit|state[ \t]+id|id|passport|employee"
    r"|badge|access|phone|mobile|cell|tracking|order|account|acct|routing|pin|cvv)(?![a-z])"
    r"|银行|信用|借记|储蓄|公交|地铁|会员|手机|电话|身份证|驾照|门禁|饭卡|校园|学生|医保|社保卡")
# A count: a plural noun right after the number ("123456789 claims"), not a verb ("821866655 has", "… was").
_COUNTED_AFTER_RE = re.compile(
    r"[ \t]+(?!(?:has|was|is|does|says|looks|belongs|matches|shows|appears|seems|gets|goes|comes)(?![a-z]))"
    r"[a-z]+s(?![a-z])|[ \t]*(?:个|人|条|份|元|美元|次|笔)")
# Tabular records (CSV, TSV, pipe or semicolon rows): a field of nine bare digits.
_FIELD_SEPARATORS = ",|\t;"
_SSN_FIELD_RE = re.compile(r"(?:^|(?<=[,|\t;]))[ \t\"']*([0-9]{9})[ \t\"']*(?=[,|\t;]|$)", re.MULTILINE)
_NINE_DIGIT_FIELD_RE = re.compile(r"[ \t\"']*([0-9]{9})[ \t\"']*")
# A header field naming an SSN column: ssn, SSN#, ss_no, soc_sec_num, social_security_number, 社会安全号
_SSN_COLUMN_RE = re.compile(
    r"(?i)[ \t\"'*`]*(?:ssn|ss[ _.-]?(?:#|no|num(?:ber)?)|ssn[ _.-]?(?:#|no|num(?:ber)?|id)"
    r"|soc(?:ial)?[ _.-]*sec(?:urity)?(?:[ _.-]*(?:#|no|num(?:ber)?|id))?|社会安全号码?|社会保障号码?|社安号)"
    r"[ \t\"'*`:：]*")
# Words for a personnel record: a nine-digit field in a row that also holds a name is most likely the SSN there.
_PERSONNEL_RECORD_KEYWORDS = _ContextKeywords(
    "payroll", "employee", "w-2", "w2", "1099", "i-9", "hr export", "personnel", "new hire", "onboarding", "applicant",
    "tenant", "patient", "工资", "薪资", "员工", "人事", "花名册")
# A name field of such a row: two or three words of letters ("zhong haoran", "Fatima Al-Zahrani").
_NAME_FIELD_RE = re.compile(r"[ \t\"']*[A-Za-z][A-Za-z'.-]+(?: [A-Za-z][A-Za-z'.-]+){1,2}[ \t\"']*")


def _split_fields(line: str) -> tuple[str, list[str]] | None:
    """The separator and fields of a tabular line (the separator it uses most), None for prose."""
    counts = {sep: line.count(sep) for sep in _FIELD_SEPARATORS}
    separator = max(counts, key=lambda sep: counts[sep])
    if counts[separator] < 1:
        return None
    return separator, line.split(separator)


def _tabular_ssn_spans(norm: str) -> list[tuple[int, int]]:
    """Nine-digit fields of a table that are SSNs: in a column whose header names an SSN, or, in a personnel
    record without a header, on a row that also holds a name field ("zhong haoran|829495395|15000")."""
    if not _SSN_FIELD_RE.search(norm):
        return []
    spans: list[tuple[int, int]] = []
    lowered = norm.lower()
    personnel = _PERSONNEL_RECORD_KEYWORDS.mentioned(lowered)
    ssn_columns: dict[str, set[int]] = {}
    headed: set[str] = set()  # separators of tables with a header row: their columns are named
    offset = 0
    for line in norm.split("\n"):
        split = _split_fields(line)
        if split is not None:
            separator, fields = split
            header = {index for index, field in enumerate(fields) if _SSN_COLUMN_RE.fullmatch(field)}
            if header:
                ssn_columns[separator] = header
            if not any(c.isdigit() for c in line):
                headed.add(separator)
            start = offset
            named = any(_NAME_FIELD_RE.fullmatch(field.rsplit(":", 1)[-1]) for field in fields)
            for index, field in enumerate(fields):
                m = _NINE_DIGIT_FIELD_RE.fullmatch(field)
                if m and validators.us_ssn_valid(m.group(1)) and (
                        index in ssn_columns.get(separator, ())
                        or (personnel and separator not in headed and len(fields) >= 3 and named)):
                    spans.append((start + m.start(1), start + m.end(1)))
                start += len(field) + 1
        offset += len(line) + 1
    return spans


# A number given as the answer to its keyword later in the same sentence: "my passport no. for check-in, it's
# 609660459", "SSN 890-01-5348 as mine and my wife's is 114330132", "护照号码我看一下，是E12345678". The number follows
# "is", "it's", a colon or a dash; the sentence may not end nor name another kind of number (order, phone) between.
_ANSWER_CUE_BEFORE_RE = re.compile(r"(?i)(?:(?<![a-z])(?:is|was|it's|its|it is|are)|[:：=—–-]|是|为)[ \t]*$")
_SENTENCE_BREAK_RE = re.compile(r"[!?。！？\n]|\.(?=[ \t]+[A-Z])")
_OTHER_NUMBER_NAME_RE = re.compile(
    r"(?i)(?<![a-z])(?:order|invoice|ticket|tracking|account|acct|phone|mobile|cell|tel|fax|case|booking|confirmation"
    r"|reservation|flight|ref|reference|zip|postcode|routing|member(?:ship)?|loyalty|visa|license|licence)(?![a-z])"
    r"(?![ \t]+(?:form|page|site|system|app|portal|office|desk))"  # "the booking form": no number of its own
    r"|订单|单号|工单|账号|帐号|电话|手机|编号|快递|运单|预订|航班|签证")


def _answers_keyword(norm: str, start: int, anchor_end: int) -> bool:
    """Whether the number at ``start`` answers the keyword or value ending at ``anchor_end`` in the same sentence."""
    between = norm[anchor_end:start]
    return (len(between) <= 60 and _ANSWER_CUE_BEFORE_RE.search(between) is not None
            and _SENTENCE_BREAK_RE.search(between) is None and _OTHER_NUMBER_NAME_RE.search(between) is None)


def _lost_card_numbers(norm: str, bare: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Nine bare SSA-valid digits given as "the number" in a text about a lost or replaced card of no other kind."""
    if not bare or _CARD_LOSS_RE.search(norm) is None or _OTHER_CARD_RE.search(norm) is not None:
        return []
    anchors = [a.end() for a in _GENERIC_NUMBER_ANCHOR_RE.finditer(norm)]
    return [(m.start(), m.end()) for m in bare
            if validators.us_ssn_valid(m.group()) and any(a <= m.start() and _answers_keyword(norm, m.start(), a)
                                                          for a in anchors)]


class UsSsnDetector(_ScanningDetector):
    """US Social Security numbers: ``ddd-dd-dddd`` / ``ddd dd dddd`` anywhere; nine bare digits right after
    an SSN keyword, as the answer to one later in the sentence, in an SSN column, or found where they should not
    be."""

    name = "us_ssn"
    needs_digits = True

    def scan(self, norm: str, text: str) -> list[Entity]:
        if sum(map(norm.count, _ASCII_DIGITS)) < 9:
            return []  # every form (formatted, bare, a table field) holds nine ASCII digits: nothing to scan
        lowered = norm.lower()
        formatted = list(_SSN_RE.finditer(norm))
        bare = list(_SSN_BARE_RE.finditer(norm))  # nine bare digits: read once, judged by each rule below
        found = [self._entity(US_SSN, text, m.start(), m.end()) for m in formatted
                 if validators.us_ssn_valid(m.group())]
        # After a token that holds letters ("W-4 062-90-1156", "SSN#1 123 45 6789") the number is no slice
        # of a longer run of digit groups, which is what _SSN_RE's look-behind keeps out.
        found.extend(self._entity(US_SSN, text, m.start(1), m.end(1)) for m in _SSN_AFTER_WORD_RE.finditer(norm)
                     if validators.us_ssn_valid(m.group(1)))
        keyword = _SSN_KEYWORDS.mentioned(lowered)
        if keyword:
            found.extend(self._entity(US_SSN, text, m.start(), m.end(), _CONTEXT_SCORE)
                         for m in bare
                         if validators.us_ssn_valid(m.group()) and _SSN_KEYWORDS.before(norm, m.start(), 24))
        found.extend(self._entity(US_SSN, text, start, end, _CONTEXT_SCORE) for start, end in _tabular_ssn_spans(norm))
        anchors = [m.end() for m in formatted]
        if anchors or keyword or "social" in lowered:
            anchors += _SSN_KEYWORDS.ends(norm)
            anchors += [m.end() for m in _SOCIAL_CUE_RE.finditer(norm)]
            found.extend(self._entity(US_SSN, text, m.start(), m.end(), _CONTEXT_SCORE)
                         for m in bare
                         if validators.us_ssn_valid(m.group())
                         and any(a <= m.start() and _answers_keyword(norm, m.start(), a) for a in anchors))
        if bare and _DISCOVERY_CUE_RE.search(norm):  # the cue is looked for only where a bare number could use it
            found.extend(self._entity(US_SSN, text, m.start(), m.end(), _CONTEXT_SCORE)
                         for m in bare if self._found_bare_number(norm, m))
        if bare and any(hint in lowered for hint in _SSA_CUE_HINTS):
            cues = [(c.start(), c.end()) for c in _SSA_CUE_RE.finditer(norm)]
            if cues:
                found.extend(self._entity(US_SSN, text, m.start(), m.end(), _CONTEXT_SCORE)
                             for m in bare
                             if validators.us_ssn_valid(m.group()) and self._named_by_its_papers(norm, m, cues))
        if bare and ("card" in lowered or "卡" in norm):
            found.extend(self._entity(US_SSN, text, start, end, _CONTEXT_SCORE)
                         for start, end in _lost_card_numbers(norm, bare))
        return found

    @staticmethod
    def _named_by_its_papers(norm: str, m: re.Match[str], cues: list[tuple[int, int]]) -> bool:
        """An SSA or W-2/I-9 cue in the same sentence, at most 60 characters before the number or 40 after it, with no
        other kind of number named between them ("SSA case number 821866655" is the case's)."""
        if (_NOT_SSN_LABEL_BEFORE_RE.search(norm, max(0, m.start() - 16), m.start())
                or norm[max(0, m.start() - 1):m.start()] in ("$", "¥", "€", "£")
                or _COUNTED_AFTER_RE.match(norm, m.end())):
            return False  # "SSA case number 821866655", "paid $123456789", "processed 123456789 claims"
        for cue_start, cue_end in cues:
            if cue_end <= m.start() and m.start() - cue_end <= 60:
                between = norm[cue_end:m.start()]
            elif cue_start >= m.end() and cue_start - m.end() <= 40:
                between = norm[m.end():cue_start]
            else:
                continue
            if _SENTENCE_BREAK_RE.search(between) is None and _OTHER_NUMBER_NAME_RE.search(between) is None:
                return True
        return False

    @staticmethod
    def _found_bare_number(norm: str, m: re.Match[str]) -> bool:
        window = norm[max(0, m.start() - 30):m.end() + 30]
        return (validators.us_ssn_valid(m.group()) and _DISCOVERY_CUE_RE.search(window) is not None
                and not _NOT_SSN_LABEL_BEFORE_RE.search(norm, max(0, m.start() - 16), m.start())
                and _AFTER_FOUND_NUMBER_RE.match(norm, m.end()) is not None)


# --- passports ----------------------------------------------------------------------------

# PRC ordinary passports: E/G + 8 digits, and the newer E + letter (not I/O) + 7 digits.
_PRC_PASSPORT_RE = re.compile(r"(?<![0-9A-Za-z])(?:[EG][0-9]{8}|E[A-HJ-NP-Z][0-9]{7})(?![0-9A-Za-z])")
# Other countries vary too much to report without a keyword: 1-2 letters + 6-9 digits
# (US, IN, JP, CA, ...), 9 digits (US, UK), 2 digits + 2 letters + 5 digits (FR), and 8-9
# upper-case letters and digits mixed (DE "C01X00T47").
_OTHER_PASSPORT_RE = re.compile(
    r"(?<![0-9A-Za-z])(?:[A-Za-z]{1,2}[0-9]{6,9}|[0-9]{9}|[0-9]{2}[A-Za-z]{2}[0-9]{5}"
    r"|(?=[A-Z]*[0-9])(?=[0-9]*[A-Z])[A-Z0-9]{8,9})(?![0-9A-Za-z])")
# German passports draw 9 characters from an alphabet without vowels (C F G H J K L M N P R T V W X Y Z and digits), so
# they can be letters only ("CCGTYKKJJ"); nine capitals without a vowel are no word, but still need a passport keyword.
_VOWELLESS_PASSPORT_RE = re.compile(r"(?<![0-9A-Za-z])[CFGHJKLMNPRTVWXYZ]{9}(?![0-9A-Za-z])")
# A product, part or order label right before "E50512482": a business number of passport shape.
_PART_NUMBER_LABEL_RE = re.compile(
    r"(?i)(?:型号|料号|物料|零件|部件|(?<!证)件号|订单号?|单号|批次|批号|工单|货号|sku|part(?: number| no\.?| #)?|p/n|"
    r"model|serial(?: number| no\.?)?|item|order(?: number| no\.?| #)?|invoice(?: number| no\.?)?)"
    r"[ \t]*[:：#=]?[ \t]*$")
_PASSPORT_KEYWORDS = _ContextKeywords("护照", "通行证", "旅行证", "passport", "travel document")
# A document number named generically ("证件号 G61135820", "document no. E12345678"): a part label cannot claim it.
_DOCUMENT_NUMBER_KEYWORDS = _ContextKeywords("证件", "證件", "document no", "document number", "doc no", "travel doc",
                                             "id no", "id number")
# "护照号写成了G1234567，系统说位数不对", "passport no. E1234567 is one digit short": the writer says the number has a
# digit too few or too many (a PRC number with one missing reads like a foreign one), so it is nobody's passport
# number but a near miss. A system calling a full number "invalid" says nothing of the kind (passport_no=E70938848
# invalid is someone's).
_MALFORMED_NUMBER_AFTER_RE = re.compile(
    r"(?i)位数不对|位数错|位数不够|少了?一位|多了?一位|少打了?一位|多打了?一位|缺了?一位|漏了?一位|"
    r"(?<![a-z])(?:(?:one|a) digit (?:short|too many|missing)|missing a digit|wrong (?:length|number of digits)"
    r"|too (?:few|many) digits)")


# What links the items of a list: a comma, "and", "the other one", "另一个是", "还有".
_CHAIN_LINK_RE = re.compile(r"(?i)[,，、;；/&]"
                            r"|(?<![a-z])(?:and|or|plus|one|another|other|second|hers|his|theirs)(?![a-z])"
                            r"|另一个|另外一个|另一本|还有|以及|和|跟|与|第二个")


def _near_miss_passport(norm: str, m: re.Match[str]) -> bool:
    return _MALFORMED_NUMBER_AFTER_RE.search(norm, m.end(), m.end() + 30) is not None


class PassportDetector(_ScanningDetector):
    """PRC passport numbers always; other passport-shaped numbers after a passport keyword."""

    name = "passport"

    def scan(self, norm: str, text: str) -> list[Entity]:
        found = [self._entity(PASSPORT, text, m.start(), m.end()) for m in _PRC_PASSPORT_RE.finditer(norm)
                 if not _PART_NUMBER_LABEL_RE.search(norm, max(0, m.start() - 16), m.start())
                 or _PASSPORT_KEYWORDS.before(norm, m.start(), 20)
                 or _DOCUMENT_NUMBER_KEYWORDS.before(norm, m.start(), 12)]
        if _PASSPORT_KEYWORDS.mentioned(norm.lower()):
            found.extend(self._entity(PASSPORT, text, m.start(), m.end(), _CONTEXT_SCORE)
                         for pattern in (_OTHER_PASSPORT_RE, _VOWELLESS_PASSPORT_RE)
                         for m in pattern.finditer(norm)
                         if _PASSPORT_KEYWORDS.before(norm, m.start(), 20) and not _near_miss_passport(norm, m))
            anchors = _PASSPORT_KEYWORDS.ends(norm)
            found.extend(self._entity(PASSPORT, text, m.start(), m.end(), _CONTEXT_SCORE)
                         for m in _OTHER_PASSPORT_RE.finditer(norm)
                         if any(a <= m.start() and _answers_keyword(norm, m.start(), a) for a in anchors)
                         and not _near_miss_passport(norm, m))
            found.extend(self._chained(norm, text, found))
        return found

    def _chained(self, norm: str, text: str, found: list[Entity]) -> list[Entity]:
        """Passport-shaped values listed after a passport found ("passport 91VW57856, Canadian one PE869933",
        "护照号 E12345678，另一个是 EA7654321"): one keyword names the whole list."""
        ends = sorted({e.end for e in found})
        starts = {e.start for e in found}
        chained: list[Entity] = []
        for m in _OTHER_PASSPORT_RE.finditer(norm):
            if m.start() in starts or _near_miss_passport(norm, m):
                continue
            previous = max((end for end in ends if end <= m.start()), default=None)
            if previous is None or m.start() - previous > 40:
                continue
            between = norm[previous:m.start()]
            if (_CHAIN_LINK_RE.search(between) and not any(c.isdigit() for c in between)
                    and _SENTENCE_BREAK_RE.search(between) is None and _OTHER_NUMBER_NAME_RE.search(between) is None):
                chained.append(self._entity(PASSPORT, text, m.start(), m.end(), _CONTEXT_SCORE))
                ends.append(m.end())
        return chained


# --- IP addresses -------------------------------------------------------------------------

# Not part of a longer dotted string (1.2.3.4.5) nor glued to a letter (v1.2.3.4).
# A letter run may follow when Chinese comes right after it (服务器172.18.90.67ping不通): no ASCII word goes on.
# Glued after the word "IP" itself it is the address it names (这个IP220.159.70.152是哪里的, ipv410.0.0.5).
_IPV4_RE = re.compile(r"(?<![0-9.])(?:(?<![A-Za-z])|(?<=(?<![A-Za-z])[Ii][Pp])|(?<=(?<![A-Za-z])[Ii][Pp][Vv]4))"
                      r"(?:[0-9]{1,3}\.){3}[0-9]{1,3}"
                      r"(?![0-9]|\.[0-9]|[A-Za-z](?![A-Za-z]*[\u4e00-\u9fff]))")
# Loose IPv6 shape (hex groups with at least two colons, optional IPv4 tail and %zone);
# ipaddress decides what is really an address.
_IPV6_RE = re.compile(
    r"(?<![0-9A-Za-z:.%])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]{1,4})?"
    r"(?:%[0-9A-Za-z_.-]+)?(?![0-9A-Fa-f:])")
# Glued to a word ("fd5c:dbf2:7651::d8ping"): only with three or more hex groups, not code like "ab::c1x".
_IPV6_GLUED_MIN_GROUPS = 3
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


# The standard blocks as a whole (RFC 1918 private, RFC 6598 shared, link-local, multicast, "any"): textbook ranges,
# not one network's; 10.20.0.0/16 is somebody's subnet and 10.46.185.81/32 a host.
_STANDARD_BLOCKS = frozenset({"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16",
                              "224.0.0.0/4", "240.0.0.0/4", "0.0.0.0/0",
                              # IPv6 unique-local, link-local, multicast, global unicast and NAT64 blocks (fd00::/8)
                              "fc00::/7", "fd00::/8", "fe80::/10", "ff00::/8", "2000::/3", "64:ff9b::/96", "::/0"})
_PREFIX_LENGTH_RE = re.compile(r"/[0-9]{1,2}(?![0-9])")


def _is_network_range(norm: str, m: re.Match[str]) -> bool:
    prefix = _PREFIX_LENGTH_RE.match(norm, m.end())
    return prefix is not None and m.group().lower() + prefix.group() in _STANDARD_BLOCKS


_DIGIT_DOT_DIGIT_RE = re.compile(r"[0-9]\.[0-9]")


class IpAddressDetector(_ScanningDetector):
    """IPv4 and IPv6 addresses, private ranges included; loopback, unspecified, netmasks and
    documentation ranges are skipped."""

    name = "ip_address"

    def scan(self, norm: str, text: str) -> list[Entity]:
        found: list[Entity] = []
        # every IPv4 address holds "digit.digit" and every IPv6 one two colons: a cheap test skips the scans
        for m in _IPV4_RE.finditer(norm) if _DIGIT_DOT_DIGIT_RE.search(norm) else ():
            if (validators.ipv4_valid(m.group()) and _reportable_ip(ipaddress.IPv4Address(m.group()))
                    and not _VERSION_CONTEXT_RE.search(norm, max(0, m.start() - 12), m.start())
                    and not _is_network_range(norm, m)):
                found.append(self._entity(IP_ADDRESS, text, m.start(), m.end()))
        if norm.count(":") >= 2:
            for m in _IPV6_RE.finditer(norm):
                candidate = m.group()
                # Requiring a decimal digit skips code like "Dead::Beef" that parses as IPv6.
                glued_to_word = norm[m.end():m.end() + 1].isascii() and norm[m.end():m.end() + 1].isalpha()
                if glued_to_word and sum(1 for group in candidate.split(":") if group) < _IPV6_GLUED_MIN_GROUPS:
                    continue
                if any(c.isdigit() for c in candidate) and validators.ipv6_valid(candidate) \
                        and _reportable_ip(ipaddress.IPv6Address(candidate.split("%", 1)[0])) \
                        and not _is_network_range(norm, m):
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


def _is_dummy_number(phone: str) -> bool:
    """13800000000, +86 139 0000 0000: a number whose last seven digits are all zero is a placeholder in test
    data and forms, no one's line (8888 8888 is a real, costly business number)."""
    digits = "".join(c for c in normalize_digits(phone) if c.isdigit())
    return len(digits) >= 10 and digits.endswith("0000000")


_ASCII_DIGITS = "0123456789"


# Four-digit groups joined by one space or dash: the shape of a printed card number.
_FOUR_DIGIT_GROUP_BEFORE_RE = re.compile(r"(?<![0-9A-Za-z])[0-9]{4}([ -])$")
_CARD_GROUPS_RE = re.compile(r"[0-9]{4}(?:([ -])[0-9]{4}){2,3}(?:\1[0-9]{1,3})?(?![0-9A-Za-z]|[ -][0-9])")


def _inside_card_grouping(norm: str, start: int, end: int) -> bool:
    """Whether a number found at ``start:end`` is the tail of a card printed 4-4-4-4(-3), valid or mistyped
    ("Card 4136 0471 8825 1420 was rejected": 0471 8825 1420 is no landline)."""
    head = _FOUR_DIGIT_GROUP_BEFORE_RE.search(norm, max(0, start - 16), start)
    while head is not None:  # walk back over the groups before it
        group_start = head.start()
        head = _FOUR_DIGIT_GROUP_BEFORE_RE.search(norm, max(0, group_start - 6), group_start)
        if head is None:
            card = _CARD_GROUPS_RE.match(norm, group_start)
            return card is not None and card.end() >= end
    return False


def _inside_iban_shape(norm: str, start: int) -> bool:
    """Whether a number starting at ``start`` lies in the body of an IBAN-shaped token, valid or mistyped
    ("CH78 0839 0600 2513 1179 1"): country letters, check digits, then groups; a number that starts past
    that country's IBAN length follows the IBAN instead."""
    if not any(c.isupper() for c in norm[max(0, start - 40):start]):
        return False  # no capital letter before it: no country code, no IBAN it could belong to
    for m in _IBAN_RE.finditer(norm, max(0, start - 40), start + 40):
        country = m.group(1)
        if m.start() < start < m.end() and country in validators.IBAN_LENGTHS:
            characters_before = sum(c.isalnum() for c in norm[m.start():start])
            return characters_before < validators.IBAN_LENGTHS[country]
    return False


class PhoneDetector(_ScanningDetector):
    """Mainland mobiles and landlines, North American numbers, international numbers with a
    ``+``/``00`` prefix checked against national lengths, and other 7-12 digit numbers only
    right after a phone keyword. Bare digit runs (order numbers, ISBNs, dates) are not phones."""

    name = "phone"
    needs_digits = True

    def scan(self, norm: str, text: str) -> list[Entity]:
        # a mobile, a landline, a North American number and a number after a phone keyword all have 7 or more ASCII
        # digits, an international one a "+" or "00": cheap counts skip the scans on most texts with a digit
        seven_digits = sum(map(norm.count, _ASCII_DIGITS)) >= 7
        found = [self._entity(PHONE, text, m.start(), m.end())
                 for m in (_MOBILE_RE.finditer(norm) if seven_digits else ())
                 if m.group("cc") or m.group("sep") or not self._looks_like_amount(norm, m.start(), m.end())]
        if seven_digits:
            found.extend(self._entity(PHONE, text, m.start(), m.end()) for m in _LANDLINE_RE.finditer(norm))
            found.extend(self._entity(PHONE, text, m.start(), m.end()) for m in _NANP_RE.finditer(norm))
        for m in _INTERNATIONAL_RE.finditer(norm) if "+" in norm or "00" in norm else ():
            end = self._international_end(norm, m.start(), m.end())
            if end is not None:
                found.append(self._entity(PHONE, text, m.start(), end))
        if seven_digits and _PHONE_KEYWORDS.mentioned(norm.lower()):
            for m in _KEYWORD_NUMBER_RE.finditer(norm):
                digit_count = sum(c.isdigit() for c in m.group())
                if 7 <= digit_count <= 12 and _PHONE_KEYWORDS.before(norm, m.start(), 12):
                    found.append(self._entity(PHONE, text, m.start(), m.end(), _CONTEXT_SCORE))
        return [e for e in found if not _is_dummy_number(e.text) and not _inside_iban_shape(norm, e.start)
                and not _inside_card_grouping(norm, e.start, e.end)]

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
    | gh[pousr]_[A-Za-z0-9]{20,}                             # GitHub tokens (36 long; copies get truncated)
    | github_pat_[A-Za-z0-9_]{22,}
    | glpat-[A-Za-z0-9_-]{20,}                               # GitLab personal access token
    | (?:xox[baprs]|xapp)-[A-Za-z0-9-]{10,}                  # Slack
    | npm_[A-Za-z0-9]{20,36}(?![A-Za-z0-9])                  # npm (36 long; copies get truncated)
    | hf_[A-Za-z0-9]{20,}                                    # Hugging Face
    | pypi-[A-Za-z0-9_-]{30,}                                # PyPI upload token
    | LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])                  # Alibaba Cloud AccessKey ID
    | AKID[A-Za-z0-9]{13,40}(?![A-Za-z0-9])                  # Tencent Cloud SecretId
    | SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}               # SendGrid
    | AIza[0-9A-Za-z_-]{28,35}(?![A-Za-z0-9_-])              # Google API key
    | [sr]k_live_[0-9A-Za-z]{16,}                            # Stripe live keys
    | eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*   # JWT
    )""", re.VERBOSE)
_PEM_RE = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?P<body>[A-Za-z0-9+/=\s:,.-]*?)"
    r"(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|(?=[^A-Za-z0-9+/=\s:,.-])|\Z)")
_NOT_BASE64_RE = re.compile(r"[^A-Za-z0-9+/]")
# scheme://user:password@host/path: the whole URL is the credential (a DB or package-index URL
# is useless to anyone without its host). The user may be empty (redis://:pw@host). The password
# may itself hold "@", "#", "?", "/" or "%" unescaped, as people paste it: the last "@" before the
# host ends it; a port and path (localhost:3000/users/a@b) are no password.
_URL_CREDENTIAL_RE = re.compile(
    r"(?i)(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,15}://(?P<user>[^\s:/@]*):"
    r"(?P<password>(?![0-9]{1,5}(?:[/?#]|$))[!-~]+)@(?P<host>[^\s/?#@\"'<>]+)"
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
# DEPLOY_KEY=79eb…, WEBHOOK_KEY: "…": any *_KEY name holding generated key material (20+ hex or base64 characters
# with digits and letters) is a key; names of hashes, ids and lookups (COMMIT_SHA_KEY, CACHE_KEY, PRIMARY_KEY) are not.
_ANY_KEY_NAME_RE = re.compile(
    r"(?i)(?<![a-z])(?!(?:[a-z0-9]+[_.-])*(?:commit|sha\d*|hash|checksum|etag|digest|md5|cache|primary|foreign|sort"
    r"|partition|public|pub|idempotency|lookup|dedup|row|map|dict|hotkey|short)(?:[_.-]|key))[a-z0-9_.-]*[_.-]key$")
_KEY_MATERIAL_RE = re.compile(r"(?=[^\s]*[0-9])(?=[^\s]*[A-Za-z])[A-Za-z0-9+/_=-]{20,128}")
# "my password is hunter2": prose, so the value must not be a plain word.
_PASSWORD_WORD = r"(?:pass?wo?rd|passcode|passphrase|pin|pass|pwd|pw)"  # "pasword" typos too
_NAMED_THING = r"[\"'‘“]?[\w.@-]+[\"'’”]?"
_NOW = r"(?:now|still|currently|just|actually|simply)"
_SET_TO = r"(?:changed|reset|set|updated|rotated|switched)[ \t]+to"
# What a password or code opens, then its verb: "for the vpn", "in the 5th floor meeting room", "for 'Guest-5F'"
# (what it opens may be quoted); "is", "is now", "was changed to", "has been reset to", "got updated to".
_FOR_WHAT = (rf"(?:[ \t]+(?:for|of|to|on|in|at)[ \t]+(?:the[ \t]+)?{_NAMED_THING}"
             rf"(?:[ \t]+{_NAMED_THING}){{0,4}})?")
_IS_NOW = (rf"(?:[ \t]+(?:is|was)(?:[ \t]+{_NOW})?(?:[ \t]+{_SET_TO})?"
           rf"|[ \t]+(?:(?:has[ \t]+been|have[ \t]+been|got|{_NOW})[ \t]+)?{_SET_TO})")
_PROSE_RE = re.compile(rf"(?i)(?<![a-z])(?:{_PASSWORD_WORD}"
                       # "pass for the vpn is", "pw for the shared jira admin acct: X", "is now X", "was changed to X"
                       rf"{_FOR_WHAT}(?:{_IS_NOW}[ \t]*:?|[ \t]*[:：](?=[ \t]))"
                       # "ssh in with password X", "log in using the passphrase: X", "w/ pw X"
                       r"|(?:with|using|via|w/)[ \t]+(?:(?:the|a|my|his|her|our|their|your|its)[ \t]+)?(?:new[ \t]+)?"
                       rf"{_PASSWORD_WORD}[ \t]*[:：]?"
                       r"|(?:pw|pwd|pin)[ \t]*[:：])"  # "pw: X" in a note (pass:/password: are assignments)
                       rf"[ \t]*{_VALUE}")
# "user ops, password qingdao_1990!", "pw Sunflower#1984": the password word right before its value, with no
# verb or colon; the value must then look like a password (letters and digits, 8+ characters).
_ADJACENT_PASSWORD_RE = re.compile(
    rf"(?i)(?<![a-z_.-])(?:password|passwd|passcode|passphrase|pwd|pw)[ \t]+(?P<bare>{_BARE}{{8,64}})")
# "door code for the lab is now 4471#", "gate code: 2580*", "门禁密码改成了 4471#": a keypad code is short and all
# digits, which the password rules reject; named as a door's, lock's or safe's code it is the credential.
_ACCESS_CODE_RE = re.compile(
    r"(?i)(?:(?<![a-z])(?:door|gate|garage|alarm|keypad|entry|entrance|building|lobby|lock[ \t-]?box|key[ \t-]?safe"
    r"|locker|safe|padlock|lock)[ \t-]*(?:code|combo|combination|pin)(?![a-z])"
    rf"{_FOR_WHAT}(?:{_IS_NOW}|[ \t]*[:：=])"
    r"|(?:门禁|门锁|大门|密码锁|保险柜|保险箱|储物柜|柜子|车库|楼道|单元门)的?(?:密码|码)"
    r"[ \t]*(?:现在|目前)?(?:是|为|:|：|=|改成了?|改为|换成了?|设成了?))"
    r"[ \t]*(?P<bare>[0-9A-Za-z#*]{4,12})(?![0-9A-Za-z])")
_TRIVIAL_ACCESS_CODES = frozenset({"1234", "12345", "123456", "0123", "4321", "1111", "0000"})
# Command lines: mysql -pSECRET, curl -u user:SECRET, --password SECRET, redis --requirepass SECRET.
# curl -u user:pass@word keeps its "@" (only "@host.domain" would end the password).
_CLI_SECRET_RE = re.compile(
    rf"(?<![\w-])(?:-p(?P<attached>(?!-){_BARE}{{6,}})"
    rf"|(?:-u|--user|--auth)[ \t=]+[^\s:'\"]+:(?P<userpass>(?:(?!@[\w-]+\.){_BARE}){{6,}})"
    rf"|(?:-{{0,2}}(?:requirepass|masterauth)|--(?:http-|ftp-|proxy-)?(?:password|passwd))"
    rf"[ \t=]+(?P<option>{_BARE}{{6,}}))")
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
# Verbs that set a password to a value: "wifi密码改成haiyang.2024!了", "密码统一用Abc@1234".
_SET_TO_VERBS = ("改成|改为|换成|换为|设成|设为|设置成|设置为|重置成|重置为|更新为|变成|用|填|填的是|"
                 # "requirepass 设置的yinhe6762K", "密码配的是 …": what it was set to
                 "设置的是|设置的|设的是|设的|配置的是|配置的|配的是|配的|改的是|用的是|用的")
# 密码是/密码：/口令/授权码 (an e-mail client's app password) ...; without any separator
# ("初始密码123456") the value must contain a digit.
_CJK_SECRET_RE = re.compile(
    # "密码现在是 X", "口令目前为 X": when it holds
    rf"(?:密码|口令|密钥|秘钥|私钥|令牌|授权码)"
    rf"(?P<sep>(?:[ \t]*(?:现在|目前|仍然|依然|暂时|临时)?(?:就是|也是|是|为|:|=)[ \t]*)*)"
    rf"(?:[ \t]*(?:我们|我|他们|他|她|已经|已|都|统一|刚刚|刚|临时|暂时|先|现在|被|也|又|今天|昨天)*"
    rf"(?P<verb>{_SET_TO_VERBS})了?)?[ \t]*{_VALUE}")
# "set the wifi password to Lx2024#home", "changed my password to …": English verbs that set a password.
_SET_PASSWORD_EN_RE = re.compile(
    r"(?i)(?<![a-z])(?:set|sets|setting|change|changed|changing|reset|update|updated|rotate|rotated)[ \t]+"
    r"(?:(?:the|my|his|her|our|their|your|its)[ \t]+)?(?:[\w-]+[ \t]+)?(?:password|passcode|passphrase|pwd|pin)"
    rf"[ \t]+(?:to|as|into)[ \t]*:?[ \t]*{_VALUE}")
# A credential's config key, then a Chinese verb: "ansible_become_password 用 RA7MB+QzoUnKEd", "DB_PASS 是 …".
_KEY_VERB_SECRET_RE = re.compile(
    r"(?i)(?<![A-Za-z0-9_])(?P<key>[A-Za-z][A-Za-z0-9_.-]*(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key))"
    rf"[\"']?[ \t]*(?:{_SET_TO_VERBS}|就是|是|为)了?[ \t]*{_VALUE}")
# "PSK huangshan2261@", "pre-shared key: Xk93-aa71", "wifi key is Lx2024#home": a shared key named by its kind, then
# its value (with or without "is" or a colon); the value must look like a key (checked as for the adjacent password).
_SHARED_KEY_RE = re.compile(
    r"(?i)(?<![a-z_.-])(?:psk|ipsec[ \t-]+secret|pre-?shared[ \t-]*(?:key|secret)"
    r"|wi-?fi[ \t-]*(?:key|pass(?:phrase)?|pw)"
    r"|wpa[23]?(?:-psk)?[ \t-]*(?:key|passphrase)|network[ \t-]+(?:security[ \t-]+)?key|passkey)"
    rf"(?:[ \t]+(?:is|was)[ \t]*:?|[ \t]*[:：=])?[ \t]*{_VALUE}")
# A login given as a "user / password" or "user:password" pair: "the admin login for the wiki is ops-admin /
# falcon@9859", "creds: svc_backup/Rk83-ppq!", "账号是 admin / Abc@2024"; the cue (login, account, creds, 账号)
# and a verb or colon come first. The password part must then look like a password (checked in _value_span).
_LOGIN_CUE = (r"(?:(?<![a-z])(?:log[ \t-]?in|sign[ \t-]?in|account|acct|creds|credentials?"
              r"|user(?:name)?[ \t]*/[ \t]*pass(?:word)?)(?![a-z])"
              r"|(?:账号|帐号|账户|登录|登陆|用户名)(?:[ \t]*(?:/|和|与|及)?[ \t]*密码)?)")
_LOGIN_PAIR_TAIL = rf"(?P<user>[A-Za-z][\w.@+-]{{1,63}})(?:[ \t]*/[ \t]*|:)(?P<bare>{_BARE}{{6,64}})"
_LOGIN_PAIR_RE = re.compile(
    rf"(?i){_LOGIN_CUE}{_FOR_WHAT}(?:[ \t]+(?:is|are|was)(?:[ \t]+{_NOW})?[ \t]*:?|[ \t]*(?:就是|是|为|用|[:：=]))"
    rf"[ \t]*{_LOGIN_PAIR_TAIL}")
# "use admin/Winter2024! to log in", "try ops:Falcon#88 for the sign-in": the pair, then what it is for.
_USE_LOGIN_PAIR_RE = re.compile(
    rf"(?i)(?<![a-z])(?:use|try|with)[ \t]+{_LOGIN_PAIR_TAIL}"
    r"(?=[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?(?:log[ \t-]?in|sign[ \t-]?in|login|logon|access))")
_BEARER_RE = re.compile(r"(?i)(?<![a-z])bearer[ \t]+(?P<bare>[A-Za-z0-9._~+/-]{16,}=*)")
# Postman, Insomnia and HAR exports, k8s env lists: a header's name and its value as two fields of one record,
# {"key": "X-API-Key", "value": "e945…"}, - name: Authorization / value: Token 9f…; the name must name a secret.
_NAMED_VALUE_PAIR_RE = re.compile(
    r"(?i)(?<![a-z_])[\"']?(?:key|name|header|field)[\"']?[ \t]*[:=][ \t]*[\"']?(?P<name>[A-Za-z][\w.-]{1,60})[\"']?"
    rf"[ \t]*,?[ \t]*\r?\n?[ \t]*[\"']?(?:value|val)[\"']?[ \t]*[:=][ \t]*{_VALUE}")
_SECRET_HEADER_NAME_RE = re.compile(
    r"(?i)(?:^|[-_.])(?:api[-_]?key|apikey|key|token|secret|password|passwd|pwd|authorization|auth"
    r"|subscription[-_]key|access[-_]key|signature)$")
_AUTH_SCHEME_RE = re.compile(r"(?i)(?:bearer|basic|token|apikey|key|digest)[ \t]+")
_BASIC_AUTH_RE = re.compile(
    r"(?i)authorization[\"']?[ \t]*[:=][ \t]*[\"']?basic[ \t]+(?P<bare>[A-Za-z0-9+/]{8,}={0,2})")

# App passwords (Gmail, Yahoo, iCloud, QQ/163 mail's 授权码): 16 lower-case letters, often grouped 4-4-4-4
# ("abcd efgh ijkl mnop", "abcd-efgh-ijkl-mnop"); a secret wherever such a value sits beside the kind's name, before
# or after it ("授权码，我的是 cabwrabfrndxsmsg", "vqkd mzpt rjxa hwbn is my app password").
_APP_PASSWORD_CUES = ("授权码", "授權碼", "专用密码", "專用密碼", "应用密码", "應用密碼",
                      "app password", "app-password", "app pw", "app-specific", "app specific",
                      "application-specific", "application specific", "application password",
                      "apppassword", "app_password")
_APP_PASSWORD_VALUE_RE = re.compile(r"(?<![A-Za-z0-9_-])[a-z]{4}(?P<sep>[ -]?)[a-z]{4}(?P=sep)[a-z]{4}(?P=sep)[a-z]{4}"
                                    r"(?![A-Za-z0-9_-])")
_APP_PASSWORD_WINDOW = 80  # characters either side of the value that may name its kind


def _generated_app_password(letters: str) -> bool:
    """Random letters, not a placeholder (xxxx…, abcdefghijklmnop) or words (passwordpassword, yourapppassword)."""
    if len(set(letters)) < 8 or sum(c in "aeiou" for c in letters) / len(letters) >= 0.4:
        return False
    if sum(ord(b) - ord(a) == 1 for a, b in zip(letters, letters[1:], strict=False)) >= 5:
        return False  # abcdefghijklmnop: the documentation's example
    return not any(word in letters for word in ("your", "pass", "word", "secret", "example", "sample", "xxxx"))


# Substrings (of the lower-cased text) without which a pattern cannot match: skip it cheaply.
_TOKEN_HINTS = ("sk-", "akia", "asia", "gh", "github_pat_", "glpat-", "xox", "xapp-", "npm_", "hf_", "pypi-", "ltai",
                "akid", "sg.", "aiza", "_live_", "eyj")
_VALUE_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_ASSIGNMENT_RE, ("pass", "pwd", "key", "secret", "token", "credential")),
    (_PROSE_RE, ("pass", "pin", "pasw", "pwd", "pw")),
    (_ADJACENT_PASSWORD_RE, ("pass", "pwd", "pw")),
    (_CLI_SECRET_RE, ("-p", "-u", "--user", "--auth", "requirepass", "masterauth", "password", "passwd")),
    (_LABELLED_SECRET_RE, ("secret",)),
    (_REGISTRY_LOGIN_RE, ("login",)),
    (_REDIS_CLI_RE, ("redis-cli",)),
    (_CJK_SECRET_RE, ("密码", "口令", "密钥", "秘钥", "私钥", "令牌", "授权码")),
    (_KEY_VERB_SECRET_RE, ("pass", "pwd", "secret", "token", "key")),
    (_SET_PASSWORD_EN_RE, ("pass", "pwd", "pin")),
    (_SHARED_KEY_RE, ("psk", "ipsec", "shared", "wifi", "wi-fi", "wpa", "network", "passkey")),
    (_ACCESS_CODE_RE, ("code", "combo", "combination", "pin", "码")),
    (_BEARER_RE, ("bearer",)),
    (_LOGIN_PAIR_RE, ("log", "sign", "account", "acct", "cred", "user",
                      "账号", "帐号", "账户", "登录", "登陆", "用户名")),
    (_USE_LOGIN_PAIR_RE, ("log", "sign", "access")),
    (_NAMED_VALUE_PAIR_RE, ("value", "val")),
    (_BASIC_AUTH_RE, ("authorization",)),
)

_PLACEHOLDER_WORDS = frozenset({
    "password", "passwd", "pass", "secret", "token", "apikey", "api_key", "api-key", "changeme", "example",
    "string", "str", "none", "null", "nil", "true", "false", "required", "optional", "undefined", "bearer",
    "basic", "username", "placeholder", "redacted", "hidden", "secret_key", "access_token", "sensitive", "masked",
    "omitted",
})
_PLACEHOLDER_PARTS = ("your", "example", "placeholder", "changeme", "change_me", "change-me", "redacted",
                      "dummy", "xxxx", "****", "....", "<", ">", "{{", "}}", "${", "os.environ", "getenv",
                      "process.env", "replace_me", "replace-me", "insert_", "...", "…")
# %s, %(pw)s, %DB_PASS% (a format field or a Windows variable; "%vQ_rjr81" is a password starting with "%")
_PLACEHOLDER_RE = re.compile(r"[-_](?i:here)$|^\$[A-Za-z_][A-Za-z0-9_]*$|^%(?:\(\w+\)[sd]?|[sd]|\w+%|[A-Z_][A-Z0-9_]*)$"
                             r"|^([^A-Za-z0-9])\1*$"
                             # template fields: {password}, {0}, {{pw}}, [PASSWORD], :password (SQLAlchemy binds)
                             r"|\{\w*\}|^\[[A-Za-z_ ]+\]$|^:[A-Za-z_]+$"
                             # what a tool prints instead of a value: (sensitive), (known after apply), (hidden)
                             r"|^\([A-Za-z][A-Za-z _-]*\)$")
_REDACTION_MARKER_RE = re.compile(r"[(<\[][A-Za-z][A-Za-z _-]{0,30}[)>\]](?![A-Za-z0-9])")
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
    if m.group("call"):
        return True
    if "." in value:
        # settings.db_password, os.environ: names; "Zephyr484.k16" (digits on each side of every dot) is not
        parts = value.split(".")
        return not all(any(c.isdigit() for c in part) for part in parts)
    return "_" in value and not any(c.isdigit() for c in value)


_CLOSING_BRACKETS = {")": "(", "]": "[", "}": "{"}


def _trim_value(value: str, line_ends_after: bool) -> str:
    """Drop sentence punctuation and unbalanced closing brackets glued to an unquoted value:
    "(password: abc123)." -> "abc123". A final "." is kept when the line ends right after the
    value: config lines (``password: bHIfd1l0@RQObgz.``) carry no sentence punctuation; so is a final "?"."""
    while value:
        last = value[-1]
        unbalanced = last in _CLOSING_BRACKETS and value.count(last) > value.count(_CLOSING_BRACKETS[last])
        # a shell argument or a config line's value runs to the space or line end: its "?" or "." is its own
        if not (unbalanced or last == ":" or (last in ".?" and not line_ends_after)):
            break
        value = value[:-1]
        line_ends_after = False
    return value


_HASH_OR_CIPHER_RE = re.compile(r"(?i)(?:md5|sha-?(?:1|224|256|384|512)|sha3-?\d+|bcrypt|scrypt|argon2(?:id|i|d)?|"
                                r"pbkdf2(?:-sha\d+)?|aes-?\d*(?:-\w+)?|rsa-?\d*|sm[234]|base64|utf-?8|hmac-?\w*)")


# A sample or default password in test code: a plain word, then digits or a symbol (test123, admin@123).
_SAMPLE_PASSWORD_RE = re.compile(r"(?i)(?:test|demo|pass(?:word)?|admin|abc|qwerty|user|guest|root|sample|example|"
                                 r"hello|welcome|letmein|changeme|foo|bar)[0-9!@#$%._-]*$")


def _random_letters(value: str) -> bool:
    """A long run of letters with few vowels (adwzyoyrszsgvmdo): a generated code, not an English word."""
    if len(value) < 12 or not (value.isascii() and value.isalpha()):
        return False
    return sum(c in "aeiouAEIOU" for c in value) / len(value) < 0.3


def _has_mixed_classes(token: str) -> bool:
    """Random tokens mix at least two of lower case, upper case and digits."""
    return sum((any(c.islower() for c in token), any(c.isupper() for c in token),
                any(c.isdigit() for c in token))) >= 2


_SAMPLE_JWT_NAMES = frozenset({"john doe", "jane doe"})


def _jwt_claims(token: str) -> dict[str, Any] | None:
    """The payload of a JWT whose header and payload are base64url-encoded JSON objects, else None."""
    decoded: Any = None
    for segment in token.split(".")[:2]:
        try:
            decoded = json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(decoded, dict):
            return None
    return decoded


def _is_sample_jwt_claims(claims: dict[str, Any]) -> bool:
    """Documentation samples (jwt.io's ``{"sub": "1234567890", "name": "John Doe"}``) are placeholders."""
    return (str(claims.get("sub")) == "1234567890"
            or str(claims.get("name", "")).lower() in _SAMPLE_JWT_NAMES)


def _is_jwt(token: str) -> bool:
    """Header and payload must be base64url-encoded JSON objects, as in every real JWT, and not a documented sample."""
    claims = _jwt_claims(token)
    return claims is not None and not _is_sample_jwt_claims(claims)


def _is_sample_jwt(token: str) -> bool:
    """A JWT that decodes to a documented sample payload: labelled "token: …" it is still no one's secret."""
    claims = _jwt_claims(token) if token.startswith("eyJ") and token.count(".") == 2 else None
    return claims is not None and _is_sample_jwt_claims(claims)


# Passwords that ship as defaults with databases and brokers: documentation, not anyone's secret.
_DEFAULT_PASSWORDS = frozenset({"postgres", "root", "admin", "password", "passwd", "secret", "guest", "test", "mysql",
                                "redis", "rabbitmq", "toor", "123456", "12345678", "admin123", "pass", "default",
                                "minioadmin", "oracle", "sa", "user", "demo", "letmein"})


def _default_login(user: str, password: str, host: str) -> bool:
    """``postgres:postgres@``, ``guest:guest@``, ``root:root@localhost``: a default or sample login."""
    lowered = password.lower()
    if lowered == user.lower() or lowered in _DEFAULT_PASSWORDS:
        return True
    local = host.split(":", 1)[0].lower() in ("localhost", "127.0.0.1", "[::1]", "0.0.0.0")
    return local and not _has_mixed_classes(password)


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


# Password-manager and browser exports (KeePass, 1Password, Bitwarden, LastPass, Chrome's passwords.csv) are rows of
# fields; without a header the password is the first password-shaped field after the title (no format puts it first).
_PASSWORD_EXPORT_CUES = ("keepass", "1password", "bitwarden", "lastpass", "dashlane", "enpass", "roboform", "nordpass",
                         "keeper", "password manager", "passwords.csv", "password export", "exported passwords",
                         "密码管理", "密码本", "导出的密码", "密码导出")
# A header cell naming the password column: password, login_password, "Passwort", pwd_plain, user.passwd, 密码.
# A qualifier before or after the password word may only say whose or which form it is: password_hash, pwd_salt,
# hashed_password and password_changed_at hold no password.
_PASSWORD_COLUMN_CELL = (r"(?:(?:(?!hash|salt|enc|crypt|md5|sha|bcrypt|digest|last|reset|old_hash)[a-z]{2,12}[_ .-])?"
                         r"(?:password|passwd|passwort|pass|pwd|pw|passphrase|psk)"
                         r"(?:[_ .-](?:plain|plaintext|clear|cleartext|raw|text|txt|value|temp|tmp|initial|init"
                         r"|default|new|current))?|(?:明文)?(?:密码|口令)(?:明文)?)")
_PASSWORD_COLUMN_RE = re.compile(rf"(?i){_PASSWORD_COLUMN_CELL}")
# A header cell of that name between separators (or a line's ends): the cheap test before any row is split.
_PASSWORD_HEADER_CELL_RE = re.compile(
    rf"(?im)(?:^|[,|\t;])[ \t\"'`]*{_PASSWORD_COLUMN_CELL}[ \t\"'`]*(?:[,|\t;]|$)")
_SYMBOLS = frozenset("!@#$%^&*+=?~")
_EXPORT_OR_COLUMN_HINTS = (*_PASSWORD_EXPORT_CUES, "pass", "pwd", "pw", "psk", "密码", "口令")
_DOMAIN_OR_URL_RE = re.compile(r"(?i)^(?:[a-z][a-z0-9+.-]*://|www\.)|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?::[0-9]+)?(?:/\S*)?$")
_EMAIL_SHAPE_RE = re.compile(r"^[^@\s]+@[\w-]+(?:\.[\w-]+)+$")


def _looks_like_a_password(value: str) -> bool:
    """6-64 characters without spaces that mix letters with digits or symbols, and no URL, e-mail or path."""
    has_letter = any(c.isalpha() for c in value)
    return (6 <= len(value) <= 64 and not any(c.isspace() for c in value) and has_letter
            and (any(c.isdigit() for c in value) or any(c in _SYMBOLS for c in value))
            and not _DOMAIN_OR_URL_RE.search(value) and not _EMAIL_SHAPE_RE.match(value)
            and not value.startswith(("/", "~", "$", "%", "<", "{")) and not _is_placeholder(value)
            and not _HASH_OR_CIPHER_RE.match(value))


def _character_classes(value: str) -> int:
    """How many of lower case, upper case, digits and other characters ``value`` holds."""
    return sum((any(c.islower() for c in value), any(c.isupper() for c in value), any(c.isdigit() for c in value),
                any(not c.isalnum() for c in value)))


def _login_pair_password(user: str, password: str) -> bool:
    """Whether the second half of a login pair is a password: password-shaped, letters mixed with digits or
    symbols, no path part, no sample or default login (admin/admin123)."""
    return (_looks_like_a_password(password) and _has_mixed_classes(password) and "/" not in password
            and not _SAMPLE_PASSWORD_RE.match(password) and not _default_login(user, password, "")
            and not _is_code_reference(password))


def _row_fields(norm: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """Value spans (quotes removed) of the fields of one line, split at ``separator`` outside double quotes."""
    fields: list[tuple[int, int]] = []
    cell_start, quoted = start, False
    for index in range(start, end + 1):
        if index < end and norm[index] == '"':
            quoted = not quoted
        elif index == end or (norm[index] == separator and not quoted):
            cell = norm[cell_start:index]
            left = cell_start + len(cell) - len(cell.lstrip())
            right = cell_start + len(cell.rstrip())
            if right - left >= 2 and norm[left] == norm[right - 1] and norm[left] in "\"'":
                left, right = left + 1, right - 1
            fields.append((left, right))
            cell_start = index + 1
    return fields


def _exported_passwords(norm: str, lowered: str) -> list[tuple[int, int]]:
    """Password fields of exported or tabular rows: under a header that names a password column, or, in a text
    that names a password manager's export, the first password-shaped field after the first."""
    export = any(cue in lowered for cue in _PASSWORD_EXPORT_CUES)
    if not export and _PASSWORD_HEADER_CELL_RE.search(norm) is None:
        return []  # neither an export nor a header naming a password column: no row is read
    spans: list[tuple[int, int]] = []
    column: tuple[str, int, int] | None = None  # separator, field count and index of the password column
    offset = 0
    for line in norm.split("\n"):
        start, offset = offset, offset + len(line) + 1
        split = _split_fields(line)
        if split is None:
            continue
        separator = split[0]
        fields = _row_fields(norm, start, start + len(line), separator)
        if len(fields) < 3:
            continue
        cells = [norm[a:b] for a, b in fields]
        header = [i for i, cell in enumerate(cells) if _PASSWORD_COLUMN_RE.fullmatch(cell.strip())]
        if header:
            column = (separator, len(fields), header[0])
            continue
        if column is not None and column[0] == separator and len(fields) == column[1]:
            a, b = fields[column[2]]
            value = norm[a:b]
            if len(value) >= 4 and not any(c.isspace() for c in value) and not _is_placeholder(value):
                spans.append((a, b))
            continue
        if export:
            first = next((field for field, cell in zip(fields[1:], cells[1:], strict=True)
                          if _looks_like_a_password(cell)), None)
            if first is not None:
                spans.append(first)
    return spans


class SecretDetector(_ScanningDetector):
    """Credentials: well-known token formats, PEM private keys and URLs with an inline password
    (whole span), and the value part of password/API-key assignments and auth headers.
    Placeholders (``<your-key>``, ``${VAR}``, ``changeme``, ``os.environ[...]``, ``***``) are ignored."""

    name = "secret"

    def scan(self, norm: str, text: str) -> list[Entity]:
        found: list[Entity] = []
        lowered = norm.lower()
        if any(map(lowered.__contains__, _TOKEN_HINTS)):  # map: no generator frame per hint (English masking speed)
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
                if len(password) >= 6 and not _is_placeholder(password) and not _default_login(
                        m.group("user"), password, m.group("host")):
                    found.append(self._entity(SECRET, text, m.start(), _url_end(norm, text, m.start(), m.end())))
        for pattern, hints in _VALUE_PATTERNS:
            if not any(map(lowered.__contains__, hints)):
                continue
            for m in pattern.finditer(norm):
                span = self._value_span(norm, pattern, m)
                if span is not None:
                    found.append(self._entity(SECRET, text, *span))
        if any(map(lowered.__contains__, _EXPORT_OR_COLUMN_HINTS)) and any(map(norm.__contains__, _FIELD_SEPARATORS)):
            found.extend(self._entity(SECRET, text, a, b) for a, b in _exported_passwords(norm, lowered))
        if any(map(lowered.__contains__, _APP_PASSWORD_CUES)):
            for m in _APP_PASSWORD_VALUE_RE.finditer(norm):
                window = lowered[max(0, m.start() - _APP_PASSWORD_WINDOW):m.end() + _APP_PASSWORD_WINDOW]
                if (any(map(window.__contains__, _APP_PASSWORD_CUES))
                        and _generated_app_password(m.group().replace(" ", "").replace("-", ""))):
                    found.append(self._entity(SECRET, text, m.start(), m.end()))
        return found

    @staticmethod
    def _value_span(norm: str, pattern: re.Pattern[str], m: re.Match[str]) -> tuple[int, int] | None:
        """Span of the secret value in match ``m``, or None when it is a placeholder/reference."""
        group = next(name for name in ("dq", "sq", "bare", "attached", "userpass", "option", "login")
                     if name in pattern.groupindex and m.group(name) is not None)
        start = m.start(group)
        value = m.group(group)
        if pattern is _ACCESS_CODE_RE:
            digits = [c for c in value if c.isdigit()]
            if len(digits) < 4 or len(set(digits)) < 2 or value.rstrip("#*") in _TRIVIAL_ACCESS_CODES:
                return None  # "door code is fine", "gate code 0000": no one's code
            return start, start + len(value)
        if pattern in (_CLI_SECRET_RE, _REGISTRY_LOGIN_RE):
            value = _trim_value(value, line_ends_after=True)  # a shell argument ends at a space: "pass5054." keeps "."
            if (not _has_mixed_classes(value) or (_is_code_reference(value) and pattern is _CLI_SECRET_RE)
                    or value.startswith(("/", "~", "$", "%"))):
                return None  # mkdir -p /tmp/x, -p8080:80, --password $PASS: a path, a port, a variable
        if pattern is _ASSIGNMENT_RE and not _SECRET_KEY_RE.search(m.group("key")):
            if not (_ANY_KEY_NAME_RE.search(m.group("key")) and _KEY_MATERIAL_RE.fullmatch(value.strip("\"'"))):
                return None
        if pattern is _LABELLED_SECRET_RE and not _has_mixed_classes(value):
            return None
        if pattern is _NAMED_VALUE_PAIR_RE:
            if not _SECRET_HEADER_NAME_RE.search(m.group("name")):
                return None  # {"key": "Content-Type", "value": "application/json"}
            scheme = _AUTH_SCHEME_RE.match(value)
            if scheme is not None:
                start, value = start + scheme.end(), value[scheme.end():]  # "Bearer eyJ…": the token alone
            value = _trim_value(value, line_ends_after=True) if group == "bare" else value
            if len(value) < 8 or not _has_mixed_classes(value) or _is_code_reference(value):
                return None
        # a "." before Chinese text, glued or after spaces, ends no sentence (Chinese ends one with 。): it is the
        # password's own (初始密码Qingdao1977.改了之后, wifi 口令：quartz95Copper. 帮我做个小卡片)
        glued_to_cjk = (pattern is _CJK_SECRET_RE
                        and "\u4e00" <= norm[m.end():m.end() + 4].lstrip(" \t")[:1] <= "\u9fff")
        if pattern in (_KEY_VERB_SECRET_RE, _SET_PASSWORD_EN_RE) or (pattern is _CJK_SECRET_RE and m.group("verb")):
            value = _trim_value(value, line_ends_after=glued_to_cjk) if group == "bare" else value
            if not _has_mixed_classes(value) or _HASH_OR_CIPHER_RE.fullmatch(value) or _SAMPLE_PASSWORD_RE.match(value):
                return None  # "密码用bcrypt存", "密码用SHA256加密", "密码统一用test123": no one's password
        if pattern is _SHARED_KEY_RE:
            value = _trim_value(value, line_ends_after=False).rstrip(",;") if group == "bare" else value
            if not _looks_like_a_password(value):
                return None  # "PSK mode", "wifi key is on the router's label": no value follows
        if pattern is _LOGIN_PAIR_RE or pattern is _USE_LOGIN_PAIR_RE:
            value = _trim_value(value, line_ends_after=False).rstrip(",;")
            glued = norm[m.end("user"):m.start(group)] == "/"  # "src/components2" is a path, unless mixed enough
            if not _login_pair_password(m.group("user"), value) or (glued and _character_classes(value) < 3):
                return None  # "login is TCP/IP", "account: and/or", "sign-in: src/components2": no password
        if pattern is _ADJACENT_PASSWORD_RE:
            value = _trim_value(value, line_ends_after=False).rstrip(",;")
            letters_and_digits = any(c.isalpha() for c in value) and any(c.isdigit() for c in value)
            if (not letters_and_digits or len(value) < 8 or _HASH_OR_CIPHER_RE.match(value)
                    or _SAMPLE_PASSWORD_RE.match(value) or _is_code_reference(value)
                    or value.startswith(("/", "~", "$", "%", "-", "http"))):
                return None  # "password reset", "pwd /home/x", "password sha256": no value follows
        if group == "bare" and pattern in (_ASSIGNMENT_RE, _PROSE_RE, _CJK_SECRET_RE):
            value = _trim_value(value, line_ends_after=norm[m.end():m.end() + 1] in ("\n", "\r") or glued_to_cjk)
            if pattern is _ASSIGNMENT_RE and (_is_code_reference(value) or value.startswith(("/", "~/"))):
                return None  # a variable or a file path (private_key=/etc/ssl/key.pem), not the secret
            if pattern is _PROSE_RE and (value.isalpha() or not _has_mixed_classes(value)):
                return None  # "the password is incorrect", "the pass for the gym is 12 dollars"
            if (pattern is _CJK_SECRET_RE and not m.group("sep") and not m.group("verb")
                    and not any(c.isdigit() for c in value) and not _random_letters(value)):
                return None  # "密码strength" is prose; "初始密码123456" and "授权码adwzyoyrszsgvmdo" are secrets
        if sum(not c.isspace() for c in value) < 6 or _is_placeholder(value.strip()):
            return None
        if _is_sample_jwt(value.strip().strip("\"'")):
            return None  # "explain this token: eyJ…" with jwt.io's John Doe payload: a textbook example
        if _REDACTION_MARKER_RE.match(norm, start):
            return None  # "(known after apply)": what a tool prints instead of the value, cut at its first space
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
        digits = _ANY_DIGIT_RE.search(norm) is not None  # about a third of chat texts have none
        return resolve_overlaps(entity for detector in self._detectors if digits or not detector.needs_digits
                                for entity in detector.scan(norm, text))


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
        # not a keyword: one that straddles two Chinese words (机密 in 开机密码), or one named as a term
        # ("“内部”和“机密”两个等级怎么划分" talks about the word, labels nothing)
        spans = {(m.start(), m.end()) for pattern in patterns for m in pattern.finditer(norm)
                 if m.end() > m.start() and not _straddles_cjk_words(norm, m.start(), m.end())
                 and not is_term_mention(text, m.start(), m.end())}
        if spans and is_concept_question(text):
            return []  # "商业秘密和专利保护有什么区别？" asks what the words mean, marks nothing confidential
        if spans and all(is_topic_of_a_work(text, start, end) for start, end in spans):
            return []  # "写一篇关于商业机密保护的科普文章": confidentiality is the subject, nothing is marked
        return [Entity(self.entity_type, start, end, text[start:end], 1.0, self.name) for start, end in sorted(spans)]


# A keyword that names the subject of an article, a training or a campaign ("写一篇关于商业机密保护的科普文章",
# "a quiz on handling confidential documents"): secrecy is what the work is about, no material of ours is marked.
_WORK_ON_A_SUBJECT = re.compile(
    r"(?i)科普|文章|征文|培训|讲座|课程|宣传|海报|标语|口号|测验|选择题|考题|演讲|主题|手抄报|短视频|知识竞赛|大纲|提纲|"
    r"手册|须知|"
    r"(?<![a-z])(?:articles?|blog|essays?|training|workshops?|quiz(?:zes)?|posters?|slogans?|awareness|courses?|"
    r"lectures?|talks?|explainers?|newsletters?|campaigns?|videos?|presentations?|modules?|outlines?|handbooks?|"
    r"syllabus)(?![a-z])")
# ... the keyword naming a practice or a concept, not labelling a thing ("商业机密保护", "confidentiality training")
_SUBJECT_NOUN_AFTER = re.compile(
    r"(?i)^\s*(?:的)?(?:保护|保密|意识|管理|防护|泄露|泄漏|风险|义务|制度|教育|培训|宣传|常识|知识|法律|法规|案例|"
    r"重要性|防范)")
# ... in English only after a noun ("trade secret protection"): "confidential training plan" labels a plan
_SUBJECT_NOUN_AFTER_EN = re.compile(r"(?i)^\s*(?:protection|awareness|training|polic(?:y|ies)|obligations?|laws?|"
                                    r"theft|misappropriation|risks?|best practices?|breaches|leaks)(?![a-z])")
# ... or as the object of "about / on protecting" ("关于保护商业秘密的员工培训大纲", "a talk on protecting trade
# secrets"), the keyword a whole noun there, not a label on a thing ("关于机密项目X的周报" marks project X)
_ABOUT_BEFORE = re.compile(r"(?i)(?:关于|有关|围绕|针对|如何|怎样)(?:保护|保守|防范|防止|维护|守护)?"
                           r"(?:公司|企业)?的?\s*$|"
                           r"(?<![a-z])(?:about|on|regarding|covering) (?:protecting |keeping |safeguarding )?$")
_NOUN_ENDS_AFTER = re.compile(r"(?i)^\s*(?:的|[，,。.;；:：!?！？、]|$|(?:for|to|and|in|at|with|as)(?![a-z]))")
# ... or kinds of material after a verb of handling them ("handling confidential documents", "如何保护机密文件")
_HANDLING_BEFORE = re.compile(r"(?i)(?:(?<![a-z])(?:handling|handle|protecting|protect|safeguarding|storing|"
                              r"disposing of|sharing)|如何保护|怎么保护|如何处理|怎么处理|如何管理|怎么管理|处理)\s*$")
_MATERIAL_KINDS_AFTER = re.compile(r"(?i)^\s*(?:的)?(?:文件|资料|信息|数据|材料|documents|information|data|files|"
                                   r"materials|papers|records)(?![a-z])")
# ... unless material of ours is in the text: pasted below, attached, numbered
_MATERIAL_IN_TEXT = re.compile(r"(?i)这份|这个文件|这篇|附件|以下|如下|下面|贴在|原文|(?<![a-z])(?:attached|below|"
                               r"following|this (?:document|file|memo|deck))(?![a-z])|[0-9]{3}|\n")


def is_topic_of_a_work(text: str, start: int, end: int) -> bool:
    """Whether the keyword at ``text[start:end]`` names the subject of an article, a training or a campaign
    (confidentiality as a topic) with no material of the writer's in the text."""
    if _WORK_ON_A_SUBJECT.search(text) is None or _MATERIAL_IN_TEXT.search(text) is not None:
        return False
    after, before = text[end:end + 16], text[max(0, start - 24):start]
    noun_keyword = text[start:end].casefold() in ("trade secret", "trade secrets")
    return (_SUBJECT_NOUN_AFTER.search(after) is not None
            or (noun_keyword and _SUBJECT_NOUN_AFTER_EN.search(after) is not None)
            or (_HANDLING_BEFORE.search(before) is not None and _MATERIAL_KINDS_AFTER.search(after) is not None)
            or (_ABOUT_BEFORE.search(before) is not None and _NOUN_ENDS_AFTER.search(after) is not None))


_HAN_CHAR_RE = re.compile("[\u4e00-\u9fff]")


def _straddles_cjk_words(text: str, start: int, end: int) -> bool:
    """True when a Chinese match begins inside one word and ends inside the next: 机密 in 开机密码
    (开机 + 密码), 秘密 in 神秘密码. Chinese has no spaces, so only a segmenter sees the words."""
    if (start == 0 or end >= len(text) or not _HAN_CHAR_RE.match(text[start - 1])
            or not _HAN_CHAR_RE.match(text[end]) or not _HAN_CHAR_RE.match(text[start])):
        return False
    left, right = max(0, start - 6), min(len(text), end + 6)
    boundaries = set()
    for _word, word_start, word_end in load_jieba().tokenize(text[left:right]):
        boundaries.update((left + word_start, left + word_end))
    return start not in boundaries and end not in boundaries


# --- confidential topics ------------------------------------------------------------------

_MEDICAL_ZH = re.compile(
    r"确诊|诊断[为出]|查出|检查出|患有|患了|得了|阳性|复发|化疗|放疗|透析|住院|做手术|动手术|病假|抑郁|乙肝|丙肝|艾滋|"
    r"糖尿病|高血压|心脏病|白血病|阿尔茨海默|帕金森|癫痫|"
    # a chronic or grave condition by its everyday name: "早期阿兹海默", "尿毒症", "渐冻症", "红斑狼疮"
    r"阿兹海默|痴呆|失智|认知障碍|渐冻症|狼疮|尿毒症|(?:肾|肝|心|呼吸|器官)衰竭|心衰|甲亢|甲减|冠心病|痛风|类风湿|"
    r"精神分裂|双相|脑出血|脑溢血|动脉瘤|淋巴瘤|骨髓瘤|胶质瘤|肉瘤|多发性硬化|慢阻肺|肺气肿|肺结核|偏瘫|截瘫|青光眼|"
    r"白内障|黄斑变性|骨质疏松|唐氏综合征|房颤|心律不齐|肾病|流产|怀孕|不孕|试管|移植失败|精神科|心理治疗|[一-龥]{1,"
    r"4}(?:癌|肿瘤)|心梗|脑梗|中风|支架|ICU|重症监护|核磁|穿刺|活检|化验单|心理医生|吃药控制|服药|"
    r"(?:多动|自闭|焦虑|抑郁|强迫|躁郁|惊恐|失眠)症|结节|贫血|血常规|孕检|唐筛|化验结果|"
    r"医生说|(?:医生|医院|大夫)建议|"
    # a screening or test result: "NIPT 结果出来说 21-三体高风险", "彩超报告提示有个囊肿", "肌酐偏高"
    r"[0-9]{2}-?三体|病变|瘤变|钙化灶|转移灶|过敏原|对[^。！？，,\n]{1,6}(?:严重|重度)过敏|过敏性(?:鼻炎|哮喘|休克|紫癜)|哮喘|荨麻疹|"
    r"(?:NIPT|无创|唐筛|筛查|化验|体检|孕检|产检|B超|彩超|CT|核磁|胃镜|肠镜|病理|活检|穿刺|钼靶|造影|内镜|PET-?CT)的?"
    r"(?:结果|报告|单子|结论|诊断)(?:单|里|上)?(?:面)?(?:出来了?|显示|提示|说|上写|写着?|写的是|结论是|诊断为?|考虑|是)|"
    # a finding as a report words it: "慢性萎缩性胃炎伴肠化", "管状腺瘤", "低级别上皮内瘤变", "轻度脂肪肝"
    r"[一-龥]{0,6}(?:胃炎|肠炎|肝炎|肾炎|甲状腺炎|腺瘤|息肉|增生|肠化|化生|糜烂|溃疡|脂肪肝|肝硬化|纤维化|结石|积液|"
    r"血管瘤|肌瘤|囊肿|磨玻璃)(?:伴|合并|[0-9]|，|,|。|$)|"
    r"(?:NIPT|无创|唐筛|羊穿|筛查|化验|体检|孕检|产检|B超|彩超|CT|核磁|胃镜|肠镜|病理|血检|验血|尿检|甲功)"
    r"[^。！？\n]{0,14}(?:高风险|临界风险|阳性|异常|偏高|偏低|超标|不正常|有问题|囊肿|息肉|阴影|占位)|"
    r"(?:肌酐|血糖|尿酸|转氨酶|胆固醇|血脂|甲胎蛋白|糖化血红蛋白|PSA|TSH|CEA)[^。！？\n]{0,4}(?:偏高|偏低|超标|异常|[0-9])")
_MEDICAL_EN = re.compile(
    r"(?i)(?<![a-z])(?:diagnos(?:ed|is)|tested positive|biopsy|chemo(?:therapy)?|radiotherapy|dialysis|cancer|"
    r"tumou?r|melanoma|leuka?emia|hepatitis|hiv|aids|diabetes|depression|bipolar|schizophrenia|dementia|alzheimer|"
    r"parkinson|epilepsy|tuberculosis|tb|pregnan(?:t|cy)|multiple sclerosis|crohn'?s|lupus|ptsd|endometriosis|"
    # a chronic or grave condition by its everyday name: "early-onset dementia", "kidney failure", "has MS"
    r"(?:kidney|renal|liver|heart|organ) failure|cirrhosis|copd|emphysema|motor neuron(?:e)? disease|huntington'?s|"
    r"sickle cell|cystic fibrosis|rheumatoid|arthritis|psoriasis|thyroid nodules?|lung nodules?|glaucoma|"
    r"macular degeneration|osteoporosis|atrial fibrillation|heart failure|(?:has|have|with|diagnosed with) "
    r"(?-i:MS|ALS|COPD|MND)|"
    # a finding told without the word "diagnosed": "my nephew was found to have a heart murmur"
    r"found to have (?:a |an )?(?:[a-z-]+ ){0,3}(?:disease|disorder|syndrome|murmur|tumou?r|cancer|nodules?|cysts?|"
    r"lesions?|(?:heart|birth|genetic) defect|deficiency|insufficiency|clot)|"
    r"eating disorder|anorexia|bulimia|hiv[- ]positive|long covid|miscarriage|ivf|infertility|rehab|medical leave|"
    r"sick leave|surgery|hospitali[sz]ed|in hospital|relapsed?|prescribed|mri|ct scan|pet scan|scan results?|"
    r"lab results|blood ?work|blood tests?(?::| results?| came back| show(?:s|ed)?)|an(?:a)?emi[ac]|ferritin|"
    r"ha?emoglobin|hba1c|(?:gp|doctor|consultant) (?:said|says|thinks)|seizure|"
    r"stroke|heart attack|icu|panic attacks?|anxiety|adhd|autism|"
    # a genetic or lab test's result: "got a positive BRCA2 result", "my HPV test came back positive"
    r"brca[12]?|lynch syndrome|genetic counsel(?:l?or|l?ing)|(?:positive|abnormal|reactive) (?:genetic |gene |"
    r"carrier |hpv |hiv |covid |strep |pregnancy |antibody |ana |tb )(?:test|result|panel|screen)|"
    r"(?:genetic|gene|hpv|hiv|strep|pregnancy|carrier|antibody) test(?: results?)? (?:came back|was|is|showed) "
    r"(?:positive|abnormal|reactive)|"
    r"(?:neuro|cardio|onco)?(?:surgeon|logist)|psychiatrist|therapist|[a-z]+oma|stage (?:i{1,3}|iv|[1-4])|"
    r"sertraline|fluoxetine|escitalopram|ssris?|antidepressants?|insulin|metformin|on medication|"
    # a screening or test result: "the NIPT came back high risk", "her mammogram flagged a mass", "PSA of 6.1"
    r"(?:nipt|amnio(?:centesis)?|(?<!security )(?<!background )screening|(?:ct|mri|pet|bone|brain|chest|dexa|"
    r"dating|anomaly|[0-9]{2}-week) scan|biopsy|mammogram|smear|ultrasound|bloods|blood ?work|labs|x-rays?|"
    r"colonoscopy|ecg|ekg|mri)(?: results?)? (?:came back|showed|shows|flagged|found|was|were|is|are|picked up|"
    r"revealed)[^.!?\n]{0,20}(?:positive|abnormal|high[- ]risk|elevated|borderline|concerning|suspicious|"
    r"inconclusive|an? [a-z -]{0,15}(?:defect|abnormality|anomaly|mass|shadow|lump|cyst|polyp|nodule|growth|spot|"
    r"tumou?r|fracture|blockage|bleed)|(?:two|three|four|several|multiple|some|[0-9]+) [a-z -]{0,15}(?:polyps|"
    r"nodules|lesions|masses|cysts|spots|tumou?rs|growths))|(?:severely |severe(?:ly)? )?allergic to|anaphyla\w*|"
    r"asthma|(?:has|have|with) (?:a |an )?(?:severe |bad |serious |life-threatening )?[a-z]* ?allerg(?:y|ies)|"
    r"(?:psa|tsh|ldl|hdl|a1c|creatinine|egfr|cea|ca-?125|platelets?|white (?:blood )?(?:cell )?count|glucose|"
    r"(?:total )?cholesterol|triglycerides|bilirubin|ggt|crp|inr|uric acid|troponin|vitamin d|b12|ferritin|afp)"
    r"(?: (?:level|count|reading))?(?: of| is| was| at| came back at)?:? [0-9]|"
    # liver enzymes quoted as a pair ("ALT 142, AST 98"); one alone may be a keyboard's Alt key
    r"(?:alt|ast|ggt|alp)[ :=]*[0-9]+[^.!?\n]{0,12}(?<![a-z])(?:alt|ast|ggt|alp|bilirubin)[ :=]*[0-9]|"
    # one's own blood test back: "I just got my bloodwork back", "his labs came back"
    r"(?:got|get|getting|have|received) (?:my|his|her|our|the) (?:blood ?work|bloods|labs|lab ?work|lab results|"
    r"blood (?:test|panel)s?(?: results?)?) back|"
    # what an examination report says: "my endoscopy report says chronic gastritis", "the pathology report shows"
    r"(?:endoscopy|gastroscopy|colonoscopy|pathology|histology|biopsy|scan|ultrasound|mri|ct|x-ray|mammogram|smear|"
    r"lab|blood test|ecg|echo) (?:report|results?|findings?) (?:says?|said|shows?|showed|reads?|mentions?|mentioned|"
    r"notes?|noted|found|came back with|confirm(?:s|ed)?)|(?:intestinal )?metaplasia|dysplasia|barrett'?s "
    r"(?:o?esophagus)|"
    r"(?:doctor|gp|consultant|hospital|obstetrician|ob|midwife) (?:recommends?|recommended|wants (?:her|him|me|us) to|"
    r"suggested|referred))(?![a-z])")
# A relative named by kinship, near or extended ("小姨", "舅妈", "表哥", "老丈人", "外甥女", "继母"): their
# diagnosis is a family member's health however the question is put ("小姨刚查出来早期阿兹海默，怎么护理").
_KIN_ZH = (r"(?:[大小二三四老](?:姨|舅|姑|叔|伯)(?:妈|父|夫|婆|公|姥|爷|奶)?|"
           r"(?:姨|舅|姑|叔|伯)(?:妈|父|夫|婆|公|姥|爷|奶)|舅舅|姑姑|叔叔|伯伯|婶婶|婶子|舅妈|姨妈|姑妈|伯母|大娘|[表堂](?:姐|哥|弟|妹|兄)|嫂子|大嫂|弟媳|弟妹|姐夫|妹夫|"
           r"小叔子|小姑子|大舅子|小舅子|大姨子|小姨子|老丈人|丈母娘|亲家母?|儿媳妇?|女婿|侄子|侄女|侄儿|外甥女?|"
           r"孙子|孙女|外孙女?|继父|继母|后妈|后爸|干爹|干妈|太奶奶|太姥姥|太爷爷|曾祖[父母]|[外]?祖[父母]|"
           r"哥哥|姐姐|弟弟|妹妹|老姨|姨姥姥?|舅姥爷)")
# Someone's own health: a person is the subject ("我爸确诊了", "he tested positive").
# "高血压患者" names a group of patients, not one person.
_PERSON_ZH = re.compile(_KIN_ZH + r"|我|家人|家里人|老婆|老公|妻子|丈夫|孩子|儿子|女儿|父亲|母亲|老人|"
                        r"同事|员工|下属|他|她|"
                        r"奶奶|爷爷|外婆|外公|姥姥|姥爷|爸爸|妈妈|老爸|老妈|婆婆|公公|岳父|岳母|"
                        r"(?<![病症癌压炎瘤伤尿])(?:患者|病人)|有个人|有人|朋友|邻居|"
                        r"(?:一个|一位|有个|有位|那个|这个)(?:司机|护士|实习生|工人|店员|学生|客户|租户|老师|医生|员工|销售)")
_PERSON_EN = re.compile(
    r"(?i)(?<![a-z])(?:i|i'm|i've|my|me|he|she|his|her|him|colleague|coworker|co-worker|employee|"
    r"(?<=my )report|(?<=direct )reports?|patient|"
    r"wife|husband|son|daughter|dad|mom|mum|mother|father|brother|sister|guy|guys|team ?mate|friend|neighbou?r|"
    r"baby|child|kid|toddler|partner|aunt|uncle|grandma|grandpa|grandmother|grandfather|gran|nan|"
    r"auntie|cousin|nephew|niece|in-laws?|stepdad|stepmom|stepmum|stepfather|stepmother|grandson|granddaughter|"
    # someone we employ or serve, named by role: "one of our drivers", "our intern"
    r"one of (?:our|my|the) [a-z-]+|staff member|team member|worker|driver|nurse|contractor|intern|tenant|"
    r"student|client|customer|manager|boss)(?![a-z])")
# The writer or their own family as the subject ("我老婆", "我爸的", "my wife's", "I was diagnosed"): a
# person's health even inside a general question ("我妈查出结节，一般要复查吗" asks about her result).
_OWN_HEALTH_ZH = re.compile(r"我(?:的|们家|家)?(?:" + _KIN_ZH + r"|老婆|老公|妻子|丈夫|爱人|爸|妈|父亲|母亲|"
                            r"儿子|女儿|孩子|宝宝|闺女|"
                            r"岳父|岳母|公公|婆婆|爷爷|奶奶|外公|外婆|姥姥|姥爷|哥|姐|弟|妹|对象|女朋友|男朋友)|"
                            r"我(?:自己)?(?:的)?(?:检查|体检|报告|化验|B超|彩超|CT|核磁|胃镜|肠镜|病理|指标)|"
                            r"我(?:被|刚|上周|昨天|今年)?(?:确诊|查出|得了|患了)|"
                            r"(?:他|她|老人|家里人|家人|孩子|" + _KIN_ZH + r"|奶奶|爷爷|外婆|外公|姥姥|姥爷|"
                            r"爸爸|妈妈|老爸|"
                            r"老妈|婆婆|公公|岳父|岳母)(?:的)?(?:上个?月|去年|今年|最近|刚刚?|前几天|前阵子|体检)?(?:被|也)?"
                            r"(?:确诊|查出|检查出|诊断|得了|患了|患上)")
_OWN_HEALTH_EN = re.compile(
    r"(?i)(?<![a-z])(?:my (?:wife|husband|partner|spouse|mum|mom|mother|dad|father|son|daughter|kid|child|baby|"
    r"brother|sister|grandma|grandmother|grandpa|grandfather|gran|nan|fianc[ée]e?|girlfriend|boyfriend|"
    r"(?:own )?(?:results?|biopsy|scan|bloods|labs|mri|ct|screening|mammogram|ultrasound|doctor|gp|oncologist))|"
    r"(?:i|he|she|they) (?:was|were|got|have been|'ve been|has been|'s been|just got) (?:just |recently )?"
    r"(?:diagnosed|told (?:i|he|she|they) (?:have|has)|tested positive)|"
    r"my (?:kids|children|parents|grandparents|sons|daughters)|"
    # an extended or step relative: "my aunt", "my mother-in-law", "my stepdad", "my great-grandma", "my cousin"
    r"my (?:great[- ])?(?:aunt|auntie|aunty|uncle|cousin|nephew|niece|grandson|granddaughter|grandchild|granny|"
    r"granddad|grandad|nana|grandparent|godmother|godfather)s?|my (?:step|half[- ]?)(?:dad|mum|mom|father|mother|"
    r"son|daughter|brother|sister|kid|child)|my (?:mother|father|sister|brother|son|daughter|parents?)[- ]in[- ]law|"
    r"my in-laws)(?![a-z])")
# One particular person the writer knows, told of in the third person without a name ("a guy on my team",
# "one of my reports", "我们组一个同事", "我下属"): their condition is that person's health even inside a
# question about the writer's duties ("…he's HIV positive, what are my obligations as his manager?").
_SOMEONE_OF_MINE_ZH = re.compile(
    r"我(?:们|们的|的)?(?:组|小组|团队|部门|科室|公司|单位|项目组|办公室|班|宿舍|店|车间)(?:里|上|内)?(?:的|有)?"
    r"(?:个|一个|一位|位|有个|有位|那个|这个)?(?:同事|员工|下属|组员|同学|小伙子?|姑娘|女生|男生|女孩|男孩|实习生|新人|"
    r"老员工|大哥|大姐|人|工程师|销售|护士|司机|老师|店员|收银员|服务员|厨师|保安|保洁|骑手|业务员|客服|助理|文员|会计|出纳)|"
    r"我(?:的)?(?:同事|下属|手下|组员|员工|直属下属|领导|上司|老板|主管|经理|室友|舍友|同学|朋友|闺蜜|邻居|租客|房东|学生|客户|"
    r"徒弟|师傅|搭档)|"
    r"(?:同组|同部门|同科室|同一个组|组里|部门里|科室里|办公室里|公司里|店里|车间里|团队里|项目组里|"
    r"(?i:team|group) ?里)(?:的|有)?"
    r"\s?(?:个|一个|一位|位|有个|有位)?\s?(?:同事|员工|姐姐|大姐|哥们|兄弟|小姑娘|姑娘|小伙子?|男生|女生|阿姨|大哥|人|老师|护士|"
    r"师傅|[A-Za-z]{2,12}(?![A-Za-z]))")
_SOMEONE_OF_MINE_EN = re.compile(
    r"(?i)(?<![a-z])(?:my (?:direct )?(?:report|colleague|coworker|co-worker|employee|team ?mate|staff member|"
    r"team member|assistant|intern|manager|boss|supervisor|team lead|tenant|student|client|friend|best friend|"
    r"neighbou?r|flatmate|roommate|housemate|cousin|nephew|niece|uncle|aunt|mentee|cofounder|co-founder|"
    r"business partner)|"
    r"(?:a|an|one|this|that|the|one of the)? ?(?:new |young |older |senior |junior )?(?:guy|woman|man|girl|lady|"
    r"person|colleague|coworker|co-worker|engineer|employee|member|nurse|driver|developer|analyst|someone|somebody|"
    r"kid|student|intern|new hire|manager|cashier|contractor|worker|technician|teacher|waiter|waitress|cook|chef|"
    r"cleaner|guard|operator|picker|clerk|receptionist|agent|rep|teammate|doctor|volunteer|apprentice|trainee|"
    r"supervisor)s? (?:on|in|from|at) (?:my|our) (?:[a-z-]+ )?(?:team|department|dept|group|office|squad|unit|floor|"
    r"class|crew|company|shift|lab|store|ward|branch|shop|site|restaurant|clinic|school|warehouse|plant|factory|"
    r"kitchen|hotel|practice|firm|startup|org|organi[sz]ation)|"
    r"one of (?:my|our) (?:direct )?(?:reports|staff|team|employees|engineers|colleagues|coworkers|co-workers|"
    r"drivers|nurses|students|tenants|interns|new hires|analysts|developers|teammates|team members|workers|"
    r"cashiers|agents|contractors|managers|leads))(?![a-z])")
# ... unless it is a case supposed ("if one of my reports tells me…", "万一我下属得了…"): no one's health yet.
_SUPPOSED_CASE = re.compile(r"(?i)(?<![a-z])(?:if|when|whenever|suppose|supposing|say|in case|what if|should)"
                            r"(?![a-z])[^.!?\n]{0,12}$|(?:如果|假如|假设|万一|要是|若)[^。！？\n]{0,6}$")

# Told to the writer in confidence: "told me privately", "confided in me", "私下跟我说".
_CONFIDED = re.compile(r"(?i)(?<![a-z])(?:(?:told|has told|had told) (?:me|us) (?:privately|in private|in confidence|"
                       r"in strict(?:est)? confidence|off the record)|confided (?:in|to) (?:me|us))(?![a-z])|"
                       r"私下(?:里)?(?:跟|和|对|告诉|向)我(?:说|讲|透露|坦白|承认)?|(?:偷偷|悄悄)(?:跟|和|告诉)我")


# ... nor one who only asks or wants something general: "my colleague asked me what the symptoms of diabetes are"
_ASKED_OR_GENERAL = re.compile(r"(?i)(?<![a-z])(?:asked|asks|wants to know|wonders?|wants a|needs a)(?: me)? "
                               r"(?:what|how|whether|if|about|general|guide|list|"
                               r"for (?:advice|tips|guidance|info|information|resources|"
                               r"a (?:guide|list|summary|template|checklist)))|in general|general (?:guide|"
                               r"guidance|advice|tips|overview|rules?|question)|generally|问我|让我查|一般来说|通常来说")


# ... nor an illness going round that the text asks to keep from spreading ("办公室有人得了流感，怎么消毒", "someone
# on the floor tested positive for covid, how do we clean the desks?"): a hygiene question names no one's health.
_COMMON_CONTAGION = re.compile(r"(?i)流感|感冒|甲流|乙流|新冠|阳了|诺如|水痘|手足口|红眼病|"
                               r"支原体|肠胃炎|腮腺炎|麻疹|猩红热|"
                               r"(?<![a-z])(?:flu|influenza|a cold|covid(?:-19)?|norovirus|stomach bug|chickenpox|"
                               r"pink ?eye|conjunctivitis|strep throat|measles|mumps|lice|rsv)(?![a-z])")
_HYGIENE_ASK = re.compile(r"(?i)消毒|消杀|传染|防护|预防|通风|隔离|口罩|防止|(?<![a-z])(?:disinfect\w*|saniti[sz]\w*|"
                          r"clean(?:ing|ed)?|spread(?:ing)?|prevent\w*|ventilat\w*|catch(?:ing)? it|contagious|masks?)"
                          r"(?![a-z])")
# ... nor a labour-law question about what an employer may do with staff in general ("员工连续请病假超过医疗期，
# 公司可以单方解除劳动合同吗", "Can an employer dismiss an employee on long-term sick leave?"): a rule asked about,
# no one's health — unless the writer or one particular person is in it ("我", "她", "有个员工", "my colleague", "she").
_EMPLOYER_RULE_QUESTION = re.compile(
    r"(?:公司|用人单位|企业|单位|雇主|老板|HR|人事|学校|房东)(?:是否|到底)?(?:可以|能|能否|能不能|可不可以|有权|有没有权|"
    r"是否可以|是否有权|有权利|需不需要|要不要|需要|应该|应当|必须|是否需要|是否应该)[^。！？\n]{0,40}(?:吗|么|[？?])|"
    r"(?:违法吗|合法吗|违不违法|合不合法|有什么法律依据|法律上怎么|劳动法(?:怎么|如何)规定)|"
    r"(?i:(?:^|[.!?\n] *)(?:can|may|could|should|does|do|is|are|must) (?:an? |the |any )?(?:employers?|compan(?:y|ies)|"
    r"business(?:es)?|firms?|hr|schools?|landlords?|organi[sz]ations?)(?![a-z])[^.!?\n]{1,100}\?)")
_PARTICULAR_PERSON = re.compile(
    r"我|他|她|(?:一个|一位|有个|有位|这个|那个|这位|那位|这名|那名)(?:员工|同事|职工|孕妇|女员工|男员工|下属|人)|"
    r"(?i:(?<![a-z])(?:i|i'm|i've|me|my|mine|we|our|us|he|she|him|her|his|hers|this (?:employee|worker|person)|"
    r"an employee of (?:ours|mine))(?![a-z']))")


def is_employer_rule_question(text: str) -> bool:
    """Whether ``text`` asks what an employer (school, landlord) may do with people in general, naming no one."""
    return _EMPLOYER_RULE_QUESTION.search(text) is not None and _PARTICULAR_PERSON.search(text) is None


# ... and the condition is theirs, not the subject of something they read or made: "an article on HIV stigma",
# "一本关于抑郁症的书"
_TOPIC_OF_WORK = re.compile(r"(?i)(?<![a-z])(?:about|regarding|article|book|blog|post|poster|talk|video|podcast|paper|"
                            r"study|course|campaign|project|documentary|film|research|lecture)s?(?![a-z])|关于|有关|"
                            r"文章|书|视频|海报|公益|项目|科普|宣传|讲座|课程|研究|纪录片")


# A conduct or performance matter of one person the writer manages or works with: a PIP, a warning, misconduct,
# a dismissal being weighed ("a PIP for one of my reports who keeps missing deadlines", "我组里一个同事老是旷工，
# 想给他发书面警告") is that person's HR record, however the request is put.
_STAFF_MATTER_ZH = re.compile(
    r"绩效改进计划|PIP|书面警告|警告信|口头警告|处分|违纪|记过|绩效[^。！？\n，,]{0,8}(?:不达标|没达标|不合格|很差|垫底|打了?[CD])|"
    r"末位淘汰|"
    r"(?:老是|总是|经常|屡次|多次|又)(?:迟到|早退|旷工|请假|缺勤|摸鱼|拖延|完不成|交不了|顶撞|骂人|喝酒|醉酒|失联)|旷工|"
    r"劝退|辞退|开除|解雇|炒掉|被投诉|性骚扰|骚扰|酗酒|吸毒|赌博|偷拿|私吞|虚报|做假账|吃回扣|收回扣|离职倾向|想走了|在看机会|"
    r"造假|伪造|篡改|挪用|贪污|受贿|行贿|霸凌|假报销|刁难|"
    # drinking, drugs, gambling or another addiction of theirs: "上班一身酒气", "赌博欠了很多钱", "好像有酒瘾"
    r"酒瘾|赌瘾|毒瘾|药瘾|网瘾|上瘾|成瘾|一身酒气|满身酒气|一股酒味|有酒味|带着酒气|宿醉|喝醉|喝多了来|戒酒|戒毒|戒赌|复吸|"
    r"嗑药|溜冰|吸大麻|抽大麻|赌钱|网赌|赌球|欠了?[^。！？\n]{0,6}赌债|借钱去赌|戒断")
_STAFF_MATTER_EN = re.compile(
    r"(?i)(?<![a-z])(?:performance improvement plan|pip|written warning|final warning|verbal warning|disciplinary|"
    r"underperform\w*|poor performance|performance (?:issues?|problems?|concerns?)|attendance (?:issues?|problems?)|"
    r"(?:keeps?|kept|has been|have been|is always|constantly|repeatedly|regularly) (?:missing|coming in late|"
    r"showing up late|late|absent|skipping|no-showing|calling in sick|drunk|drinking|rude|yelling|falsifying|padding)|"
    r"no-call,? no-show|misconduct|harass\w*|(?:complaints?|grievance) (?:against|about)|"
    r"(?:fire|dismiss|terminate|let go of|sack|demote) (?:him|her|them)|(?:put|putting) (?:him|her|them) on|"
    r"drinking at work|drunk at work|showed up drunk|stealing|stole|fiddling|expense fraud|"
    # wrong-doing suspected of them: "I think my manager is faking the safety inspection records"
    r"faking|falsifying|fudging|forging|backdating|embezzling|skimming|taking kickbacks|cooking the books|"
    r"covering (?:it |this |that )?up|bullying|harassing|"
    # drinking, drugs, gambling or another addiction of theirs: "has a drinking problem", "smelled of booze"
    r"(?:drinking|alcohol|drink|drug|gambling|substance|pill|opioid|painkiller|cocaine|coke|weed|porn|betting)"
    r" (?:problem|issue|habit|addiction|abuse|dependency|debts?)s?|alcoholic|alcoholism|addict(?:ed|ion)?|"
    r"(?:smell(?:s|ed|ing)?|smelt|reek(?:s|ed|ing)?|stink(?:s|ing)?|stank) (?:of|like) (?:alcohol|booze|drink|beer|"
    r"wine|vodka|whisk(?:e)?y|liquor|weed|pot|cannabis|marijuana)|hung ?over|(?:was|is|came in|showed up|turned up|"
    r"seemed|looked|got) (?:drunk|high|stoned|wasted|intoxicated|tipsy)|(?:using|on|doing|taking|selling|dealing) "
    r"(?:drugs|cocaine|coke|meth|pills)|(?:relapsed|relapsing|in rehab|went to rehab|back in rehab)|"
    r"(?:gambl(?:es|ed|ing)|bet(?:s|ting)) (?:away|on|online|his|her|their|again|every)|drinking (?:again|on the job|"
    r"during|at lunch|in the)|(?:hiding|hides|hid|keeps?) (?:bottles|booze|alcohol|a bottle|a flask))(?![a-z])")


def _names_someone_of_mine(pattern: re.Pattern[str], text: str, terms: re.Pattern[str]) -> bool:
    """Whether ``text`` tells of one particular person the writer knows, not of a supposed case, with a
    condition of theirs told after the mention."""
    if _ASKED_OR_GENERAL.search(text):
        return False
    for mention in pattern.finditer(text):
        if _SUPPOSED_CASE.search(text[max(0, mention.start() - 24):mention.start()]):
            continue
        term = terms.search(text, mention.end(), mention.end() + 80)
        if term is not None and not _TOPIC_OF_WORK.search(text, mention.end(), term.start()):
            return True
    return False


# The requester in a request ("给我列个清单", "give me a list") is not the subject of the health term.
_REQUESTER = re.compile(r"(?:给|帮|替|为|告诉|让)我(?=[^爸妈家老儿女的们哥姐弟妹公婆岳外奶爷孩丈妻自])|"
                        r"(?i:(?<![a-z])(?:give|tell|show|help|send|get|find|make|write|list|explain to) me(?![a-z]))")
# Questions about rules, law, health or data handling in general carry no one's data.
_GENERAL_QUESTION = re.compile(
    r"(?i)(?<![a-z])(?:gdpr|hipaa|pipl|law|laws|(?<!for )(?<!to )(?<!with )(?<!from )(?<!by )legal"
    r"(?! team| department| dept| review| sign-?off| counsel| signed)|policy|policies|regulation|compliance|template|"
    r"generic|in general|what is|what are|symptoms of|explain|general (?:advice|tips|guidance|guide|overview))"
    r"(?![a-z])|"
    r"个人信息|隐私|法律|规定|制度|政策|合规|模板|有哪些技巧|有什么技巧|"
    r"一般|通常|什么是|属于|是否|算不算|症状有哪些|如何预防|科普")
# Keywords that name a sensitive topic rather than mark a text confidential: in a general
# question ("What's the median salary for ...?") they do not make it sensitive.
TOPIC_KEYWORDS = frozenset({"salary", "salaries", "payroll", "compensation package", "comp review", "薪资", "薪酬",
                            "调薪", "工资条", "工资单", "年薪", "年终奖", "保密协议", "底价", "投标底价"})

# A topic keyword that names a system or tool in a troubleshooting question ("855-67-0000 is rejected by the payroll
# system, why?", "薪资系统导出报错") is about software, not anyone's pay.
_SYSTEM_AFTER_KEYWORD = re.compile(
    r"(?i)^[ -]?(?:(?:to|onto|into|over to) )?(?:[a-z]+ ){0,2}(?:system|software|api|generator|calculator|builder|"
    r"parser|importer|exporter|plugin|macro|tool|app|application|portal|module|integration|service|platform|site|"
    r"database|db|connector|endpoint|provider|engine|screen|dashboard|backend|server|pipeline|saas|stack|interface|"
    r"vendor|bureau|outsourcer|processor|solution)s?(?![a-z])|"
    r"^(?:系统|软件|接口|模块|平台|网站|数据库|程序|服务|后台|工具|小程序|APP|App|app|外包|服务商|供应商|代发)")
# ... or in a change of that system (a vendor switched, a tool chosen, a migration announced): no one's pay either.
_SYSTEM_CHANGE = re.compile(
    r"(?i)(?<![a-z])(?:switch(?:ing|ed|es)?|migrat\w*|moving|move|replac\w*|choos\w*|select\w*|evaluat\w*|"
    r"compar\w*|implement\w*|roll(?:ing)? out|onboard\w*|outsourc\w*|rfp|tender|go-?live|cut-?over|new)(?![a-z])|"
    r"换|切换|迁移|选型|上线|替换|对接|外包|招标|新的")
# ... but an import row, a record or a long number in it is data being processed: "payroll import failed on row 12"
_DATA_IN_TEXT = re.compile(r"(?<![0-9])[0-9]{5,}(?![0-9])|[=|]|"
                           r"(?i:(?<![a-z])(?:rows?|records?|entry|entries)(?![a-z]))|第[0-9一二三四五六七八九十]+行|这一?行|记录")
_TROUBLE = re.compile(
    r"(?i)(?<![a-z])(?:reject(?:s|ed|ing)?|errors?|fail(?:s|ed|ing|ure)?|crash(?:es|ed|ing)?|bugs?|timeouts?|"
    r"time(?:s|d)? out|won'?t|doesn'?t|does not|can'?t|cannot|not working|broken|invalid|throws?|returns?|"
    r"stuck|hangs?|slow|why|blank|garbled|wrong|missing|loops?|fix(?:es|ed)?|help|how (?:do|can) i fix|"
    r"troubleshoot\w*|debug\w*|exception|stack ?trace|"
    r"[45][0-9]{2})(?![a-z])|报错|失败|打不开|登不上|登录不了|不通过|校验不过|异常|提示|卡住|超时|不能|无法|为什么|怎么回事|崩了?|"
    r"出错|乱码|不显示|不生效|没反应")


def is_system_name(text: str, start: int, end: int) -> bool:
    """Whether the topic keyword at ``text[start:end]`` names a system in a troubleshooting question
    ("rejected by the payroll system", "薪资系统报错"), carrying no one's figure."""
    return (_SYSTEM_AFTER_KEYWORD.search(text[end:end + 32]) is not None
            and (_TROUBLE.search(text) is not None or _SYSTEM_CHANGE.search(text) is not None)
            and _holds_no_pay_figure(text) and _DATA_IN_TEXT.search(text) is None)


# A topic keyword naming a kind of record in a question about keeping or erasing data ("Can a former employee demand
# we delete all their data, including payroll records?", "工资单要保存几年"): a data-protection question, no one's pay.
_LONG_NUMBER_OR_TABLE = re.compile(r"[0-9]{5,}|[=|]")  # an account number or a table row: data, not a category
_RECORD_AFTER_KEYWORD = re.compile(r"(?i)^[ -]?(?:records?|data|files?|history|documents?|archives?|slips?|exports?|"
                                   r"extracts?|sheets?|spreadsheets?)(?![a-z])|^(?:的)?(?:记录|数据|档案|资料|文件|存档|表)")
_RETENTION_QUESTION = re.compile(
    r"(?i)(?<![a-z])(?:delet\w*|eras\w*|retain\w*|retention|keep|kept|stor(?:e|ed|ing|age)|how long|right to|"
    r"purg\w*|destroy\w*|dispos\w*|archiv\w*|subject access|dsar|gdpr|ccpa|pipl)(?![a-z])|"
    r"删除|删掉|清除|保存|保留|留存|存档|多久|几年|年限|销毁|查阅|个人信息")


# ... or in a data-quality question about a value that cannot be real ("Payroll file has 791-51-0000, serial all
# zeros. flag it?", "工资单文件里身份证号全是0，要不要标出来"): the file's kind, not anyone's pay.
_DATA_QUALITY_QUESTION = re.compile(
    r"(?i)(?<![a-z])(?:all zeros?|all zeroes|invalid|malformed|placeholder|dummy|test (?:values?|numbers?|data)|"
    r"not (?:a )?valid|can'?t be (?:valid|real)|flag (?:it|this|them|these)|fake|bogus|impossible)(?![a-z])|"
    r"全是0|全为0|全零|无效|格式不对|不合法|不合规的号|占位|测试数据|假号|不可能是真的")


def is_record_category(text: str, start: int, end: int) -> bool:
    """Whether the topic keyword at ``text[start:end]`` names a kind of record in a question about keeping or
    erasing data, or checking a value in it, with no figure, row or number of anyone's in the text."""
    return (_RECORD_AFTER_KEYWORD.search(text[end:end + 12]) is not None
            and (_RETENTION_QUESTION.search(text) is not None or _DATA_QUALITY_QUESTION.search(text) is not None)
            and _holds_no_pay_figure(text) and _LONG_NUMBER_OR_TABLE.search(text) is None)


# A keyword quoted as a suspected phishing or scam message's subject or text ("是不是钓鱼邮件？标题写着“您的工资单
# 已更新”", "is this a scam? subject: 'Payroll update required'"): the word is the lure, not our data.
_LURE_QUESTION = re.compile(
    r"(?i)钓鱼|诈骗|骗局|骗子|可疑(?:的)?(?:邮件|短信|链接|消息)|冒充|假冒|垃圾邮件|"
    r"(?<![a-z])(?:phishing|phish|phishy|scam|scams|scammy|spoof(?:ed|ing)?|smishing|spam|fraudulent "
    r"(?:e-?mail|text|sms|message)|suspicious (?:e-?mail|text|message|link|sms))(?![a-z])")
_LURE_TEXT_BEFORE = re.compile(r"(?i)(?:标题|主题|写着|写的是|内容是|说|subject(?: line)?|title|says?|saying|reads?|"
                               r"titled|called)[:：]?\s*[\"'“‘「『]?[^\n\"“”]{0,24}$")


def is_lure_text(text: str, start: int, end: int) -> bool:
    """Whether the topic keyword at ``text[start:end]`` is the wording of a suspected phishing or scam message
    (quoted, or after "subject"/"标题写着"), with no one's pay figure in the text."""
    if _LURE_QUESTION.search(text) is None or not _holds_no_pay_figure(text):
        return False
    quoted = any(q in text[max(0, start - 24):start] for q in "\"“「『《")  # opening quotes, no apostrophe
    return quoted or _LURE_TEXT_BEFORE.search(text[max(0, start - 32):start]) is not None


def _holds_no_pay_figure(text: str) -> bool:
    """No one's own pay figure ("my salary is $95k", "我年终奖5万") and no amount of money in ``text``."""
    return _OWN_PAY_FIGURE.search(text) is None and _PAY_AMOUNT.search(text) is None


# An amount of money: a payroll system's error quoting someone's pay is about that pay.
_PAY_AMOUNT = re.compile(r"(?i)[$€£¥￥][ ]?[0-9]|[0-9](?:\.[0-9]+)?k(?![a-z])|[0-9]+(?:\.[0-9]+)? ?(?:元|块|万|"
                         r"usd|eur|gbp|rmb|cny)(?![a-z])")


# Stricter: what makes a salary or NDA mention generic (a law, a template, a script over a column).
_GENERIC_TOPIC = re.compile(
    r"(?i)(?<![a-z])(?:gdpr|hipaa|pipl|ccpa|template|generic|public surveys?|market data|script|column|"
    r"csv|general (?:advice|tips|guidance))(?![a-z])|个人信息保护法|劳动法|模板|范本|通用|脚本|列名|"
    r"有哪些技巧|有什么技巧|一般(?:包括|怎么|如何|有哪些)|包括哪些|怎么设计|如何设计")


# Asking how a topic works rather than stating one's own case: how pay is taxed, how to answer a salary
# question in an interview, whether a number has a valid format.
_HOW_IT_WORKS = re.compile(
    r"(?i)(?<![a-z])(?:(?:in|for|during) an? (?:job |phone |final )?interview|interview questions?|"
    r"how (?:should|do|can|would) (?:i|you|we|one) (?:answer|respond to|reply to|handle|phrase)|"
    r"(?:valid|invalid|correct|right|legal) [\w -]{0,20}(?:format|pattern|checksum)|format (?:check|validation|rules?)|"
    r"how (?:is|are) [\w -]{0,30} taxed|tax(?:ation)? (?:rules|treatment|brackets?))(?![a-z])|"
    r"单独计税|并入综合所得|个税怎么(?:算|交|扣)|(?:怎么|如何)(?:计税|扣税|纳税|报税)|税率是多少|哪种更划算|哪个更划算|"
    r"有什么判断(?:方法|标准)|面试[^。！？\n]{0,16}(?:怎么|如何)(?:回答|谈|说|应对)|"
    r"(?:期望薪资|薪资期望|期望工资|期望年薪)[^。！？\n]{0,8}(?:怎么|如何)(?:回答|说|谈|填|写)|格式(?:对不对|是否正确|校验)|"
    # how others do it, asked about a practice: "工资条上卡号只显示后四位，别的公司是怎么处理的？"
    r"(?:别的|其他|其它|别家|大部分|多数|大多数)(?:公司|企业|单位|团队|厂|平台)[^。！？\n]{0,6}(?:是|都|一般|通常)?(?:怎么|如何)|"
    r"(?:同行|业内|行业里?)(?:一般|通常|都)?(?:是)?(?:怎么|如何)(?:做|处理|设计|规定|安排)|行业惯例|通行做法|"
    r"(?i:(?<![a-z])(?:how do|how does|what do) (?:other|most|many|big|large) (?:companies|firms|employers|teams|"
    r"orgs?|organi[sz]ations|startups|businesses)|(?:is it|is this) (?:common|normal|standard|usual|typical) "
    r"(?:for|to|practice)|(?:best|standard|common|industry) practices?(?![a-z]))")
# ... unless the text also states someone's own figure: "my salary is $95k", "我年终奖5万".
_OWN_PAY_FIGURE = re.compile(
    r"(?i)(?<![a-z])(?:my|our|his|her|their) (?:current |base |annual )?(?:salary|pay|bonus|comp|compensation|"
    r"offer)[^.!?\n]{0,16}[$€£¥]?[0-9]|(?:我|他|她)的?(?:现在的?|今年的?|去年的?)?(?:年终奖|工资|年薪|月薪|薪资|奖金|底薪)"
    r"[^。！？\n]{0,8}[0-9０-９一二三四五六七八九十两]")


# Figures that are published or about a whole market, not someone's own: "according to the 2024 public salary
# survey", "the median pay for data engineers in Singapore", "统计局公布的平均工资", "数据工程师的薪资行情".
_PUBLISHED_FIGURES = re.compile(
    r"(?i)(?<![a-z])(?:(?:public|published|national|government|official|industry|industry-wide|market|open|"
    r"census|labou?r)(?: [\w-]+){0,2} (?:surveys?|reports?|statistics|stats|data|benchmarks?|guides?|studies|"
    r"study|figures)|according to (?:the |a |an )?(?:[\w-]+ ){0,4}(?:surveys?|reports?|statistics|stats|data|"
    r"studies|study|census|bureau|guides?|glassdoor|levels\.fyi|payscale|indeed)|"
    r"(?:median|average|typical|mean|going|market) (?:annual |monthly |base |starting )?(?:pay|salary|salaries|"
    r"wages?|compensation|comp|rate) (?:for|of|among|in) (?!my |our |his |her |their )[a-z]|"
    r"(?:glassdoor|levels\.fyi|payscale|indeed|linkedin salary|bls|ons)(?![a-z]))(?![a-z])|"
    r"统计局|人社(?:局|部)|(?:行业|公开|官方|年度|市场|第三方|招聘网站)[^。！？\n，,]{0,6}(?:报告|调查|调研|数据|统计|指导价)|"
    r"(?:平均|中位数?的?|普遍|市场)(?:工资|薪资|薪酬|月薪|年薪|收入)|(?:工资|薪资|薪酬|月薪|年薪)(?:的)?(?:中位数|平均值|"
    r"平均水平|行情|大概多少|一般多少)")


# Whether a role may share or ask about someone's data, asked of a role and not of a person: "Can HR share an
# employee's medical leave reason with their manager?", "公司可以要求员工提供病历吗". The writer's own case is no
# such question.
_ROLE_PRIVACY_QUESTION = re.compile(
    r"(?i)(?<![a-z])(?:can|may|could|should|is it (?:legal|lawful|ok|okay|allowed) for|are) (?:hr|an? (?:employer|"
    r"manager|company|landlord|school|insurer|doctor|teacher|boss|recruiter)|the (?:employer|company|school|landlord|"
    r"insurer)|employers|managers|companies|landlords|schools|insurers|recruiters)(?: legally)? (?:allowed to |"
    r"permitted to |to )?(?:share|disclose|ask|tell|require|request|demand|reveal|access|see|know|inform|publish|"
    r"pass on)[^.!?\n]{0,40}(?<![a-z])(?:an?|the|their|its) (?:employee|worker|staff member|candidate|"
    r"applicant|tenant|patient|student|customer|member)s?(?:'s?)?(?![a-z])|"
    r"(?:公司|单位|企业|HR|人事|用人单位|领导|老板|雇主|房东|学校|老师|保险公司|医院) ?(?:可以|能|能不能|能否|"
    r"是否可以|是否能|有权|有没有权|有权利|可不可以)(?:利)?(?:把|向|要求|询问|查看|公开|透露|告诉|知道|问|索要|收集)"
    r"[^。！？\n]{0,20}"
    r"(?:员工|职工|求职者|应聘者|租客|学生|病人|患者|客户|家长)")
_FIRST_PERSON = re.compile(r"(?i)我|(?<![a-z])(?:i|i'm|i've|my|me|mine)(?![a-z])")


# Whether someone other than the writer may lawfully do a thing: "Can a company legally record calls without telling
# staff?", "Are landlords allowed to enter without telling the tenant?". A rule asked about, no plan of ours ("can we
# legally…" is one, and stays out).
_LAWFULNESS_QUESTION = re.compile(
    r"(?i)(?:^|[.!?\n] *)(?:so |and |but |also |quick question:? )?(?:can|may|could|is|are|does|do|should)"
    r" (?!we |i |us |our )[^.!?\n]{1,50}(?<![a-z])(?:legally|lawfully|allowed to|permitted to|entitled to|"
    r"within (?:their|its|his|her|the) rights to|have the right to|has the right to)(?![a-z])[^.!?\n]{0,120}\?|"
    # ... or whether a role may do it unbeknown to someone: "Can a manager read an employee's DMs without telling
    # them?", "Can my landlord enter without notice?" (a role asked about, not our own plan)
    r"(?:^|[.!?\n] *)(?:so |and |but |also |quick question:? )?(?:can|may|could|should|does|do|is it (?:ok|okay|"
    r"normal|common|legal|lawful|allowed) for) (?:an? |any |my |your |the )?(?:employers?|compan(?:y|ies)|"
    r"managers?|bosses|boss|landlords?|schools?|teachers?|hr|parents?|police|apps?|websites?|banks?|doctors?|"
    r"insurers?|government|universit(?:y|ies)|platforms?|it department|it admins?|admins?|agenc(?:y|ies))"
    r"(?![a-z])[^.!?\n]{1,80}(?<![a-z])without (?:telling|informing|notifying|asking|warning|notice|consent|"
    r"permission|(?:my|their|his|her|your|the [a-z]+'?s?) (?:consent|permission|knowledge))(?![a-z])[^.!?\n]{0,80}\?")


def is_role_privacy_question(text: str) -> bool:
    """Whether ``text`` asks what a role may do with someone's data, with no person of the writer's in it."""
    return _ROLE_PRIVACY_QUESTION.search(text) is not None and _FIRST_PERSON.search(text) is None


# A question about what a term means or how two concepts differ: "商业秘密和专利保护有什么区别？", "What counts as
# a trade secret?". A secrecy keyword there names a concept; it marks nothing confidential.
_CONCEPT_QUESTION = re.compile(
    r"(?i)(?:和|与|跟|同)[^。！？\n，,]{1,14}(?:有什么|有啥|的)(?:区别|不同|差别|差异|联系)|是一回事吗|怎么区分|如何区分|"
    # how concepts compare or how one works: "商业秘密和专利保护各有什么优缺点", "如何保护商业秘密"
    r"(?:各有|分别有|各自有)(?:什么|哪些|啥)?(?:优缺点|优劣|利弊|好处|特点|长处)|(?:优缺点|利弊|优劣势?)(?:是什么|有哪些|分别是|对比)|"
    r"^(?:请问)?(?:企业|公司)?(?:应该)?(?:如何|怎么|怎样)"
    r"(?:保护|防范|防止|认定|界定|维护|处理)[^。！？\n，,]{0,8}[？?]?$|(?:是怎么|是如何)(?:运作|起作用|保护)的|"
    # what the law says of a kind of thing: "商业秘密的保护期限是多久", "什么样的信息可以算作商业秘密"
    r"期限是多久|(?:一般|通常)(?:要)?(?:保存|保留|保密)(?:几年|多久|多长时间)|什么样的[^。！？\n]{0,12}(?:可以|能|才能|才)?"
    r"(?:算|算作|算是|属于|构成|认定为)|(?:还要|需要|必须|要不要)遵守[^。！？\n]{0,12}吗|"
    # ... in one clause: a case told before "这样合法吗" is no such question
    r"^[^，。！？\n,]{2,24}(?:合法|违法|合规|有效)吗[？?]?$|"
    r"(?<![a-z])(?:under (?:us|uk|eu|chinese|german|french|indian|[a-z]+ state|federal|state) law|"
    r"statute of limitations|how long (?:does|do|is|are|should) [\w' -]{1,40} (?:last|be kept|be retained|valid|"
    r"protected)|^is it (?:legal|lawful|illegal) (?:for|to))|"
    r"(?<![a-z])(?:pros and cons of|advantages and disadvantages of|how does [\w' -]{1,40} work|"
    r"^how (?:do|can|should) (?:companies|a company|businesses|firms|one|you) (?:protect|safeguard|enforce))|"
    r"^(?:请问)?什么是|是什么意思|指的是什么|(?:怎么|如何)(?:定义|界定|认定)|的定义|(?:包括|包含)哪些|"
    r"(?<![a-z])(?:what(?:'s| is) the difference between|how (?:does|do|is|are) [\w' -]{1,40} differ|"
    r"(?:is|are) [\w' -]{1,40} the same (?:thing )?as|what (?:counts|qualifies) as|definition of|"
    r"how (?:is|are) [\w' -]{1,40} (?:defined|classified))|"
    # what a term is called in another language: "竞业限制英文怎么说", "what's the English term for 保密协议?"
    r"(?:英文|英语|中文|日文|日语|德语|法语)(?:里|中)?(?:怎么说|怎么讲|怎么翻译|叫什么|对应的?(?:术语|说法|词))|"
    r"(?:怎么|如何)翻译[？?]?$|翻译成(?:英文|英语|中文|日文)(?:是什么|怎么说)|"
    r"(?<![a-z])(?:what(?:'s| is| are) the (?:english|chinese|japanese|german|french|spanish|proper|correct|legal|"
    r"standard|usual) (?:terms?|words?|translations?|equivalents?) (?:for|of)|how (?:do|would|should) (?:you|i|we) "
    r"(?:say|translate|render)|(?:is|are) [\w' -]{1,40} called in (?:english|chinese|japanese|german|french))|"
    # which tier a kind of data gets in a classification scheme: "数据分类分级里，员工的薪酬数据一般定成几级"
    r"(?:分类分级|数据分级|敏感(?:等级|级别)|密级)[^。！？\n]{0,30}(?:定成|定为|定|划为|划成|归为|算|属于|是)"
    r"(?:几级|哪一?级|哪个(?:级别|等级)|什么(?:级别|等级))|"
    r"(?<![a-z])(?:what (?:classification|sensitivity|confidentiality) (?:level|tier|class) "
    r"(?:should|would|do|does|is)|"
    r"how (?:should|do|would) (?:you|companies|a company|one|organi[sz]ations) classify)")
# ... unless it carries material of ours: "我们的这份方案算不算商业秘密", "is our customer list a trade secret?"
_OWN_MATERIAL = re.compile(r"(?i)我们|我司|咱们|这份|这个文件|附件|以下|如下|(?<![a-z])(?:our|we|this|these|attached|"
                           r"below|following)(?![a-z])|[0-9]{3}")


def is_concept_question(text: str) -> bool:
    """Whether ``text`` asks what a concept means or how concepts differ, carrying no material of the writer's."""
    return (len(text) <= 120 and _CONCEPT_QUESTION.search(text) is not None
            and _OWN_MATERIAL.search(text) is None)


# Who may see a kind of record, asked as an access-design question ("HR系统里员工的病假记录谁能看？权限应该怎么设计",
# "Who should be able to view salary history in our HRIS?"): a permission model, no one's record.
_ACCESS_DESIGN = re.compile(
    r"(?i)权限(?:应该|要|该|需要)?(?:怎么|如何)(?:设计|设置|分配|划分|配置|控制|管理)|权限(?:模型|矩阵|设计|方案|分级)|"
    r"(?:记录|档案|数据|资料|信息|报告|工资单|工资条)(?:应该|一般|到底)?(?:谁|哪些人|哪些角色|哪些岗位)(?:能|可以|有权|应该能?)"
    r"(?:看|查看|访问|调阅|修改|导出)|"
    r"(?<![a-z])(?:who (?:should|can|may|gets to|ought to) (?:be able to |be allowed to )?(?:see|view|access|read|edit|"
    r"export)[\w' -]{0,40}(?<![a-z])(?:records?|data|files?|history|reports?|notes|details)|role-based access|rbac|"
    r"access[- ]control (?:model|design|policy|matrix|rules)|permission (?:model|scheme|design|matrix)|"
    r"(?:access|permission) (?:levels?|tiers?|roles?) for)(?![a-z])")


def is_access_design_question(text: str) -> bool:
    """Whether ``text`` asks who may see a kind of record (a permission model), holding nothing secret itself."""
    return (_ACCESS_DESIGN.search(text) is not None and _SECRECY_ZH.search(text) is None
            and _SECRECY_EN.search(text) is None)


# Whether a kind of record may be posted or passed on ("公司群里能不能发同事的病假条照片？", "Is it OK to forward an
# employee's sick note to the whole team?"): a privacy question about a record kind, not anyone's health — unless it
# names a condition (then the record's content is in the text: "能不能把他的抑郁症诊断发群里").
_SHARING_PERMISSION_QUESTION = re.compile(
    r"(?i)(?:能不能|可不可以|能否|可否|是否(?:可以|能)|该不该|应不应该|允不允许|让不让)[^。！？?!\n]{0,16}"
    r"(?:发|转|公开|贴|晒|截图|分享|外传|公示|传到|放到|给[^。！？?!\n]{0,6}看)|"
    r"(?:发|转发|公开|贴|晒|分享|公示|传)[^。！？?!\n]{0,24}(?:合适吗|合法吗|违法吗|合规吗|侵权吗|可以吗|行吗|妥当吗|"
    r"算不算侵犯)|"
    r"(?<![a-z])(?:is it (?:ok|okay|fine|legal|lawful|appropriate|acceptable|allowed)|(?:can|may|should) (?:i|we|a "
    r"manager|managers|hr|employers?|companies|a company|colleagues)|are (?:we|managers|employers|colleagues) "
    r"allowed) (?:to )?[^.!?\n]{0,30}(?<![a-z])(?:post|share|forward|publish|circulate|send|screenshot|put|pin)"
    r"(?![a-z])")
# Record kinds a question may name without holding any content; a named condition is content.
_HEALTH_RECORD_KIND = re.compile(
    r"(?i)病假(?:条|单|证明|记录)|化验单|体检(?:报告|结果)|病历|诊断(?:书|证明)|住院证明|"
    r"(?<![a-z])(?:(?:sick|medical) (?:notes?|certificates?|records?)|doctor'?s notes?|fit notes?|"
    r"lab results|scan results?)(?![a-z])")


def is_record_sharing_question(text: str, medical_terms: re.Pattern[str]) -> bool:
    """Whether ``text`` asks whether a kind of health record may be shared, every medical term in it a record kind."""
    if _SHARING_PERMISSION_QUESTION.search(text) is None:
        return False
    record_spans = [m.span() for m in _HEALTH_RECORD_KIND.finditer(text)]
    return all(any(start < m.end() and m.start() < end for start, end in record_spans)
               for m in medical_terms.finditer(text))


def is_general_question(text: str) -> bool:
    """Whether ``text`` asks about a topic in general (law, templates, scripts, how pay is taxed or an
    interview answered, published or market-wide figures, who may see a kind of record) rather than holding data."""
    if _GENERIC_TOPIC.search(text) is not None:
        return True
    if is_access_design_question(text) and _holds_no_pay_figure(text):
        return True
    if _PUBLISHED_FIGURES.search(text) is not None and _OWN_PAY_FIGURE.search(text) is None:
        return True
    if _JOB_POSTING.search(text) is not None and _OWN_PAY_FIGURE.search(text) is None:
        return True
    if _METHOD_QUESTION.search(text) is not None and _PAY_AMOUNT.search(text) is None:
        return True
    return _HOW_IT_WORKS.search(text) is not None and _OWN_PAY_FIGURE.search(text) is None


# A salary range in a job ad is published by design: "Write a job ad for a senior accountant, salary range £55–65k".
_JOB_POSTING = re.compile(r"(?i)(?<![a-z])(?:job (?:ad|advert|advertisement|posting|post|listing|description|spec)s?|"
                          r"jd|vacancy (?:notice|ad|text)|careers? page)(?![a-z])|"
                          r"招聘(?:启事|广告|文案|海报|信息|JD)|岗位(?:描述|说明|JD)|职位(?:描述|说明|发布)")
# How a company should go about a pay practice, asked with no figure: "What's a fair way to run salary benchmarking for
# a startup?", "What's the safest way to collect SSNs for payroll in a small company?", "小公司怎么做薪酬调研比较好？"
_METHOD_QUESTION = re.compile(
    r"(?i)(?<![a-z])(?:what(?:'s| is| are) (?:a |the )?(?:most )?(?:fair|good|best|right|standard|simple|common|"
    r"safe|safest|secure|easiest|easy|recommended|proper|correct|cleanest|compliant|cheapest|simplest|fastest) "
    r"(?:ways?|approach|method|process|framework|practice|setup|tool|option) (?:to|for|of)|"
    r"best practices? (?:for|to|when|on|around)|"
    r"how (?:should|do|can|would) (?:a |an )?(?:small |smaller |new |mid-sized |growing |large |remote )?"
    r"(?:startups?|compan(?:y|ies)|employers?|business(?:es)?|organi[sz]ations?|firms?|teams?|shops?)|"
    r"what (?:questions|things) should (?:i|we|you) ask|negotiation (?:tips|advice|"
    r"questions|tactics|strategies)|(?:tips|advice) (?:for|on) (?:a |my |the )?(?:salary|pay|raise) "
    r"negotiation)(?![a-z])|"
    r"(?:小公司|初创公司|企业|公司)(?:一般)?(?:怎么|如何|应该怎么|应该如何)(?:安全地?)?(?:做|设计|搭建|开展|收集|保存|存储|管理|"
    r"处理|发放)|(?:最安全|最稳妥|最合规|最好)的(?:做法|方法|方式|办法)")


# A keyword discussed as a word, not used as a label: "“内部”和“机密”两个等级怎么划分", "what is a trade secret",
# "the 'confidential' classification level".
_QUOTES = "\"'“”‘’「」『』《》"
_TERM_BEFORE = re.compile(r"(?i)(?:什么是|什么叫|何为|何谓|定义|区分|区别|"
                          r"\bwhat (?:is|are|counts as|does)(?: an?| the)?|\bdefine|\bdefinition of|"
                          r"\bdifference between)\s*$")
_TERM_AFTER = re.compile(r"(?i)^\s*(?:(?:两个|这两个|几个|等)?(?:等级|级别|分级|密级)|的定义|的区别|是什么|指什么|"
                         r"怎么界定|如何界定|怎么定义|如何定义|(?:classification|sensitivity) (?:level|label|tier)s?|"
                         r"means?\b|mean\?)")


def is_term_mention(text: str, start: int, end: int) -> bool:
    """Whether the keyword at ``text[start:end]`` is named as a term (quoted in a question about
    classification levels, or defined) rather than marking the text itself."""
    quoted = 0 < start and end < len(text) and text[start - 1] in _QUOTES and text[end] in _QUOTES
    before, after = text[max(0, start - 24):start], text[end:end + 24]
    if quoted:
        before, after = before[:-1], after[1:]
    return bool(_TERM_BEFORE.search(before) or _TERM_AFTER.search(after)
                or (quoted and re.search(r"(?i)等级|级别|分级|密级|classification|labels?\b|levels?\b", text)))


# Secrecy said in other words than the configured keywords ("先别声张", "keep this between us",
# "before the earnings call"): someone is holding something back, so the content is not public.
_SECRECY_ZH = re.compile(
    r"先别(?:往外|对外)?(?:说|讲|声张|告诉|透露|发群|在群里|外传)|别声张|烂在肚子里|还没(?:有)?官宣|没官宣|先压着|"
    r"别让(?:下面的人|员工|团队|大家|他们|客户|对方|供应商)(?:知道|察觉)|只有(?:几个人|管理层|老板|我们几个|董事会|"
    r"高管|项目组)知道(?!怎么|如何|为什么|密码)|(?:员工|团队|大家|客户|投资人)(?:都)?还不知道|"
    r"(?:客户|他们|大家|老板|领导|投资人|员工|对方|团队|用户|银行)(?:那边|都|也)?还(?:以为|蒙在鼓里)|"
    # altering, hiding or leaking what others rely on; shipping a known defect; taking people or clients along
    r"(?:数据|数字|报表|报告|账目?|费用|收入|营收|利润|成本|结果|记录)[^。！？\n]{0,10}(?:删掉|隐瞒|写高|写低|做高|做低|"
    r"重新归类|调高|调低|藏起来|美化)|(?:删掉|隐瞒|瞒着|美化)[^。！？\n]{0,12}(?:数据|数字|报表|结果|问题|事故|投资人|客户|领导|"
    r"监管|公司)|(?:报价|底价|标书|价格|方案)[^。！？\n]{0,8}(?:透露|泄露|发)给(?:另一家|竞争对手|对手|其他)|"
    r"先(?:量产|上线|发货|出货|发布|交付)再(?:改|修|说|补)|带(?:着|走)[^。！？\n]{0,6}(?:团队|客户|核心|资源|代码)|"
    r"(?:投标|竞标|报价)[^。！？\n]{0,6}我们(?:打算|准备|想|要|决定)|(?:公告|官宣|公布|发布会|财报|业绩会)(?:之)?前|"
    # a cause stated other than it is, a disclosure held back, talks with a competitor
    r"先别(?:在|跟|和|向|对)[^。！？\n，,急]{0,8}(?:说|讲|提(?![交醒前高升出])|告诉|透露)|"
    r"(?:还没|尚未|没有?)(?:批|审批|批下来|通过|拿到|备案)[^。！？\n]{0,12}(?:但|却|就)[^。！？\n]{0,10}(?:已经|先|已经先)(?:开始|上线|"
    r"生产|运营|开工|发货|试生产|开业|营业|施工|入住|卖)|"
    r"(?:审计|监管|银行|投资人|董事会|税务)[^。！？\n]{0,30}(?:别提|不提|不要提|别写|不写|别说|不说)|"
    r"口径(?:统一)?说(?:是|成)|(?:想|要|打算|准备)等[^。！？\n]{0,12}(?:再|之后再|以后再)(?:发|通知|公告|披露|说|公布|通报)|"
    r"和(?:竞品|竞争对手|竞对)(?:公司)?(?:在)?谈|(?:竞品|竞对|竞争对手)(?:公司)?(?:开出|给)的(?:条件|offer|薪资|待遇)|"
    r"(?:下周|下个月|月底|年底|之后|以后)才(?:会)?(?:通知|公布|宣布|官宣|公告|发布|对外|上线|上|开售|开卖|生效)|"
    r"(?:明天|下周[一二三四五六日]?|下个月|月底|周[一二三四五])(?:要|将|准备|会)(?:宣布|公布|官宣|公告)|"
    r"(?:还没|尚未|没有?)对外(?!开放|提供|服务)|"
    r"(?:还没|尚未|没)(?:通知|告诉)(?:员工|团队|大家|本人|当事人|他们)|"
    # someone must not pass it on yet: "先别让销售提前透露给客户" (a surprise kept from one person is "知道", not this)
    r"(?:先|暂时|暂且|还)别让[^。！？\n，,]{0,8}(?:提前|私下)?(?:透露|泄露|说出去|外传|传出去|漏出去)|"
    r"(?:对外|跟客户|对客户|给客户|跟投资人|对投资人|跟外面|对媒体)(?:一直|都|还|始终|仍然)(?:说|讲|称|宣称|写)(?!的?话术)|"
    # ... or a report that keeps saying all is well: "但给集团的月报里一直写的是按期推进"
    r"(?:但|可是|却|然而)[^。！？\n]{0,20}(?:一直|都|还|仍然|始终)(?:写|说|报|讲|称|标)(?:的是|着|成|的)?[^。！？\n]{0,4}"
    r"(?:按期|按计划|正常|没问题|on track|绿|顺利|如期|达标|完成)|"
    # a defect of ours found, what to do still undecided: "召回方案还没定", "要不要召回还在讨论"
    r"召回(?:方案|计划|决定)?(?:还没|尚未|没)(?:定|决定|出|确定)|要不要召回[^。！？\n]{0,4}(?:还在|还没|没定|待定|在讨论|在评估)|是否召回[^。！？\n]{0,6}(?:还|没|未|待)|"
    r"(?:负责人|员工|团队|大家|当事人|本人)(?:都)?(?:还没|尚未)(?:被)?通知|内测价|内部价|不能(?:讲|提|透露)的|不能(?:开源|公开|外发|外泄|"
    r"给外人|让外面)|对外(?:只说|口径|宣称|说法|的说法)|"
    # whether or how to present a fact other than it is: "周报里要不要如实写", "对外怎么措辞", "内定"
    r"(?:要不要|该不该|是否|能不能|需不需要|敢不敢)如实|对外(?:怎么|如何|该怎么|要怎么)(?:措辞|说|讲|解释|回应|表述|交代|包装)|"
    r"对外(?:要|就|得|会|只能)?(?:说成|说是|讲成|写成)|"
    r"怎么(?:瞒|隐瞒|掩盖|粉饰|淡化|圆过去|糊弄|蒙混)|"
    r"(?:真实|实际|其实)[^。！？\n]{0,24}(?:但|却|可是?)[^。！？\n]{0,12}(?:写成|填成|开成|做成|报成|改成|说成|标成|写为|报为)|"
    r"(?:抽奖|评选|评优|招标|投标|名额|晋升|奖项|一等奖|中标|人选|评奖)[^。！？\n]{0,12}内定|内定(?:了|给)|"
    # our real figure against what was set or told: "实际出货量只有目标的58%", "实测只有宣传的六成"
    r"(?:实际|实测|真实|内测|内部测试|测下来|测出来|跑下来)[^。！？\n，,]{0,16}(?:只有|仅有?|才|不到|达不到|没达到|低于|比)"
    r"[^。！？\n]{0,16}(?:目标|预期|预测|宣传|承诺|计划|指引|对外|标称|给[^。！？\n]{0,6}的)|"
    r"(?:能不能|可不可以|能否|要不要)把[^。！？\n]{0,20}(?:算成|算作|报成|说成|包装成)|"
    r"只在(?:董事会|管理层|高管|小范围|决策层)(?:层面|内部)?(?:讨论|知道|流转)|(?:还没|尚未)(?:上报|披露|对外公布)")
_SECRECY_EN = re.compile(
    r"(?i)(?<![a-z])(?:keep (?:this|it|that) (?:between us|quiet|to yourself|under wraps|hush)|"
    # ("don't tell me the ending" asks to be spared, hides nothing)
    r"(?:do not|don'?t|dont|pls don'?t|please don'?t) (?:share|tell|forward|mention|leak|post)(?! (?:me|us)(?![a-z]))|"
    # hushed in other words: "Don't repeat this yet: the Tulsa warehouse gets shut down in March"
    r"(?:do not|don'?t|dont|please don'?t) (?:repeat|spread|pass on|breathe a word of) (?:this|it|that)"
    r"(?= (?:yet|to anyone|around|outside|just yet)|\s?[:—–-])|"
    # asked not to pass it on in other words: "don't paste it anywhere else", "please don't copy this outside"
    r"(?:do not|don'?t|dont|pls don'?t|please don'?t) (?:paste|copy|upload|send|show|circulate|distribute|repost|"
    r"put) (?:this|it|these|that|them)(?: [a-z]+){0,2}? (?:anywhere|outside|around|elsewhere|externally|to anyone|"
    r"to others|into (?:other|any)|beyond|publicly|online)(?![a-z])|"
    r"(?:hasn'?t|has not|haven'?t|have not|isn'?t|not) (?:been )?(?:announced|public|disclosed)(?: yet)?|"
    # (a product or feature being launched is marketing work, not a secret: "Before we announce the new feature,
    # what should the landing page say?")
    r"(?:before|ahead of) (?:the |our |it'?s |we )?(?:earnings|results|announcement|announce|launch|release|"
    r"press release|all-hands)(?![^.!?\n,;]{0,30}(?<![a-z])(?:features?|apps?|products?|website|site|versions?|"
    r"updates?|games?|books?|albums?|courses?|podcasts?|collection|menu|store|shop)(?![a-z]))|"
    r"embargo(?:ed)?|off the record|w/?o telling|without telling|"
    r"(?:staff|employees|the team|nobody|no one|customers|investors|finance|legal|hr|the board|the auditors|"
    r"management|the client|the customer)(?: else)? (?:doesn'?t|don'?t|do not|does not) know(?: yet)?|"
    # the people concerned not told yet: "they don't know what it's about yet", "she doesn't know about it yet"
    r"(?:they|he|she|the employees?|my team|the people affected)(?: still)? (?:doesn'?t|don'?t|do not|does not) "
    r"know (?:yet|what (?:it'?s|this is|it is) about|(?:about|of) (?:it|this|that|the [a-z]+) yet)|"
    r"(?:customers|the client|the customer|the board|investors|the team|staff|everyone|they) still "
    r"(?:thinks?|believes?|assumes?) |pending (?:acquisition|merger|sale|buyout)|until the deal closes|"
    r"(?:nobody|no one) outside (?:the |our )?[\w&-]+(?: team)? (?:knows|is aware)|"
    r"(?:doesn'?t|does not|won'?t|will not) (?:launch|go live|ship|go out) until|without spooking|"
    r"need-to-know|on a need to know basis|won'?t be (?:announced|public)|"
    r"the public (?:postmortem|statement|story|version|explanation)|publicly we(?:'re| are)? (?:saying|calling)|"
    r"(?:just |strictly )?between (?:us|you and me|you and i|the two of us|us two|ourselves)"
    r"(?= *[,.:;!?\u2014\u2013-]| for now)|"
    r"(?:nobody|no one)(?: else)? (?:at work|at the office|at the company|in the company|on (?:the|my|our) team|"
    r"outside (?:the|my|our) \w+) (?:knows|is aware)|(?:nobody|no one)(?: else)? (?:knows|is aware) yet|"
    r"(?:haven'?t|have not|hasn'?t|has not) (?:yet )?told (?:anyone|anybody|my (?:boss|manager|team|family)|"
    r"the (?:team|staff|board|employees))|(?:my|our) (?:boss|manager|team|employer|colleagues|coworkers) "
    r"(?:doesn'?t|don'?t|does not|do not) know (?:yet|about (?:it|this|that))|"
    r"(?:press release|announcement) (?:goes|will go|is going) out|"
    r"(?:hasn'?t|has not|haven'?t|have not|wasn'?t|isn'?t) (?:been )?(?:approved|certified|signed off|cleared|"
    r"passed)[^.!?\n]{0,30}(?:but|yet) we(?:'ve| have)? already|"
    r"(?:auditors?|regulators?|the bank|investors|the board|inspectors?|the customer|the client|insurers?|the irs)"
    r"[^.!?\n]{0,60}(?:(?:doesn'?t|does not|without|won'?t|not to) (?:mention|mentioning|disclose|disclosing|reveal|"
    r"revealing|bring up|bringing up)|(?:that omits|leaving out|leave out) )|"
    # a pay list: "Bonus pool: sales $40k, engineering $25k", "Store manager pay — Region A $4.2k, …"
    r"(?:pay|salary|salaries|comp|compensation|bonus(?:es)?|wages?)(?: pool| bands?)? *[:\u2014\u2013-][^\n]{0,40}"
    r"[$€£¥][0-9][^\n]{0,30}[$€£¥][0-9]|"
    r"but [^.!?\n]{0,30}(?:telling|tells|told|saying to) (?:customers|the customer|clients|users|the press|the board|"
    r"investors|staff|everyone) (?:it'?s|it was|that)|(?:wait|hold off) (?:until|till) [^.!?\n]{0,30} (?:to|before) "
    r"(?:notify|disclose|tell|announce|inform)|"
    r"(?:talking|speaking|in talks) (?:to|with) (?:a |our )?(?:rival|competitor)|"
    r"(?:we(?:'ve| have)? (?:keep|kept|been|are|'re|still)|we) (?:telling|assuring|saying to) (?:customers|clients|"
    r"the client|the customer|investors|the board|the press|everyone|users|partners) (?:it'?s|it is|that|we'?re|"
    r"we are|everything)|"
    r"(?:but|while|yet) (?:the|our|my|every) (?:status|report|weekly|monthly|update|tracker|rag)"
    r"(?: reports?| updates?)?[^.!?\n]{0,30}(?:to|send|sent|give|for) (?:the client|the customer|customers|"
    r"head office|hq|the board|investors|leadership|management|the steering committee)[^.!?\n]{0,12}"
    r"(?:says?|shows?|reads?|is|are|has it at) (?:still )?(?:green|on track|on schedule|on time|fine)|"
    r"(?:no recall (?:decision|plan)|(?:haven'?t|have not|hasn'?t|has not|nobody has|no one has) (?:yet )?"
    r"decided (?:on a|whether to|to) recall)|"
    r"(?:customers|staff|employees|the team|everyone|they|partners|distributors) (?:get|gets|will be|are being|'ll be) "
    r"(?:notified|told|informed) (?:in|on|next|after|once|when)|"
    r"without (?:panicking|alarming|spooking) (?:them|anyone|the )|without (?:scaring|worrying|upsetting) "
    r"(?:the board|investors|the team|staff|employees|customers|the market|lenders|the bank))"
    r"(?![a-z])")
# Our real figure against what we gave investors or the board ("churn was 9.8%, double what's in the deck we
# sent investors", "burn is higher than what we told the board"): a fact about us however the ask is put.
_GAP_TO_WHAT_WE_REPORTED = re.compile(
    r"(?i)(?<![a-z])(?:double|twice|triple|half|higher|lower|worse|better|above|below|more|less|off|different)"
    r"(?: (?:than|from|of))? "
    r"(?:what(?:'s| is| was| we had)? in |what we (?:told|sent|showed|gave|promised|reported to|presented to) |"
    r"(?:the|our) (?:deck|model|plan|forecast|guidance|update|report|numbers|figures) we (?:sent|gave|showed|presented|"
    r"shared|told)(?: to)? )(?:the (?:deck|model|plan|forecast|update|report|numbers) we (?:sent|gave|showed|"
    r"presented|shared)(?: to)? )?(?:investors|the board|our board|lenders|our lenders|the bank|lps|the auditors)")
# Our limits in a negotiation (报价底线, walk-away price) and a dispute we are in (律师函, cease-and-desist):
# contract and dispute content with a counterparty.
_NEGOTIATION_ZH = re.compile(
    r"(?:报价|收购|出价|谈判|投标|竞标|估值|对价|价格|租金|折扣)[^，。！？\n]{0,8}(?:底线|上限|心理价位|最多能接受|最低能接受)|"
    r"(?:最终|最后|最低)(?:报价|出价|价格)[^。！？\n]{0,16}(?:不能再|不再|没法再)|"
    r"(?:NDA|保密协议|合同|协议)[^。！？\n]{0,6}(?:是)?(?:跟|和|与)[^。！？\n]{1,14}签的|"
    r"(?:跟|和|与)[^。！？\n]{1,14}签的(?:NDA|保密协议|合同|协议)|传票|法院来函|逾期[0-9０-９.]+万|"
    r"(?:对方|卖方|买方|标的方|他们)(?:开价|报价|出价|要价|还价|提出的价格)[^。！？\n]{0,6}[0-9０-９一二三四五六七八九十两]|"
    r"(?:大客户|最大的客户|核心客户|头部客户)[^。！？\n]{0,12}(?:要|准备|打算|决定)?(?:转投|换成|不续约|流失|解约|撤单|砍单|"
    r"停止合作)|"
    r"(?:律师函|起诉|仲裁|诉讼|索赔|和解)[^。！？\n]{0,30}(?:我司|我们|贵司|贵方|对方)|"
    # "公司" is ours, not a firm that serves the writer ("装修公司拖工期，能起诉吗", "快递公司丢件")
    r"(?:我司|我们|贵司|贵方|对方|(?<!一家)(?<!某)(?<!装修)(?<!快递)(?<!物业)(?<!中介)(?<!保险)(?<!搬家)(?<!航空)"
    r"(?<!培训)(?<!物流)(?<!家政)(?<!租车)(?<!旅行)公司)[^。！？\n]{0,30}(?:律师函|起诉|仲裁|诉讼|索赔|和解|拖欠|劳动纠纷|"
    r"财产保全|诉前保全|强制执行|冻结(?:我们的?)?账户)|"
    # a counterparty's lawyer threatening us: "对方律师说如果我们不…就…"
    r"(?:威胁|扬言|放话|警告)[^。！？\n]{0,24}(?:我们|我司|我方)[^。！？\n]{0,20}(?:停止供货|停供|断供|停止发货|停货|起诉|"
    r"仲裁|解约|终止合作|索赔|撤单|断货|拉黑|上法院)|(?:我们|我司|我方)[^。！？\n]{0,24}(?:威胁|扬言|放话)"
    r"[^。！？\n]{0,20}(?:停止供货|停供|断供|停止发货|停货|起诉|仲裁|解约|终止合作|索赔|撤单|断货|上法院)|"
    r"(?:对方|他们|供应商|客户|房东|甲方|乙方)的?(?:律师|法务|代理人)[^。！？\n]{0,16}(?:如果|要是|不然|否则|除非)"
    r"[^。！？\n]{0,30}(?:起诉|告|仲裁|保全|冻结|投诉|索赔|执行|上法院)|"
    # the price terms of our own contract or renewal: "续签：月租从每平方米180元涨到205元"
    r"(?:租赁合同|续签|续约|续租|框架协议|采购合同|供货合同)[^。！？\n]{0,20}(?:从|由)[^。！？\n]{0,12}[0-9]+[^。！？\n]{0,6}"
    r"(?:涨到|降到|调到|调整为|改为)|"
    # a contract's own text naming its parties: "本协议项下甲方招商银行……"
    r"(?:甲方|乙方)[：:\s（(]*(?![\u4e00-\u9fff]{0,3}某某)[\u4e00-\u9fff]{2,14}(?:公司|银行|集团|医院|大学|事务所|研究院|中心)|"
    # terms of our own contract the counterparty wants changed, our counter-position, a specific contract's terms
    r"(?:合同|协议|报价|单价|费率|年费|月费|租金|价格|付款)[^。！？\n]{0,24}(?:对方|他们|客户|供应商|房东|甲方|乙方)"
    r"[^。！？\n]{0,4}(?:想|要|要求|提出|坚持|希望)[^。！？\n]{0,4}(?:涨|降|改|提|延长|缩短|压|加)|"
    r"我们(?:想|要|打算|准备|希望)[^。！？\n]{0,12}(?:push back|压到|谈到|砍到|争取到|还价)|"
    r"这份\s?(?:NDA|合同|协议|MSA|SOW|LOI|term sheet|框架协议|补充协议|保密协议)[^。！？\n]{0,30}"
    r"(?:要求|约定|写着|规定)"
    r"[^。！？\n]{0,30}[0-9０-９一二三四五六七八九十两半]|"
    # reconciling our own payments: "对账，流水里有一笔 ¥386,500 …" — an amount, not a PO or invoice number
    r"对账[^。！？\n]{0,80}(?:[¥￥$€£]\s?[0-9]|(?<![A-Za-z0-9_-])[0-9][0-9,.]*\s?(?:万|元|块|美元|欧元|英镑)|"
    r"(?<![A-Za-z0-9_-])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9-]))|"
    # the price a counterparty pays us under our contract: "新合同里他们给我们的单价是每台3200"
    r"(?:给|付)我们的?(?:单价|价格|报价|费率|年费)(?:是|为)?[^。！？\n]{0,4}[0-9０-９]|"
    # a counterparty's price to us: "供应商这次给我们开价每吨5,800", "向我司报价0.58元/度"
    r"(?:(?<!装修)(?<!搬家)(?<!快递)(?<!物业)(?<!中介)(?<!保险)(?<!家政)(?<!旅行)(?<!婚庆)(?<!租车)公司|事务所|律所|集团|"
    r"工厂|厂家|厂商|供应商|代理商|经销商|承包商|外包方|物流|咨询)(?:那边|这次|刚刚?|最新|最后)?的?"
    r"(?:报价|开价|出价|报了|给的价|投标价)(?:是|为|了)?[^。！？\n]{0,8}[0-9０-９]|"
    r"(?:给|向|跟|对)(?:我们|我司|我方)(?:这次|刚刚?|又|最后)?(?:开价|出价|报价|报了|开了|出了|报的价|给的价|给出的价格?)"
    r"[^。！？\n]{0,10}(?:[0-9０-９]|[一二三四五六七八九两]折)|"
    # the terms of our contract with a counterparty: "和恒泰的合同单价压到了每套1180元", "协议账期谈到了90天"
    r"(?:合同|协议|框架协议|订单|续约|续签|采购)[^。！？\n]{0,4}(?:单价|价格|折扣|账期|付款周期|违约金|返点|最低采购量|起订量|"
    r"年费|服务费|租金|费率)[^。！？\n]{0,4}(?:压到|降到|谈到|谈成|定在|定成|改成|调到|涨到|砍到|让到)了?[^。！？\n]{0,6}"
    r"[0-9０-９一二三四五六七八九十两]|"
    # legal action we plan, a dispute with former staff
    r"(?:公司|我们|我司|老板|董事会)[^。！？\n]{0,4}(?:打算|准备|要|决定|计划|考虑)(?:起诉|告|仲裁|索赔|发律师函)|"
    r"(?:前|原)(?:CTO|CEO|CFO|COO|CIO|员工|同事|合伙人|高管|总监|经理|销售|技术负责人)[^。！？\n]{0,16}"
    r"(?:违反|违约|泄密|带走|挖走|竞业)")
_NEGOTIATION_EN = re.compile(
    # "our floor" is a price limit, not the floor we sit on ("someone on our floor")
    r"(?i)(?<![a-z])(?:walk-?away (?:price|number|point)|(?<!on )(?<!in )(?<!to )(?<!across )(?<!from )(?<!off )"
    r"our (?:floor|ceiling|limit|max(?:imum)?|bottom line)|"
    r"reserve price|bid floor|(?:best and )?final (?:offer|price|quote)|"
    # a counterparty's offer to settle a dispute with us: "they offered to settle for 180k if we drop the claim"
    r"(?:offered|offers|offering|proposed|proposes|are willing|is willing|want|wants) to settle (?:the |our |this |"
    r"for |out of court|if|provided)|(?:if|provided|as long as|in exchange for) (?:we|us) (?:drop|dropping|withdraw|"
    r"withdrawing) (?:the|our) (?:claim|complaint|suit|lawsuit|case)|"
    r"(?:their|the other side'?s|opposing|the supplier'?s|the landlord'?s|the vendor'?s|the customer'?s|the "
    r"client'?s) (?:lawyers?|counsel|solicitors?|attorneys?) [^.!?\n]{0,60}(?:unless we|if we don'?t|if we do not|"
    r"or else|otherwise)[^.!?\n]{0,60}(?:sue|injunction|court|arbitration|freeze|lawsuit|legal action|claim)|"
    # a counterparty threatening us in a dispute: "X threatens to stop deliveries unless we pay the disputed invoice"
    r"(?:threaten(?:s|ed|ing)?|(?:is|are|was|were) threatening|"
    r"warn(?:s|ed)? us(?:(?: that)? they(?:'ll| will| would))?) "
    r"(?:to )?(?:stop|halt|cut off|suspend|pull|cancel|terminate|withhold|sue|take us|report us|walk|end|block|"
    r"hold|blacklist|go to)[^.!?\n]{0,60}(?:unless|until|if) (?:we|our)(?![a-z])|"
    r"(?:cease[- ]and[- ]desist|demand letter|settlement offer|arbitration|lawsuit|sue them|"
    r"we(?:'ll| will) sue|file suit) [^.!?\n]{0,60}(?:our|we|us|their|them)|"
    r"(?:got|received|served with|served) a subpoena|subpoena(?:ed)? (?:for|of) our|"
    r"our (?:dispute|claim|lawsuit|litigation|arbitration|legal fight|disagreement) (?:with|against)(?= )|"
    r"(?:put|putting|place|placing|placed) us on (?:a |an )?(?:performance improvement|formal notice|notice|probation|"
    r"watch ?list)|(?:notice of|notified us of|served us (?:a |with )?(?:notice of )?)(?:breach|termination|default|"
    r"non-renewal)|(?:the seller|the buyer|the target|the other side|the counterparty|they) (?:is |are )?"
    r"(?:asking|want|wants|offered|countered|came back)(?: for| with| at)? [$€£¥][0-9]|"
    r"(?:the )?(?:nda|msa|contract|agreement) we (?:signed|have) with|"
    r"(?:this|the) (?:agreement|nda|msa|contract) (?:is )?(?:made )?(?:by and )?between [A-Z]|"
    r"push (?:it |them |this )?back to [0-9]|counter[- ]?offer|counter (?:at|with) (?:[$€£¥]|[0-9])|"
    r"(?:they|the vendor|the supplier|the customer|the client|the landlord|the other side) "
    r"(?:want|wants|asked|are asking|is asking|proposed|insists?)(?: us)? to "
    r"(?:raise|increase|bump|cut|lower|extend|shorten)|"
    r"reconcil(?:e|ing|iation)[^.!?\n]{0,80}[$€£¥][0-9]|"
    # the price a named counterparty pays us: "Nordlicht is paying us $502.6/unit under the new deal"
    r"(?:is|are|will be|has been) (?:paying|charging|billing) us [$€£¥]?[0-9]|(?:pays|charges|bills) us [$€£¥][0-9]|"
    # our own limit: "the settlement figure we can accept is $289.8k, not a cent more", "the most we'll pay is €2M"
    r"(?:figure|amount|price|number|most|max(?:imum)?|least|minimum|lowest|highest|cap) we(?:'d| would| can| could|"
    r"'ll| will| are willing to) (?:accept|pay|offer|go(?: up)? to|settle (?:for|at)|take|agree to|stretch to|do)"
    r"(?:[^.!?\n]{0,40}? (?:is|would be)|:)? ?(?:around |about |roughly )?[$€£¥]?[0-9][0-9.,]*[a-z]*|"
    r"not a (?:cent|penny|dollar|euro|pound) (?:more|less|"
    r"higher|lower|above|below)|"
    # a counterparty's price offered to us with commercial terms: "X quoted us 0.142 GBP/kWh fixed for 3 years with a
    # 20 GWh minimum", "the vendor came back at €18 per seat for 400 seats" (a price alone, "quoted me $240", is not)
    r"(?:(?:quoted|bid)(?: us)?|(?:offered|pitched|proposed|sent) us|(?:came back|countered|responded)(?: to us)? "
    r"(?:at|with)|"
    r"(?:quote|bid|offer|proposal|tender) (?:came in at|to us (?:is|was)|for us (?:is|was)))"
    r"[^.!?\n]{0,24}?(?:[$€£¥]\s?[0-9]|[0-9][0-9.,]*\s?(?:[a-z]{3}(?![a-z])|k(?![a-z])|m(?![a-z])|pence|cents?)?\s?"
    r"(?:/|per(?![a-z])|an? (?:unit|seat|ton|tonne|kg|month|year))\s?[a-z]*)"
    r"(?=[^\n]{0,160}?(?:minimum|volumes?(?![a-z])|commit|fixed|[0-9]+[- ]years?(?![a-z])|contract|net ?[0-9]{2}|"
    r"payment terms|moq|discount|rebate|exclusiv|cif|fob|ddp|exw|[0-9,.]+k? (?:seats|licen[cs]es|tonnes|tons|units|"
    r"pieces|pallets|containers|users)|lanes?(?![a-z])|[kmg]wh))|"
    # a legal step we are about to take, terms agreed with a counterparty: "we're about to send X a notice that
    # we'll sue", "agreed to a 2-year exclusivity at €38 per unit with a 10k minimum"
    r"(?:we(?:'re| are)|we'll|we will) (?:about|going|planning|preparing|set|ready) to (?:send|file|serve|"
    r"issue)[^.!?\n]{0,40}(?:cease[- ]and[- ]desist|demand letter|lawsuit|legal (?:claim|notice)|notice (?:of|that we)|"
    r"complaint against|suit)|"
    r"(?:agreed|signed|committed|accepted)(?: to)? (?:a |an )?[0-9]+-(?:year|month) (?:exclusivity|exclusive|contract|"
    r"term|lock-?in|minimum|commitment)|[$€£¥][0-9][^.!?\n]{0,6} ?(?:per|a|/) ?(?:unit|seat|piece|pallet|licen[cs]e)"
    r"[^.!?\n]{0,30}(?:minimum|min\.?|moq|commitment|exclusivity|rebate)|"
    r"under (?:the|our) (?:new |current |existing |renewed )?(?:[\w-]+ )?(?:deal|contract|agreement|msa)"
    r"[^.!?\n]{0,30}[$€£¥][0-9]|"
    r"(?:sue|suing|take legal action against|lawsuit against|file (?:suit )?against|filing against|go after) "
    r"(?:our|my) (?:former|ex-?) ?[a-z]+|"
    # our own legal step against a counterparty, still ahead: "we're sending a cease-and-desist to X on Friday",
    # "our lawyers will file a complaint against X", "we've decided to terminate the X contract for breach"
    r"(?:we(?:'re| are|'ll| will|'ve| have| had| plan to| need to| want to| intend to| must)?|our (?:lawyers?|counsel|"
    r"legal(?: team)?|attorneys?|solicitors?|general counsel|gc)(?: is| are| will|'ll)?)"
    r"(?: (?:finally|now|probably|likely|definitely|about to|going to|gonna|planning to|preparing to|ready to|"
    r"decided to|set to|just|already|formally|officially|then|also|be|wants? to|plans? to|intends? to|needs? to|"
    r"is going to|are going to))* (?:send(?:ing)?|serv(?:e|ing)|fil(?:e|ing)|"
    r"issu(?:e|ing)|lodg(?:e|ing)|su(?:e|ing)|tak(?:e|ing)|initiat(?:e|ing)|bring(?:ing)?|start(?:ing)?|"
    r"terminat(?:e|ing)|draft(?:ing)?|hit(?:ting)?|slap(?:ping)?|pursu(?:e|ing)|threaten(?:ing)?)(?![a-z])"
    r"[^.!?\n]{0,50}?(?:cease[- ]and[- ]desist|c&d|demand letter|letter before (?:action|claim)|legal notice|"
    r"notice of (?:breach|default|termination|claim)|breach notice|lawsuit|(?<!law)suit|claim against|complaint|"
    r"arbitration|injunction|proceedings|legal action|to court|for breach|to arbitration|to small claims)|"
    r"(?:we(?:'re| are|'ll| will| plan to| intend to| want to|'ve decided to| have decided to)|our (?:company|client|"
    r"firm)(?: is| will)?)(?: (?:about|going|planning|preparing|ready) to)? su(?:e|ing) "
    r"(?:(?-i:[A-Z])[\w&.-]*|them|the (?:vendor|supplier|contractor|distributor|landlord|customer|client|agency|"
    r"former))|(?<![a-z])we(?: will| 'll|'ll| are| 're|'re)? fil(?:e|ing) (?:suit )?against (?-i:[A-Z])[\w&.-]*|"
    # a legal letter to draft for a named counterparty: "draft a cease-and-desist to Quillon Labs"
    r"(?:draft|write|prepare|send|put together)(?: up| out)? (?:a |an |the |our )?(?:formal )?"
    r"(?:cease[- ]and[- ]desist|c&d|demand letter|letter before action|notice of breach|breach notice|"
    r"termination notice|legal notice)"
    r"(?: letter| notice)? (?:to|for|against|addressed to) (?-i:[A-Z][\w&.-]*)(?<!Acme)(?<!Example))(?![a-z])")
# The operative terms of a contract, as drafted or quoted with real figures: what a party pays or grants the other
# (a royalty, rebate, minimum commitment, shortfall fee, penalty, settlement sum), in clause language
# ("Licensee shall pay X a minimum annual royalty of USD 700,000", "甲方每年向乙方支付不低于人民币300万元的授权费",
# "违约金为合同总价的20%"). Pasted for translation or review it is still someone's contract; a template with
# placeholders, an exercise with 甲公司/A公司, a published filing or a concept question is not (_CONTRACT_NOT_OURS).
_CONTRACT_AMOUNT_EN = (r"(?:(?:USD|EUR|GBP|CHF|CNY|RMB|JPY|HKD|SGD|AUD|CAD|US\$|[$€£¥￥])\s?[0-9][0-9,.]*"
                       r"(?:\s?(?:k|m|mn|bn|million|billion|thousand))?|[0-9][0-9,.]*\s?(?:k|m|million|billion)?\s?"
                       r"(?:USD|EUR|GBP|CHF|CNY|RMB|dollars|euros|pounds)|[0-9]+(?:\.[0-9]+)?\s?%)(?![A-Za-z0-9])")
_CONTRACT_PARTY_EN = (r"(?:(?-i:Licensee|Licensor|Supplier|Customer|Buyer|Seller|Purchaser|Vendor|Distributor|"
                      r"Contractor|Lessee|Lessor|Client|Provider|Reseller|Manufacturer|Party [AB]|the Company)|"
                      r"(?-i:[A-Z][\w&'-]+(?: [A-Z][\w&'-]+){0,4}),? (?-i:GmbH|AG|Inc\.?|Ltd\.?|LLC|LLP|plc|PLC|"
                      r"S\.A\.|SpA|S\.p\.A\.|B\.V\.|BV|N\.V\.|AS|A/S|AB|Oy|Pty Ltd|Co\.|Corp\.?|Corporation|Limited|"
                      r"KG|SE|s\.r\.o\.|Pvt Ltd))(?![A-Za-z])")
_CONTRACT_TERM_EN = (r"(?:(?:annual |yearly |guaranteed )?minimum (?:annual |yearly |guaranteed )?"
                     r"(?:royalt(?:y|ies)|commitment|purchase(?: commitment| volume)?|fee|payment|spend|"
                     r"order(?: volume)?)|royalt(?:y|ies)|rebate|liquidated damages|shortfall (?:fee|payment)|"
                     r"termination fee|late[- ]payment (?:fee|interest)|settlement (?:amount|payment|sum)|take-or-pay|"
                     r"volume discount)")
_CONTRACT_CLAUSE_EN_RE = re.compile(
    r"(?i)(?<![a-z])(?:"
    # drafting register: "Licensee shall pay X …", "Supplier grants Customer a 12% rebate above 50k units"
    rf"{_CONTRACT_PARTY_EN}[^.;\n]{{0,40}}?(?:shall|agrees? to|undertakes? to|commits? to|is (?:obliged|required|"
    r"obligated) to) (?:pay|grant|credit|purchase|buy|remit|reimburse)(?![a-z])"
    rf"[^.;\n]{{0,80}}?{_CONTRACT_AMOUNT_EN}|"
    # a named or defined party and a commercial term with its figure, in either order
    rf"{_CONTRACT_PARTY_EN}[^.;\n]{{0,80}}?{_CONTRACT_TERM_EN}[^.;\n]{{0,40}}?{_CONTRACT_AMOUNT_EN}|"
    rf"{_CONTRACT_PARTY_EN}[^.;\n]{{0,80}}?{_CONTRACT_AMOUNT_EN}[^.;\n]{{0,12}}?{_CONTRACT_TERM_EN})")
_CONTRACT_AMOUNT_ZH = r"(?:人民币|美元|欧元)?[0-9０-９][0-9０-９,.，]*\s?(?:万|亿|千)?(?:元|美元|欧元|英镑|港币|%|％)"
_CONTRACT_ROLE_ZH = (r"(?:甲方|乙方|丙方|买方|卖方|供方|需方|许可方|被许可方|授权方|被授权方|委托方|"
                     r"受托方|采购方|供货方|经销商|代理商|供应商|(?<![某甲乙丙丁A-Za-z])[\u4e00-\u9fff]{2,10}(?:有限公司|公司|集团))")
_CONTRACT_CLAUSE_ZH_RE = re.compile(
    # a party pays or returns the other a figure: "甲方每年向乙方支付不低于人民币300万元的授权费"
    rf"{_CONTRACT_ROLE_ZH}[^。！？\n；;]{{0,10}}(?:应|须|需|应当|同意|承诺|保证|负责)?[^。！？\n；;]{{0,6}}(?:向|给)"
    rf"[^。！？\n；;]{{0,12}}(?:支付|缴纳|返还|赔偿|付)[^。！？\n；;]{{0,16}}?{_CONTRACT_AMOUNT_ZH}|"
    # a commercial term set at a figure: "违约金为合同总价的20%", "返点按年度采购额的3%结算，保底120万"
    r"(?:违约金|滞纳金|授权费|许可费|特许权使用费|品牌使用费|版税|返点|返利|保底(?:采购)?(?:量|额|金额|款)?|"
    r"最低(?:年度)?(?:采购|订货|进货)(?:量|额|金额)?|和解金|分成比例)[^。！？\n；;]{0,14}?"
    rf"(?:为|是|按|定为|不低于|不少于|达到|约定为|共计|合计)[^。！？\n；;]{{0,14}}?{_CONTRACT_AMOUNT_ZH}")


class _BeforeFigures:
    """``pattern`` searched only in the stretch that ends at each figure (the first ``most`` of them): the clause
    patterns' bounded gaps backtrack badly over a whole long paste, and every clause they match ends at a figure."""

    def __init__(self, pattern: re.Pattern[str], figure: re.Pattern[str], before: int, after: int = 0,
                 most: int = 24) -> None:
        self._pattern, self._figure, self._before, self._after, self._most = pattern, figure, before, after, most

    def search(self, text: str) -> re.Match[str] | None:
        """The first clause found; its offsets are the whole text's (``pos``/``endpos`` bound a search, they do not
        re-index it)."""
        for count, figure in enumerate(self._figure.finditer(text)):
            if count >= self._most:
                return None
            offset = max(0, figure.start() - self._before)
            found = self._pattern.search(text, offset, figure.end() + self._after)
            if found is not None:
                return found
        return None


_CONTRACT_CLAUSE_EN = _BeforeFigures(_CONTRACT_CLAUSE_EN_RE, re.compile(_CONTRACT_AMOUNT_EN, re.IGNORECASE),
                                     before=200, after=40)
_CONTRACT_CLAUSE_ZH = _BeforeFigures(_CONTRACT_CLAUSE_ZH_RE, re.compile(_CONTRACT_AMOUNT_ZH), before=90)
# Where a Chinese term alone (no party in the clause) counts: the text names a party or quotes a clause.
_CONTRACT_CONTEXT_ZH = re.compile(rf"{_CONTRACT_ROLE_ZH}|条款|第[0-9一二三四五六七八九十]+条|clause|这段|这条|以下|"
                                  r"合同里|协议里|合同约定|协议约定")
_CONTRACT_NOT_OURS = re.compile(
    r"(?i)XX|××|_{2,}|＿|\[[^\]\n]{1,30}\]|【[^】\n]{1,30}】|\{[^}\n]{1,30}\}|<[^>\n]{1,30}>|(?<![A-Za-z])[XN]%|"
    r"(?<![a-z])(?:template|boilerplate|sample|example|model clause|placeholder|exercise|homework|exam|quiz|"
    r"textbook|case study|annual report|10-k|filing|disclosed|hypothetical(?:ly)?|e\.g\.)(?![a-z])|"
    r"模板|范本|示例|样本|样例|练习|习题|例题|考题|法考|司法考试|考试|教材|作业|年报|公告|披露|"
    r"(?<![\u4e00-\u9fff])(?:甲|乙|丙|[A-Z])公司|某(?:某|公司|企业)|租房|房东|押金|装修|健身|会员卡|培训班|网购|商家")
# A data incident of ours not yet disclosed: records of the people we serve or employ sent to the wrong place,
# copied off, left open or lost, by us or our vendor ("我们上周把八千条客户手机号误发到了供应商群里", "our vendor's
# contractor copied a customer table to a USB stick"). Not how breaches work, an exercise, or someone else's news.
_INCIDENT_RECORDS_ZH = re.compile(
    r"(?:客户|用户|会员|员工|病人|患者|学员|学生|求职者|候选人|业主|租户|顾客|家长)(?:的)?[^，。！？\n]{0,6}"
    r"(?:数据|信息|资料|手机号|电话|身份证|名单|地址|工资条|工资表|简历|报告|档案|表格?|合同|照片|银行卡|订单|病历|成绩)")
_INCIDENT_MISHAP_ZH = re.compile(
    r"误发|发错|错发|泄露了|泄漏了|外泄了|拷到|拷走|拷贝到|拷进|带走了|弄丢了|丢在|丢了|被偷了|被人下载|被扫到|被爬|"
    r"(?:传|上传|贴|发|转发|抄送|共享)(?:到|给)了?(?:公开|外部|个人|供应商|无关|一个无关|错误|别的客户|竞争对手)")
_INCIDENT_RECORDS_EN = re.compile(
    r"(?i)(?<![a-z])(?:customer|client|patient|employee|staff|member|user|student|applicant|candidate|donor|tenant|"
    r"subscriber|payroll|hr)s?'?s? (?:[a-z]+ )?(?:data|records?|table|list|export|files?|database|db|details|emails?|"
    r"forms?|spreadsheet|sheet|dump|pii|info(?:rmation)?|addresses|phone numbers|ssns?|payslips|salar(?:y|ies)|"
    r"invoices|backups?)(?![a-z])|(?<![a-z])(?:payslips|pay stubs|salary sheet|medical records|health records|"
    r"social security numbers|ssns|passport scans|id scans|customer list)(?![a-z])")
_INCIDENT_MISHAP_EN = re.compile(
    r"(?i)(?<![a-z])(?:(?:emailed|e-mailed|sent|mailed|forwarded|shared|cc'?d|posted)[^.!?\n]{0,50}?(?:to|with) "
    r"(?:the )?(?:wrong|an? (?:outside|external|unrelated|random)|a personal|someone outside)|"
    r"(?:copied|downloaded|dumped|saved|put|took|moved|uploaded)[^.!?\n]{0,50}?(?:usb|thumb drive|flash drive|"
    r"memory stick|personal (?:laptop|drive|dropbox|gmail|email|phone|account)|"
    r"public (?:[a-z]+ )?(?:gist|repo|repository|bucket|link|folder|channel|drive))|"
    r"(?:left|was|were|been|sat|sitting)[^.!?\n]{0,40}?(?:public(?:ly)?(?: readable| accessible)?|open to the internet|"
    r"exposed|unencrypted|without (?:a )?password)(?![a-z])|"
    r"lost (?:a|an|the|his|her|their|our|my) (?:work )?(?:laptop|phone|usb|drive|bag|folder|hard drive|tablet)|"
    r"(?:was|were|got|have been|has been) (?:leaked|exposed|stolen|scraped)|pasted[^.!?\n]{0,40}?public)")
_INCIDENT_OURS = re.compile(r"(?i)(?<![a-z])(?:we|our|us|ours|my team|i)(?![a-z])|我们|我司|咱们|公司|外包|供应商|同事")
_INCIDENT_NOT_OURS = re.compile(
    r"(?i)(?<![a-z])(?:prevent\w*|avoid\w*|training|tabletop|exercise|scenario|drill|quiz|case study|simulat\w*|"
    r"what (?:is|counts as)|in general|policy template)(?![a-z])|"
    r"防止|防范|避免|预防|怎么防|如何防|培训|演练|剧本|模拟|例题|案例|一般|什么算|什么情况")


class _OurDataIncident:
    """A regex-like rule (``search``) over three conditions: records of people (named in either language: mixed
    text writes "customer list" inside Chinese), a mishap, and us as the party."""

    def __init__(self, mishap: re.Pattern[str]) -> None:
        self.mishap = mishap

    def search(self, text: str) -> re.Match[str] | None:
        if _INCIDENT_OURS.search(text) is None or (_INCIDENT_RECORDS_ZH.search(text) is None
                                                  and _INCIDENT_RECORDS_EN.search(text) is None):
            return None
        if _INCIDENT_NOT_OURS.search(text) is not None:
            return None
        return self.mishap.search(text)


_DATA_INCIDENT_ZH = _OurDataIncident(_INCIDENT_MISHAP_ZH)
_DATA_INCIDENT_EN = _OurDataIncident(_INCIDENT_MISHAP_EN)
# A plan to cut, close or sell stated as ours and still ahead (not news about someone else).
_PLANNED_CUTS_ZH = re.compile(
    r"(?:要|准备|计划|打算|将|会|下周|下个月|明年|年底|下季度|考虑|在谈)[^，。！？\n]{0,8}"
    r"(?:裁员|裁掉|优化掉|关掉|关闭|关停|停掉|撤掉|撤销|砍掉|出售|卖掉|卖给|合并掉|并入|裁撤|拆分)|裁员名单|优化名单|"
    # a unit of ours shrunk by a share, or the people a cut touches: "要把上海研发中心缩到一半，涉及八十人"
    r"(?:要|准备|计划|打算|将|会|明年|下个?月|年底|下季度|考虑)[^，。！？\n]{0,12}把[^，。！？\n]{0,12}"
    r"(?:团队|部门|中心|事业部|事业群|分公司|子公司|工厂|厂|门店|人员|编制|人手|产线|办公室|组|条线|BU|业务线|员工|"
    r"研发|销售|客服)[^，。！？\n]{0,4}(?:缩到|缩减到|缩编到|缩小到|砍到|裁到|减到|压到|压缩到|砍掉|裁掉|缩减|砍)[^，。！？\n]{0,4}"
    r"(?:一半|[0-9０-９一二三四五六七八九十两几]+(?:成|%|％|人)|三分之[一二])|"
    r"(?:缩编|缩减|裁撤|裁员|优化|关停|关掉|停掉|撤掉|收缩|合并|砍掉|缩到一半|减半)[^。！？\n]{0,20}(?:涉及|影响|波及)"
    r"[^。！？\n]{0,4}[0-9０-９一二三四五六七八九十两几百千]+(?:多|余|来)?(?:个)?(?:人|名员工|名同事|位员工)|"
    # a freeze or cut of our own still ahead: "我们需要在两周内冻结所有招聘", "下季度起暂停调薪", "全员降薪两成"
    r"(?:要|需要|必须|得|不得不|只能|准备|计划|打算|将|会|决定|下周|下个月|明年|年底|下季度|考虑|先)[^，。！？\n]{0,10}"
    r"(?:冻结|暂停|停止|叫停|取消)[^，。！？\n]{0,4}(?:招聘|招人|社招|校招|HC|hc|编制|调薪|涨薪|普调|晋升|奖金|年终奖|期权发放)|"
    r"(?:要|需要|必须|不得不|只能|准备|计划|打算|将|决定|下个月|明年|下季度|考虑)[^，。！？\n]{0,8}(?:全员|集体|统一|普遍)?"
    r"(?:降薪|减薪|停发|缓发)")
# A whole unit of ours decided or planned to be cut, with the people still to be named: "老板决定年后裁掉整个青岛
# 运营中心，名单下周出", "leadership decided to cut the whole Tulsa ops center", "we're dissolving the Lyon team".
_UNIT_ZH = (r"(?:运营中心|研发中心|客服中心|物流中心|仓储中心|分拣中心|交付中心|事业部|事业群|分公司|子公司|"
            r"办事处|门店|团队|产线|生产线|工厂|厂区|仓库|分部|部门|项目组|工作室|ops center|BU)(?![的群号])")
# as the object of the cut the unit ends the phrase ("关掉团队周会" cuts a meeting, not a team)
_UNIT_HEAD_ZH = _UNIT_ZH + r"(?=$|[，。！？、,.;；:：\s)）]|了|吧|呢|吗|啊|和|及|与)"
_CUT_ZH = r"(?:裁掉|砍掉|撤销|撤掉|裁撤|解散|关掉|关停|关闭|停掉|撤并|关张|优化掉)"
_UNIT_CUT_ZH = re.compile(
    r"(?:决定|定了|拍板|敲定|已经定|计划|准备|打算|要|将|年后|节后|过完年|明年|年底|下个?月|下季度)[^，。！？\n]{0,10}"
    + _CUT_ZH + r"(?:整个|全部|所有|整体)?[^，。！？\n]{0,10}?" + _UNIT_HEAD_ZH + "|"
    # no cue of a decision, but the list of people still to come: "青岛运营中心年后整个裁掉，名单下周出"
    r"(?:" + _UNIT_ZH + r"[^，。！？\n]{0,12}" + _CUT_ZH + "|" + _CUT_ZH + r"(?:整个|全部|所有|整体)[^，。！？\n]{0,10}"
    + _UNIT_HEAD_ZH + r")[^。！？\n]{0,12}(?:名单|人员|方案|补偿|赔偿|具体的人|哪些人|list)[^。！？\n]{0,6}"
    r"(?:下周|月底|过几天|还没|没定|未定|待定|先别|别外传|保密|出来前|回头)")
_UNIT_EN = (r"(?:office|plant|factory|warehouse|site|store|shop|branch|lab|hub|cent(?:re|er)|depot|facility|division|"
            r"unit|team|department|dept|squad|studio|line|mill|call cent(?:re|er)|operations?|ops)s?(?![a-z])")
# as the object of the cut the unit ends the phrase ("cut the team meeting", "shut down the office printer")
_UNIT_HEAD_EN = _UNIT_EN + (r"(?=\s*(?:$|[,.;:!?)—–-]|(?:after|before|in|next|this|by|at the end|for good|entirely|"
                            r"completely|and|as|when|once|come|later|altogether|early|at|within)(?![a-z])))")
_UNIT_CUT_EN = re.compile(
    r"(?i)(?<![a-z])(?:"
    r"(?:we|leadership|management|the board|the ceo|the boss|my boss|our boss|the exec team|the owners?|corporate|hq|"
    r"head office|the company)(?: have| has|'ve)? (?:decided|agreed|voted|plans?|is planning|are planning|signed off) "
    r"(?:to|on) (?:cut(?:ting)?|clos(?:e|ing)|shut(?:ting)?(?: down)?|dissolv(?:e|ing)|disband(?:ing)?|"
    r"wind(?:ing)? down|shutter(?:ing)?|eliminat(?:e|ing)|ax(?:e|ing)|scrap(?:ping)?) (?:the |our )?"
    r"(?:whole |entire |all (?:of )?(?:the |our )?)?"
    r"[^.!?\n]{0,30}?" + _UNIT_HEAD_EN + "|"
    r"we(?:'re|’re| are)(?: quietly| secretly)? (?:dissolving|disbanding|axing|scrapping|shuttering|eliminating) "
    r"(?:the|our|both|all(?: our| the)?) [^.!?\n]{0,30}?" + _UNIT_HEAD_EN + "|"
    # the unit of ours going, with a date: "the Tulsa warehouse gets shut down in March"
    r"(?:the|our) [^.!?\n]{0,30}?" + _UNIT_EN + r" (?:gets?|is getting|'s getting|will be|is going to be|is being|"
    r"are being|are getting) (?:shut down|dissolved|disbanded|wound down|shuttered|axed|eliminated|cut|"
    r"closed (?:down|for good|permanently)) (?:in(?! half| two)|after|by|at the end of|before|next|this|come) )")
# The cut of a unit is someone else's news, a supposed case or a story: "新闻说某公司宣布裁掉整个研发中心".
_CUTS_NOT_OURS = re.compile(
    r"(?i)(?<![a-z])(?:announced|reportedly|according to|per (?:reuters|bloomberg|the)|if|suppose|what if|in the "
    r"(?:novel|game|story|book|show|film|movie)|novel|game|story|fiction|character)(?![a-z])|"
    r"宣布|官宣|据报|报道|新闻|传出|如果|假如|假设|万一|要是|小说|游戏|剧情|故事|剧本|角色|公会|副本|别的公司|某公司|"
    r"某科技|一家公司|其他公司|友商|竞对|竞争对手|对手公司")
# Investigations of our own staff and proprietary parameters: internal by nature.
_INTERNAL_MATTERS_ZH = re.compile(
    # a code-named deal or project: "代号“青龙”的收购项目下周过会" (asking for a code name is no such thing)
    r"(?<!起个)(?<!取个)(?<!起一个)(?<!取一个)(?<!想个)代号(?:为|叫|是)?\s?"
    r"(?:[“\"'「『《][^”\"'」』》\n]{1,12}[”\"'」』》]|[A-Za-z][\w-]{1,15})"
    r"\s?(?:的|这个|那个)?(?:收购|并购|项目|计划|交易|谈判|行动|重组|新品|融资)|"
    r"怀疑[^。！？\n]{0,12}(?:有人|同事|员工|下属|经理|主管)[^。！？\n]{0,24}(?:私活|泄露|泄密|偷|挪用|虚报|造假|回扣|"
    r"做假账|侵占)|融资(?:黄了|推迟|延期|没谈成|谈崩)|(?:领投方?|投资方|投资人)(?:撤资|撤了|退出了|跑了)|"
    r"我们[^。！？\n]{0,16}(?:算法|模型|策略|风控|推荐|排序)[^。！？\n]{0,16}(?:权重|阈值|参数|系数)(?:是|为|设为|定在)|"
    # findings about our own staff or products, exit interviews, deals that failed, trial results
    r"(?:审计|内审|调查|核查|稽查|稽核|自查|巡查|盘点|复核)(?:发现|查出|显示)[^。！？\n]{0,40}(?:虚报|造假|挪用|回扣|贪污|"
    r"侵占|做假账|虚开|违规|私吞|套现|受贿|行贿|舞弊|少记|多记|截留|账外|倒卖)|"
    r"内部(?:评审|评估|测试|审计|调查|复盘|核查|自查)(?:意见|结果|结论|报告|显示|发现|纪要)|"
    r"离职面谈(?:记录|纪要|里|中|时|的时候)|(?:收购|并购|合并|合作|投资)(?:谈判|的事)?(?:黄了|谈崩了?|告吹|搁浅|破裂|没谈成)|"
    r"谈(?:合并|收购|并购|融资|合作)[^。！？\n]{0,20}(?:退出|放弃|黄了|崩了|终止|叫停)|"
    r"(?:我们|公司|我司|老板|集团)(?:(?:正在|在|已经在|私下在|悄悄)(?:和|跟|与)?|和|跟|与)[^。！？\n]{0,12}谈(?:收购|并购|合并|入股|投资|融资|"
    r"被收购)|"
    # our payments or bills that do not match: "结算时发现对方多报了120个人天" (a payment of ours made twice, put
    # right with a refund request, is routine: "对账发现货款付了两次，怎么要回来")
    r"(?:结算|对账|核对|付款|报销)[^。！？\n]{0,20}(?:发现|查出)[^。！？\n]{0,20}(?:多报|少付|多收|少收|"
    r"对不上)|"
    # leaving for a competitor
    r"(?:跳槽|离职|辞职)[^。！？\n]{0,6}(?:去|到)(?:竞品|竞争对手|竞对|对手)|"
    # what goes round the office about someone's fall: "小道消息：研发副总要被调岗"
    r"(?:小道消息|内部消息|传言|传闻|听说|据说|私下说)[^。！？\n]{0,24}(?:要|将|会|已经|快)?被(?:调岗|降级|降职|撤职|免职|开除|"
    r"辞退|劝退|问责|处分|边缘化|架空)|"
    r"(?:二期|三期|一期|II期|III期|临床)[^。！？\n]{0,12}(?:主要|次要)终点[^。！？\n]{0,6}(?:没|未)(?:达到|达成)|"
    # misconduct found, stated as a fact with a time or an amount: "上周被查出来虚报了将近六十万"
    r"(?:上周|昨天|前天|前几天|最近|刚刚|刚|上个?月|今天|这周|本周|年初|月初)[^。！？\n]{0,6}被[^。！？\n]{0,6}(?:查出|发现|抓到|"
    r"抓住|举报|揭发|查到|曝出)|(?:虚报|挪用|贪污|侵占|私吞|受贿|吃了?回扣|拿了?回扣|收了?回扣|做假账|虚开|套取|倒卖|"
    r"偷拿|偷卖|截留)了?[^。！？\n]{0,8}(?:[0-9０-９]|[一二三四五六七八九十两几][十百千万])|"
    # an internal change still to be announced: "下周一宣布组织架构调整，研发中心并入集团"
    r"(?:明天|后天|下周[一二三四五六日]?|下个?月|月底|周[一二三四五六日]|[0-9]+号|全员会上?|年会上)(?:上午|下午|晚上|早上)?"
    r"(?:要|将|准备|会|就)?(?:宣布|公布|官宣|通知|发布|公告)[^。！？\n]{0,16}(?:组织架构|架构调整|重组|合并|并入|裁员|降薪|"
    r"人事(?:调整|变动|任命)|薪酬调整|任命|换帅|撤销|关停|搬迁|拆分|调岗)")
_INTERNAL_MATTERS_EN = re.compile(
    r"(?i)(?<![a-z])(?:"
    # a code-named deal or project: "the acquisition code-named Orchid goes to the board next week"
    r"(?:code-?named|codename[ds]?|code name[ds]?|internally (?:called|known as))\s?[“\"']?(?-i:[A-Z])[\w-]*[”\"']?"
    r"[^.!?\n]{0,30}(?:acquisition|merger|deal|buyout|takeover|launch|restructur|reorg|layoffs?|partnership|"
    r"investment|bid|divest|spin-?off|closes|goes to the board)|(?:acquisition|merger|deal|buyout|takeover|"
    r"restructuring|reorg|divestiture)[^.!?\n]{0,20}(?:code-?named|codename[ds]?|code name[ds]?|internally "
    r"(?:called|known as))\s?[“\"']?(?-i:[A-Z])[\w-]*|"
    r"(?:suspect|think|believe) (?:that )?(?:someone|an? (?:employee|engineer|manager|colleague)|"
    r"our [\w ]{0,24}(?:manager|lead|engineer|rep|accountant)) (?:has been |is |was )?(?:fudging|stealing|leaking|"
    r"embezzl|falsif|padding|skimming|moonlighting|taking kickbacks)|"
    # a colleague's claims for what they never did: "someone on the night shift logs overtime he didn't work"
    r"(?:someone|somebody|one of (?:my|our|the) \w+|a (?:colleague|coworker|co-worker|guy|contractor|manager|"
    r"driver|rep)|(?:my|our) (?:colleague|coworker|manager|lead|supervisor|contractor))[^.!?\n]{0,40}"
    r"(?:logg|claim|bill|clock|charg|expens|submitt|put(?:ting)? in for|report)\w* [^.!?\n]{0,30}"
    r"(?:he|she|they) (?:didn'?t|did not|never|hasn'?t|haven'?t) (?:work|incur|do|did|take|took|spend|spent|drive|"
    r"drove|travel|attend|buy|bought|make|made|use|used)|"
    r"(?:lead )?investors? (?:pulled out|walked away|backed out)|"
    # what goes round the office about someone's fall: "word is our VP is being demoted"
    r"(?:rumou?rs?|word (?:around the office |on the floor )?is|grapevine|heard|apparently|off the record)"
    r"[^.!?\n]{0,60}"
    r"(?:is|are|was|were|being|will be|gets?|got|to be) (?:quietly )?(?:demoted|sidelined|pushed out|fired|let go|"
    r"reprimanded|disciplined|stripped of)|"
    # deal talks we are in: "We're in talks to acquire a 40-person startup"
    r"(?:we(?:'re| are)|we've been|i'm|our (?:board|ceo|founders?) (?:is|are)) (?:now |quietly |secretly )?in "
    r"(?:early |advanced |final |late-stage |exclusive )?(?:talks|discussions|negotiations) (?:to (?:acquire|buy|merge|"
    r"sell|invest|raise)|with [^.!?\n]{1,40} (?:about|to|over|on) (?:acquir|buy|merg|sell|invest|rais|"
    r"an? (?:deal|merger|sale|buyout|acquisition|investment)))|"
    r"(?:we(?:'re| are)|we'll|we will) (?:planning|looking|going|about|preparing) to (?:acquire|buy out|"
    r"merge with|take over)|"
    r"our [^.!?\n]{0,40}(?:pulled out|walked away|backed out)|(?:pulled out|walked away|backed out) (?:of|from) our|"
    r"(?:told|tell|telling) (?:me|us) (?:in confidence|in private|privately|off the record)|"
    r"in (?:strict|strictest) confidence|confided (?:in me|to me|that)|"
    r"(?:is|are|'s|has been|have been) (?:secretly |quietly )?(?:interviewing elsewhere|interviewing with other|"
    r"job[- ]hunting|looking to leave)|"
    r"(?:series [a-f]|our round|the round|fundraise|funding round) (?:is |was |got )?(?:delayed|slipped|fell through|"
    r"collapsed)|our (?:[\w-]+ ){0,3}(?:model|algorithm|formula|ranking)[^.!?\n]{0,30}(?:weights?|thresholds?) "
    r"(?:is|are)|"
    r"(?:audit|investigation|review|inquiry) (?:found|showed|revealed|uncovered|discovered|concluded) [^.!?\n]{0,80}"
    r"(?:inflat|padd|falsif|fudg|embezzl|stole|steal|skimm|kickback|fraud|misconduct|harass|misus|forg|backdat|brib)|"
    r"internal (?:review|audit|testing|tests|investigation|assessment|benchmarks?|pen ?test|penetration test|"
    r"security review|red team) (?:found|shows?|showed|results?|findings|concluded|revealed)|"
    # pressure to certify what is not so, wrong-doing we are asked to join, pay cuts
    r"(?:sign off on|sign|approve|certify|pass)[^.!?\n]{0,40}even though|(?:wants|asked|told|is pressuring|pressured) "
    r"me to (?:sign off|approve|certify|backdate|change the numbers|delete|hide|leak)|[0-9]+% (?:pay|salary|wage) "
    r"(?:cut|reduction)|(?:pay|salary|wage) (?:cut|reduction) of [0-9]|"
    r"exit interview (?:summary|notes|feedback|transcript)|in (?:his|her|their|my|the) exit "
    r"interview|(?:acquisition|merger|deal|buyout|partnership|takeover|funding) talks? (?:have |has )?(?:fell|fallen) "
    r"through|talks (?:collapsed|broke down|fell apart)|the deal (?:fell through|is dead|collapsed)|"
    r"(?:missed|did not meet|didn'?t meet|failed) (?:its|the|our) primary endpoint|"
    # shipping with a defect we know of: "our pentest found an unauthenticated admin API; we're shipping anyway"
    r"(?:found|discovered|flagged|known|open|unpatched|unfixed)[^.!?\n]{0,60}(?:vulnerab|bugs?\b|flaws?\b|defects?\b|"
    r"exploit|bypass|unauthenticated|fail|crash)[^.!?\n]{0,60}(?:ship|launch|releas|go(?:ing)? live|deploy|"
    r"roll(?:ing)? out)\w*[^.!?\n]{0,20}anyway|"
    # misconduct found in someone we employ, an internal change still to be announced
    r"(?:was|were|got|been) (?:caught|found) (?:padding|inflating|falsifying|fudging|embezzling|stealing|skimming|"
    r"taking kickbacks|faking|forging|backdating|expensing)|(?:was|were|been) (?:found|discovered) to have "
    r"(?:inflated|padded|falsified|embezzled|stolen|forged|backdated|faked|taken kickbacks|misused)|"
    r"(?:on (?:mon|tues|wednes|thurs|fri)day|tomorrow|next week|at (?:the|tomorrow'?s|[a-z]+day'?s) all-hands)"
    r"[^.!?\n]{0,20}announc(?:e|ing)[^.!?\n]{0,30}(?:reorg|re-org|restructur|layoffs?|merg|folded into|"
    r"consolidat|pay cuts?|salary cuts?|org chart|leadership change|closure|closing)|"
    r"(?:we(?:'ll| will| are going to|'re going to)) announce (?:the |a |our )?(?:reorg|restructuring|layoffs|"
    r"merger|pay cuts|org changes|closure)|primary endpoint (?:was|wasn'?t) "
    r"(?:not )?met|(?:going|planning|plan|about|decided|leaving) to (?:join|go to|move to) a (?:competitor|rival)|"
    r"(?:the |our )?(?:real|actual|true) (?:[\w-]+ ){0,2}(?:ebitda|revenue|numbers|figures|margins?|profits?|sales|"
    r"churn|retention|burn|runway|yield|results|costs?|growth|usage|arr|mrr|bookings|pipeline|battery life|accuracy|"
    r"conversion|attrition|dau|mau|gmv|nps|cac|ltv|occupancy|utili[sz]ation)(?: rate)? "
    r"(?:is|are|was|were|came in|looks?) [^.!?\n]{0,20}(?:half|below|less|lower|short|only|worse|a fraction|"
    r"nowhere near|twice|double|triple)|"
    r"(?:below|above|less than|lower than|short of|worse than|different from|not what|twice|double|triple|"
    r"half(?: of)?) what (?:we|i|they|management) (?:showed|told|promised|pitched|reported|guided|projected|"
    r"presented|gave|put in|sent|quoted))")
_PLANNED_CUTS_EN = re.compile(
    r"(?i)(?<![a-z])(?:layoffs? (?:hit|will|are|is|planned)|(?:we(?:'re| are)|we will|we'll|planning to|plan to|"
    r"going to) (?:lay off|cut|close|shut|sell|exit|let go)|exploring a sale|(?:reduction|layoff|rif) list|"
    # a site of ours closing: "we're shutting the Osaka office next spring" (not "closing the office early today")
    r"(?:we(?:'re|’re| are)(?: quietly| secretly| about to be| planning on)?|(?:leadership|management|the board|"
    r"the ceo|the boss|my boss|our boss|the exec team|the owners?)(?: is| are|'s)? (?:quietly |now )?(?:weighing|"
    r"considering|discussing|mulling|looking at|thinking about|debating)) (?:shutting|closing|winding|mothballing|"
    r"selling off|exiting|consolidating)(?: down)? (?:the|our|both|two|three|all(?: our| the)?) [^.!?\n]{0,30}?"
    r"(?:office|plant|factory|warehouse|site|store|shop|branch|lab|hub|cent(?:re|er)|depot|facility|division|"
    r"business|unit|operations?)s?(?! early| for the| today| tonight| at [0-9]| over| on (?:mon|tue|wed|thu|fri|sat|"
    r"sun))|"
    # how many we let go: "we're letting two people go from the support team on Friday", "we're laying off 40"
    r"(?:we(?:'re| are)(?: going to| about to)?|we'll|we will|we have to|we need to|we must) (?:be )?(?:letting|let) "
    r"(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|some|a few|several|half|a third|most)"
    r"[^.!?\n]{0,40}? go(?! to| ahead| home| first| early| for)(?![a-z])|we(?:'re| are) laying off |"
    # some of us named as going: "two of us will be let go after the audit", "half my team is being laid off"
    r"(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|some|half|a third|a few|several) "
    r"(?:of us|of (?:my|our|the) (?:team|reports|engineers|staff|people|department)|"
    r"(?:people|engineers|roles|positions|heads) (?:on|in|from) "
    r"(?:my|our) \w+)(?: [^.!?\n]{0,20})? (?:will be|are going to be|are being|'ll be|will get|are getting|get) "
    r"(?:let go|laid off|cut|made redundant|eliminated|fired|terminated)|"
    # a freeze or pay cut of ours still ahead: "we need to freeze all hiring within two weeks"
    r"(?:we(?:'re| are| will|'ll| need to| have to| must| plan to| decided to| are going to|'re going to)|"
    r"(?:leadership|the board|management|finance) (?:wants|decided|plans|is going) to) (?:[a-z]+ ){0,2}"
    r"(?:freez(?:e|ing)|paus(?:e|ing)|halt(?:ing)?|suspend(?:ing)?) (?:all |any |new |external |further )*"
    r"(?:hiring|hires|recruiting|recruitment|headcount|raises|pay rises|merit increases|promotions|bonuses)|"
    r"hiring freeze (?:starts|from|next|is coming|will|in|until)|(?:cut|cutting|reduce|reducing) (?:everyone'?s |all |"
    r"staff |our )?(?:pay|salaries|wages) by)(?![a-z])")
# Our own business figures ("我们这季度回款只有3成", "our burn is $2M a month"), our position against a
# counterparty ("我们最多只能接受1000", "we can do net-45 tops"), a fact presented as something else
# ("so it sounds like a vendor issue"), a selection decided before its process ("just for show").
_OWN_FIGURES_ZH = re.compile(
    r"(?:我们|我司|(?<!一家)(?<!某)公司|团队|集团|部门|咱们)(?:的|今年|这个月|这季度|上季度|上个月|全年|明年)?[^。！？\n]{0,8}"
    r"(?:营收|收入|利润|毛利|净利|亏损|现金流|回款|预算|估值|订单量|销量|出货量|GMV|留存|流失率|日活|月活|客单价|转化率|"
    r"ARR|MRR|churn|retention|交付率|良率|完成率|签约额|融资)[^。！？\n]{0,16}[0-9０-９一二三四五六七八九十两]|"
    r"我们(?:最多|最少|最高|最低|顶多|只能|最多只能|最多能)(?:能)?(?:接受|给到|给|出|做到|让到|降到)[^。！？\n]{0,8}[0-9０-９一二三四五六七八九十两]|"
    # a figure of this period against our plan, said without "我们": "这季度回款只完成了计划的四成"
    r"(?:这个?季度|本季度|这个月|本月|上个?月|上季度|今年|上半年|前三季度|Q[1-4])[^。！？\n]{0,6}(?:回款|营收|收入|利润|"
    r"销量|销售额|出货量?|订单量?|签约额|GMV|业绩|产量|交付量?)[^。！？\n]{0,6}(?:只|才|仅)(?:完成|达到|做到|做了|实现)了?"
    r"[^。！？\n]{0,4}(?:计划|目标|预算|指标|KPI)|"
    # how long our cash lasts: "账上现金只够撑7个月", "按现在的烧钱速度还能活半年", "runway 只剩 9 个月"
    r"(?:账上|手上|手里|我们|公司|咱们)[^。！？\n]{0,6}(?:现金|钱|资金)[^。！？\n]{0,8}(?:只够|还够|够|还能|只能)"
    r"(?:撑|烧|用|活|花|跑)[^。！？\n]{0,6}(?:[0-9０-９一二三四五六七八九十两半几]+个?月|[0-9０-９一二三四五六七八九十两半几]+年|"
    r"到明年|到年底)|(?:按|照)(?:现在|目前|当前|这个)的?(?:烧钱|消耗|花钱|支出|burn)[^。！？\n]{0,20}"
    r"(?:个月|撑到|撑不|活不|断粮|见底)|(?<![a-z])(?:cash )?runway[^。！？\n]{0,6}(?:只剩|还剩|剩|不到|只有|就)"
    r"[^。！？\n]{0,4}[0-9０-９一二三四五六七八九十两半几]|"
    r"(?:名额|人选|岗位|职位|奖项|结果)[^。！？\n]{0,12}(?:已经|早就|其实)(?:定了|决定|内定|给了)|(?:只是|就是|不过是|只不过)走(?:个)?(?:过场|形式)|"
    r"(?:监察|纪检|纪委|合规|内控|稽核)(?:部门?|组)?(?:在查|正在查|正在调查|在调查|介入)")
_OWN_FIGURES_EN = re.compile(
    r"(?i)(?<![a-z])(?:(?:our|we're at|we are at|we have|we had|we hit|we did)\b[^.!?\n]{0,30}(?:revenue|margin|"
    r"ebitda|burn|runway|bookings|pipeline|churn|retention|arr|mrr|valuation|cash|profit|losses|sales|gmv|nps|dau|mau)"
    r"(?![a-z])[^.!?\n]{0,30}[0-9]|"
    # how long our cash lasts, said without "our": "Cash runway is down to 7 months at current burn"
    r"(?:^|[.!?;:,(]\s*|(?:our|my|the|current|remaining|cash|and|but|so|now) )(?<!if the )(?<!if our )"
    r"(?:cash )?runway (?:is|'s|was|stands at|sits at|of|left is|has (?:dropped|shrunk|fallen) to)"
    r"(?: now| down to| only| just| about| roughly| around| under| below| less than| at| to)* ~?[0-9]+(?:\.[0-9])?"
    r"\s*(?:months?|mos?|weeks?|quarters?)(?![a-z])|"
    r"(?<!if we have )(?<!if you have )(?<!with )[0-9]+(?:\.[0-9])? (?:months?|weeks?) of (?:cash|runway|money)"
    r"(?: left| remaining| in the bank| on hand)|(?:at|on) (?:our |the )?current burn(?: rate)?,? (?:we|our cash|cash|"
    r"the money|that)(?: only)? (?:have|has|last|lasts|runs? out|hits? zero|get)|"
    r"(?:covenant headroom|headroom (?:on|under|against) (?:the |our )?(?:covenants?|leverage|facility)) "
    r"(?:is|was|of|at|down|has|sits|left)[^.!?\n]{0,20}[0-9]|"
    r"we can (?:do|accept|go to|live with|offer|stretch to) [^.!?\n]{0,20}(?:tops|at most|max)|"
    r"(?:sounds?|looks?) like (?:a|an|the) [\w-]+ (?:issue|problem|error|fault|mistake) (?:rather than|instead of|not) "
    r"(?:our|ours|us)|(?:the )?status page (?:says|said|blamed)|(?:the )?official (?:line|story|version) is|"
    r"(?:already (?:decided|picked|chosen|chose)|pre-?selected)[^.!?\n]{0,80}(?:for show|theater|theatre|a formality|"
    r"box-ticking)|(?:invoice|bill|statement)s? [^.!?\n]{0,40}(?:but|while|whereas) (?:our|the) (?:timesheets?|records|"
    r"ledger|books|po|contract|logs)|"
    r"(?:our|my) (?:largest|biggest|key|top|anchor|main|second-largest|flagship) (?:account|customer|client|"
    r"distributor|reseller)s?[^.!?\n]{0,60}(?:moving to|switching to|leaving us|is leaving|are leaving|churning|"
    r"won'?t renew|not renewing|cancell?ing|terminating|pulling (?:out|their))|"
    r"(?:revenue|margin|ebitda|profit|cash|bookings|arr) (?:impact|hit|loss|shortfall) (?:is|of|will be|would be|"
    r"looks like)(?: roughly| about| around| approximately)? [~$€£¥]?[0-9])")
# Where a cut is someone else's news, or a secret is harmless (a surprise party), the cue says nothing.
_PUBLIC_OR_HARMLESS = re.compile(
    # a press release still to go out, or news "not yet announced", is no public source
    r"(?i)(?<![a-z])(?:news|reported|press(?! release| statement| holding| kit| q&a| line)|(?-i:media|^Media)|"
    r"(?<!not )(?<!n't )(?<!not been )(?<!n't been )(?<!yet )(?<!until it's )(?<!until it is )(?<!before it's )"
    r"(?<!be )announced|public(?:ly)? (?:filed|listed)|surprise|birthday|gift|hypothetical(?:ly)?|"
    # a personal occasion kept from someone: "plan to propose to my girlfriend without telling her family"
    r"propos(?:e|ing) to (?:my|her|him)|(?:our|my|their|wedding) anniversary|wedding|baby shower|"
    r"(?:suppose|assume|imagine) (?:a|an|that a|some)|a case study)(?![a-z])|新闻(?!稿)|媒体|报道|"
    r"已经?(?:官宣|公告|公布|宣布|发布)|公示|(?<!放进)(?<!放到)(?<!放上)(?<!写进)(?<!挂到)官网|惊喜|求婚|纪念日|婚礼|生日|礼物|假设|假如|例题|应用题|案例分析|举个例子|"
    # figures already published: "年报里公布的营收", "财报披露的毛利率", "the results we published", "per our 10-K"
    r"(?:公开|对外|已经?|正式)(?:公布|披露)的|(?:年报|财报|季报|半年报|招股书|公告)(?:里|中|上)?"
    r"(?:已经?)?(?:公布|披露|显示|写明)|(?i:(?<![a-z])(?:(?<!not )(?<!yet )(?<!un)published (?:annual|quarterly|"
    r"results|figures|report|numbers)|publicly (?:filed|reported|disclosed|released)|"
    r"(?<!until the )(?<!before the )(?<!until our )(?<!before our )10-[kq]|(?:annual|quarterly) "
    r"report (?:shows|showed|says)|(?:results|figures|numbers) (?:we|that we) (?:released|published|announced|"
    r"reported)(?! internally))(?![a-z]))")


# A deal of ours still ahead, described without the word "acquisition": buying "that company downstream",
# a code-named project with a closing date, a term sheet or SPA being signed ("“贾宝玉”那个项目（买下游那家做包材的）
# 定在明年一季度交割", "LOI is signed, closing targeted for Q1"). Futures and brokerage 交割 are not deals.
_PENDING_DEAL_ZH = re.compile(
    # our bid in a tender still open: its deadline and our document not yet final
    r"(?:截止|截标|开标|递交|投标)[^。！？\n]{0,16}我们的(?:标书|投标文件|投标方案|投标报价|报价方案)|"
    r"我们的(?:标书|投标文件|投标方案|投标报价|报价方案)[^。！？\n]{0,12}(?:定稿|截止|递交|交上去|封标)|"
    r"(?:(?:买下|收购|并购|吃下|拿下|入股|控股|买断|并进来|整个收了|收了)[^。！？\n]{0,16}(?:那家|这家|一家|标的|同行|代工厂|工厂|厂)|"
    r"把[^。！？\n]{0,16}(?:那家|这家|一家|同行|代工厂|工厂|厂|公司)[^。！？\n]{0,4}(?:吃下来|买下来|收下来|拿下来|并进来|吃掉|收购))"
    r"[^。！？\n]{0,30}(?:交割|签约|签SPA|尽调|对价|过户|估值|交易要点|term sheet|SPA|LOI|close|意向书|框架协议|排他|"
    r"报价|出价)|"
    # a code-named deal of ours before signing: "项目代号“北辰”，收购标的是一家做…的公司，下周签意向书"
    r"代号(?:是|为|叫)?[：:\s]*[“「『\"']?(?!什么|为什么|怎么)[\u4e00-\u9fffA-Za-z]{1,8}[^。！？\n]{0,40}"
    r"(?:收购|并购|标的|意向书|尽调|入股|合并|要约|term sheet|LOI|投前|估值)|"
    r"(?:项目|交易|deal|标的|收购|并购)[^。！？\n]{0,16}(?:定在|计划|预计|打算|准备|要在|将在|争取)[^。！？\n]{0,10}交割|"
    r"(?:交易|deal|标的|收购|并购)[^。！？\n]{0,16}(?:定在|计划|预计|打算|准备|要在|将在|争取)[^。！？\n]{0,10}"
    r"(?:签约|签SPA|签股权转让协议|close)|"
    r"(?:term sheet|TS|SPA|LOI|意向书|股权转让协议|收购协议)[^。！？\n]{0,8}(?:已经|已)?(?:签了|签好|签署|定了|谈好)"
    r"[^。！？\n]{0,20}(?:交割|对价|估值|尽调|close)|"
    # a deal of ours agreed, its price or its announcement still ahead: "并购基本谈妥了，作价九亿，公告要等监管批完"
    r"(?:收购|并购|买下|吃下|入股|控股|合并|重组|借壳|卖给|出售|被收购|交易|这笔买卖|deal)[^。！？\n]{0,24}"
    r"(?:谈妥|基本定了|基本敲定|敲定了|谈好了|谈成了|谈得差不多|定下来了|签了意向书|签了框架协议|签了TS|签了LOI|拍板了)"
    r"[^\n]{0,40}(?:作价|对价|估值|价格|[0-9０-９一二三四五六七八九十两几]+(?:亿|千万|百万|万)|公告|官宣|披露|宣布|公布|对外说)|"
    r"(?:收购|并购|合并|重组|入股|交易)[^\n]{0,60}(?:公告|官宣|披露|公布|宣布|对外)[^。！？\n]{0,3}(?:要等|得等|还要等|等到|"
    r"要到|暂时不|先不|还不能|不能)|"
    r"签了?(?:意向书|LOI|TS|term sheet|框架协议|收购协议|合并协议)[^\n]{0,30}"
    r"(?:估值|对价|作价|交割|尽调|披露|公告|官宣)")
_PENDING_DEAL_EN = re.compile(
    r"(?i)(?<![a-z])(?:"
    # a code-named deal of ours: "Project Kestrel: the target is a battery recycler, LOI next week"
    r"(?:(?-i:Project|Operation)|code-?named?|codename) [\"'“]?(?-i:[A-Z])[a-z]+[\"'”]?[^.!?\n]{0,60}"
    r"(?:acqui\w+|target|due diligence|diligence|loi|letter of intent|term sheet|merger|buy-?out|takeover|"
    r"valuation|carve-?out|divest\w*|spin-?off|bidders?\b)|"
    # our bid in a tender still open: "Acme's RFP closes Friday; our bid must be locked by Wednesday"
    r"(?:rfp|rfq|tender|bid)[^.!?\n]{0,30}(?:closes|due|deadline)[^.!?\n]{0,40}our (?:bid|offer|proposal|tender)|"
    r"our (?:bid|offer|tender|proposal) (?:for|to) [^.!?\n]{0,40}(?:rfp|rfq|tender)[^.!?\n]{0,30}"
    r"(?:closes|due|deadline)|"
    r"(?:closing|completion|signing|the deal|the (?:acquisition|merger|buyout|transaction)) "
    r"(?:is |was )?(?:now )?(?:set|scheduled|targeted|planned|slated|pencilled|penciled|expected|due|on track) "
    r"(?:for|in|by|to (?:happen|land|close))|(?:the )?(?:deal|acquisition|merger|buyout|transaction) "
    r"(?:closes|should close|will close|is set to close|is closing|signs|should sign)|"
    r"(?:term sheet|loi|letter of intent|spa|share purchase agreement|purchase agreement)s? (?:for [\w -]{1,30} )?"
    r"(?:is |was |has been |have been )?(?:signed|agreed|countersigned|executed|out)[^.!?\n]{0,40}(?:clos|sign|"
    r"diligence|earn-?out|valuation|price|[$€£¥][0-9])|"
    # our deal moved in time, or ourselves being bought: "the buyout of our distributor slipped to Q3"
    r"(?:deal|acquisition|buy-?out|merger|takeover|transaction|closing)[^.!?\n]{0,60}(?:slipped|slips|pushed (?:back|"
    r"out)|delayed|postponed|moved|brought forward) (?:to|into|until|by|back)|"
    r"(?:we(?:'re| are)|we'll be|we will be|the company is|our company is) (?:going to be|about to be|being|getting) "
    r"(?:acquired|bought|sold|taken over|merged)|"
    # a deal of ours agreed, its announcement still ahead: "we've basically agreed terms to buy …, announcement
    # after regulators sign off"
    r"(?:we(?:'ve| have)?|we're|our (?:board|company|team|side)) (?:basically |just |finally |now |tentatively |"
    r"informally |more or less |pretty much )?(?:agreed|settled|nailed down|locked in|shook hands on|reached "
    r"(?:an )?agreement on|are aligned on)(?: on)? (?:the |a )?(?:terms|price|valuation|deal|multiple|"
    r"to (?:buy|acquire|sell|merge|take over|purchase|invest))|"
    r"(?:announcement|announce|announcing|disclos\w+|go(?:ing)? public|make it public)[^.!?\n]{0,16}"
    r"(?:after|until|till|once|when|pending) (?:the )?(?:regulators?|competition|"
    r"antitrust|approval|clearance|shareholders?|the board|(?:sec|cma|ftc|doj|samr) ))")
# A leader of ours leaving or replaced, or a reorganisation, with its announcement still ahead: "our CEO is
# stepping down in June, announcement planned for May 20", "CFO要卸任，全员会前先别说", "the reorg will be
# announced at Monday's town hall". Someone else's news is excluded by _PUBLIC_OR_HARMLESS ("announced", 新闻).
_LEADER_EN = (r"(?:ceo|cfo|cto|coo|cio|cmo|cpo|president|founder|co-?founder|chair(?:man|woman|person)?|"
              r"managing director|general manager|gm|md|country manager|head of [\w&-]+(?: [\w&-]+)?|"
              r"(?:s|e)?vp(?: of [\w&-]+)?|director(?: of [\w&-]+)?|boss|leadership team|exec(?:utive)? team)")
_LEADERSHIP_CHANGE_EN = re.compile(
    rf"(?i)(?<![a-z])(?:(?:(?:our|my|the company'?s) {_LEADER_EN}(?: [^.!?\n]{{0,20}})?|(?:the |^){_LEADER_EN}) "
    r"(?:is|are|'s|will be|plans to be|"
    r"has decided to|decided to|wants to|is going to|are going to|will)? ?(?:stepping down|step down|leaving|leave|"
    r"resigning|resign|retiring|retire|being replaced|replaced|being pushed out|pushed out|being let go|being "
    r"moved|on (?:the|his|her|their) way out|departing|quitting|handing over|out after|out at the end)"
    r"[^\n]{0,100}(?:announc|all-hands|town ?hall|q&a|(?:tell|telling|told|inform|informing|notify) (?:the )?"
    r"(?:staff|team|employees|people|everyone|company)|successor|replacement|interim|nobody knows|before|"
    r"last day|comms (?:plan|note)|memo|handover|"
    r"(?:in|by|at|from|end of) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|next (?:week|month|"
    r"quarter|year)|(?:end of|after) (?:the )?(?:q[1-4]|year|month|quarter)|year[- ]end)|"
    r"(?:announcement|news|memo|email|all-hands|town ?hall)(?: to (?:staff|the team|employees))? "
    r"(?:is |was |'s )?(?:planned|scheduled|slated|pencill?ed in|targeted|set) (?:for|on|next)|"
    r"(?:reorg|re-org|restructuring|org (?:chart|changes?)|leadership change|new (?:ceo|cfo|cto|coo|head of))"
    r"[^.!?\n]{0,60}(?:will be|gets|get|'ll be|is being|are being|is going to be) "
    r"(?:announced|shared|communicated|rolled out|told) (?:on|next|at|in|after|before|to))(?![a-z])")
_LEADER_ZH = r"(?:CEO|CFO|CTO|COO|总裁|总经理|董事长|老板|大老板|创始人|副总|VP|总监|一把手|老大|GM|院长|行长|厂长)"
_LEADERSHIP_CHANGE_ZH = re.compile(
    rf"{_LEADER_ZH}[^。！？\n]{{0,12}}(?:要|将|准备|打算|会|决定|下个?月|下周|月底|年底|[0-9]+月)[^。！？\n]{{0,6}}"
    r"(?:离职|辞职|卸任|退休|离开|走人|下台|被换|换人|被撤|被免|交棒|退居二线|调走|被调走|被劝退|调去|调到|调离|轮岗)"
    r"[^\n]{0,60}(?:宣布|公布|官宣|通知|全员会|内部信|还没|没人知道|先别|接任|接班|继任|交接|公告)|"
    r"(?:宣布|公布|官宣|公告|内部信)[^。！？\n]{0,4}(?:定在|安排在|计划在|时间定在)|(?:计划|打算|准备|定于|定在)[^。！？\n]{0,10}"
    r"(?:宣布|公布|官宣)[^。！？\n]{0,16}(?:人事|任命|离职|卸任|辞职|接任|架构|重组|调整|换帅)")
# A pay structure: two or more levels each with a money range ("L4 95-110k, L5 120-140k", "P6：2.2-3万") — our
# bands, unless the figures are published (levels.fyi, a survey) or sample data.
_LEVEL_RANGE = (r"(?<![A-Za-z0-9])(?:L|IC|P|E|M|T|G|SDE|SWE|band ?|grade ?|level ?|职级 ?)[0-9]{1,2}\s*[:：=]?\s*"
                r"[$€£¥]?[0-9]+(?:\.[0-9]+)?\s*[kK万]?\s*(?:-|–|~|to|至|到)\s*[$€£¥]?[0-9]+(?:\.[0-9]+)?\s*(?:k|K|万|000)")
_PAY_BANDS = re.compile(rf"(?i){_LEVEL_RANGE}[^\n]{{0,12}}?{_LEVEL_RANGE}")
_SAMPLE_DATA = re.compile(r"(?i)(?<![a-z])(?:sample|example|dummy|mock|fake|made-up|hypothetical)(?![a-z])|"
                          r"假设|示例|例如|虚构")
_NOT_A_DEAL = re.compile(r"(?i)期货|期权|合约|交割单|交割日|交割月|股票|futures|options contract")
# An English closing or signing is a company deal only where the text speaks of one (not a house or a sale).
_DEAL_CONTEXT_EN = re.compile(r"(?i)acqui|merger|agreed (?:the |a )?(?:terms|price)|to buy|to sell|regulators|"
                              r"seller|buy-?out|take-?over|target|deal terms|diligence|\bspa\b|\bloi\b|"
                              r"term sheet|earn-?out|valuation|stake|purchase price|integration|project [A-Z]|"
                              r"carve-?out|divest|spin-?off|bidders?\b|buyers?\b|\brf[pq]\b|tender")
# Ratings of people, two or more given in a list ("Mei exceeds, 浩然 meets, Ines below", "美玲超出预期，阿杰C"):
# someone's rating is a staff matter whoever is named. A label counts only where it closes its item (a comma,
# a dash, the end follows), so "the design meets the spec" or "see below for details" is no rating.
_RATING_LABEL_EN = (r"(?:exceeds|exceeded|meets|met|below|partially meets|needs improvement|outstanding|"
                    r"strong|solid|underperforming|low performer|high performer|top performer|top|bottom|last|first)")
# Labels that rate a person's performance whatever the text; the others (strong, top, a letter, a number)
# rate anything, so they count only where the text speaks of ratings or calibration.
# A grade mapped to a factor ("A=1.5", "A是1.5", "B档1.0"): the grade is what is rated, not a person.
_SCALE_POINT = re.compile(r"^(?:[0-9]+(?:\.[0-9]+)?|[A-DS][+-]?)$")  # "5 = outstanding" defines a scale
_GRADE_BEFORE = re.compile(r"(?<![A-Za-z])[A-DS][+-]?\s*(?:[=:：]|[是为档级类等]|grade)?\s*$")
_PERFORMANCE_WORD = re.compile(r"(?i)exceed|meets|(?<![a-z])met(?![a-z])|below|improvement|underperform|performer|"
                               r"预期|待改进|需改进|不达标")
_PERFORMANCE_LABEL = re.compile(r"(?i)^(?:exceeds|exceeded|meets|met|below|partially meets|needs improvement|"
                                r"underperforming|low performer|high performer|top performer|超出预期|超预期|符合预期|"
                                r"达到预期|低于预期|待改进|需改进|不达标)$")
_RATING_ITEM_EN = re.compile(
    rf"(?i)(?:^|[,;:\n(，、—–-]| and | while | but |putting |rating |rate |put |have |has |marked )\s*"
    rf"(?!see |as |listed |shown |noted |described |mentioned |details )"
    rf"(?P<who>[\w\u4e00-\u9fff][\w\u4e00-\u9fff'.-]*(?: [\w\u4e00-\u9fff'.-]+)?)\s*"
    rf"(?:[:=—–-]\s*|\s+(?:is |gets |got |as |at )?)"
    rf"['\"“]?(?P<label>{_RATING_LABEL_EN}|an? [1-5](?:\.[0-9]{{1,2}})?|[1-5]\.[0-9]{{1,2}}|[A-D][+-]?)['\"”]?"
    rf"(?=\s*(?:[,;，、.。\n)]|—|–| - |$))")
_RATING_LABEL_ZH = (r"(?:超出预期|超预期|符合预期|达到预期|低于预期|待改进|需改进|不合格|不达标|优秀|良好|合格|垫底|"
                    r"第[一二三四五1-5]|最后一?名?|[ABCDS][+-]?|[1-5](?:\.[0-9]{1,2})?[+-]?)")
_RATING_ITEM_ZH = re.compile(
    rf"(?P<who>[\u4e00-\u9fff]{{1,4}}|(?<![A-Za-z])[A-Z][a-z]+)\s*(?:打|评|给|是|为|拿|得|评为|打了|拿了)?[:：]?\s*"
    rf"(?P<label>{_RATING_LABEL_ZH})(?=\s*(?:[，,、；;。.\n]|$))")
_RATING_CONTEXT = re.compile(
    r"(?i)calibrat|ratings?\b|rated\b|stack[- ]?rank|performance (?:reviews?|scores?|grades?)|promo(?:tion)? "
    r"(?:committee|panel)|mid-?year|year-?end (?:review|scores?)|ranking|绩效|校准|打分|评级|考评|考核|排名|排序|"
    r"评分|年终评|晋升评审")


def _staff_ratings(text: str, entity_type: str) -> Entity | None:
    """Two or more people given a rating in one list; letter and number grades, and ranks, only where
    the text speaks of ratings or calibration."""
    if not _RATING_CONTEXT.search(text) and not _PERFORMANCE_WORD.search(text):
        return None  # cheap exit: neither a performance label nor a word about ratings anywhere
    # who is rated is not a grade itself: "A=1.5, B=1.0" or "A是1.5" maps grades to bonus factors
    items = [m for pattern in (_RATING_ITEM_EN, _RATING_ITEM_ZH) for m in pattern.finditer(text)
             if not _GRADE_BEFORE.search(text[max(0, m.start("label") - 8):m.start("label")])
             and not _SCALE_POINT.match(m.group("who"))]
    if len(items) < 2:
        return None
    labels = [m.group("label").strip().casefold() for m in items]
    performance = {label for label in labels if _PERFORMANCE_LABEL.match(label)}
    if len(performance) < 2 and not _RATING_CONTEXT.search(text):
        return None
    first = min(items, key=lambda m: m.start("label"))
    return Entity(entity_type, first.start("label"), first.end("label"), first.group("label"), 0.7, "topics:ratings")


# A payment of ours of a stated sum to a definite counterparty — a term of a deal with it:
# "这周要给中信银行打一笔586万的预付款", "尾款38万下周五前付给施工方", "we need to wire $2.3M to Halvorsen as
# the deposit", "our €80k retainer to Brightline is due Friday". How a payment works, or an exercise with
# 甲公司/Company A, states no term of ours.
# a business-sized sum (pocket money and a lunch split are no deal): 万/亿/k, or four digits and more
_SUM_ZH = (r"(?:[0-9０-９][0-9０-９.,，]*\s*(?:亿|千万|百万|十万|万|w|W|k|K)|"
           r"[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:\.[0-9]+)?\s*(?:元|块|美元|美金|欧元|英镑|港币|日元|刀)?|"
           r"[0-9０-９]{4,}(?:\.[0-9]+)?\s*(?:元|块|美元|美金|欧元|英镑|港币|日元|刀)|[一二三四五六七八九十两几百千]+(?:亿|万))")
_PAYMENT_NOUN_ZH = (r"(?:预付款|预付金|尾款|首付款|首款|余款|进度款|货款|工程款|定金|订金|保证金|质保金|押金|"
                    r"服务费|咨询费|违约金|赔偿金|赔偿款|和解金|补偿款|投资款|增资款|认购款|借款|还款|款项|"
                    r"打款|付款|转账|汇款|账款|佣金|租金|返点|贷款|本金|本息|利息|"
                    r"(?:审计|律师|顾问|授权|许可|加盟|代理|管理|技术|平台|渠道|推广|广告|中介|居间|设计|培训)费|"
                    r"(?i:deposit|down ?payment|prepayment|retainer|invoice|payment|wire))")
_PAY_VERB_ZH = r"(?:打|付|转|汇|支付|划|拨|结|退|还|交|预付|缴|垫)"
_OWN_PAYMENT_ZH = re.compile(
    rf"(?:给|向|对)(?!我|你|他|她)[^，,。！？\n]{{2,16}}?{_PAY_VERB_ZH}(?:了|过去|一下)?(?:一笔|这笔|那笔)?"
    rf"[^。！？\n]{{0,6}}?{_SUM_ZH}[^。！？\n]{{0,8}}?{_PAYMENT_NOUN_ZH}|"
    rf"(?:付给|打给|转给|汇给|支付给|结给|退给|划给|还给)(?!我|你|他|她)[^\s，,。！？\n]{{2,16}}?"
    rf"[^。！？\n]{{0,8}}?{_SUM_ZH}|"
    rf"(?:{_SUM_ZH}的?{_PAYMENT_NOUN_ZH}|{_PAYMENT_NOUN_ZH}[^。！？\n，,]{{0,4}}?{_SUM_ZH})[^。！？\n]{{0,16}}?"
    rf"(?:付给|打给|转给|汇给|支付给|给|向)(?!我|你|他|她)[^\s，,。！？\n]{{2,}}|"
    rf"(?:给|向|欠|对)(?!我|你|他|她)[^\s，,。！？\n]{{2,16}}?的?(?:那笔|这笔|一笔)?{_PAYMENT_NOUN_ZH}"
    rf"[^。！？\n]{{0,6}}?{_SUM_ZH}")
_SUM_EN = (r"(?:(?:[$€£¥]|(?:usd|eur|gbp|chf|cad|aud|cny|rmb|sgd) ?)(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{4,}|"
           r"[0-9][0-9.]*\s?(?:k|m|mm|bn|million|billion|thousand))(?:\.[0-9]+)?|"
           r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{4,}|[0-9][0-9.]*\s?(?:k|m|mm|bn|million|billion|thousand))"
           r"(?:\.[0-9]+)?\s?(?:usd|eur|gbp|chf|cad|aud|jpy|cny|rmb|sgd|dollars|euros|pounds))(?![a-z0-9])")
# a payment to family, friends or the landlord is a household matter
_PERSONAL_PAYEE = re.compile(r"(?i)房东|房租|爸|妈|父母|孩子|儿子|女儿|老婆|老公|朋友|同学|室友|男友|女友|对象|"
                             r"亲戚|保姆|红包|零花钱|生活费|份子钱|(?<![a-z])(?:landlord|rent|mom|mum|dad|parents|friend|roommate|"
                             r"flatmate|kids?|son|daughter|wife|husband|babysitter|nanny|allowance|girlfriend|"
                             r"boyfriend)(?![a-z])")
_PAYMENT_NOUN_EN = (r"(?:deposit|down ?payment|advance(?: payment)?|prepayment|pre-payment|retainer|install?ment|"
                    r"balance|final payment|milestone payment|settlement|escrow|wire|transfer|remittance|payment|"
                    r"upfront fee|earnest money|performance bond|security deposit|top-up|capital call|tranche)s?")
_OWN_PAYMENT_EN = re.compile(
    rf"(?i)(?<![a-z])(?:(?:wire|wiring|transfer|transferring|remit|remitting|send|sending|pay|paying|release|releasing|"
    rf"advance|advancing|push|pushing)(?: over| out)? (?:the |a |an |our |their |another |one )?(?:[\w-]+ ){{0,2}}?"
    rf"{_SUM_EN}[^.!?\n]{{0,40}}? to (?:the |our )?(?-i:[A-Z])[\w&.-]+|"
    rf"{_SUM_EN} (?:[\w-]+ ){{0,2}}?{_PAYMENT_NOUN_EN} (?:to|owed to|due to|for|going to|to be paid to) (?:the )?"
    rf"(?-i:[A-Z])[\w&.-]+|"
    rf"{_PAYMENT_NOUN_EN} of {_SUM_EN} (?:to|owed to|due to|for|from us to) (?:the )?(?-i:[A-Z])[\w&.-]+|"
    # "their 120k deposit will reach them Monday", "our $80k retainer is due"
    rf"(?:our|their) (?:{_SUM_EN}|[0-9]{{2,}}k|[0-9][0-9.]*\s?(?:m|mm|bn))(?![a-z0-9]) (?:[\w-]+ )?{_PAYMENT_NOUN_EN}|"
    rf"(?:owe|wire|pay|send|transfer|remit) (?!me |you |him |her |them |us |it )(?-i:[A-Z])[\w&.-]+"
    rf"(?: (?-i:[A-Z])[\w&.-]+)? [^.!?\n]{{0,30}}?{_SUM_EN})")
# ... said by us or still to do (not a company in the news paying another)
_OWN_OR_PENDING = re.compile(
    r"(?i)我|咱|(?:要|得|需要|准备|打算|计划|安排|该|这周|下周|本周|明天|今天|后天|月底|月初|"
    r"周[一二三四五六日末]|马上|尽快|回头|之前)|(?<![a-z])(?:we|we're|we'll|we've|our|us|i|i'm|i'll|my|"
    r"need to|have to|has to|must|due|this week|next week|tomorrow|today|tonight|by (?:mon|tue|wed|thu|fri|"
    r"sat|sun|eod|eow|end of|the end of|close of)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![a-z])|"
    r"^(?:wire|transfer|send|pay|remit|release)(?![a-z])")
# ... and not an example, an exercise or how to book one ("A公司向B公司预付100万，会计分录怎么做")
_PAYMENT_EXERCISE = re.compile(
    r"(?i)比如|例如|举例|举个例子|假如|假设|例题|习题|练习|考试|分录|做账|账务处理|会计处理|记账|科目|"
    r"(?<![A-Za-z])[A-Z] ?公司|甲(?:方|公司)|乙(?:方|公司)|某(?:公司|企业|银行|供应商|客户)|"
    r"(?<![a-z])(?:for example|for instance|e\.g\.|let's say|say (?:we|you|a)|imagine|suppose|assume|what if|"
    r"if (?:you|one|a|an|someone|a company)|example|exercise|homework|journal entr(?:y|ies)|"
    r"accounting (?:entry|entries|treatment)|(?:how|where) (?:do|should|would|can) (?:i|we|you|one) "
    r"(?:record|book|account for|post)|company [a-z](?![a-z]))(?![a-z])")


# How to write a legal letter in general, and a named party that makes it ours ("… to Quillon Labs")
_HOW_TO_WRITE = re.compile(r"(?i)^\s*(?:how (?:do|can|should|would) (?:i|we|you|one)|how to|what(?:'s| is) the best "
                           r"way to|any tips (?:on|for)|tips for) (?:write|draft|word|structure|format|phrase|send|"
                           r"writing|drafting|sending) (?:a|an|one)(?![a-z])")
_NAMED_PARTY = re.compile(r"(?<=[a-z0-9,;:] )(?!I )(?-i:[A-Z][\w&-]+)")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_LATIN_RE = re.compile(r"[A-Za-z]")


# A change of ours held back until it is announced: a hush cue and a cut, closing, sale or freeze together
# ("宣布之前谁都别提上海办公室要关的事", "keep the Lyon closure quiet until it's public").
_HUSH_CUE = (r"谁都别提|谁也别提|都别提|先别(?:说|提|讲|往外说|告诉|透露|声张|传)|别外传|不要外传|不许外传|"
             r"别往外(?:说|传)|"
             r"别声张|(?:宣布|公布|官宣|公告|发布|通知)(?:之前|前|以前)|对外(?:先)?保密|暂时保密|先保密|"
             r"(?<![a-z])(?:before (?:we|it's|it is|they) (?:announce|go public|make it public|is announced|tell)|"
             r"until (?:it's|it is|we|they|the) (?:public|announced|announce|official|go public|tell)|"
             r"keep (?:this|it|that) (?:quiet|under wraps|between us|to yourself)|under wraps|hush-hush|"
             r"don'?t (?:tell(?! me(?![a-z]))|mention (?:it|this)|breathe a word)|not a word to)")
# (关 or 裁 alone would take 关于, 相关, 总裁)
_HUSHED_CHANGE = (r"关(?:掉|停|闭|张|店|厂|门)|要关|被关|裁员|裁掉|裁撤|撤掉|撤销|撤并|并入|合并|卖掉|出售|"
                  r"收购|并购|降薪|减薪|冻结|停招|搬迁|拆分|解散|"
                  r"(?<![a-z])(?:clos(?:e|ing|ure)|shut(?:ting|down)?|layoffs?|lay(?:ing)? off|"
                  r"cuts?|cutting|sell(?:ing)?|"
                  r"sale|acqui\w+|merg\w+|freez\w+|reorg\w*|restructur\w+|relocat\w+|dissolv\w+|wind(?:ing)? down)"
                  r"(?![a-z])")
_HUSHED_CHANGE_RE = re.compile(rf"(?i)(?:{_HUSH_CUE})[^\n]{{0,60}}?(?:{_HUSHED_CHANGE})|"
                               rf"(?:{_HUSHED_CHANGE})[^\n]{{0,60}}?(?:{_HUSH_CUE})")
# Something of ours kept from a business audience, whatever the thing is: "这个节奏先别让渠道知道", "对经销商先保密",
# "暂时瞒着供应商", "don't let the dealers find out yet", "keep the press in the dark". The audience is what makes it
# business: a surprise kept from one person ("别让她知道，我们给她办生日惊喜") names no such audience.
_HUSH_AUDIENCE_ZH = (r"(?:其他|其它|别的|外部|外面的?|所有|任何|下游|上游|现在的|那些|各地|各个|一线的?|其余)?"
                     r"(?:渠道商?|客户|供应商|经销商|代理商|分销商|加盟商|门店|店长|竞争对手|对手|竞品|友商|同行|媒体|记者|"
                     r"外界|外人|下面的人|底下的人|下属|员工|团队|同事|销售|业务|一线|市场|投资人|投资方|股东|合作方|"
                     r"合作伙伴|甲方|乙方|代工厂|工厂|厂家|厂商|工会|用户|老板|总部|集团|他们|对方|"
                     # a mixed-language audience: "先别让 sales 知道"
                     r"\s?(?i:sales|channel|dealers?|distributors?|vendors?|suppliers?|customers?|clients?|partners?|"
                     r"team|media|press|investors?|board)\s?)")
_HUSH_FROM_AUDIENCE_ZH_LED = re.compile(
    r"(?:别|不能|不要|不可以|不准|千万别|千万不能|绝对不能|暂时不能|先不要|先别|还不能)让[^，。！？\n]{0,6}?"
    + _HUSH_AUDIENCE_ZH + r"(?:那边|方面)?(?:提前|现在|先|过早|马上)?(?:知道|听到|听说|得知|发现|察觉|看到|"
    r"知晓|嗅到|闻到风声|听到风声)|"
    r"对" + _HUSH_AUDIENCE_ZH + r"(?:那边|方面)?(?:先|暂时|暂且|还|要|得|一律|都)?(?:保密|封锁消息|守口如瓶)"
    r"(?!义务|协议|条款|期|制度|责任|吗)|"
    r"(?:先|暂时|暂且|还|得|要|一直)瞒着" + _HUSH_AUDIENCE_ZH + r"|"
    r"(?:先|暂时|暂且|千万)(?:别|不要)(?:告诉|通知|透露给|跟|和|对)" + _HUSH_AUDIENCE_ZH
    + r"(?:说|讲|透露|提)?(?![^，。！？\n]{0,8}(?:怎么|如何|吗))|"
    # a hush with no audience named: "消息先封锁", "口风要紧", "别走漏风声"
    r"消息(?:先|暂时|要|得)?(?:封锁|压住|捂住)|口风(?:要|得|一定要|务必)(?:紧|严)(?!的)|"
    r"(?:别|不要|不能|千万别|千万不要)走漏(?:了)?(?:风声|消息)")
# ... the audience before the hush: "渠道那边一个字都别提", "跟下面的人一个字都别说", "员工那边先瞒一瞒"
_HUSH_TAIL_ZH = (r"(?:(?:那边|方面)?(?:一个字|半个字|一句)(?:都|也)(?:别|不要|不能|不许)(?:说|讲|透露|提)|"
                 r"(?:那边|方面)(?:先|暂时|还)?(?:瞒一瞒|瞒住|瞒着|瞒)|"
                 r"(?:那边|方面)?(?:先|暂时|暂且)(?:别|不要|不能)(?:透露|说|讲|提|告诉|通知|放消息)|"
                 # the audience not told yet: "销售还不知道", "sales team 还不知道"
                 r"(?:那边)?(?:都|也)?(?:还|暂时|目前|现在还)(?:不知道|不知情|蒙在鼓里|没被告知)"
                 r"(?!怎么|如何|为什么|什么|该|要|在哪|是))")
_HUSH_FROM_AUDIENCE_ZH_TAIL = re.compile(_HUSH_TAIL_ZH)
_HUSH_FROM_AUDIENCE_ZH_FULL = re.compile(r"(?:跟|和|对|给)?" + _HUSH_AUDIENCE_ZH + _HUSH_TAIL_ZH)
_HUSH_AUDIENCE_EN = (r"(?:the |our |any |other |their |outside |all |those )?(?:(?:other|outside|external|retail|"
                     r"regional|field) )?(?:channel(?: partners)?|dealers?|distributors?|resellers?|retailers?|"
                     r"customers?|clients?|suppliers?|vendors?|partners?|press|media|reporters|journalists|"
                     r"competitors?|rivals?|market|investors?|shareholders|analysts|staff|employees|team|troops|"
                     r"sales(?: team| reps| force)?|reps|franchisees|stores|field|union|works council|board|"
                     r"(?:current|existing|old|incumbent) (?:one|supplier|vendor|partner|agency|provider|distributor)|"
                     r"other (?:customers|clients|accounts|regions)|"
                     # a Chinese audience in an English line: "don't let 渠道 know"
                     r"渠道商?|经销商|代理商|客户|供应商|销售|团队|员工|媒体|对手|竞品)")
_HUSH_FROM_AUDIENCE_EN_LED = re.compile(
    r"(?i)(?<![a-z])(?:"
    r"(?:don'?t|do not|dont|never|can'?t|cannot|must not|mustn'?t|shouldn'?t|we can'?t) let " + _HUSH_AUDIENCE_EN
    + r" (?:know|find out|hear|learn|see (?:this|it|that|the)|catch wind|get wind|figure out)|"
    r"keep " + _HUSH_AUDIENCE_EN + r" (?:in the dark|out of the loop|out of it|from (?:knowing|finding out|hearing))|"
    r"keep (?:it|this|that|the (?:date|price|plan|timing|numbers?|news)) (?:from|away from|hidden from|secret from) "
    + _HUSH_AUDIENCE_EN + r"(?![a-z])|(?:hide|hiding|withhold|withholding) (?:it|this|that) from " + _HUSH_AUDIENCE_EN
    + r"(?![a-z])|"
    r"(?:nobody|no one|no-one) (?:else |outside (?:the |this )?(?:room|team|group|exec team) )?(?:can|may|should|must) "
    r"(?:find out|know|hear about)|"
    r"(?:before|until) " + _HUSH_AUDIENCE_EN + r" (?:finds? out|hears?|gets? wind|catch(?:es)? wind|knows?)|"
    r"not a (?:word|peep|whisper) to " + _HUSH_AUDIENCE_EN + r"|keep(?:ing)? (?:it|this|that) (?:quiet|hush-hush) "
    r"(?:from|around) " + _HUSH_AUDIENCE_EN + r")(?![a-z])")
# ... the audience before the hush: "the current vendor can't find out", "the team doesn't need to know yet",
# told only later: "Dealers are not to be told until after the conference", "customers will only be told two weeks
# before"
_HUSH_TAIL_EN = (r" (?:(?:can'?t|cannot|mustn'?t|must not|shouldn'?t|should not|can not) "
                 r"(?:find out|know|hear about|get wind|learn about|see this|catch wind)|"
                 r"(?:doesn'?t|don'?t|does not|do not) need to know (?:yet|about (?:this|it|that)|until)|"
                 r"(?:are not to be|aren'?t to be|is not to be|won'?t be|will not be|will only be|only get|"
                 r"are only being) (?:told|informed|notified)(?: about [^.!?\n]{1,40}?)? (?:until|till|before|after|"
                 r"once|when|at the last|[a-z0-9 ]{1,20} before))(?![a-z])")
_HUSH_FROM_AUDIENCE_EN_TAIL = re.compile(r"(?i)" + _HUSH_TAIL_EN)
_HUSH_FROM_AUDIENCE_EN_FULL = re.compile(r"(?i)(?<![a-z])" + _HUSH_AUDIENCE_EN + _HUSH_TAIL_EN)


class _AudienceHush:
    """A hush aimed at an audience. Where the audience comes first, the rarer hush after it is found first and
    the audience looked for just before it: trying forty audiences at every position of a long text is slow."""

    def __init__(self, led: re.Pattern[str], tail: re.Pattern[str], full: re.Pattern[str]) -> None:
        self.led, self.tail, self.full = led, tail, full

    def search(self, text: str) -> re.Match[str] | None:
        found = self.led.search(text)
        if found is not None:
            return found
        for tail in self.tail.finditer(text):
            found = self.full.search(text, max(0, tail.start() - 48), tail.end())
            if found is not None:
                return found
        return None


_HUSH_FROM_AUDIENCE_ZH = _AudienceHush(_HUSH_FROM_AUDIENCE_ZH_LED, _HUSH_FROM_AUDIENCE_ZH_TAIL,
                                       _HUSH_FROM_AUDIENCE_ZH_FULL)
_HUSH_FROM_AUDIENCE_EN = _AudienceHush(_HUSH_FROM_AUDIENCE_EN_LED, _HUSH_FROM_AUDIENCE_EN_TAIL,
                                       _HUSH_FROM_AUDIENCE_EN_FULL)
# Kept inside a small circle or out of outward-facing material: "这个工艺参数千万别写进对外的PPT", "先别放进官网",
# "这个 data 先只在 core team 里传", "Marketing doesn't know.", "only five of us know", "for the core team only".
_KEPT_INSIDE_ZH = re.compile(
    r"(?:别|不要|(?<!能)不能|不可以)(?:放进|写进|放到|放在|发到|贴到|露在|出现在|写到|写在|放上|发给)[^，。！？\n]{0,10}?"
    r"(?:官网|对外|外部|公开|报价单|新闻稿|公众号|宣传|发布会|各部门|外面)|"
    r"(?:别|不要|(?<!能)不能)在[^，。！？\n]{0,12}?(?:报价单|官网|对外|宣传|新闻稿)[^，。！？\n]{0,8}?(?:露出来|露|写出来|出现)|"
    r"只在\s?(?:core team|核心团队|核心小组|项目组|小范围|几个人|少数人|管理层|exec team)\s?(?:里|内|之间)?"
    r"(?:传|流转|讨论|知道|看|共享)|只有(?:我们)?(?:两|三|四|五|六|几)个人知道(?!怎么|如何|为什么|密码|的)|"
    # only a few let in: "这个节奏先只让渠道负责人知道"
    r"(?:先|暂时|目前|现在)只让[^，。！？\n]{1,10}?(?:知道|看到|看过|参与)|"
    r"先别(?:转发|外发|上报|写进(?:纪要|会议纪要|邮件|周报|报告|材料))")
_KEPT_INSIDE_EN = re.compile(
    r"(?i)(?<![a-z])(?:(?:marketing|sales|engineering|ops|operations|support|product|"
    r"the rest of the (?:team|company|org)|my reports|the wider team|the field|our partners|the channel|the dealers|"
    r"the union|the works council)(?: team)? (?:doesn'?t|don'?t|does not|do not) know"
    r"(?: (?:yet|about (?:it|this|that)))?(?= *(?:[.,;:!?\u2014\u2013-]|$|yet|and|so|but))|"
    r"(?:only|just|strictly) (?:for|within|in) the (?:core|exec|leadership|deal|inner|project) team(?! to )|"
    r"(?:for|to) the (?:core|exec|leadership|inner) team only|"
    r"only (?:two|three|four|five|six|a few|a handful) of us (?:know|are aware)|"
    r"(?:isn'?t|is not|aren'?t|are not) going (?:anywhere )?(?:outside|beyond) (?:the )?"
    r"(?:exec|leadership|core|deal|inner|board)|"
    r"keep (?:it|this|that) (?:off|out of) (?:the )?(?:website|press release|public|external|customer)|"
    r"don'?t put (?:it|this|that) (?:on|in|into) (?:the )?(?:website|press release|public|external)|"
    # only a small circle knows: "founders only know so far", "Only PMs have seen this", "nothing goes outside the lab"
    r"(?:only (?:the )?(?:pms|founders|execs|exec team|leadership|management|partners|directors|vps|c-suite|board|"
    r"deal team|core team|finance|legal)(?: team)? (?:know|knows|have seen (?:this|it)|are aware)|"
    r"(?:pms|founders|execs|leadership|management|the board|the exec team|the deal team|the core team) only "
    r"(?:know|knows)(?: (?:so far|for now|about (?:it|this)))?)(?![a-z])|"
    r"nothing (?:goes|leaves|gets out|is to go) (?:outside|beyond) (?:the |this |our )?(?:lab|room|team|building|group|"
    r"exec team|company|department)|"
    r"(?:the )?(?:candidate|employee|team|staff|customer|client|vendor|supplier|he|she|they) (?:hasn'?t|has not|"
    r"haven'?t|have not) been (?:told|informed|notified)(?: yet)?(?= *(?:[.,;:!?\u2014\u2013-]|$|yet|and|so|but|how)))"
    r"(?![a-z])")
# ... not where the hush is supposed, asked about in general, or about telling partners well
_HUSH_NOT_OURS = re.compile(
    r"(?i)(?<![a-z])(?:if|suppose|supposing|what if|hypothetical(?:ly)?|imagine|should (?:a|companies|brands|"
    r"businesses)|is it (?:ethical|legal|ok|okay|normal|wise|fair)|how (?:do|should|can) (?:i|we|you|companies|"
    r"brands) (?:tell|inform|break|communicate|announce|handle)|why do (?:companies|brands|firms)|"
    r"companies (?:often|usually|typically)|generally|in general|novel|story|game|fiction|character)(?![a-z])|"
    r"如果|假如|假设|万一|要是|比如|例如|为什么|一般|通常|很多公司|有些公司|企业(?:应该|一般|通常)|该不该|应不应该|"
    r"(?:怎么|如何|怎样)(?:跟|和|向|对)[^，。！？\n]{0,8}(?:说|讲|沟通|解释|宣布|通知|开口)|小说|游戏|剧情|故事|角色")
# Our own price floor or margin that the customer must not see ("floor price …, deck 里别露出来", "our walk-away
# price is 82, don't show the client").
_INTERNAL_PRICE = (r"(?:floor price|bottom price|walk-?away price|reserve price|cost price|internal price|"
                   r"(?:our|the) margin|net price|lowest (?:we can|price)|底价|最低价|成本价|内部价|毛利|利润率|"
                   r"折扣底线|"
                   r"价格底线|最低折扣)")
_HIDE_FROM_CUSTOMER = (r"别露出来|不能露|别露|不要露|别让(?:客户|对方|甲方)(?:看到|知道|看见)|不能让(?:客户|对方|甲方)"
                       r"(?:看到|知道|看见)|(?:客户|对方|甲方)(?:那边)?(?:只能看到|不能看到|不能知道|看不到)|"
                       r"(?<![a-z])(?:don'?t (?:show|tell|let) (?:it to )?(?:the |our )?(?:client|customer|buyer)|"
                       r"keep (?:it |this |that )?off the (?:deck|slides?|quote|proposal)|(?:client|customer|buyer)s? "
                       r"(?:must not|mustn'?t|shouldn'?t|can'?t|should never|must never) (?:see|know)|"
                       r"not for the (?:client|customer|buyer))")
_HIDDEN_PRICE_RE = re.compile(rf"(?i){_INTERNAL_PRICE}[^\n]{{0,80}}?{_HIDE_FROM_CUSTOMER}|"
                              rf"{_HIDE_FROM_CUSTOMER}[^\n]{{0,80}}?{_INTERNAL_PRICE}")
# A deal of ours still ahead with its price or its signing date: "we're acquiring a Lisbon startup for €22M,
# signing Friday", "我们要收购杭州一家做传感器的公司，作价三亿，下周签".
_WHEN = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next (?:week|month|quarter)|this (?:week|month)|"
         r"end of (?:the )?(?:month|quarter|week)|q[1-4]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*")
_OUR_DEAL_EN = re.compile(
    r"(?i)(?<![a-z])(?:we(?:'re|’re| are)(?: about to be| going to be| quietly| finally)?|we'll be|we will be|"
    r"we(?:'re| are) (?:going|about|set|planning) to|we plan to|we've agreed to|our company is) "
    r"(?:(?:acquir(?:e|ing)|tak(?:e|ing) (?:a|an)(?: [0-9]+%)? stake in|merg(?:e|ing) with|tak(?:e|ing) over|"
    r"sell(?:ing)? (?:the company|ourselves|our [\w ]{1,20} (?:unit|business|division)))[^.!?\n]{0,60}?|"
    # buying or investing is a deal only with a company as its object ("buying a laptop" is none)
    r"(?:buy(?:ing)?(?: out)?|invest(?:ing)? in)[^.!?\n]{0,40}?(?:startup|company|firm|competitor|rival|business|"
    r"distributor|supplier|vendor|maker|agency|studio|chain|lab|outfit|player|(?-i:Inc|Ltd|AS|AG|GmbH|LLC|SA|BV|plc))"
    r"(?![a-z])[^.!?\n]{0,60}?)"
    r"(?:(?:for|at|valued at|valuing it at|price of) (?:about |around |roughly |~)?[$€£¥][ ]?[0-9]|"
    r"[0-9](?:\.[0-9]+)? ?(?:m|bn|million|billion)(?![a-z])|(?:signing|signs?|signed|closing|closes?) "
    r"(?:(?:it|the deal|on|by|in|at) )*(?:" + _WHEN + r"))")
_OUR_DEAL_ZH = re.compile(
    r"(?:我们|我司|公司|咱们|集团)(?:要|准备|打算|将|正在|计划|决定|下周|下个月)?[^，。！？\n]{0,6}(?:收购|并购|入股|买下|控股|全资收购)"
    r"[^\n]{0,40}?(?:作价|对价|估值|[0-9０-９一二三四五六七八九十两几]+(?:\.[0-9]+)?(?:亿|千万|百万|万)|"
    r"(?:下周|周[一二三四五六日]|明天|后天|月底|下个?月|[0-9]+号|[0-9]+月)[^，。！？\n]{0,4}(?:签|签约|签字|交割|宣布))")
_DEAL_NOT_OURS = re.compile(r"(?i)(?<![a-z])(?:if|suppose|what if|would|could we|should we|in the (?:game|novel|story)|"
                            r"rumou?r(?:ed|s)? (?:that|is)|story|novel|fiction|character|screenplay|script)(?![a-z])|"
                            r"如果|假如|假设|要是|万一|游戏|小说|故事|案例|剧本|角色|别的公司|某公司|友商|竞争对手")
# A freeze of ours still ahead: "we're freezing all backfills in Berlin from next week", "HC 下周起冻结".
_OUR_FREEZE_EN = re.compile(
    r"(?i)(?<![a-z])(?:we(?:'re|’re| are)(?: going to be| about to be)?|we'll be|we will be|"
    r"we(?:'re| are) (?:going|about) to|we will|we'll|we have to|we need to|leadership is|management is|"
    r"the company is) "
    r"(?:freez(?:e|ing)|paus(?:e|ing)|halt(?:ing)?|suspend(?:ing)?|stop(?:ping)?) (?:all |any |every |our |the )?"
    r"(?:new )?(?:backfills?|hiring|headcount|hc|reqs?|requisitions?|new hires|raises|merit (?:increases|raises)|"
    r"pay rises|salar(?:y|ies)(?: increases)?|promotions|bonuses|contractor renewals)(?![a-z])")
_OUR_FREEZE_ZH = re.compile(
    r"(?i)(?:下周|下个?月|明天|即日|本周|月底|下季度|年后|节后|[0-9]+月[0-9]*号?|从现在)起?[^，。！？\n]{0,12}"
    r"(?:冻结|暂停|停掉|叫停|freeze)[^，。！？\n]{0,4}(?:所有|全部)?\s?(?:招聘|招人|社招|校招|HC|编制|调薪|涨薪|晋升|奖金|"
    r"backfills?|hiring|headcount)|(?:HC|hc|编制|招聘|backfills?|hiring|headcount)\s?(?:从|自)?(?:下周|下个?月|明天|即日|"
    r"本周|月底|下季度|年后|节后)起?(?:全部|全面|一律)?(?:冻结|暂停|freeze)|"
    # the freeze first, its start after: "冻结 HC 从下周一开始"
    r"(?:冻结|暂停|freeze)\s?(?:所有|全部)?\s?(?:招聘|HC|编制|调薪|涨薪|backfills?|hiring|headcount)[^，。！？\n]{0,6}"
    r"(?:下周|下个?月|明天|即日|本周|月底|下季度|年后|节后)[一二三四五六日0-9]?(?:开始|起|生效)")


class TopicDetector:
    """Confidential content that carries no identifier but a rule can see: a person's own medical
    condition (a medical term with a person as its subject), secrecy said in other words than the
    keywords (a fact misstated or held back included), a cut or sale we plan, our negotiation limits,
    a counterparty's terms or a dispute we are in, internal findings and staff matters, our own
    figures — each only where the text is not a general question."""

    name = "topics"

    def __init__(self, entity_type: str = "TOPIC") -> None:
        self.entity_type = entity_type

    def detect(self, text: str) -> list[Entity]:
        general = (_GENERAL_QUESTION.search(text) is not None or is_role_privacy_question(text)
                   or _LAWFULNESS_QUESTION.search(text) is not None or is_access_design_question(text))
        # each language's rules only where the text has that script: long texts stay fast
        chinese = _CJK_RE.search(text) is not None
        latin = _LATIN_RE.search(text) is not None
        found = []
        for terms, people, own, mine, applies in (
                (_MEDICAL_ZH, _PERSON_ZH, _OWN_HEALTH_ZH, _SOMEONE_OF_MINE_ZH, chinese),
                (_MEDICAL_EN, _PERSON_EN, _OWN_HEALTH_EN, _SOMEONE_OF_MINE_EN, latin)):
            # a general question carries no one's health, unless the writer, their family or one person
            # they know is its subject
            if not applies:
                continue
            if own.search(text) is None and _COMMON_CONTAGION.search(text) and _HYGIENE_ASK.search(text):
                continue  # how to stop an illness going round, not whose illness it is
            of_mine = _names_someone_of_mine(mine, text, terms)
            if ((general or is_record_sharing_question(text, terms) or is_employer_rule_question(text))
                    and own.search(text) is None and not of_mine):
                continue
            term = terms.search(text)
            if term is not None and (of_mine or people.search(_REQUESTER.sub(" ", text))):
                found.append(Entity(self.entity_type, term.start(), term.end(), term.group(), 0.8, "topics:medical"))
        for terms, mine, applies in ((_STAFF_MATTER_ZH, _SOMEONE_OF_MINE_ZH, chinese),
                                     (_STAFF_MATTER_EN, _SOMEONE_OF_MINE_EN, latin)):
            if not found and applies and _names_someone_of_mine(mine, text, terms):
                term = terms.search(text)
                found.append(Entity(self.entity_type, term.start(), term.end(), term.group(), 0.7, "topics:staff"))
        if not found and general and not _PUBLIC_OR_HARMLESS.search(text):
            # what someone told the writer in confidence stays confidential, however the question is put
            confided = next((m for m in _CONFIDED.finditer(text)
                             if not _SUPPOSED_CASE.search(text[max(0, m.start() - 40):m.start()])), None)
            if confided is not None:
                found.append(Entity(self.entity_type, confided.start(), confided.end(), confided.group(), 0.7,
                                    "topics:secrecy"))
            gap = _GAP_TO_WHAT_WE_REPORTED.search(text) if latin else None
            if gap is not None and not found:
                found.append(Entity(self.entity_type, gap.start(), gap.end(), gap.group(), 0.7, "topics:secrecy"))
        if not found and not general and not _PUBLIC_OR_HARMLESS.search(text):
            # someone else's cut or deal, a supposed or general case, a story: read once for all the rules they guard
            ours_cut = _CUTS_NOT_OURS.search(text) is None
            ours_deal = _DEAL_NOT_OURS.search(text) is None
            ours_hush = _HUSH_NOT_OURS.search(text) is None
            for kind, pattern, applies in (
                    ("secrecy", _SECRECY_ZH, chinese), ("secrecy", _SECRECY_EN, latin),
                    ("secrecy", _GAP_TO_WHAT_WE_REPORTED, latin),
                    ("planned_cuts", _PLANNED_CUTS_ZH, chinese), ("planned_cuts", _PLANNED_CUTS_EN, latin),
                    ("planned_cuts", _UNIT_CUT_ZH, chinese and ours_cut),
                    ("planned_cuts", _UNIT_CUT_EN, latin and ours_cut),
                    ("incident", _DATA_INCIDENT_ZH, chinese), ("incident", _DATA_INCIDENT_EN, latin),
                    ("negotiation", _NEGOTIATION_ZH, chinese), ("negotiation", _NEGOTIATION_EN, latin),
                    ("contract_terms", _CONTRACT_CLAUSE_ZH, chinese and _CONTRACT_CONTEXT_ZH.search(text) is not None
                     and not _CONTRACT_NOT_OURS.search(text)),
                    ("contract_terms", _CONTRACT_CLAUSE_EN, latin and not _CONTRACT_NOT_OURS.search(text)),
                    ("internal", _INTERNAL_MATTERS_ZH, chinese), ("internal", _INTERNAL_MATTERS_EN, latin),
                    ("own_figures", _OWN_FIGURES_ZH, chinese), ("own_figures", _OWN_FIGURES_EN, latin),
                    ("leadership", _LEADERSHIP_CHANGE_ZH, chinese), ("leadership", _LEADERSHIP_CHANGE_EN, latin),
                    ("hushed_change", _HUSHED_CHANGE_RE, ours_deal),
                    ("secrecy", _HUSH_FROM_AUDIENCE_ZH, chinese and ours_hush),
                    ("secrecy", _HUSH_FROM_AUDIENCE_EN, latin and ours_hush),
                    ("secrecy", _KEPT_INSIDE_ZH, chinese and ours_hush),
                    ("secrecy", _KEPT_INSIDE_EN, latin and ours_hush),
                    ("hidden_price", _HIDDEN_PRICE_RE, not _SAMPLE_DATA.search(text)),
                    ("deal", _OUR_DEAL_ZH, chinese and ours_deal),
                    ("deal", _OUR_DEAL_EN, latin and ours_deal),
                    ("planned_cuts", _OUR_FREEZE_ZH, chinese and ours_cut),
                    ("planned_cuts", _OUR_FREEZE_EN, latin and ours_cut),
                    ("pay_bands", _PAY_BANDS,
                     not _PUBLISHED_FIGURES.search(text) and not _SAMPLE_DATA.search(text)),
                    ("deal", _PENDING_DEAL_ZH, chinese and not _NOT_A_DEAL.search(text)),
                    ("deal", _PENDING_DEAL_EN,
                     latin and not _NOT_A_DEAL.search(text) and _DEAL_CONTEXT_EN.search(text) is not None),
                    ("payment", _OWN_PAYMENT_ZH, chinese and _OWN_OR_PENDING.search(text) is not None
                     and not _PAYMENT_EXERCISE.search(text) and not _SAMPLE_DATA.search(text)
                     and not _PERSONAL_PAYEE.search(text)),
                    ("payment", _OWN_PAYMENT_EN, latin and _OWN_OR_PENDING.search(text) is not None
                     and not _PAYMENT_EXERCISE.search(text) and not _SAMPLE_DATA.search(text)
                     and not _PERSONAL_PAYEE.search(text))):
                term = pattern.search(text) if applies else None
                if term is not None and kind == "negotiation" and (
                        (_HOW_TO_WRITE.search(text) and not _NAMED_PARTY.search(text))
                        or _SUPPOSED_CASE.search(text[max(0, term.start() - 24):term.start()])):
                    continue  # "How do I write a cease-and-desist …?", "what happens if we file a lawsuit" plan nothing
                if term is not None and kind == "contract_terms" and _SUPPOSED_CASE.search(
                        text[max(0, term.start() - 24):term.start()]):
                    continue  # "if Licensee shall pay …, is that enforceable?" supposes a contract, quotes none
                if term is not None:
                    found.append(Entity(self.entity_type, term.start(), term.end(), term.group(), 0.7,
                                        f"topics:{kind}"))
                    break
            rating = None if found else _staff_ratings(text, self.entity_type)
            if rating is not None:
                found.append(rating)
        return found[:1]
