"""Dereferencing and the HTML pages, over plain HTTP against a real `kg serve` of the seed.

The rule under test (service/pages.py): 200 with Content-Location, never 303; Vary: Accept on
negotiated responses; a Link: rel="alternate" for every suffix alternate; suffix URLs ignore Accept.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
import requests
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS

from service import formats
from tests import seed_lookup as seed

PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
DIPL = "https://w3id.org/diplomacy-kg/ontology#"
TRIPLE_FORMATS = [f for f in formats.RDF_FORMATS if f.name not in ("trig", "nquads")]
QUAD_FORMATS = [f for f in formats.RDF_FORMATS if f.name in ("trig", "nquads")]
RDFLIB_FORMAT = {
    "turtle": "turtle",
    "ntriples": "nt",
    "rdfxml": "xml",
    "jsonld": "json-ld",
    "trig": "trig",
    "nquads": "nquads",
}


def get(url: str, accept: str | None = None, **kwargs) -> requests.Response:
    headers = {"Accept": accept} if accept else {}
    return requests.get(url, headers=headers, timeout=30, **kwargs)


def links(response: requests.Response) -> dict[str, str]:
    """The Link header's alternates: media type → URL path."""
    found = {}
    for part in response.headers.get("Link", "").split(","):
        match = re.match(r'\s*<([^>]+)>;\s*rel="alternate";\s*type="([^"]+)"', part)
        if match:
            found[match[2]] = match[1]
    return found


def path_of(base: str, iri: str) -> str:
    return "/" + iri.removeprefix(base)


@pytest.fixture(scope="module")
def france(seed_server) -> str:
    return seed.state(seed_server, "Q142")


@pytest.fixture(scope="module")
def french_order(seed_server) -> str:
    return seed.order_for(seed_server, "Q142")


@pytest.fixture(scope="module")
def us_order(seed_server) -> str:
    return seed.order_for(seed_server, "Q30")


# --- content negotiation ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", formats.RDF_FORMATS, ids=lambda f: f.name)
def test_negotiated_rdf_is_200_with_content_location_vary_and_alternates(seed_server, france, fmt):
    response = get(france, fmt.media_type)
    assert response.status_code == 200
    assert response.history == []  # no redirect
    assert response.headers["Content-Type"].startswith(fmt.media_type)
    assert response.headers["Content-Location"] == f"{path_of(seed_server, france)}.{fmt.suffix}"
    assert "Accept" in response.headers["Vary"]
    alternates = links(response)
    expected = {
        f.media_type: f"{path_of(seed_server, france)}.{f.suffix}"
        for f in (formats.HTML, *formats.RDF_FORMATS)
        if f is not fmt
    }
    assert alternates == expected


@pytest.mark.parametrize("fmt", formats.RDF_FORMATS, ids=lambda f: f.name)
def test_suffix_url_serves_its_format_whatever_the_accept_header(seed_server, france, fmt):
    negotiated = get(france, fmt.media_type)
    by_suffix = get(f"{france}.{fmt.suffix}", "text/html")
    assert by_suffix.status_code == 200
    assert by_suffix.headers["Content-Type"].startswith(fmt.media_type)
    assert "Content-Location" not in by_suffix.headers
    assert "Accept" not in [v.strip() for v in by_suffix.headers.get("Vary", "").split(",")]
    assert by_suffix.content == negotiated.content


def test_html_for_browsers_and_for_any_type(seed_server, france):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    for accept in (browser, "*/*", None):
        response = get(france, accept)
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("text/html")
        assert response.headers["Content-Location"] == path_of(seed_server, france) + ".html"
    assert get(france + ".html", "text/turtle").headers["Content-Type"].startswith("text/html")


def test_rdf_preferred_over_html_by_q_value(france):
    response = get(france, "text/html;q=0.5, text/turtle")
    assert response.headers["Content-Type"].startswith("text/turtle")


def test_unacceptable_type_is_406(france):
    response = get(france, "image/png")
    assert response.status_code == 406
    assert "text/turtle" in response.text


def test_conditional_get_gives_304(france):
    first = get(france, "text/turtle")
    again = get(france, "text/turtle")
    assert first.headers["ETag"] == again.headers["ETag"]
    cached = requests.get(
        france, headers={"Accept": "text/turtle", "If-None-Match": first.headers["ETag"]}, timeout=30
    )
    assert cached.status_code == 304
    other = requests.get(
        france,
        headers={"Accept": "application/n-triples", "If-None-Match": first.headers["ETag"]},
        timeout=30,
    )
    assert other.status_code == 200


