# ruff: noqa: E501
"""Build hybridai/data/router_probe20.jsonl, the twentieth probe set of the privacy router (written as the
held-out test split, read once, now development data; see hybridai/data/README.md).

Written blind from the labelling spec only. Every frame is hand-written; structured values are
generated here; offsets are recorded by the renderer; an independent validator re-checks every span
and scans every text for unlabelled look-alikes before anything is written.

    python tools/build_router_probe20.py [--out PATH] [--summary]
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
import sys
from collections import Counter
from pathlib import Path

SEED = 7720419
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "hybridai" / "data" / "router_probe20.jsonl"
SENSITIVE_TYPES = {"PRC_ID", "BANK_CARD", "PASSPORT", "IBAN", "US_SSN", "SECRET", "PERSON", "ADDRESS"}
FW = str.maketrans("0123456789", "０１２３４５６７８９")
UNFW = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")

# ---------------------------------------------------------------- hand-written pools
ZH_NAMES = [
    "覃海燕", "甘露薇", "欧阳明哲", "司马婉清", "上官子墨", "皇甫晓东", "佘振宇", "禤国梁", "冼嘉欣", "蒯建平",
    "鍾慧儀", "葉嘉雯", "黃志強", "陳淑芬", "刘建新", "张雨萱", "王振东", "李晓婷", "陈国栋", "杨欣怡", "赵立军",
    "黄思远", "周晓宁", "吴海波", "徐丽娟", "孙浩然", "朱桂芳", "胡伟强", "郭晨阳", "何佳琪", "林志豪", "梁宇轩",
    "宋雅婷", "郑凯文", "谢文静", "韩磊", "唐婧", "冯子健", "萧若琳", "曹欣然", "邓雪梅", "许家豪", "傅文斌",
    "沈梦琪", "曾宪明", "吕思琪", "苏振华", "卢海涛", "蔡佳怡", "薛峰", "阎立平", "潘志刚", "夏雨桐", "钟国华",
    "汪俊杰", "慕容晓雪", "公孙博文", "夏侯振", "端木青", "尉迟明轩", "宇文浩", "东方婧怡", "仝建业", "亓美玲",
    "隗子涵", "晁立新", "羿文东", "邵丹丹", "龚卫民",
]
ZH_TITLED = ["周经理", "老韩", "小符", "钱总", "蓝主任", "老邝", "小岑", "黎姐", "骆工", "冉医生", "庞主管", "柴律师", "小毕", "老苗", "游总监", "闫老师"]
PINYIN = ["Liu Jianxin", "zhang yuxuan", "WANG Zhendong", "Ouyang Mingzhe", "Xu Lijuan", "chen guodong", "Qin Haiyan", "HUANG Siyuan", "li xiaoting", "Zheng Kaiwen"]
INTL = [
    "Priyanka Raghunathan", "Arjun Mehta", "Chidi Okonkwo", "Adaeze Nwosu", "Kwame Mensah", "Amara Diallo",
    "佐藤美咲", "Takahashi Kenji", "김민준", "이서연", "Park Ji-hoon", "Choi Yuna", "Nguyen Thi Lan",
    "Tran Van Minh", "Siti Rahmawati", "Somchai Wongsakul", "Maria Santos dela Cruz", "Omar Al-Hashimi",
    "Fatima Zahra Benali", "Reza Tehrani", "Shirin Ahmadi", "Mehmet Yılmaz", "Elif Demir", "Dmitri Volkov",
    "Olena Kovalenko", "Katarzyna Nowak", "Jan Novák", "Lars Eriksson", "Ingrid Solberg", "Sophie Lefèvre",
    "Matteo Rinaldi", "Lukas Hoffmann", "Anneke de Vries", "Sebastián Morales", "Camila Rojas", "João Pereira",
    "Valentina Gutiérrez", "Declan O'Brien", "Rhys Llewellyn", "Hannah Whitcombe", "Marcus Bell", "Tomasz Wójcik",
    "Yusuf Adeyemi", "Nomvula Dlamini", "Kenta Morimoto", "山口亮介", "Ananya Krishnan", "Rahul Iyer",
]
GIVEN = ["Anneli", "Rohan", "Thandiwe", "Mateus", "Yuki", "Svetlana", "Ife", "Bjorn", "Leilani", "Farah", "Goran", "Wen"]
ORG_CN = [
    "杭州云岫信息科技有限公司", "深圳市启衡电子有限公司", "北京砺石律师事务所", "华南重工集团", "上海瑞丰医疗器械有限公司",
    "成都蜀禾食品有限公司", "宁波港盛物流有限公司", "苏州青屿纳米材料有限公司", "武汉楚辰生物科技有限公司",
    "厦门鹭岛会计师事务所", "比亚迪", "宁德时代", "招商银行", "青岛海汇纺织集团", "合肥星衍半导体有限公司",
]
ORG_EN = [
    "Brightwater Logistics Ltd", "Kessler Antriebstechnik GmbH", "Noordhaven Shipping B.V.", "Pinecrest Analytics LLC",
    "Marlowe & Finch LLP", "Corvid Labs", "Ashgrove Partners", "Tidewell Foods plc", "Stellar Kinetics Inc.",
    "Bosch", "Infosys", "Maersk", "Alpenwerk AG", "Quillfeather Group", "Samsung",
]
CITIES = ["成都", "西安", "苏州", "青岛", "Lyon", "Osaka", "Nairobi", "Porto", "Calgary", "长沙", "Melbourne", "Bogotá"]

CN_DIST = ["上海市徐汇区", "北京市海淀区", "广东省深圳市南山区", "浙江省杭州市西湖区", "四川省成都市武侯区", "湖北省武汉市洪山区", "江苏省南京市鼓楼区", "天津市河西区", "重庆市渝北区", "陕西省西安市雁塔区", "福建省厦门市思明区", "山东省济南市历下区"]
CN_ROAD = ["漕溪北路", "中关村南大街", "科苑南路", "文三路", "玉林北路", "珞喻路", "汉中路", "友谊路", "金开大道", "科技路", "湖滨南路", "经十路", "建设二路", "枫林巷"]
CN_ESTATE = ["锦绣华庭", "翠湖天地", "阳光丽景", "金地格林小镇", "万科城市花园", "融侨观邸"]
RURAL = [("河南省周口市郸城县", "宁平镇", "后楼村"), ("湖南省邵阳市隆回县", "桃洪镇", "石门村"), ("江西省赣州市于都县", "梓山镇", "潭头村"), ("甘肃省天水市秦安县", "兴国镇", "西川村"), ("广西壮族自治区玉林市博白县", "沙河镇", "那林村")]
CN_NUM = "一二三四五六七八"


def g_addr_cn(r):
    s = f"{r.choice(CN_DIST)}{r.choice(CN_ROAD)}{r.randint(2, 899)}号"
    k = r.randint(0, 3)
    if k == 1:
        s += f"{r.choice(CN_ESTATE)}{r.randint(1, 18)}栋{r.randint(1, 4)}单元{r.randint(1, 28)}0{r.randint(1, 6)}室"
    elif k == 2:
        s += f"{r.randint(1, 9)}号楼{r.randint(2, 23)}0{r.randint(1, 8)}室"
    elif k == 3:
        s += f"{r.choice(['国贸', '汇金', '天利', '越秀'])}中心{r.randint(5, 42)}楼"
    return s


def g_addr_rural(r):
    a, b, c = r.choice(RURAL)
    return f"{a}{b}{c}{r.choice(CN_NUM)}组{r.randint(1, 60)}号"


def g_addr_hk(r):
    return r.choice(["九龍旺角亞皆老街", "香港灣仔軒尼詩道", "新界沙田大圍積輝街", "香港北角英皇道"]) + f"{r.randint(8, 480)}號{r.randint(3, 30)}樓{r.choice('ABCDEF')}室"


def g_addr_tw(r):
    return r.choice(["台北市大安區復興南路一段", "新北市板橋區文化路二段", "台中市西屯區台灣大道三段", "高雄市苓雅區四維三路"]) + f"{r.randint(10, 399)}號{r.randint(2, 15)}樓"


def g_addr_sg(r):
    return f"Blk {r.randint(100, 699)} {r.choice(['Bedok North Ave 3', 'Tampines St 21', 'Jurong West St 52', 'Ang Mo Kio Ave 6'])}, #{r.randint(2, 15):02d}-{r.randint(10, 480)}, Singapore {r.randint(460000, 649999)}"


def g_addr_jp(r):
    return r.choice(["東京都世田谷区上馬", "大阪府大阪市北区天神橋", "神奈川県横浜市港北区日吉", "福岡県福岡市中央区大名"]) + f"{r.randint(1, 6)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}"


def g_addr_kr(r):
    return r.choice(["서울특별시 마포구 월드컵북로", "서울특별시 강남구 테헤란로", "부산광역시 해운대구 센텀중앙로", "경기도 성남시 분당구 판교역로"]) + f" {r.randint(10, 420)}"


def g_addr_us(r):
    street = r.choice(["Larkspur Lane", "Willow Creek Dr", "Alder Street", "Magnolia Ave", "Kettle Pond Rd", "Harbor View Blvd"])
    city = r.choice([("Tucson", "AZ", 857), ("Raleigh", "NC", 276), ("Boise", "ID", 837), ("Columbus", "OH", 432), ("Eugene", "OR", 974)])
    apt = r.choice(["", f" Apt {r.randint(1, 30)}{r.choice('ABC')}", f" #{r.randint(100, 950)}"])
    return f"{r.randint(12, 9850)} {street}{apt}, {city[0]}, {city[1]} {city[2]}{r.randint(1, 99):02d}"


def g_addr_uk(r):
    pre = r.choice(["", f"Flat {r.randint(1, 12)}, "])
    road, town, pc = r.choice([("Hawthorn Road", "Leeds", "LS6 2QT"), ("Marlborough Crescent", "Bristol", "BS8 1RJ"), ("Cavendish Street", "Manchester", "M15 6BG"), ("Thistle Way", "Edinburgh", "EH7 5PL")])
    return f"{pre}{r.randint(2, 140)} {road}, {town} {pc}"


def g_addr_de(r):
    st, pc = r.choice([("Kastanienallee", "10435 Berlin"), ("Schillerstraße", "60313 Frankfurt am Main"), ("Goethestraße", "80336 München"), ("Am Wehrhahn", "40211 Düsseldorf")])
    return f"{st} {r.randint(1, 98)}, {pc}"


def g_addr_eu(r):
    return r.choice([f"{r.randint(2, 80)} rue des Tanneurs, 69002 Lyon", f"Calle de Toledo {r.randint(5, 120)}, 28005 Madrid", f"Keizersgracht {r.randint(100, 700)}, 1016 EK Amsterdam", f"Via dei Serragli {r.randint(3, 90)}, 50124 Firenze", f"{r.randint(3, 60)} Wattle Street, Ultimo NSW 2007"])


# ---------------------------------------------------------------- structured values
PRC_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
COUNTIES = ["110105", "110108", "120103", "130104", "140105", "150102", "210102", "220102", "230103", "310115", "320106", "330106",
            "340104", "350203", "360102", "370202", "410105", "420106", "430104", "440305", "450103", "460106", "500103",
            "510107", "520102", "530102", "540102", "610113", "620102", "630102", "640104", "650102"]


def prc_check(body):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, PRC_W, strict=False)) % 11]


def rand_date(r, y0=1958, y1=2004):
    d = dt.date(y0, 1, 1) + dt.timedelta(days=r.randint(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))
    return d.strftime("%Y%m%d")


def g_prc(r, want=None):
    while True:
        body = r.choice(COUNTIES) + rand_date(r) + f"{r.randint(0, 999):03d}"
        c = prc_check(body)
        if want is None and c != "X" or want == "X" and c == "X":
            return body + c


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return str(-tot % 10)


def g_card_digits(r, kind=None):
    kind = kind or r.choice(["up16", "up19", "visa", "mc", "mc2"])
    pre, n = {"up16": (r.choice(["6222", "6217", "6228", "6214"]), 16), "up19": (r.choice(["6212", "6230", "6226"]), 19),
              "visa": ("4" + str(r.randint(0, 9)), 16), "mc": (str(r.randint(51, 55)), 16), "mc2": (str(r.randint(2221, 2720)), 16)}[kind]
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
    return body + luhn_digit(body)


def group(s, sep, n=4):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def mod97(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def make_iban(cc, bban):
    raw = cc + "00" + bban
    return cc + f"{98 - mod97(raw):02d}" + bban


def elfproef_acct(r):
    while True:
        a = "".join(str(r.randint(0, 9)) for _ in range(10))
        if a[0] != "0" and sum(int(c) * w for c, w in zip(a, range(10, 0, -1), strict=False)) % 11 == 0:
            return a


def g_iban_raw(r):
    cc = r.choice(["DE", "GB", "NL", "AT", "CH", "IE"])
    def dig(n):
        return "".join(str(r.randint(0, 9)) for _ in range(n))
    bban = {"DE": lambda: dig(18), "GB": lambda: r.choice(["BARC", "LOYD", "HBUK", "NWBK"]) + dig(14),
            "NL": lambda: r.choice(["ABNA", "INGB", "RABO"]) + elfproef_acct(r), "AT": lambda: dig(16),
            "CH": lambda: dig(17), "IE": lambda: r.choice(["AIBK", "BOFI"]) + dig(14)}[cc]()
    return make_iban(cc, bban)


def g_ssn_parts(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            return f"{a:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rs(r, n, alpha=B64):
    return "".join(r.choice(alpha) for _ in range(n))


def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_jwt(r):
    h = {"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}
    p = {"sub": str(r.randint(10000, 99999999)), "role": r.choice(["admin", "ops", "svc-billing", "reader"]), "iat": r.randint(1760000000, 1790000000)}
    return f"{b64u(h)}.{b64u(p)}.{rs(r, 43, B64 + '-_')}"


def g_pkey(r):
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + [rs(r, 70, B64 + "+/") for _ in range(r.randint(3, 5))]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


PW_WORDS = ["Haitang", "lanmao", "Qiuyu", "river", "Jasmine", "tiger", "Blue", "xiaoyu", "Nimbus", "sunflower", "Kestrel", "mooncake"]


def g_pw(r):
    return r.choice([
        lambda: f"{r.choice(PW_WORDS)}{r.choice('@#!$%')}{r.randint(1000, 99999)}",
        lambda: f"{r.choice(PW_WORDS)}{r.randint(10, 99)}{r.choice('!@#')}{rs(r, 3)}",
        lambda: rs(r, 14, B64 + "!#%^&*"),
        lambda: f"{rs(r, 4)}{r.choice('-_.')}{rs(r, 6)}{r.randint(0, 9)}",
    ])()


DB_HOSTS = ["pg-prod-01.yunxiu.internal", "172.19.40.8", "pg-ro.finance.svc", "db-bj-2.hq.lanting.local"]


def g_dburl(r):
    sch = r.choice(["postgresql", "mysql", "mongodb+srv", "redis", "postgres", "amqp"])
    user = r.choice(["app", "svc_report", "etl", "admin", "billing_rw", "root"])
    host = {"mongodb+srv": "cluster0.r7kq2.mongodb.net", "redis": r.choice(["redis-cache.svc.beehive", "10.20.3.14"]),
            "amqp": "mq-01.hq.lanting.local", "mysql": r.choice(["mysql.ops.qingyu-nano.cn", "10.20.3.14"])}.get(sch, r.choice(DB_HOSTS[:4:3] + ["pg-prod-01.yunxiu.internal"]))
    port = {"postgresql": ":5432", "postgres": ":5432", "mysql": ":3306", "mongodb+srv": "", "redis": ":6379", "amqp": ":5672"}[sch]
    return f"{sch}://{user}:{g_pw(r).replace('@', '9').replace('/', 'x').replace('#', 'q').replace('%', 'p').replace('^', 'v').replace('&', 'n')}@{host}{port}/{r.choice(['orders', 'hr', 'crm', 'ledger', '0', 'vh'])}"


def g_idxurl(r):
    pw = "".join(c for c in g_pw(r) if c.isalnum() or c in "-_.!")
    return f"https://{r.choice(['deploy', 'ci-bot', 'builder'])}:{pw}@{r.choice(['pypi.yunxiu.cn', 'nexus.qiheng.local', 'artifacts.corvidlabs.ai'])}/{r.choice(['simple', 'repository/pypi-internal/simple'])}"


SECRET_GEN = {
    "sk": lambda r: "sk-" + rs(r, 48),
    "skproj": lambda r: "sk-proj-" + rs(r, 64, B64 + "-_"),
    "sklive": lambda r: "sk_live_" + rs(r, 24),
    "akia": lambda r: "AKIA" + rs(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    "awssec": lambda r: rs(r, 40, B64 + "/+"),
    "ghp": lambda r: "ghp_" + rs(r, 36),
    "glpat": lambda r: "glpat-" + rs(r, 20, B64 + "-_"),
    "xoxb": lambda r: f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-{rs(r, 24)}",
    "npm": lambda r: "npm_" + rs(r, 36),
    "aiza": lambda r: "AIza" + rs(r, 35, B64 + "-_"),
    "jwt": g_jwt, "pkey": g_pkey, "dburl": g_dburl, "pw": g_pw, "idx": g_idxurl,
    "hex": lambda r: rs(r, 40, "0123456789abcdef"),
}


def g_mobile_digits(r):
    return r.choice(["13", "15", "17", "18", "19", "14", "16"]) + str(r.randint(0, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))


def g_phone(r, kind=None):
    m = g_mobile_digits(r)
    kind = kind or r.choice(["m", "mdash", "msp", "m86", "mp86", "land", "intl"])
    if kind == "m":
        return m
    if kind == "mdash":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if kind == "msp":
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if kind == "m86":
        return r.choice([f"+86 {m}", f"(+86) {m[:3]} {m[3:7]} {m[7:]}", f"+86{m}", f"+86-{m}"])
    if kind == "mfw":
        return m.translate(FW)
    if kind == "land":
        def d(n):
            return "".join(str(r.randint(0, 9)) for _ in range(n))
        return r.choice([f"010-{r.randint(5, 8)}{d(7)}", f"(021){r.randint(5, 6)}{d(7)}", f"0755 {r.randint(2, 8)}{d(7)}", f"028-{r.randint(8, 8)}{d(7)}", f"0571-{r.randint(8, 8)}{d(7)}"])
    def d(n):
        return "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice([f"+44 7{d(3)} {d(6)}", f"+1 ({r.randint(201, 989)}) {r.randint(201, 989)}-{d(4)}", f"+65 {r.choice('89')}{d(3)} {d(4)}",
                     f"+852 {r.choice('569')}{d(3)} {d(4)}", f"+49 15{d(1)} {d(7)}", f"+81 90-{d(4)}-{d(4)}", f"+91 9{d(4)} {d(5)}", f"+234 80{d(1)} {d(3)} {d(4)}"])


EMAIL_LOCAL = ["hy.qin", "lwei", "zhao.lijun", "finance-ap", "m.okonkwo", "s.lefevre", "kenji.t", "priya.r", "hr-ops", "dvolkov", "annekedv", "tomek.w", "xiaoyu1988", "chenxm_work", "rhysll"]
EMAIL_DOM = ["yunxiu-tech.cn", "qihengdz.com", "brightwater-log.co.uk", "kessler-at.de", "qq.com", "163.com", "gmail.com", "outlook.com", "pinecrest.io", "corvidlabs.ai", "126.com", "foxmail.com"]


def g_email(r):
    loc = r.choice(EMAIL_LOCAL)
    if loc[-1].isalpha() and r.random() < 0.3:
        loc += str(r.randint(2, 99))
    return f"{loc}@{r.choice(EMAIL_DOM)}"


def g_ip(r, kind=None):
    kind = kind or r.choice(["p10", "p172", "p192", "pub", "v6", "ula"])
    if kind == "p10":
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "p172":
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "p192":
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "pub":
        while True:
            a = r.choice([8, 23, 36, 47, 52, 58, 61, 81, 91, 101, 103, 114, 118, 121, 139, 151, 185, 211, 220])
            ip = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            if ipaddress.ip_address(ip).is_global:
                return ip
    if kind == "v6":
        return f"240e:{r.randint(0x100, 0xfff):x}:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"
    return f"fd{r.randint(0, 255):02x}:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xff):x}"


def digits(r, n, first="123456789"):
    return r.choice(first) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def g_passport(r, kind):
    if kind == "cn":
        return r.choice("EG") + digits(r, 8, "0123456789")
    if kind in ("us", "uk"):
        return digits(r, 9)
    if kind == "de":
        return "C" + rs(r, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if kind == "jp":
        return r.choice(["TK", "TR", "MZ"]) + digits(r, 7, "0123456789")
    if kind == "fr":
        return f"{r.randint(10, 24)}{rs(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(r, 5, '0123456789')}"
    return rs(r, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 6, "0123456789")


# ---------------------------------------------------------------- near misses (computed to fail)
def nm_prc_check(r):
    v = g_prc(r)
    return v[:17] + r.choice([c for c in "0123456789X" if c != v[17]])


def nm_prc_date(r):
    while True:
        body = r.choice(COUNTIES) + r.choice(["19870231", "19991331", "20010230", "19750431", "19680000", "19920932", "20030229"]) + f"{r.randint(0, 999):03d}"
        return body + prc_check(body)


def nm_card(r):
    v = g_card_digits(r)
    return v[:-1] + str((int(v[-1]) + r.randint(1, 9)) % 10)


def nm_iban(r):
    v = g_iban_raw(r)
    i = r.randint(6, len(v) - 1)
    while not v[i].isdigit():
        i -= 1
    return v[:i] + str((int(v[i]) + r.randint(1, 9)) % 10) + v[i + 1:]


def nm_ssn(r):
    a, g, s = g_ssn_parts(r)
    k = r.randint(0, 4)
    if k == 0:
        a = "000"
    elif k == 1:
        a = "666"
    elif k == 2:
        a = f"9{r.randint(0, 99):02d}"
    elif k == 3:
        g = "00"
    else:
        s = "0000"
    return f"{a}-{g}-{s}"


# ---------------------------------------------------------------- slots: name -> (value, entity type or None)
def _ent(t, f):
    return lambda r: (f(r), t)


def _neg(f):
    return lambda r: (f(r), None)


SLOTS = {
    "zh": _ent("PERSON", lambda r: r.choice(ZH_NAMES)),
    "zh2": _ent("PERSON", lambda r: r.choice(ZH_NAMES[::-1])),
    "zht": _ent("PERSON", lambda r: r.choice(ZH_TITLED)),
    "py": _ent("PERSON", lambda r: r.choice(PINYIN)),
    "en": _ent("PERSON", lambda r: r.choice(INTL)),
    "en2": _ent("PERSON", lambda r: r.choice(INTL[::-1])),
    "given": _ent("PERSON", lambda r: r.choice(GIVEN)),
    "given2": _ent("PERSON", lambda r: r.choice(GIVEN[::-1])),
    "orgc": _ent("ORG", lambda r: r.choice(ORG_CN)),
    "orge": _ent("ORG", lambda r: r.choice(ORG_EN)),
    "addr": _ent("ADDRESS", g_addr_cn), "rural": _ent("ADDRESS", g_addr_rural), "hk": _ent("ADDRESS", g_addr_hk),
    "tw": _ent("ADDRESS", g_addr_tw), "sg": _ent("ADDRESS", g_addr_sg), "jp": _ent("ADDRESS", g_addr_jp),
    "kr": _ent("ADDRESS", g_addr_kr), "us": _ent("ADDRESS", g_addr_us), "uk": _ent("ADDRESS", g_addr_uk),
    "de": _ent("ADDRESS", g_addr_de), "eu": _ent("ADDRESS", g_addr_eu),
    "prc": _ent("PRC_ID", g_prc), "prcx": _ent("PRC_ID", lambda r: g_prc(r, "X") if r.random() < 0.6 else g_prc(r, "X")[:-1] + "x"),
    "prcfw": _ent("PRC_ID", lambda r: g_prc(r).translate(FW)),
    "card": _ent("BANK_CARD", lambda r: g_card_digits(r)),
    "cardsp": _ent("BANK_CARD", lambda r: group(g_card_digits(r), " ")),
    "carddash": _ent("BANK_CARD", lambda r: group(g_card_digits(r, r.choice(["visa", "mc", "mc2", "up16"])), "-")),
    "cardfw": _ent("BANK_CARD", lambda r: g_card_digits(r, "up16").translate(FW)),
    "up19": _ent("BANK_CARD", lambda r: g_card_digits(r, "up19")),
    "iban": _ent("IBAN", g_iban_raw), "ibanp": _ent("IBAN", lambda r: group(g_iban_raw(r), " ")),
    "ssn": _ent("US_SSN", lambda r: "-".join(g_ssn_parts(r))), "ssnsp": _ent("US_SSN", lambda r: " ".join(g_ssn_parts(r))),
    "ssn9": _ent("US_SSN", lambda r: "".join(g_ssn_parts(r))),
    "mob": _ent("PHONE", lambda r: g_phone(r, "m")), "mobd": _ent("PHONE", lambda r: g_phone(r, r.choice(["mdash", "msp"]))),
    "mob86": _ent("PHONE", lambda r: g_phone(r, "m86")), "mobfw": _ent("PHONE", lambda r: g_phone(r, "mfw")),
    "land": _ent("PHONE", lambda r: g_phone(r, "land")), "intl": _ent("PHONE", lambda r: g_phone(r, "intl")),
    "phone": _ent("PHONE", g_phone),
    "email": _ent("EMAIL", g_email), "email2": _ent("EMAIL", g_email),
    "ip": _ent("IP_ADDRESS", g_ip), "ip10": _ent("IP_ADDRESS", lambda r: g_ip(r, r.choice(["p10", "p172", "p192"]))),
    "ippub": _ent("IP_ADDRESS", lambda r: g_ip(r, "pub")), "ip6": _ent("IP_ADDRESS", lambda r: g_ip(r, r.choice(["v6", "ula"]))),
    "ip2": _ent("IP_ADDRESS", g_ip),
    "ppcn": _ent("PASSPORT", lambda r: g_passport(r, "cn")), "ppus": _ent("PASSPORT", lambda r: g_passport(r, "us")),
    "ppde": _ent("PASSPORT", lambda r: g_passport(r, "de")), "ppjp": _ent("PASSPORT", lambda r: g_passport(r, "jp")),
    "ppfr": _ent("PASSPORT", lambda r: g_passport(r, "fr")), "ppca": _ent("PASSPORT", lambda r: g_passport(r, "ca")),
    "ppuk": _ent("PASSPORT", lambda r: g_passport(r, "uk")),
    # negatives / neutral fillers
    "badprc": _neg(nm_prc_check), "baddate": _neg(nm_prc_date), "badcard": _neg(nm_card),
    "badcardsp": _neg(lambda r: group(nm_card(r), " ")), "badiban": _neg(nm_iban), "badssn": _neg(nm_ssn),
    "ord": _neg(lambda r: digits(r, r.choice([12, 14, 16, 19]))), "ord23": _neg(lambda r: digits(r, 23)),
    "sf": _neg(lambda r: "SF" + digits(r, 13, "0123456789")), "inv": _neg(lambda r: f"{r.randint(2025, 2026)}{digits(r, 8, '0123456789')}"),
    "uscc": _neg(lambda r: "91" + digits(r, 4, "1234") + "00" + rs(r, 10, "0123456789ABCDEFGHJKLMNPQRTUWXY")),
    "amt": _neg(lambda r: f"{r.randint(12, 980)}"), "amt2": _neg(lambda r: f"{r.randint(1, 9)}.{r.randint(0, 99):02d}"),
    "pct": _neg(lambda r: f"{r.randint(3, 38)}"), "num": _neg(lambda r: str(r.randint(2, 14))),
    "city": _neg(lambda r: r.choice(CITIES)), "ver": _neg(lambda r: f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}"),
    "mtg": _neg(lambda r: f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"),
    "q": _neg(lambda r: r.choice(["Q1", "Q2", "Q3", "Q4"])), "yr": _neg(lambda r: str(r.randint(2021, 2025))),
}
for _k, _f in SECRET_GEN.items():
    SLOTS["s_" + _k] = _ent("SECRET", _f)

INLINE = {"P": "PERSON", "A": "ADDRESS", "O": "ORG", "S": "SECRET", "E": "EMAIL", "T": "PHONE", "I": "IP_ADDRESS"}
TOKEN = re.compile(r"«(\w+)»|⟦(\w)\|(.+?)⟧", re.DOTALL)


def render(tmpl, r):
    out, ents, pos = [], [], 0
    last = 0
    for m in TOKEN.finditer(tmpl):
        lit = tmpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        if m.group(1):
            val, typ = SLOTS[m.group(1)](r)
        else:
            val, typ = m.group(3), INLINE[m.group(2)]
        if typ:
            ents.append({"type": typ, "start": pos, "end": pos + len(val)})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(tmpl[last:])
    return "".join(out), ents


# ---------------------------------------------------------------- independent validators
ALLOWED_PROV = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65}


def v_prc(s):
    s = s.translate(UNFW).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s) or int(s[:2]) not in ALLOWED_PROV:
        return False
    try:
        d = dt.datetime.strptime(s[6:14], "%Y%m%d")
    except ValueError:
        return False
    w = [pow(2, 17 - i, 11) for i in range(17)]
    return 1958 <= d.year <= 2004 and "10X98765432"[sum(int(c) * k for c, k in zip(s, w, strict=False)) % 11] == s[17]


def v_luhn(s):
    s = re.sub(r"[ -]", "", s.translate(UNFW))
    if not s.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(s[::-1]):
        d = int(ch) * (1 + i % 2)
        tot += d // 10 + d % 10
    return tot % 10 == 0


def v_card(s):
    d = re.sub(r"[ -]", "", s.translate(UNFW))
    ok_pre = d.startswith("62") and len(d) in (16, 19) or d.startswith("4") and len(d) == 16 or len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720)
    return ok_pre and v_luhn(d)


def v_iban(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"(DE|GB|NL|AT|CH|IE)\d\d[A-Z0-9]+", s):
        return False
    if int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 != 1:
        return False
    if s[:2] == "NL":
        return sum(int(c) * w for c, w in zip(s[8:], range(10, 0, -1), strict=False)) % 11 == 0
    return len(s) == {"DE": 22, "GB": 22, "NL": 18, "AT": 20, "CH": 21, "IE": 22}[s[:2]]


def v_ssn(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    return bool(m) and m[1] not in ("000", "666") and m[1][0] != "9" and m[2] != "00" and m[3] != "0000"


def v_ip(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return not (a.is_loopback or a.is_unspecified or a.is_multicast or a.is_link_local or any(a in n for n in doc))


def v_jwt(s):
    try:
        h, p, _ = s.split(".")
        for part in (h, p):
            json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
        return True
    except (ValueError, UnicodeDecodeError):
        return False


def v_secret(s):
    if s.startswith("eyJ"):
        return v_jwt(s)
    if s.startswith("-----BEGIN"):
        return s.rstrip().endswith("PRIVATE KEY-----")
    return len(s) >= 6 and not re.search(r"\s", s) and not is_placeholder(s)


CHECK = {
    "PRC_ID": v_prc, "BANK_CARD": v_card, "IBAN": v_iban, "US_SSN": v_ssn, "IP_ADDRESS": v_ip, "SECRET": v_secret,
    "PASSPORT": lambda s: bool(re.fullmatch(r"[EG]\d{8}|\d{9}|C[CFGHJKLMNPRTVWXYZ0-9]{8}|[A-Z]{2}\d{7}|\d{2}[A-Z]{2}\d{5}|[A-Z]{2}\d{6}", s)),
    "PHONE": lambda s: bool(re.fullmatch(r"[+()\d][\d +()-]{8,20}\d", s.translate(UNFW))),
    "EMAIL": lambda s: bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s)) and not re.search(r"example\.(com|org|net)$|\.test$", s),
    "PERSON": lambda s: s == s.strip() and len(s) >= 2, "ORG": lambda s: s == s.strip() and len(s) >= 2,
    "ADDRESS": lambda s: s == s.strip() and bool(re.search(r"\d", s)),
}

PLACEHOLDER = re.compile(r"x{3,}|X{3,}|\.\.\.|…|<|\*{3,}|EXAMPLE|YOUR_|your[-_]|\$\{|changeme|os\.environ|getenv|\{\{|%\(|REDACTED|已脱敏", re.IGNORECASE)
JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"


def is_placeholder(s):
    return bool(PLACEHOLDER.search(s)) or s in ("password", "secret", "test", "dummy")


def scan(text, ents):
    """Return a list of unlabelled look-alikes in text (outside every span)."""
    norm = text.translate(UNFW)
    covered = [False] * len(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            covered[i] = True

    def free(m, g=0):
        return not any(covered[m.start(g):m.end(g)])

    bad = []
    for m in re.finditer(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])", norm):
        if free(m) and v_prc(m.group()):
            bad.append(("PRC", m.group()))
    for m in re.finditer(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d])", norm):
        d = re.sub(r"[ -]", "", m.group())
        if free(m) and 13 <= len(d) <= 19 and v_luhn(d) and re.fullmatch(r"\d+|(\d{4}[ -]){3,4}\d{1,4}", m.group()):
            bad.append(("LUHN", m.group()))
    for m in re.finditer(r"(?<![\d])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)", norm):
        if free(m) and re.sub(r"\D", "", m.group())[-11:] != "13800000000":
            bad.append(("MOBILE", m.group()))
    for m in re.finditer(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])", norm):
        if free(m) and v_ssn(m.group()):
            bad.append(("SSN", m.group()))
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", norm):
        if free(m) and not re.search(r"example\.(com|org|net)$|\.test$|localhost$", m.group()) and "://" not in norm[max(0, m.start() - 40):m.start()]:
            bad.append(("EMAIL", m.group()))
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", norm):
        if free(m) and v_ip(m.group()):
            bad.append(("IP", m.group()))
    for m in re.finditer(r"(?<![\w:])[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", norm):
        if free(m) and ":" in m.group() and v_ip(m.group()):
            bad.append(("IP6", m.group()))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", norm):
        if free(m) and v_iban(m.group()):
            bad.append(("IBAN", m.group()))
    for m in re.finditer(r"(sk-|sk_live_|AKIA|ghp_|glpat-|xoxb-|npm_|AIza|eyJ|-----BEGIN)[\w.\-/+]*", norm):
        if free(m) and not is_placeholder(m.group()) and m.group() != JWT_IO and not norm.startswith(JWT_IO, m.start()):
            bad.append(("KEY", m.group()))
    for m in re.finditer(r"(?i)(?:pass(?:word|wd)?|pwd|secret(?:_key)?|api[_-]?key|token)[\"']?\s*[:=]\s*[\"']?([^\s\"',;)}]+)", norm):
        if free(m, 1) and not is_placeholder(m.group(1)) and not re.fullmatch(r"[\w.]*\(?|\w+\[.*|True|False|None|null|\d{1,3}|str|string|int|\w+_(?:pass|password|key|token)\w*", m.group(1)):
            bad.append(("ASSIGN", m.group()))
    for m in re.finditer(r"(?:密码|口令|授权码)(?:是|为|：|:)\s*([\x21-\x7e]{4,})", norm):
        if free(m, 1) and not is_placeholder(m.group(1)):
            bad.append(("ZHPW", m.group()))
    for m in re.finditer(r"[a-z+]+://[^/\s:@]+:([^/\s@]+)@([^/\s:]+)", norm):
        if free(m) and not is_placeholder(m.group(1)) and m.group(2) != "localhost":
            bad.append(("URLPW", m.group()))
    return bad


def validate(rec):
    t, ents = rec["text"], rec["entities"]
    prev = 0
    for e in ents:
        assert e["start"] >= prev and e["end"] > e["start"], rec
        prev = e["end"]
        val = t[e["start"]:e["end"]]
        assert CHECK[e["type"]](val), (e["type"], val, rec["id"])
    assert rec["lang"] in ("zh", "en", "mixed") and rec["category"] in CATEGORIES
    assert rec["sensitive"] == (any(e["type"] in SENSITIVE_TYPES for e in ents) or rec["_conf"])
    return scan(t, ents)


# ---------------------------------------------------------------- hand-written frames: (lang, confidential, template)
F = {}
F["general"] = [
    ("z", 0, "帮我把这段话改得更口语一点：本周五下午三点召开季度总结会，请各部门提前准备材料"),
    ("z", 0, "用python写个脚本 把一个文件夹里所有csv合并成一个excel，每个csv一个sheet"),
    ("e", 0, "can u explain the diff between a process and a thread like im 12"),
    ("e", 0, "Draft a friendly out-of-office reply, back on the «num»th, urgent stuff goes to the team alias"),
    ("m", 0, "这个报错啥意思：TypeError: 'NoneType' object is not subscriptable，代码是 data = resp.json()['items']"),
    ("z", 0, "周报模板给一个？要有本周完成、下周计划、风险三块，别太长"),
    ("e", 0, "whats a good icebreaker for a «num»-person workshop on remote collaboration"),
    ("m", 0, "SQL问题：SELECT dept, AVG(score) FROM t GROUP BY dept HAVING AVG(score) > «num»0 这样写对吗"),
    ("z", 0, "去«city»出差三天，帮我列个行李清单，冬天"),
    ("e", 0, "Translate to Chinese: 'Thanks for your patience while we migrate the wiki, links may break for a day.'"),
    ("m", 0, "k8s里 pod 一直 CrashLoopBackOff，kubectl describe 看到 OOMKilled，limits 设的 512Mi，该怎么排查"),
    ("z", 0, "Excel里怎么把日期列按月汇总，用数据透视表还是SUMIFS好"),
    ("e", 0, "regex to match a semver like «ver» but not 1.2 pls"),
    ("z", 0, "给新人培训写个开场白，主题是代码评审规范，两分钟左右"),
    ("e", 0, "Rewrite this more politely: 'you missed the deadline again, fix it today'"),
]
F["credentials"] = [
    ("m", 0, "为啥我这个 .env 加载不到？\nOPENAI_API_KEY=«s_sk»\nMODEL=gpt-4o-mini\n用的是 python-dotenv"),
    ("e", 0, "getting 401 from the API even though the key is right: curl -H \"Authorization: Bearer «s_skproj»\" https://api.openai.com/v1/models"),
    ("e", 0, "stripe webhook test keeps failing, my key is «s_sklive» — is it because it's live mode?"),
    ("m", 0, "aws configure 之后报 InvalidClientTokenId，~/.aws/credentials 如下\n[default]\naws_access_key_id = «s_akia»\naws_secret_access_key = «s_awssec»\nregion = cn-north-1"),
    ("e", 0, "git push asks for a password, I pasted my token «s_ghp» and it still says auth failed??"),
    ("m", 0, "gitlab ci 里 clone 子模块失败，我在 variables 里写了 CI_TOKEN: «s_glpat»，是不是作用域不够"),
    ("e", 0, "slack bot doesnt post anything. SLACK_BOT_TOKEN=«s_xoxb» and the channel id is right"),
    ("m", 0, "npm publish 报 403，.npmrc 里是 //registry.npmjs.org/:_authToken=«s_npm» 这个token是automation类型"),
    ("e", 0, "Maps API returns REQUEST_DENIED with key «s_aiza», billing is on. why"),
    ("m", 0, "帮我看下这个jwt为什么校验失败 «s_jwt» 后端用的pyjwt"),
    ("e", 0, "is this key encrypted or not? can't tell\n«s_pkey»"),
    ("m", 0, "sqlalchemy 连不上，DATABASE_URL=«s_dburl» 报 timeout"),
    ("z", 0, "服务器root密码是«s_pw»，帮我写个ansible任务批量改成密钥登录"),
    ("e", 0, "the wifi password for the 3rd floor guest network is «s_pw», can you make a little sign for the door"),
    ("m", 0, "```yaml\nspring:\n  datasource:\n    url: jdbc:mysql://«ip10»:3306/crm\n    username: crm_app\n    password: «s_pw»\n```\n启动报 Access denied，账号密码确认过"),
    ("e", 0, "CI log:\n+ echo \"logging in\"\n+ docker login -u deploy -p «s_pw» registry.corp.lanting.io\nWARNING! Using --password via the CLI is insecure.\nwhy does it warn"),
    ("m", 0, "pip install 私有包报 401：pip config set global.index-url «s_idx»"),
    ("z", 0, "邮箱授权码：«s_pw» 我配到foxmail里收不了信，是不是端口不对"),
    ("e", 0, "psql keeps prompting, I set PGPASSWORD='«s_pw»' in bashrc, what am I missing"),
    ("m", 0, "redis 启动参数 redis-server --port 6380 --requirepass «s_pw» 但是客户端连不上"),
    ("e", 0, "settings.py has SECRET_KEY = '«s_pw»' — is it ok to commit this to the repo if it's private?"),
    ("z", 0, "VPN账号mengyu，初始密码«s_pw»，登录提示证书错误怎么办"),
]
F["hr"] = [
    ("z", 1, "«zh»今年绩效打了C，下个月开始进入改进计划，谈话稿帮我起草一下"),
    ("z", 1, "帮我算下：«zh»月薪从«amt»00涨到多少合适，他去年带项目拿了两个大单"),
    ("e", 1, "Offer details for «en»: base «amt»k, 15% bonus, start date next month — write the offer e-mail"),
    ("e", 1, "We're letting «given» go at the end of the month, the team doesn't know yet. help me plan the handover quietly"),
    ("z", 1, "研发二组明年要砍掉«num»个编制，先别往外说，帮我排一下优先级"),
    ("e", 1, "calibration notes: «given» exceeds, «given2» meets but flight risk, want to bump her «pct»% before she leaves"),
    ("m", 1, "«zht»提了离职，理由是家里有事，其实是被竞对挖了，counter offer怎么给比较好"),
    ("z", 0, "试用期员工辞职需要提前几天通知？劳动合同法怎么规定的"),
    ("e", 0, "How do I set up a VLOOKUP that pulls bonus percentages from a grade table in another sheet"),
    ("z", 0, "假设年终奖«amt»00元，分摊到单独计税和并入综合所得哪个划算"),
    ("e", 0, "What are common competencies to include in a mid-level engineer performance review template?"),
    ("z", 1, "这次晋升名单里没有«zh»，她肯定会来找我，怎么解释比较不伤人"),
    ("m", 1, "headcount plan 明年只批了«num»个，其中两个是替换下周要走的人，先帮我写个justification"),
    ("e", 1, "Exit interview summary — «en» said her manager yelled at her twice in team meetings, HR wants it written up"),
    ("z", 1, "部门年终奖池子比去年少了«pct»%，怎么跟大家说又不至于人心浮动"),
    ("e", 0, "average software engineer pay in «city» according to public surveys?"),
    ("z", 1, "新来的«zht»背调有问题，上家说他报销造假被劝退过，我们要不要撤offer"),
]
F["medical"] = [
    ("z", 1, "我妈上周查出来乳腺结节4a类，医生建议穿刺，想问下穿刺疼不疼"),
    ("e", 1, "I just got diagnosed with type 2 diabetes, HbA1c «amt2». what should I eat at team lunches"),
    ("z", 1, "我们组有个同事抑郁症在吃舍曲林，最近状态很差，我作为leader怎么安排工作"),
    ("z", 1, "«zh»的体检报告出来了，转氨酶偏高，他让我帮忙看看严不严重"),
    ("e", 1, "my dad's PSA came back at «amt2» ng/mL and the urologist wants an MRI, how worried should we be"),
    ("m", 1, "我自己胃镜报告写着 Hp 阳性 + 慢性萎缩性胃炎，四联疗法要吃14天，喝酒应酬怎么办"),
    ("e", 1, "Colleague on my team told me in confidence she's pregnant and having complications, how do I adjust her sprint load without outing her"),
    ("z", 0, "布洛芬吃多了伤胃吗？一天最多吃几片"),
    ("e", 0, "What's the difference between a CT scan and an MRI for back pain?"),
    ("z", 0, "流感和普通感冒怎么区分，需要请假吗"),
    ("e", 1, "Sick note for «en»: acute lumbar disc herniation, off work «num» days, please draft the message to the team without the diagnosis"),
    ("z", 1, "老公昨天确诊甲状腺癌乳头状的，说是预后好，但我还是睡不着"),
    ("e", 0, "Is it safe to take melatonin every night for jet lag after long flights?"),
    ("m", 1, "我爸 eGFR 只有«num»了，医生说 CKD 4期，要不要开始准备透析"),
    ("z", 0, "公司体检套餐里要不要加胃肠镜，一般多大年纪开始做"),
    ("e", 1, "HR forwarded «given»'s return-to-work note: post-op after appendectomy, no lifting for «num» weeks. update the rota"),
]
F["finance"] = [
    ("z", 1, "«q»营收算出来是«amt2»亿，比董事会定的目标差不少，下周发布前怎么包装"),
    ("e", 1, "Our «q» gross margin came in at «pct»%, way under guidance we haven't updated yet — draft talking points for the CFO"),
    ("z", 1, "明年预算初稿：市场部砍«pct»%，研发不变，这版还没给老板看，帮我做个对比表"),
    ("m", 1, "«orgc»的回款拖了三个月，欠我们«amt»万，下周要不要停货"),
    ("e", 0, "What was «orge»'s reported revenue in its last published annual report? rough numbers fine"),
    ("z", 0, "«orgc»去年年报里的净利润同比增长多少？帮我找公开数据"),
    ("e", 0, "explain EBITDA vs operating income with a simple example"),
    ("z", 0, "怎么用Excel做一个现金流折现模型，假设折现率«pct»%"),
    ("e", 1, "Board pack draft: we'll need a bridge loan of about «amt»M by March or payroll slips. don't forward"),
    ("z", 1, "这轮融资投前估值谈到«amt»亿，领投方是谁还没定，先帮我写个给老股东的说明"),
    ("m", 1, "帮我核一下 forecast: FY«yr» revenue «amt2»B, EBIT margin «pct»%，这版数字只给了管理层"),
    ("e", 1, "Our auditor flagged a «amt»k revenue recognition issue on the «orge» deal, we haven't told the board yet"),
    ("z", 0, "上市公司季报一般什么时候发？披露规则是啥"),
    ("e", 0, "make a simple monthly budget template for a household with two kids"),
    ("z", 1, "供应商«orgc»给我们的报价是每件«amt2»元，年采购量不低于«amt»万件，合同下周签"),
]
F["legal"] = [
    ("z", 1, "«orgc»那边同意和解了，赔我们«amt»万，但要求不公开，协议怎么写"),
    ("e", 1, "We're planning to send «orge» a cease-and-desist over the cloned UI next week. draft it"),
    ("z", 1, "前员工«zh»起诉我们违法解除，仲裁开庭在下周，帮我整理一下答辩要点"),
    ("e", 1, "Counterparty «orge» wants a minimum commitment of «amt»k units/yr and 90-day payment terms; our redlines?"),
    ("z", 0, "竞业限制协议一般最长多久？补偿金标准是多少"),
    ("e", 0, "What's the difference between an indemnity and a warranty in a SaaS contract?"),
    ("m", 1, "对方律所«orgc»发来的 term sheet 里有个 MFN 条款，价格不能高于给其他客户的，我们能接受吗"),
    ("z", 1, "我们打算起诉«orgc»侵犯专利，诉讼费预算«amt»万，还没和法务VP对齐"),
    ("e", 0, "explain GDPR data processing agreements in plain english"),
    ("z", 0, "劳动仲裁的时效是多久？从什么时候开始算"),
    ("e", 1, "«en» signed the settlement — we pay «amt»k and she drops the harassment claim. Need a memo for the file"),
    ("m", 1, "和«orge»的 distribution agreement 要提前终止，违约金按合同是«pct»%，帮我算一下并起草通知"),
    ("e", 0, "template for a mutual non-disclosure agreement between two startups?"),
    ("z", 1, "监管那边来函问询我们的数据出境，还没对外回应，先帮我想想回复口径"),
]
F["names_alone"] = [
    ("z", 0, "«zh»"),
    ("z", 0, "帮我给«zh»写个生日祝福，同事十年了"),
    ("e", 0, "Remind me to call «en» tomorrow"),
    ("z", 0, "«zht»说明天的会改到下午了，帮我回一句好的收到"),
    ("e", 0, "can you write a short thank-you note to «given» for covering my shift"),
    ("m", 0, "帮我翻译成英文：感谢«py»这次出差一路照顾"),
    ("z", 0, "明天«zh»和«zh2»一起来面试，帮我排个时间表"),
    ("e", 0, "who should I cc, «en» or «en2»? they both own the vendor list"),
    ("z", 0, "李白的静夜思帮我翻译成英文"),
    ("e", 0, "Summarize Tim Cook's keynote style in three bullet points"),
    ("z", 0, "刘慈欣的三体第二部讲的什么"),
    ("e", 0, "write a limerick about Sherlock and Watson arguing over tea"),
    ("z", 0, "董明珠和雷军那个十亿赌约最后怎么样了"),
    ("m", 0, "新同事叫«py»，他名字英文怎么拼比较自然？"),
    ("e", 0, "happy farewell message for «en», going back to grad school"),
    ("z", 0, "把这句改一下语气：«zht»你上次说的那个事我再想想"),
]
F["address"] = [
    ("z", 0, "快递寄到«addr»，收件人电话先空着，帮我写个备注"),
    ("z", 0, "老家地址是«rural»，帮我写一封给村委会的信"),
    ("m", 0, "帮我把这个地址翻成英文格式：«addr»"),
    ("e", 0, "please ship the replacement laptop to «us», attention IT"),
    ("e", 0, "New office is at «uk», can you draft directions from the station"),
    ("e", 0, "Rechnung bitte an «de» — how do I say that in English for the vendor form"),
    ("z", 0, "香港那边的收货地址：«hk»，清关需要哪些资料"),
    ("z", 0, "台湾客户说地址是«tw»，繁体写对了吗"),
    ("e", 0, "booked an airbnb at «sg» for the offsite, what's near there"),
    ("m", 0, "日本分公司地址 «jp»，英文地址格式怎么排"),
    ("e", 0, "the courier needs the Seoul address in English: «kr», romanise it"),
    ("e", 0, "Forward my mail to «eu» until June"),
    ("z", 0, "北京市海淀区有哪些适合团建的地方"),
    ("e", 0, "What's the weather like in «city» in March?"),
    ("z", 0, "表单里地址栏的提示文字写成“XX市XX区XX街道XX小区X栋X单元”可以吗"),
    ("e", 0, "For the form placeholder we use '1 Sample Street, Sampletown' — is there a better generic one?"),
    ("e", 0, "Address-format question: do UK postcodes go on their own line?"),
    ("z", 0, "公司搬到«addr»了，帮我写个通知给客户"),
]
F["multi_entity"] = [
    ("z", 0, "收件人：«zh»\n电话：«mob»\n地址：«addr»\n帮我生成一个快递面单文本"),
    ("e", 0, "Hi, I'm «en», my card «cardsp» was charged twice, please refund. Billing address «us»"),
    ("z", 0, "员工信息：«zh» 身份证«prc» 工资卡«up19» 开户行招商银行，帮我填入职表"),
    ("m", 0, "name,id_no,mobile,email\n«zh»,«prc»,«mob»,«email»\n«zh2»,«prcx»,«mobd»,«email2»\n帮我把这个csv转成json"),
    ("e", 0, "{\"employee\": \"«en»\", \"ssn\": \"«ssn»\", \"iban\": \"«iban»\", \"phone\": \"«intl»\"} — validate this json schema"),
    ("z", 0, "帮我订机票：乘客«zh»，护照«ppcn»，手机«mob86»，邮箱«email»"),
    ("e", 0, "From: «en» <«email»>\nTo: payroll\nSubject: bank change\nPlease pay me to «ibanp» from next month. Thanks"),
    ("m", 0, "INSERT INTO customers(name, id_card, card_no, addr) VALUES ('«zh»', '«prc»', '«card»', '«addr»'); 这句有语法错误吗"),
    ("e", 0, "visa letter: applicant «en», passport «ppuk», staying at «uk»"),
    ("z", 0, "报销信息：«zht»，卡号«carddash»，电话«land»，帮我写个邮件给财务"),
    ("m", 0, "审计日志：操作人«zh»（工号 4471）从 «ip10» 导出了客户表 ts=2025-11-03T09:14:22Z，这正常吗"),
    ("e", 0, "tenant: «en», SSN «ssnsp», current address «us», phone «intl» — fill the rental application"),
]
F["confidential_no_identifier"] = [
    ("z", 1, "下个月要关掉«city»的工厂，大概涉及«num»00人，消息还没放出去，先帮我排个沟通时间表"),
    ("e", 1, "Heads up before Monday: we're buying the smaller competitor, term sheet signed last night, nobody outside the exec team knows"),
    ("z", 1, "新品定价最后拍板«amt»9元，发布会之前别让渠道知道"),
    ("e", 1, "our conversion rate from the A/B test is «pct»% — way above what we told investors. how do we present it at the board"),
    ("z", 1, "我们配方里那个增稠剂的比例是0.«num»%，这是核心工艺，帮我写成工艺卡"),
    ("e", 1, "between you and me, the CTO is being pushed out after the audit findings, announcement in «num» weeks"),
    ("z", 1, "我们和大客户续约的折扣是«pct»%，比其他客户都低，报价单别发错了"),
    ("e", 1, "The reorg deck: merge Platform and Infra, two directors become one, decision already made, tell people after bonus payout"),
    ("z", 1, "有个销售把客户返点私下截留了大概«amt»万，证据已经够了，怎么处理比较稳妥"),
    ("e", 1, "We're dropping the «city» office lease early, broker says penalty is ~«amt»k. Draft a note to finance only"),
    ("z", 1, "良率现在只有«pct»%，客户那边还以为是95%以上，下周审厂怎么应对"),
    ("e", 1, "Got word our biggest account is moving to a competitor in «q», revenue hit is around «amt»M. Don't tell sales yet"),
    ("z", 1, "老板决定年后裁掉整个«city»运营中心，名单下周出"),
    ("m", 1, "帮我把这段改成正式邮件：the launch slipped to «q» because the chip vendor failed qualification, 先不要告诉客户"),
    ("e", 1, "one of our engineers copied the customer database to a personal drive before resigning; legal wants a timeline"),
    ("z", 0, "公司公开发布的年报里营收是多少，帮我做成图表"),
    ("e", 0, "If a company were to close a factory, what's a good general communication plan? hypothetically"),
    ("z", 0, "怎么写一份裁员沟通的通用模板？不针对具体公司"),
    ("e", 0, "Explain what a term sheet typically contains in a Series A"),
    ("z", 0, "假设某产品良率从«pct»%提升到95%，成本能降多少，帮我列公式"),
    ("e", 0, "the keynote announced the new pricing tier publicly yesterday, summarize it for our newsletter"),
    ("z", 1, "这次审计发现我们仓库的库存账实差了«amt»万，财务总监让先别上报"),
    ("e", 1, "Our roadmap: drop the free tier in «q», raise Pro by «pct»%. Only PMs have seen this — help me write the FAQ"),
    ("z", 1, "研发那个新电池的能量密度实测做到了«amt»Wh/kg，专利还没申请，帮我写个技术简报"),
]
F["email"] = [
    ("z", 0, "帮我给«email»写封邮件，问下样品什么时候寄出"),
    ("e", 0, "send the meeting notes to «email» and cc «email2»"),
    ("m", 0, "这个正则能匹配 «email» 吗：^[\\w.]+@\\w+\\.\\w+$"),
    ("e", 0, "why does outlook bounce my mail to «email»? says 550 mailbox unavailable"),
    ("z", 0, "把客服邮箱改成«email»，帮我改一下官网页脚文案"),
    ("e", 0, "test fixture: use user@example.com and admin@example.org, is that fine for CI?"),
    ("z", 0, "注册的时候邮箱填 someone@example.net 可以吗，只是测试"),
    ("e", 0, "Unsubscribe request from «email» — draft a confirmation reply"),
    ("m", 0, "git config user.email 设置成 «email» 之后 commit 还是显示旧的"),
    ("z", 1, "«email»这个人是我们要挖的候选人，先别让他现在的老板知道，帮我写个私信"),
    ("e", 0, "is it ok to put a test address like dev@shop.test in our seed data?"),
    ("z", 0, "帮我写一个邮件签名，邮箱«email»"),
    ("e", 0, "our mailing list alias is «email», write a welcome message for new subscribers"),
    ("z", 0, "«orgc»的对接邮箱是«email»，帮我写一封合作邀请函"),
]
F["phone"] = [
    ("z", 0, "帮我写个短信模板，客服电话«land»"),
    ("z", 0, "我的手机号«mob»收不到验证码，是不是被拦截了"),
    ("e", 0, "call the hotel at «intl» and ask about late checkout — write me a script"),
    ("m", 0, "这个号码格式对吗 «mob86»，国际短信发不出去"),
    ("z", 0, "快递员电话«mobd»，帮我写个留言说放门卫"),
    ("z", 0, "手机号：«mobfw»，这是全角的，帮我转成半角"),
    ("e", 0, "the supplier's Singapore office: «intl», what time is it there now"),
    ("z", 0, "表单校验时测试号码用13800000000可以吗"),
    ("e", 0, "regex for a UK mobile number please, with or without +44"),
    ("z", 0, "会议室电话«land»转8021，帮我写个会议邀请"),
    ("e", 0, "pls save «phone» as the escalation number in the runbook"),
    ("z", 0, "手机号正则 ^1[3-9]\\d{9}$ 能不能覆盖所有运营商"),
    ("m", 0, "Twilio 发给 «intl» 的短信状态是 undelivered，怎么查"),
    ("z", 0, "订单号«ord»的售后电话是«land»吗？"),
]
F["org_only"] = [
    ("z", 0, "帮我给«orgc»写一封合作邀请函"),
    ("e", 0, "Draft a polite follow-up to «orge» about the delayed shipment"),
    ("z", 0, "«orgc»是做什么的？帮我整理一下他们公开的业务介绍"),
    ("e", 0, "Summarize «orge»'s publicly announced partnership with «orge» from the press release"),
    ("m", 0, "我们要给«orge»做一个 onboarding deck，帮我列大纲"),
    ("z", 0, "用Excel做个表，对比一下几家供应商：«orgc»、«orgc»的交货周期"),
    ("e", 0, "Acme Corp is our demo company in the training slides — suggest a catchier fake name"),
    ("z", 0, "某某公司的年会流程怎么安排比较好？给个通用模板"),
    ("e", 0, "Help me write a LinkedIn post congratulating «orge» on their anniversary"),
    ("z", 0, "顺丰单号«sf»查不到物流，怎么办"),
    ("e", 0, "Our Slack bot posts twice in the channel, GitHub Actions triggers it — why"),
    ("z", 1, "«orgc»给的框架协议价比市场价低«pct»%，但要求独家三年，值不值得签"),
    ("e", 1, "«orge» is threatening to sue over late delivery penalties of «amt»k; we think we can settle for half"),
    ("z", 0, "帮我查一下«orgc»的统一社会信用代码格式对不对：«uscc»"),
]
F["public_figures"] = [
    ("z", 0, "张一鸣早年创业的故事能讲讲吗"),
    ("e", 0, "What did Jensen Huang say about AI factories at the last GTC?"),
    ("z", 0, "姚明退役后做了哪些商业投资"),
    ("e", 0, "Compare the leadership styles of Angela Merkel and Jacinda Ardern"),
    ("z", 0, "莫言获诺贝尔奖的作品有哪些"),
    ("e", 0, "write a short bio of Serena Williams for a kids' sports magazine"),
    ("m", 0, "Warren Buffett 的股东信里关于护城河的说法，帮我总结成中文"),
    ("z", 0, "董宇辉直播带货的话术有什么特点"),
    ("e", 0, "Quote from Sundar Pichai about search and AI? need it for a slide, with source"),
    ("z", 0, "曹德旺捐建福耀科技大学的新闻帮我概括一下"),
    ("e", 0, "Is it true that Lionel Messi's contract in Miami includes revenue sharing?"),
    ("m", 0, "我们部门«zh»特别像 Steve Jobs，做个幽默的欢送海报文案"),
    ("e", 0, "Our intern «en» met Ratan Tata's foundation people at a conference — write a LinkedIn post for her"),
    ("z", 0, "钟南山关于流感疫苗的建议是什么"),
    ("e", 0, "List three books by Haruki Murakami good for a beginner"),
]
F["fictional_and_placeholder_names"] = [
    ("z", 0, "写个测试用例：用户张三给李四转账100元，余额不足时报错"),
    ("e", 0, "In the crypto example, Alice sends Bob a signed message — explain the steps"),
    ("z", 0, "红楼梦里王熙凤这个人物怎么评价"),
    ("e", 0, "Write a funny dialogue between Hermione Granger and Frodo about deadlines"),
    ("z", 0, "表单示例里姓名写“某某”还是“XXX”更规范"),
    ("e", 0, "mock data: name 'Jane Roe', placeholder only — is that a common convention?"),
    ("z", 0, "哪吒和敖丙的故事给小朋友讲讲"),
    ("m", 0, "unit test 里 user 名字用 小明 和 小红 可以吗，还是用 Alice / Bob"),
    ("z", 1, "代号“诸葛亮”的项目是我们收购那家芯片公司的计划，帮我写个周报，别写公司名"),
    ("e", 1, "Project Frodo is the code name for the acquisition; write a status update that doesn't mention the target"),
    ("z", 0, "测试环境里把张三换成真实用户«zh»，他的手机号«mob»，帮我改下SQL"),
    ("e", 0, "Replace the placeholder 'Bob' in the demo script with our real beta user «en», email «email»"),
    ("z", 0, "西游记里猪八戒为什么被贬下凡"),
    ("e", 0, "what would Darth Vader write in a performance review? make it funny"),
    ("m", 0, "文档示例 customer: John Doe, email: jdoe@example.com，这个写法需要脱敏吗"),
]
F["near_miss_numbers"] = [
    ("z", 0, "这个身份证号«badprc»校验不通过，是录错了吗"),
    ("z", 0, "表格里有个号码«baddate»，出生日期那段好像不对，帮我看看"),
    ("e", 0, "the card number «badcard» fails validation in checkout, is it a typo?"),
    ("z", 0, "订单号«ord»一直显示待发货，帮我催一下"),
    ("e", 0, "tracking number «sf» shows no updates since Monday"),
    ("z", 0, "发票号码«inv»，金额«amt»元，报销需要附什么"),
    ("e", 0, "IBAN «badiban» gets rejected by the bank form — check digits wrong?"),
    ("e", 0, "SSN «badssn» is rejected by the form; is that number even possible?"),
    ("m", 0, "订单 id «ord23» 在 mysql 里存成 bigint 溢出了，改成啥类型"),
    ("z", 0, "腾讯会议号«mtg»，帮我写进会议通知"),
    ("e", 0, "ISBN 978-7-5133-«num»47-2 — is this a valid ISBN-13 format?"),
    ("z", 0, "版本«ver»发布说明帮我润色一下"),
    ("e", 0, "wire reference «inv»-«ord» for PO «num»881 — write the remittance note"),
    ("z", 0, "统一社会信用代码«uscc»是多少位？怎么校验"),
    ("e", 0, "card «badcardsp» keeps declining, the luhn check in our form says invalid"),
    ("z", 0, "京东订单号«ord»退款还没到账"),
    ("e", 0, "timestamp 1733212800123 to a human date pls"),
    ("z", 0, "物料编码SKU-«ord»-CN在系统里查不到"),
]
F["placeholders_in_code"] = [
    ("m", 0, "这段配置有问题吗\nDB_HOST=localhost\nDB_PASSWORD=${DB_PASS}\nAPI_KEY=<your-key>"),
    ("e", 0, "const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY }); is reading from env enough?"),
    ("e", 0, "aws docs use AKIAIOSFODNN7EXAMPLE as access key — where do I put mine"),
    ("m", 0, "docker-compose 里 POSTGRES_PASSWORD: changeme 上线前要改成什么"),
    ("e", 0, "connection string postgres://user:password@localhost:5432/app — why can't the container reach it"),
    ("z", 0, "文档里写 password = os.environ[\"DB_PASSWORD\"] 这种方式安全吗"),
    ("e", 0, "The README says set api_key: YOUR_API_KEY in config.yaml, but the app crashes on start"),
    ("m", 0, "curl http://127.0.0.1:8080/health 返回 connection refused，服务监听的是 0.0.0.0"),
    ("e", 0, "is 192.0.2.10 safe to use in docs examples? and 2001:db8::1?"),
    ("m", 0, "测试用 jwt 直接用 jwt.io 上那个 " + JWT_IO + " 可以吗"),
    ("e", 0, "log shows password=**** for every request, is the masking working?"),
    ("z", 0, "nginx 配置里 server_name example.com; listen [::1]:80; 这样写对不对"),
    ("e", 0, "Terraform: variable \"db_password\" { sensitive = true } — how do I pass it from CI without hardcoding"),
    ("m", 0, "helm values: secretKey: {{ .Values.secret }}，模板渲染出来是空的"),
    ("e", 0, "Our sample .env.example has SLACK_TOKEN=xoxb-xxxxxxxx — should it be empty instead?"),
    ("m", 0, "git log 里看到别人 commit 了 password: «s_pw»，怎么从历史里彻底删掉"),
    ("e", 0, "test uses 198.51.100.7 and 203.0.113.42 as fake peers, our linter complains"),
]
F["privacy_question"] = [
    ("z", 0, "个人信息保护法对员工监控有什么规定"),
    ("e", 0, "Under GDPR can we keep CVs of rejected candidates for a year?"),
    ("z", 0, "把身份证号打码显示，一般保留前几位后几位"),
    ("e", 0, "best practice for rotating API keys without downtime?"),
    ("z", 0, "公司让我们装监控软件，截屏算不算侵犯隐私"),
    ("e", 0, "How should we store passwords — bcrypt or argon2?"),
    ("m", 0, "log 里打印了用户手机号，脱敏方案一般怎么做？regex 替换中间四位？"),
    ("z", 0, "数据出境安全评估需要哪些材料"),
    ("e", 0, "What counts as sensitive personal information under China's PIPL?"),
    ("z", 0, "员工离职后，他的邮箱数据公司能保留多久"),
    ("e", 0, "is it legal to record a zoom call without telling the other side in California"),
    ("z", 0, "怎么判断一个AI助手会不会把我的输入拿去训练"),
    ("e", 0, "how do I report a leaked credential to our security team, what info do they need"),
    ("m", 0, "HIPAA 和 GDPR 对健康数据的要求有啥区别"),
    ("z", 1, "我把«zh»的病假条拍照发到了群里，这算不算泄露隐私？要怎么补救"),
    ("e", 0, "My coworker accidentally pasted «s_ghp» into a public channel; what's the right incident process?"),
]
F["id_card"] = [
    ("z", 0, "帮我核对一下身份证号«prc»是否有效"),
    ("z", 0, "«zh»，身份证«prcx»，帮我填一下保险投保单"),
    ("m", 0, "这个 id «prc» 用正则 ^\\d{17}[\\dXx]$ 能匹配上吗"),
    ("z", 0, "全角的号码«prcfw»，系统识别不了，怎么转"),
    ("e", 0, "the Chinese ID number on her visa form is «prc», what does the middle part mean"),
    ("z", 0, "给我爸订高铁票，证件号«prcx»"),
    ("z", 0, "员工档案：姓名«zh»，身份证号码«prc»，入职日期2024-03-01，帮我生成PDF"),
    ("m", 0, "接口返回 {\"idNo\":\"«prc»\",\"status\":1} 前端要怎么脱敏"),
    ("z", 0, "身份证号码最后一位X是什么意思"),
    ("z", 0, "身份证号18位分别代表什么？给个结构说明"),
    ("e", 0, "How is the check digit of a Chinese resident ID calculated?"),
    ("z", 0, "房东要我身份证号«prc»登记租房，这个安全吗"),
    ("z", 0, "号码«baddate»，系统报出生日期无效"),
]
F["bank_card"] = [
    ("z", 0, "帮我把工资卡号«up19»发给财务"),
    ("e", 0, "my card «cardsp» got declined at the airport, what do I tell the bank"),
    ("z", 0, "报销打到这张卡：«carddash»，户名«zh»"),
    ("m", 0, "stripe 测试卡以外，我用真实卡«card»测了一下，会不会扣钱"),
    ("z", 0, "卡号：«cardfw»，全角的，帮我转换一下"),
    ("e", 0, "charge failed for «card» exp 09/27, is it the card or our gateway"),
    ("z", 0, "银行卡号一般多少位？不同银行有区别吗"),
    ("e", 0, "How does the Luhn algorithm work, with a step-by-step example?"),
    ("e", 0, "Stripe's 4242 test card is fine for staging right?"),
    ("z", 0, "退款请退到原卡«cardsp»，谢谢"),
    ("m", 0, "CSV 导出：\nname,card\n«zh»,«card»\n帮我加一列掩码后的卡号"),
    ("z", 0, "这个卡号«badcard»绑不上，银行说号码无效"),
]
F["passport"] = [
    ("z", 0, "我的护照号«ppcn»，帮我填签证申请表"),
    ("e", 0, "passport «ppus», expires 2031 — is that enough validity for a Schengen visa?"),
    ("e", 0, "Her German passport number is «ppde», book the conference badge"),
    ("m", 0, "日本同事的 passport «ppjp»，酒店入住登记要填"),
    ("e", 0, "French colleague, passport no. «ppfr», needs an invitation letter"),
    ("e", 0, "Canadian passport «ppca» for the visa letter please"),
    ("z", 0, "同行人员：«zh»，护照«ppcn»；«zh2»，护照«ppcn»"),
    ("e", 0, "UK passport «ppuk» — the airline says the number format is wrong"),
    ("z", 0, "护照过期前多久需要换发？"),
    ("e", 0, "What is the format of a Chinese passport number?"),
    ("z", 0, "出差名单里«zht»的护照«ppcn»快过期了，提醒他"),
]
F["iban"] = [
    ("e", 0, "Please wire the deposit to «ibanp», reference «inv»"),
    ("e", 0, "vendor bank details: «iban» — does this look right for a SEPA transfer?"),
    ("m", 0, "德国供应商给的 IBAN «ibanp»，我们国内银行汇款要填什么"),
    ("e", 0, "What's an IBAN and how is the check digit computed?"),
    ("e", 0, "our test IBAN «badiban» fails validation — generate me a checksum explanation"),
    ("e", 0, "Pay «en» the refund to «iban»"),
    ("z", 0, "荷兰合作方账户«iban»，帮我写付款申请"),
    ("e", 0, "Update payee: new account «ibanp» from 1 March"),
    ("z", 0, "IBAN和SWIFT有什么区别"),
]
F["ssn"] = [
    ("e", 0, "Fill out the W-4 for me, SSN «ssn»"),
    ("e", 0, "my social is «ssnsp», the IRS portal keeps saying mismatch"),
    ("e", 0, "background check for «en», SSN «ssn9»"),
    ("m", 0, "美国同事的 SSN «ssn»，报税软件要填"),
    ("e", 0, "Is «badssn» a valid SSN format? our form accepts it"),
    ("e", 0, "how are SSN area numbers assigned since randomization?"),
    ("e", 0, "dependent: «en2», ssn «ssn», dob 2014-05-02 — add to the benefits enrollment"),
    ("e", 0, "What should I do if my Social Security number was exposed in a data breach?"),
    ("z", 0, "SSN «badssn» 这个号码为什么系统提示无效"),
]
F["ip_address"] = [
    ("m", 0, "ping «ip10» 不通但是 ssh 可以，防火墙问题？"),
    ("e", 0, "nginx access log is flooded by «ippub», how do I rate-limit it"),
    ("z", 0, "数据库服务器«ip10»的3306端口连不上"),
    ("e", 0, "set up a static route to «ip10» via the VPN gateway"),
    ("m", 0, "IPv6 地址 «ip6» ping6 不通，路由表怎么看"),
    ("e", 0, "fail2ban banned «ippub» and «ip2», how to unban one"),
    ("z", 0, "这个IP«ippub»是哪个地区的"),
    ("e", 0, "what's the difference between the 10/8 and 172.16/12 private ranges"),
    ("m", 0, "Jenkins 日志：Connection to «ip» timed out after 30000ms，重试也不行"),
    ("z", 0, "127.0.0.1 和 0.0.0.0 监听有什么区别"),
    ("e", 0, "Our k8s node «ip10» shows NotReady, kubelet logs attached"),
    ("z", 1, "«ippub»这台是我们还没公布的新机房出口，下个月才割接，先帮我写个割接方案"),
    ("m", 0, "/etc/hosts 里加 «ip6» api.local 有用吗"),
]

# ---------------------------------------------------------------- second pass: harder formats
F["names_alone"] += [
    ("m", 0, "[10:02] «en»: pushed the fix\n[10:03] «zh»: 收到，我下午review\n[10:05] «given»: thx both\n帮我总结这段聊天"),
    ("z", 0, "值班表：周一«zht»，周二«zh»，周三«zh2»，帮我做成表格"),
    ("e", 0, "dear «en2», welcome aboard! — is that too casual for a first email?"),
    ("m", 0, "Meeting attendees: «py», «en», «zh»。帮我写会议纪要开头"),
]
F["email"] += [
    ("e", 0, "From: «email»\nTo: «email2»\nSubject: Re: invoice\n\nwhat does this header mean when the reply-to is different?"),
    ("m", 0, "SPF 检查失败，发件人 «email»，收件人 «email2»，日志显示 softfail"),
]
F["phone"] += [
    ("e", 0, "whatsapp number for the Lagos distributor is «intl», write a short intro message"),
    ("m", 0, "前台登记：访客电话«mobd»，来访事由 interview，需要发什么提醒短信"),
]
F["address"] += [
    ("m", 0, "Shipping label:\nShip to: «zh»\n«addr»\nTel: «mob»\n帮我检查一下格式"),
    ("e", 0, "Hi «given», the signed contract goes to «de», attn. legal — can you courier it today?"),
    ("z", 0, "员工宿舍在«addr»，帮我写个入住须知"),
    ("e", 0, "my landlord wants the deposit mailed to «us», is a cashier's check ok?"),
]
F["confidential_no_identifier"] += [
    ("z", 1, "这个数只给你看：上个月净亏了«amt»0万，下周董事会前别传"),
    ("e", 1, "we're quietly shopping the logistics unit to buyers, bankers start calls next week. write the teaser"),
    ("z", 1, "新工厂选址已经定了在«city»，土地款还在谈，对外一律说还在评估"),
    ("m", 1, "leadership 刚决定明年冻结招聘，同时砍掉一半外包，这个先不要在周会上讲"),
    ("e", 1, "Customer churn for «q» is «pct»% and we're about to tell the market it's flat. Give me a softer wording"),
    ("z", 1, "我们的推荐算法里那个加权参数是核心，别写进对外文档：召回权重0.«num»，时效衰减7天"),
    ("e", 0, "What does a typical layoff announcement look like? just looking for structure, nothing specific"),
    ("z", 0, "公司官网已经发布了新品价格，帮我写个朋友圈文案"),
]
F["credentials"] += [
    ("m", 0, "CI 日志报错：\n[2025-10-12 03:11:09] Fetching secrets...\n[2025-10-12 03:11:10] export DEPLOY_KEY=«s_hex»\n[2025-10-12 03:11:12] Error: permission denied\n怎么回事"),
    ("e", 0, "mysql -u report -p«s_pw» -h «ip10» crm < dump.sql hangs forever, any idea?"),
    ("e", 0, "{\"X-API-Key\": \"«s_pw»\", \"Content-Type\": \"application/json\"} — should the header name be lowercase?"),
    ("z", 0, "我跟你说一下，路由器后台的口令：«s_pw»，你帮我看看怎么开端口转发"),
    ("m", 0, "curl -u admin:«s_pw» https://jenkins.lanting.io/api/json 返回 403"),
]
F["hr"] += [
    ("m", 1, "调薪表：\nname,current,proposed\n«given»,42k,48k\n«given2»,39k,41k\n帮我算总增幅"),
    ("z", 1, "有人匿名举报«zht»在招聘里收候选人红包，我们准备先停职调查"),
]
F["medical"] += [
    ("m", 1, "我体检 LDL 4.9，医生让吃他汀，这个会影响肝功能吗"),
    ("e", 1, "My partner's biopsy came back as stage II melanoma, what questions should we bring to the oncologist"),
]
F["multi_entity"] += [
    ("z", 0, "联系人：«zh»（«zht»的助理），座机«land»，办公地址«addr»"),
    ("e", 0, "«en»\n«uk»\n«intl»\n«email»\n— reformat this signature block"),
]
F["ip_address"] += [
    ("m", 0, "WAF 拦截记录：src=«ippub» dst=«ip10» action=block，误报吗"),
    ("e", 0, "SSH brute force from «ippub», our bastion is «ip10». write a short incident note"),
]
F["bank_card"] += [
    ("e", 0, "Hi, I'm «en», please refund to my Mastercard «carddash» — order «ord»"),
]
F["id_card"] += [
    ("m", 0, "OCR 识别结果：姓名 «zh» 公民身份号码 «prcx»，校验位对吗"),
]
F["passport"] += [
    ("m", 0, "签证中心邮件说 passport «ppcn» 的照片页不清晰，要重新上传"),
]
F["ssn"] += [
    ("e", 0, "Employee «en», SSN «ssnsp», start date 2026-01-05 — create the I-9 checklist"),
]
F["iban"] += [
    ("e", 0, "Refund «en2»: account holder in Vienna, «ibanp»"),
]
F["legal"] += [
    ("e", 1, "Our settlement offer to «orge» is «amt»k, walk-away point «amt»k — draft the without-prejudice letter"),
]
F["public_figures"] += [
    ("z", 0, "任正非那篇关于冬天的讲话主要讲了什么"),
    ("e", 0, "compare Jeff Bezos and Jack Dorsey's shareholder letters"),
]
F["fictional_and_placeholder_names"] += [
    ("z", 0, "示例数据里用“王小二”“赵钱孙”这样的名字可以吗？需要避免重名真人吗"),
]
F["general"] += [
    ("z", 0, "帮我写个年会抽奖的python程序，奖品三等，参与人数«num»0人"),
    ("e", 0, "tl;dr this: 'Due to maintenance, the staging cluster will be unavailable on Saturday.'"),
]

CATEGORIES = list(F)
LANG = {"z": "zh", "e": "en", "m": "mixed"}


def crosscheck(helpers_path, r):
    """Compare this file's PRC-ID and Luhn code with the reference helpers (when that file is there)."""
    if not helpers_path.exists():
        return "skipped (no tests/helpers.py)"
    import importlib.util

    spec = importlib.util.spec_from_file_location("ref_helpers", helpers_path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for _ in range(2000):
        v = g_prc(r)
        assert mod.make_prc_id(v[:17]) == v and v_prc(v)
        assert mod.make_prc_id(nm_prc_check(r)[:17]) != nm_prc_check(r) or True
        w = nm_prc_check(r)
        assert mod.make_prc_id(w[:17]) != w and not v_prc(w)
        c = g_card_digits(r)
        assert mod.luhn_check_digit(c[:-1]) == c[-1] and v_card(c)
        b = nm_card(r)
        assert mod.luhn_check_digit(b[:-1]) != b[-1] and not v_luhn(b)
    return "ok (2000 PRC IDs and cards agree with tests/helpers.py)"


def build():
    r = random.Random(SEED)
    records, seen = [], set()
    for cat, frames in F.items():
        for lang, conf, tmpl in frames:
            times = 2 if "«" in tmpl else 1
            for _ in range(times):
                for _attempt in range(200):
                    text, ents = render(tmpl, r)
                    rec = {"text": text, "entities": ents, "category": cat, "lang": LANG[lang], "_conf": bool(conf),
                           "sensitive": bool(conf) or any(e["type"] in SENSITIVE_TYPES for e in ents)}
                    bad = validate(rec) if text not in seen else [("DUP", text)]
                    if not bad:
                        break
                else:
                    raise SystemExit(f"cannot render cleanly: {tmpl!r}: {bad}")
                seen.add(text)
                records.append(rec)
    random.Random(SEED + 1).shuffle(records)
    out = []
    for i, rec in enumerate(records, 1):
        assert not validate(rec)
        out.append({"id": f"test-{i:04d}", "text": rec["text"], "sensitive": rec["sensitive"], "entities": rec["entities"],
                    "category": rec["category"], "lang": rec["lang"]})
    return out


def summary(rows):
    lines = ["| category | lines | true | false |", "|---|---:|---:|---:|"]
    for cat in CATEGORIES:
        rs_ = [x for x in rows if x["category"] == cat]
        t = sum(x["sensitive"] for x in rs_)
        lines.append(f"| {cat} | {len(rs_)} | {t} | {len(rs_) - t} |")
    t = sum(x["sensitive"] for x in rows)
    lines.append(f"| **all** | {len(rows)} | {t} | {len(rows) - t} |")
    lines += ["", "| lang | lines | true | false |", "|---|---:|---:|---:|"]
    for lg in ("zh", "en", "mixed"):
        rs_ = [x for x in rows if x["lang"] == lg]
        t = sum(x["sensitive"] for x in rs_)
        lines.append(f"| {lg} | {len(rs_)} | {t} | {len(rs_) - t} |")
    c = Counter(e["type"] for x in rows for e in x["entities"])
    nl = Counter(e["type"] for x in rows for e in {e["type"]: e for e in x["entities"]}.values())
    lines += ["", "| entity | spans | lines |", "|---|---:|---:|"]
    for k, v in c.most_common():
        lines.append(f"| {k} | {v} | {nl[k]} |")
    lines.append(f"| **all** | {sum(c.values())} | {sum(1 for x in rows if x['entities'])} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--helpers", type=Path, default=Path(__file__).resolve().parents[1] / "tests" / "helpers.py")
    args = ap.parse_args()
    print("cross-check:", crosscheck(args.helpers, random.Random(SEED + 2)), file=sys.stderr)
    rows = build()
    data = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows).encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"wrote {len(rows)} lines to {args.out}  sha256 {hashlib.sha256(data).hexdigest()}")
    if args.summary:
        print(summary(rows))


if __name__ == "__main__":
    main()
