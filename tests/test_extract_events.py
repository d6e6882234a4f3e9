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
      "NER", "FRA", "Sylvain Itté", 48, "confirmed"),
     ("The Kenyan government on Tuesday told the Somali ambassador to leave Nairobi within 24 hours.",
      "KEN", "SOM", None, 24, "confirmed"),
     ("The United States has declared two Cuban diplomats personae non gratae and given them a week to leave.",
      "USA", "CUB", None, 168, "confirmed"),
     ("Ethiopia has given the AU's special representative, Moussa Kone, 48 hours to leave Addis Ababa.",
      "ETH", "AU", "Moussa Kone", 48, "confirmed"),
     ("Mozambique's foreign minister said the Zimbabwean defence attaché had been declared persona non grata.",
      "MOZ", "ZWE", None, None, "confirmed"),
     ("Estonia ordered Russia's chargé d'affaires in Tallinn, Ivan Petrov, to leave immediately.",
      "EST", "RUS", "Ivan Petrov", None, "confirmed"),
     ("Algeria has ordered the Moroccan consul in Oran to leave within 72 hours, according to local media.",
      "DZA", "MAR", None, 72, "reported"),
     ("Several news websites reported on Monday that Mali had given the Algerian ambassador 72 hours to leave.",
      "MLI", "DZA", None, 72, "reported")],
)  # fmt: skip
def test_expulsion_phrasings(text, state, sender, name, hours, status):
    (row,) = orders(text)
    assert (row["state"], row["sender"], row["name"], row["hours"], row["status"]) == (
        state, sender, name, hours, status)  # fmt: skip


def test_a_threat_is_not_an_order():
    assert orders("The junta threatened to expel the French ambassador if Paris did not apologise.") == []


@pytest.mark.parametrize(
    "text, kind, modality",
    [("The junta threatened to expel the French ambassador if Paris did not apologise.", "Threat", "threatened"),
     ("Several senators demanded that the government expel Niger's ambassador in Abuja.", "Appeal", "proposed"),
     ("Parliament urged the government to expel the Israeli ambassador.", "Appeal", "proposed"),
     ("The ministry said it had no plans to expel the Turkish ambassador.", None, None),
     ("The government was considering expelling the Turkish ambassador.", None, None)],
)  # fmt: skip
def test_an_expulsion_only_threatened_or_demanded_is_recorded_as_such(text, kind, modality):
    article = extract_text(f"date 2023-08-30\n{text}", "t")
    assert not [e for e in article.events if e.kind == "ExpulsionOrder"]
    intended = [(e.kind, e.modality) for e in article.events if e.kind in {"Threat", "Appeal"}]
    assert intended == ([(kind, modality)] if kind else [])


def test_a_negated_order_is_no_order():
    rows = orders("Mali summoned the Algerian ambassador to protest. He had not been asked to leave.")
    assert rows == []


def test_a_deadline_day_is_not_the_issue_date():
    (row,) = orders("Guinea's military rulers have kicked out the head of the EU delegation, giving her until "
                    "Friday to leave.")  # fmt: skip
    assert row["sender"] == "EU" and row["event"].time is None and row["hours"] is None


def test_a_headline_restates_the_lede_and_yields_no_events_of_its_own():
    article = extract_text("date 2023-10-25\nMali expels ECOWAS envoy\n\nMali's transitional government has "
                           "expelled the special envoy of ECOWAS, giving him a week to leave.", "t")  # fmt: skip
    assert article.sentences[0].heading and article.title == "Mali expels ECOWAS envoy"
    assert [e.sentence for e in article.events if e.kind == "ExpulsionOrder"] == [1]


def test_the_previous_holder_of_a_post_is_another_person():
    rows = orders("Kinshasa denied that it had asked the Rwandan ambassador to leave. In 2022 it expelled the "
                  "previous Rwandan ambassador, Jean Mugabo, giving him 48 hours.")  # fmt: skip
    assert sorted((r["name"] or "", r["status"], r["hours"] or 0) for r in rows) == [
        ("", "denied", 0), ("Jean Mugabo", "confirmed", 48)]  # fmt: skip


def test_members_of_a_group_named_in_a_bare_list():
    rows = orders("Burkina Faso declared three French diplomats persona non grata and gave them 48 hours. "
                  "The three are Anne Martin, Paul Girard and Luc Simon.")  # fmt: skip
    assert sorted((r["name"], r["sender"], r["hours"]) for r in rows) == [
        ("Anne Martin", "FRA", 48), ("Luc Simon", "FRA", 48), ("Paul Girard", "FRA", 48)]  # fmt: skip


def test_a_titled_ambassador_named_later_is_the_ambassador_of_the_ministry_state():
    (row,) = orders("Iraq ordered the Swedish ambassador to leave the country. The Swedish foreign ministry "
                    "said Ambassador Eva Lindgren was safe.")  # fmt: skip
    assert (row["state"], row["sender"], row["name"]) == ("IRQ", "SWE", "Eva Lindgren")


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


def test_ministries_come_from_the_gazetteer_by_name_or_by_function():
    article = extract_text("date 2023-08-30\nThe US State Department said so. France's foreign ministry agreed. "
                           "Niger's foreign ministry did not.", "t")  # fmt: skip
    usdos, frmfa = article.entities["USDOS"], article.entities["FRMFA"]
    assert usdos.wikidata == "Q789915" and usdos.from_gazetteer and frmfa.from_gazetteer
    assert article.entities[usdos.part_of].part_of == "USA"  # ministry → government → state
    assert "mfa-ner" in article.entities  # not in the gazetteer: a local ministry of Niger's government
