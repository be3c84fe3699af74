# ruff: noqa: E501, RUF100
"""Build the twenty-sixth router probe set (router_probe26.jsonl; written blind as a held-out test split).

Written blind: every frame, name, company, street and scenario below is hand-written for this file;
structured values (IDs, cards, IBANs, SSNs, passports, phones, e-mails, IPs, secrets) and their near
misses are computed by code. Offsets are recorded by the renderer; validators written separately from
the generators re-check every span and scan the rest of every text for unlabelled look-alikes.

    python tools/build_router_probe26.py              # writes hybridai/data/router_probe26.jsonl
    python tools/build_router_probe26.py --out PATH   # somewhere else
    python tools/build_router_probe26.py --summary    # also print the category / language / entity tables
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import ipaddress
import itertools
import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path


def words(s: str) -> list[str]:
    return s.split()


SEED = 8245917
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "hybridai" / "data" / "router_probe26.jsonl"
SENSITIVE_TYPES = {"PRC_ID", "BANK_CARD", "PASSPORT", "IBAN", "US_SSN", "SECRET", "PERSON", "ADDRESS"}
ALL_TYPES = SENSITIVE_TYPES | {"EMAIL", "PHONE", "IP_ADDRESS", "ORG"}
FW = str.maketrans("0123456789", "０１２３４５６７８９")
UNFW = str.maketrans("０１２３４５６７８９ｘＸ", "0123456789xX")

# --------------------------------------------------------------------------------------------------
# hand-written pools
# --------------------------------------------------------------------------------------------------
P = {
    "zh": words("陈志远 刘思琪 黄俊杰 周晓燕 吴国栋 徐婉清 孙浩然 胡佳怡 朱振宇 高雪梅 林子豪 何敏华 郭晨阳 马丽娟 罗文涛 梁淑芬 宋凯 郑雨桐 谢明轩 韩冬青 杨帆 曹丽萍 彭志强 袁梦瑶"),
    "zhr": words("佘晓峰 訾红梅 逄立新 亓海燕 笪文斌 琚小川 晁雅琳 禚志刚 麴春生 郗佳宁 冼国樑 滕若溪 鄢立群 眭春燕"),
    "zhc": words("欧阳振华 司马晴 上官婉婷 端木子昂 慕容雪 皇甫俊 东方明远 令狐静 夏侯文杰 公孙悦 澹台磊 尉迟浩"),
    "zht": words("陳家豪 黃美玲 張志偉 劉嘉欣 蔡宗翰 鄭雅婷 許博文 謝宛蓉 楊詠詩 鍾偉倫 羅凱琳 賴俊宏"),
    "py": ["Chen Zhiyuan", "Liu Siqi", "Huang Junjie", "zhou xiaoyan", "Wu Guodong", "Xu Wanqing", "sun haoran", "Zhiyuan CHEN", "OUYANG Zhenhua", "Guo Chenyang", "luo wentao", "Siqi Liu", "HE Minhua"],
    "en": ["Megan Caldwell", "Thomas Whitfield", "Connor Hughes", "Natalie Brooks", "Graham Pettigrew", "Olivia Hartley", "Derek Fontaine", "Siobhan Kearney", "Marcus Ellery", "Rachel Dunmore", "Bethany Cole", "Owen Prichard"],
    "in": ["Ananya Krishnan", "Vikram Raghunathan", "Sneha Kulkarni", "Arjun Mehrotra", "Lakshmi Venkatesan", "Rohit Deshpande", "Kavya Iyer", "Harpreet Sandhu", "Nikhil Bhattacharya"],
    "af": ["Chukwuemeka Obi", "Adaeze Nwosu", "Kwame Asante", "Amara Diallo", "Thandiwe Mokoena", "Oluwaseun Adeyemi", "Wanjiru Kamau", "Yaw Boateng", "Fatoumata Keita"],
    "jpk": words("佐々木美咲 高橋健太 渡辺由美 山本翔太 中村彩花 小林大輔 加藤真理子 吉田拓海"),
    "jpr": ["Misaki Sasaki", "Kenta Takahashi", "Yumi Watanabe", "Shota Yamamoto", "Ayaka Nakamura", "Daisuke Kobayashi"],
    "kr": words("김민준 이서연 박지훈 최유나 정하늘 강도현 윤서진 조은비 임재현"),
    "krr": ["Kim Minjun", "Lee Seoyeon", "Park Jihoon", "Choi Yuna", "Jung Haneul", "Kang Dohyun"],
    "sea": ["Nguyen Thi Lan", "Tran Van Minh", "Le Hoang Anh", "Somchai Wongsakul", "Siriporn Chaiyaporn", "Budi Santoso", "Siti Rahmawati", "Jerome Villanueva", "Nur Aisyah binti Rahman", "Muhammad Hafiz bin Ismail"],
    "ar": ["Omar Al-Khatib", "Layla Haddad", "Youssef Mansour", "Fatima Al-Zahrani", "Khalid Benali", "Rania Aziz"],
    "fa": ["Reza Tehrani", "Shirin Ahmadi", "Dariush Karimi", "Parisa Moradi", "Farhad Rostami"],
    "tr": ["Emre Yıldız", "Zeynep Arslan", "Burak Çelik", "Elif Şahin", "Mehmet Aydın"],
    "sl": ["Dmitri Volkov", "Olga Petrenko", "Tomasz Kowalczyk", "Katarzyna Nowicka", "Milan Horvat", "Jana Dvořáková", "Aleksandr Morozov"],
    "eu": ["Lukas Hoffmann", "Sophie Dubois", "Matteo Ferraro", "Ingrid Solberg", "Jeroen de Vries", "Anneke Bakker", "Pierre Lefèvre", "Elena Marchetti", "Mikkel Sørensen", "Aoife Byrne"],
    "la": ["Camila Restrepo", "Diego Alvarado", "Valentina Ruiz", "Joaquín Herrera", "Mariana Castillo", "Thiago Oliveira", "Lucía Fernández"],
    "given": words("Megan Kofi Hiro Ines Sanjay Lena Marco Dana Ravi Yusuf Tobias Meera Bongani Freya"),
    "zhgiven": words("思琪 浩然 雨桐 晓燕 子豪 婉清 明轩 佳怡"),
}
SURNAMES = words("冯 蒋 沈 韦 秦 姚 邱 龚 段 薛 钱 潘 戴 范 万 贺 严 卢")
TITLES = words("经理 总 主任 律师 医生 工 姐 哥 会计 总监 处长 主管")
P["zhf"] = words("刘思琪 周晓燕 徐婉清 胡佳怡 高雪梅 马丽娟 梁淑芬 郑雨桐 曹丽萍 袁梦瑶 訾红梅 亓海燕 晁雅琳")
P["zhm"] = words("陈志远 黄俊杰 吴国栋 孙浩然 朱振宇 林子豪 郭晨阳 罗文涛 宋凯 谢明轩 彭志强 佘晓峰 逄立新 禚志刚 冼国樑")
P["zhcm"] = words("欧阳振华 端木子昂 皇甫俊 东方明远 夏侯文杰 澹台磊 尉迟浩")
P["zhtf"] = words("黃美玲 劉嘉欣 鄭雅婷 謝宛蓉 楊詠詩 羅凱琳")
P["zhgivenf"] = words("思琪 雨桐 晓燕 婉清 佳怡")
P["givenf"] = words("Megan Ines Lena Dana Meera Freya")
P["enf"] = ["Megan Caldwell", "Natalie Brooks", "Olivia Hartley", "Siobhan Kearney", "Rachel Dunmore", "Bethany Cole"]
P["inf"] = ["Ananya Krishnan", "Sneha Kulkarni", "Lakshmi Venkatesan", "Kavya Iyer"]
P["jprf"] = ["Misaki Sasaki", "Yumi Watanabe", "Ayaka Nakamura"]
P["krf"] = words("이서연 최유나 윤서진 조은비")
P["krrm"] = ["Kim Minjun", "Park Jihoon", "Kang Dohyun"]
P["slm"] = ["Dmitri Volkov", "Tomasz Kowalczyk", "Milan Horvat", "Aleksandr Morozov"]
P["fam"] = ["Reza Tehrani", "Dariush Karimi", "Farhad Rostami"]
P["euf"] = ["Sophie Dubois", "Ingrid Solberg", "Anneke Bakker", "Elena Marchetti", "Aoife Byrne"]
P["f"] = P["enf"] + P["inf"] + P["jprf"] + P["euf"] + ["Adaeze Nwosu", "Amara Diallo", "Thandiwe Mokoena", "Wanjiru Kamau", "Fatoumata Keita", "Lee Seoyeon", "Choi Yuna", "Nguyen Thi Lan", "Siriporn Chaiyaporn", "Siti Rahmawati", "Nur Aisyah binti Rahman", "Layla Haddad", "Fatima Al-Zahrani", "Shirin Ahmadi", "Parisa Moradi", "Zeynep Arslan", "Elif Şahin", "Olga Petrenko", "Katarzyna Nowicka", "Jana Dvořáková", "Camila Restrepo", "Valentina Ruiz", "Mariana Castillo", "Lucía Fernández"]
P["latin"] = P["py"] + P["en"] + P["in"] + P["af"] + P["jpr"] + P["krr"] + P["sea"] + P["ar"] + P["fa"] + P["tr"] + P["sl"] + P["eu"] + P["la"]
P["cjk"] = P["zh"] + P["zhr"] + P["zhc"] + P["zht"] + P["jpk"] + P["kr"]
P["any"] = P["latin"] + P["cjk"]

ORG_CN = ["深圳市蓝鲸智联科技有限公司", "上海鼎澄供应链管理有限公司", "北京泓远律师事务所", "成都华晟精密机械有限公司", "苏州瑞禾生物医药有限公司", "广州市恒泰物流集团", "杭州青禾数据服务有限公司", "宁波港湾新材料股份有限公司", "武汉启明会计师事务所", "南昌远帆医疗器械有限公司", "重庆山城鑫源建材有限公司", "天津渤星化工集团"]
ORG_CN_KNOWN = ["比亚迪", "宁德时代", "美团", "小米集团", "招商银行", "中国平安", "京东方", "海尔智家"]
ORG_EN = ["Halvorsen Marine AS", "Brightwater Analytics Ltd", "Kessler & Vogt GmbH", "Northgate Capital Partners", "Veldhuis Logistics B.V.", "Pinecrest Biotech Inc.", "Aldridge Foods plc", "Solvane Labs", "Marrow & Finch LLP", "Tideline Software LLC", "Bergmann Automation AG", "Corvane Health Group"]
ORG_EN_KNOWN = ["Samsung", "Toyota", "Unilever", "Maersk", "Adobe", "Shopify", "Airbus"]
HOSP = ["浙大邵逸夫医院", "上海市第六人民医院", "四川省人民医院", "北京朝阳医院", "中山大学附属第三医院"]
COMPANY_DOMAINS = ["lanjing-tech.cn", "dingcheng-scm.com", "hongyuanlaw.cn", "qinghe-data.com", "brightwater-analytics.co.uk", "kesslervogt.de", "tideline.io", "veldhuis-logistics.nl", "pinecrestbio.com", "solvane.ai", "ruihe-pharma.com.cn"]
MAIL_FREE = ["qq.com", "163.com", "gmail.com", "outlook.com", "126.com", "foxmail.com", "yahoo.co.jp", "hotmail.co.uk", "proton.me", "sina.com"]

# real county-level codes, provinces 11-15, 21-23, 31-37, 41-46, 50-54, 61-65
COUNTIES = ["110105", "110108", "120101", "130102", "140105", "150102", "210102", "220102", "230103", "310104", "310115", "320102", "321102", "330106", "340104", "350203", "360102", "370202", "410105", "420106", "430104", "440106", "440305", "441302", "450103", "460106", "500103", "510107", "520102", "530102", "540102", "610113", "620102", "630102", "640104", "650102"]

# --------------------------------------------------------------------------------------------------
# generators of valid values
# --------------------------------------------------------------------------------------------------
W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def prc_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, W, strict=True)) % 11]


def rand_date(r: random.Random, y0: int = 1958, y1: int = 2004) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(r.randint(start, dt.date(y1, 12, 31).toordinal()))


def g_prc(r: random.Random, style: str = "") -> str:
    while True:
        body = r.choice(COUNTIES) + rand_date(r).strftime("%Y%m%d") + f"{r.randint(1, 999):03d}"
        c = prc_check(body)
        if style == "x" and c != "X":
            continue
        if style == "x" and r.random() < 0.4:
            c = "x"
        val = body + c
        if style == "fw":
            val = val.translate(FW)
        return val


def luhn_digit(body: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str(-s % 10)


def card_digits(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["up16", "up19", "visa", "mc", "mc2"])
    if kind == "up16":
        pre, n = r.choice(["622202", "621700", "622848", "623668", "625965"]), 16
    elif kind == "up19":
        pre, n = r.choice(["621226", "622588", "621483", "623062", "622908"]), 19
    elif kind == "visa":
        pre, n = "4" + str(r.randint(10000, 99999)), 16
    elif kind == "mc":
        pre, n = str(r.randint(51, 55)) + str(r.randint(1000, 9999)), 16
    else:
        pre, n = str(r.randint(2221, 2720)) + str(r.randint(10, 99)), 16
    body = pre + "".join(r.choice(string.digits) for _ in range(n - len(pre) - 1))
    return body + luhn_digit(body)


def layout(r: random.Random, digits: str, style: str | None = None) -> str:
    style = style or r.choice(["plain", "space", "dash", "fw", "space"])
    if style == "plain":
        return digits
    if style == "fw":
        return digits.translate(FW)
    sep = " " if style == "space" else "-"
    return sep.join(digits[i:i + 4] for i in range(0, len(digits), 4))


def g_card(r: random.Random, kind: str | None = None, style: str | None = None) -> str:
    return layout(r, card_digits(r, kind), style)


def iban_check(country: str, bban: str) -> str:
    s = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(s) % 97:02d}"


def elfproef_account(r: random.Random) -> str:
    while True:
        acct = "".join(r.choice(string.digits) for _ in range(10))
        if acct[0] != "0" and sum(int(d) * w for d, w in zip(acct, range(10, 0, -1), strict=False)) % 11 == 0:
            return acct


def iban_parts(r: random.Random, country: str | None = None) -> tuple[str, str]:
    country = country or r.choice(["DE", "GB", "NL", "AT", "CH", "IE"])
    def dg(n: int) -> str:
        return "".join(r.choice(string.digits) for _ in range(n))

    if country == "DE":
        bban = dg(8) + dg(10)
    elif country == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(6) + dg(8)
    elif country == "NL":
        bban = r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + elfproef_account(r)
    elif country == "AT":
        bban = dg(5) + dg(11)
    elif country == "CH":
        bban = dg(5) + dg(12)
    else:
        bban = r.choice(["AIBK", "BOFI", "IPBS"]) + dg(6) + dg(8)
    return country, bban


def g_iban(r: random.Random, country: str | None = None, style: str | None = None) -> str:
    c, bban = iban_parts(r, country)
    iban = c + iban_check(c, bban) + bban
    style = style or r.choice(["print", "print", "electronic"])
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if style == "print" else iban


def g_ssn(r: random.Random, style: str | None = None) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or r.choice(["dash", "dash", "space", "plain"])
    sep = {"dash": "-", "space": " ", "plain": ""}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def g_passport_cn(r: random.Random) -> str:
    return r.choice("EG") + f"{r.randint(10000000, 99999999)}"


def g_passport_foreign(r: random.Random) -> str:
    k = r.choice(["us", "uk", "de", "jp", "fr", "ca"])
    up = string.ascii_uppercase
    if k in ("us", "uk"):
        return f"{r.randint(100000000, 999999999)}"
    if k == "de":
        return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if k == "jp":
        return r.choice(["TK", "TR", "MZ", "TZ"]) + f"{r.randint(1000000, 9999999)}"
    if k == "fr":
        return f"{r.randint(10, 99)}" + r.choice(up) + r.choice(up) + f"{r.randint(10000, 99999)}"
    return r.choice(up) + r.choice(up) + f"{r.randint(100000, 999999)}"


MOBILE_PREFIXES = words("130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 166 171 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199")


def g_mobile(r: random.Random, style: str | None = None) -> str:
    while True:
        num = r.choice(MOBILE_PREFIXES) + f"{r.randint(0, 99999999):08d}"
        if num != "13800000000":
            break
    style = style or r.choice(["plain", "plain", "dash", "space", "+86", "(+86)", "+86nospace", "fw"])
    if style == "dash":
        return f"{num[:3]}-{num[3:7]}-{num[7:]}"
    if style == "space":
        return f"{num[:3]} {num[3:7]} {num[7:]}"
    if style == "+86":
        return f"+86 {num[:3]} {num[3:7]} {num[7:]}"
    if style == "(+86)":
        return f"(+86) {num}"
    if style == "+86nospace":
        return "+86" + num
    if style == "fw":
        return num.translate(FW)
    return num


def g_landline(r: random.Random) -> str:
    k = r.randint(0, 3)
    if k == 0:
        return f"010-{r.randint(5000, 8999)}{r.randint(1000, 9999)}"
    if k == 1:
        return f"(021){r.randint(5000, 6999)}{r.randint(1000, 9999)}"
    if k == 2:
        return f"0755 {r.randint(8000, 8999)} {r.randint(1000, 9999)}"
    return f"0{r.choice(['571', '28', '27', '25', '20'])}-{r.randint(8000, 8999)}{r.randint(1000, 9999)}"


def g_intl_phone(r: random.Random, k: str | None = None) -> str:
    k = k or r.choice(["uk", "us", "sg", "hk", "de", "jp", "in", "ae", "kr", "au", "ng", "br"])
    def d(n: int) -> str:
        return "".join(r.choice(string.digits) for _ in range(n))

    return {
        "uk": f"+44 7{r.randint(400, 999)} {d(6)}",
        "us": f"+1 ({r.randint(201, 989)}) {r.randint(201, 989)}-{d(4)}",
        "sg": f"+65 {r.choice('89')}{d(3)} {d(4)}",
        "hk": f"+852 {r.choice('569')}{d(3)} {d(4)}",
        "de": f"+49 30 {r.randint(2000, 9999)}{d(3)}",
        "jp": f"+81 3-{r.randint(3000, 6999)}-{d(4)}",
        "in": f"+91 {r.choice('6789')}{d(4)} {d(5)}",
        "ae": f"+971 5{r.choice('0256')} {d(3)} {d(4)}",
        "kr": f"+82 10-{r.randint(2000, 9999)}-{d(4)}",
        "au": f"+61 4{d(2)} {d(3)} {d(3)}",
        "ng": f"+234 80{r.choice('3567')} {d(3)} {d(4)}",
        "br": f"+55 11 9{d(4)}-{d(4)}",
    }[k]


LOCALS = ["chen.zy", "liusiqi", "jason.huang", "m.caldwell", "t.whitfield", "ananya.k", "kwame.asante", "sasaki-m", "minjun.kim", "o.alkhatib", "emre.yildiz", "l.hoffmann", "c.restrepo", "finance-ap", "hr.recruit", "zhengyt", "wanjiru.k", "b.santoso"]


def g_email(r: random.Random, kind: str = "any") -> str:
    local = r.choice(LOCALS)
    if kind == "free" or (kind == "any" and r.random() < 0.4):
        if r.random() < 0.5:
            local = f"{r.randint(10000000, 2999999999)}" if r.random() < 0.5 else local.replace(".", "") + str(r.randint(80, 2003))
        return f"{local}@{r.choice(MAIL_FREE)}"
    return f"{local}@{r.choice(COMPANY_DOMAINS)}"


def g_ipv4_private(r: random.Random) -> str:
    k = r.randint(0, 2)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    return f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"


def g_ipv4_public(r: random.Random) -> str:
    while True:
        ip = f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ipaddress.ip_address(ip).is_global:
            return ip


def g_ipv6(r: random.Random) -> str:
    def h() -> str:
        return f"{r.randint(0, 0xFFFF):x}"

    k = r.randint(0, 2)
    if k == 0:
        return f"240e:{r.randint(0x300, 0x3ff):x}:{h()}:{h()}::{h()}"
    if k == 1:
        return f"2408:8207:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"
    return f"fd{r.randint(0, 255):02x}:{h()}:{h()}::{r.randint(1, 0xff):x}"


def rs(r: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def b64u(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_jwt(r: random.Random) -> str:
    header = {"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}
    payload = {"sub": str(r.randint(100000, 999999)), "role": r.choice(["admin", "ops", "svc-billing", "reader"]), "iat": r.randint(1760000000, 1790000000)}
    if r.random() < 0.5:
        payload["tenant"] = r.choice(["cn-east", "eu-1", "apac"])
    return b64u(header) + "." + b64u(payload) + "." + rs(r, 43, string.ascii_letters + string.digits + "-_")


def g_pkey(r: random.Random) -> str:
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += [rs(r, 70, string.ascii_letters + string.digits + "+/") for _ in range(r.randint(3, 5))]
    lines.append(rs(r, r.randint(20, 40), string.ascii_letters + string.digits + "+/") + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


PW_WORDS = ["Tiger", "lanzhou", "Sunflower", "qingdao", "Maple", "dragon", "Harbor", "xiaomao", "Falcon", "Kiwi", "moonlight", "Panda", "Orion", "shenzhen"]


def g_pw(r: random.Random) -> str:
    k = r.randint(0, 3)
    if k == 0:
        return r.choice(PW_WORDS) + r.choice("@#!$_.") + str(r.randint(1970, 2026))
    if k == 1:
        return rs(r, r.randint(10, 16), string.ascii_letters + string.digits + "!#%^*")
    if k == 2:
        return r.choice(PW_WORDS).lower() + str(r.randint(100, 9999)) + r.choice(["!", "?", "#", ""]) + r.choice(string.ascii_uppercase)
    return rs(r, 4, string.ascii_lowercase) + r.choice("@#") + rs(r, 4, string.ascii_uppercase + string.digits) + r.choice("!*&")


SECRET_GEN = {
    "sk": lambda r: "sk-" + rs(r, 48),
    "skproj": lambda r: "sk-proj-" + rs(r, 64, string.ascii_letters + string.digits + "-_"),
    "sklive": lambda r: "sk_live_" + rs(r, 24),
    "akia": lambda r: "AKIA" + rs(r, 16, string.ascii_uppercase + "234567"),
    "awssecret": lambda r: rs(r, 40, string.ascii_letters + string.digits + "/+"),
    "ghp": lambda r: "ghp_" + rs(r, 36),
    "glpat": lambda r: "glpat-" + rs(r, 20, string.ascii_letters + string.digits + "-_"),
    "xoxb": lambda r: f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + rs(r, 24),
    "npm": lambda r: "npm_" + rs(r, 36),
    "aiza": lambda r: "AIza" + rs(r, 35, string.ascii_letters + string.digits + "-_"),
    "jwt": g_jwt,
    "pkey": g_pkey,
    "pw": g_pw,
    "hex": lambda r: rs(r, 32, "0123456789abcdef"),
    "authcode": lambda r: rs(r, 16, string.ascii_lowercase),
    "dburl": lambda r: "{0}://{1}:{3}@{2}".format(*r.choice([("postgresql", "etl", "db-prod-03.internal.lanjing-tech.cn:5432/orders"), ("mysql", "svc_report", "10.20.3.41:3306/crm"), ("postgresql", "app", "pg-main.tideline.io/analytics"), ("mongodb", "admin", "mongo01.qinghe-data.com:27017/audit"), ("redis", "default", "cache.prod.veldhuis-logistics.nl:6379/0")]), g_pw(r).replace("@", "_").replace("#", "_").replace("?", "_")),
    "pipurl": lambda r: "https://" + r.choice(["deploy", "ci-bot", "builder"]) + ":" + rs(r, 18) + "@" + r.choice(["pypi.tideline.io/simple", "nexus.lanjing-tech.cn/repository/pypi/simple", "artifacts.solvane.ai/api/pypi/simple"]),
}


# address builders ---------------------------------------------------------------------------------
CN_URBAN = [("上海市", "徐汇区", ["漕溪北路", "宜山路", "天钥桥路"]), ("北京市", "海淀区", ["中关村大街", "学院路", "知春路"]), ("广东省深圳市", "南山区", ["科技南十二路", "南海大道", "沙河西路"]), ("浙江省杭州市", "西湖区", ["文三路", "古墩路", "天目山路"]), ("四川省成都市", "武侯区", ["科华北路", "人民南路四段"]), ("湖北省武汉市", "洪山区", ["珞喻路", "雄楚大道"]), ("江苏省南京市", "鼓楼区", ["中山北路", "湖南路"]), ("天津市", "河西区", ["友谊路", "解放南路"]), ("山东省青岛市", "市南区", ["香港中路", "东海西路"]), ("陕西省西安市", "雁塔区", ["科技路", "小寨东路"])]
ESTATES = ["阳光花园", "翠湖苑", "金地格林小镇", "锦绣江南", "保利香槟国际", "碧水云天", "万科城市花园", "御景湾"]
RURAL = [("河南省周口市郸城县", "汲冢镇", "刘庄村"), ("湖南省邵阳市隆回县", "桃洪镇", "石门村"), ("甘肃省天水市秦安县", "兴国镇", "邢泉村"), ("江西省赣州市于都县", "贡江镇", "长征村"), ("安徽省阜阳市临泉县", "城关镇", "黄岭村"), ("广西壮族自治区玉林市博白县", "龙潭镇", "大塘村")]
CN_NUM = "一二三四五六七八九十"


def g_addr_cn(r: random.Random) -> str:
    prov, dist, roads = r.choice(CN_URBAN)
    base = f"{prov}{dist}{r.choice(roads)}{r.randint(2, 1888)}号"
    k = r.randint(0, 3)
    if k == 0:
        return base + f"{r.randint(1, 30)}号楼{r.randint(1, 6)}单元{r.randint(1, 32)}0{r.randint(1, 6)}室"
    if k == 1:
        return base + f"{r.choice(ESTATES)}{r.randint(1, 28)}栋{r.randint(1, 33)}0{r.randint(1, 8)}"
    if k == 2:
        return base + f"{r.choice(['星海', '汇金', '天祥', '东方'])}大厦{r.randint(3, 42)}层"
    return base


def g_addr_rural(r: random.Random) -> str:
    county, town, village = r.choice(RURAL)
    return f"{county}{town}{village}{r.choice(CN_NUM)}组{r.randint(1, 88)}号"


def g_addr_asia(r: random.Random) -> str:
    n, f = r.randint(3, 688), r.randint(2, 28)
    return r.choice([
        f"香港九龍旺角彌敦道{n}號{f}樓{r.choice('ABCDE')}室",
        f"Flat {r.choice('ABCDEFGH')}, {f}/F, {n} Hennessy Road, Wan Chai, Hong Kong",
        f"台北市大安區復興南路一段{n}號{f}樓",
        f"臺中市西屯區臺灣大道三段{n}號{f}樓之{r.randint(1, 9)}",
        f"Blk {n} Tampines Street 81, #{f:02d}-{r.randint(10, 450)}, Singapore 52{r.randint(1000, 9999)}",
        f"〒154-0024 東京都世田谷区三軒茶屋2丁目{r.randint(1, 30)}-{r.randint(1, 20)}",
        f"大阪府大阪市北区梅田1丁目{r.randint(1, 12)}番{r.randint(1, 30)}号",
        f"1-{r.randint(1, 20)}-{r.randint(1, 30)} Jingumae, Shibuya-ku, Tokyo 150-0001",
        f"서울특별시 마포구 월드컵북로 {n}, {f}층",
        f"{n} Teheran-ro, Gangnam-gu, Seoul 06{r.randint(100, 299)}",
    ])


def g_addr_asia_en(r: random.Random) -> str:
    while True:
        a = g_addr_asia(r)
        if a.isascii():
            return a


def g_addr_jp_en(r: random.Random) -> str:
    a, b = r.randint(1, 30), r.randint(1, 20)
    return r.choice([f"1-{a}-{b} Jingumae, Shibuya-ku, Tokyo 150-0001", f"{r.randint(2, 9)}F, 3-{a}-{b} Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023", f"2-{a}-{b} Kudan-Minami, Chiyoda-ku, Tokyo 102-0074"])


def g_addr_tw(r: random.Random) -> str:
    n, f = r.randint(3, 688), r.randint(2, 28)
    return r.choice([f"台北市大安區復興南路一段{n}號{f}樓", f"臺中市西屯區臺灣大道三段{n}號{f}樓之{r.randint(1, 9)}", f"高雄市前鎮區中山二路{n}號{f}樓"])


def g_addr_hk(r: random.Random) -> str:
    n, f = r.randint(3, 688), r.randint(2, 38)
    return r.choice([f"Flat {r.choice('ABCDEFGH')}, {f}/F, {n} Hennessy Road, Wan Chai, Hong Kong", f"Room {f}0{r.randint(1, 9)}, {f}/F, {r.randint(1, 99)} Des Voeux Road Central, Central, Hong Kong", f"Unit {r.randint(1, 20)}, {f}/F, Block {r.choice('ABC')}, {r.randint(1, 60)} Tai Yip Street, Kowloon Bay"])


def g_addr_kr(r: random.Random) -> str:
    n, f = r.randint(3, 688), r.randint(2, 28)
    return r.choice([f"서울특별시 마포구 월드컵북로 {n}, {f}층", f"경기도 성남시 분당구 판교역로 {n}, {r.randint(1, 9)}0{r.randint(1, 9)}호", f"부산광역시 해운대구 센텀중앙로 {n}"])


def g_addr_sg(r: random.Random) -> str:
    n, f = r.randint(3, 688), r.randint(2, 28)
    return r.choice([f"Blk {n} Tampines Street 81, #{f:02d}-{r.randint(10, 450)}, Singapore 52{r.randint(1000, 9999)}", f"{r.randint(1, 200)} Robinson Road, #{f:02d}-0{r.randint(1, 9)}, Singapore 068{r.randint(100, 999)}", f"{r.randint(1, 90)} Jurong West Street 41, #{f:02d}-{r.randint(100, 300)}, Singapore 64{r.randint(1000, 9999)}"])


def g_addr_west(r: random.Random) -> str:
    n, k = r.randint(2, 4890), r.randint(1, 60)
    up = string.ascii_uppercase
    return r.choice([
        f"{n} Maple Ridge Drive, Boise, ID 83{r.randint(700, 799)}",
        f"{n} W Addison St Apt {k}, Chicago, IL 606{r.randint(10, 57)}",
        f"{n} Bay Street, Suite {k}00, Oakland, CA 946{r.randint(10, 19)}",
        f"Flat {k}, {r.randint(2, 180)} Caversham Road, Reading RG1 8{r.choice(up)}{r.choice(up)}",
        f"{r.randint(2, 180)} Lansdowne Crescent, Leeds LS6 {r.randint(1, 4)}{r.choice(up)}{r.choice(up)}",
        f"Schillerstraße {r.randint(1, 120)}, 80336 München",
        f"Am Kanal {r.randint(1, 60)}, 14467 Potsdam",
        f"{r.randint(1, 140)} rue des Lilas, 69003 Lyon",
        f"Prinsengracht {r.randint(100, 990)}, 1016 HK Amsterdam",
        f"Unit {k}, {r.randint(2, 400)} Rathdowne Street, Carlton VIC 3053",
        f"Flat {k}0{r.randint(1, 4)}, {r.randint(100, 999)} 5th Cross, Indiranagar, Bengaluru 560038",
        f"Rua Augusta, {n}, apto {k}, São Paulo - SP, 01305-{r.randint(100, 999)}",
        f"{n} Rue Saint-Denis, Montréal, QC H2X 3K{r.randint(1, 9)}",
    ])


def g_addr_us(r: random.Random) -> str:
    while True:
        a = g_addr_west(r)
        if re.search(r", [A-Z]{2} \d{5}$", a):
            return a


def g_person(r: random.Random, kind: str) -> str:
    if kind == "title":
        return r.choice(SURNAMES) + r.choice(TITLES)
    if kind == "lao":
        return r.choice("老小") + r.choice(SURNAMES)
    return r.choice(P[kind])


def g_raise(r: random.Random) -> str:
    old = r.randint(28, 140)
    return f"{old}k → {old + r.randint(2, 14)}k"


def g_usd(r: random.Random) -> str:
    return f"${r.randint(12, 980)},{r.randint(0, 999):03d}"


GEN = {
    "prc": g_prc, "prc_x": lambda r: g_prc(r, "x"), "prc_fw": lambda r: g_prc(r, "fw"),
    "card": g_card, "up16": lambda r: g_card(r, "up16"), "up19": lambda r: g_card(r, "up19"), "visa": lambda r: g_card(r, "visa"),
    "mc": lambda r: g_card(r, r.choice(["mc", "mc2"])), "card_plain": lambda r: g_card(r, None, "plain"), "card_fw": lambda r: g_card(r, None, "fw"),
    "iban": g_iban, "iban_de": lambda r: g_iban(r, "DE"), "iban_gb": lambda r: g_iban(r, "GB"), "iban_nl": lambda r: g_iban(r, "NL"),
    "iban_at": lambda r: g_iban(r, "AT"), "iban_ch": lambda r: g_iban(r, "CH"), "iban_ie": lambda r: g_iban(r, "IE"), "iban_e": lambda r: g_iban(r, None, "electronic"),
    "ssn": g_ssn, "ssn_dash": lambda r: g_ssn(r, "dash"), "ssn_plain": lambda r: g_ssn(r, "plain"),
    "pp_cn": g_passport_cn, "pp": g_passport_foreign,
    "mob": g_mobile, "mob_plain": lambda r: g_mobile(r, "plain"), "land": g_landline, "intl": g_intl_phone, "intl_uk": lambda r: g_intl_phone(r, "uk"), "intl_us": lambda r: g_intl_phone(r, "us"), "intl_de": lambda r: g_intl_phone(r, "de"), "intl_apac": lambda r: g_intl_phone(r, r.choice(["sg", "hk", "jp", "kr", "au"])),
    "email": g_email, "email_free": lambda r: g_email(r, "free"), "email_corp": lambda r: g_email(r, "corp"),
    "ip": g_ipv4_private, "ippub": g_ipv4_public, "ip6": g_ipv6,
    "addr_cn": g_addr_cn, "addr_rural": g_addr_rural, "addr_asia": g_addr_asia, "addr_asia_en": g_addr_asia_en, "addr_hk": g_addr_hk, "addr_kr": g_addr_kr, "addr_sg": g_addr_sg, "addr_jp_en": g_addr_jp_en, "addr_tw": g_addr_tw, "addr_west": g_addr_west, "addr_us": g_addr_us,
    "org_cn": lambda r: r.choice(ORG_CN), "org_cnk": lambda r: r.choice(ORG_CN_KNOWN), "org_en": lambda r: r.choice(ORG_EN),
    "org_enk": lambda r: r.choice(ORG_EN_KNOWN), "hosp": lambda r: r.choice(HOSP),
    "usd": g_usd, "raise": g_raise, "wan": lambda r: f"{r.randint(12, 4800)}万", "yi": lambda r: f"{r.randint(1, 48)}.{r.randint(1, 99):02d}亿",
    "pct": lambda r: f"{r.randint(3, 38)}%", "k": lambda r: f"{r.randint(18, 95)}k", "n2": lambda r: str(r.randint(12, 96)),
    "n3": lambda r: str(r.randint(120, 960)), "mon": lambda r: r.choice(["3月", "4月", "6月", "9月", "11月"]),
    "month": lambda r: r.choice(["March", "April", "June", "September", "November"]),
}
def person_gen(kind: str):
    return lambda r: g_person(r, kind)


GEN.update({name: person_gen(name) for name in [*P, "title", "lao"]})
GEN.update(SECRET_GEN)


# --------------------------------------------------------------------------------------------------
# near misses: computed to FAIL their checks (the validators below confirm each one fails)
# --------------------------------------------------------------------------------------------------
def n_prc_badcheck(r: random.Random) -> str:
    good = g_prc(r)
    return good[:17] + r.choice([c for c in "0123456789X" if c != good[17]])


def n_prc_baddate(r: random.Random) -> str:
    y = r.randint(1960, 2003)
    md = r.choice(["0230", "0231", "0431", "0631", "1131", "1301", "0000", "1532", "0229" if y % 4 else "0931"])
    body = r.choice(COUNTIES) + f"{y}{md}" + f"{r.randint(1, 999):03d}"
    return body + prc_check(body)


def n_card_badluhn(r: random.Random) -> str:
    good = card_digits(r)
    bad = good[:-1] + str((int(good[-1]) + r.randint(1, 9)) % 10)
    return layout(r, bad, r.choice(["plain", "space", "dash"]))


def n_iban_bad(r: random.Random) -> str:
    c, bban = iban_parts(r)
    good = iban_check(c, bban)
    bad = f"{(int(good) + r.randint(1, 90)) % 97 + 2:02d}"
    if bad == good:
        bad = f"{(int(good) + 1) % 97 + 2:02d}"
    iban = c + bad + bban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def n_ssn_bad(r: random.Random) -> str:
    k = r.randint(0, 4)
    a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
    if a == 666:
        a = 665
    if k == 0:
        a = 0
    elif k == 1:
        a = 666
    elif k == 2:
        a = r.randint(900, 999)
    elif k == 3:
        g = 0
    else:
        s = 0
    return f"{a:03d}-{g:02d}-{s:04d}"


def n_uscc(r: random.Random) -> str:
    return "91" + r.choice(["310115", "440300", "330106", "110108"]) + "MA" + rs(r, 8, "0123456789ABCDEFGHJKLMNPQRTUWXY")


def n_order(r: random.Random) -> str:
    return str(r.randint(2, 9)) + "".join(r.choice(string.digits) for _ in range(r.randint(14, 19)))


def n_order23(r: random.Random) -> str:
    return "2025" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + "1" + r.choice("3589") + "".join(r.choice(string.digits) for _ in range(9)) + f"{r.randint(1000, 9999)}"


NEAR = {
    "prc_badcheck": n_prc_badcheck, "prc_baddate": n_prc_baddate, "card_bad": n_card_badluhn, "iban_bad": n_iban_bad,
    "ssn_bad": n_ssn_bad, "uscc": n_uscc, "order": n_order, "order23": n_order23,
    "sf": lambda r: "SF" + str(r.randint(10**11, 10**12 - 1)),
    "isbn": lambda r: f"978-7-{r.randint(100, 599)}-{r.randint(10000, 99999)}-{r.randint(0, 9)}",
    "meeting": lambda r: f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
    "inv": lambda r: f"{r.randint(2400, 2599)}{r.randint(10000000, 99999999)}",
    "po": lambda r: f"PO-{r.randint(2024, 2026)}-{r.randint(10000, 99999)}",
    "ts": lambda r: str(r.randint(1700000000000, 1799999999999)),
    "ver": lambda r: f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}",
    "wire": lambda r: f"FT{r.randint(10**13, 10**14 - 1)}",
    "sku": lambda r: f"SKU-{rs(r, 3, string.ascii_uppercase)}-{r.randint(1000, 9999)}",
    "docip": lambda r: r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}", f"2001:db8::{r.randint(1, 0xfff):x}"]),
}
GEN.update(NEAR)

# --------------------------------------------------------------------------------------------------
# validators: written independently of the generators above
# --------------------------------------------------------------------------------------------------
PROVINCES_OK = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65}


def v_prc(s: str, strict_area: bool = True) -> bool:
    s = s.translate(UNFW).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    if "10X98765432"[sum(int(s[i]) * weights[i] for i in range(17)) % 11] != s[17]:
        return False
    try:
        born = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if strict_area:
        return 1958 <= born.year <= 2004 and int(s[:2]) in PROVINCES_OK and s[:6] in COUNTIES
    return 1900 <= born.year <= 2026


def v_luhn(num: str) -> bool:
    ds = [int(c) for c in num]
    total = 0
    for i, x in enumerate(ds[::-1]):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def v_card(s: str) -> bool:
    n = re.sub(r"[ -]", "", s.translate(UNFW))
    if not n.isdigit() or not v_luhn(n):
        return False
    if n.startswith("62"):
        return len(n) in (16, 19)
    if n.startswith("4"):
        return len(n) == 16
    return len(n) == 16 and (51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720)


IBAN_LEN = {"DE": 22, "GB": 22, "NL": 18, "AT": 20, "CH": 21, "IE": 22}


def v_iban(s: str, any_country: bool = False) -> bool:
    t = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", t):
        return False
    if not any_country and IBAN_LEN.get(t[:2]) != len(t):
        return False
    if int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 != 1:
        return False
    if t[:2] == "NL":
        acct = t[8:]
        return sum(int(x) * (10 - i) for i, x in enumerate(acct)) % 11 == 0
    return True


def v_ssn(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, ser = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g != 0 and ser != 0


def v_passport(s: str) -> bool:
    return bool(re.fullmatch(r"[EG]\d{8}|\d{9}|C[CFGHJKLMNPRTVWXYZ0-9]{8}|[A-Z]{2}\d{7}|\d{2}[A-Z]{2}\d{5}|[A-Z]{2}\d{6}", s))


def v_phone(s: str) -> bool:
    t = s.translate(UNFW)
    pats = [r"(\+86 ?|\(\+86\) ?)?1[3-9]\d([ -]?)\d{4}\2\d{4}", r"\+86 1[3-9]\d \d{4} \d{4}", r"0\d{2,3}-\d{7,8}", r"\(0\d{2,3}\)\d{7,8}", r"0\d{3} \d{4} \d{4}",
            r"\+\d{1,3} [\d() -]{7,16}\d"]
    digits = re.sub(r"\D", "", t)
    cn_mobile = (re.fullmatch(r"1\d{10}", digits) and not t.startswith("+")) or t.startswith(("+86", "(+86)"))
    if cn_mobile and not re.fullmatch(r"1(3\d|4[57]|5[0-35-9]|66|7[135-8]|8\d|9[1358-9])\d{8}", digits[-11:]):
        return False
    return any(re.fullmatch(p, t) for p in pats) and digits[-11:] != "13800000000"


PLACEHOLDER_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test|localhost)$", re.IGNORECASE)


def v_email(s: str) -> bool:
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}", s)
    return bool(m) and not PLACEHOLDER_DOMAIN.search(s.split("@")[1])


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def v_ip(s: str) -> bool:
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_reserved or ip.is_unspecified or ip.is_multicast or ip.is_link_local or any(ip in n for n in DOC_NETS):
        return False
    if ip.version == 4:
        return ip.is_private or ip.is_global
    return ip.is_global or ip in ipaddress.ip_network("fc00::/7")


PLACEHOLDER_VALUES = re.compile(r"^(\$\{?[A-Z_]+\}?|<[^>]*>|\*+|x+|changeme|password|YOUR_[A-Z_]+|os\.environ.*|env\(.*|\{\{.*\}\}|\.\.\.|null|none|)$", re.IGNORECASE)


def jwt_ok(tok: str) -> bool:
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        for p in parts[:2]:
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
    except ValueError:
        return False
    return len(parts[2]) >= 20


def v_secret(s: str) -> bool:
    if s.startswith("eyJ"):
        return jwt_ok(s)
    if s.startswith("-----BEGIN OPENSSH PRIVATE KEY-----"):
        return s.endswith("-----END OPENSSH PRIVATE KEY-----") and s.count("\n") >= 3
    if re.fullmatch(r"[a-z+]+://[^:/\s]+:[^@\s]+@[^\s]+", s):
        pw = s.split("://", 1)[1].split("@")[0].split(":", 1)[1]
        return not PLACEHOLDER_VALUES.match(pw) and "localhost" not in s
    for pre, n in (("sk-proj-", 40), ("sk-", 32), ("sk_live_", 20), ("AKIA", 16), ("ghp_", 36), ("glpat-", 20), ("xoxb-", 30), ("npm_", 36), ("AIza", 35)):
        if s.startswith(pre):
            return len(s) - len(pre) >= n and "EXAMPLE" not in s
    return 6 <= len(s) <= 64 and " " not in s and not PLACEHOLDER_VALUES.match(s) and "EXAMPLE" not in s


def v_name(s: str) -> bool:
    return bool(s) and s == s.strip() and not any(ch.isdigit() for ch in s)


def v_address(s: str) -> bool:
    return s == s.strip() and any(ch.isdigit() for ch in s.translate(UNFW)) and len(s) >= 12


VALIDATE = {"PRC_ID": v_prc, "BANK_CARD": v_card, "IBAN": v_iban, "US_SSN": v_ssn, "PASSPORT": v_passport, "PHONE": v_phone,
            "EMAIL": v_email, "IP_ADDRESS": v_ip, "SECRET": v_secret, "PERSON": v_name, "ORG": v_name, "ADDRESS": v_address}

# look-alike scan over the unlabelled rest of a text ----------------------------------------------
KEY_PREFIX = re.compile(r"(?<![A-Za-z0-9])(sk-proj-|sk-|sk_live_|AKIA|ghp_|glpat-|xoxb-|npm_|AIza|eyJ)[A-Za-z0-9_\-.]{8,}")
PW_ASSIGN = re.compile(r"(?i)(pass(?:word|wd)?|pwd|secret(?:_key)?|api[_-]?key|token|requirepass)[\"']?[ \t]*[:=][ \t]*[\"']?([^\s\"',;}]+)")
ZH_PW = re.compile(r"(密码|口令|授权码)(是|为|：|:)\s*([A-Za-z0-9!@#$%^&*_.\-]{4,})")
URL_PW = re.compile(r"[a-z+]+://([^\s:/@]+):([^\s@/]+)@([^\s/:]+)")


def lookalikes(text: str, spans: list[tuple[int, int]]) -> list[str]:
    chars = list(text.translate(UNFW))
    for a, b in spans:
        for i in range(a, b):
            chars[i] = "\u2588" if chars[i] != "\n" else "\n"
    t = "".join(chars)
    bad = []
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t):
        if v_prc(m.group(), strict_area=False):
            bad.append("prc:" + m.group())
    for m in re.finditer(r"(?<![\d])(\d{13,19}|\d{4}([ -])\d{4}\2\d{4}\2\d{4}(?:\2\d{3})?)(?![\d])", t):
        n = re.sub(r"[ -]", "", m.group())
        if v_luhn(n) and n[0] in "2456":
            bad.append("luhn:" + m.group())
    for m in re.finditer(r"(?<![\d])(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![\d])", t):
        if re.sub(r"\D", "", m.group())[-11:] != "13800000000":
            bad.append("mobile:" + m.group())
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", t):
        if v_ssn(m.group()):
            bad.append("ssn:" + m.group())
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}", t):
        if v_email(m.group()):
            bad.append("email:" + m.group())
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d./])", t):
        if v_ip(m.group()):
            bad.append("ip:" + m.group())
    for m in re.finditer(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", t):
        if ("::" in m.group() or m.group().count(":") == 7) and v_ip(m.group()):
            bad.append("ip6:" + m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?", t):
        if v_iban(m.group(), any_country=True):
            bad.append("iban:" + m.group())
    for m in KEY_PREFIX.finditer(t):
        if "EXAMPLE" not in m.group() and "xxxx" not in m.group().lower() and m.group() != JWT_IO_SAMPLE[: len(m.group())]:
            bad.append("key:" + m.group())
    for m in PW_ASSIGN.finditer(t):
        if not PLACEHOLDER_VALUES.match(m.group(2)) and not m.group(2).startswith(("\u2588", "(", "os.", "process.env", "getenv", "$", "<", "{{", "env(")):
            bad.append("pw:" + m.group())
    for m in ZH_PW.finditer(t):
        bad.append("zhpw:" + m.group())
    for m in URL_PW.finditer(t):
        if not PLACEHOLDER_VALUES.match(m.group(2)) and m.group(3) != "localhost" and not m.group(2).startswith("$"):
            bad.append("urlpw:" + m.group())
    if "PRIVATE KEY-----" in t and "BEGIN" in t:
        bad.append("pkey")
    for m in re.finditer(r"(?<![A-Za-z0-9])[EG]\d{8}(?![0-9])", t):
        bad.append("passport:" + m.group())
    return bad


JWT_IO_SAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
NEGATIVE_CHECKS = {"prc_badcheck": v_prc, "prc_baddate": v_prc, "card_bad": v_card, "iban_bad": lambda s: v_iban(s, True), "ssn_bad": v_ssn, "docip": v_ip}

# --------------------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------------------
SLOT = re.compile(r"\[\[([A-Za-z_]+)([:=])(.*?)\]\]", re.DOTALL)


def render(tmpl: str, r: random.Random) -> tuple[str, list[dict]]:
    out, ents, pos, cur, memo = [], [], 0, 0, {}
    for m in SLOT.finditer(tmpl):
        lit = tmpl[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        typ, op, arg = m.groups()
        if op == "=":
            val = arg
        elif "|" in arg:
            val = r.choice(arg.split("|"))
        else:
            key = arg
            arg = arg.split("#")[0]
            if "#" in key and key in memo:
                val = memo[key]
            else:
                val = GEN[arg](r)
                memo[key] = val
            if arg in NEGATIVE_CHECKS and NEGATIVE_CHECKS[arg](val):
                raise AssertionError(f"near miss passes its check: {val}")
        if typ != "x":
            if typ not in ALL_TYPES:
                raise AssertionError(f"unknown type {typ}")
            ents.append({"type": typ, "start": cur, "end": cur + len(val)})
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(tmpl[pos:])
    return "".join(out), ents


def has_generated(tmpl: str) -> bool:
    return any(op == ":" for _, op, _ in SLOT.findall(tmpl))


def parse_block(block: str) -> list[tuple[str, bool, int, str]]:
    frames = []
    for chunk in block.strip("\n").split("\n~~\n"):
        head, body = chunk.split("| ", 1)
        lang = {"zh": "zh", "en": "en", "mx": "mixed"}[head[:2]]
        frames.append((lang, "!" in head, 1 if "1" in head else 2, body))
    return frames


# --------------------------------------------------------------------------------------------------
# hand-written frames. Header: zh / en / mx (mixed), "!" = confidential content, "1" = render once.
# Slots: [[TYPE:gen]] labelled value, [[x:gen]] unlabelled value, [[TYPE=literal]], [[x:a|b|c]] choice,
# gen#k reuses one value inside a frame.
# --------------------------------------------------------------------------------------------------
GENERAL = r"""
zh| 帮我把这段话翻成英文，语气正式一点：“感谢您在[[x:百忙之中|周末]]抽空参加我们的产品发布会，期待后续合作。”
~~
en| can u rewrite this so it sounds less passive-aggressive? "As per my last email, the deck is still missing slide [[x:n2]]."
~~
zh1| python里 list 和 tuple 到底啥区别，面试老被问，给我讲人话版本
~~
en1| What's a good way to structure a 30-min onboarding session for new hires on our design system? bullet points pls
~~
mx| 写个 SQL：统计 orders 表里每个月的 GMV，按 month desc 排序，只要最近 [[x:6|12|18]] 个月
~~
zh1| 周报模板能不能帮我优化下，现在分成“本周完成/下周计划/风险”，老板说太流水账了
~~
en| Explain the difference between a p-value and a confidence interval like I'm a [[x:PM|marketer|new analyst]].
~~
zh1| 帮我想 5 个团建活动的点子，人数三十左右，预算别太高，最好室内
~~
en1| regex to match a semver string like 1.4.0-rc.2 but not 01.4.0, js flavour
~~
mx1| 把下面这段 bash 改成能在 macOS 上跑的：sed -i 's/foo/bar/g' *.yaml ，我的 mac 上一直报 invalid command code
~~
zh1| 年会主持词开场白来一段，轻松点，别太土，公司做跨境电商的
~~
en1| Summarise the main arguments for and against a four-day work week in about 150 words.
~~
zh1| Excel 里 VLOOKUP 老是返回 #N/A，两列看着一模一样，可能是什么原因
~~
en1| how do i squash the last 3 commits into one without messing up the remote branch
~~
mx1| 帮我 review 一下这段 Go：for i := range items { go process(items[i]) } ，为什么有时候少处理几条？
~~
zh| 用[[x:小红书|公众号|知乎]]的风格写一段关于“下班后学习”的文案，200 字以内
~~
en1| Draft a polite decline to a vendor webinar invite, two sentences max.
~~
zh1| 给我解释下什么是 RAG，跟微调比优缺点各是啥
~~
mx1| 帮我把这个 React 组件改成 hooks 写法，class 里只有一个 componentDidMount 拉数据
~~
mx1| Kafka consumer lag 一直涨，partition 数 12，consumer 只有 3 个，要不要扩容？
~~
mx1| 这段英文邮件帮我润色：We would like to kindly remind you that the deadline is approaching.
~~
mx| 用 pandas 读 [[x:csv|parquet|xlsx]] 文件，中文列名乱码怎么办
~~
mx1| Docker 镜像太大了 1.2G，multi-stage build 怎么写
~~
en1| Convert this cron expression to plain English: */15 9-18 * * 1-5
~~
zh1| 帮我列一个新人入职第一周的学习清单，岗位是测试工程师
~~
en1| Any tips for running a retro when half the team is remote and two people never talk?
"""

CREDENTIALS = r"""
mx| 这个 key 为啥一直 401 啊 帮我看看 openai.api_key = "[[SECRET:sk]]" 是不是过期了
~~
en1| prod deploy failing, here's the .env we use:
APP_ENV=production
DB_HOST=[[IP_ADDRESS:ip]]
DB_USER=orders_rw
DB_PASSWORD=[[SECRET:pw]]
REDIS_URL=redis://cache:6379/0
~~
zh| 新来的实习生，VPN 初始密码：[[SECRET:pw]]，首次登录会强制改，账号就是工号
~~
en1| CI log excerpt, why does the push step hang?
[2025-10-14 09:12:03] Step 4/7: docker login registry.tideline.io -u ci-bot -p [[SECRET:pw]]
[2025-10-14 09:12:04] WARNING! Using --password via the CLI is insecure.
[2025-10-14 09:14:33] error: timeout
~~
mx1| 我把 GitHub token 贴这了你帮我写个 curl 拉私有仓库的 release：[[SECRET:ghp]]
~~
en1| config.yaml for the reporting job:
database:
  host: pg-main.tideline.io
  user: report_ro
  password: [[SECRET:pw]]
