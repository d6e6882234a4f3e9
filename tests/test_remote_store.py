"""A remote SPARQL 1.1 store in place of the embedded one: one real `kg serve` (the front) whose
KG_REMOTE_* settings point at a second real `kg serve` (the remote), both on loopback.  A remote
that is too slow is a 504, one that is gone a 502."""

from __future__ import annotations

import contextlib

import pyoxigraph as ox
import pytest
import requests
from conftest import running_server
from sparql_fixtures import EX, TOKEN, pathological_query, server

from service import config as config_module
from service import store

FRONT_TOKEN = "front-token"
FRONT_AUTH = {"Authorization": f"Bearer {FRONT_TOKEN}"}


def front_store(folder):
    """The front's own KG_STORE holds something else, so an answer read locally would show."""
    path = folder / "front-store"
    data = f'<{EX}local> <{EX}name> "only in the front\'s own store" <{EX}g1> .'
    store.write_new_version(path, lambda s: s.bulk_load(data.encode(), format=ox.RdfFormat.N_QUADS))
    return path


@pytest.fixture(scope="module", params=["graph store", "sparql only"])
def servers(request, tmp_path_factory):
    """(front URL, remote URL): with the remote's Graph Store endpoint, and without it."""
    folder = tmp_path_factory.mktemp("remote")
    with server(folder / "remote", KG_RESULT_LIMIT="1000") as remote:
        env = {
            "KG_REMOTE_ENDPOINT": remote + "sparql",
            "KG_REMOTE_TOKEN": TOKEN,
            "KG_UPDATE_TOKEN": FRONT_TOKEN,
            "KG_RESULT_LIMIT": "50",
        }
        if request.param == "graph store":
            env["KG_REMOTE_GRAPH_STORE"] = remote + "graph-store"
        with running_server(front_store(folder), env=env) as front:
            yield front, remote


