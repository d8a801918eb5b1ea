"""Property tests: any string goes through normalise + extract without an exception, and every
evidence offset lies inside the article text; decode() only ever raises LoadError."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from graph.extract import extract
from graph.load import LoadError, decode, html_to_text, split_front_matter
from graph.model import Article, Evidence, Extraction
from graph.normalise import normalise, sentences

REPO = Path(__file__).resolve().parents[1]
SEED = "".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "corpus").glob("*.txt")))
assert len(SEED) > 1000, "the seed articles in corpus/ are missing"

PROPERTY = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Characters of Chinese local news: the seed articles, some traditional forms, punctuation
# (full-width and ASCII), digits and line breaks.
NEWS_ALPHABET = sorted(
    set(SEED)
    | set("區發改局長章李華龍游縣衛達規業產會議開")
    | set("0123456789０１２３４５６７８９.%％,，。、;；:：?？!！“”‘’\"'()（）[]【】《》<>—-…·/ ")
    | set("\n\n\n\r\t\u3000\u00a0\u200b\ufeff")
)
# Pieces that exercise particular rules: inserted pinyin and tags, broken numbers, bylines.
TRICKY = [
    "(wèi)",
    "[LongYou]",
    "<em>",
    "</em>",
    '<span class="x">',
    "\n\n",
    "达到\n\n30%以上。",
    "(记者 徐丹 通讯员 毛一鸣)",
    "图/",
    "区发改局局长",
    "镇长",
    "总投资20亿元",
    "力争2026年",
    "项目",
    "”",
    "“",
]

news_chars = st.sampled_from(NEWS_ALPHABET)
seed_slices = st.tuples(st.integers(0, len(SEED) - 1), st.integers(0, 300)).map(
    lambda t: SEED[t[0] : t[0] + t[1]]
)
news_text = st.lists(
    st.one_of(
        st.text(news_chars, max_size=40),
        seed_slices,
        st.sampled_from(TRICKY),
    ),
    max_size=12,
).map("".join)
any_text = st.text(st.characters(exclude_categories=()), max_size=300)


def article(text: str) -> Article:
    return Article("prop.txt", "prop.txt", text, "属性测试", None, "衢江区")


def all_evidence(ex: Extraction) -> list[Evidence]:
    found = [m.evidence for m in ex.persons]
    found += [p.evidence for p in ex.posts]
    found += [c.evidence for c in ex.credits]
    found += [p.evidence for p in ex.projects]
    found += [f.evidence for f in ex.figures]
    found += [p.evidence for p in ex.places]
    found += [e for _, e in ex.org_mentions]
    return found


def check_extract(text: str) -> Extraction:
    ex = extract(article(text))
    for ev in all_evidence(ex):
        assert isinstance(ev.start, int) and isinstance(ev.end, int)
        assert 0 <= ev.start <= ev.end <= len(text), (ev, len(text))
        assert ev.sentence in text
        assert ev.source == "prop.txt"
    return ex


def check_normalise(text: str) -> None:
    norm = normalise(text)
    assert norm.original_length == len(text)
    previous = -1
    for i in range(len(norm.text)):
        j = norm.to_original(i)
        assert 0 <= j <= len(text), (i, j, len(text))
        assert j > previous  # the map keeps the order of the characters
        previous = j
    assert norm.to_original(len(norm.text)) == len(text)
    for s in sentences(article(text), norm):
        assert 0 <= s.start <= s.end <= len(text)
        assert s.original == text[s.start : s.end]
        assert s.text == norm.text[s.norm_start : s.norm_end]


# ---------------------------------------------------------------- normalise


@PROPERTY
@given(any_text)
@example("")
@example("\ud800")
@example("\udfff\ud800")
@example("周衛(wèi)兵")
@example("衢江<em>区</em>")
@example("\n" * 50)
def test_normalise_any_text(text: str) -> None:
    check_normalise(text)


@PROPERTY
@given(news_text)
def test_normalise_news_text(text: str) -> None:
    check_normalise(text)


# ---------------------------------------------------------------- extract


@PROPERTY
@given(any_text)
@example("")
@example("\ud800\udc00")  # a surrogate pair held as two code points
@example("章李\ud800华表示")
@example("\x00\x01\x02")
@example("<" * 100 + ">" * 100)
@example("(" * 50)
def test_extract_any_text(text: str) -> None:
    check_extract(text)


@PROPERTY
@given(news_text)
@example("区人大代表、上方镇镇长宋韬表示:“力争2026年规上工业产值增速达到\n\n30%以上。”")
@example("(记者 徐丹 通讯员 毛一鸣)")
def test_extract_news_text(text: str) -> None:
    check_extract(text)


@pytest.mark.parametrize(
    "text",
    [
        "区政协委员徐鲁",  # evidence (5, 8) in a text of 7 characters
        "宋韬表示,要抓项目。上方镇镇长宋韬",
        "区政协委员、区文广旅体局副局长许蓉",
    ],
)
def test_known_name_at_the_end_of_the_text(text: str) -> None:
    check_extract(text)


def test_known_name_at_the_end_of_a_line_is_its_own_span() -> None:
    text = "宋韬表示,要抓项目。\n上方镇镇长宋韬\n会议现场"
    ex = check_extract(text)
    spans = [text[m.evidence.start : m.evidence.end] for m in ex.persons if m.name == "宋韬"]
    assert spans == ["宋韬", "宋韬"]  # not "宋韬\n"


def test_extract_finds_things_in_news_text() -> None:
    """The news-text strategy reaches the extractors (the properties are not vacuous)."""
    ex = check_extract(SEED)
    assert ex.persons and ex.posts and ex.projects and ex.figures


def test_extract_a_million_commas() -> None:
    text = "," * 1_000_000
    check_extract(text)
    check_extract("，" * 1_000_000)


def test_extract_huge_text() -> None:
    """About 2 MB (UTF-8) of repeated seed text."""
    size = 2_000_000
    text = SEED * (size // len(SEED.encode("utf-8")) + 1)
    text = text[: len(text) * size // len(text.encode("utf-8"))]
    assert len(text.encode("utf-8")) >= size * 0.99
    ex = check_extract(text)
    assert len(ex.persons) > 100


def test_extract_empty_and_blank() -> None:
    for text in ("", " ", "\n", "\ufeff", "\u200b" * 10, "\r\n" * 100):
        ex = check_extract(text)
        assert all_evidence(ex) == []


# ---------------------------------------------------------------- loader


@PROPERTY
@given(st.binary(max_size=600))
@example(b"")
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe")
@example(b"\xfe\xff\xd8\x00")
@example(b"\xff\xfe\x00\xdc")
@example(b"\x89PNG\r\n\x1a\n\x00\x00")
@example("衢江区".encode("gb18030"))
@example("衢江区".encode("utf-16"))
def test_decode_returns_text_or_raises_load_error(data: bytes) -> None:
    try:
        text, encoding = decode(data, "x.txt")
    except LoadError as exc:
        assert "x.txt" in str(exc)
        assert "\n" not in str(exc)
    else:
        assert isinstance(text, str) and isinstance(encoding, str)


@PROPERTY
@given(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]), news_text)
def test_decode_round_trips_unicode_encodings(encoding: str, text: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-8" and not data.strip():
        return  # an empty file: a LoadError, checked elsewhere
    decoded, _ = decode(data, "x.txt")
    if encoding == "utf-8":
        assert decoded == text.removeprefix("\ufeff")  # a leading U+FEFF is a BOM
    else:
        assert decoded == text


@PROPERTY
@given(
    st.tuples(st.integers(0, len(SEED) - 1), st.integers(50, 400)).map(
        lambda t: SEED[t[0] : t[0] + t[1]]
    )
)
def test_decode_round_trips_gb18030_news(text: str) -> None:
    data = text.encode("gb18030")
    if not data.strip():
        return
    decoded, encoding = decode(data, "x.txt")
    assert decoded == text
    assert encoding == ("utf-8" if text.isascii() else "gb18030")


@PROPERTY
@given(st.one_of(any_text, news_text.map(lambda t: f"<div class='article-content'>{t}</div>")))
def test_html_and_front_matter_never_raise_other_errors(text: str) -> None:
    html_to_text(text)
    try:
        split_front_matter("---\n" + text + "\n---\n正文", "x.md")
    except LoadError:
        pass


@PROPERTY
@given(news_text)
def test_triggers_cover_what_components_find(text: str) -> None:
    """extract() reads a sentence with a component only where its trigger occurs: on any
    news-like text, what a component finds in a sentence comes with its trigger."""
    from graph.extract import figures, places, posts, projects

    for sent in sentences(article(text), normalise(text)):
        s = sent.text
        for trigger, found in (
            (posts.trigger(), posts.find_persons(s, frozenset())),
            (figures.trigger(), figures.find_figures(s, 2025)),
            (projects.trigger(), projects.find_projects(s)),
            (places.trigger(), places.find_places(s)),
        ):
            assert not found or trigger.search(s)
