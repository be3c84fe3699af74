"""Builds hybridai/data/name_lexicon.jsonl: given names and family names of many cultures.

The router's PERSON rules need to know that "Elif", "Chiamaka", "Lucía" or "Sokolov" are names
without listing every person. Faker's person providers hold first and last names for about a
hundred locales; this script flattens them once into a compact, sorted file (one JSON line per
list, ``{"list": …, "names": […]}``; ``.jsonl`` so that the package data patterns ship it) and faker
stays a build-time tool only (``pip install faker==40.54.0``; the router never imports it).

Kept: Latin-script names (with diacritics) of every locale, Cyrillic ones transliterated (with the
common English spelling variants: Aleksei/Alexei), Japanese kanji names, Chinese surnames and
given-name characters. ``common_words`` lists English words (faker's lorem word list plus words
that are also frequent names: Will, Grace, Summer …): the router asks for more evidence when a
name is also a word. ``places`` (cities, countries, states of the address providers) keeps
"Hong Kong" or "Costa Rica" from being read as a given name and a family name.

Usage: .venv/bin/python tools/build_name_lexicon.py [--out hybridai/data/name_lexicon.jsonl]
"""

from __future__ import annotations

import argparse
import importlib
import json
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from faker.config import AVAILABLE_LOCALES

OUT = Path(__file__).resolve().parent.parent / "hybridai" / "data" / "name_lexicon.jsonl"

_CYRILLIC = {
    "а": ["a"], "б": ["b"], "в": ["v"], "г": ["g"], "д": ["d"], "е": ["e"], "ё": ["yo", "e"], "ж": ["zh"],
    "з": ["z"], "и": ["i"], "й": ["y", "i"], "к": ["k"], "л": ["l"], "м": ["m"], "н": ["n"], "о": ["o"],
    "п": ["p"], "р": ["r"], "с": ["s"], "т": ["t"], "у": ["u"], "ф": ["f"], "х": ["kh", "h"], "ц": ["ts"],
    "ч": ["ch"], "ш": ["sh"], "щ": ["shch"], "ъ": [""], "ы": ["y"], "ь": [""], "э": ["e"], "ю": ["yu"],
    "я": ["ya"], "і": ["i"], "ї": ["yi"], "є": ["ye"], "ґ": ["g"],
}

# English words that are also common given names or surnames; a name that is also a word needs
# more evidence (a second name part, a cue) before it is taken for a person.
_NAME_LIKE_WORDS = """
will may mark grace hope faith joy summer autumn winter spring river sky star rose lily ivy jade ruby amber
crystal dawn penny hazel jasmine violet daisy iris pearl coral sage august june april chase hunter grant
bill art rich frank earl king prince duke baron page rob sue pat carol ray gene van dean drew miles norman
young long white black green brown gray grey bell price cook wood stone hill lane ford park rose banks fox
wolf bird swan hart lamb love moody noble rich sharp strong wise golden silver gold storm rain snow frost
hall church bishop mason porter baker carpenter turner fisher hunter taylor miller walker knight marshall
stewart parsons chance cash bond may sterling major west north south east english french german irish
scott lance guy victor justice liberty harmony melody honey candy cherry apple orange lemon olive basil
ash oak forest glen dale cliff brook heath moss reed holly heather poppy april sunny rocky buddy jack
angel destiny trinity nova luna sol mercedes porsche lexus tesla paris london sydney berlin vienna milan
florence georgia virginia carolina dakota austin houston dallas denver phoenix jordan china india
asia africa america europe sharon eden zion genesis legend maverick ace max rex duke major sergeant
""".split()


# Large cities the locale lists lack, whose two words look like a name pair (Hong Kong, Santa Clara).
_PLACES = """
hong kong|new york|los angeles|san francisco|san jose|san diego|santa clara|santa monica|las vegas|tel aviv
kuala lumpur|sri lanka|costa rica|puerto rico|buenos aires|rio de janeiro|sao paulo|são paulo|abu dhabi
saudi arabia|new delhi|ho chi minh|cape town|mexico city|silicon valley|wall street|salt lake city|st louis
kansas city|hai phong|da nang|chiang mai|phnom penh|addis ababa|dar es salaam|port louis|santo domingo
""".replace("\n", "|").split("|")


