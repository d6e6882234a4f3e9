"""Phenomena found missing on the fourth blind hold-out (tests/data/holdout4), each in wordings of our own:
the envoys of a list of states told to leave at once, one person told of under two titles, the time of a
retaliation or of a thing, statuses of relayed orders, counted groups, descriptions before an organisation's
name, appositions giving nationality, and an order whose persons are named in the next sentence."""

from __future__ import annotations

import pytest
from extraction import article, orders


def hosts(text: str) -> set[str]:
    """The host states of the article's orders (the issuing side)."""
    a = article(text, "2024-05-10")
    return {a.entities[e.roles["host"][0]].label for e in a.events if e.kind == "ExpulsionOrder" and e.roles.get("host")}

# -- one order per state when the envoys of a list of states are told to leave ------------------------------


@pytest.mark.parametrize(
    "text, senders, issuer_state",
    [("Nicaragua said it was cutting ties with Costa Rica, Honduras and Guatemala, and required the "
      "representatives of those governments to leave within 48 hours.", ["Costa Rica", "Honduras", "Guatemala"],
      "Nicaragua"),
     ("Mali closed its embassies in France, Germany and Sweden. It ordered the diplomats of those countries to "
      "leave Bamako within a week.", ["France", "Germany", "Sweden"], "Mali"),
     ("Russia told the ambassadors of Estonia, Latvia and Lithuania to leave Moscow.",
      ["Estonia", "Latvia", "Lithuania"], "Russia")],
)  # fmt: skip
def test_the_envoys_of_a_list_of_states_get_one_order_each(text, senders, issuer_state):
    rows = orders(text)
    assert sorted(r["sender"] for r in rows) == sorted(senders)
    assert hosts(text) == {issuer_state}


# -- one order told twice, under a vaguer and a more exact title -------------------------------------------


@pytest.mark.parametrize(
    "text, hours",
    [("Ghana expelled Togo's envoy on Monday. The Togolese ambassador was given 72 hours to leave.", 72),
     ("Kenya ordered the African Union's top official in Nairobi to leave. Officials said the AU special "
      "representative had been given a week to depart.", 168),
     ("Peru declared the Bolivian ambassador persona non grata. The Bolivian diplomat was told to leave "
      "within 48 hours.", 48)],
)  # fmt: skip
def test_a_person_told_of_again_under_another_title_is_one_order(text, hours):
    (row,) = orders(text)
    assert row["hours"] == hours


@pytest.mark.parametrize(
    "text, count",
    [("Ghana expelled Togo's ambassador. Ghana also ordered Togo's defence attache to leave.", 2),
     ("Peru expelled the Bolivian ambassador. Another Bolivian diplomat was expelled as well.", 2)],
)  # fmt: skip
def test_two_posts_or_another_person_are_two_orders(text, count):
    assert len(orders(text)) == count


# -- when: a retaliation's own time, a time naming a thing, a vague week made precise ---------------------


def test_the_main_clause_time_does_not_date_the_order_retaliated_for():
    rows = orders("Spain on Wednesday expelled Morocco's consul, retaliating for Rabat's expulsion of the "
                  "Spanish consul on Monday.", "2024-05-10")  # fmt: skip
    assert sorted((r["sender"], str(r["date"])) for r in rows) == [("Morocco", "2024-05-08"),
                                                                  ("Spain", "2024-05-06")]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Niger ordered the UN coordinator to leave, citing last month's summit. The decision was announced on Tuesday.",
     "Chad expelled the French envoy over last March's protests. The order was delivered on Tuesday."],
)  # fmt: skip
def test_a_time_naming_a_thing_does_not_date_the_order(text):
    (row,) = orders(text, "2024-05-10")
    assert str(row["date"]) == "2024-05-07"


def test_a_vague_week_gives_way_to_the_day_told_later():
    (row,) = orders("Chad expelled the German envoy last week. The German ambassador had been declared "
                    "persona non grata on Thursday.", "2024-05-10")  # fmt: skip
    assert str(row["date"]) == "2024-05-09"


# -- statuses: reports "on social media", a document found fake, a denial of something else --------------------


