"""Extraction speed of two versions of qjkg side by side, on the same text, alternating.

The machines this is run on are shared and noisy: a figure from one run says little, the
ratio of two versions measured in turns says more. Each round runs every version once in a
fresh process (normalise + extract of the corpus repeated to --mb MB, best of 3).

Run:  python bench/compare_speed.py CORPUS                 (this tree against HEAD~1)
      python bench/compare_speed.py CORPUS --base fa171e7 --rounds 5
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MEASURE = r"""
import dataclasses, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from graph.extract import extract
from graph.load import load_corpus
articles = load_corpus(Path(sys.argv[2])).articles
unit = "\n\n".join(a.text for a in articles)
size = float(sys.argv[3]) * 1_000_000
text = (unit + "\n\n") * (int(size // len(unit.encode("utf-8"))) + 1)
big = dataclasses.replace(articles[0], text=text, source="bench.txt")
extract(big)  # tables loaded, patterns compiled
best = float("inf")
for _ in range(3):
    t0 = time.perf_counter()
    extract(big)
    best = min(best, time.perf_counter() - t0)
print(len(text.encode("utf-8")) / 1_000_000 / best)
"""


def speed(tree: Path, corpus: Path, mb: float) -> float:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(tree), str(corpus), str(mb)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),  # import graph from the tree given, not from the cwd
    )
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="folder of articles to measure on")
    ap.add_argument("--base", default="HEAD~1", help="git revision to compare with")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--mb", type=float, default=1.0, help="size of the text in MB (UTF-8)")
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        base_tree = Path(tmp) / "base"
        subprocess.run(
            [
                "git",
                "-C",
                str(ROOT),
                "worktree",
                "add",
                "--detach",
                "-q",
                str(base_tree),
                args.base,
            ],
            check=True,
        )
        try:
            runs: dict[str, list[float]] = {args.base: [], "this tree": []}
            for _ in range(args.rounds):
                runs[args.base].append(speed(base_tree, corpus, args.mb))
                runs["this tree"].append(speed(ROOT, corpus, args.mb))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base_tree)],
                check=False,
            )
    print(f"extraction speed on {corpus} repeated to {args.mb:g} MB, one core, MB/s per round")
    for name, values in runs.items():
        shown = " ".join(f"{v:.2f}" for v in values)
        print(f"  {name:<12} {shown}   median {statistics.median(values):.2f}")
    ratio = statistics.median(runs["this tree"]) / statistics.median(runs[args.base])
    print(f"  ratio (this tree / {args.base}): {ratio:.2f}")


if __name__ == "__main__":
    main()
