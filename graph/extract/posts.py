"""Persons and the posts stated for them (GENRE.md §1).

Shapes handled, each by a named rule:
- post.chain        区人大代表、上方镇镇长宋韬表示 — a chain of [org]title segments joined by 、
                    before a name; every segment is one post (compound titles split)
- post.chain-list   区领导张三、李四出席 — further names after a chained name share its posts
- post.bracket      王芳(区妇联主席)介绍 — name first, post in brackets
- post.deng-group   周海、孙立、李娜等区领导参加 — names before 等 + a collective post
- person.deng-list  张三、李四等参加 — names before 等, no post stated
- person.bare-list  苟明利、王念桥、李林波就…发言 — three or more plain names, no cue
- post.listed-deputies  于现伟、郑婷婷、孙铁军3名县政协委员 — a bare list, then its count
                    and what its members are (陈克复、…、郑津洋6位院士)
- person.comrade    听取了裴马年同志代表镇政府所作的报告 — a name before 同志
- person.named      詹大姐名叫詹萍 — a name after 名叫
- person.seated-list  在主席台就座的还有张三、李四 — names after who sat or attended
- post.appointment  任命陈思远为衢江区经信局局长 — the post one is appointed to
- post.held         周水忠之前任贺村镇党委副书记 — a name, then 任 and the posts held
- post.dismissed    免去林杰的县财政局局长职务 — the posts held until a dismissal
- post.name-first   五洲纸业公司的赵磊总经理告诉记者 — the title after the name
- post.name-first-list  黄勇部长,王洪涛、陈畴镛委员等参加 — names, then their title,
                    a clause of its own
- post.listed-with-group  黄锦朝、陶诚华及有关市领导出席 — names, then 及 and their group
- post.leader       习近平总书记 — national leaders (graph/data/leaders.tsv)
- person.age        今年23岁的雷利婷 — an age or birth year introduces a person
- person.of-place   仁堂桥村的邵金寿拿着扫把 — a villager named after the village
- person.clause-subject  蒋立新宣布项目开工 — a bare name before a speech verb
- person.after-body  …有限公司设备部张诚介绍 — a bare name right after a body's name, before
                    a speech verb or 等领导
- person.attending   徐益海、周仲伟参加。 — bare names closing a sentence with 参加 (胡军及陈国军,
                    董文吉刘小松郑志光 written with no mark)
- person.representative  青年企业家代表徐甲说 — a name after a group's 代表, then speech
- post.bare-deputy  代表王建军提出 — a bare 代表 opening a clause: a congress deputy
- post.is           …的金怡宏,是某某家居有限公司董事长助理 — a post said of a person found
- person.transliterated  来自哥伦比亚的雷波(音译) — a foreign name marked as transliterated
Pronoun follow-ups (他强调) carry no post and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from graph.extract.figures import chinese_number
from graph.extract.names import (
    TITLE_BOUNDARY,
    NameMatch,
    name_after,
    name_before,
    plausible_name,
    surname_at,
    valid_list_name,
    weakly_named,
)
from graph.extract.orgs import (
    LEVELS,
    clean_org_text,
    ends_with_titled_name,
    is_org_like,
    is_place,
    org_for_segment,
)
from graph.extract.places import head_opens_place
from graph.extract.text import (
    base_title,
    ends_with_any,
    is_cjk,
    modifier_before,
    not_names,
    overlapping,
    place_names,
    starts_with_any,
    title_at_end,
)
from graph.lexicon import (
    Title,
    division_starting_at,
    divisions,
    lexicon,
    provinces,
    word_pattern,
)
from graph.model import OrgRef

# What ends a chain segment: punctuation (not 、, which joins segments) and spaces.
SEGMENT_STOP = set(',;:。!?()[]"“”‘’《》「」【】 \n\t/|')
# The longest quoted name kept before an organisation's ending (“余家大院”农家乐).
QUOTED_NAME_MAX = 8
# What joins two posts of one person: 区人大代表、上方镇镇长; 董事长兼总经理.
JOINERS = ("、", "兼")
# A post someone holds or held, written after their name: 周某之前任…镇长时, 王某现任….
# 李志鹏同志满票当选为…副镇长, 王华同志以52票全票当选为…镇长: 同志 and the vote may
# stand between the name and 当选;
# 胡栋良同志任…区委书记 (a decision read out): 同志 before 任.
HELD = re.compile(
    r"(?:同志)?(?:之前|此前|曾经|曾|现|先后|分别)?(?:担任|挂任|兼任|调任|出任|升任|转任|任)"
    r"|(?:同志)?(?:以)?(?:\d+票)?(?:满票|全票|高票)?(?:分别)?当选为?"
    r"|(?:同志)?辞去"  # 蔡某同志辞去县人民政府县长职务: the post held until now
)
# 衢江区原区委, 浙江丽水市原缙云县政府: a place's name (one ending in its level), then 原.
FORMER_AFTER_PLACE = re.compile(r"((?:浙江省?)?[\u4e00-\u9fff]{1,5}?[省市县区])原(?=.)")
PROPOSED = "拟"  # 拟任, 拟提名: a post proposed in a notice before an appointment
SUCCESSIVE = "历届"  # 历届县政协主席: those who held the post before
# 组长由区长张三担任: a post, 由, its holders, then one of these verbs.
HELD_BY = "由"
HELD_BY_END = ("担任", "兼任", "出任")
# 今天大会的执行主席是赵珞、王万喜、王庭美: the post, 是, then the names of its holders,
# ending the clause (or the text).
IS_HELD = re.compile(r"的?是:?")  # 担任本次大会执行主席的是:甲、乙
LIST_END = ("。", ";", ",")
# …but 任务, 任何, 任命 … are words of their own (graph/data/cues.yaml, not_held).
# 习近平总书记 is named in set phrases (贯彻习近平总书记重要讲话精神); careful readers of local
# news leave the name out (24 of 29 real pages). So the post is kept as low confidence, and a
# mention with no title (以习近平同志为核心) is dropped, as any name with no post is.
LEADER_CONFIDENCE = 0.45
DOCTRINE = re.compile(r"新时代|[\u4e00-\u9fff]{0,4}思想")
QUOTED_TITLE = re.compile(r"“([\u4e00-\u9fff]{2,6})”")
HELD_END = (
    "时",
    "期间",
    "以来",
    "后",
    "至今",
    "职务",
)  # not 的: 曾担任书记的金星村 names a village
BEHEST = ("的委托", "的邀请", "的带领", "的率领", "的陪同")
# 以叶美峰书记为班长的县委: the one a body is led by.
LEADING = ("为班长", "为首", "为组长", "为核心")
NAMED_AS = re.compile(r"名叫|名字叫|叫做")
HELD_AGAIN = re.compile(r"(?:同时|并)(?:兼任|担任|任|兼)")
DISMISS = re.compile(r"免去|免除")
OFFICE = "职务"  # 免去…的…局长职务: the word that ends the posts of a dismissal
APPOINT = re.compile(r"(?:任命|提名|聘任|推选|选举|补选|增补|决定)(?:出|了)?")
COMRADE = "同志"
APPOINTMENT_JOINERS = ("、", ",", ";")  # between appointments listed after one verb
APPOINTED_MAX = 12  # names appointed to one post
BRACKET = re.compile(r"\(([^()]{2,40})\)")
# 郭峰(县委副书记): the farthest ) of a post in brackets after a listed name.
BRACKET_POST_REACH = 16
# Where a clause opens, and the longest clause of posts alone (县委副书记、政法委书记,).
CLAUSE_OPENERS = "。;:!?\n”"
POSTS_CLAUSE_MAX = 40
SUBJECT_VERBS = (
    "宣布|致辞|讲话|主持会议|主持|作总结|作动员|作报告|作表态发言|强调|指出|表示|介绍|说|提出|要求"
    "|告诉|认为|相告"
)
CLAUSE_SUBJECT = re.compile(
    r"(?:^|(?<=[,;:。!?“]))([\u4e00-\u9fff]{2,4}?)(?=(?:"
    + SUBJECT_VERBS
    + r")(?:[,:。“\u4e00-\u9fff]))"
)
SUBJECT_VERB = re.compile(SUBJECT_VERBS)  # what CLAUSE_SUBJECT needs, found fast
AFTER_BODY = re.compile(
    r"(?:公司|集团|局|部|中心|站|所|研究院|办)([\u4e00-\u9fff]{2,3}?)(?=(?:"
    + SUBJECT_VERBS
    + r"|等领导)(?:[,:。“\u4e00-\u9fff]))"
)
REPRESENTATIVE_VERBS = (
    "说",
    "表示",
    "认为",
    "介绍",
    "告诉",
    "坦言",
    "建议",
    "谈到",
    "感到",
    "感叹",
    "呼吁",
    "提出",
    "指出",
    "直言",
    "是",
)
# …代表徐甲说, and a delegate named by their delegation (第五代表团的吴凌冰说).
REPRESENTATIVE = re.compile(
    r"代表(?:团的?)?(?=(?:[\u4e00-\u9fff]{2,3}、){0,3}[\u4e00-\u9fff]{2,3}(?:"
    + "|".join(REPRESENTATIVE_VERBS)
    + "))"
)
# 王良春参加。 徐益海、周仲伟参加。: the sentence that closes a report on a leader's visit.
ATTENDING_END = r"(?:参加|出席|陪同)(?:活动|会议|调研|考察|审议|座谈|讨论)?[。!]?$"
ATTENDING_VERB = re.compile(ATTENDING_END)  # what ATTENDING needs, found fast
ATTENDING = re.compile(
    r"(?:^|(?<=[,;。!? ]))((?:[\u4e00-\u9fff]{2,4}、){0,8}[\u4e00-\u9fff]{2,9}?)" + ATTENDING_END
)
LAST_JOINERS = ("及", "和")  # 胡军及陈国军参加: the last name, joined by a word


def _attending_items(names: str, known: frozenset[str]) -> list[str]:
    """The names of a list closing with 参加, split at its 、 and at a 及 or 和 before the
    last name when both sides are names (but not inside 黄和庆)."""
    items = names.split("、")
    last = items[-1]
    for k in range(2, len(last) - 1):
        head, tail = last[:k], last[k + 1 :]
        if last[k] in LAST_JOINERS and all(n in known or valid_list_name(n) for n in (head, tail)):
            return [*items[:-1], head, tail]
    if len(items) == 1 and len(last) >= 4 and (glued := _glued_names(last)):
        return glued  # 董文吉刘小松郑志光参加 (a headline): names written with no mark
    return items


def _glued_names(run: str) -> list[str] | None:
    """The names a run of characters is, written with no mark between them, when only one
    way of cutting it into plain names (two or three characters each) exists."""
    ways: list[list[str]] = []

    def cut(at: int, names: list[str]) -> None:
        if len(ways) > 1:
            return
        if at == len(run):
            ways.append(names)
            return
        for n in (2, 3):
            piece = run[at : at + n]
            if len(piece) == n and _plainly_a_name(piece):
                cut(at + n, [*names, piece])

    cut(0, [])
    return ways[0] if len(ways) == 1 else None


COUNTED = re.compile(
    r"[\d二两三四五六七八九十几数多](?:名|位)[\u4e00-\u9fff]{0,6}$"
)  # not 一位: "a"
# The verbs that may follow a title written after a name (赵磊总经理告诉记者).
# What may end a clause of names and their title (王洪涛、陈畴镛委员,…等参加), and open it.
NAME_FIRST_LIST_ENDS = (",", "等", ";")
PLACE_ENDS = frozenset("省市州县区旗镇乡村")
CLAUSE_EDGES = (",", ";", ":", "。")
NAME_FIRST_VERB = re.compile(
    r"告诉|表示|介绍|汇报|说|指出|认为|坦言|强调|谈到|一行|[做作](?:了)?(?:重要)?讲话"
    r"|所作|带领|率|主持|亲自|对"
    r"|建议|呼吁|提出"  # 朱宏委员建议: a member speaking at a CPPCC session
    r"|发言|[做作](?:了)?[^,。]{0,6}发言|代表[^,。]{2,20}?发言"  # 钱某委员代表民建支部发言
    r"|带队|出席|参加|陪同|调研|考察|视察"  # 省咨询委张鸿铭副主任带队赴丽水市
    r"|到|来|赴"  # 省委车俊书记到集团考察时
)
# What closes a list of name-first items (…何琪虎局长、…孙国华总指挥等领导出席).
NAME_FIRST_LIST_CLOSE = re.compile(
    r"(?:[、,][^。;!?]{0,60}?)?等(?:领导|嘉宾|负责人)?(?:出席|参加|陪同|见证)"
)
DEPUTY_AFTER_NAME = re.compile(r"代表(?=" + "|".join(REPRESENTATIVE_VERBS) + ")")
# 及有关市领导: joins names listed before to the group of officials they are among.
GROUP_JOINED = re.compile(r"(?:以及|及|和)(?:有关|其他|相关)?")
NAME_FIRST_LEFT = set(",;:。!?“\n的向了")  # 聆听了苏荣书记所作的报告
SHORT_NAME_NOTE = re.compile(r"(?:以下)?简称")
# A guessed name after a post with its organisation: kept as a fact (above LOW_CONFIDENCE).
GUESS_AFTER_POST = 0.6
# …and after a word that introduces a person (村民, 乡贤, 客商): a person, though no post.
GUESS_AFTER_DESCRIPTOR = 0.6
# An age or a birth year before a name: 今年23岁的雷利婷, 出生于1990年的金怡宏.
AGE_BEFORE = re.compile(
    r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的|出生于\d{4}年的|\d{4}年出生的"
)
# …, or a nominee's standing (镇长提名人选叶衍森, 副县长候选人胡书伟: the post's
# candidate, held in all but name).
POST_NOTE = re.compile(
    r"\((?:主持工作|正[处科厅局]级|副[处科厅局]级|挂职|兼)\)|提名人选|候选人"
    r"|\(按姓氏[^)]{0,6}\):?"  # 执行主席(按姓氏笔划为序):王某、冯某…
    r"|是:"  # 本次全体会议的执行主席是:刘某、郑某…
)
# 陈长英(女)、熊丽(女): a note on a listed person, not a post.
# 陈松(政府)、郑洋: which of the bodies a listed leader is from.
# A note after a listed name: (女), (回族), (政协), and what tells two namesakes apart (统战).
PERSON_NOTE = re.compile(r"\([\u4e00-\u9fff]{1,4}\)")
BEFORE_APPOINTED = re.compile(COMRADE + "|" + PERSON_NOTE.pattern)  # 纪道清同志为, 葛慧君(女)为
IS_POST = re.compile(r",?是(?=[\u4e00-\u9fff])")
PLACE_OF = ("村", "镇", "乡", "社区")
PLACE_NAME_ENDS = set("山岭坞坑湾源口头岗垄塘溪坂畈园")
OF_PLACE = re.compile("(?:" + "|".join(PLACE_OF) + ")的")
# 等5位, 等三名, 等20人; but 等四套班子领导 holds no count (四 opens the group's title).
# Who else sat on the rostrum or attended, named after the cue with no post.
SEATED = re.compile(
    r"就[座坐]的(?:(?:领导|同志|嘉宾)还?|还)有|出席(?:会议|活动)?的(?:领导)?还有"
)  # not 就座的有关部门负责人
SEATED_BEFORE = re.compile(r"在主席台(?:前排)?就[座坐]")
# 在座的, 在响的: there; 等其他大会主席团成员: the others of the session's presidium
DENG_QUALIFIER = re.compile(
    r"(?:在家的|在家|在[\u4e00-\u9fff]的|其他|全体|大会"
    r"|(?:[一二两三四五六七八九十]+[区县市镇乡])+)+"  # 等两区三县四套班子主要领导
)
INNER_QUALIFIER = re.compile(r"^([^,。;、]{0,8}?班子)(?:在家的?|其他)(?=领导)")
DENG = re.compile(r"等(?:(?:\d+|[一二两三四五六七八九十几]+)(?=[位名人]))?(?:位|名)?")


@dataclass(frozen=True)
class FoundPost:
    role: str
    org: OrgRef | None
    group: bool


@dataclass(frozen=True)
class FoundPerson:
    name: NameMatch
    posts: tuple[FoundPost, ...]
    rule: str
    span: tuple[int, int]  # the whole matched span in the sentence (chain + name)
    confidence: float


def _appointed(
    s: str, at: int, title_re: re.Pattern[str]
) -> tuple[list[tuple[int, int]], int, str, re.Match[str]] | None:
    """The names at s[at] appointed to one post (张三为…局长, 张三、李四为副镇长): their spans,
    where the post ends, its text and its last title; None unless the post ends in a title."""
    names: list[tuple[int, int]] = []
    i = at
    while len(names) < APPOINTED_MAX:
        for length in (4, 3, 2):
            # 纪道清同志为…, 葛慧君(女)为…: 同志 or a note may stand between the name and 为.
            between = BEFORE_APPOINTED.match(s, i + length)
            gap = between.end() - between.start() if between else 0
            after = s[i + length + gap : i + length + gap + 1]
            if after in ("为", "、") and valid_list_name(s[i : i + length], allow_rare=True):
                break
        else:
            return None
        names.append((i, i + length))
        i += length + gap + 1
        if after == "为":
            break
    else:
        return None
    stop = _segment_end(s, i, "、")
    # 为县人民政府副县长、代理县长: further titles after 、 are posts of the same appointment.
    while s[stop : stop + 1] == "、":
        nxt = _segment_end(s, stop + 1, "、")
        ends = [t.end() for t in title_re.finditer(s, stop + 1, nxt)]
        if "为" in s[stop + 1 : nxt] or not ends or ends[-1] != nxt:
            break
        stop = nxt
    inner = s[i:stop]
    if (title := _title_ending(inner, title_re)) is None:
        return None
    return names, stop, inner, title


def _dismissed(
    s: str, at: int, title_re: re.Pattern[str]
) -> tuple[tuple[int, int], int, str, re.Match[str]] | None:
    """The name at s[at] dismissed from the posts before 职务 (林杰的县财政局局长职务): its
    span, where the posts end, their text and the last title; None unless that is the shape."""
    for length in (4, 3, 2):
        comrade = len(COMRADE) if s.startswith(COMRADE, at + length) else 0
        if s.startswith("的", at + length + comrade) and valid_list_name(
            s[at : at + length], allow_rare=True
        ):
            break
    else:
        return None
    i = at + length + comrade + 1
    stop = s.find(OFFICE, i, i + POSTS_CLAUSE_MAX)
    if stop < 0 or any(c in SEGMENT_STOP for c in s[i:stop]):
        return None
    inner = s[i:stop]
    if (title := _title_ending(inner, title_re)) is None:
        return None
    return (at, at + length), stop, inner, title


def _title_ending(text: str, title_re: re.Pattern[str]) -> re.Match[str] | None:
    """The last title in `text` if it ends the text (the post an appointment or a dismissal
    names), else None."""
    title = None
    for tm in title_re.finditer(text):
        title = tm
    return title if title is not None and title.end() == len(text) else None


def _segment_end(s: str, i: int, also: str = "") -> int:
    """Where the chain segment going on at s[i] ends: at a SEGMENT_STOP or a character of
    `also` (、 for a list item)."""
    while i < len(s) and s[i] not in SEGMENT_STOP and s[i] not in also:
        i += 1
    return i


def _segment_start(s: str, end: int, also: str = "") -> int:
    """Where the segment ending at s[end] starts: after a SEGMENT_STOP or a character of
    `also` (、 for a list item), or at the text's start."""
    while end > 0 and s[end - 1] not in SEGMENT_STOP and s[end - 1] not in also:
        end -= 1
    return end


