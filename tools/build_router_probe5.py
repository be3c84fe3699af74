# ruff: noqa: E501
"""Build the fifth router probe set ``hybridai/data/router_probe5.jsonl`` (written as a held-out test split,
read once, now development data; see hybridai/data/README.md).

Written blind (from the labelling spec only).  Every frame, name, company, street and scenario below is
hand-written for this file; structured values (IDs, cards, IBANs, SSNs, phones, IPs, secrets) are computed
by the generators, near misses are computed to FAIL their checks, offsets are recorded by the renderer.
A separate set of validators re-checks every span and scans every text for unlabelled look-alikes before
anything is written.  Output is deterministic (fixed seeds): two runs are byte-identical.

    .venv/bin/python tools/build_router_probe5.py          # writes the file, prints sha256
    .venv/bin/python tools/build_router_probe5.py --summary  # also prints the tables
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import ipaddress
import json
import random
import re
import string
import sys
import time
from collections import Counter
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "hybridai" / "data" / "router_probe5.jsonl"
SEED = 20261206
SENSITIVE_TYPES = {"PRC_ID", "BANK_CARD", "PASSPORT", "IBAN", "US_SSN", "SECRET", "PERSON", "ADDRESS"}
ALL_TYPES = SENSITIVE_TYPES | {"EMAIL", "PHONE", "IP_ADDRESS", "ORG"}
FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
UNFW = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")

# ---------------------------------------------------------------------------------------------------------
# generators of structured values
# ---------------------------------------------------------------------------------------------------------

# real county-level codes (province prefix in 11-15, 21-23, 31-37, 41-46, 50-54, 61-65)
COUNTIES = [
    "110105", "110108", "110114", "120104", "130104", "130682", "140106", "150204", "210106", "210211",
    "220104", "230102", "310104", "310115", "310112", "320106", "320583", "321002", "330106", "330212",
    "330782", "340104", "341222", "350203", "350582", "360730", "360102", "370102", "370211", "371326",
    "410105", "411721", "412726", "420111", "421087", "430104", "431102", "440106", "440305", "441881",
    "450103", "450881", "460105", "500103", "500233", "510107", "511321", "520102", "522422", "530102",
    "532923", "540102", "610113", "610326", "620102", "630102", "640104", "650102", "654002",
]


def gb11643_char(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11]


def rand_birth(rng: random.Random, lo: int = 1958, hi: int = 2004) -> str:
    start, end = dt.date(lo, 1, 1).toordinal(), dt.date(hi, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end)).strftime("%Y%m%d")


def prc_id(rng: random.Random, want_x: bool = False) -> str:
    while True:
        body = rng.choice(COUNTIES) + rand_birth(rng) + f"{rng.randint(1, 999):03d}"
        full = body + gb11643_char(body)
        if want_x == full.endswith("X"):
            return full


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def card_number(rng: random.Random, issuer: str) -> str:
    prefix, length = {
        "up16": (rng.choice(["622202", "621700", "622848", "621483", "622588", "625807"]), 16),
        "up19": (rng.choice(["621226", "622848", "621661", "623668", "621799"]), 19),
        "visa": ("4" + rng.choice(["16598", "53957", "92711", "03611", "68024"]), 16),
        "mc": (str(rng.randint(51, 55)) + f"{rng.randint(0, 9999):04d}", 16),
        "mc2": (str(rng.randint(2221, 2720)) + f"{rng.randint(0, 99):02d}", 16),
        "jcb": (str(rng.randint(3528, 3589)) + f"{rng.randint(0, 99):02d}", 16),
        "amex": (rng.choice(["34", "37"]) + f"{rng.randint(0, 9999):04d}", 15),
    }[issuer]
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def layout_card(num: str, how: str) -> str:
    if how == "plain":
        return num
    if how == "fw":
        return num.translate(FW)
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    return (" " if how == "space" else "-").join(groups)


def mod97(s: str) -> int:
    digits = "".join(str(int(c, 36)) for c in s)
    return int(digits) % 97


def elfproef_ok(acct: str) -> bool:
    return sum(int(c) * w for c, w in zip(acct, range(10, 0, -1), strict=True)) % 11 == 0


def iban(rng: random.Random, country: str, printed: bool = True, valid: bool = True) -> str:
    rd = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if country == "DE":
        bban = rng.choice(["10070000", "37040044", "50010517", "20050550", "70150000"]) + rd(10)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(6) + rd(8)
    elif country == "NL":
        while True:
            acct = rd(10)
            if acct[0] != "0" and elfproef_ok(acct):
                break
        bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + acct
    elif country == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000"]) + rd(11)
    elif country == "CH":
        bban = rng.choice(["00762", "00230", "08390"]) + rd(12)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rd(6) + rd(8)
    elif country == "BE":
        first = rd(10)
        chk = int(first) % 97 or 97
        bban = first + f"{chk:02d}"
    else:
        raise ValueError(country)
    check = 98 - mod97(bban + country + "00")
    if not valid:
        check = (check + rng.randint(1, 90)) % 97 + 2
        if 98 - mod97(bban + country + "00") == check:
            check = check + 1 if check < 98 else 2
    code = f"{country}{check:02d}{bban}"
    if printed:
        return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    return code


def ssn(rng: random.Random, sep: str = "-") -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    s = f"{area:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"
    return s


def bad_ssn(rng: random.Random) -> str:
    kind = rng.choice(["000", "666", "9xx", "g00", "s0000"])
    area = {"000": 0, "666": 666, "9xx": rng.randint(900, 999)}.get(kind, rng.randint(100, 665))
    group = 0 if kind == "g00" else rng.randint(1, 99)
    serial = 0 if kind == "s0000" else rng.randint(1, 9999)
    return f"{area:03d}-{group:02d}-{serial:04d}"


MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "139", "147", "150", "151", "152", "155", "156",
                 "157", "158", "159", "166", "173", "176", "177", "180", "181", "183", "185", "186", "187", "188",
                 "189", "191", "193", "195", "198", "199"]


def cn_mobile(rng: random.Random, fmt: str | None = None) -> str:
    d = rng.choice(MOBILE_PREFIX) + "".join(rng.choice(string.digits) for _ in range(8))
    fmt = fmt or rng.choice(["plain", "plain", "dash", "space", "+86", "(+86)", "+86nos", "fw"])
    return {
        "plain": d, "dash": f"{d[:3]}-{d[3:7]}-{d[7:]}", "space": f"{d[:3]} {d[3:7]} {d[7:]}",
        "+86": f"+86 {d}", "(+86)": f"(+86) {d[:3]} {d[3:7]} {d[7:]}", "+86nos": f"+86{d}", "fw": d.translate(FW),
    }[fmt]


def cn_landline(rng: random.Random) -> str:
    rd = lambda n: str(rng.randint(2, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))  # noqa: E731
    return rng.choice([f"010-{rd(8)}", f"(021){rd(8)}", f"0755 {rd(4)} {rd(4)}", f"020-{rd(8)}", f"0571-{rd(8)}", f"(028) {rd(8)}", f"0512-{rd(8)}"])


def intl_phone(rng: random.Random) -> str:
    rd = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    return rng.choice([
        f"+44 20 3{rd(3)} {rd(4)}", f"+44 7{rng.randint(400, 999)} {rd(6)}",
        f"+1 ({rng.choice(['415', '212', '617', '206', '312', '512'])}) {rng.randint(201, 989)}-{rng.randint(1000, 9999)}",
        f"+65 {rng.choice('89')}{rd(3)} {rd(4)}", f"+852 {rng.choice('569')}{rd(3)} {rd(4)}",
        f"+49 30 {rd(8)}", f"+49 1{rng.choice(['51', '60', '76'])} {rd(7)}", f"+81 3-{rd(4)}-{rd(4)}",
        f"+81 90-{rd(4)}-{rd(4)}", f"+91 9{rd(4)} {rd(5)}", f"+82 10-{rd(4)}-{rd(4)}", f"+61 4{rd(2)} {rd(3)} {rd(3)}",
        f"+971 50 {rd(3)} {rd(4)}", f"+55 11 9{rd(4)}-{rd(4)}", f"+33 6 {rd(2)} {rd(2)} {rd(2)} {rd(2)}",
    ])


def ipv4(rng: random.Random, kind: str) -> str:
    if kind == "private":
        return rng.choice([
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        ])
    first = rng.choice([36, 47, 58, 61, 101, 110, 114, 116, 121, 139, 152, 175, 180, 185, 213, 218, 222])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def ipv6(rng: random.Random) -> str:
    h = lambda: f"{rng.randint(0, 0xFFFF):x}"  # noqa: E731
    return rng.choice([
        f"240e:{h()}:{h()}:{h()}::{h()}", f"2408:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
        f"2a02:{h()}:{h()}::{h()}", f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}", f"2409:8a{rng.randint(10, 99)}:{h()}::1{rng.randint(0, 99)}",
    ])


ALNUM = string.ascii_letters + string.digits


def rs(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64u(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng: random.Random) -> str:
    header = rng.choice([{"alg": "HS256", "typ": "JWT"}, {"alg": "RS256", "typ": "JWT", "kid": rs(rng, 8).lower()}, {"typ": "JWT", "alg": "ES256"}])
    now = 1788000000 + rng.randint(0, 9000000)
    payload = rng.choice([
        {"sub": f"u_{rng.randint(10000, 99999)}", "role": "ops", "iat": now, "exp": now + 3600},
        {"uid": rng.randint(1000, 9999), "tenant": "cn-east", "scope": "read write", "iat": now},
        {"sub": rs(rng, 12).lower(), "aud": "billing-api", "iss": "sso", "exp": now + 86400},
    ])
    sig = base64.urlsafe_b64encode(bytes(rng.randint(0, 255) for _ in range(32))).decode().rstrip("=")
    return f"{b64u(header)}.{b64u(payload)}.{sig}"


def private_key(rng: random.Random) -> str:
    kind = rng.choice(["OPENSSH", "RSA", "EC"])
    raw = bytes(rng.randint(0, 255) for _ in range(rng.randint(180, 300)))
    body = base64.b64encode(raw).decode()
    if kind == "OPENSSH":
        body = "b3BlbnNzaC1rZXktdjEAAAAA" + body
    width = 70 if kind == "OPENSSH" else 64
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {kind} PRIVATE KEY-----\n" + "\n".join(lines) + f"\n-----END {kind} PRIVATE KEY-----"


PW_WORDS = ["Sunflower", "tiger", "Maple", "qingdao", "Bamboo", "river", "Falcon", "orchid", "Lantern", "xiaomao",
            "Harbor", "kiwi", "Monsoon", "jade", "Cobalt", "huoguo", "Summit", "mango", "Nebula", "dumpling"]


def password(rng: random.Random) -> str:
    kind = rng.randint(0, 3)
    if kind == 0:
        return rng.choice(PW_WORDS) + rng.choice("@#!$.") + str(rng.randint(10, 2026))
    if kind == 1:
        return rs(rng, rng.randint(10, 16), ALNUM + "!#%^*")
    if kind == 2:
        return rng.choice(PW_WORDS).lower() + str(rng.randint(100, 999)) + rng.choice(PW_WORDS).capitalize()
    return rng.choice(PW_WORDS)[:4] + rs(rng, 4, string.digits) + rng.choice("!@#&") + rs(rng, 3, string.ascii_uppercase)


def url_pw(rng: random.Random) -> str:
    return rng.choice(PW_WORDS) + rs(rng, 6, ALNUM) + rng.choice(["", "!", "%21", "_"])


def db_url(rng: random.Random) -> str:
    host = rng.choice(["pg-prod-02.corp.lan", "mysql-master.int.lanshan.cn", ipv4(rng, "private"), "rds-7f3k.cn-north-1.rds.amazonaws.com.cn", "mongo0.dc2.hexi"])
    user = rng.choice(["app", "svc_billing", "readonly", "etl", "root", "crm_rw"])
    scheme, port, db = rng.choice([("postgresql", 5432, "orders"), ("mysql", 3306, "crm"), ("mongodb", 27017, "events"), ("postgres", 6432, "ledger"), ("redis", 6379, "0")])
    if scheme == "redis":
        return f"redis://:{url_pw(rng)}@{host}:{port}/{db}"
    return f"{scheme}://{user}:{url_pw(rng)}@{host}:{port}/{db}"


def pip_url(rng: random.Random) -> str:
    return f"https://{rng.choice(['deploy', 'ci-bot', 'pkgreader'])}:{url_pw(rng)}@{rng.choice(['nexus.zhiyuan-tech.cn', 'pypi.int.brightlane.io', 'artifactory.hxfin.net'])}/repository/pypi/simple"


def secret_token(rng: random.Random, kind: str) -> str:
    return {
        "sk": lambda: "sk-" + rs(rng, 48),
        "skproj": lambda: "sk-proj-" + rs(rng, 40, ALNUM + "-_") + rs(rng, 16),
        "sklive": lambda: "sk_live_" + rs(rng, 24),
        "akia": lambda: "AKIA" + rs(rng, 16, string.ascii_uppercase + "234567"),
        "awssecret": lambda: rs(rng, 40, ALNUM + "/+"),
        "ghp": lambda: "ghp_" + rs(rng, 36),
        "glpat": lambda: "glpat-" + rs(rng, 20, ALNUM + "-_"),
        "xoxb": lambda: f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-{rs(rng, 24)}",
        "npm": lambda: "npm_" + rs(rng, 36),
        "aiza": lambda: "AIza" + rs(rng, 35, ALNUM + "-_"),
        "jwt": lambda: jwt(rng),
        "pkey": lambda: private_key(rng),
        "pw": lambda: password(rng),
        "dburl": lambda: db_url(rng),
        "pipurl": lambda: pip_url(rng),
        "hex": lambda: rs(rng, 40, "0123456789abcdef"),
        "code6": lambda: rs(rng, 16, string.ascii_lowercase),
    }[kind]()


def passport(rng: random.Random, kind: str) -> str:
    rd = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    de_alpha = "CFGHJKLMNPRTVWXYZ0123456789"
    return {
        "cn": lambda: rng.choice("EG") + rd(8),
        "us": lambda: str(rng.randint(5, 6)) + rd(8),
        "uk": lambda: str(rng.randint(1, 5)) + rd(8),
        "de": lambda: "C" + rs(rng, 8, de_alpha),
        "jp": lambda: rng.choice(["TK", "TR", "MZ", "TZ"]) + rd(7),
        "fr": lambda: rd(2) + rs(rng, 2, string.ascii_uppercase) + rd(5),
        "ca": lambda: rs(rng, 2, string.ascii_uppercase) + rd(6),
        "in": lambda: rng.choice("JKLMNPRSTVZ") + rd(7),
        "kr": lambda: "M" + rd(8),
    }[kind]()


# --- hand-written names (none taken from any list or package) ---
ZH_SUR = list("李刘陈杨黄赵吴周徐孙马胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙史陶贺毛郝顾龚邵万钱严覃武戴莫孔向汤")
ZH_GIVEN = ["晓峰", "雨桐", "子墨", "建国", "秀英", "海燕", "俊杰", "思远", "嘉怡", "志强", "梦琪", "浩然", "婉清", "国栋", "丽娟",
            "一鸣", "欣妍", "文博", "春梅", "天佑", "雅静", "宏亮", "若曦", "立群", "佳琪", "明轩", "淑华", "振宇", "诗涵", "永福",
            "珂", "蕾", "鑫", "涛", "娜", "斌", "静", "磊", "昊", "颖"]
ZH_RARE_SUR = ["禤", "亓", "仝", "邝", "蒯", "訾", "冼", "佘", "晏", "靳", "逄", "甘", "阚", "籍", "郇", "帅", "缪", "麻"]
ZH_COMPOUND = ["欧阳", "司马", "上官", "慕容", "东方", "皇甫", "令狐", "公孙", "端木", "尉迟", "宇文", "司徒", "夏侯", "呼延"]
ZH_TRAD = ["陳志豪", "黃淑芬", "劉家瑋", "鄭雅婷", "蕭文傑", "張鈞甯", "林冠廷", "吳佩蓉", "謝承恩", "許惠雯", "葉俊賢", "蔡宜臻", "賴冠宇", "鍾欣儀"]
ZH_TITLES = ["总", "工", "经理", "主任", "姐", "哥", "老师", "医生", "律师", "会计", "主管", "处长", "科长", "院长"]
ZH_GIVEN_ALONE = ["晓雯", "思琪", "浩宇", "佳慧", "子轩", "梓涵", "志伟", "婷婷", "阿杰", "阿芳", "明明", "璐璐"]
PINYIN = ["Zhang Xinyi", "Liu Haoran", "Chen Jiayi", "Huang Zitao", "Zhou Mengyao", "Xu Kaiwen", "Deng Shuang", "Guo Yifan",
          "Tang Ruoxi", "Feng Zhiyuan", "Qin Lanlan", "Ouyang Bowen", "Wei Jun", "Shen Yutong"]
PINYIN_UP = ["ZHANG Xinyi", "LIU Haoran", "HUANG Zitao", "ZHOU Mengyao", "FENG Zhiyuan", "QIN Lanlan"]
LATIN_NAMES = {
    "en": ["Megan O'Brien", "Trevor Whitfield", "Hannah Blackwood", "Callum Reid", "Natalie Ashworth", "Derek Quinlan", "Rosalind Pryce", "Gareth Llewellyn", "Brianna Holt", "Owen Fairbairn"],
    "in": ["Arjun Venkataraman", "Sneha Kulkarni", "Rohit Bhattacharya", "Kavya Raghunathan", "Vikram Sethi", "Ananya Iyer", "Harpreet Gill", "Deepak Menon"],
    "af": ["Chidi Okonkwo", "Amara Diallo", "Kwame Asante", "Ngozi Adeyemi", "Thandiwe Mokoena", "Yaw Boateng", "Fatoumata Keita", "Tendai Moyo"],
    "jp": ["Haruto Nakamura", "Yui Takahashi", "Kenji Morimoto", "Aoi Fujiwara", "Ryota Ishikawa", "Sakura Hayashi"],
    "kr": ["Park Ji-hoon", "Kim Seo-yeon", "Lee Min-jae", "Choi Yoon-ah", "Jung Hae-won"],
    "sea": ["Nguyen Thi Lan", "Tran Van Duc", "Siti Aminah binti Rahman", "Somchai Chaiyaporn", "Maria Clara Dela Cruz", "Aung Kyaw Min", "Putri Wulandari"],
    "ar": ["Omar Al-Farsi", "Layla Haddad", "Youssef Benali", "Mariam Al-Khatib", "Khalid Mansour"],
    "fa": ["Dariush Rahimi", "Shirin Tehrani", "Navid Karimi", "Parisa Ghorbani"],
    "tr": ["Emre Yıldız", "Elif Şahin", "Burak Aydın", "Zeynep Kaya"],
    "slav": ["Dmitri Volkov", "Katarzyna Nowicka", "Oleksandr Bondarenko", "Milena Petrović", "Tomáš Dvořák"],
    "eu": ["Lukas Brenner", "Sofie Vandenberghe", "Matteo Rinaldi", "Ingrid Solberg", "Pieter de Wit", "Élodie Marchand", "Anneke Visser", "Søren Kjeldsen"],
    "latam": ["Valentina Ríos", "Joaquín Herrera", "Camila Barrios", "Diego Albuquerque", "Ximena Castañeda", "Renata Oliveira"],
}
EN_GIVEN = ["Marcus", "Priyanka", "Tobias", "Leilani", "Femi", "Ingrid", "Dmitri", "Yuki", "Mateo", "Siobhan", "Hamid", "Chloe"]
JP_KANJI = ["佐藤 健太", "高橋 美咲", "中村 翔太", "小川 真由美", "渡辺 大輔", "松本 彩花"]
KR_HANGUL = ["김민준", "박서연", "이도현", "최지우", "정하은"]


def person(rng: random.Random, kind: str) -> str:
    if kind == "zh":
        return rng.choice(ZH_SUR) + rng.choice(ZH_GIVEN)
    if kind == "zh_rare":
        return rng.choice(ZH_RARE_SUR) + rng.choice(ZH_GIVEN)
    if kind == "zh_compound":
        return rng.choice(ZH_COMPOUND) + rng.choice(ZH_GIVEN)
    if kind == "zh_trad":
        return rng.choice(ZH_TRAD)
    if kind == "zh_any":
        return person(rng, rng.choice(["zh", "zh", "zh", "zh_rare", "zh_compound", "zh_trad"]))
    if kind == "zh_title":
        return rng.choice(ZH_SUR) + rng.choice(ZH_TITLES)
    if kind == "laoxiao":
        return rng.choice("老小") + rng.choice(ZH_SUR)
    if kind == "given_zh":
        return rng.choice(ZH_GIVEN_ALONE)
    if kind == "pinyin":
        return rng.choice(PINYIN + PINYIN_UP)
    if kind == "pinyin_lower":
        return rng.choice(PINYIN).lower()
    if kind == "given_en":
        return rng.choice(EN_GIVEN)
    if kind == "jp_kanji":
        return rng.choice(JP_KANJI)
    if kind == "kr_hangul":
        return rng.choice(KR_HANGUL)
    if kind == "latin":
        return rng.choice(LATIN_NAMES[rng.choice(sorted(LATIN_NAMES))])
    if kind == "world":
        return person(rng, rng.choice(["latin", "latin", "latin", "pinyin", "jp_kanji", "kr_hangul"]))
    return rng.choice(LATIN_NAMES[kind])


# --- hand-written organisations ---
ORG_ZH = ["杭州云栖数智科技有限公司", "深圳市前海鼎盛供应链管理有限公司", "苏州博润精密机械有限公司", "北京中衡信律师事务所", "上海瑞和会计师事务所",
          "成都蓉锦生物医药集团", "武汉光谷星辰半导体有限公司", "宁波甬达港口物流集团", "青岛海澜纺织有限公司", "广州市越秀区仁和医院",
          "南京鼎新建设工程有限公司", "佛山美嘉家居集团", "长沙湘江智能装备有限公司"]
ORG_ZH_PUB = ["招商银行", "中国平安", "比亚迪", "宁德时代", "海尔智家", "中国移动", "美的集团"]
ORG_EN = ["Redfern Analytics Ltd", "Harrowgate Logistics plc", "Voss & Keller GmbH", "Nordlicht Energie AG", "Van der Berg Holdings B.V.",
          "Cascade Ridge Software Inc.", "Pinecrest Capital Partners", "Bluewater Robotics LLC", "Aldermoor Legal LLP", "Quillfeather Labs",
          "Tessaract Medical Group", "Brightlane Foods Co."]
ORG_EN_PUB = ["Siemens", "Microsoft", "Samsung", "Rio Tinto", "Unilever", "Toyota", "Nestlé"]


def org(rng: random.Random, kind: str) -> str:
    pools = {"zh": ORG_ZH, "en": ORG_EN, "any": ORG_ZH + ORG_EN, "zh_pub": ORG_ZH_PUB, "en_pub": ORG_EN_PUB, "pub": ORG_ZH_PUB + ORG_EN_PUB,
             "zh_all": ORG_ZH + ORG_ZH_PUB, "en_all": ORG_EN + ORG_EN_PUB}
    return rng.choice(pools[kind])


# --- hand-written street parts ---
CN_CITY = [("上海市", "徐汇区"), ("上海市", "闵行区"), ("北京市", "海淀区"), ("北京市", "丰台区"), ("广东省深圳市", "南山区"), ("广东省广州市", "天河区"),
           ("浙江省杭州市", "西湖区"), ("江苏省南京市", "鼓楼区"), ("四川省成都市", "武侯区"), ("湖北省武汉市", "洪山区"), ("陕西省西安市", "雁塔区"), ("山东省青岛市", "崂山区")]
CN_ROAD = ["漕溪北路", "虹梅南路", "学院路", "丰台北路", "科苑南路", "天河北路", "文三路", "中山北路", "人民南路四段", "珞喻路", "科技二路", "香港东路", "紫荆街", "梧桐巷"]
CN_ESTATE = ["阳光花园", "翠湖苑", "锦绣华庭", "金桂小区", "龙湖时代天街", "万科城市花园", "保利香槟国际", "碧桂园凤凰城"]
CN_TOWER = ["汇智大厦", "国贸中心B座", "科兴科学园", "数字经济产业园", "华润大厦"]
CN_RURAL = [("河南省周口市郸城县", "汲冢镇", "王楼村"), ("湖南省永州市零陵区", "富家桥镇", "兰家村"), ("贵州省毕节市大方县", "羊场镇", "新开村"),
            ("四川省南充市南部县", "升钟镇", "石佛村"), ("安徽省阜阳市太和县", "旧县镇", "罗庄村"), ("江西省赣州市宁都县", "黄陂镇", "杨依村")]


def address(rng: random.Random, kind: str) -> str:
    n = rng.randint
    if kind == "cn":
        prov, dist = rng.choice(CN_CITY)
        return rng.choice([
            f"{prov}{dist}{rng.choice(CN_ROAD)}{n(1, 999)}号{rng.choice(CN_TOWER)}{n(2, 30)}楼{n(1, 30):02d}{n(1, 20):02d}室",
            f"{prov}{dist}{rng.choice(CN_ROAD)}{n(1, 600)}弄{n(1, 80)}号{n(101, 1802)}室",
            f"{prov}{dist}{rng.choice(CN_ROAD)}{n(1, 999)}号{rng.choice(CN_ESTATE)}{n(1, 30)}栋{n(1, 4)}单元{n(1, 30)}0{n(1, 6)}",
            f"{dist}{rng.choice(CN_ROAD)}{n(1, 999)}号{n(1, 20)}号楼{n(1, 5)}单元{n(2, 28)}0{n(1, 4)}室",
        ])
    if kind == "cn_estate":
        prov, dist = rng.choice(CN_CITY)
        return f"{prov}{dist}{rng.choice(CN_ESTATE)}{n(1, 40)}号楼{n(1, 6)}单元{n(1, 33)}0{n(1, 4)}"
    if kind == "cn_rural":
        county, town, village = rng.choice(CN_RURAL)
        return f"{county}{town}{village}{rng.choice('一二三四五六七八')}组{n(1, 60)}号"
    if kind == "hk":
        return rng.choice([f"香港九龍旺角彌敦道{n(500, 750)}號{n(3, 28)}樓{rng.choice('ABCDEF')}室",
                           f"Flat {n(1, 28)}{rng.choice('ABCD')}, {n(2, 30)}/F, Tower {n(1, 5)}, Harbour Crest, {n(8, 88)} Tai Koo Shing Road, Quarry Bay, Hong Kong",
                           f"香港島北角英皇道{n(200, 900)}號{n(5, 30)}樓{n(1, 9)}室"])
    if kind == "tw":
        return rng.choice([f"台北市大安區復興南路一段{n(100, 390)}巷{n(1, 40)}號{n(2, 12)}樓", f"臺中市西屯區文心路三段{n(10, 400)}號{n(2, 15)}樓之{n(1, 9)}",
                           f"高雄市苓雅區四維三路{n(1, 200)}號{n(3, 20)}樓"])
    if kind == "sg":
        b = n(100, 699)
        return rng.choice([f"Blk {b} Ang Mo Kio Ave {n(3, 10)}, #{n(2, 16):02d}-{n(100, 1999)}, Singapore 560{b}",
                           f"{n(1, 300)} Tampines Street {n(11, 45)}, #{n(2, 14):02d}-{n(10, 99)}, Singapore 52{n(1000, 9999)}"])
    if kind == "jp":
        return rng.choice([f"〒150-00{n(11, 47)} 東京都渋谷区神宮前{n(1, 6)}-{n(1, 30)}-{n(1, 20)} {rng.choice(['メゾン青山', 'コーポ桜', 'ハイツ原宿'])}{n(1, 5)}0{n(1, 9)}",
                           f"大阪府大阪市北区梅田{n(1, 3)}丁目{n(1, 12)}-{n(1, 30)}", f"{n(2, 9)}-{n(1, 20)}-{n(1, 15)} Nishi-Azabu, Minato-ku, Tokyo 106-0031"])
    if kind == "kr":
        return rng.choice([f"서울특별시 강남구 테헤란로 {n(100, 520)}, {n(2, 25)}층", f"부산광역시 해운대구 센텀중앙로 {n(10, 99)}, {n(101, 120)}동 {n(101, 2504)}호",
                           f"{n(10, 300)} Teheran-ro, Gangnam-gu, Seoul {n(6100, 6299):05d}"])
    if kind == "us":
        return rng.choice([f"{n(100, 9899)} {rng.choice(['Larkspur Lane', 'Wexford Court', 'Cedar Hollow Rd', 'Pellham Avenue'])}, Apt {n(1, 12)}{rng.choice('ABCD')}, Boulder, CO 803{n(1, 10):02d}",
                           f"{n(100, 9899)} {rng.choice(['N Halsted St', 'Greenwood Ave', 'Briar Patch Dr'])}, {rng.choice(['Chicago, IL 606', 'Raleigh, NC 276', 'Tacoma, WA 984'])}{n(1, 40):02d}"])
    if kind == "uk":
        return rng.choice([f"Flat {n(1, 20)}, {n(2, 180)} {rng.choice(['Wellington Road', 'Ashgrove Terrace', 'Kingsdown Parade'])}, {rng.choice(['Leeds LS6 2', 'Bristol BS6 5', 'Manchester M14 6'])}{rng.choice(['AB', 'QT', 'HN', 'DW'])}",
                           f"{n(2, 180)} {rng.choice(['Marlborough Crescent', 'Heather Lane'])}, Edinburgh EH{n(3, 12)} {n(1, 9)}{rng.choice(['PL', 'JX', 'RB'])}"])
    if kind == "de":
        return f"{rng.choice(['Kastanienallee', 'Gneisenaustraße', 'Schillerstraße', 'Am Weidendamm', 'Lindwurmstraße'])} {n(1, 140)}, {rng.choice(['10435 Berlin', '80336 München', '50674 Köln', '20257 Hamburg'])}"
    if kind == "eu":
        return rng.choice([f"{n(2, 60)} rue des Tanneurs, 690{n(1, 9):02d} Lyon", f"Keizersgracht {n(100, 700)}, 1016 {rng.choice(['EH', 'DR', 'GB'])} Amsterdam",
                           f"Via Cesare Battisti {n(1, 90)}, 20122 Milano", f"Calle de Atocha {n(1, 150)}, 28012 Madrid"])
    if kind == "other":
        return rng.choice([f"Unit {n(1, 20)}, {n(2, 90)} Banksia Street, Brunswick VIC 3056", f"{n(100, 990)} Maple Crescent, Ottawa, ON K1S {n(1, 9)}L{n(1, 9)}",
                           f"Plot {n(10, 300)}, Admiralty Way, Lekki Phase 1, Lagos", f"Flat {n(1, 40)}, Al Wasl Road {n(10, 90)}, Jumeirah 1, Dubai"])
    if kind == "any":
        return address(rng, rng.choice(["cn", "cn", "cn_rural", "hk", "tw", "sg", "jp", "kr", "us", "uk", "de", "eu", "other"]))
    raise ValueError(kind)


# --- e-mail ---
LOCALS = ["xinyi.zhang", "haoran_liu", "cjy1993", "mengyao.zhou", "kevin.tang", "lanlan.qin", "a.venkataraman", "ngozi.adeyemi",
          "dvolkov", "emre.yildiz", "v.rios", "sofie.vdb", "hr-recruit", "finance.ap", "m.obrien", "wjun88", "shenyt", "lucas.b"]
DOMAINS_CO = ["yunqi-tech.cn", "dingsheng-scm.com", "redfern-analytics.co.uk", "voss-keller.de", "bluewater-robotics.com",
              "hxfin.net", "lanshan.com.cn", "quillfeather.io"]
DOMAINS_PERSONAL = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com", "yahoo.co.jp", "naver.com", "hotmail.co.uk", "sina.com"]


def email(rng: random.Random, kind: str) -> str:
    if kind == "qq":
        return f"{rng.randint(10000000, 3999999999)}@qq.com"
    dom = rng.choice(DOMAINS_CO if kind == "co" else DOMAINS_PERSONAL)
    return f"{rng.choice(LOCALS)}@{dom}"


# --- near misses (computed to FAIL) ---
def bad_prc(rng: random.Random, how: str) -> str:
    if how == "check":
        good = prc_id(rng)
        return good[:17] + rng.choice([c for c in "0123456789X" if c != good[17]])
    if how == "date":
        y = rng.randint(1960, 2003)
        md = rng.choice(["0230", "0231", "1301", "0011", "0431", "1100", "0632", "1532"])
        body = rng.choice(COUNTIES) + f"{y}{md}" + f"{rng.randint(1, 999):03d}"
        return body + gb11643_char(body)
    if how == "short":
        return prc_id(rng)[:17]
    raise ValueError(how)


def bad_luhn(rng: random.Random, issuer: str) -> str:
    good = card_number(rng, issuer)
    return good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)


def rdig(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def uscc(rng: random.Random) -> str:
    # unified social credit code shape (18 chars with letters; not a PRC_ID)
    return "91" + rng.choice(COUNTIES) + "MA" + rs(rng, 8, "0123456789ABCDEFGHJKLMNPQRTUWXY")


def order23(rng: random.Random) -> str:
    # a 23-digit order id with a mobile-like run inside
    return rdig(rng, 6) + rng.choice(MOBILE_PREFIX) + rdig(rng, 8) + rdig(rng, 6)


def _card(rng: random.Random, iss: str, how: str) -> str:
    return layout_card(card_number(rng, iss), how)


def _iban(rng: random.Random, country: str) -> str:
    return iban(rng, country, printed=rng.random() < 0.6)


def _isbn13(rng: random.Random) -> str:
    body = "978" + rdig(rng, 9)
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{chk}"


def _date(rng: random.Random) -> str:
    return dt.date.fromordinal(rng.randint(dt.date(2023, 1, 1).toordinal(), dt.date(2026, 11, 30).toordinal())).isoformat()


# slot name -> generator.  A slot in a frame is written «TYPE.gen» or «TYPE.gen#k» (same k -> same value);
# TYPE "x" means "not an entity".
GEN: dict[str, object] = {
    # PRC IDs
    "prc": lambda r: prc_id(r), "prc_x": lambda r: prc_id(r, want_x=True), "prc_xl": lambda r: prc_id(r, want_x=True)[:17] + "x",
    "prc_fw": lambda r: prc_id(r).translate(FW), "prc_any": lambda r: r.choice([prc_id(r), prc_id(r), prc_id(r, True), prc_id(r).translate(FW)]),
    # cards
    **{f"card_{iss}_{how}": partial(_card, iss=iss, how=how)
       for iss in ["up16", "up19", "visa", "mc", "mc2", "jcb", "amex"] for how in ["plain", "space", "dash", "fw"]},
    "card_any": lambda r: layout_card(card_number(r, r.choice(["up16", "up16", "up19", "visa", "mc", "mc2"])), r.choice(["plain", "space", "dash", "plain", "fw"])),
    # IBAN
    **{f"iban_{c.lower()}": partial(_iban, country=c) for c in ["DE", "GB", "NL", "AT", "CH", "IE", "BE"]},
    "iban_any": lambda r: iban(r, r.choice(["DE", "GB", "NL", "AT", "CH", "IE", "BE"]), printed=r.random() < 0.6),
    "ssn": lambda r: ssn(r, "-"), "ssn_sp": lambda r: ssn(r, " "), "ssn_nosep": lambda r: ssn(r, ""),
    **{f"pp_{k}": partial(passport, kind=k) for k in ["cn", "us", "uk", "de", "jp", "fr", "ca", "in", "kr"]},
    # phones
    "mob": lambda r: cn_mobile(r), "mob_plain": lambda r: cn_mobile(r, "plain"), "mob_dash": lambda r: cn_mobile(r, "dash"),
    "mob_fw": lambda r: cn_mobile(r, "fw"), "mob_86": lambda r: cn_mobile(r, r.choice(["+86", "(+86)", "+86nos"])),
    "landline": cn_landline, "intl": intl_phone,
    # email / ip
    "em_co": lambda r: email(r, "co"), "em_p": lambda r: email(r, "personal"), "em_qq": lambda r: email(r, "qq"),
    "em_any": lambda r: email(r, r.choice(["co", "personal", "qq"])),
    "ip_priv": lambda r: ipv4(r, "private"), "ip_pub": lambda r: ipv4(r, "public"), "ip6": ipv6, "ip6_ula": lambda r: f"fd{r.randint(0, 255):02x}:{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}::{r.randint(1, 0xFFFF):x}",
    "ip_any": lambda r: r.choice([ipv4(r, "private"), ipv4(r, "public"), ipv6(r)]),
    # secrets
    **{f"sec_{k}": partial(secret_token, kind=k) for k in
       ["sk", "skproj", "sklive", "akia", "awssecret", "ghp", "glpat", "xoxb", "npm", "aiza", "jwt", "pkey", "pw", "dburl", "pipurl", "hex", "code6"]},
    "sec_key": lambda r: secret_token(r, r.choice(["sk", "skproj", "sklive", "ghp", "glpat", "xoxb", "npm", "aiza"])),
    # people / orgs / addresses
    **{f"p_{k}": partial(person, kind=k) for k in
       ["zh", "zh_rare", "zh_compound", "zh_trad", "zh_any", "zh_title", "laoxiao", "given_zh", "pinyin", "pinyin_lower", "given_en",
        "jp_kanji", "kr_hangul", "latin", "world", *LATIN_NAMES]},
    "org_zh": lambda r: org(r, "zh"), "org_en": lambda r: org(r, "en"), "org_any": lambda r: org(r, "any"),
    **{f"org_{k}": partial(org, kind=k) for k in ["zh_pub", "en_pub", "pub", "zh_all", "en_all"]},
    **{f"addr_{k}": partial(address, kind=k) for k in
       ["cn", "cn_estate", "cn_rural", "hk", "tw", "sg", "jp", "kr", "us", "uk", "de", "eu", "other", "any"]},
    # non-entities
    "bad_prc_check": lambda r: bad_prc(r, "check"), "bad_prc_date": lambda r: bad_prc(r, "date"), "bad_prc_short": lambda r: bad_prc(r, "short"),
    "bad_luhn16": lambda r: bad_luhn(r, r.choice(["up16", "visa", "mc"])), "bad_luhn19": lambda r: bad_luhn(r, "up19"),
    "bad_luhn_sp": lambda r: layout_card(bad_luhn(r, r.choice(["up16", "visa", "mc2"])), "space"),
    "bad_iban": lambda r: iban(r, r.choice(["DE", "GB", "NL", "AT", "CH", "IE"]), printed=r.random() < 0.5, valid=False),
    "bad_ssn": bad_ssn, "uscc": uscc, "order23": order23, "isbn": _isbn13, "date": _date,
    "order": lambda r: rdig(r, r.choice([12, 14, 16, 18, 19])), "track": lambda r: "SF" + rdig(r, 12),
    "invoice": lambda r: f"INV-{r.randint(2024, 2026)}-{rdig(r, 6)}", "po": lambda r: f"PO{r.randint(2025, 2026)}{rdig(r, 5)}",
    "wire": lambda r: f"FT{rdig(r, 2)}{rs(r, 3, string.ascii_uppercase)}{rdig(r, 7)}", "sku": lambda r: f"{rs(r, 3, string.ascii_uppercase)}-{rdig(r, 4)}-{r.choice(['BK', 'WH', 'XL', 'S'])}",
    "meeting": lambda r: f"{rdig(r, 3)} {rdig(r, 3)} {rdig(r, 3)}", "ts": lambda r: str(r.randint(1700000000, 1790000000)) + rdig(r, 3),
    "ver": lambda r: f"{r.randint(1, 4)}.{r.randint(0, 19)}.{r.randint(0, 30)}", "amt": lambda r: f"{r.randint(12, 980)}.{r.randint(0, 9)}",
    "amt_k": lambda r: f"{r.randint(18, 95)}k", "int2": lambda r: str(r.randint(12, 88)), "pct": lambda r: f"{r.randint(3, 38)}%",
    "month": lambda r: str(r.randint(1, 12)), "q": lambda r: r.choice(["Q1", "Q2", "Q3", "Q4"]),
    "city_zh": lambda r: r.choice(["苏州", "合肥", "东莞", "昆明", "无锡", "佛山", "南昌", "沈阳", "厦门", "郑州"]),
    "city_en": lambda r: r.choice(["Rotterdam", "Monterrey", "Pune", "Leipzig", "Tucson", "Penang", "Gdańsk", "Porto", "Nagoya", "Cebu"]),
    "proj": lambda r: r.choice(["Kestrel", "Marigold", "Bluefin", "Tundra", "Saffron", "Hollyhock"]),
    "lang_zh": lambda r: r.choice(["英文", "日文", "法语", "德语", "西班牙语", "韩语"]),
    "proj_zh": lambda r: r.choice(["青鸾", "破晓", "远山", "白鹭", "星河", "磐石"]),
}


# ---------------------------------------------------------------------------------------------------------
# renderer
# ---------------------------------------------------------------------------------------------------------

SLOT = re.compile(r"«([A-Za-z_]+)(?:\.([A-Za-z0-9_]+)(?:#(\d+))?|:([^»]+))»")


def render(template: str, rng: random.Random) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    memo: dict[str, str] = {}
    pos = 0
    length = 0
    for m in SLOT.finditer(template):
        lit = template[pos:m.start()]
        out.append(lit)
        length += len(lit)
        etype, gen, k = m.group(1), m.group(2), m.group(3)
        key = f"{gen}#{k}" if k else None
        if m.group(4) is not None:
            value = m.group(4)
        elif key and key in memo:
            value = memo[key]
        else:
            value = GEN[gen](rng)  # type: ignore[operator]
            if key:
                memo[key] = value
        if etype != "x":
            assert etype in ALL_TYPES, etype
            ents.append({"type": etype, "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    return text, ents


# ---------------------------------------------------------------------------------------------------------
# validators — written independently of the generators above
# ---------------------------------------------------------------------------------------------------------

PRC_PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65}


def v_prc(value: str) -> bool:
    v = value.translate(UNFW)
    if not re.fullmatch(r"\d{17}[\dXx]", v):
        return False
    if int(v[:2]) not in PRC_PROVINCES or v[2:6] == "0000":
        return False
    try:
        born = dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    if not dt.date(1958, 1, 1) <= born <= dt.date(2004, 12, 31):
        return False
    s = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(v[:17]))
    expect = (12 - s % 11) % 11
    return v[17].upper() == ("X" if expect == 10 else str(expect))


def v_prc_shape_date_ok(v: str) -> bool:
    """Checksum-only validity (any date) used by the look-alike scan."""
    v = v.translate(UNFW)
    s = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(v[:17]))
    expect = (12 - s % 11) % 11
    return v[17].upper() == ("X" if expect == 10 else str(expect))


def v_luhn(digits: str) -> bool:
    if not digits.isdigit():
        return False
    acc = 0
    for i, ch in enumerate(digits[::-1]):
        d = int(ch)
        if i % 2:
            d = d * 2
            if d > 9:
                d -= 9
        acc += d
    return acc % 10 == 0


def v_card(value: str) -> bool:
    d = re.sub(r"[ -]", "", value.translate(UNFW))
    if not v_luhn(d) or not 13 <= len(d) <= 19:
        return False
    return bool(re.match(r"62|4|5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720)|35(2[89]|[3-8]\d)|3[47]", d))


def v_iban(value: str) -> bool:
    v = value.replace(" ", "")
    lens = {"DE": 22, "GB": 22, "NL": 18, "AT": 20, "CH": 21, "IE": 22, "BE": 16}
    if v[:2] not in lens or len(v) != lens[v[:2]] or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
        return False
    moved = v[4:] + v[:4]
    num = "".join(c if c.isdigit() else str(ord(c) - 55) for c in moved)
    if int(num) % 97 != 1:
        return False
    if v[:2] == "NL":
        acct = v[8:]
        return sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0
    if v[:2] == "BE":
        return (int(v[4:14]) % 97 or 97) == int(v[14:])
    return True


def v_ssn(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", value)
    if not m:
        return False
    a, g, s = m.group(1), m.group(3), m.group(4)
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and s != "0000"


PHONE_RES = [
    r"1[3-9]\d{9}", r"1[3-9]\d-\d{4}-\d{4}", r"1[3-9]\d \d{4} \d{4}", r"\+86 ?1[3-9]\d{9}", r"\(\+86\) 1[3-9]\d \d{4} \d{4}",
    r"0\d{2,3}-[2-9]\d{6,7}", r"\(0\d{2,3}\) ?[2-9]\d{6,7}", r"0\d{3} [2-9]\d{3} \d{4}",
    r"\+44 (20 3\d{3} \d{4}|7\d{3} \d{6})", r"\+1 \(\d{3}\) [2-9]\d{2}-\d{4}", r"\+65 [89]\d{3} \d{4}", r"\+852 [569]\d{3} \d{4}",
    r"\+49 (30 \d{8}|1\d\d \d{7})", r"\+81 (3|90)-\d{4}-\d{4}", r"\+91 9\d{4} \d{5}", r"\+82 10-\d{4}-\d{4}", r"\+61 4\d{2} \d{3} \d{3}",
    r"\+971 50 \d{3} \d{4}", r"\+55 11 9\d{4}-\d{4}", r"\+33 6( \d{2}){4}",
]


def v_phone(value: str) -> bool:
    v = value.translate(UNFW)
    if re.sub(r"\D", "", v).endswith("13800000000"):
        return False
    return any(re.fullmatch(p, v) for p in PHONE_RES)


PLACEHOLDER_DOMAINS = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test|localhost|invalid)$", re.I)


def v_email(value: str) -> bool:
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)", value)
    return bool(m) and not PLACEHOLDER_DOMAINS.search(m.group(1))


DOC_NETS = [ipaddress.ip_network(n) for n in ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "127.0.0.0/8", "0.0.0.0/8"]]


def ip_ok(value: str) -> bool:
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified or ip.is_multicast or ip.is_link_local or any(ip in n for n in DOC_NETS if n.version == ip.version):
        return False
    if ip.version == 4:
        return ip.is_global or any(ip in ipaddress.ip_network(n) for n in ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"])
    return ip.is_global or ip in ipaddress.ip_network("fc00::/7")


PASSPORT_RES = [r"[EG]\d{8}", r"\d{9}", r"C[CFGHJKLMNPRTVWXYZ0-9]{8}", r"[A-Z]{2}\d{7}", r"\d{2}[A-Z]{2}\d{5}", r"[A-Z]{2}\d{6}", r"[A-Z]\d{7}", r"M\d{8}"]


def v_passport(value: str) -> bool:
    return any(re.fullmatch(p, value) for p in PASSPORT_RES)


PLACEHOLDER_SECRETS = {"changeme", "password", "****", "xxxxxx", "your_password", "YOUR_API_KEY", "AKIAIOSFODNN7EXAMPLE",
                       "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "123456", "secret", "<your-key>"}
JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"


def _b64json(part: str) -> bool:
    try:
        return isinstance(json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))), dict)
    except Exception:
        return False


def v_secret(value: str) -> bool:
    if value in PLACEHOLDER_SECRETS or value == JWT_IO or "EXAMPLE" in value or value.startswith(("${", "<", "os.environ")):
        return False
    if value.startswith("eyJ"):
        parts = value.split(".")
        return len(parts) == 3 and _b64json(parts[0]) and _b64json(parts[1]) and len(parts[2]) >= 20
    if value.startswith("-----BEGIN"):
        m = re.fullmatch(r"-----BEGIN ([A-Z ]+) PRIVATE KEY-----\n([A-Za-z0-9+/=\n]+)\n-----END \1 PRIVATE KEY-----", value)
        return bool(m) and len(m.group(2)) > 200
    if "://" in value:
        m = re.fullmatch(r"[a-z+]+://[^:/@\s]*:([^@/\s]+)@[^\s/]+(/\S*)?", value)
        return bool(m) and m.group(1).lower() not in {"password", "pass", "changeme", "****"} and not m.group(1).startswith("${")
    shapes = [r"sk-[A-Za-z0-9]{40,}", r"sk-proj-[A-Za-z0-9_-]{40,}", r"sk_live_[A-Za-z0-9]{24}", r"AKIA[A-Z2-7]{16}", r"ghp_[A-Za-z0-9]{36}",
              r"glpat-[A-Za-z0-9_-]{20}", r"xoxb-\d+-\d+-[A-Za-z0-9]{24}", r"npm_[A-Za-z0-9]{36}", r"AIza[A-Za-z0-9_-]{35}"]
    if any(re.fullmatch(p, value) for p in shapes):
        return True
    # a password / secret value: no spaces, long enough, not a placeholder
    return bool(re.fullmatch(r"[\x21-\x7e]{6,64}", value)) and value.lower() not in PLACEHOLDER_SECRETS and not re.fullmatch(r"x+|\*+", value)


NOT_NAMES = {"张三", "李四", "王五", "某某", "小明", "小红", "Alice", "Bob", "Carol", "John Doe", "Jane Doe", "John Smith"}


def v_person(value: str) -> bool:
    return value == value.strip() and 2 <= len(value) <= 40 and value not in NOT_NAMES and not re.search(r"\d|@", value)


def v_org(value: str) -> bool:
    return value == value.strip() and len(value) >= 2 and "Acme" not in value and "某某" not in value


def v_address(value: str) -> bool:
    if "XX" in value or "某某" in value or "Main St" in value:
        return False
    return bool(re.search(r"\d", value)) and len(value) >= 10


VALIDATORS = {"PRC_ID": v_prc, "BANK_CARD": v_card, "IBAN": v_iban, "US_SSN": v_ssn, "PHONE": v_phone, "EMAIL": v_email,
              "IP_ADDRESS": ip_ok, "PASSPORT": v_passport, "SECRET": v_secret, "PERSON": v_person, "ORG": v_org, "ADDRESS": v_address}


# ---------------------------------------------------------------------------------------------------------
# look-alike scan: anything that would count as an entity but is not labelled -> reject the rendering
# ---------------------------------------------------------------------------------------------------------

def masked(text: str, ents: list[dict]) -> str:
    chars = list(text.translate(UNFW))
    for e in ents:
        for i in range(e["start"], e["end"]):
            chars[i] = "\u2588" if chars[i] != "\n" else "\n"
    return "".join(chars)


PW_VALUE_OK = re.compile(r"^(\$\{\{.*|\{.*|\$\{?\w+\}?|<[^>]*>|\*+|x{3,}|X{3,}|os\.environ.*|process\.env.*|changeme|YOUR_\w+|your[_-]\w+|\u2588.*|None|null|\"\"|''|getenv.*|%\(\w+\)s|\{\{.*)$")


def lookalikes(text: str, ents: list[dict]) -> list[str]:
    t = masked(text, ents)
    bad: list[str] = []
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t):
        if v_prc_shape_date_ok(m.group()) and v_prc(m.group()):
            bad.append("prc:" + m.group())
    for m in re.finditer(r"(?<![\d.])\d{13,19}(?![\d.])", t):
        if v_luhn(m.group()) and v_card(m.group()):
            bad.append("luhn:" + m.group())
    for m in re.finditer(r"(?<![\d-])\d{4}(?:([ -])\d{4})(?:\1\d{4}){1,2}(?:\1\d{1,4})?(?![\d-])", t):
        if v_card(m.group()):
            bad.append("luhn-grouped:" + m.group())
    for m in re.finditer(r"(?<![0-9A-Za-z])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)", t):
        if "13800000000" not in re.sub(r"\D", "", m.group()):
            bad.append("mobile:" + m.group())
    for m in re.finditer(r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])", t):
        if v_ssn(m.group()):
            bad.append("ssn:" + m.group())
    if re.search(r"(?i)ssn|social security", t):
        for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", t):
            if v_ssn(m.group()):
                bad.append("ssn9:" + m.group())
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", t):
        if v_email(m.group()):
            bad.append("email:" + m.group())
    for m in re.finditer(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])", t):
        if ip_ok(m.group()):
            bad.append("ipv4:" + m.group())
    for m in re.finditer(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])", t):
        if "::" in m.group() or m.group().count(":") == 7:
            if ip_ok(m.group()):
                bad.append("ipv6:" + m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", t):
        if v_iban(m.group()):
            bad.append("iban:" + m.group())
    for m in re.finditer(r"(?<![A-Za-z0-9])(sk-[A-Za-z0-9]{16,}|sk-proj-\S+|sk_live_\S+|AKIA[A-Z0-9]{16}|ghp_\w{20,}|glpat-\S{12,}|xox[bpa]-\S+|npm_\w{20,}|AIza\S{20,}|eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+|-----BEGIN [A-Z ]*PRIVATE KEY)", t):
        if m.group() not in PLACEHOLDER_SECRETS and m.group() != JWT_IO and "EXAMPLE" not in m.group():
            bad.append("key:" + m.group()[:20])
    for m in re.finditer(r"(?i)(?:pass(?:word|wd)?|pwd|secret(?:_key)?|api[_-]?key|token)[\"']?\s*(?:[:=]|\bis\b)\s*[\"']?([^\s\"'`,;)]+)", t):
        val = m.group(1)
        if not PW_VALUE_OK.match(val) and val.lower() not in PLACEHOLDER_SECRETS and len(val) >= 4 and re.fullmatch(r"[\x21-\x7e]+", val):
            bad.append("pw-assign:" + m.group()[:30])
    for m in re.finditer(r"(?:密码|口令|授权码)(?:是|为|：|:)\s*([A-Za-z0-9!@#$%^&*._+=-]{4,})", t):
        if m.group(1).lower() not in PLACEHOLDER_SECRETS and not PW_VALUE_OK.match(m.group(1)):
            bad.append("pw-zh:" + m.group())
    for m in re.finditer(r"[a-z+]+://[^\s/:@]*:([^\s@/]+)@", t):
        if not PW_VALUE_OK.match(m.group(1)) and m.group(1).lower() not in PLACEHOLDER_SECRETS and m.group(1) not in {"pass", "pw"}:
            bad.append("url-pw:" + m.group())
    return bad


# ---------------------------------------------------------------------------------------------------------
# frames: (lang, confidential, renders, template)
# ---------------------------------------------------------------------------------------------------------
C, N = True, False
FRAMES: dict[str, list[tuple[str, bool, int, str]]] = {}

FRAMES["credentials"] = [
    ("mixed", N, 2, "这个脚本跑不起来，报401，帮我看看哪里错了\n```python\nimport openai\nclient = openai.OpenAI(api_key=\"«SECRET.sec_sk»\")\nresp = client.chat.completions.create(model=\"gpt-4o\", messages=msgs)\n```"),
    ("en", N, 2, "why does boto keep saying InvalidClientTokenId?? my ~/.aws/credentials:\n[default]\naws_access_key_id = «SECRET.sec_akia»\naws_secret_access_key = «SECRET.sec_awssecret»\nregion = ap-east-1"),
    ("mixed", N, 2, ".env 文件如下，docker compose up 之后 app 连不上库：\nDB_HOST=db\nDB_USER=crm_rw\nDB_PASSWORD=«SECRET.sec_pw»\nREDIS_URL=redis://redis:6379/0"),
    ("zh", N, 2, "我新开的测试服务器root密码是«SECRET.sec_pw»，你帮我写个ssh免密登录的步骤吧"),
    ("en", N, 2, "CI is failing on the push step, here's the log:\n+ git remote set-url origin https://x-access-token:«SECRET.sec_ghp»@github.com/lanshan/infra.git\n+ git push origin HEAD\nremote: Permission to lanshan/infra.git denied."),
    ("mixed", N, 1, "帮我把这段 curl 改成 python requests：\ncurl -u deploy:«SECRET.sec_pw» -X POST https://jenkins.lanshan.com.cn/job/release/build"),
    ("en", N, 2, "getting 'bad decrypt' with this key, is it corrupted?\n«SECRET.sec_pkey»"),
    ("en", N, 2, "can u decode this token and tell me when it expires: «SECRET.sec_jwt»"),
    ("mixed", N, 2, "gitlab runner 注册不上，token: «SECRET.sec_glpat» ，runner 版本 «x.ver»"),
    ("en", N, 1, "Slack bot stopped posting. config.yaml:\nslack:\n  bot_token: «SECRET.sec_xoxb»\n  channel: \"#deploy-alerts\""),
    ("mixed", N, 2, "npm publish 报 E403，.npmrc 里是这么写的：\n//registry.npmjs.org/:_authToken=«SECRET.sec_npm»"),
    ("en", N, 1, "maps widget shows 'for development purposes only', key is «SECRET.sec_aiza» — is billing off or is the key restricted?"),
    ("zh", N, 2, "连生产库一直超时，连接串：«SECRET.sec_dburl» ，是不是安全组没放行"),
    ("en", N, 1, "pip install fails behind the proxy, pip.conf:\n[global]\nindex-url = «SECRET.sec_pipurl»\ntrusted-host = pypi.org"),
    ("mixed", N, 1, "Stripe webhook 一直验签失败，我用的 key 是 «SECRET.sec_sklive» ，是不是要用 whsec 那个"),
    ("zh", N, 2, "老板让我把邮箱客户端配好，QQ邮箱的授权码：«SECRET.sec_code6»，IMAP服务器填什么？"),
    ("en", N, 1, "wifi in the new office — network is Hexi-5G, pass is «SECRET.sec_pw». can you write a short welcome note for new hires with this?"),
    ("mixed", N, 1, "kubectl create secret 的时候格式对吗\nkubectl create secret generic app-env --from-literal=PGPASSWORD='«SECRET.sec_pw»' -n prod"),
    ("zh", N, 1, "redis起不来：redis-server --port 6380 --requirepass «SECRET.sec_pw» --daemonize yes 报错 bad directive"),
    ("en", N, 1, "settings.py is throwing ImproperlyConfigured, relevant bits:\nDEBUG = False\nSECRET_KEY = '«SECRET.sec_pw»'\nALLOWED_HOSTS = ['crm.lanshan.com.cn']"),
    ("mixed", N, 1, "这个 header 对吗？\nheaders = {\"X-API-Key\": \"«SECRET.sec_hex»\", \"Content-Type\": \"application/json\"}"),
    ("en", N, 1, "mysql -h «IP_ADDRESS.ip_priv» -u etl -p«SECRET.sec_pw» warehouse < dump.sql   <- this hangs forever, any idea"),
    ("zh", N, 1, "VPN 账号 hzhou_ops，初始密码«SECRET.sec_pw»，登上去以后怎么改密码？"),
    ("en", N, 1, "openai key for the hackathon is «SECRET.sec_skproj» — write me a one-liner to list models with it"),
    # negatives
    ("mixed", N, 1, "怎么在 python 里安全地读 API key？我现在是 api_key = os.environ[\"OPENAI_API_KEY\"]，这样可以吗"),
    ("en", N, 1, "what's a good format for an .env.example? I have\nDB_PASSWORD=changeme\nSTRIPE_KEY=<your-key>\nOPENAI_API_KEY=YOUR_API_KEY"),
    ("zh", N, 1, "密码策略一般要求多长？我们想规定至少12位、包含大小写和符号，合理吗"),
    ("en", N, 1, "how do I rotate a GitHub personal access token without breaking the CI jobs that use it?"),
    ("mixed", N, 1, "docker-compose 里 password: ${DB_PASS} 这种写法变量从哪里读的？"),
    ("en", N, 1, "explain what each part of a JWT is (header, payload, signature) and why you shouldn't put secrets in the payload"),
    ("zh", N, 1, "忘记了Windows开机密码怎么办，不想重装系统"),
]

FRAMES["hr"] = [
    ("zh", C, 2, "帮我把这几个人的调薪结果整理成表格：«PERSON.p_zh» 月薪18500调到21000，«PERSON.p_zh» 从14000到15200，«PERSON.p_given_zh» 不动"),
    ("en", C, 2, "Draft a note to «PERSON.p_latin» confirming their new base of $«x.amt_k» effective next month, plus the 8% retention bonus we agreed"),
    ("zh", C, 2, "«PERSON.p_zh_title»说这季度绩效给«PERSON.p_zh»打C，让我写一段改进计划(PIP)的开头，语气别太冲"),
    ("en", C, 2, "need a polite but firm termination letter for «PERSON.p_world», last day is the 30th, reason is repeated no-shows"),
    ("mixed", C, 2, "offer 谈下来了：«PERSON.p_pinyin» base 52w + 签字费 8w + RSU 4000股分四年，帮我写封 offer email (English)"),
    ("zh", C, 1, "下周要劝退«PERSON.p_laoxiao»，他在组里十二年了，帮我想想怎么开口，补偿按N+1"),
    ("en", C, 2, "Calibration notes: «PERSON.p_given_en» – exceeds, promote to L5; «PERSON.p_given_en#2» – meets, no change. turn these into a tidy summary"),
    ("zh", C, 1, "人事这边统计：«PERSON.p_zh_any»试用期没过，周五前通知；«PERSON.p_zh_any»转正，定级P6"),
    ("mixed", C, 1, "«PERSON.p_zh»的年终奖我打算给3.5个月，他领导«PERSON.p_zh_title»觉得太高了，帮我写个 justification"),
    ("en", C, 1, "Our team's comp bands after the review (don't share): senior eng 145–170k, staff 175–210k. We're hiring in «x.city_en» next quarter and moving two people down a band"),
    ("zh", C, 1, "今年我们部门要砍掉三个HC，名单还没定，先帮我列一下评估维度"),
    # negatives
    ("zh", N, 1, "Excel里怎么算加班费？工作日1.5倍、周末2倍、法定节假日3倍，给我个公式"),
    ("zh", N, 1, "假设月薪20000元，五险一金按上海的比例扣完大概到手多少？"),
    ("en", N, 1, "what's a fair way to structure a sales commission plan for a team of six? just general best practice"),
    ("en", N, 1, "write a generic job description for a senior data engineer, remote-friendly"),
    ("zh", N, 1, "试用期最长可以约定多久？劳动合同法怎么规定的"),
    ("en", N, 1, "According to government statistics, median pay for software developers was around $130k last year — how does that compare to the UK?"),
    ("mixed", N, 1, "帮我设计一个绩效 review 模板，包含 self-review、peer feedback 和 manager summary 三部分"),
]

FRAMES["medical"] = [
    ("zh", C, 1, "我爸上个月体检查出肺部有个1.2cm的结节，医生建议做增强CT，这个严重吗？需要准备什么"),
    ("zh", C, 2, "«PERSON.p_zh_any»昨天确诊了甲状腺乳头状癌，下周手术，我想帮忙申请两周病假，怎么写邮件"),
    ("en", C, 1, "my biopsy came back as stage 2 melanoma. I'm supposed to present at the offsite next week — should I tell my manager?"),
    ("en", C, 1, "Can you summarise this for «PERSON.p_latin»'s file: HbA1c 8.9%, fasting glucose 11.2 mmol/L, started on metformin 500mg bid"),
    ("zh", C, 1, "组里有个同事刚查出来乙肝大三阳，大家都有点慌，我该怎么跟团队沟通比较好"),
    ("mixed", C, 1, "我老婆孕检NT值3.1mm，医生让做无创DNA，结果要等两周，这段时间能做点什么？"),
    ("en", C, 1, "«PERSON.p_given_en» told me in confidence that they've been on sertraline since the spring and are struggling with the new shifts. how do I support them without making it weird?"),
    ("zh", C, 1, "«PERSON.p_laoxiao»这周请假是因为抑郁症复发在住院，他不想让别人知道，我该怎么安排他的工作"),
    ("en", C, 1, "results from my dad's MRI: 'small vessel ischaemic changes, no acute infarct'. what does that mean in plain english"),
    ("mixed", C, 1, "Patient «PERSON.p_zh»，男，58岁，eGFR 38，肌酐 160 μmol/L，请帮我写一段 discharge summary"),
    ("zh", C, 1, "我自己的情况：确诊桥本甲状腺炎两年了，优甲乐50μg，最近TSH又升到7.8，要加量吗"),
    # negatives
    ("zh", N, 1, "布洛芬和感冒药能不能一起吃？一般间隔多久"),
    ("en", N, 1, "what are the early signs of type 2 diabetes?"),
    ("zh", N, 1, "办公室久坐腰疼，有什么拉伸动作推荐"),
    ("en", N, 1, "explain the difference between a CT and an MRI scan for a patient leaflet"),
    ("zh", N, 1, "HPV疫苗二价、四价、九价有什么区别，多大年龄适合打"),
    ("mixed", N, 1, "写一篇公众号文章：如何预防流感 (flu season tips)，800字左右"),
    ("en", N, 1, "is it safe to take melatonin every night for jet lag?"),
]

FRAMES["finance"] = [
    ("zh", C, 2, "{q}的数字刚出来，营收«x.amt»亿，比我们下周要对外说的指引低了差不多«x.pct»，帮我想想怎么跟董事会解释".replace("{q}", "«x.q»")),
    ("en", C, 2, "Heads up before the earnings call: we're going to miss «x.q» by about «x.pct» and the guide for next year is coming down. Draft talking points for the CFO"),
    ("zh", C, 2, "我们在谈收购«ORG.org_zh»，报价估值大概«x.int2»亿，对方还没松口，帮我列一份尽调清单"),
    ("en", C, 1, "We're close to signing the Series C at a $«x.int2»0M pre with «ORG.org_en» leading. Write a one-page memo for the board, nothing goes out before the close"),
    ("mixed", C, 1, "明年的 budget 初稿：研发 «x.amt» 百万，marketing 砍 «x.pct»，headcount 冻结。帮我做成 PPT 大纲"),
    ("zh", C, 1, "财务说«x.month»月现金流只够撑到年底，正在跟«ORG.org_zh»谈一笔过桥贷款，这个事先别往外说"),
    ("en", C, 1, "«ORG.org_en» is paying us $«x.amt»/unit under the new three-year deal, with a 40k unit minimum. can you build a quick revenue model"),
    ("zh", C, 1, "下季度打算关掉«x.city_zh»的工厂，大概影响两百人，公告时间还没定，先帮我起草一个沟通时间表"),
    ("en", C, 1, "Board pack draft — FY26 forecast: revenue 412m, EBITDA 38m, two restructuring charges in H1. Tighten the wording for me"),
    # negatives
    ("zh", N, 2, "«ORG.org_zh_pub»去年年报披露营收增长«x.pct»，帮我用通俗的话解释一下毛利率变化的原因"),
    ("en", N, 1, "«ORG.org_en_pub» reported «x.q» results last week — summarise the public numbers and what analysts said"),
    ("zh", N, 1, "怎么用Excel做一个简单的现金流折现(DCF)模型？"),
    ("en", N, 1, "what's the difference between EBITDA and operating cash flow?"),
    ("mixed", N, 1, "帮我解释一下 P/E ratio 和 PEG 的区别，举个例子"),
    ("zh", N, 1, "公司报销流程一般怎么设计比较合理，给个模板"),
    ("en", N, 1, "Write a short explainer on how convertible notes work for first-time founders"),
    ("zh", N, 1, "«ORG:比亚迪»和«ORG:宁德时代»都已经发了三季报，帮我对比一下两家公开披露的研发投入"),
]

FRAMES["legal"] = [
    ("zh", C, 2, "«ORG.org_zh»拖欠我们货款«x.amt»万，已经三个月了，我们准备下周发律师函，帮我起草一下"),
    ("en", C, 2, "«ORG.org_en» offered to settle at $«x.amt»k if we drop the patent claim. Our floor is double that. Draft a counter-offer letter"),
    ("zh", C, 1, "跟«ORG.org_zh»的框架协议里，最低采购量是每年«x.int2»万件，单价«x.amt»元，违约金20%。帮我看看有没有坑"),
    ("en", C, 1, "We're about to send a cease-and-desist to «ORG.org_en» over the logo. Can you tighten the language before legal signs off"),
    ("zh", C, 1, "员工«PERSON.p_zh_any»申请劳动仲裁，要求赔偿«x.int2»万，我们内部评估大概率要赔一部分，帮我写应诉思路"),
    ("mixed", C, 1, "跟 «ORG.org_en» 的 MSA 第7条 liability cap 我们想改成 12 个月费用，对方坚持 6 个月，帮我写 negotiation email"),
    ("en", C, 1, "our former sales director took the customer list to a competitor. we have the download logs. what are our options before we file?"),
    ("zh", C, 1, "仲裁庭建议调解，对方开价«x.amt»万一次性了结，老板倾向接受，帮我列利弊"),
    # negatives
    ("zh", N, 1, "劳动合同到期不续签，公司需要付经济补偿吗？"),
    ("en", N, 1, "what's the difference between an NDA and a non-compete?"),
    ("zh", N, 1, "网购的东西七天无理由退货，商家拒绝怎么办"),
    ("en", N, 1, "explain GDPR's right to erasure in two paragraphs"),
    ("mixed", N, 1, "帮我写一个通用的 SaaS Terms of Service 模板大纲"),
    ("zh", N, 1, "著作权保护期是多久？公司员工写的代码版权归谁"),
    ("en", N, 1, "is a verbal agreement legally binding in England?"),
]

FRAMES["names_alone"] = [
    ("zh", N, 2, "帮我给«PERSON.p_zh_any»写一张生日贺卡，她是我们组的设计师，平时很照顾新人"),
    ("zh", N, 2, "下午的会«PERSON.p_zh_title»和«PERSON.p_laoxiao»都来不了，帮我写个改期通知"),
    ("en", N, 2, "Write a short thank-you message to «PERSON.p_latin» for covering my on-call shift last weekend"),
    ("en", N, 2, "hey can you make a seating chart for the team dinner: «PERSON.p_latin», «PERSON.p_latin#2», «PERSON.p_world», me, and «PERSON.p_given_en»"),
    ("mixed", N, 2, "把这句翻译成英文：“«PERSON.p_zh»下周一开始休产假，期间她的工作由«PERSON.p_zh#2»跟进”"),
    ("zh", N, 1, "«PERSON.p_zh_compound»同学，你的快递放在前台了，记得下班前来拿（帮我润色下这句话）"),
    ("zh", N, 1, "欢迎新同事«PERSON.p_zh_rare»加入财务部！写一段欢迎词，轻松一点"),
    ("zh", N, 1, "«PERSON.p_zh_trad»下個月從台北調過來，幫我寫一封歡迎信"),
    ("en", N, 1, "«PERSON.p_jp» and «PERSON.p_kr» are joining the Singapore office on Monday — draft an intro post for #general"),
    ("mixed", N, 1, "会议纪要 attendees: «PERSON.p_pinyin_lower», «PERSON.p_pinyin_lower#2», «PERSON.p_af»。帮我补全格式"),
    ("zh", N, 1, "帮我以«PERSON.p_jp_kanji»さん的名义写一封日语感谢信，感谢他上次来上海参观"),
    ("zh", N, 1, "«PERSON.p_kr_hangul» 님 下周来北京出差，帮我推荐几家适合韩国客人的餐厅"),
    ("en", N, 1, "Remind me tomorrow to call «PERSON.p_given_en» back about the hiking trip"),
    ("zh", N, 1, "群里@«PERSON.p_given_zh» 你上次说的那家火锅店叫啥来着"),
    ("en", N, 1, "Congratulations note for «PERSON.p_ar» and «PERSON.p_fa» on finishing the marathon, keep it light"),
    ("en", N, 1, "could you check the grammar: 'Dear «PERSON.p_slav», as discussed with «PERSON.p_tr» yesterday, the workshop moves to Thursday.'"),
    ("mixed", N, 1, "Hi «PERSON.p_latam», 帮我把这封邮件翻成西班牙语，主要是约下周的 call"),
    ("en", N, 1, "table for the onsite:\n| name | team | diet |\n|---|---|---|\n| «PERSON.p_sea» | infra | halal |\n| «PERSON.p_eu» | design | vegan |\n| «PERSON.p_in» | data | none |"),
    # negatives
    ("zh", N, 1, "帮我起几个适合猫的名字，要可爱一点的"),
    ("en", N, 1, "what are the most common surnames in Korea and why are there so few?"),
    ("zh", N, 1, "中文名字翻译成英文时姓和名的顺序怎么处理比较规范"),
    ("en", N, 1, "give me 10 name ideas for a coffee shop near a university"),
]

FRAMES["address"] = [
    ("zh", N, 3, "快递帮我寄到«ADDRESS.addr_cn»，收件人写前台就行，明天上午要到"),
    ("zh", N, 2, "我们新办公室地址是«ADDRESS.addr_cn»，帮我写一段访客指引，包括地铁怎么走"),
    ("zh", N, 2, "老家地址«ADDRESS.addr_cn_rural»，帮我写一封给村委会的信，问下宅基地确权的事"),
    ("zh", N, 1, "搬家了，新地址：«ADDRESS.addr_cn_estate»，帮我写个通知发给物业和房东"),
    ("zh", N, 2, "寄樣品到«ADDRESS.addr_hk»，順豐到付，幫我寫一下英文的運單備註"),
    ("zh", N, 1, "台灣客戶的收貨地址是«ADDRESS.addr_tw»，幫我確認格式對不對"),
    ("en", N, 2, "Please update my shipping address to «ADDRESS.addr_sg» and draft a short email to the vendor"),
    ("mixed", N, 1, "日本子公司的注册地址：«ADDRESS.addr_jp»，帮我翻成英文格式 for the invoice"),
    ("mixed", N, 1, "韩国客户地址 «ADDRESS.addr_kr»，帮我转成英文写法填到 DHL 单子上"),
    ("en", N, 2, "I moved! new place is «ADDRESS.addr_us». can you write a change-of-address note for my bank and HR"),
    ("en", N, 2, "Send the signed contract to «ADDRESS.addr_uk» by recorded delivery — draft the cover letter"),
    ("en", N, 1, "Our German team sits at «ADDRESS.addr_de», 3rd floor. write the directions for candidates coming from Hauptbahnhof"),
    ("en", N, 1, "return label should go to «ADDRESS.addr_eu» — please format it properly for the courier"),
    ("en", N, 1, "Hotel for the offsite fell through, we're now at a rental: «ADDRESS.addr_other». write the logistics email"),
    # negatives
    ("zh", N, 2, "«x.city_zh»有哪些适合周末带孩子去的地方？"),
    ("zh", N, 1, "中国地址的标准写法是什么顺序？比如 XX省XX市XX区XX路XX号 这样写对吗"),
    ("en", N, 1, "what's the correct US address format? e.g. 123 Main Street, Anytown, CA 90210 — where does the apartment number go?"),
    ("en", N, 1, "I'm relocating to «x.city_en» for work, which neighbourhoods are good for families?"),
    ("zh", N, 1, "北京市海淀区和朝阳区哪个通勤更方便？我在中关村上班"),
    ("mixed", N, 1, "表单里地址字段 placeholder 写成“某某市某某区某某路1号”可以吗，还是用 e.g. Room 101 这种"),
]

FRAMES["multi_entity"] = [
    ("zh", N, 3, "帮我把这条信息整理成表格：姓名«PERSON.p_zh_any»，身份证«PRC_ID.prc_any»，手机«PHONE.mob»，住址«ADDRESS.addr_cn»"),
    ("zh", N, 2, "报销信息：«PERSON.p_zh»，开户行«ORG:招商银行»，卡号«BANK_CARD.card_any»，联系电话«PHONE.mob»"),
    ("en", N, 2, "New vendor onboarding — contact: «PERSON.p_latin», «EMAIL.em_co», «PHONE.intl». Remit to «IBAN.iban_any». Fill in the form for me"),
    ("en", N, 2, "name,email,phone,ssn\n«PERSON.p_latin»,«EMAIL.em_p»,«PHONE.intl»,«US_SSN.ssn»\n«PERSON.p_latin#2»,«EMAIL.em_p#2»,«PHONE.intl#2»,«US_SSN.ssn#2»\nconvert this csv to json please"),
    ("mixed", N, 2, "签证材料帮我核对下：Name «PERSON.p_pinyin», Passport No. «PASSPORT.pp_cn», DOB 1990-03-14, Address «ADDRESS.addr_cn»"),
    ("zh", N, 1, "入职登记：\n姓名：«PERSON.p_zh_any»\n证件号：«PRC_ID.prc_any»\n紧急联系人：«PERSON.p_zh»（母亲）«PHONE.mob»\n邮箱：«EMAIL.em_qq»\n帮我检查有没有漏填的"),
    ("en", N, 1, "From: «PERSON.p_world» <«EMAIL.em_co»>\nTo: accounts@billing.test\nSubject: refund\n\nPlease refund to card «BANK_CARD.card_visa_space», billing address «ADDRESS.addr_us». Thanks\n\n-- summarise this email"),
    ("mixed", N, 1, "客户 «PERSON.p_kr» 的资料：passport «PASSPORT.pp_kr»，电话 «PHONE.intl»，酒店地址 «ADDRESS.addr_cn»，帮我做个接待安排"),
    ("en", N, 1, "{\"customer\": \"«PERSON.p_latin»\", \"email\": \"«EMAIL.em_p»\", \"card\": \"«BANK_CARD.card_mc_plain»\", \"ship_to\": \"«ADDRESS.addr_uk»\"}\nwhy does my validator reject this payload?"),
    ("zh", N, 1, "[10:42] «PERSON.p_zh_title»: 合同盖章版寄到«ADDRESS.addr_cn»\n[10:43] «PERSON.p_given_zh»: 收到，收件电话写«PHONE.mob»？\n[10:45] «PERSON.p_zh_title»: 对\n把聊天记录整理成待办"),
    ("en", N, 1, "payroll change form: employee «PERSON.p_in», new account «IBAN.iban_gb», phone «PHONE.intl», effective 1st of next month. check the formatting"),
    ("mixed", N, 1, "INSERT INTO customers (name, id_no, mobile, addr) VALUES ('«PERSON.p_zh»', '«PRC_ID.prc»', '«PHONE.mob_plain»', '«ADDRESS.addr_cn»');\n这条 SQL 为什么报 Data too long"),
    ("zh", N, 1, "租房合同乙方信息：«PERSON.p_zh_any»，身份证号«PRC_ID.prc_any»，工作单位«ORG.org_zh»，帮我看看合同条款"),
    ("en", N, 1, "Emergency contact sheet for the trip:\n- «PERSON.p_eu», passport «PASSPORT.pp_de», «PHONE.intl»\n- «PERSON.p_jp», passport «PASSPORT.pp_jp», «PHONE.intl»\nput into a table"),
]

FRAMES["confidential_no_identifier"] = [
    ("zh", C, 1, "Q3营收最后落在六亿出头，比我们周四要讲的数字低一截，你帮我把措辞改得平缓一点"),
    ("zh", C, 1, "先别往外传：«x.city_zh»那条产线明年春天停，设备搬去越南，人员怎么安置还在吵"),
    ("en", C, 1, "Between us: the Leeds site is closing in March and nobody on the floor knows yet. how do I prep my team leads without tipping them off?"),
    ("en", C, 1, "We're in talks to buy a competitor for roughly 3x revenue; the term sheet lands Friday. Draft a list of integration risks"),
    ("zh", C, 1, "老板昨天拍板了，年底要裁掉销售部大概三分之一的人，名单下周定，先帮我准备沟通话术"),
    ("zh", C, 1, "组里有个同事被查出来报销造假，金额八万多，这周会谈话，我该怎么跟其他人解释他突然不来了"),
    ("en", C, 1, "One of my reports admitted she's been interviewing elsewhere and has an offer 30% above what we pay her. How should I respond?"),
    ("en", C, 1, "Don't forward this: the new battery chemistry hits 410 Wh/kg in the lab, twice what we've told investors. help me write the board update"),
    ("zh", C, 1, "我们那个涂层配方的关键是烧结温度控制在842度、保温47分钟，这个参数千万别让代工厂知道，帮我写一份给工艺组的操作说明"),
    ("zh", C, 1, "跟大客户的续约谈崩了，他们明年不续，这个消息月底前不能让销售团队知道，帮我想想怎么调整目标"),
    ("en", C, 1, "my manager was reprimanded last week for comments he made to a new hire; HR asked us to keep quiet. how do I handle questions from the team?"),
    ("mixed", C, 1, "董事会还没批，但明年的 hiring plan 基本定了：北京不再招人，研发全部转到成都。帮我写个 FAQ 给 leadership"),
    ("zh", C, 1, "下个月要发的新机型定价3999，比竞品低一千，发布会前不能漏出去，帮我写三条预热文案（不要提价格）"),
    ("en", C, 1, "we quietly agreed to refund the big customer 2.4M after the outage; finance hasn't booked it yet. draft a short note to the CFO"),
    ("zh", C, 1, "我们老大下个月要走了，去竞对当CTO，公司还没宣布，帮我理一下他手上的项目交接"),
    ("en", C, 1, "heads up, the audit found we double-counted about 6M of revenue in the spring; restatement is likely. help me plan the conversation with the audit committee"),
    ("zh", C, 1, "新产品的良率其实只有62%，对外说的是85%，下个月量产压力很大，帮我写份改善计划"),
    ("en", C, 1, "Our bid for the city contract is 11.8M, about 9% under what we think the incumbent will offer. tidy up the cover letter but keep the number out of it"),
    ("zh", C, 1, "同事小道消息：研发副总要被调岗，原因是上次事故的责任认定。我作为他的下属要注意什么"),
    ("mixed", C, 1, "新版推荐算法的 trick 是把停留时长的权重调到0.37，AB 实验 GMV +6%，这个先只在我们组内同步，帮我写个周报"),
    ("en", C, 1, "The merger with our biggest rival is basically done — announcement is planned for the 14th. what should I tell my team if rumours start?"),
    ("zh", C, 1, "领导说今年调整后普遍降15%，年终奖取消，下周一才宣布，帮我写一段安抚团队的话"),
    ("en", C, 1, "we're going to be acquired — price is around 40 a share, still being negotiated. can I sell my vested options now? not sure how to think about it"),
    ("zh", C, 1, "客户那边的采购负责人私下透露，他们的预算上限是380万，我们报价要不要往上靠"),
    ("en", C, 1, "the clinical trial readout is negative on the primary endpoint; topline goes out in two weeks. draft Q&A for the investor relations team"),
    # hard negatives next to them
    ("zh", N, 1, "公司年报上写的去年营收是多少，这种公开数据去哪里查比较准"),
    ("en", N, 1, "how should a manager tell a team about layoffs in general? looking for best practices, nothing specific"),
    ("zh", N, 1, "假设一家公司要关闭一个工厂，一般需要提前多久通知员工？"),
    ("en", N, 1, "Write a fictional case study about a startup that gets acquired, for a business school class"),
    ("zh", N, 1, "什么是商业秘密？怎么界定和保护"),
    ("en", N, 1, "what does a typical M&A timeline look like, from LOI to close?"),
    ("zh", N, 1, "如何写一份好的产品发布会预热文案？给几个通用技巧"),
    ("en", N, 1, "summarise the main points of the Sarbanes-Oxley Act for new finance staff"),
    ("zh", N, 1, "面试的时候被问到期望待遇，怎么回答比较好"),
    ("en", N, 1, "the company announced last week that it's opening a new plant in Ohio; write a LinkedIn post congratulating the team"),
    ("zh", N, 1, "良率是怎么计算的？半导体行业一般多少算正常"),
    ("en", N, 1, "hypothetically, if a company restated revenue, what happens to its share price usually?"),
]

FRAMES["email"] = [
    ("zh", N, 2, "帮我写一封邮件发给«EMAIL.em_co»，问一下上次报价单的有效期"),
    ("en", N, 2, "please draft a follow-up to «EMAIL.em_co» about the delayed shipment, polite but firm"),
    ("zh", N, 2, "我的邮箱«EMAIL.em_qq»老是收不到验证码，是不是被拦截了"),
    ("en", N, 1, "Add «EMAIL.em_p» and «EMAIL.em_co» to the mailing list config:\nrecipients:\n  - «EMAIL.em_p»\n  - «EMAIL.em_co»".replace("«EMAIL.em_p»", "«EMAIL.em_p#1»").replace("«EMAIL.em_co»", "«EMAIL.em_co#1»")),
    ("mixed", N, 1, "git log 里 author 是 «EMAIL.em_co»，我想把历史 commit 的邮箱都改掉，怎么用 filter-repo"),
    ("zh", N, 1, "客户投诉转过来了，回复地址是«EMAIL.em_p»，帮我写个道歉回复"),
    ("en", N, 1, "bounce message: 550 5.1.1 <«EMAIL.em_co»>: Recipient address rejected. what does this mean?"),
    ("zh", N, 2, "请把简历发到«EMAIL.em_p»，帮我把这句话放进招聘海报的文案里"),
    ("en", N, 1, "«PERSON.p_latin» (<«EMAIL.em_co»>) asked for the deck — write a quick reply attaching it"),
    ("zh", N, 1, "帮我回复«PERSON.p_zh_any»的邮件（«EMAIL.em_p»）：会议改到周三下午"),
    # negatives
    ("en", N, 1, "what's the regex to validate an email like user@example.com?"),
    ("zh", N, 1, "企业邮箱和个人邮箱混用有什么风险？写一段员工培训材料"),
    ("en", N, 1, "write unit tests for a signup form; use addresses like test1@example.org and foo@signup.test"),
    ("mixed", N, 1, "SPF、DKIM、DMARC 分别是干嘛的？我们的邮件老进垃圾箱"),
]

FRAMES["phone"] = [
    ("zh", N, 3, "帮我给«PHONE.mob»发条短信模板：您的包裹已到驿站，请凭取件码取件"),
    ("zh", N, 2, "客户电话«PHONE.landline»转8021，帮我写个回访话术"),
    ("en", N, 2, "call me back on «PHONE.intl» when you land — can you turn this into a polite text for a client?"),
    ("zh", N, 1, "这个号码«PHONE.mob_fw»一直给我打骚扰电话，怎么投诉"),
    ("mixed", N, 1, "短信 API 返回 invalid mobile，我传的是 «PHONE.mob_86»，格式是不是要去掉加号？"),
    ("zh", N, 1, "售后热线«PHONE.landline»，上班时间9点到18点，帮我做成一张门店贴纸的文案"),
    ("en", N, 2, "the hotel's number is «PHONE.intl», could you write a short message confirming our late check-in"),
    ("zh", N, 2, "«PERSON.p_zh_title»的手机是«PHONE.mob»，帮我写个明天接机的提醒短信"),
    ("en", N, 1, "«PERSON.p_world» – «PHONE.intl» – prefers WhatsApp. add to the contact sheet in that format"),
    ("zh", N, 1, "供应商对接人：«PERSON.p_laoxiao»，«PHONE.mob_dash»；备用：«PHONE.landline»"),
    # negatives
    ("zh", N, 1, "注册页面的手机号输入框，默认提示写 13800000000 合适吗？还是写“请输入手机号”"),
    ("en", N, 1, "what's the E.164 format for phone numbers and how do I normalise them in Python?"),
    ("zh", N, 1, "手机号归属地是怎么查的？原理是什么"),
    ("en", N, 1, "Write a regex for Chinese mobile numbers starting with 13-19"),
]

FRAMES["org_only"] = [
    ("zh", N, 3, "帮我给«ORG.org_zh»写一封合作邀请函，介绍一下我们的数据服务"),
    ("en", N, 2, "Draft a thank-you email to «ORG.org_en» for hosting our team at their office last week"),
    ("zh", N, 1, "«ORG.org_zh_all»和«ORG.org_zh_all#2»哪家的售后口碑更好？帮我做个对比框架"),
    ("mixed", N, 1, "帮我写一个 LinkedIn post，庆祝我们和 «ORG.org_en» 的联合发布会圆满成功（双方都已官宣）"),
    ("en", N, 1, "what is «ORG:Siemens» known for in industrial automation? short overview"),
    ("zh", N, 1, "我面试了«ORG.org_zh_all»的产品岗，帮我准备几个反问面试官的问题"),
    ("en", N, 1, "We use Slack, Jira and GitHub Actions — write a short onboarding checklist for new engineers"),
    ("zh", N, 1, "腾讯会议号«x.meeting»，帮我写个会议邀请，主题是季度复盘"),
    # confidential with ORG only
    ("zh", C, 2, "«ORG.org_zh»那边同意年框单价降到«x.amt»元，但要求最低采购«x.int2»万件，帮我算算划不划算"),
    ("en", C, 2, "«ORG.org_en_all» wants a 15% discount and net-90 terms to renew; our floor is 8% and net-60. draft my reply"),
    ("zh", C, 1, "我们打算起诉«ORG.org_zh»侵犯专利，律师估计能拿回«x.int2»百万，先帮我理一下证据清单"),
    ("en", C, 1, "«ORG.org_en» is about to put us on a performance improvement notice under the supply contract — 3 late deliveries. how do we respond"),
]

FRAMES["public_figures"] = [
    ("zh", N, 1, "马化腾早期创业的故事能讲讲吗？微信是怎么做起来的"),
    ("zh", N, 1, "任正非在内部讲话里提过的“灰度管理”是什么意思"),
    ("en", N, 1, "summarise Jensen Huang's keynote themes from the last few years"),
    ("en", N, 1, "what did Tim Cook say about privacy as a product feature?"),
    ("zh", N, 1, "苏轼被贬黄州期间写了哪些代表作？"),
    ("zh", N, 1, "鲁迅和周作人兄弟失和的原因有哪些说法"),
    ("en", N, 1, "Write a short bio of Angela Merkel for a school presentation"),
    ("mixed", N, 1, "帮我比较一下 Warren Buffett 和 Charlie Munger 的投资理念，用中文"),
    ("en", N, 1, "what's Serena Williams's record at Wimbledon?"),
    ("zh", N, 1, "董明珠和«ORG:格力»的那个十亿赌约最后结果如何"),
    ("en", N, 1, "draft a tweet quoting Marie Curie on curiosity"),
    ("zh", N, 1, "莫言的《红高粱家族》适合高中生读吗"),
    ("en", N, 1, "explain what Yann LeCun means by 'world models'"),
    ("zh", N, 1, "杜甫和王维的诗风有什么不同"),
    ("mixed", N, 1, "用 Sam Altman 的口吻写一段关于 AGI 的开场白（parody）"),
    ("en", N, 1, "Who was Ada Lovelace and why is she important for computing?"),
    ("zh", N, 1, "李彦宏最近关于大模型的公开演讲要点是什么"),
    ("en", N, 1, "what did Christine Lagarde announce at the last «ORG:ECB» press conference?"),
    # mixed with private people -> true
    ("zh", N, 1, "我们组的«PERSON.p_zh»说他长得像刘德华，帮我写一段年会上调侃他的开场白"),
    ("en", N, 1, "«PERSON.p_latin» from accounts met Keanu Reeves at the airport — write a funny newsletter blurb about it"),
    ("zh", N, 1, "像张一鸣那样做决策？«PERSON.p_zh_title»让我们每人读一本他推荐的书，帮我列个书单"),
    ("en", N, 1, "write a retirement toast for «PERSON.p_world», who once shook hands with Nelson Mandela"),
]

FRAMES["fictional_and_placeholder_names"] = [
    ("zh", N, 1, "贾宝玉和薛宝钗的婚姻在《红楼梦》里象征什么"),
    ("zh", N, 1, "猪八戒在西天取经的团队里起什么作用？用管理学的角度分析"),
    ("en", N, 1, "Compare Hermione Granger and Elizabeth Bennet as heroines"),
    ("en", N, 1, "write a short story where Frodo Baggins and Darth Vader meet in a coffee shop"),
    ("zh", N, 1, "题目：赵六向田七借款五万元，约定一年后归还，到期未还，田七可以怎么主张权利？"),
    ("en", N, 1, "In the protocol diagram Eve intercepts the message and Mallory modifies it — explain the difference between passive and active attacks"),
    ("mixed", N, 1, "测试数据里用户名用 Max Mustermann / Erika Mustermann 可以吗？还是用 甲乙丙丁 这种"),
    ("en", N, 1, "fill in a sample invoice for Joe Bloggs, 2 items, to show the layout"),
    ("zh", N, 1, "韩国表格填写示例里的홍길동是谁？为什么总用这个名字"),
    ("zh", N, 1, "日本的示例名字“山田太郎”相当于英文的什么"),
    ("en", N, 1, "Explain the Jane Roe pseudonym in US court cases"),
    ("zh", N, 1, "曹操和诸葛亮谁更擅长用人？写一篇800字的议论文"),
    ("en", N, 1, "write a bedtime story about Winnie the Pooh learning to share"),
    ("zh", N, 1, "以用户A、用户B为例，解释一下协同过滤推荐的原理"),
    ("en", N, 1, "In our API docs, the sample user is 'Foo Bar' with id 42 — is that too silly for enterprise customers?"),
    # code names / real people mixed in -> true
    ("zh", C, 1, "代号“猪八戒”的并购项目下周要上会，对方估值还没谈拢，帮我准备讨论提纲"),
    ("en", C, 1, "Project Darth Vader (the plan to spin off our payments unit) needs a comms timeline — nothing has been announced"),
    ("zh", N, 1, "文档里的示例用户“赵六”请替换成真实试点用户«PERSON.p_zh_any»，手机«PHONE.mob»"),
    ("en", N, 1, "Replace the placeholder 'Joe Bloggs' in the onboarding email with our first real customer, «PERSON.p_latin»"),
    ("mixed", N, 1, "小说里的角色叫林小满，但原型其实是我表妹«PERSON.p_zh»，这样写会不会侵权"),
]

FRAMES["near_miss_numbers"] = [
    ("zh", N, 3, "系统提示身份证号«x.bad_prc_check»校验不通过，是不是最后一位输错了？帮我写个校验函数"),
    ("zh", N, 2, "这个号码«x.bad_prc_date»是身份证吗？出生日期那段看着不对"),
    ("zh", N, 1, "用户填的证件号只有17位：«x.bad_prc_short»，前端要怎么提示"),
    ("en", N, 2, "payment gateway rejects card «x.bad_luhn16» as invalid — is it a typo or a Luhn failure? explain the check"),
    ("zh", N, 2, "银行卡号«x.bad_luhn19»绑定失败，提示卡号有误，Luhn算法怎么算的"),
    ("en", N, 1, "test fixture uses «x.bad_luhn_sp» as a 'declined' card, is that OK for the sandbox?"),
    ("en", N, 2, "our ERP flagged IBAN «x.bad_iban» as invalid, walk me through the mod-97 check"),
    ("en", N, 2, "form validation: «x.bad_ssn» should be rejected, right? which SSN ranges are never issued"),
    ("zh", N, 2, "订单号«x.order23»一直查不到物流，帮我写个催单话术"),
    ("zh", N, 1, "顺丰单号«x.track»显示已签收但我没收到，怎么投诉"),
    ("en", N, 1, "invoice «x.invoice» and PO «x.po» don't match in the AP system, what should I check first"),
    ("zh", N, 1, "统一社会信用代码«x.uscc»怎么看出是哪个地区注册的？"),
    ("en", N, 1, "wire ref «x.wire» for the payment on «x.date» — write a remittance advice email"),
    ("en", N, 1, "ISBN «x.isbn» — is this the hardcover or the paperback edition?"),
    ("mixed", N, 1, "log 里一堆 ts=«x.ts»，这是毫秒时间戳吗？怎么转成北京时间"),
    ("zh", N, 1, "京东订单号«x.order»的发票抬头开错了，怎么重开"),
    ("en", N, 1, "SKU «x.sku» is out of stock in the «x.city_en» warehouse, draft a notice for customers"),
    ("mixed", N, 1, "升级到 v«x.ver» 以后 order_id «x.order» 的退款状态不对，帮我写个 bug report"),
]

FRAMES["placeholders_in_code"] = [
    ("en", N, 1, "```python\nimport os\nDB_URL = f\"postgresql://app:{os.environ['DB_PASS']}@db:5432/app\"\n```\nis this the right way to build the URL from env vars?"),
    ("mixed", N, 1, "README 里写的是 OPENAI_API_KEY=<your-key>，新人照抄跑不起来，帮我改写这段说明"),
    ("en", N, 1, "docker-compose.yml:\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\nhow do I pass the var from a .env file?"),
    ("en", N, 1, "AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in examples — can I put those in my unit tests?"),
    ("zh", N, 1, "jwt.io 上的示例 token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c 解出来是什么？"),
    ("en", N, 1, "nginx upstream points to 127.0.0.1:8080 and localhost:9000, the health check fails on ::1 — why?"),
    ("mixed", N, 1, "单元测试里 mock 的服务器地址用 192.0.2.10 和 2001:db8::1 可以吗，会不会真的发出去"),
    ("en", N, 1, "config sample:\nsmtp:\n  host: mail.example.com\n  user: noreply@example.com\n  password: \"****\"\nis the YAML indentation right?"),
    ("en", N, 1, "curl -H \"Authorization: Bearer YOUR_API_KEY\" https://api.example.net/v1/items  -> 401, obviously, but what header name do they expect?"),
    ("zh", N, 1, "示例连接串 mysql://user:password@localhost:3306/test 里的参数分别是什么意思"),
    ("en", N, 1, "bind to 0.0.0.0 or 127.0.0.1 for a dev server? what's the difference"),
    ("mixed", N, 1, "Terraform 里 variable \"db_password\" { sensitive = true } 之后 plan 输出还是能看到吗"),
    ("en", N, 1, "we use 198.51.100.7 and 203.0.113.45 in the firewall docs as sample hosts. write a short note explaining they're reserved"),
    ("en", N, 1, "const apiKey = process.env.STRIPE_SECRET_KEY ?? '';\n// TS complains about possibly undefined — how to type this properly"),
    ("zh", N, 1, "Helm values.yaml 里 password: changeme 是默认值，部署时怎么覆盖"),
    ("en", N, 1, "GitHub Actions: env:\n  API_TOKEN: ${{ secrets.API_TOKEN }}\nwhy is it empty in forked PRs?"),
    ("mixed", N, 1, "测试环境发邮件用 qa-bot@staging.test 和 demo@example.org，这两个域名会不会真的投递"),
    ("en", N, 1, "is it fine to use 'sk-...' (literally with dots) in our docs to show where the key goes?"),
    ("zh", N, 1, "Spring 配置 spring.datasource.password=${DB_PASSWORD} 启动报找不到变量，怎么设置默认值"),
    ("en", N, 1, "```\n[client]\nuser=root\npassword=xxxxxx\n```\nmy.cnf template for the wiki — is the [client] section right?"),
    # real values hidden among placeholders -> true
    ("en", N, 1, "the example says DB_PASSWORD=changeme but I actually set DB_PASSWORD=«SECRET.sec_pw» on staging and it still fails, why?"),
    ("mixed", N, 1, "文档里是 <your-key>，我本地填的是 «SECRET.sec_sk» ，一样报 invalid_api_key"),
    ("en", N, 1, "unit tests use localhost but prod points at «IP_ADDRESS.ip_priv»:5432 and fails with 'no pg_hba.conf entry' — what's missing?"),
]

FRAMES["privacy_question"] = [
    ("zh", N, 1, "把客户数据发给大模型处理，有哪些合规风险？个人信息保护法怎么规定的"),
    ("en", N, 1, "what counts as personal data under GDPR? is an IP address personal data?"),
    ("zh", N, 1, "公司要求上传身份证正反面做实名认证，这合法吗？我能拒绝吗"),
    ("en", N, 1, "how should we pseudonymise customer names before sending logs to a vendor?"),
    ("zh", N, 1, "数据脱敏常见方法有哪些？手机号一般怎么打码"),
    ("en", N, 1, "Is it OK to paste a stack trace that contains user emails into a public GitHub issue?"),
    ("mixed", N, 1, "PIPL 和 GDPR 在跨境传输上的要求有什么不同，帮我做个对比表"),
    ("zh", N, 1, "员工离职后，公司还能保存他的个人资料多久？"),
    ("en", N, 1, "do I need consent to record a Zoom call with a customer in California?"),
    ("zh", N, 1, "我的手机号被泄露了，一直收到贷款推销，怎么办"),
    ("en", N, 1, "write a privacy notice for a small mobile app that collects location data"),
    ("zh", N, 1, "ChatGPT 会不会把我输入的内容拿去训练？企业版有区别吗"),
    ("en", N, 1, "best practice for storing passwords: bcrypt vs argon2?"),
    ("zh", N, 1, "身份证复印件上写“仅供XX使用”有用吗"),
    # with data -> true
    ("zh", N, 1, "我把同事«PERSON.p_zh»的身份证号«PRC_ID.prc_any»发到群里了，会有什么后果？怎么补救"),
    ("en", N, 1, "accidentally emailed a spreadsheet with «PERSON.p_latin»'s SSN («US_SSN.ssn») to the wrong vendor. what are my obligations?"),
    ("zh", N, 1, "客户«PERSON.p_zh_any»要求我们删除他的所有数据，他的手机号是«PHONE.mob»，我们该怎么走流程"),
    ("en", C, 1, "we had a breach last night: about 40k customer records exposed, not public yet. what do we have to notify and by when?"),
]

FRAMES["id_card"] = [
    ("zh", N, 3, "帮我查一下这个身份证号«PRC_ID.prc»是哪里的，出生日期是多少"),
    ("zh", N, 2, "酒店登记要身份证号，我的是«PRC_ID.prc_x»，帮我填到这个表里"),
    ("zh", N, 2, "«PERSON.p_zh_any» «PRC_ID.prc_any» 这俩信息帮我核对一下，高铁票买不了"),
    ("zh", N, 1, "身份证最后一位是小写x可以吗？我填的«PRC_ID.prc_xl»系统提示格式错误"),
    ("zh", N, 1, "我妈的身份证号是«PRC_ID.prc_fw»，用全角输的，医保那边识别不了怎么办"),
    ("mixed", N, 2, "Excel 里身份证号«PRC_ID.prc»显示成 科学计数法 了，怎么保留18位"),
    ("zh", N, 1, "员工花名册：\n工号,姓名,身份证\n1023,«PERSON.p_zh»,«PRC_ID.prc»\n1024,«PERSON.p_zh#2»,«PRC_ID.prc#2»\n帮我算一下每个人的年龄"),
    ("mixed", N, 1, "regex 能匹配 «PRC_ID.prc» 这种吗？^\\d{17}[\\dX]$ 好像漏了小写"),
    ("zh", N, 1, "社保补缴要身份证号：«PRC_ID.prc_any»，单位说格式不对，你看看"),
    ("en", N, 1, "my Chinese ID number is «PRC_ID.prc», how do I write it on a US visa form (DS-160)?"),
    ("zh", N, 1, "帮忙把这条转成JSON：{name: «PERSON.p_zh», idcard: «PRC_ID.prc_x»}"),
    # negatives (no ID)
    ("zh", N, 1, "身份证号码的最后一位校验码是怎么算出来的？"),
    ("zh", N, 1, "身份证丢了，补办需要什么材料？在哪里办"),
    ("en", N, 1, "what information is encoded in a Chinese resident ID number?"),
    ("zh", N, 1, "身份证号的前六位是行政区划代码吗？户口迁移后会变吗"),
    ("mixed", N, 1, "写一个 Python 函数 validate_id(s) 校验18位身份证，包括日期和校验位"),
]

FRAMES["bank_card"] = [
    ("zh", N, 3, "工资卡换成«BANK_CARD.card_up19_space»了，帮我写个给财务的变更申请"),
    ("zh", N, 2, "帮我记一下：信用卡«BANK_CARD.card_up16_plain»，每月8号还款"),
    ("en", N, 2, "charge was declined on «BANK_CARD.card_visa_space», exp 09/28. can you write a message to the bank asking why"),
    ("en", N, 1, "refund should go back to the Mastercard ending... actually here's the full number «BANK_CARD.card_mc_dash»"),
    ("mixed", N, 1, "Stripe test mode 之外，我在 prod 用 «BANK_CARD.card_mc2_plain» 下了一单，这样会真扣钱吗"),
    ("zh", N, 1, "打款到«BANK_CARD.card_up16_fw»（全角复制过来的），户名«PERSON.p_zh_any»，帮我生成付款指令"),
    ("en", N, 1, "my JCB card «BANK_CARD.card_jcb_space» doesn't work in the app, only Visa does. what should I tell support"),
    ("en", N, 1, "Amex «BANK_CARD.card_amex_space» was charged twice by the hotel — draft the dispute"),
    ("zh", N, 1, "报销卡号«BANK_CARD.card_up19_plain»，开户行«ORG:建设银行»«x.city_zh»分行"),
    ("mixed", N, 1, "log 里打出来了完整卡号 card=«BANK_CARD.card_visa_plain» ，怎么在 logback 里 mask 掉"),
    ("zh", N, 1, "«PERSON.p_zh_title»让我把押金退到«BANK_CARD.card_any»，帮我写个退款说明"),
    # negatives
    ("zh", N, 1, "信用卡账单日和还款日有什么区别？"),
    ("en", N, 1, "how does the Luhn check work? give me a JavaScript implementation"),
    ("zh", N, 1, "银行卡号前六位代表什么？"),
    ("en", N, 1, "what's the safest way to store card numbers if we're not PCI certified?"),
]

FRAMES["passport"] = [
    ("zh", N, 3, "护照号«PASSPORT.pp_cn»，帮我填一下机票的乘客信息"),
    ("mixed", N, 2, "签证申请表 passport no. 那一栏我填«PASSPORT.pp_cn»，有效期到2031年，帮我检查英文部分"),
    ("en", N, 1, "my passport «PASSPORT.pp_us» expires in 5 months — can I still travel to Thailand?"),
    ("en", N, 1, "UK passport «PASSPORT.pp_uk», need to add it to the conference registration for «PERSON.p_en»"),
    ("en", N, 1, "German guest's passport: «PASSPORT.pp_de» — fill it into the hotel registration form"),
    ("mixed", N, 1, "日本同事的护照 «PASSPORT.pp_jp»，帮我写邀请函 (invitation letter for visa)"),
    ("en", N, 1, "French passport «PASSPORT.pp_fr» and Canadian passport «PASSPORT.pp_ca» for the two speakers, add to the manifest"),
    ("zh", N, 1, "印度工程师的护照号«PASSPORT.pp_in»，办工作许可还需要什么材料"),
    ("zh", N, 1, "G字头的护照还能用吗？我的是«PASSPORT.pp_cn»，2016年办的"),
    ("en", N, 1, "traveler: «PERSON.p_world», passport «PASSPORT.pp_uk», seat preference aisle"),
    # negatives
    ("zh", N, 1, "护照过期了在国外怎么办？"),
    ("en", N, 1, "how long does it take to renew a US passport right now?"),
    ("zh", N, 1, "去新加坡需要签证吗？护照有效期要求多久"),
    ("en", N, 1, "what does the machine readable zone on a passport contain?"),
]

FRAMES["iban"] = [
    ("en", N, 2, "please pay the invoice to IBAN «IBAN.iban_de», reference «x.invoice»"),
    ("en", N, 2, "new supplier bank details: «IBAN.iban_gb», BIC needed too? draft the vendor form"),
    ("en", N, 1, "Dutch freelancer sent «IBAN.iban_nl» — is SEPA transfer enough or do I need anything else?"),
    ("mixed", N, 1, "奥地利供应商的 IBAN «IBAN.iban_at»，帮我写付款说明（英文）"),
    ("en", N, 1, "refund to «IBAN.iban_ch» please, the customer is in Zurich"),
    ("en", N, 1, "my Irish account «IBAN.iban_ie» — set it up as the payee for the monthly rent"),
    ("zh", N, 1, "比利时客户退款账户«IBAN.iban_be»，帮我写封确认邮件"),
    ("en", N, 1, "CSV for the payment run:\npayee,iban,amount\n«PERSON.p_eu»,«IBAN.iban_any»,1200.00\n«ORG.org_en»,«IBAN.iban_any#2»,«x.amt»"),
    ("mixed", N, 1, "德国房东的账户是 «IBAN.iban_de»，帮我用德语写转账备注"),
    # negatives
    ("en", N, 1, "what's the structure of an IBAN and how is the check digit calculated?"),
    ("zh", N, 1, "国际汇款需要 IBAN 还是 SWIFT code？有什么区别"),
    ("en", N, 1, "which countries don't use IBANs?"),
]

FRAMES["ssn"] = [
    ("en", N, 3, "my SSN is «US_SSN.ssn», can you help me fill out the W-4"),
    ("en", N, 2, "HR needs the SSN for «PERSON.p_latin»: «US_SSN.ssn_sp». put it into the onboarding checklist"),
    ("en", N, 1, "social security number «US_SSN.ssn_nosep» keeps getting rejected by the e-file software, is the format wrong?"),
    ("mixed", N, 1, "美国同事的 SSN «US_SSN.ssn»，做 payroll 的时候要填在哪一栏"),
    ("en", N, 1, "dependent info: «PERSON.p_latam», SSN «US_SSN.ssn», DOB 2016-07-22. check the tax form"),
    ("en", N, 1, "applicant «PERSON.p_af», ssn=«US_SSN.ssn», credit check came back thin file — what next?"),
    # negatives
    ("en", N, 1, "what do the three parts of an SSN mean?"),
    ("en", N, 1, "is it legal for a landlord to ask for my social security number?"),
    ("zh", N, 1, "在美国没有SSN可以办信用卡吗？"),
    ("en", N, 1, "how do I apply for an ITIN instead of an SSN as a foreign contractor?"),
]

FRAMES["ip_address"] = [
    ("zh", N, 3, "服务器«IP_ADDRESS.ip_priv»上的nginx 502了，帮我看看怎么排查"),
    ("en", N, 2, "we're seeing brute-force attempts from «IP_ADDRESS.ip_pub», write an iptables rule to block it"),
    ("mixed", N, 2, "k8s node «IP_ADDRESS.ip_priv» NotReady，kubelet 日志里一直 connection refused"),
    ("en", N, 1, "Add «IP_ADDRESS.ip6» to the allowlist in the security group, IPv6 only"),
    ("zh", N, 1, "access.log 里这个«IP_ADDRESS.ip_pub»一分钟请求了三千次，是不是爬虫"),
    ("en", N, 1, "ping to «IP_ADDRESS.ip_priv» works but ssh times out. firewall?"),
    ("mixed", N, 1, "VPN 分配的地址是 «IP_ADDRESS.ip_priv»，但访问不了 «IP_ADDRESS.ip_priv#2» 网段，路由怎么配"),
    ("en", N, 1, "the IPv6 on my home router is «IP_ADDRESS.ip6», is that a public address?"),
    # with secrets -> true
    ("en", N, 2, "ssh root@«IP_ADDRESS.ip_pub» with password «SECRET.sec_pw» stopped working after the reboot. help"),
    ("zh", N, 1, "跳板机«IP_ADDRESS.ip_pub»，账号ops，密码：«SECRET.sec_pw»，帮我写个ansible inventory"),
    # negatives
    ("zh", N, 1, "子网掩码255.255.255.0是什么意思？"),
    ("en", N, 1, "how many usable hosts are in a /8 versus a /16 private range?"),
    ("zh", N, 1, "IPv6 地址怎么缩写，双冒号能用几次"),
]

FRAMES["general"] = [
    ("zh", N, 2, "帮我把这段话翻译成«x.lang_zh»：我们会在下周完成第一阶段的交付"),
    ("en", N, 1, "write a python function that merges two sorted lists without using sort()"),
    ("zh", N, 1, "用SQL写一个查询：每个部门工资最高的员工 (表结构 emp(id, dept_id, pay))"),
    ("en", N, 1, "explain the difference between a process and a thread like I'm 12"),
    ("zh", N, 1, "帮我写一首关于秋天的五言绝句"),
    ("en", N, 1, "rewrite this so it sounds less passive-aggressive: 'as per my last email, the file is attached'"),
    ("mixed", N, 1, "git rebase 和 git merge 有什么区别？什么时候用哪个"),
    ("zh", N, 1, "周报模板给我一个，分本周进展、下周计划、风险三块"),
    ("en", N, 1, "what's a good 3-day itinerary for «x.city_en»?"),
    ("zh", N, 2, "«x.city_zh»周末有什么好吃的推荐？"),
    ("en", N, 1, "regex to match dates like 2025-03-14 in a log file"),
    ("mixed", N, 1, "React useEffect 依赖数组为空和不传有什么区别"),
    ("zh", N, 1, "把下面的会议纪要压缩成三条要点：项目进度正常，测试环境下周就绪，上线时间待定"),
    ("en", N, 1, "suggest five titles for a blog post about remote team rituals"),
    ("zh", N, 1, "如何用Python读取一个很大的CSV文件而不爆内存？"),
    ("en", N, 1, "convert 72 degrees Fahrenheit to Celsius and show the formula"),
    ("mixed", N, 1, "Dockerfile 多阶段构建怎么写能让镜像小一点？给个 Go 项目的例子"),
    ("zh", N, 1, "给新员工写一段欢迎词，不要太官方"),
    ("en", N, 1, "what's the time complexity of heapq.nsmallest?"),
    ("zh", N, 1, "Excel怎么把一列文字按逗号拆成多列"),
    ("en", N, 1, "draft an out-of-office reply for the holidays, back on the 5th"),
]


# --- second batch: harder, messier, more mixed-language lines ---
FRAMES["credentials"] += [
    ("mixed", N, 1, "CI log 里漏出来了，怎么办：\n[2026-11-03 09:14:22] INFO  deploying build «x.ver»\n[2026-11-03 09:14:23] DEBUG env OPENAI_API_KEY=«SECRET.sec_sk»\n[2026-11-03 09:14:25] ERROR upstream timeout"),
    ("mixed", N, 1, "{\n  \"vault\": {\"master_password\": \"«SECRET.sec_pw»\", \"unlock_timeout\": 300}\n}\n这个 json 为什么 jq 解析报错"),
    ("zh", N, 1, "wifi名字 HexiGuest 口令：«SECRET.sec_pw» 帮我做个前台立牌的文案"),
]
FRAMES["hr"] += [
    ("mixed", C, 2, "1:1 notes — «PERSON.p_given_en»: 想要 promotion，但这半年 delivery 一般，我打算给 meets，package 不动。帮我写 feedback"),
    ("en", C, 1, "can you turn this into a table?\n«PERSON.p_in» 96k -> 104k\n«PERSON.p_af» 88k -> 95k\n«PERSON.p_slav» 120k -> 120k (on PIP)"),
    ("zh", C, 1, "帮我回复«PERSON.p_pinyin_lower»：他问为什么今年没涨，实话是他绩效排在组里倒数第二"),
]
FRAMES["medical"] += [
    ("mixed", C, 2, "«PERSON.p_zh_title»刚发微信说他 PCR 阳性了，明天的 review 帮我改成线上，通知里别提原因"),
    ("en", C, 1, "my mum's blood test: ferritin 8, Hb 96 g/L. GP said iron deficiency anaemia — what foods help?"),
    ("zh", C, 1, "我上周做了胃镜，病理报告写着“慢性萎缩性胃炎伴肠化”，需要担心癌变吗"),
    ("mixed", N, 1, "布洛芬 (ibuprofen) 和对乙酰氨基酚交替服用退烧，间隔几个小时比较安全？一般性问题"),
]
FRAMES["finance"] += [
    ("mixed", C, 2, "下周 all-hands 之前不要外传：H2 revenue 预计 «x.amt» 百万，miss 了 plan «x.pct»，帮我写 CEO 的开场"),
    ("mixed", N, 1, "年报已经发了，«ORG.org_zh_pub» 的 gross margin 公开数字是多少？帮我做个 summary in English"),
]
FRAMES["legal"] += [
    ("mixed", C, 2, "«ORG.org_en» 那边的律师发来 settlement draft，赔偿 «x.amt» 万美元 + 保密条款，我们的底线是什么？帮我列 counter points"),
    ("en", C, 1, "we're planning to sue «ORG.org_en» for breach — they stopped paying after month 4 of a 12-month «x.amt»k contract. outline the claim"),
    ("mixed", N, 1, "non-compete 在中国最长可以签多久？补偿金一般怎么算？general question"),
]
FRAMES["names_alone"] += [
    ("mixed", N, 2, "帮我写一段 farewell message 给 «PERSON.p_zh»，她下周五 last day，在组里待了五年"),
    ("mixed", N, 1, "周五 team lunch 名单：«PERSON.p_given_zh»、«PERSON.p_laoxiao»、«PERSON.p_world»，帮我订个 6 人位"),
    ("zh", N, 1, "@«PERSON.p_zh_title» 明天早上的汇报材料我放共享盘了，帮我把这句话改得正式一点"),
    ("en", N, 1, "pls proofread: «PERSON.p_pinyin_lower» and «PERSON.p_jp» will co-own the migration, «PERSON.p_sea» reviews"),
]
FRAMES["address"] += [
    ("mixed", N, 2, "shipping label 上的地址写 «ADDRESS.addr_cn» 对吗？英文版应该怎么排"),
    ("mixed", N, 1, "收货地址改成 «ADDRESS.addr_us»，帮我给电商平台客服写个 message"),
    ("zh", N, 1, "爷爷住在«ADDRESS.addr_cn_rural»，帮我写个快递备注：放村口小卖部"),
]
FRAMES["multi_entity"] += [
    ("mixed", N, 3, "客户信息核对一下 —— Name: «PERSON.p_zh_any»；ID: «PRC_ID.prc_any»；Mobile: «PHONE.mob»；Email: «EMAIL.em_any»；卡号 «BANK_CARD.card_any»"),
    ("en", N, 2, "Tenant application:\nName: «PERSON.p_world»\nCurrent address: «ADDRESS.addr_uk»\nPhone: «PHONE.intl»\nPassport: «PASSPORT.pp_uk»\nis anything missing for the referencing check?"),
    ("zh", N, 2, "«PERSON.p_zh_any»，«PHONE.mob»，«ADDRESS.addr_cn»，下单三箱，货到付款。帮我整理成订单"),
    ("mixed", N, 1, "users.csv\nid,name,email,ip\n1,«PERSON.p_pinyin_lower»,«EMAIL.em_p»,«IP_ADDRESS.ip_pub»\n2,«PERSON.p_world»,«EMAIL.em_co»,«IP_ADDRESS.ip_pub#2»\n帮我用 pandas 去重"),
    ("en", N, 1, "payout config for «PERSON.p_eu»:\niban: «IBAN.iban_any»\nemail: «EMAIL.em_p»\nphone: «PHONE.intl»\ndoes the schema look right?"),
]
FRAMES["confidential_no_identifier"] += [
    ("mixed", C, 1, "先跟你说一下背景：我们跟最大的渠道商明年 Q2 就不合作了，对方还不知道，帮我写一个 transition plan"),
    ("mixed", C, 1, "off the record：新款手表的续航其实只有 3 天，marketing 说 7 天，launch 在下个月，怎么写 FAQ 比较稳"),
    ("en", C, 1, "FYI only for you: the CEO is stepping down after the Q4 call, successor not chosen. help me draft my team's transition priorities"),
    ("zh", C, 1, "我们老板私下答应给那个客户返点12%，合同上写的是5%，财务问起来我该怎么说"),
    ("mixed", N, 1, "一般公司 layoff 的 communication plan 包括哪些环节？给个通用模板"),
    ("en", N, 1, "what are common reasons startups quietly shut down factories? asking for a class essay"),
]
FRAMES["email"] += [
    ("mixed", N, 2, "帮我写个 auto-reply：急事请联系 «EMAIL.em_co»，我 12 月 20 号回来"),
    ("en", N, 1, "spam filter blocked «EMAIL.em_p» — how do I whitelist a sender in Outlook?"),
    ("mixed", N, 1, "Git config 里 user.email 写的是 «EMAIL.em_p»，现在想换成公司邮箱，全局和单个 repo 怎么分别设置"),
]
FRAMES["phone"] += [
    ("mixed", N, 2, "WhatsApp 联系 «PHONE.intl»，帮我写一条 English message 确认明天的 pickup time"),
    ("zh", N, 1, "门店座机«PHONE.landline»老是占线，帮我写个公众号通知说可以打«PHONE.mob_dash»"),
    ("mixed", N, 1, "Twilio 发短信到 «PHONE.mob_86» 报 21211 invalid 'To' phone number，格式哪里不对"),
]
FRAMES["org_only"] += [
    ("mixed", N, 2, "帮我写一个 case study 大纲：我们帮 «ORG.org_zh» 做了 data platform 迁移（客户已同意公开）"),
    ("en", N, 1, "compare «ORG:Microsoft» and «ORG:Samsung» on publicly reported R&D spend over five years"),
    ("mixed", C, 1, "«ORG.org_en» 的 renewal 报价我们打算 +18%，他们去年 ARR «x.amt»k，帮我写 pricing rationale"),
]
FRAMES["public_figures"] += [
    ("mixed", N, 1, "帮我总结 Lisa Su 接手 «ORG:AMD» 之后的战略，in English bullet points"),
    ("mixed", N, 1, "把 Steve Jobs 2005 年那场毕业典礼演讲的核心观点整理成中文三点"),
    ("zh", N, 1, "王小波的杂文风格有什么特点？"),
]
FRAMES["fictional_and_placeholder_names"] += [
    ("mixed", N, 1, "测试用例里 user name 写的是 Fulano de Tal，产品觉得不专业，换成什么好"),
    ("en", N, 1, "write a dialogue between Professor Moriarty and Captain Ahab about revenge"),
    ("zh", C, 1, "代号“白骨精”的降本项目，要砍掉华东两个仓，先别对外，帮我写项目章程"),
]
FRAMES["near_miss_numbers"] += [
    ("mixed", N, 2, "unit test 要几个 invalid 的身份证号，比如 «x.bad_prc_check» 和 «x.bad_prc_date»，还有别的边界 case 吗"),
    ("en", N, 1, "QA found that «x.bad_luhn16» passes our frontend regex but fails at the gateway. add a Luhn check?"),
    ("mixed", N, 1, "meeting id «x.meeting»，order «x.order23»，发票 «x.invoice»，帮我整理到周报里"),
    ("en", N, 1, "is «x.bad_ssn» a valid SSN? my form accepted it"),
]
FRAMES["placeholders_in_code"] += [
    ("mixed", N, 1, "这段 .env.example 可以提交到 repo 吗？\nAPI_KEY=YOUR_API_KEY\nDB_URL=postgres://user:password@localhost:5432/app"),
    ("en", N, 1, "our docs show `export GITHUB_TOKEN=<your-token>` — should we use ghp_xxx instead to hint the format?"),
]
FRAMES["privacy_question"] += [
    ("mixed", N, 1, "把用户手机号做 hash 之后还算 personal data 吗？PIPL 怎么看"),
    ("en", N, 1, "what's the difference between anonymisation and pseudonymisation, with examples?"),
    ("mixed", N, 1, "我想把同事«PERSON.p_zh»的病假条拍照发给 HR，这样做 ok 吗？"),
]
FRAMES["id_card"] += [
    ("mixed", N, 2, "debug 一下：validate(\"«PRC_ID.prc»\") 返回 False，但这个号是真的"),
    ("zh", N, 1, "帮我给«PERSON.p_zh_rare»订机票，身份证«PRC_ID.prc_any»，明早8点虹桥飞成都"),
]
FRAMES["bank_card"] += [
    ("mixed", N, 2, "payment form 填的 card number 是 «BANK_CARD.card_any»，一直报 card_declined，是卡的问题还是 API 的问题"),
    ("zh", N, 1, "转账给«PERSON.p_laoxiao»，卡号«BANK_CARD.card_up19_dash»，备注写房租"),
]
FRAMES["passport"] += [
    ("mixed", N, 2, "flight booking: passenger «PERSON.p_pinyin»，护照 «PASSPORT.pp_cn»，帮我确认拼写"),
    ("en", N, 1, "Korean colleague's passport number is «PASSPORT.pp_kr», is that the right length?"),
]
FRAMES["iban"] += [
    ("mixed", N, 2, "SEPA 转账一直退回，我填的 IBAN 是 «IBAN.iban_any»，是不是要去掉空格"),
    ("en", N, 1, "salary account changed to «IBAN.iban_nl», please update it in the HR system"),
    ("mixed", N, 1, "IBAN 校验位是怎么算的？mod 97 具体步骤帮我写成 Python"),
]
FRAMES["ssn"] += [
    ("mixed", N, 2, "I-9 表格里 SSN 填 «US_SSN.ssn»，名字写 «PERSON.p_latin»，帮我检查 section 1"),
    ("en", N, 1, "my kid's social security card says «US_SSN.ssn_sp» — where do I enter it on the 529 application?"),
    ("mixed", N, 1, "美国的 SSN 和中国身份证有什么区别？只是科普一下"),
]
FRAMES["ip_address"] += [
    ("mixed", N, 2, "nginx access log:\n«IP_ADDRESS.ip_pub» - - [03/Nov/2026:10:22:31 +0800] \"GET /admin HTTP/1.1\" 403 153\n这个 IP 是哪里的？要不要封"),
    ("mixed", N, 1, "Redis 绑定到 «IP_ADDRESS.ip_priv» 之后，应用服务器 «IP_ADDRESS.ip_priv#2» 连不上，bind 应该怎么写"),
    ("en", N, 1, "ULA «IP_ADDRESS.ip6_ula» on the lab network can't reach the internet — expected?"),
    ("mixed", N, 1, "prod 数据库 «IP_ADDRESS.ip_priv»，用户 dba，密码：«SECRET.sec_pw»，帮我写个定时备份脚本"),
]
FRAMES["general"] += [
    ("mixed", N, 1, "帮我把这句话改得更 professional：我们这周搞不定，下周再说"),
    ("mixed", N, 1, "Python 里 list comprehension 和 generator expression 性能差多少？"),
    ("mixed", N, 1, "写一个 bash 脚本，每天凌晨把 /var/log 下超过 7 天的日志压缩"),
    ("zh", N, 1, "帮我想一个团建活动，20人左右，预算人均200"),
    ("en", N, 1, "what's the difference between 'affect' and 'effect'?"),
]


# --- third batch: typos, transcripts, more hard negatives ---
FRAMES["names_alone"] += [
    ("zh", N, 1, "[微信群] «PERSON.p_laoxiao»：今晚谁加班\n«PERSON.p_given_zh»：我\n«PERSON.p_zh_title»：我也在\n帮我把这段聊天总结成一句话"),
    ("en", N, 1, "can u write a quick bday msg for «PERSON.p_af» from the whole ops team, shes turning 40 lol"),
    ("mixed", N, 1, "«PERSON.p_kr_hangul»、«PERSON.p_jp_kanji»、«PERSON.p_zh_trad» 三位下周来访，帮我排一下 agenda"),
]
FRAMES["email"] += [
    ("zh", N, 1, "我的邮箱是«EMAIL.em_p»，收件人«PERSON.p_zh_any»，帮我写封求职信"),
    ("en", N, 1, "who owns the shared inbox «EMAIL.em_co»? write a note asking IT to add me"),
]
FRAMES["phone"] += [
    ("en", N, 1, "txt from «PHONE.intl»: 'ur parcel is held, pay fee at link' — is this a scam?"),
    ("zh", N, 1, "帮我查下«PHONE.mob_plain»是哪里的号，刚打来说是快递"),
]
FRAMES["ip_address"] += [
    ("zh", N, 1, "公司出口IP是«IP_ADDRESS.ip_pub»，帮我写个给供应商的白名单申请邮件"),
    ("en", N, 1, "grafana alert: node «IP_ADDRESS.ip_priv» disk 92%. write a runbook step to clean docker images"),
]
FRAMES["id_card"] += [
    ("zh", N, 1, "身份证过期了还能坐高铁吗？有临时身份证明吗"),
    ("mixed", N, 1, "数据库里 id_card 字段要加密存储吗？用 AES 还是 hash？"),
]
FRAMES["bank_card"] += [
    ("zh", N, 1, "银行卡被冻结了一般是什么原因？怎么解冻"),
    ("mixed", N, 1, "前端做 card number 输入框，每 4 位自动加空格，React 怎么实现"),
]
FRAMES["passport"] += [
    ("mixed", N, 1, "passport photo 的尺寸要求是什么？中国护照和美国护照一样吗"),
    ("zh", N, 1, "因私护照和公务护照有什么区别"),
]
FRAMES["multi_entity"] += [
    ("zh", N, 1, "快递面单：收件人«PERSON.p_zh_any» «PHONE.mob_dash» «ADDRESS.addr_cn_estate»，寄件人«PERSON.p_laoxiao» «PHONE.mob»，帮我识别成结构化字段"),
    ("en", N, 1, "Hi team, onboarding details for «PERSON.p_latam»: start date Monday, laptop ship to «ADDRESS.addr_us», personal email «EMAIL.em_p», SSN «US_SSN.ssn». Please set up accounts"),
]
FRAMES["confidential_no_identifier"] += [
    ("zh", C, 1, "跟你讲个事：我们组今年的奖金池比去年少了四成，名单上有两个人要拿零，周五前要定下来"),
    ("en", C, 1, "my coworker's been drinking at work and nearly caused an accident on the line yesterday. how do I raise it with our supervisor?"),
    ("zh", C, 1, "我们刚发现最大的客户这半年一直在用竞品做比价，合同下个月到期，怎么应对"),
    ("en", N, 1, "what's a good way to explain a company's published annual revenue decline to retail investors?"),
]
FRAMES["hr"] += [
    ("zh", C, 1, "面试反馈：«PERSON.p_zh_any»技术一般但态度好，给offer的话定级P5，月薪可以给到2万3"),
    ("en", N, 1, "how do other companies handle pay transparency laws in job ads?"),
]
FRAMES["medical"] += [
    ("en", N, 1, "what's the normal range for blood pressure by age?"),
    ("zh", C, 1, "同事«PERSON.p_given_zh»刚做完乳腺癌手术，要化疗六个月，团队想凑钱慰问，怎么写慰问卡"),
]
FRAMES["legal"] += [
    ("zh", C, 1, "«ORG.org_zh»的代理律师说如果我们不撤诉，他们就公开那批质检报告，这算不算威胁？我们该怎么回"),
]
FRAMES["org_only"] += [
    ("zh", N, 1, "我们的年会想请«ORG.org_zh»的市场总监来做分享，帮我写邀请"),
]
FRAMES["iban"] += [
    ("zh", N, 1, "德国客户付款总是附带 IBAN，我们国内账户没有 IBAN 怎么收款？"),
]
FRAMES["ssn"] += [
    ("en", N, 1, "lost my social security card, how do I get a replacement?"),
]


# ---------------------------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------------------------

NO_KEYWORDS = re.compile(r"机密|内部|保密|薪资|工资|未公开|confidential|internal|NDA|salary|payroll|unreleased|secret", re.I)
ORDER = ["general", "credentials", "hr", "medical", "finance", "legal", "names_alone", "address", "multi_entity",
         "confidential_no_identifier", "email", "phone", "org_only", "public_figures", "fictional_and_placeholder_names",
         "near_miss_numbers", "placeholders_in_code", "privacy_question", "id_card", "bank_card", "passport", "iban", "ssn", "ip_address"]


def cross_check_helpers() -> None:
    """Our PRC-ID and Luhn generators must agree with tests/helpers.py."""
    sys.path.insert(0, str(ROOT))
    from tests.helpers import luhn_check_digit, make_prc_id

    rng = random.Random(SEED - 1)
    for _ in range(2000):
        body = rng.choice(COUNTIES) + rand_birth(rng) + f"{rng.randint(0, 999):03d}"
        assert make_prc_id(body) == body + gb11643_char(body), body
        assert v_prc(make_prc_id(body)), body
        digits = "".join(rng.choice(string.digits) for _ in range(rng.randint(12, 18)))
        assert luhn_check_digit(digits) == luhn_digit(digits), digits
        assert v_luhn(digits + luhn_digit(digits)) and not v_luhn(digits + str((int(luhn_digit(digits)) + 1) % 10))


def check_record(rec: dict) -> None:
    text, ents = rec["text"], rec["entities"]
    last = 0
    for e in ents:
        assert e["start"] >= last and e["end"] > e["start"], rec
        last = e["end"]
        value = text[e["start"]:e["end"]]
        assert VALIDATORS[e["type"]](value), (e["type"], value, rec["id"])
    sens = any(e["type"] in SENSITIVE_TYPES for e in ents)
    assert rec["sensitive"] == (sens or rec["_conf"]), rec
    if rec["category"] == "confidential_no_identifier":
        assert not ents and not NO_KEYWORDS.search(text), rec
    assert rec["lang"] in {"zh", "en", "mixed"}


def near_miss_checks(rec: dict) -> None:
    """Near-miss values must fail their checks (they are computed to)."""
    if rec["category"] != "near_miss_numbers":
        return
    t = rec["text"].translate(UNFW)
    for m in re.finditer(r"(?<!\d)\d{17}[\dXx](?!\d)", t):
        assert not v_prc(m.group()), m.group()
    for m in re.finditer(r"(?<!\d)\d{13,19}(?!\d)", t):
        assert not v_card(m.group()), m.group()
    for m in re.finditer(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?", t):
        assert not v_iban(m.group()), m.group()
    for m in re.finditer(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", t):
        assert not v_ssn(m.group()), m.group()


def build() -> list[dict]:
    cross_check_helpers()
    records: list[dict] = []
    seen: set[str] = set()
    line_no = 0
    for cat in ORDER:
        for f_idx, (lang, conf, renders, template) in enumerate(FRAMES[cat]):
            for r_idx in range(renders):
                for attempt in range(200):
                    rng = random.Random(f"{SEED}/{cat}/{f_idx}/{r_idx}/{attempt}")
                    text, ents = render(template, rng)
                    if text in seen:
                        continue
                    problems = lookalikes(text, ents)
                    if not problems:
                        break
                else:
                    raise SystemExit(f"cannot render {cat}#{f_idx} cleanly: {problems}")
                seen.add(text)
                line_no += 1
                rec = {"id": f"test-{line_no:04d}", "text": text,
                       "sensitive": conf or any(e["type"] in SENSITIVE_TYPES for e in ents),
                       "entities": ents, "category": cat, "lang": lang, "_conf": conf}
                check_record(rec)
                near_miss_checks(rec)
                records.append(rec)
    return records


def summary(records: list[dict]) -> str:
    lines = ["| category | lines | true | false |", "|---|---:|---:|---:|"]
    for cat in ORDER:
        rs_ = [r for r in records if r["category"] == cat]
        t = sum(r["sensitive"] for r in rs_)
        lines.append(f"| {cat} | {len(rs_)} | {t} | {len(rs_) - t} |")
    t = sum(r["sensitive"] for r in records)
    lines.append(f"| **total** | **{len(records)}** | **{t}** | **{len(records) - t}** |")
    lines += ["", "| lang | lines | true | false |", "|---|---:|---:|---:|"]
    for lang in ["zh", "en", "mixed"]:
        rs_ = [r for r in records if r["lang"] == lang]
        t = sum(r["sensitive"] for r in rs_)
        lines.append(f"| {lang} | {len(rs_)} | {t} | {len(rs_) - t} |")
    ec = Counter(e["type"] for r in records for e in r["entities"])
    lc = Counter(e["type"] for r in records for e in {x["type"]: x for x in r["entities"]}.values())
    lines += ["", "| entity | spans | lines |", "|---|---:|---:|"]
    for k in sorted(ec, key=lambda k: -ec[k]):
        lines.append(f"| {k} | {ec[k]} | {lc[k]} |")
    lines.append(f"| **total** | **{sum(ec.values())}** | |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--summary", action="store_true", help="print category / language / entity tables")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    t0 = time.perf_counter()
    records = build()
    payload = "".join(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False) + "\n" for r in records)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(payload.encode("utf-8"))
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    if args.summary:
        print(summary(records))
    print(f"wrote {len(records)} lines to {args.out} ({sum(r['sensitive'] for r in records)} sensitive) in {time.perf_counter() - t0:.2f}s")
    print(f"sha256 {digest}")


if __name__ == "__main__":
    main()
