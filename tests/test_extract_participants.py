"""Who takes part in an order: the issuer, the sender, the envoy, organisations and their staff, and
coreference ("the envoy", "him", a name given later, another title for the same post)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import ARTICLES, article, issued, keyed, orders

from service.extract import extract_article, extract_text


@pytest.mark.parametrize(
    "text",
    ["Sudan's ruling Sovereign Military Council on Monday ordered the Kenyan ambassador to leave within 72 hours.",
     "The Transitional Military Council of Chad gave the French envoy 48 hours to leave.",
     "Niger's National Transitional Military Council declared the German ambassador persona non grata."],
)
def test_a_capitalised_military_council_is_a_junta(text):
    (row,) = orders(text)
    assert row["issuer"] == "MilitaryJunta"


@pytest.mark.parametrize(
    "text, name, sender",
    [("Burundi told Anna Lindqvist, the Swedish country director of the Great Lakes Water Initiative, a "
      "Bujumbura-based aid group, to leave the country within a week.", "Anna Lindqvist",
      "Great Lakes Water Initiative"),
     ("Ethiopia expelled Paul Mensah, the regional coordinator of Horn Medical Relief, a British charity.",
      "Paul Mensah", "Horn Medical Relief"),
     ("The rights group Sahara Justice Watch said Eritrea had ordered Karim Tall, the head of Sahara Justice "
      "Watch, to leave within 48 hours.", "Karim Tall", "Sahara Justice Watch")],
)  # fmt: skip
def test_staff_of_a_non_governmental_organisation(text, name, sender):
    (row,) = orders(text)
    assert (row["name"], row["sender"]) == (name, sender)
    assert article(text).entities[f"ngo-{sender.lower().replace(' ', '-')}"].kind == "NonGovernmentalOrganization"


@pytest.mark.parametrize(
    "text, sender",
    [("Somalia ordered the head of a regional monitoring mission, Grace Wanjiru, to leave at once, the African "
      "Union said.", "African Union"),
     ("The junta told the chief of an East African observer team, Peter Okello, to depart, IGAD said on Monday.",
      "Intergovernmental Authority on Development")],
)  # fmt: skip
def test_the_head_of_a_mission_of_the_one_organisation_named(text, sender):
    (row,) = orders(text)
    assert row["sender"] == sender


def test_a_vague_mission_is_not_guessed_when_two_organisations_are_named():
    assert orders("Somalia ordered the head of a monitoring mission to leave, the AU and the EU said.") == []


@pytest.mark.parametrize(
    "text",
    ["Mali has denied ordering a senior UN official out of the country. Local radio said on Monday that the "
     "government had given Jean Kabore, a senior official of the United Nations, 48 hours to leave.",
     "Burundi denied expelling a UN official. Two radio stations said on Friday that the authorities had "
     "ordered Ines Moreau, an official of the United Nations, to leave within 48 hours."],
)  # fmt: skip
def test_an_unnamed_envoy_named_in_a_later_sentence_is_one_order(text):
    rows = orders(text)
    assert len(rows) == 1 and rows[0]["name"] and rows[0]["hours"] == 48


def test_a_named_person_said_to_be_another_one_is_a_second_order():
    rows = orders("Mali expelled a UN official on Monday. It also expelled Jean Kabore, an official of the "
                  "United Nations.")  # fmt: skip
    assert len(rows) == 2


@pytest.mark.parametrize(
    "text, sender, host",
    [("Peru's foreign ministry said that Chile's consul in Arica had been declared persona non grata and must "
      "leave within 24 hours.", "Chile", "Peru"),
     ("Lebanon said on Monday that Syria's chargé d'affaires had been told to leave within 48 hours.", "Syria",
      "Lebanon"),
     ("Uganda's government expelled two Rwandan officials. Reports said Kenya's high commissioner had also been "
      "asked to leave.", "Kenya", "Uganda")],
)  # fmt: skip
def test_the_state_of_a_passive_order_is_who_speaks_not_the_envoys_sender(text, sender, host):
    row = issued(text)[-1]
    assert row[1:3] == (sender, host)


@pytest.mark.parametrize(
    "text, name, sender",
    [("Uzbekistan ordered the head of the UN's office in Tashkent, Danish diplomat Mette Holm, to leave within "
      "three days.", "Mette Holm", "United Nations"),
     ("Belarus expelled the chief of the OSCE's mission, Austrian diplomat Karl Huber.", "Karl Huber",
      "Organization for Security and Co-operation in Europe")],
)  # fmt: skip
def test_the_head_of_an_organisations_office_is_sent_by_it_whatever_the_nationality(text, name, sender):
    (row,) = issued(text)
    assert row[:2] == (name, sender)


@pytest.mark.parametrize(
    "text, name",
    [("Kenya expels Somali military attaché\n\nKenya asked Somalia's military attaché, Colonel Abdi Warsame, to leave "
      "within 48 hours.", "Abdi Warsame"),
     ("Peru orders Bolivian attaché out\n\nPeru expelled Bolivia's defence attaché, General Luis Mamani, on Friday.",
      "Luis Mamani")],
)  # fmt: skip
def test_a_titled_name_in_apposition_is_the_same_person(text, name):
    """The headline's envoy, named in the story with a rank: one person, one order."""
    (row,) = issued(text)
    assert row[0] == name


@pytest.mark.parametrize(
    "text, name, hours",
    [("Cuba ordered Panama's top diplomat out on Friday. The foreign ministry told chargé d'affaires Rosa Mendez "
      "that she must leave within five days.", "Rosa Mendez", 120),
     ("Laos expelled a Thai diplomat on Monday. The ministry gave Consul Somchai Wongsawat 48 hours "
      "to pack up and leave.", "Somchai Wongsawat", 48)],
)  # fmt: skip
def test_an_envoys_title_and_name_name_the_unnamed_envoy_met_before(text, name, hours):
    (row,) = issued(text)
    assert (row[0], row[3]) == (name, hours)


def test_a_name_of_a_state_without_a_role_is_an_institution_not_a_person():
    a = article("Kenya told Uganda's envoy to leave, according to a statement in the Daily Nation of Kenya.")
    assert not [e for e in a.entities.values() if e.kind == "Person" and e.name == "Daily Nation"]


def test_the_junta_is_the_one_met_before_not_the_last_government():
    a = article("Mali's junta expelled Sweden's ambassador. Sweden's government said it regretted the move. "
                "The EU imposed new sanctions on the junta.")  # fmt: skip
    assert a.entities["gov-swe"].kind == "Government"
    assert a.entities["gov-mli"].kind == "MilitaryJunta"


