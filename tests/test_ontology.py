"""Tests of ontology.ttl and shapes.ttl against docs/design.md and a hand-written graph."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS, XSD

ROOT = Path(__file__).parent.parent
ONTOLOGY_PATH = ROOT / "ontology.ttl"
SHAPES_PATH = ROOT / "shapes.ttl"
DESIGN_PATH = ROOT / "docs" / "design.md"

QJ = Namespace("https://w3id.org/qjkg/ontology#")
QJID = Namespace("https://w3id.org/qjkg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
ONTOLOGY_IRI = URIRef("https://w3id.org/qjkg/ontology")

DECLARATION_TYPES = {
    OWL.Class,
    RDFS.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
}

# Reused terms that the graph uses and the ontology must document.
EXTERNAL_TERMS = {
    ORG.Organization,
    ORG.Membership,
    ORG.Role,
    ORG.member,
    ORG.organization,
    ORG.role,
    ORG.subOrganizationOf,
    ORG.memberDuring,
    FOAF.Person,
    FOAF.name,
    SKOS.prefLabel,
    SKOS.altLabel,
    PROV.wasDerivedFrom,
    SCHEMA.NewsArticle,
    SCHEMA.headline,
    SCHEMA.datePublished,
    SCHEMA.author,
    SCHEMA.contributor,
    SCHEMA.Place,
    SCHEMA.location,
    SCHEMA.containedInPlace,
    SCHEMA.publisher,
}

# Namespaces of reused vocabularies, as used for rdfs:isDefinedBy.
TIME = "http://www.w3.org/2006/time#"
EXTERNAL_NAMESPACES = [str(ns) for ns in (ORG, FOAF, SKOS, PROV, SCHEMA)] + [TIME]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")


def declared_terms(g: Graph) -> set[URIRef]:
    return {
        s
        for t in DECLARATION_TYPES
        for s in g.subjects(RDF.type, t)
        if isinstance(s, URIRef) and s != ONTOLOGY_IRI
    }


def design_rdf_section() -> str:
    text = DESIGN_PATH.read_text(encoding="utf-8")
    match = re.search(r"^## RDF\s*$(.*?)(?=^## |\Z)", text, flags=re.M | re.S)
    assert match, "docs/design.md has no '## RDF' section"
    return match.group(1)


def design_qj_terms() -> set[str]:
    return set(re.findall(r"(?<![\w:])qj:([A-Za-z_][A-Za-z0-9_]*)", design_rdf_section()))


# ---------------------------------------------------------------------------------------
# The ontology
# ---------------------------------------------------------------------------------------


def test_files_parse(ontology: Graph, shapes: Graph) -> None:
    assert len(ontology) > 0
    assert len(shapes) > 0
    assert (None, RDF.type, SH.NodeShape) in shapes


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.created) == Literal("2026-11-22", datatype=XSD.date)
    license_ = ontology.value(ONTOLOGY_IRI, DCTERMS.license)
    assert license_ is not None and "MIT" in str(license_)
    for prop in (DCTERMS.title, DCTERMS.description):
        langs = {o.language for o in ontology.objects(ONTOLOGY_IRI, prop)}
        assert {"zh", "en"} <= langs, prop


def test_every_term_has_zh_and_en_label_and_comment(ontology: Graph) -> None:
    terms = declared_terms(ontology)
    assert len(terms) > 50
    missing = []
    for term in sorted(terms):
        for prop in (RDFS.label, RDFS.comment):
            langs = {
                o.language
                for o in ontology.objects(term, prop)
                if isinstance(o, Literal) and str(o).strip()
            }
            for lang in ("zh", "en"):
                if lang not in langs:
                    missing.append(f"{ontology.qname(term)} {ontology.qname(prop)}@{lang}")
    assert not missing, missing


def test_every_term_is_defined_by_its_own_namespace(ontology: Graph) -> None:
    for term in declared_terms(ontology):
        defined_by = set(ontology.objects(term, RDFS.isDefinedBy))
        if str(term).startswith(str(QJ)):
            assert defined_by == {ONTOLOGY_IRI}, term
        else:
            namespace = next(ns for ns in EXTERNAL_NAMESPACES if str(term).startswith(ns))
            assert defined_by == {URIRef(namespace)}, term


def test_design_qj_terms_are_declared(ontology: Graph) -> None:
    used = design_qj_terms()
    # Guard against the regular expression silently matching nothing.
    assert {"Project", "Evidence", "confidence", "lowConfidence", "offsetUnit"} <= used
    declared = {str(t)[len(str(QJ)) :] for t in declared_terms(ontology) if t in QJ}
    assert used - declared == set()


def test_qj_namespace_has_nothing_undocumented(ontology: Graph) -> None:
    declared = {t for t in declared_terms(ontology) if t in QJ}
    expected = {QJ[name] for name in design_qj_terms()} | {QJ.mergeReason}
    assert declared == expected


def test_external_terms_are_declared(ontology: Graph) -> None:
    assert EXTERNAL_TERMS - declared_terms(ontology) == set()


def test_referenced_classes_are_declared(ontology: Graph) -> None:
    """Every class used in subClassOf / domain / range / unionOf is declared (or a datatype)."""
    declared = declared_terms(ontology)
    referenced: set[URIRef] = set()
    for prop in (RDFS.subClassOf, RDFS.domain, RDFS.range, OWL.disjointWith):
        for obj in ontology.objects(None, prop):
            if isinstance(obj, URIRef):
                referenced.add(obj)
            else:
                union = ontology.value(obj, OWL.unionOf)
                assert union is not None, f"unexpected anonymous class {obj}"
                referenced.update(ontology.items(union))
    datatypes = {t for t in referenced if t in XSD or t == RDF.langString}
    assert referenced - datatypes - declared == set()


def test_fact_classes_are_prov_entities(ontology: Graph) -> None:
    for cls in (QJ.Project, QJ.ProjectMention, QJ.Target, QJ.Statistic, QJ.Credit, QJ.Evidence):
        assert (cls, RDFS.subClassOf, PROV.Entity) in ontology, cls
    assert ontology.value(QJ.evidence, RDFS.range) == QJ.Evidence


def test_shapes_use_only_declared_terms(ontology: Graph, shapes: Graph) -> None:
    declared = declared_terms(ontology) | {RDF.type}
    used: set[URIRef] = set()
    for prop in (SH.path, SH["class"], SH.targetClass, SH.lessThanOrEquals):
        used.update(o for o in shapes.objects(None, prop) if isinstance(o, URIRef))
    assert used - declared == set()


# ---------------------------------------------------------------------------------------
# A valid example graph and invalid variants of it
# ---------------------------------------------------------------------------------------

VALID_TTL = """
@prefix qj:     <https://w3id.org/qjkg/ontology#> .
@prefix qjid:   <https://w3id.org/qjkg/id/> .
@prefix org:    <http://www.w3.org/ns/org#> .
@prefix foaf:   <http://xmlns.com/foaf/0.1/> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .

