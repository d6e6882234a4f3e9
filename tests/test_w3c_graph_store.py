"""The W3C SPARQL 1.1 Graph Store Protocol tests, replayed request by request against the real server.

The manifests (sparql11/graph-store-protocol/manifest-direct.ttl and
manifest-indirect.ttl) write every request with a path under ``/gsp``: here it
becomes ``/graph-store``.  Each test starts from an empty store; writes carry
the bearer token; a ``Location`` the manifest names (``$LOCATION$``) is
substituted into the later requests; response bodies must be isomorphic to the
expected RDF.
"""

from __future__ import annotations

import pytest
import rdflib
import requests
import w3c_suites as w3c
from conftest import running_server
from rdflib.compare import isomorphic

from service import store

pytestmark = [
    pytest.mark.w3c,
    pytest.mark.skipif(not w3c.SUITES.is_dir(), reason="the W3C test suites are not at ../shared/w3c-rdf-tests"),
]

MANIFEST = w3c.SUITES / "sparql11" / "graph-store-protocol" / "manifest.ttl"
TOKEN = "w3c-graph-store-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def graph_store_tests() -> list[tuple[str, list[w3c.Exchange]]]:
    """Every test of the manifests: the listed entries, and the one written but not listed
    (head_non_existing_direct)."""
    if not MANIFEST.is_file():
        return []
    found: dict[str, list[w3c.Exchange]] = {}
    for graph, _ in w3c.walk(MANIFEST):
        for node in sorted(graph.subjects(rdflib.RDF.type, w3c.MF.GraphStoreProtocolTest)):
            found.setdefault(str(node).split("#")[-1], w3c.exchanges(graph, node))
    return sorted(found.items())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("w3c-graph-store") / "store"
    store.write_new_version(path, lambda s: None)
    env = {"KG_UNION_DEFAULT_GRAPH": "false", "KG_UPDATE_TOKEN": TOKEN}
    with running_server(path, env=env, workers=1, threads=4) as base:
        yield base


def test_the_manifests_are_read():
    tests = graph_store_tests()
    assert len(tests) == 14 and all(exchanges for _, exchanges in tests)


@pytest.mark.parametrize("name,exchanges", graph_store_tests(), ids=lambda v: v if isinstance(v, str) else "")
def test_graph_store_protocol(server, name, exchanges):
    response = requests.post(server + "sparql", data={"update": "DROP ALL"}, headers=AUTH, timeout=30)
    assert response.status_code == 204, response.text
    variables: dict[str, str] = {}
    for step, exchange in enumerate(exchanges, 1):
        path = exchange.path
        for variable, value in variables.items():
            path = path.replace(variable, value)
        assert path.startswith("/gsp"), path
        url = server + "graph-store" + path[len("/gsp") :]
        writes = exchange.method not in ("GET", "HEAD")
        response = w3c.send(url, exchange, AUTH if writes else None)
        where = f"step {step}: {exchange.method} {path} → {response.status_code} {response.text[:300]}"
        assert exchange.status_ok(response.status_code), where
        if exchange.location_variable:
            assert response.headers.get("Location"), where
            variables[exchange.location_variable] = response.headers["Location"]
        if exchange.content_type:
            assert response.headers["Content-Type"].replace(" ", "") == exchange.content_type.replace(" ", ""), where
        if exchange.expected_body is not None:
            actual = rdflib.Graph().parse(data=response.text, format="turtle", publicID=url)
            wanted = rdflib.Graph().parse(data=exchange.expected_body, format="turtle", publicID=url)
            assert isomorphic(actual, wanted), f"{where}\ngot:\n{response.text}"
