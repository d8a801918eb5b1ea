"""Bylines: (记者 赵敏 通讯员 孙平), 文/洪纲 图/邵秀清, 记者 李某 报道 — credits, not posts.

Shapes seen in real pages besides those: 作者:甲 乙 责任编辑:丙 on the page's metadata
line; 来源:某网 记者 甲 乙; labels glued to the text before them (来源:衢江发布作者:甲关键词:…);
markers glued to the names (记者王某报道组李某通讯员张某); a label on one line and its
names on the next (作者:\\n记者 甲); team bylines (三衢客户端报道组 甲, 共享联盟龙游站 甲).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice

from graph.extract.names import surname_at, weakly_named
from graph.extract.orgs import is_org_like, is_place
from graph.extract.text import is_cjk, not_names, title_at_end, title_at_start
from graph.lexicon import lexicon, word_branches, word_pattern
from graph.normalise import (
    CLOSING_CREDIT_MARK,
    GLUED_SHOT_MARK,
    PAGE_ADDRESS,
    TIME_STAMP,
    is_page_meta,
)

# Markers that are ordinary words in prose (文, 图, 摄) need a slash or colon after them.
LOOSE = {"文", "图", "摄", "文字", "图片", "视频", "编辑", "审核", "校对", "签发", "监制", "编审"}
# …of which these open lines of prose too (图片 来自网络); the others open a staff line.
WORDS_IN_PROSE = {"文", "图", "摄", "文字", "图片", "视频"}
NAME_END = ("浙江报道", "衢州报道", "报道", "摄影", "摄")  # 周垚浙江报道: a dateline's place
# An outlet's dateline before its byline: 中国发展网讯 记者沈贞海 通讯员周垚浙江报道, 本报讯
# 记者陈绍鹏 徐芸报道.
# Any outlet's 讯 (昆明信息港讯 记者…), or one glued to the marker (…2月25日讯记者,
# 【香港商报网讯】实习记者…).
DATELINE = re.compile(r"[\u4e00-\u9fff\d]讯[ \t】]|[网报日]讯$")
# 作者:驻萧山记者 方亮: a reporter stationed in a place.
STATIONED = re.compile(r"(?:^|(?<=[\s(:]))驻[\u4e00-\u9fff]{1,5}\Z", re.M)
SPACED_NAME = re.compile(r"[\u4e00-\u9fff] ([\u4e00-\u9fff])(?![^\s、,()])")
# …not the first of two spaced two-character names (记者 赵 晨 王 蓉).
SPACED_NAME3 = re.compile(
    r"[\u4e00-\u9fff] ([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?![^\s、,;()])"
    r"(?! [\u4e00-\u9fff](?![^\s、,;()]))"
)
BYLINE_GAP = re.compile(r"[\s、,?]*")
SHORT_END = ("文", "图")  # 洪纲文: only after a full three-character name
# Markers of one part of the work (text, photos, drawings), not of a role such as 记者.
PART_MARKS = ("文", "图", "摄", "绘")
# Team bylines: a desk or a partner station, then its members' names.
TEAM_DESKS = ("报道组", "融媒体中心", "新闻信息中心")  # 区新闻信息中心 冯成 张文术
TEAM = (
    r"[\u4e00-\u9fff]{0,10}?(?:" + "|".join(TEAM_DESKS) + ")"
    r"|[\u4e00-\u9fff]{0,6}?共享联盟[·\u4e00-\u9fff]{1,6}站?"
)
TEAM_RE = re.compile(TEAM)
# A 报道组's or a 共享联盟 station's members report for it: readers credit them as
# correspondents; a media centre's (兰溪融媒体中心 徐正达) are its reporters.
REPORTED = "报道"  # closing a line of names: they reported it
TEAM_CREDIT = "通讯员"
DESK_CREDIT = "记者"
# Page labels that end a byline when glued to the last name (作者:葛继锐关键词:…).
PAGE_LABELS = ("关键词", "字号", "来源", "发布时间", "发布", "时间", "浏览", "点击", "阅读", "分享")
LABELS_OPENING = ("信息来源", "文章来源", "稿件来源", *PAGE_LABELS)
NON_BLANK_LINE = re.compile(r"[^\n]+")
BYLINE_WORD = re.compile(r"[^\s、]+")
SPACED_NAMES = re.compile(
    r"[\u4e00-\u9fff] [\u4e00-\u9fff](?:  ?[\u4e00-\u9fff] [\u4e00-\u9fff]){0,2}"
)
TRAILING_BYLINE = re.compile(
    r"[。!?”][ \t]*\(?([\u4e00-\u9fff]{2,4}(?:(?: +|、)[\u4e00-\u9fff]{2,4}){0,3})\)?\s*\Z"
)
TRAILING_SIGNED_WITH_BODY = re.compile(
    r"[。!?”][ \t]*\(([\u4e00-\u9fff]{2,10})[ \t]+([\u4e00-\u9fff]{2,4})\)\s*\Z"
)
PRINT_EDITION = re.compile(
    r"《\s*[^》]{1,12}》\s*\(?\s*\d{4}年\d{1,2}月\d{1,2}日\s*第\s*\d+\s*版\s*\)?\s*$"
)
# Signature marks of print pages: ■ 葛锦熙, □本报记者 杨怡.
BULLETS = "■□●◆▲"
BULLET_BYLINE = re.compile(
    rf"[{BULLETS}][ \t]*([\u4e00-\u9fff]{{2,4}}(?:[ \t]+[\u4e00-\u9fff]{{2,4}}){{0,3}})"
)
NAME_THEN_MARKER = re.compile(
    r"(?:^|(?<=[。!?”]))[ \t]*([\u4e00-\u9fff]{2,4})"
    + CLOSING_CREDIT_MARK
    # (刘心怡/文 龙游县委统战部/供图): in brackets, with more credits after it.
    + r"|(?<=\()([\u4e00-\u9fff]{2,4})/(绘|摄|图|文)(?=[ \t)])",
    re.M,
)
# …参加上述活动。康昌荣 雷伟 李旭东 粟维辉/文: names spaced apart, then one marker for all,
# ending the line.
NAMES_THEN_MARKER = re.compile(
    r"(?:^|(?<=[。!?”]))[ \t]*((?:[\u4e00-\u9fff]{2,4}[ \t]+){1,5}[\u4e00-\u9fff]{2,4})"
    r"/(绘|摄|图|文)[ \t]*$",
    re.M,
)
# (邱某 文 沈某梅 图): in brackets, each name with its marker after it, spaced.
SPACED_MARKS = re.compile(r"\(((?:[\u4e00-\u9fff]{2,4}[ \t]+(?:文|图|摄|摄影)[ \t]*){1,4})\)")
# (张群艺 林智雄 文/图): names in brackets, then the markers they share.
NAMES_SHARED_MARKS = re.compile(
    r"\(((?:[\u4e00-\u9fff]{2,4}[ \t]+){1,4})(文|图|摄)(?:/(文|图|摄))?\)"
)
NAME_SPACE_MARK = re.compile(r"([\u4e00-\u9fff]{2,4})[ \t]+(文|图|摄|摄影)")
# A signature under the headline: the author's post, then the name (金华市委常委、武义县委书记 钟关华).
# A print page spaces a two-character name (苏溪镇党委书记 程 亮).
SIGNATURE = re.compile(
    r"[ \t]*([^\s,。:]{2,30})[ \t]+([\u4e00-\u9fff] [\u4e00-\u9fff]|[\u4e00-\u9fff]{2,4})[ \t]*"
)
# 沈潇 摄 潘鑫 视频: a name, then the marker of its part, after a byline's first name.
NAME_THEN_MARK = re.compile(
    r"[ \t]+([\u4e00-\u9fff]{2,4})[ \t]+(文|图|摄|视频|摄影)(?=[ \t]|$)", re.M
)
NAMES_THEN_SHOT = re.compile(
    r"^(.*?[ \t])((?:[\u4e00-\u9fff]{2,3}[ \t]+){1,3})(摄影|摄)[ \t]*$", re.M
)
SPACED_WORD_BEFORE = re.compile(r"(?:^|(?<=[ \t]))([\u4e00-\u9fff]{2,4})[ \t]+\Z")
SLASH_MARK_AFTER = re.compile(r"/(文|图|摄|绘)(?=[\s)]|$)")
NAME_SLASH_MARK = re.compile(r"(?:^|(?<=[\s(]))([\u4e00-\u9fff]{2,4})/(文|图|摄|绘)(?=[\s)]|$)")
# A page's closing lines: the article's first headline, its source, the time it was posted.
PAGE_TAIL = ("原标题", "原题", "本文来源", "本文由", "关键词", "关键字")
# A page's copyright line after the article: 邢台网所有自采新闻…未经允许不得转载.
COPYRIGHT = re.compile(
    r"未经.{0,12}(?:许可|允许|授权).{0,6}转载|转载请注明|版权所有|版权归|侵权请|如有侵权"
    r"|所有自采新闻|独家授权"
)
STAMP_LINE = re.compile(r"[\d\s.:/\-年月日]+")  # 28.09.2015 19:43: when a page was posted
GLUED_PHOTO = re.compile(r"(?:^|(?<=[。!?”]))[ \t]*([\u4e00-\u9fff]{2,3})摄影[ \t]*$", re.M)
GLUED_CHART = re.compile(r"(?:^|(?<=[。!?”]))[ \t]*([\u4e00-\u9fff]{2,3})制图[ \t]*$", re.M)
# …开工奠基。黄津摄: glued to 摄 after a caption's full stop, at the line's end.
GLUED_SHOT = re.compile(GLUED_SHOT_MARK, re.M)
# A caption, then its photographer spaced before 摄 at the line's end: 大会现场 张某 摄,
# 与会人员参观凯利源现代农业示范园 张延林 摄 (no comma or full stop: a caption, no prose),
# 中国白茶城 叶维荣摄 (glued: but 拍摄 is no name's end).
SPACED_SHOT = re.compile(r"^[^\s。,]{2,30}[ \t]+([\u4e00-\u9fff]{2,3})[ \t]*(?<!拍)摄[ \t]*$", re.M)
# A caption's photographer with a byline's marker: …政府工作报告。南海网记者 马寿青 摄.
# The marker's credit and a 摄影 one (annotators give one, the other or both).
# So is 本报记者 李及肃 摄影报道 (but readers credit 记者 张猛 文/图 as the reporter only).
MARKED_SHOT = re.compile(
    r"(?:^|(?<=[。!?”]))[ \t]*[\u4e00-\u9fff]{0,6}?(记者|通讯员)[ \t]+([\u4e00-\u9fff]{2,3})"
    r"[ \t]+(?:摄影报道|摄影|摄)[ \t]*$",
    re.M,
)
# A caption's photographer in brackets, glued to 摄 or spaced, after the outlet that
# carried the photo: …揭开面纱(张关春摄), 签约典礼现场(央广网发 曹燕妮 摄).
BRACKET_PHOTO = re.compile(r"\((?:[\u4e00-\u9fff]{1,8}发[ \t]+)?([\u4e00-\u9fff]{2,3})[ \t]*摄\)")
# A name signed with no marker (郑辉军 方宇杰 closing an article, …电 (赵斌)).
UNMARKED = ""  # (no marker: a label no credit can have)
SIGNED = "文"  # …and readers credit it as the writer's
# A name on the page's source line with no marker (来源: 丽水网 暴妮妮 马亚南) fills the
# page's author field: readers credit it as 作者.
UNMARKED_ON_PAGE = " "
PAGE_AUTHOR = "作者"
# 来源: 掌上衢州 方利军 傅云燕: the outlet, then the words after it to the line's end.
SOURCE_THEN_WORDS = re.compile(r"来源\s*:\s*\S+\s+([^:]+?)\s*$")
# Names in brackets; a byline when only spaces stand before them on their line, or a
# dateline's 电/讯 before them or 讯 after them (checked in find_credits: a pattern opening
# with those would be tried at every position).
DATELINE_LEAD = re.compile(r"(?:[讯电]|^)[ \t]*\([ \t]*([\u4e00-\u9fff]{2,4})[ \t]+", re.M)
BARE_BYLINE = re.compile(r"\(([\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4}){0,3})\)")


@dataclass(frozen=True)
class FoundCredit:
    name: str
    credit_as: str
    start: int
    end: int


@cache
def _marker_re() -> re.Pattern[str]:
    # Markers before teams: at one position 记者 wins over 记者王某报道组. A marker may
    # stand in brackets of its own: 【全媒体记者】蒋才虎 余佩.
    # 报道组 is found literally and its desk's name read backwards (a lazy prefix in the
    # pattern would be tried at every character of the text). The markers' trie is
    # written as branches that each open with a character, as the desks' do: re then
    # skips ahead to a possible first character (a group among them stops it).
    branches = [*word_branches(lexicon().credits), *TEAM_DESKS]
    alt = "|".join([*branches, r"共享联盟[·\u4e00-\u9fff]{1,6}?(?:站|(?=\s))"])
    return re.compile(rf"({alt})\s*([/:|】])?\s*", re.M)


@cache
def _glued_end_re() -> re.Pattern[str]:
    """What may follow a name glued to it: a marker, a team or a page label."""
    return re.compile(word_pattern({*lexicon().credits, *PAGE_LABELS, "报道组", "共享联盟"}))


def _marker(word: str) -> tuple[str, str] | None:
    """(credit as, kind) of a marker as written: 记者 → (记者, author); 县委报道组 → team."""
    lex = lexicon()
    if word in lex.credits:
        return lex.credits[word].credit_as, lex.credits[word].kind
    if TEAM_RE.fullmatch(word):
        correspondents = word.endswith("报道组") or "共享联盟" in word
        return TEAM_CREDIT if correspondents else DESK_CREDIT, "contributor"
    return None


def _names_marked_after(
    text: str, pos: int, line_end: int, kind: str, out: list[FoundCredit]
) -> int:
    """Read the names at text[pos] each followed by its own marker (沈潇 摄 潘鑫 视频);
    where they end."""
    while (m := NAME_THEN_MARK.match(text, pos, line_end)) and (
        _byline_name(m.group(1)) == m.group(1)
    ):
        if kind != "ignore":
            out.append(FoundCredit(m.group(1), _credit_as(m.group(2)), m.start(1), m.end(1)))
        pos = m.end()
    return pos


def _credit_as(marker: str) -> str:
    """The label a marker gives its credit (摄 → 摄影), the marker itself if unknown."""
    found = _marker(marker)
    return found[0] if found else marker


# Function words no given name holds (金华各 is a line cut off; but 李及肃, 徐颖之 are names).
NOT_IN_BYLINE_NAME = frozenset("各每该此的了们这那把被所就还又已说称您他她它")


def _byline_name(token: str, word_ok: bool = False) -> str | None:
    """The name a byline's token holds (洪纲文 → 洪纲), or None; `word_ok` takes one that is
    also a word (夏季) where only names stand around it."""
    for end in NAME_END:
        if token.endswith(end) and len(token) - len(end) >= 2:
            token = token[: -len(end)]
            break
    else:
        if token.endswith(SHORT_END) and len(token) >= 4:
            token = token[:-1]
    surname = surname_at(token, 0)
    if surname is None or not (len(surname) + 1 <= len(token) <= len(surname) + 2):
        return None
    if (token in not_names() and not word_ok) or not all(
        "\u4e00" <= ch <= "\u9fff" for ch in token
    ):
        return None
    if token in lexicon().credits:
        return None  # 通讯员 starts with a surname (通) but marks a credit
    if not NOT_IN_BYLINE_NAME.isdisjoint(token[len(surname) :]):
        return None  # 金华各 (a line cut off mid-sentence): a particle, no name
    if title_at_start(token[len(surname) :]):
        return None  # 代县长 谢剑锋 signing a report: a post, then the name
    if len(token) >= 3 and (is_org_like(token) or token.endswith(OUTLET_ENDS)):
        return None  # (经发局), 文成网 signing a page is a body or an outlet, not a person
    return token


def _gap_end(text: str, pos: int, line_end: int) -> int:
    """Where the spaces, 、 and lost characters (?) between two names in a byline end."""
    gap = BYLINE_GAP.match(text, pos, line_end)
    return gap.end() if gap else pos


def _two_names(word: str) -> tuple[tuple[int, str], tuple[int, str]] | None:
    """董新参王芷诺 → ((0, 董新参), (3, 王芷诺)): six characters that are two names; 肖乔曾露
    → ((0, 肖乔), (2, 曾露)): four that are two two-character names."""
    if len(word) not in (4, 6) or _split_glued(word) != word:
        return None  # 王海明通讯员: a name, then a marker
    half = len(word) // 2
    first, second = word[:half], word[half:]
    if _byline_name(first) == first and _byline_name(second) == second:
        return (0, first), (half, second)
    return None


def _split_glued(word: str) -> str:
    """记者王继红报道组余静轲 → the name part before the next marker or page label."""
    if word.startswith(LABELS_OPENING):
        return ""  # 信息来源:桃源政府网: a page's label, no name before it
    for k in (3, 2, 4):
        if _glued_end_re().match(word, k):
            return word[:k]
    return word


def _closed_marker(m: re.Match[str]) -> str:
    """记 者: → 记者 : (a marker typed with a space inside), when it is a marker."""
    word = m.group(1) + m.group(2)
    return word + " " if _marker(word) is not None else m.group(0)


def find_credits(text: str) -> list[FoundCredit]:
    """Credits in a whole normalised text (bylines sit on their own lines or in brackets)."""
    out: list[FoundCredit] = []
    if " " in text:
        text = SPACED_MARKER.sub(_closed_marker, text)  # same length: offsets hold
    if "\\" in text:
        text = text.replace("\\", "/")  # 文\图:何某, typed with the wrong slash
    search_from = 0
    joined_as: tuple[str, int] | None = None  # 文字/剪辑:宋越: the first part's label
    while (m := _marker_re().search(text, search_from)) is not None:
        search_from = m.end()
        marker, sep = m.group(1), m.group(2)
        start = m.start()
        if sep == "/" and (
            ((then := _marker_re().match(text, m.end())) and then.group(2) == ":")
            or TEAM_RE.match(text, m.end())
        ):
            # Two parts of the work joined, then their one name: the first names the credit;
            # 文/区委报道组 胡小飞: the part written, then the desk it was written for.
            if (first := _marker(marker)) is not None:
                joined_as = (first[0], m.end())
            continue
        if marker in TEAM_DESKS or marker.startswith("共享联盟"):
            # 三衢客户端报道组 / 县委报道组: the desk's name, unless a name (or marker)
            # glued before it belongs to the byline before (记者王某报道组).
            k = start
            while k > max(0, start - 10) and is_cjk(text[k - 1]):
                k -= 1
            if k < start and not _marker_re().match(text, k):
                start, marker = k, text[k : m.end(1)]
        credit = _marker(marker)
        if credit is None:
            continue
        credit_as, kind = credit
        if joined_as is not None and joined_as[1] == start and kind != "ignore":
            credit_as = joined_as[0]
        joined_as = None
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        in_brackets = any(b in text[line_start:start] for b in "(【「")
        # …蒋守洋 《 中国城市报 》( 2017年02月27日 第 29 版): a print page's edition closes
        # its byline line; the byline is still short.
        bare = PRINT_EDITION.sub("", line).strip()
        short_line = len(bare) <= 40 or is_page_meta(line.strip())
        before = text[start - 1 : start]
        # 作者:记者 甲; 2月25日讯记者 唐璐 (a dateline's 讯 glued to the marker).
        glued = bool(before) and before not in " \t\n(【「[/|:?。讯】" + BULLETS
        if before == "、" and (signed := _names_after_dateline(text, line_start, start - 1)):
            # 中国发展网讯 陈荣、记者沈贞海浙江报道: names signed before the marker.
            glued = False
            out.extend(c for c in signed if c.start not in {o.start for o in out})
        team = marker not in lexicon().credits
        spaced = m.end() > start + len(marker)
        if (
            glued
            # 记者张玉荣实习记者王中一: a marker glued to the name of a credit just read.
            and not (out and out[-1].end == start)
            and not (in_brackets and text[m.end() - 1 : m.end()] in " /:")
            and not (sep == ":" and marker not in LOOSE and short_line)
            and not (in_brackets and _glued_in_byline(text, line_start, start))
            and not ((in_brackets or short_line) and _outlet_before(text, line_start, start))
            # 本报记者 施力维 宁夏日报研修记者 姜璐: another outlet's reporter, next on the line.
            and not (
                short_line
                and out
                and out[-1].end >= line_start
                and _outlet_before(text, out[-1].end, start)
            )
            and not STATIONED.search(text, line_start, start)
        ):
            continue  # 对记者说, 江山市融媒体中心记者 … outside a byline
        if team and not (in_brackets or short_line):
            continue
        if (
            marker in LOOSE
            and not sep
            # (记者 陈珊珊 编辑 童晓): a marker among a bracket's credits, spaced from its name.
            and not (
                in_brackets and spaced and not glued and _glued_in_byline(text, line_start, start)
            )
            # (文 王小军 胡晨姝): the marker opening a bracket of names.
            and not (spaced and text[start - 1 : start] == "(")
            # 来源:东阳市融媒体中心 胡媛 图片 胡扬辉: the next part's marker after a name read.
            and not (
                spaced
                and out
                and 0 < start - out[-1].end <= 2
                and text[out[-1].end : start].isspace()
            )
            # 编辑 陈家浩  二审 黄廉捷: a page's staff line opening with the marker.
            and not (
                marker not in WORDS_IN_PROSE
                and spaced
                and short_line
                and not text[line_start:start].strip()
            )
        ):
            continue
        # 潮新闻客户端 记者 潘骏 阳光洒在…: a byline opening the paragraph, the text after.
        # …记者 唐璐 王文 通讯员 胡吉星: a marker right after a credit read goes on the byline.
        continues_byline = (
            bool(out) and out[-1].end <= start and not text[out[-1].end : start].strip()
        )
        dateline = DATELINE.search(text, line_start, start) is not None or continues_byline
        opens_line = (
            not text[line_start:start].strip()
            or _outlet_before(text, line_start, start)
            or dateline
        )
        if not sep and not (in_brackets or short_line or (opens_line and (spaced or dateline))):
            continue
        if not sep and not spaced and not in_brackets and not short_line and not dateline:
            continue
        pos = m.end()
        if pos == line_end and sep == ":":
            # 作者:\n记者 徐颖之 / 编辑:\n黄鑫: the names are on the next line.
            nxt = re.match(r"\n\s*", text[pos:])
            if nxt is None:
                continue
            pos += nxt.end()
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            if line_end - pos > 20:
                continue
        # Names: tokens separated by spaces or 、 until the next marker or the line's end.
        pos += len(re.match(r"\?*", text[pos:line_end]).group())  # 记者?姜?? (lost spaces)
        names_start = pos
        while pos < line_end:
            tok = re.match(r"[^\s、,;()\[\]【】/|:?]+", text[pos:line_end])
            if not tok:
                break
            word = tok.group()
            if _marker(word) is not None:
                if word in WORDS_IN_PROSE and out and out[-1].end < pos:
                    # 全媒体记者 章哲农 文 沈潇 摄 潘鑫 视频: each name after the first, then
                    # the marker of its own part.
                    after = _names_marked_after(text, pos + len(word), line_end, kind, out)
                    pos = after if after > pos + len(word) else pos
                break  # the next marker starts its own credit
            # (编审:罗 淮 蓉): a three-character name spaced out, else two (赵 晨).
            spaced_name = SPACED_NAME3.match(text, pos, line_end)
            three = word + "".join(spaced_name.groups()) if spaced_name else ""
            if not three or _byline_name(three) != three:
                spaced_name = SPACED_NAME.match(text, pos, line_end)
            if (
                spaced_name
                and _byline_name(joined := word + "".join(spaced_name.groups())) == joined
            ):
                # ■记者 赵 晨 摄影 记者 王 蓉: a print page spaces a two-character name.
                if kind != "ignore":
                    out.append(FoundCredit(joined, credit_as, pos, spaced_name.end()))
                pos = _gap_end(text, spaced_name.end(), line_end)
                continue
            if len(word) == 1:
                # 记者?姜??刘芸: a garbled fragment between names, not a name
                pos = _gap_end(text, pos + 1, line_end)
                continue
            name = _byline_name(word)
            glued_name = name is None
            if glued_name and in_brackets and (pair := _two_names(word)):
                # (记者王海明通讯员董新参王芷诺): two three-character names written together.
                if kind != "ignore":
                    out.extend(
                        FoundCredit(n, credit_as, pos + k, pos + k + len(n)) for k, n in pair
                    )
                pos += len(word)
                if (after_gap := _gap_end(text, pos, line_end)) == pos:
                    break
                pos = after_gap
                continue
            if glued_name:
                part = _split_glued(word)
                if part.endswith(OUTLET_ENDS) and _marker(word[len(part) :]) is not None:
                    break  # 作者: 商报记者 张云飞: an outlet glued to the next marker
                name = _byline_name(part)
            if name is None:
                gap = re.match(r"[ \t]+", text[pos + len(word) : line_end])
                if in_brackets and gap and len(word) <= 4 and all(is_cjk(c) for c in word):
                    # (记者 梦诗三悦 郑斌 通讯员 李彩华): a pen name the name rules do not
                    # take; the names after it still sign the article. (记者 夏季 魏为强):
                    # a name that is also a word signs it too.
                    if kind != "ignore" and _byline_name(word, word_ok=True) == word:
                        out.append(FoundCredit(word, credit_as, pos, pos + len(word)))
                    pos += len(word) + len(gap.group())
                    continue
                break
            # 作者:韦斌/文 黎有科/图: each name with its own marker after a slash.
            own = SLASH_MARK_AFTER.match(text, pos + len(word), line_end)
            if kind != "ignore":
                # The marker names the first name's part (记者 王某/文: 记者) unless it says
                # only 作者; the names after it go by their own marker.
                first = pos == names_start
                own_wins = own and not glued_name and (not first or credit_as == "作者")
                as_written = own.group(1) if own_wins else credit_as
                if not own and not first and out and SLASH_MARK_AFTER.match(text, out[-1].end):
                    # 记者 刘超荣/文 潘聪聪 郑国统/摄: after a name with its own marker, a
                    # bare name shares the marker of the name after it.
                    after = BYLINE_WORD.match(text, _gap_end(text, pos + len(word), line_end))
                    shared = SLASH_MARK_AFTER.search(after.group()) if after else None
                    as_written = shared.group(1) if shared else as_written
                out.append(FoundCredit(name, as_written, pos, pos + len(name)))
            if glued_name:
                search_from = pos + len(name)  # the rest is the next marker: search there
                break
            if (
                own
                and not own_wins
                and marker in PART_MARKS  # (文 甲/图 乙), not 记者 张三/文 李四
                and (nxt := BYLINE_WORD.match(text, _gap_end(text, own.end(), line_end), line_end))
                and not SLASH_MARK_AFTER.search(nxt.group())
            ):
                break  # (文 连梅冠/图 郑杰鹏): the slash's marker opens the next name's credit
            pos = own.end() if own else pos + len(word)
            if (after_gap := _gap_end(text, pos, line_end)) == pos:
                break
            pos = after_gap
        # 记者 刘超荣/文 潘聪聪: the markers of the names read are not read again.
        search_from = max(search_from, pos)
    # Bylines with no marker, in brackets after a dateline or on a line of their own:
    # 中新网衢州10月30日电 (赵斌), …频道报道(梁学武), a line "(李璇)".
    taken = {c.start for c in out}
    for m in BARE_BYLINE.finditer(text):
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip(" \t")
        if before and not (
            before.endswith(("电", "讯"))
            or (before.endswith("报道") and "据" not in before)
            or text.startswith("讯", m.end())  # 嫩江县招商引资网(孙登发 杨晓艳)讯:
        ):  # …频道报道(梁学武), but not 据新华社报道(王毅): a source, then prose
            continue
        words = re.split(r"([ 、])", m.group(1))
        if any(_marker(w) is not None for w in words):
            continue  # (记者 甲 通讯员 乙): a marked byline, read above
        # After a dateline (…10月30日电), the outlet's reporters; on a line of their own,
        # signed only.
        out.extend(
            replace(c, credit_as="记者") if before else c
            for c in _signed_names(m.group(1), m.start(1), taken, whole=False)
        )
    # 人民视点辽宁讯(齐奎波 通讯员 朱晓宏), ( 李洪桥 通讯员 王培林 ): a name with no marker
    # opening a dateline's (or a line's) marked byline is the outlet's own reporter.
    for m in DATELINE_LEAD.finditer(text):
        if (
            (marker := _marker_re().match(text, m.end()))
            and marker.group(1) not in LOOSE  # (邱某 文 沈某梅 图): 文 is 邱某's own marker
            and (name := _byline_name(m.group(1))) == m.group(1)
            and m.start(1) not in taken
        ):
            out.append(FoundCredit(name, "记者", m.start(1), m.end(1)))
    # ■ 葛锦熙 赵璐洁 (a print page's signature mark); 龚子皓/绘 (the name, then the marker).
    for m in BULLET_BYLINE.finditer(text):
        for w in re.finditer(r"\S+", m.group(1)):
            if _byline_name(w.group()) != w.group():
                break
            at = m.start(1) + w.start()
            if at not in {c.start for c in out}:
                out.append(FoundCredit(w.group(), UNMARKED, at, at + len(w.group())))
    for m in _line_matches(NAME_THEN_MARKER, text, "/", "摄", "供图"):
        name_group = 1 if m.group(1) else 4
        name = m.group(name_group)
        credit = _marker(m.group(2) or m.group(3) or m.group(5))
        if credit is not None and _byline_name(name) == name:
            out.append(FoundCredit(name, credit[0], m.start(name_group), m.end(name_group)))
    for m in _line_matches(NAMES_THEN_MARKER, text, "/"):
        out.extend(_names_sharing_marks(text, m.group(1), m.start(1), (m.group(2),), out))
    for m in SPACED_MARKS.finditer(text) if "(" in text else ():
        for pair in NAME_SPACE_MARK.finditer(text, m.start(1), m.end(1)):
            if _byline_name(pair.group(1)) == pair.group(1):
                out.append(FoundCredit(pair.group(1), pair.group(2), pair.start(1), pair.end(1)))
    for m in NAMES_SHARED_MARKS.finditer(text) if "(" in text else ():
        marks = tuple(mark for mark in m.groups()[1:] if mark)
        out.extend(_names_sharing_marks(text, m.group(1), m.start(1), marks, out))
    # 记者 义永华/文 杨波/摄: names with their markers after them, on a short byline line.
    for line in NON_BLANK_LINE.finditer(text) if "/" in text else ():
        if len(line.group().strip()) > 40 or "/" not in line.group():
            continue
        for m in NAME_SLASH_MARK.finditer(line.group()):
            at = line.start() + m.start(1)
            if _byline_name(m.group(1)) == m.group(1) and at not in {c.start for c in out}:
                out.append(FoundCredit(m.group(1), m.group(2), at, at + len(m.group(1))))
                # 孙武斌/文 吴潮宏 徐帆/摄: the names spaced before it share its marker.
                while (
                    (before := SPACED_WORD_BEFORE.search(text, line.start(), at)) is not None
                    and _byline_name(before.group(1)) == before.group(1)
                    and before.start(1) not in {c.start for c in out}
                ):
                    at = before.start(1)
                    out.append(FoundCredit(before.group(1), m.group(2), at, before.end(1)))
    # 集中开工仪式现场。陈俊摄影 / a line 孙金标摄影: a caption's photographer, glued.
    # A caption's photographer glued to the marker: 陈俊摄影 (a line's end), (张关春摄).
    for pattern, marker, cue in (
        (GLUED_PHOTO, "摄影", "摄影"),
        (GLUED_CHART, "制图", "制图"),  # a chart's maker: a line 王利博制图
        (BRACKET_PHOTO, "摄", "摄)"),
        (GLUED_SHOT, "摄", "摄"),
        (SPACED_SHOT, "摄", "摄"),
    ):
        for m in _line_matches(pattern, text, cue) if cue in text else ():
            name = m.group(1)
            if _byline_name(name) == name and m.start(1) not in {c.start for c in out}:
                out.append(FoundCredit(name, marker, m.start(1), m.end(1)))
    # 记者 黄珍珍 丁珊 整理 林云龙 王嘉楠 摄影: names closing a byline read above, their
    # marker after them.
    bylines = {text.rfind("\n", 0, c.start) + 1 for c in out}
    for m in _line_matches(NAMES_THEN_SHOT, text, "摄") if out else ():
        if m.start() not in bylines:
            continue
        at = m.start(2)
        for word in m.group(2).split():
            at = text.index(word, at)
            if _byline_name(word) == word and at not in {c.start for c in out}:
                out.append(FoundCredit(word, m.group(3), at, at + len(word)))
    for m in _line_matches(MARKED_SHOT, text, "摄") if " 摄" in text else ():
        name = m.group(2)
        if _byline_name(name) == name:
            have = {(c.name, c.credit_as) for c in out}
            out.extend(
                FoundCredit(name, marker, m.start(2), m.end(2))
                for marker in (m.group(1), "摄")
                if (name, marker) not in have
            )
    # Names signed after the last sentence (…示范基地。 吴伟纲 蓝武杭 / …振兴。(杨丹萍)).
    body_end = _body_end(text)
    m = TRAILING_BYLINE.search(text, 0, body_end)
    words = m.group(1).split() if m else []
    if (
        m
        and not any(_marker(w) for w in words)
        # four words signed only when all four are names (not 上一篇 下一篇 打印 关闭)
        and (len(words) < 4 or all(_byline_name(w) == w for w in words))
        # one word glued to the last sentence may be where a cut-off page stops (…”原本在)
        and (text[m.start(1) - 1] not in "。!?”" or len(words) > 1 or weakly_named(words[0]))
    ):
        out.extend(_signed_names(m.group(1), m.start(1), {c.start for c in out}, whole=True))
    # …留得住乡情的美丽乐园。(正定县政协 胡华锋): a contributor signed with their body or place.
    m = TRAILING_SIGNED_WITH_BODY.search(text, 0, body_end)
    if m and (is_org_like(m.group(1)) or is_place(m.group(1))):
        out.extend(_signed_names(m.group(2), m.start(2), {c.start for c in out}, whole=True))
    out.extend(_name_lines(text, body_end, {c.start for c in out}))
    # 来源: 浙江在线 李世超 林泽宇 above (记者 李世超 通讯员 林泽宇): the marked credit says more.
    unmarked = {UNMARKED: SIGNED, UNMARKED_ON_PAGE: PAGE_AUTHOR}
    marked = {c.name for c in out if c.credit_as not in unmarked}
    # Each credit by the label readers give it (摄 → 摄影, 责任编辑 → 编辑).
    return [
        replace(c, credit_as=unmarked.get(c.credit_as) or _credit_as(c.credit_as))
        for c in out
        if c.credit_as not in unmarked or c.name not in marked
    ]


def _line_matches(pattern: re.Pattern[str], text: str, *cues: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose every match lies inside one line and
    holds one of `cues`. Such patterns open with a line start or a lookbehind, which re
    tries at every character; only the lines holding a cue are searched."""
    lines: set[tuple[int, int]] = set()
    for cue in cues:
        at = text.find(cue)
        while at >= 0:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            lines.add((text.rfind("\n", 0, at) + 1, end))
            at = text.find(cue, end)
    for start, end in sorted(lines):
        yield from pattern.finditer(text, start, end)


