# ruff: noqa: E501
"""Build hybridai/data/router_probe10.jsonl, the tenth probe set of the privacy router (written blind from the
spec as the held-out test split, read once, now development data; see hybridai/data/README.md).

Frames are hand-written; structured values are generated; offsets are recorded by the renderer;
`sensitive` is derived by code; independent validators re-check spans and scan for unlabelled
look-alikes before anything is written.

    .venv/bin/python tools/build_router_probe10.py [--summary]
"""

from __future__ import annotations

import base64
import collections
import datetime
import hashlib
import ipaddress
import json
import random
import re
import sys
from pathlib import Path

SEED = 58213
PER_CATEGORY = 27
OUT = Path(__file__).resolve().parent.parent / "hybridai" / "data" / "router_probe10.jsonl"
SENSITIVE_TYPES = {"PRC_ID", "BANK_CARD", "PASSPORT", "IBAN", "US_SSN", "SECRET", "PERSON", "ADDRESS"}
FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")
UNFW = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")

# ----------------------------------------------------------------------------- hand-written pools
ZH_SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢覃禤郗蒯仝栾") + ["欧阳", "司马", "上官", "端木", "皇甫", "慕容", "东方", "令狐"]
ZH_GIV = ["晓峰", "雨桐", "志强", "婉清", "浩然", "思远", "立新", "佳怡", "国栋", "秀英", "子涵", "建军", "梦琪", "文博", "海燕", "俊杰", "欣妍", "德明", "一鸣", "静", "磊", "芸", "昊", "蕾", "振宇", "若溪", "鹏程", "雅琴"]
ZH_TRAD = ["陳嘉豪", "黃詩婷", "劉偉倫", "張家瑋", "林怡君", "吳宗憲", "鄭雅文", "謝明輝", "蘇冠廷", "賴佩珊"]
ZH_TITLE = ["经理", "总", "工", "主任", "老师", "姐", "哥", "律师", "医生", "博士"]
ZH_NICK = ["阿强", "阿玲", "莉莉", "小胖", "大伟", "彤彤", "阿杰"]
LATIN_NAMES = {
    "en": (["Oliver", "Hannah", "Graham", "Chloe", "Declan", "Megan", "Rhys", "Imogen"], ["Whitlock", "Prescott", "Ashworth", "Fairbanks", "Kilbride", "Thorne", "Hollis"]),
    "in": (["Aarav", "Sneha", "Vikram", "Ananya", "Rohan", "Kavya", "Siddharth", "Meera"], ["Raghunathan", "Iyer", "Deshpande", "Chatterjee", "Malhotra", "Subramaniam", "Bhatt"]),
    "af": (["Chidi", "Amara", "Kwame", "Adaeze", "Tunde", "Nia", "Kofi", "Zanele"], ["Okonkwo", "Mensah", "Adeyemi", "Boateng", "Nwosu", "Dlamini", "Owusu"]),
    "jp": (["Haruto", "Yui", "Kenta", "Sakura", "Daiki", "Aoi"], ["Takahashi", "Nakamura", "Fujimoto", "Kobayashi", "Ishikawa"]),
    "kr": (["Minjun", "Seoyeon", "Jiho", "Hayoon", "Dohyun"], ["Park", "Choi", "Jung", "Kang", "Yoon"]),
    "ar": (["Omar", "Layla", "Yousef", "Fatima", "Karim", "Noor"], ["Al-Haddad", "Mansour", "Haddad", "El-Amin", "Nasser"]),
    "fa": (["Dariush", "Shirin", "Arash", "Parisa"], ["Rahimi", "Moradi", "Karimi", "Tehrani"]),
    "tr": (["Emre", "Elif", "Burak", "Zeynep"], ["Yilmaz", "Demir", "Kaya", "Ozturk"]),
    "sl": (["Dmitri", "Katarzyna", "Oleksandr", "Milena", "Pavel"], ["Volkov", "Kowalczyk", "Shevchenko", "Novak", "Petrovic"]),
    "eu": (["Sofie", "Matthias", "Giulia", "Lars", "Ines", "Pieter", "Margaux"], ["Lindqvist", "Brandauer", "Ferraresi", "van der Berg", "Dubreuil", "Haugland"]),
    "la": (["Valentina", "Mateo", "Camila", "Joaquin", "Lucia"], ["Gutierrez", "Olivares", "Castellanos", "Mendoza Ruiz", "Arriaga"]),
}
KANJI_NAMES = ["佐藤健太", "鈴木美咲", "高橋大輔", "渡辺さくら", "伊藤翔"]
HANGUL_NAMES = ["김민준", "이서연", "박지호", "최하윤", "정도현"]
SEA_NAMES = ["Nguyen Van Minh", "Tran Thi Lan", "Pham Thu Ha", "Siti Rahmawati", "Ahmad Fauzi Santoso", "Somchai Wongsakul", "Maria Luz Dela Cruz", "Nur Aisyah binti Rahman"]
PINYIN = ["Zhang Haoyu", "LIU Mengqi", "chen jiahui", "Ouyang Ting", "wang zhiqiang", "Xu Ruoxi", "HUANG Weiming"]
ORGS_ZH = ["杭州云栖数智科技有限公司", "深圳市南岭电子有限公司", "华东联合物流集团", "北京正衡律师事务所", "上海瑞和医院", "苏州澄湖精密机械有限公司", "成都锦程供应链有限公司", "广州白云山医药集团", "华为", "贵州茅台", "招商银行", "中兴通讯"]
ORGS_EN = ["Halvorsen Maritime AS", "Bluegate Analytics Ltd", "Kestrel Robotics GmbH", "Northwind Freight B.V.", "Corvane Biotech Inc.", "Ashby & Moore LLP", "Tidewater Capital Partners", "Quillon Labs", "Siemens AG", "NVIDIA", "Deutsche Bank", "Oakridge Components LLC"]
CITIES = ["北京", "上海", "深圳", "成都", "杭州", "武汉", "西安", "Seattle", "Munich", "Singapore", "London", "Osaka"]
PUBLIC = ["马化腾", "李彦宏", "董明珠", "Tim Cook", "Jensen Huang", "Angela Merkel", "Sundar Pichai", "周杰伦", "Taylor Swift", "Warren Buffett", "刘慈欣", "Lionel Messi"]
FICTION = ["贾宝玉", "诸葛亮（三国演义里的）", "哪吒", "Frodo Baggins", "Hermione Granger", "Darth Vader", "郭靖", "Tony Stark", "Elizabeth Bennet", "Atticus Finch"]
PLACEHOLD = ["张三", "李四", "王五", "某某", "小明", "小红", "Alice", "Bob", "Carol", "John Doe", "Jane Doe", "Foo Bar"]
CODENAMES = ["“曹操”", "“青龙”", "“Falcon”", "“Nimbus”", "“Kraken”", "“蓝鲸”", "“Orchid”"]
COUNTIES = ["110105", "110108", "310115", "310104", "440305", "440106", "330106", "510107", "420111", "320102", "370202", "610113", "350203", "430104", "210102", "230103", "500103", "530102", "410105", "340104", "360102", "450103", "460106", "520102", "620102", "650102", "150102", "140105", "220102", "640104", "630104", "540102", "130102", "120101", "330782", "441900", "371002"]

CN_ROADS = ["中山北路", "建设大道", "长宁路", "科技园南路", "文一西路", "人民东路", "解放路", "天府三街", "珞喻路", "长江西路", "雁塔北路", "湖滨南路"]
CN_DISTRICTS = [("上海市", "普陀区"), ("深圳市", "南山区"), ("杭州市", "西湖区"), ("成都市", "高新区"), ("武汉市", "洪山区"), ("广州市", "天河区"), ("西安市", "雁塔区"), ("南京市", "鼓楼区"), ("北京市", "海淀区"), ("厦门市", "思明区")]
ESTATES = ["翠湖花园", "金桂苑", "阳光新城", "绿地海珀", "锦绣家园", "万科城"]
VILLAGES = [("河南省", "固始县", "陈集镇", "大桥村"), ("湖南省", "浏阳市", "大瑶镇", "南阳村"), ("四川省", "仁寿县", "文林镇", "石堰村"), ("山东省", "曹县", "大集镇", "丁楼村")]
US_STREETS = ["Maple Ridge Drive", "Cedar Hollow Lane", "Harbor View Road", "Larkspur Court", "Old Mill Street", "Juniper Avenue"]
US_CITIES = [("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Raleigh", "NC", "276"), ("San Jose", "CA", "951"), ("Denver", "CO", "802")]
UK_STREETS = ["Wexford Gardens", "Hawthorn Close", "Alder Row", "Kingsmead Terrace"]
UK_TOWNS = [("Leeds", "LS6"), ("Bristol", "BS7"), ("Manchester", "M20"), ("Edinburgh", "EH10"), ("London", "N16")]
DE_STREETS = ["Kastanienallee", "Gneisenaustraße", "Am Sandtorkai", "Wilhelmstraße", "Schillerplatz"]
DE_TOWNS = [("10437", "Berlin"), ("20457", "Hamburg"), ("80331", "München"), ("50667", "Köln"), ("70173", "Stuttgart")]
EMAIL_DOMAINS = ["yunqi-tech.cn", "nanling-elec.com", "bluegate-analytics.co.uk", "kestrel-robotics.de", "corvane.bio", "qq.com", "163.com", "gmail.com", "outlook.com", "126.com", "foxmail.com"]
EMAIL_LOCALS = ["hy.zhang", "lmq2019", "a.whitlock", "sneha.iyer", "k.mensah", "ops-team", "yui_takahashi", "dvolkov", "finance.ap", "chenjh88", "m.gutierrez", "hr-recruit"]
B58 = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


