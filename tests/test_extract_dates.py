"""When: the dateline, the issue day (told in the same or another sentence), and deadlines."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import article, keyed, orders

from service.extract.reader import parse_source


@pytest.mark.parametrize(
    "body, day, sentence_start, weekday_resolves_to",
    [("ABUJA, March 7 (Reuters) - Nigeria on Thursday told the Nigerien envoy to leave.", "2024-03-08",
      "Nigeria on Thursday", date(2024, 3, 7)),  # the dateline's own day counts
     ("DAKAR, Jan. 3 (AFP) -- Senegal expelled the Gambian consul on Tuesday.", "2024-01-04",
      "Senegal expelled", date(2024, 1, 2)),
     ("KYIV, Ukraine (AP) — Ukraine ordered the Hungarian consul out on Monday.", "2024-05-10",
      "Ukraine ordered", date(2024, 5, 6))],
)  # fmt: skip
def test_a_wire_dateline_is_no_sentence_and_anchors_weekdays(body, day, sentence_start, weekday_resolves_to):
    a = article(body, day)
    assert a.sentences[0].text.startswith(sentence_start)
    (order,) = [e for e in a.events if e.kind == "ExpulsionOrder"]
    assert order.time.value == weekday_resolves_to


def test_a_dateline_without_a_day_keeps_the_date_line_as_anchor():
    source = parse_source("date 2024-05-10\nLOME (AFP) - Togo spoke.", "t")
    assert source.dateline is not None and source.dateline_date is None
    assert parse_source("date 2024-05-10\nTogo spoke on Friday - loudly.", "t").dateline is None


@pytest.mark.parametrize(
    "text, day, year",
    [("Togo expelled the Ghanaian ambassador last year.", "2024-05-10", 2023),
     ("The Nigerien junta ordered the French ambassador out earlier this year.", "2024-05-10", 2024)],
)
def test_last_year_and_this_year_give_a_year(text, day, year):
    (row,) = orders(text, day)
    assert row["date"] == year


@pytest.mark.parametrize(
    "text, expected",
    [("Gabon ordered the UN envoy to leave, the AU said on Friday. The order was served on Wednesday.",
      date(2024, 5, 8)),
     ("Gabon ordered the UN envoy to leave, the AU said on Friday.", date(2024, 5, 3)),
     ("Gabon said on Friday it had ordered the UN envoy to leave.", date(2024, 5, 3))],
)  # fmt: skip
def test_the_day_a_source_spoke_is_the_order_date_only_without_a_better_one(text, expected):
    (row,) = orders(text)
    assert row["date"] == expected


@pytest.mark.parametrize("text", ["Albania on Sept. 12 declared Greece's consul persona non grata.",
                                  "On Sept 12, Albania declared Greece's consul persona non grata."])  # fmt: skip
def test_sept_is_september(text):
    (order,) = [e for e in article(text, "2024-09-20").events if e.kind == "ExpulsionOrder"]
    assert order.time.value == date(2024, 9, 12)


@pytest.mark.parametrize(
    "text, hours",
    [("Ghana has ordered Togo's ambassador to leave. The ambassador, Koffi Mensah, was informed on Monday. "
      "He was given seventy-two hours to go.", 72),
     ("Peru asked Bolivia's consul in Puno to leave the country. The consul, Ana Quispe, was called in on "
      "Tuesday. She has ten days to depart.", 240),
     ("Kenya told three Somali diplomats to leave Nairobi. They were given two weeks to pack up.", 336)],
)  # fmt: skip
def test_terms_stated_in_a_later_sentence_complete_the_order(text, hours):
    (row,) = orders(text)
    assert row["hours"] == hours


@pytest.mark.parametrize(
    "text",
    ["Ghana has ordered Togo's ambassador to leave. Officials in Accra said talks would resume within two weeks.",
     "Peru expelled Bolivia's consul. Bolivia's president was given ten days to respond to the protest note."],
)  # fmt: skip
def test_a_later_deadline_about_something_else_is_not_the_orders(text):
    (row,) = orders(text)
    assert row["hours"] is None


@pytest.mark.parametrize(
    "text, first, second",
    [("Egypt said on Monday it had ordered two Turkish diplomats to leave within five days, in retaliation for "
      "the expulsion of two Egyptian diplomats from Ankara.", 120, None),
     ("Kenya expelled three Ugandan diplomats within 48 hours after Uganda expelled three Kenyan diplomats.",
      48, None)],
)  # fmt: skip
def test_a_deadline_belongs_to_the_order_it_follows(text, first, second):
    rows = orders(text)
    assert [r["hours"] for r in rows] == [first, second]


@pytest.mark.parametrize(
    "text, expected",
    [("Israel on Monday ordered Jordan's ambassador out, three days after Amman told the Israeli envoy to go "
      "home.", [date(2024, 5, 6), None]),
     ("Egypt on Sunday expelled two Turkish diplomats in retaliation for the expulsion of two Egyptian "
      "diplomats from Ankara.", [date(2024, 5, 5), None])],
)  # fmt: skip
def test_the_main_clauses_day_is_not_the_subordinate_orders(text, expected):
    assert [r["date"] for r in orders(text)] == expected


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


def test_the_persons_told_later_take_the_day_of_the_order():
    rows = orders("Nicaragua on Tuesday ordered diplomats from three neighbouring countries to leave. The ministry "
                  "required the ambassadors of Costa Rica, Honduras and Panama to depart within 72 hours.")  # fmt: skip
    assert sorted((r["sender"], str(r["date"]), r["hours"]) for r in rows) == [
        ("Costa Rica", "2024-05-07", 72), ("Honduras", "2024-05-07", 72), ("Panama", "2024-05-07", 72)]


def test_a_deadline_day_is_not_the_issue_date():
    (row,) = keyed("Guinea's military rulers have kicked out the head of the EU delegation, giving her until "
                    "Friday to leave.")  # fmt: skip
    assert row["sender"] == "EU" and row["event"].time is None and row["hours"] is None


def test_retaliation_and_time():
    (row,) = keyed("Russia expelled two Estonian diplomats on Monday in retaliation for a similar move.")
    assert row["event"].label.startswith("retaliatory")
    assert row["event"].time.value == date(2023, 8, 28)


@pytest.mark.parametrize(
    "text, day",
    [("Kenya has given Somalia's ambassador 48 hours to leave. The Kenyan foreign ministry said on Wednesday that "
      "the envoy had abused his status.", date(2024, 5, 8)),
     ("Ghana has expelled a Togolese diplomat. In a statement issued on Thursday, the government said the diplomat "
      "had been notified on Tuesday that he must leave.", date(2024, 5, 7)),
     ("Uganda has ordered the Rwandan consul out. A letter from the Ugandan foreign ministry dated Monday declared "
      "him persona non grata.", date(2024, 5, 6))],
)  # fmt: skip
def test_the_day_told_in_a_following_sentence_dates_the_order(text, day):
    """The lead gives no day; the next sentence, in the issuer's voice, does (the told day over the day of telling)."""
    (row,) = orders(text)
    assert row["date"] == day