@pytest.mark.parametrize(
    "text, state, name",
    [("Tunisia expels two French diplomats\n\nArmenia recalled its ambassador to France, Anna Petrosyan, on Monday.",
      "ARM", "Anna Petrosyan"),
     ("Peru expelled Chile's consul. Bolivia then recalled its ambassador in Lima for consultations.", "BOL", None)],
)  # fmt: skip
def test_its_ambassador_is_the_subjects_own_not_the_last_envoy(text, state, name):
    a = article(text)
    (recall,) = [e for e in a.events if e.kind == "Recall"]
    envoy = a.entities[recall.roles["envoy"][0]]
    assert (envoy.represents, envoy.name) == (state, name)


@pytest.mark.parametrize(
    "text, name, surface",
    [("Troops massed near the disputed Essequibo region.", "Essequibo", "Essequibo region"),
     ("The envoy had visited Malaita province in May.", "Malaita", "Malaita province"),
     ("Jihadist groups operate in the Lake Chad region.", "Lake Chad", "Lake Chad region")],
)  # fmt: skip
def test_a_named_region_the_gazetteer_lacks(text, name, surface):
    a = article(text)
    (region,) = [e for e in a.entities.values() if e.kind == "Region" and e.mentions]
    assert region.label == name
    assert a.text[region.mentions[0].start : region.mentions[0].end] == surface
    assert "TCD" not in a.entities or not a.entities["TCD"].mentions


@pytest.mark.parametrize(
    "text, name",
    [("Foreign ministry spokesman Reza Karimi called the accusations baseless.", "Reza Karimi"),
     ("Opposition leader Mathew Tolo urged calm.", "Mathew Tolo")],
)  # fmt: skip
def test_a_titled_speaker_followed_by_a_verb_is_named(text, name):
    assert name in {e.name for e in article(text).entities.values() if e.kind == "Person"}


def test_the_consul_is_the_consul_general_met_before_not_the_last_person():
    rows = orders("Spain on Monday ordered Morocco's consul general in Algeciras, Youssef Amrani, to leave, after "
                  "Moroccan fishermen were arrested. The foreign ministry said the consul general had been called "
                  "in and told he had 48 hours to depart.")  # fmt: skip
    assert [(r["name"], r["hours"]) for r in rows] == [("Youssef Amrani", 48)]


@pytest.mark.parametrize(
    "text, name, sender",
    [("Burundi has ordered the head of the UN human rights office in Bujumbura to leave. The official, a "
      "Kenyan national named as Peter Otieno Wambua, had run the office for two years.", "Peter Otieno Wambua",
      "Office of the United Nations High Commissioner for Human Rights"),
     ("Eritrea expelled the head of the European Union's delegation on Friday. Lucia Marchetti Bassi, who has "
      "led the delegation since 2021, left Asmara the same day.", "Lucia Marchetti Bassi", "European Union"),
     ("Somalia expelled the World Food Programme's country director, Victoria Holm Andersen, on Monday.",
      "Victoria Holm Andersen", "World Food Programme")],
)  # fmt: skip
def test_heads_of_offices_named_later_or_with_a_capital_as_first_name(text, name, sender):
    (row,) = orders(text)
    assert (row["name"], row["sender"]) == (name, sender)


def test_the_head_of_a_whole_organisation_is_no_envoy():
    assert orders("Russia criticised the head of the United Nations after the vote.") == []


def test_a_capital_inside_a_persons_name_is_no_mention_of_its_state():
    a = article("Somalia expelled the World Food Programme's country director, Sofia Lind Berg, on Monday.")
    assert not a.entities.get("BGR") or not a.entities["BGR"].mentions


def test_a_counter_expulsion_is_issued_by_the_other_state():
    rows = orders("Niger gave Italy's ambassador, Marco Bellini, two days to leave. Rome responded with regret. "
                  "On Tuesday it asked Niger's ambassador to Italy, Amina Diallo Sani, to leave by the end of "
                  "the month.")  # fmt: skip
    amina = next(r for r in rows if r["name"] == "Amina Diallo Sani")
    assert amina["hours"] is None
    a = article("Niger gave Italy's ambassador, Marco Bellini, two days to leave. Rome responded with regret. "
                "On Tuesday it asked Niger's ambassador to Italy, Amina Diallo Sani, to leave by the end of "
                "the month.")  # fmt: skip
    order = next(e for e in a.events if e.kind == "ExpulsionOrder" and "Amina" in e.label)
    issuer = order.roles["issuer"][0]
    assert issuer in {"ITA", "gov-ita"}


@pytest.mark.parametrize(
    "text",
    ["The Houthi authorities have ordered the head of the UN human rights office in Yemen to leave.",
     "Al-Shabaab had also expelled the World Food Programme's country director, Maria Lopez Vidal."],
)  # fmt: skip
def test_an_armed_group_that_governs_issues_the_order(text):
    (row,) = orders(text)
    assert row["issuer"] == "NonStateArmedGroup"


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


def test_the_previous_holder_of_a_post_is_another_person():
    rows = keyed("Kinshasa denied that it had asked the Rwandan ambassador to leave. In 2022 it expelled the "
                  "previous Rwandan ambassador, Jean Mugabo, giving him 48 hours.")  # fmt: skip
    assert sorted((r["name"] or "", r["status"], r["hours"] or 0) for r in rows) == [
        ("", "denied", 0), ("Jean Mugabo", "confirmed", 48)]  # fmt: skip


def test_a_titled_ambassador_named_later_is_the_ambassador_of_the_ministry_state():
    (row,) = keyed("Iraq ordered the Swedish ambassador to leave the country. The Swedish foreign ministry "
                    "said Ambassador Eva Lindgren was safe.")  # fmt: skip
    assert (row["state"], row["sender"], row["name"]) == ("IRQ", "SWE", "Eva Lindgren")


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


@pytest.mark.parametrize(
    "text, state",
    [("Norway retaliated against Moscow's expulsion of the Norwegian consul.", "RUS"),
     ("Warsaw condemned Minsk's decision to expel the Polish chargé d'affaires.", "BLR")],
)  # fmt: skip
def test_the_owner_of_an_expulsion_noun_issued_it(text, state):
    (row,) = keyed(text)
    assert row["state"] == state


@pytest.mark.parametrize(
    "text",
    ["Juba ordered the spokeswoman of the UN mission, UNMISS, to leave within 48 hours.",
     "South Sudan criticised UNMISS. Days later, the mission's spokesperson was given 48 hours to leave."],
)  # fmt: skip
def test_an_organisations_spokesperson_can_be_expelled(text):
    (row,) = orders(text)
    assert (row["sender"], row["hours"]) == ("United Nations", 48)


def test_a_governments_spokesperson_is_who_speaks_not_who_is_expelled():
    rows = orders("Government spokesman Ali Bashir said the Kenyan ambassador had been asked to leave.")
    assert [r["sender"] for r in rows] == ["Kenya"]


def test_no_organisation_expels_its_own_envoy():
    (row,) = keyed("The Malian junta issued a statement. It said the envoy of the African Union (AU) had been "
                   "declared persona non grata.")  # fmt: skip
    assert (row["sender"], row["state"]) == ("AU", "MLI")


