"""The extract stage as a whole: evidence offsets, bylines, anaphora, project attributes."""

import dataclasses
import datetime

import pytest

from graph.extract import _event_year_month, extract
from graph.model import Article


def article(text: str, district: str = "衢江区") -> Article:
    return Article("t.txt", "t.txt", text, "t", None, district)


def test_evidence_points_into_the_original_text() -> None:
    text = "區發改局局長林曉峰表示,要加快推進。\n(記者 趙敏)"
    ex = extract(article(text))
    post = ex.posts[0]
    assert (post.person, post.role, post.org.surface) == ("林晓峰", "局长", "区发改局")
    assert text[post.evidence.start : post.evidence.end] == "區發改局局長林曉峰"
    assert post.evidence.sentence in text
    credit = ex.credits[0]
    assert (credit.person, credit.credit_as) == ("赵敏", "记者")
    assert text[credit.evidence.start : credit.evidence.end] == "趙敏"


def test_this_company_refers_to_the_company_named_before() -> None:
    text = "上海联创半导体集团有限公司来衢考察。该公司副总裁司马哲介绍,将布局新基地。"
    ex = extract(article(text))
    assert [(p.person, p.role, p.org.surface) for p in ex.posts] == [
        ("司马哲", "副总裁", "上海联创半导体集团有限公司")
    ]


def test_a_unit_of_this_company_is_that_unit_of_the_company_named_before() -> None:
    text = "西格迈股份有限公司扩大生产。该公司营销中心副总监代红军介绍,订单已排到年底。"
    ex = extract(article(text))
    assert [(p.person, p.role, p.org.surface) for p in ex.posts] == [
        ("代红军", "副总监", "西格迈股份有限公司营销中心")
    ]


def test_a_name_ends_before_a_verb_of_having_or_holding() -> None:
    # 楼磊有感而发, 张瑜手持: the verb is not the name's third character.
    text = (
        "中奥电梯有限公司总经理楼磊有感而发。浙江蓝途户外用品股份有限公司副总经理张瑜手持样品介绍。"
    )
    ex = extract(article(text))
    assert [(p.person, p.role) for p in ex.posts] == [("楼磊", "总经理"), ("张瑜", "副总经理")]


def test_the_congress_of_a_session_report_is_the_session_named_before() -> None:
    text = (
        "昨天上午,衢州市柯城区第十届人民代表大会第五次会议开幕。"
        "本次大会的执行主席张锡华、巨博华在主席台就座。会议由大会执行主席马雪华主持。"
    )
    ex = extract(article(text, "柯城区"))
    assert {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts} == {
        ("张锡华", "执行主席", "衢州市柯城区第十届人民代表大会第五次会议"),
        ("巨博华", "执行主席", "衢州市柯城区第十届人民代表大会第五次会议"),
        ("马雪华", "执行主席", "衢州市柯城区第十届人民代表大会第五次会议"),
    }


@pytest.mark.parametrize(
    ("text", "session"),
    [
        # 本次会议 is the session too; a division of China names it (not only 衢州's).
        (
            "重庆市渝中区第十九届人民代表大会第四次会议开幕。本次会议执行主席由黄茂军、卫强担任。",
            "渝中区第十九届人民代表大会第四次会议",
        ),
        # A CPPCC session with the county's name after 届.
        (
            "政治协商会议第十一届琼中黎族苗族自治县委员会第一次会议闭幕。大会执行主席黄茂军、卫强就座。",
            "第十一届琼中黎族苗族自治县委员会第一次会议",
        ),
        # The post, 是, then its holders; 本次全体会议 is the session too.
        (
            "江门市新会区第十六届人民代表大会第五次会议开幕。本次全体会议的执行主席是:黄茂军、卫强。",
            "江门市新会区第十六届人民代表大会第五次会议",
        ),
        # A sitting of the session (第一次全体会议) is the session.
        (
            "阳东区九届人大五次会议开幕。第一次全体会议执行主席黄茂军、卫强在主席台前排就座。",
            "阳东区九届人大五次会议",
        ),
    ],
)
def test_more_sessions_named_before(text: str, session: str) -> None:
    ex = extract(article(text))
    assert {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts} == {
        ("黄茂军", "执行主席", session),
        ("卫强", "执行主席", session),
    }


def test_a_place_written_after_a_date_does_not_take_its_year() -> None:
    from graph.extract.places import find_places

    found = find_places("刚谈起2013年三都镇的项目建设,镇党委书记蒋智华便说了出来。")
    assert [(p.name, p.place_type) for p in found] == [("三都镇", "镇")]
    ex = extract(article("刚谈起2013年三都镇的项目建设,镇党委书记蒋智华便说了出来。"))
    assert [(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts] == [
        ("蒋智华", "党委书记", "三都镇党委")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "该镇成立工作组,积极为镇内企业出谋献策。",
        "被选为村支书后,他决定种甘蔗。",
        "同去的乡抽蓄办副主任说。",
        "平邑县小城镇建设加快。",
        "“没有村党支部,就没有如今的新火炬。”村民们说。",
        "二是选举镇人大主席、镇长、副镇长。",
    ],
)
def test_a_phrase_ending_before_zhen_or_cun_is_no_place(sentence: str) -> None:
    from graph.extract.places import find_places

    assert find_places(sentence) == []


def test_a_town_after_its_county_may_end_in_chengzhen_and_a_programme_is_no_town() -> None:
    text = "与会人员来到平邑县郑城镇观摩,驻镇帮镇扶村工作队参加。镇党委副书记、镇长刘永恒陪同。"
    orgs = {(p.person, p.org.surface if p.org else None) for p in extract(article(text)).posts}
    assert orgs == {("刘永恒", "郑城镇党委"), ("刘永恒", "郑城镇")}


def test_a_town_post_is_in_the_town_named_before_not_in_a_phrase() -> None:
    text = "桥圩镇强势推进项目建设。该镇成立工作组,积极为镇内企业出谋献策,该镇党委书记陆延山介绍。"
    orgs = {p.person: p.org.surface if p.org else None for p in extract(article(text)).posts}
    assert orgs == {"陆延山": "桥圩镇党委"}