@pytest.mark.parametrize(
    "text",
    ["Poland ordered two Belarusian diplomats to leave on Monday. Hours later, Lithuania told a Belarusian consul "
     "to leave within three days.",
     "Spain expelled two Russian diplomats on Monday. Italy took a similar step the same day, announcing the "
     "expulsion of three Russian diplomats."],
)  # fmt: skip
def test_hours_later_or_the_same_day_is_the_day_of_the_order_before(text):
    assert [r["date"] for r in orders(text)] == [date(2024, 5, 6)] * 2


@pytest.mark.parametrize(
    "text, day",
    [("The officers who took power in May 2021 have now expelled Denmark's ambassador.", None),
     ("The colonels, who seized power on August 18, on Monday ordered the Swedish envoy to leave.", date(2024, 5, 6))],
)  # fmt: skip
def test_the_time_of_a_relative_clause_does_not_date_the_order(text, day):
    (row,) = orders(text)
    assert row["date"] == day


def test_a_deadline_at_a_clock_time_is_neither_the_issue_day_nor_hours():
    (row,) = orders("Ottawa ordered three Chinese diplomats to leave by 6 pm on Friday.")
    assert (row["date"], row["hours"]) == (None, None)


def test_each_order_of_a_sentence_keeps_its_own_deadline():
    rows = orders("Mali gave the French ambassador 72 hours to leave, and ordered the UN mission's spokesman out "
                  "within 48 hours.")  # fmt: skip
    assert sorted((r["sender"], r["hours"]) for r in rows) == [("France", 72), ("United Nations", 48)]