def test_an_envoy_first_described_then_named_keeps_the_terms_and_the_issuer():
    (row,) = orders("Niger's junta has ordered the regional bloc's representative out of the country within "
                    "72 hours. A statement said the envoy of ECOWAS had been declared persona non grata on "
                    "Monday.")  # fmt: skip
    assert (row["issuer"], row["hours"], row["date"]) == ("MilitaryJunta", 72, date(2024, 5, 6))


@pytest.mark.parametrize(
    "text, sender, hours",
    [("Authorities told the head of a Swiss humanitarian organisation to leave within a week.",
      "Swiss humanitarian organisation", 168),
     ("Niger expelled the country director of a French aid group.", "French aid group", None)],
)  # fmt: skip
def test_the_staff_of_an_unnamed_aid_group(text, sender, hours):
    (row,) = orders(text)
    assert (row["sender"], row["hours"]) == (sender, hours)


@pytest.mark.parametrize(
    "text, envoy, sender",
    [("Kenya has told the defence attaché at the Somali embassy to leave.", "Somali defence attaché", "Somalia"),
     ("Poland expelled a counsellor of the embassy of Belarus on Monday.", "Belarusian counsellor", "Belarus"),
     ("Ghana ordered the military attaché at Togo's embassy out of the country.", "Togolese military attaché", "Togo")],
)  # fmt: skip
def test_a_post_at_a_states_embassy_is_that_states_envoy(text, envoy, sender):
    (row,) = issued(text)
    assert row[:2] == (envoy, sender)


@pytest.mark.parametrize(
    "text",
    ["The African Union said it regretted Sudan's decision. The government spokesman said Khartoum had ordered "
     "the AU's envoy to leave within 72 hours.",
     "ECOWAS voiced concern. Guinea's government spokesman said later that the bloc's representative had been "
     "asked to leave."],
)  # fmt: skip
def test_a_government_spokesman_speaks_for_the_government_not_the_organisation(text):
    a = article(text)
    (spokesman,) = [e for e in a.entities.values() if e.role == "spokesperson"]
    assert a.entities[spokesman.part_of].kind in {"Government", "MilitaryJunta", "State"}


@pytest.mark.parametrize(
    "text, host",
    [("Last year President Nicolas Maduro's government expelled the head of the EU delegation in Caracas.",
      "Venezuela"),
     ("Prime Minister Abiy Ahmed's government ordered the Irish diplomat out of Ethiopia.", "Ethiopia")],
)  # fmt: skip
def test_a_leaders_government_acts_for_his_state(text, host):
    (row,) = issued(text)
    assert row[2] == host


@pytest.mark.parametrize(
    "text, hosts_",
    [("Gabon's junta has ruled since August. In Niger, where the army seized power in July, the "
      "junta gave the French ambassador 48 hours to leave.", ["Niger"]),
     ("Mali's junta is under pressure. In Burkina Faso, meanwhile, the junta has ordered the Ivorian envoy out.",
      ["Burkina Faso"])],
)  # fmt: skip
def test_a_state_that_opens_the_sentence_owns_the_bare_junta(text, hosts_):
    assert [row[2] for row in issued(text)] == hosts_


@pytest.mark.parametrize(
    "text",
    ["Rwanda's government protested. In August, the authorities asked the spokesman of the UN peacekeeping "
     "mission, MONUSCO, to leave the country.",
     "Algeria criticised the move. Days earlier the government had ordered a MINUSMA spokesman to leave."],
)  # fmt: skip
def test_a_missions_staff_are_sent_away_by_the_state_it_works_in(text):
    ((_, sender, host, _, _),) = issued(text)
    assert (sender, host) in {("United Nations", "Democratic Republic of the Congo"), ("United Nations", "Mali")}


@pytest.mark.parametrize(
    "text, host",
    [("Ghana expelled Nigeria's ambassador on Friday. Local media said the Nigerian defence attaché had also "
      "been told to leave.", "Ghana"),
     ("Chile gave Venezuela's consul 72 hours to leave. Venezuela's military attaché has also been asked to leave, "
      "a Chilean newspaper reported.", "Chile")],
)  # fmt: skip
def test_an_order_told_also_in_the_passive_is_by_the_issuer_just_told(text, host):
    assert {row[2] for row in issued(text)} == {host}


@pytest.mark.parametrize(
    "text",
    ["Rome expelled Egypt's consul in retaliation for the expulsion of the Italian envoy. On Friday the Egyptian "
     "government said the Italian ambassador, Marco Bianchi, had been declared persona non grata.",
     "Oslo ordered Iran's ambassador out after Tehran's expulsion of the Norwegian envoy. Iran's foreign "
     "ministry said on Thursday that Norway's ambassador, Kari Nordmann, must leave within 48 hours."],
)  # fmt: skip
def test_the_envoy_named_later_by_the_side_that_expelled_is_the_same_order(text):
    rows = issued(text)
    assert len(rows) == 2 and any(r[0] in {"Marco Bianchi", "Kari Nordmann"} for r in rows)


@pytest.mark.parametrize(
    "text",
    ["Kenya expelled four diplomats on Monday. Uganda's foreign ministry said on Tuesday that four Kenyan "
     "diplomats had been declared persona non grata.",
     "Peru protested the expulsion of five of its diplomats. Peru's foreign ministry said five Bolivian diplomats "
     "must leave the country."],
)  # fmt: skip
def test_groups_of_the_same_size_sent_away_by_the_two_sides_are_two_orders(text):
    assert len(issued(text)) == 2


def test_its_diplomats_are_the_sentence_subjects():
    rows = issued("Chile condemned on Monday Argentina's expulsion of three of its diplomats.")
    assert [(r[1], r[2]) for r in rows] == [("Chile", "Argentina")]


@pytest.mark.parametrize(
    "text",
    ["Mali expelled two French diplomats, the ministry said in a note to the French embassy. Posts on social media "
     "claimed that the embassy's defence attaché had also been ordered out.",
     "Mali expelled two French diplomats, the ministry said in a note to the French embassy. Unconfirmed reports said "
     "the military attaché at the embassy had also been told to leave."],
)  # fmt: skip
def test_the_embassy_named_anaphorically_is_the_one_met_before(text):
    rows = orders(text)
    assert [r["sender"] for r in rows] == ["France", "France"]


def test_the_embassy_of_the_envoy_just_named_wins_over_an_earlier_one():
    rows = orders("Russia expelled a counsellor at the Moldovan embassy. Moldova summoned the Russian ambassador and "
                  "told him that the embassy's military attaché would have to leave within five days.")  # fmt: skip
    assert [(r["sender"], r["hours"]) for r in rows] == [("Moldova", None), ("Russia", 120)]


