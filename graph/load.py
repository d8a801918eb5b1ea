"""Stage 1 — load: a file on disk → `Article`.

Reads `.txt`, `.md` (optional YAML front matter) and `.html` (the article body, not the
navigation around it). Detects UTF-8, UTF-8 with BOM, UTF-16 with BOM and GB18030/GBK.
Metadata comes from front matter, else from `metadata.yaml` beside the articles, else
from the text itself (title = first non-empty line; district inferred, default 衢江区).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from graph.lexicon import division_ending_at, division_short_forms, divisions, lexicon
from graph.model import Article

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
DEFAULT_DISTRICT = "衢江区"
METADATA_FILE = "metadata.yaml"


class LoadError(Exception):
    """A file that cannot become an article; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


@dataclass(frozen=True)
class LoadResult:
    articles: list[Article]
    errors: list[LoadError]


# ---------------------------------------------------------------- decoding


def decode(data: bytes, path: Path | str) -> tuple[str, str]:
    """Bytes → (text, encoding name). Raises LoadError for binary or undecodable input."""
    if not data.strip():
        raise LoadError(path, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", path), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _strict(data, "utf-16", path)
        if text.strip() and _cjk_or_ascii_share(text) < 0.9:
            raise LoadError(path, "undecodable text: UTF-16 mark, but not plausible UTF-16 text")
        return text, "utf-16"
    if b"\x00" in data[:4096]:
        raise LoadError(path, "binary file (contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise LoadError(
            path, f"cannot decode as UTF-8 or GB18030 (byte {exc.start}): not a text article"
        ) from None
    # GB18030 decodes almost any byte string; real Chinese text is mostly CJK and ASCII.
    if _cjk_or_ascii_share(text) < 0.9:
        raise LoadError(path, "undecodable text: neither UTF-8 nor plausible GB18030/GBK")
    return text, "gb18030"


def _strict(data: bytes, encoding: str, path: Path | str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise LoadError(path, f"invalid {encoding} at byte {exc.start}") from None


# Where real article text lives: ASCII, Latin with diacritics (pinyin), general and CJK
# punctuation, CJK ideographs, full-width forms. Random bytes spread far wider.
TEXT_RANGES = (
    ("\u0000", "\u007f"),
    ("\u00a0", "\u024f"),
    ("\u2000", "\u206f"),
    ("\u3000", "\u303f"),
    ("\u4e00", "\u9fff"),
    ("\uff00", "\uffef"),
    ("\ufeff", "\ufeff"),  # a byte-order mark left inside a text (files joined together)
)


def _cjk_or_ascii_share(text: str) -> float:
    ok = sum(1 for ch in text if any(lo <= ch <= hi for lo, hi in TEXT_RANGES))
    return ok / max(len(text), 1)


def _check_text(text: str, path: Path | str) -> None:
    if not text.strip():
        raise LoadError(path, "no article text (empty after decoding)")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        raise LoadError(path, "binary file (control characters), not a text article")


# ---------------------------------------------------------------- formats


FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str, path: Path | str) -> tuple[dict[str, Any], str]:
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise LoadError(
            path, f"front matter is not valid YAML ({exc.__class__.__name__})"
        ) from None
    if not isinstance(meta, dict):
        raise LoadError(path, "front matter must be a YAML mapping")
    return meta, text[match.end() :]


class _BodyExtractor(HTMLParser):
    """Collects text by block, remembering which blocks sit in navigation-like elements."""

    SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "select", "button"}
    NAV = {"nav", "header", "footer", "aside", "menu", "form"}
    BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "figcaption",
        "blockquote",
        "pre",
        "td",
        "dd",
        "dt",
        "table",
        "ul",
        "ol",
    }
    BODY_HINT = re.compile(r"article|content|detail|TRS_Editor|zoom|news_?text|main|body", re.I)
    NAV_HINT = re.compile(r"\b(nav|menu|footer|header|breadcrumb|sidebar|share|copyright)", re.I)

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # tag, is_nav, is_body
        self.skip = 0
        self.title = ""
        self._in_title = False
        self.blocks: list[tuple[str, bool, bool]] = []  # text, in_nav, in_body
        self._buf: list[str] = []

    def _flush(self) -> None:
        text = "".join(self._buf).strip()
        self._buf = []
        if text:
            in_nav = any(n for _, n, _ in self.stack)
            in_body = any(b for _, _, b in self.stack)
            self.blocks.append((text, in_nav, in_body))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self.SKIP:
            self.skip += 1
            return
        if tag in self.BLOCK:
            self._flush()
        if tag in ("br", "img", "hr", "meta", "link", "input"):
            return
        hints = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        is_nav = tag in self.NAV or bool(self.NAV_HINT.search(hints))
        is_body = tag == "article" or bool(self.BODY_HINT.search(hints))
        if is_nav or is_body:
            self._flush()  # text before a navigation or body element is not part of it
        self.stack.append((tag, is_nav, is_body))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in self.BLOCK or any(t == tag and (n or b) for t, n, b in self.stack):
            self._flush()  # the text inside a closing navigation/body element is its own
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if not self.skip:
            self._buf.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """HTML page → (article body text, <title>). Navigation, headers and footers are dropped."""
    parser = _BodyExtractor()
    parser.feed(html)
    parser.close()
    parser._flush()
    blocks = parser.blocks
    body = [t for t, nav, in_body in blocks if in_body and not nav]
    if not body:
        body = [t for t, nav, _ in blocks if not nav]
    return "\n\n".join(body), " ".join(parser.title.split())


