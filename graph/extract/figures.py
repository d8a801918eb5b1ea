"""Targets and achieved statistics (GENRE.md §4).

A number with a unit is a *target* when a commitment cue (力争, 确保, 计划, 目标, 全年 …)
governs it, and a *statistic* when it reports what was reached (已, 同比, 去年, 一季度 …).
Numbers come as Arabic digits, Chinese numerals (十大, 两个) and mixed forms (1.2万, 3千万元).

Rules: figure.target, figure.chinese-numeral (打造十大…), figure.statistic.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from graph.extract.names import valid_list_name
from graph.extract.text import ends_with_any, is_cjk, overlapping, starts_with_any
from graph.lexicon import lexicon, word_pattern

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
MULTIPLIER = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
CN_NUM = "零〇一二两三四五六七八九十百千"
# Strong cues that let a bare Chinese numeral with 大 count: 打造十大青年文旅品牌.
STRONG_BEFORE_DA = ("打造", "培育", "建设", "推出", "实施", "建成", "创建", "力争", "确保")
YEAR = re.compile(r"(20\d\d)年")
BASELINE_YEAR_AFTER = re.compile(r"的[\d一二两三四五六七八九十.]+倍")  # 达到2015年的2倍
# China's five-year plans, by the year each ends: 十一五 2006–2010 … 十五五 2026–2030.
FIVE_YEAR_PLAN = re.compile("十([一二三四五])五")
PLAN_FIRST_YEAR = re.compile(r"[”’\"]?(?:规划)?(?:的)?开局")  # “十四五”开局: its first year
PLAN_END_YEAR = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030}
CLAUSE_MARK = re.compile("[,;:]")
# What a capacity names when it opens a project's name: 年产2万吨柑橘精深加工项目.
NAMED_AFTER = re.compile(r"[^,;。!?]*?(?:项目|生产线|工程|基地|工厂|车间|装置)")
CAPACITY = re.compile(r"年(?:产|加工|处理|出栏|吞吐|存栏)(?:能力)?(?:达)?$")
MONTH_SPAN = re.compile(
    r"\d{1,2}\s*[-—~至]\s*\d{1,2}月|前[一二三四五六七八九十\d]+个?月|上半年|前三季度"
)
COMMITMENT = re.compile(r"力争|确保|计划|争取|预计|目标|要|将|拟")
AIM = re.compile(r"目标|力争|确保|争取")  # the words of an aim, not of a forecast or a plan
PERIODS = ("一季度", "上半年", "前三季度", "1-", "1—", "1至", "当月")
# After N个, the parts of a speech's outline (在四个方面下功夫, 三条底线), not a number to reach.
_OUTLINE = "(?:方面|板块|方向|环节|层面|维度|原则|根本|首要任务|途径|路径|底线|红线|意识)"
RHETORIC = re.compile(
    _OUTLINE + r"|[\u4e00-\u9fff]{1,3}?" + _OUTLINE + r"(?![\u4e00-\u9fff])"
)  # 四个方面下功夫, 三个主攻方向、两个根本: the outline of a speech
# After N张, cards to play (打好三张牌, 打响两张金名片): a figure of speech.
CARDS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:牌|名片)(?![\u4e00-\u9fff])")
# After 二次, "secondary" (二次污染), not twice.
SECONDARY = ("污染", "开发", "创业", "利用", "供水", "加工")
# 一 before these is "a", not a count: 一个项目, 一名领导, 来一场旅行, 一款插秧机.
ONE_AS_ARTICLE = frozenset(
    "个 名 项 家 人 批 件 次 场 款 座 条 位 种 台 部 支 份 套 处 本 户 片 张 所 栋 幢 间".split()
)
# 一 after these is part of a word (统一担当, 唯一, 单一), not a number.
ONE_IN_WORD_AFTER = frozenset("统唯单同专逐")
# A sentence opening with a period up to now reports: 今年以来…, 自2024年以来….
# What makes a 预计 in a year's first months look ahead rather than back.
FUTURE_MARK = re.compile(
    r"今年|明年|全年目标|力争|确保|计划|目标|到20\d\d|20\d\d年"
    r"|(?:建成|投产|达产|运营|完成|竣工)后|[\d一二三四五六七八九十]年(?:内|后|预计)"
)
NEXT_YEAR = re.compile(r"明年")
# 去年是…, 去年,…: the sentence tells of last year (not 去年以来, 去年底以来: so far).
LAST_YEAR_OPENING = re.compile(r"(?:去年|上年)(?![^,;:。]{0,3}以来)")
# 过去一年, 报告指出,一年来,…: governs the rest of its sentence.
LOOKED_BACK = re.compile(r"过去(?:的)?(?:这)?一年|(?<![\d今明])一年来|近[两三几五]年(?![内里后])")
# 今年以来…, 一年来…, 过去五年…, 去年,…: a sentence opening with a period behind it reports.
SO_FAR = re.compile(
    r"^[^,;:。]{0,12}(?:以来|年来)|^过去的?[一二三四五十几]年|^(?:去年|上年)[,,]"
    r"|^(?:据悉|据了解|据统计|据介绍),(?:去年|上年)"  # 据悉,去年全区固定资产投资完成…
    r"|^截[至止]"  # 截至目前,全县共新建…: a count so far
)
BASELINE_BEFORE = re.compile(r"(?:从|由|原先|原来)[^,;:。至到]{0,4}$")
CHANGE_TO = re.compile(r"(?:跃升|提高|增加|提升|扩大|上升|增长|降低|下降|减少)?(?:至|到)")
NEW_VALUE = re.compile(r"(?:从|由|原先|原来).{0,24}?(?:至|到)")
RANGE_TO = re.compile(r"(?:至|到|~|-)\d+(?:\.\d+)?")
ADDING = ("增加", "新增")
QUOTE_OPEN_CHARS = ("“", "‘", '"', "《")
THIS_YEAR = re.compile(r"一季度|今年|全年|本年")
ESTIMATES_OF_YEAR = ("预计全年", "全年预计")  # in January, the year just ended
FIRST_TIME = re.compile(r"首次|第一次")  # 首次突破400亿元: a record reached
SHARE = re.compile(r"占[^,;:]{0,20}的$")
# A project's investment (计划总投资110亿元, 二期计划投资112亿元, 万丰集团投资55亿元的汽车整车)
# is an attribute of the project, not a number to reach (dev README); 完成投资50亿元, 年度计划
# (总)投资, 计划投资40万元 (a plan to spend) and 储备项目200个,总投资1000亿元以上 are.
INVESTMENT_BEFORE = re.compile(
    r"(?<!完成)(?<!年度计划)(?:总投资|[一二三四五六七八九十\d]期计划投资)(?:额)?(?:约|达到|达|为|近|逾)?$"
)
BATCH_BEFORE = re.compile(r"[\d一二三四五六七八九十]个[^,;:。]{0,8}项目[,;]$")
INVESTMENT_OF = re.compile(r"(?<!完成)投资$")
FLOORS_AFTER = re.compile(r"\d+层")
SESSION_WORDS = ("全会", "全体会议")
METRIC_STRIP = tuple(
    "达到 实现 完成 突破 超过 不低于 不少于 力争 确保 保证 计划 争取 预计 努力 全年 今年 要 将 为 稳定在 "
    "目标 年 在 以上 左右 约 近 达 至 到 已 已经 累计".split()
)
# A list of figures before the number: …8%、 ends with a number's unit and 、.
LISTED_BEFORE = re.compile(r".*\d[^\d、,;。]{0,4}、")  # …10公里、, …8%、, …5万吨、
OWN_SUBJECT = re.compile(
    r"(?!比上年|比去年|较上年|较去年|年均|同比|环比|增长|增速|下降|提高|分别)[\u4e00-\u9fffA-Za-z]{2}"
)
METRIC_WORDS = ("到位", "年度")
# A metric that is only a verb (已招引5个重大制造业项目) takes the noun after the number.
VERB_ONLY = ("招引", "引进", "新建", "建成", "培育", "打造", "新增", "完成", "实施", "开工", "签约")


@dataclass(frozen=True)
class FoundFigure:
    metric: str
    value: float
    unit: str
    year: int | None
    comparator: str | None
    is_target: bool
    start: int
    end: int
    rule: str
    confidence: float


def chinese_number(text: str) -> float | None:
    """十 → 10, 二十三 → 23, 两 → 2, 一百二十 → 120; None if not a Chinese numeral."""
    if not text or any(ch not in CN_DIGITS and ch not in CN_UNITS for ch in text):
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        else:
            unit = CN_UNITS[ch]
            if unit >= 10_000:
                # 万 alone (万亿) is one ten thousand; 二十万 is twenty of them
                section = (section + (digit or (0 if section else 1))) * unit
                total += section
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
    return float(total + section + (digit or 0))


@cache
def _units_longest_first() -> tuple[str, ...]:
    return tuple(sorted(lexicon().units, key=lambda u: (-len(u), u)))


@cache
def _unit_starts() -> frozenset[str]:
    """First characters a unit (or a multiplier before one) can start with."""
    return frozenset({u[0] for u in lexicon().units} | set(MULTIPLIER) | {"大"})


def unit_after(s: str, p: int) -> tuple[str, float, int] | None:
    """The unit at s[p]: (unit as written, multiplier, end). 3千万元 → ("万元", 1000, …)."""
    if s.startswith("个亿", p) and s[p + 2 : p + 3] not in _unit_starts() | set("元美人港度"):
        return "亿元", 1.0, p + 2  # 到位资金10个亿以上: spoken 亿 counts yuan (not 3个亿元以上项目)
    units = _units_longest_first()
    unit = starts_with_any(s, units, p)
    if unit:
        return unit, 1.0, p + len(unit)
    if s[p : p + 1] in MULTIPLIER:
        unit = starts_with_any(s, units, p + 1)
        if unit:
            return unit, float(MULTIPLIER[s[p]]), p + 1 + len(unit)
        if s[p + 1 : p + 2] == "度":
            return "度", float(MULTIPLIER[s[p]]), p + 2  # 年发电量将达3亿度: kilowatt-hours
        if s[p] == "亿":
            return "亿元", 1.0, p + 1  # 七百亿投资, 纳税约12亿: 亿 alone counts yuan
    if s[p : p + 1] == "大":
        return "大", 1.0, p + 1
    return None


def _scale(value: float, mult: str | None) -> float:
    return value * MULTIPLIER[mult] if mult else value


def _unit_of(raw: str) -> str:
    unit = lexicon().units.get(raw)
    return unit.canonical if unit else raw


def measure_of(unit: str) -> str:
    """What a unit measures (money, count, ratio …; the unit itself if the table lacks it)."""
    known = lexicon().units.get(unit)
    return known.measure if known else unit


@cache
def _cue_re() -> re.Pattern[str]:
    cues = sorted(lexicon().target_cues, key=len, reverse=True)
    return re.compile(word_pattern(cues))


# 今年4月, 今年3月12日: a day this year (but 今年6月底, 今年9月30日前, 今年4月中旬: a
# deadline or a time still to come).
DATE_THIS_YEAR = re.compile(
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})[-—~至到])?"  # 今年1-7月: months so far
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?!(?:\d{1,2}[日号])?(?:底|前|末|份前|中旬|上旬|下旬))"
)


@cache
def _not_target_at() -> dict[str, tuple[tuple[int, str], ...]]:
    """For each target cue, the words that hold it without committing (要 → 要求, 重要),
    with the cue's offset in the word."""
    out: dict[str, list[tuple[int, str]]] = {}
    for cue in lexicon().target_cues:
        for word in lexicon().not_target_words:
            at = word.find(cue)
            while at >= 0:
                out.setdefault(cue, []).append((at, word))
                at = word.find(cue, at + 1)
    return {cue: tuple(words) for cue, words in out.items()}


