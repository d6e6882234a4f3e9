"""SPARQL 1.1 Graph Store HTTP Protocol at /graph-store, against a real `kg serve` process."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import requests
from sparql_fixtures import AUTH, EX, server

TURTLE = {**AUTH, "Content-Type": "text/turtle"}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    with server(tmp_path_factory.mktemp("graph-store")) as url:
        yield url


def gsp(base, method, graph=None, **kwargs):
    params = {"graph": graph} if graph else {"default": ""}
    return requests.request(method, base + "graph-store", params=params, timeout=30, **kwargs)


def triples(response) -> set[str]:
    return {str(t) for t in ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)}


def test_get_and_head_a_graph(base):
    response = gsp(base, "GET", f"{EX}g2", headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert f'<{EX}france> <{EX}label> "France"@en' in triples(response)
    head = gsp(base, "HEAD", f"{EX}g2")
    assert head.status_code == 200 and head.content == b"" and head.headers["ETag"]
    assert gsp(base, "GET", f"{EX}missing").status_code == 404


def test_put_creates_then_replaces(base):
    graph = f"{EX}put"
    assert gsp(base, "PUT", graph, data=f'<{EX}a> <{EX}b> "one" .', headers=TURTLE).status_code == 201
    assert gsp(base, "PUT", graph, data=f'<{EX}a> <{EX}b> "two" .', headers=TURTLE).status_code == 204
    got = gsp(base, "GET", graph, headers={"Accept": "application/n-triples"})
    assert triples(got) == {f'<{EX}a> <{EX}b> "two"'}


def test_post_merges_and_post_to_the_store_creates_a_graph(base):
    graph = f"{EX}post"
    assert gsp(base, "POST", graph, data=f'<{EX}a> <{EX}b> "one" .', headers=TURTLE).status_code == 201
    assert gsp(base, "POST", graph, data=f'<{EX}a> <{EX}b> "two" .', headers=TURTLE).status_code == 204
    assert len(triples(gsp(base, "GET", graph, headers={"Accept": "application/n-triples"}))) == 2
    created = requests.post(base + "graph-store", data=f'<{EX}c> <{EX}d> "new" .', headers=TURTLE, timeout=30)
    assert created.status_code == 201
    location = created.headers["Location"]
    assert triples(requests.get(location, headers={"Accept": "application/n-triples"}, timeout=30)) == {
        f'<{EX}c> <{EX}d> "new"'
    }


def test_malformed_rdf_is_400_and_the_store_is_unchanged(base):
    before = gsp(base, "GET", f"{EX}g2", headers={"Accept": "application/n-triples"}).content
    bad = gsp(base, "PUT", f"{EX}g2", data=f'<{EX}a> <{EX}b> "unterminated .', headers=TURTLE)
    assert bad.status_code == 400 and "malformed text/turtle" in bad.json()["message"]
    assert gsp(base, "GET", f"{EX}g2", headers={"Accept": "application/n-triples"}).content == before


def test_unsupported_upload_type_is_415(base):
    response = gsp(base, "PUT", f"{EX}x", data=b"a,b", headers={**AUTH, "Content-Type": "text/csv"})
    assert response.status_code == 415


def test_delete(base):
    graph = f"{EX}doomed"
    gsp(base, "PUT", graph, data=f'<{EX}a> <{EX}b> "c" .', headers=TURTLE)
    assert gsp(base, "DELETE", graph, headers=AUTH).status_code == 204
    assert gsp(base, "GET", graph).status_code == 404
    assert gsp(base, "DELETE", graph, headers=AUTH).status_code == 404


def test_writes_need_the_token(base):
    assert gsp(base, "PUT", f"{EX}x", data=b"", headers={"Content-Type": "text/turtle"}).status_code == 401
    assert gsp(base, "DELETE", f"{EX}g1", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert gsp(base, "GET", f"{EX}g1").status_code == 200


def test_rdf_xml_uploads_expand_no_external_entities(base, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    xxe = f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="{EX}">
  <rdf:Description rdf:about="{EX}xxe"><ex:leak>&xxe;</ex:leak></rdf:Description>
</rdf:RDF>"""
    response = gsp(base, "PUT", f"{EX}xxe", data=xxe.encode(), headers={**AUTH, "Content-Type": "application/rdf+xml"})
    stored = gsp(base, "GET", f"{EX}xxe", headers={"Accept": "application/n-triples"})
    assert "TOP-SECRET" not in stored.text
    assert response.status_code in (201, 400)


