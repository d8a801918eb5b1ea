"""Side-by-side benchmark on the development set: qjkg against a naive baseline.

Quality: person names found by qjkg vs. jieba's part-of-speech tagger (`nr` tokens), both
scored with the same matcher (graph.evaluate) against tests/fixtures/dev gold files.
Speed: characters per second of extraction (qjkg: normalise + extract; baseline: jieba
posseg), in one run on the same text, so the ratio holds even on a noisy machine.

Each speed corpus is measured twice: cold (each distinct article once, in a fresh
process, so no cache is warm) and repeated to --mb MB as one article (qjkg and jieba side
by side on the same text).

Run:  python bench/bench_extract.py            (needs the test extra: pip install '.[test]')
      python bench/bench_extract.py --mb 2     (size of the speed corpus, default 1 MB)
      python bench/bench_extract.py --speed-corpus DIR   (also measure on your articles)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from graph.evaluate import load_gold, norm_text
from graph.extract import extract
from graph.load import load_corpus
from graph.model import Article

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "fixtures" / "dev"
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_persons(predicted: dict[str, set[str]], gold: dict[str, set[str]]) -> tuple:
    tp = fp = fn = 0
    for source, names in gold.items():
        pred = {norm_text(n) for n in predicted.get(source, set())}
        want = {norm_text(n) for n in names}
        tp += len(pred & want)
        fp += len(pred - want)
        fn += len(want - pred)
    return tp, fp, fn


def jieba_persons(text: str) -> set[str]:
    import jieba.posseg as pseg

    return {w.word for w in pseg.cut(text) if w.flag == "nr" and len(w.word) >= 2}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of the speed corpus in MB (UTF-8)")
    ap.add_argument(
        "--speed-corpus",
        action="append",
        default=[],
        type=Path,
        metavar="DIR",
        help="another folder of articles to measure speed on (repeatable)",
    )
    ap.add_argument("--cold", type=Path, metavar="DIR", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.cold:
        cold_run(args.cold)
        return

    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()

    from graph.normalise import to_simplified

    for label, folder in (("development set", DEV), ("second set", HELDOUT)):
        golds = {g.source: set(g.persons) for g in load_gold(folder)}
        corpus = load_corpus(folder).articles
        ours = {a.source: {p.name for p in extract(a).persons} for a in corpus}
        baseline = {a.source: jieba_persons(to_simplified(a.text)) for a in corpus}
        print(f"{label}: {len(corpus)} articles, {len(golds)} gold files")
        print("persons                P      R      F1")
        for name, pred in (("qjkg", ours), ("jieba posseg nr", baseline)):
            p, r, f = prf(*score_persons(pred, golds))
            print(f"  {name:<18} {p:.3f}  {r:.3f}  {f:.3f}")
    articles = load_corpus(DEV).articles

    # Speed: each corpus repeated to the requested size as one big article; qjkg and
    # the baseline run on the same text in the same process, so their ratio is stable.
    seeds = "\n\n".join(a.text for a in load_corpus(ROOT / "corpus").articles)
    unit = "\n\n".join(a.text for a in articles)
    speed_sets = [("seed articles (real news)", ROOT / "corpus", seeds)]
    speed_sets.append(("development set (dense)", DEV, unit))
    for folder in args.speed_corpus:
        text = "\n\n".join(a.text for a in load_corpus(folder).articles)
        speed_sets.append((f"{folder.name}/ ({folder})", folder, text))
    for label, folder, text in speed_sets:
        # Cold: each distinct article once, in a fresh process (no warm caches).
        out = subprocess.run(
            [sys.executable, __file__, "--cold", str(folder)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        chars, mb, seconds = int(out[0]), float(out[1]), float(out[2])
        print(
            f"cold run on {label}: {chars:,} characters in distinct articles, each once, "
            f"fresh process: {seconds:.3f} s, {mb / seconds:.2f} MB/s"
        )
        reps = max(1, int(args.mb * 1_000_000 / len(text.encode("utf-8"))) + 1)
        big_text = (text + "\n\n") * reps
        size_mb = len(big_text.encode("utf-8")) / 1_000_000
        big = Article("bench.txt", "bench.txt", big_text, "bench", None, "衢江区")
        extract(Article("w.txt", "w.txt", WARM_UP, "w", None, "衢江区"))  # tables, patterns
        t0 = time.perf_counter()
        ex = extract(big)
        t_ours = time.perf_counter() - t0
        t0 = time.perf_counter()
        list(jieba.posseg.cut(to_simplified(big_text)))
        t_jieba = time.perf_counter() - t0
        print(f"speed on {label}: {size_mb:.2f} MB ({len(big_text):,} characters), one core")
        print(
            f"  qjkg extract      {t_ours:7.2f} s  {size_mb / t_ours:6.2f} MB/s  "
            f"({len(ex.posts)} posts, {len(ex.figures)} figures)"
        )
        print(f"  jieba posseg      {t_jieba:7.2f} s  {size_mb / t_jieba:6.2f} MB/s")
        print(f"  ratio (jieba time / qjkg time): {t_jieba / t_ours:.2f}")

    tracemalloc.start()
    extract(Article("m.txt", "m.txt", unit * 10, "m", None, "衢江区"))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"peak Python memory extracting {len(unit) * 10:,} characters: {peak / 1e6:.1f} MB")


# One sentence of each kind, so that a cold run measures extraction, not the compiling of
# patterns on first use; its strings are not those of any measured corpus.
WARM_UP = (
    "(记者 甲乙丙)区委副书记、区长丁戊己表示,力争全年新引进亿元以上项目20个,"
    "推进某某新材料有限公司年产5万吨纤维项目和某某度假酒店建设。上方镇党委书记庚辛壬说。"
)


def cold_run(folder: Path) -> None:
    """Extract every article of a folder once, in this (fresh) process; print the size
    (characters, MB) and the seconds taken, for the parent run to report."""
    articles = load_corpus(folder).articles
    extract(Article("w.txt", "w.txt", WARM_UP, "w", None, "衢江区"))  # tables, patterns
    t0 = time.perf_counter()
    for article in articles:
        extract(article)
    seconds = time.perf_counter() - t0
    chars = sum(len(a.text) for a in articles)
    mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1_000_000
    print(chars, mb, seconds)


if __name__ == "__main__":
    main()
