"""Tests of entity resolution (graph/resolve.py) and of what it makes of small corpora.

Part 1 tests `expand_org` directly: short forms → full names from org_levels.tsv and
bodies.tsv in an article's district, parents (org:subOrganizationOf) and jurisdictions.
Part 2 tests `pinyin_name`, `slug` and the IRI scheme. Part 3 writes tiny corpora into
tmp_path, runs them through `graph.pipeline.run` and checks the resulting graph with SPARQL:
one node per organisation whatever short form names it, one person per (name, district),
unknown short forms kept and flagged, metadata district winning with a warning, IRIs
independent of the other articles.

Tests marked xfail(strict=True) pin down bugs found while writing them; each reason says
what is wrong.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, XSD, Dataset, Literal, URIRef
from rdflib.namespace import FOAF, ORG, SKOS

from graph.cli import main as cli_main
from graph.entities import entity_rows
from graph.model import OrgRef
from graph.pipeline import BuildResult, build, run
from graph.query import run_query
from graph.rdf import QJ, SCHEMA, article_iri, iri
from graph.resolve import OrgInfo, expand_org, norm_label, pinyin_name, slug

QUJIANG_GOV = "衢州市衢江区人民政府"
QUJIANG_PARTY = "中共衢州市衢江区委员会"
IRI_RE = re.compile(
    r"^https://w3id\.org/qjkg/id/([a-z-]+)/([a-z0-9]+(?:-[a-z0-9]+)*)-([0-9a-f]{10})$"
)


def chain(info: OrgInfo) -> list[str]:
    """The keys of an organisation and its parents, innermost first."""
    out = []
    node: OrgInfo | None = info
    while node is not None:
        out.append(node.key)
        node = node.parent
    return out


def exp(surface: str, district: str = "衢江区", kind: str = "body") -> OrgInfo:
    return expand_org(OrgRef(surface, kind), district)


# ================================================================ 1. expand_org


@pytest.mark.parametrize(
    ("surface", "full"),
    [
        ("龙游县十三届人大四次会议", "龙游县第十三届人民代表大会第四次会议"),
        ("秀洲区十届人大常委会五次会议", "秀洲区第十届人民代表大会常务委员会第五次会议"),
        ("开化县政协十一届三次会议", "政协开化县第十一届委员会第三次会议"),
        # Already full: as written; a level alone is the article's county's.
        ("龙游县第十三届人民代表大会第四次会议", "龙游县第十三届人民代表大会第四次会议"),
        ("县十七届人大一次会议", "龙游县第十七届人民代表大会第一次会议"),
    ],
)
def test_a_sessions_short_name_is_spelled_out(surface: str, full: str) -> None:
    assert exp(surface, "龙游县", "congress").key == full


EXPANSIONS = [
    # surface, kind, district, [key, parent, grandparent, …]
    ("区发改局", "body", "衢江区", ["衢江区发展和改革局", QUJIANG_GOV]),
    ("区经信局", "body", "衢江区", ["衢江区经济和信息化局", QUJIANG_GOV]),
    ("区人社局", "body", "衢江区", ["衢江区人力资源和社会保障局", QUJIANG_GOV]),
    ("区文广旅体局", "body", "衢江区", ["衢江区文化和广电旅游体育局", QUJIANG_GOV]),
    ("区文广旅局", "body", "衢江区", ["衢江区文化和广电旅游体育局", QUJIANG_GOV]),
    ("区招商投资促进中心", "body", "衢江区", ["衢江区招商投资促进中心", QUJIANG_GOV]),
    ("区妇联", "body", "衢江区", ["衢江区妇女联合会"]),
    ("区委", "party", "衢江区", [QUJIANG_PARTY]),
    ("区政府", "government", "衢江区", [QUJIANG_GOV]),
    ("区人民政府", "government", "衢江区", [QUJIANG_GOV]),
    ("区人大", "congress", "衢江区", ["衢江区人民代表大会"]),
    ("区人大常委会", "congress", "衢江区", ["衢江区人民代表大会常务委员会", "衢江区人民代表大会"]),
    ("区政协", "cppcc", "衢江区", ["政协衢州市衢江区委员会"]),
    ("团区委", "body", "衢江区", ["共青团衢州市衢江区委员会", QUJIANG_PARTY]),
    ("区委宣传部", "party", "衢江区", ["中共衢州市衢江区委员会宣传部", QUJIANG_PARTY]),
    ("区委办", "party", "衢江区", ["中共衢州市衢江区委员会办公室", QUJIANG_PARTY]),
    ("区纪委", "party", "衢江区", ["中共衢州市衢江区纪律检查委员会", QUJIANG_PARTY]),
    ("区政府办", "government", "衢江区", ["衢州市衢江区人民政府办公室", QUJIANG_GOV]),
    (
        "区融媒体中心",
        "body",
        "衢江区",
        ["衢江区融媒体中心", "中共衢州市衢江区委员会宣传部", QUJIANG_PARTY],
    ),
    # towns, townships and streets: their governments and party committees
    ("杜泽镇党委", "party", "衢江区", ["中共衢州市衢江区杜泽镇委员会", QUJIANG_PARTY]),
    ("上方镇", "town", "衢江区", ["衢江区上方镇人民政府", QUJIANG_GOV]),
    ("上方镇人民政府", "government", "衢江区", ["衢江区上方镇人民政府", QUJIANG_GOV]),
    ("太真乡", "town", "衢江区", ["衢江区太真乡人民政府", QUJIANG_GOV]),
    ("樟潭街道", "town", "衢江区", ["衢江区樟潭街道办事处", QUJIANG_GOV]),
    # a town is placed by the places table, not by the article's district
    ("上方镇", "town", "龙游县", ["衢江区上方镇人民政府", QUJIANG_GOV]),
    # other districts and counties
    ("区委", "party", "柯城区", ["中共衢州市柯城区委员会"]),
    ("区发改局", "body", "柯城区", ["柯城区发展和改革局", "衢州市柯城区人民政府"]),
    ("县发改局", "body", "龙游县", ["龙游县发展和改革局", "龙游县人民政府"]),
    ("县委", "party", "龙游县", ["中共龙游县委员会"]),
    ("县政府", "government", "龙游县", ["龙游县人民政府"]),
    ("县人大常委会", "congress", "开化县", ["开化县人民代表大会常务委员会", "开化县人民代表大会"]),
    ("县政协", "cppcc", "常山县", ["政协常山县委员会"]),
    # 市X is 衢州市X in a district or county article …
    ("市统计局", "body", "衢江区", ["衢州市统计局", "衢州市人民政府"]),
    ("市发改局", "body", "龙游县", ["衢州市发展和改革局", "衢州市人民政府"]),
    ("市委", "party", "衢江区", ["中共衢州市委员会"]),
    ("市委", "party", "衢州市", ["中共衢州市委员会"]),
    # 市 in an article about another city's district is that city.
    ("市委", "party", "莲都区", ["中共丽水市委员会"]),
    # …and beyond the places table, the divisions table says which city and province.
    ("市委", "party", "城固县", ["中共汉中市委员会"]),
    ("省委", "party", "城固县", ["中共陕西省委员会"]),
    ("县委", "party", "城固", ["中共城固县委员会"]),  # the district written short
    ("区委", "party", "海曙区", ["中共宁波市海曙区委员会"]),
    ("市委", "party", "虹口区", ["中共上海市委员会"]),  # a municipality's district
    # 州 is an autonomous prefecture's level, 旗 a banner's (a county of Inner Mongolia).
    ("州委", "party", "花垣县", ["中共湘西土家族苗族自治州委员会"]),
    ("州人大", "congress", "维西傈僳族自治县", ["迪庆藏族自治州人民代表大会"]),
    ("旗委", "party", "鄂托克前旗", ["中共鄂托克前旗委员会"]),
    ("旗政协", "cppcc", "鄂托克前旗", ["政协鄂托克前旗委员会"]),
    # a county or city of the divisions table written out, after its province or not
    ("宁国市政府", "government", "宁国市", ["宁国市人民政府"]),
    ("安徽省岳西县委", "party", "岳西县", ["中共岳西县委员会"]),
    ("九江市委", "party", "星子县", ["中共九江市委员会"]),
    ("和县政府", "government", "和县", ["和县人民政府"]),  # two characters: its own article
    ("市政府", "government", "衢州市", ["衢州市人民政府"]),
    # … and the county-level city's own body in a 江山市 article
    ("市委", "party", "江山市", ["中共江山市委员会"]),
    ("市政府", "government", "江山市", ["江山市人民政府"]),
    ("市经信局", "body", "江山市", ["江山市经济和信息化局", "江山市人民政府"]),
    ("江山市委", "party", "衢江区", ["中共江山市委员会"]),
    ("江山市经信局", "body", "江山市", ["江山市经济和信息化局", "江山市人民政府"]),
    # written with the district's name
    ("衢江区经信局", "body", "柯城区", ["衢江区经济和信息化局", QUJIANG_GOV]),
    ("衢江区委", "party", "龙游县", [QUJIANG_PARTY]),
    # province
    ("省科协", "body", "衢江区", ["浙江省科学技术协会"]),
    # a partner region's bodies, named with it (graph/data/places.tsv knows its city)
    ("鄞州区委", "party", "衢江区", ["中共宁波市鄞州区委员会"]),
    ("宁波市委", "party", "衢江区", ["中共宁波市委员会"]),
    # companies and their departments
    ("浙江吉祥厨具股份有限公司", "company", "衢江区", ["浙江吉祥厨具股份有限公司"]),
    (
        "浙江衢星化工有限公司市场部",
        "dept",
        "衢江区",
        ["浙江衢星化工有限公司市场部", "浙江衢星化工有限公司"],
    ),
    (
        "衢州市智慧港口发展有限公司市场运营部",
        "dept",
        "衢江区",
        ["衢州市智慧港口发展有限公司市场运营部", "衢州市智慧港口发展有限公司"],
    ),
    (
        "衢州博远化工集团有限公司财务部",
        "dept",
        "衢江区",
        ["衢州博远化工集团有限公司财务部", "衢州博远化工集团有限公司"],
    ),
]


@pytest.mark.parametrize(("surface", "kind", "district", "expected"), EXPANSIONS)
def test_expand_org(surface: str, kind: str, district: str, expected: list[str]) -> None:
    info = expand_org(OrgRef(surface, kind), district)
    assert chain(info) == expected
    assert info.label == info.key
    assert info.known


def test_expansion_is_deterministic_and_pure() -> None:
    first = [chain(exp(s, d, k)) for s, k, d, _ in EXPANSIONS]
    exp("县发改局", "龙游县")  # resolving other mentions in between changes nothing
    exp("区爱卫发展中心")
    assert [chain(exp(s, d, k)) for s, k, d, _ in EXPANSIONS] == first


@pytest.mark.parametrize(
    "surface", ["区文广旅体局", "区文广旅局", "区文旅局", "区文化和广电旅游体育局"]
)
def test_culture_bureau_short_forms_are_one_body(surface: str) -> None:
    assert exp(surface).key == "衢江区文化和广电旅游体育局"


def test_short_and_full_form_share_the_key() -> None:
    assert exp("衢江区发展和改革局").key == exp("区发改局").key == "衢江区发展和改革局"
    # the district written in the name wins over the article's district
    assert exp("衢江区发展和改革局", "龙游县").key == "衢江区发展和改革局"
    assert exp("区人社局").key == exp("衢江区人力资源和社会保障局").key


@pytest.mark.parametrize(
    "full", ["衢江区发展和改革局", "衢江区人力资源和社会保障局", "衢江区经济和信息化局"]
)
def test_full_form_is_known_with_parent(full: str) -> None:
    info = exp(full)
    assert info.known
    assert chain(info) == [full, QUJIANG_GOV]


def test_bare_culture_bureau_short_forms_are_one_body() -> None:
    assert exp("文广旅体局").key == exp("文广旅局").key


@pytest.mark.parametrize(
    ("surface", "district", "kept"),
    [
        ("区爱卫发展中心", "衢江区", "衢江区爱卫发展中心"),
        ("县爱卫发展中心", "龙游县", "龙游县爱卫发展中心"),
        ("市爱卫发展中心", "衢江区", "衢州市爱卫发展中心"),
    ],
)
def test_unknown_short_form_is_kept_and_not_known(surface: str, district: str, kept: str) -> None:
    info = exp(surface, district)
    assert info.key == info.label == kept
    assert not info.known
    assert info.parent is None


@pytest.mark.parametrize(
    ("surface", "district", "wrong"),
    [
        # 区X in a county article and 县X in a district article are not the article's bodies
        ("区发改局", "龙游县", ("龙游县发展和改革局", "衢江区发展和改革局")),
        ("县发改局", "衢江区", ("衢江区发展和改革局", "龙游县发展和改革局")),
        ("区委", "开化县", ("中共开化县委员会", QUJIANG_PARTY)),
    ],
)
def test_level_mismatch_is_not_guessed(surface: str, district: str, wrong: tuple[str, ...]) -> None:
    info = exp(surface, district, "party" if surface.endswith("委") else "body")
    assert info.key not in wrong
    assert not info.known


def test_words_opening_with_zhou_or_qi_are_no_level_bodies() -> None:
    # 旗袍 (a qipao), 州立: words, though 旗 and 州 are levels in 旗委 and 州委.
    assert expand_org(OrgRef("旗袍协会", "body"), "鄂托克前旗").key == "旗袍协会"
    assert expand_org(OrgRef("州立医院", "body"), "花垣县").key == "州立医院"


def test_city_body_in_county_article() -> None:
    # README of the development set: 市生态环境局开化分局 in a 开化县 article
    assert exp("市生态环境局开化分局", "开化县").key == "衢州市生态环境局开化分局"


def test_town_government_and_party_jurisdiction() -> None:
    gov = exp("上方镇", kind="town")
    assert gov.kind == "government"
    assert gov.jurisdiction == "上方镇"
    assert gov.parent is not None and gov.parent.jurisdiction == "衢江区"
    party = exp("杜泽镇党委", kind="party")
    assert party.jurisdiction == "杜泽镇"
    assert exp("樟潭街道", kind="town").jurisdiction == "樟潭街道"
    assert exp("区政府", kind="government").jurisdiction == "衢江区"
    assert exp("县政府", "龙游县", "government").jurisdiction == "龙游县"


def test_a_town_written_after_its_county_is_that_countys() -> None:
    for surface in ("丽水莲都区大港头镇党委", "莲都区大港头镇党委", "大港头镇党委"):
        assert exp(surface, "莲都区", "party").key == "中共丽水市莲都区大港头镇委员会"
    assert exp("兰溪市横溪镇党委", "兰溪市", "party").key == "中共兰溪市横溪镇委员会"


def test_company_department_kinds() -> None:
    dept = exp("浙江衢星化工有限公司市场部", kind="dept")
    assert dept.kind == "dept"
    assert dept.parent is not None and dept.parent.kind == "company"
    assert exp("衢江控股集团", kind="company").parent is None


# ================================================================ 2. pinyin, slugs, IRIs


@pytest.mark.parametrize(
    ("name", "pinyin"),
    [
        ("宋韬", "Sòng Tāo"),
        ("张迎春", "Zhāng Yíngchūn"),
        ("林晓峰", "Lín Xiǎofēng"),
        ("欧阳红", "Ōuyáng Hóng"),
        ("诸葛明辉", "Zhūgě Mínghuī"),
        ("上官磊", "Shàngguān Lěi"),
        ("司马哲", "Sīmǎ Zhé"),
        ("单国平", "Shàn Guópíng"),
        ("查建新", "Zhā Jiànxīn"),
        ("仇英", "Qiú Yīng"),
        ("解放", "Xiè Fàng"),
        ("曾小明", "Zēng Xiǎomíng"),
        ("金涛", "Jīn Tāo"),
    ],
)
def test_pinyin_name(name: str, pinyin: str) -> None:
    assert pinyin_name(name) == pinyin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宋韬", "song-tao"),
        ("衢江区发展和改革局", "qu-jiang-qu-fa-zhan-he-gai-ge-ju"),
        ("771矿短剧基地", "771-kuang-duan-ju-ji-di"),
        ("Q国际酒店", "q-guo-ji-jiu-dian"),
        ("", "x"),
        ("“”", "x"),
    ],
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_slug_is_short_ascii() -> None:
    long = "年产10亿颗芯片封测、1000万片激光显示屏和2000万片柔性显示屏项目"
    s = slug(long)
    assert len(s) <= 48
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", s)


def test_iri_is_readable_and_keyed() -> None:
    a = iri("person", "宋韬", "宋韬|衢江区")
    assert a == iri("person", "宋韬", "宋韬|衢江区")
    m = IRI_RE.match(str(a))
    assert m and m.group(1) == "person" and m.group(2) == "song-tao"
    # same name, other district: same slug, other hash
    b = iri("person", "宋韬", "宋韬|龙游县")
    assert a != b and str(b).startswith("https://w3id.org/qjkg/id/person/song-tao-")
    assert IRI_RE.match(str(article_iri("003_7a56a6a6a910d565.txt")))


def test_norm_label() -> None:
    assert norm_label("小微园（三期）") == norm_label("小微园(三期)") == "小微园三期"
    assert norm_label("衢江區 發展") == "衢江区发展"


# ================================================================ 3. tiny corpora


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def q(ds: Dataset, sparql: str) -> list[list]:
    return run_query(ds, sparql).rows


def ask(ds: Dataset, sparql: str) -> bool:
    return bool(run_query(ds, sparql).boolean)


def orgs_labelled(ds: Dataset, label: str) -> set[URIRef]:
    rows = q(
        ds, f'SELECT DISTINCT ?o WHERE {{ ?o a org:Organization ; skos:prefLabel "{label}"@zh }}'
    )
    return {r[0] for r in rows}


def persons_named(ds: Dataset, name: str) -> set[URIRef]:
    rows = q(ds, f'SELECT DISTINCT ?p WHERE {{ ?p a foaf:Person ; foaf:name "{name}"@zh }}')
    return {r[0] for r in rows}


def graphs_of(ds: Dataset, node: URIRef) -> set[str]:
    rows = q(ds, f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ <{node}> a ?t }} }}")
    return {str(r[0]) for r in rows}


def alt_labels(ds: Dataset, node: URIRef) -> set[str]:
    return {str(r[0]) for r in q(ds, f"SELECT ?a WHERE {{ <{node}> skos:altLabel ?a }}")}


def one(nodes: set[URIRef]) -> URIRef:
    assert len(nodes) == 1, nodes
    return next(iter(nodes))


def graph_triples(ds: Dataset, source: str) -> set[tuple]:
    return set(ds.graph(article_iri(source)))


A_QJ = """衢江区推进重大项目建设
2025年3月5日，衢江区召开项目推进会。区发改局局长林晓峰表示，要全力以赴抓好项目落地。区文广旅体局局长王丽华介绍了文旅项目情况。区爱卫发展中心主任陈建国参加会议。
"""
B_QJ = """衢江区部署经济工作
2025年4月8日，衢江区召开经济工作会议。衢江区发展和改革局局长林晓峰在会上作了发言。区文广旅局局长王丽华表示，将持续做好文旅融合。张伟表示，要把各项工作抓实抓细。
"""
C_LY = """---
title: 龙游县召开发展大会
date: 2025-05-06
district: 龙游县
---
2025年5月6日，龙游县召开发展大会。县发改局局长张伟表示，要抓好重点项目。
"""
D_TOWN = """上方镇推进产业创新
2025年1月10日，衢江区人大代表、上方镇镇长宋韬表示，要全力打造工业强镇。浙江衢星化工有限公司市场部经理王强介绍了企业发展情况。
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    folder = write(
        tmp_path_factory.mktemp("small"),
        {"a.txt": A_QJ, "b.txt": B_QJ, "c.md": C_LY, "d.txt": D_TOWN},
    )
    return run(folder)


