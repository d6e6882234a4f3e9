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
from rdflib.collection import Collection

from service import store

pytestmark = [
    pytest.mark.w3c,
    pytest.mark.skipif(
        not w3c.SUITES.is_dir(), reason="the W3C test suites are not at ../shared/w3c-rdf-tests"
    ),
]

MANIFEST = w3c.SUITES / "sparql11" / "protocol" / "manifest.ttl"
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode"
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


def send(base: str, graph: rdflib.Graph, request) -> requests.Response:
    path = str(graph.value(request, HT.absolutePath))
    assert path.startswith("/sparql/")
    headers = {}
    for header_list in graph.objects(request, HT.headers):
        for header in Collection(graph, header_list):
            headers[str(graph.value(header, HT.fieldName))] = str(graph.value(header, HT.fieldValue))
    body = graph.value(request, HT.body)
    data = None
    if body is not None:
        encoding = str(graph.value(body, CNT.characterEncoding) or "UTF-8")
        data = str(graph.value(body, CNT.chars)).encode(encoding)
    content_type = {k.lower(): v for k, v in headers.items()}.get("content-type", "")
    if "sparql-update" in content_type or (data and data.startswith(b"update=")) or "update=" in path:
        headers["Authorization"] = f"Bearer {TOKEN}"
    return requests.request(
        str(graph.value(request, HT.methodName)),
        base + "sparql" + path[len("/sparql/") :],
        data=data,
        headers=headers,
        timeout=30,
    )


def check(graph: rdflib.Graph, expected, response: requests.Response) -> None:
    classes = {str(c)[len(HTS) :] for c in graph.objects(expected, w3c.MF.expectedStatus)}
    assert f"{response.status_code // 100}xx" in classes, (response.status_code, response.text[:300])
    kind = graph.value(expected, w3c.MF.expectedFormat)
    if kind is not None:
        assert response.headers["Content-Type"].startswith(KINDS[str(kind)]), response.headers["Content-Type"]
    answer = graph.value(expected, w3c.MF.expectedBoolean)
    if answer is not None:
        fmt = (
            ox.QueryResultsFormat.JSON
            if "json" in response.headers["Content-Type"]
            else ox.QueryResultsFormat.XML
        )
        assert bool(ox.parse_query_results(response.content, format=fmt)) is answer.toPython()


@pytest.mark.parametrize("name,graph,node", protocol_tests(), ids=lambda v: v if isinstance(v, str) else "")
def test_protocol(server, name, graph, node):
    reset(server, graph, node)
    action = graph.value(node, w3c.MF.action)
    for requests_list in graph.objects(action, HT.requests):
        for request in Collection(graph, requests_list):
            check(graph, graph.value(request, HT.resp), send(server, graph, request))