def _in_word(s: str, i: int, cue: str, words: tuple[tuple[int, str], ...]) -> bool:
    """Is the cue at s[i] part of one of `words` (each with the cue's offset in it)?"""
    return any(i >= at and s.startswith(word, i - at) for at, word in words)


# How far into a sentence 将 may stand and still follow only its subject (青田将, 全区将):
# there it governs the sentence, as a strong cue does.
SUBJECT_BEFORE_WILL = 6


def cue_ends(s: str) -> list[tuple[int, bool]]:
    """Where each commitment cue in the sentence ends, and whether it is a weak one."""
    out = []
    met_until = -1  # 脱贫攻坚目标如期实现: the aim is met, and its 实现 commits to nothing
    for m in overlapping(_cue_re(), s):
        cue, i = m.group(), m.start()
        if i < met_until:
            continue
        if _in_word(s, i, cue, _not_target_at().get(cue, ())):
            continue  # 要求, 重要, 主要 …; 在他的努力下
        if cue == "今年" and DATE_THIS_YEAR.match(s, i + len(cue)):
            continue  # 今年4月,…赶赴四川: a date this year, no commitment (not 今年6月底前)
        if cue.endswith(("目标", "任务")) and (
            met := starts_with_any(s, lexicon().reached_after_cue, i + len(cue))
        ):
            met_until = i + len(cue) + len(met)  # (but 确保如期完成 commits)
            continue
        weak = cue in lexicon().weak_target_cues
        if cue == "将" and i <= SUBJECT_BEFORE_WILL and not CLAUSE_MARK.search(s, 0, i):
            weak = False  # 青田将实施…,盘活…800亩,实现…: the subject's plan, every clause
        out.append((i + len(cue), weak))
    return out