def test_the_government_met_later_in_the_article_does_not_issue_an_earlier_order():
    rows = keyed("Peru answered in kind. Its foreign minister said the Venezuelan diplomats accredited in Lima had "
                 "72 hours to leave.\n\nThe government in Montevideo said it had received no notification.",
                 "2024-07-31")  # fmt: skip
    assert [r["state"] for r in rows] == ["PER"]


@pytest.mark.parametrize(
    "text, state",
    [("Guinea's military-led transitional authorities expelled the French ambassador in March. Ivorian officials "
      "protested. Months later, the transitional authorities expelled the special representative of the United "
      "Nations.", "GIN"),
     ("Mali's transitional authorities summoned the Spanish envoy after talks with the Ivorian government. Weeks "
      "later, the transitional authorities ordered the UN special representative to leave.", "MLI")],
)
def test_a_body_described_again_with_the_same_words_is_the_same_body(text, state):
    assert {r["state"] for r in keyed(text)} == {state}


@pytest.mark.parametrize(
    "text",
    ["Peru gave the Mexican ambassador 72 hours to leave, citing statements by Mexican authorities. The government "
     "also told a Bolivian consul in Puno to leave.",
     "Peru expelled the Mexican ambassador after criticism from the Mexican government. The authorities also asked a "
     "Bolivian official to leave."],
)
def test_the_government_that_also_orders_is_the_one_that_ordered_before(text):
    assert {r["state"] for r in keyed(text)} == {"PER"}


def test_a_paragraphs_subject_acts_through_an_unnamed_leader():
    rows = keyed("Somalia has turned on foreign envoys before. The president's predecessor declared a UN special "
                 "representative persona non grata.")  # fmt: skip
    assert [r["state"] for r in rows] == ["SOM"]


@pytest.mark.parametrize(
    "text, state",
    [("Bolivian President Evo Morales declared the US ambassador persona non grata on Wednesday.", "BOL"),
     ("Ecuador recalled its envoy. Colombian Foreign Minister Ana Duarte then ordered the Ecuadorian consul out.",
      "COL"),
     ("Prime Minister Ahmed of Ethiopia told the Kenyan ambassador to leave within 48 hours.", "ETH")],
)  # fmt: skip
def test_an_office_holder_who_orders_an_envoy_out_acts_for_their_state(text, state):
    assert [o["state"] for o in keyed(text)] == [state]


@pytest.mark.parametrize(
    "text",
    ["Last year the head of the UN mission was ordered out by the same authorities, and the Security Council "
     "has since ended the mission.",
     "The UN envoy was expelled by the military rulers, and the African Union later suspended the country."],
)
def test_the_agent_of_a_passive_order_is_the_phrase_right_after_by(text):
    # the body named in the next clause did not order anyone out
    assert all(o["state"] in {None, "MLI"} for o in keyed("Mali's junta has ruled since 2021. " + text))
    assert keyed("Mali's junta has ruled since 2021. " + text)[0]["state"] == "MLI"


@pytest.mark.parametrize(
    "text, sender, role",
    [("Port Sudan expelled the deputy head of the human rights division of the UN peacekeeping mission, UNMISS.",
      "UNMISS", "deputy head of mission"),
     ("Baku has declared the deputy head of the French embassy persona non grata.", "FRA", "deputy head of mission"),
     ("Niamey ordered the chief of the EU delegation in Niger to leave.", "EU", "head of mission")],
)  # fmt: skip
def test_the_head_or_deputy_head_of_a_unit_is_an_envoy_of_the_body_named_last(text, sender, role):
    a = article(text)
    (order,) = [e for e in a.events if e.kind == "ExpulsionOrder"]
    envoy = a.entities[order.roles["envoy"][0]]
    assert (order.roles["sender"], envoy.role) == ([sender], role)


@pytest.mark.parametrize(
    "text, state",
    [("France expelled two Azerbaijani diplomats. A document purporting to show that the deputy head of the US "
      "embassy in Baku had also been declared persona non grata circulated online.", "AZE"),
     ("Germany expelled a Russian attaché. The Russian ambassador in Warsaw has also been told to leave.", "POL")],
)  # fmt: skip
def test_an_envoy_posted_in_a_state_is_sent_away_by_that_state(text, state):
    assert keyed(text)[-1]["state"] == state


@pytest.mark.parametrize("text, name", [
    ("The junta declared the ECOWAS special representative, former Burkinabe minister Hamidou Boly, persona non "
     "grata on Monday.", "Hamidou Boly"),
    ("Niger expelled the UN coordinator, former Malian cabinet minister Awa Keita, on Friday.", "Awa Keita"),
])  # fmt: skip
def test_a_name_after_a_past_career_in_apposition(text, name):
    assert [r["name"] for r in orders(text)] == [name]


@pytest.mark.parametrize("text, sender", [
    ("Wellington expelled the Fijian High Commissioner on Tuesday.", "Fiji"),
    ("Kenya declared Somalia's Ambassador persona non grata.", "Somalia"),
    ("Ghana told the Togolese Chargé d'Affaires to leave within 48 hours.", "Togo"),
])  # fmt: skip
def test_a_title_written_in_capitals_is_still_an_envoy(text, sender):
    assert [r["sender"] for r in orders(text)] == [sender]


def test_the_un_high_commissioner_for_a_field_is_an_office_not_an_envoy_post():
    text = ("Burundi said the official, who also represents the UN High Commissioner for Refugees in the country, "
            "had been declared persona non grata.")  # fmt: skip
    assert all(r["sender"] != "United Nations" or "commissioner" not in (r["name"] or "") for r in orders(text))
    assert not any("commissioner" in e.label for e in article(text).entities.values() if e.kind == "Person")


@pytest.mark.parametrize("text, sender", [
    ("Bogota's foreign minister denounced the expulsion of Colombia's ambassador from Quito.", "Colombia"),
    ("Seoul condemned the expulsion of its envoy from Moscow.", "South Korea"),
    ("Rabat said Algeria's consul from Oran had been expelled.", "Algeria"),
])  # fmt: skip
def test_a_possessed_envoy_from_a_place_is_the_possessors_envoy(text, sender):
    """ "Colombia's ambassador from Quito": Quito is where the envoy is sent away from, not who sent him."""
    assert [r["sender"] for r in orders(text)] == [sender]


def test_his_countrys_envoy_from_a_capital_is_not_that_capitals_envoy():
    text = "Chile's president protested the expulsion of his country's ambassador from Caracas."
    assert all(r["sender"] != "Venezuela" for r in orders(text))


@pytest.mark.parametrize("text", [
    "Tbilisi deplored the expulsion of two of its diplomats by Baku. Azerbaijan had declared the two officials "
    "persona non grata on Monday.",
    "Georgia said four of its diplomats had been targeted. The ministry in Baku told the four envoys to leave "
    "within a week.",
])  # fmt: skip
def test_one_group_told_again_in_other_words_is_one_order_for_its_sender(text):
    (row,) = orders(text)
    assert row["sender"] == "Georgia"


