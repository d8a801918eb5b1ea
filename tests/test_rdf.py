"""Tests of the RDF output (graph/rdf.py, graph/store.py) on real articles.

Two corpora: the bundled corpus (corpus/, built to files once per module) and the
development set (tests/fixtures/dev, run in memory once per module; its .json gold and
README.md are not articles). For both: SHACL validation, one named graph per article holding
the type and label of every entity it references, evidence offsets that point into the
article text, pinyin and English labels, qj:observedOn on memberships. For the bundled
corpus also: byte-identical rebuilds, added and edited articles changing only their own
named graph, and no two person or organisation nodes a reader would call the same.

Tests marked xfail(strict=True) pin down bugs found while writing them; each reason says
what is wrong.
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, XSD, Dataset, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, SKOS

from graph.load import load_article, load_metadata_index
from graph.model import Article
from graph.pipeline import BuildResult, build, run
from graph.query import run_query
from graph.rdf import QJ, QJID, SCHEMA, article_iri
from graph.resolve import norm_label
from graph.store import load_graph, union
from graph.validate import validate

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
DEV = REPO / "tests" / "fixtures" / "dev"
OUTPUTS = ("graph.trig", "graph.ttl", "graph.html")
A000 = "000_f69df61967ff0086.txt"  # no date
A003 = "003_7a56a6a6a910d565.txt"  # 2025-02-14

ENTITY_KINDS = {
    "person": FOAF.Person,
    "org": ORG.Organization,
    "role": ORG.Role,
    "project": QJ.Project,
    "place": SCHEMA.Place,
}
FACTS = (ORG.Membership, QJ.ProjectMention, QJ.Target, QJ.Statistic, QJ.Credit)
LABEL_PROPS = (SKOS.prefLabel, FOAF.name)
PINYIN = "zh-Latn-pinyin"

EXTRA = """衢江区召开人大代表座谈会
2025年3月12日，衢江区召开人大代表座谈会。区人大代表、上方镇镇长宋韬表示，要继续推进产业创新。区发改局局长章李华介绍了重大项目推进情况。区文广旅体局副局长许蓉蓉谈到，要加快文旅融合。区爱卫发展中心主任余新参加座谈。
"""
EXTRA_LONGYOU = """---
title: 龙游县召开项目推进会
date: 2025-03-20
district: 龙游县
---
3月20日，龙游县召开项目推进会。县发改局局长宋韬表示，要抓好重点项目落地。
"""


# ---------------------------------------------------------------- helpers


def trig_blocks(text: str) -> dict[str, str]:
    """graph.trig text → {graph IRI as written: the block's text}."""
    blocks = {}
    for m in re.finditer(r"^(\S+) \{\n(.*?)^\}\n", text, re.M | re.S):
        assert m.group(1) not in blocks, f"graph {m.group(1)} written twice"
        blocks[m.group(1)] = m.group(0)
    # nothing outside the blocks but the prefix lines
    rest = re.sub(r"^(\S+) \{\n(.*?)^\}\n", "", text, flags=re.M | re.S)
    assert all(not line or line.startswith("@prefix ") for line in rest.splitlines()), rest[:200]
    return blocks


def block_key(source: str) -> str:
    return f"<{article_iri(source)}>"


def copy_corpus(dest: Path) -> Path:
    shutil.copytree(CORPUS, dest)
    return dest


def named_graphs(ds: Dataset) -> dict[URIRef, object]:
    return {g.identifier: g for g in ds.graphs() if isinstance(g.identifier, URIRef) and len(g)}


def kind_of(node: object) -> str | None:
    if isinstance(node, URIRef) and str(node).startswith(str(QJID)):
        return str(node)[len(str(QJID)) :].split("/", 1)[0]
    return None


def article_text(art: Article) -> str:
    """The article text re-read from disk with graph.load.load_article."""
    path = Path(art.path)
    meta = load_metadata_index(path.parent).get(path.name)
    return load_article(path, meta).text


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def bundled_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    out = tmp_path_factory.mktemp("bundled") / "out"
    return build(CORPUS, out, html=True), out


@pytest.fixture(scope="module")
def bundled(bundled_build: tuple[BuildResult, Path]) -> BuildResult:
    return bundled_build[0]


@pytest.fixture(scope="module")
def dev() -> BuildResult:
    return run(DEV)


@pytest.fixture(params=["bundled", "dev"])
def corpus(request: pytest.FixtureRequest) -> BuildResult:
    return request.getfixturevalue(request.param)


# ================================================================ both corpora


def test_corpora_load(bundled: BuildResult, dev: BuildResult) -> None:
    assert {a.source for a in bundled.articles} == {A000, A003}
    assert bundled.errors == [] and dev.errors == []
    dev_sources = {a.source for a in dev.articles}
    assert len(dev_sources) == 34
    assert not any(s.endswith((".json", "README.md")) for s in dev_sources)


def test_shacl_validates(corpus: BuildResult) -> None:
    conforms, text = validate(corpus.dataset)
    assert conforms, text


def test_one_named_graph_per_article(corpus: BuildResult) -> None:
    graphs = named_graphs(corpus.dataset)
    assert set(graphs) == {article_iri(a.source) for a in corpus.articles}
    for art in corpus.articles:
        g = graphs[article_iri(art.source)]
        node = article_iri(art.source)
        assert (node, RDF.type, SCHEMA.NewsArticle) in g
        assert (node, QJ.sourceFile, Literal(art.source)) in g
        assert (node, SCHEMA.headline, Literal(art.title, lang="zh")) in g
        # everything derived from the article points back at it, nothing at another article
        for s, _p, o in g.triples((None, PROV.wasDerivedFrom, None)):
            assert o == node, (s, o)
    # nothing outside the named graphs
    assert len(corpus.dataset.default_graph) == 0


def test_named_graphs_hold_type_and_label_of_every_entity(corpus: BuildResult) -> None:
    for gid, g in named_graphs(corpus.dataset).items():
        for s, _p, o in g:
            for node in (s, o):
                kind = kind_of(node)
                if kind not in ENTITY_KINDS:
                    continue
                assert (node, RDF.type, ENTITY_KINDS[kind]) in g, (gid, node)
                labels = [lab for prop in LABEL_PROPS for lab in g.objects(node, prop)]
                assert any(lab.language == "zh" for lab in labels), (gid, node)


def test_facts_have_evidence_rule_and_confidence(corpus: BuildResult) -> None:
    arts = {article_iri(a.source): a for a in corpus.articles}
    checked = 0
    for gid, g in named_graphs(corpus.dataset).items():
        text = article_text(arts[gid])
        assert text == arts[gid].text
        for cls in FACTS:
            for fact in g.subjects(RDF.type, cls):
                assert g.value(fact, QJ.rule) is not None, fact
                conf = g.value(fact, QJ.confidence)
                assert conf is not None and conf.datatype == XSD.decimal, fact
                assert 0 <= float(conf) <= 1
                assert (fact, QJ.lowConfidence, Literal(True)) in g or float(conf) >= 0.5
                evs = list(g.objects(fact, QJ.evidence))
                assert evs, fact
                for ev in evs:
                    assert (ev, RDF.type, QJ.Evidence) in g
                    assert g.value(ev, QJ.offsetUnit) == Literal("unicode-code-point")
                    assert g.value(ev, PROV.wasDerivedFrom) == gid
                    sentence = str(g.value(ev, QJ.sentence))
                    start, end = int(g.value(ev, QJ.start)), int(g.value(ev, QJ.end))
                    assert 0 <= start < end <= len(text), (fact, start, end)
                    assert text[start:end] in sentence, (fact, text[start:end], sentence)
                    # the sentence is the slice of the article text around [start, end)
                    spans = [m.start() for m in re.finditer(re.escape(sentence), text)]
                    assert any(p <= start and end <= p + len(sentence) for p in spans), (
                        fact,
                        start,
                        end,
                        sentence,
                    )
                    checked += 1
    assert checked > 0


def test_memberships_observed_on_article_date(corpus: BuildResult) -> None:
    dated = 0
    for art in corpus.articles:
        g = corpus.dataset.graph(article_iri(art.source))
        for m in g.subjects(RDF.type, ORG.Membership):
            observed = list(g.objects(m, QJ.observedOn))
            if art.date is None:
                assert observed == [], (art.source, m)
            else:
                assert observed == [Literal(art.date.isoformat(), datatype=XSD.date)], m
                dated += 1
    assert dated > 0


def test_pinyin_labels_on_persons_and_orgs(corpus: BuildResult) -> None:
    u = union(corpus.dataset)
    for cls, prop in ((FOAF.Person, FOAF.name), (ORG.Organization, SKOS.prefLabel)):
        nodes = set(u.subjects(RDF.type, cls))
        assert nodes
        for node in nodes:
            langs = [lab.language for lab in u.objects(node, prop)]
            assert "zh" in langs and PINYIN in langs, node
            pinyin = [str(lab) for lab in u.objects(node, prop) if lab.language == PINYIN]
            assert all(p.strip() and not re.search(r"[\u4e00-\u9fff]", p) for p in pinyin), pinyin


def test_english_labels_on_roles(corpus: BuildResult) -> None:
    u = union(corpus.dataset)
    roles = set(u.subjects(RDF.type, ORG.Role))
    assert roles
    for role in roles:
        langs = {lab.language for lab in u.objects(role, SKOS.prefLabel)}
        assert {"zh", "en"} <= langs, role


def test_places_form_a_containment_tree(corpus: BuildResult) -> None:
    u = union(corpus.dataset)
    by_label = {
        str(lab): p
        for p in u.subjects(RDF.type, SCHEMA.Place)
        for lab in u.objects(p, SKOS.prefLabel)
    }
    assert (by_label["衢江区"], SCHEMA.containedInPlace, by_label["衢州市"]) in u
    for place in u.subjects(RDF.type, SCHEMA.Place):
        parents = list(u.objects(place, SCHEMA.containedInPlace))
        assert len(parents) <= 1, place
        for parent in parents:
            assert (parent, RDF.type, SCHEMA.Place) in u


IRI_RE = re.compile(r"^https://w3id\.org/qjkg/id/([a-z-]+)/[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{10}$")
IRI_KINDS = {
    "article",
    "person",
    "org",
    "role",
    "membership",
    "project",
    "project-mention",
    "target",
    "statistic",
    "place",
    "evidence",
    "credit",
}


def test_iris_are_readable_and_hashed(corpus: BuildResult) -> None:
    for s, _p, o in union(corpus.dataset):
        for node in (s, o):
            if isinstance(node, URIRef) and str(node).startswith(str(QJID)):
                m = IRI_RE.match(str(node))
                assert m and m.group(1) in IRI_KINDS, node


def test_validation_is_not_vacuous(bundled: BuildResult) -> None:
    g = union(bundled.dataset)
    g.remove((None, ORG.member, None))
    conforms, _text = validate(g)
    assert not conforms


# ================================================================ bundled corpus


def test_bundled_counts(bundled: BuildResult) -> None:
    c = bundled.counts
    assert c["articles"] == 2
    assert c["persons"] > 10 and c["organisations"] > 10 and c["posts"] > 10


def test_bundled_no_duplicate_persons_or_orgs(bundled: BuildResult) -> None:
    u = union(bundled.dataset)
    for cls, prop in ((FOAF.Person, FOAF.name), (ORG.Organization, SKOS.prefLabel)):
        by_label: dict[str, set] = defaultdict(set)
        for node in u.subjects(RDF.type, cls):
            zh = [str(lab) for lab in u.objects(node, prop) if lab.language == "zh"]
            assert len(zh) == 1, (node, zh)
            by_label[norm_label(zh[0])].add(node)
        dups = {k: v for k, v in by_label.items() if len(v) > 1}
        assert dups == {}


def culture_bureau_alt_labels(ds) -> list:
    """(organisation, altLabel) rows of 衢江区文化和广电旅游体育局."""
    return run_query(
        ds,
        'SELECT DISTINCT ?o ?a WHERE { ?o skos:prefLabel "衢江区文化和广电旅游体育局"@zh ;'
        " skos:altLabel ?a }",
    ).rows


def test_bundled_culture_bureau_is_one_node(bundled: BuildResult) -> None:
    rows = culture_bureau_alt_labels(bundled.dataset)
    assert len({r[0] for r in rows}) == 1
    assert {str(r[1]) for r in rows} == {"区文广旅体局", "区文广旅局"}
    gid = {
        str(r[0])
        for r in run_query(
            bundled.dataset,
            'SELECT ?g WHERE { GRAPH ?g { ?o skos:prefLabel "衢江区文化和广电旅游体育局"@zh } }',
        ).rows
    }
    assert gid == {str(article_iri(A000)), str(article_iri(A003))}


def test_bundled_bureaus_under_district_government(bundled: BuildResult) -> None:
    rows = run_query(
        bundled.dataset,
        "SELECT ?l WHERE { ?o skos:prefLabel ?l ; org:subOrganizationOf ?g ."
        ' ?g skos:prefLabel "衢州市衢江区人民政府"@zh . FILTER(lang(?l) = "zh") }',
    ).rows
    labels = {str(r[0]) for r in rows}
    assert {
        "衢江区发展和改革局",
        "衢江区经济和信息化局",
        "衢江区农业农村局",
        "衢江区文化和广电旅游体育局",
        "衢江区上方镇人民政府",
    } <= labels


def test_bundled_unresolved_short_form(bundled: BuildResult) -> None:
    ds = bundled.dataset
    assert run_query(
        ds,
        'ASK { ?o skos:prefLabel "衢江区爱卫发展中心"@zh ; skos:altLabel "区爱卫发展中心"@zh ;'
        " qj:unresolvedShortForm true }",
    ).boolean
    # known bodies are not flagged
    flagged = {
        str(r[0])
        for r in run_query(
            ds,
            "SELECT ?l WHERE { ?o qj:unresolvedShortForm true ; skos:prefLabel ?l ."
            ' FILTER(lang(?l) = "zh") }',
        ).rows
    }
    assert not flagged & {"衢江区发展和改革局", "衢江区文化和广电旅游体育局", "衢江区妇女联合会"}


def test_bundled_proper_names_not_flagged(bundled: BuildResult) -> None:
    flagged = {
        str(r[0])
        for r in run_query(
            bundled.dataset,
            "SELECT ?l WHERE { ?o qj:unresolvedShortForm true ; skos:prefLabel ?l ."
            ' FILTER(lang(?l) = "zh") }',
        ).rows
    }
    assert flagged == {"衢江区爱卫发展中心"}


def test_bundled_files_written(bundled_build: tuple[BuildResult, Path]) -> None:
    result, out = bundled_build
    assert sorted(p.name for p in result.written) == sorted(OUTPUTS)
    ds = load_graph(out)
    assert set(named_graphs(ds)) == {article_iri(A000), article_iri(A003)}
    # the TriG read back is the dataset that was built
    for gid, g in named_graphs(result.dataset).items():
        assert set(ds.graph(gid)) == set(g)
    blocks = trig_blocks((out / "graph.trig").read_text(encoding="utf-8"))
    assert set(blocks) == {block_key(A000), block_key(A003)}


def test_rebuild_is_byte_identical(bundled_build: tuple[BuildResult, Path], tmp_path: Path) -> None:
    _result, out1 = bundled_build
    out2 = tmp_path / "elsewhere" / "out2"
    build(CORPUS, out2, html=True)
    for name in OUTPUTS:
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes(), name


def test_copied_corpus_gives_identical_graph(
    bundled_build: tuple[BuildResult, Path], tmp_path: Path
) -> None:
    """A copy of the corpus in a folder of another name builds the same graph files."""
    _result, out1 = bundled_build
    copy = copy_corpus(tmp_path / "zz_copy_of_corpus")
    out2 = tmp_path / "out"
    build(copy, out2, html=False)
    for name in ("graph.trig", "graph.ttl"):
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes(), name


@pytest.mark.parametrize("extra_name", ["0000_first.txt", "001_between.txt", "zzz_last.txt"])
def test_added_article_leaves_other_graphs_byte_identical(
    bundled_build: tuple[BuildResult, Path], tmp_path: Path, extra_name: str
) -> None:
    _result, out1 = bundled_build
    before = trig_blocks((out1 / "graph.trig").read_text(encoding="utf-8"))
    copy = copy_corpus(tmp_path / "corpus")
    (copy / extra_name).write_text(EXTRA, encoding="utf-8")
    (copy / ("ly_" + extra_name.replace(".txt", ".md"))).write_text(EXTRA_LONGYOU, encoding="utf-8")
    res = build(copy, tmp_path / "out", html=False)
    after = trig_blocks((tmp_path / "out" / "graph.trig").read_text(encoding="utf-8"))
    assert set(after) == set(before) | {
        block_key(extra_name),
        block_key("ly_" + extra_name.replace(".txt", ".md")),
    }
    for key in before:
        assert after[key] == before[key], key
    # the new article shares the corpus's nodes …
    ds = res.dataset
    for name, n in (("宋韬", 2), ("章李华", 1), ("许蓉蓉", 1), ("余新", 1)):
        rows = run_query(
            ds, f'SELECT DISTINCT ?p WHERE {{ ?p a foaf:Person ; foaf:name "{name}"@zh }}'
        ).rows
        assert len(rows) == n, name  # 宋韬 of 龙游县 is another person
    rows = run_query(
        ds,
        'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?o skos:prefLabel "衢江区发展和改革局"@zh } }',
    ).rows
    assert {str(r[0]) for r in rows} == {str(article_iri(A003)), str(article_iri(extra_name))}
    # … and the new article's graph is self-contained too
    g = ds.graph(article_iri(extra_name))
    for node in g.subjects(RDF.type, FOAF.Person):
        assert (node, FOAF.name, None) in g


def test_edited_article_changes_only_its_graph(
    bundled_build: tuple[BuildResult, Path], tmp_path: Path
) -> None:
    _result, out1 = bundled_build
    before = trig_blocks((out1 / "graph.trig").read_text(encoding="utf-8"))
    copy = copy_corpus(tmp_path / "corpus")
    path = copy / A003
    text = path.read_text(encoding="utf-8")
    assert text.count("章李华") >= 1
    path.write_text(text.replace("章李华", "章立华"), encoding="utf-8")
    build(copy, tmp_path / "out", html=False)
    trig = (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    after = trig_blocks(trig)
    assert set(after) == set(before)
    assert after[block_key(A000)] == before[block_key(A000)]
    assert after[block_key(A003)] != before[block_key(A003)]
    assert "章立华" in after[block_key(A003)]
    # the old name is gone from the whole graph: the article's graph was replaced
    assert "章李华" not in trig
    assert "章李华" not in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_bundled_dated_article(bundled: BuildResult) -> None:
    dates = {a.source: a.date for a in bundled.articles}
    assert dates[A000] is None
    assert dates[A003] is not None and dates[A003].isoformat() == "2025-02-14"
    assert run_query(
        bundled.dataset,
        'ASK { GRAPH ?g { ?m a org:Membership ; qj:observedOn "2025-02-14"^^xsd:date } }',
    ).boolean


# ================================================================ development set


def test_dev_metadata_conflict_warns(dev: BuildResult) -> None:
    districts = {a.source: a.district for a in dev.articles}
    assert districts["dev-008.md"] == "柯城区"
    assert districts["dev-007.md"] == "龙游县"
    assert any("dev-008.md" in w and "柯城区" in w for w in dev.warnings)
    assert not any("dev-007.md" in w for w in dev.warnings)


def test_dev_culture_bureau_short_forms_merge(dev: BuildResult) -> None:
    rows = culture_bureau_alt_labels(dev.dataset)
    assert len({r[0] for r in rows}) == 1
    assert {"区文广旅体局", "区文广旅局"} <= {str(r[1]) for r in rows}


def test_dev_county_short_forms(dev: BuildResult) -> None:
    labels = {
        str(r[0])
        for r in run_query(
            dev.dataset,
            'SELECT ?l WHERE { ?o a org:Organization ; skos:prefLabel ?l FILTER(lang(?l) = "zh") }',
        ).rows
    }
    assert {"龙游县发展和改革局", "开化县经济和信息化局", "常山县农业农村局"} <= labels
    assert {"中共龙游县委员会", "龙游县人民政府", "衢州市衢江区人民政府"} <= labels


def test_dev_city_officials_one_node(dev: BuildResult) -> None:
    districts = {a.source: a.district for a in dev.articles}
    assert districts["dev-015.html"] == districts["dev-030.txt"] == "衢州市"
    rows = run_query(
        dev.dataset, 'SELECT DISTINCT ?p WHERE { ?p a foaf:Person ; foaf:name "钱振华"@zh }'
    ).rows
    assert len(rows) == 1


def test_dev_traditional_county_article(dev: BuildResult) -> None:
    districts = {a.source: a.district for a in dev.articles}
    assert districts["dev-013.txt"] == "龙游县"
    flagged = {
        str(r[0])
        for r in run_query(
            dev.dataset,
            "SELECT ?l WHERE { ?o qj:unresolvedShortForm true ; skos:prefLabel ?l ."
            ' FILTER(lang(?l) = "zh") }',
        ).rows
    }
    assert not flagged & {"县委", "县政府", "县经信局"}


def test_member_during_is_written_and_validates(tmp_path: Path) -> None:
    from graph.pipeline import run
    from graph.query import run_query
    from graph.validate import validate

    (tmp_path / "a.txt").write_text(
        "任期\n2019年至2023年任区发改局局长李明出席。\n", encoding="utf-8"
    )
    ds = run(tmp_path).dataset
    rows = run_query(
        ds,
        "SELECT ?b ?e WHERE { ?m org:memberDuring ?i . ?i time:hasBeginning/time:inXSDgYear ?b ;"
        " time:hasEnd/time:inXSDgYear ?e }",
    ).rows
    assert [(str(b), str(e)) for b, e in rows] == [("2019", "2023")]
    assert validate(ds)[0]
