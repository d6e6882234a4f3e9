"""Factuality cues: how the text itself says whether something happened.

"reports claimed", "earlier reports stated" → reported; "confirmed … false",
"no such request had been made" → false; "declared … unauthenticated",
"could not be independently verified" → unverified; "denied" → denied.
Without a cue, the article's own voice confirms.
"""

from __future__ import annotations

import re

#: who relays news: the press, wire services, social media
MEDIA = (r"(?:media|outlets?|websites?|(?:news\s+)?sites|newspapers?|press|sources?|agenc(?:y|ies)|television|"
         r"broadcasters?|radio|posts?|social media|bloggers?|channels?|networks?|tabloids?|dailies|daily)")
#: a social platform, and the channels, groups and pages on it
PLATFORM = (r"\b(?:Telegram|WhatsApp|Facebook|Twitter|TikTok|YouTube|Instagram|VK)\b"
            r"(?:\s+(?:channels?|accounts?|groups?|pages?))?")
#: who speaks on social media
SOCIAL_SOURCE = rf"(?:posts?|accounts?|messages?|bloggers?|videos?|{PLATFORM})"
#: a text passed around online, whoever wrote it: "a letter ... spread widely online", "shared on Telegram"
ONLINE = (r"\b(?:spread|spreading|circulat(?:ing|ed|es)|shared|posted|went viral)\s+(?:widely\s+|rapidly\s+)?"
          r"(?:online|on\s+(?:social(?:\s+(?:media|networks?))?|the\s+internet|[A-Z]\w+\s+channels))")
#: who relays with no one standing behind it: social media, posts, online messages
#: (a platform's channels and groups are social media too: "pro-military Telegram channels")
SOCIAL = re.compile(rf"\bsocial\s+media\b|{PLATFORM}|\b(?:posts?|accounts?|messages?|bloggers?)\b|{ONLINE}", re.I)
#: who relays and answers for it: the press, agencies, sources, diplomats
PRESS = re.compile(r"\b(?:media|outlets?|websites?|sites|newspapers?|press|agenc(?:y|ies)|television|TV|radio|"
                   r"broadcasters?|channels?|dailies|daily|weekly|reporters?|journalists|sources?|diplomats?|"
                   r"seen\s+by|according\s+to)\b", re.I)
REPORTED = re.compile(
    r"\b(?:(?:earlier|initial|unconfirmed|media|press|local|some|several|other)\s+)?reports?\s+(?:also\s+)?"
    # "reports on social media that ...", "reports in local newspapers claimed ..."
    r"(?:(?:on|in|by)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:claimed|claim|said|say|says|stated|state|suggested|suggest|indicated|alleged|had it|that)\b"
    # "a report by a regional news site that ...", "reports on social media on Monday evening that ..."
    r"|\breports?\s+(?:on|in|by|from)\s+[^.;,]{0,50}?\s(?:that|claiming|saying|suggesting)\b"
    # "Posts on social media said", "Accounts close to the presidency claimed online": social media speaking
    rf"|\b{SOCIAL_SOURCE}\b(?:\s+[\w’'-]+){{0,10}}?\s+(?:said|say|says|stated|claimed|claim|suggested|alleged)\b"
    # "Posts on social media accounts close to the ruling party claimed": the media, however described, then the verb
    rf"|\b{MEDIA}\b(?:\s+[\w’'-]+){{0,10}}?\s+(?:reported|claimed|alleged)\b"
    # "Exiled opposition groups claimed on social media that ...": whoever claims it, no one has confirmed it
    r"|\b(?:claimed|claims|claiming|alleged|alleges|alleging)\s+(?:[\w’'-]+\s+){0,5}?that\b"
    r"|\breportedly\b|\ballegedly\b|\bpurport(?:ed|ing|s)(?:ly)?\b|\bcirculat(?:ing|ed)\s+(?:widely\s+)?(?:on|in)\b"
    # "a supposed decree", "an image posted online appeared to show": a document whose source is not the issuer
    rf"|{ONLINE}|\bsupposed(?:ly)?\b(?!\s+to\b)|\b(?:appear|seem)(?:ed|s)?\s+to\s+show\b"
    rf"|\baccording to (?:[\w-]+\s+){{0,3}}?(?:reports?|sources?|diplomats?|witnesses|people|residents|insiders|"
    rf"{MEDIA})\b"
    r"|\b(?:seen|obtained|reviewed)\s+by\s+(?:(?-i:[A-Z])\w*|journalists|reporters|the\s+(?:newspaper|agency|"
    r"broadcaster))"
    # "a security source in Ouagadougou said", "two sources close to the presidency told AFP": unnamed sources
    r"|\b(?:[\w-]+\s+){0,2}?sources?\b(?:\s+[\w-]+){0,4}?\s+(?:said|says|say|told)\b"
    r"|\b(?:was|were|is|are|had been)\s+reported\b|\bit was reported\b|\brumou?red\b|\bunconfirmed reports?\b",
    re.IGNORECASE,
)
FALSE = re.compile(
    r"\b(?:reports?|claims?|allegations?|it)\s+(?:were|was|are|is|had been|have been|has been)\s+"
    r"(?:\w+\s+)?(?:false|untrue|fake|baseless|unfounded|inaccurate|wrong)\b"
    # "Messages circulating on social media claiming that ... were false": what relayed it, judged at the end
    r"|\b(?:messages?|posts?|rumou?rs?|stor(?:y|ies)|documents?|letters?|videos?|decrees?|notes?|"
    r"orders?)\b[^.;]{0,160}?\s(?:were|was|are|is|"
    r"have been|has been)\s+(?:\w+\s+)?(?:false|untrue|fake|fabricated|forged|bogus|doctored|falsified|altered|"
    r"manipulated|"
    r"an? (?:fake|forgery|hoax|fabrication|invention|lie))\b"
    r"|\b(?:turned out|proved|proven) (?:to be )?(?:an? )?(?:false|untrue|fake|forged|forgery|hoax)\b"
    r"|\bfake news\b"
    # "This is a forgery.", "dismissed as a forgery a document that ...": the verdict, said of it or before it
    r"|\b(?:this|that|it)\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:forgery|fake|fabrication|hoax)\b"
    r"|\b(?:dismiss|brand|denounc|describ|label|reject)\w*\s+as\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:forgery|fake|"
    r"fabrication|hoax)\b"
    # "withdrew the story, saying it had been based on a forged letter": the relay takes it back
    r"|\b(?:withdr[ae]w|withdrawn|retract(?:ed|s)?|pulled|corrected)\s+(?:the|its|that|this)\s+(?:story|report|"
    r"article|claim)"
    r"|\bbased\s+on\s+(?:an?\s+)?(?:forged|fake|fabricated|bogus|doctored|falsified)\b"
    # "called the document fake", "branded the reports a fabrication": a verdict given as the verb's complement
    r"|\b(?:call(?:ed|s)?|brand(?:ed|s)?|describ(?:ed|es)|dismiss(?:ed|es)|label(?:l?ed|s)?)\s+(?:the|that|this|these|"
    r"those|it|them)\s+(?:[\w-]+\s+){0,2}?(?:as\s+)?(?:false|untrue|fake|forged|fabricated|bogus|"
    r"an? (?:fake|forgery|hoax|fabrication|invention|lie))\b",
    re.IGNORECASE,
)
#: "no such order was issued": a denial ("said no such decision had been taken")
NO_SUCH = re.compile(r"\bno such (?:request|order|letter|decision|demand|instruction|decree|document)s?\b",
                     re.IGNORECASE)
