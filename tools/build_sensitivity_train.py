"""Build hybridai/data/sensitivity_train.jsonl: training data for the sensitivity classifier.

The classifier only has to recognise *confidential content without identifiers* (salaries,
performance ratings, unreleased results, M&A, contract terms, diagnoses, internal-only material)
against ordinary requests that touch the same topics without confidential data (a template for
a salary policy, a published annual report, a question about PIPL). Names, IDs and cards are the
detectors' job. Frames are written by hand; slots are filled from lists with a fixed seed, so
the file is the same byte for byte on every run. Ordinary text the package already ships (the
demo corpus, its dialogues, the fine-tune FAQ questions) adds non-sensitive examples.

Composed requests (``COMPOSE``) add variety: confidential content in many phrasings (results,
cuts, deals, contract terms, a person's health), secrecy said without the usual keywords ("先别声张",
"keep this between us") or not at all, chat-style noise (lower case, "w/o", typos), and harmless
twins that take the same tasks (public figures, hypotheticals, office chatter). Everyday technical
and office requests (``TECH_PARTS``: errors, networking, SQL, compliance questions, supplier
e-mails, puzzles) are hard negatives: short, full of digits and business words, and harmless.

Class requests (``CLASS_POS``/``CLASS_NEG``) cover confidential content by kind, each in many
phrasings in Chinese, English and mixed writing: our own figures against a target, a forecast or
what we told investors; concealing or misstating a fact; contract terms and our position against a
counterparty, payments that do not reconcile; staff matters; and their harmless twins (published
results, hypotheticals, general how-tos, job applications). A share of the Chinese rows of both
labels is copied with spaces around words ("准备投 美团 的后端岗"), so that spacing says nothing.

The file is kept apart from the evaluation data: the script reads the development files
(router_dev.jsonl and router_probe*.jsonl) only to drop any generated text that
also appears there (after normalisation), and fails if more than 5 % of the dev texts share a
20-character window (spaces removed) with generated text. It never reads the test split.

    python tools/build_sensitivity_train.py          # writes the file, prints counts
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20261123
REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "hybridai" / "data" / "sensitivity_train.jsonl"
CORPUS = REPO / "hybridai" / "demo" / "corpus"
CORPUS_SENTENCES = 400  # per language
DEV_FILES = [REPO / "hybridai" / "data" / name
             for name in ("router_dev.jsonl", "router_probe.jsonl", "router_probe2.jsonl", "router_probe3.jsonl",
                          "router_probe4.jsonl", "router_probe5.jsonl",
                          "router_probe6.jsonl", "router_probe7.jsonl", "router_probe8.jsonl",
                          "router_probe9.jsonl", "router_probe10.jsonl", "router_probe11.jsonl",
                          "router_probe12.jsonl")]

FILL: dict[str, list[str]] = {
    "zsubj": ["我们部门", "销售部", "研发中心", "公司", "集团", "华东区", "项目组", "我们团队", "事业部", "子公司",
              "管理层",
              "财务部", "人力资源部", "市场部", "客服中心", "供应链部门", "技术部", "运营中心", "北京分公司",
              "海外业务线"],
    "esubj": ["our team", "the sales org", "R&D", "the company", "the group", "the APAC region", "the project team",
              "engineering", "the subsidiary", "leadership", "finance", "HR", "marketing", "the support center",
              "supply chain", "the platform team", "operations", "the London office", "the EMEA business"],
    "pct": ["3%", "5%", "8%", "12%", "15%", "18%", "22%", "30%", "6.5%", "9.8%"],
    "n": ["3", "5", "7", "12", "18", "25", "40", "60", "120", "200"],
    "amt": ["1.2", "3.5", "8", "15", "26", "48", "75", "120", "360", "980"],
    "q": ["Q1", "Q2", "Q3", "Q4", "上半年", "下半年", "全年", "本季度", "下季度"],
    "eq": ["Q1", "Q2", "Q3", "Q4", "H1", "H2", "full-year", "this quarter's", "next quarter's"],
    "level": ["P5", "P6", "P7", "P8", "M1", "M2", "T3", "总监级", "经理级", "专家岗"],
    "elevel": ["L4", "L5", "L6", "Staff", "Principal", "Director", "Senior Manager", "IC3", "E5", "VP"],
    "disease": ["乳腺癌", "抑郁症", "二型糖尿病", "肺结节", "心肌梗死", "甲状腺癌", "焦虑症", "肝硬化", "白血病",
                "尿毒症",
                "乙肝", "艾滋病", "癫痫", "帕金森", "躁郁症", "胃癌", "红斑狼疮", "不孕症", "强迫症", "早期肺癌"],
    "relative": ["我爸", "我妈", "我老婆", "我老公", "我女儿", "我儿子", "我岳父", "我婆婆", "组里一个同事", "我下属",
                 "我们部门一个员工", "新来的实习生", "我自己", "我哥"],
    "erelative": ["My dad", "My mother", "My wife", "My husband", "My daughter", "My son", "A colleague on my team",
                  "One of my reports", "A new hire in our group", "I", "My brother", "An engineer in our office"],
    # code names, not the fictional characters that harmless questions are about
    "ecodename": ["Falcon", "Bluebird", "Atlas", "Kestrel", "Granite", "Northstar", "Tidewater"],
    "zcodename": ["猎鹰", "青鸟", "磐石", "北极星", "远航", "启明"],
    "zfrac2": ["四成", "三成", "一半", "两成", "30%"],
    "zindustry": ["冷链物流", "医疗器械", "跨境电商", "工业软件", "新能源电池"],
    "eindustry": ["cold-chain", "medical-device", "logistics", "industrial software", "battery"],
    "erelative_s": ["My mum's", "My dad's", "My wife's", "My husband's", "My son's", "My daughter's", "My gran's",
                    "My brother's", "My partner's"],
    "treat": ["化疗", "手术", "住院治疗", "长期服药", "心理治疗", "透析", "康复训练", "试管婴儿"],
    "etreat": ["chemotherapy", "surgery", "a hospital stay", "long-term medication", "therapy", "dialysis",
               "rehab", "IVF"],
    "incident": ["数据泄露", "服务器被入侵", "客户数据被误删", "生产库被删", "源码外泄", "账号被盗", "勒索病毒"],
    "eincident": ["a data breach", "a server compromise", "accidentally deleted customer data",
                  "a dropped production table", "leaked source code", "a stolen admin account", "ransomware"],
    "edisease": ["breast cancer", "major depression", "type 2 diabetes", "a lung nodule", "a heart attack",
                 "thyroid cancer", "an anxiety disorder", "cirrhosis", "leukemia", "kidney failure", "hepatitis B",
                 "HIV", "epilepsy", "Parkinson's", "bipolar disorder", "stage II melanoma", "lupus", "infertility",
                 "OCD", "early dementia", "tuberculosis", "a brain tumour"],
    "zproj": ["新一代电池", "海外并购", "智能客服", "云平台迁移", "品牌升级", "芯片流片", "供应商整合", "新零售"],
    "eproj": ["the next-gen battery", "the overseas acquisition", "the chatbot rollout", "the cloud migration",
              "the rebrand", "the chip tape-out", "vendor consolidation", "the retail pilot"],
    "zpub": ["腾讯", "阿里巴巴", "华为", "比亚迪", "小米", "京东", "美团", "宁德时代", "茅台", "中国移动"],
    "epub": ["Apple", "Microsoft", "Tesla", "Nvidia", "Amazon", "Google", "Samsung", "Toyota", "Nike", "Netflix"],
    "zfamous": ["马云", "李白", "苏轼", "鲁迅", "袁隆平", "雷军", "孔子", "诸葛亮", "姚明", "钟南山"],
    "efamous": ["Elon Musk", "Barack Obama", "Albert Einstein", "Steve Jobs", "Bill Gates", "Marie Curie",
                "Warren Buffett", "Serena Williams", "Abraham Lincoln", "Taylor Swift"],
    "zfict": ["孙悟空", "林黛玉", "贾宝玉", "猪八戒", "郭靖", "哪吒", "武松", "令狐冲"],
    "efict": ["Harry Potter", "Sherlock Holmes", "Frodo", "Hermione", "Darth Vader", "Elizabeth Bennet"],
    "ztopic": ["绩效考核", "薪酬体系", "年终奖制度", "裁员流程", "并购尽调", "财务预算", "合同审核", "保密协议",
               "病假制度",
               "股权激励", "招聘面试", "员工体检"],
    "etopic": ["performance reviews", "a pay structure", "bonus policy", "a layoff process", "M&A due diligence",
               "budgeting", "contract review", "an NDA", "sick-leave policy", "equity plans", "interviewing",
               "employee health checks"],
    "ztask": ["帮我润色一下", "整理成三点", "写成邮件", "翻译成英文", "做成表格", "写个摘要", "改得正式一点",
              "列个提纲"],
    "num": ["2023112300451", "SO8837261", "INV-2024-0113", "PO-55128", "JD77120938", "SF1302889123", "CRM-4412",
            "BX20240301", "HT-2023-077", "#66120"],
    "ver": ["1.24.0", "3.11.4", "18.3.1", "2.7.0", "v5.2", "10.0.19045", "4.1.2", "0.9.8"],
    "ip": ["10.12.3.44", "192.168.1.20", "172.16.8.9", "10.0.5.17", "192.168.10.254"],
    "phone": ["138 1234 5678", "010-62751234", "+1 (415) 555 0199", "0755-26681234", "+44 20 7946 0011"],
    "mail": ["ops@corp-mail.cn", "support@vendor.io", "hr-desk@company.com", "it.help@firm.cn"],
    "lang_": ["Python", "Go", "Java", "TypeScript", "Rust", "SQL", "Bash", "C++"],
    "tool": ["Nginx", "Kafka", "Redis", "PostgreSQL", "Kubernetes", "Jenkins", "Docker", "Terraform", "Git", "pandas"],
    "city": ["上海", "北京", "深圳", "杭州", "成都", "武汉", "南京", "西安"],
    "ecity": ["Berlin", "Singapore", "Austin", "London", "Toronto", "Sydney", "Paris", "Tokyo"],
    "etask": ["Polish this", "Summarise it in three bullets", "Turn this into an email", "Translate it to Chinese",
              "Put it in a table", "Write a short summary", "Make it more formal", "Draft an outline"],
}

# (frame, sensitive, category). {slot} takes a value from FILL.
ZH_POS = [
    ("{zsubj}明年的调薪方案是平均涨{pct}，高绩效最多涨{pct}，{ztask}。", "hr"),
    ("这次绩效校准{zsubj}有{n}个人打了C，要进改进计划，{ztask}。", "hr"),
    ("下个月{zsubj}要裁掉{n}个人，名单还在定，先帮我写个沟通口径。", "hr"),
    ("{level}的年薪带宽定在{amt}万到{amt}万之间，{ztask}。", "hr"),
    ("给候选人的offer是月薪{n}k加{n}万股期权，帮我算一下总包。", "hr"),
    ("{zsubj}准备末位淘汰{pct}的员工，这个方案{ztask}。", "hr"),
    ("年终奖系数定为1.{n}，{zsubj}平均发{n}个月，{ztask}。", "hr"),
    ("我下属这季度绩效是D，准备劝退，帮我写面谈提纲。", "hr"),
    ("新来的那个工程师试用期不通过，下周通知他，帮我想想怎么说。", "hr"),
    ("{zsubj}{n}位员工的绩效等级和奖金明细在下面，{ztask}：A档{n}人，B档{n}人，C档{n}人。", "hr"),
    ("{q}营收预计{amt}亿元，同比下滑{pct}，财报下周才发，{ztask}。", "finance"),
    ("{zsubj}下季度利润预测是{amt}亿，比指引低{pct}，{ztask}。", "finance"),
    ("今年{zsubj}预算被砍了{pct}，{zproj}项目要暂停，{ztask}。", "finance"),
    ("公司账上现金只够撑{n}个月了，董事会还不知道，帮我准备汇报材料。", "finance"),
    ("{q}实际毛利率只有{pct}，和对外说的不一样，{ztask}。", "finance"),
    ("下周要公布的{q}业绩：净利润{amt}亿，{ztask}。", "finance"),
    ("我们正在谈收购一家竞争对手，估值{amt}亿，尽调还没结束，{ztask}。", "deal"),
    ("B轮融资{amt}亿元的投资意向书刚签，还没宣布，帮我写内部邮件。", "deal"),
    ("{zsubj}计划明年分拆上市，目前只有管理层知道，{ztask}。", "deal"),
    ("并购对价初步定在{amt}亿元，分三期支付，{ztask}。", "deal"),
    ("{zproj}项目下个月要关停，团队{n}人要裁员或转岗，{ztask}。", "deal"),
    ("和供应商签的框架协议单价是{n}元/件，违约金{pct}，{ztask}。", "legal"),
    ("这份合同的付款条件是验收后{n}天付款，额外折扣{pct}，帮我核对条款。", "legal"),
    ("我们和对方的和解金额是{amt}万元，还没签字，{ztask}。", "legal"),
    ("客户续约价格谈到每年{amt}万，比去年降了{pct}，帮我写报价说明。", "legal"),
    ("劳动仲裁我们打算赔偿{n}个月工资了结，{ztask}。", "legal"),
    ("我同事最近确诊了{disease}，正在住院，帮我写一条慰问消息。", "medical"),
    ("体检报告显示我有{disease}，医生建议手术，帮我写请假申请。", "medical"),
    ("部门里有个员工因为{disease}请了长病假，帮我安排工作交接。", "medical"),
    ("我爸被诊断为{disease}，需要长期治疗，帮我查下报销流程。", "medical"),
    ("他的病历上写着{disease}和用药记录，{ztask}。", "medical"),
    ("这是{zproj}的内部技术方案，核心算法参数如下，{ztask}：学习率{pct}，阈值{n}。", "internal"),
    ("我们还没发布的新产品续航{n}小时，售价{n}99元，{ztask}。", "internal"),
    ("配方比例是A料{pct}、B料{pct}，这是我们的核心工艺，{ztask}。", "internal"),
    ("良率提升靠的是退火温度{n}0度加{n}分钟保温，这个工艺参数{ztask}。", "internal"),
    ("下面是内部接口的调用方式和鉴权逻辑，帮我写文档：", "internal"),
    ("我们打算关闭{city}的工厂，员工还不知道，帮我准备沟通计划。", "deal"),
    ("明年要把{zsubj}整体外包出去，涉及{n}个岗位，先帮我列个风险清单。", "deal"),
    ("董事会已经同意被{zpub}收购了，下个月才公告，帮我准备员工问答。", "deal"),
    ("我们这个季度其实亏损了，但还没告诉投资人，帮我想想怎么写季报。", "finance"),
    ("下一年的销售目标定的是{amt}亿，比今年高{pct}，这是管理层会上刚定的。", "finance"),
    ("我们给大客户的实际折扣是{pct}，远低于报价单，{ztask}。", "legal"),
    ("对方同意把违约赔偿降到{amt}万，我们这边最多能接受{amt}万。", "legal"),
    ("我们准备起诉前合作方，证据清单如下，{ztask}。", "legal"),
    ("他这次绩效是最低档，年终奖取消，明天要跟他谈。", "hr"),
    ("她的工资比同级别的人低{pct}，想申请特殊调薪，帮我写理由。", "hr"),
    ("组里有个人在做心理治疗，需要调整工作量，帮我想想怎么安排。", "medical"),
    ("我怀孕了，还没告诉公司，想先了解下产假怎么跟领导提。", "medical"),
    ("新产品的定价策略和成本结构如下，还没发布，{ztask}。", "internal"),
    ("{relative}确诊了{disease}，要{treat}，帮我写个请假申请。", "medical"),
    ("{relative}查出{disease}，不想让公司知道，该怎么请假？", "medical"),
    ("{relative}正在做{treat}，医生说情况不太好，帮我安排下周的工作交接。", "medical"),
    ("体检发现{relative}有{disease}，入职会受影响吗？", "medical"),
    ("{relative}{disease}复发了，这个月要请两周病假，{ztask}。", "medical"),
    ("上周发生了{incident}，对外只说是系统升级，帮我写个对外口径。", "incident"),
    ("先别声张，我们出了{incident}，影响了{n}万用户，帮我写内部通报。", "incident"),
    ("{incident}的真实原因是外包人员操作失误，复盘报告不能公开，{ztask}。", "incident"),
    ("我们的产品有个严重漏洞还没修，补丁要{n}周后才发，帮我写内部说明。", "incident"),
    ("这是我们内部仓库里定价引擎的代码：discount = 0.{n} if vip else 0.05，帮我优化。", "internal"),
    ("内部系统的风控规则是单笔超过{n}万自动冻结，帮我整理成文档。", "internal"),
    ("我们准备起诉{zpub}侵权，律师函还没发，{ztask}。", "legal"),
    ("和前员工的劳动争议准备和解，赔偿{n}个月工资，协议还没签。", "legal"),
    ("财务让我把{q}的亏损调整成盈亏平衡再给银行看，这样合规吗？", "finance"),
    ("{zsubj}下个月要关掉，{n}个人会被优化，现在只有几个总监知道。", "hr"),
    ("代号“{zproj}”其实是明年的裁员计划，帮我写经理沟通材料，不要出现代号。", "hr"),
    ("给{zpub}发律师函，要求他们停止使用我们的商标，否则{n}天后起诉，{ztask}。", "legal"),
    ("对方违约了，我们准备申请仲裁，索赔{amt}万，先帮我梳理证据。", "legal"),
    ("股权转让协议里约定对价{amt}亿，分{n}期支付，业绩不达标要退还，{ztask}。", "deal"),
    ("投资协议的估值是{amt}亿，领投方要求一票否决权，{ztask}。", "deal"),
    ("收购协议的对赌条款：三年净利润累计{amt}亿，否则原股东补偿，{ztask}。", "deal"),
    ("我们和{zpub}的独家代理协议明年到期，他们要求降价{pct}，帮我准备谈判底线。", "legal"),
    ("这是我们核心推荐算法的特征列表和权重，{ztask}。", "internal"),
    ('新版会员价{n}月才上线，内部定价是每账号每月{n}元，先别外传，{ztask}。', 'finance'),
    ('新品发布会定在下个月，首发价是{n}99元，渠道还不知道，{ztask}。', 'finance'),
    ('我怀疑{zsubj}有人把客户资料带去竞争对手那边了，怎么悄悄调查取证？', 'hr'),
    ('有员工用公司电脑给外面的公司干活，怎么收集证据比较稳妥？', 'hr'),
    ('我们风控模型的拒绝阈值是0.{n}，特征权重是逾期次数0.{n}、负债率0.{n}，{ztask}。', 'trade_secret'),
    ('搜索排序的打分公式是相关性乘0.{n}加点击率乘0.{n}，帮我看看怎么调。', 'trade_secret'),
    ('跟一家供应商签的保密协议里违约金是{n}万，第{n}条是不是对我们太不利了？', 'legal'),
    ('{n}家客户的货款已经逾期{n}天，合计{amt}万，要不要计提坏账？', 'finance'),
    ('我们准备给一家抄袭我们设计的公司发律师函，帮我起草。', 'legal'),
    ('B轮融资推迟了，领投方撤资了，怎么跟员工解释比较好？', 'deal'),
    ('管理层已经决定明年{zproj}项目要关停，但还没对外说，帮我列个风险清单。', 'deal'),
    ('跟客户说我们最终报价是每套{n}80元，这是底价，不能再让了。', 'legal'),
    ('法院来函要调取我们一个离职员工的考勤和邮件记录，我们要不要配合？', 'legal'),
    # misconduct found in our own staff, announcements still ahead (round 5)
    ('采购经理被发现吃了供应商{n}万的回扣，公司还没决定要不要报警', 'internal'),
    ('财务那边查出来出纳挪用了{amt}万备用金，这事现在只有几个领导知道', 'internal'),
    ('{zsubj}有个主管虚开了{n}张发票报销，已经被约谈了，帮我写个处理意见', 'internal'),
    ('下个月{n}号要宣布{zsubj}和市场部合并，先帮我准备一份员工问答', 'deal'),
    ('周五全员会上会宣布新的组织架构，{zsubj}负责人换人，帮我拟一下发言稿', 'deal'),
    ('明天上午公布降薪方案，各部门砍{pct}，先帮我写内部通知', 'hr'),
]
ZH_NEG = [
    ("怎么设计一套公平的{ztopic}？{ztask}。", "general"),
    ("写一份{ztopic}的通用模板，不涉及具体数据。", "general"),
    ("{ztopic}有哪些常见做法？给我讲讲优缺点。", "general"),
    ("帮我写一个Python函数计算斐波那契数列。", "general"),
    ("把这段话翻译成英文：我们下周二开项目启动会。", "general"),
    ("如何提高团队的沟通效率？列{n}条建议。", "general"),
    ("解释一下什么是梯度下降，举个例子。", "general"),
    ("Excel里VLOOKUP和XLOOKUP有什么区别？", "general"),
    ("写一份周会议程模板，包含{n}个环节。", "general"),
    ("给我推荐{n}本关于{ztopic}的书。", "general"),
    ("帮我写一封请假邮件，理由是家里有事，请假{n}天。", "general"),
    ("{zpub}去年已经发布的年报里营收是多少？帮我分析一下趋势。", "public_info"),
    ("{zpub}上周发布会公布的新产品有什么亮点？", "public_info"),
    ("{zpub}公开披露的{q}财报显示增长{pct}，写个点评。", "public_info"),
    ("我们公司官网上已经公布的招聘岗位，{ztask}。", "public_info"),
    ("{zfamous}有哪些广为人知的名言？", "public_figures"),
    ("写一段{zfamous}的生平简介，{n}0字左右。", "public_figures"),
    ("{zfict}是哪部作品里的人物？性格特点是什么？", "fictional"),
    ("用张三和李四举个例子，解释一下合同里的甲方乙方。", "fictional"),
    ("《个人信息保护法》对员工数据有什么要求？", "privacy_question"),
    ("企业应该怎样制定薪酬保密制度？", "privacy_question"),
    ("员工的病假信息属于敏感个人信息吗？", "privacy_question"),
    ("数据脱敏有哪些常用方法？", "privacy_question"),
    ("订单号20231123{n}88什么时候发货？", "near_miss"),
    ("版本号v{n}.2.1升级后报错，怎么回滚？", "near_miss"),
    ("发票金额{amt}万元，税率{pct}，帮我算一下税额。", "near_miss"),
    ("config.yaml 里 password: ${{DB_PASS}} 怎么从环境变量读取？", "placeholders"),
    ("代码里的 api_key = \"YOUR_API_KEY\" 要换成什么？", "placeholders"),
    ("公开课讲义里的销售漏斗模型，{ztask}。", "general"),
    ("帮我写一个关于{ztopic}的培训PPT大纲。", "general"),
    ("订单{num}三天了还没发货，帮我写个催单话术。", "near_miss"),
    ("发票号码{num}，金额{amt}万元，帮我写报销说明。", "near_miss"),
    ("合同编号{num}，签约金额已经在官网公示，帮我写付款申请。", "near_miss"),
    ("工单{num}里提到构建失败，帮我写个RCA模板。", "near_miss"),
    ("{tool} {ver} 和上一个版本有什么区别？我们线上用的是{ver}。", "general"),
    ("服务器{ip}的磁盘使用率超过{n}%，帮我写清理日志的步骤。", "contact_only"),
    ("防火墙要放行{ip}的443端口，帮我写变更申请。", "contact_only"),
    ("客户手机{phone}，帮我写条短信通知明天上午送货。", "contact_only"),
    ("前台座机是{phone}，帮我做成门口的提示牌文案。", "contact_only"),
    ("把{mail}加到邮件签名里，格式统一一下。", "contact_only"),
    ("用{lang_}写一个读取CSV并按日期汇总的脚本。", "general"),
    ("{tool}一直报连接超时，日志里是 timeout after {n}000ms，怎么排查？", "general"),
    ("帮我review这段{lang_}代码的性能问题。", "general"),
    ("写一封感谢信，感谢供应商这个季度准时交货。", "general"),
    ("去{city}出差{n}天，帮我列个行程和打包清单。", "general"),
    ("帮我起草一份部门季度读书会的活动通知。", "general"),
    ("新员工入职第一周应该安排哪些培训？给个清单。", "general"),
    ("把这段产品介绍改写成面向小学生的版本。", "general"),
    ("{tool}的集群扩容步骤是什么？写成操作手册。", "general"),
    ("帮我想{n}个年会节目的创意。", "general"),
    ("{zpub}的股价今天涨了{pct}，新闻里说是因为新品发布，帮我总结一下。", "public_info"),
    ("{zpub}已经官宣的裁员消息，媒体怎么评价？", "public_info"),
    ("公司公告：{q}业绩说明会已于上周召开，帮我写一篇公众号推文。", "public_info"),
    ("上市公司年报里的“管理层讨论与分析”一般怎么写？", "public_info"),
    ("解释一下什么是市盈率和市净率。", "general"),
    ("如何计算员工的加班费？法律上有什么规定？", "privacy_question"),
    ("病假工资按什么标准发放？", "privacy_question"),
    ("保密协议一般包含哪些条款？给我一个通用范本。", "privacy_question"),
    ("竞业限制的补偿金标准是多少？", "privacy_question"),
    ("怎么跟下属做一次有效的绩效面谈？有什么技巧？", "general"),
    ("写一个裁员沟通的通用话术模板，不针对具体的人。", "general"),
    ("帮我出{n}道关于{ztopic}的培训测验题。", "general"),
    ("用{lang_}写一个函数，把列表按某个字段排序，字段名叫 age。", "general"),
    ("这段 shell 脚本改成 {lang_}：for f in *.csv; do wc -l $f; done", "general"),
    ("写一个 {lang_} 的 HTTP 服务，/ping 返回 pong。", "general"),
    ("单元测试里用 test@example.org 和 203.0.113.5 造假数据可以吗？", "placeholders"),
    ("帮我写个 pandas 脚本，按月份汇总 revenue 列并画折线图。", "general"),
    ("给{epub}的客服写封英文邮件，问一下订单的交期和最小起订量。", "contact_only"),
    ("{epub}官网的联系表单提交不了，帮我写封邮件反馈一下。", "contact_only"),
    ("把这句英文翻成中文：The quarterly all-hands is moved to Thursday.", "general"),
    ("帮我设计一份员工满意度调查问卷，{n}道题。", "general"),
    ("请校对这份内网通知：下月起共享盘迁移到新文档平台，请提前备份。", "general"),
    ("介绍一下{efamous}的管理理念，放进培训课件。", "public_figures"),
    ("PIPL 下跨境传输员工数据需要做哪些评估？", "privacy_question"),
    ("航班{num}改签后座位号变了，帮我整理行程单。", "near_miss"),
    ("会议纪要整理成待办：1. 接口联调 2. 压测报告 3. 周五上线评审。", "general"),
    ('小明有{n}个橘子，分给小红一半，还剩几个？再出{n}道类似的题。', 'fictional'),
    ('Excel里怎么根据等级用IFS返回系数，A对应1.{n}，B对应1.0？', 'general'),
    ('示例代码里数据库连 localhost，本地能跑，部署到服务器就连不上，怎么排查？', 'general'),
    ('帮我写个邮件给{epub}的销售团队要一份产品手册。', 'general'),
    ('年终奖个税怎么计算，单独计税和合并计税怎么选？', 'general'),
    ('银行转账的参考号{num}一直没到账，应该怎么问银行？', 'near_miss'),
    ('k8s 节点 {ip} 一直 NotReady，kubelet 日志报错，怎么排查？', 'general'),
    ('防火墙白名单加了 {ip} 还是连不上，是不是端口没放开？', 'general'),
    ('我们的校验函数把一个{n}位的号码判成无效，校验位算法是不是写错了？', 'near_miss'),
    ('Excel 里用 IF 嵌套按等级算奖金系数，A={n}，B=1，C=0.5，公式怎么写？', 'general'),
    ('写个 SQL 统计每月新注册用户数，表 users，字段 created_at。', 'general'),
    ('PIPL 下把员工数据传到境外总部，要走标准合同还是安全评估？', 'privacy_question'),
    ("Python 示例：[{{'name': '张三', 'age': {n}}}]，怎么按 age 排序？", 'general'),
    ('公司总部在{city}，分公司在{city}，帮我画个组织架构图的建议。', 'general'),
    ('年会节目出几个点子，部门一共{n}个人。', 'general'),
    # hypotheticals and textbook exercises with generic figures: no one's data (round 5)
    ('假设一个项目初始投资{amt}万，每年现金流入{n}万，回收期怎么算？', 'hypothetical'),
    ('如果一家公司营收{amt}亿、毛利率{pct}，销售费用率{pct}，营业利润率大概是多少？', 'hypothetical'),
    ('假如年化收益率{pct}，{n}年后本息合计多少？给出公式', 'hypothetical'),
    ('举个例子：某企业净利润{amt}万，总资产{amt}00万，ROA 怎么算？', 'hypothetical'),
    ('例题：贴现率{pct}，未来{n}年每年收到{amt}万，净现值是多少？', 'hypothetical'),
    ('设想一个门店月租{n}万、人工{n}万、毛利率{pct}，盈亏平衡点的营业额怎么算？', 'hypothetical'),
    ('假设库存周转天数从{n}天降到{n}天，对现金流有什么影响？讲讲原理', 'hypothetical'),
    ('一道财务题：应收账款{amt}万，坏账率{pct}，计提多少坏账准备？', 'hypothetical'),
    ('假设预算{amt}万、实际花了{amt}万，预算执行率和偏差率分别怎么算？', 'hypothetical'),
    ('内部收益率IRR和净现值NPV有什么区别？用个简单的数字例子说明', 'hypothetical'),
    # everyday office requests that name a place, a licence, a payment reference or an invoice title
    ('开源协议 Apache 2.0 和 GPL v3 的代码能放进同一个商业产品吗？', 'general'),
    ('在{city}和{city}之间选一个城市设分公司，帮我比较一下租金和人才成本', 'general'),
    ('汇款备注填了交易编号，银行说退回了，一般是什么原因？怎么跟对方说明', 'general'),
    ('帮我写一份开票申请，抬头是对方公司全称，税号已经给了财务', 'general'),
    ('供应商说合同扫描件发到了我邮箱，但我没收到，帮我写封邮件请他们重发', 'general'),
    ('如果项目一次性投入{amt}万，之后{n}年每年回款{n}万，投资回报率和回收期怎么算？', 'hypothetical'),
    ('假设单价{n}元、变动成本{n}元、固定成本{amt}万，盈亏平衡销量是多少？', 'hypothetical'),
    ('假定一家企业资产负债率{pct}，流动比率1.{n}，这样的财务结构健康吗？', 'hypothetical'),
    ('我们打算在{city}办一场客户沙龙，帮我列一下场地和餐饮的准备清单', 'general'),
    ('我们准备把办公室从{city}搬到{city}，帮我比较两地的通勤和租金', 'general'),
    ('我们打算引入一个开源的工单系统，MIT 和 AGPL 许可证有什么区别？', 'general'),
    ('帮我回复一下客户，告诉他们培训视频的链接已经放在共享盘里了', 'general'),
    ('供应商的客服电话是{phone}，帮我写个通知让同事有问题直接打过去', 'general'),
    ('转账被银行退回了，汇款流水号也有，帮我写个邮件问对方收款账户是不是填错了', 'general'),
    ('内网通知帮我润色一下：下个月起 IT 会把共享盘迁移到新的文档系统，请大家提前备份', 'general'),
]
EN_POS = [
    ("{esubj} plans a {pct} average raise next year, top performers up to {pct}. {etask}.", "hr"),
    ("In calibration {n} people in {esubj} got a 'needs improvement' and go on a PIP. {etask}.", "hr"),
    ("We are letting {n} people go from {esubj} next month; the list isn't final. Draft talking points.", "hr"),
    ("The {elevel} salary band is ${n}0k to ${n}5k. {etask}.", "hr"),
    ("Our offer to the candidate is ${n}0k base plus {n},000 RSUs. Compute the total comp.", "hr"),
    ("My direct report is rated 'below expectations' this cycle and we plan to exit them. Outline the talk.", "hr"),
    ("Bonus multiplier is set at 1.{n}; {esubj} averages {n} weeks of pay. {etask}.", "hr"),
    ("Performance ratings for {esubj}: {n} exceeds, {n} meets, {n} below. {etask}.", "hr"),
    ("{eq} revenue will come in at ${amt}M, down {pct}; results are out next week. {etask}.", "finance"),
    ("Our profit forecast for next quarter is ${amt}M, {pct} under guidance. {etask}.", "finance"),
    ("{esubj}'s budget was cut {pct} and {eproj} is on hold. {etask}.", "finance"),
    ("We have {n} months of runway left and the board hasn't been told. Help me prep the update.", "finance"),
    ("Actual gross margin for {eq} is {pct}, not what we told analysts. {etask}.", "finance"),
    ("We're in talks to acquire a competitor at a ${amt}M valuation, diligence ongoing. {etask}.", "deal"),
    ("The term sheet for our ${amt}M Series B was signed yesterday, not announced. Draft an internal note.", "deal"),
    ("{esubj} plans to spin off the unit next year; only leadership knows. {etask}.", "deal"),
    ("Purchase price is tentatively ${amt}M in three tranches. {etask}.", "deal"),
    ("{eproj} shuts down next month and {n} roles go with it. {etask}.", "deal"),
    ("The supplier framework agreement prices units at ${n}.50 with a {pct} penalty clause. {etask}.", "legal"),
    ("Payment terms in this contract: net {n} after acceptance plus a {pct} rebate. Check the clauses.", "legal"),
    ("We will settle the dispute for ${amt}K; it isn't signed yet. {etask}.", "legal"),
    ("The client renewal is at ${amt}K a year, {pct} below last year. Write the pricing rationale.", "legal"),
    ("My coworker was just diagnosed with {edisease} and is in hospital. Write a kind message.", "medical"),
    ("My checkup shows {edisease}; the doctor wants surgery. Draft a leave request.", "medical"),
    ("An employee on my team is on long sick leave for {edisease}. Plan the handover.", "medical"),
    ("His medical record lists {edisease} and his current medication. {etask}.", "medical"),
    ("Here is the internal design of {eproj}, with the core algorithm parameters: lr {pct}, threshold {n}. {etask}.",
     "internal"),
    ("Our unreleased device gets {n} hours of battery and will sell for ${n}99. {etask}.", "internal"),
    ("The formula is {pct} compound A and {pct} compound B; it's our core process. {etask}.", "internal"),
    ("Yield went up because we anneal at {n}0 degrees for {n} minutes. {etask}.", "internal"),
    ("Below is how our internal auth service signs tokens. Document it:", "internal"),
    ("We're closing the {ecity} plant and staff don't know yet. Draft the comms plan.", "deal"),
    ("Next year {esubj} gets outsourced, {n} roles affected. List the risks first.", "deal"),
    ("The board agreed to sell to {epub}; it's announced next month. Prepare an employee FAQ.", "deal"),
    ("We actually lost money this quarter but haven't told investors. Help me word the update.", "finance"),
    ("Next year's sales target is ${amt}M, {pct} above this year, set in today's leadership meeting.", "finance"),
    ("Our real discount to the key account is {pct}, far below the list price. {etask}.", "legal"),
    ("They agreed to cut the damages to ${amt}K; our walk-away number is ${amt}K.", "legal"),
    ("We plan to sue our former partner; here is the evidence list. {etask}.", "legal"),
    ("He got the lowest rating this cycle and loses his bonus; I tell him tomorrow.", "hr"),
    ("Her pay is {pct} below peers at the same level; write the case for an off-cycle raise.", "hr"),
    ("Someone on my team is in therapy and needs a lighter load. How do I arrange it?", "medical"),
    ("I'm pregnant and haven't told work yet; how do I raise maternity leave with my boss?", "medical"),
    ("Pricing and cost structure of the unlaunched product are below. {etask}.", "internal"),
    ("These are the features and weights of our core ranking model. {etask}.", "internal"),
    ("{erelative} was diagnosed with {edisease} and needs {etreat}. Draft a leave request.", "medical"),
    ("{erelative} has {edisease} and doesn't want the company to know. How should the leave be requested?", "medical"),
    ("{erelative} is going through {etreat}; it's not going well. Plan the handover for next week.", "medical"),
    ("Test results came back: {erelative} has {edisease}. Will it affect the new job's medical check?", "medical"),
    ("{erelative} relapsed with {edisease} and needs two weeks off. {etask}.", "medical"),
    ("Last week's outage was really {eincident}; publicly we're calling it maintenance. Write the external line.",
     "incident"),
    ("Keep it quiet: we had {eincident} affecting {n}k users. Draft the internal notice.", "incident"),
    ("The real root cause of {eincident} was a contractor's mistake; the postmortem stays internal. {etask}.",
     "incident"),
    ("Our product has an unpatched critical vulnerability; the fix ships in {n} weeks. Draft the internal brief.",
     "incident"),
    ("This is our internal pricing engine: discount = 0.{n} if tier == 'gold' else 0.05. Optimise it.", "internal"),
    ("Our fraud rules freeze any transfer above ${n}0K automatically. Document them.", "internal"),
    ("We're about to sue {epub} for infringement; the letter hasn't gone out. {etask}.", "legal"),
    ("We'll settle the ex-employee's claim for {n} months' pay; nothing is signed. {etask}.", "legal"),
    ("The CFO wants {eq} losses shown as break-even for the bank. Is that compliant?", "finance"),
    ("{esubj} closes next month and {n} people lose their jobs; only a few directors know.", "hr"),
    ("Project {eproj} is really the layoff plan for next year. Draft the manager briefing without the code name.",
     "hr"),
    ("Write a demand letter telling {epub} to stop using our logo or we file suit in {n} days. {etask}.", "legal"),
    ("The other side breached the contract; we're filing for arbitration and claiming ${amt}K. Organise the evidence.",
     "legal"),
    ("The share purchase agreement pays ${amt}M in {n} tranches, clawed back if targets are missed. {etask}.", "deal"),
    ("The earn-out pays the second tranche only if EBITDA reaches ${amt}M in two years. {etask}.", "deal"),
    ("The lead investor wants a veto right at a ${amt}M valuation. {etask}.", "deal"),
    ("Our exclusive distribution deal with {epub} ends next year and they want {pct} off; set our walk-away.", "legal"),
    ("The new pricing tier doesn't launch until next month; beta price is ${n} per seat. Draft the FAQ.", 'finance'),
    ("We launch the product in {n} weeks at ${n}9, retailers haven't been told. {etask}.", 'finance'),
    ('I think someone in {esubj} is leaking roadmap docs to a competitor. How do we investigate quietly?', 'hr'),
    ('An engineer may be doing side work for another company on our laptops; how do we gather evidence?', 'hr'),
    ('Our fraud model declines above 0.{n} and weights velocity 0.{n}, device age 0.{n}. {etask}.', 'trade_secret'),
    ('Our ranking formula is relevance times 0.{n} plus CTR times 0.{n}; help me tune it.', 'trade_secret'),
    ('The NDA we signed with a supplier has a ${n}0k penalty clause; is section {n} too harsh for us?', 'legal'),
    ('A key customer is {n}0 days overdue on ${amt}M; should we book a bad-debt provision?', 'finance'),
    ("We're sending a cease-and-desist to a competitor that copied our designs. Draft it.", 'legal'),
    ('Our Series B slipped because the lead investor walked away. How do I tell staff without panic?', 'deal'),
    ('Leadership decided to close {eproj} next year but nobody outside the exec team knows. {etask}.', 'deal'),
    ("Tell the buyer our final offer is ${n}80 per unit; that's our floor, no more discounts.", 'legal'),
    ('We got a subpoena for records about a former employee in a lawsuit. Should we challenge the scope?', 'legal'),
    # misconduct found in our own staff, announcements still ahead (round 5)
    ('Our regional sales lead was caught padding expense reports by about ${n}k; the board is deciding what to do.',
     'internal'),
    ('Turns out one of our buyers took kickbacks from a supplier for {n} months. How do we handle it?', 'internal'),
    ("On Monday we announce that {eproj} is folded into the platform group; draft the all-staff email.", 'deal'),
    ("We'll tell everyone about the reorg at Thursday's all-hands; help me prep the FAQ for managers.", 'deal'),
]
EN_NEG = [
    ("How do I design a fair approach to {etopic}? {etask}.", "general"),
    ("Write a generic template for {etopic}, no real data.", "general"),
    ("What are common practices for {etopic}? Pros and cons please.", "general"),
    ("Write a Python function that returns the n-th Fibonacci number.", "general"),
    ("Translate to Chinese: the kickoff meeting is next Tuesday.", "general"),
    ("Give me {n} tips to improve team communication.", "general"),
    ("Explain gradient descent with a simple example.", "general"),
    ("What's the difference between VLOOKUP and XLOOKUP in Excel?", "general"),
    ("Draft a weekly meeting agenda with {n} sections.", "general"),
    ("Recommend {n} books about {etopic}.", "general"),
    ("Write a short out-of-office reply for {n} days.", "general"),
    ("{epub}'s published annual report shows revenue of ${amt}B. Analyse the trend.", "public_info"),
    ("What did {epub} announce at last week's launch event?", "public_info"),
    ("{epub}'s {eq} results, already public, show {pct} growth. Write a comment.", "public_info"),
    ("Summarise the job ads already posted on our careers page.", "public_info"),
    ("What are some famous quotes by {efamous}?", "public_figures"),
    ("Write a {n}0-word bio of {efamous}.", "public_figures"),
    ("Which book is {efict} from, and what is the character like?", "fictional"),
    ("Use Alice and Bob to explain a Diffie-Hellman key exchange.", "fictional"),
    ("What does GDPR require for employee data?", "privacy_question"),
    ("How should a company set a pay transparency policy?", "privacy_question"),
    ("Is sick-leave information sensitive personal data under PIPL?", "privacy_question"),
    ("What are common data masking techniques?", "privacy_question"),
    ("When will order 20231123{n}88 ship?", "near_miss"),
    ("After upgrading to v{n}.2.1 the build fails; how do I roll back?", "near_miss"),
    ("Invoice total ${amt}K at {pct} tax: compute the tax amount.", "near_miss"),
    ("How do I read password: ${{DB_PASS}} from the environment in config.yaml?", "placeholders"),
    ("What should replace api_key = \"YOUR_API_KEY\" in this snippet?", "placeholders"),
    ("Outline a training deck on {etopic}.", "general"),
    ("Explain the sales funnel model from the public course notes. {etask}.", "general"),
    ("Order {num} hasn't shipped in three days; draft a polite chaser.", "near_miss"),
    ("Invoice {num} for ${amt}K is overdue by {n} days; draft a reminder.", "near_miss"),
    ("Ticket {num}: the nightly ETL took {n} minutes instead of {n}. Write an RCA template.", "near_miss"),
    ("{tool} {ver} vs {ver}: what changed? We run the older one.", "general"),
    ("Server {ip} is at {n}% disk; write steps to clean up old logs.", "contact_only"),
    ("Please whitelist {ip} on port 443 and write the change request.", "contact_only"),
    ("Text {phone} saying the delivery window moved to Thursday.", "contact_only"),
    ("Our front desk number is {phone}; add it to the email signature.", "contact_only"),
    ("Add {mail} to the footer of our newsletter template.", "contact_only"),
    ("Write a {lang_} script that reads a CSV and sums sales by day.", "general"),
    ("{tool} keeps timing out after {n}000 ms. How do I debug it?", "general"),
    ("Review this {lang_} function for performance problems.", "general"),
    ("Write a thank-you note to our supplier for on-time deliveries this quarter.", "general"),
    ("I'm travelling to {ecity} for {n} days; make a packing list.", "general"),
    ("Draft an invite for our department's quarterly book club.", "general"),
    ("What training should a new hire get in week one? Give me a checklist.", "general"),
    ("Rewrite this product blurb for a ten-year-old.", "general"),
    ("Write a runbook for scaling a {tool} cluster.", "general"),
    ("Give me {n} ideas for the year-end party.", "general"),
    ("{epub}'s stock rose {pct} today after its launch; summarise the news.", "public_info"),
    ("How did the press react to {epub}'s announced layoffs?", "public_info"),
    ("Our {eq} earnings call happened last week; write a blog post about the published results.", "public_info"),
    ("How is the MD&A section of a public annual report usually structured?", "public_info"),
    ("Explain P/E and P/B ratios.", "general"),
    ("How is overtime pay calculated under US law?", "privacy_question"),
    ("What's a typical structure for a mutual NDA? Give a generic sample.", "privacy_question"),
    ("How are non-compete agreements enforced in California?", "privacy_question"),
    ("How do I run an effective performance conversation with a report? Tips please.", "general"),
    ("Write a generic layoff announcement template that names no one.", "general"),
    ("Write {n} quiz questions for a training on {etopic}.", "general"),
    ("Fix this {lang_} error: NullPointerException at line {n}.", "general"),
    ("Summarise the plot of a famous novel in {n} sentences.", "general"),
    ("Write a {lang_} function that sorts a list of records by the 'age' field.", "general"),
    ("Port this shell loop to {lang_}: for f in *.csv; do wc -l $f; done", "general"),
    ("Write a tiny {lang_} HTTP server whose /ping returns pong.", "general"),
    ("Is it fine to seed tests with test@example.org and 203.0.113.5?", "placeholders"),
    ("Write a pandas snippet that sums revenue by month and plots it.", "general"),
    ("Email {epub}'s sales desk asking about lead times and minimum order quantity.", "contact_only"),
    ("{epub}'s website contact form keeps failing; draft an email to their support.", "contact_only"),
    ("Proofread this intranet notice: shared drives move to the new platform next month.", "general"),
    ("Design a {n}-question employee engagement survey.", "general"),
    ("Write a short intro of {efamous} for a conference panel.", "public_figures"),
    ("Paraphrase a famous Shakespeare soliloquy in modern English.", "fictional"),
    ("Explain why a number that passes the Luhn check is not necessarily a real card.", "privacy_question"),
    ("Mock the payment API in tests so no real card data is ever sent.", "placeholders"),
    ("Generate fake sample users with names and emails at example.com.", "placeholders"),
    ("Our CDN shows origin errors; draft a status page update.", "general"),
    ('Tom has {n} apples and gives Anna 2; write {n} similar word problems for first graders.', 'fictional'),
    ('In Excel, how do I map grade A to 1.{n} and grade B to 1.0 with IFS?', 'general'),
    ('My sample app connects to localhost with an empty password; it fails on the server. Why?', 'general'),
    ("Write an email to {epub}'s local sales team asking for a product brochure.", 'general'),
    ("Wire reference {num} hasn't arrived yet; what should I ask the bank?", 'near_miss'),
    ('Our IBAN form rejects a Belgian IBAN the customer says is valid; how does the check digit work?', 'near_miss'),
    ('Node {ip} is NotReady and kubelet says PLEG is not healthy; how do I debug it?', 'general'),
    ("I whitelisted {ip} in the firewall but still can't connect; what did I miss?", 'general'),
    ('Our validator rejects the test number QA typed in; is our check-digit code wrong?', 'near_miss'),
    ('Format this citation in APA 7: ISBN 978-1-4920-{n}0-2, 2nd edition.', 'general'),
    ('Build {num} fails only on the arm64 runner with a linker error; any idea?', 'general'),
    ('Do we need a DPIA before rolling out {etopic} tooling in the office?', 'privacy_question'),
    ('Summarise PO {num}: due date next month, quantity {n}00 units, for the buyer.', 'near_miss'),
    # hypotheticals and textbook exercises with generic figures: no one's data (round 5)
    ('Suppose a firm has revenue of ${amt}M and a {pct} gross margin; what is its gross profit?', 'hypothetical'),
    ('Hypothetically, if a startup burns ${amt}M a month with ${amt}M in the bank, how is runway computed?',
     'hypothetical'),
    ('Say a project costs ${amt}k up front and returns ${n}k a year; how do I work out the IRR?', 'hypothetical'),
    ('If a company misses its sales target by {pct}, what does the market typically do to the share price?',
     'hypothetical'),
    ('Textbook question: a bond pays {pct} coupon for {n} years; what is its price at a {pct} yield?',
     'hypothetical'),
    ('Imagine churn drops from {pct} to {pct}; explain how that changes customer lifetime value.', 'hypothetical'),
    ('Worked example please: EBITDA of ${amt}M at an {n}x multiple, what enterprise value is that?',
     'hypothetical'),
    ('For a case study, assume margins fall by {pct}; walk me through the effect on earnings per share.',
     'hypothetical'),
    # everyday office requests that name a place, a licence, a payment reference or an invoice title
    ('Can Apache-2.0 code and LGPL libraries ship together in a proprietary app?', 'general'),
    ("We're choosing between {ecity} and {ecity} for a new office; compare commute times and rents.", 'general'),
    ('A SWIFT transfer came back with a returned status; what are the usual reasons?', 'general'),
    ("Write a polite note to a vendor saying their quote email never arrived and asking them to resend it.",
     'general'),
    ('If I invest ${amt}k today and get ${n}k back every year for {n} years, what is the internal rate of return?',
     'hypothetical'),
    ("We're thinking of opening an office in {ecity} or {ecity}; compare salaries, rents and time zones.", 'general'),
    ("We're planning a team offsite in {ecity} next quarter; suggest venues and a two-day agenda.", 'general'),
    ('Our app is closed source; can we bundle an MIT library and a GPL command-line tool with it?', 'general'),
    ('Reply to the vendor and tell them the training recording is on the shared drive.', 'general'),
    ("The courier's support line is {phone}; write a note telling the team to call them about late parcels.",
     'general'),
    ('The bank returned our outgoing transfer; draft a message asking the payee to confirm their account details.',
     'general'),
    ('Proofread this intranet notice: next month IT moves all shared folders to the new document system.',
     'general'),
]
MIXED_POS = [
    ("{zsubj}的 {eq} revenue forecast 是 ${amt}M，还没对外，{ztask}。", "finance"),
    ("Offer 给候选人 base ${n}0k + {n}k RSU，{ztask}。", "hr"),
    ("{eproj} 要砍掉，{n} 个 headcount 要 cut，帮我写 talking points。", "deal"),
]
MIXED_NEG = [
    ("{ztopic} 的 best practice 有哪些？", "general"),
    ("帮我 review 这段 Python code 的风格问题。", "general"),
    ("{epub} 的 annual report 已经公开了，帮我总结 key points。", "public_info"),
]
# Follow-ups and one-liners people send in a chat: short, and never confidential on their own.
SHORT_NEG = [
    "Keep it short.", "Make it shorter, please.", "Use bullet points.", "Answer in Chinese.", "Thanks!", "Continue.",
    "More formal, please.", "Can you add an example?", "Shorten it to two sentences.", "Make the tone friendlier.",
    "Keep it within {n}0 words.", "Give me {n} options.", "Explain it like I'm five.", "Fix the grammar only.",
    "Add a subject line.", "Now in a table.", "Good, one more please.", "Rewrite the last paragraph.",
    "再简洁一点。", "用更正式的语气。", "换成要点列表。", "用英文回答。", "谢谢！", "继续。", "再给我{n}个版本。",
    "控制在{n}0字以内。", "加一个例子。", "只改语法错误。", "语气再委婉一些。", "帮我加个标题。", "改成表格形式。",
    "好的，再来一个。", "把最后一段重写一下。", "说得通俗一点。",
]
# The task phrases ({etask}, {ztask}) end many sensitive frames: on their own, and after harmless
# content, they must read as harmless, or the model learns "Summarise it" means confidential.
TASK_NEG = [(f"{prefix}{task}{end}", "general") for task in (*FILL["etask"], *FILL["ztask"])
            for prefix, end in (("", "."), ("Now ", "."), ("Please: ", "!"))]
NEUTRAL_NEG = [
    ("Here is my note about the team lunch on Friday. {etask}.", "general"),
    ("This is the agenda for next week's training day. {etask}.", "general"),
    ("Below is our public FAQ about returns and shipping. {etask}.", "general"),
    ("Here's a paragraph about the history of {ecity}. {etask}.", "general"),
    ("My blog post draft on learning {lang_} is below. {etask}.", "general"),
    ("These are the published release notes for {tool} {ver}. {etask}.", "public_info"),
    ("这是周五团队聚餐的通知，{ztask}。", "general"),
    ("下面是下周培训日的议程，{ztask}。", "general"),
    ("这是我们官网上公开的退换货说明，{ztask}。", "general"),
    ("这段是介绍{city}历史的文字，{ztask}。", "general"),
    ("我写了一篇学习{lang_}的心得，{ztask}。", "general"),
    ("这是{tool} {ver} 已发布的更新说明，{ztask}。", "public_info"),
]
# Everyday one-line requests: "Name three colours of the sea."
EVERYDAY_VERBS = ["Name", "List", "Give me", "Suggest", "Recommend", "Describe", "Compare", "Rank"]
EVERYDAY_THINGS = ["colours of the sea", "tropical fruits", "programming languages for beginners", "European capitals",
                   "ways to save energy at home", "team-building games", "famous paintings", "types of clouds",
                   "uses of Python in finance", "board games for a rainy day", "healthy breakfast ideas",
                   "museums in Paris", "bird species in winter", "hiking trails near a big city", "classic films"]
ZH_EVERYDAY = ["说出{n}种海洋的颜色", "列举{n}种热带水果", "推荐{n}门适合初学者的编程语言", "说几个欧洲国家的首都",
               "给我{n}个在家节能的办法", "推荐几个团建小游戏", "介绍{n}幅世界名画", "云有哪几种类型",
               "推荐{n}款雨天玩的桌游", "给我几个健康早餐的搭配", "巴黎有哪些值得去的博物馆", "推荐几部经典电影"]
EVERYDAY_NEG = [(f"{verb} {{n}} {thing}.", "general") for verb in EVERYDAY_VERBS for thing in EVERYDAY_THINGS] + \
               [(f"{text}。", "general") for text in ZH_EVERYDAY]
# Confidential content missed before, as classes: a relative's lab results and what the doctor
# said; figures in an unreleased board pack; a legal letter about to go to a named company; a
# report's competing offer; office rumours about an executive's fall; a code-named plan not announced.
HARD_POS = [
    ("{erelative_s} blood test: ferritin {n}, haemoglobin {n}{n}; the GP says it's iron deficiency. {etask}.",
     "medical"),
    ("{erelative_s} scan results came back and the consultant mentioned {edisease}. How do I explain it to the kids?",
     "medical"),
    ("{relative}的化验单出来了，血红蛋白{n}{n}，医生说是贫血，还要复查，{ztask}。", "medical"),
    ("The board pack for next week shows {eq} EBITDA at ${amt}M against a plan of ${amt}M. {etask}.", "finance"),
    ("下周董事会材料里的{q}预测：收入{amt}亿，比预算少{pct}，{ztask}。", "finance"),
    ("We're about to send a cease-and-desist to {epub} over our patents. {etask}.", "legal"),
    ("准备给{zpub}发律师函，说他们抄了我们的设计，还没发出去，{ztask}。", "legal"),
    ("One of my engineers has been interviewing elsewhere and has an offer {pct} above what we pay. {etask}.", "hr"),
    ("组里一个骨干在外面面试，拿到了比现在高{pct}的offer，我想留住他，{ztask}。", "hr"),
    ("Word around the office is that our VP of sales is being demoted after the missed quarter. {etask}.", "hr"),
    ("听说我们副总裁要被降级了，据说是因为{q}业绩没达标，{ztask}。", "hr"),
    ("Project {ecodename} is our plan to spin off the {eproj} unit; nothing has been announced. {etask}.", "deal"),
    ("代号“{zcodename}”的项目其实是把{zproj}业务拆分出去，还没对外公布，{ztask}。", "deal"),
    # decisions not yet told to those affected: freezes pending funding, merged orgs, shrinking bonus pools
    ("招聘先暂停，等这轮融资到账再说，岗位先别下架，{ztask}。", "hr"),
    ("Hiring is on hold until the round closes, but keep the job ads up; help me answer the recruiters.", "hr"),
    ("下个月要宣布{zsubj}和另一个部门合并，两个负责人只留一个，{ztask}。", "hr"),
    ("Next week we merge {esubj} with product and only one of the two directors stays. {etask}.", "hr"),
    ("今年{zsubj}的奖金池比去年少了{zfrac2}，有{n}个人要拿零，{ztask}。", "hr"),
    ("The bonus pool for {esubj} is down {pct} on last year and two people will get nothing. {etask}.", "hr"),
    ("我们在看的收购标的下周做现场尽调，对方是做{zindustry}的，{ztask}。", "deal"),
    ("We're doing a site visit at the acquisition target next week, a {eindustry} firm; list the diligence items.",
     "deal"),
]
# Round 6 (from the seventh probe set), as classes. Confidential: a deal of ours described without the
# word "acquisition" (a code name, "买下游那家做包材的", closing/交割, signing, a term sheet), and ratings,
# rankings or calibration of people (a person's rating is a staff matter whoever is named). Harmless
# twins, many phrasings: scripts, translations of everyday sentences, IT tickets about a mailbox,
# the status of an order or a PO, posts about partnerships both sides announced, published surveys.
FILL.update({
    "zdealdesc": ["买下游那家做包材的", "收上游那家做电机的", "把那家做{zindustry}的吃下来",
                  "拿下{city}那家做{zindustry}的厂",
                  "入股那家做{zindustry}的小公司", "把隔壁那家做模具的并进来", "控股那家做{zindustry}的",
                  "买断那家代工厂", "把那家渠道商整个收了", "吃下一家做{zindustry}的同行"],
    "edealdesc": ["buying the packaging supplier downstream", "picking up that {eindustry} shop in {ecity}",
                  "taking over our contract manufacturer", "folding the distributor into us",
                  "buying out the minority partner", "absorbing a small {eindustry} competitor",
                  "taking a controlling stake in the {eindustry} startup"],
    "zwhen": ["明年一季度", "下个月底", "年底前", "月底", "下周五", "三月份", "Q2", "春节前", "下半年"],
    "ewhen": ["in Q1", "by the end of next month", "before year end", "in March", "next Friday", "mid-Q3",
              "after the holidays"],
    "zdealstep": ["交割", "签约", "签SPA", "签股权转让协议", "完成尽调", "过董事会", "报反垄断审查", "付首期款",
                  "close"],
    "edealstep": ["closing", "signing", "the SPA signing", "the final board vote", "the regulatory filing",
                  "the first tranche", "completion"],
    "zdealask": ["先帮我把交易要点捋一遍", "帮我列个交割清单", "帮我整理尽调问题", "帮我写个给董事会的一页纸",
                 "帮我算一下对价怎么分期", "帮我梳理一下风险点", "帮我起草内部FAQ"],
    "edealask": ["walk me through the key deal terms", "draft the closing checklist", "list the open diligence items",
                 "write a one-pager for the board", "outline the integration plan", "summarise the risks"],
    "zgname": ["美玲", "浩然", "嘉怡", "子涵", "思远", "雨桐", "俊杰", "晓雯", "小王", "老刘", "阿杰", "新来的产品",
               "测试组长", "那个实习生"],
    "egname": ["Mei", "Ines", "Chloe", "Raj", "Tomás", "Priya", "Jonas", "Aisha", "Ken", "Lena", "the new PM",
               "our QA lead", "the intern", "Sam"],
    "erate": ["exceeds", "meets", "below", "strong", "solid", "needs improvement", "outstanding", "partially meets",
              "a 4", "a 2", "top", "bottom"],
    "zrate": ["超出预期", "符合预期", "低于预期", "待改进", "A", "B", "C", "D", "3.75", "3.5-", "优秀", "不合格",
              "垫底"],
    "erateframe": ["Quick calibration notes", "Mid-year ratings", "Calibration prep", "Draft ratings for my team",
                   "Year-end scores", "Stack rank for the committee", "Promo committee notes"],
    "zrateframe": ["绩效校准备注", "年中打分", "这次绩效初评", "校准会前的初稿", "年终评级", "我们组的排名",
                   "晋升评审打分"],
    "erateask": ["need one line of justification each", "write the rationale for each", "help me defend these in "
                 "the calibration meeting", "draft the feedback for each", "turn this into the committee summary"],
    "zrateask": ["每人写一句理由", "帮我写评语", "帮我准备校准会的说辞", "帮我写反馈", "整理成给HRBP的表格"],
})
ROUND6_POS = [
    ("“{zcodename}”那个项目（{zdealdesc}）定在{zwhen}{zdealstep}，{zdealask}", "deal"),
    ("{zdealdesc}的事定了，{zwhen}{zdealstep}，{zdealask}", "deal"),
    ("代号{zcodename}：{zdealdesc}，对价大概{amt}亿，{zwhen}{zdealstep}，{zdealask}", "deal"),
    ("term sheet 已经签了，{zwhen}{zdealstep}，估值{amt}亿，{zdealask}", "deal"),
    ("{zcodename}项目{zdealstep}前还差两个先决条件，{zwhen}能不能落地，{zdealask}", "deal"),
    ("标的是一家做{zindustry}的，{zwhen}{zdealstep}，{zdealask}", "deal"),
    ("Project {ecodename} ({edealdesc}) is set for {edealstep} {ewhen}; {edealask}.", "deal"),
    ("{edealdesc} — {edealstep} is targeted {ewhen}, about ${amt}M all in. {edealask}.", "deal"),
    ("The term sheet for {ecodename} is agreed: ${amt}M, {pct} earn-out, {edealstep} {ewhen}. {edealask}.", "deal"),
    ("LOI signed with the {eindustry} target, {edealstep} {ewhen}. {edealask}.", "deal"),
    ("{ecodename} 这个 deal 定在{zwhen} close，{zdealdesc}，{zdealask}", "deal"),
    ("{erateframe}: {egname} {erate}, {egname} {erate}, {egname} {erate} — {erateask}", "hr"),
    ("{erateframe}: {zgname} {erate}, {egname} {erate}, {egname} {erate} — {erateask}", "hr"),
    ("{erateframe}:\n- {egname}: {erate}\n- {egname}: {erate}\n- {zgname}: {erate}\n{erateask}", "hr"),
    ("I'm rating {egname} '{erate}' and {egname} '{erate}' this cycle; {erateask}.", "hr"),
    ("{zrateframe}：{zgname}{zrate}，{zgname}{zrate}，{zgname}{zrate}，{zrateask}", "hr"),
    ("{zrateframe}：{zgname} {zrate}、{egname} {zrate}、{zgname} {zrate}，{zrateask}", "hr"),
    ("这次{zgname}打{zrate}，{zgname}打{zrate}，{zrateask}", "hr"),
    ("组里{n}个人我排了序：{zgname}第一，{zgname}第二，{zgname}最后，{zrateask}", "hr"),
    ("ranking my {n} reports for calibration: {egname} first, {egname} middle, {egname} last. {erateask}", "hr"),
]
PRECISION_PARTS = {
    "shell": ["bash", "shell", "PowerShell", "Python", "zsh", "bat"],
    "zscript": ["把当前目录下所有 .log 文件压缩成 tar.gz，然后删掉{n}天前的", "每天凌晨{n}点备份 MySQL 到 /data/backup",
                "批量把图片改名成日期格式", "找出大于{n}00MB 的文件并列出来", "把 csv 按第一列去重",
                "监控磁盘使用率超过{n}0%就发邮件", "定时清理 /tmp 下{n}天没动过的文件", "把所有 .txt 转成 UTF-8"],
    "escript": ["gzips every .log in this folder and deletes the ones older than {n} days",
                "backs up a Postgres database every night at {n}am", "renames photos by their EXIF date",
                "finds files bigger than {n}00 MB", "dedupes a CSV on the first column",
                "emails me when disk usage passes {n}0%", "cleans /tmp of files untouched for {n} days",
                "converts all .txt files to UTF-8"],
    "eplain2": ["The shipment has been delayed due to weather, sorry for the inconvenience",
                "Our office will be closed on Friday for the holiday", "Thanks for your order, it ships in {n} days",
                "We apologise for the late reply", "The meeting has been moved to Thursday at 3pm",
                "Please find the updated price list attached", "Your package is out for delivery",
                "We're sorry, this item is temporarily out of stock", "The invoice is attached for your records"],
    "zplain2": ["货物因天气原因延迟发货，给您带来不便敬请谅解", "周五公司放假，办公室不开放",
                "感谢您的订单，预计{n}天内发货",
                "抱歉回复晚了", "会议改到周四下午三点", "附件是更新后的价目表", "您的包裹正在派送中",
                "该商品暂时缺货，非常抱歉"],
    "ztransask": ["翻译成英文", "帮我翻成英文", "译成日文", "翻译一下，商务一点"],
    "etransask": ["translate to chinese pls", "Translate into Chinese", "Can you put this in Japanese",
                  "translate to German, formal", "zh translation please"],
    "zitissue": ["这个邮箱老是收不到我们的周报", "共享邮箱收不到外部邮件", "打印机连不上", "VPN 老掉线",
                 "Outlook 一直要求输入密码",
                 "会议室的投屏用不了", "新电脑装不了 Office", "Teams 里看不到共享日历"],
    "eitissue": ["this mailbox keeps missing our weekly report", "the shared inbox doesn't get external mail",
                 "the printer on floor {n} is offline", "the VPN drops every hour",
                 "Outlook keeps asking for my password",
                 "the meeting-room screen won't cast", "my new laptop can't install Office"],
    "mailx": ["tomasz.w@foxmail.com", "procurement@brightwater-analytics.co.uk", "ops-team@corp-mail.cn",
              "sales.asia@vendor.io", "weekly-report@company.com", "l.meyer@kessler-antrieb.de"],
    "ponum": ["PO-2024-367320", "PO-55128", "PO 4500183921", "采购单 CG20240611", "SO8837261", "order #66120"],
    "date": ["2026-08-15", "3月12日", "last Monday", "上周三", "2025/11/02", "yesterday"],
    "eproc": ["was approved on {date} but the vendor hasn't shipped", "shows delivered but nothing arrived",
              "is stuck in 'pending approval' since {date}", "was split into two deliveries and one is missing",
              "got approved {date}; can you draft a chaser to the supplier", "has the wrong ship-to address"],
    "zproc": ["{date}就审批通过了，供应商还没发货", "显示已签收但是仓库没收到", "{date}提交后一直卡在待审批",
              "拆成了两批发货，少了一批", "审批过了，帮我写封催货邮件", "收货地址填错了，怎么改"],
    "eco2": ["Tanaka Precision Inc.", "Brightlane Foods Co.", "Acme Logistics Ltd", "Nordvik AS", "Orion Data Systems",
             "Halvorsen & Moe", "Pacific Crest Foods"],
    "zpubdone": ["（双方都已官宣）", "，新闻稿昨天已经发了", "，两家官网都发了公告", "，上周发布会已经公开",
                 "（已公开）"],
    "epubdone": ["(both sides announced it today)", "— the press release went out yesterday",
                 "now that it's public", "which both companies announced this morning", "as announced at the launch"],
    "esurvey": ["the 2024 public salary survey", "the 2025 national pay report", "the latest Stack Overflow survey",
                "the government's wage statistics",
                "Glassdoor data", "the Hays salary guide", "the official labour statistics",
                "a published industry report"],
    "zsurvey": ["统计局公布的数据", "最新的行业薪酬报告", "招聘网站公开的数据", "公开的薪资调查",
                "人社局发布的工资指导价"],
    "erole2": ["data engineers", "nurses", "product managers", "teachers", "frontend developers", "accountants"],
    "zrole2": ["数据工程师", "护士", "产品经理", "中学老师", "前端开发", "会计"],
}
FILL.update(PRECISION_PARTS)
ROUND6_NEG = [
    ("帮我写个 {shell} 脚本，{zscript}", "general"), ("{shell} 脚本怎么写：{zscript}？", "general"),
    ("Write a {shell} script that {escript}.", "general"), ("need a quick {shell} one-liner that {escript}", "general"),
    ("{etransask}: '{eplain2}'", "general"), ("{etransask}: \"{eplain2}\"", "general"),
    ("{ztransask}：{zplain2}", "general"), ("把这句{ztransask}：“{zplain2}”", "general"),
    ("{mailx} {zitissue}，帮我写个给IT的工单", "general"), ("{zitissue}，帮我写个 IT 工单", "general"),
    ("{mailx} — {eitissue}. Write me an IT ticket.", "general"), ("IT ticket pls: {eitissue}", "general"),
    ("{ponum} {eproc}", "general"), ("Our {ponum} {eproc}. What should I ask the vendor?", "general"),
    ("{ponum} {zproc}", "general"), ("{ponum}{zproc}，怎么跟进？", "general"),
    ("帮我写个 LinkedIn 帖子，祝贺 {eco2} 和我们宣布的合作正式落地{zpubdone}", "public_info"),
    ("帮我写条朋友圈，庆祝我们和 {eco2} 的联合发布会圆满成功{zpubdone}", "public_info"),
    ("Write a LinkedIn post celebrating our partnership with {eco2}, {epubdone}.", "public_info"),
    ("Draft a short congratulations to {eco2} on our joint launch {epubdone}.", "public_info"),
    ("According to {esurvey}, what's the median pay for {erole2} in {ecity}?", "public_info"),
    ("What does {esurvey} say about average salaries for {erole2}?", "public_info"),
    ("根据{zsurvey}，{city}{zrole2}的平均月薪是多少？", "public_info"), ("{zsurvey}里{zrole2}的工资中位数大概多少",
     "public_info"),
    ("How should we run a calibration meeting? What does 'meets' vs 'exceeds' usually mean?", "general"),
    ("绩效校准会一般怎么开？超出预期和符合预期的标准怎么定？", "general"),
    ("Write a self-review template with sections for exceeds, meets and below expectations.", "general"),
    ("Quick calibration notes for the pH meter: buffer 4 reads 4.0{n}, buffer 7 reads 7.0{n}; is that in spec?",
     "general"),
    ("Rank these for our movie night: Dune top, Hamlet middle, Moby-Dick last — write a blurb each", "general"),
    ("给这几本书排个名：《三体》第一，《围城》第二，写一句推荐语", "general"),
    ("Translate '{ecodename}' into Chinese — is it a good product name?", "general"),
    ("《红楼梦》里贾宝玉和林黛玉的关系怎么分析", "general"),
    ("What does 'closing' mean in an M&A deal, and what usually happens at signing vs closing?", "general"),
    ("并购里签约和交割有什么区别？一般要多久？", "general"),
    ("新闻说{zpub}收购了一家做{zindustry}的公司，已经完成交割，帮我总结一下报道", "public_info"),
]
FILL.update({
    "zmeetitems": ["前端下周提测，测试环境扩容，周四评审UI", "项目进度正常，测试环境下周就绪，上线时间待定",
                   "新工位按项目组安排，行政下周出平面图", "周报改成周五交，例会改到周一上午",
                   "文档统一放到共享盘，下周培训新系统",
                   "接口联调推迟两天，设计稿周三定稿", "下周二消防演练，大家提前保存文件"],
    "emeetitems": ["frontend goes to QA next week, staging gets more capacity, UI review on Thursday",
                   "project on track, test env ready next week, launch date TBD",
                   "desks assigned by project team, facilities shares the floor plan next week",
                   "weekly report moves to Friday, standup moves to 9:30",
                   "docs move to the shared drive, training on Tuesday",
                   "API integration slips two days, designs final on Wednesday"],
    "zmeetask": ["把下面的会议纪要整理成待办事项", "把下面的会议纪要压缩成三条要点", "帮我把会议记录整理成邮件",
                 "会议纪要帮我润色一下", "把这段例会记录改成表格"],
    "emeetask": ["Turn these meeting notes into action items", "Summarise these standup notes in three bullets",
                 "Clean up these meeting minutes", "Make an email out of these notes"],
    "zfield": ["card number", "银行卡号", "手机号", "身份证号", "IBAN", "验证码"],
    "zfieldbehaviour": ["每 4 位自动加空格", "输入时自动校验格式", "只能输入数字", "失焦时做 Luhn 校验",
                        "粘贴时去掉空格"],
    "zfw": ["React", "Vue", "小程序", "Flutter", "原生 JS", "Angular"],
    "zprivacy": ["我们的 chatbot 会记录对话，privacy policy 里 retention period 怎么写",
                 "数据出境要做安全评估吗，标准合同怎么备案", "做一个 PII 识别的 pipeline，手机号和银行卡用什么规则",
                 "GDPR 的 72 小时通报要通知谁", "员工监控软件上线前要告知员工哪些内容", "DPIA 一般什么时候必须做"],
    "eprivacy": ["what does the 72-hour breach notice under GDPR require, and who gets notified?",
                 "how long can we keep chat transcripts, and how do we say it in the privacy policy?",
                 "what rules should a PII detection pipeline use for phone numbers and card numbers?",
                 "do we need SCCs when our SaaS stores EU data in a US region?",
                 "when is a DPIA mandatory?"],
    "zsecretsauce": ["我们的核心配方是两种酶按{n}:1 混合、{n}0°C 反应",
                     "我们产线的关键工艺参数是烧结温度{n}00度、保温{n}小时",
                     "我们推荐模型的特征权重和阈值都在下面", "我们涂层的配比是树脂{n}0%加{n}%的助剂",
                     "我们良率提升靠的是把退火时间从{n}分钟改成{n}分钟"],
    "esecretsauce": ["our core recipe mixes the two enzymes {n}:1 at {n}0°C",
                     "our sintering step runs at {n}00°C for {n} hours",
                     "the feature weights and cut-offs of our scoring model are pasted below",
                     "our coating is {n}0% resin with {n}% of a proprietary additive",
                     "the yield jump came from shortening our anneal from {n} to {n} minutes"],
    "zsecretask": ["帮我写专利交底书", "帮我写给新员工的培训材料", "帮我整理成工艺文件", "帮我写技术白皮书的草稿"],
    "esecretask": ["help me write the patent disclosure", "turn it into the internal process doc",
                   "draft the training notes for new engineers", "write the technical section of our pitch"],
    "zscreen": ["一个司机随机药检呈阳性", "仓库一个员工体检查出乙肝", "一个保安酒精测试超标",
                "新来的护士入职体检查出怀孕"],
    "escreen": ["one of our drivers tested positive in today's random drug screen",
                "a warehouse worker's pre-employment medical came back positive for hepatitis B",
                "a forklift operator failed the alcohol test this morning",
                "a new hire's occupational health check flagged a heart condition"],
})
ROUND6_POS += [
    ("{zsecretsauce}，{zsecretask}", "trade_secret"), ("{esecretsauce} — {esecretask}.", "trade_secret"),
    ("今天{zscreen}，接下来人事上该怎么处理？", "medical"), ("{escreen}; what are our next steps as the employer?",
     "medical"),
]
ROUND6_NEG += [
    ("{zmeetask}：{zmeetitems}", "general"), ("{emeetask}: {emeetitems}", "general"),
    ("前端做 {zfield} 输入框，{zfieldbehaviour}，{zfw} 怎么实现", "general"),
    ("{zfw} 里 {zfield} 字段{zfieldbehaviour}，有现成的组件吗", "general"),
    ("{zprivacy}", "general"), ("{eprivacy}", "general"),
    ("《{zbook2}》里谁才是真正的主角？", "general"), ("Is {echar} the real hero of {ebook2}?", "general"),
    ("测试数据里用户名写的是 {eplaceholdername2}，显得不专业，换成什么", "general"),
]
FILL.update({
    "zbook2": ["红楼梦", "西游记", "三体", "围城", "活着"],
    "ebook2": ["The Lord of the Rings", "Harry Potter", "Moby-Dick", "Hamlet", "The Great Gatsby", "Dune"],
    "echar": ["Frodo or Sam", "Harry or Neville", "Ishmael or Ahab", "Nick or Gatsby", "Paul or Jessica"],
    "eplaceholdername2": ["Foo Bar", "John Doe", "Fulano de Tal", "Max Mustermann", "Erika Musterfrau", "Jan Kowalski"],
})
# A decision kept from those it touches while appearances stay ("招聘先停，但JD先别下", "freeze, keep the ads up").
FILL.update({
    "zfreeze": ["招聘先停一下，等融资落地再说", "HC 冻结到年底", "这个项目其实已经停了", "明年要换掉这家供应商",
                "这条产品线年底就不做了", "涨薪今年取消了"],
    "zappear": ["JD先别下", "对猎头还说在招", "对供应商先照常下单", "对客户先照常报价", "对团队先照常排期",
                "招聘网站上的岗位先挂着"],
    "zfreezeask": ["帮我想个说法回复猎头", "候选人问起来怎么说", "帮我写个回复", "怎么跟对方沟通比较自然"],
    "efreeze": ["hiring is frozen until the funding lands", "the project is effectively cancelled",
                "we're dropping this supplier next year", "the product line ends at year end",
                "raises are off this year"],
    "eappear": ["keep the job ads up", "tell recruiters we're still hiring", "keep ordering from them as usual",
                "keep quoting customers as normal", "keep the team's roadmap as is"],
    "efreezeask": ["how do I answer recruiters?", "what do I tell candidates who ask?", "draft a reply",
                   "how do I word it naturally?"],
})
ROUND6_POS += [("{zfreeze}，但{zappear}，{zfreezeask}", "hr"), ("{efreeze}, but {eappear} — {efreezeask}", "hr")]
# Everyday senses of the verbs the deal frames use (拿/拿下/收): one's own data misused by a stranger, a prize won.
FILL.update({
    "zuse": ["拿", "用", "冒用", "盗用", "偷偷用"],
    "zmyinfo": ["手机号", "身份证号", "邮箱", "身份证照片", "银行卡"],
    "zmisuse": ["注册了网贷", "开了网店", "办了手机卡", "注册了外卖账号", "申请了信用卡", "注册了游戏账号"],
    "zwhattodo2": ["我该怎么处理", "怎么办", "能报警吗", "怎么维权", "要不要换号"],
    "zwin": ["我们队拿下了公司篮球赛冠军", "我们拿下了年度最佳团队奖", "项目组拿下了创新大赛一等奖",
             "我们组把这次黑客松的奖收入囊中", "终于拿下了驾照"],
})
ROUND6_NEG += [("有人{zuse}我的{zmyinfo}{zmisuse}，{zwhattodo2}", "general"), ("{zwin}，帮我写条朋友圈", "general")]
# The terms of our own contract with a named counterparty, listed tersely; and generic questions on such terms.
FILL.update({
    "etermlist": ["3-year lock, {pct} uplift, auto-renew", "net-60, 2% early-pay discount, ${amt}K liability cap",
                  "exclusive in APAC for 24 months, {pct} rebate over {n}0K units", "{n}-month minimum, ${n}0/seat, "
                  "no termination for convenience", "SLA 99.9% with {pct} credits, {n}-day notice to exit"],
    "ztermlist": ["锁定三年，每年涨价{pct}，到期自动续约", "账期60天，提前付款折扣2%，赔偿上限{amt}万",
                  "华东独家24个月，年采购超{n}万件返点{pct}", "最短{n}个月，每个账号每月{n}0元，不能提前解约",
                  "SLA 99.9%，不达标返还{pct}服务费，提前{n}天通知才能退出"],
    "etermask": ["Redline this", "What should we push back on?", "Is this market standard for us?",
                 "Draft our counter"],
    "ztermask": ["帮我看看哪些要改", "我们该在哪几条上还价", "帮我起草回复", "这个条件对我们合理吗"],
    "econtract2": ["MSA", "SaaS renewal", "supply agreement", "office lease", "reseller agreement"],
    "zcontract2": ["续约合同", "框架协议", "采购合同", "租赁合同", "代理协议"],
    "zco2": ["宁波海纳贸易", "杭州云帆科技", "苏州中达精密", "那家物流商", "房东", "代工厂"],
})
ROUND6_POS += [("{econtract2} terms with {eco2}: {etermlist}. {etermask}", "contract"),
               ("Renewal with {eco2}: {etermlist} — {etermask}", "contract"),
               ("和{zco2}的{zcontract2}条款：{ztermlist}，{ztermask}", "contract")]
ROUND6_NEG += [("What's a typical renewal uplift cap in SaaS contracts?", "general"),
               ("SaaS 合同里自动续约条款一般怎么约定？", "general"),
               ("Explain net-60 payment terms and early-payment discounts in general.", "general"),
               ("赔偿上限条款一般约定为合同额的多少比较常见？", "general")]
# Our own prices still ahead, stated as a list or a plan, with or without a word of secrecy.
FILL.update({
    "zedition": ["企业版", "专业版", "旗舰款", "基础套餐", "年费会员", "标准版"],
    "eedition": ["the Enterprise plan", "the Pro tier", "our flagship model", "the Basic bundle", "annual membership"],
    "zpricehush": ["", "", "先别让销售提前透露给客户", "客户那边暂时不要说", "先别外传", "代理商还不知道"],
    "epricehush": ["", "", "sales mustn't tell customers yet", "resellers don't know yet", "keep it off the website"],
})
ROUND6_POS += [("{q}定价：{zedition}涨到每席位{n}99，{zedition}不动，{zpricehush}，{ztask}", "pricing"),
               ("{zwhen}起{zedition}价格上调{pct}，{zpricehush}，{ztask}", "pricing"),
               ("From {eq2} {eedition} goes to ${n}9 a seat and {eedition} stays flat; {epricehush}. {etask}.",
                "pricing")]
FILL["eq2"] = ["Q1", "Q3", "next quarter", "January", "the new fiscal year"]
ROUND6_NEG += [("{zpub}官网已经公布了{zedition}的新价格，帮我做个对比表", "public_info"),
               ("{epub} published new prices for {eedition} today; compare them with last year's.", "public_info")]
# CI and build failures quoted with build numbers, runners and log tails: technical, never confidential.
FILL.update({
    "runner": ["arm64", "windows-latest", "macos-14", "self-hosted", "ubuntu-22.04", "GPU"],
    "buildlog": ["error: linker 'cc' not found", "fatal error: openssl/ssl.h: No such file or directory",
                 "npm ERR! code ELIFECYCLE", "cannot find -lstdc++", "error[E0463]: can't find crate for `std`",
                 "ModuleNotFoundError: No module named 'numpy'", "exit code 137", "No space left on device"],
    "buildask": ["What's missing?", "any idea why?", "how do I fix the image?", "what should I install?"],
})
ROUND6_NEG += [("Build #{n}{n}{n}{n} failed on the {runner} runner only. Last log line: `{buildlog}`. {buildask}",
                "general"),
               ("CI job {n}{n}{n} passes locally but fails on {runner}: `{buildlog}` — {buildask}", "general"),
               ("流水线 #{n}{n}{n} 在 {runner} 机器上挂了，日志最后一行是 `{buildlog}`，缺什么？", "general")]
# Round 7 (from the eighth probe set), as classes. Confidential: a test or screening result of the writer or
# their family, in many tests and findings, whatever is asked of it; a leader leaving or replaced, or an org
# change, before it is announced. Harmless twins: how accurate a test is in general, what a value usually
# means; how companies announce leadership changes; general legal questions in many jurisdictions; ops
# questions that quote an attacker's or a server's address; how other companies handle a practice.
FILL.update({
    "ztest7": ["唐筛", "甲功五项", "乳腺钼靶", "肺部CT", "胃镜", "肠镜", "HPV筛查", "TCT", "肝功能", "肾功能",
               "糖耐量", "心脏彩超", "甲状腺B超", "骨密度", "肿瘤标志物", "颈动脉彩超", "孕检", "血常规",
               "过敏原检测", "肺功能"],
    "zfind7": ["提示高风险", "有个结节要随访", "说是阳性", "好几项偏高", "指标异常", "看到一个阴影", "说有囊肿",
               "肌酐偏高", "说是临界值", "提示钙化", "血糖超标", "说要进一步检查", "说有息肉，已经切了做病理",
               "对尘螨和猫毛重度过敏", "提示轻度哮喘"],
    "zmedask7": ["这个严重吗", "下一步该做什么检查", "要不要换家医院再看看", "帮我看看报告上的指标什么意思",
                 "挂哪个科比较好", "需要马上手术吗", "帮我列几个问医生的问题", "这个准确率高吗", "家里人该怎么安慰她"],
    "zkin7": ["我老婆", "我老公", "我爸", "我妈", "我婆婆", "我岳母", "我女儿", "我儿子", "我自己", "我姐", "我外婆",
              "我对象", "孩子"],
    "etest7": ["thyroid panel", "mammogram", "colonoscopy", "CT scan", "HbA1c", "PSA test", "Pap smear",
               "liver panel", "kidney function test", "bone density scan", "glucose tolerance test", "echo",
               "20-week scan", "genetic screen", "allergy panel", "MRI"],
    "efind7": ["came back abnormal", "flagged a small mass", "showed a shadow on the left lung", "was borderline high",
               "came back positive", "found two polyps", "showed elevated markers", "picked up a nodule",
               "put her in the high-risk group", "came back at 7.9", "showed early osteoporosis",
               "was inconclusive so they want to repeat it", "showed a severe shellfish allergy",
               "confirmed mild asthma"],
    "emedask7": ["how worried should we be?", "what should we ask the specialist?", "is a second opinion worth it?",
                 "what are the usual next steps?", "how accurate is that test, really?",
                 "help me explain it to the kids", "what does that number mean for her?"],
    "ekin7": ["My wife's", "My husband's", "My dad's", "My mum's", "My mom's", "My son's", "My daughter's", "My",
              "My partner's", "My sister's", "My grandmother's", "Our baby's"],
    "eleader7": ["our CFO", "our CTO", "the COO", "our founder", "our head of engineering", "our VP of sales",
                 "the managing director", "our country manager", "the head of HR", "our chief product officer",
                 "my boss's boss", "the general manager of the plant"],
    "edepart7": ["is stepping down", "is leaving", "is being replaced", "is retiring", "has resigned",
                 "is being moved out of the role", "will hand over to an interim", "is being let go"],
    "ewhen7": ["at the end of the quarter", "in September", "next month", "before the summer",
               "after the board meeting",
               "on the 1st", "once the audit closes"],
    "eannounce7": ["staff hear on Thursday", "the memo goes out next week", "we tell the team at the town hall",
                   "only the exec team knows", "the board approved it last night", "it won't be public until the 3rd",
                   "comms are drafting the note now"],
    "eleadask7": ["Draft the internal memo", "What should I tell my directs when they ask?",
                  "Outline a 30-day transition plan", "Write talking points for the leadership offsite",
                  "Help me plan the handover", "What questions will staff ask?"],
    "zleader7": ["CFO", "CTO", "总经理", "创始人", "销售副总", "研发总监", "人力总监", "华南区负责人", "董事长",
                 "分管副总裁"],
    "zdepart7": ["要离职", "要卸任", "会被换掉", "要退休", "已经递了辞呈", "要调去集团", "要被劝退", "下个月交接"],
    "zannounce7": ["下周才发内部信", "全员会上再宣布", "目前只有管理层知道", "接任人选还没定", "公告日期还没定",
                   "董事会刚批下来", "先不对外"],
    "zleadask7": ["帮我起草内部通知", "团队问起来我该怎么说", "帮我列个交接清单", "帮我想想过渡期怎么安排",
                  "帮我写给客户的说明", "员工可能会问哪些问题"],
    "ereorg7": ["the two platform teams merge", "support moves under sales", "the Berlin office folds into Munich",
                "we go from five business units to three", "design gets centralised", "QA is disbanded into squads"],
    "zreorg7": ["两个事业部合并", "客服并到销售下面", "华北区和华东区合并", "研发中心拆成三个组", "设计团队收归集团",
                "测试组拆散到各业务线"],
})
ROUND7_POS = [
    ("{zkin7}的{ztest7}结果出来了，{zfind7}，{zmedask7}", "medical"),
    ("{zkin7}上周做了{ztest7}，报告{zfind7}，{zmedask7}？", "medical"),
    ("{zkin7} {ztest7} 报告{zfind7}, {emedask7}", "medical"),
    ("{ekin7} {etest7} {efind7} — {emedask7}", "medical"),
    ("{ekin7} {etest7} {efind7} and the doctor wants more tests. {emedask7}", "medical"),
    ("Got the {etest7} results for {ekin7_obj} today: {efind7}. {emedask7}", "medical"),
    ("{eleader7} {edepart7} {ewhen7}; {eannounce7}. {eleadask7}.", "hr"),
    ("Heads up: {eleader7} {edepart7} {ewhen7}, {eannounce7}. {eleadask7}.", "hr"),
    ("{zleader7}{zdepart7}，{zannounce7}，{zleadask7}", "hr"),
    ("{zwhen}{zleader7}{zdepart7}，{zannounce7}，{zleadask7}", "hr"),
    ("Reorg plan: {ereorg7} {ewhen7}; {eannounce7}. {eleadask7}.", "hr"),
    ("{zwhen}{zreorg7}，{zannounce7}，{zleadask7}", "hr"),
    ("{eleader7} {edepart7} {ewhen7}. {eleadask7}.", "hr"), ("{zleader7}{zdepart7}，{zleadask7}", "hr"),
]
FILL["ekin7_obj"] = ["my wife", "my dad", "my mum", "my son", "my partner", "my sister", "my grandmother", "myself"]
FILL.update({
    "emedq7": ["How accurate is a {etest7} in general?", "What does an abnormal {etest7} usually mean?",
               "At what age should people start getting a {etest7}?", "How should someone prepare for a {etest7}?",
               "What's the false-positive rate of a {etest7}?", "Explain the difference between screening and "
               "diagnostic {etest7}s."],
    "zmedq7": ["{ztest7}一般多久做一次？", "{ztest7}的准确率大概多少？", "{ztest7}前需要空腹吗？",
               "{ztest7}的结果一般怎么看？", "多大年纪开始需要做{ztest7}？", "{ztest7}和普通体检有什么区别？"],
    "eleadq7": ["How do companies usually announce a CEO transition?", "Write a template for announcing a new "
                "head of engineering.", "What should a 30-day plan for a new CFO include?",
                "How do you run a good town hall after a reorg?", "What makes a leadership handover go smoothly?",
                "Give me tips for communicating an org change to a remote team."],
    "zleadq7": ["公司换CEO一般怎么对内宣布？", "新总经理上任的内部通知模板", "组织架构调整一般怎么跟员工沟通？",
                "高管交接期一般多长？", "给新上任的总监写个欢迎邮件模板"],
    "ejuris7": ["England", "Scotland", "California", "New York", "Ontario", "Germany", "France", "Australia",
                "Singapore", "Texas", "Ireland", "the Netherlands"],
    "elegalq7": ["Is an email exchange enough to form a contract in {ejuris7}?",
                 "Can an employer in {ejuris7} change shift patterns without consent?",
                 "How long is the limitation period for a breach of contract claim in {ejuris7}?",
                 "Is a non-compete clause enforceable in {ejuris7}?",
                 "Does a handshake deal count as a binding contract in {ejuris7}?",
                 "Can a tenant in {ejuris7} withhold rent over repairs?",
                 "What makes a signature electronically valid in {ejuris7}?",
                 "Is a gift card expiry date legal in {ejuris7}?",
                 "In {ejuris7}, can a company record calls without telling the caller?",
                 "What counts as constructive dismissal in {ejuris7}?"],
    "zlegalq7": ["微信聊天记录能当合同证据吗？", "口头约定的借款受法律保护吗？", "试用期可以随时辞退吗？",
                 "电子签名和手写签名效力一样吗？", "房东不退押金可以怎么维权？", "竞业限制没给补偿还有效吗？",
                 "劳动合同到期不续签有补偿吗？", "网购收到假货怎么索赔？"],
    "eopsq7": ["Someone at {ipx} keeps {eabuse7} — how do I {eopsfix7}?",
               "{ipx} is {eabuse7}; what's the quickest way to {eopsfix7}?",
               "Our logs show {ipx} {eabuse7}. Should I {eopsfix7}?"],
    "eabuse7": ["hammering the login endpoint", "scraping our product pages", "hitting /wp-admin every few seconds",
                "sending thousands of password-reset requests", "probing random ports", "creating fake signups"],
    "eopsfix7": ["rate-limit it in nginx", "block it with a WAF rule", "add a Cloudflare firewall rule",
                 "ban it with fail2ban", "set up a CAPTCHA only for that range", "throttle it in the API gateway"],
    "zopsq7": ["{ipx} 一直在刷我们的登录接口，nginx 怎么限流？", "日志里 {ipx} 每秒请求几百次注册接口，怎么封？",
               "{ipx} 在扫我们服务器的端口，fail2ban 怎么配？"],
    "ipx": ["203.45.17.9", "91.218.44.130", "45.133.1.77", "185.220.101.4", "52.14.90.201", "104.28.66.13",
            "37.120.8.252", "141.98.10.61", "2a01:4f8:c17::1", "8.210.33.126"],
    "zpractice7": ["工资条上卡号只显示后四位", "员工生日要不要公开在通讯录里", "离职员工的邮箱保留多久",
                   "年假能不能跨年结转", "加班餐补一般怎么报销", "新员工电脑要不要装监控软件",
                   "调薪通知用邮件还是面谈", "试用期考核怎么打分"],
    "epractice7": ["payslips that show only the last four digits of the account", "publishing staff birthdays",
                   "keeping a leaver's mailbox", "carrying over unused annual leave", "meal allowances for overtime",
                   "telling people about pay changes by email vs in person", "probation reviews"],
})
ROUND7_NEG = [
    ("{emedq7}", "general"), ("{zmedq7}", "general"), ("{eleadq7}", "general"), ("{zleadq7}", "general"),
    ("{elegalq7}", "general"), ("{zlegalq7}", "general"), ("{eopsq7}", "general"), ("{zopsq7}", "general"),
    ("{zpractice7}，别的公司一般怎么处理？", "general"), ("{zpractice7}，行业里通常怎么做？", "general"),
    ("How do other companies handle {epractice7}?", "general"),
    ("Is it common practice to do {epractice7}? What do most firms do?", "general"),
    ("{epub} announced today that its CFO is stepping down; summarise the news for our newsletter.", "public_info"),
    ("新闻说{zpub}的总裁卸任了，已经官宣，帮我总结一下报道", "public_info"),
    # compliance procedures and payment operations asked about as a process: no one's data in them
    ("我们的{zproduct7}要{zmarket7}，{zcompliance7}", "general"), ("Our {eproduct7} is {emarket7}; {ecompliance7}",
                                                              "general"),
    ("{epayop7} — {epayask7}", "general"), ("{zpayop7}，{zpayask7}", "general"),
    # pay figures that are published, sample data or one market question
    ("{esurvey} puts {elevel7}{n} at {n}0-{n}5k in {ecity}; how does that compare with other cities?", "public_info"),
    ("Make a sample table of pay bands (dummy data) for a training slide on how bands overlap.", "general"),
    ("Is {n}0-{n}5k a fair range for {erole2} in {ecity} according to public data?", "public_info"),
    ("{zsurvey}里{zrole2}的薪资区间大概多少？", "public_info"),
]
# Our own pay structure: levels each with a money range, with or without the word salary.
FILL.update({
    "elevel7": ["L", "IC", "E", "P", "Band ", "Grade ", "M"],
    "d7": ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "zlevel7": ["P", "T", "M", "职级", "D"],
    "ebandintro7": ["Pay bands for next year", "New comp ranges rolling out in January", "Proposed ranges",
                    "Draft bands for the engineering ladder", "Our updated grid", "Ranges we're moving to",
                    "Store staff grades"],
    "ebandask7": ["do these look competitive?", "check the overlap between levels", "sanity-check the spread",
                  "write the FAQ for managers", "turn this into a table for HRBPs", "where are we below market?"],
    "zbandintro7": ["明年的职级薪资带宽", "新的薪酬带宽", "调整后的职级区间", "我们技术序列的带宽",
                    "销售岗位的新区间"],
    "zbandask7": ["帮我看看合不合理", "帮我算一下级差", "整理成表格", "帮我写给经理的说明", "和市场比偏低吗"],
})
ROUND7_POS += [
    ("{ebandintro7}: {elevel7}{d7} {d7}0-{d7}5k, {elevel7}{d7} {d7}0-{d7}8k, {elevel7}{d7} {d7}5-{d7}9k — "
     "{ebandask7}", "hr"),
    ("{ebandintro7}\n{elevel7}{d7}: ${d7}0k–${d7}5k\n{elevel7}{d7}: ${d7}0k–${d7}8k\n{ebandask7}", "hr"),
    ("{zbandintro7}：{zlevel7}{d7} {d7}-{d7}万，{zlevel7}{d7} {d7}.5-{d7}万，{zlevel7}{d7} {d7}-{d7}万，"
     "{zbandask7}", "hr"),
    ("{zbandintro7} {elevel7}{d7} {d7}0-{d7}5k / {elevel7}{d7} {d7}0-{d7}8k, {zbandask7}", "hr"),
]
FILL.update({
    "zproduct7": ["SaaS", "App", "小程序", "智能硬件", "跨境电商平台", "在线教育产品"],
    "zmarket7": ["进欧洲市场", "上架美国区", "出海东南亚", "进日本市场", "在香港上线"],
    "zcompliance7": ["DPA 要怎么签", "需要做 DPIA 吗", "隐私政策要改哪些地方", "数据要不要本地化存储", "要找当地代表吗",
                     "Cookie 弹窗怎么设计"],
    "eproduct7": ["SaaS", "mobile app", "marketplace", "smart speaker", "analytics platform"],
    "emarket7": ["launching in the EU", "going into Brazil", "expanding to California", "entering Japan"],
    "ecompliance7": ["do we need a DPA with every vendor?", "what goes into the records of processing?",
                     "do we need an EU representative?", "how do transfer impact assessments work?",
                     "what does the cookie banner need to say?"],
    "epayop7": ["A SEPA transfer bounced back with code AC04", "The bank returned our wire as 'beneficiary unknown'",
                "A card payment shows as pending for five days", "Our refund to a customer failed twice",
                "The payment form rejects IBANs with spaces"],
    "epayask7": ["what usually causes that?", "what should we tell the customer?", "how do we retry it?",
                 "which field is wrong?"],
    "zpayop7": ["跨行转账被退回，提示户名不符", "退款一直显示处理中", "对公付款被银行退票", "收款码提示商户异常"],
    "zpayask7": ["一般是什么原因", "怎么跟客户解释", "要重新发起吗", "该找银行还是支付公司"],
})
# Round 8 (from the ninth probe set's misses, as classes): contact details only, preparing a visit to a
# company, example personas in docs, published figures and concept questions are harmless; one's own
# examination finding is confidential.
FILL.update({
    "econtactrole8": ["The reception line", "Our after-hours support number", "The warehouse dispatch desk",
                      "The Lisbon office switchboard", "Our billing helpline", "The facilities hotline",
                      "The main number of our Osaka branch", "Our partner's customer service line"],
    "ephone8": ["+44 20 7946 0321", "(312) 555-0187", "+81 3-5550-1234", "+351 21 555 0199", "0800 555 012",
                "+1 646 555 0142 ext. 31", "+61 2 5550 8812"],
    "econtacttask8": ["add it to the footer of the newsletter", "put it on the signage brief",
                      "include it in the FAQ page", "list it in the supplier onboarding pack",
                      "format it for the contact card", "add it to the event flyer"],
    "zcontactrole8": ["前台电话", "售后服务热线", "仓库调度电话", "深圳办事处总机", "财务对账专线", "合作方的客服热线",
                      "行政部座机"],
    "zphone8": ["0755-2655 8801", "400-820-6617", "021 6288 3190 转 12", "+852 2555 0198", "010-8455 7720"],
    "zcontacttask8": ["加到访客须知里", "放进合作伙伴名录", "写进活动海报的联系方式一栏", "更新到官网联系我们页面",
                      "整理进供应商手册"],
    "zvisitorg8": ["苏州工业园区一家做精密模具的公司", "杭州一家跨境电商服务商", "成都某新能源电池厂",
                   "青岛的一家冷链物流企业",
                   "东莞一家家具出口工厂"],
    "zvisittask8": ["帮我列几个寒暄和破冰的话题", "帮我准备一份公司介绍的提纲", "拜访时要注意哪些礼仪",
                    "帮我想几个了解对方业务的问题", "准备一页 company overview 的要点"],
    "evisitorg8": ["a packaging supplier in Monterrey", "a logistics firm in Rotterdam", "a family-run winery in Porto",
                   "a robotics start-up in Munich", "a textile mill in Izmir"],
    "evisittask8": ["draft some talking points for the intro meeting", "what should I research before the visit?",
                    "prepare a short agenda for the first meeting", "suggest icebreakers for the factory tour"],
    "evisitwhen8": ["next Tuesday", "at the end of the month", "tomorrow", "in two weeks"],
    "epersona8": ["Alice", "Bob", "Carol", "Dave", "Mallory", "Jane Doe", "John Smith", "Erin"],
    "edoc8": ["In the tutorial", "In our style guide's examples", "In the sample dataset", "In the API quick-start",
              "In the training slides", "In the user manual's walkthrough"],
    "epersonarole8": ["the example customer", "the placeholder admin", "a fictional reviewer", "the demo user",
                      "the sample approver"],
    "edoctask8": ["rename them to neutral role names", "make the examples consistent", "translate the walkthrough",
                  "add a diagram of the flow"],
    "zpersona8": ["张三", "李四", "王五", "小明", "小红"],
    "zdoc8": ["培训课件的例子里", "产品说明书的示例中", "新人手册的演示流程里", "接口文档的样例里"],
    "zdoctask8": ["帮我把例子写得更通顺", "帮我统一示例的写法", "把这段示例翻译成英文", "帮我再补一个例子"],
    "zpubfig8": ["公司官网发布的上半年营收同比增长了8%", "已经公开披露的年度净利润是3.2亿", "财报里公布的毛利率是41%",
                 "上市公告中写明的出货量突破百万台", "去年年报披露的研发投入占比12%"],
    "zpubtask8": ["帮我写一段对外宣传文案", "帮我做成一张宣传海报的文案", "写一条公众号推文", "整理成给媒体的要点"],
    "epubfig8": ["Our published annual report shows revenue up 9%",
                 "The results we released last quarter show 14% growth",
                 "Per the publicly filed 10-K, margins reached 31%", "The audited figures already on our website show "
                 "2 million users"],
    "epubtask8": ["write a LinkedIn post about it", "turn it into a customer newsletter blurb", "draft a press kit "
                  "paragraph", "make three slide bullets for the trade show"],
    "zconcept8": ["商业秘密和著作权有什么区别", "什么是保密信息，一般怎么界定", "内幕信息和公开信息怎么区分",
                  "竞业限制和保密义务是一回事吗",
                  "机密文件和秘密文件的密级有什么不同", "敏感个人信息包括哪些类型"],
    "econcept8": ["What's the difference between a trade secret and a patent?", "How is 'confidential information' "
                  "usually defined in an NDA?", "Is insider information the same as material non-public information?",
                  "What counts as a trade secret under US law?", "Explain the difference between internal and "
                  "restricted data classification."],
    "erolepriv8": ["Can a landlord ask a tenant about their disability?", "May an employer tell colleagues why "
                   "a worker is on sick leave?", "Is a school allowed to share a student's diagnosis with other "
                   "parents?", "Should a manager know an employee's pregnancy before it's announced?",
                   "Can an insurer request a customer's full medical history?"],
    "zrolepriv8": ["公司可以要求员工提供病历吗", "HR 能把员工请病假的原因告诉部门领导吗",
                   "学校能不能把学生的体检结果告诉其他家长",
                   "房东有权询问租客的健康状况吗", "单位可以公开员工的怀孕情况吗"],
    "zexam8": ["胃镜", "肠镜", "病理", "CT", "核磁", "彩超", "活检", "甲状腺B超"],
    "zfinding8": ["慢性浅表性胃炎伴糜烂", "结肠多发息肉", "轻度脂肪肝", "甲状腺结节 TI-RADS 4a 类",
                  "肺部磨玻璃结节 8mm",
                  "腺瘤性息肉", "胆囊结石", "肝血管瘤"],
    "zexamask8": ["要紧吗", "需要手术吗", "该挂哪个科", "下一步怎么办", "严重不严重"],
    "eexam8": ["endoscopy", "colonoscopy", "pathology", "CT", "ultrasound", "thyroid scan", "biopsy"],
    "efinding8": ["chronic gastritis with intestinal metaplasia", "two tubular adenomas", "a 9 mm lung nodule",
                  "mild fatty liver", "a complex ovarian cyst", "Barrett's oesophagus"],
    "eexamask8": ["should I worry?", "what are my next steps?", "is that serious?", "do I need surgery?"],
})
FILL.update({
    "zfullco8": ["佛山顺联家居制造有限公司", "厦门海岳供应链管理有限公司", "合肥启辰新材料科技股份有限公司",
                 "天津北辰港务物流有限公司",
                 "广州南粤会计师事务所", "无锡恒远纺织机械有限公司", "重庆渝江汽车零部件有限公司"],
    "zvisitwhen8": ["周四", "月底", "明天上午", "下个月初", "这周五"],
    "zvisitmix8": ["准备几条 icebreaker", "整理一份 company background", "列一个 meeting agenda",
                   "写几个 discovery questions",
                   "做一页 one-pager 介绍我们公司"],
    "epersonaname8": ["Marcus", "Leila", "Dmitri", "Hannah", "Kenji", "Sofia", "Oliver"],
    "epersonarole8b": ["the demo manager", "the example editor", "the fictional support agent", "the sample reviewer"],
    "edocfix8": ["tighten the wording", "make the walkthrough read more naturally", "add a second example",
                 "convert it to a numbered list"],
})
ROUND7_NEG += [
    ("{zvisitwhen8}要去{zfullco8}拜访，帮我{zvisitmix8}", "general"),
    ("{zvisitwhen8}去{zfullco8}参观交流，{zvisittask8}", "general"),
    ("Visiting {zfullco8} {evisitwhen8}; {evisittask8}", "general"),
    ("{edoc8}, {epersonaname8} is {epersonarole8b} and {epersonaname8} {epersonarole8} — {edocfix8}.",
     "example_persona"),
    ("{econtactrole8} is {ephone8}; {econtacttask8}.", "contact_only"),
    ("{zcontactrole8}是 {zphone8}，帮我{zcontacttask8}", "contact_only"),
    ("下周去拜访{zvisitorg8}，{zvisittask8}", "general"), ("Next week I'm visiting {evisitorg8} — {evisittask8}",
                                                           "general"),
    ("{edoc8}, {epersona8} is {epersonarole8}; {edoctask8}.", "example_persona"),
    ("{zdoc8}，{zpersona8}是示例用户，{zdoctask8}", "example_persona"),
    ("{zpubfig8}，{zpubtask8}", "public_info"), ("{epubfig8}; {epubtask8}.", "public_info"),
    ("{zconcept8}？", "general"), ("{econcept8}", "general"),
    ("{erolepriv8}", "general"), ("{zrolepriv8}？", "general"),
]
FILL.update({
    "emisconduct8": ["was seen taking home prototype boards without sign-off", "got caught forwarding client files to "
                     "his Gmail", "was found logging into the payroll system with a colleague's password",
                     "turns out to have been selling leads to a competitor", "admitted to backdating the test records",
                     "was spotted copying the source repo onto a USB stick"],
    "eoutcome8": ["we haven't decided between a warning and dismissal", "HR meets him on Monday before anyone is told",
                  "the investigation is still quiet", "legal wants a timeline before we act"],
    "zmisconduct8": ["被发现把客户资料拷到自己的U盘", "私下把报价单发给了竞争对手", "用同事的账号登进了薪资系统",
                     "篡改了检测记录", "偷偷把样机带回家"],
    "erole8": ["One of our field technicians", "A senior buyer in procurement", "Our night-shift supervisor",
               "A contractor on the data team", "The branch's top salesperson"],
    "zrole8": ["一个老采购", "夜班主管", "数据组的外包同事", "华南区的销冠", "一个资深工程师"],
    "zoutcome8": ["还没决定是警告还是辞退", "这事还没公开", "周一先约谈，别的同事都不知道", "法务让先整理时间线"],
})
ROUND7_POS += [
    ("{erole8} {emisconduct8}; {eoutcome8}. Help me plan the conversation.", "internal"),
    ("Someone on my team {emisconduct8} — {eoutcome8}", "internal"),
    ("我们部门的{zrole8}{zmisconduct8}，{zoutcome8}，帮我理一下处理步骤", "internal"),
    ("我的{zexam8}报告写着{zfinding8}，{zexamask8}", "medical"),
    ("我{zexam8}结果出来了，{zfinding8}，{zexamask8}", "medical"),
    ("My {eexam8} report says {efinding8} — {eexamask8}", "medical"),
    ("Got my {eexam8} results back: {efinding8}. {eexamask8}", "medical"),
]
FILL.update({
    # round 9: language questions quoting a business fragment, placeholder names, systems named by a pay word
    "ewordpair9": ["'affect' or 'effect'", "'fewer' or 'less'", "'who' or 'whom'", "'its' or 'it's'",
                   "'lay off' or 'layoff'", "'principal' or 'principle'", "'ensure' or 'insure'", "'then' or 'than'",
                   "'advise' or 'advice'", "'compliment' or 'complement'", "'lead' or 'led'", "'lose' or 'loose'"],
    "eblank9": ["the price change will ___ about 40 accounts", "we shipped ___ units than planned in May",
                "the delay could ___ the launch by two weeks", "the new rota will ___ 3 shifts",
                "the director ___ signed off the budget", "___ margin slipped 2 points last quarter",
                "sales were lower ___ 200 this week", "the audit may ___ 12 vendors", "___ team hit 95% of target",
                "the merger ___ to a 10% cut in staff", "please ___ the client that the fee is $400",
                "the vendor will ___ the contract terms on Monday"],
    "ephrase9": ["the layoffs were announced in the spring", "revenue grew 7% year on year",
                 "the contract was signed by both parties", "the bonus pool has been reduced",
                 "profits fell short of the forecast", "the deal is expected to close in Q3",
                 "the patient was discharged after two days", "the salary is paid monthly in arrears"],
    "elangname9": ["French", "Spanish", "German", "Japanese", "Portuguese", "Korean", "Italian"],
    "egrammarask9": ["Is '{ephrase9}' passive voice?", "What tense is '{ephrase9}'?",
                     "Is there a comma missing in '{ephrase9}'?", "Should it be 'has' or 'have' in '{ephrase9}'?",
                     "Is '{ephrase9}' too formal for a chat message?", "Which word is the subject in '{ephrase9}'?",
                     "Can I start a sentence with '{ephrase9}'? grammar q", "How do I say '{ephrase9}' in "
                     "{elangname9}? just the phrase, for a language class"],
    "zwordpair9": ["“的”还是“地”", "“做”还是“作”", "“再”还是“在”", "“权利”还是“权力”", "“截止”还是“截至”",
                   "“其他”还是“其它”", "“品味”还是“品位”"],
    "zblank9": ["营收同比增长了百分之七，增长主要来__新客户", "合同__到月底为止", "新制度会影响__个班组",
                "预算被砍掉了三成，项目__得推迟", "利润没__到预期", "数据__止到上周五", "裁员的消息__今天才传出来"],
    "zphrase9": ["由于成本上升，导致毛利率下降了两个点", "这次调整涉及到了三个部门的人员",
                 "通过本次审计，使我们发现了问题",
                 "合同双方已经签字盖章并生效", "公司营收在去年实现了翻番的增长", "病人经过治疗后于三天后出院"],
    "zterm9": ["裁员", "年终奖", "股权激励", "竞业协议", "绩效改进计划", "律师函", "调薪", "确诊",
               "尽职调查", "对赌协议"],
    "eplaceholders9": ["Alice and Bob", "张三 and 李四", "某某 and 小红", "John Doe and Jane Roe", "Foo and Bar",
                       "小明 and 小红", "Max Mustermann and Erika Musterfrau", "Test User 1 and Test User 2"],
    "edocs9": ["API docs", "onboarding tutorial", "sample dataset", "UI mockups", "training slides", "unit tests",
               "style guide", "demo video script"],
    "enameask9": ["is that too cliché?", "too boring for a public launch?", "should we pick less overused names?",
                  "any fresher suggestions?", "does that look unprofessional?",
                  "would something more diverse be better?"],
    "zplaceholders9": ["张三和李四", "小明和小红", "某某和某某某", "王五和赵六", "Alice 和 Bob", "小刚和小丽"],
    "zdocs9": ["接口文档", "新手教程", "示例数据", "设计稿", "培训课件", "单元测试", "产品演示视频"],
    "znameask9": ["会不会太老套？", "要不要换成更现代的名字？", "显得不够专业吗？", "有什么更好的建议？",
                  "用户会不会觉得土？"],
    "esys9": ["payroll system", "HR portal", "payroll API", "salary calculator in our HRIS", "compensation module",
              "payroll export job", "bonus calculation script", "timesheet-to-payroll sync"],
    "etrouble9": ["rejects every employee ID that starts with a zero", "throws 'invalid tax code' on import",
                  "times out when exporting the monthly file", "shows a blank page after SSO login",
                  "keeps double-counting weekend hours", "fails with HTTP 502 since the upgrade",
                  "won't accept dates in DD/MM/YYYY format", "logs everyone out after 5 minutes"],
    "etroubleask9": ["why?", "how do I debug it?", "what should I check first?", "any idea what's wrong?",
                     "is this a config issue?"],
    "zsys9": ["薪资系统", "人事系统", "工资核算模块", "绩效系统", "考勤系统", "薪酬平台的接口", "社保申报软件"],
    "ztrouble9": ["导出的时候一直报错", "登录后白屏", "导入Excel提示格式不对", "每次到月底就卡死",
                  "工号以0开头的都校验不过",                   "升级之后接口返回502", "日期字段显示乱码"],
    "ztroubleask9": ["怎么排查？", "是什么原因？", "有什么解决办法？", "是配置问题吗？", "先查哪里？"],
    # the health of one person the writer knows, told in the third person without a name
    "ecolleague9": ["A guy in my squad", "One of my direct reports", "Someone on my night shift",
                    "The new analyst on my team", "My teammate", "A woman in my department",
                    "One of our warehouse pickers", "My second-in-command", "A junior dev I mentor",
                    "The engineer who sits next to me"],
    "ehealthnews9": ["told me she has early-stage multiple sclerosis", "is starting dialysis three times a week",
                     "just disclosed a bipolar diagnosis", "had a miscarriage last week",
                     "tested positive for hepatitis C", "has been signed off with severe depression",
                     "is going through IVF and needs mornings off", "is waiting on biopsy results for a lump",
                     "is being treated for PTSD after the accident", "was diagnosed with type 1 diabetes"],
    "emanagerask9": ["what do I need to do as their manager?", "how do I adjust the rota without outing them?",
                     "what are my duties here?", "should I tell HR, and what exactly?", "how do I support them?",
                     "what adjustments am I obliged to make?", "how do I explain the absence to the team?"],
    "zcolleague9": ["我们组一个小伙子", "我手下一个销售", "我们科室一位护士", "我带的实习生", "我们部门一个老员工",
                    "我的搭档", "我们车间一个工人", "我直属的一个下属", "我们项目组的一个姑娘"],
    "zhealthnews9": ["前几天查出了乳腺癌", "刚确诊了躁郁症", "最近在做透析", "怀孕三个月了还没告诉别人",
                     "体检查出乙肝阳性", "因为焦虑症在吃药", "上周做了心脏支架", "在做试管婴儿"],
    "zmanagerask9": ["我作为领导该怎么安排工作？", "要不要跟HR说？", "排班怎么调比较好？", "我应该注意什么？",
                     "怎么跟其他同事解释她请假？", "公司层面我该做些什么？"],
    # our own legal step against a named counterparty, still ahead
    "ecounter9": ["Tarrow Bio", "Kelmscott Logistics", "Vantor Group", "Pinecrest Software Ltd", "Oakhurst Retail",
                  "Lumenfield GmbH", "Brackwater Foods", "Senna Robotics", "Halcyon Print Co", "Marlow & Teague"],
    "elegalstep9": ["serve a demand letter on {ecounter9}", "file a breach-of-contract claim against {ecounter9}",
                    "send {ecounter9} a formal notice of termination", "take {ecounter9} to arbitration",
                    "send a cease and desist to {ecounter9}", "start proceedings against {ecounter9}",
                    "sue {ecounter9}", "file a trademark complaint against {ecounter9}"],
    "eweplan9": ["We're going to", "Legal wants to", "We've decided to", "Next week we'll", "The plan is to",
                 "Our counsel is ready to", "We intend to", "On Monday we"],
    "ereason9": ["over the unpaid milestone invoices", "for copying our onboarding flow",
                 "after they missed the third delivery", "because they reused our product photos",
                 "for poaching two engineers in breach of the non-solicit", "over the leaked pricing sheet"],
    "elegaltask9": ["draft it", "outline the argument", "write the cover email", "list the evidence we need",
                    "make the tone firm but not hostile", "tighten the wording"],
    "zcounter9": ["青禾生物", "远帆物流", "蓝石软件", "金穗食品", "启航机器人", "同创印务"],
    "zlegalstep9": ["给{zcounter9}发律师函", "起诉{zcounter9}", "对{zcounter9}提起仲裁", "跟{zcounter9}解除合同并索赔",
                    "向法院申请对{zcounter9}诉前保全"],
    "zwhen9": ["下周", "月底前", "周五", "这个月", "节后"],
    "zreason9": ["因为他们拖欠了两期货款", "他们抄了我们的小程序界面", "他们第三次延期交货",
                 "他们挖走了我们两个核心工程师"],
    "zlegaltask9": ["帮我起草", "帮我列一下证据清单", "帮我写个给老板的说明", "帮我理一下时间线"],
    # the look-alikes: how-tos, someone else's public case, duties asked in general
    "econdition9": ["HIV", "cancer", "a pregnancy", "depression", "epilepsy", "diabetes", "a disability"],
})
ROUND9_NEG = [
    ("Is it {ewordpair9} in '{eblank9}'?", "general"), ("Which is right, {ewordpair9}: \"{eblank9}\"", "general"),
    ("grammar question — {ewordpair9} here: {eblank9}", "general"), ("Fill the gap with {ewordpair9}: {eblank9}.",
                                                                      "general"),
    ("{egrammarask9}", "general"), ("English homework: {egrammarask9}", "general"),
    ("{zwordpair9}？“{zblank9}”这里该用哪个", "general"), ("这句话有语病吗：“{zphrase9}”", "general"),
    ("“{zphrase9}”这句怎么改更通顺？", "general"), ("“{zterm9}”用英文怎么说？", "general"),
    ("“{zterm9}”翻译成{elangname9}是什么？", "general"),
    ("In our {edocs9} the example users are {eplaceholders9} — {enameask9}", "example_persona"),
    ("we named the sample customers {eplaceholders9} in the {edocs9}, {enameask9}", "example_persona"),
    ("{zdocs9}里的示例人物叫{zplaceholders9}，{znameask9}", "example_persona"),
    ("The {esys9} {etrouble9}; {etroubleask9}", "general"), ("our {esys9} {etrouble9} — {etroubleask9}", "general"),
    ("{zsys9}{ztrouble9}，{ztroubleask9}", "general"),
    ("How do I write a cease-and-desist letter for {eleak_generic9}?", "general"),
    ("What should a demand letter to a late-paying client include? general checklist please", "general"),
    ("{epub} sued {epub} last year — summarise the public ruling.", "public_info"),
    ("What are an employer's obligations when an employee discloses {econdition9}?", "general"),
    ("How should a manager respond if a team member mentions {econdition9}? general guidance", "general"),
    ("员工告诉公司自己得了{disease}，用人单位一般有哪些义务？", "general"),
    ("律师函一般包括哪些部分？给个通用模板", "general"),
]
FILL.update({
    # news about other companies, data-retention rules, proofreading of ordinary work sentences
    "enewssrc9": ["News says", "Reuters reports that", "The FT reported that", "According to Bloomberg,", "I read that",
                  "The local paper says", "Trade press says", "A news alert says"],
    "ecompany9": ["a rival", "a competitor", "Boeing", "a big automaker", "a large retailer", "Intel",
                  "a regional bank", "a well-known fashion brand"],
    "enewsevent9": ["is closing two plants next year", "will cut 8% of its staff", "is exiting the European market",
                    "plans to shut its Ohio warehouse", "is being acquired by a private-equity firm",
                    "delayed its flagship launch", "replaced its CEO this week", "missed its quarterly forecast"],
    "enewstask9": ["summarise the coverage", "summarise the article", "what does it mean for the industry?",
                   "write a two-line brief for our newsletter", "give me the key takeaways"],
    "znewssrc9": ["新闻说", "财经媒体报道", "看到报道说", "据公开报道，", "行业媒体说"],
    "zcompany9": ["一家同行", "某车企", "一家大型零售商", "一家头部快递公司", "某知名手机厂商"],
    "znewsevent9": ["明年要关两个工厂", "要裁员百分之十", "退出欧洲市场", "被私募收购了", "换了CEO", "新品延期发布"],
    "znewstask9": ["帮我总结一下报道", "对行业有什么影响？", "帮我写两句放进周报的行业动态", "提炼三个要点"],
    "erecord9": ["a former employee's personnel file", "rejected candidates' CVs", "CCTV footage", "customer chat logs",
                 "old payslips", "visitor sign-in sheets"],
    "eafter9": ["they leave", "the contract ends", "the account is closed", "the hiring round closes"],
    "zrecord9": ["劳动合同", "监控录像", "求职者简历", "客户聊天记录", "考勤记录", "访客登记表"],
    "eworkline9": ["We was planning to send the slides before the meeting.",
                   "Can you review the proposal and let I know by Friday?",
                   "The team are going to finalise the agenda tomorrow, please come prepared.",
                   "Everyone need to submit there timesheets until Monday.",
                   "Our quarterly planning are moved to next week due to the holiday."],
})
ROUND9_NEG += [
    ("{enewssrc9} {ecompany9} {enewsevent9}; {enewstask9}.", "public_info"),
    ("{znewssrc9}{zcompany9}{znewsevent9}，{znewstask9}", "public_info"),
    ("How long can a company keep {erecord9} after {eafter9}?", "general"),
    ("{zrecord9}一般要保存几年？法律有规定吗？", "general"), ("法律对{zrecord9}的保存期限有什么要求？", "general"),
    ("Fix the grammar: {eworkline9}", "general"), ("Proofread this: {eworkline9}", "general"),
]
FILL.update({
    "erequester9": ["My manager wants", "HR asked me for", "Our team lead needs", "The ops director wants", "I need"],
    "ehrprocess9": ["handling medical leave requests", "supporting staff returning from sick leave",
                    "reasonable adjustments for disabled employees", "responding when someone shares a pregnancy",
                    "mental-health first aid at work", "managing long-term absence fairly"],
    "zhrprocess9": ["员工请病假的处理流程", "员工怀孕后的岗位调整", "病休员工返岗的安排", "员工心理健康的支持措施"],
})
ROUND9_NEG += [
    ("{erequester9} a general guide on {ehrprocess9}.", "general"),
    ("Write a one-page manager's guide to {ehrprocess9}.", "general"),
    ("帮我写一份关于{zhrprocess9}的通用指南", "general"),
]
FILL["eleak_generic9"] = ["someone using our logo", "copied blog posts", "a fake reseller", "a trademark lookalike"]
ROUND9_POS = [
    ("{ecolleague9} {ehealthnews9}; {emanagerask9}", "medical"),
    ("{ecolleague9} {ehealthnews9} and asked me to keep it quiet. {emanagerask9}", "medical"),
    ("{zcolleague9}{zhealthnews9}，{zmanagerask9}", "medical"),
    ("{zcolleague9}私下跟我说{zhealthnews9}，{zmanagerask9}", "medical"),
    ("{eweplan9} {elegalstep9} {ereason9} — {elegaltask9}.", "legal"),
    ("{eweplan9} {elegalstep9}; {elegaltask9}", "legal"),
    ("{zwhen9}我们要{zlegalstep9}，{zreason9}，{zlegaltask9}", "legal"),
]
# Round 10 (from the eleventh probe set's misses and false positives, as classes). Negatives: business as usual
# with a named counterparty (a tender or RFP to answer, an auditor, a supplier's visit), a change of payroll vendor or
# system, data-rights and retention questions naming payroll records, network and ops troubleshooting with IPv6 or
# loopback addresses, lawfulness and law-exam questions, everyday events, deadlines, lists and ops documents.
# Positives: investment terms of a round or deal, conduct and performance matters of one person the writer manages,
# hiring decisions taken on unlawful grounds, a deal going ahead before it is announced, a counterparty's distress not
# yet public, customer and price lists with contract values.
FILL.update({
    "zorg10": ["恒远建设", "蓝湾科技", "Halvorsen Logistics AS", "Brightwater Analytics Ltd",
               "Kaiser Maschinenbau GmbH",
               "Lindqvist AB", "{zpub}", "{epub}", "中建八局", "德勤", "普华永道", "顺丰", "Oakridge Partners LLP"],
    "eorg10": ["Halvorsen Logistics AS", "Brightwater Analytics Ltd", "Kaiser Maschinenbau GmbH", "Lindqvist AB",
               "Sato Precision K.K.", "Mendes & Filhos Lda", "Oakridge Partners LLP", "{epub}", "Siemens",
               "the city council", "Unilever", "HSBC", "Accenture"],
    "zbizdoc10": ["RFP", "招标文件", "询价单", "供应商准入材料", "投标", "框架协议续签材料", "年度供应商评估表",
                  "RFI 问卷"],
    "zbizwhen10": ["下周四", "月底", "本周三", "十五号", "节后第一天", "下个月初"],
    "zbizask10": ["帮我拟个应答框架", "帮我排一下各部门分工", "帮我写个准备清单", "帮我起草封面信",
                  "帮我做个时间倒排表",
                  "帮我列一下需要准备的资质文件", "帮我想想常见的评分项"],
    "zrole10": ["税务师事务所", "外部律所", "代账公司", "物流服务商", "IT 外包商", "年审会计师事务所", "保险经纪",
                "猎头合作方"],
    "zvisitor10": ["采购团队", "质量审核组", "高管团队", "技术交流团", "合规检查小组"],
    "zsite10": ["工厂", "总部", "研发中心", "新仓库", "展厅"],
    "zvisitask10": ["帮我安排一个接待流程", "帮我写个欢迎致辞", "帮我列一下参观路线", "帮我准备会议议程",
                    "午餐订哪里比较好"],
    "ebizdoc10": ["RFP", "tender", "RFI questionnaire", "supplier onboarding pack", "renewal paperwork",
                  "security questionnaire", "vendor assessment form"],
    "ebizwhen10": ["next Friday", "on the 15th", "end of the month", "this Thursday", "in two weeks"],
    "ebizask10": ["outline our response sections", "draft a cover letter", "give me a prep checklist",
                  "split the work across teams", "list the certificates we usually need", "build a countdown plan"],
    "erole10": ["auditor", "outside counsel", "bookkeeping firm", "logistics partner", "payroll bureau",
                "insurance broker", "recruitment agency", "cleaning contractor"],
    "evisit10": ["are visiting our plant", "send their procurement team over", "come for a site tour",
                 "host us at their office", "join our kickoff"],
    "evisitask10": ["suggest an agenda", "draft a welcome note", "plan the tour route", "what should we prepare?",
                    "write the invitation email"],
    "epaysys10": ["payroll provider", "payroll system", "payroll", "payroll software", "salary portal"],
    "evendor10": ["a new vendor", "a cloud platform", "an outsourced bureau", "a different provider", "Workday",
                  "ADP", "Deel"],
    "eannounce10": ["write the staff Q&A", "draft the announcement to staff", "list the migration steps",
                    "what should the rollout plan cover?", "write a short notice for the intranet"],
    "zpaysys10": ["薪资系统", "工资代发银行", "薪资外包服务商", "薪酬模块", "工资条系统", "算薪软件"],
    "zannounce10": ["帮我写一份给员工的通知", "帮我列一下切换步骤", "员工常见问题帮我整理一下", "帮我写个上线公告"],
    "eleaver10": ["a former employee", "an ex-contractor", "a rejected applicant", "a customer who closed the account",
                  "someone who left last year"],
    "erecordset10": ["their whole file, payroll history included", "their payroll history",
                     "their personnel file and payslips",
                     "their salary records", "every record we hold on them"],
    "zleaver10": ["离职员工", "前实习生", "落选的应聘者", "已经解约的外包人员"],
    "zrecordset10": ["他的全部数据，包括工资单记录", "他的薪资记录", "他的人事档案和工资条", "所有跟他有关的记录"],
    "ecmd10": ["ping6", "curl -6", "dig AAAA", "traceroute6", "ssh -6", "nc -vz", "telnet", "mtr"],
    "eaddr10": ["[::1]:5432", "2001:db8:7::20", "fe80::1%eth0", "[2001:db8:10::5]:8080", "127.0.0.1", "localhost",
                "2001:db8:abcd::42", "fd00::10"],
    "eresult10": ["works", "times out", "says Network is unreachable", "gets no route to host", "hangs forever",
                  "returns connection refused", "only works from the host itself"],
    "eq10": ["expected?", "is that normal?", "what am I missing?", "why?", "is it the firewall?", "bug or config?"],
    "znetresult10": ["通的", "超时", "提示 Network is unreachable", "no route to host", "一直卡住",
                     "connection refused"],
    "elawful10": ["Can an employer legally", "Is a company allowed to", "Are landlords permitted to",
                  "Can a school lawfully", "Is it legal for a manager to"],
    "elawact10": ["read work emails without telling staff", "keep CCTV in break rooms without telling staff",
                  "track company phones without telling employees", "enter a rented flat without telling the tenant",
                  "check social media of applicants without telling them"],
})
ROUND10_NEG = [
    ("{zorg10}发来的{zbizdoc10}{zbizwhen10}截标，{zbizask10}", "org_business"),
    ("{zorg10}那边的{zbizdoc10}{zbizwhen10}要交，{zbizask10}", "org_business"),
    ("{zorg10}是我们新签的{zrole10}，{zbizask10}", "org_business"),
    ("{zbizwhen10}{zorg10}的{zvisitor10}要来我们{zsite10}，{zvisitask10}", "org_business"),
    ("{eorg10}'s {ebizdoc10} is due {ebizwhen10} — {ebizask10}.", "org_business"),
    ("The {ebizdoc10} from {eorg10} closes {ebizwhen10}; {ebizask10}", "org_business"),
    ("Our {erole10} this year is {eorg10}, {ebizask10}", "org_business"),
    ("{eorg10} {evisit10} {ebizwhen10} — {evisitask10}", "org_business"),
    ("Next quarter our {epaysys10} moves to {evendor10}; {eannounce10}", "system_change"),
    ("Moving {epaysys10} over to {evendor10} in March: {eannounce10}", "system_change"),
    ("公司下个月要把{zpaysys10}换成新的供应商，{zannounce10}", "system_change"),
    ("我们准备切换{zpaysys10}，{zannounce10}", "system_change"),
    ("Can {eleaver10} insist that we erase {erecordset10}?", "privacy_question"),
    ("Does GDPR let {eleaver10} make us erase {erecordset10}?", "privacy_question"),
    ("How long must we keep {erecordset10} after {eleaver10} asks for deletion?", "privacy_question"),
    ("{zleaver10}要求公司删除{zrecordset10}，公司必须照办吗？", "privacy_question"),
    ("{zleaver10}要查阅{zrecordset10}，我们有义务提供吗？", "privacy_question"),
    ("from the jump host {ecmd10} {eaddr10} {eresult10}; from my laptop it {eresult10}. {eq10}", "ops_question"),
    ("homelab question — {ecmd10} {eaddr10} {eresult10}, {eq10}", "ops_question"),
    ("{ecmd10} {eaddr10} 是{znetresult10}，{ecmd10} {eaddr10} 却{znetresult10}，正常吗？", "ops_question"),
    ("{elawful10} {elawact10}?", "general"), ("Quick question: {elawful10} {elawact10}?", "general"),
]
FILL.update({
    "einvestor10": ["{epub}", "the lead investor", "a strategic investor", "Sequoia", "the new fund",
                    "our existing backer",
                    "a sovereign fund"],
    "epref10": ["1x non-participating preference", "1.5x participating preference", "broad-based weighted average "
                "anti-dilution", "a 10% option pool top-up pre-money", "full ratchet if the next round is down",
                "pro-rata rights and one board seat", "a 3-year cliff on founder vesting"],
    "etsask10": ["summarise the key terms for the board", "translate it into Chinese",
                 "flag anything founder-unfriendly",
                 "turn it into a one-page memo", "compare it with the other offer"],
    "zinvestor10": ["领投方", "一家产业资本", "老股东", "{zpub}旗下基金", "新进的美元基金"],
    "zpref10": ["1倍非参与优先清算权", "董事会一席", "完全棘轮反稀释", "期权池投前扩到15%", "创始人股份四年兑现",
                "对赌三年净利润", "回购条款按8%年息"],
    "zmine10": ["我组里一个同事", "我下属", "我们团队一个新人", "我手下一个骨干", "店里一个店员", "我们部门一个老员工"],
    "zconduct10": ["又连续三天迟到", "这个月第二次在客户面前发脾气", "被发现虚报了差旅费", "绩效连续两个季度垫底",
                   "上班时间在做私活", "偷偷把客户名单拷走了"],
    "zconductask10": ["我想给他发书面警告，帮我起草", "帮我准备谈话提纲", "帮我写绩效改进计划",
                      "要不要直接劝退？帮我分析一下", "帮我写给HRBP的情况说明"],
    "emine10": ["One of my reports", "A guy on my team", "My newest hire", "One of our cashiers",
                "A senior analyst in my group",
                "My assistant"],
    "econduct10": ["missed three client deadlines this month", "showed up late five times in two weeks",
                   "was caught padding mileage claims", "snapped at a customer again", "has been sleeping on shift",
                   "keeps skipping the safety briefing"],
    "econductask10": ["draft a written warning", "help me write a PIP", "outline the disciplinary meeting",
                      "should I let them go? weigh it up", "write the note to HR"],
    "egrounds10": ["her accent", "his age", "she mentioned she's pregnant", "he uses a wheelchair", "her religion",
                   "his stutter"],
    "zgrounds10": ["她说话有口音", "他年纪偏大", "她刚结婚可能要生孩子", "他是外地户口", "她有纹身"],
    "edeal10": ["The merger is going ahead", "We're buying our biggest distributor", "The sale of the unit is signed",
                "The buyout is agreed"],
    "ehideask10": ["rewrite my team update so it gives nothing away",
                   "help me answer staff questions without confirming",
                   "draft a holding line for the team", "how do I keep my team calm until then?"],
    "zdeal10": ["合并的事定了", "我们要把事业部卖掉", "收购最大的经销商这件事已经谈妥", "被并购的协议签了"],
    "zhideask10": ["帮我把周会发言改得不露口风", "员工问起来怎么回答", "帮我写个对内的说法", "这段时间团队怎么稳住"],
})
ROUND10_POS = [
    ("Term sheet from {einvestor10}: ${amt}M at ${amt}M pre-money, {epref10}, {epref10}. {etsask10}.", "deal"),
    ("{einvestor10} offered ${amt}M for {pct} with {epref10} — {etsask10}", "deal"),
    ("帮我看看这个 TS：{zinvestor10}投{n}00万美元，投前估值{amt}亿，{zpref10}，{zpref10}。{ztask}", "deal"),
    ("{zinvestor10}给的条款：估值{amt}亿，{zpref10}，我们能不能谈掉{zpref10}？", "deal"),
    ("{zmine10}{zconduct10}，{zconductask10}", "hr"),
    ("{emine10} {econduct10}; {econductask10}.", "hr"),
    ("We turned down a candidate mostly because {egrounds10}. {etask}.", "hr"),
    ("The panel passed on yesterday's applicant because {egrounds10} — how do I word the rejection?", "hr"),
    ("面试官私下说没要那个候选人是因为{zgrounds10}，{ztask}", "hr"),
    ("{edeal10}; it's announced in {n} weeks. {ehideask10}", "deal"),
    ("{zdeal10}，{n}周后才公布，{zhideask10}", "deal"),
]
FILL.update({
    "ecpty10": ["A client of ours", "Our second-biggest customer", "One of our key suppliers", "Our main distributor",
                "The contractor on the Leeds build", "A reseller we work with"],
    "edistress10": ["go into administration", "file for bankruptcy", "miss payroll", "lose its banking line",
                    "be wound up", "default on its loans"],
    "edistressask10": ["what should finance do before it's public?", "how do we protect our receivables quietly?",
                       "draft a note to the CFO", "should we stop shipping? weigh it up",
                       "list our options before anyone hears"],
    "zcpty10": ["我们一个大客户", "合作多年的经销商", "核心供应商", "总包方", "一家渠道商"],
    "zdistress10": ["资金链断了，下个月可能破产", "准备申请破产重整", "已经发不出工资", "银行抽贷，撑不过这个季度"],
    "zdistressask10": ["消息还没传开，帮我想想怎么先把款收回来", "外面还不知道，我们要不要停止供货？",
                       "帮我写个给财务总监的风险提示", "帮我列一下能采取的保全措施"],
    "zevent10": ["参加深圳的展会", "办年会", "搞一次团建", "搬到新办公室", "办客户答谢会", "去高校做招聘宣讲",
                 "给新员工做入职培训", "开季度全员大会", "接待来访的学生参观"],
    "zeventask10": ["帮我列个物料清单", "帮我排个流程", "帮我写个通知", "帮我做个分工表", "帮我想几个互动环节",
                    "预算怎么分配比较合理"],
    "eevent10": ["exhibiting at a trade fair in Munich", "holding our annual party", "moving into a new office",
                 "running a customer appreciation evening", "hosting a campus recruiting day",
                 "onboarding twelve new starters", "having a quarterly all-hands"],
    "eeventask10": ["make me a packing list", "draft the run of show", "write the invitation",
                    "split the tasks across the team", "suggest a few ice-breakers", "how should we split the budget?"],
})
ROUND10_POS += [
    ("{ecpty10} is about to {edistress10} and owes us ${amt}0k; {edistressask10}", "finance"),
    ("{zcpty10}{zdistress10}，还欠我们{amt}0万货款，{zdistressask10}", "finance"),
]
ROUND10_NEG += [
    ("我们下周要{zevent10}，{zeventask10}", "general"), ("{zevent10}的事情，{zeventask10}", "general"),
    ("We're {eevent10} next month — {eeventask10}", "general"),
]
FILL.update({
    "elegalq10": ["Is an email exchange legally binding as a contract", "Is a handshake deal enforceable",
                  "Does a signed quote count as a contract", "Can a contract be cancelled within 14 days",
                  "Is a non-compete valid", "Do I need a witness for a lease to be valid",
                  "Is a text message enough to give notice"],
    "ejuris10": ["in England", "in Germany", "under New York law", "in Singapore", "in Ontario", "in the EU"],
    "zlegalq10": ["口头约定有法律效力吗", "微信聊天记录能当合同证据吗", "没签劳动合同可以要求双倍工资吗",
                  "竞业限制协议没给补偿还有效吗", "电子签名和手写签名效力一样吗", "定金和订金在法律上有什么区别"],
    "zcalc10": ["假设一个项目投资{n}0万，每年回报{n}万，回收期怎么算",
                "假设贷款{n}0万，年利率{pct}，等额本息每月还多少", "假设年销售额{amt}亿，毛利率{pct}，毛利是多少",
                "如果本金{n}万，年化{pct}，复利五年是多少"],
    "epayref10": ["Wire reference FX{n}{n}QK{n}{n}", "Payment ID PAY-{n}{n}{n}{n}", "SWIFT ref MT103-{n}{n}{n}{n}",
                  "Transfer TRN{n}{n}{n}{n}{n}"],
    "epayissue10": ["bounced back", "shows as pending for a week", "was returned by the bank", "never arrived",
                    "got credited twice"],
    "epayask10": ["what do we tell the customer?", "how do we trace it?", "who should we call first?",
                  "what's the usual next step?"],
    "zpayref10": ["转账流水号 TR{n}{n}{n}{n}{n}", "汇款单号 HK{n}{n}{n}{n}", "支付订单号 P{n}{n}{n}{n}{n}{n}"],
    "zpayissue10": ["对方说没收到", "显示退回", "卡在处理中三天了", "被重复扣款"],
    "egitq10": ["How do I undo the last git commit but keep the changes", "How do I squash my last three commits",
                "How do I rename a branch locally and on the remote", "Why does git say detached HEAD",
                "How do I remove a file from git history", "What's the difference between git fetch and pull"],
})
ROUND10_NEG += [
    ("{elegalq10} {ejuris10}?", "general"), ("Quick legal question: {elegalq10} {ejuris10}?", "general"),
    ("{zlegalq10}？", "general"), ("法律小白请教：{zlegalq10}", "general"),
    ("{zcalc10}？", "general"), ("练习题：{zcalc10}", "general"),
    ("{epayref10} {epayissue10} — {epayask10}", "general"), ("{zpayref10}{zpayissue10}，怎么查？", "general"),
    ("{egitq10}?", "general"), ("{egitq10}? short answer", "general"),
]
FILL.update({
    "elist10": ["Customer list export", "Our client roster", "CRM dump", "Pipeline export", "Key-account sheet",
                "Reseller net-price sheet"],
    "elistwhat10": ["{n}00 enterprise accounts with contract values", "every account with ARR and renewal dates",
                    "our top {n}0 buyers with the discounts they get", "deal sizes and win probabilities by account",
                    "net prices per reseller"],
    "elistask10": ["summarise by region", "find the biggest renewals", "build a pivot for the sales kickoff",
                   "rank them by margin", "spot who is likely to churn"],
    "zlist10": ["客户清单导出来了", "这是我们的客户台账", "CRM 里导出的商机表", "经销商价格表", "大客户合同明细"],
    "zlistwhat10": ["{n}00个企业客户和合同金额", "每个客户的年费和续约日期", "前{n}0大客户拿到的折扣",
                    "每个经销商的结算价"],
    "zlistask10": ["按区域汇总一下", "找出金额最大的续约", "做个给销售大会用的透视表", "按毛利排个序"],
})
ROUND10_POS += [
    ("{elist10}: {elistwhat10} — {elistask10}", "trade_secret"),
    ("{zlist10}，{zlistwhat10}，{zlistask10}", "trade_secret"),
]
FILL.update({
    "elistharmless10": ["Put {mail} on the cc list of the facilities newsletter",
                        "Export the list of meeting rooms with their capacities",
                        "Make a list of public holidays by region",
                        "Sort this product list by launch year", "Export our blog post list with view counts",
                        "Turn the conference speaker list into a table", "List the office plants that need watering"],
    "zlistharmless10": ["把{mail}加到周报的抄送列表里", "把会议室清单按容量排个序", "导出公司公众号文章列表和阅读量",
                        "把展会参展商名单整理成表格", "列一下各地区的法定节假日"],
})
ROUND10_NEG += [("{elistharmless10}.", "general"), ("{elistharmless10}, thanks", "general"),
                ("{zlistharmless10}", "general")]
FILL.update({
    "zthing10": ["年会节目报名", "差旅报销", "季度OKR填写", "投标文件递交", "供应商资质提交", "内部培训报名",
                 "年度体检预约",
                 "征文比赛投稿", "RFP 应答", "展会展位申请"],
    "zdeadline10": ["下周五", "周三中午", "月底", "本周日晚上", "下周一上午", "十号"],
    "zdeadlineask10": ["帮我写个提醒通知", "帮我列个提纲", "帮我排个时间表", "帮我写个群公告", "帮我拆成待办清单"],
    "ething10": ["conference talk submissions", "expense claims", "the RFP response", "the grant application",
                 "the vendor security questionnaire", "hackathon sign-ups"],
    "edeadline10": ["next Friday", "Wednesday noon", "end of month", "Sunday night"],
    "edeadlineask10": ["write a reminder for the team", "outline the sections", "make a countdown checklist",
                       "draft the Slack announcement"],
    "eipv6q10": ["localhost resolves to ::1 first and my app only listens on 127.0.0.1 — how do I fix it?",
                 "postgres listens on ::1 but psql goes to 127.0.0.1, why the mismatch?",
                 "is 2001:db8::/32 only for documentation examples?",
                 "ss -ltn shows [::]:443 — does that cover IPv4 too?",
                 "docker gives the container fd00::2 but ping6 to the host fails, what am I missing?",
                 "why does curl try ::1 before 127.0.0.1 and stall for a few seconds?",
                 "my router hands out 2001:db8:1::/64 in the lab — is SLAAC enough or do I need DHCPv6?"],
    "zipv6q10": ["localhost 解析成 ::1，但服务只监听 127.0.0.1，怎么改？",
                 "ping6 本机回环 ::1 正常，ping6 网关却不通，是配置问题吗？",
                 "2001:db8:: 开头的地址是不是只用于文档示例？", "容器拿到了 fd00::2 的地址但是出不了网，怎么排查？"],
})
ROUND10_NEG += [
    ("{zthing10}的截止日期是{zdeadline10}，{zdeadlineask10}", "general"),
    ("{zthing10}{zdeadline10}截止，{zdeadlineask10}", "general"),
    ("{ething10} close {edeadline10}; {edeadlineask10}.", "general"),
    ("{zexam10}：{zparty10}向{zparty10}借了{n}万元，{zlawcase10}，{zlawq10}？", "general"),
    ("{eexam10}: {eparty10} lends {eparty10} ${n}k; {elawcase10}. {elawq10}?", "general"),
    ("{eipv6q10}", "ops_question"), ("{zipv6q10}", "ops_question"), ("{eipv6how10}", "ops_question"),
    ("{eopsdoc10}", "general"),
]
FILL.update({
    # law-exam exercises about loans and debts: placeholder parties, no one's case
    "zexam10": ["法考练习", "民法课作业", "司考真题", "合同法案例题", "课堂讨论题"],
    "zparty10": ["甲", "乙", "丙", "丁", "A公司", "B公司", "张三", "李四"],
    "zlawcase10": ["约定半年后归还，到期未还", "丁提供了连带责任保证", "借款时没有约定利息", "以房产作了抵押",
                   "债务人下落不明", "借条上只有签名没有日期"],
    "zlawq10": ["债权人可以向谁主张", "保证人要承担什么责任", "诉讼时效从什么时候起算", "利息应该怎么计算",
                "抵押权能否优先受偿"],
    "eexam10": ["Bar exam practice", "Contracts class hypo", "Law school exercise", "Tutorial question"],
    "eparty10": ["A", "B", "C", "Acme Ltd", "Blue Co"],
    "elawcase10": ["C guarantees the loan and B defaults", "repayment was due in six months and never came",
                   "no interest rate was agreed", "B pledged shares as security"],
    "elawq10": ["Who can A sue", "What is the guarantor liable for", "When does the limitation period start",
                "Does the pledge rank ahead of other creditors"],
    "eipv6how10": ["How do I disable IPv6 on Ubuntu 24.04?",
                   "Do I need to enable IPv6 in the Docker daemon for this?",
                   "IPv6 works on the office VLAN but not on guest Wi-Fi — where do I look?",
                   "ipv6 question: why does my Pi get two global addresses?",
                   "Is IPv6 NAT a thing or should I avoid it?",
                   "ipv6 vs ipv4 — which should the k8s service prefer?", "What does 'IPv6 privacy extensions' do?"],
    "eopsdoc10": ["Write a template for a weekly ops report with sections for incidents and on-call load",
                  "Suggest a better layout for our weekly status report",
                  "What should a monthly ops review deck cover?",
                  "Set up a mailing list for the on-call rota announcements",
                  "Make the weekly ops newsletter more readable — give me a structure"],
})
# Round 11 (from the twelfth probe set's misses, written as classes, not as its lines): substance use, drinking
# or gambling of one particular person the writer works with, told in the third person; a deal of ours agreed
# with its announcement still ahead. Negatives: record-retention questions with no one's record, network
# troubleshooting with address literals, ordinary meeting notes to tidy, visits to a named company, public deals.
ROUND11_POS = [
    ("{emine11} {esubstance11}. {esubask11}?", "hr"),
    ("{esubask11}? {emine11} {esubstance11}.", "hr"),
    ("{zmine11}{zsubstance11}，{zsubask11}？", "hr"),
    ("{zsubask11}？{zmine11}{zsubstance11}。", "hr"),
    ("{edealdone11}; {edealwait11}. {etask}.", "deal"),
    ("{edealdone11} — {edealwait11}, so {edealask11}.", "deal"),
    ("{zdealdone11}，{zdealwait11}。{ztask}", "deal"),
    ("{zdealdone11}，{zdealwait11}，{zdealask11}", "deal"),
    # a freeze or cut of ours, with its reason, still ahead
    ("{zcutwhy11}，{zsubj}{zcutwhen11}{zcut11}，{ztask}", "plans"),
    ("{ztask}：{zcutwhy11}，我们{zcutwhen11}{zcut11}", "plans"),
    ("{ecutwhy11}, {esubj} {ecut11} {ecutwhen11}. {etask}.", "plans"),
    ("{etask}: {ecutwhy11}, so we {ecut11} {ecutwhen11}.", "plans"),
]
ROUND11_NEG = [
    ("{zleaver11}之后，{zrecord11}{zretainq11}？", "privacy_question"),
    ("{zrecord11}在{zleaver11}后{zretainq11}？", "privacy_question"),
    ("How long can a company keep {erecord11} after {eleaver11}?", "privacy_question"),
    ("Once {eleaver11}, do we have to delete {erecord11}?", "privacy_question"),
    ("{zopsnet11}", "ops_question"), ("{eopsnet11}", "ops_question"),
    ("帮我把{zmeetdoc11}整理成{zfmt11}，原文如下：{zmeetbody11}", "general"),
    ("{zmeetdoc11}贴在下面，{zfmt11}就行：{zmeetbody11}", "general"),
    ("Turn these {emeetdoc11} into {efmt11}: {emeetbody11}", "general"),
    ("{zvisitwhen11}去{zcompany11}拜访，帮我{zprep11}", "org_business"),
    ("{evisitwhen11} I'm visiting {ecompany11} — {eprep11}.", "org_business"),
    ("{epubdeal11}: {epubdealq11}?", "general"), ("{zpubdeal11}，{zpubdealq11}？", "general"),
    ("{epubbuyer11} agreed to buy {epubtarget11} back then; {epubdealq11}?", "general"),
    ("{zpubbuyer11}当年谈妥收购{zpubtarget11}，{zpubdealq11}？", "general"),
    # drinking, drugs and gambling as a workplace rule or a health topic: no one's case
    ("{zsubgen11}", "general"), ("{esubgen11}", "general"),
    # an ordinary change announced to everyone, with its date: not a plan held back ("from next month IT will …")
    ("{etask}: {ecutwhen11}, {eroutine11}.", "general"), ("{ecutwhen11}, {eroutine11} — {etask}.", "general"),
    ("{ztask}：{zcutwhen11}{zroutine11}。", "general"), ("{zcutwhen11}{zroutine11}，{ztask}", "general"),
    # wellbeing and health as a talk topic for a group: no one's condition
    ("{ewellq11}", "general"), ("{zwellq11}", "general"),
]
FILL.update({
    "emine11": ["My coworker", "A guy on my shift", "One of my direct reports", "My teammate", "Our night supervisor",
                "A nurse on my ward", "The new hire in accounts", "My business partner", "One of our drivers"],
    "esubstance11": ["has been coming in hungover most Mondays", "keeps a flask of whisky in his desk drawer",
                     "seems to be doing coke in the bathroom at lunch", "admitted she's been gambling away her pay",
                     "relapsed last month after two years sober", "got caught smoking weed behind the loading dock",
                     "owes loan sharks money from online betting", "nods off at his desk and slurs after lunch",
                     "has been taking her mother's oxycodone to get through shifts"],
    "esubask11": ["Should I say something to HR", "How do I raise it with him without wrecking his career",
                  "Am I obliged to report it", "What is the kind way to handle this", "Do I tell our manager",
                  "How should I word a note to occupational health"],
    "zmine11": ["我们组有个同事", "我下属", "隔壁工位的大哥", "我们店的一个店员", "我带的实习生", "我合伙人",
                "我们车间一个师傅", "我们科一个护士"],
    "zsubstance11": ["最近几乎天天带着酒气来上班", "网赌输了几十万，还到处找同事借钱", "好像在吃什么药，整个人恍恍惚惚",
                     "刚从戒毒所出来，领导还不知道", "喝酒喝到胃出血住院了", "上夜班的时候偷偷喝酒",
                     "戒了两年又开始赌了",
                     "抽屉里藏着好几瓶白酒"],
    "zsubask11": ["我该不该告诉领导", "怎么跟他开口比较好", "要不要报给HR", "我能帮他做点什么", "这事我该管吗",
                  "要不要跟他家里人说"],
    "edealdone11": ["We've shaken hands with the founders of a payments startup at roughly 9x revenue",
                    "Our offer for the regional bottler was accepted at $310M",
                    "The board signed off on buying out our Korean JV partner for about $60M",
                    "Terms are agreed for us to sell the consumer unit to a PE fund",
                    "We've settled on 0.45 of our shares for each of theirs in the merger",
                    "Our bid for the family-owned packaging firm is accepted, all cash"],
    "edealwait11": ["nothing goes public until the antitrust filing clears",
                    "the press release waits for shareholder approval",
                    "we can't tell staff before the regulator rules",
                    "the announcement is pencilled in for after the quarter closes",
                    "the exchange filing goes out only once financing is locked"],
    "edealask11": ["draft the internal FAQ", "write talking points for the leadership call",
                   "help me plan the integration workstreams", "outline the day-one comms"],
    "zdealdone11": ["入股那家做冷链的公司的条款都敲定了，占股百分之三十",
                    "我们和一家电池厂的合并方案董事会已经点头了，换股比例一比一点二",
                    "把华南的工厂卖给一家日本企业，双方价格都认了，两亿出头",
                    "那个做SaaS的小团队我们准备整体收下来，老板已经拍板，八千万",
                    "跟一家连锁药房的控股谈判走完了，五点五亿拿百分之五十一"],
    "zdealwait11": ["对外要等反垄断审查过了再说", "消息要等股东大会后才能放出来", "员工那边先不通知",
                    "交易所公告预计下个月才发", "外面现在还没人知道"],
    "zdealask11": ["帮我列一下整合的工作清单", "帮我写一份给管理层的说明", "帮我准备内部问答",
                   "帮我理一下交割前要做的事"],
    "zleaver11": ["员工离职", "实习结束", "候选人没被录用", "客户注销账户", "会员退卡", "供应商合同到期"],
    "zrecord11": ["他的体检报告", "她的背调材料", "面试录音", "考勤数据", "工资流水", "病假证明", "门禁记录",
                  "身份证复印件"],
    "zretainq11": ["公司还能保存多久", "需要马上删除吗", "最长可以留几年", "应该怎么归档", "还能继续留着吗",
                   "要不要销毁"],
    "erecord11": ["an employee's medical certificates", "background-check reports", "interview recordings",
                  "timesheet data", "payslips", "CCTV footage of staff", "copies of ID documents"],
    "eleaver11": ["an employee leaves", "an intern's placement ends", "a candidate is rejected",
                  "a customer closes their account", "a contractor's engagement ends"],
    "zopsnet11": ["k8s节点10.42.3.17 ping不通10.42.5.9，calico要怎么排查", "容器里拿到的地址是fd00:10:244::1a，"
                  "外部访问不了，双栈要怎么配", "nginx日志里全是172.18.0.1，真实客户端IP怎么拿到",
                  "服务器绑了2001:db8:85a3::8a2e:370:7334，curl -6一直超时，防火墙要放什么",
                  "内网DNS解析到192.168.31.254，浏览器却打不开，是哪里的问题", "docker0网桥是172.17.0.1/16，"
                  "和公司VPN的网段冲突了，怎么改"],
    "eopsnet11": ["My pod got 10.244.2.31 but the service ClusterIP 10.96.0.15 times out — what should I check?",
                  "Host has fe80::1c2b:3dff:fe4a:9f10 and 2001:db8:1::42 but ping6 to the gateway fails, why?",
                  "Why does traceroute to 203.0.113.7 stop at 100.64.0.1?",
                  "BGP session to 2001:db8:ffff::2 flaps every 90 seconds, where do I start?",
                  "nginx shows every client as 10.0.0.2 behind the load balancer — how do I get the real IP?"],
    "zmeetdoc11": ["这段会议录音转写稿", "周会的速记", "今天站会的记录", "这份讨论纪要草稿", "评审会的笔记"],
    "zfmt11": ["三点结论", "一个待办清单", "一段摘要", "按负责人分组的要点", "一页纸的会议纪要"],
    "zmeetbody11": ["前端说组件库要升级到新版本，测试要补回归用例，设计下周给新图标",
                    "运营建议把周报改成双周一次，客服想加一个常见问题入口",
                    "大家同意先修登录页的样式问题，再排期做暗色模式", "产品组决定下个迭代先做导出功能，文档同步更新",
                    "后端准备把日志统一接到新的平台，周五前先迁两个服务"],
    "emeetdoc11": ["standup notes", "meeting transcript snippets", "retro notes", "design review notes"],
    "efmt11": ["three bullet points", "an action list with owners", "a short summary", "a one-page recap"],
    "emeetbody11": ["frontend wants to bump the component library, QA will add regression tests, design sends new "
                    "icons Friday", "ops suggests the weekly report go biweekly; support wants an FAQ entry point",
                    "we agreed to fix the login page styling first and schedule dark mode after",
                    "next sprint starts with CSV export, docs get updated alongside"],
    "zvisitwhen11": ["明天", "下周二", "周四上午", "月底", "后天下午"],
    "zcompany11": ["Nordvik Logistics AB", "Brightwater Foods Ltd", "Keller & Sohn GmbH", "海天味业", "三一重工",
                   "Tamura Seiki株式会社", "Okafor Textiles"],
    "zprep11": ["准备一个英文自我介绍，一分钟", "想几个破冰的话题", "列一下要带的东西", "写一封拜访后的感谢邮件",
                "查一下去那边的交通怎么走"],
    "evisitwhen11": ["Tomorrow", "Next Tuesday", "On Thursday morning", "At the end of the month"],
    "ecompany11": ["Nordvik Logistics AB", "Brightwater Foods", "Keller & Sohn GmbH", "a Haier plant in Qingdao",
                   "Okafor Textiles in Lagos"],
    "eprep11": ["help me prepare a 30-second intro", "suggest a few small-talk openers", "what should I bring",
                "draft a thank-you email for afterwards", "what's the etiquette for exchanging business cards"],
    "epubdeal11": ["Microsoft buying Activision Blizzard", "Broadcom's takeover of VMware",
                   "Adobe's abandoned Figma deal",
                   "Musk's purchase of Twitter", "Pfizer acquiring Seagen"],
    "epubdealq11": ["why did regulators take so long", "what did the competition authority object to",
                    "summarise the timeline", "what was the final price", "what lessons do M&A teams draw from it"],
    "zpubdeal11": ["吉利收购沃尔沃", "联想收购IBM的PC业务", "美团收购摩拜", "字节跳动收购沐瞳", "万达出售文旅项目"],
    "zcutwhy11": ["现金流吃紧", "融资还没到位", "上半年亏损超预期", "最大的客户走了", "烧钱速度太快", "回款一直拖着"],
    "zcutwhen11": ["下个月起", "从下周开始", "年底前", "这个季度", "马上"],
    "zcut11": ["要暂停所有社招", "得冻结年中调薪", "准备取消今年的年终奖", "要把外包全部停掉", "打算全员降薪一成五",
               "先停掉所有新开的编制", "要缓发三个月奖金"],
    "ecutwhy11": ["Cash runway is down to five months", "The bridge round fell through", "H1 losses came in far "
                  "above plan", "Our biggest customer churned", "Burn is way over budget"],
    "ecut11": ["will freeze all hiring", "is pausing merit raises", "will cancel this year's bonuses",
               "is cutting contractor spend to zero", "will take a 15% pay cut across the board",
               "is closing every open req"],
    "ecutwhen11": ["from next month", "starting Monday", "until the end of the year", "this quarter",
                   "effective immediately"],
    "epubbuyer11": ["Microsoft", "Broadcom", "Disney", "Amazon", "Salesforce", "Exxon"],
    "epubtarget11": ["LinkedIn", "Whole Foods", "Slack", "21st Century Fox", "Pioneer Natural Resources", "MGM"],
    "zpubbuyer11": ["吉利", "联想", "美的", "腾讯", "阿里巴巴", "海尔"],
    "zpubtarget11": ["沃尔沃", "摩托罗拉移动", "库卡", "Supercell", "饿了么", "通用电气家电"],
    "zsubgen11": ["公司规定上班时间禁止饮酒，员工违反了可以直接辞退吗？", "员工下班后喝酒，公司有权管吗",
                  "单位组织体检能查吸毒吗，这样做合法吗", "戒酒互助会一般是怎么运作的？",
                  "怎么判断一个人是不是酒精依赖",
                  "赌博成瘾属于心理疾病吗，有哪些治疗办法", "员工手册里关于酒后上岗的条款怎么写比较规范"],
    "esubgen11": ["Can an employer drug-test staff without cause?", "What should a workplace alcohol policy include?",
                  "Is alcoholism treated as a disability under employment law?",
                  "How do employee assistance programmes help with gambling addiction?",
                  "What are the usual stages of recovery from opioid addiction?",
                  "Can a company fire someone for drinking off duty?",
                  "How should a handbook word the rule on alcohol at client dinners?"],
    "eroutine11": ["the canteen opens at 7:30 instead of 8", "IT will move everyone's mailbox to the new server",
                   "the office Wi-Fi password rotates every quarter", "visitor badges are issued at the east entrance",
                   "expense claims go through the new portal", "the shuttle bus leaves from gate B",
                   "we'll switch the team chat to the new workspace", "printing needs a badge tap",
                   # maintenance windows and migrations: read-only, downtime, redirects
                   "the HR portal is unavailable on Saturday night for an upgrade",
                   "the VPN is down for maintenance from 10 pm to 2 am",
                   "the old ticketing system becomes archive-only after the cut-over",
                   "bookmarks to the old intranet forward to the new one for two months"],
    "zroutine11": ["食堂早餐改到七点半开始", "IT会把所有人的邮箱迁到新服务器", "访客统一在东门登记", "报销改走新的系统",
                   "班车改从B门发车", "打印需要刷工牌", "会议室改成线上预约", "内网文件夹统一迁到新的文档平台",
                   "OA系统周六晚上升级，期间无法登录", "VPN凌晨停机维护四小时", "旧工单系统切换后只保留查询功能"],
    "ewellq11": ["What are early signs of stress I could mention in a team wellbeing session?",
                 "Ideas for a lunchtime talk on sleep and mental health?",
                 "How do I run a workshop on preventing burnout for new managers?",
                 "Suggest five slides for a mental-health awareness week talk",
                 "What should a first-aid-for-mental-health course cover?"],
    "zwellq11": ["帮我准备一个关于职场压力管理的十分钟分享", "心理健康周可以组织哪些活动",
                 "给新经理讲预防职业倦怠，讲哪几点",
                 "写一份员工健康讲座的提纲，主题是久坐和颈椎"],
    "zpubdealq11": ["当年为什么能成功", "交易结构是怎样的", "帮我梳理一下时间线", "对行业有什么影响"],
})
SETS = [(HARD_POS, True, "auto"), (ZH_POS, True, "zh"), (ZH_NEG, False, "zh"), (EN_POS, True, "en"),
        (EN_NEG, False, "en"),
        (MIXED_POS, True, "mixed"), (MIXED_NEG, False, "mixed"),
        ([(text, "general") for text in SHORT_NEG], False, "auto"), (TASK_NEG, False, "auto"),
        (NEUTRAL_NEG, False, "auto"), (EVERYDAY_NEG, False, "auto"),
        (ROUND6_POS, True, "auto"), (ROUND6_NEG, False, "auto"), (ROUND7_POS, True, "auto"),
        (ROUND7_NEG, False, "auto")]
PER_FRAME = 14
ROUND6_PER_FRAME = 40  # the newest classes: more fills per frame, so they weigh against 18k older lines
COMPOSED_PER_LANGUAGE = 900
TECH_NEGATIVES = 3500


# Composed requests: confidential content + (often no) secrecy cue + a task, and their harmless
# twins (the same topics, public or hypothetical, or no data at all). Written for variety of
# phrasing — paraphrased confidentiality without the usual keywords, chat style, typos — so that
# the model learns the content, not a handful of frames.
COMPOSE: dict[str, list[str]] = {
    "zh_conf": [
        "{q}的初步数字出来了，营收{amt}亿，比市场预期低一截", "新品上市一个月退货率高得离谱",
        "今年利润大概率要下修，董事会下周才讨论", "毛利率这个季度掉到了{pct}", "账上的钱只够撑到明年{n}月",
        "审计发现有{amt}万的收入确认提前了", "下季度的业绩指引要往下调", "这个月回款只完成了计划的{pct}",
        "新一轮融资投资人把估值压了一半", "银行把我们的授信额度砍了{amt}亿", "{zsubj}年底要砍掉{n}个编制",
        "打算把{city}办公室整个关掉", "今年调薪的总包只有{pct}", "今年年终奖不发了，老板刚拍板",
        "有{n}个人被放进了优化名单", "新来的副总年薪谈到了{amt}0万", "准备劝退两个干了十年的老员工",
        "他试用期不打算给转正", "明年全面冻结招聘", "{zsubj}要并到别的部门，负责人会换掉",
        "我们在和{zpub}谈被收购的事", "老板已经请了投行在评估把公司卖掉", "打算悄悄增持{zpub}的股份",
        "对方给的收购报价是{amt}亿，我们的底线是{amt}亿", "董事会在考虑把{city}那块业务卖掉",
        "在谈一笔{amt}亿的融资，领投还没敲定", "这次投标的底价定在{amt}万", "我们的模型在内部基准上被竞品甩开了",
        "产品上线时间要延后{n}周", "芯片良率现在只有{pct}", "召回方案还在评估，可能涉及{n}万台设备",
        "登录接口有个能绕过鉴权的洞，补丁还没出", "推荐算法排序的权重系数都在下面", "反作弊规则的阈值都列在下面",
        "对方愿意用{amt}万和解这场官司", "我们打算下个月起诉{zpub}", "跟{zpub}的合同里最低采购量是每年{n}万件",
        "监管部门在查我们用户数据的问题", "公司刚收到法院的传票", "一个离职员工说要去劳动仲裁，要求赔{n}个月工资",
        "{zsubj}这季度有{n}个人绩效不达标要进改进计划", "给{level}候选人开的包是{amt}0万加期权",
        "成本价其实只有售价的{pct}", "大客户拿到的真实折扣是{pct}", "下半年要把工厂搬到越南，员工还不知道",
        "CFO下个月离职，接任的人还没定", "{zproj}的项目经费被砍了一半", "这次事故影响了{n}万用户，对外说的是例行维护",
        "内部评估这个产品线明年要亏{amt}亿", "我们的用户增长数据其实是下滑的，周报里没写",
        "写字楼续租谈下来每平米每月涨了{n}块", "经销商欠我们{amt}万货款拖了半年", "供应商给我们的独家报价是每件{n}元",
        "明年所有产品要提价{pct}，客户还不知道", "新产线的单位成本测算下来是{n}元一件", "协议里约定每年保底采购{amt}万",
        "对方要求提前解约就赔剩余合同额的{pct}", "给经销商的返点要提高到{pct}", "准备给拖欠款项的客户发律师函",
    ],
    "zh_med": [
        "我最近在吃舍曲林，控制惊恐发作", "{relative}的核磁共振显示脑子里有个{n}公分的瘤子",
        "{relative}确诊了{disease}",
        "{relative}在做{treat}，头发掉得厉害", "我刚拿到活检报告，是恶性的", "体检查出来我转氨酶很高，还有脂肪肝",
        "{relative}上周心梗住进了ICU", "我在看心理医生，诊断是中度抑郁", "{relative}的孩子被查出自闭症",
        "我做了试管，这周要打促排针", "{relative}的HPV检查结果是阳性", "我的甲状腺结节穿刺结果是4b类",
    ],
    "zh_cue": [
        "", "", "", "", "这个先别往外说，", "先别声张，", "目前只有几个人知道，", "别外传，",
        "还没官宣，", "对外还没说，", "老板交代先压着，", "下周才会公布，", "先别告诉团队，", "只跟你说，",
        "消息还没放出去，", "这个不能让下面的人知道，", "暂时不对外，",
    ],
    "zh_task": [
        "帮我写一段给老板的复盘", "帮我写封给员工的信，语气要诚恳", "帮我准备一下沟通话术", "帮我列个提纲",
        "我该怎么跟团队说", "帮我想想应对方案", "帮我润色一下下面这段", "帮我写封邮件", "帮我整理成三点",
        "帮我做个汇报PPT的大纲", "怎么回复比较稳妥", "帮我算一下影响", "我该注意什么", "帮我写个请假条",
        "帮我想想怎么跟领导开口", "帮我准备几个可能被问到的问题",
    ],
    "en_conf": [
        "the {eq} close shows revenue ${amt}M short of what the street expects", "returns of the new product are "
        "running at triple the forecast", "we will probably have to cut the full-year profit outlook",
        "gross margin slipped to {pct} this quarter", "we have cash until roughly month {n} of next year",
        "the auditors found ${amt}K of revenue booked too early", "next quarter's guidance is going down",
        "collections hit only {pct} of plan this month", "investors cut our valuation in half in the new round",
        "the bank reduced our credit line by ${amt}M", "{esubj} loses {n} headcount at year end",
        "we're shutting the {ecity} office entirely", "the raise pool this year is only {pct}",
        "there will be no bonuses this year, the CEO just decided", "{n} people are on the reduction list",
        "the new VP's package came in at ${amt}0K base", "we're planning to manage out two long-tenured engineers",
        "he isn't going to pass probation", "hiring is frozen across the company next year",
        "{esubj} is being folded into another org and its head replaced", "we're in talks with {epub} about "
        "being acquired", "the founders are quietly shopping the company to strategic buyers",
        "we're quietly building a stake "
        "in {epub}", "their offer is ${amt}M and our floor is ${amt}M", "the board is weighing a sale of the "
        "{ecity} business", "we're raising ${amt}M and the lead isn't locked",
        "our bid floor for the tender is ${amt}K",
        "our model trails the competitor on every internal benchmark", "the launch slips by {n} weeks",
        "chip yield is stuck at {pct}", "a recall covering {n}0,000 units is being scoped", "there's an auth bypass "
        "in the login endpoint and no patch yet", "the ranking weights of our recommender are pasted below",
        "the features and coefficients of our fraud model are below", "they'd settle the lawsuit for ${amt}K",
        "we plan to sue {epub} next month", "the {epub} contract commits us to {n}0,000 units a year",
        "a regulator is looking into how we handle user data", "we were just served with a subpoena",
        "a former employee is threatening arbitration for {n} months' pay", "{n} people in {esubj} missed "
        "their goals and go on a PIP", "the {elevel} candidate's offer is ${amt}0K plus equity",
        "unit cost is only {pct} of the list price", "our biggest customer's real discount is {pct}",
        "we're moving the plant to Vietnam in H2 and staff don't know", "the CFO leaves next month and there's "
        "no successor", "{eproj} had its funding cut in half", "the incident hit {n}0,000 users and we called it "
        "routine maintenance", "internally we expect this product line to lose ${amt}M next year",
        "user growth is actually declining, it's not in the weekly report",
        "the lease renewal raises our rent to ${n} per square foot", "the distributor owes us ${amt}K and is six "
        "months late", "the supplier's exclusive quote to us is ${n}.20 a unit", "list prices go up {pct} across the "
        "board next year and customers don't know", "our modeled unit cost on the new line is ${n}.10",
        "the agreement guarantees a ${amt}M annual minimum purchase", "ending the contract early costs {pct} of the "
        "remaining fees", "we're sending a demand letter over ${amt}K in unpaid invoices",
    ],
    "en_med": [
        "I've been taking escitalopram for anxiety since spring",
        "{erelative_l} CT scan found a {n}cm shadow on the lung", "{erelative} was "
        "diagnosed with {edisease}", "{erelative} is in {etreat} and losing hair", "my biopsy came back malignant",
        "my liver enzymes came back high and I have a fatty liver", "{erelative} had a heart attack and is in the ICU",
        "I'm seeing a psychiatrist for moderate depression", "{erelative_l} kid was diagnosed with autism",
        "I'm doing IVF and start injections this week", "{erelative_l} HPV test came back positive",
        "my thyroid nodule biopsy was Bethesda IV", "a teammate collapsed from a diabetic episode in the meeting",
    ],
    "en_cue": [
        "", "", "", "", "keep this between us: ", "don't share yet - ", "not public yet, but ",
        "this stays in the room: ",
        "off the record, ", "please don't forward: ", "embargoed until Monday: ", "only the exec team knows: ",
        "hasn't been announced: ", "heads up, strictly need-to-know: ", "before anyone hears it: ",
    ],
    "en_task": [
        "draft talking points", "help me word the email", "how do I tell my team", "write a summary for my boss",
        "what should I ask the doctor", "prepare a short Q&A", "turn it into three bullets",
        "write the note to the board", "what's the best way to break it to them",
        "help me plan the next two weeks", "draft a reply", "what should I say if someone asks",
        "make an outline for the all-hands", "how do I ask HR for leave without saying why",
    ],
    # Harmless twins: the same subjects, public, hypothetical or generic; everyday content that takes
    # the same tasks (so that "帮我写封邮件" or "draft talking points" says nothing on its own).
    "zh_neutral": [
        "周五下午的部门例会改到B会议室", "食堂下周开始供应夜宵", "新版报销系统下个月上线", "这是我们官网上的产品介绍",
        "下面是今天会议的待办事项", "这段Python代码跑得有点慢", "团建定在下周六去爬山", "年会主持词的初稿在下面",
        "这是给客户的中秋问候", "这是我写的技术博客草稿", "这是对外公开的API文档", "打印机又卡纸了，行政还没来修",
        "办公室空调开得太冷", "这是给新同事的欢迎邮件", "活动报名表已经做好了", "下周一开始用新的打卡系统",
        "我们在给同事准备惊喜生日会，先别让他知道", "这份新闻稿上周已经发布了", "公司的开放日定在{n}月{n}号",
        "我要给团队分享一下读书心得", "新来的实习生下周一报到", "大楼周末停电检修", "客户反馈说App的字体太小",
        "这个Excel表格的公式有点乱", "我们部门要搬到{n}楼", "下个月有一场行业公开峰会", "公司内刊要一篇春游的稿子",
    ],
    "en_neutral": [
        "Friday's team meeting moved to room B", "the cafeteria starts serving late dinners next week", "the new "
        "expense tool goes live next month", "here's the product overview from our public website", "below are "
        "today's meeting action items", "this Python script runs a bit slowly", "the team outing is a hike next "
        "Saturday", "the emcee script for the holiday party is below", "this is a holiday greeting for customers",
        "here's my draft tech blog post", "this is our public API documentation", "the printer jammed again",
        "the office AC is way too cold", "this is a welcome email for a new teammate", "the sign-up sheet for the "
        "event is ready", "we switch to the new badge system on Monday", "we're planning a surprise birthday for a "
        "teammate, don't tell him", "the press release went out last week", "our open house is on the {n}th",
        "I'm sharing book notes with my team", "the new intern starts Monday", "the building has a power cut this "
        "weekend", "customers say the app's font is too small", "the formulas in this spreadsheet are messy",
        "our team moves to floor {n}", "there's a public industry summit next month",
    ],
    "zh_pub": [
        "{zpub}已经公布的年报里营收是{amt}亿", "新闻里说{zpub}上个月宣布裁员{pct}", "假设月薪{n}000元，",
        "行业报告说今年平均调薪{pct}", "{zpub}发布会上公布了新品价格", "公开课上讲了怎么做现金流预测",
        "教科书上的并购案例里对价是{amt}亿", "{zpub}官宣了和{zpub}的战略合作", "招聘网站上这个岗位写的是月薪{n}-{n}K",
        "公司官网已经公布了新办公室的地址", "上市公司公告显示{zpub}回购了{amt}亿股票",
        "统计局公布的平均工资是每月{n}000元",
        "药品说明书上写着布洛芬每天不超过{n}片", "科普文章说高血压要少吃盐", "这个模型在公开榜单上排第{n}",
    ],
    "zh_gen": [
        "写个SQL查询每个部门的人数", "跨部门协作流程图怎么画比较清楚",
        "帮我想几个破冰小游戏", "太阳系的行星按顺序列一下",
        "写一首关于秋天的短诗", "把这段话翻译成英文", "这个报错怎么解决：IndexError: list index out of range",
        "k8s 的 pod 一直 CrashLoopBackOff 怎么排查", "推荐几本管理类的书", "帮我写个周报模板",
        "用Python画个柱状图", "怎么把Excel里两列合并", "给我讲讲什么是复利", "出一道鸡兔同笼的题",
        "新员工培训的议程怎么排", "帮我写个会议室预订的通知", "怎么写一份好的产品需求文档", "介绍一下TCP三次握手",
        "帮我起个团队名字", "写个生日祝福", "高铁上能带充电宝吗", "帮我规划一下周末去杭州的行程",
    ],
    "en_pub": [
        "{epub}'s published annual report shows revenue of ${amt}B", "the news says {epub} announced a {pct} layoff "
        "last month", "assume a salary of ${n}0,000", "an industry survey says average raises are {pct} this year",
        "{epub} announced the new price at its keynote", "the textbook M&A case has a ${amt}M purchase price",
        "the job ad lists a range of ${n}0K-${n}5K", "our new office address is already on the website",
        "a public filing shows {epub} bought back ${amt}B of stock", "the label says not to take more than {n} "
        "tablets a day", "a health article says to cut salt for high blood pressure", "the model ranks #{n} on a "
        "public leaderboard", "the press release went out yesterday",
    ],
    "en_gen": [
        "List the planets in order.", "Write a SQL query that counts orders per region.",
        "How do I draw a clear swimlane "
        "diagram?", "Suggest three games for the holiday party.", "Write a haiku about autumn.", "Translate this into "
        "French.", "Fix: IndexError: list index out of range.",
        "A pod is stuck in CrashLoopBackOff, how do I debug it?",
        "Recommend some books on management.", "Give me a weekly report template.", "Plot a bar chart in Python.",
        "Explain compound interest.", "Write a word problem about trains.", "Plan a new-hire orientation agenda.",
        "Write a meeting-room booking notice.", "How do I write a good PRD?", "Explain the TCP handshake.",
        "Name our team.", "Write a birthday card.", "What's the capital of Australia?", "Convert 5 miles to km.",
        "Summarise the plot of Hamlet.", "What time zone is Tokyo in?", "How many ounces in a pound?",
        "Draft an out-of-office message.", "Proofread this paragraph.", "What's a good name for a cat?",
    ],
}


# Confidential content by class, each as content + (often no) cue + task, in Chinese, English and
# mixed writing, and hard negatives that share their words: (a) our own figures against a target,
# a forecast or what we told someone; (b) concealing or misstating a fact; (c) deals and contract
# terms with a counterparty, our position, reconciling payments; (d) staff matters (resignations
# nobody knows of, exit interviews, audits, disputes with former staff); (e) someone's health.
CLASS_FILL: dict[str, list[str]] = {
    "zpolish": ["帮我润色", "改成正式邮件", "帮我改得委婉一点", "翻译成英文", "帮我精简一下", "改成内部公告的语气",
                "帮我检查一下措辞"],
    "zannounce": ["经管理层讨论，{city}区域将于下月并入华东大区，原负责人另有安排。",
                  "自下月起，全员薪资下调{pct}，与业绩挂钩后补发。",
                  "公司决定关闭{city}研发中心，相关员工将另行通知。",
                  "{zrole}因个人原因将于月底离职，接任人选暂未确定。",
                  "今年年终奖暂停发放，具体恢复时间待定。", "明年起所有产品统一提价{pct}，请销售同事暂勿告知客户。",
                  "{zproj}项目即日起暂停，团队成员将转岗或优化。", "经董事会批准，公司拟收购{zco}{pct}股权。"],
    "zannounce2": ["请勿外传。", "", "以上内容仅限管理层知悉。", "正式公告另行发布。", ""],
    "zpubannounce": ["下周五下午三点在大会议室开季度总结会，请准时参加。", "公司新产品已于昨日正式发布，欢迎体验。",
                     "本周六办公楼停电检修，请提前保存文件。", "国庆假期安排如下：10月1日至7日放假。",
                     "欢迎新同事加入市场部！", "年会将于下月举行，欢迎报名表演节目。"],
    "zgoodask": ["下周一前提交季度总结", "统一使用新版报销系统", "参加消防演练", "更新个人联系方式"],
    "zwrong": ["市场部想把用户调研里不好的数据删掉再发给投资人", "我们给银行的贷款材料里营收写高了一些",
               "测试报告显示{zthing}有安全隐患，项目组想先量产再改", "财务把去年的培训费重新归类成研发费用去申请补贴",
               "有个销售跟客户私下签了补充协议，承诺免费服务，财务不知道", "质检数据被改过，原始记录已经删了",
               "我们把{zco}的报价透露给了另一家供应商压价", "这次事故丢了两小时的订单数据，客户还以为只是延迟",
               "上线前的安全扫描发现了高危漏洞，老板说先上线再修", "为了冲业绩，{zrole}把下季度的订单提前确认了收入"],
    "zwrongask": ["把这份验收单先签了，问题以后再说", "把不合格的批次混进正常批次发货", "把去年的合同日期改早一点",
                  "删掉那几条客户投诉记录", "把亏损的项目拆到下个季度再报", "在审计前把库存数补齐"],
    "epolish": ["Polish this", "Rewrite this for the all-hands", "Make this sound softer", "Translate to Chinese",
                "Tighten this paragraph", "Turn this into a formal memo"],
    "eannounce": ["Effective next month, the {ecity} site moves to a four-day week with a {pct} pay reduction.",
                  "Due to the pending acquisition, all hiring in APAC is paused until the deal closes.",
                  "The {ecity} office will close in Q{n}; affected staff will be contacted individually.",
                  "Our CFO is stepping down at the end of the month; a successor has not been named.",
                  "Bonuses are suspended this year while we restructure.",
                  "Prices rise {pct} on all enterprise plans from March; do not share with customers yet.",
                  "{eproj} is cancelled and the team will be redeployed or let go."],
    "eannounce2": ["Do not forward.", "", "Managers only until Friday.", "Formal announcement to follow.", ""],
    "epubannounce": ["Reminder: the office is closed on Monday for the public holiday.",
                     "Our new app version is now live in the App Store.", "Please welcome our new marketing lead!",
                     "The quarterly town hall is on Thursday at 3pm in the main hall.",
                     "We moved to the new badge system; please collect your badge at reception."],
    "egoodask": ["submit timesheets by Friday", "complete the security awareness training", "update their emergency "
                 "contacts"],
    "ewrong": ["The sales team has been signing side letters promising free services and finance doesn't know",
               "We quietly refunded {n}00 customers after the billing bug instead of disclosing it",
               "Someone deleted the original QA records after the numbers were changed",
               "The CFO wants to push ${n}M of expenses into next quarter so we don't miss the number",
               "Our pen test found an unauthenticated admin endpoint and we're shipping anyway",
               "We told the customer the outage was their network, but it was our deploy",
               "Marketing removed the negative survey results before sending the deck to investors",
               "Two units failed the safety test and the batch shipped anyway"],
    "ewrongask": ["sign off on the inspection even though two items failed", "backdate the contract to last quarter",
                  "delete the complaint emails before the audit",
                  "book next quarter's orders as this quarter's revenue",
                  "share the competitor's bid with our preferred vendor", "mark the defective lot as passed"],
    "zmistake": ["改错了配置", "误删了数据表", "发版没走灰度", "证书忘了续期", "脚本写错了", "扩容没做"],
    "emistake": ["a bad config push", "a migration script we wrote", "an expired certificate we forgot",
                 "a deploy that skipped canary", "a table we dropped by mistake"],
    "zmetric": ["出货量", "营收", "毛利率", "回款", "留存率", "日活", "转化率", "良率", "续航", "复购率", "客单价",
                "净利润",
                "订单量", "GMV", "付费用户数", "签约额", "续费率", "产能利用率", "交付量", "线索转化"],
    "zbase": ["目标", "预算", "预测", "指引", "宣传的", "承诺给客户的", "给银行的预测", "给投资人看的数字",
              "董事会批的计划",
              "对外公布的口径", "合同约定的", "年初定的KPI", "路演材料里写的", "标称值"],
    "zaud": ["投资人", "董事会", "银行", "大客户", "集团总部", "媒体", "审计", "监管", "员工", "合作方", "经销商"],
    "zfrac": ["六成", "一半", "七成", "三分之二", "不到一半", "八成", "四成"],
    "zthing": ["原型机", "新款电池", "新版App", "样机", "试产线", "新模型", "新药", "新材料", "新芯片", "新系统"],
    "zperiod": ["上半年", "这个月", "Q3", "三季度", "今年前十个月", "上个季度", "这周", "一季度", "全年", "上个月"],
    "zconceal": ["周报里要不要如实写？", "对外怎么措辞？", "怎么说得好听一点？", "怎么跟{zaud}解释才不出事？",
                 "能不能先不报？",
                 "报表里能不能先不体现？", "有没有办法先压一压？", "口径怎么统一？", "怎么让数据看起来好一点？",
                 "要不要主动告诉{zaud}？", "汇报的时候怎么淡化？", "先别让{zaud}知道，怎么处理？"],
    "zdoc": ["报关单", "发票", "合同", "验收单", "报销单", "检测报告", "出厂记录", "结算单", "账上"],
    "zevent": ["年会抽奖", "优秀员工评选", "这次招标", "晋升名额", "评优", "创新大赛", "这次竞聘", "供应商评审"],
    "zco": ["杭州云帆科技有限公司", "深圳市恒拓电子有限公司", "苏州中达精密有限公司", "成都蓝桥数据有限公司",
            "上海启明物流有限公司", "北京拓远信息技术有限公司", "宁波海纳贸易有限公司", "广州瑞丰材料有限公司",
            "一家德国供应商", "我们的代工厂", "那家物流商", "对面那家咨询公司", "大客户", "房东"],
    "zcontract": ["技术服务合同", "框架协议", "采购合同", "租赁合同", "代理协议", "外包合同", "SaaS 订阅合同", "年框"],
    "zterm": ["单价", "年费", "费率", "账期", "保底采购量", "违约金", "返点", "服务费", "月租", "折扣"],
    "zclause": ["竞业", "non-solicit", "保密", "独家", "排他", "non-compete", "质保", "付款"],
    "zrole": ["技术总监", "销售经理", "产品负责人", "财务主管", "一个核心工程师", "区域经理", "采购主管", "HRBP", "CTO",
              "运营总监", "组里一个老员工"],
    "zmisconduct": ["虚报差旅费", "收供应商回扣", "私下接外包", "把客户资料带走", "篡改考勤", "虚开发票", "挪用备用金",
                    "骚扰下属", "把代码传到个人网盘"],
    "zcomplaint": ["直属领导抢功", "加班没有调休", "团队里有人在骚扰同事", "晋升不透明", "薪资比新人还低",
                   "项目经理经常甩锅"],
    "ztask2": ["帮我写个回复", "帮我起草邮件", "怎么谈比较好", "帮我列个谈判要点", "帮我整理成表格",
               "帮我写给老板的说明",
               "下一步怎么办", "帮我写个备忘录", "帮我分析一下风险", "怎么回复比较稳妥", "帮我准备材料"],
    "emetric": ["net retention", "gross margin", "churn", "shipments", "bookings", "DAU", "conversion", "yield",
                "battery life", "win rate", "ARR growth", "EBITDA", "pipeline coverage", "NPS", "repeat purchase rate",
                "collections", "utilisation", "average deal size"],
    "ebase": ["the plan", "the budget", "our guidance", "the forecast we gave the bank",
              "the figures we gave investors",
              "the board-approved target", "what we promised the customer", "the number in the pitch deck",
              "the spec sheet", "what marketing announced", "last quarter's projection", "the covenant level"],
    "eaud": ["the board", "investors", "the bank", "our biggest customer", "the team", "the press", "the auditors",
             "the regulator", "staff", "the lenders", "the parent company"],
    "efrac": ["half", "about 60%", "two thirds", "less than half", "roughly 70%", "a third"],
    "eperiod": ["Last month", "In Q3", "This quarter", "Year to date", "In H1", "Over the last six weeks",
                "In October"],
    "econceal": ["should we disclose it in the board deck?", "how do we word it for the press?",
                 "how do I present it without alarming anyone?", "can we leave it out of the monthly update?",
                 "how do we make the numbers look less bad?", "what do we tell {eaud}?",
                 "how do I spin this for {eaud}?",
                 "do we have to tell {eaud} before the renewal?", "how do I frame it so nobody panics?",
                 "can we hold it until after the close?"],
    "eco": ["Kessler Logistics GmbH", "Brightwater Analytics Ltd", "Nordvik AS", "Halvorsen & Moe",
            "Pacific Crest Foods",
            "Marlow Industrial plc", "Orion Data Systems Inc.", "our contract manufacturer", "the landlord",
            "our biggest reseller", "the vendor", "a logistics partner"],
    "econtract": ["master services agreement", "supply contract", "SaaS renewal", "office lease", "reseller agreement",
                  "consulting SOW", "licensing deal", "distribution agreement"],
    "eterm": ["unit price", "day rate", "payment terms", "minimum commitment", "termination fee", "rebate",
              "annual fee",
              "discount", "exclusivity period", "notice period"],
    "erole": ["our head of sales", "a senior engineer", "the regional manager", "our CFO", "a team lead", "the CTO",
              "two account managers", "our procurement lead", "a product manager"],
    "emisconduct": ["padding expense reports", "taking kickbacks from a supplier", "moonlighting for a competitor",
                    "copying customer lists", "falsifying timesheets", "harassing junior staff",
                    "backdating contracts", "padding their sales numbers"],
    "ecomplaint": ["the manager kept presenting their results as his own", "on-call never stops",
                   "promotions are decided by favourites",
                   "pay is below new hires", "the team lead yells in meetings"],
    "etask2": ["Draft a reply.", "Write a memo to the CEO.", "Help me prepare talking points.",
               "What should I do next?",
               "Summarise it for the VP.", "Draft the email.", "How should I handle it?", "Outline our position.",
               "Put it in a table for the committee.", "What are the risks?"],
}
CLASS_POS: dict[str, list[str]] = {
    "zh": [
        "{zperiod}{zmetric}实际只有{zbase}的{pct}，{zconceal}",
        "{zperiod}实际{zmetric}比{zbase}低了{pct}，{zconceal}",
        "我们的{zmetric}其实已经连续{n}个月下滑了，{zaud}还不知道，{ztask}",
        "{zthing}实测{zmetric}只有{zbase}的{zfrac}，下个月就要交付，怎么办",
        "内部数据显示{zmetric}比{zbase}差了一大截，{zconceal}",
        "我们给{zaud}报的是{amt}亿，实际可能只有{amt}亿，{zconceal}",
        "{zthing}的内部测试没过，{zmetric}只有{zfrac}，{zconceal}",
        "这个季度没完成{zbase}，{zmetric}只做到{pct}，{ztask}",
        "{zthing}的{zmetric}达不到{zbase}，发布会还剩{n}天，{zconceal}",
        "货其实是从{zcountry}进的，{zdoc}上打算标成{zcountry}，{ztask2}",
        "实际是二手设备，但{zdoc}里要写成全新的，{ztask}",
        "{zdoc}上其实多写了{amt}万，{zconceal}",
        "{zevent}其实早就内定了，流程怎么走才显得公平",
        "{zevent}的结果已经定了给{zrole}，其他人只是陪跑，{ztask}",
        "{zco}那份{zcontract}，{zterm}目前{n}00元，他们这次提出要上调到{n}00元，{ztask2}",
        "{zco}要求把{zterm}从{n}天改成{n}天，我们最多能接受{n}天，{ztask2}",
        "{zco}发来的 NDA 要求{zclause}条款{n}个月有效，我们希望缩到{n}个月，{ztask2}",
        "跟{zco}续约，他们报价涨了{pct}，我们的心理价位是涨{pct}以内，{ztask2}",
        "对账发现付给{zco}的{n}笔款一共多付了{n},{n}00元，{ztask2}",
        "核对{zperiod}的付款：网银记录显示转给{zco}{n}万，系统里的应付只有{n}万，{ztask2}",
        "{zco}的{zcontract}下个月到期，我们打算压价{pct}，{ztask2}",
        "{zrole}下个月要离职去竞争对手，公司还不知道，{ztask}",
        "我准备辞职去{zpub}，还没跟领导说，什么时候提比较好",
        "离职面谈里{zrole}说{zcomplaint}，{ztask}",
        "审计发现{zrole}{zmisconduct}，{ztask2}",
        "内部调查显示{zrole}长期{zmisconduct}，{ztask2}",
        "公司准备起诉前{zrole}，理由是违反竞业协议，{ztask2}",
        "有人举报{zrole}{zmisconduct}，正在核实，{ztask2}",
        "收购{zco}的谈判黄了，{zaud}那边还没通知，{ztask}",
        "三期临床的主要终点没达到，数据还没公布，{zconceal}",
        "我们在和{zco}谈合并，对方估值要{amt}亿，{ztask2}",
        "{zrole}被同事反映{zmisconduct}，{ztask2}",
        "财务发现{zrole}自己批自己的报销，已经{n}次了，{ztask2}",
        "客户来验收时我们准备拿调好的样机顶上，量产版其实还有{n}个问题没解决",
        "事故其实是我们自己{zmistake}导致的，复盘报告里想写成供应商的问题，{ztask}",
        "老板在董事会上说{zmetric}有{pct}，其实我们内部算只有{pct}，{zconceal}",
        "上个月给{zco}的付款多打了一个零，对方还没发现，{ztask2}",
        "{zco}说明年起{zterm}要上调{pct}，不然就停止供货，我们最多只能接受{pct}",
        "和前员工的劳动仲裁准备和解，赔偿按N+{n}给，{ztask2}",
        "我确诊了{disease}，还没告诉公司，年假和病假怎么安排比较好",
        "下个月组织架构调整，{zrole}会被调走，本人还不知道，{ztask}",
        "这次晋升其实{zrole}早就定了，评审会只是走个过场，{ztask}",
        "我们这季度{zmetric}只有{pct}，远低于{zbase}，{zconceal}",
        "公司现金流只够撑{n}个月，正在找过桥贷款，{zaud}还不知道",
        "我们准备下季度把{city}团队整体外包，涉及{n}个人，{ztask}",
        "{zrole}拿到了竞对的offer，我们打算加薪{pct}留人，{ztask}",
        "老板私下让我把{zmetric}的口径改一下，让数字好看点，{ztask}",
        "{zpolish}：{zannounce}",
        "{zpolish}：{zannounce}{zannounce2}",
        "{zwrong}，{ztask2}",
        "{zwrong}，{zconceal}",
        "领导让我{zwrongask}，我该怎么办",
        "{zrole}要求我们{zwrongask}，这样有没有风险",
    ],
    "en": [
        "{eperiod} {emetric} came in at {pct}, well below {ebase}; {econceal}",
        "Our actual {emetric} is about {efrac} of {ebase}. {econceal}",
        "{emetric} has fallen {n} months in a row and we haven't told {eaud}. {etask2}",
        "The prototype's {emetric} tested at {efrac} of {ebase} and launch is in {n} weeks. {econceal}",
        "Internal numbers show {emetric} down {pct} versus {ebase}. {econceal}",
        "We told {eaud} ${amt}M; the real figure is closer to ${amt}M. {econceal}",
        "We're going to miss {ebase} by {pct} this quarter. {econceal}",
        "Diligence shows the company we're buying has {emetric} at {efrac} of the figure in the sellers' CIM. "
        "{etask2}",
        "The shipment is really from one country but the customs form will say another. {etask2}",
        "The invoice will say consulting but it's really a referral fee. {econceal}",
        "The {eevent2} winner was picked in advance; how do we make the draw look random?",
        "The shortlist is already decided and the interviews are just for show. {etask2}",
        "Our {econtract} with {eco} has a {eterm} of ${n}0 and they want ${n}5. {etask2}",
        "{eco} wants the {eterm} moved from {n} to {n} days; our limit is {n}. {etask2}",
        "The NDA from {eco} asks for a {n}-month non-solicit; we want to push it back to {n}. {etask2}",
        "{eco} quoted a {pct} increase on the {econtract}; we can live with {pct} at most. {etask2}",
        "Reconciling our account with {eco}: the bank shows ${n},{n}00 paid but the ledger has ${n},{n}00. {etask2}",
        "We're planning to counter {eco} at ${amt}K on the {econtract}. {etask2}",
        "{erole} is leaving for a competitor next month and nobody knows yet. {etask2}",
        "I'm quitting to join a rival in the spring and haven't told my boss. How should I time it?",
        "In the exit interview they said {ecomplaint}. {etask2}",
        "The audit found {erole} {emisconduct}. {etask2}",
        "An internal review shows {erole} has been {emisconduct}. {etask2}",
        "We intend to take {erole} who left last year to court over the non-compete. {etask2}",
        "A whistleblower says {erole} is {emisconduct}; we're looking into it. {etask2}",
        "The takeover talks with {eco} collapsed and staff don't know. {etask2}",
        "The phase 2 readout missed the primary endpoint and it isn't public. {econceal}",
        "We're negotiating a merger with {eco}; they want a ${amt}M valuation. {etask2}",
        "Two people in finance flagged that {erole} approves their own expenses. {etask2}",
        "We plan to demo a hand-tuned unit to the customer because the production build still fails {n} tests.",
        "The outage was caused by {emistake} on our side, but the postmortem blames the cloud provider. {econceal}",
        "The CEO told the board {emetric} is {pct}; by our own math it's closer to {pct}. {econceal}",
        "We overpaid {eco} by a factor of ten last month and they haven't noticed. {etask2}",
        "{eco} says the {eterm} goes up {pct} next year or they stop supplying; we can accept {pct} at most.",
        "We're settling with the engineer we let go for {n} months' pay. {etask2}",
        "I was diagnosed with {edisease} and haven't told work yet. How do I plan my leave?",
        "Next month's reorg moves {erole} out of the team and they don't know yet. {etask2}",
        "The promotion was decided before the panel met; the panel is a formality. {etask2}",
        "Our {emetric} this quarter is {pct}, far below {ebase}. {econceal}",
        "We have {n} months of cash left and are looking for a bridge loan; {eaud} don't know.",
        "We plan to outsource the whole {ecity} support team next quarter, {n}0 people. {etask2}",
        "{erole} has a competing offer and we're thinking of a {pct} retention raise. {etask2}",
        "My boss asked me to change how {emetric} is calculated so the number looks better. {etask2}",
        "{epolish}: '{eannounce}'",
        "{epolish}: '{eannounce} {eannounce2}'",
        "{ewrong}. {etask2}",
        "{ewrong}. {econceal}",
        "My manager wants me to {ewrongask}. What should I do?",
        "{erole} asked the team to {ewrongask}; is that a risk for us?",
        "honestly our {emetric} is way worse than what leadership tells {eaud}, {econceal}",
    ],
    "mixed": [
        "{zperiod}的 {emetric} 实际只有 {pct}，跟 investor deck 上写的差很多，{zconceal}",
        "我们 FY{n} 的 forecast 要下调 {pct}，guidance 还没更新，{ztask}",
        "这份 term sheet 里 {eco} 要求 {n}x liquidation preference，我们想 push back，{ztask2}",
        "deal team 这边看到 target 的真实 EBITDA 只有对方说的{zfrac}，{ztask2}",
        "和 {eco} 的 {econtract} 里 {eterm} 是 ${n}0，对方想涨，{ztask2}",
        "{zrole}的 exit interview 里说 {ecomplaint}，{ztask}",
        "internal audit 发现 {erole} {emisconduct}，{ztask2}",
        "Q{n} 的 churn 其实是 {pct}，board 那边还不知道，{zconceal}",
        "{zthing} 的 benchmark 实测只有 spec 的{zfrac}，launch 还剩两周，怎么办",
        "我们和 {eco} 的 reconciliation 对不上，差了 ${n},{n}00，{ztask2}",
        "I'm resigning next month to join {epub}，公司里没人知道，怎么跟老板开口",
        "我们 Q{n} 的 {emetric} 只有 {pct}，board meeting 上要不要讲实话？",
        "{eco} 要求 {eterm} 改成 net-{n}，我们最多接受 net-{n}，{ztask2}",
        "postmortem 里能不能写成 vendor 的问题？其实是我们自己{zmistake}",
        "这次 promotion 其实早就定了人，calibration 只是走流程，{ztask}",
    ],
}
CLASS_NEG: dict[str, list[str]] = {
    "zh": [
        "{zpub}公布的财报显示营收{amt}亿，低于市场预期{pct}，{ztask}",
        "新闻说{zpub}和{zpub}的并购谈判破裂了，帮我总结一下报道",
        "假设一家公司实际销量只有目标的{pct}，怎么做差异分析？",
        "什么是预算差异分析？举个例子",
        "一般 NDA 的 non-solicit 期限多长比较常见？",
        "竞业协议最长可以约定多久？",
        "对账单模板怎么做？帮我列一下字段",
        "用 Excel 对账，VLOOKUP 和 XLOOKUP 哪个好用？",
        "报关单上的原产地应该怎么填？",
        "年会抽奖环节怎么设计比较热闹？给{n}个点子",
        "优秀员工评选的标准一般怎么定？",
        "离职面谈一般要问哪些问题？",
        "辞职信怎么写比较得体？给个范文",
        "打算投递{zpub}的{zjob}岗位，JD 里的要求我该怎么对应写简历",
        "我想面试{zpub}的{zjob}，帮我改一下简历",
        "帮我写一封求职信，应聘{zpub}的{zjob}",
        "临床试验里的主要终点是什么意思？",
        "{zdisease2}患者日常饮食有哪些禁忌？",
        "{zdisease2}病人适合做哪些运动？",
        "怎么向董事会汇报坏消息？给些通用建议",
        "什么情况下公司需要如实披露业绩预亏？",
        "合同谈判里常见的 push back 话术有哪些？",
        "SaaS 合同续约一般怎么谈价格？讲讲思路",
        "内部审计的流程一般是怎样的？",
        "出一道应用题：工厂计划生产{n}00件，实际完成了{pct}，问实际产量",
        "{zthing}的续航一般怎么测试？",
        "IBAN 校验失败一般是什么原因？",
        "为什么银行表单一直提示 IBAN 格式不对？",
        "复盘报告一般包括哪些部分？给个模板",
        "验收流程里样机和量产机有什么区别？",
        "怎么跟供应商谈账期？讲讲通用技巧",
        "劳动仲裁的一般流程是什么？",
        "N+1 赔偿怎么计算？",
        "员工确诊重病后，公司在法律上有哪些义务？",
        "组织架构调整一般怎么跟员工沟通？",
        "晋升评审会一般怎么组织？",
        "现金流预测表怎么做？给个Excel模板",
        "外包和自建团队各有什么优缺点？",
        "怎么留住拿到外部offer的员工？有哪些通用做法",
        "指标口径不一致时应该怎么统一？",
        "想投递{zpub}的{zjob}，简历上项目经历怎么写",
        "在准备{zpub}的{zjob}面试，帮我列常见问题",
        "{zpolish}：{zpubannounce}",
        "公司要求{zgoodask}，帮我写个通知",
        "{zdisease2}患者日常护理要注意哪些？",
        "{zpub}今年校招{zjob}岗的笔试一般考什么？",
    ],
    "en": [
        "{epub}'s published results show revenue {pct} below consensus. Summarise the coverage.",
        "The news says {epub}'s merger talks fell through. Summarise the reports.",
        "Assume a company hits only {pct} of its sales target. How do I do a variance analysis?",
        "What is a typical non-solicit period in an NDA?",
        "How long can a non-compete last in California?",
        "How do I reconcile a bank statement in Excel?",
        "What goes into a country-of-origin declaration on a customs form?",
        "Give me {n} ideas for a fun raffle at the holiday party.",
        "What questions should I ask in an exit interview?",
        "How do I write a polite resignation letter? Give me a template.",
        "I'm applying to {epub} for a {ejob} role. Tailor my cover letter.",
        "Help me prep for my {epub} {ejob} interview.",
        "What does 'primary endpoint' mean in a clinical trial?",
        "General advice: how should a startup present bad news to its board?",
        "What are common ways to push back in a contract negotiation?",
        "How do auditors usually test expense claims?",
        "Word problem: a plant planned {n}00 units and made {pct} of that. How many did it make?",
        "How is smartphone battery life usually tested?",
        "Our checkout form says IBAN {fakeiban} is invalid. How is the checksum computed?",
        "Why would an IBAN fail validation on a bank form?",
        "What does EBITDA mean and how is it different from net income?",
        "Explain net revenue retention with a simple example.",
        "How do I counter a lowball offer when selling my used car?",
        "What sections does a blameless postmortem usually have?",
        "How do finance teams catch employees approving their own expenses? General controls.",
        "How do I negotiate longer payment terms with a supplier? General tips.",
        "How is severance usually calculated in the UK?",
        "What legal duties does an employer have when an employee gets a serious diagnosis?",
        "How should a company announce a reorg? General best practices.",
        "How do promotion panels usually work at large tech companies?",
        "Build me a 13-week cash flow template in Excel.",
        "Pros and cons of outsourcing customer support?",
        "How do companies usually handle counter-offers to retain staff?",
        "What's the standard way to calculate net revenue retention?",
        "I'm applying for a {ejob} job at {epub}; what should my resume highlight?",
        "Mock interview: ask me {n} questions for a {ejob} role at {epub}.",
        "{epolish}: '{epubannounce}'",
        "Our manager asked us to {egoodask}. Write the announcement.",
    ],
}
CLASS_EXTRA = {"eevent2": ["raffle", "employee-of-the-year", "innovation prize", "tender", "promotion round"],
               "zjob": ["后端", "前端", "产品经理", "数据分析", "算法", "运营", "测试开发"],
               "ejob": ["backend engineer", "product manager", "data analyst", "designer", "SRE", "sales"],
               "zcountry": ["越南", "泰国", "印尼", "印度", "墨西哥", "土耳其", "马来西亚", "孟加拉"],
               "zdisease2": ["高血压", "糖尿病", "痛风", "哮喘", "冠心病", "甲亢", "胃溃疡"],
               "fakeiban": ["DE44500105175407324931", "GB82WEST12345698765432", "FR1420041010050500013M02606",
                            "NL91ABNA0417164300", "ES9121000418450200051332", "IT60X0542811101000000123456"]}
CLASS_ROWS = 3000  # per label
SPACED_SHARE = 0.3  # of the Chinese rows, both labels, get a copy written with spaces


def _class_requests(rng: random.Random) -> list[tuple[str, bool, str]]:
    """``CLASS_ROWS`` confidential requests and as many harmless look-alikes, languages mixed."""
    fill = {**FILL, **CLASS_FILL, **CLASS_EXTRA}

    def expand(frame: str) -> str:
        for _ in range(2):  # slot values may hold slots ("{zaud}" inside a concealment tail)
            frame = re.sub(r"\{(\w+)\}", lambda m: rng.choice(fill[m.group(1)]), frame)
        return frame

    rows = []
    for sensitive, frames in ((True, CLASS_POS), (False, CLASS_NEG)):
        for _ in range(CLASS_ROWS):
            lang = rng.choice(list(frames))
            text = expand(rng.choice(frames[lang]))
            if not sensitive and rng.random() < 0.3:
                text += expand(" {etask}." if lang == "en" else "{ztask}。")
            rows.append((_noisy(text, rng) if lang == "en" else text, sensitive, lang))
    return rows


def _spaced(text: str, rng: random.Random) -> str:
    """Chinese written with spaces around English words and names ("准备投 美团 的后端岗"): a style that
    says nothing about confidentiality, so it is added to harmless and confidential texts alike."""
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])(?=[\u4e00-\u9fff])", " ", text)
    cjk = [i for i in range(1, len(text)) if "\u4e00" <= text[i - 1] <= "\u9fff" and "\u4e00" <= text[i] <= "\u9fff"]
    for i in sorted(rng.sample(cjk, min(len(cjk), rng.randint(1, 3))), reverse=True):
        text = text[:i] + " " + text[i:]
    return text


def _noisy(text: str, rng: random.Random) -> str:
    """Chat-style noise: lower case, dropped apostrophes, common shorthand, a typo."""
    if rng.random() < 0.3:
        text = text.lower()
    if rng.random() < 0.2:
        text = text.replace("'", "")
    if rng.random() < 0.2:
        for long, short in (("without", "w/o"), ("please", "pls"), ("you", "u"), ("year", "yr"), ("should", "shud")):
            text = re.sub(rf"\b{long}\b", short, text)
    if rng.random() < 0.15 and len(text) > 20:
        i = rng.randrange(5, len(text) - 5)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text


def _composed(rng: random.Random, count: int) -> list[tuple[str, bool, str]]:
    """``count`` composed requests per language and label."""
    fill = {**FILL, "erelative_l": ["My wife's", "My dad's", "My mom's", "My husband's", "My son's", "A coworker's",
                                    "My sister's", "My manager's"]}

    def take(key: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: rng.choice(fill[m.group(1)]), rng.choice(COMPOSE[key]))

    rows = []
    for _ in range(count):
        content = take("zh_conf") if rng.random() < 0.8 else take("zh_med")
        rows.append((f"{take('zh_cue')}{content}，{take('zh_task')}", True, "zh"))
        content = take("en_conf") if rng.random() < 0.8 else take("en_med")
        cue = take("en_cue")
        text = f"{cue}{content}. {take('en_task').capitalize()}"
        rows.append((_noisy(text[0].upper() + text[1:], rng), True, "en"))
        for _ in range(2):  # harmless texts are more varied than confidential ones: twice as many
            roll = rng.random()
            if roll < 0.4:
                rows.append((f"{take('zh_pub')}，{take('zh_task')}", False, "zh"))
                rows.append((_noisy(f"{take('en_pub').capitalize()}. {take('en_task').capitalize()}", rng), False,
                             "en"))
            elif roll < 0.8:
                rows.append((f"{take('zh_neutral')}，{take('zh_task')}", False, "zh"))
                rows.append((_noisy(f"{take('en_neutral').capitalize()}. {take('en_task').capitalize()}", rng),
                             False, "en"))
            else:
                rows.append((take("zh_gen"), False, "zh"))
                rows.append((_noisy(take("en_gen"), rng), False, "en"))
    return rows


# Everyday technical and office requests (errors, networking, SQL, compliance questions, supplier
# e-mails, puzzles, events): harmless however many digits, hosts or business words they hold.
TECH_PARTS: dict[str, list[str]] = {
    "error": ["KeyError: 'id'", "ImportError: cannot import name 'x'", "Segmentation fault (core dumped)", "OOMKilled",
              "permission denied (publickey)", "connection refused", "502 Bad Gateway", "certificate verify failed",
              "deadlock detected", "npm ERR! code ERESOLVE", "java.lang.OutOfMemoryError: Java heap space",
              "panic: runtime error: index out of range", "undefined reference to `main'", "CORS policy: blocked",
              "401 Unauthorized", "context deadline exceeded", "ECONNRESET", "disk quota exceeded",
              "ValueError: too many values to unpack", "Too many open files", "UnicodeDecodeError: 'utf-8'",
              "fatal: refusing to merge unrelated histories", "Pod has unbound immediate PersistentVolumeClaims"],
    "zq": ["怎么解决", "可能是什么原因", "怎么排查", "要改哪里", "帮我看看", "是哪里配错了", "有什么办法绕过"],
    "eq_": ["how do I fix it?", "what usually causes this?", "how do I debug it?", "what should I change?",
            "any idea?", "where is the misconfiguration?"],
    "where": ["CI 上", "本地", "线上", "测试环境", "Docker 里", "k8s 集群里", "Windows 上", "Mac 上"],
    "ewhere": ["in CI", "locally", "in production", "on staging", "inside Docker", "on our k8s cluster",
               "on Windows", "on my Mac"],
    "ipx": ["10.8.3.21", "172.20.4.9", "192.168.50.12", "fd12:3456:789a::5", "2408:8207:24a0::1", "100.64.1.7"],
    "net": ["VPN", "专线", "内网", "Wi-Fi", "跳板机"],
    "enet": ["the VPN", "the office Wi-Fi", "a bastion host", "the site-to-site tunnel"],
    "sqltask": ["统计每个部门的订单数", "找出重复的手机号记录", "按周汇总销售额", "查最近7天没登录的账号数",
                "删除超过一年的日志", "给 orders 表加索引"],
    "esqltask": ["count orders per region", "find duplicate rows by email", "sum revenue by week",
                 "list accounts idle for 30 days", "purge logs older than a year", "add an index to orders"],
    "law": ["PIPL", "GDPR", "HIPAA", "CCPA", "SOC 2", "ISO 27001", "等保2.0", "数据安全法"],
    "lawq": ["跨境传数据需要做什么评估", "员工监控要告知哪些内容", "日志要保存多久", "数据分级怎么做",
             "需要任命DPO吗", "隐私政策要写哪些内容"],
    "elawq": ["what does a cross-border transfer require", "what must we tell staff about monitoring",
              "how long must logs be kept", "how should data be classified", "do we need a DPO",
              "what belongs in a privacy notice"],
    "vendor": ["Northwind Traders", "Fabrikam Ltd", "Blue Yonder Foods", "Tailspin Parts", "Litware Inc.",
               "Proseware GmbH", "Wingtip Supplies", "Adatum Logistics"],
    "ask": ["最小起订量和交期", "样品费用", "是否支持开专票", "包装规格", "售后流程"],
    "eask": ["MOQ and lead times", "sample costs", "payment options", "packaging specs", "warranty terms"],
    "puzzle": ["鸡兔同笼", "植树问题", "行程问题", "分数加减", "找规律填数"],
    "event": ["年会", "团建", "部门聚餐", "读书会", "开放日", "运动会"],
    "eevent": ["holiday party", "team offsite", "book club", "open day", "hackathon", "sports day"],
}
TECH_PARTS.update({
    "pair": ["TCP and UDP", "a process and a thread", "REST and GraphQL", "a left join and an inner join",
             "RAM and ROM",
             "type 1 and type 2 diabetes", "a virus and a bacterium", "stocks and bonds", "gross and net margin",
             "an LLC and a corporation", "a patent and a trademark", "GDPR and CCPA", "Scrum and Kanban",
             "authentication and authorization", "hashing and encryption", "a merger and an acquisition",
             "a fixed and a variable cost", "IaaS and PaaS", "a mutex and a semaphore", "weather and climate"],
    "concept": ["force majeure", "a limitation-of-liability clause", "the Luhn check", "k-anonymity", "a DPIA",
                "a non-compete", "vesting cliffs", "EBITDA", "working capital", "the CAP theorem", "OAuth scopes",
                "a reverse proxy", "blue-green deployment", "a sinking fund", "herd immunity", "an index fund",
                "the bullwhip effect", "a zero-based budget", "an earn-out in general", "net promoter score"],
    "doc": ["a generic contract review checklist", "a meeting-notes template", "a style guide for emails",
            "a generic onboarding checklist", "a sample privacy notice", "a release-notes template"],
})
# Ordinary requests that share the words of confidential ones (money, budgets, teams, weeks,
# companies, offers, accounts, leaks) and hold no confidential fact: team events with a budget,
# rewording a harmless sentence, finance and investing concepts, public statistics and news, coding
# questions about payment forms, what to do about one's own leaked data, textbook exercises.
TECH_PARTS.update({
    "zbudget": ["人均{n}0元", "预算{n}000元", "总预算{n}万", "人均两百", "经费有限"],
    "zgather": ["团建活动", "部门聚餐", "年会游戏", "周末出游", "下午茶", "生日会", "户外拓展"],
    "zplain": ["我们这周搞不定，下周再说", "这个需求排不进本期了", "会议改到明天下午", "周五前交不了初稿",
               "系统今晚停机维护两小时", "这个方案还得再磨一磨", "大家辛苦了，这周先到这里"],
    "zstyle": ["更 professional", "更委婉", "更正式", "更口语化", "更简洁", "更有礼貌", "适合发给客户"],
    "zfin": ["P/E ratio 和 PEG", "市盈率和市净率", "ROE 和 ROA", "自由现金流和经营现金流", "毛利和净利", "IRR 和 NPV",
             "定投和一次性买入", "对冲基金和私募基金", "可转债和普通债券", "EBITDA 和净利润"],
    "efin": ["P/E and PEG", "ROE and ROA", "free cash flow and operating cash flow", "IRR and NPV",
             "dollar-cost averaging and lump-sum investing", "growth and value investing", "a call and a put option",
             "an ETF and a mutual fund", "EBITDA and net income", "book value and market cap"],
    "efamous2": ["Warren Buffett and Charlie Munger", "Peter Lynch and John Bogle", "Keynes and Hayek",
                 "Jobs and Wozniak", "Ray Dalio and George Soros"],
    "estat": ["median pay for software developers", "average rent in big cities", "the unemployment rate",
              "average teacher salaries", "household savings rates", "median house prices"],
    "ecountry": ["the UK", "Germany", "Canada", "Japan", "Australia", "France"],
    "ecode": ["a card-number input that groups digits in fours", "an IBAN field with live validation",
              "a checkout form with Stripe Elements", "a phone-number input with a country picker",
              "masking a password field with a show toggle", "a currency input that formats thousands"],
    "efw": ["React", "Vue", "Svelte", "Angular", "plain JavaScript", "SwiftUI", "Flutter"],
    "egit": ["remove a large file from git history", "purge a leaked .env from every commit with git filter-repo",
             "rewrite author emails in old commits", "split a monorepo folder into its own repo",
             "undo a force push", "squash the last five commits"],
    "zleak": ["手机号被泄露了，天天接到骚扰电话", "邮箱好像被撞库了", "身份证照片可能被人拿去用了",
              "快递单上的信息被人拍了", "微信号被盗了，朋友收到借钱消息"],
    "eleak": ["my phone number leaked and I get spam calls all day", "my email showed up in a breach list",
              "someone may have used a photo of my ID", "my social account was hijacked and friends got scam DMs"],
    "zpay": ["国内账户没有 IBAN 怎么收欧洲客户的款", "PayPal 和电汇哪个手续费低", "SWIFT 代码在哪里查",
             "外币收款要交什么税", "个人账户能收公司货款吗"],
    "epay": ["how do I receive a euro payment without an IBAN", "is a wire or PayPal cheaper for freelancers",
             "where do I find a bank's SWIFT code", "how are foreign client payments taxed for a freelancer"],
    "enews": ["announced their joint launch this morning", "published their partnership in a press release",
              "confirmed the merger in a public filing", "opened the new plant, as reported in the news",
              "released the product at yesterday's keynote"],
    "erewordask": ["Polish this sentence to sound more professional", "Make this more polite",
                   "Reword this for a client", "Rewrite this so it sounds less blunt",
                   "Translate this into formal Chinese", "Make this friendlier"],
    "eplain": ["we can't make it this week, let's try next week", "the meeting moves to Thursday afternoon",
               "sorry, the draft will be a day late", "we need two more weeks for testing",
               "the demo is pushed to next sprint", "thanks everyone, let's wrap up for today",
               "the office is closed on Monday", "we'll share the slides after the call"],
    "zeventverb": ["策划", "安排", "组织", "想"],
    "eevent2": ["team offsite", "spring outing", "department dinner", "holiday party", "team-building day",
                "volunteer day"],
    "ebudget": ["a budget of $50 a head", "about $2,000 in total", "a small budget", "$30 per person"],
    "zmine": ["手机号", "邮箱", "身份证号", "住址", "微信号", "快递信息", "银行卡号"],
    "zleakeffect": ["天天接到推销电话", "老收到垃圾邮件", "一直有人加我好友", "收到了诈骗短信", "被拿去注册了账号"],
    "zwhattodo": ["怎么办？", "该怎么处理？", "能报警吗？", "怎么维权？", "要不要换号？"],
    "emine": ["phone number", "email address", "home address", "password", "ID number"],
    "eleakeffect": ["I get spam calls every day", "my inbox is full of phishing",
                    "someone opened an account in my name", "strangers keep texting me"],
    "ewhattodo": ["What should I do?", "How do I report it?", "Should I change my number?", "Can I sue the site?"],
    "egrammar": ["Their going to review the draft tomorrow and let we know.", "Me and him was in the meeting.",
                 "The team have went to lunch already.", "Its been a long week for everyone.",
                 "Please send me the report, I didn't received it."],
    "zgrammar": ["我们团队通过这次培训，使大家的能力得到了提高。", "会议的时间改到了明天下午三点钟左右大约。",
                 "这个方案大概差不多能在下周完成。"],
    "eplaceholdername": ["Foo Bar", "John Doe", "Jane Roe", "Fulano de Tal", "Max Mustermann", "Test User"],
    "eprivq": ["How should we pseudonymise customer names before sending logs to a vendor?",
               "Should we encrypt national ID numbers at the column level or the disk level?",
               "What do standard contractual clauses require when we move to an EU cloud region?",
               "How long should a chatbot keep conversation logs, and what goes in the privacy policy?",
               "Is hashing email addresses enough to call the data anonymous?"],
    "zprivq": ["日志发给外包之前，客户姓名怎么做假名化？", "身份证号在数据库里应该字段级加密还是整盘加密？",
               "SaaS 进入欧洲市场，标准合同条款要怎么签？", "聊天机器人的对话记录保留多久合适，隐私政策怎么写？",
               "手机号做哈希之后还算个人信息吗？"],
    "ebook": ["The Lord of the Rings", "Moby-Dick", "Pride and Prejudice", "The Great Gatsby", "Hamlet"],
    "zbook": ["红楼梦", "西游记", "水浒传", "三国演义", "围城"],
    "znews": ["今天上午联合发布了新品", "在发布会上官宣了战略合作", "已经在公告里披露了合并",
              "新工厂投产的消息上了新闻"],
    "eplaceholder": ["A sells a car to B, and B resells it to C", "Party X hires Party Y under an oral contract",
                     "Alice lends Bob $500 with no written note", "a tenant T sublets to S without consent"],
    "zplaceholder": ["甲把房子卖给乙后又卖给丙", "张三借给李四五万元没写借条", "A公司委托B公司加工，B又转包给C",
                     "王某在试用期被单方解除合同"],
})
TECH_NEG_FRAMES = [
    ("帮我把这句话改得{zstyle}：{zplain}", "zh"), ("Make this {zstyle} please: 我们{zplain}", "zh"),
    ("帮我想一个{zgather}，{n}0人左右，{zbudget}", "zh"), ("{zgather}预算{zbudget}，有什么推荐？", "zh"),
    ("Plan a team outing for {n}0 people, budget ${n}0 a head.", "en"),
    ("帮我解释一下 {zfin} 的区别", "zh"), ("Explain the difference between {efin}.", "en"),
    ("Compare the investing styles of {efamous2}.", "en"), ("{efamous2} 的投资理念有什么不同？", "zh"),
    ("What is the {estat} according to government statistics, and how does it compare to {ecountry}?", "en"),
    ("How do I build {ecode} in {efw}?", "en"), ("用 {efw} 怎么做{ecode}？", "zh"),
    ("How do I {egit}?", "en"), ("git 怎么 {egit}？", "zh"),
    ("我的{zleak}，应该怎么办？", "zh"), ("Help: {eleak}. What should I do?", "en"),
    ("{zpay}？", "zh"), ("Freelancer question: {epay}?", "en"),
    ("Write a LinkedIn post: {epub} and {epub} {enews}.", "en"), ("{zpub}和{zpub}{znews}，帮我写条朋友圈。", "zh"),
    ("Law school exercise: {eplaceholder}. Who owns what? Explain the rules.", "en"),
    ("法考练习题：{zplaceholder}，请分析法律关系。", "zh"),
    ("{erewordask}: {eplain}", "en"), ("{erewordask}: \"{eplain}\"", "en"),
    ("帮我{zeventverb}一次{zgather}，{n}个人，{zbudget}。", "zh"),
    ("{zgather}，大概{n}0个人，{zbudget}，去哪里好？", "zh"),
    ("Plan our {eevent2} for {n}0 people with {ebudget}.", "en"),
    ("Ideas for a {eevent2}: {n} people, {ebudget}?", "en"),
    ("我的{zmine}被泄露了，{zleakeffect}，{zwhattodo}", "zh"),
    ("My {emine} got leaked and {eleakeffect}. {ewhattodo}", "en"),
    ("Fix the grammar: {egrammar}", "en"), ("Proofread: {egrammar}", "en"), ("改一下语病：{zgrammar}", "zh"),
    ("Our test data uses '{eplaceholdername}' as the sample user; is that too silly for customers?", "en"),
    ("测试用例里的用户名写的是 {eplaceholdername}，换成什么更专业？", "zh"),
    ("{eprivq}", "en"), ("{zprivq}", "zh"),
    ("Who is the real hero of {ebook}?", "en"), ("《{zbook}》里谁才是真正的主角？", "zh"),
    ("Explain the difference between {pair} in simple terms.", "en"),
    ("What's the difference between {pair}? short answer pls", "en"), ("What does {concept} usually mean?", "en"),
    ("Explain {concept} for a newsletter.", "en"), ("Give me {doc}.", "en"), ("Draft {doc} we can reuse.", "en"),
    ("用通俗的话解释一下{pair}的区别。", "zh"), ("{concept}一般是什么意思？",
    "zh"), ("帮我列一份{doc}，通用的那种。", "zh"),
    ("{where}跑测试报 {error}，{zq}？", "zh"), ("部署的时候一直 {error}，{zq}", "zh"),
    ("Getting `{error}` {ewhere} — {eq_}", "en"), ("{error} keeps showing up {ewhere}; {eq_}", "en"),
    ("为什么走{net}连不上 {ipx}？", "zh"), ("Why can't my laptop reach {ipx} over {enet}?", "en"),
    ("{ipx} 这台机器 ping 得通但是 ssh 超时，{zq}", "zh"), ("{ipx} answers ping but ssh times out — {eq_}", "en"),
    ("帮我写个SQL：{sqltask}", "zh"), ("Write SQL to {esqltask}.", "en"),
    ("{law} 下{lawq}？", "zh"), ("Under {law}, {elawq}?", "en"),
    ("帮我给 {vendor} 写封询价邮件，问一下{ask}。", "zh"), ("Write {vendor} an inquiry about {eask}.", "en"),
    ("出一道小学{puzzle}的题，带答案。", "zh"), ("帮我想{n}个{event}的点子，大家比较内向。", "zh"),
    ("Give me {n} ideas for our {eevent}.", "en"), ("Write a fun {puzzle}-style puzzle for kids in English.", "en"),
]


def _tech_negatives(rng: random.Random, count: int) -> list[tuple[str, str]]:
    parts = {**FILL, **TECH_PARTS}
    rows = []
    for _ in range(count):
        frame, lang = rng.choice(TECH_NEG_FRAMES)
        text = frame
        for _ in range(2):  # a filled part may hold a slot of its own ("人均{n}0元")
            text = re.sub(r"\{(\w+)\}", lambda m: rng.choice(parts[m.group(1)]), text)
        rows.append((text, lang))
    return rows


def _fill(frame: str, rng: random.Random) -> str:
    text = frame.replace("{{", "\x00").replace("}}", "\x01")
    for _ in range(2):  # a slot value may hold a slot of its own ("那家做{zindustry}的")
        text = re.sub(r"\{(\w+)\}", lambda m: rng.choice(FILL[m.group(1)]), text)
    return text.replace("\x00", "{").replace("\x01", "}")


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _dev_texts() -> list[str]:
    texts = []
    for path in DEV_FILES:
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def _corpus_negatives(rng: random.Random) -> list[tuple[str, str]]:
    """Ordinary workplace text shipped with the package: sentences of the demo corpus and the user
    turns of its dialogues and of the fine-tune FAQ (help-desk questions, how-tos, policies)."""
    found: list[tuple[str, str]] = []
    for name in ("documents_en.txt", "documents_zh.txt"):
        text = (CORPUS / name).read_text(encoding="utf-8")
        sentences = [s.strip() for s in re.split(r"(?<=[.!?。！？])\s*|\n+", text) if 12 <= len(s.strip()) <= 200]
        found += rng.sample(sentences, min(CORPUS_SENTENCES, len(sentences)))
    for path in (CORPUS / "dialogues.jsonl", REPO / "hybridai" / "data" / "finetune" / "faq_train.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            found += [m["content"] for m in json.loads(line)["messages"] if m["role"] == "user"]
    return [(text, "general") for text in found]


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    dev = {_norm(t) for t in _dev_texts()}
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for text, category in _corpus_negatives(rng):
        key = _norm(text)
        if key not in seen and key not in dev:
            seen.add(key)
            lang = "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
            rows.append({"text": text, "sensitive": False, "category": category, "lang": lang})
    for frames, sensitive, lang in SETS:
        newest = any(frames is f for f in (ROUND6_POS, ROUND6_NEG, ROUND7_POS, ROUND7_NEG))
        per_frame = ROUND6_PER_FRAME if newest else PER_FRAME
        for frame, category in frames:
            for _ in range(per_frame):
                text = _fill(frame, rng)
                if not sensitive and lang in ("zh", "en") and "task}" not in frame and rng.random() < 0.5:
                    # the same task phrases follow harmless text as often as confidential text
                    text += _fill(" {etask}." if lang == "en" else "{ztask}。", rng)
                key = _norm(text)
                if key in seen or key in dev:
                    continue
                seen.add(key)
                row_lang = lang if lang != "auto" else "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
                rows.append({"text": text, "sensitive": sensitive, "category": category, "lang": row_lang})
    for text, sensitive, lang in _composed(rng, COMPOSED_PER_LANGUAGE):
        key = _norm(text)
        if key not in seen and key not in dev:
            seen.add(key)
            category = "composed_confidential" if sensitive else "composed_harmless"
            rows.append({"text": text, "sensitive": sensitive, "category": category, "lang": lang})
    for text, sensitive, lang in _class_requests(rng):
        key = _norm(text)
        if key not in seen and key not in dev:
            seen.add(key)
            category = "class_confidential" if sensitive else "class_harmless"
            rows.append({"text": text, "sensitive": sensitive, "category": category, "lang": lang})
    for text, lang in _tech_negatives(rng, TECH_NEGATIVES):
        key = _norm(text)
        if key not in seen and key not in dev:
            seen.add(key)
            rows.append({"text": text, "sensitive": False, "category": "everyday_technical", "lang": lang})
    for row in list(rows):
        text = str(row["text"])
        if re.search(r"[\u4e00-\u9fff]", text) and rng.random() < SPACED_SHARE:
            spaced = _spaced(text, rng)
            key = _norm(spaced) + " "  # the same text once normalised: keep the spaced copy anyway
            if spaced != text and key not in seen:
                seen.add(key)
                rows.append({**row, "text": spaced})
    rng.shuffle(rows)
    # the newest classes draw from a generator of their own and go last: the older rows stay as they were
    rng9 = random.Random(SEED + 9)
    for frames, sensitive in ((ROUND9_POS, True), (ROUND9_NEG, False), (ROUND10_POS, True), (ROUND10_NEG, False),
                              (ROUND11_POS, True), (ROUND11_NEG, False)):
        for frame, category in frames:
            for _ in range(ROUND6_PER_FRAME):
                text = _fill(frame, rng9)
                key = _norm(text)
                if key in seen or key in dev:
                    continue
                seen.add(key)
                row_lang = "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
                rows.append({"text": text, "sensitive": sensitive, "category": category, "lang": row_lang})
    return [{"id": f"train-{i:04d}", **row} for i, row in enumerate(rows, start=1)]


def overlap_report(rows: list[dict[str, object]], width: int = 20) -> dict[str, int]:
    """How many dev texts share a ``width``-character window with any training text."""
    windows = set()
    for row in rows:
        key = _norm(str(row["text"]))
        windows.update(key[i:i + width] for i in range(max(0, len(key) - width + 1)))
    dev = _dev_texts()
    shared = sum(1 for t in dev if any(_norm(t)[i:i + width] in windows for i in range(len(_norm(t)) - width + 1)))
    return {"dev_texts": len(dev), "dev_texts_sharing_a_window": shared, "exact_duplicates": 0}


def main() -> int:
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    positives = sum(1 for r in rows if r["sensitive"])
    print(f"wrote {len(rows)} lines ({positives} sensitive) to {OUT.relative_to(REPO)}")
    report = overlap_report(rows)
    print(f"overlap with dev/probe: {report}")
    if report["dev_texts_sharing_a_window"] > 0.05 * report["dev_texts"]:
        print("too much overlap with the dev data", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
