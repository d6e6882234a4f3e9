"""Factuality: confirmed, reported, unverified, denied or false, from the words of the text."""

from __future__ import annotations

import pytest
from extraction import issued, keyed, kinds, orders


@pytest.mark.parametrize(
    "text, status",
    [("A decree seen by AFP gave the Belgian ambassador 72 hours to leave.", "reported"),
     ("Algeria has told the French consul to leave, two Algerian news sites reported.", "reported"),
     ("Videos circulating on social media claimed that Niger had expelled the Beninese ambassador.", "unverified"),
     ("A purported decree ordered the Egyptian envoy to leave Khartoum. The authenticity of the decree could "
      "not be verified.", "unverified"),
     ("According to two diplomats, the junta asked the Swiss ambassador to leave.", "reported"),
     ("According to the UN, the junta asked the Swiss ambassador to leave.", "confirmed")],
)  # fmt: skip
def test_relayed_and_unverifiable_orders(text, status):
    (row,) = orders(text)
    assert row["status"] == status


@pytest.mark.parametrize(
    "text",
    ["Newspapers reported that Ecuador's consul in Lima had been told to leave within a week. The ministry "
     "neither confirmed nor denied the reports.",
     "Local radio reported that Paraguay had ordered Brazil's consul out. Officials would not confirm or deny it."],
)  # fmt: skip
def test_neither_confirming_nor_denying_is_no_denial(text):
    assert [row[-1] for row in issued(text)] == ["reported"]
    assert "Denial" not in kinds(text)


@pytest.mark.parametrize(
    "text, status",
    [("Eritrea ordered Ethiopia's top diplomat out of the country, state media said.", "confirmed"),
     ("State television said Turkmenistan had expelled Afghanistan's consul in Mary.", "confirmed"),
     ("Russian state television reported that Latvia had expelled Russia's consul.", "reported")],
)  # fmt: skip
def test_the_states_own_media_speak_for_it_another_states_only_report(text, status):
    assert [row[-1] for row in issued(text)] == [status]


@pytest.mark.parametrize(
    "text",
    ["Fiji gave Samoa's high commissioner 48 hours to leave, accusing her of meddling. Samoa rejected the "
     "accusation and said the high commissioner had acted properly.",
     "Chad expelled Sudan's ambassador for arming rebels. Khartoum dismissed the allegations against the envoy."],
)  # fmt: skip
def test_rejecting_the_accusation_does_not_deny_the_order(text):
    assert [row[-1] for row in issued(text)] == ["confirmed"]


@pytest.mark.parametrize(
    "text, status",
    [("A Qatari news channel reported that Sudan had ordered the Kenyan ambassador out. The Sudanese foreign "
      "ministry denied the report, saying no such decision had been taken.", "denied"),
     ("A Qatari news channel reported that Sudan had ordered the Kenyan ambassador out. The ministry said the "
      "report was false.", "false"),
     ("A Gulf television network reported that Sudan had expelled the Kenyan ambassador.", "reported")],
)  # fmt: skip
def test_channel_reports_and_denials(text, status):
    (row,) = orders(text)
    assert row["status"] == status


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


def test_reported_then_declared_false_in_the_next_sentence():
    (row,) = keyed("Earlier reports said Niger had asked the Nigerian ambassador to leave within 48 hours. "
                    "Officials later confirmed that these reports were false.")  # fmt: skip
    assert row["status"] == "false"


@pytest.mark.parametrize(
    "text, status",
    [("Two sources close to the presidency said the Dutch envoy had been expelled.", "reported"),
     ("A diplomatic source said the Belgian consul had also been told to leave, but the ministry denied that any "
      "other diplomat was affected.", "denied")],
)  # fmt: skip
def test_what_an_unnamed_source_says_is_reported_and_a_denial_after_it_denies_it(text, status):
    (row,) = orders(text)
    assert row["status"] == status


