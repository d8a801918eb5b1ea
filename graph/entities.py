"""`qjkg entities`: what was merged into one node, under which names, mentioned how often."""

from __future__ import annotations

from rdflib import Dataset, Literal
from rdflib.term import Node

from graph.query import run_query

QUERIES = {
    "person": """
SELECT ?type ?label (GROUP_CONCAT(DISTINCT ?alias; separator="、") AS ?aliases)
       (GROUP_CONCAT(DISTINCT ?post; separator="、") AS ?posts)
       (COUNT(DISTINCT ?g) AS ?articles) ?iri
WHERE {
  BIND("person" AS ?type)
  GRAPH ?g { ?iri a foaf:Person ; foaf:name ?label . FILTER(lang(?label) = "zh") }
  OPTIONAL { ?iri foaf:name ?alias . FILTER(lang(?alias) != "zh") }
  OPTIONAL {
    ?m org:member ?iri ; org:role/skos:prefLabel ?role .
    FILTER(lang(?role) = "zh")
    OPTIONAL { ?m org:organization/skos:prefLabel ?org . FILTER(lang(?org) = "zh") }
    BIND(IF(BOUND(?org), CONCAT(?role, "@", ?org), ?role) AS ?post)
  }
} GROUP BY ?type ?label ?iri ORDER BY ?label ?iri
""",
    "org": """
SELECT ?type ?label (GROUP_CONCAT(DISTINCT ?alias; separator="、") AS ?aliases)
       (GROUP_CONCAT(DISTINCT ?post; separator="、") AS ?posts)
       (COUNT(DISTINCT ?g) AS ?articles) ?iri
WHERE {
  GRAPH ?g { ?iri a org:Organization ; skos:prefLabel ?label . FILTER(lang(?label) = "zh") }
  OPTIONAL { ?iri skos:altLabel ?alias }
  OPTIONAL { ?iri qj:unresolvedShortForm ?u }
  BIND(IF(BOUND(?u), "org (unresolved short form)", "org") AS ?type)
  OPTIONAL {
    ?m org:organization ?iri ; org:role/skos:prefLabel ?role ; org:member/foaf:name ?who .
    FILTER(lang(?role) = "zh" && lang(?who) = "zh")
    BIND(CONCAT(?who, " ", ?role) AS ?post)
  }
} GROUP BY ?type ?label ?iri ORDER BY ?label ?iri
""",
    "project": """
SELECT ?type ?label ("" AS ?aliases) (GROUP_CONCAT(DISTINCT ?detail; separator="、") AS ?posts)
       (COUNT(DISTINCT ?g) AS ?articles) ?iri
WHERE {
  BIND("project" AS ?type)
  GRAPH ?g { ?mention qj:project ?iri . }
  ?iri skos:prefLabel ?label .
  OPTIONAL { { ?iri qj:status ?detail } UNION { ?iri qj:investmentText ?detail }
             UNION { ?iri schema:location/skos:prefLabel ?detail } }
} GROUP BY ?type ?label ?iri ORDER BY ?label ?iri
""",
    "place": """
SELECT ?type ?label ("" AS ?aliases) (SAMPLE(?ptype) AS ?posts)
       (COUNT(DISTINCT ?g) AS ?articles) ?iri
WHERE {
  BIND("place" AS ?type)
  GRAPH ?g { ?iri a schema:Place ; skos:prefLabel ?label . }
  OPTIONAL { ?iri qj:placeType ?ptype }
} GROUP BY ?type ?label ?iri ORDER BY ?label ?iri
""",
}
COLUMNS = ["type", "label", "aliases", "posts", "articles", "iri"]


def entity_rows(ds: Dataset, kind: str | None = None) -> tuple[list[str], list[list[Node | None]]]:
    kinds = [kind] if kind else ["person", "org", "project", "place"]
    rows: list[list[Node | None]] = []
    for k in kinds:
        result = run_query(ds, QUERIES[k])
        index = {v: i for i, v in enumerate(result.variables)}
        for row in result.rows:
            rows.append(
                [row[index[c]] if row[index[c]] is not None else Literal("") for c in COLUMNS]
            )
    return COLUMNS, rows