@pytest.mark.parametrize(
    "text, dates",
    [("Hungary has told Serbia's ambassador to leave within 48 hours, after Belgrade expelled the Hungarian "
      "envoy. The foreign ministry in Budapest said on Tuesday it had informed the ambassador of the decision.",
      ["2024-05-07", None]),
     ("Canada ordered India's consul out, days after New Delhi expelled a Canadian diplomat. Ottawa said on "
      "Monday that the decision was final.", ["2024-05-06", None])],
)  # fmt: skip
def test_a_later_sentence_dates_only_the_order_its_subject_issued(text, dates):
    assert [str(row["date"]) if row["date"] else None for row in orders(text, "2024-05-08")] == dates


@pytest.mark.parametrize(
    "text",
    ["In March, Managua ordered out the Vatican's ambassador. On Thursday, the government also broke off "
     "relations with the Netherlands.",
     "In February, Juba expelled the Kenyan consul. The government said on Monday it would reopen the border."],
)  # fmt: skip
def test_a_month_is_not_replaced_by_a_later_day_of_another_month(text):
    a = article(text, "2024-09-30")
    (order,) = [e for e in a.events if e.kind == "ExpulsionOrder"]
    assert order.time.value is None


@pytest.mark.parametrize(
    "text",
    ["Guinea's junta has expelled the ECOWAS representative, accusing him of bias, as pressure grows for "
     "elections in March.",
     "Niger expelled the EU ambassador, saying he had lied about a meeting in January."],
)  # fmt: skip
def test_a_time_in_a_clause_after_the_act_is_that_clauses(text):
    a = article(text, "2024-10-20")
    (order,) = [e for e in a.events if e.kind == "ExpulsionOrder"]
    assert order.time is None


@pytest.mark.parametrize(
    "text, day",
    [("Estonia has ordered 12 staff of the Russian embassy to leave. The foreign ministry said on Thursday that "
      "it had handed the ambassador a note listing those who must go.", "2024-05-09"),
     ("Albania has expelled two Iranian diplomats. The foreign ministry said on Monday it had notified the "
      "embassy of the decision.", "2024-05-06")],
)  # fmt: skip
def test_a_bare_foreign_ministry_belongs_to_the_state_that_opened_the_story(text, day):
    (row,) = orders(text)
    assert str(row["date"]) == day


@pytest.mark.parametrize(
    "text, day",
    [("Warsaw retaliated on Thursday. Its foreign ministry said five Belarusian diplomats had been ordered out.",
      "2024-05-09"),
     ("Rome responded on Monday. The foreign ministry said two Libyan embassy officials must leave the country.",
      "2024-05-06")],
)  # fmt: skip
def test_a_sentence_leading_into_the_order_in_the_issuers_voice_gives_its_day(text, day):
    (row,) = orders(text)
    assert str(row["date"]) == day


def test_a_sentence_leading_in_with_the_same_day_takes_the_day_of_the_order_before():
    text = ("Chile expelled two Bolivian diplomats on Tuesday. La Paz replied within hours. "
            "The Bolivian foreign ministry said three Chilean diplomats had to leave the country.")  # fmt: skip
    assert [str(r["date"]) for r in orders(text)] == ["2024-05-07", "2024-05-07"]


def test_a_lead_sentence_in_another_paragraph_gives_no_day():
    text = ("Italy and Libya met. Rome held talks on Monday.\n\n"
            "The foreign ministry said two Libyan embassy officials must leave the country.")
    (row,) = orders(text)
    assert row["date"] is None


@pytest.mark.parametrize(
    "text, expected",
    [("Kyiv on Friday expelled two Hungarian diplomats, hitting back at Budapest's decision to expel a Ukrainian "
      "consul.", ["2024-05-03", "None"]),
     ("Seoul yesterday ordered a North Korean diplomat out, answering Pyongyang's expulsion of a South Korean aid "
      "worker.", ["2024-05-09", "None"])],
)  # fmt: skip
def test_an_order_named_in_passing_does_not_take_the_answering_acts_day(text, expected):
    assert [str(r["date"]) for r in orders(text)] == expected


