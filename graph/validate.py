"""SHACL validation of a graph against the shapes beside the ontology (shapes.ttl)."""

from __future__ import annotations

from importlib import resources

from rdflib import Dataset, Graph

from graph.store import union


def _data_graph(name: str) -> Graph:
    g = Graph()
    g.parse(
        data=resources.files("graph").joinpath("data", name).read_text(encoding="utf-8"),
        format="turtle",
    )
    return g


def validate(ds: Dataset | Graph) -> tuple[bool, str]:
    """(conforms, report text) for the union of the dataset's graphs."""
    from pyshacl import validate as shacl_validate

    data = union(ds) if isinstance(ds, Dataset) else ds
    conforms, _graph, text = shacl_validate(
        data,
        shacl_graph=_data_graph("shapes.ttl"),
        ont_graph=_data_graph("ontology.ttl"),
        inference="rdfs",
        allow_warnings=True,
    )
    return bool(conforms), str(text)
