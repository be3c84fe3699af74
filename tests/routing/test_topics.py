"""TopicDetector: confidential content without identifiers, by class, in phrasings other than the
probe lines, and the look-alikes that must stay harmless."""

import pytest

from hybridai.routing.detectors import KeywordDetector, TopicDetector, is_general_question

CONFIDENTIAL = [
    # someone's own test results and what the doctor made of them
    "My dad's haemoglobin came back low and the consultant says he needs an iron infusion",
    "her blood test results show ferritin at 6; the GP thinks it's anaemia",
    "我妈的血常规出来了，医生说是缺铁性贫血，要吃多久铁剂？",
    "老婆孕检唐筛结果高风险，要不要做羊穿",
    # what goes round the office about someone's fall
    "小道消息：研发副总要被调岗，据说是事故的责任认定",
    "听说财务总监快被架空了，我们组要不要站队",
    "Word around the office is that our head of sales is being demoted after the missed quarter",
    "I heard the ops director was quietly pushed out over the outage; how do I talk to my team?",
    # concealment or misrepresentation of a fact
    "Q2退货率其实有12%，月报里要不要如实报给集团？",
    "事故原因是我们自己配置写错了，对外怎么解释比较好？",
    "质检没过，对外就说是物流延误",
    "这批设备实际是翻新的，可是合同里要写成全新",
    "真实工时只有两百小时，但结算单要报成三百小时",
    "今年的优秀员工评选其实早就内定了，投票只是走个形式",
    "招标结果已经内定给老供应商了，其他几家陪标怎么安排",
    # our own figure against the target, forecast or what we claimed
    "这个月实际回款只有计划的六成，老板还以为能完成",
    "新电池内测循环寿命只有标称的70%",
    "全年实际销量比给投资人的预测低了三成",
    "Our actual churn is twice what we put in the board deck, and the renewal is next week",
    "The real conversion rate was only 0.8% — not what we pitched to the Series B investors",
    "Q3 bookings came in way below what we told the bank",
    # secrecy without the usual keywords
    "Just between you and me, the Berlin office is being shut in spring.",
    "No one on the team knows yet that the project is being cancelled.",
    "I haven't told my manager that I'm pregnant and plan to take a long leave.",
    "The announcement goes out Thursday; until then help me draft the FAQ for managers.",
    "How do I walk the board through the miss without alarming them?",
    # deals, contracts and disputes with a counterparty
    "和供应商的年度框架合同单价是每件18元，对方要求涨到21元，怎么回",
    "这份合同里约定的违约金是合同额的30%，我们想砍到10%",
    "这份 MSA 里对方要求付款账期 90 天，我们打算压到 45 天",
    "对账发现 3 月份给华东物流的付款多付了 12,800 元",
    "The supplier wants us to extend the exclusivity to five years; we'd counter with two.",
    "We're sending a counter-offer at $1.9M tomorrow.",
    "Reconciling the March ledger: the wire to our Shenzhen vendor shows $84,200 but the PO says $48,200.",
    "我们准备起诉原销售总监带走客户名单",
    "前合伙人离职后挖走了三个核心工程师，能告吗",
    "We plan to sue our former head of sales for poaching the team.",
    # staff matters and findings about our own people or products
    "内审发现华南区有两个主管虚报差旅费，金额约二十万",
    "内部测试结果显示新版本崩溃率翻了三倍",
    "离职面谈时她说直属领导经常公开贬低下属",
    "The investigation uncovered that a buyer had been taking kickbacks from two vendors.",
    "Internal testing shows the new model hallucinates twice as often as the old one.",
    "In her exit interview she said the on-call rotation burned out the whole team.",
    "The merger talks fell through last night; the board meets tomorrow.",
    "I'm leaving to join a rival in March.",
    "和对方的并购谈崩了，员工那边还什么都不知道",
    "三期临床主要终点未达到，下周董事会讨论",
    "The trial missed its primary endpoint; draft the note for the board.",
    # held back from auditors, regulators or the team; acting before an approval; pay lists
    "这事先别跟财务讲，报销的问题我来处理",
    "给审计的说明里别提那两张补开的发票",
    "消防验收还没通过，但我们已经先开业了",
    "Our fire inspection hasn't been cleared, but we've already opened the store.",
    "Write to the regulator without mentioning the second incident.",
    "Bonus pool: sales $40k, engineering $25k, support $10k.",
    "老板说明天要宣布新的CEO，新闻稿先准备好",
    "We're in advanced talks with a logistics startup about an acquisition.",
    "我们公司正在和一家同行谈并购，帮我列尽调清单",
]

HARMLESS = [
    "What is a normal ferritin level for adults?",
    "How do I read a blood test report?",
    "Explain what HbA1c measures.",
    "听说被调岗的员工可以要求补偿吗？法律上怎么规定",
    "Write a story where a knight is demoted by the king",
    "The news says the carmaker's CFO was fired last week; summarise the coverage",
    "高血压患者平时饮食要注意什么",
    "糖尿病病人可以吃西瓜吗？",
    "合同范本里甲方写某某公司、乙方写某某，帮我把占位符统一一下",
    "How do I give feedback to a colleague without upsetting them?",
    "How do I explain thunderstorms to kids without scaring them?",
    "Nobody knows why the build fails on Fridays, any idea?",
    "What's the difference between us and a typical agency?",
    "The press release went out last week; summarise the coverage.",
    "帮我写一份对账单模板",
    "发票要开成专票还是普票？",
    "这张照片怎么调得看起来自然一点",
    "How do I push back on scope creep politely?",
    "Apple announced that merger talks fell through, according to the news.",
    "新闻说某药企三期临床主要终点未达到",
    "What is a counter-offer in salary negotiations?",
    "实际利率和名义利率有什么区别",
    "Explain real GDP versus nominal GDP.",
    "How should I structure an exit interview?",
    "这份合同模板里一般要约定哪些条款？",
    "先别急着提交代码，跑完测试再说",
    "What's the take-home pay on a $50k vs $60k salary in Texas?",
    "Pay ranges for data analysts in NYC are $70k to $95k according to Glassdoor.",
    "客户问我们怎么绕开审计，这是违法的吧？",
    "帮我写一篇新闻稿，介绍我们昨天已经发布的新品",
    "Apple is in talks to acquire a startup, according to the news.",
    "假设一家公司实际销量只有目标的80%，怎么做差异分析？",
]


@pytest.fixture(scope="module")
def detector() -> TopicDetector:
    return TopicDetector()


@pytest.mark.parametrize("text", CONFIDENTIAL)
def test_confidential_content_is_a_topic(detector: TopicDetector, text: str) -> None:
    assert detector.detect(text), text


@pytest.mark.parametrize("text", HARMLESS)
def test_look_alikes_are_not(detector: TopicDetector, text: str) -> None:
    assert detector.detect(text) == [], text


# Round 5 classes, in phrasings other than the probe lines: misconduct found in our own staff, an internal
# change still to be announced, the price a counterparty pays us; and their general look-alikes.
FOUND_OR_AHEAD = [
    "仓库主管昨天被抓到偷卖库存，老板让我先别声张，帮我写个处理流程",
    "出纳挪用了三十多万备用金，审计还没介入，我们该怎么补救",
    "采购上个月被举报收供应商的钱，调查结果出来之前怎么安排他的工作",
    "Our procurement lead was caught taking kickbacks from two vendors; how do we handle his exit?",
    "The branch manager was found to have backdated loan files. Draft a note for the risk committee.",
    "明天上午宣布两个事业部合并，帮我写主持词",
    "月底公布裁员名单之前，先帮我把沟通话术准备好",
    "On Monday we're announcing the reorg and engineering gets folded into product. Draft the memo.",
    "At Friday's all-hands we announce the restructuring of support; prepare talking points.",
    "Helios Grid is paying us $38/seat under the renewed agreement; model next year's revenue.",
    "续约后他们给我们的单价是每吨 4100，帮我算毛利",
]
GENERAL_LOOK_ALIKES = [
    "员工被发现虚报差旅一般怎么处理？",
    "如何发现员工虚报差旅费用？有哪些常见手法",
    "What happens to an employee who is caught padding expenses?",
    "苹果下周一发布新品，帮我总结一下外媒的预测",
    "Under the new contract, how much notice do I need to give?",
    "高血压患者日常饮食要注意什么，给我列个清单",
    "糖尿病人早餐吃什么比较好？帮我列一周的食谱",
    "What should people with anxiety avoid before sleep? give me a short list",
]


@pytest.mark.parametrize("text", FOUND_OR_AHEAD)
def test_misconduct_found_and_announcements_ahead_are_topics(detector: TopicDetector, text: str) -> None:
    assert detector.detect(text), text


@pytest.mark.parametrize("text", GENERAL_LOOK_ALIKES)
def test_general_look_alikes_of_them_are_not(detector: TopicDetector, text: str) -> None:
    assert detector.detect(text) == [], text