# ---------------------------------------------------------------- metadata


# Posts and bodies of the city itself: 全市, 市领导, 市委, 市长, 市发改委 (not 江山市副市长).
CITY_LEVEL = re.compile(
    r"全市|市领导|(?:^|(?<=[,。、:;\s(]))副?市(?:委|政府|长|[\u4e00-\u9fff]{1,6}?(?:局|委|办))"
)


@cache
def unit_level(level: str) -> re.Pattern[str]:
    """Posts and bodies of a district (区) or county (县) as its own news writes them."""
    return re.compile(
        rf"全{level}|{level}领导|(?:^|(?<=[,。、:;\s(]))副?{level}(?:委|政府|长|[\u4e00-\u9fff]{{1,6}}?(?:局|委|办))"
    )


# 2024年2月26日, 2024-02-26, and a print page's 2024 年/2 月/26 日.
DATE_FULL = re.compile(
    r"(20\d\d|19\d\d)\s*(?:年/?|[./-])\s*(\d{1,2})\s*(?:月/?|[./-])\s*(\d{1,2})\s*日?"
)
# 13.06.2016  18:06: a page template writing the day first, then the month and year.
DATE_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(20\d\d)(?![\d.])")
DATE_MONTH_DAY = re.compile(r"(?<![\d.])(\d{1,2})月(\d{1,2})日")
YEAR = re.compile(r"(?<!\d)(20\d\d)年")


def _make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def infer_date(text: str) -> date | None:
    """The article's date when the text gives it: a full date (2025年3月5日, 2025-03-05, or a
    template's 13.06.2016), or 月日 with the year the text talks about (news says "2月14日"
    and names the year elsewhere)."""
    head = text[:600]
    for match in DATE_FULL.finditer(head):
        found = _make_date(*(int(g) for g in match.groups()))
        if found:
            return found
    for match in DATE_DAY_FIRST.finditer(head):
        day, month, year = (int(g) for g in match.groups())
        if found := _make_date(year, month, day):
            return found
    md = DATE_MONTH_DAY.search(head)
    if not md:
        return None
    # The year written in the dateline's own sentence ("2月20日上午，衢江区召开2026年…"),
    # else the year the text names most.
    sentence_end = min((i for c in "。\n" if (i := text.find(c, md.end())) >= 0), default=len(text))
    month, day = int(md.group(1)), int(md.group(2))
    near = re.findall(r"(?<!\d)(20\d\d)(?!\d)", text[md.end() : sentence_end])
    years = _year_counts(text)
    if near:
        year = int(near[0])
    elif years:
        year = max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
        # Early in a year, news reviews the year before and names it most; late in a year,
        # it plans the next. Either way the other year, named about as often, is the page's.
        if month <= 3 and 2 * years[year + 1] > years[year]:
            year += 1
        elif month >= 11 and 2 * years[year - 1] > years[year]:
            year -= 1
    else:
        return None
    return _make_date(year, month, day)


