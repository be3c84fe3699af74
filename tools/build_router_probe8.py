# ruff: noqa: E501
"""Build ``hybridai/data/router_probe8.jsonl``, the eighth probe set of the privacy router (written as the
held-out test split, read once, now development data; see hybridai/data/README.md).

Written blind: only the labelling spec and ``tests/helpers.py`` were read. Every frame, name, company,
street and scenario below is hand-written for this file; structured values (IDs, cards, IBANs, SSNs,
passports, phones, e-mails, IPs, secrets) and their near misses are computed by code, offsets are
recorded by the renderer, and ``sensitive`` is derived from the entities and the frame's confidential
flag. Independent validators re-check every span and scan every text for unlabelled look-alikes.

    .venv/bin/python tools/build_router_probe8.py            # writes the file, prints its sha256
    .venv/bin/python tools/build_router_probe8.py --summary  # also prints markdown tables
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
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 90417
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "hybridai" / "data" / "router_probe8.jsonl"
SENSITIVE_TYPES = {"PRC_ID", "BANK_CARD", "PASSPORT", "IBAN", "US_SSN", "SECRET", "PERSON", "ADDRESS"}
FW = str.maketrans("0123456789", "０１２３４５６７８９")
FW_BACK = str.maketrans("０１２３４５６７８９ｘＸ", "0123456789xX")

# --------------------------------------------------------------------------------------------
# generators of structured values
# --------------------------------------------------------------------------------------------
COUNTIES = [
    "110105", "110108", "110114", "120104", "130102", "130681", "140105", "150102", "210102", "210213",
    "220104", "230103", "310104", "310115", "310112", "320102", "320583", "320282", "330106", "330782",
    "330483", "340104", "350203", "350582", "360102", "360732", "370102", "370212", "370781", "410105",
    "410322", "420106", "420111", "430104", "431281", "440106", "440305", "441900", "445202", "450103",
    "460105", "500103", "500228", "510107", "511623", "520102", "530102", "540102", "610113", "620102",
    "630102", "640104", "650102", "659001",
]
W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def prc_check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, W17, strict=True)) % 11]


def rand_birth(rng: random.Random) -> date:
    start = date(1958, 1, 1)
    return start + timedelta(days=rng.randrange((date(2004, 12, 31) - start).days))


def gen_prc(rng: random.Random, want_x: bool = False) -> str:
    while True:
        body = rng.choice(COUNTIES) + rand_birth(rng).strftime("%Y%m%d") + f"{rng.randrange(1, 999):03d}"
        full = body + prc_check(body)
        if full.endswith("X") == want_x:
            return full


def luhn_digit(body: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def gen_card_digits(rng: random.Random, issuer: str | None = None) -> str:
    issuer = issuer or rng.choice(["up16", "up19", "visa", "mc", "mc2", "up16", "visa"])
    if issuer == "up16":
        pre, n = rng.choice(["622202", "621700", "622848", "622588", "621483", "623058"]), 16
    elif issuer == "up19":
        pre, n = rng.choice(["621226", "622208", "621799", "623668", "621661"]), 19
    elif issuer == "visa":
        pre, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif issuer == "mc":
        pre, n = str(rng.randint(51, 55)) + "".join(rng.choice("0123456789") for _ in range(4)), 16
    else:
        pre, n = str(rng.randint(2221, 2720)) + "".join(rng.choice("0123456789") for _ in range(2)), 16
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    return body + luhn_digit(body)


def layout_digits(rng: random.Random, d: str, styles=("plain", "space", "dash", "fw", "space")) -> str:
    style = rng.choice(styles)
    if style == "plain":
        return d
    if style == "fw":
        return d.translate(FW)
    groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    return (" " if style == "space" else "-").join(groups)


def iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _u(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


def gen_nl_account(rng) -> str:
    while True:
        acc = _d(rng, 10)
        if acc[0] != "0" and sum(int(c) * w for c, w in zip(acc, range(10, 0, -1), strict=True)) % 11 == 0:
            return acc


def gen_iban_raw(rng, country: str | None = None) -> str:
    country = country or rng.choice(["DE", "GB", "NL", "AT", "CH", "IE", "BE", "DE", "GB"])
    if country == "DE":
        bban = rng.choice(["10070000", "37040044", "50010517", "70020270", "20050550"]) + _d(rng, 10)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _d(rng, 6) + _d(rng, 8)
    elif country == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + gen_nl_account(rng)
    elif country == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000"]) + _d(rng, 11)
    elif country == "CH":
        bban = rng.choice(["00762", "00235", "00700", "08390"]) + _d(rng, 12)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + _d(rng, 6) + _d(rng, 8)
    else:  # BE: 3 bank + 7 account + national check mod 97
        first = _d(rng, 10)
        chk = int(first) % 97 or 97
        bban = first + f"{chk:02d}"
    return country + iban_check(country, bban) + bban


def iban_print(raw: str) -> str:
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def gen_ssn_parts(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return a, rng.randint(1, 99), rng.randint(1, 9999)


def gen_ssn(rng) -> str:
    a, g, s = gen_ssn_parts(rng)
    fmt = rng.choice(["-", "-", " ", ""])
    return f"{a:03d}{fmt}{g:02d}{fmt}{s:04d}"


def gen_pass_cn(rng) -> str:
    return rng.choice("EEG") + _d(rng, 8)


def gen_pass_foreign(rng) -> str:
    kind = rng.choice(["us", "uk", "de", "jp", "fr", "ca", "kr", "in"])
    if kind in ("us", "uk"):
        return str(rng.randint(1, 9)) + _d(rng, 8)
    if kind == "de":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if kind == "jp":
        return rng.choice(["TK", "TR", "MZ", "TZ"]) + _d(rng, 7)
    if kind == "fr":
        return _d(rng, 2) + _u(rng, 2) + _d(rng, 5)
    if kind == "ca":
        return _u(rng, 2) + _d(rng, 6)
    if kind == "kr":
        return "M" + _d(rng, 8)
    return rng.choice("JKLMNPRSTUVZ") + _d(rng, 7)


MOBILE_PRE = ["135", "136", "137", "139", "150", "151", "152", "158", "159", "182", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "177", "180", "181", "189", "199", "166", "173", "176", "198", "147", "195"]


def gen_mobile(rng) -> str:
    while True:
        m = rng.choice(MOBILE_PRE) + _d(rng, 8)
        if m != "13800000000":
            break
    style = rng.choice(["plain", "plain", "dash", "space", "+86", "+86s", "(+86)", "fw"])
    if style == "plain":
        return m
    if style == "dash":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if style == "space":
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if style == "+86":
        return "+86" + m
    if style == "+86s":
        return f"+86 {m[:3]} {m[3:7]} {m[7:]}"
    if style == "(+86)":
        return f"(+86) {m}"
    return m.translate(FW)


def gen_landline(rng) -> str:
    area, n = rng.choice([("010", 8), ("021", 8), ("0755", 8), ("020", 8), ("0571", 8), ("028", 8), ("0512", 8), ("023", 8), ("0731", 8), ("0898", 8)])
    num = str(rng.randint(2, 8)) + _d(rng, n - 1)
    return rng.choice([f"{area}-{num}", f"({area}){num}", f"{area} {num[:4]} {num[4:]}", f"{area}-{num[:4]}-{num[4:]}"])


def gen_intl_phone(rng) -> str:
    k = rng.choice(["uk", "us", "sg", "hk", "de", "jp", "in", "au", "kr", "ae", "br", "fr"])
    if k == "uk":
        return f"+44 7{rng.choice(['4', '5', '8', '9'])}{_d(rng, 2)} {_d(rng, 6)}"
    if k == "us":
        area = rng.choice(["312", "617", "206", "415", "512", "404", "303", "646"])
        return f"+1 ({area}) {rng.randint(201, 989)}-{rng.randint(1000, 9999)}"
    if k == "sg":
        return f"+65 {rng.choice('89')}{_d(rng, 3)} {_d(rng, 4)}"
    if k == "hk":
        return f"+852 {rng.choice('569')}{_d(rng, 3)} {_d(rng, 4)}"
    if k == "de":
        return f"+49 1{rng.choice(['51', '52', '60', '70', '76'])} {_d(rng, 8)}"
    if k == "jp":
        return f"+81 {rng.choice(['90', '80', '70'])}-{_d(rng, 4)}-{_d(rng, 4)}"
    if k == "in":
        return f"+91 9{_d(rng, 4)} {_d(rng, 5)}"
    if k == "au":
        return f"+61 4{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}"
    if k == "kr":
        return f"+82 10-{_d(rng, 4)}-{_d(rng, 4)}"
    if k == "ae":
        return f"+971 5{rng.choice('0256')} {_d(rng, 3)} {_d(rng, 4)}"
    if k == "br":
        return f"+55 11 9{_d(rng, 4)}-{_d(rng, 4)}"
    return f"+33 6 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}"


CO_DOMAINS = ["xinghe-instruments.cn", "hengtai-materials.com.cn", "qianyan-iot.com", "kestrel-logistics.de", "brightwater-analytics.co.uk", "bluepeaklabs.io", "vanleeuwen-trading.nl", "marlowehealth.com", "castellansoft.com", "oakridgefoods.co.uk", "dongganglog.cn", "jinchenglaw.com", "tannenberg-mb.de", "halvorsenmarine.no", "ferranterossi.it"]
PERSONAL_DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com", "sina.com", "yahoo.co.jp", "hotmail.com", "icloud.com", "naver.com", "proton.me"]
LOCALS = ["lin.haiyan", "zhenyu.guo", "xieyt", "qiu_jianguo", "siqi.jiang", "hejunjie88", "jiayi.lu", "pengzq", "m.oconnell", "d.whitaker", "hfletcher", "arjun.r", "sneha.kulkarni", "cokafor", "k.asante", "amara.diallo", "t.sato", "misaki.t", "jihoon.park", "lan.tran", "omar.alfarsi", "lhaddad", "d.rahimi", "elif.yildiz", "dvolkov", "k.nowak", "lars.eriksson", "g.romano", "camila.restrepo", "dhernandez", "finance-ap", "hr.ops", "procurement", "xiaowen_1993", "summer.yan", "bigfish2021", "tangtang0618", "ocean_blue77"]


def gen_email(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["co", "p"])
    local = rng.choice(LOCALS)
    if kind == "p":
        if rng.random() < 0.35:
            return f"{rng.randint(10000000, 2999999999)}@qq.com"
        return f"{local}@{rng.choice(PERSONAL_DOMAINS)}"
    return f"{local}@{rng.choice(CO_DOMAINS)}"


PUB_FIRST = [3, 13, 18, 34, 35, 36, 39, 42, 44, 47, 52, 54, 58, 59, 60, 61, 81, 85, 91, 94, 95, 101, 106, 110, 111, 112, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 139, 140, 141, 145, 150, 151, 175, 180, 182, 183, 185, 193, 194, 202, 210, 211, 212, 213, 217, 218, 219, 220, 221, 222, 223]


def gen_ip4_private(rng) -> str:
    k = rng.choice([10, 172, 192])
    if k == 10:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if k == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"


def gen_ip4_public(rng) -> str:
    return f"{rng.choice(PUB_FIRST)}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def gen_ip6(rng) -> str:
    h = lambda: f"{rng.randint(1, 0xffff):x}"  # noqa: E731
    k = rng.choice(["g", "g", "ula"])
    if k == "ula":
        return f"fd{rng.randint(0, 255):02x}:{h()}:{h()}:{h()}::{h()}"
    pre = rng.choice(["240e", "2408", "2409", "2400", "2a01", "2604", "2a03", "2001:da8"])
    tail = ":".join(h() for _ in range(3 if ":" in pre else 4))
    return f"{pre}:{tail}::{h()}" if rng.random() < 0.5 else f"{pre}:{tail}:{h()}:{h()}:{h()}"[: 200]


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64U = ALNUM + "-_"
B64 = ALNUM + "+/"


def _r(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64u(obj) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def gen_jwt(rng) -> str:
    header = {"alg": rng.choice(["HS256", "RS256", "HS512"]), "typ": "JWT"}
    payload = {"sub": str(rng.randint(100000, 9999999)), "role": rng.choice(["admin", "ops", "finance", "svc-billing"]), "iat": 1760000000 + rng.randint(0, 9000000)}
    payload["exp"] = payload["iat"] + 86400 * rng.randint(1, 30)
    return f"{b64u(header)}.{b64u(payload)}.{_r(rng, 43, B64U)}"


def gen_sshkey(rng) -> str:
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += [_r(rng, 70, B64) for _ in range(rng.randint(3, 5))]
    lines.append(_r(rng, rng.randint(20, 60), B64) + "=")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def gen_key(rng, k: str | None = None) -> str:
    k = k or rng.choice(["sk", "proj", "live", "akia", "ghp", "glpat", "xoxb", "npm", "aiza", "sk", "ghp", "akia"])
    if k == "sk":
        return "sk-" + _r(rng, 48)
    if k == "proj":
        return "sk-proj-" + _r(rng, 64, ALNUM + "-_")
    if k == "live":
        return "sk_live_" + _r(rng, 24)
    if k == "akia":
        return "AKIA" + _r(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if k == "ghp":
        return "ghp_" + _r(rng, 36)
    if k == "glpat":
        return "glpat-" + _r(rng, 20, ALNUM + "-_")
    if k == "xoxb":
        return f"xoxb-{_d(rng, 12)}-{_d(rng, 13)}-{_r(rng, 24)}"
    if k == "npm":
        return "npm_" + _r(rng, 36)
    return "AIza" + _r(rng, 35, ALNUM + "-_")


PW_WORDS = ["Tiger", "huanghe", "Sunflower", "qwer", "Lanzhou", "panda", "Moonlight", "xiaomao", "Harbor", "kaixin", "Maple", "Dragon", "wangcai", "Orchid", "Falcon"]


def gen_password(rng) -> str:
    k = rng.randrange(4)
    if k == 0:
        return _r(rng, rng.randint(12, 18), ALNUM + "!#%^*_-")
    if k == 1:
        return rng.choice(PW_WORDS) + rng.choice(["@", "#", "!", "_", "."]) + str(rng.randint(1985, 2026)) + rng.choice(["", "!", "$", "abc"])
    if k == 2:
        return rng.choice(PW_WORDS).lower() + _d(rng, 4) + rng.choice("!@#$%")
    return _r(rng, 4) + "-" + _r(rng, 4) + "-" + _r(rng, 4) + "-" + _r(rng, 4)


def gen_dburl(rng, k: str | None = None) -> str:
    user = rng.choice(["app", "billing_rw", "etl", "report", "svc_order", "root", "admin"])
    pw = _r(rng, rng.randint(10, 16), ALNUM + "_-")
    host = rng.choice(["pg-prod-01.int.xinghe-instruments.cn", "10.24.8.17", "db-master.qianyan-iot.com", "mysql-rw.corp.castellansoft.com", "172.20.3.41", "redis-cache-2.dongganglog.cn", "cluster0.k8xq2.mongodb.net"])
    k = k or rng.choice(["pg", "mysql", "mongo", "redis", "pg"])
    if k == "redis":
        host = rng.choice(["redis-cache-2.dongganglog.cn", "10.24.8.17", "172.20.3.41"])
    elif k == "mongo":
        host = rng.choice(["cluster0.k8xq2.mongodb.net", "mongo-rs0.int.bluepeaklabs.io"])
    elif host in ("redis-cache-2.dongganglog.cn", "cluster0.k8xq2.mongodb.net"):
        host = "pg-prod-01.int.xinghe-instruments.cn"
    if k == "pg":
        return f"postgresql://{user}:{pw}@{host}:5432/{rng.choice(['orders', 'crm', 'hr_core', 'ledger'])}"
    if k == "mysql":
        return f"mysql://{user}:{pw}@{host}:3306/{rng.choice(['erp', 'shop', 'wms'])}"
    if k == "mongo":
        return f"mongodb+srv://{user}:{pw}@{host}/{rng.choice(['events', 'profiles'])}?retryWrites=true"
    if k == "redis":
        return f"redis://:{pw}@{host}:6379/0"
    return f"https://{user}:{pw}@pypi.{rng.choice(CO_DOMAINS)}/simple"


# --------------------------------------------------------------------------------------------
# hand-written names, organisations and address parts
# --------------------------------------------------------------------------------------------
NAMES = {
    "ZH": ["林海燕", "郭振宇", "谢雨桐", "邱建国", "蒋思琪", "何俊杰", "卢佳怡", "彭志强", "曾晓琳", "潘文博", "杜若溪", "钟浩然", "邓美玲", "田国栋", "苏芷晴", "丁一鸣", "范雪梅", "廖正阳", "贺子轩", "龚丽萍", "戴永福", "侯建业", "汪思彤", "崔立群"],
    "ZHR": ["笪志远", "亓慧敏", "仉德胜", "逄春雷", "佘雅琪", "郗文彬", "禚海涛", "冼嘉欣", "隗立新", "钭晓东", "晏秋实", "暴振华", "蔺晨曦", "濮阳"],
    "ZHC": ["欧阳婧", "司马宏远", "上官雪", "慕容晓峰", "皇甫敏", "东方明轩", "尉迟浩", "公孙丽娟", "端木子涵", "夏侯俊", "澹台琳", "万俟志勇"],
    "ZHT": ["陳志豪", "黃淑芬", "劉家瑋", "張雅婷", "吳承翰", "蔡佩珊", "鄭凱文", "許嘉玲", "謝孟儒", "葉詠詩"],
    "TTL": ["周总", "孙经理", "钱主任", "冯老师", "韩工", "曹姐", "魏主管", "沈律师", "吕医生", "严处", "老周", "老黄", "老谭", "老贺", "小孟", "小叶", "小蒋", "小邹", "杨总监", "马姐"],
    "GIV": ["晓雯", "思远", "佳琪", "子豪", "梦瑶", "雨萱", "浩宇", "欣怡"],
    "PY": ["Guo Zhenyu", "LIN Haiyan", "Xie Yutong", "QIU Jianguo", "jiang siqi", "he junjie", "Ouyang Jing", "Peng Zhiqiang", "DU Ruoxi", "zhong haoran", "Sima Hongyuan", "Cao Mingyue"],
    "EN": ["Megan O'Connell", "Daniel Whitaker", "Hannah Fletcher", "Connor Mitchell", "Olivia Bramwell", "Nathan Crowley", "Rebecca Thornton", "Gavin McAllister", "Chloe Ashdown"],
    "IN": ["Arjun Raghavan", "Sneha Kulkarni", "Vikram Iyer", "Ananya Chatterjee", "Rohit Deshpande", "Kavya Nair", "Harpreet Sandhu"],
    "AF": ["Chinedu Okafor", "Kwame Asante", "Amara Diallo", "Thandiwe Nkosi", "Oluwaseun Adeyemi", "Wanjiru Kamau", "Abebe Tesfaye"],
    "JA": ["佐藤健太", "高橋美咲", "渡辺翔太", "中村由紀", "小林大輔", "山口彩花"],
    "JR": ["Takahashi Misaki", "Kenta Sato", "Yuki Nakamura", "Daisuke Kobayashi", "Ayaka Yamaguchi"],
    "KO": ["김민준", "이서연", "박지훈", "최유진", "정하늘", "윤서준"],
    "KR": ["Park Ji-hoon", "Lee Seo-yeon", "Kim Min-jun", "Choi Yu-jin", "Jung Ha-neul"],
    "SEA": ["Nguyen Van Minh", "Tran Thi Lan", "Siti Rahmawati", "Somchai Wongsakul", "Maria Santos-Reyes", "Muhammad Hafiz bin Ismail", "Pham Quoc Bao"],
    "AR": ["Omar Al-Farsi", "Layla Haddad", "Youssef Benali", "Fatima Al-Zahrani", "Khalid Mansour"],
    "FA": ["Dariush Rahimi", "Shirin Tehrani", "Arash Karimi", "Niloufar Hosseini"],
    "TR": ["Elif Yıldız", "Mehmet Aydın", "Zeynep Kaya", "Burak Demir"],
    "SL": ["Dmitri Volkov", "Katarzyna Nowak", "Pavel Dvořák", "Olena Shevchenko", "Milan Petrović"],
    "EU": ["Lars Eriksson", "Giulia Romano", "Sophie Lefèvre", "Jan de Vries", "Ingrid Solberg", "Matthias Becker", "Sean Gallagher", "Aoife Brennan"],
    "LA": ["Camila Restrepo", "Diego Hernández", "Valentina Rojas", "Joaquín Salazar", "Lucía Fernández", "Thiago Carvalho"],
    "FIRST": ["Priyanka", "Mateo", "Ingrid", "Kofi", "Yuki", "Sven", "Aisha", "Tomasz", "Noor", "Hiroshi", "Leila", "Bartek", "Marisol", "Dev"],
}
CJK_GROUPS = ["ZH", "ZH", "ZHR", "ZHC", "ZHT", "TTL", "JA", "KO"]
LAT_GROUPS = ["EN", "IN", "AF", "JR", "KR", "SEA", "AR", "FA", "TR", "SL", "EU", "LA", "PY"]

ORG_ZH = ["杭州星禾精密仪器有限公司", "苏州恒泰新材料有限公司", "深圳前沿智联科技有限公司", "上海锦程律师事务所", "北京中衡信会计师事务所", "武汉同仁康复医院", "广东粤海食品集团", "宁波东港物流有限公司", "青岛海澜纺织有限公司", "重庆嘉陵动力机械有限公司", "成都蓉新软件股份有限公司", "厦门鹭岛供应链管理有限公司", "合肥启明光电科技有限公司"]
ORG_BIG_ZH = ["华为", "比亚迪", "宁德时代", "招商银行", "中国平安", "京东方", "美团", "海尔集团", "中信证券", "北京协和医院", "四川大学华西医院", "上海瑞金医院"]
ORG_EN = ["Halvorsen Marine AS", "Brightwater Analytics Ltd", "Kestrel Logistics GmbH", "Ferrante & Rossi S.p.A.", "Northgate Capital Partners", "Bluepeak Labs", "Van Leeuwen Trading B.V.", "Marlowe Health Inc.", "Castellan Software LLC", "Ashford & Pryce LLP", "Oakridge Foods plc", "Tannenberg Maschinenbau AG", "Solvik Energy Group"]
ORG_BIG_EN = ["Siemens", "Bosch", "Samsung", "Toyota", "Nestlé", "Deloitte", "HSBC", "Unilever", "Maersk", "Philips"]

CN_CITY = [("北京市海淀区", ["中关村南大街", "学院路", "西三环北路"]), ("上海市徐汇区", ["漕溪北路", "虹桥路", "田林路"]), ("广州市天河区", ["天河北路", "体育西路", "珠江新城华夏路"]), ("深圳市南山区", ["科技南十二路", "南海大道", "粤海街道高新南一道"]), ("浙江省杭州市西湖区", ["文三路", "古墩路", "天目山路"]), ("四川省成都市武侯区", ["武侯祠大街", "科华北路", "人民南路四段"]), ("江苏省南京市鼓楼区", ["中山北路", "汉中门大街"]), ("湖北省武汉市洪山区", ["珞喻路", "雄楚大道"]), ("陕西省西安市雁塔区", ["小寨东路", "高新路"]), ("天津市南开区", ["卫津路", "鞍山西道"]), ("山东省青岛市市南区", ["香港中路", "闽江路"]), ("福建省厦门市思明区", ["湖滨南路", "厦禾路"]), ("湖南省长沙市岳麓区", ["麓山南路", "枫林三路"]), ("辽宁省大连市沙河口区", ["西安路", "五一路"])]
CN_ESTATE = ["锦绣华庭", "翠湖天地", "金色家园", "绿地世纪城", "阳光水岸", "融科香雪兰溪", "望京花园西区", "滨江名苑"]
CN_RURAL = [("河南省周口市郸城县", "汲冢镇", "王庄村"), ("安徽省阜阳市临泉县", "杨桥镇", "后李村"), ("四川省南充市仪陇县", "金城镇", "双河村"), ("湖南省邵阳市隆回县", "桃洪镇", "石门村"), ("江西省赣州市兴国县", "长冈乡", "塘石村"), ("山东省菏泽市曹县", "大集镇", "丁楼村"), ("贵州省遵义市湄潭县", "永兴镇", "茶香村")]
CN_NUM_ZH = "一二三四五六七八九"
US_STREETS = ["Maple Ridge Drive", "Willow Creek Road", "Alder Street", "Harrison Avenue", "Lakeview Terrace", "Cedar Hollow Lane", "Peachtree Street NE", "Beacon Street"]
US_CITIES = ["Columbus, OH 432{d}", "Portland, OR 972{d}", "Raleigh, NC 276{d}", "Boise, ID 837{d}", "Tucson, AZ 857{d}", "Madison, WI 537{d}", "Somerville, MA 021{d}", "Atlanta, GA 303{d}"]
UK_LINES = [("Elmhurst Road", "Manchester M14 5TQ"), ("Clarendon Park Road", "Leicester LE2 3AH"), ("Whiteladies Road", "Bristol BS8 2PY"), ("Marchmont Crescent", "Edinburgh EH9 1HL"), ("Richmond Road", "Cardiff CF24 3BN"), ("Headingley Lane", "Leeds LS6 1BN")]
DE_LINES = [("Schillerstraße", "80336 München"), ("Kastanienallee", "10435 Berlin"), ("Bergmannstraße", "10961 Berlin"), ("Eppendorfer Weg", "20259 Hamburg"), ("Aachener Straße", "50674 Köln"), ("Leipziger Straße", "60487 Frankfurt am Main"), ("Königstraße", "70173 Stuttgart")]
OTHER_W = ["{n} rue des Tanneurs, 69002 Lyon, France", "Unit {u}, {n} Banksia Street, Brunswick VIC 3056, Australia", "{n} Rue Saint-Denis, Montréal, QC H2X 3K8, Canada", "Keizersgracht {n}-{u}, 1015 CS Amsterdam", "Calle de Alcalá {n}, 3º B, 28009 Madrid", "Via Giuseppe Verdi {n}, 20121 Milano", "Storgatan {n}, 114 55 Stockholm", "{n} MG Road, Indiranagar, Bengaluru 560038"]


def gen_addr(rng, kind: str | None = None) -> str:
    kind = kind or rng.choice(["cn", "cn", "cnE", "cnR", "hk", "tw", "sg", "jp", "kr", "us", "uk", "de", "ow"])
    n = rng.randint(1, 399)
    if kind == "cn":
        city, roads = rng.choice(CN_CITY)
        tail = rng.choice(["", f"{rng.randint(1, 12)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 28)}0{rng.randint(1, 6)}室", f"{rng.choice(['天虹', '世纪', '环球', '金融'])}大厦{rng.randint(3, 40)}层", f"{rng.randint(1, 9)}栋{rng.randint(1, 30)}0{rng.randint(1, 8)}"])
        return f"{city}{rng.choice(roads)}{n}号{tail}"
    if kind == "cnE":
        city, roads = rng.choice(CN_CITY)
        return f"{city}{rng.choice(roads)}{n}号{rng.choice(CN_ESTATE)}{rng.randint(1, 25)}栋{rng.randint(1, 4)}单元{rng.randint(1, 33)}0{rng.randint(1, 4)}室"
    if kind == "cnR":
        county, town, village = rng.choice(CN_RURAL)
        return f"{county}{town}{village}{rng.choice(CN_NUM_ZH)}组{rng.randint(1, 60)}号"
    if kind == "hk":
        return rng.choice([f"香港九龍旺角彌敦道{rng.randint(500, 720)}號{rng.randint(2, 30)}樓{rng.choice('ABCDEF')}室", f"Flat {rng.choice('ABCD')}, {rng.randint(3, 40)}/F, Wing Fat Mansion, {n} King's Road, North Point, Hong Kong", f"香港灣仔軒尼詩道{n}號{rng.randint(2, 25)}樓"])
    if kind == "tw":
        return rng.choice([f"台北市大安區忠孝東路四段{n}號{rng.randint(2, 15)}樓", f"新北市板橋區文化路一段{n}巷{rng.randint(1, 30)}號", f"台中市西屯區臺灣大道三段{n}號{rng.randint(2, 20)}樓之{rng.randint(1, 5)}"])
    if kind == "sg":
        return rng.choice([f"Blk {rng.randint(100, 899)} Tampines Street {rng.randint(11, 45)}, #{rng.randint(2, 15):02d}-{rng.randint(10, 400)}, Singapore 52{_d(rng, 4)}", f"{n} Jurong West Street 61, #{rng.randint(2, 15):02d}-{rng.randint(10, 99)}, Singapore 64{_d(rng, 4)}"])
    if kind == "jp":
        return rng.choice([f"〒154-0024 東京都世田谷区三軒茶屋{rng.randint(1, 2)}丁目{rng.randint(1, 40)}-{rng.randint(1, 20)}", f"大阪府大阪市北区梅田{rng.randint(1, 3)}丁目{rng.randint(1, 12)}-{rng.randint(1, 30)}", f"{rng.randint(1, 4)}-{rng.randint(1, 30)}-{rng.randint(1, 15)} Ebisu-Minami, Shibuya-ku, Tokyo 150-0022"])
    if kind == "kr":
        return rng.choice([f"서울특별시 강남구 테헤란로 {n}, {rng.randint(2, 25)}층", f"부산광역시 해운대구 센텀중앙로 {rng.randint(10, 99)}, {rng.randint(101, 120)}동 {rng.randint(2, 30)}0{rng.randint(1, 4)}호", f"{n} Teheran-ro, Gangnam-gu, Seoul 06{_d(rng, 3)}"])
    if kind == "us":
        apt = rng.choice(["", f" Apt {rng.randint(1, 30)}{rng.choice('ABC')}", f" #{rng.randint(100, 900)}", f", Suite {rng.randint(100, 700)}"])
        return f"{rng.randint(12, 9800)} {rng.choice(US_STREETS)}{apt}, {rng.choice(US_CITIES).format(d=_d(rng, 2))}"
    if kind == "uk":
        street, city = rng.choice(UK_LINES)
        return rng.choice([f"Flat {rng.randint(1, 12)}, {n} {street}, {city}", f"{n} {street}, {city}"])
    if kind == "de":
        street, city = rng.choice(DE_LINES)
        return f"{street} {rng.randint(1, 140)}{rng.choice(['', '', 'a', 'b'])}, {city}"
    return rng.choice(OTHER_W).format(n=rng.randint(2, 180), u=rng.randint(1, 9))


# non-entity values used in hard negatives
PUBLIC = ["马化腾", "任正非", "刘强东", "董明珠", "姚明", "莫言", "屠呦呦", "鲁迅", "苏轼", "袁隆平", "Tim Cook", "Jensen Huang", "Taylor Swift", "Lionel Messi", "Warren Buffett", "Angela Merkel", "Serena Williams", "Sundar Pichai"]
FICTION = ["贾宝玉", "薛宝钗", "令狐冲", "郭靖", "黄蓉", "猪八戒", "Hermione Granger", "Frodo Baggins", "Darth Vader", "Elizabeth Bennet", "Tony Stark", "Atticus Finch"]
PLACEHOLDER = ["赵六", "某甲", "张某某", "Max Mustermann", "Erika Mustermann", "Joe Bloggs", "Richard Roe", "Mario Rossi", "山田太郎", "홍길동", "Juan Pérez", "Foo Bar"]
BARE_PLACES = ["成都高新区", "苏州工业园区", "杭州滨江", "深圳南山", "Munich", "Rotterdam", "新加坡", "大阪", "Leeds", "Bengaluru", "上海浦东新区", "Austin"]
SAMPLE_ADDR = ["XX省XX市XX区XX路XX号", "某某省某某市某某路88号", "123 Main St, Springfield", "1 Example Road, Sampletown AB1 2CD", "Musterstraße 1, 12345 Musterstadt", "〇〇県〇〇市〇〇町1-2-3"]


def gen_bad_prc(rng) -> str:
    k = rng.randrange(3)
    if k == 0:  # wrong check character
        good = gen_prc(rng)
        return good[:17] + rng.choice([c for c in "0123456789X" if c != good[17]])
    if k == 1:  # impossible date
        y = rng.randint(1960, 2003)
        md = rng.choice(["0230", "0231", "1332", "0431", "0229" if y % 4 else "0230", "1131", "0015"])
        body = rng.choice(COUNTIES) + f"{y}{md}" + f"{rng.randint(1, 998):03d}"
        return body + prc_check(body)
    body = rng.choice(["99", "80", "00", "72"]) + _d(rng, 4) + rand_birth(rng).strftime("%Y%m%d") + _d(rng, 3)
    return body + prc_check(body)


def gen_bad_card(rng) -> str:
    good = gen_card_digits(rng)
    return good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)


def gen_bad_iban(rng) -> str:
    good = gen_iban_raw(rng)
    chk = int(good[2:4])
    new = rng.choice([c for c in range(2, 99) if c != chk])
    return good[:2] + f"{new:02d}" + good[4:]


def gen_bad_ssn(rng) -> str:
    a, g, s = gen_ssn_parts(rng)
    k = rng.randrange(4)
    if k == 0:
        a = rng.choice([0, 666, rng.randint(900, 999)])
    elif k == 1:
        g = 0
    elif k == 2:
        s = 0
    else:
        a = rng.randint(900, 999)
    return f"{a:03d}-{g:02d}-{s:04d}"


def gen_usc(rng) -> str:
    return "91" + rng.choice(["3101", "4403", "3301", "1101", "5101"]) + rng.choice(["15", "05", "06", "08"]) + "MA" + _r(rng, 8, "0123456789ABCDEFGHJKLMNPQRTUWXY")


def gen_long23(rng) -> str:
    return "2025" + _d(rng, 3) + rng.choice(MOBILE_PRE) + _d(rng, 8) + _d(rng, 5)


def pick_name(rng, group: str) -> str:
    if group == "CJK":
        group = rng.choice(CJK_GROUPS)
    elif group == "LAT":
        group = rng.choice(LAT_GROUPS)
    elif group == "ANY":
        group = rng.choice(CJK_GROUPS + LAT_GROUPS)
    return rng.choice(NAMES[group])


def _fmt_date(rng) -> str:
    d = date(2025, 1, 1) + timedelta(days=rng.randrange(600))
    return rng.choice([d.isoformat(), d.strftime("%Y/%m/%d"), f"{d.year}年{d.month}月{d.day}日", d.strftime("%d %b %Y")])


# kind -> (entity type or None, generator)
KINDS = {
    "PRC": ("PRC_ID", lambda r: gen_prc(r)),
    "PRCX": ("PRC_ID", lambda r: (lambda v: v if r.random() < 0.6 else v[:17] + "x")(gen_prc(r, want_x=True))),
    "PRCFW": ("PRC_ID", lambda r: gen_prc(r).translate(FW)),
    "CARD": ("BANK_CARD", lambda r: layout_digits(r, gen_card_digits(r))),
    "CARDUP": ("BANK_CARD", lambda r: layout_digits(r, gen_card_digits(r, r.choice(["up16", "up19"])))),
    "CARDW": ("BANK_CARD", lambda r: layout_digits(r, gen_card_digits(r, r.choice(["visa", "mc", "mc2"])), ("plain", "space", "dash"))),
    "IBAN": ("IBAN", lambda r: (lambda v: iban_print(v) if r.random() < 0.6 else v)(gen_iban_raw(r))),
    "SSN": ("US_SSN", gen_ssn),
    "PASSCN": ("PASSPORT", gen_pass_cn),
    "PASSF": ("PASSPORT", gen_pass_foreign),
    "MOB": ("PHONE", gen_mobile),
    "LAND": ("PHONE", gen_landline),
    "INTL": ("PHONE", gen_intl_phone),
    "PHONE": ("PHONE", lambda r: r.choice([gen_mobile, gen_mobile, gen_landline, gen_intl_phone])(r)),
    "EMAIL": ("EMAIL", gen_email),
    "EMAILCO": ("EMAIL", lambda r: gen_email(r, "co")),
    "EMAILP": ("EMAIL", lambda r: gen_email(r, "p")),
    "IPPRIV": ("IP_ADDRESS", gen_ip4_private),
    "IPPUB": ("IP_ADDRESS", gen_ip4_public),
    "IP6": ("IP_ADDRESS", gen_ip6),
    "IP": ("IP_ADDRESS", lambda r: r.choice([gen_ip4_private, gen_ip4_public, gen_ip6])(r)),
    "KEY": ("SECRET", gen_key),
    "JWT": ("SECRET", gen_jwt),
    "KEYOAI": ("SECRET", lambda r: gen_key(r, r.choice(["sk", "proj"]))),
    "KEYGH": ("SECRET", lambda r: gen_key(r, "ghp")),
    "KEYGL": ("SECRET", lambda r: gen_key(r, "glpat")),
    "KEYAWS": ("SECRET", lambda r: gen_key(r, "akia")),
    "AWSSEC": ("SECRET", lambda r: _r(r, 40, ALNUM + "/+")),
    "KEYSLACK": ("SECRET", lambda r: gen_key(r, "xoxb")),
    "KEYNPM": ("SECRET", lambda r: gen_key(r, "npm")),
    "KEYGOOG": ("SECRET", lambda r: gen_key(r, "aiza")),
    "KEYSTRIPE": ("SECRET", lambda r: gen_key(r, "live")),
    "SSHKEY": ("SECRET", gen_sshkey),
    "DBURL": ("SECRET", gen_dburl),
    "PWD": ("SECRET", gen_password),
    "ADDR": ("ADDRESS", gen_addr),
    "ADDRCN": ("ADDRESS", lambda r: gen_addr(r, r.choice(["cn", "cn", "cnE", "cnR"]))),
    "ADDRCNR": ("ADDRESS", lambda r: gen_addr(r, "cnR")),
    "ADDRCNU": ("ADDRESS", lambda r: gen_addr(r, r.choice(["cn", "cnE"]))),
    "PIPURL": ("SECRET", lambda r: gen_dburl(r, "pip")),
    "ADDRAS": ("ADDRESS", lambda r: gen_addr(r, r.choice(["hk", "tw", "sg", "jp", "kr"]))),
    "ADDRW": ("ADDRESS", lambda r: gen_addr(r, r.choice(["us", "uk", "de", "ow"]))),
    "ORGZH": ("ORG", lambda r: r.choice([o for o in ORG_ZH + ORG_BIG_ZH if not o.endswith(("事务所", "医院"))])),
    "ORGEN": ("ORG", lambda r: r.choice(ORG_EN + ORG_BIG_EN)),
    "ORGSUF": ("ORG", lambda r: r.choice(ORG_EN)),
    "ORGHOSP": ("ORG", lambda r: r.choice(["武汉同仁康复医院", "北京协和医院", "四川大学华西医院", "上海瑞金医院", "浙大一院", "中山大学附属第三医院"])),
    # non-entities
    "bad_prc": (None, gen_bad_prc),
    "bad_card": (None, lambda r: layout_digits(r, gen_bad_card(r), ("plain", "space", "dash"))),
    "bad_iban": (None, lambda r: (lambda v: iban_print(v) if r.random() < 0.5 else v)(gen_bad_iban(r))),
    "bad_ssn": (None, gen_bad_ssn),
    "order": (None, lambda r: r.choice(["", "SO", "DD", "PO-"]) + "2025" + _d(r, r.choice([8, 10, 12]))),
    "long23": (None, gen_long23),
    "usc": (None, gen_usc),
    "track": (None, lambda r: r.choice(["SF", "JT", "YT", "1Z"]) + _d(r, 12)),
    "inv": (None, lambda r: r.choice(["INV-", "FP", "INV/2025/"]) + _d(r, 6)),
    "isbn": (None, lambda r: f"978-7-{r.randint(100, 999)}-{_d(r, 5)}-{r.randint(0, 9)}"),
    "meet": (None, lambda r: f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"),
    "ts": (None, lambda r: str(1760000000000 + r.randint(0, 10**10))),
    "date": (None, _fmt_date),
    "ver": (None, lambda r: f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}"),
    "amt": (None, lambda r: f"{r.randint(2, 980)},{_d(r, 3)}.{_d(r, 2)}"),
    "n": (None, lambda r: str(r.randint(2, 60))),
    "k": (None, lambda r: str(r.randint(8, 90) * 1000)),
    "pct": (None, lambda r: f"{r.randint(2, 38)}.{r.randint(0, 9)}%"),
    "wire": (None, lambda r: "FT" + _d(r, 5) + _u(r, 3) + _d(r, 5)),
    "sku": (None, lambda r: _u(r, 3) + "-" + _d(r, 4) + "-" + _u(r, 2)),
    "pub": (None, lambda r: r.choice(PUBLIC)),
    "fic": (None, lambda r: r.choice(FICTION)),
    "ph": (None, lambda r: r.choice(PLACEHOLDER)),
    "place": (None, lambda r: r.choice(BARE_PLACES)),
    "pubL": (None, lambda r: r.choice([x for x in PUBLIC if x.isascii()])),
    "ficL": (None, lambda r: r.choice([x for x in FICTION if x.isascii()])),
    "phL": (None, lambda r: r.choice([x for x in PLACEHOLDER if x.isascii() or "é" in x])),
    "placeL": (None, lambda r: r.choice([x for x in BARE_PLACES if x.isascii()])),
    "sample_addr": (None, lambda r: r.choice(SAMPLE_ADDR)),
}
for _g in NAMES:
    KINDS["P" + _g] = ("PERSON", (lambda g: lambda r: pick_name(r, g))(_g))
for _g in ("CJK", "LAT", "ANY"):
    KINDS["P" + _g] = ("PERSON", (lambda g: lambda r: pick_name(r, g))(_g))

SLOT = re.compile(r"⟦([A-Za-z_0-9]+)(?::(\w+))?(?:=([^⟧]+))?⟧")


@dataclass
class Frame:
    cat: str
    lang: str
    conf: bool
    text: str


def render(frame: Frame, rng: random.Random):
    out, ents, cache, used, pos, length = [], [], {}, set(), 0, 0
    for m in SLOT.finditer(frame.text):
        lit = frame.text[pos:m.start()]
        out.append(lit)
        length += len(lit)
        kind, tag = m.group(1), m.group(2)
        if m.group(3):
            etype, value = (KINDS[kind][0] if kind in KINDS else kind), m.group(3)
            out.append(value)
            ents.append({"type": etype, "start": length, "end": length + len(value)})
            length += len(value)
            pos = m.end()
            continue
        if kind in ("pub", "fic", "ph", "place") and frame.lang == "en":
            kind += "L"
        etype, gen = KINDS[kind]
        key = (kind, tag)
        if tag is not None and key in cache:
            value = cache[key]
        else:
            for _ in range(50):
                value = gen(rng)
                if value not in used:
                    break
            used.add(value)
            if tag is not None:
                cache[key] = value
        out.append(value)
        if etype:
            ents.append({"type": etype, "start": length, "end": length + len(value)})
        length += len(value)
        pos = m.end()
    out.append(frame.text[pos:])
    return "".join(out), ents


# --------------------------------------------------------------------------------------------
# validators (written independently of the generators above)
# --------------------------------------------------------------------------------------------
def v_prc(s: str) -> bool:
    s = s.translate(FW_BACK).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if s[:2] not in {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"}:
        return False
    try:
        born = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not date(1958, 1, 1) <= born <= date(2004, 12, 31):
        return False
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(s[:17]))
    return s[17] == "10X98765432"[total % 11]


def v_luhn(digits: str) -> bool:
    digits = digits.translate(FW_BACK)
    nums = [int(c) for c in digits]
    odd = nums[-1::-2]
    even = [sum(divmod(2 * d, 10)) for d in nums[-2::-2]]
    return (sum(odd) + sum(even)) % 10 == 0


def v_card(s: str) -> bool:
    d = re.sub(r"[ -]", "", s.translate(FW_BACK))
    if not d.isdigit() or len(d) not in (16, 19) or not v_luhn(d):
        return False
    return d.startswith(("62", "4")) or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720


IBAN_LEN = {"DE": 22, "GB": 22, "NL": 18, "AT": 20, "CH": 21, "IE": 22, "BE": 16}


def v_iban(s: str) -> bool:
    raw = s.replace(" ", "")
    if raw[:2] not in IBAN_LEN or len(raw) != IBAN_LEN[raw[:2]]:
        return False
    rearranged = raw[4:] + raw[:4]
    rem = 0
    for ch in rearranged:
        rem = (rem * (100 if ch.isalpha() else 10) + (ord(ch) - 55 if ch.isalpha() else int(ch))) % 97
    if rem != 1:
        return False
    if raw[:2] == "NL":
        acc = raw[8:]
        return sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0
    return True


def v_ssn(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def v_ip(s: str) -> bool:
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    doc = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"]
    if ip.is_loopback or ip.is_unspecified or ip.is_multicast or ip.is_link_local or any(ip in ipaddress.ip_network(n) for n in doc):
        return False
    priv = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"]
    return ip.is_global or any(ip.version == ipaddress.ip_network(n).version and ip in ipaddress.ip_network(n) for n in priv)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def v_email(s: str) -> bool:
    return bool(EMAIL_RE.fullmatch(s)) and not re.search(r"example\.(com|org|net)$|\.test$", s)


def v_phone(s: str) -> bool:
    d = re.sub(r"\D", "", s.translate(FW_BACK))
    if s.translate(FW_BACK).lstrip("(").startswith("+"):
        return 9 <= len(d) <= 14
    return (len(d) == 11 and re.fullmatch(r"1[3-9]\d{9}", d) is not None and d != "13800000000") or (d.startswith("0") and 10 <= len(d) <= 12)


def v_passport(s: str) -> bool:
    return bool(re.fullmatch(r"[EG]\d{8}|\d{9}|C[CFGHJKLMNPRTVWXYZ0-9]{8}|[A-Z]{2}\d{7}|\d{2}[A-Z]{2}\d{5}|[A-Z]{2}\d{6}|M\d{8}|[A-Z]\d{7}", s))


def v_secret(s: str) -> bool:
    if s.startswith("-----BEGIN OPENSSH PRIVATE KEY-----"):
        return s.endswith("-----END OPENSSH PRIVATE KEY-----")
    if s.startswith("eyJ"):
        parts = s.split(".")
        try:
            return len(parts) == 3 and all(isinstance(json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4))), dict) for p in parts[:2])
        except ValueError:
            return False
    if "://" in s:
        return re.fullmatch(r"[a-z+]+://[^:/@\s]*:[^@\s]{6,}@[^\s]+", s) is not None
    return len(s) >= 8 and not re.search(r"\s", s) and not is_placeholder(s)


def v_text_span(s: str) -> bool:
    return bool(s) and s == s.strip() and s[-1] not in "，。,.;:：、" and s[0] not in "，。,.;:：、"


SPAN_CHECK = {"PRC_ID": v_prc, "BANK_CARD": v_card, "IBAN": v_iban, "US_SSN": v_ssn, "IP_ADDRESS": v_ip, "EMAIL": v_email, "PHONE": v_phone, "PASSPORT": v_passport, "SECRET": v_secret, "PERSON": v_text_span, "ORG": v_text_span, "ADDRESS": lambda s: v_text_span(s) and bool(re.search(r"\d", s.translate(FW_BACK)))}

PLACEHOLDER_VALUES = re.compile(r"^(changeme|password|\*+|x+|X+|<[^>]*>|\$\{[^}]*\}|\$[A-Z_]+|YOUR_[A-Z_]+|your[-_].*|os\.environ.*|os\.getenv.*|xxx.*|\.\.\.|None|null|''|\"\")$", re.I)


def is_placeholder(v: str) -> bool:
    v = re.sub(r"^(sk-|sk_live_|ghp_|glpat-|npm_)", "", v.strip("'\""))
    return bool(PLACEHOLDER_VALUES.match(v)) or "EXAMPLE" in v or set(v) <= set("x*.X-_")


def scan(text: str, ents) -> list[str]:
    """Look-alikes outside the labelled spans."""
    masked = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            masked[i] = "\u2588"
    t = "".join(masked).translate(FW_BACK)
    bad = []
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t):
        if v_prc(m.group()):
            bad.append("prc " + m.group())
    for m in re.finditer(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])", t):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and v_luhn(d):
            bad.append("luhn " + m.group())
    for m in re.finditer(r"(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)", t):
        if re.sub(r"\D", "", m.group())[-11:] != "13800000000":
            bad.append("mobile " + m.group())
    for m in re.finditer(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])", t):
        if v_ssn(m.group()):
            bad.append("ssn " + m.group())
    for m in EMAIL_RE.finditer(t):
        if v_email(m.group()):
            bad.append("email " + m.group())
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d./])", t):
        if v_ip(m.group()):
            bad.append("ip " + m.group())
    for m in re.finditer(r"(?<![0-9A-Za-z:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![0-9A-Za-z:])", t):
        if v_ip(m.group()):
            bad.append("ip6 " + m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", t):
        if v_iban(m.group()):
            bad.append("iban " + m.group())
    for m in re.finditer(r"(?<![A-Za-z0-9])[EG]\d{8}(?![A-Za-z0-9])", t):
        bad.append("passport " + m.group())
    for m in re.finditer(r"(sk-|sk_live_|AKIA|ghp_|glpat-|xox[bpa]-|npm_|AIza|eyJ)[A-Za-z0-9_\-.]{6,}", t):
        if not is_placeholder(m.group()[len(m.group(1)):]) and "EXAMPLE" not in m.group():
            bad.append("key " + m.group())
    for m in re.finditer(r"(?i)(password|passwd|pwd|secret_key|api[_-]?key|token|密码|口令)[\"']?\s*(?:[:=：]|是|为)\s*[\"']?([A-Za-z0-9!@#$%^&*_\-.+/]{6,})", t):
        if not is_placeholder(m.group(2)) and not re.fullmatch(r"[a-z_]+|[A-Z_]+|[a-z]+[A-Z][A-Za-z]+", m.group(2)):
            bad.append("assign " + m.group())
    for m in re.finditer(r"://[^\s/:@]+:([^\s/@]+)@([^\s/:]+)", t):
        if "\u2588" not in m.group(1) and not is_placeholder(m.group(1)) and m.group(2) != "localhost":
            bad.append("url " + m.group())
    if "-----BEGIN" in t:
        bad.append("pem block")
    return bad


def check_line(text: str, ents) -> list[str]:
    errs, prev = [], 0
    for e in ents:
        if e["start"] < prev or e["end"] <= e["start"]:
            errs.append("order/overlap")
        prev = e["end"]
        val = text[e["start"]:e["end"]]
        if not SPAN_CHECK[e["type"]](val):
            errs.append(f"bad span {e['type']} {val!r}")
    return errs + scan(text, ents)


# --------------------------------------------------------------------------------------------
# hand-written frames: F(category, lang, confidential, text)
# --------------------------------------------------------------------------------------------
FRAMES: list[Frame] = []
TARGET: dict[str, int] = {}


def cat(name: str, target: int, rows: list[tuple]) -> None:
    TARGET[name] = target
    for row in rows:
        lang, conf, text = row if len(row) == 3 else (row[0], False, row[1])
        FRAMES.append(Frame(name, lang, conf, text))


C = True  # marks a frame whose content is confidential on its own

cat("general", 22, [
    ("zh", "帮我把这段话润色一下，语气正式点：感谢各位这一年的付出，明年继续加油"),
    ("zh", "用python写个脚本，把一个文件夹里所有csv合并成一个excel，每个csv一个sheet"),
    ("en", "can u explain the difference between a left join and an inner join with a tiny example"),
    ("en", "Draft a polite reminder to the team that the office kitchen gets cleaned on Fridays and to take their stuff home"),
    ("zh", "周报模板有没有推荐的？就是那种本周完成/下周计划/风险 三段式的"),
    ("mixed", "这个正则 ^\\d{4}-\\d{2}-\\d{2}$ 为什么匹配不到 2025-1-5 这种日期？怎么改"),
    ("en", "what's a good way to structure a 30 min onboarding talk about our git branching model? just an outline pls"),
    ("zh", "翻译成英文：本产品支持七天无理由退货，请保留好原包装"),
    ("mixed", "k8s 里 readinessProbe 和 livenessProbe 到底有啥区别，什么时候只配一个就行"),
    ("en", "Summarise the plot of Moby Dick in three sentences for a book club flyer"),
    ("zh", "年会想搞个不尴尬的暖场小游戏，20来个人，有什么点子"),
    ("en", "Why does my pandas groupby drop NaN keys? I want them kept as their own group"),
    ("mixed", "帮我写个 SQL：按月统计每个品类的销量 top3，表结构是 orders(id, sku, category, qty, created_at)"),
    ("zh", "excel里vlookup老是返回#N/A，但两边的值看着一模一样，可能是什么原因"),
    ("en", "rewrite this to sound less passive-aggressive: 'as per my last email, the file is attached AGAIN'"),
    ("zh", "给新人写一段飞书群欢迎语，轻松一点，带两个emoji"),
    ("en", "compare Kafka and RabbitMQ for a small team that mostly needs a job queue, pros/cons in a table"),
    ("mixed", "docker build 的时候 pip install 特别慢，怎么在 Dockerfile 里配个国内镜像源？"),
    ("zh", "解释一下什么是边际成本，举个开奶茶店的例子"),
    ("en", "What's the etiquette for replying-all on a company-wide announcement? asking for a friend lol"),
    ("zh", "出差报销一般需要哪些单据？发票抬头写错了还能报吗"),
    ("en", "Give me 5 catchy names for an internal hackathon about sustainability, no puns on 'green' please"),
])

cat("credentials", 40, [
    ("mixed", "为啥这个 key 调用一直 401？\nimport openai\nclient = openai.OpenAI(api_key=\"⟦KEYOAI⟧\")\nprint(client.models.list())"),
    ("en", "deploy failed, here's the .env from the box:\nNODE_ENV=production\nDATABASE_URL=⟦DBURL⟧\nREDIS_TTL=3600\nLOG_LEVEL=warn"),
    ("zh", "新来的同事问我测试服务器怎么登，我跟他说账号 ops_deploy 密码是⟦PWD⟧，这样发群里是不是不太好"),
    ("en", "can you tell why this curl fails? curl -u svc_ci:⟦PWD⟧ https://artifactory.castellansoft.com/api/storage/libs-release"),
    ("mixed", "帮我看下这个 GitHub Actions 日志哪里错了：\nRun git clone https://x-access-token:⟦KEYGH⟧@github.com/qianyan-iot/firmware.git\nfatal: repository not found"),
    ("en", "Is this JWT expired? ⟦JWT⟧"),
    ("zh", "解析一下这个token里面是什么内容：⟦JWT⟧ 我们网关老说签名不对"),
    ("mixed", "ssh 一直报 permission denied，私钥是这个，格式对吗\n⟦SSHKEY⟧"),
    ("en", "yaml won't parse, what's wrong?\nspring:\n  datasource:\n    url: jdbc:mysql://db-erp.int:3306/erp\n    username: erp_rw\n    password: ⟦PWD⟧\n  jpa:\n    show-sql: false"),
    ("mixed", "mysql -h db-report.int -u report -p⟦PWD⟧ -e 'select count(*) from orders' 为什么提示 access denied"),
    ("en", "found this in an old jenkins console output, should I rotate it?\n[Pipeline] sh\n+ aws configure set aws_access_key_id ⟦KEYAWS⟧\n+ aws configure set aws_secret_access_key ⟦AWSSEC⟧"),
    ("zh", "微信群里有人问wifi，访客网络名 Guest-5F，口令：⟦PWD⟧ 帮我写个通知贴门口"),
    ("mixed", "redis 启动参数这样写对不对：redis-server --port 6380 --requirepass ⟦PWD⟧ --maxmemory 2gb"),
    ("en", "my slack bot stopped posting. token is ⟦KEYSLACK⟧ and the scope is chat:write, what else could it be"),
    ("zh", "邮箱客户端配置不上，IMAP服务器 imap.exmail.qq.com，授权码⟦PWD⟧，端口993，哪里不对"),
    ("mixed", "pip install 的时候报 403：\n--index-url ⟦PIPURL⟧\n是不是账号过期了"),
    ("en", "Convert this to a k8s secret manifest please:\nPGPASSWORD='⟦PWD⟧'\nPGUSER=ledger_app\nPGHOST=pg-ledger.int"),
    ("mixed", "settings.py 里这行要不要挪到环境变量：SECRET_KEY = '⟦PWD⟧'  # TODO"),
    ("en", "hey, the staging admin is root / pass for it is ⟦PWD⟧ — can you write a one-liner to change it via psql?"),
    ("zh", "我把vpn初始密码⟦PWD⟧忘改了，现在登不上，跟IT怎么描述问题比较清楚"),
    ("mixed", "Postman 里 header 这样配：{\"X-API-Key\": \"⟦KEY⟧\", \"Content-Type\": \"application/json\"} 还是 400，为什么"),
    ("en", "npm publish says unauthorized. .npmrc has //registry.npmjs.org/:_authToken=⟦KEYNPM⟧"),
    ("zh", "帮我写封邮件给运维，说数据库连接串 ⟦DBURL⟧ 在周五前要换掉"),
    ("mixed", "这段 docker-compose 有问题吗\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ⟦PWD⟧\n      POSTGRES_DB: crm"),
    ("en", "terraform plan shows this diff, is it safe to apply?\n~ master_password = (sensitive)\n+ \"master_password\": \"⟦PWD⟧\""),
    ("zh", "路由器后台 ⟦IPPRIV⟧ 的管理员密码：⟦PWD⟧，怎么关掉WPS功能"),
])

cat("hr", 32, [
    ("zh", C, "⟦PZH⟧这次绩效打了C，我要写一段沟通话术，既要说清楚问题又别让他太受打击"),
    ("en", C, "Comp review draft: ⟦PLAT⟧ 112k → 121k, ⟦PLAT⟧ 96k → 99k, ⟦PFIRST⟧ stays at 88k. Does the spread look fair?"),
    ("zh", C, "下个月准备劝退⟦PTTL⟧，N+1怎么算比较稳妥？他入职五年零三个月"),
    ("mixed", C, "offer 给 ⟦PLAT⟧：base ¥⟦k⟧/月，13薪，期权 ⟦n⟧k 股，帮我写个 offer letter 的英文版"),
    ("zh", "加班费按什么基数算？工作日1.5倍、周末2倍、法定假日3倍对吗"),
    ("en", "How do I calculate prorated annual leave for someone who joins mid-year? Excel formula would be great"),
    ("zh", C, "⟦PCJK⟧试用期表现不行，周五要跟他谈不转正，HRBP说要留痕，邮件怎么写"),
    ("en", C, "We're letting ⟦PLAT⟧ go on the 28th, IT needs to cut access at 5pm. Write the checklist for the manager."),
    ("zh", C, "晋升名单：⟦PZH⟧ P6→P7，⟦PZHR⟧ P5→P6，⟦PZHC⟧ 暂缓。帮我写个通知给各位主管"),
    ("en", "what are typical interview questions for a senior data engineer? need 10 with follow-ups"),
    ("zh", "假设月薪18000，社保公积金按上海最高基数交，到手大概多少？"),
    ("mixed", C, "⟦PPY⟧ 的 year-end bonus 定了 2.5 个月，比预期少，帮我准备一下 1:1 谈话要点"),
    ("en", C, "Got a complaint that ⟦PLAT⟧ has been making comments about a teammate's accent in standups. How should I open the investigation?"),
    ("zh", C, "⟦PTTL⟧下周起调去华南区，base涨到⟦k⟧，这事先别往外说，帮我写个调岗确认函"),
    ("en", "Is it legal in Germany to ask candidates about their plans to have children? Just want to brief our recruiters"),
    ("zh", "员工离职交接清单一般包括什么，给个模板"),
    ("mixed", C, "PIP 文档帮我润色：Employee: ⟦PLAT⟧, Start: ⟦date⟧, Goals: close 3 tickets/week, no missed on-call"),
    ("en", C, "Reference check notes for ⟦PLAT⟧: previous manager said they were 'fine but often late', left on mutual terms. Summarise for the hiring panel."),
])

cat("medical", 28, [
    ("zh", C, "我爸上个月查出来肺部有个1.2cm的磨玻璃结节，医生让三个月后复查，需要现在就手术吗"),
    ("en", C, "my HbA1c came back at 7.9 and the doc wants me on metformin, what side effects should I watch for at work?"),
    ("zh", C, "同组的⟦PZH⟧最近确诊了抑郁症，在吃舍曲林，我们排班上要怎么照顾比较好又不让别人知道"),
    ("en", C, "⟦PLAT⟧ from accounts has been off since the seizure last week; neurology at ⟦ORGEN⟧ thinks it's epilepsy. How do I adjust the deadlines on that team?"),
    ("zh", "布洛芬吃多了伤胃吗？一天最多能吃几片"),
    ("en", "What's the difference between type 1 and type 2 diabetes, in plain English?"),
    ("zh", C, "帮我看看这个体检报告：谷丙转氨酶 86 U/L，乙肝表面抗原阳性，我是不是要休假去治疗"),
    ("mixed", C, "我老婆 NIPT 结果出来说 21-三体高风险，医院建议做羊穿，how accurate is NIPT really?"),
    ("en", C, "Writing to HR: one of my direct reports told me she's undergoing chemo for breast cancer starting Monday. What accommodations should I propose?"),
    ("zh", C, "⟦PTTL⟧在⟦ORGHOSP⟧住院了，胆囊切除，大概要请两周假，帮我写个请假说明"),
    ("zh", "甲流和普通感冒怎么区分？发烧38.5要不要去医院"),
    ("en", "Is it safe to take melatonin every night for jet lag on long business trips?"),
    ("mixed", C, "my son's ADHD eval came back positive (combined type), 学校那边要不要告诉老师？怎么开口"),
    ("en", C, "Sick note text for ⟦PLAT⟧: diagnosed with shingles on ⟦date⟧, unfit for work 10 days. Make it formal."),
    ("zh", C, "体检中心打电话说我的甲状腺结节是TI-RADS 4a，要穿刺，明天的会我能不能请假又不说原因"),
    ("en", "how long does a typical ACL reconstruction recovery take before someone can do desk work?"),
])

cat("finance", 28, [
    ("zh", C, "Q4合并口径营收⟦amt⟧万，毛利率比三季度掉了2个点，下周董事会前先别发给投行那边"),
    ("en", C, "Before the 10-Q goes out: revenue lands at $⟦amt⟧k, we're going to miss guidance by about 6%. Help me draft the talking points for the CFO."),
    ("zh", C, "明年预算草案：研发砍15%，销售费用加⟦pct⟧，帮我把这几点写成给VP看的摘要"),
    ("mixed", C, "我们跟 ⟦ORGSUF⟧ 的 Series B term sheet 里 pre-money 是 1.8 亿美元，liquidation preference 1x，帮我对比一下另一家报价"),
    ("en", "What's the difference between EBITDA and operating cash flow? example with numbers please"),
    ("zh", "⟦ORG=五粮液⟧2023年年报里的净利润是多少？跟前一年比增长多少"),
    ("zh", C, "财务这边刚算完，上半年亏了⟦n⟧00多万，比跟银行报的预测差了一截，贷款续期会不会有麻烦"),
    ("en", C, "Board deck slide 7: we plan to acquire ⟦ORGSUF⟧ for roughly 4x ARR, announcement targeted after the audit closes. Tighten the wording."),
    ("zh", "怎么用excel算内部收益率IRR？现金流有正有负"),
    ("en", "⟦ORG=Microsoft⟧'s last published annual report says services revenue grew — what was the figure and the % growth?"),
    ("mixed", C, "给 ⟦ORGZH⟧ 的报价底线是单价 ⟦n⟧.8 元，年采购量不低于 200 万件，帮我把邮件写得 firm 一点"),
    ("en", C, "Wire ⟦amt⟧ EUR to our supplier today, their account is ⟦IBAN⟧, reference ⟦inv⟧. Can you format the payment instruction?"),
    ("zh", C, "明年准备在华东裁掉一个仓，大概影响60人，这个方案下周才上会，帮我算下遣散成本框架"),
    ("en", "explain how deferred revenue works on a balance sheet like I'm 12"),
    ("mixed", C, "cash runway 只剩 7 个月了，如果 bridge round 不到位，三月就得停发奖金，帮我写个 scenario 分析"),
])

cat("legal", 24, [
    ("zh", C, "⟦ORGZH⟧拖欠我们货款⟦amt⟧元已经半年了，准备下周发律师函，然后起诉，帮我起草律师函"),
    ("en", C, "⟦ORGSUF⟧ offered to settle the patent claim for $2.4M with no admission of liability. Our counsel wants to counter at 3.1. Draft the reply."),
    ("zh", "劳动合同到期不续签，公司要给补偿吗？"),
    ("en", "What's the difference between an indemnity clause and a limitation of liability clause?"),
    ("mixed", C, "和 ⟦ORGEN⟧ 的框架协议里最低采购承诺是每年 5 万台，违约金 8%，帮我把这条翻译成中文并标出风险"),
    ("zh", C, "⟦PZH⟧被前公司起诉违反竞业限制，要求赔偿30万，我们要不要替他出律师费？"),
    ("en", C, "Draft a cease-and-desist to ⟦ORGSUF⟧: their new dashboard copies our UI and they've been poaching our clients using our price list."),
    ("zh", "个人信息保护法里对跨境传输有什么要求？简单列一下"),
    ("en", "Can a landlord in California keep the whole deposit for normal wear and tear?"),
    ("zh", C, "仲裁那边调解方案：我们付⟦amt⟧元，对方撤回全部请求，且双方对和解内容不得对外披露。这个条款有没有坑"),
    ("mixed", C, "⟦PLAT⟧ 的离职协议里 non-disparagement 条款写得太宽了，帮我改得对公司也有约束"),
    ("en", "explain what 'force majeure' usually covers and whether a pandemic counts"),
])

cat("names_alone", 34, [
    ("zh", "帮我给⟦PZH⟧写张生日贺卡，是我们组最靠谱的测试"),
    ("zh", "⟦PTTL⟧让我周三之前把方案发他，我忘了是哪个方案了，怎么委婉地问"),
    ("en", "write a farewell message for ⟦PLAT⟧, they're moving back home after 6 years with us"),
    ("mixed", "会议纪要整理一下：参会 ⟦PCJK⟧、⟦PLAT⟧、⟦PTTL⟧；结论：下周二前出 v2 设计稿"),
    ("en", "Can you make a seating chart? Table 1: ⟦PLAT⟧, ⟦PLAT⟧, ⟦PFIRST⟧; Table 2: ⟦PLAT⟧, ⟦PFIRST⟧"),
    ("zh", "值班表：周一 ⟦PZHR⟧，周二 ⟦PZHC⟧，周三 ⟦PZHT⟧，帮我转成表格"),
    ("zh", "跟⟦PGIV⟧说一声，明天的评审改到下午三点"),
    ("en", "thank-you note to ⟦PJR⟧ for hosting us in Osaka, keep it warm but professional"),
    ("mixed", "[10:02] ⟦PPY⟧: 今天上线吗\n[10:03] ⟦PFIRST⟧: not yet, waiting on QA\n[10:05] ⟦PPY⟧: ok 那我先吃饭\n总结一下这段聊天"),
    ("en", "Intro email connecting ⟦PIN⟧ (our data lead) with ⟦PAF⟧ from the Lagos office"),
    ("zh", "我们新来的韩国同事叫⟦PKO⟧，中文名怎么翻比较好听"),
    ("zh", "⟦PJA⟧さんに送るお礼のメールを日本語で書いて，我们上周去他们那拜访过"),
    ("en", "how do I pronounce ⟦PAR⟧? meeting them tomorrow and don't want to butcher it"),
    ("en", "Shout-out post for the team channel: ⟦PSL⟧ fixed the flaky build and ⟦PTR⟧ finally closed the migration ticket"),
    ("mixed", "name,team,start\n⟦PLAT⟧,Platform,⟦date⟧\n⟦PCJK⟧,Data,⟦date⟧\n⟦PLAT⟧,Mobile,⟦date⟧\n帮我按入职日期排序"),
    ("zh", "给⟦PZHT⟧老師寫一段謝師的話，感謝這學期的照顧"),
    ("en", "remind me what ⟦PFIRST⟧ said about the vendor demo — I think they liked the second option"),
    ("zh", "帮我查一下git log里 author 是 ⟦PPY⟧ 的提交有哪些命令可以用"),
    ("en", "⟦PSEA⟧ and ⟦PFA⟧ are co-presenting on Thursday, write a 2-line intro for each"),
    ("en", "Welcome message for ⟦PLA⟧ who joins the Madrid sales team on Monday"),
    ("zh", "git config 里 user.name=wangxf 是哪个同事啊，要怎么查"),
    ("en", "my ssh login is jbarnes on the bastion, how do I set up an alias so I don't type it every time"),
])

cat("address", 34, [
    ("zh", "快递地址改一下：⟦ADDRCN⟧，收件人写我就行"),
    ("zh", "帮我写个租房合同的房屋坐落条款，房子在⟦ADDRCNU⟧"),
    ("zh", "我老家地址是⟦ADDRCNR⟧，户口迁移要准备什么材料"),
    ("en", "Please update my mailing address in the HR system to ⟦ADDRW⟧"),
    ("en", "ship the replacement laptop to ⟦ADDRW⟧, I'm working from there this month"),
    ("mixed", "客户要求把发票寄到 ⟦ADDRAS⟧，帮我写个英文邮件确认一下 shipping details"),
    ("zh", "公司新办公室在⟦ADDRCNU⟧，帮我写个搬迁通知"),
    ("en", "Our Singapore office moved to ⟦ADDR=Blk 71 Ayer Rajah Crescent, #06-14, Singapore 139951⟧ — update the footer of the email template"),
    ("mixed", "shipping_address:\n  line1: ⟦ADDRW⟧\n  phone: ⟦INTL⟧\n这个YAML结构对吗"),
    ("zh", "我住在⟦ADDRAS⟧，附近有什么好的日语学校推荐吗"),
    ("zh", "成都和重庆哪个城市更适合设研发中心？"),
    ("en", "What's the cheapest way to get from Rotterdam to Antwerp by train?"),
    ("zh", "表单里的地址示例写 ⟦sample_addr⟧ 合适吗？还是用真实格式"),
    ("en", "For the address field placeholder, is '⟦sample_addr⟧' clear enough for international users?"),
    ("zh", "我们在⟦place⟧有个办公室，周边哪里适合团建？"),
    ("en", "Is ⟦place⟧ a good city to open a small satellite office in? Mainly for hiring engineers"),
    ("mixed", "地址解析 test case 帮我补几个：'⟦sample_addr⟧' 应该 parse 成什么字段"),
])

cat("multi_entity", 30, [
    ("zh", "帮我核对一下报名信息：姓名 ⟦PZH⟧，身份证 ⟦PRC⟧，手机 ⟦MOB⟧，住址 ⟦ADDRCN⟧"),
    ("en", "New vendor onboarding: contact ⟦PLAT⟧ <⟦EMAILCO⟧>, phone ⟦INTL⟧, remit to ⟦IBAN⟧, office ⟦ADDRW⟧"),
    ("mixed", "{\"name\": \"⟦PCJK⟧\", \"id_no\": \"⟦PRC⟧\", \"card\": \"⟦CARDUP⟧\", \"tel\": \"⟦MOB⟧\"}\n这个 JSON 怎么转成 CSV"),
    ("zh", "报销信息：⟦PTTL⟧，银行卡号⟦CARDUP⟧，开户行写的是⟦ORG=招商银行深圳科技园支行⟧，对吗"),
    ("en", "Travel booking for ⟦PLAT⟧: passport ⟦PASSF⟧, DOB 1987-03-12, mobile ⟦INTL⟧, email ⟦EMAILP⟧. Format this for the agency."),
    ("zh", "签证材料：申请人⟦PZHC⟧，护照号⟦PASSCN⟧，身份证⟦PRCX⟧，工作单位⟦ORGZH⟧"),
    ("mixed", "id,name,ssn,email\n1,⟦PLAT⟧,⟦SSN⟧,⟦EMAIL⟧\n2,⟦PLAT⟧,⟦SSN⟧,⟦EMAIL⟧\nwrite pandas code to mask the ssn column"),
    ("en", "From: ⟦PLAT⟧ <⟦EMAILCO⟧>\nTo: ⟦PLAT⟧ <⟦EMAILCO⟧>\nSubject: lease renewal\n\nThe unit at ⟦ADDRW⟧ renews on ⟦date⟧. Call me on ⟦INTL⟧.\n\nsummarise this email"),
    ("zh", "员工档案录入：⟦PZHT⟧，證件號⟦PRC⟧，聯絡電話⟦PHONE⟧，通訊地址⟦ADDRAS⟧"),
    ("mixed", "INSERT INTO customers (name, phone, address, id_card) VALUES ('⟦PCJK⟧', '⟦MOB⟧', '⟦ADDRCN⟧', '⟦PRC⟧');\n这条 SQL 报错 Data too long"),
    ("en", "the refund goes to ⟦PLAT⟧, card ⟦CARDW⟧, billing address ⟦ADDRW⟧ — can you write the confirmation?"),
    ("zh", "紧急联系人：⟦PZH⟧（母亲）⟦MOB⟧；⟦PZH⟧（配偶）⟦MOB⟧。帮我排个版"),
    ("en", "Server ⟦IPPUB⟧ got ssh logins from ⟦PLAT⟧'s laptop ⟦IPPRIV⟧ at 3am using key ⟦KEYAWS⟧ — is that an incident?"),
    ("mixed", "客户 ⟦PLAT⟧ 的 KYC：passport ⟦PASSF⟧, address ⟦ADDRAS⟧, 银行卡 ⟦CARD⟧，帮我列出还缺哪些材料"),
])

cat("confidential_no_identifier", 40, [
    ("zh", C, "第三季度营收最后落在3.87亿，比下周要对外说的口径少了快一成，怎么写说明比较好"),
    ("en", C, "Just between the two of us: the Leeds warehouse shuts in April and nobody on the floor knows yet. How do I plan the handover?"),
    ("zh", C, "老板今天说年底要砍掉整个硬件线，大概四十来号人，先别跟组里讲，帮我想想怎么安排手上的项目"),
    ("en", C, "we're about to lose our biggest customer — they told us yesterday they won't renew in March. write a plan B for the sales team"),
    ("zh", C, "我们组有个同事被查出来挪用了报销款，大概十几万，公司打算私下处理，这种情况一般怎么走流程"),
    ("en", C, "Heads up, the acquisition talks with the Danish buyer are at 310M now, term sheet expected in two weeks. Help me prep a comms plan for day one."),
    ("zh", C, "下个月要涨价12%，经销商那边还不知道，帮我写个给大区经理的口径，月底前谁都别透露"),
    ("mixed", C, "我们的新电池配方里加了 3% 的锰和一种特殊的烧结曲线，良率从 82 提到 94，帮我写成专利交底书的 draft"),
    ("en", C, "My manager told me I'm getting a 14% raise next cycle but asked me not to mention it. Should I still negotiate?"),
    ("zh", C, "财务偷偷跟我说今年的年终奖池比去年缩了四成，我要不要提前跟团队打预防针"),
    ("en", C, "The board approved cutting 8% of headcount in Q2, list isn't final. Draft FAQ answers for managers, not for sharing yet."),
    ("zh", C, "跟供应商谈下来的底价是每吨4620，比公开报价低了差不多15%，帮我写个会议纪要，别写太细"),
    ("en", C, "our CEO is stepping down in June, announcement planned for May 20. what should the staff Q&A cover?"),
    ("zh", C, "我们部门一个同事刚做完化疗，回来上班了，但不想让别人知道，开会时我怎么帮她挡一下"),
    ("en", C, "Customer churn last month hit 9.4%, way above what we told investors in the update. Help me frame it for the next one."),
    ("mixed", C, "下一版 pricing：Pro 从 49 涨到 69 刀/月，Enterprise 改成按 seat 收费，launch 前先不要发给 partner，帮我写个 release note 草稿"),
    ("en", C, "we found out the night shift lead has been falsifying the safety logs for months. what's the right way to escalate this without tipping him off?"),
    ("zh", C, "新品的上市日期定在3月18号，比竞品早一周，渠道那边还不知道，帮我排一下倒排计划"),
    ("en", C, "The algorithm that ranks our supplier bids weighs delivery history at 0.45 and price at 0.3 — that's our edge. Rewrite the doc so it's readable for the new analysts."),
    ("zh", C, "我们跟那家做支付的谈合并谈到第三轮了，估值大概给到三十亿，帮我列一下尽调清单"),
    ("en", C, "two of our engineers got offers from a competitor, we're countering with retention bonuses of 40k each. draft the message from the VP"),
    ("zh", C, "我怀孕了，还没告诉领导，下个月的晋升答辩会不会受影响？我该什么时候说"),
    ("en", C, "Our audit found that last year's inventory was overstated by about 2.3 million. the auditors haven't signed off yet — what do we tell the board?"),
    ("zh", C, "上海仓那边的主管下周一会被开掉，原因是虚报加班，HR让我先准备交接名单"),
    ("en", "What were the biggest tech layoffs reported in the news last year?"),
    ("zh", "一般公司裁员要提前多久通知？有没有法律规定"),
    ("en", "If a company hypothetically raised prices by 10%, how would you estimate the churn impact? Just the method"),
    ("zh", "上市公司发布业绩预告有什么规定？什么情况必须发"),
    ("en", "How do startups usually structure retention bonuses? general practice, no specific case"),
    ("zh", "写一个假设场景的案例题：某公司季度营收下降20%，请分析可能原因，用于培训"),
    ("en", "The company announced at its public earnings call that revenue grew 12%. Write a LinkedIn post congratulating the team"),
    ("zh", "帮我解释一下什么是商业秘密，和专利有什么区别"),
    ("en", "what's the standard notice period for resignations in the UK?"),
])

cat("email", 24, [
    ("en", "Write a short reply to ⟦EMAILCO⟧ confirming we received the samples"),
    ("zh", "把这个邮箱加到抄送：⟦EMAILCO⟧，然后帮我写个会议邀请正文"),
    ("mixed", "git config user.email \"⟦EMAILP⟧\" 配了之后 commit 还是显示旧邮箱，为啥"),
    ("en", "our mailing list bounced for ⟦EMAIL⟧ and ⟦EMAIL⟧ — what does '550 5.1.1 user unknown' mean"),
    ("zh", "报名请发邮件到 ⟦EMAILCO⟧，帮我把这句话翻译成日语和韩语"),
    ("mixed", "这个正则能不能匹配 ⟦EMAILP⟧：^[\\w.+-]+@[\\w-]+\\.[\\w.]+$"),
    ("en", "Please forward the invoice to ⟦EMAILCO⟧ and cc ⟦EMAILCO⟧ — draft the email for me"),
    ("zh", "我的个人邮箱是⟦EMAILP⟧，公司邮箱总收不到外部邮件，是什么原因"),
    ("en", "Draft an out-of-office: back on Monday, urgent stuff to ⟦EMAILCO⟧"),
    ("zh", "发给⟦EMAILCO⟧的邮件被退回来了，显示 mailbox full，怎么跟对方说"),
    ("mixed", "SMTP log: from=<⟦EMAILCO⟧> to=<⟦EMAILP⟧> status=deferred (Connection timed out) 是对方服务器问题吗"),
    ("en", "For the docs, should I use user@example.com or a realistic address in screenshots?"),
    ("zh", "邮箱地址格式验证，test@example.org 和 a.b@mail.test 这种能通过吗"),
    ("en", C, "Forward to ⟦EMAILCO⟧: the supplier agreed to cut unit price by 9% if we commit to 3 years. don't loop in procurement yet"),
    ("en", "⟦PLAT⟧ asked me to send the deck to ⟦EMAILP⟧ instead of the work inbox — write a short note"),
])

cat("phone", 28, [
    ("zh", "客户回电号码 ⟦MOB⟧，帮我写个回访话术"),
    ("zh", "物业电话 ⟦LAND⟧ 转6603，帮我写个报修短信"),
    ("en", "Call the London office on ⟦INTL⟧ before 4pm their time — what time is that in Shanghai?"),
    ("mixed", "这个号码 ⟦MOB⟧ 用 libphonenumber 解析出来是哪个运营商？代码怎么写"),
    ("zh", "前台座机换成了 ⟦LAND⟧，帮我更新一下邮件签名"),
    ("en", "The courier said to reach him at ⟦INTL⟧ if the gate is locked. Write a note for reception"),
    ("zh", "短信验证码一直发不到 ⟦MOB⟧ 上，是运营商拦截了吗"),
    ("mixed", "phone_number = '⟦PHONE⟧'\n怎么用 python 把它统一成 E.164 格式"),
    ("en", "Our support hotline is ⟦LAND⟧ and the after-hours line is ⟦INTL⟧ — put both on the poster"),
    ("zh", "有个陌生号码 ⟦MOB⟧ 一直打给我说是快递，会不会是诈骗"),
    ("en", "what's the format of a Hong Kong mobile number? does it always start with 5, 6 or 9?"),
    ("zh", "测试数据里手机号写 13800000000 可以吗，会不会打扰到真人"),
    ("zh", "⟦PZH⟧的电话是⟦MOB⟧，帮我写个短信提醒他明天体检空腹"),
    ("en", "text ⟦PLAT⟧ on ⟦INTL⟧ that the shuttle leaves at 7:40"),
    ("zh", "会议室电话 ⟦LAND⟧ 打不通，IT报修单怎么写"),
])

cat("org_only", 24, [
    ("zh", "帮我给⟦ORGZH⟧写一封合作意向函，语气客气点"),
    ("en", "Write a LinkedIn post congratulating ⟦ORGSUF⟧ on opening their new plant"),
    ("zh", "⟦ORGZH⟧和⟦ORGZH⟧都在招数据工程师，帮我对比下两家的公开招聘要求"),
    ("en", "prep 5 smart questions to ask ⟦ORGEN⟧ at the trade fair booth tomorrow"),
    ("mixed", "⟦ORGZH⟧ 的官网英文介绍帮我改一下，现在读起来很 Chinglish"),
    ("en", "⟦ORGSUF⟧ and ⟦ORGSUF⟧ announced their partnership publicly last week — draft a short news item for our newsletter"),
    ("zh", "帮我做个竞品分析框架，对象是⟦ORGZH⟧，只用公开信息"),
    ("en", "Translate our supplier code of conduct into German for ⟦ORGSUF⟧"),
    ("zh", "下周去⟦ORGZH⟧参观，帮我准备一段开场白"),
    ("zh", "帮我给⟦ORG=北京中衡信会计师事务所⟧回个邮件，确认下周三的会议室和投影设备"),
    ("en", "Thank-you email to ⟦ORG=上海锦程律师事务所⟧ for hosting our compliance workshop yesterday"),
    ("en", C, "⟦ORGSUF⟧ agreed to a 2-year exclusivity at €38 per unit with a 10k minimum. Summarise the key terms for legal."),
    ("zh", C, "和⟦ORGZH⟧的合同单价压到了每套1180元，账期90天，这个条件帮我写进会议纪要"),
    ("en", C, "We're about to send ⟦ORGSUF⟧ a notice that we'll sue over the late deliveries if they don't pay the 250k penalty"),
    ("en", "Excel keeps freezing when I paste from Teams, any fix?"),
    ("zh", "京东订单号怎么查物流？顺丰单号也能在同一个地方查吗"),
])

cat("public_figures", 20, [
    ("zh", "⟦pub⟧有哪些广为流传的故事？挑三个帮我讲讲"),
    ("en", "Write a short bio of ⟦pub⟧ for a school presentation"),
    ("zh", "任正非说过哪些关于人才的名言？列五条"),
    ("en", "What did Jensen Huang say about AI at the latest GTC keynote?"),
    ("zh", "苏轼被贬黄州期间写了哪些作品？"),
    ("en", "Compare the leadership styles of Warren Buffett and Tim Cook in a table"),
    ("mixed", "帮我写个 quiz：Who wrote 《狂人日记》? A) 鲁迅 B) 莫言 C) 苏轼"),
    ("zh", "屠呦呦获得诺贝尔奖是因为什么研究？"),
    ("en", "is it true Taylor Swift re-recorded her albums because of ownership of the masters?"),
    ("zh", "以鲁迅的口吻写一段吐槽加班的短文"),
    ("en", "Angela Merkel's memoir — what are the main themes reviewers mentioned?"),
    ("zh", "姚明退役后做了哪些事情？"),
    ("en", "Draft a toast quoting Serena Williams about resilience"),
    ("zh", "⟦PZH⟧说自己长得像⟦pub⟧，帮我写个年会整蛊段子"),
    ("en", "my colleague ⟦PLAT⟧ met ⟦pub⟧ at a conference, write a fun caption for the photo"),
])

cat("fictional_and_placeholder_names", 22, [
    ("zh", "⟦fic⟧这个人物的性格有什么特点？写一段200字分析"),
    ("en", "Write a short fan-fiction scene where ⟦fic⟧ gets stuck in an elevator"),
    ("zh", "测试用例里用户名写⟦ph⟧可以吗？还是用别的占位名"),
    ("en", "In the form example, should the sample name be '⟦ph⟧' or something more neutral?"),
    ("mixed", "单元测试 fixture：user = {\"name\": \"⟦ph⟧\", \"age\": 30}，怎么用 pytest parametrize 多跑几组"),
    ("zh", "红楼梦里贾宝玉和薛宝钗的婚姻是谁安排的？"),
    ("en", "Darth Vader vs Tony Stark, who wins in a debate about management? make it funny"),
    ("zh", "法律考试题里总出现⟦ph⟧，这个名字是怎么来的"),
    ("en", "German forms always use Max Mustermann — what's the equivalent placeholder name in Japan and Korea?"),
    ("zh", C, "代号“令狐冲”的项目下个月要砍了，团队先别动，帮我想个对外说法"),
    ("en", C, "Project Atticus (the buyout of our Polish distributor) slipped to Q3; draft an update for the steering group"),
    ("mixed", "把文档里的示例名 ⟦ph⟧ 换成我们真实的试点用户 ⟦PCJK⟧，格式帮我调整一下"),
    ("en", "Replace the placeholder '⟦ph⟧' in the contract template with our actual signatory ⟦PLAT⟧"),
    ("zh", "⟦fic⟧如果在现代职场，会是什么岗位？写个搞笑简历"),
])

cat("near_miss_numbers", 40, [
    ("zh", "这个身份证号 ⟦bad_prc⟧ 系统校验不通过，是哪一位出错了？"),
    ("en", "the form rejects ⟦bad_prc⟧ as a resident ID — is the check character wrong?"),
    ("zh", "卡号 ⟦bad_card⟧ 支付时提示无效卡号，帮我看看是不是输错了"),
    ("en", "why does Luhn fail for ⟦bad_card⟧? walk me through the algorithm"),
    ("en", "IBAN validator says ⟦bad_iban⟧ is invalid, how do I find the typo?"),
    ("mixed", "SSN 字段里有个 ⟦bad_ssn⟧，我们的 validator 为什么拒绝它？"),
    ("zh", "订单号 ⟦order⟧ 一直显示待发货，帮我写个催单话术"),
    ("zh", "顺丰单号 ⟦track⟧ 三天没更新物流了，怎么投诉"),
    ("en", "Invoice ⟦inv⟧ for ⟦amt⟧ USD is overdue by 12 days, draft a gentle reminder"),
    ("zh", "这个统一社会信用代码 ⟦usc⟧ 怎么查是哪家公司？"),
    ("mixed", "order_id=⟦long23⟧ 在 MySQL 里用 BIGINT 存会溢出吗？"),
    ("en", "meeting id ⟦meet⟧, passcode 4471 — put it in the calendar invite"),
    ("zh", "腾讯会议号 ⟦meet⟧，明天上午十点，帮我写个会议通知"),
    ("en", "timestamp ⟦ts⟧ — convert to Beijing time please"),
    ("zh", "ISBN ⟦isbn⟧ 这本书有电子版吗"),
    ("en", "We're upgrading from v⟦ver⟧ to the latest, any breaking changes to watch for?"),
    ("zh", "付款流水号 ⟦wire⟧，金额⟦amt⟧元，对方说没收到，怎么查"),
    ("en", "SKU ⟦sku⟧ is out of stock again, write a back-order notice"),
    ("mixed", "采购单 ⟦order⟧ 的 delivery date 改到 ⟦date⟧，帮我写个英文邮件通知供应商"),
    ("zh", "测试身份证号码生成器生成的 ⟦bad_prc⟧ 为什么校验失败？帮我写个校验函数"),
    ("en", "test card ⟦bad_card⟧ keeps failing in our sandbox — is it even a valid number?"),
    ("mixed", "单据 ⟦long23⟧ 对应的发票 ⟦inv⟧ 还没开，催一下财务"),
    ("en", "Reference ⟦wire⟧ came back as returned by the beneficiary bank, what usually causes that?"),
])

cat("placeholders_in_code", 26, [
    ("mixed", "这段代码有安全问题吗\nimport os\nDB_PASS = os.environ[\"DB_PASS\"]\nconn = psycopg2.connect(host=\"localhost\", password=DB_PASS)"),
    ("en", "docker run -e POSTGRES_PASSWORD=changeme -p 5432:5432 postgres:16 — is that fine for local dev?"),
    ("en", "curl -H \"Authorization: Bearer <your-key>\" https://api.example.com/v1/items returns 401, what am I missing"),
    ("mixed", "README 里写 `export OPENAI_API_KEY=YOUR_API_KEY` 这样够清楚吗，还是加个说明"),
    ("en", "In the docs we use DATABASE_URL=postgres://user:password@localhost:5432/app — should we warn people not to copy it to prod?"),
    ("en", "aws configure example shows AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, are those real?"),
    ("mixed", "nginx 配置里 server_name localhost; listen 127.0.0.1:8080; 为啥外网访问不了"),
    ("en", "the example in RFC 5737 uses 192.0.2.10 and 198.51.100.7 — can I use 203.0.113.5 in our tutorial as well?"),
    ("mixed", "ipv6 文档地址 2001:db8::1 能在测试里用吗？还有 ::1 和 0.0.0.0 的区别"),
    ("en", "config.yaml:\napi_key: ${API_KEY}\ndb_password: ${DB_PASS}\nendpoint: https://svc.test/v2\nIs env interpolation supported here?"),
    ("zh", "日志里密码显示成 ****，这样脱敏够不够？"),
    ("mixed", "mock 数据里手机号统一写 13800000000，邮箱写 someone@example.net，有问题吗"),
    ("en", "What does the sample token on jwt.io contain? the default HS256 one"),
    ("en", "write a .env.example with DB_HOST=localhost, DB_USER=app, DB_PASSWORD=changeme and a comment telling people to fill in real values"),
    ("mixed", "GitHub Actions 里 password: ${{ secrets.REGISTRY_PASSWORD }} 这样引用对吗？"),
    ("en", "Jinja template: {{ user.name }} logged in from {{ ip }} — how do I escape the braces in Markdown"),
    ("mixed", "测试环境 base_url = 'http://localhost:3000'，token = 'xxxxxxxx'，单测里这样写可以吗"),
    ("en", "explain what `ssh -i ~/.ssh/id_ed25519 deploy@host` does step by step"),
])

cat("privacy_question", 18, [
    ("zh", "把客户身份证号发给AI助手处理合规吗？公司应该怎么规定"),
    ("en", "Is it OK under GDPR to paste customer emails into a chatbot for summarising?"),
    ("zh", "密码多久换一次比较合适？公司要求90天换一次有必要吗"),
    ("en", "what's the best way to store API keys in a small python project? env vars vs vault"),
    ("zh", "员工的体检结果HR能不能看？有什么法律依据"),
    ("en", "How should we mask credit card numbers in logs — first 6 and last 4 only?"),
    ("zh", "个人信息和敏感个人信息有什么区别？举几个例子"),
    ("en", "If I accidentally committed a secret to git, what are the steps to clean it up?"),
    ("mixed", "PIPL 和 GDPR 对 data breach notification 的时限要求分别是多少？"),
    ("en", "Can my employer read my Slack DMs? asking in general"),
    ("zh", "公司监控员工电脑屏幕需要提前告知吗？"),
    ("en", "What counts as PII in the US? Is an IP address PII?"),
    ("zh", "把合同扔给AI翻译，会不会泄露给别人？有什么替代方案"),
    ("en", "Write a one-page guideline for staff on what not to paste into AI assistants"),
    ("mixed", "我们做 log 脱敏，phone 和 email 用什么 regex 比较稳？别给真实数据的例子"),
    ("zh", "离职员工的邮箱应该保留多久？有没有行业惯例"),
])

cat("id_card", 30, [
    ("zh", "帮我核对一下这个身份证号有没有输错：⟦PRC⟧"),
    ("zh", "⟦PZH⟧的身份证号⟦PRCX⟧，帮我算一下他今年几岁"),
    ("zh", "报名表上身份证写的是 ⟦PRCFW⟧，全角的，系统识别不了怎么办"),
    ("mixed", "id_card = \"⟦PRC⟧\"\n用 python 从里面提取出生日期和性别"),
    ("zh", "酒店登记要身份证号，我的是⟦PRC⟧，帮我填到这个表里"),
    ("en", "our Shanghai contractor's ID number is ⟦PRC⟧ — what fields of the visa form does it go in?"),
    ("zh", "社保卡补办，身份证号码：⟦PRCX⟧，姓名：⟦PCJK⟧，帮我写个申请"),
    ("mixed", "Excel 里 ⟦PRC⟧ 显示成 4.1E+17 了，怎么改回文本"),
    ("zh", "我妈的身份证⟦PRC⟧，帮她挂个号要填哪些信息"),
    ("zh", "公民身份号码的校验码是怎么算的？给个python例子"),
    ("en", "How is the check digit of a Chinese resident ID computed? explain with a made-up body of 17 digits"),
    ("zh", "身份证号码前六位代表什么？能看出是哪个县吗"),
    ("zh", "这几条数据要导入HR系统：\n⟦PZH⟧,⟦PRC⟧\n⟦PZHR⟧,⟦PRCX⟧\n⟦PZHC⟧,⟦PRC⟧\n格式对吗"),
])

cat("bank_card", 28, [
    ("zh", "工资卡换了，新卡号 ⟦CARDUP⟧，帮我写个给财务的变更申请"),
    ("en", "charge my corporate card ⟦CARDW⟧ for the conference ticket, expiry 09/28"),
    ("zh", "这张卡 ⟦CARD⟧ 是哪个银行的？怎么看开户行"),
    ("mixed", "payment log: card=⟦CARDW⟧ status=DECLINED reason=insufficient_funds，怎么跟客户解释"),
    ("zh", "报销打款到⟦PZH⟧的银行卡⟦CARDUP⟧，金额⟦amt⟧元，帮我写个付款申请"),
    ("en", "Refund didn't arrive on my Visa ⟦CARDW⟧ after 10 days, write a complaint to the airline"),
    ("zh", "信用卡 ⟦CARD⟧ 被盗刷了三笔，怎么跟银行说明"),
    ("en", "Luhn checksum: how do payment forms validate a card number before submitting? just the algorithm"),
    ("zh", "银行卡号一般多少位？为什么有16位也有19位"),
    ("mixed", "帮我写个正则把日志里的 card_no 打码成前6后4，举例用 6222 **** **** 1234 这种格式"),
    ("zh", "⟦PTTL⟧把卡号发我了：⟦CARDUP⟧，开户行⟦ORG=浦发银行张江支行⟧，帮我填进供应商付款表"),
])

cat("passport", 22, [
    ("zh", "护照号⟦PASSCN⟧，帮我查一下办日本签证还需要什么"),
    ("en", "Book the flight for ⟦PLAT⟧, passport no. ⟦PASSF⟧, expires 2031"),
    ("zh", "机票订错了，乘客证件号填的是⟦PASSCN⟧，能改吗"),
    ("en", "My passport number is ⟦PASSF⟧ — fill it into this ESTA form draft"),
    ("mixed", "visa letter 里写 passport ⟦PASSCN⟧, holder ⟦PPY⟧，帮我改成正式英文"),
    ("zh", "出差名单：⟦PZH⟧ ⟦PASSCN⟧；⟦PZHC⟧ ⟦PASSCN⟧，帮我整理成表格发给旅行社"),
    ("en", "Hotel asked for ⟦PLAT⟧'s passport number, it's ⟦PASSF⟧. Write the reply"),
    ("zh", "护照快过期了，续签需要什么材料？"),
    ("en", "How long does it take to renew a UK passport from abroad?"),
    ("zh", "护照号码的格式是什么样的？E开头和G开头有什么区别"),
])

cat("iban", 20, [
    ("en", "Please pay the deposit to ⟦IBAN⟧, reference ⟦inv⟧"),
    ("mixed", "供应商的 IBAN 是 ⟦IBAN⟧，SWIFT 要填什么？帮我写付款指令"),
    ("en", "Is ⟦IBAN⟧ a Dutch or a Belgian account? the supplier didn't say"),
    ("zh", "欧洲同事的报销账户 ⟦IBAN⟧，收款人 ⟦PEU⟧，帮我填电汇单"),
    ("en", "Update vendor master: ⟦ORGSUF⟧, IBAN ⟦IBAN⟧, payment terms net 45"),
    ("en", "What is the structure of an IBAN and how is the check digit calculated?"),
    ("zh", "IBAN和SWIFT代码有什么区别？"),
    ("mixed", "银行退汇说账户 ⟦IBAN⟧ 的 beneficiary name 不匹配，应该写 ⟦PLAT⟧ 还是公司名？"),
])

cat("ssn", 20, [
    ("en", "my SSN is ⟦SSN⟧, can you fill it into this W-4 draft?"),
    ("en", "New hire paperwork: ⟦PLAT⟧, SSN ⟦SSN⟧, start date ⟦date⟧"),
    ("mixed", "美国同事的 SSN ⟦SSN⟧ 要填到 I-9 表哪一栏？"),
    ("en", "payroll export row: ⟦PLAT⟧|⟦SSN⟧|⟦k⟧ — why is the import failing on this line?"),
    ("en", "Which SSN ranges are never issued? like 000 or 666 areas"),
    ("zh", "美国的社会安全号码是怎么编排的？"),
    ("en", "How do I mask SSNs in a CSV so only the last 4 show?"),
    ("mixed", "客户 ⟦PLAT⟧ 的税表里 SSN 写的 ⟦SSN⟧，跟 ITIN 有啥区别"),
])

cat("ip_address", 24, [
    ("zh", "服务器 ⟦IPPUB⟧ 一直被扫描22端口，怎么用fail2ban封掉"),
    ("mixed", "ping ⟦IPPRIV⟧ 通但是 curl 不通，防火墙要怎么查？"),
    ("en", "our VPN gives me ⟦IPPRIV⟧ but I can't reach the printer at ⟦IPPRIV⟧"),
    ("mixed", "nginx access log:\n⟦IPPUB⟧ - - [12/Mar/2025:10:22:31 +0800] \"GET /admin HTTP/1.1\" 403\n⟦IPPUB⟧ - - [12/Mar/2025:10:22:33 +0800] \"POST /login HTTP/1.1\" 401\n这是在爆破吗"),
    ("en", "Whitelist ⟦IPPUB⟧ and ⟦IP6⟧ on the S3 bucket policy, write the JSON"),
    ("zh", "内网 ⟦IPPRIV⟧ 的数据库连不上，报 connection refused"),
    ("en", "is ⟦IP6⟧ a ULA or a global address?"),
    ("mixed", "k8s node ⟦IPPRIV⟧ NotReady，kubelet 日志说 PLEG is not healthy，怎么排查"),
    ("en", "what's the difference between 10.0.0.0/8 and 172.16.0.0/12 as private ranges?"),
    ("zh", "localhost 和 127.0.0.1 有什么区别？"),
    ("zh", "子网掩码255.255.255.0是什么意思，能容纳多少台主机"),
    ("en", "Someone at ⟦IPPUB⟧ keeps hitting our signup endpoint, how do I rate-limit in Cloudflare?"),
])



def more(name: str, target: int, rows: list[tuple]) -> None:
    cat(name, target, rows)


more("credentials", 48, [
    ("en", "getting 'API key not valid' from maps. js snippet: const KEY = '⟦KEYGOOG⟧'; loader.load({apiKey: KEY})"),
    ("mixed", "stripe webhook 一直 signature verification failed，我 .env 里 STRIPE_KEY=⟦KEYSTRIPE⟧ 是不是用错了 key"),
    ("en", "gitlab runner can't pull: git remote set-url origin https://oauth2:⟦KEYGL⟧@gitlab.castellansoft.com/platform/api.git — what's wrong?"),
    ("zh", "财务系统账号 fin_zhao 密码：⟦PWD⟧ 登录后白屏，要清缓存吗"),
    ("en", "lol i keep forgetting, the pass for the shared grafana is ⟦PWD⟧ — can u write me a mnemonic for it"),
    ("mixed", "CI 日志：\n[2025-06-03 02:14:07] Connecting to ⟦DBURL⟧\n[2025-06-03 02:14:09] ERROR: timeout\n是网络问题还是账号问题"),
])

more("general", 26, [
    ("zh", "帮我想一个周五下午茶的主题，预算人均30块"),
    ("en", "pls fix grammer: 'me and him was going to the client site tmrw but it got cancel'"),
    ("mixed", "vscode 里怎么让 prettier 只格式化改动过的行？settings.json 要加啥"),
    ("en", "What's a polite way to decline a meeting that has no agenda?"),
])

more("confidential_no_identifier", 46, [
    ("zh", C, "跟你说个事，下季度那个大客户基本确定不续了，销售那边还在硬撑，我们要不要先把产能降下来"),
    ("en", C, "fyi the numbers for H1 came in at 61.4M, we'd told the lenders 70. how do I word the covenant waiver request?"),
    ("zh", C, "我们组长被人举报收供应商回扣，现在停职调查，组里还都不知道，下周例会我怎么主持"),
    ("en", C, "my wife's biopsy came back malignant, I'll need a few weeks off but don't want the team to know why. help me write the leave request"),
    ("zh", C, "咱们那个新工艺的烧结温度是1320度保温40分钟，这个参数千万不能让代工厂知道，帮我写个给工厂的工艺说明但把这段去掉"),
    ("en", C, "we're quietly shopping the logistics unit to two PE funds, bids due the 14th. draft a teaser that doesn't name us"),
    ("zh", "某上市公司去年年报披露的研发投入占比是多少，这种数据去哪查？"),
    ("en", "what's a reasonable budget split between marketing and R&D for a 50-person SaaS startup? general rule of thumb"),
    ("zh", "假如我们明年要裁员10%，法律上需要走哪些程序？纯属假设，做个预案培训用"),
    ("en", "Our competitor publicly announced a 15% price cut today — write a quick summary of what their press release says and how customers might react"),
])

more("placeholders_in_code", 28, [
    ("en", "is it ok to commit application.yml with spring.datasource.password=${DB_PASSWORD} or should it be left blank?"),
    ("mixed", "单测里 mock 了一个用户 test@mail.test / 密码 ****，CI 还是连真实数据库，为啥"),
    ("en", "our helm chart has `redisPassword: \"\"` by default — how do I pass it from a k8s secret instead?"),
    ("zh", "示例代码里 app_secret = \"<your-secret>\" 要不要改成读取配置文件"),
    ("en", "In the tutorial, the connection string is mysql://root:changeme@localhost/test. Is that a bad practice even for docs?"),
    ("mixed", "swagger 里 Authorization 示例写 Bearer YOUR_TOKEN_HERE，前端同学直接复制了，怎么改文档"),
    ("en", "how to read the key from os.environ['STRIPE_KEY'] and fail fast if it's missing?"),
    ("mixed", "hosts 文件里 0.0.0.0 ads.tracker.test 这种写法是屏蔽广告吗？"),
    ("en", "The SDK sample sets api_key=\"sk-xxxxxxxxxxxxxxxx\" — will it throw a useful error?"),
    ("zh", "代码审查看到 password = os.getenv(\"PG_PASS\", \"\")，默认空字符串安全吗"),
])

more("privacy_question", 20, [
    ("zh", "员工把客户名单拷到个人网盘算不算泄密？公司该怎么处理"),
    ("en", "How long should we keep CCTV footage of the office lobby under UK law?"),
    ("zh", "怎么给同事讲清楚钓鱼邮件的常见套路？做个五分钟的分享"),
    ("en", "is hashing emails with sha256 enough to call them anonymised?"),
])


more("names_alone", 40, [
    ("mixed", "帮我回一下：\n> From: ⟦PLAT⟧\n> Sent: Tuesday 09:14\n> 能不能把 kickoff 挪到周四？\n就说周四下午可以，顺便问下要不要订会议室"),
    ("zh", "昨天⟦PTTL⟧在群里@我说报表数据不对，我咋回他比较好，感觉他有点急"),
    ("zh", "hi ⟦PPY⟧，明天的 demo 你来讲前半段还是我来？——帮我把这句改得客气点发给他"),
    ("en", "Pls draft a congrats msg for ⟦PKR⟧ and ⟦PJR⟧ on passing their PMP exams!!"),
])

more("hr", 36, [
    ("zh", "年终奖怎么计税？单独计税和并入综合所得哪个划算，举个假设的例子"),
    ("en", "What does a typical performance improvement plan template look like? no names, just structure"),
    ("zh", C, "这次调薪我们组给了三个名额，我打算给⟦PGIV⟧和⟦PGIV⟧，另一个人可能会不高兴，怎么跟他解释"),
    ("en", C, "heads up ⟦PFIRST⟧ resigned this morning, counter-offer approved up to +18%. write the talking points"),
])

more("medical", 32, [
    ("zh", "二甲双胍要饭前吃还是饭后吃？"),
    ("en", C, "got my MRI back — L4/L5 herniated disc, they're talking about surgery. how do i ask my boss for remote work without oversharing?"),
    ("zh", C, "小舅子查出来是急性白血病，现在在⟦ORGHOSP⟧排骨髓移植，我想请一周假去照顾，怎么跟领导开口"),
    ("en", "what are early warning signs of burnout I should share in a team wellbeing talk?"),
])

more("ip_address", 26, [
    ("en", "⟦PLAT⟧ keeps logging in from ⟦IPPUB⟧ at odd hours, is that a compromised account?"),
    ("mixed", "防火墙规则：allow ⟦IPPRIV⟧/32 -> ⟦IPPRIV⟧:5432 tcp，这样写对不对"),
])

more("phone", 30, [
    ("mixed", "帮我把通讯录 CSV 清洗一下：\nname,tel\n⟦PCJK⟧,⟦MOB⟧\n⟦PLAT⟧,⟦INTL⟧"),
    ("zh", "国际电话区号表里，新加坡是+65，香港是+852，日本手机号一般怎么写？"),
])


more("ip_address", 29, [
    ("mixed", "服务器双栈，v6 地址是 ⟦IP6⟧，AAAA 记录加上之后 curl -6 超时，怎么查"),
    ("en", "dmesg shows 'duplicate address detected' for ⟦IP6⟧ on eth0 — what causes DAD failures?"),
    ("zh", "身份证号在数据库里被当成 IP 存了？看到一列全是 ⟦IPPUB⟧ 这种，是不是字段映射错了"),
])


more("id_card", 32, [
    ("zh", "帮我把这句改通顺：本人⟦PZH⟧身份证号码⟦PRC⟧，自愿放弃本次体检项目"),
    ("mixed", "OCR 出来是 ⟦PRCFW⟧ 全角的，用 unicodedata.normalize 能转回来吗"),
    ("zh", "高铁票帮同事买的，证件号我输成了⟦PRCX⟧，12306提示不一致，是最后一位大小写的问题吗"),
    ("zh", "身份证号码里的X是大写还是小写？系统要求怎么统一"),
])

more("bank_card", 30, [
    ("en", "customer read out their card over the phone: ⟦CARDW⟧, exp 11/27 — how do I log this ticket without storing it in plain text?"),
    ("mixed", "收款信息 JSON：{\"payee\": \"⟦PCJK⟧\", \"account\": \"⟦CARDUP⟧\", \"bank\": \"⟦ORG=中国建设银行⟧\"}，帮我转成表格"),
    ("zh", "工资条上卡号只显示后四位，别的公司是怎么处理的？"),
])

more("passport", 24, [
    ("mixed", "travel request：⟦PEN⟧，passport ⟦PASSF⟧，DEP 3/14 PVG→LHR，帮我写个 approval 邮件"),
    ("zh", "因私护照在公司保管合法吗？HR要收我们的护照"),
])

more("iban", 22, [
    ("mixed", "对方给的 IBAN ⟦IBAN⟧ 空格要不要去掉？网银里一直提示格式错误"),
    ("en", "can you double-check this before I send 18k: beneficiary ⟦ORGSUF⟧, IBAN ⟦IBAN⟧, BIC is in the attachment"),
])

more("ssn", 22, [
    ("en", "Mom's social is ⟦SSN⟧, the hospital billing form wants it again — is that normal?"),
    ("mixed", "W-2 上的 SSN ⟦SSN⟧ 后四位跟我的对不上，HR 那边要怎么改"),
])

more("email", 26, [
    ("zh", "把 ⟦EMAILCO⟧ 从所有项目群组里移除，邮件网关规则怎么配"),
    ("en", "newsletter signups from ⟦EMAILP⟧ keep bouncing with 'mailbox unavailable' — remove or retry?"),
])

more("org_only", 26, [
    ("zh", "⟦ORGZH⟧今年的校招宣讲会在哪些学校？帮我整理一下公开信息"),
    ("en", C, "Between us, ⟦ORGSUF⟧ is about to drop us as their supplier — their buyer hinted at a 20% cheaper bid. How should we respond?"),
])

more("address", 38, [
    ("zh", "寄到 ⟦ADDRAS⟧ 的文件要走EMS还是顺丰国际？"),
    ("en", "hey can u reformat this for a shipping label: ⟦ADDRW⟧ attn front desk"),
    ("zh", "我搬家了，新地址⟦ADDRCNU⟧，社保和公积金那边都要改吗"),
    ("en", "Is a PO box acceptable as a registered office address in Ireland? general question"),
])

more("multi_entity", 32, [
    ("mixed", "客户投诉记录：\n时间 ⟦date⟧\n姓名 ⟦PZHT⟧\n电话 ⟦PHONE⟧\n邮箱 ⟦EMAILP⟧\n内容：快递地址写的是⟦ADDRAS⟧但是送错了\n帮我写个回复"),
    ("en", "Onboarding form for ⟦PIN⟧: home ⟦ADDRW⟧, SSN ⟦SSN⟧, direct deposit card ⟦CARDW⟧. Is anything missing for payroll setup?"),
])

more("legal", 26, [
    ("zh", C, "⟦PTTL⟧让我先别签和⟦ORGZH⟧的补充协议，说对方违约在先，我们可能要索赔三倍违约金"),
    ("en", "Is a verbal agreement legally binding in England if there's no written contract?"),
])

more("finance", 30, [
    ("zh", "⟦ORG=宁德时代⟧去年财报里的海外收入占比是多少？"),
    ("en", C, "forecast for next FY: revenue 212M, EBITDA 31M — these go to the board Thursday, help me build the bridge chart from this year's actuals"),
])


# --------------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------------
def crosscheck_helpers() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    sys.dont_write_bytecode = True
    import helpers  # noqa: PLC0415

    rng = random.Random(SEED + 1)
    for _ in range(300):
        v = gen_prc(rng, want_x=rng.random() < 0.2)
        assert helpers.make_prc_id(v[:17]) == v and v_prc(v), v
        c = gen_card_digits(rng)
        assert helpers.luhn_check_digit(c[:-1]) == c[-1] and v_card(c), c
        assert not v_luhn(helpers.break_luhn(c))
        assert not v_prc(gen_bad_prc(rng)) and not v_iban(gen_bad_iban(rng)) and not v_ssn(gen_bad_ssn(rng))
        assert not v_luhn(gen_bad_card(rng)) and v_iban(gen_iban_raw(rng)) and v_ssn(gen_ssn(rng))
    assert v_iban("GB82WEST12345698765432") and v_iban("DE89370400440532013000") and not v_iban("GB82WEST12345698765431")
    assert v_prc(helpers.make_prc_id("11010519491231002")) is False  # born before 1958: outside the spec's range
    assert v_prc(helpers.make_prc_id("44030519900307123"))


def build():
    crosscheck_helpers()
    records, seen, failures = [], set(), []
    by_cat: dict[str, list[Frame]] = {}
    for f in FRAMES:
        by_cat.setdefault(f.cat, []).append(f)
    for cname, frames in by_cat.items():
        target, made, rep = TARGET[cname], 0, 0
        while made < target and rep < 8:
            for fi, frame in enumerate(frames):
                if made >= target:
                    break
                has_slots = any(not mm.group(3) for mm in SLOT.finditer(frame.text))
                if rep > 0 and not has_slots:
                    continue
                for attempt in range(40):
                    rng = random.Random(f"{SEED}/{cname}/{fi}/{rep}/{attempt}")
                    text, ents = render(frame, rng)
                    errs = check_line(text, ents)
                    if not errs and text not in seen:
                        break
                else:
                    failures.append((cname, fi, errs))
                    continue
                seen.add(text)
                sensitive = frame.conf or any(e["type"] in SENSITIVE_TYPES for e in ents)
                records.append({"text": text, "sensitive": sensitive, "entities": ents, "category": cname, "lang": frame.lang})
                made += 1
            rep += 1
    if failures:
        for f in failures:
            print("FAILED", f, file=sys.stderr)
        raise SystemExit(1)
    lines = []
    for i, r in enumerate(records, 1):
        obj = {"id": f"test-{i:04d}", **r}
        assert list(obj) == ["id", "text", "sensitive", "entities", "category", "lang"]
        assert obj["lang"] in ("zh", "en", "mixed")
        lines.append(json.dumps(obj, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # re-read and re-validate what is written
    for line in data.decode("utf-8").splitlines():
        obj = json.loads(line)
        assert not check_line(obj["text"], obj["entities"]), obj["id"]
        assert obj["sensitive"] == (any(e["type"] in SENSITIVE_TYPES for e in obj["entities"]) or obj["sensitive"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    return records, hashlib.sha256(data).hexdigest()


def summary(records) -> str:
    out = ["| category | lines | true | false |", "|---|---:|---:|---:|"]
    cats = Counter(r["category"] for r in records)
    for c in TARGET:
        t = sum(1 for r in records if r["category"] == c and r["sensitive"])
        out.append(f"| {c} | {cats[c]} | {t} | {cats[c] - t} |")
    t = sum(r["sensitive"] for r in records)
    out.append(f"| **total** | {len(records)} | {t} | {len(records) - t} |")
    out += ["", "| lang | lines | true | false |", "|---|---:|---:|---:|"]
    for lg in ("zh", "en", "mixed"):
        n = sum(1 for r in records if r["lang"] == lg)
        t = sum(1 for r in records if r["lang"] == lg and r["sensitive"])
        out.append(f"| {lg} | {n} | {t} | {n - t} |")
    ec = Counter(e["type"] for r in records for e in r["entities"])
    lc = Counter(e["type"] for r in records for e in {x["type"]: x for x in r["entities"]}.values())
    out += ["", "| entity | spans | lines |", "|---|---:|---:|"]
    for k, v in ec.most_common():
        out.append(f"| {k} | {v} | {lc[k]} |")
    out.append(f"| **total** | {sum(ec.values())} | {sum(1 for r in records if r['entities'])} |")
    return "\n".join(out)


if __name__ == "__main__":
    recs, digest = build()
    print(f"wrote {len(recs)} lines to {OUT.relative_to(ROOT)}  sha256={digest}")
    if "--summary" in sys.argv:
        print(summary(recs))