@pytest.mark.parametrize(
    "text, status",
    [("A letter shared on Telegram purported to show that Senegal had told the Gambian consul to leave. Its "
      "authenticity could not be established.", "unverified"),
     ("An image posted online appeared to show an order for the Danish ambassador to leave Bamako. Its "
      "authenticity has not been established.", "unverified"),
     ("The junta said a supposed decree telling the Swiss envoy to leave within a week was a forgery.", "false"),
     ("Officials said the purported note ordering Norway's ambassador out was fake.", "false")],
)  # fmt: skip
def test_a_document_whose_authenticity_is_not_established_or_a_forgery(text, status):
    (row,) = orders(text)
    assert row["status"] == status


@pytest.mark.parametrize(
    "text",
    ["A report by a Kenyan news site that the Ugandan consul had also been asked to leave was denied on Monday "
     "by the foreign ministry in Nairobi.",
     "Reports on local radio on Sunday night that Peru's consul had been ordered out were denied by the "
     "government in Lima."],
)  # fmt: skip
def test_a_report_denied_after_it_is_told_is_a_denied_order_without_a_day(text):
    (row,) = orders(text)
    assert (row["status"], row["date"]) == ("denied", None)


@pytest.mark.parametrize(
    "text",
    ["According to several Lebanese outlets, the defence attaché at the Syrian embassy has been told to leave.",
     "According to local newspapers, Zambia has asked the Chinese consul to leave."],
)  # fmt: skip
def test_according_to_outlets_is_a_report(text):
    (row,) = orders(text)
    assert row["status"] == "reported"


@pytest.mark.parametrize(
    "text, status",
    [("A note on ministry paper telling the Kenyan ambassador to leave within 48 hours spread rapidly online. "
      "The ministry said the note was a forgery.", "false"),
     ("An order expelling Chile's consul was shared widely on Telegram channels on Friday. Officials said the "
      "order was fake.", "false"),
     ("Accounts on social media run by supporters of the ruling party claimed that Peru's ambassador had been "
      "given a week to leave. The claim could not be verified.", "unverified")],
)  # fmt: skip
def test_a_text_passed_around_online_is_a_report_until_judged(text, status):
    (row,) = orders(text)
    assert row["status"] == status


@pytest.mark.parametrize(
    "text",
    ["Bloggers close to the army claimed on Monday that the junta had ordered the Ghanaian ambassador out.",
     "On Tuesday a decree expelling the Danish envoy circulated on social media. The foreign ministry said the "
     "decree was false.",
     "Two regional outlets reported on Sunday that the Togolese consul had been told to leave. The report could "
     "not be independently verified."],
)  # fmt: skip
def test_an_order_only_reported_or_refuted_has_no_issue_day(text):
    """Whatever day the report gives is when it was said, not when anyone was ordered out."""
    (row,) = orders(text)
    assert row["status"] != "confirmed" and row["date"] is None


@pytest.mark.parametrize(
    "text, status",
    [("Posts on social media said on Friday that the junta had told the Togolese envoy to leave.", "unverified"),
     ("Accounts close to the presidency claimed online that Gabon's ambassador had been expelled.", "unverified"),
     ("A regional newspaper reported that the junta had told the Togolese envoy to leave.", "reported"),
     ("Local radio and posts on social media said the junta had told the Togolese envoy to leave.", "reported")],
)  # fmt: skip
def test_a_claim_only_social_media_makes_is_unverified_one_the_press_relays_is_reported(text, status):
    (row,) = orders(text)
    assert row["status"] == status


def test_the_issuer_dismissing_the_posts_denies_the_order_they_told():
    text = ("Posts shared on social media claimed that Mali's junta had also asked the Belgian ambassador to pack his "
            "bags. The government spokesman dismissed the posts as inventions.")  # fmt: skip
    (row,) = orders(text)
    assert row["status"] == "denied" and row["date"] is None


