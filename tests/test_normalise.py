"""Tests of graph/normalise.py: simplified NFKC text with an offset map back to the article."""

from __future__ import annotations

import pytest

from graph.model import Article
from graph.normalise import NormalisedText, normalise, sentences, to_simplified


def article(text: str) -> Article:
    return Article("x.txt", "x.txt", text, "t", None, "衢江区")


def check_map(text: str, norm: NormalisedText) -> None:
    """Every normalised index maps into the text, in increasing order."""
    assert norm.original_length == len(text)
    mapped = [norm.to_original(i) for i in range(len(norm.text))]
    assert all(0 <= m < len(text) for m in mapped)
    assert mapped == sorted(set(mapped))
    assert norm.to_original(len(norm.text)) == len(text)


def original_of(text: str, norm: NormalisedText, sub: str) -> str:
    """The article text behind the first occurrence of `sub` in the normalised text."""
    i = norm.text.index(sub)
    s, e = norm.span(i, i + len(sub))
    return text[s:e]


# ---------------------------------------------------------------- character forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＡＢＣ１２３％", "ABC123%"),
        ("增速达到３０％以上", "增速达到30%以上"),
        ("投资２．８亿元", "投资2.8亿元"),
        ("（记者 徐丹）", "(记者 徐丹)"),
        ("区发改局：", "区发改局:"),
        ("衢江区\u3000召开", "衢江区 召开"),
        ("\u00a0衢江", " 衢江"),
        ("(记者 ▏姜歌)", "(记者 |姜歌)"),  # a page's bar: the bar the credits stage reads
    ],
)
def test_nfkc_full_width_to_ascii(text: str, expected: str) -> None:
    norm = normalise(text)
    assert norm.text == expected
    assert to_simplified(text) == expected
    check_map(text, norm)


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("區發改局局長章李華", "区发改局局长章李华"),
        ("龍游縣", "龙游县"),
        ("衢江區召開招商引資推進會", "衢江区召开招商引资推进会"),
        ("規上工業產值增速達到", "规上工业产值增速达到"),
        ("巿长暨军民", "市长暨军民"),  # 巿 (fú), a look-alike typed for 市
        ("领导调研丨县委书记", "领导调研|县委书记"),  # 丨, a bar between a headline's parts
        ("縣領導楊小玨", "县领导杨小珏"),  # 玨, the variant of 珏 OpenCC keeps
    ],
)
def test_traditional_to_simplified_keeps_length(traditional: str, simplified: str) -> None:
    assert to_simplified(traditional) == simplified
    assert len(to_simplified(traditional)) == len(traditional)
    norm = normalise(traditional)
    assert norm.text == simplified
    assert [norm.to_original(i) for i in range(len(simplified))] == list(range(len(simplified)))


def test_a_simplified_form_outside_the_bmp_is_not_used() -> None:
    """OpenCC simplifies 瓅 to 𬍛, a form simplified texts do not write (汪圣瓅)."""
    assert to_simplified("汪圣瓅") == "汪圣瓅"
    assert all(ord(ch) <= 0xFFFF for ch in to_simplified("".join(map(chr, range(0x3400, 0xA000)))))


def test_simplified_and_ascii_text_is_unchanged() -> None:
    text = "2月14日,衢江区召开推进会。区发改局局长章李华表示,2025年力争增速达到10%以上。"
    norm = normalise(text)
    assert norm.text == text
    check_map(text, norm)


def test_to_simplified_keeps_length_of_any_bmp_text() -> None:
    text = "".join(chr(cp) for cp in range(0x20, 0xD800, 7)) + "\ud800\udfff"
    assert len(to_simplified(text)) == len(text)


def test_zero_width_characters_are_removed() -> None:
    text = "章\u200b李\u200d华\ufeff表示"
    norm = normalise(text)
    assert norm.text == "章李华表示"
    check_map(text, norm)
    assert original_of(text, norm, "章李华") == "章\u200b李\u200d华"


# ---------------------------------------------------------------- inserted pinyin and tags


