"""The whole line of stages: load → normalise → extract → resolve → RDF → store.

The CLI, the notebook and the tests all build through `run` and `build` here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Dataset
from rdflib.namespace import FOAF, ORG

from graph.extract import extract
from graph.load import LoadError, load_corpus
from graph.model import Article, Extraction
from graph.rdf import QJ, SCHEMA, to_dataset
from graph.resolve import ResolvedCorpus, resolve
from graph.store import to_trig, to_turtle, union, write_outputs, write_text

COUNTED = {
    "articles": SCHEMA.NewsArticle,
    "persons": FOAF.Person,
    "organisations": ORG.Organization,
    "roles": ORG.Role,
    "posts": ORG.Membership,
    "credits": QJ.Credit,
    "projects": QJ.Project,
    "targets": QJ.Target,
    "statistics": QJ.Statistic,
    "places": SCHEMA.Place,
}


class BuildError(Exception):
    """The build produced nothing usable; outputs were left as they were."""


@dataclass
class BuildResult:
    articles: list[Article]
    errors: list[LoadError]
    extractions: list[Extraction]
    resolved: ResolvedCorpus
    dataset: Dataset
    counts: dict[str, int] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return [w for a in self.articles for w in a.warnings]


def count_kinds(ds: Dataset) -> dict[str, int]:
    g = union(ds)
    types = Counter(o for _, _, o in g.triples((None, RDF.type, None)))
    return {name: types.get(cls, 0) for name, cls in COUNTED.items()}


def run(corpus: Path) -> BuildResult:
    """Load every article under `corpus` and turn them into one dataset (nothing written)."""
    loaded = load_corpus(corpus)
    extractions = [extract(article) for article in loaded.articles]
    resolved = resolve(extractions)
    ds = to_dataset(resolved)
    return BuildResult(loaded.articles, loaded.errors, extractions, resolved, ds, count_kinds(ds))


def build(corpus: Path, out: Path, html: bool = True) -> BuildResult:
    """Run the pipeline and write OUT/graph.trig, graph.ttl and graph.html atomically."""
    result = run(corpus)
    if not result.articles:
        problems = "; ".join(str(e) for e in result.errors) or f"{corpus}: no articles found"
        raise BuildError(f"nothing to build: {problems}")
    writers = {
        "graph.trig": write_text(to_trig(result.dataset)),
        "graph.ttl": write_text(to_turtle(union(result.dataset))),
    }
    if html:
        from graph.view import render_html

        def write_html(path: Path) -> None:
            render_html(result.dataset, path, title=f"qjkg — {corpus.name or corpus}")

        writers["graph.html"] = write_html
    result.written = write_outputs(out, writers)
    return result