schedule: "0 6 * * 1"
~~
mx| boto3 一直 AccessDenied，凭证如下
aws_access_key_id = [[SECRET:akia]]
aws_secret_access_key = [[SECRET:awssecret]]
region 是 cn-northwest-1
~~
en1| Can you decode this and tell me why the API rejects it? Authorization: Bearer [[SECRET:jwt]]
~~
zh| 老板让我把服务器的登录方式改成密钥，这是我生成的私钥你看看格式对不对
[[SECRET:pkey]]
~~
mx1| gitlab runner 注册用的 token 是 [[SECRET:glpat]] ，pipeline 里 clone 还是 403，帮我排查
~~
en1| slack bot stopped posting to #alerts. token in the helm values is [[SECRET:xoxb]] , scopes chat:write + channels:read
~~
mx1| .npmrc 里写的 //registry.npmjs.org/:_authToken=[[SECRET:npm]] 但 npm publish 还是 E401
~~
en| maps widget shows "for development purposes only", our key is [[SECRET:aiza]] — is billing off?
~~
mx1| Django settings 里 SECRET_KEY = '[[SECRET:hex]]'，上线前要不要换？怎么换不影响已登录用户
~~
zh| 邮箱客户端配置 SMTP 要授权码，我的是 [[SECRET:authcode]]，端口填 465 还是 587？
~~
en1| psql keeps asking for a password even though I export it:
$ export PGPASSWORD='[[SECRET:pw]]'
$ psql -h [[IP_ADDRESS:ip]] -U etl warehouse
~~
mx1| 连不上库，连接串 [[SECRET:dburl]] ，报 connection refused，是防火墙吗
~~
en1| pip.conf on the build box:
[global]
index-url = [[SECRET:pipurl]]
trusted-host = pypi.tideline.io
why does pip still hit the public index?
~~
zh| 群里有人问wifi，访客网络 GuestNet，密码是[[SECRET:pw]]，别外传哈
~~
en1| stripe test mode works but live fails with "invalid api key": sk_live key = [[SECRET:sklive]]
~~
mx| redis 配置 requirepass 设成 --requirepass [[SECRET:pw]] 之后 sentinel 就连不上了，为啥
~~
en1| I rotated the key but the old one still works?? old: [[SECRET:skproj]]
~~
zh1| 财务系统的管理员口令：[[SECRET:pw]]，我下周休假，你先帮我盯一下月结
~~
en1| Postman collection header says
{"X-API-Key": "[[SECRET:hex]]", "Content-Type": "application/json"}
and the gateway returns 429 right away. rate limit per key?
~~
mx| 1Password 导出来的 json 一段：{"title": "prod-bastion", "master_password": "[[SECRET:pw]]"}，能帮我转成 csv 吗
~~
en1| mysql -u root -p[[SECRET:pw]] -h [[IP_ADDRESS:ip]] < dump.sql  → ERROR 1045, but the same pass works in DBeaver?
~~
zh1| 密码强度策略一般要求多少位？我们打算规定至少 12 位含大小写和符号
~~
en1| What's the safest way to share an API key with a contractor for two weeks? We use Vault already.
~~
mx1| GitHub Actions 里怎么引用 secrets？我写的是 ${{ secrets.DEPLOY_KEY }} 但 fork 的 PR 拿不到
"""

HR = r"""
zh| [[PERSON:zhm]]的试用期评估结果是“不通过”，下周一我得跟他谈，帮我拟一下谈话提纲，语气别太冲
~~
en| Comp adjustments for the Q1 cycle — [[PERSON:given]] [[x:raise]], [[PERSON:given]] [[x:raise]]. Can you format this into a table for the VP?
~~
zh1| 帮我写封邮件给[[PERSON:title]]，说明[[PERSON:zhr]]这次绩效给 C 的原因：两个项目延期、客户投诉一次
~~
en| Need to write a PIP for [[PERSON:en]] — missed three sprint commitments and skipped two 1:1s. Start with a neutral summary.
~~
zh!| 我们组打算劝退一个老员工，入职八年了，怎么谈赔偿比较不容易闹起来？N+1 还是 2N 合适？
~~
en!| The offer for the staff engineer candidate came back: she wants [[x:usd]] base plus 0.15% equity, we budgeted way less. How do I counter?
~~
mx1| 帮我把这个 offer letter 翻成英文：尊敬的[[PERSON:zhcm]]先生，您的月薪为人民币[[x:n2]],000元，试用期三个月……
~~
en| [[PERSON:inf]] asked for a transfer to the Singapore team after the reorg; her manager is against it. Draft a reply that keeps her.
~~
zh| 小组年终评级初稿：[[PERSON:lao]] A，[[PERSON:zhgiven]] B+，[[PERSON:lao]] B，新来的那个 C，帮我看看分布合不合理
~~
en!| We're letting go of two people on the support team at the end of the month; nobody knows yet. Help me plan the sequence of conversations.
~~
mx1| exit interview 记录整理下：[[PERSON:py]] 说离职主要因为 manager 长期 PUA，还提到加班没有调休
~~
zh| 下个月[[PERSON:zhtf]]产假回来，岗位已经被调整了，她还不知道，我该怎么开口
~~
en| Reference check notes for [[PERSON:af]]: former boss said "reliable but struggles under pressure". Summarise for the hiring committee.
~~
zh!| 这次晋升名单里没有他，他问我原因，其实是总监觉得他跟客户吵过架，这话我能直接说吗
~~
en1| Bonus pool split for the Lisbon office: [[PERSON:eu]] 18%, [[PERSON:la]] 12%, the rest evenly. Double-check that adds up with four people.
~~
zh1| 员工连续请病假超过医疗期，公司可以单方解除劳动合同吗？需要提前多久通知
~~
zh| 这几个人今年调整：[[PERSON:zh]] 18k→21k，[[PERSON:zhgiven]] 15k→16.5k，[[PERSON:lao]]不动，帮我算下涨幅百分比
~~
en| [[PERSON:la]] failed the background check (a DUI from 2019). Do we rescind the offer? draft the email
~~
en1| can u help me word a msg to [[PERSON:givenf]] that her contract wont be renewed after march, she's been great but budget got cut
~~
zh!| 有个新人入职三周就被发现简历造假，学历是假的，怎么处理比较稳妥
~~
en1| What is a fair way to calibrate performance ratings across teams? general process pls
~~
en1| How do most companies structure a sales commission plan with accelerators above 100% of quota?
~~
zh1| 如果一个人月薪按 15000 算，每月加班 20 小时，工作日加班费怎么算？用公式写给我
~~
en1| Write a generic job description for a mid-level data engineer, remote-friendly, no company name.
~~
zh1| 年假没休完离职的话，公司要折算工资吗？按什么标准
~~
zh1| 帮我写个 Excel 公式：根据入职日期算工龄，满一年加 1 天年假，上限 15 天
"""

MEDICAL = r"""
zh| [[PERSON:zhf]]上周体检甲状腺结节 4a 类，医生建议穿刺，她让我帮忙查查这个等级严不严重
~~
en!| Pathology report came in this morning — grade 2 [[x:ductal carcinoma|melanoma]]. Can you explain what the staging means before my oncology appointment?
~~
zh!1| 我妈刚查出来糖化血红蛋白 [[x:8.9|9.4|7.8]]，空腹血糖 11 点多，医生说要打胰岛素，她很抗拒，怎么劝
~~
en| [[PERSON:f]] from accounts has been off for three weeks; HR told me confidentially it's a bipolar relapse. How should I handle her workload without saying anything?
~~
zh!| 组里一位同事体检查出乙肝大三阳，消息不知道怎么传开了，大家担心会不会传染，我作为 leader 该怎么处理
~~
zh| 帮我把这份病历翻成英文：患者[[PERSON:zhcm]]，男，47岁，诊断：2型糖尿病伴周围神经病变，予二甲双胍 0.5g tid
~~
en1| Sick note for [[PERSON:f]]: she's at a local clinic with acute pancreatitis, expected 10 days off. Draft the absence notice to the team.
~~
zh| [[PERSON:title]]说他孩子确诊了自闭症谱系，想申请弹性工作，我写个审批意见
~~
en!| my dad's PSA came back at [[x:14.2|9.8|22.5]] and the urologist wants an MRI. how worried should we be?
~~
zh!| 说实话我最近抑郁量表测出来中重度，已经开始吃舍曲林两周了，工作上要不要跟领导说
~~
mx1| [[PERSON:krrm]] 的 MRI report: "L4-L5 disc herniation with nerve root compression"，帮我用中文解释给他家人听
~~
zh| 陪护排班：[[PERSON:zh]]（化疗第三周期）周二周四需要有人送，[[PERSON:zhr]]下周三做心脏支架复查
~~
en!| Our night-shift lead had a seizure at work yesterday, first one ever. Neurology says probably epilepsy. What adjustments are we legally expected to make?
~~
zh| 同事[[PERSON:zhc]]做了甲状腺切除术，术后要一直吃优甲乐，问我出差需要注意什么
~~
en!| I'm 14 weeks pregnant and haven't told my manager yet; how do I ask for lighter travel without saying why?
~~
mx!| 我老公的 MRI 结果出来了，报告写的 "suspicious for glioma"，这是什么意思，下一步通常做什么
~~
zh1| 阿莫西林饭前吃还是饭后吃？胃不好的人要注意什么
~~
en1| What's the typical recovery time after an ACL reconstruction for someone who plays amateur football?
~~
zh1| 甲流和普通感冒怎么区分？家里有老人需要注意什么
~~
en1| Is it safe to take melatonin every night for jet lag, or does it lose effect?
~~
zh1| 解释下 HbA1c 是什么指标，正常范围多少，写成科普小卡片的形式
~~
en1| Summarise the current guidance on statins for primary prevention in people over 75.
~~
zh1| 公司想组织一次心肺复苏培训，帮我列个课程大纲
"""

FINANCE = r"""
zh!| 这季度毛利率其实只有 [[x:pct]]，比董事会看到的预测低了快五个点，周报里怎么措辞比较稳
~~
en!| Heads up: our Q[[x:2|3|4]] revenue landed at [[x:usd]]k short of the guidance we gave analysts, earnings call is Thursday. Help me draft the CFO's opening.
~~
zh| 帮我核对一下打款：收款方[[ORG:org_cn]]，开户行[[ORG:招商银行|浦发银行|交通银行]]，卡号 [[BANK_CARD:up19]]，金额 [[x:wan]]
~~
en!| Board pack draft: FY26 budget cuts marketing by [[x:pct]] and freezes hiring in EMEA. Turn these bullets into a one-page memo.
~~
zh!| 下半年融资估值谈到 [[x:n2]] 亿美元，领投方要一个董事席位，还没签 TS，帮我列下要注意的条款
~~
mx| 请把这个 wire 指令整理成表格：Beneficiary [[ORG:org_en]], IBAN [[IBAN:iban]], amount EUR [[x:n3]],000, reference [[x:wire]]
~~
en| Reimbursement for [[PERSON:en]]: hotel + flights, card used [[BANK_CARD:visa]], please split into travel vs meals.
~~
zh!| 我们准备在明年三月前关掉两个区域仓，这个事财务先做测算，帮我搭个节省成本的模型框架
~~
en!| The acquisition target's asking price dropped to 4.1x ARR after their churn spike. We haven't told the board. Model the accretion quickly?
~~
zh| [[ORG:org_cnk]]去年年报里的经营现金流是多少？跟净利润差距大吗，帮我分析下原因
~~
en| Compare [[ORG:org_enk]]'s last two published annual reports: gross margin trend and capex, in a short table.
~~
zh1| 什么是 EBITDA，为什么有人说它会美化利润
~~
en1| How do I build a simple three-statement model in Excel from scratch? Just the structure.
~~
zh1| 假如一家公司营收增长 30% 但应收账款增长 80%，一般说明什么问题
~~
en1| Explain IRR vs NPV with a toy example of a $1M investment.
~~
zh| 发票抬头开[[ORG:org_cn]]，税号 [[x:uscc]]，金额[[x:wan]]元，这张能不能作为研发费用加计扣除
~~
mx| 对账发现 PO 号 [[x:po]] 的货款付了两次，供应商是 [[ORG:org_en]]，怎么写邮件要回来
"""

LEGAL = r"""
zh!| [[ORG:org_cn]]那边拖欠我们货款[[x:wan]]，法务说下周发律师函，帮我起草一版措辞强硬点的
~~
en!| Draft a settlement offer to [[ORG:org_en]]: we'd pay [[x:usd]] to drop the patent claim, no admission of liability, mutual non-disparagement.
~~
zh| 离职员工[[PERSON:zhm]]带走了客户名单，现在在竞争对手那儿，我们能不能起诉他违反竞业协议
~~
en| The tenant at [[ADDRESS:addr_west]] hasn't paid for four months. Write the notice to quit.
~~
zh!| 我们跟[[ORG:org_cnk]]的框架协议里最低采购量是每年 [[x:n3]] 万片，今年肯定完不成，有什么办法重新谈
~~
en!| Off the record: [[ORG:org_en]] is about to get a cease-and-desist from us over the logo. Can you review the tone of this draft?
~~
mx!| 帮我看看这份 NDA 的 non-solicitation 条款，对方 [[ORG:org_en]] 要求 3 年，我们只想接受 12 个月
~~
zh| 劳动仲裁开庭通知：申请人[[PERSON:zhr]]，被申请人[[ORG:org_cn]]，请帮我梳理答辩要点
~~
en| Witness statement from [[PERSON:ar]] says the forklift incident happened before the shift briefing. Tidy up the grammar without changing facts.
~~
en!| We're planning to sue our former distributor for about $2.3M in unpaid invoices; filing next month. Draft the timeline.
~~
zh| 我在[[ADDRESS:addr_cn]]的房子被开发商延期交付两年了，能要求赔偿多少
~~
zh1| 劳动合同到期不续签，公司需要支付经济补偿吗？
~~
en1| What's the difference between a warranty and an indemnity in a SaaS contract?
~~
zh1| 民法典里关于格式条款的规定有哪些？给我几个常见的无效情形
~~
en1| Can a company enforce a non-compete in California? Short answer with the statute.
~~
mx1| GDPR 里的 legitimate interest 和 consent 有啥区别，什么时候该用哪个
~~
zh!| 供应商说如果我们起诉，他们就把我们去年那批产品不合格的事情捅给媒体，这算不算敲诈，怎么应对
~~
en1| Give me a checklist for reviewing an office lease before signing.
"""

NAMES_ALONE = r"""
zh| 明天下午的会帮我通知一下[[PERSON:zh]]和[[PERSON:zhc]]，地点改到三楼
~~
en1| remind me to call [[PERSON:en]] back about the venue
~~
zh| [[PERSON:lao]]今天又没来，打电话也不接，是不是出啥事了
~~
mx1| 请帮我写个生日祝福给 [[PERSON:jprf]]，她是日本同事，要中英双语
~~
zh1| 這份簡報是[[PERSON:zht]]做的，幫我看看第五頁的圖表有沒有問題
~~
en1| thank-you note for [[PERSON:af]] who covered my shifts while I was away, keep it warm but short
~~
zh| 帮我写个欢迎新同事的群公告，新人叫[[PERSON:zhr]]，之前在做跨境支付
~~
mx1| 这周 on-call 是 [[PERSON:given]]，下周轮到 [[PERSON:given]]，帮我更新到排班表模板里
~~
en| Please proofread this intro: "Hi all, meet [[PERSON:sl]], our new QA lead joining from Kraków."
~~
zh1| [[PERSON:jpk]]さん下个月来上海出差，帮我安排个接待行程
~~
zh1| [[PERSON:kr]] 님한테 회의 자료 보내야 하는데，帮我写个韩文的简短邮件正文
~~
en1| [[PERSON:tr]] and [[PERSON:fa]] are both up for the mentor programme; write a short nomination blurb for each
~~
zh| 周五给[[PERSON:title]]送行，大家凑份子，我来写贺卡，帮我想几句
~~
en1| who should I cc — [[PERSON:la]] or [[PERSON:in]]? the thread's about the vendor onboarding
~~
mx| 我 typo 了，名字应该拼成 [[PERSON:py]]，帮我改下 email 抬头
~~
en1| ask [[PERSON:sea]] if the translation for the Jakarta deck is done
~~
zh1| 群里[[PERSON:zhgivenf]]说她那边搞定了，你再跟[[PERSON:lao]]确认下数据口径
~~
zh1| 值班表
周一 [[PERSON:zh]]
周二 [[PERSON:zhr]]
周三 [[PERSON:lao]]
周四 空
帮我把周四排上[[PERSON:zhgiven]]，然后生成一个表格
~~
en| slack thread:
[[PERSON:given]]: did anyone book the room for thursday?
[[PERSON:given]]: nope, on it
summarise who owns what
~~
mx1| 帮我给 [[PERSON:inf]] 写个 LinkedIn 推荐语，她带了我两年，做 supply chain analytics
~~
zh| 幫我寫一張感謝卡給[[PERSON:zhtf]]，謝謝她上個月幫忙搬家
~~
mx1| meeting notes 里把 "[[PERSON:py]]" 全部改成中文名 [[PERSON:zh]]，注意 case sensitive
~~
en1| cc [[PERSON:tr]] on the reply, and take [[PERSON:slm]] off — he moved teams
~~
zh1| 下周跟[[PERSON:krf]]（韩国分公司）开会，她中文不太好，帮我准备几句简单韩语寒暄
~~
en| can u check if [[PERSON:fam]] got the parcel? he was asking in the group chat yesterday
~~
zh1| [[PERSON:jpk]]部長から来たメール，帮我翻成中文，大意是下季度合作推迟
~~
en1| pls hlp me wirte a thnk you msg to [[PERSON:en]] for coverin my oncall last wknd, casual
~~
zh1| 帮我把下面的表格按部门排序：
姓名,部门,入职
[[PERSON:zh]],财务,2021-03
[[PERSON:zhc]],法务,2019-11
[[PERSON:zhr]],研发,2023-07
~~
mx1| 刚才 call 里 [[PERSON:py]] 提的那个 idea 挺好，帮我写个 follow-up 邮件感谢一下
~~
en1| Dear [[PERSON:af]],