def test_small_corpus_districts(small: BuildResult) -> None:
    districts = {a.source: a.district for a in small.articles}
    assert districts == {"a.txt": "衢江区", "b.txt": "衢江区", "c.md": "龙游县", "d.txt": "衢江区"}
    assert small.errors == []
    assert small.warnings == []


def test_short_and_full_form_one_org_node(small: BuildResult) -> None:
    ds = small.dataset
    node = one(orgs_labelled(ds, "衢江区发展和改革局"))
    assert "区发改局" in alt_labels(ds, node)
    assert graphs_of(ds, node) == {str(article_iri("a.txt")), str(article_iri("b.txt"))}
    # no second node under the short form
    assert orgs_labelled(ds, "区发改局") == set()
    # the bureau sits under the district government
    assert ask(
        ds,
        f'ASK {{ <{node}> org:subOrganizationOf ?g . ?g skos:prefLabel "{QUJIANG_GOV}"@zh ;'
        ' qj:jurisdiction ?p . ?p skos:prefLabel "衢江区"@zh }',
    )
    # both memberships of 林晓峰 point at the one node
    rows = q(
        ds,
        "SELECT DISTINCT ?m ?o WHERE { ?m a org:Membership ; org:member ?p ; org:organization ?o ."
        ' ?p foaf:name "林晓峰"@zh }',
    )
    assert len(rows) == 2 and {r[1] for r in rows} == {node}


