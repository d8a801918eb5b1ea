"""Tests of graph/view.py: networkx conversion and the offline pyvis HTML page."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, XSD, Dataset, Graph, Literal, Namespace, URIRef

from graph.view import render_html, to_html, to_networkx

QJ = Namespace("https://w3id.org/qjkg/ontology#")
QJID = Namespace("https://w3id.org/qjkg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")

A1 = QJID["article/a1-0000000001"]  # dated 2024-06-01
A2 = QJID["article/a2-0000000002"]  # dated 2024-03-01
P = QJID["person/song-tao-aaaaaaaaaa"]
P2 = QJID["person/li-ming-bbbbbbbbbb"]  # only in a low-confidence membership
GOV = QJID["org/qu-jiang-qu-ren-min-zheng-fu-cccccccccc"]
FGJ = QJID["org/qu-jiang-qu-fa-zhan-he-gai-ge-ju-dddddddddd"]
FIRM = QJID["org/xin-cai-liao-you-xian-gong-si-eeeeeeeeee"]
PLACE = QJID["place/shang-fang-zhen-ffffffffff"]
PROJ = QJID["project/xin-cai-liao-xiang-mu-1111111111"]
TARGET = QJID["target/gui-shang-gong-ye-2222222222"]
EVID = QJID["evidence/e-3333333333"]

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _date(text: str) -> Literal:
    return Literal(text, datatype=XSD.date)


def _entities(article: URIRef, headline: str, date: str) -> list[Triple]:
    return [
        (article, RDF.type, SCHEMA.NewsArticle),
        (article, SCHEMA.headline, Literal(headline)),
        (article, SCHEMA.datePublished, _date(date)),
        (article, QJ.sourceFile, Literal(article.rsplit("/", 1)[-1] + ".txt")),
        (P, RDF.type, FOAF.Person),
        (P, FOAF.name, _zh("宋韬")),
        (P, FOAF.name, Literal("Sòng Tāo", lang="zh-Latn-pinyin")),
        (GOV, RDF.type, ORG.Organization),
        (GOV, SKOS.prefLabel, _zh("衢江区人民政府")),
        (GOV, SKOS.altLabel, _zh("区政府")),
    ]


def _membership(
    name: str,
    person: URIRef,
    org: URIRef | None,
    role: str,
    date: str,
    article: URIRef,
    confidence: str,
) -> list[Triple]:
    m = QJID[f"membership/{name}"]
    r = QJID[f"role/{name}"]
    triples: list[Triple] = [
        (r, RDF.type, ORG.Role),
        (r, SKOS.prefLabel, _zh(role)),
        (m, RDF.type, ORG.Membership),
        (m, ORG.member, person),
        (m, ORG.role, r),
        (m, PROV.wasDerivedFrom, article),
        (m, QJ.observedOn, _date(date)),
        (m, QJ.confidence, Literal(confidence, datatype=XSD.decimal)),
        (m, QJ.rule, Literal("title-name")),
    ]
    if org is not None:
        triples.append((m, ORG.organization, org))
    if float(confidence) < 0.5:
        triples.append((m, QJ.lowConfidence, Literal(True)))
    return triples


def _article1() -> list[Triple]:
    return (
        _entities(A1, "衢江区新材料项目签约", "2024-06-01")
        + [
            (FGJ, RDF.type, ORG.Organization),
            (FGJ, SKOS.prefLabel, _zh("衢江区发展和改革局")),
            (FGJ, SKOS.altLabel, _zh("区发改局")),
            (FGJ, ORG.subOrganizationOf, GOV),
            (FIRM, RDF.type, ORG.Organization),
            (FIRM, SKOS.prefLabel, _zh("浙江新材料有限公司")),
            (PLACE, RDF.type, SCHEMA.Place),
            (PLACE, SKOS.prefLabel, _zh("上方镇")),
            (PLACE, QJ.placeType, Literal("镇")),
            (PROJ, RDF.type, QJ.Project),
            (PROJ, SKOS.prefLabel, _zh("年产10万吨新材料项目")),
            (PROJ, SCHEMA.location, PLACE),
            (PROJ, QJ.investor, FIRM),
            (PROJ, QJ.promotedBy, P),
            (PROJ, QJ.investment, Literal("1500000000", datatype=XSD.decimal)),
            (PROJ, QJ.investmentText, Literal("15亿元")),
            (PROJ, QJ.capacity, Literal("年产10万吨")),
            (PROJ, QJ.status, _zh("签约")),
            (TARGET, RDF.type, QJ.Target),
            (TARGET, QJ.metric, _zh("规上工业产值增速")),
            (TARGET, QJ.value, Literal("8.0", datatype=XSD.decimal)),
            (TARGET, QJ.unit, Literal("%")),
            (TARGET, QJ.year, Literal(2024, datatype=XSD.integer)),
            (TARGET, QJ.comparator, Literal("≥")),
            (TARGET, QJ.setBy, GOV),
            (TARGET, QJ.about, PLACE),
            (TARGET, QJ.evidence, EVID),
            (TARGET, PROV.wasDerivedFrom, A1),
            (TARGET, QJ.confidence, Literal("0.8", datatype=XSD.decimal)),
            (EVID, RDF.type, QJ.Evidence),
            (EVID, QJ.sentence, Literal("力争全年规上工业产值增速达到8%以上。")),
            (EVID, QJ.start, Literal(10, datatype=XSD.integer)),
            (EVID, QJ.end, Literal(28, datatype=XSD.integer)),
        ]
        + _membership("m1", P, FGJ, "局长", "2024-06-01", A1, "0.9")
    )


def _article2() -> list[Triple]:
    return (
        _entities(A2, "衢江区召开经济工作会议", "2024-03-01")
        + [
            (FGJ, RDF.type, ORG.Organization),
            (FGJ, SKOS.prefLabel, _zh("衢江区发展和改革局")),
            (P2, RDF.type, FOAF.Person),
            (P2, FOAF.name, _zh("李明")),
        ]
        + _membership("m2", P, GOV, "副区长", "2024-03-01", A2, "0.85")
        + _membership("m4", P, None, "党组书记", "2024-03-01", A2, "0.7")
        + _membership("m3", P2, FGJ, "科长", "2024-03-01", A2, "0.3")
    )


def make_dataset(reverse: bool = False, default_union: bool = False) -> Dataset:
    """Two articles as named graphs; `reverse` adds everything in the opposite order."""
    ds = Dataset(default_union=default_union)
    parts = [(A1, _article1()), (A2, _article2())]
    if reverse:
        parts = [(a, list(reversed(t))) for a, t in reversed(parts)]
    for article, triples in parts:
        g = ds.graph(article)
        for triple in triples:
            g.add(triple)
    return ds


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return to_networkx(make_dataset())


@pytest.fixture(scope="module")
def page() -> str:
    return to_html(make_dataset(), title="衢江测试")


def _kinds(G: nx.MultiDiGraph) -> Counter[str]:
    return Counter(a["kind"] for _, a in G.nodes(data=True))


def _edge_kinds(G: nx.MultiDiGraph) -> Counter[str]:
    return Counter(a["kind"] for _, _, a in G.edges(data=True))


def test_nodes_and_kinds(graph: nx.MultiDiGraph) -> None:
    assert _kinds(graph) == {
        "person": 1,
        "organisation": 3,
        "project": 1,
        "target": 1,
        "place": 1,
        "article": 2,
    }
    assert graph.number_of_nodes() == 9
    person = graph.nodes[str(P)]
    assert person["label"] == "宋韬"
    assert person["pinyin"] == "Sòng Tāo"
    assert person["iri"] == str(P)
    assert graph.nodes[str(FGJ)]["label"] == "衢江区发展和改革局"
    assert graph.nodes[str(A1)]["label"] == "衢江区新材料项目签约"
    assert graph.nodes[str(TARGET)]["label"] == "规上工业产值增速 ≥8% (2024)"
    assert str(P2) not in graph  # only known from a low-confidence membership


def test_edges(graph: nx.MultiDiGraph) -> None:
    assert _edge_kinds(graph) == {
        "member": 2,
        "subOrganizationOf": 1,
        "location": 1,
        "investor": 1,
        "promotedBy": 1,
        "setBy": 1,
        "about": 1,
        "mentions": 8,
    }
    assert graph.number_of_edges() == 16
    members = {(u, v): a for u, v, a in graph.edges(data=True) if a["kind"] == "member"}
    assert members[(str(P), str(FGJ))]["role"] == "局长"
    assert members[(str(P), str(FGJ))]["date"] == "2024-06-01"
    assert members[(str(P), str(GOV))]["role"] == "副区长"
    assert graph.has_edge(str(FGJ), str(GOV))
    assert graph.has_edge(str(PROJ), str(PLACE))
    assert graph.has_edge(str(TARGET), str(GOV))
    mentioned = {v for u, v, a in graph.edges(data=True) if a["kind"] == "mentions"}
    assert str(PLACE) not in mentioned
    # FGJ appears in article 2 only through the low-confidence membership
    assert not graph.has_edge(str(A2), str(FGJ))
    assert graph.has_edge(str(A1), str(FGJ))


def test_low_confidence_included_on_request() -> None:
    G = to_networkx(make_dataset(), include_low=True)
    assert G.number_of_nodes() == 10
    assert G.nodes[str(P2)]["label"] == "李明"
    assert G.number_of_edges() == 19
    low = [a for u, v, a in G.edges(data=True) if u == str(P2)]
    assert [(a["kind"], a["role"], a["low"]) for a in low] == [("member", "科长", True)]
    assert G.has_edge(str(A2), str(FGJ)) and G.has_edge(str(A2), str(P2))
    assert "李明" in to_html(make_dataset(), include_low=True)


def test_tooltips(graph: nx.MultiDiGraph) -> None:
    person = graph.nodes[str(P)]["tooltip"]
    first = person.index("副区长 @ 衢江区人民政府 (2024-03-01)")
    second = person.index("局长 @ 衢江区发展和改革局 (2024-06-01)")
    assert first < second
    assert "党组书记 (2024-03-01)" in person  # a post without an organisation
    assert "区发改局" in graph.nodes[str(FGJ)]["tooltip"]
    project = graph.nodes[str(PROJ)]["tooltip"]
    assert "15亿元" in project and "年产10万吨" in project and "签约" in project
    assert "力争全年规上工业产值增速达到8%以上。" in graph.nodes[str(TARGET)]["tooltip"]
    for _, attrs in graph.nodes(data=True):
        assert not re.search(r"<[a-zA-Z/]", attrs["tooltip"])


def test_union_does_not_depend_on_default_union() -> None:
    plain = to_networkx(make_dataset(default_union=False))
    union = to_networkx(make_dataset(default_union=True))
    assert sorted(plain.nodes) == sorted(union.nodes)
    assert sorted(plain.edges(keys=True)) == sorted(union.edges(keys=True))
    one = Graph()
    for t in _article1() + _article2():
        one.add(t)
    assert to_networkx(one).number_of_nodes() >= 9


def _vis_nodes(page: str) -> list[dict[str, object]]:
    match = re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page)
    assert match
    return json.loads(match.group(1))


def test_html_offline_and_labelled(page: str) -> None:
    assert re.search(r"<meta charset=\"utf-8\">", page, re.I)
    for text in ("宋韬", "衢江区发展和改革局", "年产10万吨新材料项目", "上方镇", "衢江测试"):
        assert text in page
    assert 'id="qjkg-legend"' in page
    for text in ("图例", "人物", "person", "机构", "organisation", "项目", "目标", "地点", "报道"):
        assert text in page
    assert not re.search(r"\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", page, re.I)
    assert "cdn" not in page
    assert "jsdelivr" not in page.lower() and "cdnjs" not in page.lower()
    assert "bootstrap" not in page.lower()
    assert "new vis.Network" in page  # vis-network inlined


def test_html_tooltips_are_plain_text(page: str) -> None:
    nodes = _vis_nodes(page)
    assert len(nodes) == 9
    titles = {n["id"]: n["title"] for n in nodes}
    assert all(isinstance(t, str) for t in titles.values())
    for title in titles.values():
        assert "<br" not in title.lower()
        assert not re.search(r"<[a-zA-Z/]", str(title))
    assert "\n" in str(titles[str(P)])
    shapes = {n["id"]: n["shape"] for n in nodes}
    assert shapes[str(P)] == "dot" and shapes[str(GOV)] == "box"
    assert shapes[str(PROJ)] == "diamond" and shapes[str(TARGET)] == "star"


def test_render_is_deterministic(tmp_path: Path) -> None:
    one, two, three = tmp_path / "a.html", tmp_path / "b.html", tmp_path / "c.html"
    render_html(make_dataset(), one)
    render_html(make_dataset(), two)
    render_html(make_dataset(reverse=True, default_union=True), three)
    assert one.read_bytes() == two.read_bytes() == three.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "b.html", "c.html"]
    render_html(make_dataset(), one)  # replacing an existing file
    assert one.read_bytes() == two.read_bytes()
    assert one.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_render_is_deterministic_across_hash_seeds(tmp_path: Path) -> None:
    """Set iteration order changes with PYTHONHASHSEED; the output must not."""
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
        "from test_view import make_dataset; from graph.view import render_html;"
        "render_html(make_dataset(), Path(sys.argv[2]))"
    )
    root = Path(__file__).resolve().parent.parent
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
        subprocess.run(
            [sys.executable, "-c", script, str(root / "tests"), str(out)],
            check=True,
            env=env,
            cwd=root,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