def test_a_party_post_after_a_comma_is_in_the_party_committee_just_named() -> None:
    text = (
        "济南城市建设集团党委副书记钟善良参加活动。"
        "镇党委书记苑继强,党委副书记、联络室主任窦晓宾陪同。"
    )
    text = "商河县龙桑寺镇召开会议。" + text
    orgs = {
        (p.person, p.role): p.org.surface if p.org else None for p in extract(article(text)).posts
    }
    assert orgs[("窦晓宾", "党委副书记")] == "龙桑寺镇党委"
    # Not one named further back: 建工股份 is no body the text names, so no org.
    text = "城关镇党委书记刘博,县委常委、常务副县长沈勇,建工股份党委副书记、总经理李有贵等出席。"
    orgs = {
        (p.person, p.role): p.org.surface if p.org else None for p in extract(article(text)).posts
    }
    assert orgs[("李有贵", "党委副书记")] is None


def test_a_party_working_committees_deputy_after_a_comma_is_in_it() -> None:
    text = "浏阳经开区党工委书记郑以仁,党工委副书记、管委会主任喻辉参加。"
    orgs = {
        (p.person, p.role): p.org.surface if p.org else None for p in extract(article(text)).posts
    }
    assert orgs[("喻辉", "党工委副书记")] == "浏阳经开区"


def test_an_ethnic_township_is_the_township_named_before() -> None:
    text = "龙游县沐尘畲族乡召开会议。该乡党委书记王炜冲主持会议,乡长李德华讲话。"
    orgs = {p.person: p.org.surface if p.org else None for p in extract(article(text)).posts}
    assert orgs == {"王炜冲": "沐尘畲族乡党委", "李德华": "沐尘畲族乡"}
    for text in ("加快少数民族乡村振兴。", "支持民族乡经济发展。"):
        assert [p.name for p in extract(article(text)).places] == []


def test_signing_pairs_projects_with_investors_and_amounts() -> None:
    text = (
        "区政府与浙江恒拓新材料有限公司、衢州瑞丰电子股份有限公司分别签约了年产5万吨高性能纤维项目"
        "和年产2亿片光学膜生产线项目,总投资分别为12.5亿元和3亿元。"
    )
    ex = extract(article(text))
    found = {
        p.name: (p.investment_yuan, [i.surface for i in p.investors], p.status) for p in ex.projects
    }
    assert found == {
        "年产5万吨高性能纤维项目": (12.5e8, ["浙江恒拓新材料有限公司"], "签约"),
        "年产2亿片光学膜生产线项目": (3e8, ["衢州瑞丰电子股份有限公司"], "签约"),
    }


def test_a_town_officials_projects_are_in_the_town() -> None:
    text = (
        "廿里镇镇长张迎春说:“我们将全面落实卡涞复合新型材料、鑫亿禾科技等重大产业项目的落地开工。”"
    )
    ex = extract(article(text))
    assert {p.name: (p.place, p.status) for p in ex.projects} == {
        "卡涞复合新型材料项目": ("廿里镇", "开工"),
        "鑫亿禾科技项目": ("廿里镇", "开工"),
    }


def test_a_target_set_in_a_quote_belongs_to_its_speaker() -> None:
    text = "“力争全年新引进亿元以上项目26个。”区招商投资促进中心主任章志良说。"
    ex = extract(article(text))
    target = ex.figures[0]
    assert (target.value, target.unit, target.is_target, target.set_by_person) == (
        26,
        "个",
        True,
        "章志良",
    )


def test_a_stated_term_becomes_the_posts_period() -> None:
    text = (
        "会上,自2024年3月起担任区委常委、宣传部部长王刚表示。2019年至2023年任区发改局局长李明出席。"
    )
    ex = extract(article(text))
    assert {(p.person, p.role, p.period) for p in ex.posts} == {
        ("王刚", "常委", ("2024-03", None)),
        ("王刚", "部长", ("2024-03", None)),
        ("李明", "局长", ("2019", "2023")),
    }
    assert {p.org.surface for p in ex.posts} == {"区委", "区委宣传部", "区发改局"}


def test_a_body_sets_a_target_when_no_person_speaks() -> None:
    ex = extract(article("区经信局将力争全年规上工业产值突破600亿元。全区确保新增企业30家。"))
    setters = [(f.value, f.set_by_person, f.set_by_org.surface) for f in ex.figures]
    assert setters == [(600, None, "区经信局"), (30, None, "区政府")]


def test_a_reported_period_so_far_is_a_statistic() -> None:
    ex = extract(article("今年1-5月企业实现产值2.3亿元。确保一季度开工率达到60%以上。"))
    assert [(f.value, f.is_target) for f in ex.figures] == [(2.3, False), (60, True)]


def test_the_sentences_after_a_look_back_report_that_year() -> None:
    dated = Article("t.txt", "t.txt", "", "t", datetime.date(2014, 1, 27), "婺城区")
    text = (
        "他说,刚刚过去的一年,经济社会各项事业呈现出良好的发展态势。"
        "全区实现地区生产总值264.3亿元,增长8.9%。今年,全区力争实现地区生产总值增长8%。"
    )
    ex = extract(dataclasses.replace(dated, text=text))
    assert [(f.value, f.year, f.is_target) for f in ex.figures] == [
        (264.3, 2013, False),
        (8.9, 2013, False),
        (8, 2014, True),
    ]


def test_deputies_belong_to_the_body_just_named_and_bing_joins_posts() -> None:
    text = (
        "区人大常委会主任祝国平主持会议,副主任孙海燕、郑卫东出席。"
        "浙江华衢新材料有限公司董事长兼总经理郑一鸣说。"
    )
    ex = extract(article(text))
    assert [(p.person, p.role, p.org.surface) for p in ex.posts] == [
        ("祝国平", "主任", "区人大常委会"),
        ("孙海燕", "副主任", "区人大常委会"),
        ("郑卫东", "副主任", "区人大常委会"),
        ("郑一鸣", "董事长", "浙江华衢新材料有限公司"),
        ("郑一鸣", "总经理", "浙江华衢新材料有限公司"),
    ]


