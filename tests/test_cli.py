"""End-to-end tests of the `qjkg` command (graph/cli.py) on the bundled corpus."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.cli import main

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
GOLD = REPO / "tests" / "gold"
OUTPUTS = ("graph.trig", "graph.ttl", "graph.html")
KINDS = (
    "articles",
    "persons",
    "organisations",
    "roles",
    "posts",
    "credits",
    "projects",
    "targets",
    "statistics",
    "places",
)
PERSONS_ZH = (
    'SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n . FILTER(lang(?n) = "zh") } ORDER BY ?n'
)

GOOD = (
    "衢江区召开招商引资推进会\n\n2月14日,衢江区召开招商引资工作推进会。区发改局局长章李华表示,"
    "2025年力争规上工业产值增速达到10%以上。\n"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 256 + bytes(range(256))


@dataclass
class Run:
    code: int
    out: str
    err: str


def qjkg(*args: str | Path, env: dict[str, str] | None = None) -> Run:
    """`python -m graph ARGS` in a fresh process, from the repository root."""
    proc = subprocess.run(
        [sys.executable, "-m", "graph", *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        timeout=120,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """`graph.cli.main(ARGS)` in this process, with its exit code and output."""

    def call(*args: str | Path) -> Run:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse: --help, usage errors
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return call


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Run]]:
    """The bundled corpus built once, through a subprocess, for the read-only tests."""
    out = tmp_path_factory.mktemp("built") / "out"
    run = qjkg("build", "corpus", "-o", out, env={"PYTHONHASHSEED": "1"})
    assert run.code == 0, run.err
    yield out, run


def counts(stdout: str) -> dict[str, int]:
    found = dict(re.findall(r"^\s+(\w+)\s+(\d+)\s*$", stdout, re.M))
    return {k: int(v) for k, v in found.items()}


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# ---------------------------------------------------------------- build


def test_build_writes_three_files_and_prints_counts(built: tuple[Path, Run]) -> None:
    out, run = built
    assert "built 2 article(s)" in run.out
    got = counts(run.out)
    assert set(got) == set(KINDS)
    assert got["articles"] == 2
    for kind in ("persons", "organisations", "roles", "posts", "projects", "targets", "places"):
        assert got[kind] > 0, kind
    for name in OUTPUTS:
        assert (out / name).is_file()
        assert (out / name).stat().st_size > 0
        assert str(out / name) in run.out
    assert "Traceback" not in run.err


def test_printed_counts_match_the_written_graph(built: tuple[Path, Run]) -> None:
    from graph.pipeline import count_kinds
    from graph.store import load_graph

    out, run = built
    assert count_kinds(load_graph(out / "graph.trig")) == counts(run.out)


def test_graph_files_parse(built: tuple[Path, Run]) -> None:
    from rdflib import Dataset, Graph

    out, _ = built
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    g = Graph()
    g.parse(out / "graph.ttl", format="turtle")
    assert len(g) > 100
    named = [c for c in ds.graphs() if len(c)]
    assert len(named) >= 2  # one graph per article
    assert sum(len(c) for c in named) >= len(g)


def test_graph_html_is_offline(built: tuple[Path, Run]) -> None:
    out, _ = built
    page = (out / "graph.html").read_text(encoding="utf-8")
    remote = re.findall(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//[^"'\s>]*""", page, re.I)
    assert remote == []
    assert "衢江区" in page


def test_build_twice_is_byte_identical(
    built: tuple[Path, Run], tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _ = built
    monkeypatch.chdir(REPO)
    run = cli("build", "corpus", "-o", tmp_path / "again")
    assert run.code == 0, run.err
    for name in OUTPUTS:
        assert (tmp_path / "again" / name).read_bytes() == (first / name).read_bytes(), name
    # Building over an existing output folder gives the same bytes again.
    run = cli("build", CORPUS, "-o", tmp_path / "again")
    assert run.code == 0, run.err
    for name in OUTPUTS:
        assert (tmp_path / "again" / name).read_bytes() == (first / name).read_bytes(), name
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "again"]
    assert leftovers == []  # no temporary folders left behind


