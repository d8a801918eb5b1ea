"""Person names by context: a surname table and name-boundary rules (GENRE.md §1).

A name is 2–3 characters (3–4 with a compound surname) and ends where a speech or action
verb, punctuation, a title or a function word begins. No tagger is needed: the post or
byline before a name tells that a name starts there; the boundary tells where it ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from graph.extract.text import (
    PUNCT,
    SINGLE_STOPS,
    is_cjk,
    not_names,
    starts_with_any,
    title_at_start,
    titles_by_length,
)
from graph.lexicon import division_short_forms, lexicon

# Characters that do not occur inside a person's name in this genre.
# Function characters that open a given name of two (张之良, 黄会安, 喻在岗, 廖其刚) when
# a boundary ends the name; a guessed name holds none (负责人都在咨询).
INNER_OK = frozenset("之会在其")
LISTED_INNER_OK = frozenset("地")  # …and, in a list, this one too (邱地海; not 快速地)
INNER_LAST = frozenset("之会")  # …and these close one (张俊之, 郑尚会)
# …but not as a word of its own: 向全会作报告, 向大会报告, 在社会上.
HUI_WORDS = frozenset(
    "大会 全会 例会 年会 开会 集会 工会 社会 机会 学会 协会 商会 都会 理会 体会 约会 宴会 晚会 峰会"
    " 盛会 常会 议会 省会 庙会 聚会 茶会 座会 总会 分会 领会 误会 不会 只会 将会 也会 还会".split()
)
BODY_ENDS = ("区委", "县委", "市委", "省委", "党委")
OFFICE_ENDS = ("办", "局", "厅")  # 童装办负责人, 商务局(粮食局)局长: an office, not a name
NAME_BAD = set("的地了是在与及或等着们这那其之把被对所而并就还又已会要说称各每该此某我你您他她它不")
# 岱山县长涂镇党委书记: after 县长, a town (长涂镇) and its bodies, not a name 涂镇.
TOWN_BODIES = ("党委", "党工委", "人民政府", "政府", "人大", "纪委")


GUESS_CONFIDENCE = 0.4
TITLE_BOUNDARY = 0.75  # how surely a title after a name ends it
COMPANY_AFTER = ("有限公司", "公司", "集团", "股份")  # a guessed name is a company's
CJK_ONLY = re.compile(r"[\u3400-\u9fff]+")  # is_cjk of every character, in one C-level scan
DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}[·•・]([\u4e00-\u9fff]{1,6})")
# 省委书记李希来梅调研: 来 and a place's short name before a visit's verb ends the name.
# What follows a place's short name to make a body or an area (武义开发区, 兰溪市).
PLACE_BODIES = ("开发区", "经开区", "高新区", "园区", "县", "市", "区", "镇", "乡", "街道", "政府")
# (来宜都集中视察, 来宜都开展…视察: a manner or 开展 between the place and the visit)
VISIT = re.compile(
    r"来[\u4e00-\u9fff]{1,3}?(?:调研|考察|视察|检查|督导|指导|慰问|走访|集中|开展|进行|实地|参观)"
)
# Single stops that may end a clause (王芳说, …): before punctuation still a verb.
SAID_ALONE = frozenset("说答问称等")
SPOKEN_AFTER_NAME = ("介绍", "表示", "说", "指出", "强调", "认为", "告诉", "坦言")
# Forms of address after a surname: 杨先生 is a person, but his name is not given.
HONORIFICS = frozenset(
    "先生 女士 小姐 师傅 老师 阿姨 大爷 大妈 大姐 大哥 老板 同志 婶 大婶 嫂 大嫂".split()
)


@dataclass(frozen=True)
class NameMatch:
    name: str
    start: int
    end: int
    confidence: float
    how: str  # which boundary confirmed the name


def surname_at(s: str, i: int, allow_rare: bool = True) -> str | None:
    lex = lexicon()
    two = s[i : i + 2]
    if two in lex.compound_surnames:
        return two
    one = s[i : i + 1]
    if one in lex.surnames_common or (allow_rare and one in lex.surnames_rare):
        return one
    return None


@lru_cache(maxsize=1 << 16)
def plausible_name(cand: str, surname: str, listed: bool = False) -> bool:
    """Could `cand` be a name with this surname? `listed`: an item of a 、-list, where a
    particle-like 地 opening a two-character given name (邱地海) is the name's own."""
    if len(cand) < len(surname) + 1 or not CJK_ONLY.fullmatch(cand):
        return False
    given = cand[len(surname) :]
    if not NAME_BAD.isdisjoint(given) and not (
        len(given) == 2
        and (
            given[0] in INNER_OK
            or (listed and given[0] in LISTED_INNER_OK and given[1] not in NAME_BAD)
            or (given[1] in INNER_LAST and given[0] not in NAME_BAD and given not in HUI_WORDS)
        )
    ):
        return False  # but 张之良, 张俊之, 郑尚会: 之 opens or closes a two-character given name
    if cand in not_names() or cand[:2] in not_names() and len(cand) == 2:
        return False
    if (
        given.endswith(BODY_ENDS)
        or (len(given) == 2 and given.endswith(OFFICE_ENDS))  # not 李厅
        or given in ("区", "县", "市", "省")
        or given.endswith(("村", "村党"))  # 指阳乡长丰村党支部: 长丰村, a village, not 乡长 丰村
    ):
        # 西安市长安区委书记, 西安市长安区2025年: 安区委 and 安区 (after 市长) are places.
        return False
    lex = lexicon()
    if not lex.not_given_name_chars.isdisjoint(given):
        return False  # 长台镇长安坂: a place's character; 任设区市: a level of government
    if cand in _stop_words():
        return False  # 乡干部相告: the word after the title is a verb, not a name
    if given in HONORIFICS or given[:1] in ("婶", "嫂"):
        return False  # 杨先生, 王师傅: a surname and a form of address
    # A place or title is not a name: 上方镇, 江山市, 张家村 would pass the surname test.
    if cand in lex.places or cand in lex.place_short or title_at_start(cand[len(surname) :]):
        return False
    return True


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(lexicon().name_stops)


