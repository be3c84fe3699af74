"""Tests for hybridai.routing.detectors: what is found, where, and what is deliberately not."""

from __future__ import annotations

import base64
import json
import time

import pytest

from hybridai.errors import ConfigError
from hybridai.routing.base import Detector
from hybridai.routing.detectors import (
    BANK_CARD,
    EMAIL,
    ENTITY_TYPES,
    IBAN,
    IP_ADDRESS,
    PASSPORT,
    PHONE,
    PRC_ID,
    SECRET,
    US_SSN,
    BankCardDetector,
    EmailDetector,
    IbanDetector,
    IpAddressDetector,
    KeywordDetector,
    PassportDetector,
    PatternDetector,
    PhoneDetector,
    PrcIdDetector,
    SecretDetector,
    TopicDetector,
    UsSsnDetector,
    resolve_overlaps,
)
from hybridai.routing.validators import luhn_valid
from hybridai.types import Entity
from tests.helpers import break_luhn, make_luhn, make_prc_id, wrong_check


def group(number: str, sizes: list[int], sep: str = " ") -> str:
    parts, index = [], 0
    for size in sizes:
        parts.append(number[index:index + size])
        index += size
    assert index == len(number)
    return sep.join(parts)


PATTERNS = PatternDetector()


def found(text: str, detector: Detector = PATTERNS) -> list[tuple[str, str]]:
    """(type, text) of every entity, after checking that offsets slice the original text."""
    entities = detector.detect(text)
    for entity in entities:
        assert text[entity.start:entity.end] == entity.text
    assert [e.start for e in entities] == sorted(e.start for e in entities)
    return [(e.type, e.text) for e in entities]


ID_1 = make_prc_id("11010119900307123")            # 110101199003071233
ID_X = make_prc_id("11010519491231002")            # ends in X
ID_LUHN = "620102198812100091"                     # a valid ID that also passes Luhn with a UnionPay prefix
VISA = make_luhn("4", 16)
UNIONPAY_19 = make_luhn("622202", 19)
AMEX = make_luhn("37", 15)


def test_fixtures_are_what_the_tests_assume() -> None:
    assert ID_1 == "110101199003071233" and ID_X.endswith("X")
    assert luhn_valid(ID_LUHN) and make_prc_id(ID_LUHN[:17]) == ID_LUHN


def test_every_detector_satisfies_the_protocol() -> None:
    detectors = [PatternDetector(), PrcIdDetector(), PhoneDetector(), EmailDetector(), BankCardDetector(),
                 IpAddressDetector(), PassportDetector(), IbanDetector(), UsSsnDetector(), SecretDetector(),
                 KeywordDetector(["x"])]
    for detector in detectors:
        assert isinstance(detector, Detector)
        assert detector.name
    assert set(ENTITY_TYPES) == {PRC_ID, PHONE, EMAIL, BANK_CARD, IP_ADDRESS, PASSPORT, IBAN, US_SSN, SECRET}


# --- PRC_ID -------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    (f"身份证号{ID_1}请核对", ID_1),
    (f"ID: {ID_X}.", ID_X),
    (f"身份证{ID_X[:17]}x，谢谢", ID_X[:17] + "x"),
    (f"id {ID_1[:6]} {ID_1[6:14]} {ID_1[14:]} ok", f"{ID_1[:6]} {ID_1[6:14]} {ID_1[14:]}"),
    ("身份证号" + "".join(chr(ord(c) + 0xFEE0) for c in ID_1), "".join(chr(ord(c) + 0xFEE0) for c in ID_1)),
])
def test_prc_id_found(text: str, expected: str) -> None:
    assert found(text) == [(PRC_ID, expected)]


@pytest.mark.parametrize("text", [
    f"身份证号{wrong_check(ID_1)}请核对",             # wrong check digit: nothing sensitive at all
    f"order 9{ID_1}",                                  # inside a longer digit run
    f"{ID_1}7",
    f"abc{ID_1}",                                      # glued to letters
    make_prc_id("11010119900230123"),                  # 30 February
])
def test_prc_id_not_found(text: str) -> None:
    assert found(text) == []


def test_prc_id_that_passes_luhn_is_an_id_not_a_card() -> None:
    assert found(f"卡号还是身份证？{ID_LUHN}") == [(PRC_ID, ID_LUHN)]
    assert BankCardDetector().detect(ID_LUHN) == []


# --- BANK_CARD ----------------------------------------------------------------------------


@pytest.mark.parametrize("number,sizes,sep", [
    (VISA, [16], ""), (VISA, [4, 4, 4, 4], " "), (VISA, [4, 4, 4, 4], "-"), (AMEX, [4, 6, 5], " "),
    (make_luhn("36", 14), [4, 6, 4], " "), (UNIONPAY_19, [6, 13], " "), (UNIONPAY_19, [4, 4, 4, 4, 3], " "),
    (UNIONPAY_19, [19], ""), (make_luhn("55", 16), [4, 4, 4, 4], " "),
    (make_luhn("2221", 16), [4, 4, 4, 4], "-"), (make_luhn("3530", 16), [16], ""), (make_luhn("4", 13), [13], ""),
])
def test_bank_card_found_in_several_groupings(number: str, sizes: list[int], sep: str) -> None:
    printed = group(number, sizes, sep)
    assert found(f"卡号{printed}，有效期12/27") == [(BANK_CARD, printed)]
    assert found(f"卡号{group(break_luhn(number), sizes, sep)}，有效期12/27") == []


def test_bank_card_followed_by_more_digits_and_two_cards_in_a_row() -> None:
    visa = group(VISA, [4, 4, 4, 4])
    assert found(f"card {visa} 2027") == [(BANK_CARD, visa)]
    amex = group(AMEX, [4, 6, 5])
    assert found(f"{visa} {amex}") == [(BANK_CARD, visa), (BANK_CARD, amex)]


@pytest.mark.parametrize("text", [
    "ISBN 978-7-111-54742-6",
    "订单号202311230001234，请查询",
    "1111 2222 3333 4444",                              # fails Luhn
    f"x = 0.{VISA}",                                   # digits after a decimal point
    f"ref {VISA}0",                                    # part of a longer run
    f"{VISA[:4]} {VISA[4:7]} {VISA[7:]}",              # not a card grouping (4-3-9)
    f"+{VISA}",                                        # a "+" number is a phone, not a card
])
def test_bank_card_not_found(text: str) -> None:
    assert BankCardDetector().detect(text) == []


# --- PHONE --------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("手机13812345678谢谢", "13812345678"),
    ("手机：１３８１２３４５６７８", "１３８１２３４５６７８"),
    ("call 138 1234 5678 now", "138 1234 5678"),
    ("call 159-8765-4321 now", "159-8765-4321"),
    ("电话 +86 138 1234 5678", "+86 138 1234 5678"),
    ("电话+8613812345678", "+8613812345678"),
    ("电话 0086 13812345678", "0086 13812345678"),
    ("电话(+86)13912345678", "(+86)13912345678"),
    ("总机010-12345678转8021", "010-12345678"),          # the extension is not part of the span
    ("电话0755-1234567", "0755-1234567"),
    ("office (021) 6123 4567 ext 808", "(021) 6123 4567"),
    ("座机 021-61234567-801", "021-61234567"),
    ("London +44 20 7946 0958.", "+44 20 7946 0958"),
    ("London +44 (0)20 7946 0958.", "+44 (0)20 7946 0958"),
    ("SF +1 (415) 555-0132", "+1 (415) 555-0132"),
    ("HK +852 9123 4567", "+852 9123 4567"),
    ("Tokyo +81 3-1234-5678", "+81 3-1234-5678"),
    ("Paris +33 1 23 45 67 89", "+33 1 23 45 67 89"),
    ("Berlin +49 30 901820", "+49 30 901820"),
    ("call (415) 555-0132", "(415) 555-0132"),
    ("call 1-800-555-0199", "1-800-555-0199"),
    ("tel: 6123 4567", "6123 4567"),
])
def test_phone_found(text: str, expected: str) -> None:
    assert found(text) == [(PHONE, expected)]


@pytest.mark.parametrize("text", [
    "订单号202311230001234已发货",
    "ISBN 978-7-111-54742-6",
    "会议日期2023-11-23，时间10:30",
    "version 1.2.3 released",
    "总金额15000000000元",
    "余额¥13800000000",
    "编号 138123456789",                                 # 12 digits: not a mobile
    "id 913812345678",
    "score +200 300 400 500",
    "temperature +25.5",
    "12345678 items in stock",                          # 8 digits without a phone keyword
    "hotel room 12345678",                              # "tel" inside a word is not a keyword
])
def test_phone_not_found(text: str) -> None:
    assert PhoneDetector().detect(text) == []


# --- EMAIL --------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("邮箱zhang.wei@corp-mail.cn谢谢", "zhang.wei@corp-mail.cn"),
    ("mail me: Li.Lei+work@Mail.Example-corp.com.cn.", "Li.Lei+work@Mail.Example-corp.com.cn"),
    ("mailto:bob_smith@gmail.com", "bob_smith@gmail.com"),
    ("ｚｈａｎｇ＠ｑｑ．ｃｏｍ", "ｚｈａｎｇ＠ｑｑ．ｃｏｍ"),
    ("https://x.cn/?email=w.li@y.cn", "w.li@y.cn"),
])
def test_email_found(text: str, expected: str) -> None:
    assert found(text) == [(EMAIL, expected)]