def _last_cue(ends: list[int], start: int) -> int:
    """The last of the sorted cue ends `ends` at or before `start`, or -1."""
    k = bisect_right(ends, start)
    return ends[k - 1] if k else -1


@cache
def _achieved_re() -> re.Pattern[str]:
    """The achieved cues (已, 同比, 去年 …) other than periods, which need a second look."""
    cues = [c for c in lexicon().achieved_cues if c not in PERIODS]
    return re.compile(word_pattern(cues))


def _achieved(
    s: str,
    clause_start: int,
    start: int,
    end: int,
    year: int | None,
    article_year: int | None,
    committed: bool,
) -> bool:
    """A reported figure: 已/同比/去年 …, a past year, or a period (一季度) with no
    commitment in its clause (确保一季度开工率达到60% is still a target)."""
    clause = s[clause_start:start]
    later = bool(year and article_year and year > article_year)
    if any(
        not (cue.group() == "累计" and (later or AIM.search(clause, 0, cue.start())))
        and not (cue.group() == "成功" and COMMITMENT.search(clause, 0, cue.start()))
        for cue in _achieved_re().finditer(clause)
    ):
        # (but 全年目标从上海累计引进产业项目100个, 到2025年…,累计净增企业90家: a total to
        # reach; 计划在2022年成功创建2个以上景区乡镇: a success planned)
        return True
    if "同比" in s[max(0, start - 12) : end]:
        return True
    if "了" in clause:
        return True  # 卖到了1800元, 拍了28部: done, not promised
    if SHARE.search(clause) and not COMMITMENT.search(clause):
        return True  # 占全年重点项目总量的28.5%: a share of something, reported (not 确保…占…的27%)
    if not committed and any(p in clause for p in PERIODS):
        return True
    if MONTH_SPAN.search(clause) and not COMMITMENT.search(clause):
        return True  # 今年1-5月企业实现产值2.3亿元: a period so far, reported
    return bool(year and article_year and year < article_year)


