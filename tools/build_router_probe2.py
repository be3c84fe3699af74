"""Build ``hybridai/data/router_probe2.jsonl``: the second probe set.

It was written as the router's held-out test split; after its results were read (twice) it became
development data, like ``router_probe.jsonl``. The current test split is ``router_test.jsonl``.

Run from the repository root: ``python tools/build_router_probe2.py``. Deterministic: the same seed writes
the same file byte for byte.

Frames are hand-written, one list per category. A slot inside ``«»`` is filled by code and, when it is
an entity, its span is recorded while the text is assembled (offsets are never counted by hand):

* ``«PRC_ID»``, ``«PHONE:land»`` … a generated entity of that type (optional variant after ``:``);
* ``«PERSON=王经理»`` a fixed value written in the frame, labelled with its type;
* ``«~order»`` a generated filler that is *not* an entity (near-miss numbers, dates, amounts …);
* a ``#key`` suffix (``«PERSON:zh#a»``) reuses one value for every slot with that key in a frame.

``sensitive`` is derived: a strong entity (PRC_ID, BANK_CARD, PASSPORT, IBAN, US_SSN, SECRET, PERSON,
ADDRESS) or a frame marked confidential. Every span is re-checked by validators written apart from the
generators, and every text is scanned for look-alike values that carry no label.
"""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
import random
import re
import string
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SEED = 20261123
OUT = Path(__file__).resolve().parent.parent / "hybridai" / "data" / "router_probe2.jsonl"
STRONG = {"PRC_ID", "BANK_CARD", "PASSPORT", "IBAN", "US_SSN", "SECRET", "PERSON", "ADDRESS"}
ALL_TYPES = STRONG | {"EMAIL", "PHONE", "IP_ADDRESS", "ORG"}
# Categories whose every line must come out non-sensitive (hard negatives and harmless requests).
ALWAYS_FALSE = {"general", "org_only", "public_figures", "fictional_and_placeholder_names", "near_miss_numbers",
                "placeholders_in_code", "privacy_question"}
ALWAYS_TRUE = {"credentials", "names_alone", "id_card", "bank_card", "passport", "iban", "ssn",
               "confidential_no_identifier"}
SLOT = re.compile(r"«([^»]+)»")


class BuildError(Exception):
    """A frame or a generated value broke a rule of the labelling spec."""


class Unlabelled(BuildError):
    """A random filler happened to look like a real value: the frame is rendered again."""


# --------------------------------------------------------------------------------------------- values
# Real county-level area codes (GB/T 2260) across many provinces.
AREAS = ["110101", "110105", "110108", "120101", "130102", "140105", "150102", "210102", "220102", "230103",
         "310104", "310115", "320102", "320583", "330106", "330782", "340104", "350203", "360102", "370202",
         "410105", "420111", "430104", "440106", "440304", "440305", "450103", "460106", "500103", "510107",
         "520102", "530102", "540102", "610113", "620102", "630102", "640104", "650102"]

ZH_SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁"
                   "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃戴莫"
                   "孔汤温康施樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹申耿焦俞柳甘祝包宁符舒阮柯纪梅童凌毕裴霍涂苗盛"
                   "翁冉骆蓝游辛靳管柴鲍喻祁蒲滕屈饶牟艾尤穆卓缪简项连麦褚娄窦戚岑景宫费冷晏卫柏宗瞿桂佟臧闵"
                   "邬卞栾隋刁巫寇桑郎甄仲虞敖巩佘池苑迟邝谌奚冼蔺楼阚权帅屠练廉禹漆卿狄邸雍辜裘亓邰赫杭逯茹")
ZH_COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "东方", "皇甫", "尉迟", "端木", "令狐", "公孙", "夏侯",
               "宇文", "司徒", "澹台", "独孤", "呼延", "南宫", "轩辕"]
ZH_GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛超霞刚桂玲琳婷浩宇欣怡轩梓涵思雨晨博文俊凯佳慧颖瑶楠昊然泽睿"
                "嘉诚鑫蕾琪雪梅晓东燕鹏飞宏亮红霖皓铭瑾萱彤昕悦航翔岚蓉卉宸熙曦璐菲倩薇雯茜钰莹琦淼森斌彬")
# Names that must not come out of the generator: public figures, textbook placeholders, famous fiction.
NOT_PRIVATE = {"张三", "李四", "王五", "赵六", "马云", "李白", "王菲", "刘翔", "姚明", "李娜", "马化腾", "刘强东",
               "雷军", "王伟", "李雷", "韩梅梅", "小明", "杨洋", "王涛", "刘涛", "黄磊", "孙俪", "邓超", "王鸥", "李冰",
               "周杰", "刘欢", "韩红", "张杰", "张伟", "王刚", "李静", "陈晨", "周洋", "杨超", "孙杨"}
WORLD_NAMES = {
    "en": (["Emily", "Michael", "Hannah", "Gareth", "Megan", "Tyler", "Rebecca", "Connor", "Lauren", "Declan"],
           ["Carter", "O'Brien", "Whitfield", "Hargreaves", "Donovan", "Kessler", "Pryce", "Albright", "Marsh",
            "Thornton"]),
    "in": (["Priya", "Rahul", "Ananya", "Vikram", "Deepika", "Arjun"],
           ["Raghunathan", "Mehta", "Iyer", "Chatterjee", "Venkatesan", "Kulkarni"]),
    "ng": (["Oluwaseun", "Chiamaka", "Emeka", "Aisha", "Tunde"], ["Adeyemi", "Okafor", "Bello", "Nwosu", "Balogun"]),
    "jp": (["Hiroshi", "Yuki", "Kenta", "Sakura", "Takumi"],
           ["Tanaka", "Watanabe", "Kobayashi", "Fujimoto", "Ishikawa"]),
    "kr": (["Min-jun", "Seo-yeon", "Ji-ho", "Hye-jin"], ["Kim", "Park", "Choi", "Jeong"]),
    "es": (["José", "Lucía", "Alejandro", "Carmen", "Mateo"],
           ["Martínez", "Fernández", "Gutiérrez", "Romero", "Navarro"]),
    "de": (["Björn", "Katrin", "Jürgen", "Annika", "Lukas"], ["Lindqvist", "Hoffmann", "Schäfer", "Brandt", "Vogel"]),
    "pl": (["Tomasz", "Krzysztof", "Paweł"], ["Kowalski", "Wiśniewski", "Nowak"]),
    "ru": (["Dmitri", "Alexei", "Sergei"], ["Volkov", "Morozov", "Sokolov"]),
    "ar": (["Fatima", "Ahmed", "Omar", "Layla"], ["Al-Hashimi", "Hassan", "Khalil", "Haddad"]),
    "tr": (["Mehmet", "Elif", "Can"], ["Yılmaz", "Demir", "Aydın"]),
    "vn": (["Lan", "Minh", "Thu"], ["Nguyễn", "Trần", "Phạm"]),
    "fr": (["Jean-Luc", "Camille", "Théo", "Manon"], ["Moreau", "Lefèvre", "Girard", "Dubois"]),
    "ie": (["Siobhan", "Ciarán", "Aoife"], ["McCarthy", "Ó Briain", "Gallagher"]),
    "za": (["Thandiwe", "Sipho"], ["Nkosi", "Dlamini"]),
    "it": (["Chiara", "Giovanni", "Federica"], ["Rossi", "Esposito", "Bianchi"]),
}
KANJI_NAMES = ["佐藤健太", "鈴木美咲", "高橋翔太", "中村彩花", "小林大輔"]
HANGUL_NAMES = ["김민준", "이서연", "박지훈", "최수빈"]
PINYIN_SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu", "Lin", "Guo", "Ouyang", "Situ", "Zheng",
                   "Tang", "Feng", "Deng", "Cao", "Shen", "Lu", "Jiang"]
PINYIN_GIVEN = ["Xiaoming", "Yuting", "Haoran", "Jiaqi", "Zhiwei", "Shuang", "Mengyao", "Tianyu", "Ruoxi", "Wenjie",
                "Yifan", "Kexin", "Junhao", "Siqi", "Zihan", "Bowen"]
TITLES_ZH = ["经理", "总", "老师", "主任", "医生", "律师", "工", "姐", "哥", "科长", "处长", "总监"]
TITLES_EN = ["Mr.", "Ms.", "Mrs.", "Dr."]

ZH_CITIES = [("北京市", ["海淀区", "朝阳区", "东城区", "丰台区", "昌平区"]),
             ("上海市", ["徐汇区", "浦东新区", "静安区", "闵行区"]),
             ("广东省广州市", ["天河区", "越秀区", "番禺区"]),
             ("广东省深圳市", ["南山区", "福田区", "宝安区", "龙岗区"]),
             ("浙江省杭州市", ["西湖区", "滨江区", "余杭区"]), ("江苏省南京市", ["鼓楼区", "玄武区"]),
             ("四川省成都市", ["武侯区", "高新区", "锦江区"]), ("湖北省武汉市", ["洪山区", "江汉区"]),
             ("陕西省西安市", ["雁塔区", "碑林区"]), ("重庆市", ["渝中区", "江北区"]),
             ("天津市", ["和平区", "南开区"]), ("福建省厦门市", ["思明区", "湖里区"]),
             ("山东省青岛市", ["市南区", "崂山区"]), ("湖南省长沙市", ["岳麓区", "雨花区"])]
ZH_STREETS = ["中关村大街", "漕溪北路", "体育西路", "文三路", "科技南十二路", "建国路", "人民南路四段",
              "珞喻路", "长安中路", "解放碑民族路", "南京西路", "望京西路", "滨江大道", "中山北路", "学府路",
              "华山路", "江南大道", "金桥路", "五四路", "香港中路", "麓山南路", "湖滨南路", "星光大道",
              "同德路", "枫林路", "丰泽路"]
ZH_ESTATES = ["阳光花园", "翠湖苑", "金地格林小城", "万科城市花园", "保利香槟国际", "融创壹号院", "碧桂园凤凰城",
              "龙湖春江郦城", "世纪新城", "锦绣江南", "绿地海域", "华润二十四城"]
US_STREETS = ["Maplewood Dr", "Cedar Ridge Rd", "Lakeview Ave", "Oakhurst Ln", "Juniper St", "Harborview Blvd",
              "Willow Creek Ct", "Sycamore Pl"]
US_CITIES = [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Raleigh", "NC", "276"),
             ("Madison", "WI", "537"), ("Boise", "ID", "837"), ("Tucson", "AZ", "857")]
UK_STREETS = ["Elm Grove", "Kingsley Road", "Albert Terrace", "Mill Lane", "Victoria Crescent", "St Mary's Close"]
UK_TOWNS = [("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS7"), ("Glasgow", "G12"), ("Cardiff", "CF24")]
DE_STREETS = ["Lindenstraße", "Bergmannstraße", "Schillerweg", "Goethestraße", "Am Mühlbach"]
DE_TOWNS = [("Berlin", "10"), ("München", "80"), ("Köln", "50"), ("Hamburg", "22")]

ORGS = {
    "zh": ["华润置地", "深圳市蓝海通达物流有限公司", "杭州云栖智造科技有限公司", "北京协和医院", "招商银行", "中国平安",
           "宁德时代", "上海市第六人民医院", "苏州瑞科精密机械有限公司", "成都天府云图信息技术有限公司", "复旦大学",
           "广州白云山医药集团", "厦门鹭岛会计师事务所", "南京紫金数据服务有限公司", "美团", "顺丰速运", "国家电网",
           "武汉光谷生物医药产业园", "中信证券", "青岛海纳环保科技有限公司"],
    "en": ["Acme Logistics Ltd", "Northwind Traders", "Globex Corporation", "Deloitte", "Siemens AG",
           "Kestrel Analytics Inc.", "Brightwater Capital LLP", "Harborline Shipping GmbH", "St. Aldric Hospital",
           "Pinecrest Dental Group",
           "Vantage Biotech", "Goldman Sachs", "Bluepeak Software", "Maersk", "Oakridge University", "Salesforce"],
}

MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152",
                   "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
                   "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
B62 = string.ascii_letters + string.digits
PINYIN_LOCAL = ["zhangyu", "liting", "chenhao", "wangjing", "lmy", "zhou.rui", "xu_kai", "linfeng", "guoyan",
                "huang.qi", "sunwei88", "tangxin", "fengjia", "dengli", "caoyue", "shenmo", "jiangtao2019",
                "m.lopez", "k.patel", "j.whitaker", "n.osei", "s.ito", "accounts", "hr-ops", "billing", "procurement",
                "support", "finance.ap", "it-helpdesk", "recruiting", "legal", "partners"]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com", "sina.com", "hotmail.com",
                "acme-logistics.com", "hzyunqi.cn", "bluepeak.io", "northwind-traders.co.uk", "szlanhai.com.cn",
                "kestrel-analytics.com", "brightwatercap.com", "tianfu-yuntu.cn"]