def test_one_bad_file_among_good_ones(tmp_path: Path, cli) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "003_7a56a6a6a910d565.txt", corpus)
    write(corpus, "good.txt", GOOD)
    write(corpus, "broken.txt", PNG)
    out = tmp_path / "out"
    run = cli("build", corpus, "-o", out, "--no-html")
    assert run.code == 0, run.err
    assert "built 2 article(s)" in run.out
    assert counts(run.out)["articles"] == 2
    bad_lines = [line for line in run.err.splitlines() if "broken.txt" in line]
    assert len(bad_lines) == 1
    assert "binary" in bad_lines[0]
    trig = (out / "graph.trig").read_text(encoding="utf-8")
    assert '"good.txt"' in trig and '"003_7a56a6a6a910d565.txt"' in trig
    assert "broken.txt" not in trig
    assert "章李华" in trig


def test_only_bad_files_leave_the_output_folder_as_it_was(tmp_path: Path, cli) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, "empty.txt", b"")
    write(corpus, "image.txt", PNG)
    write(corpus, "junk.md", b"\xff\xfa\x80" * 20)
    out = tmp_path / "out"
    sentinel = b"# sentinel: an earlier build\n"
    write(out, "graph.trig", sentinel)
    before = sorted(p.name for p in tmp_path.iterdir())
    run = cli("build", corpus, "-o", out)
    assert run.code != 0
    assert (out / "graph.trig").read_bytes() == sentinel
    assert sorted(p.name for p in out.iterdir()) == ["graph.trig"]
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no temporary folder left
    for name in ("empty.txt", "image.txt", "junk.md"):
        assert name in run.err
    assert "Traceback" not in run.err


def test_only_bad_files_through_a_subprocess(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, "image.html", PNG)
    out = tmp_path / "out"
    write(out, "graph.trig", "sentinel")
    run = qjkg("build", corpus, "-o", out)
    assert run.code != 0
    assert "image.html" in run.err
    assert "Traceback" not in run.err
    assert (out / "graph.trig").read_text() == "sentinel"


def test_missing_corpus_folder(tmp_path: Path, cli) -> None:
    missing = tmp_path / "no-such-corpus"
    out = tmp_path / "out"
    run = cli("build", missing, "-o", out)
    assert run.code != 0
    assert str(missing) in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert not out.exists()


def test_empty_corpus_folder(tmp_path: Path, cli) -> None:
    (tmp_path / "corpus").mkdir()
    run = cli("build", tmp_path / "corpus", "-o", tmp_path / "out")
    assert run.code != 0
    assert "corpus" in run.err
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- query


def test_query_table(built: tuple[Path, Run], cli) -> None:
    out, _ = built
    run = cli("query", out / "graph.trig", PERSONS_ZH)
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[0].strip() == "n"
    assert set(lines[1]) <= {"-", "+"}
    assert "宋韬" in run.out and "章李华" in run.out
    assert re.search(r"^\(\d+ rows\)$", run.out, re.M)


def test_query_csv(built: tuple[Path, Run], cli) -> None:
    out, _ = built
    run = cli("query", out / "graph.trig", PERSONS_ZH, "--format", "csv")
    assert run.code == 0, run.err
    rows = list(csv.reader(io.StringIO(run.out)))
    assert rows[0] == ["n"]
    names = [r[0] for r in rows[1:]]
    assert "宋韬" in names and names == sorted(names)


def test_query_json(built: tuple[Path, Run], cli) -> None:
    out, _ = built
    run = cli("query", out, PERSONS_ZH, "--format", "json")  # a build folder works too
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert isinstance(data, list) and data
    assert all(set(row) == {"n"} for row in data)
    assert "章李华" in {row["n"] for row in data}