def test_a_subordinate_word_inside_an_aside_does_not_hide_the_day():
    text = ("The row began on Sunday, when the government, which has ruled since the coup, announced that three "
            "Nigerian diplomats must depart within three days.")  # fmt: skip
    (row,) = orders(text, "2024-05-10")
    assert str(row["date"]) == "2024-05-05" and row["hours"] == 72


@pytest.mark.parametrize(
    "text",
    ["Niger has declared three Beninese diplomats persona non grata. In a note handed to the Beninese embassy on "
     "Thursday, the foreign ministry said the three had met opposition figures.",
     "Niger has declared three Beninese diplomats persona non grata. In a letter delivered to the Beninese embassy on "
     "Thursday, the foreign ministry said they were a threat."],
)  # fmt: skip
def test_a_demonym_in_a_fronted_phrase_is_not_the_following_sentences_subject(text):
    (row,) = orders(text)
    assert str(row["date"]) == "2024-05-09"


def test_a_retelling_names_no_time_of_a_clause_about_something_else():
    (row,) = orders("Niger has declared three Beninese diplomats persona non grata. Niger's foreign ministry said on "
                    "Thursday they had 48 hours to leave. The expulsions continue a slide in ties since the coup in "
                    "July 2023.")  # fmt: skip
    assert str(row["date"]) == "2024-05-09"


@pytest.mark.parametrize(
    "text",
    ["Israel ordered Turkey's consul out. Turkey's ministry said on Tuesday that the Israeli ambassador had been told "
     "to leave. Later the same day, Israel announced that the Turkish consul must depart.",
     "Canada expelled India's high commissioner on Tuesday. Hours after Canada's announcement, India told Canada's "
     "charge d'affaires that he must depart within five days."],
)  # fmt: skip
def test_a_sentence_placed_by_the_day_before_it_takes_that_day(text):
    assert {str(r["date"]) for r in orders(text)} == {"2024-05-07"}


@pytest.mark.parametrize(
    "text, hours",
    [("China ordered a Canadian consul out of the country, hitting back within a day at Ottawa's decision.", None),
     ("Moscow responded within 24 hours by expelling two Latvian diplomats.", None),
     ("Russia declared 40 German diplomats persona non grata. The staff must leave Russian territory within two "
      "weeks, the ministry said.", 336)],
)  # fmt: skip
def test_how_soon_a_state_reacted_is_no_deadline_and_the_staff_sentence_gives_one(text, hours):
    (row,) = orders(text)
    assert row["hours"] == hours


def test_orders_told_one_after_the_other_by_the_same_side_share_the_day():
    rows = orders("The cabinet of Somalia decided on Thursday that the Kenyan ambassador must leave. The consuls "
                  "running Kenya's missions in Kismayo and in Baidoa were told to depart within seven days.",
                  "2024-04-06")  # fmt: skip
    assert {r["date"] for r in rows} == {date(2024, 4, 4)}


@pytest.mark.parametrize(
    "text, days",
    [("Kenya expelled the Somali ambassador on Tuesday and ordered the Eritrean consul out on Wednesday.",
      [date(2024, 5, 7), date(2024, 5, 8)]),
     ("Ghana on Monday declared a Togolese attaché persona non grata, then told the Beninese envoy to leave "
      "on Thursday.", [date(2024, 5, 6), date(2024, 5, 9)]),
     ("Peru on Thursday gave the Mexican ambassador 72 hours to leave and expelled the Bolivian consul.",
      [date(2024, 5, 9), date(2024, 5, 9)])],
)  # fmt: skip
def test_a_day_told_after_one_of_two_orders_in_a_sentence_is_that_orders_own(text, days):
    assert [o["date"] for o in orders(text)] == days


@pytest.mark.parametrize(
    "text, day",
    [("Chile expelled the Cuban ambassador on Monday. The following day, Argentina gave the Cuban consul in "
      "Buenos Aires 48 hours to leave.", date(2024, 5, 7)),
     ("Latvia expelled the Belarusian envoy on Tuesday. Two days later, Lithuania ordered the Belarusian "
      "attaché out.", date(2024, 5, 9)),
     ("Niger expelled the French ambassador on Wednesday. A day later, the junta told the French consul to "
      "leave.", date(2024, 5, 9))],
)  # fmt: skip
def test_an_order_placed_days_after_the_one_before_it_takes_that_later_day(text, day):
    assert orders(text)[-1]["date"] == day


