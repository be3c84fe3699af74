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
             "B-17, Sector 62, Noida, Uttar Pradesh 201309", "12B\tHigh Street, Leeds LS6 2AB", "7\u00a0Elm Road",
             "8 Jalan Kemaman, #03-12, Singapore 309621", "Skeppsbron 12, 111 30 Stockholm",
             "Damrak 1, 1012 LG Amsterdam"]
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


TITLED = ["Mr. Tanaka", "Mrs Smith", "Ms Okafor", "Miss Honey", "Mx Taylor", "Dr Lee", "Prof. Chen",
          "Professor Ada Lovelace", "Herr Müller", "Frau Schmidt", "Mme Dubois", "Madame Curie", "Monsieur Martin",
          "Mlle Dupont", "Sr. Pérez", "Sra. García", "Srta. López", "Señor Gómez", "Señora Ruiz", "Senhor Silva",
          "Senhora Costa", "Dona Maria", "Signor Verdi", "Signora Bianchi", "Sig. Neri", "Sig.ra Rossi",
          "Mevrouw Jansen", "Meneer Visser", "Dhr. Bakker", "Mw. Jansen", "Pani Kowalska", "Pak Joko", "Bapak Budi",
          "Ibu Sari", "Khun Somchai", "Chị Lan", "Ông Nam", "Bà Hoa", "Tanaka-san", "Aiko-sama", "Kenji-kun",
          "Yuki-chan", "Sato-sensei", "Ren-senpai"]
NAME_FORMS = ["Chan Tai Man", "Chen Chih-wei", "Wong Ka-wai", "ask Lee Ka Ho", "TANAKA Hiroshi", "AL-FAYED Omar",
              "NGUYEN Thi Lan", "LI Na-hee", "dear MORIOKA Takeshi", "M. Mehta", "ask J.R. Okafor", "J.-P. Sartre",
              "A. B.\tOkonkwo", "cc: K. -Lindqvist", "Dr. S.Øberg"]
SSNS = ["SSN 123-45-6789", "ssn: 123456789", "W-4 062-90-1156", "name,ssn\nAna,123456789", "my social is 145223519",
        "SSN#1 123 45 6789", "１２３-４５-６７８９"]


def test_a_name_form_never_matches_where_its_gate_fails(texts):
    samples = texts + TITLED + NAME_FORMS
    m = ner_module
    for pattern, gate in ((m._EN_TITLE_NAME_RE, m._EN_TITLE_GATE_RE), (m._HK_TW_NAME_RE, m._HK_TW_GATE_RE),
                          (m._CAPS_FAMILY_FIRST_RE, m._CAPS_FAMILY_FIRST_GATE_RE),
                          (m._INITIAL_NAME_RE, m._INITIAL_NAME_GATE_RE)):
        assert not [text for text in samples if pattern.search(text) and not gate.search(text)], pattern.pattern
    assert all(m._EN_TITLE_NAME_RE.search(text) for text in TITLED)  # each title is exercised
    assert all(any(form.search(text) for form in (m._HK_TW_NAME_RE, m._CAPS_FAMILY_FIRST_RE, m._INITIAL_NAME_RE))
               for text in NAME_FORMS)


def test_the_name_gates_change_no_result(texts, monkeypatch):
    from hybridai.routing.ner import NerDetector

    samples = texts[::3] + TITLED + NAME_FORMS
    detector = NerDetector()
    gated = [detector.detect(text, tagger=False) for text in samples]
    for gate in ("_EN_TITLE_GATE_RE", "_HK_TW_GATE_RE", "_CAPS_FAMILY_FIRST_GATE_RE", "_INITIAL_NAME_GATE_RE"):
        monkeypatch.setattr(ner_module, gate, ner_module.re.compile(""))  # matches everywhere: the scans always run
    assert [detector.detect(text, tagger=False) for text in samples] == gated


def test_each_address_form_is_paired_with_its_own_cues_and_gate():
    forms = [form for form, _, _ in ner_module._LATIN_ADDRESS_FORM_TESTS]
    assert set(ner_module._ADDRESS_FORM_CUES) <= set(forms) and set(ner_module._ADDRESS_FORM_GATES) <= set(forms)
    assert all(cues is ner_module._ADDRESS_FORM_CUES.get(form) and gate is ner_module._ADDRESS_FORM_GATES.get(form)
               for form, cues, gate in ner_module._LATIN_ADDRESS_FORM_TESTS)


def test_an_ssn_form_needs_nine_ascii_digits(texts):
    samples = [detectors.normalize_digits(text) for text in texts + SSNS]
    forms = (detectors._SSN_RE, detectors._SSN_AFTER_WORD_RE, detectors._SSN_BARE_RE, detectors._SSN_FIELD_RE)
    for text in samples:
        if sum(c in "0123456789" for c in text) < 9:
            assert not any(form.search(text) for form in forms), text
    for form in forms:
        assert any(form.search(text) for text in samples), form.pattern  # each form is exercised
    assert all(detectors.UsSsnDetector().scan(text, text) for text in samples[-len(SSNS):])
