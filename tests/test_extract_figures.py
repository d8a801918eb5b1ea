"""Targets and statistics (GENRE.md §4)."""

import pytest

from graph.extract.figures import TargetsBefore, chinese_number, find_figures


def figures(sentence: str, year: int | None = 2025) -> list[tuple]:
    return [
        (f.is_target, f.value, f.unit, f.year, f.comparator) for f in find_figures(sentence, year)
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [("十", 10), ("两", 2), ("二十三", 23), ("一百二十", 120), ("三千", 3000), ("十二万", 120000)],
)
def test_chinese_numbers(text: str, value: float) -> None:
    assert chinese_number(text) == value


def test_target_with_year_and_comparator() -> None:
    assert figures("力争2026年规上工业产值增速达到30%以上。") == [(True, 30, "%", 2026, "≥")]


def test_target_takes_the_article_year() -> None:
    assert figures("全年新引进亿元以上项目20个。") == [(True, 20, "个", 2025, None)]


def test_what_a_project_can_yield_each_year_is_a_target() -> None:
    assert figures("项目建成后每年可增加集体经济收入20万元。") == [(True, 20, "万元", 2025, None)]
    assert figures("目前该村已可实现收入50万元。")[0][0] is False  # 已: reached


def test_the_years_investment_of_a_batch_is_planned() -> None:
    # 年度投资 (not yet spent) is the year's plan for the projects, as 年度计划投资 is.
    found = figures("本次集中开工项目总投资43495.51万元,年度投资29955.52万元。", 2015)
    assert [f for f in found if f[0]] == [(True, 29955.52, "万元", 2015, None)]


def test_outlines_and_secondary_are_not_counts() -> None:
    assert figures("他说今年要在四个方面下功夫。") == []
    assert figures("确保不会对环境产生二次污染。") == []
    assert figures("力争落实“三个主攻方向、两个根本”要求。") == []
    assert figures("确保项目落地,四套班子全员参战。") == []
    assert figures("力争新建两个产业园。")[0][:3] == (True, 2, "个")


def test_mixed_numbers() -> None:
    assert figures("计划引进资金3千万元。") == [(True, 3000, "万元", 2025, None)]
    assert figures("力争接待游客1.2万人。") == [(True, 12000, "人", 2025, None)]
    assert figures("确保粮食产量达到5万吨。") == [(True, 5, "万吨", 2025, None)]


def test_capacity_inside_a_project_name_is_not_a_target() -> None:
    assert figures("今年将加快推进年产2万吨柑橘精深加工项目。") == []
    # …but a capacity a project will reach is a target.
    assert figures("该项目投产后将实现年产800万双鞋。") == [(True, 8e6, "双", 2025, None)]


def test_a_strong_cue_governs_later_clauses_a_weak_one_only_its_own() -> None:
    assert figures("力争2026年园区产值突破20亿元,税收超过1亿元。") == [
        (True, 20, "亿元", 2026, ">"),
        (True, 1, "亿元", 2026, ">"),
    ]
    assert figures("今年新建工坊20家,带动1.2万人就业。") == [
        (True, 20, "家", 2025, None),
        (True, 12000, "人", 2025, None),
    ]
    assert figures("确保一季度重点项目开工率达到60%以上。")[0][0] is True


def test_will_right_after_the_subject_governs_the_whole_sentence() -> None:
    # The subject's plan: each clause after 青田将实施… is a part of it.
    assert [f[:3] for f in figures("青田将实施攻坚行动,实施技术改造项目30个,盘活用地800亩。")] == [
        (True, 30, "个"),
        (True, 800, "亩"),
    ]
    # Further in, 将 commits only its own clause.
    assert figures("去年以来,全镇将闲置厂房改造为工坊,带动1.2万人就业。")[0][0] is False


def test_comparators() -> None:
    assert figures("确保投资不低于10亿元。")[0][4] == "≥"
    assert figures("力争税收突破3亿元。")[0][4] == ">"
    assert figures("计划完成投资8亿元左右。")[0][4] == "≈"


def test_chinese_numeral_targets_need_a_strong_cue() -> None:
    assert figures("高品质打造十大青年文旅品牌。") == [(True, 10, "个", 2025, None)]
    assert figures("强化三大工作助力。") == []


def test_achieved_statistics_are_not_targets() -> None:
    assert figures("全年共对接意向项目100多个。")[0][0] is False
    # 去年, opening a sentence: every clause reports, until a commitment of its own.
    got = figures("去年,全县完成生产总值530亿元,新引进亿元以上项目41个,今年力争突破600亿元。")
    assert [(g[0], g[3]) for g in got] == [(False, 2024), (False, 2024), (True, 2025)]
    # …even a plan: 去年是攻坚年,…计划总用地910亩 was last year's.
    assert figures("去年是攻坚年,落地项目38个,计划总用地910亩。")[1][:4] == (False, 910, "亩", 2024)
    assert figures("一季度固定资产投资增长10.6%。") == [(False, 10.6, "%", 2025, None)]
    assert figures("已招引5个重大制造业项目。") == [(False, 5, "个", 2025, None)]
    assert figures("2025年货物吞吐量同比增长42%。", 2026) == [(False, 42, "%", 2025, None)]
    # Honours to win are a commitment like any other.
    assert figures("力争获得省级以上荣誉10项。")[0][0] is True
    assert figures("今年全县力争荣获省级以上荣誉10项。")[0][0] is True