def test_a_government_named_in_an_after_clause_is_not_the_bare_government_later():
    text = ("The Venezuelan government cut ties with Lima last week. On Friday, Caracas suspended flights after "
            "the Panamanian government criticised the vote.\n\nLast year the government ordered the Chilean "
            "ambassador to leave.")  # fmt: skip
    (row,) = keyed(text)
    assert row["state"] == "VEN"


@pytest.mark.parametrize("text, sender", [
    ("The row deepened after Vietnam expelled Beijing's own ambassador.", "China"),
    ("Riyadh ordered Tehran's envoy to leave within a week.", "Iran"),
])  # fmt: skip
def test_a_capital_that_owns_the_envoy_sends_him(text, sender):
    assert [r["sender"] for r in orders(text)] == [sender]


def test_its_staff_after_an_embassy_are_that_embassys():
    text = ("The Tunisian authorities informed the Italian embassy on Monday that six of its staff had been "
            "declared persona non grata.")  # fmt: skip
    (row,) = orders(text)
    assert row["sender"] == "Italy"


@pytest.mark.parametrize("text, name", [
    ("On Monday Bamako gave Marta Kowalski, the spokeswoman of the UN mission in Mali, 72 hours to leave.",
     "Marta Kowalski"),
    ("Juba expelled Tomas Lindgren, the head of the UN human rights office, on Friday.", "Tomas Lindgren"),
])  # fmt: skip
def test_a_name_before_its_description_names_the_envoy(text, name):
    assert [r["name"] for r in orders(text)] == [name]


def test_a_country_before_a_description_is_no_ones_name():
    text = ("According to a radio station in Costa Rica, the chargé d'affaires of Honduras was told to leave "
            "the country.")  # fmt: skip
    a = article(text)
    assert not [e for e in a.entities.values() if e.kind == "Person" and e.name == "Costa Rica"]


def test_the_missions_unit_head_is_the_missions_official():
    text = ("MONUSCO said its work would go on. Kinshasa later ordered the head of the mission's electoral "
            "division to leave.")  # fmt: skip
    (row,) = orders(text)
    assert row["sender"] in {"United Nations Organization Stabilization Mission in the Democratic Republic of the "
                             "Congo", "United Nations"}


@pytest.mark.parametrize("text", [
    "Kabul expelled Islamabad's defence attachés on Monday. On Tuesday the ministry said the military advisers "
    "attached to Pakistan's embassy in Kabul had 72 hours to leave.",
    "Kabul expelled the Pakistani military attaché on Monday. On Tuesday the ministry said the defence adviser "
    "serving at Pakistan's embassy had 72 hours to leave.",
])  # fmt: skip
def test_a_military_adviser_and_a_defence_attache_hold_one_post(text):
    (row,) = orders(text)
    assert row["sender"] == "Pakistan" and row["hours"] == 72


def test_a_place_after_a_preposition_is_no_listed_member():
    text = ("Washington said on Monday it was ordering 40 Russian diplomats to leave, among them 10 attached to the "
            "mission in New York.")  # fmt: skip
    a = article(text)
    assert not [e for e in a.entities.values() if e.kind == "Person" and e.name == "New York"]


def test_a_capitals_envoys_in_a_summary_are_no_one_envoy():
    text = ("Russia ordered Estonia's ambassador out, prompting Tallinn and Riga to expel Moscow's envoys in "
            "return.\n\nEstonia said the Russian ambassador in Tallinn must leave. Latvia said Russia's ambassador "
            "in Riga must leave within a month.")  # fmt: skip
    assert sorted(r["sender"] for r in orders(text)) == ["Estonia", "Russia", "Russia"]


def _named(text: str) -> list[tuple]:
    return sorted((r["name"], r["sender"]) for r in orders(text))


@pytest.mark.parametrize(
    "text, expected",
    [("Niger expelled the French envoy on Monday. The envoy, Canadian national Louise Tremblay, was told to leave "
      "within 72 hours.", [("Louise Tremblay", "France")]),
     ("The defence attaché at the Kenyan embassy in Kampala, Lieutenant Colonel James Otieno, was given 48 hours to "
      "leave.", [("James Otieno", "Kenya")]),
     ("Russia expelled Latvia's ambassador to the country, career diplomat Maris Riekstins, on Friday.",
      [("Maris Riekstins", "Latvia")]),
     ("Mali has declared the Danish consul in the northern city of Gao, Lars Holm, persona non grata.",
      [("Lars Holm", "Denmark")])],
)  # fmt: skip
def test_a_description_rank_or_place_between_the_post_and_the_name(text, expected):
    """"Canadian national", "Lieutenant Colonel", "to the country, career diplomat", "in the northern city of
    Gao": the name still reaches the post, whose sender a nationality in the apposition does not replace."""
    assert _named(text) == expected
    people = [e for e in article(text).entities.values() if e.kind == "Person" and e.name]
    assert [e.name for e in people] == [expected[0][0]]  # no second person made from the rank or nationality


@pytest.mark.parametrize(
    "text, expected",
    [("The second secretary at the Estonian embassy, Mart Kask, was declared persona non grata.",
      [("Mart Kask", "Estonia")]),
     ("Russia ordered out the first counsellor of the Latvian embassy, Ilze Berzina, on Friday.",
      [("Ilze Berzina", "Latvia")]),
     ("Mira Holm, who heads the visa section of the Danish embassy, was told to leave within a week.",
      [("Mira Holm", "Denmark")]),
     ("The Central African Republic ordered the head of civil affairs at the United Nations mission to leave. The "
      "letter names Jonas Berg, a Swedish national who runs the mission's civil affairs office.",
      [("Jonas Berg", "United Nations")])],
)  # fmt: skip
def test_ordinal_posts_heads_of_a_field_and_posts_told_by_a_relative_clause(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("A decree read on television named the official as Dr Helene Mbarga Essomba, a Cameroonian doctor. "
      "Guinea had expelled the WHO representative.", None),
     ("Guinea expelled the WHO representative on Friday. A decree named the official as Dr Helene Mbarga Essomba, a "
      "Cameroonian doctor.", [("Helene Mbarga Essomba", "World Health Organization")]),
     ("Peru expelled a Bolivian diplomat on Friday. The ministry identified the diplomat as Karl Ott.",
      [("Karl Ott", "Bolivia")]),
     ("Chile expelled the Venezuelan envoy. The ministry gave the envoy's name as Ana Ruiz.",
      [("Ana Ruiz", "Venezuela")])],
)  # fmt: skip
def test_a_post_named_by_a_naming_verb(text, expected):
    if expected is None:  # the name comes before any post it could belong to
        assert all(r["name"] is None for r in orders(text))
    else:
        assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("Gabon's ambassador was given 72 hours to leave, while the vice-consul in Oyem was told to depart by Sunday.",
      [("Gabonese ambassador", 72), ("Gabonese vice-consul", None)]),
     ("Chad expelled the Sudanese military attaché on Monday. The consul in the eastern town of Abeche was told to "
      "leave as well.", [("Sudanese consul", None), ("Sudanese military attaché", None)]),
     ("Kenya expelled two Ugandan consular officials. The consul must leave within 48 hours.",
      [("Ugandan consul", 48), ("two Ugandan consular officials", None)])],
)  # fmt: skip
def test_a_bare_post_is_the_sender_s_own_and_no_other_post_nor_a_group(text, expected):
    """"the vice-consul in Oyem", "the consul in the eastern town of Abeche": a post of the sender just told,
    not the attaché told before nor the counted group ("the consul" is one person)."""
    rows = issued(text)
    assert sorted((label, hours) for label, _, _, hours, _ in rows) == expected
    assert len({sender for _, sender, _, _, _ in rows}) == 1