@pytest.mark.parametrize(
    "text, status",
    [("According to Latvian media, Riga has also asked a Belarusian diplomat to leave. The foreign ministry had not "
      "confirmed the report by Monday evening.", "reported"),
     ("Local newspapers reported that Quito had expelled a Peruvian consul. The ministry has not confirmed it.",
      "reported"),
     ("Local newspapers reported that Quito had expelled a Peruvian consul. The report has not been independently "
      "verified.", "unverified")],
)  # fmt: skip
def test_officials_not_confirming_a_report_leave_it_reported(text, status):
    """"Officials have not confirmed" is no verdict; "could not be (independently) verified" is."""
    (row,) = orders(text)
    assert row["status"] == status


@pytest.mark.parametrize(
    "text, status",
    [("Exiled opposition groups claimed on social media that the Spanish ambassador had also been told to leave.",
      "unverified"),
     ("Opposition lawmakers alleged that the Czech consul had been ordered out as well.", "reported")],
)  # fmt: skip
def test_a_claim_by_someone_is_not_the_article_confirming_it(text, status):
    (row,) = orders(text)
    assert row["status"] == status


@pytest.mark.parametrize("verdict", ["the message was a fabrication", "the post was a fake",
                                     "that story was an invention"])  # fmt: skip
def test_a_single_message_called_a_fabrication_makes_the_order_false(verdict):
    (row,) = orders(f"A post on social media claimed that Kenya's defence attaché had been ordered out. A government "
                    f"spokesman said on Sunday that {verdict}.")  # fmt: skip
    assert row["status"] == "false"


def test_rejecting_reports_paragraphs_later_is_about_other_news():
    rows = orders("Mali expelled two French diplomats. Messages on social media claimed that the French defence "
                  "attaché had also been ordered out. Paris summoned Mali's envoy. France suspended aid. Rights "
                  "groups accused the army of abuses. The Malian government rejected those reports as fabricated.")
    assert [r["status"] for r in rows] == ["confirmed", "unverified"]


@pytest.mark.parametrize(
    "text",
    ["Posts on social media claimed that Minsk had also ordered the Lithuanian consul to leave. Belarus denies any "
     "involvement in the border incidents.",
     "Unverified posts said Hanoi had told the Chinese attaché to leave. Vietnam denied all responsibility for the "
     "collision at sea."],
)
def test_denying_a_part_in_something_else_does_not_deny_the_order(text):
    assert [r["status"] for r in orders(text)] == ["unverified"]


@pytest.mark.parametrize(
    "text",
    ["Posts on pro-government Telegram channels claimed that the Thai ambassador had been told to leave.",
     "WhatsApp groups close to the army said the Malian consul had been expelled.",
     "Several Facebook pages claimed on Monday that the Swiss envoy was ordered out."],
)
def test_a_platforms_channels_and_groups_speak_as_social_media_unverified(text):
    assert [o["status"] for o in orders(text)] == ["unverified"]


# -- thirteenth pass: verdicts as a verb's complement, retracted stories, "no such order" ---------------------


@pytest.mark.parametrize("text, status", [
    ("A letter circulating online, purportedly from the foreign office, said India's envoy had been told to leave. "
     "The foreign office called the document fake.", "false"),
    ("A news website reported that the Spanish ambassador had been ordered out. It withdrew the story hours later, "
     "saying it had been based on a forged letter.", "false"),
    ("Posts on social media claimed the French ambassador had been declared persona non grata. The ministry said "
     "the decree was doctored.", "false"),
    ("A radio station reported that Panama's ambassador had also been ordered out, but the ministry said no such "
     "order had been issued.", "denied"),
])  # fmt: skip
def test_verdicts_on_a_reported_order(text, status):
    assert [r["status"] for r in orders(text)] == [status]


def test_a_denial_of_the_report_is_about_the_reported_order_not_the_envoy_in_its_reasons():
    text = ("Serbia expelled the Montenegrin ambassador on Saturday. A tabloid reported that Montenegro had also told "
            "the Serbian military attache to leave. Montenegro's foreign ministry denied the report, saying the "
            "Montenegrin ambassador was the only diplomat affected.")  # fmt: skip
    assert [r["status"] for r in orders(text)] == ["confirmed", "denied"]


