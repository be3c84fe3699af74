"""The cheap tests that let the English masking path skip a regex scan (a digit pattern, a character count, an
atomic word) must never change a result: each skipped pattern cannot match where its test fails."""

import json
from importlib import resources

import pytest

from hybridai.routing import detectors
from hybridai.routing import ner as ner_module

ADDRESSES = ["12 Main Street", "Unit 14/258 Brunswick Street, Melbourne VIC 3000", "1905 Pender Street West",
             "3/12 Smith St, Fitzroy, Melbourne 3065", "47 Ponsonby Road, Grey Lynn, Auckland 1011",
             "Lindauer Straße 31, 80997 München", "Boxhagener Str. 56", "Via dei Serragli 12, 50124 Firenze",
             "Istiklal Caddesi No: 112 D: 5, 34433 Istanbul", "Rue de la Loi 16, 1040 Bruxelles",
             "Av. Paulista 1578, Bela Vista, São Paulo - SP, 01310-200", "Karl Johans gate 22, 0159 Oslo",
             "39 Jurong West Street 61, #13-80, Singapore 649734", "No. 42, 3rd Cross, Peenya, Bengaluru 560058",
             "B-17, Sector 62, Noida, Uttar Pradesh 201309", "12B\tHigh Street, Leeds LS6 2AB", "7\u00a0Elm Road"]
PHONES = ["call me on 415-555-0132", "(415) 555-0132", "13812345678", "138 1234 5678", "010-12345678",
          "+44 20 7946 0958", "0049 30 1234567", "phone 1234567", "tel: 98 76 54 32"]
IPS = ["10.0.0.12", "server at 192.168.1.20", "fe80::1ff:fe23:4567:890a", "2001:db8:85a3::8a2e:370:7334",
       "::ffff:10.1.2.3"]


@pytest.fixture(scope="module")
def texts():
    found = []
    for name in ("router_dev.jsonl", "router_probe12.jsonl", "router_probe13.jsonl", "router_probe22.jsonl"):
        with (resources.files("hybridai.data") / name).open(encoding="utf-8") as lines:
            found += [json.loads(line)["text"] for line in lines if line.strip()]
    return found + ADDRESSES + PHONES + IPS


def test_an_address_form_never_matches_where_its_gate_fails(texts):
    assert ner_module._ADDRESS_FORM_GATES
    for pattern, gate in ner_module._ADDRESS_FORM_GATES.items():
        assert any(pattern.search(text) for text in ADDRESSES), pattern.pattern  # each gated form is exercised
        assert not [text for text in texts if pattern.search(text) and not gate(text)], pattern.pattern


def test_the_atomic_reporting_scan_finds_what_the_reporting_pattern_finds(texts):
    scan, pattern = ner_module._EN_REPORTING_NAME_SCAN_RE, ner_module._EN_REPORTING_NAME_RE
    samples = texts + ["Anne-Marie said no", "Bao 96k → 104k, Ngozi 88k", "Tomás: $120", "O'Neil was out", "Zoë=5"]
    for text in samples:
        assert [(m.span(), m.groups()) for m in scan.finditer(text)] == [
            (m.span(), m.groups()) for m in pattern.finditer(text)], text


def test_phone_and_ip_forms_never_match_where_their_counts_fail(texts):
    samples = [detectors.normalize_digits(text) for text in texts]
    for text in samples:
        few_digits = sum(text.count(digit) for digit in "0123456789") < 7
        for pattern in (detectors._MOBILE_RE, detectors._LANDLINE_RE, detectors._NANP_RE):
            assert not (few_digits and pattern.search(text)), text
        if few_digits:
            assert not [m for m in detectors._KEYWORD_NUMBER_RE.finditer(text)
                        if sum(c.isdigit() for c in m.group()) >= 7], text
        assert not (detectors._INTERNATIONAL_RE.search(text) and "+" not in text and "00" not in text), text
        assert not (detectors._IPV4_RE.search(text) and not detectors._DIGIT_DOT_DIGIT_RE.search(text)), text
        assert not (detectors._IPV6_RE.search(text) and text.count(":") < 2), text
    for pattern in (detectors._MOBILE_RE, detectors._LANDLINE_RE, detectors._NANP_RE, detectors._INTERNATIONAL_RE,
                    detectors._KEYWORD_NUMBER_RE, detectors._IPV4_RE, detectors._IPV6_RE):
        assert any(pattern.search(text) for text in PHONES + IPS), pattern.pattern  # each form is exercised