@pytest.mark.parametrize("text", [
    "send to user@example.com", "admin@mail.example.org", "a@example.net", "x@foo.example", "t@ci.test",
    "n@host.invalid", "me@dev.localhost", "git clone git@github.com:org/repo.git", "not an email: a@b",
])
def test_email_placeholders_not_found(text: str) -> None:
    assert EmailDetector().detect(text) == []


def test_email_wins_over_phone_inside_it() -> None:
    assert found("QQ邮箱13812345678@qq.com") == [(EMAIL, "13812345678@qq.com")]


# --- IP_ADDRESS ---------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("server 10.0.0.5 down", "10.0.0.5"),
    ("内网地址192.168.1.100请检查", "192.168.1.100"),
    ("dns 8.8.8.8:53", "8.8.8.8"),
    ("subnet 172.20.0.0/16", "172.20.0.0"),      # somebody's subnet (the standard 172.16.0.0/12 block is not)
    ("v6 2400:cb00:2048:1::c629:d7a2 ok", "2400:cb00:2048:1::c629:d7a2"),
    ("link fe80::1ff:fe23:4567:890a%eth0 up", "fe80::1ff:fe23:4567:890a%eth0"),
    ("[2606:4700::1111]:443", "2606:4700::1111"),
    ("mapped ::ffff:10.1.2.3", "::ffff:10.1.2.3"),
])
def test_ip_found(text: str, expected: str) -> None:
    assert found(text) == [(IP_ADDRESS, expected)]


@pytest.mark.parametrize("text", [
    "localhost 127.0.0.1", "bind 0.0.0.0", "loopback ::1", "doc 192.0.2.10", "doc 198.51.100.7", "doc 203.0.113.9",
    "doc 2001:db8::1", "netmask 255.255.255.0", "version 1.2.3.4", "v1.2.3.4", "1.2.3.4.5", "300.1.1.1",
    "time 12:30:45", "C++ std::vector", "mac 00:1A:2B:3C:4D:5E", "Dead::Beef",
])
def test_ip_not_found(text: str) -> None:
    assert IpAddressDetector().detect(text) == []


# --- PASSPORT -----------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("我的护照E12345678过期了", "E12345678"),
    ("travel with G87654321", "G87654321"),
    ("新版EA1234567", "EA1234567"),
    ("Passport No. X1234567", "X1234567"),
    ("passport number: 123456789", "123456789"),
    ("护照号码：AB1234567", "AB1234567"),
    ("港澳通行证 C12345678", "C12345678"),
    ("German passport number is CH742K36P.", "CH742K36P"),
    ("passport: 12AB34567", "12AB34567"),
    # German passports may be letters only: nine capitals from an alphabet without vowels
    ("German colleague's passport: Passport CCGTYKKJJ, 帮我填进差旅系统", "CCGTYKKJJ"),
    ("Reisepass / passport no. LFZKXRM7T", "LFZKXRM7T"),
    ("他的德国护照号是 CFGHJKLMN", "CFGHJKLMN"),
])
def test_passport_found(text: str, expected: str) -> None:
    assert found(text) == [(PASSPORT, expected)]


@pytest.mark.parametrize("text", [
    "part number X1234567",                     # no passport keyword
    "passport renewal takes a long time, ref X1234567",  # keyword too far away
    "E1234567 is too short",
    "EI1234567 uses I, which is never issued",
    "passport office says STRENGTHS is the key",         # a word with a vowel, not a vowel-less code
    "my passport photo was rejected, CCGTYKKJJ said so",  # keyword too far away
])
def test_passport_not_found(text: str) -> None:
    assert PassportDetector().detect(text) == []


# --- IBAN ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("IBAN: DE89 3704 0044 0532 0130 00, thanks", "DE89 3704 0044 0532 0130 00"),
    ("pay GB82WEST12345698765432.", "GB82WEST12345698765432"),
    ("FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606"),
    ("账户GB82 WEST 1234 5698 7654 32 AND MORE", "GB82 WEST 1234 5698 7654 32"),
])
def test_iban_found(text: str, expected: str) -> None:
    assert found(text) == [(IBAN, expected)]


@pytest.mark.parametrize("text", ["DE89 3704 0044 0532 0130 01", "GB82WEST12345698765433", "GB82WEST1234569876543",
                                  "XGB82WEST12345698765432", "GB82WEST12345698765432X"])
def test_iban_not_found(text: str) -> None:
    assert IbanDetector().detect(text) == []


@pytest.mark.parametrize("text", ["IBAN DE32 6184 9567 8432 3998 34 is rejected by the bank — typo?",
                                  "GB82 4111 1111 1111 1111 bounced", "账号 FR76 4111111111111111 不对"])
def test_the_body_of_a_mistyped_iban_is_no_card(text: str) -> None:
    assert not [e for e in BankCardDetector().detect(text)]


# --- US_SSN -------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("SSN 536-22-1234", "536-22-1234"),
    ("my number is 536 22 1234.", "536 22 1234"),
    ("SSN: 536221234", "536221234"),
    ("social security number 536221234", "536221234"),
])
def test_ssn_found(text: str, expected: str) -> None:
    assert found(text) == [(US_SSN, expected)]


@pytest.mark.parametrize("text", [
    "078-05-1120", "219-09-9999", "000-12-3456", "666-12-3456", "900-12-3456", "536-00-1234", "536-22-0000",
    "536221234 without a keyword", "536-22 1234", "1-536-22-1234", "536-22-1234-5",
])
def test_ssn_not_found(text: str) -> None:
    assert UsSsnDetector().detect(text) == []


# --- SECRET -------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ('OPENAI_API_KEY="sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12"', "sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12"),
    ("key sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2", "sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2"),
    ("AKIA2E0A8F3B244C9986 is the id", "AKIA2E0A8F3B244C9986"),
    ("token ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5", "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"),
    ("xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp"),
    ("AIzaSyA1234567890abcdefghijklmnopqrstuv", "AIzaSyA1234567890abcdefghijklmnopqrstuv"),
    ("stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk",
     "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
    ("password=hunter2024", "hunter2024"),
    ('{"password": "p@ss w0rd!"}', "p@ss w0rd!"),
    ("DB_PASSWORD: S3cr3t!x", "S3cr3t!x"),
    ("api_key = 'abcd1234efgh5678'", "abcd1234efgh5678"),
    ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzKEY12345", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzKEY12345"),
    ("userPassword=Abc12345", "Abc12345"),
    ("WiFi密码是abc12345。", "abc12345"),
    ("银行卡密码：888888，别告诉别人", "888888"),
    ("初始密码123456", "123456"),
    # a "." glued to the Chinese after it is the password's own: Chinese ends a sentence with 。
    ("我把VPN初始密码Qingdao1977.改了之后就登不上了", "Qingdao1977."),
    ("wifi密码Lx2024home.我试了不行", "Lx2024home."),
    ("初始密码 Qingdao1977. 改了", "Qingdao1977."),  # so after spaces too (the labels: wifi密码：wh216506.  新来的)
    ("口令 Tr0ub4dor&3 请保管", "Tr0ub4dor&3"),
    ("my password is Hunter2!", "Hunter2!"),
    ("(password: abc123).", "abc123"),
    ("password: bHIfd1l0@RQObgz.\nnext: 1", "bHIfd1l0@RQObgz."),      # config line: the dot is the value's
    ("授权码Harbor!2025vc，发信超时", "Harbor!2025vc"),
    ("GitLab 打印了 glpat-oqwMSCLTleaEELGMx876 怎么办", "glpat-oqwMSCLTleaEELGMx876"),
    ("DB postgres://admin:S3cretPass@db.internal:5432/app.", "postgres://admin:S3cretPass@db.internal:5432/app"),
    ("Redis：redis://:myRedisPass1@cache:6379/0，报错", "redis://:myRedisPass1@cache:6379/0"),
    ('create_engine("mongodb+srv://u:p%40ssW0rd@cluster0.mongodb.net/db?w=1")',
     "mongodb+srv://u:p%40ssW0rd@cluster0.mongodb.net/db?w=1"),
    ("index-url = https://deploy:wSsR.dWTR8C@pypi.corp.cn/simple", "https://deploy:wSsR.dWTR8C@pypi.corp.cn/simple"),
])
def test_secret_found(text: str, expected: str) -> None:
    assert found(text) == [(SECRET, expected)]


@pytest.mark.parametrize("token", [
    "npm_" + "Ab1" * 12, "hf_" + "Ab1" * 11, "LTAI" + "5tAb1Cd2Ef3Gh4Ij", "AKID" + "Ab1" * 11,
    "SG." + "Ab1-" * 5 + "Ab" + "." + "Cd2_" * 10 + "Cd2", "xapp-1-A0123456789-1234567890123-abcdef0123456789",
    "pypi-" + "AgEIcHlwaS5vcmc" + "Ab1_" * 10,
])
def test_more_token_formats(token: str) -> None:
    assert found(f"leaked {token} in CI log") == [(SECRET, token)]


