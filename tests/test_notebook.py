"""Runs notebooks/01_quickstart.ipynb end to end and checks what its cells print.

The notebook builds the bundled corpus into a `tempfile.mkdtemp` folder; the kernel is
started with TMPDIR pointing at pytest's tmp_path, so that folder lands there and the test
can check that nothing was written into the repository.
"""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is needed to read the notebook")
nbclient = pytest.importorskip("nbclient", reason="nbclient is needed to execute the notebook")
pytest.importorskip("ipykernel", reason="ipykernel is needed to run the python3 kernel")

REPO_ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO_ROOT / "notebooks" / "01_quickstart.ipynb"
OUTPUT_NAMES = ("graph.trig", "graph.ttl", "graph.html")


def _repo_outputs() -> set[Path]:
    """Graph files anywhere in the repository outside tests/ (there should be none new)."""
    return {
        p
        for name in OUTPUT_NAMES
        for p in REPO_ROOT.rglob(name)
        if ".git" not in p.parts and "tests" not in p.relative_to(REPO_ROOT).parts
    }


def _text(cell) -> str:
    """Everything a code cell printed or displayed as plain text / HTML."""
    parts = []
    for out in cell.get("outputs", []):
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type in ("execute_result", "display_data"):
            data = out.get("data", {})
            parts.append(data.get("text/plain", ""))
            parts.append(data.get("text/html", ""))
    return "".join(parts)


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """The notebook after execution, its cells by tag, and the temp folder it used."""
    tmp = tmp_path_factory.mktemp("nbtmp")
    before = _repo_outputs()
    mp = pytest.MonkeyPatch()
    mp.setenv("TMPDIR", str(tmp))  # inherited by the kernel process → mkdtemp goes here
    try:
        nb = nbformat.read(NOTEBOOK, as_version=4)
        client = nbclient.NotebookClient(
            nb,
            timeout=600,
            kernel_name="python3",
            resources={"metadata": {"path": str(REPO_ROOT)}},
        )
        client.execute()
    finally:
        mp.undo()
    cells = {}
    for cell in nb.cells:
        if cell.cell_type == "code":
            for tag in cell.metadata.get("tags", []):
                cells[tag] = cell
    return nb, cells, tmp, before


def test_committed_notebook_is_clean():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has no code cells"
    for cell in code:
        assert cell.outputs == [], "commit the notebook with outputs cleared"
        assert cell.execution_count is None


def test_runs_without_error(executed):
    nb, cells, _, _ = executed
    for cell in nb.cells:
        if cell.cell_type == "code":
            errors = [o for o in cell.outputs if o.output_type == "error"]
            assert not errors, f"cell failed: {errors}"
    expected = {"setup", "build", "load", "query-posts", "query-targets", "query-projects"}
    assert expected | {"networkx", "view"} <= set(cells)


def test_build_counts(executed):
    _, cells, tmp, _ = executed
    text = _text(cells["build"])
    assert "counts per kind" in text
    for kind in ("articles", "persons", "organisations", "posts", "projects", "targets"):
        assert kind in text
    assert "built 2 articles" in text
    assert str(tmp) in text, "the build should go to a tempfile.mkdtemp folder"


def test_query_outputs(executed):
    _, cells, _, _ = executed
    posts = _text(cells["query-posts"])
    assert "宋韬" in posts and "镇长" in posts and "衢江区上方镇人民政府" in posts
    assert "衢江区人民代表大会" in posts
    targets = _text(cells["query-targets"])
    assert "规上工业产值增速" in targets and "2026" in targets and "张迎春" in targets
    projects = _text(cells["query-projects"])
    assert "罗樟源水库" in projects and "大洲镇" in projects
    assert "projects have a known place" in projects


def test_networkx_summary(executed):
    _, cells, _, _ = executed
    text = _text(cells["networkx"])
    assert "nodes per kind" in text
    assert "organisation" in text and "person" in text
    assert "organisations with most members" in text
    assert "衢江区人民代表大会" in text
    assert "connected components" in text


def test_view_and_no_writes_into_repo(executed):
    _, cells, tmp, before = executed
    text = _text(cells["view"])
    assert "graph.html" in text and str(tmp) in text
    assert "<iframe" in text
    written = list(Path(tmp).rglob("graph.html"))
    assert written, "graph.html was not rendered into the temporary folder"
    assert _repo_outputs() == before, "the notebook wrote graph files into the repository"