def test_every_minted_iri_dereferences(seed_server):
    iris = {
        r["x"]
        for r in seed.rows(
            seed_server,
            f"""
        SELECT DISTINCT ?x WHERE {{ {{ ?x ?p ?o }} UNION {{ ?s ?p ?x }} UNION {{ GRAPH ?x {{ ?a ?b ?c }} }}
          FILTER (isIRI(?x) && STRSTARTS(STR(?x), "{seed_server}id/")) }}""",
        )
    }
    assert len(iris) > 50
    failures = []
    for iri in sorted(iris):
        response = get(iri, "application/n-triples")
        if response.status_code != 200 or f"<{iri}>" not in response.text:
            failures.append((iri, response.status_code))
    assert failures == []


# --- what the RDF holds ---------------------------------------------------------------------------


def test_rdf_has_outgoing_and_incoming_triples(france, french_order):
    graph = Graph().parse(data=get(france, "text/turtle").text, format="turtle")
    fr = URIRef(france)
    assert (fr, RDFS.label, Literal("France", lang="en")) in graph
    assert (URIRef(french_order), URIRef(DIPL + "envoyOf"), fr) in graph  # incoming


def test_rdf_of_an_event_carries_its_evidence_and_provenance(seed_server, french_order):
    graph = Graph().parse(data=get(french_order, "text/turtle").text, format="turtle")
    exact = URIRef("http://www.w3.org/ns/oa#exact")
    quotes = {str(o) for o in graph.objects(None, exact)}
    assert any(q.startswith("In a surprising move") for q in quotes)
    article = URIRef(seed.article(seed_server))
    assert any(o == article for o in graph.objects(None, PROV_DERIVED))  # the graph's provenance
    assert URIRef(DIPL + "Confirmed") in set(graph.objects(URIRef(french_order), URIRef(DIPL + "factuality")))


@pytest.mark.parametrize("fmt", QUAD_FORMATS, ids=lambda f: f.name)
def test_quad_formats_keep_the_graph_of_each_statement(seed_server, french_order, fmt):
    dataset = Dataset()
    dataset.parse(data=get(french_order, fmt.media_type).content, format=RDFLIB_FORMAT[fmt.name])
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    article_graph = seed.one(seed_server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a schema:NewsArticle } }")
    assert article_graph in graphs
    assert f"{seed_server}id/graph/inferred" in graphs  # inferred statements are kept apart


@pytest.mark.parametrize("fmt", TRIPLE_FORMATS, ids=lambda f: f.name)
def test_triple_formats_parse_to_the_same_graph(france, fmt):
    turtle = Graph().parse(data=get(france, "text/turtle").content, format="turtle")
    assert _parse(get(france, fmt.media_type).content, fmt).isomorphic(turtle)


def _parse(body: bytes, fmt) -> Graph:
    return Graph().parse(data=body, format=RDFLIB_FORMAT[fmt.name])


# --- unknown IRIs -----------------------------------------------------------------------------------


def test_unknown_iri_is_a_404_page_that_helps(seed_server):
    response = get(f"{seed_server}id/entity/republic-of-france", "text/html")
    assert response.status_code == 404
    assert response.headers["Content-Type"].startswith("text/html")
    page = response.text
    assert '<form class="search big"' in page and 'name="q"' in page
    assert ">France</a>" in page  # the nearest label
    for accept in ("text/turtle", "application/json"):
        assert get(f"{seed_server}id/entity/republic-of-france", accept).status_code == 404


def test_unknown_suffix_is_404(france):
    assert get(france + ".pdf", "text/html").status_code == 404


# --- pages ----------------------------------------------------------------------------------------


class Anchors(HTMLParser):
    """Collects links, script sources and elements by class from a page."""

    def __init__(self):
        super().__init__()
        self.hrefs, self.sources, self.classes = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if tag in ("script", "img", "link") and (
            attrs.get("src") or (tag == "link" and attrs.get("rel") == "stylesheet")
        ):
            self.sources.append(attrs.get("src") or attrs.get("href"))
        self.classes.append((tag, attrs.get("class") or ""))