def test_full_form_is_not_flagged_unresolved(small: BuildResult) -> None:
    ds = small.dataset
    node = one(orgs_labelled(ds, "衢江区发展和改革局"))
    assert not ask(ds, f"ASK {{ <{node}> qj:unresolvedShortForm true }}")
    assert (node, ORG.subOrganizationOf, None) in ds.graph(article_iri("b.txt"))


def test_culture_bureau_one_node_with_both_short_forms(small: BuildResult) -> None:
    ds = small.dataset
    node = one(orgs_labelled(ds, "衢江区文化和广电旅游体育局"))
    assert {"区文广旅体局", "区文广旅局"} <= alt_labels(ds, node)
    assert len(graphs_of(ds, node)) == 2
    assert one(persons_named(ds, "王丽华"))


def test_same_official_in_two_articles_is_one_node(small: BuildResult) -> None:
    ds = small.dataset
    node = one(persons_named(ds, "林晓峰"))
    assert graphs_of(ds, node) == {str(article_iri("a.txt")), str(article_iri("b.txt"))}
    # each graph carries the type and both labels of the person
    for src in ("a.txt", "b.txt"):
        g = ds.graph(article_iri(src))
        assert (node, RDF.type, FOAF.Person) in g
        assert (node, FOAF.name, Literal("林晓峰", lang="zh")) in g
        assert (node, FOAF.name, Literal("Lín Xiǎofēng", lang="zh-Latn-pinyin")) in g