@pytest.mark.parametrize(("text", "general"), [
    ("年终奖和工资合并计税还是单独计税更划算？", True),
    ("面试的时候被问期望薪资，怎么回答比较好", True),
    ("In a job interview, how do I respond to a question about my salary history?", True),
    ("Is this a valid SSN format? our payroll validator rejects 900-12-3456", True),
    ("How are bonuses taxed in the UK compared with regular salary?", True),
    ("我年终奖5万，单独计税怎么算", False),
    ("How should I answer: my current salary is $95k and they offered 120k", False),
    ("下个月的工资条帮我核对一下", False),
])
def test_general_questions_about_pay_tax_interviews_and_formats(text: str, general: bool) -> None:
    assert is_general_question(text) is general


# Round 6 classes, in phrasings other than the probe lines: a deal of ours still ahead, described without
# the word "acquisition" (a code name, "buying that company", closing or signing dates, a term sheet), and
# ratings of two or more people in a list; and the look-alikes that name the same words harmlessly.
DEALS_AND_RATINGS = [
    "代号“青鸾”的交易定在下个月底交割，帮我列个交割前要确认的事项",
    "我们准备拿下苏州那家做模具的厂，term sheet 已经签了，估值谈到了3个亿",
    "把隔壁那家做包装的同行吃下来，尽调下周开始，帮我理一下对价怎么分期",
    "The LOI with the logistics target is countersigned; closing is pencilled in for late Q2. List the open items.",
    "Project Heron: the acquisition is scheduled to close in March, draft the day-one integration checklist",
    "Calibration prep — Aiko exceeds, Bruno meets, Farah needs improvement. Give me a sentence for each.",
    "Year-end ratings:\n- Olu: outstanding\n- Marta: below\n- Kenji: meets\nHelp me defend these.",
    "年终打分：思远 A，雨桐 B，俊杰 C，帮我写评语",
    "这次绩效校准，小周超出预期，老陈低于预期，帮我准备跟HRBP的说辞",
    "Promo committee notes: Dana 3.8, Ivo 3.1 — write the summary",
]
DEAL_AND_RATING_LOOK_ALIKES = [
    "What happens between signing and closing in an acquisition?",
    "收购和并购有什么区别？交割一般需要多长时间",
    "期货合约的交割日怎么确定？",
    "新闻说一家车企收购了做电池的公司，已经完成交割，帮我总结报道",
    "We're closing on the house in June; what documents do I need?",
    "The deal closes Friday — 30% off all jackets at the store",
    "rating scale for our reviews: 5 = outstanding, 4 = exceeds, 3 = meets — is that too many levels?",
    "Excel 里按绩效等级算奖金系数，A是1.5，B是1.2，C是1，公式怎么写",
    "绩效等级分为A、B、C、D四档，各档比例一般怎么定",
    "The new firmware meets the spec and power draw is below target, nice work",
    "Rate these pizza places for the team lunch: Luigi's strong, Napoli solid",
    "How should a manager prepare for a calibration meeting?",
]


@pytest.mark.parametrize("text", DEALS_AND_RATINGS)
def test_pending_deals_and_ratings_of_people_are_topics(detector: TopicDetector, text: str) -> None:
    assert detector.detect(text), text


@pytest.mark.parametrize("text", DEAL_AND_RATING_LOOK_ALIKES)
def test_their_look_alikes_are_not(detector: TopicDetector, text: str) -> None:
    assert detector.detect(text) == [], text


@pytest.mark.parametrize(("text", "general"), [
    # published or market-wide figures name a topic; someone's own figure is data
    ("Per the 2025 national wage statistics, what's the average salary for nurses in Ohio?", True),
    ("What's the going rate for senior React developers in Berlin? Glassdoor says 85k", True),
    ("人社局发布的工资指导价里，会计的月薪中位数是多少？", True),
    ("深圳产品经理的薪资行情大概多少", True),
    ("My salary is 70k and the median pay for data engineers in Leeds is 60k — should I ask for more?", False),
    ("下个月的工资条帮我核对一下，她年薪是36万", False),
])
def test_published_and_market_figures_are_general(text: str, general: bool) -> None:
    assert is_general_question(text) is general