@pytest.mark.parametrize(
    "text, hours",
    [("Tunisia kicked out two Libyan diplomats, and Tripoli retaliated within 24 hours.", None),
     ("Serbia expelled the Croatian consul, but Zagreb answered within 48 hours.", None),
     ("Egypt asked the ambassadors of Sudan and Chad to leave within 48 hours.", 48)],
)  # fmt: skip
def test_hours_told_of_another_actors_clause_are_no_deadline_of_the_order(text, hours):
    assert {o["hours"] for o in orders(text)} == {hours}


@pytest.mark.parametrize(
    "text",
    ["Norway expelled three Russian diplomats. The foreign ministry said on Monday that the three had to leave "
     "within a week.",
     "Chad has kicked out two Sudanese diplomats. Officials said on Monday that they must depart within "
     "seven days."],
)
def test_terms_told_in_what_a_source_said_belong_to_the_order_just_told(text):
    assert [(o["hours"], o["date"]) for o in orders(text)] == [(168, date(2024, 5, 6))]


# -- thirteenth pass: "the same evening" after the act; the time of a reversal; "hours after" another act ------


def test_the_same_evening_told_after_the_order():
    text = ("On Wednesday Riyadh gave the Lebanese ambassador two days to leave. Bahrain issued a similar order to "
            "the Lebanese ambassador in Manama the same evening.")  # fmt: skip
    assert [r["date"] for r in orders(text)] == [date(2024, 5, 8)] * 2


@pytest.mark.parametrize("text", [
    "Serbia on Sunday reversed its decision to expel Montenegro's ambassador.",
    "Niger on Tuesday revoked the order expelling the French ambassador.",
    "Mali on Monday rescinded its earlier decision to expel the Ivorian consul.",
])  # fmt: skip
def test_the_time_of_a_reversal_is_not_the_orders(text):
    assert [r["date"] for r in orders(text)] == [None]


def test_a_day_placed_by_the_sentence_before_wins_over_a_later_one():
    text = ("Montenegro declared the Serbian ambassador persona non grata on Saturday. Belgrade responded within "
            "hours. The Serbian ministry said Montenegro's ambassador had 72 hours to leave. But on Monday the "
            "Serbian minister said Belgrade was withdrawing the measure.")  # fmt: skip
    assert [r["date"] for r in orders(text)] == [date(2024, 5, 4)] * 2


@pytest.mark.parametrize("text, day", [
    ("Hungary acted first, on Thursday. Its ministry said the pair had spied for Moscow. The two Russian "
     "diplomats were given 72 hours to leave.", date(2024, 5, 9)),
    ("The Latvian cabinet moved on Tuesday. Ministers cited security concerns. They said the Belarusian "
     "consul had been declared persona non grata.", date(2024, 5, 7)),
])  # fmt: skip
def test_the_day_told_at_the_head_of_a_paragraph_dates_its_later_order(text, day):
    assert [r["date"] for r in orders(text)] == [day]


def test_the_day_of_another_paragraph_does_not_date_an_order():
    text = ("The Latvian cabinet met on Tuesday. Ministers cited security concerns.\n\nThey said the Belarusian "
            "consul had been declared persona non grata.")  # fmt: skip
    assert [r["date"] for r in orders(text)] == [None]


@pytest.mark.parametrize("text", [
    "The dispute began on Tuesday. Benin's government told Niger's ambassador to leave within 72 hours.",
    "The row erupted on Tuesday. Ghana ordered the Burkinabe envoy to pack his bags.",
])  # fmt: skip
def test_the_day_the_dispute_began_dates_the_order_told_next(text):
    assert [r["date"] for r in orders(text, "2024-05-10")] == [date(2024, 5, 7)]


def test_a_time_in_a_relative_clause_after_the_order_is_not_its_day():
    text = ("The Moroccan reply came on Tuesday. The palace said Morocco had ordered out the Algerian consul in "
            "Oujda, and that its ambassador, a career diplomat who took up the post in 2021, was recalled.")
    assert [r["date"] for r in orders(text, "2024-05-10")] == [date(2024, 5, 7)]