def test_a_bare_levels_body_in_a_list_of_officials_is_the_division_named_last() -> None:
    # 徐州市委书记…,市长…: 徐州's; after 邳州市委书记, 邳州's; 我市 is the article's own.
    text = (
        "徐州市委书记张国华,市长周铁根,市委副书记、秘书长夏文达,"
        "邳州市委书记、市人大常委会主任王强,市委副书记、市长陈静出席。"
        "荆州市政协副主席陈斌,我市市委书记汪卫出席。"
    )
    ex = extract(article(text, "邳州市"))
    assert [(p.person, p.role, p.org.surface) for p in ex.posts] == [
        ("张国华", "书记", "徐州市委"),
        ("周铁根", "市长", "徐州市政府"),
        ("夏文达", "副书记", "徐州市委"),
        ("夏文达", "秘书长", "徐州市委"),
        ("王强", "书记", "邳州市委"),
        ("王强", "主任", "邳州市人大常委会"),
        ("陈静", "副书记", "邳州市委"),
        ("陈静", "市长", "邳州市政府"),
        ("陈斌", "副主席", "荆州市政协"),
        ("汪卫", "书记", "市委"),
    ]
    # Not a body every division has (市场监管局 is no 市 + 场监管局); a second secretary
    # of the body starts another division's officials.
    text = "徐州市委书记张国华,市场监管局局长李四出席。宁波市委书记彭佳学,市委书记高屹,市长吴江平陪同。"
    ex = extract(article(text, "衢江区"))
    assert [(p.person, p.org.surface) for p in ex.posts] == [
        ("张国华", "徐州市委"),
        ("李四", "市场监管局"),
        ("彭佳学", "宁波市委"),
        ("高屹", "市委"),
        ("吴江平", "市政府"),
    ]


def test_a_guessed_name_written_again_in_another_context_is_kept() -> None:
    """村支书廖红俊迎来… 廖红俊有些…: no known word ends the name, but two contexts do."""
    text = "这时,村支书廖红俊迎来客人。\n见到我们,廖红俊有些不好意思。"
    ex = extract(article(text))
    post = next(p for p in ex.posts if p.person == "廖红俊")
    assert post.role == "村支书" and post.evidence.confidence >= 0.8


def test_a_name_known_from_another_sentence_is_read_whole() -> None:
    """陈建为 (before 、) is known; 陈建为强调 reads it whole, not 陈建 and 为强调."""
    text = "县政协主席陈建为、副主席刘少青参加视察。\n县政协主席陈建为强调,要全力以赴。"
    ex = extract(article(text))
    assert {p.person for p in ex.posts} == {"陈建为", "刘少青"}


def test_an_editor_repeated_guess_stays_a_guess() -> None:
    """The same sentence twice gives one context: the guess stays low confidence."""
    line = "村支书廖红俊迎来客人。"
    ex = extract(article(line + "\n" + line))
    assert all(p.evidence.confidence < 0.5 for p in ex.posts if p.person == "廖红俊")


def test_a_guessed_name_without_a_post_is_dropped() -> None:
    """很多市民游客都来此: a descriptor, then no name boundary: nothing to keep."""
    ex = extract(article("很多市民游客都来此打卡。"))
    assert [p.name for p in ex.persons] == []


def test_each_component_finds_nothing_where_its_trigger_is_absent() -> None:
    """extract() skips sentences without a component's trigger: on every sentence of the
    bundled and annotated articles, a component that finds something has its trigger."""
    from pathlib import Path

    from graph.extract import figures, places, posts, projects
    from graph.extract.figures import find_figures
    from graph.extract.places import find_places
    from graph.extract.posts import find_persons
    from graph.extract.projects import find_projects
    from graph.load import load_corpus
    from graph.normalise import normalise, sentences

    root = Path(__file__).resolve().parent.parent
    checked = 0
    for folder in (root / "corpus", root / "tests/fixtures/dev", root / "tests/fixtures/heldout"):
        for art in load_corpus(folder).articles:
            for sent in sentences(art, normalise(art.text)):
                s = sent.text
                for trigger, found in (
                    (posts.trigger(), find_persons(s, frozenset())),
                    (figures.trigger(), find_figures(s, 2025)),
                    (projects.trigger(), find_projects(s)),
                    (places.trigger(), find_places(s)),
                ):
                    if found:
                        checked += 1
                        assert trigger.search(s), s
    assert checked > 500


@pytest.mark.parametrize(
    ("text", "village"),
    [
        # A village written right after its town; a post naming only 村 is in it.
        ("在衢江区后溪镇泉井边村的甘蔗基地,村党支部书记、村委会主任刘三明说。", "泉井边村"),
        ("而在花园街道花园村,村支书曹耀文告诉记者。", "花园村"),
        ("3月17日,在岭洋乡上珠坂村,村委会副主任祝金水说。", "上珠坂村"),
        ("记者刚走进龙门村的党群服务中心,村书记汪配平就兴奋地说起这件事。", "龙门村"),
        ("凤林镇境内。负责该项目的该镇党委副书记严献平面露喜色。", "凤林镇党委"),
        ("江山市大陈乡大陈村,百余名村民在村党支部书记汪衍平的带领下高歌。", "大陈村"),
        # …past words that only look like villages (我们村, 几位村干部, 3A级景区村).
        ("走进黄泥岭村,我们村这几年变化大。村支部书记巫静平告诉记者。", "黄泥岭村支部"),
        ("大陈村已是3A级景区村。大家把变化归功于他们的村支书汪衍平。", "大陈村"),
        ("在后田铺村,几位村干部忙着。村委会主任詹红梅说。", "后田铺村"),
        # 黄泥岭村村支部: the village's 村 written twice.
        ("黄泥岭村村支部书记巫静平介绍。", "黄泥岭村支部"),
    ],
)
def test_a_village_post_is_in_the_village_named_before(text: str, village: str) -> None:
    ex = extract(article(text))
    assert ex.posts and {p.org.surface if p.org else None for p in ex.posts} == {village}


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # 该县县委: the county the article is about, its level written twice.
        ("该县县委书记、县人大常委会主任常鸿发表了致辞。", {"县委", "县人大常委会"}),
        ("该区区委副书记、区长王小明出席。", {"区委", "区政府"}),
        ("该县副县长张三说。", {"县政府"}),
    ],
)
def test_a_post_in_this_county_is_in_the_articles_county(text: str, orgs: set[str]) -> None:
    assert {p.org.surface for p in extract(article(text)).posts if p.org} == orgs


def test_an_adverb_in_de_is_not_a_name() -> None:
    # 高兴地说: 高 is a surname, but a name does not end in 地.
    ex = extract(article("公司党委书记王敏岚指着正在运转的机器,高兴地说,今年产值还要增长。"))
    assert {p.name for p in ex.persons} == {"王敏岚"}