def infer_year(text: str) -> int | None:
    """The year an undated article is about: the one it names most (latest on a tie)."""
    years = _year_counts(text)
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0] if years else None


FUTURE_YEAR = re.compile(
    r"(?:到|至|力争|争取|确保|计划|预计|目标)[于在]?\s*(20\d\d)年|(20\d\d)年(?:底|前|末)"
)


# 三年行动计划(2023-2025): a plan's span, from the year it is written in.
YEAR_SPAN = re.compile(r"(?<!\d)(20\d\d)\s*[-—–~至到]\s*(20\d\d)(?!\d)")


# 刚刚过去的2012年, 去年(2012年): a year named as gone by, from the year after it.
PAST_YEAR = re.compile(r"过去的(20\d\d)年|去年[(（]?(20\d\d)年")


def _year_counts(text: str) -> Counter[int]:
    """Years the text names, leaving out target years (到2027年, 2026年底前, the end of a
    span 2023-2025) when others exist; a year gone by counts as the year after it."""
    spans = YEAR_SPAN.findall(text)
    years = Counter(int(y) for y in YEAR.findall(text)) + Counter(int(a) for a, _ in spans)
    for a, b in PAST_YEAR.findall(text):
        past = int(a or b)
        years[past] -= 1
        years[past + 1] += 1
    years = +years  # (drops the counts brought to zero)
    future = Counter(int(a or b) for a, b in FUTURE_YEAR.findall(text))
    future |= Counter(int(b) for _, b in spans)  # (2023至2025年: FUTURE_YEAR has it too)
    present = years - future
    return present or years


def infer_district(text: str) -> str:
    """The county-level unit of Quzhou the text is mostly about; for a text that names no
    place of Quzhou, the division of China it names most (default 衢江区)."""
    return _district_evidence(text) or DEFAULT_DISTRICT


def _district_evidence(text: str) -> str | None:
    """The county-level unit (or 衢州市 itself) the text names most, or None when it names
    none. Traditional characters count as their simplified forms (龍游縣 is 龙游县)."""
    from graph.normalise import to_simplified

    text = to_simplified(text)
    lex = lexicon()
    counts = _unit_counts(text, "衢州市")
    # An article that names no place of 衢州 but a county elsewhere is that county's: its
    # 县委 and 市委 are the county's and its city's. A county named in full first
    # (divisions.tsv, Zhejiang's too), then a Zhejiang county by its short form from the
    # places table (遂昌; a short form may be part of another word: 宁海 in 香河县…宁海路),
    # then any county by its short form (泗洪), then the city.
    if "衢州" not in text and not any(n > 0 for n in counts.values()):
        if home := _outlet_home(text):
            return home  # 来源:南浔在线 … 我区党政代表团赴…考察: the outlet's own district
        county, city, firms_home = _division_named(text)
        city = city or _zone_city(text)
        best = (
            county
            or _most_named(_unit_counts(text, None))
            or _short_form_named(text, city)
            or city
            or _city_short_named(text)
            # 客商代表佛山市三水…有限公司 in 宁国's news: a guest's firm's home counts last.
            or firms_home
        )
        if best:
            return best
    # A town of the places table counts for its county (区长蒋国强赴航埠镇: 柯城区), in a
    # text that names 衢州 or one of its units, or no other division of China.
    counts.update({unit: n for unit, n in _town_counts(text).items() if unit in counts})
    # 衢州市 itself, when the text names the city without one of its units after it.
    units = "|".join(p.name for p in lex.places.values() if p.parent == "衢州市")
    named = 3 * len(re.findall(rf"衢州市(?!{units})", text))
    city_words = len(CITY_LEVEL.findall(text))
    # 全市, 市委 speak from a county-level city (江山市) named in full, in a text that names
    # 衢州 once at most (衢州市委全会精神: the city above it).
    cities = [u for u in counts if lex.places[u].type == "县级市" and counts[u] >= 3]
    own = max(cities, key=lambda u: counts[u]) if cities else None
    if own is not None and text.count("衢州") <= 1:
        counts[own] += city_words
    elif named + city_words:
        counts["衢州市"] = named + city_words
    # 全区, 区委, 区发改局 … speak from a district; 全县, 县委 … from a county. They count for
    # the district (county) the text names most, or 衢江区 for a district if it names none.
    for level, types in (("区", ("区",)), ("县", ("县",))):
        n = len(unit_level(level).findall(text))
        if not n:
            continue
        named = [u for u in counts if lex.places[u].type in types and counts[u] > 0]
        best = max(named, key=lambda u: counts[u]) if named else None
        if best is None and level == "区":
            best = DEFAULT_DISTRICT
        if best:
            counts[best] += n
    if not counts or counts.most_common(1)[0][1] <= 0:
        return None
    return counts.most_common(1)[0][0]