# ----------------------------------------------------------------------------- generators
class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def tok(self, n: int, alphabet: str = ALNUM) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # --- names, orgs, addresses
    def PZ(self):
        k = self.r.random()
        if k < 0.12:
            return self.c(ZH_TRAD)
        return self.c(ZH_SUR) + self.c(ZH_GIV)

    def PT(self):
        s = self.c(ZH_SUR[:40])
        k = self.r.random()
        if k < 0.3:
            return "老" + s
        if k < 0.55:
            return "小" + s
        return s + self.c(ZH_TITLE)

    def PN(self):
        return self.c(ZH_NICK) if self.r.random() < 0.4 else self.c(ZH_GIV)[:2] if self.r.random() < 0.5 else self.c(["Anna", "Raj", "Ken", "Mei", "Tomas", "Leila"])

    def PL(self):
        k = self.r.random()
        if k < 0.12:
            return self.c(PINYIN)
        if k < 0.2:
            return self.c(KANJI_NAMES + HANGUL_NAMES)
        if k < 0.27:
            return self.c(SEA_NAMES)
        first, last = LATIN_NAMES[self.c(sorted(LATIN_NAMES))]
        name = self.c(first) + " " + self.c(last)
        return name.lower() if self.r.random() < 0.08 else name

    def ORGZ(self):
        return self.c(ORGS_ZH)

    def ORGE(self):
        return self.c(ORGS_EN)

    def ADDRZ(self):
        k = self.r.random()
        if k < 0.25:
            p, county, town, vil = self.c(VILLAGES)
            return f"{p}{county}{town}{vil}{self.r.randint(1, 9)}组{self.r.randint(2, 88)}号"
        city, dist = self.c(CN_DISTRICTS)
        base = f"{city}{dist}{self.c(CN_ROADS)}{self.r.randint(3, 1688)}号"
        if k < 0.55:
            return base + f"{self.c(ESTATES)}{self.r.randint(1, 28)}栋{self.r.randint(1, 4)}单元{self.r.randint(1, 32)}0{self.r.randint(1, 6)}室"
        if k < 0.75:
            return base + f"{self.r.randint(5, 40)}楼"
        if k < 0.85:
            return self.c(["香港九龍旺角彌敦道", "香港灣仔軒尼詩道", "台北市大安區忠孝東路四段", "臺中市西屯區台灣大道三段"]) + f"{self.r.randint(12, 688)}號{self.r.randint(2, 18)}樓"
        return base

    def ADDRW(self):
        k = self.r.randrange(7)
        n = self.r.randint(12, 4890)
        if k == 0 or k == 1:
            city, st, z = self.c(US_CITIES)
            unit = f" Apt {self.r.randint(2, 40)}" if self.r.random() < 0.4 else ""
            return f"{n} {self.c(US_STREETS)}{unit}, {city}, {st} {z}{self.r.randint(10, 99)}"
        if k == 2:
            town, pc = self.c(UK_TOWNS)
            return f"Flat {self.r.randint(1, 9)}, {self.r.randint(2, 99)} {self.c(UK_STREETS)}, {town} {pc} {self.r.randint(1, 9)}{self.c('ABDEFGHJLNPQRSTUWXYZ')}{self.c('ABDEFGHJLNPQRSTUWXYZ')}"
        if k == 3:
            pc, town = self.c(DE_TOWNS)
            return f"{self.c(DE_STREETS)} {self.r.randint(1, 140)}, {pc} {town}"
        if k == 4:
            return f"Blk {self.r.randint(100, 699)} Tampines Street {self.r.randint(11, 99)}, #{self.r.randint(2, 15):02d}-{self.r.randint(10, 400)}, Singapore {self.r.randint(510000, 529999)}"
        if k == 5:
            return f"東京都世田谷区三軒茶屋{self.r.randint(1, 3)}丁目{self.r.randint(1, 30)}番{self.r.randint(1, 20)}号"
        return f"서울특별시 마포구 월드컵북로 {self.r.randint(10, 400)}"

    # --- IDs
    def prc_body(self):
        county = self.c(COUNTIES)
        d = datetime.date(1958, 1, 1) + datetime.timedelta(days=self.r.randrange(0, 17000))
        return county + d.strftime("%Y%m%d") + self.digits(3)

    @staticmethod
    def prc_check(body: str) -> str:
        w = [2 ** (17 - i) % 11 for i in range(17)]
        return "10X98765432"[sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11]

    def PRC(self):
        for _ in range(50):
            body = self.prc_body()
            v = body + self.prc_check(body)
            if v.endswith("X") or self.r.random() < 0.6:
                break
        if v.endswith("X") and self.r.random() < 0.3:
            v = v[:-1] + "x"
        return v.translate(FW) if self.r.random() < 0.12 else v

    def NMPRC(self):
        body = self.prc_body()
        if self.r.random() < 0.5:
            good = self.prc_check(body)
            return body + self.c([ch for ch in "0123456789X" if ch != good])
        body = body[:6] + self.c(["19870230", "19991331", "20010431", "19760000", "19950229"]) + body[14:]
        return body + self.prc_check(body)

    @staticmethod
    def luhn_digit(body: str) -> str:
        s = 0
        for i, ch in enumerate(body[::-1]):
            d = int(ch) * (2 if i % 2 == 0 else 1)
            s += d // 10 + d % 10
        return str((10 - s % 10) % 10)

    def card_raw(self):
        pre, n = self.c([("62", 16), ("62", 19), ("4", 16), ("5" + self.c("12345"), 16), (str(self.r.randint(2221, 2720)), 16), ("6228", 19)])
        body = pre + self.digits(n - len(pre) - 1)
        return body + self.luhn_digit(body)

    def layout(self, num: str):
        k = self.r.random()
        if k < 0.4:
            return num
        if k < 0.65:
            return " ".join(num[i:i + 4] for i in range(0, len(num), 4))
        if k < 0.85:
            return "-".join(num[i:i + 4] for i in range(0, len(num), 4))
        return num.translate(FW)

    def CARD(self):
        return self.layout(self.card_raw())

    def NMCARD(self):
        num = self.card_raw()
        num = num[:-1] + str((int(num[-1]) + self.r.randint(1, 9)) % 10)
        return self.layout(num) if self.r.random() < 0.7 else num

    @staticmethod
    def iban_check(cc: str, bban: str) -> str:
        s = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        return f"{98 - int(s) % 97:02d}"

    def elf(self):
        while True:
            acct = self.digits(10)
            if acct[0] != "0" and sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
                return acct

    def iban_raw(self):
        cc = self.c(["DE", "GB", "NL", "AT", "CH", "IE", "FR"])
        bban = {
            "DE": lambda: self.digits(18),
            "GB": lambda: self.c(["NWBK", "BARC", "LOYD", "HBUK"]) + self.digits(14),
            "NL": lambda: self.c(["ABNA", "RABO", "INGB"]) + self.elf(),
            "AT": lambda: self.digits(16),
            "CH": lambda: self.digits(17),
            "IE": lambda: self.c(["AIBK", "BOFI"]) + self.digits(14),
            "FR": lambda: self.digits(23),
        }[cc]()
        return cc + self.iban_check(cc, bban) + bban

    def iban_fmt(self, v):
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if self.r.random() < 0.55 else v

    def IBAN(self):
        return self.iban_fmt(self.iban_raw())

    def NMIBAN(self):
        v = self.iban_raw()
        bad = f"{(int(v[2:4]) + self.r.randint(1, 50)) % 97 + 2:02d}"
        if bad == v[2:4]:
            bad = f"{(int(bad) + 1) % 97 + 2:02d}"
        return self.iban_fmt(v[:2] + bad + v[4:])

    def ssn_parts(self):
        a = self.r.randint(1, 899)
        while a == 666:
            a = self.r.randint(1, 899)
        return f"{a:03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}"

    def ssn_fmt(self, a, g, s):
        return self.c([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])

    def SSN(self):
        return self.ssn_fmt(*self.ssn_parts())

    def NMSSN(self):
        a, g, s = self.ssn_parts()
        k = self.r.randrange(4)
        if k == 0:
            a = self.c(["000", "666", str(self.r.randint(900, 999))])
        elif k == 1:
            g = "00"
        elif k == 2:
            s = "0000"
        else:
            a = str(self.r.randint(900, 999))
        return f"{a}-{g}-{s}"

    def PASS(self):
        return self.c("EG") + self.digits(8)

    def PASSF(self):
        return self.c([self.digits(9), "C" + self.tok(8, "CFGHJKLMNPRTVWXYZ0123456789"), "T" + self.c("KRZ") + self.digits(7), self.digits(2) + self.tok(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(5), self.tok(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(6)])

    # --- contact / network
    def EMAIL(self):
        return self.c(EMAIL_LOCALS) + self.c(["", "", str(self.r.randint(1, 99))]) + "@" + self.c(EMAIL_DOMAINS)

    def PHONE(self):
        m = "1" + self.c("3456789") + self.digits(9)
        while m == "13800000000":
            m = "1" + self.c("3456789") + self.digits(9)
        k = self.r.randrange(11)
        return [m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:7]} {m[7:]}", f"+86 {m}", f"(+86) {m[:3]}-{m[3:7]}-{m[7:]}", m.translate(FW),
                f"010-{self.r.randint(5, 8)}{self.digits(7)}", f"(021){self.r.randint(5, 6)}{self.digits(7)}", f"0755 {self.r.randint(2, 8)}{self.digits(7)}",
                self.c([f"+44 20 7{self.digits(3)} {self.digits(4)}", f"+1 ({self.r.randint(201, 989)}) {self.r.randint(200, 989)}-{self.digits(4)}", f"+65 {self.c('689')}{self.digits(3)} {self.digits(4)}", f"+852 {self.c('569')}{self.digits(3)} {self.digits(4)}", f"+49 30 {self.digits(8)}", f"+81 90-{self.digits(4)}-{self.digits(4)}"]),
                m][k]

    def IP(self):
        k = self.r.randrange(6)
        if k == 0:
            return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"
        if k == 1:
            return f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"
        if k == 2:
            return f"192.168.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"
        if k == 3:
            return f"{self.c([47, 59, 101, 114, 121, 139, 223, 52, 34, 81, 185])}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"
        if k == 4:
            return f"fd{self.tok(2, '0123456789abcdef')}:{self.tok(4, '0123456789abcdef')}:{self.tok(3, '123456789abcdef')}::{self.tok(2, '123456789abcdef')}"
        return f"{self.c(['240e', '2409', '2a02', '2600', '2408'])}:{self.tok(3, '123456789abcdef')}:{self.tok(4, '0123456789abcdef')}:{self.tok(2, '123456789abcdef')}::{self.tok(1, '123456789abcdef')}"

    # --- secrets
    def KEY(self):
        k = self.r.randrange(10)
        return [
            "sk-" + self.tok(48), "sk-proj-" + self.tok(40) + "_" + self.tok(20), "sk_live_" + self.tok(24),
            "AKIA" + self.tok(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "ghp_" + self.tok(36), "glpat-" + self.tok(20, ALNUM + "_-"),
            "xoxb-" + self.digits(11) + "-" + self.digits(13) + "-" + self.tok(24), "npm_" + self.tok(36),
            "AIza" + self.tok(35, ALNUM + "_-"), self.JWT(),
        ][k]

    def KOAI(self):
        return self.c(["sk-" + self.tok(48), "sk-proj-" + self.tok(40) + "_" + self.tok(20)])

    def KAWS(self):
        return "AKIA" + self.tok(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    def KNPM(self):
        return "npm_" + self.tok(36)

    def JWT(self):
        def b64(obj):
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
        head = b64({"alg": self.c(["HS256", "RS256"]), "typ": "JWT"})
        body = b64({"sub": self.digits(7), "role": self.c(["admin", "ops", "finance"]), "iat": 1760000000 + self.r.randrange(10 ** 7)})
        return f"{head}.{body}.{self.tok(43, ALNUM + '_-')}"

    def PKEY(self):
        lines = [self.tok(70, ALNUM + "+/") for _ in range(4)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA" + self.tok(46, ALNUM + "+/") + "\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"

    def PW(self):
        return self.c([
            self.c(["Tiger", "Lotus", "Harbor", "Qilin", "Maple", "Falcon"]) + self.c(["#", "@", "!", "$", "_"]) + self.digits(4),
            self.tok(self.r.randint(12, 20), ALNUM + "!@#%^&*"),
            self.c(["wh", "zq", "lmy", "xf"]) + self.digits(6) + self.c(["!", "@", "."]),
            self.c(["Spring", "Summer", "Winter"]) + str(self.r.randint(2019, 2026)) + self.c(["!", "#", "@@"]),
        ])

    def DBURL(self):
        scheme = self.c(["postgresql", "mysql", "mongodb+srv", "redis", "https"])
        user = self.c(["app_rw", "svc_report", "admin", "deploy", "etl"])
        host = {"postgresql": self.c(["pg-prod-01.internal.yunqi-tech.cn", "10.12.4.31"]), "mysql": self.c(["db-hr.corvane.bio", "172.20.8.14"]), "mongodb+srv": "cluster0.x7kq2.mongodb.net", "redis": "redis-cache.nanling-elec.com", "https": "nexus.kestrel-robotics.de"}[scheme]
        pw = self.tok(14, ALNUM + "%!")
        tail = {"postgresql": ":5432/orders", "mysql": ":3306/hr", "mongodb+srv": "/crm?retryWrites=true", "redis": ":6379/0", "https": "/repository/pypi/simple"}[scheme]
        return f"{scheme}://{user}:{pw}@{host}{tail}"

    # --- non-entity fillers (the ~ slots)
    def fill(self, name):
        r = self.r
        return {
            "CITY": lambda: self.c(CITIES),
            "N": lambda: str(r.randint(3, 95)),
            "M": lambda: f"{r.randint(1, 9)}.{r.randint(10, 99)}",
            "PCT": lambda: f"{r.randint(3, 38)}%",
            "Q": lambda: self.c(["Q1", "Q2", "Q3", "Q4", "H1", "H2"]),
            "PUB": lambda: self.c(PUBLIC),
            "FIC": lambda: self.c(FICTION),
            "PH": lambda: self.c(PLACEHOLD),
            "CODE": lambda: self.c(CODENAMES),
            "NMPRC": self.NMPRC, "NMCARD": self.NMCARD, "NMIBAN": self.NMIBAN, "NMSSN": self.NMSSN,
            "ORDER": lambda: self.c(["DD" + self.digits(18), self.digits(23), "SF" + self.digits(13), "PO-2026-" + self.digits(5), "INV" + self.digits(10), "978-7-" + self.digits(3) + "-" + self.digits(5) + "-" + self.digits(1), "91" + self.digits(4) + "MA" + self.tok(8, "0123456789ABCDEFGHJKLMNPQRTUWXY") + self.c("0123456789ABCDEFGHJKLMNPQRTUWXY"), "SKU-" + self.tok(6, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "-" + self.digits(3), "FT" + self.digits(14)]),
            "MTG": lambda: f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",
            "TS": lambda: f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
            "VER": lambda: f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 60)}",
        }[name]()


ENTITY_SLOTS = {
    "PZ": ("PERSON", "PZ"), "PT": ("PERSON", "PT"), "PN": ("PERSON", "PN"), "PL": ("PERSON", "PL"),
    "ORGZ": ("ORG", "ORGZ"), "ORGE": ("ORG", "ORGE"), "ADDRZ": ("ADDRESS", "ADDRZ"), "ADDRW": ("ADDRESS", "ADDRW"),
    "PRC": ("PRC_ID", "PRC"), "CARD": ("BANK_CARD", "CARD"), "IBAN": ("IBAN", "IBAN"), "SSN": ("US_SSN", "SSN"),
    "PASS": ("PASSPORT", "PASS"), "PASSF": ("PASSPORT", "PASSF"), "EMAIL": ("EMAIL", "EMAIL"), "PHONE": ("PHONE", "PHONE"),
    "IP": ("IP_ADDRESS", "IP"), "KOAI": ("SECRET", "KOAI"), "KAWS": ("SECRET", "KAWS"), "KNPM": ("SECRET", "KNPM"), "KEY": ("SECRET", "KEY"), "JWT": ("SECRET", "JWT"), "PKEY": ("SECRET", "PKEY"),
    "PW": ("SECRET", "PW"), "DBURL": ("SECRET", "DBURL"),
}

# ----------------------------------------------------------------------------- frames
# each frame: "lang conf|template"; lang z/e/m; conf 1 = confidential content without identifier
F: dict[str, list[str]] = {
    "general": [
        "z0|帮我把这段话翻译成英文：我们下周二在⟦~CITY⟧开会，请提前准备好材料。",
        "e0|can u rewrite this so it sounds less passive aggressive: 'as per my last email, the deck is still missing'",
        "z0|写一个python函数，输入列表返回去重后的结果，保持原顺序",
        "m0|用pandas怎么把两列合并成一列？df['a'] + df['b'] 报错 TypeError",
        "e0|What's the difference between a mutex and a semaphore? explain like I'm ⟦~N⟧",
        "z0|周报模板给一个呗，要有本周完成、下周计划、风险三栏",
        "e0|Summarise the plot of a heist movie in 3 bullet points, keep it under 60 words",
        "z0|⟦~CITY⟧到⟦~CITY⟧坐高铁大概多久？顺便推荐几家附近的咖啡店",
        "m0|git rebase -i 之后怎么撤销？我 force push 了 ⟦~VER⟧ 分支",
        "e0|regex to match a semver string like ⟦~VER⟧ but not 1.2?",
        "z0|帮忙起个团建活动的名字，⟦~N⟧个人，偏户外",
        "e0|pls fix grammar: 'me and him has went to the workshop yesterday and it were great'",
        "z0|SQL里 LEFT JOIN 和 INNER JOIN 的区别，举个例子",
        "m0|这个报错啥意思 ModuleNotFoundError: No module named 'yaml'，pip install 了还是不行",
        "e0|Draft a polite out-of-office reply, back on Monday, urgent stuff goes to the team alias",
        "z0|给我讲讲什么是零知识证明，通俗一点",
        "e0|how many working days between 3 March and ⟦~N⟧ April if Good Friday is off?",
        "m0|docker compose up 起不来，log 里一直 restarting，⟦~TS⟧ 那一行之后就没输出了，怎么排查",
        "z0|把“降本增效”换几个不那么官方的说法",
        "e0|convert this to a markdown table: fruit,price / apple,3 / pear,⟦~N⟧",
        "z0|excel里vlookup找不到值返回#N/A，怎么让它显示空白",
        "e0|Is it 'affect' or 'effect' in 'the outage will ___ ⟦~N⟧ customers'?",
        "m0|帮我写个 bash 脚本，把当前目录下所有 .log 文件按日期打包成 tar.gz",
        "z0|推荐几本讲项目管理的书，最好有中文版",
        "e0|what's a good icebreaker for a ⟦~N⟧-person remote standup",
        "z0|年会主持词开头来一段，喜庆点",
        "e0|Explain CAP theorem with a banking example, no jargon please",
        "m0|kubectl get pods 显示 CrashLoopBackOff，怎么看上一次容器的日志？",
    ],
    "credentials": [
        "m0|这个脚本跑不通，帮看下\n```python\nimport openai\nclient = openai.OpenAI(api_key=\"⟦KOAI⟧\")\nprint(client.models.list())\n```",
        "e0|deploy failing again, here's the .env we use on staging:\nAPP_ENV=staging\nDB_HOST=⟦IP⟧\nDB_PASSWORD=⟦PW⟧\nLOG_LEVEL=info",
        "z0|服务器root密码是⟦PW⟧，你帮我看看怎么改sshd配置禁止root登录",
        "m0|CI 日志里打出来了，怎么办：\n[⟦~TS⟧] Using token ⟦KEY⟧\n[⟦~TS⟧] push rejected",
        "e0|why does this connection string time out? ⟦DBURL⟧",
        "m0|config.yaml:\n```yaml\ndatabase:\n  url: ⟦DBURL⟧\n  pool: 10\n```\n连接池老是满",
        "e0|curl -u deploy:⟦PW⟧ https://ci.yunqi-tech.cn/api/jobs returns 403, any idea",
        "m0|mysql -uroot -p⟦PW⟧ -h ⟦IP⟧ 连不上，提示 Access denied",
        "e0|decode this for me pls, what's in the payload: ⟦JWT⟧",
        "m0|把这个私钥转成 PEM 格式：\n⟦PKEY⟧",
        "z0|wifi密码：⟦PW⟧  新来的同事问了好几次，我记一下",
        "e0|our settings.py has SECRET_KEY = '⟦PW⟧' — is that long enough for prod?",
        "m0|redis-server --requirepass ⟦PW⟧ --port 6380 启动后客户端怎么连",
        "e0|the shared admin pass for the grafana box is ⟦PW⟧ btw, dont tell anyone lol",
        "m0|aws configure 的时候填的：\naws_access_key_id = ⟦KAWS⟧\naws_secret_access_key = ⟦PW⟧",
        "z0|邮箱授权码⟦PW⟧，客户端一直登录失败，是不是要开SMTP",
        "m0|export PGPASSWORD='⟦PW⟧'\npsql -h ⟦IP⟧ -U etl -d dw\n这样写在crontab里安全吗",
        "e0|headers = {\"X-API-Key\": \"⟦KEY⟧\"} requests.get fails with 401, what am I missing",
        "m0|.npmrc 里是 //registry.npmjs.org/:_authToken=⟦KNPM⟧ ，publish 还是 E401",
        # negatives
        "m0|代码里写 password=os.environ[\"DB_PASS\"] 和用 ${DB_PASS} 注入，哪个更好？",
        "e0|is it ok to commit a .env.example with API_KEY=YOUR_API_KEY and DB_URL=postgres://user:password@localhost:5432/app ?",
        "z0|密码策略一般要求多长？要不要强制每90天改一次",
        "e0|how do I rotate a leaked GitHub token without breaking Actions?",
        "m0|AWS 文档里的 AKIAIOSFODNN7EXAMPLE 为什么能出现在示例里，不会被滥用吗",
        "e0|write a regex that detects strings like sk-<your-key> in commits",
        "z0|初始密码统一设成changeme，让员工首次登录强制修改，这样合规吗",
        "m0|vault 和 k8s secret 哪个更适合存数据库口令，给个对比表",
        "e0|gitlab ci log:\n$ docker login -u gitlab-ci-token -p $CI_JOB_TOKEN registry.gitlab.com\nWARNING! Using --password via the CLI is insecure.\nwhat does this warning mean",
        "m0|写个 pre-commit hook 检测 AKIA 开头的 key 和 -----BEGIN 私钥块，别误报 EXAMPLE",
        "e0|[⟦~TS⟧] ERROR auth failed for user svc_etl (password=****) — how to debug without printing the secret",
        "z0|忘记Windows开机密码了怎么办？",
        "e0|ssh -i ~/.ssh/id_ed25519 deploy@⟦IP⟧ says 'bad permissions', chmod what?",
    ],
    "hr": [
        "z0|⟦PZ⟧下个月转正，帮我写个转正评语，偏正面",
        "e0|need a reference letter for ⟦PL⟧, she's leaving us after ⟦~N⟧ months on the data team",
        "z1|这次调薪名单定了：运营组两个人涨15%，客服主管不动，年底再看",
        "e1|we're letting the two contractors on the QA team go end of month, HR doesn't know yet",
        "z0|⟦PT⟧这季度绩效给了C，他情绪很大，我该怎么谈",
        "e0|offer for ⟦PL⟧: base 142k, sign-on 10k, start ⟦~N⟧ Jan. can you draft the email",
        "m1|下季度 headcount 从 48 砍到 40，先别跟组里说，帮我想想怎么排优先级",
        "z0|帮我给⟦PN⟧写个生日祝福，她在我们组干了⟦~N⟧年了",
        "e1|Ratings came back: 3 people on my team got 'needs improvement', one of them is going on a PIP next week",
        "z1|老板说年终奖系数今年压到0.6，大家还不知道，我怎么提前做心理建设",
        "m0|⟦PZ⟧ 的离职交接清单帮我列一下，他负责 payroll 对接和 ERP 权限",
        "e1|heads up: the VP of sales is being pushed out, announcement after the board meeting",
        # negatives
        "z0|员工试用期最长可以多久？劳动合同法怎么规定的",
        "e0|how do I calculate pro-rated annual leave for someone who joins mid-year",
        "z0|假设月薪⟦~N⟧000元，五险一金个人部分大概扣多少？",
        "e0|give me 5 questions to ask in a structured interview for a backend role",
        "z0|绩效面谈一般怎么开场比较好？有没有通用话术",
        "e0|what's the median software engineer pay in ⟦~CITY⟧ according to public surveys?",
        "z0|加班费在Excel里怎么算，工作日1.5倍、周末2倍，写个公式",
        "e0|write a generic job ad for a junior accountant, no company name",
        "z0|如何设计一个公平的晋升答辩流程？",
    ],
    "medical": [
        "z1|我爸上周查出来肺部有个结节，医生说要三个月后复查，我有点慌",
        "e1|my biopsy came back and it's stage 2, I need help writing a leave request without saying too much",
        "z1|组里有个同事刚确诊抑郁症，在吃舍曲林，我作为leader该怎么安排他的工作",
        "z0|⟦PZ⟧的体检报告里谷丙转氨酶偏高，⟦~N⟧多，要紧吗",
        "e0|⟦PL⟧ was diagnosed with type 1 diabetes last week, how should we adjust the on-call rota for her",
        "m1|我 HbA1c 7.9%，医生让加二甲双胍，这个药跟我现在吃的降压药冲突吗",
        "e1|my wife's pregnancy test was positive but we haven't told anyone at work, how do I ask for flexible hours",
        "z0|⟦PT⟧住院了，是阑尾炎术后感染，帮我写个慰问消息",
        "e1|I tested positive for hep B in the pre-employment check, will the company find out?",
        "z1|我妈透析一年了，最近血钾一直高，想换个医院",
        "m0|请帮我把这份化验单翻译成英文：患者⟦PZ⟧，血红蛋白 ⟦~N⟧ g/L，诊断缺铁性贫血",
        "e1|a guy on my team told me privately he's HIV positive, what are my obligations as his manager",
        # negatives
        "z0|布洛芬吃多了伤胃吗？一般一天最多几片",
        "e0|what are common early signs of burnout and how do companies usually handle them",
        "z0|甲流和普通感冒怎么区分？",
        "e0|is it safe to take antihistamines before a long flight?",
        "z0|办公室久坐腰疼，有哪些拉伸动作推荐",
        "e0|explain what an HbA1c test measures in plain English",
        "m0|MRI 和 CT 有什么区别？哪个辐射大",
        "z0|公司组织体检，一般包含哪些项目？",
        "e0|what vaccines are recommended before travelling to ⟦~CITY⟧?",
    ],
    "finance": [
        "z1|Q3营收差不多定了，比给董事会的预期少了两千多万，下周才对外发，先帮我想想怎么措辞",
        "e1|We're going to miss the ⟦~Q⟧ guidance by about ⟦~PCT⟧ — board hasn't seen the numbers yet, draft talking points",
        "z1|明年预算草案：研发砍⟦~PCT⟧，市场加一倍，财务还在算，先别外传",
        "m1|帮我把这段做成PPT一页：⟦~Q⟧ 毛利率 ⟦~PCT⟧，净亏 ⟦~M⟧ 亿，现金流还能撑 ⟦~N⟧ 个月",
        "z0|请帮我核对这笔付款：收款卡号⟦CARD⟧，金额⟦~N⟧800元",
        "e0|refund should go to card ⟦CARD⟧, can you write the instruction to AP?",
        "z1|跟⟦ORGZ⟧的年度框架协议，最低采购量谈到了每年⟦~N⟧万套，单价再降⟦~PCT⟧",
        "e1|⟦ORGE⟧ agreed to a ⟦~M⟧M minimum commitment over 3 years if we drop the exclusivity clause",
        "m1|Series B 估值谈到了 ⟦~N⟧0M pre，投资人还没签 term sheet，帮我写个内部更新",
        "e0|Wire to ⟦IBAN⟧, ref ⟦~ORDER⟧ — can u check the format is right for SEPA?",
        # negatives
        "z0|⟦ORGZ⟧去年年报披露的营收是多少？帮我总结一下公开信息",
        "e0|Summarise ⟦ORGE⟧'s published annual report highlights for last fiscal year",
        "z0|怎么用Excel做现金流折现模型？给个模板结构",
        "e0|what's the difference between EBITDA and operating income",
        "z0|发票号⟦~ORDER⟧报销被退回了，说抬头不对，怎么改",
        "e0|invoice ⟦~ORDER⟧ shows a different total than the PO, how do I raise a dispute in general terms?",
        "z0|假设年化收益⟦~PCT⟧，10万元存5年复利是多少",
        "e0|explain how a convertible note works in a seed round",
        "z0|订单号⟦~ORDER⟧的物流信息怎么查",
        "m0|财报里 non-GAAP 和 GAAP 口径差在哪？举个上市公司公开的例子",
    ],
    "legal": [
        "z1|我们准备起诉⟦ORGZ⟧拖欠货款，律师函下周发，先帮我理一下时间线",
        "e1|⟦ORGE⟧ offered to settle for ⟦~M⟧M if we withdraw the patent claim, should we counter?",
        "z0|⟦PZ⟧跟公司的竞业协议还有⟦~N⟧个月，他去了对手公司，我们能做什么",
        "e1|we're sending a cease-and-desist to ⟦ORGE⟧ on Friday over the scraped dataset, draft it",
        "m1|和⟦ORGZ⟧的仲裁，对方要求赔偿 ⟦~N⟧0 万，我们内部底线是一半，帮我准备谈判要点",
        "e0|Draft an NDA cover note to ⟦PL⟧ at ⟦ADDRW⟧ for the pilot",
        "z1|有个前员工威胁要去劳动仲裁，说我们违法解除，其实是因为他泄露客户资料",
        "e1|legal found that our supplier contract with ⟦ORGE⟧ auto-renews at +⟦~PCT⟧, we missed the notice window",
        "z0|律师函寄到⟦ADDRZ⟧，收件人⟦PZ⟧，帮我写一下正文",
        # negatives
        "z0|劳动仲裁的时效是多久？",
        "e0|what is the difference between arbitration and mediation?",
        "z0|竞业限制补偿金标准一般是多少？法律怎么规定的",
        "e0|explain GDPR's legitimate interest basis in plain English",
        "z0|合同里的不可抗力条款一般怎么写？给个通用模板",
        "e0|what does 'indemnify and hold harmless' mean in a SaaS contract",
        "z0|个人起诉公司需要准备哪些材料",
        "m0|NDA 的 mutual 和 one-way 有什么区别？",
        "e0|can a non-compete be enforced in California? general answer is fine",
        "z1|公司打算跟⟦ORGZ⟧和解，赔对方⟦~N⟧0万，换他们撤诉，周五前要定",
    ],
    "names_alone": [
        "z0|⟦PZ⟧今天请假，他的会帮忙改到明天",
        "e0|can you ping ⟦PL⟧ and ask if the slides are ready",
        "m0|[10:02] ⟦PL⟧: build is red again\n[10:03] ⟦PN⟧: 我看看\n[10:05] ⟦PT⟧: 回滚吧\n帮我总结这段群聊",
        "e0|sry who is ⟦PL⟧?? she's in the invite but not on the org chart",
        "z0|明天和⟦PT⟧、⟦PT⟧一起吃饭，帮我订个包间",
        "m0|@⟦PN⟧ 你那个 PR 我 review 完了，有两个小问题",
        "e0|Thanks ⟦PL⟧ and ⟦PL⟧ for covering the weekend shift!",
        "z0|请转告⟦PZ⟧老师，周五的培训改到下午三点",
        "e0|Meeting notes — attendees: ⟦PL⟧, ⟦PL⟧, ⟦PZ⟧",
        "z0|⟦PT⟧说他那边测试环境又挂了",
        "m0|Hi ⟦PL⟧，附件是上周的会议纪要，请查收",
        "e0|hey is ⟦PN⟧ still on the migration or did she move teams",
        "z0|值班表：周一⟦PZ⟧，周二⟦PZ⟧，周三⟦PT⟧",
        # negatives
        "z0|⟦~PUB⟧最近的演讲讲了什么？帮我总结",
        "e0|what did ⟦~PUB⟧ say about AI in the last interview?",
        "z0|写一个关于⟦~FIC⟧的小故事",
        "e0|in our test fixtures we use ⟦~PH⟧ and ⟦~PH⟧, is that fine?",
        "z0|⟦~PH⟧和⟦~PH⟧分苹果的数学题怎么解",
        "e0|write a limerick about ⟦~FIC⟧",
        "z0|帮我起几个好听的女孩名字，姓林",
        "e0|what are some common Korean surnames and how are they romanised?",
    ],
    "address": [
        "z0|快递寄到⟦ADDRZ⟧，收件人⟦PZ⟧，电话⟦PHONE⟧",
        "e0|please update my shipping address to ⟦ADDRW⟧",
        "z0|我家搬到⟦ADDRZ⟧了，帮我写个通知发给物业",
        "e0|the new office is at ⟦ADDRW⟧, can you write the directions email",
        "m0|收货地址：⟦ADDRZ⟧ / recipient ⟦PL⟧，帮我翻成英文格式",
        "z0|公司新办公地址⟦ADDRZ⟧，帮我改一下名片",
        "e0|Return label: ⟦PL⟧, ⟦ADDRW⟧",
        "z0|把这个地址拆成省市区街道：⟦ADDRZ⟧",
        "e0|parse this into JSON fields: ⟦ADDRW⟧",
        # negatives
        "z0|⟦~CITY⟧有哪些好玩的地方？",
        "e0|地址格式示例：XX省XX市XX区XX路XX号，这样写海外能识别吗",
        "e0|what's the right US address format? e.g. 123 Main Street, Anytown, CA 90210",
        "z0|北京市朝阳区和海淀区哪个适合租房？",
        "e0|is it better to open the new office in ⟦~CITY⟧ or Frankfurt?",
        "z0|表单里地址字段的占位符写“某某市某某区某某路1号”可以吗",
        "e0|how do Japanese addresses work, chome and ban etc.?",
        "m0|写个 regex 校验中国邮编，6 位数字就行吗",
        "z0|上门维修地址是⟦ADDRZ⟧，联系人⟦PT⟧",
        "e0|ship the laptop to ⟦PL⟧, ⟦ADDRW⟧ — she's remote",
    ],
    "multi_entity": [
        "z0|新员工信息：姓名⟦PZ⟧，身份证⟦PRC⟧，手机⟦PHONE⟧，工资卡⟦CARD⟧",
        "e0|Contractor onboarding: ⟦PL⟧, SSN ⟦SSN⟧, email ⟦EMAIL⟧, address ⟦ADDRW⟧",
        "m0|CSV 导出有问题，帮看看：\nname,id_no,mobile,email\n⟦PZ⟧,⟦PRC⟧,⟦PHONE⟧,⟦EMAIL⟧\n⟦PZ⟧,⟦PRC⟧,⟦PHONE⟧,⟦EMAIL⟧",
        "e0|{\"customer\": \"⟦PL⟧\", \"iban\": \"⟦IBAN⟧\", \"email\": \"⟦EMAIL⟧\"}  <- why does the validator reject this",
        "z0|出差订票：⟦PZ⟧，护照⟦PASS⟧，联系电话⟦PHONE⟧，住⟦ADDRZ⟧",
        "e0|From: ⟦PL⟧ <⟦EMAIL⟧>\nTo: ⟦PL⟧\nSubject: visa docs\n\nPassport ⟦PASSF⟧ attached, my mobile is ⟦PHONE⟧.",
        "m0|INSERT INTO staff(name, idcard, card) VALUES ('⟦PZ⟧', '⟦PRC⟧', '⟦CARD⟧'); 这句为啥报错",
        "z0|报销打款信息：⟦PT⟧，开户行⟦ORGZ⟧，卡号⟦CARD⟧",
        "e0|ssh from ⟦IP⟧ as ⟦PL⟧ failed, his key is on file, email ⟦EMAIL⟧",
        "z0|紧急联系人：⟦PZ⟧（配偶），⟦PHONE⟧，地址⟦ADDRZ⟧",
        "e0|Payroll change for ⟦PL⟧: new account ⟦IBAN⟧, effective next cycle",
    ],
    "confidential_no_identifier": [
        "z1|下周要宣布关掉⟦~CITY⟧那个仓，现在只有我们三个知道，帮我想想怎么跟团队说",
        "e1|Keep this between us: the ⟦~CITY⟧ site is being wound down next spring",
        "z1|我们在谈收购一家做储能的小公司，对价大概⟦~N⟧亿，还没签意向书",
        "e1|the new chip tapes out in ⟦~N⟧ weeks and yields are at ⟦~PCT⟧, way below what we told customers",
        "z1|项目⟦~CODE⟧的收购尽调发现对方有两笔账对不上，老板让先压着",
        "e1|we're quietly raising a bridge round, ⟦~M⟧M from existing investors, nobody outside the exec team knows",
        "z1|这版配方的核心是把固化温度降到⟦~N⟧度、加了两种助剂，别写进对外材料",
        "m1|客户那边流失率这个月到了⟦~PCT⟧，dashboard 上还没更新，周会前先帮我想解释",
        "e1|our top account is about to churn, they told us off the record last night",
        "z1|财务总监要走了，下个月最后一天，公告还没出",
        "e1|between you and me, two people in finance were caught expensing personal trips",
        "z1|下个季度准备裁掉整个⟦~CITY⟧客服中心，大概⟦~N⟧个人，先出方案",
        "e1|Draft the memo: we're merging the two ad-tech teams and cutting ⟦~N⟧ roles, not public until after ⟦~Q⟧",
        "m1|新产品定价策略：企业版 ⟦~N⟧9 元/人/月，比竞品低 ⟦~PCT⟧，launch 前不能漏",
        "z1|项目⟦~CODE⟧下周对外官宣前，股价敏感，先帮我写个问答口径",
        "e1|the recall affects about ⟦~N⟧k units, we haven't notified the regulator yet",
        # negatives
        "z0|如果一家公司要关闭一个仓库，一般需要提前多久通知员工？",
        "e0|what's a typical timeline for an M&A due diligence process?",
        "z0|公开资料显示去年行业平均毛利率是⟦~PCT⟧，这个水平算高吗",
        "e0|hypothetically, if a startup misses guidance by ⟦~PCT⟧, how do investors usually react?",
        "z0|写一篇关于企业保密文化的公众号文章",
        "e0|how should a company communicate a product recall to customers, in general?",
        "z0|产品发布会的流程一般怎么安排？",
        "e0|what do analysts mean by 'guidance cut'?",
    ],
    "email": [
        "z0|帮我给⟦EMAIL⟧发个会议邀请，主题是季度复盘",
        "e0|add ⟦EMAIL⟧ and ⟦EMAIL⟧ to the distribution list",
        "m0|邮件退信了：550 user unknown ⟦EMAIL⟧，怎么处理",
        "e0|the vendor contact is ⟦EMAIL⟧, write a follow-up about the quote",
        "z0|简历投递邮箱写错了，应该是⟦EMAIL⟧",
        "e0|Forwarding chain:\n> From: ⟦EMAIL⟧\n> Sent: ⟦~TS⟧\n> please see attached\nwhat does 'please see attached' even mean here lol",
        "z0|⟦PZ⟧的邮箱是⟦EMAIL⟧，帮我写封感谢信",
        "e0|email ⟦PL⟧ at ⟦EMAIL⟧ to confirm the demo on Thursday",
        "m0|SMTP 发信失败，sender ⟦EMAIL⟧，错误码 535",
        # negatives
        "e0|is user@example.com a valid placeholder for docs?",
        "z0|邮箱格式校验的正则怎么写？比如 test@demo.test 算合法吗",
        "e0|write an email template with placeholders like {first_name} and {company}",
        "z0|怎么设置Outlook自动回复？",
        "m0|DKIM 和 SPF 有什么区别？配置时 noreply@example.org 可以用来测试吗",
        "e0|what's a professional way to end an email to a client?",
        "m0|这些邮箱哪个格式不对：⟦EMAIL⟧; ⟦EMAIL⟧; foo@bar",
        "e0|cc ⟦EMAIL⟧ on the invoice thread, she handles AP now",
    ],
    "phone": [
        "z0|帮我给⟦PHONE⟧发个短信，说快递放门卫了",
        "e0|call the supplier back on ⟦PHONE⟧ about the late shipment",
        "z0|前台电话改成⟦PHONE⟧了，转8021是财务",
        "m0|客户留的号码 ⟦PHONE⟧ 打不通，是不是空号",
        "e0|the on-call number this week is ⟦PHONE⟧",
        "z0|⟦PT⟧的手机⟦PHONE⟧，明天出发前联系他",
        "e0|text ⟦PL⟧ on ⟦PHONE⟧ that the venue changed",
        "z0|订餐电话⟦PHONE⟧，帮我写个订餐备注",
        # negatives
        "z0|手机号的正则怎么写？测试数据用13800000000可以吗",
        "e0|what's the country code for Singapore?",
        "z0|腾讯会议号⟦~MTG⟧，密码不需要，帮我写个会议通知",
        "e0|how do I format international numbers in E.164?",
        "z0|订单号⟦~ORDER⟧，帮我查下是哪天下的",
        "m0|为什么有些 app 要求验证手机号？隐私上有什么风险",
        "m0|短信验证码一直收不到，号码 ⟦PHONE⟧，运营商那边说正常",
        "e0|Contact sheet:\nSite office ⟦PHONE⟧\nAfter hours ⟦PHONE⟧",
        "z0|师傅电话⟦PHONE⟧，装空调的，明早九点上门",
    ],
    "org_only": [
        "z0|帮我给⟦ORGZ⟧写一封合作邀请函",
        "e0|draft a partnership intro email to ⟦ORGE⟧",
        "z0|⟦ORGZ⟧和⟦ORGZ⟧哪个更适合做我们的物流供应商？从公开信息分析",
        "e0|compare ⟦ORGE⟧ and ⟦ORGE⟧ based on their public filings",
        "m0|给 ⟦ORGE⟧ 的 RFP 回复写个开头段落",
        "z0|⟦ORGZ⟧的官网介绍帮我翻译成英文",
        "e0|what does ⟦ORGE⟧ do? summarise from public info",
        "z0|⟦ORGZ⟧发布的年报里提到了哪些风险因素？",
        # confidential with org only
        "z1|跟⟦ORGZ⟧的合同单价定在每件⟦~N⟧.5元，年框不低于⟦~N⟧万件，帮我写确认函",
        "e1|⟦ORGE⟧ is threatening to pull the contract unless we cut rates by ⟦~PCT⟧, draft our reply",
        # negatives without ORG
        "z0|某某公司和Acme Corp这种名字能不能当测试数据？",
        "e0|how do I export a Slack channel to CSV?",
        "m0|用 GitHub Actions 部署到阿里云，workflow 怎么写",
        "m0|帮我写个 cold email 给 ⟦ORGE⟧ 的采购部门，介绍我们的 SaaS",
        "e0|⟦ORGE⟧ just announced a partnership with ⟦ORGZ⟧ — summarise the press release for our newsletter",
        "z1|⟦ORGZ⟧那边私下说愿意接受90天账期，但要求我们独家供货，怎么回",
    ],
    "public_figures": [
        "z0|⟦~PUB⟧年轻时做过哪些工作？",
        "e0|write a short bio of ⟦~PUB⟧ for a school report",
        "z0|⟦~PUB⟧说过哪些关于坚持的名言？",
        "e0|what companies has ⟦~PUB⟧ been associated with?",
        "m0|帮我把 ⟦~PUB⟧ 的这句话翻译成中文：stay hungry",
        "z0|对比一下⟦~PUB⟧和⟦~PUB⟧的管理风格",
        "e0|did ⟦~PUB⟧ ever comment on remote work?",
        "z0|⟦~PUB⟧和⟦~PUB⟧谁的公开演讲更适合拿来做培训素材？",
        "e0|make a quiz with 5 questions about ⟦~PUB⟧'s career",
        "z0|写一段关于⟦~PUB⟧的介绍，用于年会开场",
        # positives: public figure + private person
        "z0|我们组的⟦PZ⟧说他在活动上见过⟦~PUB⟧，帮他写条朋友圈",
        "e0|⟦PL⟧ from our team wants a photo with ⟦~PUB⟧ at the expo, draft a request",
    ],
    "fictional_and_placeholder_names": [
        "z0|⟦~FIC⟧这个角色的性格特点是什么？",
        "e0|write a dialogue between ⟦~FIC⟧ and ⟦~FIC⟧",
        "z0|单元测试里用⟦~PH⟧和⟦~PH⟧当用户名可以吗",
        "e0|in the docs we call the users ⟦~PH⟧ and ⟦~PH⟧, is that too cliché?",
        "m0|mock 数据 name: ⟦~PH⟧, age: ⟦~N⟧，帮我生成 10 条类似的",
        "z0|用⟦~FIC⟧的口吻写一段产品介绍",
        "e0|explain TLS handshake with ⟦~PH⟧ and ⟦~PH⟧",
        "z0|⟦~PH⟧借给⟦~PH⟧⟦~N⟧元，利息怎么算？",
        # positives
        "z0|文档里的⟦~PH⟧要换成真实试点用户⟦PZ⟧，帮我全部替换",
        "e0|Rename the placeholder ⟦~PH⟧ to our actual pilot user ⟦PL⟧ in the test plan",
        "z1|代号⟦~CODE⟧的收购项目下周过会，先帮我梳理材料",
    ],
    "near_miss_numbers": [
        "z0|这个身份证号⟦~NMPRC⟧校验不通过，是哪里错了",
        "e0|card ⟦~NMCARD⟧ gets rejected as invalid, is it a typo?",
        "z0|订单号⟦~ORDER⟧的状态一直是待发货",
        "e0|IBAN ⟦~NMIBAN⟧ fails validation in our form — how does the mod-97 check work?",
        "e0|is ⟦~NMSSN⟧ even a possible SSN? our form accepted it",
        "z0|统一社会信用代码⟦~ORDER⟧是啥格式",
        "m0|tracking no. ⟦~ORDER⟧ 显示已签收但我没收到",
        "e0|release ⟦~VER⟧ shipped at ⟦~TS⟧, write the changelog intro",
        "z0|测试用的卡号⟦~NMCARD⟧为啥Luhn校验失败",
        "m0|log: txn_id=⟦~ORDER⟧ amount=⟦~N⟧.00 status=FAILED，帮忙看下原因",
        # positives
        "z0|这个身份证号⟦PRC⟧是真的吗？",
        "e0|is this card number valid: ⟦CARD⟧",
    ],
    "placeholders_in_code": [
        "m0|```python\nDB_URL = os.environ[\"DATABASE_URL\"]\nAPI_KEY = os.getenv(\"API_KEY\", \"<your-key>\")\n```\n这样写有问题吗",
        "e0|docker run -e POSTGRES_PASSWORD=${DB_PASS} -p 5432:5432 postgres — how do I pass it from a file?",
        "e0|config:\n  host: localhost\n  port: 8080\n  api_key: YOUR_API_KEY\nhow do I load this in Go?",
        "m0|nginx 反代到 127.0.0.1:3000，curl 0.0.0.0 能通但外网不行",
        "e0|in our README we use https://api.example.com/v1 and token ****, is that fine?",
        "z0|测试环境用 192.0.2.10 和 198.51.100.7 当假IP可以吗",
        "e0|sample .env:\nDATABASE_URL=postgres://user:password@localhost/app\nSECRET=changeme",
        "m0|`ping ::1` 通，`ping 2001:db8::1` 不通，正常吗",
        "e0|is the jwt.io sample token safe to put in our docs?",
        "z0|单测里 mock 的邮箱用 foo@example.net 可以吧",
        "m0|terraform 里 password = var.db_password，变量从 tfvars 读，怎么避免被提交",
        "e0|```js\nconst client = new Client({ connectionString: process.env.DATABASE_URL })\n```\nwhy is it undefined in jest",
        "m0|docker-compose.yml 里 MYSQL_ROOT_PASSWORD: changeme 只在本地用，CI 会不会扫到报警",
        "e0|our sample curl in the docs: curl -H 'Authorization: Bearer <token>' https://api.example.org/v2/items — ok?",
        "z0|README 里写 ssh user@your-server-ip 合适吗",
        "m0|```yaml\nsmtp:\n  host: smtp.example.com\n  user: noreply@example.com\n  pass: ${SMTP_PASS}\n```\n怎么在 k8s 里注入",
        "e0|pasting my real config, pls swap the secrets out:\nredis_url: ⟦DBURL⟧\ntimeout: 30",
        # positives
        "m0|把这段里的真 key 换成占位符：\nOPENAI_API_KEY=⟦KOAI⟧\nBASE_URL=https://api.example.com",
        "e0|replace the real values with placeholders before I paste to the wiki:\nDB_HOST=⟦IP⟧\nDB_PASSWORD=⟦PW⟧",
        "m0|把 settings.json 里的 \"master_password\": \"⟦PW⟧\" 换成环境变量",
    ],
    "privacy_question": [
        "z0|员工身份证号能不能存在Excel里？要怎么加密",
        "e0|what counts as personal data under PIPL?",
        "z0|公司要求上传身份证正反面，这样合法吗",
        "e0|how long can we keep CVs of rejected candidates under GDPR?",
        "z0|数据出境需要做哪些评估？",
        "e0|should we mask card numbers in logs? what's PCI's rule on that",
        "m0|做数据脱敏，手机号保留前三后四的写法在 SQL 里怎么实现",
        "e0|is an IP address personal data?",
        "z0|员工监控软件能不能看聊天记录？",
        "e0|best practice for storing API keys in a mobile app?",
        "z0|隐私政策里一般要写哪些内容",
        "m0|SSN 在 US 系统里最少应该怎么脱敏？展示后四位够吗",
        "z0|我能不能要求公司删除我离职前的考勤数据？",
        "e0|how do I respond to a data subject access request?",
        "z0|公司用人脸识别考勤需要员工单独同意吗",
        "e0|can my manager read my work Slack DMs?",
        "z0|离职员工的邮箱多久可以注销？要不要备份",
        "e0|what's the difference between anonymisation and pseudonymisation?",
        "m0|日志里记录 user_id 算不算个人信息？要不要做 hash",
        "z0|聊天记录截图发到群里算不算侵犯隐私",
        "e0|do we need consent to record customer support calls?",
    ],
    "id_card": [
        "z0|身份证号⟦PRC⟧，帮我看看出生日期和籍贯",
        "z0|⟦PZ⟧，身份证⟦PRC⟧，办理入职社保",
        "m0|这个字段存的是 id_no=⟦PRC⟧，为什么前端显示不全",
        "z0|帮我填酒店入住登记：⟦PZ⟧ ⟦PRC⟧",
        "e0|the Chinese ID ⟦PRC⟧ fails our regex because of the last char, fix it?",
        "z0|我的身份证号是⟦PRC⟧，帮我写个授权书",
        # negatives
        "z0|身份证号⟦~NMPRC⟧这个是不是输错了，系统提示无效",
        "z0|身份证最后一位是X是什么意思？",
        "e0|how is the Chinese ID checksum computed?",
        "z0|身份证号里的地区码怎么查？",
        "m0|写个 python 校验身份证号的函数，GB 11643 的规则",
        "z0|帮我妈办医保，她身份证⟦PRC⟧，户口在老家，需要啥材料",
        "m0|excel 里身份证列 ⟦PRC⟧ 变成科学计数法了，怎么恢复",
        "z0|租房合同乙方：⟦PZ⟧，身份证号码：⟦PRC⟧，住址⟦ADDRZ⟧",
        "e0|why does ⟦~NMPRC⟧ fail the check while ⟦PRC⟧ passes?",
    ],
    "bank_card": [
        "z0|工资卡号⟦CARD⟧，帮我看下是哪个银行的",
        "e0|please charge ⟦CARD⟧ for the conference fee",
        "z0|报销打到这张卡：⟦CARD⟧",
        "m0|支付回调里 card_no=⟦CARD⟧ 明文打进日志了，怎么办",
        "e0|my corporate card ⟦CARD⟧ was declined abroad",
        # negatives
        "z0|卡号⟦~NMCARD⟧提示无效，是不是少了一位",
        "e0|what does the first digit of a card number mean?",
        "z0|银行卡Luhn算法怎么写？",
        "e0|order ⟦~ORDER⟧ was charged twice, how do I ask for a refund",
        "z0|我爸的卡⟦CARD⟧被盗刷了，怎么写挂失说明",
        "e0|pls split the bill: ⟦PL⟧ paid with ⟦CARD⟧, I paid cash",
        "m0|payment.log:\n⟦~TS⟧ INFO charge ok pan=⟦CARD⟧ amt=⟦~N⟧.00\n这个 pan 应该脱敏吧",
        "z0|测试卡号能不能用⟦~NMCARD⟧？支付网关说校验位不对",
    ],
    "passport": [
        "z0|护照号⟦PASS⟧，帮我填签证申请表",
        "e0|my passport number is ⟦PASSF⟧, book the flight under it",
        "z0|出差人员：⟦PZ⟧，护照⟦PASS⟧，有效期到2031年",
        "e0|traveller ⟦PL⟧, passport ⟦PASSF⟧, seat preference aisle",
        "m0|签证材料 checklist 里 passport no. 填 ⟦PASS⟧ 对吗",
        # negatives
        "z0|护照过期了怎么补办？",
        "e0|how many blank pages does a Schengen visa need?",
        "z0|护照号码是几位数？格式是怎样的",
        "e0|is a passport required for a domestic flight in the US?",
        "z0|帮我查下⟦PT⟧的护照⟦PASS⟧是不是快过期了，下月要去新加坡",
        "e0|Visa form for ⟦PL⟧ — DOB on passport ⟦PASSF⟧ doesn't match the HR record",
        "m0|travel_request:\n  traveller: ⟦PZ⟧\n  passport: ⟦PASS⟧\n  dest: ⟦~CITY⟧",
    ],
    "iban": [
        "e0|please send the refund to IBAN ⟦IBAN⟧",
        "e0|new supplier bank details: ⟦ORGE⟧, ⟦IBAN⟧, BIC on invoice",
        "m0|这个 IBAN ⟦IBAN⟧ 是哪个国家的？",
        "z0|客户给的账号⟦IBAN⟧，电汇要填哪些字段",
        "e0|update my payout IBAN to ⟦IBAN⟧",
        # negatives
        "e0|IBAN ⟦~NMIBAN⟧ is rejected by the bank — typo?",
        "e0|how is an IBAN check digit calculated?",
        "z0|IBAN和SWIFT有什么区别？",
        "m0|写个 JS 函数校验 IBAN，用 mod-97",
        "e0|Hi, quick one – rent for march goes to my landlord, IBAN ⟦IBAN⟧ (acc holder ⟦PL⟧), can u write the transfer note",
        "m0|vendor_master.csv:\nvendor,iban,currency\n⟦ORGE⟧,⟦IBAN⟧,EUR\n⟦ORGE⟧,⟦IBAN⟧,GBP\n导入时第二行报错",
        "z0|供应商把收款账户改成了⟦IBAN⟧，邮件是周末发的，会不会是诈骗？",
        "e0|compare: old IBAN ⟦~NMIBAN⟧ vs new ⟦IBAN⟧ — which one did finance actually save?",
    ],
    "ssn": [
        "e0|my SSN is ⟦SSN⟧, can you fill out the W-4 draft",
        "e0|new hire ⟦PL⟧, SSN ⟦SSN⟧, start date Monday",
        "m0|美国同事的 SSN ⟦SSN⟧ 录入系统时报格式错",
        "e0|employee_ssn: ⟦SSN⟧ — why is this field flagged by DLP?",
        "e0|form I-9 says SSN ⟦SSN⟧, does it match the W-2?",
        # negatives
        "e0|⟦~NMSSN⟧ is rejected by the payroll system, why?",
        "e0|what's the structure of a US Social Security Number?",
        "z0|SSN 和 ITIN 有什么区别？",
        "e0|can employers ask for an SSN before making an offer?",
        'e0|{"emp_id": ⟦~N⟧, "name": "⟦PL⟧", "ssn": "⟦SSN⟧"} why does json.loads choke on this',
        "e0|ugh typed my ssn wrong on the portal, it's ⟦SSN⟧ not ⟦~NMSSN⟧. how do i get HR to fix it",
        "m0|W-2 上的 SSN 是 ⟦SSN⟧，跟我 offer 里填的不一样，找谁改",
        "e0|test data: 'ssn' column has ⟦~NMSSN⟧ and ⟦~NMSSN⟧, does our masker need to handle those?",
    ],
    "ip_address": [
        "m0|从 ⟦IP⟧ 连到 ⟦IP⟧ 的 22 端口超时，防火墙规则要怎么加",
        "e0|we're seeing brute-force attempts from ⟦IP⟧, how do I block it in nginx",
        "z0|内网服务器⟦IP⟧的磁盘满了，怎么清日志",
        "e0|add ⟦IP⟧ to the allowlist for the staging db",
        "m0|access log:\n⟦IP⟧ - - [⟦~TS⟧] \"GET /api/health\" 200\n⟦IP⟧ - - [⟦~TS⟧] \"POST /login\" 401",
        "e0|host ⟦IP⟧ can't reach the gateway, any idea",
        # negatives
        "e0|what's the difference between 10.0.0.0/8 and 172.16.0.0/12?",
        "z0|localhost 和 127.0.0.1 有区别吗",
        "e0|how do I find my public IP from the command line?",
        "m0|文档里示例 IP 用 203.0.113.5 合适吗",
        "e0|grep shows failed logins:\n⟦~TS⟧ sshd[⟦~N⟧12]: Failed password for invalid user admin from ⟦IP⟧ port 51422",
        "m0|VPN 分配的地址是 ⟦IP⟧，但 DNS 解析到 ⟦IP⟧，路由表怎么看",
        "z0|我家宽带公网IP是⟦IP⟧，想远程连回家里NAS",
        "e0|k8s node ⟦IP⟧ NotReady since ⟦~TS⟧, kubelet logs say PLEG is not healthy",
    ],
}
LANG = {"z": "zh", "e": "en", "m": "mixed"}
SLOT = re.compile("⟦(~?)([A-Z]+)⟧")


def render(gen: Gen, template: str):
    out, ents, pos = [], [], 0
    length = 0
    for m in SLOT.finditer(template):
        lit = template[pos:m.start()]
        out.append(lit)
        length += len(lit)
        if m.group(1):
            val = gen.fill(m.group(2))
        else:
            etype, meth = ENTITY_SLOTS[m.group(2)]
            val = getattr(gen, meth)()
            ents.append({"type": etype, "start": length, "end": length + len(val)})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), ents


# ----------------------------------------------------------------------------- validators (independent)
def v_prc(s):
    s = s.translate(UNFW).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    if "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w, strict=True)) % 11] != s[17]:
        return False
    try:
        d = datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return 1958 <= d.year <= 2004 and s[:2] in {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"}


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch) * (1 + i % 2)
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


def v_card(s):
    d = re.sub(r"[ -]", "", s.translate(UNFW))
    return d.isdigit() and len(d) in (16, 19) and luhn_ok(d) and (d[:2] == "62" or d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720)


def mod97(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def v_ssn(s):
    d = re.sub(r"[ -]", "", s)
    return len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def v_phone(s):
    d = re.sub(r"\D", "", s.translate(UNFW))
    if s.startswith(("+86", "(+86)")):
        d = d[2:]
    if d.startswith("1"):
        return re.fullmatch(r"1[3-9]\d{9}", d) is not None and d != "13800000000"
    if d.startswith("0"):
        return 10 <= len(d) <= 12
    return s.startswith("+") and 9 <= len(d) <= 13


def v_ip(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return not (ip.is_loopback or ip.is_unspecified or any(ip in n for n in doc if n.version == ip.version))


def v_jwt(s):
    parts = s.split(".")
    if len(parts) != 3:
        return False
    try:
        for p in parts[:2]:
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
    except ValueError:
        return False
    return True


PLACEHOLDER_WORDS = ("example", "your", "changeme", "****", "${", "<", "os.environ", "getenv", "var.", "password@localhost")


def v_secret(s):
    if s.startswith("eyJ"):
        return v_jwt(s)
    if s.startswith("-----BEGIN"):
        return s.rstrip().endswith("PRIVATE KEY-----")
    if any(w in s.lower() for w in PLACEHOLDER_WORDS):
        return False
    return len(s) >= 8 and not re.search(r"\s", s)


CHECKS = {
    "PRC_ID": v_prc, "BANK_CARD": v_card, "IBAN": mod97, "US_SSN": v_ssn, "IP_ADDRESS": v_ip, "SECRET": v_secret,
    "EMAIL": lambda s: re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s) is not None and not re.search(r"example\.|\.test$", s),
    "PHONE": v_phone,
    "PASSPORT": lambda s: re.fullmatch(r"[EG]\d{8}|\d{9}|C[0-9A-Z]{8}|T[A-Z]\d{7}|\d{2}[A-Z]{2}\d{5}|[A-Z]{2}\d{6}", s) is not None,
    "PERSON": lambda s: s == s.strip() and len(s) >= 2 and not any(p in s for p in PLACEHOLD + PUBLIC),
    "ADDRESS": lambda s: s == s.strip() and re.search(r"\d", s) is not None,
    "ORG": lambda s: s == s.strip() and len(s) >= 2,
}


def scan(text, ents):
    """Look for unlabelled look-alikes in the text outside labelled spans; return a reason or None."""
    masked = list(text.translate(UNFW))
    for e in ents:
        for i in range(e["start"], e["end"]):
            masked[i] = "\x00"
    t = "".join(masked)
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t):
        if v_prc(m.group()):
            return "prc " + m.group()
    for m in re.finditer(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])", t):
        d = re.sub(r"\D", "", m.group())
        if luhn_ok(d):
            return "luhn " + m.group()
    for m in re.finditer(r"(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)", t):
        if re.sub(r"\D", "", m.group()) != "13800000000":
            return "mobile " + m.group()
    for m in re.finditer(r"(?<![\d-])\d{3}[- ]?\d{2}[- ]?\d{4}(?![\d-])", t):
        if v_ssn(m.group()) and "-" in m.group():
            return "ssn " + m.group()
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t):
        if not re.search(r"@(?:[\w-]+\.)*(example\.(com|org|net)|[\w-]+\.test|localhost)$", m.group()) and "://" not in t[max(0, m.start() - 40):m.start()]:
            return "email " + m.group()
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", t):
        if v_ip(m.group()):
            return "ipv4 " + m.group()
    for m in re.finditer(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*", t):
        if v_ip(m.group().strip(":")) and ":" in m.group().strip(":"):
            return "ipv6 " + m.group()
    for m in re.finditer(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?", t):
        if mod97(m.group()):
            return "iban " + m.group()
    for m in re.finditer(r"(sk-|sk_live_|AKIA|ghp_|glpat-|xoxb-|npm_|AIza|eyJ|-----BEGIN)[\w./+-]*", t):
        if not re.search(r"EXAMPLE|<your|sk-<", t[m.start():m.end() + 6]) and m.group() not in ("sk-", "sk_live_"):
            return "key " + m.group()
    for m in re.finditer(r"(?i)(password|passwd|pwd|secret_key|密码是|密码为|密码：|口令：|授权码)\s*[=:：]?\s*[\"']?([^\s\"',]+)", t):
        v = m.group(2)
        if v.strip("\x00") and not any(w in v.lower() for w in PLACEHOLDER_WORDS + ("策略", "一般", "$", "var", "os.", "user:password")) and v.lower() not in ("password", "no", "=", "how", "is", "not"):
            if re.search(r"[A-Za-z0-9]{6,}", v) and not re.search(r"[\u4e00-\u9fff]", v):
                return "password " + m.group()
    for m in re.finditer(r"\w+://[^\s:/@]+:([^\s@/]+)@([^\s/:]+)", t):
        if m.group(2) != "localhost" and "\x00" not in m.group():
            return "urlpw " + m.group()
    return None


def build():
    rng = random.Random(SEED)
    gen = Gen(rng)
    rows, seen = [], set()
    for cat, frames in F.items():
        parsed = [(LANG[f[0]], f[1] == "1", f[3:]) for f in frames]
        order = list(range(len(parsed)))
        rng.shuffle(order)
        want = min(PER_CATEGORY, max(len(parsed), 15) if all("⟦" not in p[2] for p in parsed) else PER_CATEGORY)
        got, k, tries = 0, 0, 0
        while got < want and tries < 2000:
            tries += 1
            lang, conf, tpl = parsed[order[k % len(order)]]
            k += 1
            if k > 4 * len(order):
                break
            # frames without any slot are used once only
            if "⟦" not in tpl and k > len(order):
                continue
            for _ in range(30):
                text, ents = render(gen, tpl)
                bad = [e for e in ents if not CHECKS[e["type"]](text[e["start"]:e["end"]])]
                if not bad and scan(text, ents) is None and text not in seen:
                    break
            else:
                continue
            seen.add(text)
            sens = conf or any(e["type"] in SENSITIVE_TYPES for e in ents)
            rows.append({"text": text, "sensitive": sens, "entities": ents, "category": cat, "lang": lang})
            got += 1
    out = []
    for i, r in enumerate(rows, 1):
        ents = r["entities"]
        assert all(a["end"] <= b["start"] for a, b in zip(ents, ents[1:], strict=False))
        assert all(text_ok for text_ok in (CHECKS[e["type"]](r["text"][e["start"]:e["end"]]) for e in ents))
        assert scan(r["text"], ents) is None
        assert r["sensitive"] == (any(e["type"] in SENSITIVE_TYPES for e in ents) or r["sensitive"])
        out.append({"id": f"test-{i:04d}", **r})
    return out


def crosscheck():
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from helpers import luhn_check_digit, make_prc_id  # noqa: PLC0415

    g = Gen(random.Random(SEED + 1))
    for _ in range(300):
        body = g.prc_body()
        assert make_prc_id(body) == body + g.prc_check(body)
        cb = g.digits(15)
        assert luhn_check_digit(cb) == g.luhn_digit(cb)


def main():
    crosscheck()
    rows = build()
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    OUT.write_bytes(data)
    print(f"wrote {len(rows)} lines to {OUT}  sha256 {hashlib.sha256(data).hexdigest()}")
    if "--summary" in sys.argv:
        cats = collections.defaultdict(lambda: [0, 0])
        for r in rows:
            cats[r["category"]][0 if r["sensitive"] else 1] += 1
        print("\n| category | lines | true | false |\n|---|---|---|---|")
        for c, (t, f) in cats.items():
            print(f"| {c} | {t + f} | {t} | {f} |")
        tt = sum(r["sensitive"] for r in rows)
        print(f"| **total** | {len(rows)} | {tt} | {len(rows) - tt} |")
        print("\n| lang | lines |\n|---|---|")
        for k, v in collections.Counter(r["lang"] for r in rows).most_common():
            print(f"| {k} | {v} |")
        print("\n| entity | count |\n|---|---|")
        for k, v in collections.Counter(e["type"] for r in rows for e in r["entities"]).most_common():
            print(f"| {k} | {v} |")


if __name__ == "__main__":
    main()