def test_slogans_dates_and_ordinals_are_not_figures() -> None:
    assert figures("按照“七个对照”的要求,推动发展。") == []
    assert figures("2月14日,会议召开。") == []
    assert figures("力争成为第1个示范区。") == []
    assert figures("力争壮大汽车及零部件产业。") == []  # 零 alone is a word


def test_rates_and_durations_are_not_figures() -> None:
    assert figures("今年将新建阳光厨房200家以上,抽检量达到每千人6批次。") == [
        (True, 200, "家", 2025, "≥"),
        (True, 6, "批次", 2025, None),
    ]
    assert figures("力争比计划提前两个月完成。") == []


def test_ordinal_sessions_are_not_counts() -> None:
    """省委十五届六次全会 names a meeting; 召开3次会议 counts meetings."""
    assert figures("按照省委十五届六次全会部署,今年计划完成投资10亿元。") == [
        (True, 10, "亿元", 2025, None)
    ]
    assert figures("今年要召开3次会议。") == [(True, 3, "次", 2025, None)]


def test_push_forward_commits_its_own_clause() -> None:
    """推进181个项目 is a plan; 推进 is a weak cue, so it governs its own clause only."""
    assert figures("推进181个重点实施类项目,力争固定资产投资增长18%以上。") == [
        (True, 181, "个", 2025, None),
        (True, 18, "%", 2025, "≥"),
    ]
    assert figures("围绕项目推进,一季度固定资产投资增长10.6%。") == [(False, 10.6, "%", 2025, None)]


def test_push_and_speed_up_commit_their_own_clause() -> None:
    """推动…95个重点项目加快放量, 加快196个…项目建设: plans, each in its own clause."""
    assert figures("推动甲乙三期、丙丁风电等95个重点项目加快放量。") == [
        (True, 95, "个", 2025, None)
    ]
    assert figures("加快196个政府(国有企业)投资项目建设。") == [(True, 196, "个", 2025, None)]
    assert figures("加快项目建设,一季度投资同比增长12%。") == [(False, 12, "%", 2025, None)]


def test_a_count_word_after_yi_is_the_unit() -> None:
    """15亿粒 counts grains, not yuan (亿 alone counts yuan: 纳税约12亿)."""
    assert figures("项目投用后,目标年产苗种15亿粒。") == [(True, 1.5e9, "粒", 2025, None)]
    # …but 亿颗, 亿片, 亿只 and 亿支 are units of their own, as 亿元 is.
    assert figures("力争达成年产超过9.6亿支陶瓷插芯的目标。") == [(True, 9.6, "亿支", 2025, ">")]


def test_ternary_is_not_an_amount_of_yuan() -> None:
    assert figures("将形成锂电池三元正极材料生产能力。") == []


def test_two_ways_are_an_outline_not_a_count() -> None:
    assert figures("我们将通过新增指标与盘活存量两条途径给予全面保障。") == []


def test_last_year_after_a_source_phrase_is_reported() -> None:
    assert figures("据悉,去年全区投资完成339亿元;第三产业投资完成200亿元。") == [
        (False, 339, "亿元", 2025, None),
        (False, 200, "亿元", 2025, None),
    ]


def test_kilowatt_hours_and_ratios_are_units() -> None:
    assert figures("年发电量将达3亿度。") == [(True, 3e8, "度", 2025, None)]
    # 达到2015年的2倍: 2015 is the ratio's baseline, 2020 the year to reach.
    assert figures("到2020年,利润总额力争达到2015年的2倍左右。", 2016) == [
        (True, 2, "倍", 2020, "≈")
    ]


def test_an_amount_naming_a_class_of_firm_is_no_target() -> None:
    assert figures("力争新增亿元企业1家、5000万元企业1家。") == [
        (True, 1, "家", 2025, None),
        (True, 1, "家", 2025, None),
    ]


def test_a_future_year_is_a_year_to_reach() -> None:
    """到2020年… in a 2016 article: a goal, though no commitment word is written."""
    assert figures("到2020年,城市化率达到57%以上。", 2016) == [(True, 57, "%", 2020, "≥")]


def test_progress_so_far_is_reported() -> None:
    """今年以来… opens a report: the figures after it are statistics, not targets."""
    assert figures("今年以来,新引进税源企业6家。") == [(False, 6, "家", 2025, None)]
    assert figures("今年以来,全区力争新引进项目20个。") == [(True, 20, "个", 2025, None)]


