# ruff: noqa: E501
"""Build hybridai/data/router_probe16.jsonl, the sixteenth probe set of the privacy router (written as the
held-out test split, read once, now development data; see hybridai/data/README.md).

Written blind from the labelling spec only. Every frame, name, company and street is hand-written
here; structured values are computed (check digits by construction) and re-checked by validators
that are written separately from the generators. Run with --summary for tables.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import random
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

SEED = 5150823
OUT = Path(__file__).resolve().parent.parent / "hybridai" / "data" / "router_probe16.jsonl"
SENSITIVE_TYPES = {"PRC_ID", "BANK_CARD", "PASSPORT", "IBAN", "US_SSN", "SECRET", "PERSON", "ADDRESS"}

# ---------------------------------------------------------------- hand-written pools
ZH = ["周慧敏", "欧阳俊峰", "司马岚", "上官晓婷", "闻人若曦", "覃振宇", "禤家乐", "仉志强", "龚思远", "樊丽娟", "谭浩然", "殷雪梅", "庞立新", "甘露", "莫少聪", "温子健", "黎秀英", "阮国栋", "夏侯琳", "皇甫涛", "郝佳琪", "蒋文博", "邝美玲", "冼国华", "钟離雅婷", "陳冠廷", "黃淑芬", "劉俊傑", "蔣明哲", "羅婉婷"]
ZH_TITLE = ["罗总", "老韩", "小蔡", "钱经理", "崔工", "苗老师", "邱主任", "小覃", "老葛", "付姐", "邓医生", "武律师"]
PINYIN = ["Liu Yuxuan", "ZHAO Qingyun", "xu haoran", "Tang Shiyu", "Qiu Mingjie", "feng yating", "GAO Zhenhua", "Cao Ruoxi"]
EN = ["Megan Oakhurst", "Declan Whitford", "Hannah Brightwater", "Trevor Lindqvist", "Siobhan Carraway", "Marcus Tillman", "Olivia Pembroke", "Grant Halloway"]
INDIAN = ["Ananya Krishnamurthy", "Vikram Raghunathan", "Sneha Kulkarni", "Arjun Venkatesan", "Meera Iyer", "Rohit Deshpande"]
AFRICAN = ["Chiamaka Okonkwo", "Kwame Asante", "Oluwaseun Adeyemi", "Thandiwe Nkosi", "Abebe Tesfaye", "Wanjiru Kamau"]
JP = ["佐々木由美", "高橋健太", "山本美咲", "渡辺翔"]
JPR = ["Haruto Matsuda", "Yui Kobayashi", "Takeshi Nakamura", "Aoi Fujiwara"]
KR = ["김민지", "박서준", "이하은", "최도윤"]
KRR = ["Park Jiwoo", "Kim Seojun", "Lee Soyeon", "Jung Hyunwoo"]
SEA = ["Nguyen Thi Lan", "Tran Van Duc", "Siti Nurhaliza binti Ahmad", "Somchai Wongsakul", "Maria Santos Reyes", "Budi Hartono"]
ARAB = ["Omar Al-Farsi", "Layla Haddad", "Youssef Benali", "Fatima Al-Zahrani"]
PERS = ["Dariush Tehrani", "Shirin Moradi", "Kaveh Rostami"]
TURK = ["Emre Yıldırım", "Zeynep Aydın", "Burak Öztürk"]
SLAV = ["Dmitri Volkov", "Katarzyna Nowicka", "Oleksandr Melnyk", "Anastasia Petrova"]
EURO = ["Lukas Brandstätter", "Sophie Vermeulen", "Matteo Ricci", "Ingrid Solberg", "Élodie Marchand", "Jakob Lindgren"]
LATAM = ["Camila Restrepo", "Joaquín Echeverría", "Valentina Ospina", "Diego Alcántara"]
UYG = ["艾力·买买提", "古丽娜尔·阿不都", "扎西多吉", "卓玛央金"]
GIVEN = ["Anika", "Tomasz", "Rahul", "Bea", "Yusuf", "Ingrid", "Kenji", "Lucía"]
GIVEN_ZH = ["晓燕", "子豪", "佳怡", "俊杰", "梦瑶"]
ORG_ZH = ["苏州恒锐精密机械有限公司", "杭州云栖数智科技有限公司", "深圳前湾新能源集团", "北京德衡律师事务所", "上海瑞金医院", "成都锦江天成物流有限公司", "中信银行", "招商银行", "宁波舜禾塑胶有限公司", "武汉光谷联讯通信有限公司"]
ORG_EN = ["Halvorsen Marine AS", "Brightfield Analytics Ltd", "Kestrel Biotech GmbH", "Northgate Capital Partners", "Vandermeer Logistics B.V.", "Pinecrest Robotics Inc.", "Alder & Finch LLP", "Solace Pharma AG", "Meridian Foods plc", "Quillon Labs"]
STREET_CN = [("上海市", "徐汇区", "漕溪北路", "号"), ("北京市", "海淀区", "学院路", "号"), ("广东省广州市", "天河区", "体育东路", "号"), ("浙江省杭州市", "西湖区", "文三路", "号"), ("四川省成都市", "武侯区", "科华北路", "号"), ("湖北省武汉市", "洪山区", "珞喻路", "号"), ("江苏省南京市", "鼓楼区", "中山北路", "号"), ("辽宁省沈阳市", "和平区", "南京南街", "号"), ("陕西省西安市", "雁塔区", "小寨东路", "号"), ("福建省厦门市", "思明区", "湖滨南路", "号")]
ESTATE = ["阳光花园", "翠湖天地", "金色家园", "锦绣江南", "和平里小区", "融侨城"]
RURAL = [("河南省", "固始县", "陈淋子镇", "桥头村"), ("湖南省", "安化县", "梅城镇", "启安村"), ("安徽省", "金寨县", "青山镇", "桃岭村"), ("贵州省", "湄潭县", "永兴镇", "茅坪村")]
HK = ["香港九龍旺角彌敦道{n}號{f}樓{r}室", "香港北角英皇道{n}號{f}樓{l}座", "Flat {l}, {f}/F, {n} Nathan Road, Tsim Sha Tsui, Kowloon"]
TW = ["台北市大安區忠孝東路四段{n}號{f}樓", "高雄市苓雅區四維三路{n}號", "台中市西屯區台灣大道三段{n}號{f}樓之{r2}"]
SG = ["Blk {n} Tampines Street 21, #{f2}-{r}, Singapore 52{p3}", "{n} Jalan Bukit Merah, #0{f}-{r}, Singapore 15{p3}"]
JPA = ["東京都世田谷区太子堂{c}丁目{n}番{r2}号", "大阪府大阪市北区梅田{c}-{n}-{r2}", "〒150-00{p2} 東京都渋谷区神南{c}-{r2}-{n}"]
KRA = ["서울특별시 강남구 테헤란로 {n}", "부산광역시 해운대구 센텀중앙로 {n}, {f}층", "{n} Teheran-ro, Gangnam-gu, Seoul 06{p3}"]
US = ["{n} Larkspur Lane, Apt {r}, Boise, ID 83{p3}", "{n} W Hollis Street, Suite {r}, Raleigh, NC 27{p3}", "{n} Maple Crest Drive, Naperville, IL 60{p3}", "{n} Cedar Hollow Rd, Portland, OR 97{p3}"]
UK = ["Flat {f}, {n} Beechwood Terrace, Leeds LS6 {c}QP", "{n} Marlowe Close, Reading RG{c} 4TF", "{n} Kingfisher Way, Bristol BS{c} 7HN"]
DE = ["Hohenzollernring {n}, 50{p3} Köln", "Kastanienallee {n}, 10{p3} Berlin", "Schillerstraße {n}a, 60{p3} Frankfurt am Main"]
OTHER = ["Rua das Flores {n}, 4050-{p3} Porto", "Calle de Alcalá {n}, 3º B, 28014 Madrid", "{n} Rue de la Roquette, 75011 Paris", "Keizersgracht {n}, 1016 EE Amsterdam", "{n} Queen Street West, Toronto, ON M5H 2N2"]
COUNTY = ["110105", "110108", "310104", "310115", "440305", "440106", "330106", "510107", "420111", "320106", "370202", "610113", "500103", "210102", "230103", "350203", "430104", "530102", "650102", "130102", "140105", "150102", "220104", "340104", "360102", "410105", "450103", "460106", "520102", "540102", "620102", "630102", "640104", "120101", "210202"]

FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")
W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


# ---------------------------------------------------------------- generators
class Gen:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, xs):
        return self.r.choice(xs)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # ---- identifiers
    def _prc(self) -> str:
        r = self.r
        while True:
            d = date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28))
            body = self.pick(COUNTY) + d.strftime("%Y%m%d") + self.digits(3)
            s = body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W, strict=True)) % 11]
            return s

    def PRC(self):
        s = self._prc()
        k = self.r.random()
        if s.endswith("X") and k < 0.4:
            s = s[:-1] + "x"
        elif k > 0.88:
            s = s.translate(FW)
        return s, "PRC_ID"

    def prc_bad(self):
        s = self._prc()
        if self.r.random() < 0.5:
            good = s[17]
            s = s[:17] + self.pick([c for c in "0123456789X" if c != good])
        else:
            body = s[:6] + self.pick(["19890230", "20011301", "19760431", "19950000", "20030229"]) + s[14:17]
            s = body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W, strict=True)) % 11]
        return s, None

    @staticmethod
    def _luhn(body: str) -> str:
        t = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch) * (2 if i % 2 == 0 else 1)
            t += d - 9 if d > 9 else d
        return str(-t % 10)

    def _card(self) -> str:
        r = self.r
        kind = r.randrange(5)
        if kind == 0:
            pre, n = self.pick(["622202", "622848", "621700", "622588", "623668"]), self.pick([16, 19])
        elif kind == 1:
            pre, n = "4" + self.digits(5), 16
        elif kind == 2:
            pre, n = str(r.randint(51, 55)) + self.digits(4), 16
        elif kind == 3:
            pre, n = str(r.randint(2221, 2720)) + self.digits(2), 16
        else:
            pre, n = "62" + self.digits(4), 19
        body = pre + self.digits(n - len(pre) - 1)
        return body + self._luhn(body)

    def _layout(self, s: str) -> str:
        k = self.r.randrange(5)
        if k == 1:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        if k == 2:
            return "-".join(s[i:i + 4] for i in range(0, len(s), 4))
        if k == 3 and len(s) <= 16:
            return s.translate(FW)
        return s

    def CARD(self):
        return self._layout(self._card()), "BANK_CARD"

    def card_bad(self):
        s = self._card()
        s = s[:-1] + str((int(s[-1]) + self.r.randint(1, 9)) % 10)
        return self._layout(s), None

    def _iban(self) -> str:
        c = self.r.randrange(6)
        if c == 0:
            cc, bban = "DE", self.digits(18)
        elif c == 1:
            cc, bban = "GB", self.pick(["NWBK", "BARC", "LOYD", "MIDL"]) + self.digits(14)
        elif c == 2:
            while True:
                acct = self.digits(10)
                if acct[0] != "0" and sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
                    break
            cc, bban = "NL", self.pick(["ABNA", "RABO", "INGB"]) + acct
        elif c == 3:
            cc, bban = "AT", self.digits(16)
        elif c == 4:
            cc, bban = "CH", self.digits(17)
        else:
            cc, bban = "IE", self.pick(["AIBK", "BOFI"]) + self.digits(14)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        return cc + f"{98 - int(num) % 97:02d}" + bban

    def _ifmt(self, s: str) -> str:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if self.r.random() < 0.5 else s

    def IBAN(self):
        return self._ifmt(self._iban()), "IBAN"

    def iban_bad(self):
        s = self._iban()
        ck = int(s[2:4])
        s = s[:2] + f"{(ck + self.r.randint(1, 9)) % 97 or 11:02d}" + s[4:]
        return self._ifmt(s), None

    def _ssn(self) -> str:
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        return f"{a:03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}"

    def SSN(self):
        a, g, s = self._ssn()
        return self.pick(["{}-{}-{}", "{} {} {}", "{}{}{}", "{}-{}-{}"]).format(a, g, s), "US_SSN"

    def ssn_bad(self):
        a, g, s = self._ssn()
        k = self.r.randrange(4)
        a = ["000", "666", str(self.r.randint(900, 999)), a][k]
        if k == 3:
            g, s = self.pick([("00", s), (g, "0000")])
        return f"{a}-{g}-{s}", None

    def PASS_CN(self):
        return self.pick("EG") + self.digits(8), "PASSPORT"

    def PASS_F(self):
        k = self.r.randrange(5)
        v = [self.digits(9), "C" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
             "T" + self.pick("KRZ") + self.digits(7), self.digits(2) + self.pick(["AB", "CF", "KR", "XP"]) + self.digits(5),
             self.pick(["AB", "GK", "HL"]) + self.digits(6)][k]
        if k == 0 and v[0] == "0":
            v = "5" + v[1:]
        return v, "PASSPORT"

    # ---- contact
    def PHONE(self):
        r = self.r
        pre = self.pick(["138", "139", "150", "152", "158", "177", "186", "189", "135", "199", "166", "147", "173", "182"])
        a, b = self.digits(4), self.digits(4)
        while pre + a + b == "13800000000":
            a = self.digits(4)
        f = r.randrange(7)
        v = [pre + a + b, f"{pre}-{a}-{b}", f"{pre} {a} {b}", f"+86 {pre} {a} {b}", f"(+86) {pre}{a}{b}", f"+86{pre}{a}{b}", (pre + a + b).translate(FW)][f]
        return v, "PHONE"

    def PHONE_L(self):
        k = self.r.randrange(4)
        v = [f"010-{self.r.randint(5, 8)}{self.digits(7)}", f"(021){self.r.randint(5, 6)}{self.digits(7)}", f"0755 {self.r.randint(2, 8)}{self.digits(3)} {self.digits(4)}", f"0571-8{self.digits(7)}"][k]
        return v, "PHONE"

    def PHONE_I(self):
        k = self.r.randrange(7)
        v = [f"+44 7{self.digits(3)} {self.digits(6)}", f"+1 ({self.r.randint(201, 989)}) {self.r.randint(201, 989)}-{self.digits(4)}",
             f"+65 {self.pick('89')}{self.digits(3)} {self.digits(4)}", f"+852 {self.pick('569')}{self.digits(3)} {self.digits(4)}",
             f"+49 151 {self.digits(8)}", f"+81 90-{self.digits(4)}-{self.digits(4)}", f"+91 98{self.digits(3)} {self.digits(5)}"][k]
        return v, "PHONE"

    def EMAIL(self):
        user = self.pick(["lin.yq", "hgarcia", "wei_chen88", "t.okafor", "s.haddad", "mkowalski", "rachelv", "zhou.jm", "priya.n", "k.tanaka", "dongxue1990", "ahmed.r"])
        dom = self.pick(["qq.com", "163.com", "gmail.com", "outlook.com", "hengrui-tech.cn", "brightfield.co.uk", "kestrelbio.de", "126.com", "pinecrest-robotics.com", "yahoo.co.jp", "foxmail.com"])
        return f"{user}@{dom}", "EMAIL"

    # ---- network
    def IP(self):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            v = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        elif k == 1:
            v = f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        elif k == 2:
            v = f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"
        elif k == 3:
            v = f"{self.pick([47, 39, 101, 121, 116, 52, 34, 81, 185])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        elif k == 4:
            v = f"240e:{r.randint(0x300, 0x3ff):x}:{r.randint(0x1000, 0xffff):x}:{r.randint(0x10, 0xfff):x}::{r.randint(2, 0xfff):x}"
        else:
            v = f"fd{r.randint(0x10, 0xff):02x}:{r.randint(0x1000, 0xffff):x}:{r.randint(0x100, 0xffff):x}::{r.randint(2, 0xff):x}"
        return v, "IP_ADDRESS"

    def IP4(self):
        r = self.r
        return self.pick([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}", f"172.{r.randint(16, 31)}.{r.randint(1, 255)}.{r.randint(2, 254)}", f"121.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(2, 254)}"]), "IP_ADDRESS"

    # ---- secrets
    def _tok(self, n: int, alpha: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
        return "".join(self.r.choice(alpha) for _ in range(n))

    def SK(self):
        return self.pick(["sk-", "sk-proj-"]) + self._tok(self.pick([40, 48])), "SECRET"

    def SKLIVE(self):
        return self.pick(["sk_live_", "rk_live_"]) + self._tok(28), "SECRET"

    def AKIA(self):
        return "AKIA" + self._tok(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "SECRET"

    def AWSSEC(self):
        return self._tok(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"), "SECRET"

    def GHP(self):
        return self.pick(["ghp_", "github_pat_11A"]) + self._tok(36), "SECRET"

    def GLPAT(self):
        return "glpat-" + self._tok(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), "SECRET"

    def XOXB(self):
        return f"xox{self.pick('bp')}-{self.digits(11)}-{self.digits(12)}-{self._tok(24)}", "SECRET"

    def NPM(self):
        return "npm_" + self._tok(36), "SECRET"

    def AIZA(self):
        return "AIza" + self._tok(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), "SECRET"

    def JWT(self):
        def b64(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        head = b64({"alg": self.pick(["HS256", "RS256"]), "typ": "JWT"})
        body = b64({"sub": self.digits(7), "name": self.pick(["svc-billing", "ops-bot", "u" + self.digits(5)]), "iat": 1780000000 + self.r.randint(0, 9999999), "role": self.pick(["admin", "finance", "reader"])})
        return f"{head}.{body}.{self._tok(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}", "SECRET"

    def SSHKEY(self):
        lines = ["-----BEGIN OPENSSH PRIVATE KEY-----", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
        lines += [self._tok(70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(3)]
        lines += [self._tok(24) + "==", "-----END OPENSSH PRIVATE KEY-----"]
        return "\n".join(lines), "SECRET"

    def PW(self):
        k = self.r.randrange(6)
        v = [self._tok(4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "@" + self.digits(4) + self._tok(3, "abcdefghijkmnpqrstuvwxyz"),
             self.pick(["Summer", "Tiger", "Moon", "Haitang", "Qwer", "Blue"]) + self.digits(4) + self.pick("!#$%"),
             self._tok(16), self.pick(["zhou", "xiaoyu", "bj", "lucky"]) + self.digits(6) + self.pick(["!", ".", "@@"]),
             self._tok(10) + "#" + self.digits(2), "P" + self._tok(6) + "_" + self.digits(3) + "x"][k]
        return v, "SECRET"

    def DBURL(self):
        user = self.pick(["app_rw", "report", "etl_user", "admin", "svc_order"])
        pw = self.PW()[0].replace("@", "A").replace("#", "H").replace("%", "P")
        host = self.pick(["pg-prod-02.corp.hengrui.cn", "10.20.3.41", "mysql-bj.int.brightfield.io", "rds-7f3k.cn-north-1.rds.amazonaws.com.cn", "mongo-03.svc.cluster.local"])
        sch = self.pick(["postgresql://", "mysql://", "mongodb://", "redis://:", "postgres://"])
        if sch == "redis://:":
            return f"redis://:{pw}@{host}:6379/0", "SECRET"
        port = {"postgresql://": 5432, "postgres://": 5432, "mysql://": 3306, "mongodb://": 27017}[sch]
        return f"{sch}{user}:{pw}@{host}:{port}/{self.pick(['orders', 'hr', 'crm', 'ledger'])}", "SECRET"

    def PIPURL(self):
        return f"https://{self.pick(['deploy', 'ci-bot', 'pypi-ro'])}:{self._tok(18)}@{self.pick(['nexus.int.kestrelbio.de', 'pypi.corp.hengrui.cn', 'artifactory.quillon.io'])}/{self.pick(['simple', 'repository/pypi/simple'])}", "SECRET"

    # ---- people, places, orgs
    def _person(self, pool, kind="PERSON"):
        return self.pick(pool), kind

    def P_ZH(self):
        return self._person(ZH)

    def P_T(self):
        return self._person(ZH_TITLE)

    def P_PY(self):
        return self._person(PINYIN)

    def P_EN(self):
        return self._person(EN)

    def P_W(self):
        return self._person(self.pick([EN, INDIAN, AFRICAN, JPR, KRR, SEA, ARAB, PERS, TURK, SLAV, EURO, LATAM, PINYIN]))

    def P_ASIA(self):
        return self._person(self.pick([JP, KR, UYG, ZH]))

    def P_G(self):
        return self._person(GIVEN)

    def P_GZ(self):
        return self._person(GIVEN_ZH)

    def ORG_Z(self):
        return self.pick(ORG_ZH), "ORG"

    def ORG_E(self):
        return self.pick(ORG_EN), "ORG"

    def _fill(self, t: str) -> str:
        r = self.r
        return t.format(n=r.randint(3, 388), f=r.randint(2, 28), r=r.randint(101, 2409), l=self.pick("ABCDE"), r2=r.randint(1, 19),
                        f2=f"{r.randint(2, 18):02d}", p3=self.digits(3), p2=self.digits(2), c=r.randint(1, 6))

    def A_CN(self):
        prov, dist, road, hao = self.pick(STREET_CN)
        r = self.r
        k = r.randrange(3)
        if k == 0:
            v = f"{prov}{dist}{road}{r.randint(1, 999)}{hao}"
        elif k == 1:
            v = f"{prov}{dist}{road}{r.randint(1, 600)}号{self.pick(ESTATE)}{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 33)}0{r.randint(1, 6)}室"
        else:
            v = f"{dist}{road}{r.randint(1, 300)}号{r.randint(2, 40)}楼{r.randint(1, 20)}0{r.randint(1, 9)}"
        return v, "ADDRESS"

    def A_RU(self):
        p, c, t, v = self.pick(RURAL)
        return f"{p}{c}{t}{v}{self.r.randint(1, 12)}组{self.r.randint(1, 88)}号", "ADDRESS"

    def A_AS(self):
        return self._fill(self.pick(self.pick([HK, TW, SG, JPA, KRA]))), "ADDRESS"

    def A_W(self):
        return self._fill(self.pick(self.pick([US, UK, DE, OTHER]))), "ADDRESS"

    # ---- negatives (no entity)
    def amt(self):
        return f"{self.r.randint(12, 980)}", None

    def wan(self):
        return f"{self.r.randint(2, 95) * 10 + self.r.randint(0, 9)}", None

    def pct(self):
        return f"{self.r.randint(3, 38)}", None

    def yi(self):
        return f"{self.r.randint(1, 30)}.{self.r.randint(10, 99)}", None

    def num(self):
        return str(self.r.randint(2, 60)), None

    def order(self):
        return self.pick(["", "JD", "SO-", "PO", "INV-"]) + f"{self.r.randint(2023, 2026)}{self.digits(8)}", None

    def track(self):
        return self.pick(["SF", "YT", "JT"]) + "1" + self.digits(12), None

    def uscc(self):
        return "91" + self.digits(6) + "MA" + self._tok(8, "0123456789ABCDEFGHJKLMNPQRTUWXY"), None

    def isbn(self):
        b = "978" + self.pick(["7", "0", "1"]) + self.digits(8)
        ck = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b)) % 10) % 10
        return f"{b[:3]}-{b[3]}-{b[4:8]}-{b[8:]}-{ck}", None

    def meet(self):
        return f"{self.digits(3)} {self.digits(3)} {self.digits(3)}", None

    def biz23(self):
        return self.digits(6) + self.pick(["138", "186", "159"]) + self.digits(8) + self.digits(6), None

    def ts(self):
        return str(1700000000 + self.r.randint(0, 99999999)) + self.digits(3), None

    def ver(self):
        return f"{self.r.randint(1, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 12)}", None


# ---------------------------------------------------------------- frames: (category, lang, confidential, template)
FR: list[tuple[str, str, int, str]] = []


def add(cat: str, lang: str, conf: int, *ts: str) -> None:
    for t in ts:
        FR.append((cat, lang, conf, t))


add("general", "zh", 0, "帮我把这段话改得正式一点：下周三之前把«num»份材料交上来，逾期不候", "用python写个函数，把列表里重复的元素去掉但保持顺序", "周报怎么写才不像流水账？给个模板", "解释一下 TCP 三次握手，面试要用，越通俗越好", "把“行稳致远”翻译成英文，要用在年会致辞里", "excel里vlookup老是返回#N/A，可能是啥原因", "推荐几本讲项目管理的书，最好有中文版，ISBN «isbn» 那本值得看吗")
add("general", "en", 0, "rewrite this so it sounds less passive aggressive: 'as per my last email, the deck is due in «num» days'", "whats the difference between a left join and an inner join, with a tiny example pls", "Give me 5 icebreaker questions for a remote team retro", "Convert this to a bash one-liner: find all .log files older than «num» days and gzip them", "Can you explain what a p-value actually means, like I'm a PM")
add("general", "mixed", 0, "帮我看下这个报错：ModuleNotFoundError: No module named 'pandas'，我明明 pip install 过了 (version «ver»)", "写一个 regex 匹配形如 2024-05-01 的日期，顺便解释下 \\d{4} 的意思", "这个 docker-compose 的 healthcheck 怎么写？service 叫 api，端口 8080")
add("credentials", "mixed", 0, "import os\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\n# 这样写为什么本地能跑CI里报401", "```yaml\ndb:\n  host: localhost\n  password: ${DB_PASS}\n```\n这个变量在k8s里怎么注入？")
add("credentials", "mixed", 1, "这个key还能用吗 «SK» 调用一直429", "帮我看看为什么连不上：\nDATABASE_URL=«DBURL»\nREDIS_HOST=redis-01\n报 timeout", "jenkins日志：\n[Pipeline] sh\n+ curl -u deployer:«PW» https://nexus.corp.local/upload\n  % Total    % Received\n为啥返回403", "刚把仓库设为公开，里面 .env 有 STRIPE_KEY=«SKLIVE»", "同事发我的 token «GHP»，push 的时候提示 permission denied 是怎么回事", "~/.aws/credentials 里是\n[default]\naws_access_key_id = «AKIA»\naws_secret_access_key = «AWSSEC»\n为什么 s3 ls 报 SignatureDoesNotMatch")
add("credentials", "zh", 1, "wifi密码是«PW»，访客来了直接告诉他们就行吗还是要改", "老板让我把堡垒机初始密码«PW»发给新人，用邮件发安全吗", "企业邮箱的smtp授权码：«PW»，帮我写个自动发日报的脚本")
add("credentials", "mixed", 1, "我那个测试环境 mysql -uroot -p«PW» 登进去以后怎么看慢查询")
add("credentials", "en", 1, "Slack bot keeps failing, token is «XOXB», scopes look right??", "npm publish fails with E401 even though I put //registry.npmjs.org/:_authToken=«NPM» in .npmrc", "here's the jwt from the failing request, can you tell me why it's rejected: Bearer «JWT»", "Maps widget shows 'for development purposes only', key=«AIZA» what am I missing", "pip can't install from our index: --extra-index-url «PIPURL» gives SSL error", "my redis: redis-server --requirepass «PW» --port 6380, clients get NOAUTH, why", "Pasting our deploy key so you can check the format:\n«SSHKEY»\nssh says invalid format", "CI log excerpt:\n2026-03-02T10:14:07Z step 4/9 export GITLAB_TOKEN=«GLPAT»\n2026-03-02T10:14:09Z fatal: Authentication failed", "the pass for the shared analytics login is «PW», can you write the selenium script to log in with it", "exported users table:\nid,login,password_plain\n17,ops_admin,«PW»\n18,qa_lead,«PW»\nhow do I hash these with bcrypt in place")
add("credentials", "en", 0, "what's the safest way to store API keys in a React Native app?", "Our docs use AKIAIOSFODNN7EXAMPLE as the sample key — is that fine to keep in the README?", "template: `Authorization: Bearer <your-key>`, how do I make Postman pick it from the environment", "docker run -e POSTGRES_PASSWORD=changeme postgres:16 — is changeme ok for a throwaway local container?")
add("credentials", "zh", 0, "config里写 password: '****' 是脱敏后的吧？怎么在日志里也这样打码", "密码强度策略一般要求几位？要不要强制90天改一次")
add("hr", "zh", 1, "«P_ZH»这次绩效打了C，下个月开始走PIP，谈话我该怎么开口", "«P_T»说他月底要走，offer是对面给的«wan»万一年，我们要不要加价留人", "帮我给«P_ZH»写个试用期不通过的通知，理由是出勤问题", "今年调薪名单：«P_ZH» 上调«pct}%，«P_GZ» 不调".replace("}%", "»%"), "组里要裁两个人，我倾向«P_GZ»和另外一个外包，怎么跟HRBP说", "«P_ZH»的年终奖是«num»个月，比同级多，会不会有人有意见", "小组里年假最多的还是«P_T»，他申请连休三周，批不批")
add("hr", "en", 1, "Draft a note to «P_W» explaining why their promotion is deferred to next cycle", "comp adjustments for my team: «P_G» «amt}k → «amt}k, «P_G» unchanged".replace("}k", "»k"), "We're letting «P_W» go on Friday, what should the exit checklist include?", "«P_W» has been late to standup «num» times this month, how do I document it without sounding petty", "Rank these for the bonus pool: «P_W» (exceeds), «P_W» (meets) — how do I split «amt}k".replace("}k", "»k"))
add("hr", "zh", 0, "假设月薪20000元，五险一金扣完大概到手多少？", "Excel里怎么算加班费，工作日1.5倍周末2倍", "公司要求签竞业协议，一般补偿标准是多少", "新员工入职第一周的培训计划怎么排")
add("hr", "en", 0, "What's the typical notice period in Germany for someone with 3 years tenure?", "How do other companies structure a 360 review? Just looking for a template")
add("hr", "mixed", 1, "帮我把这个feedback翻译成英文发给«P_W»：你这季度的交付质量不达标，下季度再这样会影响续约", "headcount plan: 明年Q1 hire «num» 个 backend，同时把 Shenzhen 的 QA 组整体砍掉，先别往外说")
add("medical", "zh", 1, "我妈体检查出来甲状腺结节4a类，医生让穿刺，要紧吗", "同事«P_T»最近抑郁症复发在吃舍曲林，我们排班要不要照顾他", "我老公肌酐«amt}，尿蛋白++，是不是肾出问题了".replace("}，", "»，"), "«P_ZH»术后化疗第三期，白细胞掉到2.1，下周还能上班吗", "部门有个人乙肝大三阳，大家在传要不要分开吃饭，我该怎么处理", "我今天确诊了妊娠期糖尿病，空腹血糖«num».3，怎么跟领导说调岗")
add("medical", "en", 1, "My HbA1c came back at 8.«num}%, doctor wants me on metformin — any side effects I should watch for".replace("}%", "»%"), "«P_W» asked me to cover their shifts during IVF treatment, how do I word the roster note without saying why", "just got my MRI back: L4-L5 disc herniation, can I still do the Tokyo trip next week", "my dad was diagnosed with early Parkinson's last month, how do I explain it to my kids")
add("medical", "zh", 0, "布洛芬和感冒灵能一起吃吗", "高血压患者日常饮食要注意什么", "乙肝疫苗要打几针？间隔多久")
add("medical", "en", 0, "What's the difference between type 1 and type 2 diabetes?", "How long is someone contagious with flu after symptoms start?")
add("medical", "mixed", 1, "帮我翻译一下这段 discharge summary：Patient «P_W», 54M, admitted for NSTEMI, stent placed in LAD")
add("finance", "zh", 1, "本季度毛利率最后算下来«pct».4%，比董事会预期低两个点，下周发布前怎么措辞", "明年研发预算拟砍到«yi»亿，各BU还不知道，先帮我做个分配表", "这周要给«ORG_Z»打一笔«wan»万的预付款，走哪个账户更合适", "工资卡号«CARD»，帮我写个给财务的更改申请", "报销打到这张卡：«CARD»，户名«P_ZH»")
add("finance", "en", 1, "Our Q3 revenue landed at $«yi»M, well below the guidance we'll publish on Thursday — help me draft talking points", "Board approved a «pct}% cut to the marketing budget for FY27, departments find out next week".replace("}%", "»%"), "wire the deposit to «IBAN», reference «order»", "my corporate card «CARD» got declined abroad, how do I ask the bank to unblock it", "we're raising a Series C at a «yi»bn pre-money led by «ORG_E», only the founders know")
add("finance", "zh", 0, "«ORG_Z»去年年报里净利润同比增长了多少？帮我解读一下", "发票号«order»在系统里查不到，是不是还没入账", "怎么用Excel做一个现金流量表模板")
add("finance", "en", 0, "«ORG_E» published their annual report yesterday, summarise the key numbers for me", "Explain EBITDA vs operating income with a made-up example", "The PO number «order» is stuck in approval — which team owns the PO workflow usually?")
add("finance", "mixed", 1, "帮我check一下这封邮件：Dear «P_W», the revised price for 2027 is USD «amt» per unit with a minimum order of «num»k units")
add("legal", "zh", 1, "我们准备下个月起诉«ORG_Z»，拖欠货款«wan»万，律师函怎么写比较有力度", "和«ORG_Z»的和解方案：我们退«pct»%，对方撤诉，这条款有没有坑", "«P_ZH»离职带走了客户名单，我们想发警告函，证据够不够", "那份合同里违约金写的是合同额的«pct»%，对方说太高要改，我们底线是多少合适")
add("legal", "en", 1, "We're sending a cease-and-desist to «ORG_E» over the logo on Monday, tighten this draft", "settlement offer from «ORG_E»: $«amt}k, no admission of liability — should we counter?".replace("}k", "»k"), "«P_W» filed a harassment complaint against their manager, what's our next step as HR")
add("legal", "zh", 0, "劳动仲裁一般要多久才有结果", "合同里的不可抗力条款一般怎么写", "什么情况下可以单方面解除劳动合同")
add("legal", "en", 0, "What's the difference between an NDA and a non-compete, in general terms?", "Is a verbal agreement legally binding in the UK?")
add("legal", "mixed", 1, "帮我review这个 term sheet：exclusivity 90 days，break fee «amt}万，对方是«ORG_E»".replace("}万", "»万"))
add("names_alone", "zh", 1, "«P_ZH»", "问一下«P_T»在不在", "«P_ZH»、«P_ZH»", "帮我给«P_ZH»老师写个生日祝福，别太肉麻", "«P_GZ»今天请假了，会议改到明天", "@«P_ZH» 你那边的图好了没")
add("names_alone", "en", 1, "«P_W»", "can you ask «P_G» to send the deck", "Tell «P_W» I said thanks for covering", "cc «P_W» and «P_W» on the thread")
add("names_alone", "mixed", 1, "«P_ASIA»", "跟«P_W»说一下明天的 call 推迟半小时", "«P_PY» 周五 farewell lunch 订哪家好")
add("names_alone", "zh", 0, "张三和李四谁先到", "小明今天又迟到了（课本例题，帮我改写成应用题）", "王小二过年，一年不如一年，这个歇后语什么意思")
add("names_alone", "en", 0, "Alice sends Bob an encrypted message — explain the handshake", "Use John Doe as the sample user in the docs")
add("address", "zh", 1, "快递寄到«A_CN»，收件人写我就行", "我新家地址«A_CN»，帮我写个搬家通知", "老家地址：«A_RU»，户口本上就是这个", "这个月起来«A_CN»上班，离地铁近吗", "帮我查一下«A_RU»附近有没有快递驿站")
add("address", "en", 1, "ship the replacement laptop to «A_W»", "my new place is «A_W», can you draft a change-of-address letter to my bank", "Office moved: «A_AS». Update the footer pls", "Invoice billing address should read «A_W» — fix the template")
add("address", "mixed", 1, "帮我把地址翻译成英文：«A_CN»", "住址格式对吗？«A_AS»")
add("address", "zh", 0, "地址填写格式示例：XX省XX市XX区XX路XX号，这样写对吗", "北京市朝阳区适合租房的地方推荐几个", "某某市某某区某某路1号 这种占位地址在表单校验里怎么处理")
add("address", "en", 0, "Is 123 Main Street, Anytown, CA 90210 a good placeholder for our form tests?", "Best neighbourhoods in Seattle for a family with two kids?", "How do UK postcodes work, e.g. what does the SW in SW19 mean")
add("multi_entity", "zh", 1, "新员工信息：«P_ZH»，身份证«PRC»，手机«PHONE»，住址«A_CN»，帮我录入系统", "姓名,身份证号,开户行,卡号\n«P_ZH»,«PRC»,招商银行,«CARD»\n«P_ZH»,«PRC»,中信银行,«CARD»\n这个表导入报错", "报销单：«P_T»，卡号«CARD»，邮箱«EMAIL»，金额«amt»元", "紧急联系人：«P_ZH»（母亲）«PHONE»，地址«A_RU»", "订机票用：«P_ZH»，护照«PASS_CN»，电话«PHONE»")
add("multi_entity", "en", 1, "Onboarding: «P_W», SSN «SSN», DOB 1991-04-12, home «A_W», phone «PHONE_I»", "Please update vendor record: contact «P_W» <«EMAIL»>, IBAN «IBAN»", "Visa letter for «P_W», passport «PASS_F», staying at «A_AS»", "From: «P_W» <«EMAIL»>\nTo: «P_W»\nSubject: payroll fix\n\nMy account changed, new one is «IBAN». Thx")
add("multi_entity", "mixed", 1, "```json\n{\"name\": \"«P_PY»\", \"id_no\": \"«PRC»\", \"mobile\": \"«PHONE»\", \"ip\": \"«IP»\"}\n```\n这个JSON为什么解析失败", "客户«P_W»（«ORG_E»）的对接人电话«PHONE_I»，邮箱«EMAIL»，下周来深圳，帮我订«A_CN»附近的酒店", "INSERT INTO staff(name, card, email) VALUES ('«P_ZH»', '«CARD»', '«EMAIL»'); -- 报主键冲突")
add("confidential_no_identifier", "zh", 1, "下个月全员会之前先别说，成都那个研发中心年底要撤，大概涉及«num»个人", "咱们给那家客户的报价是每台«amt»元，比给其他家的低两成，千万别让渠道知道", "年底前要并掉一家做传感器的小公司，估值谈到«yi»亿左右了，帮我列个尽调清单", "这季度实际亏了«wan»万，财报还要过两周才出，先帮我想想怎么跟投资人沟通", "我们配方里那个关键添加剂的比例是«pct}‰，这是核心工艺，帮我写个操作规程".replace("}‰", "»‰"), "老板私下说明年不涨了，还要降«pct»%的绩效奖金池，我该不该提前跟组员透露", "有人举报财务总监报销造假，金额大概«wan}万，审计还没介入，先帮我理一下时间线".replace("}万", "»万"), "我们组长酒驾被抓了，公司还不知道，我要不要报告", "新款手机定价定在«amt»9元，发布会前两周才能对外说，先帮我写个渠道培训PPT大纲", "下一轮融资投后«yi»亿，领投方已经签了TS，帮我做个股权稀释测算", "生产线良率只有«pct»%，客户那边一直以为是95%以上，下次审厂怎么应付")
add("confidential_no_identifier", "en", 1, "Between us: the Austin office closes in March and about «num» roles go with it", "We quoted that hospital chain $«amt» per seat, way under list — don't let sales in other regions see this", "Our churn jumped to «pct}% last month; we haven't told the board yet. Help me frame it".replace("}%", "»%"), "Heads up, we're acquiring a small payments startup for around $«amt»M, signing in two weeks. Need an integration plan outline", "My manager was caught expensing personal trips, around $«amt}k; HR doesn't know yet. What do I do?".replace("}k", "»k"), "The new chip tapes out in May and the yield is only «pct»% so far — the roadmap deck says 80, how do I update it", "Only the exec team knows we're pulling out of the Brazil market next quarter. Draft the customer FAQ", "Our trick nobody else does: we pre-warm the cache with the top «num»k queries from the previous week — write this up for the wiki")
add("confidential_no_identifier", "zh", 0, "上市公司年报里的营业收入和净利润怎么看", "假设一家公司营收«yi»亿、净利率10%，估值大概多少合理", "公司已经在官网公告了搬迁到新园区，帮我写个员工通知", "国家统计局公布的平均工资数据在哪查")
add("confidential_no_identifier", "en", 0, "Hypothetically, if a startup had «pct}% monthly churn, what would its LTV look like?".replace("}%", "»%"), "The merger was announced in the press release today — draft a short post congratulating the team", "What's a typical gross margin for SaaS companies?")
add("confidential_no_identifier", "mixed", 1, "roadmap 里那个 offline mode 其实已经砍了，但 marketing 还在宣传，下周 all-hands 前别说出去，帮我写个 internal FAQ 的大纲（别用这个词）".replace("internal ", ""), "Q4 forecast 改成了 «yi» 亿，比上次 board 看到的低 «pct»%，帮我准备解释材料")
add("email", "zh", 0, "帮我写封邮件给«EMAIL»，说样品下周寄出", "这个邮箱«EMAIL»老是退信，是不是格式不对", "把这段加到签名里：联系我：«EMAIL»", "怎么在outlook里把«EMAIL»设成自动转发")
add("email", "en", 0, "draft a follow-up to «EMAIL» about the webinar slides", "Is «EMAIL» a valid format? Our validator rejects it", "test fixture uses user@example.com and admin@corp.test — are those safe to commit?", "Reply to «EMAIL» and say we can't make Thursday")
add("email", "mixed", 0, "mailing list 里加一下 «EMAIL» 和 «EMAIL»", "SMTP log: 550 5.1.1 <«EMAIL»> recipient rejected，啥意思")
add("email", "en", 1, "Forward «P_W»'s resignation letter from «EMAIL» to the HRBP and summarise it")
add("phone", "zh", 0, "帮我写个短信模板，客户回电请拨«PHONE»", "这个号«PHONE»一直打不通，是不是停机了", "前台电话«PHONE_L»转8021，帮我放进邮件落款", "测试用手机号一般用13800000000吗")
add("phone", "en", 0, "Call me on «PHONE_I» when you land", "Our support line «PHONE_I» goes straight to voicemail — can you write the greeting script", "how do I format «PHONE_I» in E.164?", "The number «PHONE_I» isn't showing in the CRM search")
add("phone", "mixed", 0, "这个号码 «PHONE_I» 是 WhatsApp 还是普通电话？", "call center 的 hotline 改成 «PHONE_L» 了，帮我更新 FAQ", "regex 验证 «PHONE» 这种格式怎么写")
add("phone", "zh", 1, "«P_T»的手机«PHONE»，麻烦转告他明天复诊别忘了")
add("org_only", "zh", 0, "帮我给«ORG_Z»写一封合作邀请函", "«ORG_Z»的发票抬头怎么写", "下周去«ORG_Z»拜访，准备些什么礼物合适", "介绍一下«ORG_Z»的主营业务")
add("org_only", "en", 0, "Write a thank-you note to «ORG_E» for hosting our offsite", "What does «ORG_E» do? A client mentioned them", "Prepare three questions for our intro call with «ORG_E»")
add("org_only", "zh", 1, "«ORG_Z»的年度框架价压到了«amt}元每吨，最低采购量«num»万吨，合同下周签".replace("}元", "»元"), "«ORG_Z»那边在催尾款，我们想拖到下季度再付，邮件怎么写")
add("org_only", "en", 1, "«ORG_E» agreed to a 3-year exclusivity at «pct}% below list; draft the internal summary (don't call it that)".replace("}%", "»%").replace(" (don't call it that)", ""), "We plan to terminate the «ORG_E» contract for breach next month; outline the notice")
add("org_only", "mixed", 0, "帮我用英文写个 press release：我们和«ORG_E»宣布战略合作")
add("public_figures", "zh", 0, "马化腾早年创业的故事有哪些值得借鉴", "任正非那篇《华为的冬天》主要讲了什么", "苏轼被贬黄州时写了哪些词", "董明珠和雷军的十亿赌约最后怎么样了", "钟南山院士对流感疫苗有什么建议")
add("public_figures", "en", 0, "Summarise Jensen Huang's keynote points about AI factories", "What did Warren Buffett say about index funds in his letters?", "Write a short bio of Marie Curie for a kids' science club", "Compare Tim Cook's and Steve Jobs' leadership styles")
add("public_figures", "mixed", 0, "Taylor Swift 的 Eras Tour 对当地经济的拉动有多大？", "帮我总结下 Sam Altman 最近那次 interview 的观点")
add("public_figures", "zh", 1, "我们部门«P_ZH»长得特别像刘德华，年会节目能不能让他扮演")
add("fictional_and_placeholder_names", "zh", 0, "分析一下林黛玉和薛宝钗的性格差异", "写一段孙悟空和猪八戒在地铁上吵架的小品", "数据库示例表里放张三、李四、王五三条记录可以吗", "某某同志在某某单位工作期间表现良好——这种证明模板怎么写", "诸葛亮草船借箭用了什么原理")
add("fictional_and_placeholder_names", "en", 0, "Write a scene where Sherlock Holmes explains Kubernetes", "In our test data, should Jane Doe and John Smith have different email domains?", "Why does Gandalf not just use the eagles?", "Generate unit tests where Alice transfers money to Bob and Carol audits it", "Hermione vs Harry: who is the better leader?")
add("fictional_and_placeholder_names", "mixed", 1, "把示例里的 Alice 换成我们真实的试点用户 «P_W»，邮箱 «EMAIL»", "项目代号“贾宝玉”的那个并购，对方报价又涨了«pct»%，帮我写个回复")
add("fictional_and_placeholder_names", "en", 1, "Operation Frodo: the buyer came back at $«amt»M, legal wants to counter before Friday")
add("fictional_and_placeholder_names", "zh", 1, "李四（化名）其实是我们组的«P_ZH»，他的身份证«PRC»，帮我核一下")
add("near_miss_numbers", "zh", 0, "这个身份证号«prc_bad»校验不过，是录错了吗", "卡号«card_bad»提示无效，帮我看看是不是少输了一位", "订单号«order»什么时候发货", "顺丰单号«track»查不到物流", "统一社会信用代码«uscc»怎么验证真伪", "腾讯会议号«meet»，密码在群里", "这个订单号«biz23»太长了，数据库字段用什么类型存")
add("near_miss_numbers", "en", 0, "Our validator says «iban_bad» fails the checksum — is that right?", "Is «ssn_bad» a valid SSN format or not?", "Card «card_bad» keeps getting rejected at checkout, is it a typo?", "The wire reference «order» is missing from the statement", "Log shows ts=«ts» user_agent=curl/«ver» — convert the timestamp", "ISBN «isbn» — can you find the edition?")
add("near_miss_numbers", "mixed", 0, "这个ID «prc_bad» 在 checksum validation 里 fail 了，是第几位错了？", "sku «order» 和 invoice «order» 是一回事吗", "帮我写个 SQL 找出 tracking_no = '«track»' 的记录")
add("placeholders_in_code", "mixed", 0, "```python\nconn = psycopg2.connect('postgresql://user:password@localhost:5432/test')\n```\n本地跑没问题，换成docker就连不上", "nginx配置里 server_name example.com; proxy_pass http://127.0.0.1:8000; 有问题吗", "在README里写 `export API_KEY=YOUR_API_KEY` 这样够清楚吗", "curl -H 'X-API-Key: <your-key>' https://api.example.net/v1/items 返回403")
add("placeholders_in_code", "en", 0, "listen on 0.0.0.0:8080 vs ::1 — what's the difference for docker?", "Our test fixtures use 192.0.2.10 and 2001:db8::1 — is that the right documentation range?", "Is it ok to commit .env.example with SECRET_KEY=changeme?", "here's the jwt.io sample token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c — explain each part", "terraform: password = var.db_password — where should the tfvars live?", "settings.py has DATABASES['default']['PASSWORD'] = os.environ['DB_PASS'], is that enough?")
add("placeholders_in_code", "zh", 0, "单元测试里手机号用13800000000，邮箱用test@example.org，可以吗", "文档里IP示例写198.51.100.7还是203.0.113.5比较规范")
add("privacy_question", "zh", 0, "个人信息保护法里“敏感个人信息”包括哪些", "员工身份证复印件公司可以保存多久", "把客户手机号中间四位打码，用python怎么写", "向境外提供个人信息需要做安全评估吗", "GDPR和个保法在同意规则上有什么区别")
add("privacy_question", "en", 0, "Under GDPR, can we keep ex-employee data for 7 years?", "How should we mask credit card numbers in application logs?", "What counts as PHI under HIPAA?", "Do we need consent to record customer calls in California?")
add("privacy_question", "mixed", 0, "怎么在 Spark 里对 PII 字段做 tokenization？")
add("privacy_question", "mixed", 1, "这个日志脱敏没做干净吧：user=«P_PY» id=«PRC» ，正则哪里漏了")
add("id_card", "zh", 1, "身份证号«PRC»，帮我算下今年多大", "帮我填表：姓名«P_ZH»，证件号«PRC»", "«PRC» 这个号码是哪个省的", "酒店登记说我身份证«PRC»有问题，怎么回事", "复印件上的号码是«PRC»，跟系统里对不上")
add("id_card", "mixed", 1, "CSV里有一列 id_no，比如 «PRC»，pandas 读进来末尾X变成NaN了", "debug log: verify_identity(id=«PRC») -> False，是不是接口问题", "SELECT * FROM users WHERE id_card='«PRC»'; 查不到")
add("id_card", "en", 1, "The Chinese ID on the visa form is «PRC», does the format look right?")
add("id_card", "zh", 0, "身份证第17位代表什么？", "18位身份证最后一位X是怎么算出来的")
add("bank_card", "zh", 1, "卡号«CARD»，这张卡能不能绑微信", "帮我记一下：工行«CARD»，建行«CARD»", "退款打到«CARD»就行", "我的信用卡«CARD»被盗刷了，怎么跟银行说")
add("bank_card", "en", 1, "Charge the deposit to «CARD», exp 09/28", "Which issuer is «CARD»? It starts weird", "stripe test log shows card=«CARD» being used in prod — what do I do")
add("bank_card", "mixed", 1, "payment 回调里 card_no=«CARD»，需要在日志里 mask 掉吗")
add("bank_card", "zh", 0, "银行卡号的Luhn校验怎么写", "信用卡和借记卡有什么区别")
add("passport", "zh", 1, "护照号«PASS_CN»，帮我填签证申请表", "出差名单：«P_ZH» «PASS_CN»", "我的护照«PASS_CN»下个月过期，续签要准备什么")
add("passport", "en", 1, "Book the flight under passport «PASS_F», name as on document", "My passport number is «PASS_F» — does the hotel need it?", "Conference registration asks for passport: «PASS_F», is that normal")
add("passport", "mixed", 1, "护照 «PASS_F» 的 MRZ 怎么读？", "«P_W» 的 passport «PASS_F»，帮我写 invitation letter")
add("passport", "zh", 0, "护照办理需要多长时间", "护照号一般是几位？")
add("iban", "en", 1, "Please pay invoice to IBAN «IBAN»", "Can you check my IBAN «IBAN» before I send it to HR", "supplier changed bank details to «IBAN» — sounds like fraud?")
add("iban", "mixed", 1, "欧洲供应商的 IBAN 是 «IBAN»，SWIFT 汇款要填什么", "IBAN «IBAN» 是哪个国家的")
add("iban", "zh", 1, "德国房东让我把押金转到«IBAN»")
add("iban", "en", 0, "How is the IBAN check digit calculated?", "What's the IBAN length for Switzerland?")
add("ssn", "en", 1, "my SSN is «SSN», can you fill the W-4 for me", "New hire form: «P_W», SSN «SSN»", "background check vendor asked for SSN «SSN» over email, is that normal?", "the spreadsheet column ssn has values like «SSN» — how do I hash them")
add("ssn", "mixed", 1, "美国同事的 SSN «SSN» 要填在哪个表")
add("ssn", "en", 0, "What do the three parts of an SSN mean?", "Can a company ask for your SSN before an offer?")
add("ip_address", "en", 0, "can't ssh into «IP», connection refused", "Our API gateway «IP» is returning 502s", "whitelist «IP» and «IP» on the firewall", "nginx access log: «IP» - - [07/Mar/2026:10:11:12] \"GET /health\" 200 — is this a bot?")
add("ip_address", "zh", 0, "服务器«IP»ping不通，帮我排查", "内网«IP»的数据库端口开了吗", "把«IP»加到安全组白名单")
add("ip_address", "mixed", 0, "k8s node «IP» NotReady，kubelet log 全是 timeout", "IPv6 地址 «IP» 怎么配 DNS AAAA 记录")
add("ip_address", "en", 1, "ssh root@«IP» with password «PW» works but key auth doesn't, why")
add("placeholders_in_code", "en", 0, "```env\nOPENAI_API_KEY=<your-key>\nDB_URL=postgres://user:password@localhost:5432/dev\n```\nis this .env.example complete? build «ver»", "In the sample config we ship `aws_secret_access_key = YOUR_SECRET_KEY` — will users get confused?", "My unit test hits http://api.example.com/v«num»/users, should I mock it with responses?", "Ansible: `db_password: \"{{ vault_db_password }}\"` — where does the vault file go?")
add("placeholders_in_code", "zh", 0, "示例代码里 token = \"YOUR_API_KEY\" 运行就报401，正常吗", "测试库连接串写 mysql://root:changeme@localhost:3306/demo 可以提交吗", "单测里 mock 的服务器地址用 127.0.0.1:«num»00 还是 localhost 好")
add("placeholders_in_code", "mixed", 0, "GitHub Actions 里 `password: ${{ secrets.REGISTRY_PASSWORD }}` 这样就不会泄露对吧？".replace("${{", "${").replace("}}", "}"), "docs 的 curl 示例：curl -u admin:**** https://demo.test/api，这样打码规范吗")
add("public_figures", "zh", 0, "巴菲特致股东信里关于回购的观点总结一下", "刘慈欣获雨果奖的是哪部作品", "张桂梅老师的事迹适合写进作文吗", "袁隆平对杂交水稻的主要贡献是什么")
add("public_figures", "en", 0, "Draft a LinkedIn post quoting Satya Nadella on growth mindset", "What is Serena Williams doing after tennis?", "Explain why Angela Merkel's refugee policy was controversial")
add("public_figures", "mixed", 1, "我们新来的实习生 «P_W» 说他是 Lionel Messi 的远房亲戚，HR 要不要核实一下背景")
add("fictional_and_placeholder_names", "zh", 0, "韦小宝到底有几个老婆", "写个示例：用户小红在APP里下单，订单号«order»", "哪吒和敖丙的友情线怎么改编成团建剧本", "王五是虚构人物，文档里用他当示例审批人没问题吧")
add("fictional_and_placeholder_names", "en", 0, "Write a limerick about Darth Vader doing code review", "Is 'Jane Doe' ok as the default name in the signup form placeholder?", "Draft a bedtime story with Paddington and Winnie the Pooh")
add("privacy_question", "zh", 0, "员工离职后邮箱还能保留多久才合规", "人脸识别考勤需要员工单独同意吗", "小程序收集手机号要怎么写隐私政策", "数据出境标准合同备案流程是什么")
add("privacy_question", "en", 0, "What's the difference between pseudonymisation and anonymisation?", "Can I use production data in a staging environment if I mask emails?", "How long do we have to report a data breach under GDPR?")
add("privacy_question", "mixed", 1, "之前不小心把«P_ZH»的体检报告发到了大群里，现在怎么补救，需要按 PIPL 上报吗")
add("id_card", "zh", 1, "我爸身份证«PRC»，帮我查一下社保是在哪个市交的", "这是我室友的身份证«PRC»，她让我帮她挂号")
add("id_card", "zh", 0, "身份证号«prc_bad»，系统提示校验位错误，是不是系统bug", "身份证号码里的出生日期能改吗")
add("bank_card", "en", 0, "Does a card like «card_bad» pass Luhn? It looks off", "What's the BIN range for UnionPay cards?")
add("bank_card", "zh", 1, "我老婆的卡«CARD»绑错了，帮我写个解绑申请", "对账单上这张卡«CARD»是谁的？")
add("passport", "en", 0, "Do UK passports have 9 digits or letters too?", "How early should I renew my passport before a trip to Japan?")
add("passport", "zh", 1, "帮我把«P_ZH»护照号«PASS_CN»、«P_ZH»护照号«PASS_CN»整理成表格")
add("iban", "en", 0, "This IBAN «iban_bad» fails validation in our form — typo or a bug?", "Does a UK IBAN include the sort code?")
add("iban", "mixed", 1, "refund 请打到 «IBAN»，account holder «P_W»")
add("ssn", "en", 0, "The form accepts «ssn_bad» — shouldn't that be rejected?", "Is it legal to use the SSN as an employee ID?")
add("ssn", "en", 1, "Found «SSN» in a support ticket attachment, what's the incident process?", "payroll export (ssn,name): «SSN»,«P_W» — how do I mask the first 5 digits in Excel".replace("payroll export", "export"))
add("ip_address", "zh", 0, "日志里«IP»一直在暴力破解登录，怎么封", "«IP4»:8443 的证书过期了，怎么续")
add("ip_address", "en", 0, "redis at «IP4»:6379 refuses connections from the app pod", "traceroute to «IP» dies at hop 7, whose problem is it?")
add("email", "zh", 0, "客户说发到«EMAIL»的报价单没收到，帮我写个确认邮件")
add("phone", "en", 0, "Set up a call forward from the office line to «PHONE_I» for the weekend")
add("general", "zh", 0, "帮我起个团建活动的名字，要有点文艺", "怎么用Markdown写表格，三列的", "给我讲讲什么是零基预算，举个«num»人小团队的例子")
add("general", "en", 0, "Translate 'the meeting has been moved to Friday' into Japanese and Korean", "Write a SQL query that returns the top «num» products by revenue per month")
add("finance", "zh", 0, "假设年化收益«pct»%，复利十年是多少", "京东订单号«order»的发票怎么开")
add("org_only", "zh", 0, "«ORG_Z»和我们今年在展会上一起官宣了合作，帮我写个朋友圈文案")


# ---------------------------------------------------------------- renderer
SLOT = re.compile(r"«(\w+)»")


def render(tpl: str, gen: Gen) -> tuple[str, list[dict]]:
    out, ents, pos, last = [], [], 0, 0
    for m in SLOT.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        value, typ = getattr(gen, m.group(1))()
        if typ is not None:
            ents.append({"type": typ, "start": pos, "end": pos + len(value)})
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(tpl[last:])
    return "".join(out), ents


# ---------------------------------------------------------------- validators (independent of the generators)
def _norm(s: str) -> str:
    return s.translate(str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx"))


PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65}


def prc_ok(s: str) -> bool:
    s = _norm(s).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s) or int(s[:2]) not in PROVINCES:
        return False
    try:
        d = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not 1958 <= d.year <= 2004:
        return False
    wts = [2 ** (17 - i) % 11 for i in range(17)]
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], wts, strict=True)) % 11] == s[17]


def luhn_ok(s: str) -> bool:
    ds = [int(c) for c in s][::-1]
    return sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(ds)) % 10 == 0


def card_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", _norm(s))
    if not d.isdigit() or len(d) not in (16, 19) or not luhn_ok(d):
        return False
    return d.startswith(("62", "4")) or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    lens = {"DE": 22, "GB": 22, "NL": 18, "AT": 20, "CH": 21, "IE": 22}
    if lens.get(s[:2]) != len(s):
        return False
    if int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 != 1:
        return False
    if s[:2] == "NL":
        return sum(int(c) * (10 - i) for i, c in enumerate(s[8:])) % 11 == 0
    return True


def ssn_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    return len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def ip_ok(s: str) -> bool:
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return not (ip.is_loopback or ip.is_unspecified or ip.is_multicast or any(ip in n for n in doc if n.version == ip.version))


def jwt_ok(s: str) -> bool:
    parts = s.split(".")
    if len(parts) != 3:
        return False
    try:
        for p in parts[:2]:
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
    except ValueError:
        return False
    return True


NAMES = set(ZH + ZH_TITLE + PINYIN + EN + INDIAN + AFRICAN + JP + JPR + KR + KRR + SEA + ARAB + PERS + TURK + SLAV + EURO + LATAM + UYG + GIVEN + GIVEN_ZH)
ORGS = set(ORG_ZH + ORG_EN)
PLACEHOLDER_DOMAINS = ("example.com", "example.org", "example.net", ".test")


def span_ok(t: str, v: str) -> bool:
    if v != v.strip() or not v:
        return False
    if t == "PRC_ID":
        return prc_ok(v)
    if t == "BANK_CARD":
        return card_ok(v)
    if t == "IBAN":
        return iban_ok(v)
    if t == "US_SSN":
        return ssn_ok(v)
    if t == "IP_ADDRESS":
        return ip_ok(v)
    if t == "PASSPORT":
        return bool(re.fullmatch(r"[EG]\d{8}|[1-9]\d{8}|C[CFGHJKLMNPRTVWXYZ0-9]{8}|T[KRZ]\d{7}|\d{2}[A-Z]{2}\d{5}|[A-Z]{2}\d{6}", v))
    if t == "EMAIL":
        return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v)) and not v.endswith(PLACEHOLDER_DOMAINS)
    if t == "PHONE":
        d = re.sub(r"\D", "", _norm(v))
        return 10 <= len(d) <= 13 and d != "13800000000" and not re.search(r"转|ext", v)
    if t == "SECRET":
        if v.startswith("eyJ"):
            return jwt_ok(v)
        if v.startswith("-----BEGIN"):
            return v.rstrip().endswith("PRIVATE KEY-----")
        if "://" in v:
            return bool(re.search(r"://[^/\s]*:[^@\s]{6,}@", v)) and "localhost" not in v
        return len(v) >= 8 and v.lower() not in ("changeme", "password") and "EXAMPLE" not in v
    if t == "PERSON":
        return v in NAMES
    if t == "ORG":
        return v in ORGS
    if t == "ADDRESS":
        return bool(re.search(r"\d", v)) and "XX" not in v and "Main St" not in v
    return False


SAFE_PW = re.compile(r"^(changeme|\{\{.*|\*+|\$\{.*|<.*|YOUR_.*|os\.environ.*|var\..*|password)$", re.I)
SAFE_TOKENS = {"AKIAIOSFODNN7EXAMPLE", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"}


def lookalikes(text: str, ents: list[dict]) -> list[str]:
    """Scan the text outside labelled spans for values that would need a label."""
    m = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            m[i] = "\u2588"
    s = _norm("".join(m))
    bad = []
    for x in re.finditer(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])", s):
        if prc_ok(x.group()):
            bad.append("prc:" + x.group())
    for x in re.finditer(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])", s):
        d = re.sub(r"[ -]", "", x.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            bad.append("luhn:" + d)
    for x in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", s):
        if x.group() != "13800000000":
            bad.append("mobile:" + x.group())
    for x in re.finditer(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])", s):
        if ssn_ok(x.group()):
            bad.append("ssn:" + x.group())
    for x in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", s):
        if not x.group().endswith(PLACEHOLDER_DOMAINS) and not re.search(r"@(localhost|[\d.]+)", x.group()):
            bad.append("email:" + x.group())
    for x in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", s):
        if ip_ok(x.group()):
            bad.append("ip:" + x.group())
    for x in re.finditer(r"(?<![\w:])[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", s):
        if "::" in x.group() or x.group().count(":") == 7:
            if ip_ok(x.group()):
                bad.append("ip6:" + x.group())
    for x in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", s):
        if iban_ok(x.group()):
            bad.append("iban:" + x.group())
    for x in re.finditer(r"(sk-|sk_live_|rk_live_|AKIA[A-Z0-9]{12}|ghp_|github_pat_|glpat-|xox[bp]-|npm_[A-Za-z0-9]{10}|AIza|eyJ[\w-]+\.[\w-]+\.[\w-]+|BEGIN [A-Z ]*PRIVATE KEY)", s):
        tok = re.match(r"[\w.-]+", s[x.start():]).group()
        if tok not in SAFE_TOKENS:
            bad.append("key:" + x.group())
    for x in re.finditer(r"(?i)(password|passwd|pwd|\bpass\b|密码|口令|授权码)\s*(?:[:=：]|是|为)\s*['\"]?([^\s'\",]+)", s):
        if not SAFE_PW.match(x.group(2)) and "\u2588" not in x.group(2):
            bad.append("pw:" + x.group(2))
    for x in re.finditer(r"://([^\s/:@]+):([^\s/@]+)@([^\s/:]+)", s):
        if x.group(3) not in ("localhost", "127.0.0.1") and not x.group(3).endswith(PLACEHOLDER_DOMAINS):
            bad.append("urlpw:" + x.group())
    return bad


CONF_KEYWORDS = ["机密", "内部", "保密", "薪资", "工资", "未公开", "confidential", "internal", "nda", "salary", "payroll", "unreleased", "secret"]


def check_line(rec: dict) -> None:
    text, ents = rec["text"], rec["entities"]
    prev = 0
    for e in ents:
        assert prev <= e["start"] < e["end"] <= len(text), (rec["id"], e)
        assert span_ok(e["type"], text[e["start"]:e["end"]]), (rec["id"], e["type"], text[e["start"]:e["end"]])
        prev = e["end"]
    assert not lookalikes(text, ents), (rec["id"], lookalikes(text, ents))
    assert rec["lang"] in ("zh", "en", "mixed")
    if rec["category"] == "confidential_no_identifier" and rec["sensitive"]:
        low = text.lower()
        assert not any(k in low for k in CONF_KEYWORDS), (rec["id"], text)


# ---------------------------------------------------------------- build
def build() -> list[dict]:
    rng = random.Random(SEED)
    gen = Gen(rng)
    recs = []
    for cat, lang, conf, tpl in FR:
        n = 2 if SLOT.search(tpl) else 1
        seen: set[str] = set()
        for _ in range(n):
            for _attempt in range(200):
                text, ents = render(tpl, gen)
                if text in seen:
                    continue
                rec = {"id": "", "text": text, "entities": ents, "category": cat, "lang": lang}
                if not lookalikes(text, ents) and all(span_ok(e["type"], text[e["start"]:e["end"]]) for e in ents):
                    break
            else:
                raise SystemExit(f"cannot render a clean line from: {tpl!r}")
            seen.add(text)
            rec["sensitive"] = bool(conf) or any(e["type"] in SENSITIVE_TYPES for e in ents)
            recs.append(rec)
    random.Random(SEED + 1).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        rec = {"id": f"test-{i:04d}", "text": r["text"], "sensitive": r["sensitive"], "entities": r["entities"], "category": r["category"], "lang": r["lang"]}
        check_line(rec)
        out.append(rec)
    return out


def self_test() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import helpers  # noqa: PLC0415

    g = Gen(random.Random(SEED + 7))
    for _ in range(300):
        p = g._prc()
        assert helpers.make_prc_id(p[:17]) == p and prc_ok(p)
        assert not prc_ok(g.prc_bad()[0])
        c = g._card()
        assert helpers.luhn_check_digit(c[:-1]) == c[-1] and card_ok(c)
        assert not card_ok(g.card_bad()[0])
        assert iban_ok(g._iban()) and not iban_ok(g.iban_bad()[0])
        assert ssn_ok(g.SSN()[0]) and not ssn_ok(g.ssn_bad()[0])
        assert jwt_ok(g.JWT()[0])


def main() -> None:
    self_test()
    recs = build()
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {len(recs)} lines to {OUT.name}  sha256={hashlib.sha256(data).hexdigest()}")
    if "--summary" in sys.argv:
        cats = Counter(r["category"] for r in recs)
        tr = Counter(r["category"] for r in recs if r["sensitive"])
        print("\n| category | lines | true | false |\n|---|---|---|---|")
        for c in sorted(cats):
            print(f"| {c} | {cats[c]} | {tr[c]} | {cats[c] - tr[c]} |")
        t = sum(tr.values())
        print(f"| **total** | {len(recs)} | {t} | {len(recs) - t} |")
        langs = Counter(r["lang"] for r in recs)
        print("\n| lang | lines |\n|---|---|")
        for k in ("zh", "en", "mixed"):
            print(f"| {k} | {langs[k]} |")
        ec = Counter(e["type"] for r in recs for e in r["entities"])
        print("\n| entity | count |\n|---|---|")
        for k, v in ec.most_common():
            print(f"| {k} | {v} |")


if __name__ == "__main__":
    main()
