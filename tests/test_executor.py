"""The executor's row cap (the engine writes a SELECT whose own LIMIT is within the cap; else rows are
counted), and its in-memory copy of the current version."""

from __future__ import annotations

import json
import time

import pyoxigraph as ox
import pytest

from service import executor, store

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


# --- the in-memory copy ------------------------------------------------------------------------

#: Blank nodes, a language tag, a typed literal and an empty named graph: what a copy could lose.
DATA = f"""_:b1 <{EX}p> "un"@fr <{EX}g1> .
_:b1 <{EX}q> "1.50"^^<http://www.w3.org/2001/XMLSchema#decimal> <{EX}g1> .
<{EX}a> <{EX}p> _:b2 .
"""
QUERIES = (
    "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } ORDER BY ?g ?s ?p ?o",
    "SELECT ?g WHERE { GRAPH ?g { } } ORDER BY ?g",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o",
)


def request(version, text: str, **dataset) -> executor.QueryRequest:
    return executor.QueryRequest(str(version), text, "application/sparql-results+json", "application/n-triples",
                                 100, **dataset)


def until_in_memory(pool: executor.ExecutorPool, req: executor.QueryRequest) -> executor.QueryAnswer:
    """Ask until the executor answers from its copy (made in the background; never waited for)."""
    deadline = time.monotonic() + 60
    while not (answer := pool.run(req, timeout=30)).in_memory and time.monotonic() < deadline:
        time.sleep(0.05)
    return answer


def test_an_executor_answers_from_an_in_memory_copy_of_each_new_version(tmp_path):
    path = tmp_path / "store"

    def fill(db: ox.Store) -> None:
        db.load(DATA.encode(), format=ox.RdfFormat.N_QUADS)
        db.add_graph(ox.NamedNode(f"{EX}empty"))

    store.write_new_version(path, fill)
    pool = executor.ExecutorPool(1, memory_triples=100)
    try:
        first = store.current_version(path)
        disk = ox.Store.read_only(str(first))
        datasets = ({}, {"default_graphs": (f"{EX}g1",), "named_graphs": (f"{EX}g1", f"{EX}empty")})
        for text in QUERIES:
            for dataset in datasets:
                answer = until_in_memory(pool, request(first, text, **dataset))
                assert answer.in_memory
                # The same bytes as from disk: blank node labels, literals and graphs survive the copy.
                assert answer.body == executor.evaluate(disk, request(first, text, **dataset)).body
        assert b"empty" in pool.run(request(first, QUERIES[1]), timeout=30).body

        store.EmbeddedStore(path).update(f'INSERT DATA {{ GRAPH <{EX}g2> {{ <{EX}new> <{EX}p> "new" }} }}')
        second = store.current_version(path)
        assert second != first
        ask = f"ASK {{ GRAPH <{EX}g2> {{ <{EX}new> <{EX}p> \"new\" }} }}"
        answer = pool.run(request(second, ask), timeout=30)  # at once, from disk or memory: never the old copy
        assert json.loads(answer.body)["boolean"] is True
        answer = until_in_memory(pool, request(second, ask))
        assert answer.in_memory and json.loads(answer.body)["boolean"] is True
    finally:
        pool.close()


def test_no_copy_of_a_version_over_the_threshold(tmp_path):
    path = tmp_path / "store"
    store.write_new_version(path, lambda db: db.load(DATA.encode(), format=ox.RdfFormat.N_QUADS))
    small, big = executor.ExecutorPool(1, memory_triples=3), executor.ExecutorPool(1, memory_triples=2)
    try:
        req = request(store.current_version(path), QUERIES[0])
        assert until_in_memory(small, req).in_memory  # 3 quads: copied
        for _ in range(5):  # by now the small pool's copy was made; the big one never starts
            assert not big.run(req, timeout=30).in_memory
            time.sleep(0.05)
    finally:
        small.close()
        big.close()


def test_a_replacement_executor_makes_its_own_copy(tmp_path):
    from sparql_fixtures import pathological_query

    path = tmp_path / "store"
    store.write_new_version(path, lambda db: db.load(DATA.encode(), format=ox.RdfFormat.N_QUADS))
    version = store.current_version(path)
    pool = executor.ExecutorPool(1, memory_triples=100)
    try:
        assert until_in_memory(pool, request(version, QUERIES[0])).in_memory
        with pytest.raises(executor.QueryTimeout):  # the child is killed and replaced
            pool.run(request(version, pathological_query()), timeout=1)
        answer = until_in_memory(pool, request(version, QUERIES[0]))
        assert answer.in_memory
        assert answer.body == executor.evaluate(ox.Store.read_only(str(version)), request(version, QUERIES[0])).body
    finally:
        pool.close()
