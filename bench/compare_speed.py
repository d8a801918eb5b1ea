"""Extraction speed of two versions of qjkg side by side, on the same articles, in turns.

The machines this is run on are shared and noisy: a figure from one run says little, the
ratio of two versions measured in turns says more. Time is the process's CPU time (one
core), so that other work on the machine slows a round less. Each round runs every
version once in a fresh process, which extracts each article of the corpus once (cold: no
memoised helper is warm, as for a user's new articles). With --repeat-mb the corpus is instead repeated
to that many MB as one text and timed warm (best of 3), which flatters caches.

Run:  python bench/compare_speed.py CORPUS                 (this tree against HEAD~1)
      python bench/compare_speed.py CORPUS --base fa171e7 --rounds 7
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MEASURE = r"""
import dataclasses, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from graph.extract import extract
from graph.load import load_corpus
from graph.model import Article
articles = load_corpus(Path(sys.argv[2])).articles
repeat_mb = float(sys.argv[3])
warm_up = (
    "(记者 甲乙丙)区委副书记、区长丁戊己表示,力争全年新引进亿元以上项目20个,"
    "推进某某新材料有限公司年产5万吨纤维项目和某某度假酒店建设。上方镇党委书记庚辛壬说。"
)
extract(Article("w.txt", "w.txt", warm_up, "w", None, "衢江区"))  # tables, patterns
if repeat_mb:
    unit = "\n\n".join(a.text for a in articles)
    text = (unit + "\n\n") * (int(repeat_mb * 1e6 // len(unit.encode("utf-8"))) + 1)
    articles = [dataclasses.replace(articles[0], text=text, source="bench.txt")]
    extract(articles[0])
    seconds = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        extract(articles[0])
        seconds = min(seconds, time.process_time() - t0)
else:
    t0 = time.process_time()
    for article in articles:
        extract(article)
    seconds = time.process_time() - t0
print(sum(len(a.text.encode("utf-8")) for a in articles) / 1e6 / seconds)
"""


def speed(tree: Path, corpus: Path, repeat_mb: float) -> float:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(tree), str(corpus), str(repeat_mb)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),  # import graph from the tree given, not from the cwd
    )
    return float(out.stdout.strip())


def export(revision: str, into: Path) -> None:
    """The files of `revision`, written to `into` (git archive: .git is left alone)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision, "graph"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="folder of articles to measure on")
    ap.add_argument("--base", default="HEAD~1", help="git revision to compare with")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument(
        "--repeat-mb", type=float, default=0.0, help="time the corpus repeated to this many MB"
    )
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    runs: dict[str, list[float]] = {args.base: [], "this tree": []}
    with tempfile.TemporaryDirectory() as tmp:
        export(args.base, Path(tmp))
        for _ in range(args.rounds):
            runs[args.base].append(speed(Path(tmp), corpus, args.repeat_mb))
            runs["this tree"].append(speed(ROOT, corpus, args.repeat_mb))
    how = (
        f"repeated to {args.repeat_mb:g} MB, warm"
        if args.repeat_mb
        else "each article once, fresh process"
    )
    print(f"extraction speed on {corpus} ({how}), one core, MB/s per round")
    for name, values in runs.items():
        shown = " ".join(f"{v:.2f}" for v in values)
        print(f"  {name:<12} {shown}   median {statistics.median(values):.2f}")
    ratio = statistics.median(runs["this tree"]) / statistics.median(runs[args.base])
    print(f"  ratio (this tree / {args.base}): {ratio:.2f}")


if __name__ == "__main__":
    main()
