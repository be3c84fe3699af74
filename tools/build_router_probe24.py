# ruff: noqa: E501, RUF100
"""Build the twenty-fourth probe set (hybridai/data/router_probe24.jsonl), written blind as a held-out test split
and measured once.

Written blind: frames, names, companies and addresses are hand-written here; identifiers,
card numbers, IBANs, SSNs, secrets and near misses are computed by code. Every span is
re-checked by validators that share no code with the generators, and every text is scanned
for unlabelled look-alikes before the file is written.

    python tools/build_router_probe24.py            # writes hybridai/data/router_probe24.jsonl
    python tools/build_router_probe24.py --out PATH
    python tools/build_router_probe24.py --summary  # also print category / language / entity tables
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import importlib.util
import ipaddress
import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

SEED = 6620913
SHUFFLE_SEED = 6620914
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "hybridai" / "data" / "router_probe24.jsonl"
STRONG = {"PRC_ID", "BANK_CARD", "PASSPORT", "IBAN", "US_SSN", "SECRET", "PERSON", "ADDRESS"}
FW = str.maketrans("0123456789", "０１２３４５６７８９")
FW_BACK = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")

# ---------------------------------------------------------------- generators (values by code)

PRC_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
# real county-level codes (province prefixes 11-15, 21-23, 31-37, 41-46, 50-54, 61-65)
AREAS = ["110105", "110108", "120101", "130102", "140105", "150102", "210102", "220102", "230103",
         "310104", "310115", "320102", "320583", "330106", "330782", "340104", "350203", "360102",
         "370202", "410105", "420106", "430104", "440106", "440305", "450103", "460106", "500103",
         "510107", "520102", "530102", "540102", "610113", "620102", "630102", "640104", "650102"]


def prc_check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, PRC_W, strict=False)) % 11]


def rand_date(rng: random.Random) -> dt.date:
    start = dt.date(1958, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(2004, 12, 31).toordinal()))


def gen_prc(rng, want_x=False, fullwidth=False, lower=False):
    while True:
        body = rng.choice(AREAS) + rand_date(rng).strftime("%Y%m%d") + f"{rng.randint(1, 999):03d}"
        val = body + prc_check(body)
        if want_x != (val[-1] == "X"):
            continue
        if lower:
            val = val[:-1] + "x"
        return val.translate(FW) if fullwidth else val


def gen_prc_bad(rng):
    val = gen_prc(rng)
    wrong = [c for c in "0123456789X" if c != val[-1]]
    return val[:17] + rng.choice(wrong)


def gen_prc_baddate(rng):
    year = rng.randint(1962, 2001)
    md = rng.choice(["0230", "0231", "0431", "0631", "0931", "1131", "1332", "0010", "1200"])
    if md == "0229":
        md = "0230"
    body = rng.choice(AREAS) + f"{year}{md}" + f"{rng.randint(1, 999):03d}"
    return body + prc_check(body)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def card_digits(rng, issuer=None):
    issuer = issuer or rng.choice(["up16", "up19", "visa", "mc", "mc2"])
    if issuer == "up16":
        prefix, n = rng.choice(["622848", "621700", "622202", "622588", "621483", "622609"]), 16
    elif issuer == "up19":
        prefix, n = rng.choice(["622848", "621226", "621700", "623058", "622203"]), 19
    elif issuer == "visa":
        prefix, n = "4" + str(rng.randint(10000, 99999)), 16
    elif issuer == "mc":
        prefix, n = str(rng.randint(51, 55)) + str(rng.randint(1000, 9999)), 16
    else:
        prefix, n = str(rng.randint(2221, 2720)) + str(rng.randint(10, 99)), 16
    body = prefix + "".join(rng.choice(string.digits) for _ in range(n - len(prefix) - 1))
    return body + luhn_digit(body)


def layout(rng, digits, style=None):
    style = style or rng.choice(["plain", "space", "dash", "space", "plain"])
    if style == "plain":
        return digits
    if style == "fw":
        return digits.translate(FW)
    groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    return (" " if style == "space" else "-").join(groups)


def gen_card(rng, issuer=None, style=None):
    return layout(rng, card_digits(rng, issuer), style)


def gen_card_bad(rng):
    d = card_digits(rng)
    d = d[:-1] + str((int(d[-1]) + rng.randint(1, 9)) % 10)
    return layout(rng, d, rng.choice(["plain", "space"]))


def letters_to_num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_from(cc: str, bban: str) -> str:
    check = 98 - int(letters_to_num(bban + cc + "00")) % 97
    return f"{cc}{check:02d}{bban}"


def rdig(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def nl_account(rng):
    while True:
        acc = rdig(rng, 10)
        if sum(int(d) * w for d, w in zip(acc, range(10, 0, -1), strict=False)) % 11 == 0 and acc[0] != "0":
            return acc


def gen_iban_raw(rng, cc=None):
    cc = cc or rng.choice(["DE", "GB", "NL", "AT", "CH", "IE"])
    if cc == "DE":
        bban = rng.choice(["10070000", "50010517", "37040044", "20041133", "70150000"]) + rdig(rng, 10)
    elif cc == "GB":
        bban = rng.choice(["BARC", "LOYD", "HBUK", "NWBK", "MIDL"]) + rdig(rng, 14)
    elif cc == "NL":
        bban = rng.choice(["RABO", "ABNA", "INGB", "TRIO", "SNSB"]) + nl_account(rng)
    elif cc == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000"]) + rdig(rng, 11)
    elif cc == "CH":
        bban = rng.choice(["00762", "00230", "08390", "00700"]) + rdig(rng, 12)
    else:
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rdig(rng, 14)
    return iban_from(cc, bban)


def iban_print(raw):
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def gen_iban(rng):
    raw = gen_iban_raw(rng)
    return iban_print(raw) if rng.random() < 0.55 else raw


def gen_iban_bad(rng):
    raw = gen_iban_raw(rng)
    ck = int(raw[2:4])
    raw = raw[:2] + f"{(ck + rng.randint(1, 40)) % 97 + 2:02d}" + raw[4:]
    if int(letters_to_num(raw[4:] + raw[:4])) % 97 == 1:
        raw = raw[:-1] + str((int(raw[-1]) + 1) % 10)
    return iban_print(raw) if rng.random() < 0.5 else raw


def gen_ssn_parts(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def fmt_ssn(rng, p):
    sep = rng.choice(["-", "-", " ", ""])
    return sep.join(p)


def gen_ssn(rng):
    return fmt_ssn(rng, gen_ssn_parts(rng))


def gen_ssn_bad(rng):
    a, g, s = gen_ssn_parts(rng)
    kind = rng.choice(["000", "666", "9xx", "g00", "s0000"])
    if kind == "000":
        a = "000"
    elif kind == "666":
        a = "666"
    elif kind == "9xx":
        a = str(rng.randint(900, 999))
    elif kind == "g00":
        g = "00"
    else:
        s = "0000"
    return f"{a}-{g}-{s}"


MOB_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "139", "147", "150", "151", "152", "153", "155",
              "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186",
              "187", "188", "189", "191", "193", "195", "198", "199"]


def gen_mobile(rng, style=None):
    num = rng.choice(MOB_PREFIX) + rdig(rng, 8)
    style = style or rng.choice(["plain", "dash", "space", "+86", "(+86)", "+86c", "plain", "fw"])
    if style == "plain":
        return num
    if style == "dash":
        return f"{num[:3]}-{num[3:7]}-{num[7:]}"
    if style == "space":
        return f"{num[:3]} {num[3:7]} {num[7:]}"
    if style == "+86":
        return f"+86 {num[:3]} {num[3:7]} {num[7:]}"
    if style == "(+86)":
        return f"(+86) {num}"
    if style == "+86c":
        return f"+86{num}"
    return num.translate(FW)


def gen_landline(rng):
    area = rng.choice(["010", "021", "0755", "020", "0571", "028", "025", "027", "0512"])
    n = rng.choice("2345678") + rdig(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
    return rng.choice([f"{area}-{n}", f"({area}){n}", f"{area} {n}"])


def gen_intl_phone(rng):
    kind = rng.choice(["uk", "us", "sg", "hk", "de", "jp", "au", "in"])
    if kind == "uk":
        return f"+44 7{rdig(rng, 3)} {rdig(rng, 6)}"
    if kind == "us":
        return f"+1 ({rng.randint(201, 989)}) {rng.randint(201, 989)}-{rdig(rng, 4)}"
    if kind == "sg":
        return f"+65 {rng.choice('89')}{rdig(rng, 3)} {rdig(rng, 4)}"
    if kind == "hk":
        return f"+852 {rng.choice('569')}{rdig(rng, 3)} {rdig(rng, 4)}"
    if kind == "de":
        return f"+49 15{rng.randint(1, 9)} {rdig(rng, 8)}"
    if kind == "jp":
        return f"+81 90-{rdig(rng, 4)}-{rdig(rng, 4)}"
    if kind == "au":
        return f"+61 4{rdig(rng, 2)} {rdig(rng, 3)} {rdig(rng, 3)}"
    return f"+91 9{rdig(rng, 4)} {rdig(rng, 5)}"


LOCALS = ["lin.yq", "h.oyang", "kmensah", "priya.r", "ellen_w", "qinmeiling", "jz.he", "dvolkov", "t.nowak",
          "aiko.tanabe", "sj.park", "fatima.b", "reza.t", "m.oztuk", "wkamau", "cristina.ruiz", "zhouyt88",
          "finance-ap", "hr.shenzhen", "ops-oncall"]
CORP_DOMAINS = ["lanfeng-tech.cn", "hexinbio.com", "qiantang-logistics.com", "northgate-analytics.io",
                "brightmere.co.uk", "kestrelpay.de", "yunshan-med.cn", "tidewater-energy.com", "meridiansoft.sg"]
FREE_DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com", "sina.com", "yahoo.co.jp"]


def gen_email(rng, free=None):
    free = rng.random() < 0.4 if free is None else free
    local = rng.choice(LOCALS)
    if free and rng.random() < 0.5:
        local = rdig(rng, rng.randint(8, 10))
        return local + "@qq.com"
    return local + "@" + rng.choice(FREE_DOMAINS if free else CORP_DOMAINS)


def gen_ip4_private(rng):
    k = rng.choice(["10", "172", "192"])
    if k == "10":
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if k == "172":
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def gen_ip4_public(rng):
    first = rng.choice([36, 47, 58, 61, 101, 106, 114, 116, 119, 120, 123, 139, 182, 211, 218, 222, 52, 34, 81, 94])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def gen_ip6(rng):
    def h():
        return f"{rng.randint(0x100, 0xffff):x}"

    kind = rng.choice(["240e", "2408", "2a01", "fd"])
    if kind == "fd":
        return f"fd{rng.randint(0x10, 0xff):02x}:{h()}:{h()}:{h()}::{h()}"
    return f"{kind}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}" if rng.random() < 0.5 else f"{kind}:{h()}:{h()}::{h()}"


def rtok(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64u(obj) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def gen_jwt(rng):
    header = {"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}
    payload = {"sub": rdig(rng, 7), "tenant": rng.choice(["cn-east", "apac", "eu-1", "hq"]),
               "iat": 1790000000 + rng.randint(0, 9999999), "scope": rng.choice(["read", "admin", "ops:write"])}
    return f"{b64u(header)}.{b64u(payload)}.{rtok(rng, 43, string.ascii_letters + string.digits + '-_')}"


def gen_pkey(rng):
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    lines = [body] + [rtok(rng, 70, string.ascii_letters + string.digits + "+/") for _ in range(rng.randint(3, 5))]
    lines.append(rtok(rng, 24, string.ascii_letters + string.digits + "+/") + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


PW_WORDS = ["Haitang", "Qz", "blueJay", "Mojito", "Tiger", "yunduan", "Falcon", "Xiaomao", "Orchid", "Snow"]


def gen_password(rng):
    return rng.choice([
        lambda: rng.choice(PW_WORDS) + rdig(rng, 4) + rng.choice("!@#$%&"),
        lambda: rtok(rng, rng.randint(12, 18), string.ascii_letters + string.digits + "!#%^*_"),
        lambda: rng.choice(PW_WORDS).lower() + "@" + rdig(rng, 4),
        lambda: rtok(rng, 3, string.ascii_uppercase) + rdig(rng, 5) + rtok(rng, 3, string.ascii_lowercase),
    ])()


def gen_dburl(rng):
    scheme = rng.choice(["postgres", "postgresql", "mysql", "mongodb", "redis", "amqp"])
    user = rng.choice(["app_rw", "svc_billing", "etl", "reporting", "admin", "crm_user"])
    host = rng.choice(["pg-prod-01.corp.lan", "rm-bp1x9.mysql.rds.aliyuncs.com", "db.hexinbio.com",
                       gen_ip4_private(rng), "mongo-a.lanfeng-tech.cn", "mq01.tidewater-energy.com"])
    port = {"postgres": 5432, "postgresql": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379, "amqp": 5672}[scheme]
    pw = rtok(rng, rng.randint(10, 16), string.ascii_letters + string.digits + "_")
    return f"{scheme}://{user}:{pw}@{host}:{port}/{rng.choice(['orders', 'crm', 'ledger', 'hr', '0', 'main'])}"


def gen_pipurl(rng):
    return f"https://deploy:{rtok(rng, 20)}@pypi.lanfeng-tech.cn/simple/"


SECRET_GEN = {
    "sk": lambda rng: "sk-" + rtok(rng, 48),
    "skproj": lambda rng: "sk-proj-" + rtok(rng, 56, string.ascii_letters + string.digits + "_-"),
    "sklive": lambda rng: "sk_live_" + rtok(rng, 24),
    "akia": lambda rng: "AKIA" + rtok(rng, 16, string.ascii_uppercase + "234567"),
    "awssecret": lambda rng: rtok(rng, 40, string.ascii_letters + string.digits + "/+"),
    "ghp": lambda rng: "ghp_" + rtok(rng, 36),
    "glpat": lambda rng: "glpat-" + rtok(rng, 20, string.ascii_letters + string.digits + "_-"),
    "xoxb": lambda rng: f"xoxb-{rdig(rng, 12)}-{rdig(rng, 13)}-{rtok(rng, 24)}",
    "npm": lambda rng: "npm_" + rtok(rng, 36),
    "aiza": lambda rng: "AIza" + rtok(rng, 35, string.ascii_letters + string.digits + "_-"),
    "jwt": gen_jwt,
    "pkey": gen_pkey,
    "dburl": gen_dburl,
    "pipurl": gen_pipurl,
    "pw": gen_password,
    "hex": lambda rng: rtok(rng, 40, "0123456789abcdef"),
}

# hand-written people, companies and addresses
ZH_NAMES = ["欧阳慧琳", "司马振东", "上官若岚", "邝嘉文", "晏秋实", "滕佳蕊", "龚立群", "聂晓川", "阎国栋", "覃美玲",
            "鲍志远", "蔺雨桐", "端木清扬", "皇甫立成", "冼惠芳", "郦文涛", "陳家豪", "黃詩涵", "劉俊宏", "葉佩玲",
            "谷梁樱", "卞海生", "岑思远", "戚玉珍", "糜建业", "寇晓燕", "尉迟铮", "钮春华", "郗明哲", "伍嘉怡"]
LAT_NAMES = ["Priyanka Raghunathan", "Oluwaseun Adebayo", "Kwame Mensah", "Aiko Tanabe", "Park Ji-hoon",
             "Nguyen Thi Lan", "Siti Rahmawati", "Ahmad Al-Farsi", "Dariush Karimi", "Elif Yıldız", "Dmitri Volkov",
             "Katarzyna Nowak", "Jörg Hoffmann", "Lucía Fernández", "João Pereira", "Sipho Ndlovu",
             "Fatima Zahra Benali", "Mehmet Öztürk", "Arjun Mehta", "Wanjiru Kamau", "Ingrid Solberg",
             "Tomasz Wiśniewski", "Camila Restrepo", "Hiroshi Kanemoto", "Lee Soo-min", "Zhou Yuting",
             "Somchai Wongsawat", "Bartholomew Finch", "Aoife Gallagher", "Rafael Quispe", "HE Jianzhong", "wang jiaming"]
CJK_OTHER = ["田辺愛子", "金本浩", "박지훈", "이수민", "김하늘", "佐々木健太", "渡部美咲", "최윤아"]
ZH_ORGS = ["杭州蓝枫科技有限公司", "禾信生物医药股份有限公司", "钱塘物流集团", "苏州云杉医疗器械有限公司",
           "广东汇岭律师事务所", "成都锦江第三人民医院", "宁波澄海化工有限公司", "北京星桥会计师事务所"]
EN_ORGS = ["Brightmere Analytics Ltd", "Kestrel Payments GmbH", "Tidewater Energy Inc.", "Northgate Robotics AG",
           "Van Oorschot Logistics B.V.", "Marlow & Reade LLP", "Pinecrest Biologics LLC", "Halvard Marine plc"]
ZH_CITY = [("浙江省", "杭州市", "西湖区", ["文三路", "古墩路", "天目山路"]), ("广东省", "深圳市", "南山区", ["科苑南路", "高新南七道", "桃园路"]),
           ("四川省", "成都市", "武侯区", ["科华北路", "玉林南路", "佳灵路"]), ("", "上海市", "闵行区", ["虹梅路", "莘庄工业区春东路", "七莘路"]),
           ("江苏省", "南京市", "鼓楼区", ["中山北路", "湖南路", "虎踞北路"]), ("湖北省", "武汉市", "洪山区", ["珞喻路", "光谷大道", "雄楚大道"]),
           ("山东省", "青岛市", "崂山区", ["株洲路", "海尔路", "松岭路"]), ("", "北京市", "丰台区", ["丽泽路", "南四环西路", "看丹路"])]
ESTATES = ["金色家园", "翠湖天地", "龙湖春江郦城", "万科城市花园", "保利心语", "阳光水岸"]
RURAL = ["河南省周口市郸城县汲冢镇后楼村3组", "湖南省邵阳市隆回县六都寨镇竹山村5组", "江西省赣州市于都县禾丰镇上坪村2组",
         "甘肃省天水市秦安县莲花镇新庄村7组", "安徽省六安市霍邱县冯井镇大桥村11组"]
WEST_ADDR = ["4418 Larkspur Lane, Boise, ID 83709", "917 Ashbury Ct Apt 3C, Columbus, OH 43215",
             "Flat 2, 61 Cavendish Road, Leeds LS6 1BN", "22 Wellfield Crescent, Cardiff CF14 3QU",
             "Hegelstraße 27, 39104 Magdeburg", "Am Kirchberg 5a, 80995 München", "14 rue des Capucines, 69001 Lyon",
             "Keizersgracht 318-II, 1016 EZ Amsterdam", "Calle de Toledo 86, 3º B, 28005 Madrid",
             "Rua Augusta 1502, ap. 71, São Paulo - SP, 01304-001", "57 Kirkwood Drive, Toronto, ON M4B 2J9",
             "9/14 Harbour Street, Mosman NSW 2088", "Storgata 41, 0182 Oslo", "ul. Marszałkowska 115 m. 12, 00-102 Warszawa"]
ASIA_ADDR = ["香港九龍旺角彌敦道688號旺角中心12樓1203室", "Flat 9C, 5/F, Kingsford Court, 21 Tai Hang Road, Causeway Bay, Hong Kong",
             "臺北市大安區復興南路一段219號7樓", "新北市板橋區文化路二段88巷6號3樓", "Blk 312 Clementi Ave 4, #07-215, Singapore 120312",
             "8 Marina View, #21-03, Singapore 018960", "東京都世田谷区北沢2丁目14-7 メゾン北沢302", "3-8-12 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023",
             "大阪府大阪市北区梅田1丁目9-20 梅田ビル8階", "서울특별시 마포구 월드컵북로 56, 3층", "27 Teheran-ro 8-gil, Gangnam-gu, Seoul 06236"]


def gen_zh_addr(rng):
    prov, city, dist, roads = rng.choice(ZH_CITY)
    road = rng.choice(roads)
    base = f"{prov}{city}{dist}{road}{rng.randint(3, 999)}号"
    tail = rng.choice(["", f"{rng.randint(1, 12)}号楼{rng.randint(1, 4)}单元{rng.randint(1, 28)}0{rng.randint(1, 6)}室",
                       f"{rng.choice(ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 3)}单元{rng.randint(2, 33)}0{rng.randint(1, 4)}",
                       f"{rng.choice(['汇金', '创智', '星河', '国信'])}大厦{rng.randint(3, 40)}层{rng.randint(1, 20):02d}室"])
    return base + tail


GEN = {
    "prc": lambda r: ("PRC_ID", gen_prc(r)),
    "prcx": lambda r: ("PRC_ID", gen_prc(r, want_x=True, lower=r.random() < 0.4)),
    "prcfw": lambda r: ("PRC_ID", gen_prc(r, fullwidth=True)),
    "prc_bad": lambda r: (None, gen_prc_bad(r)),
    "prc_baddate": lambda r: (None, gen_prc_baddate(r)),
    "card": lambda r: ("BANK_CARD", gen_card(r)),
    "card_up": lambda r: ("BANK_CARD", gen_card(r, r.choice(["up16", "up19"]))),
    "card_visa": lambda r: ("BANK_CARD", gen_card(r, "visa")),
    "card_mc": lambda r: ("BANK_CARD", gen_card(r, r.choice(["mc", "mc2"]))),
    "card_fw": lambda r: ("BANK_CARD", gen_card(r, "up16", "fw")),
    "card_bad": lambda r: (None, gen_card_bad(r)),
    "iban": lambda r: ("IBAN", gen_iban(r)),
    "iban_bad": lambda r: (None, gen_iban_bad(r)),
    "ssn": lambda r: ("US_SSN", gen_ssn(r)),
    "ssn_bad": lambda r: (None, gen_ssn_bad(r)),
    "pp_cn": lambda r: ("PASSPORT", r.choice("EG") + rdig(r, 8)),
    "pp_us": lambda r: ("PASSPORT", str(r.randint(5, 9)) + rdig(r, 8)),
    "pp_de": lambda r: ("PASSPORT", "C" + rtok(r, 8, "CFGHJKLMNPRTVWXYZ0123456789")),
    "pp_jp": lambda r: ("PASSPORT", r.choice(["TK", "TR", "MZ"]) + rdig(r, 7)),
    "pp_fr": lambda r: ("PASSPORT", rdig(r, 2) + rtok(r, 2, string.ascii_uppercase) + rdig(r, 5)),
    "pp_ca": lambda r: ("PASSPORT", rtok(r, 2, string.ascii_uppercase) + rdig(r, 6)),
    "mob": lambda r: ("PHONE", gen_mobile(r)),
    "land": lambda r: ("PHONE", gen_landline(r)),
    "intl": lambda r: ("PHONE", gen_intl_phone(r)),
    "email": lambda r: ("EMAIL", gen_email(r)),
    "cemail": lambda r: ("EMAIL", gen_email(r, False)),
    "femail": lambda r: ("EMAIL", gen_email(r, True)),
    "ip": lambda r: ("IP_ADDRESS", gen_ip4_private(r)),
    "ippub": lambda r: ("IP_ADDRESS", gen_ip4_public(r)),
    "ip6": lambda r: ("IP_ADDRESS", gen_ip6(r)),
    "pz": lambda r: ("PERSON", r.choice(ZH_NAMES)),
    "pl": lambda r: ("PERSON", r.choice(LAT_NAMES)),
    "pj": lambda r: ("PERSON", r.choice(CJK_OTHER)),
    "az": lambda r: ("ADDRESS", gen_zh_addr(r)),
    "ar": lambda r: ("ADDRESS", r.choice(RURAL) + f"{r.randint(2, 88)}号"),
    "aw": lambda r: ("ADDRESS", r.choice(WEST_ADDR)),
    "aa": lambda r: ("ADDRESS", r.choice(ASIA_ADDR)),
    "oz": lambda r: ("ORG", r.choice(ZH_ORGS)),
    "oe": lambda r: ("ORG", r.choice(EN_ORGS)),
    "n4": lambda r: (None, str(r.randint(1000, 9999))),
    "amt": lambda r: (None, f"{r.randint(12, 980)}.{r.randint(0, 9)}"),
    "k": lambda r: (None, str(r.randint(18, 95))),
    "ord": lambda r: (None, "SO" + rdig(r, 10)),
}


def secret_slot(fn):
    return lambda r: ("SECRET", fn(r))


for _name, _fn in SECRET_GEN.items():
    GEN["s_" + _name] = secret_slot(_fn)

LIT = {"P": "PERSON", "O": "ORG", "A": "ADDRESS", "E": "EMAIL", "T": "PHONE", "S": "SECRET"}
SLOT = re.compile(r"⟨(\w+)⟩|⟦(\w):(.*?)⟧", re.DOTALL)


def render(tpl: str, rng: random.Random):
    parts, ents, pos, last = [], [], 0, 0
    for m in SLOT.finditer(tpl):
        lit = tpl[last:m.start()]
        parts.append(lit)
        pos += len(lit)
        if m.group(1):
            typ, val = GEN[m.group(1)](rng)
        else:
            typ, val = LIT[m.group(2)], m.group(3)
        if typ:
            ents.append({"type": typ, "start": pos, "end": pos + len(val)})
        parts.append(val)
        pos += len(val)
        last = m.end()
    parts.append(tpl[last:])
    return "".join(parts), ents



# ---------------------------------------------------------------- hand-written frames
# (category, lang, confidential, template).  ⟨slot⟩ = value made by code, ⟦T:text⟧ = hand-written span.
# A frame with a generated slot is rendered twice (different values), otherwise once.
C, N = True, False
FRAMES = [
    # general (all false)
    ("general", "zh", N, "帮我把这段话改得正式一点：下周三的分享会改到线上，大家记得提前装好会议软件"),
    ("general", "zh", N, "python里怎么把一个list按某个字段去重但保持顺序？"),
    ("general", "en", N, "Can you explain the difference between a mutex and a semaphore like I'm five"),
    ("general", "en", N, "write a haiku about monday standups pls"),
    ("general", "zh", N, "周报模板给我来一个，分成本周进展、风险、下周计划三块"),
    ("general", "mixed", N, "这个报错啥意思 TypeError: 'NoneType' object is not subscriptable，我在遍历response['items']的时候出的"),
    ("general", "en", N, "Translate into Spanish: 'The shipment will arrive after the holiday weekend.'"),
    ("general", "zh", N, "用一句话解释一下什么是边际成本"),
    ("general", "mixed", N, "SQL里 LEFT JOIN 之后 where 条件写在 on 里和写在 where 里有啥区别？举个例子"),
    ("general", "en", N, "whats a good way to structure a 10 min talk on kubernetes for non-engineers"),
    ("general", "zh", N, "年会主持串词帮忙写一段，风格轻松点，别太油"),
    ("general", "en", N, "Regex to match a date like 2025-07-14 but not 2025-7-14?"),
    ("general", "zh", N, "给新同事写个入职第一周的自学清单，偏数据分析方向"),
    ("general", "mixed", N, "git rebase -i 之后 push 被拒了，要用 --force-with-lease 吗，有啥风险"),
    ("general", "en", N, "Summarise the pros and cons of a four-day work week in bullet points"),
    ("general", "zh", N, "excel 里 vlookup 查不到值老是返回#N/A，可能是什么原因"),
    ("general", "en", N, "rewrite this to sound less passive-aggressive: 'as per my last email, the file is attached again'"),
    ("general", "zh", N, "帮我想三个团建活动，预算人均两百以内，杭州周边"),
    ("general", "mixed", N, "docker compose up 的时候 port is already allocated 怎么查是谁占了"),
    ("general", "en", N, "explain OAuth2 authorization code flow with PKCE, short version"),
    ("general", "zh", N, "把“降本增效”换几个不那么套话的说法"),
    # credentials
    ("credentials", "mixed", N, "这个key为啥一直401？\nOPENAI_API_KEY=⟨s_sk⟩\n我已经重启过服务了"),
    ("credentials", "en", N, "curl -H \"Authorization: Bearer ⟨s_jwt⟩\" https://api.lanfeng-tech.cn/v2/orders  -> returns 403, token expired?"),
    ("credentials", "mixed", N, "CI 挂了，日志里有这行：\n[2026-11-03 02:14:07] INFO using token ⟨s_ghp⟩ for checkout\n[2026-11-03 02:14:09] ERROR fatal: repository not found"),
    ("credentials", "en", N, "my .pgpass looks fine but psql still asks for a password. conn string: ⟨s_dburl⟩"),
    ("credentials", "zh", N, "测试环境堡垒机账号 opsguest，密码是⟨s_pw⟩，用完记得跟我说一声我改掉"),
    ("credentials", "mixed", N, "aws configure 配完还是报 InvalidClientTokenId\n[default]\naws_access_key_id = ⟨s_akia⟩\naws_secret_access_key = ⟨s_awssecret⟩\nregion = ap-east-1"),
    ("credentials", "en", N, "Slack bot stopped posting. token in the config is ⟨s_xoxb⟩ — do I need to reinstall the app?"),
    ("credentials", "mixed", N, "settings.py 里：\nSECRET_KEY = '⟨s_pw⟩'\nDEBUG = False\n这样部署有问题吗"),
    ("credentials", "en", N, "Why does ssh say 'invalid format' for this key?\n⟨s_pkey⟩"),
    ("credentials", "mixed", N, "npm publish 报 E401，.npmrc 是 //registry.npmjs.org/:_authToken=⟨s_npm⟩ ，哪里不对"),
    ("credentials", "mixed", N, "gitlab runner 注册一直失败：gitlab-runner register --token ⟨s_glpat⟩ --url https://git.hexinbio.com"),
    ("credentials", "en", N, "stripe says no such customer. using ⟨s_sklive⟩ in prod, is that the wrong mode?"),
    ("credentials", "mixed", N, "pip install 走私有源：pip install -i ⟨s_pipurl⟩ qtlib==2.3.1 超时了，怎么加 trusted-host"),
    ("credentials", "mixed", N, "redis 起不来 redis-server --port 6380 --requirepass ⟨s_pw⟩ --daemonize yes ，日志说 bind 失败"),
    ("credentials", "en", N, "ran `mysql -h ⟨ip⟩ -u finance_ro -p⟨s_pw⟩ ledger` and got ERROR 2003, firewall?"),
    ("credentials", "en", N, "GCP maps widget blank. key=⟨s_aiza⟩ restricted to *.lanfeng-tech.cn referrers, what am I missing"),
    ("credentials", "mixed", N, "docker-compose.yml 片段\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: billing\n      POSTGRES_PASSWORD: ⟨s_pw⟩\n容器一直 restarting"),
    ("credentials", "zh", N, "财务系统的U盾口令：⟨s_pw⟩ 我出差这几天你先帮我审批一下报销单"),
    ("credentials", "en", N, "fyi the wifi pass for the 4th floor meeting rooms is ⟨s_pw⟩ now, they rotated it"),
    ("credentials", "mixed", N, "帮我看下这个 GitHub Actions 为啥拿不到变量\nenv:\n  PGPASSWORD='⟨s_pw⟩'\n  PGHOST: db-staging"),
    ("credentials", "mixed", N, "用 requests 调接口：headers = {\"X-API-Key\": \"⟨s_hex⟩\"}，返回429是限流吗"),
    ("credentials", "en", N, "curl -u deployer:⟨s_pw⟩ https://nexus.tidewater-energy.com/repository/raw/ -T build.zip hangs at 99%"),
    ("credentials", "zh", N, "邮箱客户端授权码⟨s_pw⟩填进去了还是登不上，是不是要开SMTP"),
    ("credentials", "mixed", N, "vault 导出的 json：{\"service\": \"payroll-sync\", \"master_password\": \"⟨s_pw⟩\"} 怎么在 python 里安全地读"),
    ("credentials", "en", N, "the project key ⟨s_skproj⟩ got flagged by our secret scanner, how do I rotate it without downtime?"),
    # credentials negatives
    ("credentials", "en", N, "In the README we tell users to set OPENAI_API_KEY=<your-key> before running, is that clear enough?"),
    ("credentials", "mixed", N, "配置里写 password: ${DB_PASS} 然后从环境变量注入，这种做法在 k8s 里推荐吗"),
    ("credentials", "en", N, "Is AKIAIOSFODNN7EXAMPLE a real key? I saw it in a blog post"),
    ("credentials", "mixed", N, "db_url = f\"postgresql://user:password@localhost:5432/{name}\" 单测里这么写有问题吗"),
    ("credentials", "zh", N, "公司要求密码90天一换，有什么好记又安全的密码规则推荐"),
    ("credentials", "en", N, "api_key = os.environ[\"PAYMENTS_KEY\"]  # how do I make this fail loudly if it's missing?"),
]
FRAMES += [
    # hr
    ("hr", "zh", C, "⟨pz⟩今年绩效给了C，下个月起进PIP，你帮我把谈话提纲理一下"),
    ("hr", "en", C, "Offer for ⟨pl⟩: base 142k, sign-on 15k, 0.08% equity over 4y. Draft the offer email but don't send yet"),
    ("hr", "zh", C, "调薪表先别外传：⟦P:老龚⟧ 23k→26k，⟦P:小覃⟧ 15k→16.5k，⟦P:蔺姐⟧ 不动"),
    ("hr", "mixed", C, "帮我写个英文邮件给 ⟨pl⟩，说她 probation 没通过，最后工作日是月底"),
    ("hr", "en", C, "we're letting go of three people in the Shenzhen QA team on friday, need a script for the manager conversations"),
    ("hr", "zh", C, "⟨pz⟩提了离职，说对方给了40%涨幅，我们最多能给到多少去挽留？"),
    ("hr", "en", C, "quick gut check: ⟨pl⟩ has been late 11 times this quarter and missed two on-call shifts. written warning or straight to final?"),
    ("hr", "zh", C, "年终奖系数定了：研发1.8，销售按回款，行政0.6，帮我写个给各部门负责人的通知，先只发负责人"),
    ("hr", "mixed", C, "candidate ⟨pj⟩ 背调结果出来了，上一家说她因为报销造假被劝退，offer 还发不发"),
    ("hr", "zh", C, "明年开始⟦O:钱塘物流集团⟧华东区要裁掉两个仓的夜班，人数大概六十，怎么跟工会先沟通"),
    ("hr", "en", C, "Can you turn these notes into a performance summary? ⟨pl⟩ — strong delivery, poor collaboration, rating 'partially meets', no bonus this cycle"),
    ("hr", "zh", C, "⟨pz⟩的入职材料：身份证⟨prc⟩，银行卡⟨card_up⟩，帮我检查下格式对不对"),
    ("hr", "en", C, "⟦P:Tomas⟧ 71k → 78k, ⟦P:Noor⟧ 64k → 70k, ⟦P:Yusuf⟧ stays at 83k. can you compute the average raise %"),
    ("hr", "zh", N, "试用期最长能约定几个月？劳动合同期限两年的话"),
    ("hr", "en", N, "How do I calculate overtime pay in Excel if weekday OT is 1.5x and weekend is 2x?"),
    ("hr", "zh", N, "如果税前一个月两万五，五险一金按上海最高基数交，到手大概多少？"),
    ("hr", "en", N, "what are good questions to ask in an exit interview?"),
    ("hr", "zh", N, "绩效面谈的时候员工情绪激动怎么处理，有没有通用话术"),
    ("hr", "en", N, "According to the government's published statistics, what was the median wage for software developers last year?"),
    ("hr", "mixed", N, "帮我写一个 JD：Senior Data Engineer，base 上海，要求 Spark / Flink 经验"),
    ("hr", "zh", C, "下周一宣布⟨pz⟩接任华南区总经理，现在的⟦P:岑总⟧调回总部做顾问，这事先别让团队知道"),
    ("hr", "en", C, "the hiring committee rejected ⟨pl⟩ mostly because of her age, I'm uncomfortable—how do I raise this?"),
    # medical
    ("medical", "zh", C, "我爸上周查出来肺部有个2.3厘米的结节，医生建议穿刺，想问问穿刺风险大不大"),
    ("medical", "en", C, "⟨pl⟩ from my team told me she's been diagnosed with MS and asked me not to tell anyone. how do I adjust her workload discreetly?"),
    ("medical", "zh", C, "帮我写个请假条，⟨pz⟩因为抑郁症复发需要休病假两个月，附⟦O:成都锦江第三人民医院⟧的诊断证明"),
    ("medical", "en", C, "my HbA1c came back at 8.1 and fasting glucose 9.4, is that bad? doc wants me on metformin"),
    ("medical", "zh", C, "组里有个同事怀孕了但还没跟领导说，孕吐很严重，我能怎么帮她打掩护"),
    ("medical", "mixed", C, "翻译成英文发给保险公司：患者⟨pz⟩，2026年10月确诊乳腺癌II期，已行左乳改良根治术，术后化疗6周期"),
    ("medical", "en", C, "Forwarding lab results for ⟨pl⟩: ALT 212, AST 180, HBsAg positive. Please summarise for the occupational health file"),
    ("medical", "zh", C, "我妈帕金森十来年了，最近晚上老是幻视，家里有什么能缓解的办法"),
    ("medical", "en", C, "path report came in this morning, grade 2 melanoma on my shoulder. surgery booked next tuesday. what should I ask the surgeon"),
    ("medical", "zh", C, "⟦P:阎国栋⟧住院了，心梗放了两个支架，部门凑钱买点东西，送什么合适"),
    ("medical", "en", C, "one of our drivers tested positive for cannabis in the random screen, what's the process before we suspend him"),
    ("medical", "zh", N, "感冒药和头孢能一起吃吗？要隔多久"),
    ("medical", "en", N, "what's the difference between type 1 and type 2 diabetes"),
    ("medical", "zh", N, "长期久坐腰疼，有什么办公室里能做的拉伸动作"),
    ("medical", "en", N, "Is it safe to get the flu shot and a covid booster on the same day?"),
    ("medical", "zh", N, "公司体检套餐里的肿瘤标志物有必要加吗，一般人群"),
    ("medical", "mixed", N, "帮我解释一下 HbA1c 和空腹血糖这两个指标分别代表什么"),
    ("medical", "zh", C, "体检报告出来了：⟨pz⟩，甲状腺结节TI-RADS 4a类，建议三个月复查。帮我把这段改成给领导的请假说明"),
    ("medical", "en", C, "Participant ⟨pl⟩, room 412 at ⟦O:Pinecrest Biologics LLC⟧'s trial site, had a grade 3 reaction after dose two. draft the SAE narrative"),
    ("medical", "zh", C, "老婆确诊妊娠糖尿病，医生让控糖，一日三餐怎么安排"),
    # finance
    ("finance", "zh", C, "Q4 收入初步算下来是 6.87 亿，比董事会给的预算少了 9%，下周发公告前怎么跟投资人打招呼"),
    ("finance", "en", C, "Draft talking points: we'll miss the FY guidance by roughly 40M, the board hears it thursday, market hears it in two weeks"),
    ("finance", "zh", C, "这笔钱帮我打一下：收款人⟨pz⟩，卡号⟨card⟩，金额18,600，备注装修尾款"),
    ("finance", "en", C, "Please wire EUR 42,300 to ⟦O:Kestrel Payments GmbH⟧, IBAN ⟨iban⟩, ref INV-88213, before cutoff today"),
    ("finance", "mixed", C, "对一下这两条流水：\n2026-10-28 支出 ¥4,280.00 对方卡号 ⟨card⟩\n2026-10-29 收入 ¥4,280.00 退款"),
    ("finance", "zh", C, "明年预算砍了三成，市场部从1200万降到840万，我要怎么跟团队解释"),
    ("finance", "en", C, "we're raising a Series C at 1.1B pre, lead is a sovereign fund, nothing signed. help me draft the all-hands FAQ for when it closes"),
    ("finance", "zh", C, "⟦O:宁波澄海化工有限公司⟧的应收账款已经逾期半年，3400万，考虑全额计提坏账，审计那边怎么沟通"),
    ("finance", "mixed", C, "我的信用卡 ⟨card_visa⟩ 被盗刷了两笔 USD 900，怎么跟银行描述"),
    ("finance", "en", C, "Refund the customer to card ⟨card_mc⟩, amount 219.90, she's been waiting three weeks"),
    ("finance", "zh", C, "报销打款失败，卡号写成了⟨card_fw⟩，户名⟨pz⟩，帮我看看是不是卡号位数不对"),
    ("finance", "en", C, "Bonus pool for next year is set at 3.2% of EBITDA, that number isn't going anywhere outside the exec team yet"),
    ("finance", "zh", N, "⟦O:比亚迪⟧去年年报的营收和净利润分别是多少？"),
    ("finance", "en", N, "Based on ⟦O:Microsoft⟧'s last published 10-K, how much did data center revenue grow?"),
    ("finance", "zh", N, "帮我用excel做一个贷款等额本息的计算表，利率和期数可以改"),
    ("finance", "en", N, "explain the difference between EBITDA and operating cash flow with a toy example"),
    ("finance", "zh", N, "发票号 25442000000187365421 这种二十位的是全电发票吗？怎么查真伪"),
    ("finance", "mixed", N, "IRR 和 NPV 的区别是什么，Excel 里 XIRR 怎么用"),
    ("finance", "en", N, "what does 'mark to market' mean in plain words"),
    ("finance", "zh", N, "假设年化收益4%，每月定投3000，十年后大概有多少"),
    # legal
    ("legal", "zh", C, "⟦O:广东汇岭律师事务所⟧那边给的和解方案是我们赔180万、对方撤诉，你觉得能不能压到120"),
    ("legal", "en", C, "We intend to send ⟦O:Halvard Marine plc⟧ a cease-and-desist over the hull coating patent next week, draft the first paragraph"),
    ("legal", "zh", C, "跟⟨oz⟩的框架协议里最低采购量是每年5000台，单价1180元，违约金按差额30%，这条能不能改"),
    ("legal", "en", C, "⟨pl⟩ is threatening to sue for wrongful dismissal, her lawyer wants 9 months' pay. what's our exposure?"),
    ("legal", "zh", C, "我们打算起诉前供应商⟨oz⟩，理由是他们用了我们的模具图纸给竞品代工，证据链还差什么"),
    ("legal", "mixed", C, "review 一下这个 clause：'Supplier shall grant ⟦O:Tidewater Energy Inc.⟧ a rebate of 4.5% on volumes above 20,000 units' 我们这边有没有坑"),
    ("legal", "zh", C, "⟨pz⟩因为醉驾被拘了，下周的庭审要请假，公司要不要解除合同"),
    ("legal", "en", C, "Settlement terms with ⟦O:Marlow & Reade LLP⟧'s client: 350k, no admission, mutual non-disparagement. Summarise for the CFO"),
    ("legal", "zh", N, "劳动仲裁的时效是多久？从什么时候开始算"),
    ("legal", "en", N, "What's the difference between a non-compete and a non-solicit clause?"),
    ("legal", "zh", N, "租房合同里押一付三，提前退租房东不退押金合法吗"),
    ("legal", "en", N, "Under GDPR, how long can we keep CVs of rejected candidates?"),
    ("legal", "zh", N, "电子签名的合同在法院认不认？"),
    ("legal", "mixed", N, "帮我把 force majeure 条款翻成中文，通用模板就行"),
    ("legal", "en", N, "explain 'indemnification cap' like I'm a product manager"),
    ("legal", "zh", C, "仲裁庭下周开庭，我们准备承认延期交货但主张对方先违约，代理词思路帮我梳理下，对方是⟨oz⟩"),
]
FRAMES += [
    # names_alone
    ("names_alone", "zh", N, "明天的会叫上⟨pz⟩和⟦P:聂总⟧，会议室你订一下"),
    ("names_alone", "en", N, "can you remind ⟨pl⟩ that the deck is due at 3"),
    ("names_alone", "zh", N, "帮我给⟨pz⟩老师写一封感谢信，谢谢她带我做完毕业设计"),
    ("names_alone", "mixed", N, "hi ⟦P:小滕⟧，那个 PR 我 review 完了，留了几个 comment"),
    ("names_alone", "en", N, "Seating for the offsite dinner: ⟨pl⟩, ⟨pl⟩ and ⟨pj⟩ at table 2"),
    ("names_alone", "zh", N, "⟦P:老鲍⟧说他下午晚点到，让我们先开始"),
    ("names_alone", "en", N, "Dear ⟦P:Tanabe⟧-san, thank you for hosting us in Osaka last week. Please rewrite this more politely"),
    ("names_alone", "mixed", N, "值班表：周一 ⟨pz⟩，周二 ⟨pl⟩，周三 ⟦P:郗明哲⟧ —— 帮我排成 markdown 表格"),
    ("names_alone", "en", N, "tell ⟦P:Kofi⟧ the printer on 3 is fixed, he was asking this morning"),
    ("names_alone", "zh", N, "给⟦P:司徒文静⟧写个生日祝福，她是我们组最资深的测试"),
    ("names_alone", "mixed", N, "[10:02] ⟨pz⟩: 接口文档更新了吗\n[10:03] ⟨pl⟩: updated, see confluence\n帮我总结这段聊天"),
    ("names_alone", "en", N, "From: ⟨pl⟩\nTo: ⟨pl⟩\nSubject: re: slides\n\nLooks good, ship it.\n---\ncan you draft a reply saying thanks"),
    ("names_alone", "zh", N, "⟦P:陳家豪⟧同學下學期轉來我們組，幫忙寫個歡迎詞"),
    ("names_alone", "en", N, "how do I pronounce ⟦P:Nnamdi Okonkwo-Eze⟧? meeting him tomorrow"),
    ("names_alone", "mixed", N, "⟦P:zhang xinyi⟧ 和 ⟦P:liu haoran⟧ 的账号权限帮我开一下 jira，项目是 PAY"),
    ("names_alone", "en", N, "Write a farewell card message for ⟦P:Mariam⟧, she's leaving after 8 years in accounts"),
    ("names_alone", "zh", N, "⟦P:金本浩⟧さん下周来上海出差，帮我安排个接机"),
    ("names_alone", "en", N, "Who should I cc — ⟦P:Javier Montoya⟧ or ⟦P:Leilani Kahale⟧ — on the vendor thread?"),
    ("names_alone", "zh", N, "小明和小红一起去买文具，小明比小红多买了3支笔，这类应用题怎么讲给孩子听"),
    ("names_alone", "en", N, "In the textbook example, Alice sends Bob a message encrypted with his public key—why can't Carol read it?"),
    ("names_alone", "zh", N, "周报里经常写“某某同事”，有没有更礼貌的说法"),
    ("names_alone", "en", N, "what are popular baby names in Norway right now?"),
    ("names_alone", "zh", N, "百家姓里复姓有哪些比较常见"),
]
FRAMES += [
    # address
    ("address", "zh", N, "快递帮我改一下地址：⟨az⟩，收件人不变"),
    ("address", "zh", N, "老家地址是⟨ar⟩，帮我写个给村委会开证明的申请"),
    ("address", "en", N, "please ship the replacement monitor to ⟨aw⟩, attention: front desk"),
    ("address", "mixed", N, "把这个地址翻成英文格式，寄 DHL 用：⟨az⟩"),
    ("address", "zh", N, "我们新办公室搬到⟨az⟩了，帮我写个通知发给客户"),
    ("address", "en", N, "Is this a valid format for a customs form? ⟨aa⟩"),
    ("address", "mixed", N, "订单备注：送货上门，地址 ⟨aa⟩ ，晚上七点后"),
    ("address", "en", N, "Our tenant at ⟨aw⟩ hasn't paid for two months—draft a polite reminder"),
    ("address", "zh", N, "年会礼品统一寄到⟦A:上海市徐汇区漕溪北路398号汇智大厦17层1702室⟧，麻烦各位核对"),
    ("address", "en", N, "Can you convert this to a JSON object with street, city and postcode fields: ⟨aw⟩"),
    ("address", "zh", N, "房东让我把租房合同寄到⟨ar⟩，挂号信还是EMS好"),
    ("address", "mixed", N, "shipping_address: \"⟨aa⟩\"\n这个 yaml 字段里有中文会不会乱码"),
    ("address", "en", N, "how long does it take to walk from Shinjuku station to ⟦A:2-11-3 Hyakunincho, Shinjuku-ku, Tokyo 169-0073⟧?"),
    ("address", "zh", N, "帮我把“⟦A:广州市天河区体育西路191号中石化大厦B塔2306⟧”拆成省市区街道门牌"),
    ("address", "zh", N, "地址怎么写才规范？比如“XX省XX市XX区XX路XX号”这种格式要不要写邮编"),
    ("address", "en", N, "Our form placeholder says '123 Main Street, Anytown, CA 90210'—is it confusing for non-US users?"),
    ("address", "zh", N, "深圳南山区和福田区哪个通勤更方便，主要去科技园"),
    ("address", "en", N, "Thinking about relocating the team to Lisbon or Porto, which has the better tech scene?"),
    ("address", "zh", N, "上海浦东新区有哪些适合团建的地方？"),
    ("address", "mixed", N, "表单里地址字段的 placeholder 写成“某某市某某区某某路1号”可以吗"),
    ("address", "en", N, "what's the postcode format in the Netherlands?"),
    # multi_entity
    ("multi_entity", "zh", N, "客户信息录一下：⟨pz⟩，身份证⟨prc⟩，手机⟨mob⟩，地址⟨az⟩"),
    ("multi_entity", "en", N, "New vendor onboarding: contact ⟨pl⟩, ⟨cemail⟩, ⟨intl⟩, bank IBAN ⟨iban⟩. Please create the supplier record"),
    ("multi_entity", "mixed", N, "name,phone,email,id\n⟨pz⟩,⟨mob⟩,⟨email⟩,⟨prc⟩\n⟨pz⟩,⟨mob⟩,⟨email⟩,⟨prcx⟩\n帮我把这个 csv 转成 json"),
    ("multi_entity", "en", N, "{\"employee\": \"⟨pl⟩\", \"ssn\": \"⟨ssn⟩\", \"home\": \"⟨aw⟩\", \"phone\": \"⟨intl⟩\"} — validate this payload against our schema"),
    ("multi_entity", "zh", N, "签证材料：⟨pz⟩，护照号⟨pp_cn⟩，住址⟨az⟩，紧急联系人手机⟨mob⟩"),
    ("multi_entity", "mixed", N, "INSERT INTO customers(name, mobile, card_no) VALUES ('⟨pz⟩', '⟨mob⟩', '⟨card⟩'); 这条为啥报主键冲突"),
    ("multi_entity", "en", N, "From: ⟨pl⟩ <⟨cemail⟩>\nSent: Tue 10:42\nHi, my new card is ⟨card⟩, please update billing. Reply only if there's a problem.\n\nsummarise this email"),
    ("multi_entity", "zh", N, "帮我填一下酒店入住登记：⟨pj⟩，护照 passport ⟨pp_jp⟩，电话⟨intl⟩"),
    ("multi_entity", "mixed", N, "log line: user=⟨femail⟩ ip=⟨ippub⟩ login_ok card_last4=4821 —— 帮我看看这个登录正常吗"),
    ("multi_entity", "en", N, "Tenant application: ⟨pl⟩, passport ⟨pp_fr⟩, current address ⟨aw⟩, employer ⟨oe⟩. Any red flags?"),
    ("multi_entity", "zh", N, "⟨pz⟩ ⟨prcfw⟩ ⟨mob⟩ 这三个是从扫描件OCR出来的，帮我核对一下格式"),
    ("multi_entity", "en", N, "W-9 from contractor ⟨pl⟩, SSN ⟨ssn⟩, mailing address ⟨aw⟩ — is the form complete?"),
    ("multi_entity", "mixed", N, "邮件签名改一下：\n⟨pz⟩ | 华东区销售经理\nM: ⟨mob⟩  T: ⟨land⟩\nE: ⟨cemail⟩\n⟨az⟩"),
    ("multi_entity", "en", N, "Shipping label: ⟨pj⟩, ⟨aa⟩, tel ⟨intl⟩. print-friendly layout please"),
    # confidential_no_identifier
    ("confidential_no_identifier", "zh", C, "先别往外说，华东那个厂明年三月就关了，设备会搬去越南"),
    ("confidential_no_identifier", "en", C, "Between you and me, we're going to miss the revenue number by about 12% and the board doesn't know yet"),
    ("confidential_no_identifier", "zh", C, "收购那个做电池回收的小公司，报价我们准备出到3.5个亿，对方心理价位大概4个亿"),
    ("confidential_no_identifier", "en", C, "Our new coating process cuts curing time from 40 minutes to 7 by pre-heating the substrate to 140C—write this up as a patent disclosure draft"),
    ("confidential_no_identifier", "zh", C, "下个月组织架构调整，运营中心会拆成三块，两个副总只能留一个"),
    ("confidential_no_identifier", "en", C, "HR is about to announce a 15% headcount reduction across sales on the 20th, help me prepare answers for my reports"),
    ("confidential_no_identifier", "zh", C, "我们组长最近在查，财务那边有人把差旅报销拆单，一年下来十几万"),
    ("confidential_no_identifier", "en", C, "the pricing we agreed with our biggest distributor is 22% below list, nobody else can find out"),
    ("confidential_no_identifier", "zh", C, "新品发布定在四月十八号，价格准备比上一代低五百，这个节奏先别让渠道知道"),
    ("confidential_no_identifier", "en", C, "My manager confided he's been in rehab for alcohol and will be out another three weeks. How should I cover for him?"),
    ("confidential_no_identifier", "zh", C, "我们配方里的关键是加了0.3%的海藻酸钠再低温陈化48小时，帮我写成工艺文件"),
    ("confidential_no_identifier", "en", C, "Q3 gross margin came in at 31.4% vs the 34% we guided; draft a note to the audit committee before the earnings call"),
    ("confidential_no_identifier", "zh", C, "老板私下说明年不涨了，奖金也要打七折，我该不该现在就告诉组员"),
    ("confidential_no_identifier", "en", C, "We're in talks to be acquired; the data room opens monday and only five of us know. write a checklist for what to tidy up"),
    ("confidential_no_identifier", "zh", C, "那个客户投诉我们数据泄露的事，法务说准备私了，赔偿大概两百万"),
    ("confidential_no_identifier", "en", C, "A guy on my team admitted he backdated test reports for the customer audit. What do I do now?"),
    ("confidential_no_identifier", "zh", C, "董事会已经拍板明年在成都再建一个研发中心，投资额九个亿，公告估计要等到六月"),
    ("confidential_no_identifier", "en", C, "Code name 'Bluefin' is the spin-off of our payments unit; target date is Q2. Draft a one-pager for the steering group"),
    ("confidential_no_identifier", "zh", C, "代号“黑曜石”的那个项目，对标竞品的成本拆解表，帮我把结论整理成三页PPT"),
    ("confidential_no_identifier", "en", C, "we found a bug that exposed other tenants' invoices for about 6 hours last week; legal wants a timeline before deciding whether to notify"),
    ("confidential_no_identifier", "zh", C, "跟我们谈合作的那家车企，私下透露他们下半年要砍掉燃油车产线的一半"),
    ("confidential_no_identifier", "en", C, "Sales comp plan for next year: quota up 25%, accelerator drops from 2x to 1.5x. Help me word this so the team doesn't revolt"),
    ("confidential_no_identifier", "zh", N, "上市公司的年报一般在几月份披露？"),
    ("confidential_no_identifier", "en", N, "How do companies usually announce layoffs without causing panic? Looking for general best practices"),
    ("confidential_no_identifier", "zh", N, "假如一家公司季度营收下滑10%，通常会有哪些应对措施"),
    ("confidential_no_identifier", "en", N, "What's a typical acquisition premium in tech deals, historically?"),
    ("confidential_no_identifier", "zh", N, "商业秘密和专利保护各有什么优缺点"),
    ("confidential_no_identifier", "en", N, "The company announced last month that it will close its Denver warehouse; how do such closures usually affect local suppliers?"),
    ("confidential_no_identifier", "zh", N, "怎么写一份好的项目复盘报告，有没有模板"),
    ("confidential_no_identifier", "en", N, "Hypothetically, if a startup missed its forecast by 20%, what would investors typically ask?"),
]
FRAMES += [
    # email
    ("email", "zh", N, "帮我给⟨cemail⟩写封邮件，问下个月的样品什么时候能寄出"),
    ("email", "en", N, "bounce back from ⟨email⟩ says mailbox full, how do I tell them politely"),
    ("email", "mixed", N, "git config user.email ⟨cemail⟩ 设错了，之前的 commit 怎么批量改"),
    ("email", "en", N, "Add ⟨cemail⟩ and ⟨cemail⟩ to the distribution list for the weekly ops report"),
    ("email", "zh", N, "我的备用邮箱是⟨femail⟩，系统收不到验证码是被拦截了吗"),
    ("email", "mixed", N, "Outlook 规则：来自 ⟨cemail⟩ 的邮件自动移到“供应商”文件夹，怎么设置"),
    ("email", "en", N, "Is ⟨femail⟩ a valid address? our signup form rejected it"),
    ("email", "zh", N, "合同扫描件发到⟨cemail⟩就行，抄送我"),
    ("email", "mixed", N, "grep 出来的日志：WARN smtp relay denied for <⟨email⟩> 这是什么原因"),
    ("email", "en", N, "please unsubscribe ⟨femail⟩ from the newsletter, thanks"),
    ("email", "zh", N, "投递失败的通知里写着⟨cemail⟩ 550 user unknown，是不是对方离职了"),
    ("email", "en", N, "Write a regex that accepts addresses like name@company.example but rejects spaces"),
    ("email", "mixed", N, "测试用例里的邮箱我都写成 test@example.com，会不会真的发出去"),
    ("email", "en", N, "what's the difference between SPF, DKIM and DMARC?"),
    ("email", "zh", N, "写一封邮件给全体同事，提醒周五前提交报销单，语气友好"),
    ("email", "mixed", N, "mock 数据里用 qa-bot@ci.test 这种域名合适吗"),
    # phone
    ("phone", "zh", N, "帮我回个短信给⟨mob⟩，说包裹放前台了"),
    ("phone", "en", N, "Call the supplier at ⟨intl⟩ tomorrow morning and ask about lead times—draft my talking points"),
    ("phone", "zh", N, "客服热线⟨land⟩转8021一直没人接，帮我写个投诉"),
    ("phone", "mixed", N, "这个号码 ⟨mob⟩ 格式对不对？前端校验一直说 invalid phone"),
    ("phone", "en", N, "set a reminder to text ⟨intl⟩ when the samples ship"),
    ("phone", "zh", N, "物业电话是⟨land⟩，帮我写个报修的说辞，卫生间漏水"),
    ("phone", "mixed", N, "Twilio 发到 ⟨intl⟩ 的短信一直 undelivered，是运营商拦截吗"),
    ("phone", "zh", N, "把这几个号码统一成+86格式：⟨mob⟩、⟨mob⟩"),
    ("phone", "en", N, "the courier left a missed call from ⟨intl⟩, is that a scam number pattern?"),
    ("phone", "zh", N, "表单示例里手机号写13800000000可以吗，还是会被当成真号码"),
    ("phone", "en", N, "How do I format international phone numbers in E.164?"),
    ("phone", "zh", N, "400开头的客服电话是怎么收费的"),
    ("phone", "mixed", N, "libphonenumber 解析香港号码要传什么 region code"),
    ("phone", "en", N, "what's the emergency number in Japan?"),
    # org_only
    ("org_only", "zh", N, "帮我给⟨oz⟩写一封合作意向函，语气正式"),
    ("org_only", "en", N, "Draft a thank-you note to ⟨oe⟩ for hosting our team at their plant tour"),
    ("org_only", "zh", N, "下周去⟨oz⟩拜访，有什么需要准备的商务礼仪"),
    ("org_only", "en", N, "Write a short intro of ⟨oe⟩ for our partners page based on their public website"),
    ("org_only", "mixed", N, "把“我们与⟨oz⟩建立了战略合作关系”翻成英文，新闻稿用，双方已经官宣了"),
    ("org_only", "en", N, "⟦O:Siemens Healthineers AG⟧ and ⟦O:Philips⟧ both make MRI scanners—how do their product lines differ?"),
    ("org_only", "zh", N, "⟦O:宁德时代⟧和⟦O:比亚迪⟧的电池技术路线有什么不同"),
    ("org_only", "en", N, "summarise what ⟦O:Maersk⟧ said publicly about Red Sea shipping delays"),
    ("org_only", "zh", N, "用Excel做个甘特图，不用Project，有模板吗"),
    ("org_only", "en", N, "Our Slack bot posts duplicate messages after a GitHub Actions run, any idea?"),
    ("org_only", "zh", N, "京东订单号和顺丰单号能对应上吗，怎么查物流"),
    ("org_only", "en", N, "Is Acme Corp a good placeholder name for a case study, or is it overused?"),
    ("org_only", "zh", N, "某某公司的案例写在PPT里要不要打码"),
    ("org_only", "zh", C, "⟨oz⟩这个季度给我们的返点从3%降到1.5%，合同还没签，怎么跟他们谈回来"),
    ("org_only", "en", C, "⟨oe⟩ is about to lose its biggest contract with us; we decide friday. Draft two versions of the notice"),
    # public_figures
    ("public_figures", "zh", N, "任正非早年写的《北国之春》那篇文章主要讲了什么？"),
    ("public_figures", "en", N, "What did Jensen Huang say about AI factories in his latest keynote?"),
    ("public_figures", "zh", N, "帮我写一段介绍苏轼的文字，给小学生看"),
    ("public_figures", "en", N, "compare the leadership styles of Angela Merkel and Jacinda Ardern"),
    ("public_figures", "zh", N, "董明珠在⟦O:格力⟧的改革有哪些值得借鉴的"),
    ("public_figures", "en", N, "Give me three quotes from Marie Curie about perseverance"),
    ("public_figures", "zh", N, "屠呦呦发现青蒿素的过程能不能讲成一个五分钟的故事"),
    ("public_figures", "en", N, "Why did Warren Buffett say 'be fearful when others are greedy'?"),
    ("public_figures", "zh", N, "张一鸣早期的创业经历有什么公开的采访可以看"),
    ("public_figures", "en", N, "Write a short bio of Serena Williams for a school newsletter"),
    ("public_figures", "mixed", N, "Lisa Su 接手 ⟦O:AMD⟧ 之后做了哪些关键决策？"),
    ("public_figures", "zh", N, "鲁迅的《故乡》里闰土这个人物想表达什么"),
    ("public_figures", "en", N, "how did Lee Kuan Yew approach public housing in Singapore"),
    ("public_figures", "zh", N, "诸葛亮的《出师表》帮我翻译成白话"),
    ("public_figures", "en", N, "Is it true Tim Cook sends emails at 4am?"),
    ("public_figures", "zh", N, "梅西和C罗谁的职业生涯进球多？"),
    ("public_figures", "zh", C, "我们新招的⟨pz⟩说他以前在俞敏洪手下干过，这个背景怎么核实"),
    ("public_figures", "en", C, "our intern ⟨pl⟩ claims to be Bill Gates' cousin lol, anyway she needs laptop access by monday"),
]
FRAMES += [
    # fictional_and_placeholder_names
    ("fictional_and_placeholder_names", "zh", N, "写一段贾宝玉和薛宝钗在元宵节猜灯谜的同人小故事"),
    ("fictional_and_placeholder_names", "en", N, "Would Hermione Granger make a good project manager? argue both sides, funny"),
    ("fictional_and_placeholder_names", "zh", N, "用户手册截图里的示例用户叫“王小二”，要不要换个更中性的名字"),
    ("fictional_and_placeholder_names", "en", N, "In our test fixtures the users are Alice, Bob and Mallory—what's Mallory's role traditionally?"),
    ("fictional_and_placeholder_names", "zh", N, "猪八戒如果来我们公司上班，适合哪个岗位？写个段子"),
    ("fictional_and_placeholder_names", "en", N, "write a bedtime story where Frodo and Hermione swap adventures"),
    ("fictional_and_placeholder_names", "mixed", N, "单测里 user_name 写成“张三”，测试报告会不会看起来不专业？"),
    ("fictional_and_placeholder_names", "en", N, "Form example: 'Name: Jane Doe, Date of birth: 01/01/1990'—is the date format clear for EU users?"),
    ("fictional_and_placeholder_names", "zh", N, "武侠小说里令狐冲的剑法为什么叫独孤九剑"),
    ("fictional_and_placeholder_names", "en", N, "Explain the prisoner's dilemma using two suspects called A and B"),
    ("fictional_and_placeholder_names", "zh", N, "合同范本里的甲方乙方写成“某某科技有限公司”可以吗"),
    ("fictional_and_placeholder_names", "en", N, "Who is more cunning, Tyrion Lannister or Littlefinger?"),
    ("fictional_and_placeholder_names", "zh", N, "给客户演示用的假数据，姓名一栏全写成李四王五会不会太随意"),
    ("fictional_and_placeholder_names", "en", N, "Is 'John Q. Public' the same idea as John Doe?"),
    ("fictional_and_placeholder_names", "zh", C, "代号“诸葛”的那个并购项目，尽调报告下周五要交，帮我排个时间表"),
    ("fictional_and_placeholder_names", "en", C, "Project Hermione (the retail pricing overhaul) slips another month; tell the sponsors before the town hall"),
    ("fictional_and_placeholder_names", "zh", N, "把示例里的“张三”换成我们真实的试点用户⟨pz⟩，电话⟨mob⟩"),
    ("fictional_and_placeholder_names", "en", N, "Replace placeholder 'Bob' in the demo script with our real beta tester ⟨pl⟩ so the walkthrough feels personal"),
    ("fictional_and_placeholder_names", "zh", N, "李四（化名）其实是我们的客户⟨pz⟩，她的投诉记录帮我整理一下"),
    # near_miss_numbers (hard negatives)
    ("near_miss_numbers", "zh", N, "这个身份证号⟨prc_bad⟩校验位好像不对，系统一直提示无效，是录错了吗"),
    ("near_miss_numbers", "en", N, "Our validator rejects ⟨prc_baddate⟩ — the date part looks impossible, right?"),
    ("near_miss_numbers", "zh", N, "卡号⟨card_bad⟩过不了校验，是不是少输了一位"),
    ("near_miss_numbers", "en", N, "unit test: assert not is_valid_iban('⟨iban_bad⟩') — why does it pass?"),
    ("near_miss_numbers", "en", N, "The HR form accepted ⟨ssn_bad⟩ as an SSN, that shouldn't be possible, right?"),
    ("near_miss_numbers", "zh", N, "订单号⟨ord⟩到现在还没发货，帮我催一下"),
    ("near_miss_numbers", "mixed", N, "PO 4500⟨n4⟩ 和发票 INV-2026-⟨n4⟩ 金额对不上，差了 ¥⟨amt⟩"),
    ("near_miss_numbers", "zh", N, "统一社会信用代码91330106MA2H3K7Q5X是哪家公司的，能查吗"),
    ("near_miss_numbers", "en", N, "ISBN 978-7-111-54742-6 — is that the Chinese edition of the book?"),
    ("near_miss_numbers", "zh", N, "腾讯会议号 862 417 395，下午三点，记得提前进"),
    ("near_miss_numbers", "mixed", N, "升级到 v3.12.4 以后 build 号 20261107.3 的包启动报错"),
    ("near_miss_numbers", "zh", N, "电商订单号 20261102153924186713390521 里面好像有一串像手机号的，是巧合吗"),
    ("near_miss_numbers", "en", N, "wire reference FT26311QW4Z8 shows as pending, how long do SWIFT transfers usually take?"),
    ("near_miss_numbers", "zh", N, "顺丰单号SF1420837716523查不到物流，是不是还没揽收"),
    ("near_miss_numbers", "en", N, "timestamp 1793025544 — convert to Beijing time please"),
    ("near_miss_numbers", "zh", N, "SKU 6925303712054 的库存为啥显示负数"),
    ("near_miss_numbers", "en", N, "I typed my card as ⟨card_bad⟩ and the checkout says invalid—did I swap two digits?"),
    ("near_miss_numbers", "zh", N, "测试数据生成的假身份证⟨prc_bad⟩会不会碰巧是真的"),
    ("near_miss_numbers", "mixed", N, "IBAN 校验失败：⟨iban_bad⟩，mod 97 算出来不是 1"),
    ("near_miss_numbers", "en", N, "is ⟨ssn_bad⟩ even a possible social security number?"),
    ("near_miss_numbers", "zh", N, "出生日期那段是⟨prc_baddate⟩里的，这个日期根本不存在吧"),
    # placeholders_in_code (hard negatives)
    ("placeholders_in_code", "mixed", N, "config.yaml:\ndatabase:\n  url: postgres://user:password@localhost:5432/app\n  pool: 10\n这个 pool 设多少合适"),
    ("placeholders_in_code", "en", N, "export STRIPE_KEY=YOUR_API_KEY\nnode server.js\n# why is process.env.STRIPE_KEY undefined in the worker?"),
    ("placeholders_in_code", "mixed", N, "nginx 里 proxy_pass http://127.0.0.1:8080; 和 http://localhost:8080 有区别吗"),
    ("placeholders_in_code", "en", N, "In docs we use 192.0.2.10 and 2001:db8::1 for examples, is 198.51.100.0/24 also reserved?"),
    ("placeholders_in_code", "mixed", N, ".env.example 写成 DB_PASSWORD=changeme 提交到仓库可以吗"),
    ("placeholders_in_code", "en", N, "token: '****' shows up in our logs after masking, is that enough or should we drop the field?"),
    ("placeholders_in_code", "mixed", N, "requests.post('https://api.example.com/v1/send', json={'to': 'someone@example.org'}) 单测怎么 mock"),
    ("placeholders_in_code", "en", N, "The jwt.io debugger sample token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 header—what does it decode to?"),
    ("placeholders_in_code", "mixed", N, "server 监听 0.0.0.0:3000，容器外访问不到，是 docker 网络的问题吗"),
    ("placeholders_in_code", "en", N, "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in the AWS docs, can I use it for localstack?"),
    ("placeholders_in_code", "mixed", N, "k8s secret 写成 password: <your-password> 然后 kubectl apply，报 base64 错误"),
    ("placeholders_in_code", "en", N, "curl http://[::1]:9000/health returns connection refused but 127.0.0.1 works"),
    ("placeholders_in_code", "mixed", N, "docker run -e MYSQL_ROOT_PASSWORD=${MYSQL_ROOT_PASSWORD} mysql:8 启动时读不到变量"),
    ("placeholders_in_code", "en", N, "Sample .npmrc in our wiki: //registry.npmjs.org/:_authToken=${NPM_TOKEN} — is the syntax right?"),
    ("placeholders_in_code", "mixed", N, "smtp:\n  host: mail.example.net\n  user: noreply@example.net\n  pass: \"<smtp-pass>\"\n这样配置 TLS 要开吗"),
    ("placeholders_in_code", "en", N, "test server runs at https://staging.shop.test:8443, browsers complain about the cert"),
    ("placeholders_in_code", "mixed", N, "文档示例：api_key=\"<your-key>\" 放在 header 还是 query 里更好"),
    ("placeholders_in_code", "en", N, "connection = psycopg.connect(password=os.environ['PGPASS']) throws KeyError in cron"),
    ("placeholders_in_code", "mixed", N, "示例里 phone: 13800000000 是不是保留号段"),
    # privacy_question
    ("privacy_question", "zh", N, "公司能不能要求员工上交手机做检查？合法吗"),
    ("privacy_question", "en", N, "Under PIPL, do we need separate consent to send customer data to our cloud provider abroad?"),
    ("privacy_question", "zh", N, "身份证号在数据库里应该加密还是脱敏存储？"),
    ("privacy_question", "en", N, "What's the best way to hash passwords in 2026—argon2 or bcrypt?"),
    ("privacy_question", "zh", N, "员工离职后，他的邮箱数据要保留多久？"),
    ("privacy_question", "en", N, "Is an IP address personal data under GDPR?"),
    ("privacy_question", "zh", N, "用AI助手处理客户资料，需要注意哪些合规问题"),
    ("privacy_question", "en", N, "how should we mask credit card numbers in application logs"),
    ("privacy_question", "zh", N, "怎么判断一个字段算不算个人敏感信息？有没有国标"),
    ("privacy_question", "en", N, "Can a manager read an employee's Slack DMs without telling them?"),
    ("privacy_question", "zh", N, "我们做人脸打卡，需要员工单独签同意书吗"),
    ("privacy_question", "en", N, "What is k-anonymity and when is it not enough?"),
    ("privacy_question", "mixed", N, "DLP 系统一般是怎么识别银行卡号的，只靠 Luhn 够吗"),
    ("privacy_question", "en", N, "how do data subject access requests work for a company with offices in the EU and China"),
    ("privacy_question", "zh", N, "如果我不小心把同事的手机号发到了大群里，算违法吗，需要怎么补救"),
    ("privacy_question", "en", N, "Should we store SSNs at all if we only need them for tax forms once a year?"),
    ("privacy_question", "zh", C, "我把⟨pz⟩的身份证⟨prc⟩发到供应商群里了，现在撤回不了，怎么补救"),
    ("privacy_question", "en", C, "I accidentally emailed a spreadsheet with ⟨pl⟩'s SSN ⟨ssn⟩ to the wrong vendor—what are our notification duties?"),
]
FRAMES += [
    # id_card
    ("id_card", "zh", N, "帮我查下这个身份证⟨prc⟩是哪个省的"),
    ("id_card", "zh", N, "高铁票帮我订一下，乘车人证件号⟨prcx⟩，周五早上去合肥"),
    ("id_card", "mixed", N, "OCR 结果：公民身份号码 ⟨prcfw⟩ ，全角数字怎么转成半角"),
    ("id_card", "zh", N, "⟨prc⟩ 这个人今年多大了？帮我从号码里算一下"),
    ("id_card", "en", N, "KYC form for our new Shanghai contractor, resident ID ⟨prc⟩—does the check digit look right?"),
    ("id_card", "zh", N, "社保转移需要填身份证，我的是⟨prcx⟩，表格里最后一位X要大写吗"),
    ("id_card", "mixed", N, "SELECT * FROM members WHERE id_no = '⟨prc⟩'; 查不出来，是不是字段有空格"),
    ("id_card", "zh", N, "给我妈办医保，她身份证号⟨prc⟩，名字⟨pz⟩，需要带什么材料"),
    ("id_card", "en", N, "the hotel in Xi'an asked for my colleague's ID number, it's ⟨prc⟩, can I just send it over wechat?"),
    ("id_card", "zh", N, "实名认证一直失败，⟨prc⟩，是不是和手机号不是同一个人登记的"),
    ("id_card", "mixed", N, "{\"name\": \"⟨pz⟩\", \"id_card\": \"⟨prcx⟩\"} 这个 json 存到 redis 前要加密吗"),
    ("id_card", "zh", N, "这是我表弟的身份证号⟨prcfw⟩，帮他报个驾校"),
    ("id_card", "zh", N, "身份证号码最后一位的校验码是怎么算出来的？"),
    ("id_card", "en", N, "How many digits does a Chinese resident ID have and what does each block mean?"),
    ("id_card", "zh", N, "身份证过期了还能坐飞机吗"),
    # bank_card
    ("bank_card", "zh", N, "工资卡换了，新卡号⟨card_up⟩，开户行⟦O:招商银行⟧"),
    ("bank_card", "en", N, "My Visa ⟨card_visa⟩ got declined at the hotel in Bangkok, what could be the reason?"),
    ("bank_card", "mixed", N, "支付回调里 card_no=⟨card⟩ 被打印到日志了，怎么脱敏"),
    ("bank_card", "zh", N, "退款请原路退回到⟨card_fw⟩这张卡，谢谢"),
    ("bank_card", "en", N, "Update my corporate card on file to ⟨card_mc⟩ exp 09/29"),
    ("bank_card", "zh", N, "这张⟨card_up⟩是哪个银行的卡？"),
    ("bank_card", "mixed", N, "csv 里有一列 card：\n1001,⟨card⟩\n1002,⟨card⟩\n用 pandas 怎么只保留后四位"),
    ("bank_card", "en", N, "pls charge the registration fee to ⟨card⟩, billing zip is the office one"),
    ("bank_card", "zh", N, "帮我把这个卡号按四位一组排好：⟨card_up⟩"),
    ("bank_card", "zh", N, "信用卡账单日和还款日怎么选最划算"),
    ("bank_card", "en", N, "What does the first digit of a card number tell you about the issuer?"),
    ("bank_card", "zh", N, "银联卡在国外能刷吗，手续费多少"),
    ("bank_card", "mixed", N, "Stripe 测试环境用的那些测试卡号可以写进文档吗"),
    # passport
    ("passport", "zh", N, "帮我订机票，乘客护照号⟨pp_cn⟩，有效期到2031年"),
    ("passport", "en", N, "Visa application for ⟨pl⟩, passport ⟨pp_us⟩—can you check the invitation letter wording"),
    ("passport", "mixed", N, "签证中心让我核对 passport no. ⟨pp_cn⟩ 和机票上的是否一致"),
    ("passport", "en", N, "Our German engineer's passport ⟨pp_de⟩ expires in March, can she still travel to Shenzhen in February?"),
    ("passport", "zh", N, "日本客户的护照⟨pp_jp⟩，酒店登记需要复印件吗"),
    ("passport", "en", N, "booking for the Paris conference: passport ⟨pp_fr⟩, arriving CDG sunday"),
    ("passport", "en", N, "My Canadian passport ⟨pp_ca⟩ was stolen in Chengdu, what do I do first?"),
    ("passport", "zh", N, "出国培训名单：⟨pz⟩ ⟨pp_cn⟩；⟨pz⟩ ⟨pp_cn⟩，帮我整理成表格"),
    ("passport", "zh", N, "护照快过期了，续签要提前多久办"),
    ("passport", "en", N, "Do I need six months of passport validity to enter Thailand?"),
    ("passport", "zh", N, "因私护照和因公护照有什么区别"),
    # iban
    ("iban", "en", N, "Please pay the consultant invoice to IBAN ⟨iban⟩, due friday"),
    ("iban", "zh", N, "欧洲供应商的收款账户是⟨iban⟩，SWIFT要另外填吗"),
    ("iban", "mixed", N, "payment file 里这一行 IBAN=⟨iban⟩ 被银行退回了，原因写的是 beneficiary name mismatch"),
    ("iban", "en", N, "changing my salary account to ⟨iban⟩ from next month, who do I tell?"),
    ("iban", "zh", N, "帮我写个邮件，告诉对方我们的欧元账户换成⟨iban⟩了"),
    ("iban", "en", N, "Refund the deposit to ⟨iban⟩ (account holder ⟨pl⟩)"),
    ("iban", "mixed", N, "SEPA 转账到 ⟨iban⟩ 一般几天到账？"),
    ("iban", "en", N, "How is the IBAN check digit calculated?"),
    ("iban", "zh", N, "IBAN 和 SWIFT code 有什么区别"),
    ("iban", "en", N, "which countries don't use IBAN at all?"),
    # ssn
    ("ssn", "en", N, "Payroll setup for the new hire in Austin: SSN ⟨ssn⟩, start date next monday"),
    ("ssn", "en", N, "my ssn is ⟨ssn⟩, can you fill out the I-9 section 1 for me"),
    ("ssn", "mixed", N, "美国同事的 SSN ⟨ssn⟩ 填在 W-4 哪一栏"),
    ("ssn", "en", N, "background check vendor needs ⟨pl⟩'s social ⟨ssn⟩ and DOB, is email ok to send?"),
    ("ssn", "zh", N, "帮我核对这个社保号⟨ssn⟩格式对不对，美国那边要报税"),
    ("ssn", "en", N, "tax preparer typo'd my SSN as ⟨ssn⟩ instead of mine, how do I amend?"),
    ("ssn", "en", N, "Why do SSNs never start with 9?"),
    ("ssn", "zh", N, "美国的社会安全号码丢了怎么补办"),
    ("ssn", "en", N, "Is it legal for a landlord to ask for my SSN on a rental application?"),
    # ip_address
    ("ip_address", "mixed", N, "ping ⟨ip⟩ 通但是 ssh 连不上，22 端口没开吗"),
    ("ip_address", "en", N, "nginx access log full of requests from ⟨ippub⟩, should I block the whole /24?"),
    ("ip_address", "mixed", N, "k8s 节点 ⟨ip⟩ NotReady，kubelet 日志说 PLEG is not healthy"),
    ("ip_address", "en", N, "Our VPN gives me ⟨ip⟩ but the jump host is ⟨ip⟩, why can't I route?"),
    ("ip_address", "zh", N, "服务器公网IP ⟨ippub⟩ 被云厂商封了，说有挖矿流量，怎么排查"),
    ("ip_address", "mixed", N, "ipv6 地址 ⟨ip6⟩ ping6 不通，防火墙要放行哪些 icmpv6 类型"),
    ("ip_address", "en", N, "fail2ban banned ⟨ippub⟩ which turns out to be our office egress, how do I whitelist it"),
    ("ip_address", "mixed", N, "Redis 绑定在 ⟨ip⟩:6379，应用在另一个网段连不上"),
    ("ip_address", "en", N, "what's the difference between 10.0.0.0/8 and 172.16.0.0/12 in practice?"),
    ("ip_address", "zh", N, "IPv6 地址为什么这么长，怎么缩写"),
    ("ip_address", "en", N, "How do I find my public IP from the command line on Linux?"),
]
FRAMES += [
    ("general", "en", N, "can u make this sql faster, it scans the whole orders table: SELECT count(*) FROM orders WHERE status='open'"),
    ("general", "zh", N, "帮我列一下做一个小程序从立项到上线大概要经历哪些阶段"),
    ("general", "en", N, "Proofread: 'Their going to reschedule the workshop, irregardless of the weather.'"),
    ("general", "zh", N, "明天要给客户做演示，怎么开场比较自然？"),
    ("general", "mixed", N, "pandas 的 groupby 后 agg 多个函数，列名变成 MultiIndex 了怎么拍平"),
    ("hr", "zh", C, "⟦P:欧阳慧琳⟧和⟦P:上官若岚⟧这次晋升只能上一个，你帮我对比一下两人去年的项目产出"),
    ("hr", "mixed", C, "⟦P:zhou yiming⟧ 的 counter offer 批下来了，base 涨到 48k，下周一前要回复他"),
    ("hr", "en", C, "Hiring decision: we go with ⟦P:Ayşe Kaya⟧ over ⟦P:Dariusz Zieliński⟧, tell me how to word the rejection for him"),
    ("hr", "zh", C, "这轮末位淘汰名单有⟦P:小伍⟧，她刚休完产假回来，这样操作有法律风险吗"),
    ("hr", "en", C, "the new grad we hired in march keeps crying in the bathroom after standups, I think the team lead is bullying her. how do I escalate without outing her?"),
    ("medical", "mixed", C, "帮我把这段病历翻成英文给 ⟨pl⟩ 的主治医生：左膝前交叉韧带断裂，计划关节镜下重建"),
    ("medical", "en", C, "My wife miscarried last week and I need to tell my manager I'm taking time off without going into detail, help"),
    ("finance", "mixed", C, "forecast 刚出：明年 EBITDA 预计 2.3 亿，比今年降 18%，CFO 说先只给董事会看"),
    ("finance", "en", C, "reimburse ⟨pl⟩ for the Tokyo trip, card ⟨card⟩, total JPY 186,400"),
    ("legal", "en", C, "our outside counsel thinks we'll lose the arbitration against ⟦O:Van Oorschot Logistics B.V.⟧; settlement authority is up to 1.2M, draft the email to the GC"),
    ("names_alone", "en", N, "Table for the vendor dinner: ⟦P:Reza Hosseini⟧, ⟦P:Ayumi Kobayashi⟧, ⟦P:Olamide Okafor⟧, and me"),
    ("names_alone", "zh", N, "⟦P:诸葛晓晨⟧和⟦P:欧阳敏⟧下周轮岗到我们组，工位安排在靠窗那排"),
    ("names_alone", "mixed", N, "@⟦P:이서연⟧ 明天的 demo 你来讲 API 那部分可以吗"),
    ("names_alone", "en", N, "⟦P:Nurul Aisyah binti Hassan⟧ will join the Kuala Lumpur office next month; write a welcome message"),
    ("address", "zh", N, "麻烦帮我把发票寄到⟦A:重庆市渝北区龙溪街道新牌坊二路156号3-2⟧，抬头不变"),
    ("address", "en", N, "The courier says ⟨aa⟩ doesn't exist—did I format it wrong?"),
    ("address", "mixed", N, "收货地址：⟨aw⟩ —— 这个 postcode 对应的城市对吗"),
    ("address", "zh", N, "爷爷住在⟨ar⟩，快递能送到村里吗"),
    ("multi_entity", "zh", N, "帮我把这条记录脱敏：姓名⟨pz⟩ 卡号⟨card⟩ 手机⟨mob⟩"),
    ("multi_entity", "en", N, "Intake note: ⟨pl⟩, SSN ⟨ssn⟩, lives at ⟨aw⟩, cell ⟨intl⟩, referred by ⟨oe⟩"),
    ("credentials", "en", N, "heads up, the shared admin login for the ticketing tool is ops-admin / ⟨s_pw⟩ until IT sets up SSO"),
    ("credentials", "mixed", N, "Jenkins console:\n+ docker login -u ci-bot -p ⟨s_pw⟩ registry.hexinbio.com\nWARNING! Using --password via the CLI is insecure.\nError response from daemon: unauthorized"),
    ("credentials", "zh", N, "你把这个token存一下，后面脚本要用：⟨s_jwt⟩"),
    ("credentials", "en", N, ".env for the staging box:\nDATABASE_URL=⟨s_dburl⟩\nREDIS_URL=redis://cache-stg:6379/0\nwhy does prisma migrate hang"),
    ("confidential_no_identifier", "zh", C, "我们跟那家日本客户的单价是每片0.87美元，比给别人的低了快一成，千万别在报价单模板里露出来"),
    ("confidential_no_identifier", "en", C, "the Q1 reorg will fold customer success into sales; two directors will lose their teams—help me plan the sequencing of conversations"),
    ("confidential_no_identifier", "zh", C, "隔壁组的主管被举报收供应商回扣，调查还没结论，我该不该提醒新来的同事离他远点"),
    ("confidential_no_identifier", "en", C, "Our churn jumped to 7.8% last month and we haven't told investors; draft how I'd explain it if the board asks"),
    ("confidential_no_identifier", "mixed", C, "新一代电机的效率实测 96.2%，比 datasheet 上宣传的还高，先别放进官网，写个技术简报给研发 VP"),
    ("confidential_no_identifier", "zh", N, "怎么给团队讲解公司公开发布的年度战略，有什么好的形式"),
    ("confidential_no_identifier", "en", N, "What are common warning signs that a supplier is about to go bankrupt?"),
    ("email", "en", N, "Forward the minutes to ⟨cemail⟩ and tell her the action items are on page 2"),
    ("email", "zh", N, "这个邮箱⟨femail⟩注册的时候提示已被占用，怎么找回"),
    ("phone", "en", N, "Our Singapore office line is ⟨intl⟩; add it to the footer of the brochure"),
    ("phone", "zh", N, "快递员打了⟨mob⟩好几次，说我没接，能改成送到驿站吗"),
    ("ip_address", "en", N, "grafana shows packet loss to ⟨ip6⟩ after the router firmware update"),
    ("ip_address", "mixed", N, "安全组放行了 ⟨ippub⟩/32，还是连不上 RDS"),
    ("ssn", "en", N, "Reading back what I put on the 1099: ⟨ssn⟩ — does that match what you have for ⟨pl⟩?"),
    ("ssn", "en", N, "What's the difference between an ITIN and an SSN?"),
    ("public_figures", "en", N, "Summarise the main argument of Yuval Noah Harari's Sapiens in five bullets"),
    ("public_figures", "zh", N, "袁隆平的杂交水稻为什么意义这么大？"),
    ("fictional_and_placeholder_names", "en", N, "Draft a fun email invite for a Lord of the Rings themed team quiz—Gandalf is the host"),
    ("org_only", "en", N, "Write a LinkedIn post congratulating ⟨oe⟩ on their new factory opening, it was in the news yesterday"),
    ("passport", "mixed", N, "team trip: ⟨pl⟩ passport ⟨pp_de⟩ 还差一份在职证明"),
    ("iban", "mixed", N, "德国房东的账户 ⟨iban⟩ ，押金转过去要备注什么"),
    ("bank_card", "en", N, "My Mastercard ⟨card_mc⟩ shows a pending charge I don't recognise from a merchant in Lagos"),
    ("near_miss_numbers", "en", N, "customer quoted card number ⟨card_bad⟩ on the phone, but the terminal rejects it—likely a misheard digit?"),
    ("placeholders_in_code", "en", N, "README snippet: `git clone https://user:<token>@git.example.com/team/repo.git`—is putting the token there ever ok?"),
]

# ---------------------------------------------------------------- validators (independent of the generators)

PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
             50, 51, 52, 53, 54, 61, 62, 63, 64, 65}


def v_prc(s: str) -> bool:
    s = s.translate(FW_BACK).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s) or int(s[:2]) not in PROVINCES:
        return False
    try:
        born = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not dt.date(1958, 1, 1) <= born <= dt.date(2004, 12, 31):
        return False
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(s[:17]))
    return (12 - total % 11) % 11 == (10 if s[17] == "X" else int(s[17]))


def v_luhn(num: str) -> bool:
    digits = [int(c) for c in num]
    odd = digits[-1::-2]
    even = [sum(divmod(2 * d, 10)) for d in digits[-2::-2]]
    return (sum(odd) + sum(even)) % 10 == 0


def v_card(s: str) -> bool:
    d = re.sub(r"[ -]", "", s.translate(FW_BACK))
    if not d.isdigit() or len(d) not in (16, 19) or not v_luhn(d):
        return False
    return d.startswith(("62", "4")) or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720


IBAN_LEN = {"DE": 22, "GB": 22, "NL": 18, "AT": 20, "CH": 21, "IE": 22}


def v_iban(s: str) -> bool:
    s = s.replace(" ", "")
    if IBAN_LEN.get(s[:2]) != len(s) or not s.isalnum():
        return False
    moved = s[4:] + s[:4]
    if int("".join(str(ord(c) - 55) if c.isalpha() else c for c in moved)) % 97 != 1:
        return False
    if s[:2] == "NL":
        acct = s[8:]
        return sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0
    return True


def v_ssn(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def v_ip(s: str) -> bool:
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    if any(ip in n for n in doc if n.version == ip.version):
        return False
    return not (ip.is_loopback or ip.is_unspecified or ip.is_multicast or ip.is_link_local or ip.is_reserved)


PLACEHOLDER_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", "localhost")


def v_email(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", s)) and not s.endswith(PLACEHOLDER_DOMAINS)


def v_phone(s: str) -> bool:
    t = s.translate(FW_BACK)
    if re.fullmatch(r"(?:\+86 ?|\(\+86\) ?)?1[3-9]\d(?:[ -]?\d{4}){2}", t):
        return re.sub(r"\D", "", t)[-11:] != "13800000000"
    if re.fullmatch(r"(?:0\d{2,3}[- ]|\(0\d{2,3}\))[2-8]\d{6,7}", t):
        return True
    return bool(re.fullmatch(r"\+(?:1|44|49|61|65|81|852|91) [\d() -]{7,16}\d", t))


def v_passport(s: str) -> bool:
    pats = [r"[EG]\d{8}", r"\d{9}", r"C[CFGHJKLMNPRTVWXYZ0-9]{8}", r"[A-Z]{2}\d{7}", r"\d{2}[A-Z]{2}\d{5}", r"[A-Z]{2}\d{6}"]
    return any(re.fullmatch(p, s) for p in pats)


def b64json(part: str) -> bool:
    try:
        json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
        return True
    except ValueError:
        return False


def v_secret(s: str) -> bool:
    if s.startswith("eyJ"):
        parts = s.split(".")
        return len(parts) == 3 and b64json(parts[0]) and b64json(parts[1]) and len(parts[2]) >= 20
    if s.startswith("-----BEGIN OPENSSH PRIVATE KEY-----"):
        return s.rstrip().endswith("-----END OPENSSH PRIVATE KEY-----")
    if re.fullmatch(r"\w+://[^:/\s]+:[^@\s]+@[^\s]+", s):
        return "localhost" not in s and "password@" not in s
    if re.fullmatch(r"(sk-proj-[\w-]{40,}|sk-[A-Za-z0-9]{40,}|sk_live_\w{20,}|AKIA[A-Z2-7]{16}|ghp_\w{36}|glpat-[\w-]{20}"
                    r"|xoxb-\d+-\d+-\w+|npm_\w{36}|AIza[\w-]{35})", s):
        return True
    bad = ("changeme", "password", "****", "YOUR_", "<", "${", "EXAMPLE")
    return len(s) >= 8 and not any(b in s for b in bad) and not s.isspace()


CHECK = {"PRC_ID": v_prc, "BANK_CARD": v_card, "IBAN": v_iban, "US_SSN": v_ssn, "IP_ADDRESS": v_ip, "EMAIL": v_email,
         "PHONE": v_phone, "PASSPORT": v_passport, "SECRET": v_secret,
         "PERSON": lambda s: 1 < len(s) < 40 and s == s.strip(), "ORG": lambda s: 1 < len(s) < 60 and s == s.strip(),
         "ADDRESS": lambda s: bool(re.search(r"\d", s)) and "XX" not in s and "某某" not in s and "Main St" not in s}
KEYWORDS = ["机密", "内部", "保密", "薪资", "工资", "未公开", "confidential", "internal", "nda", "salary", "payroll",
            "unreleased", "secret"]


def lookalikes(text: str):
    """Yield (kind, start, end) for anything in text that looks real."""
    t = text.translate(FW_BACK)
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t):
        if v_prc(m.group()):
            yield "prc", m.start(), m.end()
    for m in re.finditer(r"(?<!\d)(?<!\d[ -])\d(?:[ -]?\d){12,18}(?![ -]?\d)", t):
        d = re.sub(r"\D", "", m.group())
        if v_luhn(d):
            yield "luhn", m.start(), m.end()
    for m in re.finditer(r"(?<![\d+])(?:\+86 ?|\(\+86\) ?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![\d])", t):
        if not re.sub(r"\D", "", m.group()).endswith("13800000000"):
            yield "mobile", m.start(), m.end()
    for m in re.finditer(r"(?<![\d-])\d{3}([- ]?)\d{2}\1\d{4}(?![\d-])", t):
        if v_ssn(m.group()):
            yield "ssn", m.start(), m.end()
    for m in re.finditer(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", t):
        if v_email(m.group()):
            yield "email", m.start(), m.end()
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]|/\d)", t):
        if v_ip(m.group()):
            yield "ipv4", m.start(), m.end()
    for m in re.finditer(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", t):
        if ":" in m.group() and v_ip(m.group()):
            yield "ipv6", m.start(), m.end()
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?", t):
        if v_iban(m.group()):
            yield "iban", m.start(), m.end()
    for m in re.finditer(r"(?:sk-|sk_live_|AKIA|ghp_|glpat-|xoxb-|npm_|AIza|eyJ)[\w-]{8,}", t):
        if "EXAMPLE" not in m.group() and m.group() != "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9":
            yield "key", m.start(), m.end()
    for m in re.finditer(r"(?i)(?:password|passwd|pwd|pass|secret_key|密码|口令|授权码)[\"']?\s*(?:[:=：]|是|为|is)\s*[\"']?([!-~]{4,})", t):
        val = m.group(1).strip("\"',;")
        if not val.startswith(("$", "<", "*", "os.environ", "{", "changeme", "YOUR_", "xxx")):
            yield "password", m.start(1), m.end(1)
    for m in re.finditer(r"\w+://[^\s:/@]+:([^\s@/]+)@([^\s/:]+)", t):
        if not m.group(2).endswith(PLACEHOLDER_DOMAINS) and m.group(1) not in ("password", "pass") and not m.group(1).startswith(("<", "$")):
            yield "url_pw", m.start(), m.end()


def validate(row) -> str | None:
    text, ents = row["text"], row["entities"]
    last = 0
    for e in ents:
        if e["start"] < last or e["end"] <= e["start"]:
            return "overlap/order"
        last = e["end"]
        if not CHECK[e["type"]](text[e["start"]:e["end"]]):
            return f"bad {e['type']}: {text[e['start']:e['end']]!r}"
    for kind, s, e in lookalikes(text):
        if not any(x["start"] < e and s < x["end"] for x in ents):
            return f"unlabelled {kind}: {text[s:e]!r}"
    if row["category"] == "confidential_no_identifier" and row["sensitive"]:
        low = text.lower()
        if any((k in low) if not k.isascii() else re.search(rf"\b{k}", low) for k in KEYWORDS):
            return "keyword in confidential_no_identifier"
    return None


def crosscheck_helpers(rng) -> None:
    """Compare the PRC and Luhn generators with tests/helpers.py when the script runs inside the repository."""
    path = Path(__file__).resolve().parents[1] / "tests" / "helpers.py"
    if not path.exists():
        return
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location("_router_test_helpers", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for _ in range(300):
        pid = gen_prc(rng)
        assert mod.make_prc_id(pid[:17]) == pid and v_prc(pid)
        card = card_digits(rng)
        assert mod.luhn_check_digit(card[:-1]) == card[-1] and v_luhn(card)


# ---------------------------------------------------------------- build

def build():
    rng = random.Random(SEED)
    rows, seen = [], set()
    for cat, lang, conf, tpl in FRAMES:
        times = 2 if re.search(r"⟨\w+⟩", tpl) else 1
        for _ in range(times):
            for _attempt in range(50):
                text, ents = render(tpl, rng)
                sens = conf or any(e["type"] in STRONG for e in ents)
                row = {"text": text, "sensitive": sens, "entities": ents, "category": cat, "lang": lang}
                err = validate(row)
                if err is None and text not in seen:
                    break
            else:
                raise SystemExit(f"cannot render a clean line from frame {tpl[:60]!r}: {err}")
            seen.add(text)
            rows.append(row)
    random.Random(SHUFFLE_SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"test-{i:04d}", **r})
    return out


def summary(rows) -> str:
    cats = Counter((r["category"], r["sensitive"]) for r in rows)
    lines = ["| category | lines | true | false |", "|---|---|---|---|"]
    for c in dict.fromkeys(f[0] for f in FRAMES):
        t, f = cats[(c, True)], cats[(c, False)]
        lines.append(f"| {c} | {t + f} | {t} | {f} |")
    t = sum(r["sensitive"] for r in rows)
    lines.append(f"| **total** | {len(rows)} | {t} | {len(rows) - t} |")
    lines += ["", "| lang | lines |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(Counter(r["lang"] for r in rows).items())]
    ent = Counter(e["type"] for r in rows for e in r["entities"])
    lines += ["", "| entity | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in ent.most_common()]
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args(argv)
    crosscheck_helpers(random.Random(SEED + 7))
    rows = build()
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"wrote {len(rows)} lines to {args.out}")
    print(f"sha256 {hashlib.sha256(data).hexdigest()}")
    if args.summary:
        print(summary(rows))


if __name__ == "__main__":
    main()