@pytest.mark.parametrize(
    ("text", "expected", "word", "original"),
    [
        ("周衛(wèi)兵", "周卫兵", "周卫兵", "周衛(wèi)兵"),
        ("龍游[LongYou]縣", "龙游县", "龙游县", "龍游[LongYou]縣"),
        ("衢江<em>区</em>", "衢江区", "衢江区", "衢江<em>区"),
        ("区委书记周衛(wèi)兵表示", "区委书记周卫兵表示", "周卫兵", "周衛(wèi)兵"),
        ("在龍游[LongYou]縣召开", "在龙游县召开", "龙游县", "龍游[LongYou]縣"),
        ("宋(sòng)韬", "宋韬", "宋韬", "宋(sòng)韬"),
        ("章(Zhāng)李华", "章李华", "章李华", "章(Zhāng)李华"),
        ('召开<span class="hl">衢江</span>区会议', "召开衢江区会议", "衢江区", "衢江</span>区"),
        ("衢江<br/>区", "衢江区", "衢江区", "衢江<br/>区"),
    ],
)
def test_inserted_pinyin_and_tags_are_removed(
    text: str, expected: str, word: str, original: str
) -> None:
    norm = normalise(text)
    assert norm.text == expected
    check_map(text, norm)
    assert original_of(text, norm, word) == original


def test_a_space_after_each_gloss_goes_with_it_a_space_after_some_stays() -> None:
    spaced = "麗(li) 水蓮都區大港頭鎮黨(dang) 委書(shu) 記楊傑走完了全鎮10個(ge) 行政村"
    assert normalise(spaced).text == "丽水莲都区大港头镇党委书记杨杰走完了全镇10个行政村"
    # A mirror that glosses with no space: the page's own space stays.
    glued = "發(fā)布時間:2018 來源:衢州日報(bào) 記者 楊林濤"
    assert normalise(glued).text == "发布时间:2018 来源:衢州日报 记者 杨林涛"


def test_an_acronym_in_brackets_is_kept() -> None:
    """丁基橡胶(IIR), 树脂(SAP): capitals in brackets are an acronym, not inserted pinyin."""
    assert (
        normalise("丁基橡胶(IIR)项目和树脂(SAP)改扩建").text == "丁基橡胶(IIR)项目和树脂(SAP)改扩建"
    )


def test_pinyin_offsets_point_at_the_right_characters() -> None:
    text = "周衛(wèi)兵"
    norm = normalise(text)
    assert [text[norm.to_original(i)] for i in range(3)] == ["周", "衛", "兵"]
    text = "龍游[LongYou]縣"
    norm = normalise(text)
    assert [text[norm.to_original(i)] for i in range(3)] == ["龍", "游", "縣"]
    text = "衢江<em>区</em>"
    norm = normalise(text)
    assert [text[norm.to_original(i)] for i in range(3)] == ["衢", "江", "区"]


def test_brackets_that_are_not_inserted_pinyin_stay() -> None:
    for text in ("小微园(三期)", "项目(一期)", "GDP(亿元)", "(记者 徐丹)"):
        assert normalise(text).text == text


def test_extract_on_pinyin_and_tags_points_at_the_original_name() -> None:
    from graph.extract import extract

    text = "区发改局局长章李<em>华</em>表示,要抓项目。\n区人大代表、上方镇镇长宋(sòng)韬表示,要抓招商。\n"
    ex = extract(article(text))
    spans = {p.name: text[p.evidence.start : p.evidence.end] for p in ex.persons}
    assert spans.get("章李华") == "章李<em>华"
    assert spans.get("宋韬") == "宋(sòng)韬"


# ---------------------------------------------------------------- broken lines and sentences


BROKEN = (
    "我们将锚定目标,全面落实重大产业项目的落地开工,力争2026年规上工业产值增速达到\n\n30%以上。”\n"
)


def test_number_broken_by_a_line_break_is_one_sentence() -> None:
    sents = sentences(article(BROKEN))
    joined = [s for s in sents if "达到30%以上" in s.text]
    assert len(joined) == 1
    s = joined[0]
    assert "达到\n\n30%以上" in s.original
    assert s.original == BROKEN[s.start : s.end]
    assert not any(s.text.startswith("30%") for s in sents)


def test_number_broken_after_a_short_line_is_one_sentence() -> None:
    text = "今年全区规上工业产值增速力争达到\n\n10%以上。\n"
    sents = sentences(article(text))
    assert [s.text for s in sents] == ["今年全区规上工业产值增速力争达到10%以上。"]


