"""Extraction of a corpus, for counting its CPU instructions under valgrind.

Wall-clock rounds on a shared machine cannot tell a 5% change apart; an instruction count
can. Run it twice, with and without `run`, and subtract: what is left is the extraction of
every article once, cold (the tables and patterns are loaded in both runs).

Run:  PYTHONHASHSEED=0 valgrind --tool=callgrind python bench/count_instructions.py ROOT CORPUS run
      PYTHONHASHSEED=0 valgrind --tool=callgrind python bench/count_instructions.py ROOT CORPUS
ROOT is the folder holding the `graph` package to measure (a checkout or a git archive).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])

from graph.extract import extract  # noqa: E402
from graph.load import load_corpus  # noqa: E402
from graph.model import Article  # noqa: E402

articles = load_corpus(Path(sys.argv[2])).articles
warm_up = "(记者 甲乙丙)区委副书记、区长丁戊己表示,力争全年新引进亿元以上项目20个。"
extract(Article("w.txt", "w.txt", warm_up, "w", None, "衢江区"))  # tables, patterns
if sys.argv[3:] == ["run"]:
    for article in articles:
        extract(article)