def test_a_relative_clause_with_capitalised_words_keeps_its_time():
    text = ("The Polish ambassador, a career diplomat who had worked in the Belarusian capital since 2019, was called "
            "to the foreign ministry on Monday and handed a note saying that he must leave by March 1.")
    assert [r["date"] for r in orders(text, "2024-05-10")] == [date(2024, 5, 6)]


def test_the_decision_dated_in_a_clause_before_an_older_order():
    text = ("Hanoi has declared the Chinese ambassador persona non grata. The ministry announced the decision "
            "yesterday, two days after Beijing expelled Hanoi's envoy.")  # fmt: skip
    a = article(text, "2024-05-10")
    chinese = [e for e in a.events if e.kind == "ExpulsionOrder" and a.entities[e.roles["sender"][0]].key == "CHN"]
    assert [e.time.value for e in chinese] == [date(2024, 5, 9)]


@pytest.mark.parametrize("text, day", [
    ("According to the daily El Sol, the chargé d'affaires of Chile was told on Wednesday to leave.",
     date(2024, 5, 8)),
    ("A radio station reported on Wednesday that the Chilean chargé d'affaires had been told to leave.", None),
])  # fmt: skip
def test_a_relayed_order_keeps_only_a_day_in_its_own_words(text, day):
    """The day the press told of it is not the order's; a day inside the order's words is, whoever relays it."""
    (row,) = orders(text, "2024-05-10")
    assert row["status"] == "reported" and row["date"] == day