def test_one_before_a_classifier_is_an_article() -> None:
    assert figures("要让大家能来一场深海之旅,打造一款插秧机。") == []
    assert figures("希望看到这里将是一片新的投资热土。") == []


def test_yi_alone_counts_yuan_and_a_class_is_no_quantity() -> None:
    """七百亿投资 is 700 亿元; 百亿级项目 names a class of project."""
    assert figures("今后五年要完成七百亿投资。") == [(True, 700, "亿元", 2025, None)]
    assert figures("力争全年签约百亿级项目3个。") == [(True, 3, "个", 2025, None)]
    assert figures("深入推进五大百亿工程,打造百亿产业。") == []
    assert figures("力争游客3亿人次。") == [(True, 3e8, "人次", 2025, None)]
    # …and so does a trade's class after a numeral's 亿 (千亿竹产业, 百亿新材料产业集群).
    assert figures("南平致力打造千亿竹产业。") == []
    assert figures("打造百亿新材料产业集群。") == []
    assert figures("确保全年完成投资十亿。") == [(True, 10, "亿元", 2025, None)]


def test_a_five_year_plans_opening_is_its_first_year() -> None:
    """“十四五”开局项目: the plan's first year, no commitment to its last."""
    text = "作为“十四五”开局项目,本次集中开工的11个项目,年度计划投资6.86亿元。"
    assert figures(text, 2021) == [(True, 6.86, "亿元", 2021, None)]


def test_a_share_of_something_is_reported() -> None:
    """占全年重点项目总量的28.5%: a share, reported; 力争…占…比重达到40% stays a target."""
    assert figures("开工的42个项目,占全年重点项目总量的28.5%。") == [(False, 28.5, "%", 2025, None)]
    assert figures("力争工业投资占全部投资的比重达到40%以上。") == [(True, 40, "%", 2025, "≥")]
    assert figures("确保文创产业增加值占地区生产总值的27%以上。") == [(True, 27, "%", 2025, "≥")]


def test_an_estimate_in_the_first_months_is_of_the_year_just_ended() -> None:
    """预计…增长7% in a January review estimates last year: a statistic of that year."""
    sentence = "预计全区地区生产总值增长7%,财政总收入突破20亿元大关。"
    assert [
        (f.is_target, f.value, f.year) for f in find_figures(sentence, 2018, article_month=1)
    ] == [(False, 7, 2017), (False, 20, 2017)]
    assert [(f.is_target, f.year) for f in find_figures(sentence, 2018, article_month=6)] == [
        (True, 2018),
        (True, 2018),
    ]
    assert [
        (f.is_target, f.year) for f in find_figures("今年预计增长7%。", 2018, article_month=1)
    ] == [(True, 2018)]
    # 全年实现… in February: a plan's figure for this year as often as last year's result.
    plan = "全年实现新开工项目80个,投产工业项目28个。"
    assert [(f.is_target, f.year) for f in find_figures(plan, 2024, article_month=2)] == [
        (True, 2024),
        (True, 2024),  # (the list goes on: 投产工业项目28个)
    ]
    # …unless it looks ahead: after completion, or over a span of years.
    ahead = "项目全部达产后,5年预计可实现总产值100亿元。"
    assert [(f.is_target, f.value) for f in find_figures(ahead, 2018, article_month=1)] == [
        (True, 100)
    ]


def test_next_year_after_an_earlier_year_is_next_year() -> None:
    sentence = "2016年种植了320亩黄精,明年开始每年将有20万元左右的效益。"
    assert [(f.is_target, f.value, f.year) for f in find_figures(sentence, 2019)] == [
        (False, 320, 2016),
        (True, 20, 2020),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A sentence opening with 一年来 / 五年来 reports; a later strong cue still commits.
        ("一年来,我们扎实推进三个“一号工程”和十项重大工程。", []),
        (
            "五年来,全区新增规上企业120家,今后五年,力争新增规上企业200家。",
            [(True, 200.0, "家", 2025, None)],
        ),
        # 首次突破: a record reached, unless committed to.
        ("全年GDP首次突破400亿元大关。", []),
        ("力争明年首次突破500亿元。", [(True, 500.0, "亿元", 2026, ">")]),
    ],
)
def test_retrospective_frames_report(sentence: str, expected: list[tuple]) -> None:
    assert [f for f in figures(sentence) if f[0]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 建成后 / 改造后 look ahead: what follows is an expected outcome.
        (
            "该项目建成后,年均发电量达1.46亿千瓦时,年均税收2500多万元。",
            [(True, 1.46, "亿千瓦时", 2025, None), (True, 2500.0, "万元", 2025, ">")],
        ),
        # A baseline (从/由/原先 … 至) is reported; the level after 至 is to be reached.
        (
            "改造后供水量从每日400吨跃升至950吨,覆盖范围由原先2个行政村扩大至6个行政村。",
            [(True, 950.0, "吨", 2025, None), (True, 6.0, "个", 2025, None)],
        ),
        # 名 is kept as written; 多 after the number means more than it.
        ("2026年计划新招聘50多名员工。", [(True, 50.0, "名", 2026, ">")]),
    ],
)
def test_outcomes_baselines_and_approximate_numbers(sentence: str, expected: list[tuple]) -> None:
    assert [f for f in figures(sentence) if f[0]] == expected