qjid:article\\/shang-fang-zhen-0a1b2c3d4e a schema:NewsArticle ;
    schema:headline "上方镇签约年产10万吨新材料项目" ;
    schema:datePublished "2026-03-18"^^xsd:date ;
    qj:sourceFile "seed-000.txt" ;
    qj:district qjid:place\\/qu-jiang-qu-1111111111 ;
    schema:author qjid:person\\/song-tao-2222222222 ;
    schema:publisher "衢江新闻网" .

qjid:person\\/song-tao-2222222222 a foaf:Person ;
    foaf:name "宋韬"@zh , "Sòng Tāo"@zh-Latn-pinyin .

qjid:person\\/wang-jun-3333333333 a foaf:Person ;
    foaf:name "王军"@zh , "Wáng Jūn"@zh-Latn-pinyin .

qjid:place\\/qu-jiang-qu-1111111111 a schema:Place ;
    skos:prefLabel "衢江区"@zh ;
    qj:placeType "区" .

qjid:place\\/shang-fang-zhen-4444444444 a schema:Place ;
    skos:prefLabel "上方镇"@zh ;
    qj:placeType "镇" ;
    schema:containedInPlace qjid:place\\/qu-jiang-qu-1111111111 .

qjid:org\\/qu-jiang-qu-ren-min-zheng-fu-5555555555 a org:Organization ;
    skos:prefLabel "衢江区人民政府"@zh ;
    skos:altLabel "区政府"@zh ;
    qj:jurisdiction qjid:place\\/qu-jiang-qu-1111111111 .

qjid:org\\/qu-jiang-qu-fa-zhan-he-gai-ge-ju-6666666666 a org:Organization ;
    skos:prefLabel "衢江区发展和改革局"@zh ;
    skos:altLabel "区发改局"@zh , "发改局"@zh ;
    org:subOrganizationOf qjid:org\\/qu-jiang-qu-ren-min-zheng-fu-5555555555 ;
    qj:mergeReason "short form 区发改局 matched full name" .

qjid:org\\/zhe-jiang-xin-cai-liao-7777777777 a org:Organization ;
    skos:prefLabel "浙江某某新材料有限公司"@zh .