Thank you for hosting us in Accra last week. We look forward to next steps.

^ polish this, make it sound less stiff
~~
zh1| @[[PERSON:lao]] 你上次说的那个供应商联系方式发我一下，顺便问下[[PERSON:title]]合同盖章了没
~~
zh1| 帮我检查一下这句日语的敬语对不对：“[[PERSON:jpk]]さん、来週の打ち合わせは延期になりました”
~~
en| [[PERSON:euf]] mentioned she might leave after the summer, should I start a backup plan for her projects?
"""

ADDRESS = r"""
zh| 快递帮我改下地址：[[ADDRESS:addr_cn]]，收件人[[PERSON:zh]]
~~
zh| 老家地址是[[ADDRESS:addr_rural]]，帮我写个给村委会开证明的申请
~~
en1| Ship the replacement monitor to [[ADDRESS:addr_west]], attention [[PERSON:en]].
~~
zh| 帮我把这个地址翻成英文格式方便填海外表单：[[ADDRESS:addr_cn]]
~~
zh| 新办公室在[[ADDRESS:addr_cn]]，下周一搬，帮我写个通知
~~
en1| Where should the movers park? The new flat is [[ADDRESS:addr_west]] and there's a bike lane out front.
~~
mx| 台湾客户的寄件地址 [[ADDRESS:addr_tw]]，DHL 表格上 state 那栏要填啥
~~
en| Our Tokyo partner's office is at [[ADDRESS:addr_jp_en]] — how long from Haneda by train?
~~
zh1| 我租的房子在[[ADDRESS:addr_cn]]，房东要提前收回，押金不退，我该怎么办
~~
en| Court papers need my home address: [[ADDRESS:addr_west]]. Check the format is right for a UK form?
~~
mx| 帮我生成一个 shipping label 的 JSON：{"name": "[[PERSON:latin]]", "address": "[[ADDRESS:addr_asia]]"}
~~
zh1| 我外婆住[[ADDRESS:addr_rural]]，她想办个银行卡，行动不便，银行能上门吗
~~
zh| 帮我写个搬家通知：从[[ADDRESS:addr_cn]]搬到[[ADDRESS:addr_cn]]，新地址下周一生效
~~
en| Hong Kong office moved to [[ADDRESS:addr_hk]]; update the footer of the quote template.
~~
zh1| 韩国供应商的收货地址是[[ADDRESS:addr_kr]]，报关单上要填英文还是韩文？
~~
en| Please courier the signed originals to our Singapore counterpart at [[ADDRESS:addr_sg]].
~~
zh| 奶奶家在[[ADDRESS:addr_rural]]，春节回去从长沙出发坐什么车最快
~~
zh1| 新加坡的房子合同地址写的是[[ADDRESS:addr_sg]]，帮我翻成中文
~~
zh1| 深圳市南山区粤海街道附近有没有好吃的潮汕牛肉火锅？
~~
en1| For the form docs we use "Flat 1, 10 Example Road, Townsville" as the sample. Obviously fake enough?
~~
zh1| 北京市朝阳区附近有什么适合周末带娃去的博物馆？
~~
en1| Is it cheaper to live in Leipzig or Dresden for a junior engineer?
~~
zh1| 地址格式一般写成“XX省XX市XX区XX路XX号”，英文的顺序是不是反过来？
~~
en1| In a form validation demo I use 42 Sample Lane, Springfield as the example address. Is there a more neutral placeholder people use?
~~
zh1| 深圳南山和福田哪个区通勤去科技园更方便
~~
en1| We're picking between Raleigh and Salt Lake City for the new hub. Compare cost of living and talent pool.
"""

MULTI = r"""
zh| 帮我填一下入职登记表：姓名[[PERSON:zh]]，身份证[[PRC_ID:prc]]，手机[[PHONE:mob]]，工资卡[[BANK_CARD:up16]]，现住址[[ADDRESS:addr_cn]]
~~
en| New vendor contact sheet — [[PERSON:en]], [[ORG:org_en]], [[EMAIL:email_corp]], [[PHONE:intl]]. Add them to the CRM import CSV.
~~
mx| CSV 帮我转 JSON：
name,phone,email
[[PERSON:zh]],[[PHONE:mob_plain]],[[EMAIL:email_free]]
[[PERSON:py]],[[PHONE:mob_plain]],[[EMAIL:email_free]]
~~
en1| From: [[PERSON:in]] <[[EMAIL:email_corp]]>
To: [[PERSON:en]]
Subject: visa docs
Hi, my passport no. is [[PASSPORT:pp]] — passport scan attached. Can you book the hotel near [[ADDRESS:addr_west]]?
~~
zh| 报销人：[[PERSON:zht]]，开户行：[[ORG:中国银行|建设银行|农业银行]]，卡号：[[BANK_CARD:up19]]，联系电话：[[PHONE:land]] 转 [[x:n3]]
~~
en| Payroll change request: employee [[PERSON:la]], SSN [[US_SSN:ssn_dash]], new direct deposit IBAN [[IBAN:iban_e]]. Verify the fields are complete.
~~
mx| 客户资料 dump 出来一条给你看格式：{"name": "[[PERSON:zhc]]", "id_no": "[[PRC_ID:prc]]", "mobile": "[[PHONE:mob_plain]]", "addr": "[[ADDRESS:addr_cn]]"}
~~
en1| Chat export:
[09:41] [[PERSON:af]]: server is [[IP_ADDRESS:ippub]], user deploy, pass is [[SECRET:pw]]
[09:42] [[PERSON:eu]]: thx, in
~~
zh| 机票帮我订一下：乘机人[[PERSON:zh]]，护照号[[PASSPORT:pp_cn]]，手机[[PHONE:mob]]，邮箱[[EMAIL:email_free]]
~~
en| Tenant application: [[PERSON:sl]], current address [[ADDRESS:addr_west]], phone [[PHONE:intl]], employer [[ORG:org_en]]. Summarise for the landlord.
~~
zh| 合同乙方信息：[[ORG:org_cn]]，法定代表人[[PERSON:zhr]]，地址[[ADDRESS:addr_cn]]，联系人邮箱[[EMAIL:email_corp]]
~~
mx1| 帮我检查下这个 SQL insert 有没有语法错误：INSERT INTO customers VALUES ('[[PERSON:zht]]', '[[PHONE:mob_plain]]', '[[ADDRESS:addr_asia]]');
~~
en| Emergency contact form for [[PERSON:jpr]]: contact [[PERSON:jpr]], [[PHONE:intl_apac]], lives at [[ADDRESS:addr_asia_en]]
~~
zh| 家长群通讯录整理：[[PERSON:zh]]妈妈 [[PHONE:mob]]；[[PERSON:zh]]爸爸 [[PHONE:mob]]；[[PERSON:zhc]]奶奶 [[PHONE:land]]
~~
en| ---------- Forwarded message ---------
From: [[PERSON:en]] <[[EMAIL:email_corp]]>
Subject: onboarding

