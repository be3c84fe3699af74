# ruff: noqa: E501
# ruff: noqa: RUF100
"""Build the twenty-seventh router probe set (router_probe27.jsonl), written blind from the labelling spec as a held-out test split.

Every frame, name, company, street and scenario below is hand-written for this file. Structured values
(PRC IDs, cards, IBANs, SSNs, passports, phones, e-mails, IPs, secrets) and their near misses are computed
by code; offsets are recorded by the renderer; ``sensitive`` is derived from the entities and the frame's
confidential flag. Independent validators re-check every span and scan every text for unlabelled
look-alikes before anything is written.

    python tools/build_router_probe27.py              # writes hybridai/data/router_probe27.jsonl
    python tools/build_router_probe27.py --summary    # also prints the README tables
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
import unicodedata
from collections import Counter
from functools import partial
from pathlib import Path

SEED = 4702861
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "hybridai" / "data" / "router_probe27.jsonl"
DEFAULT_HELPERS = Path(__file__).resolve().parents[1] / "tests" / "helpers.py"

SENSITIVE_TYPES = {"PRC_ID", "BANK_CARD", "PASSPORT", "IBAN", "US_SSN", "SECRET", "PERSON", "ADDRESS"}
CATEGORIES = [
    "general", "credentials", "hr", "medical", "finance", "legal", "names_alone", "address", "multi_entity",
    "confidential_no_identifier", "email", "phone", "org_only", "public_figures",
    "fictional_and_placeholder_names", "near_miss_numbers", "placeholders_in_code", "privacy_question",
    "id_card", "bank_card", "passport", "iban", "ssn", "ip_address",
]
FW_TABLE = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")

# --------------------------------------------------------------------------------------------------
# hand-written pools
# --------------------------------------------------------------------------------------------------
ZH_SURNAMES = list("王李张刘陈杨黄吴周徐孙胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦方白邹孟熊秦邱江尹薛闫段侯史陶黎贺顾毛郝龚邵严覃戴莫孔汤")
ZH_RARE = list("郗亓逯笪眭蒯阚訾仉佘靳冼敖郇隗晏琚栾")
ZH_COMPOUND = ["欧阳", "司马", "上官", "东方", "皇甫", "慕容", "公孙", "尉迟", "端木", "澹台", "长孙", "宇文", "司徒", "夏侯", "呼延", "百里"]
ZH_GIVEN2 = ["子涵", "雨桐", "浩然", "欣怡", "俊杰", "思远", "晓雯", "嘉怡", "志强", "海燕", "建国", "秀英", "丽娟", "国栋", "梓萱", "一鸣", "文博", "佳琪", "振宇", "婉清", "明轩", "晨阳", "素芬", "桂兰", "德胜", "泽楷", "宏伟", "静怡", "雅婷", "立新", "春梅", "少华", "天佑", "梦瑶", "家豪", "永康", "艳红", "慧敏", "书琴", "继光", "昕彤", "沛霖"]
ZH_GIVEN1 = list("敏磊静杰婷涛勇娜鹏琳斌洁昊蕾彬萱")
TW_NAMES = ["陳怡君", "林冠宇", "黃詠琪", "張家瑋", "劉子晴", "蔡承翰", "吳佩珊", "鄭宇軒", "許雅雯", "謝志豪", "周睿恩", "葉嘉欣", "鍾秉諺", "賴宛儒"]
ZH_TITLES = ["经理", "总", "工", "主任", "律师", "医生", "姐", "哥", "总监", "科长", "会计", "老师"]
PY_SUR = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu", "Xu", "Sun", "Hu", "Guo", "Lin", "He", "Gao", "Luo", "Zheng", "Liang", "Xie", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Ouyang", "Situ"]
PY_GIVEN = ["Yuqing", "Haoran", "Xinyi", "Junjie", "Siyuan", "Xiaowen", "Jiayi", "Zhiqiang", "Haiyan", "Jianguo", "Mingxuan", "Chenyang", "Ruoxi", "Zihan", "Yiming", "Wenbo", "Tianyou", "Jiahao", "Huimin", "Shuang", "Kaiwen", "Lingyun"]
EN_FIRST = ["Ethan", "Olivia", "Marcus", "Hannah", "Declan", "Brianna", "Trevor", "Megan", "Colin", "Fiona", "Gareth", "Lucy", "Dylan", "Natalie", "Wesley", "Chloe", "Brandon", "Imogen", "Keith", "Rosalind", "Owen", "Tessa"]
EN_LAST = ["Whitaker", "Gallagher", "Pemberton", "Ashworth", "Holloway", "Fitzgerald", "Brennan", "Thornton", "McAllister", "Caldwell", "Hargreaves", "Donnelly", "Sutherland", "Prescott", "Lambert", "Merriweather", "Blackwood", "Quinlan", "Radcliffe", "Oyelaran"]
WORLD_NAMES = {
    "in": ["Ananya Iyer", "Rohan Mehta", "Kavya Reddy", "Vikram Nair", "Sneha Kulkarni", "Arjun Bhattacharya", "Deepika Menon", "Siddharth Rao", "Lakshmi Venkataraman", "Harpreet Gill", "Nikhil Deshpande", "Meera Chatterjee"],
    "af": ["Chinedu Okafor", "Adaeze Nwosu", "Kwame Mensah", "Ama Owusu", "Oluwaseun Adeyemi", "Thandiwe Ndlovu", "Wanjiru Kamau", "Fatoumata Diallo", "Yaw Boateng", "Zanele Dlamini", "Abebe Tesfaye", "Amara Conteh"],
    "jpr": ["Kenta Sato", "Misaki Suzuki", "Sho Takahashi", "Yui Tanaka", "Daisuke Watanabe", "Chihiro Ito", "Takumi Yamamoto", "Ayaka Nakamura", "Naoki Kobayashi", "Haruka Kato", "SATO Kenta", "Watanabe Daisuke"],
    "jp": ["佐藤健太", "鈴木美咲", "高橋翔", "田中結衣", "渡辺大輔", "伊藤千尋", "山本拓海", "中村彩花", "小林直樹", "加藤遥"],
    "ko": ["김민준", "이서연", "박지훈", "최수빈", "정예린", "강동현", "윤하은", "장성민", "임지아", "한승우"],
    "kor": ["Kim Min-jun", "Lee Seo-yeon", "Park Ji-hoon", "Choi Su-bin", "Jung Ye-rin", "Kang Dong-hyun", "Yoon Ha-eun", "Jang Sung-min"],
    "sea": ["Nguyen Thi Lan", "Tran Van Minh", "Pham Quoc Bao", "Siti Rahmawati", "Budi Santoso", "Dewi Kartika", "Somchai Rattanakorn", "Nattaya Srisuk", "Jocelyn Dela Cruz", "Ramon Bautista", "Aung Kyaw Min", "Nur Aisyah binti Hamzah", "Tan Wei Ming", "Lim Hui Shan"],
    "ar": ["Omar Al-Farsi", "Layla Haddad", "Youssef El-Amrani", "Fatima Zahra Benali", "Khalid Al-Mansouri", "Rania Khoury", "Tariq Nasser", "Nour El-Din Saleh"],
    "fa": ["Dariush Tehrani", "Shirin Ahmadi", "Reza Mohammadi", "Parisa Karimi", "Arash Moradi", "Niloufar Rahimi"],
    "tr": ["Emre Yılmaz", "Zeynep Kaya", "Burak Demir", "Elif Şahin", "Mehmet Çelik", "Ayşe Öztürk"],
    "sl": ["Dmitri Volkov", "Ekaterina Smirnova", "Pavel Novák", "Agnieszka Wiśniewska", "Tomasz Kowalczyk", "Olena Shevchenko", "Bogdan Petrović", "Irina Sokolova", "Дмитрий Орлов", "Анна Белова"],
    "eu": ["Lukas Baumgartner", "Sophie Lefèvre", "Matteo Bernardi", "Ingrid Halvorsen", "Sven Åkesson", "Pieter van der Berg", "Annelies de Vries", "Jean-Baptiste Moreau", "Giulia Romano", "Nils Eriksen", "Clara Schäfer", "Henrik Vestergaard", "Aoife Brennan", "Siobhán Keane", "Lucía Fernández"],
    "la": ["Valentina Restrepo", "Santiago Cárdenas", "Camila Ocampo", "Diego Villalobos", "Mariana Quintero", "Joaquín Paredes", "Renata Figueroa", "Thiago Carvalho", "Larissa Albuquerque"],
}
FIRST_ALONE = ["Anya", "Deepak", "Mateo", "Ingrid", "Kofi", "Yuki", "Farah", "Ravi", "Sanjay", "Leona", "Bilal", "Hyejin", "Tomás", "Greta", "Obi", "Nadia"]
NICKNAMES = ["阿杰", "阿珍", "阿伟", "大刘", "强哥", "Mandy姐", "Jojo", "芳芳", "老黑"]
ZH_GIVEN_ALONE = ["晓雯", "子涵", "思远", "嘉怡", "一鸣", "梓萱", "振宇", "婉清", "雨桐", "文博"]
# never a PERSON: public figures, fictional characters and placeholders (those quoted by the labelling spec included, so the validator rejects them)
NOT_PERSONS = {
    "马云", "李白", "雷军", "孙悟空", "林黛玉", "韦小宝", "张三", "李四", "王五", "某某", "小明", "小红", "Alice", "Bob", "Carol",
    "John Doe", "Jane Doe", "John Smith", "Elon Musk", "Barack Obama", "Satya Nadella", "Harry Potter", "Sherlock Holmes", "Gandalf",
    "任正非", "董明珠", "刘慈欣", "莫言", "姚明", "谷爱凌", "周杰伦", "钟南山", "屠呦呦", "张艺谋", "贾宝玉", "令狐冲", "郭靖", "黄蓉",
    "哪吒", "唐僧", "猪八戒", "诸葛亮", "司马懿", "赵六", "钱七", "路人甲", "山田太郎", "홍길동", "周芷若", "王建国",
}

CN_URBAN = [
    ("上海市徐汇区漕溪北路", "号"), ("北京市海淀区中关村南大街", "号"), ("广州市天河区体育西路", "号"), ("深圳市南山区科苑南路", "号"),
    ("浙江省杭州市西湖区文三路", "号"), ("成都市武侯区人民南路四段", "号"), ("湖北省武汉市洪山区珞喻路", "号"), ("南京市鼓楼区中山北路", "号"),
    ("西安市雁塔区小寨东路", "号"), ("重庆市渝北区金开大道", "号"), ("江苏省苏州市工业园区星湖街", "号"), ("天津市河西区友谊路", "号"),
    ("长沙市岳麓区麓山南路", "号"), ("福建省厦门市思明区湖滨南路", "号"), ("山东省青岛市市南区香港中路", "号"), ("郑州市金水区花园路", "号"),
    ("沈阳市和平区南京南街", "号"), ("昆明市五华区东风西路", "号"), ("合肥市蜀山区长江西路", "号"), ("北京市朝阳区望京街", "号"),
]
CN_SUFFIX = ["{a}号楼{b}单元{c:02d}{d:02d}室", "{a}栋{c:02d}{d:02d}", "{e}大厦{c}层", "B座{c}{d:02d}室", "", "{a}号院{b}号楼{c}0{d}"]
CN_ESTATE = ["翠湖花园", "金地格林小镇", "万科城市花园", "碧水蓝天苑", "融侨锦江", "阳光城丽景湾", "保利香槟国际", "龙湖春江郦城"]
CN_TOWER = ["国贸", "银泰", "华润", "汇金", "新世界", "瑞安", "恒隆"]
CN_RURAL = ["河南省周口市郸城县汲冢镇", "湖南省邵阳市隆回县桃洪镇", "四川省南充市仪陇县马鞍镇", "安徽省阜阳市临泉县杨桥镇", "江西省赣州市于都县岭背镇", "广西壮族自治区玉林市博白县沙河镇", "山东省临沂市沂南县依汶镇"]
CN_VILLAGE = ["李楼村", "新塘村", "石门村", "杨庄村", "上坪村", "大湾村", "枣林村"]
HK_STREETS = ["九龍旺角彌敦道", "香港灣仔駱克道", "新界沙田車公廟路", "九龍觀塘巧明街", "香港北角英皇道"]
TW_STREETS = ["臺北市大安區忠孝東路四段", "新北市板橋區文化路一段", "台中市西屯區台灣大道三段", "高雄市苓雅區四維三路", "桃園市中壢區中北路二段"]
SG_STREETS = ["Bedok North Avenue 2", "Tampines Street 81", "Jurong West Street 52", "Ang Mo Kio Avenue 3", "Toa Payoh Lorong 4"]
JP_ADDR = ["東京都世田谷区三軒茶屋{a}丁目{b}-{c}", "大阪府大阪市北区梅田{a}-{b}-{c}", "〒150-0002 東京都渋谷区渋谷{a}-{b}-{c}", "神奈川県横浜市中区山下町{b}-{c}", "福岡県福岡市中央区天神{a}-{b}-{c}"]
KR_ADDR = ["서울특별시 강남구 테헤란로 {n}", "부산광역시 해운대구 센텀중앙로 {n}", "서울특별시 마포구 양화로 {n}, {f}층", "경기도 성남시 분당구 판교역로 {n}"]
US_STREETS = ["Juniper Hollow Rd", "Alder Creek Dr", "W Marigold Ave", "Harbor View Ln", "Cedar Ridge Ct", "N Kedzie Ave", "Larkspur Way", "E Fremont St"]
US_CITIES = ["Boise, ID 83702", "Raleigh, NC 27603", "Tacoma, WA 98402", "Madison, WI 53703", "Tucson, AZ 85719", "Dayton, OH 45402", "Plano, TX 75024", "Sacramento, CA 95814"]
UK_LINES = ["{n} Rosebery Crescent, Leeds LS8 1QT", "Flat {f}, {n} Wellington Terrace, Bristol BS8 4LA", "{n} Kingsdown Parade, Bristol BS6 5UF", "Flat {f}, {n} Albion Street, Glasgow G1 1LH", "{n} Bramble Close, Reading RG6 7AB"]
DE_LINES = ["Kastanienallee {n}, 10435 Berlin", "Schillerstraße {n}a, 80336 München", "Am Mühlbach {n}, 50667 Köln", "Eppendorfer Weg {n}, 20259 Hamburg", "Sonnenbergstraße {n}, 70184 Stuttgart"]
OTHER_W = ["{n} rue des Tanneurs, 69002 Lyon", "Unit {f}, {n} Wattle Street, Fitzroy VIC 3065", "Prinsengracht {n}-II, 1016 HE Amsterdam", "{n} Rue Saint-Denis, Montréal, QC H2X 3K9", "Flat {f}02, Lotus Residency, 14th Cross, Indiranagar, Bengaluru 560038", "Calle de Embajadores {n}, 28012 Madrid", "Via dei Serpenti {n}, 00184 Roma"]

ORG_ZH = ["恒泰精密机械有限公司", "蓝湾云计算科技有限公司", "华晟律师事务所", "金桥会计师事务所", "瑞丰物流集团", "江南纺织股份有限公司", "北辰医药有限公司", "海川食品集团", "中科澜图信息技术有限公司", "鼎盛建设工程有限公司", "远舟供应链管理有限公司", "星禾教育科技有限公司", "比亚迪", "宁德时代", "美的集团", "招商银行"]
ORG_EN = ["Harborline Logistics Ltd", "Kestrel Analytics GmbH", "Northgate Pharma AG", "Bluefen Robotics B.V.", "Tidewater Capital Partners LLP", "Quillon Labs", "Meridian Foods plc", "Brightwater Health Group", "Caldera Systems Inc.", "Pinecrest Insurance LLC", "Vantor Semiconductor Inc.", "Bosch", "Unilever", "Samsung Electronics", "Airbus"]
BANKS = ["招商银行", "中国工商银行", "交通银行", "浦发银行", "兴业银行", "中国建设银行", "宁波银行"]
EMAIL_DOMAINS_CORP = ["hengtai-tech.cn", "lanwancloud.com", "ruifeng-logistics.com.cn", "kestrel-analytics.de", "harborline.co.uk", "quillonlabs.io", "vantorsemi.com", "northgate-pharma.ch"]
EMAIL_DOMAINS_PERS = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com", "yahoo.co.jp", "naver.com", "web.de", "hotmail.co.uk"]
PW_WORDS = ["Lanzhou", "qiuqiu", "Sunflower", "tiger", "Mango", "bluefish", "Harbin", "Panda", "Keystone", "yueliang", "Xiaomao", "Orchid", "Falcon", "hello"]

PRC_AREAS = [
    "110105", "110108", "120101", "130102", "140105", "150102", "210102", "220102", "230103", "310104", "310115", "320106",
    "320583", "330106", "330282", "340104", "350203", "360102", "370202", "370781", "410105", "420106", "430104", "440106",
    "440305", "450103", "460106", "500103", "510107", "520102", "530102", "540102", "610113", "620102", "630102", "640104",
    "650102", "420683", "431102", "522601",
]
GB11643 = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits


# --------------------------------------------------------------------------------------------------
# generators (values); each returns a string
# --------------------------------------------------------------------------------------------------
def rstr(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def rdigits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def prc_check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, GB11643, strict=False)) % 11]


def rand_birth(rng: random.Random, lo: int = 1958, hi: int = 2004) -> dt.date:
    start, end = dt.date(lo, 1, 1), dt.date(hi, 12, 31)
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def gen_prc(rng: random.Random, want_x: bool | None = None) -> str:
    while True:
        body = rng.choice(PRC_AREAS) + rand_birth(rng).strftime("%Y%m%d") + rdigits(rng, 3)
        chk = prc_check(body)
        if want_x is None or want_x == (chk == "X"):
            return body + chk


def gen_prc_any(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.12:
        return gen_prc(rng, True)
    if r < 0.18:
        return gen_prc(rng, True)[:-1] + "x"
    if r < 0.26:
        return gen_prc(rng).translate(FW_TABLE)
    return gen_prc(rng, False)


def nm_prc_check(rng: random.Random) -> str:
    good = gen_prc(rng, False)
    wrong = [c for c in "0123456789X" if c != good[-1]]
    return good[:17] + rng.choice(wrong)


def nm_prc_date(rng: random.Random) -> str:
    year = rng.randrange(1960, 2003)
    month, day = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31), (13, 5), (0, 12), (14, 2), (7, 32), (2, 29)])
    if (month, day) == (2, 29) and (year % 4 == 0):
        year += 1
    body = rng.choice(PRC_AREAS) + f"{year:04d}{month:02d}{day:02d}" + rdigits(rng, 3)
    return body + prc_check(body)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


CARD_PREFIXES = {
    "up16": (["622202", "621700", "622848", "621483", "623058", "622588", "621226"], 16),
    "up19": (["622202", "621700", "622848", "623668", "621799", "622823"], 19),
    "visa": (["4", "4000", "4147", "4392", "4581", "4862"], 16),
    "mc": (["51", "52", "53", "54", "55", "5187", "5425"], 16),
    "mc2": (["2221", "2300", "2483", "2610", "2720"], 16),
}


def card_number(rng: random.Random, kind: str) -> str:
    prefixes, length = CARD_PREFIXES[kind]
    body = rng.choice(prefixes)
    body += rdigits(rng, length - 1 - len(body))
    return body + luhn_digit(body)


def layout_card(rng: random.Random, num: str, layout: str | None = None) -> str:
    layout = layout or rng.choice(["plain", "plain", "space", "space", "dash", "fw"])
    if layout == "plain":
        return num
    if layout == "fw":
        return num.translate(FW_TABLE)
    sep = " " if layout == "space" else "-"
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def gen_card(rng: random.Random, kind: str | None = None, layout: str | None = None) -> str:
    kind = kind or rng.choice(["up16", "up19", "visa", "visa", "mc", "mc2"])
    return layout_card(rng, card_number(rng, kind), layout)


def nm_card(rng: random.Random, length: int | None = None) -> str:
    kind = {16: rng.choice(["up16", "visa", "mc"]), 19: "up19", None: rng.choice(["up16", "up19", "visa", "mc"])}[length]
    num = card_number(rng, kind)
    bad = num[:-1] + str((int(num[-1]) + rng.randrange(1, 10)) % 10)
    return layout_card(rng, bad, rng.choice(["plain", "space", "dash"]))


def iban_check(country: str, bban: str) -> str:
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return f"{98 - int(num) % 97:02d}"


def nl_account(rng: random.Random) -> str:
    while True:
        digits = rdigits(rng, 9)
        s = sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=False))
        last = (-s) % 11
        if last < 10 and digits[0] != "0":
            return digits + str(last)


def iban_raw(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(["DE", "DE", "GB", "NL", "AT", "CH", "IE"])
    if country == "DE":
        bban = rng.choice(["10070000", "50010517", "37040044", "20041133", "70150000"]) + rdigits(rng, 10)
    elif country == "GB":
        bank = rng.choice(["BARC", "LOYD", "HBUK", "NWBK", "MIDL"])
        bban = bank + rdigits(rng, 6) + rdigits(rng, 8)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + nl_account(rng)
    elif country == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000"]) + rdigits(rng, 11)
    elif country == "CH":
        bban = rng.choice(["00762", "00230", "00700", "80808"]) + rdigits(rng, 12)
    else:
        bban = rng.choice(["AIBK", "BOFI"]) + rng.choice(["931152", "900017", "933114"]) + rdigits(rng, 8)
    return country + iban_check(country, bban) + bban


def print_iban(raw: str) -> str:
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def gen_iban(rng: random.Random, country: str | None = None) -> str:
    raw = iban_raw(rng, country)
    return print_iban(raw) if rng.random() < 0.55 else raw


def nm_iban(rng: random.Random) -> str:
    raw = iban_raw(rng)
    bad = f"{(int(raw[2:4]) + rng.randrange(1, 90)) % 97 + 2:02d}"
    if bad == raw[2:4]:
        bad = f"{(int(bad) + 1) % 97 + 2:02d}"
    raw = raw[:2] + bad + raw[4:]
    return print_iban(raw) if rng.random() < 0.5 else raw


def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    while True:
        area = rng.randrange(1, 900)
        if area != 666:
            break
    return f"{area:03d}", f"{rng.randrange(1, 100):02d}", f"{rng.randrange(1, 10000):04d}"


def gen_ssn(rng: random.Random, fmt: str | None = None) -> str:
    a, g, s = ssn_parts(rng)
    fmt = fmt or rng.choice(["dash", "dash", "dash", "space", "plain"])
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": a + g + s}[fmt]


def nm_ssn(rng: random.Random) -> str:
    a, g, s = ssn_parts(rng)
    kind = rng.choice(["000", "666", "9xx", "g00", "s0000"])
    if kind == "000":
        a = "000"
    elif kind == "666":
        a = "666"
    elif kind == "9xx":
        a = str(rng.randrange(900, 1000))
    elif kind == "g00":
        g = "00"
    else:
        s = "0000"
    return f"{a}-{g}-{s}"


def gen_passport(rng: random.Random, kind: str) -> str:
    if kind == "cn":
        return rng.choice("EG") + rdigits(rng, 8)
    if kind in ("us", "uk"):
        return str(rng.randrange(1, 10)) + rdigits(rng, 8)
    if kind == "de":
        return "C" + rstr(rng, "CFGHJKLMNPRTVWXYZ0123456789", 8)
    if kind == "jp":
        return rng.choice(["TK", "TR", "MZ", "TZ"]) + rdigits(rng, 7)
    if kind == "fr":
        return rdigits(rng, 2) + rstr(rng, string.ascii_uppercase, 2) + rdigits(rng, 5)
    return rstr(rng, string.ascii_uppercase, 2) + rdigits(rng, 6)  # ca


MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "139", "147", "150", "151", "152", "155", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]


def mobile_digits(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + rdigits(rng, 8)


def gen_mobile(rng: random.Random, fmt: str | None = None) -> str:
    m = mobile_digits(rng)
    fmt = fmt or rng.choice(["plain", "plain", "dash", "space", "p86", "p86s", "paren", "fw"])
    return {
        "plain": m, "dash": f"{m[:3]}-{m[3:7]}-{m[7:]}", "space": f"{m[:3]} {m[3:7]} {m[7:]}", "p86": f"+86 {m}",
        "p86s": f"+86{m}", "paren": f"(+86) {m[:3]} {m[3:7]} {m[7:]}", "fw": m.translate(FW_TABLE),
    }[fmt]


def gen_landline(rng: random.Random) -> str:
    fmt = rng.choice(["bj", "sh", "sz", "hz", "cd"])
    if fmt == "bj":
        return "010-" + rng.choice("568") + rdigits(rng, 7)
    if fmt == "sh":
        return "(021)" + rng.choice("56") + rdigits(rng, 7)
    if fmt == "sz":
        return "0755 " + rng.choice("28") + rdigits(rng, 3) + " " + rdigits(rng, 4)
    if fmt == "hz":
        return "0571-8" + rdigits(rng, 7)
    return "028-6" + rdigits(rng, 7)


def gen_intl(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["uk", "us", "sg", "hk", "de", "jp", "in", "kr", "au", "ae", "ng", "br"])
    if kind == "uk":
        return f"+44 7{rng.choice('45689')}{rdigits(rng, 2)} {rdigits(rng, 6)}"
    if kind == "us":
        return f"+1 ({rng.choice(['415', '646', '312', '206', '512', '617'])}) {rng.randrange(201, 999)}-{rdigits(rng, 4)}".replace(") 555", ") 556")
    if kind == "sg":
        return f"+65 {rng.choice('89')}{rdigits(rng, 3)} {rdigits(rng, 4)}"
    if kind == "hk":
        return f"+852 {rng.choice('569')}{rdigits(rng, 3)} {rdigits(rng, 4)}"
    if kind == "de":
        return f"+49 15{rng.choice('12579')} {rdigits(rng, 8)}"
    if kind == "jp":
        return f"+81 {rng.choice(['90', '80', '70'])}-{rdigits(rng, 4)}-{rdigits(rng, 4)}"
    if kind == "in":
        return f"+91 9{rdigits(rng, 4)} {rdigits(rng, 5)}"
    if kind == "kr":
        return f"+82 10-{rdigits(rng, 4)}-{rdigits(rng, 4)}"
    if kind == "au":
        return f"+61 4{rdigits(rng, 2)} {rdigits(rng, 3)} {rdigits(rng, 3)}"
    if kind == "ae":
        return f"+971 5{rng.choice('0256')} {rdigits(rng, 3)} {rdigits(rng, 4)}"
    if kind == "ng":
        return f"+234 80{rng.choice('36')} {rdigits(rng, 3)} {rdigits(rng, 4)}"
    return f"+55 11 9{rdigits(rng, 4)}-{rdigits(rng, 4)}"


def gen_phone_any(rng: random.Random) -> str:
    r = rng.random()
    return gen_mobile(rng) if r < 0.5 else gen_landline(rng) if r < 0.7 else gen_intl(rng)


def email_local(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return rng.choice(PY_SUR).lower() + "." + rng.choice(PY_GIVEN).lower()
    if kind == 1:
        return rng.choice(PY_GIVEN).lower() + rng.choice(PY_SUR).lower()[0] + rdigits(rng, 2)
    if kind == 2:
        return rng.choice(EN_FIRST).lower()[0] + rng.choice(EN_LAST).lower()
    if kind == 3:
        return rdigits(rng, rng.randrange(8, 11)).lstrip("0") or "3781"
    if kind == 4:
        return rng.choice(["finance", "hr-ops", "procurement", "ap", "it-helpdesk", "legal.cn", "sales-east"])
    return rng.choice(EN_FIRST).lower() + "_" + rng.choice(PY_SUR).lower()


def gen_email(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["corp", "pers"])
    dom = rng.choice(EMAIL_DOMAINS_CORP if kind == "corp" else EMAIL_DOMAINS_PERS)
    return f"{email_local(rng)}@{dom}"


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def gen_ip4_private(rng: random.Random) -> str:
    k = rng.randrange(3)
    if k == 0:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(2, 255)}"
    if k == 1:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(2, 255)}"
    return f"192.168.{rng.randrange(256)}.{rng.randrange(2, 255)}"


def gen_ip4_public(rng: random.Random) -> str:
    while True:
        ip = ipaddress.ip_address(f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}")
        if ip.is_global and not any(ip in n for n in DOC_NETS if n.version == 4):
            return str(ip)


def gen_ip6(rng: random.Random, ula: bool = False) -> str:
    if ula:
        groups = [f"fd{rng.randrange(256):02x}"] + [f"{rng.randrange(65536):x}" for _ in range(3)]
        return ":".join(groups) + "::" + f"{rng.randrange(1, 65536):x}"
    first = rng.choice(["2400", "2408", "240e", "2a02", "2a01", "2600", "2604", "2001:da8", "2406"])
    rest = [f"{rng.randrange(65536):x}" for _ in range(3 if ":" not in first else 2)]
    tail = [f"{rng.randrange(1, 65536):x}" for _ in range(rng.choice([1, 2]))]
    return first + ":" + ":".join(rest) + "::" + ":".join(tail)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def gen_jwt(rng: random.Random) -> str:
    header = {"alg": rng.choice(["HS256", "RS256", "HS512"]), "typ": "JWT"}
    payload = {"sub": rdigits(rng, 7), "tenant": rng.choice(["cn-east", "apac", "eu1", "ops"]), "role": rng.choice(["admin", "svc", "finance-ro"]),
               "iat": 1760000000 + rng.randrange(9000000), "exp": 1770000000 + rng.randrange(9000000)}
    sig = rstr(rng, B64URL, 43 if header["alg"] == "HS256" else 86)
    return b64url(json.dumps(header, separators=(",", ":")).encode()) + "." + b64url(json.dumps(payload, separators=(",", ":")).encode()) + "." + sig


def gen_keyblock(rng: random.Random, kind: str = "openssh") -> str:
    if kind == "openssh":
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rstr(rng, string.ascii_letters + string.digits + "+/", 70 * 4 - 70)
        head, foot = "-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----"
    else:
        body = "MIIEow" + rstr(rng, string.ascii_letters + string.digits + "+/", 70 * 5 - 6)
        head, foot = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return head + "\n" + "\n".join(lines) + "\n" + foot


def gen_password(rng: random.Random) -> str:
    k = rng.randrange(6)
    if k == 0:
        return rng.choice(PW_WORDS) + rng.choice("@#!_.") + str(rng.randrange(1980, 2027)) + rng.choice(["", "!", "#"])
    if k == 1:
        return rstr(rng, ALNUM + "!#%^*", rng.randrange(12, 20))
    if k == 2:
        return rng.choice(PW_WORDS).lower() + rdigits(rng, 6)
    if k == 3:
        return rng.choice(PY_SUR).lower()[:1] + rng.choice(PY_GIVEN).lower() + rng.choice(["@", "_", ""]) + rdigits(rng, 4)
    if k == 4:
        return rstr(rng, string.ascii_lowercase, 4) + "-" + rstr(rng, string.ascii_lowercase, 4) + "-" + rdigits(rng, 2) + rng.choice("QZKW")
    return rng.choice(PW_WORDS) + rstr(rng, ALNUM, 6) + rng.choice("!$&")


def gen_dburl(rng: random.Random, kind: str) -> str:
    pw = rstr(rng, ALNUM, rng.randrange(10, 18))
    host = rng.choice(["pg-prod-02.int.hengtai-tech.cn", "10.24.8.17", "rm-bp1x9k2.mysql.rds.aliyuncs.com", "db01.lanwancloud.com", "orders-db.svc.cluster.local", "172.20.4.33"])
    if kind == "pg":
        return f"postgresql://{rng.choice(['app', 'etl_user', 'report', 'svc_orders'])}:{pw}@{host}:5432/{rng.choice(['orders', 'crm', 'billing'])}"
    if kind == "mysql":
        return f"mysql://{rng.choice(['root', 'bi_reader', 'dev'])}:{pw}@{host}:3306/{rng.choice(['erp', 'hr_core', 'shop'])}"
    if kind == "mongo":
        return f"mongodb+srv://{rng.choice(['admin', 'ingest'])}:{pw}@cluster0.{rstr(rng, string.ascii_lowercase + string.digits, 5)}.mongodb.net/prod"
    if kind == "redis":
        return f"redis://:{pw}@{host}:6379/0"
    if kind == "amqp":
        return f"amqp://mq_{rng.choice(['svc', 'worker'])}:{pw}@{host}:5672/%2f"
    return f"https://{rng.choice(['deploy', 'ci-bot', 'build'])}:{pw}@{rng.choice(['pypi.int.quillonlabs.io', 'nexus.hengtai-tech.cn', 'npm.vantorsemi.com'])}/{rng.choice(['simple', 'repository/pypi-group/simple', 'repository/npm-private/'])}"


SECRET_GENS = {
    "sk": lambda r: "sk-" + rstr(r, ALNUM, 48),
    "skproj": lambda r: "sk-proj-" + rstr(r, ALNUM + "-_", 120),
    "sklive": lambda r: "sk_live_" + rstr(r, ALNUM, 24 + r.randrange(0, 75)),
    "akia": lambda r: "AKIA" + rstr(r, string.ascii_uppercase.replace("E", "") + "234567", 16),
    "awssecret": lambda r: rstr(r, ALNUM + "+/", 40),
    "ghp": lambda r: "ghp_" + rstr(r, ALNUM, 36),
    "glpat": lambda r: "glpat-" + rstr(r, ALNUM + "-_", 20),
    "xoxb": lambda r: f"xoxb-{rdigits(r, 12)}-{rdigits(r, 13)}-{rstr(r, ALNUM, 24)}",
    "npm": lambda r: "npm_" + rstr(r, ALNUM, 36),
    "aiza": lambda r: "AIza" + rstr(r, ALNUM + "-_", 35),
    "jwt": gen_jwt,
    "sshkey": gen_keyblock,
    "rsakey": lambda r: gen_keyblock(r, "rsa"),
    "pw": gen_password,
    "hexsecret": lambda r: rstr(r, "0123456789abcdef", 64),
    "djkey": lambda r: "django-insecure-" + rstr(r, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50).replace("(", "x"),
    "authcode": lambda r: rstr(r, string.ascii_lowercase, 16),
    "dbpg": lambda r: gen_dburl(r, "pg"),
    "dbmysql": lambda r: gen_dburl(r, "mysql"),
    "dbmongo": lambda r: gen_dburl(r, "mongo"),
    "dbredis": lambda r: gen_dburl(r, "redis"),
    "dbamqp": lambda r: gen_dburl(r, "amqp"),
    "idxurl": lambda r: gen_dburl(r, "idx"),
    "gitremote": lambda r: f"https://oauth2:glpat-{rstr(r, ALNUM + '-_', 20)}@gitlab.int.quillonlabs.io/infra/{r.choice(['terraform', 'helm-charts', 'billing-api'])}.git",
}


def gen_cn_urban(rng: random.Random) -> str:
    road, _ = rng.choice(CN_URBAN)
    suffix = rng.choice(CN_SUFFIX).format(a=rng.randrange(1, 30), b=rng.randrange(1, 6), c=rng.randrange(2, 32), d=rng.randrange(1, 20), e=rng.choice(CN_TOWER))
    return f"{road}{rng.randrange(1, 999)}号{suffix}"


def gen_cn_estate(rng: random.Random) -> str:
    road, _ = rng.choice(CN_URBAN)
    return f"{road}{rng.randrange(1, 600)}号{rng.choice(CN_ESTATE)}{rng.randrange(1, 4)}期{rng.randrange(1, 25)}栋{rng.randrange(1, 4)}单元{rng.randrange(1, 33)}0{rng.randrange(1, 6)}"


def gen_cn_rural(rng: random.Random) -> str:
    return f"{rng.choice(CN_RURAL)}{rng.choice(CN_VILLAGE)}{rng.choice('一二三四五六七八')}组{rng.randrange(1, 80)}号"


def gen_hk(rng: random.Random) -> str:
    return f"{rng.choice(HK_STREETS)}{rng.randrange(1, 700)}號{rng.randrange(2, 30)}樓{rng.choice('ABCDEF')}室"


def gen_tw(rng: random.Random) -> str:
    lane = f"{rng.randrange(2, 300)}巷" if rng.random() < 0.4 else ""
    return f"{rng.choice(TW_STREETS)}{lane}{rng.randrange(1, 400)}號{rng.randrange(2, 20)}樓"


def gen_sg(rng: random.Random) -> str:
    blk = rng.randrange(100, 800)
    return f"Blk {blk} {rng.choice(SG_STREETS)}, #{rng.randrange(2, 20):02d}-{rng.randrange(10, 400)}, Singapore {rng.choice('3456')}{rdigits(rng, 2)}{blk}"


def gen_jp(rng: random.Random) -> str:
    return rng.choice(JP_ADDR).format(a=rng.randrange(1, 6), b=rng.randrange(1, 30), c=rng.randrange(1, 20))


def gen_kr(rng: random.Random) -> str:
    return rng.choice(KR_ADDR).format(n=rng.randrange(1, 400), f=rng.randrange(2, 25))


def gen_us(rng: random.Random) -> str:
    apt = rng.choice(["", "", f" Apt {rng.randrange(1, 40)}{rng.choice('ABC')},", f" #{rng.randrange(100, 900)},"])
    return f"{rng.randrange(100, 9900)} {rng.choice(US_STREETS)},{apt} {rng.choice(US_CITIES)}".replace(",,", ",")


def gen_uk(rng: random.Random) -> str:
    return rng.choice(UK_LINES).format(n=rng.randrange(2, 180), f=rng.randrange(1, 9))


def gen_de(rng: random.Random) -> str:
    return rng.choice(DE_LINES).format(n=rng.randrange(1, 120))


def gen_otherw(rng: random.Random) -> str:
    return rng.choice(OTHER_W).format(n=rng.randrange(2, 240), f=rng.randrange(1, 9))


def gen_addr_any(rng: random.Random) -> str:
    return rng.choice([gen_cn_urban, gen_cn_urban, gen_cn_estate, gen_cn_rural, gen_hk, gen_tw, gen_sg, gen_jp, gen_kr, gen_us, gen_uk, gen_de, gen_otherw])(rng)


def gen_zh_name(rng: random.Random) -> str:
    g = rng.choice(ZH_GIVEN2) if rng.random() < 0.8 else rng.choice(ZH_GIVEN1)
    return rng.choice(ZH_SURNAMES) + g


def gen_pinyin(rng: random.Random) -> str:
    s, g = rng.choice(PY_SUR), rng.choice(PY_GIVEN)
    return rng.choice([f"{s} {g}", f"{g} {s}", f"{s.upper()} {g}"])


def gen_world(rng: random.Random) -> str:
    return rng.choice(WORLD_NAMES[rng.choice(list(WORLD_NAMES))])


def gen_latin_any(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
    if k == 1:
        return gen_pinyin(rng)
    while True:
        name = gen_world(rng)
        if all(ord(c) < 0x2E80 for c in name) and not re.search("[А-я]", name):
            return name


def uscc(rng: random.Random) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "91" + rng.choice(PRC_AREAS) + rstr(rng, chars, 9)
    c = 31 - sum(chars.index(ch) * wi for ch, wi in zip(body, w, strict=False)) % 31
    return body + chars[0 if c == 31 else c]


def isbn13(rng: random.Random) -> str:
    pub = rng.choice(["115", "111", "5086", "302", "04"])
    body = "9787" + pub + rdigits(rng, 12 - 4 - len(pub))
    chk = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
    return f"978-7-{pub}-{body[4 + len(pub):]}-{chk}"


def order23(rng: random.Random) -> str:
    return "2025" + rdigits(rng, 3) + mobile_digits(rng) + rdigits(rng, 5)


PLAIN_GENS = {
    "nm_prc_chk": nm_prc_check, "nm_prc_date": nm_prc_date, "nm_card": nm_card, "nm_card16": lambda r: nm_card(r, 16),
    "nm_card19": lambda r: nm_card(r, 19), "nm_iban": nm_iban, "nm_ssn": nm_ssn, "order23": order23, "uscc": uscc, "isbn": isbn13,
    "order": lambda r: r.choice(["DD", "JD", "SO", "T"]) + "2025" + rdigits(r, 8),
    "sfno": lambda r: "SF" + rdigits(r, 13),
    "invoice": lambda r: f"INV-{r.choice(['2024', '2025'])}-{rdigits(r, 6)}",
    "po": lambda r: f"PO-{rdigits(r, 8)}",
    "wire": lambda r: f"FT{rdigits(r, 5)}{rstr(r, string.ascii_uppercase + string.digits, 7)}",
    "meeting": lambda r: f"{r.randrange(100, 999)} {rdigits(r, 3)} {rdigits(r, 3)}",
    "ts": lambda r: str(1750000000000 + r.randrange(10 ** 10)),
    "ver": lambda r: f"{r.randrange(1, 9)}.{r.randrange(0, 30)}.{r.randrange(0, 20)}",
    "sku": lambda r: f"SKU-{rstr(r, string.ascii_uppercase, 3)}-{rdigits(r, 5)}",
    "ticket": lambda r: f"{r.choice(['OPS', 'ITSM', 'JIRA-FIN', 'HR'])}-{r.randrange(1000, 99999)}",
    "fapiao": lambda r: rdigits(r, 8),
    "amount": lambda r: f"{r.randrange(1, 99)},{rdigits(r, 3)}.{rdigits(r, 2)}",
    "cnt": lambda r: str(r.randrange(3, 60)),
    "pct": lambda r: f"{r.randrange(2, 40)}.{r.randrange(10)}%",
    "yi": lambda r: f"{r.randrange(1, 40)}.{rdigits(r, 2)}亿",
    "wan": lambda r: f"{r.randrange(12, 900)}万",
    "mio": lambda r: f"${r.randrange(2, 900)}.{r.randrange(10)}M",
    "k": lambda r: f"{r.randrange(60, 260)}k",
    "date": lambda r: rand_birth(r, 2024, 2026).isoformat(),
}


def pick_from(pool: list[str]):
    return lambda r: r.choice(pool)


def slot_registry() -> dict:
    """slot name -> (entity type or None, generator)."""
    reg: dict = {}
    person = {
        "pzh": gen_zh_name,
        "pzhr": lambda r: r.choice(ZH_RARE) + r.choice(ZH_GIVEN2 + ZH_GIVEN1),
        "pzhc": lambda r: r.choice(ZH_COMPOUND) + r.choice(ZH_GIVEN2 + ZH_GIVEN1),
        "ptw": lambda r: r.choice(TW_NAMES),
        "ptitle": lambda r: r.choice(ZH_SURNAMES) + r.choice(ZH_TITLES),
        "plao": lambda r: r.choice("老小") + r.choice(ZH_SURNAMES),
        "pfirst": lambda r: r.choice(FIRST_ALONE),
        "pzhgiven": lambda r: r.choice(ZH_GIVEN_ALONE),
        "pnick": lambda r: r.choice(NICKNAMES),
        "ppy": gen_pinyin,
        "ppylc": lambda r: f"{r.choice(PY_SUR).lower()} {r.choice(PY_GIVEN).lower()}",
        "pen": lambda r: f"{r.choice(EN_FIRST)} {r.choice(EN_LAST)}",
        "platin": gen_latin_any,
        "pworld": gen_world,
    }
    for key, pool in WORLD_NAMES.items():
        person["p" + key] = pick_from(pool)
    for k, f in person.items():
        reg[k] = ("PERSON", f)
    addr = {"acn": gen_cn_urban, "acne": gen_cn_estate, "acnr": gen_cn_rural, "ahk": gen_hk, "atw": gen_tw, "asg": gen_sg, "ajp": gen_jp,
            "akr": gen_kr, "aus": gen_us, "auk": gen_uk, "ade": gen_de, "aw": gen_otherw, "aany": gen_addr_any}
    for k, f in addr.items():
        reg[k] = ("ADDRESS", f)
    reg["orgzh"] = ("ORG", lambda r: r.choice(ORG_ZH))
    reg["orgen"] = ("ORG", lambda r: r.choice(ORG_EN))
    reg["prc"] = ("PRC_ID", gen_prc_any)
    reg["prcx"] = ("PRC_ID", lambda r: gen_prc(r, True))
    reg["prcfw"] = ("PRC_ID", lambda r: gen_prc(r).translate(FW_TABLE))
    for kind in CARD_PREFIXES:
        reg["c" + kind] = ("BANK_CARD", partial(gen_card, kind=kind))
    reg["card"] = ("BANK_CARD", gen_card)
    reg["cardfw"] = ("BANK_CARD", lambda r: gen_card(r, None, "fw"))
    for c in ("DE", "GB", "NL", "AT", "CH", "IE"):
        reg["iban" + c.lower()] = ("IBAN", partial(gen_iban, country=c))
    reg["iban"] = ("IBAN", gen_iban)
    reg["ssn"] = ("US_SSN", gen_ssn)
    reg["ssnd"] = ("US_SSN", lambda r: gen_ssn(r, "dash"))
    reg["ssnp"] = ("US_SSN", lambda r: gen_ssn(r, "plain"))
    for k in ("cn", "us", "uk", "de", "jp", "fr", "ca"):
        reg["pp" + k] = ("PASSPORT", partial(gen_passport, kind=k))
    reg["mob"] = ("PHONE", gen_mobile)
    reg["mobp"] = ("PHONE", lambda r: gen_mobile(r, "plain"))
    reg["tel"] = ("PHONE", gen_landline)
    reg["intl"] = ("PHONE", gen_intl)
    reg["mobuk"] = ("PHONE", partial(gen_intl, kind="uk"))
    reg["orgbank"] = ("ORG", pick_from(BANKS))
    reg["phone"] = ("PHONE", gen_phone_any)
    reg["email"] = ("EMAIL", gen_email)
    reg["emailc"] = ("EMAIL", lambda r: gen_email(r, "corp"))
    reg["emailp"] = ("EMAIL", lambda r: gen_email(r, "pers"))
    reg["ip4"] = ("IP_ADDRESS", gen_ip4_private)
    reg["ip4g"] = ("IP_ADDRESS", gen_ip4_public)
    reg["ip6"] = ("IP_ADDRESS", gen_ip6)
    reg["ip6u"] = ("IP_ADDRESS", lambda r: gen_ip6(r, True))
    for k, f in SECRET_GENS.items():
        reg[k] = ("SECRET", f)
    for k, f in PLAIN_GENS.items():
        reg[k] = (None, f)
    return reg


# --------------------------------------------------------------------------------------------------
# validators: written apart from the generators, they re-derive every check
# --------------------------------------------------------------------------------------------------
ALLOWED_PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44",
                     "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"}


def nfkc(text: str) -> str:
    out = unicodedata.normalize("NFKC", text)
    return out if len(out) == len(text) else text


def valid_prc(value: str) -> bool:
    v = nfkc(value).upper()
    if not re.fullmatch(r"\d{17}[\dX]", v) or v[:2] not in ALLOWED_PROVINCES or v[:6] not in PRC_AREAS:
        return False
    try:
        born = dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    if not dt.date(1958, 1, 1) <= born <= dt.date(2004, 12, 31):
        return False
    s = sum(int(v[i]) * pow(2, 17 - i, 11) for i in range(17))
    expect = (12 - s % 11) % 11
    return v[17] == ("X" if expect == 10 else str(expect))


def prc_shape_valid(v: str) -> bool:
    """Any 18-char run with a right check char and a real date (no area test): used by the scanner."""
    v = v.upper()
    try:
        dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    s = sum(int(v[i]) * pow(2, 17 - i, 11) for i in range(17))
    expect = (12 - s % 11) % 11
    return v[17] == ("X" if expect == 10 else str(expect))


def luhn_ok(digits: str) -> bool:
    total = 0
    for idx, ch in enumerate(digits[::-1]):
        n = int(ch) * (1 + idx % 2)
        total += n // 10 + n % 10
    return total % 10 == 0


def valid_card(value: str) -> bool:
    v = nfkc(value)
    if not re.fullmatch(r"\d{16}|\d{19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(\1\d{3})?", v):
        return False
    d = re.sub(r"\D", "", v)
    issuer = d.startswith(("62", "4")) or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720
    return issuer and luhn_ok(d) and (len(d) == 16 or d.startswith("62"))


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    moved = v[4:] + v[:4]
    n = int("".join(str(ord(c) - 55) if c.isalpha() else c for c in moved))
    return n % 97 == 1


def valid_iban(value: str) -> bool:
    v = value.replace(" ", "")
    lengths = {"DE": 22, "GB": 22, "NL": 18, "AT": 20, "CH": 21, "IE": 22}
    if v[:2] not in lengths or len(v) != lengths[v[:2]] or not iban_ok(value):
        return False
    if " " in value and value != " ".join(v[i:i + 4] for i in range(0, len(v), 4)):
        return False
    if v[:2] == "NL":
        acc = v[8:]
        return sum(int(d) * (10 - i) for i, d in enumerate(acc)) % 11 == 0
    return True


def ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", value)
    if not m:
        return False
    area, group, serial = m.group(1), m.group(3), m.group(4)
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


PASSPORT_RE = re.compile(r"[EG]\d{8}|\d{9}|C[CFGHJKLMNPRTVWXYZ0-9]{8}|[A-Z]{2}\d{7}|\d{2}[A-Z]{2}\d{5}|[A-Z]{2}\d{6}")


def valid_phone(value: str) -> bool:
    v = nfkc(value)
    if not re.fullmatch(r"[+()\d][\d ()+-]{6,22}\d", v):
        return False
    d = re.sub(r"\D", "", v)
    if v.startswith(("+86", "(+86)")):
        d = d[2:]
    if re.fullmatch(r"1\d{10}", d):
        return d[:2] in {"13", "14", "15", "16", "17", "18", "19"} and d != "13800000000"
    if d.startswith("0"):
        return 10 <= len(d) <= 12
    return v.startswith("+") and 9 <= len(d) <= 15


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
PLACEHOLDER_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test|localhost)$", re.IGNORECASE)


def valid_email(value: str) -> bool:
    return bool(EMAIL_RE.fullmatch(value)) and not PLACEHOLDER_DOMAIN.search(value.split("@")[1])


def ip_real(value: str) -> bool:
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return False
    if ip.is_loopback or ip.is_unspecified or ip.is_link_local or ip.is_multicast or any(ip in n for n in DOC_NETS if n.version == ip.version):
        return False
    return ip.is_global or ip.is_private


KEY_PREFIX_RE = re.compile(r"(?<![A-Za-z0-9])(sk-proj-|sk-|sk_live_|AKIA|ghp_|glpat-|xoxb-|npm_|AIza|eyJ|-----BEGIN)")
PLACEHOLDER_VALUES = re.compile(r"^(\$\{?|<|\{\{|%\(|os\.environ|os\.getenv|process\.env|getenv|secrets\.|env\(|YOUR_|your[-_]|\*{3,}|x{4,}|changeme|password$|None$|null$|''|\"\"|\[REDACTED|REDACTED|<redacted>|\.\.\.)", re.IGNORECASE)


def valid_secret(value: str) -> bool:
    if value != value.strip() or len(value) < 6 or "EXAMPLE" in value or PLACEHOLDER_VALUES.match(value):
        return False
    if value.startswith("-----BEGIN"):
        return bool(re.fullmatch(r"-----BEGIN ([A-Z ]+) PRIVATE KEY-----\n([A-Za-z0-9+/=]{1,70}\n)+-----END \1 PRIVATE KEY-----", value))
    if "\n" in value or " " in value:
        return False
    if value.startswith("eyJ"):
        parts = value.split(".")
        if len(parts) != 3:
            return False
        try:
            for p in parts[:2]:
                json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
        except ValueError:
            return False
        return len(parts[2]) >= 20
    if "://" in value:
        return bool(re.fullmatch(r"[a-z+]+://[^:/@\s]*:[^@\s]{6,}@[^\s/]+(/\S*)?", value)) and "localhost" not in value
    prefixed = {"sk-proj-": 60, "sk-": 40, "sk_live_": 24, "AKIA": 16, "ghp_": 36, "glpat-": 20, "xoxb-": 40, "npm_": 36, "AIza": 35}
    for p, n in prefixed.items():
        if value.startswith(p):
            return len(value) - len(p) >= n
    return True


def valid_span(etype: str, value: str) -> bool:
    if not value or value != value.strip():
        return False
    if etype == "PRC_ID":
        return valid_prc(value)
    if etype == "BANK_CARD":
        return valid_card(value)
    if etype == "IBAN":
        return valid_iban(value)
    if etype == "US_SSN":
        return ssn_ok(value)
    if etype == "PASSPORT":
        return bool(PASSPORT_RE.fullmatch(value))
    if etype == "PHONE":
        return valid_phone(value)
    if etype == "EMAIL":
        return valid_email(value)
    if etype == "IP_ADDRESS":
        return ip_real(value)
    if etype == "SECRET":
        return valid_secret(value)
    if etype == "PERSON":
        return value not in NOT_PERSONS and not re.search(r"\d", value) and "某" not in value
    if etype == "ADDRESS":
        return bool(re.search(r"\d", nfkc(value))) and not re.search(r"XX|某某|Main St|Anytown", value)
    if etype == "ORG":
        return not re.search(r"Acme|某某", value)
    return False


# --------------------------------------------------------------------------------------------------
# look-alike scanner: anything that looks like a value must sit inside a labelled span, or be a placeholder
# --------------------------------------------------------------------------------------------------
def covered(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


JWT_IO_SAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"


def scan_lookalikes(text: str, entities: list[dict]) -> list[str]:
    t = nfkc(text)
    spans = [(e["start"], e["end"]) for e in entities]
    typed = {(e["start"], e["end"]): e["type"] for e in entities}
    problems = []

    def need(kind: str, m: re.Match, grp: int = 0) -> None:
        if not covered(spans, m.start(grp), m.end(grp)):
            problems.append(f"unlabelled {kind}: {m.group(grp)!r}")

    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t):
        if prc_shape_valid(m.group()):
            need("PRC_ID", m)
    for m in re.finditer(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])", t):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            need("Luhn run", m)
    for m in re.finditer(r"(?<!\d)1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)", t):
        if re.sub(r"\D", "", m.group()) != "13800000000":
            need("mobile", m)
    for m in re.finditer(r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])", t):
        if ssn_ok(m.group()):
            need("SSN", m)
    for m in re.finditer(r"(?i)(?:ssn|social security)[^\d\n]{0,20}(\d{9})(?!\d)", t):
        if ssn_ok(m.group(1)):
            need("SSN", m, 1)
    for m in EMAIL_RE.finditer(t):
        if not PLACEHOLDER_DOMAIN.search(m.group().split("@")[1]) and not m.group().startswith("git@"):
            need("e-mail", m)
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", t):
        if ip_real(m.group()):
            need("IPv4", m)
    for m in re.finditer(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])", t):
        if ("::" in m.group() or m.group().count(":") == 7) and ip_real(m.group()):
            need("IPv6", m)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", t):
        if iban_ok(m.group()):
            need("IBAN", m)
    for m in re.finditer(r"(?<![A-Za-z0-9])[EG]\d{8}(?!\d)", t):
        need("PRC passport", m)
    samples = [(m.start(), m.end()) for m in re.finditer(re.escape(JWT_IO_SAMPLE) + r"\.[A-Za-z0-9_-]+", t)]
    for m in KEY_PREFIX_RE.finditer(t):
        tail = t[m.start():m.start() + 60]
        if "EXAMPLE" in tail or covered(samples, m.start(), m.end()):
            continue
        if re.match(r"(sk-|sk_live_|AKIA|ghp_|glpat-|xoxb-|npm_|AIza)[A-Za-z0-9_-]{12,}|eyJ[A-Za-z0-9_-]{10,}\.|-----BEGIN [A-Z ]*PRIVATE KEY", tail):
            need("key prefix", m)
    pw_assign = re.compile(
        r"(?i)(?:password|passwd|pwd|pass|secret_key|secret|api[_-]?key|token|auth)[\"']?[ \t]*(?:[:=]|=>|\bis\b)[ \t]*[\"']?([^\s\"',;}]+)"
        r"|(?:密码是|密码为|密码[:：]|初始密码[是为:：]?|口令[是为:：]|授权码[是为:：]?|密码改成了?|密码设成了?)[ \t]*[\"'“]?([^\s\"'”，。,；;）)]+)"
        r"|(?:mysql\b[^\n]*?\s-p|--requirepass\s+|curl\s+-u\s+[^:\s]+:)([^\s\"']+)")
    for m in pw_assign.finditer(t):
        grp = next(i for i in (1, 2, 3) if m.group(i) is not None)
        val = m.group(grp)
        if PLACEHOLDER_VALUES.match(val) or covered(spans, m.start(grp), m.end(grp)):
            continue
        if re.fullmatch(r"[a-z_]*_[a-z_]*\)?|[a-z_]+\)|[A-Za-z_]+\(.*|\w+\.\w+.*|[A-Z_]{3,}|true|false|raise|return|not|\d{1,4}|required|optional|reset|expired|auth|None|str|bool|string|int|self\..*", val):
            continue
        problems.append(f"unlabelled password value: {val!r}")
    for m in re.finditer(r"[a-z][a-z0-9+.-]*://([^\s:/@]*):([^\s@/]+)@([^\s/:]+)", t):
        if m.group(3) in ("localhost", "127.0.0.1") or PLACEHOLDER_DOMAIN.search(m.group(3)) or PLACEHOLDER_VALUES.match(m.group(2)):
            continue
        if not any(typed.get(sp) == "SECRET" and sp[0] <= m.start() and m.end() <= sp[1] for sp in spans):
            problems.append(f"URL with password outside a SECRET span: {m.group()!r}")
    return problems


# --------------------------------------------------------------------------------------------------
# renderer
# --------------------------------------------------------------------------------------------------
SLOT_RE = re.compile(r"⟦([a-z0-9_]+)(?:@(\w+))?⟧")
REGISTRY = slot_registry()


def render(template: str, rng: random.Random) -> tuple[str, list[dict]]:
    out: list[str] = []
    entities: list[dict] = []
    cache: dict[str, str] = {}
    used: set[str] = set()
    pos = 0
    length = 0
    for m in SLOT_RE.finditer(template):
        lit = template[pos:m.start()]
        out.append(lit)
        length += len(lit)
        name, key = m.group(1), m.group(2)
        etype, gen = REGISTRY[name]
        if key and key in cache:
            value = cache[key]
        else:
            value = gen(rng)
            for _ in range(30):
                if value not in used:
                    break
                value = gen(rng)
            used.add(value)
            if key:
                cache[key] = value
        if etype:
            entities.append({"type": etype, "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), entities


def check_line(text: str, entities: list[dict]) -> list[str]:
    problems = []
    last = 0
    for e in entities:
        if e["start"] < last:
            problems.append("overlap or order")
        last = e["end"]
        if not valid_span(e["type"], text[e["start"]:e["end"]]):
            problems.append(f"invalid {e['type']}: {text[e['start']:e['end']]!r}")
    if "⟦" in text or "⟧" in text:
        problems.append("unrendered slot")
    return problems + scan_lookalikes(text, entities)


def cross_check_helpers(path: Path, rng: random.Random) -> str:
    if not path.is_file():
        return f"helpers not found at {path}: cross-check skipped"
    spec = importlib.util.spec_from_file_location("router_test_helpers", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for _ in range(2000):
        p = gen_prc(rng)
        assert mod.make_prc_id(p[:17]) == p, p
        assert not valid_prc(mod.wrong_check(p)), p
        c = card_number(rng, rng.choice(list(CARD_PREFIXES)))
        assert mod.luhn_check_digit(c[:-1]) == c[-1], c
        assert not luhn_ok(mod.break_luhn(c)), c
        assert valid_card(mod.make_luhn("622202", 19)) and valid_card(mod.make_luhn("4", 16))
    return "cross-checked 2000 PRC IDs and 2000 card numbers against tests/helpers.py"


CATEGORY_CAP = 34  # a frame with slots is rendered twice (different values) while its category stays within this many lines


def build(frames: list[tuple], seed: int) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    seen_text: set[str] = set()
    doubles = Counter()
    for cat, _lang, _conf, _tpl in frames:
        doubles[cat] -= 1
    for cat in doubles:
        doubles[cat] += CATEGORY_CAP
    for cat, lang, conf, template in frames:
        n = 2 if SLOT_RE.search(template) and doubles[cat] > 0 else 1
        doubles[cat] -= n - 1
        for _ in range(n):
            for _attempt in range(200):
                text, ents = render(template, rng)
                if text in seen_text:
                    continue
                problems = check_line(text, ents)
                if not problems:
                    break
            else:
                raise SystemExit(f"cannot render cleanly ({cat}): {template[:80]!r}: {problems}")
            seen_text.add(text)
            sensitive = conf or any(e["type"] in SENSITIVE_TYPES for e in ents)
            rows.append({"text": text, "sensitive": sensitive, "entities": ents, "category": cat, "lang": lang})
    random.Random(seed + 10).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"test-{i:04d}", "text": r["text"], "sensitive": r["sensitive"], "entities": r["entities"],
                    "category": r["category"], "lang": r["lang"]})
    return out


def final_checks(rows: list[dict]) -> None:
    for i, r in enumerate(rows, 1):
        assert list(r) == ["id", "text", "sensitive", "entities", "category", "lang"] and r["id"] == f"test-{i:04d}"
        assert r["category"] in CATEGORIES and r["lang"] in ("zh", "en", "mixed")
        assert not check_line(r["text"], r["entities"]), (r["id"], check_line(r["text"], r["entities"]))
        has = any(e["type"] in SENSITIVE_TYPES for e in r["entities"])
        assert r["sensitive"] or not has, r["id"]
        for e in r["entities"]:
            assert set(e) == {"type", "start", "end"} and 0 <= e["start"] < e["end"] <= len(r["text"])
    assert len({r["text"] for r in rows}) == len(rows)


def summary(rows: list[dict]) -> str:
    lines = ["| category | lines | true | false |", "|---|---:|---:|---:|"]
    by = Counter(r["category"] for r in rows)
    tr = Counter(r["category"] for r in rows if r["sensitive"])
    for c in CATEGORIES:
        lines.append(f"| {c} | {by[c]} | {tr[c]} | {by[c] - tr[c]} |")
    t = sum(tr.values())
    lines.append(f"| **total** | {len(rows)} | {t} | {len(rows) - t} |")
    lines += ["", "| lang | lines | true | false |", "|---|---:|---:|---:|"]
    bl = Counter(r["lang"] for r in rows)
    tl = Counter(r["lang"] for r in rows if r["sensitive"])
    for lang in ("zh", "en", "mixed"):
        lines.append(f"| {lang} | {bl[lang]} | {tl[lang]} | {bl[lang] - tl[lang]} |")
    ents = Counter(e["type"] for r in rows for e in r["entities"])
    lines_with = Counter(e["type"] for r in rows for e in {x["type"]: x for x in r["entities"]}.values())
    lines += ["", "| entity type | spans | lines holding one |", "|---|---:|---:|"]
    for k in ["PERSON", "ORG", "ADDRESS", "PRC_ID", "PHONE", "EMAIL", "BANK_CARD", "IP_ADDRESS", "PASSPORT", "IBAN", "US_SSN", "SECRET"]:
        lines.append(f"| {k} | {ents[k]} | {lines_with[k]} |")
    lines.append(f"| **total** | {sum(ents.values())} | |")
    multi = sum(1 for r in rows if len({e['type'] for e in r['entities']}) >= 2)
    cjk = sum(1 for r in rows for e in r["entities"] if e["type"] == "PERSON" and re.search(r"[\u3040-\u9fff\uac00-\ud7af]", r["text"][e["start"]:e["end"]]))
    lines += ["", f"Lines with entities of two or more types: {multi}. PERSON spans in CJK/hangul script: {cjk}, in Latin/other script: {ents['PERSON'] - cjk}.",
              f"Lines with no entity at all: {sum(1 for r in rows if not r['entities'])} (of them sensitive by content alone: {sum(1 for r in rows if not r['entities'] and r['sensitive'])})."]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--helpers", type=Path, default=DEFAULT_HELPERS)
    args = ap.parse_args()
    print(cross_check_helpers(args.helpers, random.Random(SEED + 1)), flush=True)
    rows = build(FRAMES, SEED)
    final_checks(rows)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    t = sum(r["sensitive"] for r in rows)
    print(f"wrote {len(rows)} lines ({t} sensitive, {len(rows) - t} not) to {args.out}")
    print(f"sha256 {hashlib.sha256(data).hexdigest()}")
    if args.summary:
        print(summary(rows))


# --------------------------------------------------------------------------------------------------
# hand-written frames: (lang, confidential, template); ⟦slot⟧ is filled by code, ⟦slot@k⟧ reuses a value
# --------------------------------------------------------------------------------------------------
FRAME_TABLE: dict[str, list[tuple[str, int, str]]] = {
    "general": [
        ("zh", 0, "帮我把这段话改得正式一点：下周二下午的分享会挪到三楼小会议室，大家记得带电脑"),
        ("zh", 0, "python里 list 和 tuple 到底啥区别啊，面试老被问"),
        ("en", 0, "can u explain the diff between a left join and an inner join w/ a tiny example"),
        ("en", 0, "Write a haiku about Monday standups that go on too long."),
        ("zh", 0, "给我一个周末带娃去郊区露营的装备清单，两大一小"),
        ("mixed", 0, "这个正则为啥匹配不到换行？ re.findall(r'^\\d+', s) 只返回第一行的结果"),
        ("en", 0, "Summarise the main ideas of the CAP theorem in three bullet points for non-engineers"),
        ("zh", 0, "年会节目想搞个小品，主题是“远程办公的一天”，帮我写个五分钟的剧本大纲"),
        ("en", 0, "translate into Spanish: 'The shuttle bus leaves the campus at 6:15 pm sharp.'"),
        ("zh", 0, "excel怎么把一列日期统一改成 yyyy-mm-dd 格式？有的是文本有的是数字"),
        ("mixed", 0, "Docker build 一直卡在 apt-get update，国内网络下有什么加速办法"),
        ("en", 0, "what's a polite way to decline a meeting invite when i'm double booked"),
        ("zh", 0, "用通俗的话解释一下什么是边际成本，最好举个奶茶店的例子"),
        ("en", 0, "Give me 5 icebreaker questions for a cross-team workshop, nothing cringe pls"),
        ("zh", 0, "帮我想几个部门团建的名字，要有点文艺气息但别太酸"),
        ("mixed", 0, "git rebase -i 之后 push 被拒了，提示 non-fast-forward，该 force push 吗？有啥风险"),
        ("en", 0, "how do I center a div vertically and horizontally in 2025, flexbox or grid?"),
        ("zh", 0, "请把“持续集成”和“持续交付”的区别讲清楚，给新人培训用"),
        ("en", 0, "Draft a short out-of-office reply: away till the 14th, limited email access."),
        ("mixed", 0, "写个 bash 脚本，把当前目录下所有 .log 文件按日期打包成 tar.gz，保留最近7天"),
        ("zh", 0, "出差去成都三天，有什么本地人才知道的馆子推荐吗"),
        ("en", 0, "Proofread: 'Their going to review the the proposal on thursday and revert back asap.'"),
        ("zh", 0, "怎么用 SQL 求每个部门工资最高的前三名？表结构随便假设一个就行"),
        ("en", 0, "Explain OAuth2 authorization code flow with PKCE like I'm five"),
    ],
    "credentials": [
        ("mixed", 1, "帮我看看这个 .env 为啥 docker-compose 读不到：\nOPENAI_API_KEY=⟦sk⟧\nDB_PASSWORD=⟦pw⟧\nLOG_LEVEL=debug"),
        ("en", 1, "CI keeps failing at the publish step, here's the log:\n[12:04:31] npm notice Publishing to https://registry.npmjs.org/\n[12:04:31] using token ⟦npm⟧\n[12:04:33] npm ERR! 403 Forbidden"),
        ("mixed", 1, "运维同事发我的跳板机私钥，怎么导入 xshell？\n⟦sshkey⟧"),
        ("en", 1, "quick q — is this the right format for the aws cli config?\n[default]\naws_access_key_id = ⟦akia⟧\naws_secret_access_key = ⟦awssecret⟧\nregion = ap-east-1"),
        ("zh", 1, "企业邮箱的SMTP授权码是⟦authcode⟧，帮我写个 python 发邮件的例子"),
        ("mixed", 1, "这个 token 解出来是啥权限？ ⟦jwt⟧ 前端说一直 401"),
        ("en", 1, "settings.py is throwing ImproperlyConfigured, relevant bit:\nSECRET_KEY = '⟦djkey⟧'\nDEBUG = False\nALLOWED_HOSTS = ['portal.hengtai-tech.cn']"),
        ("mixed", 1, "Airflow 连接串这么写对吗  sql_alchemy_conn = ⟦dbpg⟧"),
        ("zh", 1, "新来的实习生VPN账号开好了，初始密码⟦pw⟧，首次登录会强制改"),
        ("en", 1, "why does git say authentication failed? I set the remote to ⟦gitremote⟧"),
        ("mixed", 1, "slack 机器人发不出消息，报 not_in_channel\n```\nclient = WebClient(token=\"⟦xoxb⟧\")\nclient.chat_postMessage(channel=\"#deploy\", text=\"done\")\n```"),
        ("en", 1, "our Maps key got flagged for quota abuse: ⟦aiza⟧ — how do I restrict it to our Android app only?"),
        ("zh", 1, "路由器后台我改过了，新密码是⟦pw⟧，你们回家连的时候别再用旧的了"),
        ("mixed", 1, "pip install 报 401，pip.conf 里是这样的：\n[global]\nindex-url = ⟦idxurl⟧\ntrusted-host = pypi.int.quillonlabs.io"),
        ("en", 1, "Stripe webhook test in staging failing signature check. using stripe.api_key = \"⟦sklive⟧\" hmm should that be the test key?"),
        ("mixed", 1, "kubectl logs 里看到这一行，是不是把连接串打出来了？\n2025-06-02T08:14:55Z INFO connecting to ⟦dbmongo⟧ (attempt 3)"),
        ("en", 1, "redis-server keeps rejecting the sidecar. we start it with `redis-server --port 6380 --requirepass ⟦pw⟧` and the client uses the same"),
        ("mixed", 1, "连库命令是 mysql -u bi_reader -p⟦pw⟧ erp_db 连上以后中文乱码"),
        ("en", 1, "GH action can't push the image. I exported GITHUB_TOKEN=⟦ghp⟧ in the runner, still denied: installation not allowed"),
        ("zh", 1, "⟦plao⟧让我帮忙登一下财务系统，他说口令：⟦pw⟧ ，登进去以后导出上月凭证"),
        ("mixed", 1, "curl 调内部接口一直 401：\ncurl -u svc_report:⟦pw⟧ https://api.int.lanwancloud.com/v2/reports?month=05"),
        ("en", 1, "pasting our docker compose so you can spot the issue:\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: orders\n      POSTGRES_PASSWORD: ⟦pw⟧\n  app:\n    environment:\n      DATABASE_URL: ⟦dbpg⟧"),
        ("en", 1, "Using the new project key ⟦skproj⟧ gives 429 right away, is it rate limited per org?"),
        ("mixed", 1, "帮忙看下 config.json 结构：\n{\n  \"vault\": {\"master_password\": \"⟦pw⟧\", \"timeout\": 30},\n  \"headers\": {\"X-API-Key\": \"⟦hexsecret⟧\"}\n}"),
    ],
    "hr": [
        ("zh", 1, "⟦pzh⟧这次绩效打了C，下个月开始进改进计划，谈话稿帮我润色一下"),
        ("en", 1, "comp review sheet for my team, sanity check the math pls:\n⟦pfirst@a⟧  96,000 -> 104,500\n⟦pfirst@b⟧  88,000 -> 93,000\n(Ops budget allows 7% total)"),
        ("zh", 1, "老板决定下周五让⟦ptitle⟧走人，补偿按N+1，帮我准备一下离职面谈要说的话"),
        ("zh", 1, "我们组有个同事这个月月底就要被劝退了，名单还没公布，我该不该提前提醒他"),
        ("en", 1, "We're letting three people go from the Shenzhen QA team on the 30th; nobody knows yet. Help me plan the handover so it doesn't leak."),
        ("zh", 1, "offer 给⟦pzhc⟧开的是月薪38k，14薪，签字费5万，他说要考虑到周三"),
        ("mixed", 1, "帮我写封邮件给 HRBP：⟦ppy⟧ 年终评级从 A 调成 B，理由是 Q4 项目延期，需要她 sign off"),
        ("en", 1, "Hiring manager notes: ⟦pworld⟧ — strong system design, weak on ownership. Leaning no-hire, but the VP wants him. Draft the debrief."),
        ("zh", 1, "行政部的⟦plao⟧最近老是迟到早退，已经口头警告过两次了，第三次是不是可以直接记过？"),
        ("en", 1, "heads up: ⟦pfirst@m⟧'s replacement starts Monday and ⟦pfirst@m⟧ has no idea yet about the move to the support desk. How should I phrase the 1:1?"),
        ("zh", 0, "加班费怎么算？工作日延时是1.5倍、周末2倍、法定节假日3倍对吗"),
        ("en", 0, "Hypothetically if someone earns 20k a month, how much would a 13th-month bonus cost in employer social insurance in Shanghai?"),
        ("zh", 0, "试用期最长可以约定多久？劳动合同三年的话"),
        ("en", 0, "What's a good structure for a performance review template for junior engineers? Just the headings."),
        ("zh", 0, "帮我做一个 Excel 公式：根据入职日期自动算年假天数，满1年5天、满10年10天、满20年15天"),
        ("en", 0, "According to the 2024 public salary survey, what's the median pay for data analysts in Singapore?"),
        ("mixed", 1, "把这张表转成 markdown：\n姓名,部门,年终奖\n⟦pzh@a⟧,销售二部,62000\n⟦pzhr@b⟧,销售二部,18000\n⟦ptw@c⟧,大客户部,95000"),
        ("zh", 1, "产品线要砍掉，研发那边准备裁四十来个人，时间点定在春节后第一周，先别往外说"),
    ],
    "medical": [
        ("zh", 1, "我妈上周体检查出甲状腺结节4a类，医生让做穿刺，这个严重吗"),
        ("en", 1, "my biopsy came back — stage 2 something, waiting on the oncologist call. how do I tell my manager I need three weeks off without saying why"),
        ("zh", 1, "⟦pzh⟧请病假是因为抑郁症复发，在吃舍曲林，帮我写个代班的工作交接说明，别提病情"),
        ("en", 1, "Can you help me word a sick-leave note for ⟦pen⟧? Emergency surgery last week, needs another 10 days."),
        ("zh", 1, "同组有个小伙子查出来乙肝大三阳，食堂那边有人在传，作为主管我该怎么处理"),
        ("mixed", 1, "帮我翻译化验单给外籍同事 ⟦pworld⟧ 看：ALT 86 U/L ↑, AST 54 U/L ↑, HBsAg 阳性"),
        ("zh", 1, "我爸糖尿病十几年了，最近空腹血糖老在11以上，胰岛素要不要加量"),
        ("en", 1, "My son was just diagnosed with ADHD, the school wants a 504 plan. What should I ask for?"),
        ("zh", 1, "⟦ptitle⟧住院了，胃癌早期，下周三手术，部门要不要组织探望，送什么合适"),
        ("mixed", 1, "⟦pjp⟧さん的体检报告：血压 158/96，医生建议开始服降压药，这个要通知日本总部吗"),
        ("zh", 0, "布洛芬吃多了伤胃吗？一天最多能吃几片"),
        ("en", 0, "What's the difference between type 1 and type 2 diabetes in simple terms?"),
        ("zh", 0, "甲状腺结节一般分几类？4a类是什么意思"),
        ("en", 0, "is it safe to take antihistamines and melatonin together"),
        ("zh", 0, "HPV疫苗九价和四价有啥区别，多大年龄还能打"),
        ("en", 1, "Colleague in accounts told me in confidence she's HIV positive and starting ART. Any tips on supporting her without outing her?"),
        ("zh", 1, "小姨刚查出来早期阿兹海默，总是忘事，家里人轮流照顾，有什么护理建议"),
    ],
    "finance": [
        ("zh", 1, "Q2营收最后算出来是⟦yi⟧，比董事会上给的指引低了快两成，发布会上怎么措辞"),
        ("en", 1, "Preliminary numbers: net loss widened to ⟦mio⟧ for the half, we report on the 28th. Draft three talking points for the CFO."),
        ("zh", 1, "明年预算草案：研发砍15%，市场加⟦wan⟧，这版还没过总办，帮我做个对比表"),
        ("mixed", 1, "这个 DCF 模型帮我检查一下，我们打算以 8 倍 EBITDA 收 ⟦orgzh⟧，对价还在谈"),
        ("en", 1, "We're in talks to raise a Series C at a $640M pre from two funds, term sheet lands next week. Help me write the all-hands blurb for after signing."),
        ("zh", 1, "下季度要跟⟦orgzh⟧谈续约，我们的底价是单价下调不超过6%，对方报的是9%"),
        ("en", 1, "Board pack draft: gross margin came in at 31.4% vs 36% plan, inventory write-down of ⟦mio⟧ not yet booked. Make it sound less dramatic."),
        ("zh", 1, "公司准备把华东仓整体卖给同行，估值⟦yi⟧左右，年底前签，先帮我列一下尽调清单"),
        ("zh", 0, "⟦orgzh⟧去年年报里披露的营收是多少？净利润同比增长了吗"),
        ("en", 0, "What did ⟦orgen⟧ report as full-year revenue in their last published annual report?"),
        ("zh", 0, "怎么用 Excel 做一个简单的现金流预测模板，按月滚动"),
        ("en", 0, "explain EBITDA vs operating cash flow with a toy example, numbers made up"),
        ("zh", 0, "假设一家公司毛利率30%，费用率22%，所得税25%，净利率大概多少"),
        ("mixed", 1, "帮我把这段发给投资人的 update 翻成英文：本月 GMV ⟦wan⟧，环比 -12%，现金还够撑 9 个月，下轮还没 close"),
        ("en", 0, "⟦orgen⟧ and ⟦orgzh⟧ announced their joint venture publicly last month — summarise what the press release said"),
        ("zh", 1, "财务刚跟我说这季度应收坏账要计提⟦wan⟧，审计还不知道，报表怎么调比较稳妥"),
    ],
    "legal": [
        ("zh", 1, "⟦orgzh⟧拖欠我们货款⟦wan⟧已经半年了，法务建议下周发律师函，帮我起草一版"),
        ("en", 1, "We're settling with ⟦orgen⟧ for $1.2M, no admission of liability, both sides stay quiet about the amount. Summarise the key terms for the exec team."),
        ("zh", 1, "跟⟦orgzh⟧的框架协议里最低采购量是每年300万，达不到要赔差额的20%，这个条款能不能改"),
        ("en", 1, "Draft a cease-and-desist to ⟦orgen⟧ — their new product copies our patented latch design almost exactly."),
        ("mixed", 1, "对方律师 ⟦pen⟧ 发来 settlement offer，金额是我们索赔的四成，帮我分析要不要接"),
        ("zh", 1, "前员工⟦pzh⟧告我们违法解除，仲裁开庭在下个月，我们这边证据主要是考勤记录"),
        ("en", 1, "Our distributor agreement with ⟦orgen⟧ gives them exclusivity in DACH until 2027 at a 22% margin — can we terminate early if they miss targets?"),
        ("zh", 0, "劳动仲裁的时效是多久？从什么时候开始算"),
        ("en", 0, "What's the difference between a cease-and-desist letter and an actual lawsuit?"),
        ("zh", 0, "竞业限制协议一般补偿多少？不给补偿的话还有效吗"),
        ("en", 0, "Explain what 'limitation of liability' clauses usually cap, in plain English"),
        ("zh", 0, "合同里的“不可抗力”条款一般怎么写？给个模板"),
        ("zh", 1, "供应商那边要求我们撤诉，条件是把今年剩下的订单单价降8个点，老板倾向接受，帮我算算划不划算"),
        ("en", 1, "legal wants to quietly sue ⟦orgen⟧ over the leaked source code before they ship. Can you outline the injunction request?"),
        ("mixed", 0, "GDPR 下 data processor 和 controller 的区别是什么，用中文解释一下"),
    ],
}
FRAME_TABLE.update({
    "names_alone": [
        ("zh", 1, "帮我给⟦pzh⟧写张生日贺卡，在我们组干了五年了"),
        ("en", 1, "Can you write a farewell note for ⟦pin⟧? Moving back to Pune after 4 yrs with us."),
        ("zh", 1, "明天的周会由⟦ptitle⟧主持，⟦plao⟧负责记录，帮我发个通知"),
        ("mixed", 1, "meeting notes 帮我整理一下：\n- ⟦ppylc⟧：负责接口联调\n- ⟦pkor⟧：负责韩国区测试\n- ⟦paf⟧：文档"),
        ("en", 1, "Thank-you email to ⟦pla⟧ and ⟦psl⟧ for covering the weekend on-call, keep it short"),
        ("zh", 1, "⟦ptw⟧下個月從台北調過來，幫我寫個歡迎詞"),
        ("mixed", 1, "给日本客户的回信开头怎么写？收件人是⟦pjp⟧様，上次是对方接待我们的"),
        ("zh", 1, "⟦pzhr⟧这个姓怎么读？新同事，明天要当面叫人，怕念错"),
        ("en", 1, "hey can u turn this into a nicer slack msg: 'congrats ⟦pfirst⟧ on the promotion, well deserved'"),
        ("mixed", 1, "张罗团建，报名的有：⟦pzh⟧、⟦pzhc⟧、⟦pjpr⟧、⟦pfirst⟧，帮我分成两组"),
        ("en", 1, "Who should I cc: ⟦par⟧ or ⟦pfa⟧? Both were on the vendor call last Tuesday."),
        ("zh", 1, "我们组的⟦pzhgiven⟧下周休产假，帮我写一段交接提醒"),
        ("en", 1, "Write a LinkedIn recommendation for my former intern ⟦psea⟧, she was great at data cleaning"),
        ("mixed", 1, "首尔分公司的⟦pko⟧下周来上海出差，帮我安排两天行程"),
        ("en", 1, "Dear ⟦ptr⟧, thank you for hosting us in Izmir — polish this opening paragraph please"),
        ("zh", 1, "⟦pzh@a⟧和⟦pzh@b⟧吵起来了，我作为组长该先找谁谈？"),
        ("en", 1, "pls fix grammar: 'me and ⟦peu⟧ was going to present the roadmap tomorow'"),
        ("en", 1, "| owner | task |\n|---|---|\n| ⟦pen⟧ | budget deck |\n| ⟦pworld⟧ | vendor shortlist |"),
        ("zh", 0, "帮我给新同事写一段通用的欢迎词，不用写名字，留空就行"),
        ("en", 0, "What's a good way to remember colleagues' names after a big offsite?"),
    ],
    "address": [
        ("zh", 1, "快递帮我改一下地址：⟦acn⟧，收件人写我就行"),
        ("en", 1, "Please update my mailing address in the benefits portal to ⟦aus⟧, I moved last week."),
        ("zh", 1, "老家地址是⟦acnr⟧，户口迁移证明要寄到这里"),
        ("mixed", 1, "帮我把这个地址翻成英文格式，寄样品用：⟦acn⟧"),
        ("zh", 1, "新办公室在⟦acne⟧那边吗？我记得是个住宅楼改的"),
        ("en", 1, "Send the signed contract by courier to our UK office: ⟦auk⟧"),
        ("zh", 1, "香港那邊收貨地址：⟦ahk⟧，麻煩註明易碎"),
        ("zh", 1, "台灣同事的宿舍在⟦atw⟧，幫我查一下附近有沒有健身房"),
        ("en", 1, "Our Singapore warehouse moved to ⟦asg⟧ — update the shipping template"),
        ("mixed", 1, "日本出张住的 Airbnb 地址：⟦ajp⟧，从羽田机场怎么过去最方便"),
        ("mixed", 1, "韩国供应商的退货地址是 ⟦akr⟧，帮我写一封退货说明"),
        ("en", 1, "my German landlord wants the deposit letter sent to ⟦ade⟧, can you draft it in German?"),
        ("en", 1, "Shipping label:\nTo: ⟦aw⟧\nContents: 2x demo units"),
        ("zh", 1, "周六聚餐就在我家，⟦acne⟧，停车可以停地下B2"),
        ("zh", 0, "北京市朝阳区有什么适合周末带狗去的公园"),
        ("en", 0, "Is Frankfurt or Munich better for a regional sales office? Think costs and airport access."),
        ("zh", 0, "填地址的时候格式是XX省XX市XX区XX路XX号吗？需要写邮编吗"),
        ("en", 0, "What's the standard US address format? e.g. 123 Main Street, Anytown, CA 90210 — where does the apt number go?"),
        ("zh", 0, "深圳南山区和福田区租房哪个更方便去科技园上班"),
        ("en", 0, "Recommend three neighbourhoods in Lisbon for a two-week remote work stint"),
    ],
    "multi_entity": [
        ("zh", 1, "报销单帮我核一下：\n姓名：⟦pzh⟧\n身份证：⟦prc⟧\n开户行：⟦orgbank⟧\n卡号：⟦card⟧\n手机：⟦mob⟧"),
        ("en", 1, "New hire packet for ⟦pen⟧ — SSN ⟦ssnd⟧, home address ⟦aus⟧, personal email ⟦emailp⟧. Can you fill in the W-4 fields?"),
        ("mixed", 1, "签证材料清单帮我检查：申请人 ⟦ppy⟧，护照号 ⟦ppcn⟧，住址 ⟦acn⟧，联系电话 ⟦mob⟧"),
        ("en", 1, "Vendor onboarding form:\nCompany: ⟦orgen⟧\nContact: ⟦peu⟧ <⟦emailc⟧>\nPhone: ⟦intl⟧\nIBAN: ⟦iban⟧"),
        ("zh", 1, "帮我把下面的信息整理成表格：⟦pzhc⟧，⟦prc⟧，⟦acnr⟧，⟦mob⟧，紧急联系人⟦pzh⟧"),
        ("en", 1, "From: ⟦pworld⟧ <⟦emailc⟧>\nTo: finance team\nSubject: refund\n\nHi, please refund to my card ⟦card⟧. Thanks, call me on ⟦intl⟧ if needed."),
        ("mixed", 1, "员工信息导出有乱码，前几行是这样的：\nid,name,id_no,phone,email\n1001,⟦pzh⟧,⟦prc⟧,⟦mobp⟧,⟦email⟧\n1002,⟦ptw⟧,⟦prc⟧,⟦mobp⟧,⟦email⟧"),
        ("en", 1, "{\"customer\": \"⟦platin⟧\", \"passport\": \"⟦ppcn⟧\", \"card\": \"⟦cvisa⟧\", \"ip\": \"⟦ip4g⟧\"}\nwhy does our fraud rule flag this order?"),
        ("zh", 1, "租房合同里乙方信息：⟦pzh⟧，身份证号⟦prc⟧，现住⟦acne⟧，押金转到⟦cup19⟧"),
        ("en", 1, "Relocation details for ⟦pin⟧: new address ⟦auk⟧, UK mobile ⟦mobuk⟧, salary account ⟦ibangb⟧. Please forward to payroll."),
        ("mixed", 1, "服务器告警：用户 ⟦emailc⟧ 从 ⟦ip4g⟧ 登录失败 12 次，账号属于 ⟦pzh⟧，要不要锁"),
        ("zh", 1, "⟦pzhc⟧的社保卡丢了，补办需要身份证⟦prc⟧和户籍地址⟦acnr⟧，帮我写个委托书"),
        ("en", 1, "Expense claim: ⟦pen⟧, corporate card ⟦cmc⟧, hotel in Tokyo, passport ⟦ppus⟧ used at check-in. Is this within policy?"),
    ],
    "confidential_no_identifier": [
        ("zh", 1, "跟你说个事，华南那条产线明年三月就停了，工人还不知道"),
        ("en", 1, "Between us, the Q3 number is going to miss by about 14% and guidance goes out Thursday."),
        ("zh", 1, "我们新配方里把稳定剂换成了海藻酸钠，比例是0.35%，这个千万别让竞品知道"),
        ("en", 1, "The acquisition target's CEO has agreed verbally; we announce in six weeks if diligence clears. Help me plan comms."),
        ("zh", 1, "隔壁组长被查出来拿供应商回扣，公司还在走流程，先别传"),
        ("en", 1, "My manager told me the whole design team will be cut in the spring reorg. Should I start looking?"),
        ("zh", 1, "下个月开始全员降薪10%，方案已经定了，周五才宣布，帮我写个FAQ提前准备着"),
        ("en", 1, "we found the real root cause of the outage was an engineer running a migration on prod without review — leadership decided not to tell the client"),
        ("zh", 1, "今年的年终奖池只有去年的一半，老板让我先别跟团队说，怎么做心理预期管理"),
        ("en", 1, "The yield on our new 3nm line is stuck at 41%, way below what we told the customer. How do we buy time?"),
        ("zh", 1, "我们跟客户的报价是每台成本价上浮7%，这个口径只有销售总监和我知道"),
        ("en", 1, "Our CTO is quietly interviewing at a competitor; the board hasn't been told. How would you handle it as his deputy?"),
        ("zh", 1, "有个同事最近确诊了重度焦虑，在吃药，他让我帮忙瞒着组里，工作上我怎么帮他分担"),
        ("en", 1, "The recall will cover roughly 80k units; we'll go public only after the regulator meeting on the 9th."),
        ("mixed", 1, "帮我把这段 draft 翻成英文发给 board：新品上市推迟到明年Q2，因为电池认证没过，目前只有核心团队知道"),
        ("zh", 1, "这次调价方案：老客户涨4%，新客户涨9%，下周一零点生效，在那之前一个字都不能对外"),
        ("en", 1, "Our churn this month was 9.8%, we tell investors it's 'around 5'. Help me write the monthly update."),
        ("zh", 0, "公司年报里说去年营收增长了12%，这个增速在行业里算快吗"),
        ("en", 0, "What are common reasons companies delay a product launch? General list please."),
        ("zh", 0, "假设我们要关闭一个工厂，一般需要提前多久通知员工？法律上怎么规定"),
        ("en", 0, "How do I write a good root-cause analysis for an outage? Template only."),
        ("zh", 0, "降本增效的常见做法有哪些？不用结合具体公司"),
        ("en", 0, "If a startup has 9 months of runway, what are typical options? Purely hypothetical."),
        ("zh", 0, "新品发布会的流程一般怎么安排？给个模板"),
    ],
})
FRAME_TABLE.update({
    "email": [
        ("zh", 0, "帮我写封邮件给⟦emailc⟧，问一下上批货的发票什么时候能开"),
        ("en", 0, "forward the meeting recap to ⟦emailc⟧ and ⟦emailc⟧, keep it to 5 bullets"),
        ("mixed", 0, "outlook 规则怎么设？所有来自 ⟦emailc⟧ 的邮件自动移到“供应商”文件夹"),
        ("zh", 0, "我的备用邮箱是⟦emailp⟧，系统通知能同时发到这个邮箱吗"),
        ("en", 0, "Bounce message says 550 mailbox unavailable for ⟦email⟧ — is it our side or theirs?"),
        ("en", 0, "write a polite follow-up to ⟦emailc⟧, they haven't replied to the RFP for 2 weeks"),
        ("mixed", 0, "这个正则能匹配 ⟦emailp⟧ 吗？ ^[\\w.-]+@[\\w-]+\\.[a-z]{2,}$"),
        ("zh", 0, "客户说收不到我们的报价单，他邮箱是⟦emailc⟧，是不是被当垃圾邮件了"),
        ("en", 0, "Set up an auto-reply that points people to ⟦emailc⟧ while I'm on leave"),
        ("en", 1, "From: ⟦pen⟧ <⟦emailc⟧>\nSent: Tuesday\nSubject: re: headcount\n\nWe'll cut two contractor roles before the freeze is announced. Keep it quiet.\n\n-- summarise this thread"),
        ("zh", 1, "⟦pzh⟧的私人邮箱是⟦emailp⟧，人已经离职了，帮我写封邮件通知对方来拿离职证明"),
        ("en", 0, "Test emails to user@example.com keep landing in spam — SPF or DKIM issue?"),
        ("zh", 0, "注册页的邮箱格式校验，foo@bar.test 这种要不要放行"),
        ("en", 0, "What's a good naming convention for shared mailboxes like support@, billing@ etc.?"),
    ],
    "phone": [
        ("zh", 0, "帮我给⟦mob⟧发个短信模板：您好，您的快递已放在前台"),
        ("en", 0, "call the courier at ⟦intl⟧ and ask if they can pick up before 5"),
        ("zh", 0, "前台座机是⟦tel⟧转8021，帮我在通讯录模板里加上"),
        ("mixed", 0, "这个手机号正则对不对：^1[3-9]\\d{9}$，我用 ⟦mobp⟧ 测了一下能过"),
        ("zh", 0, "客户留的电话⟦mob⟧一直打不通，是不是空号，怎么礼貌地发短信跟进"),
        ("en", 0, "Format this number for our CRM in E.164: ⟦intl⟧"),
        ("zh", 0, "物业电话⟦tel⟧，帮我写个报修的话术，厕所漏水"),
        ("mixed", 0, "Twilio 发短信到 ⟦intl⟧ 报错 21610，是对方退订了吗"),
        ("zh", 0, "会议室预订热线改成⟦tel⟧了，通知一下全员"),
        ("en", 0, "The vendor hotline ⟦intl⟧ keeps dropping calls — draft a complaint email"),
        ("zh", 1, "⟦pzh⟧的手机是⟦mob⟧，她下周要做手术，部门安排谁去探望一下"),
        ("en", 1, "⟦pworld⟧ — ⟦intl⟧ — that's the one we're quietly replacing next month, don't loop them in yet"),
        ("zh", 0, "测试环境的短信验证码都发到13800000000吗？那个号码是假的吧"),
        ("en", 0, "how should I store phone numbers in postgres, varchar or bigint?"),
    ],
    "org_only": [
        ("zh", 0, "帮我给⟦orgzh⟧写一封合作邀请函，语气正式一点"),
        ("en", 0, "Draft a thank-you note to ⟦orgen⟧ for hosting our team at their Rotterdam site"),
        ("zh", 0, "⟦orgzh⟧和⟦orgzh⟧哪家在华东的物流网点多一些？"),
        ("en", 0, "What's publicly known about ⟦orgen⟧'s sustainability commitments?"),
        ("mixed", 0, "写个 onboarding 邮件给 ⟦orgen⟧ 的 IT 团队，说明我们的 SSO 接入流程"),
        ("zh", 0, "下周去⟦orgzh⟧拜访，见面礼送什么合适"),
        ("en", 0, "compare ⟦orgen⟧ and ⟦orgen⟧ as potential logistics partners based on public info"),
        ("zh", 1, "⟦orgzh⟧给我们的报价是每吨4300，比去年涨了11%，合同明年一月到期，怎么压价"),
        ("en", 1, "⟦orgen⟧ agreed to a minimum commitment of 2,000 units a quarter at $38/unit; draft the amendment"),
        ("zh", 1, "我们准备下个月起诉⟦orgzh⟧侵犯商标，他们还不知道，先帮我整理时间线"),
        ("en", 0, "Excel keeps crashing when I open the supplier sheet, any fix?"),
        ("zh", 0, "腾讯会议怎么开分组讨论？顺丰单号在哪里查？"),
        ("en", 0, "our Slack bot posts twice on each GitHub Actions run — how to dedupe?"),
        ("zh", 0, "某某公司想跟我们合作，一般合作邀请函的结构是什么样的"),
        ("en", 0, "Acme Corp is just a placeholder in our slides — suggest a more fun fake company name"),
    ],
    "public_figures": [
        ("zh", 0, "任正非那篇关于“冬天”的讲话主要讲了什么？"),
        ("en", 0, "Summarise Jensen Huang's keynote themes from the last few years"),
        ("zh", 0, "刘慈欣的《三体》适合什么年龄段读？"),
        ("en", 0, "What management lessons do people usually draw from Warren Buffett's shareholder letters?"),
        ("zh", 0, "董明珠和格力的那些广告语，帮我整理几句经典的"),
        ("en", 0, "Write a short quiz about Serena Williams' career for our sports club newsletter"),
        ("zh", 0, "钟南山院士在2020年说过哪些关于防护的建议？"),
        ("en", 0, "Compare the leadership styles of Tim Cook and Sundar Pichai in 200 words"),
        ("zh", 0, "莫言获诺奖的作品有哪些代表作？"),
        ("mixed", 0, "帮我写一段英文介绍：屠呦呦 and her discovery of artemisinin"),
        ("en", 0, "Is it true Taylor Swift re-recorded her albums because of ownership disputes?"),
        ("zh", 0, "姚明退役以后在篮协做了哪些改革？"),
        ("en", 1, "My neighbour ⟦pen⟧ claims to have gone to school with Lisa Su — how do I politely ask them to stop name-dropping at HOA meetings?"),
        ("zh", 1, "我表哥⟦pzh⟧说他在宴会上见过周杰伦，帮我写段朋友圈文案调侃他"),
        ("en", 0, "What did Angela Merkel say about refugees in 2015, roughly?"),
    ],
    "fictional_and_placeholder_names": [
        ("zh", 0, "贾宝玉和薛宝钗的婚事为什么被安排？从人物性格分析一下"),
        ("en", 0, "Write a short dialogue where Hermione Granger explains recursion to Frodo Baggins"),
        ("zh", 0, "单元测试里用户名一般用什么？赵六、钱七这种可以吗"),
        ("en", 0, "In our API docs we use Joe Bloggs and Jane Roe as sample customers, is that too British?"),
        ("mixed", 0, "mock 数据里的 name 字段用 Max Mustermann 还是 测试用户 比较好"),
        ("zh", 0, "令狐冲和郭靖谁的武功更高？说说理由"),
        ("en", 0, "Eve intercepts the message and Mallory modifies it — explain the difference for my security class"),
        ("mixed", 0, "日文表单的示例姓名写 山田太郎 对吗？韩国那边用 홍길동？"),
        ("en", 0, "Write a bedtime story about Tony Stark teaching Homer Simpson to fix a toaster"),
        ("zh", 0, "路人甲和某甲在合同模板里哪个更常用？"),
        ("zh", 1, "代号“贾宝玉”的并购项目下周进入尽调，参与人员名单帮我整理成表格"),
        ("en", 1, "Operation Hercule is the codename for the plant closure; draft the timeline for the steering group only"),
        ("en", 1, "Replace the placeholder 'Jane Roe' in the case study with our actual pilot customer, ⟦pen⟧, and add the quote from the interview"),
        ("zh", 1, "测试账号“路人甲”其实是⟦pzh⟧在用，他的真实身份证号是⟦prc⟧，帮我改一下数据"),
        ("en", 0, "Create 5 fictional personas for UX testing, with made-up names and jobs"),
    ],
})
FRAME_TABLE.update({
    "near_miss_numbers": [
        ("zh", 0, "这个身份证号校验不通过：⟦nm_prc_chk⟧，是最后一位算错了吗？帮我讲讲校验规则"),
        ("zh", 0, "系统里导进来一条⟦nm_prc_date⟧，出生日期明显不对，这种脏数据怎么批量筛"),
        ("en", 0, "Our Luhn validator rejects ⟦nm_card16⟧ — is that number just a typo?"),
        ("zh", 0, "这张卡号⟦nm_card19⟧绑卡失败，提示卡号有误，是不是少输了一位"),
        ("en", 0, "IBAN ⟦nm_iban⟧ fails validation in our payment form, which part is wrong?"),
        ("en", 0, "Is ⟦nm_ssn⟧ even a valid SSN format? Our form accepted it."),
        ("zh", 0, "订单号⟦order23⟧查不到物流，帮我写个催单话术"),
        ("zh", 0, "顺丰单号⟦sfno⟧，显示已签收但我没收到"),
        ("en", 0, "Invoice ⟦invoice⟧ and PO ⟦po⟧ don't match on amount (⟦amount⟧) — draft a note to AP"),
        ("zh", 0, "统一社会信用代码⟦uscc⟧，开票信息里要填吗"),
        ("en", 0, "wire ref ⟦wire⟧ hasn't cleared after 3 days, what should I ask the bank?"),
        ("zh", 0, "ISBN ⟦isbn⟧ 这本书有电子版吗"),
        ("mixed", 0, "腾讯会议号 ⟦meeting⟧，明天10点，帮我写个会议邀请"),
        ("en", 0, "Convert epoch ms ⟦ts⟧ to Beijing time please"),
        ("mixed", 0, "升级到 v⟦ver⟧ 以后报错，SKU ⟦sku⟧ 的库存同步不了"),
        ("zh", 0, "发票号码⟦fapiao⟧，金额⟦amount⟧元，税额填哪一栏"),
        ("en", 0, "ticket ⟦ticket⟧: user pasted ⟦nm_card⟧ as card number, checkout error — explain Luhn to support staff"),
        ("mixed", 0, "data cleaning: 这几个 18 位号码 ⟦nm_prc_chk⟧ / ⟦nm_prc_date⟧ 都不合法，写个 pandas 函数把它们标出来"),
        ("en", 0, "SSN field got ⟦nm_ssn⟧ and ⟦nm_ssn⟧ from the import — are these test values? They look off."),
        ("zh", 0, "京东订单号⟦order⟧申请售后，客服让提供发票代码和号码"),
    ],
    "placeholders_in_code": [
        ("en", 0, "Is this the right way to load the key?\napi_key = os.environ[\"OPENAI_API_KEY\"]\nclient = OpenAI(api_key=api_key)"),
        ("mixed", 0, "docker-compose 里这么写对吗：\nenvironment:\n  - DB_PASSWORD=${DB_PASS}\n  - REDIS_URL=redis://localhost:6379/0"),
        ("en", 0, "README says: export STRIPE_KEY=<your-key> — where do I find mine?"),
        ("en", 0, "connection string in the tutorial: postgresql://user:password@localhost:5432/mydb — what port does it default to?"),
        ("zh", 0, "教程里的 AWS key 是 AKIAIOSFODNN7EXAMPLE，我直接用会报错吗"),
        ("mixed", 0, "config.yaml 模板：\nsmtp:\n  host: smtp.example.com\n  user: noreply@example.com\n  password: changeme\n帮我加个 TLS 配置"),
        ("en", 0, "nginx keeps binding to 0.0.0.0:80 and ::1 — how do I restrict it to 127.0.0.1 only?"),
        ("en", 0, "docs example: curl -H \"Authorization: Bearer YOUR_API_KEY\" https://api.example.org/v1/items"),
        ("mixed", 0, "测试用例里 IP 用 192.0.2.10 和 198.51.100.7 可以吗？还是用 203.0.113.5"),
        ("en", 0, "the jwt.io sample eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QMw5c4D4lRk7hIdSb9l8bXHHqzqs — why does it verify with 'your-256-bit-secret'?"),
        ("zh", 0, "日志脱敏之后是这样的 password=****，token=****，这样够吗"),
        ("en", 0, "In the unit tests we mock the host as api.payments.test and the IPv6 as 2001:db8::1 — fine?"),
        ("mixed", 0, ".env.example 应该怎么写？\nSECRET_KEY=\nDATABASE_URL=postgres://user:password@localhost/app\nSENTRY_DSN="),
        ("en", 0, "GitHub Actions: should it be password: ${{ secrets.REGISTRY_PASSWORD }} or env var?"),
        ("zh", 0, "表单默认手机号填 13800000000 做测试可以吗，会不会真打给别人"),
        ("en", 0, "terraform example has access_key = var.aws_access_key — where do vars get set?"),
        ("en", 1, "oops, I replaced the placeholder in the example: DB_URL=⟦dbpg⟧ — is that bad now it's in the PR?"),
        ("mixed", 1, "示例里原来是 YOUR_API_KEY，我换成了真的 ⟦sk⟧，为什么还是 401"),
        ("en", 0, "what does `::` mean in an IPv6 address like ::1 or 2001:db8::5?"),
    ],
    "privacy_question": [
        ("zh", 0, "个人信息保护法里“敏感个人信息”包括哪些？"),
        ("en", 0, "Under GDPR, how long can we keep CVs of rejected candidates?"),
        ("zh", 0, "公司能不能查员工的企业微信聊天记录？合法吗"),
        ("en", 0, "What's the difference between pseudonymisation and anonymisation?"),
        ("zh", 0, "身份证号在数据库里应该怎么存？加密还是哈希"),
        ("en", 0, "best practices for rotating API keys that leaked in a public repo?"),
        ("zh", 0, "把客户手机号发给外包做回访，需要签什么协议"),
        ("en", 0, "Is an IP address personal data under CCPA?"),
        ("mixed", 0, "跨境传输个人信息到海外总部，需要做安全评估还是标准合同就够了？PIPL 怎么规定的"),
        ("en", 0, "How should we mask card numbers in logs — first 6 and last 4?"),
        ("zh", 0, "员工离职后，他的工作邮箱能保留多久？"),
        ("en", 0, "Do I need consent to record Zoom meetings with customers in Germany?"),
        ("zh", 0, "用大模型处理合同文本会不会有泄密风险？怎么评估"),
        ("en", 0, "what counts as a data breach that must be reported within 72 hours?"),
        ("zh", 0, "人脸识别考勤需要单独同意吗"),
        ("en", 1, "I accidentally emailed ⟦pen⟧'s medical leave form to the whole team — what do I have to do now under GDPR?"),
        ("zh", 1, "我把⟦pzh⟧的身份证号⟦prc⟧发到了外部群里，已经撤回了，还需要上报吗"),
    ],
})
FRAME_TABLE.update({
    "id_card": [
        ("zh", 1, "帮我核对一下身份证号⟦prc⟧，出生日期和性别对得上吗"),
        ("zh", 1, "高铁票买错了，乘车人证件号是⟦prc⟧，能改签吗"),
        ("mixed", 1, "这个字段 id_no = '⟦prc⟧' 存进 MySQL 是 varchar(18) 还是 char(18)？"),
        ("zh", 1, "⟦pzh⟧ ⟦prc⟧ 入职登记表上身份证号是不是填错了一位？"),
        ("zh", 1, "房东要我把身份证号发给他：⟦prc⟧，这样安全吗"),
        ("en", 1, "Chinese colleague's ID for the visa letter: ⟦prc⟧ — how do I write the birthdate in English from it?"),
        ("zh", 1, "酒店入住登记，同行人：⟦pzhr⟧，证件号⟦prcx⟧"),
        ("zh", 1, "我的身份证最后是X，⟦prcx⟧，有的系统输不进去怎么办"),
        ("mixed", 1, "OCR 识别出来是全角的：⟦prcfw⟧，怎么转成半角存库"),
        ("zh", 1, "保险受益人信息：⟦pzhc⟧，与被保险人关系：女儿，身份证⟦prc⟧"),
        ("en", 1, "debug this: validate_id('⟦prc⟧') returns False but the number is from a real card"),
        ("zh", 1, "⟦prc⟧是家里人的身份证号，帮我看看出生年月对不对"),
        ("mixed", 1, "Excel 里 ⟦prc⟧ 变成科学计数法了，怎么恢复"),
        ("zh", 1, "快递实名登记要身份证号，我填的是⟦prc⟧，会不会泄露"),
        ("zh", 1, "报名表：\n姓名 ⟦pzh⟧\n证件号码 ⟦prc⟧\n学历 本科"),
        ("zh", 0, "身份证号第17位代表什么？为什么有的人最后一位是X"),
    ],
    "bank_card": [
        ("zh", 1, "工资卡换成了⟦cup19⟧，麻烦财务下月开始打到这张"),
        ("en", 1, "charge failed on my card ⟦cvisa⟧ exp 09/28 — can you tell why from the error 'do not honor'?"),
        ("zh", 1, "报销打款账户：⟦orgbank⟧ ⟦cup16⟧，户名写我自己"),
        ("mixed", 1, "payment log 里出现了完整卡号：card=⟦cmc⟧ status=DECLINED，这个要怎么脱敏"),
        ("en", 1, "please update my payout card to ⟦cmc2⟧, the old one expired"),
        ("zh", 1, "帮我查查⟦card⟧是哪个银行的卡"),
        ("zh", 1, "客户转账备注写的卡号⟦cardfw⟧，全角的，系统识别不了"),
        ("en", 1, "Corporate card for the offsite: ⟦card⟧, CVV is on the back, use it for the venue deposit"),
        ("mixed", 1, "测试一下我们的 regex: ⟦card⟧ 和 ⟦card⟧ 应该都能匹配"),
        ("zh", 1, "我妈的养老金卡号是⟦cup19⟧，每个月几号到账"),
        ("en", 1, "CSV from the gateway:\ntxn_id,card,amount\nT88121,⟦cvisa⟧,129.00\nT88122,⟦cmc⟧,58.40"),
        ("zh", 1, "信用卡⟦cvisa⟧被盗刷了两笔，怎么跟银行说明"),
        ("zh", 0, "银行卡号为什么有16位也有19位？最后一位是校验位吗"),
        ("en", 0, "How does the Luhn algorithm work? Show it on a made-up number."),
    ],
    "passport": [
        ("zh", 1, "出差订机票，护照号⟦ppcn⟧，有效期到2031年"),
        ("en", 1, "Visa invitation letter: guest passport ⟦ppcn⟧, arriving in Munich on the 3rd"),
        ("en", 1, "Booking the Tokyo hotel for ⟦pen⟧, US passport ⟦ppus⟧ — do they need to show it at check-in?"),
        ("mixed", 1, "英国同事的 passport number 是 ⟦ppuk⟧，帮我填邀请函"),
        ("en", 1, "German engineer joining the audit, passport ⟦ppde⟧, please add to the site access list"),
        ("zh", 1, "日本客户的护照号⟦ppjp⟧，入园登记要填英文名吗"),
        ("en", 1, "French consultant ⟦peu⟧, passport ⟦ppfr⟧, needs a letter for the Chinese visa"),
        ("en", 1, "Canadian passport ⟦ppca⟧ for the conference badge — name as on passport: ⟦platin⟧"),
        ("zh", 1, "帮我检查一下签证申请表：护照号码 ⟦ppcn⟧，签发地 上海"),
        ("zh", 1, "老婆护照⟦ppcn⟧快过期了，换发要多久"),
        ("mixed", 1, "Excel 里护照号一列是这样的：⟦ppcn⟧、⟦ppcn⟧，怎么批量校验格式"),
        ("zh", 0, "中国护照号码是什么格式？E开头和G开头有什么区别"),
        ("en", 0, "How long before expiry should I renew my passport to travel to Schengen?"),
    ],
    "iban": [
        ("en", 1, "please pay the invoice to our German account: ⟦ibande⟧, BIC COBADEFFXXX"),
        ("en", 1, "Updated bank details for the London contractor: ⟦ibangb⟧"),
        ("mixed", 1, "荷兰供应商给的账户 ⟦ibannl⟧，付款要备注什么"),
        ("en", 1, "refund to my Austrian account ⟦ibanat⟧ please, reference is on the invoice"),
        ("zh", 1, "瑞士那边的收款账号⟦ibanch⟧，手续费谁出"),
        ("en", 1, "Irish subsidiary payroll account changed to ⟦ibanie⟧ from next month"),
        ("en", 1, "Vendor master data:\nname: ⟦orgen⟧\niban: ⟦iban⟧\ncurrency: EUR"),
        ("zh", 1, "我的德国工资账户是⟦ibande⟧，回国以后怎么关户"),
        ("mixed", 1, "SEPA 付款失败，IBAN ⟦iban⟧，错误码 AC01 是什么意思"),
        ("en", 1, "Can you check both are valid? ⟦iban⟧ and ⟦iban⟧"),
        ("en", 0, "How is an IBAN check digit calculated? Walk me through mod 97"),
    ],
    "ssn": [
        ("en", 1, "W-9 for the contractor: SSN ⟦ssnd⟧, please double-check before I submit"),
        ("en", 1, "my ssn is ⟦ssn⟧, the benefits site keeps saying it doesn't match"),
        ("mixed", 1, "美国同事的 SSN ⟦ssnd⟧ 要填进 payroll 系统，字段长度是多少"),
        ("en", 1, "Employee ⟦pen⟧, SSN ⟦ssnp⟧ — onboarding says invalid format, does it need dashes?"),
        ("en", 1, "import row failed: {\"name\": \"⟦platin⟧\", \"ssn\": \"⟦ssnd⟧\", \"state\": \"OH\"}"),
        ("zh", 1, "帮我填美国退税表，SSN是⟦ssnd⟧，地址⟦aus⟧"),
        ("en", 1, "Dependent info for the health plan: spouse SSN ⟦ssn⟧, DOB 1988-04-12"),
        ("en", 1, "is it ok to text my SSN ⟦ssnd⟧ to the landlord for the background check?"),
        ("en", 0, "What do the three parts of a US Social Security number mean?"),
        ("en", 0, "How should we validate SSNs in a signup form without storing them?"),
        ("zh", 0, "在美国工作需要SSN吗？没有的话怎么报税"),
    ],
    "ip_address": [
        ("en", 0, "can't ssh into the box at ⟦ip4⟧, connection timed out — firewall?"),
        ("mixed", 0, "nginx 日志里 ⟦ip4g⟧ 一分钟请求了两千次，怎么限流"),
        ("zh", 0, "内网打印机地址是⟦ip4⟧，Mac 怎么添加"),
        ("en", 0, "Whitelist ⟦ip4g⟧ and ⟦ip6⟧ on the WAF for the partner API"),
        ("mixed", 0, "k8s pod 之间 ping 不通，podIP ⟦ip4⟧，换成 ClusterIP 也一样"),
        ("en", 0, "our VPC peering: route ⟦ip4⟧ via the transit gateway? draft the terraform"),
        ("zh", 0, "这个 IPv6 ⟦ip6u⟧ 是内网地址吗"),
        ("en", 0, "log line: 2025-05-17 03:12:44 WARN auth fail from ⟦ip4g⟧ user=ops — is this a brute force?"),
        ("mixed", 0, "DNS 解析到 ⟦ip6⟧ 但是访问超时，IPv6 出口有问题？"),
        ("zh", 0, "路由器后台⟦ip4⟧进不去，忘了密码，怎么重置"),
        ("en", 0, "geolocate ⟦ip4g⟧ roughly, is it a cloud provider range?"),
        ("en", 0, "Why does ping to 0.0.0.0 work on Linux?"),
        ("zh", 0, "127.0.0.1 和 localhost 有什么区别"),
        ("en", 1, "DB is at ⟦ip4⟧, user root, password is ⟦pw⟧ — why can't I connect from the jump host?"),
    ],
})
EXTRA: dict[str, list[tuple[str, int, str]]] = {
    "public_figures": [
        ("en", 0, "Write a 100-word bio of Sam Altman for a panel intro, neutral tone"),
        ("zh", 0, "谷爱凌为什么选择代表中国参赛？网上的说法整理一下"),
        ("en", 0, "Quote from Jeff Bezos about 'Day 1' — what's the exact wording?"),
        ("zh", 0, "张艺谋导演的电影里哪部最适合公司观影活动"),
        ("mixed", 0, "用英文写一段话介绍 宫崎骏 的创作风格，给海外同事做分享"),
        ("en", 0, "Did Lionel Messi ever play in China? Need it for a trivia night"),
    ],
    "fictional_and_placeholder_names": [
        ("zh", 0, "给小学生讲哪吒闹海的故事，控制在三百字以内"),
        ("en", 0, "Compare Elizabeth Bennet and Atticus Finch as moral role models for a book club"),
        ("mixed", 0, "seed 数据里 customer_name 全是 Foo Bar，能不能随机生成一些虚构的中文名"),
        ("en", 0, "Why do crypto textbooks call the trusted third party Trent?"),
        ("zh", 0, "猪八戒这个角色在职场上像哪种同事？写个段子"),
    ],
    "privacy_question": [
        ("en", 0, "Should support agents be able to see full phone numbers, or only the last four digits?"),
        ("zh", 0, "员工体检报告公司HR能看吗？需要本人同意吗"),
        ("en", 0, "Is it legal to monitor employees' keystrokes on company laptops in California?"),
        ("zh", 0, "App 收集通讯录要怎么弹窗授权才合规"),
        ("mixed", 0, "data retention policy 里 log 保留 180 天合理吗？含 IP 和 user agent"),
    ],
    "placeholders_in_code": [
        ("en", 0, "in our helm values we have password: \"\" and rely on an external secret — is that the usual pattern?"),
        ("mixed", 0, "这样读配置对吗：\ndb_pass = os.getenv('DB_PASS')\nif not db_pass: raise RuntimeError('missing')"),
        ("en", 0, "sample .npmrc from the docs: //registry.npmjs.org/:_authToken=${NPM_TOKEN} — does npm expand env vars there?"),
        ("zh", 0, "文档里写 ssh root@localhost -p 2222，登录时密码一栏只写着“自己设的那个”，这是什么意思"),
        ("en", 0, "our example config ships with api_key: <redacted> — will yaml parse the angle brackets fine?"),
        ("mixed", 0, "k8s secret 里写的是 base64 的 ****，解码以后是 changeme，这是默认值吗"),
    ],
    "general": [
        ("zh", 0, "周报怎么写才显得有产出？给我一个结构"),
        ("en", 0, "suggest a name for an internal tool that tracks meeting room bookings"),
        ("mixed", 0, "Kafka 的 consumer group rebalance 太频繁，一般调哪些参数"),
        ("en", 0, "Explain the difference between 'affect' and 'effect' with two examples each"),
    ],
    "email": [
        ("en", 0, "Can you check the tone of this before I send it to ⟦emailc⟧? 'Per my last email, please advise.'"),
        ("zh", 0, "⟦emailp⟧这个邮箱注册的账号被锁了，申诉信怎么写"),
        ("mixed", 0, "SMTP 退信 'relay access denied'，发件人 ⟦emailc⟧，收件人是外部域名"),
    ],
    "ip_address": [
        ("mixed", 0, "iptables 规则：只允许 ⟦ip4⟧ 访问 22 端口，其他全部 drop，帮我写一下"),
        ("en", 0, "traceroute stops at ⟦ip4g⟧ every time, is that our ISP?"),
    ],
    "org_only": [
        ("en", 0, "Write a LinkedIn post congratulating ⟦orgen⟧ on their 50th anniversary"),
        ("zh", 0, "⟦orgzh⟧的招聘官网在哪？想投个简历"),
    ],
    "near_miss_numbers": [
        ("en", 0, "Card ⟦nm_card⟧ keeps failing at checkout even though the customer insists it's right — what's the first thing to check?"),
        ("zh", 0, "客户报的外币账户⟦nm_iban⟧，校验没过，让他再确认一下，帮我写个邮件"),
    ],
    "confidential_no_identifier": [
        ("en", 0, "What's a tactful way to announce layoffs once they're public? Generic template, nothing specific"),
        ("zh", 0, "上市公司发业绩预告一般有哪些规定？"),
        ("en", 0, "Our competitor publicly announced a recall last week — summarise what's in their press release"),
    ],
    "hr": [
        ("zh", 0, "绩效面谈时员工情绪激动怎么办？给几个通用话术"),
        ("en", 0, "How do companies usually benchmark engineering pay bands? General approach"),
    ],
    "medical": [
        ("en", 0, "What are early warning signs of burnout? general list for a team wiki"),
        ("zh", 0, "幽门螺杆菌阳性一般怎么治疗？要吃几周药"),
    ],
    "legal": [
        ("en", 0, "what's an NDA usually supposed to cover? outline only"),
    ],
    "finance": [
        ("zh", 0, "⟦orgzh⟧上个月公告的回购计划规模是多少？"),
    ],
    "credentials": [
        ("en", 1, "fyi the wifi pass for the lab network is ⟦pw⟧ now, IT rotated it this morning"),
    ],
}
for _cat, _rows in EXTRA.items():
    FRAME_TABLE[_cat].extend(_rows)
MORE: dict[str, list[tuple[str, int, str]]] = {
    "names_alone": [
        ("zh", 1, "群聊记录帮我总结一下：\n[09:12] ⟦pnick⟧：周五的路演材料谁来收尾\n[09:13] ⟦pzh⟧：我来吧，晚上发群里\n[09:15] ⟦plao⟧：记得加上华南区的数据"),
        ("mixed", 1, "git log 里这几个 commit 是谁提交的？\ncommit 9f3e2a1\nAuthor: ⟦ppy⟧ <⟦emailc⟧>\n    fix: retry on 502\ncommit 71b0c44\nAuthor: ⟦pen⟧ <⟦emailc⟧>\n    chore: bump deps"),
        ("en", 1, "Slack export, can you pull out the action items?\n⟦paf@x⟧ 10:02 — I'll ping legal about the clause\n⟦pfirst⟧ 10:04 — ok, I'll hold the PR till then\n⟦paf@x⟧ 10:05 — 👍"),
    ],
    "multi_entity": [
        ("mixed", 1, "这条 SQL 为什么插入失败？\nINSERT INTO customers (name, mobile, id_card, addr) VALUES ('⟦pzh⟧', '⟦mobp⟧', '⟦prc⟧', '⟦acn⟧');"),
        ("en", 1, "Parse this into JSON for the CRM:\nName: ⟦pla⟧\nAddress: ⟦aw⟧\nTel: ⟦intl⟧\nIBAN: ⟦iban⟧"),
    ],
    "credentials": [
        ("en", 1, "backup script fails with 'password authentication failed':\nexport PGPASSWORD='⟦pw⟧'\npg_dump -h ⟦ip4⟧ -U etl_user orders > /backup/orders.sql"),
        ("mixed", 1, "这个 key 是从旧服务器上拷下来的，能不能用来签 JWT？\n⟦rsakey⟧"),
    ],
    "hr": [
        ("zh", 1, "⟦pnick⟧其实已经拿到竞对的 offer 了，下周一提离职，先别跟他主管说"),
        ("mixed", 1, "帮我写 calibration 会上的发言：⟦pkor⟧ 今年给 exceeds，⟦pzh⟧ 给 meets，⟦pfirst⟧ 给 below，理由各一句"),
    ],
    "medical": [
        ("mixed", 1, "⟦ptitle⟧最近确诊了帕金森早期，手抖得厉害，开会记录要不要换人做？用英文帮我写给 regional manager"),
    ],
    "address": [
        ("zh", 1, "公司地址写错了，应该是⟦acn⟧，合同里的送达地址要一起改"),
        ("en", 1, "our new office is at ⟦ade⟧ — write a short directions blurb for visitors coming from the Hauptbahnhof"),
        ("zh", 0, "地址示例写成“某某市某某区某某路1号”可以吗？文档模板用"),
    ],
    "confidential_no_identifier": [
        ("zh", 1, "隔壁团队那个大模型项目其实已经停了，对外还说在推进，下个月的客户会上怎么圆"),
        ("en", 1, "Two of our biggest accounts told us they're leaving at renewal; the forecast still shows them. What do I tell my VP?"),
        ("zh", 0, "如果一个项目要停掉，一般怎么跟客户沟通比较好？泛泛讲讲"),
    ],
    "general": [
        ("en", 0, "pandas groupby then keep the row with max value per group — cleanest way?"),
        ("zh", 0, "帮我把这句英文翻成中文：Please find the attached agenda for tomorrow's sync."),
    ],
    "ip_address": [
        ("en", 0, "ansible inventory:\n[web]\n⟦ip4⟧\n⟦ip4⟧\n[db]\n⟦ip6u⟧\nwhy does the db group fail to connect?"),
    ],
    "near_miss_numbers": [
        ("mixed", 0, "风控规则误杀：order_id=⟦order23⟧，规则把里面那段当成手机号了，怎么改正则"),
    ],
}
for _cat, _rows in MORE.items():
    FRAME_TABLE[_cat].extend(_rows)


FRAMES: list[tuple[str, str, bool, str]] = [(cat, lang, bool(conf), tpl) for cat in CATEGORIES for lang, conf, tpl in FRAME_TABLE[cat]]

if __name__ == "__main__":
    sys.exit(main())