def test_query_ask_json(built: tuple[Path, Run], cli) -> None:
    out, _ = built
    run = cli("query", out, 'ASK { ?p foaf:name "宋韬"@zh }', "--format", "json")
    assert run.code == 0, run.err
    assert json.loads(run.out) == {"boolean": True}


def test_query_file(built: tuple[Path, Run], tmp_path: Path, cli) -> None:
    out, _ = built
    rq = write(
        tmp_path,
        "orgs.rq",
        "# organisations and their short forms\n"
        "SELECT ?label ?alias WHERE {\n"
        "  ?o a org:Organization ; skos:prefLabel ?label ; skos:altLabel ?alias .\n"
        '  FILTER(lang(?label) = "zh")\n'
        "} ORDER BY ?label ?alias\n",
    )
    run = cli("query", out / "graph.trig", "--file", rq, "--format", "csv")
    assert run.code == 0, run.err
    rows = list(csv.reader(io.StringIO(run.out)))
    assert rows[0] == ["label", "alias"]
    assert ["衢江区发展和改革局", "区发改局"] in rows


def test_query_file_through_a_subprocess(built: tuple[Path, Run], tmp_path: Path) -> None:
    out, _ = built
    rq = write(tmp_path, "q.rq", PERSONS_ZH)
    run = qjkg("query", out / "graph.trig", "--file", rq, "--format", "json")
    assert run.code == 0, run.err
    assert "宋韬" in {row["n"] for row in json.loads(run.out)}


def test_query_missing_graph_file(tmp_path: Path, cli) -> None:
    missing = tmp_path / "nowhere" / "graph.trig"
    run = cli("query", missing, PERSONS_ZH)
    assert run.code != 0
    assert str(missing) in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert run.out == ""


def test_query_missing_query_file(built: tuple[Path, Run], tmp_path: Path, cli) -> None:
    out, _ = built
    run = cli("query", out, "--file", tmp_path / "missing.rq")
    assert run.code != 0
    assert "missing.rq" in run.err


def test_query_bad_sparql(built: tuple[Path, Run], cli) -> None:
    out, _ = built
    run = cli("query", out, "SELEC ?x WHERE { }")
    assert run.code != 0
    assert "SPARQL" in run.err
    assert "Traceback" not in run.err


def test_query_unreadable_graph_file(tmp_path: Path, cli) -> None:
    bad = write(tmp_path, "graph.trig", "this is { not trig")
    run = cli("query", bad, PERSONS_ZH)
    assert run.code != 0
    assert str(bad) in run.err


# ---------------------------------------------------------------- help


@pytest.mark.parametrize(
    ("args", "purpose"),
    [
        ((), ("build", "query", "eval", "entities", "validate")),
        (("build",), ("graph.trig", "graph.ttl", "graph.html", "CORPUS")),
        (("query",), ("SPARQL", "--format", "--file")),
        (("eval",), ("gold", "precision", "F1")),
        (("entities",), ("entities", "--type")),
        (("validate",), ("Validate", "shapes")),
    ],
)
def test_help(args: tuple[str, ...], purpose: tuple[str, ...]) -> None:
    run = qjkg(*args, "--help")
    assert run.code == 0, run.err
    assert run.out.startswith("usage: qjkg")
    for word in purpose:
        assert word in run.out, word


def test_no_command_prints_help(cli) -> None:
    run = cli()
    assert run.code != 0
    assert "usage: qjkg" in run.out + run.err


# ---------------------------------------------------------------- eval, entities, validate