def test_a_past_year_reviewed_reports() -> None:
    assert not [f for f in figures("过去的一年,全年地区生产总值增长6.4%。") if f[0]]


def test_a_range_a_count_after_adding_and_a_quarter_estimate() -> None:
    # 40至50名: the low end; 增加一条: a count, not "a"; a first-quarter estimate in a
    # February article is this year's, not last year's.
    got = find_figures("2025年公司将增加一条生产线,新增40至50名工人。", 2025, 2)
    assert [(f.value, f.unit, f.is_target) for f in got] == [(1.0, "条", True), (40.0, "名", True)]
    got = find_figures("确保引进并启动5-6个投资5000万元以上工业企业项目。", 2025, 5)
    assert [(f.value, f.unit) for f in got][:1] == [(5.0, "个")]  # 5-6个: the low end too
    got = find_figures("一季度产值预计在9000万元。", 2025, 2)
    assert [(f.value, f.year, f.is_target) for f in got] == [(9000.0, 2025, True)]
    got = find_figures("预计全区地区生产总值增长7%。", 2025, 1)
    assert [(f.year, f.is_target) for f in got] == [(2024, False)]


def test_a_five_year_plan_sets_the_year_and_commits_the_sentence() -> None:
    # A plan still to run: its last year, and every clause of the sentence is committed.
    text = "“十三五”期间,全市将建成6个小镇,完成屋顶光伏建设16万户以上,装机48万千瓦。"
    assert [(t, v, u, y) for t, v, u, y, _ in figures(text, 2016)] == [
        (True, 6, "个", 2020),
        (True, 160000, "户", 2020),
        (True, 480000, "千瓦", 2020),
    ]
    assert figures("预计到“十四五”期末实现胡柚产值100亿元。", 2021) == [
        (True, 100, "亿元", 2025, None)
    ]
    # …but this year's figure in the plan's first year is this year's.
    assert figures("今年作为“十三五”开局之年,力争新开工项目10个。", 2016)[0][3] == 2016


def test_this_year_after_an_earlier_year_is_the_articles_year() -> None:
    text = "2017年,该集团到常山投资建设轴承生产基地,预计今年产值能达到5亿元。"
    assert figures(text, 2019) == [(True, 5, "亿元", 2019, None)]


def test_a_round_size_naming_a_place_is_no_figure() -> None:
    # 千亩白莲基地: the size is part of what the place is called; 千亩以上 is a quantity.
    assert figures("该村打造千亩白莲基地,让“水浸田”成为“致富田”。") == []
    assert figures("力争新增茶园千亩以上。") == [(True, 1000, "亩", 2025, "≥")]


def test_quotes_counters_and_aims() -> None:
    # 去年 opening a quoted sentence still reports; 三位数 is no count of persons; 一张 is "a".
    assert [f[0] for f in figures("“去年,某镇实现生产总值161.2亿元。”")] == [False]
    assert figures("特别是税收实现三位数增长。") == []
    assert figures("仅凭这一张“门票”,未免势单力薄。") == []
    # 16亿元以上的目标: the threshold is the aim itself, not a noun phrase's class.
    assert figures("2010年该县将力争实现引进资金16亿元以上的目标。", 2010) == [
        (True, 16, "亿元", 2010, "≥")
    ]


def test_a_figure_followed_by_its_aim_is_a_target() -> None:
    # 围绕…增长5%左右的目标: the aim said after the number.
    assert figures("围绕地区生产总值增长5%左右的目标,全力抓项目。") == [(True, 5, "%", 2025, "≈")]
    # …but an aim reached is a result.
    assert [f[0] for f in figures("已实现增长5%的目标。")] == [False]


def test_a_plans_list_of_targets_holds_growth_said_with_tongbi() -> None:
    # 同比 reports a figure, unless a plan's list of targets announces it; 保证 commits.
    found = figures("2023年主要预期目标为:地区生产总值同比增长7.5%左右;收入同比增长9%、10%。", 2023)
    assert [f[0] for f in found] == [True, True, True]
    assert figures("保证GDP增长8%。", 2023) == [(True, 8, "%", 2023, None)]
    assert figures("一季度地区生产总值同比增长7.5%。")[0][0] is False


def test_a_listed_figures_metric_is_its_own_item() -> None:
    metrics = [f.metric for f in find_figures("保证GDP增长8%、工业投资增长53%。", 2023)]
    assert metrics == ["GDP增长", "工业投资增长"]
    # …but growth after an amount is the first item's; 到位 and 年度 are the metric's words.
    metrics = [f.metric for f in find_figures("力争总值达到379亿元、增长9.3%。", 2023)]
    assert metrics == ["总值", "总值达到379亿元、增长"]
    metrics = [f.metric for f in find_figures("力争新建道路10公里、绿化面积5万平方米。", 2023)]
    assert metrics == ["新建道路", "绿化面积"]
    assert [f.metric for f in find_figures("计划到位资金200亿元。", 2023)] == ["到位资金"]
    assert [f.metric for f in find_figures("年度计划投资230亿元。", 2023)] == ["年度计划投资"]