def test_pem_private_key_is_one_secret() -> None:
    pem = ("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq98ZZnm2JX4kqC9PfBq0WbD7dHt2nKQ+3s4iYyVbZ2qFnH\n"
           "-----END RSA PRIVATE KEY-----")
    assert found(f"my key:\n{pem}\nthanks") == [(SECRET, pem)]


def test_query_string_secrets_are_separate_values() -> None:
    text = "GET /v1?api_key=Abc123456&user=bob&token=T0ken9876"
    assert found(text) == [(SECRET, "Abc123456"), (SECRET, "T0ken9876")]


@pytest.mark.parametrize("text", [
    "password=********", "password: <password>", "api_key: your_api_key_here", "token: xxxxxxxxxxxx",
    "password=changeme", "password=password", 'api_key="{{ api_key }}"', "password=${DB_PASS}",
    "api_key=os.environ['OPENAI_API_KEY']", "token=get_token()", "secret_key = settings.SECRET_KEY",
    "api_key=API_KEY", "password: required", "token: string", "AKIAIOSFODNN7EXAMPLE", "sk-xxxxxxxxxxxxxxxxxxxxxxxx",
    "the password is incorrect", "password is required", "max_tokens=256000", "tokenizer=AutoTokenizer123",
    "private_key=/etc/ssl/private/key.pem", "密码错误，请重试", "密码strength检查", "https://user:password@host.com",
    "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----", "password=12345",
    "POSTGRES_PASSWORD: ${DB_PASS}\n为什么报 password is empty？", "redis://:secret@cache:6379",
    "jwt eyJhbGciOiJIUzI1NiJ9x.eyJzdWIiOiIxMjM0In0x.sig",    # header/payload are not base64 JSON
])
def test_secret_placeholders_not_found(text: str) -> None:
    assert SecretDetector().detect(text) == []


# --- overlaps and the aggregate -----------------------------------------------------------


def test_secret_wins_over_entities_inside_it() -> None:
    assert found("password=13812345678") == [(SECRET, "13812345678")]
    url = "postgres://admin:S3cretPass@10.1.2.3:5432/db"
    assert found(f"conn {url} ok") == [(SECRET, url)]


def test_resolve_overlaps_prefers_priority_then_containing_span() -> None:
    card = Entity(BANK_CARD, 5, 20, "x" * 15)
    iban = Entity(IBAN, 0, 27, "y" * 27)
    phone = Entity(PHONE, 18, 30, "z" * 12)
    ssn = Entity(US_SSN, 40, 51, "s" * 11)
    assert resolve_overlaps([phone, card, iban, ssn]) == [iban, ssn]       # IBAN contains the card
    assert resolve_overlaps([phone, card]) == [card]                        # partial overlap: priority
    assert resolve_overlaps([card, card]) == [card]


def test_mixed_text_finds_every_entity_with_original_offsets() -> None:
    text = (f"您好，我是张伟，手机号１３８１２３４５６７８，邮箱zhang.wei@corp-mail.cn。身份证号{ID_1}，"
            f"卡号{group(VISA, [4, 4, 4, 4])}。订单202311230001234，版本1.2.3，日期2023-11-23。"
            "Server 10.0.0.5, password=hunter2024, call +44 20 7946 0958, IBAN GB82WEST12345698765432.")
    assert found(text) == [
        (PHONE, "１３８１２３４５６７８"), (EMAIL, "zhang.wei@corp-mail.cn"), (PRC_ID, ID_1),
        (BANK_CARD, group(VISA, [4, 4, 4, 4])), (IP_ADDRESS, "10.0.0.5"), (SECRET, "hunter2024"),
        (PHONE, "+44 20 7946 0958"), (IBAN, "GB82WEST12345698765432"),
    ]


@pytest.mark.parametrize("text", [
    "请帮我写一个Python快速排序，并解释时间复杂度O(n log n)。",
    "What is the capital of France? Answer in 3 sentences.",
    "def add(a, b):\n    return a + b  # version 2.0.1, see https://docs.python.org/3/",
    "The meeting is on 2023-11-23 at 10:30, room 1203, budget $15,000.",
    "",
])
def test_harmless_text_has_no_entities(text: str) -> None:
    assert PATTERNS.detect(text) == []


def test_detect_is_fast_on_a_300_character_text() -> None:
    text = (f"您好，我是张伟，手机号13812345678，邮箱zhang.wei@corp-mail.cn。订单202311230001234，身份证{ID_1}。"
            "Please check server 10.0.0.5 and card 4111 1111 1111 1111; password=hunter2024. " * 3)[:300]
    PATTERNS.detect(text)
    runs = 200
    start = time.perf_counter()
    for _ in range(runs):
        PATTERNS.detect(text)
    mean_ms = (time.perf_counter() - start) / runs * 1000
    assert mean_ms < 5, f"{mean_ms:.3f} ms per call"  # loose bound: CI machines vary; typical is ~0.3 ms


@pytest.mark.parametrize("text", ["1 " * 20000, "12-" * 15000, "a@" * 20000, "password=" * 5000, "1:" * 20000])
def test_pathological_input_stays_linear(text: str) -> None:
    start = time.perf_counter()
    PATTERNS.detect(text)
    assert time.perf_counter() - start < 2


# --- KeywordDetector ----------------------------------------------------------------------


def test_keywords_case_insensitive_cjk_and_word_boundaries() -> None:
    detector = KeywordDetector(["Project Phoenix", "张三", "VIP", "C++"], [r"HT-\d{4}"], name="kw",
                               entity_type="CUSTOM")
    text = "PROJECT PHOENIX 和张三丰讨论VIP客户, viper, C++ code, ticket ht-2023, ＶＩＰ"
    entities = detector.detect(text)
    assert [(e.text, e.type, e.detector) for e in entities] == [
        ("PROJECT PHOENIX", "CUSTOM", "kw"), ("张三", "CUSTOM", "kw"), ("VIP", "CUSTOM", "kw"),
        ("C++", "CUSTOM", "kw"), ("ht-2023", "CUSTOM", "kw"), ("ＶＩＰ", "CUSTOM", "kw"),
    ]
    assert all(text[e.start:e.end] == e.text for e in entities)


def test_keywords_prefer_the_longest_and_default_names() -> None:
    detector = KeywordDetector(["张三", "张三丰"])
    assert [(e.text, e.type, e.detector) for e in detector.detect("张三丰和张三")] == [
        ("张三丰", "KEYWORD", "keywords"), ("张三", "KEYWORD", "keywords")]
    assert KeywordDetector([]).detect("anything") == []


@pytest.mark.parametrize("regexes", [["(unclosed"], ["[a-"], ["ok", "*bad"]])
def test_invalid_regex_raises_config_error_naming_it(regexes: list[str]) -> None:
    with pytest.raises(ConfigError, match="invalid regex"):
        KeywordDetector(["x"], regexes)
    with pytest.raises(ConfigError) as info:
        KeywordDetector([], regexes)
    assert repr(regexes[-1]) in str(info.value)


@pytest.mark.parametrize("keywords", [[""], ["   "], ["ok", ""]])
def test_empty_keyword_raises_config_error(keywords: list[str]) -> None:
    with pytest.raises(ConfigError):
        KeywordDetector(keywords)


def test_zero_width_regex_matches_are_ignored() -> None:
    assert KeywordDetector([], [r"x*"]).detect("abc") == []


@pytest.mark.parametrize("text, secret", [
    ("+ docker login -u ci-bot -p Hk7#pQw9_zLm registry.corp.local", "Hk7#pQw9_zLm"),
    ("conn = 'DefaultEndpointsProtocol=https;AccountName=acct01;AccountKey=Zx8vQ2mN7pL4kJ9hG3fD6sA1qW5eR0tYuI8oP2=="
     ";EndpointSuffix=core.windows.net'", "Zx8vQ2mN7pL4kJ9hG3fD6sA1qW5eR0tYuI8oP2=="),
    ("pasword for the test db is Heron@42winter, it says access denied", "Heron@42winter"),
    ("AccessKey Secret Qm3xT8vN2pL7rK4wZ9yB6cD1fG5hJ0, 上传报错", "Qm3xT8vN2pL7rK4wZ9yB6cD1fG5hJ0"),
])
def test_secret_in_registry_logins_connection_strings_and_typos(text: str, secret: str) -> None:
    assert (SECRET, secret) in found(text)


@pytest.mark.parametrize("text", [
    "docker run -p 8080:80 nginx", "docker login -u $CI_USER -p $CI_TOKEN registry", "the password is incorrect",
    "AccountKey=<your-account-key>",
])
def test_port_mappings_variables_and_placeholders_are_not_secrets(text: str) -> None:
    assert SECRET not in {t for t, _ in found(text)}


@pytest.mark.parametrize("text", [
    "redis-cli -h 10.2.3.4 -p 6380 -a Qm7vT2pLx9 ping",
    "redis-cli --pass Qm7vT2pLx9 -h cache01 info",
])
def test_redis_cli_passwords_are_secrets(text: str) -> None:
    assert [e.text for e in SecretDetector().detect(text)] == ["Qm7vT2pLx9"]


