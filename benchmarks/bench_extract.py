"""Extraction speed: articles per second over the development articles (printed, not asserted).

Run: .venv/bin/python benchmarks/bench_extract.py [ROUNDS]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from service.extract import extract_article
from service.extract.gazetteer import load_gazetteer
from service.rdf import article_graph

ARTICLES = sorted((Path(__file__).resolve().parent.parent / "data" / "articles").glob("*.txt"))


def main(rounds: int = 20) -> None:
    started = time.perf_counter()
    extract_article(ARTICLES[0])  # loads the gazetteer and compiles the patterns once
    print(f"first article (gazetteer load, pattern compile): {time.perf_counter() - started:.2f} s")
    for stage, work in (("extract", lambda p: extract_article(p)),
                        ("extract + rdf", lambda p: article_graph(extract_article(p), "http://127.0.0.1:8000/"))):
        started = time.perf_counter()
        for _ in range(rounds):
            for path in ARTICLES:
                work(path)
        elapsed = time.perf_counter() - started
        count = rounds * len(ARTICLES)
        print(f"{stage:14} {count} articles in {elapsed:.2f} s: {count / elapsed:.1f} articles/s")
    print(f"gazetteer entries: {len(load_gazetteer().entries)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
