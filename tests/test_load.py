"""Tests of graph/load.py: encodings, formats, metadata, bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.extract import extract
from graph.load import (
    DEFAULT_DISTRICT,
    LoadError,
    article_files,
    decode,
    html_to_text,
    infer_date,
    infer_district,
    load_article,
    load_corpus,
)

BODY = (
    "衢江区召开招商引资推进会\n"
    "\n"
    "2月14日,衢江区召开招商引资工作推进会。区发改局局长章李华表示,"
    "2025年力争规上工业产值增速达到10%以上。\n"
)
TITLE = "衢江区召开招商引资推进会"

TRADITIONAL = (
    "衢江區召開招商引資推進會\n\n區發改局局長章李華表示,力爭規上工業產值增速達到10%以上。\n"
)

LONGYOU = (
    "龙游县召开项目建设推进会\n"
    "\n"
    "3月5日,龙游县召开项目建设推进会。龙游县发改局局长表示,湖镇镇、龙洲街道要加快项目落地,"
    "龙游县全年计划完成固定资产投资100亿元。\n"
)

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 256 + bytes(range(256))

HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>衢江区部署安全生产工作_衢江要闻_衢江新闻网</title>
<style>.nav { color: red }</style><script>var menu = "首页菜单脚本";</script></head>
<body>
<nav class="top-nav"><ul><li><a href="/">首页导航</a></li><li><a href="/news/">衢江要闻</a></li></ul></nav>
<header class="site-header"><div class="logo">衢江新闻网站标</div>
<div class="crumb">当前位置：首页 &gt; 正文</div></header>
<div class="main">
  <h1 class="article-title">衢江区部署安全生产工作</h1>
  <div class="article-content">
    <p>3月5日,衢江区召开安全生产工作会议。</p>
    <p>区应急局局长潘国庆通报了全区安全生产形势。</p>
  </div>
  <aside class="related"><h3>相关新闻</h3><ul><li>诸葛明辉督查春运安全生产工作</li></ul></aside>
</div>
<footer class="site-footer"><p>版权所有 衢江新闻网 浙ICP备00000000号</p></footer>
</body></html>
"""


def write(folder: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode(encoding)
    path.write_bytes(content)
    return path


def one_line(err: LoadError) -> str:
    message = str(err)
    assert "\n" not in message, message
    return message


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("gbk", "gb18030")],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, expected: str) -> None:
    path = write(tmp_path, "a.txt", BODY, encoding)
    article = load_article(path)
    assert article.text == BODY  # the BOM is not part of the text
    assert not article.text.startswith("\ufeff")
    assert article.encoding == expected
    assert article.title == TITLE
    assert article.source == "a.txt"


def test_bom_is_removed_so_offsets_match_the_plain_file(tmp_path: Path) -> None:
    plain = load_article(write(tmp_path, "plain.txt", BODY))
    bom = load_article(write(tmp_path, "bom.txt", BODY, "utf-8-sig"))
    spans = lambda a: [(p.name, p.evidence.start, p.evidence.end) for p in extract(a).persons]  # noqa: E731
    assert spans(plain) == spans(bom)
    assert ("章李华", BODY.index("章李华"), BODY.index("章李华") + 3) in spans(plain)


def test_a_mark_inside_utf16_text_is_text() -> None:
    """A byte-order mark inside the text (two files joined) is no sign of a wrong codec."""
    assert decode("\ufeff".encode("utf-16"), "x.txt") == ("\ufeff", "utf-16")
    joined = "区长某某说。\ufeff某某镇".encode("utf-16")
    assert decode(joined, "x.txt") == ("区长某某说。\ufeff某某镇", "utf-16")


def test_plain_txt_without_metadata(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "plain.txt", "\n\n  \n" + BODY))
    assert article.title == TITLE  # first non-empty line
    assert article.district == DEFAULT_DISTRICT
    assert article.date == date(2025, 2, 14)  # 2月14日 + the year the text names
    assert article.publisher is None
    assert article.warnings == ()


def test_traditional_text_is_kept_and_extracted_as_simplified(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "trad.txt", TRADITIONAL))
    assert article.text == TRADITIONAL  # original text kept for evidence
    ex = extract(article)
    names = {p.name for p in ex.persons}
    assert "章李华" in names  # extraction sees simplified characters
    person = next(p for p in ex.persons if p.name == "章李华")
    assert article.text[person.evidence.start : person.evidence.end] == "章李華"
    assert person.evidence.sentence in article.text
    assert "區發改局局長" in person.evidence.sentence
    assert any(p.role == "局长" and p.org and p.org.surface == "区发改局" for p in ex.posts)