def test_a_company_post_without_a_company_is_in_the_company_named_before() -> None:
    text = (
        "记者来到浙江锦禾农业科技有限公司的新厂区。\n"
        "董事长赵雪明在现场对记者说,厂房很快建好。负责人王芳说,订单很多。"
    )
    orgs = {p.person: p.org.surface if p.org else None for p in extract(article(text)).posts}
    assert orgs == {"赵雪明": "浙江锦禾农业科技有限公司", "王芳": None}  # 负责人: anyone's


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("奥首公司是一家化工企业。项目负责人田爱明告诉记者,项目已开工。", "奥首公司"),
        # A short name is short; a clause ending in 公司 names none.
        (
            "某某电力器材有限公司来了一组技术人员随公司出征。总经理助理操隆明说。",
            "某某电力器材有限公司",
        ),
        ("新公司成立后。总经理季金明表示,公司已确定向主板发力。", None),
        # 参观了公司 is a clause; the firm's kind (会员企业) is no part of its name.
        (
            "一行走访了会员企业浙江红盖头农业科技有限公司,参观了公司的展厅。董事长祝森根介绍了情况。",
            "浙江红盖头农业科技有限公司",
        ),
    ],
)
def test_a_company_post_is_in_a_company_named_by_its_short_name(
    text: str, company: str | None
) -> None:
    posts = extract(article(text)).posts
    assert [p.org.surface if p.org else None for p in posts] == [company]


def test_a_title_written_again_without_its_body_is_the_post_already_named() -> None:
    ex = extract(article("县委副书记、县长张亚明出席。\n张亚明副书记主持会议。"))
    assert [(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts] == [
        ("张亚明", "副书记", "县委"),
        ("张亚明", "县长", "县政府"),
    ]


def test_a_vice_governor_is_in_the_provincial_government() -> None:
    [post] = extract(article("副省长高兴明出席见证。")).posts
    assert (post.role, post.org.surface if post.org else None) == ("副省长", "省政府")


def test_a_company_named_for_one_attendee_is_the_next_ones_after_a_comma() -> None:
    ex = extract(
        article("省二轻集团公司党委书记、董事长虞岳平,党委委员、副总经理蔡玉平,县长李芝明出席。")
    )
    orgs = {(p.person, p.role): p.org.surface if p.org else None for p in ex.posts}
    assert orgs[("蔡玉平", "副总经理")] == "省二轻集团公司"
    assert orgs[("蔡玉平", "党委委员")] == "省二轻集团公司"
    assert orgs[("李芝明", "县长")] != "省二轻集团公司"


def test_a_company_named_for_one_attendee_is_the_next_ones_after_a_list_mark() -> None:
    text = "某某资源投资有限公司总经理王一平出席。省交通投资集团董事长俞志平、副总经理李雪梅讲话。"
    ex = extract(article(text))
    orgs = {(p.person, p.role): p.org.surface if p.org else None for p in ex.posts}
    assert orgs[("李雪梅", "副总经理")] == "省交通投资集团"


def test_a_guessed_name_after_a_post_with_its_organisation_is_kept() -> None:
    ex = extract(article("生活,因何而改变?衢江区委书记朱建明一语道破:“造血”帮扶。"))
    [post] = ex.posts
    assert (post.person, post.role) == ("朱建明", "书记")
    assert post.evidence.confidence >= 0.5  # shown by default, though no known word ends it


def test_a_company_after_a_visit_verb_is_named_without_it() -> None:
    ex = extract(article("记者走进浙江华冠拉链有限公司,企业负责人王洪平介绍。"))
    assert [(p.person, p.org.surface if p.org else None) for p in ex.posts] == [
        ("王洪平", "浙江华冠拉链有限公司")
    ]


def test_a_project_name_holds_no_person() -> None:
    ex = extract(
        article("5月20日,龙游县委书记张晓明率队就城东、大南门等重点项目建设情况进行调研。")
    )
    assert "大南门项目" in [p.name for p in ex.projects]
    assert not [p.name for p in ex.projects if "张晓明" in p.name]


def test_a_partner_regions_delegation_leader_holds_posts_of_that_region() -> None:
    text = "8月31日,市委常委、区委书记沈一敏率鄞州区党政代表团赴衢江区学习考察。区委书记张三陪同。"
    orgs = [(p.person, p.org.surface if p.org else None) for p in extract(article(text)).posts]
    assert orgs == [("沈一敏", "宁波市委"), ("沈一敏", "鄞州区委"), ("张三", "区委")]


def test_a_project_name_opening_with_a_person_named_in_the_article_is_dropped() -> None:
    # 罗文江入园区: the person visits a park; but a company may carry a person's name inside.
    ex = extract(
        article(
            "市委副书记罗文江来到工业园调研。罗文江入园区、进企业,了解情况。"
            "董事长苏湖广说,中苏湖广实业有限公司年产5GW电池片项目落户玉山。"
        )
    )
    assert [p.name for p in ex.projects] == ["中苏湖广实业有限公司年产5GW电池片项目"]


def test_a_january_page_reporting_a_december_event_tells_of_the_year_before() -> None:
    text = "发布时间:2017-01-06 15:44\n12月30日上午,某县重点项目开工。全县年度计划投资128亿元。"
    dated = Article("a.txt", "a.txt", text, "a", datetime.date(2017, 1, 6), "衢江区")
    assert [(f.value, f.year) for f in extract(dated).figures] == [(128, 2016)]
    # …but a date written with its year, or a later month's date, leaves the page's own.
    for opening in ("2016年12月30日上午", "2月3日上午"):
        text = f"发布时间:2017-01-06\n{opening},某县重点项目开工。"
        dated = Article("a.txt", "a.txt", text, "a", datetime.date(2017, 1, 6), "衢江区")
        assert _event_year_month(dated, text) == (2017, 1)


def test_a_guessed_name_dropped_as_a_fact_does_not_hide_a_project() -> None:
    # 市民 (a descriptor) before 文体…: a guessed name, kept by no fact, inside the project.
    ex = extract(article("滨江市民文体基础设施改造提升工程(南区)项目开工。"))
    assert "滨江市民文体基础设施改造提升工程(南区)项目" in {p.name for p in ex.projects}


def test_a_town_named_after_its_party_secretary_is_hers_when_it_is_the_only_one() -> None:
    text = "在镇党委书记钱红梅的办公桌上,有一张表格。善琏镇工业项目进展顺利。"
    ex = extract(article(text, "南浔区"))
    assert [(p.person, p.role, p.org and p.org.surface) for p in ex.posts] == [
        ("钱红梅", "党委书记", "善琏镇党委")
    ]
    # Two towns named later: which one is not ours to guess.
    ex = extract(article("镇党委书记王强说,很好。上方镇和莲花镇都在推进。", "衢江区"))
    assert [(p.person, p.org) for p in ex.posts] == [("王强", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A county of China is the left edge of the town after it.
        ("藤县天平镇党委副书记廖杰出席。", ["天平镇"]),
        ("扶风县绛帐镇凤鸣村的猕猴桃地里。", ["绛帐镇", "凤鸣村"]),
        # …but not of a phrase holding another level.
        ("房县举行县乡两级人大代表换届选举。", []),
        ("藤县天平镇村(社区)换届。", []),
        ("把城区和县城两级村的工作抓实。", []),  # 和县 here is no county
    ],
)
def test_a_town_after_a_county_of_china(sentence: str, expected: list[str]) -> None:
    from graph.extract.places import find_places

    assert [p.name for p in find_places(sentence)] == expected


def test_a_sentence_opening_with_qizhong_inherits_the_targets_before() -> None:
    text = (
        "会议提出,力争到2025年,全镇实现工农业总产值556亿元,年均增长8.3%。"
        "其中,工业总产值548亿元,年均增长8%。"
        "当天共有31个项目集中开工,年度计划投资38亿元。其中政府投资项目20个。"
    )
    ex = extract(article(text))
    targets = {(f.value, f.year) for f in ex.figures if f.is_target}
    assert {(548, 2025), (8, 2025)} <= targets
    assert not any(f.value == 20 and f.is_target for f in ex.figures)  # a report's part


def test_after_a_work_reports_plan_head_every_number_is_planned() -> None:
    text = (
        "去年新增规上工业企业30家。围绕上述目标,我们将重点抓好以下七个方面工作:"
        "一是推进新型工业化,工业增加值达200亿元。盘活用好闲置厂房8万平方米。"
    )
    ex = extract(article(text))
    assert {f.value for f in ex.figures if f.is_target} == {200, 80000}
    assert not any(f.value == 30 and f.is_target for f in ex.figures)  # before the head
    # A meeting's 要重点抓好以下… is no work report's plan: results reported after it stay so.
    text = "会议强调,要重点抓好以下三方面工作。会上通报了经济运行情况:规上工业产值120亿元。"
    assert not any(f.is_target for f in extract(article(text)).figures)


def test_a_sentence_opening_the_years_plan_plans_every_number_after_it() -> None:
    # 2026年,中洲镇将…: a town's plan for the year, told paragraph by paragraph after it.
    text = (
        "去年全镇新增流转毛竹林6000亩。2026年,中洲镇将奋力书写开局之年高分报表。\n"
        "大力推进茶产业发展,扶持8家生产主体扩大规模,带动旅游综合收入突破4000万元。"
    )
    ex = extract(Article("t.txt", "t.txt", text, "t", datetime.date(2026, 1, 19), "衢江区"))
    assert {f.value for f in ex.figures if f.is_target} == {8, 4000}
    # A year gone by (2023年,…将 in a 2026 article) opens no plan.
    text = "2023年,中洲镇将茶园流转给企业。当年扶持8家生产主体扩大规模。"
    ex = extract(Article("t.txt", "t.txt", text, "t", datetime.date(2026, 1, 19), "衢江区"))
    assert not any(f.is_target for f in ex.figures)


def test_a_bare_deputy_secretary_is_the_deputy_of_the_party_committee_named_last() -> None:
    text = "利辛县委书记张吉明深入中疃镇调研,中疃镇党委书记张才,镇长高明标,副书记杜伟陪同调研。"
    ex = extract(article(text, "利辛县"))
    assert [p.org.surface for p in ex.posts if p.person == "杜伟"] == ["中疃镇党委"]


def test_a_village_first_secretary_stationed_in_the_village_named_before() -> None:
    def posts(text: str) -> set[tuple[str, str, str | None]]:
        found = extract(article(text)).posts
        return {(p.person, p.role, p.org.surface if p.org else None) for p in found}

    # 驻村 (stationed in the village) names no body: the village named before it is the
    # post's, a village of four characters written right after its town too.
    assert posts("在莒县招贤镇何家曲坊村,提起驻村第一书记王世武,村民竖起大拇指。") == {
        ("王世武", "第一书记", "何家曲坊村")
    }
    assert posts("《冯家堡村赋》就出自于驻村第一书记林川,他说。") == {
        ("林川", "第一书记", "冯家堡村")
    }
    assert posts("金沙县双兴社区驻村第一书记余勇介绍。") == {("余勇", "第一书记", "金沙县双兴社区")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("石门镇两个新建村", ["石门镇"]),
        ("石门镇通过九修村改造", ["石门镇"]),
        ("在招贤镇集中连片村开展工作", ["招贤镇"]),
        ("柯城区中心城市街道", ["柯城区"]),
        ("在杜泽镇新建村召开现场会", ["杜泽镇", "新建村"]),
    ],
)
def test_no_village_of_four_characters_read_across_words(
    sentence: str, expected: list[str]
) -> None:
    from graph.extract.places import find_places

    assert [p.name for p in find_places(sentence)] == expected


