"""The knowledge tables under graph/data, loaded once.

Knowledge is data: a new title, short form, place or unit is a new line in a TSV file,
not a new `if`. Each table is parsed here into a small typed structure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


def _read(name: str) -> str:
    return resources.files("graph").joinpath("data", name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    """Rows of a TSV/line file, without comments and blank lines; missing cells are ''."""
    rows = []
    for line in _read(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def _cell(row: list[str], i: int) -> str:
    return row[i].strip() if i < len(row) else ""


# The legal endings of a company's name, longest first (one list for every stage).
LEGAL_COMPANY_ENDINGS = ("股份有限公司", "集团有限公司", "有限责任公司", "有限公司")
LEGAL_COMPANY = "|".join(LEGAL_COMPANY_ENDINGS)


# The modifier saying a post was held before, which may come before another modifier.
FORMER_MODIFIERS = ("原",)  # not 前: 前湾新区指挥部常务副总指挥


@dataclass(frozen=True)
class Title:
    text: str
    kind: str  # post | lay | group | descriptor
    implies: str  # body a bare level prefix stands for (区人大代表 → 人大), or ''
    en: str


@dataclass(frozen=True)
class CreditMarker:
    marker: str
    credit_as: str
    kind: str  # author | contributor


@dataclass(frozen=True)
class LevelForm:
    """A body bound to an administrative level: 区委, 县政府, 市人大常委会 …"""

    pattern: str  # with L for the level character
    template: str
    kind: str
    parent: str


@dataclass(frozen=True)
class Body:
    short: str
    full: str
    parent: str


@dataclass(frozen=True)
class Place:
    name: str
    type: str
    parent: str
    short_forms: tuple[str, ...]


@dataclass(frozen=True)
class Unit:
    text: str
    canonical: str
    measure: str


@dataclass(frozen=True)
class Lexicon:
    surnames_common: frozenset[str]
    surnames_rare: frozenset[str]
    compound_surnames: frozenset[str]
    titles: dict[str, Title]
    credits: dict[str, CreditMarker]
    level_forms: tuple[LevelForm, ...]
    bodies: dict[str, Body]
    places: dict[str, Place]
    place_short: dict[str, str]  # 衢江 → 衢江区
    org_suffixes: tuple[str, ...]  # longest first
    name_stops: tuple[str, ...]  # longest first
    units: dict[str, Unit]
    target_cues: tuple[str, ...]
    weak_target_cues: frozenset[str]  # govern their own clause only
    not_target_words: tuple[str, ...]  # 要求, 努力下: hold a cue, commit to nothing
    achieved_cues: tuple[str, ...]
    reached_after_cue: tuple[str, ...]  # 目标如期实现: the aim is met, no longer a commitment
    review_headings: tuple[str, ...]  # 2024年工作回顾: the section reports that year
    plan_headings: tuple[str, ...]  # 2025年工作安排: the review is over
    aims_headings: tuple[str, ...]  # 主要目标: the paragraph after it plans
    plan_titles: tuple[str, ...]  # 2024年工作要点: a headline on that year's plan
    plan_span_titles: tuple[str, ...]  # 行动计划(2021—2025年): a plan to the span's end
    last_year_words: tuple[str, ...]  # 回顾过去一年: a heading on the year before
    comparators: dict[str, str]
    status_words: tuple[str, ...]
    leading_noise: tuple[str, ...]  # longest first
    t2s: dict[int, str]
    title_modifiers: dict[str, str]  # 常务 → executive
    leaders: dict[str, str]  # 习近平 → 总书记: a name, and the title written after it
    not_held: tuple[str, ...]  # 任务, 任何 …: 任 in words that are not "holds a post"
    unit_words: tuple[str, ...]  # 场景, 次产业: a unit's character opening another word
    given_name_chars: frozenset[str]  # 晓, 慧, 生 …: common in given names
    not_given_name_chars: frozenset[str]  # 坂, 畈, 区 …: in places, never in given names
    not_places: frozenset[str]  # 城镇, 全村, 下乡 …: end in 镇/乡/村 but name no place
    org_cut_verbs: tuple[str, ...]  # 采访, 陪同 …: an organisation's name starts after one
    conj_in_word: tuple[str, ...]  # 同学会 …: no conjunction before them
    newly: tuple[str, ...]  # 新任 …: a post newly taken, no part of its body's name
    associations: tuple[str, ...]  # 协会, 商会 …: officers listed with commas share it

    def title(self, text: str) -> Title | None:
        """A title, also with a modifier before it (常务副会长, 原党委书记)."""
        if text in self.titles:
            return self.titles[text]
        for mod, en in self.title_modifiers.items():
            if not text.startswith(mod):
                continue
            rest = text[len(mod) :]
            # 原常务副校长: a former post may itself be written with a modifier.
            base = self.titles.get(rest) or (
                self.title(rest)
                if mod in FORMER_MODIFIERS and not rest.startswith(FORMER_MODIFIERS)
                else None
            )
            if base is not None:
                return Title(text, base.kind, base.implies, f"{en} {base.en}".strip())
        return None

    @property
    def surnames(self) -> frozenset[str]:
        return self.surnames_common | self.surnames_rare

    def title_regex(self) -> re.Pattern[str]:
        return _title_regex()


def word_pattern(words: Iterable[str]) -> str:
    """A regex source matching any of `words`, the longest one where several match at a
    position, written as a trie (区委(?:书记|副书记)…): Python's re tries the branches of
    a plain alternation one by one, so hundreds of words sharing first characters cost
    hundreds of tries at every position; a trie costs one per character."""
    branches = word_branches(words)
    if not branches:
        return r"(?!)"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def word_branches(words: Iterable[str]) -> list[str]:
    """The trie of `words` as the branches of its first characters (each opening with
    that character). Joined with | among other branches that open with a plain character,
    they let re skip ahead to a possible first character; word_pattern's group around
    them, itself a branch there, would not."""
    trie: dict[str, dict] = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: the longer ones are tried first (greedy)
            return (body if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})") + "?"
        return body

    return [re.escape(ch) + build(child) for ch, child in sorted(trie.items())]


# The level a place of each type speaks of its bodies at: 江山市 (a 县级市) has a 市委.
UNIT_LEVEL = {"区": "区", "县": "县", "县级市": "市", "市": "市", "省": "省"}
# A town, township or street, or one of its bodies: 廿里镇, 杜泽镇党委, 樟潭街道办事处.
# Group 1 is the place, group 2 the body (or None for the place itself).
TOWN_BODY = re.compile(r"^(.+?(?:镇|乡|街道))(党委|党工委|人民政府|政府|办事处)?$")


@cache
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(word_pattern(words))


@cache
def _title_regex() -> re.Pattern[str]:
    return _alternation(tuple(lexicon().titles))


def _by_length(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _chars(filename: str) -> frozenset[str]:
    """The characters of a data file, a space between each, '#' opening a comment line."""
    return frozenset(
        ch
        for line in _read(filename).splitlines()
        if not line.startswith("#")
        for ch in line.split()
    )


@cache
def lexicon() -> Lexicon:
    """All tables, parsed once per process."""
    common: set[str] = set()
    rare: set[str] = set()
    compound: set[str] = set()
    for row in _rows("surnames.tsv"):
        name, rarity = _cell(row, 0), _cell(row, 1) or "common"
        (rare if rarity == "rare" else common).add(name)
        if len(name) == 2:
            compound.add(name)

    titles = {
        _cell(r, 0): Title(_cell(r, 0), _cell(r, 1), _cell(r, 2), _cell(r, 3))
        for r in _rows("titles.tsv")
    }
    # 企业家代表郭建君, 贫困户代表吴相莉: one chosen to speak for such persons is such a
    # person too, of no post.
    for t in [t for t in titles.values() if t.kind == "descriptor"]:
        titles.setdefault(
            t.text + "代表", Title(t.text + "代表", t.kind, "", t.en + " representative")
        )
    credits = {
        _cell(r, 0): CreditMarker(_cell(r, 0), _cell(r, 1), _cell(r, 2))
        for r in _rows("credits.tsv")
    }
    level_forms = tuple(
        LevelForm(_cell(r, 0), _cell(r, 1), _cell(r, 2), _cell(r, 3))
        for r in _rows("org_levels.tsv")
    )
    bodies = {_cell(r, 0): Body(_cell(r, 0), _cell(r, 1), _cell(r, 2)) for r in _rows("bodies.tsv")}
    places: dict[str, Place] = {}
    place_short: dict[str, str] = {}
    for r in _rows("places.tsv"):
        shorts = tuple(s for s in _cell(r, 3).split(",") if s)
        places[_cell(r, 0)] = Place(_cell(r, 0), _cell(r, 1), _cell(r, 2), shorts)
        for s in shorts:
            place_short[s] = _cell(r, 0)
    units = {_cell(r, 0): Unit(_cell(r, 0), _cell(r, 1), _cell(r, 2)) for r in _rows("units.tsv")}
    cues: dict[str, Any] = yaml.safe_load(_read("cues.yaml"))
    org_words: dict[str, Any] = yaml.safe_load(_read("org_words.yaml"))
    t2s = {ord(_cell(r, 0)): _cell(r, 1) for r in _rows("t2s.tsv") if len(_cell(r, 0)) == 1}

    return Lexicon(
        surnames_common=frozenset(common),
        surnames_rare=frozenset(rare),
        compound_surnames=frozenset(compound),
        titles=titles,
        credits=credits,
        level_forms=level_forms,
        bodies=bodies,
        places=places,
        place_short=place_short,
        org_suffixes=_by_length([r[0].strip() for r in _rows("org_suffixes.txt")]),
        name_stops=_by_length([r[0].strip() for r in _rows("name_stops.txt")]),
        units=units,
        target_cues=_by_length(cues["target"]),
        weak_target_cues=frozenset(cues["weak_target"]),
        not_target_words=tuple(cues["not_target"]),
        achieved_cues=_by_length(cues["achieved"]),
        reached_after_cue=_by_length(cues["reached_after_cue"]),
        review_headings=tuple(cues["review_heading"]),
        plan_headings=tuple(cues["plan_heading"]),
        aims_headings=tuple(cues["aims_heading"]),
        plan_titles=tuple(cues["plan_title"]),
        plan_span_titles=tuple(cues["plan_span_title"]),
        last_year_words=tuple(cues["last_year"]),
        comparators=dict(cues["comparators"]),
        status_words=tuple(cues["status"]),
        leading_noise=_by_length(cues["leading_noise"]),
        t2s=t2s,
        title_modifiers={_cell(r, 0): _cell(r, 1) for r in _rows("title_modifiers.tsv")},
        leaders={_cell(r, 0): _cell(r, 1) for r in _rows("leaders.tsv")},
        not_held=tuple(cues["not_held"]),
        unit_words=tuple(cues["unit_words"]),
        given_name_chars=_chars("given_name_chars.txt"),
        not_given_name_chars=_chars("not_given_name_chars.txt"),
        not_places=frozenset(_cell(r, 0) for r in _rows("not_places.txt")),
        org_cut_verbs=tuple(org_words["cut_verbs"]),
        conj_in_word=tuple(org_words["conj_in_word"]),
        newly=tuple(org_words["newly"]),
        associations=tuple(org_words["associations"]),
    )


@dataclass(frozen=True)
class Division:
    """A district, county or city of China, with the city and province it belongs to."""

    name: str
    type: str  # 区, 县, 县级市, 市
    city: str  # '' when the county answers to its province directly (仙桃市)
    province: str


@cache
def divisions() -> dict[str, Division]:
    """China's prefecture- and county-level divisions by full name (divisions.tsv)."""
    return {
        _cell(r, 0): Division(_cell(r, 0), _cell(r, 1), _cell(r, 2), _cell(r, 3))
        for r in _rows("divisions.tsv")
    }