def test_a_clause_before_the_order_does_not_negate_it():
    text = "The ministry summoned the Estonian ambassador and told him he was no longer welcome and must leave Russia."
    assert [r["status"] for r in orders(text)] == ["confirmed"]


@pytest.mark.parametrize("text", [
    "Local radio reported on Tuesday that the Swedish envoy had been told to leave. The report had not been "
    "confirmed by either government.",
    "Two newspapers reported that Sudan had ordered the Kenyan ambassador out. The claim has not been confirmed "
    "by Khartoum.",
])  # fmt: skip
def test_a_report_not_confirmed_by_someone_stays_reported(text):
    assert [r["status"] for r in orders(text)] == ["reported"]


@pytest.mark.parametrize("text", [
    "A letter shared widely on social media appeared to order the Italian ambassador out of Niger. It was a fake.",
    "Posts on social media claimed that Chad had expelled the Sudanese envoy. It was false, officials said.",
])  # fmt: skip
def test_the_texts_own_verdict_on_a_relayed_order(text):
    assert [r["status"] for r in orders(text)] == ["false"]


@pytest.mark.parametrize(
    "text",
    ["The ministry dismissed as a fabrication a letter, shared on Telegram, that appeared to order the Danish consul "
     "out within 48 hours.",
     "A decree posted online on Sunday gave the Czech ambassador 24 hours to leave. \"This is a forgery,\" the "
     "presidency said.",
     "Its foreign ministry disowned a document that had circulated widely on Facebook. The document, presented as "
     "a decree, gave the Polish ambassador 48 hours to leave. \"This is a forgery. No such decree exists,\" a "
     "spokeswoman said."],
)  # fmt: skip
def test_an_order_carried_by_a_forged_document_is_false(text):
    """"dismissed as a fabrication a letter ...", "This is a forgery": the verdict outranks a denial; "The
    document ... gave" stands as the sentence before introduced that document (passed around online)."""
    assert [r["status"] for r in orders(text)] == ["false"]


@pytest.mark.parametrize(
    "text, status",
    [("Peru declared Chile's consul persona non grata. Chile denied that its consul had met opposition leaders "
      "and called the decision hasty.", "confirmed"),
     ("Kenya gave Somalia's ambassador 24 hours to leave. A spokesman in Mogadishu denied that the envoy had "
      "funded any militia, saying he had only attended a wedding.", "confirmed"),
     ("Reports said Iraq had ordered Iran's military attaché out within three days. Tehran denies that its "
      "drones ever crossed the border.", "reported"),
     ("Reports said Iraq had ordered Iran's military attaché out within three days. Baghdad denied that the "
      "attaché had been asked to leave.", "denied")],
)  # fmt: skip
def test_denying_another_deed_in_a_that_clause_does_not_deny_the_order(text, status):
    assert [row[-1] for row in issued(text)] == [status]


@pytest.mark.parametrize(
    "text, statuses",
    [("Jordan has expelled a junior Iranian diplomat over contacts with smugglers, and dismissed as a forgery a "
      "document circulating online that purported to show Iran's chargé d'affaires had also been ordered out.",
      ["confirmed", "false"]),
     ("Burkina Faso confirmed it had expelled a UN official. The forged document, which bore the ministry's "
      "letterhead, claimed that Morocco's ambassador had also been ordered to leave the country within 72 hours.",
      ["confirmed", "false"]),
     ("Mali expelled a French diplomat on Tuesday. A fake decree, shared widely on Facebook, said the German "
      "ambassador had been told to leave.", ["confirmed", "false"])],
)  # fmt: skip
def test_a_forged_document_makes_false_only_the_orders_it_carries(text, statuses):
    """What the article calls forged carries false orders; an order told before the document, in the same
    sentence, is a genuine act of its own and keeps its standing."""
    assert [r["status"] for r in orders(text)] == statuses
