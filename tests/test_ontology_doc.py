"""/ontology and the term IRIs, over a real `kg serve` on loopback."""

import html
import xml.etree.ElementTree as ET

import pytest
import requests
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from service import ontology
from service.ontology import DIPL

RDF_TYPES = {
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
}
SUFFIXES = {"ttl": "text/turtle", "rdf": "application/rdf+xml", "owl": "application/rdf+xml",
            "jsonld": "application/ld+json", "nt": "application/n-triples", "html": "text/html"}  # fmt: skip


@pytest.fixture(scope="module")
def source() -> Graph:
    return ontology.load()


@pytest.fixture(scope="module")
def page(seed_server) -> requests.Response:
    return requests.get(seed_server + "ontology", headers={"Accept": "text/html"}, timeout=30)


def dipl_terms(graph: Graph, kind) -> list[URIRef]:
    return sorted(t for t in graph.subjects(RDF.type, kind) if str(t).startswith(str(DIPL)))


def test_people_get_html_that_varies_with_accept_and_links_the_alternates(page):
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert "Accept" in page.headers["Vary"]
    for suffix in ("ttl", "rdf", "jsonld", "nt"):
        assert f"/ontology.{suffix}>" in page.headers["Link"]


@pytest.mark.parametrize("media_type", RDF_TYPES)
def test_rdf_clients_get_the_same_graph_as_the_source(seed_server, source, media_type):
    response = requests.get(seed_server + "ontology", headers={"Accept": media_type}, timeout=30)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith(media_type)
    assert "Accept" in response.headers["Vary"]
    assert isomorphic(Graph().parse(data=response.content, format=RDF_TYPES[media_type]), source)


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_suffix_urls_serve_their_format_whatever_the_accept_header(seed_server, suffix):
    response = requests.get(f"{seed_server}ontology.{suffix}", headers={"Accept": "text/html"}, timeout=30)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith(SUFFIXES[suffix])


def test_unknown_format_is_406_and_unknown_suffix_404(seed_server):
    refused = requests.get(seed_server + "ontology", headers={"Accept": "image/png"}, timeout=30)
    assert refused.status_code == 406 and "text/turtle" in refused.text
    assert requests.get(seed_server + "ontology.docx", timeout=30).status_code == 404


@pytest.mark.parametrize("kind", [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept])
def test_the_page_documents_every_term_with_label_and_definition(page, source, kind):
    text = html.unescape(page.text)
    terms = dipl_terms(source, kind)
    assert terms
    for term in terms:
        name = term.split("#")[1]
        assert f'<section class="term" id="{name}">' in page.text, name
        assert str(source.value(term, RDFS.label)) in text
        assert str(source.value(term, SKOS.definition)) in text


def test_a_property_shows_domain_range_and_a_class_its_super_and_subclasses(page):
    section = page.text.split('<section class="term" id="factuality">', 1)[1].split("</section>", 1)[0]
    assert "Domain" in section and 'href="#Eventuality"' in section and 'href="#Proposition"' in section
    assert "Range" in section and "skos:Concept" in section
    government = page.text.split('<section class="term" id="Government">', 1)[1].split("</section>", 1)[0]
    assert "Subclass of" in government and "Superclass of" in government
    assert 'href="#DeFactoGovernment"' in government and 'href="#Agent"' in government


def test_the_class_hierarchy_is_drawn_server_side_as_svg(page, source):
    start = page.text.index('<svg xmlns="http://www.w3.org/2000/svg"')
    svg = ET.fromstring(page.text[start : page.text.index("</svg>", start) + len("</svg>")])
    drawn = {g.get("data-id") for g in svg.iter("{http://www.w3.org/2000/svg}g") if g.get("data-id")}
    assert drawn == {c.split("#")[1] for c in dipl_terms(source, OWL.Class)}


def test_a_term_iri_redirects_people_to_its_anchor(seed_server):
    response = requests.get(seed_server + "ontology/MilitaryJunta", headers={"Accept": "text/html"},
                            allow_redirects=False, timeout=30)  # fmt: skip
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/ontology#MilitaryJunta")


def test_a_term_iri_describes_the_term_to_rdf_clients(seed_server):
    response = requests.get(
        seed_server + "ontology/MilitaryJunta", headers={"Accept": "text/turtle"}, timeout=30
    )
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/turtle")
    described = Graph().parse(data=response.text, format="turtle")
    assert (DIPL.MilitaryJunta, RDFS.subClassOf, DIPL.DeFactoGovernment) in described
    assert set(described.subjects()) == {DIPL.MilitaryJunta}


def test_an_unknown_term_is_404(seed_server):
    response = requests.get(
        seed_server + "ontology/NoSuchTerm", headers={"Accept": "text/turtle"}, timeout=30
    )
    assert response.status_code == 404 and "NoSuchTerm" in response.text