def select(base: str, text: str) -> list[dict]:
    response = requests.get(base + "sparql", params={"query": text}, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


def test_the_factory_picks_the_remote_store(tmp_path):
    config = config_module.load({"KG_STORE": str(tmp_path / "s"), "KG_REMOTE_ENDPOINT": "http://x/sparql"}, environ={})
    assert isinstance(store.open_store(config), store.RemoteStore)
    config["KG_REMOTE_ENDPOINT"] = None
    assert isinstance(store.open_store(config), store.EmbeddedStore)


def test_select_is_answered_by_the_remote_and_capped_here(servers):
    front, _ = servers
    rows = select(front, f"SELECT ?n WHERE {{ ?s <{EX}name> ?n }}")
    assert len(rows) == 50  # the remote's 60 people, capped by the front's KG_RESULT_LIMIT
    assert all(row["n"]["value"].startswith("Person ") for row in rows)  # never the front's own data
    response = requests.get(front + "sparql", params={"query": f"SELECT ?n WHERE {{ ?s <{EX}name> ?n }}"}, timeout=30)
    assert response.headers["KG-Truncated"].startswith("true")


def test_construct_comes_back_in_the_negotiated_format(servers):
    front, _ = servers
    response = requests.get(
        front + "sparql",
        params={"query": f"CONSTRUCT {{ ?s <{EX}label> ?l }} WHERE {{ GRAPH <{EX}g2> {{ ?s <{EX}label> ?l }} }}"},
        headers={"Accept": "text/turtle"},
        timeout=30,
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/turtle")
    triples = list(ox.parse(response.content, format=ox.RdfFormat.TURTLE))
    assert {t.object.value for t in triples} == {"France", "Niger"}


def test_a_malformed_query_is_still_a_400(servers):
    front, _ = servers
    response = requests.get(front + "sparql", params={"query": "SELECT ?x WHERE {"}, timeout=30)
    assert response.status_code == 400
    assert response.json()["status"] == 400


def test_an_update_needs_the_front_token_and_reaches_the_remote(servers):
    front, remote = servers
    text = f'INSERT DATA {{ GRAPH <{EX}g3> {{ <{EX}new> <{EX}label> "added through the front" }} }}'
    refused = requests.post(front + "sparql", data={"update": text}, timeout=30)
    assert refused.status_code == 403 or refused.status_code == 401
    etag = requests.get(front + "sparql", params={"query": "ASK {}"}, timeout=30).headers["ETag"]
    done = requests.post(front + "sparql", data={"update": text}, headers=FRONT_AUTH, timeout=30)
    assert done.status_code == 204, done.text
    query = f"SELECT ?l WHERE {{ GRAPH <{EX}g3> {{ ?s <{EX}label> ?l }} }}"
    assert [row["l"]["value"] for row in select(remote, query)] == ["added through the front"]
    assert [row["l"]["value"] for row in select(front, query)] == ["added through the front"]
    # The front's validators follow the remote's version.
    assert requests.get(front + "sparql", params={"query": "ASK {}"}, timeout=30).headers["ETag"] != etag
    cleanup = requests.post(front + "sparql", data={"update": f"DROP GRAPH <{EX}g3>"}, headers=FRONT_AUTH, timeout=30)
    assert cleanup.status_code == 204


def test_graph_store_reads_and_writes_go_to_the_remote(servers):
    front, remote = servers
    response = requests.get(
        front + "graph-store", params={"graph": f"{EX}g2"}, headers={"Accept": "application/n-triples"}, timeout=30
    )
    assert response.status_code == 200
    assert {t.object.value for t in ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)} == {"France", "Niger"}
    assert requests.get(front + "graph-store", params={"graph": f"{EX}missing"}, timeout=30).status_code == 404

    graph = f"{EX}uploaded"
    put = requests.put(
        front + "graph-store",
        params={"graph": graph},
        headers={**FRONT_AUTH, "Content-Type": "text/turtle"},
        data=f'<{EX}x> <{EX}label> "put through the front" .',
        timeout=30,
    )
    assert put.status_code == 201, put.text
    remote_copy = requests.get(
        remote + "graph-store", params={"graph": graph}, headers={"Accept": "application/n-triples"}, timeout=30
    )
    assert b"put through the front" in remote_copy.content
    deleted = requests.delete(front + "graph-store", params={"graph": graph}, headers=FRONT_AUTH, timeout=30)
    assert deleted.status_code == 204
    assert requests.get(remote + "graph-store", params={"graph": graph}, timeout=30).status_code == 404


def test_every_results_format_is_written_here(servers):
    front, _ = servers
    response = requests.get(
        front + "sparql",
        params={"query": f"SELECT ?l WHERE {{ ?s <{EX}label> ?l }} ORDER BY ?l"},
        headers={"Accept": "text/csv"},
        timeout=30,
    )
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/csv")
    assert response.text.splitlines() == ["l", "France", "Niger", "in the default graph"]


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    """(front URL, a function that stops the remote): the front waits 2 s for an answer, the remote 6 s."""
    folder = tmp_path_factory.mktemp("gateway")
    with contextlib.ExitStack() as remote_stack:
        remote = remote_stack.enter_context(server(folder / "remote", KG_QUERY_TIMEOUT="6"))
        env = {
            "KG_REMOTE_ENDPOINT": remote + "sparql",
            "KG_REMOTE_GRAPH_STORE": remote + "graph-store",
            "KG_REMOTE_TOKEN": TOKEN,
            "KG_UPDATE_TOKEN": FRONT_TOKEN,
            "KG_QUERY_TIMEOUT": "2",
        }
        with running_server(front_store(folder), env=env) as front:
            yield front, remote_stack.close


def test_a_remote_too_slow_to_answer_is_a_504(gateway):
    front, _ = gateway
    response = requests.get(front + "sparql", params={"query": pathological_query()}, timeout=30)
    assert response.status_code == 504
    assert response.json()["status"] == 504 and "did not answer within 2 s" in response.json()["message"]


def test_a_stopped_remote_is_a_502_for_queries_updates_and_graphs(gateway):
    front, stop_remote = gateway
    stop_remote()
    graph = {"graph": f"{EX}g2"}
    answers = [
        requests.get(front + "sparql", params={"query": "ASK {}"}, timeout=30),
        requests.post(front + "sparql", data={"update": "CLEAR ALL"}, headers=FRONT_AUTH, timeout=30),
        requests.get(front + "graph-store", params=graph, timeout=30),
        requests.put(
            front + "graph-store",
            params=graph,
            data=b"",
            timeout=30,
            headers={**FRONT_AUTH, "Content-Type": "text/turtle"},
        ),
    ]
    for response in answers:
        assert response.status_code == 502, response.text
        assert response.json()["error"] == "Bad Gateway" and "cannot be reached" in response.json()["message"]