def test_a_sentence_opening_with_qizhong_breaks_down_the_targets_before() -> None:
    # …力争到2025年,全镇实现工农业总产值556亿元。其中,工业总产值548亿元,年均增长8%;
    parts = find_figures("其中,工业总产值548亿元,年均增长8%。", 2021, None, TargetsBefore(2025))
    assert [(f.is_target, f.value, f.year) for f in parts] == [(True, 548, 2025), (True, 8, 2025)]
    # Without a target before it, the same words report.
    assert all(not f.is_target for f in find_figures("其中,工业总产值548亿元,年均增长8%。", 2021))


def test_stable_at_and_new_builds_commit_and_jin_is_a_unit() -> None:
    found = find_figures("力争粮食总产量稳定在13亿斤以上,新建ICU床位30张。", 2024)
    assert [(f.is_target, f.value, f.unit) for f in found] == [
        (True, 1_300_000_000, "斤"),
        (True, 30, "张"),
    ]
    assert found[0].metric == "粮食总产量"
    # 去年新建了…: done.
    assert not find_figures("去年新建了ICU床位30张。", 2024)[0].is_target


def test_a_documents_years_are_no_year_to_reach() -> None:
    # No commitment is left: the investment is neither promised nor reported…
    found = find_figures("项目列入《抽水蓄能中长期发展规划(2021-2035年)》,总投资23亿元。", 2024)
    assert found == []
    # …while a year outside the title still commits.
    found = find_figures("力争到2025年,项目列入《规划(2021-2035年)》,年产值23亿元。", 2024)
    assert [(f.is_target, f.year) for f in found] == [(True, 2025)]


def test_so_far_and_years_in_a_row_report() -> None:
    assert not find_figures("截至目前,全县共新建村级活动场所15个。", 2024)[0].is_target
    assert not find_figures("全市粮食产量连续十年稳定在13亿斤以上。", 2024)[0].is_target
    # 目标 without a list after it announces no plan.
    assert not find_figures("主要目标任务完成情况良好,地区生产总值同比增长6.2%。", 2024)[
        0
    ].is_target


def test_a_projects_investment_is_no_target_but_a_plan_to_spend_is() -> None:
    found = find_figures(
        "集中开工的8个重大工业项目,计划总投资110多亿元,分别是万丰集团投资55亿元的汽车整车、"
        "日发集团投资20亿元的智能纺织印染装备。",
        2012,
    )
    assert found == []
    assert find_figures("二期计划投资112亿元,预计2026年全面达产。", 2023) == []
    assert find_figures("此次签约的18个项目总投资达到55.7亿元。", 2023) == []
    spend = "力争全年完成投资50亿元。他们还计划投资40万元。储备项目200个以上,总投资1000亿元以上。"
    assert [(f.value, f.is_target) for f in find_figures(spend, 2024)] == [
        (50, True),
        (40, True),
        (200, True),
        (1000, True),
    ]


def test_spoken_ge_yi_counts_yuan() -> None:
    found = find_figures("争取全年到位市外境内资金10个亿以上。", 2010)
    assert [(f.value, f.unit, f.comparator) for f in found] == [(10, "亿元", "≥")]
    assert [f.unit for f in find_figures("力争引进3个亿元以上项目。", 2010)] == ["个"]


def test_a_level_with_yishang_before_its_verb_is_reached_not_a_threshold() -> None:
    found = figures("确保行政村年经营性收入50万元以上实现全覆盖。")
    assert found == [(True, 50, "万元", 2025, "≥")]
    assert figures("引进10亿元以上产业项目。") == []  # a threshold inside a noun phrase


def test_review_ge_yi_before_another_unit_and_near_term_plans() -> None:
    assert [f.unit for f in find_figures("力争蓄水10个亿立方米。", 2010)] != ["亿元"]
    assert [f.value for f in find_figures("近期计划投资5亿元,力争年底开工。", 2024)] == [5]


def test_a_range_of_rates_is_one_target_at_its_low_end() -> None:
    assert figures("今年的目标:生产总值增长8.5%-9%。") == [(True, 8.5, "%", 2025, None)]


def test_an_aim_met_commits_to_nothing() -> None:
    # 目标如期实现: what follows reports how the aim was met (实现 in it is no cue either).
    found = figures(
        "脱贫攻坚目标如期实现,贫困户人均收入从2016年人均5033元增长到2020年16844元。", None
    )
    assert [f for f in found if f[0]] == []
    assert figures("确保如期完成投资5亿元。")[0][0] is True  # 确保 still commits


