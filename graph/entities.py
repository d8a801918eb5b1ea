"""`qjkg entities`: what was merged into one node, under which names, mentioned how often.

Rows are gathered with plain SPARQL patterns and aggregated here (rdflib's GROUP_CONCAT
with DISTINCT fails on groups where the value is unbound).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Dataset, Literal
from rdflib.term import Node

from graph.query import run_query

COLUMNS = ["type", "label", "aliases", "posts", "articles", "iri"]

LABELS = {
    "person": 'GRAPH ?g { ?iri a foaf:Person ; foaf:name ?label . FILTER(lang(?label) = "zh") }',
    "org": 'GRAPH ?g { ?iri a org:Organization ; skos:prefLabel ?label . FILTER(lang(?label) = "zh") }',
    "project": "GRAPH ?g { ?m qj:project ?iri . ?iri skos:prefLabel ?label . }",
    "place": "GRAPH ?g { ?iri a schema:Place ; skos:prefLabel ?label . }",
}
ALIASES = {
    "person": 'SELECT ?iri ?x WHERE { ?iri a foaf:Person ; foaf:name ?x . FILTER(lang(?x) != "zh") }',
    "org": "SELECT ?iri ?x WHERE { ?iri a org:Organization ; skos:altLabel ?x . }",
}
DETAILS = {
    "person": """SELECT ?iri ?x WHERE {
        ?m org:member ?iri ; org:role/skos:prefLabel ?role . FILTER(lang(?role) = "zh")
        OPTIONAL { ?m org:organization/skos:prefLabel ?o . FILTER(lang(?o) = "zh") }
        BIND(IF(BOUND(?o), CONCAT(?role, "@", ?o), ?role) AS ?x) }""",
    "org": """SELECT ?iri ?x WHERE {
        ?m org:organization ?iri ; org:role/skos:prefLabel ?role ; org:member/foaf:name ?who .
        FILTER(lang(?role) = "zh" && lang(?who) = "zh") BIND(CONCAT(?who, " ", ?role) AS ?x) }""",
    "project": """SELECT ?iri ?x WHERE { ?iri a qj:Project .
        { ?iri qj:status ?x } UNION { ?iri qj:investmentText ?x }
        UNION { ?iri schema:location/skos:prefLabel ?x } }""",
    "place": "SELECT ?iri ?x WHERE { ?iri a schema:Place ; qj:placeType ?x . }",
}
UNRESOLVED = "SELECT ?iri WHERE { ?iri qj:unresolvedShortForm true }"


@dataclass
class _Entity:
    label: str = ""
    aliases: set[str] = field(default_factory=set)
    details: set[str] = field(default_factory=set)
    graphs: set[str] = field(default_factory=set)


def entity_rows(ds: Dataset, kind: str | None = None) -> tuple[list[str], list[list[Node | None]]]:
    kinds = [kind] if kind else ["person", "org", "project", "place"]
    unresolved = {str(r[0]) for r in run_query(ds, UNRESOLVED).rows}
    rows: list[list[Node | None]] = []
    for k in kinds:
        found: dict[str, _Entity] = defaultdict(_Entity)
        for iri, label, g in run_query(ds, f"SELECT ?iri ?label ?g WHERE {{ {LABELS[k]} }}").rows:
            ent = found[str(iri)]
            ent.label = min(filter(None, (ent.label, str(label))))
            ent.graphs.add(str(g))
        for query, attr in ((ALIASES.get(k), "aliases"), (DETAILS.get(k), "details")):
            if query is None:
                continue
            for iri, value in run_query(ds, query).rows:
                if str(iri) in found and value is not None:
                    getattr(found[str(iri)], attr).add(str(value))
        for iri, ent in sorted(found.items(), key=lambda kv: (kv[1].label, kv[0])):
            typ = "org (unresolved short form)" if iri in unresolved else k
            rows.append(
                [
                    Literal(typ),
                    Literal(ent.label),
                    Literal("、".join(sorted(ent.aliases))),
                    Literal("、".join(sorted(ent.details))),
                    Literal(len(ent.graphs)),
                    Literal(iri),
                ]
            )
    return COLUMNS, rows
