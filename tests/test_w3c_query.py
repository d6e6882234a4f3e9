"""The W3C SPARQL 1.0 and 1.1 query-evaluation tests, run through the real server over HTTP.

One store holds every test's data in named graphs; one server (separate
default graph, as the suites expect) answers every test, with the test's
dataset sent as protocol parameters.  Known failures are listed in
tests/data/w3c-known-failures.txt: a test failing outside that list is a
regression and fails the run.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pyoxigraph as ox
import pytest
import rdflib
import requests
import w3c_suites as w3c
from conftest import running_server

from service import sparql_text, store

pytestmark = [
    pytest.mark.w3c,
    pytest.mark.skipif(not w3c.SUITES.is_dir(), reason="the W3C test suites are not at ../shared/w3c-rdf-tests"),
]

MANIFESTS = ("sparql10/manifest-evaluation.ttl", "sparql11/manifest-sparql11-query.ttl")
ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"


def run_one(base: str, test: w3c.EvaluationTest) -> str | None:
    """None when the server's answer matches the expected result, else a short reason."""
    query = w3c.path_of(test.query).read_text(encoding="utf-8-sig")
    params: list[tuple[str, str]] = [("query", f"BASE <{test.query}>\n{query}")]
    if test.has_dataset and not sparql_text.has_dataset_clause(query, "FROM"):
        # An empty default graph is a graph that does not exist.
        params += [("default-graph-uri", g) for g in test.data or ["urn:kg:test:empty"]]
        params += [("named-graph-uri", name) for name, _ in test.graph_data]
    response = requests.post(base + "sparql", data=params, headers={"Accept": ACCEPT}, timeout=60)
    if response.status_code != 200:
        return f"HTTP {response.status_code}: {response.text[:200]}"
    if response.headers["Content-Type"].startswith("application/n-triples"):
        actual = rdflib.Graph().parse(data=response.text, format="nt")
    else:
        actual = w3c.from_engine_results(ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON))
    try:
        wanted = w3c.expected(test)
    except Exception as exc:  # noqa: BLE001 - an expected file our readers cannot read is a test failure
        return f"cannot read the expected result: {exc}"
    return None if w3c.same(actual, wanted) else "results differ"


@pytest.fixture(scope="module")
def suite(tmp_path_factory):
    tests = w3c.evaluation_tests(*(w3c.SUITES / m for m in MANIFESTS))
    quads, _ = w3c.dataset_quads(tests)
    path = tmp_path_factory.mktemp("w3c") / "store"
    store.write_new_version(path, lambda s: s.extend(quads))
    env = {"KG_UNION_DEFAULT_GRAPH": "false", "KG_RESULT_LIMIT": "1000000", "KG_QUERY_TIMEOUT": "30"}
    with running_server(path, env=env, workers=1, threads=4) as base:
        yield base, tests


def test_query_evaluation_suites_pass_through_http(suite):
    base, tests = suite
    with ThreadPoolExecutor(4) as pool:
        outcomes = dict(zip((t.iri for t in tests), pool.map(lambda t: run_one(base, t), tests), strict=True))
    w3c.check_outcomes("query evaluation", outcomes)