def _unit_counts(text: str, city: str | None) -> Counter[str]:
    """How often the text names each county-level unit of the places table (of `city`, or
    of any city): three for the full name, one for a short form alone."""
    counts: Counter[str] = Counter()
    for place in lexicon().places.values():
        if (city is None or place.parent == city) and place.type in ("区", "县", "县级市"):
            counts[place.name] += 3 * text.count(place.name)
            for short in place.short_forms:
                counts[place.name] += text.count(short) - text.count(place.name)
    return counts


def _town_counts(text: str) -> Counter[str]:
    """How often the text names a town of each county-level unit of the places table
    (区长蒋国强赴航埠镇: 柯城区)."""
    counts: Counter[str] = Counter()
    for town, county in _towns():
        counts[county] += text.count(town)
    return counts


@cache
def _towns() -> tuple[tuple[str, str], ...]:
    """(town, its county-level unit) for every town of the places table."""
    return tuple(
        (place.name, place.parent)
        for place in lexicon().places.values()
        if place.type in ("镇", "乡", "街道") and place.parent
    )


def _most_named(counts: Counter[str]) -> str | None:
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] > 0 else None


# A division's name ends in one of these.
DIVISION_ENDS = re.compile("[县区市旗]")
# 区块 (a block) is a word: 福田区块 names no 福田区 (but 平原县域 names 平原县).
NOT_AFTER_DIVISION = frozenset("块")
# A firm's name after a division's: 佛山市三水三角洲化工有限公司 (a guest's firm).
# Not 宁国市人民政府与某某股份有限公司签约: the text's own government signing with a firm.
COMPANY_AFTER_DIVISION = re.compile(
    r"(?![与和同及])(?:(?!政府|分别)[\u4e00-\u9fff]){2,14}?(?:有限公司|有限责任公司|股份公司)"
)
# A county of two characters (曹县, 沛县) counts where it starts a phrase: after
# punctuation, a city or a verb of going (not 207道县, 振兴县域); these are mostly words
# (代县长, 市和县委, 新县城, 沙县小吃).
TWO_CHAR_BEFORE = frozenset("在到赴从向来去至于市省州")
TWO_CHAR_WORDS = frozenset(("代县", "和县", "新县", "沙县"))


# How a county's, a county-level city's or a district's own news speaks of it (我县, 县委).
SPEAKS_AS = {
    "县": re.compile("我县|全县|县委|县政府|县长|县领导"),
    "县级市": re.compile("我市|全市|市委|市政府|市长|市领导"),
    "区": re.compile("我区|全区|区委|区政府|区长|区领导"),
}


TWO_CHARS = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


def _short_form_named(text: str, city: str | None) -> str | None:
    """The county a text names by its short form alone, at least twice and more than any
    other (泗洪…泗洪 with 我县), of the city it names if any; None when unsure."""
    shorts = division_short_forms()
    by_start = _short_forms_by_start()
    surnames = lexicon().surnames_common
    counts: Counter[str] = Counter()
    # Every two characters of the text, found at C speed; only those that start a short
    # form are looked at again.
    for pair in by_start.keys() & set(TWO_CHARS.findall(text)):
        for short in by_start[pair]:
            for m in re.finditer(re.escape(short), text):
                i = m.start()
                if len(short) > 2 or text[i - 1 : i] not in surnames:
                    counts[short] += 1  # not 县长雷兴平: a person's given name
    table = divisions()

    def speaking(short: str) -> list[str]:
        # The divisions of that short form (of the city) whose own news speaks as the text
        # does: 蓬安 with 我县 and 县委 is 蓬安县, and 嘉陵 (嘉陵江, 嘉陵区) does not count.
        return [
            name
            for name in shorts[short]
            if (city is None or table[name].city == city)
            and SPEAKS_AS[table[name].type].search(text)
        ]

    ranked = [(short, n) for short, n in counts.most_common() if speaking(short)][:2]
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    names = speaking(ranked[0][0])
    return names[0] if len(names) == 1 else None