def test_eval_prints_a_prf_table(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    run = cli("eval", "tests/gold", "corpus")
    assert run.code == 0, run.err
    header = next(line for line in run.out.splitlines() if line.split()[:1] == ["kind"])
    assert header.split()[1:4] == ["P", "R", "F1"]
    rows = {
        m.group(1): tuple(float(x) for x in m.groups()[1:])
        for m in re.finditer(r"^\s*([\w-]+)\s+(\d\.\d+)\s+(\d\.\d+)\s+(\d\.\d+)", run.out, re.M)
    }
    for kind in ("persons", "person-role", "credits", "projects", "targets"):
        assert kind in rows, kind
        assert all(0.0 <= v <= 1.0 for v in rows[kind])
    assert "articles scored: 2" in run.out


def test_eval_verbose(cli) -> None:
    run = cli("eval", GOLD, CORPUS, "--verbose")
    assert run.code == 0, run.err
    assert "F1" in run.out


def test_eval_missing_gold_folder(tmp_path: Path, cli) -> None:
    run = cli("eval", tmp_path / "no-gold", CORPUS)
    assert run.code != 0
    assert "no-gold" in run.err
    assert "Traceback" not in run.err


def test_entities_org_lists_short_forms(built: tuple[Path, Run], cli) -> None:
    out, _ = built
    run = cli("entities", out, "--type", "org", "--format", "csv")
    assert run.code == 0, run.err
    rows = list(csv.DictReader(io.StringIO(run.out)))
    fgj = [r for r in rows if r["label"] == "衢江区发展和改革局"]
    assert len(fgj) == 1
    assert "区发改局" in fgj[0]["aliases"]
    assert all(r["type"].startswith("org") for r in rows)


def test_entities_person(built: tuple[Path, Run], cli) -> None:
    out, _ = built
    run = cli("entities", out, "--type", "person")
    assert run.code == 0, run.err
    assert "宋韬" in run.out and "章李华" in run.out


def test_entities_project(built: tuple[Path, Run], cli) -> None:
    out, _ = built
    run = cli("entities", out, "--type", "project", "--format", "json")
    assert run.code == 0, run.err
    assert all(row["type"] == "project" for row in json.loads(run.out))


def test_entities_place(built: tuple[Path, Run], cli) -> None:
    out, _ = built
    run = cli("entities", out, "--type", "place", "--format", "json")
    assert run.code == 0, run.err
    rows = json.loads(run.out)
    assert "衢江区" in {row["label"] for row in rows}
    assert all(row["type"] == "place" for row in rows)


def test_entities_missing_graph(tmp_path: Path, cli) -> None:
    run = cli("entities", tmp_path / "missing.trig")
    assert run.code != 0
    assert "missing.trig" in run.err


def test_validate_conforms(built: tuple[Path, Run], cli) -> None:
    out, _ = built
    run = cli("validate", out / "graph.trig")
    assert run.code == 0, run.out + run.err
    assert run.out.strip() == "conforms"


def test_validate_missing_graph(tmp_path: Path, cli) -> None:
    run = cli("validate", tmp_path / "missing.trig")
    assert run.code != 0
    assert "missing.trig" in run.err


def test_low_confidence_facts_are_marked_and_left_out_unless_asked(tmp_path: Path, cli) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "测试稿件\n随后,局长王建国冒雨指导。区经信局局长朱宏表示,要抓落实。\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert cli("build", corpus, "-o", out, "--no-html").code == 0
    query = (
        "SELECT ?n WHERE { ?m a org:Membership ; org:member/foaf:name ?n . "
        'FILTER(lang(?n) = "zh") } ORDER BY ?n'
    )
    default = cli("query", out / "graph.trig", query, "--format", "csv")
    assert default.code == 0, default.err
    assert default.out.split() == ["n", "朱宏"]
    everything = cli("query", out / "graph.trig", query, "--format", "csv", "--include-low")
    assert everything.out.split() == ["n", "朱宏", "王建国"]
    marked = cli(
        "query",
        out / "graph.trig",
        "SELECT ?c WHERE { ?m qj:lowConfidence true ; qj:confidence ?c }",
        "--include-low",
    )
    assert "0.4" in marked.out
