#!/usr/bin/env python3
"""Build ``router_dev.jsonl``, the labelled dev set for the hybridai router.

Usage (from the repository root)::

    python tools/build_router_dev.py            # writes hybridai/data/router_dev.jsonl

How the file is built
---------------------
1. ``FRAMES`` holds hand-written requests per category and language. A frame contains slots:

   * ``⟦TYPE⟧`` or ``⟦TYPE:variant⟧``: a generated entity value; its span is recorded.
   * ``⟦~filler⟧``: a generated value that is *not* an entity: names, order numbers, amounts,
     and the near misses used by the hard negatives (a wrong PRC check digit, a failed Luhn check, ...).

   Frames wrapped in ``C(...)`` carry confidential business content (salary, unreleased ...).
2. Every entity value is computed so that it is valid (GB 11643 check digit, Luhn, ISO 13616 mod-97,
   SSA SSN rules, decodable JWT ...) and it is never used twice in the file.
3. Every rendered line is checked again. Each span is tested with the validators in the
   "validation" section, which are written apart from the generators. The whole text is also
   scanned for values that look like entities but are not labelled (a filler order number that
   happens to pass Luhn, for example); such a line is rendered again with fresh values.
4. ``sensitive`` is derived: true if the line holds a PRC_ID, BANK_CARD, PASSPORT, IBAN, US_SSN
   or SECRET entity, or its frame is marked ``C(...)``. A line with only EMAIL / PHONE / IP_ADDRESS
   entities is not sensitive.

The output is deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import ipaddress
import json
import random
import re
import string
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

SEED = 20240611
OUT = Path(__file__).resolve().parent.parent / "hybridai" / "data" / "router_dev.jsonl"

STRONG_TYPES = {"PRC_ID", "BANK_CARD", "PASSPORT", "IBAN", "US_SSN", "SECRET"}
CONTACT_TYPES = {"EMAIL", "PHONE", "IP_ADDRESS"}

rng = random.Random(SEED)

# ----------------------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------------------

_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_FW_BACK = str.maketrans("０１２３４５６７８９＋", "0123456789+")


def fullwidth(s: str) -> str:
    """ASCII digits -> full-width digits (one code point each, so offsets do not move)."""
    return s.translate(_FW)


def halfwidth(s: str) -> str:
    """Full-width digits / plus -> ASCII. Length-preserving, unlike NFKC."""
    return s.translate(_FW_BACK)


def digits(n: int, first: str = string.digits) -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + size] for i in range(0, len(s), size))


def random_date(start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


class C(str):
    """Marks a frame whose content is confidential business information (sensitive=True)."""


# ----------------------------------------------------------------------------------------------
# Entity generators (each returns a valid value)
# ----------------------------------------------------------------------------------------------

# Real county-level area codes; the first two digits are province codes in 11-15,21-23,31-37,41-46,50-54,61-65.
AREA_CODES = [
    "110101", "110105", "110108", "120101", "120104", "130102", "130104", "140105", "150102", "210102",
    "210203", "220102", "230103", "310101", "310104", "310115", "320102", "320106", "320505", "330102",
    "330106", "330203", "340104", "350203", "350102", "360102", "370102", "370202", "410105", "420106",
    "420111", "430104", "440103", "440106", "440305", "440304", "441900", "450103", "460106", "500103",
    "500112", "510104", "510107", "520102", "530102", "540102", "610113", "620102", "630102", "640104",
    "650102",
]
PRC_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
PRC_CHECK = "10X98765432"


def prc_check_char(body17: str) -> str:
    return PRC_CHECK[sum(int(c) * w for c, w in zip(body17, PRC_WEIGHTS, strict=True)) % 11]


def gen_prc_id(variant: str | None) -> str:
    while True:
        birth = random_date(dt.date(1958, 1, 1), dt.date(2004, 12, 31))
        body = rng.choice(AREA_CODES) + birth.strftime("%Y%m%d") + f"{rng.randint(1, 999):03d}"
        check = prc_check_char(body)
        if variant == "x" and check != "X":
            continue
        value = body + check
        if variant == "x":
            value = value[:-1] + rng.choice("xX")
        return fullwidth(value) if variant == "fw" else value


MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152",
                   "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
                   "181", "182", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199"]
LANDLINE_AREAS = ["010", "021", "020", "022", "023", "025", "027", "028", "029", "0755", "0571", "0512", "0532",
                  "0591", "0731", "0871"]
US_AREAS = ["415", "212", "646", "312", "206", "617", "408", "512", "303", "404"]


def _mobile() -> str:
    return rng.choice(MOBILE_PREFIXES) + digits(8)


def gen_phone(variant: str | None) -> str:
    if variant is None:
        variant = rng.choice(["mobile", "mobile", "mobile", "dash", "space", "cc", "cc_plain"])
    if variant == "mobile":
        return _mobile()
    if variant == "dash":
        m = _mobile()
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if variant == "space":
        m = _mobile()
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if variant == "cc":
        m = _mobile()
        return rng.choice(["+86 {a} {b} {c}", "+86-{a}-{b}-{c}", "(+86) {a}{b}{c}"]).format(a=m[:3], b=m[3:7], c=m[7:])
    if variant == "cc_plain":
        return "+86" + _mobile()
    if variant == "fw":
        return fullwidth(_mobile())
    if variant in ("land", "bj", "sz"):
        area = {"bj": "010", "sz": "0755"}.get(variant) or rng.choice(LANDLINE_AREAS)
        local = digits(8, "2345678")
        return rng.choice(["{a}-{l}", "{a}-{l}", "({a}){l}", "{a} {l}"]).format(a=area, l=local)
    if variant == "uk":
        return f"+44 20 7{digits(3)} {digits(4)}"
    if variant == "us":
        return f"+1 ({rng.choice(US_AREAS)}) {digits(3, '2346789')}-{digits(4)}"
    if variant == "intl":
        return rng.choice([
            lambda: f"+44 20 7{digits(3)} {digits(4)}",
            lambda: f"+1 ({rng.choice(US_AREAS)}) {digits(3, '2346789')}-{digits(4)}",
            lambda: f"+65 6{digits(3)} {digits(4)}",
            lambda: f"+852 9{digits(3)} {digits(4)}",
            lambda: f"+49 30 {digits(8, '2345678')}",
            lambda: f"+81 3-{digits(4, '3456')}-{digits(4)}",
        ])()
    raise ValueError(f"unknown PHONE variant {variant}")


SURNAMES_PY = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
               "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han",
               "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang",
               "du", "ye", "cheng", "su", "lu", "ding", "shen", "yao", "fu", "zhong", "cui", "tan", "fan",
               "jin", "shi", "xia", "qiu", "fang", "hou", "zou", "xiong", "meng", "qin", "bai"]
GIVEN_PY = ["wei", "fang", "na", "min", "jing", "qiang", "lei", "jun", "yong", "yan", "jie", "juan", "tao",
            "ming", "chao", "xiuying", "ping", "gang", "hua", "yuting", "haoran", "zixuan", "yuxuan", "xinyi",
            "jiahao", "siyuan", "yichen", "zihan", "kai", "ting", "xue", "xin", "hao", "bin", "peng", "hui",
            "zhiqiang", "jianguo", "lixin", "xiaoming", "mengqi", "ruoxi", "shuang", "yifan", "wenjie", "lu"]
FIRST_EN = ["james", "emily", "michael", "sarah", "david", "laura", "daniel", "anna", "thomas", "julia",
            "robert", "olivia", "mark", "sophie", "peter", "hannah", "kevin", "claire", "lukas", "marta",
            "oliver", "chloe", "ryan", "nina", "steven", "grace", "felix", "isabel", "adam", "zoe"]
LAST_EN = ["smith", "johnson", "brown", "miller", "davis", "wilson", "taylor", "clark", "walker", "hall",
           "young", "king", "wright", "scott", "green", "baker", "adams", "nelson", "carter", "mueller",
           "schmidt", "fischer", "weber", "rossi", "dubois", "martin", "jensen", "novak", "evans", "moore"]
CORP_DOMAINS = ["hengyuan-tech.cn", "zhongxinda-logistics.com", "huaxia-pharma.com.cn", "yuntu-data.cn",
                "borui-consulting.com", "xinghe-elec.com", "ruifeng-trade.cn", "haichuan-scm.com",
                "jinshi-materials.com", "antai-insurance.com.cn", "brightpath-analytics.co.uk",
                "northwind-trading.de", "kellersohn.de", "orioncomponents.nl", "bluefin-logistics.com",
                "vela-textiles.it", "pinecrest-capital.com", "tidewater-energy.com", "marais-conseil.fr",
                "alpenblick-hotels.at"]
PERSONAL_DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com", "sina.com",
                    "hotmail.com", "yahoo.com", "icloud.com"]


def gen_email(variant: str | None) -> str:
    if variant is None:
        variant = rng.choice(["corp", "corp", "personal"])
    chinese = rng.random() < 0.65
    first = rng.choice(GIVEN_PY if chinese else FIRST_EN)
    last = rng.choice(SURNAMES_PY if chinese else LAST_EN)
    if variant == "corp":
        local = rng.choice([f"{first}.{last}", f"{last}.{first}", f"{first[0]}{last}", f"{last}{first}",
                            f"{first}_{last}", f"{first}.{last}{rng.randint(1, 9)}"])
        return f"{local}@{rng.choice(CORP_DOMAINS)}"
    domain = rng.choice(PERSONAL_DOMAINS)
    if domain == "qq.com" and rng.random() < 0.5:
        return f"{digits(rng.randint(8, 10), '23456789')}@qq.com"
    local = rng.choice([f"{last}{first}{rng.randint(80, 99)}", f"{first}.{last}", f"{first}{last}{rng.randint(1, 999)}",
                        f"{first}_{rng.randint(1000, 9999)}", f"{last}.{first}"])
    return f"{local}@{domain}"


def luhn_check_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


UNIONPAY_BINS = ["622202", "622848", "621700", "622588", "621226", "622700", "623668", "622609", "621483",
                 "625901", "622262", "621661"]
VISA_BINS = ["4", "4", "45", "49", "41"]
MC_BINS = ["51", "52", "53", "54", "55", "2221", "2720"]


def gen_bank_card(variant: str | None) -> str:
    parts = set((variant or "").split(","))
    kind = next((p for p in parts if p in {"up", "up19", "visa", "mc"}), None)
    kind = kind or rng.choice(["up", "up", "up19", "visa", "mc"])
    if kind in ("up", "up19"):
        prefix, length = rng.choice(UNIONPAY_BINS), 19 if kind == "up19" else 16
    elif kind == "visa":
        prefix, length = rng.choice(VISA_BINS), 16
    else:
        prefix, length = rng.choice(MC_BINS), 16
    partial = prefix + digits(length - 1 - len(prefix))
    number = partial + luhn_check_digit(partial)
    if "grouped" in parts or (not parts & {"plain", "fw"} and rng.random() < 0.3):
        return group(number, 4, rng.choice([" ", " ", "-"]))
    return fullwidth(number) if "fw" in parts else number


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def gen_ip(variant: str | None) -> str:
    variant = variant or rng.choice(["priv", "pub"])
    if variant == "priv":
        return rng.choice([
            lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            lambda: f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            lambda: f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        ])()
    if variant == "pub":
        while True:
            addr = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if addr.is_global and not any(addr in n for n in DOC_NETS):
                return str(addr)
    if variant == "v6":
        prefix = rng.choice(["240e", "2408", "2409", "2a02", "2606", "2400", "fd12"])
        groups = [prefix] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
        addr = ipaddress.IPv6Address(":".join(groups))
        if rng.random() < 0.6:  # typical "2408:8207:1234:5678::1a" shape
            addr = ipaddress.IPv6Address(":".join(groups[:4]) + f"::{rng.randint(1, 0xFFF):x}")
        return str(addr)
    raise ValueError(f"unknown IP variant {variant}")


def gen_passport(variant: str | None) -> str:
    variant = variant or "cn"
    if variant == "cn":
        return rng.choice("EEEEG") + digits(8)
    if variant in ("us", "uk"):
        return digits(9, "1256")
    if variant == "de":  # e.g. C01X00T47: letters and digits, mostly digits
        while True:
            value = "C" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
            if sum(c.isdigit() for c in value) >= 5:
                return value
    if variant == "jp":
        return rng.choice(["TK", "TR", "MZ", "TZ"]) + digits(7)
    if variant == "fr":
        return digits(2) + alnum(2, string.ascii_uppercase) + digits(5)
    if variant == "ca":
        return alnum(2, string.ascii_uppercase) + digits(6)
    raise ValueError(f"unknown PASSPORT variant {variant}")


def _nl_account() -> str:
    """Dutch 10-digit account passing the old 'elfproef' (weights 10..1, sum % 11 == 0)."""
    while True:
        acc = digits(10)
        if sum(int(c) * w for c, w in zip(acc, range(10, 0, -1), strict=True)) % 11 == 0:
            return acc


IBAN_BBAN = {  # countries whose BBAN has no extra national check digit, plus NL with its elfproef
    "DE": lambda: digits(18),
    "GB": lambda: rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(14),
    "NL": lambda: rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + _nl_account(),
    "AT": lambda: digits(16),
    "CH": lambda: digits(17),
    "IE": lambda: rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(14),
}


def gen_iban(variant: str | None) -> str:
    parts = (variant or "").split(",")
    cc = next((p.upper() for p in parts if p.upper() in IBAN_BBAN), None) or rng.choice(list(IBAN_BBAN))
    bban = IBAN_BBAN[cc]()
    numeric = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    iban = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
    return iban if "e" in parts else group(iban)


def gen_ssn(variant: str | None) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    grp, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = {"plain": "", "space": " "}.get(variant or "", "-")
    return f"{area:03d}{sep}{grp:02d}{sep}{serial:04d}"


PW_WORDS = ["Hengyuan", "Summer", "Dragon", "Finance", "Welcome", "Panda", "Ocean", "Harbor", "Tiger", "Cloud",
            "Falcon", "Maple", "Orders", "Report", "Lotus", "Galaxy"]


def gen_password(url_safe: bool = False) -> str:
    specials = "!_-." if url_safe else "!#%^&*_-+@."
    if rng.random() < 0.4 and not url_safe:
        return f"{rng.choice(PW_WORDS)}{rng.choice('@#!')}{rng.randint(2019, 2025)}{alnum(2, string.ascii_lowercase)}"
    while True:
        pw = alnum(1, string.ascii_letters) + alnum(rng.randint(9, 15), string.ascii_letters + string.digits + specials)
        if (any(c.isupper() for c in pw) and any(c.islower() for c in pw) and any(c.isdigit() for c in pw)
                and any(c in specials for c in pw)):
            return pw


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def gen_jwt() -> str:
    header = {"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}
    iat = rng.randint(1_700_000_000, 1_735_000_000)
    payload = {"sub": str(rng.randint(10000, 99999)), "name": f"{rng.choice(GIVEN_PY)}.{rng.choice(SURNAMES_PY)}",
               "role": rng.choice(["admin", "finance", "ops", "viewer"]), "iat": iat, "exp": iat + 3600}
    sig = _b64url(bytes(rng.randrange(256) for _ in range(32)))
    return ".".join([_b64url(json.dumps(header, separators=(",", ":")).encode()),
                     _b64url(json.dumps(payload, separators=(",", ":")).encode()), sig])


DB_HOSTS = {
    "pg": ["pg-prod-{n}.corp.hengyuan-tech.cn", "orders-db-{n}.internal", "reporting-{n}.db.ruifeng-trade.cn"],
    "mysql": ["rm-bp1{a}.mysql.rds.aliyuncs.com", "mysql-{n}.prod.xinghe-elec.com"],
    "mongo": ["mongo-rs{n}.yuntu-data.cn", "mongo-{n}.internal"],
    "redis": ["cache-{n}.prod.haichuan-scm.com", "redis-{n}.internal"],
}
DB_USERS = ["app_rw", "svc_order", "etl_user", "report", "admin", "hr_app", "billing", "root"]


def gen_cred_url(variant: str | None) -> str:
    kind = variant or rng.choice(["pg", "mysql", "mongo"])
    host = rng.choice(DB_HOSTS.get(kind, ["db"])).format(n=f"{rng.randint(1, 40):02d}",
                                                        a=alnum(10, string.ascii_lowercase + string.digits))
    pw, user = gen_password(url_safe=True), rng.choice(DB_USERS)
    db = rng.choice(["orders", "crm", "hr", "billing", "warehouse", "payroll_app"])
    return {
        "pg": f"postgresql://{user}:{pw}@{host}:5432/{db}",
        "mysql": f"mysql+pymysql://{user}:{pw}@{host}:3306/{db}",
        "mongo": f"mongodb://{user}:{pw}@{host}:27017/{db}?authSource=admin",
        "redis": f"redis://:{pw}@{host}:6379/0",
        "https": f"https://deploy:{pw}@pypi.{rng.choice(CORP_DOMAINS)}/simple",
    }[kind]


def gen_secret(variant: str | None) -> str:
    kind = variant or "pw"
    if kind == "openai":
        return "sk-" + alnum(48)
    if kind == "openai_proj":
        return "sk-proj-" + alnum(56, string.ascii_letters + string.digits + "_-")
    if kind == "aws":
        return "AKIA" + alnum(16, string.ascii_uppercase + "234567")
    if kind == "aws_secret":
        return alnum(40, string.ascii_letters + string.digits + "/+")
    if kind == "github":
        return "ghp_" + alnum(36)
    if kind == "gitlab":
        return "glpat-" + alnum(20, string.ascii_letters + string.digits + "_-")
    if kind == "slack":
        return f"xoxb-{digits(12, '123456789')}-{digits(13, '123456789')}-{alnum(24)}"
    if kind == "stripe":
        return "sk_live_" + alnum(32)
    if kind == "jwt":
        return gen_jwt()
    if kind == "pw":
        return gen_password()
    if kind in ("pg", "mysql", "mongo", "redis", "https", "dburl"):
        return gen_cred_url(None if kind == "dburl" else kind)
    raise ValueError(f"unknown SECRET variant {variant}")


ENTITY_GENERATORS = {
    "PRC_ID": gen_prc_id, "PHONE": gen_phone, "EMAIL": gen_email, "BANK_CARD": gen_bank_card,
    "IP_ADDRESS": gen_ip, "PASSPORT": gen_passport, "IBAN": gen_iban, "US_SSN": gen_ssn, "SECRET": gen_secret,
}

# ----------------------------------------------------------------------------------------------
# Filler generators (never entities)
# ----------------------------------------------------------------------------------------------

SURNAMES_ZH = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋"
               "余杜叶程苏吕丁沈姚卢傅钟崔谭廖范汪陆金石戴贾夏邱方侯邹熊孟秦白江薛尹段雷黎龙陶贺顾毛郝龚邵万严武")
GIVEN_ZH = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚华玉萍红玲燕彬鹏辉宇浩凯婷雪琳晨欣怡涵轩泽远诚豪颖慧倩博文"
COMPANIES_ZH = ["恒远科技有限公司", "中信达物流有限公司", "华夏医药股份有限公司", "云图数据科技有限公司",
                "博瑞管理咨询有限公司", "金石建材有限公司", "星河电子有限公司", "瑞丰国际贸易有限公司",
                "海川供应链管理有限公司", "鼎盛会计师事务所"]
COMPANIES_EN = ["Northwind Trading GmbH", "Brightpath Analytics Ltd", "Keller & Sohn AG", "Orion Components B.V.",
                "Bluefin Logistics Ltd", "Alpenblick Hotels GmbH", "Tidewater Energy Ltd", "Shannon Marine Ltd",
                "Vela Textiles AG"]


def _luhn_ok(number: str) -> bool:
    return number[-1] == luhn_check_digit(number[:-1])


def _not_luhn(n: int, first: str = string.digits) -> str:
    while True:
        value = digits(n, first)
        if not _luhn_ok(value):
            return value


def fill_bad_prc(_: str | None) -> str:
    """Realistic 18-digit ID with a wrong check digit (and not Luhn-valid either)."""
    while True:
        value = gen_prc_id(None)
        wrong = rng.choice([c for c in "0123456789X" if c != value[-1]])
        value = value[:-1] + wrong
        if not _luhn_ok(value.replace("X", "0")) or wrong == "X":
            return value


def fill_bad_prc_date(_: str | None) -> str:
    """18 digits whose check digit is right but whose birth date does not exist (e.g. Feb 30)."""
    year = rng.randint(1965, 2000)
    month, day = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31), (13, 1), (0, 12)])
    body = f"{rng.choice(AREA_CODES)}{year}{month:02d}{day:02d}{rng.randint(1, 999):03d}"
    return body + prc_check_char(body)


def fill_bad_card(variant: str | None) -> str:
    length = 19 if variant == "19" else 16
    prefix = rng.choice(UNIONPAY_BINS + ["4", "5"]) if length == 16 else rng.choice(UNIONPAY_BINS)
    partial = prefix + digits(length - 1 - len(prefix))
    good = luhn_check_digit(partial)
    return partial + rng.choice([d for d in string.digits if d != good])


def fill_bad_ssn(_: str | None) -> str:
    area = rng.choice(["000", "666", f"9{rng.randint(0, 99):02d}"])
    grp, serial = rng.choice([(f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"),
                              ("00", f"{rng.randint(1, 9999):04d}")])
    if area not in ("000", "666") and rng.random() < 0.3:
        area, grp, serial = f"{rng.randint(1, 665):03d}", f"{rng.randint(1, 99):02d}", "0000"
    return f"{area}-{grp}-{serial}"


def fill_bad_iban(_: str | None) -> str:
    good = gen_iban("de,e")
    while True:
        i = rng.randint(4, len(good) - 1)
        bad = good[:i] + rng.choice([d for d in string.digits if d != good[i]]) + good[i + 1:]
        if not iban_ok(bad):
            return group(bad)


def fill_order_long(_: str | None) -> str:
    """A 23-digit order id with an 11-digit mobile-looking run inside it."""
    day = random_date(dt.date(2023, 1, 1), dt.date(2025, 6, 30)).strftime("%Y%m%d")
    return day + _mobile() + digits(4)


def fill_isbn(_: str | None) -> str:
    pub = rng.choice(["111", "115", "302", "5086", "121", "301", "5217", "208"])
    title = digits(8 - len(pub))  # 978 + 7 + publisher + title + check = 13 digits
    core = "9787" + pub + title
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core)) % 10) % 10
    return f"978-7-{pub}-{title}-{check}"


def fill_ups(_: str | None) -> str:
    return "1Z" + alnum(6, string.ascii_uppercase + string.digits) + digits(2) + digits(8, "2456789")


def _name_py() -> str:
    given, surname = rng.choice(GIVEN_PY).title(), rng.choice(SURNAMES_PY)
    return rng.choice([f"{given} {surname.title()}", f"{surname.title()} {given}", f"{surname.upper()} {given}"])


def _date(a: int = 2023, b: int = 2025) -> dt.date:
    return random_date(dt.date(a, 1, 1), dt.date(b, 12, 28))


FILLERS = {
    "name": lambda v: rng.choice(SURNAMES_ZH) + "".join(rng.choice(GIVEN_ZH) for _ in range(rng.choice([1, 2, 2]))),
    "name_en": lambda v: f"{rng.choice(FIRST_EN).title()} {rng.choice(LAST_EN).title()}",
    "name_py": lambda v: _name_py(),
    "company": lambda v: rng.choice(COMPANIES_ZH),
    "company_en": lambda v: rng.choice(COMPANIES_EN),
    "amount": lambda v: rng.choice(["¥{:,}.00", "{}元", "人民币{:,}元", "￥{:,}"]).format(rng.randint(80, 98000)),
    "amount_big": lambda v: f"{rng.randint(10000, 9999999)}.{rng.randint(0, 99):02d}",
    "usd": lambda v: rng.choice(["${:,}.00", "USD {:,}", "€{:,}"]).format(rng.randint(40, 60000)),
    "float": lambda v: f"{rng.randint(1, 9999)}.{digits(5)}",
    "date": lambda v: _date().isoformat(),
    "date_compact": lambda v: _date().strftime("%Y%m%d"),
    "dob_us": lambda v: _date(1955, 2000).strftime("%m/%d/%Y"),
    "ts": lambda v: str(rng.randint(1_690_000_000, 1_740_000_000)),
    "ts_ms": lambda v: str(rng.randint(1_690_000_000_000, 1_740_000_000_000)),
    "order": lambda v: rng.choice(["SO-{d}-{n}", "PO{d}{n}", "{d}{n}"]).format(d=_date().strftime("%Y%m%d"),
                                                                               n=digits(5)),
    "order_long": fill_order_long,
    "po": lambda v: f"PO-{rng.randint(2023, 2025)}-{digits(5)}",
    "sf": lambda v: "SF" + digits(13, "1"),
    "yt": lambda v: "YT" + digits(13, "789"),
    "ups": fill_ups,
    "isbn": fill_isbn,
    "inv_code": lambda v: "0" + digits(11, "2345"),
    "inv_no": lambda v: digits(8),
    "inv_en": lambda v: f"{rng.randint(2024, 2025)}-{digits(4)}",
    "sku": lambda v: rng.choice(["SKU-{a}-{b}", "MAT{a}{b}", "{b}-{a}"]).format(a=digits(5),
                                                                              b=alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")),
    "ticket": lambda v: rng.choice(["INC", "REQ", "CHG"]) + digits(7, "0"),
    "txn": lambda v: _date().strftime("%Y%m%d") + digits(12),
    "ver": lambda v: f"{rng.randint(1, 16)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}",
    "meeting": lambda v: f"{digits(3, '23456789')} {digits(3)} {digits(3)}",
    "pnr": lambda v: alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
    "uscc": lambda v: "91" + rng.choice(AREA_CODES) + "MA" + alnum(8, "0123456789ABCDEFGHJKLMNPQRTUWXY"),
    "long_digits": lambda v: _not_luhn(20, "3789"),
    "case": lambda v: _not_luhn(16, "2"),
    "jira": lambda v: f"{rng.choice(['OPS', 'PAY', 'CRM', 'DATA'])}-{rng.randint(100, 9999)}",
    "build": lambda v: f"#{rng.randint(1000, 99999)}",
    "emp": lambda v: f"HY{digits(5)}",
    "ext": lambda v: digits(4, "1234568"),
    "bad_prc": fill_bad_prc,
    "bad_prc_date": fill_bad_prc_date,
    "bad_card": fill_bad_card,
    "bad_ssn": fill_bad_ssn,
    "bad_iban": fill_bad_iban,
}

# ----------------------------------------------------------------------------------------------
# Validation (written separately from the generators above)
# ----------------------------------------------------------------------------------------------

PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
             54, 61, 62, 63, 64, 65}
# Not entities: addresses at example.com / example.org / *.test / localhost, and placeholder credentials.
PLACEHOLDER_DOMAINS = re.compile(
    r"(^|\.)(example\.(com|org|net)|localhost|[a-z0-9-]+\.test|test|example|invalid)$", re.I)
PLACEHOLDER_SECRET = re.compile(
    r"^(<.*>|\$\{.*\}|\*+|x+|your[_-].*|change[_-]?me|os\.environ.*|password|secret|null|none)$", re.I)
# "password=", "DB_PASSWORD: ", "aws_secret_access_key = ", "密码是", "初始密码", "授权码：" right before the value
SECRET_ASSIGNMENT_RE = re.compile(
    r"(password|passwd|pwd|secret[_a-z]*|密码|口令|授权码)[\"']?\s*(=|:|：|是|为)?\s*[\"']?$", re.I)


def prc_ok(value: str) -> bool:
    v = halfwidth(value).upper()
    if not re.fullmatch(r"\d{17}[\dX]", v) or int(v[:2]) not in PROVINCES:
        return False
    try:
        born = dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    if not dt.date(1900, 1, 1) <= born <= dt.date.today():
        return False
    s = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(v[:17]))
    expected = (12 - s % 11) % 11
    return v[17] == ("X" if expected == 10 else str(expected))


def luhn_ok(value: str) -> bool:
    ds = [int(c) for c in value]
    total = sum(ds[-1::-2]) + sum(sum(divmod(2 * d, 10)) for d in ds[-2::-2])
    return total % 10 == 0


def card_ok(value: str) -> bool:
    v = re.sub(r"[ -]", "", halfwidth(value))
    return (bool(re.fullmatch(r"(62\d{14}|62\d{17}|4\d{15}|5[1-5]\d{14}|2[2-7]\d{14})", v)) and luhn_ok(v))


def phone_ok(value: str) -> bool:
    v = halfwidth(value)
    d = re.sub(r"[\s()\-]", "", v)
    if re.fullmatch(r"(\+86)?1[3-9]\d{9}", d):
        return True
    if re.fullmatch(r"0\d{2,3}[2-8]\d{7}", d) and re.search(r"[-) ]", v):
        return True
    return bool(re.fullmatch(r"\+(1|44|49|65|81|852)\d{8,11}", d)) and not d.startswith("+86")


def email_ok(value: str) -> bool:
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})", value)
    return bool(m) and not PLACEHOLDER_DOMAINS.search(m.group(1))


def ip_ok(value: str) -> bool:
    try:
        addr = ipaddress.ip_address(value)
    except ValueError:
        return False
    if addr.is_loopback or addr.is_unspecified or addr.is_multicast or addr.is_link_local:
        return False
    return not any(addr in n for n in DOC_NETS if n.version == addr.version)


def passport_ok(value: str, text: str, start: int) -> bool:
    if re.fullmatch(r"[EG]\d{8}", value):
        return True
    before = text[max(0, start - 25):start].lower()
    return (("passport" in before or "护照" in before) and bool(re.fullmatch(r"[A-Z0-9]{6,9}", value))
            and sum(c.isdigit() for c in value) >= 5)


IBAN_LENGTHS = {"DE": 22, "GB": 22, "NL": 18, "AT": 20, "CH": 21, "IE": 22, "FR": 27, "ES": 24, "IT": 27, "BE": 16}


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v) or IBAN_LENGTHS.get(v[:2]) != len(v):
        return False
    rearranged = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", value)
    if not m:
        return False
    area, grp, serial = m.groups()
    return area not in ("000", "666") and not area.startswith("9") and grp != "00" and serial != "0000"


def jwt_ok(value: str) -> bool:
    parts = value.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        head, body = (json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4))) for p in parts[:2])
    except ValueError:
        return False
    return "alg" in head and "exp" in body


def secret_ok(value: str, text: str, start: int) -> bool:
    if PLACEHOLDER_SECRET.match(value):
        return False
    formats = [r"sk-[A-Za-z0-9]{40,}", r"sk-proj-[A-Za-z0-9_-]{40,}", r"AKIA[A-Z2-7]{16}", r"ghp_[A-Za-z0-9]{36}",
               r"glpat-[A-Za-z0-9_-]{20}", r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", r"sk_live_[A-Za-z0-9]{24,}"]
    if any(re.fullmatch(f, value) for f in formats):
        return True
    if value.startswith("eyJ"):
        return jwt_ok(value)
    if "://" in value:
        url = urlsplit(value)
        return bool(url.password) and not PLACEHOLDER_SECRET.match(url.password) and bool(url.hostname)
    # a credential assignment: the value right after password= / 密码是 / aws_secret_access_key = ...
    before = text[max(0, start - 30):start]
    return bool(SECRET_ASSIGNMENT_RE.search(before)) and len(value) >= 8 and not re.search(r"\s", value)


def value_ok(ent_type: str, value: str, text: str, start: int) -> bool:
    return {
        "PRC_ID": lambda: prc_ok(value), "BANK_CARD": lambda: card_ok(value), "PHONE": lambda: phone_ok(value),
        "EMAIL": lambda: email_ok(value), "IP_ADDRESS": lambda: ip_ok(value),
        "PASSPORT": lambda: passport_ok(value, text, start), "IBAN": lambda: iban_ok(value),
        "US_SSN": lambda: ssn_ok(value), "SECRET": lambda: secret_ok(value, text, start),
    }[ent_type]()


def unlabelled_candidates(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Entity-like values in ``text`` that no labelled span covers. Must be empty for every line."""
    t = halfwidth(text)
    covered = lambda s, e: any(a <= s and e <= b for a, b in spans)  # noqa: E731
    found: list[str] = []

    def flag(kind: str, m: re.Match, ok: bool) -> None:
        if ok and not covered(m.start(), m.end()):
            found.append(f"{kind}:{m.group(0)!r}")

    for m in re.finditer(r"(?<![0-9])\d{17}[\dXx](?![0-9A-Za-z])", t):
        flag("PRC_ID", m, prc_ok(m.group(0)))
    for m in re.finditer(r"(?<![0-9])\d{13,19}(?![0-9])", t):
        flag("CARD", m, luhn_ok(m.group(0)) and (len(m.group(0)) >= 15 or m.group(0)[0] in "45"))
    for m in re.finditer(r"(?<![0-9])\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{3})?(?![0-9])", t):
        flag("CARD", m, luhn_ok(re.sub(r"\D", "", m.group(0))))
    for m in re.finditer(r"(?<![0-9])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9])", t):
        flag("PHONE", m, True)
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", t):
        flag("EMAIL", m, email_ok(m.group(0)))
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)", t):
        flag("IP", m, ip_ok(m.group(0)))
    for m in re.finditer(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z])", t):
        flag("IPv6", m, ":" in m.group(0) and ip_ok(m.group(0)))
    for m in re.finditer(r"(?<![0-9A-Za-z])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}", t):
        compact = m.group(0).replace(" ", "")
        n = IBAN_LENGTHS.get(compact[:2], 0)
        flag("IBAN", m, n > 0 and iban_ok(compact[:n]))
    for m in re.finditer(r"(?<![0-9])\d{3}-\d{2}-\d{4}(?![0-9])", t):
        flag("SSN", m, ssn_ok(m.group(0)))
    for m in re.finditer(r"(?<![A-Za-z0-9])[EG]\d{8}(?![0-9])", t):
        flag("PASSPORT", m, True)
    for m in re.finditer(r"(sk-|sk_live_|AKIA|ghp_|glpat-|xox[abp]-|eyJ)[A-Za-z0-9_.-]{16,}", t):
        flag("SECRET", m, not PLACEHOLDER_SECRET.match(m.group(0)))
    for m in re.finditer(r"[a-z+]+://[^\s:/@]*:([^\s@/]+)@[A-Za-z0-9.-]+", t):
        flag("SECRET_URL", m, not PLACEHOLDER_SECRET.match(m.group(1)))
    return found


# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------

SLOT = re.compile(r"⟦(~?[A-Za-z_0-9]+)(?::([a-z0-9_,]+))?⟧")
SEEN_VALUES: Counter[str] = Counter()


def norm_value(value: str) -> str:
    return re.sub(r"[\s\-()]", "", halfwidth(value)).upper()


def render(frame: str) -> tuple[str, list[dict]]:
    out, entities, pos, length = [], [], 0, 0
    for m in SLOT.finditer(frame):
        literal = frame[pos:m.start()]
        out.append(literal)
        length += len(literal)
        name, variant = m.group(1), m.group(2)
        if name.startswith("~"):
            value = FILLERS[name[1:]](variant)
        else:
            while True:  # every entity value is unique in the whole file
                value = ENTITY_GENERATORS[name](variant)
                if not SEEN_VALUES[norm_value(value)]:
                    break
            entities.append({"type": name, "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(frame[pos:])
    return "".join(out), entities


def render_checked(frame: str) -> tuple[str, list[dict]]:
    for _ in range(50):
        text, entities = render(frame)
        bad = [e for e in entities if not value_ok(e["type"], text[e["start"]:e["end"]], text, e["start"])]
        if bad:
            raise AssertionError(f"generator produced an invalid value: {bad} in {text!r}")
        if not unlabelled_candidates(text, [(e["start"], e["end"]) for e in entities]):
            for e in entities:
                SEEN_VALUES[norm_value(text[e["start"]:e["end"]])] += 1
            return text, entities
    raise AssertionError(f"could not render without accidental entities: {frame!r} "
                         f"{unlabelled_candidates(text, [(e['start'], e['end']) for e in entities])}")


# ----------------------------------------------------------------------------------------------
# Frames: realistic workplace requests. Keys are categories, then languages.
# ----------------------------------------------------------------------------------------------

FRAMES: dict[str, dict[str, list[str]]] = {}

FRAMES["id_card"] = {
    "zh": [
        "身份证号⟦PRC_ID⟧请核对",
        "帮我核对一下新员工⟦~name⟧的身份证号⟦PRC_ID⟧，入职系统提示校验不通过，是不是录错了？",
        "客户⟦~name⟧来电说实名认证失败，他报的证件号是⟦PRC_ID⟧，麻烦帮我写一段回复话术。",
        "请把下面这段话改得正式一点：兹证明⟦~name⟧（身份证号：⟦PRC_ID⟧）系我公司正式员工，特此证明。",
        "根据身份证⟦PRC_ID⟧算一下这个人今年多大，是否满足退休返聘的年龄要求。",
        "整理成表格：\n姓名,身份证号,部门\n⟦~name⟧,⟦PRC_ID⟧,财务部\n⟦~name⟧,⟦PRC_ID⟧,市场部\n⟦~name⟧,⟦PRC_ID⟧,法务部",
        "⟦PRC_ID⟧ 这个号码对应的是哪个省份的？",
        "租房合同乙方信息：⟦~name⟧，身份证⟦PRC_ID:fw⟧，帮我把合同首页补充完整。",
        "社保增员名单里有个身份证号⟦PRC_ID⟧重复录入了两次，怎么在Excel里快速去重？",
        "请帮我起草一封邮件给人事，说明⟦~name⟧的身份证号应更正为⟦PRC_ID⟧，原号码最后一位录错了。",
        "酒店入住登记：⟦~name⟧ ⟦PRC_ID⟧；⟦~name⟧ ⟦PRC_ID⟧。帮我生成入住确认单。",
        "我的身份证号是⟦PRC_ID:x⟧，最后一位是字母，填表时需要大写吗？",
        "出差订票用的证件号⟦PRC_ID⟧，帮我检查下格式对不对",
        "公积金提取申请被退回，理由是证件号码与姓名不匹配。申请人⟦~name⟧，证件号码⟦PRC_ID⟧，请帮我写一份情况说明。",
        "核验结果：⟦PRC_ID⟧——一致；⟦PRC_ID⟧——不一致。请把不一致的那条标红后发给我。",
        "投保人身份证号码:⟦PRC_ID⟧,被保险人为其子女,请帮我填写投保单备注栏。",
        "快递员说要核对收件人身份证后四位，我的完整证件号是⟦PRC_ID:fw⟧，该告诉他哪四位？",
        "门禁系统登记访客⟦~name⟧，证件号⟦PRC_ID⟧，来访事由：设备验收。帮我生成访客单。",
    ],
    "en": [
        "Can you check whether ⟦PRC_ID⟧ is a valid Chinese ID number? Our onboarding form keeps rejecting it.",
        "Please draft the visa invitation letter for ⟦~name_py⟧, Chinese resident ID ⟦PRC_ID⟧, who will visit our "
        "Munich office next month.",
        "The vendor's legal representative is ⟦~name_py⟧ (resident ID ⟦PRC_ID⟧). Summarize which KYC documents we "
        "still need from them.",
        "ID: ⟦PRC_ID⟧ — which province and birth year does this correspond to?",
        "Update the contractor record: national ID ⟦PRC_ID⟧, start date next Monday, cost center 4410.",
        'Fix this JSON so it parses:\n{"name": "⟦~name_py⟧", "id_no": "⟦PRC_ID⟧", "dept": "R&D",}',
        "Our KYC log flagged ⟦PRC_ID⟧ and ⟦PRC_ID⟧ as duplicates. Write a short note to compliance on how to merge "
        "the two customer profiles.",
        "Translate into Chinese: The applicant, holder of resident identity card no. ⟦PRC_ID⟧, authorizes the "
        "company to verify his employment history.",
        "customer id card ⟦PRC_ID:x⟧ ends with an X — will our MySQL CHAR(18) column store it fine?",
    ],
    "mixed": [
        "帮我写个Python函数，输入身份证号返回性别，用这个测试一下：⟦PRC_ID⟧",
        "SQL 查询结果里 id_card = '⟦PRC_ID⟧' 的这条记录为什么 join 不到 employee 表？",
        "log里有一行：[WARN] kyc_verify failed, id_no=⟦PRC_ID⟧, reason=name_mismatch —— 这是什么原因？",
        "这个 API 返回 {\"code\": 4002, \"msg\": \"id_no invalid\"}，我传的 id_no 是⟦PRC_ID⟧，帮我看看问题在哪",
    ],
}

FRAMES["bank_card"] = {
    "zh": [
        "帮我给财务写个说明：报销款请打到我的卡⟦BANK_CARD:up⟧，开户行是招商银行深圳分行。",
        "客户反馈信用卡⟦BANK_CARD:grouped⟧被重复扣款⟦~amount⟧，请帮我拟一份致歉回复。",
        "这张卡⟦BANK_CARD⟧是借记卡还是信用卡？能从卡号看出来吗？",
        "供应商收款账户变更：户名⟦~company⟧，账号⟦BANK_CARD:up19⟧，请帮我写变更确认函。",
        "退款请原路退回，客户确认的卡号是⟦BANK_CARD⟧。帮我转成给客服的工单描述。",
        "银行卡号⟦BANK_CARD:fw⟧，帮我看看是哪个银行的",
        "我刚才在群里误发了卡号⟦BANK_CARD:grouped⟧，需要挂失吗？",
        "员工⟦~name⟧的报销卡号由⟦BANK_CARD:up⟧改为⟦BANK_CARD:up⟧，请生成一条变更记录。",
        "对账发现有一笔⟦~amount⟧的款项从卡号⟦BANK_CARD⟧转出，但流水里没有对应的订单，应该怎么排查？",
        "请把这段话翻译成英文：请将押金退还至持卡人⟦~name⟧名下卡号为⟦BANK_CARD:up⟧的银行卡。",
        "卡号⟦BANK_CARD:up19⟧开户行显示异常，帮我写一封给银行客户经理的询问邮件。",
        "公务卡⟦BANK_CARD⟧本月消费明细需要导出，步骤是什么？",
        "⟦BANK_CARD:up19⟧是我新办的卡，帮我写个更新报销收款账户的申请。",
    ],
    "en": [
        "Customer says card ⟦BANK_CARD:visa⟧ was charged twice for order ⟦~order⟧. Draft an apology email.",
        "Please verify this corporate card number before I submit the travel expense: ⟦BANK_CARD:mc⟧",
        "My Visa keeps getting declined on the cloud billing page — the full number is ⟦BANK_CARD:visa,grouped⟧. "
        "What should I tell the bank?",
        "Refund ⟦~usd⟧ to card ⟦BANK_CARD:grouped⟧ and add a note to the CRM.",
        "CSV row from the payment export: ⟦~date⟧,⟦~name_en⟧,⟦BANK_CARD:mc⟧,⟦~usd⟧,SETTLED — what does each column "
        "mean?",
        "Is ⟦BANK_CARD⟧ a UnionPay or a Visa number?",
        "Write a short Slack message asking finance to stop using card ⟦BANK_CARD:visa⟧ for SaaS subscriptions from "
        "next month.",
        "The vendor portal shows two cards on file: ⟦BANK_CARD:visa⟧ and ⟦BANK_CARD:mc⟧. Which one should be removed "
        "if the Visa expired?",
        "card:⟦BANK_CARD⟧",
        "A guest paid the deposit with ⟦BANK_CARD:mc,grouped⟧ but wants the refund in cash. Draft a reply explaining "
        "our policy.",
    ],
    "mixed": [
        'Stripe webhook 里的 card number 字段怎么会是明文？payload: {"card": "⟦BANK_CARD:visa⟧", "amount": 4999}',
        "用 pandas 把这列卡号脱敏，只留后四位：⟦BANK_CARD:up⟧, ⟦BANK_CARD:up⟧, ⟦BANK_CARD:mc⟧",
        "支付失败日志：card_no=⟦BANK_CARD⟧ resp_code=51，51 是什么意思？",
    ],
}

FRAMES["phone"] = {
    "zh": [
        "帮我给客户⟦~name⟧发条短信提醒，手机号⟦PHONE⟧，内容是明天上午十点的设备巡检照常进行。",
        "请回电⟦PHONE:land⟧找采购部⟦~name⟧，帮我把这句话写进会议纪要。",
        "把这个号码⟦PHONE:dash⟧存成通讯录vCard格式",
        "我手机号换了，新号⟦PHONE⟧，帮我写个群公告通知大家。",
        "快递一直打⟦PHONE:space⟧没人接，帮我写条留言给收件人。",
        "总部前台电话是⟦PHONE:land⟧，深圳办事处是⟦PHONE:sz⟧，帮我做成一个表格。",
        "客户⟦~name⟧（⟦PHONE:cc⟧）投诉物流太慢，帮我拟一个安抚话术。",
        "联系方式：⟦PHONE:fw⟧（微信同号）——这段用于活动海报，帮我润色一下文案。",
        "⟦PHONE⟧是哪里的号段？",
        "会议室预订有问题请拨打⟦PHONE:land⟧转⟦~ext⟧",
        "帮我写一封邀请函，嘉宾联系人⟦~name⟧，电话⟦PHONE⟧，活动时间⟦~date⟧下午两点。",
        "售后工单：用户手机⟦PHONE⟧反馈空调不制冷，请帮我归类到对应的故障类型。",
        "面试通知短信：⟦~name⟧您好，请于⟦~date⟧到公司参加复试，如有疑问请联系⟦PHONE:land⟧。帮我改得更简洁。",
        C("请把这份薪资调整说明用短信发给⟦~name⟧（⟦PHONE⟧），提醒她不要转发。"),
        C("打电话给⟦PHONE⟧的王经理，告诉他下季度未公开的报价单已经发到他邮箱了，帮我写个通话提纲。"),
        "司机电话⟦PHONE:mobile⟧，车牌粤B·7K2M9，明早八点在园区东门接人，帮我转成行程提醒。",
    ],
    "en": [
        "Call back ⟦~name_en⟧ at ⟦PHONE:uk⟧ about the delayed shipment — draft talking points for me.",
        "Can you format these numbers consistently: ⟦PHONE:us⟧, ⟦PHONE:intl⟧, ⟦PHONE⟧",
        "Write a voicemail script for our support line; callers should be told to reach the on-call engineer at "
        "⟦PHONE:us⟧.",
        "Our Beijing office number is ⟦PHONE:bj⟧. Add it to the email signature below:\n⟦~name_en⟧ | Regional Sales "
        "Manager",
        "The customer left a message asking us to call ⟦PHONE:cc⟧ before 5pm. Summarize for the ticket.",
        "Is ⟦PHONE:intl⟧ a landline or a mobile?",
        "Text ⟦PHONE⟧ saying the delivery window moved to Thursday.",
        "Please add ⟦~name_en⟧, ⟦PHONE:us⟧, to the vendor contact sheet under 'Logistics'.",
        "phone: ⟦PHONE:dash⟧",
        C("Call ⟦~name_en⟧ at ⟦PHONE:intl⟧ and walk her through the unreleased pricing before the launch — prep me a "
          "short call plan."),
    ],
    "mixed": [
        "帮我写个正则匹配手机号，能匹配这种写法吗：⟦PHONE:cc⟧ 和 ⟦PHONE:dash⟧",
        "Twilio 发短信失败，to=⟦PHONE:cc_plain⟧，error 21211 是什么意思？",
        "CRM导出的这一行：⟦~name⟧ | ⟦PHONE⟧ | VIP | last_contact=⟦~date⟧，帮我把表头翻译成英文",
    ],
}

FRAMES["email"] = {
    "zh": [
        "帮我给⟦EMAIL⟧回一封邮件，婉拒周五的会议，建议改到下周二。",
        "把这份报价单转发给⟦EMAIL:corp⟧，抄送⟦EMAIL:corp⟧，正文写简短一点。",
        "客户说收不到验证码邮件，他的邮箱是⟦EMAIL:personal⟧，可能是什么原因？",
        "离职员工⟦~name⟧的邮箱⟦EMAIL:corp⟧需要设置自动回复，帮我写一段。",
        "请用英文写一封跟进邮件，收件人⟦EMAIL⟧，询问样品寄出的时间。",
        "邮件群组加上这三个人：⟦EMAIL:corp⟧；⟦EMAIL:corp⟧；⟦EMAIL:corp⟧",
        "发票请发送至⟦EMAIL⟧，帮我把这句加到报价单底部的备注里。",
        "简历投递邮箱⟦EMAIL:corp⟧，帮我写招聘海报的结尾部分。",
        C("把这份绝密的并购意向书发给⟦EMAIL:corp⟧之前，帮我检查一下措辞。"),
        "⟦EMAIL:personal⟧这个邮箱注册的会员说积分没到账，帮我写回复。",
    ],
    "en": [
        "Draft a polite reply to ⟦EMAIL:corp⟧ declining Friday's meeting.",
        "Please remind ⟦EMAIL⟧ that the quarterly report template changed.",
        "Which of these bounced? ⟦EMAIL⟧, ⟦EMAIL⟧ — the SMTP log says 550 for one of them.",
        "Add ⟦EMAIL:corp⟧ as a guest to the onboarding webinar and write the invite text.",
        "I got a message from ⟦EMAIL:personal⟧ asking me to reset my VPN login through a link. Is this phishing?",
        "Forward the meeting notes to ⟦EMAIL:corp⟧ and ask her to confirm the agenda.",
        "Summarize this thread:\nFrom: ⟦EMAIL:corp⟧\nTo: ⟦EMAIL:corp⟧\nSubject: Re: shipping schedule\nWe can move "
        "the pickup to Wednesday if the warehouse confirms.",
        "Contact: ⟦EMAIL⟧",
        "Write an out-of-office message pointing people to ⟦EMAIL:corp⟧ while I'm on leave.",
        C("Send the payroll summary to ⟦EMAIL:corp⟧ only — rewrite my cover note so it's short and mentions it's "
          "confidential."),
    ],
    "mixed": [
        "Outlook 规则怎么设置：来自 ⟦EMAIL:corp⟧ 的邮件自动移到“供应商”文件夹？",
        "git log 里 author 是 ⟦EMAIL:personal⟧，怎么批量改成公司邮箱？",
        "这封英文邮件帮我翻译成中文：Hi, please send the signed PO to ⟦EMAIL:corp⟧ by Friday. Thanks!",
    ],
}

FRAMES["ip_address"] = {
    "zh": [
        "服务器⟦IP_ADDRESS:priv⟧的磁盘使用率超过90%，帮我写一个清理日志的步骤说明。",
        "为什么我ping不通⟦IP_ADDRESS:priv⟧，但是能ping通网关⟦IP_ADDRESS:priv⟧？",
        "防火墙需要放行⟦IP_ADDRESS:pub⟧的443端口，帮我写变更申请。",
        "这台机器同时有IPv4地址⟦IP_ADDRESS:priv⟧和IPv6地址⟦IP_ADDRESS:v6⟧，DNS应该怎么配置？",
        "Nginx日志里⟦IP_ADDRESS:pub⟧一分钟请求了两千次，是不是被刷了？",
        "打印机地址改成⟦IP_ADDRESS:priv⟧了，帮我更新一下IT服务台的操作指引。",
    ],
    "en": [
        "Our monitoring shows packet loss between ⟦IP_ADDRESS:priv⟧ and ⟦IP_ADDRESS:priv⟧. What should I check first?",
        "Write an nginx allow rule for ⟦IP_ADDRESS:pub⟧ only.",
        "Explain these sshd log lines:\nFailed password for root from ⟦IP_ADDRESS:pub⟧ port 52144 ssh2\nFailed "
        "password for admin from ⟦IP_ADDRESS:pub⟧ port 40218 ssh2",
        "Is ⟦IP_ADDRESS:v6⟧ a valid IPv6 address?",
        "Please whitelist ⟦IP_ADDRESS:pub⟧ and ⟦IP_ADDRESS:pub⟧ for the partner's SFTP access.",
        "⟦IP_ADDRESS:priv⟧ keeps dropping off the VPN every 20 minutes — where do I start?",
        "Our CDN reports origin errors from ⟦IP_ADDRESS:v6⟧. Draft an incident update for the status page.",
    ],
    "mixed": [
        "k8s node ⟦IP_ADDRESS:priv⟧ 一直 NotReady，kubelet 日志显示 PLEG is not healthy，怎么处理？",
        "帮我写 iptables 规则，禁止 ⟦IP_ADDRESS:pub⟧ 访问 3306",
        "这段 inventory 有什么问题？\n[web]\n⟦IP_ADDRESS:priv⟧ ansible_user=deploy\n⟦IP_ADDRESS:priv⟧ "
        "ansible_user=deploy",
    ],
}

FRAMES["passport"] = {
    "zh": [
        "帮我订下周去新加坡的机票，乘机人⟦~name⟧，护照号⟦PASSPORT:cn⟧。",
        "签证材料清单里护照号码填的是⟦PASSPORT:cn⟧，帮我检查还缺什么材料。",
        "护照⟦PASSPORT:cn⟧快过期了，续签需要哪些步骤？",
        "外籍专家⟦~name_en⟧的护照号为⟦PASSPORT:us⟧，请帮我填写工作许可申请表的个人信息部分。",
        "护照号码：⟦PASSPORT:ca⟧（加拿大籍），帮我写一份来华商务邀请函。",
    ],
    "en": [
        "Please book the hotel for ⟦~name_en⟧, passport ⟦PASSPORT:uk⟧, arriving Sunday.",
        "Visa letter: the applicant ⟦~name_py⟧ holds PRC passport no. ⟦PASSPORT:cn⟧ and will attend the trade fair "
        "in Hannover.",
        "Our German auditor's passport number is ⟦PASSPORT:de⟧ — fill it into the site access request.",
        "Traveler list: ⟦~name_py⟧ ⟦PASSPORT:cn⟧; ⟦~name_py⟧ ⟦PASSPORT:cn⟧. Check that both passports are valid for "
        "six months.",
        "Passport ⟦PASSPORT:jp⟧ — guest from Osaka, please add her to the visitor badge list.",
        "The customs form asks for the passport number: ⟦PASSPORT:fr⟧. Translate the rest of the form into Chinese "
        "for my colleague.",
    ],
    "mixed": [
        "机票改签系统报错 passport_no=⟦PASSPORT:cn⟧ invalid，是格式问题吗？",
        "帮我把这句翻译成英文：随行人员⟦~name⟧，护照号⟦PASSPORT:cn⟧，需要单独办理 Schengen visa。",
    ],
}

FRAMES["iban"] = {
    "zh": [
        "请帮我核对德国供应商的IBAN：⟦IBAN:de⟧，账户名⟦~company_en⟧。",
        "IBAN ⟦IBAN:nl,e⟧ 对应的是哪个国家的银行？",
        "酒店押金请退到我的欧元账户⟦IBAN:at⟧，帮我写一封英文邮件。",
        "付款申请单上的收款账号是⟦IBAN:ie⟧，和合同附件里的不一致，帮我写邮件跟对方确认。",
    ],
    "en": [
        "Please check this IBAN before I release the payment: ⟦IBAN:de⟧",
        "Supplier changed bank details to ⟦IBAN:gb⟧ — draft an email asking them to confirm by phone.",
        "SEPA transfer to ⟦IBAN:ch,e⟧ was returned with reason code AC04. What does that mean?",
        "Update vendor master data: ⟦~company_en⟧, IBAN ⟦IBAN⟧, payment terms net 45.",
        "Two IBANs on the invoice: ⟦IBAN:de,e⟧ and ⟦IBAN:at⟧. Which one matches the contract?",
        "iban=⟦IBAN:gb,e⟧",
    ],
    "mixed": [
        "把这个付款指令翻译成中文：Pay EUR 12,400 to ⟦IBAN:nl⟧, reference ⟦~po⟧.",
        "ERP 里 vendor 的 IBAN 字段存成了 ⟦IBAN:ie,e⟧（没有空格），导出 SEPA XML 时要不要加空格？",
    ],
}

FRAMES["ssn"] = {
    "zh": [
        "美国子公司员工⟦~name_en⟧的SSN是⟦US_SSN⟧，帮我填1099表的收款人部分。",
        "背调公司要候选人的社会安全号，他给的是⟦US_SSN⟧，帮我写授权书。",
        "这条记录里SSN写成了⟦US_SSN:plain⟧，没有横杠，导入系统会报错吗？",
    ],
    "en": [
        "Please update the W-4 for ⟦~name_en⟧, SSN ⟦US_SSN⟧.",
        "The background check vendor needs the candidate's SSN: ⟦US_SSN⟧. Draft the authorization email.",
        "The 401(k) rollover form lists SSN ⟦US_SSN:plain⟧ — is that formatted correctly?",
        "Caller verified as ⟦~name_en⟧, SSN ⟦US_SSN⟧, DOB ⟦~dob_us⟧. Write the call summary for the ticket.",
        "⟦US_SSN⟧ — is this the right SSN format for the I-9 form?",
        "My accountant needs my dependent's SSN (⟦US_SSN:space⟧) for the tax return; write a short secure-upload "
        "reminder email.",
    ],
    "mixed": [
        "帮我写 SQL，把 employees 表里 ssn = '⟦US_SSN⟧' 的那条记录的 state 改成 CA。",
        "payroll vendor 的 CSV：⟦~name_en⟧,⟦US_SSN⟧,W2 —— 这一行为什么导入失败？",
    ],
}

FRAMES["credentials"] = {
    "zh": [
        "服务器root密码是⟦SECRET:pw⟧，帮我写一段交接说明给新来的运维。",
        "访客WiFi密码：⟦SECRET:pw⟧ 帮我做个前台用的访客指引",
        "新员工VPN账号zhangyu，初始密码⟦SECRET:pw⟧，帮我写一封欢迎邮件提醒他首次登录修改密码。",
        "数据库密码是⟦SECRET:pw⟧，帮我写个shell脚本每天凌晨备份orders库。",
        "密码是⟦SECRET:pw⟧",
        "路由器后台管理员口令：⟦SECRET:pw⟧，怎么开启远程管理？",
        "财务系统账号fin_admin，密码为⟦SECRET:pw⟧，帮我写个给审计组的只读账号申请。",
    ],
    "en": [
        "Decode this JWT for me and tell me when it expires: ⟦SECRET:jwt⟧",
        'curl -H "Authorization: Bearer ⟦SECRET:jwt⟧" https://api.hengyuan-tech.cn/v1/orders returns 401, why?',
        "My teammate pasted this in the channel: password=⟦SECRET:pw⟧ — how do I rotate it in Vault?",
        'stripe.api_key = "⟦SECRET:stripe⟧" — is it OK to keep this in settings.py?',
        "The connection string is ⟦SECRET:pg⟧ — why does psycopg2 say 'could not translate host name'?",
        "I accidentally committed ⟦SECRET:aws⟧ to a public repo. What's the fastest way to revoke it?",
        "Here's my kubeconfig snippet, why is it unauthorized?\nusers:\n- name: ci-bot\n  user:\n    token: "
        "⟦SECRET:jwt⟧",
        "Can you convert this to a Kubernetes Secret manifest?\nDB_USER=report\nDB_PASSWORD=⟦SECRET:pw⟧",
        "Our Slack alert bot uses ⟦SECRET:slack⟧ — rewrite the Python sender so it retries on rate limits.",
        "Test whether this key still works: ⟦SECRET:openai_proj⟧",
        "⟦SECRET:openai⟧ showed up in a public Jira comment this morning. Write the incident notice for the security "
        "channel.",
    ],
    "mixed": [
        '这段代码跑不通，帮我看看：\nimport openai\nclient = openai.OpenAI(api_key="⟦SECRET:openai⟧")\n'
        'print(client.models.list())',
        ".env 文件：\nDATABASE_URL=⟦SECRET:pg⟧\nREDIS_URL=redis://cache:6379/0\nDEBUG=false\n为什么 Django "
        "连不上数据库？",
        "AWS CLI 报 InvalidClientTokenId：\n[default]\naws_access_key_id = ⟦SECRET:aws⟧\naws_secret_access_key = "
        "⟦SECRET:aws_secret⟧\nregion = cn-north-1",
        "git push 报错 remote: Invalid username or token。我用的 token 是 ⟦SECRET:github⟧，是过期了吗？",
        "Slack bot 发不出消息，token=⟦SECRET:slack⟧，scope 已经加了 chat:write。",
        "spring:\n  datasource:\n    url: jdbc:mysql://db-prod-02.internal:3306/orders\n    username: order_svc\n    "
        "password: ⟦SECRET:pw⟧\n这个配置启动报 Access denied，帮我看下。",
        "GitLab CI 的 job log 打印出了 ⟦SECRET:gitlab⟧，这个 token 算泄露了吗？",
        "docker run -e POSTGRES_PASSWORD=⟦SECRET:pw⟧ -p 5432:5432 postgres:15 起不来，日志说 data directory has "
        "wrong ownership",
        "2024-05-11 09:12:44 ERROR auth: login failed user=admin password=⟦SECRET:pw⟧ src=⟦IP_ADDRESS:priv⟧\n"
        "为什么日志里会打出明文？",
        "mongo 连接串 ⟦SECRET:mongo⟧ 在本地能连，在 k8s 里连不上",
        "OPENAI_API_KEY=⟦SECRET:openai⟧ 写在 .bashrc 里安全吗？",
        "Jenkins 凭据里存的是 ⟦SECRET:github⟧，流水线拉代码还是 403。",
        "Redis 连接：⟦SECRET:redis⟧，报 WRONGPASS invalid username-password pair",
        "pip.conf 里 index-url = ⟦SECRET:https⟧，为什么还是 401？",
        "邮件客户端配置 SMTP：smtp.hengyuan-tech.cn:465，账号⟦EMAIL:corp⟧，授权码⟦SECRET:pw⟧，发信一直超时。",
        "SQLAlchemy 报 Can't connect：engine = create_engine(\"⟦SECRET:mysql⟧\")，端口是通的。",
        "sk key 给你：⟦SECRET:openai⟧ 帮我测一下还能不能用",
        "GitHub Actions 里 echo 出来一个 ⟦SECRET:github⟧，怎么在日志里自动打码？",
        "帮我 review 一下这个 application-prod.yml，看看有没有不规范的地方：\nserver:\n  port: 8080\nspring:\n  "
        "datasource:\n"
        "    url: jdbc:postgresql://pg-prod-07.corp.hengyuan-tech.cn:5432/orders\n    username: svc_order\n    "
        "password: ⟦SECRET:pw⟧\n"
        "  redis:\n    host: redis-03.internal\n    password: ⟦SECRET:pw⟧\nsms:\n  access-key-id: ⟦SECRET:aws⟧\n"
        "logging:\n  level: INFO",
    ],
}

FRAMES["confidential"] = {
    "zh": [
        C("以下内容为公司机密：Q3我们计划把华东区的代理商从12家压缩到5家，帮我写一份给管理层的汇报提纲。"),
        C("【绝密】董事会决议草案：拟以每股8.2元收购星辰科技51%股权。请帮我润色成正式公文。"),
        C("这份是内部资料，请勿外传。帮我把下面的新品定价策略总结成三点：旗舰款定价上调8%，入门款保持不变，"
          "渠道返点降到6%。"),
        C("仅限内部传阅：研发中心明年预算削减15%，涉及两个项目组合并。帮我写个内部沟通稿。"),
        C("这是三月份的工资条数据：基本工资18000，绩效4200，个税1930，实发20270，帮我核算一下有没有算错。"),
        C("法务提醒：以下条款属于保密协议范围，不能对外披露。请帮我把这段技术合作条款改写得更严谨："
          "双方联合开发的算法模型，知识产权归甲方所有。"),
        C("未公开的财报数据：本季度营收同比下降7.3%，毛利率28%。帮我准备一份给投资者关系团队的内部问答。"),
        C("我们的核心配方属于商业秘密：A组分占比37%，反应温度控制在82℃。帮我写一份员工培训的要点。"),
        C("年度调薪方案（涉及薪资，请勿扩散）：P5涨幅8%，P6涨幅6%，P7涨幅5%。帮我做成表格。"),
        C("下面是还没对外公布的组织架构调整方案：销售中心拆分为大客户部和渠道部，分别向两位副总汇报。"
          "帮我画一下汇报关系。"),
        C("机密｜新产品代号“青鸾”，预计明年三月发布，目标售价2999元，帮我写个发布会倒排计划。"),
        C("这是保密项目的投标底价：总价不超过1860万元，利润率控制在9%以内。请帮我检查投标文件里有没有泄露底价的表述。"),
        C("内部文件，禁止转发：明年裁撤西南大区销售团队，共涉及43人。帮我起草沟通FAQ。"),
        C("HR专用：销售岗位的薪酬带宽是25k-40k，帮我写一份给候选人的offer沟通话术，但不要暴露带宽上限。"),
        C("本邮件涉及尚未披露的重大合同，在公告前请严格保密。帮我把邮件改得更简洁。"),
        C("员工绩效校准结果（内部资料）：研发部A档占比20%，C档8%。帮我写一段给部门负责人的说明。"),
        C("下面是我们和客户谈判的底线条件，属于商业秘密，只在项目组内使用：付款周期最长90天，违约金不高于5%。"
          "帮我准备谈判话术。"),
        C("请帮我给这份文件加上页眉“机密·仅供董事会成员阅读”，并把第二部分的三年财务预测改成表格。"),
        C("帮我把下面这封邮件改得委婉一些，内容仅限内部传阅：\n各位同事，经管理层讨论，"
          "公司决定自下季度起暂停华南区新门店的扩张计划。"
          "已签约的三家门店继续推进，尚未签约的七个点位全部搁置。这一调整与上半年利润未达预期有关，"
          "具体数字请勿在部门会上引用。"
          "各区域负责人请在本周五前提交人员调整方案，HR会单独与受影响的员工沟通。感谢大家的理解与配合。"),
    ],
    "en": [
        C("CONFIDENTIAL – Q4 restructuring plan: we will close the Austin support center and move 60 roles to "
          "Manila. Draft talking points for managers."),
        C("Internal only: our unreleased pricing for the Pro tier is $49/seat. Rewrite this launch email so it "
          "doesn't mention the price yet."),
        C("This is under NDA with Orion Labs — summarize the term sheet: 18-month exclusivity, $2.4M upfront, 6% "
          "royalty."),
        C("Do not distribute: draft minutes from today's board meeting on the potential acquisition of a logistics "
          "startup. Clean up the grammar."),
        C("Salary review for my team (strictly private): Anna 96k → 104k, Raj 88k → 95k, Tom stays at 101k. Is this "
          "within a 7% budget?"),
        C("Our March payroll run shows gross pay of $412,880 for the sales team vs. $398,100 in February. Write a "
          "variance note for the CFO."),
        C("Trade secret: the coating process runs at 340°C for 11 minutes under nitrogen. Help me write the SOP and "
          "mark it restricted."),
        C("Here's the unreleased roadmap for v5 — offline mode, SSO, and usage-based billing. Turn it into a slide "
          "outline for the internal all-hands."),
        C("Confidential legal memo: we believe the supplier breached clause 7.2 and intend to withhold the final "
          "payment. Tighten the wording."),
        C("For internal use only — Q2 churn by segment: SMB 4.1%, mid-market 2.3%, enterprise 0.8%. Write three "
          "insights."),
        C("Please keep this strictly private: the CFO is resigning at the end of the quarter and the announcement is "
          "planned for July 15. Draft the internal FAQ."),
        C("Not for external distribution: our bid for the hospital project is $3.75M with a 12% margin. Check the "
          "proposal for any place that leaks the number."),
        C("Compensation bands (confidential): L4 $140–165k, L5 $170–205k. Write a recruiter guideline that doesn't "
          "reveal the top of the band."),
    ],
    "mixed": [
        C("这份 board deck 是 confidential 的，帮我把第3页的 revenue forecast（FY25 预计 3.2 亿）改成更保守的表述。"),
        C("Internal only 的 OKR 草稿：Q3 把 churn 从 3% 降到 2%，新签 ARR 800万。帮我改成英文。"),
        C("请用英文写一封邮件给 legal team，说明 NDA 下的 trade secret 技术方案（双层涂布工艺）不能写进专利申请。"),
        C("这是未公开的 M&A target list：两家 SaaS 公司，估值都在 5 亿以内，帮我列一个尽调 checklist。"),
    ],
}

FRAMES["multi_entity"] = {
    "zh": [
        "请把这条客户信息整理成标准格式：⟦~name⟧，身份证⟦PRC_ID⟧，手机⟦PHONE⟧，邮箱⟦EMAIL:personal⟧，"
        "收货地址上海市浦东新区张江路88号。",
        "出差审批：⟦~name⟧，护照⟦PASSPORT:cn⟧，手机⟦PHONE⟧，公务卡⟦BANK_CARD:up⟧，请生成出差申请单。",
        "会议通知发给⟦EMAIL:corp⟧和⟦EMAIL:corp⟧，有问题打⟦PHONE:land⟧。帮我写得礼貌一点。",
        "服务器⟦IP_ADDRESS:priv⟧告警会发到⟦EMAIL:corp⟧，同时短信通知⟦PHONE⟧，帮我写个告警升级流程。",
        C("把这份薪资明细发到⟦EMAIL:corp⟧，并短信通知⟦PHONE⟧已发送。"),
        "客户投诉：本人⟦~name⟧，身份证号⟦PRC_ID⟧，银行卡⟦BANK_CARD⟧被盗刷⟦~amount⟧，联系电话⟦PHONE⟧。"
        "请帮我生成工单摘要。",
        "员工信息更新：⟦~name⟧ 身份证 ⟦PRC_ID⟧ 报销卡 ⟦BANK_CARD:up19⟧ 紧急联系人电话 ⟦PHONE⟧",
        "保单信息：投保人⟦~name⟧，证件号⟦PRC_ID⟧，扣款卡号⟦BANK_CARD⟧，手机⟦PHONE:fw⟧。"
        "帮我写续保提醒短信（不要包含卡号）。",
        "供应商对接人⟦~name⟧，电话⟦PHONE:land⟧，邮箱⟦EMAIL:corp⟧，帮我录入供应商通讯录。",
        "请帮我把客户来信整理成工单：\n您好，我是贵行的老客户⟦~name⟧，身份证号⟦PRC_ID⟧。"
        "⟦~date⟧我的信用卡⟦BANK_CARD:grouped⟧在境外被连续扣款三笔，"
        "共计⟦~amount⟧，但我本人当时在国内，从未授权过这些交易。我已第一时间致电客服冻结了卡片，"
        "但至今没有收到任何调查进展。"
        "请尽快联系我处理，手机⟦PHONE⟧，邮箱⟦EMAIL:personal⟧。如一周内仍无答复，我将向监管部门投诉。",
    ],
    "en": [
        "name,email,phone,ssn\n⟦~name_en⟧,⟦EMAIL⟧,⟦PHONE:us⟧,⟦US_SSN⟧\n⟦~name_en⟧,⟦EMAIL⟧,⟦PHONE:us⟧,⟦US_SSN⟧\n"
        "Convert this to a markdown table.",
        "New hire paperwork for ⟦~name_en⟧: SSN ⟦US_SSN⟧, corporate card ⟦BANK_CARD:mc⟧, email ⟦EMAIL:corp⟧. Create "
        "the onboarding checklist.",
        "Vendor onboarding: ⟦~company_en⟧, contact ⟦EMAIL:corp⟧ / ⟦PHONE:intl⟧, IBAN ⟦IBAN⟧. Draft the welcome email.",
        "On-call handover: primary ⟦~name_en⟧ (⟦PHONE:us⟧, ⟦EMAIL:corp⟧), backup ⟦~name_en⟧ (⟦PHONE:us⟧). Bastion "
        "host is ⟦IP_ADDRESS:priv⟧.",
        "Supplier contact card: ⟦~name_en⟧, ⟦EMAIL:corp⟧, ⟦PHONE:uk⟧ — format it as a vCard.",
        "KYC file: ⟦~name_py⟧, PRC ID ⟦PRC_ID⟧, passport ⟦PASSPORT:cn⟧, email ⟦EMAIL:personal⟧. List what's missing "
        "for account opening.",
        "customer:\n  name: ⟦~name_en⟧\n  ssn: ⟦US_SSN⟧\n  card: ⟦BANK_CARD:visa,plain⟧\n  phone: ⟦PHONE:us⟧\nWhy "
        "does my YAML loader turn the card number into an int?",
        "Two passengers: ⟦~name_py⟧ (⟦PASSPORT:cn⟧, ⟦PRC_ID⟧) and ⟦~name_py⟧ (⟦PASSPORT:cn⟧, ⟦PRC_ID⟧). Check the "
        "names match the passports.",
        "Payment instruction from ⟦EMAIL:corp⟧: please wire to ⟦IBAN⟧ instead of the old account; call ⟦PHONE:intl⟧ "
        "to confirm. Is this a BEC scam?",
        "Support ticket: user ⟦EMAIL:personal⟧ from ⟦IP_ADDRESS:v6⟧ reports 2FA codes not arriving at ⟦PHONE:cc⟧.",
        "US employee record: ⟦~name_en⟧, SSN ⟦US_SSN⟧, home phone ⟦PHONE:us⟧, personal email ⟦EMAIL:personal⟧, "
        "passport ⟦PASSPORT:us⟧. Mask it for the audit sample.",
    ],
    "mixed": [
        '{\n  "customer": "⟦~name⟧",\n  "id_card": "⟦PRC_ID⟧",\n  "mobile": "⟦PHONE:mobile⟧",\n  "card_no": '
        '"⟦BANK_CARD:up,plain⟧"\n}\n帮我写个 Java 实体类对应这个 JSON。',
        "2024-06-02T10:14:07Z user=⟦EMAIL:corp⟧ ip=⟦IP_ADDRESS:pub⟧ token=⟦SECRET:jwt⟧ action=export\n"
        "这条审计日志说明了什么？",
        "ssh deploy@⟦IP_ADDRESS:priv⟧ 密码是⟦SECRET:pw⟧，帮我写个 ansible 任务替代手工登录。",
        "INSERT INTO customers VALUES ('⟦~name⟧', '⟦PRC_ID⟧', '⟦PHONE:mobile⟧', '⟦EMAIL:personal⟧'); 这条 SQL "
        "为什么报 Data too long？",
        "报销单 OCR 结果：姓名⟦~name⟧ / 卡号⟦BANK_CARD:up⟧ / 金额⟦~amount⟧ / email ⟦EMAIL:corp⟧，帮我转成 JSON。",
    ],
}

FRAMES["hard_negative_numbers"] = {
    "zh": [
        "订单号⟦~order_long⟧一直显示待发货，帮我写个催单话术。",
        "顺丰单号⟦~sf⟧查不到物流信息，是什么原因？",
        "这本书的ISBN是⟦~isbn⟧，帮我生成参考文献格式。",
        "发票代码⟦~inv_code⟧，发票号码⟦~inv_no⟧，开票金额⟦~amount⟧，帮我写报销说明。",
        "系统提示身份证号⟦~bad_prc⟧校验失败，是不是最后一位算错了？帮我解释下校验码的计算方法。",
        "卡号⟦~bad_card⟧在支付页一直提示无效，可能是哪一位输错了？",
        "合同编号HT-⟦~date_compact⟧-0087，签约金额⟦~amount⟧，请帮我写付款申请。",
        "时间戳⟦~ts_ms⟧转换成北京时间是几点？",
        "请把金额⟦~amount_big⟧转换成中文大写。",
        "物料编码⟦~sku⟧的库存只剩12件，帮我写个补货申请。",
        "工单号⟦~ticket⟧已经处理完，帮我写关闭说明。",
        "银行流水号⟦~txn⟧对应的那笔款项还没到账，帮我写查询函。",
        "数据清洗时发现一列18位数字，比如⟦~bad_prc⟧、⟦~bad_prc⟧，校验码都不对，应该标记为无效吗？",
        "圆通快递单号⟦~yt⟧一般几天能到？",
        "会议定在⟦~date⟧ 14:30，腾讯会议号⟦~meeting⟧，帮我写会议通知。",
        "这个18位号码⟦~bad_prc_date⟧里面的出生日期根本不存在，系统为什么没拦住？",
        "航班CA1831，订座记录⟦~pnr⟧，帮我整理成行程单。",
        "统一社会信用代码⟦~uscc⟧的企业是否还在存续？",
        "会员卡号⟦~bad_card:19⟧在收银台刷不出来，帮我写个故障说明。",
        "帮我把这几行发货记录按日期排序：\n订单号,快递单号,发货日期,金额\n⟦~order⟧,⟦~sf⟧,⟦~date⟧,⟦~amount_big⟧\n"
        "⟦~order⟧,⟦~sf⟧,⟦~date⟧,⟦~amount_big⟧\n"
        "⟦~order⟧,⟦~yt⟧,⟦~date⟧,⟦~amount_big⟧\n⟦~order⟧,⟦~yt⟧,⟦~date⟧,⟦~amount_big⟧",
    ],
    "en": [
        "Order #⟦~order⟧ hasn't shipped yet — write a follow-up to the warehouse.",
        "Tracking number ⟦~ups⟧ shows 'label created' for 5 days. What should I tell the customer?",
        "Convert the Unix timestamp ⟦~ts⟧ to UTC.",
        "Invoice INV-⟦~inv_en⟧ for ⟦~usd⟧ is overdue by 30 days; draft a reminder.",
        "The card number ⟦~bad_card⟧ fails validation on our checkout page — what does the Luhn check actually do?",
        "SKU ⟦~sku⟧ and SKU ⟦~sku⟧ got swapped in the catalog. Write a correction notice.",
        "What's the difference between ISBN ⟦~isbn⟧ and its ISBN-10 form?",
        "Upgrading from Postgres ⟦~ver⟧ to ⟦~ver⟧ — any breaking changes?",
        "Round ⟦~float⟧ to two decimals and explain banker's rounding.",
        "The SSN field contains ⟦~bad_ssn⟧ and our validator rejects it. Why?",
        "IBAN ⟦~bad_iban⟧ was rejected by the bank with 'invalid checksum'. How do I find the typo?",
        "PO number ⟦~po⟧, due date ⟦~date⟧, quantity 1,200 units. Summarize for the buyer.",
        "Our case ID ⟦~case⟧ with the cloud vendor's support is still open — draft an escalation.",
    ],
    "mixed": [
        "Excel 把 ⟦~long_digits⟧ 显示成科学计数法了，怎么完整显示？",
        "Jira ticket ⟦~jira⟧ 里提到 build ⟦~build⟧ 失败，帮我写 RCA 模板。",
        "导出的 CSV 里 order_id 一列是 ⟦~order_long⟧ 这种长数字，用 pandas 读进来精度丢了怎么办？",
    ],
}

FRAMES["hard_negative_code"] = {
    "zh": [
        "写个 Flask 测试用例，请求 http://127.0.0.1:5000/login，用户名 test@example.com，密码用 \"<your-password>\" "
        "占位。",
        "nginx 配置里 allow 203.0.113.0/24; deny all; 是什么意思？",
        "password = getpass.getpass('Password: ') 在 PyCharm 里不弹输入框怎么办？",
        "ssh -i ~/.ssh/id_rsa deploy@localhost -p 2222 连接被拒绝，怎么排查？",
        "logging 配置里怎么把密码字段统一打码？示例：login ok user=alice password=****",
        "spring.datasource.password=${MYSQL_PASSWORD} 启动时没有被解析，怎么排查？",
        "aws configure 提示输入 AWS Access Key ID [None]:，我应该在哪里创建这个 key？",
    ],
    "en": [
        "Why does this fail?\nimport smtplib\ns = smtplib.SMTP('localhost', 1025)\ns.sendmail('noreply@example.com', "
        "['user@example.com'], msg)",
        "How do I bind my dev server to 0.0.0.0 instead of 127.0.0.1 so my phone can reach it?",
        "In the docs example the client connects to 192.0.2.15:8080 and [2001:db8::1]:8080. Are those real addresses?",
        "Write a unit test that asserts send_email('alice@example.org') returns True.",
        "Ruby: ENV.fetch('STRIPE_SECRET_KEY') raises KeyError in CI — how do I set it in GitHub Actions secrets?",
        "In Terraform, should I put `db_password = var.db_password` in tfvars or use a secret manager?",
        "Explain this .env.example:\nSECRET_KEY=change-me\nAPI_KEY=<your-key>\nSMTP_USER=bot@example.com",
        "Write a regex that matches emails but rejects anything at example.com or localhost.",
        "Our integration test points to http://[::1]:9000/health — why does it fail on Windows?",
        "Generate fake test data: 5 users with names and emails at example.net.",
        "requests.get('http://198.51.100.7/status', auth=('admin', os.environ['ADMIN_PASS'])) times out. How do I "
        "set a timeout?",
        "Mock the payment client in pytest so no real card data is ever sent; the sandbox base URL is "
        "https://sandbox.example.com.",
    ],
    "mixed": [
        'api_key = os.environ["OPENAI_API_KEY"] 这样写，部署到服务器上读不到环境变量怎么办？',
        "docker-compose.yml:\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: "
        "${DB_PASS}\n为什么容器启动时报 password is empty？",
        "config.yaml:\nopenai:\n  api_key: YOUR_API_KEY\n  base_url: https://api.openai.com/v1\n"
        "怎么改成从环境变量读取？",
        "curl -H 'Authorization: Bearer <token>' http://localhost:8000/api/v1/users 返回 401，怎么调试？",
        "DATABASE_URL=postgresql://${DB_USER}:${DB_PASS}@localhost:5432/app 这种写法 docker compose 能展开变量吗？",
        "const token = process.env.GITHUB_TOKEN ?? '';\n为什么 octokit 报 Bad credentials？",
        "pytest fixture 里 email 用 'qa01@corp.test'，IP 用 '198.51.100.23'，这样造测试数据合理吗？",
    ],
}

FRAMES["privacy_question"] = {
    "zh": [
        "《个人信息保护法》对身份证号的收集有什么要求？",
        "如何在Python里用正则校验身份证号？",
        "敏感个人信息包括哪些？企业处理时需要单独同意吗？",
        "PCI DSS 对卡号展示的要求是前六后四吗？",
        "员工离职后，公司可以保留其身份证复印件多久？",
        "数据出境安全评估在什么情况下是必须的？",
        "手机号脱敏一般怎么做，中间四位打星号就够了吗？",
        "HIPAA 和 GDPR 在数据泄露通知时限上有什么区别？",
        "个人信息影响评估（PIA）报告一般包含哪些部分？",
        "《网络安全法》规定的网络日志留存期限是多久？",
        "人脸识别数据属于敏感个人信息吗？门禁系统需要注意什么？",
        "银行卡号在日志里应该如何脱敏才符合监管要求？",
    ],
    "en": [
        "What does GDPR say about storing credit card numbers?",
        "how do I hash passwords with bcrypt?",
        "Is an IP address considered personal data under GDPR?",
        "What's the difference between pseudonymization and anonymization?",
        "How should we respond to a data subject access request within 30 days?",
        "Can we send customer phone numbers to a third-party SMS vendor under CCPA?",
        "Explain the Luhn algorithm and why passing it doesn't make a card number real.",
        "What are best practices for rotating API keys in a microservices setup?",
        "Should we encrypt SSNs at the column level or the disk level?",
        "Write a short privacy notice paragraph explaining that we collect email addresses for order updates.",
        "What's a reasonable retention period for server access logs that contain IP addresses?",
    ],
    "mixed": [
        "GDPR 里的 legitimate interest 可以作为营销邮件的法律依据吗？",
        "PIPL 和 GDPR 在 consent 要求上有什么不同？",
    ],
}

FRAMES["general"] = {
    "zh": [
        "帮我把这段话翻译成英文：本周五下午三点在三楼会议室召开项目复盘会。",
        "写一个Python函数，计算两个日期之间的工作日天数。",
        "帮我写一份年会主持词的开场白，风格轻松一点。",
        "解释一下什么是RAG，用通俗的话。",
        "Excel里VLOOKUP和XLOOKUP有什么区别？",
        "帮我总结一下敏捷开发中站会的注意事项。",
        "写一封邮件通知全员下周一开始实行弹性工作制。",
        "用SQL查询每个部门最近一个月的请假天数总和。",
        "怎么跟客户解释交付延期两周？帮我写个话术。",
        "帮我润色：我们团队在过去一个季度完成了三个系统的迁移。",
        "推荐几个适合团队建设的室内活动。",
        "把下面的会议纪要整理成待办事项：1. 前端下周提测 2. 测试环境扩容 3. 周四评审UI",
        "写一段产品介绍，突出我们的智能客服系统支持多轮对话。",
        "帮我写个请假条",
        "如何提高跨部门沟通效率？",
        "帮我写一份周报模板，包含本周进展、风险和下周计划。",
        "你好，在吗",
    ],
    "en": [
        "Translate to Chinese: Please submit your expense reports by the end of the month.",
        "Write a Python script that renames all .txt files in a folder to lowercase.",
        "Summarize the pros and cons of microservices vs. a monolith.",
        "Draft a LinkedIn post announcing our new office opening in Chengdu.",
        "What's a good agenda for a 30-minute sprint retrospective?",
        "Explain the difference between TCP and UDP in simple terms.",
        "Rewrite this sentence to sound more professional: we messed up the release, sorry.",
        "Give me 5 interview questions for a senior data engineer.",
        "How do I center a div with flexbox?",
        "Write a SQL query to find duplicate rows in a table by the email column.",
        "Create a checklist for onboarding a new remote employee.",
        "Fix the grammar: Their going to review the proposal tomorrow and let we know.",
        "hi, are you there?",
        "Explain what a Docker volume is and when to use one.",
        "Please proofread this intranet notice: Next month IT will migrate all shared drives to the new "
        "document platform. From Friday 8 pm to Sunday 6 pm, shared folders will be read-only; personal folders "
        "are not affected. Old folder links will redirect for 90 days. If your macros reference network paths, "
        "contact the service desk so we can test them.",
    ],
    "mixed": [
        "翻译：good morning",
        "帮我把这个 bash 脚本改成 PowerShell：for f in *.log; do gzip $f; done",
        "React 里 useEffect 的依赖数组为空是什么意思？",
        "这句英文什么意思：Let's circle back on this after the offsite.",
        "写一个 Go 的 HTTP server，/health 返回 200。",
    ],
}

TARGETS = {
    "id_card": 35, "bank_card": 35, "phone": 35, "email": 30, "ip_address": 20, "passport": 15, "iban": 12,
    "ssn": 12, "credentials": 37, "confidential": 36, "multi_entity": 26, "hard_negative_numbers": 36,
    "hard_negative_code": 26, "privacy_question": 25, "general": 37,
}


def frame_plan(category: str) -> list[tuple[str, str]]:
    """(lang, frame) pairs for a category: every frame once, then frames again (new values) up to the target."""
    by_lang = FRAMES[category]
    pairs = [(lang, f) for lang in ("zh", "en", "mixed") for f in by_lang.get(lang, [])]
    if len(pairs) < TARGETS[category]:
        if category not in {"id_card", "bank_card", "phone", "email", "ip_address", "passport", "iban", "ssn",
                            "credentials", "multi_entity", "hard_negative_numbers"}:
            raise AssertionError(f"{category}: fixed-text categories need one frame per line")
        extra = [p for p in pairs if "⟦" in p[1]]
        rng.shuffle(extra)
        while len(pairs) < TARGETS[category]:
            pairs.append(extra[(len(pairs)) % len(extra)])
    return pairs


def build() -> list[dict]:
    rows = []
    for category in TARGETS:
        for lang, frame in frame_plan(category):
            text, entities = render_checked(frame)
            types = {e["type"] for e in entities}
            sensitive = bool(types & STRONG_TYPES) or isinstance(frame, C)
            if category.startswith("hard_negative") or category in {"privacy_question", "general"}:
                assert not entities and not sensitive, frame
            rows.append({"text": text, "sensitive": sensitive, "entities": entities, "category": category,
                         "lang": lang})
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row_id = {"id": f"dev-{i:04d}"}
        row_id.update(row)
        rows[i - 1] = row_id
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    rng.seed(args.seed)
    rows = build()
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {args.out}")
    print(Counter(r["category"] for r in rows))
    print("sensitive:", Counter(r["sensitive"] for r in rows))
    print("entities:", Counter(e["type"] for r in rows for e in r["entities"]))


if __name__ == "__main__":
    main()