def test_traditional_text_in_gb18030(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "trad.txt", TRADITIONAL, "gb18030"))
    assert article.text == TRADITIONAL
    assert "章李华" in {p.name for p in extract(article).persons}


# ---------------------------------------------------------------- formats


def test_markdown_front_matter(tmp_path: Path) -> None:
    front = "---\ntitle: 前言标题\ndate: 2025-02-14\ndistrict: 衢江区\nsource: 衢江新闻网\n---\n"
    article = load_article(write(tmp_path, "a.md", front + "# " + BODY))
    assert article.title == "前言标题"
    assert article.date == date(2025, 2, 14)
    assert article.district == "衢江区"
    assert article.publisher == "衢江新闻网"
    assert article.text == "# " + BODY  # offsets count from after the front matter
    assert "---" not in article.text


def test_markdown_without_front_matter(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.md", "# " + BODY))
    assert article.title == TITLE  # heading marks stripped
    assert article.text == "# " + BODY


def test_markdown_front_matter_with_bom_and_crlf(tmp_path: Path) -> None:
    text = "---\r\ntitle: 前言标题\r\ndate: 2025-02-14\r\n---\r\n# 正文标题\r\n区发改局局长章李华表示。\r\n"
    article = load_article(write(tmp_path, "a.md", text, "utf-8-sig"))
    assert (article.title, article.date) == ("前言标题", date(2025, 2, 14))
    assert article.text == "# 正文标题\r\n区发改局局长章李华表示。\r\n"
    person = next(p for p in extract(article).persons if p.name == "章李华")
    assert article.text[person.evidence.start : person.evidence.end] == "章李华"


def test_markdown_front_matter_in_gb18030(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.md", "---\ntitle: 前言标题\n---\n" + BODY, "gb18030"))
    assert article.title == "前言标题"
    assert article.text == BODY
    assert article.encoding == "gb18030"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("---\ntitle: [unclosed\n---\n" + BODY, "yaml"),
        ("---\n- a\n- b\n---\n" + BODY, "mapping"),
        ("---\ndate: 2月14日\n---\n" + BODY, "date"),
        ("---\ntitle: 只有前言\n---\n", "no article text"),
    ],
)
def test_markdown_with_bad_front_matter_is_a_load_error(
    tmp_path: Path, content: str, problem: str
) -> None:
    with pytest.raises(LoadError) as info:
        load_article(write(tmp_path, "bad.md", content))
    message = one_line(info.value)
    assert "bad.md" in message
    assert problem in message.lower()


def test_markdown_with_broken_front_matter_is_a_load_error(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.md", "---\ntitle: [unclosed\n---\n" + BODY)
    with pytest.raises(LoadError) as info:
        load_article(path)
    assert "bad.md" in one_line(info.value)


def test_html_body_without_navigation(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "page.html", HTML))
    assert "3月5日,衢江区召开安全生产工作会议。" in article.text
    assert "区应急局局长潘国庆通报了全区安全生产形势。" in article.text
    for chrome in (
        "首页导航",
        "衢江新闻网站标",
        "当前位置",
        "版权所有",
        "相关新闻",
        "诸葛明辉",
        "菜单脚本",
        "color",
    ):
        assert chrome not in article.text, chrome
    assert "<" not in article.text
    assert "衢江区部署安全生产工作" in article.title
    ex = extract(article)
    person = next(p for p in ex.persons if p.name == "潘国庆")
    assert article.text[person.evidence.start : person.evidence.end] == "潘国庆"


@pytest.mark.parametrize(
    "page",
    [
        "<body><header>衢江新闻网</header><p>衢江区召开会议。</p><footer>版权所有</footer></body>",
        '<body><div class="article-content"><p>衢江区召开会议。</p><footer>版权所有</footer></div></body>',
        '<body><div class="article-content"><p>衢江区召开会议。</p><nav>上一篇</nav></div></body>',
    ],
)
def test_html_inline_navigation_text_is_dropped(page: str) -> None:
    text, _ = html_to_text(page)
    assert text == "衢江区召开会议。"


def test_html_inline_navigation_outside_the_body_is_dropped() -> None:
    page = (
        '<body><nav><a href="/">首页</a> &gt; <a href="/n/">要闻</a></nav>'
        '<div class="article-content"><p>衢江区召开会议。</p></div><footer>版权所有</footer></body>'
    )
    assert html_to_text(page)[0] == "衢江区召开会议。"


def test_html_to_text_returns_title() -> None:
    text, title = html_to_text(HTML)
    assert title == "衢江区部署安全生产工作_衢江要闻_衢江新闻网"
    assert "潘国庆" in text and "首页导航" not in text


def test_html_in_gb18030(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "page.htm", HTML.replace("utf-8", "gbk"), "gb18030"))
    assert "潘国庆" in article.text
    assert article.encoding == "gb18030"


