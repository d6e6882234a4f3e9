"""SPARQL 1.1 Protocol at /sparql, against a real `kg serve` process: methods, datasets, formats, errors,
updates, CORS, gzip and conditional requests."""

from __future__ import annotations

import gzip
import json

import pyoxigraph as ox
import pytest
import requests
from sparql_fixtures import AUTH, EX, server

from service import formats

COUNT_G1 = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{EX}g1> {{ ?s ?p ?o }} }}"
LABELS = f"SELECT ?s ?label WHERE {{ ?s <{EX}label> ?label }} ORDER BY ?s"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    with server(tmp_path_factory.mktemp("protocol")) as url:
        yield url


def sparql(base, method="GET", **kwargs) -> requests.Response:
    return requests.request(method, base + "sparql", timeout=30, **kwargs)


def bindings(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


# --- the three ways to send a query ---------------------------------------------------------


def test_query_by_get_form_post_and_direct_post_agree(base):
    by_get = bindings(sparql(base, params={"query": LABELS}))
    by_form = bindings(sparql(base, "POST", data={"query": LABELS}))
    by_direct = bindings(
        sparql(base, "POST", data=LABELS.encode(), headers={"Content-Type": "application/sparql-query"})
    )
    assert by_get == by_form == by_direct
    assert [b["label"]["value"] for b in by_get] == ["in the default graph", "France", "Niger"]


def test_default_graph_is_the_union_unless_the_request_names_a_dataset(base):
    assert len(bindings(sparql(base, params={"query": LABELS}))) == 3
    only_g2 = sparql(base, params={"query": LABELS, "default-graph-uri": f"{EX}g2"})
    assert {b["label"]["value"] for b in bindings(only_g2)} == {"France", "Niger"}
    named = sparql(
        base, params=[("query", "SELECT ?g WHERE { GRAPH ?g { } }"), ("named-graph-uri", f"{EX}g1")]
    )
    assert [b["g"]["value"] for b in bindings(named)] == [f"{EX}g1"]


def test_from_in_the_query_sets_the_dataset(base):
    query = f"SELECT ?label FROM <{EX}g2> WHERE {{ ?s <{EX}label> ?label }}"
    assert {b["label"]["value"] for b in bindings(sparql(base, params={"query": query}))} == {
        "France",
        "Niger",
    }


# --- content negotiation ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", formats.RESULT_FORMATS, ids=lambda f: f.name)
def test_select_in_every_result_format(base, fmt):
    response = sparql(base, params={"query": LABELS}, headers={"Accept": fmt.media_type})
    assert response.status_code == 200
    assert response.headers["Content-Type"].split(";")[0] == fmt.media_type
    if fmt.name == "csv":  # lossy: not read back by the engine
        assert response.text.splitlines()[1:] == [
            "http://example.org/default,in the default graph",
            "http://example.org/france,France",
            "http://example.org/niger,Niger",
        ]
    else:
        assert len(list(ox.parse_query_results(response.content, format=fmt.engine))) == 3


@pytest.mark.parametrize("fmt", formats.RDF_FORMATS, ids=lambda f: f.name)
def test_construct_in_every_rdf_format(base, fmt):
    query = f"CONSTRUCT {{ ?s <{EX}label> ?l }} WHERE {{ ?s <{EX}label> ?l }}"
    response = sparql(base, params={"query": query}, headers={"Accept": fmt.media_type})
    assert response.status_code == 200
    assert response.headers["Content-Type"].split(";")[0] == fmt.media_type
    assert len(list(ox.parse(response.content, format=fmt.engine))) == 3


def test_head_is_a_get_without_the_body(base):
    # RFC 9110, 9.3.2: the same status and headers as the GET, for a query and for the description.
    for params in ({"query": LABELS}, {}):
        got = sparql(base, params=params)
        head = sparql(base, "HEAD", params=params)
        assert head.status_code == 200 and head.content == b""
        for name in ("Content-Type", "ETag", "Last-Modified", "Vary"):
            assert head.headers[name] == got.headers[name], name
        revalidated = sparql(base, "HEAD", params=params, headers={"If-None-Match": got.headers["ETag"]})
        assert revalidated.status_code == 304


def test_defaults_are_json_for_select_and_turtle_for_construct(base):
    assert (
        sparql(base, params={"query": "ASK {}"}).headers["Content-Type"] == "application/sparql-results+json"
    )
    describe = sparql(base, params={"query": f"DESCRIBE <{EX}france>"}, headers={"Accept": "*/*"})
    assert describe.headers["Content-Type"].startswith("text/turtle")


def test_q_values_wildcards_and_several_types(base):
    accept = "text/csv;q=0.5, application/sparql-results+xml;q=0.9, text/*;q=0.1"
    assert (
        sparql(base, params={"query": LABELS}, headers={"Accept": accept})
        .headers["Content-Type"]
        .startswith("application/sparql-results+xml")
    )
    assert (
        sparql(base, params={"query": LABELS}, headers={"Accept": "text/*"})
        .headers["Content-Type"]
        .startswith(("text/csv", "text/tab-separated-values"))
    )
    refused = "application/sparql-results+json;q=0, */*;q=0.1"
    assert (
        "json"
        not in sparql(base, params={"query": LABELS}, headers={"Accept": refused}).headers["Content-Type"]
    )


def test_nothing_acceptable_is_406(base):
    response = sparql(base, params={"query": LABELS}, headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.json()["message"]
    construct = sparql(
        base,
        params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert construct.status_code == 406


def test_format_parameter_overrides_accept(base):
    response = sparql(base, params={"query": LABELS, "format": "tsv"}, headers={"Accept": "application/json"})
    assert response.headers["Content-Type"].startswith("text/tab-separated-values")
    assert sparql(base, params={"query": LABELS, "format": "nonsense"}).status_code == 400
    assert sparql(base, params={"query": LABELS, "format": "turtle"}).status_code == 406


# --- errors ---------------------------------------------------------------------------------------


def test_malformed_query_is_400_with_the_parser_message(base):
    response = sparql(base, params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400 and body["error"] == "Bad Request"
    assert "error at 1:" in body["message"] and "Traceback" not in response.text


@pytest.mark.parametrize(
    "params",
    [
        [("query", "ASK {}"), ("query", "ASK {}")],
        [("query", "ASK {}"), ("update", "CLEAR ALL")],
        [("query", "ASK {}"), ("using-graph-uri", f"{EX}g1")],
        [("query", "ASK {}"), ("default-graph-uri", "not an iri")],
    ],
    ids=["repeated", "query-and-update", "update-parameter-on-query", "bad-iri"],
)
def test_repeated_or_conflicting_parameters_are_400(base, params):
    assert sparql(base, "POST", data=params).status_code == 400


def test_query_both_in_url_and_body_is_400(base):
    response = sparql(
        base,
        "POST",
        params={"query": "ASK {}"},
        data=b"ASK {}",
        headers={"Content-Type": "application/sparql-query"},
    )
    assert response.status_code == 400


def test_unsupported_request_media_types_are_415(base):
    assert sparql(base, "POST", data=b"ASK {}", headers={"Content-Type": "text/plain"}).status_code == 415
    latin = sparql(
        base,
        "POST",
        data="ASK {}".encode("utf-16"),
        headers={"Content-Type": "application/sparql-query; charset=UTF-16"},
    )
    assert latin.status_code == 415


def test_parameters_that_are_not_utf8_are_400(base):
    # Latin-1 "é" (%E9) decodes to U+FFFD, which would silently run another query than the one sent.
    query = "ASK%20%7B%20%3Fs%20%3Fp%20%22caf%E9%22%20%7D"
    assert requests.get(f"{base}sparql?query={query}", timeout=30).status_code == 400
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert sparql(base, "POST", data=f"query={query}", headers=form).status_code == 400
    utf8 = query.replace("%E9", "%C3%A9")
    assert sparql(base, "POST", data=f"query={utf8}", headers=form).json()["boolean"] is False


def test_other_methods_are_405_with_allow(base):
    response = sparql(base, "PUT", data=b"ASK {}")
    assert response.status_code == 405
    assert "POST" in response.headers["Allow"]
    assert response.json()["status"] == 405


def test_browsers_get_an_error_page(base):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = sparql(base, params={"query": "SELECT"}, headers={"Accept": browser})
    assert response.status_code == 400 and response.headers["Content-Type"].startswith("text/html")


# --- update --------------------------------------------------------------------------------------


def test_update_needs_the_token(base):
    insert = f'INSERT DATA {{ GRAPH <{EX}g3> {{ <{EX}x> <{EX}label> "added" }} }}'
    assert sparql(base, "POST", data={"update": insert}).status_code == 401
    wrong = sparql(base, "POST", data={"update": insert}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "Bearer" in wrong.headers["WWW-Authenticate"]
    assert sparql(base, "GET", params={"update": insert}, headers=AUTH).status_code == 400
    ok = sparql(
        base, "POST", data=insert.encode(), headers={**AUTH, "Content-Type": "application/sparql-update"}
    )
    assert ok.status_code == 204
    query = f"SELECT ?l WHERE {{ GRAPH <{EX}g3> {{ ?s ?p ?l }} }}"
    assert [b["l"]["value"] for b in bindings(sparql(base, params={"query": query}))] == ["added"]
    cleanup = sparql(base, "POST", data={"update": f"DROP GRAPH <{EX}g3>"}, headers=AUTH)
    assert cleanup.status_code == 204


def test_malformed_update_is_400_and_changes_nothing(base):
    before = bindings(sparql(base, params={"query": COUNT_G1}))
    bad = f'INSERT DATA {{ GRAPH <{EX}g1> {{ <{EX}a> <{EX}b> "c" }} }} ; DELETE WHERE {{ ?s'
    response = sparql(base, "POST", data={"update": bad}, headers=AUTH)
    assert response.status_code == 400 and "malformed update" in response.json()["message"]
    assert bindings(sparql(base, params={"query": COUNT_G1})) == before


def test_a_well_formed_update_that_cannot_apply_is_409_and_changes_nothing(base):
    before = bindings(sparql(base, params={"query": COUNT_G1}))
    update = f'INSERT DATA {{ GRAPH <{EX}g1> {{ <{EX}a> <{EX}b> "c" }} }} ; DROP GRAPH <{EX}missing>'
    response = sparql(base, "POST", data={"update": update}, headers=AUTH)
    assert response.status_code == 409 and "does not exist" in response.json()["message"]
    assert bindings(sparql(base, params={"query": COUNT_G1})) == before
    silent = sparql(base, "POST", data={"update": f"DROP SILENT GRAPH <{EX}missing>"}, headers=AUTH)
    assert silent.status_code == 204 and "Content-Type" not in silent.headers


def test_an_unknown_function_is_an_expression_error_not_a_failed_query(base):
    query = f"""SELECT ?s ?v WHERE {{ GRAPH <{EX}g2> {{ ?s ?p ?o }}
        BIND(<{EX}fn/unknown>(?o) AS ?v) FILTER(!BOUND(?v) || <{EX}fn/other>(?s)) }} ORDER BY ?s"""
    rows = bindings(sparql(base, params={"query": query}))
    assert [row["s"]["value"] for row in rows] == [f"{EX}france", f"{EX}niger"]
    assert all("v" not in row for row in rows)


def test_using_graph_uri_sets_the_update_dataset(base):
    update = f"INSERT {{ GRAPH <{EX}g4> {{ ?s <{EX}copied> ?l }} }} WHERE {{ ?s <{EX}label> ?l }}"
    response = sparql(base, "POST", data={"update": update, "using-graph-uri": f"{EX}g2"}, headers=AUTH)
    assert response.status_code == 204
    copied = bindings(sparql(base, params={"query": f"SELECT ?l {{ GRAPH <{EX}g4> {{ ?s ?p ?l }} }}"}))
    assert {b["l"]["value"] for b in copied} == {"France", "Niger"}
    with_using = sparql(
        base,
        "POST",
        headers=AUTH,
        data={"update": update.replace("WHERE", f"USING <{EX}g1> WHERE"), "using-graph-uri": f"{EX}g2"},
    )
    assert with_using.status_code == 400
    sparql(base, "POST", data={"update": f"DROP GRAPH <{EX}g4>"}, headers=AUTH)


@pytest.mark.parametrize(
    "delete",
    ['DELETE { ?s ?p "kept" } WHERE { ?s ?p "kept" }', 'DELETE WHERE { ?s ?p "kept" }'],
    ids=["template", "delete-where"],
)
def test_using_graph_uri_sets_the_dataset_of_a_delete(base, delete):
    # "DELETE { template } WHERE" has DELETE as the keyword before WHERE, like "DELETE WHERE", which
    # takes no USING clause and so is written out as the DELETE { P } WHERE { P } it stands for.
    kept = f'<{EX}kept> <{EX}label> "kept"'
    inserted = sparql(base, "POST", data={"update": f"INSERT DATA {{ {kept} }}"}, headers=AUTH)
    assert inserted.status_code == 204, inserted.text
    response = sparql(base, "POST", data={"update": delete, "using-graph-uri": f"{EX}g2"}, headers=AUTH)
    assert response.status_code == 204, response.text
    # The WHERE read g2 only, where nothing is "kept": the default graph's statement stays.
    assert sparql(base, params={"query": f"ASK {{ {kept} }}"}).json()["boolean"] is True
    sparql(base, "POST", data={"update": f"DELETE DATA {{ {kept} }}"}, headers=AUTH)


# --- browser clients, compression, caching ----------------------------------------------------------


def test_cors_headers_and_preflight(base):
    response = sparql(base, params={"query": "ASK {}"}, headers={"Origin": "https://yasgui.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    preflight = sparql(
        base,
        "OPTIONS",
        headers={
            "Origin": "https://yasgui.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, authorization",
        },
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "authorization" in preflight.headers["Access-Control-Allow-Headers"]


def test_large_responses_are_gzipped(base):
    query = f"SELECT ?s ?n WHERE {{ ?s <{EX}name> ?n }}"
    raw = requests.get(
        base + "sparql", params={"query": query}, headers={"Accept-Encoding": "gzip"}, stream=True, timeout=30
    )
    assert raw.headers["Content-Encoding"] == "gzip"
    body = json.loads(gzip.decompress(raw.raw.read()))
    assert len(body["results"]["bindings"]) == 50  # the cap of this server
    plain = sparql(base, params={"query": query}, headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers


def test_etag_and_last_modified_give_304_until_the_store_changes(base):
    first = sparql(base, params={"query": COUNT_G1})
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert sparql(base, params={"query": COUNT_G1}, headers={"If-None-Match": etag}).status_code == 304
    assert (
        sparql(base, params={"query": COUNT_G1}, headers={"If-Modified-Since": modified}).status_code == 304
    )
    assert sparql(base, params={"query": COUNT_G1}, headers={"If-None-Match": 'W/"other"'}).status_code == 200
    assert (
        sparql(base, "POST", data={"update": f"DROP SILENT GRAPH <{EX}nothing>"}, headers=AUTH).status_code
        == 204
    )
    after = sparql(base, params={"query": COUNT_G1}, headers={"If-None-Match": etag})
    assert after.status_code == 200 and after.headers["ETag"] != etag


def test_service_description_by_content_negotiation(base):
    turtle = sparql(base)
    assert turtle.status_code == 200 and turtle.headers["Content-Type"].startswith("text/turtle")
    triples = list(ox.parse(turtle.content, format=ox.RdfFormat.TURTLE))
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert any(t.predicate.value == sd + "endpoint" and t.object.value == base + "sparql" for t in triples)
    assert any(t.object.value == sd + "UnionDefaultGraph" for t in triples)
    assert any(t.object.value == sd + "SPARQL11Update" for t in triples)  # a token is configured
    jsonld = sparql(base, headers={"Accept": "application/ld+json"})
    assert jsonld.headers["Content-Type"].startswith("application/ld+json")
    assert sparql(base, headers={"Accept": "image/png"}).status_code == 406