@pytest.mark.parametrize("text, kind", [
    ("新套餐要到下个月才上线，内测价每人每月29元，帮我写公告", "secrecy"),
    ("The rebrand doesn't go live until May; draft the internal FAQ", "secrecy"),
    ("We moved the sales team to commission-only but nobody outside the exec team knows", "secrecy"),
    ("告诉对方我们最终报价每吨4100，不能再降了", "negotiation"),
    ("跟一家物流公司签的合同里赔偿上限太低了，帮我看看", "negotiation"),
    ("We received a subpoena for payroll records; how narrow can we make it?", "negotiation"),
    ("Our best and final offer to the landlord is $41 per square foot", "negotiation"),
    ("我怀疑仓库主管在虚报损耗，怎么查证", "internal"),
    ("The seed round fell through after the lead investor backed out; help me tell the team", "internal"),
    ("我们风控模型的拒绝阈值是0.82，帮我评估一下", "internal"),
])
def test_confidential_content_without_keywords_is_a_topic(text: str, kind: str) -> None:
    assert [e.detector for e in TopicDetector().detect(text)] == [f"topics:{kind}"]


@pytest.mark.parametrize("text", [
    "What does a subpoena duces tecum mean under US law?",
    "新品上线前要做哪些测试？",
    "How do I write a generic NDA template?",
])
def test_general_questions_are_not_confidential_topics(text: str) -> None:
    assert TopicDetector().detect(text) == []


def test_documentation_sample_jwts_are_placeholders() -> None:
    def segment(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    header = segment({"alg": "HS256", "typ": "JWT"})
    sample = f"{header}.{segment({'sub': '1234567890', 'name': 'Jane Doe', 'iat': 1516239022})}.Xk2pQ9vLm3RtY7wZ"
    real = f"{header}.{segment({'sub': 'u_88213', 'role': 'admin', 'iat': 1716239022})}.Xk2pQ9vLm3RtY7wZ"
    assert SecretDetector().detect(f"decode {sample} please") == []
    assert [e.text for e in SecretDetector().detect(f"decode {real} please")] == [real]


@pytest.mark.parametrize("text, expected", [
    ("date,amount,card\n2024-05-02,129.00,4539578763621486\n", [(BANK_CARD, "4539578763621486")]),
    ("99.90,5425233430109903,ok", [(BANK_CARD, "5425233430109903")]),
    ("Form W-2 219-45-6781 and I-9 on file", [(US_SSN, "219-45-6781")]),
])
def test_cards_after_a_csv_amount_and_ssns_after_a_form_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["price 1,234,567 and pi 3.14159265358979", "ratio 0,4539578763621486"])
def test_thousands_groups_and_decimal_fractions_are_not_cards(text: str) -> None:
    assert BankCardDetector().detect(text) == []


@pytest.mark.parametrize("text, secret", [
    ("家里wifi密码已经改成Lx2024#home了", "Lx2024#home"),
    ("路由器密码设为 Qw8!zPm3 了，记一下", "Qw8!zPm3"),
    ("QQ邮箱授权码 kxqpzbvnmlrtwgfh 怎么用", "kxqpzbvnmlrtwgfh"),
    ("smtp_password 是 Zq8!mNp2Lk，帮我配一下", "Zq8!mNp2Lk"),
    ("vault_token 用 hvs7Kp2mQx9Lr4Tz，然后重启", "hvs7Kp2mQx9Lr4Tz"),
])
def test_passwords_set_with_chinese_verbs_and_generated_codes(text: str, secret: str) -> None:
    assert found(text) == [(SECRET, secret)]


@pytest.mark.parametrize("text", [
    "密码用bcrypt存储", "密码用SHA256加密后入库", "密码改成大写字母加数字", "两个用户，密码统一用test123",
    "SECRET_KEY = 'django-insecure-...' in settings", "psql postgresql://postgres:postgres@localhost/test",
    "mongodb://guest:guest@localhost:27017", "amqp://admin:admin@rabbit:5672", "授权码authentication",
])
def test_storage_schemes_sample_and_default_logins_are_not_secrets(text: str) -> None:
    assert SecretDetector().detect(text) == []


@pytest.mark.parametrize("text, expected", [
    ("电机型号E50512482的参数表", []), ("Our lab part number E65685183 keeps failing", []),
    ("SKU: G12345678 is out of stock", []),
    ("护照编号 E53173809，有效期到2031年", [(PASSPORT, "E53173809")]),
    ("乘机人护照 G56766073", [(PASSPORT, "G56766073")]),
])
def test_part_and_model_numbers_of_passport_shape_are_not_passports(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a generic "document number" (证件号 ends in 件号, a part label's word) is still someone's passport
    ("旅行社说证件号 G61135820 跟名字拼音对不上", [(PASSPORT, "G61135820")]),
    ("证件号码：E69181408，签证办好了吗", [(PASSPORT, "E69181408")]),
    ("證件號 EB1234567 訂機票用", [(PASSPORT, "EB1234567")]),
    ("travel document no. G12345678 for the hotel check-in", [(PASSPORT, "G12345678")]),
    # part labels and train numbers stay out
    ("零件号G12345678缺货了", []), ("件号 E12345678 的库存", []), ("订单号 E12345678 还没发货", []),
    ("G1234次列车几点到上海", []),
])
def test_a_passport_after_a_generic_document_label_is_a_passport(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text, secret", [
    ("wifi密码我改成了Hx2024home了", "Hx2024home"),
    ("密码已经被改成 Qz8#kLm2", "Qz8#kLm2"),
    ("I set the wifi password to Lx2024#home, tell the team", "Lx2024#home"),
    ("changed my VPN password to Pa55w0rd!x yesterday", "Pa55w0rd!x"),
])
def test_passwords_set_in_prose_are_secrets(text: str, secret: str) -> None:
    assert found(text) == [(SECRET, secret)]


@pytest.mark.parametrize("text", ["密码不能用Abc12345这种", "密码框用PasswordInput组件",
                                  "please reset your password to something strong",
                                  "set the password to test123 for the demo"])
def test_password_advice_widgets_and_samples_are_not_secrets(text: str) -> None:
    assert SecretDetector().detect(text) == []


def test_ids_printed_with_dashes_and_the_pw_abbreviation() -> None:
    assert found("身份证 110101-19900307-1233 请核对") == [(PRC_ID, "110101-19900307-1233")]
    assert found("the root pw is Xk9#mQ2z") == [(SECRET, "Xk9#mQ2z")]
    assert found("the pw is wrong") == []


@pytest.mark.parametrize("text, secret", [
    ("ssh root@10.0.0.5 with password orchid516Jade stopped working", "orchid516Jade"),
    ("log in using the passphrase: Tr0ub4dor&3 please", "Tr0ub4dor&3"),
    ("connect to the VPN w/ pw Kx92mmq!a", "Kx92mmq!a"),
    ("shared mailbox, pw: hunter2Blue9", "hunter2Blue9"),
    ("sign in with a password: mango42Tree and tell me what you see", "mango42Tree"),
])
def test_passwords_given_with_a_preposition_in_prose_are_secrets(text: str, secret: str) -> None:
    assert (SECRET, secret) in found(text)


@pytest.mark.parametrize("text", ["log in with password reset link", "sign in with password authentication",
                                  "connect using password-less login", "with password 123456 it fails"])
def test_password_words_followed_by_plain_words_are_not_secrets(text: str) -> None:
    assert SecretDetector().detect(text) == []


@pytest.mark.parametrize("text, expected", [
    ("忘记了Windows开机密码怎么办", []),          # 开机 + 密码, not 机密
    ("手机密码忘了怎么解锁", []),                  # 手机 + 密码
    ("这份报价属于公司机密，不要外传", ["机密"]),
    ("公司机密文件别外传", ["机密"]),
    ("机密：下季度报价", ["机密"]),
])
def test_chinese_keywords_do_not_match_across_two_words(text: str, expected: list) -> None:
    assert [e.text for e in KeywordDetector(["机密", "秘密"]).detect(text)] == expected


@pytest.mark.parametrize("text, secret", [
    ("pw for the shared jira admin acct: Sunflower#1984 — how do i make it expire", "Sunflower#1984"),
    ("password for the vpn: Tiger$2023 please keep it", "Tiger$2023"),
    ("the passcode to the office alarm is 48Kq!902", "48Kq!902"),
    ("the bastion is 10.2.3.4, user ops, password qingdao_1990! — write the ssh config", "qingdao_1990!"),
    ("login admin / pwd Xk9!mmq2, thanks", "Xk9!mmq2"),
    ("passphrase correct-horse-battery-9 is on the sticky note", "correct-horse-battery-9"),
])
def test_passwords_named_right_before_their_value_in_prose_are_secrets(text: str, secret: str) -> None:
    assert (SECRET, secret) in found(text)


@pytest.mark.parametrize("text", [
    "password reset flow for our app", "password hashing with argon2id", "password 12345678 is too weak",
    "password policy v2.1.0 requires 12 chars", "pwd /home/user/project", "password sha256 vs bcrypt",
    "the password for the wifi: see the wiki", "reset password for user123 please", "change password every 90days",
])
def test_password_words_before_advice_paths_and_versions_are_not_secrets(text: str) -> None:
    assert SecretDetector().detect(text) == []


