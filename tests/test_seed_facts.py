"""DOMAIN.md §1: every fact F1–F15 of the seed is in its graph with the right status, checked by SPARQL."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import asserted_store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "00-seed-niger-french-ambassador.txt"
BASE = "http://127.0.0.1:8000/"
E = f"{BASE}id/entity/"
PREFIXES = f"""PREFIX dipl: <https://w3id.org/diplomacy-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <http://schema.org/>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX e: <{E}>
"""

FACTS = {
    "F1 order for the French ambassador, 48 h, on Friday, confirmed": """
        ?o a dipl:ExpulsionOrder ; dipl:envoyOf e:fra ; dipl:factuality dipl:Confirmed ;
           dipl:issuedBy ?junta ; dipl:gracePeriod/time:numericDuration ?hours ;
           dipl:hasTime/time:inXSDDate "2023-11-10"^^<http://www.w3.org/2001/XMLSchema#date> ;
           dipl:hasTime/dipl:temporalExpression "on Friday" .
        ?junta a dipl:MilitaryJunta ; org:subOrganizationOf e:ner . FILTER (?hours = 48)""",
    "F2 order for the US ambassador reported, false": """
        ?o a dipl:ExpulsionOrder ; dipl:envoyOf e:usa ; dipl:factuality dipl:Refuted ; dipl:reportedBy ?reports .
        ?reports a dipl:UnresolvedAgent .""",
    "F3 US State Department: no such request": """
        ?d a dipl:Denial ; dipl:speaker ?who ; dipl:onBehalfOf e:usa ; dipl:factuality dipl:Confirmed ;
           dipl:denies ?o . ?o dipl:envoyOf e:usa .""",
    "F4 Niger's Foreign Ministry denied the letter (relayed)": """
        ?d a dipl:Denial ; dipl:speaker ?mfa ; dipl:onBehalfOf e:ner ; dipl:factuality dipl:Reported ;
           dipl:denies ?o . ?o dipl:envoyOf e:usa . ?mfa a dipl:GovernmentAgency .""",
    "F5 German and Nigerian orders unverified": """
        ?de a dipl:ExpulsionOrder ; dipl:envoyOf e:deu ; dipl:factuality dipl:Unverified ;
            dipl:hasAssessment/dipl:assessor ?authorities .
        ?ng a dipl:ExpulsionOrder ; dipl:envoyOf e:nga ; dipl:factuality dipl:Unverified .""",
    "F6 the junta accuses the French ambassador": """
        ?a a dipl:Accusation ; dipl:speaker ?junta ; dipl:target ?envoy .
        ?junta a dipl:MilitaryJunta . ?envoy dipl:represents e:fra .""",
    "F7 France rejects the putschists' authority": """
        ?r a dipl:Rejection ; dipl:speaker e:fra ; dipl:target ?junta ; dipl:rejects ?order .
        ?junta a dipl:MilitaryJunta . ?order dipl:envoyOf e:fra .""",
    "F8 Niger an ally against al-Qaida and IS in the Sahel": """
        ?p a dipl:SecurityPartnership ; dipl:partner e:ner ; dipl:directedAgainst e:alqaeda , e:isil ;
           dipl:inRegion e:sahel .""",
    "F9 independence from France in 1960": """
        ?i a dipl:IndependenceEvent ; dipl:actor e:ner ; dipl:independentFrom e:fra ;
           dipl:hasTime/time:inXSDgYear ?year . FILTER (STR(?year) = "1960")""",
    "F10 concern about Russian influence": "?c a dipl:Concern ; dipl:concernsInfluenceOf e:rus .",
    "F11 around 2,500 personnel, France and US combined, approximate": """
        ?m a dipl:MilitaryPresence ; dipl:deployingParty e:fra , e:usa ; dipl:hostState|dipl:actor ?x ;
           dipl:personnelCount ?q .
        ?q schema:value 2500 ; dipl:approximation dipl:Circa ; dipl:quantityScope dipl:CombinedTotal .""",
    "F12 joint operations suspended": """
        ?s a dipl:Suspension ; dipl:actor e:fra , e:usa ; dipl:factuality dipl:Confirmed ;
           dipl:suspends/dipl:cooperationMode dipl:JointOperations .""",
    "F13 financial aid suspended": """
        ?s a dipl:Suspension ; dipl:factuality dipl:Confirmed ;
           dipl:suspends/dipl:cooperationMode dipl:FinancialAid .""",
    "F14 German Foreign Ministry supports regional efforts": """
        ?s a dipl:ExpressionOfSupport ; dipl:speaker ?ffo ; dipl:onBehalfOf e:deu .
        ?ffo a dipl:GovernmentAgency .""",
    "F15 German Foreign Ministry calls for EU sanctions on the coup leaders (proposed)": """
        ?c a dipl:CallForSanctions ; dipl:speaker ?ffo ; dipl:onBehalfOf e:deu ; dipl:modality dipl:Proposed ;
           dipl:target ?junta ; dipl:addressee e:eu . ?junta a dipl:MilitaryJunta .""",
}


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return asserted_store([SEED], BASE)


@pytest.mark.parametrize("fact", FACTS)
def test_seed_fact(store, fact):
    assert store.query(PREFIXES + "ASK {" + FACTS[fact] + "}", use_default_graph_as_union=True), fact


def test_only_the_french_order_is_confirmed(store):
    query = (ROOT / "queries" / "expulsion-orders.rq").read_text(encoding="utf-8")
    rows = list(store.query(query, use_default_graph_as_union=True))
    statuses = sorted((r["senderLabel"].value, r["statusCode"].value, r["deadlineHours"] and r["deadlineHours"].value)
                      for r in rows)  # fmt: skip
    assert statuses == [("France", "confirmed", "48"), ("Germany", "unverified", "48"),
                        ("Nigeria", "unverified", "48"), ("United States", "false", None)]  # fmt: skip
    assert {r["issuingStateWikidata"].value for r in rows} == {"http://www.wikidata.org/entity/Q1032"}