def test_quanti_zhen_is_no_town() -> None:
    from graph.extract.places import find_places

    assert find_places("全体镇机关干部列席会议。") == []


def test_under_a_review_heading_a_figure_is_that_years_result() -> None:
    text = (
        "湖镇镇政府工作报告\n\n一、2024年工作回顾\n\n全年固定资产投资7.85亿元。全年税收收入约3.77亿元,同比增长63%。\n\n"
        "二、2025年工作安排\n\n全年新引进亿元以上项目20个。"
    )
    dated = Article("a.txt", "a.txt", text, "a", datetime.date(2025, 1, 17), "衢江区")
    figures = {(f.value, f.year, f.is_target) for f in extract(dated).figures}
    assert {(7.85, 2024, False), (3.77, 2024, False), (20, 2025, True)} <= figures
    # 回首2024 opens a review too; 预计全年 in it is the year just ended.
    text = "江山市政府工作报告\n\n回首2024,我们砥砺奋进\n\n过去一年,我们较好地完成了目标任务。预计全年实现地区生产总值430亿元。"
    dated = Article("a.txt", "a.txt", text, "a", datetime.date(2025, 1, 23), "衢江区")
    assert [(f.value, f.year, f.is_target) for f in extract(dated).figures] == [(430, 2024, False)]


def test_a_review_heading_naming_the_main_work_still_looks_back() -> None:
    # 主要工作 names aims elsewhere; 回顾 makes this heading a review of 2022.
    text = "龙游县政府工作报告\n一、2022年主要工作回顾\n\n预计全县生产总值达到300亿元,增长3%。"
    dated = Article("a.txt", "a.txt", text, "a", datetime.date(2023, 6, 5), "龙游县")
    found = {(f.value, f.year, f.is_target) for f in extract(dated).figures}
    assert found == {(300, 2022, False), (3, 2022, False)}