@pytest.mark.parametrize(("text", "topic"), [
    # shipping with a defect we know of; a price or plan others must not pass on yet; this period against plan
    ("Our pentest found an unauthenticated admin API; we're shipping Friday anyway. Write the release note.", True),
    ("QA flagged two crash bugs in checkout but the PM says we launch on Monday anyway", True),
    ("下季度定价：企业版涨到每席位399，先别让销售提前透露给客户", True),
    ("新版合同条款暂时别让代理商传出去，帮我写内部通知", True),
    ("这季度回款只完成了计划的四成，资金链可能撑不到年底", True),
    ("上个月销量才达到目标的六成，帮我写复盘", True),
    ("Found a typo in the docs, ship it anyway?", False),
    ("我们在给同事准备惊喜生日会，先别让他知道", False),
    ("假设这季度回款只完成了计划的四成，怎么做差异分析", False),
    ("这个月的任务只完成了计划的一半，帮我排一下下周的优先级", False),
])
def test_known_defects_shipped_holds_on_disclosure_and_figures_against_plan(
        detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


# Round 7 classes, in phrasings other than the probe lines: a test or screening result of the writer or their
# family (even inside a general question), a leader leaving or an org change before it is announced, deal news
# of ours, some of us named as going, a key customer leaving us, a counterparty's price or action against us.
@pytest.mark.parametrize("text", [
    "我婆婆的肠镜结果出来了，说有两个息肉，一般需要多久复查？",
    "我自己的甲功报告显示TSH偏高，要不要吃药",
    "孕检唐筛提示18-三体临界风险，我们该不该做无创",
    "我老公体检查出肌酐偏高，挂什么科",
    "My husband's colonoscopy found two polyps; what is the usual follow-up interval?",
    "My mum's CT scan showed a shadow on her lung, the consultant referred her to oncology",
    "Our baby's 12-week scan came back high risk, what happens at the next appointment?",
    "I was just diagnosed with type 2 diabetes; what is a good first week of meals?",
    "my dad's PSA of 8.2 worries me, explain the options",
    "Our VP of marketing is leaving at the end of the quarter and staff hear on Friday. Draft the memo.",
    "the managing director is being replaced in September; only the board knows. outline the handover",
    "The all-hands email is scheduled for Tuesday; help me write the Q&A for managers",
    "Design and research merge into one group; the org changes will be communicated next week",
    "研发总监下个月要调去集团，内部信还没发，帮我写交接清单",
    "董事长年底卸任，接班人选还没定，先帮我想想过渡安排",
    "We're about to be acquired by a bigger player, can I still exercise my options?",
    "The acquisition of our Czech supplier got pushed back to January; update the steering deck",
    "three of my reports will be laid off next month; how do I prepare the conversations?",
    "Our biggest customer told us they won't renew in March; model the revenue hit",
    "The seller came back at $42M, we were at 35. How do we counter?",
    "对方报价2.3亿，我们的顾问觉得偏高，帮我准备还价思路",
    "The distributor just put us on formal notice over the missed volumes — draft our reply",
    "我们和那家做物流的谈收购，已经在做尽调了",
])
def test_round7_confidential_classes_are_topics(detector: TopicDetector, text: str) -> None:
    assert detector.detect(text), text


@pytest.mark.parametrize("text", [
    "What does a high PSA usually mean for men over 60?",
    "唐筛和无创DNA有什么区别？哪个准确率高",
    "我想了解一下NIPT的准确率",
    "我在看《三体》，帮我写个读后感",
    "CI 检测结果异常，我该怎么排查？",
    "the test results were abnormal on my CI pipeline, how do I debug?",
    "my virus scan showed a suspicious file, should I delete it?",
    "How do companies usually announce a CEO stepping down?",
    "Write a press release template announcing a new CFO",
    "Our CEO retiring next month was announced last week; write a farewell card",
    "The new CEO of Microsoft was announced yesterday, summarise the news",
    "How many people will be laid off in a recession?",
    "How do companies reduce churn when their biggest customer is leaving?",
    "Our sprint slipped to Q3, write a status update",
    "I am going to file a complaint with my landlord about noise",
    "We are about to send a newsletter to customers, proofread it",
])
def test_round7_look_alikes_are_not(detector: TopicDetector, text: str) -> None:
    assert not detector.detect(text), text


@pytest.mark.parametrize(("text", "general"), [
    ("工资条上只显示实发金额，别的企业一般怎么做？", True),
    ("年终奖发放时间，同行一般怎么安排", True),
    ("How do other companies handle payroll corrections after a mistake?", True),
    ("Is it common practice to show salary bands in job ads?", True),
    ("我的年终奖是5万，别的公司怎么处理的", False),
])
def test_how_others_handle_a_practice_is_general(text: str, general: bool) -> None:
    assert is_general_question(text) is general


@pytest.mark.parametrize(("text", "topic"), [
    # a pay structure: levels with money ranges, ours unless published or sample data
    ("Proposed bands — E3 88-102k, E4 110-128k, E5 135-160k; does the spread look right?", True),
    ("Grade 2: 31-36k, Grade 3: 38-45k for the store staff, check the overlap", True),
    ("新职级体系：T4 2.5-3.5万，T5 3.8-5万，明年一月生效", True),
    ("levels.fyi lists L4 at 180-220k and L5 at 250-300k in Seattle, is that right?", False),
    ("Make a sample table: L1 10-20k, L2 20-30k, L3 30-40k", False),
    ("the upgrade from 3.10 to 3.12 took 2-3 days", False),
])
def test_pay_bands_by_level_are_topics(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    ("孩子对坚果严重过敏，幼儿园那边要准备什么", True),
    ("My son is severely allergic to cashews, how do I brief the nursery?", True),
    ("Head of finance is out after the audit findings, her last day is Friday. HR wants a comms plan.", True),
    ("我对这种开会方式过敏哈哈", False),
    ("What are common symptoms of asthma in kids?", False),
    ("Head of marketing is a great role, write a job ad", False),
])
def test_allergies_of_family_and_a_leader_leaving(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a relative's diagnosis inside a general question, and allergies said with "has"
    ("外公前几天被确诊帕金森，一般能自理多久？", True),
    ("How do I tell my children that their grandpa has cancer? he was diagnosed in May", True),
    ("Our son has a severe egg allergy; what should the school canteen know?", True),
    ("帕金森一般能自理多久？", False),
    ("What are common allergy symptoms in spring?", False),
    ("Write an allergy notice for our restaurant menu", False),
])
def test_relatives_diagnoses_in_general_questions(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # one's own examination result, in the words of the report
    ("我的肠镜报告上写着管状腺瘤，需要再做一次吗", True),
    ("爸爸的病理结论是低级别上皮内瘤变，下一步怎么办", True),
    ("我体检单子里写的是轻度脂肪肝，要吃药吗", True),
    ("My gastroscopy report says chronic gastritis — is that serious?", True),
    ("The biopsy results showed mild dysplasia in my sample, what now?", True),
    ("慢性萎缩性胃炎一般有哪些症状？", False),
    ("Write a template for an endoscopy report", False),
    ("帮我写一篇关于脂肪肝预防的科普文章", False),
])
def test_own_examination_findings(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # figures already published, and what a role may do with data, asked of the role
    ("财报里披露的毛利率是38%，帮我写条公众号推文", False),
    ("Per our published annual report, sales grew 11%; draft a trade-show banner", False),
    ("May an employer tell colleagues why a worker is on sick leave?", False),
    ("房东有权要求租客提供体检报告吗？", False),
    ("我们这季度营收只有800万，还没公布，帮我写个汇报", True),
    ("Our churn is 9% this month and we haven't told the board", True),
    ("Can HR tell my manager about my cancer diagnosis?", True),
])
def test_published_figures_and_role_privacy_questions(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # the health of one particular person the writer knows, told without a name, even in a question about duties
    ("One of my reports just told me she's pregnant and wants to keep it quiet — what are my obligations?", True),
    ("my direct report disclosed he has epilepsy; what are the rules about driving the company van?", True),
    ("What are my options? A woman in my department is going through chemo and keeps missing deadlines.", True),
    ("My colleague has stage 2 breast cancer, what are good ways to support her at work?", True),
    ("我下属怀孕了还没跟别人说，公司规定产假怎么排？", True),
    ("我们部门有个同事得了抑郁症，一般怎么跟他沟通比较好", True),
    ("科室里一位护士查出乙肝，按规定要调岗吗", True),  # one nurse of the writer's ward, even in a rule question
    ("同组的一个姐姐查出来乳腺癌了，还没跟领导说，一般公司会怎么处理？", True),
    ("quick q — one of the cashiers at my store is pregnant and lifting heavy boxes, what are the rules?", True),
    ("my colleague asked me what the symptoms of diabetes are, can you list them?", False),
    ("我 team 里一个 engineer 刚确诊了 cancer，一般 HR 流程是怎样的？", True),
    # the condition is the subject of something they read or made, not theirs
    ("我同事推荐了一本关于抑郁症的书，一般讲些什么？", False),
    ("My colleague is writing a blog post about diabetes myths, what are the top 5?", False),
    ("my boss forwarded an article on HIV stigma at work, what are the main points?", False),
    ("What are the symptoms of depression? My coworker wants to make a poster for mental health week.", False),
    ("my manager wants a general guide on handling employees' medical leave requests", False),
    # a supposed case, a rule question, public health news
    ("if one of my reports tells me she's pregnant, what are my obligations?", False),
    ("如果同事私下跟我说他抑郁了，一般应该怎么做？", False),
    ("What are an employer's obligations when an employee discloses HIV?", False),
    ("New WHO report: HIV infections fell 20% in 2025, summarise it.", False),
    ("What are the symptoms of lupus?", False),
])
def test_health_of_someone_the_writer_knows(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # told to the writer in confidence, however the question is put
    ("My VP told me privately that our Berlin office is closing, what are my options?", True),
    ("领导私下跟我说明年要裁员，一般这种情况我该怎么准备？", True),
    ("What should I do if a colleague tells me something in confidence?", False),
    ("if someone told me in confidence they were being harassed, what are my obligations as a manager?", False),
])
def test_what_was_told_in_confidence(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # whether a kind of health record may be passed on: a privacy question, no one's health
    ("公司群里能不能发同事的病假条照片？我觉得不太合适但说不出依据", False),
    ("把员工的体检报告发到部门群里合适吗？", False),
    ("HR 可不可以把病历复印件转给部门经理看", False),
    ("Is it OK to post a coworker's sick note in the team chat?", False),
    ("Can a manager forward an employee's doctor's note to the whole team?", False),
    # ... but a named condition, or someone's leave as a fact, is the content itself
    ("能不能把同事的抑郁症诊断书发到群里", True),
    ("我同事请了病假，能不能在群里发通知说一下？", True),
    ("Can we share that Tom is on sick leave with the client?", True),
    ("Can I share that my colleague was diagnosed with cancer with the team?", True),
])
def test_whether_a_health_record_may_be_shared(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # our own legal step against a counterparty, still ahead
    ("We're about to file a lawsuit against Norvik Systems for copying our firmware — outline the complaint.", True),
    ("our lawyers will serve Harbor Freightline with a demand letter next week for the unpaid invoices", True),
    ("We've decided to terminate the Pellman contract for breach; write the notice.", True),
    ("we plan to take Orion Textiles to arbitration over the late shipments, what should the timeline be", True),
    ("Draft a cease-and-desist to Brightwave Studios about their use of our logo.", True),
    ("we're suing Castlerock Partners next month, summarise the claims for the board deck", True),
    ("we will likely send Deltaform a letter before action on Monday", True),
    ("下周我们要对华岳物流提起仲裁，先帮我列个时间线", True),
    # how-tos, templates, someone else's lawsuit, look-alike verbs
    ("How do I write a cease-and-desist letter?", False),
    ("Write a template cease-and-desist for trademark misuse.", False),
    ("Epic Games sued Apple over App Store fees — summarise the case.", False),
    ("What is the difference between a demand letter and a lawsuit?", False),
    ("we need to file the tax return by Friday, what forms do we need", False),
    ("we're filing a bug against the SDK, what info should the ticket include", False),
    ("Can a cease-and-desist be sent by email?", False),
    ("What happens if we file a lawsuit and lose — who pays the costs in the UK?", False),
    ("Our GC wants to hit Vexa Labs with a cease and desist over the cloned landing page; write a first draft.", True),
    ("we've decided to take Corvid Media to small claims over the unpaid invoice, what do we need?", True),
    ("律师函一般怎么写？", False),
    ("How do I write a cease-and-desist letter for someone using our logo?", False),
    ("What's the best way to word a cease-and-desist to a fan site that copies our art?", False),
    ("How do I write a cease-and-desist to Brightwave Studios about them using our logo?", True),
])
def test_our_planned_legal_action(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a code-named deal or project, our contract terms, the people concerned not told yet, a filing still ahead
    ("代号“白鹭”的并购项目月底要上董事会，帮我整理一份要点", True),
    ("代号Phoenix的重组计划下周一宣布前，先帮我写FAQ", True),
    ("The acquisition code-named Orchid goes to the board on Tuesday; build me a one-pager.", True),
    ("we're prepping the deal internally known as Bluefin — list the diligence gaps", True),
    ("跟远帆物流的采购合同单价谈到了每吨3150元，帮我更新到比价表", True),
    ("这次续约年费降到了48万，帮我写个内部说明", True),
    ("Text the team and say the restructuring meeting is at 9 - they don't know what it's about yet", True),
    ("she doesn't know about it yet, but her role is being eliminated in March; help me plan the talk", True),
    ("board approved a $20M buyback but it won't be announced until the 10-K; draft the internal memo", True),
    # asking for a code name, contract terms in general or supposed, other people's filings
    ("帮我们的新项目起个代号，要霸气一点", False),
    ("What's a good codename for our hackathon team?", False),
    ("产品代号一般怎么命名？有什么规范？", False),
    ("合同单价一般怎么约定比较合理？", False),
    ("假设合同单价是100元，采购1000件，总价多少？", False),
    ("They don't know how to use the new VPN client, write a guide", False),
    ("Apple's 10-K says services revenue grew 14%; summarise it.", False),
])
def test_code_names_contract_terms_and_people_not_told(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # whether someone else may lawfully do a thing "without telling" is a rule asked about
    ("Can a company legally record employees' Teams calls without telling them?", False),
    ("Are landlords allowed to enter a flat without telling the tenant first?", False),
    ("Is an employer permitted to read work chats without telling staff?", False),
    ("Can my employer legally track my phone location without telling me?", False),
    # ... but our own plan to hold something back is secrecy
    ("We're closing the Leeds office without telling staff until the deal closes, draft the plan", True),
    ("Can we legally hold off telling the team? the layoffs hit next month, keep it between us", True),
])
def test_lawfulness_questions_are_general(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a conduct or performance matter of one person the writer manages: that person's HR record
    ("Draft a performance improvement plan for one of my reports who keeps missing deadlines", True),
    ("A guy on my team showed up drunk twice this month; how do I write the warning?", True),
    ("my assistant has been falsifying timesheets, what are my options?", True),
    ("我组里一个同事这个月又旷工了两天，想给他发书面警告，帮我起草", True),
    ("我下属绩效连续两个季度不达标，帮我准备谈话提纲", True),
    ("我们店里有个店员老是迟到，要不要劝退？", True),
    # ... not a supposed case, nor a general how-to
    ("If one of my reports keeps missing deadlines, how should a PIP be structured?", False),
    ("What should a performance improvement plan include? general guidance", False),
    ("员工经常迟到，公司一般怎么处理？", False),
    ("my colleague asked me what counts as misconduct under our handbook", False),
])
def test_staff_matters_of_someone_the_writer_manages(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # wrong-doing suspected of someone the writer knows
    ("I think my manager is faking the safety inspection records, what should I do?", True),
    ("pretty sure a guy on my team is taking kickbacks from a vendor", True),
    ("我怀疑我领导在篡改质检数据，我该不该举报？", True),
    ("我们部门一个老员工好像在挪用备用金", True),
    # ... not a piece of work about it, nor a general question
    ("my colleague is writing an article about faking data in science, suggest a title", False),
    ("员工伪造病假条，公司一般怎么处理？", False),
])
def test_wrong_doing_suspected_of_someone_the_writer_knows(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # drinking, drugs, gambling or another addiction of one person the writer works with, told in the third person
    ("My colleague has a real drinking problem, he reeks of booze by ten most days. Do I tell HR?", True),
    ("one of my direct reports admitted he's an addict and is back in rehab next week", True),
    ("A nurse on my ward seems to be taking opioids from the cabinet, she was high on shift yesterday", True),
    ("my business partner has a gambling addiction and keeps betting away the company float", True),
    ("我们科室里一个护士最近老是一身酒气来上夜班，要不要跟护士长说？", True),
    ("我下属网赌欠了一大笔赌债，天天有人到公司找他", True),
    ("我同事戒毒出来以后好像又复吸了，我很担心", True),
    # ... not a general question, a piece of work, or someone asking for information
    ("What are the signs that someone has a drinking problem?", False),
    ("Write a short story about a detective with a gambling addiction.", False),
    ("my colleague is writing a book about addiction, suggest a title", False),
    ("my coworker asked me for advice on drafting a workplace policy on drinking at client dinners", False),
    ("公司规定上班时间不能喝酒，这个合法吗？", False),
    ("赌博成瘾一般有哪些治疗办法？", False),
])
def test_substance_use_of_someone_the_writer_knows(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a deal of ours agreed, with its price or its announcement still ahead, in words other than 收购计划 or 机密
    ("入股那家做储能的公司的条款基本敲定了，估值三十亿出头，官宣得等证监会批下来", True),
    ("卖给一家欧洲基金的交易已经谈好了，大约四亿欧元，公告要等股东大会以后", True),
    ("我们和一家做医疗器械的企业签了框架协议，对价还在算，先别对外说", True),
    ("We've pretty much agreed terms to acquire a logistics startup; we go public once the antitrust review clears.",
     True),
    ("Our board locked in the price to sell the retail arm, roughly $2B, announcement after shareholders vote.", True),
    # ... not a general question, nor news of someone else's deal
    ("收购一家公司一般需要哪些审批，公告什么时候发？", False),
    ("Microsoft agreed to buy Activision; why did it take regulators so long to approve?", False),
    ("How long after signing does a merger announcement usually go out?", False),
])
def test_deals_agreed_before_announcement(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a hiring freeze, a pause on raises or a pay cut of ours still ahead
    ("由于现金流紧张，我们下个月要冻结所有社招，帮我写个内部说明", True),
    ("老板决定明年全员降薪一成，先别外传", True),
    ("We need to freeze all hiring until the next round closes; draft a note to recruiters.", True),
    ("Leadership decided to pause merit increases this cycle — draft the note to managers.", True),
    # ... not a how-to or a question about the term
    ("How do I pause hiring on my LinkedIn job post?", False),
    ("招聘冻结是什么意思？一般公司什么时候会这么做", False),
    ("What's the difference between a hiring freeze and a layoff?", False),
])
def test_freezes_and_pay_cuts_ahead(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a counterparty's offer to settle a dispute with us
    ("The supplier offered to settle the late-delivery claim for 40k if we drop the complaint — options?", True),
    ("Our landlord is willing to settle out of court for half the deposit; should we take it?", True),
    # ... not a question about settling in general
    ("How do companies usually decide whether to settle out of court?", False),
    ("What does it mean when a defendant offers to settle?", False),
])
def test_settlement_offers_in_our_disputes(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a code-named deal of ours before signing, a letter of intent being a step of a deal
    ("项目代号“北辰”，收购标的是一家做冷链物流的公司，下周签意向书", True),
    ("代号叫远山，并购对象做工业软件，尽调下个月开始", True),
    ("我们打算收购那家做医疗器械的公司，下周签意向书", True),
    ("Project Kestrel: the target is a battery recycler, LOI goes out next week", True),
    ("codename Falcon — due diligence on the target starts Monday", True),
    # ... not code names or letters of intent in general, nor a name that is no code name
    ("公司做并购为什么喜欢用项目代号", False),
    ("Why do companies use code names for acquisitions?", False),
    ("代号为什么叫哪吒？", False),
    ("意向书和正式收购协议有什么区别", False),
    ("Project Apollo: write a summary of the moon landing for kids", False),
])
def test_code_named_deals_before_signing(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a counterparty's lawyer threatening action against us
    ("对方律师今天说如果我们不在月底前付清尾款，就申请财产保全", True),
    ("供应商的法务说要是我们不按原价收货就去法院起诉", True),
    ("房东的律师说除非我们下周前搬走，否则就申请强制执行", True),
    ("Their lawyer said unless we pay the balance by Friday they'll file for an injunction", True),
    ("The supplier's counsel emailed: if we don't retract the statement they will sue", True),
    # ... not how such a threat works in general
    ("收到对方律师函一般应该怎么处理", False),
    ("财产保全是什么意思", False),
    ("How do I respond to a demand letter in general?", False),
])
def test_a_counterpartys_lawyer_threatening_us(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # what we tell outside differs from the fact; a defect of ours with the recall still undecided
    ("交付已经拖了三个月，对外一直说的是按计划进行", True),
    ("芯片流片晚了两个月，跟客户还说是on track", True),
    ("We're six weeks behind on the migration but we keep telling customers it's on track", True),
    ("品控发现一批阀门有裂纹，已经发了两千件，召回方案还没定", True),
    ("质检发现主板虚焊，要不要召回还在讨论", True),
    ("QA found cracked housings in the March lot; 800 units shipped and no recall decision yet", True),
    # ... not recalls, delays or reminders in general
    ("产品召回一般的流程是什么", False),
    ("What does a typical product recall process look like?", False),
    ("We keep telling customers to rotate their passwords, write a reminder", False),
    ("对外一直是开放的吗", False),
])
def test_delays_told_otherwise_and_recalls_undecided(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "keyword"), [
    # confidentiality as the subject of an article, a training or a quiz: no material of ours is marked
    ("写一篇关于商业机密保护的科普文章", False),
    ("给新员工做一次保密意识培训，讲讲商业秘密保护", False),
    ("Outline a training on handling confidential documents", False),
    ("Write a blog post on trade secret protection", False),
    ("写一份关于保护商业秘密的员工培训大纲", False),
    ("做一份有关商业秘密的新人须知", False),
    ("Draft a workshop outline on protecting trade secrets for new hires", False),
    # ... but a marked thing stays marked, in a work or not
    ("帮我写一篇关于机密项目X的周报", True),
    ("这份机密文件帮我写个摘要，做培训用", True),
    ("以下是机密资料，帮我改成培训课件：……", True),
    ("confidential training plan for the layoffs next month", True),
])
def test_secrecy_as_the_subject_of_a_work_marks_nothing(text: str, keyword: bool) -> None:
    from hybridai.config import DEFAULT_KEYWORD_REGEXES, DEFAULT_KEYWORDS
    from hybridai.routing.detectors import KeywordDetector

    assert bool(KeywordDetector(DEFAULT_KEYWORDS, DEFAULT_KEYWORD_REGEXES).detect(text)) is keyword, text