def _names_after_dateline(text: str, line_start: int, end: int) -> list[FoundCredit]:
    """中国发展网讯 陈荣、(记者…): the names between an outlet's dateline and `end`, or
    nothing when anything else stands there."""
    datelines = list(DATELINE.finditer(text, line_start, end))
    if not datelines:
        return []
    at = datelines[-1].end()
    names = text[at:end].split("、")
    if not names or any(_byline_name(n) != n for n in names):
        return []
    out = []
    for name in names:
        out.append(FoundCredit(name, UNMARKED, at, at + len(name)))
        at += len(name) + 1
    return out


def _headline_again(text: str, start: int, line: str) -> bool:
    """Is the line at text[start] (not the first) the article's headline again, whole or
    cut (人民日报社…在婺源考察 under 人民日报社…在婺源考察调研)?"""
    first_end = text.find("\n")
    return 0 <= first_end < start and len(line) >= 8 and text[:first_end].strip().startswith(line)


def _body_end(text: str) -> int:
    """Where the article's last sentence ends: before the credit lines that close a page
    ((责编:艾宇韬、康梦琦) after …发展的希望。(吴雅璐))."""
    end = len(text.rstrip())
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        opening = start + len(text[start:end]) - len(text[start:end].lstrip(" \t(【["))
        marker = _marker_re().match(text, opening, end)
        # 原标题:以奔跑姿态助力…, 本文来源: 新华, 28.09.2015 19:43
        chrome = (
            text.startswith(PAGE_TAIL, opening)
            # …but not a sentence of the article (全县查处侵权盗版案件12起。…).
            or (
                COPYRIGHT.search(text, start, end) is not None
                and "。" not in text[start:end].rstrip("。")
            )
            or is_page_meta(text[start:end])
            or STAMP_LINE.fullmatch(text, start, end) is not None
            # a line of no words (|), or the headline again, cut or whole, under the text
            or not any(is_cjk(ch) or ch.isalnum() for ch in text[start:end])
            or _headline_again(text, start, text[opening:end].strip())
        )
        address = PAGE_ADDRESS.match(text, start, end) is not None  # however long
        if not address and (
            end - start > 40 or ((marker is None or not marker.group(2)) and not chrome)
        ):
            break  # prose (记者了解到…), not a line opening with 责编: or 编辑/
        end = len(text[:start].rstrip())
    return end


