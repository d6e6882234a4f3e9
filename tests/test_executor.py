"""The executor's row cap: the engine writes a SELECT whose own LIMIT is within the cap; else rows are counted."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from service import executor

EX = "http://example.org/"


@pytest.mark.parametrize(
    ("text", "within"),
    [
        ("SELECT * { ?s ?p ?o } LIMIT 10", True),
        ("SELECT * { ?s ?p ?o }\nlimit 10 offset 5\n", True),
        ("SELECT * { ?s ?p ?o } OFFSET 5 LIMIT 10", True),
        ("SELECT * { ?s ?p ?o } LIMIT 11", False),  # over the cap of 10
        ("SELECT * { ?s ?p ?o } # LIMIT 5", False),  # a comment, not a clause
        ("SELECT * { ?s ?p ?o }\n# LIMIT 5", False),
        ("SELECT * { ?s <http://x/#p> ?o } LIMIT 5", False),  # a # on the line: counted, to be safe
        ("SELECT * { { SELECT * { ?s ?p ?o } LIMIT 5 } }", False),  # a subquery's LIMIT
        ("SELECT * { ?s ?p ?o } LIMIT 5 VALUES ?s { <http://x/a> }", False),
        ("SELECT * { ?s ?p ?o }", False),
    ],
)
def test_within_cap(text, within):
    assert executor.within_cap(text, 10) is within


@pytest.fixture(scope="module")
def db():
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"{EX}s{n}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(n))) for n in range(30))
    return store


def run(db, text: str, limit: int = 10, media_type: str = "application/sparql-results+json"):
    return executor.evaluate(db, executor.QueryRequest("", text, media_type, "application/n-triples", limit))


def test_a_limit_within_the_cap_is_written_whole(db):
    answer = run(db, "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 7")
    assert not answer.truncated
    assert len(json.loads(answer.body)["results"]["bindings"]) == 7


def test_a_larger_result_is_cut_at_the_cap_and_marked(db):
    for text in ("SELECT ?o WHERE { ?s ?p ?o }", "SELECT ?o WHERE { ?s ?p ?o } LIMIT 25"):
        answer = run(db, text)
        assert answer.truncated
        assert len(json.loads(answer.body)["results"]["bindings"]) == 10


def test_every_results_format_is_capped_alike(db):
    answer = run(db, "SELECT ?s ?o WHERE { ?s ?p ?o }", media_type="text/tab-separated-values")
    assert answer.truncated and answer.body.count(b"\n") == 11  # header and 10 rows


def test_constructed_triples_are_capped(db):
    answer = run(db, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 8")  # a template may make many triples per row
    assert not answer.truncated and answer.body.count(b"\n") == 8
    answer = run(db, "CONSTRUCT WHERE { ?s ?p ?o }")
    assert answer.truncated and answer.body.count(b"\n") == 10