def test_bottom_lines_are_an_outline_and_dan_is_a_unit() -> None:
    assert figures("各单位要坚守环保、安全、质量三条底线。") == []
    assert figures("确保烟叶产量30万担以上。") == [(True, 300000, "担", 2025, "≥")]
    assert figures("力争统一担当,确保统一担负起责任。") == []  # 统一担当: words
    assert figures("确保统一吨位核算。") == []  # 一 in 统一 is no number of tons
    assert figures("力争每亩增产一担。") == [(True, 1, "担", 2025, None)]


def test_an_aim_for_a_total_is_a_target() -> None:
    # 累计 reports a total so far, except after the words of an aim.
    assert figures("全年目标从上海累计引进产业项目100个。")[0][0] is True
    assert figures("确保重点项目累计完成投资134.8亿元以上。")[0][0] is True
    assert figures("今年以来累计引进产业项目10个。")[0][0] is False
    assert figures("对照全年目标累计已完成投资80亿元。")[0][0] is False  # 已: reached


def test_a_count_is_no_part_of_an_amount_targeted_before() -> None:
    # 本次集中开工的项目共23项,年度计划投资35.05亿元。其中,安居项目4项,总投资14.66亿元
    before = TargetsBefore(2020, frozenset({"money"}))
    parts = find_figures("其中,安居项目4项,产业项目6项。", 2020, None, before)
    assert not any(f.is_target for f in parts)
    parts = find_figures("其中,工业投资30亿元。", 2020, None, before)
    assert [(f.is_target, f.value, f.unit) for f in parts] == [(True, 30, "亿元")]


def test_wan_alone_before_yi_is_ten_thousand() -> None:
    found = find_figures("到2026年,力争规上工业总产值跃上万亿元台阶。", 2022)
    assert [(f.is_target, f.value, f.unit, f.year) for f in found] == [(True, 10000, "亿元", 2026)]
    assert find_figures("力争打造万亿级产业集群。", 2022) == []  # a class, not an amount
    # 万 after a numeral is no number of its own: 十万亿元 is one amount, 数万亿元 none.
    assert [f.value for f in find_figures("力争总产值达到三万亿元。", 2022)] == [30000]
    assert [f.value for f in find_figures("全省GDP力争达到十万亿元。", 2022)] == [100000]
    assert find_figures("力争数万亿元投资。", 2022) == []
    # 万 after a numeral stays a multiplier.
    assert [(f.value, f.unit) for f in find_figures("力争投资二十万元。", 2022)] == [(20, "万元")]


def test_the_past_year_governs_the_rest_of_its_sentence() -> None:
    found = figures("报告指出,过去的一年实现地区生产总值415亿元,可比增长8.5%。", 2019)
    assert found and not any(f[0] for f in found)


def test_in_january_the_years_estimate_is_the_year_just_ended() -> None:
    found = find_figures("全年预计粮食总产20亿斤,实现“二十连丰”。", 2024, 1)
    assert [(f.is_target, f.year) for f in found] == [(False, 2023)]


def test_parts_of_a_report_and_the_size_of_a_list_are_no_targets() -> None:
    assert figures("报告分为2023年工作回顾,2024年主要工作和全面加强政府自身建设三部分。") == []
    found = figures("年度计划投资9.2亿元,包括凤县古城河畔房车营地等6个文化旅游项目。", 2022)
    assert [f[1] for f in found if f[0]] == [9.2]
    # 推进…等3个项目落地 commits to the list.
    assert figures("推进1.5亿元红色研学基地等3个项目落地。")[-1][:3] == (True, 3, "个")


def test_an_aims_batch_total_investment_is_a_target() -> None:
    found = figures("力争一季度新开工23个项目,总投资218亿元。", 2024)
    assert [f[1] for f in found if f[0]] == [23, 218]
    found = figures("集中开工的8个重大工业项目,计划总投资110多亿元。", 2012)
    assert 110 not in [f[1] for f in found if f[0]]


def test_the_growth_of_an_aim_is_a_target_too() -> None:
    assert [f[:2] for f in figures("力争完成规上工业总产值308亿元,增长15%。")] == [
        (True, 308),
        (True, 15),
    ]
    assert [f[:2] for f in figures("今年固定资产投资预期目标262.8亿元,同比增长12%。")] == [
        (True, 262.8),
        (True, 12),
    ]
    # …but not the growth of a year's result.
    assert not any(f[0] for f in figures("去年完成一般公共预算收入21.03亿元,增长16%。"))


def test_a_total_by_a_later_year_is_a_target() -> None:
    sentence = "到2025年,力争全县服务业增加值突破260亿元,累计净增规上服务业企业90家。"
    assert [(f[0], f[1]) for f in figures(sentence, 2023)] == [(True, 260), (True, 90)]
    assert [f[0] for f in figures("今年以来,累计新增规上企业90家。", 2023)] == [False]


def test_a_day_this_year_commits_to_nothing() -> None:
    assert figures("今年4月,挂职干部跨越一千多公里的山山水水,赶赴四川援建。") == []
    # …but a deadline this year does.
    assert [f[:2] for f in figures("今年6月底前完成投资5亿元。")] == [(True, 5)]


