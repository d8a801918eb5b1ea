"""Places: towns, townships, streets and villages (镇/乡/街道/村), by list and by shape."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.extract.text import is_cjk
from graph.lexicon import (
    division_ending_at,
    division_starting_at,
    divisions,
    lexicon,
    word_pattern,
)

# An ethnic township is a 乡 too (沐尘畲族乡, 胡集回族乡; not 民族乡, a kind).
SHAPE = re.compile(
    r"([\u4e00-\u9fff]{2,3}?)(街道|镇|(?:(?!民)[\u4e00-\u9fff]族)?乡|村)(?![\u4e00-\u9fff]{0}(?:村|镇|长|级|域|情|土|音|愁|亲|贤|民|委|里|集体|干部|级|庄|务|容|貌|居))"
)
TOWNS = ("镇", "乡", "街道")
# A village written right after its town may have four characters (招贤镇何家曲坊村).
SHAPE_AFTER = re.compile(SHAPE.pattern.replace("{2,3}?", "{2,4}?", 1))
SHAPE_END = re.compile("[镇乡村]|街道")  # what SHAPE needs, found fast
PLACE_CHARS = re.compile("[镇乡村街区县市省]")
BOUNDARY_BEFORE = set(',;:。!?、()“”"‘’《》 \n在到于赴与和及至从对向将把让是的进')


LEVEL_ENDS = "县区市旗"


def _division_ends_at(s: str, end: int) -> bool:
    """Does a county or city of China (divisions.tsv) end at s[end] (藤县 in 藤县天平镇)? A
    name of two characters counts only where a boundary or a city stands before it (not 和县
    in 城区和县城)."""
    name = division_ending_at(s, end, shortest=2)
    if name is None or len(name) > 2:
        return name is not None
    before = s[end - 3 : end - 2]
    return not before or before in BOUNDARY_BEFORE or before in "市省"


@dataclass(frozen=True)
class FoundPlace:
    name: str
    place_type: str
    start: int
    end: int


@cache
def _known_re() -> re.Pattern[str]:
    names = sorted(lexicon().places, key=lambda n: (-len(n), n))
    return re.compile(word_pattern(names))


def trigger() -> re.Pattern[str]:
    """What every sentence naming a place contains: one of 镇乡村街区县市省."""
    return PLACE_CHARS


def find_places(s: str) -> list[FoundPlace]:
    lex = lexicon()
    out: list[FoundPlace] = []
    if not PLACE_CHARS.search(s):
        return out  # no 镇/乡/村/街道/区/县/市/省 character: no place named
    taken: set[int] = set()
    for m in _known_re().finditer(s):
        place = lex.places[m.group()]
        out.append(FoundPlace(place.name, place.type, m.start(), m.end()))
        taken.update(range(*m.span()))
    for m in SHAPE.finditer(s) if SHAPE_END.search(s) else ():  # re can't skip ahead in SHAPE
        if taken.intersection(range(*m.span())):
            continue
        name = m.group(1) + m.group(2)
        # Shorten to the part after a boundary word: 推动杜泽镇 → 杜泽镇.
        for k in range(len(m.group(1)) - 1):
            if s[m.start() + k] in BOUNDARY_BEFORE:
                name = name[k + 1 :]
        start = m.end() - len(name)
        dated = name[0] in "年月日号" and s[start - 1 : start].isdigit()
        if dated:
            name, start = name[1:], start + 1  # 2013年三都镇: a date, then the place
        county_before = name[0] in LEVEL_ENDS and _division_ends_at(s, start + 1)
        if county_before:
            name, start = name[1:], start + 1  # 藤县天平镇: the county, then the town
        left = s[start - 1 : start]  # 而在花园街道: 在 is the edge of the shortened name
        # …a county's name is its left edge, when the name itself holds no other level
        # (房县举行县乡两级…, 藤县天平镇村(社区): a phrase, not a place).
        after_county = (
            left in LEVEL_ENDS
            and not PLACE_CHARS.search(name, 0, len(name) - len(m.group(2)))
            and _division_ends_at(s, start)
        )
        if left and is_cjk(left) and left not in BOUNDARY_BEFORE and not dated and not after_county:
            continue
        if (
            name in lex.not_places
            or (
                name[-2:] in lex.not_places
                and not (county_before and name[-2:] in ("城镇", "古镇"))
            )
            or len(name) < 3
            or name[0] in "每各级几我这那咱他她"
            or name[1] in "位个名"
            or name[-len(m.group(2)) - 1] in "为的是在由了着过"
            or name[-len(m.group(2)) - 1] == "任"  # 第五任村支书, 现任村党委书记: a term
        ):
            # 每村, 各乡, 几位村(干部), 两个村, 我们村, 这个村; 3A级景区村: a class of village;
            # 积极为镇内企业, 所在镇, 会议由镇, 审议了镇政府工作报告: a phrase ending
            # before 镇, not a name
            continue
        out.append(
            FoundPlace(
                name,
                m.group(2)[-1:] if m.group(2) != "街道" else "街道",
                m.end() - len(name),
                m.end(),
            )
        )
    # A place written right after the one above it (江山市大陈乡大陈村, 后溪镇泉井边村):
    # that place is its left edge.
    k = 0
    while k < len(out):
        above = out[k]
        k += 1
        m = SHAPE_AFTER.match(s, above.end)
        if m is None or any(p.start == above.end for p in out):
            continue
        if m.group(2) == "村" or above.place_type in ("区", "县", "市", "县级市", "省"):
            if len(m.group(1)) == 4 and not (above.place_type in TOWNS and m.group(2) == "村"):
                m = SHAPE.match(s, above.end)  # four characters only for a town's village
                if m is None:
                    continue
            name = m.group()
            long_ok = len(m.group(1)) < 4 or not (
                # 招贤镇何家曲坊村, but not 某镇两个新建村, 某镇通过九修村, 某镇旅游示范村
                set(name) & (BOUNDARY_BEFORE | set("个位名过")) or name[-3:] in lex.not_places
            )
            if (
                long_ok
                and name not in lex.not_places
                and name[-2:] not in lex.not_places
                and "级" not in name
            ):
                out.append(FoundPlace(name, m.group(2), m.start(), m.end()))
    return out


# A place's head (县长, 镇长) read across two names: the level character ends the place
# before it and 长 opens the next one — 湖州市长兴县, 开化县长虹乡, 大门镇长沙综合体.
LEVEL_HEADS = frozenset({"县长", "市长", "区长", "镇长", "乡长", "村长"})
PLACE_AFTER_HEAD = re.compile(r"长[\u4e00-\u9fff]{1,2}?(?:县|区|市|镇|乡|村)")


def head_opens_place(s: str, start: int, title: str) -> bool:
    """Is the title at s[start] (县长, 镇长 …) no title, its 长 opening a place's name? Only
    where the level character ends a name before it (大门镇长沙, not 大门镇镇长 or 王镇长)
    and the place after 长 is a division (长兴县, 长沙市) or a place's shape opening with a
    character no surname (长虹乡, not 县长王村)."""
    if title not in LEVEL_HEADS:
        return False
    before = s[start - 1 : start]
    if not before or not is_cjk(before) or before == title[0]:
        return False
    head = start + 1  # the 长
    if division_starting_at(s, head, shortest=2) or any(
        s[head : head + 2] + level in divisions() for level in "市县区"
    ):
        return True
    lex = lexicon()
    return PLACE_AFTER_HEAD.match(s, head) is not None and s[head + 1] not in lex.surnames_common