def _post_follows(s: str, i: int, title_re: re.Pattern[str], known: frozenset[str]) -> bool:
    """Does a title and a name follow in the list item going on at s[i] (…、项目工作专班
    推进办主任马伟民), so that the item's start is a body's name, not a person's?"""
    if s[i : i + 1] == "(" and (close := s.find(")", i, i + BRACKET_POST_REACH)) > 0:
        i = close + 1  # 丰收日(集团)股份有限公司副总裁罗友裕: the body's name goes on
    m = title_re.search(s, i, _segment_end(s, i, "、及和"))
    return (
        m is not None
        # (施建华与企业家代表郭建君: a word of persons is no body's post)
        and lexicon().titles[m.group()].kind != "descriptor"
        and name_after(s, m.end(), known) is not None
    )


# What ends a bare name in a list of names: the next item, 等, or the clause's end.
LIST_ITEM_END = ("、", "等", ",", "。", ";")
# What the last item of a list of leaders may stand before (…、王庆、朱与滨出席会议), but not
# after a character that ends a shorter name's clause (李明来参加: 李明, then 来).
LIST_CLOSING_VERBS = ("出席", "参加", "陪同")
NOT_LAST_IN_NAME = frozenset("来到也都均还又亲一等在")


def _whole_list_item(s: str, i: int) -> NameMatch | None:
    """A list item between two of the list's marks that is a whole name, though a word
    (黄河) or a character names seldom end with (曹令其): 县领导…、黄河、刘冠群、曹令其、刘权."""
    for length in (3, 2):
        token = s[i : i + length]
        surname = surname_at(token, 0, allow_rare=False)
        if (
            surname is not None
            and len(token) == length > len(surname)
            and all(is_cjk(ch) for ch in token)
            and (
                s.startswith(LIST_ITEM_END, i + length)
                or (
                    s.startswith(LIST_CLOSING_VERBS, i + length)
                    and token[-1] not in NOT_LAST_IN_NAME
                )
            )
            and title_at_end(token) is None
            and token not in lexicon().places
        ):
            return NameMatch(token, i, i + length, 0.75, "list-item")
    return None


