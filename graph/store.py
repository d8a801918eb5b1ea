"""Stage 6 — store: write the graph files atomically, read a graph back.

Outputs are written into a temporary folder beside the output folder and moved into place
only when every file has been written, so a failed build leaves an existing graph as it was.
Serialisations are canonical (graphs, subjects and triples sorted) so that building the
same corpus twice gives byte-identical files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from graph.rdf import bind

PREFIXES = {
    "qj": "https://w3id.org/qjkg/ontology#",
    "qjid": "https://w3id.org/qjkg/id/",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "time": "http://www.w3.org/2006/time#",
}


class GraphFileError(Exception):
    """A graph file that cannot be read; the message names the file."""


# ---------------------------------------------------------------- canonical Turtle/TriG


def _term(node: Node, pm: list[tuple[str, str]]) -> str:
    if isinstance(node, URIRef):
        s = str(node)
        for prefix, ns in pm:
            if s.startswith(ns):
                local = s[len(ns) :]
                if (
                    local
                    and all(ch.isalnum() or ch in "-_" for ch in local)
                    and local[0] not in "-"
                ):
                    return f"{prefix}:{local}"
        return f"<{s}>"
    if isinstance(node, Literal):
        text = node.n3()
        xsd = PREFIXES["xsd"]
        if node.datatype is not None and str(node.datatype).startswith(xsd):
            text = text.replace(f"^^<{node.datatype}>", f"^^xsd:{str(node.datatype)[len(xsd) :]}")
        return text
    if isinstance(node, BNode):
        return f"_:{node}"
    return node.n3()


def _sort_key(node: Node) -> tuple[int, str]:
    return (
        0 if isinstance(node, URIRef) else 1,
        str(node)
        + "|"
        + str(getattr(node, "language", "") or "")
        + str(getattr(node, "datatype", "") or ""),
    )


def _turtle_body(g: Graph, pm: list[tuple[str, str]], indent: str = "") -> str:
    lines: list[str] = []
    by_subject: dict[Node, list[tuple[Node, Node]]] = {}
    for s, p, o in g:
        by_subject.setdefault(s, []).append((p, o))
    rdf_type = URIRef(PREFIXES["rdf"] + "type")
    for s in sorted(by_subject, key=_sort_key):
        pos = sorted(
            by_subject[s], key=lambda po: (po[0] != rdf_type, _sort_key(po[0]), _sort_key(po[1]))
        )
        lines.append(f"{indent}{_term(s, pm)}")
        for i, (p, o) in enumerate(pos):
            pred = "a" if p == rdf_type else _term(p, pm)
            end = " ." if i == len(pos) - 1 else " ;"
            lines.append(f"{indent}    {pred} {_term(o, pm)}{end}")
        lines.append("")
    return "\n".join(lines)


def _prefix_block() -> tuple[str, list[tuple[str, str]]]:
    pm = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + "\n"
    return header, pm


def to_trig(ds: Dataset) -> str:
    header, pm = _prefix_block()
    parts = [header]
    graphs = [g for g in ds.graphs() if len(g) and isinstance(g.identifier, URIRef)]
    for g in sorted(graphs, key=lambda g: str(g.identifier)):
        parts.append(f"{_term(g.identifier, pm)} {{\n")
        parts.append(_turtle_body(g, pm, "    "))
        parts.append("}\n\n")
    return "".join(parts)


def union(graphs: Dataset | Iterable[Graph]) -> Graph:
    """A plain graph holding every triple of a dataset's graphs (or of the given graphs)."""
    g = Graph()
    for named in graphs.graphs() if isinstance(graphs, Dataset) else graphs:
        for t in named:
            g.add(t)
    return g


def to_turtle(g: Graph) -> str:
    header, pm = _prefix_block()
    return header + _turtle_body(g, pm)


# ---------------------------------------------------------------- atomic output


def write_outputs(out_dir: Path, writers: dict[str, Callable[[Path], None]]) -> list[Path]:
    """Write each file through its writer into a temporary folder, then move all into
    `out_dir`. If any writer fails, `out_dir` is untouched and the error propagates."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        for name, write in writers.items():
            write(tmp / name)
        out_dir.mkdir(exist_ok=True)
        done = []
        for name in writers:
            os.replace(tmp / name, out_dir / name)
            done.append(out_dir / name)
        return done
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_text(text: str) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_text(text, encoding="utf-8")

    return write


# ---------------------------------------------------------------- reading


def load_graph(path: Path) -> Dataset:
    """A graph file (TriG keeps the per-article graphs; Turtle/N-Triples go to one graph),
    or a build folder (its graph.trig)."""
    if path.is_dir():
        path = path / "graph.trig"
    if not path.is_file():
        raise GraphFileError(f"{path}: no such graph file (run `qjkg build` first)")
    ds = Dataset(default_union=True)
    bind(ds)
    suffix = path.suffix.lower()
    fmt = {
        ".trig": "trig",
        ".nq": "nquads",
        ".ttl": "turtle",
        ".nt": "nt",
        ".jsonld": "json-ld",
    }.get(suffix, "trig")
    try:
        if fmt in ("trig", "nquads"):
            ds.parse(path, format=fmt)
        else:
            ds.graph(URIRef(path.resolve().as_uri())).parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser error types
        raise GraphFileError(f"{path}: not a readable {fmt} graph ({exc})") from None
    return ds
