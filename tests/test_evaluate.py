"""Extraction scored against the gold files of the development articles."""

from __future__ import annotations

from pathlib import Path

from service.evaluate import evaluate

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def test_expulsion_order_targets_on_the_development_articles():
    report = evaluate(ARTICLES)
    assert report.articles == 4
    exact = report.scores["expulsion orders (all right)"]
    assert exact.precision >= 0.95, report.table()
    assert exact.recall >= 0.9, report.table()
    assert report.scores["entity wikidata ids"].precision >= 0.95
    assert "expulsion orders (all right)" in report.table()