def test_a_headline_on_one_years_plan_gives_that_year() -> None:
    # The page is dated 2024; the tasks are 2023's.
    text = "2023年度政府工作报告重点任务\n\n力争新增规上企业10家以上。"
    dated = Article("a.txt", "a.txt", text, "a", datetime.date(2024, 1, 3), "新昌县")
    assert [(f.value, f.year, f.is_target) for f in extract(dated).figures] == [(10, 2023, True)]
    # A headline on a meeting that names a year is no plan.
    text = "2023年度总结表彰大会召开\n\n力争新增规上企业10家以上。"
    dated = Article("a.txt", "a.txt", text, "a", datetime.date(2024, 1, 3), "新昌县")
    assert [(f.value, f.year) for f in extract(dated).figures] == [(10, 2024)]


def test_a_headline_on_a_plan_over_years_gives_its_last_year() -> None:
    text = "某市共同富裕示范区建设行动计划(2021—2025年)\n\nGDP确保达到450亿元。"
    dated = Article("a.txt", "a.txt", text, "a", datetime.date(2021, 10, 16), "江山市")
    assert [(f.value, f.year, f.is_target) for f in extract(dated).figures] == [(450, 2025, True)]


def test_a_plan_heading_commits_the_paragraph_after_it() -> None:
    text = "镇安县政府工作报告\n主要目标\n生产总值增长11.5%左右,万元GDP能耗下降3.5%。\n回眸展望\n财政收入增长12%。"
    dated = Article("a.txt", "a.txt", text, "a", datetime.date(2015, 4, 27), "衢江区")
    targets = {(f.value, f.year) for f in extract(dated).figures if f.is_target}
    assert targets == {(11.5, 2015), (3.5, 2015)}
    # An interview's question naming the aim is no heading.
    text = "商南“十三五”的发展目标是什么?\n生产总值增长8%。"
    assert not any(f.is_target for f in extract(article(text)).figures)


def test_aims_listed_one_a_line_after_a_colon_are_that_years() -> None:
    # 报告提出,2017年…主要预期指标为: then the aims, one a line with no punctuation; the
    # sentence after them reports again.
    text = (
        "黄岩区党代会报告\n\n报告提出,2017年黄岩经济社会发展主要预期指标为:\n\n"
        "地区生产总值增长7.0%以上\n\n地方公共预算收入增长6.5%以上\n\n"
        "农村常住居民人均可支配收入增长9%以上\n\n过去一年,全区实现工业产值300亿元。"
    )
    dated = Article("a.txt", "a.txt", text, "a", datetime.date(2016, 12, 30), "黄岩区")
    found = {(f.value, f.year, f.is_target) for f in extract(dated).figures}
    assert found == {(7.0, 2017, True), (6.5, 2017, True), (9.0, 2017, True), (300, 2016, False)}


def test_a_bodys_officers_listed_on_after_yiji_and_the_company_turned_to() -> None:
    def posts(text: str) -> set[tuple[str, str, str | None]]:
        found = extract(article(text)).posts
        return {(p.person, p.role, p.org.surface if p.org else None) for p in found}

    found = posts("区政协主席涂文坚、副主席邓万清、田艳以及秘书长熊健峰参加活动。")
    assert ("熊健峰", "秘书长", "区政协") in found
    found = posts("在宁波江宸智能装备股份有限公司,高庆丰向企业负责人朱立洲连续发问。")
    assert found == {("朱立洲", "负责人", "宁波江宸智能装备股份有限公司")}


def test_he_inside_a_countys_name_and_you_before_a_town_are_no_particles() -> None:
    def posts(text: str, district: str = "衢江区") -> set[tuple[str, str, str | None]]:
        found = extract(article(text, district)).posts
        return {(p.person, p.role, p.org.surface if p.org else None) for p in found}

    text = "缙云县委书记王正飞,云和县委副书记、县长周鸿飞陪同。"
    assert ("周鸿飞", "副书记", "云和县委") in posts(text, "缙云县")
    # 会议由镇党委书记…: 由 (by) is no part of a town's name; 镇长 is of 高作镇.
    text = "建湖县高作镇召开人代会,会议由镇党委书记智中华主持。镇长颜育明作政府工作报告。"
    assert ("颜育明", "镇长", "高作镇") in posts(text, "建湖县")


def test_an_associations_officers_listed_with_commas() -> None:
    text = "中国观赏石协会秘书长李志坚,驻会副会长钟长海,监事长胡思敏出席。"
    found = {
        (p.person, p.role, p.org.surface if p.org else None) for p in extract(article(text)).posts
    }
    assert found == {
        ("李志坚", "秘书长", "中国观赏石协会"),
        ("钟长海", "驻会副会长", "中国观赏石协会"),
        ("胡思敏", "监事长", "中国观赏石协会"),
    }
    # …not one with another body's name before its title.
    text = "中国针灸学会副会长喻晓春,世界针联副主席胡曼出席。"
    assert not any(p.person == "胡曼" and p.org for p in extract(article(text)).posts)


def test_a_review_ends_at_a_heading_on_this_year_and_a_title_is_no_heading() -> None:
    text = "报告\n一、2024年工作回顾\n新建学校3所。\n二、2025年工作部署\n新建学校5所。"
    dated = Article("a.txt", "a.txt", text, "a", datetime.date(2025, 1, 20), "衢江区")
    assert {(f.value, f.year, f.is_target) for f in extract(dated).figures} >= {(5, 2025, True)}
    text = "区委召开2024年度工作回顾会\n会议指出,全年将新引进项目20个。"
    dated = Article("a.txt", "a.txt", text, "a", datetime.date(2025, 1, 20), "衢江区")
    assert [(f.value, f.is_target) for f in extract(dated).figures] == [(20, True)]
    # 将推进包括…等10个项目: the aim is the list.
    text = "今年将推进包括甲项目、乙项目等10个项目建设。"
    assert [f.is_target for f in extract(article(text)).figures if f.value == 10] == [True]


def test_jiji_before_a_bare_title_lists_the_bodys_officers_on() -> None:
    text = "区政协主席顾世明主持会议,副主席郑建庆、范国海及秘书长陈忠庆出席会议。"
    found = {
        (p.person, p.role, p.org.surface if p.org else None) for p in extract(article(text)).posts
    }
    assert ("陈忠庆", "秘书长", "区政协") in found
    # …but what 及 joins after another person's title and name is not that body.
    text = "区政协副主席范国海及企业负责人陈忠庆出席会议。"
    found = {(p.person, p.org.surface if p.org else None) for p in extract(article(text)).posts}
    assert found == {("范国海", "区政协"), ("陈忠庆", None)}
    # A caption with no punctuation: 开工 ends the words before a body.
    text = "市委书记马晓晖宣布项目集中开工市委副书记、市长钱三雄讲话"
    orgs = {p.org.surface for p in extract(article(text)).posts if p.person == "钱三雄" and p.org}
    assert orgs == {"市委", "市政府"}


