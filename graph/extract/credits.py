"""Bylines: (记者 赵敏 通讯员 孙平), 文/洪纲 图/邵秀清, 记者 李某 报道 — credits, not posts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.extract.names import surname_at
from graph.extract.text import not_names
from graph.lexicon import lexicon

# Markers that are ordinary words in prose (文, 图, 摄) need a slash or colon after them.
LOOSE = {"文", "图", "摄", "文字", "图片", "视频", "编辑", "审核", "校对"}
NAME_END = ("报道", "摄影", "摄")
SHORT_END = ("文", "图")  # 洪纲文: only after a full three-character name


@dataclass(frozen=True)
class FoundCredit:
    name: str
    credit_as: str
    start: int
    end: int


@cache
def _marker_re() -> re.Pattern[str]:
    markers = sorted(lexicon().credits, key=lambda m: (-len(m), m))
    alt = "|".join(re.escape(m) for m in markers)
    # A marker opens a line, a bracket, or follows a space or another credit.
    return re.compile(rf"({alt})\s*([/:|])?\s*", re.M)


def _byline_name(token: str) -> str | None:
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
    if token in not_names() or not all("\u4e00" <= ch <= "\u9fff" for ch in token):
        return None
    return token


def find_credits(text: str) -> list[FoundCredit]:
    """Credits in a whole normalised text (bylines sit on their own lines or in brackets)."""
    lex = lexicon()
    out: list[FoundCredit] = []
    for m in _marker_re().finditer(text):
        marker, sep = m.group(1), m.group(2)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        in_brackets = "(" in text[line_start : m.start()] or "【" in text[line_start : m.start()]
        short_line = len(line.strip()) <= 40
        before = text[m.start() - 1 : m.start()]
        glued = bool(before) and before not in " \t\n(【[/|"
        if glued and not (in_brackets and text[m.end() - 1 : m.end()] in " /:"):
            continue  # 对记者说, 江山市融媒体中心记者 … outside a bracketed byline
        if marker in LOOSE and not sep:
            continue
        if not sep and not (in_brackets or short_line):
            continue
        if not sep and m.end() == m.start() + len(marker) and not in_brackets and not short_line:
            continue
        # Names: tokens separated by spaces or 、 until the next marker or the line's end.
        pos = m.end()
        while pos < line_end:
            tok = re.match(r"[^\s、,()\[\]【】/|:]+", text[pos:line_end])
            if not tok:
                break
            word = tok.group()
            if word in lex.credits:
                break  # the next marker starts its own credit
            name = _byline_name(word)
            if name is None:
                break
            if lex.credits[marker].kind != "ignore":
                out.append(FoundCredit(name, lex.credits[marker].credit_as, pos, pos + len(name)))
            pos += len(word)
            gap = re.match(r"[\s、,]+", text[pos:line_end])
            if not gap:
                break
            pos += len(gap.group())
    return out
