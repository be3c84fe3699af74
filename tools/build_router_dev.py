#!/usr/bin/env python3
"""Build ``router_dev.jsonl``, the labelled dev set for the hybridai router (labelling spec v2).

Usage (from the repository root)::

    python tools/build_router_dev.py            # writes hybridai/data/router_dev.jsonl

How the file is built
---------------------
1. ``FRAMES`` (lines dev-0001..dev-0417, the first version of the set, relabelled under spec v2) and
   ``NEW_FRAMES`` (the lines added for spec v2) hold hand-written requests per category and language.
   A frame contains slots:

   * ``⟦TYPE⟧`` or ``⟦TYPE:variant⟧``: a generated entity value; its span is recorded.
   * ``⟦TYPE=literal⟧``: a hand-written entity value (``⟦PERSON=老王⟧``); its span is recorded.
   * ``⟦~filler⟧``: a generated value that is *not* an entity: order numbers, amounts, and the near
     misses used by the hard negatives (a wrong PRC check digit, a failed Luhn check, ...).

   Frames wrapped in ``C(...)`` carry confidential content (salaries, unreleased figures, layoffs,
   deals, contract terms, diagnoses, trade secrets ...); ``C(..., category=...)`` also moves a
   first-version line to another category.
2. Every structured value is computed so that it is valid (GB 11643 check digit, Luhn, ISO 13616
   mod-97, SSA SSN rules, decodable JWT ...) and it is never used twice in the file.
3. Every rendered line is checked again. Each span is tested with the validators in the
   "validation" section, which are written apart from the generators. The whole text is also
   scanned for values that look like entities but are not labelled (a filler order number that
   happens to pass Luhn, an unlabelled street address or company, a PERSON labelled in another
   line but not in this one ...). ``check_rows`` re-checks the finished file as a whole.
4. ``sensitive`` is derived, never typed: true if the line holds a PRC_ID, BANK_CARD, PASSPORT,
   IBAN, US_SSN, SECRET, PERSON or ADDRESS entity, or its frame is marked ``C(...)``. A line whose
   only entities are EMAIL / PHONE / IP_ADDRESS / ORG is not sensitive.

The first 417 lines keep the texts and ids of the first version (same seed, same random draws);
the new lines follow as dev-0418 onwards. The output is deterministic for a given ``--seed``.
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
SENSITIVE_TYPES = STRONG_TYPES | {"PERSON", "ADDRESS"}
MASKABLE_TYPES = {"EMAIL", "PHONE", "IP_ADDRESS", "ORG"}
NAMED_TYPES = {"PERSON", "ADDRESS", "ORG"}  # no check digit: validated by shape, may repeat across lines
LEGACY_LINES = 417  # dev-0001..dev-0417 come from the first version of the set

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
    """Marks a frame whose content is confidential (sensitive=True); ``category`` re-files a first-version line."""

    category: str | None

    def __new__(cls, text: str, category: str | None = None) -> C:
        obj = super().__new__(cls, text)
        obj.category = category
        return obj


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
    if kind == "npm":
        return "npm_" + alnum(36)
    if kind == "google":
        return "AIza" + alnum(35, string.ascii_letters + string.digits + "_-")
    if kind == "hex32":
        return alnum(32, "0123456789abcdef")
    if kind == "django":
        return "django-insecure-" + alnum(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")
    if kind == "sshkey":
        body = base64.b64encode(b"openssh-key-v1\0\0\0\0\x04none" + bytes(rng.randrange(256) for _ in range(180)))
        lines = [body[i:i + 70].decode() for i in range(0, len(body), 70)]
        return "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----", *lines, "-----END OPENSSH PRIVATE KEY-----"])
    raise ValueError(f"unknown SECRET variant {variant}")


# Names, organisations and addresses. The first-version lines draw names and companies exactly as their
# "~name" / "~company" fillers did (so their texts do not change); new lines draw from wider pools.
NEW_LINES = False  # set while the spec-v2 lines are rendered
SURNAMES_ZH_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "慕容", "东方"]
GIVEN_ZH_NEW = "伟芳娜敏静丽强磊洋勇艳杰娟涛明超秀霞平刚华玉萍红玲燕彬鹏辉宇浩凯婷雪琳晨欣怡涵轩泽远诚豪颖慧倩博文" \
               "梓思嘉俊晓立国建志春秋亮宁悦琪瑶琦彤昊睿然安晴蕾薇雅楠哲航"
# Surname + given name pairs that also read as a word or a brand (王子 "prince", 潘婷 Pantene): never drawn.
AMBIGUOUS_ZH_NAMES = {"高明", "高亮", "高超", "白雪", "金刚", "林立", "金华", "潘婷", "江涛", "马丽", "夏天", "方明"}
ZH_TITLES = ["经理", "总", "老师", "主任", "工", "律师", "医生"]
NICKNAME_SURNAMES = "王李张刘陈杨赵吴周徐孙朱胡郭林何罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋"
FIRST_EN_NEW = ["priya", "arjun", "amara", "kwame", "diego", "lucia", "mateo", "fatima", "omar", "yuki", "hiroshi",
                "ingrid", "sven", "aisha", "tomasz", "elena", "carlos", "siobhan", "niamh", "rahul", "leila", "bruno"]
LAST_EN_NEW = ["patel", "okafor", "nguyen", "garcia", "fernandez", "kowalski", "andersson", "haddad", "mensah",
               "tanaka", "sato", "ramirez", "lindqvist", "brennan", "chowdhury", "novotny", "castillo", "mwangi"]
SEEN_NEW_NAMES: set[str] = set()


def _new_person(variant: str) -> str:
    if variant == "zh":
        surname = rng.choice(SURNAMES_ZH_COMPOUND) if rng.random() < 0.08 else rng.choice(SURNAMES_ZH)
        return surname + "".join(rng.choice(GIVEN_ZH_NEW) for _ in range(rng.choice([1, 2, 2, 2])))
    if variant == "zh_title":  # 老/小 + surname only with surnames that do not also make a word (小白) or a nickname
        return rng.choice([f"{rng.choice(SURNAMES_ZH)}{rng.choice(ZH_TITLES)}", f"老{rng.choice(NICKNAME_SURNAMES)}",
                           f"小{rng.choice(NICKNAME_SURNAMES)}"])
    if variant == "en":
        return f"{rng.choice(FIRST_EN + FIRST_EN_NEW).title()} {rng.choice(LAST_EN + LAST_EN_NEW).title()}"
    if variant == "py":
        return _name_py()
    raise ValueError(f"unknown PERSON variant {variant}")


def gen_person(variant: str | None) -> str:
    variant = variant or "zh"
    if not NEW_LINES:
        return FILLERS[{"zh": "name", "en": "name_en", "py": "name_py"}[variant]](None)
    while True:  # new lines: no private name twice, and never a public figure or a placeholder name
        value = _new_person(variant)
        if value not in SEEN_NEW_NAMES and value not in NOT_PERSON and value not in AMBIGUOUS_ZH_NAMES:
            SEEN_NEW_NAMES.add(value)
            return value


ORG_ZH_NEW = ["远景光电有限公司", "嘉禾餐饮管理有限公司", "宏达精密机械有限公司", "青松物业服务有限公司",
              "启明教育科技有限公司", "华康医疗器械有限公司", "汇通融资租赁有限公司", "东岳化工集团",
              "蓝海跨境电商有限公司", "安和人寿保险股份有限公司", "新桥半导体有限公司", "众诚会计师事务所",
              "明德律师事务所", "天衡建设集团有限公司", "锦程人力资源有限公司"]
HOSPITALS_ZH = ["嘉和综合医院", "仁安妇产医院", "博爱骨科医院", "瑞康中西医结合医院"]  # wards with surgery
ORG_EN_NEW = ["Harborview Medical Group", "Lindqvist & Partners LLP", "Redwood Semiconductor Inc.",
              "Crestline Capital LLC", "Meridian Health Partners", "Silverline Software Ltd", "Quarry Hill Foods Inc.",
              "Falkenberg Logistik GmbH", "Northgate Insurance plc", "Saltmarsh Biotech Ltd", "Copperleaf Retail Group",
              "Aldergrove Analytics Inc."]


def gen_org(variant: str | None) -> str:
    variant = variant or "zh"
    if not NEW_LINES:
        return FILLERS[{"zh": "company", "en": "company_en"}[variant]](None)
    pool = {"zh": COMPANIES_ZH + ORG_ZH_NEW, "en": COMPANIES_EN + ORG_EN_NEW, "hosp": HOSPITALS_ZH}[variant]
    return rng.choice(pool)


ZH_PLACES = [
    ("北京市", "海淀区", ["中关村大街", "学院路", "知春路", "北四环西路", "万泉河路"]),
    ("北京市", "朝阳区", ["建国路", "望京街", "酒仙桥路", "朝阳北路"]),
    ("上海市", "浦东新区", ["张江路", "世纪大道", "碧波路", "锦绣路"]),
    ("上海市", "徐汇区", ["漕溪北路", "虹桥路", "天钥桥路"]),
    ("广东省深圳市", "南山区", ["科技南十二路", "高新南七道", "沙河西路"]),
    ("广州市", "天河区", ["天河北路", "体育西路", "华夏路"]),
    ("浙江省杭州市", "西湖区", ["文三路", "教工路", "古墩路"]),
    ("南京市", "鼓楼区", ["中山北路", "汉中路", "北京西路"]),
    ("四川省成都市", "武侯区", ["天府大道北段", "人民南路四段", "科华北路"]),
    ("武汉市", "洪山区", ["珞喻路", "雄楚大道", "光谷大道"]),
    ("陕西省西安市", "雁塔区", ["科技路", "小寨东路", "太白南路"]),
    ("天津市", "南开区", ["鞍山西道", "红旗南路"]),
]
ZH_ESTATES = ["阳光花园", "锦绣家园", "翠湖苑", "金地名京", "万科城", "碧桂园", "紫荆公寓", "丽景湾"]
ZH_TOWERS = ["汇智大厦", "创新大厦", "国贸中心", "科技园A座", "环球中心B座"]
ZH_RURAL = [("河南省周口市", "淮阳区", "白楼镇", "李庄村"), ("河北省保定市", "涿州市", "松林店镇", "东西两村"),
            ("山东省临沂市", "沂水县", "许家湖镇", "后坡村"), ("湖南省邵阳市", "隆回县", "桃洪镇", "东方村")]
US_STREETS = ["Maple", "Oak", "Cedar", "Willow", "Lakeview", "Hillcrest", "Park", "Washington", "Sunset", "Riverside",
              "Highland", "Birch"]
US_SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Drive", "Lane", "Blvd", "Pkwy", "Court"]
US_CITIES = [("Austin", "TX", "787"), ("Seattle", "WA", "981"), ("Denver", "CO", "802"), ("Columbus", "OH", "432"),
             ("Portland", "OR", "972"), ("Raleigh", "NC", "276"), ("San Jose", "CA", "951"), ("Brooklyn", "NY", "112"),
             ("Cambridge", "MA", "021"), ("Madison", "WI", "537")]
UK_STREETS = ["Elm", "Victoria", "Albert", "Queens", "Mill", "Station", "Church", "Orchard"]
UK_TYPES = ["Road", "Street", "Grove", "Lane", "Terrace", "Gardens"]
UK_CITIES = [("London", "SW19"), ("London", "N7"), ("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS8"),
             ("Edinburgh", "EH9")]
DE_STREETS = ["Linden", "Goethe", "Schiller", "Bahnhof", "Berg", "Garten", "Kirch"]
DE_CITIES = [("Berlin", "10"), ("München", "80"), ("Hamburg", "20"), ("Köln", "50"), ("Frankfurt am Main", "60"),
             ("Stuttgart", "70")]


def gen_address(variant: str | None) -> str:
    variant = variant or "zh"
    if variant == "zh":
        city, district, roads = rng.choice(ZH_PLACES)
        base = f"{city}{district}{rng.choice(roads)}{rng.randint(1, 999)}号"
        return base + rng.choice([
            "", f"{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}",
            f"{rng.randint(1, 20)}栋{rng.randint(1, 33)}0{rng.randint(1, 6)}室",
            f"{rng.choice(ZH_ESTATES)}{rng.randint(1, 40)}号楼{rng.randint(1, 26)}0{rng.randint(1, 4)}室",
            f"{rng.choice(ZH_TOWERS)}{rng.randint(2, 40)}楼",
        ])
    if variant == "zh_rural":
        prov, county, town, village = rng.choice(ZH_RURAL)
        return f"{prov}{county}{town}{village}{rng.randint(1, 9)}组{rng.randint(1, 60)}号"
    if variant == "us":
        city, state, zip3 = rng.choice(US_CITIES)
        apt = rng.choice(["", "", f", Apt {rng.randint(1, 12)}{rng.choice('ABCD')}", f" #{rng.randint(2, 40)}"])
        return (f"{rng.randint(12, 9899)} {rng.choice(US_STREETS)} {rng.choice(US_SUFFIXES)}{apt}, {city}, {state} "
                f"{zip3}{rng.randint(1, 99):02d}")
    if variant == "uk":
        city, area = rng.choice(UK_CITIES)
        street = f"{rng.randint(2, 140)} {rng.choice(UK_STREETS)} {rng.choice(UK_TYPES)}"
        flat = rng.choice(["", f"Flat {rng.randint(1, 9)}, "])
        return f"{flat}{street}, {city} {area} {rng.randint(1, 9)}{alnum(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if variant == "de":
        city, plz = rng.choice(DE_CITIES)
        return f"{rng.choice(DE_STREETS)}straße {rng.randint(1, 120)}, {plz}{rng.randint(100, 999)} {city}"
    raise ValueError(f"unknown ADDRESS variant {variant}")


ENTITY_GENERATORS = {
    "PRC_ID": gen_prc_id, "PHONE": gen_phone, "EMAIL": gen_email, "BANK_CARD": gen_bank_card,
    "IP_ADDRESS": gen_ip, "PASSPORT": gen_passport, "IBAN": gen_iban, "US_SSN": gen_ssn, "SECRET": gen_secret,
    "PERSON": gen_person, "ORG": gen_org, "ADDRESS": gen_address,
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
    r"^(<.*>|\$\{.*\}|\*+|x+|your[_-].*|change[_-]?me|os\.environ.*|password|secret|null|none|(?-i:.*EXAMPLE.*))$",
    re.I)
# Published documentation values that look like credentials: the jwt.io sample token.
PUBLIC_EXAMPLE_SECRETS = {
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIy"
    "fQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
}
PLACEHOLDER_PHONES = {"13800000000"}
# "password=", "DB_PASSWORD: ", "aws_secret_access_key = ", "密码是", "初始密码", "授权码：" right before the value
SECRET_ASSIGNMENT_RE = re.compile(
    r"(password|passwd|pwd|pass|secret[_a-z]*|token|api[_-]?key|密码|口令|授权码)[\"']?\s*(=|:|：|是|为)?\s*[\"']?$",
    re.I)
# shell forms: "curl -u deploy:VALUE", "mysql -uroot -pVALUE", "--requirepass VALUE", "... pass ... is VALUE"
SECRET_CONTEXT_RE = re.compile(r"(\s-u\s*[\w.@-]+:|\s-p|--requirepass\s|\bpass(word)?\b[^\n]{0,25}\bis\s)$", re.I)

# Names that are never PERSON entities: public figures, fictional characters, textbook placeholders.
PUBLIC_FIGURES = {
    "马云", "李白", "任正非", "雷军", "苏轼", "钟南山", "袁隆平", "董明珠", "姚明", "鲁迅", "张一鸣", "谷爱凌",
    "刘德华",
    "马化腾", "诸葛亮", "孔子", "王羲之", "曾国藩", "比尔·盖茨", "马斯克", "Elon Musk", "Barack Obama", "Marie Curie",
    "Warren Buffett", "Charlie Munger", "Satya Nadella", "Steve Jobs", "Abraham Lincoln", "Serena Williams",
    "Taylor Swift", "Sam Altman", "Albert Einstein", "Jensen Huang", "Jeff Bezos", "Lisa Su", "Jack Ma",
    "Angela Merkel", "Lionel Messi", "Greta Thunberg", "Fei-Fei Li", "Adam Smith",
}
FICTIONAL = {
    "孙悟空", "猪八戒", "林黛玉", "唐僧", "贾宝玉", "薛宝钗", "郭靖", "黄蓉", "王熙凤", "韦小宝", "哈利·波特", "伏地魔",
    "Harry Potter", "Sherlock Holmes", "Frodo", "Darth Vader", "Winnie the Pooh", "Hamlet", "Gandalf",
}
PLACEHOLDER_NAMES = {"张三", "李四", "王五", "某某", "小明", "小红", "Alice", "Bob", "Carol", "John Doe", "Jane Doe",
                     "John Smith", "jdoe"}
NOT_PERSON = PUBLIC_FIGURES | FICTIONAL | PLACEHOLDER_NAMES
# Well-known organisations written without a legal suffix; they are ORG like any other named organisation.
KNOWN_ORGS = {"华润置地", "腾讯", "阿里巴巴", "华为", "字节跳动", "贵州茅台", "比亚迪", "宁德时代", "推特", "招商银行",
              "Apple", "Microsoft", "Tesla", "NVIDIA", "AMD", "Amazon", "Google"}
ORG_SUFFIX_ZH = re.compile(r"(有限公司|集团|事务所|医院|银行|分行|支行|中心|大学|学院|研究院|科技|置地|证券|保险)$")
ORG_SUFFIX_EN = re.compile(r"\b(Ltd|GmbH|AG|B\.V\.|Inc\.|LLC|LLP|plc|Group|Partners|Labs|Bank|Hospital|University)$")
# Sample/placeholder organisations and addresses used as format examples are not entities.
PLACEHOLDER_ORG_RE = re.compile(r"(某某|XX|ＸＸ)(有限)?公司|Acme Corp")
PLACEHOLDER_ADDRESS_RE = re.compile(
    r"123 Main St(reet)?(, Anytown, CA 90210)?|Anytown|(某某|XX)([\u4e00-\u9fff]|XX|\d)*?号")
ZH_SURNAME_RE = "(?:" + "|".join(SURNAMES_ZH_COMPOUND) + "|[" + SURNAMES_ZH + "])"


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
    if PLACEHOLDER_SECRET.match(value) or value in PUBLIC_EXAMPLE_SECRETS:
        return False
    formats = [r"sk-[A-Za-z0-9]{40,}", r"sk-proj-[A-Za-z0-9_-]{40,}", r"AKIA[A-Z2-7]{16}", r"ghp_[A-Za-z0-9]{36}",
               r"glpat-[A-Za-z0-9_-]{20}", r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", r"sk_live_[A-Za-z0-9]{24,}",
               r"npm_[A-Za-z0-9]{36}", r"AIza[0-9A-Za-z_-]{35}"]
    if any(re.fullmatch(f, value) for f in formats):
        return True
    key = re.fullmatch(r"-----BEGIN OPENSSH PRIVATE KEY-----\n([A-Za-z0-9+/=\n]+)\n-----END OPENSSH PRIVATE KEY-----",
                       value)
    if key:
        return base64.b64decode(key.group(1).replace("\n", "")).startswith(b"openssh-key-v1\0")
    if value.startswith("eyJ"):
        return jwt_ok(value)
    if "://" in value:
        url = urlsplit(value)
        return bool(url.password) and not PLACEHOLDER_SECRET.match(url.password) and bool(url.hostname)
    # a credential assignment: the value right after password= / 密码是 / aws_secret_access_key = ...
    before = text[max(0, start - 40):start]
    return ((bool(SECRET_ASSIGNMENT_RE.search(before)) or bool(SECRET_CONTEXT_RE.search(before)))
            and len(value) >= 8 and not re.search(r"\s", value))


def person_ok(value: str) -> bool:
    """A private person's name: Chinese full name or surname + title (王经理, 老王), or a Latin-script name."""
    if value in NOT_PERSON:
        return False
    zh = rf"(?:{ZH_SURNAME_RE}[\u4e00-\u9fff]{{1,2}}|{ZH_SURNAME_RE}(?:{'|'.join(ZH_TITLES)})|[老小]{ZH_SURNAME_RE})"
    latin = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}|[A-Z]{2,} [A-Z][a-z]+|[A-Z][a-z]+ [A-Z]{2,}"
    return bool(re.fullmatch(zh, value) or re.fullmatch(latin, value))