@pytest.mark.parametrize(
    "text, status",
    [("Reports in local newspapers that Chad had expelled the Sudanese consul were denied by the foreign "
      "ministry.", "denied"),
     ("Reports on social media that Guinea had expelled the Malian envoy could not be verified.", "unverified"),
     ("A letter shared online, purporting to expel the Kenyan ambassador, turned out to be a forgery.", "false"),
     ("Posts circulating on Telegram claiming that Niger had also ordered the Beninese consul to leave were "
      "fabricated.", "false"),
     ("A video circulated on Facebook saying that Mali had expelled the Guinean envoy. The video was fake.",
      "false")],
)  # fmt: skip
def test_relayed_orders_keep_the_verdict_the_text_gives(text, status):
    (row,) = orders(text)
    assert row["status"] == status


@pytest.mark.parametrize(
    "text",
    ["According to diplomatic sources, Congo also told the Rwandan consul to leave. Rwanda again denied "
     "backing the rebels in Goma.",
     "Local radio reported that Chad had expelled the Sudanese envoy. Sudan's army was accused of shelling "
     "N'Djamena, a charge Khartoum denies."],
)  # fmt: skip
def test_a_denial_of_something_else_leaves_a_reported_order_reported(text):
    (row,) = orders(text)
    assert row["status"] == "reported"


def test_denying_having_issued_the_order_still_denies_it():
    rows = orders("Sudanese media reported that Chad had expelled the Sudanese envoy. Chad denied issuing any such "
                  "order.")  # fmt: skip
    assert [r["status"] for r in rows] == ["denied"]


# -- counted groups with modifiers or an "of" phrase; a group told of first without its count -------------------


@pytest.mark.parametrize(
    "text, sender, count",
    [("Morocco ordered 15 Algerian diplomatic and consular staff to leave.", "Algeria", 15),
     ("Kenya expelled eight employees of the Ugandan embassy and consulates.", "Uganda", 8),
     ("Nigeria told four officials of the Ghanaian High Commission to leave within a week.", "Ghana", 4),
     ("Sudan expelled two diplomats of Chad.", "Chad", 2)],
)  # fmt: skip
def test_a_counted_group_keeps_its_sender_and_count(text, sender, count):
    rows = orders(text)
    a = article(text, "2024-05-10")
    (order,) = [e for e in a.events if e.kind == "ExpulsionOrder"]
    assert [r["sender"] for r in rows] == [sender] and order.quantity.value == count


def test_a_group_named_first_without_its_count_is_the_counted_group():
    text = ("Paris condemned the expulsion of the French officials. Algeria on Sunday declared 12 employees of the "
            "French embassy persona non grata and gave them 48 hours to leave.")  # fmt: skip
    (row,) = orders(text)
    assert (row["sender"], row["hours"]) == ("France", 48)


# -- an organisation named after a description; an apposition giving an envoy's nationality --------------------


@pytest.mark.parametrize(
    "text, sender",
    [("Mali ordered the special representative of the West African regional bloc ECOWAS to leave.",
      "Economic Community of West African States"),
     ("Sudan told the envoy of the continental body African Union to leave Khartoum.", "African Union"),
     ("Chad expelled the head of mission of the European Union.", "European Union")],
)  # fmt: skip
def test_a_description_before_an_organisations_name_keeps_the_sender(text, sender):
    (row,) = orders(text)
    assert row["sender"] == sender


def test_diplomats_from_a_region_name_no_sender_state():
    assert orders("Venezuela ordered diplomats from seven Latin American countries to leave.") == []


@pytest.mark.parametrize(
    "text",
    ["Mali expelled the ECOWAS envoy. The envoy, a Burkinabe diplomat, was given 72 hours to leave.",
     "Niger ordered the UN coordinator out. The coordinator, a Canadian official, had been declared persona non "
     "grata on Tuesday."],
)  # fmt: skip
def test_an_apposition_giving_nationality_is_no_second_envoy(text):
    (row,) = orders(text)
    assert row["sender"] in {"Economic Community of West African States", "United Nations"}


# -- an order whose persons are told in the next sentence takes its day from the first ------------------------


def test_the_persons_told_later_take_the_day_of_the_order():
    rows = orders("Nicaragua on Tuesday ordered diplomats from three neighbouring countries to leave. The ministry "
                  "required the ambassadors of Costa Rica, Honduras and Panama to depart within 72 hours.")  # fmt: skip
    assert sorted((r["sender"], str(r["date"]), r["hours"]) for r in rows) == [
        ("Costa Rica", "2024-05-07", 72), ("Honduras", "2024-05-07", 72), ("Panama", "2024-05-07", 72)]
