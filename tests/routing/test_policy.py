"""Router policy: what makes a request sensitive, reasons, history, allow-list, keywords."""

from __future__ import annotations

import pytest

from hybridai.config import RoutingSettings
from hybridai.errors import ConfigError
from hybridai.routing.policy import CACHED_TEXT_CHARS, Router, with_fallback
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


# -- names, addresses, the classifier, tenants (spec v2) --------------------------------------

class _FixedScorer:
    """A classifier stand-in with known scores, to test the policy around it."""

    threshold = 0.5

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores

    def score(self, text: str) -> float:
        return self.scores.get(text, 0.0)


@pytest.mark.parametrize("text, reason", [
    ("下属李娜这个季度绩效打了C，帮我写个面谈提纲", "sensitive_entity: PERSON x1"),
    ("帮我给李娜写一封生日贺卡", "sensitive_entity: PERSON x1"),
    ("Ship the laptop to 1600 Amphitheatre Pkwy, Apt 4B, Mountain View, CA 94043", "sensitive_entity: ADDRESS x1"),
    ("我爸上周确诊了早期肺癌，帮我写个请假条", "confidential_topic: medical (确诊)"),
])
def test_private_people_addresses_and_health_are_sensitive(router, text, reason):
    decision = router.decide_text(text)
    assert decision.sensitive and reason in decision.reasons


@pytest.mark.parametrize("text", [
    "马云说过哪些关于创业的名言？",
    "孙悟空和猪八戒谁更厉害？",
    "Use Alice and Bob to explain public-key encryption.",
    "Write a short bio of Barack Obama.",
    "华为去年已经发布的年报里营收是多少？",
    "Is sick-leave information sensitive personal data under PIPL?",
])
def test_public_fictional_placeholder_names_and_general_questions_go_to_the_cloud(router, text):
    decision = router.decide_text(text)
    assert not decision.sensitive, decision.reasons


@pytest.mark.parametrize(("text", "sensitive"), [
    # a secrecy keyword in a question about what a concept means names the concept; with our material it marks it
    ("What counts as a trade secret under the DTSA?", False),
    ("保密协议和竞业协议有什么区别？", False),
    ("机密和绝密两个密级怎么区分", False),
    ("Is our pricing model a trade secret? The attached sheet has the formulas.", True),
    ("这份方案属于商业秘密，帮我润色一下", True),
    # comparing concepts or asking what the law says of them
    ("商业秘密和专利保护各有什么优缺点", False),
    ("商业秘密的保护期限是多久", False),
    ("How does trade secret protection work?", False),
])
def test_secrecy_keywords_in_concept_questions(router, text, sensitive):
    assert router.decide_text(text).sensitive is sensitive, text


def test_orgs_are_masked_not_private(router):
    decision = router.decide_text("Draft an inquiry to Quarry Hill Foods Inc about lead times.")
    assert not decision.sensitive and "maskable_entity: ORG x1 (masked before the cloud)" in decision.reasons
    assert router.mask("Draft an inquiry to Quarry Hill Foods Inc about lead times.").text == \
        "Draft an inquiry to <ORG_1> about lead times."


def test_the_classifier_score_is_a_reason_and_scoring_is_separate_from_deciding():
    scorer = _FixedScorer({"quiet numbers": 0.7, "harmless": 0.2})
    router = Router.from_settings(RoutingSettings(ner=False), classifier=scorer)
    assert router.threshold == 0.5
    decision = router.decide_text("quiet numbers")
    assert decision.sensitive and decision.reasons[0] == \
        "classifier: confidential content, score 0.700 >= threshold 0.500"
    low = router.decide_text("harmless")
    assert not low.sensitive and "classifier: score 0.200 < threshold 0.500" in low.reasons
    assessment = router.assess([Message("user", "quiet numbers")])
    assert assessment.scores == (0.7,)
    assert not router.decide_assessment(assessment, threshold=0.8).sensitive  # same scores, another threshold
    assert Router.from_settings(RoutingSettings(ner=False, classifier_threshold=0.75),
                                classifier=scorer).decide_text("quiet numbers").route is Route.CLOUD


def test_a_classified_history_message_keeps_the_conversation_private():
    router = Router.from_settings(RoutingSettings(ner=False), classifier=_FixedScorer({"the deal terms": 0.9}))
    decision, _ = router.decide([Message("user", "the deal terms"), Message("assistant", "ok"),
                                 Message("user", "now a poem")])
    assert decision.sensitive and "history: an earlier message of this conversation is sensitive" in decision.reasons