# Frequent given names that faker's locale lists lack (its en_IN list has no Priyanka): South Asian,
# Turkish, Arabic, Persian, African, Slavic, Nordic, Greek, Korean and Southeast Asian (Thai, Vietnamese,
# Indonesian) ones; Vietnamese with and without tone marks.
_EXTRA_GIVEN = """
priyanka priya pooja shreya ananya aishwarya deepika kavita sunita anjali swati nisha ritu shweta sneha preeti
divya meenakshi lakshmi revathi harini keerthana nandini rashmi sangeeta sonal tanvi ishita aditi akanksha
rahul amit sumit rohit vikas vivek nikhil siddharth abhishek ankit gaurav manish pranav karthik venkat srinivas
suresh ramesh mahesh ganesh rajesh prakash naveen arvind harish sandeep pradeep kiran ashok vijay anand
mehmet mustafa emre burak elif zeynep ayse fatma ozan cem selin deniz can kerem hakan serkan murat esra
ahmad mahmoud khalid tariq hamza youssef karim nadia layla yasmin samira rania hussein ibrahim farah amina
reza dariush parisa shirin babak arash navid leila kamran farid
chidi emeka obinna chinonso ngozi adaeze funmilayo oluwaseun tunde kwame kofi ama akosua abena yaw kojo
thandiwe sipho lerato themba zanele tendai wanjiru njeri kamau otieno achieng amara
agnieszka katarzyna malgorzata magdalena joanna beata zbigniew krzysztof tomasz pawel piotr grzegorz marek
bogdan dragan milica jelena nikola stefan svetlana natasha oksana yulia irina dmitry sergey andrei aleksandr
bjorn sigrid astrid ingrid freya soren lars nils henrik mikael annika linnea elin
nguyen thanh minh huong linh trang tuan hieu duc phuong siti nurul ahmad putri dewi budi agus wayan
callum alastair hamish fergus ewan niamh siobhan aoife ciara saoirse oisin cillian declan eoin padraig
somchai somsak somporn sompong somboon somkiat somsri anan arthit chaiwat chatchai chokchai ekachai kittisak
nattapong nattawut nattaya narong narumon pimchanok pimpaka siriporn siriwan sirinya suda sunee supaporn sukanya
malee kanya kanokwan kannika ploy apinya wanida ratana rattana pornthip porntip thanawat thanakorn tanawat teerawat
worawut weerapong wichai prasert suchart surachai anong buppha chanida jintana kamon kwanjai lalita orathai
pranee sasithorn supattra thida waraporn achara boonmee jakkrit kasem panya piyapong sakda udom yuthana pongsak
anucha chalerm phichit sombat kritsada siriwat patcharee paweena rungnapa chutima benjamas chonticha duangjai
jiraporn kamonwan mayuree napat nipa nittaya pattama ratchanee saowalak tassanee wipawee yupin
thi thị văn hữu đức ngọc hương tuấn dũng hùng hải khánh thảo yến hạnh thúy hằng giang tâm hiền quỳnh châu phúc
lộc thắng cường tùng việt đạt kiên nhân tài hòa bình tuan thao yen hanh thuy hien quynh
budi agus sri dewi siti putri wahyu rizki dian eko adi andi bambang joko hendra yudi arief fajar indah nur ratna
rina yuni wulan ayu rudi teguh dwi iwan dedi heru hadi yanti fitri novi ika intan kartika bayu galih gilang
aditya irfan fikri
mohammed muhammad mohamed yusuf hassan abdullah abdul nabil walid rami fadi ziad bilal imran faisal saeed majid
nasser sultan rashid zaid yasser adel amr tamer sherif hany hesham wael ayman osama mariam maryam noor nour huda
salma dina reem hala mona noura lina zainab khadija amira hana dalia rana samar heba ghada sahar mehdi hossein
hamid behnam farhad kaveh kourosh omid payam pouya sina fatemeh zahra niloufar roya mahsa neda sepideh ladan
golnaz azadeh
chukwuemeka chinedu ifeanyi nnamdi uchenna adebayo olumide ayodele babajide kehinde taiwo temitope folake yetunde
bukola chioma nneka amaka ifeoma kwabena kwaku kwesi efua akua esi abimbola thabo bongani mandla nomvula
lindiwe zodwa tshepo kagiso lwazi wanjiku akinyi odhiambo chebet abdoulaye mamadou moussa ousmane fatou aminata
ibrahima cheikh seydou modibo
oleksandr oleksiy andriy mykola mykhailo taras yaroslav volodymyr vasyl petro dmytro serhiy yuriy olena iryna
nataliya tetiana kateryna halyna larysa lyudmyla svitlana viktoria anastasia daria polina sofiia alexei
giorgos georgios yiannis ioannis kostas konstantinos dimitris nikos panagiotis vasilis christos eleni katerina
despina vasiliki
minjun seoyeon jiho jiwoo haeun yuna seojun doyun hayoon sujin jisoo minji eunji hyejin jihye yejin soyeon
jiyeon sungmin jaehyun donghyun junho hyunwoo taehyun youngho sangwoo jinwoo seungmin dahyun chaeyoung jimin
min-jun seo-yeon ji-ho ji-woo ha-eun seo-jun do-yun sung-min jae-hyun dong-hyun jun-ho hyun-woo tae-hyun soo-ah
""".split()