def org_ok(value: str) -> bool:
    if value in KNOWN_ORGS:
        return True
    if PLACEHOLDER_ORG_RE.search(value):
        return False
    if re.search(r"[\u4e00-\u9fff]", value):
        return bool(ORG_SUFFIX_ZH.search(value)) and 4 <= len(value) <= 16
    return bool(ORG_SUFFIX_EN.search(value)) and bool(re.fullmatch(r"[A-Z][A-Za-z&.' -]+", value))


def address_ok(value: str) -> bool:
    """Street-level: Chinese road/village + house number, or a Western street line with a postcode."""
    if PLACEHOLDER_ADDRESS_RE.search(value):
        return False
    if re.match(r"[\u4e00-\u9fff]", value):
        return bool(re.search(r"(路|街|大道|道|巷|弄|村)", value) and re.search(r"\d+(号|组)", value)
                    and re.match(r"[\u4e00-\u9fff]{2,}(省|市)", value))
    street = r"\b(St|Street|Ave|Avenue|Rd|Road|Drive|Lane|Blvd|Pkwy|Court|Grove|Terrace|Gardens)\b|straße \d"
    postcode = r"(\b[A-Z]{2} \d{5}|\b[A-Z]{1,2}\d{1,2} \d[A-Z]{2}|, \d{5} [A-ZÄÖÜ][a-zäöü]+.*)$"
    return bool(re.search(r"\d", value) and re.search(street, value) and re.search(postcode, value))


def value_ok(ent_type: str, value: str, text: str, start: int) -> bool:
    return {
        "PRC_ID": lambda: prc_ok(value), "BANK_CARD": lambda: card_ok(value), "PHONE": lambda: phone_ok(value),
        "EMAIL": lambda: email_ok(value), "IP_ADDRESS": lambda: ip_ok(value),
        "PASSPORT": lambda: passport_ok(value, text, start), "IBAN": lambda: iban_ok(value),
        "US_SSN": lambda: ssn_ok(value), "SECRET": lambda: secret_ok(value, text, start),
        "PERSON": lambda: person_ok(value), "ORG": lambda: org_ok(value), "ADDRESS": lambda: address_ok(value),
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
        flag("PHONE", m, m.group(0) not in PLACEHOLDER_PHONES)
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
    for m in re.finditer(r"(sk-|sk_live_|AKIA|ghp_|glpat-|xox[abp]-|eyJ|npm_|AIza)[A-Za-z0-9_.-]{16,}", t):
        flag("SECRET", m, not PLACEHOLDER_SECRET.match(m.group(0)) and m.group(0) not in PUBLIC_EXAMPLE_SECRETS)
    for m in re.finditer(r"[a-z+]+://[^\s:/@]*:([^\s@/]+)@[A-Za-z0-9.-]+", t):
        flag("SECRET_URL", m, not PLACEHOLDER_SECRET.match(m.group(1)))
    for m in re.finditer(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", t):
        flag("PRIVATE_KEY", m, True)
    # named entities: a street address, a company with a legal suffix, a surname + title (王经理)
    placeholders = [(p.start(), p.end()) for p in PLACEHOLDER_ADDRESS_RE.finditer(t)]
    placeholders += [(p.start(), p.end()) for p in PLACEHOLDER_ORG_RE.finditer(t)]
    in_placeholder = lambda m: any(a <= m.start() < b for a, b in placeholders)  # noqa: E731
    for m in re.finditer(r"(路|街|大道|村)\d+(号|组)", t):
        flag("ADDRESS", m, not in_placeholder(m))
    for m in re.finditer(r"\b\d{1,5} [A-Z][a-z]+ (St|Street|Ave|Avenue|Rd|Road|Drive|Lane|Blvd|Pkwy|Court|Grove)\b"
                         r"|[A-Z][a-z]+straße \d+", t):
        flag("ADDRESS", m, not in_placeholder(m))
    for m in re.finditer(r"有限公司|事务所|\b(Ltd|GmbH|LLC|LLP|plc|Inc\.)(?![A-Za-z])", t):
        flag("ORG", m, not in_placeholder(m))
    for m in re.finditer(rf"{ZH_SURNAME_RE}(经理|总监|老师|主任|律师|医生)", t):  # a labelled name + 老师 is fine
        flag("PERSON", m, not any(a <= m.start() < b for a, b in spans))
    return found


# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------

SLOT = re.compile(r"⟦(~?[A-Za-z_0-9]+)(?::([a-z0-9_,]+)|=([^⟧]+))?⟧")
SEEN_VALUES: Counter[str] = Counter()


def norm_value(value: str) -> str:
    return re.sub(r"[\s\-()]", "", halfwidth(value)).upper()


def render(frame: str) -> tuple[str, list[dict]]:
    out, entities, pos, length = [], [], 0, 0
    for m in SLOT.finditer(frame):
        literal = frame[pos:m.start()]
        out.append(literal)
        length += len(literal)
        name, variant, literal_value = m.group(1), m.group(2), m.group(3)
        if name.startswith("~"):
            value = FILLERS[name[1:]](variant)
        elif literal_value is not None:
            value = literal_value
        elif name in NAMED_TYPES:
            value = ENTITY_GENERATORS[name](variant)
        else:
            while True:  # every structured entity value is unique in the whole file
                value = ENTITY_GENERATORS[name](variant)
                if not SEEN_VALUES[norm_value(value)]:
                    break
        if not name.startswith("~"):
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
        "帮我核对一下新员工⟦PERSON:zh⟧的身份证号⟦PRC_ID⟧，入职系统提示校验不通过，是不是录错了？",
        "客户⟦PERSON:zh⟧来电说实名认证失败，他报的证件号是⟦PRC_ID⟧，麻烦帮我写一段回复话术。",
        "请把下面这段话改得正式一点：兹证明⟦PERSON:zh⟧（身份证号：⟦PRC_ID⟧）系我公司正式员工，特此证明。",
        "根据身份证⟦PRC_ID⟧算一下这个人今年多大，是否满足退休返聘的年龄要求。",
        "整理成表格：\n姓名,身份证号,部门\n⟦PERSON:zh⟧,⟦PRC_ID⟧,财务部\n⟦PERSON:zh⟧,⟦PRC_ID⟧,市场部\n⟦PERSON:zh⟧,⟦PRC_ID⟧,法务部",
        "⟦PRC_ID⟧ 这个号码对应的是哪个省份的？",
        "租房合同乙方信息：⟦PERSON:zh⟧，身份证⟦PRC_ID:fw⟧，帮我把合同首页补充完整。",
        "社保增员名单里有个身份证号⟦PRC_ID⟧重复录入了两次，怎么在Excel里快速去重？",
        "请帮我起草一封邮件给人事，说明⟦PERSON:zh⟧的身份证号应更正为⟦PRC_ID⟧，原号码最后一位录错了。",
        "酒店入住登记：⟦PERSON:zh⟧ ⟦PRC_ID⟧；⟦PERSON:zh⟧ ⟦PRC_ID⟧。帮我生成入住确认单。",
        "我的身份证号是⟦PRC_ID:x⟧，最后一位是字母，填表时需要大写吗？",
        "出差订票用的证件号⟦PRC_ID⟧，帮我检查下格式对不对",
        "公积金提取申请被退回，理由是证件号码与姓名不匹配。申请人⟦PERSON:zh⟧，证件号码⟦PRC_ID⟧，请帮我写一份情况说明。",
        "核验结果：⟦PRC_ID⟧——一致；⟦PRC_ID⟧——不一致。请把不一致的那条标红后发给我。",
        "投保人身份证号码:⟦PRC_ID⟧,被保险人为其子女,请帮我填写投保单备注栏。",
        "快递员说要核对收件人身份证后四位，我的完整证件号是⟦PRC_ID:fw⟧，该告诉他哪四位？",
        "门禁系统登记访客⟦PERSON:zh⟧，证件号⟦PRC_ID⟧，来访事由：设备验收。帮我生成访客单。",
    ],
    "en": [
        "Can you check whether ⟦PRC_ID⟧ is a valid Chinese ID number? Our onboarding form keeps rejecting it.",
        "Please draft the visa invitation letter for ⟦PERSON:py⟧, Chinese resident ID ⟦PRC_ID⟧, who will visit our "
        "Munich office next month.",
        "The vendor's legal representative is ⟦PERSON:py⟧ (resident ID ⟦PRC_ID⟧). Summarize which KYC documents we "
        "still need from them.",
        "ID: ⟦PRC_ID⟧ — which province and birth year does this correspond to?",
        "Update the contractor record: national ID ⟦PRC_ID⟧, start date next Monday, cost center 4410.",
        'Fix this JSON so it parses:\n{"name": "⟦PERSON:py⟧", "id_no": "⟦PRC_ID⟧", "dept": "R&D",}',
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
        "帮我给财务写个说明：报销款请打到我的卡⟦BANK_CARD:up⟧，开户行是⟦ORG=招商银行深圳分行⟧。",
        "客户反馈信用卡⟦BANK_CARD:grouped⟧被重复扣款⟦~amount⟧，请帮我拟一份致歉回复。",
        "这张卡⟦BANK_CARD⟧是借记卡还是信用卡？能从卡号看出来吗？",
        "供应商收款账户变更：户名⟦ORG:zh⟧，账号⟦BANK_CARD:up19⟧，请帮我写变更确认函。",
        "退款请原路退回，客户确认的卡号是⟦BANK_CARD⟧。帮我转成给客服的工单描述。",
        "银行卡号⟦BANK_CARD:fw⟧，帮我看看是哪个银行的",
        "我刚才在群里误发了卡号⟦BANK_CARD:grouped⟧，需要挂失吗？",
        "员工⟦PERSON:zh⟧的报销卡号由⟦BANK_CARD:up⟧改为⟦BANK_CARD:up⟧，请生成一条变更记录。",
        "对账发现有一笔⟦~amount⟧的款项从卡号⟦BANK_CARD⟧转出，但流水里没有对应的订单，应该怎么排查？",
        "请把这段话翻译成英文：请将押金退还至持卡人⟦PERSON:zh⟧名下卡号为⟦BANK_CARD:up⟧的银行卡。",
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
        "CSV row from the payment export: ⟦~date⟧,⟦PERSON:en⟧,⟦BANK_CARD:mc⟧,⟦~usd⟧,SETTLED — what does each column "
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
        "帮我给客户⟦PERSON:zh⟧发条短信提醒，手机号⟦PHONE⟧，内容是明天上午十点的设备巡检照常进行。",
        "请回电⟦PHONE:land⟧找采购部⟦PERSON:zh⟧，帮我把这句话写进会议纪要。",
        "把这个号码⟦PHONE:dash⟧存成通讯录vCard格式",
        "我手机号换了，新号⟦PHONE⟧，帮我写个群公告通知大家。",
        "快递一直打⟦PHONE:space⟧没人接，帮我写条留言给收件人。",
        "总部前台电话是⟦PHONE:land⟧，深圳办事处是⟦PHONE:sz⟧，帮我做成一个表格。",
        "客户⟦PERSON:zh⟧（⟦PHONE:cc⟧）投诉物流太慢，帮我拟一个安抚话术。",
        "联系方式：⟦PHONE:fw⟧（微信同号）——这段用于活动海报，帮我润色一下文案。",
        "⟦PHONE⟧是哪里的号段？",
        "会议室预订有问题请拨打⟦PHONE:land⟧转⟦~ext⟧",
        "帮我写一封邀请函，嘉宾联系人⟦PERSON:zh⟧，电话⟦PHONE⟧，活动时间⟦~date⟧下午两点。",
        "售后工单：用户手机⟦PHONE⟧反馈空调不制冷，请帮我归类到对应的故障类型。",
        "面试通知短信：⟦PERSON:zh⟧您好，请于⟦~date⟧到公司参加复试，如有疑问请联系⟦PHONE:land⟧。帮我改得更简洁。",
        C("请把这份薪资调整说明用短信发给⟦PERSON:zh⟧（⟦PHONE⟧），提醒她不要转发。"),
        C("打电话给⟦PHONE⟧的⟦PERSON=王经理⟧，告诉他下季度未公开的报价单已经发到他邮箱了，帮我写个通话提纲。"),
        "司机电话⟦PHONE:mobile⟧，车牌粤B·7K2M9，明早八点在园区东门接人，帮我转成行程提醒。",
    ],
    "en": [
        "Call back ⟦PERSON:en⟧ at ⟦PHONE:uk⟧ about the delayed shipment — draft talking points for me.",
        "Can you format these numbers consistently: ⟦PHONE:us⟧, ⟦PHONE:intl⟧, ⟦PHONE⟧",
        "Write a voicemail script for our support line; callers should be told to reach the on-call engineer at "
        "⟦PHONE:us⟧.",
        "Our Beijing office number is ⟦PHONE:bj⟧. Add it to the email signature below:\n⟦PERSON:en⟧ | Regional Sales "
        "Manager",
        "The customer left a message asking us to call ⟦PHONE:cc⟧ before 5pm. Summarize for the ticket.",
        "Is ⟦PHONE:intl⟧ a landline or a mobile?",
        "Text ⟦PHONE⟧ saying the delivery window moved to Thursday.",
        "Please add ⟦PERSON:en⟧, ⟦PHONE:us⟧, to the vendor contact sheet under 'Logistics'.",
        "phone: ⟦PHONE:dash⟧",
        C("Call ⟦PERSON:en⟧ at ⟦PHONE:intl⟧ and walk her through the unreleased pricing before the launch — prep me a "
          "short call plan."),
    ],
    "mixed": [
        "帮我写个正则匹配手机号，能匹配这种写法吗：⟦PHONE:cc⟧ 和 ⟦PHONE:dash⟧",
        "Twilio 发短信失败，to=⟦PHONE:cc_plain⟧，error 21211 是什么意思？",
        "CRM导出的这一行：⟦PERSON:zh⟧ | ⟦PHONE⟧ | VIP | last_contact=⟦~date⟧，帮我把表头翻译成英文",
    ],
}