# What a bare 亿 (no 元) before it makes a class of: 百亿重大工程, 百亿产值园区.
CLASS_OF_YI = ("工程", "项目", "重大", "重点", "产业", "产值", "企业", "平台", "集群", "园区")
# 千亿竹产业, 百亿新材料产业集群: a numeral's 亿, a trade's few characters, then the class.
CLASS_OF_YI_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:产业|集群|企业|平台|园区)")
# …and what an amount in yuan straight before it makes a class of: 百亿元重大项目.
CLASS_OF_PROJECT = ("项目", "重大项目", "重点项目", "产业项目", "级")
POST_WORDS = ("以上", "左右", "以下", "多")
POST = re.compile("|".join(POST_WORDS))
# The growth a figure's clause adds to it: 308亿元,增长15%; 262.8亿元,同比增长12%.
GROWTH_OF_BEFORE = re.compile(
    r",(?:同比|[比较](?:上年|去年)(?:同期)?)?(?:增长|增加|提高)(?:约|达)?"
)
# A plan's list of targets, announced before its numbers.
PLAN_HEAD = re.compile(r"目标(?:为|是)?:")
# A work report's plan for the year, announced before its sections: every sentence after
# it plans (围绕上述目标,我们将重点抓好以下七个方面工作:; not a meeting's 要重点抓好以下…,
# after which results may be reported).
PLAN_SECTION = re.compile(r"我们将(?:重点|着力|突出|主要)(?:抓好|做好)以下")
# …and a paragraph opening the year's aims, item by item: 今年,新宅镇将立足实际,一是…
PLAN_PARAGRAPH = re.compile(r"(?:今年|明年|新的一年)[^。]{0,20}将[^。]{0,20}一是")
# …and a sentence opening with the year and its subject's 将 (2026年,中洲镇将…; 今年,
# 东阳将…): a town's or a county's plan for the year, told to the article's end.
PLAN_OPENING = re.compile(r"(?:(20\d\d)年|今年|明年|新的一年),?[^,;:。!?]{0,14}将")


def opens_plan(s: str, year: int | None) -> bool:
    """Does the sentence open a plan (PLAN_OPENING) for the article's year or a later one?"""
    if (m := PLAN_OPENING.match(s)) is None:
        return False
    return m.group(1) is None or bool(year and int(m.group(1)) >= year)


BASE_AFTER = ("的基础上", "基础上")  # 在1.7万亩的基础上: the level already reached
# A section heading is a short paragraph of its own: 一、2024年工作回顾, 回首2024,砥砺奋进.
HEADING_MAX = 24
YEAR_NAMED = re.compile(r"20\d\d")


@dataclass(frozen=True)
class Section:
    """Where a sentence stands in a report: under a heading looking back on a year (the
    year), or in the paragraph after one naming the aims (主要目标)."""

    review_year: int | None = None
    plan: bool = False
    plan_year: int | None = None  # the year the aims are for (2017年…主要预期指标为:)


def section_after(heading: str, article_year: int | None) -> Section | None:
    """The section a heading opens (None: the text is no heading of a review, a plan or
    its aims)."""
    lex = lexicon()
    if heading.endswith(("?", "?")):
        return None  # 商南“十三五”的发展目标是什么?: an interview's question
    # A review's word first: 一、2022年主要工作回顾 looks back, though 主要工作 names aims.
    if any(w in heading for w in lex.review_headings):
        if named := YEAR_NAMED.search(heading):
            return Section(review_year=int(named.group()))
        if article_year and any(w in heading for w in lex.last_year_words):
            return Section(review_year=article_year - 1)
    if any(w in heading for w in lex.aims_headings):
        return aims_section(heading)
    if any(w in heading for w in lex.plan_headings):
        return Section()
    if (
        (named := YEAR_NAMED.search(heading))
        and article_year
        and int(named.group()) >= article_year
    ):
        return Section()  # 二、2025年…: a heading on this year ends a review
    return None


def aims_section(text: str) -> Section:
    """The section of the aims a heading or a list's head names, for the year it names
    (2025年主要目标, 2017年…主要预期指标为:)."""
    named = YEAR_NAMED.search(text)
    return Section(plan=True, plan_year=int(named.group()) if named else None)


AIM_AFTER = ("的目标", "目标", "的奋斗目标", "的计划")
FLOOR_SET = ("不少于", "不低于")
# After a count of projects: their plan to start, build or finish (…项目计划在上半年开工).
PLANNED_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,8}?项目,?(?:计划|拟|将)[^,;。]{0,10}?(?:开工|动工|建设|竣工|投产|签约)"
)
REACHED_AFTER_LEVEL = ("实现", "达到")
OPENING_QUOTES = '“"‘「 '
ROUND_NUMERALS = ("百", "千", "万", "十万")


def _unit_start_class() -> str:
    return "[" + re.escape("".join(sorted(_unit_starts()))) + "]"


@cache
def _number_with_unit_re() -> re.Pattern[str]:
    """A number (digits or numerals, with 不低于/约 … before it) followed by a unit's first
    character. The number is atomic: one without a unit (进一步, 统一) is skipped whole."""
    return re.compile(
        r"(?P<pre>不低于|不少于|至少|超过|突破|约|近)?"
        # 跃上万亿元台阶: 万 alone before 亿 is ten thousand (a trillion yuan)
        r"(?>(?P<arabic>\d+(?:\.\d+)?)|(?P<cn>["
        + CN_NUM
        + r"]{1,6}|(?<![零〇一二两三四五六七八九十百千数几])万(?=亿)))"
        r"(?P<approx>[多余])?"  # 2500多万元, 3500余万千瓦时: more than the number
        r"(?=" + _unit_start_class() + r"|(?:至|到|~|-)\d)"  # 40至50名, 5-6个: a range
    )