Please send the laptop to [[ADDRESS:addr_west]], my cell is [[PHONE:intl]].
~~
zh1| 这是客户投诉工单：姓名[[PERSON:zh]]，手机[[PHONE:mob]]，收货地址[[ADDRESS:addr_cn]]，订单号[[x:order]]，帮我写回复
~~
mx| JSON 里有用户数据：{"uid": 88231, "name": "[[PERSON:sea]]", "card": "[[BANK_CARD:card_plain]]", "ip": "[[IP_ADDRESS:ippub]]"}，帮我写个 jq 把敏感字段去掉
~~
en1| | name | phone | city |
|---|---|---|
| [[PERSON:latin]] | [[PHONE:intl]] | Lagos |
| [[PERSON:latin]] | [[PHONE:intl]] | Dubai |
convert this markdown table to csv
~~
zh1| 微信聊天记录：
[[PERSON:zh]]：地址发你了 [[ADDRESS:addr_cn]]
我：收到，周六上午送过去
帮我整理成待办
~~
en| Guest list for the offsite: [[PERSON:krr]] ([[EMAIL:email_corp]]), [[PERSON:ar]] ([[EMAIL:email_free]]), [[PERSON:tr]] (TBC)
"""

CONF = r"""
zh!| 下周三董事会要定裁撤华东区销售团队的事，先别往外说，帮我准备一下跟团队负责人沟通的话术
~~
zh!| 三季度收入刚出来，[[x:yi]]，离我们给市场的那个区间还差一截，电话会上这个缺口怎么圆
~~
en!1| Don't forward this yet: we're shutting the Rotterdam warehouse in [[x:month]], about 60 roles affected. Draft the FAQ we'll release later.
~~
en!| Our conversion model hit 41% precision on the new cohort vs 28% for the vendor's; that gap is our whole moat, so help me describe it in the investor deck vaguely.
~~
zh!| 我们跟对方的收购谈判价格已经到了 [[x:n2]] 亿，下个月签意向书，先帮我列一下尽调清单
~~
zh!| 组里有人被举报报销造假，金额不大但有好几次，调查还在进行，我要怎么在周会上不露声色地调整他的工作
~~
en!| Leadership decided to sunset the consumer app by year end. Nobody outside the exec team knows. Help me plan the engineering wind-down.
~~
zh!1| 这款新电池的电解液配方我们调了三年，核心是添加剂比例 [[x:1.7|2.3|0.9]]%，专利还没申请，帮我写技术白皮书但别暴露参数
~~
en!| The price we're quoting the hospital chain is 18% below list, and I don't want the other regional reps to see it. Help me word the quote email.
~~
zh!| 说实话这次 A 轮估值是我们自己拍的，投资人还没见过真实留存数据，我该怎么准备问答
~~
en!| One of the VPs is being investigated for harassment, the board meets Friday. How do I keep his team productive meanwhile?
~~
zh!| 明年预算初稿里研发砍了 [[x:pct]]，市场翻倍，CEO 还没批，先帮我写个给研发总监的解释
~~
en!| We're about to miss the bank covenant on net leverage next quarter; treasury is trying to get a waiver quietly. Draft talking points for the lender call.
~~
zh!| 老板私下说今年年终奖大概率只发半个月，让我先别告诉组里的人，年底沟通要怎么铺垫
~~
en!1| Heads up, the v3 chip tape-out slipped to [[x:month]]; marketing still plans the launch on the old date. How do I raise this without causing panic?
~~
zh!| 我们打算下季度把客服整体外包出去，现在的团队还不知道，外包商报价每坐席每月 [[x:n2]]00 元
~~
en!| Just found out my manager has been padding his expense reports for months. Should I report it to compliance or talk to him first?
~~
zh!1| 那家大客户下个月大概率不续约了，销售还没报上去，这会让全年收入少 [[x:pct]] 左右，怎么提前做预案
~~
en!| The churn number we'll show the board next week is 3.1%, but the real one excluding the annual renewals is closer to [[x:7|8|9]]%. Help me frame the slide.
~~
mx!| 下周 all-hands 前先别说：我们 Series B 的 lead investor 退出了，backup plan 是 bridge round，帮我起草给核心团队的 message
~~
mx1| 帮我写个 template 给团队宣布 quarterly OKR，别太官方
~~
mx1| 公开财报里 revenue recognition 的政策一般写在哪个 note？
~~
en1| Our public 10-K mentions a restructuring charge; explain what that line typically includes.
~~
zh!| 先跟你透个底：下个月我们要跟竞对合并，品牌保留对方的，这事就三个人知道，帮我想想怎么安抚产品团队
~~
en!| FYI the Q4 number we'll print is about 12% under what the street expects. Help me build the bridge chart from guidance to actual.
~~
zh!1| 财务那边算下来今年净亏[[x:yi]]，明天才上会，先帮我做个对比去年的汇报大纲
~~
en!| Our biggest customer just told us they're moving to a competitor in [[x:month]]. Sales doesn't know yet. What's our 90-day plan?
~~
zh!| 研发那个同事身体查出问题了，要长期治疗，他只跟我一个人说了，项目怎么悄悄调整
~~
en!| Found a bug in our billing that overcharged ~2,000 customers last year. Legal hasn't decided whether we disclose. Help me estimate exposure.
~~
zh1| 公司年报里披露的营收同比增长 15%，帮我写个朋友圈祝贺文案
~~
en1| If a company were to miss its guidance, what are typical ways management explains it? general please
~~
zh1| 上市公司的季度财报一般在季度结束后多久发布？
~~
en1| What are common reasons companies restructure, and how are layoffs usually communicated? General overview please.
~~
zh1| 去年某手机厂商公开的年报显示研发投入占营收 8%，这个比例在行业里算高吗
~~
en1| Hypothetically, if a startup grew revenue 3x but burn doubled, how would investors usually view it?
~~
zh1| 怎么给团队传达坏消息比较好？比如项目延期这种，有没有通用的沟通框架
~~
en1| Write a template for announcing an office relocation, with placeholders for date and address.
"""

EMAIL = r"""
mx| 帮我写封 follow-up，收件人 [[EMAIL:email_corp]]，问上次报价单的有效期
~~
en| bounce message says "550 mailbox unavailable" for [[EMAIL:email_corp]] — typo or is the domain dead?
~~
zh| 请把发票电子版发到[[EMAIL:email_free]]，谢谢
~~
en| Add [[EMAIL:email_free]] to the newsletter list and [[EMAIL:email_corp]] to the partner digest.
~~
mx| Outlook 规则怎么设：来自 [[EMAIL:email_corp]] 的邮件自动转到“供应商”文件夹
~~
en| Write an auto-reply: I'm out until Monday, urgent stuff goes to [[EMAIL:email_corp]].
~~
zh| 简历投递邮箱是[[EMAIL:email_corp]]吗？帮我写个投递邮件的正文，应聘数据分析
~~
en| Why does SPF fail when we send from [[EMAIL:email_corp]] via the marketing tool? our DNS has include:_spf.mailvendor.net
~~
zh| 这封钓鱼邮件发件人显示[[EMAIL:email_free]]，内容让改工资卡，帮我写个全员提醒
~~
en| Hi, this is [[PERSON:en]] — my personal email is [[EMAIL:email_free]] in case the work one gets cut off after Friday.
~~
mx| 把这段日志里的收件人抽出来：2025-09-02 10:14:55 INFO sent to=[[EMAIL:email_corp]] status=250 OK
~~
zh| [[PERSON:zhf]]的邮箱是[[EMAIL:email_corp]]，帮我约她周四下午过一下合同
~~
mx| 帮我写个 Python 脚本，批量给供应商发邮件，发件地址 [[EMAIL:email_corp]]，用 smtplib
~~
mx1| Gmail 的 alias 功能 plus addressing 怎么用，比如 name+news 这种
~~
en| Meeting invite bounced for [[EMAIL:email_corp]] and [[EMAIL:email_corp]]; are those distribution lists?
~~
en1| What's the best practice for a shared team mailbox vs distribution list?
~~
zh1| 邮件里抄送和密送有什么区别，什么时候该用密送
~~
en1| Write a regex that validates email addresses reasonably but not perfectly; test it on user@mail.example.com
"""

PHONE = r"""
zh| 帮我给这个号码发个短信模板，提醒明天面试：[[PHONE:mob]]
~~
en| Can you format this number properly for the APAC brochure: [[PHONE:intl_apac]]
~~
zh| 前台座机改成[[PHONE:land]]了，帮我更新下对外联系方式的页面文案
~~
zh| 这个号 [[PHONE:mob]] 一直骚扰我，说是贷款的，怎么在 iPhone 上批量拦截这类号码
~~
en| Our London office line is [[PHONE:intl_uk]], put it in the email signature template.
~~
zh| 客服热线换了，旧的停用，新的是[[PHONE:land]]，帮我写个公告
~~
mx| Twilio 发短信报错 21211 invalid 'To' number，号码是 [[PHONE:intl]]，格式哪里不对
~~
en| call log from the router: 2025-11-03 18:22 inbound [[PHONE:intl]] 4m12s, 18:40 outbound [[PHONE:intl]] 0m31s. Which one's international?
~~
zh| 快递员打的是[[PHONE:mob]]，我没接到，回拨是空号，咋回事
~~
en| [[PERSON:f]] asked me to pass on her mobile, [[PHONE:intl]], for the site visit
~~
zh| 王府井那家店的订座电话是多少来着？我记得是[[PHONE:land]]，帮我写个订位短信
~~
zh| Excel 里手机号显示成 1.39E+10 这种科学计数，怎么批量恢复？示例：[[PHONE:mob_plain]]
~~
mx| 请帮我把这个号码转成 E.164 format with the country code：[[PHONE:land]]
~~
mx| 帮我把联系电话[[PHONE:intl]]加到英文名片上，职位写 Sales Director
~~
zh1| 手机号码实名制是哪一年开始的？
~~
en1| How should phone numbers be stored in a database to support international formats?
~~
zh1| 测试环境的短信验证码一律用 13800000000 这个假号码吗？有没有更好的做法
"""

ORG_ONLY = r"""
zh| 我们想跟[[ORG:org_cn]]谈渠道合作，先帮我拟一封初次接触的邮件，重点讲仓储自动化方案
~~
en| Write a short LinkedIn post congratulating [[ORG:org_en]] on their new Rotterdam office opening.
~~
zh| [[ORG:org_cnk]]的校招一般几月开始？笔试考什么
~~
en| What does [[ORG:org_enk]] do besides its main product line? Quick overview for a client meeting.
~~
mx| 帮我做个 SWOT：竞争对手是 [[ORG:org_en]]，我们是做冷链物流 SaaS 的
~~
zh| 我们是[[ORG:org_cn]]的供应商，对方要求做一次 ISO 审核，需要准备哪些材料
~~
en| Draft a supplier onboarding checklist for [[ORG:org_en]] — insurance certs, W-8BEN, bank letter.
~~
zh!| [[ORG:org_cn]]给我们的年度返点是 [[x:pct]]，前提是采购额过 [[x:wan]]，这个条件我们要不要答应
~~
en!| [[ORG:org_en]] agreed to a minimum commitment of 40,000 units a year at $[[x:n2]].50 each, but only if we drop the exclusivity clause. Worth it?
~~
zh!| 跟[[ORG:org_cnk]]的合同价谈下来了，单价比去年降了 [[x:pct]]，违约金上限改成合同额 10%，帮我写谈判纪要
~~
en| Translate the press release: "[[ORG:org_en]] and [[ORG:org_en]] announce a joint venture in marine logistics."
~~
mx| [[ORG:org_cn]] 的 unified social credit code 去哪查？企查查还是国家企业信用信息公示系统
~~
zh| [[ORG:hosp]]的体检套餐哪个性价比高，公司要组织员工体检
~~
mx| 我们准备参加 [[ORG:org_enk]] 的 supplier day，帮我准备 elevator pitch
~~
mx| [[ORG:org_cnk]] 最新公开的 ESG report 里 carbon emission 数据在哪一页
~~
en1| Which is better for a 20-person startup: Notion or Confluence? Be concrete.
~~
zh1| 帮我用腾讯会议开个周会的邀请文案，顺丰寄样品的流程也顺便写一下
"""

PUBLIC = r"""
zh1| 任正非那篇关于“活下去”的内部讲话后来公开了，主要观点是什么？
~~
en1| Summarise Jensen Huang's keynote themes from the last few years in five bullets.
~~
zh1| 俞敏洪带着新东方老师转型直播带货，这个过程能简单讲讲吗
~~
en1| Write a short speech opener quoting Tim Cook on privacy being a fundamental human right.
~~
zh1| 莫言获诺贝尔奖的颁奖词大意是什么？帮我翻成英文
~~
en1| What was Angela Merkel's stance on the 2015 refugee crisis, in neutral language?
~~
mx1| 帮我比较一下 Warren Buffett 和 Charlie Munger 的投资理念，写成 table
~~
zh1| 苏轼被贬黄州期间写了哪些作品？按时间排一下
~~
en1| Give me three lessons from Serena Williams' career I can use in a team talk.
~~
zh1| 钟南山院士关于慢阻肺早筛有什么公开的建议？
~~
en1| Did Jacinda Ardern give any interviews on burnout after resigning? Summarise.
~~
mx1| 刘慈欣的《三体》英文版是谁翻译的？Ken Liu 还翻了哪些
~~
mx1| 黄仁勋说 "the more you buy, the more you save" 是在哪场发布会上？
~~
mx| [[PERSON:zhf]] 说她在 conference 上跟 Andrew Ng 合影了，帮我写个朋友圈文案
~~
zh| 我们组的[[PERSON:zhm]]长得特别像张学友，年会想让他模仿一段，帮我写个串词
~~
en| Our intern [[PERSON:enf]] wrote an essay comparing herself to Greta Thunberg — help me give her kind but honest feedback.
~~
zh| 老板想请[[PERSON:zhm]]来讲一次课，他之前在李开复的公司待过，帮我写邀请函
~~
en| [[PERSON:inf]] keeps quoting Sundar Pichai in standups; draft a funny slide for her farewell.
"""

FICTIONAL = r"""
zh1| 贾宝玉和林黛玉的爱情悲剧，用三句话概括给小学生听
~~
en1| Write a limerick about Hermione Granger forgetting her homework for once.
~~
zh1| 孙悟空三打白骨精体现了什么样的领导力问题？用职场比喻写一段
~~
en1| In the example dataset, replace "Max Mustermann" with a more international placeholder name.
~~
zh1| 单元测试里的用户名用“王小二”和“赵六”可以吗，还是用 test_user_01 更规范
~~
en1| For a UX persona, is "Joe Bloggs" too British? Suggest a neutral placeholder.
~~
mx1| 帮我写个 mock 数据：用户 "田中太郎" 和 "홍길동"，字段 name/age/city，city 用东京和首尔
~~
en1| What would Frodo's risk register look like if Mordor were a project? Make it funny.
~~
zh1| 哪吒和敖丙的友情为什么打动观众？写个影评开头
~~
en1| Sherlock-style deduction puzzle for a team-building game, five clues, no real people.
~~
zh!| 我们给那个并购起的名字叫“贾宝玉”，现在对方要价比预期高 [[x:pct]]，下周投委会前先帮我整理下风险点
~~
en!| Project Frodo — the plan to spin off our payments unit — needs a comms timeline; only the steering group knows so far.
~~
zh| 测试账号里的“猪八戒”其实是我们真实的内测用户[[PERSON:zh]]，帮我把日志里的化名都换回真名
~~
en| Our onboarding video uses "Richard Roe" as the sample client; swap in the customer who agreed to appear on camera, [[PERSON:latin]], and fix the captions.
~~
zh1| 小说里的反派起名叫“钱多多”合适吗？帮我想几个有点讽刺意味的名字
~~
en1| Write a bedtime story featuring Paddington Bear visiting Shanghai.
"""

NEAR_MISS = r"""
zh| 这个身份证号[[x:prc_badcheck]]校验一直不过，是我抄错了吗？帮我写个校验位计算函数
~~
en| The validator rejects [[x:prc_baddate]] as a Chinese ID — is the birth date part even possible?
~~
zh| 订单号[[x:order]]一直查不到物流，客服让我提供下单时间，怎么在后台导出
~~
zh| 这个 23 位的订单号 [[x:order23]] 被风控误判成手机号了，regex 怎么写才能避免
~~
en| card form says invalid for [[x:card_bad]] — I think I mistyped a digit, how does the checksum work?
~~
zh| 测试用的卡号[[x:card_bad]]为什么 Luhn 校验不过？帮我看看算法哪里写错了
~~
en| Our IBAN parser flags [[x:iban_bad]] as invalid. Walk me through the mod-97 check by hand.
~~
en| HR system rejected SSN [[x:ssn_bad]] on the W-4 upload. Which part of the number is not allowed?
~~
zh| 顺丰单号[[x:sf]]显示已签收但我没收到，怎么投诉
~~
mx| 这本书 ISBN [[x:isbn]]，帮我生成一个 APA 格式的 reference
~~
zh| 腾讯会议号[[x:meeting]]，下午三点产品评审，帮我写个会议提醒
~~
en| Invoice [[x:inv]] and [[x:po]] don't match in the ERP. What's the usual three-way match process?
~~
zh| 统一社会信用代码[[x:uscc]]的第 9 到 17 位代表什么？
~~
mx| log 里 timestamp 是 [[x:ts]]，帮我转成北京时间，Python 一行搞定
~~
en| Wire reference [[x:wire]] from last Tuesday still shows pending. Draft a chase email to the bank ops desk.
~~
zh| 升级到[[x:ver]]之后库存页面的 [[x:sku]] 显示负数，回滚可以吗
~~
en| Does 4111-1111-1111-1112 pass Luhn? I'm writing unit tests and need a failing example.
~~
zh| 京东订单号 [[x:order]] 申请了价保但一直没退款，帮我写个客服话术
~~
zh| 这串数字[[x:prc_badcheck]]看着像身份证但其实是我们的工单编号，怎么让脱敏系统别误伤
~~
mx| 这个 PRC ID [[x:prc_baddate]] 出生日期那段是 impossible date，系统为什么没拦住？
~~
mx| unit test 需要一个 invalid 的 SSN，[[x:ssn_bad]] 可以吗
~~
en| The amount column shows 1,234,567.89 and the date 2025-03-31; why does pandas read them as objects?
"""

PLACEHOLDERS = r"""
en1| Fix this snippet, it can't connect:
conn = psycopg2.connect(host="localhost", user="postgres", password=os.environ["DB_PASS"])
~~
mx1| docker-compose 里这样写对吗？
environment:
  - POSTGRES_PASSWORD=${DB_PASS}
  - API_KEY=${OPENAI_API_KEY}
