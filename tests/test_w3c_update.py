"""The W3C SPARQL 1.1 Update evaluation tests, run through the real server over HTTP.

For each test, one update with the token puts the store in the test's
starting state (DROP ALL, CREATE GRAPH for each named graph, INSERT DATA of
the data files); then the test's update is POSTed with the token, and the
whole dataset is read back with one query and compared graph by graph
(isomorphism) with the expected result.  The server keeps a separate default
graph (KG_UNION_DEFAULT_GRAPH=false), as the suites expect.  Known failures are
listed in tests/data/w3c-known-failures.txt.
"""

from __future__ import annotations

import contextlib
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

import pyoxigraph as ox
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

MANIFEST = "sparql11/manifest-sparql11-update.ttl"
TOKEN = "w3c-update-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
EVERY_QUAD = "SELECT ?g ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def starting_state(test: w3c.UpdateTest) -> str:
    """The update that makes the store hold exactly the test's starting dataset."""
    named = [name for name in test.before if name]
    lines = ["DROP ALL ;"] + [f"CREATE GRAPH <{name}> ;" for name in named] + ["INSERT DATA {"]
    for name, files in test.before.items():
        triples = " ".join(f"{t} ." for file in files for t in w3c.read_rdf(file))
        lines.append(f"GRAPH <{name}> {{ {triples} }}" if name else triples)
    return "\n".join(lines + ["}"])


def dataset(base: str) -> dict[str, rdflib.Graph]:
    """The server's dataset, graph name ("" for the default graph) → graph."""
    response = requests.post(
        base + "sparql", data={"query": EVERY_QUAD}, headers={"Accept": "application/sparql-results+json"}, timeout=60
    )
    assert response.status_code == 200, response.text
    lines: dict[str, list[str]] = defaultdict(list)
    for row in ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON):
        lines[row["g"].value if row["g"] else ""].append(f"{row['s']} {row['p']} {row['o']} .")
    return {name: rdflib.Graph().parse(data="\n".join(nt), format="nt") for name, nt in lines.items()}


def expected(test: w3c.UpdateTest) -> dict[str, rdflib.Graph]:
    graphs = {}
    for name, files in test.after.items():
        graphs[name] = rdflib.Graph()
        for file in files:
            path = w3c.path_of(file)
            graphs[name].parse(path, format="turtle" if path.suffix == ".ttl" else "nt", publicID=file)
    return graphs


def run_one(base: str, test: w3c.UpdateTest) -> str | None:
    """None when the dataset after the update is the expected one, else a short reason."""
    reset = requests.post(base + "sparql", data={"update": starting_state(test)}, headers=AUTH, timeout=60)
    assert reset.status_code == 204, reset.text
    update = w3c.path_of(test.request).read_text(encoding="utf-8-sig")
    response = requests.post(
        base + "sparql", data={"update": f"BASE <{test.request}>\n{update}"}, headers=AUTH, timeout=60
    )
    if response.status_code != 204:
        return f"HTTP {response.status_code}: {response.text[:200]}"
    actual, wanted = dataset(base), expected(test)
    empty = rdflib.Graph()
    differ = [
        name or "default graph"
        for name in sorted(set(actual) | set(wanted))  # a graph that is absent is empty
        if not isomorphic(actual.get(name, empty), wanted.get(name, empty))
    ]
    return f"graphs differ: {', '.join(differ)}" if differ else None


#: Servers side by side, each over its own store: a write (a new store version) is the slow part.
SERVERS = 2


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    env = {"KG_UNION_DEFAULT_GRAPH": "false", "KG_UPDATE_TOKEN": TOKEN, "KG_RESULT_LIMIT": "1000000"}
    with contextlib.ExitStack() as stack:
        urls = []
        for n in range(SERVERS):
            path = tmp_path_factory.mktemp(f"w3c-update-{n}") / "store"
            store.write_new_version(path, lambda s: None)
            urls.append(stack.enter_context(running_server(path, env=env, workers=1, threads=2)))
        yield urls


def test_update_evaluation_suites_pass_through_http(bases):
    tests = w3c.update_tests(w3c.SUITES / MANIFEST)
    assert len(tests) > 90
    began = time.monotonic()

    def run_share(n: int) -> dict[str, str | None]:  # in order on one server: its tests share its store
        return {test.iri: run_one(bases[n], test) for test in tests[n :: len(bases)]}

    with ThreadPoolExecutor(len(bases)) as pool:
        outcomes = {iri: why for share in pool.map(run_share, range(len(bases))) for iri, why in share.items()}
    print(
        f"\n{len(tests)} update tests (two store versions each) on {len(bases)} servers: "
        f"{time.monotonic() - began:.1f} s"
    )
    w3c.check_outcomes("update evaluation", outcomes)