def _name_list_ending_at(s: str, end: int) -> list[NameMatch]:
    """The names of the 、-list whose last item ends at s[end] (石某、郑某 before
    在主席台就座), every item from the clause's start a name; none if any item is not."""
    names: list[NameMatch] = []
    common = 0  # items whose surname may open a name anywhere
    while True:
        start = _segment_start(s, end, "、")
        if valid_list_name(s[start:end]):
            common += 1
        elif not valid_list_name(s[start:end], allow_rare=True):
            return []
        names.append(NameMatch(s[start:end], start, end, 0.8, "list"))
        if s[start - 1 : start] != "、":
            # A rare surname (于国强、秦岭峰、张世富、奇军当选…) is read among names at
            # least half of which have common ones.
            return names[::-1] if 2 * common >= len(names) else []
        end = start - 1


def _city_of_zhou(s: str, i: int) -> bool:
    """Does the 州 at s[i] end the name of a city or a province (杭州, 贵州), rather than
    stand for a prefecture (黔东南州, 凉山州)?"""
    return any(
        s[max(0, i - k) : i + 1] + "市" in divisions()
        or s[max(0, i - k) : i + 1] + "省" in provinces()
        for k in (1, 2)
    )


def _names_listed_before(s: str, start: int) -> list[NameMatch]:
    """The names of a 、-list ending right before s[start] (王某、肖某 before 林某当选…)."""
    return _name_list_ending_at(s, start - 1) if s[start - 1 : start] == "、" else []


def _unread_item(s: str, i: int) -> int | None:
    """Where a list item of two to four characters at s[i] ends (4: 额尔登图), if a name the
    list rules read follows it after 、; else None."""
    for length in (2, 3, 4):
        after = i + length
        if (
            s[after : after + 1] == "、"
            and all(is_cjk(c) for c in s[i:after])
            and title_at_end(s[i:after]) is None
            and not is_org_like(s[i:after])  # 县委, 县政府: a body among the names
            and (nxt := name_after(s, after + 1)) is not None
            and nxt.start == after + 1
            and nxt.confidence >= 0.9  # not 交通、林业等部门: words, not names
        ):
            return after
    return None


def _respective_posts(
    s: str, last_name: NameMatch, inner: str, at: int, found: list[FoundPerson], taken: set[int]
) -> None:
    """A 、-list of names, 分别当选为 (or 分别任), then as many posts joined by 和 or 、: the
    names hold them in order; a bare title after the first is of the first's body
    (人大主席和副主席: 副主席 of the 人大)."""
    names = [*_names_listed_before(s, last_name.start), last_name]
    # The posts are joined only where a title ends (not inside 经济和信息化局, 云和县委).
    cuts = [p for p, ch in enumerate(inner) if ch in "和、及" and title_at_end(inner[:p])]
    parts = [
        inner[a:b] for a, b in zip([0, *(c + 1 for c in cuts)], [*cuts, len(inner)], strict=True)
    ]
    if len(parts) != len(names) or any(n.start in taken for n in names):
        return
    held: list[FoundPerson] = []
    span = (names[0].start, at + len(inner))
    body = ""
    for k, (nm, part) in enumerate(zip(names, parts, strict=True)):
        title = title_at_end(part)
        if title is None:
            return  # (every part a post, or no one is paired)
        if k == 0:
            body = part[: len(part) - len(title)]
        elif len(title) == len(part) and not getattr(lexicon().title(title), "implies", ""):
            part = body + part  # (not 县委书记、县长: 县长 names its own body)
        posts_found, _ = _chain(part, len(part) - len(title), title)
        held.append(FoundPerson(nm, tuple(posts_found), "post.held-respectively", span, 0.8))
    found.extend(held)
    for nm in names:
        taken.update(range(nm.start, nm.end))


def _held_by(s: str, i: int, known: frozenset[str], after_is: bool = False) -> list[NameMatch]:
    """The names of a 、-list starting at s[i] and ending right before 担任 (…由A、B担任),
    or none: without that verb the 由 is not "held by". After 是 (`after_is`), the list
    ends the clause (执行主席是A、B。); its first item must be a name, and a name alone one
    known from elsewhere (书记是关键 names nobody)."""
    ends = LIST_END if after_is else HELD_BY_END
    names: list[NameMatch] = []
    while True:
        nm = name_after(s, i, known)
        if (nm is None or nm.start != i) and (names or not after_is):
            nm = _whole_list_item(s, i)
        if nm is None or nm.start != i:
            return []
        names.append(nm)
        if s.startswith(ends, nm.end) or (after_is and nm.end == len(s)):
            return names if not after_is or len(names) >= 2 or nm.name in known else []
        if s[nm.end : nm.end + 1] not in ("、", "和", "及"):
            return []
        i = nm.end + 1


def _title_entry(text: str) -> Title:
    """The title a chain segment ends with, a modifier before it or not (代区长 → 区长)."""
    lex = lexicon()
    return lex.title(text) or lex.titles[text[-2:]]


def _skip_spaces(s: str, i: int) -> int:
    while s[i : i + 1] == " ":
        i += 1
    return i


# What joins two persons, each with their posts (副主席范国海及秘书长陈忠庆).
PERSON_JOINERS = ("及", "和", "与")


def _holder_named(head: str) -> bool:
    """Does the text before a title end with its holder's name, alone or after a body's
    (周伟刚董事, 祥生集团陈国祥董事长): the title is that person's, written after the name.
    A body's own name may end like a name (人大常委会, 管委会): it is none."""
    if is_org_like(head):
        return False
    for length in (3, 2):
        name, body = head[-length:], head[:-length]
        surname = surname_at(name, 0)
        if (
            len(name) == length
            and surname
            and surname in lexicon().surnames_common
            and plausible_name(name, surname)
            and name[-1] not in PLACE_ENDS  # 银川市副市长: a place
            # 国家主席: a name of two characters alone is too often a word
            and (is_org_like(body) or (not body and length == 3))
        ):
            return True
    return False


def _chain(s: str, title_start: int, title: str) -> tuple[list[FoundPost], int]:
    """Parse the [org]title segments joined by 、 that end at `title_start + len(title)`."""
    lex = lexicon()
    segments: list[tuple[str, str]] = []
    end, current = title_start, title
    while True:
        k = end
        while k > 0 and s[k - 1] not in SEGMENT_STOP and not _joiner_before(s, k):
            k -= 1
        if (
            k < end
            and s[k - 1 : k] == "”"
            and (o := s.rfind("“", max(0, k - QUOTED_NAME_MAX - 2), k - 1)) >= 0
            and all(is_cjk(c) for c in s[o + 1 : k - 1])
        ):
            k = o  # “余家大院”农家乐老板: the quoted name is the business's own
        if (also := s.rfind("以及", k, end)) >= 0:
            # 省长叶建春等省领导以及市委书记陈敏: 以及 ("and also") starts another person's post.
            segments.append((s[also + 2 : end], current))
            k = also + 2
            break
        joint = max(s.rfind(c, k, end) for c in PERSON_JOINERS)
        if joint > k and (
            ends_with_titled_name(s[k:joint])
            or (s[k - 1 : k] == "、" and valid_list_name(s[k:joint]))
        ):
            # 副主席范国海及企业负责人陈忠庆, 副主席郑建庆、范国海及秘书长陈忠庆: after
            # another person's name (a title before it, or a list item), 及 starts this
            # person's post.
            segments.append((s[joint + 1 : end], current))
            k = joint + 1
            break
        if k == end and s[k - 1 : k] == ")" and (o := s.rfind("(", 0, k)) >= 0:
            note = s[o + 1 : k - 1]
            if (
                SHORT_NAME_NOTE.match(s, o + 1)
                or (k - o <= 10 and is_org_like(note))
                or (k - o <= 6 and is_place(note) and s[:o].endswith("公司"))
            ):
                # 常山经济开发区(以下简称“开发区”)副主任: the note names the body before it;
                # 金华市经合办(招商局)主任: so does the body's other name; 中汽商用汽车
                # 有限公司(杭州)董事长: a firm's place is part of its name.
                s = s[:o] + s[k:]
                end = title_start = o
                continue
        if not segments and _title_entry(current).kind == "group":
            # 区委常委、副区长张三陪同市领导李四: a group post is never one in a chain, and
            # another post before it (with its holder) is not this person's.
            if lex.title_regex().search(s, k, end):
                k = end
            segments.append((s[k:end], current))
            break
        if s[k:end].endswith("委常委") and k < end - 3 and _title_entry(current).implies == "政府":
            # 剑阁县委常委常务副县长: the 、 between the two posts left out.
            segments.append(("", current))
            end, current = end - 2, "常委"
            continue
        if segments and s[k:end].endswith("等"):
            # 县委办、发改局等主要负责人、明化公司总经理林某: the 等 list's shared post
            # belongs to others, not to the person the chain ends with.
            k = end + len(current) + 1  # the chain starts after this segment's joiner
            break
        segments.append((s[k:end], current))
        # A segment that had to be cleaned (…副市长钟晓岚与中宁能源集团有限公司) did not start
        # at the chain's joint: what stands before it is not this person's.
        if (
            (cleaned := clean_org_text(s[k:end])) != s[k:end]
            and not (
                s[k:end].startswith(("原", "前"))
                # 新当选徐闻县人大常委会主任: only when the post was taken up, and the chain goes on.
                or s[k : end - len(cleaned)] in ("新当选", "当选")
            )
        ):
            break
        if k > 0 and (joiner := _joiner_before(s, k)):
            j = k - joiner
            while j > 0 and s[j - 1] not in SEGMENT_STOP and not _joiner_before(s, j):
                j -= 1
            previous = s[j : k - joiner]
            prev_title = title_at_end(previous)
            if prev_title and _holder_named(previous[: -len(prev_title)]):
                break  # 祥生集团陈国祥董事长、周伟刚董事、…执行总裁郭亚: another's post
            if prev_title:
                end, current = k - joiner - len(prev_title), prev_title
                continue
            if (
                not previous
                and s[j - 1 : j] == ","
                and (prev_title := _posts_clause_before(s, j - 1, CLAUSE_OPENERS + ","))
            ):
                # 市委副书记、市长,兼某某工委副书记…邹广: 兼 after a comma goes on the posts.
                end, current = j - 1 - len(prev_title), prev_title
                continue
            if (
                s[k - 1] == "、"
                and s[k:end]
                and clean_org_text(previous) == previous
                and is_org_like(previous)
                and previous not in lex.bodies  # 县委办、县府办…: a list of bodies' heads
            ):
                # 衢江农投集团、禹稷建设工程有限公司项目负责人周彬: organisations listed
                # before one title share it.
                segments.append((previous, current))
                k = j
        elif s[k - 1 : k] == "," and (prev_title := _posts_clause_before(s, k - 1)):
            # 县委副书记、政法委书记,高新区管委会常务副主任许哲: a clause of nothing but
            # posts, then a comma, then more posts of the same person.
            end, current = k - 1 - len(prev_title), prev_title
            continue
        break
    segments.reverse()
    posts: list[FoundPost] = []
    previous_org: OrgRef | None = None
    former = ""  # 原 or 前 opening the chain: every post in it is a former one
    for org_text, title_text in segments:
        said = ""  # the modifier the text puts before this segment's organisation
        if (mid := FORMER_AFTER_PLACE.match(org_text)) and lex.title("原" + title_text):
            # 衢江区原区委书记, 丽水市原缙云县政府党组成员: 原 after the place's name.
            rest = org_text[mid.end() :]
            org_text = "原" + (
                rest if starts_with_any(rest, place_names()) else mid.group(1) + rest
            )
        if org_text.startswith(SUCCESSIVE) and lex.title("原" + title_text):
            # 历届县政协主席李先琦、徐小力: the body's chairs before the present one.
            org_text = "原" + org_text[len(SUCCESSIVE) :]
        if (
            org_text[:1] in ("原", "前")
            and len(org_text) > 2
            and lex.title(org_text[0] + title_text)
            and division_starting_at(org_text, 0) is None  # 前锋区委, 原平市委: a place's name
        ):
            # 原区发改局局长: the former post, in the organisation that follows 原.
            said, org_text = org_text[0], org_text[1:]
            former = former or (said if not posts else "")
        elif (
            former
            and not org_text
            and title_text[:1] not in ("原", "前")
            and lex.title(former + title_text)
        ):
            # 原县委常委、副县长: 原 is said once for the posts of one body — not for a
            # body named anew (甘肃省原省委书记、全国人大外事工委副主任 is in office).
            said = former
        if org_text.endswith("时任") and lex.title("时任" + title_text):
            # 时任区长现任区委书记: the post then held, kept apart from the one now held.
            said, org_text = "时任", org_text[:-2]
        t = _title_entry(said + title_text)
        if t.kind == "descriptor":
            continue  # 老党员余忠良: a person, but no post
        if not posts and not said and t.text[:1] in ("原", "前") and title_text[:1] == t.text[:1]:
            former = t.text[0]  # 国家中医药管理局原党组成员、副局长: both posts are former
        # The organisation is the bare title's (原党委书记 of 壶镇镇 is in its 党委).
        org = org_for_segment(org_text, _title_entry(title_text) if said else t, previous_org)
        posts.append(FoundPost(t.text, org, t.kind == "group"))
        if org is not None:
            previous_org = org
    return posts, k


