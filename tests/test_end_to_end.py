"""The walking skeleton, end to end: build the seed, serve it, ask for the expulsion orders over HTTP."""

from __future__ import annotations

from pathlib import Path

import requests

WIKIDATA = "http://www.wikidata.org/entity/"
QUERY = Path(__file__).resolve().parent.parent / "queries" / "expulsion-orders.rq"


def expulsion_orders(base: str) -> list[dict]:
    text = QUERY.read_text(encoding="utf-8")
    response = requests.post(
        base + "sparql",
        data={"query": text},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("application/sparql-results+json")
    return response.json()["results"]["bindings"]


def test_seed_expulsion_orders_over_http(seed_server):
    rows = expulsion_orders(seed_server)
    by_sender = {row["senderWikidata"]["value"]: row for row in rows}
    assert len(rows) == 4
    assert set(by_sender) == {WIKIDATA + q for q in ("Q142", "Q30", "Q183", "Q1033")}
    status = {q: by_sender[WIKIDATA + q]["statusCode"]["value"] for q in ("Q142", "Q30", "Q183", "Q1033")}
    assert status == {"Q142": "confirmed", "Q30": "false", "Q183": "unverified", "Q1033": "unverified"}
    hours = {q: by_sender[WIKIDATA + q].get("deadlineHours", {}).get("value") for q in ("Q142", "Q30")}
    assert hours == {"Q142": "48", "Q30": None}
    for q in ("Q183", "Q1033"):
        assert by_sender[WIKIDATA + q]["deadlineHours"]["value"] == "48"
    french = by_sender[WIKIDATA + "Q142"]
    assert french["issuingStateWikidata"]["value"] == WIKIDATA + "Q1032"
    assert french["issued"]["value"] == "2023-11-10"
    assert "48 hours to leave" in french["evidence"]["value"]
    assert french["article"]["value"].startswith(seed_server)


def test_malformed_query_is_a_400_with_the_parser_message(seed_server):
    response = requests.get(seed_server + "sparql", params={"query": "SELECT ?x WHERE { ?x"}, timeout=10)
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    assert "malformed query" in body["message"]