def nested_entities(levels: int) -> str:
    """RDF/XML whose one literal is 10 ** (levels + 1) characters once its nested entities are expanded."""
    entities = '<!ENTITY e0 "aaaaaaaaaa">' + "".join(
        f'<!ENTITY e{n} "{f"&e{n - 1};" * 10}">' for n in range(1, levels + 1)
    )
    return f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ {entities} ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="{EX}">
  <rdf:Description rdf:about="{EX}bomb"><ex:text>&e{levels};</ex:text></rdf:Description>
</rdf:RDF>"""


def test_rdf_xml_entities_cannot_expand_past_the_request_cap(base):
    rdfxml = {**AUTH, "Content-Type": "application/rdf+xml"}
    # A 1 KB "billion laughs" that the engine would store as a 100 MB literal.
    bomb = gsp(base, "PUT", f"{EX}bomb", data=nested_entities(7).encode(), headers=rdfxml)
    assert bomb.status_code == 400 and "KG_MAX_REQUEST_BYTES" in bomb.json()["message"]
    assert gsp(base, "GET", f"{EX}bomb").status_code == 404
    # Entities as namespace abbreviations, as Protégé writes them, are fine.
    small = gsp(base, "PUT", f"{EX}small", data=nested_entities(2).encode(), headers=rdfxml)
    assert small.status_code == 201, small.text
    stored = gsp(base, "GET", f"{EX}small", headers={"Accept": "application/n-triples"})
    assert f'<{EX}bomb> <{EX}text> "{"a" * 1000}"' in triples(stored)


def test_conditional_get(base):
    first = gsp(base, "GET", f"{EX}g1")
    again = gsp(base, "GET", f"{EX}g1", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


def test_direct_identification_and_empty_responses_carry_no_content_type(base):
    url = base + "graph-store/people/1.ttl"
    created = requests.put(url, data=f'<{EX}a> <{EX}b> "one" .', headers=TURTLE, timeout=30)
    assert created.status_code == 201 and "Content-Type" not in created.headers
    assert created.headers["Location"] == url
    # The same graph, named indirectly by its IRI.
    assert triples(gsp(base, "GET", url, headers={"Accept": "application/n-triples"})) == {f'<{EX}a> <{EX}b> "one"'}
    replaced = requests.put(url, data=f'<{EX}a> <{EX}b> "two" .', headers=TURTLE, timeout=30)
    assert replaced.status_code == 204 and "Content-Type" not in replaced.headers
    assert requests.get(url, params={"default": ""}, timeout=30).status_code == 400
    assert requests.delete(url, headers=AUTH, timeout=30).status_code == 204
    assert requests.head(url, timeout=30).status_code == 404


def test_multipart_post_merges_every_part(base):
    graph = f"{EX}multipart"
    files = [
        ("first", ("first.ttl", f'<{EX}a> <{EX}b> "one" .', "text/turtle")),
        ("second", ("second.nt", f'<{EX}a> <{EX}b> "two" .', "")),  # known by its suffix
    ]
    response = requests.post(base + "graph-store", params={"graph": graph}, files=files, headers=AUTH, timeout=30)
    assert response.status_code == 201, response.text
    got = gsp(base, "GET", graph, headers={"Accept": "application/n-triples"})
    assert triples(got) == {f'<{EX}a> <{EX}b> "one"', f'<{EX}a> <{EX}b> "two"'}
    bad = [("bad", ("bad.ttl", f'<{EX}a> <{EX}b> "unterminated .', "text/turtle"))]
    response = requests.post(base + "graph-store", params={"graph": graph}, files=bad, headers=AUTH, timeout=30)
    assert response.status_code == 400
    assert triples(gsp(base, "GET", graph, headers={"Accept": "application/n-triples"})) == triples(got)