#: a verdict that no one can vouch for it; not officials who "have not confirmed" it (yet), nor a report that "had
#: not been confirmed by either side" (the same, in the passive): that leaves it reported
UNVERIFIED = re.compile(
    r"\bunauthenticated\b|\bunverified\b|\bunconfirmed\b|\bcould not (?:be )?(?:independently )?"
    r"(?:verified|confirmed|authenticated|established)\b"
    r"|\b(?:has|have|had) not (?:been (?:independently )?|independently )"
    r"(?:verified|confirmed|authenticated|established)\b(?!\s+by\b)"
    r"|\bcannot be (?:independently )?(?:verified|confirmed|established)\b",
    re.IGNORECASE,
)
DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|refuted|refutes|dismissed|dismisses)\b", re.IGNORECASE
)
#: a modal or threat before an act: it has not happened (yet)
IRREALIS = re.compile(
    r"\b(?:threaten(?:ed|s|ing)?|vow(?:ed|s)?|warn(?:ed|s|ing)?\s+(?:\w+\s+){0,5}?(?:could|would|will|might|may)|"
    r"plan(?:ned|s)?|intend(?:ed|s)?|consider(?:ed|s|ing)?|"
    r"could|would|might|(?-i:may)|will|should|urg(?:e|ed|es|ing)|calls? (?:on|for)|call(?:ed|ing) (?:on|for)|"
    r"demand(?:ed|s|ing)?|wants?|wanted|pressing|pressed|options?|possibilit(?:y|ies)|proposals?)\b(?:\s+\w+){0,6}\s*$"
    # "demanded on Monday that the government go further and also expel": the act is what was asked for
    r"|\b(?:demand(?:ed|s|ing)?|urg(?:e|ed|es|ing)|propos(?:e|ed|es|ing)|recommend(?:ed|s|ing)?)\s+"
    r"(?:[\w-]+\s+){0,3}?that\s+[^.;,]*$"
    # "Pressure mounted on the government on Tuesday to expel", "Calls grew in parliament to declare": asked for
    r"|\b(?:pressure|calls|demands|appeals)\b[^.;,]{0,80}?\bto\s+$",
    re.IGNORECASE,
)
#: an attribution after the event's words: "…, according to reports in local media"
ATTRIBUTED_AFTER = re.compile(
    rf"\baccording to (?:[\w-]+\s+){{0,3}}?(?:reports?|{MEDIA}|diplomats?|witnesses|people|residents)\b"
    rf"|,\s*(?:[\w-]+\s+){{0,3}}?(?:reports?|{MEDIA})\s+(?:said|say|says|claimed|reported)\b"
    rf"|{ONLINE}",
    re.IGNORECASE,
)
#: a negation just before an act: it did not happen ("stopping short of expelling", "refrained from");
#: not one in a clause before it ("he was no longer welcome and must leave")
NEGATED = re.compile(
    r"\b(?:not|never|no longer|no|without|stop(?:ped|ping|s)?\s+short\s+of|refrain(?:ed|ing|s)?\s+from|"
    r"instead\s+of|rather\s+than|declin(?:ed|es|ing)\s+to|refus(?:ed|es|ing)\s+to|fail(?:ed|s|"
    r"ing)?\s+to)\s+(?:(?!(?:and|but|or)\b)\w+\s+){0,2}$"
    # a plan denied, however qualified or quoted: "had \"no plans at this stage\" to", "no intention for now of"
    r"|\bno\s+(?:[\w-]+\s+)?(?:plans?|intention|intent)\b[^.;:,]{0,30}$",
    re.IGNORECASE,
)
#: "neither confirmed nor denied", "would not confirm or deny": no denial at all
NON_DENIAL = re.compile(r"\bneither\s+(?:\w+\s+)?confirm\w*\s+nor\s+(?:\w+\s+)?den\w*"
                        r"|\bconfirm\s+or\s+deny\b", re.IGNORECASE)