def _posts_clause_before(s: str, comma: int, openers: str = CLAUSE_OPENERS) -> str | None:
    """The last title of the clause ending at `comma`, if the clause is nothing but posts
    joined by 、 (县委副书记、社会工作部部长), each an organisation and a title."""
    start = max(s.rfind(c, 0, comma) for c in openers) + 1
    clause = s[start:comma]
    if not 2 <= len(clause) <= POSTS_CLAUSE_MAX or any(c in SEGMENT_STOP for c in clause):
        return None
    title = None
    for part in clause.split("、"):
        title = title_at_end(part)
        if title is None:
            return None
        org = part[: -len(title)]
        if org in LEVELS:
            continue  # 县人大代表: the level of the body the title implies
        if org and (clean_org_text(org) != org or not (is_org_like(org) or is_place(org))):
            return None  # but 金华市副市长,义乌市委副书记…: a place with a government post
    return title


def _whole_post_item(found: list[FoundPerson], s: str, end: int) -> FoundPerson | None:
    """The person found with posts whose chain is the whole list item ending at s[end],
    from the item's start (after a stop or the sentence's start) to the name's end."""
    start = _segment_start(s, end)
    return next((f for f in found if f.name.end == end and f.posts and f.span[0] == start), None)


BARE_LIST_MIN = 3
# What follows 等 after a list of persons: a word of persons or what they did together.
# After 等, words that make the names before it persons (张三、李四等参加)…
# A list of names may start after these, inside a clause (主任朱新及徐会东、…; 我校潘海天、…).
LIST_OPENERS = ("及", "以及", "我校", "我院", "我局", "我公司")
# …or after a verb whose object is persons, anywhere in the clause (我市聘请陈克复、…).
LIST_VERBS = ("聘请", "聘任", "邀请", "看望", "慰问", "表彰")
# 李文荣、李石松等领导参加 (出席, 分别到会 …): leaders, of no body said.
LEADERS_PRESENT = tuple(
    "领导" + w for w in ("参加", "出席", "陪同", "分别", "先后", "一同", "到会")
)
DENG_PERSONS = ("领导", "相关领导", "同志", "人", "参加", "出席", "陪同", "一行", "应邀", "列席")
# 王运富、龚维洪等代表踊跃发言: deputies to a congress (not 等代表团, 等代表委员); 等七名市政协
# 委员, 杨兆文、廖明等委员踊跃发言: members of the level's political consultative
# conference (等10位政协委员作大会发言: 作 is their speaking, though 代表作 is a work).
DENG_DEPUTIES = re.compile(
    r"([县区市省]?)(人大代表|政协委员|代表|委员)(?!团|委员|会|处|性|了|着|队)(?<!代表(?=作))"
)
# …and, for a list of plain names, more of what they were or did together.
PERSONS_AFTER_DENG = (
    *DENG_PERSONS,
    *("代表", "嘉宾", "主席团", "县", "区", "市", "省", "镇", "乡"),
    *("共同", "分别", "先后", "一起", "在", "为", "就", "到", "赴"),
)


def _after_last(s: str, words: tuple[str, ...], lo: int, hi: int) -> int:
    """Where the last of `words` in s[lo:hi] ends, or `lo` when none is there."""
    return max((at + len(w) for w in words if (at := s.rfind(w, lo, hi)) >= 0), default=lo)


def _bare_name_lists(s: str, known: frozenset[str]) -> list[list[NameMatch]]:
    """Every 、-list of BARE_LIST_MIN or more items that are all plainly names: the first
    item opens a clause, the last is a name a known word ends."""
    out: list[list[NameMatch]] = []
    i = 0
    while (k := s.find("、", i)) >= 0:
        start = _segment_start(s, k, "、")
        i = k + 1
        if start > 0 and s[start - 1] == "、":
            continue  # not the list's first item
        if (opener := starts_with_any(s, LIST_OPENERS, start)) and _plainly_a_name(
            s[start + len(opener) : k]
        ):
            start += len(opener)  # 县委副书记马文卿,以及刘雪萍、朱秋生…: the list opens after it
        elif (verb := _after_last(s, LIST_VERBS, start, k)) > start and valid_list_name(s[verb:k]):
            start = verb  # 我市聘请陈克复、谭建荣…6位院士: the list opens after the verb
        elif (glued := _glued_first_item(s, start, k, known)) is not None:
            start = glued  # 并勉励叶敏红、刘春生…: the first name, after the clause's words
        names: list[NameMatch] = []
        plain = 0
        a, b = start, k
        while True:
            item = s[a:b]
            if _plainly_a_name(item):
                plain += 1
            elif not (_rarely_named(item) and _not_a_place(item)):
                break
            names.append(NameMatch(item, a, b, 0.7, "bare-list"))
            if s[b : b + 1] != "、":
                break
            a = b + 1
            nxt = s.find("、", a)
            if nxt < 0 or any(c in SEGMENT_STOP or c == "等" for c in s[a:nxt]):
                # The last item: a name that a known word, a mark or 等 ends.
                last = name_after(s, a, known, allow_rare=False)
                if last is not None and last.start == a and last.confidence >= 0.9:
                    if _plainly_a_name(last.name):
                        plain += 1
                        names.append(NameMatch(last.name, a, last.end, 0.7, "bare-list"))
                    elif valid_list_name(last.name) and _not_a_place(last.name):
                        names.append(NameMatch(last.name, a, last.end, 0.7, "bare-list"))
                break
            b = nxt
        # Most items plainly names (夏郑峰 has a rarer name character than most), the
        # list ending with the last (not 王强、李明、张华、县发改局负责人), and after 等 a
        # word of persons (not 黄精、白芍、杜仲等中药材).
        if (
            (
                len(names) >= BARE_LIST_MIN
                # (any names, when a count of as many follows: 陈克复、…、郑津洋6位院士)
                and (plain >= max(BARE_LIST_MIN, 2 * len(names) / 3) or _counted(s, names))
                and (
                    s[names[-1].end : names[-1].end + 1] != "、"
                    # …or goes on with what may be a name the rules cannot read (税明斌,
                    # 阿古拉 before 陈晓慧)
                    or surname_at(s, names[-1].end + 1, allow_rare=True) is not None
                    or _unread_item(s, names[-1].end + 1) is not None
                )
                and (
                    not s.startswith("等", names[-1].end)
                    or s.startswith(PERSONS_AFTER_DENG, names[-1].end + 1)
                    or _persons_named_after(s, names[-1].end + 1)
                )
            )
            or (
                # Two names, when 等 and a word of persons close them (曹高峻、李慧等会员当选).
                len(names) == 2 == plain
                and s.startswith("等", names[-1].end)
                and _persons_named_after(s, names[-1].end + 1)
            )
        ):
            out.append(names)
        i = max(i, names[-1].end if names else i)
    return out


# What a list's first name may be glued to, read back from the first 、: a clause's words
# (并勉励叶敏红、…; 正是邵鹏、…), the name being its last two or three characters.
GLUED_NAME_LENGTHS = (3, 2)
# Words of persons within this many characters after 等 (等竞赛教练, 等新老村干部).
PERSONS_AFTER_DENG_REACH = 6


def _glued_first_item(s: str, start: int, k: int, known: frozenset[str]) -> int | None:
    """Where the name the first list item s[start:k] ends with starts, when the words
    before it are not a name: a name known in the article first, else the longest plain
    name."""
    item = s[start:k]
    if len(item) <= 3 or _rarely_named(item):
        return None  # (诸葛明辉: a whole name, its surname of two characters)
    names = [item[-n:] for n in GLUED_NAME_LENGTHS if _plainly_a_name(item[-n:])]
    if not names or any(title_at_end(item[: -len(n)]) for n in names):
        return None  # 副主席王韬、…: a post's holder, which the post's rules read
    name = next((n for n in names if n in known), names[0])
    return k - len(name)


def _persons_named_after(s: str, i: int) -> bool:
    """Does a word of persons (a title) end the few characters after 等 at s[i]: 等会员,
    等竞赛教练, 等新老村干部 — not 等中药材, 等领域?"""
    m = lexicon().title_regex().search(s, i, i + PERSONS_AFTER_DENG_REACH + 4)
    return (
        m is not None
        and m.start() - i <= PERSONS_AFTER_DENG_REACH
        and not any(c in SEGMENT_STOP for c in s[i : m.start()])
        and not (m.end() < len(s) and is_cjk(s[m.end()]) and title_at_end(s[i : m.end() + 1]))
    )


# 于现伟、郑婷婷、孙铁军6名县政协委员: as many names as the count, then what they are.
DEPUTIES_COUNT = re.compile(r"(\d+|[一二两三四五六七八九十]+)[名位]")
# …and counts of what the names are too (张明花、查跃生、查子元3户贫困户).
NAMES_COUNT = re.compile(r"(\d+|[一二两三四五六七八九十]+)[名位户人]")


