"""The W3C SPARQL 1.1 Service Description tests, against the real server.

The manifest (sparql11/service-description/manifest.ttl) only names its three
tests; what each checks is the Service Description recommendation's
conformance section: a GET on the endpoint returns RDF, that RDF has an
``sd:endpoint`` triple naming the URL that was fetched, and it follows the
vocabulary (every sd:NamedGraph has an sd:name).  The best-practice checks of
the W3C validator (typed services, datasets and graphs, a known language) are
run too.  The server listens under another name than its KG_BASE_IRI, as
behind a proxy, so the fetched URL is not simply the configured one.
"""

from __future__ import annotations

import pytest
import rdflib
import requests
import w3c_suites as w3c
from conftest import running_server
from sparql_fixtures import make_store

pytestmark = [
    pytest.mark.w3c,
    pytest.mark.skipif(not w3c.SUITES.is_dir(), reason="the W3C test suites are not at ../shared/w3c-rdf-tests"),
]

MANIFEST = w3c.SUITES / "sparql11" / "service-description" / "manifest.ttl"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
RDF = rdflib.RDF
#: What clients send: nothing, one RDF type, and a parser library's list of everything it reads.
ACCEPTS = [
    None,
    "text/turtle",
    "application/rdf+xml",
    "application/n-triples",
    "application/rdf+xml;q=0.9, text/turtle, application/n-triples;q=0.8, */*;q=0.1",
]
PARSERS = {
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
}


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    folder = tmp_path_factory.mktemp("w3c-sd")
    env = {"KG_BASE_IRI": "http://kg.example.org/", "KG_UNION_DEFAULT_GRAPH": "false"}
    with running_server(make_store(folder), env=env) as base:
        yield base + "sparql"


def fetch(url: str, accept: str | None) -> rdflib.Graph:
    response = requests.get(url, headers={"Accept": accept} if accept else {}, timeout=30)
    assert response.status_code == 200, response.text
    media_type = response.headers["Content-Type"].split(";")[0]
    return rdflib.Graph().parse(data=response.content, format=PARSERS[media_type], publicID=url)


def returns_rdf(url: str, graph: rdflib.Graph) -> None:
    assert len(graph) > 0


def has_endpoint_triple(url: str, graph: rdflib.Graph) -> None:
    assert (None, SD.endpoint, rdflib.URIRef(url)) in graph


def conforms_to_schema(url: str, graph: rdflib.Graph) -> None:
    unnamed = [g for g in graph.subjects(RDF.type, SD.NamedGraph) if graph.value(g, SD.name) is None]
    assert not unnamed, f"sd:NamedGraph without sd:name: {unnamed}"


CHECKS = {
    "returns-rdf": returns_rdf,
    "has-endpoint-triple": has_endpoint_triple,
    "conforms-to-schema": conforms_to_schema,
}


def manifest_tests() -> list[str]:
    if not MANIFEST.is_file():
        return []
    return [str(node).split("#")[-1] for _, node in w3c.walk(MANIFEST)]


def test_every_manifest_test_has_a_check():
    assert manifest_tests() and set(manifest_tests()) <= set(CHECKS)


@pytest.mark.parametrize("accept", ACCEPTS)
@pytest.mark.parametrize("name", manifest_tests())
def test_service_description(endpoint, name, accept):
    for url in (endpoint, endpoint + "/"):  # the endpoint answers with and without the slash
        CHECKS[name](url, fetch(url, accept))


def test_service_description_best_practices(endpoint):
    graph = fetch(endpoint, "text/turtle")

    def typed(kind, subjects_of=(), objects_of=()):
        nodes = {s for p in subjects_of for s in graph.subjects(p)} | {
            o for p in objects_of for o in graph.objects(None, p)
        }
        untyped = [n for n in nodes if (n, RDF.type, kind) not in graph]
        assert nodes and not untyped, f"not typed {kind}: {untyped}"
        return nodes

    typed(SD.Service, subjects_of=(SD.endpoint, SD.supportedLanguage, SD.resultFormat, SD.defaultDataset, SD.feature))
    datasets = typed(SD.Dataset, subjects_of=(SD.defaultGraph,), objects_of=(SD.defaultDataset,))
    typed(SD.NamedGraph, subjects_of=(SD.name, SD.graph), objects_of=(SD.namedGraph,))
    typed(SD.Graph, objects_of=(SD.defaultGraph, SD.graph))
    languages = set(graph.objects(None, SD.supportedLanguage))
    assert languages & {SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update}
    assert all(graph.value(d, SD.defaultGraph) or graph.value(d, SD.namedGraph) for d in datasets)