@cache
def _short_forms_by_start() -> dict[str, tuple[str, ...]]:
    """Short forms by their first two characters (every one of them is counted)."""
    out: dict[str, list[str]] = {}
    for short in division_short_forms():
        out.setdefault(short[:2], []).append(short)
    return {k: tuple(v) for k, v in out.items()}


# 来源:南浔在线, 稿源: 慈溪日报: an outlet named after its county or district.
OUTLET = re.compile(
    r"(?:来源|稿源)\s*[::]\s*([\u4e00-\u9fff]{2,3}?)(?:在线|发布|新闻网|日报|新闻|融媒)"
    # 文成新闻网讯(记者 赵礼锋), 宜都融媒讯: the dateline of an outlet named after its county
    r"|(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}?)(?:新闻网|在线|融媒体中心|融媒)讯"
    # 时政要闻 建德新闻网: the site's name standing alone in the page's header
    r"|(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}?)新闻网(?![\u4e00-\u9fff])"
)
SELF_REFERENCE = re.compile(r"我([区县市])")


def _outlet_home(text: str) -> str | None:
    """The division an article speaks for (我区, 我县) when its outlet is named after it:
    a report on a visit elsewhere names the places visited more than its own."""
    outlet = OUTLET.search(text)
    if outlet is None:
        return None
    names = list(
        division_short_forms().get(outlet.group(1) or outlet.group(2) or outlet.group(3), ())
    )
    selves = {m.group(1) for m in SELF_REFERENCE.finditer(text)}
    if outlet.group(3) and len(selves) != 1:
        return None  # a site's bare name says whose news it is only with 我市 (我县) said
    if len(selves) == 1:
        level = selves.pop()
        names = [n for n in names if n.endswith(level)]
    elif outlet.group(1) or selves:
        return None  # 来源:X在线 names a home only with the level the text speaks from
    return names[0] if len(names) == 1 else None


def _division_named(text: str) -> tuple[str | None, str | None, str | None]:
    """The county-level division of China (divisions.tsv) the text names most, the
    prefecture it names most, and the division it names most as where a firm is from
    (None for any it does not name)."""
    table = divisions()
    counts: Counter[str] = Counter()
    firms: Counter[str] = Counter()
    for m in DIVISION_ENDS.finditer(text):
        if text[m.end() : m.end() + 1] in NOT_AFTER_DIVISION:
            continue  # 福田区块: a word, not the division
        name = division_ending_at(text, m.end(), shortest=2)
        if name and len(name) == 2:
            before = text[m.start() - 2 : m.start() - 1]
            if (
                name in TWO_CHAR_WORDS
                or table[name].type != "县"
                or (
                    ("\u4e00" <= before <= "\u9fff" or before.isdigit())
                    and before not in TWO_CHAR_BEFORE
                )
            ):
                continue
        if name:
            firm = COMPANY_AFTER_DIVISION.match(text, m.end()) is not None
            (firms if firm else counts)[name] += 1
    # Most named; on a tie, the name that sorts last (a fixed choice, not the order seen).
    county = max(
        ((n, name) for name, n in counts.items() if table[name].type != "市"), default=None
    )
    city = max(((n, name) for name, n in counts.items() if table[name].type == "市"), default=None)
    return (county[1] if county else None), (city[1] if city else None), _most_named(firms)


# A city's development zone named by the city's short form: 萍乡经开区, 阳江高新区.
ZONE = re.compile(
    r"([\u4e00-\u9fff]{2})"
    r"(经开区|经济技术开发区|经济开发区|高新区|高新技术产业开发区|开发区|新区|综合保税区)"
)