def test_same_name_in_two_districts_is_two_persons(small: BuildResult) -> None:
    ds = small.dataset
    nodes = persons_named(ds, "张伟")
    assert len(nodes) == 2
    by_graph = {n: graphs_of(ds, n) for n in nodes}
    assert sorted(by_graph.values(), key=sorted) == sorted(
        [{str(article_iri("b.txt"))}, {str(article_iri("c.md"))}], key=sorted
    )
    # both IRIs are readable: same slug, different hash
    for n in nodes:
        m = IRI_RE.match(str(n))
        assert m and m.group(1) == "person" and m.group(2) == "zhang-wei"
    assert small.resolved.persons["张伟|龙游县"].district == "龙游县"
    assert small.resolved.persons["张伟|衢江区"].district == "衢江区"


def test_county_short_form_in_county_article(small: BuildResult) -> None:
    ds = small.dataset
    node = one(orgs_labelled(ds, "龙游县发展和改革局"))
    assert alt_labels(ds, node) == {"县发改局"}
    assert ask(
        ds,
        f'ASK {{ <{node}> org:subOrganizationOf/skos:prefLabel "龙游县人民政府"@zh }}',
    )
    # the member of that bureau is the 龙游县 张伟
    rows = q(
        ds,
        f"SELECT ?p WHERE {{ ?m org:organization <{node}> ; org:member ?p }}",
    )
    assert [str(r[0]) for r in rows] == [
        str(iri("person", "张伟", small.resolved.person_of[("c.md", "张伟")]))
    ]


