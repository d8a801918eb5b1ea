"""Small text helpers shared by the extractors: character classes and word lists."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from graph.lexicon import _read, lexicon

CJK = re.compile(r"[\u3400-\u9fff]")
PUNCT = set(",.;:!?、。()[]{}<>\"'“”‘’《》「」『』【】—-–…·/| \t\n　")
# Single characters that, when they end a 3-character candidate, are more likely the
# verb or function word after a 2-character name: 王芳说, 李强在.
SINGLE_STOPS = set("说在等与也对为将是就从到率向称还又都则于及跟曾自问答兼作做以")


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


@cache
def not_names() -> frozenset[str]:
    words = []
    for line in _read("not_names.txt").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(line)
    return frozenset(words)


# The words of a list by their first (or last) character, each with the lengths of the
# words that start (end) with it, longest first: most positions hold no word's first
# character and are settled by one dict lookup, the others by a few set lookups. Kept by
# the identity of the word tuple: the tuples are module or lexicon constants, and hashing
# a tuple of hundreds of words on every call cost more than the lookup.
_Index = tuple[tuple[str, ...], dict[str, tuple[int, ...]], frozenset[str]]
_PREFIX: dict[int, _Index] = {}
_SUFFIX: dict[int, _Index] = {}


def _index(words: tuple[str, ...], at_end: bool) -> _Index:
    table = _SUFFIX if at_end else _PREFIX
    entry = table.get(id(words))
    if entry is None or entry[0] is not words:
        lengths: dict[str, set[int]] = {}
        for word in words:
            if word:
                lengths.setdefault(word[-1] if at_end else word[0], set()).add(len(word))
        by_char = {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}
        # Keeps `words` alive, so that its id stays unique.
        entry = table[id(words)] = (words, by_char, frozenset(w for w in words if w))
    return entry


def starts_with_any(text: str, words: tuple[str, ...], pos: int = 0) -> str | None:
    """The longest word of `words` that `text` starts with (at `pos`), or None."""
    entry = _PREFIX.get(id(words))  # _index's lookup, inlined: called very often
    if entry is None or entry[0] is not words:
        entry = _index(words, at_end=False)
    _, by_char, word_set = entry
    for length in by_char.get(text[pos : pos + 1], ()):
        if (word := text[pos : pos + length]) in word_set:
            return word
    return None


def ends_with_any(text: str, words: tuple[str, ...]) -> str | None:
    """The longest word of `words` that `text` ends with, or None."""
    entry = _SUFFIX.get(id(words))  # _index's lookup, inlined: called very often
    if entry is None or entry[0] is not words:
        entry = _index(words, at_end=True)
    _, by_char, word_set = entry
    for length in by_char.get(text[-1:], ()):
        if length <= len(text) and (word := text[-length:]) in word_set:
            return word
    return None


def overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The match of `pattern` at each position where one starts, overlapping ones too (for
    a trie of words, the longest word there). Searched one after another, so that re
    skips ahead to a possible first character; a lookahead (?=(…)) finding them all in
    one finditer would be tried at every character."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


class AnyOf:
    """Several patterns searched one after another, each on its own. One alternation of
    them all is much slower: Python's re skips ahead to a possible first character only
    when every branch starts with a plain character, and one \\d or lookahead spoils it."""

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        self.patterns = patterns

    def search(self, s: str) -> re.Match[str] | None:
        for pattern in self.patterns:
            if m := pattern.search(s):
                return m
        return None


@cache
def titles_by_length() -> tuple[str, ...]:
    return tuple(sorted(lexicon().titles, key=lambda t: (-len(t), t)))


@lru_cache(maxsize=1 << 16)
def title_at_end(text: str) -> str | None:
    """The longest title that `text` ends with, with its modifier (常务副会长)."""
    title = ends_with_any(text, titles_by_length())
    if title is None:
        return None
    return modifier_before(text, len(text) - len(title)) + title


@cache
def _modifiers() -> tuple[str, ...]:
    return tuple(lexicon().title_modifiers)


def modifier_before(text: str, i: int) -> str:
    """常务, 原, 代 … written just before position i, or ''."""
    mod = ends_with_any(text[:i], _modifiers())
    return mod or ""


def modifier_at(text: str, i: int) -> str:
    """常务, 专职, 原 … written from position i on, or ''."""
    return starts_with_any(text, _modifiers(), i) or ""


DEPUTY = re.compile(r"^(?:常务|执行)?副")  # 常务副区长 → 区长


def base_title(role: str) -> str:
    """副主任 → 主任, 常务副区长 → 区长: the post a deputy is the deputy of."""
    return DEPUTY.sub("", role)


def title_at_start(text: str) -> str | None:
    return starts_with_any(text, titles_by_length())


@cache
def place_names() -> tuple[str, ...]:
    """Every place the lexicon knows, by full name or short form, the longest first."""
    lex = lexicon()
    return tuple(sorted({*lex.places, *lex.place_short}, key=lambda n: (-len(n), n)))
