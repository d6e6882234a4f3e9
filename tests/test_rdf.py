"""Facts → RDF: IRIs under the base, evidence that leads back to the words, curated graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from service.extract import extract_article
from service.rdf import DIPL, OA, article_graph, curated_graph

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "00-seed-niger-french-ambassador.txt"
BASE = "http://example.test/kg/"


def seed_store() -> tuple[ox.Store, object]:
    article = extract_article(SEED)
    iri, graph = article_graph(article, BASE)
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store, article


def test_every_iri_is_under_the_base_or_a_vocabulary():
    _, graph = article_graph(extract_article(SEED), BASE)
    for s in graph.subjects():
        assert str(s).startswith(BASE)
    assert all(str(o).startswith(BASE) for o in graph.objects(None, DIPL.targetEnvoy))


def test_every_quote_is_the_text_at_its_offsets():
    article = extract_article(SEED)
    _, graph = article_graph(article, BASE)
    selectors = 0
    for target in graph.subjects(OA.hasSource, None):
        position = quote = None
        for selector in graph.objects(target, OA.hasSelector):
            if (selector, OA.start, None) in graph:
                position = selector
            else:
                quote = selector
        start, end = int(graph.value(position, OA.start)), int(graph.value(position, OA.end))
        assert article.text[start:end] == str(graph.value(quote, OA.exact))
        selectors += 1
    assert selectors >= 10


def test_orders_carry_deadline_time_and_status():
    store, _ = seed_store()
    rows = {r["code"].value: (r["hours"] and r["hours"].value, r["day"] and r["day"].value) for r in store.query("""
        PREFIX dipl: <https://w3id.org/diplomacy-kg/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX time: <http://www.w3.org/2006/time#>
        SELECT ?code ?hours ?day WHERE {
          ?o a dipl:ExpulsionOrder ; dipl:factuality ?f ; dipl:envoyOf ?s .
          VALUES (?f ?code) { (dipl:Confirmed "confirmed") (dipl:Refuted "false") (dipl:Unverified "unverified") }
          OPTIONAL { ?o dipl:gracePeriod/time:numericDuration ?hours }
          OPTIONAL { ?o dipl:hasTime/time:inXSDDate ?day }
        }""")}  # fmt: skip
    assert rows["confirmed"] == ("48", "2023-11-10")
    assert rows["false"] == (None, None)
    assert rows["unverified"][0] == "48"


def test_graph_provenance():
    store, _ = seed_store()
    assert store.query(f"""ASK {{
        <{BASE}id/graph/00-seed-niger-french-ambassador>
            <http://www.w3.org/ns/prov#wasDerivedFrom> <{BASE}id/article/00-seed-niger-french-ambassador> ;
            <http://www.w3.org/ns/prov#wasGeneratedBy> ?run . }}""")


def test_curated_graph_resolves_relative_iris_and_has_provenance():
    graph = curated_graph(ROOT / "data" / "curated", BASE)
    subjects = {str(s) for s in graph.subjects()}
    assert f"{BASE}id/graph/curated" in subjects
    assert all(s.startswith(BASE) for s in subjects)