# What a counted list of names may be, of no body (…郑津洋6位院士; but 6位委员 are some
# body's members, which the count does not say).
COUNTED_TITLES = re.compile("院士|专家|教授|研究员")


def _counted(s: str, names: list[NameMatch]) -> re.Match[str] | None:
    """The count after a list of names when it counts them (…郑津洋6位院士), else None."""
    count = NAMES_COUNT.match(s, names[-1].end)
    if count is None:
        return None
    n = count.group(1)
    return count if (int(n) if n.isdigit() else chinese_number(n)) == len(names) else None


def _bare_list_persons(s: str, known: frozenset[str], taken: set[int]) -> list[FoundPerson]:
    out = []
    for names in _bare_name_lists(s, known):
        posts: tuple[FoundPost, ...] = ()
        if count := _counted(s, names):
            if deputies := DENG_DEPUTIES.match(s, count.end()):
                posts = (_deputies_post(deputies),)
            elif (title := COUNTED_TITLES.match(s, count.end())) and name_after(
                s, title.end(), known
            ) is None:
                posts = (FoundPost(title.group(), None, False),)  # 6位院士: what they are
                if s.startswith("担任", title.end()):
                    # …6位院士担任6大产业链首席科学家: and the post they take.
                    posts += _posts_held(s, title.end() + 2)
        for nm in names:
            if nm.start not in taken:
                rule = "post.listed-deputies" if posts else "person.bare-list"
                out.append(FoundPerson(nm, posts, rule, (nm.start, nm.end), 0.7))
                taken.update(range(nm.start, nm.end))
    return out


def _posts_held(s: str, at: int) -> tuple[FoundPost, ...]:
    """The chain of posts written from s[at] to its segment's end (after 担任)."""
    held = _held_chain(s[at : _segment_end(s, at)])
    return tuple(held[0]) if held else ()


def _held_chain(text: str) -> tuple[list[FoundPost], int] | None:
    """The chain of posts a text of posts held ends with (the last title that ends the
    text or stands before 时, 期间 …) and where that title ends, or None when no title
    ends it."""
    last = None
    for tm in lexicon().title_regex().finditer(text):
        if tm.end() == len(text) or text.startswith(HELD_END, tm.end()):
            last = tm
    if last is None:
        return None
    mod = modifier_before(text, last.start())
    return _chain(text, last.start() - len(mod), mod + last.group())[0], last.end()


# 等县委、县人大、县政府、县政协领导出席: the leaders of several bodies at once — a
# group post naming no one body (领导).
BODIES_LEADERS = re.compile(
    r"((?:[^,。;:、和及]{1,12}[、和及]){1,12}[^,。;:、和及]{1,12}?)的?领导(?:同志)?"
)


def _bodies_leaders(after: str) -> bool:
    m = BODIES_LEADERS.match(after)
    return m is not None and all(is_org_like(b) for b in re.split("[、和及]", m.group(1)))


def _deputies_post(deputies: re.Match[str]) -> FoundPost:
    """The post a DENG_DEPUTIES match names: 县政协委员 → 政协委员 of the 县政协."""
    level, role = deputies.group(1), deputies.group(2)
    title = lexicon().titles.get(role)
    org = org_for_segment(level, title, None) if level and title else None
    return FoundPost(role, org, False)


def _rarely_named(item: str) -> bool:
    """A list item that is a name, its surname perhaps rare (于现伟) but then its given name
    of common name characters."""
    if valid_list_name(item):
        return True
    surname = surname_at(item, 0, allow_rare=True)
    return (
        valid_list_name(item, allow_rare=True)
        and surname is not None
        and all(ch in lexicon().given_name_chars for ch in item[len(surname) :])
    )


def _plainly_a_name(item: str) -> bool:
    """A bare item that can only be a name: two or three characters, a common surname,
    common name characters, and not a place (金华、丽水 are cities)."""
    return 2 <= len(item) <= 3 and weakly_named(item) and _not_a_place(item)


def _not_a_place(item: str) -> bool:
    return (
        not is_place(item)
        and not any(item + level in divisions() for level in ("市", "县", "区", ""))
        and title_at_end(item) is None
    )


def _named_post(posts: list[FoundPost]) -> bool:
    return any(p.org is not None and p.org.kind != "anaphor" and not p.group for p in posts)


def _list_goes_on(s: str, end: int, known: frozenset[str]) -> bool:
    """Is the name ending at `end` followed by 、 and another name?"""
    joint = _skip_spaces(s, end)
    if not s.startswith("、", joint):
        return False
    item = _skip_spaces(s, joint + 1)
    nxt = name_after(s, item, known)
    return nxt is not None and nxt.start == item


def _rare_after_descriptor(name: str, title: str) -> bool:
    lex = lexicon()
    t = lex.titles.get(title)
    return (
        t is not None
        and t.kind == "descriptor"
        and name[:2] not in lex.compound_surnames
        and name[0] not in lex.surnames_common
    )


AS_POST = "作为"


def _as_post_before(s: str, at: int) -> bool:
    """Does 作为 (as) open the clause that the title at s[at] ends?"""
    k = s.rfind(AS_POST, 0, at)
    return k >= 0 and not any(c in SEGMENT_STOP for c in s[k:at])


def _joiner_before(s: str, k: int) -> int:
    """The length of a joiner of two posts ending at s[k] (、, 兼, 现任), or 0."""
    if s[k - 1 : k] in JOINERS:
        return 1
    return 2 if s[k - 2 : k] == "现任" and k >= 2 else 0


def _name_before_title(s: str, p: int, more_left: str = "") -> NameMatch | None:
    """A name ending at s[p] with a clear left edge: the text's start, punctuation, 的, a
    body's name (衢州市人民政府胡仲明副市长), or one of `more_left`."""
    body_word = ends_with_any(s[:p], lexicon().org_suffixes) or ""
    for length in (3, 2, 4):
        start = p - length
        surname = surname_at(s, start) if start >= 0 else None
        if surname is None or length > len(surname) + 2:
            continue
        cand = s[start:p]
        if cand[-1] in "乡镇村县区":
            continue  # 兰巨乡班子成员: a place's body, named before its title
        if cand[2:] in ("和", "与", "及") and cand[:2] in not_names():
            continue  # 领导班子和常务委员: a word (班子) joined to the title, no name
        if len(body_word) > length:
            continue  # 领导小组办公室负责人: the end of a body's word (办公室), no name
        if (
            plausible_name(cand, surname)
            and (
                start == 0
                or s[start - 1] in NAME_FIRST_LEFT
                or s[start - 1] in more_left
                or s[start - 2 : start] == "领导"
                or is_org_like(s[max(0, start - 8) : start])
                # 省委易炼红书记、王浩省长调研: the second of a pair, after the first's title.
                or (s[start - 1] == "、" and title_at_end(s[: start - 1]) is not None)
                # …的议案》、马凌代表提出的《…》: an item after a titled document's name
                or s[start - 2 : start] in ("》、", "”、")
            )
        ):
            return NameMatch(cand, start, p, 0.8, "name-first")
    return None


def _name_first_pair(s: str, end: int, titles: list[re.Match[str]]) -> bool:
    """Does a second name and its title, then a verb, follow the title ending at `end`
    after a 、 (易炼红书记、王浩省长调研)? Then the first is written name first too."""
    if s[end : end + 1] != "、":
        return False
    for m in titles:
        if 2 <= m.start() - end - 1 <= 4 and NAME_FIRST_VERB.match(s, m.end()):
            name = s[end + 1 : m.start()]
            surname = surname_at(name, 0)
            return surname is not None and plausible_name(name, surname)
    return False


def _add_listed(
    items: list[str],
    at: int,
    end: int,
    post: FoundPost,
    how: str,
    found: list[FoundPerson],
    taken: set[int],
) -> None:
    """Each name of a list written from `at` (joined by 、) holds `post`, said by `end`."""
    for item in items:
        if at not in taken:
            name = NameMatch(item, at, at + len(item), 0.75, how)
            found.append(FoundPerson(name, (post,), f"post.{how}", (at, end), 0.75))
            taken.update(range(at, at + len(item)))
        at += len(item) + 1


def _not_overlapping(matches: list[re.Match[str]]) -> Iterator[re.Match[str]]:
    """Of matches in order, those finditer would give: each starting after the last kept."""
    last_end = 0
    for m in matches:
        if m.start() >= last_end:
            last_end = m.end()
            yield m


@cache
def trigger() -> re.Pattern[str]:
    """What every sentence naming a person here contains: a title, a bracket, 等, a
    speech verb after a bare name, 同志, an age (岁的, 出生) or a leader's name. Other sentences
    are not read. All are plain words in one trie, which re scans fastest."""
    lex = lexicon()
    words = [
        *lex.titles,
        "(",
        "等",
        *SUBJECT_VERBS.split("|"),
        *(verb + "。" for verb in ("参加", "出席", "陪同")),  # ATTENDING
        *("参加" + what for what in ("审议", "座谈", "讨论")),
        "代表",  # REPRESENTATIVE: 第五代表团的吴凌冰感到, 代表郑贤跑建议
        "岁的",
        "出生",
        COMRADE,  # 会上,孟令杰同志作了…报告: a bare name before 同志
        *NAMED_AS.pattern.split("|"),  # 詹大姐名叫詹萍
        *lex.leaders,
        *(place + "的" for place in PLACE_OF),
    ]
    return re.compile(word_pattern(words))


@cache
def _leader_re() -> re.Pattern[str]:
    return re.compile("(" + word_pattern(lexicon().leaders) + ")")


def _place_at(s: str) -> str | None:
    """The place whose name opens `s`: one the lexicon knows, or a division of China."""
    return starts_with_any(s, place_names()) or division_starting_at(s, 0)


@cache  # one tuple for the process: starts_with_any keeps its index of the words by identity
def _group_titles() -> tuple[str, ...]:
    """Collective posts (区领导, 市领导 …), the longest first."""
    return tuple(t.text for t in lexicon().titles.values() if t.kind == "group")


