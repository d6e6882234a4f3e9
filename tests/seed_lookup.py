"""Finding the seed's resources on a running server, by what they are rather than by their IRIs.

The web tests must not hard-code the IRIs the pipeline mints (the slugs are the pipeline's business),
so they ask the server's own SPARQL endpoint: France is the state linked to Wikidata's Q142, the false
report is the expulsion order whose status code is "false", and so on.
"""

from __future__ import annotations

import requests

PREFIXES = """
PREFIX dipl: <https://w3id.org/diplomacy-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX wd: <http://www.wikidata.org/entity/>
"""


def rows(base: str, query: str) -> list[dict[str, str]]:
    """A SELECT through /sparql, as dicts of plain values."""
    response = requests.post(
        base + "sparql",
        data={"query": PREFIXES + query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    response.raise_for_status()
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


def one(base: str, query: str) -> str:
    """The single value of a one-variable, one-row SELECT."""
    found = rows(base, query)
    assert len(found) == 1, f"expected one row, got {found}"
    return next(iter(found[0].values()))


def state(base: str, qid: str) -> str:
    return one(base, f"SELECT DISTINCT ?s WHERE {{ ?s a dipl:State ; dipl:wikidataEntity wd:{qid} }}")


def order_for(base: str, qid: str) -> str:
    """The expulsion order whose envoy represents the state with this Wikidata id."""
    return one(
        base,
        f"""SELECT DISTINCT ?o WHERE {{
        ?o a dipl:ExpulsionOrder ; dipl:envoyOf ?s . ?s dipl:wikidataEntity wd:{qid} }}""",
    )


def article(base: str) -> str:
    return one(base, "SELECT DISTINCT ?a WHERE { ?a a schema:NewsArticle }")


def article_text(base: str) -> str:
    return one(base, "SELECT ?t WHERE { ?a a schema:NewsArticle ; schema:text ?t }")