def _names_sharing_marks(
    text: str, names: str, at: int, marks: tuple[str, ...], found: list[FoundCredit]
) -> list[FoundCredit]:
    """Spaced names (starting at text[at]) sharing the markers after them, when every word is
    a name; a name already credited at its position (潘杰 摄, read as a pair) is skipped."""
    words = names.split()
    if not all(_byline_name(n) == n for n in words):
        return []
    taken = {c.start for c in found}
    out: list[FoundCredit] = []
    for n in words:
        at = text.index(n, at)
        if at not in taken:
            out.extend(FoundCredit(n, mark, at, at + len(n)) for mark in marks)
        at += len(n)
    return out


def _signed_names(names: str, at: int, taken: set[int], whole: bool) -> list[FoundCredit]:
    """Names separated by spaces or 、 (starting at text[at]) signed with no marker; with
    `whole`, a word counts only when all of it is the name."""
    out: list[FoundCredit] = []
    for word in re.split(r"([ 、])", names):
        name = _byline_name(word) if word not in (" ", "、") else None
        if name is not None and (name == word or not whole) and at not in taken:
            out.append(FoundCredit(name, UNMARKED, at, at + len(name)))
        at += len(word)
    return out


def _name_lines(text: str, body_end: int, taken: set[int]) -> list[FoundCredit]:
    """A line that is nothing but one to three names, near the top or at the very end of
    the page (郑辉军 方宇杰 closing an article): its reporters, with no marker written."""
    # (Eight lines: a print page repeats its headline under the page's own labels.)
    lines = list(islice((m for m in NON_BLANK_LINE.finditer(text) if m.group().strip()), 8))
    body = text[:body_end]  # the page's address or tags after it are no byline
    last = next(NON_BLANK_LINE.finditer(body, body.rstrip().rfind("\n") + 1), None)
    # At the top, only beside the page's date or source line (a name alone there may be
    # the headline's subject); the last line of a page may be its byline.
    meta = [is_page_meta(line.group().strip()) for line in lines]
    top = [line for k, line in enumerate(lines[:5]) if any(meta[max(0, k - 1) : k + 2])]
    # A print page spaces a two-character name (柳 婧 江 玥, 叶 颖 张玲玲): a line of names
    # with one such is a byline wherever it stands among the top lines.
    spaced = [line for line in lines if SPACED_NAMES.search(line.group())]
    out: list[FoundCredit] = []
    for line in lines:
        out.extend(_names_on_meta_line(line, taken))
        # 常山县委书记 王良春 on a line of its own under the headline signs the article, but
        # readers take the post from it, not a byline; a print page's spaced name (苏溪镇
        # 党委书记 程 亮), which no post is read for, is the page's signature.
        if (signed := SIGNATURE.fullmatch(line.group())) and title_at_end(signed.group(1)):
            name = signed.group(2).replace(" ", "")
            at = line.start() + signed.start(2)
            gapped = name != signed.group(2).strip()
            if gapped and _byline_name(name) == name and at not in taken:
                out.append(FoundCredit(name, UNMARKED, at, line.start() + signed.end(2)))
    for line in {m.start(): m for m in top + spaced + ([last] if last else [])}.values():
        words = _byline_words(line.group())
        # 任梦婷 徐子淳 报道: names, then 报道 alone closing the line: the reporters.
        credit_as = UNMARKED
        if len(words) >= 2 and words[-1][0] == REPORTED:
            words, credit_as = words[:-1], DESK_CREDIT
        # Two characters written apart (朱 敏) are a print page's padded name.
        padded = [len(w) == 2 and b - a == 3 for w, a, b in words]
        # A print page's spaced line may sign four (欢 颜 朱 敏 雷晓云 李俊新), when it pads
        # a name so (not 兴产业 优环境 惠民生 强党建, a slogan).
        most = 4 if line in spaced and any(padded) else 3
        if not 1 <= len(words) <= most or any(_marker(w) for w, _, _ in words):
            continue
        named = [_byline_name(w) == w for w, _, _ in words]
        if line in spaced and any(named):
            # …beside names, a padded word is a name too, a pen name (欢 颜).
            named = [
                ok or (pad and w not in not_names() and not _marker(w))
                for ok, pad, (w, _, _) in zip(named, padded, words, strict=True)
            ]
        if not all(named):
            continue  # every word a whole name, or the line is something else
        for word, a, b in words:
            if line.start() + a not in taken:
                out.append(FoundCredit(word, credit_as, line.start() + a, line.start() + b))
    return out