@pytest.mark.parametrize(
    "text, expected",
    [("Estonia ordered some 20 members of staff at Moscow's embassy in Tallinn to leave.", [(20.0, "RUS", None)]),
     ("Mali ordered the French ambassador and four of his colleagues to leave within a week.",
      [(None, "FRA", 168), (4.0, "FRA", 168)]),
     ("Lithuania expelled the Belarusian consul on Monday. Six further members of the embassy's diplomatic staff "
      "were given two weeks to depart.", [(None, "BLR", None), (6.0, "BLR", 336)])],
)  # fmt: skip
def test_counted_groups_of_staff_colleagues_and_further_members(text, expected):
    """"members of staff at Moscow's embassy" (a capital owns its embassy), "four of his colleagues" (the
    envoy's), "six further members of the embassy's staff" (one more group, of the embassy of the sender told)."""
    rows = keyed(text, "2024-05-10")
    found = [(r["event"].quantity and r["event"].quantity.value, r["sender"], r["hours"]) for r in rows]
    assert sorted(found, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text, name",
    [("Togo ordered Ghana's ambassador out on Monday. The ambassador, a veteran diplomat identified in local media "
      "as Kofi Mensah Boateng, was given 48 hours to leave.", "Kofi Mensah Boateng"),
     ("Peru expelled a Chilean consul. The consul, named by the ministry as Rodrigo Fuentes, must leave within "
      "a week.", "Rodrigo Fuentes"),
     ("Kenya declared the Somali envoy, a former minister called by his aides Ahmed Nur Farah, persona non grata.",
      "Ahmed Nur Farah")],
)  # fmt: skip
def test_a_name_given_by_a_naming_verb_in_an_apposition_names_the_post(text, name):
    assert [row[0] for row in issued(text)] == [name]


@pytest.mark.parametrize(
    "text, sender, count",
    [("Myanmar ordered the UNDP country director out. Two international staff members of the agency were also "
      "expelled.", "United Nations Development Programme", 2),
     ("Mali expelled the head of the ECOWAS mission. Three local employees of the bloc were told to leave too.",
      "Economic Community of West African States", 3),
     ("Sudan gave the WFP country director 72 hours to leave. It also ordered four expatriate staffers of the "
      "organisation out.", "World Food Programme", 4)],
)  # fmt: skip
def test_a_counted_group_of_the_organisation_told_before_is_its_staff(text, sender, count):
    a = article(text)
    groups = [(a.entities[e.roles["sender"][0]].label if e.roles.get("sender") else None, e.quantity.value)
              for e in a.events if e.kind == "ExpulsionOrder" and e.quantity]  # fmt: skip
    assert groups == [(sender, count)]


@pytest.mark.parametrize(
    "text, senders",
    [("Bulgaria has expelled nine employees of the Russian embassy. The two consuls, named by the ministry as "
      "Dmitry Osipov and Anton Lebedev, must also depart by 31 March.", ["Russia", "Russia", "Russia"]),
     ("Latvia ordered the Russian ambassador out on Monday. Two consuls, Igor Petrov and Oleg Sokolov, were given "
      "a week to leave.", ["Russia", "Russia", "Russia"]),
     # two senders already: a group with none is not guessed
     ("Chad expelled the Sudanese ambassador and the Libyan consul. Two officials, Omar Haddad and Ali Musa, were "
      "given a week to leave.", ["Sudan", "Libya", None, None])],
)  # fmt: skip
def test_an_order_without_a_sender_takes_the_one_sender_of_the_issuers_other_orders(text, senders):
    assert [row[1] for row in issued(text)] == senders


@pytest.mark.parametrize(
    "text, sender, host",
    [("As a result, the French defence attaché, Colonel Bertrand Lasserre, was ordered out of Gabon and given 48 "
      "hours to leave.", "France", "Gabon"),
     ("The Dutch consul, Pieter de Vries, was expelled from Suriname on Monday.", "Netherlands", "Suriname"),
     ("Japan's military attaché, Colonel Kenji Sato, has been asked to leave Myanmar.", "Japan", "Myanmar")],
)  # fmt: skip
def test_the_state_left_after_a_name_is_not_the_named_persons_employer(text, sender, host):
    assert [(row[1], row[2]) for row in issued(text)] == [(sender, host)]


@pytest.mark.parametrize(
    "text",
    ["The Committee for the Transition and Restoration of Institutions (CTRI), the military body that has run "
     "Gabon since the coup, said it had uncovered interference. The CTRI gave the French consul 48 hours to leave.",
     "Guinea's junta, which calls itself the National Committee of Reconciliation and Development (CNRD), met on "
     "Monday. Ghana's government protested. The CNRD declared the Nigerian ambassador persona non grata.",
     "The National Council for the Safeguard of the Homeland, as Niger's junta calls itself, met on Monday. "
     "Benin's government protested. The National Council for the Safeguard of the Homeland ordered the Malian "
     "envoy out."],
)  # fmt: skip
def test_a_junta_known_by_the_name_it_gives_itself_issues_the_order(text):
    a = article(text)
    orders_ = [e for e in a.events if e.kind == "ExpulsionOrder"]
    assert [a.entities[order.roles["issuer"][0]].kind for order in orders_] == ["MilitaryJunta"]


@pytest.mark.parametrize(
    "text, name",
    [("Japan summoned the Chinese consul, Gao Jianmin, on Monday. On Tuesday Tokyo gave Gao 72 hours to leave.",
      "Gao Jianmin"),
     ("Seoul protested to North Korea's envoy, Kim Song-il. Later Seoul ordered Kim out of the country.",
      "Kim Song-il"),
     ("Hanoi summoned the Chinese ambassador, Xiong Bo, on Friday. Vietnam later declared Xiong persona non grata.",
      "Xiong Bo")],
)  # fmt: skip
def test_a_family_name_written_first_stands_for_the_person(text, name):
    assert [row[0] for row in issued(text)] == [name]