# ---------------------------------------------------------------- metadata


def test_metadata_yaml_maps_file_names(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.txt", BODY)
    write(
        tmp_path,
        "metadata.yaml",
        "a.txt:\n  title: 元数据标题\n  date: 2024-12-31\n  district: 衢江区\n  source: 衢州日报\n",
    )
    result = load_corpus(tmp_path)
    assert result.errors == []
    by_name = {a.source: a for a in result.articles}
    assert set(by_name) == {"a.txt", "b.txt"}  # metadata.yaml is not an article
    a, b = by_name["a.txt"], by_name["b.txt"]
    assert (a.title, a.date, a.district, a.publisher) == (
        "元数据标题",
        date(2024, 12, 31),
        "衢江区",
        "衢州日报",
    )
    assert (b.title, b.date, b.district, b.publisher) == (TITLE, date(2025, 2, 14), "衢江区", None)


def test_metadata_yaml_null_date_means_no_date(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "metadata.yaml", "a.txt:\n  date: null\n")
    [article] = load_corpus(tmp_path).articles
    assert article.date is None


def test_conflicting_metadata_yaml_warns_and_metadata_wins(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", LONGYOU)
    write(tmp_path, "metadata.yaml", "a.txt:\n  district: 衢江区\n")
    [article] = load_corpus(tmp_path).articles
    assert article.district == "衢江区"
    assert len(article.warnings) == 1
    warning = article.warnings[0]
    assert "a.txt" in warning and "龙游县" in warning and "衢江区" in warning


def test_conflicting_front_matter_warns_and_metadata_wins(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\ndistrict: 柯城区\n---\n" + BODY)
    article = load_article(path)
    assert article.district == "柯城区"  # metadata wins
    assert any("柯城区" in w and "衢江区" in w for w in article.warnings), article.warnings


def test_agreeing_metadata_gives_no_warning(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.md", "---\ndistrict: 龙游县\n---\n" + LONGYOU))
    assert article.district == "龙游县"
    assert article.warnings == ()


def test_broken_metadata_yaml_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.txt", BODY)
    write(tmp_path, "metadata.yaml", "a.txt: [unclosed\n")
    result = load_corpus(tmp_path)
    assert any("metadata.yaml" in one_line(e) for e in result.errors)


def test_broken_metadata_yaml_drops_no_article(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.txt", BODY)
    write(tmp_path, "metadata.yaml", "a.txt: [unclosed\n")
    result = load_corpus(tmp_path)
    assert sorted(a.source for a in result.articles) == ["a.txt", "b.txt"]


# ---------------------------------------------------------------- inference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年3月5日,衢江区召开会议。", date(2025, 3, 5)),
        ("发布时间：2025-03-05 09:30 来源：衢江新闻网", date(2025, 3, 5)),
        ("2025.03.05 衢江区召开会议", date(2025, 3, 5)),
        ("某某日报/2024 年/2 月/26 日/第 001 版", date(2024, 2, 26)),  # a print page's
        (
            "标题\n\n13.06.2016  18:06\n\n6月8日,市委书记来到某市调研。",
            date(2016, 6, 13),
        ),  # day first
        ("2月14日,衢江区召开推进会。2025年是收官之年,2025年要大抓项目。", date(2025, 2, 14)),
        # Early in a year the year before is named most, late in a year the next one; the
        # other year, named about as often, is the page's. Named once only, it is not.
        ("1月5日,某县召开大会。2023年,全县GDP增长6%。2024年,要再创佳绩。", date(2024, 1, 5)),
        (
            "12月26日,某县开会。2024年要抓项目,2024年要稳增长。2023年成绩好,2023年增长6%。",
            date(2023, 12, 26),
        ),
        ("12月26日,某县开会。2024年GDP增长6%,2024年工业增长8%,比2023年增长。", date(2024, 12, 26)),
        # A plan's span (2023-2025) names the year it starts in, and 到2025年 one to reach.
        (
            "2月7日,桐庐召开推进会。会上发布《三年计划(2023-2025)》。到2025年,力争突破。",
            date(2023, 2, 7),
        ),
        # …a span written with 至 is counted once as a year to reach.
        ("1月5日,我县召开会议。2025年,我县印发三年行动计划(2023至2025年)。", date(2025, 1, 5)),
        # A year named as gone by (刚刚过去的2012年) is the year before the page's.
        ("3月5日,记者专访了书记。刚刚过去的2012年,形势不容乐观。", date(2013, 3, 5)),
        ("2月14日,衢江区召开推进会。", None),  # no year anywhere
        ("衢江区召开推进会。", None),
        ("2025年2月30日", None),  # not a date
        ("", None),
    ],
)
def test_infer_date(text: str, expected: date | None) -> None:
    assert infer_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LONGYOU, "龙游县"),
        ("龙游召开大会,龙游各乡镇参加。", "龙游县"),
        ("柯城区召开会议。柯城区委书记讲话。", "柯城区"),
        ("江山市召开会议。", "江山市"),
        (BODY, "衢江区"),
        ("今天天气很好。", DEFAULT_DISTRICT),
        ("", DEFAULT_DISTRICT),
        # Outside 衢州: the county the text names most, else its prefecture.
        ("宿迁市泗洪县举行开工仪式。市委书记出席,泗洪县委书记讲话。", "泗洪县"),
        ("唐山市召开会议。市委书记讲话。", "唐山市"),
        ("围场满族蒙古族自治县召开会议。县委书记讲话。", "围场满族蒙古族自治县"),  # 10 chars
        # A county of Zhejiang by its short form; but a full name elsewhere comes first.
        ("遂昌召开会议,遂昌各乡镇参加。县委书记讲话。", "遂昌县"),
        ("香河县在宁海路召开会议。", "香河县"),
        ("杭州市建德召开会议。", "建德市"),  # the county before its city
        # …but a place of 衢州 named, or 衢州 itself, wins; and 新县, 和县 are too often
        # part of other words to count.
        ("泗洪县考察团来衢江区考察。", "衢江区"),
        ("泗洪县考察团来衢州考察。市委书记会见。", "衢州市"),
        ("市和县领导出席。区委书记讲话。", DEFAULT_DISTRICT),
        # A county of two characters counts where it starts a phrase, not inside a word.
        ("市委书记张新文来曹县调研。曹县县委书记陪同。", "曹县"),
        ("菏泽市曹县召开会议。", "曹县"),
        ("市委书记来曹县调研。", "曹县"),
        # A prefecture's short form places no county (楚雄州 is not 楚雄市).
        ("楚雄彝族自治州召开会议,楚雄州各县参加,楚雄各地。市长讲话。", "衢州市"),
        ("代县长杨修讲话,振兴县域经济。", DEFAULT_DISTRICT),
        ("207道县至江华公路开工。", DEFAULT_DISTRICT),
        # No county named in full: the short form named most, twice at least, with the
        # county's own words (我县, 县委); not a word (振兴) nor a person's given name.
        ("我县举行开工仪式。关心支持泗洪发展,建设四个泗洪。县委书记讲话。", "泗洪县"),
        ("陵水召开会议,陵水各镇参加。县委书记讲话。", "陵水黎族自治县"),
        ("泗洪召开会议。县委书记讲话。", DEFAULT_DISTRICT),  # once only
        ("振兴乡村,振兴产业。县委书记讲话。", DEFAULT_DISTRICT),
        ("县委副书记、县长雷兴平讲话,雷兴平说。", DEFAULT_DISTRICT),
        # Divisions made after the table's data (海门市 became 海门区 in 2020): the one the
        # text speaks as (区委).
        ("活动在海门开发区设主会场,引领海门产业升级。区委书记宣布开工。", "海门区"),
        ("大同市云州区党留庄乡邢庄村。", "云州区"),
        # A city's development zone by the city's short form: the city (its 市委 speaks).
        ("观摩团走进萍乡经开区。市委副书记、市长刘烁参加。经开区党工委书记陪同。", "萍乡市"),
        ("我区代表团赴宁波经开区、杭州高新区考察。区委书记张三带队。", DEFAULT_DISTRICT),
        # 区块 is a word: 福田区块 names no 福田区.
        ("婺城区委书记陈晓来到婺城新城区,走访福田区块项目现场。", "婺城区"),
        # A short form whose division does not speak as the text does (嘉陵江 beside 我县)
        # is no rival: 蓬安 named twice wins.
        ("我县开工。蓬安段建设项目、嘉陵江大桥;项目落户蓬安。嘉陵江畔。县委书记讲话。", "蓬安县"),
        # Where a guest's firm is from is not where the text is (宁国 named as 我市 speaks)…
        (
            "我市签约仪式举行。市委书记倪志品出席。客商代表佛山市三水三角洲化工有限公司"
            "董事长发言。宁国依托区位优势,欢迎在宁国创业。",
            "宁国市",
        ),
        # A town of the places table speaks for its district (航埠镇 is 柯城区's).
        ("区委副书记、区长蒋国强赴航埠镇走访企业。全区上下要加油。", "柯城区"),
        # …but a town's name that other counties share does not draw a text into Quzhou.
        ("奉化区溪口镇举行文化节。宁波市领导出席。", "奉化区"),
        ("府山街道开展垃圾分类。越城区委书记出席。", "越城区"),
        # A firm whose name holds 和 is still a guest's firm.
        (
            "宁国召开会议。市委书记出席。客商代表佛山市中和化工有限公司董事长发言。"
            "宁国依托区位优势,欢迎在宁国创业。",
            "宁国市",
        ),
        # The text's own government signing with a firm is no guest's firm.
        ("宁国市人民政府与浙江华友钴业股份有限公司签约。杭州市商务局局长出席。", "宁国市"),
        # …unless the text names no other place.
        ("项目建成后,由来安县威光绿园生态农业有限公司负责运营。", "来安县"),
        # 全市, 市委 speak from a county-level city of Quzhou the text names more than 衢州.
        (
            "今日江山 我市召开情况通报会\n江山市情况通报会召开\n市委召开全市情况通报会。"
            "市委副书记汪胜通报了市委全会及衢州市委全会精神。",
            "江山市",
        ),
        ("衢州市委召开会议。衢州市委书记讲话,江山市委书记参加。全市上下加油。", "衢州市"),
    ],
)
def test_infer_district(text: str, expected: str) -> None:
    assert infer_district(text) == expected