def _city_short_named(text: str) -> str | None:
    """The prefecture a text speaking as a city (我市, 市委) names by its short form at
    least twice and more than any other (俞东来在舟山分会场…我市有12个项目 → 舟山市)."""
    if not SPEAKS_AS["县级市"].search(text):
        return None
    counts = Counter(
        {
            name: n
            for name, d in divisions().items()
            if d.type == "市" and len(name) >= 3 and (n := text.count(name[:-1])) >= 2
        }
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _zone_city(text: str) -> str | None:
    """The prefecture whose development zone the text is about (萍乡经开区…走进经开区 →
    萍乡市): the zone named with the city's short form, and its kind written again (not
    赴宁波经开区考察, once)."""
    table = divisions()
    counts = Counter(
        name
        for m in ZONE.finditer(text)
        if (name := m.group(1) + "市") in table
        and table[name].type == "市"
        and text.count(m.group(2)) >= 2
    )
    return _most_named(counts)


def first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:200]
    return ""


def _as_date(value: Any, path: Path | str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise LoadError(path, f"metadata date {value!r} is not YYYY-MM-DD") from None


def load_metadata_index(folder: Path) -> dict[str, dict[str, Any]]:
    """`metadata.yaml` beside the articles: {file name: {title, date, district, source}}."""
    index = folder / METADATA_FILE
    if not index.is_file():
        return {}
    try:
        data = yaml.safe_load(index.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise LoadError(index, f"not valid YAML ({exc.__class__.__name__})") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise LoadError(index, "must map each file name to a mapping of title/date/district")
    return {str(k): v for k, v in data.items()}


# ---------------------------------------------------------------- entry points


def load_article(path: Path, metadata: dict[str, Any] | None = None) -> Article:
    """Read one article file; raises LoadError naming the file on any problem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(path, f"cannot read ({exc.strerror or exc})") from None
    raw, encoding = decode(data, path)
    meta: dict[str, Any] = dict(metadata or {})
    html_title = ""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        text, html_title = html_to_text(raw)
    elif suffix in (".md", ".markdown"):
        front, text = split_front_matter(raw, path)
        meta = {**meta, **front}
    else:
        text = raw
    _check_text(text, path)

    warnings: list[str] = []
    named = _district_evidence(text)
    district = str(meta.get("district") or named or DEFAULT_DISTRICT)
    inferred = named
    if meta.get("district") and named and named != district:
        warnings.append(
            f"{path}: metadata says district {district} but the text is about {inferred};"
            " using the metadata"
        )
    title = str(meta.get("title") or html_title or first_line(text))
    article_date = _as_date(meta.get("date"), path) if "date" in meta else infer_date(text)
    publisher = meta.get("source") or meta.get("publisher")
    return Article(
        source=path.name,
        path=str(path),
        text=text,
        title=title,
        date=article_date,
        district=district,
        publisher=str(publisher) if publisher else None,
        encoding=encoding,
        warnings=tuple(warnings),
    )


def article_files(corpus: Path) -> list[Path]:
    if corpus.is_file():
        return [corpus]
    if not corpus.exists():
        raise LoadError(corpus, "corpus folder does not exist")
    if not corpus.is_dir():
        raise LoadError(corpus, "not a folder or an article file")
    # Hidden files and folders (.git, .ipynb_checkpoints, an editor's backups) hold no
    # articles of the corpus, only copies or tools.
    return sorted(
        p
        for p in corpus.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(corpus).parts)
        and p.name.lower() != "readme.md"
    )


def load_corpus(corpus: Path) -> LoadResult:
    """Every article under `corpus`; a bad file is reported, the others still load."""
    files = article_files(corpus)
    articles: list[Article] = []
    errors: list[LoadError] = []
    indexes: dict[Path, dict[str, dict[str, Any]]] = {}
    for path in files:
        if path.parent not in indexes:
            try:
                indexes[path.parent] = load_metadata_index(path.parent)
            except LoadError as exc:
                # A broken metadata file costs its metadata, not the articles.
                errors.append(exc)
                indexes[path.parent] = {}
        try:
            articles.append(load_article(path, indexes[path.parent].get(path.name)))
        except LoadError as exc:
            errors.append(exc)
    seen: dict[str, int] = {}
    unique: list[Article] = []
    for art in articles:
        # Two files with one name in different folders would share an IRI: keep them apart.
        if art.source in seen:
            rel = Path(art.path).relative_to(corpus).as_posix() if corpus.is_dir() else art.path
            art = replace(art, source=rel)
        seen[art.source] = 1
        unique.append(art)
    return LoadResult(unique, errors)