@pytest.mark.parametrize(
    "text, name",
    [("Mali turned on the last Ukrainian diplomat in Bamako. Oleksandr Hrytsenko, the chargé d'affaires who has run "
      "the office since 2022, was told he had until Sunday to leave.", "Oleksandr Hrytsenko"),
     ("Chad ordered a Sudanese diplomat out. Omar Bashir Taha, the envoy, was given 48 hours to leave.",
      "Omar Bashir Taha"),
     ("Peru said it would expel the Bolivian consul in Puno. Carlos Quispe, the consul, was then ordered to leave "
      "within a week.", "Carlos Quispe")],
)  # fmt: skip
def test_a_name_written_before_a_bare_post_names_the_envoy_met_before(text, name):
    assert [row[0] for row in issued(text)] == [name]


@pytest.mark.parametrize(
    "text, name",
    [("Guinea moved against the head of the UN human rights office. The representative of the Office of the UN "
      "High Commissioner for Human Rights (OHCHR) in Conakry, Ilaria Conti, must leave within five days.",
      "Ilaria Conti"),
     ("Mali expelled the head of the EU delegation on Monday. The ambassador of the European Union to Mali, Bart "
      "Ouvry, was given 72 hours to leave.", "Bart Ouvry"),
     ("Niger ordered the head of the ECOWAS office out. The representative of the regional bloc in Niamey, Amadou "
      "Sy, has 48 hours to leave.", "Amadou Sy")],
)  # fmt: skip
def test_a_bare_post_with_its_body_and_place_then_a_name_names_the_envoy(text, name):
    assert [row[0] for row in issued(text)] == [name]


@pytest.mark.parametrize(
    "text, name, sender",
    [("Guinea has long quarrelled with the Economic Community of West African States. On Tuesday it declared the "
      "bloc's resident representative in Conakry, the Ghanaian diplomat Kwabena Adjei-Mensah, persona non grata.",
      "Kwabena Adjei-Mensah", "Economic Community of West African States"),
     ("Mali accused the World Food Programme of bias. It gave the agency's country director, Dutch national Anna "
      "de Vries, 72 hours to leave.", "Anna de Vries", "World Food Programme"),
     ("Burkina Faso quarrelled with the African Union. It then gave the organisation's envoy, Moussa Keita, 48 "
      "hours to leave.", "Moussa Keita", "African Union")],
)  # fmt: skip
def test_the_post_of_the_organisation_told_before_keeps_it_as_sender(text, name, sender):
    assert [row[:2] for row in issued(text)] == [(name, sender)]


@pytest.mark.parametrize(
    "text, name",
    [("Chad ordered France's defence attaché to leave. The decision concerns Colonel Étienne Marchal, the defence "
      "attaché, and his aides.", "Étienne Marchal"),
     ("Mali ordered Germany's military attaché out. Lieutenant Colonel Jan Weber, the attaché, left on Friday.",
      "Jan Weber"),
     ("Peru gave the Bolivian ambassador 72 hours to leave. Ambassador Luis Mamani, the envoy, flew home.",
      "Luis Mamani")],
)  # fmt: skip
def test_a_titled_name_before_a_bare_post_names_the_envoy_met_before(text, name):
    assert [row[0] for row in issued(text)] == [name]


@pytest.mark.parametrize(
    "text, name, sender",
    [("The head of the UN office in Gabon was given 48 hours to leave on Tuesday. Maria Lopez, a Spanish diplomat, "
      "was informed of the decision at the ministry.", "Maria Lopez", "United Nations"),
     ("Mali ordered the EU ambassador out on Monday. Bart Ouvry had been notified of his expulsion by letter, the "
      "ministry said.", "Bart Ouvry", "European Union"),
     ("Niger expelled the Beninese ambassador on Friday. Paul Houngbo was formally told of the order at the airport.",
      "Paul Houngbo", "Benin")],
)  # fmt: skip
def test_a_name_told_of_the_decision_names_the_envoy_just_ordered_out(text, name, sender):
    assert [row[:2] for row in issued(text)] == [(name, sender)]


@pytest.mark.parametrize(
    "text, staff",
    [("Latvia expelled two Russian diplomats on Monday. The Russian staff, a counsellor named by the ministry as "
      "Ivan Petrov and an attaché who was not identified, were given 48 hours to leave.", "Russian staff"),
     ("Chad gave the Sudanese staff, a consul identified in local media as Omar Taha and a secretary, 72 hours to "
      "leave.", "Sudanese staff"),
     ("The Belgian staff, a first secretary named by state media as Anna Peeters and a cultural attaché, were "
      "declared persona non grata by Rwanda.", "Belgian staff")],
)  # fmt: skip
def test_a_name_given_to_the_first_of_a_list_does_not_name_the_whole_staff(text, staff):
    assert staff in [row[0] for row in issued(text)]


@pytest.mark.parametrize(
    "text, name",
    [("Kenya expelled a Somali diplomat on Monday. Second secretary Abdi Farah was given 48 hours to leave.",
      "Abdi Farah"),
     ("Ghana expelled a Russian envoy. Military attaché Ivan Petrov must leave by Friday.", "Ivan Petrov"),
     ("Ghana expelled a Russian envoy. The ministry said counsellor Oleg Sidorov had been given 72 hours to leave.",
      "Oleg Sidorov")],
)  # fmt: skip
def test_a_diplomatic_rank_written_as_a_title_names_the_envoy(text, name):
    assert [r["name"] for r in orders(text)] == [name]


@pytest.mark.parametrize(
    "text, name",
    [("Niger ordered the head of the EU mission to leave within 72 hours. The statement named the mission chief, "
      "Dutch police commissioner Maarten Veldkamp, and accused him of interference.", "Maarten Veldkamp"),
     ("Gabon ordered a senior official of the African Union out on Tuesday. The official, the bloc's deputy "
      "commissioner for peace and security, Amara Touré, was told of the decision on Tuesday.", "Amara Touré"),
     ("Mali declared the head of the World Food Programme in the country persona non grata. The country director, "
      "a Kenyan agronomist named Grace Wanjiru, was given 72 hours to leave.", "Grace Wanjiru"),
     ("Pakistan expelled an Afghan diplomat on Monday. The consul general, veteran cleric Abdul Wakil Haqyar, was "
      "given 48 hours to leave.", "Abdul Wakil Haqyar")],
)  # fmt: skip
def test_a_post_named_after_any_description_of_its_holder(text, name):
    """"The official, <an occupation or an apposition of its own>, NAME": the envoy met before gets the name."""
    assert [r["name"] for r in orders(text)] == [name]