def trigger() -> re.Pattern[str]:
    """What every sentence holding a figure contains (see _quantity_re)."""
    return _quantity_re()


@cache
def _quantity_re() -> re.Pattern[str]:
    """A digit or numeral with a unit's first character after it: the mark of a quantity."""
    return re.compile(r"[\d" + CN_NUM + r"](?=[多余]?" + _unit_start_class() + ")|万亿")


@dataclass(frozen=True)
class TargetsBefore:
    """The sentence before held nothing but targets, for this year (None: not said), and
    the measures of their units (money, count …; none said: any)."""

    year: int | None
    measures: frozenset[str] = frozenset()


# Where the cue of a sentence opening with 其中 stands: after those two characters.
PART_CUE = 2


def _in_book_title(s: str, i: int) -> bool:
    """Is s[i] inside 《…》?"""
    return s.rfind("《", 0, i) > s.rfind("》", 0, i)


def _counts_names_before(s: str, start: int, value: float) -> bool:
    """Does the count at s[start] follow a list of that many names (甲、乙、丙3位)?"""
    if value < 2 or s[start - 1 : start] in ("", "、") or not is_cjk(s[start - 1]):
        return False
    clause_start = max(s.rfind(",", 0, start), s.rfind("。", 0, start)) + 1
    items = re.split("[、和]", s[clause_start:start])
    last = items[-int(value) :] if len(items) >= value else []
    return bool(last) and all(valid_list_name(i) for i in last[1:]) and bool(last[0])