FRAMES["email"] = {
    "zh": [
        "帮我给⟦EMAIL⟧回一封邮件，婉拒周五的会议，建议改到下周二。",
        "把这份报价单转发给⟦EMAIL:corp⟧，抄送⟦EMAIL:corp⟧，正文写简短一点。",
        "客户说收不到验证码邮件，他的邮箱是⟦EMAIL:personal⟧，可能是什么原因？",
        "离职员工⟦PERSON:zh⟧的邮箱⟦EMAIL:corp⟧需要设置自动回复，帮我写一段。",
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
        "帮我订下周去新加坡的机票，乘机人⟦PERSON:zh⟧，护照号⟦PASSPORT:cn⟧。",
        "签证材料清单里护照号码填的是⟦PASSPORT:cn⟧，帮我检查还缺什么材料。",
        "护照⟦PASSPORT:cn⟧快过期了，续签需要哪些步骤？",
        "外籍专家⟦PERSON:en⟧的护照号为⟦PASSPORT:us⟧，请帮我填写工作许可申请表的个人信息部分。",
        "护照号码：⟦PASSPORT:ca⟧（加拿大籍），帮我写一份来华商务邀请函。",
    ],
    "en": [
        "Please book the hotel for ⟦PERSON:en⟧, passport ⟦PASSPORT:uk⟧, arriving Sunday.",
        "Visa letter: the applicant ⟦PERSON:py⟧ holds PRC passport no. ⟦PASSPORT:cn⟧ and will attend the trade fair "
        "in Hannover.",
        "Our German auditor's passport number is ⟦PASSPORT:de⟧ — fill it into the site access request.",
        "Traveler list: ⟦PERSON:py⟧ ⟦PASSPORT:cn⟧; ⟦PERSON:py⟧ ⟦PASSPORT:cn⟧. Check that both passports are valid for "
        "six months.",
        "Passport ⟦PASSPORT:jp⟧ — guest from Osaka, please add her to the visitor badge list.",
        "The customs form asks for the passport number: ⟦PASSPORT:fr⟧. Translate the rest of the form into Chinese "
        "for my colleague.",
    ],
    "mixed": [
        "机票改签系统报错 passport_no=⟦PASSPORT:cn⟧ invalid，是格式问题吗？",
        "帮我把这句翻译成英文：随行人员⟦PERSON:zh⟧，护照号⟦PASSPORT:cn⟧，需要单独办理 Schengen visa。",
    ],
}