def test_a_deadline_with_a_day_this_year_commits() -> None:
    assert [f[:2] for f in figures("今年9月30日前,全市消除黑臭水体15条。")] == [(True, 15)]


def test_the_years_plan_of_projects_and_its_investment() -> None:
    """安排 plans the year's projects; 年度计划总投资 is a plan to spend, not one project's
    investment."""
    assert figures("该县2019年安排重点建设项目89个。", 2019) == [(True, 89.0, "个", 2019, None)]
    assert figures("2021年,全镇共编排建设项目52个。", 2021) == [(True, 52.0, "个", 2021, None)]
    assert figures("续建项目41个,年度计划总投资114.59亿元。", 2019)[-1][:3] == (
        True,
        114.59,
        "亿元",
    )
    assert figures("项目计划总投资110亿元。") == []  # a project's investment: no figure


def test_a_year_looked_back_on_after_a_speakers_words() -> None:
    found = figures("报告指出,一年来,主要做了以下工作:谋划储备重大项目111个,总投资169.51亿元。")
    assert [f[0] for f in found] == [False, False]


def test_the_count_of_a_list_of_names_is_no_quantity() -> None:
    text = "今年,我市聘请陈克复、谭建荣、郑裕国、杨德仁、任其龙、郑津洋6位院士担任首席科学家。"
    assert figures(text) == []
    assert figures("今年引进院士6位。") == [(True, 6.0, "人", 2025, None)]


def test_by_someones_efforts_and_one_as_an_article_commit_to_nothing() -> None:
    """在周水忠的努力下 tells of a result, not an aim; 打造一所…医院 says "a", not a count."""
    text = "在周水忠的努力下,贺村镇18个集体经济薄弱村全部消薄。"
    assert figures(text) == []
    assert [f[:2] for f in figures("全镇要努力实现18个村全部消薄。")] == [(True, 18)]
    assert figures("迁建后将打造一所集医疗、教学、科研于一体的三级甲等综合医院。") == []


def test_months_so_far_a_rank_and_a_count_of_slogans_are_no_targets() -> None:
    assert figures("今年1-7月,在温州全市185个乡镇街道中,塘下镇位于第3位。", 2018) == []
    assert figures("安阳街道入围全市新增规上企业数量前十位。", 2018) == []
    assert figures("今年,临安要聚焦省委三个“一号工程”,打好两个“硬仗”。", 2023) == []
    assert [f[:2] for f in figures("今年要新开工项目三个。", 2023)] == [(True, 3)]


def test_a_quoted_figure_right_after_a_commitment_is_a_target() -> None:
    assert [f[:2] for f in figures("确保实现“100%”。", 2020)] == [(True, 100)]
    assert figures("开展“七个对照”活动。", 2020) == []


def test_square_metres_and_megawatts_written_as_symbols() -> None:
    assert figures("力争新建标准厂房超10万㎡。")[0][:3] == (True, 100000, "㎡")
    assert figures("力争建成光伏200MW。")[0][:3] == (True, 200, "MW")


def test_growth_on_last_year_after_an_aim_is_the_aims() -> None:
    text = "镇党委提出,要抓投资保增长,今年完成全社会固定资产投资15亿元,比去年增长50%,其中工业投资完成10亿元。"
    assert [f[:3] for f in figures(text, 2010)] == [
        (True, 15, "亿元"),
        (True, 50, "%"),
        (True, 10, "亿元"),
    ]


def test_a_list_of_levels_to_reach_after_an_aim_and_a_base_reached() -> None:
    text = "2023年,街道将奋力书写答卷,全年地区生产总值增长8%以上,财政收入增长9%以上,服务业增加值增长12%以上。"
    assert [f[:2] for f in figures(text, 2023)] == [(True, 8), (True, 9), (True, 12)]
    # A figure with no level to reach (以上) after a target is not drawn in.
    assert [f[:2] for f in figures("全年地区生产总值增长8%以上,财政收入增长9%。", 2023)] == [
        (True, 8)
    ]
    text = "今年要在1.7万亩的基础上,新发展高山蔬菜种植面积不少于2000亩。"
    assert [f[:2] for f in figures(text, 2009)] == [(False, 17000), (True, 2000)]


def test_words_opening_with_a_unit_count_nothing() -> None:
    # 九场景, 三次产业 (the three sectors): a unit's character opening another word.
    assert figures("推动三次产业聚链实现新突破。") == []
    assert figures("力争打造城市建设九场景。") == []
    assert [f[1] for f in figures("力争新建三个场馆。")] == [3]