@pytest.mark.parametrize("text", [
    "连接串模板：mysql://{user}:{password}@{host}:{port}/{db}，用 python format 填充怎么写",
    "postgresql://app:%(pw)s@db:5432/x", "url = f'redis://:{redis_password}@cache:6379'",
    "DATABASE_URL=postgres://{{ db_user }}:{{ db_pass }}@db/app", "password = {password}", "password=[PASSWORD]",
])
def test_template_fields_are_never_secrets(text: str) -> None:
    assert [e for e in SecretDetector().detect(text) if e.type == SECRET] == []


# --- tabular SSNs and redaction markers ------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("id,name,ssn,email\n1,John Smith,536221234,j@x.com\n2,Fatima Al-Zahrani,827691762,f@x.com",
     ["536221234", "827691762"]),
    ("| Name | SSN | Dept |\n|---|---|---|\n| Ann Lee | 536221234 | HR |", ["536221234"]),
    ("name\tsocial_security_number\nAnn Lee\t536221234", ["536221234"]),
    ("name;ss_no\nLi Wei;772123456", ["772123456"]),             # areas 772-899 are issued since 2011
    ("payroll export row: zhong haoran|829495395|15000", ["829495395"]),
    ("employee list: Ann Lee;536221234;HR", ["536221234"]),
])
def test_ssns_in_tables_without_separators(text: str, expected: list[str]) -> None:
    assert [e.text for e in UsSsnDetector().detect(text)] == expected


@pytest.mark.parametrize("text", [
    "order_id,customer,amount\n536221234,Ann Lee,30",            # no SSN column, no personnel record
    "employee,dept,badge\nAnn Lee,HR,536221234",                 # a personnel table whose column is named otherwise
    "tracking numbers: 536221234, 536221235, 536221236",
    "Employee Ann Lee, 536221234",                               # prose, not a record of three fields
    "id,name,ssn\n1,Ann Lee,912345678",                          # 9xx is no SSN area
])
def test_nine_digit_fields_that_are_no_ssn(text: str) -> None:
    assert UsSsnDetector().detect(text) == []


@pytest.mark.parametrize("text", [
    "terraform plan shows this diff:\n~ master_password = (sensitive)",
    "password = (known after apply)",
    "db_password: (hidden)",
])
def test_redaction_markers_are_no_secret(text: str) -> None:
    assert SecretDetector().detect(text) == []


@pytest.mark.parametrize("text", ["测试数据里手机号写 13800000000 可以吗", "mock: +86 139 0000 0000"])
def test_placeholder_mobiles_with_a_zero_subscriber_part_are_no_phone(text: str) -> None:
    assert PhoneDetector().detect(text) == []


@pytest.mark.parametrize("text,expected", [
    ("what's the difference between 10.0.0.0/8 and 172.16.0.0/12?", []),
    ("allow 192.168.224.95/32 -> 10.151.79.116:5432", ["192.168.224.95", "10.151.79.116"]),
    ("subnet 10.20.0.0/16, host 10.20.3.4/24", ["10.20.0.0", "10.20.3.4"]),
    ("RFC 1918: 192.168.0.0/16, 100.64.0.0/10 is CGNAT", []),
])
def test_network_ranges_are_no_host_address(text: str, expected: list[str]) -> None:
    assert [e.text for e in IpAddressDetector().detect(text)] == expected


@pytest.mark.parametrize("text", ["卡号6216 6163 2580 5414 793支付时提示无效，是不是少了一位",
                                  "card 4111 1111 1111 1111 123 is rejected"])
def test_a_longer_run_in_card_grouping_is_one_number_validated_whole(text):
    assert not [e for e in PATTERNS.detect(text) if e.type == "BANK_CARD"]


def test_a_card_before_an_expiry_is_still_found():
    assert [e.text for e in PATTERNS.detect("card 4111 1111 1111 1111 12/25") if e.type == "BANK_CARD"] == [
        "4111 1111 1111 1111"]


@pytest.mark.parametrize("text, secret", [
    ("docker run -d redis:7 --requirepass beijing5054. -p 6379:6379", "beijing5054."),
    ("mysql -uroot -pTianjin2023 -h 10.0.0.1", "Tianjin2023"),
    ("PGPASSWORD=qingdao7781 psql -h db", "qingdao7781"),
    ("psql --password=Tianjin2023 -U app", "Tianjin2023"),
])
def test_passwords_given_on_a_command_line_keep_their_last_character(text, secret):
    assert secret in [e.text for e in PATTERNS.detect(text) if e.type == "SECRET"]


@pytest.mark.parametrize("text, address", [
    ("服务器172.18.90.67ping不通", "172.18.90.67"),
    ("网关10.8.0.1telnet超时了", "10.8.0.1"),
    ("把192.168.3.21加到白名单", "192.168.3.21"),
])
def test_an_ip_address_glued_to_chinese_after_a_command_word(text, address):
    assert [e.text for e in IpAddressDetector().detect(text)] == [address]


@pytest.mark.parametrize("text", ["version 1.2.3.4beta shipped", "host 10.0.0.5abc is odd"])
def test_an_ip_shape_running_into_a_latin_word_is_not_an_address(text):
    assert IpAddressDetector().detect(text) == []


@pytest.mark.parametrize("text, secret", [
    ("curl -u admin:Nebula711@cn https://api.internal/v1", "Nebula711@cn"),
    ("curl --user ops:K8s!pass@2024 -X POST https://x", "K8s!pass@2024"),
    ("http --auth bob:Sunrise2024 https://api.internal", "Sunrise2024"),
    ("wget --http-user=ops --http-password=Rb7!kq92x https://x", "Rb7!kq92x"),
])
def test_a_basic_auth_password_keeps_its_at_sign(text, secret):
    assert secret in [e.text for e in SecretDetector().detect(text)]


@pytest.mark.parametrize("text, expected", [
    ("DATABASE_URL=redis://:Qxi89Mpwbe#99@db.example.com:6379/0\n帮我看看",
     "redis://:Qxi89Mpwbe#99@db.example.com:6379/0"),
    ("BROKER=amqp://svc_orders:Pq7/x?Lm2!@mq.internal.example.net:5672/vhost",
     "amqp://svc_orders:Pq7/x?Lm2!@mq.internal.example.net:5672/vhost"),
    ("MONGO_URI=mongodb+srv://app:R8%25kLz#q@cluster0.ab12c.mongodb.net/prod",
     "mongodb+srv://app:R8%25kLz#q@cluster0.ab12c.mongodb.net/prod"),
    ("缓存 rediss://default:Zx9!pQ@w#4@cache.foo.io:6380 连不上", "rediss://default:Zx9!pQ@w#4@cache.foo.io:6380"),
    ("连接串 mysql://root:Hk29#xLq@10.0.0.5:3306/app，帮我看看", "mysql://root:Hk29#xLq@10.0.0.5:3306/app"),
])
def test_url_passwords_with_url_special_characters_end_at_the_last_at_sign(text: str, expected: str) -> None:
    assert (SECRET, expected) in found(text)


@pytest.mark.parametrize("text", ["see http://localhost:3000/users/bob@example.com for the page",
                                  "https://example.com:8443/profile/@alice is my profile"])
def test_a_port_and_path_before_an_at_sign_are_no_password(text: str) -> None:
    assert [e for e in SecretDetector().detect(text) if e.type == SECRET] == []


def test_detectors_that_need_digits_find_nothing_in_a_text_without_one():
    """PatternDetector skips them on texts without a digit: that must drop nothing they would find."""
    from importlib import resources

    from hybridai.routing.detectors import normalize_digits

    texts = ["Call me on +44 seven seven double-oh", "IBAN DE eighty-nine", "my SSN is on file", "卡号一二三四",
             "电话：一三八零零一三八零零零"]
    for name in ("router_dev.jsonl", "router_probe12.jsonl", "router_probe13.jsonl"):
        with (resources.files("hybridai.data") / name).open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines]
    gated = [d for d in PatternDetector()._detectors if d.needs_digits]
    assert {d.name for d in gated} == {"prc_id", "bank_card", "iban", "us_ssn", "phone"}
    without_digits = [(text, normalize_digits(text)) for text in texts
                      if not any(c.isascii() and c.isdigit() for c in normalize_digits(text))]
    assert len(without_digits) > 500
    for detector in gated:
        assert not [text for text, norm in without_digits if detector.scan(norm, text)], detector.name


@pytest.mark.parametrize("text, expected", [
    ('KeePass export row: "Prod Bastion","root","Baiyun-huangshan74","ssh bastion-02"', ["Baiyun-huangshan74"]),
    ("Bitwarden export:\nPersonal,0,login,AWS root,,,,https://aws.amazon.com,ops@corp.io,Tr0ub4dor&3,",
     ["Tr0ub4dor&3"]),
    ("name,url,username,password\nGitHub,https://github.com,octo,hunter22\nGmail,https://mail.google.com,me@x.com,Qw!rty99",
     ["hunter22", "Qw!rty99"]),
    ("账号\t密码\t备注\nadmin\tXk93aa71\t测试机", ["Xk93aa71"]),
    ("VPN profile: server 210.251.116.77, PSK huangshan2261@ — write the setup steps", ["huangshan2261@"]),
    ("the pre-shared key is Xk93-aa71, wifi key: Lx2024#home", ["Xk93-aa71", "Lx2024#home"]),
])
def test_passwords_in_exported_rows_and_shared_keys_are_secrets(text, expected):
    assert [f for f in found(text) if f[0] == SECRET] == [(SECRET, value) for value in expected]