~~
en1| README says: export OPENAI_API_KEY=<your-key> then run make dev. Where do I actually get a key?
~~
mx1| 文档示例里的 AKIAIOSFODNN7EXAMPLE 能直接用吗？我复制进 ~/.aws/credentials 报错了
~~
en1| jwt.io's default sample is eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c — what does each part mean?
~~
zh1| 配置模板里 password: changeme 要不要在部署脚本里强制检查替换掉？
~~
en1| Connection string in our docs: postgresql://user:password@localhost:5432/mydb — is it fine to keep in the README?
~~
mx1| nginx 配置 server_name api.example.com; proxy_pass http://127.0.0.1:8080; 这样 websocket 能通吗
~~
en1| In the tutorial they ping 192.0.2.10 and 2001:db8::1 — why those addresses specifically?
~~
zh1| 单测里用 test@example.com 和 13800000000 作为假数据，会不会被扫描工具误报？
~~
en1| settings.py has SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY"). How do I set it on Heroku?
~~
mx1| .env.example 里写 DB_PASSWORD=YOUR_DB_PASSWORD 和 REDIS_URL=redis://localhost:6379，新人总是忘记改，怎么加个启动检查
~~
en1| Terraform output shows db_password = (sensitive value) and api_key = "****". Can I print the real one in CI safely?
~~
zh1| 接口文档里示例地址写 https://sandbox.shop.test/v1/orders ，监听 0.0.0.0:3000，这样对外能访问吗
~~
en1| Kubernetes secret manifest uses data.password: <base64-encoded-password>. Is base64 encryption?
~~
mx1| GitHub Actions 里 curl -u "${{ secrets.CI_USER }}:${{ secrets.CI_TOKEN }}" https://api.example.org/deploy 为什么拿到的是空
~~
en1| ssh config example: Host bastion / HostName 198.51.100.23 / User ubuntu / IdentityFile ~/.ssh/id_ed25519 — explain each line.
~~
zh1| 文档里用“某某公司”“XX省XX市XX路XX号”当示例地址，会不会被当成真实信息拦截？
~~
en1| Mock API returns {"user": "jane_doe", "token": "<redacted>", "card": "**** **** **** 4242"}. How do I shape the TypeScript type?
~~
mx1| 单元测试 fixture：{"ip": "::1", "email": "dev@corp.test", "password": "xxxxxxxx"} 这样写 lint 会报 hardcoded credentials 吗
"""

PRIVACY_Q = r"""
mx1| 用 presidio 做 PII detection，中文姓名识别效果差，有啥替代方案
~~
mx1| 我们想把客服对话拿去 fine-tune，需要做哪些 de-identification 处理？
~~
mx1| 如何在 Postgres 里做 column-level encryption，key 放哪
~~
zh1| 把客户手机号发给 AI 助手处理算不算违反个人信息保护法？
~~
en1| Under GDPR, is an IP address personal data? Short answer with the recital number.
~~
zh1| 员工的身份证复印件公司可以保存多久？离职后要销毁吗
~~
en1| What's the difference between pseudonymisation and anonymisation in practice?
~~
mx1| 我们的日志里会打印用户 email，做 masking 的话是在 logger 层做还是在 ingestion 层做好
~~
zh1| 如果不小心把数据库密码提交到 GitHub 公开仓库，正确的补救步骤是什么？
~~
en1| How long should we keep CCTV footage of the office entrance, legally speaking, in the UK?
~~
zh1| 个人敏感信息和一般个人信息在 PIPL 里怎么区分？举几个例子
~~
en1| Do I need consent to put employee birthdays on the team calendar?
~~
mx1| 做 A/B test 的时候，user_id 要不要 hash？hash 了还算 personal data 吗
~~
zh1| 出境传输个人信息需要做安全评估的门槛是多少人？
~~
en1| Is it OK to paste a customer's support ticket into ChatGPT if I remove their name?
~~
zh1| 银行卡号在前端展示时一般保留前六后四对吗？有没有规范依据
~~
en1| What should a data retention policy for job applicant CVs look like? Give a template outline.
~~
mx1| 公司要求我们把 API key 放到 Vault 里，跟放在 .env 里比到底安全在哪
~~
en1| What does HIPAA consider a "limited data set"?
~~
zh1| 同事让我把他的体检报告转发给 HR，这样做合规吗
~~
en1| Best practice for rotating SSH keys across 200 servers?
~~
zh1| 护照号码算不算个人敏感信息？和身份证号比起来保护要求一样吗
~~
en1| Can my employer read my Slack DMs? General answer for the US.
"""

ID_CARD = r"""
zh| 帮我核对一下这个身份证号有没有输错：[[PRC_ID:prc]]，持证人[[PERSON:zh]]
~~
zh| 酒店入住登记：[[PERSON:zhr]] [[PRC_ID:prc_x]]，两晚，大床房
~~
zh1| Python 脚本帮我从这段文本里提取身份证号然后算年龄：“申请人身份证号码[[PRC_ID:prc]]，申请日期 2025-10-09”
~~
zh| 我身份证号[[PRC_ID:prc_fw]]，社保那边说系统里查不到，是不是全角输入的问题
~~
en| My Chinese ID is [[PRC_ID:prc_x]]; the visa form wants "national identity number" — do I include the X?
~~
zh1| 高铁票买错了乘车人，身份证号[[PRC_ID:prc]]那位是我爸，能改签给我吗
~~
mx| 这个 Excel 的 B 列是身份证：[[PRC_ID:prc]]，公式 =MID(B2,7,8) 取出来是生日对吧
~~
zh| 租房合同甲方：[[PERSON:zhc]]，身份证[[PRC_ID:prc]]；乙方：[[PERSON:zh]]，身份证[[PRC_ID:prc_x]]，帮我排版一下
~~
en1| Applicant record: name [[PERSON:py]], resident ID [[PRC_ID:prc]], DOB matches? please verify the embedded birth date.
~~
zh| 社保卡补办，表格上身份证号填[[PRC_ID:prc]]，联系电话填[[PHONE:mob]]，还要带什么材料
~~
mx| log 里出现了明文身份证，[[PRC_ID:prc]]，怎么在 logback 里加个脱敏 pattern
~~
zh1| [[PRC_ID:prc]]
这个是我刚入职同事的，帮我看看出生年月和籍贯地
~~
zh1| 身份证号码最后一位为什么会是 X？计算规则是什么
~~
en1| How is the check character of a Chinese resident ID computed? Show the weights.
~~
zh1| 身份证过期了还能坐飞机吗？临时身份证明怎么开
~~
zh1| 身份证号前六位代表什么，怎么查对应的地区
"""

BANK_CARD = r"""
zh| 工资卡换了，新卡号[[BANK_CARD:up19]]，麻烦财务下个月开始打这张
~~
en| Charge didn't go through on [[BANK_CARD:visa]] exp 08/28 — is it the bank or the merchant?
~~
mx1| 退款请退到原卡 [[BANK_CARD:mc]]，order amount ¥[[x:n3]]，帮我写个英文邮件给海外商家
~~
zh| 我的信用卡[[BANK_CARD:card]]被盗刷了三笔，先冻结还是先报警
~~
en| Corporate card for [[PERSON:en]]: [[BANK_CARD:mc]]. Please set the monthly limit to 5k and enable travel MCCs.
~~
zh1| 帮我把这张卡号按四位一组排版：[[BANK_CARD:card_plain]]
~~
mx| 支付回调日志：{"order": "[[x:order]]", "card_no": "[[BANK_CARD:card_plain]]", "status": "DECLINED"}，为啥被拒
~~
zh| 房租转到房东的卡上：[[BANK_CARD:up16]]，户名[[PERSON:zh]]，备注写“[[x:mon]]房租”
~~
en1| Kids' school fees: use card [[BANK_CARD:card_fw]] — I copied it from a Chinese form so the digits look weird, can you normalise?
~~
zh| 这张卡[[BANK_CARD:up16]]开户行是哪？卡 BIN 怎么查
~~
en| Recurring donation setup: card [[BANK_CARD:visa]], billing address [[ADDRESS:addr_west]].
~~
zh1| 前端脱敏函数写好了，输入 [[BANK_CARD:card_plain]] 输出 6222 **** **** 1234 这种，帮我 review
~~
zh1| 信用卡账单日和还款日怎么选比较划算？
~~
en1| How does the Luhn algorithm work? Explain with a short worked example.
~~
zh1| 银联卡和 Visa 卡在国外刷卡手续费差多少
"""

PASSPORT = r"""
zh| 护照号[[PASSPORT:pp_cn]]，明年三月到期，现在办日本签证会不会有问题
~~
en| Visa application for [[PERSON:af]], passport number [[PASSPORT:pp]], arriving 14 May. Fill in the invitation letter.
~~
mx| 订机票 API 返回 invalid document，传的是 passport: [[PASSPORT:pp]]，nationality 填的 GB
~~
zh1| 出差名单：[[PERSON:zh]] [[PASSPORT:pp_cn]]；[[PERSON:zht]] [[PASSPORT:pp_cn]]，请旅行社出票
~~
en| My passport [[PASSPORT:pp]] got damaged in the wash — can I still travel next week?
~~
zh| 我的护照号码是[[PASSPORT:pp_cn]]，帮我写个英文的在职证明，说明出国参展
~~
en| Hotel wants guest passport numbers in advance: [[PERSON:eu]] — passport [[PASSPORT:pp]]. Draft the email to reservations.
~~
zh1| 这个 [[PASSPORT:pp_cn]] 是我老婆的护照，签证中心说照片不合格，重拍有什么要求
~~
en| Employee travel profile: [[PERSON:la]], passport [[PASSPORT:pp]], frequent flyer pending. Format for the TMC upload.
~~
zh| 给领事馆的信里写我的护照 [[PASSPORT:pp_cn]] 丢在了酒店，请求补发旅行证
~~
zh1| 中国护照号码的格式是什么？E 开头和 G 开头有什么区别
~~
en1| How far in advance should I renew a passport before international travel?
~~
zh1| 护照和港澳通行证可以同时办吗？需要多久
"""

IBAN = r"""
en| Please update our supplier's bank details: [[ORG:org_en]], IBAN [[IBAN:iban_de]], BIC to follow.
~~
mx| 德国同事报销打款，IBAN 是 [[IBAN:iban_de]]，户名 [[PERSON:eu]]，用哪种汇款方式手续费最低
~~
en| Refund to IBAN [[IBAN:iban_gb]] — the customer says the sort code part is wrong, can you spot it?
~~
zh1| 荷兰那边的收款账号[[IBAN:iban_nl]]，去银行柜台汇款要中间行信息，怎么问对方
~~
en| Rent goes to [[IBAN:iban_at]] on the 1st; set up a reminder email template for my flatmates.
~~
en| Swiss freelancer invoice: pay CHF 4,200 to [[IBAN:iban_ch]], ref "October sprint".
~~
mx| SEPA 批量付款 CSV 里这一行报错：[[PERSON:latin]];[[IBAN:iban_e]];EUR;1250.00 ，是不是分号的问题
~~
en1| Irish payroll: [[PERSON:en]]'s account changed to [[IBAN:iban_ie]] from next cycle.
~~
zh| 对方给的 IBAN [[IBAN:iban]]，让我先付定金，我怕是诈骗，怎么核实
~~
en| Validate this IBAN for me before I hit send: [[IBAN:iban]]
~~
en1| What's the difference between an IBAN and a SWIFT/BIC code?
~~
zh1| IBAN 的校验位是怎么算的？mod 97 具体步骤
"""

SSN = r"""
en| W-9 for [[PERSON:la]]: SSN [[US_SSN:ssn_dash]], address on file. Is that enough for the 1099?
~~
en| my ssn is [[US_SSN:ssn]] and the IRS letter says it doesn't match my name, what do I do?
~~
mx| 美国员工入职表：SSN [[US_SSN:ssn_dash]]，姓名 [[PERSON:en]]，帮我翻译表格里的 I-9 说明
~~
en| Background check vendor needs: [[PERSON:af]], DOB 1990-04-12, SSN [[US_SSN:ssn_plain]]. Put it in their template.
~~
en| CSV row failing import: "[[PERSON:in]]","[[US_SSN:ssn_dash]]","active" — is the quoting the problem?
~~
zh| 我在美国的社安号是[[US_SSN:ssn_dash]]，回国后怎么查之前的 401k 账户
~~
en| Credit freeze request — SSN [[US_SSN:ssn]], current address [[ADDRESS:addr_us]]. Draft the letter to the bureau.
~~
mx| 这个 regex 能不能匹配 SSN：\d{3}-\d{2}-\d{4}？我拿 [[US_SSN:ssn_dash]] 测过了
~~
en| Tax preparer asked for my spouse's SSN, it's [[US_SSN:ssn_dash]]. Should I send it by email?
~~
en1| Why are SSNs starting with 9 never valid for people?
~~
zh1| 美国 SSN 和 ITIN 有什么区别，留学生该申请哪个
~~
en1| What's the safest way to collect SSNs for payroll in a small company?
"""

IP = r"""
en| server [[IP_ADDRESS:ippub]] keeps dropping ssh after ~60s idle, how do I set keepalive?
~~
mx| 内网机器 [[IP_ADDRESS:ip]] ping 得通但 telnet 8080 不通，防火墙 iptables 怎么看
~~
zh| 这个 IP [[IP_ADDRESS:ippub]] 昨晚一直在爆破我们的登录接口，怎么在 Nginx 里封掉
~~
en| nginx access log line: [[IP_ADDRESS:ippub]] - - [12/Nov/2025:03:14:07 +0000] "GET /wp-login.php HTTP/1.1" 404 — should I worry?
~~
mx| k8s pod IP 是 [[IP_ADDRESS:ip]]，service 的 clusterIP 是 [[IP_ADDRESS:ip]]，为啥 curl service 超时
~~
en| IPv6 on the office router: prefix [[IP_ADDRESS:ip6]] — is that a ULA or a global address?
~~
zh| 打印机地址设成了[[IP_ADDRESS:ip]]，但同网段电脑搜不到，怎么排查
~~
en| Whitelist request: please allow [[IP_ADDRESS:ippub]] and [[IP_ADDRESS:ippub]] on the SFTP gateway.
~~
mx| 我们 CDN 回源地址 [[IP_ADDRESS:ip6]]，AAAA 记录要怎么配
~~
zh| 跳板机[[IP_ADDRESS:ip]]，用户名 ops，登录密码：[[SECRET:pw]]，帮我写个 ssh config
~~
en| wireguard peer config — Endpoint = [[IP_ADDRESS:ippub]]:51820, AllowedIPs = 10.8.0.0/24. handshake never completes?
~~
zh| 日志里有 [[IP_ADDRESS:ippub]] 和 [[IP_ADDRESS:ip6]] 两个来源，帮我写个 awk 按 IP 统计请求数
~~
mx| nginx 反代到 [[IP_ADDRESS:ip]]:8000 之后 websocket 断开，proxy_set_header 怎么配
~~
mx1| subnet mask 255.255.255.0 对应 /24 吧？一个子网能有多少 host
~~
en| firewall log: DENY tcp [[IP_ADDRESS:ippub]]:443 -> [[IP_ADDRESS:ip]]:5432 — why would an outside host hit our DB port?
~~
zh1| 10.0.0.0/8 和 192.168.0.0/16 有什么区别？家用路由一般用哪个
~~
en1| What's the difference between a public and a private IP, and why can't I reach 127.0.0.1 from another machine?
"""

FRAMES = [
    ("general", GENERAL), ("credentials", CREDENTIALS), ("hr", HR), ("medical", MEDICAL), ("finance", FINANCE), ("legal", LEGAL),
    ("names_alone", NAMES_ALONE), ("address", ADDRESS), ("multi_entity", MULTI), ("confidential_no_identifier", CONF),
    ("email", EMAIL), ("phone", PHONE), ("org_only", ORG_ONLY), ("public_figures", PUBLIC), ("fictional_and_placeholder_names", FICTIONAL),
    ("near_miss_numbers", NEAR_MISS), ("placeholders_in_code", PLACEHOLDERS), ("privacy_question", PRIVACY_Q), ("id_card", ID_CARD),
    ("bank_card", BANK_CARD), ("passport", PASSPORT), ("iban", IBAN), ("ssn", SSN), ("ip_address", IP),
]


# --------------------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------------------
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def lang_ok(lang: str, text: str) -> bool:
    has_cjk = bool(CJK.search(text))
    latin_words = len(re.findall(r"[A-Za-z]{3,}", text))
    if lang == "en":
        return not has_cjk
    if lang == "zh":
        return has_cjk
    return has_cjk and latin_words >= 2


def build() -> list[dict]:
    r = random.Random(SEED)
    rows, seen, errors = [], set(), []
    for cat, block in FRAMES:
        for lang, conf, times, tmpl in parse_block(block):
            times = times if has_generated(tmpl) else 1
            made = 0
            for _attempt in range(60):
                if made == times:
                    break
                text, ents = render(tmpl, r)
                spans = [(e["start"], e["end"]) for e in ents]
                for e in ents:
                    if not VALIDATE[e["type"]](text[e["start"]:e["end"]]):
                        raise AssertionError(f"{cat}: invalid {e['type']} {text[e['start']:e['end']]!r}")
                if any(b > c for (_, b), (c, _) in itertools.pairwise(spans)):
                    raise AssertionError("overlap")
                names = [text[a:b] for a, b, t in ((e["start"], e["end"], e["type"]) for e in ents) if t == "PERSON"]
                if lookalikes(text, spans) or text in seen or ("#" not in tmpl and len(names) != len(set(names))):
                    continue
                if not lang_ok(lang, text):
                    errors.append(f"{cat}: lang {lang} does not fit {text[:80]!r}")
                seen.add(text)
                sensitive = conf or any(e["type"] in SENSITIVE_TYPES for e in ents)
                rows.append({"text": text, "sensitive": sensitive, "entities": ents, "category": cat, "lang": lang})
                made += 1
            if made < times:
                text, ents = render(tmpl, r)
                errors.append(f"{cat}: could not render cleanly: {tmpl[:70]!r} {lookalikes(text, [(e['start'], e['end']) for e in ents])}")
    if errors:
        raise AssertionError("\n".join(errors))
    r.shuffle(rows)
    return [{"id": f"test-{i:04d}", **row} for i, row in enumerate(rows, 1)]


def summary(rows: list[dict]) -> str:
    cats = Counter(x["category"] for x in rows)
    lines = ["| category | lines | true | false |", "|---|---:|---:|---:|"]
    for cat, _ in FRAMES:
        t = sum(1 for x in rows if x["category"] == cat and x["sensitive"])
        lines.append(f"| {cat} | {cats[cat]} | {t} | {cats[cat] - t} |")
    t = sum(x["sensitive"] for x in rows)
    lines.append(f"| **total** | {len(rows)} | {t} | {len(rows) - t} |")
    langs = Counter(x["lang"] for x in rows)
    lines += ["", "| lang | lines |", "|---|---:|"] + [f"| {k} | {langs[k]} |" for k in ("zh", "en", "mixed")]
    ents = Counter(e["type"] for x in rows for e in x["entities"])
    lines += ["", "| entity | spans |", "|---|---:|"] + [f"| {k} | {v} |" for k, v in sorted(ents.items(), key=lambda kv: -kv[1])]
    multi = sum(1 for x in rows if len(x["entities"]) > 1)
    lines += ["", f"lines with several entities: {multi}; lines with no entity: {sum(1 for x in rows if not x['entities'])}"]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args()
    rows = build()
    data = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows).encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"wrote {len(rows)} lines to {args.out}  sha256 {hashlib.sha256(data).hexdigest()}")
    if args.summary:
        print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