def test_tenant_additions_apply_only_to_that_tenant():
    settings = RoutingSettings(tenants={
        "acme": {"extra_keywords": ["Project Kestrel"], "public_names": ["Dana Whitfield"],
                 "allow_list": ["Acme Widgets Inc"], "classifier_threshold": 0.99}})
    router = Router.from_settings(settings)
    assert not router.decide_text("Status of Project Kestrel?").sensitive
    assert router.decide_text("Status of Project Kestrel?", tenant="acme").sensitive
    quote = "Draft a quote from our CEO Dana Whitfield for the launch post."
    assert router.decide_text(quote).sensitive and not router.decide_text(quote, tenant="acme").sensitive
    assert router.mask("Write to Acme Widgets Inc").text == "Write to <ORG_1>"
    assert router.mask("Write to Acme Widgets Inc", tenant="acme").text == "Write to Acme Widgets Inc"  # its own name
    assert router.for_tenant("acme") is router.for_tenant("acme") and router.for_tenant("other") is router
    assert router.for_tenant("acme").threshold == 0.99
    assert router.for_tenant("acme").classifier is router.classifier  # models are shared, not reloaded


def test_unknown_tenant_keys_are_config_errors():
    from hybridai.config import load_settings

    with pytest.raises(ConfigError, match="routing.tenants.acme.extra_keyword"):
        load_settings({"routing": {"tenants": {"acme": {"extra_keyword": ["x"]}}}})


@pytest.mark.parametrize("text, topic", [
    ("先别声张，华南区下个月要撤掉两个门店，帮我拟个通知", "confidential_topic: secrecy"),
    ("Heads up: we're going to close the Leeds warehouse in spring. Draft the FAQ.",
     "confidential_topic: planned_cuts"),
    ("这次收购报价的底线是不超过6个亿，帮我准备谈判提纲", "confidential_topic: negotiation"),
    ("My husband's MRI came back and the neurologist wants a second scan. What should we ask?",
     "confidential_topic: medical"),
    ("新品发布定在四月十八号，价格准备比上一代低五百，这个节奏先别让渠道知道", "confidential_topic: secrecy"),
    ("We're moving the launch to May 3 and cutting the price by $50 — don't let the dealers know yet",
     "confidential_topic: secrecy"),
])
def test_confidential_content_said_without_keywords_is_sensitive(router, text, topic):
    decision = router.decide_text(text)
    assert decision.sensitive and any(r.startswith(topic) for r in decision.reasons)


@pytest.mark.parametrize("text", [
    "List the planets in order.",
    "What's the difference between a mutex and a semaphore?",
    "Summarise the plot of Pride and Prejudice in three sentences.",
    "帮我写一首关于春天的诗",
    "我们在给同事准备惊喜生日会，先别让他知道，帮我想个主题",
    "News says a rival is closing two plants next year; summarise the coverage.",
    "Can a manager read an employee's Slack DMs without telling them?",
    "Don't tell me the ending of the movie",
    "Before we announce the new feature, what should the landing page say?",
])
def test_short_general_prompts_and_harmless_secrets_go_to_the_cloud(router, text):
    assert not router.decide_text(text).sensitive


# Confidential content without identifiers, by class, in phrasings no development file holds:
# our figures against what we told others, a fact misstated or held back, a counterparty's terms
# and our limit, staff matters, a relative's health; and the general questions on the same topics.
@pytest.mark.parametrize("text", [
    "这个季度我们的退款率涨到了7%，运营周报里还写的是3%，我该不该改过来",
    "我们 SaaS 的 NRR 只有 92%，融资材料上写的是 115%，投资人下周来做尽调",
    "客户的设备故障是我们固件的问题，但售后口径统一说是用户操作不当",
    "这次安全事件泄露了大约三千条客户手机号，公关想等周末过了再发通告",
    "测试报告显示新版刹车系统在湿滑路面的制动距离超标了12%，项目组想先量产再改",
    "跟物流商的年框合同里写的是每票 6.8 元，他们要涨到 7.5，我们的底线是 7.1",
    "研发负责人私下说他在和竞品谈，开出的条件比我们高一倍",
    "帮我润色：经管理层讨论，华南大区将于明年一月并入华东大区，原华南负责人另有安排。",
    "The field failures are a firmware bug on our side, but support is telling customers it's user error.",
    "Our head of engineering is talking to a rival who offered double his pay.",
    "The plant manager wants me to sign off on the safety inspection even though two extinguishers are expired.",
    "Due to the pending acquisition, all hiring in APAC is paused until the deal closes. Translate it to Chinese.",
    "One of our senior designers told me in confidence she's interviewing elsewhere.",
    "My husband's scan showed a shadow on his liver and they want a contrast CT.",
])
def test_confidential_content_by_class_is_sensitive(router, text):
    assert router.decide_text(text).sensitive, text


