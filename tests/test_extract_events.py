"""Expulsion orders and the acts around them, in phrasings the development articles do not use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.extract import extract_article, extract_text

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def orders(text: str, day: str = "2023-08-30"):
    article = extract_text(f"date {day}\n{text}", "t")
    rows = []
    for e in article.events:
        if e.kind == "ExpulsionOrder":
            envoy = article.entities[e.roles["envoy"][0]]
            issuer = (e.roles.get("issuer") or [None])[0]
            state = issuer
            while state and article.entities[state].kind != "State":
                state = article.entities[state].part_of
            rows.append({"state": state, "sender": (e.roles.get("sender") or [None])[0], "name": envoy.name,
                         "hours": e.deadline_hours, "status": e.status, "event": e})  # fmt: skip
    return rows


@pytest.mark.parametrize(
    "text, state, sender, name, hours, status",
    [("Burkina Faso's junta ordered the expulsion of France's ambassador, Luc Hallade, giving him 72 hours.",
      "BFA", "FRA", "Luc Hallade", 72, "confirmed"),
     ("Chad declared the German ambassador Jan-Christian Gordon Kricke persona non grata and gave him 48 hours "
      "to leave.", "TCD", "DEU", "Jan-Christian Gordon Kricke", 48, "confirmed"),
     ("The Malian government has expelled the ECOWAS special envoy.", "MLI", "ECOWAS", None, None, "confirmed"),
     ("Niger ordered the French envoy to quit the country within two days.", "NER", "FRA", None, 48, "confirmed"),
     ("Reports that Algeria had expelled the Moroccan consul could not be independently verified.",
      "DZA", "MAR", None, None, "unverified"),
     ("Kinshasa denied it had asked the Rwandan ambassador to leave.", "COD", "RWA", None, None, "denied"),
     ("The ambassador of Sweden was declared persona non grata by Turkey on Tuesday.",
      "TUR", "SWE", None, None, "confirmed"),
     ("The Nigerien junta told the French ambassador, Sylvain Itté, to depart within 48 hours.",
      "NER", "FRA", "Sylvain Itté", 48, "confirmed")],
)  # fmt: skip
def test_expulsion_phrasings(text, state, sender, name, hours, status):
    (row,) = orders(text)
    assert (row["state"], row["sender"], row["name"], row["hours"], row["status"]) == (
        state, sender, name, hours, status)  # fmt: skip


def test_a_threat_is_not_an_order():
    assert orders("The junta threatened to expel the French ambassador if Paris did not apologise.") == []


def test_reported_then_declared_false_in_the_next_sentence():
    (row,) = orders("Earlier reports said Niger had asked the Nigerian ambassador to leave within 48 hours. "
                    "Officials later confirmed that these reports were false.")  # fmt: skip
    assert row["status"] == "false"


def test_group_order_expands_to_the_named_people():
    rows = orders("Mali declared five UN officials persona non grata and gave them 72 hours to leave. "
                  "Those named included Jane Roe, UNICEF's representative in Mali, and John Doe of OCHA.")  # fmt: skip
    assert sorted((r["name"], r["sender"], r["hours"]) for r in rows) == [
        ("Jane Roe", "UNICEF", 72), ("John Doe", "OCHA", 72)]  # fmt: skip


def test_retaliation_and_time():
    (row,) = orders("Russia expelled two Estonian diplomats on Monday in retaliation for a similar move.")
    assert row["event"].label.startswith("retaliatory")
    assert row["event"].time.value == date(2023, 8, 28)


def test_seed_orders():
    article = extract_article(ARTICLES / "00-seed-niger-french-ambassador.txt")
    found = {e.roles["sender"][0]: e for e in article.events if e.kind == "ExpulsionOrder"}
    assert {k: (e.status, e.deadline_hours) for k, e in found.items()} == {
        "FRA": ("confirmed", 48), "USA": ("false", None), "DEU": ("unverified", 48), "NGA": ("unverified", 48)}
    french = found["FRA"]
    assert french.time.text == "on Friday" and french.time.value == date(2023, 11, 10)
    assert french.time.method == "relative-to-dateline"
    assert {e.roles["issuer"][0] for e in found.values()} == {"gov-ner"}
    junta = article.entities["gov-ner"]
    assert (junta.kind, junta.part_of) == ("MilitaryJunta", "NER")
    envoy = article.entities[french.roles["envoy"][0]]
    assert (envoy.kind, envoy.role, envoy.represents) == ("Person", "ambassador", "FRA")
    denials = [e for e in article.events if e.kind == "Denial"]
    assert all(found["USA"].id in d.refers_to for d in denials) and len(denials) == 2


def test_seed_entities_link_to_wikidata_from_the_gazetteer():
    article = extract_article(ARTICLES / "00-seed-niger-french-ambassador.txt")
    assert {k: article.entities[k].wikidata for k in ("NER", "FRA", "USA", "DEU", "NGA", "RUS", "EU")} == {
        "NER": "Q1032", "FRA": "Q142", "USA": "Q30", "DEU": "Q183", "NGA": "Q1033", "RUS": "Q159", "EU": "Q458"}
    mentions = {article.text[m.start : m.end] for m in article.entities["gov-ner"].mentions}
    assert {"the junta", "the putschists", "the coup leaders", "Niger’s junta"} <= mentions