@pytest.mark.parametrize(("text", "topic"), [
    # a report of ours that keeps saying all is well while it is not
    ("新系统上线已经推迟了两次，但给集团的月报里一直写的是按期推进", True),
    ("We've lost two months on the rollout but the status report we send head office still says green", True),
    # ... not a report template or a dashboard bug
    ("周报里一直写的是本周工作内容，帮我改个模板", False),
    ("But the dashboard still shows green even after I fixed the bug — caching?", False),
])
def test_reports_that_keep_saying_all_is_well(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a counterparty's price to us with commercial terms, in several phrasings and languages
    ("Harbin Steel offered us $612/t CIF if we commit to 5,000 tonnes a quarter. Should we take it?", True),
    ("The vendor came back at €18 per seat per month for 400 seats, net 60. Is that competitive?", True),
    ("Our logistics partner bid 2.35 USD per kg for the Q3 lanes, 90-day payment terms. Counter?", True),
    ("Westbay Energy quoted us 0.118 GBP/kWh, locked for two years with a 12 GWh floor. Below market?", True),
    ("Blue Harbor Metals quoted us $7.85/kg for 200 tonnes a year on a two-year fixed contract. Worth signing?", True),
    ("供应商这次给我们开价每吨5,800，签三年可以再打九五折，要不要接", True),
    ("对方向我司报价0.58元/度，三年不调价，帮我分析一下", True),
    # ... not a public list price, a price quoted to me as a consumer, or how to ask for a quote
    ("AWS lists m5.large at $0.096 per hour on-demand — how much is that per month?", False),
    ("The airline quoted me $240 for an extra bag, is that normal?", False),
    ("What's a fair price per kWh for a 3-year fixed industrial electricity contract in the UK?", False),
    ("帮我写邮件请供应商重新报价", False),
    ("一般工业用电的长协价格是多少？怎么判断报价是否合理", False),
])
def test_a_counterpartys_price_to_us_with_terms(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a counterparty threatening us, our figures against what investors or the board were given
    ("Orbis Freight GmbH threatens to stop deliveries unless we pay the disputed invoice by Friday. Options?", True),
    ("Our biggest distributor warned us they'll cancel the contract if we don't match the competitor's price.", True),
    ("供应商威胁说我们月底前不结清货款就断供，怎么应对", True),
    ("Churn last month was 9.8%, almost double what's in the deck we sent investors. How do I explain the gap?", True),
    ("Cash burn is running 30% higher than what we told the board in March — how do I frame it?", True),
    # ... not a threat to me as a tenant, a general question, or a public figure
    ("My landlord threatens to evict me unless I pay by Friday, what are my rights?", False),
    ("How should a company respond when a supplier threatens to stop deliveries? General tips.", False),
    ("Revenue was double what we expected last year, write a celebratory post for the public blog.", False),
    ("装修公司拖工期，能起诉吗", False),
])
def test_threats_to_us_and_gaps_to_what_we_reported(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # an illness going round, asked about as hygiene: no one's health
    ("办公室有人得了流感，怎么消毒比较有效", False),
    ("宿舍有人阳了，要不要通风，大家要戴口罩吗", False),
    ("Someone on our floor tested positive for covid — how should we clean the shared desks?", False),
    # ... but a named relation's or colleague's condition stays one
    ("我们组一个同事得了乳腺癌，要请三个月假", True),
    ("我们组一个同事查出肺结核，怎么通知其他人做筛查", True),
    ("A colleague on my team was diagnosed with leukemia, how do I tell the team?", True),
])
def test_an_illness_going_round_asked_as_hygiene(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a firm's quote to us, a cut we are about to make, a secret told "between the two of us"
    ("北京衡序律师事务所报价每小时1800，封顶60万，这价格跟市场比贵不贵", True),
    ("We're letting 3 engineers go next week, how do I tell the rest of the team?", True),
    ("just between the two of us, the CEO steps down after the AGM. draft a neutral all-hands script", True),
    # ... not a quote to me from a removal firm, a shop's price, or people let go to a conference or home early
    ("搬家公司报价1200，包不包括打包？", False),
    ("京东上这款显示器报价1299，值得买吗", False),
    ("we are letting two people go to the conference in Berlin, book the flights", False),
    ("we're letting some interns go home early on Friday", False),
])
def test_firm_quotes_cuts_and_two_of_us(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # our own limit in a negotiation or settlement
    ("reply to them: the settlement figure we can accept is $289.8k, not a cent more", True),
    ("The most we'll pay for the platform licence is €2M over three years. Draft the counter.", True),
    ("Tell them the price we can do is 14.20 per unit — draft the email.", True),
    # ... not a legal or tax limit asked about
    ("What's the most we can deduct from an employee's final paycheck under UK law?", False),
    ("How much is the most we can contribute to a 401k this year?", False),
])
def test_our_own_limit_in_a_negotiation(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # how long our own cash lasts, without "our": runway, months of cash, burn, covenant headroom
    ("Cash runway is down to 7 months at current burn, can you model a delayed hiring plan?", True),
    ("Runway is now 11 months; draft a note to the board on options.", True),
    ("We have 9 months of cash left, what should we cut first?", True),
    ("At current burn we only have until March, help me plan a bridge round.", True),
    ("Covenant headroom is down to 0.4x on the leverage test, how do we talk to the bank?", True),
    ("账上现金只够撑7个月了，帮我做个降本方案", True),
    ("按现在的烧钱速度，撑不到明年六月，怎么办", True),
    ("我们 runway 只剩 9 个月，融资要提前吗", True),
    # ... not how runway is computed, a typical figure, a supposed startup or a published one
    ("How do I compute cash runway from a balance sheet?", False),
    ("If a startup has 12 months of runway, when should it start fundraising?", False),
    ("If the runway is 7 months what are typical options?", False),
    ("Stripe reported cash runway of 40 months in its annual report, summarize", False),
    ("创业公司一般需要多少个月的 runway？", False),
    ("怎么计算现金跑道？", False),
])
def test_our_cash_runway(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a site of ours closing, and a colleague claiming for what they never did
    ("we're shutting the Osaka plant next spring, the lease talks are ongoing — write the landlord email", True),
    ("We are quietly closing both warehouses in Ohio by Q3, draft the landlord notice", True),
    ("someone on the night shift has been logging hours he didn't work, how do I raise it", True),
    ("one of our drivers claims mileage he never drove, how do I bring it up with HR?", True),
    ("a colleague keeps expensing dinners she didn't attend", True),
    # ... not an office closing early, a ticket closed, a cluster shut down, or a general question
    ("we're closing the office early on Friday for the holidays, write a note", False),
    ("we're closing the ticket, summarize the fix", False),
    ("we're shutting down the staging cluster tonight", False),
    ("How do companies detect employees claiming overtime they didn't work?", False),
])
def test_site_closures_and_false_claims(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a unit of ours shrunk by a share, or the number of people a cut touches
    ("明年一月要把上海研发中心缩到一半，涉及八十人左右，先做个补偿测算表", True),
    ("下个月准备把客服团队砍到三成，帮我写沟通话术", True),
    ("这次缩编涉及120人，补偿方案怎么定", True),
    # ... not an image, a meeting or an article made shorter
    ("打算把图片压缩到一半大小，用什么工具", False),
    ("要把会议时间缩到一半，有什么技巧", False),
    ("要把这篇文章缩到一半字数", False),
])
def test_a_unit_shrunk_by_a_share(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a payment of ours of a stated sum to a named counterparty, still to make or owed: a term of a deal with it
    ("下周一得给华建三局付工程进度款1200万，资金计划帮我排一下", True),
    ("尾款38万下周五前付给施工方，发票还没到，能先付吗", True),
    ("明天给深圳恒达转80万定金，合同还在走流程", True),
    ("欠宏远物流的那笔货款46万月底前必须结清", True),
    ("我们给德勤的审计费是95万，这个月要付一半", True),
    ("月底要向招商证券支付300万保证金，从哪个户出", True),
    ("下周要给 Acme 打 120 万 deposit，用美元户还是人民币户", True),
    ("We need to wire $2.3M to Halvorsen Steel as the deposit by Friday — which entity should send it?", True),
    ("Our €80k retainer to Brightline Partners is due Friday, can you draft the payment note?", True),
    ("Send the $450,000 down payment to Corvid Holdings tomorrow and copy me on the confirmation.", True),
    ("We owe Tanaka Freight $312k for Q3; how do I phrase the payment delay email?", True),
    ("Wire 250k EUR to Baltic Forge today, reference PO 4471.", True),
    ("we still have to send Orion Labs the remaining 40% — about $96k — before they ship", True),
    ("本月25号要向光大银行还一笔2300万的流动资金贷款，帮我排下资金", True),
    ("Can you draft a note to Solace Foods explaining their 120k deposit will reach them Monday?", True),
    # ... not how payments work, a textbook entry with placeholder parties, a hypothetical, someone else's news,
    # nor pocket money to family
    ("预付款的会计分录怎么做", False),
    ("A公司向B公司预付100万货款，会计分录怎么做", False),
    ("比如给供应商打100万预付款，增值税怎么处理", False),
    ("苹果宣布向高通支付45亿美元和解金", False),
    ("给孩子转了200块零花钱，要不要记账", False),
    ("How do I make an international wire transfer?", False),
    ("Company A wires $1M to Company B. Explain the journal entry.", False),
    ("Suppose a company pays a $100,000 deposit to a supplier; how is it recorded?", False),
    ("Microsoft agreed to pay $68.7 billion to Activision shareholders.", False),
    ("In 2023 Broadcom paid $69 billion to buy VMware — was it worth it?", False),
    ("If you send $500 to a friend via Zelle, is it taxable?", False),
    ("今天要给房东转5000元押金，收据怎么写", False),
    ("我要给同事转300元聚餐费", False),
    ("Pay $20 to Mike for lunch today", False),
    ("Our 2k deposit for the team offsite venue — is it refundable?", False),
    ("Apple paid Qualcomm $4.5 billion on Monday to settle the dispute.", False),
])
def test_our_payments_of_a_stated_sum_to_a_counterparty(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a data incident of ours, not yet disclosed: records of the people we serve or employ sent to the wrong place,
    # copied off, left open or lost, by us or our vendor, in zh/en/mixed
    ("我们客服昨天把两百多个会员的身份证照片发错到外部邮箱了，要不要通知他们", True),
    ("供应商那边的人把我们的员工工资表拷走了，怎么追责", True),
    ("财务同事笔记本丢在出租车上了，里面有全部客户合同，怎么办", True),
    ("外包公司把我们的会员数据拷到U盘带走了，要负什么责任", True),
    ("Our payroll provider emailed everyone's payslips to the wrong distribution list on Friday. What now?", True),
    ("A contractor of ours uploaded the patient database to a public GitHub repo last night — do we report it?", True),
    ("We left an S3 bucket with patient intake forms public for two weeks. Do we have to report it?", True),
    ("One of our agents emailed the full customer export to the wrong list yesterday, do we need to notify the ICO?",
     True),
    ("我们的 vendor 把 customer list 传到了公开的网盘链接里，要不要上报", True),
    # ... not how breaches work or how to prevent one, an exercise or a training case, someone else's news,
    # nor an everyday wrong send of harmless things
    ("What is a data breach?", False),
    ("数据泄露事件一般多久要上报", False),
    ("怎么防止员工把客户资料拷到U盘", False),
    ("应急演练剧本：某员工把客户名单误发到外部群，写出演练步骤", False),
    ("How do companies prevent staff from copying customer data to USB drives?", False),
    ("Training scenario — an employee emails a customer export to the wrong list. What should they do?", False),
    ("My boss sent the meeting invite to the wrong list, how do I recall it?", False),
    ("我把周报发错群了，怎么撤回", False),
    ("How do I export our customer table to CSV in Postgres?", False),
])
def test_our_data_incidents_not_yet_disclosed(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # the writer's or their family's own genetic or lab result
    ("Got a positive BRCA2 result. genetic counselor appt is next week, what should I prepare?", True),
    ("My HPV test came back positive, should I be worried?", True),
    ("My sister carries a BRCA1 mutation — should I get tested too?", True),
    ("我基因检测BRCA1阳性，下周见医生要准备什么", True),
    # ... not what a result means in general, nor a public figure's announcement
    ("What does a positive BRCA2 result mean?", False),
    ("How does BRCA testing work and who should get it?", False),
    ("Explain what a genetic counselor does.", False),
    ("Angelina Jolie's BRCA1 announcement — what did it change for screening?", False),
])
def test_own_genetic_and_lab_results(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # our leadership weighing the closure of stores, plants or lines, and the headcount it touches
    ("昨天开会老板说考虑停掉线下几家店，全部转线上，大概涉及两百多人", True),
    ("管理层在考虑把苏州工厂关掉，涉及三百来人，先别外传", True),
    ("据说明年要撤掉成都分公司，影响八十多名员工", True),
    ("老板打算合并两个事业部，涉及一百余人", True),
    ("leadership is weighing shutting the Grenoble plant, ~300 roles", True),
    ("My boss is considering closing our Leeds warehouse next quarter — how do I prepare the team?", True),
    ("The board is discussing consolidating two divisions; draft talking points.", True),
    # ... not how closures work, nor someone else's news
    ("关停门店一般要提前多久通知员工", False),
    ("How do companies decide on closing a plant?", False),
    ("Ford said it is considering closing the plant in Saarlouis — summarise the news.", False),
])
def test_closures_our_leadership_is_weighing(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # who may see a kind of health record: an access design, no one's leave or illness
    ("HR系统里员工的病假记录谁能看？权限应该怎么设计", False),
    ("员工体检报告应该哪些角色能查看？访问权限怎么分级", False),
    ("Who should be able to view employees' medical leave records in our HRIS?", False),
    ("Suggest an access-control model for patient notes in a small clinic's records system", False),
    # ... but one person's record seen, or something held back, is still a topic
    ("我的病假记录被经理截图发到群里了，谁能看这种记录？", True),
    ("下周裁员名单的数据谁能看？先别声张", True),
])
def test_access_design_questions_about_kinds_of_records(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # one's own blood test back, its values quoted
    ("I just got my bloodwork back: ALT 142, AST 98", True),
    ("My labs came back: glucose 7.8, cholesterol 6.4 — should I worry?", True),
    ("Got my blood work back, CRP 45 and ferritin 12", True),
    ("his labs came back and the GGT 210, ALP 180 look high", True),
    # ... not a keyboard's Alt code, nor what a test or a normal range is
    ("How do I type © with Alt 0169 on Windows?", False),
    ("What does a bloodwork panel usually include?", False),
    ("What is a normal cholesterol level for a 50 year old?", False),
])
def test_own_blood_test_values(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # our bid in a tender still open: the buyer's deadline and our document not yet final
    ("星河科技的询价周五截止，我们的投标方案还在改", True),
    ("金禾食品的招标15号截标，我们的投标文件还差技术部分", True),
    ("我们的标书下周一要递交给北辰医疗，帮我检查商务条款", True),
    ("Northwind's RFP closes Friday; our proposal still needs a pricing pass", True),
    ("Our bid for the county tender is due Monday, review the executive summary", True),
    # a code-named sale of a unit of ours: a deal too
    ("Operation Gandalf (the carve-out of our payments unit) needs a kickoff agenda", True),
    ("Project Heron: spin-off of the lighting division, two bidders left", True),
    # ... not how bids are written in general
    ("投标书一般包括哪些部分？", False),
    ("标书截止前要检查哪些格式问题？", False),
    ("How do I write a strong response to an RFP?", False),
    ("What does a tender evaluation committee usually score on?", False),
])
def test_our_bid_in_an_open_tender(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize("text,topic", [
    # a whole unit of ours decided or planned to be cut, the people still to be named
    ("老板决定年后裁掉整个青岛运营中心，名单下周出", True),
    ("公司决定明年撤销整个华南事业部，人员方案还没定", True),
    ("年后要解散整个直播团队，名单还没出", True),
    ("老板拍板了，砍掉全部线下门店，方案下周出", True),
    ("我们决定关掉整个成都研发中心，具体人员还没定", True),
    ("青岛运营中心年后整个裁掉，名单下周出", True),
    ("老板决定年后把青岛ops center整个砍掉，list下周出", True),
    ("leadership decided to cut the whole Tulsa ops center after the holidays, the list comes out next week", True),
    ("we're dissolving the Lyon team", True),
    ("Management has decided to close the entire Dayton plant in Q2; names come out next week", True),
    ("The board signed off on shutting down the whole Leeds office, list of affected staff TBD", True),
    ("the Tulsa ops center is getting cut after the holidays, the list comes out next week", True),
    ("Don't repeat this yet: the Tulsa warehouse gets shut down in March", True),
    # someone else's news, supposed cases, stories, software
    ("新闻说某科技公司宣布裁掉整个中国研发中心，这对行业有什么影响？", False),
    ("如果公司要裁掉整个部门，员工有哪些法律权利？", False),
    ("Google announced it is cutting its whole Fitbit hardware team, per Reuters", False),
    ("Suppose a company decided to close the whole plant; how is severance calculated?", False),
    ("在游戏里公会解散了，怎么重新组队？", False),
    ("How should a manager handle a layoff conversation with empathy?", False),
    ("关掉整个窗口的快捷键是什么", False),
    ("怎么解散整个微信群？", False),
    ("Don't repeat this loop more than three times", False),
    ("We're closing the whole ticket queue after the holidays", False),
    ("HQ decided to shut the Shenzhen branch at the end of Q1, names TBD", True),
    # the unit names what is cut only when it ends the phrase: a meeting, a mailbox or a printer is no unit
    ("我们决定关掉团队周会，改成异步同步", False),
    ("我们决定关闭团队的公共邮箱", False),
    ("We decided to cut the team meeting to 30 minutes", False),
    ("We decided to shut down the office printer", False),
    ("We're scrapping the whole test line of code", False),
])
def test_decided_cuts_of_a_whole_unit(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize(("text", "topic"), [
    # a contract's operative terms with real figures, pasted for translation or review: someone's contract
    ("这段条款请译成英文：Distributor shall purchase no less than EUR 2.4 million of Products per contract year", True),
    ("Halden Optics AG agrees to pay a shortfall fee of CHF 180,000 if volumes fall below 40k", True),
    ("Proofread: Supplier grants Customer a 9% rebate on purchases above 20,000 units", True),
    ("Our license with Pinecrest Labs LLC: royalty of 7% of net sales, minimum $250k a year. Summarise it", True),
    ("把这句翻成英文：乙方应于每季度末向甲方返还采购额的5%作为返利", True),
    ("甲方每年向乙方支付不低于人民币300万元的授权费，这句英文怎么写", True),
    ("合同第12条：逾期交货的，违约金为合同总价的15%。帮我润色", True),
    ("和德信化工有限公司的协议里，最低采购额定为每年800万元，帮我写个提醒", True),
    # templates with placeholders, exercises, concepts, published figures, consumer questions: no one's terms
    ("Translate this template: [Licensee] shall pay [Licensor] a minimum annual royalty of [amount]", False),
    ("甲方每年向乙方支付不低于人民币XX万元的授权费，这个范本条款怎么翻译", False),
    ("合同里这句怎么写更严谨：违约金为合同总价的___%", False),
    ("What is a minimum annual royalty and how is it usually structured?", False),
    ("法考练习题：甲公司每年向乙公司支付300万元许可费，乙公司违约后能否解除合同？", False),
    ("违约金一般为合同总价的多少比较合理？", False),
    ("Apple's annual report says licensing royalties brought in $5bn", False),
    ("房东说违约金是两个月房租，合理吗", False),
    ("Remind Halden Optics AG to pay invoice INV-204 of EUR 12,400", False),
    ("Customer support costs rose 5% last quarter, per the public dashboard", False),
])
def test_contract_terms_with_real_figures(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


def test_contract_terms_are_found_deep_in_a_long_paste(detector: TopicDetector) -> None:
    # the clause rules search only the stretch before each figure: a clause far into a paste is still found
    filler = "The Parties Agree On The Following General Matters And Definitions For This Agreement. " * 40
    assert detector.detect(filler + "Customer shall pay Nordhavn Logistics AS a termination fee of EUR 90,000.")
    assert not detector.detect(filler + "See section 4 for delivery terms, page 12.")


@pytest.mark.parametrize("text, topic", [
    # a change of ours held back until it is announced: a hush cue with a closing, cut, sale or freeze
    ("[Slack #exec-staff] CEO: 下周三宣布之前，谁都别提 Shanghai office 要关的事", True),
    ("Keep the Lyon plant closure under wraps until it's announced on Monday", True),
    ("成都门店月底要关，全员会宣布之前先别往外说", True),
    # our price floor or margin the customer must not see
    ("这版 pricing 是 floor price，客户那边只能看到 list price 的 85 折，deck 里别露出来", True),
    ("The margin on this SKU is 41%, customers must not see that slide", True),
    ("我们的底价是每台 4200，别让客户知道", True),
    # a deal of ours still ahead, with its price or its signing date
    ("We're acquiring a small Lisbon startup for about €22M, signing Friday. Help me plan the announcement", True),
    ("We're taking a 30% stake in Nordlys AS for $4.5M, closing next month", True),
    ("We're buying out our Polish distributor, signing on Thursday", True),
    ("我们要收购苏州一家做传感器的公司，作价三亿，下周五签约", True),
    ("公司准备入股那家物流初创，估值 8 亿，月底签", True),
    # a freeze of ours still ahead
    ("Heads up, we're freezing all backfills in the Berlin office from next week", True),
    ("Management is freezing headcount in the Austin hub starting Monday", True),
    ("We're pausing all merit increases for Q3, draft the memo", True),
    ("HC 下周起全部冻结，各 BU 先别发 offer", True),
    ("从下个月起冻结所有招聘和调薪，这事先内部说", True),
    ("冻结 HC 从下周一开始，北京办公室所有 backfill 暂停", True),
    ("Not a word to anyone: the Leeds depot is shutting in May", True),
    ("报价单上写 list price 就行，我们的成本价和毛利千万不能让客户看到", True),
    ("We're investing in a Nairobi fintech startup, $3M, signing next Wednesday", True),
    ("我司计划下周签约并购一家深圳的 SaaS 公司，对价 1.2 亿", True),
    # look-alikes: someone else's news, how-to, supposed cases, done deals, templates, consumer purchases
    ("How do I keep a secret from my coworkers?", False),
    ("Google announced it is closing its Zurich office", False),
    ("What is a floor price in an auction?", False),
    ("怎么跟客户谈价格，底价要不要告诉对方？", False),
    ("If we were acquiring a startup for €20M, how would the accounting work?", False),
    ("Microsoft is acquiring Activision for $69bn", False),
    ("腾讯宣布收购一家游戏公司，作价 10 亿", False),
    ("What is a hiring freeze and how long do they usually last?", False),
    ("Template: we're freezing all hiring from [date]", False),
    ("我们上周已经官宣关闭深圳工厂了，帮我写个 FAQ", False),
    ("How should we structure the announcement if we're acquiring a company?", False),
    ("We're buying a new laptop for the team for $2k on Friday", False),
    ("宣布之前，关于新产品的文案怎么写比较好？", False),
    ("Apple is buying a startup for $50M, report says", False),
    ("Our list price is $99 per seat; show it on the pricing page", False),
    ("怎样在发布之前对新版本保密？", False),
])
def test_held_back_changes_prices_deals_and_freezes(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize("text, topic", [
    # something of ours kept from a business audience, whatever the thing is
    ("新品发布定在四月十八号，价格准备比上一代低五百，这个节奏先别让渠道知道", True),
    ("下个月起华东区要并到华北区，先别让下面的人知道", True),
    ("我们换供应商的事暂时瞒着现在的供应商", True),
    ("这次调价对经销商先保密，月底统一通知", True),
    ("新包装下周上线，千万别让对手听到风声", True),
    ("明年返点要砍一半，先不要告诉代理商", True),
    ("We're moving the launch to May 3 and cutting the price by $50 — don't let the dealers know yet", True),
    ("The reorg is set for June; keep the field team in the dark until the all-hands", True),
    ("Our new supplier starts in Q3; the current vendor can't find out before the renewal", True),
    ("pricing for Acme is 30% below list, keep it from the other customers", True),
    ("Q3 launch slips to November, 先别让客户知道", True),
    ("价格下月上调8%，先别让 sales 知道", True),
    ("Price goes up 8% in June, don't let 渠道 know", True),
    ("Not a word to the dealers: list prices go up 8% on June 1", True),
    ("The team doesn't need to know yet that the Q3 budget was halved", True),
    ("换代工厂的事，消息先封锁，口风要紧", True),
    ("新品定价1999，先不公开，渠道那边一个字都别提", True),
    ("我们四月要把客服外包出去，员工那边先瞒一瞒", True),
    ("新组织架构下周公布，在那之前跟下面的人一个字都别说", True),
    ("We are switching suppliers in Q2 — keep the current one out of the loop until the contract is signed", True),
    ("Dealers are not to be told about the new margin structure until after the conference", True),
    ("We are dropping the Basic plan in March; customers will only be told two weeks before", True),
    ("下季度返点降到3%，客户那边先不要透露", True),
    ("Keep the channel out of it until launch: list price drops 10% on May 1", True),
    ("客户那边先别催了，等他们回复吧", False),
    ("口风紧的人适合做什么工作", False),
    # kept inside a small circle or out of outward-facing material
    ("新一代电机的效率实测 96.2%，先别放进官网，写个技术简报", True),
    ("这个工艺参数千万别写进对外的PPT", True),
    ("这个 data 先只在 core team 里传", True),
    ("Heads up: the launch slips six weeks. Marketing doesn't know.", True),
    ("We're in talks to be acquired; only five of us know. Write a checklist", True),
    ("Bonus pool is 3.2% of EBITDA, that number isn't going anywhere outside the exec team yet", True),
    ("新品定在双十一前两周发，这个节奏先只让渠道负责人知道", True),
    ("PPT 第 9 页先删掉：下季度 price increase 是 14%，sales team 还不知道", True),
    ("库存账实差了五百万，财务总监让先别上报", True),
    ("our lead investor is pulling out of the round — founders only know so far. write me a plan B memo", True),
    ("Our roadmap: drop the free tier in Q1. Only PMs have seen this — help me write the FAQ", True),
    ("the new chemistry beats anything we've published — nothing goes outside the lab", True),
    ("we're pulling the offer for the Lisbon role — the candidate hasn't been told yet", True),
    ("新来的同事还不知道怎么报销，帮我写个说明", False),
    ("I haven't been told yet whether I got the job, should I follow up?", False),
    ("我们部门只有几个人知道怎么用这个系统", False),
    ("这段话能不能写进对外的宣传册？", False),
    ("Sales doesn't know how to use the CRM", False),
    ("客户那边一个字都不能少", False),
    # look-alikes: a surprise for one person, supposed or general cases, advice on telling, someone else's news
    ("别让她知道，我们给她办生日惊喜", False),
    ("别让孩子知道我们要搬家", False),
    ("如果要降价，要不要先别让渠道知道？", False),
    ("为什么很多公司发布新品前要对渠道保密？", False),
    ("新闻说某公司降价前没让渠道知道，引发了经销商抗议", False),
    ("供应商的保密义务怎么约定？", False),
    ("How do I tell our dealers about a price increase without upsetting them?", False),
    ("Is it ethical for a company to keep customers in the dark about a recall?", False),
    ("Reuters reported that Nike kept its dealers in the dark about the price rise", False),
    ("新品上周已经官宣了，发布会前别让渠道知道的那段时间怎么复盘", False),
    ("Don't let her know, we're throwing her a surprise birthday party", False),
])
def test_plans_kept_from_a_business_audience(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize("text, topic", [
    # whether a role may act unbeknown to someone is a rights question, no plan of ours
    ("Can a manager read an employee's Slack DMs without telling them?", False),
    ("Can my employer track my location without telling me?", False),
    ("Can a landlord enter the flat without notice?", False),
    ("Is it legal for schools to check students' phones without consent?", False),
    # asked to be spared, or marketing copy for a product launch
    ("Don't tell me the ending of the movie", False),
    ("Don't tell me the answer, just give me a hint", False),
    ("Before we announce the new feature, what should the landing page say?", False),
    ("Before the launch of our new app, what should the App Store description say?", False),
    # a personal occasion kept from someone
    ("How do I plan to propose to my girlfriend without telling her family?", False),
    ("How can I organise our anniversary dinner without telling my wife?", False),
    # our own secrecy stays
    ("ceo told the VPs we're exploring a sale, how do i keep my team focused w/o telling them", True),
    ("Before the announcement next Tuesday: we're cutting 12% of headcount in support. Draft the FAQ.", True),
    ("Don't tell anyone yet, the Tulsa warehouse gets shut down in March", True),
])
def test_rights_questions_spoilers_and_launch_copy_are_no_secret(detector: TopicDetector, text: str,
                                                                  topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize("text, marked", [
    ("商业秘密和专利保护各有什么优缺点", False),
    ("商业秘密和专利有什么不同", False),
    ("如何保护商业秘密", False),
    ("What are the pros and cons of trade secrets versus patents?", False),
    ("How does trade secret protection work?", False),
    ("商业秘密的保护期限是多久", False),
    ("什么样的信息可以算作商业秘密", False),
    ("What is the statute of limitations for trade secret misappropriation?", False),
    ("Is a customer list a trade secret under US law?", False),
    ("商业秘密保护制度合法吗", False),
    ("我们的配方算不算商业秘密，要不要申请专利", True),
    ("老板让我把竞品的商业秘密拿过来用，这样合法吗", True),
])
def test_keywords_inside_a_concept_question_mark_nothing(text: str, marked: bool) -> None:
    keywords = KeywordDetector(["商业秘密", "trade secret", "trade secrets"])
    assert bool(keywords.detect(text)) is marked, text


@pytest.mark.parametrize("text, marked", [
    # terminology and translation questions name the words, they label nothing
    ("what's the English term for 竞业限制 and 保密协议 in an employment contract?", False),
    ("保密协议用英语怎么说", False),
    ("薪酬保密条款英文怎么说", False),
    ("保密协议翻译成英文是什么", False),
    ("How do you say 保密协议 in Japanese?", False),
    # which tier a kind of data gets in a classification scheme
    ("数据分类分级里，员工的薪酬数据一般定成几级", False),
    ("按数据分级标准，薪酬信息属于哪一级", False),
    ("What sensitivity level should salary data get in a data classification policy?", False),
    ("How should companies classify payroll data, like 薪酬 records?", False),
    # ... but our own material stays marked
    ("我们的薪酬数据定成几级？附件是全员薪酬表", True),
    ("把这份保密协议翻译成英文", True),
])
def test_terminology_and_classification_questions_mark_nothing(text: str, marked: bool) -> None:
    keywords = KeywordDetector(["保密协议", "薪酬", "salary data", "payroll data"])
    assert bool(keywords.detect(text)) is marked, text


@pytest.mark.parametrize("text, topic", [
    # a payment of ours made twice or too much, put right with a refund request: routine, no negotiation secret
    ("对账发现 PO 号 PO-2025-60011 的货款付了两次，供应商是 Kessler & Vogt GmbH，怎么写邮件要回来", False),
    ("对账发现发票号 INV-2026-0042 的服务费重复付款了，供应商是 Nordlicht AG，怎么写邮件让他们退回", False),
    ("核对付款时发现订单 SO-88123 重复支付了，怎么跟供应商申请退款", False),
    ("对账时发现合同编号 HT-2024-0193 的尾款多付了一次，帮我写个退款申请", False),
    # ... but an amount in our books, the counterparty's over-billing and our limits stay confidential
    ("帮我对账，招商银行流水里有一笔 ¥386,500 付给 深圳市锐拓精密电子有限公司，但 ERP 里只记了 ¥368,500", True),
    ("对账时发现流水里少了 25 万，财务那边还没发现", True),
    ("结算时发现对方多报了120个人天", True),
    ("我们这次报价底线是每吨5200，低于这个就走人", True),
])
def test_refunding_a_duplicate_payment_is_routine(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize("text, topic", [
    # what an employer may do with staff in general: a labour-law question, no one's health
    ("员工连续请病假超过医疗期，公司可以单方解除劳动合同吗？需要提前多久通知", False),
    ("孕期员工能不能被公司辞退？劳动法怎么规定", False),
    ("员工工伤住院期间，公司需要照发工资吗", False),
    ("员工休产假期间，用人单位能否调整其岗位？", False),
    ("Can an employer dismiss an employee who has been on sick leave for six months?", False),
    ("Is a company allowed to ask staff about their medical conditions during onboarding?", False),
    ("Does an employer have to pay staff who are off with a work injury?", False),
    # ... but the writer or one particular person keeps their health
    ("我下属确诊了抑郁症，公司可以辞退他吗", True),
    ("有个员工连续请了三个月病假，说是乳腺癌化疗，公司可以解除合同吗", True),
    ("她怀孕五个月了，公司可以调她去仓库吗", True),
    ("Can my employer fire me because I was diagnosed with cancer?", True),
    ("One of our drivers has epilepsy — can the company keep him on the road?", True),
    ("We have an employee with cancer, can a company fire them?", True),
    ("这名员工查出乙肝，公司能否辞退？", True),
])
def test_labour_law_questions_name_no_ones_health(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text


@pytest.mark.parametrize("text, general", [
    # how a company should go about a pay practice, asked with no figure
    ("What's the safest way to collect SSNs for payroll in a small company?", True),
    ("What's the most secure way to store employee salary data?", True),
    ("Best practices for running payroll for remote staff in three countries?", True),
    ("How should a small business handle payroll for contractors?", True),
    ("小公司应该如何安全地保存员工的工资单？", True),
    ("发工资单最稳妥的做法是什么", True),
    # ... not with a figure in it
    ("What's the safest way to send payroll? Anna gets $8,200 and Tom $7,900", False),
])
def test_pay_practice_method_questions_are_general(text: str, general: bool) -> None:
    assert is_general_question(text) is general, text


@pytest.mark.parametrize("text, topic", [
    # a relative's diagnosis, named by kinship near or extended, with a finding or a condition
    ("小姨刚查出来早期阿兹海默，总是忘事，家里人轮流照顾，有什么护理建议", True),
    ("舅舅确诊了帕金森，一般怎么治疗", True),
    ("姑妈检查出甲状腺结节，一般需要手术吗", True),
    ("表哥前阵子查出肺结节，要不要复查", True),
    ("老丈人得了尿毒症，透析费用大概多少", True),
    ("外甥女诊断为自闭症，有什么康复机构推荐", True),
    ("大姨这两年老年痴呆越来越严重了，晚上不睡觉怎么办", True),
    ("堂弟患上了抑郁，家里人该怎么和他沟通", True),
    ("my aunt was diagnosed with early-onset dementia, any care tips?", True),
    ("My stepdad has MS, what should I know about caring for him", True),
    ("my mother-in-law tested positive for lupus, what are the symptoms of lupus", True),
    ("my cousin just found out she has kidney failure", True),
    ("Our grandma has COPD and needs oxygen at night", True),
    ("My nephew was found to have a heart murmur, is that serious?", True),
    # ... not a condition asked about in general, nor a kin word that names no relative
    ("阿兹海默早期有什么症状", False),
    ("帕金森病人一般能活多久", False),
    ("尿毒症的症状有哪些", False),
    ("这个姑娘长得很漂亮，怎么搭讪", False),
    ("What are the symptoms of early-onset dementia?", False),
    ("What is MS?", False),
    ("MS Word keeps crashing when I open this file", False),
    ("I think the vendor was found to have a defect in their process", False),
])
def test_a_relatives_diagnosis_is_their_health(detector: TopicDetector, text: str, topic: bool) -> None:
    assert bool(detector.detect(text)) is topic, text