@pytest.mark.parametrize("text", ["what is PSK mode in WPA2", "passkey support in chrome", "a,b,c\n1,2,3 pass rate",
                                  "title,user,password\nexample,foo,<your-password>",
                                  "1Password vs Bitwarden: which one, and why"])
def test_password_words_without_a_value_are_no_secrets(text):
    assert not [f for f in found(text) if f[0] == SECRET]


@pytest.mark.parametrize("text", ["护照号写成了G1234567，系统说位数不对，是少了一位吗",
                                  "护照号写成了E1234567，少了一位，签证会被拒吗",
                                  "my passport number G7654321 is one digit short, what now?"])
def test_a_passport_number_the_writer_says_is_a_digit_short_is_a_near_miss(text):
    assert not [f for f in found(text) if f[0] == PASSPORT]


@pytest.mark.parametrize("text, expected", [
    # a password column named by an abbreviation or a compound, in any separator
    ("user_id,login,pwd_plain\n10231,zhaojl,harbor0795!\n10232,mfarouk,%vQ_rjr81VCVR1tb",
     ["harbor0795!", "%vQ_rjr81VCVR1tb"]),
    ("uid|user|db_passwd|host\n1|ops|Kx93!aa71|db1", ["Kx93!aa71"]),
    ("id;username;passwd_cleartext\n1;li;Qw3rty!99", ["Qw3rty!99"]),
    ("工号,姓名拼音,明文密码\n1001,wangfang,Hz2024@wf", ["Hz2024@wf"]),
    # curl -u user:password whose password holds a dot
    ("curl -u svc_report:Zephyr484.k16 https://jira.kestrel-analytics.io/rest/api/2/search", ["Zephyr484.k16"]),
    ("password = Winter2024.Q1", ["Winter2024.Q1"]),
    # a header's name and its value as two fields of one exported record (Postman, HAR, Insomnia, k8s env)
    ('"header": [{"key": "X-API-Key", "value": "e94587832add053024931f83dcf310ff"}]',
     ["e94587832add053024931f83dcf310ff"]),
    ('{"name": "Authorization", "value": "Bearer 9fA2kq0ZpLm83nXw7Tq1"}', ["9fA2kq0ZpLm83nXw7Tq1"]),
    ('{"key": "Ocp-Apim-Subscription-Key", "value": "3b7c1e9f0a2d4c6e8b1f3a5c7e9d0b2f"}',
     ["3b7c1e9f0a2d4c6e8b1f3a5c7e9d0b2f"]),
    ("env:\n  - name: DB_PASSWORD\n    value: Hk93!qpLm22", ["Hk93!qpLm22"]),
])
def test_password_columns_dotted_passwords_and_named_header_values_are_secrets(text, expected):
    assert [f for f in found(text) if f[0] == SECRET] == [(SECRET, value) for value in expected]


@pytest.mark.parametrize("text", [
    "id,email,password_hash\n1,a@b.com,5f4dcc3b5aa765d61d8327deb882cf99\n2,c@d.com,e10adc3949ba59abbe56e057f20f883e",
    "name;hashed_password;role\nbob;x9Kd82jsAq;admin\nann;p0Qz81mmLa;dev",
    '{"key": "Content-Type", "value": "application/json"}', '{"key": "X-API-Key", "value": "{{apiKey}}"}',
    "password=config.db_password", "password = settings.DB_PASSWORD", "cursor.execute(sql, %s) with password=%s",
])
def test_hash_columns_variables_and_ordinary_headers_are_no_secrets(text):
    assert not [f for f in found(text) if f[0] == SECRET]


@pytest.mark.parametrize("token", [
    "github_pat_11A5hVFo7UQItxZWxP55r2yw0KyrfQbdI2neYH2",  # shorter than the documented 82 characters
    "ghp_Ab12Cd34Ef56Gh78Ij90Kl", "gho_9fKq2LmX7pRt4VwY8zBn3c", "glpat-xY7kP2mQ9vR4tL8wZ3nB",
    "xoxb-2048-11Ab9cD7eF", "sk-proj-Ab3dE5fG7hJ9kL1mN3pQ", "AKIAIOSFODNN7EXAMPL3",
    "hf_Kq8mZ2xR4tV7pL9nW3yB5cD1", "npm_Q7wE9rT2yU4iO6pA8sD1fG3h", "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4",
])
def test_truncated_tokens_of_every_known_prefix_are_secrets(token):
    # every prefix the token pattern knows has a hint that lets the scan run (github_pat_ holds no "gh")
    for text in (f"同事发我的 token {token}，push 的时候报错", f"is {token} still valid?"):
        assert (SECRET, token) in found(text)


@pytest.mark.parametrize("text, address", [
    ("服务器fd5c:dbf2:7651::d8ping不通，帮我排查", "fd5c:dbf2:7651::d8"),
    ("IP是2408:8207:24a1::1吗", "2408:8207:24a1::1"),
    ("节点2a02:6b8:0:1::2a上的服务挂了", "2a02:6b8:0:1::2a"),
    ("ssh to 2606:4700:4700::64then retry", "2606:4700:4700::64"),
])
def test_ipv6_glued_to_words_and_chinese_is_found(text, address):
    assert (IP_ADDRESS, address) in found(text)


@pytest.mark.parametrize("text", [
    "std::vector<int> a; ab::c1x", "fe80::1x is link-local", "文档地址2001:db8::1ping不通", "mac 00:1a:2b:3c:4d:5e ok",
])
def test_code_short_hex_pairs_and_documentation_addresses_are_no_ip(text):
    assert not [f for f in found(text) if f[0] == IP_ADDRESS]


@pytest.mark.parametrize("text, number", [
    ("Found 445559954 in a support ticket attachment, what's the incident process?", "445559954"),
    ("日志里发现了 445559954，怎么处理", "445559954"),
    ("A customer's 445559954 leaked in the log", "445559954"),
    ("someone posted 512408813 in the public channel", "512408813"),
])
def test_nine_bare_digits_found_in_a_file_or_leaked_are_ssns(text, number):
    assert (US_SSN, number) in found(text)


@pytest.mark.parametrize("text", [
    "We found order 445559954 in the queue", "found 445559954 rows in the table",
    "Build #402002518 failed on the runner, found nothing", "Found ticket 445559954 in the backlog",
    "found 000123456 in file", "工单号 445559954 里发现了问题", "leaked amount 445559954 dollars",
])
def test_labelled_counted_or_invalid_nine_digit_numbers_found_are_no_ssns(text):
    assert not [f for f in found(text) if f[0] == US_SSN]


@pytest.mark.parametrize("text, secret", [
    ("for the record the wifi pass in the 5th floor meeting room is ITYD8011fdok% since last week", "ITYD8011fdok%"),
    ("pw at the lake house is Lakeside#2291, don't share", "Lakeside#2291"),
    ("the password on the staging box is Kq7!vR2mZp now", "Kq7!vR2mZp"),
    ("Redis 在10.236.68.207:6379，requirepass 设置的yinhe6762K，应用连不上", "yinhe6762K"),
    ("路由器密码配的是Qwe123!@#，登不上", "Qwe123!@#"),
    ("DB_PASSWORD 设的是 Hx82!kLmq9 吧", "Hx82!kLmq9"),
])
def test_passwords_named_with_a_place_between_or_set_with_a_chinese_participle(text: str, secret: str) -> None:
    assert (SECRET, secret) in found(text)


@pytest.mark.parametrize("text", [
    "the pass rate is 95% this term", "boarding pass is in my email", "the pass in the mountains is closed today",
    "the password in the vault is the one we agreed", "密码用的什么算法", "密码设置的规则是什么",
])
def test_pass_rates_boarding_passes_and_password_rules_are_not_secrets(text: str) -> None:
    assert not [f for f in found(text) if f[0] == SECRET]


@pytest.mark.parametrize("text, secret", [
    ("DB_HOST=pg-02\nDB_PASSWORD=mangomango12?\nREDIS_URL=redis://cache:6379/0", "mangomango12?"),
    ("$ mysql -h db.internal -u report_ro -pcobaltmaple46? -e 'select 1'", "cobaltmaple46?"),
    ("redis-server /etc/redis.conf --requirepass lakeSunny75? --port 6379", "lakeSunny75?"),
    ("psql --password Tundra42? -h db", "Tundra42?"),
])
def test_a_shell_argument_or_config_value_keeps_its_final_question_mark(text: str, secret: str) -> None:
    assert (SECRET, secret) in found(text)


@pytest.mark.parametrize("text, entity", [
    ("Hotel in Osaka needs my passport no. for check-in, it's 609660459 (UK). write an email", (PASSPORT, "609660459")),
    ("the airline wants my passport number for the booking form — it is X1234567, thanks", (PASSPORT, "X1234567")),
    ("I need my passport details for the hotel: 512345678", (PASSPORT, "512345678")),
    ("pre-approval with 890-01-5348 as mine and my wife's is 114330132 — proofread it", (US_SSN, "114330132")),
    ("Tax preparer emailed me asking to confirm my social: 145223519. is it normal", (US_SSN, "145223519")),
    ("her social is 223456789, can you fill the W-9", (US_SSN, "223456789")),
    ("the SSN field for my son, it's 321547698", (US_SSN, "321547698")),
])
def test_a_bare_number_answering_its_keyword_later_in_the_sentence(text: str, entity: tuple[str, str]) -> None:
    assert entity in found(text)