# Family names the locale lists lack: Thai, Vietnamese, Indonesian, Arabic and Persian, West and East African,
# Ukrainian and Russian, Greek, Korean and South Asian ones.
_EXTRA_SURNAMES = """
srisuk chaiyaporn saetang saelim srisawat suwannarat wongsuwan rattanakorn boonsong chaiyasit charoenpol jaidee
kaewmanee kongkaew phromma ruangsri sangthong siriwong sukhum thongchai thongdee wongsa boonyasith kittikul
nakprasert phongsathorn prasertsri rattanaporn sirisombat srisombat sukprasert tangsiri thepsuwan wattanakul
wiriyakul chaiprasert khemthong pongpanich chaisiri srisai
nguyễn trần lê phạm hoàng huỳnh võ vũ đặng bùi đỗ hồ ngô dương lý đinh trương trịnh lâm lương tạ đoàn quách
nguyen tran pham hoang huynh dang bui duong dinh truong trinh luong doan quach
santoso wijaya susanto hidayat saputra pratama kusuma setiawan gunawan nugroho wibowo hartono lestari rahayu
sulistyo handoko purnomo siregar nasution simanjuntak harahap sitompul hutapea tanjung halim salim sutanto
kurniawan permana firmansyah utomo prasetyo budiman ramadhan syahputra
haddad khoury hamdan mansour saleh khalil aziz farouk abbas jaber karimi hosseini ahmadi mohammadi rezaei moradi
rahimi jafari hashemi sadeghi ghorbani kazemi mousavi tehrani shirazi najafi akbari bagheri
okafor okonkwo adeyemi olawale nwosu okeke chukwu balogun bello abubakar mensah boateng owusu asante osei appiah
agyeman nkosi dlamini ndlovu khumalo mokoena mthembu mwangi otieno ochieng kiprop kibet diallo traore diop ndiaye
keita coulibaly toure cisse konate
kovalenko shevchenko bondarenko tkachenko kravchenko kovalchuk melnyk boyko lysenko marchenko rudenko savchenko
petrenko oliynyk polishchuk kravets morozov sokolov volkov lebedev kozlov novikov fedorov mikhailov vasiliev
pavlov semenov golubev vinogradov bogdanov vorobyov egorov nikitin orlov andreev makarov zaitsev solovyov
borisov yakovlev grigoriev kuzmin belov medvedev ershov stepanov nikolaev zakharov zhukov frolov kiselev
papadopoulos papadakis georgiou nikolaou konstantinou dimitriou ioannou christodoulou vasileiou pappas oikonomou
karagiannis alexiou antoniou makris papageorgiou
jeon jeong yoon hwang kwon baek kwak byun seok
sharma iyer nair menon pillai reddy naidu chowdhury banerjee chatterjee mukherjee ghosh dutta joshi kulkarni
deshpande patil jadhav pawar shinde gaikwad agarwal aggarwal bansal goyal mittal mehta desai trivedi pandey
mishra tiwari dubey shukla srivastava saxena verma yadav chauhan rathore thakur malhotra kapoor khanna chopra
sethi bhatia arora ahuja sandhu dhillon grewal sidhu
""".split()