FRAMES["iban"] = {
    "zh": [
        "请帮我核对德国供应商的IBAN：⟦IBAN:de⟧，账户名⟦ORG:en⟧。",
        "IBAN ⟦IBAN:nl,e⟧ 对应的是哪个国家的银行？",
        "酒店押金请退到我的欧元账户⟦IBAN:at⟧，帮我写一封英文邮件。",
        "付款申请单上的收款账号是⟦IBAN:ie⟧，和合同附件里的不一致，帮我写邮件跟对方确认。",
    ],
    "en": [
        "Please check this IBAN before I release the payment: ⟦IBAN:de⟧",
        "Supplier changed bank details to ⟦IBAN:gb⟧ — draft an email asking them to confirm by phone.",
        "SEPA transfer to ⟦IBAN:ch,e⟧ was returned with reason code AC04. What does that mean?",
        "Update vendor master data: ⟦ORG:en⟧, IBAN ⟦IBAN⟧, payment terms net 45.",
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
        "美国子公司员工⟦PERSON:en⟧的SSN是⟦US_SSN⟧，帮我填1099表的收款人部分。",
        "背调公司要候选人的社会安全号，他给的是⟦US_SSN⟧，帮我写授权书。",
        "这条记录里SSN写成了⟦US_SSN:plain⟧，没有横杠，导入系统会报错吗？",
    ],
    "en": [
        "Please update the W-4 for ⟦PERSON:en⟧, SSN ⟦US_SSN⟧.",
        "The background check vendor needs the candidate's SSN: ⟦US_SSN⟧. Draft the authorization email.",
        "The 401(k) rollover form lists SSN ⟦US_SSN:plain⟧ — is that formatted correctly?",
        "Caller verified as ⟦PERSON:en⟧, SSN ⟦US_SSN⟧, DOB ⟦~dob_us⟧. Write the call summary for the ticket.",
        "⟦US_SSN⟧ — is this the right SSN format for the I-9 form?",
        "My accountant needs my dependent's SSN (⟦US_SSN:space⟧) for the tax return; write a short secure-upload "
        "reminder email.",
    ],
    "mixed": [
        "帮我写 SQL，把 employees 表里 ssn = '⟦US_SSN⟧' 的那条记录的 state 改成 CA。",
        "payroll vendor 的 CSV：⟦PERSON:en⟧,⟦US_SSN⟧,W2 —— 这一行为什么导入失败？",
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

FRAMES["confidential_no_identifier"] = {
    "zh": [
        C("以下内容为公司机密：Q3我们计划把华东区的代理商从12家压缩到5家，帮我写一份给管理层的汇报提纲。"),
        C("【绝密】董事会决议草案：拟以每股8.2元收购⟦ORG=星辰科技⟧51%股权。请帮我润色成正式公文。", category="finance"),
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
        C("This is under NDA with ⟦ORG=Orion Labs⟧ — summarize the term sheet: 18-month exclusivity, $2.4M upfront, "
          "6% royalty.", category="legal"),
        C("Do not distribute: draft minutes from today's board meeting on the potential acquisition of a logistics "
          "startup. Clean up the grammar."),
        C("Salary review for my team (strictly private): ⟦PERSON=Anna⟧ 96k → 104k, ⟦PERSON=Raj⟧ 88k → 95k, "
          "⟦PERSON=Tom⟧ stays at 101k. Is this within a 7% budget?", category="hr"),
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
        "请把这条客户信息整理成标准格式：⟦PERSON:zh⟧，身份证⟦PRC_ID⟧，手机⟦PHONE⟧，邮箱⟦EMAIL:personal⟧，"
        "收货地址⟦ADDRESS=上海市浦东新区张江路88号⟧。",
        "出差审批：⟦PERSON:zh⟧，护照⟦PASSPORT:cn⟧，手机⟦PHONE⟧，公务卡⟦BANK_CARD:up⟧，请生成出差申请单。",
        "会议通知发给⟦EMAIL:corp⟧和⟦EMAIL:corp⟧，有问题打⟦PHONE:land⟧。帮我写得礼貌一点。",
        "服务器⟦IP_ADDRESS:priv⟧告警会发到⟦EMAIL:corp⟧，同时短信通知⟦PHONE⟧，帮我写个告警升级流程。",
        C("把这份薪资明细发到⟦EMAIL:corp⟧，并短信通知⟦PHONE⟧已发送。"),
        "客户投诉：本人⟦PERSON:zh⟧，身份证号⟦PRC_ID⟧，银行卡⟦BANK_CARD⟧被盗刷⟦~amount⟧，联系电话⟦PHONE⟧。"
        "请帮我生成工单摘要。",
        "员工信息更新：⟦PERSON:zh⟧ 身份证 ⟦PRC_ID⟧ 报销卡 ⟦BANK_CARD:up19⟧ 紧急联系人电话 ⟦PHONE⟧",
        "保单信息：投保人⟦PERSON:zh⟧，证件号⟦PRC_ID⟧，扣款卡号⟦BANK_CARD⟧，手机⟦PHONE:fw⟧。"
        "帮我写续保提醒短信（不要包含卡号）。",
        "供应商对接人⟦PERSON:zh⟧，电话⟦PHONE:land⟧，邮箱⟦EMAIL:corp⟧，帮我录入供应商通讯录。",
        "请帮我把客户来信整理成工单：\n您好，我是贵行的老客户⟦PERSON:zh⟧，身份证号⟦PRC_ID⟧。"
        "⟦~date⟧我的信用卡⟦BANK_CARD:grouped⟧在境外被连续扣款三笔，"
        "共计⟦~amount⟧，但我本人当时在国内，从未授权过这些交易。我已第一时间致电客服冻结了卡片，"
        "但至今没有收到任何调查进展。"
        "请尽快联系我处理，手机⟦PHONE⟧，邮箱⟦EMAIL:personal⟧。如一周内仍无答复，我将向监管部门投诉。",
    ],
    "en": [
        "name,email,phone,ssn\n⟦PERSON:en⟧,⟦EMAIL⟧,⟦PHONE:us⟧,⟦US_SSN⟧\n⟦PERSON:en⟧,⟦EMAIL⟧,⟦PHONE:us⟧,⟦US_SSN⟧\n"
        "Convert this to a markdown table.",
        "New hire paperwork for ⟦PERSON:en⟧: SSN ⟦US_SSN⟧, corporate card ⟦BANK_CARD:mc⟧, email ⟦EMAIL:corp⟧. Create "
        "the onboarding checklist.",
        "Vendor onboarding: ⟦ORG:en⟧, contact ⟦EMAIL:corp⟧ / ⟦PHONE:intl⟧, IBAN ⟦IBAN⟧. Draft the welcome email.",
        "On-call handover: primary ⟦PERSON:en⟧ (⟦PHONE:us⟧, ⟦EMAIL:corp⟧), backup ⟦PERSON:en⟧ (⟦PHONE:us⟧). Bastion "
        "host is ⟦IP_ADDRESS:priv⟧.",
        "Supplier contact card: ⟦PERSON:en⟧, ⟦EMAIL:corp⟧, ⟦PHONE:uk⟧ — format it as a vCard.",
        "KYC file: ⟦PERSON:py⟧, PRC ID ⟦PRC_ID⟧, passport ⟦PASSPORT:cn⟧, email ⟦EMAIL:personal⟧. List what's missing "
        "for account opening.",
        "customer:\n  name: ⟦PERSON:en⟧\n  ssn: ⟦US_SSN⟧\n  card: ⟦BANK_CARD:visa,plain⟧\n  phone: ⟦PHONE:us⟧\nWhy "
        "does my YAML loader turn the card number into an int?",
        "Two passengers: ⟦PERSON:py⟧ (⟦PASSPORT:cn⟧, ⟦PRC_ID⟧) and ⟦PERSON:py⟧ (⟦PASSPORT:cn⟧, ⟦PRC_ID⟧). Check the "
        "names match the passports.",
        "Payment instruction from ⟦EMAIL:corp⟧: please wire to ⟦IBAN⟧ instead of the old account; call ⟦PHONE:intl⟧ "
        "to confirm. Is this a BEC scam?",
        "Support ticket: user ⟦EMAIL:personal⟧ from ⟦IP_ADDRESS:v6⟧ reports 2FA codes not arriving at ⟦PHONE:cc⟧.",
        "US employee record: ⟦PERSON:en⟧, SSN ⟦US_SSN⟧, home phone ⟦PHONE:us⟧, personal email ⟦EMAIL:personal⟧, "
        "passport ⟦PASSPORT:us⟧. Mask it for the audit sample.",
    ],
    "mixed": [
        '{\n  "customer": "⟦PERSON:zh⟧",\n  "id_card": "⟦PRC_ID⟧",\n  "mobile": "⟦PHONE:mobile⟧",\n  "card_no": '
        '"⟦BANK_CARD:up,plain⟧"\n}\n帮我写个 Java 实体类对应这个 JSON。',
        "2024-06-02T10:14:07Z user=⟦EMAIL:corp⟧ ip=⟦IP_ADDRESS:pub⟧ token=⟦SECRET:jwt⟧ action=export\n"
        "这条审计日志说明了什么？",
        "ssh deploy@⟦IP_ADDRESS:priv⟧ 密码是⟦SECRET:pw⟧，帮我写个 ansible 任务替代手工登录。",
        "INSERT INTO customers VALUES ('⟦PERSON:zh⟧', '⟦PRC_ID⟧', '⟦PHONE:mobile⟧', '⟦EMAIL:personal⟧'); 这条 SQL "
        "为什么报 Data too long？",
        "报销单 OCR 结果：姓名⟦PERSON:zh⟧ / 卡号⟦BANK_CARD:up⟧ / 金额⟦~amount⟧ / email ⟦EMAIL:corp⟧，帮我转成 JSON。",
    ],
}

FRAMES["near_miss_numbers"] = {
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

FRAMES["placeholders_in_code"] = {
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

NEW_FRAMES: dict[str, dict[str, list[str]]] = {}

# Lines added for labelling spec v2 (dev-0418 onwards): each frame is used exactly once.

NEW_FRAMES["hr"] = {
    "zh": [
        "下属⟦PERSON:zh⟧这个季度绩效打了C，帮我写一段绩效面谈的开场白，语气委婉一点。",
        C("⟦PERSON=老王⟧下个月要被优化了，先别声张，帮我想想交接清单怎么列。"),
        "⟦PERSON:zh⟧的试用期不打算给她转正了，帮我写一封不予录用的通知，理由写“岗位要求不匹配”。",
        "帮我算一下：⟦PERSON:zh⟧月薪从18500调到21000，涨幅是多少？会不会超过部门10%的调薪预算上限？",
        C("候选人⟦PERSON:zh⟧期望年薪45万，我们最多给到40万加2万签字费，帮我写一段谈薪话术。"),
        "⟦PERSON:zh⟧最近连续三次迟到，还在工作群里跟主管吵架，帮我写一份书面警告。",
        "请帮我给⟦PERSON:zh⟧写一封晋升通知：自下月起任华东区销售总监，职级M3。",
        C("下周一要和研发部两个人谈解除劳动合同，赔偿按N+1，名单还没定，帮我准备谈话提纲。"),
        C("今年年终奖的池子只有去年的六成，怎么跟团队解释比较好？"),
        "⟦PERSON:zh⟧提了离职，说是拿到了⟦ORG:zh⟧的offer，月薪多了5k，帮我写一份挽留方案。",
        "把这几个人的绩效结果整理成表格：⟦PERSON:zh⟧ A，⟦PERSON:zh⟧ B+，⟦PERSON:zh⟧ C，⟦PERSON:zh⟧ B。",
        C("我们部门明年要砍掉三分之一的外包人员，HR还没公布，帮我先算一下能省多少成本：目前外包36人，"
          "人均每月1.4万。"),
        "入职背调反馈：⟦PERSON:zh⟧在上一家公司因为报销造假被辞退，我们还要不要发offer？",
        "Excel里怎么用公式根据基本工资、绩效系数和出勤天数算实发工资？给个示例公式就行。",
        "2024年深圳的最低工资标准是多少？",
        "帮我写一份“高级Java工程师”的招聘JD，要求五年以上经验。",
        "试用期员工可以不交社保吗？",
        "绩效面谈一般分哪几个步骤？给我一个通用模板。",
        "假设月薪20000元，五险一金按上海标准扣，个税大概是多少？帮我列一下计算过程。",
        "帮我设计一个员工满意度调查问卷，10道题以内。",
    ],
    "en": [
        "I need to put ⟦PERSON:en⟧ on a performance improvement plan — she missed every sprint goal this quarter. "
        "Draft the PIP document.",
        "⟦PERSON:en⟧ asked for a raise from $118k to $135k. Our band tops out at $130k. Help me write a reply "
        "that offers $126k plus extra PTO.",
        C("We're letting go of four people in customer success on the 28th; nobody knows yet. Draft the script "
          "managers will read in the one-on-ones."),
        "Reference check notes: ⟦PERSON:en⟧ was described as 'difficult to manage' and left her last job after a "
        "harassment complaint. Should we still hire her?",
        "Write the termination letter for ⟦PERSON:en⟧, effective Friday, citing repeated unexcused absences.",
        "Rank my team for the calibration meeting: ⟦PERSON:en⟧ exceeds, ⟦PERSON:en⟧ meets, ⟦PERSON:en⟧ below. "
        "Write one line of justification each.",
        C("The new grad offers this cycle are $92k base with a $10k sign-on — the recruiters don't know the cap "
          "is $98k. Rewrite the offer template."),
        "⟦PERSON:py⟧ is on medical leave until March; how should I redistribute her accounts without telling the "
        "clients why?",
        "Draft a congratulatory note to ⟦PERSON:en⟧ on being promoted to Staff Engineer (L6) with a 12% raise.",
        C("Headcount for next year is frozen except for two backfills in finance. Don't share this with the team "
          "yet — help me plan how to announce it in January."),
        "In Excel, how do I calculate overtime pay at 1.5x for hours over 40 in a week? Just the formula, no real "
        "data.",
        "What's the median salary for a data scientist in London according to public surveys?",
        "Write a generic job description for a Customer Success Manager.",
        "What should a fair performance improvement plan include?",
        "Give me five open-ended questions for an exit interview.",
        "How does the 9-box grid work for talent reviews?",
    ],
    "mixed": [
        "⟦PERSON:zh⟧ 的 performance review 写得太笼统了，帮我改成 STAR 格式：她今年主导了 CRM 迁移，但是 deadline "
        "延误了两次。",
        "帮我用英文写一封 offer letter 给 ⟦PERSON:py⟧：base 38万，年终奖 3 个月，入职日期 ⟦~date⟧。",
        C("内部消息：Q3 要做 RIF（reduction in force），涉及整个上海 QA 团队，先帮我写一版 FAQ。"),
        "Excel 里 IF 嵌套算绩效奖金，系数 A=1.5, B=1.0, C=0.5，公式怎么写？",
        "HR 系统导出：\n姓名,职级,月薪,绩效\n⟦PERSON:zh⟧,P6,26500,B+\n⟦PERSON:zh⟧,P5,19800,A\n⟦PERSON:zh⟧,P7,"
        "34000,C\n帮我按绩效系数算每人的年终奖。",
        "OKR 和 KPI 的区别是什么？用中文解释，关键术语保留英文。",
        "⟦PERSON:zh⟧ 怀孕了，但是 headcount 要砍，我能不能把她列进裁员名单？",
        "帮我写个 Python 脚本，按部门统计 employees.csv 里的平均工资，列名是 dept 和 salary。",
        C("下面是 compensation review 的结果（只给你看）：研发平均调薪 6.5%，销售 3%，行政 0。帮我写给 CEO "
          "的摘要。"),
    ],
}

NEW_FRAMES["medical"] = {
    "zh": [
        "同事⟦PERSON:zh⟧上个月查出乳腺癌，正在化疗，帮我写一封部门慰问信，不要提病情。",
        "患者⟦PERSON:zh⟧，男，56岁，2型糖尿病史10年，空腹血糖11.2mmol/L，帮我写一份出院小结。",
        C("我爸上周确诊了阿尔茨海默病早期，医生开了多奈哌齐，想问问平时在家要注意什么。"),
        C("我去年查出乙肝小三阳，入职体检会被查出来吗？公司会不会知道？"),
        "体检报告：⟦PERSON:zh⟧，谷丙转氨酶 89 U/L，甘油三酯 3.4 mmol/L，幽门螺杆菌阳性。帮我解读一下。",
        "⟦PERSON:zh_title⟧的抑郁症复发了，HR问能不能让他先休两个月病假，帮我写个申请。",
        "病历摘要：⟦PERSON:zh⟧，女，34岁，孕12周，NT值2.8mm，建议做无创DNA。请翻译成英文给外籍医生。",
        C("我们部门有个同事HIV阳性，其他人知道后要求调座位，作为主管我该怎么处理？"),
        "帮我给⟦PERSON:zh⟧的家属写一份手术知情同意的通俗解释：腹腔镜胆囊切除术，风险包括胆漏和出血。",
        "⟦PERSON:zh⟧因为腰椎间盘突出请了三周病假，下周回来，帮我安排一个轻体力的岗位过渡方案。",
        "帮我整理一下员工工伤记录：⟦PERSON:zh⟧，左手食指被冲压机压伤，骨折，住院5天。",
        "⟦ORG:hosp⟧住院部，⟦PERSON:zh⟧，12床，青霉素过敏，术后第二天发烧38.5℃，请帮我写交班记录。",
        "布洛芬和对乙酰氨基酚可以一起吃吗？",
        "成年人正常的空腹血糖范围是多少？",
        "帮我写一篇关于冬季预防流感的员工健康小贴士。",
        "幽门螺杆菌是怎么传染的？一家人需要一起查吗？",
        "HPV疫苗九价和四价有什么区别？",
        "公司想组织全员体检，一般套餐包含哪些项目？",
        "“窦性心律不齐”这个体检术语一般是什么意思？",
        "写一份公司急救箱应备物品清单。",
    ],
    "en": [
        "Patient ⟦PERSON:en⟧, 67, admitted with NSTEMI, troponin 2.1 ng/mL, started on heparin. Summarize for the "
        "handover note.",
        "My direct report ⟦PERSON:en⟧ told me in confidence she's been diagnosed with bipolar disorder. How do I "
        "support her without telling the rest of the team?",
        C("I just got my biopsy results back and it's stage II melanoma. Help me write an email to my manager "
          "asking for flexible hours during treatment."),
        "Draft a return-to-work plan for ⟦PERSON:en⟧ after knee replacement surgery; no lifting over 10 kg for "
        "six weeks.",
        "Lab results for ⟦PERSON:py⟧: HbA1c 8.9%, LDL 4.2 mmol/L, eGFR 52. Explain in plain language for the "
        "patient.",
        "Rewrite this sick note more formally: ⟦PERSON:en⟧ has been unable to work since Monday due to acute "
        "gastroenteritis and will return on the 14th.",
        C("One of our warehouse guys tested positive for TB last week; he's on the night shift. Draft the notice "
          "to his shift colleagues without naming him."),
        "Insurance pre-authorization request: member ⟦PERSON:en⟧, diagnosis code F32.1 (moderate depressive "
        "episode), 12 sessions of CBT. Check the letter for errors.",
        "⟦PERSON:en⟧'s therapist says she needs reduced hours for PTSD — what accommodations are reasonable under "
        "the ADA?",
        C("Our CFO is going in for heart bypass surgery next week and the board doesn't know yet. Draft a note to "
          "the exec team about covering his duties."),
        "What are the early warning signs of a stroke?",
        "Explain the difference between type 1 and type 2 diabetes for a health newsletter.",
        "How much caffeine is safe per day for an adult?",
        "Write a short reminder for staff that flu shots are available in the lobby on Tuesday.",
        "What does an HbA1c of 6.5% mean in general terms?",
        "What's the recommended schedule for a tetanus booster?",
        "Which vaccines are recommended for business travel to Southeast Asia?",
    ],
    "mixed": [
        "帮我把这段病历翻成英文：⟦PERSON:zh⟧，主诉胸闷气短3天，既往高血压病史，心电图示房颤。",
        "ICD-10 里 J45 是什么病？",
        C("我老婆 IVF 第二次移植失败了，想请一周假陪她，怎么跟 manager 开口？用英文写。"),
        "MRI report for ⟦PERSON:zh⟧：L4/L5 椎间盘突出，压迫右侧神经根。用通俗中文解释一下。",
        "Metformin 和二甲双胍是同一个药吗？",
        "Python 读 DICOM 影像文件用什么库比较好？",
        "⟦PERSON:zh⟧ 的 sick leave 要延长到月底，附件是三甲医院的诊断证明：重度焦虑伴失眠。帮我写邮件给 HR。",
        "帮我写个 SQL，统计 clinic_visits 表里每个科室每月的就诊人次（不需要患者信息）。",
    ],
}

NEW_FRAMES["finance"] = {
    "zh": [
        C("Q3营收最终是4.12亿，比我们下周要发的业绩指引低了不少，帮我准备管理层的解释口径。"),
        C("明年的市场预算定了1800万，比今年砍了30%，先别在周会上说，帮我做个分配表。"),
        C("我们在跟⟦ORG:zh⟧谈收购，对方报价8亿，我们心理价位6.5亿，帮我列一下谈判要点。"),
        C("B轮融资已经签了TS，投后估值12亿，领投方要求一票否决权，公告前帮我写一版员工沟通稿。"),
        C("上半年净利润实际亏损2300万，审计报告还没出，帮我写一段董事会汇报的开头。"),
        C("这个月现金流只够撑到11月底，帮我想三个不让供应商察觉的延期付款理由。"),
        "⟦PERSON:zh⟧负责的项目超支了140万，帮我写一封邮件要求他解释。",
        C("内部测算：新工厂投产后单位成本能降到每件3.7元，竞品是4.5元，帮我写成投资回报分析。"),
        C("下个月要发的半年报里，经营性现金流是负的3.4亿，帮我提前准备投资者可能问的五个问题和回答。"),
        C("这是我们给⟦ORG:zh⟧的报价底价：单价每吨5280元，账期60天，别发给销售以外的人。"
          "帮我写报价邮件但不要出现底价。"),
        "⟦PERSON:zh⟧个人名下还有一笔⟦~amount⟧的借款没还，财务要从他工资里扣，帮我写个通知。",
        C("董事会刚批了回购计划，规模不超过5亿元，公告要等周五晚上，帮我准备问答。"),
        "⟦ORG=贵州茅台⟧2023年年报披露营业收入约1505亿元，2022年约1276亿元，帮我算一下同比增长率。",
        "Excel怎么算IRR和NPV？举个虚构的例子。",
        "帮我解释一下什么是EBITDA，和净利润有什么区别。",
        "⟦ORG=比亚迪⟧已经公布的2023年新能源车销量是多少？帮我写一段行业分析的引言。",
        "应收账款周转率怎么计算？",
        "帮我写一个预算申请模板，包括项目背景、费用明细和预期收益。",
        "增值税专用发票和普通发票有什么区别？",
        "什么是市盈率？用通俗的话解释。",
        "帮我把这份已经发布的季度财报新闻稿翻译成英文：公司第二季度营收同比增长12%。",
    ],
    "en": [
        C("Q3 revenue came in at 41.2M, well below the guidance we'll publish next week. Draft the CFO's talking "
          "points."),
        C("We're about to sign the term sheet: $30M Series C at a $240M pre-money. Help me draft the all-hands "
          "announcement for after closing."),
        C("Board-approved budget for FY26: engineering $14.5M, sales $9.8M, G&A $3.1M. Turn it into a one-page "
          "summary for department heads."),
        C("Gross margin dropped to 31% this quarter because of the freight contract — the analysts still expect "
          "38%. Help me frame this for the earnings call prep."),
        "⟦PERSON:en⟧ approved a $480k write-off without sign-off from the controller. Draft an email to the audit "
        "committee.",
        C("We're acquiring ⟦ORG:en⟧ for $62M in cash and stock; the announcement is planned for the 15th. Write "
          "the integration checklist."),
        C("Our burn rate is $1.9M a month and we have 7 months of runway. Help me write the investor update "
          "without sounding alarmed."),
        C("Forecast for next quarter: bookings 18.4M, churn 2.1%, net revenue retention 112%. Turn this into "
          "three slides for the board."),
        C("Internal audit found the Shenzhen subsidiary inflated Q2 sales by about ¥15M. We haven't told the "
          "auditors yet. Help me plan next steps."),
        "⟦ORG=Apple⟧ reported revenue of $383.3 billion for fiscal 2023. What percentage came from services?",
        "How do I build a three-statement financial model in Excel?",
        "Explain the difference between operating cash flow and free cash flow.",
        "What is a typical Series A valuation range for SaaS startups, based on public reports?",
        "Summarize how ⟦ORG=Microsoft⟧'s already-published FY2024 annual report describes its cloud segment.",
        "Write a formula to compute CAGR from a start and end value.",
        "What does 'guidance' mean in an earnings release?",
        "Draft a generic expense policy for employee travel: flights, hotels, per diems.",
        "How do banks calculate the effective annual rate from a nominal rate?",
    ],
    "mixed": [
        C("FY25 的 revenue forecast 下调到 5.6 亿，还没通知投资人，帮我改一下 investor letter 的措辞。"),
        C("这次并购的 purchase price allocation：商誉 2.3 亿，无形资产 8000 万，交易还没 close，"
          "帮我写会计处理说明。"),
        "帮我写个 pandas 脚本计算每个月的 MoM growth，数据列是 month 和 revenue。",
        "⟦ORG=Tesla⟧ 公布的 Q2 交付量是多少？帮我写一段简短的新闻摘要。",
        C("CFO 让我把 Q4 的 EBITDA 从 -800 万调成 break-even 再给银行看，这样合规吗？"),
        "⟦PERSON:zh⟧ 的 expense report 里有三笔 ¥4,800 的餐费没有发票，帮我写 audit query。",
    ],
}

NEW_FRAMES["legal"] = {
    "zh": [
        C("跟⟦ORG:zh⟧签的框架协议里，单价锁定三年每台2.38万，违约金是合同额的20%，"
          "帮我检查还有什么对我们不利的条款。"),
        C("我们被前员工起诉了，要求赔偿36万加班费，律师说胜算五五开，帮我写一份给管理层的风险说明。"),
        "⟦PERSON:zh⟧签了竞业协议，现在去了竞争对手⟦ORG:zh⟧，我们要不要发律师函？帮我起草一版。",
        C("这份NDA里对方要求保密期限十年，我们只想给三年，帮我写修改意见。"),
        C("和供应商的仲裁还没结果，对方私下提出以120万和解，要不要接？帮我列利弊。"),
        C("帮我起草一份律师函，致⟦ORG:zh⟧：贵司拖欠我司货款⟦~amount⟧已逾期90天，请于十日内付清。"),
        C("租赁合同续签：月租从每平方米180元涨到205元，免租期两个月，物业费另计。帮我写回复给房东。"),
        "⟦PERSON:zh⟧在网上发帖诋毁公司，我们准备起诉名誉侵权，帮我整理证据清单。",
        C("公司准备在下个月起诉前合伙人挪用资金，金额大约800万，起诉前不能走漏风声，帮我梳理时间线。"),
        "⟦PERSON:zh⟧的劳动仲裁开庭时间定在⟦~date⟧，他要求恢复劳动关系，帮我准备答辩要点。",
        C("收购尽调发现目标公司有一起未披露的环保诉讼，可能罚款2000万，帮我写给投委会的备忘。"),
        C("和房东私下约定的提前退租补偿是三个月租金，合同里没写，帮我起草补充协议。"),
        "《劳动合同法》规定试用期最长可以约定多久？",
        "竞业限制补偿金最低是多少？",
        "帮我写一份通用的保密协议模板，双方用“甲方”“乙方”表示。",
        "合同里的“不可抗力”条款一般怎么写？",
        "电子签名在中国有法律效力吗？",
        "劳动仲裁的时效是多长时间？",
        "公司法里有限责任公司的股东人数上限是多少？",
        "帮我解释一下“定金”和“订金”的法律区别。",
    ],
    "en": [
        C("The MSA with ⟦ORG:en⟧ sets a $1.2M annual minimum commitment and a 15% early-termination fee. "
          "Summarize our exit options."),
        C("Opposing counsel offered $450k to settle the patent claim; our litigation budget is $600k. Draft a "
          "memo to the GC recommending a counteroffer."),
        "⟦PERSON:en⟧ is suing us for wrongful dismissal and claims she was fired for reporting safety violations. "
        "Draft a litigation hold notice for her former team.",
        C("Redline this clause for me — it's from our distribution agreement, pricing is $14.20 per unit with a "
          "3% annual escalator and exclusivity in Benelux."),
        C("We received a subpoena about a former client's accounts. Legal wants a summary for the board before we "
          "respond — draft it."),
        C("Draft a cease-and-desist letter to ⟦ORG:en⟧ for using our trademark on their packaging; we'll sue if "
          "they don't stop within 14 days."),
        C("Under the NDA with ⟦ORG:en⟧ we can't mention the joint project until Q2. Check whether this press "
          "release draft breaches it."),
        "⟦PERSON:en⟧ signed the settlement agreement yesterday: $85,000 and a mutual non-disparagement clause. "
        "File a summary in the matter notes.",
        C("The landlord agreed to cap the rent increase at 4% if we sign a ten-year extension. Draft the side "
          "letter."),
        "Please translate the custody section of ⟦PERSON:en⟧'s divorce agreement into Chinese for her lawyer in "
        "Shanghai.",
        "What's the difference between an NDA and a non-compete?",
        "Explain 'limitation of liability' clauses in plain English.",
        "Draft a generic mutual NDA template with placeholders for party names.",
        "How long does a trademark registration take in the EU?",
        "What does 'force majeure' usually cover in a supply contract?",
        "Is a verbal agreement legally binding in England?",
        "What is the statute of limitations for breach of contract in California?",
        "Write a blog post explaining what an arbitration clause is.",
    ],
    "mixed": [
        C("这份 SPA（股权收购协议）的 earn-out 条款：未来两年 EBITDA 达到 8000 万才支付第二笔对价 1.5 亿，"
          "帮我用英文总结给 investor。"),
        "⟦PERSON:zh⟧ 违反了 NDA，把我们的报价单发给了竞争对手，帮我写一封 warning letter。",
        "GDPR 下 DPA（数据处理协议）必须包含哪些条款？",
        C("和 ⟦ORG:en⟧ 的 licensing deal：royalty 4.5%，minimum guarantee 每年 200 万美元，"
          "帮我检查中文翻译有没有错。"),
        "contract review checklist 帮我列一下，通用的那种。",
        C("法务说这个 SLA 的赔偿上限太低（月费的10%），客户是⟦ORG:zh⟧，帮我写一份内部意见。"),
        "How do I register a copyright for software in China? 用中文回答。",
    ],
}

NEW_FRAMES["names_alone"] = {
    "zh": [
        "帮我给⟦PERSON:zh⟧写一封生日贺卡，她今年三十岁。",
        "明天下午三点和⟦PERSON:zh⟧约了咖啡，帮我设一个提醒。",
        "⟦PERSON:zh⟧下周调到我们组，帮我写一段欢迎词。",
        "帮我写一封感谢信给⟦PERSON:zh⟧，感谢他帮忙搬家。",
        "请把这句话翻译成英文：⟦PERSON:zh⟧是我们新来的实习生。",
        "⟦PERSON:zh_title⟧让我把会议纪要发给他，帮我写个简短的邮件开头。",
        "帮我给同事⟦PERSON:zh⟧写一段离职欢送词，她在公司干了八年。",
        "明天要去机场接⟦PERSON:zh⟧，帮我写一条短信告诉他我在到达口等。",
        "⟦PERSON:zh⟧和⟦PERSON:zh⟧下周一起去苏州出差，帮我做个行程表模板。",
        "给⟦PERSON:zh⟧的宝宝满月送什么礼物比较好？",
        "帮我写一句微信祝福，⟦PERSON:zh⟧今天结婚。",
        "会议签到表：⟦PERSON:zh⟧、⟦PERSON:zh⟧、⟦PERSON:zh⟧，帮我按姓氏拼音排序。",
        "⟦PERSON:zh⟧推荐了一本书叫《原则》，帮我写个读后感提纲。",
        "今天是⟦PERSON:zh⟧入职一周年，帮我写一段朋友圈文案。",
        "请帮我写一封邮件，告诉⟦PERSON:zh⟧周五的培训改到线上。",
        "帮我想个团建游戏，主持人是⟦PERSON:zh⟧。",
        "给⟦PERSON:zh⟧的调休申请写个审批意见：同意。",
        "小区业主群里⟦PERSON:zh⟧说要组织团购，帮我写个接龙模板。",
        "⟦PERSON:zh_title⟧下午要来公司面谈合作，帮我写个会议室预订说明。",
        "帮我给⟦PERSON:zh⟧老师写一条微信，感谢她这学期对孩子的照顾。",
    ],
    "en": [
        "Write a birthday card message for ⟦PERSON:en⟧ from the whole team.",
        "Remind me to call ⟦PERSON:en⟧ back tomorrow at 10.",
        "Draft a short welcome message for ⟦PERSON:en⟧, who joins the design team on Monday.",
        "Write a thank-you note to ⟦PERSON:en⟧ for covering my shift last weekend.",
        "Can you suggest a farewell gift for ⟦PERSON:en⟧? She loves hiking and coffee.",
        "Put ⟦PERSON:en⟧ and ⟦PERSON:en⟧ on the invite for Thursday's demo.",
        "Translate into Chinese: ⟦PERSON:en⟧ will host the webinar next week.",
        "Say congratulations to ⟦PERSON:en⟧ on finishing her first marathon, keep it short.",
        "Who should I cc? ⟦PERSON:en⟧ owns the budget and ⟦PERSON:en⟧ runs procurement.",
        "Write a LinkedIn recommendation for ⟦PERSON:en⟧, who was my intern last summer.",
        "My neighbour ⟦PERSON:en⟧ is watering my plants while I'm away; write her a quick thank-you text.",
        "Draft a note introducing ⟦PERSON:py⟧ to the Singapore team as our new account manager.",
        "Book a lunch table for four under the name ⟦PERSON:en⟧ — write the message to the restaurant.",
        "Sort these attendees alphabetically by surname: ⟦PERSON:en⟧, ⟦PERSON:en⟧, ⟦PERSON:en⟧, ⟦PERSON:en⟧.",
        "hey can u write something nice for ⟦PERSON:en⟧'s retirement card",
    ],
    "mixed": [
        "帮我用英文给 ⟦PERSON:en⟧ 写一封感谢邮件，感谢她上周来上海参加 workshop。",
        "⟦PERSON:py⟧ 下周 onboarding，帮我写个 welcome message，中英文各一段。",
        "Slack 上 @⟦PERSON:zh⟧ 提醒她明天 standup 改到 10 点，帮我写一句。",
        "帮我给 ⟦PERSON:zh⟧ 起一个好记的英文名，她在外企做销售。",
        "Meeting notes 里 action owner 写的是 ⟦PERSON:zh⟧ 和 ⟦PERSON:en⟧，帮我整理成表格。",
        "⟦PERSON:zh⟧ 的 farewell party 定在周五，帮我写一段英文邀请。",
        "Translate：⟦PERSON:zh⟧和我是大学同学，现在都在做数据分析。",
        "帮我给 ⟦PERSON:zh⟧ 回个消息：收到，谢谢，周一见。Keep it casual.",
        "⟦PERSON:en⟧ 想学中文，帮我推荐几本入门教材。",
        "Draft a reply to ⟦PERSON:zh⟧ saying the shared drive link works now，中文回复就行。",
    ],
}

NEW_FRAMES["address"] = {
    "zh": [
        "帮我写个快递寄件信息：收件人⟦PERSON:zh⟧，地址⟦ADDRESS:zh⟧。",
        "我家住在⟦ADDRESS:zh⟧，帮我查一下周末去机场怎么走最方便。",
        "新员工宿舍安排在⟦ADDRESS:zh⟧，帮我写一份入住须知。",
        "客户要求上门安装，地址是⟦ADDRESS:zh⟧，帮我生成派单备注。",
        "请把发票寄到⟦ADDRESS:zh⟧，帮我补充到邮件里。",
        "房东让我把押金收据寄到⟦ADDRESS:zh⟧，帮我写个说明。",
        "公司新办公室地址：⟦ADDRESS:zh⟧，帮我写个搬迁通知。",
        "外卖地址填的是⟦ADDRESS:zh⟧，骑手说找不到，帮我写个补充说明。",
        "帮我把这个地址翻译成英文：⟦ADDRESS:zh⟧",
        "租房合同里房屋坐落写的是⟦ADDRESS:zh⟧，面积89平米，帮我检查格式。",
        "帮我规划一下从⟦ADDRESS:zh⟧到公司的通勤路线，早高峰开车还是坐地铁？",
        "家里老人住在⟦ADDRESS:zh_rural⟧，帮我查一下附近有没有社区医院。",
        "帮我写一段寄样品的备注：请寄到⟦ADDRESS:zh⟧前台代收。",
        "下周去杭州出差，帮我推荐几家西湖边的酒店。",
        "中国的地址一般按什么顺序写？省市区还是反过来？",
        "帮我写个正则校验中文地址，示例：XX省XX市XX区XX路XX号。",
        "表单里的地址字段示例写“某某市某某区某某路1号”合适吗？",
        "深圳和广州哪个城市更适合做跨境电商？",
        "收货地址只写到“北京市朝阳区”能寄到吗？",
    ],
    "en": [
        "Ship the replacement laptop to ⟦PERSON:en⟧ at ⟦ADDRESS:us⟧.",
        "My new home address is ⟦ADDRESS:us⟧ — update it in my HR profile and draft the confirmation email.",
        "Write a sublease ad for my apartment at ⟦ADDRESS:us⟧, available from June.",
        "Please send the signed contract to ⟦ADDRESS:uk⟧, marked for the attention of the finance team.",
        "The customer's delivery address is ⟦ADDRESS:de⟧ — translate the delivery instructions into German.",
        "Can you tell me which time zone ⟦ADDRESS:us⟧ is in?",
        "We're moving the Berlin office to ⟦ADDRESS:de⟧ in April. Draft the announcement.",
        "Return address for the samples: ⟦ADDRESS:uk⟧. Add it to the packing slip template.",
        "The rideshare dropped me at the wrong place; I live at ⟦ADDRESS:us⟧. Write a complaint to support.",
        "Process server couldn't reach the defendant at ⟦ADDRESS:us⟧ — draft a note to the court clerk.",
        "Please update the W-9 mailing address to ⟦ADDRESS:us⟧.",
        "Pick-up point for the team offsite: ⟦ADDRESS:uk⟧, 8:30 am. Write the reminder.",
        "Validate this form input in JavaScript: the address field should reject '123 Main St' if the ZIP is "
        "empty.",
        "What's the correct format for a UK postal address on an envelope?",
        "Which neighborhoods in Seattle are good for young families?",
        "Write unit tests for an address parser using '123 Main Street, Anytown, CA 90210' as the sample.",
        "How do I store international addresses in a relational database?",
        "I'm relocating from Toronto to Vancouver for work — what should I know about rent prices?",
        "Our data center is in Frankfurt; what latency can I expect to Singapore?",
    ],
    "mixed": [
        "帮我把这个地址转成 JSON：⟦ADDRESS:zh⟧。字段分 province, city, district, street。",
        "geocoding API 解析 ⟦ADDRESS:zh⟧ 返回的经纬度偏了两公里，是什么原因？",
        "用 Python 校验地址格式，测试用例用 “北京市XX区XX路XX号” 这种占位符就行。",
        "Airbnb 房东给的地址是 ⟦ADDRESS:us⟧，帮我算一下离机场有多远。",
        "⟦PERSON:zh⟧ 搬家了，新地址 ⟦ADDRESS:zh⟧，帮我更新 CRM 里的 shipping address。",
        "地址字段用 VARCHAR(255) 够不够？国际地址有没有更长的 case？",
        "地图软件里怎么批量导入一个 CSV 的门店地址？只问步骤，不用真实数据。",
    ],
}

NEW_FRAMES["public_figures"] = {
    "zh": [
        "马云创办⟦ORG=阿里巴巴⟧的故事，帮我写成一段300字的演讲素材。",
        "李白的《将进酒》帮我翻译成英文。",
        "任正非在⟦ORG=华为⟧内部讲话里提到的“灰度”管理是什么意思？",
        "帮我总结一下雷军2024年年度演讲的主要观点。",
        "苏轼在黄州写了哪些代表作？",
        "钟南山院士对新冠疫情防控提出过哪些建议？",
        "帮我写一段介绍袁隆平杂交水稻贡献的科普文字。",
        "董明珠说过哪些关于制造业的名言？",
        "姚明退役后做了哪些公益项目？",
        "鲁迅的《狂人日记》讲的是什么？",
        "张一鸣早期创办⟦ORG=字节跳动⟧时的管理理念有哪些？",
        "谷爱凌在北京冬奥会拿了几块金牌？",
        "帮我找几句曾国藩关于自律的名言。",
        "比尔·盖茨提到过的“每年读50本书”是真的吗？",
        "马斯克收购⟦ORG=推特⟧以后做了哪些改动？",
        "帮我给同事⟦PERSON:zh⟧写一段生日祝福，她特别喜欢苏轼，能不能引用一句他的词？",
        "我们组的⟦PERSON:zh⟧说自己长得像刘德华，帮我写一段年会主持的调侃词。",
        "客户⟦PERSON:zh⟧说他是任正非的老乡，帮我写一段拉近关系的开场白。",
        C("雷军今天发布的新车我们还没拿到配置，但内部已经定了要跟进降价12%，下周才公布，帮我写个内部通知。"),
    ],
    "en": [
        "Summarize Elon Musk's public statements about ⟦ORG=Tesla⟧'s robotaxi plans.",
        "What did Barack Obama say in his 2004 DNC keynote?",
        "Write a short bio of Marie Curie for a school newsletter.",
        "Compare Warren Buffett's and Charlie Munger's investing philosophies.",
        "Draft a LinkedIn post quoting Satya Nadella on growth mindset.",
        "What was Steve Jobs' Stanford commencement speech about?",
        "Give me three leadership lessons from Abraham Lincoln.",
        "How did Serena Williams change women's tennis?",
        "Explain Taylor Swift's re-recording strategy from a business perspective.",
        "Sam Altman's blog post on AGI — summarize the key claims.",
        "Write a quiz question about Albert Einstein's 1905 papers.",
        "What did Jensen Huang announce at the last ⟦ORG=NVIDIA⟧ GTC keynote?",
        "What did Angela Merkel say about refugees in 2015?",
        "Write a haiku about Lionel Messi's World Cup win.",
        "Summarize Greta Thunberg's 2019 UN speech.",
        "Draft a panel intro for Dr. Fei-Fei Li at an AI conference.",
        "⟦PERSON:en⟧ keeps quoting Steve Jobs in standups. Write a funny farewell card for him referencing that.",
        "Compare Jack Ma's leadership style with that of my manager ⟦PERSON:en⟧ for a coaching exercise — keep it "
        "respectful.",
        "Write a speech introducing our new team lead ⟦PERSON:en⟧; she's a huge Serena Williams fan, so open with "
        "a tennis joke.",
        C("Warren Buffett's letters are great, but ours says we'll miss the revenue target by 18% — help me "
          "soften our board letter before it goes out next week."),
    ],
    "mixed": [
        "帮我用英文写一段 Jeff Bezos 的 'Day 1' 理念介绍，放在内部培训 PPT 里。",
        "诸葛亮的《出师表》有没有好的英文译本？",
        "Lisa Su 带领 ⟦ORG=AMD⟧ 转型的关键决策有哪些？用中文回答。",
        "孔子说的“己所不欲，勿施于人”怎么翻译成英文？",
        "把 Steve Jobs 的 'Stay hungry, stay foolish' 翻译成中文，并解释出处。",
        "王羲之的《兰亭集序》是在哪一年写的？Answer in English please.",
    ],
}

NEW_FRAMES["fictional_and_placeholder_names"] = {
    "zh": [
        "张三借给李四10万元没有写借条，后来李四不还，张三能起诉吗？",
        "孙悟空和猪八戒谁的武力值更高？写一段有趣的分析。",
        "林黛玉的性格特点有哪些？帮我写个读书笔记。",
        "法考题：王五盗窃张三的手机后卖给了不知情的李四，李四是否构成善意取得？",
        "请用“某某同志”写一份表彰通知模板。",
        "帮我写个SQL建表示例，插入三条测试数据：张三、李四、王五。",
        "《西游记》里唐僧师徒一共经历了多少难？",
        "贾宝玉和薛宝钗的婚姻为什么被认为是悲剧？",
        "用张三、李四举例说明什么是连带责任。",
        "郭靖和黄蓉是哪部金庸小说里的人物？",
        "测试用例里用户名写“张三”，手机号写“13800000000”这种假号可以吗？",
        "请以“小明”的口吻写一篇关于环保的小学作文。",
        "数学题：小红有5个苹果，给了小明2个，还剩几个？用这道题演示一下思维链。",
        "用韦小宝的口吻写一段年会开场白，搞笑一点。",
        "测试数据里不小心混进了真实的一行：⟦PERSON:zh⟧,⟦PRC_ID⟧，其余都是张三李四，帮我找出来删掉。",
        "张三（化名）的真实身份证号是⟦PRC_ID⟧，帮我核对一下出生日期。",
        "把下面的用户表里的张三换成真实客户⟦PERSON:zh⟧，他的手机是⟦PHONE⟧。",
        "孙悟空是我们给新项目取的代号，负责人是⟦PERSON:zh⟧，帮我写个立项邮件。",
        C("代号“林黛玉”的收购项目（目标是一家上海的化妆品公司，估值4亿）还没公开，帮我写给董事会的进展简报。"),
    ],
    "en": [
        "Alice sends Bob a message encrypted with Bob's public key. Explain how Bob decrypts it.",
        "Write a short mystery where Sherlock Holmes investigates a stolen laptop.",
        "In the sample CSV, replace John Doe and Jane Doe with more diverse placeholder names.",
        "Why is Harry Potter's scar shaped like a lightning bolt?",
        "Create a user story: As Jane Doe, a first-time customer, I want to reset my password.",
        "Explain the Byzantine Generals problem using Alice, Bob and Carol.",
        "Is Frodo or Sam the real hero of The Lord of the Rings?",
        "Write pytest fixtures that create users named Alice and Bob with example.com emails.",
        "Darth Vader's redemption arc: summarize in 100 words.",
        "The form shows 'John Smith' as a placeholder in the name field — is that a UX anti-pattern?",
        "Write a bedtime story about Winnie the Pooh learning to share.",
        "In the Java tutorial, what does `new Person(\"Bob\", 42)` do?",
        "Hamlet's 'To be or not to be' — modern English paraphrase please.",
        "Explain Kerberos with Alice logging into a file server.",
        "Write a sample invoice addressed to 'John Doe, Acme Corp' for the UI mockup.",
        "Example row: Jane Doe, SSN ⟦US_SSN⟧ — turns out that's a real customer's SSN copied from prod. How do I "
        "scrub it from the test fixtures?",
        "Rename the placeholder 'Alice' in the demo script to our actual pilot user ⟦PERSON:en⟧ before the "
        "customer call.",
        C("Operation Gandalf is the internal name for the layoffs planned next quarter — draft the manager "
          "briefing without using the code name."),
    ],
    "mixed": [
        "Python dict 示例：{'name': '张三', 'age': 28}，怎么按 age 排序一个列表？",
        "写个 Java 单元测试，断言 getName() 返回 \"Alice\"。",
        "《红楼梦》里的王熙凤用英文怎么介绍？",
        "帮我用 Bob 和 Alice 的例子解释 Diffie-Hellman 密钥交换，中文回答。",
        "Mock 数据里的 '李四' 和 'John Doe' 要不要换成 Faker 生成的随机名字？",
        "哈利·波特和伏地魔的魔杖为什么是兄弟杖？",
        "公文范例里的“某某公司”“某某局”需要加引号吗？In Chinese please.",
        "Sherlock Holmes 的演绎法能用在 root cause analysis 上吗？举个例子。",
    ],
}

NEW_FRAMES["org_only"] = {
    "zh": [
        "帮我给⟦ORG:zh⟧写一封合作邀请函，邀请他们参加下个月的供应商大会。",
        "⟦ORG=华润置地⟧的写字楼产品线有哪些？",
        "帮我写一封感谢信给⟦ORG:zh⟧，感谢他们在展会期间的支持。",
        "⟦ORG:zh⟧的发票抬头要写全称吗？帮我写个报销说明模板。",
        "我们和⟦ORG:zh⟧联合举办的技术沙龙下周开始报名，帮我写个公众号推文开头。",
        "⟦ORG=华为⟧和⟦ORG=阿里巴巴⟧的云服务有什么区别？",
        "帮我查一下⟦ORG=招商银行⟧的对公账户开户一般需要什么材料。",
        "⟦ORG:zh⟧的联系人邮箱是⟦EMAIL:corp⟧，帮我写个展会后的跟进邮件。",
        "帮我把“⟦ORG:zh⟧”加到合同模板的甲方位置，其余保持占位符。",
    ],
    "en": [
        "Write a short intro email to ⟦ORG:en⟧ proposing a call about their logistics API.",
        "Draft a press release about our partnership with ⟦ORG:en⟧, which both companies announced on Monday.",
        "What does ⟦ORG=Siemens AG⟧'s published 2023 annual report say about its digital industries business?",
        "Compare ⟦ORG=Amazon⟧, ⟦ORG=Microsoft⟧ and ⟦ORG=Google⟧ as employers for new grads.",
        "Thank ⟦ORG:en⟧ for sponsoring our hackathon — keep it under 80 words.",
        "Add ⟦ORG:en⟧ to the list of approved vendors in the procurement wiki and write a one-line description.",
        "Prepare five questions to ask ⟦ORG:en⟧ at their booth at the trade fair.",
        "The support line of ⟦ORG:en⟧ is ⟦PHONE:intl⟧ — add it to our escalation contacts page.",
        "Our booth is next to ⟦ORG:en⟧ at the expo — write a friendly note suggesting a joint demo.",
    ],
    "mixed": [
        "帮我用英文给 ⟦ORG:en⟧ 写一封询价邮件，询问 MOQ 和交期。",
        "⟦ORG:zh⟧ 的英文名怎么翻译比较地道？",
        "帮我整理一份已公开的 ⟦ORG=宁德时代⟧ 2023 年报要点，重点看海外业务。",
        "⟦ORG:en⟧ 和 ⟦ORG:en⟧ 哪家的物流服务覆盖东欧？",
        "给 ⟦ORG:zh⟧ 的 HR 写一封校招宣讲会合作的邮件。",
        "⟦ORG=字节跳动⟧ 最近公开发布了哪些大模型？",
        "⟦ORG:en⟧ 的官网 contact form 一直提交失败，帮我写封英文邮件问一下。",
    ],
}

NEW_FRAMES["confidential_no_identifier"] = {
    "zh": [
        C("老板说这个数字还不能对外说：今年的毛利率只有19%，帮我把PPT里的相关页先隐藏掉。"),
        C("下个月我们要从深圳搬到东莞，员工还不知道，帮我想想怎么宣布比较好。"),
        C("新产品的电池能量密度做到了410Wh/kg，发布会前这个参数只有项目组知道，帮我写测试报告摘要。"),
        C("我们准备不和现在这家物流供应商续约了，他们还不知道，帮我准备过渡计划。"),
        C("研发那边的新算法能把良率从92%提到97%，这是我们明年最大的底牌，帮我写一段给投资人的模糊描述。"),
        C("先别发群里：周五系统要停机迁移，实际上是因为上周的数据泄露事件，帮我写个对外说法。"),
        C("这次招标的评分权重我们内部定的是技术60价格40，投标方不知道，帮我整理评分表。"),
        C("管理层决定明年不再给销售发季度奖金，改成年度结算，HR还没发文件，帮我写个内部说明初稿。"),
        C("这是我们自研推荐算法的核心特征和权重，帮我优化一下代码注释：\nw_click = 0.42\nw_dwell = "
          "0.31\nw_repurchase = 0.27"),
        C("这个月的真实退货率是14%，对外口径一直说是5%，帮我把周报里的数字统一一下。"),
        C("总部打算把华北区并进华东区，两个区总只留一个，还没定是谁，帮我写个过渡期的分工草案。"),
    ],
    "en": [
        C("Keep this between us: the Denver plant is closing next spring and about 200 jobs go with it. Help me "
          "draft the talking points for the plant manager."),
        C("The numbers haven't been shared outside the exec team yet — Q2 bookings were $18.6M against a $24M "
          "plan. Build me a variance table."),
        C("We're switching our main chip supplier next quarter; the current one hasn't been told. Draft a "
          "transition timeline."),
        C("The new model hits 94.1% on our internal benchmark versus 88% for the shipping one. Don't mention this "
          "in the public blog — write the internal release note."),
        C("Board-only: we're exploring a sale of the consumer division. Outline what the data room should contain."),
        C("This is the pricing function we use for enterprise quotes, please refactor it and don't paste it "
          "anywhere else:\ndef quote(seats):\n    return seats * 38 * (0.82 if seats > 500 else 0.9)"),
        C("Engineering found that our flagship router can be bricked remotely by a malformed packet. The fix "
          "ships in six weeks. Help me draft the internal incident summary."),
        C("Don't forward this outside the team: we lost the renewal of our biggest retail customer, roughly 22% "
          "of revenue."),
        C("We're quietly raising prices 9% for all renewals from March; sales hasn't been told. Write the "
          "enablement doc."),
        C("Ops told me the outage last Tuesday was caused by a contractor deleting a production table; the public "
          "postmortem will say 'storage failure'. Help me write the internal version."),
    ],
    "mixed": [
        C("下季度的 product roadmap 还没对外，包括 offline mode 和 AI 助手，帮我做一页 summary 给 sales leaders。"),
        C("我们的 churn model 发现前 5% 的大客户流失风险很高，这个结论先不要给 CS 团队看，帮我写给 VP 的 memo。"),
        C("这个 repo 是 internal 的 pricing engine，帮我 review 一下这段：discount = 0.35 if tier == 'platinum' "
          "else 0.12"),
        C("Sales kickoff 上不能讲的：明年要涨价15%，老客户只提前三个月通知。帮我写给 sales 的内部 FAQ。"),
        C("这版 ranking 模型的线上 A/B 结果：GMV +3.8%，但退货率也涨了 1.2 个点，还没同步给业务方，帮我写周报。"),
    ],
}

NEW_FRAMES["credentials"] = {
    "zh": [
        "这是我们部署用的私钥，帮我看看格式对不对：\n⟦SECRET:sshkey⟧",
        "运维群里有人发了：跳板机 jump01 账号 ops 密码 ⟦SECRET:pw⟧，这算违规吗？要怎么处理？",
        "把这段 shell 历史清理一下再发给外包：\nmysql -uroot -p⟦SECRET:pw⟧ -e 'show databases'\nsystemctl restart "
        "nginx",
        "帮我写一封邮件给供应商，把SFTP账号发给他们：用户名 ruifeng_upload，密码：⟦SECRET:pw⟧，端口22。",
    ],
    "en": [
        "Why does this fail with 'password authentication failed'?\n$ PGPASSWORD='⟦SECRET:pw⟧' psql -h "
        "orders-db.internal -U report -d orders",
        "Our app logged this at startup, is it a problem?\n2025-03-02 08:14:55 INFO  db: connecting to "
        "⟦SECRET:pg⟧\n2025-03-02 08:14:56 INFO  db: pool ready (size=10)",
        "GitHub Actions workflow:\nenv:\n  NPM_TOKEN: ⟦SECRET:npm⟧\n  NODE_ENV: production\nWhy does npm publish "
        "still say 401?",
        "Should I rotate this? Found in a Terraform state file:\n\"master_password\": \"⟦SECRET:pw⟧\",",
        ".npmrc in the repo root:\n//registry.npmjs.org/:_authToken=⟦SECRET:npm⟧\nIs it OK to commit this file?",
        "settings.py in our internal repo:\nSECRET_KEY = '⟦SECRET:django⟧'\nDEBUG = False\nCan I commit this?",
        "Slack message from the on-call: 'temp admin pass for the vpn is ⟦SECRET:pw⟧, change it after the "
        "incident'. Write a reply reminding him not to post credentials.",
        "Exception from prod, what's wrong?\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) "
        "connection to server failed\nengine url=⟦SECRET:pg⟧",
    ],
    "mixed": [
        "~/.bash_history 里翻到这几行，帮我看看有没有风险：\nexport AWS_ACCESS_KEY_ID=⟦SECRET:aws⟧\nexport "
        "AWS_SECRET_ACCESS_KEY=⟦SECRET:aws_secret⟧\naws s3 ls s3://finance-exports",
        "docker-compose.yml 里这样写有什么问题：\n  redis:\n    image: redis:7\n    command: redis-server "
        "--requirepass ⟦SECRET:pw⟧",
        "import requests\nresp = requests.post(url, headers={\"X-API-Key\": \"⟦SECRET:hex32⟧\"})\n这个接口偶尔 "
        "429，怎么加重试？",
        "Jenkins console output:\n+ curl -u deploy:⟦SECRET:pw⟧ https:"
        "//nexus.corp.internal/repository/releases/\n为什么这里密码没被 mask？",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-db\ntype: Opaque\nstringData:\n  username: "
        "payments\n  password: ⟦SECRET:pw⟧\n帮我改成用 sealed-secrets。",
        "这段 Go 代码硬编码了 token，帮我改成读环境变量：\nconst apiToken = \"⟦SECRET:github⟧\"",
        "Android 项目 strings.xml 里有 <string name=\"maps_api_key\">⟦SECRET:google⟧</string>，上架前需要删吗？",
    ],
}

NEW_FRAMES["near_miss_numbers"] = {
    "zh": [
        "这个身份证号⟦~bad_prc⟧是客户填的，系统说校验位不对，帮我写一段请客户重新核对的话术。",
        "发票号码⟦~inv_no⟧和发票代码⟦~inv_code⟧，税务系统查验不通过，可能是哪里的问题？",
        "这个20位的设备序列号⟦~long_digits⟧导入Excel后末尾变成0了怎么办？",
        "京东订单号⟦~order⟧的售后进度怎么查？",
        "营业执照上的统一社会信用代码⟦~uscc⟧，帮我看看格式对不对。",
        "身份证号⟦~bad_prc_date⟧里的出生日期不存在，这是录入错误还是系统bug？",
    ],
    "en": [
        "Our test fixture uses card number ⟦~bad_card⟧ on purpose because it fails Luhn — is that a good negative "
        "test?",
        "Wire reference ⟦~txn⟧ — the bank says it can't find it. Draft an inquiry.",
        "The SSN field had ⟦~bad_ssn⟧ — explain why the SSA never issues numbers like that.",
        "Version ⟦~ver⟧ vs ⟦~ver⟧ — which one contains the security fix?",
        "Conference dial-in: meeting ID ⟦~meeting⟧. Turn it into a calendar invite text.",
        "Order ⟦~order_long⟧ contains what looks like a phone number in the middle — should our PII scanner flag "
        "it?",
    ],
    "mixed": [
        "IBAN ⟦~bad_iban⟧ 在 SEPA 导出时被校验拦下了，帮我写个 Python 函数找出是哪一位错了。",
        "用户注册时填了 ⟦~bad_card:19⟧ 作为银行卡号，前端 Luhn 校验没过，后端还要再校验吗？",
    ],
}

NEW_FRAMES["placeholders_in_code"] = {
    "zh": [
        "示例代码里 IP 写 192.0.2.10 还是 127.0.0.1 比较好？哪个是文档专用地址段？",
        "单元测试里用 user@example.com 和 13800000000 当测试数据，会不会被当成真实个人信息？",
        "配置文件示例：\nmysql:\n  host: 127.0.0.1\n  user: root\n  password: "
        "${MYSQL_ROOT_PASSWORD}\n这样写启动时会从哪里读变量？",
        "代码评审时看到 `password = \"******\"`，这是已经脱敏了吧？",
    ],
    "en": [
        "Is this safe to commit?\nDATABASE_URL=postgres://user:password@localhost:5432/app",
        "In the docs we show `Authorization: Bearer YOUR_TOKEN_HERE`. Should it be <token> instead?",
        "Write a .env.example for a Django app with placeholders for SECRET_KEY, DATABASE_URL and "
        "EMAIL_HOST_PASSWORD.",
        "config = {\"api_key\": \"<YOUR_API_KEY>\", \"endpoint\": \"https://api.example.com/v2\"} — how do I load "
        "this from Vault instead?",
        "ssh-keygen printed a SHA256 fingerprint for my new key — is the fingerprint itself secret?",
        "Our Helm values.yaml has `password: changeme` — what's the standard way to override it at deploy time?",
        "Terraform: variable \"db_password\" { sensitive = true } — does this hide it from plan output?",
        "Explain this GitHub Actions step: `run: echo \"${{ secrets.NPM_TOKEN }}\" | npm login`",
        "Is `AKIAIOSFODNN7EXAMPLE` a real AWS key? I saw it in a tutorial.",
        "The jwt.io sample token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4g"
        "RG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c — what does each part mean?",
        "Generate a sample connection string for our docs: postgresql://app_user:<password>@db.example.com:"
        "5432/appdb",
        "Sample log line for our docs: `user=jdoe ip=203.0.113.42 action=login status=ok` — is this realistic "
        "enough?",
    ],
    "mixed": [
        "README 里写 `export OPENAI_API_KEY=sk-...` 会不会被扫描器误报？",
        "Kubernetes Secret 模板里 password 写成 `cGFzc3dvcmQ=`（就是 password 的 base64）算不算泄露？",
        "curl https://api.example.com/v1/items -H 'X-Api-Key: xxxxxxxx' 返回 403，文档说要先激活 key。",
        "os.getenv(\"STRIPE_SECRET_KEY\", \"sk_test_xxx\") 这个默认值有风险吗？",
    ],
}

NEW_FRAMES["privacy_question"] = {
    "zh": [
        "员工的绩效数据属于个人信息吗？HR系统需要做哪些保护？",
        "《个人信息保护法》对未成年人信息有什么特别规定？",
        "公司内部通讯录能不能在全员群里公开？",
        "病历属于敏感个人信息吗？医院对外提供需要什么手续？",
        "收集员工指纹用于考勤合法吗？",
        "隐私政策里“第三方共享”一节应该写哪些内容？",
        "地址信息单独出现算个人信息吗？比如只有小区名没有门牌号。",
        "去标识化和匿名化在《个人信息保护法》里有什么区别？",
    ],
    "en": [
        "Under GDPR, is an employee's salary considered special category data?",
        "What counts as protected health information under HIPAA?",
        "Is a person's name on its own personal data under GDPR?",
        "How should we handle a right-to-erasure request when the data is also in backups?",
        "What's the difference between a data controller and a data processor?",
        "Do we need a DPIA before rolling out CCTV in the office?",
        "What is k-anonymity and when is it not enough?",
        "How long can we keep CVs of rejected candidates under UK GDPR?",
        "What should an incident response plan say about notifying customers of a breach?",
    ],
    "mixed": [
        "Differential privacy 的 epsilon 一般取多少比较合适？",
        "PIPL 下向境外总部传 HR 数据，需要走 standard contract 还是 security assessment？",
        "LLM 应用里怎么防止 prompt 里的个人信息被发到第三方 API？有哪些 best practice？",
    ],
}

NEW_FRAMES["general"] = {
    "zh": [
        "帮我写一首关于秋天的五言绝句。",
        "解释一下Transformer里的自注意力机制。",
        "帮我列一个下周产品发布会的物料清单模板。",
        "把“客户第一，团队合作”翻译成英文标语。",
    ],
    "en": [
        "Write a haiku about Monday mornings.",
        "What's the difference between a list and a tuple in Python?",
        "How do I make a pivot table in a spreadsheet?",
        "Generate 10 creative names for an internal hackathon.",
        "Suggest a weekly meal plan for a busy office worker, vegetarian.",
    ],
    "mixed": [
        "用 Markdown 写一个项目 README 的模板，包括安装、使用、贡献指南。",
    ],
}

NEW_FRAMES["multi_entity"] = {
    "zh": [
        "客户资料：⟦PERSON:zh⟧，身份证⟦PRC_ID⟧，住址⟦ADDRESS:zh⟧，手机⟦PHONE⟧，帮我生成开户申请表。",
        "员工档案：⟦PERSON:zh⟧，⟦ORG:zh⟧，工资卡⟦BANK_CARD:up⟧，家庭住址⟦ADDRESS:zh⟧，紧急联系人⟦PERSON:zh⟧ "
        "⟦PHONE⟧。",
        "⟦PERSON:zh⟧（⟦EMAIL:personal⟧）申请退款，银行卡⟦BANK_CARD⟧，退货地址⟦ADDRESS:zh⟧，帮我写处理意见。",
    ],
    "en": [
        "Tenant application: ⟦PERSON:en⟧, SSN ⟦US_SSN⟧, current address ⟦ADDRESS:us⟧, employer ⟦ORG:en⟧ — "
        "summarize it for the landlord.",
        "Wire request from ⟦PERSON:en⟧ (⟦EMAIL:corp⟧): pay ⟦IBAN⟧ for invoice INV-⟦~inv_en⟧ and ship the goods to "
        "⟦ADDRESS:de⟧.",
        "name,address,phone\n⟦PERSON:en⟧,\"⟦ADDRESS:us⟧\",⟦PHONE:us⟧\n⟦PERSON:en⟧,\"⟦ADDRESS:us⟧\","
        "⟦PHONE:us⟧\nDedupe this list by phone number.",
        "Hotel guest list: ⟦PERSON:py⟧, passport ⟦PASSPORT:cn⟧; ⟦PERSON:en⟧, passport ⟦PASSPORT:uk⟧. Bill both "
        "rooms to ⟦ORG:en⟧ and send me the confirmation.",
    ],
    "mixed": [
        "快递面单 OCR：收件人 ⟦PERSON:zh⟧ / ⟦PHONE⟧ / ⟦ADDRESS:zh⟧ / 寄件方 ⟦ORG:zh⟧，帮我转成 JSON。",
        "体检中心名单：⟦PERSON:zh⟧ ⟦PRC_ID⟧ 高血压；⟦PERSON:zh⟧ ⟦PRC_ID⟧ 糖尿病。帮我导出成 Excel。",
        "{\"name\": \"⟦PERSON:en⟧\", \"ssn\": \"⟦US_SSN⟧\", \"address\": \"⟦ADDRESS:us⟧\", \"ip\": "
        "\"⟦IP_ADDRESS:pub⟧\"}\n这个 JSON 日志要怎么脱敏？",
    ],
}


# Lines per first-version category (dev-0001..dev-0417). Entity categories reuse frames with new values.
LEGACY_TARGETS = {
    "id_card": 35, "bank_card": 35, "phone": 35, "email": 30, "ip_address": 20, "passport": 15, "iban": 12,
    "ssn": 12, "credentials": 37, "confidential_no_identifier": 36, "multi_entity": 26, "near_miss_numbers": 36,
    "placeholders_in_code": 26, "privacy_question": 25, "general": 37,
}
REUSABLE = {"id_card", "bank_card", "phone", "email", "ip_address", "passport", "iban", "ssn", "credentials",
            "multi_entity", "near_miss_numbers"}
# The issue asks for at least 40 lines in each of these.
MIN_LINES = {c: 40 for c in ("hr", "medical", "finance", "legal", "confidential_no_identifier", "names_alone",
                             "address", "public_figures", "fictional_and_placeholder_names", "credentials",
                             "near_miss_numbers", "placeholders_in_code", "privacy_question", "general")}
NO_DATA_CATEGORIES = {"near_miss_numbers", "placeholders_in_code", "privacy_question", "general"}
ENTITY_CATEGORIES = {"id_card": "PRC_ID", "bank_card": "BANK_CARD", "phone": "PHONE", "email": "EMAIL",
                     "ip_address": "IP_ADDRESS", "passport": "PASSPORT", "iban": "IBAN", "ssn": "US_SSN",
                     "credentials": "SECRET", "names_alone": "PERSON", "org_only": "ORG"}


def frame_plan(category: str) -> list[tuple[str, str]]:
    """(lang, frame) pairs for a category: every frame once, then frames again (new values) up to the target."""
    by_lang = FRAMES[category]
    pairs = [(lang, f) for lang in ("zh", "en", "mixed") for f in by_lang.get(lang, [])]
    if len(pairs) < LEGACY_TARGETS[category]:
        if category not in REUSABLE:
            raise AssertionError(f"{category}: fixed-text categories need one frame per line")
        extra = [p for p in pairs if "⟦" in p[1]]
        rng.shuffle(extra)
        while len(pairs) < LEGACY_TARGETS[category]:
            pairs.append(extra[(len(pairs)) % len(extra)])
    return pairs


def make_row(category: str, lang: str, frame: str) -> dict:
    text, entities = render_checked(frame)
    sensitive = bool({e["type"] for e in entities} & SENSITIVE_TYPES) or isinstance(frame, C)
    if isinstance(frame, C) and frame.category:
        category = frame.category
    return {"text": text, "sensitive": sensitive, "entities": entities, "category": category, "lang": lang}


def build() -> list[dict]:
    global NEW_LINES
    NEW_LINES = False
    SEEN_VALUES.clear()
    SEEN_NEW_NAMES.clear()
    rows = [make_row(category, lang, frame) for category in LEGACY_TARGETS for lang, frame in frame_plan(category)]
    rng.shuffle(rows)
    NEW_LINES = True
    new_rows = [make_row(category, lang, frame) for category, by_lang in NEW_FRAMES.items()
                for lang in ("zh", "en", "mixed") for frame in by_lang.get(lang, [])]
    rng.shuffle(new_rows)
    rows += new_rows
    return [{"id": f"dev-{i:04d}", **row} for i, row in enumerate(rows, 1)]


def _occurrences(needle: str, text: str) -> list[int]:
    if re.search(r"[\u4e00-\u9fff]", needle):
        return [m.start() for m in re.finditer(re.escape(needle), text)]
    return [m.start() for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(needle)}(?![A-Za-z0-9])", text)]


def check_rows(rows: list[dict]) -> None:
    """Whole-file checks on top of the per-line ones in ``render_checked``. Raises AssertionError."""
    errors: list[str] = []
    labelled: dict[str, set[str]] = {t: set() for t in NAMED_TYPES}
    for i, row in enumerate(rows, 1):
        text, ents, cat = row["text"], row["entities"], row["category"]
        where = f"{row['id']} ({cat})"
        if list(row) != ["id", "text", "sensitive", "entities", "category", "lang"] or row["id"] != f"dev-{i:04d}":
            errors.append(f"{where}: bad keys or id")
        if row["lang"] not in ("zh", "en", "mixed"):
            errors.append(f"{where}: bad lang")
        end = 0
        for e in ents:
            value = text[e["start"]:e["end"]]
            if e["start"] < end or not 0 <= e["start"] < e["end"] <= len(text) or value != value.strip():
                errors.append(f"{where}: bad span {e}")
            glued = e["type"] == "SECRET" and text[:e["start"]].endswith(" -p")  # mysql -pVALUE
            for edge, inside in ((e["start"] - 1, e["start"]), (e["end"], e["end"] - 1)):
                if glued and edge < e["start"]:
                    continue
                if 0 <= edge < len(text) and all(text[j].isascii() and text[j].isalnum() for j in (edge, inside)):
                    errors.append(f"{where}: span {e} cuts a word")
            if not value_ok(e["type"], value, text, e["start"]):
                errors.append(f"{where}: {e['type']} {value!r} fails its validator")
            if e["type"] in NAMED_TYPES:
                labelled[e["type"]].add(value)
            end = e["end"]
        types = {e["type"] for e in ents}
        if types & SENSITIVE_TYPES and not row["sensitive"]:
            errors.append(f"{where}: sensitive entity but sensitive=false")
        if cat in NO_DATA_CATEGORIES and (ents or row["sensitive"]):
            errors.append(f"{where}: must have no entities and sensitive=false")
        if cat == "confidential_no_identifier" and (ents or not row["sensitive"]):
            errors.append(f"{where}: must have no entities and sensitive=true")
        if cat in ENTITY_CATEGORIES and ENTITY_CATEGORIES[cat] not in types:
            errors.append(f"{where}: no {ENTITY_CATEGORIES[cat]} entity")
        if cat == "org_only" and (row["sensitive"] or types - MASKABLE_TYPES):
            errors.append(f"{where}: org_only lines hold only ORG/contact entities and are not sensitive")
        if cat == "names_alone" and (types & STRONG_TYPES or not row["sensitive"]):
            errors.append(f"{where}: names_alone is a name with harmless content")
        if cat == "address" and ("ADDRESS" in types) != row["sensitive"]:
            errors.append(f"{where}: address lines are sensitive exactly when they hold an ADDRESS")
        if cat == "public_figures" and not any(_occurrences(n, text) for n in PUBLIC_FIGURES):
            errors.append(f"{where}: no public figure named")
        fictional = FICTIONAL | PLACEHOLDER_NAMES
        if cat == "fictional_and_placeholder_names" and not any(_occurrences(n, text) for n in fictional):
            errors.append(f"{where}: no fictional or placeholder name")
    # A name, organisation or address labelled anywhere must be labelled wherever it occurs.
    for row in rows:
        spans = [(e["start"], e["end"]) for e in row["entities"]]
        for ent_type, values in labelled.items():
            for value in values:
                for pos in _occurrences(value, row["text"]):
                    if not any(a <= pos and pos + len(value) <= b for a, b in spans):
                        errors.append(f"{row['id']}: {ent_type} {value!r} occurs unlabelled")
    counts = Counter(r["category"] for r in rows)
    errors += [f"category {c}: {counts[c]} lines < {n}" for c, n in MIN_LINES.items() if counts[c] < n]
    if len(rows) < 800 or len(rows) - LEGACY_LINES < 400:
        errors.append(f"{len(rows)} lines: need at least 800, of them 400 new")
    if errors:
        raise AssertionError("\n".join(errors))


def print_stats(rows: list[dict]) -> None:
    by_cat: dict[str, Counter] = {}
    for r in rows:
        by_cat.setdefault(r["category"], Counter())[r["sensitive"]] += 1
    print(f"{'category':34} lines  true false   new")
    for cat, c in sorted(by_cat.items()):
        new = sum(1 for r in rows[LEGACY_LINES:] if r["category"] == cat)
        print(f"{cat:34} {c[True] + c[False]:5} {c[True]:5} {c[False]:5} {new:5}")
    print("total", len(rows), "sensitive:", dict(Counter(r["sensitive"] for r in rows)),
          "new:", len(rows) - LEGACY_LINES)
    print("lang:", dict(Counter(r["lang"] for r in rows)))
    print("lang (new):", dict(Counter(r["lang"] for r in rows[LEGACY_LINES:])))
    print("entities:", dict(Counter(e["type"] for r in rows for e in r["entities"]).most_common()))
    lengths = sorted(len(r["text"]) for r in rows)
    print("length min/median/max:", lengths[0], lengths[len(lengths) // 2], lengths[-1],
          "multi-line:", sum("\n" in r["text"] for r in rows))
    no_entity_true = sum(1 for r in rows if r["sensitive"] and not {e["type"] for e in r["entities"]} & SENSITIVE_TYPES)
    print("sensitive lines with no sensitive entity:", no_entity_true)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    rng.seed(args.seed)
    rows = build()
    check_rows(rows)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {args.out}")
    print_stats(rows)


if __name__ == "__main__":
    main()