def find_figures(
    s: str,
    article_year: int | None,
    article_month: int | None = None,
    targets_before: TargetsBefore | None = None,
    in_plan: bool = False,
    review_year: int | None = None,
    plan_year: int | None = None,
) -> list[FoundFigure]:
    """Targets and statistics in one normalised sentence of an article of that year (and
    month: a January or February article's 预计 is an estimate of the year just ended).
    `targets_before` says the sentence before held nothing but targets, which a sentence
    opening with 其中 breaks down (…力争到2025年总产值556亿元。其中,工业总产值548亿元)."""
    lex = lexicon()
    out: list[FoundFigure] = []
    # Every figure ends in a digit or numeral followed by a unit: one C-level scan rejects
    # the many sentences that hold none before any per-number work.
    if not _quantity_re().search(s):
        return out
    cues = cue_ends(s)
    # “十三五”期间 in a sentence of a 2016 article: a plan still to run commits every clause.
    cues += [
        (m.end(), False)
        for m in FIVE_YEAR_PLAN.finditer(s)
        if article_year
        and PLAN_END_YEAR[m.group(1)] > article_year
        and not PLAN_FIRST_YEAR.match(s, m.end())  # “十四五”开局项目: the plan's first year
    ]
    part_of = targets_before if s.startswith("其中") else None
    plan_head = head.end() if (head := PLAN_HEAD.search(s)) else len(s) + 1
    if part_of is not None:
        cues.append((PART_CUE, False))  # the parts of a target are targets too
    strong_ends = sorted(e for e, is_weak in cues if not is_weak)
    weak_ends = sorted(e for e, is_weak in cues if is_weak)
    clause_marks = [m.start() for m in CLAUSE_MARK.finditer(s)]
    so_far = SO_FAR.match(s.lstrip(OPENING_QUOTES)) is not None  # also inside a quote
    # 去年是…攻坚年,…计划总用地910亩: last year's plan, until the sentence turns to this
    # year (去年,全县完成…,今年力争突破600亿元).
    last_year_end = -1
    if review_year is None and article_year and LAST_YEAR_OPENING.match(s):
        last_year_end = this.start() if (this := THIS_YEAR.search(s)) else len(s)
    # 达到2015年的2倍: the year a ratio is measured against is not the year to reach.
    # 《抽水蓄能中长期发展规划(2021-2035年)》: a document's years are no year to reach.
    year_matches = [
        y
        for y in YEAR.finditer(s)
        if not BASELINE_YEAR_AFTER.match(s, y.end()) and not _in_book_title(s, y.start())
    ]
    years = [int(y.group(1)) for y in year_matches]
    aimed_end = len(s)  # where the last figure an aim (力争, 目标) commits ends
    year_starts = [y.start() for y in year_matches]
    for m in _number_with_unit_re().finditer(s):
        start = m.start()
        # Not a quantity: a year (2026年), a date, an ordinal, part of a longer number.
        if s[start - 1 : start] in ("第", ".") or s[start - 1 : start].isdigit():
            continue
        if s[start - 1 : start] in ("至", "到", "~", "-") and (
            s[start - 2 : start - 1].isdigit()
            or (s[start - 2 : start - 1] == "%" and s[start - 3 : start - 2].isdigit())
        ):
            continue  # the high end of a range read with its low end (5-6个, 8.5%-9%)
        if m.group("arabic"):
            value = float(m.group("arabic"))
        else:
            if m.group("cn") == "零":
                continue  # 零部件, 零售, 零距离: a word, not a quantity
            cn = chinese_number(m.group("cn"))
            if cn is None:
                continue
            value = cn
        found = unit_after(s, m.end())
        if found is None and (rng := RANGE_TO.match(s, m.end())):
            found = unit_after(s, rng.end())  # 新增40至50名工人: the range's low end
        if found is None or value == 0:
            continue  # (总投资0万元: a form's blank left unfilled, no quantity)
        unit_raw, factor, end = found
        if s.startswith(lexicon().unit_words, end - len(unit_raw)):
            continue  # 打造城市建设九场景, 三次产业: a word, not a count
        value *= factor
        if unit_raw == "大":
            if m.group("arabic") or not ends_with_any(
                s[max(0, start - 4) : start], STRONG_BEFORE_DA
            ):
                continue
            unit_raw = "个"
        if unit_raw == "部" and s.startswith("分", end):
            continue  # 报告分为…三部分: parts, not a count of 部
        if unit_raw in ("位", "名") and _counts_names_before(s, start, value):
            continue  # 聘请陈克复、…、郑津洋6位院士: the list's length, not a quantity
        if s[start - 1 : start] == "每" or (
            unit_raw == "个" and s[end : end + 1] in ("月", "小时")
        ):
            continue  # 每千人6批次 (a rate), 提前两个月 (a duration)
        if unit_raw in ("次", "届") and (
            s[start - 1 : start] == "届" or s.startswith(SESSION_WORDS, end)
        ):
            continue  # 省委十五届六次全会: an ordinal session, not a count
        if s.startswith("级", end) or (
            s[end - 1 : end] == "亿"
            and (
                s.startswith(CLASS_OF_YI, end)
                or (m.group("cn") and CLASS_OF_YI_AFTER.match(s, end))
            )
        ):
            # 百亿级项目, 千亿级产业, 五大百亿工程, 打造千亿竹产业: a class, not a quantity
            continue
        if (
            unit_raw == "亩"
            and m.group("cn") in ROUND_NUMERALS
            and is_cjk(s[end : end + 1] or " ")
            and not s.startswith(POST_WORDS, end)
        ):
            continue  # 打造千亩白莲基地, 万亩茶园: a size naming a place, not a number to reach
        if unit_raw.endswith("元") and s.startswith(("企业", *CLASS_OF_PROJECT), end):
            continue  # 新增亿元企业1家, 引进百亿元重大项目: a class of firm or project
        if unit_raw == "项" and s.startswith("目", end):
            continue  # 力争百亿项目再有新突破: 项目 (a project), not a count of 项
        if s[start - 1 : start] == "前" and unit_raw in ("位", "名", "强"):
            continue  # 入围…前十位, 跻身全国前50名: a rank, not a number of persons
        if unit_raw == "位" and s.startswith("数", end):
            continue  # 三位数增长: a three-digit rate, not three persons
        if unit_raw == "套" and s.startswith("班子", end):
            continue  # 四套班子: the four leading bodies, not a count
        if (unit_raw in ("个", "条") and RHETORIC.match(s, end)) or (
            unit_raw == "张" and CARDS.match(s, end)
        ):
            continue  # 在四个方面下功夫, 两条途径: the outline of a speech, not a number to reach
        if unit_raw == "元" and m.group("cn") and is_cjk(s[end : end + 1] or " "):
            continue  # 三元正极材料, 多元化: a word, not an amount of yuan
        if unit_raw == "次" and m.group("cn") == "二" and s.startswith(SECONDARY, end):
            continue  # 二次污染, 二次开发: "secondary", not twice
        if CAPACITY.search(s[max(0, start - 4) : start]) and NAMED_AFTER.match(s, end):
            continue  # 年产2万吨…项目: a capacity inside a project's name (not 年产800万双鞋)
        if m.group("cn") and unit_raw == "个" and s[end : end + 1] in QUOTE_OPEN_CHARS:
            continue  # 省委三个“一号工程”, 两个“确立”: a count of slogans, not a quantity
        if _in_short_quote(s, start, 20 if m.group("cn") else 12):
            # “七个对照”, ‘三联’, “百名领导干部联系百个项目”: a slogan, not a quantity
            continue
        if m.group("cn") == "一" and s[start - 1 : start] in ONE_IN_WORD_AFTER:
            continue  # 统一担当, 确保统一吨位核算: a word, not one of a unit
        if (
            m.group("cn") == "一"
            and unit_raw in ONE_AS_ARTICLE
            and not s.endswith(ADDING, 0, start)  # 增加一条生产线: a count
        ):
            continue  # 一个项目、一名领导: "a", not a count
        post = POST.match(s, end)
        if post:
            end = post.end()
            if (
                post.group() in ("以上", "以下")
                and unit_raw.endswith("元")
                and s[end : end + 1]
                and "\u4e00" <= s[end] <= "\u9fff"
                and not s.startswith(AIM_AFTER, end)  # 引进资金16亿元以上的目标: the aim itself
                # 村年经营性收入50万元以上实现全覆盖: a level to reach, then the verb
                and not s.startswith(REACHED_AFTER_LEVEL, end)
            ):
                continue  # 10亿元以上产业项目, 50万元以上的村: a threshold inside a noun phrase
        unit = _unit_of(unit_raw)
        comparator = None
        if m.group("pre"):
            comparator = lex.comparators.get(m.group("pre"))
        if post:
            comparator = lex.comparators.get(post.group(), comparator)
        if m.group("approx"):
            comparator = comparator or ">"

        k = bisect_left(clause_marks, start)
        clause_start = clause_marks[k - 1] + 1 if k else 0
        # 从每日400吨跃升至950吨: the value before is a baseline, the one after a level to reach.
        baseline = BASELINE_BEFORE.search(s, clause_start, start) is not None and bool(
            CHANGE_TO.search(s, end, end + 8)
        )
        new_value = NEW_VALUE.search(s, clause_start, start) is not None
        k = bisect_left(year_starts, start)
        year = years[k - 1] if k else None
        if (
            year
            and article_year
            and NEXT_YEAR.search(s, max(clause_start, year_starts[k - 1]), start)
        ):
            year = article_year + 1  # 2016年种植了320亩黄精,明年开始每年将有20万元: next year
        elif year and article_year and "今年" in s[year_starts[k - 1] : start]:
            year = article_year  # 2017年到常山投资…,预计今年产值能达到5亿元: this year
        # Under 一、2024年工作回顾, a figure with no year of its own is that year's.
        reviewed = year is None and (review_year is not None or start < last_year_end)
        if reviewed:
            year = review_year or (article_year - 1 if article_year else None)
        elif year is None and in_plan:
            year = plan_year  # an item under 2017年…主要预期指标为: is that year's
        strong = _last_cue(strong_ends, start)
        if strong >= 0 and start - strong > 200:
            strong = -1  # too far to govern this number
        if (
            strong == PART_CUE
            and part_of is not None
            and part_of.measures
            and measure_of(unit_raw) not in part_of.measures
        ):
            # 年度计划投资35.05亿元。其中,安居项目4项: a count is no part of an amount.
            strong = -1
        weak = _last_cue(weak_ends, start)
        in_clause = max(strong, weak) >= clause_start
        # 共有48个项目计划在上半年开工: a count of projects, then their plan (though 共有
        # reports what there is).
        planned = (
            measure_of(unit_raw) == "count"
            and PLANNED_AFTER.match(s, end) is not None
            and not (year and article_year and year < article_year)
        )
        # A year after the article's (到2020年… in a 2016 article) is a year to reach.
        committed = (
            in_plan
            or strong >= 0
            or weak >= clause_start
            or bool(year and article_year and year > article_year)
            or s.startswith(AIM_AFTER, end)  # 围绕地区生产总值增长5%左右的目标: the aim
            or planned
            # 每年工业供地不少于1000亩: a floor set is a requirement to meet.
            or m.group("pre") in FLOOR_SET
        )
        # 全年地区生产总值增长8%以上,财政收入增长8%以上: the aims of one list, each a level
        # to reach in the clause right after the last.
        # 全年实现新开工项目80个,投产工业项目28个: a count after a count, of the same
        # shape (a clause of a few words, its number closing it), the list goes on.
        if (
            not committed
            and out
            and out[-1].is_target
            and clause_start - out[-1].end <= 4
            and (
                (out[-1].comparator and comparator)
                or (
                    measure_of(unit_raw) == measure_of(out[-1].unit) == "count"
                    and start - clause_start <= 10
                    and s[end : end + 1] in (",", ";", "。", "")
                )
            )
        ):
            committed = True
        achieved = _achieved(s, clause_start, start, end, year, article_year, in_clause)
        if (
            article_month in (1, 2)
            and not year
            and "预计" in s[:start]
            and not FUTURE_MARK.search(s, 0, start)
            # 一季度产值预计在9000万元: this year's (but 全年预计粮食总产20亿斤: the year's)
            and not THIS_YEAR.search(_without(s[:start], ESTIMATES_OF_YEAR))
        ):
            # 预计全区地区生产总值增长7% in a January review: last year's estimate (but
            # not 全年实现…: in February, a plan's 全年实现新开工项目80个 as often as a
            # result).
            achieved, year = True, (article_year - 1 if article_year else None)
        if so_far and strong < clause_start:
            achieved = True
        if (back := LOOKED_BACK.search(s, 0, start)) and strong < back.start():
            achieved = True  # 报告指出,过去的一年实现地区生产总值415亿元,可比增长8.5%
        if (
            s[start - 1 : start] == "等"
            and (inc := s.rfind("包括", 0, start)) > strong
            and (strong < 0 or CLAUSE_MARK.search(s, strong, inc))  # not 将推进包括…等10个
        ):
            achieved = True  # 包括凤县古城河畔房车营地等6个文化旅游项目: the list's size
        if reviewed and not AIM.search(s, clause_start, start):
            achieved = True  # 全年固定资产投资7.85亿元 in a review: the year's result  # 今年以来…新引进税源企业6家, 一年来…: progress so far
        if FIRST_TIME.search(s, clause_start, start) and strong < clause_start:
            achieved = True
        if plan_head < start and not (year and article_year and year < article_year):
            achieved = False  # 主要预期目标为:地区生产总值同比增长7.5%左右: 同比 in a plan
        if baseline or s.startswith(BASE_AFTER, end):
            achieved = True  # 在1.7万亩的基础上,新发展…: the level already reached
        elif new_value and committed and not (year and article_year and year < article_year):
            achieved = False
        if GROWTH_OF_BEFORE.fullmatch(s, aimed_end, start):
            # 力争完成规上工业总产值308亿元,增长15%: the growth of the aim just named
            achieved, committed = False, True
        if planned:
            achieved = False  # (共有 reports what there is; the plan is what is aimed at)
        is_target = committed and not achieved
        if s.startswith("其中", clause_start) and out:
            is_target = out[-1].is_target  # 其中…: a part of the figure before it
            achieved = not is_target
        if is_target and (
            (
                INVESTMENT_BEFORE.search(s, max(0, start - 8), start)
                and comparator != "≥"
                # 力争新开工23个项目,总投资218亿元: a batch's total, an aim with its count
                and not (
                    BATCH_BEFORE.search(s, max(0, clause_start - 16), clause_start)
                    and AIM.search(s, 0, clause_start)
                )
            )
            or (INVESTMENT_OF.search(s, max(0, start - 4), start) and s.startswith("的", end))
        ):
            continue
        if (
            is_target
            # (the subject's 将 commits to the sentence, but what it builds is described)
            and (strong < clause_start or s[strong - 1 : strong] == "将")
            and (
                # 将建起…10000平方米的中高端酒店: the size of what is built, not an aim
                (measure_of(unit_raw.lstrip("万千百亿")) == "area" and s.startswith("的", end))
                or FLOORS_AFTER.match(s, end)  # 将建起1栋13层: a building described
            )
        ):
            continue
        if not is_target and not achieved:
            continue
        metric = (
            _metric(s, end, end, end)
            if m.group("cn") and unit_raw == "个" and s[end - 1] == "大"
            else _metric(s, clause_start, start, end)
        )
        if is_target and strong >= 0:
            aimed_end = end
        out.append(
            FoundFigure(
                metric=metric,
                value=value,
                unit=unit,
                year=year
                or (part_of.year if part_of is not None else None)
                or _relative_year(s, clause_start, start, article_year),
                comparator=comparator,
                is_target=is_target,
                start=start,
                end=end,
                rule="figure.chinese-numeral"
                if m.group("cn")
                else ("figure.target" if is_target else "figure.statistic"),
                confidence=0.85 if is_target else 0.8,
            )
        )
    return out