def _names_on_meta_line(line: re.Match[str], taken: set[int]) -> list[FoundCredit]:
    """Names sharing the page's date and source line: 郑晨、葛锦熙 2021年12月01日15:30 |
    来源 (before the time stamp); 来源: 掌上衢州 方利军 傅云燕 (after the outlet)."""
    text = line.group()
    if ":" not in text:
        return []  # both a time stamp and 来源: hold a colon
    stamp = TIME_STAMP.search(text)
    source = SOURCE_THEN_WORDS.search(text)
    # Before the time stamp, else after the outlet (a headline joined to the line by
    # normalise stands before the stamp then).
    spans = [(0, stamp.start())] if stamp and stamp.start() > 0 else []
    spans += [(source.start(1), source.end(1))] if source else []
    if stamp and (source_word := SOURCE_WORD.search(text, stamp.end())):
        # 2015-06-04 09:02:50  杨国才 夏巧鸿 来源:福清侨乡报: between the stamp and 来源.
        seconds = SECONDS.match(text, stamp.end())
        spans.append((seconds.end() if seconds else stamp.end(), source_word.start()))
    elif stamp and not source:
        # 2020-01-25 16:05:54王程程: the names closing a line of the stamp alone.
        seconds = SECONDS.match(text, stamp.end())
        spans.append((seconds.end() if seconds else stamp.end(), len(text)))
    for a, b in spans:
        words = [(w.group(), w.start() + a) for w in re.finditer(r"[^\s、,|]+", text[a:b])]
        if 1 <= len(words) <= 4 and all(
            _byline_name(w) == w and _marker(w) is None for w, _ in words
        ):
            return [
                FoundCredit(w, UNMARKED_ON_PAGE, line.start() + at, line.start() + at + len(w))
                for w, at in words
                if line.start() + at not in taken
            ]
    return []


