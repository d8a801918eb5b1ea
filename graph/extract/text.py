"""Small text helpers shared by the extractors: character classes and word lists."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from graph.lexicon import _read, lexicon, word_pattern

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


# Compiled patterns by the identity of their word tuple: the tuples are module or lexicon
# constants, and hashing a tuple of hundreds of words on every call cost more than the match.
_PREFIX: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}
_SUFFIX: dict[int, tuple[tuple[str, ...], re.Pattern[str], int]] = {}


def _prefix_re(words: tuple[str, ...]) -> re.Pattern[str]:
    entry = _PREFIX.get(id(words))
    if entry is None or entry[0] is not words:
        pattern = re.compile(word_pattern(words))
        entry = _PREFIX[id(words)] = (words, pattern)  # keeps `words` alive: ids stay unique
    return entry[1]


def _suffix_re(words: tuple[str, ...]) -> tuple[re.Pattern[str], int]:
    entry = _SUFFIX.get(id(words))
    if entry is None or entry[0] is not words:
        pattern = re.compile("(?:" + word_pattern(words) + r")\Z")
        entry = _SUFFIX[id(words)] = (words, pattern, max((len(w) for w in words), default=0))
    return entry[1], entry[2]


def starts_with_any(text: str, words: tuple[str, ...], pos: int = 0) -> str | None:
    """The longest word of `words` that `text` starts with (at `pos`), or None."""
    m = _prefix_re(words).match(text, pos)
    return m.group() if m else None


def ends_with_any(text: str, words: tuple[str, ...]) -> str | None:
    """The longest word of `words` that `text` ends with, or None."""
    pattern, longest = _suffix_re(words)
    # The leftmost match that reaches the end is the longest ending.
    m = pattern.search(text, max(0, len(text) - longest))
    return m.group() if m else None


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


def title_at_start(text: str) -> str | None:
    return starts_with_any(text, titles_by_length())


@cache
def place_names() -> tuple[str, ...]:
    """Every place the lexicon knows, by full name or short form, the longest first."""
    lex = lexicon()
    return tuple(sorted({*lex.places, *lex.place_short}, key=lambda n: (-len(n), n)))