@pytest.mark.parametrize(
    "text, expected",
    [("Niger ordered the Beninese ambassador out within 72 hours, the junta said in a statement on Friday. He had "
      "been handed the note on Wednesday.", [date(2024, 5, 8)]),
     ("Mali ordered the AU envoy to leave within three days, the ministry said in a televised address on Monday. "
      "The envoy, a Burundian diplomat who has led the AU Mission for Mali since 2022, was notified of the decision "
      "on Saturday.", [date(2024, 5, 4)]),
     ("Chad gave the Sudanese attaché 48 hours. The consul was given a week. The notes were delivered on Tuesday, "
      "an official said.", [date(2024, 5, 7), date(2024, 5, 7)]),
     ("Poland declared the Belarusian consul persona non grata and ordered 14 Belarusian diplomats to leave. The "
      "measures were announced on Tuesday by a spokesman, who said the consul had five days to leave.",
      [date(2024, 5, 7), date(2024, 5, 7)]),
     ("Lithuania gave the Belarusian consul five days to leave on Tuesday. The expulsion follows a decision on "
      "Monday to close the border.", [date(2024, 5, 7)])],
)  # fmt: skip
def test_the_day_from_a_delivery_or_notification_not_from_when_it_was_said(text, expected):
    """"said in a statement on Friday" is when it was said; "handed the note on Wednesday", "The notes were
    delivered on Tuesday" (all the orders just told), "The measures were announced on Tuesday" date the orders;
    "since 2022" starts a period and "follows a decision on Monday" is another act's day."""
    assert [r["date"] for r in orders(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [("Mali expelled the Algerian consul and the Algerian defence attaché. The consul was given three days to "
      "leave, while the attaché must be gone by Friday.",
      [("Algerian consul", 72), ("Algerian defence attaché", None)]),
     ("Gabon's consul general, Jean Obame, was given three days to leave, while the Gabonese consul, Paul Mba, must "
      "leave by Friday.", [("Jean Obame", 72), ("Paul Mba", None)]),
     ("Iran's first secretary has 72 hours; the Iranian consul was given a week.",
      [("Iranian consul", 168), ("Iranian first secretary", 72)])],
)  # fmt: skip
def test_each_clause_s_deadline_is_its_own_envoy_s(text, expected):
    """"A was given three days, while B must be gone by Friday": passive and "must" cues split their
    deadlines at the clause break as active ones do."""
    rows = keyed(text, "2024-05-10")
    found = sorted((r["name"] or r["event"].label.removeprefix("expulsion order for the "), r["hours"]) for r in rows)
    assert found == sorted(expected)


@pytest.mark.parametrize(
    "text, day",
    [("Chad has given the French defence attaché 72 hours to leave. The communiqué, dated Monday, gave no "
      "reason.", date(2024, 5, 6)),
     ("Bolivia's junta has ordered Peru's ambassador out within three days. The decision, which a spokesman "
      "read out in La Paz on Tuesday, cited interference.", date(2024, 5, 7)),
     ("Niger has declared Benin's ambassador persona non grata. The ambassador, Paul Houngbo, was handed the "
      "letter at the foreign ministry on Wednesday, his government said.", date(2024, 5, 8))],
)  # fmt: skip
def test_an_order_told_again_by_its_document_or_its_envoy_takes_that_day(text, day):
    assert [row["date"] for row in orders(text, "2024-05-10")] == [day]


@pytest.mark.parametrize(
    "text",
    ["Bolivia's junta has given Peru's ambassador three days to leave. Lima was stunned. Peru's foreign minister "
     "said on Tuesday that Lima did not recognise the body that had issued the order.",
     "Niger has ordered the French envoy out within 48 hours. Paris protested. On Wednesday the French foreign "
     "ministry called the decision unacceptable.",
     "Mali gave Sweden's chargé d'affaires 72 hours to leave. Stockholm was furious. Sweden's prime minister "
     "condemned the expulsion on Thursday."],
)  # fmt: skip
def test_the_day_the_expelled_side_speaks_of_the_order_is_not_its_day(text):
    assert [row["date"] for row in orders(text, "2024-05-10")] == [None]


@pytest.mark.parametrize(
    "text, days",
    [("Spain has asked two diplomats from Morocco's embassy in Madrid to leave the country, the ministry said "
      "yesterday, in a tit-for-tat response to Rabat's decision last Friday to expel two Spanish staff members. The "
      "Spanish staff were declared persona non grata by Morocco's foreign ministry and given 48 hours to leave.",
      [date(2024, 5, 9), date(2024, 5, 3)]),
     ("Lithuania expelled a Belarusian consul, the ministry said on Wednesday, answering Minsk's move on Monday to "
      "expel a Lithuanian attaché. The attaché was ordered out by Belarus within 72 hours.",
      [date(2024, 5, 8), date(2024, 5, 6)]),
     ("Kenya ordered Somalia's ambassador out, the ministry said on Thursday, after Mogadishu's decision on "
      "Tuesday to expel Kenya's envoy. Kenya's envoy was given 24 hours by Somalia to leave.",
      [date(2024, 5, 9), date(2024, 5, 7)])],
)  # fmt: skip
def test_an_act_named_by_its_owners_noun_keeps_its_own_day_for_the_order_told_next(text, days):
    assert [row["date"] for row in orders(text, "2024-05-10")] == days


@pytest.mark.parametrize(
    "text, day",
    [("Gabon ordered the head of the ECOWAS mission, Ama Owusu, to leave. According to ECOWAS, the order was "
      "delivered to Owusu on Wednesday.", date(2024, 5, 8)),
     ("Mali told the Swedish chargé d'affaires to leave. According to Sweden, the decision was handed over on "
      "Tuesday.", date(2024, 5, 7)),
     ("Niger ordered the French ambassador out. According to the French, the order reached the embassy on Monday.",
      date(2024, 5, 6))],
)  # fmt: skip
def test_the_sent_side_cited_as_a_source_still_dates_the_order(text, day):
    assert [row["date"] for row in orders(text, "2024-05-10")] == [day]


@pytest.mark.parametrize(
    "text, days",
    [("Armenia declared a Belarusian counsellor persona non grata on Monday. Minsk responded the following day. The "
      "Belarusian ministry said it had told Armenia's chargé d'affaires to leave within a week.",
      [date(2024, 5, 6), date(2024, 5, 7)]),
     ("Poland expelled a Russian consul on Tuesday. Moscow hit back two days later. Russia's foreign ministry gave "
      "Poland's consul 48 hours to leave.", [date(2024, 5, 7), date(2024, 5, 9)]),
     ("Kenya ordered a Somali diplomat out on Wednesday. A day later Mogadishu answered in kind. Somalia's ministry "
      "declared Kenya's deputy ambassador persona non grata.", [date(2024, 5, 8), date(2024, 5, 9)])],
)  # fmt: skip
def test_a_reply_placed_days_later_in_the_sentence_before_dates_the_order(text, days):
    assert [row["date"] for row in orders(text, "2024-05-10")] == days


@pytest.mark.parametrize(
    "text",
    ["Norway said on Wednesday that three Russian embassy employees had two weeks to leave. The Russian consul in "
     "Kirkenes was told separately that he must be gone by 1 December.",
     "Latvia declared two Russian diplomats persona non grata on Monday. In a separate decision, the Russian consul "
     "in Daugavpils was ordered to leave within a week.",
     "Chad gave the Sudanese ambassador 48 hours to leave on Friday. The Sudanese consul in Abeche was separately "
     "asked to depart."],
)  # fmt: skip
def test_an_order_given_separately_does_not_take_the_day_of_the_one_before(text):
    assert [row["date"] for row in orders(text, "2024-05-10")][1:] == [None]


@pytest.mark.parametrize(
    "text, day",
    [("The counsellor at the Russian embassy was given three days to leave Chad after being summoned to the foreign "
      "ministry on Thursday.", date(2024, 5, 9)),
     ("Peru's ambassador was ordered to leave after being called in by the foreign minister on Monday.",
      date(2024, 5, 6)),
     # another person's summons is another act
     ("Chad expelled the Sudanese consul after the Chadian envoy in Khartoum was summoned on Tuesday.", None)],
)  # fmt: skip
def test_an_order_given_after_the_envoy_was_summoned_has_the_summons_day(text, day):
    assert [row["date"] for row in orders(text, "2024-05-10")] == [day]


@pytest.mark.parametrize(
    "text, day",
    [("Hungary has declared four Ukrainian diplomats persona non grata, the ministry said on Friday. Ukraine's "
      "ambassador was called in on Wednesday and handed the decision.", date(2024, 5, 8)),
     ("Ghana has expelled Togo's military attaché, the government said in a statement on Thursday. A letter "
      "delivered to the Togolese embassy in Accra on Tuesday gave him 72 hours to go.", date(2024, 5, 7)),
     ("Peru confirmed on Friday that Bolivia's consul, Luis Mamani, had been formally notified on Monday that he "
      "must leave within 48 hours.", date(2024, 5, 6)),
     ("Chile has expelled an Argentine official, the ministry said. The official was given a day to leave after "
      "his visa was revoked on Tuesday.", date(2024, 5, 7))],
)  # fmt: skip
def test_an_order_dates_from_its_delivery_not_from_its_announcement(text, day):
    assert [row["date"] for row in orders(text, "2024-05-10")] == [day]


@pytest.mark.parametrize(
    "text, day",
    # a deadline is no delivery
    [("Ghana has expelled Togo's consul, the ministry said on Thursday. He was handed a note and must be gone by "
      "Saturday.", date(2024, 5, 9)),
     # the sent side's answer hands its own note
     ("Kenya expelled Uganda's ambassador on Tuesday. Uganda summoned Kenya's envoy on Wednesday and handed him a "
      "protest note.", date(2024, 5, 7)),
     # a day told for another occasion
     ("Benin expelled Niger's consul on Monday. He had been handed a note after a shooting on the border on "
      "Sunday.", date(2024, 5, 6))],
)  # fmt: skip
def test_a_day_told_near_a_delivery_for_something_else_does_not_date_the_order(text, day):
    assert [row["date"] for row in orders(text, "2024-05-10")] == [day]


@pytest.mark.parametrize(
    "text, day",
    [("Fiji has ordered Australia's deputy high commissioner to leave the country, a newspaper reported on "
      "Thursday. The diplomat was told on Monday to leave within seven days, the newspaper said.", date(2024, 5, 6)),
     ("A local daily reported that Japan's consul had been notified on Tuesday that he must leave.",
      date(2024, 5, 7)),
     # the day of the report is not the order's
     ("Radio stations reported on Wednesday that Mali's consul had been told to leave.", None)],
)  # fmt: skip
def test_a_relayed_order_dates_only_from_the_delivery_in_its_own_words(text, day):
    assert [row["date"] for row in orders(text, "2024-05-10")] == [day]