def parse_page(html: str) -> Anchors:
    anchors = Anchors()
    anchors.feed(html)
    return anchors


def test_event_page_shows_status_evidence_links_and_diagram(seed_server, french_order, france):
    page = get(french_order, "text/html").text
    parsed = parse_page(page)
    assert ("article", "resource event status-confirmed") in parsed.classes
    assert "In a surprising move, the military rulers of Niger" in page
    assert (
        path_of(seed_server, seed.article(seed_server)) + "#char-" in page
    )  # evidence → its place in the article
    assert path_of(seed_server, france) in parsed.hrefs
    assert "/ontology#ExpulsionOrder" in parsed.hrefs  # types link to the ontology document
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="kg-diagram"' in page
    assert all(src.startswith("/") for src in parsed.sources), parsed.sources  # nothing from a CDN


def test_false_report_never_looks_like_a_fact(us_order):
    page = get(us_order, "text/html").text
    parsed = parse_page(page)
    assert ("article", "resource event status-false") in parsed.classes
    assert ("div", "factuality status-false") in parsed.classes
    assert "This is not a fact" in page
    heading = page.split('<section class="evidence">')[0]
    assert "status-confirmed" not in heading and "Confirmed" not in heading


def test_entity_page_has_wikidata_incoming_links_and_timeline(seed_server, france, french_order):
    page = get(france, "text/html").text
    parsed = parse_page(page)
    assert "http://www.wikidata.org/entity/Q142" in parsed.hrefs
    assert "Incoming links" in page
    assert path_of(seed_server, french_order) in parsed.hrefs
    timeline = next(h for h in parsed.hrefs if h.startswith("/timeline?"))
    assert requests.get(seed_server + timeline.lstrip("/"), timeout=30).status_code == 200


def test_article_page_highlights_every_fact_in_place(seed_server):
    article = seed.article(seed_server)
    text = seed.article_text(seed_server)
    spans = seed.rows(
        seed_server,
        f"""
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT DISTINCT ?event ?start ?end WHERE {{
          ?event dipl:evidence/oa:hasTarget ?t . ?t oa:hasSource <{article}> ; oa:hasSelector ?s .
          ?s oa:start ?start ; oa:end ?end }}""",
    )
    page = get(article, "text/html").text
    marks = re.findall(r'<mark class="fact status-(\w+)"[^>]*>(.*?)</mark>', page, re.S)
    assert marks
    highlighted = "".join(html.unescape(m[1]) for m in marks)
    for span in spans:  # every evidence sentence is highlighted, word for word
        assert text[int(span["start"]) : int(span["end"])] in highlighted
    parsed = parse_page(page)
    for event in {s["event"] for s in spans}:
        assert path_of(seed_server, event) in parsed.hrefs
    assert "false" in {m[0] for m in marks}


def test_timeline_page_lists_events_in_date_order(seed_server):
    niger = seed.state(seed_server, "Q1032")
    page = requests.get(seed_server + "timeline", params={"entity": niger}, timeout=30).text
    dates = re.findall(r'<time datetime="([^"]*)"', page)
    assert dates and dates == sorted(dates)
    assert 'class="badge status-false"' in page
    bad = requests.get(
        seed_server + "timeline",
        params={"entity": "no iri"},
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert bad.status_code == 400 and "'entity'" in bad.json()["message"]


def test_home_page_counts_from_void_examples_and_search(seed_server):
    page = get(seed_server, "text/html").text
    void = Graph().parse(data=get(seed_server + ".well-known/void", "text/turtle").text, format="turtle")
    triples = void.value(
        URIRef(seed_server + ".well-known/void#dataset"), URIRef("http://rdfs.org/ns/void#triples")
    )
    assert f"<strong>{int(triples):,}</strong> statements" in page
    parsed = parse_page(page)
    assert "/queries/expulsion-orders" in parsed.hrefs
    assert 'action="/search"' in page
    assert 'id="query-form"' in page


def test_search_by_label_and_escaping(seed_server, france):
    page = requests.get(seed_server + "search", params={"q": "fran"}, timeout=30).text
    assert path_of(seed_server, france) in parse_page(page).hrefs
    hostile = requests.get(seed_server + "search", params={"q": "<script>alert(1)</script>"}, timeout=30).text
    assert "<script>alert(1)" not in hostile and "&lt;script&gt;" in hostile