def find_persons(s: str, known: frozenset[str]) -> list[FoundPerson]:
    """All persons with posts found in one normalised sentence."""
    lex = lexicon()
    found: list[FoundPerson] = []
    taken: set[int] = set()
    title_re = lex.title_regex()
    # (a headline closing with 参加 has no full stop: 黄海峰带队 董文吉刘小松郑志光参加)
    if not trigger().search(s) and not s.endswith(LIST_CLOSING_VERBS):
        # Most sentences name nobody; a list of plain names needs no cue.
        if "、" in s:  # (two names, when 等 and a word of persons close them)
            found.extend(_bare_list_persons(s, known, taken))
        return found

    # Every title, overlapping ones too (区委书记 and 书记), found once for the rules below.
    titles = list(overlapping(title_re, s))

    # post.chain and post.chain-list: a title, then a name.
    pos = 0
    for m in titles:
        if m.start() < pos:
            continue  # inside what a title before it was read with
        pos = m.start() + 1
        if COUNTED.search(s, max(0, m.start() - 8), m.start()):
            continue  # 5名村支书来参观: a number of holders, not one named person
        before = s[m.start() - 1 : m.start()]
        if m.group() == "州长" and before and is_cjk(before) and before != "州":
            continue  # 贵州长寿之乡, 杭州长运: a place's 州, then a word — not a governor
        if head_opens_place(s, m.start(), m.group()):
            continue  # 大门镇长沙综合体, 开化县长虹乡: 长 opens the next place's name
        if m.group() == "州领导" and _city_of_zhou(s, m.start()):
            continue  # 杭州领导: the city's leaders (but 黔东南州领导: the prefecture's)
        # 副主任(主持工作)金晓明: a note on the post between the title and the name.
        note = POST_NOTE.match(s, m.end())
        is_of = IS_HELD.match(s, m.end())
        if (s.startswith(HELD_BY, m.end()) and (holders := _held_by(s, m.end() + 1, known))) or (
            is_of and (holders := _held_by(s, is_of.end(), known, after_is=True))
        ):
            # 大会执行主席由项瑞良、鲁霞光…担任: the post, then the names of its holders.
            posts, chain_start = _chain(s, m.start(), m.group())
            for nm in holders:
                if nm.start not in taken:
                    span = (chain_start, nm.end)
                    found.append(FoundPerson(nm, tuple(posts), "post.held-by", span, 0.85))
                    taken.update(range(nm.start, nm.end))
            pos = holders[-1].end
            continue
        name = name_after(s, note.end() if note else m.end(), known)
        if name is None and lex.titles[m.group()].kind == "group" and not note:
            # 富阳区领导朱党其、吴玉凤…: the list's first item, whole, though its
            # characters are seldom a given name's.
            name = _whole_list_item(s, m.end())
            if name is not None and (
                s[name.end : name.end + 1] != "、" or name.name in not_names()
            ):
                name = None  # (县领导班子、各部门: 班子 is a word)
        if name is None and s[m.end() : m.end() + 1] == "," and _as_post_before(s, m.start()):
            # 作为常山县的县委书记,叶美峰…: the post a person speaks as, then the person.
            name = name_after(s, m.end() + 1, known)
            if name is not None and name.confidence < TITLE_BOUNDARY:
                # …叶美峰头上不断添出的白发: a guessed name, of common characters only.
                name = name if weakly_named(name.name) else None
        if name is not None and _rare_after_descriptor(name.name, m.group()):
            continue  # 村民通行: after 村民 or 市民, a rare surname is more often a word
        if name is None or name.start in taken:
            continue
        if m.group() in DENG_PERSONS and not _list_goes_on(s, name.end, known):
            continue  # 公司领导李金龙、赵清 lists leaders; 领导能力, 领导包片区、 are words
        mod = modifier_before(s, m.start())
        posts, chain_start = _chain(s, m.start() - len(mod), mod + m.group())
        if name.how == "guess" and _named_post(posts) and name.name[0] in lex.surnames_common:
            # 衢江区委书记朱建华一语道破: a post with its organisation, then a common
            # surname: most likely a name, though no known word ends it.
            name = NameMatch(name.name, name.start, name.end, GUESS_AFTER_POST, "guess-after-post")
        elif (
            name.how == "guess"
            and lex.titles[m.group()].kind == "descriptor"
            and weakly_named(name.name)
        ):
            # 乡贤徐应英回到全旺镇: a word that only ever introduces a person.
            name = NameMatch(
                name.name, name.start, name.end, GUESS_AFTER_DESCRIPTOR, "guess-after-descriptor"
            )
        found.append(
            FoundPerson(name, tuple(posts), "post.chain", (chain_start, name.end), name.confidence)
        )
        taken.update(range(name.start, name.end))
        pos = name.end
        # Further names sharing the posts: 区领导张三、李四、王五出席.
        end = name.end
        listed = 0  # …and the last of a 、-list after 及 or 和: 市领导郭林将、王子平及周吉云
        while True:
            # Spaces may pad the 、 of a list typed by hand (朱韶伟、 徐军、 张晨 、杨剑舒).
            joint = _skip_spaces(s, end)
            if (
                s[joint : joint + 1] == "("
                and (close := s.find(")", joint, joint + BRACKET_POST_REACH)) > 0
                and title_re.search(s, joint + 1, close)
            ):
                # 郭峰(县委副书记)、周晓燕: an item's own post in brackets; the list goes on.
                joint = _skip_spaces(s, close + 1)
            elif note := PERSON_NOTE.match(s, joint):
                joint = note.end()
            if not (
                s[joint : joint + 1] == "、" or (listed and s[joint : joint + 1] in ("及", "和"))
            ):
                break
            item = _skip_spaces(s, joint + 1)
            nxt = name_after(s, item, known)
            # The next item is a name only when a strong boundary ends it (a new title
            # after it means a new chain: 区长张三、副区长李四).
            if nxt is None or nxt.start != item or nxt.confidence < 0.9:
                nxt = _whole_list_item(s, item)
            elif (
                (whole := _whole_list_item(s, item)) is not None
                and whole.end == nxt.end + 1
                and s[whole.end : whole.end + 1] == "、"
            ):
                # 刘志刚、冯细就、黄建华: a middle item is the name, though 就 ends words
                # (but 县领导王强、李明说,…: the last item's 说 is a verb).
                nxt = whole
            if nxt is None and listed and (skip := _unread_item(s, item)):
                # 区领导程某、陈某、镇权、刘某…: an item the name rules cannot read, between
                # names, is skipped; the list goes on after it.
                end = pos = skip
                continue
            if nxt is None:
                break
            if _post_follows(s, nxt.end, title_re, known):
                break  # 副总经理韩兴争、项目工作专班推进办主任马伟民: a body, then its post
            if (t := title_re.match(s, item)) and t.end() > nxt.end:
                break  # 书记武会民、党委副书记、镇长张伟中: the item is a title, not a name
            found.append(FoundPerson(nxt, tuple(posts), "post.chain-list", (item, nxt.end), 0.75))
            taken.update(range(nxt.start, nxt.end))
            end = pos = nxt.end
            listed += 1

    # post.appointment: 任命陈思远为衢江区经济和信息化局局长; the appointments listed after
    # it in the sentence go on without the verb (选举A为镇长、B为副镇长, C、D为副镇长).
    for m in APPOINT.finditer(s):
        at = m.end()
        # 任命县委副书记纪道清同志为…: the appointee, found with the posts held, gains one.
        holder = next(
            (
                f
                for f in found
                if f.span[0] <= at < f.name.start <= at + POSTS_CLAUSE_MAX
                and not any(c in SEGMENT_STOP for c in s[at : f.name.start])
            ),
            None,
        )
        if holder is not None:
            at = holder.name.start
        previous: FoundPost | None = None
        while (appointed := _appointed(s, at, lex.title_regex())) is not None:
            names, stop, inner, title = appointed
            posts_found, _ = _chain(inner, title.start(), title.group())
            # 选举A为市人大常委会主任,B、C为副主任: a deputy's post with no body is in the
            # body of the post named before it.
            if previous is not None and previous.org is not None:
                posts_found = [
                    replace(p, org=previous.org)
                    if p.org is None and base_title(p.role) == base_title(previous.role)
                    else p
                    for p in posts_found
                ]
            previous = posts_found[-1] if posts_found else None
            extends = holder is not None and names == [(holder.name.start, holder.name.end)]
            if extends:
                k = found.index(holder)
                found[k] = replace(holder, posts=holder.posts + tuple(posts_found))
            elif any(a in taken for a, _ in names):
                break
            holder = None
            for a, b in names if not extends else ():
                nm = NameMatch(s[a:b], a, b, 0.85, "appointment")
                found.append(
                    FoundPerson(nm, tuple(posts_found), "post.appointment", (m.start(), stop), 0.85)
                )
                taken.update(range(a, b))
            if s[stop : stop + 1] not in APPOINTMENT_JOINERS:
                break
            at = stop + 1

    # post.dismissed: 免去汤志远的县人大常委会办公室副主任职务,林剑英的…职务 — the posts
    # held until the dismissal; the dismissals listed after go on without the verb.
    for m in DISMISS.finditer(s):
        at = m.end()
        while (held := _dismissed(s, at, lex.title_regex())) is not None:
            (a, b), stop, inner, title = held
            if a in taken:
                break
            posts_found, _ = _chain(inner, title.start(), title.group())
            nm = NameMatch(s[a:b], a, b, 0.85, "dismissed")
            found.append(
                FoundPerson(nm, tuple(posts_found), "post.dismissed", (m.start(), stop), 0.85)
            )
            taken.update(range(a, b))
            if s[stop + len(OFFICE) : stop + len(OFFICE) + 1] not in APPOINTMENT_JOINERS:
                break
            at = stop + len(OFFICE) + 1

    # post.held: 周水忠之前任贺村镇党委副书记、镇长时 — a name, then 任 and its posts.
    held_cue = "任" in s or "当选" in s or "辞去" in s
    for m in HELD.finditer(s) if held_cue else ():  # re can't skip ahead
        if s.startswith(lex.not_held, m.end() - 1):
            continue  # 任务, 任何, 任命 (an appointment, above) …
        if s.startswith(PROPOSED, m.start() - len(PROPOSED)):
            continue  # 高屹拟任设区市党委书记: a post proposed, not held
        # The name may already be found with a post before it: 市委书记陈新挂任村党支部
        # “第一书记” adds a second post to that person.
        earlier = next((f for f in found if f.name.end == m.start()), None)
        name = earlier.name if earlier else name_before(s, m.start())
        if name is None or name.confidence < 0.85:
            continue
        if name.start in taken and earlier is None:
            continue
        stop = _segment_end(s, m.end())
        inner = s[m.end() : stop]
        quoted = QUOTED_TITLE.match(s, stop)
        if quoted and lex.titles.get(quoted.group(1)):
            holder = name_after(s, quoted.end())
            if holder is not None and not inner:
                continue  # 东阳光现任“掌门人”张寓帅: the name after the title holds it
            inner += quoted.group(1)  # 担任村党支部“第一书记”: a title in quotes
        # 当选为村党支部书记同时兼任村委会主任: a second chain of posts after 同时兼任.
        again = HELD_AGAIN.search(inner)
        starts = [0, again.end()] if again else [0]
        ends = [again.start(), len(inner)] if again else [len(inner)]
        chains = [_held_chain(inner[a:b]) for a, b in zip(starts, ends, strict=True)]
        if any(chain is None for chain in chains):
            continue
        posts_found = [post for chain in chains if chain for post in chain[0]]
        last_end = starts[-1] + (chains[-1][1] if chains[-1] else 0)
        if "分别" in m.group():
            # 张某、陈某分别当选为人大主席和副主席: the names and the posts, paired in order.
            if earlier is None:
                _respective_posts(s, name, inner, m.end(), found, taken)
            continue
        if posts_found and earlier is not None:
            more = tuple(p for p in posts_found if p not in earlier.posts)
            found[found.index(earlier)] = replace(earlier, posts=earlier.posts + more)
        elif posts_found:
            span = (name.start, m.end() + last_end)
            found.append(FoundPerson(name, tuple(posts_found), "post.held", span, 0.85))
            taken.update(range(name.start, name.end))
            # 王某、肖某当选…委员: the names listed before share the posts.
            for item in _names_listed_before(s, name.start):
                if item.start not in taken:
                    found.append(FoundPerson(item, tuple(posts_found), "post.held", span, 0.8))
                    taken.update(range(item.start, item.end))

    # post.name-first: 五洲纸业公司的赵磊总经理告诉记者 — a name, its title, a speech verb.
    # Only with the verb right after the title and a clear left edge (的 or punctuation):
    # elsewhere a name before a title is the last word of something else.
    for m in _not_overlapping(titles):
        # 受集团郭文叁董事长的委托: what the person asked, after the title, counts as a verb.
        verb = (
            NAME_FIRST_VERB.match(s, m.end()) is not None
            or s.startswith(BEHEST, m.end())
            or s.startswith(LEADING, m.end())
            or _name_first_pair(s, m.end(), titles)
        )
        # 祥生集团陈国祥董事长、周伟刚董事…等领导出席: a list of such items, then who came.
        listed = not verb and NAME_FIRST_LIST_CLOSE.match(s, m.end()) is not None
        if not verb and not listed and s[m.end() : m.end() + 1] not in (",", "、", ":"):
            continue
        # 在叶美峰书记的带领下, 以叶美峰书记为班长: 在 and 以 open such a phrase.
        led = s.startswith(BEHEST + LEADING, m.end())
        name = _name_before_title(s, m.start(), "在以" if led else "")
        if name is None:
            continue
        after_leaders = s[name.start - 2 : name.start] == "领导"
        # 徐亿雄委员: — a letter's salutation (or a speaker's label) opening the sentence.
        # (…浏览次数:毛正浩委员:您在…: after a page's line ending in a colon, too)
        salutation = (name.start == 0 or s[name.start - 1] == ":") and s[
            m.end() : m.end() + 1
        ] == ":"
        if not verb and not after_leaders and not salutation and not listed:
            continue  # 市委领导徐文光书记, …: a list of leaders may end a name with a comma
        if listed and not verb and not _holder_named(name.name):
            continue  # 区委副书记、…等出席: a body's name before its title, no person
        overlap = [f for f in found if f.name.start < name.end and name.start < f.name.end]
        if any(not f.name.how.startswith("guess") for f in overlap):
            continue
        for f in overlap:  # 工作人员向徐文光书记一行: a guessed 向徐文 gives way
            found.remove(f)
        left = s[name.start - 1 : name.start]
        org_end = name.start - (2 if after_leaders else 1 if left == "的" else 0)
        if left == "、":
            # 易炼红书记、王浩省长: the posts before the 、 are the first person's.
            chain_text, org_end = m.group(), 0
        else:
            chain_text = s[:org_end] + m.group()
        posts_found, _ = _chain(chain_text, org_end, m.group())
        if posts_found and lex.title(m.group()).kind == "post":
            span = (name.start, m.end())
            found.append(FoundPerson(name, tuple(posts_found), "post.name-first", span, 0.8))
            taken.update(range(name.start, name.end))

    # post.name-first-list: 黄勇部长,王洪涛、陈畴镛委员,…等参加 — names, then the title
    # they share, a whole clause of its own (or a verb for all of them).
    for m in _not_overlapping(titles):
        if m.start() in taken or lex.title(m.group()).kind != "post":
            continue
        # 贺小丰、潘颖委员分别作了发言: two or more names, then a verb they share.
        acting = s.startswith("分别", m.end()) or NAME_FIRST_VERB.match(s, m.end()) is not None
        if s[m.end() : m.end() + 1] not in NAME_FIRST_LIST_ENDS and not acting:
            continue
        clause_start = max(s.rfind(mark, 0, m.start()) for mark in CLAUSE_EDGES) + 1
        items = s[clause_start : m.start()].split("、")
        if len(items) < 2 and s[m.end() : m.end() + 1] not in NAME_FIRST_LIST_ENDS:
            continue  # one name before a title and a verb is post.name-first's
        if not all(valid_list_name(item) and item[-1] not in PLACE_ENDS for item in items):
            continue  # (戴南镇镇长: a town's name before its title)
        post = FoundPost(m.group(), None, False)
        _add_listed(items, clause_start, m.end(), post, "name-first-list", found, taken)

    # post.listed-with-group: 黄锦朝、陶诚华及有关市领导出席 — names, then 及 and the
    # group they belong to with the others.
    for m in _not_overlapping(titles) if "领导" in s else ():
        joined = GROUP_JOINED.search(s, max(0, m.start() - 4), m.start())
        if joined is None or joined.end() != m.start() or lex.title(m.group()).kind != "group":
            continue
        clause_start = max(s.rfind(mark, 0, joined.start()) for mark in CLAUSE_EDGES) + 1
        items = s[clause_start : joined.start()].split("、")
        if not all(valid_list_name(item) for item in items):
            continue
        post = FoundPost(m.group(), None, True)
        _add_listed(items, clause_start, m.end(), post, "listed-with-group", found, taken)

    # post.deputy-first: 俞小军代表说, 雷樟荣代表是…: a deputy to a congress, named before
    # the word and then speaking (a firm's 代表 is named after it: 企业代表王某说).
    for m in DEPUTY_AFTER_NAME.finditer(s) if "代表" in s else ():
        name = _name_before_title(s, m.start())
        if name is None or any(i in taken for i in range(name.start, name.end)):
            continue
        if name.name not in known and not weakly_named(name.name):
            continue  # 家长代表说, 商户代表说: those a group sent, no name
        posts_found = (FoundPost("代表", None, False),)
        span = (name.start, m.end())
        found.append(FoundPerson(name, posts_found, "post.deputy-first", span, 0.8))
        taken.update(range(name.start, name.end))

    # person.age: 今年23岁的雷利婷是…, 出生于1990年的金怡宏 — an age introduces a person.
    for m in AGE_BEFORE.finditer(s) if "岁的" in s or "出生" in s else ():
        name = name_after(s, m.end(), known)
        if name is None or name.start in taken or name.name[0] not in lex.surnames_common:
            continue  # 60岁的老人: a rare surname after an age is more often a word
        if name.how == "guess":
            if not weakly_named(name.name):
                continue
            name = NameMatch(name.name, name.start, name.end, GUESS_AFTER_DESCRIPTOR, "age")
        found.append(FoundPerson(name, (), "person.age", (m.start(), name.end), name.confidence))
        taken.update(range(name.start, name.end))

    # post.leader: 习近平总书记 — national leaders, written name first (graph/data/leaders.tsv).
    for m in _leader_re().finditer(s):
        if m.start() in taken:
            continue
        name, title = m.group(1), lex.leaders[m.group(1)]
        said = s.startswith(title, m.end(1))
        nm = NameMatch(name, m.start(), m.end(1), LEADER_CONFIDENCE, "leader")
        if not said and DOCTRINE.match(s, m.end(1)):
            continue  # 习近平新时代中国特色社会主义思想: a doctrine's name, not the person
        found.append(
            FoundPerson(
                nm,
                (FoundPost(title, None, False),) if said else (),
                "post.leader" if said else "person.leader",
                (m.start(), m.end(1) + (len(title) if said else 0)),
                LEADER_CONFIDENCE,
            )
        )
        taken.update(range(m.start(), m.end(1)))

    # post.bracket: 王芳(区妇联主席)介绍
    for m in BRACKET.finditer(s):
        inner = m.group(1)
        if inner == "音译":
            # 来自哥伦比亚的雷波(音译): a foreign name, transliterated, back to 的 or a stop.
            a = m.start()
            while a > 0 and is_cjk(s[a - 1]) and s[a - 1] != "的" and m.start() - a < 6:
                a -= 1
            if 2 <= m.start() - a <= 5 and a not in taken:
                nm = NameMatch(s[a : m.start()], a, m.start(), 0.85, "transliterated")
                found.append(FoundPerson(nm, (), "person.transliterated", (a, m.end()), 0.85))
                taken.update(range(a, m.start()))
            continue
        title = title_at_end(inner)
        if not title:
            continue
        posts, _ = _chain(inner, len(inner) - len(title), title)
        # 县领导马昭才、郭峰(县委副书记)、周晓燕: a name after a title keeps its post in brackets.
        listed = next(
            (f for f in found if f.name.end == m.start() and f.rule.startswith("post.chain")), None
        )
        if listed is not None:
            more = tuple(p for p in posts if p not in listed.posts)
            found[found.index(listed)] = replace(listed, posts=listed.posts + more)
            continue
        name = name_before(s, m.start())
        if name is None or name.start in taken:
            continue
        found.append(
            FoundPerson(name, tuple(posts), "post.bracket", (name.start, m.end()), name.confidence)
        )
        taken.update(range(name.start, name.end))

    # person.comrade: 听取了裴马年同志代表镇人民政府所作的报告 — a name before 同志, its
    # left edge clear (a mark, or a verb done to a comrade's report).
    for m in re.finditer(COMRADE, s) if COMRADE in s else ():
        if any(f.name.end == m.start() for f in found):
            continue
        name = name_before(s, m.start())
        if (
            name is None
            or name.confidence < 0.85
            or taken.intersection(range(name.start, name.end))
        ):
            continue
        if not weakly_named(name.name) or name.name in lex.leaders:
            continue  # 这位同志: no name; 以习近平同志为核心: a set phrase (see LEADER_CONFIDENCE)
        found.append(FoundPerson(name, (), "person.comrade", (name.start, m.end()), 0.8))
        taken.update(range(name.start, name.end))

    # person.named: 詹大姐名叫詹萍, — a person introduced by name.
    for m in NAMED_AS.finditer(s) if "叫" in s else ():
        name = name_after(s, m.end(), known)
        if name is None or name.start in taken or name.confidence < TITLE_BOUNDARY:
            continue
        found.append(FoundPerson(name, (), "person.named", (m.start(), name.end), 0.8))
        taken.update(range(name.start, name.end))

    # person.of-place: 仁堂桥村的邵金寿拿着扫把 — a villager, named after the village.
    for m in OF_PLACE.finditer(s) if "的" in s else ():
        name = name_after(s, m.end(), known)
        if name is None or name.start in taken or name.confidence < 0.9:
            continue
        if not (name.name in known or weakly_named(name.name)):
            continue
        if name.name not in known and name.name[-1] in PLACE_NAME_ENDS:
            continue  # 上方镇的毛家山: a hamlet of the town
        name = NameMatch(name.name, name.start, name.end, GUESS_AFTER_DESCRIPTOR, "of-place")
        found.append(FoundPerson(name, (), "person.of-place", (m.start(), name.end), 0.6))
        taken.update(range(name.start, name.end))

    # person.clause-subject: 蒋立新宣布项目开工，余文涛致辞 — a bare name opening a clause,
    # followed by a speech or ceremony verb. No post is stated.
    for m in CLAUSE_SUBJECT.finditer(s) if SUBJECT_VERB.search(s) else ():  # re can't skip ahead
        a = m.start(1)
        if a in taken or any(f.name.start <= a < f.name.end for f in found):
            continue
        item = m.group(1)
        if item in known or valid_list_name(item):
            nm = NameMatch(item, a, a + len(item), 0.6, "clause-subject")
            found.append(FoundPerson(nm, (), "person.clause-subject", (a, nm.end), 0.6))
            taken.update(range(a, nm.end))

    # person.after-body: 浙江仙鹤特种纸有限公司设备部张诚介绍 — a name right after a
    # body's name, then a speech verb (or 等领导): the body's person, of no post stated.
    for m in AFTER_BODY.finditer(s) if SUBJECT_VERB.search(s) or "等领导" in s else ():
        a = m.start(1)
        item = m.group(1)
        if a in taken or any(f.name.start <= a < f.name.end for f in found):
            continue
        if (item in known or weakly_named(item)) and title_at_end(s[:a]) is None:
            nm = NameMatch(item, a, a + len(item), 0.6, "after-body")
            found.append(FoundPerson(nm, (), "person.after-body", (m.start(), nm.end), 0.6))
            taken.update(range(a, nm.end))

    # person.representative: 青年企业家代表徐甲说 — a name after a group's 代表 (which is
    # no post of its own) or a delegation (第五代表团的吴凌冰说), then a speech verb.
    # 来自企业界的代表黄友良、范叔沙认为: several names, then the verb.
    for m in REPRESENTATIVE.finditer(s) if "代表" in s else ():
        names: list[NameMatch] = []
        at = m.end()
        while (name := name_after(s, at, known, allow_rare=False)) is not None and (
            name.start == at and name.confidence >= 0.9
        ):
            names.append(name)
            if s[name.end : name.end + 1] != "、":
                break
            at = name.end + 1
        if (
            not names
            or not s.startswith(REPRESENTATIVE_VERBS, names[-1].end)
            or any(i in taken for i in range(names[0].start, names[-1].end))
        ):
            continue
        # A bare 代表 opening a clause (代表王建军提出): a deputy to a congress, whose body
        # the congress named before it gives (代表团的吴凌冰, 企业家代表徐甲: no post).
        deputy = m.group() == "代表" and (
            m.start() == 0 or s[m.start() - 1] in CLAUSE_OPENERS + ","
        )
        posts = (FoundPost("代表", None, False),) if deputy else ()
        rule = "post.bare-deputy" if deputy else "person.representative"
        for name in names:
            found.append(FoundPerson(name, posts, rule, (m.start(), name.end), 0.7))
        taken.update(range(names[0].start, names[-1].end))

    # person.attending: 徐益海、周仲伟参加。 — bare names closing the sentence with 参加.
    if ATTENDING_VERB.search(s) and (m := ATTENDING.search(s)) and m.start(1) not in taken:
        items = _attending_items(m.group(1), known)
        if all(item in known or valid_list_name(item) for item in items):
            a = m.start(1)
            for item in items:
                if not any(f.name.start <= a < f.name.end for f in found):
                    nm = NameMatch(item, a, a + len(item), 0.6, "attending")
                    found.append(FoundPerson(nm, (), "person.attending", (a, nm.end), 0.6))
                    taken.update(range(a, nm.end))
                a += len(item) + 1

    # person.seated-list: 在主席台就座的还有陈某、何某、俞某 — the names after the cue.
    for m in SEATED.finditer(s) if "有" in s else ():
        i = m.end()
        while True:
            nm = name_after(s, i, known)
            if (nm is None or nm.start != i or nm.confidence < 0.9) and i > m.end():
                nm = _whole_list_item(s, i)  # the first name needs a strong boundary
            elif nm is not None and (nm.start != i or nm.confidence < 0.9):
                nm = None  # 就座的还有农业、林业部门负责人: no name opens the list
            if nm is None or nm.start in taken:
                break
            found.append(FoundPerson(nm, (), "person.seated-list", (m.start(), nm.end), 0.75))
            taken.update(range(nm.start, nm.end))
            if s[nm.end : nm.end + 1] != "、":
                break
            i = nm.end + 1

    # …and named before it: 石某、郑某、吴某在主席台就座 (every item a name, two or more).
    for m in SEATED_BEFORE.finditer(s) if "主席台" in s else ():
        names = _name_list_ending_at(s, m.start())
        for nm in names if len(names) >= 2 else ():
            if nm.start not in taken:
                span = (nm.start, m.start())
                found.append(FoundPerson(nm, (), "person.seated-list", span, 0.75))
                taken.update(range(nm.start, nm.end))

    # post.deng-group and person.deng-list: 周海、孙立、李娜等区领导参加
    for m in DENG.finditer(s):
        after = s[m.end() :]
        # 等在家的县处级领导: who of the group was there, before its title.
        q = DENG_QUALIFIER.match(after)
        after = after[len(q.group()) :] if q else after
        # 等其他大会主席团成员: the presidium of the session the article reports.
        session = OrgRef("大会") if q and "大会" in q.group() else None
        # 等婺源县四套班子在家领导: the qualifier may stand inside the title too.
        after = INNER_QUALIFIER.sub(r"\1", after, count=1)
        group_text = starts_with_any(after, _group_titles())
        if group_text in DENG_PERSONS:
            group_text = None  # 等领导出席: persons, of no body said (DENG_PERSONS)
        if group_text is None and (place := _place_at(after)):
            # 赵立明、叶建宏等萧山区相关领导, 等溧阳市四套班子领导: the group's place written
            # before its title; the title of its level (市领导, 市四套班子领导) when there is
            # one, not leaders of no body.
            group_text = starts_with_any(after[len(place) - 1 :], _group_titles()) or (
                starts_with_any(after[len(place) :], _group_titles())
            )
        if (
            group_text
            and after.startswith("班子", len(group_text))
            and not after.startswith("班子成员", len(group_text))
        ):
            group_text = None  # 刘晓飞、李涛等县级领导班子: the leading bodies, no post
        group = lex.titles[group_text] if group_text else None
        # 等(萧山区)相关领导: persons, with no post (the words name no body's leadership).
        bare = after.startswith(DENG_PERSONS) or (
            (place := _place_at(after)) is not None and after.startswith("相关领导", len(place))
        )
        deputies = DENG_DEPUTIES.match(after) if group is None else None
        of_bodies = group is None and _bodies_leaders(after)  # 等县委、县政府领导
        if group is None and not bare and deputies is None and not of_bodies:
            continue
        items: list[tuple[int, int]] = []
        k = m.start()
        while True:
            # An item is a person found with posts (县委副书记、县长张义金) or a bare name.
            with_posts = _whole_post_item(found, s, k)
            if with_posts is not None:
                items.append((with_posts.name.start, k))
                j = with_posts.span[0]
            else:
                j = _segment_start(s, k, "、")
                cut = _after_last(s, LIST_OPENERS, j, k)
                if cut > j and valid_list_name(s[cut:k]) and not valid_list_name(s[j:k]):
                    # 主任朱新及徐会东、何逢阳等…领导: the list opens after 及; what is
                    # before it is another person's.
                    items.append((cut, k))
                    break
                items.append((j, k))
            if j > 0 and s[j - 1] == "、":
                k = j - 1
                continue
            if (
                with_posts is None
                and s[j - 1 : j] == ","
                and valid_list_name(s[j:k], allow_rare=True)
                and (
                    _plainly_a_name(s[(before := _segment_start(s, j - 1)) : j - 1])
                    # a rare surname inside the list, not opening it (于兰山 after 许汝棣,)
                    or (s[before - 1 : before] == "," and _rarely_named(s[before : j - 1]))
                )
            ):
                # 张双翼,许汝棣,于兰山…等领导出席: names joined by commas are one list too.
                k = j - 1
                continue
            if (
                group is not None
                and with_posts is not None
                and j > 0
                and s[j - 1] == ","
                and _whole_post_item(found, s, j - 1) is not None
            ):
                # 区委常委、常务副区长廖小宁,副区长张妍等区领导: items of posts and a name,
                # joined by commas, are one list too.
                k = j - 1
                continue
            break
        named: list[FoundPerson] = []
        rare: list[FoundPerson] = []  # items with a rare surname (买勇)
        for a, b in items:
            item = s[a:b]
            prior = next((f for f in found if f.name.end == b), None)
            if prior is not None:
                named.append(prior)
            elif valid_list_name(item, allow_rare=True):
                nm = NameMatch(item, a, b, 0.7, "deng-list")
                named.append(FoundPerson(nm, (), "person.deng-list", (a, b), 0.7))
                if not valid_list_name(item):
                    rare.append(named[-1])
            else:
                break
        if rare and (len(named) < 3 or 2 * len(rare) > len(named)):
            # 赵莉、曲万涛、买勇、杨海龙等: a rare surname is read among names at least
            # half of which have common ones.
            named = named[: named.index(rare[0])]
        # 赖育民等十位代表: one deputy named, of a counted group.
        counted = m.group().rstrip("位名") != "等"
        one_of_counted = deputies is not None and counted and len(named) == 1
        if group is None and (len(named) < 2 and not one_of_counted or any(p.posts for p in named)):
            continue
        # 李文荣、李石松、赵正富等领导参加: bare names, then 领导 — leaders, of no body said.
        leaders = group is None and (after.startswith(LEADERS_PRESENT) or of_bodies)
        for p in named:
            if leaders or deputies:
                post = _deputies_post(deputies) if deputies else FoundPost("领导", None, True)
                led = FoundPerson(p.name, (post,), "post.deng-group", p.span, 0.75)
                if p in found:
                    found[found.index(p)] = led
                else:
                    found.append(led)
            elif group is not None:
                post = FoundPost(group.text, session, True)
                if p in found:
                    found[found.index(p)] = FoundPerson(
                        p.name, (*p.posts, post), p.rule, p.span, p.confidence
                    )
                else:
                    found.append(
                        FoundPerson(
                            p.name,
                            (post,),
                            "post.deng-group",
                            (p.span[0], m.end() + len(group.text)),
                            0.8,
                        )
                    )
            elif p not in found:
                found.append(p)

    # person.bare-list: 苟明利、王念桥、李林波、胡东辉、陈明胜就新开工项目… — three or more
    # names listed with no cue at all: each item a common surname and common name
    # characters, and no place among them.
    if "、" in s:
        starts = {f.name.start for f in found}
        found.extend(p for p in _bare_list_persons(s, known, taken) if p.name.start not in starts)

    # post.is: 出生于1990年的金怡宏,是浙江某某家居有限公司董事长助理 — a person found
    # above, then 是 and a post ending the clause.
    for k, f in enumerate(found):
        m = IS_POST.match(s, f.name.end)
        if m is None:
            continue
        inner = s[m.end() : _segment_end(s, m.end())]
        last = title_at_end(inner)
        if last is None or len(inner) > 30:
            continue
        posts_found, _ = _chain(inner, len(inner) - len(last), last)
        more = tuple(p for p in posts_found if p.org is not None and p not in f.posts)
        if more:
            found[k] = replace(f, posts=f.posts + more)
    return found