def _names(provider: type, attribute: str) -> Iterable[str]:
    value = getattr(provider, attribute, None) or ()
    if isinstance(value, dict):
        return value.keys()
    return value if isinstance(value, list | tuple | set | frozenset) else ()  # some locales define properties


def _is_latin(word: str) -> bool:
    return all(c in "'’-" or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in word)


def _is_cyrillic(word: str) -> bool:
    return all(c in "'-" or "CYRILLIC" in unicodedata.name(c, "") for c in word)


def _transliterate(word: str) -> set[str]:
    spellings = {""}
    for char in word.casefold():
        options = _CYRILLIC.get(char, [char])
        spellings = {s + o for s in spellings for o in options}
    variants = set(spellings)
    for s in spellings:  # Aleksei → Alexei, Andreyev → Andreev
        variants |= {s.replace("ks", "x"), s.replace("ey", "ei"), s.replace("iy", "y")}
    return {v for v in variants if v.isascii() and len(v) >= 3}


def _tokens(name: str) -> list[str]:
    return [t.strip(".") for t in name.replace("-", " - ").split() if t.strip(".") and t != "-"]


def build() -> dict[str, list[str]]:
    given: set[str] = set()
    surnames: set[str] = set()
    ja_given: set[str] = set()
    ja_surnames: set[str] = set()
    zh_surnames: set[str] = set()
    zh_given_chars: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attribute, target in (("first_names", given), ("first_names_male", given), ("first_names_female", given),
                                  ("first_romanized_names", given), ("last_names", surnames),
                                  ("last_romanized_names", surnames)):
            for name in _names(provider, attribute):
                for token in _tokens(str(name)):
                    if len(token) < 2:
                        continue
                    if _is_latin(token):
                        target.add(token.casefold())
                    elif _is_cyrillic(token):
                        target |= _transliterate(token)
        if locale == "ja_JP":
            ja_given |= {str(n) for n in _names(provider, "first_names")}
            ja_surnames |= {str(n) for n in _names(provider, "last_names")}
        if locale in ("zh_CN", "zh_TW"):
            zh_surnames |= {str(n) for n in _names(provider, "last_names")}
            zh_given_chars |= {c for n in _names(provider, "first_names") for c in str(n)}
    given |= set(_EXTRA_GIVEN)
    surnames |= set(_EXTRA_SURNAMES)
    places = {p.strip() for p in _PLACES if p.strip()}
    for locale in AVAILABLE_LOCALES:
        try:
            address = importlib.import_module(f"faker.providers.address.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attribute in ("cities", "city_names", "real_city_names", "countries", "states", "regions", "provinces"):
            places |= {str(p).casefold() for p in _names(address, attribute)
                       if " " in str(p) and _is_latin(str(p).replace(" ", ""))}  # only pairs can pass for names
    common = {w.casefold() for w in importlib.import_module("faker.providers.lorem.en_US").Provider.word_list}
    common |= set(_NAME_LIKE_WORDS)
    return {"latin_given": sorted(given), "latin_surnames": sorted(surnames), "common_words": sorted(common),
            "places": sorted(places),
            "ja_given": sorted(ja_given), "ja_surnames": sorted(ja_surnames), "zh_surnames": sorted(zh_surnames),
            "zh_given_chars": sorted(zh_given_chars)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    lexicon = build()
    lines = [json.dumps({"list": key, "names": names}, ensure_ascii=False) for key, names in lexicon.items()]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(args.out, {key: len(values) for key, values in lexicon.items()})


if __name__ == "__main__":
    main()