def test_longyou_article_gets_longyou_district(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "ly.txt", LONGYOU))
    assert article.district == "龙游县"
    assert article.date is None or article.date.month == 3
    assert article.warnings == ()


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\r\n\t \n", "empty"),
        ("image.txt", PNG, "binary"),
        ("image.html", PNG, "binary"),
        ("junk.txt", "衢江区".encode() + b"\xff\xfe\xfa\x80" * 8 + b"\xff", "decod"),
        ("junk.md", b"\x81\x30\x81\x30" * 40, "decod"),  # valid GB18030, implausible text
        ("bom-only.txt", b"\xef\xbb\xbf", "empty"),
        ("bom-blank.txt", b"\xef\xbb\xbf \n\n", "empty"),
        ("utf16-bom-only.txt", b"\xff\xfe", "empty"),
        ("badbom.txt", b"\xef\xbb\xbf" + "衢江区".encode() + b"\xff\xff", "utf-8"),
        ("controls.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f\x10abc", "binary"),
        ("navonly.html", "<html><body><nav><ul><li>首页</li></ul></nav></body></html>", "text"),
    ],
)
def test_bad_file_is_a_one_line_load_error_naming_the_file(
    tmp_path: Path, name: str, content: bytes | str, problem: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(LoadError) as info:
        load_article(path)
    message = one_line(info.value)
    assert name in message
    assert info.value.path == str(path)
    assert problem in message.lower() or problem in info.value.problem.lower(), message


def test_bad_files_are_reported_and_the_others_load(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b_empty.txt", b"")
    write(tmp_path, "c_image.txt", PNG)
    write(tmp_path, "d_junk.txt", b"\xff\xfe\xfa" * 3 + b"\x80\xff")
    write(tmp_path, "e.md", "# " + BODY)
    write(tmp_path, "sub/f.html", HTML)
    write(tmp_path, "ignored.png", PNG)  # not an article suffix
    result = load_corpus(tmp_path)
    assert sorted(a.source for a in result.articles) == ["a.txt", "e.md", "f.html"]
    failed = sorted(Path(e.path).name for e in result.errors)
    assert failed == ["b_empty.txt", "c_image.txt", "d_junk.txt"]
    for err in result.errors:
        assert Path(err.path).name in one_line(err)


def test_missing_corpus_folder(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-corpus"
    with pytest.raises(LoadError) as info:
        load_corpus(missing)
    message = one_line(info.value)
    assert str(missing) in message
    assert "not exist" in message


def test_single_file_corpus(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", BODY)
    [article] = load_corpus(path).articles
    assert article.source == "a.txt"


def test_same_name_in_two_folders_stays_apart(tmp_path: Path) -> None:
    write(tmp_path, "x/a.txt", BODY)
    write(tmp_path, "y/a.txt", LONGYOU)
    sources = sorted(a.source for a in load_corpus(tmp_path).articles)
    assert len(set(sources)) == 2


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00",
        b" \n\t",
        b"\xfe\xff\xd8\x00",
        b"\xff" * 10,
        b"\x80\x80abc",
        PNG,
    ],
)
def test_decode_only_raises_load_error(data: bytes) -> None:
    with pytest.raises(LoadError):
        decode(data, "x.txt")


def test_decode_utf16_with_bom() -> None:
    text, encoding = decode(BODY.encode("utf-16"), "x.txt")
    assert (text, encoding) == (BODY, "utf-16")


def test_junk_after_a_utf16_bom_is_not_an_article(tmp_path: Path) -> None:
    path = write(tmp_path, "junk.txt", b"\xff\xfe\xfd\x80\x81" * 50)
    with pytest.raises(LoadError):
        load_article(path)


def test_hidden_folders_hold_no_articles(tmp_path: Path) -> None:
    # A notebook's checkpoints or a tool's work folder keep copies, not articles.
    (tmp_path / "a.txt").write_text("区长张三出席。", encoding="utf-8")
    for hidden in (".ipynb_checkpoints", ".work/cand"):
        (tmp_path / hidden).mkdir(parents=True)
        (tmp_path / hidden / "a-copy.txt").write_text("区长张三出席。", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("镇长李四出席。", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in article_files(tmp_path)] == [
        "a.txt",
        "sub/b.txt",
    ]


def test_an_article_speaking_for_its_outlets_district() -> None:
    """来源:南浔在线 and 我区: a report on a visit elsewhere is the outlet's district's, though
    it names the places visited more."""
    text = (
        "我区党政代表团赴湖州市两区三县考察\n来源:南浔在线\n"
        "区委书记杨卫东率领区党政代表团,先后赴吴兴区、长兴县、安吉县、德清县考察,"
        "在长兴县参观了产业园。"
    )
    assert infer_district(text) == "南浔区"
    assert infer_district(text.replace("我区", "该区")) != "南浔区"


def test_an_outlets_dateline_names_its_county() -> None:
    """文成新闻网讯: a page naming no county but its outlet's is that county's news."""
    text = "县长章寿禹带队督查\n文成新闻网讯(记者 赵礼锋)7月3日上午,县长章寿禹带队赴大峃镇、南田镇开展督查。"
    assert infer_district(text) == "文成县"
    text = "五眼泉镇召开大会\n宜都融媒讯 9月1日,五眼泉镇召开党员大会,市委常委江竞出席。"
    assert infer_district(text) == "宜都市"
    # …but a 来源 line alone, without the level the text speaks from, names no home.
    assert infer_district("县长带队督查。来源:文成新闻网") == "衢江区"


def test_a_sites_name_in_the_page_header_names_its_home() -> None:
    """时政要闻 建德新闻网 and 我市: a visit from afar reported by the visited city's site."""
    text = (
        "四川省乡城县来我市考察对接对口支援工作\n时政要闻 建德新闻网\n"
        "四川省甘孜州乡城县委常委、常务副县长扎西彭措带队的乡城县党政代表团来到我市。"
        "市委常委、常务副市长俞伟陪同考察。乡城县位于甘孜州。"
    )
    assert infer_district(text) == "建德市"
    # …but without the level it speaks from, a bare site name names no home.
    assert infer_district(text.replace("我市", "该地")) == "乡城县"


def test_a_city_named_by_its_short_form_is_the_citys_news() -> None:
    text = "俞东来在舟山分会场宣布开工\n昨天上午,全省重大项目集中开工。我市有12个项目开工,舟山分会场设在新城。"
    assert infer_district(text) == "舟山市"
    # Named once, or without the city speaking (我市, 市委), it says nothing.
    assert infer_district("我市有12个项目开工,舟山客商参加。") == "衢江区"
    assert infer_district("舟山分会场设在新城。舟山客商参加。") == "衢江区"