def test_the_size_of_what_will_be_built_is_no_target() -> None:
    # The floor area of a building to come, its storeys: a description, not a commitment.
    assert figures("将建起1栋13层、10000平方米的中高端酒店。") == []
    assert figures("某公司将建起一个建筑面积约20万平方米的现代化智能产业园。") == []
    # …but an area to secure or to build, after an aim, is one.
    assert [f[1:3] for f in figures("确保200亩的面积落地。")] == [(200, "亩")]
    assert [f[1:3] for f in figures("力争新建5000平方米的标准厂房。")] == [(5000, "平方米")]


def test_an_amount_naming_a_class_of_project_is_no_quantity() -> None:
    assert figures("力争百亿项目再有新突破。") == []
    assert figures("推进“越商回归”新昌百亿元重大项目开工。") == []
    # …but the count of such projects is one.
    assert figures("力争引进百亿元项目2个。") == [(True, 2, "个", 2025, None)]


def test_honours_to_win_are_targets() -> None:
    # 争创 (strive to win) commits the counts in its clause, a list of them too.
    found = figures("坚持景区化提升,争创新时代美丽乡村80个、省级美丽城镇3个。", 2020)
    assert found == [(True, 80, "个", 2020, None), (True, 3, "个", 2020, None)]


def test_a_planned_success_is_a_target() -> None:
    # 成功 reports a result, unless it is what the clause plans (计划…成功创建).
    assert [f[0] for f in figures("2021年度我县成功创建省景区村庄55个。", 2022)] == [False]
    found = figures("并计划在2022年成功创建2个以上景区乡镇、10个以上景区村。", 2022)
    assert found == [(True, 2, "个", 2022, "≥"), (True, 10, "个", 2022, "≥")]


def test_a_zero_is_a_blank_not_a_quantity() -> None:
    # A page built from a form (总投资0万元, 年产值可达0万元) left its numbers unfilled.
    assert figures("建成投产后年产值可达0万元。") == []
    assert [f[1] for f in figures("建成投产后年产值可达10万元。")] == [10]


def test_hundred_million_tonnes_is_a_unit_as_ten_thousand_tonnes_is() -> None:
    assert figures("确保港口货物年吞吐量达到4亿吨。") == [(True, 4, "亿吨", 2025, None)]


def test_a_figure_named_as_the_plan_is_a_target() -> None:
    # …达3000亿元的计划: the figure is what the plan is for, as …的目标 is the aim.
    found = figures("按照三年投资总额达3000亿元的计划,推进五大行动。")
    assert found == [(True, 3000, "亿元", 2025, None)]


def test_numerals_inside_a_longer_slogan_are_no_quantities() -> None:
    text = "为确保重大项目顺利推进,建立“百名领导干部联系百个项目”机制。"
    assert figures(text) == []
    # …but digits in a quote of that length may be a quoted aim.
    assert [f[1] for f in figures("他说:“力争今年引进亿元以上项目10个”。")] == [10]


def test_cards_to_play_are_a_figure_of_speech() -> None:
    assert figures("王纲提出要打好三张牌:一要打好区位优势牌。") == []
    assert figures("力争打响两张金名片。") == []
    # …but the count of cards to issue is one.
    assert [f[1] for f in figures("力争发放社保卡3000张。")] == [3000]


def test_a_count_after_a_counted_aim_in_a_short_clause_goes_on_with_the_list() -> None:
    found = figures("全年实现新开工项目80个,投产工业项目28个。", 2024)
    assert found == [(True, 80, "个", 2024, None), (True, 28, "个", 2024, None)]
    # …not an amount of another measure, nor a long clause of its own.
    found = figures("全年实现新开工项目80个,总投资达到了250亿元。", 2024)
    assert [f[0] for f in found] == [True, False]


def test_the_last_few_years_look_back() -> None:
    assert [f[0] for f in figures("近两年,常山新引进投资额超亿元的轴承企业3家。", 2018)] == [False]
    assert [f[0] for f in figures("近两年内将新引进轴承企业3家。", 2018)] == [True]


def test_a_count_of_projects_then_their_plan_is_a_target() -> None:
    """共有48个项目计划在上半年开工: the plan after the count commits it (共有 though)."""
    assert figures("2024年,慈溪共有48个项目计划在上半年开工建设。", 2024) == [
        (True, 48, "个", 2024, None)
    ]
    assert figures("慈溪共有5个产业园项目计划上半年开工。", 2024) == [(True, 5, "个", 2024, None)]
    # …but not a plan of a year gone, nor what was done.
    assert figures("2022年共有5个项目计划开工。", 2024) == [(False, 5, "个", 2022, None)]
    assert figures("去年共有5个项目建成投产。", 2024) == [(False, 5, "个", 2023, None)]


def test_a_floor_set_is_a_requirement() -> None:
    """每年工业供地不少于1000亩: a floor set (不少于, 不低于) is a target with no other cue."""
    assert figures("每年工业供地不少于1000亩。", 2022) == [(True, 1000, "亩", 2022, "≥")]
    assert figures("公共服务投入增幅不低于12%。", 2016) == [(True, 12, "%", 2016, "≥")]
    assert figures("去年工业供地1000亩。", 2022) == [(False, 1000, "亩", 2021, None)]