def test_broken_number_gives_one_target() -> None:
    from graph.extract import extract

    text = "区人大代表、廿里镇镇长张迎春表示:" + BROKEN
    ex = extract(article(text))
    targets = [f for f in ex.figures if f.is_target]
    assert [(f.value, f.unit, f.year) for f in targets] == [(30, "%", 2026)]
    ev = targets[0].evidence
    assert "30%" in text[ev.start : ev.end]


def test_caption_lines_stay_separate_sentences() -> None:
    text = (
        "图为上方镇工业园区\n"
        "区人大代表、上方镇镇长宋韬表示,我们将全力以赴推进项目建设。\n"
        "衢江区高新技术产业园区项目开工仪式现场\n"
        "\n"
        "记者 徐丹 摄\n"
        "招商引资是高质量发展的生命线\n"
        "衢江区召开推进会。\n"
    )
    got = [s.text for s in sentences(article(text))]
    assert got == [
        "图为上方镇工业园区",
        "区人大代表、上方镇镇长宋韬表示,我们将全力以赴推进项目建设。",
        "衢江区高新技术产业园区项目开工仪式现场",
        "记者 徐丹 摄",
        "招商引资是高质量发展的生命线",
        "衢江区召开推进会。",
    ]


def test_a_caption_ending_in_its_credit_is_not_joined_to_the_next_line() -> None:
    text = "26日,某某市“新春第一会”现场。刘言勇 摄\n座次安排传递着明确的信号:谁在推动发展,谁就该站C位。\n"
    got = [s.text for s in sentences(article(text))]
    assert "刘言勇 摄" in got


def test_an_empty_source_label_is_not_joined_to_a_paragraph_opening_with_its_byline() -> None:
    text = (
        "  • 2022-12-14 16:48:46\n  • 来源:\n\n(陈淑敏 熊振东)为统筹抓好疫情防控,确保项目推进。\n"
    )
    got = [s.text for s in sentences(article(text))]
    assert "• 来源:" in got
    assert got[-1].startswith("(陈淑敏 熊振东)为统筹")
    # A label ending its line before prose still joins it (its value is on the next line).
    assert "来源:衢江新闻" in [s.text for s in sentences(article("来源:\n衢江新闻\n"))]


def test_sentences_split_at_end_marks() -> None:
    text = "衢江怎么干?大抓项目!早落地。早开工……“确保完成。”区长表示"
    got = [s.text for s in sentences(article(text))]
    assert got == ["衢江怎么干?", "大抓项目!", "早落地。", "早开工……", "“确保完成。”", "区长表示"]