def _byline_words(line: str) -> list[tuple[str, int, int]]:
    """The words of a line and their spans, two single characters written apart (柳 婧)
    joined as one name."""
    words = list(BYLINE_WORD.finditer(line))  # 郑晨、葛锦熙、吴怡婧
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(words):
        m = words[k]
        if len(m.group()) == 1 and k + 1 < len(words) and len(words[k + 1].group()) == 1:
            out.append((m.group() + words[k + 1].group(), m.start(), words[k + 1].end()))
            k += 2
            continue
        out.append((m.group(), m.start(), m.end()))
        k += 1
    return out


OUTLET_ENDS = ("网", "台", "报", "社")  # 文成网, 杭州台: an outlet's last character
AUTHOR_LABEL = re.compile(r"作者[::]\s*(?!.*作者[::])")  # the line's last
OUTLET = re.compile(r"[\u4e00-\u9fff·\-—]{2,20}")  # 浙江新闻客户端-浙江日报
NOT_OUTLET = re.compile(r"[对向跟给说问]|接受|告诉")
SECONDS = re.compile(r":\d\d")
# A two-character marker opening a line with a space inside: 记 者:朱世刚, 编 辑:张某.
SPACED_MARKER = re.compile(r"(?m)(?<=^)([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=[ \t]*:)")
SOURCE_WORD = re.compile(r"(?<![\u4e00-\u9fff])来源")  # not 信息来源
SLASH_MARK_OPENING = re.compile(r"^(?:文|图|摄|文字)\s*/\s*")


def _outlet_before(text: str, line_start: int, at: int) -> bool:
    """(浙江在线记者金梁 …) / 农民日报·中国农网记者 朱海洋: the outlet's name glued before
    the marker opens the byline (its bracket or its line), with nothing said to 记者."""
    opening = max(text.rfind("(", line_start, at), text.rfind("【", line_start, at))
    head = text[(opening + 1 if opening >= 0 else line_start) : at].strip()
    head = SLASH_MARK_OPENING.sub("", head.lstrip(BULLETS + " "))  # 文/ 井冈山报…, □晚报…
    if label := AUTHOR_LABEL.search(head):
        head = head[label.end() :]  # …来源: 中国义乌网 作者: 商报记者 张云飞
    return OUTLET.fullmatch(head) is not None and NOT_OUTLET.search(head) is None


def _glued_in_byline(text: str, line_start: int, at: int) -> bool:
    """(记者王继红报道组余静轲…): a marker glued to a name that follows another marker."""
    opening = max(text.rfind("(", line_start, at), text.rfind("【", line_start, at))
    head = text[opening + 1 : at]
    return bool(head) and _marker_re().match(head) is not None
