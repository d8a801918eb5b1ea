"""Stage 2 — normalise: article text → simplified, NFKC text with a map back to the original.

What changes, and why:
- full-width forms → ASCII (NFKC, one character for one), traditional → simplified
  (one character for one): the extractors then see one spelling of everything;
- pinyin or tags mirrored pages insert into words are removed: 周衛(wèi)兵 → 周卫兵,
  龍游[LongYou]縣 → 龙游县, 衢江<em>区</em> → 衢江区;
- a line break inside a sentence is removed ("达到\\n\\n30%以上" is one number);
- zero-width characters are removed;
- a lone h between Chinese characters (a mirror's garbled 縣) is 县.
Every character of the normalised text knows its index in the article text, so evidence
offsets always point into the text as loaded.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from graph.lexicon import lexicon
from graph.model import Article, Sentence

# Pinyin (with or without tone marks) or Latin transliteration in brackets right after a
# Chinese character: 周衛(wèi)兵, 龍游[LongYou]縣.
_LATIN = r"a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ'’\- "
# Each branch opens with a literal character (the lookbehind comes after the bracket), so
# re skips ahead to the next bracket instead of trying every position.
INSERTED = re.compile(
    rf"\((?<=[\u3400-\u9fff]\()(?![A-Z]{{2,8}}\))[{_LATIN}]{{1,30}}\)"  # not 丁基橡胶(IIR)
    rf"|\[(?<=[\u3400-\u9fff]\[)[{_LATIN}]{{1,30}}\]"
    r"|</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,80})?/?>"
    r"|[\u200b\u200c\u200d\u2060\ufeff\u00ad]"
)
SENTENCE_END = re.compile(r"[。!?…]+[”’\"')\]」』]*|\n\s*")
PROSE_MARK = re.compile(r"[,。;:!?]")
# A page's metadata line (source, time stamp, byline) ends where its line ends.
PAGE_META_OPENERS = ("本报记者", "记者", "記者", "通讯员", "通訊員", "作者")
# A page's date and time: 2023-04-03 16:37, 2021年12月01日15:30.
TIME_STAMP = re.compile(r"\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d\d")
# 原文:http://…, 本文链接:www.…: the page's address, after the article.
PAGE_ADDRESS = re.compile(r"(?:原文|原文链接|原文地址|本文链接|网址)\s*:\s*(?:https?://|www\.)")
WEB_ADDRESS = ("http://", "https://", "www.")
PAGE_META = re.compile(
    r"(?:来源|來源|责任编辑|責任編輯|标签|標籤)\s*:"
    r"|" + TIME_STAMP.pattern + r"|^(?:" + "|".join(PAGE_META_OPENERS) + ")"
    r"|^" + PAGE_ADDRESS.pattern
)
_UNIT_START = "万亿千百吨头个亩元人名家台套辆座公米平方瓦%户只件条"
# A space inside a quantity (达到 30 万吨, 92 亿元) or a date (2016 年發展目標); not the
# one before a date (记者 史华东 2019年01月11日: the byline's name ends there).
PADDED_NUMBER = re.compile(  # the space first, for the same reason
    rf" (?:(?<=[\u4e00-\u9fff] )(?=\d+(?:\.\d+)? ?[{_UNIT_START}])|(?<=\d )(?=[{_UNIT_START}年月日]))"
)
LINE_BREAK = re.compile(r"\n\s*")
JOINING_END = tuple(",、:“(《—-")
ATTRIBUTION_END = re.compile(r"——[^,。;:!?“”]{2,40}$")  # a quote's speaker, closing the line
TERMINAL = ("。", "!", "?", ";", "”", '"', ")", "…", ":")
# Words after which a number must follow: "力争达到\n\n10%以上" is one sentence.
BEFORE_NUMBER = (
    "达到",
    "达",
    "到",
    "为",
    "至",
    "超过",
    "突破",
    "增长",
    "约",
    "近",
    "共",
    "计",
    "是",
    "在",
)


@cache
def _translation() -> dict[int, str]:
    """One table doing NFKC (where it maps one character to one) and traditional → simplified."""
    table: dict[int, str] = {}
    for cp in range(0x80, 0x10000):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        nf = unicodedata.normalize("NFKC", ch)
        if nf != ch and len(nf) == 1:
            table[cp] = nf
    for cp, simp in lexicon().t2s.items():
        table[cp] = simp
    table[0x3000] = " "  # ideographic space
    for bar in "▏▕│┃":  # (记者 ▏姜歌): a page's bar between a byline's marker and names
        table[ord(bar)] = "|"
    table[0x00A0] = " "
    return table


# Straight double quotes around a few words of Chinese (吉利"三电"): a page's typing of
# “ ”, which the stages read as a quotation. One character for one: offsets keep.
ASCII_QUOTED = re.compile(r'"([^"\n]{0,30}?[\u4e00-\u9fff][^"\n]{0,30}?)"')


# A mirror that glosses every character with pinyin garbles 縣(xiàn) into a lone h
# (開工活動??h委書記): between Chinese characters, an h is that 县.
LOST_XIAN = re.compile(r"(?<=[?\u4e00-\u9fff])h(?=[\u4e00-\u9fff])")


@cache
def _changed_char() -> re.Pattern[str]:
    """A character the translation table changes. Those beyond the BMP are one range here
    (re tests a class's characters beyond the BMP one by one, which is slow); they are rare
    and translated as well."""
    bmp = "".join(re.escape(chr(cp)) for cp in sorted(_translation()) if cp <= 0xFFFF)
    return re.compile(f"[{bmp}\U00010000-\U0010ffff]")


def to_simplified(text: str) -> str:
    """NFKC (one-for-one), traditional → simplified and straight quotes → curly ones; keeps
    the length of the text."""
    # str.translate looks up every character; most articles have none it changes, and
    # finding that out takes re a tenth of the time.
    if _changed_char().search(text):
        text = text.translate(_translation())
    if '"' in text:
        text = ASCII_QUOTED.sub(r"“\1”", text)
    return LOST_XIAN.sub("县", text) if "h" in text else text


@dataclass(frozen=True)
class NormalisedText:
    """The normalised text and, for each of its characters, the index in the article text."""

    text: str
    seg_norm: tuple[int, ...]  # start of each kept segment in `text`
    seg_orig: tuple[int, ...]  # start of the same segment in the article text
    original_length: int

    def to_original(self, i: int) -> int:
        """Index in the article text of normalised character i (i == len(text) → end)."""
        if i >= len(self.text):
            return self.original_length
        k = bisect_right(self.seg_norm, i) - 1
        return self.seg_orig[k] + (i - self.seg_norm[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A normalised [start, end) → the article text's [start, end)."""
        if end <= start:
            s = self.to_original(start)
            return s, s
        return self.to_original(start), self.to_original(end - 1) + 1


def is_page_meta(line: str) -> bool:
    """Is this a page's metadata line (来源:…, a date and time, 记者 …)? Every branch but
    the openers needs a colon, so most lines are settled without the pattern."""
    return (":" in line and PAGE_META.search(line) is not None) or line.startswith(
        PAGE_META_OPENERS
    )


# The marker of a photo or text credit closing a line (刘言勇 摄, 张三/文), shared with
# the credits stage, which reads the name before it.
CLOSING_CREDIT_MARK = r"(?:[ \t]*/[ \t]*(绘|摄|图|文)|[ \t]+(供图|摄))[ \t]*$"
# …开工奠基。黄津摄, …游泳了!”/汪绍忠摄: a photographer glued to 摄 after a caption.
GLUED_SHOT_MARK = r"(?<=[。!?”])[ \t]*/?[ \t]*([\u4e00-\u9fff]{2,3})摄[ \t]*$"
CREDIT_END = re.compile(CLOSING_CREDIT_MARK + "|" + GLUED_SHOT_MARK)


def _line_at(text: str, start: int) -> str:
    """The line starting at start, stripped."""
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)].strip()