def boundary(s: str, k: int) -> tuple[float, int]:
    """How surely a name can end just before s[k] (0: it cannot … 1), and the length of
    the word that follows (punctuation counts as long: it is the surest end)."""
    if k >= len(s):
        return 0.9, 9
    ch = s[k]
    if ch in PUNCT or not is_cjk(ch):
        return 0.9, 9  # punctuation, digits, symbols (潘晓辉&&, a garbled page) end a name
    lex = lexicon()
    stop = starts_with_any(s, lex.name_stops, k)
    if stop:
        return 0.9, len(stop)
    title = starts_with_any(s, titles_by_length(), k)
    if title:
        return TITLE_BOUNDARY, len(title)
    if ch == "来" and VISIT.match(s, k):
        return 0.75, 2
    return 0.0, 0


# Adverbs that may follow a name and so look like its last character (杨林正忙着).
ADVERB_TAILS = frozenset("正将在已也就都还又才曾便")


def name_after(
    s: str, i: int, known: frozenset[str] = frozenset(), allow_rare: bool = True
) -> NameMatch | None:
    """A person's name starting at s[i] (after a title or byline marker), or None."""
    j = i
    while s[j : j + 1] == " ":
        j += 1  # 镇长  叶文才: a signature pads the name with spaces
    # 艾沙·努尔, 阿不都·热合曼: a minority or foreign name, its parts joined by a dot.
    if dotted := DOTTED_NAME.match(s, j):
        # The shortest part after the dot that a word of two or more characters, a title
        # or punctuation ends: 阿依肯·阿斯拉汗代表…, 古丽努尔·阿布勒以及… (the pattern's
        # greedy part would take 代表 and 以 too; a one-character word may be the name's own,
        # 阿拉腾孟和); else the longest that any boundary ends.
        after_dot = dotted.start(1)
        ends = range(after_dot + 1, dotted.end() + 1)
        end = next((e for e in ends[1:] if boundary(s, e)[1] >= 2), None) or next(
            (e for e in reversed(ends) if boundary(s, e)[0] > 0), None
        )
        if end is not None:
            return NameMatch(s[j:end], j, end, 0.9, "dotted")
    surname = surname_at(s, j, allow_rare)
    if surname is None:
        return None
    if s[j : j + 2] in not_names() and (
        starts_with_any(s, lexicon().name_stops, j + 2)
        or starts_with_any(s, titles_by_length(), j + 2)
    ):
        return None  # 领导班子以及…, 来到位于…, 常务副县长: a word, then what follows a word
    lengths = (len(surname) + 1, len(surname) + 2)
    # A name already confirmed elsewhere in the article wins (林晓峰 … 林晓峰强调) — the
    # shorter one when the longer ends in an adverb (杨林正忙着 where 杨林 is named too).
    for length in lengths[::-1]:
        cand = s[j : j + length]
        if len(cand) == length and cand in known and boundary(s, j + length)[0] > 0:
            if cand[:-1] in known and cand[-1] in ADVERB_TAILS:
                continue
            return NameMatch(cand, j, j + length, 0.9, "known")
    if surname == "来" and _is_place_name(s[j + 1 : j + 3]) and VISIT.match(s, j):
        return None  # 老领导来新昌考察: 来 (come) and a place, not a name
    if (
        surname in ("向", "任")
        and _is_place_name(s[j + 1 : j + 3])
        and s.startswith(PLACE_BODIES, j + 3)
    ):
        # 负责人向武义开发区工作人员表达, 从莲都区区长任缙云县委书记: 向 (to) and 任 (to
        # serve as) before a place's body, not a name.
        return None
    if any(
        s[j + k : j + k + 1] in ("镇", "乡") and s.startswith(TOWN_BODIES, j + k + 1)
        for k in (1, 2)
    ):
        return None  # 岱山县长涂镇党委书记: the rest of a town's name and its body
    ok: list[tuple[int, float, int]] = []
    for length in lengths:
        cand = s[j : j + length]
        if len(cand) == length and plausible_name(cand, surname):
            strength, follower = boundary(s, j + length)
            if strength > 0 and (
                follower == 9
                or s[j + length : j + length + 1] == "等"
                or cand[:2] not in not_names()
                or (length == len(surname) + 2 and strength >= 0.9 and follower >= 2)
            ):
                # 黄金锡、张健, 党建凯等, 黄金土相告 are names; 来到太和镇, 包抓责任 a word
                # and more.
                ok.append((length, strength, follower))
    if not ok:
        for length in lengths[::-1]:
            cand = s[j : j + length]
            if len(cand) == length and cand in known:
                return NameMatch(cand, j, j + length, 0.8, "known-prefix")
        for length in lengths[::-1]:
            # 楼永良楼永良表示: a mirror page wrote the name twice; the repeat is its end.
            cand = s[j : j + length]
            if s.startswith(cand, j + length) and plausible_name(cand, surname):
                return NameMatch(cand, j, j + length, 0.85, "doubled")
        # No boundary we know: most names are three characters. Kept, but marked low
        # confidence, so that queries and the view leave it out unless asked.
        length = lengths[1]
        cand = s[j : j + length]
        if (
            len(cand) == length
            and plausible_name(cand, surname)
            and allow_rare
            and cand[:2] not in not_names()  # 应邀参加, 陆续阔步: a word, then more
            and not NAME_BAD.intersection(cand[len(surname) :])
            and not s.startswith(COMPANY_AFTER, j + length)  # 园区长山米业有限公司
        ):
            return NameMatch(cand, j, j + length, GUESS_CONFIDENCE, "guess")
        return None
    if len(ok) == 2:
        shorter, longer = ok
        # 王芳说 / 孔明看到: when the shorter name is followed by a longer word (看到 vs 到)
        # or the third character is itself a verb, the third character is not the name's.
        last = s[j + longer[0] - 1]
        # …and 徐军以“…”为主题: before an opening quote, 以 (with) governs the quote.
        quoted = s[j + longer[0] : j + longer[0] + 1] in ("“", "《", "‘")
        # 陈大为等在家县委常委: 等 after the longer name ends a list as punctuation does.
        ends = longer[2] == 9 or s[j + longer[0] : j + longer[0] + 1] == "等"
        if last == "为" and s.startswith(SPOKEN_AFTER_NAME, j + longer[0]):
            # 巫大为介绍: 为 (for) cannot take a speech verb with no object; the name has it.
            chosen = longer
        elif (
            shorter[2] > longer[2]
            or (last in SINGLE_STOPS and (quoted or not (ends and last not in SAID_ALONE)))
            # 副市长严敏和县四大班子领导: before a title, 和 (and) joins another post.
            or (last == "和" and longer[1] == TITLE_BOUNDARY)
        ):
            # …but 郭林将、王子平: before punctuation, 将 (will) needs a verb; 说 does not.
            chosen = shorter
        else:
            chosen = longer
    else:
        chosen = ok[0]
    length, strength, _ = chosen
    return NameMatch(s[j : j + length], j, j + length, strength, "boundary")