qjid:role\\/ju-zhang-8888888888 a org:Role ;
    skos:prefLabel "局长"@zh , "bureau director"@en .

qjid:evidence\\/ev-membership-9999999999 a qj:Evidence ;
    qj:sentence "区发改局局长王军出席签约仪式。" ;
    qj:start 40 ;
    qj:end 55 ;
    qj:offsetUnit "unicode-code-point" ;
    prov:wasDerivedFrom qjid:article\\/shang-fang-zhen-0a1b2c3d4e .

qjid:membership\\/wang-jun-ju-zhang-aaaaaaaaaa a org:Membership ;
    org:member qjid:person\\/wang-jun-3333333333 ;
    org:role qjid:role\\/ju-zhang-8888888888 ;
    org:organization qjid:org\\/qu-jiang-qu-fa-zhan-he-gai-ge-ju-6666666666 ;
    prov:wasDerivedFrom qjid:article\\/shang-fang-zhen-0a1b2c3d4e ;
    qj:observedOn "2026-03-18"^^xsd:date ;
    qj:evidence qjid:evidence\\/ev-membership-9999999999 ;
    qj:confidence 0.9 ;
    qj:rule "post.org-role-name" .

qjid:evidence\\/ev-credit-bbbbbbbbbb a qj:Evidence ;
    qj:sentence "记者 宋韬" ;
    qj:start 0 ;
    qj:end 5 ;
    qj:offsetUnit "unicode-code-point" ;
    prov:wasDerivedFrom qjid:article\\/shang-fang-zhen-0a1b2c3d4e .

qjid:credit\\/song-tao-cccccccccc a qj:Credit ;
    qj:person qjid:person\\/song-tao-2222222222 ;
    qj:creditAs "记者"@zh ;
    prov:wasDerivedFrom qjid:article\\/shang-fang-zhen-0a1b2c3d4e ;
    qj:evidence qjid:evidence\\/ev-credit-bbbbbbbbbb ;
    qj:confidence 0.95 ;
    qj:rule "credit.byline" .

qjid:project\\/xin-cai-liao-xiang-mu-dddddddddd a qj:Project ;
    skos:prefLabel "年产10万吨新材料项目"@zh ;
    schema:location qjid:place\\/shang-fang-zhen-4444444444 ;
    qj:investor qjid:org\\/zhe-jiang-xin-cai-liao-7777777777 ;
    qj:promotedBy qjid:person\\/wang-jun-3333333333 ;
    qj:investment 1200000000.0 ;
    qj:investmentText "12亿元" ;
    qj:capacity "年产10万吨"@zh ;
    qj:status "签约"@zh .

qjid:evidence\\/ev-project-eeeeeeeeee a qj:Evidence ;
    qj:sentence "总投资12亿元的年产10万吨新材料项目在上方镇签约。" ;
    qj:start 10 ;
    qj:end 36 ;
    qj:offsetUnit "unicode-code-point" ;
    prov:wasDerivedFrom qjid:article\\/shang-fang-zhen-0a1b2c3d4e .

qjid:project-mention\\/xin-cai-liao-xiang-mu-ffffffffff a qj:ProjectMention ;
    qj:project qjid:project\\/xin-cai-liao-xiang-mu-dddddddddd ;
    prov:wasDerivedFrom qjid:article\\/shang-fang-zhen-0a1b2c3d4e ;
    qj:evidence qjid:evidence\\/ev-project-eeeeeeeeee ;
    qj:confidence 0.8 ;
    qj:rule "project.sign" .

qjid:evidence\\/ev-target-0000000001 a qj:Evidence ;
    qj:sentence "今年全区规上工业产值增速力争达到10%以上。" ;
    qj:start 60 ;
    qj:end 82 ;
    qj:offsetUnit "unicode-code-point" ;
    prov:wasDerivedFrom qjid:article\\/shang-fang-zhen-0a1b2c3d4e .

qjid:target\\/gui-shang-gong-ye-0000000002 a qj:Target ;
    qj:metric "规上工业产值增速"@zh ;
    qj:value 10.0 ;
    qj:unit "%" ;
    qj:year 2026 ;
    qj:comparator "≥" ;
    qj:setBy qjid:org\\/qu-jiang-qu-ren-min-zheng-fu-5555555555 ;
    qj:about qjid:place\\/qu-jiang-qu-1111111111 ;
    prov:wasDerivedFrom qjid:article\\/shang-fang-zhen-0a1b2c3d4e ;
    qj:evidence qjid:evidence\\/ev-target-0000000001 ;
    qj:confidence 0.7 ;
    qj:rule "target.strive" .

