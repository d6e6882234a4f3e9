"""Events other than orders: threats, denials of accusations, summonses, speakers, military presence."""

from __future__ import annotations

import pytest
from extraction import article, kinds


@pytest.mark.parametrize(
    "text",
    ["Moscow promised an appropriate response.",
     'Belarus vowed "proportionate retaliation" against Lithuania.',
     "The Iranian foreign ministry warned that further steps would follow."],
)
def test_promised_reprisals_are_threats(text):
    assert kinds(text) == ["Threat"]


def test_a_denial_of_an_accusation_refers_to_it():
    a = article("The Rwandan foreign ministry accused Uganda of arming rebels. Uganda's government denied "
                "arming anyone.")  # fmt: skip
    accusation = next(e for e in a.events if e.kind == "Accusation")
    denial = next(e for e in a.events if e.kind == "Denial")
    assert denial.refers_to == [accusation.id]


def test_a_denial_of_nothing_the_graph_knows_stays_a_denial():
    a = article("Uganda's government denied taking sides in the conflict.")
    assert [e.kind for e in a.events] == ["Denial"]


@pytest.mark.parametrize(
    "text",
    ["The Kenyan foreign ministry spoke first. The ministry accused Somalia of meddling.",
     "The Kenyan foreign ministry spoke first. It also summoned the Somali ambassador.",
     "A Chadian government spokesman, Ali Moussa, spoke. The spokesman accused France of meddling."],
)
def test_anaphoric_speakers(text):
    a = article(text)
    act = next(e for e in a.events if e.kind in {"Accusation", "Summons"})
    (speaker,) = act.roles["speaker"]
    assert a.entities[speaker].kind in {"GovernmentAgency", "Person"}


@pytest.mark.parametrize(
    "text",
    ["Belgrade said it reserved the right to take reciprocal measures.",
     "A spokesman said Iran \"reserves the right to respond\" to the expulsions.",
     "Armenia's foreign ministry said it reserves the right to take appropriate steps."],
)  # fmt: skip
def test_reserving_the_right_to_respond_is_a_threat(text):
    assert "Threat" in kinds(text)


@pytest.mark.parametrize(
    "text",
    ["Georgia rejected the espionage allegations against its consul.",
     "France's foreign ministry said the accusations against its staff were \"unfounded\".",
     "Those reports were false, Ghana's foreign ministry said on Friday."],
)  # fmt: skip
def test_more_ways_to_deny(text):
    assert "Denial" in kinds(text)


def test_a_verdict_said_first_has_its_speaker_after_it():
    a = article("Those claims are baseless, Ghana's foreign ministry said on Friday.")
    (denial,) = [e for e in a.events if e.kind == "Denial"]
    assert denial.roles["on_behalf_of"] == ["GHA"]


@pytest.mark.parametrize(
    "text, state",
    [("Kuwait's foreign ministry said the five were declared persona non grata and that Iran's ambassador had "
      "been summoned to receive a protest note.", "KWT"),
     ("India's Ministry of External Affairs said it had summoned Nepal's ambassador.", "IND"),
     ("Qatar's foreign ministry said Egypt's chargé d'affaires had been summoned on Sunday.", "QAT")],
)  # fmt: skip
def test_a_summons_said_by_a_body_is_that_bodys(text, state):
    (summons,) = [e for e in article(text).events if e.kind == "Summons"]
    assert "speaker" in summons.roles
    if state:
        assert summons.roles["on_behalf_of"] == [state]


@pytest.mark.parametrize(
    "text, value",
    [("The United States has about 150 military advisers in Guyana.", 150),
     ("China has about a dozen police liaison officers in Honiara.", 12),
     ("Roughly 300 Australian police and defence personnel remain in Tonga.", 300)],
)  # fmt: skip
def test_advisers_officers_and_police_are_a_military_presence(text, value):
    (presence,) = [e for e in article(text).events if e.kind == "MilitaryPresence"]
    assert presence.quantity.value == value


@pytest.mark.parametrize(
    "text",
    ["Accra said it would withdraw its high commissioner from Lomé.",
     "The cabinet also decided to withdraw Jordan's chargé d'affaires from Stockholm.",
     "Austria's ambassador to the country was withdrawn by Vienna in June and has not returned."],
)  # fmt: skip
def test_more_ways_to_recall_an_envoy(text):
    assert "Recall" in kinds(text) and "ExpulsionOrder" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    ["Officials in Minsk rejected any involvement in the attack.",
     "The Georgian embassy called the letter fake."],
)  # fmt: skip
def test_denials_of_involvement_and_of_a_document(text):
    assert "Denial" in kinds(text)


@pytest.mark.parametrize(
    "text",
    ["The African Union urged Niamey to release the detained president.",
     "Washington called on Kigali to withdraw its troops from the border.",
     "The European Union has called for a swift return to civilian rule."],
)  # fmt: skip
def test_a_call_on_someone_to_act_is_an_appeal(text):
    assert kinds(text) == ["Appeal"]