def _is_place_name(text: str) -> bool:
    lex = lexicon()
    return text in lex.place_short or text in lex.places or text in division_short_forms()


PERSONNEL_VERBS = ("接受", "同意", "批准")
# 听取了裴马年同志代表镇政府所作的报告, 赞成尹恒斌同志所作的…: what one does to a comrade's
# report or request, before the name.
COMRADE_VERBS = ("听取了", "听取", "赞成", "通过了", "同意了")
RESIGNS = "辞去"


def name_before(s: str, p: int, allow_rare: bool = True) -> NameMatch | None:
    """A name ending just before s[p] (name first, post after: 王芳(区妇联主席))."""
    lex = lexicon()
    best: NameMatch | None = None
    for length in (4, 3, 2):
        start = p - length
        if start < 0:
            continue
        cand = s[start:p]
        surname = surname_at(s, start, allow_rare)
        if surname is None or len(cand) > len(surname) + 2 or not plausible_name(cand, surname):
            continue
        left = s[:start]
        if not left or left[-1] in PUNCT:
            return NameMatch(cand, start, p, 0.85, "left-delimiter")
        if s.startswith(("同志", RESIGNS), p) and left.endswith(PERSONNEL_VERBS):
            # 决定接受庄稼祥同志辞去…, 接受许红兵辞去…: a personnel decision, then the name.
            return NameMatch(cand, start, p, 0.85, "left-verb")
        if s.startswith("同志", p) and left.endswith(COMRADE_VERBS):
            return NameMatch(cand, start, p, 0.85, "left-verb")
        for noise in lex.leading_noise:
            if left.endswith(noise):
                best = best or NameMatch(cand, start, p, 0.7, "left-noise")
    return best


def weakly_named(name: str) -> bool:
    """May a guessed name stand on weak evidence (an age, 村民, a word glued to an article's
    last sentence)? Only with a common surname and a given name of common name characters:
    村民夏日戏水 and 居民都能喝上 are not names."""
    lex = lexicon()
    surname = surname_at(name, 0, allow_rare=False)
    return (
        surname is not None
        and surname in lex.surnames_common
        and all(ch in lex.given_name_chars for ch in name[len(surname) :])
    )


def valid_list_name(item: str, allow_rare: bool = False) -> bool:
    """A bare list item (张三、李四等区领导) that is a whole name."""
    surname = surname_at(item, 0, allow_rare)
    if surname is None:
        return False
    return len(surname) + 1 <= len(item) <= len(surname) + 2 and plausible_name(
        item, surname, listed=True
    )