@cache
def provinces() -> tuple[str, ...]:
    """The provinces (and regions, municipalities) of the divisions table, longest first."""
    return tuple(sorted({d.province for d in divisions().values()}, key=len, reverse=True))


@cache
def division_short_forms() -> dict[str, tuple[str, ...]]:
    """Counties, county-level cities and districts by their short form (泗洪 → 泗洪县,
    陵水 → 陵水黎族自治县), leaving out the short forms that are mostly words
    (division_lookalikes.txt) and those of a prefecture (荆州 is the city, not 荆州区)."""
    table = divisions()
    lookalikes = {w for row in _rows("division_lookalikes.txt") for w in row[0].split()}
    cities = {
        name[:2] if "自治州" in name else re.sub("(?:市|地区|盟)$", "", name)
        for name, d in table.items()
        if d.type == "市"
    }
    out: dict[str, list[str]] = {}
    for name, d in table.items():
        if d.type == "市" or len(name) < 3:
            continue
        short = name[:2] if "自治" in name else name[:-1]
        if len(short) >= 2 and short not in lookalikes and short not in cities:
            out.setdefault(short, []).append(name)
    return {short: tuple(names) for short, names in out.items()}


@cache
def _division_longest() -> int:
    return max(map(len, divisions()))  # 克孜勒苏柯尔克孜自治州 …


def division_ending_at(text: str, end: int, shortest: int = 3) -> str | None:
    """The longest division's name (of `shortest` characters or more) ending at text[end];
    names of two characters (新县, 和县) are too often part of other words, so they count
    only where asked."""
    table = divisions()
    for length in range(min(_division_longest(), end), shortest - 1, -1):
        if (name := text[end - length : end]) in table:
            return name
    return None


def division_starting_at(text: str, start: int, shortest: int = 3) -> str | None:
    """The longest division's name (of `shortest` characters or more) starting at text[start]."""
    table = divisions()
    for length in range(_division_longest(), shortest - 1, -1):
        if len(name := text[start : start + length]) == length and name in table:
            return name
    return None
