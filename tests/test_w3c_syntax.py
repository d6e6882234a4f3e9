"""The W3C SPARQL 1.0 and 1.1 syntax tests (queries and updates), sent to the real server over HTTP.

A positive query or update must not get a 400 (nor a 5xx); a negative one must
get a 400 with a message.  Updates go with the token to a server over a
throwaway store, in order; one may find a graph an earlier one left (CREATE
GRAPH of an existing graph): that is a 409, after the text was parsed, so it
still passes.  Known failures are listed in tests/data/w3c-known-failures.txt,
with the reason per group.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
import w3c_suites as w3c
from conftest import running_server

from service import store

pytestmark = [
    pytest.mark.w3c,
    pytest.mark.skipif(not w3c.SUITES.is_dir(), reason="the W3C test suites are not at ../shared/w3c-rdf-tests"),
]

MANIFESTS = (
    "sparql10/manifest-syntax.ttl",
    "sparql11/manifest-sparql11-query.ttl",
    "sparql11/manifest-sparql11-fed.ttl",
    "sparql11/manifest-sparql11-update.ttl",
)
TOKEN = "w3c-syntax-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def judge(test: w3c.SyntaxTest, response: requests.Response) -> str | None:
    """None when the status is right for the test, else why not."""
    status = response.status_code
    if test.positive:
        if status == 400 or status >= 500:
            return f"valid, but HTTP {status}: {response.text[:200]}"
        return None
    if status != 400:
        return f"invalid, but HTTP {status}"
    if not response.json().get("message"):
        return "400 without a message"
    return None


def run_one(base: str, test: w3c.SyntaxTest) -> str | None:
    text = w3c.path_of(test.file).read_text(encoding="utf-8-sig")
    if test.is_update:
        # The base is the file's own IRI, as for the queries: relative IRIs then mean what the test meant.
        data = {"update": f"BASE <{test.file}>\n{text}"}
        response = requests.post(base + "sparql", data=data, headers=AUTH, timeout=30)
    else:
        data = {"query": f"BASE <{test.file}>\n{text}"}
        response = requests.post(base + "sparql", data=data, timeout=30)
    return judge(test, response)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    path = tmp_path_factory.mktemp("w3c-syntax") / "store"
    store.write_new_version(path, lambda s: None)
    env = {"KG_UNION_DEFAULT_GRAPH": "false", "KG_UPDATE_TOKEN": TOKEN}
    with running_server(path, env=env, workers=1, threads=4) as url:
        yield url


def test_syntax_suites_through_http(base):
    tests = w3c.syntax_tests(*(w3c.SUITES / m for m in MANIFESTS))
    assert len(tests) > 300
    queries = [t for t in tests if not t.is_update]
    updates = [t for t in tests if t.is_update]
    with ThreadPoolExecutor(4) as pool:
        # The updates in order (they share the store), beside the queries.
        in_order = pool.submit(lambda: {t.iri: run_one(base, t) for t in updates})
        outcomes = dict(zip((t.iri for t in queries), pool.map(lambda t: run_one(base, t), queries), strict=True))
        outcomes |= in_order.result()
    w3c.check_outcomes("syntax", outcomes)
