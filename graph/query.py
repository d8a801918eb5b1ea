"""SPARQL over the whole graph (the union of the article graphs), printed three ways."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

from rdflib import Dataset, Literal, URIRef
from rdflib.term import Node

from graph.store import PREFIXES


class QueryError(Exception):
    """A query that cannot run; the message says why."""


@dataclass(frozen=True)
class QueryResult:
    variables: list[str]
    rows: list[list[Node | None]]
    boolean: bool | None = None


def run_query(ds: Dataset, sparql: str) -> QueryResult:
    """Run SELECT or ASK; the common prefixes (qj:, org:, foaf:, …) need no declaring."""
    try:
        result = ds.query(sparql, initNs=PREFIXES)
    except Exception as exc:  # pyparsing and rdflib raise many error types
        raise QueryError(f"SPARQL error: {exc}") from None
    if result.type == "ASK":
        return QueryResult([], [], bool(result.askAnswer))
    if result.type != "SELECT":
        raise QueryError(f"only SELECT and ASK queries are supported, not {result.type}")
    variables = [str(v) for v in result.vars or []]
    rows = [[row[i] for i in range(len(variables))] for row in result]
    return QueryResult(variables, rows)


def _plain(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, Literal):
        return str(node)
    return str(node)


def _json_value(node: Node | None) -> object:
    if node is None:
        return None
    if isinstance(node, Literal):
        value = node.toPython()
        if isinstance(value, (int, float, bool, str)):
            return value
        return str(node)
    if isinstance(node, URIRef):
        return str(node)
    return str(node)


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(
        2
        if "\u1100" <= ch
        and (
            ch <= "\u115f"
            or "\u2e80" <= ch <= "\ua4cf"
            or "\uac00" <= ch <= "\ud7a3"
            or "\uf900" <= ch <= "\ufaff"
            or "\ufe30" <= ch <= "\ufe4f"
            or "\uff00" <= ch <= "\uff60"
            or "\uffe0" <= ch <= "\uffe6"
            or "\U00020000" <= ch
        )
        else 1
        for ch in text
    )


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def format_result(result: QueryResult, fmt: str = "table") -> str:
    if result.boolean is not None:
        return (
            json.dumps({"boolean": result.boolean})
            if fmt == "json"
            else str(result.boolean).lower()
        )
    if fmt == "json":
        data = [
            dict(zip(result.variables, map(_json_value, row), strict=True)) for row in result.rows
        ]
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([_plain(v) for v in row])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r} (table, csv or json)")
    cells = [[_plain(v).replace("\n", " ") for v in row] for row in result.rows]
    widths = [
        max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(result.variables)
    ]
    sep = "-+-".join("-" * w for w in widths)
    lines = [" | ".join(_pad(h, w) for h, w in zip(result.variables, widths, strict=True)), sep]
    lines += [" | ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)
