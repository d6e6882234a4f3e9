"""The W3C SPARQL 1.1 Protocol tests, replayed request by request against the real server.

The manifest (sparql11/protocol/manifest.ttl) spells out each HTTP request and
the expected status class, result kind and ASK answer.  Each test starts from
its own dataset (loaded through the graph store); update requests carry the
bearer token, since this service only accepts authorised updates.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
import requests
import w3c_suites as w3c
from conftest import running_server

from service import store

pytestmark = [
    pytest.mark.w3c,
    pytest.mark.skipif(not w3c.SUITES.is_dir(), reason="the W3C test suites are not at ../shared/w3c-rdf-tests"),
]

MANIFEST = w3c.SUITES / "sparql11" / "protocol" / "manifest.ttl"
TOKEN = "w3c-protocol-token"

KINDS = {
    "boolean": ("application/sparql-results",),
    "tabular": ("application/sparql-results", "text/csv", "text/tab-separated-values"),
    "RDF": ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"),
}


def protocol_tests() -> list[tuple[str, rdflib.Graph, rdflib.term.Node]]:
    if not MANIFEST.is_file():
        return []
    return [(str(node).split("#")[-1], graph, node) for graph, node in w3c.walk(MANIFEST)]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("w3c-protocol") / "store"
    store.write_new_version(path, lambda s: None)
    env = {"KG_UNION_DEFAULT_GRAPH": "false", "KG_UPDATE_TOKEN": TOKEN}
    with running_server(path, env=env, workers=1, threads=4) as base:
        yield base


def reset(base: str, graph: rdflib.Graph, node) -> None:
    """Exactly the test's graphs, loaded through the graph store."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = requests.post(base + "sparql", data={"update": "DROP ALL"}, headers=auth, timeout=30)
    assert response.status_code == 204, response.text
    for item in graph.objects(node, w3c.UT.graphData):
        file = w3c.path_of(str(graph.value(item, w3c.UT.graph)))
        name = str(graph.value(item, rdflib.RDFS.label))
        response = requests.put(
            base + "graph-store",
            params={"graph": name},
            data=file.read_bytes(),
            headers={**auth, "Content-Type": "application/n-triples"},
            timeout=30,
        )
        assert response.status_code in (201, 204), response.text


def send(base: str, exchange: w3c.Exchange) -> requests.Response:
    assert exchange.path.startswith("/sparql/")
    content_type = exchange.headers.get("content-type", "")
    data = exchange.body or b""
    writes = "sparql-update" in content_type or data.startswith(b"update=") or "update=" in exchange.path
    url = base + "sparql" + exchange.path[len("/sparql/") :]
    return w3c.send(url, exchange, {"Authorization": f"Bearer {TOKEN}"} if writes else None)


def check(exchange: w3c.Exchange, response: requests.Response) -> None:
    assert exchange.status_ok(response.status_code), (response.status_code, response.text[:300])
    if exchange.result_kind is not None:
        assert response.headers["Content-Type"].startswith(KINDS[exchange.result_kind]), response.headers[
            "Content-Type"
        ]
    if exchange.boolean is not None:
        fmt = ox.QueryResultsFormat.JSON if "json" in response.headers["Content-Type"] else ox.QueryResultsFormat.XML
        assert bool(ox.parse_query_results(response.content, format=fmt)) is exchange.boolean


@pytest.mark.parametrize("name,graph,node", protocol_tests(), ids=lambda v: v if isinstance(v, str) else "")
def test_protocol(server, name, graph, node):
    reset(server, graph, node)
    exchanges = w3c.exchanges(graph, node)
    assert exchanges
    for exchange in exchanges:
        check(exchange, send(server, exchange))