@pytest.mark.parametrize("text", [
    "my passport expires soon. My order number is 123456789",
    "passport renewal form asks for my phone, it's 415555012",
    "SSN 890-01-5348. Call me at 212555012 tomorrow",
    "my social media handle is 123456789",
    "passport office: booking reference is 623456789",
])
def test_other_numbers_near_a_passport_or_ssn_keyword_stay_unreported(text: str) -> None:
    assert [f for f in found(text) if f[0] in (PASSPORT, US_SSN)] in ([], [(US_SSN, "890-01-5348")])


@pytest.mark.parametrize("text, value", [
    ("[03:11:10] export DEPLOY_KEY=79ebe2e73a3cf8af90feceed27e5f5c6cabed0d8",
     "79ebe2e73a3cf8af90feceed27e5f5c6cabed0d8"),
    ("WEBHOOK_KEY: 'a8F3kLq92Zx7Pw1mN0bVc4Rt'", "a8F3kLq92Zx7Pw1mN0bVc4Rt"),
    ("set SSH_DEPLOY_KEY=9f8e7d6c5b4a39281716aabbccddeeff0011", "9f8e7d6c5b4a39281716aabbccddeeff0011"),
    ("license.key = 7Hq2Lm9Xc4Vb8Nz1Pw6Rt3Ys", "7Hq2Lm9Xc4Vb8Nz1Pw6Rt3Ys"),
])
def test_generated_key_material_under_any_key_name_is_a_secret(text: str, value: str) -> None:
    assert (SECRET, value) in found(text)


@pytest.mark.parametrize("text", [
    "COMMIT_KEY=79ebe2e73a3cf8af90feceed27e5f5c6cabed0d8", "cache_key=79ebe2e73a3cf8af90feceed27e5f5c6cabed0d8",
    "GIT_SHA_KEY=79ebe2e73a3cf8af90feceed27e5f5c6cabed0d8", "primary_key=user_id", "sort_key=created_at_2024",
    "PUBLIC_KEY=79ebe2e73a3cf8af90feceed27e5f5c6cabed0d8", "commit=79ebe2e73a3cf8af90feceed27e5f5c6cabed0d8",
    "idempotency_key=8f14e45fceea167a5a36dedd4bea2543",
])
def test_hashes_and_lookup_keys_under_key_names_stay_unreported(text: str) -> None:
    assert [f for f in found(text) if f[0] == SECRET] == []


@pytest.mark.parametrize("text, address", [
    ("这个IP220.159.70.152是哪个地区的", "220.159.70.152"), ("查一下ip8.8.4.4的归属地", "8.8.4.4"),
    ("服务器IP10.20.30.40连不上", "10.20.30.40"),
])
def test_ipv4_glued_after_the_word_ip(text: str, address: str) -> None:
    assert (IP_ADDRESS, address) in found(text)


@pytest.mark.parametrize("text", ["versionv1.2.3.4", "zip1.2.3.4 archive", "abc1.2.3.4"])
def test_ipv4_glued_after_other_letters_stays_unreported(text: str) -> None:
    assert [f for f in found(text) if f[0] == IP_ADDRESS] == []


@pytest.mark.parametrize("text, value", [
    ("fyi the wifi for the visitors room changed, pass for 'Guest-5F' is bj8163@@PIH now", "bj8163@@PIH"),
    ("the wifi pw for the visitors room is Lanshi!2025!", "Lanshi!2025!"),
    ('the password for "Office-Guest" is Tr0ub4dor&3', "Tr0ub4dor&3"),
    ("VPN pass for the contractor account is now hK29#xLm", "hK29#xLm"),
    ("pw for the 3F printer admin was changed to Admin#2291x", "Admin#2291x"),
    ("password for the staging db is still Rk8!vv2P", "Rk8!vv2P"),
    ("访客wifi密码改成了 Kx82!pq 了", "Kx82!pq"),
    ("访客网络的密码现在是 Hz_2025guest", "Hz_2025guest"),
    ("door code for the lab is now 4471#", "4471#"),
    ("gate code: 2580*", "2580*"),
    ("the keypad code for unit 4B is 90317", "90317"),
    ("门禁密码改成了 4471#，别外传", "4471#"),
])
def test_a_password_or_access_code_stated_in_a_sentence_is_a_secret(text: str, value: str) -> None:
    assert (SECRET, value) in found(text)


@pytest.mark.parametrize("text", [
    "Your password for <site> is <password>",
    "the password for your account is your-password",
    "the password for the demo is changeme123",
    "the pass for the gym is 12 dollars",
    "password for the wifi is on the back of the router",
    "the password is now required to be 12 characters",
    "The door code is incorrect, try again",
    "the door code for the lab is in the onboarding doc",
    "the zip code for the lab is 94107",
    "error code for the lab is 4471",
    "the gate code is 1234 in the example config",
])
def test_prose_about_passwords_and_codes_holds_no_secret(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == SECRET]


@pytest.mark.parametrize("text", [
    "SSA letter says 821866655 has a name mismatch, what do I do",
    "Social Security Administration flagged 821866655 as not matching my name",
    "got a letter from the social security office about 821866655, is it a scam?",
    "my W-2 shows 821866655 but that's my old number",
    "821866655 — the SSA says this number doesn't match the name on file",
    "美国社安局来信说 821866655 和我的名字对不上，怎么办",
    "the I-9 form lists 821866655 for her, can you double check",
])
def test_nine_digits_named_by_the_ssa_or_tax_papers_are_an_ssn(text: str) -> None:
    assert (US_SSN, "821866655") in found(text)


@pytest.mark.parametrize("text", [
    "SSA case number 821866655, please call back",
    "the SSA processed 123456789 claims last year",
    "the Social Security Administration budget grew by $821866655 this year",
    "SSA office hours are 9 to 5. Order 821866655 shipped yesterday",
])
def test_other_numbers_near_the_ssa_are_no_ssn(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == US_SSN]


@pytest.mark.parametrize("text, numbers", [
    ("French colleague's passport 91VW57856, Canadian one PE869933 — hotel needs both",
     ["91VW57856", "PE869933"]),
    ("passports: 91VW57856 (FR) and PE869933 (CA)", ["91VW57856", "PE869933"]),
    ("护照号 K12345678，另一个是 P7654321", ["K12345678", "P7654321"]),
    ("passport numbers 533219871 and 472019385 for the two kids", ["533219871", "472019385"]),
    ("his passport is TK1234567 and hers is TR7654321", ["TK1234567", "TR7654321"]),
    ("my passport C01X00T47, the other one is C4J7N2K91", ["C01X00T47", "C4J7N2K91"]),
])
def test_a_second_passport_listed_after_the_first_is_a_passport(text: str, numbers: list[str]) -> None:
    assert [value for kind, value in found(text) if kind == PASSPORT] == numbers


@pytest.mark.parametrize("text, other", [
    ("passport 91VW57856, and my phone is 415555012", "415555012"),
    ("passport 91VW57856; the flight is CA1234567", "CA1234567"),
    ("passport 91VW57856 expires 2031, booking ref AB1234567", "AB1234567"),
])
def test_a_number_named_as_something_else_after_a_passport_is_not_one(text: str, other: str) -> None:
    assert (PASSPORT, other) not in found(text)


@pytest.mark.parametrize("text", ["IPv6 的 fd00::/8 是什么地址段？", "fe80::/10 is link-local, right?",
                                  "FC00::/7 vs 10.0.0.0/8", "ff00::/8 多播地址的作用"])
def test_standard_ipv6_blocks_are_ranges_not_addresses(text: str) -> None:
    assert IpAddressDetector().detect(text) == []


@pytest.mark.parametrize("text, address", [
    ("fd00::1 is my router", "fd00::1"), ("our subnet is 2a02:1810:4d02::/48", "2a02:1810:4d02::"),
    ("server fe80::1a2b:3c4d:5e6f:7a8b/64 dropped", "fe80::1a2b:3c4d:5e6f:7a8b"),
])
def test_an_ipv6_host_or_own_subnet_is_still_an_address(text: str, address: str) -> None:
    assert [e.text for e in IpAddressDetector().detect(text)] == [address]


@pytest.mark.parametrize("text, cards", [
    ("csv 里有一列 card：\n1001,6222 0232 0224 1270\n1002,4111 1111 1111 1111\n只保留后四位",
     ["6222 0232 0224 1270", "4111 1111 1111 1111"]),
    ("id,card\n1001,5500-0000-0000-0004\n", ["5500-0000-0000-0004"]),
    ("2024-01-03,4111111111111111,paid", ["4111111111111111"]),
    ("7;5500 0000 0000 0004;ok", ["5500 0000 0000 0004"]),
    ("order_id,amount,card\n88213,129.00,4111 1111 1111 1111", ["4111 1111 1111 1111"]),
])
def test_a_card_in_a_field_after_a_numeric_field_is_a_card(text: str, cards: list[str]) -> None:
    assert [t for kind, t in found(text, BankCardDetector()) if kind == BANK_CARD] == cards