def _without(s: str, words: tuple[str, ...]) -> str:
    for w in words:
        s = s.replace(w, "")
    return s


def _relative_year(s: str, clause_start: int, start: int, article_year: int | None) -> int | None:
    """The year a figure is for when the sentence names none: 明年 → the article's year + 1;
    “十三五”期间 or 十四五期末 → the plan's last year (2020, 2025), unless it has passed."""
    before = s[:start]
    if article_year and "明年" in before:
        return article_year + 1
    plans = list(FIVE_YEAR_PLAN.finditer(before))
    if plans and not THIS_YEAR.search(before):  # 今年作为“十三五”开局之年: this year's
        end = PLAN_END_YEAR[plans[-1].group(1)]
        if PLAN_FIRST_YEAR.match(before, plans[-1].end()):
            return end - 4  # 作为“十四五”开局项目…年度计划投资6.86亿元: the plan's first year
        if article_year is None or end >= article_year:
            return end
    return article_year


def _in_short_quote(s: str, i: int, longest: int = 12) -> bool:
    """Is s[i] inside a short quotation (at most `longest` characters) with no commitment
    in it (“七个对照”, ‘三联’)?"""
    if not QUOTE_OPENS.search(s, max(0, i - longest), i):
        return False  # no quotation opens close enough before it
    for open_, close in (("“", "”"), ("‘", "’"), ("《", "》"), ('"', '"')):
        a = s.rfind(open_, 0, i)
        b = s.find(close, a + 1) if a >= 0 else -1
        if a >= 0 and b >= i and b - a <= longest:
            if open_ == close and s.count(open_, 0, i) % 2 == 0:
                continue
            quoted = s[a + 1 : b]
            if ends_with_any(s[max(0, a - 4) : a], STRONG_BEFORE_QUOTE):
                return False  # 确保实现“100%”: the quoted figure is what is committed to
            if not any(
                cue in quoted
                for cue in lexicon().target_cues
                if cue not in lexicon().weak_target_cues
            ):
                return True
    return False


