"""The store swaps versions atomically and keeps serving the old one when a build fails."""

from __future__ import annotations

import subprocess

import pyoxigraph as ox
import pytest

from service import store

EX = "http://example.org/"


def quad(n: int) -> ox.Quad:
    return ox.Quad(ox.NamedNode(f"{EX}s{n}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(n)), ox.NamedNode(f"{EX}g"))


def fill_with(*numbers: int):
    return lambda s: s.extend([quad(n) for n in numbers])


def count(path) -> int:
    return len(list(store.EmbeddedStore(path).current().quads_for_pattern(None, None, None)))


def test_nothing_built_is_reported(tmp_path):
    assert store.current_version(tmp_path / "store") is None
    with pytest.raises(store.StoreMissing):
        store.EmbeddedStore(tmp_path / "store").current()


def test_new_version_replaces_the_old(tmp_path):
    path = tmp_path / "store"
    first = store.write_new_version(path, fill_with(1, 2))
    second = store.write_new_version(path, fill_with(3))
    assert first != second
    assert store.current_version(path) == second
    assert count(path) == 1


def test_failed_build_leaves_the_current_store(tmp_path):
    path = tmp_path / "store"
    good = store.write_new_version(path, fill_with(1, 2))

    def broken(s):
        s.extend([quad(9)])
        raise ValueError("extraction failed")

    with pytest.raises(ValueError):
        store.write_new_version(path, broken)
    assert store.current_version(path) == good
    assert count(path) == 2
    assert len(list((tmp_path / "store.versions").iterdir())) == 1  # the half-built one is gone


def test_from_current_starts_with_a_copy(tmp_path):
    path = tmp_path / "store"
    store.write_new_version(path, fill_with(1))
    store.write_new_version(path, fill_with(2), from_current=True)
    assert count(path) == 2


def test_reader_follows_the_swap(tmp_path):
    path = tmp_path / "store"
    store.write_new_version(path, fill_with(1))
    reader = store.EmbeddedStore(path)
    old = reader.version
    assert len(list(reader.current().quads_for_pattern(None, None, None))) == 1
    store.write_new_version(path, fill_with(1, 2, 3))
    assert reader.version != old
    assert len(list(reader.current().quads_for_pattern(None, None, None))) == 3


def test_old_versions_are_pruned(tmp_path):
    path = tmp_path / "store"
    for n in range(6):
        store.write_new_version(path, fill_with(n))
    assert len(list((tmp_path / "store.versions").iterdir())) <= store.KEEP_OLD_VERSIONS + 2


def test_update_makes_a_new_version_and_keeps_the_old_one_readable(tmp_path):
    path = tmp_path / "store"
    store.write_new_version(path, fill_with(1))
    reader = store.EmbeddedStore(path)
    snapshot = reader.current()
    store.EmbeddedStore(path).update(f'INSERT DATA {{ <{EX}s9> <{EX}p> "9" }}')
    assert len(list(snapshot.quads_for_pattern(None, None, None))) == 1  # a reader's snapshot is stable
    assert len(list(reader.current().quads_for_pattern(None, None, None))) == 2


def test_a_failed_update_changes_nothing(tmp_path):
    path = tmp_path / "store"
    good = store.write_new_version(path, fill_with(1))
    with pytest.raises(SyntaxError):
        store.EmbeddedStore(path).update("INSERT DATA { <broken")
    assert store.current_version(path) == good


def test_graph_operations(tmp_path):
    path = tmp_path / "store"
    store.write_new_version(path, fill_with(1))
    db = store.EmbeddedStore(path)
    graph = ox.NamedNode(f"{EX}new")
    triple = ox.Triple(ox.NamedNode(f"{EX}a"), ox.NamedNode(f"{EX}b"), ox.Literal("c"))
    assert not db.has_graph(graph)
    db.replace_graph(graph, [])
    assert db.has_graph(graph) and db.graph_triples(graph) == []  # an empty PUT creates the graph
    db.add_to_graph(graph, [triple])
    db.add_to_graph(graph, [triple])
    assert db.graph_triples(graph) == [triple]
    db.drop_graph(graph)
    assert not db.has_graph(graph)


def test_run_uses_an_executor_and_caps_rows(tmp_path):
    from service.executor import QueryRequest

    path = tmp_path / "store"
    store.write_new_version(path, fill_with(*range(10)))
    db = store.EmbeddedStore(path, executors=1)
    request = QueryRequest(version="", query="SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }",
                           result_type="text/tab-separated-values", graph_type="text/turtle", limit=4)
    answer = db.run(request, timeout=30)
    assert answer.truncated and answer.body.decode().splitlines()[0] == "?s"
    assert len(answer.body.decode().splitlines()) == 5


def nquads(*numbers: int) -> bytes:
    return b"".join(f"{q} .\n".encode() for q in (quad(n) for n in numbers))


def test_bulk_load_lines_loads_every_chunk(tmp_path):
    data = nquads(*range(1000))
    db = ox.Store()
    store.bulk_load_lines(db, data, ox.RdfFormat.N_QUADS, threads=3)
    expected = ox.Store()
    expected.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    assert set(db) == set(expected) and len(db) == 1000


def test_bulk_load_lines_keeps_a_blank_node_one_node():
    # Split in two loads, _:b would become two nodes: data with blank nodes loads in one piece.
    data = b"".join(f"_:b <{EX}p> <{EX}o{n}> .\n".encode() for n in range(100))
    db = ox.Store()
    store.bulk_load_lines(db, data, ox.RdfFormat.N_TRIPLES, threads=4)
    assert len({q.subject for q in db}) == 1


def test_bulk_load_lines_fails_when_any_chunk_is_malformed(tmp_path):
    data = nquads(*range(500)) + b"<not an iri> <p> <o> .\n"
    with pytest.raises(SyntaxError):
        store.write_new_version(
            tmp_path / "store", lambda s: store.bulk_load_lines(s, data, ox.RdfFormat.N_QUADS, threads=2)
        )
    assert store.current_version(tmp_path / "store") is None


def endless_update(width: int = 30) -> str:
    """An INSERT whose WHERE counts a cross product (of the named graphs' quads) far too large to finish."""
    patterns = " ".join(f"GRAPH ?g{i} {{ ?s{i} ?p{i} ?o{i} }}" for i in range(width))
    return f"INSERT {{ <{EX}count> <{EX}p> ?n }} WHERE {{ SELECT (COUNT(*) AS ?n) WHERE {{ {patterns} }} }}"


def test_an_update_past_its_timeout_is_stopped_and_changes_nothing(tmp_path):
    from service.updater import UpdateTimeout

    path = tmp_path / "store"
    good = store.write_new_version(path, fill_with(*range(20)))
    db = store.EmbeddedStore(path)
    with pytest.raises(UpdateTimeout, match="longer than 1 s"):
        db.update(endless_update(), timeout=1)
    # The child that ran it (named by the version it wrote, under tmp_path) was killed, not left running.
    assert subprocess.run(["pgrep", "-f", str(tmp_path)], capture_output=True).stdout == b""
    assert store.current_version(path) == good
    assert list((tmp_path / "store.versions").iterdir()) == [good]  # the half-built version is gone
    assert count(path) == 20
    db.update(f'INSERT DATA {{ <{EX}s99> <{EX}p> "99" }}', timeout=30)  # the lock was released
    assert count(path) == 21


def test_an_update_that_cannot_apply_keeps_the_engines_error_type(tmp_path):
    path = tmp_path / "store"
    good = store.write_new_version(path, fill_with(1))
    with pytest.raises(RuntimeError, match="does not exist") as raised:
        store.EmbeddedStore(path).update(f"DROP GRAPH <{EX}missing>", timeout=30)
    assert type(raised.value) is RuntimeError
    assert store.current_version(path) == good