@pytest.mark.parametrize(
    "text, rows",
    [("Pakistan has ordered the Afghan consuls general in Peshawar and Quetta to leave the country. The consul general "
      "in Peshawar, Abdul Wakil Haqyar, was told that he had 48 hours to leave. His counterpart in Quetta, Nurullah "
      "Baryalai, was informed that he must leave within a week.",
      [("Abdul Wakil Haqyar", 48), ("Nurullah Baryalai", 168)]),
     ("Turkey expelled the Iranian consuls in Izmir and Trabzon on Monday. The consul in Trabzon, Reza Ahmadi, must "
      "leave within 72 hours. His counterpart at Izmir, veteran diplomat Ali Karimi, was given a week.",
      [("Reza Ahmadi", 72), ("Ali Karimi", 168)]),
     ("Kenya ordered the Ugandan consuls in Kisumu and Mombasa out on Monday. The consul in Mombasa, Peter Okello, was "
      "given 72 hours. The consul in Kisumu, James Otieno, must leave within a week.",
      [("Peter Okello", 72), ("James Otieno", 168)])],
)  # fmt: skip
def test_posts_told_by_their_place_are_named_each_in_turn(text, rows):
    """Two posts ordered out together, then each named by its place ("the consul in Peshawar, NAME", "his
    counterpart in Quetta, NAME"): the name goes to the post of that place, not to the last one of the title."""
    assert sorted((r["name"], r["hours"]) for r in orders(text)) == sorted(rows)


@pytest.mark.parametrize(
    "text, name",
    [("Jordan expelled a junior Iranian diplomat on Monday and said Iran's chargé d'affaires had been summoned. The "
      "diplomat, a second secretary named Hossein Rahimzadeh, was given 48 hours to leave.", "Hossein Rahimzadeh"),
     ("Peru expelled a Bolivian diplomat on Monday and said Bolivia's chargé d'affaires had been summoned. The "
      "diplomat, Luis Arce Mendoza, has until Friday to leave.", "Luis Arce Mendoza"),
     ("Kenya ordered a Somali official out on Tuesday after summoning Somalia's ambassador. The official, a junior "
      "attaché named Abdi Farah, was told to leave within 72 hours.", "Abdi Farah")],
)  # fmt: skip
def test_a_generic_title_names_the_envoy_met_by_that_very_title(text, name):
    """"The diplomat, NAME" after "a diplomat" and another post of the same state: the diplomat is named, not the
    post met last."""
    assert [r["name"] for r in orders(text)] == [name]


@pytest.mark.parametrize(
    "text, rows",
    [("Burundi has ordered three Rwandan diplomats to leave the country. The chargé d'affaires, Innocent Mugabo, has "
      "72 hours to leave. A third official, first secretary Claudine Uwera, has until Sunday to depart.",
      [(None, "Rwanda"), ("Innocent Mugabo", "Rwanda"), ("Claudine Uwera", "Rwanda")]),
     ("Ghana expelled two Russian diplomats on Monday. The ministry said counsellor Oleg Sidorov had been given 72 "
      "hours to leave.", [(None, "Russia"), ("Oleg Sidorov", "Russia")]),
     ("Chad has expelled two Libyan diplomats. The ambassador, Ali Zeidan, must leave within 48 hours, while military "
      "attaché Salem Ben Ali has a week.", [("Ali Zeidan", "Libya"), ("Salem Ben Ali", "Libya")])],
)  # fmt: skip
def test_a_bare_rank_before_a_name_is_an_envoy_of_the_sender_being_told(text, rows):
    """"first secretary Claudine Uwera", with no state: an envoy of the sender whose diplomats are being told, so
    one of the group's members."""
    assert [(r["name"], r["sender"]) for r in orders(text)] == rows


@pytest.mark.parametrize(
    "text, name, sender",
    [("Niger has given the head of the International Organization for Migration's mission a week to leave. The chief "
      "of mission, Ghanaian national Kofi Mensah, was informed at the foreign ministry.", "Kofi Mensah",
      "International Organization for Migration"),
     ("Chad ordered the head of the International Committee of the Red Cross delegation to leave within 48 hours. "
      "The delegation head, an Austrian national named in the decree as Anna Keller, has led the team since 2021.",
      "Anna Keller", "International Committee of the Red Cross"),
     ("Mali has expelled the ICRC's head of delegation. The head of the delegation, Marc Dubois, was given 72 hours "
      "to leave.", "Marc Dubois", "International Committee of the Red Cross"),
     ("Azerbaijan has ordered a senior Russian diplomat to leave within 48 hours. The embassy counsellor, Pavel "
      "Sidorov, was declared persona non grata on Tuesday.", "Pavel Sidorov", "Russia")],
)  # fmt: skip
def test_the_head_of_an_office_or_an_embassy_post_named_later_under_another_title_is_the_envoy(text, name, sender):
    assert [(row["name"], row["sender"]) for row in orders(text)] == [(name, sender)]


@pytest.mark.parametrize(
    "text, name",
    [("Burkina Faso has expelled Belgium's defence attaché. Belgium's foreign ministry confirmed that its attaché had "
      "been asked to leave.", "defence attaché"),
     ("Mali ordered Sweden's first counsellor out of the country. Stockholm said its counsellor had been told to go "
      "within 72 hours.", "first counsellor"),
     ("Niger gave France's military attaché 48 hours to leave. France said on Monday that its attaché had been "
      "ordered out.", "military attaché")],
)  # fmt: skip
def test_a_post_its_own_side_names_by_a_shorter_title_is_the_envoy_met_before(text, name):
    a = article(text)
    envoys = {e.roles["envoy"][0] for e in a.events if e.kind == "ExpulsionOrder"}
    assert [a.entities[key].role for key in envoys] == [name]


@pytest.mark.parametrize(
    "text, names",
    [("Guinea expelled two Sierra Leonean diplomats on Tuesday. The two diplomats, Abu Kamara in Kankan and Mariama "
      "Bah in Labé, were declared persona non grata.", ["Abu Kamara", "Mariama Bah"]),
     ("Mali has ordered three Ivorian consular officials out. The three, Jean Kouassi at Sikasso, Paul Yao in Kayes "
      "and Marc Konan in Mopti, have 72 hours to leave.", ["Jean Kouassi", "Paul Yao", "Marc Konan"]),
     ("Chad expelled two Sudanese officials on Friday. The pair, Omar Hassan in the border town of Adré and Ali "
      "Musa in Abéché, must leave within a week.", ["Omar Hassan", "Ali Musa"])],
)  # fmt: skip
def test_a_counted_groups_members_named_each_with_the_place_of_their_post(text, names):
    assert sorted(row["name"] for row in orders(text)) == sorted(names)


@pytest.mark.parametrize(
    "text",
    ["Burkina Faso has expelled Belgium's defence attaché, the ministry said on Thursday. A note verbale handed to "
     "the Belgian embassy gave the officer 48 hours to leave the country.",
     "Niger ordered out France's military attaché. The officer was given 48 hours to leave.",
     "Mali has declared Germany's naval attaché persona non grata. The ministry said the officer had 48 hours to "
     "leave Bamako."],
)  # fmt: skip
def test_the_officer_is_the_attache_ordered_out_before(text):
    assert [row["hours"] for row in orders(text)] == [48]