QUOTE_OPENS = re.compile('[“‘《"]')
STRONG_BEFORE_QUOTE = ("确保实现", "力争实现", "确保", "力争", "实现", "达到", "突破")


def _metric(s: str, a: int, start: int, end: int) -> str:
    """What is counted: the words before the number, else the noun after it (打造十大X)."""
    before = YEAR.sub("", s[a:start])
    if (listed := LISTED_BEFORE.match(before)) is not None and OWN_SUBJECT.match(
        before, listed.end()
    ):
        # GDP增长8%、工业投资增长53%: the last item's own words — not 总值达到379亿元、增长
        # 9.3%, whose growth is the first item's.
        before = before[listed.end() :]
    changed = True
    while changed:
        changed = False
        opening = starts_with_any(before, METRIC_STRIP)
        if before.startswith(METRIC_WORDS):
            opening = None  # 到位资金, 年度计划: a word of the metric, not a cue
        for word in (opening, ends_with_any(before, METRIC_STRIP)):
            if word and word in before:
                before = before[len(word) :] if before.startswith(word) else before[: -len(word)]
                changed = True
                break
    before = before.strip(' ,“”‘’"')
    after = re.split(r"[,;。!?、]", s[end:], maxsplit=1)[0][:30]
    if before in VERB_ONLY and after:
        return before + after  # 已招引5个重大制造业项目 → 招引重大制造业项目
    if len(before) >= 2:
        return before
    return after or before