def test_a_post_after_ji_is_quoted_from_its_title() -> None:
    text = "区政协主席顾世明主持会议,副主席郑建庆、范国海及秘书长陈忠庆出席会议。"
    post = next(p for p in extract(article(text)).posts if p.person == "陈忠庆")
    assert text[post.evidence.start : post.evidence.end] == "秘书长陈忠庆"


def test_members_listed_after_a_bodys_roster_are_in_that_body() -> None:
    text = "会议还通过了县人大社会建设委员会组成人员名单,主任委员陈成武,委员刘日南、陈亮。"
    orgs = {p.person: p.org.surface if p.org else None for p in extract(article(text)).posts}
    assert orgs == {n: "县人大社会建设委员会" for n in ("陈成武", "刘日南", "陈亮")}


def test_a_term_of_office_before_cun_is_no_village() -> None:
    text = (
        "城西村先后发展了30多名党员,其中两名还成为第四、第五任村支书。"
        "现任村党委书记章以家前不久刚刚做过心脏手术。"
    )
    ex = extract(article(text))
    assert [p.name for p in ex.places] == ["城西村"]
    assert [(p.person, p.org.surface if p.org else None) for p in ex.posts] == [
        ("章以家", "城西村")
    ]


def test_a_cppccs_officers_listed_with_commas() -> None:
    text = "市政协党组成员岑剑国,秘书长陈军学在主席台就座。"
    orgs = {p.person: p.org.surface if p.org else None for p in extract(article(text)).posts}
    assert orgs == {"岑剑国": "市政协", "陈军学": "市政协"}


def test_a_plans_items_one_a_line_are_all_its_targets() -> None:
    text = (
        "湖州市人代会开幕\n代市长作政府工作报告。\n今后五年的重点目标\n"
        "地区生产总值突破3000亿元;\n财政总收入突破500亿元;\n"
        "2017年主要工作\n全市主要预期目标:地区生产总值增长7.5%以上;\n"
        "固定资产投资增长11%;\n社会消费品零售总额增长10%以上。\n"
    )
    found = [(f.value, f.is_target) for f in extract(article(text)).figures]
    assert found == [(3000.0, True), (500.0, True), (7.5, True), (11.0, True), (10.0, True)]


def test_a_sites_user_and_words_of_a_page_are_no_persons() -> None:
    """作者:管理员 names the site's account; 慕名前往 and a 原文 line name nobody."""
    text = (
        "衢州柯城:美丽河湖\n作者:管理员 发布于:2022-09-17\n"
        "越来越多的游客慕名前往嬉戏游玩。\n原文:http://example.com/242.html\n"
    )
    ex = extract(article(text))
    assert [p.name for p in ex.persons] == []
    assert ex.credits == []


def test_an_associations_officer_with_a_modified_title_after_a_comma() -> None:
    text = "标题\n中国五金制品协会理事长张东立,专职副理事长吕基英与章旭升书记一行座谈。\n"
    posts = {
        (p.person, p.role): p.org.surface if p.org else None for p in extract(article(text)).posts
    }
    assert posts[("吕基英", "专职副理事长")] == "中国五金制品协会"


def test_a_deputy_belongs_to_the_congress_named_before() -> None:
    text = (
        "金华两会上的三农元素\n金华“两会”期间,记者采访了多位代表。\n"
        "“本次人代会上,增强了信心。”俞小军代表说,作为一名企业代表。\n"
    )
    posts = {
        (p.person, p.role): p.org.surface if p.org else None for p in extract(article(text)).posts
    }
    assert posts[("俞小军", "代表")] == "金华市人大"
    bare = extract(article("标题\n区人代会期间。\n俞小军代表说,要加快发展。\n")).posts
    assert [(p.person, p.org.surface if p.org else None) for p in bare] == [("俞小军", "区人大")]


def test_a_cppcc_member_belongs_to_the_cppcc_named_before() -> None:
    def orgs(text: str) -> dict[str, str | None]:
        return {p.person: p.org.surface if p.org else None for p in extract(article(text)).posts}

    text = "标题\n市政协十三届五次会议举行。\n钱荣麓、陶琳等10位政协委员作大会发言。\n"
    found = orgs(text)
    assert found["钱荣麓"] == found["陶琳"] == "市政协"
    text = "标题\n我校委员参加政协第六届衢州市委员会第一次会议。潘海天、吴锡标等两名政协委员参加了会议。\n"
    assert orgs(text)["潘海天"] == "衢州市政协"
    text = "标题\n江山市政协主席林成辉出席。\n王维锐委员认为,要加快发展。\n"
    assert orgs(text)["王维锐"] == "江山市政协"
    # A bare 委员 after another committee is that committee's member, unknown here.
    text = "标题\n江山市政协主席林成辉出席。市人大常委会召开会议。\n王维锐委员认为,要加快发展。\n"
    assert orgs(text)["王维锐"] is None
    # …but the CPPCC's own party group is no other committee.
    text = "标题\n江山市政协主席林成辉,市政协党组副书记施震海参加。\n王维锐委员认为,要加快发展。\n"
    assert orgs(text)["王维锐"] == "市政协"


def test_a_schools_buildings_are_no_projects() -> None:
    text = "标题\n拟新建行政综合楼、教学楼、食堂、地下车库、风雨操场、宿舍楼等。\n"
    assert [p.name for p in extract(article(text)).projects] == []


def test_a_deputy_of_a_congress_named_with_its_term() -> None:
    text = (
        "标题\n出席玉环县十六届人大一次会议的代表们热烈审议了政府工作报告。\n"
        "蔡灵明代表说,我县作为工业大县。\n"
    )
    orgs = [p.org.surface for p in extract(article(text)).posts if p.person == "蔡灵明" and p.org]
    assert orgs == ["玉环县人大"]


def test_going_back_to_the_village_names_no_village() -> None:
    text = "标题\n刚从镇上办事回村的华埠镇青联村党支部书记余志坚和村主任夏建文还没来得及坐下。\n"
    found = {
        (p.person, p.role, p.org.surface if p.org else None) for p in extract(article(text)).posts
    }
    assert ("夏建文", "村主任", "青联村") in found