class Values:
    """Generators for every entity type and filler; no value is handed out twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.persons: set[str] = set()

    def fresh(self, make) -> str:
        for _ in range(200):
            value = make()
            if value not in self.used:
                self.used.add(value)
                return value
        raise BuildError("generator keeps repeating itself")

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    # ---- PRC ID
    def prc_body(self, year_lo: int = 1958, year_hi: int = 2004) -> str:
        birth = dt.date(year_lo, 1, 1) + dt.timedelta(days=self.rng.randrange((dt.date(year_hi, 12, 31)
                                                                               - dt.date(year_lo, 1, 1)).days))
        return self.rng.choice(AREAS) + birth.strftime("%Y%m%d") + self.digits(3)

    @staticmethod
    def prc_check(body: str) -> str:
        weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
        return "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]

    def PRC_ID(self, variant: str = "") -> str:
        def make() -> str:
            while True:
                body = self.prc_body()
                value = body + self.prc_check(body)
                if variant in ("x", "xl") and not value.endswith("X"):
                    continue
                if variant == "xl":
                    value = value[:-1] + "x"
                if variant == "fw":
                    value = value.translate(FULLWIDTH)
                return value
        return self.fresh(make)

    # ---- cards
    @staticmethod
    def luhn_digit(body: str) -> str:
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch) * (2 if i % 2 == 0 else 1)
            total += d - 9 if d > 9 else d
        return str(-total % 10)

    def card_digits(self, kind: str) -> str:
        prefix, length = {"up16": ("62" + self.rng.choice(["2202", "2848", "1700", "1483", "2588", "2609"]), 16),
                          "up19": ("62" + self.rng.choice(["2202", "2848", "1700", "1226", "2700"]), 19),
                          "visa": ("4" + self.digits(5), 16),
                          "mc": (str(self.rng.randint(51, 55)) + self.digits(4), 16),
                          "mc2": (str(self.rng.randint(2221, 2720)) + self.digits(2), 16)}[kind]
        body = prefix + self.digits(length - len(prefix) - 1)
        return body + self.luhn_digit(body)

    def BANK_CARD(self, variant: str = "") -> str:
        kind, _, fmt = (variant or "up16").partition("/")
        def make() -> str:
            number = self.card_digits(kind)
            if fmt in ("sp", "dash"):
                sep = " " if fmt == "sp" else "-"
                number = sep.join(number[i:i + 4] for i in range(0, len(number), 4))
            if fmt == "fw":
                number = number.translate(FULLWIDTH)
            return number
        return self.fresh(make)

    # ---- IBAN
    @staticmethod
    def iban_check(country: str, bban: str) -> str:
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        return f"{98 - int(numeric) % 97:02d}"

    def bban(self, country: str) -> str:
        r = self.rng
        if country == "DE":
            return r.choice(["37040044", "50010517", "10070000", "20041133", "70150000"]) + self.digits(10)
        if country == "GB":
            return r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + self.digits(14)
        if country == "NL":
            while True:  # the Dutch account number passes the elfproef (weighted sum divisible by 11)
                account = self.digits(10)
                if sum(int(d) * (10 - i) for i, d in enumerate(account)) % 11 == 0 and account[0] != "0":
                    return r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + account
        if country == "AT":
            return r.choice(["12000", "20111", "32000", "14000"]) + self.digits(11)
        if country == "CH":
            return r.choice(["00762", "00235", "08390"]) + self.digits(12)
        if country == "BE":  # national check: first 10 digits mod 97 (0 written as 97)
            head = self.digits(10)
            check = int(head) % 97 or 97
            return head + f"{check:02d}"
        if country == "IE":
            return r.choice(["AIBK", "BOFI"]) + self.digits(14)
        if country == "DK":
            return self.digits(14)
        raise BuildError(f"no IBAN layout for {country}")

    def IBAN(self, variant: str = "") -> str:
        country, _, fmt = (variant or "DE").partition("/")
        def make() -> str:
            bban = self.bban(country)
            value = country + self.iban_check(country, bban) + bban
            return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if fmt == "print" else value
        return self.fresh(make)

    # ---- SSN / passport
    def US_SSN(self, variant: str = "") -> str:
        def make() -> str:
            area = self.rng.choice([a for a in range(1, 900) if a != 666])
            group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
            sep = {"sp": " ", "plain": ""}.get(variant, "-")
            return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
        return self.fresh(make)

    def PASSPORT(self, variant: str = "") -> str:
        r = self.rng
        def make() -> str:
            match variant or "cn":
                case "cn":
                    return r.choice("EG") + self.digits(8)
                case "us" | "uk":
                    return str(r.randint(1, 9)) + self.digits(8)
                case "de":
                    return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
                case "jp":
                    return r.choice(["TK", "TR", "MZ"]) + self.digits(7)
                case "fr":
                    return self.digits(2) + "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + self.digits(5)
                case "ca":
                    return "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + self.digits(6)
                case "in":
                    return r.choice("JKLMNPRSTUVWZ") + self.digits(7)
            raise BuildError(f"unknown passport variant {variant}")
        return self.fresh(make)

    # ---- contact data
    def PHONE(self, variant: str = "") -> str:
        r = self.rng
        def make() -> str:
            mobile = r.choice(MOBILE_PREFIXES) + self.digits(8)
            match variant or "plain":
                case "plain":
                    return mobile
                case "dash":
                    return f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}"
                case "sp":
                    return f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}"
                case "cc":
                    return f"+86 {mobile[:3]} {mobile[3:7]} {mobile[7:]}"
                case "cc2":
                    return f"+86{mobile}"
                case "fw":
                    return mobile.translate(FULLWIDTH)
                case "land":
                    area = r.choice(["010", "021", "020", "0755", "0571", "028", "027", "025"])
                    rest = str(r.randint(2, 8)) + self.digits(7)
                    return r.choice([f"{area}-{rest}", f"({area}){rest}", f"{area} {rest}"])
                case "uk":
                    return f"+44 {r.choice(['113', '161', '117'])} {r.randint(2, 8)}{self.digits(2)} {self.digits(4)}"
                case "us":
                    return f"+1 ({r.choice(['646', '312', '415', '206', '617'])}) {r.randint(2, 9)}{self.digits(2)}-" \
                           f"{r.randint(1, 9)}{self.digits(3)}"
                case "sg":
                    return f"+65 {r.choice('89')}{self.digits(3)} {self.digits(4)}"
                case "hk":
                    return f"+852 {r.choice('569')}{self.digits(3)} {self.digits(4)}"
                case "de":
                    return f"+49 30 {r.randint(2, 9)}{self.digits(7)}"
                case "jp":
                    return f"+81 90-{self.digits(4)}-{self.digits(4)}"
            raise BuildError(f"unknown phone variant {variant}")
        return self.fresh(make)

    def EMAIL(self, variant: str = "") -> str:
        r = self.rng
        def make() -> str:
            if variant == "qq":
                return f"{r.randint(10000, 99999)}{self.digits(r.randint(3, 5))}@qq.com"
            local = r.choice(PINYIN_LOCAL)
            if r.random() < 0.4:
                local += str(r.randint(1, 99))
            return f"{local}@{r.choice(MAIL_DOMAINS)}"
        return self.fresh(make)

    def IP_ADDRESS(self, variant: str = "") -> str:
        r = self.rng
        def make() -> str:
            match variant or "priv":
                case "priv":
                    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                                     f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"])
                case "pub":
                    return f"{r.choice([47, 101, 121, 39, 114, 118, 52, 34, 81])}.{r.randint(1, 254)}." \
                           f"{r.randint(0, 255)}.{r.randint(2, 254)}"
                case "v6":
                    return f"2408:{r.randint(0x8000, 0x8fff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"
                case "ula":
                    return f"fd{r.randint(0, 255):02x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::" \
                           f"{r.randint(2, 99)}"
            raise BuildError(f"unknown ip variant {variant}")
        return self.fresh(make)

    # ---- secrets
    def token(self, n: int, alphabet: str = B62) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def SECRET(self, variant: str = "") -> str:
        r = self.rng
        def make() -> str:
            match variant or "pw":
                case "pw":
                    words = ["Tiger", "Moon", "Haitang", "Blue", "Rocket", "Panda", "Lotus", "Falcon", "Summer"]
                    return r.choice(words) + r.choice("!@#$%&*") + self.digits(r.randint(2, 4)) + \
                        r.choice(words).lower()
                case "pwr":
                    return self.token(r.randint(12, 18), B62 + "!#%^*-_")
                case "openai":
                    return "sk-proj-" + self.token(48)
                case "sk":
                    return "sk-" + self.token(48)
                case "stripe":
                    return "sk_live_" + self.token(24)
                case "akia":
                    return "AKIA" + self.token(16, string.ascii_uppercase + "234567")
                case "awssecret":
                    return self.token(40, B62 + "/+")
                case "ghp":
                    return "ghp_" + self.token(36)
                case "glpat":
                    return "glpat-" + self.token(20, B62 + "-_")
                case "slack":
                    return f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.token(24)}"
                case "google":
                    return "AIza" + self.token(35, B62 + "-_")
                case "hex":
                    return self.token(32, "0123456789abcdef")
                case "azurekey":
                    return self.token(86, B62 + "+/") + "=="
                case "jwt":
                    def b64(obj: dict) -> str:
                        raw = json.dumps(obj, separators=(",", ":")).encode()
                        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
                    payload = {"sub": self.digits(8), "role": r.choice(["admin", "ops", "finance"]),
                               "iat": r.randint(1_700_000_000, 1_790_000_000)}
                    return f"{b64({'alg': 'HS256', 'typ': 'JWT'})}.{b64(payload)}.{self.token(43, B62 + '-_')}"
                case "pg" | "mysql" | "mongo" | "redis":
                    host = r.choice(["10.20.3.41", "db-prod.internal", "rm-bp1x9k.mysql.rds.aliyuncs.com",
                                     "172.18.0.12", "mongo-0.data.svc"])
                    pw = self.token(r.randint(10, 16), B62 + "!*_")
                    pw = pw.replace("!", "%21")
                    scheme, port, user = {"pg": ("postgresql", 5432, "app_rw"), "mysql": ("mysql", 3306, "root"),
                                          "mongo": ("mongodb", 27017, "admin"), "redis": ("redis", 6379, "")}[variant]
                    return f"{scheme}://{user}:{pw}@{host}:{port}/{'0' if variant == 'redis' else 'prod'}"
                case "pem":
                    lines = [self.token(64, B62 + "+/") for _ in range(3)]
                    return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ" + \
                           self.token(22, B62) + "\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
            raise BuildError(f"unknown secret variant {variant}")
        return self.fresh(make)

    # ---- names, addresses, organisations
    def zh_name(self, compound: bool | None = None) -> str:
        r = self.rng
        compound = r.random() < 0.15 if compound is None else compound
        surname = r.choice(ZH_COMPOUND) if compound else r.choice(ZH_SURNAMES)
        given_len = 1 if compound else r.choice([1, 2, 2, 2])
        return surname + "".join(r.choice(ZH_GIVEN) for _ in range(given_len))

    def PERSON(self, variant: str = "") -> str:
        r = self.rng
        def make() -> str:
            match variant or "zh":
                case "zh":
                    name = self.zh_name()
                case "zh2":  # two characters: surname + one given character
                    name = r.choice(ZH_SURNAMES) + r.choice(ZH_GIVEN)
                case "zhc":
                    name = self.zh_name(compound=True)
                case "zht":
                    name = r.choice(ZH_SURNAMES) + r.choice(TITLES_ZH)
                case "zhnick":
                    name = r.choice("老小") + r.choice(ZH_SURNAMES)
                case "pinyin":
                    name = f"{r.choice(PINYIN_GIVEN)} {r.choice(PINYIN_SURNAMES)}"
                case "ja":
                    name = r.choice(KANJI_NAMES)
                case "ko":
                    name = r.choice(HANGUL_NAMES)
                case "ent":
                    name = f"{r.choice(TITLES_EN)} {r.choice(WORLD_NAMES[r.choice(list(WORLD_NAMES))][1])}"
                case "world" | "en":
                    origin = "en" if variant == "en" else r.choice(list(WORLD_NAMES))
                    first, last = WORLD_NAMES[origin]
                    name = f"{r.choice(first)} {r.choice(last)}"
                    if origin in ("kr",):
                        name = f"{r.choice(last)} {r.choice(first)}"
                case _:
                    raise BuildError(f"unknown person variant {variant}")
            if name in NOT_PRIVATE:
                return make()
            return name
        value = self.fresh(make)
        self.persons.add(value)
        return value

    def ADDRESS(self, variant: str = "") -> str:
        r = self.rng
        def make() -> str:
            match variant or "zh":
                case "zh" | "zhhome":
                    city, districts = r.choice(ZH_CITIES)
                    base = f"{city}{r.choice(districts)}{r.choice(ZH_STREETS)}{r.randint(1, 999)}号"
                    if variant == "zhhome":
                        return f"{base}{r.choice(ZH_ESTATES)}{r.randint(1, 32)}栋{r.randint(1, 6)}单元" \
                               f"{r.randint(1, 33)}{r.randint(1, 4):02d}室"
                    return base + r.choice(["", f"{r.choice('ABCD')}座{r.randint(2, 30)}{r.randint(1, 20):02d}室",
                                            f"{r.randint(2, 28)}楼"])
                case "zhshort":  # district-level home location without the city
                    city, districts = r.choice(ZH_CITIES)
                    return f"{r.choice(districts)}{r.choice(ZH_ESTATES)}{r.randint(1, 20)}号楼{r.randint(1, 30)}" \
                           f"{r.randint(1, 4):02d}"
                case "us":
                    city, state, zip3 = r.choice(US_CITIES)
                    return f"{r.randint(100, 9899)} {r.choice(US_STREETS)}" + \
                           r.choice(["", f", Apt {r.randint(1, 40)}{r.choice('ABCD')}"]) + \
                           f", {city}, {state} {zip3}{self.digits(2)}"
                case "uk":
                    town, pc = r.choice(UK_TOWNS)
                    return f"Flat {r.randint(1, 12)}, {r.randint(2, 180)} {r.choice(UK_STREETS)}, {town} " \
                           f"{pc} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                case "de":
                    town, plz = r.choice(DE_TOWNS)
                    return f"{r.choice(DE_STREETS)} {r.randint(1, 140)}, {plz}{self.digits(3)} {town}"
                case "sg":
                    return f"Blk {r.randint(100, 899)} Ang Mo Kio Ave {r.randint(1, 10)}, #{r.randint(2, 20):02d}-" \
                           f"{r.randint(100, 999)}, Singapore {r.randint(540000, 569999)}"
                case "hk":
                    return f"九龍旺角彌敦道{r.randint(500, 750)}號{r.randint(3, 25)}樓{r.choice('ABCDEF')}室"
            raise BuildError(f"unknown address variant {variant}")
        return self.fresh(make)

    def ORG(self, variant: str = "") -> str:
        pool = ORGS[variant or "zh"]
        # organisations may repeat across lines; pick one not yet used if possible
        unused = [o for o in pool if o not in self.used]
        value = self.rng.choice(unused or pool)
        self.used.add(value)
        return value

    # ---- fillers that are NOT entities
    def filler(self, kind: str) -> str:
        r = self.rng
        match kind:
            case "bad_prc":  # right shape, wrong check character
                body = self.prc_body()
                good = self.prc_check(body)
                return body + r.choice([c for c in "0123456789X" if c != good])
            case "bad_prc_date":  # right check character, impossible birth date
                body = r.choice(AREAS) + r.choice(["19881341", "19990230", "20011131", "19750015", "21190512"]) + \
                    self.digits(3)
                return body + self.prc_check(body)
            case "bad_luhn16" | "bad_luhn19":
                good = self.card_digits("up16" if kind == "bad_luhn16" else "up19")
                return good[:-1] + str((int(good[-1]) + r.randint(1, 9)) % 10)
            case "bad_luhn_grouped":
                good = self.card_digits("visa")
                bad = good[:-1] + str((int(good[-1]) + 5) % 10)
                return " ".join(bad[i:i + 4] for i in range(0, 16, 4))
            case "bad_iban":
                country = r.choice(["DE", "GB", "NL"])
                bban = self.bban(country)
                good = int(self.iban_check(country, bban))
                return f"{country}{(good + r.randint(1, 50)) % 97 + 2:02d}{bban}"
            case "bad_ssn":
                area = r.choice(["000", "666", str(r.randint(900, 999))])
                return r.choice([f"{area}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}",
                                 f"{r.randint(1, 665):03d}-00-{r.randint(1, 9999):04d}",
                                 f"{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-0000"])
            case "bad_mobile":  # 11 digits, but no mobile network starts with 10/12
                return r.choice(["10", "12"]) + self.digits(9)
            case "taobao_order":  # 19 digits; re-rendered by the scan if it happens to pass Luhn
                return "3" + self.digits(18)
            case "order":
                day = dt.date(2025, 1, 1) + dt.timedelta(days=r.randrange(365))
                return r.choice(["DD", "SO", "PO-", "ORD"]) + day.strftime("%Y%m%d") + self.digits(6)
            case "order_mobile":  # a mobile-like run buried in a 23-digit order id
                return "2025" + r.choice(MOBILE_PREFIXES) + self.digits(8) + self.digits(8)
            case "sf":
                return "SF" + self.digits(13)
            case "ups":
                return "1Z" + self.token(6, string.ascii_uppercase + string.digits) + self.digits(10)
            case "invoice8":
                return self.digits(8)
            case "invoice20":
                return "25" + self.digits(18)
            case "uscc":
                return "91" + r.choice(AREAS) + "MA" + self.token(7, "0123456789ABCDEFGHJKLMNPQRTUWXY") + \
                    r.choice("ABCDEFGHJKLMNPQRTUWXY")
            case "isbn":
                return f"978-7-{r.randint(100, 599)}-{self.digits(5)}-{r.randint(0, 9)}"
            case "uuid":
                h = self.token(32, "0123456789abcdef")
                return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
            case "sha":
                return self.token(40, "0123456789abcdef")
            case "amount":
                return f"{r.randint(1, 999)},{r.randint(0, 999):03d}.{r.randint(0, 99):02d}"
            case "date":
                return (dt.date(2025, 1, 1) + dt.timedelta(days=r.randrange(500))).isoformat()
            case "ts13":
                return str(r.randint(1_735_000_000_000, 1_765_000_000_000))
            case "ver":
                return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}"
            case "model_e":  # product model shaped like a PRC passport number
                return "E" + self.digits(8)
        raise BuildError(f"unknown filler {kind}")


# ------------------------------------------------------------------------------------------ validators
# Written apart from the generators above: a value is accepted only if it passes these.
def norm_digits(s: str) -> str:
    return s.translate({ord(c): None for c in " -"}).translate(str.maketrans("０１２３４５６７８９", "0123456789"))


def valid_prc(v: str) -> bool:
    v = norm_digits(v).upper()
    if not re.fullmatch(r"\d{17}[\dX]", v) or v[:6] not in AREAS:
        return False
    try:
        birth = dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    if not dt.date(1950, 1, 1) <= birth <= dt.date(2008, 12, 31):
        return False
    # ISO 7064 MOD 11-2 over all 18 characters: weights 2^(17-i) mod 11, X stands for 10
    total = sum((10 if c == "X" else int(c)) * pow(2, 17 - i, 11) for i, c in enumerate(v))
    return total % 11 == 1


def valid_luhn(v: str) -> bool:
    digits = [int(c) for c in norm_digits(v)]
    odd = digits[-1::-2]
    even = [sum(divmod(2 * d, 10)) for d in digits[-2::-2]]
    return (sum(odd) + sum(even)) % 10 == 0


def valid_card(v: str) -> bool:
    d = norm_digits(v)
    if not d.isdigit() or not valid_luhn(d):
        return False
    return (d.startswith("62") and len(d) in (16, 19)) or (d.startswith("4") and len(d) == 16) or \
        (len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720))


IBAN_LEN = {"DE": 22, "GB": 22, "NL": 18, "AT": 20, "CH": 21, "BE": 16, "IE": 22, "DK": 18}


def valid_iban(v: str) -> bool:
    v = v.replace(" ", "")
    if IBAN_LEN.get(v[:2]) != len(v) or not v[2:4].isdigit():
        return False
    rearranged = v[4:] + v[:4]
    remainder = 0
    for ch in rearranged:  # piecewise mod 97, never one big integer
        for d in (str(ord(ch) - 55) if ch.isalpha() else ch):
            remainder = (remainder * 10 + int(d)) % 97
    if remainder != 1:
        return False
    if v[:2] == "NL":
        return sum(int(d) * w for d, w in zip(v[8:], range(10, 0, -1), strict=True)) % 11 == 0
    if v[:2] == "BE":
        return (int(v[4:14]) % 97 or 97) == int(v[14:16])
    return True


def valid_ssn(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    return bool(m) and m[1] not in ("000", "666") and int(m[1]) < 900 and m[3] != "00" and m[4] != "0000"


def valid_passport(v: str) -> bool:
    return bool(re.fullmatch(r"[EG]\d{8}|\d{9}|C[CFGHJKLMNPRTVWXYZ\d]{8}|[A-Z]{2}\d{7}|\d{2}[A-Z]{2}\d{5}|"
                             r"[A-Z]{2}\d{6}|[A-Z]\d{7}", v))


def valid_phone(v: str) -> bool:
    d = norm_digits(v).replace("(", "").replace(")", "")
    if d.startswith("+86"):
        d = d[3:]
    if re.fullmatch(r"1[3-9]\d{9}", d):
        return d[:3] in MOBILE_PREFIXES
    if re.fullmatch(r"0(10|2\d|[3-9]\d{2})[2-8]\d{6,7}", d):
        return True
    return bool(re.fullmatch(r"\+(44|1|65|852|49|81)\d{7,11}", d))


def valid_email(v: str) -> bool:
    return bool(re.fullmatch(r"[\w.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v)) and not is_placeholder_host(v.split("@")[1])


def is_placeholder_host(host: str) -> bool:
    return host in ("example.com", "example.org", "example.net", "localhost") or host.endswith(".test") or \
        host.endswith(".example")


def valid_ip(v: str) -> bool:
    try:
        ip = ipaddress.ip_address(v)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_unspecified or ip.is_reserved or ip.is_multicast or is_doc_ip(ip))


def is_doc_ip(ip) -> bool:
    nets = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"]
    return any(ip in ipaddress.ip_network(n) for n in nets if ipaddress.ip_network(n).version == ip.version)


PLACEHOLDER_SECRET = re.compile(r"(?i)^(\$\{?\w+\}?|<[^>]+>|x{4,}|\*{3,}|your[_-]?\w*|change-?me|password|"
                                r"secret|example\w*|dummy|test|\.\.\.)$")


def valid_secret(v: str) -> bool:
    body = re.sub(r"^(sk-proj-|sk-|sk_live_|ghp_|glpat-|xox[bp]-|AKIA|AIza)", "", v)
    # a run of one repeated character (ghp_XXXX…) is a placeholder, not a credential
    return len(v) >= 8 and not PLACEHOLDER_SECRET.match(v) and "EXAMPLE" not in v and len(set(body)) > 4


VALIDATORS = {"PRC_ID": valid_prc, "BANK_CARD": valid_card, "IBAN": valid_iban, "US_SSN": valid_ssn,
              "PASSPORT": valid_passport, "PHONE": valid_phone, "EMAIL": valid_email, "IP_ADDRESS": valid_ip,
              "SECRET": valid_secret}


def check_value(etype: str, value: str) -> None:
    if value != value.strip() or not value:
        raise BuildError(f"{etype} value has stray whitespace: {value!r}")
    check = VALIDATORS.get(etype)
    if check is not None and not check(value):
        raise BuildError(f"{etype} value fails its validator: {value!r}")
    if etype == "PERSON" and value in NOT_PRIVATE:
        raise BuildError(f"{value} is a public/placeholder name, not a PERSON")
    if etype == "ADDRESS" and len(value) < 8:
        raise BuildError(f"ADDRESS too short to be street-level: {value!r}")


# ----------------------------------------------------------------------------- look-alike value scan
SCANS = [
    ("PRC_ID", re.compile(r"(?<![\w０-９])[\d０-９]{17}[\dXx０-９](?![\w０-９])"), valid_prc),
    ("BANK_CARD", re.compile(r"(?<![\d\w])(?:\d[ -]?){14,18}\d(?![\d\w])"), valid_card),
    ("PHONE", re.compile(r"(?<![\d\w])(?:\+86 ?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)"), valid_phone),
    ("EMAIL", re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"), valid_email),
    ("IP_ADDRESS", re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]*\d)"), valid_ip),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"), valid_iban),
    ("US_SSN", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])"), valid_ssn),
    ("PASSPORT", re.compile(r"(?<![A-Za-z0-9])[EG]\d{8}(?![A-Za-z0-9])"), valid_passport),
    ("SECRET", re.compile(r"(?:sk-(?:proj-)?|sk_live_|AKIA|ghp_|glpat-|xox[bp]-|AIza|eyJ)[\w-]{10,}"), valid_secret),
]


@dataclass
class Line:
    category: str
    lang: str
    text: str
    entities: list[dict]
    conf: bool
    deliberate: list[tuple[int, int]]

    @property
    def sensitive(self) -> bool:
        return self.conf or any(e["type"] in STRONG for e in self.entities)


# Fillers that are shaped like an entity on purpose (the point of the hard negative): the scan lets them be.
DELIBERATE = {"model_e"}


def render(frame: str, values: Values) -> tuple[str, list[dict], list[tuple[int, int]]]:
    """Assemble the text left to right; every entity span is taken from the running length."""
    parts: list[str] = []
    entities: list[dict] = []
    deliberate: list[tuple[int, int]] = []
    length = 0
    keyed: dict[str, str] = {}
    pos = 0
    for m in SLOT.finditer(frame):
        literal = frame[pos:m.start()]
        parts.append(literal)
        length += len(literal)
        spec = m.group(1)
        spec, _, key = spec.partition("#")
        if spec.startswith("~"):
            value, etype = values.filler(spec[1:]), None
        elif "=" in spec:
            etype, value = spec.split("=", 1)
        else:
            etype, _, variant = spec.partition(":")
            if key and key in keyed:
                value = keyed[key]
            else:
                value = getattr(values, etype)(variant)
        if etype is not None and etype not in ALL_TYPES:
            raise BuildError(f"unknown entity type {etype} in frame {frame[:40]!r}")
        if key:
            keyed[key] = value
        if spec[1:] in DELIBERATE:
            deliberate.append((length, length + len(value)))
        if etype is not None:
            entities.append({"type": etype, "start": length, "end": length + len(value)})
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(frame[pos:])
    return "".join(parts), entities, deliberate


def validate(line: Line, values: Values, known_orgs: set[str]) -> None:
    """Every rule of the labelling spec that code can check; raises BuildError on the first broken one."""
    text, ents = line.text, line.entities
    spans = sorted((e["start"], e["end"]) for e in ents)
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            raise BuildError(f"overlapping spans in {text[:60]!r}")
    for e in ents:
        value = text[e["start"]:e["end"]]
        check_value(e["type"], value)
        before = text[e["start"] - 1] if e["start"] else " "
        if text[:e["start"]].endswith(" -p"):  # mysql -p<password>: the flag is glued to the value
            before = " "
        after = text[e["end"]] if e["end"] < len(text) else " "
        if (before.isascii() and before.isalnum() and value[0].isascii() and value[0].isalnum()) or \
                (after.isascii() and after.isalnum() and value[-1].isascii() and value[-1].isalnum()):
            raise BuildError(f"span cuts a word: {value!r} in {text[:80]!r}")

    def covered(s: int, e: int) -> bool:  # a look-alike that overlaps a labelled value is part of it (token@host)
        return any(s < ee and es < e for es, ee in spans + line.deliberate)

    for etype, pattern, check in SCANS:
        for m in pattern.finditer(text):
            if check(m.group(0).strip()) and not covered(m.start(), m.end()):
                raise Unlabelled(f"unlabelled {etype} look-alike {m.group(0)!r}")
    for name in values.persons | known_orgs:
        for m in re.finditer(re.escape(name), text):
            if not covered(m.start(), m.end()):
                raise Unlabelled(f"unlabelled name {name!r} in {text[:80]!r}")
    if line.category in ALWAYS_FALSE and line.sensitive:
        raise BuildError(f"{line.category} line came out sensitive: {text[:80]!r}")
    if line.category in ALWAYS_TRUE and not line.sensitive:
        raise BuildError(f"{line.category} line came out non-sensitive: {text[:80]!r}")
    if line.category == "confidential_no_identifier" and any(e["type"] in STRONG for e in ents):
        raise BuildError(f"confidential_no_identifier line has an identifier: {text[:80]!r}")
    if line.lang not in ("zh", "en", "mixed"):
        raise BuildError(f"bad lang {line.lang}")
    has_han = bool(re.search(r"[\u4e00-\u9fff]", text))
    # an `en` line may still quote a Chinese name, address or organisation
    if (line.lang == "zh" and not has_han) or \
            (line.lang == "en" and has_han and not any(e["type"] in ("PERSON", "ADDRESS", "ORG") for e in ents)):
        raise BuildError(f"lang {line.lang} does not fit {text[:60]!r}")


def build() -> list[dict]:
    rng = random.Random(SEED)
    values = Values(rng)
    known_orgs = {o for pool in ORGS.values() for o in pool}
    lines: list[Line] = []
    for category, frames in FRAMES.items():
        for lang, conf, frame in frames:
            for _attempt in range(20):
                text, ents, deliberate = render(frame, values)
                line = Line(category, lang, text, ents, conf, deliberate)
                try:
                    validate(line, values, known_orgs)
                    break
                except Unlabelled as exc:
                    last = exc
            else:
                raise BuildError(f"could not render {frame[:60]!r}: {last}")
            lines.append(line)
    # a name generated for a later line must not sit unlabelled in an earlier one
    for line in lines:
        validate(line, values, known_orgs)
    texts = Counter(line.text for line in lines)
    if texts.most_common(1)[0][1] > 1:
        raise BuildError(f"duplicate text: {texts.most_common(1)[0][0][:60]!r}")
    rng.shuffle(lines)
    return [{"id": f"test-{i:04d}", "text": ln.text, "sensitive": ln.sensitive,
             "entities": sorted(ln.entities, key=lambda e: e["start"]), "category": ln.category, "lang": ln.lang}
            for i, ln in enumerate(lines, 1)]


def summary(rows: list[dict]) -> str:
    out = [f"lines {len(rows)}, sensitive {sum(r['sensitive'] for r in rows)}"]
    per_cat: dict[str, Counter] = {}
    for r in rows:
        per_cat.setdefault(r["category"], Counter())[r["sensitive"]] += 1
    for cat, c in sorted(per_cat.items()):
        out.append(f"  {cat:34s} {c[True] + c[False]:4d}  true {c[True]:3d}  false {c[False]:3d}")
    out.append("lang " + str(dict(Counter(r["lang"] for r in rows))))
    out.append("entities " + str(dict(Counter(e["type"] for r in rows for e in r["entities"]).most_common())))
    out.append("sensitive with no entity " + str(sum(r["sensitive"] and not r["entities"] for r in rows)))
    return "\n".join(out)


# ------------------------------------------------------------------------------------------------ frames
def z(text: str) -> tuple[str, bool, str]:
    return ("zh", False, text)


def e(text: str) -> tuple[str, bool, str]:
    return ("en", False, text)


def m(text: str) -> tuple[str, bool, str]:
    return ("mixed", False, text)


def zc(text: str) -> tuple[str, bool, str]:
    return ("zh", True, text)


def ec(text: str) -> tuple[str, bool, str]:
    return ("en", True, text)


def mc(text: str) -> tuple[str, bool, str]:
    return ("mixed", True, text)


FRAMES: dict[str, list[tuple[str, bool, str]]] = {}

FRAMES["general"] = [
    e("What's the origin of the surname Nguyen, and why is it so common?"),
    z("“欧阳”“上官”这些复姓是怎么来的？"),
    e("how do i make a pivto table in googel sheets that counts by week"),
    z("帮我写个周保，这周主要在修bug和对接口"),
    z("帮我把这段话改得正式一点：下周三之前麻烦各位把季度总结交上来，谢谢配合"),
    z("excel里怎么把一列日期按月份汇总？用数据透视表还是sumifs好"),
    z("写一个python脚本，把文件夹里所有的docx转成pdf"),
    z("周五团建去爬山还是去密室逃脱，帮我列一下两边的优缺点"),
    z("用大白话解释一下什么是向量数据库"),
    z("帮我想三个年会节目的点子，部门一共12个人，大部分是技术"),
    z("深圳到广州的高铁一般多久一班？出差想当天来回"),
    z("翻译成英文：本产品支持七天无理由退货，人为损坏除外"),
    e("can u rewrite this so it sounds less passive aggressive: 'as per my last email, the deck is still missing'"),
    e("What's the difference between a left join and a full outer join? short answer pls"),
    e("Give me a 5-slide outline for a lunch-and-learn on Git branching strategies"),
    e("regex to match a semver string like 1.4.0-rc.2, python flavour"),
    e("Summarize the pros/cons of Kafka vs RabbitMQ for a team of 4 backend devs"),
    e("my pandas groupby returns a weird MultiIndex, how do I flatten it back into columns"),
    e("Our office is moving to Berlin next spring — suggest a checklist for the move week"),
    e("write a haiku about merge conflicts"),
    m("帮我写个 SQL：统计每个月新注册用户数，表名 users，字段 created_at"),
    m("k8s 的 readinessProbe 和 livenessProbe 有啥区别，什么时候该用哪个"),
    m("Docker build 一直卡在 pip install 这一步，可能是什么原因？"),
    m("这个报错怎么解决 TypeError: 'NoneType' object is not subscriptable，代码在下面\nrow = cur.fetchone()\nprint("
      "row[0])"),
    m("用 TypeScript 写一个 debounce 函数，要带类型"),
    m("把下面的 JSON 转成 YAML：{\"replicas\": 3, \"image\": \"nginx:1.27\", \"ports\": [80, 443]}"),
    m("PPT 第三页的配色太花了，推荐几个 corporate 一点的配色方案，给 hex"),
    z("明天上海降温，提醒大家带伞的群通知帮我写一句，轻松点"),
]

FRAMES["credentials"] = [
    e("pasword for the staging db is «SECRET:pw» but it keeps saying acess denied?? pls help"),
    m("帮我看下这个报错 ，token是«SECRET:ghp» 然后 git pull 的时候一直403"),
    m("这段代码跑不通，帮我看看\nimport openai\nclient = openai.OpenAI(api_key=\"«SECRET:openai»\")\nclient.models."
      "list()"),
    m("为啥 boto3 一直报 InvalidClientTokenId？\naws_access_key_id = «SECRET:akia»\naws_secret_access_key = "
      "«SECRET:awssecret»"),
    e("CI keeps failing on the push step, log below\n[2025-03-02 10:14:07] git push https://oauth2:«SECRET:glpat»@g"
      "itlab.corp/app.git\nremote: HTTP Basic: Access denied"),
    m(".env 文件是这样的，docker-compose 起不来：\nPOSTGRES_USER=app_rw\nPOSTGRES_PASSWORD=«SECRET:pwr»\nPOSTGRES_D"
      "B=orders"),
    z("服务器root密码是«SECRET:pw»，你帮我写个脚本每天凌晨自动备份/var/lib/mysql"),
    z("家里wifi密码：«SECRET:pw»，帮我生成个二维码的python代码，打印出来贴墙上"),
    e("why does this return 401?\ncurl -H \"Authorization: Bearer «SECRET:jwt»\" https://api.internal.corp/v2/reports"),
    e("help me fix the slack bot, token is «SECRET:slack» and it says not_in_channel"),
    m("settings.py 里这么写的，部署后连不上库：\nDATABASES = {'default': dj_database_url.parse('«SECRET:pg»')}"),
    m("history 里翻到的，帮我解释下每条命令在干嘛\n  501  ssh deploy@jump01\n  502  mysql -uroot -p«SECRET:pwr» -e "
      "'show databases'\n  503  exit"),
    e("Is it safe to keep the Stripe key in the frontend? we currently have const stripe = Stripe('«SECRET:stripe»')"),
    z("邮箱的SMTP授权码«SECRET:hex»，帮我写个自动发日报的脚本"),
    m("GitHub Actions 报 Bad credentials，我 secrets 里放的是 «SECRET:ghp»，是不是过期了"),
    m("帮我看看这个 ssh key 格式对不对，登录一直 permission denied\n«SECRET:pem»"),
    e("maps widget stopped loading, key in index.html is «SECRET:google» — do I need to enable billing?"),
    m("application.yml 如下，redis 一直 NOAUTH\nspring:\n  redis:\n    host: «IP_ADDRESS»\n    password: «SECRET:pwr»"),
    e("Logs from the worker:\nINFO connecting to «SECRET:mongo»\nERROR Authentication failed."),
    z("新来的实习生账号初始密码«SECRET:pw»，帮我写一条入职提醒让他第一次登录就改掉"),
    m("azure storage 连接串是 DefaultEndpointsProtocol=https;AccountName=finrpt01;AccountKey=«SECRET:azurekey»;Endp"
      "ointSuffix=core.windows.net 为什么上传报 403"),
    e("pls convert this to a k8s secret manifest: OPENAI_API_KEY=«SECRET:sk»"),
    m("VPN 账号 zhouq 口令：«SECRET:pw»，客户端一直提示证书错误，怎么排查"),
    e("Celery won't start: broker_url = '«SECRET:redis»' — timeout after 30s"),
    m("jenkins 控制台输出：\n+ docker login -u ci-bot -p «SECRET:pwr» harbor.corp.local\nError response from daemon"
      ": unauthorized"),
    e("Our old config still has api_secret: \"«SECRET:hex»\" checked in. How do I purge it from git history?"),
]

FRAMES["hr"] = [
    z("组里«PERSON:zh»这季度kpi没完成，老板说年底不续签了，怎么跟他谈比较好"),
    e("pls help me write feedbak for «PERSON:world», they're getting a 2/5 this cycle and no bonus"),
    ec("confidental - dont share: the eng org is getting a 0% merit increase this yr. how do I break it to my reports"),
    z("下属«PERSON:zh»这个季度绩效打了C，帮我写一段面谈时的开场白，别太伤人"),
    z("«PERSON:zhnick»下个月要被优化了，先别声张，帮我想想交接清单怎么列"),
    z("帮我算一下：«PERSON:zh»月薪28500，年终按3.5个月，明年调薪12%后总包是多少"),
    z("«PERSON:zhc»的转正答辩没过，延长试用期两个月的通知怎么写"),
    e("Draft a PIP for «PERSON:world» — missed three sprint commitments, two late incident responses"),
    e("«PERSON:en» asked for a raise from 92k to 110k. Market data says 101k. Help me write my reply."),
    e("write a termination letter for «PERSON:world», effective end of month, reason: redundancy"),
    m("把这张表整理成段落发给 HRBP：\n姓名,职级,当前年薪,建议调薪\n«PERSON:zh»,P6,420000,8%\n«PERSON:zh»,P7,560000,5%"),
    m("«PERSON:pinyin» 要跳槽去对手公司，offer 是 base 65w + RSU，我们要不要 counter？帮我分析"),
    z("老板让我给«PERSON:zht»打个绩效评语，他今年带团队交付很稳但是加班太多身体不行"),
    z("面试了«PERSON:zh»，技术一般但态度好，帮我写个不通过的反馈"),
    zc("我们部门今年的调薪池只有3%，怎么跟团队解释比较好，下周才会正式公布"),
    zc("年终奖方案：S档6个月、A档4个月、B档2个月、C档没有，还没发通知，帮我做成一页纸"),
    ec("We're cutting 40 roles in the Austin office next quarter; nobody knows yet. Help me plan the comms sequence."),
    mc("HC 冻结的事还没官宣，各 team lead 先知道就行，帮我写个给 leads 的口径"),
    z("«PERSON:zh2»请了三周病假，工资按什么比例发？我这边要报给薪酬组"),
    e("Hi, can you tidy up this note: «PERSON:ent» from Finance is being moved to the exit list after the audit"),
    e("Ranking for calibration: «PERSON:world» - exceeds, «PERSON:world» - meets, «PERSON:en» - below. Write short "
      "justifications."),
    z("«PERSON:zh»的劳动合同要寄到他家«ADDRESS:zhhome»，帮我写个快递备注"),
    e("Relocation letter for «PERSON:world»: company-paid flat at «ADDRESS:sg», 18-month lease. Make it friendly."),
    z("写一个通用的绩效面谈提纲，适合一线主管用"),
    z("招聘启事上写的是月薪15-25K·14薪，帮我把这段JD润色一下"),
    e("What are good questions to ask in a stay interview?"),
    e("Suggest a fair framework for splitting a team bonus pool across 8 engineers"),
    m("给新员工 onboarding 做一个 30-60-90 天计划模板"),
    z("年假没休完可以折现吗？一般公司怎么规定的"),
]

FRAMES["medical"] = [
    z("«PERSON:zht»最近在化疗，掉头发，不想开摄像头，开会的时候大家别问"),
    ec("my wife's MRI shows a 2cm menigioma, neurosurgeon appt next tues — what shud I ask?"),
    z("同事«PERSON:zh»确诊了抑郁症，想请长假，我作为主管怎么跟他沟通"),
    zc("我妈上周查出乳腺结节4a类，医生建议穿刺，帮我整理一下要问医生的问题"),
    zc("我上个月确诊2型糖尿病，糖化7.9，现在吃二甲双胍，出差时饮食怎么安排"),
    e("«PERSON:world» had a seizure in the office this morning, draft a note to the team without oversharing"),
    ec("My dad was diagnosed with stage II colon cancer last week; help me write an email asking my manager for fle"
       "xible hours"),
    m("帮我把这份体检报告摘要翻成英文给保险公司：患者«PERSON:zh»，ALT 88 U/L，提示脂肪肝，建议复查"),
    z("«PERSON:zht»做完心脏支架还在ICU，下周的评审会要不要找人替他"),
    e("Patient «PERSON:world», 54, HbA1c 8.2%, on metformin 1g bid — write a referral summary for endocrinology"),
    zc("我怀孕8周了还没跟公司说，下个月的外派能不能找理由推掉"),
    z("孩子的班主任说«PERSON:zh2»有多动症，在吃专注达，家长会上我该怎么说"),
    ec("I've been on sertraline since March for panic attacks; how do I tell HR I need a quieter desk without sayin"
       "g why?"),
    m("EAP 咨询记录整理一下：来访者 «PERSON:pinyin»，焦虑自评 SAS 62 分，睡眠差，建议转介"),
    z("我们部门«PERSON:zhc»HIV阳性的事被传出去了，该怎么处理"),
    mc("老公刚被诊断 OSA 重度，AHI 48，医生让戴呼吸机，帮我查下哪些牌子能医保报销"),
    z("家庭医生明天上门给我爸换药，地址«ADDRESS:zhhome»，老人行动不便，帮我写个注意事项"),
    e("Home nurse visits for «PERSON:world» at «ADDRESS:uk», wound dressing every 2 days — write the schedule"),
    z("高血压患者平时饮食要注意什么？"),
    e("What's the difference between type 1 and type 2 diabetes, in plain English?"),
    z("久坐腰疼，有没有适合办公室做的拉伸动作"),
    e("Write a generic reminder for staff that the flu vaccination clinic is on Thursday in room 4.02"),
    m("做一个 wellness 周报模板：步数、睡眠、喝水，给全组用"),
    z("布洛芬和对乙酰氨基酚有什么区别，能一起吃吗"),
]

FRAMES["finance"] = [
    mc("Q2 rev 比 plan 少了 2.3 个亿，earnings call 之前一个字都不能漏，帮我 prep 一下 Q&A"),
    zc("下个月要发可转债，规模大概15亿，先帮我排个时间表，别让太多人知道"),
    zc("Q3毛利率只有11.8%，比指引低了5个点，下周才发财报，帮我写给董事会的解释"),
    zc("明年预算砍20%，研发这块先别动，市场部从800万降到500万，帮我排个优先级"),
    mc("我们 B 轮 term sheet 投前估值 12 亿，领投方要求一票否决权，这个条件常见吗"),
    ec("Preliminary FY numbers: revenue 412m, EBITDA 38m, both below consensus. Draft talking points before the ear"
       "nings call."),
    ec("We're in talks to acquire a 40-person SaaS startup for roughly $90m in cash and stock. Build me a quick syn"
       "ergy table."),
    zc("«ORG:zh»那笔回款拖了四个月，450万，帮我写个催款函，语气硬一点"),
    mc("内部 forecast 显示 H2 现金流会转负，CFO 让我准备 bridge loan 的方案，先列几个选项"),
    zc("我们给«ORG:zh»的报价是每台3.2万，底价2.8万，对方要求再降8%，要不要接"),
    e("Reconcile these for me — «PERSON:world» expensed 3 client dinners at $640 each, approval missing"),
    z("«PERSON:zh»这个月报销的差旅超标了4300块，帮我写个退回说明"),
    ec("Between the CFO and me: we'll miss the revenue covenant on the term loan by about 6%. "
       "What options do we have with the lender?"),
    mc("模型测算下来下季度 GMV 会下滑 15%，还没跟投资人同步，帮我写个 risk memo 的 outline"),
    zc("公司打算明年Q1在港股上市，承销商还没定，先帮我比较一下几家投行的费率"),
    ec("Our unreleased Q4 bookings are 18.3m vs 21m plan; help me phrase the variance for the exec review deck"),
    z("«ORG=贵州茅台»2023年年报披露的营收是多少？帮我算一下同比增速"),
    e("Explain the difference between EBITDA and operating cash flow with a simple example"),
    z("帮我做一个家庭月度预算表的模板，要有房贷、教育、养老几项"),
    m("«ORG=Apple» 上季度财报已经发了，帮我总结一下 services 收入的变化"),
    e("What's a reasonable way to model churn in a SaaS revenue forecast?"),
    z("增值税专用发票和普通发票在抵扣上有什么区别"),
    m("用 Python 写一个 NPV 和 IRR 的计算函数，输入现金流列表"),
    z("«ORG:zh»昨天公告的回购计划是多少亿？帮我找下重点"),
]

FRAMES["legal"] = [
    ec("we're settling w/ the ex-contractor for 80k + mutual non-disparagement, write the email to our lawyer"),
    zc("我们和«ORG:zh»的供货合同里违约金是合同总额的30%，对方现在要提前解约，怎么谈"),
    ec("Summarize our dispute with «ORG:en»: they withheld $1.2m claiming late delivery; our logs show on-time hand"
       "over"),
    z("«PERSON:zh»离职后去了竞对，竞业协议每月补偿3000，我们想起诉他违约，胜算大吗"),
    ec("This is under NDA — the licensing deal gives them 7% royalty for 5 years with exclusivity in APAC. Is that "
       "market?"),
    mc("律师函草稿帮我改一下：致«PERSON:zh»先生，贵方于去年十一月起拖欠租金共计18.6万元……"),
    zc("公司被前员工仲裁了，要求赔偿二倍工资，一共46万，法务让我准备材料清单"),
    e("«PERSON:world» is threatening to sue over the termination; what documents should we preserve?"),
    mc("SPA 里的 earn-out 条款：两年 EBITDA 达到 5000 万再付 2 亿，这个结构对卖方有什么风险"),
    zc("和房东的续租谈判，我们的底线是每平米每天4.5元，对方报5.2，帮我写谈判要点"),
    ec("Settlement offer from the plaintiff is $375k, our reserve is $250k — draft a counter letter"),
    zc("«ORG:zh»告我们商标侵权，索赔500万，对方证据里有我们内部的聊天截图，怎么办"),
    mc("把这段 NDA 里的 confidentiality period 从 3 年改成 5 年，其他不动：\n本协议项下甲方«ORG:zh»向乙方披露的全部"
       "技术资料……"),
    e("«PERSON:en» signed the consulting agreement but never returned the IP assignment — how do we chase this?"),
    z("法院传票要送达到«ADDRESS:zh»，被告«PERSON:zh»拒收了怎么办"),
    e("Draft a cease-and-desist to «PERSON:en» at «ADDRESS:us» about the leaked design files"),
    z("劳动合同法第三十九条讲的是什么情况可以解除合同？"),
    e("What is a typical limitation of liability clause in a SaaS contract? give me a neutral template"),
    z("租房合同里押一付三是什么意思，提前退租押金能退吗"),
    m("GDPR 下 DPA（数据处理协议）一般要包含哪些条款"),
    e("Explain the difference between an NDA and a non-compete in two paragraphs"),
    z("帮我写一个通用的保密协议模板，甲乙双方信息留空"),
    m("合同里 force majeure 条款一般怎么写比较稳妥"),
]

FRAMES["names_alone"] = [
    e("Best,\n«PERSON:world»\nSenior PM, Growth\n-- can you make this email signature look nicer?"),
    z("帮我跟«PERSON:zh»说下明天的会改到10点了，他不看邮件，我发微信"),
    z("帮我给«PERSON:zh»写一封生日贺卡，她喜欢猫和咖啡"),
    z("明天下午三点约了«PERSON:zhc»开会，帮我写个提醒"),
    z("«PERSON:zh2»下周入职，帮我写一段欢迎他加入的群消息"),
    z("替我谢谢«PERSON:zht»上周帮忙搬机房，写得真诚一点"),
    e("Write a short thank-you note to «PERSON:world» for covering my on-call shift"),
    e("remind me to call «PERSON:en» about the offsite venue on Monday"),
    e("Can you make this sound warmer? 'Welcome aboard «PERSON:world», your desk is next to the window.'"),
    m("帮我写封英文邮件给 «PERSON:world»，约他下周二 video call 聊 roadmap"),
    m("«PERSON:ja»さん下周来上海出差，帮我安排个欢迎晚餐的 agenda"),
    m("给 «PERSON:ko» 写个 farewell card，她在我们组待了三年"),
    z("«PERSON:zh»和«PERSON:zh»下个月结婚，部门凑份子买什么礼物好"),
    e("Draft a LinkedIn recommendation for «PERSON:world», my former teammate on the payments squad"),
    z("我想请«PERSON:zhnick»吃饭感谢他帮我内推，推荐几家公司附近安静点的馆子"),
    e("«PERSON:world» just got promoted to staff engineer — write a congrats message for the team channel"),
    m("帮我把会议纪要里的参会人排一下：«PERSON:zh»、«PERSON:pinyin»、«PERSON:zh2»，按姓氏拼音"),
    z("«PERSON:zhc»说他周四请假陪孩子，帮我把他的周会挪到周五"),
    e("Add «PERSON:world» to Friday's lunch order, vegetarian, no mushrooms"),
    z("周末«PERSON:zh»组织羽毛球，帮我回个消息说我晚半小时到"),
    e("Ask «PERSON:ent» if the lab results template can be shared with the new hires"),
    z("给«PERSON:zh»的退休欢送会写一段主持词，他在厂里干了三十一年"),
    e("Put «PERSON:world» and «PERSON:world» on the same team for the hackathon and write them an intro"),
    m("Slack 上回复一下 «PERSON:pinyin»：收到，周末前给你 review"),
]

FRAMES["address"] = [
    z("北京市海淀区有哪些口碑好的初中？"),
    e("Is it worth living in Brooklyn or Jersey City if I work in Midtown?"),
    z("新地址：«ADDRESS:zhhome»，麻烦把合同原件寄过来哈，谢啦"),
    e("pls ship the samples to my home, «ADDRESS:us», office is closed till jan"),
    z("快递寄到«ADDRESS:zhhome»，收件人写我就行，帮我写个寄件备注"),
    z("我搬家了，新地址是«ADDRESS:zh»，帮我写一段通知给常联系的供应商"),
    e("Please update my shipping address to «ADDRESS:us» and draft a confirmation email"),
    e("The replacement laptop should go to «ADDRESS:uk», not the office. Write that to IT."),
    m("帮我写个 Uber Eats 的备注，地址 «ADDRESS:sg»，门禁要打电话"),
    z("团建大巴早上7点在«ADDRESS:zh»门口集合，帮我写个群公告"),
    e("Can you format this for an envelope: «ADDRESS:de»"),
    z("我家在«ADDRESS:zhshort»，离公司太远了，帮我算下每天通勤成本"),
    m("Airbnb 的房东问我 check-in 地址，帮我用英文回复：«ADDRESS:zhhome»"),
    e("Draft a note to the courier: leave the parcel with the concierge at «ADDRESS:us»"),
    z("帮我把这个地址改成标准格式：«ADDRESS:hk»"),
    e("I'm meeting the client at their flat, «ADDRESS:uk» — suggest a parking option nearby"),
    z("发票邮寄地址更新为«ADDRESS:zh»，帮我给财务写一句"),
    m("Google Maps 上怎么从公司导航到 «ADDRESS:zhhome»，最快的公交方案"),
    e("Our new tenant lives at «ADDRESS:de»; write a welcome letter with the bin schedule"),
    z("租的房子在«ADDRESS:zhhome»，房东不修热水器，帮我写个微信消息催一下"),
    z("帮我写个搬家公司的需求：从«ADDRESS:zhhome»搬到«ADDRESS:zhhome»，两室一厅，周六上午"),
    e("Our client wants the documents couriered to «ADDRESS:us» by Friday; draft the cover note"),
    m("外卖地址写的是 «ADDRESS:zhshort»，骑手老找不到，帮我写个 English 的 delivery note"),
    e("Write walking directions for the babysitter from the U-Bahn to «ADDRESS:de»"),
    z("上海有哪些适合周末带娃的博物馆？"),
    z("中文地址翻成英文的顺序是怎样的？比如“某省某市某区某路某号”这种格式"),
    e("What's the standard format for a UK postal address? Use placeholders like [House number] [Street], not a rea"
      "l one"),
    e("Which neighbourhoods in London have the best commute to Canary Wharf?"),
    z("公司总部在杭州，分公司在成都和西安，帮我画个组织架构图的建议"),
    m("帮我查一下 Singapore 的 GST 税率，新加坡公司开票要不要加"),
]

FRAMES["org_only"] = [
    m("«ORG=Microsoft» 文档里的示例公司 «ORG=Contoso» 是真的公司吗？老出现"),
    z("帮我写一封给«ORG:zh»采购部的询价邮件，问一下A4纸和硒鼓的报价"),
    e("Write a polite decline to «ORG:en» — we chose another vendor for the audit"),
    z("我们和«ORG:zh»的合作周年了，帮我写一段感谢客户的推文"),
    e("Compare «ORG:en» and «ORG:en» as potential logistics partners based on public info"),
    m("«ORG:zh» 的官网首页英文版帮我翻一下 slogan：让每一次出行更安心"),
    z("«ORG:zh»今年校招什么时候开始？帮我整理一下投递流程"),
    e("Draft an agenda for our quarterly business review with «ORG:en»"),
    z("帮我起草一个与«ORG:zh»联合举办行业沙龙的活动方案"),
    e("What does «ORG:en» do? I have a call with their sales team tomorrow"),
    m("把 «ORG:en» 和 «ORG:zh» 的合作新闻稿改得简洁一点，已经对外发布了"),
    z("«ORG:zh»的客服电话一直占线，还有什么渠道可以投诉"),
    e("Write a LinkedIn post congratulating «ORG:en» on opening their new Singapore office"),
    z("参加«ORG:zh»的招标需要准备哪些资质文件？"),
    e("«ORG:en» sent us a vendor onboarding form; which sections usually need legal review?"),
    m("帮我做个 «ORG:zh» vs «ORG:zh» 的公开信息对比表：成立时间、主营业务、总部城市"),
    z("下周去«ORG:zh»参观，帮我准备几个提问"),
    z("«ORG=王老吉»和«ORG=加多宝»的红罐之争最后是怎么判的？"),
    z("«ORG=李宁»今年新出的跑鞋用了什么中底科技？"),
    m("«ORG=张小泉» 的菜刀在 Amazon 上卖得怎么样，帮我写个竞品分析框架"),
    e("Our team visited «ORG:en» last week; write a short internal recap of their public product demo"),
    z("帮我写一份给«ORG:zh»的会议室预定确认函"),
]

FRAMES["public_figures"] = [
    e("wat did jensen huang say abt sovereign AI at computex"),
    z("马云在«ORG=湖畔大学»讲过哪些关于组织管理的观点？帮我总结"),
    z("李白和杜甫的诗风有什么不同，给小学生讲讲"),
    e("Summarize Elon Musk's public comments on remote work"),
    e("What did Barack Obama say about healthcare reform in his September 2009 speech?"),
    z("任正非在内部讲话里提到的“烧不死的鸟是凤凰”是什么意思？这篇讲话早就公开了"),
    e("Write a short bio of Marie Curie for a science club poster"),
    m("黄仁勋在 GTC 2024 keynote 里发布了哪些东西？帮我列个 bullet list"),
    z("苏轼被贬黄州期间写了哪些作品"),
    e("Draft a trivia question about Serena Williams' Grand Slam record"),
    z("鲁迅为什么弃医从文？写一段两百字的介绍"),
    m("Sam Altman 最近一次公开采访里关于 AGI 的观点，帮我翻成中文"),
    e("Compare the leadership styles of Satya Nadella and Steve Jobs in a table"),
    z("姚明退役后做了哪些事，帮我写个简短的人物介绍"),
    e("Quote from Albert Einstein about curiosity, with the source if you know it"),
    z("谷爱凌在北京冬奥会拿了几块金牌"),
    m("Taylor Swift 的 Eras Tour 对当地经济的影响有哪些报道？"),
    z("诸葛亮的《出师表》翻译成白话文"),
    e("What is Lisa Su credited with at «ORG=AMD»? keep it to three sentences"),
]

FRAMES["fictional_and_placeholder_names"] = [
    e("Is 221B Baker Street a real address? fans of Sherlock keep asking our tour desk"),
    z("请假条模板：姓名写XXX，部门写XXX，请假事由留空"),
    z("写个段子：张三去面试，面试官问他最大的缺点是什么"),
    z("出一道小学数学题：小明有15个苹果，分给小红4个，还剩几个？"),
    z("张三向李四借了5万元没写借条，李四能起诉吗？用法律案例分析的格式"),
    z("孙悟空和猪八戒谁更适合当项目经理？写个有趣的对比"),
    e("In the crypto example, Alice sends Bob an encrypted message and Eve intercepts it — explain the MITM attack"),
    e("Write test data for a users table with names like John Doe and Jane Doe"),
    z("林黛玉葬花那一回讲的是什么？"),
    e("Why is Sherlock Holmes so good at deduction? give three examples from the books"),
    m("表单示例里姓名填「王五」，身份证号那栏留空，帮我写个填写说明"),
    e("Harry Potter fan-fiction prompt: Hermione starts a startup. 100 words."),
    z("合同范本里甲方写某某公司、乙方写某某，帮我把占位符统一一下"),
    m("单元测试里 mock 一个用户 {\"name\": \"张三\", \"age\": 30}，帮我补全 pytest"),
    z("李雷和韩梅梅的英语课文对话帮我改编成情景剧"),
    e("Create a sample CRM record for '«ORG=Acme Corp»' contact Joe Bloggs for a demo video"),
    z("贾宝玉这个人物的性格特点，写一段高中作文素材"),
    e("Explain the trolley problem using Bob as the person at the lever"),
    m("在文档里用 Foo Bar 和 张三 做示例名字可以吗？有没有更好的惯例"),
    z("用赵六、王五、李四三个人举例解释连带责任"),
    e("Write a short story where Frodo and Sam review a pull request"),
]

FRAMES["near_miss_numbers"] = [
    z("报销单号BX«~date»-0032被驳回了，说附件不全，要补什么"),
    e("PO# «~order» shipped, inv «~invoice8», pls confirm recieved"),
    z("这个身份证号«~bad_prc»系统提示校验失败，是不是最后一位算错了？教我怎么手算校验位"),
    z("测试用例里这个号«~bad_prc_date»出生日期不存在，应该被拒，帮我写断言"),
    e("The card number «~bad_luhn16» was rejected at checkout — is it a Luhn failure or a BIN issue? explain the ch"
      "eck"),
    z("订单号«~taobao_order»一直查不到物流，帮我写个催单话术"),
    z("顺丰单号«~sf»显示已签收但是我没收到，怎么投诉"),
    e("UPS tracking «~ups» has been stuck in 'label created' for 5 days"),
    z("发票号码«~invoice8»，金额«~amount»元，帮我写个报销说明"),
    m("全电发票号码 «~invoice20» 在税务局网站验真失败，可能是什么原因"),
    z("公司统一社会信用代码«~uscc»，帮我填到开票信息模板里"),
    e("ISBN «~isbn» — can you find the book title format for a citation?"),
    m("日志里有一串 request_id=«~uuid»，怎么在 Kibana 里按它过滤"),
    e("git bisect says «~sha» introduced the regression, how do I revert just that commit?"),
    z("升级到«~ver»版本以后接口变慢了，帮我列个排查思路"),
    e("Payment of «~amount» USD is due on «~date» — draft a reminder"),
    m("这个时间戳 «~ts13» 转成北京时间是几点？用 python 写"),
    z("客户给的这串«~bad_luhn19»是银行卡号吗？校验好像不对"),
    e("IBAN «~bad_iban» bounced with 'invalid check digits' — what does mod-97 actually check?"),
    e("Is «~bad_ssn» even a possible SSN? our form validator let it through"),
    z("这个号码«~bad_mobile»是手机号吗？位数对但是开头很奇怪"),
    m("ERP 导出的订单编号 «~order_mobile» 被安全扫描误报成手机号了，怎么加白名单"),
    z("采购单«~order»的交期是«~date»，供应商说要延后两周，帮我回复"),
    e("Our lab part number «~model_e» keeps getting flagged as a passport number by DLP. How do we tune the rule?"),
    z("电机型号«~model_e»的参数表帮我整理成表格"),
    e("Card «~bad_luhn_grouped» failed validation in our test suite; is the test wrong or the number?"),
    m("版本号 «~ver» 和 «~ver» 哪个更新？写个 semver compare 的 JS 函数"),
    z("银行流水里有一笔«~amount»的转账备注是«~order»，帮我写对账说明"),
]

FRAMES["placeholders_in_code"] = [
    m("README 里写 export DB_URL=postgres://<user>:<pass>@<host>/<db>，这样写新人能看懂吗"),
    m("帮我 review 一下这段配置有没有安全问题：\nDB_HOST=localhost\nDB_PASSWORD=${DB_PASS}\nAPI_KEY=${OPENAI_API_KEY}"),
    e("Is this the right way to read the key?\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])"),
    e("README snippet: export STRIPE_KEY=YOUR_API_KEY — how should I phrase it so people don't commit real keys?"),
    m("文档里示例写的是 curl -u admin:<your-password> https://api.example.com/v1/ping，这样写规范吗"),
    e("docker-compose for local dev:\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PA"
      "SSWORD: change-me\n    ports: [\"127.0.0.1:5432:5432\"]"),
    e("The AWS docs use AKIAIOSFODNN7EXAMPLE with wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — will our scanner flag "
      "these?"),
    m("nginx 配置 server_name 写 example.com，upstream 指向 127.0.0.1:8080，帮我加个 gzip"),
    e("Write a unit test that sends mail to alice@example.org and bob@example.net using a fake SMTP server"),
    m("ansible inventory 示例：\n[web]\n192.0.2.10\n198.51.100.7\n[db]\n203.0.113.25\n帮我加上 group_vars"),
    e("My .env.example has SECRET_KEY=<generate-me> and DEBUG=true, is that fine to commit?"),
    m("前端报错：POST http://localhost:3000/api/login 500，密码字段我填的是 ****** 还是报错"),
    e("terraform variable \"db_password\" { sensitive = true } — how do I pass it from the CI without hardcoding?"),
    m("ipv6 文档地址 2001:db8::1 能 ping 通吗？我在写教程"),
    e("Fix the YAML:\napi:\n  token: \"xxxxxxxxxxxxxxxxxxxx\"\n  url: https://sandbox.test/v2"),
    m("Spring 配置里 spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}，冒号后面为空什么意思"),
    e("In the tutorial they connect with postgresql://user:password@localhost:5432/mydb — why does it fail on my mac?"),
    m("Vault 的 dev 模式 root token 是 root，文档里写的，生产能这么用吗"),
    e("Generate a sample JWT header and payload structure (no real signature) for our API docs"),
    m("k8s secret 的 data 字段值是 base64 的 <base64-encoded-password>，怎么生成"),
    e("our helm values.yaml has password: \"\" and a comment '# set via --set'. good practice?"),
    z("测试环境的账号密码都写成 test/test，这样有风险吗"),
    m("GitHub 上的 sample 写的是 ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX，这是占位符吧"),
]

FRAMES["privacy_question"] = [
    z("客户要求删除他的个人数据，我们一般多少天内必须响应？"),
    e("is it ok under gdpr to keep cv's of rejected candidates for 2 yrs?"),
    z("《个人信息保护法》里的“敏感个人信息”具体包括哪些？"),
    e("Under GDPR, is an IP address personal data?"),
    z("员工的体检报告公司能看吗？法律上怎么规定"),
    e("What does PCI DSS say about storing the CVV after authorization?"),
    m("用 bcrypt 还是 argon2 存密码好？cost 参数怎么选"),
    z("写一个校验18位身份证号的正则，再加上校验位算法"),
    e("How should we rotate API keys without downtime? general best practice please"),
    m("数据出境安全评估什么情况下必须做？给我一个 checklist"),
    e("Explain k-anonymity vs differential privacy to a product manager"),
    z("公司监控员工的微信聊天合法吗"),
    e("Do we need consent to record customer support calls in California?"),
    m("HIPAA 里 PHI 的 18 个 identifiers 是哪些"),
    z("脱敏和匿名化有什么区别？手机号中间四位打星算哪一种"),
    e("What's a sensible retention period for application logs that may contain user emails?"),
    z("做用户画像的时候哪些字段属于个人信息，哪些可以直接用"),
    m("LLM 调用云端 API 时怎么避免把 PII 发出去？说说常见的架构"),
    e("Is hashing email addresses with SHA-256 enough to call them pseudonymised?"),
    z("员工离职后他的工作邮箱应该保留多久？"),
]

FRAMES["id_card"] = [
    z("帮我核对一下这个身份证号«PRC_ID»是不是有效的，客户开户用"),
    z("身份证«PRC_ID:x»，姓名那栏我忘了填，帮我把这个入职登记表补完整"),
    m("SQL 查一下这个人有没有重复注册：SELECT * FROM members WHERE id_no='«PRC_ID»';"),
    z("保险理赔要填被保人证件号，我填的是«PRC_ID»，系统说格式不对"),
    e("KYC check failed for id «PRC_ID» — is the birth date inside it over 18?"),
    m("日志：2025-04-11 09:12:33 WARN realname.verify failed idcard=«PRC_ID:xl» reason=NAME_MISMATCH"),
    z("我的身份证号是«PRC_ID:fw»，帮我写一段租房合同里承租人信息的描述"),
    m("帮我把这个 JSON 的字段名改成驼峰：{\"id_card_no\": \"«PRC_ID»\", \"open_date\": \"2024-06-01\"}"),
    z("员工«PERSON:zh»，身份证«PRC_ID»，社保断缴了两个月，帮我写个补缴申请"),
    z("酒店入住登记，两个人：«PRC_ID»和«PRC_ID»，帮我整理成表格"),
    e("Convert to CSV: passenger name «PERSON:pinyin», Chinese ID «PRC_ID», seat 34C"),
    m("这个 excel 里身份证列 «PRC_ID» 变成了科学计数法，怎么恢复"),
    z("我爸的证件号«PRC_ID»，帮我查一下办老年卡需要带什么材料"),
    z("复印件上的号«PRC_ID:x»看不清最后一位，是X吗？帮我写个让客户重新上传的短信"),
    m("pytest 里有个 fixture 用了真实身份证 «PRC_ID»，帮我换成 faker 生成"),
    z("«PRC_ID»这个是我表弟的，帮他在12306上添加乘车人要怎么操作"),
]

FRAMES["bank_card"] = [
    z("退款请打到这张卡«BANK_CARD:up19»，户名跟下单人一样，帮我写个退款申请"),
    z("供应商换了收款账户，新的卡号«BANK_CARD:up16/sp»，帮我写个变更确认函"),
    e("Customer disputes a charge on card «BANK_CARD:visa/sp», order placed 3 March. Draft the chargeback response."),
    m("支付回调日志：{\"event\":\"pay.success\",\"card_no\":\"«BANK_CARD:up16»\",\"amount\":199.00}，为什么入账两次"),
    z("工资卡换成了«BANK_CARD:up19/sp»，帮我给人事写一句话"),
    e("My corporate Mastercard «BANK_CARD:mc/dash» got declined in Tokyo, write a message to the bank"),
    z("这张卡«BANK_CARD:up16»是哪个银行的？怎么看卡号前几位"),
    m("Stripe 测试失败，我直接用了自己的卡 «BANK_CARD:visa» 下单，会不会被真扣款"),
    e("Reimbursement form: payee card «BANK_CARD:mc2», amount 1,284.50 — fill the template"),
    z("帮我把对账单这行整理一下：2025-05-03 消费 3,200.00 卡号«BANK_CARD:up16/dash»"),
    z("客户说他的卡号是«BANK_CARD:up19/fw»，转账一直失败，帮我看看"),
    m("CSV 导出来的 card 列被截断了，原值 «BANK_CARD:up19»，Excel 怎么设置"),
    e("Please mask all but the last four digits when displaying «BANK_CARD:visa» in the receipt template"),
    z("我老婆的信用卡«BANK_CARD:mc»被盗刷了，帮我写个挂失说明"),
    m("订阅续费失败：card «BANK_CARD:mc/sp» expired? 帮我写封 email 提醒客户更新"),
    z("押金原路退回到«BANK_CARD:up16/sp»，请财务确认"),
]

FRAMES["passport"] = [
    z("帮我订下周二去新加坡的机票，护照号«PASSPORT:cn»，名字按护照拼音"),
    e("Visa invitation letter for our visitor, passport no. «PASSPORT:us», arriving 14 May"),
    m("出差名单：«PERSON:zh» «PASSPORT:cn»，«PERSON:zh» «PASSPORT:cn»，帮我排成 table 发给 travel agency"),
    e("UK passport «PASSPORT:uk» — does the holder need an ETA for a connecting flight in Dublin?"),
    m("酒店要求提前提供 passport number：«PASSPORT:jp»，帮我回复酒店邮件"),
    e("Register the contractor at reception: German passport «PASSPORT:de», visiting floor 9"),
    z("我的护照«PASSPORT:cn»快过期了，帮我写个加急换发的说明"),
    e("Fill the airline APIS form: passport «PASSPORT:fr», nationality FRA, expiry 2031-08"),
    m("Canadian passport «PASSPORT:ca»，办中国签证要准备哪些材料？"),
    e("Our Indian consultant's passport is «PASSPORT:in»; draft the letter for the visa officer"),
    z("护照号码«PASSPORT:cn»的这个客户，机票改签手续费怎么算"),
    m("excel 里 passport 列：«PASSPORT:cn»、«PASSPORT:cn»，帮我写个公式检查格式"),
    e("Booking ref 7KQ2LM, traveller passport «PASSPORT:us» — can you write the seat-change request?"),
    z("展会签证邀请函，护照号«PASSPORT:cn»，写一段邀请理由"),
]

FRAMES["iban"] = [
    e("Please pay the invoice to IBAN «IBAN:DE/print», reference INV-2291"),
    e("Supplier changed bank details to «IBAN:GB» — draft a call-back verification script"),
    m("欧洲供应商的收款账户 «IBAN:NL/print»，帮我写个付款申请给财务"),
    e("SEPA return R03 for «IBAN:AT» — what does it mean and how do we reply?"),
    e("Update vendor master: «ORG=Harborline Shipping GmbH», IBAN «IBAN:DE»"),
    m("这个 IBAN «IBAN:CH/print» 是瑞士的吗？转账要 SWIFT 码吗"),
    e("Refund to «IBAN:BE/print» please, the customer cancelled within 14 days"),
    e("My salary account is «IBAN:IE», write a note to payroll to switch from the old one"),
    m("付款失败，对方 IBAN «IBAN:DK/print»，银行说 beneficiary name mismatch，怎么写邮件"),
    e("CSV row for the batch upload: «IBAN:GB»;EUR;1450.00;Consulting Q2"),
    m("帮我检查下这个 IBAN «IBAN:NL» 的校验位，我手算不对"),
    e("Direct debit mandate: debtor IBAN «IBAN:DE/print», first collection on the 1st"),
    m("把这段翻译成德语：请将押金退回至账户 «IBAN:AT/print»"),
    e("The tenant paid from «IBAN:IE/print» — reconcile against the rent ledger"),
]

FRAMES["ssn"] = [
    e("Fill out the W-4 onboarding checklist for the new hire, SSN «US_SSN»"),
    e("Background check came back flagged for SSN «US_SSN:sp» — draft the adverse action pre-notice"),
    e("The payroll import failed on row 12: ssn=«US_SSN:plain», state=TX"),
    m("美国员工的 SSN «US_SSN»，帮我填 1099 表格要注意什么"),
    e("my ssn is «US_SSN», help me write a letter to the IRS about a duplicate filing"),
    e("JSON from the HRIS:\n{\"employee\": \"E1043\", \"ssn\": \"«US_SSN»\", \"dept\": \"Ops\"}\nwhy does the schem"
      "a validator reject it?"),
    e("Credit application for the tenant — SSN «US_SSN:sp», requested move-in June 1"),
    m("签证材料里要写 SSN，我的是 «US_SSN»，放在哪一栏"),
    e("Can you check if «US_SSN» matches the name on the I-9 we scanned?"),
    e("Benefits enrollment: dependent SSN «US_SSN», relationship child"),
    m("把这行 log 脱敏一下再贴到工单里：user=jdoe ssn=«US_SSN» status=VERIFIED"),
    e("Tax preparer needs my spouse's SSN «US_SSN:plain» — draft the secure message"),
    e("Write SQL to find duplicates where ssn = '«US_SSN»' in the applicants table"),
    m("401k 转移表格，SSN «US_SSN»，帮我翻译成中文解释每一栏"),
]

FRAMES["email"] = [
    z("帮我给«EMAIL»写封邮件，催一下上个月的发票"),
    e("Send a polite reminder to «EMAIL» that the SOW is due Friday"),
    m("把这个邮件转发给 «EMAIL» 和 «EMAIL»，主题写 weekly sync notes"),
    z("客户邮箱«EMAIL:qq»，帮我写一封售后回访邮件模板"),
    e("Draft an out-of-office reply pointing people to «EMAIL» for urgent issues"),
    m("简历投到 «EMAIL» 了还没回复，写个 follow-up"),
    z("培训报名请发到«EMAIL»，帮我写一个活动通知"),
    e("Is «EMAIL» a valid address format? our regex rejects it"),
    m("Outlook 规则：来自 «EMAIL» 的邮件自动移到 Vendors 文件夹，怎么设"),
    e("Reply to «EMAIL»: we can't make Thursday, propose next Tuesday 10am"),
    z("退订邮件一直发到«EMAIL:qq»，怎么让对方停止"),
    e("Write a mail merge template; the sender will be «EMAIL»"),
    zc("把三季度未公开的利润表发给«EMAIL»之前，先帮我写段保密提醒"),
    ec("Forward the unreleased pricing sheet to «EMAIL» — mark it confidential, board review only"),
    mc("«EMAIL» 问我们明年的 layoff 计划，HR 还没官宣，怎么回复比较稳"),
    zc("薪资调整明细表要发给«EMAIL»，帮我写封邮件说明仅限本人查看"),
]

FRAMES["phone"] = [
    z("帮我给«PHONE»发个短信，提醒明天上午十点面试"),
    z("快递员电话«PHONE:dash»，帮我写句话让他放前台"),
    e("Call back «PHONE:uk» about the quote, draft what I should say"),
    m("客户热线改成 «PHONE:land» 了，帮我改一下官网 footer 的文案"),
    e("Add «PHONE:us» to the conference bridge invite as the dial-in"),
    z("把这个号码«PHONE:sp»加到通讯录，备注供应商"),
    m("短信模板：您好，您的工单已受理，如有疑问请拨打 «PHONE:cc»"),
    e("WhatsApp «PHONE:sg» to confirm the pickup at 7 — write the message"),
    z("«PHONE:fw»这个号打过来好几次了，是不是推销，怎么拦截"),
    m("香港办公室电话 «PHONE:hk»，帮我写个 email signature"),
    e("Text «PHONE:de» that the shipment is delayed until Monday"),
    m("日本客户电话 «PHONE:jp»，时差问题帮我找个合适的通话时间"),
    zc("给«PHONE»打电话之前，帮我把收购报价的底线再过一遍：不超过8个亿"),
    zc("打«PHONE:cc2»通知他裁员名单里有他，具体话术怎么说"),
    ec("Ring «PHONE:us» and tell them our unreleased Q2 revenue is 14% under plan before the 8-K goes out"),
    mc("«PHONE:land» 那边的律所要我们的内部调查报告，标注了 privileged & confidential 的，能给吗"),
]

FRAMES["ip_address"] = [
    m("服务器 «IP_ADDRESS» ping 不通，但是同网段的其他机器正常，怎么排查"),
    e("Add «IP_ADDRESS:pub» to the allowlist for the webhook, write the iptables rule"),
    m("nginx access log:\n«IP_ADDRESS:pub» - - [12/May/2025:10:01:44 +0800] \"GET /admin HTTP/1.1\" 403 153\n这个是"
      "在扫描吗"),
    e("sshd: Failed password for invalid user oracle from «IP_ADDRESS:pub» port 52114 ssh2 — should I ban it?"),
    m("k8s 节点 «IP_ADDRESS» NotReady 了，kubelet 日志报 PLEG is not healthy"),
    z("把«IP_ADDRESS»和«IP_ADDRESS»加到防火墙白名单，写个 firewalld 命令"),
    e("The IPv6 address «IP_ADDRESS:v6» shows in our logs, how do I geolocate it?"),
    m("inventory 文件：\n[redis]\n«IP_ADDRESS»\n«IP_ADDRESS»\n帮我写个 playbook 重启服务"),
    e("Why can't my laptop reach «IP_ADDRESS:ula» over the VPN?"),
    m("DNS 解析到 «IP_ADDRESS:pub»，但是证书是旧的，怎么刷新 CDN"),
    z("路由器管理地址«IP_ADDRESS»登录不上，怎么重置"),
    e("Traceroute dies at «IP_ADDRESS:pub» — is that our ISP's hop?"),
    mc("内网拓扑图（仅限内部，勿外传）：核心交换机 «IP_ADDRESS»，堡垒机 «IP_ADDRESS»，帮我写成 markdown 表格"),
    ec("Internal only: the unpatched payroll server at «IP_ADDRESS» is still exposed — draft a note to the CISO"),
]

FRAMES["multi_entity"] = [
    m("帮我把这个 CSV 按部门排序：\nname,dept,mobile,id_no\n«PERSON:zh»,财务,«PHONE»,«PRC_ID»\n«PERSON:zh»,法务,"
      "«PHONE»,«PRC_ID»\n«PERSON:zhc»,销售,«PHONE»,«PRC_ID»"),
    e("Subject: onboarding\nHi team, «PERSON:world» starts Monday. Laptop ships to «ADDRESS:us». Personal email "
      "«EMAIL», SSN «US_SSN» for payroll. Please set up accounts."),
    z("客户«PERSON:zh»，电话«PHONE:dash»，收货地址«ADDRESS:zhhome»，退款卡号«BANK_CARD:up19»，帮我写个售后工单"),
    m("微信群聊记录整理成纪要：\n[10:02] «PERSON:zh#a»：合同盖章版发 «EMAIL» 了\n[10:05] «PERSON:zh»：收到，尾款打"
      "到 «BANK_CARD:up16/sp»\n[10:07] «PERSON:zh#a»：好的"),
    e("JSON from the booking API, make it a readable summary:\n{\"guest\": \"«PERSON:world»\", \"passport\": \""
      "«PASSPORT:uk»\", \"phone\": \"«PHONE:uk»\", \"room\": 1204}"),
    m("审计日志：\n2025-06-01 08:30:12 user=«EMAIL» login from «IP_ADDRESS:pub» ok\n2025-06-01 08:31:40 user="
      "«EMAIL» export customers.csv rows=18230\n这个导出量正常吗"),
    z("新员工信息：«PERSON:zh»，身份证«PRC_ID»，工资卡«BANK_CARD:up19/sp»，住址«ADDRESS:zh»，帮我填进入职表"),
    e("Vendor record: «ORG:en», contact «PERSON:en», «EMAIL», «PHONE:us», remit to «IBAN:GB/print». Check for missi"
      "ng fields."),
    m("把这段 YAML 里的敏感字段找出来：\ncustomer:\n  name: «PERSON:pinyin»\n  passport: «PASSPORT:cn»\n  card: "
      "«BANK_CARD:visa»\n  ip: «IP_ADDRESS»"),
    e("From: «EMAIL»\nTo: «EMAIL»\nHi «PERSON:en», attached is the lease for «ADDRESS:uk». Deposit goes to "
      "«IBAN:GB». Thanks"),
    z("病人«PERSON:zh»，住院号Z2025-0413，家属电话«PHONE»，家庭住址«ADDRESS:zhshort»，帮我写出院小结的抬头"),
    m("客服通话转写：\n客户：我叫«PERSON:zh»，手机«PHONE:sp»，身份证后面是«PRC_ID:x»\n坐席：好的，已为您核实\n帮我"
      "总结这通电话"),
    e("Tenant screening: «PERSON:world», SSN «US_SSN:sp», current address «ADDRESS:us», employer «ORG:en». Summariz"
      "e risk."),
    m("报销单：申请人 «PERSON:zh»，收款卡 «BANK_CARD:up16»，审批人 «PERSON:zht»，金额 3,860.00，帮我查格式"),
    e("Escalation: customer «PERSON:world» («EMAIL», «PHONE:sg») says card «BANK_CARD:mc/sp» was charged twice for "
      "order SO-88213."),
    z("把下面两人加到门禁系统：«PERSON:zh» «PHONE»，«PERSON:zhc» «PHONE»，访问«ORG:zh»研发楼"),
    e("Shipping label CSV, fix the quoting:\nname,address,phone\n«PERSON:en»,\"«ADDRESS:us»\",«PHONE:us»\n"
      "«PERSON:world»,\"«ADDRESS:us»\",«PHONE:us»"),
    z("订单备注：收件人«PERSON:zh2»，«PHONE:dash»，«ADDRESS:zhhome»，周末不在家请放快递柜"),
    m("会议邀请发给 «EMAIL»、«EMAIL»，拨入号 «PHONE:land»，帮我写个 agenda"),
    e("Ops handover: db replica «IP_ADDRESS», bastion «IP_ADDRESS», on-call alias «EMAIL», hotline «PHONE:us»"),
    z("«ORG:zh»的对接邮箱是«EMAIL»，电话«PHONE:land»，帮我写个合作意向邮件"),
    m("监控告警联系人：«EMAIL»，手机 «PHONE:cc»；告警源 «IP_ADDRESS»，帮我写个 alertmanager receiver 配置"),
]

FRAMES["confidential_no_identifier"] = [
    zc("听说隔壁组要整体划到新公司去，人事说下周才通知，我们组会不会也动？帮我分析下"),
    ec("ceo told the VPs we're exploring a sale of the company, bankers already hired. how do i keep my team focuse"
       "d w/o telling them"),
    mc("新 model 的 eval 结果比竞品差 6 个点，发布会要推迟，先别在大群里讲"),
    zc("咱们那个大单客户下季度可能不续约了，占收入三成，财务还没报上去，帮我想想补救方案"),
    zc("我们部门下个月要裁掉三分之一的人，名单还没定，先帮我想想怎么安排工作交接"),
    zc("新产品首月预订量只有预期的四成，这个先烂在肚子里，帮我写一段给老板的复盘"),
    zc("下周一要宣布关掉成都研发中心，帮我写一封给员工的信，语气要诚恳"),
    zc("董事会决定换CEO，消息周五才发，帮我准备一份给核心客户的口径"),
    zc("我们正在谈收购一家做跨境支付的公司，报价大概三个亿，帮我算一下市销率"),
    zc("新电池配方把能量密度提到了320Wh/kg，专利还没申请，帮我写一份技术简报，只给研发VP看"),
    zc("今年整体调薪只有2%，技术序列会稍微高一点，帮我想一下怎么跟团队沟通"),
    zc("这份投标方案的报价策略是低于成本价5%拿单，后面靠运维收回来，帮我润色一下"),
    zc("老板说Q3的数字很难看，先别往外说，帮我把周报里的增长描述改得中性一点"),
    zc("客户那边私下说只要我们再降一成价格就签三年，这事先别让销售总监知道，帮我算一下利润"),
    ec("Heads up, the merger with our biggest competitor closes in March; nobody outside the deal team knows. Draft"
       " an integration checklist."),
    ec("Keep this between us: we're shutting down the hardware line after the holidays. Help me plan inventory wind"
       "-down."),
    ec("The pen-test found we store card data unencrypted in the legacy billing DB. Write a remediation plan for th"
       "e exec team, not for the wider org."),
    ec("We're about to miss our Series C milestone; the board doesn't know yet. Help me draft the update."),
    ec("The new pricing goes live next month: enterprise tier up 35%. Sales can't mention it to clients yet — draft"
       " the internal FAQ."),
    ec("Our recipe for the sauce base uses 12% fermented black bean and a two-stage reduction. Turn it into an SOP "
       "for the new plant."),
    ec("Draft talking points: the layoffs hit 120 people in support, announcement on the 15th, managers told the da"
       "y before"),
    mc("这个版本的推荐算法把 CTR 提了 18%，核心是用户实时兴趣 embedding 的融合方式，别发到外部群，帮我写个内部 tech"
       " note"),
    mc("Q4 guidance 我们打算下调到 8%-10%，IR 还没对外，帮我 review 一下 script"),
    mc("这段代码是公司内部风控模型的核心特征工程，不能开源：\ndef risk_score(tx):\n    return 0.42*tx.velocity + 0."
       "31*tx.geo_jump + 0.27*tx.device_age\n帮我优化一下性能"),
    mc("我们和大客户签的 MSA 里 SLA 赔偿是月费的 50%，比标准条款高很多，legal 让别扩散，帮我总结风险"),
    mc("明年准备把整个客服外包出去，现在的 team 还不知道，先帮我做个 vendor 对比表"),
    zc("今年的预算里给了我们组四百万做大模型，但是只能内部知道，帮我分一下算力和人力"),
    zc("内部讨论稿，勿转发：明年门店要关掉六十家，主要在三四线城市，帮我列关闭顺序的考虑因素"),
]


def main() -> int:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
