# ruff: noqa: E501
"""Build hybridai/data/router_probe7.jsonl, the seventh probe set of the privacy router (written as the
held-out test split, read once, now development data; see hybridai/data/README.md).

Written blind (only the labelling spec and tests/helpers.py were read). Every frame, name,
company and address below is hand-written for this file; structured values are computed by
code (check digits by construction), near misses are computed to fail their checks, and the
offsets are recorded by the renderer. Validators further down are independent of the
generators: they re-check every span and scan each text for unlabelled look-alikes.

    .venv/bin/python tools/build_router_probe7.py            # write the file, print sha256
    .venv/bin/python tools/build_router_probe7.py --summary  # also print the tables
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import random
import re
import string
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

SEED = 48611
OUT = Path(__file__).resolve().parents[1] / "hybridai" / "data" / "router_probe7.jsonl"
SENSITIVE_TYPES = {"PRC_ID", "BANK_CARD", "PASSPORT", "IBAN", "US_SSN", "SECRET", "PERSON", "ADDRESS"}
FW = str.maketrans("0123456789", "０１２３４５６７８９")
FROM_FW = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")

# --------------------------------------------------------------------------------------
# hand-written pools
# --------------------------------------------------------------------------------------
PERSON = {
    "zh": ["陈嘉怡", "刘志强", "黄思琪", "周建国", "吴晓燕", "郑宇航", "孙丽娟", "何雨桐", "谢婉清", "韩冬梅",
           "冯立新", "曹珂", "彭浩然", "蒋欣悦", "邓子墨", "许文博", "沈佳琪", "宋一凡", "仇晓光", "訾宁",
           "牟春雷", "邝美玲", "欧阳明轩", "司马婧", "上官若琳", "慕容晨", "皇甫雅静", "令狐海涛", "公孙浩",
           "陳美玲", "林俊賢", "張家豪", "黃詩涵", "劉冠廷", "阮小燕", "庹建波", "覃桂芳", "贲立群"],
    "title": ["王总", "李经理", "赵主任", "老周", "小谭", "刘姐", "钱会计", "胡工", "老吴", "小林", "杨总监", "郭律师", "老邝", "小覃"],
    "given": ["嘉怡", "志强", "婷婷", "浩然", "Mei", "Ravi", "Tomasz", "Chloe", "Kwame", "Yuki", "Ines", "Omar"],
    "pinyin": ["Chen Jiayi", "liu zhiqiang", "Huang Siqi", "OUYANG Mingxuan", "zhou jianguo", "Xie Wanqing", "deng zimo", "SHEN Jiaqi"],
    "latin": ["Arjun Mehta", "Sunita Raghavan", "Oluwaseun Adeyemi", "Kwame Mensah", "Chiamaka Obi", "Haruto Sasaki",
              "Yuki Tanabe", "Kim Ji-hoon", "Park Soo-ah", "Nguyen Van Minh", "Siti Rahmawati", "Somchai Wongsakul",
              "Maria Santos Reyes", "Ahmed Al-Masri", "Fatima Zahra Benali", "Reza Tehrani", "Parisa Karimi",
              "Mehmet Yılmaz", "Elif Demir", "Dmitri Volkov", "Olena Kovalenko", "Agnieszka Nowak", "Lars Eriksson",
              "Sofie Janssen", "Matteo Bianchi", "Camille Laurent", "Jonas Becker", "Lucía Fernández", "Diego Castillo",
              "Thiago Oliveira", "Gabriela Rojas", "Emily Carter", "Daniel Whitfield", "Grace O'Neill", "Rohan Iyer",
              "Aisha Bello", "Tran Thi Lan", "Juan Pablo Ortega", "Ingrid Solberg", "Kofi Asante"],
    "cjk_foreign": ["佐藤健一", "山本美咲", "高橋翔太", "김민준", "박서연", "이지은", "中村あゆみ"],
}
PERSON["any"] = PERSON["zh"] + PERSON["latin"] + PERSON["pinyin"] + PERSON["cjk_foreign"]

ORG = {
    "zh": ["深圳市鼎衡科技有限公司", "杭州澜川数据服务有限公司", "上海德瑞律师事务所", "小米集团", "比亚迪", "招商银行",
           "宁德时代", "苏州恒拓精密机械有限公司", "成都蓝湾医药集团", "南京栖岸物流有限公司", "广州明澈会计师事务所",
           "武汉同济医院", "青岛海沛食品有限公司", "厦门屿联供应链集团", "中信证券"],
    "en": ["Halvorsen Logistics GmbH", "Brightwater Analytics Ltd", "Kestrel Bio Labs", "Veldhoven Systems B.V.",
           "Marlowe & Finch LLP", "Sierra Ridge Capital Partners", "Tanaka Precision Inc.", "Samsung Electronics",
           "Bosch", "Pemberton Foods plc", "Alder Creek Software LLC", "Ostwind Energie AG", "Tesla", "Accenture"],
}
ORG["any"] = ORG["zh"] + ORG["en"]

ADDRESS = {
    "cn": ["上海市徐汇区漕溪北路398号汇智大厦17楼1703室", "北京市海淀区中关村南大街27号院3号楼2单元502",
           "广州市天河区体育东路116号财富广场东塔2108室", "浙江省杭州市西湖区文三路259号", "四川省成都市武侯区科华北路65号A座1204",
           "江苏省南京市鼓楼区虎踞路1号龙江小区12栋3单元601室", "湖北省武汉市洪山区珞喻路1037号", "深圳市南山区科苑南路3099号中国储能大厦28楼",
           "天津市河西区友谊路35号城市大厦9层", "山东省济南市历下区经十路13777号"],
    "rural": ["河南省周口市郸城县宁平镇大李庄村三组41号", "湖南省邵阳市隆回县桃洪镇石门村5组12号", "安徽省六安市霍山县但家庙镇黄栗村七组28号",
              "贵州省遵义市湄潭县永兴镇茅坪村2组9号"],
    "hk_tw": ["香港九龍旺角彌敦道610號荷李活商業中心12樓1205室", "Flat B, 8/F, Tower 2, 33 Tai Koo Shing Road, Quarry Bay, Hong Kong",
              "臺北市大安區忠孝東路四段181號7樓", "新北市板橋區文化路一段268號5樓之2"],
    "asia": ["Blk 412 Bedok North Avenue 2, #09-115, Singapore 460412", "10 Anson Road, #21-07 International Plaza, Singapore 079903",
             "〒150-0002 東京都渋谷区渋谷2丁目21-1 18階", "大阪府大阪市北区梅田3丁目4-5 5F", "서울특별시 강남구 테헤란로 152, 12층",
             "부산광역시 해운대구 센텀중앙로 79"],
    "west": ["4127 Larkspur Lane, Apt 6B, Columbus, OH 43214", "Flat 2, 19 Winchcombe Road, Bristol BS7 8QR", "Hauptstraße 88, 69117 Heidelberg",
             "27 Rue des Martyrs, 75009 Paris", "Calle de Alcalá 214, 3º B, 28028 Madrid", "Keizersgracht 512-2, 1017 EK Amsterdam",
             "58 Wakefield Street, Wellington 6011", "1905 Pender Street West, Vancouver, BC V6G 1T9", "702 Crescent Ridge Dr, Unit 14, Plano, TX 75024"],
}
ADDRESS["zh"] = ADDRESS["cn"] + ADDRESS["rural"] + ADDRESS["hk_tw"][0:1] + ADDRESS["hk_tw"][2:]
ADDRESS["any"] = sum(ADDRESS.values(), [])

# real county-level codes (provinces 11-15, 21-23, 31-37, 41-46, 50-54, 61-65)
AREAS = ["110105", "110108", "120103", "130102", "140105", "150102", "210102", "220104", "230103", "310104", "310115",
         "320106", "330106", "340104", "350203", "360103", "370202", "410105", "420111", "430104", "440305", "450103",
         "460105", "500103", "510107", "520102", "530102", "540102", "610113", "620102", "630102", "640104", "650102",
         "411625", "430524", "341525"]
MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "139", "150", "151", "152", "155", "156", "157", "158",
                 "159", "166", "173", "175", "176", "177", "180", "181", "182", "185", "186", "187", "188", "189", "191", "198", "199"]
MAIL_LOCAL = ["jiayi.chen", "zq_liu", "siqi.huang88", "a.mehta", "kofi.asante", "l.eriksson", "hr-ops", "finance.ap",
              "yuki_tanabe", "oleksandra.k", "m.bianchi", "wanqing1991", "dengzm", "procurement", "tomasz.w", "reza.t"]
MAIL_DOMAIN = ["dingheng-tech.cn", "lanchuan-data.com", "qq.com", "163.com", "126.com", "gmail.com", "outlook.com",
               "brightwater-analytics.co.uk", "halvorsen-logistics.de", "kestrelbio.io", "foxmail.com", "yahoo.co.jp", "naver.com"]
PW_WORDS = ["quartz", "Maple", "tiger", "Lotus", "harbor", "Nebula", "panda", "Orchid", "falcon", "Cedar", "ruby", "Summit"]
DB_HOSTS = ["db-prod-3.corp.lan", "10.20.4.17", "pg-main.internal", "mysql-rw.shop-svc", "rds-orders.c9x2k.ap-east-1.rds.amazonaws.com"]
USERS = ["app_rw", "svc_report", "admin", "etl_user", "deploy", "readonly"]


# --------------------------------------------------------------------------------------
# generators
# --------------------------------------------------------------------------------------
PRC_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def prc_check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, PRC_W, strict=True)) % 11]


def luhn_digit(body: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str((10 - s % 10) % 10)


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def alnum(r: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def gen_prc(r: random.Random, variant: str = "") -> str:
    d = date(1958, 1, 1) + timedelta(days=r.randrange((date(2004, 12, 31) - date(1958, 1, 1)).days))
    for _ in range(200):
        body = r.choice(AREAS) + d.strftime("%Y%m%d") + digits(r, 3)
        c = prc_check(body)
        if variant in ("x", "X") and c != "X":
            continue
        val = body + c
        if variant == "x":
            val = val[:-1] + "x"
        if variant == "fw":
            val = val.translate(FW).replace("X", "Ｘ")
        return val
    raise RuntimeError("prc")


def gen_prc_bad(r: random.Random, how: str) -> str:
    d = date(1960, 1, 1) + timedelta(days=r.randrange(15000))
    body = r.choice(AREAS) + d.strftime("%Y%m%d") + digits(r, 3)
    if how == "date":  # impossible date, otherwise correct check char
        body = body[:6] + r.choice(["19870231", "19950230", "20011331", "19780432", "19920631"]) + body[14:]
        return body + prc_check(body)
    good = prc_check(body)
    return body + r.choice([c for c in "0123456789X" if c != good])


def iin(r: random.Random, issuer: str) -> tuple[str, int]:
    if issuer == "up16":
        return "62" + r.choice(["2202", "2848", "1700", "2588", "1483"]), 16
    if issuer == "up19":
        return "62" + r.choice(["1226", "2848", "1799", "2700"]), 19
    if issuer == "visa":
        return "4" + digits(r, 5), 16
    if issuer == "mc":
        return str(r.randint(51, 55)) + digits(r, 4), 16
    return str(r.randint(2221, 2720)) + digits(r, 2), 16  # mc2


def layout(num: str, how: str) -> str:
    if how == "plain":
        return num
    if how == "fw":
        return num.translate(FW)
    sep = " " if how == "space" else "-"
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def gen_card(r: random.Random, variant: str = "") -> str:
    issuer = r.choice(["up16", "up19", "visa", "mc", "mc2"])
    pre, n = iin(r, issuer)
    body = pre + digits(r, n - len(pre) - 1)
    num = body + luhn_digit(body)
    how = variant or r.choice(["plain", "plain", "space", "dash", "fw"])
    if how == "fw" and n == 19:
        how = "plain"
    return layout(num, how)


def gen_card_bad(r: random.Random) -> str:
    pre, n = iin(r, r.choice(["up16", "up19", "visa", "mc"]))
    body = pre + digits(r, n - len(pre) - 1)
    good = luhn_digit(body)
    num = body + r.choice([c for c in string.digits if c != good])
    return layout(num, r.choice(["plain", "space", "dash"]))


def mod97(s: str) -> int:
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97


def iban_with_check(cc: str, bban: str) -> str:
    chk = 98 - mod97(cc + "00" + bban)
    return f"{cc}{chk:02d}{bban}"


def elfproef_ok(acct: str) -> bool:
    return sum(int(c) * w for c, w in zip(acct, range(10, 0, -1), strict=True)) % 11 == 0


def bban(r: random.Random, cc: str) -> str:
    if cc == "DE":
        return digits(r, 8) + digits(r, 10)
    if cc == "GB":
        return r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 6) + digits(r, 8)
    if cc == "IE":
        return r.choice(["AIBK", "BOFI", "IPBS"]) + digits(r, 6) + digits(r, 8)
    if cc == "AT":
        return digits(r, 16)
    if cc == "CH":
        return digits(r, 5) + digits(r, 12)
    while True:  # NL
        acct = digits(r, 10)
        if elfproef_ok(acct) and acct[0] != "0":
            return r.choice(["ABNA", "RABO", "INGB", "TRIO"]) + acct


def print_fmt(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def gen_iban(r: random.Random, variant: str = "") -> str:
    cc = r.choice(["DE", "GB", "NL", "AT", "CH", "IE"])
    iban = iban_with_check(cc, bban(r, cc))
    return print_fmt(iban) if (variant == "print" or (not variant and r.random() < 0.5)) else iban


def gen_iban_bad(r: random.Random) -> str:
    cc = r.choice(["DE", "GB", "NL", "AT"])
    good = iban_with_check(cc, bban(r, cc))
    bad = good[:2] + f"{(int(good[2:4]) + r.randint(1, 9)) % 97 + 2:02d}" + good[4:]
    if mod97(bad) == 1:
        bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    return print_fmt(bad) if r.random() < 0.5 else bad


def gen_ssn(r: random.Random, variant: str = "") -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    how = variant or r.choice(["dash", "dash", "space", "plain"])
    sep = {"dash": "-", "space": " ", "plain": ""}[how]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def gen_ssn_bad(r: random.Random) -> str:
    a, g, s = r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999)
    k = r.choice(["000", "666", "9xx", "g00", "s0000"])
    if k == "000":
        a = 0
    elif k == "666":
        a = 666
    elif k == "9xx":
        a = r.randint(900, 999)
    elif k == "g00":
        g = 0
    else:
        s = 0
    return f"{a:03d}-{g:02d}-{s:04d}"


def gen_passport(r: random.Random, variant: str = "") -> str:
    v = variant or r.choice(["cn", "cn", "us", "uk", "de", "jp", "fr", "ca"])
    if v == "cn":
        return r.choice("EG") + digits(r, 8)
    if v in ("us", "uk"):
        return str(r.randint(1, 9)) + digits(r, 8)
    if v == "de":
        return "C" + alnum(r, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if v == "jp":
        return r.choice(["TK", "TR", "MZ", "TZ"]) + digits(r, 7)
    if v == "fr":
        return digits(r, 2) + alnum(r, 2, string.ascii_uppercase) + digits(r, 5)
    return alnum(r, 2, string.ascii_uppercase) + digits(r, 6)


def gen_phone(r: random.Random, variant: str = "") -> str:
    v = variant or r.choice(["cn", "cn", "cn_dash", "cn_sp", "cn86", "cnp86", "cn_fw", "land", "intl"])
    m = r.choice(MOBILE_PREFIX) + digits(r, 8)
    if v == "cn":
        return m
    if v == "cn_dash":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if v == "cn_sp":
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if v == "cn86":
        return r.choice(["+86 ", "+86", "(+86) "]) + m
    if v == "cnp86":
        return f"+86 {m[:3]} {m[3:7]} {m[7:]}"
    if v == "cn_fw":
        return m.translate(FW)
    if v == "land":
        return r.choice([f"010-{r.randint(5, 8)}{digits(r, 7)}", f"(021){r.randint(5, 6)}{digits(r, 7)}",
                         f"0755 {r.randint(2, 8)}{digits(r, 7)}", f"028-{r.randint(6, 8)}{digits(r, 7)}"])
    return r.choice([f"+44 7{digits(r, 3)} {digits(r, 6)}", f"+1 ({r.randint(201, 989)}) {r.randint(200, 989)}-{digits(r, 4)}",
                     f"+65 {r.choice('89')}{digits(r, 3)} {digits(r, 4)}", f"+852 {r.choice('569')}{digits(r, 3)} {digits(r, 4)}",
                     f"+49 15{digits(r, 1)} {digits(r, 8)}", f"+81 90-{digits(r, 4)}-{digits(r, 4)}"])


def gen_email(r: random.Random, variant: str = "") -> str:
    return f"{r.choice(MAIL_LOCAL)}@{r.choice(MAIL_DOMAIN)}"


def gen_ip(r: random.Random, variant: str = "") -> str:
    v = variant or r.choice(["p10", "p172", "p192", "pub", "v6", "ula"])
    if v == "p10":
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if v == "p172":
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if v == "p192":
        return f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if v == "pub":
        first = r.choice([36, 47, 58, 61, 101, 114, 119, 121, 139, 183, 211, 221, 81, 95, 151, 185])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if v == "v6":
        return f"{r.choice(['240e', '2408', '2409', '2a01', '2600', '2a02'])}:{r.randint(1, 0xfff):x}:{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}::{r.randint(1, 0xffff):x}"
    return f"fd{r.randint(0, 255):02x}:{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}::{r.randint(1, 0xfff):x}"


def gen_password(r: random.Random) -> str:
    w = r.choice(PW_WORDS)
    return r.choice([f"{w}{digits(r, 4)}{r.choice('!#@$%&')}", f"{r.choice('!#@')}{w}_{digits(r, 2)}{alnum(r, 3)}",
                     f"{alnum(r, 4)}{r.choice('#@!')}{digits(r, 3)}{w.lower()}", alnum(r, 14)])


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def gen_secret(r: random.Random, variant: str = "") -> str:
    v = variant or "pw"
    a62 = string.ascii_letters + string.digits
    if v == "pw":
        return gen_password(r)
    if v == "sk":
        return "sk-" + alnum(r, 48, a62)
    if v == "skproj":
        return "sk-proj-" + alnum(r, 56, a62 + "_-")
    if v == "sklive":
        return "sk_live_" + alnum(r, 24, a62)
    if v == "akia":
        return "AKIA" + alnum(r, 16, string.ascii_uppercase + "234567")
    if v == "awssecret":
        return alnum(r, 40, a62 + "+/")
    if v == "ghp":
        return "ghp_" + alnum(r, 36, a62)
    if v == "glpat":
        return "glpat-" + alnum(r, 20, a62 + "_-")
    if v == "xoxb":
        return f"xoxb-{digits(r, 12)}-{digits(r, 13)}-{alnum(r, 24, a62)}"
    if v == "npm":
        return "npm_" + alnum(r, 36, a62)
    if v == "aiza":
        return "AIza" + alnum(r, 35, a62 + "_-")
    if v == "hex":
        return alnum(r, 32, "0123456789abcdef")
    if v == "jwt":
        head = {"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}
        body = {"sub": digits(r, 7), "role": r.choice(["admin", "ops", "finance"]), "iat": 1760000000 + r.randint(0, 9999999)}
        body["exp"] = body["iat"] + 86400
        return f"{b64u(json.dumps(head, separators=(',', ':')).encode())}.{b64u(json.dumps(body, separators=(',', ':')).encode())}.{b64u(r.randbytes(32))}"
    if v == "sshkey":
        raw = b"openssh-key-v1\x00" + r.randbytes(300)
        b = base64.b64encode(raw).decode()
        lines = [b[i:i + 70] for i in range(0, len(b), 70)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
    if v == "dburl":
        scheme = r.choice(["postgresql", "mysql", "mongodb+srv", "postgres"])
        return f"{scheme}://{r.choice(USERS)}:{gen_password(r).replace('@', '').replace('#', '').replace('%', '').replace('&', '').replace('$', '')}@{r.choice(DB_HOSTS)}:{r.choice(['5432', '3306', '27017'])}/{r.choice(['orders', 'crm', 'hr_core', 'billing'])}"
    if v == "pipurl":
        return f"https://ci-bot:{alnum(r, 20, a62)}@{r.choice(['nexus.corp.lan', 'pypi.internal.shop-svc', 'artifacts.lanchuan-data.com'])}/repository/pypi/simple"
    raise ValueError(v)


def gen_unlabelled(r: random.Random, kind: str) -> str:
    """Values that must stay unlabelled: near misses and business numbers."""
    if kind == "prc_badcheck":
        return gen_prc_bad(r, "check")
    if kind == "prc_baddate":
        return gen_prc_bad(r, "date")
    if kind == "card_bad":
        return gen_card_bad(r)
    if kind == "iban_bad":
        return gen_iban_bad(r)
    if kind == "ssn_bad":
        return gen_ssn_bad(r)
    if kind == "order":
        return r.choice(["", "SO", "DD"]) + digits(r, 14) if r.random() < 0.6 else f"{r.randint(2, 9)}{digits(r, 15)}"
    if kind == "order23":
        m = r.choice(MOBILE_PREFIX) + digits(r, 8)
        return "2025" + digits(r, 4) + m + digits(r, 4)
    if kind == "tracking":
        return r.choice(["YD", "ZT", "JT"]) + digits(r, 13)
    if kind == "invoice":
        return digits(r, 20)
    if kind == "po":
        return f"PO-{r.randint(2024, 2026)}-{digits(r, 6)}"
    if kind == "wire":
        return f"FT{digits(r, 4)}{alnum(r, 6, string.ascii_uppercase + string.digits)}{digits(r, 6)}"
    if kind == "isbn":
        return f"978-7-{r.randint(100, 599)}-{digits(r, 5)}-{r.randint(0, 9)}"
    if kind == "uscc":
        return "91" + r.choice(["310115", "440305", "110108", "330106"]) + "MA" + alnum(r, 8, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    if kind == "meeting":
        return f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"
    if kind == "ts":
        return str(1700000000000 + r.randint(0, 99999999999))
    if kind == "money":
        return f"{r.randint(12, 980)}.{r.randint(1, 9)}"
    if kind == "pct":
        return f"{r.randint(2, 38)}.{r.randint(0, 9)}%"
    if kind == "int":
        return str(r.randint(3, 60))
    if kind == "k":
        return str(r.randint(60, 240))
    if kind == "ver":
        return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}"
    if kind == "sku":
        return f"SKU-{alnum(r, 3, string.ascii_uppercase)}-{digits(r, 5)}"
    if kind == "date":
        d = date(2025, 1, 1) + timedelta(days=r.randrange(700))
        return d.isoformat()
    raise ValueError(kind)


GEN = {"PRC_ID": gen_prc, "BANK_CARD": gen_card, "IBAN": gen_iban, "US_SSN": gen_ssn, "PASSPORT": gen_passport,
       "PHONE": gen_phone, "EMAIL": gen_email, "IP_ADDRESS": gen_ip, "SECRET": gen_secret,
       "PERSON": lambda r, v="": r.choice(PERSON[v or "any"]), "ORG": lambda r, v="": r.choice(ORG[v or "any"]),
       "ADDRESS": lambda r, v="": r.choice(ADDRESS[v or "any"])}


# --------------------------------------------------------------------------------------
# hand-written frames: ⟦TYPE⟧ / ⟦TYPE:variant⟧ is a labelled slot, ⟪kind⟫ an unlabelled value.
# (lang, text, confidential)
# --------------------------------------------------------------------------------------
FRAMES: dict[str, list[tuple[str, str, bool]]] = {}
Z, E, M = "zh", "en", "mixed"

FRAMES["general"] = [
    (M, "帮我把这句翻成英文：'本周五系统维护，预计停机两小时'，语气 formal 一点", False),
    (Z, "帮我把这段话改得更正式一点：下周三下午开会，大家记得带电脑", False),
    (E, "whats the difference between a list and a tuple in python, explain like im 12", False),
    (Z, "用Excel怎么把一列日期按月份汇总？数据大概有⟪int⟫千行", False),
    (E, "Can you draft a polite out-of-office reply? I'm back on the 14th, no need to mention where I'm going.", False),
    (M, "pandas 里 groupby 之后怎么只保留每组最大的那一行？df.groupby('dept').max() 不对", False),
    (Z, "周报模板有没有推荐的？要有本周完成、下周计划、风险三个部分", False),
    (E, "translate to chinese pls: 'The shipment has been delayed due to weather, sorry for the inconvenience'", False),
    (Z, "git rebase 和 merge 到底用哪个？我们组老有人吵这个", False),
    (E, "regex to match a hex colour like #a1b2c3 or #fff?", False),
    (M, "帮我写个 bash 脚本，把当前目录下所有 .log 文件压缩成 tar.gz，然后删掉7天前的", False),
    (Z, "给新同事写一份入职第一周的待办清单，通用一点就行", False),
    (E, "Summarise the main points of the GDPR right to erasure in 5 bullets", False),
    (Z, "K8s 的 readinessProbe 和 livenessProbe 区别是啥，配错了会怎样", False),
    (E, "how do i center a div vertically, flexbox is confusing me again", False),
    (M, "SQL: SELECT dept, AVG(score) FROM t GROUP BY dept HAVING AVG(score) > 80 这句为什么报错 only_full_group_by？", False),
    (Z, "版本 ⟪ver⟫ 升级之后 npm install 特别慢，有没有换源的办法", False),
    (E, "Write a haiku about Monday standups", False),
    (Z, "帮我想5个团建活动的点子，预算人均两百以内", False),
    (E, "Is it 'fewer' or 'less' with data? asking for a slide title", False),
    (M, "docker compose up 提示 port is already allocated，怎么查是哪个进程占了 8080", False),
    (Z, "PPT 配色用什么比较商务？深蓝配什么颜色好看", False),
    (E, "explain big-O of quicksort worst case vs average, with a tiny example", False),
]

FRAMES["credentials"] = [
    (M, "Jenkins console output:\n[Pipeline] sh\n+ docker login -u ci-bot -p ⟦SECRET⟧ registry.corp.lan\nWARNING! Using --password via the CLI is insecure.\nLogin Succeeded\n这个 warning 要紧吗", False),
    (M, "prod 连不上了，帮看下这个配置哪里错：\nDB_HOST=pg-main.internal\nDB_USER=app_rw\nDB_PASSWORD=⟦SECRET⟧\nDB_PORT=5432", False),
    (E, "getting 401 from the completions endpoint with this, is the key revoked?\ncurl https://api.openai.com/v1/models -H \"Authorization: Bearer ⟦SECRET:sk⟧\"", False),
    (M, "这个 key 为啥调用报 insufficient_quota：⟦SECRET:skproj⟧", False),
    (E, "stripe webhook test keeps failing. stripe.api_key = \"⟦SECRET:sklive⟧\" in settings.py, anything obviously wrong?", False),
    (M, "~/.aws/credentials 是这样写的吗\n[default]\naws_access_key_id = ⟦SECRET:akia⟧\naws_secret_access_key = ⟦SECRET:awssecret⟧\nregion = ap-east-1", False),
    (E, "CI log from last night, why did the push fail?\n+ git remote set-url origin https://x-access-token:⟦SECRET:ghp⟧@github.com/acme-int/infra.git\nremote: Permission denied", False),
    (M, "gitlab runner 注册一直失败，token 用的是 ⟦SECRET:glpat⟧ ，是不是权限不够", False),
    (E, "our slack bot stopped posting. SLACK_BOT_TOKEN=⟦SECRET:xoxb⟧ — do I need to reinstall the app?", False),
    (M, ".npmrc 里这么写对吗：//registry.npmjs.org/:_authToken=⟦SECRET:npm⟧", False),
    (E, "maps api returns REQUEST_DENIED. key is ⟦SECRET:aiza⟧ , restricted to android apps i think", False),
    (M, "帮我解一下这个 jwt 里的 payload 是什么：⟦SECRET:jwt⟧", False),
    (E, "is this key in the right format for the deploy server? paste:\n⟦SECRET:sshkey⟧", False),
    (M, "报表脚本连库用的 ⟦SECRET:dburl⟧ ，现在超时，是不是安全组没开", False),
    (E, "pip install fails behind the proxy, pip.conf has index-url = ⟦SECRET:pipurl⟧", False),
    (Z, "VPN 新账号开好了，用户名 wangxh，初始密码⟦SECRET⟧，登录后记得改", False),
    (Z, "财务系统密码是⟦SECRET⟧，你帮我看看为什么老提示已锁定", False),
    (Z, "路由器后台口令：⟦SECRET⟧ ，怎么改成只能内网访问", False),
    (M, "mysql -u root -p⟦SECRET⟧ -h ⟦IP_ADDRESS:p10⟧ 这样连的时候提示 access denied for user", False),
    (E, "redis won't start: redis-server --port 6380 --requirepass ⟦SECRET⟧ --daemonize yes, says bad directive?", False),
    (E, "curl -u deploy:⟦SECRET⟧ https://jenkins.corp.lan/job/release/build returns 403, any idea", False),
    (M, "docker-compose.yml:\n  postgres:\n    environment:\n      POSTGRES_USER: etl_user\n      POSTGRES_PASSWORD: ⟦SECRET⟧\n这个为啥起不来", False),
    (E, "the wifi pass for the 4th floor guest network is ⟦SECRET⟧ btw, can you write a little sign for the door", False),
    (M, "Django 报错 ImproperlyConfigured，settings 里 SECRET_KEY = '⟦SECRET:hex⟧' 有问题吗", False),
    (E, "export PGPASSWORD='⟦SECRET⟧'; psql -h db-prod-3.corp.lan -U svc_report orders  <- why does it still prompt", False),
    (M, "QQ邮箱SMTP授权码⟦SECRET:hex⟧填进去了，python smtplib 还是 535 错误", False),
    (E, "{\"vault\": {\"master_password\": \"⟦SECRET⟧\", \"timeout\": 30}}\nhow do I load this json in go and keep the password out of logs", False),
    (M, "postman 里 header 这样设：\"X-API-Key\": \"⟦SECRET:hex⟧\"，返回 403 是什么原因", False),
]

FRAMES["hr"] = [
    (M, "| name | level | new base |\n|---|---|---|\n| ⟦PERSON:zh⟧ | P6 | ⟪k⟫k |\n| ⟦PERSON:latin⟧ | P7 | ⟪k⟫k |\n这个表格帮我按涨幅排序", False),
    (M, "下周的 calibration 会上要把 ⟦PERSON:title⟧ 从 M2 降到 M1，他本人还不知道，talking points 帮我准备下", False),
    (Z, "⟦PERSON:zh⟧这次绩效打了C，下个月开始走PIP流程，面谈稿帮我写一下", False),
    (E, "Draft a note to ⟦PERSON:latin⟧ explaining why her raise is 4% instead of the 8% she asked for", False),
    (M, "offer 对比：⟦PERSON:latin⟧ base ⟪k⟫k + 15% bonus，⟦PERSON:zh⟧ 月薪3.8万 16薪，帮我写个审批说明", False),
    (Z, "⟦PERSON:title⟧最近老迟到，已经口头警告两次了，第三次怎么写书面警告比较合规", False),
    (E, "we're letting ⟦PERSON:latin⟧ go on Friday, can you help me script the conversation? she doesn't know yet", False),
    (Z, "调薪名单：⟦PERSON:zh⟧ 18k→21k，⟦PERSON:zh⟧ 15k→16.5k，帮我算下总涨幅", False),
    (E, "Quick calibration notes: ⟦PERSON:given⟧ exceeds, ⟦PERSON:given⟧ meets, ⟦PERSON:given⟧ below — need one line of justification each", False),
    (Z, "下周要裁掉运营部⟪int⟫个人，名单还没定，先帮我列一下沟通顺序和补偿N+1的算法", True),
    (E, "Between us: the team lead in Berlin is being moved out after the harassment complaint, HR wants a transition plan by Thursday", True),
    (Z, "我们组那个新来的实习生试用期考核不通过，月底前要通知他，怎么说比较委婉", True),
    (E, "Our VP of Sales resigned yesterday, nobody knows yet — help me draft the board update", True),
    (Z, "明年调薪池只有3%，但是核心骨干要给到10%，剩下的人怎么分，帮我出个方案", True),
    (Z, "Excel 里怎么用 VLOOKUP 算阶梯提成？比如销售额10万以下3%，以上5%", False),
    (E, "What's a typical notice period in the UK for someone with 3 years of service?", False),
    (Z, "如果税前月薪是2.5万，五险一金按上海标准，到手大概多少？", False),
    (E, "How should a manager structure a 1:1 with a struggling report? general tips please", False),
    (Z, "员工主动离职需要提前多少天通知？试用期呢？", False),
    (E, "According to the 2024 public salary survey, what's the median pay for data engineers in Singapore?", False),
    (M, "HR 让我把 ⟦PERSON:pinyin⟧ 的 performance review 从 3.5 改成 3，理由写 'inconsistent delivery'，帮我润色下", False),
    (Z, "⟦PERSON:cjk_foreign⟧下个月外派东京，补贴按每月⟪k⟫00日元算，合同附件怎么写", False),
]

FRAMES["medical"] = [
    (M, "我老公体检 PSA 偏高，urologist 建议做 biopsy，他很焦虑，我该怎么劝他", True),
    (Z, "我爸昨天胃镜做完，病理说是低分化腺癌，下一步该问医生什么", True),
    (E, "Thyroid panel came back: TSH 8.9 and the doc wants to start levothyroxine — is that dose normal?", True),
    (Z, "我们组有个同事上周查出来乳腺结节4a，想请长假，我作为主管怎么安排工作比较好", True),
    (E, "My wife is 31 weeks and her glucose tolerance test came back high, what should she be eating?", True),
    (Z, "⟦PERSON:zh⟧的体检报告：ALT 128，AST 96，乙肝表面抗原阳性，帮我解读一下", False),
    (E, "Can you help me write a leave request for ⟦PERSON:latin⟧? She's starting chemo for lymphoma next Monday", False),
    (Z, "⟦PERSON:title⟧住院了，心梗放了两个支架，部门想去看他，带什么合适", False),
    (M, "我妈 HbA1c 9.2%，空腹血糖 11，医生开了二甲双胍 0.5g bid，需要再加药吗", True),
    (E, "been on sertraline 100mg for my depression since march and i still feel flat, should i ask to switch", True),
    (Z, "头孢吃完隔多久才能喝酒？", False),
    (E, "What are the early symptoms of type 2 diabetes?", False),
    (Z, "甲流和普通感冒怎么区分？", False),
    (E, "Is it safe to take melatonin every night long term?", False),
    (Z, "体检报告里的 ALT 偏高一般是什么原因？", False),
    (M, "病历摘要帮我翻译成英文：患者⟦PERSON:zh⟧，男，⟪int⟫岁，诊断：2型糖尿病伴周围神经病变", False),
    (E, "Patient ⟦PERSON:latin⟧, DOB on file, MRI shows L4-L5 disc herniation — please turn this into a plain-language summary for him", False),
    (Z, "孩子幼儿园老师说小朋友有多动症的表现，一般去哪个科室看？", False),
    (E, "my kid's pediatrician says his ferritin is 9, how fast do iron drops usually work for a 4 year old", True),
]

FRAMES["finance"] = [
    (M, "board deck 第5页的 FY26 budget 写的是 ⟪money⟫m，CFO 还在改，先别发给 team", True),
    (Z, "这个季度初步算下来营收只有⟪money⟫亿，跟下周要对外说的口径差了一截，怎么跟董事会解释", True),
    (E, "Prelim numbers: EBITDA margin came in at ⟪pct⟫, guidance we're about to publish says 18% — help me phrase the variance", True),
    (Z, "明年预算砍⟪pct⟫，市场部先砍，这事还没跟他们说", True),
    (E, "we're raising a series C at 1.2bn pre, term sheet lands monday, draft the all-hands talking points for after it's signed", True),
    (Z, "给⟦ORG:zh⟧的报价底线是每台⟪k⟫元，低于这个就不接，邮件里怎么写", True),
    (E, "Our contract with ⟦ORG:en⟧ gives them a 22% discount with a 5m minimum commitment; draft the renewal counter-offer", True),
    (Z, "⟦ORG:zh⟧2023年报里的营收和净利润，帮我算下净利率", False),
    (E, "What was ⟦ORG:en⟧'s reported revenue growth in their last published annual report?", False),
    (Z, "报销款打到这张卡：⟦BANK_CARD⟧，户名⟦PERSON:zh⟧", False),
    (E, "refund the deposit to card ⟦BANK_CARD⟧ please, it's ⟦PERSON:latin⟧'s", False),
    (Z, "怎么用 Excel 算 IRR 和 NPV？", False),
    (E, "Explain the difference between EBITDA and operating cash flow", False),
    (Z, "发票号 ⟪invoice⟫ 的金额是 ⟪money⟫ 万，帮我写付款申请说明", False),
    (E, "Wire ref ⟪wire⟫ for PO ⟪po⟫ hasn't cleared, draft a chaser to the supplier's AR team", False),
    (M, "现金流预测 sheet 里 Q3 forecast 写的是负 ⟪money⟫ 万，CFO 说别外传，帮我做个简版给老板", True),
    (Z, "我们打算收购一家做冷链的小公司，估值谈到⟪money⟫亿左右，尽调清单帮我列一下", True),
    (E, "How do I format a cash flow statement in Excel for a small business?", False),
    (Z, "工资卡号⟦BANK_CARD:space⟧，开户支行我回头补，帮我先填进报销单", False),
]

FRAMES["legal"] = [
    (M, "opposing counsel 发来 settlement draft，⟦ORG:en⟧ 同意付 ⟪money⟫ 万美元但要求 non-disparagement，我们接不接", True),
    (Z, "⟦ORG:zh⟧拖欠我们货款⟪money⟫万，法务准备下周发律师函，先帮我起草", True),
    (E, "⟦ORG:en⟧ offered to settle for 1.4m if we drop the patent claim, is that worth it vs going to trial?", True),
    (Z, "和⟦ORG:zh⟧的合同第7条写的违约金是合同总价的30%，他们要求降到10%，我们底线15%，回复怎么写", True),
    (E, "We're about to send a cease-and-desist to ⟦ORG:en⟧ over the logo, can you tighten the wording", True),
    (Z, "前员工⟦PERSON:zh⟧申请劳动仲裁，要求赔偿⟪k⟫000元，我们证据链哪里有问题", False),
    (E, "⟦PERSON:latin⟧'s lawyer says the non-compete is unenforceable; summarise our options", False),
    (Z, "劳动合同到期不续签需要给补偿吗？", False),
    (E, "What's the difference between a trademark and a copyright?", False),
    (Z, "个人信息保护法里的单独同意是什么意思？", False),
    (E, "In general, how long does a civil lawsuit take in Germany?", False),
    (M, "NDA 模板里的 governing law 写 Hong Kong 还是 Singapore 比较常见？一般性问题", False),
    (Z, "我们被供应商起诉了，对方索赔金额还没公开，先别让销售知道，内部怎么口径统一", True),
    (E, "Keep this quiet, but the regulator opened an inquiry into our Q2 billing practices — what should we preserve?", True),
    (Z, "律师说⟦PERSON:title⟧的离职协议里保密条款写得太宽，帮我改一版", False),
]

FRAMES["names_alone"] = [
    (M, "chat log:\n[10:02] ⟦PERSON:pinyin⟧: 今天的 standup 推迟到 10:30\n[10:03] ⟦PERSON:latin⟧: ok noted\n[10:05] ⟦PERSON:given⟧: 收到\n帮我总结这段聊天", False),
    (Z, "帮我给⟦PERSON:zh⟧写个生日祝福，她在我们组五年了", False),
    (E, "can you remind me what I should bring up with ⟦PERSON:latin⟧ in tomorrow's 1:1", False),
    (Z, "⟦PERSON:title⟧说明天的会改到下午三点，帮我发个通知", False),
    (E, "Hi ⟦PERSON:given⟧, thanks for covering for me yesterday! — make this sound less stiff", False),
    (M, "meeting notes: attendees ⟦PERSON:pinyin⟧, ⟦PERSON:latin⟧, ⟦PERSON:zh⟧。帮我整理成纪要格式", False),
    (Z, "值班表：周一⟦PERSON:zh⟧，周二⟦PERSON:zh⟧，周三⟦PERSON:title⟧，帮我做成表格", False),
    (E, "Write a farewell card message for ⟦PERSON:latin⟧ who is retiring after 22 years", False),
    (Z, "⟦PERSON:cjk_foreign⟧下周从海外分公司过来出差，帮我写个欢迎邮件", False),
    (M, "@⟦PERSON:given⟧ 你那边的 PR 我 review 完了，几个小问题，帮我把评论改得客气点", False),
    (E, "thank-you note to ⟦PERSON:latin⟧ and ⟦PERSON:latin⟧ for organising the offsite", False),
    (Z, "帮我写个群公告：本周五⟦PERSON:zh⟧请假，有事找⟦PERSON:title⟧", False),
    (E, "From: ⟦PERSON:latin⟧\nTo: team\nSubject: Friday demo\n\ncan you rewrite this so it's shorter", False),
    (Z, "小组长帮我排个座位表，⟦PERSON:zh⟧想靠窗，⟦PERSON:zh⟧离打印机近一点", False),
    (E, "i keep spelling ⟦PERSON:latin⟧'s name wrong in emails lol, any trick to remember it", False),
]

FRAMES["address"] = [
    (M, "Grab 司机找不到地方，pickup 改成 ⟦ADDRESS:asia⟧，帮我用英文发给他", False),
    (Z, "快递帮我改地址：⟦ADDRESS:cn⟧，收件人⟦PERSON:zh⟧", False),
    (Z, "老家地址是⟦ADDRESS:rural⟧，帮我写一份回乡证明的申请", False),
    (E, "Please update my mailing address to ⟦ADDRESS:west⟧ in the HR system — write the request", False),
    (M, "office move: 新办公地址 ⟦ADDRESS:cn⟧，帮我写一封给客户的通知邮件（中英双语）", False),
    (E, "Can you format this for an envelope: ⟦ADDRESS:asia⟧", False),
    (Z, "寄样品到⟦ADDRESS:hk_tw⟧，报关单怎么填", False),
    (E, "I moved to ⟦ADDRESS:west⟧ last month, what do I need to tell my bank?", False),
    (Z, "⟦PERSON:title⟧家住⟦ADDRESS:cn⟧，周末聚餐从公司怎么走最快", False),
    (M, "shipping_address: \"⟦ADDRESS:any⟧\" 这个字段 JSON 里中文会乱码吗", False),
    (Z, "我们在北京市朝阳区，附近有什么适合团建的地方？", False),
    (E, "Any good coffee spots near Frankfurt central station?", False),
    (Z, "地址栏的格式示例写成 ××省××市××区××路××号 可以吗？", False),
    (E, "For the form placeholder text, is '1 Example Road, Sampletown, AB1 2CD' fine or too American?", False),
    (Z, "深圳南山区和福田区哪个通勤更方便？", False),
    (E, "What's the right way to write a UK postcode on a form? general question", False),
    (Z, "发票抬头寄送地址：⟦ADDRESS:cn⟧，联系电话⟦PHONE⟧", False),
]

FRAMES["multi_entity"] = [
    (M, "Slack 消息：hey ⟦PERSON:given⟧, 客户 ⟦PERSON:latin⟧ 的 email 是 ⟦EMAIL⟧，电话 ⟦PHONE:intl⟧，你 follow up 一下", False),
    (Z, "新员工入职信息：姓名⟦PERSON:zh⟧，身份证⟦PRC_ID⟧，手机⟦PHONE⟧，住址⟦ADDRESS:cn⟧，帮我填进表格", False),
    (E, "Onboarding: ⟦PERSON:latin⟧, SSN ⟦US_SSN⟧, email ⟦EMAIL⟧, home ⟦ADDRESS:west⟧ — format as CSV", False),
    (M, "name,id_no,mobile,card\n⟦PERSON:zh⟧,⟦PRC_ID⟧,⟦PHONE:cn⟧,⟦BANK_CARD:plain⟧\n⟦PERSON:zh⟧,⟦PRC_ID⟧,⟦PHONE:cn⟧,⟦BANK_CARD:plain⟧\n这份 CSV 导入时第二行报错，帮看看", False),
    (E, "Booking for ⟦PERSON:latin⟧: passport ⟦PASSPORT:us⟧, mobile ⟦PHONE:intl⟧. Please draft the hotel email.", False),
    (Z, "出差订票：⟦PERSON:zh⟧，护照号⟦PASSPORT:cn⟧，联系邮箱⟦EMAIL⟧", False),
    (E, "Payroll change for ⟦PERSON:latin⟧ (⟦EMAIL⟧): new IBAN ⟦IBAN⟧ from next month", False),
    (M, "{\"name\": \"⟦PERSON:pinyin⟧\", \"phone\": \"⟦PHONE:cn86⟧\", \"email\": \"⟦EMAIL⟧\", \"addr\": \"⟦ADDRESS:cn⟧\"}\n这个 JSON 帮我转成 YAML", False),
    (Z, "客户⟦PERSON:title⟧的退款：卡号⟦BANK_CARD⟧，电话⟦PHONE⟧，来自⟦ORG:zh⟧", False),
    (E, "From: ⟦PERSON:latin⟧ <⟦EMAIL⟧>\nSent: Tuesday\nSubject: visa docs\n\nAttached my passport ⟦PASSPORT⟧ scan and my address ⟦ADDRESS:west⟧.\n\nsummarise what she still needs", False),
    (M, "INSERT INTO staff(name, idcard, phone) VALUES ('⟦PERSON:zh⟧', '⟦PRC_ID⟧', '⟦PHONE:cn⟧'); 这句为啥主键冲突", False),
    (Z, "⟦PERSON:zh⟧（⟦ORG:zh⟧采购）手机⟦PHONE:cn_dash⟧，邮箱⟦EMAIL⟧，下周来访，帮我安排", False),
    (E, "Tenant: ⟦PERSON:latin⟧, ⟦ADDRESS:west⟧, tel ⟦PHONE:intl⟧, deposit via ⟦IBAN:print⟧ — draft the lease summary", False),
]

FRAMES["confidential_no_identifier"] = [
    (M, "下周 town hall 前先别说：APAC 的 sales team 要并到新加坡，北京这边大概只留⟪int⟫个人", True),
    (M, "roadmap 上那个 feature 其实已经砍了，客户那边还不知道，PM 让我们 keep quiet 到月底", True),
    (M, "怎么写一个 generic 的 reorg FAQ 模板？不涉及任何具体公司", False),
    (Z, "三季度数字出来了，收入⟪money⟫亿，离我们准备对外讲的那个数差挺多，先别外传", True),
    (E, "Heads up, the Suzhou plant is shutting down in spring, don't tell the line managers until the board signs off", True),
    (Z, "我们跟对面那家谈并购已经到尽调阶段了，估值大概⟪money⟫亿，下周签意向书", True),
    (E, "We're cutting about ⟪int⟫% of the support team in January, help me plan the sequencing before anyone hears", True),
    (Z, "新品的真实良率只有⟪pct⟫，发布会上说的是95%，这个差距怎么处理", True),
    (E, "Our core recipe uses a 3:1 ratio of the two enzymes at 42°C — help me write the patent-free process doc for the new plant", True),
    (Z, "销售总监被查出虚报了大概⟪money⟫万的差旅费，这周要处理，先别声张", True),
    (E, "The customer is threatening to walk unless we cut the unit price by ⟪pct⟫ — what's our walk-away point?", True),
    (Z, "我同事刚跟我说她怀孕了，还没告诉领导，她担心影响晋升，我该怎么帮她", True),
    (E, "My manager told me in private that two of us will be let go after the audit, should I start looking?", True),
    (Z, "董事会决定明年不给全员调薪，只给前10%的人发特别奖，这个怎么在全员会上讲", True),
    (E, "Board approved the buyback yesterday, announcement goes out after close on the 18th, prep the FAQ", True),
    (Z, "我们的推荐算法核心是把点击率和停留时长按0.3:0.7加权再做时间衰减，这个文档帮我整理一下给新人看", True),
    (E, "the deal with the Korean distributor fell apart over the exclusivity clause, how do I tell the team without panicking them", True),
    (Z, "下季度准备把客服整体外包出去，现有团队⟪int⟫个人还不知道", True),
    (E, "We missed the covenant ratio this quarter; the bank hasn't noticed yet. How do I frame the waiver request?", True),
    (Z, "这次融资的估值其实比对外说的低了一半，怎么跟老员工解释期权价值", True),
    (E, "Our largest account told us today they're moving to a competitor in Q2. Revenue impact is roughly ⟪money⟫m", True),
    (Z, "研发那边把新电池的能量密度做到了⟪k⟫Wh/kg，专利还没申请，先帮我写个技术简报", True),
    (E, "one of my reports admitted she's been struggling with alcohol, i want to support her without making it a thing", True),
    (Z, "公开财报里说去年营收增长12%，这个增速在行业里算什么水平？", False),
    (E, "If a company hypothetically missed guidance by 10%, how do analysts usually react?", False),
    (Z, "一般公司裁员的流程是什么样的？想了解下法律要求", False),
    (E, "What are common reasons acquisitions fail after signing? general question", False),
    (Z, "假设一个产品良率从90%提到95%，成本大概能降多少？给个计算思路", False),
    (E, "How should a startup communicate a down round to employees, in general?", False),
    (Z, "国家统计局公布的去年城镇非私营单位平均工资是多少？", False),
    (E, "Write a generic template for announcing an office relocation to staff", False),
    (Z, "上市公司回购股份一般需要披露什么？", False),
    (E, "What's a reasonable price-negotiation strategy when a supplier raises prices 15%? textbook answer please", False),
    (Z, "周报里写：本周完成了首页改版的设计评审，下周开始开发", False),
    (E, "our published sustainability report says emissions fell 8% — can you turn that into a LinkedIn post", False),
    (Z, "明天开会要讨论那家公司的收购条款，对方开价⟪money⟫亿现金加股票，我们财务顾问觉得高了", True),
    (E, "Looks like Project Wren is going ahead — we buy them for cash at ⟪money⟫m, signing next week", True),
]

FRAMES["email"] = [
    (M, "Outlook 规则：from ⟦EMAIL⟧ 的邮件自动移到 Vendor 文件夹，怎么设", False),
    (Z, "帮我给 ⟦EMAIL⟧ 发一封会议邀请，主题是下周项目复盘", False),
    (E, "Write a follow-up email to ⟦EMAIL⟧ asking about the delivery timeline", False),
    (M, "SMTP 报 550 mailbox unavailable，收件人是 ⟦EMAIL⟧，是地址写错了吗", False),
    (E, "cc ⟦EMAIL⟧ and ⟦EMAIL⟧ on the reply, and make the tone friendlier", False),
    (Z, "简历投递邮箱写 ⟦EMAIL⟧ 合适吗，会不会显得不专业", False),
    (M, "git config user.email \"⟦EMAIL⟧\" 设置了但是 commit 还是显示旧邮箱", False),
    (E, "Unsubscribe requests keep bouncing from ⟦EMAIL⟧ — draft a note to our ESP", False),
    (Z, "⟦ORG:zh⟧对接人邮箱 ⟦EMAIL⟧，帮我约个线上演示", False),
    (E, "Mailing list import failed on row 14: ⟦EMAIL⟧ — is there a typo?", False),
    (Z, "⟦EMAIL⟧ 这个邮箱老是收不到我们的周报，帮我写个给IT的工单", False),
    (E, "How do I set up a forwarding rule in Outlook? No specific addresses, just the steps", False),
    (Z, "示例邮箱写 user@example.com 会被当成真实地址吗", False),
    (E, "From: ⟦PERSON:latin⟧ <⟦EMAIL⟧>\nSubject: invoice question\n\nturn this into a ticket summary", False),
]

FRAMES["phone"] = [
    (M, "WhatsApp 上加一下 ⟦PHONE:intl⟧，他是新加坡那边的分销商，帮我写个开场白", False),
    (Z, "帮我给客户回个短信，号码⟦PHONE⟧，说明天上午送货", False),
    (E, "Can you write a voicemail script for calling back ⟦PHONE:intl⟧ about the invoice?", False),
    (Z, "前台座机⟦PHONE:land⟧转8021是哪个部门来着？帮我写个提示牌", False),
    (M, "Twilio 发送失败，to 字段填的是 ⟦PHONE:cn86⟧，报 21211 invalid number", False),
    (Z, "快递员电话⟦PHONE:cn_sp⟧一直打不通，帮我写个投诉", False),
    (E, "The supplier's hotline ⟦PHONE:intl⟧ goes to voicemail, draft an email instead", False),
    (Z, "这个号码⟦PHONE:cn_fw⟧是全角的，Excel 怎么批量转半角", False),
    (M, "正则 ^1[3-9]\\d{9}$ 能匹配 ⟦PHONE:cn⟧ 吗？另外 ⟦PHONE:cnp86⟧ 这种带国家码的怎么写", False),
    (Z, "⟦ORG:zh⟧的售后电话⟦PHONE:land⟧，帮我写个催维修的话术", False),
    (E, "Is 555-0100 a real number? I see it in every American movie", False),
    (Z, "手机号验证码一般多长时间过期比较合理？", False),
    (E, "call ⟦PHONE⟧ if the courier can't find the loading dock — add that to the delivery note", False),
    (Z, "会议号 ⟪meeting⟫，拨入号码⟦PHONE:land⟧，帮我写个会议通知", False),
]

FRAMES["org_only"] = [
    (M, "帮我看看 ⟦ORG:en⟧ 官网上公开的 ESG report 有哪些重点", False),
    (Z, "给⟦ORG:zh⟧写个拜访预约函，想下个月过去交流一下SaaS方案", False),
    (E, "Draft an intro email to ⟦ORG:en⟧ about a possible logistics partnership", False),
    (Z, "⟦ORG:zh⟧和⟦ORG:zh⟧哪家的供应链系统更成熟？从公开资料看", False),
    (E, "Summarise ⟦ORG:en⟧'s publicly announced sustainability targets", False),
    (M, "帮我写个 LinkedIn 帖子，祝贺 ⟦ORG:en⟧ 和我们宣布的合作正式落地（双方都已官宣）", False),
    (Z, "⟦ORG:zh⟧的公开年报里研发投入占比是多少？帮我做个对比表", False),
    (E, "What does ⟦ORG:en⟧ do? we have a call with them tomorrow, just general background", False),
    (Z, "给⟦ORG:zh⟧的新年贺卡写几句话", False),
    (E, "Our supplier ⟦ORG:en⟧ asked for a reference letter, draft something generic", False),
    (Z, "我们的报价是给⟦ORG:zh⟧打七折，对方还要求账期90天，怎么回", True),
    (E, "⟦ORG:en⟧ wants to cap liability at 1x fees; our floor is 2x — draft the redline comment", True),
    (Z, "导出的报表怎么用飞书机器人自动推送到群里？", False),
    (E, "Set up a GitLab CI job that runs pytest on every merge request", False),
    (Z, "淘宝订单号⟪order⟫一直没发货，帮我写个催单", False),
    (E, "Is Contoso a good placeholder company name for our docs?", False),
]

FRAMES["public_figures"] = [
    (M, "写个 LinkedIn post，引用 Jensen Huang 那句 'the more you buy, the more you save'", False),
    (Z, "马化腾早年创业的故事有哪些？写成一段演讲开场", False),
    (E, "Summarise Sundar Pichai's main strategy shifts since he became CEO", False),
    (Z, "王维和杜甫谁的诗更适合放在中秋海报上？", False),
    (E, "What did Warren Buffett say about index funds in his shareholder letters?", False),
    (Z, "任正非关于‘灰度’管理的说法是什么意思", False),
    (E, "Write a short bio of Marie Curie for a school poster", False),
    (Z, "苏轼被贬黄州期间写了哪些作品", False),
    (E, "Give me three quotes from Steve Jobs' Stanford commencement speech", False),
    (Z, "董明珠的管理风格有什么特点", False),
    (E, "Compare Jensen Huang's and Lisa Su's keynote styles", False),
    (Z, "鲁迅的《故乡》主要表达了什么", False),
    (E, "Draft a tweet congratulating Serena Williams on her Hall of Fame induction", False),
    (Z, "张一鸣说过哪些关于延迟满足的话？", False),
    (E, "Who is Taylor Swift's current producer? for a trivia night", False),
    (M, "帮我写个 prompt，让 AI 用 Jeff Bezos 的口吻吐槽周一开会", False),
    (Z, "把⟦PERSON:zh⟧的照片P成和钟南山的合影，发朋友圈合适吗", False),
    (E, "My coworker ⟦PERSON:latin⟧ looks exactly like Keanu Reeves, write a funny caption for the team wiki", False),
    (Z, "袁隆平的杂交水稻研究历程帮我总结成时间线", False),
    (E, "What's Angela Merkel doing these days?", False),
    (Z, "姚明退役后都做了哪些事", False),
    (E, "Write a short essay comparing Gandhi and Mandela's approaches to nonviolence", False),
    (Z, "我们部门⟦PERSON:title⟧说自己是周杰伦的铁粉，年会节目怎么安排他", False),
]

FRAMES["fictional_and_placeholder_names"] = [
    (M, "游戏 NPC 名字想用‘李逍遥’和‘赵灵儿’，会不会有版权问题", False),
    (Z, "测试数据里用赵六、钱七当名字可以吗？还是统一写成‘张某’好", False),
    (E, "In the tutorial, Dave sends Trent an encrypted message and Mallory intercepts it — explain the attack", False),
    (Z, "猪八戒和沙和尚谁更适合做项目经理？写个搞笑段子", False),
    (E, "Write a short story where Hercule Poirot investigates a missing stapler", False),
    (Z, "薛宝钗要是在互联网公司上班会是什么样？", False),
    (E, "Use Joe Bloggs and Max Mustermann as sample users in the API docs", False),
    (Z, "小刚和小丽一起去买苹果，小刚买了3斤……帮我出道应用题", False),
    (E, "Frodo, Samwise and Aragorn as a product team — who's the PM?", False),
    (Z, "令狐冲的处世之道对职场新人有什么启发", False),
    (E, "Hogwarts house sorting quiz for our team offsite, give me 10 questions", False),
    (Z, "表单示例里姓名写‘王某’，电话写1XX-XXXX-XXXX，这样合规吗", False),
    (M, "mock data: [{'name': 'Richard Roe'}, {'name': 'Erika Mustermann'}] 帮我再生成10条类似的", False),
    (Z, "“贾宝玉”那个项目（买下游那家做包材的）定在明年一季度交割，先帮我把交易要点捋一遍", True),
    (E, "Operation Moriarty — the plan to buy out our Dutch distributor — needs a one-page brief for the board", True),
    (E, "Replace the placeholder 'Eve' in the test fixture with our real beta user ⟦PERSON:latin⟧", False),
    (Z, "文档里的赵六（化名）其实是⟦PERSON:zh⟧，身份证⟦PRC_ID⟧，帮我改回真名", False),
    (E, "Write a bedtime story about Winnie the Pooh learning to code", False),
    (Z, "唐僧师徒四人如果组队做创业公司，各自的角色？", False),
    (E, "Dave and Eve are placeholder names — what are some less overused alternatives for docs?", False),
    (Z, "哪吒的故事改编成团队建设的寓言", False),
    (M, "单元测试里 user = User(name='钱七', phone='1XXXXXXXXXX') 这样写没问题吧", False),
    (E, "Hermione Granger as a role model for junior engineers — blog post outline", False),
]

FRAMES["near_miss_numbers"] = [
    (M, "这个 card number ⟪card_bad⟫ 在支付 sandbox 里被拒了，是 checksum 不对吗", False),
    (Z, "这个身份证号⟪prc_badcheck⟫校验不通过，是哪一位错了？", False),
    (Z, "表里有个身份证号⟪prc_baddate⟫，出生日期好像不对，帮我看看", False),
    (E, "the card number ⟪card_bad⟫ fails validation on checkout, typo maybe?", False),
    (E, "Our system rejected IBAN ⟪iban_bad⟫ — checksum error, what does that mean?", False),
    (E, "Is ⟪ssn_bad⟫ even a valid SSN format? a form is rejecting it", False),
    (Z, "订单号⟪order⟫一直显示待发货，帮我写个催单消息", False),
    (Z, "快递单号⟪tracking⟫三天了还查不到物流，怎么办", False),
    (Z, "发票号码⟪invoice⟫，开票日期⟪date⟫，帮我写报销说明", False),
    (E, "PO ⟪po⟫ was approved on ⟪date⟫ but the vendor hasn't shipped", False),
    (E, "Wire reference ⟪wire⟫ — the bank says it's pending, draft a follow-up", False),
    (Z, "这本书 ISBN ⟪isbn⟫，帮我写个书评开头", False),
    (Z, "统一社会信用代码⟪uscc⟫是哪个地区的企业？", False),
    (M, "日志里这个 timestamp ⟪ts⟫ 转成北京时间是几点", False),
    (Z, "钉钉会议号⟪meeting⟫，帮我写个会议提醒", False),
    (E, "SKU ⟪sku⟫ is out of stock, draft a customer notice", False),
    (Z, "拼多多订单号⟪order23⟫，退款一直没到账", False),
    (M, "upgrade from ⟪ver⟫ to the latest version breaks our build, changelog 在哪看", False),
    (Z, "报价单总价⟪money⟫万元，税率13%，不含税价怎么算", False),
    (E, "the test fixture uses ⟪card_bad⟫ as an 'invalid card' case — is it actually invalid?", False),
    (Z, "⟪prc_badcheck⟫ 和 ⟪prc_baddate⟫ 这两个号码校验都不过，写个 Python 函数自动检查", False),
    (E, "Order ⟪order⟫ and tracking ⟪tracking⟫ — which carrier is this?", False),
    (M, "IBAN 校验失败：⟪iban_bad⟫，是 mod 97 的问题吗", False),
]

FRAMES["placeholders_in_code"] = [
    (M, "README 里写 `mysql -u root -p` 然后交互输入密码，这样写 OK 吗", False),
    (M, "DATABASE_URL=postgresql://dbuser:dbpass@localhost:5432/app 这个写在 README 里当示例可以吗", False),
    (E, "in the docs I wrote `api_key = os.getenv(\"OPENAI_API_KEY\")`, is that the recommended pattern?", False),
    (E, "config.yaml:\n  db:\n    host: localhost\n    password: ${PG_PASS}\n    port: 5432\nhow do I make the env var substitution work", False),
    (M, "示例 curl：curl -H 'Authorization: Bearer <your-token>' https://api.service.test/v1/ping 这样写文档清楚吗", False),
    (E, "AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — can I reuse them in our tutorial?", False),
    (E, "Why does jwt.io's sample eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c decode to 'John Doe'?", False),
    (Z, "nginx 配置里 server_name 写 api.example.net，proxy_pass 到 127.0.0.1:8000 对吗", False),
    (E, "for the example I used admin@example.org and 192.0.2.10 — are those reserved for docs?", False),
    (M, ".env.example:\nSECRET_KEY=REPLACE_ME\nAPI_KEY=YOUR_TOKEN_HERE\nDB_PASSWORD=********\n这个模板给新人用合适吗", False),
    (E, "my test binds to 0.0.0.0:8080 and the client hits ::1 — why does it fail on ipv6?", False),
    (Z, "文档里的示例 IP 用 198.51.100.7 和 203.0.113.25 可以吗", False),
    (E, "In the sample config I put 2001:db8:85a3::8a2e:370:7334 as the upstream, is that ok?", False),
    (M, "k8s secret 模板：\napiVersion: v1\nkind: Secret\nstringData:\n  password: <your-password>\n这样写示例可以吗", False),
    (E, "const token = process.env.GITHUB_TOKEN; // is this safe to commit?", False),
    (Z, "测试用例里的手机号用1XXXXXXXXXX，邮箱用test@example.net，有问题吗", False),
    (E, "mock server runs at http://api.local.test:3000, how do I point the SDK at it", False),
    (M, "docker run -e POSTGRES_PASSWORD=${POSTGRES_PASSWORD} postgres:16 —— 这里变量没展开是为啥", False),
    (E, "Sample address for the form: 1 Sample Road, Anycity, ST 00000 — is that fine for a placeholder?", False),
    (Z, "单元测试里写 assert login('user', 'REPLACE_ME') 会不会被安全扫描报警", False),
    (E, "We put `password: \"{{ vault_db_password }}\"` in ansible vars, is the jinja syntax right?", False),
    (M, "把 localhost 换成 host.docker.internal 就能访问宿主机了吗", False),
    (E, "The README says `export STRIPE_KEY=<API_KEY_HERE>` — should that be sk_test_ or sk_live_?", False),
    (E, "ssh-keygen -t ed25519 -C \"you@example.com\" — what does the -C flag do?", False),
    (Z, "代码里 getenv(\"DB_PASSWORD\") 返回 None，环境变量没生效", False),
    (M, "示例 JSON：{\"user\": \"someone@example.com\", \"ip\": \"127.0.1.1\"} 帮我改成 TypeScript 类型", False),
    (E, "Our staging DB is at ⟦IP_ADDRESS:p10⟧ but the docs still say localhost — update the snippet", False),
]

FRAMES["privacy_question"] = [
    (M, "员工的 IP 地址和 device ID 算不算个人信息？PIPL 下要怎么处理", False),
    (Z, "个人信息出境需要做安全评估吗？什么情况下可以走标准合同？", False),
    (E, "What counts as sensitive personal data under GDPR?", False),
    (Z, "员工身份证复印件公司能保存多久？", False),
    (E, "Is it legal to monitor employee emails in the UK? general overview", False),
    (Z, "怎么判断一个数据是不是个人信息？有没有简单的标准", False),
    (E, "How should we store customer passwords — bcrypt or argon2?", False),
    (Z, "把日志里的手机号脱敏，一般保留前三后四吗", False),
    (E, "What's the difference between pseudonymisation and anonymisation?", False),
    (Z, "企业收集人脸信息需要满足哪些条件？", False),
    (E, "Do we need a DPA with every SaaS vendor that touches customer data?", False),
    (Z, "员工离职后他的工作邮箱能不能继续用？", False),
    (E, "Best practice for rotating API keys in a small team?", False),
    (M, "怎么在 git 历史里彻底删除误提交的 .env 文件？git filter-repo 怎么用", False),
    (E, "CCPA vs PIPL: key differences for a company with users in both?", False),
    (Z, "数据泄露之后多长时间内要通知监管部门？", False),
    (E, "Is it ok to paste customer data into a public AI chatbot? what's the policy usually", False),
    (Z, "银行卡号在前端怎么做掩码显示比较规范？", False),
    (E, "How long should access logs containing IP addresses be retained?", False),
]

FRAMES["id_card"] = [
    (M, "OCR 识别出来 id_number: ⟦PRC_ID⟧，name: ⟦PERSON:zh⟧，帮我写个 unit test 断言这两个字段", False),
    (Z, "帮我核对一下这个身份证号对不对：⟦PRC_ID⟧", False),
    (Z, "⟦PERSON:zh⟧的身份证号是⟦PRC_ID⟧，帮我算一下她的年龄和性别", False),
    (Z, "报名表：⟦PERSON:zh⟧ ⟦PRC_ID:x⟧，麻烦转成Excel一行", False),
    (Z, "这个号码是全角的：⟦PRC_ID:fw⟧，怎么转成半角再校验", False),
    (M, "id_no 字段 ⟦PRC_ID⟧ 写进 MySQL 报 Data too long，varchar(17) 是不是不够", False),
    (E, "The Chinese contractor gave ID number ⟦PRC_ID⟧ — which province is that from?", False),
    (Z, "我妈的身份证⟦PRC_ID:X⟧过期了，异地换证需要什么材料", False),
    (Z, "身份证号码的最后一位X是什么意思？", False),
    (E, "How is the check digit of a Chinese resident ID calculated?", False),
    (Z, "身份证号码的前六位代表什么", False),
    (M, "帮我写个 python 正则，能识别 18 位身份证（含末位 X），示例用 110101XXXXXXXX1234 这种", False),
    (Z, "租房合同里乙方：⟦PERSON:zh⟧，身份证⟦PRC_ID⟧，住址⟦ADDRESS:cn⟧", False),
    (Z, "身份证号⟪prc_badcheck⟫系统说无效，是不是录错了", False),
]

FRAMES["bank_card"] = [
    (M, "POS 小票上打印了完整卡号 ⟦BANK_CARD:plain⟧，这个合规吗？商户是不是该 mask 掉", False),
    (Z, "把工资打到我新卡上：⟦BANK_CARD⟧", False),
    (E, "my card ⟦BANK_CARD⟧ was charged twice for the same hotel, help me write to the bank", False),
    (Z, "这个卡号⟦BANK_CARD:dash⟧是哪个银行的？", False),
    (M, "支付回调里 card_no=⟦BANK_CARD:plain⟧ 明文打到日志了，怎么改成掩码", False),
    (E, "Corporate card ⟦BANK_CARD:space⟧ expires next month, draft the renewal request", False),
    (Z, "退款请原路退回，卡号⟦BANK_CARD:fw⟧", False),
    (Z, "信用卡和借记卡的卡号位数一样吗？", False),
    (E, "How does the Luhn algorithm work? explain with a made-up example", False),
    (Z, "卡号⟪card_bad⟫一直提示无效，是输错了吗", False),
    (E, "Vendor sent card number ⟪card_bad⟫ for the refund, but it fails Luhn", False),
    (Z, "⟦PERSON:zh⟧的报销卡号⟦BANK_CARD⟧，开户行写哪个支行", False),
]

FRAMES["passport"] = [
    (M, "签证中心让我 double check passport no. ⟦PASSPORT:cn⟧ 和机票上的是否一致", False),
    (Z, "帮我订机票，护照号⟦PASSPORT:cn⟧，下周二去新加坡", False),
    (E, "Visa form asks for passport number — mine is ⟦PASSPORT:us⟧, issued 2021. which box is it?", False),
    (Z, "⟦PASSPORT:cn⟧ 这个护照号码是什么时候签发的格式？", False),
    (E, "UK passport ⟦PASSPORT:uk⟧ — does the hotel need the expiry date too?", False),
    (M, "German colleague's passport C number: Passport ⟦PASSPORT:de⟧, 帮我填进差旅系统", False),
    (E, "Japanese passport ⟦PASSPORT:jp⟧ for the conference registration, where do I enter it", False),
    (E, "French passport no. ⟦PASSPORT:fr⟧ — is the format right for the Chinese visa form?", False),
    (E, "Canadian passport ⟦PASSPORT:ca⟧, flying through Hong Kong, do I need a transit visa?", False),
    (Z, "出差名单：⟦PERSON:zh⟧ ⟦PASSPORT:cn⟧，⟦PERSON:zh⟧ ⟦PASSPORT:cn⟧", False),
    (Z, "护照过期前多久要换？", False),
    (E, "What's the usual format of a Chinese passport number?", False),
    (Z, "护照和港澳通行证哪个出境更方便", False),
]

FRAMES["iban"] = [
    (M, "invoice footer 写着 Bankverbindung: ⟦IBAN:print⟧，这个是哪个国家的账户", False),
    (E, "Please pay the invoice to IBAN ⟦IBAN⟧, reference PO ⟪po⟫", False),
    (M, "供应商给的 IBAN ⟦IBAN:print⟧，SWIFT 怎么查", False),
    (E, "My new account: ⟦IBAN⟧ — can you update the payroll form text?", False),
    (Z, "德国客户的收款账号⟦IBAN⟧，电汇需要哪些信息", False),
    (E, "Is this IBAN formatted right for SEPA: ⟦IBAN:print⟧?", False),
    (Z, "退款IBAN：⟦IBAN:print⟧，户名⟦PERSON:latin⟧", False),
    (E, "What does the check digits part of an IBAN mean?", False),
    (Z, "IBAN 和 SWIFT code 有什么区别", False),
    (E, "The bank rejected ⟪iban_bad⟫ — invalid check digits. Ask the client to resend?", False),
]

FRAMES["ssn"] = [
    (M, "W-2 上的 SSN ⟦US_SSN:dash⟧ 和我 tax return 上填的对不上，咋办", False),
    (E, "New hire SSN is ⟦US_SSN⟧, how do I enter it in the W-4 form?", False),
    (E, "my ssn ⟦US_SSN:plain⟧ got rejected by the tax software, typo?", False),
    (M, "美国同事的 SSN ⟦US_SSN:dash⟧，I-9 表格哪里填", False),
    (E, "⟦PERSON:latin⟧ — SSN ⟦US_SSN:space⟧ — please add to the benefits enrolment spreadsheet", False),
    (Z, "帮我把这条记录转成JSON：姓名⟦PERSON:latin⟧，SSN ⟦US_SSN⟧", False),
    (E, "What's the structure of a US social security number?", False),
    (E, "Test data generator produced ⟪ssn_bad⟫ — is that a valid SSN?", False),
    (Z, "美国的SSN丢了怎么补办", False),
    (E, "Can an employer require an SSN before the offer is accepted?", False),
]

FRAMES["ip_address"] = [
    (M, "kubectl get pods -o wide 显示 pod IP 是 ⟦IP_ADDRESS:p10⟧，但是 service 访问不了", False),
    (Z, "服务器⟦IP_ADDRESS:p10⟧ ssh 连不上，帮我排查一下", False),
    (E, "nginx upstream ⟦IP_ADDRESS:p172⟧:8080 keeps timing out, what should I check?", False),
    (M, "防火墙规则：allow from ⟦IP_ADDRESS:pub⟧ to ⟦IP_ADDRESS:p192⟧ port 443，这样写对吗", False),
    (E, "access log shows lots of 404s from ⟦IP_ADDRESS:pub⟧, is it a scanner?", False),
    (Z, "IPv6 地址⟦IP_ADDRESS:v6⟧ ping 不通，但 IPv4 可以", False),
    (E, "our ULA prefix is ⟦IP_ADDRESS:ula⟧/48 — how do I split it into /64s?", False),
    (M, "2025-06-03T10:21:44Z WARN conn reset by peer src=⟦IP_ADDRESS⟧ dst=⟦IP_ADDRESS:p10⟧\n这条日志什么意思", False),
    (Z, "打印机IP是⟦IP_ADDRESS:p192⟧，Mac 上怎么添加", False),
    (Z, "子网掩码255.255.255.0 是什么意思？", False),
    (E, "What's the difference between a /24 and a /16 network?", False),
    (E, "how do I check my public IP from the command line", False),
]

TARGETS = {"general": 23, "credentials": 42, "hr": 33, "medical": 27, "finance": 30, "legal": 26, "names_alone": 32,
           "address": 34, "multi_entity": 32, "confidential_no_identifier": 37, "email": 26, "phone": 30, "org_only": 25,
           "public_figures": 23, "fictional_and_placeholder_names": 23, "near_miss_numbers": 38, "placeholders_in_code": 27,
           "privacy_question": 19, "id_card": 32, "bank_card": 30, "passport": 26, "iban": 24, "ssn": 24, "ip_address": 26}

# SECRET slots without a variant pick a shape from this list; plain password assignments get "pw".
SLOT = re.compile(r"⟦([A-Z_]+)(?::(\w+))?⟧|⟪(\w+)⟫")
CODE_SECRET_SHAPES = ["pw", "pw", "pw", "hex"]


def render(text: str, r: random.Random) -> tuple[str, list[dict]]:
    """Fill the slots; the offsets are taken from the output being built, never counted by hand."""
    out, ents, pos, used = [], [], 0, set()
    for m in SLOT.finditer(text):
        out.append(text[pos:m.start()])
        cur = sum(len(x) for x in out)
        if m.group(3):
            out.append(gen_unlabelled(r, m.group(3)))
        else:
            typ, var = m.group(1), m.group(2) or ""
            for _ in range(50):
                val = GEN[typ](r, var) if not (typ == "SECRET" and not var) else gen_secret(r, r.choice(CODE_SECRET_SHAPES))
                if val not in used:
                    break
            used.add(val)
            ents.append({"type": typ, "start": cur, "end": cur + len(val)})
            out.append(val)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), ents


# --------------------------------------------------------------------------------------
# validators (independent of the generators above)
# --------------------------------------------------------------------------------------
def v_prc(s: str) -> bool:
    s = s.translate(FROM_FW)
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    if s[:2] not in {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
                      "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"}:
        return False
    try:
        born = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not 1958 <= born.year <= 2004:
        return False
    w = [2 ** (17 - i) % 11 for i in range(17)]
    chk = (12 - sum(int(c) * k for c, k in zip(s[:17], w, strict=True)) % 11) % 11
    return s[17].upper() == ("X" if chk == 10 else str(chk))


def prc_shape_valid(s: str) -> bool:
    """Any 18-char ID whose date is real and check char is right (for the look-alike scan)."""
    s = s.translate(FROM_FW)
    try:
        date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    w = [2 ** (17 - i) % 11 for i in range(17)]
    chk = (12 - sum(int(c) * k for c, k in zip(s[:17], w, strict=True)) % 11) % 11
    return s[17].upper() == ("X" if chk == 10 else str(chk))


def v_luhn(s: str) -> bool:
    d = [int(c) for c in s]
    tot = sum(d[-1::-2]) + sum(sum(divmod(2 * x, 10)) for x in d[-2::-2])
    return tot % 10 == 0


def v_card(s: str) -> bool:
    n = re.sub(r"[ -]", "", s.translate(FROM_FW))
    if not n.isdigit() or len(n) not in (16, 19) or not v_luhn(n):
        return False
    return n.startswith("62") or n.startswith("4") or 51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720


def v_iban(s: str) -> bool:
    n = s.replace(" ", "")
    lens = {"DE": 22, "GB": 22, "NL": 18, "AT": 20, "CH": 21, "IE": 22}
    if n[:2] not in lens or len(n) != lens[n[:2]] or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", n):
        return False
    if n[:2] == "NL" and sum(int(c) * (10 - i) for i, c in enumerate(n[8:])) % 11:
        return False
    return int("".join(str(int(c, 36)) for c in n[4:] + n[:4])) % 97 == 1


def v_ssn(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, sr = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 1 <= a <= 899 and a != 666 and g != 0 and sr != 0


def v_passport(s: str) -> bool:
    return bool(re.fullmatch(r"[EG]\d{8}|\d{9}|C[CFGHJKLMNPRTVWXYZ0-9]{8}|[A-Z]{2}\d{7}|\d{2}[A-Z]{2}\d{5}|[A-Z]{2}\d{6}", s))


def v_phone(s: str) -> bool:
    n = s.translate(FROM_FW)
    core = re.sub(r"[\s\-()]", "", n)
    if re.fullmatch(r"(\+86)?1[3-9]\d{9}", core):
        return True
    if re.fullmatch(r"0\d{2,3}\d{7,8}", core):
        return True
    return bool(re.fullmatch(r"\+(44|1|65|852|49|81)\d{7,11}", core))


def v_email(s: str) -> bool:
    return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s)) and not re.search(r"example\.(com|org|net)$|\.test$", s)


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_is_real(s: str) -> bool:
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified or ip.is_multicast or ip.is_link_local or any(ip in n for n in DOC_NETS):
        return False
    if ip.version == 4 and ip.is_reserved:
        return False
    return True


PLACEHOLDER_VALUE = re.compile(r"^(\$\{|\$\w|<|\{\{|os\.|process\.env|getenv|YOUR_|REPLACE_ME|\*+$|x{4,}|None|dbpass$)", re.I)


def v_secret(s: str) -> bool:
    if len(s) < 8 or PLACEHOLDER_VALUE.search(s) or "EXAMPLE" in s:
        return False
    if s.startswith("eyJ"):
        parts = s.split(".")
        if len(parts) != 3:
            return False
        for p in parts[:2]:
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
    if s.startswith("-----BEGIN"):
        return s.rstrip().endswith("PRIVATE KEY-----")
    if "://" in s:
        return bool(re.match(r"[a-z+]+://[^:/\s]+:[^@\s]+@", s))
    return True


TEXT_NAMES = {"PERSON", "ORG", "ADDRESS"}
NOT_NAMES = {"张三", "李四", "王五", "某某", "小明", "小红", "Alice", "Bob", "Carol", "John Doe", "Jane Doe", "John Smith", "Acme Corp"}
CHECK = {"PRC_ID": v_prc, "BANK_CARD": v_card, "IBAN": v_iban, "US_SSN": v_ssn, "PASSPORT": v_passport, "PHONE": v_phone,
         "EMAIL": v_email, "IP_ADDRESS": ip_is_real, "SECRET": v_secret}


def check_spans(text: str, ents: list[dict]) -> None:
    last = 0
    for e in ents:
        assert e["start"] >= last and e["end"] > e["start"], "overlap/order"
        last = e["end"]
        val = text[e["start"]:e["end"]]
        assert val == val.strip() and val, f"whitespace in span {val!r}"
        if e["type"] in TEXT_NAMES:
            assert val not in NOT_NAMES
        else:
            assert CHECK[e["type"]](val), f"{e['type']} fails its check: {val!r}"


def scan_lookalikes(text: str, ents: list[dict]) -> list[str]:
    """Unlabelled values that would need a span: returns the offenders (empty = clean)."""
    norm = text.translate(FROM_FW)
    inside = [False] * (len(text) + 1)
    for e in ents:
        for i in range(e["start"], e["end"]):
            inside[i] = True

    def free(a: int, b: int) -> bool:
        return not any(inside[a:b])

    bad = []
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", norm):
        if free(*m.span()) and prc_shape_valid(m.group()):
            bad.append("prc:" + m.group())
    for m in re.finditer(r"(?<![\d-])\d{13,19}(?![\d-])|(?<![\d])\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?(?![\d])", norm):
        n = re.sub(r"\D", "", m.group())
        if free(*m.span()) and 13 <= len(n) <= 19 and v_luhn(n):
            bad.append("luhn:" + m.group())
    for m in re.finditer(r"(?<!\d)1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)", norm):
        if free(*m.span()):
            bad.append("mobile:" + m.group())
    for m in re.finditer(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)", norm):
        if free(*m.span()) and v_ssn(m.group()):
            bad.append("ssn:" + m.group())
    for m in re.finditer(r"(?i)\bssn\D{0,12}(\d{9})\b", norm):
        if free(*m.span(1)) and v_ssn(m.group(1)):
            bad.append("ssn9:" + m.group(1))
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", norm):
        if free(*m.span()) and v_email(m.group()) and "://" not in norm[max(0, m.start() - 60):m.start()]:
            bad.append("email:" + m.group())
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])|(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", norm):
        if free(*m.span()) and ip_is_real(m.group()):
            bad.append("ip:" + m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", norm):
        if free(*m.span()) and v_iban(m.group()):
            bad.append("iban:" + m.group())
    for m in re.finditer(r"(?<![\w-])(sk-|sk_live_|AKIA|ghp_|glpat-|xox[bpa]-|npm_|AIza|eyJ)[\w\-.]{8,}", norm):
        if free(*m.span()) and "EXAMPLE" not in m.group() and not m.group().startswith("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"):
            bad.append("key:" + m.group())
    for m in re.finditer(r"(?i)(pass(?:word|wd)?|pwd|secret(?:_key)?|token|api[_-]?key|requirepass)[\"']?\s*[:= ]\s*[\"']?([^\s\"',;]+)", norm):
        if free(*m.span(2)) and not PLACEHOLDER_VALUE.search(m.group(2)) and m.group(2).lower() not in {"is", "for", "the", "keeps", "a", "in"}:
            if re.search(r"[=:]", m.group()) or m.group(1).lower() == "requirepass":
                bad.append("assign:" + m.group())
    for m in re.finditer(r"(密码|口令|授权码)[是为：:\s]*([^\s，。,]+)", norm):
        if free(*m.span(2)) and not PLACEHOLDER_VALUE.search(m.group(2)) and not re.match(r"[\u4e00-\u9fff]", m.group(2)):
            bad.append("zh-pass:" + m.group())
    for m in re.finditer(r"://([^:/\s@]+):([^@\s]+)@([\w.-]+)", norm):
        if free(*m.span(2)) and m.group(3) != "localhost":
            bad.append("url-pass:" + m.group())
    for m in re.finditer(r"\s-p(\S{4,})", norm):
        if free(*m.span(1)):
            bad.append("mysql-p:" + m.group())
    return bad


def near_miss_checks() -> None:
    r = random.Random(SEED + 7)
    for _ in range(300):
        assert not prc_shape_valid(gen_prc_bad(r, "check")) and not prc_shape_valid(gen_prc_bad(r, "date"))
        assert not v_luhn(re.sub(r"\D", "", gen_card_bad(r)))
        assert not v_iban(gen_iban_bad(r))
        assert not v_ssn(gen_ssn_bad(r))
        for k in ("order", "tracking", "invoice", "ts", "order23"):
            v = gen_unlabelled(r, k)
            assert not re.fullmatch(r"\d{13,19}", v) or not v_luhn(v) or k in ("order", "invoice", "ts")


def cross_check_helpers() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import helpers  # noqa: PLC0415

    r = random.Random(SEED + 11)
    for _ in range(500):
        body = r.choice(AREAS) + "19" + digits(r, 2) + "0615" + digits(r, 3)
        assert helpers.make_prc_id(body) == body + prc_check(body)
        cb = digits(r, r.choice([15, 18]))
        assert helpers.luhn_check_digit(cb) == luhn_digit(cb)
        assert v_luhn(helpers.make_luhn("62", 19)) and not v_luhn(helpers.break_luhn(cb + luhn_digit(cb)))
        assert v_prc(gen_prc(r)) and v_card(gen_card(r)) and v_iban(gen_iban(r)) and v_ssn(gen_ssn(r))
        assert not prc_shape_valid(helpers.wrong_check(body + prc_check(body)))


# --------------------------------------------------------------------------------------
def build() -> list[dict]:
    near_miss_checks()
    cross_check_helpers()
    rows = []
    seen: set[str] = set()
    for cat, target in TARGETS.items():
        frames = FRAMES[cat]
        r = random.Random(f"{SEED}:{cat}")
        made, rnd = 0, 0
        while made < target:
            progressed = False
            for fi, (lang, tmpl, conf) in enumerate(frames):
                if made >= target:
                    break
                if rnd > 0 and not SLOT.search(tmpl):
                    continue
                for _attempt in range(40):
                    text, ents = render(tmpl, r)
                    if text in seen:
                        continue
                    check_spans(text, ents)
                    if not scan_lookalikes(text, ents):
                        break
                else:
                    raise RuntimeError(f"cannot render cleanly: {cat} frame {fi}: {scan_lookalikes(text, ents)}")
                if text in seen:
                    continue
                seen.add(text)
                sens = conf or any(e["type"] in SENSITIVE_TYPES for e in ents)
                rows.append({"text": text, "sensitive": sens, "entities": ents, "category": cat, "lang": lang})
                made += 1
                progressed = True
            rnd += 1
            if not progressed:
                raise RuntimeError(f"{cat}: only {made} unique lines")
    random.Random(SEED).shuffle(rows)
    return [{"id": f"test-{i:04d}", **row} for i, row in enumerate(rows, 1)]


def summary(rows: list[dict]) -> None:
    cats = Counter(r["category"] for r in rows)
    print("\n| category | lines | true | false |\n|---|---|---|---|")
    for c in TARGETS:
        t = sum(1 for r in rows if r["category"] == c and r["sensitive"])
        print(f"| {c} | {cats[c]} | {t} | {cats[c] - t} |")
    t = sum(r["sensitive"] for r in rows)
    print(f"| **total** | {len(rows)} | {t} | {len(rows) - t} |")
    langs = Counter(r["lang"] for r in rows)
    print("\n| lang | lines |\n|---|---|")
    for k in ("zh", "en", "mixed"):
        print(f"| {k} | {langs[k]} |")
    ents = Counter(e["type"] for r in rows for e in r["entities"])
    print("\n| entity | spans |\n|---|---|")
    for k, v in ents.most_common():
        print(f"| {k} | {v} |")
    print(f"| **total** | {sum(ents.values())} |")


def main() -> None:
    rows = build()
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(payload)
    # re-read and re-check what was written
    for line in OUT.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        assert list(obj) == ["id", "text", "sensitive", "entities", "category", "lang"]
        check_spans(obj["text"], obj["entities"])
        assert not scan_lookalikes(obj["text"], obj["entities"])
        if any(e["type"] in SENSITIVE_TYPES for e in obj["entities"]):
            assert obj["sensitive"] is True
    print(f"wrote {len(rows)} lines to {OUT}")
    print("sha256", hashlib.sha256(payload).hexdigest())
    if "--summary" in sys.argv:
        summary(rows)


if __name__ == "__main__":
    main()