@pytest.mark.parametrize(
    "text",
    ["Opposition groups called on the Security Council to impose sanctions on the generals.",
     "The bloc's leaders warned that they will impose targeted sanctions on anyone delaying the elections.",
     "Several lawmakers have demanded targeted sanctions against the vice-president."],
)  # fmt: skip
def test_calls_and_threats_of_sanctions_in_other_words(text):
    assert "CallForSanctions" in kinds(text)
    assert "Appeal" not in kinds(text)


@pytest.mark.parametrize(
    "text, day",
    [("The junta has ruled since the coup. Officers seized power on July 26 and detained the president.",
      "2023-07-26"),
     ("A week after the coup, the generals met the AU envoy. Soldiers toppled the elected president on "
      "August 30.", "2023-08-30")],
)  # fmt: skip
def test_a_coup_told_again_with_its_day_is_one_coup_evidenced_there(text, day):
    a = article(text, "2023-09-10")
    (coup,) = [e for e in a.events if e.kind == "CoupDEtat"]
    assert (str(coup.time.value), coup.sentence) == (day, 1)


@pytest.mark.parametrize(
    "text",
    ["The president dissolved parliament after what he called an attempted coup.",
     "Paris still recognises the ousted president, officials said.",
     "The ECOWAS summit was held the day after the coup, which took place on Monday. Supporters of the coup "
     "rallied on Saturday."],
)  # fmt: skip
def test_attempted_coups_ousted_leaders_and_references_are_no_new_coups(text):
    assert kinds(text).count("CoupDEtat") <= 1
    if "attempted" in text or "ousted" in text:
        assert "CoupDEtat" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    ["The junta has since turned to Turkey for security support.",
     "Kenya supports the Somali army against al-Shabaab.",
     "Ghana and Togo have conducted joint operations against armed groups along their border."],
)
def test_one_side_helping_another_fight_is_a_security_partnership(text):
    assert "SecurityPartnership" in kinds(text)


@pytest.mark.parametrize(
    "text",
    ["Mali suspended its security cooperation with France.",
     "Uganda denies supporting the rebels.",
     "Kenya keeps about 3,000 soldiers in Somalia, where they help the army fight al-Shabaab."],
)
def test_ended_denied_or_merely_present_support_is_no_partnership(text):
    assert "SecurityPartnership" not in kinds(text)


@pytest.mark.parametrize(
    "text, count",
    [("Qatar recalled its ambassadors to Egypt and Saudi Arabia for consultations.", 2),
     ("Bolivia's foreign ministry said it was pulling its own personnel out of Quito and Lima.", 2),
     ("Kenya had recalled him for consultations last month.", 1),
     ("President Gustavo Petro ordered all Colombian diplomatic staff to return home.", 1)],
)
def test_a_recall_from_each_state_named(text, count):
    assert kinds(text).count("Recall") == count


@pytest.mark.parametrize(
    "text",
    ["Nigeria said Moscow's claims were false, and Russia called the accusations absurd.",
     "Kenya accused Uganda of arming rebels, a charge Kampala has always rejected.",
     "The embassy said none of its staff had been asked to leave."],
)
def test_a_charge_called_untrue_or_rejected_in_a_relative_clause_is_a_denial(text):
    assert "Denial" in kinds(text)


def test_one_speaker_denying_twice_in_a_sentence_is_one_denial():
    text = "Moscow denied that its staff were spies and called the accusation absurd."
    assert kinds(text).count("Denial") == 1


@pytest.mark.parametrize(
    "text, partnership",
    [("Bolivia has failed to cooperate in the fight against drug trafficking, Washington said.", False),
     ("Chad is an important contributor of troops to the regional fight against jihadist groups.", False),
     ("Senegal remains a close ally of France in the fight against armed groups.", True)],
)  # fmt: skip
def test_a_partnership_needs_two_sides_or_an_ally_word_and_no_negation(text, partnership):
    assert ("SecurityPartnership" in kinds(text)) is partnership


@pytest.mark.parametrize("text, accused", [
    ("Kenya blames Somalia for last week's border raid.", "Somalia"),
    ("The Czech government holds Moscow responsible for the blasts at the depot.", "Russia"),
    ("Addis Ababa said it held the Kenyan authorities responsible for the deterioration.", "government of Kenya"),
])  # fmt: skip
def test_blaming_and_holding_responsible_are_accusations(text, accused):
    a = article(text)
    (event,) = [e for e in a.events if e.kind == "Accusation"]
    assert [a.entities[k].label for k in event.roles["target"]] == [accused]


@pytest.mark.parametrize("text", [
    "The European Union urged the authorities to hold those responsible to account.",
    "Residents blamed the heat for the outage.",
])  # fmt: skip
def test_holding_to_account_and_blaming_the_weather_are_no_accusations(text):
    assert "Accusation" not in kinds(text)