@pytest.mark.parametrize("text", [
    "退款率一般怎么计算？",
    "NRR 和 GRR 有什么区别？",
    "售后客服话术怎么写得更专业？",
    "数据泄露后多久内必须通知用户？法律规定是什么",
    "薪资谈判有哪些技巧？",
    "What's a healthy renewal rate for B2B SaaS?",
    "How should an employer support an employee with panic attacks? General advice.",
    "What are common red flags of procurement fraud?",
    "What does a shadow on a liver scan usually mean?",
    "I'm applying for a data analyst role at Spotify. Help me tailor my CV.",
    # a topic keyword in a question about how others handle a practice
    "工资条要不要列出加班明细，其他公司都是怎么做的？",
    "How do other companies handle payroll mistakes they find after payday?",
])
def test_general_questions_on_the_same_topics_go_to_the_cloud(router, text):
    assert not router.decide_text(text).sensitive, text


def test_detection_is_remembered_per_text_and_callers_cannot_change_it():
    router = Router.from_settings(RoutingSettings())
    system = "You are hybridai, a helpful enterprise assistant. 你是一个有帮助的企业助手。请联系王伟华 13812345678"
    first = router.detect(system)
    first.clear()  # a caller's list is its own copy
    again = router.detect(system)
    assert again and again == router.detect(system)
    info = router._detect_cached.cache_info()
    assert info.hits == 2 and info.misses == 1
    long_text = "王伟华的电话是13812345678。" + "x" * CACHED_TEXT_CHARS
    assert router.detect(long_text) == router.detect(long_text)
    assert router._detect_cached.cache_info().misses == 1  # too long to keep: scanned each time
    with_tenant = Router.from_settings(RoutingSettings(tenants={"acme": {"allow_list": ["王伟华"]}}))
    assert any(e.type == "PERSON" for e in with_tenant.detect(system))
    tenant_router = with_tenant.for_tenant("acme")
    assert not any(e.type == "PERSON" for e in tenant_router.detect(system))  # a tenant's router keeps its own


@pytest.mark.parametrize(("text", "sensitive"), [
    # a keyword named as a word (a classification level, a definition) labels nothing
    ("信息安全制度里“秘密”和“机密”哪个级别更高？", False),
    ("In our data policy, is 'internal' or 'confidential' the stricter classification level?", False),
    ("什么是商业秘密？和专利保护有什么不同", False),
    ("What is a trade secret under US law?", False),
    # a keyword used as a label still marks the text
    ("机密：下季度的定价方案如下，帮我总结成三点", True),
    ("Confidential: Q3 numbers attached, summarise them for the board", True),
])
def test_keywords_named_as_terms_are_not_labels(router, text, sensitive):
    assert router.decide_text(text).sensitive is sensitive


@pytest.mark.parametrize(("text", "sensitive"), [
    # a pay keyword in a question about published or market-wide figures names a topic
    ("According to the latest national pay report, what's the average salary for teachers in Leeds?", False),
    ("统计局公布的数据里，IT 行业的平均薪资是多少？", False),
    # ... but someone's own figure is data
    ("Her salary is 96k; the market median for the role is 90k. Draft the raise memo.", True),
    # ratings of people and a deal of ours still ahead are confidential whoever is named
    ("Ratings for the promo committee: Lior exceeds, Ana meets, Bo below — one line each", True),
    ("“白鹭”那单定在下个月交割，买的是做冷链的那家，帮我捋一下交割清单", True),
])
def test_published_figures_ratings_and_pending_deals(router, text, sensitive):
    assert router.decide_text(text).sensitive is sensitive, text


@pytest.mark.parametrize(("text", "sensitive"), [
    # a pay keyword naming a system or field in a troubleshooting question is about software
    ("our payroll API returns 500 when the employee id has a leading zero", False),
    ("薪资系统导出报错，提示字段长度超限，怎么回事？", False),
    ("the salary calculator in the HR portal won't accept decimals, how do I fix it?", False),
    ("The salary slip PDF generator outputs blank pages in Chrome, any fix?", False),
    ("Payroll software keeps crashing after the Windows update", False),
    # ... but a figure in it, or the pay itself, is data
    ("the payroll run for March has one engineer at $12,400 and it fails validation, why?", True),
    ("Payroll for the sales team this month: total $412k, please check the sums", True),
    ("the payroll file shows her salary is 9800, why does the system reject it?", True),
    ("payroll API import failed on row 7: net pay 61250 for the new hire, why?", True),
])
def test_pay_keywords_naming_a_system(router, text, sensitive):
    assert router.decide_text(text).sensitive is sensitive, text


