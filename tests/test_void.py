"""VoID at /.well-known/void: statistics per named graph, current after every write (real server)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import requests
from sparql_fixtures import AUTH, EX, server

VOID = "http://rdfs.org/ns/void#"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    with server(tmp_path_factory.mktemp("void")) as url:
        yield url


def graph_triples(base) -> dict[str, int]:
    response = requests.get(
        base + ".well-known/void", headers={"Accept": "application/n-triples"}, timeout=30
    )
    assert response.status_code == 200
    store = ox.Store()
    store.bulk_load(response.content, format=ox.RdfFormat.N_TRIPLES)
    rows = store.query(
        "SELECT ?g ?n WHERE { ?d void:subset ?s . ?s sd:name ?g ; void:triples ?n }",
        prefixes={"void": VOID, "sd": "http://www.w3.org/ns/sparql-service-description#"},
    )
    return {row["g"].value: int(row["n"].value) for row in rows}


def test_statistics_per_named_graph(base):
    assert graph_triples(base) == {f"{EX}g1": 60, f"{EX}g2": 2}


def test_statistics_follow_the_store(base):
    update = f'INSERT DATA {{ GRAPH <{EX}g3> {{ <{EX}a> <{EX}b> "c", "d" }} }}'
    assert (
        requests.post(base + "sparql", data={"update": update}, headers=AUTH, timeout=30).status_code == 204
    )
    assert graph_triples(base)[f"{EX}g3"] == 2


def test_void_by_content_negotiation(base):
    turtle = requests.get(base + ".well-known/void", timeout=30)
    assert turtle.headers["Content-Type"].startswith("text/turtle")
    assert f"<{base}sparql>" in turtle.text
    assert (
        requests.get(base + ".well-known/void", headers={"Accept": "text/csv"}, timeout=30).status_code == 406
    )
