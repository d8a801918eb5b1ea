"""The `qjkg` command: a thin layer over the pipeline's stages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph import __version__

DEFAULT_CORPUS = Path("corpus")
DEFAULT_OUT = Path("build")
DEFAULT_GRAPH = DEFAULT_OUT / "graph.trig"

EPILOG = """examples:
  qjkg build                              build corpus/ into build/
  qjkg query "SELECT ?n WHERE { ?p foaf:name ?n }"
  qjkg query --file queries/01_posts.rq --format csv
  qjkg eval tests/gold corpus --verbose
  qjkg entities --type org
"""


def _fail(message: str, code: int = 1) -> int:
    print(f"qjkg: error: {message}", file=sys.stderr)
    return code


# ---------------------------------------------------------------- build


def cmd_build(args: argparse.Namespace) -> int:
    from graph.load import LoadError
    from graph.pipeline import BuildError, build

    try:
        result = build(Path(args.corpus), Path(args.output), html=not args.no_html)
    except (BuildError, LoadError) as exc:
        return _fail(f"{exc} (outputs left as they were)")
    for err in result.errors:
        print(f"qjkg: skipped {err}", file=sys.stderr)
    for warning in result.warnings:
        print(f"qjkg: warning: {warning}", file=sys.stderr)
    print(f"built {len(result.articles)} article(s) from {args.corpus}")
    width = max(len(k) for k in result.counts)
    for kind, n in result.counts.items():
        print(f"  {kind:<{width}}  {n}")
    for path in result.written:
        print(f"wrote {path}")
    return 0


# ---------------------------------------------------------------- query


def _read_graph(path: str | None):  # -> Dataset
    from graph.store import load_graph

    return load_graph(Path(path) if path else DEFAULT_GRAPH)


def drop_low_confidence(ds) -> None:  # noqa: ANN001 — rdflib Dataset
    """Remove low-confidence facts (and their triples) so queries leave them out."""
    from rdflib import Literal

    from graph.rdf import QJ

    low = {s for s, _, _ in ds.triples((None, QJ.lowConfidence, Literal(True)))}
    for g in list(ds.graphs()):
        for s in low:
            g.remove((s, None, None))


def cmd_query(args: argparse.Namespace) -> int:
    from graph.query import QueryError, format_result, run_query
    from graph.store import GraphFileError

    positional = list(args.args)
    if args.file:
        try:
            sparql = Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            return _fail(f"{args.file}: cannot read query file ({exc.strerror})")
        if len(positional) > 1:
            return _fail("give either a query or --file, not both")
        graph = positional[0] if positional else None
    else:
        if not positional:
            return _fail("give a SPARQL query, or --file F", 2)
        graph, sparql = (
            (positional[0], positional[1]) if len(positional) == 2 else (None, positional[0])
        )
        if len(positional) > 2:
            return _fail("too many arguments: qjkg query [GRAPH] QUERY", 2)
    try:
        ds = _read_graph(graph)
        if not args.include_low:
            drop_low_confidence(ds)
        print(format_result(run_query(ds, sparql), args.format))
    except (QueryError, GraphFileError) as exc:
        return _fail(str(exc))
    return 0


# ---------------------------------------------------------------- eval


def cmd_eval(args: argparse.Namespace) -> int:
    from graph.evaluate import evaluate_dataset, format_report, load_gold
    from graph.load import LoadError
    from graph.pipeline import run

    try:
        golds = load_gold(Path(args.gold))
    except (ValueError, FileNotFoundError) as exc:
        return _fail(str(exc))
    try:
        result = run(Path(args.corpus))
    except LoadError as exc:
        return _fail(str(exc))
    for err in result.errors:
        print(f"qjkg: skipped {err}", file=sys.stderr)
    report = evaluate_dataset(golds, result.dataset, include_low=args.include_low)
    print(format_report(report, verbose=args.verbose))
    return 0


# ---------------------------------------------------------------- entities


def cmd_entities(args: argparse.Namespace) -> int:
    from graph.entities import entity_rows
    from graph.query import QueryError, QueryResult, format_result
    from graph.store import GraphFileError

    try:
        ds = _read_graph(args.graph)
        variables, rows = entity_rows(ds, args.type)
    except (GraphFileError, QueryError) as exc:
        return _fail(str(exc))
    print(format_result(QueryResult(variables, rows), args.format))
    return 0


# ---------------------------------------------------------------- validate


def cmd_validate(args: argparse.Namespace) -> int:
    from graph.store import GraphFileError
    from graph.validate import validate

    try:
        ds = _read_graph(args.graph)
    except GraphFileError as exc:
        return _fail(str(exc))
    conforms, text = validate(ds)
    print("conforms" if conforms else text)
    return 0 if conforms else 1


# ---------------------------------------------------------------- parser


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="qjkg",
        description="qjkg — the knowledge graph of Qujiang development news: articles → RDF "
        "(persons, posts, organisations, projects, targets, each traced to its sentence) → "
        "SPARQL and an interactive HTML view.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"qjkg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser(
        "build",
        help="build the graph of a corpus of articles",
        description="Read every .txt/.md/.html article under CORPUS, extract persons, "
        "posts, organisations, projects and targets, and write OUT/graph.trig (one "
        "named graph per article), OUT/graph.ttl (their union) and OUT/graph.html "
        "(an offline interactive view). Bad files are reported and skipped; if the "
        "build fails, an existing OUT is left as it was.",
    )
    b.add_argument(
        "corpus",
        nargs="?",
        default=str(DEFAULT_CORPUS),
        help="articles folder or file (default: corpus/)",
    )
    b.add_argument(
        "-o", "--output", default=str(DEFAULT_OUT), help="output folder (default: build/)"
    )
    b.add_argument("--no-html", action="store_true", help="skip graph.html")
    b.set_defaults(func=cmd_build)

    q = sub.add_parser(
        "query",
        help="run a SPARQL query on a built graph",
        description="Run a SPARQL SELECT or ASK query over the union of the article "
        "graphs. Prefixes qj: qjid: org: foaf: skos: prov: schema: time: rdf: rdfs: xsd: "
        "are predeclared. Low-confidence facts are left out unless --include-low.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog='example:\n  qjkg query build/graph.trig "SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }"',
    )
    q.add_argument(
        "args",
        nargs="*",
        metavar="[GRAPH] QUERY",
        help="graph file or build folder (default: build/graph.trig), then the query text",
    )
    q.add_argument("-f", "--file", help="read the query from a .rq file")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--include-low", action="store_true", help="keep low-confidence facts")
    q.set_defaults(func=cmd_query)

    e = sub.add_parser(
        "eval",
        help="score the extraction against gold files",
        description="Build CORPUS in memory and score it against the gold JSON files "
        "in GOLD_DIR (format and matching rules: tests/gold/FORMAT.md): precision, "
        "recall and F1 per kind of fact.",
    )
    e.add_argument("gold", metavar="GOLD_DIR")
    e.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), metavar="CORPUS")
    e.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list every miss and false hit with its sentence",
    )
    e.add_argument("--include-low", action="store_true", help="count low-confidence facts too")
    e.set_defaults(func=cmd_eval)

    n = sub.add_parser(
        "entities",
        help="list entities with aliases, posts and article counts",
        description="List the graph's entities — what was merged into one node, under "
        "which names, with which posts, mentioned by how many articles — so a user "
        "can check the resolution. Unresolved short forms are marked.",
    )
    n.add_argument(
        "graph", nargs="?", help="graph file or build folder (default: build/graph.trig)"
    )
    n.add_argument("--type", choices=("person", "org", "project", "place"), default=None)
    n.add_argument("--format", choices=("table", "csv", "json"), default="table")
    n.set_defaults(func=cmd_entities)

    v = sub.add_parser(
        "validate",
        help="check a graph against the SHACL shapes",
        description="Validate a built graph against shapes.ttl with pyshacl.",
    )
    v.add_argument(
        "graph", nargs="?", help="graph file or build folder (default: build/graph.trig)"
    )
    v.set_defaults(func=cmd_validate)
    return p


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    if not getattr(args, "func", None):
        p.print_help()
        return 2
    try:
        return int(args.func(args))
    except BrokenPipeError:  # `qjkg query … | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
