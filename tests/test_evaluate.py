"""Tests of graph.evaluate: matching rules, counting, gold loading, reading the graph."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, SKOS, XSD

from graph import evaluate as ev
from graph.evaluate import (
    Gold,
    GoldCredit,
    GoldPost,
    GoldTarget,
    PredCredit,
    Prediction,
    PredPost,
    PredProject,
    PredTarget,
    Score,
    evaluate,
    format_report,
    load_gold,
    norm_text,
    org_core,
    org_matches,
    predictions_from_dataset,
    project_matches,
    role_matches,
    score_article,
    target_matches,
)

GOLD_DIR = Path(__file__).parent / "gold"
QJ = Namespace("https://w3id.org/qjkg/ontology#")
QJID = Namespace("https://w3id.org/qjkg/id/")
SCHEMA = Namespace("https://schema.org/")


def gold(**kw: object) -> Gold:
    """A Gold with everything empty except the given fields."""
    base: dict[str, Any] = dict(
        id="t-1",
        source="t1.txt",
        title=None,
        date=None,
        district=None,
        persons=(),
        posts=(),
        credits=(),
        projects_required=(),
        projects_allowed=(),
        targets_required=(),
        targets_allowed=(),
    )
    base.update(kw)
    return Gold(**base)


def post(person: str, role: str, *orgs: str, sentence: str = "") -> PredPost:
    return PredPost(person, role, orgs[0] if orgs else None, tuple(orgs), sentence)


# --- normalisation -----------------------------------------------------------------


@pytest.fixture
def fresh_simplifier() -> Iterator[None]:
    ev._simplifier.cache_clear()
    yield
    ev._simplifier.cache_clear()  # do not leak a fake converter into other tests


def test_norm_text_nfkc_and_whitespace() -> None:
    assert norm_text("小微园（三期）") == "小微园(三期)"
    assert norm_text("３０％") == "30%"
    assert norm_text(" 洪　纲 ") == "洪纲"


def test_norm_text_uses_to_simplified(
    monkeypatch: pytest.MonkeyPatch, fresh_simplifier: None
) -> None:
    fake = types.ModuleType("graph.normalise")
    fake.to_simplified = lambda s: s.replace("長", "长")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "graph.normalise", fake)
    assert norm_text("增長") == "增长"


def test_norm_text_identity_without_normalise(
    monkeypatch: pytest.MonkeyPatch, fresh_simplifier: None
) -> None:
    # None in sys.modules makes the import raise ImportError.
    monkeypatch.setitem(sys.modules, "graph.normalise", None)
    assert norm_text("增長") == "增長"


# --- roles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred", "gold_role", "expected"),
    [
        ("代表", "人大代表", True),
        ("人大代表", "代表", True),
        ("镇长", "镇长", True),
        ("主任", "办公室主任", True),
        ("书记", "副书记", False),
        ("副书记", "书记", False),
        ("局长", "原局长", False),
        ("局长", "前局长", False),
        ("县长", "代县长", False),
        ("主任", "常务副主任", False),
        ("董事", "执行董事", False),
        ("会长", "名誉会长", False),
        ("局长", "院长", False),
        ("", "局长", False),
    ],
)
def test_role_matches(pred: str, gold_role: str, expected: bool) -> None:
    assert role_matches(pred, gold_role) is expected


def test_role_extra_chars_are_outside_the_occurrence() -> None:
    # 代 lies inside the shorter title, not among the extra characters.
    assert role_matches("代表", "党代表")
    assert not role_matches("人大", "人大代表")  # extra "代表" holds 代


# --- organisations ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("衢江区发展和改革局", "发展和改革局"),
        ("区发改局", "发改局"),
        ("浙江省衢州市衢江区人民政府", "人民政府"),
        ("中共衢州市衢江区委员会", "委"),
        ("衢江区农业农村委员会", "农业农村委"),
        ("衢江区政协（机关）", "政协机关"),
        ("衢江区", "衢江区"),  # never stripped to nothing
    ],
)
def test_org_core(name: str, core: str) -> None:
    assert org_core(name) == core


def test_org_matches_prefixes_and_containment() -> None:
    assert org_matches(["区发改局"], ["衢江区发改局", "衢江区发展和改革局"])
    assert org_matches(["中共衢江区发改局"], ["衢江区发改局"])
    assert org_matches(["上方镇人民政府"], ["上方镇"])
    assert org_matches(["衢江区人大常委会"], ["衢江区人大"])
    assert not org_matches(["衢江区经信局"], ["衢江区发改局", "衢江区发展和改革局"])


def test_org_matches_any_pred_name() -> None:
    assert org_matches(["衢江区发展和改革局", "区发改局"], ["发改局"])
    assert org_matches(("衢江区文化和广电旅游体育局", "文广旅体局"), ["衢江区文广旅体局"])


def test_org_committee_written_as_wei() -> None:
    assert org_matches(["衢江区农业农村委员会"], ["区农业农村委"])


def test_org_one_char_core_needs_equality() -> None:
    assert org_matches(["中共衢江区委员会"], ["衢江区委"])
    assert not org_matches(["中共衢江区委员会"], ["衢江区纪委"])


def test_org_empty_gold_list_matches_anything() -> None:
    assert org_matches(None, [])
    assert org_matches([], [])
    assert org_matches(["任何单位"], [])
    assert not org_matches(None, ["上方镇"])
    assert not org_matches([], ["上方镇"])


# --- projects and targets ------------------------------------------------------------


def test_project_sixty_percent_rule_both_ways() -> None:
    assert project_matches("花涧谷", "花涧谷项目")  # 3/5 = 60%
    assert project_matches("花涧谷项目", "花涧谷")
    assert not project_matches("罗樟源水库", "罗樟源水库扩建工程")  # 5/9
    assert not project_matches("罗樟源水库扩建工程", "罗樟源水库")
    assert project_matches("小微园（三期）", "小微园(三期)")
    assert not project_matches("花涧谷", "东岳花海")


def test_target_rules() -> None:
    g = GoldTarget("力争2026年规上工业产值增速达到30%以上", 30, "%", 2026)
    assert target_matches(PredTarget("", 30.0, "%", 2026), g)
    assert target_matches(PredTarget("", 30.0000000001, "％", 2026), g)
    assert not target_matches(PredTarget("", 30.0, "%", 2025), g)
    assert not target_matches(PredTarget("", 30.0, "%", None), g)
    assert not target_matches(PredTarget("", 31.0, "%", 2026), g)
    assert not target_matches(PredTarget("", 30.0, "个", 2026), g)
    assert not target_matches(PredTarget("", None, "%", 2026), g)
    open_year = GoldTarget("x", 30, "%", None)
    assert target_matches(PredTarget("", 30.0, "%", 2024), open_year)
    assert target_matches(PredTarget("", 30.0, "%", None), open_year)


# --- counting ------------------------------------------------------------------------


def test_score_edge_values() -> None:
    assert (Score().precision, Score().recall, Score().f1) == (1.0, 1.0, 1.0)
    assert (Score(fn=2).precision, Score(fn=2).recall, Score(fn=2).f1) == (0.0, 0.0, 0.0)
    assert (Score(fp=1).precision, Score(fp=1).recall, Score(fp=1).f1) == (0.0, 0.0, 0.0)
    s = Score(tp=3, fp=1, fn=2)
    assert s.precision == 0.75 and s.recall == 0.6
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_allowed_items_neither_tp_nor_fp() -> None:
    g = gold(projects_required=("花涧谷",), projects_allowed=("东岳花海",))
    pred = Prediction("t1.txt", projects=[PredProject("东岳花海", "s1"), PredProject("无关", "s2")])
    s = score_article(g, pred)["projects"]
    assert (s.tp, s.fp, s.fn, s.neutral) == (0, 1, 1, 1)
    assert [f.item for f in s.false_hits] == ["无关"]
    assert s.false_hits[0].sentence == "s2"


def test_allowed_targets_and_statistics() -> None:
    g = gold(
        targets_required=(GoldTarget("a", 26, "个", 2025),),
        targets_allowed=(GoldTarget("b", 5, "个", 2025),),
    )
    pred = Prediction(
        "t1.txt",
        targets=[PredTarget("s", 26, "个", 2025, "s"), PredTarget("t", 5, "个", 2025, "t")],
    )
    s = score_article(g, pred)["targets"]
    assert (s.tp, s.fp, s.fn, s.neutral) == (1, 0, 0, 1)


def test_duplicate_predictions_count_once() -> None:
    g = gold(persons=("宋韬",), projects_required=("花涧谷",))
    pred = Prediction(
        "t1.txt",
        persons=[("宋韬", "a"), ("宋韬", "b"), ("宋 韬", "c"), ("某某", "d"), ("某某", "e")],
        projects=[PredProject("花涧谷"), PredProject("花涧谷")],
    )
    scores = score_article(g, pred)
    assert (scores["persons"].tp, scores["persons"].fp) == (1, 1)
    assert (scores["projects"].tp, scores["projects"].fp) == (1, 0)


def test_one_to_one_matching() -> None:
    # Two distinct predictions matching one gold item: one TP, one FP.
    g = gold(projects_required=("花涧谷",))
    pred = Prediction("t1.txt", projects=[PredProject("花涧谷"), PredProject("花涧谷项目")])
    s = score_article(g, pred)["projects"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    # One prediction matching two gold items: one TP, one FN.
    g = gold(projects_required=("花涧谷", "花涧谷酒店"))
    s = score_article(g, Prediction("t1.txt", projects=[PredProject("花涧谷酒")]))["projects"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)


def test_matching_lets_a_flexible_prediction_give_way() -> None:
    # 花涧谷酒 fits both gold items; 涧谷 fits only 花涧谷. Both must be TP.
    g = gold(projects_required=("花涧谷", "花涧谷酒店"))
    pred = Prediction("t1.txt", projects=[PredProject("花涧谷酒"), PredProject("涧谷")])
    s = score_article(g, pred)["projects"]
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)


def test_posts_role_and_org_kinds() -> None:
    g = gold(
        persons=("宋韬",),
        posts=(
            GoldPost("宋韬", "人大代表", ("衢江区人大", "衢江区人民代表大会")),
            GoldPost("宋韬", "镇长", ("上方镇", "上方镇人民政府")),
        ),
    )
    pred = Prediction(
        "t1.txt",
        posts=[
            post("宋韬", "代表", "衢江区人大常委会", sentence="区人大代表宋韬"),
            post("宋韬", "镇长", sentence="上方镇镇长宋韬说"),
            post("宋韬", "副镇长", "上方镇人民政府", sentence="副镇长"),
        ],
    )
    scores = score_article(g, pred)
    pr, pro = scores["person-role"], scores["person-role-org"]
    assert (pr.tp, pr.fp, pr.fn) == (2, 1, 0)
    assert (pro.tp, pro.fp, pro.fn) == (1, 2, 1)
    miss = pro.misses[0]
    assert miss.item == "宋韬 | 镇长 | 上方镇 / 上方镇人民政府"
    assert miss.nearest == "宋韬 | 镇长 | —" and miss.sentence == "上方镇镇长宋韬说"


def test_credits() -> None:
    g = gold(credits=(GoldCredit("洪纲", "文"), GoldCredit("邵秀清", "图")))
    pred = Prediction(
        "t1.txt", credits=[PredCredit("洪纲", "文", "文/洪纲"), PredCredit("邵秀清", "文", "x")]
    )
    s = score_article(g, pred)["credits"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_evaluate_micro_average_and_missing_article() -> None:
    g1 = gold(id="a", source="a.txt", persons=("甲乙", "丙丁"))
    g2 = gold(id="b", source="b.txt", persons=("戊己",))
    preds = {
        "corpus/a.txt": Prediction("corpus/a.txt", persons=[("甲乙", ""), ("庚辛", "")]),
        "z.txt": Prediction("z.txt"),
    }
    report = evaluate([g1, g2], preds)
    tot = report.totals["persons"]
    assert (tot.tp, tot.fp, tot.fn) == (1, 1, 2)
    assert tot.precision == 0.5 and tot.recall == pytest.approx(1 / 3)
    assert [a.predicted for a in report.articles] == [True, False]
    assert report.unscored_sources == ["z.txt"]
    assert report.totals["targets"].f1 == 1.0  # nothing expected, nothing predicted


def test_format_report_verbose() -> None:
    g = gold(projects_required=("花涧谷",))
    pred = Prediction("t1.txt", projects=[PredProject("无关项目", "这是一个无关项目。")])
    report = evaluate([g], {"t1.txt": pred})
    short = format_report(report)
    assert "kind" in short and "F1" in short and "projects" in short
    assert "无关项目" not in short
    long = format_report(report, verbose=True)
    assert "false" in long and "这是一个无关项目。" in long
    assert "miss" in long and "花涧谷" in long


def test_perfect_predictions_from_real_gold() -> None:
    for g in load_gold(GOLD_DIR):
        pred = Prediction(
            g.source,
            persons=[(p, "") for p in g.persons],
            posts=[PredPost(p.person, p.role, (p.orgs or (None,))[0], p.orgs) for p in g.posts],
            projects=[PredProject(p) for p in g.projects_required],
            targets=[PredTarget(t.text, t.value, t.unit, t.year) for t in g.targets_required],
            credits=[PredCredit(c.person, c.credit_as) for c in g.credits],
        )
        report = evaluate([g], {g.source: pred})
        for kind, s in report.totals.items():
            assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), (g.id, kind)


# --- gold files ------------------------------------------------------------------------


def test_load_real_gold() -> None:
    golds = {g.id: g for g in load_gold(GOLD_DIR)}
    assert set(golds) == {"seed-000", "seed-003"}
    g0, g3 = golds["seed-000"], golds["seed-003"]
    assert g0.source == "000_f69df61967ff0086.txt" and g0.date is None
    assert len(g0.persons) == 10 and len(g0.posts) == 20
    assert g0.posts[0] == GoldPost("宋韬", "人大代表", ("衢江区人大", "衢江区人民代表大会"))
    assert g0.targets_required == (
        GoldTarget("力争2026年规上工业产值增速达到30%以上", 30.0, "%", 2026),
    )
    assert g3.date == "2025-02-14"
    assert g3.credits == (GoldCredit("洪纲", "文"), GoldCredit("邵秀清", "图"))
    assert "衢州海洋世界" in g3.projects_required and "千万工程" in g3.projects_allowed
    assert g3.targets_required[1].unit == "亿元"


def _valid_gold() -> dict[str, Any]:
    return json.loads((GOLD_DIR / "seed-003.json").read_text(encoding="utf-8"))


def test_load_gold_malformed_json_names_file(tmp_path: Path) -> None:
    (tmp_path / "ok.json").write_text(json.dumps(_valid_gold()), encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"id": "x",', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.json.*malformed JSON"):
        load_gold(tmp_path)


def test_load_gold_missing_field_names_file(tmp_path: Path) -> None:
    data = _valid_gold()
    del data["persons"]
    (tmp_path / "nopersons.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=r"nopersons\.json.*'persons'"):
        load_gold(tmp_path)


def test_load_gold_missing_nested_field_names_file(tmp_path: Path) -> None:
    data = _valid_gold()
    del data["posts"][2]["role"]
    (tmp_path / "norole.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=r"norole\.json: posts\[2\].*'role'"):
        load_gold(tmp_path)


def test_load_gold_duplicate_id(tmp_path: Path) -> None:
    for name in ("one.json", "two.json"):
        (tmp_path / name).write_text(json.dumps(_valid_gold()), encoding="utf-8")
    with pytest.raises(ValueError, match=r"two\.json.*duplicate id"):
        load_gold(tmp_path)


def test_load_gold_ignores_other_files(tmp_path: Path) -> None:
    (tmp_path / "FORMAT.md").write_text("# not json", encoding="utf-8")
    assert load_gold(tmp_path) == []


# --- reading the graph -------------------------------------------------------------------


def _evidence(g: Graph, node: URIRef, article: URIRef, sentence: str) -> None:
    ev_node = URIRef(str(node) + "-ev")
    g.add((node, QJ.evidence, ev_node))
    g.add((ev_node, RDF.type, QJ.Evidence))
    g.add((ev_node, QJ.sentence, Literal(sentence)))
    g.add((ev_node, QJ.start, Literal(0, datatype=XSD.integer)))
    g.add((ev_node, QJ.end, Literal(len(sentence), datatype=XSD.integer)))
    g.add((ev_node, QJ.offsetUnit, Literal("unicode-code-point")))
    g.add((ev_node, PROV.wasDerivedFrom, article))


def _fact(g: Graph, node: URIRef, kind: URIRef, article: URIRef, conf: str, sentence: str) -> None:
    g.add((node, RDF.type, kind))
    g.add((node, PROV.wasDerivedFrom, article))
    g.add((node, QJ.confidence, Literal(Decimal(conf), datatype=XSD.decimal)))
    g.add((node, QJ.rule, Literal("test-rule")))
    if Decimal(conf) < Decimal("0.5"):
        g.add((node, QJ.lowConfidence, Literal(True)))
    _evidence(g, node, article, sentence)


def _person(g: Graph, iri: URIRef, name: str, pinyin: str) -> None:
    g.add((iri, RDF.type, FOAF.Person))
    g.add((iri, FOAF.name, Literal(name, lang="zh")))
    g.add((iri, FOAF.name, Literal(pinyin, lang="zh-Latn-pinyin")))


def build_dataset() -> Dataset:
    """One article graph: membership, credit, project mention, target, statistic and a
    low-confidence membership; a second article graph that must not leak into the first."""
    ds = Dataset()
    art = QJID["article/seed-003-7a56a6a6a9"]
    g = ds.graph(art)
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, SCHEMA.headline, Literal("以实干之姿推动衢江高质量发展", lang="zh")))
    g.add((art, SCHEMA.datePublished, Literal("2025-02-14", datatype=XSD.date)))
    g.add((art, QJ.sourceFile, Literal("003_7a56a6a6a910d565.txt")))

    zhang, hong, low_p = QJID["person/zhang"], QJID["person/hong"], QJID["person/low"]
    _person(g, zhang, "章李华", "Zhāng Lǐhuá")
    _person(g, hong, "洪纲", "Hóng Gāng")
    _person(g, low_p, "王某", "Wáng Mǒu")
    g.add((art, SCHEMA.contributor, hong))

    fgj = QJID["org/fgj"]
    g.add((fgj, RDF.type, ORG.Organization))
    g.add((fgj, SKOS.prefLabel, Literal("衢江区发展和改革局", lang="zh")))
    g.add((fgj, SKOS.altLabel, Literal("区发改局", lang="zh")))
    role = QJID["role/juzhang"]
    g.add((role, RDF.type, ORG.Role))
    g.add((role, SKOS.prefLabel, Literal("局长", lang="zh")))
    g.add((role, SKOS.prefLabel, Literal("bureau director", lang="en")))

    m = QJID["membership/m1"]
    _fact(g, m, ORG.Membership, art, "0.9", "区发改局局长章李华介绍")
    g.add((m, ORG.member, zhang))
    g.add((m, ORG.organization, fgj))
    g.add((m, ORG.role, role))
    g.add((m, QJ.observedOn, Literal("2025-02-14", datatype=XSD.date)))

    low = QJID["membership/low"]
    _fact(g, low, ORG.Membership, art, "0.3", "王某局长也说")
    g.add((low, ORG.member, low_p))
    g.add((low, ORG.role, role))

    c = QJID["credit/c1"]
    _fact(g, c, QJ.Credit, art, "0.95", "文/洪纲")
    g.add((c, QJ.person, hong))
    g.add((c, QJ.creditAs, Literal("文", lang="zh")))

    proj = QJID["project/haiyang"]
    g.add((proj, RDF.type, QJ.Project))
    g.add((proj, SKOS.prefLabel, Literal("衢州海洋世界", lang="zh")))
    pm = QJID["project-mention/pm1"]
    _fact(g, pm, QJ.ProjectMention, art, "0.8", "衢州海洋世界项目加快建设")
    g.add((pm, QJ.project, proj))

    t = QJID["target/t1"]
    _fact(g, t, QJ.Target, art, "0.8", "实现招商引资到位资金35亿元以上")
    g.add((t, QJ.metric, Literal("招商引资到位资金", lang="zh")))
    g.add((t, QJ.value, Literal(Decimal("35"), datatype=XSD.decimal)))
    g.add((t, QJ.unit, Literal("亿元")))
    g.add((t, QJ.year, Literal(2025, datatype=XSD.integer)))
    g.add((t, QJ.comparator, Literal("≥")))

    st = QJID["statistic/s1"]
    _fact(g, st, QJ.Statistic, art, "0.8", "2024年调研项目123个")
    g.add((st, QJ.value, Literal(Decimal("123"), datatype=XSD.decimal)))
    g.add((st, QJ.unit, Literal("个")))
    g.add((st, QJ.year, Literal(2024, datatype=XSD.integer)))

    other = QJID["article/other"]
    g2 = ds.graph(other)
    g2.add((other, RDF.type, SCHEMA.NewsArticle))
    g2.add((other, QJ.sourceFile, Literal("other.txt")))
    _person(g2, QJID["person/other"], "李四", "Lǐ Sì")
    return ds


def test_predictions_from_dataset() -> None:
    preds = predictions_from_dataset(build_dataset())
    assert set(preds) == {"003_7a56a6a6a910d565.txt", "other.txt"}
    p = preds["003_7a56a6a6a910d565.txt"]
    assert sorted(p.persons) == [("洪纲", "文/洪纲"), ("章李华", "区发改局局长章李华介绍")]
    assert p.posts == [
        PredPost(
            "章李华",
            "局长",
            "衢江区发展和改革局",
            ("衢江区发展和改革局", "区发改局"),
            "区发改局局长章李华介绍",
        )
    ]
    assert p.credits == [PredCredit("洪纲", "文", "文/洪纲")]
    assert p.projects == [PredProject("衢州海洋世界", "衢州海洋世界项目加快建设")]
    sentence = "实现招商引资到位资金35亿元以上"
    assert p.targets == [PredTarget(sentence, 35.0, "亿元", 2025, sentence)]
    assert preds["other.txt"].persons == [("李四", "")]


def test_predictions_from_dataset_include_low() -> None:
    p = predictions_from_dataset(build_dataset(), include_low=True)["003_7a56a6a6a910d565.txt"]
    assert ("王某", "王某局长也说") in p.persons
    low = [x for x in p.posts if x.person == "王某"]
    assert low == [PredPost("王某", "局长", None, (), "王某局长也说")]


def test_dataset_scored_against_real_gold() -> None:
    golds = [g for g in load_gold(GOLD_DIR) if g.id == "seed-003"]
    report = ev.evaluate_dataset(golds, build_dataset())
    s = report.articles[0].scores
    assert (s["person-role-org"].tp, s["person-role-org"].fp) == (1, 0)
    assert (s["credits"].tp, s["credits"].fn) == (1, 1)
    assert (s["projects"].tp, s["targets"].tp, s["targets"].fp) == (1, 1, 0)
    assert report.unscored_sources == ["other.txt"]