@pytest.mark.parametrize("text", [
    "revenue was 4,111,111,111,111,111 yen",  # thousands groups: exactly three digits after each comma
    "total 1,234,567 and 4,111 111 111 111 1",
    "pi is about 3,1415 9265 3589 7932",  # a decimal comma then digit groups
])
def test_thousands_groups_and_decimal_commas_hold_no_card(text: str) -> None:
    assert not found(text, BankCardDetector())


@pytest.mark.parametrize("text, password", [
    ("heads up, the shared admin login for the ticketing tool is ops-admin / falcon@9859 until IT sets up SSO",
     "falcon@9859"),
    ("creds: svc_backup/Rk83-ppq! for the nas", "Rk83-ppq!"),
    ("the wiki login is now ops:Falcon#88", "Falcon#88"),
    ("just use admin/Winter2024! to log in", "Winter2024!"),
    ("vpn account: j.smith / Tundra-4417", "Tundra-4417"),
    ("账号是 admin / Hx@2024k，别外传", "Hx@2024k"),
    ("登录用 zhangsan/Qw12er34 就行", "Qw12er34"),
    ("用户名/密码：ops / Mx7!kk2a", "Mx7!kk2a"),
])
def test_a_login_given_as_a_user_and_password_pair_is_a_secret(text: str, password: str) -> None:
    assert (SECRET, password) in found(text, SecretDetector())


@pytest.mark.parametrize("text", [
    "the login page is TCP/IP based",
    "account: and/or both work",
    "login is src/components2 in the repo",
    "login: 2024/01/03",
    "account is admin/admin123 on the demo box",  # a sample login
    "sign in with google/Facebook2 accounts",
    "login flow is OAuth2/OIDC based",
    "use json/Protobuf3 to serialise the payload",
    "the login page is https://example.com/login2",
    "login is admin / password",
])
def test_a_slash_after_a_login_word_without_a_password_is_no_secret(text: str) -> None:
    assert not found(text, SecretDetector())


@pytest.mark.parametrize("text, ssn", [
    ("帮我核对这个社保号645257802格式对不对，美国那边要报税", "645257802"),
    ("社会安全码是 521447788，下周报税要用", "521447788"),
    ("她的社安码：645257802", "645257802"),
])
def test_nine_digits_after_a_chinese_name_for_the_ssn_are_an_ssn(text: str, ssn: str) -> None:
    assert (US_SSN, ssn) in found(text, UsSsnDetector())


@pytest.mark.parametrize("text", [
    "社保号 000123456 是测试数据",  # area 000: never issued
    "社保号码是 666123456",  # area 666: never issued
    "社保号6452578021234",  # inside a longer run of digits
])
def test_invalid_or_embedded_numbers_after_a_social_insurance_word_are_no_ssn(text: str) -> None:
    assert not found(text, UsSsnDetector())


@pytest.mark.parametrize("text", [
    "unit test: assert not is_valid_iban('CH78 0839 0600 2513 1179 1') — why does it pass?",
    "is_valid_iban('AT90 1400 0380 4608 2387') returns False",
    "refund to CH27 0839 0532 2580 3566 1 please",
    "退款IBAN：GB19 LOYD 0807 8245 9306 66",
])
def test_digit_groups_of_an_iban_shaped_token_are_no_phone(text: str) -> None:
    assert not [t for kind, t in found(text, PhoneDetector()) if kind == PHONE]


@pytest.mark.parametrize("text, phone", [
    ("DE89370400440532013000 0571 8765 4321", "0571 8765 4321"),  # after the IBAN's full length
    ("IBAN GB29 NWBK 6016 1331 9268 19, Tel 0300 2513 1179", "0300 2513 1179"),
    ("请拨打 0755 2513 1179", "0755 2513 1179"),
])
def test_a_phone_beside_an_iban_is_still_a_phone(text: str, phone: str) -> None:
    assert (PHONE, phone) in found(text, PhoneDetector())


@pytest.mark.parametrize("text", [
    "Card 4136 0471 8825 1420 was rejected at checkout with 'invalid number'",
    "The payment form rejected 5356 0617 2601 2772 — is the Luhn check what blocks it?",
    "卡号6259 0313 8095 9201输入后提示错误，是不是少了一位",
    "card 6259-0313-8095-9201-123 fails validation",
])
def test_the_tail_of_a_card_shaped_number_is_no_phone(text: str) -> None:
    assert not [t for kind, t in found(text, PhoneDetector()) if kind == PHONE]


@pytest.mark.parametrize("text, phone", [
    ("分机 801, 电话 0571 8765 4321", "0571 8765 4321"),
    ("room 12 0571 8765 4321 ok", "0571 8765 4321"),
])
def test_a_landline_after_a_short_number_is_still_a_phone(text: str, phone: str) -> None:
    assert (PHONE, phone) in found(text, PhoneDetector())


@pytest.mark.parametrize("text, password", [
    ("wifi密码：wh216506.  新来的同事问了好几次，我记一下", "wh216506."),
    ("访客wifi 口令：quartz95Copper. 帮我做个前台贴的小卡片", "quartz95Copper."),
    ("初始密码Qingdao1977.改了之后记得通知我", "Qingdao1977."),
])
def test_a_full_stop_before_chinese_text_is_the_passwords_own(text: str, password: str) -> None:
    assert (SECRET, password) in found(text, SecretDetector())


def test_a_full_stop_before_english_text_ends_the_sentence() -> None:
    assert (SECRET, "abc12345") in found("密码是 abc12345. Thanks", SecretDetector())


def test_a_labelled_documentation_sample_jwt_is_no_secret_but_a_labelled_real_one_is() -> None:
    def segment(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    header = segment({"alg": "HS256", "typ": "JWT"})
    sample = f"{header}.{segment({'sub': '1234567890', 'name': 'John Doe', 'iat': 1516239022})}.SflKxwRJSMeKKF2QT4fw"
    real = f"{header}.{segment({'sub': 'u_88213', 'role': 'admin', 'iat': 1716239022})}.Xk2pQ9vLm3RtY7wZ"
    for template in ("explain each part of this token: {}", "token={}", "Authorization: Bearer {}",
                     "这个 token: {} 是什么意思"):
        assert SecretDetector().detect(template.format(sample)) == [], template
        assert (SECRET, real) in found(template.format(real), SecretDetector()), template


@pytest.mark.parametrize("text, ssn", [
    ("lost my card, number is 707344934 — how do I request a replacement online?", "707344934"),
    ("I lost my card. Number is 521447893, can they mail a new one?", "521447893"),
    ("my card got stolen, the nine-digit number on it is 521447893. what now", "521447893"),
    ("need a replacement card, my number: 521447893", "521447893"),
    ("卡丢了，号码是521447893，怎么补办", "521447893"),
])
def test_nine_digits_given_as_the_number_of_a_lost_card_are_an_ssn(text: str, ssn: str) -> None:
    assert (US_SSN, ssn) in found(text, UsSsnDetector())


@pytest.mark.parametrize("text", [
    "lost my debit card, number is 521447893",
    "lost my library card, number is 521447893",
    "lost my card, order number is 521447893",
    "lost my card, tracking says 521447893",
    "new card arrived, call 521447893",
    "lost my card, number is 000123456",
    "lost my SIM card, my number is 521447893",
    "银行卡丢了，号码是521447893",
])
def test_other_cards_and_numbers_after_a_lost_card_are_no_ssn(text: str) -> None:
    assert not [e for e in UsSsnDetector().detect(text) if e.type == US_SSN]


@pytest.mark.parametrize("text, secret", [
    ("邮箱客户端配置 SMTP 要授权码，我的是 cabwrabfrndxsmsg，端口填 465 还是 587？", "cabwrabfrndxsmsg"),
    ("我的授權碼是 qhtwzplkmrvbsnye，Outlook 一直提示錯誤", "qhtwzplkmrvbsnye"),
    ("my gmail app password is vqkd mzpt rjxa hwbn, why does outlook reject it?", "vqkd mzpt rjxa hwbn"),
    ("vqkd-mzpt-rjxa-hwbn 是 iCloud 的 app-specific password", "vqkd-mzpt-rjxa-hwbn"),
    ("Thunderbird keeps asking; I pasted the application-specific password bnrviymhwdjlomkx", "bnrviymhwdjlomkx"),
    ("163邮箱的客户端专用密码 trvkqzmhdwplxsny 填在哪里", "trvkqzmhdwplxsny"),
])
def test_app_passwords_beside_their_kind_are_secrets(text: str, secret: str) -> None:
    assert [e.text for e in SecretDetector().detect(text)] == [secret]


@pytest.mark.parametrize("text", [
    "QQ邮箱授权码怎么获取？格式是 abcd efgh ijkl mnop 吗",
    "授权码填 xxxxxxxxxxxxxxxx 就行吗",
    "app password looks like abcdefghijklmnop, where do I paste it?",
    "Use an app password: yourapppasswordx",
    "how do I create a Gmail app password for SMTP?",
    "the tracking id is qhtwzplkmrvbsnye",
])
def test_app_password_placeholders_and_unnamed_letter_runs_are_no_secret(text: str) -> None:
    assert SecretDetector().detect(text) == []