SAMPLES = [
    "",
    "   \n\n  ",
    "衢江区",
    BROKEN,
    "周衛(wèi)兵表示。\n龍游[LongYou]縣召開會議。\n衢江<em>区</em>领导出席。",
    "ＡＢＣ，１２３。\u3000全角文字\n\n\n半角",
    "  前导空格的句子。  \n\t尾随制表符\t\n",
    "\ufeff带BOM的文字。\u200b零宽\n",
    "章李<em>华</em>\n(记者 徐丹)\n图/通讯员 毛一鸣",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_sentence_original_is_the_article_text_of_its_span(text: str) -> None:
    norm = normalise(text)
    check_map(text, norm)
    sents = sentences(article(text), norm)
    for i, s in enumerate(sents):
        assert s.index == i
        assert 0 <= s.start <= s.end <= len(text)
        assert s.original == text[s.start : s.end]
        assert s.text == norm.text[s.norm_start : s.norm_end]
        assert s.text == s.text.strip() and s.text
        assert (s.start, s.end) == norm.span(s.norm_start, s.norm_end)
    assert [s.start for s in sents] == sorted(s.start for s in sents)


def test_sentences_of_the_seed_articles() -> None:
    from pathlib import Path

    for path in sorted(Path(__file__).resolve().parents[1].joinpath("corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        norm = normalise(text)
        check_map(text, norm)
        sents = sentences(article(text), norm)
        assert sents
        for s in sents:
            assert s.original == text[s.start : s.end]
            assert to_simplified(s.original)[:1] == s.text[:1]
            assert to_simplified(s.original)[-1:] == s.text[-1:]


def test_span_of_an_empty_range() -> None:
    norm = normalise("衢江<em>区</em>会议")
    for i in range(len(norm.text) + 1):
        s, e = norm.span(i, i)
        assert s == e
        assert 0 <= s <= norm.original_length


def test_a_page_metadata_line_is_not_joined_but_prose_with_a_time_is() -> None:
    """A byline or 来源 line ends where its line ends; prose that mentions a clock time
    and breaks mid-sentence is still one sentence."""
    meta = normalise(
        "2017年07月11日 09:36:18 来源: 衢州日报 记者 方利军 倪晗\n在全年过半的关键节点,"
    ).text
    assert "倪晗\n" in meta
    prose = normalise("上午9:30,在全区经济工作会议上,区委副书记、区长\n李小红出席会议并讲话。").text
    assert "区长李小红" in prose


def test_an_article_cut_off_mid_sentence_is_not_joined_to_the_page_address() -> None:
    """The address's %25E5%2597% would read as percentages inside the cut sentence."""
    cut = "力争全年电梯规上产值突破100亿元,打造国内一流电梯产业集群;电机产"
    for address in ("原文:https://x.cn/%25E5%2597%25A0/2998", "http://x.cn/%25E5%2597%25A0/2998"):
        assert f"电机产\n{address}" in normalise(f"{cut}\n{address}").text


def test_a_space_padding_a_number_is_dropped_with_its_offsets() -> None:
    text = "新建年产饲料 12 万吨饲料加工厂,要闻 00003 大山深处"
    norm = normalise(text)
    assert "饲料12万吨" in norm.text
    assert "要闻 00003 大山" in norm.text  # a number with no unit after it keeps its spaces
    i = norm.text.index("12万吨")
    assert text[slice(*norm.span(i, i + 4))] == "12 万吨"


def test_a_space_inside_a_date_is_dropped_but_not_the_one_before_it() -> None:
    norm = normalise("连平树立2016 年发展目标。作者:记者 史华东 2019年01月11日")
    assert "树立2016年发展目标" in norm.text
    assert "史华东 2019年" in norm.text  # the byline's name ends at the space


def test_a_lone_h_between_chinese_characters_is_a_garbled_xian() -> None:
    # A pinyin-glossing mirror wrote 縣(xiàn) as h; offsets still map one for one.
    norm = normalise("開工活動??h委書記張某成出席。電壓5h充滿。")
    assert norm.text == "开工活动??县委书记张某成出席。电压5h充满。"
    assert len(norm.text) == len("開工活動??h委書記張某成出席。電壓5h充滿。")


def test_a_subtitle_closing_with_a_dash_is_not_joined_to_the_byline_below() -> None:
    norm = normalise("遂昌牵手阿里云,打造强磁极——\n\n  本报记者 麻萌楠 朱敏\n正文——\n共建科创岛。")
    assert "强磁极——\n" in norm.text
    assert "正文——共建科创岛" in norm.text  # prose broken after a dash is still joined


def test_a_long_page_line_is_not_joined_to_the_byline_below() -> None:
    text = (
        "版面:01版:头版       上一篇    下一篇\n\n  记者 毛慧娟 报道组 周万 通讯员 郑玲玲\n\n正文。"
    )
    texts = [s.text for s in sentences(normalise(text))]
    assert "记者 毛慧娟 报道组 周万 通讯员 郑玲玲" in texts


def test_straight_quotes_around_chinese_become_curly_ones() -> None:
    assert to_simplified('引进时代锂电、吉利"三电"等项目。') == "引进时代锂电、吉利“三电”等项目。"
    assert to_simplified('say "hello" twice') == 'say "hello" twice'  # no Chinese inside


def test_a_line_closing_with_its_speaker_is_not_joined_to_the_next() -> None:
    text = (
        "标题\n全力打造一批全域旅游“精品力作”,强镇扩权改革跨出新步伐。——扬中市委常委、新坝镇党委书记潘杰\n"
        "三茅街道将紧紧围绕高质量发展的目标要求,突出总量提升。"
    )
    texts = [s.text for s in sentences(article(text), normalise(text))]
    assert any(t.endswith("党委书记潘杰") for t in texts)