#: the state's own outlets ("state media said", "state television announced") speak for its government;
#: another state's ("Iranian state television reported") only report
OWN_MEDIA = re.compile(r"(?P<whose>\b[\w’']+\s+)?\bstate(?:-run|-owned|-controlled)?\s+(?:media|television|TV|radio|"
                       r"news\s+agency|broadcaster|newspaper)\b", re.IGNORECASE)
#: a later sentence speaking of the earlier reports (or opening with them as a pronoun: "It was a fake.")
ABOUT_REPORTS = re.compile(
    r"\b(?:these|those|the|such|both|earlier|that|this)\s+(?:reports?|claims?|allegations?|posts?|messages?|"
    r"stor(?:y|ies)|rumou?rs?)\b|^[\"“‘']?(?:It|That|This)\s+(?:was|is|had\s+been|has\s+been)\b"
    r"|\b(?:authenticity|veracity|genuineness)\s+of\s+the\b|\b(?:its|their)\s+(?:authenticity|veracity|"
    r"genuineness)\b|\bthe\s+(?:letter|document|video|note|recording)\s+"
    r"(?:could|can|has|had|have|was|is)\s+not\b"
    # "The video was fake": what relayed the order, judged in a later sentence
    r"|\b(?:the|that|this)\s+(?:letter|document|video|note|recording|message|post|image|order|decree|notice|"
    r"memo)s?\s+(?:was|were|is|are)\b"
    r"|\b(?:call|brand|describ|dismiss|label)\w*\s+(?:the|that|this)\s+(?:letter|document|video|note|recording|"
    r"message|post|"
    r"image|decree|notice|memo)s?\b",
    re.I,
)
#: what a relay gives an event before anyone judges it
RELAYED = {"reported", "unverified"}
RANK = {"confirmed": 0, "reported": 1, "unverified": 2, "denied": 3, "false": 4}


def stronger(current: str, new: str) -> str:
    """Of two statuses, the one that says more against the event."""
    return new if RANK[new] > RANK[current] else current


def status_before(text: str, after: str = "") -> str:
    """The status the words before an event's trigger (or an attribution after it) give it: reported when
    the press or unnamed sources relay it, unverified when only social media does (no one stands behind it)."""
    text, after = _official(text), _official(after)
    if REPORTED.search(text) or ATTRIBUTED_AFTER.search(after):
        relay = text + " " + after
        return "unverified" if SOCIAL.search(relay) and not PRESS.search(SOCIAL.sub(" ", relay)) else "reported"
    return "confirmed"


def assessment_in(text: str) -> str | None:
    """A verdict on earlier reports in ``text`` (false or unverified), if any."""
    if FALSE.search(text):
        return "false"
    if NO_SUCH.search(text):
        return "denied"  # whoever says it was never issued denies it; only a verdict on the text makes it false
    if UNVERIFIED.search(text):
        return "unverified"
    return None


def _official(text: str) -> str:
    """``text`` with the state's own outlets blanked: what they say is the government's word."""
    def own(m: re.Match) -> str:
        whose = (m.group("whose") or "").strip()
        foreign = whose[:1].isupper() and whose.lower() not in {"the", "a", "an"} or whose.endswith(("'s", "’s"))
        return m.group(0) if foreign else f"{m.group('whose') or ''}government"

    return OWN_MEDIA.sub(own, text)
