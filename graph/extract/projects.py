"""Projects (GENRE.md §3): named projects, facilities, signings and photo captions.

Rules:
- project.caption    a line of its own that is just a project's name
- project.list       卡涞复合新型材料、鑫亿禾科技等重大产业项目 — items before 等…项目
- project.named      年产5万吨高性能纤维项目 / 某某新材料项目 — a specific name before 项目
- project.facility   罗樟源水库, 花间堂温泉度假酒店, 姑蔑考古遗址公园 — a facility noun with a
                     proper name before it, after a project verb (建设, 推进, 打造 …)
Generic phrases (重大产业项目, 医养结合项目) are not projects: a name must carry something
specific — a capacity, a company or place, a number, or a proper name before a facility word.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from graph.extract.figures import chinese_number
from graph.extract.places import head_opens_place
from graph.extract.text import AnyOf, ends_with_any, is_cjk, overlapping, starts_with_any
from graph.lexicon import LEGAL_COMPANY, _read, divisions, lexicon, word_pattern


def _lines(name: str) -> list[str]:
    return [w.strip() for w in _read(name).splitlines() if w.strip() and not w.startswith("#")]


FACILITY = tuple(_lines("project_suffixes.txt"))
FACILITY_SET = frozenset(FACILITY)  # `in` on the tuple would read it word by word
WORKS = tuple(_lines("project_works.txt"))
WORKS_ONLY = re.compile("(?:" + word_pattern(WORKS) + ")+")
WORKS_AFTER = re.compile(r"(?:\([^()]{1,8}\))?(?:" + word_pattern(WORKS) + ")")
BUILT_ONLY = frozenset(_lines("project_suffixes_built.txt"))
VENUES = frozenset(_lines("project_venues.txt"))

# A capacity, a number or a phase, or an industry's word (graph/data/project_hints.txt) in
# the words before 项目: one project (年产…项目, 二期项目, 恒安液流储能项目). An industry's
# word alone is a kind of project (仓储项目: generic_projects.txt).
NAMED_HINT = re.compile(
    r"年产|日产|年加工|年处理|年出栏|\d|[一二三四五六七八九十]期|"
    + word_pattern(_lines("project_hints.txt"))
)
# A phase after a facility: 姑蔑考古遗址公园一期工程, 小微园(三期), 花海二期.
PHASE = re.compile(r"(?:\(?[一二三四五六七八九十\d]+期\)?)(?:工程|项目)?$")


def _unphased(text: str) -> str:
    """The text without the phase ending it (花海二期 → 花海). Only a text holding 期 is
    searched: re would try PHASE at every character of the many names with none."""
    return PHASE.sub("", text) if "期" in text else text


# 说明会暨…, 奠基暨…, 战略合作暨…, 集中开竣工暨…: an occasion, then its project.
JI_EVENT_ENDS = ("会", "奠基", "合作", "竣工", "开工", "签约", "投产")
EVENT_WORDS = ("大会", "会议", "推进会", "仪式", "活动", "现场会", "签约会", "清单", "情况")
EVENT_RE = re.compile("|".join(EVENT_WORDS))  # any of them, in one scan
PHASE_AFTER = re.compile(r"\(?[一二三四五六七八九十\d]{1,2}期\)?(?:工程|项目)?")
# Endings too common as plain words to mark a project outside a list or caption.
LIST_ONLY = frozenset({"谷", "世界", "工程", "花海", "小镇", "港区"})
LIST_ONLY_TUPLE = tuple(LIST_ONLY)
DEMONSTRATIVES = ("该", "此", "这", "本")
CLASS_ONLY = re.compile(r"[\u4e00-\u9fffA-Z\d]{1,3}级")
# A road's or railway's section: 杭新景高速开化段, G351国道开化段工程.
ROUTE_WORD = r"(?:高速公路|高速|铁路|高铁|城际|国道|省道|公路|航道|快速路)"
ROUTE_WORD_RE = re.compile(ROUTE_WORD)
ROUTE_SECTION = re.compile(
    r"(" + ROUTE_WORD + ")"
    r"(?:(?:[\u4e00-\u9fff]{1,4}?至[\u4e00-\u9fff]{1,6}?|[\u4e00-\u9fff]{1,4}?)(?<![阶手地路])段"
    r"|[东西南北]延(?:伸段|伸线|伸|线)?)"
    r"(?:(?:" + word_pattern(WORKS) + r")?(?:工程|项目))?"  # 60省道天台科山至洪畴段改建工程
)
# Railways named by a section or an extension are projects when said to be built.
NEW_LINES = ("高铁", "城际")
LINE_BUILT = re.compile(r"施工|开工|建设|建成|竣工|启动|开通|通车|完工")
WAYS = re.compile(r"方式|措施|手段|形式|途径|办法|渠道")
POSSESSION = re.compile(
    r"拥有|现有|[境域]内有|包含|设有"
    r"|(?:该(?:工程|项目)|建设内容)[^,。]{0,4}包括"  # 该工程建设包括道路路面工程、亮化工程…: parts
)  # …包含玻璃水滑道、无动力乐园: parts
NOT_PROJECT_AFTER = (
    "责任单位",  # 代表项目责任单位作表态发言: the units answering for projects
    "资金",
    "库",
    "清单",
    "土地",
    "用地",
    "要素",
    "审批",
    "手续",
    "设计团队",
    "服务联系单",
    "为王",  # 坚持项目为王: a slogan
    "谋划",  # 推出项目谋划擂台赛: the planning of projects
    "数",  # 转型提升项目数达41个: a count of projects
    "板块",  # PE板材、户外成品椅子两个项目板块: a firm's lines of business
    "牛鼻子",  # 牵住项目牛鼻子: the crux of the work, a saying
)
# After a facility word: a landmark placing something else (西安门大桥上游0.5公里处,
# 位于珊塘小学后面).
LANDMARK_AFTER = re.compile(r"(?:上游|下游|后面|后方|旁边|附近|对面|[东西南北]侧|一带|脚下)")
# A place in brackets after a name (示范中心(北白象园区)).
WHERE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:园区|区|镇|乡|街道|村|县|市)")
# 集A、B等于一体的C: A and B are parts of what C brings together, not projects of their own.
PARTS_OF_WHOLE = re.compile(r"集(?![团中聚成约资市])[^,;:。!?]{2,80}?[于为]一体")
# …项目 after a verb of seeking projects (全员谋项目, 开始准备项目): an activity, no name.
SEEKING_PROJECTS = re.compile(
    r"(?:谋|抓|跑|争|招|准备|盯|瞄准|能上|要上)(?:大|好|成)?项目$"  # 山区县同样能上大项目
    # “千机百策”稳项目, 争分夺秒攻项目, 强城兴村引项目, 看项目: a slogan's verb
    r"|(?:稳|攻|促|拼|看|引|比|干)项目$"
    r"|之[\u4e00-\u9fff]{1,2}(?:建|引|推)项目$"  # 求非常之效建项目: a slogan on building projects
    r"|(?:以|向|就|把|对)项目$"  # 再次以项目为主题, 资源向项目集聚: projects in general
)
# After a facility word: an event held there, or the rest of a company's name.
VENUE_AFTER = re.compile(r"(?:隆重)?(?:举行|召开|举办)")
# 启迪科技园运营管理有限公司 is a company; …项目由某某公司投资建设 names its investor.
COMPANY_AFTER = re.compile(
    r"(?:(?![由的被为是])[\u4e00-\u9fff]){0,8}?(?:有限公司|有限责任公司|股份公司|公司)"
)
# A school or a hospital acting (…医院签订协议, …中学结合学校实际, …医院已成为…中心) is
# an institution at work, not a project.
INSTITUTION = ("医院", "中学", "小学", "学校")
ACTING_AFTER = re.compile(r"签订|签署|结合|汇报|举行|召开|已成为|成为|发展中心")
# A status said right after …项目: 正在施工, 也将启动, 顺利开工.
STATUS_AFTER = re.compile(
    r"(?:也|已|正|正在|将|已经|顺利|正式|全面|相继|于\d+年"
    r"|(?:也|正|还)?在[\u4e00-\u9fff]{0,6}?"  # 也在紧锣密鼓地建设中
    # 争取7月份开工, 计划年底竣工: a date set for it
    r"|(?:争取|计划|力争|预计|拟)于?(?:年内|年底|今年|明年|\d{1,2}月(?:份|底)?前?)?)?"
    r"(?:施工|开工|动工|建设中(?!心)|建成|投产|竣工|结顶|落地|启动|开业|完工|投入使用|投用|开园|开街|开馆"
    r"|加快(?:推进|建设)"
    r"|通水|通车|通电)"
)
# Verbs of a visit to a site, which 了 may follow (察看了…项目).
VISIT_VERBS = frozenset("督查 督导 调研 考察 视察 参观 察看 查看 检查 走访 观摩 巡查".split())
BODY_BEFORE = re.compile(r"(?:政府|政协|人大|委|局|公司|集团|会)$")
# Before 与, what makes it "with" (将与, 加强与), not "and" between two parts of a name.
WITH_BEFORE = re.compile(r"(?:加强|深化|继续|将|要|拟|主动|积极|携手|共同)$")
# A partner: 与 before the name, working together after it.
PARTNER_MARKS = ("与", "同", "跟")
PARTNER_AFTER = re.compile(r"的?(?:交流|合作|共建|携手|签约|签订|签署|对接|联手|结对)")
ORG_BEFORE = re.compile(r"(?:政府|公司|集团|委员会|管委会|局|办|校|银行|协会|商会|县|市|镇|乡|村)$")
LIST_COUNT = re.compile(r"(?:等|在内的)(\d+|[一二两三四五六七八九十]+)[多余]?[个项家]")
PAGE_TAGS = re.compile(r"(?:关键词|关键字|标签):")
# A count of projects, then each is named: 12项,具体为:, 共有6个,分别是.
ENUMERATION = re.compile(
    r"(?:\d+|[一二两三四五六七八九十]+)[个项]"
    # 8个重大工业项目,计划总投资110多亿元,分别是: what they are and their sum, between
    r"(?:[\u4e00-\u9fff]{0,6}(?:项目|工程)(?:,[^,。;:]{0,20})?)?"
    r",?(?:分别是|分别为|具体为|具体是)[:]?"
)
# 万丰集团投资55亿元的汽车整车: an enumerated item opening with its investor and amount.
INVESTED_ITEM = re.compile(r"[^、,]{0,12}?投资\d+(?:\.\d+)?多?[亿万]元的")
JOINED_INVESTED_ITEM = re.compile(r"[和及]" + INVESTED_ITEM.pattern)
ENUMERATED_KIND = re.compile(r"项目|工程")
CONJUNCTIONS = ("及", "和", "与", "以及", "等", "或")
# 一 with a classifier before a name is "a" (建设一条木铝复合门窗生产线), not a count.
ONE_OF = re.compile(r"一(?:条|座|个|家|处|栋|所)(?=[\u4e00-\u9fff]{4})")
# A count or an amount says how many projects, not which: 两个以上亿元文旅项目, 首个10亿元以上项目.
COUNT = re.compile(
    # 有2000台…生产线, 建成3套 (but 年产600台…项目, 年产1000套…项目: a capacity)
    r"(?<![\d.产])\d+[多余]?(?:个|家|项|件|批|座|栋|幢|条|所|处|间|套|大|台)"
    r"|^已|以上|首个|一大批|一批"
    r"|[一二两三四五六七八九十]+(?:个|家|项|件|批|座|栋|幢|条|所|处|间|套|大)"
    r"|\d+(?:亿|万)元|第[一二三四五六七八九十\d]+次"  # 萧山9大项目, 第二次项目集中开工
)
# What stands before a project's name without being part of it: the investor company
# (kept as the investor), or words such as 主会场, 该, 公司.
INVESTOR = re.compile(rf"^(.{{2,30}}?(?:{LEGAL_COMPANY}|集团))(?=.{{4,}})")
# 河南鑫润达能源科技发展有限公司: a verb straight before the legal ending is the company's.
COMPANY_TAIL = re.compile(rf"(?:发展|建设|投资|开发)*(?:{LEGAL_COMPANY}|集团)")
LEADING = (
    "其中",  # 其中三门湾大桥及接线工程: "of which"
    "主会场",
    "分会场",
    "该",
    "本",
    "公司",
    "企业",
    "了",
    "是",
    "规划",
    "村里",
    "镇里",
    "县里",
    "区里",
    "就",  # 就衢江抽水蓄能电站项目下步工作: "regarding"
    "我县",  # 我县青弋江中洲大桥: the article's own county
    "我区",
    "我市",
    "我镇",
)
CLAUSE_STOP = set('+/|,;:。!?()“”"‘’《》「」【】 \n、—')
# A dash inside a Latin name (锐世PET—CT) stops no clause.
LATIN_DASH = re.compile(r"[A-Za-z0-9]—[A-Za-z0-9]")
PER_TIME = re.compile(r"[吨件套台只片方]/[日年天时]")
STOP_RE = re.compile("[" + re.escape("".join(sorted(CLAUSE_STOP))) + r"]|(?<=\.)\.")
LIST_TAIL = re.compile(
    # 等引领产业提升的重大项目; but 拟入驻A、B等企业的…项目: the items are firms.
    # (等5个7亿元以上重大制造业项目: the count, then the class of amount they are in)
    r"等(?:(?:\d+[多余]?个|[一二两三四五六七八九十]+[多余]?个)(?:\d+(?:\.\d+)?[亿万]元以上)?)?"
    r"(?:(?:(?!企业|公司|单位|产品|行业|领域)[\u4e00-\u9fff]){1,10}的)?"
    r"(?:(?!单位)[\u4e00-\u9fff]){0,8}?项目"  # 等十多个单位和项目: firms among them
    # …工程 only when counted (等十大工程): 道路、农田水利等工程 are kinds of works.
    r"|等(?:\d+|[一二两三四五六七八九十]+)[个大项][\u4e00-\u9fff]{0,4}?工程"
    # …or of places' works (内环线、院路路改建等工程建设, 嘉木路等“断头路”工程; not 等建设工程
    # 现场, the firms' sites).
    r"|等(?:重大|重点|重要|“[\u4e00-\u9fff]{1,6}”)?工程(?=建设|的(?:稳步)?推进|[,;。]|$)"
    # 包括A、B、C在内的32个项目: the list closes with 在内的 and a count.
    r"|在内的(?:\d+|[一二两三四五六七八九十]+)[个项][\u4e00-\u9fff]{0,8}?项目"
    # 农夫六期、盛开新材料两个50亿元项目: the count of the items just listed (checked below).
    r"|(?<=[\u4e00-\u9fff])(?P<count>两|[三四五六七八九十])个(?:\d+(?:\.\d+)?亿元)?(?:重大|重点)?项目"
    r"(?!板块)"  # PE板材、户外成品椅子两个项目板块: a firm's lines of business
)
ROAD_ENDS = ("路", "大道", "街", "巷")
HIGH_SPEED_GROWTH = re.compile("发展|增长|运转|运行|前进|扩张|推进城")
# What a road's or a railway's short name ends with, or the works on it (留祥路西延).
ROUTE_NAME_ENDS = (
    "高速",
    "高铁",
    "铁路",
    "公路",
    "国道",
    "省道",
    "轻轨",
    "大道",
    "快速路",
) + tuple(d + "延" for d in "东南西北")


def _joins_roads(before: str, after: str) -> bool:
    """Does a conjunction join two roads that one works covers (江滨南大道和西大道景观工程)?"""
    return (
        before.endswith(ROAD_ENDS)
        and not before.endswith("道路")  # 道路和城北路改造工程: a kind, then a road
        and WORKS_SIGNAL.search(after) is not None
    )


# Steps of building on a site (基坑开挖, 混凝土浇筑), listed before 等工程.
SITE_STEPS = ("开挖", "浇筑", "吊装", "铺设", "回填", "砌筑", "施工", "安装")
# 新材料、新能源、生物医药等一批优质企业项目: sectors, though their firms are named after.
SECTOR_WORD = re.compile(r"(?:养殖|旅游|种植|服务|制造|加工|物流|商贸|畜牧)业$|经济$")
SECTOR_END = re.compile(r"(?:业|经济|材料|能源|医药|制造|服务)$")
SCOPE_VERB = re.compile(r"涵盖|覆盖|涉及")
COUNTED_CLASSES = re.compile(
    r"[一二两三四五六七八九十\d]+大?类"
)  # 等八大类项目: the list's classes
VERBS = tuple(_lines("project_verbs.txt"))
VERB_AT = re.compile(word_pattern(VERBS))  # every verb, overlapping ones too: overlapping()
VERB_SET = frozenset(VERBS)
# What makes a long …项目 name a proper one: a place, a bracketed place, a quote or digits.
NAME_SIGNAL = re.compile(r"[镇乡村县区市](?![长委])|[()“”\d]|街道|社区|园区")
NUMBERED_PROGRAMME = re.compile(r"[一二三四五六七八九十\d]+号")
QUOTED = re.compile(r"[“\"]([^“”\"]{4,30})[”\"]")
# After a quoted name, these make it a byname (素有“一街八巷六码头”之称), not a project.
NICKNAME_AFTER = ("之称", "的美誉", "之美誉", "美誉", "的称号", "称号")
# 都 only before a verb (都是, 都在): 汉都公路, 成都新材料 hold it in their names.
CLAUSE_PARTICLES = re.compile(
    r"[了着把被让使也还已个该这此各]|过(?![境程渡滤江河桥])|不(?!锈)|正(?=[在按加抓全紧积进有])|都(?=[是在有要将已把被能会可不没也还])|从.*到|可以"
    r"|创建?(?=.{0,4}级)"  # 某某景区创建5A级旅游景区: a grade sought, not a project named
    r"|以来|最[\u4e00-\u9fff]{1,3}的"  # 建市以来最大的工业引资项目: a description
)
# A capacity opening a name: 年产3万吨…, or a power station's 46兆瓦….
POWER_OPENING = re.compile(r"\d+(?:\.\d+)?(?:兆瓦|千瓦|万千瓦|MW|kW)")
# 6000多亩现代农业园区, 10多公顷生态湿地公园: a size before a name says how big, not which.
AREA_BEFORE = re.compile(
    r"^(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)[多余]?(?:万)?(?:亩|公顷|平方米|平方公里)"
)
# 年产5万吨…, 46兆瓦…, 15万吨/年…, 10kt/a…: a capacity opening a plant's name.
PER_YEAR_CAPACITY = re.compile(r"\d(?:万|亿)?(?:k?t|吨|件|套|台|只|片|平方米|立方米)/(?:年|a)")
PER_YEAR_TAIL = re.compile(PER_YEAR_CAPACITY.pattern + "$")
CAPACITY_OPENING = re.compile(
    r"[年日](?:产|加工|处理)|" + POWER_OPENING.pattern + "|" + PER_YEAR_CAPACITY.pattern
)
# A项目和B项目两个重点项目: the count of the projects just named, the last after 和 or 、.
NAMED_COUNT = re.compile(r"[\u4e00-\u9fff]{1,4}项目")
LIST_JOINERS = ("和", "、", "及")
ITEM_WORKS = re.compile(r"(?:建设|拓宽提升|拓宽|提升|改造|扩建|改扩建)+$")
COUNT_AFTER = re.compile(r"共?(?P<number>\d+|[一二两三四五六七八九十]+)(?:个|家|项|座|所|条|处)")
# Where a name is located rather than named: 衢州市柯城区沟溪乡碗窑… (the units above the
# town), 衢州绿色产业集聚区中来股份… (a platform before a named project).
CATEGORY = re.compile(r"类[\u4e00-\u9fff]{0,6}$|型项目$")  # 产业转型类项目, 要素型项目
# A place or platform, then a generic kind of project: the projects there, not one of them.
# A period may stand between (吴堡县第三季度重点项目, 塔城地区9月招商引资项目), and a campaign
# in place of the place (攻坚行动10月份重点招商项目).
PLACE_CATEGORY = re.compile(
    r"(?:镇|乡|街道|村|区|县|市|小镇|园区|行动)"
    r"(?:\d{4}年度?)?(?:第?[一二三四]季度|\d{1,2}月份?|[上下]半年)?"
    r"(?:重点|重大|招商|引资|产业|工业|民生|文旅)+项目$"
)
PLACE_NEXT = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)")
PLATFORM = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:产业集聚区|集聚区|经济开发区|开发区|高新区)")
# Conjunctions and particles among the cut words: a caption may contain them (…和…项目).
NOT_VERBS = frozenset(
    {"和", "与", "及", "以及", "如", "包括", "的", "暨", "为", "对", "是", "即", "在"}
)
FACILITY_RE = re.compile(word_pattern(FACILITY))
SECTORS_RE = re.compile(word_pattern(_lines("project_sectors.txt")))
# What may follow a facility word inside a sentence: a verb (…酒店运营), 的, 等, a time.
FOLLOWERS = (*VERBS, *_lines("project_followers.txt"))


@cache
def _generic_re() -> re.Pattern[str]:
    return re.compile(word_pattern(generic_words()))


@cache
def _district_re() -> re.Pattern[str]:
    names = []
    for place, info in lexicon().places.items():
        if info.type in ("省", "市", "区", "县", "县级市"):
            names += [place, *info.short_forms]
    return re.compile(word_pattern(names))


@cache
def generic_words() -> tuple[str, ...]:
    words = [w.strip() for w in _read("generic_projects.txt").splitlines()]
    return tuple(sorted({w for w in words if w and not w.startswith("#")}, key=len, reverse=True))


@dataclass(frozen=True)
class FoundProject:
    name: str
    start: int  # span in the sentence
    end: int
    rule: str
    confidence: float
    investor: str | None = None  # a company written before the name: 某某有限公司年产…项目


HE_WORDS = (
    *("中和", "调和", "缓和", "温和", "柔和", "共和", "祥和", "和谐", "和美", "和平"),
    *("三和", "太和", "永和", "人和", "保和"),  # firms and places: 三和金业
)


def _in_word_with(s: str, i: int, words: tuple[str, ...]) -> bool:
    """Is s[i] inside one of `words` (each holding s[i]'s character once)?"""
    return any(s.startswith(w, i - w.index(s[i])) for w in words if i >= w.index(s[i]))


@lru_cache(maxsize=1 << 16)
def _strip_verbs(text: str) -> tuple[str, int]:
    """Cut everything up to the last verb or conjunction before the name proper
    (我们将全面落实卡涞复合新型材料 → 卡涞复合新型材料); returns the rest and the cut length.
    The facility word itself is never searched (…基地建设项目 keeps its 建设)."""
    unphased = _unphased(text)
    suffix = (project_suffix(unphased) or "") + text[len(unphased) :]
    core = text[: len(text) - len(suffix)]
    verbs = [(m.start(), m.end(), m.group()) for m in overlapping(VERB_AT, core)]
    if not verbs:
        return text, 0
    # A quote or bracket is a name's own words: “村企结对”帮扶项目, 雅鹿TPA(对苯二甲酸)项目.
    quoted = [q.span() for q in QUOTE_SPAN.finditer(core)]
    quoted += [b.span() for b in BRACKET_SPAN.finditer(core)]
    # 洪家村党群服务中心综合楼项目: a verb inside a facility word of the name is the name's.
    facilities = [f.span() for f in FACILITY_RE.finditer(core)]
    verb_ends = {e for _, e, v in verbs if len(v) >= 2}  # (not 暨 inside 诸暨)

    def cuts_at(start: int, end: int, verb: str) -> bool:
        """Does the name proper start after this verb?"""
        return (
            not any(a < start < b for a, b in quoted)
            and not any(a <= start < b and end <= b for a, b in facilities)
            # 服务业基础配套园区, 电子加速器…中心: a trade or an instrument, no verb.
            and core[end : end + 1] not in ("业", "器")
            and not (verb == "就" and core[end : end + 1] in ("地", "近"))
            # 中和性抗体药物研发项目, 和美乡村: 和 inside a word, not "and"
            and not (verb == "和" and _in_word_with(core, start, HE_WORDS))
            # 推进鑫和新材料: one character between a verb and 和 is no thing joined, so 和
            # is the name's (a firm's 鑫和)
            and not (verb == "和" and (start == 1 or start - 1 in verb_ends))
            and not (verb == "对" and core[end : end + 1] == "口")  # 豫京对口协作项目
            # 共有产权住房 (shared ownership), 公共有轨电车: no 共有 (there are) at all
            and not (
                verb == "共有" and (core.startswith("产权", end) or core[start - 1 : start] == "公")
            )
            and not (verb == "就" and core[start - 1 : start] in ("成", "造"))
            and not (verb == "报告" and core[end : end + 1] == "厅")
            # 内陆养殖建设提升改造项目: only works after the verb, which name no project.
            and not (end < len(core) and WORKS_ONLY.fullmatch(core, end))
            # 铁凝新建厂房项目: the works of a firm named before them, on a facility of no
            # name of its own.
            and not (
                verb in BUILDS_ON
                and start >= 2
                and end < len(core)
                and not _specific(core[end:] + suffix)
            )
            # 人民医院新建项目: the works on a facility, named by it.
            and not (
                end == len(core)
                and verb in BUILDS_ON
                and project_suffix(core[:start]) not in (None, "项目", "工程")
            )
            and not COMPANY_TAIL.match(core, end)
            # 市政协向衢常铁路开工: 向 (towards) after a body; 向家坝水电站 holds it.
            and not (verb == "向" and not BODY_BEFORE.search(core, 0, start))
            # 三郑众鑫服务大楼: a facility's use, not a verb before it.
            and not (
                verb in USE_VERBS
                and (f := FACILITY_RE.match(text, end))
                and f.group() not in PROGRAMME
            )
            and not (
                # 年产1.7亿瓶注射液剂的项目, 30兆瓦光伏跟踪电站: after a capacity, a verb or
                # conjunction names the product, not a new phrase.
                CAPACITY_OPENING.search(core, 0, start)
                and project_suffix(core[:start]) is None  # not A项目和B项目
                # 年产值45亿灌装生产线竣工投产暨香柚三产融合产业园: an event, then a project.
                and not (verb == "暨" and core[:start].endswith(JI_EVENT_ENDS))
            )
            # 景宁县水系连通及水美乡村试点县建设项目, 冬虫夏草干鲜草及深加工项目: 及 after a
            # phrase with no project word of its own joins the parts of one project; so
            # does 及 after a facility when 项目 or 工程 names both (乐清湾大桥及接线工程).
            and not (
                verb == "及" and (_joined_part(core[:start]) or _joined_works(core[:start], suffix))
            )
            # 钛方汽车产品研发与生产基地项目: 与 joins two works of one project — but not a
            # body and its partner (县政府与某某公司…项目).
            and not (
                verb == "与"
                and _joined_part(core[:start])
                and not ORG_BEFORE.search(core, 0, start)
                and not WITH_BEFORE.search(core, 0, start)  # 进一步加强与…: "with"
            )
            and not (verb in ("和", "与", "及") and _joins_roads(core[:start], text[end:]))
            # 某某食品暨酒店建设项目: 暨 after a part with no project word joins one
            # project's parts; after an event (开工仪式暨…) it starts the project.
            and not (verb == "暨" and _joined_by_ji(core[:start], core[end:]))
        )

    # The end of the last verb that cuts: the verbs are tried from the last end back, and
    # the first one that cuts settles it. A conjunction inside a capacity (年产3万吨A和B
    # 生产线项目) joins products, not projects.
    by_end = sorted(verbs, key=lambda v: v[1], reverse=True)
    cutting = next(((end, verb) for start, end, verb in by_end if cuts_at(start, end, verb)), None)
    cut = cutting[0] if cutting else 0
    if cutting and cutting[1] in VISIT_VERBS and text[cut : cut + 1] == "了":
        cut += 1  # 督查了更楼街道城南农贸城项目: the visit's aspect mark goes with it
    return text[cut:], cut


def _joined_part(before: str) -> bool:
    """Is the phrase before a 及 a part of the project named after it, rather than a
    project (工业功能区三期, …项目), a place (衢江) or a bare works word (清淤) of its own?"""
    return (
        len(before) >= 4
        and project_suffix(before) is None
        and not before.endswith("期")
        and _district_re().fullmatch(before) is None
    )


def _joined_by_ji(before: str, after: str) -> bool:
    """Does 暨 join two parts of one project (某某食品暨酒店建设项目), rather than an event
    or a campaign and the projects after it (集中开工暨…项目, 奠基暨重大项目)?"""
    return (
        _joined_part(before)
        and "”" not in before
        and "项目" not in before  # 一季度重大项目集中开竣工暨…: a batch, then one of it
        and not before.endswith((*EVENT_WORDS, *JI_EVENT_ENDS, *VERBS))
        and len(_generic_re().sub("", after)) >= 2
    )


def _joined_works(before: str, suffix: str) -> bool:
    """Is the phrase before a 及 a facility that the 项目 or 工程 ending the name covers
    with the works after it (某制药生产基地及研发中心项目)?"""
    named_both = _unphased(suffix).endswith(("项目", "工程"))
    return named_both and project_suffix(before) not in (None, "项目", "工程")


def _capacity_list_start(s: str, j: int) -> int:
    """Where a list of products after one capacity starts, when the name at s[j] is its
    last item (年产15万吨轻钙、5万吨氢氧化钙、10万吨再生利用工程项目; 年产50万纱锭棉纺、
    化纤色纺生产线): the items before have no project word of their own."""
    start = j
    while s[start - 1 : start] == "、":
        k = start - 1
        while k > 0 and (
            s[k - 1] not in CLAUSE_STOP or PER_YEAR_TAIL.search(s, max(0, k - 8), k + 1)
        ):
            k -= 1  # (10kt/a电池级碳酸锂: a capacity per year holds a slash)
        # …项目和10kt/a电池级碳酸锂、5kt/a…项目: a conjunction before a capacity opens the list.
        joined = max(s.rfind("和", k, start - 1), s.rfind("与", k, start - 1))
        if joined >= 0 and CAPACITY_OPENING.match(s, joined + 1):
            k = joined + 1
        item = s[k : start - 1]
        if (site := SITE_END.search(item)) is not None:
            item = item[: site.start()]  # 年产30万吨…项目现场、…: a project's site
        if k == start - 1 or project_suffix(_unphased(item)) is not None:
            break  # 年产20万吨前驱体项目一期、…: a project of its own
        start = k
        if CAPACITY_OPENING.search(s, k, j):
            return k  # the capacity that opens the list
    return j


def _after_inner_facility(name: str) -> str | None:
    """The part of a name after a facility word inside it (…工程举村至汉都公路 → 举村至汉都公路),
    when at least four characters precede its own facility word."""
    suffix = project_suffix(name) or ""
    ends = [m.end() for m in FACILITY_RE.finditer(name, 0, len(name) - len(suffix))]
    if not ends or len(name) - len(suffix) - ends[-1] < 4:
        return None
    return name[ends[-1] :]


# Said of an institution being built: its works, its status, or a building word near it.
INSTITUTION_BUILT = re.compile(
    r"新建|迁建|改建|扩建|改扩建|建设|开工|动工|建成|竣工|投用|投入使用|落成|启用|工程|项目|选址|规划|奠基|封顶|结顶"
)
BUILT_REACH = 12  # characters either side of the institution's name


def _built_here(s: str, start: int, end: int) -> bool:
    """Is the institution named at s[start:end] said to be built, near its name (past
    its other name in brackets: 金义新区中心医院(金华市中心医院金义院区)项目开工)?"""
    if s[end : end + 1] == "(" and (close := s.find(")", end, end + 30)) > 0:
        end = close + 1
    return bool(
        INSTITUTION_BUILT.search(s, max(0, start - BUILT_REACH - 8), min(len(s), end + BUILT_REACH))
    )


def _word_ends(s: str, i: int) -> bool:
    """Does a word end before s[i]: at the text's end, punctuation, or a word that may
    follow a name (运营, 等, 建设 …)? 水库 inside 水库群, 酒店 inside 酒店业 ends none."""
    return not (s[i : i + 1] and is_cjk(s[i]) and not starts_with_any(s, FOLLOWERS, i))


def _next_item(s: str, end: int) -> str | None:
    """The 、-list item after the one ending at s[end]; the list's last item ends at 等
    (海塘安澜工程、世纪大道改造工程等民生项目)."""
    if s[end : end + 1] != "、":
        return None
    stop = min((i for c in "、,;。:等" if (i := s.find(c, end + 1)) >= 0), default=len(s))
    return s[end + 1 : stop]


def _in_series(s: str, start: int, end: int, suffix: str) -> bool:
    """Is s[start:end] one of a 、-list of names with one ending (根缘小镇、龙顶小镇、高铁小镇)?
    A list names its items; a lone 小镇 or 工程 is more often a plain word."""
    following = _next_item(s, end)
    if following is not None and following.endswith(suffix) and len(following) > len(suffix):
        return True
    before = s.rfind("、", 0, start)
    return (
        before >= 0
        and not any(c in CLAUSE_STOP for c in s[before + 1 : start])
        and s[:before].endswith(suffix)
    )


def _in_project_list(s: str, start: int, end: int) -> bool:
    """Is s[start:end] one of a 、-list of …项目 (长城新能源项目、嘉亨项目、天晴项目), not of a
    slogan's verbs (研究项目、谋划项目, “一切围绕项目、一切服从项目”)?"""
    clause = _clause_start(s, start)
    if (o := s.rfind("“", clause, start)) >= 0 and s.find("”", o, start) < 0:
        return False  # inside a quote: a slogan
    neighbours = [following] if (following := _next_item(s, end)) is not None else []
    # …、宇越光学膜材料制造项目建设现场: the last item's name ends at its 项目.
    neighbours = [n[: n.find("项目") + 2] if "项目" in n else n for n in neighbours]
    if (before := s.rfind("、", clause, start)) >= 0:
        item_start = max(s.rfind("、", clause, before) + 1, clause)
        neighbours.append(s[item_start:before])
    if neighbours and any(v in s[clause:start] for v in SITES_VISITED):
        return True  # 先后来到铁凝新建厂房项目、年产15万吨…项目: a site of a visit's list
    return any(
        n.endswith("项目")
        and (core := _generic_re().sub("", n.removesuffix("项目")))
        and core not in VERB_SET
        and not core.endswith(("大", "重大"))
        for n in neighbours
    )


# Verbs of going to the sites a 、-list names: a …项目 among them is one project.
SITES_VISITED = (*VISIT_VERBS, "来到", "走进", "深入")
CLAUSE_MARK = re.compile("[,;。:]")


@lru_cache(maxsize=128)
def _positions(pattern: re.Pattern[str], s: str) -> list[int]:
    """Where `pattern` matches in a sentence, in order (found once: many spans are asked)."""
    return [m.start() for m in pattern.finditer(s)]


def _clause_marks(s: str) -> list[int]:
    """Where the , ; 。 : of a sentence are."""
    return _positions(CLAUSE_MARK, s)


def _clause_start(s: str, i: int) -> int:
    """Where the clause holding s[i] starts (after the last , ; 。 : before it)."""
    marks = _clause_marks(s)
    k = bisect_left(marks, i) - 1
    return marks[k] + 1 if k >= 0 else 0


def _built_before(cut_text: str) -> bool:
    """Does the text cut before a name end with a building verb (not 与, 和, 的 …)?"""
    verbs = [m.group() for m in overlapping(VERB_AT, cut_text) if m.end() == len(cut_text)]
    return any(v not in NOT_VERBS for v in verbs)


SIGNING = re.compile(r"签约|签订|签署")
LIST_ITEM = re.compile(r"[^、,;:。!?]{2,40}")


def _among_companies(s: str, start: int, end: int) -> bool:
    """Is s[start:end] an item of a 、 list whose item before or after is a company?"""
    if s[start - 1 : start] == "、":
        k = start - 1
        while k > 0 and s[k - 1] not in "、,;:。!?":
            k -= 1
        if s[k : start - 1].endswith(("公司", "集团")):
            return True
    if s[end : end + 1] == "、" and (after := LIST_ITEM.match(s, end + 1)):
        return after.group().endswith(("公司", "集团"))
    return False


@lru_cache(maxsize=1 << 16)
def _specific(name: str, min_rest: int = 2) -> bool:
    """Does the name say which project, rather than what kind of project?"""
    if CLAUSE_PARTICLES.search(split_investor(name)[0]):
        # 短剧不仅带火了拍摄基地: a clause, not a name (but 浙江正导…有限公司 is a company's).
        return False
    if (batch := YEAR_BATCH.search(name)) and not AMOUNT.sub(
        "", _generic_re().sub("", _after_batch_opening(batch.group(1)))
    ):
        # 新青年城市2022年百亿项目, 2022年4月恩施州重大项目, 2020年度县政府民生实事候选
        # 项目: the year's batch of projects (of a month, a place, a body), not one.
        return False
    if name.endswith("大项目") and not name.endswith(("重大项目", "十大项目")):
        return False  # 寿昌镇农业大项目: the big ones of a sector, a class
    rest = _unphased(name)
    phased = rest != name
    suffix = project_suffix(rest)
    if suffix:
        rest = rest[: -len(suffix)]
        if (
            phased
            and suffix not in ("项目", "工程")
            and (not rest or _district_re().fullmatch(rest))
        ):
            return True  # 小微园(三期), 衢江港区二期: a facility with its phase is a project
    if DATE_OR_MARK.search(rest):  # what DATES_AND_MARKS needs, found fast
        rest = DATES_AND_MARKS.sub("", rest)
    before_generic = rest
    rest = _generic_re().sub("", rest)
    if (
        suffix == "项目"
        and rest
        and (
            not (trade := _generic_re().sub("", SECTORS_RE.sub("", before_generic)))
            or CLASS_ONLY.fullmatch(trade)
        )
    ):
        # 新材料项目, 畜牧养殖项目, 重量级交通基建项目: a trade's projects, not one
        return False
    if (suffix == "项目" or phased) and (not rest.removesuffix("工程") or ROUND_OF.search(rest)):
        # 民生实事工程项目; 前八次项目, 第一轮项目, 4月底前全部项目: a batch; 年底前一期工程:
        # when, not which.
        return False
    if phased and suffix not in (None, "项目", "工程") and rest and len(before_generic) >= 2:
        return True  # 新大公路一期工程: a named facility with its phase (新 here is the name's)
    if name.endswith("项目"):
        # 衢江区2025年一季度重大项目: a district and a period say which list, not which project.
        # Only where it opens the name (after a time): in 蒙牛金华项目 the place follows
        # the investor's name.
        rest = rest[m.end() :] if (m := _list_opening_re().match(rest)) else rest
    if EVENT_RE.search(name) or name.startswith(OTHERS):
        return False  # 其他县(市、区)项目: the rest of a list, no one project
    if name.endswith("项目") and name[:-2] in FACILITY_SET:
        return False  # 艺术馆项目: a kind of facility, called a project
    # 莲都区2020年“争先创优”重大项目, “衢商回归”龙游百亿元重大项目: after a campaign's
    # quoted name, only words of kind, a place or an amount — its projects, not one.
    if (
        (quoted_kind := QUOTED_KIND.search(name))
        and quoted_kind.group(1)
        # 城关镇小沟村“樱桃沟”乡村旅游项目: a village's spot, not a campaign.
        and not VILLAGE.search(name, 0, max(0, name.rfind("“", 0, quoted_kind.start())))
        # “柚谷里”农业综合体项目: a facility of that name, not a campaign's projects.
        and project_suffix(quoted_kind.group(1)) in (None, "项目", "工程")
    ):
        kind_words = _district_re().sub("", _generic_re().sub("", quoted_kind.group(1)))
        # 浙江省“千项万亿”工程重点项目: the key projects of the quoted programme (but
        # “旱改水”工程项目 is the works so named)
        kind_words = AMOUNT.sub("", kind_words)
        if not kind_words or (kind_words == "工程" != quoted_kind.group(1)):
            return False
    if CATEGORY.search(name) or PLACE_CATEGORY.search(name):
        return False  # 旧改类未来社区, 航埠低碳小镇重点产业项目: a kind of project
    if CLASS_ONLY.fullmatch(rest):
        return False  # 五星级酒店, 省级产业园: a class of facility, not one
    return len(rest) >= min_rest


OTHERS = ("其他", "其它")
# A round or a deadline of a campaign right before 项目: its projects, not one.
ROUND_OF = re.compile(
    r"(?:第|前)[一二三四五六七八九十\d]+[次轮届批]云?$|(?<!\d)\d+次$|底前$|(?<!\d)\d{4}$"
    r"|^\d{1,2}年$"  # “5年项目有望3年干成”: a project's span of years
)
# A quote, then only words of kind before 项目 (“争先创优”重大项目; not “云耕小镇”项目).
# Dates, brackets and quotes: dropped from a name before what is left is weighed.
DATES_AND_MARKS = re.compile(r"\d{4}年|(?:\d{1,2}[-—~至])?\d{1,2}月份?|[()\[\]、“”\"]")
DATE_OR_MARK = re.compile(r"[\d()\[\]、“”\"]")
QUOTED_KIND = re.compile(r"[”’]([^“”‘’]*)项目$")
VILLAGE = re.compile(r"村|社区")
YEAR_BATCH = re.compile(r"\d{4}年度?([^年]*)项目$")
# What may open a year's batch of projects, before the words of kind: a month, then a
# province, prefecture or county (or its government).
MONTH_OPENING = re.compile(r"^\d{1,2}月份?")
PLACE_OPENING = re.compile(r"^([\u4e00-\u9fff]{0,4}?[省市州县区])(?:人民)?(?:政府)?")
PROVINCE_OR_PREFECTURE = re.compile(r"[\u4e00-\u9fff]{2,3}[省州]")


def _after_batch_opening(words: str) -> str:
    """The words of a batch after its month and its place (4月恩施州, 县政府); a word that
    only ends like a place (阳光小区, 工业园区) stays."""
    words = MONTH_OPENING.sub("", words).removeprefix("政府")  # 2023年度政府民生实事项目
    m = PLACE_OPENING.match(words)
    if m is None:
        return words
    place = m.group(1)
    if (
        len(place) == 1
        or place in divisions()
        or place in lexicon().places
        or PROVINCE_OR_PREFECTURE.fullmatch(place)
    ):
        return words[m.end() :]
    return words


PROJECT_AFTER = re.compile(r"(?:PPP|EPC)?(?:建设)?项目")  # …配套工程PPP项目: one name
ALIAS = re.compile(r"\((?:以下)?简称[^()]*\)")
# (A year stays: 2012年廉租房建设工程 is that year's programme, named by it.)
LEADING_TIME = re.compile(r"年内|今年|明年|去年")
KIND_LABEL = re.compile(r"[\u4e00-\u9fff]{0,4}?[省市县区](?:重点|重大)(?:产业|建设)?项目")
LEADING_AMOUNT = re.compile(r"(?:约|超|逾)?\d[\d.]*[万亿]*元")
AMOUNT = re.compile(r"[\d.一二三四五六七八九十百千万亿]+(?:亿|万)?元?")
# 苍南大道工程总投资20亿元, …管网工程,总投资约3.9亿元: the investment of what was named.
INVESTMENT_AFTER = re.compile(r"[,,]?(?:项目)?(?:计划)?总投资")
SITE = re.compile(r"(?:施工|建设)?(?:现场|工地)")
STATUS_BEFORE = re.compile(r"(?:已经?|正在|即将)?(?:竣工|建成|开工|完工|动工|在建|续建|通车)的$")
IS_WORKS = re.compile(r",?是[^,。;:]{2,24}?(?:工程|项目)[,。;]")
BUILDS_ON = ("新建", "改建", "扩建", "迁建", "重建")  # works that a facility's name opens
SITE_END = re.compile(r"(?<=[项目程])(?:施工|建设)?(?:现场|工地)$")  # …项目现场: at its site
# 由酒店、住宅、商场、幼儿园和外围景观公园等组成: the parts of a whole.
COMPOSED_OF = re.compile(r"等?(?:组成|构成)")
# Works named in a project's name: what is done, and so which project it is.
WORKS_SIGNAL = re.compile(
    "整治|治理|改造|扩建|改建|修复|修缮|迁建|提标|拓宽|提升|配套|配水|供水|引水|调水|景观|绿化|亮化"
)
IS_AS = re.compile(r"以[^,;:。]*为$")  # 以…为: taking something as
BOUNDS = re.compile(r"[东南西北](?:至|邻|临|依|靠)")  # 南至…, 北邻省道…: a bounding landmark
# 主线起点董家岙隧道…, 终点为黄岩与温岭交界处唐岭隧道: where a route starts or ends, a landmark.
ROUTE_ENDS = re.compile(r"起点|终点")
# A phase of a company's or product's plant, said to be built: 哲丰新材料二期建成, SKF二期和….
SAID_BUILT = r"(?=(?:已|正在|全面|顺利|加快|相继|先后)?(?:建成|投产|开工|竣工|落地|完工|动工|建设|达产)|和|、)"
PHASE_SAID = re.compile(r"[一二三四五六七八九十\d]期" + SAID_BUILT)
NOT_A_FIRM = re.compile("[他她我你这那该说]")
# What follows a firm's phase (and the other phases listed with it) to say it started
# or finished.
PHASES_STARTED = re.compile(
    r"(?:、[\u4e00-\u9fff]{2,6}[一二三四五六七八九十\d]期)*"
    r"(?:相继|先后|均|已|正式|全面|顺利)?(?:开工|竣工|投产|建成|动工|完工|达产)"
)
NAMED_PLANT = re.compile(rf"[A-Za-z]{{2,}}|(?:{LEGAL_COMPANY})$")
USE_VERBS = ("服务", "结合")  # 众鑫服务大楼, 中西医结合医院
QUOTE_SPAN = re.compile(r"“[^“”]{1,8}”|‘[^‘’]{1,8}’")
BRACKET_SPAN = re.compile(r"\([^()]{1,20}\)")
# A closing quote and its opening one: “” and, nested inside them, ‘’.
OPENING_QUOTE = {"”": "“", "’": "‘"}


def _stops(s: str) -> list[int]:
    """Where the clause stops of a sentence are (and the second dot of ..)."""
    return _positions(STOP_RE, s)


SECTION_ENDS = ("段", "期")


def _count_value(count: str) -> float | None:
    """12 or 十二: the number counted."""
    return float(count) if count.isdigit() else chinese_number(count)


def _counts_list(s: str, start: int, end: int, count: re.Match[str]) -> bool:
    """美宜佳产业园、晋江市石窟生态小镇项目2个片区: the count is of the items just listed."""
    value = _count_value(count["number"])
    return (
        value is not None
        and value >= 2
        and s.count("、", _clause_start(s, start), end) + 1 == value
    )


def _bracket_open(s: str, close: int) -> int:
    """The "(" of a short bracket closing at s[close] with no clause stop inside (a 、 may
    list its parts: 标准堤(新桥、罗浮段)), or -1."""
    o = s.rfind("(", max(0, close - 12), close)
    inside = s[o + 1 : close]
    return o if o >= 0 and not any(c in CLAUSE_STOP and c != "、" for c in inside) else -1


PROGRAMME = ("项目", "工程", "建设项目")


def _facility_bracket(s: str, i: int) -> bool:
    """Does a bracket naming a facility close right before s[i] (…备用水源(秀湖水库)工程)?"""
    o = _bracket_open(s, i - 1) if s[i - 1 : i] == ")" else -1
    return o >= 0 and project_suffix(s[o + 1 : i - 1]) is not None


@lru_cache(maxsize=1 << 16)  # …项目 candidates ask it of the same few names again and again
def _has_title(text: str, near_end: int | None = None) -> bool:
    """Does the text hold a post's title (项目经理, 党委书记) — with near_end, one ending at
    most that many characters before the text's end (执行董事田广荣)? 市民, a descriptor,
    may name a park (市民公园)."""
    return any(
        lexicon().titles[t.group()].kind != "descriptor"
        and (near_end is None or t.end() >= len(text) - near_end)
        and not head_opens_place(text, t.start(), t.group())  # 大门镇长沙综合体项目
        for t in lexicon().title_regex().finditer(text)
    )


def _works_on_facility(s: str, i: int) -> bool:
    """Does the phrase ending at s[i] (before 工程) name a facility or the works done on
    it, after a name of its own (330国道西移工程, 潜明水库引水工程, 通源路拓宽工程)? A
    programme (千万工程, 强村富民工程) names neither; 道路拓宽工程 and 水库主体工程 say what
    kind of works, not where."""
    name = _strip_verbs(s[_name_start(s, i) : i])[0].rpartition("的")[2]
    if "项目" in name or "工程" in name:
        return False  # 省市县长项目工程, 鹿鸣公园项目又称…工程: a programme, an alias
    marks = [m.start() for m in FACILITY_RE.finditer(name)]
    marks += [m.start() for m in WORKS_SIGNAL.finditer(name)]
    marks += [m.start() for m in ROUTE_WORD_RE.finditer(name)]
    return bool(marks) and _specific(name[: min(marks)] + "工程", 2)


def _name_start(s: str, i: int) -> int:
    """Where the noun phrase ending at s[i] starts: at a clause stop, keeping a short
    bracketed place (中宁能源(衢州)新能源研究院) and a short quote followed by more name
    (“云墨碳谷”碳材料产业园, 46兆瓦“农光互补”光伏发电项目)."""
    stops = _stops(s)
    j = i
    while j > 0:
        k = bisect_left(stops, j) - 1
        j = stops[k] + 1 if k >= 0 else 0  # every character between is part of the name
        if j == 0:
            break
        before = s[j - 1]
        if before == "/" and PER_YEAR_TAIL.search(s[max(0, j - 8) : j + 1]):
            j -= 1  # 15万吨/年绿色食品…项目, 10kt/a电池级碳酸锂: a capacity per year
            continue
        if before == "/" and _name_char(s[j - 2 : j - 1]) and _name_char(s[j : j + 1]):
            j -= 1  # 单元JG1601-A33/S42-12块…学校, 台塑AA/AE扩建项目, 交/直流充电枪: one name
            continue
        if before == "—" and any(
            _district_re().fullmatch(s, max(0, j - 1 - n), j - 1) for n in (2, 3)
        ):
            j -= 1  # 遂昌—诸暨山海协作产业园: the two places a partnership joins
            continue
        # A short bracket inside a name, or a longer one right before the facility word
        # (石呈线(315省道至抽水蓄能电站连接线)改建工程).
        reach = 30 if j == i else 10
        if before == "、" and (o := s.rfind("(", max(0, j - 12), j)) > 0:
            if ")" not in s[o:j] and ")" in s[j:i]:
                j = o  # 瓯北标准堤(新桥、罗浮段)加固提升工程: a list inside the brackets
                continue
        if before == ")" and (o := s.rfind("(", max(0, j - reach), j)) > 0:
            j = o  # 中宁能源(衢州)新能源研究院, 浙西模具城(筹)项目
            continue
        # A quote followed by more name, or by a facility word (“消薄飞地”产业园) — not by
        # 项目 or 工程: “乡贤回归”项目 is a slogan's programme.
        if before in OPENING_QUOTE and is_cjk(s[j]):
            o = s.rfind(OPENING_QUOTE[before], max(0, j - 9), j)
            if o >= 0 and before not in s[o + 1 : j - 1]:
                # …but 浙能常山新昌100MW“农光互补”项目: a capacity before it names a plant.
                k = bisect_left(stops, o) - 1
                named = CAPACITY_OPENING.search(s, stops[k] + 1 if k >= 0 else 0, o)
                if j < i or not s.startswith(PROGRAMME, i) or named:
                    j = o
                    continue
        break  # …, and 职业中专迁建、小乔产业园......开发区一大批项目
    return j


@cache
def _upper_units_re() -> re.Pattern[str]:
    """Province, city and county names (full and short forms) opening a name."""
    # Not a short form opening a town's name: 常山县新昌乡 (新昌 is also 新昌县's).
    return re.compile(f"^(?:(?:{_district_re().pattern})(?:(?<=[区县市省])|(?![乡镇村]|街道)))+")


@cache
def _list_opening_re() -> re.Pattern[str]:
    """Places and times opening a list's name (去年慈溪市, 衢江区一季度)."""
    times = r"[去今明前全]年|上半年|下半年|年度|本年度|[一二三四]季度"
    return re.compile(f"^(?:{_district_re().pattern}|{times})+")


def _strip_location(name: str) -> str:
    """衢州市柯城区沟溪乡碗窑未来乡村 → 沟溪乡碗窑未来乡村: the units above a town, and a
    platform before a specific name, say where a project is, not which it is. A county
    alone stays (衢江区文体健康产业园, 衢江区第一初中: its official name often holds it),
    as does a short form (衢江抽水蓄能电站)."""
    m = _upper_units_re().match(name)
    if m:
        rest = name[m.end() :]
        if PLACE_NEXT.match(rest) is not None and len(rest) >= 5 and _specific(rest, 3):
            name = rest
    m = PLATFORM.match(name)
    if m and _specific(name[m.end() :], 4):
        name = name[m.end() :]
    return name


@lru_cache(maxsize=1 << 16)
def _name_char(ch: str) -> bool:
    return bool(ch) and (is_cjk(ch) or (ch.isascii() and ch.isalnum()))


def _clean(name: str) -> str:
    name = name.strip(" ·-—").lstrip("”’)】")
    name = ALIAS.sub("", name)  # …抽水蓄能电站(简称乌溪江混蓄电站)项目: its short name
    if (amount := LEADING_AMOUNT.match(name)) and len(name) - amount.end() >= 5:
        name = name[amount.end() :]  # 总投资94.75亿元金丽温高速公路东延线工程: its cost
    if (when := LEADING_TIME.match(name)) and len(name) - when.end() >= 5:
        name = name[when.end() :]  # 年内创豪半导体项目投产: a time, not the name
    if (
        (label := KIND_LABEL.match(name))
        and len(name) - label.end() >= 5
        and project_suffix(name) not in (None, "项目")
    ):
        name = name[label.end() :]  # 道县市重点项目湘粤桂综合物流园: its rank, then its name
    if name.endswith("的项目") and CAPACITY_OPENING.search(name):
        name = name[:-3] + "项目"  # 年产1.7亿瓶大容量注射液剂的项目: the 的 is no part of it
    changed = name.startswith(LEADING)  # one C-level test for the common name with none
    while changed:
        changed = False
        for word in LEADING:
            if name.startswith(word) and len(name) > len(word) + 3:
                name, changed = name[len(word) :], True
    return name


@lru_cache(maxsize=1 << 16)
def split_investor(name: str) -> tuple[str, str | None]:
    """浙江华衢新材料有限公司年产20万吨…项目 → (年产20万吨…项目, 浙江华衢新材料有限公司)."""
    m = INVESTOR.match(name)
    if not m:
        return name, None
    return name[m.end() :], m.group(1)


@lru_cache(maxsize=1 << 16)
def project_suffix(text: str) -> str | None:
    """The facility word a name ends with, with the works done on it (公路改扩建)."""
    works = ends_with_any(text, WORKS)
    if works and (facility := ends_with_any(text[: -len(works)], FACILITY)):
        return facility + works
    return ends_with_any(text, FACILITY)


def caption(line: str) -> str | None:
    """A line of its own that is just a project's name (photo captions)."""
    line = line.strip()
    if not (4 <= len(line) <= 60) or re.search(r"[,。;:!?]", line):
        return None
    if not all(is_cjk(ch) or ch.isalnum() or ch in "()、·-" for ch in line):
        return None
    suffix = project_suffix(line)
    if suffix is None or line.endswith(("现场", "会议", "仪式")) or COUNT.search(line):
        return None  # a headline (衢江农业两区种出340个项目), not a project's name
    verbs = {m.group() for m in overlapping(VERB_AT, line)} - NOT_VERBS
    if verbs or lexicon().title_regex().search(line):
        return None  # a headline (人大代表视察…项目), not a caption naming a project
    return line if _specific(line) else None


def _one_project(s: str, start: int, j: int, end: int) -> bool:
    """Does the …项目 at s[j:end] (its facility word at s[start]), with no hint word,
    carry another sign of being one project? The signs are read in turn, the cheapest
    first, and the first one found settles it."""
    if SITE.match(s, end) is not None:
        return True  # 在某某项目现场: a real site
    bare = _strip_verbs(s[j:end])[0]
    if ("签约" in s or "总投资" in s) and _specific(bare, 3):
        return True  # signed, or its investment stated
    if _has_title(bare):
        return False  # every sign left needs a name holding no title
    if _specific(bare, 5) and bool(
        NAME_SIGNAL.search(bare[:-2])
        or FACILITY_RE.search(bare[:-2])
        or WORKS_SIGNAL.search(bare[:-2])  # 江贺经济走廊整治项目
    ):
        return True  # a long specific name
    # 鹿鸣公园项目, 市民健身公园建设项目: a facility's name, called a project.
    inner = bare.removesuffix("项目").removesuffix("建设")
    inner_suffix = project_suffix(inner)
    if (
        inner_suffix is not None
        and inner_suffix not in LIST_ONLY
        and inner_suffix != "项目"
        and _specific(inner, 2)
    ):
        return True
    # 安邦护卫苑项目正在施工: a status said of it makes it one project.
    if STATUS_AFTER.match(s, end) is not None and _specific(bare, 4):
        return True
    # 长城新能源项目、嘉亨项目、天晴项目等: one of a list of projects — named by a short
    # word of its own (嘉亨), not by a kind (重大交通项目).
    plain = _generic_re().search(bare.removesuffix("项目")) is None
    return _specific(bare, 2 if plain else 4) and _in_project_list(s, start, end)


@cache
def trigger() -> AnyOf:
    """What every sentence naming a project contains: a facility word or a phase said to
    be built (PHASE_SAID from its 期 on, which lets re skip ahead to a 期)."""
    return AnyOf(FACILITY_RE, re.compile("期" + SAID_BUILT))


def find_projects(s: str) -> list[FoundProject]:
    """Projects named in one normalised sentence."""
    found: list[FoundProject] = []
    if not trigger().search(s):
        return found
    if tags := PAGE_TAGS.search(s):
        s = s[: tags.start()]  # 关键词:衢江抽水蓄能浙江抽水蓄能电站: the page's tags, glued

    def add(
        start: int, end: int, rule: str, confidence: float, min_rest: int = 2, whole: bool = False
    ) -> None:
        """Add the project named in s[start:end], after the words before its name (all
        of them, unless the span is `whole`: one item of a list counted, name only)."""
        raw = s[start:end]
        count = COUNT_AFTER.match(s, end)
        if (
            count
            and not NAMED_COUNT.match(s, count.end())
            and not _counts_list(s, start, end, count)
        ):
            return  # 衢商回归项目7个: a kind of project, counted
        name, cut = (raw, 0) if whole else _strip_verbs(raw)
        if count and s[start + cut - 1 : start + cut] not in LIST_JOINERS:
            return  # …but A项目和B项目两个重点项目: the count of the projects just named
        if article := ONE_OF.match(name):
            name, cut = name[article.end() :], cut + article.end()  # 建设一条…生产线: "a"
        # ,为日调节纯抽水蓄能电站 (what the subject is, ending the clause — not ,为X建设注入…,
        # "for X"); 以A、B为省际门户风貌区 (a zoning).
        is_what = (
            raw[:cut] == "为"
            and s[start - 1 : start] in (",", ";", ":")
            and s[end : end + 1] in (",", ";", "。", "")
        )
        # 入选“科创中国”首批创新基地: an honour won, not a project.
        said_to_be = raw[:cut].endswith(
            (
                "成为",
                "定位为",
                "作为",
                "列为",
                "列入",
                "纳入",
                "用作",
                "用于",
                "组合成",
                "形成",
                "入选",
            )
        ) or (raw[:cut].endswith("为") and (is_what or IS_AS.search(s, 0, start + cut) is not None))
        if (
            said_to_be
            or BOUNDS.search(raw, 0, 4)
            or COMPOSED_OF.match(s, end)
            or ROUTE_ENDS.search(s, _clause_start(s, start), end)
        ):
            # 会成为…风光带上的后花园, 定位为…配套园区: what something becomes; 南至杭金衢
            # 高速公路: a landmark bounding an area; …幼儿园和外围景观公园等组成: a part.
            # None is a project named.
            return
        if project_suffix(_unphased(name)) in BUILT_ONLY and not _built_before(raw[:cut]):
            return  # 与某某研究院合作: an organisation; 共建某某研究院: a project
        # 浙江华衢新材料有限公司年产20万吨…项目, 同景科技有限公司30兆瓦光伏电站项目: a
        # company written straight before a project is part of its name (so 16 of the 18
        # annotated on real pages), but 某公司投资建设…项目 is its subject.
        owned, investor = split_investor(name)
        if investor:
            rest, more = _strip_verbs(owned)
            if more:
                name, cut = rest, cut + len(investor) + more
        if not name.endswith(PROGRAMME) and (area := AREA_BEFORE.match(name)):
            # …but 5万亩低效橘园改造项目 is named with its size.
            name, cut = name[area.end() :], cut + area.end()
        cleaned = _strip_location(_clean(name))
        cut += len(name) - len(cleaned) if name.endswith(cleaned) else 0
        name = cleaned
        if not _specific(name, min_rest) and (inner := _after_inner_facility(name)):
            # 乡村公路振兴工程举村至汉都公路: a programme's name, then the project's own.
            cut += len(name) - len(inner)
            name = inner
        if len(name) < 3 or not _specific(name, min_rest) or COUNT.search(name):
            return
        start = start + cut
        if s[start - 1 : start] in PARTNER_MARKS and PARTNER_AFTER.match(s, end):
            return  # 与金华市中心医院共建共享, 加强与新桥国际产业园的交流: a partner
        if any(f.start <= start and end <= f.end for f in found):
            return
        unphased = _unphased(name)
        if s[start - 1 : start] in DEMONSTRATIVES and (
            unphased in FACILITY_SET or len(unphased) <= 4
        ):
            return  # 该产业园二期, 该研学基地一期: a project named before, not a new one
        # An alias dropped from inside the name: the evidence still spans the whole text.
        stop = end if ALIAS.search(raw) else start + len(name)
        # 某制药生产基地及研发中心项目: the whole, found last, replaces its first part.
        # …综合楼改建, then …综合楼改建项目: the name with its 项目 replaces the one without.
        found[:] = [
            f
            for f in found
            if not (start <= f.start and f.end < stop and (whole or s[f.end] == "及"))
            and not (start == f.start and PROJECT_AFTER.fullmatch(s, f.end, stop))
        ]
        found.append(FoundProject(name, start, stop, rule, confidence, investor))

    # project.list: A、B等(重大产业)项目 — every item is a project.
    for m in LIST_TAIL.finditer(s):
        if WAYS.match(s, m.start() + 1):
            continue  # 等方式推进项目建设: 等 ends a list of ways, not of projects
        if POSSESSION.search(s, _clause_start(s, m.start()), m.start()):
            continue  # 包含A、B等项目: the parts of one project
        k = m.start()
        items: list[tuple[int, int]] = []
        while True:
            j = k
            if (
                s[k - 1 : k] == ")"
                and (o := _bracket_open(s, k - 1)) > 0
                and (WHERE.fullmatch(s, o + 1, k - 1) or s[k - 2] in SECTION_ENDS)
            ):
                # 示范中心(北白象园区)等17个项目: where the item is, in brackets;
                # 道路工程(望江路至沙门西路段)等11个工程: the section built.
                j = o
            while j > 0 and (
                s[j - 1] not in CLAUSE_STOP
                or LATIN_DASH.match(s, j - 2)
                or PER_TIME.match(s, j - 2)  # 三和金业150吨/日冶炼技改: a rate, not a break
            ):
                j -= 1
                if s[j - 1 : j] == ")" and (o := _bracket_open(s, j - 1)) > 0 and j < k:
                    j = o  # 杭新景高速公路建德至开化白沙关(浙赣界)段: a bracket inside an item
            close = s[k - 1 : k]
            if (
                j == k
                and close in OPENING_QUOTE
                and (o := s.rfind(OPENING_QUOTE[close], max(0, k - 30), k - 1)) >= 0
                and not any(c in CLAUSE_STOP for c in s[o + 1 : k - 1])
            ):
                # ‘天地绿建’、‘吉恒家具制造’等项目: quoted items; 衢江航道“四改三”等项目
                # keeps the words before its quote.
                j = o
                while j > 0 and s[j - 1] not in CLAUSE_STOP and s[j - 1] != "的":
                    j -= 1
                items.append((o + 1, k - 1) if j == o else (j, k))
            else:
                if (
                    s[j - 1 : j] in OPENING_QUOTE
                    and j < k
                    and not CAPACITY_OPENING.match(s, j)
                    and (o := s.rfind(OPENING_QUOTE[s[j - 1]], max(0, j - 9), j)) >= 0
                ):
                    j = o  # “两溪”片区柑橘产业提升: a quote opening the item
                items.append((j, k))
            if j > 0 and s[j - 1] == "、":
                k = j - 1
                continue
            break
        if m.group("count") and len(items) != chinese_number(m.group("count")):
            continue  # 建设两个项目: a count, no list before it
        if any(_has_title(s[a:b], near_end=4) for a, b in items):
            continue  # 公司党委书记、执行董事田广荣等分别致辞并宣布项目开工: persons
        if len(items) == 1 and CAPACITY_OPENING.search(s, *items[0]):
            continue  # 年产4万吨A等生产线项目: 等 ends a list of products, one project
        if m.group().endswith("工程") and s[: items[0][1]].endswith(SITE_STEPS):
            continue  # 进行基坑开挖等工程建设: the steps of the works under way
        # 卡涞复合新型材料 → 卡涞复合新型材料项目; but 生态度假、山地运动、商务休闲等项目
        # and 新材料、新技术、新能源等前沿项目 (three or more items, all short) are kinds.
        # 贝因美…奶粉项目现场、…项目现场等地进行项目巡检: the sites of projects named.
        items = [
            (a, b - len(site.group())) if (site := SITE_END.search(s, a, b)) else (a, b)
            for a, b in items
        ]
        cleaned = [(a, b, _clean(s[a:b])) for a, b in items]
        # 涵盖新材料、现代医药、信息经济及泛娱乐产业等…项目: the fields a batch covers.
        covers = SCOPE_VERB.search(s, _clause_start(s, items[-1][0]), items[-1][1]) is not None
        # …but 百果旺、新洋丰、梦世圆等96个已开工项目: counted, they are instances, unless
        # half or more are sectors (工业、城建、旅游、文化、农业、民生等163个项目).
        short_list = (
            len(items) >= 3
            and all(len(_strip_verbs(item)[0]) <= 5 for _, _, item in cleaned)
            # 柯诸高速、诸义高速、诸嵊高速等工程: roads, each named, are no kinds
            and not all(_strip_verbs(item)[0].endswith(ROUTE_NAME_ENDS) for _, _, item in cleaned)
        )
        listed = LIST_COUNT.match(s, m.start())
        counted = listed is not None
        # 甬金、迪奥工贸、金满湖等重大项目: called key projects, the items are instances, as
        # counted ones are (but 基础设施、城市、交通、水利等重点项目: kinds).
        key = m.group() in ("等重大项目", "等重点项目")
        # 赛伍技术、三思光电、杭州机床等一大批优质企业项目: firms, each a project of its own.
        firms = "企业" in m.group() and not any(SECTOR_END.search(i) for _, _, i in cleaned)
        # 经济林果种植与加工、生态养殖业、乡村旅游业等项目: sectors, half of them or more.
        sectors = sum(bool(SECTOR_WORD.search(_strip_verbs(i)[0])) for _, _, i in cleaned)
        kinds = (
            2 * sectors >= len(cleaned) >= 2
            or (
                short_list
                and not firms
                and (
                    not (counted or key)
                    or 2 * sum(not _specific(_strip_verbs(i)[0] + "项目") for _, _, i in cleaned)
                    >= len(cleaned)
                )
            )
            or COUNTED_CLASSES.search(m.group()) is not None
            or covers
            # 道路、农田水利等工程: an item of kind words only makes the works kinds.
            or (
                not counted
                and m.group().endswith("工程")
                and any(not _generic_re().sub("", i) for _, _, i in cleaned)
            )
        )  # …等八大类项目
        # 瓯窑博物馆与遗址公园建设工程、…等11个工程: as many items as counted, each
        # named whole (a 与 or a verb inside an item is its own), all but the first, which
        # may open with the sentence's verb.
        whole_items = listed is not None and len(items) == _count_value(listed.group(1))
        starts = {a: item for a, _, item in cleaned}
        for a, b, item in cleaned:
            if not item or _has_title(_strip_verbs(item)[0]):
                continue  # 县委书记张晓峰率队就城东、大南门等项目: the first item is a clause
            if CAPACITY_OPENING.search(item) and starts.get(b + 1, "")[:1].isdigit():
                continue  # 年产1万吨泡沫板、6万吨…项目: the first product of one project's list
            # 道路工程(望江路至沙门西路段): the section after the name is the name's
            bracket = item.rfind("(") if item.endswith(")") else -1
            if project_suffix(item[:bracket] if bracket > 0 else item) is None:
                # 同州路东段基础设施建设, 省道108…过境段拓宽提升: the works done on the item
                # end its name; the verbs cut before them only.
                works = ITEM_WORKS.search(item)
                core = item[: works.start()] if works and works.start() >= 4 else item
                if core != item and project_suffix(core) and (at := s.find(core, a, b)) >= 0:
                    # 南田镇伯温小学建设: the works on a facility its own word names.
                    add(at, at + len(core), "project.list", 0.8)
                    continue
                name, cut = _strip_verbs(core)
                name += item[len(core) :]
                # 察看项目地块周边环境、民生实事…等项目: the project's plot, not a name.
                if name.startswith("项目"):
                    continue
                if len(name) >= 2 and not kinds and _specific(name + "项目"):
                    found.append(FoundProject(name + "项目", a + cut, b, "project.list", 0.8))
            else:
                add(a, b, "project.list", 0.8, whole=whole_items and (a, b) != items[-1])

    # project.enumerated: 产业转型类项目12项,具体为:A、B、C等 — the projects counted, each
    # named as written, with or without a project word.
    # (ENUMERATION opens with no fixed character, so re would try it at every one.)
    for m in ENUMERATION.finditer(s) if "分别" in s or "具体" in s else ():
        if not ENUMERATED_KIND.search(s, _clause_start(s, m.start()), m.end()):
            continue  # 4个方面,分别是: not projects
        stop = min((i for c in "。;:" if (i := s.find(c, m.end())) >= 0), default=len(s))
        listed = s[m.end() : stop]
        if INVESTED_ITEM.match(listed):
            listed = listed.split(",")[0]  # …胶囊制剂项目,涵盖新能源汽车、高端装备…
        if "、" not in listed or "," in listed[: listed.rfind("、")]:
            continue  # one item, or items in clauses of their own (…项目,总投资…): other rules
        at = m.end()
        items = listed.split("、")
        # …美盛文化投资5亿元的动漫创意和美克药业投资5亿元的胶囊制剂项目: the last two
        # joined by 和, each with its investor.
        if INVESTED_ITEM.match(items[-1]) and (joined := JOINED_INVESTED_ITEM.search(items[-1])):
            items[-1:] = [items[-1][: joined.start()], items[-1][joined.start() + 1 :]]
        for item in items:
            a, b = at, at + len(item)
            at = b + 1
            end = min((i for c in ",等" if (i := item.find(c)) >= 0), default=len(item))
            b = a + end
            invested = INVESTED_ITEM.match(s, a, b)
            a = invested.end() if invested else a
            name = _clean(s[a:b])  # 我县华康医疗器械: the words before a name go
            a = b - len(name) if s[a:b].endswith(name) else a
            if project_suffix(name):
                add(a, b, "project.enumerated", 0.8)
            elif invested and 2 <= len(name) <= 16 and not _has_title(name):
                # 汽车整车, invested in by a firm named: a project, though its words are
                # an industry's.
                found.append(FoundProject(name + "项目", a, b, "project.enumerated", 0.75))
            elif (
                2 <= len(name) <= 20
                and not _has_title(name)
                and _specific(name + "项目")
                and not COUNT.search(name)
                and not any(f.start <= a < f.end for f in found)
            ):
                found.append(FoundProject(name, a, b, "project.enumerated", 0.75))
            if end < len(item):
                break  # …等, or a comma: the list ends

    # project.phase: 哲丰新材料二期建成 — a plant's phase, named by its company or product.
    for m in PHASE_SAID.finditer(s):
        j = _name_start(s, m.start())
        before = _strip_verbs(s[j : m.start()])[0]
        if re.search(r"\d|年|月", before):
            continue  # 计划于2026年底一期建成: a date, then a phase of the project named before
        if NAMED_PLANT.search(before) or NAMED_HINT.search(before):
            add(j, m.end(), "project.phase", 0.7)
        elif (
            2 <= len(before) <= 6
            and is_cjk(before[0])
            and _specific(before + "项目")
            and project_suffix(before) is None  # (一期工程二期: a phase of the works)
            and "期" not in before
            and not NOT_A_FIRM.search(before)  # 他说一期建成后: a speaker, not a firm
            and len(_generic_re().sub("", before)) >= 2
            and not before.endswith(("公司", "集团", "园区", "工程", "项目", "基地"))
            and PHASES_STARTED.match(s, m.end() - (s[m.end() - 1 : m.end()] == "、"))
        ):
            # 启德二期、艾特二期相继开工: a firm's phase, said to start or finish.
            add(j, m.end(), "project.phase", 0.7)

    # project.route: 杭新景高速开化段, G351国道开化段工程 — a road or railway's section.
    for m in ROUTE_SECTION.finditer(s):
        clause_end = min((i for c in ",;。" if (i := s.find(c, m.end())) >= 0), default=len(s))
        if m.group(1) in NEW_LINES and not LINE_BUILT.search(s, m.end(), clause_end):
            continue  # 届时沪昆高铁杭衢段…: a railway in service; 杭州机场高铁海宁段启动建设
        j = _name_start(s, m.start(1))
        name, cut = _strip_verbs(s[j : m.end()])
        cleaned = _clean(name)
        cut, name = cut + len(name) - len(cleaned), cleaned
        if len(name) >= 6 and not any(f.start <= j + cut < f.end for f in found):
            found.append(FoundProject(name, j + cut, m.end(), "project.route", 0.8))

    # project.quoted: “钱江源茶旅小镇”, “衢江微短剧数字制作中心”
    for m in QUOTED.finditer(s):
        inner = m.group(1)
        if "、" in inner or "," in inner:
            continue  # “大干项目、干大项目”, “依托香港,服务内地,面向世界”: a slogan
        if s.startswith(NICKNAME_AFTER, m.end()):
            continue  # 素有“一街八巷六码头”之称的溪口镇: a place's byname
        if NUMBERED_PROGRAMME.match(inner):
            continue  # “一号开放工程”, “一号发展工程”: a province's numbered programme
        # Programmes in quotes (“千万工程”) are short; places and facilities are named longer,
        # or called a project: “云耕小镇”项目.
        if (len(inner) >= 5 or (len(inner) >= 4 and s.startswith("项目", m.end()))) and (
            project_suffix(inner) or inner.endswith(LIST_ONLY_TUPLE)
        ):
            if _specific(inner, 2) and not COUNT.search(inner):
                found.append(FoundProject(inner, m.start(1), m.end(1), "project.quoted", 0.8))
        elif (
            len(inner) >= 5  # “乡贤回归”项目, “光伏消薄”项目: a campaign's slogan
            and s.startswith("项目", m.end())
            and s[m.start() - 1 : m.start()] not in ("批", "类", "种", "些")  # 一批“高大上”项目
            and _specific(inner + "项目", 3)
            and not COUNT.search(inner)
        ):
            # “平湖欧美智造园”项目: a name in quotes, called a project.
            found.append(
                FoundProject(inner + "项目", m.start(1), m.end() + 2, "project.quoted", 0.8)
            )

    # project.named and project.facility: a facility word ending a noun phrase.
    parts = [p.span() for p in PARTS_OF_WHOLE.finditer(s)] if "一体" in s else []
    for m in FACILITY_RE.finditer(s):
        suffix = m.group()
        end = m.end()
        # Keep phases: 小微园(三期), 遗址公园一期工程, 企业园(二期)项目, 花海二期
        phase = PHASE_AFTER.match(s, end)
        series = suffix in LIST_ONLY and _in_series(s, m.start(), end, suffix)
        works = None if phase else WORKS_AFTER.match(s, end)
        works_end = works.end() if works else end
        if works and s.startswith("工程", works_end):
            works_end += 2  # 马蹄岙水电站扩容工程: works on a facility, called a project
        if works and not _word_ends(s, works_end):
            works = None  # 老街提升改造项目部: not a name's end
        if works:
            end = works_end  # 江贺公路改扩建, 杭金衢高速(衢州段)拓宽改造: works on a facility
        elif phase:
            end = phase.end()
        elif (
            suffix in LIST_ONLY
            and not series
            and not (
                suffix == "工程"
                and (
                    INVESTMENT_AFTER.match(s, end)
                    or _facility_bracket(s, m.start())
                    or _works_on_facility(s, m.start())
                    or STATUS_AFTER.match(s, end)  # 安吉两库引水工程通水: built, so a project
                    # 已竣工的万松路东延伸线工程: a status said before it
                    or STATUS_BEFORE.search(
                        s, max(0, (name_at := _name_start(s, m.start())) - 8), name_at
                    )
                    # 小干岛西部围涂工程是…配套工程: said to be works or a project
                    or IS_WORKS.match(s, end)
                    # 在…土石方平整工程现场: its site (not a 现场会, a meeting)
                    or (
                        (site := SITE.match(s, end))
                        and not s.startswith("会", site.end())
                        and not s.endswith("项目", 0, m.start())  # …连接线项目工程现场
                    )
                )
            )
        ):
            continue  # …工程 alone is often a programme (千万工程), unless its investment follows
        elif PROJECT_AFTER.match(s, end) and suffix != "项目":
            continue  # the longer …项目 is matched by its own suffix
        named_project = s.endswith("项目", 0, end)
        if named_project and s.startswith(
            ("部", "组", "管理部", "管理处", "管理组", "办", "指挥部"), end
        ):
            continue  # 项目部, 项目组, 项目管理部: a project's team, not a project
        if named_project and s.startswith(NOT_PROJECT_AFTER, end):
            continue  # 经济开发项目资金, 项目土地: a fund, a list or an input, not a project
        if not named_project and not _word_ends(s, end):
            # 水库 inside 水库群, 酒店 inside 酒店业: only whole words end a name,
            # unless a verb follows (…酒店运营, …一期年内建成).
            continue
        if suffix == "高速" and HIGH_SPEED_GROWTH.match(s, end):
            continue  # 经济高速发展: at high speed, no motorway
        if POSSESSION.search(s, _clause_start(s, m.start()), m.start()):
            continue  # 拥有乌溪江水库、黄坛口水库: what a place has, not what it builds
        if any(a < m.start() and end <= b for a, b in parts):
            continue  # 集生产基地、研发基地于一体: the parts of one whole
        if not named_project and LANDMARK_AFTER.match(s, end + (s[end : end + 1] == ")")):
            continue  # 在西安门大桥上游: a landmark, not a project
        # (A seeking verb's phrase is at most five characters: 准备大项目.)
        if named_project and SEEKING_PROJECTS.search(s, max(0, end - 5), end):
            continue  # 全员谋项目、争要素: seeking projects, none named
        if suffix in INSTITUTION and ACTING_AFTER.match(s, end):
            continue  # 衢州博文中学结合学校实际: the school speaks, it is not built
        if suffix in INSTITUTION and not _built_here(s, m.start(), end):
            continue  # 浙江中医药大学附属第一医院: an institution that is, not one built
        if (suffix in VENUES and VENUE_AFTER.match(s, end)) or COMPANY_AFTER.match(s, end):
            continue  # 在国际大酒店举行 (a venue); 启迪科技园运营管理有限公司 (a company)
        if not named_project and lexicon().title_regex().match(s, end + (s[end : end + 1] == ")")):
            continue  # 青年驿站(博金商务酒店)负责人: the place's manager, an organisation
        j = _name_start(s, m.start())
        # A conjunction or 等 ends the phrase before it: …等重大产业项目及小微园 — unless
        # a capacity opens the name (年产3万吨A和B生产线项目 is one line of products).
        conj_at, conj = max(
            (
                (i, i + len(c))
                for c in CONJUNCTIONS
                if (i := s.rfind(c, j, m.start())) >= 0
                and not (c == "等" and s.startswith("级", i + 1))  # 高等级公路: a grade
            ),
            default=(j, j),
        )
        joins_products = (
            s[conj_at:conj] in ("及", "和", "与")
            and project_suffix(s[j:conj_at]) is None
            and "等" not in s[j:conj_at]
            and not s.startswith("项目", conj)  # 复工复产及项目推进: no list of products
        )  # 年产3万吨甲醇胺和乙醇胺生产线项目, A及B产品项目: one project, several products
        # 0.5MW水面光伏和0.2MW屋顶光伏项目: capacities joined, the first with no name of
        # its own, are one project; 年产A项目和年产B项目 are two.
        # (年产6万吨A、年产10万吨B等项目: 等 right before the word ends a list, the list
        # rule's items.)
        if not (
            joins_products
            or (s[conj_at:conj] == "及" and _joined_works(s[j:conj_at], s[m.start() : end]))
            or (
                CAPACITY_OPENING.search(s, j, conj_at)
                and not CAPACITY_OPENING.match(s, conj)
                and not (
                    s[conj_at:conj] == "等"
                    and conj == m.start()
                    and (s[j - 1 : j] == "、" or "、" in s[j:conj_at])
                )
            )
        ):
            j = max(j, conj)
        j = _capacity_list_start(s, j)
        if not named_project and _among_companies(s, j, end) and SIGNING.search(s, end):
            continue  # 阿迪斯蒙医有限公司、杭州市建兰中学、…分别与…签约: a party, not a project
        hint = NAMED_HINT.search(s[j : m.start()])
        rule = "project.named" if named_project else "project.facility"
        if named_project:
            if lexicon().title_regex().match(s, end + 2 * s.startswith("现场", end)):
                continue  # 项目总工程师, 项目(现场)负责人: a title, not a project
            # …项目 needs a sign that it is one project: a hint word (年产, 科技 …), a
            # signing or investment in the sentence, or a long specific name.
            if not (hint or _one_project(s, m.start(), j, end)):
                continue
            add(j, end, rule, 0.85 if hint else 0.7)
        else:
            # A short facility word needs a longer name before it (not 新的封测基地),
            # unless its investment or status follows (寺桥水库总投资25亿元).
            vouched = (
                s.startswith("总投资", end)
                or STATUS_AFTER.match(s, end) is not None
                # (安全工程、廉洁工程、质量工程: a series of two-character 工程 is a slogan's)
                or (series and suffix != "工程")
                or bool(works)  # 江贺公路改扩建: works on a facility name it
            )
            add(
                j,
                end,
                rule,
                0.85 if hint else 0.7,
                # 衢宁铁路, 东永高速: a route named by its two ends' short forms.
                min_rest=2 if len(suffix) >= 3 or vouched or suffix in ROUTE_NAME_ENDS else 3,
            )
    return [_unnumbered(f) for f in found]


# 2.乐东金钱树示范项目, (三)…: the number of an item in a list, not part of its name.
ITEM_NUMBER = re.compile(r"\(?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、)](?!\d)")


def _unnumbered(found: FoundProject) -> FoundProject:
    number = ITEM_NUMBER.match(found.name)
    if number is None or len(found.name) - number.end() < 4:
        return found
    return replace(found, name=found.name[number.end() :], start=found.start + number.end())