qjid:evidence\\/ev-statistic-0000000003 a qj:Evidence ;
    qj:sentence "去年全区完成固定资产投资85亿元。" ;
    qj:start 83 ;
    qj:end 99 ;
    qj:offsetUnit "unicode-code-point" ;
    prov:wasDerivedFrom qjid:article\\/shang-fang-zhen-0a1b2c3d4e .

qjid:statistic\\/gu-ding-zi-chan-tou-zi-0000000004 a qj:Statistic ;
    qj:metric "固定资产投资"@zh ;
    qj:value 85.0 ;
    qj:unit "亿元" ;
    qj:year 2025 ;
    qj:comparator "=" ;
    qj:about qjid:place\\/qu-jiang-qu-1111111111 ;
    prov:wasDerivedFrom qjid:article\\/shang-fang-zhen-0a1b2c3d4e ;
    qj:evidence qjid:evidence\\/ev-statistic-0000000003 ;
    qj:confidence 0.45 ;
    qj:lowConfidence true ;
    qj:rule "statistic.completed" .
"""

ARTICLE = QJID["article/shang-fang-zhen-0a1b2c3d4e"]
PERSON = QJID["person/wang-jun-3333333333"]
ORG_BUREAU = QJID["org/qu-jiang-qu-fa-zhan-he-gai-ge-ju-6666666666"]
MEMBERSHIP = QJID["membership/wang-jun-ju-zhang-aaaaaaaaaa"]
EVIDENCE = QJID["evidence/ev-membership-9999999999"]
TARGET = QJID["target/gui-shang-gong-ye-0000000002"]
STATISTIC = QJID["statistic/gu-ding-zi-chan-tou-zi-0000000004"]
BNODE_ROLE = BNode("role")


def valid_graph() -> Graph:
    return Graph().parse(data=VALID_TTL, format="turtle")


def run_shacl(data: Graph, ontology: Graph, shapes: Graph) -> tuple[bool, Graph, str]:
    conforms, report, text = validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs"
    )
    return conforms, report, text


def failing(report: Graph) -> set[tuple[URIRef, URIRef | None, URIRef]]:
    """(focus node, result path, constraint component) of every validation result,
    including the nested ones that pyshacl reports under sh:detail."""
    return {
        (
            report.value(r, SH.focusNode),
            report.value(r, SH.resultPath),
            report.value(r, SH.sourceConstraintComponent),
        )
        for r in report.subjects(RDF.type, SH.ValidationResult)
    }


def test_example_graph_has_every_kind_of_thing() -> None:
    g = valid_graph()
    for cls in (
        SCHEMA.NewsArticle,
        FOAF.Person,
        ORG.Organization,
        ORG.Role,
        ORG.Membership,
        QJ.Project,
        QJ.ProjectMention,
        QJ.Target,
        QJ.Statistic,
        QJ.Credit,
        SCHEMA.Place,
        QJ.Evidence,
    ):
        assert (None, RDF.type, cls) in g, cls
    assert (ORG_BUREAU, SKOS.altLabel, None) in g
    assert (ORG_BUREAU, ORG.subOrganizationOf, None) in g


def test_valid_example_conforms(ontology: Graph, shapes: Graph) -> None:
    conforms, _, text = run_shacl(valid_graph(), ontology, shapes)
    assert conforms, text


def _replace(node: URIRef, prop: URIRef, value: Literal | URIRef) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.set((node, prop, value))

    return mutate


def _remove(node: URIRef, prop: URIRef) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.remove((node, prop, None))

    return mutate


def _add(node: URIRef, prop: URIRef, value: Literal | URIRef) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.add((node, prop, value))

    return mutate


def _component(name: str) -> URIRef:
    return SH[f"{name}ConstraintComponent"]


Mutation = Callable[[Graph], None]

# name -> (mutation, and the focus node, result path and constraint component expected
# among the validation results)
INVALID_VARIANTS: dict[str, tuple[Mutation, URIRef, URIRef | None, str]] = {
    "membership without evidence": (
        _remove(MEMBERSHIP, QJ.evidence),
        MEMBERSHIP,
        QJ.evidence,
        "MinCount",
    ),
    "target with a string value": (
        _replace(TARGET, QJ.value, Literal("10")),
        TARGET,
        QJ.value,
        "Datatype",
    ),
    "evidence with start > end": (
        _replace(EVIDENCE, QJ.start, Literal(60)),
        EVIDENCE,
        QJ.start,
        "LessThanOrEquals",
    ),
    "org without prefLabel": (
        _remove(ORG_BUREAU, SKOS.prefLabel),
        ORG_BUREAU,
        SKOS.prefLabel,
        "MinCount",
    ),
    "org with only an English prefLabel": (
        _replace(ORG_BUREAU, SKOS.prefLabel, Literal("Development and Reform Bureau", lang="en")),
        ORG_BUREAU,
        SKOS.prefLabel,
        "QualifiedMinCount",
    ),
    "org with two Chinese prefLabels": (
        _add(ORG_BUREAU, SKOS.prefLabel, Literal("区发改局", lang="zh")),
        ORG_BUREAU,
        SKOS.prefLabel,
        "QualifiedMaxCount",
    ),
    "org whose parent is not an organisation": (
        _replace(ORG_BUREAU, ORG.subOrganizationOf, QJID["place/qu-jiang-qu-1111111111"]),
        ORG_BUREAU,
        ORG.subOrganizationOf,
        "Class",
    ),
    "person without a name": (_remove(PERSON, FOAF.name), PERSON, FOAF.name, "QualifiedMinCount"),
    "person with only a pinyin name": (
        lambda g: g.remove((PERSON, FOAF.name, Literal("王军", lang="zh"))),
        PERSON,
        FOAF.name,
        "QualifiedMinCount",
    ),
    "membership with confidence above 1": (
        _replace(MEMBERSHIP, QJ.confidence, Literal(Decimal("1.5"))),
        MEMBERSHIP,
        QJ.confidence,
        "MaxInclusive",
    ),
    "membership without a rule": (_remove(MEMBERSHIP, QJ.rule), MEMBERSHIP, QJ.rule, "MinCount"),
    "membership with two roles": (
        _add(MEMBERSHIP, ORG.role, QJID["role/zhen-zhang-1212121212"]),
        MEMBERSHIP,
        ORG.role,
        "MaxCount",
    ),
    "membership derived from a non-article": (
        _add(MEMBERSHIP, PROV.wasDerivedFrom, EVIDENCE),
        MEMBERSHIP,
        PROV.wasDerivedFrom,
        "Class",
    ),
    "target with an unknown comparator": (
        _replace(TARGET, QJ.comparator, Literal("至少")),
        TARGET,
        QJ.comparator,
        "In",
    ),
    "target with year out of range": (
        _replace(TARGET, QJ.year, Literal(1800)),
        TARGET,
        QJ.year,
        "MinInclusive",
    ),
    "target with an untagged metric": (
        _replace(TARGET, QJ.metric, Literal("规上工业产值增速")),
        TARGET,
        QJ.metric,
        "Datatype",
    ),
    "evidence with a negative start": (
        _replace(EVIDENCE, QJ.start, Literal(-1)),
        EVIDENCE,
        QJ.start,
        "MinInclusive",
    ),
    "article with a string date": (
        _replace(ARTICLE, SCHEMA.datePublished, Literal("2026年3月18日")),
        ARTICLE,
        SCHEMA.datePublished,
        "Datatype",
    ),
    "low-confidence statistic not marked": (
        _remove(STATISTIC, QJ.lowConfidence),
        STATISTIC,
        None,
        "Or",
    ),
    "confident target marked low-confidence": (
        _add(TARGET, QJ.lowConfidence, Literal(True)),
        TARGET,
        None,
        "Or",
    ),
    "statistic that is also a target": (
        _add(STATISTIC, RDF.type, QJ.Target),
        STATISTIC,
        None,
        "Not",
    ),
    "role as a blank node": (
        lambda g: g.add((BNODE_ROLE, RDF.type, ORG.Role)),
        BNODE_ROLE,
        None,
        "NodeKind",
    ),
}


@pytest.mark.parametrize("name", sorted(INVALID_VARIANTS))
def test_invalid_variant_fails(name: str, ontology: Graph, shapes: Graph) -> None:
    mutate, focus, path, component = INVALID_VARIANTS[name]
    data = valid_graph()
    mutate(data)
    conforms, report, text = run_shacl(data, ontology, shapes)
    assert not conforms, name
    assert (focus, path, _component(component)) in failing(report), text


def test_plain_and_xsd_string_literals_are_equivalent(ontology: Graph, shapes: Graph) -> None:
    """RDF 1.1 makes "≥" and "≥"^^xsd:string one term; the shapes must accept both."""
    data = valid_graph()
    data.set((TARGET, QJ.comparator, Literal("≥", datatype=XSD.string)))
    data.set((TARGET, QJ.unit, Literal("%", datatype=XSD.string)))
    data.set((MEMBERSHIP, QJ.rule, Literal("post.org-role-name", datatype=XSD.string)))
    conforms, _, text = run_shacl(data, ontology, shapes)
    assert conforms, text
