"""View: an `rdflib.Dataset` → a networkx graph → an offline, deterministic pyvis HTML page.

`to_networkx` reads the union of the named graphs (one per article) with the vocabulary of
docs/design.md and keeps persons, organisations, projects, targets, places and articles.
`render_html` draws that graph with pyvis, inlines vis-network, strips every remote resource,
adds a legend, and writes the page atomically. Same dataset → byte-identical HTML.
"""

from __future__ import annotations

import html
import json
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network
from rdflib import RDF, ConjunctiveGraph, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from graph.store import union as union_of

__all__ = ["KINDS", "to_networkx", "to_html", "render_html"]

QJ = Namespace("https://w3id.org/qjkg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
SCHEMA = Namespace("https://schema.org/")

# kind → (rdf:type, colour, vis shape, Chinese name, English name, Chinese shape name)
KINDS: dict[str, tuple[URIRef, str, str, str, str, str]] = {
    "person": (FOAF.Person, "#4e79a7", "dot", "人物", "person", "圆点"),
    "organisation": (ORG.Organization, "#f28e2b", "box", "机构", "organisation", "方框"),
    "project": (QJ.Project, "#59a14f", "diamond", "项目", "project", "菱形"),
    "target": (QJ.Target, "#e15759", "star", "目标", "target", "星形"),
    "place": (SCHEMA.Place, "#b07aa1", "square", "地点", "place", "方块"),
    "article": (SCHEMA.NewsArticle, "#8c8c8c", "text", "报道", "article", "文字"),
}
_TYPE_TO_KIND: dict[URIRef, str] = {v[0]: k for k, v in KINDS.items()}
_MENTIONABLE = ("person", "organisation", "project", "target")

# edge kind → (Chinese label, English label, colour)
EDGE_KINDS: dict[str, tuple[str, str, str]] = {
    "member": ("任职", "member of", "#4e79a7"),
    "subOrganizationOf": ("隶属", "sub-organisation of", "#f28e2b"),
    "location": ("位于", "located in", "#b07aa1"),
    "containedInPlace": ("属于", "contained in", "#b07aa1"),
    "jurisdiction": ("辖区", "jurisdiction", "#b07aa1"),
    "investor": ("投资方", "investor", "#59a14f"),
    "promotedBy": ("推动", "promoted by", "#59a14f"),
    "setBy": ("设定", "set by", "#e15759"),
    "about": ("关于", "about", "#e15759"),
    "mentions": ("报道提及", "mentions", "#d9d9d9"),
}

_REMOTE_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>", re.I)
_REMOTE_SCRIPT = re.compile(
    r"<script\b[^>]*\bsrc\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>\s*</script\s*>", re.I
)
_REMOTE_ATTR = re.compile(r"\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", re.I)
_DEAD_COMMENT = re.compile(r"<!--\s*<link[^>]*node_modules.*?-->", re.S)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>\s*")


# --------------------------------------------------------------------------- RDF helpers


def _subgraphs(ds: Graph) -> list[Graph]:
    """Every graph of the dataset (default and named), without relying on default_union."""
    if isinstance(ds, Dataset):
        graphs = list(ds.graphs())
    elif isinstance(ds, ConjunctiveGraph):
        graphs = list(ds.contexts())
    else:
        graphs = [ds]
    return sorted(graphs, key=lambda g: str(g.identifier))


def _truthy(o: Node) -> bool:
    """Whether an RDF term is the boolean true (``true``, ``"1"``)."""
    return isinstance(o, Literal) and str(o).strip().lower() in ("true", "1")


def _lang(o: Node) -> str:
    return (o.language or "").lower() if isinstance(o, Literal) else ""


def _label(g: Graph, s: Node, preds: Iterable[URIRef]) -> str | None:
    """The Chinese label of `s`: @zh first, then untagged, then any non-pinyin literal."""
    best: dict[int, list[str]] = defaultdict(list)
    for p in preds:
        for o in g.objects(s, p):
            if not isinstance(o, Literal):
                continue
            lang = _lang(o)
            if lang == "zh" or (lang.startswith("zh-") and "latn" not in lang):
                best[0].append(str(o))
            elif not lang:
                best[1].append(str(o))
            elif "latn" not in lang:
                best[2].append(str(o))
    for rank in (0, 1, 2):
        if best[rank]:
            return min(best[rank])
    return None


def _pinyin(g: Graph, s: Node, preds: Iterable[URIRef]) -> str | None:
    """The @zh-Latn-pinyin label of `s`, if any."""
    found = sorted(str(o) for p in preds for o in g.objects(s, p) if _lang(o) == "zh-latn-pinyin")
    return found[0] if found else None


def _first(g: Graph, s: Node, p: URIRef) -> Node | None:
    """The smallest object of (s, p, ?) — deterministic when there are several."""
    objs = sorted(g.objects(s, p), key=lambda o: (str(o), repr(o)))
    return objs[0] if objs else None


def _text(g: Graph, s: Node, p: URIRef) -> str | None:
    o = _first(g, s, p)
    return None if o is None else str(o)


def _num(o: Node | None) -> str | None:
    """A numeric literal as short text: ``8.0`` → ``8``, ``1.50`` → ``1.5``."""
    if o is None:
        return None
    value = o.toPython() if isinstance(o, Literal) else o
    if isinstance(value, bool):
        return str(o)
    if isinstance(value, Decimal | int | float):
        d = Decimal(str(value)).normalize()
        return format(d, "f")
    return str(o)


def _money(o: Node | None) -> str | None:
    """An investment in CNY as 亿元 / 万元 / 元 text."""
    if o is None:
        return None
    try:
        value = Decimal(str(o.toPython() if isinstance(o, Literal) else o))
    except ArithmeticError:
        return str(o)
    for unit, scale in (("亿元", Decimal(10) ** 8), ("万元", Decimal(10) ** 4)):
        if abs(value) >= scale:
            return format((value / scale).normalize(), "f") + unit
    return format(value.normalize(), "f") + "元"


def _kind_of(g: Graph, s: Node) -> str | None:
    kinds = {_TYPE_TO_KIND[t] for t in g.objects(s, RDF.type) if t in _TYPE_TO_KIND}
    for kind in KINDS:  # fixed priority if an entity has several types
        if kind in kinds:
            return kind
    return None


# --------------------------------------------------------------------------- graph building


def _low_facts(graphs: list[Graph]) -> set[Node]:
    """Subjects marked qj:lowConfidence true and not stated confidently in any graph."""
    marked: set[Node] = set()
    confident: set[Node] = set()
    for g in graphs:
        low_here = {s for s, o in g.subject_objects(QJ.lowConfidence) if _truthy(o)}
        marked |= low_here
        confident |= {s for s in g.subjects(RDF.type) if s not in low_here}
    return marked - confident


def _supported(g: Graph, e: Node, low: set[Node]) -> bool:
    """False when every reference to `e` in `g` comes from a low-confidence fact."""
    referrers = {s for s, p in g.subject_predicates(e) if s != e and p != RDF.type}
    return not referrers or bool(referrers - low)


def _label_of(g: Graph, s: Node, kind: str) -> str:
    if kind == "person":
        label = _label(g, s, [FOAF.name, SKOS.prefLabel])
    elif kind == "article":
        label = _label(g, s, [SCHEMA.headline, SKOS.prefLabel])
    elif kind == "target":
        label = _target_label(g, s)
    else:
        label = _label(g, s, [SKOS.prefLabel, FOAF.name, SCHEMA.name])
    return label or str(s).rstrip("/").rsplit("/", 1)[-1]


def _target_label(g: Graph, s: Node) -> str:
    """``metric value unit (year)``, e.g. ``规上工业产值增速 ≥8% (2025)``."""
    metric = _label(g, s, [QJ.metric]) or "目标"
    amount = (_text(g, s, QJ.comparator) or "") + (_num(_first(g, s, QJ.value)) or "")
    amount += _text(g, s, QJ.unit) or ""
    label = f"{metric} {amount}".strip()
    year = _num(_first(g, s, QJ.year))
    return f"{label} ({year})" if year else label


def _date(g: Graph, s: Node) -> str | None:
    return _text(g, s, QJ.observedOn)


def _memberships(
    g: Graph, low: set[Node], include_low: bool
) -> Iterator[tuple[Node, Node, Node | None, str, str | None]]:
    """(membership, person, org or None, role label, date) for each kept membership."""
    for m in sorted(set(g.subjects(RDF.type, ORG.Membership)), key=str):
        if m in low and not include_low:
            continue
        person = _first(g, m, ORG.member)
        if person is None:
            continue
        role_node = _first(g, m, ORG.role)
        role = _label(g, role_node, [SKOS.prefLabel]) if role_node is not None else None
        yield m, person, _first(g, m, ORG.organization), role or "职务不详", _date(g, m)


def _post_text(role: str, org: str | None, date: str | None) -> str:
    text = f"{role} @ {org}" if org else role
    return f"{text} ({date})" if date else text


def to_networkx(ds: Dataset, include_low: bool = False) -> nx.MultiDiGraph:
    """The entity graph of `ds` (union of its named graphs) as a networkx MultiDiGraph.

    Nodes are keyed by IRI with attributes ``kind``, ``label`` (Chinese), ``iri``,
    ``tooltip`` (plain text) and, for persons/organisations, ``pinyin`` when present.
    Edges carry ``kind`` (see `EDGE_KINDS`); membership edges also ``role``, ``date`` and
    ``iri``. Facts marked ``qj:lowConfidence true`` are left out unless `include_low`.
    """
    graphs = _subgraphs(ds)
    union = union_of(graphs)
    low = _low_facts(graphs)
    skip = set() if include_low else low

    # Which entities exist, and in which graphs they are supported by a kept fact.
    kinds: dict[Node, str] = {}
    supported: set[Node] = set()
    mentions: set[tuple[Node, Node]] = set()
    for g in graphs:
        article = g.identifier if _kind_of(union, g.identifier) == "article" else None
        for s in set(g.subjects(RDF.type)):
            kind = _kind_of(union, s)
            if kind is None or s in skip:
                continue
            kinds[s] = kind
            if kind == "article" or _supported(g, s, skip):
                supported.add(s)
                if article is not None and kind in _MENTIONABLE and s != article:
                    mentions.add((article, s))
    nodes = sorted((s for s in kinds if s in supported), key=str)
    keep = set(nodes)

    G = nx.MultiDiGraph(include_low=include_low)
    posts: dict[Node, list[tuple[str, str, str]]] = defaultdict(list)
    member_edges: list[tuple[Node, Node, dict[str, Any]]] = []
    for m, person, org, role, date in _memberships(union, low, include_low):
        if person not in keep:
            continue
        org_label = _label_of(union, org, "organisation") if org in keep else None
        posts[person].append((date or "9999", role, org_label or ""))
        if org in keep:
            attrs = {"kind": "member", "role": role, "date": date, "iri": str(m)}
            attrs["low"] = m in low
            member_edges.append((person, org, attrs))

    for s in nodes:
        kind = kinds[s]
        attrs: dict[str, Any] = {"kind": kind, "label": _label_of(union, s, kind), "iri": str(s)}
        if kind in ("person", "organisation"):
            pinyin = _pinyin(union, s, [FOAF.name, SKOS.prefLabel])
            if pinyin:
                attrs["pinyin"] = pinyin
        attrs["tooltip"] = _tooltip(union, s, kind, attrs, sorted(posts.get(s, [])))
        G.add_node(str(s), **attrs)

    edges: list[tuple[Node, Node, str, dict[str, Any]]] = []
    for person, org, attrs in member_edges:
        edges.append((person, org, attrs["iri"], attrs))
    structural = [
        (ORG.subOrganizationOf, "subOrganizationOf", ("organisation",)),
        (QJ.jurisdiction, "jurisdiction", ("organisation",)),
        (SCHEMA.location, "location", ("project",)),
        (SCHEMA.containedInPlace, "containedInPlace", ("place",)),
        (QJ.investor, "investor", ("project",)),
        (QJ.promotedBy, "promotedBy", ("project", "person", "organisation")),
        (QJ.setBy, "setBy", ("target",)),
        (QJ.about, "about", ("target",)),
    ]
    for pred, kind, sources in structural:
        for s, o in union.subject_objects(pred):
            if s in keep and o in keep and kinds[s] in sources and s != o:
                edges.append((s, o, kind, {"kind": kind}))
    for article, s in mentions:
        if article in keep and s in keep:
            edges.append((article, s, "mentions", {"kind": "mentions"}))

    for u, v, key, attrs in sorted(edges, key=lambda e: (str(e[0]), str(e[1]), e[2])):
        G.add_edge(str(u), str(v), key=key, **attrs)
    return G


def _tooltip(
    g: Graph, s: Node, kind: str, attrs: dict[str, Any], posts: list[tuple[str, str, str]]
) -> str:
    """Plain-text tooltip (newline separated; vis-network shows strings as text)."""
    _, _, _, zh, en, _ = KINDS[kind]
    lines = [f"{attrs['label']}  [{zh} {en}]"]
    if attrs.get("pinyin"):
        lines.append(attrs["pinyin"])

    def add(name: str, value: str | None) -> None:
        if value:
            lines.append(f"{name}：{value}")

    if kind == "person":
        if posts:
            lines.append("职务 posts：")
            for date, role, org in posts:
                lines.append("  " + _post_text(role, org or None, None if date == "9999" else date))
    elif kind == "organisation":
        alts = sorted({str(o) for o in g.objects(s, SKOS.altLabel)} - {attrs["label"]})
        add("简称 short forms", "、".join(alts))
        parent = _first(g, s, ORG.subOrganizationOf)
        add("上级 parent", _label_of(g, parent, "organisation") if parent is not None else None)
    elif kind == "project":
        money = _text(g, s, QJ.investmentText) or _money(_first(g, s, QJ.investment))
        add("投资 investment", money)
        add("规模 capacity", _text(g, s, QJ.capacity))
        add("状态 status", _text(g, s, QJ.status))
        place = _first(g, s, SCHEMA.location)
        add("地点 place", _label_of(g, place, "place") if place is not None else None)
    elif kind == "target":
        setter = _first(g, s, QJ.setBy)
        if setter is not None:
            add("设定 set by", _label_of(g, setter, _kind_of(g, setter) or "organisation"))
        evidence = sorted(
            str(sent) for ev in g.objects(s, QJ.evidence) for sent in g.objects(ev, QJ.sentence)
        )
        for sentence in evidence:
            add("依据 evidence", sentence)
    elif kind == "place":
        add("类型 type", _text(g, s, QJ.placeType))
    elif kind == "article":
        add("日期 date", _text(g, s, SCHEMA.datePublished))
        add("来源 source", _text(g, s, SCHEMA.publisher))
        add("文件 file", _text(g, s, QJ.sourceFile))
    if any(_truthy(o) for o in g.objects(s, QJ.lowConfidence)):
        lines.append("（低置信度 low confidence）")
    return "\n".join(line.replace("\r", " ") for line in lines)


# --------------------------------------------------------------------------- HTML


def _display_label(label: str, kind: str) -> str:
    limit = 14 if kind == "article" else 24
    return label if len(label) <= limit else label[: limit - 1] + "…"


_OPTIONS: dict[str, Any] = {
    "physics": {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {
            "gravitationalConstant": -4000,
            "centralGravity": 0.6,
            "springLength": 120,
            "springConstant": 0.03,
            "damping": 0.12,
            "avoidOverlap": 0.3,
        },
        "stabilization": {"enabled": True, "iterations": 1500, "updateInterval": 50, "fit": True},
        "minVelocity": 0.75,
    },
    "layout": {"randomSeed": 20240601, "improvedLayout": True},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
    "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
    "edges": {
        "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "font": {"size": 10, "align": "middle", "color": "#555555"},
    },
}


def _legend(title: str, G: nx.MultiDiGraph) -> str:
    """A small fixed HTML block: title, counts, kind → colour/shape in Chinese and English."""
    swatch_css = {
        "dot": "border-radius:50%",
        "box": "width:18px;height:11px;border-radius:2px",
        "diamond": "width:10px;height:10px;transform:rotate(45deg);margin:0 4px",
        "square": "",
    }
    rows = []
    for _kind, (_, colour, shape, zh, en, shape_zh) in KINDS.items():
        if shape == "star":
            mark = f'<span class="qjkg-sw qjkg-star" style="color:{colour}">★</span>'
        elif shape == "text":
            mark = f'<span class="qjkg-sw qjkg-text" style="color:{colour}">文</span>'
        else:
            mark = f'<span class="qjkg-sw" style="background:{colour};{swatch_css[shape]}"></span>'
        rows.append(f"<li>{mark}{zh} {en} <small>· {shape_zh} {shape}</small></li>")
    grey = EDGE_KINDS["mentions"][2]
    rows.append(
        f'<li><span class="qjkg-line" style="border-color:{grey}"></span>报道提及 mentions</li>'
    )
    rows.append(
        '<li><span class="qjkg-line" style="border-color:#4e79a7"></span>任职等关系 relations</li>'
    )
    low = "（含低置信度 incl. low confidence）" if G.graph.get("include_low") else ""
    n_nodes, n_edges = G.number_of_nodes(), G.number_of_edges()
    return (
        '<div id="qjkg-legend">'
        f'<div class="qjkg-title">{html.escape(title)}</div>'
        f'<div class="qjkg-count">{n_nodes} 节点 nodes · {n_edges} 关系 edges{low}</div>'
        '<div class="qjkg-head">图例 Legend</div>'
        f"<ul>{''.join(rows)}</ul>"
        '<div class="qjkg-hint">悬停查看详情 · hover for details</div>'
        "</div>\n"
    )


_LEGEND_CSS = """<style type="text/css">
#qjkg-legend{position:fixed;top:10px;right:10px;z-index:20;background:rgba(255,255,255,.93);
border:1px solid #ccc;border-radius:6px;padding:8px 12px;font:13px/1.5 sans-serif;color:#222;
box-shadow:0 1px 4px rgba(0,0,0,.15)}
#qjkg-legend ul{list-style:none;margin:4px 0;padding:0}
#qjkg-legend small{color:#777}
#qjkg-legend .qjkg-title{font-weight:bold;font-size:15px}
#qjkg-legend .qjkg-count,#qjkg-legend .qjkg-hint{color:#666;font-size:12px}
#qjkg-legend .qjkg-head{margin-top:4px;font-weight:bold}
.qjkg-sw{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:middle}
.qjkg-star{width:auto;height:auto;background:none;font-size:14px;line-height:12px}
.qjkg-text{width:auto;height:auto;background:#eeeeee;font-size:11px;line-height:13px;padding:0 2px}
.qjkg-line{display:inline-block;width:18px;height:0;border-top:2px solid;margin-right:6px;
vertical-align:middle}
html,body{margin:0;height:100%;overflow:hidden}
div#mynetwork{box-sizing:border-box;border:none;float:none}
</style>
"""


def _network(G: nx.MultiDiGraph) -> Network:
    """A pyvis Network for `G`, nodes and edges in IRI order, parallel edges merged."""
    net = Network(
        height="100vh", width="100%", directed=True, notebook=False, cdn_resources="in_line"
    )
    # Chinese as UTF-8 text (not \\u escapes), keys sorted: stable, readable output.
    net.templateEnv.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    net.options = json.loads(json.dumps(_OPTIONS))  # a plain dict: dumped as given
    for n in sorted(G.nodes):
        a = G.nodes[n]
        _, colour, shape, _, _, _ = KINDS[a["kind"]]
        extra: dict[str, Any] = {"size": 12} if shape in ("dot", "square", "diamond") else {}
        if shape == "star":
            extra["size"] = 16
        elif shape == "text":
            extra["font"] = {"color": "#444444", "size": 12, "background": "#e4e4e4"}
            extra["scaling"] = {"label": {"drawThreshold": 1}}  # still visible zoomed out
        net.add_node(
            n,
            label=_display_label(a["label"], a["kind"]),
            shape=shape,
            color=colour,
            title=a["tooltip"],
            **extra,
        )
    merged: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, _key, a in G.edges(keys=True, data=True):
        merged[(u, v, a["kind"])].append(a)
    for (u, v, kind), group in sorted(merged.items()):
        zh, en, colour = EDGE_KINDS[kind]
        if kind == "member":
            group = sorted(group, key=lambda a: (a.get("date") or "9999", a["role"]))
            roles = list(dict.fromkeys(a["role"] for a in group))
            org = G.nodes[v]["label"]
            lines = [_post_text(a["role"], org, a.get("date")) for a in group]
            net.add_edge(u, v, label="、".join(roles), title="\n".join(lines), color=colour)
        elif kind == "mentions":
            net.add_edge(u, v, title=f"{zh} {en}", color=colour, width=0.5)
        else:
            net.add_edge(u, v, label=zh, title=f"{zh} {en}", color=colour)
    return net


def _offline(page: str, title: str, legend: str) -> str:
    """Strip remote resources, add charset, title, legend; fail if anything remote remains."""
    page = _REMOTE_LINK.sub("", page)
    page = _REMOTE_SCRIPT.sub("", page)
    page = _DEAD_COMMENT.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    head = f"<title>{html.escape(title)}</title>\n" + _LEGEND_CSS
    charset = re.compile(r"<meta\s+charset=[\"']?utf-8[\"']?\s*/?>", re.I)
    if charset.search(page):
        page = charset.sub(lambda m: m.group(0) + "\n" + head, page, count=1)
    else:
        page = page.replace("<head>", '<head>\n<meta charset="utf-8">\n' + head, 1)
    page = page.replace("<html>", '<!DOCTYPE html>\n<html lang="zh-CN">', 1)
    page = page.replace("<body>", "<body>\n" + legend, 1)
    if not page.endswith("\n"):
        page += "\n"
    if _REMOTE_ATTR.search(page):
        raise RuntimeError("view: a remote src/href survived in the generated HTML")
    return page


def to_html(ds: Dataset, include_low: bool = False, title: str = "qjkg") -> str:
    """The complete offline HTML page for `ds` as a string."""
    G = to_networkx(ds, include_low=include_low)
    page = _network(G).generate_html(name="graph.html", notebook=False)
    return _offline(page, title, _legend(title, G))


def render_html(ds: Dataset, path: Path, include_low: bool = False, title: str = "qjkg") -> None:
    """Write the offline HTML view of `ds` to `path` atomically (temp file + os.replace)."""
    path = Path(path)
    page = to_html(ds, include_low=include_low, title=title)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