@pytest.mark.parametrize(("text", "keyword"), [
    # a pay keyword naming a vendor or system being changed, or a kind of record in a data-rights question
    ("We're switching our payroll provider to Workday, write an FAQ for employees", False),
    ("We are moving payroll to a new vendor in March — draft an announcement for staff", False),
    ("Which payroll software should a 40-person startup choose?", False),
    ("公司下个月要把薪资外包服务商换掉，帮我写一份给员工的通知", False),
    ("Can a former employee demand we delete all their data, including payroll records?", False),
    ("How long do we need to keep payroll records after someone leaves?", False),
    ("离职员工要求删除他的工资单记录，公司必须照办吗？", False),
    # ... but pay in it is data, and a record with a figure is a record
    ("We're switching payroll provider; note that Dana's salary is $96k and must carry over", True),
    ("delete the payroll record for row 12: net pay 61250", True),
    ("our payroll this month is $412k, keep the records for audit", True),
])
def test_pay_keywords_naming_a_vendor_or_a_kind_of_record(router, text, keyword):
    assert any(e.type == "KEYWORD" for e in router.detect(text)) is keyword, text


@pytest.mark.parametrize(("text", "keyword"), [
    # a salary range in a job ad is published; how a company should go about pay, asked with no figure, is general
    ("Write a job ad for a senior accountant, salary range £55–65k", False),
    ("帮我写个招聘启事，数据分析师，薪资15-25K", False),
    ("What's a fair way to run salary benchmarking for a startup?", False),
    ("How should a small business set up annual salary reviews?", False),
    # ... but a figure of someone's in the question is data
    ("What's a fair way to raise the salary of my report who earns $85k?", True),
    ("Job ad is ready, but my current salary is $70k — should I apply?", True),
])
def test_pay_keywords_in_job_ads_and_method_questions(router, text, keyword):
    assert any(e.type == "KEYWORD" for e in router.detect(text)) is keyword, text


def test_pay_keyword_in_negotiation_advice_is_general(router):
    assert not any(e.type == "KEYWORD" for e in router.detect(
        "What questions should I ask in a salary negotiation for my first job?"))


@pytest.mark.parametrize(("text", "keyword"), [
    # a pay word that is the wording of a suspected phishing or scam message: the lure, not our data
    ("这个邮箱ap.invoices@naver.com是不是钓鱼邮件？标题写着“您的工资单已更新”", False),
    ("这条短信说“您的年终奖已发放，点击领取”，是诈骗吗", False),
    ("Got an email with subject 'Action required: your payroll details' from a gmail address — phishing?", False),
    ("Is this a scam? The text says \"Your salary adjustment is pending, verify your account\"", False),
    # ... but our own loss to phishing, or a figure of someone's, is data
    ("我们财务被钓鱼邮件骗了，把全员工资单发给了骗子，我的工资8000也在里面", True),
    ("My salary is $95k and I got a phishing email titled 'salary review' — is it real?", True),
])
def test_pay_keywords_quoted_from_a_phishing_lure(router, text, keyword):
    assert any(e.type == "KEYWORD" for e in router.detect(text)) is keyword, text


@pytest.mark.parametrize(("text", "keyword"), [
    # a data-quality question about a value that cannot be real, in a file named by its kind
    ("Payroll file has 791-51-0000, serial all zeros. flag it?", False),
    ("工资单文件里有一列身份证号全是0，要不要标出来？", False),
    ("The payroll export has placeholder bank numbers like 0000-0000 — is that invalid?", False),
    # ... not a row with someone's pay or a long account number in it
    ("Payroll file row: net pay $4,120, account 6222020200112233 — flag it?", True),
])
def test_pay_keywords_in_a_data_quality_question(router, text, keyword):
    assert any(e.type == "KEYWORD" for e in router.detect(text)) is keyword, text


@pytest.mark.parametrize(("text", "keyword"), [
    # who may see a kind of record: a permission design, nobody's pay
    ("工资单在OA系统里谁能看？权限应该怎么设计", False),
    ("Who should be able to view salary history in our HRIS? Suggest a role-based access model", False),
    # ... unless something is held back or someone's figure is there
    ("工资单谁能看？我年终奖5万，先别声张", True),
])
def test_pay_keywords_in_an_access_design_question(router, text, keyword):
    assert any(e.type == "KEYWORD" for e in router.detect(text)) is keyword, text


@pytest.mark.parametrize("text, route", [
    # a pay keyword in a how-to question about a practice holds no one's pay
    ("What's the safest way to collect SSNs for payroll in a small company?", Route.CLOUD),
    ("Best practice for keeping payroll records secure in a 20-person company?", Route.CLOUD),
    ("小公司应该如何安全地保存员工的工资单？", Route.CLOUD),
    # ... someone's pay in it stays private
    ("Payroll for March: Anna Lee $8,200, Tom Burke $7,900 — please double check", Route.PRIVATE),
])
def test_pay_keywords_in_a_method_question(router, text, route):
    assert router.decide_text(text).route is route, text
