"""Router policy: what makes a request sensitive, reasons, history, allow-list, keywords."""

from __future__ import annotations

import pytest

from hybridai.config import RoutingSettings
from hybridai.errors import ConfigError
from hybridai.routing.policy import Router, with_fallback
from hybridai.types import Message, Route

PRC_ID = "440305198806122717"


@pytest.fixture
def router() -> Router:
    return Router.from_settings(RoutingSettings())


@pytest.mark.parametrize("text, route", [
    (f"身份证号{PRC_ID}请核对", Route.PRIVATE),
    ("退款到卡号 6228480046123456785", Route.PRIVATE),
    ("这份文件是内部资料，请帮我润色。", Route.PRIVATE),
    ("This memo is CONFIDENTIAL. Please shorten it.", Route.PRIVATE),
    ("api_key = 'sk-proj-4fG7hJ2kL9mN3pQ8rS5tV1wX6yZ0aB'", Route.PRIVATE),
    ("Reply to li.na@hengyuan-tech.cn about lunch.", Route.CLOUD),
    ("Explain the difference between TCP and UDP.", Route.CLOUD),
    ("订单号 202311230001234567 什么时候发货？", Route.CLOUD),
])
def test_routes(router, text, route):
    assert router.decide_text(text).route is route


def test_reasons_name_every_cause(router):
    decision = router.decide_text(f"机密：客户 {PRC_ID}，邮箱 li.na@hengyuan-tech.cn")
    assert decision.sensitive
    assert "sensitive_entity: PRC_ID x1" in decision.reasons
    assert "confidential_keyword: 机密" in decision.reasons
    assert decision.reasons[-1] == "policy: sensitive → private model only"
    assert {e.type for e in decision.entities} >= {"PRC_ID", "EMAIL", "KEYWORD"}


def test_maskable_only_request_lists_what_will_be_masked(router):
    decision = router.decide_text("Call 138-1234-5678 or mail li.na@hengyuan-tech.cn")
    assert not decision.sensitive
    assert "maskable_entity: EMAIL x1 (masked before the cloud)" in decision.reasons
    assert "maskable_entity: PHONE x1 (masked before the cloud)" in decision.reasons


def test_sensitive_history_makes_the_whole_context_private(router):
    decision, per_message = router.decide([Message("user", f"ID {PRC_ID}"), Message("assistant", "Noted."),
                                           Message("user", "Now write a poem.")])
    assert decision.route is Route.PRIVATE
    assert any(r.startswith("history:") for r in decision.reasons)
    assert decision.entities == ()  # entities of the last message only
    assert per_message[0].entities[0].type == "PRC_ID"


def test_policy_types_are_configurable():
    strict = Router.from_settings(RoutingSettings(private_entity_types=["PRC_ID", "PHONE"]))
    assert strict.decide_text("Call 138-1234-5678").route is Route.PRIVATE


def test_allow_list_and_extra_keywords():
    router = Router.from_settings(RoutingSettings(allow_list=["support@hengyuan-tech.cn"],
                                                  extra_keywords=["Project Falcon"],
                                                  extra_keyword_regexes=[r"\bHY-\d{4}-CONF\b"]))
    assert all(e.type != "EMAIL" for e in router.detect("Mail support@hengyuan-tech.cn"))
    assert router.decide_text("Status of project falcon?").sensitive
    assert router.decide_text("Ticket HY-2231-CONF is open").sensitive


def test_bad_keyword_regex_is_a_config_error():
    with pytest.raises(ConfigError, match="HY-"):
        Router.from_settings(RoutingSettings(extra_keyword_regexes=["(HY-"]))


def test_mask_hides_private_and_maskable_types(router):
    masked = router.mask(f"ID {PRC_ID}, mail li.na@hengyuan-tech.cn, 机密")
    assert masked.text == "ID <PRC_ID_1>, mail <EMAIL_1>, 机密"


def test_fallback_keeps_reasons_and_adds_why(router):
    decision = with_fallback(router.decide_text("hello"), "cloud backend not configured")
    assert decision.route is Route.PRIVATE and not decision.sensitive
    assert decision.reasons[-1] == "fallback: cloud backend not configured"


@pytest.mark.parametrize("text", [
    "HR和部门负责人以外不要传：P6平均上调8%",
    "领导说这事先别往外说：下个月要合并",
    "这份绩效结果只在管理层内部流转",
    "财报还没发布，先给你看下数据",
    "投标底价（保密）：6786万元",
    "Please don't forward this outside the team: we are closing the Austin office.",
    "Keep this within HR: the comp bands for L5 change next month.",
    "Board-only: the acquisition is expected to close at $295M.",
    "Before the announcement next Tuesday we cut 12% of headcount.",
])
def test_confidentiality_paraphrases_are_sensitive(router, text):
    assert router.decide_text(text).sensitive


@pytest.mark.parametrize("text", [
    "你不要说废话，直接回答。",
    "以上内容仅供参考，请以官方通知为准。",
    "我只在周末看邮件，怎么设置自动回复？",
    "Keep it within 100 words, please.",
    "What does GDPR say about storing credit card numbers?",
    "《个人信息保护法》对身份证号的收集有什么要求？",
])
def test_near_misses_are_not_sensitive(router, text):
    assert not router.decide_text(text).sensitive
