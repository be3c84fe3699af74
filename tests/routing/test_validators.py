"""Tests for hybridai.routing.validators: check digits, calendars, registries, normalisation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hybridai.routing.validators import (
    iban_valid,
    ipv4_valid,
    ipv6_valid,
    luhn_valid,
    normalize_digits,
    payment_card_valid,
    prc_id_valid,
    us_ssn_valid,
)
from tests.helpers import break_luhn, make_luhn, make_prc_id, wrong_check

# --- Luhn / cards -------------------------------------------------------------------------


@pytest.mark.parametrize("digits", ["4111111111111111", "79927398713", "5555555555554444", "378282246310005", "0"])
def test_luhn_accepts_valid_numbers(digits: str) -> None:
    assert luhn_valid(digits)


@pytest.mark.parametrize("digits", ["4111111111111112", "79927398710", "", "4111-1111-1111-1111",
                                    "４１１１１１１１１１１１１１１１", "41111111111111a1"])
def test_luhn_rejects_invalid_or_non_digit_input(digits: str) -> None:
    assert not luhn_valid(digits)


@pytest.mark.parametrize("prefix,length", [
    ("4", 16), ("4", 13), ("4", 19), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
    ("62", 16), ("62", 19), ("81", 16), ("6011", 16), ("65", 16), ("644", 16), ("3528", 16), ("3589", 19),
    ("300", 14), ("36", 14), ("38", 16), ("50", 16), ("58", 13), ("67", 19),
])
def test_payment_card_valid_for_each_issuer(prefix: str, length: int) -> None:
    number = make_luhn(prefix, length)
    assert payment_card_valid(number)
    assert not payment_card_valid(break_luhn(number))


@pytest.mark.parametrize("prefix,length", [
    ("4", 15),   # Visa is 13, 16 or 19 digits
    ("51", 15),  # Mastercard is 16
    ("34", 16),  # Amex is 15
    ("9", 16),   # no scheme starts with 9
    ("1", 16),
    ("4", 12),   # too short for any card
    ("62", 20),  # too long
])
def test_payment_card_rejects_impossible_issuer_lengths(prefix: str, length: int) -> None:
    assert not payment_card_valid(make_luhn(prefix, length))


# --- PRC resident ID ----------------------------------------------------------------------

VALID_BODIES = ["11010119900307123", "44030619851231001", "51010719700101002", "62010219881212345",
                "11010519491231002", "65010220000229001", "81000019000101001", "91000020010911001"]


@pytest.mark.parametrize("body", VALID_BODIES)
def test_prc_id_valid_with_correct_check_character(body: str) -> None:
    prc_id = make_prc_id(body)
    assert prc_id_valid(prc_id)
    assert not prc_id_valid(wrong_check(prc_id))


def test_prc_id_accepts_lowercase_x() -> None:
    prc_id = make_prc_id("11010519491231002")
    assert prc_id.endswith("X")
    assert prc_id_valid(prc_id[:17] + "x")


@pytest.mark.parametrize("body,reason", [
    ("99010119900307123", "province 99 does not exist"),
    ("00010119900307123", "province 00 does not exist"),
    ("16010119900307123", "province 16 does not exist"),
    ("11010119900230123", "30 February"),
    ("11010119901301123", "month 13"),
    ("11010118991231123", "born before 1900"),
    ("11010119900007123", "month 00"),
])
def test_prc_id_rejects_bad_province_or_birth_date(body: str, reason: str) -> None:
    assert not prc_id_valid(make_prc_id(body)), reason


def test_prc_id_rejects_future_birth_date() -> None:
    tomorrow = date.today() + timedelta(days=1)
    assert not prc_id_valid(make_prc_id("110101" + tomorrow.strftime("%Y%m%d") + "123"))
    assert prc_id_valid(make_prc_id("110101" + date.today().strftime("%Y%m%d") + "123"))


@pytest.mark.parametrize("value", ["11010119900307123", "1101011990030712331", "11010119900307123a",
                                   "1101011990030712X3", "１１０１０１１９９００３０７１２３３"])
def test_prc_id_rejects_wrong_shape(value: str) -> None:
    assert not prc_id_valid(value)


# --- IBAN ---------------------------------------------------------------------------------


@pytest.mark.parametrize("iban", [
    "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32",
    "FR1420041010050500013M02606", "NL91ABNA0417164300", "CH9300762011623852957", "BE68539007547034",
    "NO9386011117947", "ES9121000418450200051332", "IT60X0542811101000000123456", "de89 3704 0044 0532 0130 00",
])
def test_iban_valid(iban: str) -> None:
    assert iban_valid(iban)


@pytest.mark.parametrize("iban,reason", [
    ("DE88370400440532013000", "wrong check digits"),
    ("DE89370400440532013001", "changed account digit"),
    ("DE8937040044053201300", "too short for DE"),
    ("GB82WEST123456987654321", "too long for GB"),
    ("XX89370400440532013000", "unknown country"),
    ("DE89-3704-0044-0532-0130-00", "dashes are not IBAN separators"),
    ("", "empty"),
])
def test_iban_invalid(iban: str, reason: str) -> None:
    assert not iban_valid(iban), reason


# --- US SSN -------------------------------------------------------------------------------


@pytest.mark.parametrize("ssn", ["536-22-1234", "536 22 1234", "536221234", "001-01-0001", "899-99-9999"])
def test_us_ssn_valid(ssn: str) -> None:
    assert us_ssn_valid(ssn)


@pytest.mark.parametrize("ssn,reason", [
    ("000-12-3456", "area 000"), ("666-12-3456", "area 666"), ("900-12-3456", "area 9xx"),
    ("987-65-4321", "area 9xx"), ("536-00-1234", "group 00"), ("536-22-0000", "serial 0000"),
    ("078-05-1120", "Woolworth wallet card"), ("219-09-9999", "SSA pamphlet"), ("536-22-123", "too short"),
    ("536-22-12345", "too long"), ("53a-22-1234", "letters"),
])
def test_us_ssn_invalid(ssn: str, reason: str) -> None:
    assert not us_ssn_valid(ssn), reason


# --- IP -----------------------------------------------------------------------------------


@pytest.mark.parametrize("value,expected", [
    ("192.168.1.1", True), ("10.0.0.255", True), ("0.0.0.0", True), ("256.1.1.1", False), ("1.2.3", False),
    ("01.2.3.4", False), ("1.2.3.4.5", False), ("a.b.c.d", False),
])
def test_ipv4_valid(value: str, expected: bool) -> None:
    assert ipv4_valid(value) is expected


@pytest.mark.parametrize("value,expected", [
    ("2001:0db8:85a3:0000:0000:8a2e:0370:7334", True), ("fe80::1", True), ("fe80::1%eth0", True), ("::1", True),
    ("::ffff:192.168.1.1", True), ("12:30:45", False), ("2001:db8:::1", False), ("gggg::1", False),
    ("00:1A:2B:3C:4D:5E", False),
])
def test_ipv6_valid(value: str, expected: bool) -> None:
    assert ipv6_valid(value) is expected


# --- normalisation ------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("１３８１２３４５６７８", "13812345678"),
    ("ｚｈａｎｇ＠ｑｑ．ｃｏｍ", "zhang@qq.com"),
    ("电话：０１０－１２３４５６７８", "电话:010-12345678"),
    ("Ａ\u3000Ｂ", "A B"),
    ("138\u20131234\u20135678", "138-1234-5678"),
    ("4111\u00a01111", "4111 1111"),
    ("plain ascii 123", "plain ascii 123"),
    ("中文不变😀", "中文不变😀"),
])
def test_normalize_digits_maps_one_char_to_one_char(text: str, expected: str) -> None:
    result = normalize_digits(text)
    assert result == expected
    assert len(result) == len(text)


def test_normalize_digits_covers_the_whole_fullwidth_block() -> None:
    fullwidth = "".join(chr(cp) for cp in range(0xFF01, 0xFF5F))
    assert normalize_digits(fullwidth) == "".join(chr(cp) for cp in range(0x21, 0x7F))