def test_unknown_short_form_kept_and_flagged(small: BuildResult) -> None:
    ds = small.dataset
    node = one(orgs_labelled(ds, "衢江区爱卫发展中心"))
    assert alt_labels(ds, node) == {"区爱卫发展中心"}
    assert ask(ds, f"ASK {{ <{node}> qj:unresolvedShortForm true }}")
    assert not ask(ds, f"ASK {{ <{node}> org:subOrganizationOf ?p }}")
    # listed by `qjkg entities`
    _cols, rows = entity_rows(ds, "org")
    flagged = {str(r[1]) for r in rows if str(r[0]) == "org (unresolved short form)"}
    assert "衢江区爱卫发展中心" in flagged
    # and no known body is among the flagged ones from a.txt
    assert "衢江区文化和广电旅游体育局" not in flagged


def test_qjkg_entities_lists_unresolved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write(tmp_path / "c", {"a.txt": A_QJ})
    build(folder, tmp_path / "out", html=False)
    capsys.readouterr()
    assert cli_main(["entities", str(tmp_path / "out"), "--type", "org", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    flagged = {r["label"]: r for r in rows if "unresolved" in r["type"]}
    assert set(flagged) == {"衢江区爱卫发展中心"}
    assert "区爱卫发展中心" in flagged["衢江区爱卫发展中心"]["aliases"]


def test_town_place_and_government(small: BuildResult) -> None:
    ds = small.dataset
    gov = one(orgs_labelled(ds, "衢江区上方镇人民政府"))
    assert alt_labels(ds, gov) == {"上方镇"}
    assert ask(ds, f'ASK {{ <{gov}> org:subOrganizationOf/skos:prefLabel "{QUJIANG_GOV}"@zh }}')
    place = one({r[0] for r in q(ds, f"SELECT ?p WHERE {{ <{gov}> qj:jurisdiction ?p }}")})
    assert (place, RDF.type, SCHEMA.Place) in ds
    assert (place, SKOS.prefLabel, Literal("上方镇", lang="zh")) in ds
    assert ask(
        ds,
        f'ASK {{ <{place}> schema:containedInPlace ?d . ?d skos:prefLabel "衢江区"@zh ;'
        ' schema:containedInPlace ?c . ?c skos:prefLabel "衢州市"@zh }',
    )
    # the membership: 宋韬 town mayor of that government, and people's congress deputy
    rows = q(
        ds,
        'SELECT ?zh ?en ?o WHERE { ?m org:member ?p ; org:role ?r . ?p foaf:name "宋韬"@zh .'
        ' ?r skos:prefLabel ?zh , ?en . FILTER(lang(?zh) = "zh" && lang(?en) = "en")'
        " OPTIONAL { ?m org:organization ?o } }",
    )
    roles = {(str(r[0]), str(r[1])) for r in rows}
    assert ("镇长", "town mayor") in roles
    assert ("人大代表", "people's congress deputy") in roles
    assert any(r[2] == gov for r in rows if str(r[0]) == "镇长")


def test_company_department_under_company(small: BuildResult) -> None:
    ds = small.dataset
    dept = one(orgs_labelled(ds, "浙江衢星化工有限公司市场部"))
    assert ask(
        ds,
        f"ASK {{ <{dept}> org:subOrganizationOf ?c . ?c a org:Organization ;"
        ' skos:prefLabel "浙江衢星化工有限公司"@zh }',
    )


def test_roles_have_english_labels(small: BuildResult) -> None:
    ds = small.dataset
    rows = q(
        ds,
        "SELECT ?zh ?en WHERE { ?r a org:Role ; skos:prefLabel ?zh , ?en ."
        ' FILTER(lang(?zh) = "zh" && lang(?en) = "en") }',
    )
    en = {str(r[0]): str(r[1]) for r in rows}
    assert en["局长"] == "bureau director"
    assert en["镇长"] == "town mayor"
    assert en["人大代表"] == "people's congress deputy"


def test_pinyin_labels(small: BuildResult) -> None:
    ds = small.dataset
    assert (
        one(persons_named(ds, "宋韬")),
        FOAF.name,
        Literal("Sòng Tāo", lang="zh-Latn-pinyin"),
    ) in ds
    rows = q(
        ds,
        "SELECT ?o (COUNT(?l) AS ?n) WHERE { ?o a org:Organization ."
        ' OPTIONAL { ?o skos:prefLabel ?l FILTER(lang(?l) = "zh-Latn-pinyin") } } GROUP BY ?o',
    )
    assert rows and all(int(r[1]) >= 1 for r in rows)


def test_membership_observed_on_article_date(small: BuildResult) -> None:
    ds = small.dataset
    for art in small.articles:
        g = ds.graph(article_iri(art.source))
        members = list(g.subjects(RDF.type, ORG.Membership))
        assert members, art.source
        for m in members:
            assert list(g.objects(m, QJ.observedOn)) == [
                Literal(art.date.isoformat(), datatype=XSD.date)
            ]


def test_undated_article_has_no_observed_on(tmp_path: Path) -> None:
    folder = write(tmp_path, {"x.txt": "衢江区召开会议\n区发改局局长林晓峰表示，要抓好项目。\n"})
    res = run(folder)
    assert res.articles[0].date is None
    assert not ask(res.dataset, "ASK { ?m a org:Membership ; qj:observedOn ?d }")
    assert ask(res.dataset, "ASK { ?m a org:Membership }")


# ---------------------------------------------------------------- district context


def test_district_inferred_from_text(tmp_path: Path) -> None:
    text = "龙游县召开项目推进会\n2025年3月2日，龙游县召开项目推进会。县发改局局长汤永福表示，要抓好项目。\n"
    res = run(write(tmp_path, {"ly.txt": text}))
    assert res.articles[0].district == "龙游县"
    assert orgs_labelled(res.dataset, "龙游县发展和改革局")
    assert res.warnings == []


def test_district_defaults_to_qujiang(tmp_path: Path) -> None:
    res = run(write(tmp_path, {"x.txt": "召开会议\n区发改局局长林晓峰表示，要抓好项目。\n"}))
    assert res.articles[0].district == "衢江区"
    assert orgs_labelled(res.dataset, "衢江区发展和改革局")


KC_FRONT = """---
title: 衢江区召开民营经济大会
date: 2025-04-16
district: 柯城区
---
4月16日，衢江区召开民营经济高质量发展大会。衢江区工商联主席王慧琴通报情况。区发改局局长周刚表示，要服务好企业。衢江区的企业家代表参加会议。
"""


def test_front_matter_district_wins_with_warning(tmp_path: Path) -> None:
    res = run(write(tmp_path, {"kc.md": KC_FRONT}))
    art = res.articles[0]
    assert art.district == "柯城区"
    assert len(res.warnings) == 1
    warning = res.warnings[0]
    assert "kc.md" in warning and "柯城区" in warning and "衢江区" in warning
    # short forms expand in the metadata's district; names written in full stay theirs
    assert orgs_labelled(res.dataset, "柯城区发展和改革局")
    assert not orgs_labelled(res.dataset, "衢江区发展和改革局")
    assert orgs_labelled(res.dataset, "衢江区工商业联合会")
    assert "王慧琴|柯城区" in res.resolved.persons


def test_metadata_yaml_district_wins_with_warning(tmp_path: Path) -> None:
    body = KC_FRONT.split("---\n", 2)[2]
    folder = write(
        tmp_path,
        {
            "kc.txt": "衢江区召开民营经济大会\n" + body,
            "metadata.yaml": "kc.txt:\n  title: 衢江区召开民营经济大会\n  date: 2025-04-16\n"
            "  district: 柯城区\n",
        },
    )
    res = run(folder)
    assert res.errors == []
    assert res.articles[0].district == "柯城区"
    assert len(res.warnings) == 1 and "柯城区" in res.warnings[0]
    assert orgs_labelled(res.dataset, "柯城区发展和改革局")


def test_agreeing_metadata_gives_no_warning(tmp_path: Path) -> None:
    res = run(write(tmp_path, {"ly.md": C_LY}))
    assert res.articles[0].district == "龙游县"
    assert res.warnings == []


def test_district_inferred_from_traditional_text(tmp_path: Path) -> None:
    text = (
        "龍游縣：湖鎮鎮小微企業園項目竣工\n\n2025-05-20 10:32　來源：衢州新聞網\n\n"
        "5月20日，龍游縣湖鎮鎮小微企業園項目竣工。縣經信局副局長徐曉敏介紹了項目情況。\n"
    )
    res = run(write(tmp_path, {"ly.txt": text}))
    assert res.articles[0].district == "龙游县"
    assert orgs_labelled(res.dataset, "龙游县经济和信息化局")


def test_city_article_mentioning_a_county_city(tmp_path: Path) -> None:
    text = (
        "衢州市召开一季度经济运行分析会\n"
        "4月18日，衢州市召开一季度经济运行分析会。市委副书记、市长钱振华出席并讲话。"
        "江山市副市长卢建斌作交流发言。\n"
    )
    res = run(write(tmp_path, {"qz.txt": text}))
    assert orgs_labelled(res.dataset, "中共衢州市委员会")
    assert not orgs_labelled(res.dataset, "中共江山市委员会")


# ---------------------------------------------------------------- independence of the corpus


def test_article_graph_independent_of_other_articles(tmp_path: Path, small: BuildResult) -> None:
    alone = run(write(tmp_path / "alone", {"b.txt": B_QJ}))
    assert graph_triples(alone.dataset, "b.txt") == graph_triples(small.dataset, "b.txt")
    # and of file order / folder name: the same files under other names of the folder
    again = run(write(tmp_path / "zz-other", {"d.txt": D_TOWN, "b.txt": B_QJ, "c.md": C_LY}))
    for src in ("b.txt", "c.md", "d.txt"):
        assert graph_triples(again.dataset, src) == graph_triples(small.dataset, src)


def test_edited_article_replaces_its_graph(tmp_path: Path) -> None:
    folder = write(tmp_path, {"a.txt": A_QJ, "b.txt": B_QJ})
    before = run(folder)
    (folder / "b.txt").write_text(B_QJ.replace("林晓峰", "林晓华"), encoding="utf-8")
    after = run(folder)
    assert graph_triples(after.dataset, "a.txt") == graph_triples(before.dataset, "a.txt")
    assert persons_named(after.dataset, "林晓华")
    # 林晓峰 is now only in a.txt's graph; nothing of the old b.txt is left
    node = one(persons_named(after.dataset, "林晓峰"))
    assert graphs_of(after.dataset, node) == {str(article_iri("a.txt"))}
    names_b = {str(o) for o in after.dataset.graph(article_iri("b.txt")).objects(None, FOAF.name)}
    assert "林晓峰" not in names_b


def test_project_label_independent_of_other_articles(tmp_path: Path) -> None:
    b = "衢江区项目开工\n2025年3月5日，衢江区高家镇小微企业园（二期）项目正式开工，总投资3亿元。\n"
    a = "衢江区项目推进\n2025年3月1日，衢江区高家镇小微企业园二期项目正式开工，总投资3亿元。\n"
    alone = run(write(tmp_path / "one", {"b.txt": b}))
    both = run(write(tmp_path / "two", {"a.txt": a, "b.txt": b}))
    assert graph_triples(both.dataset, "b.txt") == graph_triples(alone.dataset, "b.txt")


def test_person_and_org_keys_do_not_depend_on_order(tmp_path: Path) -> None:
    # 0.txt sorts first and names the bureau in full; z.txt uses the short form
    zero = "衢江区部署工作\n2025年2月1日，衢江区发展和改革局局长林晓峰出席会议。\n"
    res1 = run(write(tmp_path / "one", {"z.txt": A_QJ}))
    res2 = run(write(tmp_path / "two", {"0.txt": zero, "z.txt": A_QJ}))
    assert orgs_labelled(res1.dataset, "衢江区发展和改革局") == orgs_labelled(
        res2.dataset, "衢江区发展和改革局"
    )
    assert persons_named(res1.dataset, "林晓峰") == persons_named(res2.dataset, "林晓峰")


def test_no_duplicate_labels_in_small_corpus(small: BuildResult) -> None:
    """Apart from 张伟 (two districts), no two persons or organisations share a label."""
    ds = small.dataset
    for cls, prop in ((FOAF.Person, FOAF.name), (ORG.Organization, SKOS.prefLabel)):
        by_label: dict[str, set] = defaultdict(set)
        for s in ds.subjects(RDF.type, cls):
            for label in ds.objects(s, prop):
                if label.language == "zh":
                    by_label[norm_label(str(label))].add(s)
        dups = {k: v for k, v in by_label.items() if len(v) > 1}
        assert set(dups) <= {"张伟"}
