"""Word lists compiled to patterns: a trie pattern finds what a plain alternation finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.lexicon import lexicon, word_pattern


def plain(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in ordered) or r"(?!)")


def test_longest_word_wins_at_a_position() -> None:
    pattern = re.compile(word_pattern(["局长", "局长助理", "副局长"]))
    assert [m.group() for m in pattern.finditer("副局长王某、局长助理李某、局长张某")] == [
        "副局长",
        "局长助理",
        "局长",
    ]


def test_empty_list_matches_nothing() -> None:
    assert re.compile(word_pattern([])).search("任何文字") is None


def test_titles_match_as_a_plain_alternation_does() -> None:
    titles = list(lexicon().titles)
    text = "区委副书记、区长陈立群,市委常委、区委书记吴海东,镇党委副书记、镇长,董事长兼总经理"
    assert [m.span() for m in re.finditer(word_pattern(titles), text)] == [
        m.span() for m in plain(titles).finditer(text)
    ]


@given(
    st.lists(st.text(alphabet="甲乙丙丁ab.*", min_size=1, max_size=4), max_size=12),
    st.text(alphabet="甲乙丙丁ab.*", max_size=40),
)
def test_any_word_list_on_any_text(words: list[str], text: str) -> None:
    assert [m.span() for m in re.finditer(word_pattern(words), text)] == [
        m.span() for m in plain(words).finditer(text)
    ]


DATA = Path(__file__).resolve().parent.parent / "graph" / "data"


@pytest.mark.parametrize(
    "table", sorted(p.name for p in DATA.iterdir() if p.suffix in (".tsv", ".txt")), ids=str
)
def test_a_word_is_listed_once_per_table(table: str) -> None:
    # A second row for one word is silently ignored or silently wins: say it once.
    keys = [
        line.split("\t")[0].strip()
        for line in (DATA / table).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert sorted({k for k in keys if keys.count(k) > 1}) == []


def test_division_names_at_a_position() -> None:
    from graph.lexicon import division_ending_at, division_starting_at

    assert division_ending_at("藤县天平镇", 2, shortest=2) == "藤县"
    assert division_ending_at("藤县天平镇", 2) is None  # two characters only where asked
    assert division_ending_at("重庆市渝中区第十九届", 6) == "渝中区"
    assert division_starting_at("溧阳市四套班子领导", 0) == "溧阳市"
    assert division_starting_at("四套班子领导", 0) is None


def test_words_that_name_no_place_are_data() -> None:
    # not_places.txt: 城镇, 全村, 下乡 … end like a place's name but name none.
    from graph.extract.places import find_places

    not_places = lexicon().not_places
    assert {"城镇", "全村", "驻镇"} <= not_places
    for word in sorted(not_places):
        assert find_places(f"他在{word}开展工作。") == [], word
