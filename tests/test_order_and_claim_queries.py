"""The two named queries the extraction is measured through, run on real pipeline output."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import asserted_store

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "data" / "unseen"
SEED = ROOT / "data" / "articles" / "00-seed-niger-french-ambassador.txt"
BASE = "http://127.0.0.1:8000/"
WD = "http://www.wikidata.org/entity/"
ONTOLOGY = "https://w3id.org/diplomacy-kg/ontology"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    """Four articles as the pipeline asserts them, each in its own graph."""
    stems = ("u02-chad-germany-reciprocal", "u08-nigeria-niger-recall-no-expulsion", "u10-mali-algeria-reported-false")
    return asserted_store([SEED, *(UNSEEN / f"{stem}.txt" for stem in stems)], BASE)


def rows(store: ox.Store, name: str, article: str | None = None) -> list[dict]:
    query = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    bindings = {ox.Variable("article"): ox.NamedNode(f"{BASE}id/article/{article}")} if article else None
    result = store.query(query, use_default_graph_as_union=True, substitutions=bindings)
    names = [v.value for v in result.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in result]


def test_orders_of_a_reciprocal_expulsion(store):
    found = rows(store, "expulsion-orders", "u02-chad-germany-reciprocal")
    by_sender = {r["senderWikidata"]: r for r in found}
    assert set(by_sender) == {f"{WD}Q183", f"{WD}Q657"}  # Germany's envoy, Chad's envoy
    german = by_sender[f"{WD}Q183"]
    assert german["envoyName"] == "Jan Hartmann" and german["issuingStateWikidata"] == f"{WD}Q657"
    assert [german[k] for k in ("deadlineHours", "issued", "statusCode")] == ["48", "2023-04-07", "confirmed"]
    chadian = by_sender[f"{WD}Q657"]
    assert chadian["envoyName"] == "Halime Adoum Issa" and chadian["issuingStateWikidata"] == f"{WD}Q183"


def test_a_refuted_order_keeps_its_status_and_no_issue_date(store):
    [order] = rows(store, "expulsion-orders", "u10-mali-algeria-reported-false")
    assert order["statusCode"] == "false" and order["deadlineHours"] == "72" and order["issued"] is None
    assert order["senderWikidata"] == f"{WD}Q262" and order["issuingStateWikidata"] == f"{WD}Q912"


def test_threats_recalls_and_summons_are_not_orders(store):
    assert rows(store, "expulsion-orders", "u08-nigeria-niger-recall-no-expulsion") == []


def test_one_row_per_order_although_entities_are_described_in_several_graphs(store):
    found = rows(store, "expulsion-orders")
    assert len(found) == len({(r["order"], r["envoy"]) for r in found}) == 4 + 2 + 1


def test_claims_carry_their_source_and_status(store):
    seed = rows(store, "claims", "00-seed-niger-french-ambassador")
    assert len(seed) == len({r["claim"] for r in seed})
    codes = {(r["claim"].rsplit("/", 1)[-1], r["statusCode"]) for r in seed}
    assert ("denial-1", "confirmed") in codes and ("denial-2", "reported") in codes
    reported = [r for r in seed if r["claim"].endswith("/expulsion-order-2")]
    assert [(r["statusCode"], r["sourceLabel"]) for r in reported] == [("false", "unnamed reports")]
    assert all(r["evidence"] and r["article"].endswith("00-seed-niger-french-ambassador") for r in seed)
    u08 = rows(store, "claims", "u08-nigeria-niger-recall-no-expulsion")
    threat = [r for r in u08 if "/threat-" in r["claim"]]
    assert len(threat) == 1 and "French ambassador" in threat[0]["statement"]