def _deletions(text: str) -> list[tuple[int, int]]:
    """Spans to delete: inserted pinyin/tags, and line breaks inside a sentence."""
    inserted = list(INSERTED.finditer(text))
    spans = [m.span() for m in inserted]
    # A mirror that glosses with a space after each gloss (黨(dang) 委書(shu) 記): those
    # spaces are its own too; a mirror that writes none (衢州日報(bào) 記者) keeps the page's.
    glosses = [m.end() for m in inserted if m.group().startswith("(")]
    spaced = [e for e in glosses if text[e : e + 1] == " "]
    if len(spaced) * 2 > len(glosses):
        spans += [(e, e + 1) for e in spaced if "\u3400" <= text[e + 1 : e + 2] <= "\u9fff"]
    # A space padding a number inside a sentence (年产饲料 12 万吨): not a word break.
    spans += [m.span() for m in PADDED_NUMBER.finditer(text)]
    # A line break joins two lines when the first one is prose that stops mid-sentence.
    for m in LINE_BREAK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        raw_line = text[line_start : m.start()]
        # The break with the spaces and tabs ending its line ([ \t]*\n\s*).
        span = (line_start + len(raw_line.rstrip(" \t")), m.end())
        line = raw_line.strip()
        nxt = text[m.end() : m.end() + 1]
        if not line or not nxt:
            continue
        if line.endswith(JOINING_END) or (nxt.isdigit() and line.endswith(BEFORE_NUMBER)):
            if nxt == "(" and line.endswith(":") and is_page_meta(line):
                continue  # an empty 来源: above a paragraph opening with its byline (陈某 李某)
            if line.endswith(("—", "-")) and is_page_meta(_line_at(text, m.end())):
                continue  # a subtitle's closing dash above the byline (…强磁极——\n本报记者 …)
            spans.append(span)
        elif (
            len(line) >= 20
            and PROSE_MARK.search(line)
            and not line.endswith(TERMINAL)
            and not is_page_meta(line)
            and not CREDIT_END.search(line)  # …现场。刘言勇 摄: a caption's credit ends it
            # …“精品力作”。——扬中市委常委、新坝镇党委书记潘杰: who said it ends it
            and not ATTRIBUTION_END.search(line)
        ):
            # Prose cut mid-sentence continues on the next line, unless that line is a
            # heading or caption of its own (short, no sentence punctuation: 结语).
            following = _line_at(text, m.end())
            if PAGE_ADDRESS.match(following) or following.startswith(WEB_ADDRESS):
                continue  # an article cut off mid-sentence, then the page's address
            if following.startswith(PAGE_META_OPENERS):
                continue  # a page's line (版面:01版:头版 上一篇 下一篇), then the byline
            if len(following) >= 15 or following.endswith(TERMINAL) or following[:1].isdigit():
                spans.append(span)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def normalise(article_text: str) -> NormalisedText:
    translated = to_simplified(article_text)
    kept_norm: list[int] = [0]
    kept_orig: list[int] = [0]
    parts: list[str] = []
    pos = 0
    out_len = 0
    for s, e in _deletions(translated):
        parts.append(translated[pos:s])
        out_len += s - pos
        pos = e
        kept_norm.append(out_len)
        kept_orig.append(e)
    parts.append(translated[pos:])
    return NormalisedText("".join(parts), tuple(kept_norm), tuple(kept_orig), len(article_text))


def sentences(article: Article, norm: NormalisedText | None = None) -> list[Sentence]:
    """Split the normalised text into sentences (at 。!?; and line ends)."""
    norm = norm or normalise(article.text)
    text = norm.text
    out: list[Sentence] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        end = m.end() if not m.group().startswith("\n") else m.start()
        _add(out, article, norm, start, end)
        start = m.end()
    _add(out, article, norm, start, len(text))
    return out


def _add(out: list[Sentence], article: Article, norm: NormalisedText, s: int, e: int) -> None:
    raw = norm.text[s:e]
    stripped = raw.strip()
    if not stripped:
        return
    s += len(raw) - len(raw.lstrip())
    e = s + len(stripped)
    os_, oe = norm.span(s, e)
    out.append(Sentence(len(out), stripped, s, e, os_, oe, article.text[os_:oe]))