def test_a_verb_with_its_aspect_mark_before_zhen_names_no_town() -> None:
    from graph.extract.places import find_places

    assert find_places("会议听取和审议了镇政府工作报告。") == []
    text = "衙前镇人代会召开\n会议审议了镇政府工作报告。\n镇党委书记丁熠锋主持会议。\n"
    posts = extract(article(text)).posts
    assert [(p.person, p.org.surface if p.org else None) for p in posts] == [
        ("丁熠锋", "衙前镇党委")
    ]


def test_a_paragraph_opening_the_years_aims_item_by_item_plans_all_of_them() -> None:
    text = (
        "卢吕德说,今年,新宅镇将立足实际,一是在效益农业上创特色。继续抓好高山蔬菜基地建设,"
        "新发展高山蔬菜种植面积不少于2000亩;新发展珍稀菌20万袋以上。\n"
        "镇里新发展珍稀菌30万袋以上。"
    )
    found = {(f.value, f.is_target) for f in extract(article(text)).figures}
    assert found == {(2000, True), (200000, True)}  # the next paragraph is not the plan's


def test_where_a_company_stands_is_not_its_name() -> None:
    text = "在位于开化县池淮镇芹源村的浙江清源农业开发有限公司茶叶种植基地,公司总经理杨林正查看茶树长势。"
    ex = extract(article(text, "开化县"))
    assert [(p.person, p.role, p.org.surface) for p in ex.posts] == [
        ("杨林正", "总经理", "浙江清源农业开发有限公司")
    ]


def test_a_body_referred_to_and_not_resolved_is_left_out() -> None:
    ex = extract(article("该院负责人黄小雷介绍,展览会即将开幕。"))
    assert [(p.person, p.role, p.org) for p in ex.posts] == [("黄小雷", "负责人", None)]


def test_an_adverb_after_a_name_is_not_its_last_character() -> None:
    # 杨林正忙着: 正 (busy now) or 杨林正? The article writes 杨林 on its own too.
    text = "公司总经理杨林正忙着查看茶树长势。杨林是江西九江人,从事茶叶种植已有20多年。"
    ex = extract(article(text, "开化县"))
    assert [(p.person, p.role) for p in ex.posts] == [("杨林", "总经理")]


def test_this_company_after_a_word_of_time_is_the_company_named_before() -> None:
    text = (
        "由宁波启鑫光电有限公司投资的二期厂区正在施工。目前该公司已订购生产线,"
        "预计公司的年销售额将实现30亿元。总经理励小伟告诉记者,进展顺利。"
    )
    ex = extract(article(text))
    assert [(p.person, p.role, p.org.surface) for p in ex.posts] == [
        ("励小伟", "总经理", "宁波启鑫光电有限公司")
    ]


def test_an_associations_officer_elected_belongs_to_the_association_named() -> None:
    text = "会议选举产生庆元县竹产业行业协会第三届理事会领导班子,浙江天竹工贸有限公司总经理吴生锡当选为会长。"
    ex = extract(article(text, "庆元县"))
    assert ("吴生锡", "会长", "庆元县竹产业行业协会") in {
        (p.person, p.role, p.org.surface if p.org else None) for p in ex.posts
    }


def test_a_company_written_without_its_legal_ending_is_the_same_company() -> None:
    text = (
        "健康报社有限公司党委书记、董事长许培海出席。健康报社党委书记许培海致辞。"
        "新华社社长李明出席。"
    )
    ex = extract(article(text))
    assert {(p.person, p.role, p.org.surface) for p in ex.posts} == {
        ("许培海", "党委书记", "健康报社有限公司"),
        ("许培海", "董事长", "健康报社有限公司"),
        ("李明", "社长", "新华社"),
    }


def test_a_bare_title_after_an_unknown_word_takes_no_body_named_before() -> None:
    text = "办公室主任黄聪,基教处处长张未华,文印坊主任江雷等参加。区人大常委会主任祝国平出席,副主任孙海燕主持。"
    ex = extract(article(text))
    orgs = {(p.person, p.role): p.org.surface if p.org else None for p in ex.posts}
    assert orgs[("江雷", "主任")] is None  # not the 办公室 of the 主任 before
    assert orgs[("孙海燕", "副主任")] == "区人大常委会"  # a deputy of the body just named


def test_deputies_in_delegations_sit_in_the_home_congress() -> None:
    """岱山新闻网: 在衢山代表团,代表王建军提出 — no congress named, the county's."""
    text = (
        "孙志龙参加代表团审议\n县委副书记、代县长孙志龙来到衢山代表团与代表们一起审议工作报告。"
        "在衢山代表团,代表王建军提出,衢山的发展离不开交通。"
        "在高亭代表团,毛志贤、何群波等代表分别就优化民营经济发展环境发言。"
    )
    art = Article("p.txt", "p.txt", text, "p", datetime.date(2020, 1, 21), "岱山县")
    orgs = {(p.person, p.role): p.org.surface if p.org else None for p in extract(art).posts}
    assert orgs[("王建军", "代表")] == "县人大"
    assert orgs[("毛志贤", "代表")] == "县人大"
    # …but with no delegation said, no congress is guessed.
    art = Article(
        "p.txt", "p.txt", "标题\n代表王建军提出,衢山的发展离不开交通。", "p", None, "岱山县"
    )
    assert {p.person: p.org for p in extract(art).posts} == {"王建军": None}


def test_a_towns_discipline_commission_is_the_town_named_before() -> None:
    text = "扬溪镇召开会议,镇党委副书记程宗清参加,并邀请镇纪委书记俞彤出席会议。"
    orgs = {p.person: p.org.surface if p.org else None for p in extract(article(text)).posts}
    assert orgs["俞彤"] == "扬溪镇纪委"


def test_an_honorific_after_a_name_keeps_the_list_of_officers() -> None:
    text = "意大利摩德纳华商会会长留伟勇先生、副秘书长叶利荣先生应邀出席大会。"
    orgs = {p.person: p.org.surface if p.org else None for p in extract(article(text)).posts}
    assert orgs == {"留伟勇": "意大利摩德纳华商会", "叶利荣": "意大利摩德纳华商会"}


def test_a_verb_before_a_firms_title_is_no_body() -> None:
    """得知董事长章利民: the firm named before, not 得知."""
    text = (
        "林军走访了侨资企业――浙江起步儿童用品有限公司,参观了企业生产车间,"
        "得知董事长章利民还是华侨村官时,林军鼓励他。"
    )
    orgs = {p.person: p.org.surface if p.org else None for p in extract(article(text)).posts}
    assert orgs == {"章利民": "浙江起步儿童用品有限公司"}
