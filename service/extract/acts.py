"""Speech acts and situations around the orders: denials, accusations,
rejections, summons, recalls, support, calls for sanctions, sanctions,
suspensions, terminated agreements, military presence, security
partnerships, coups, independence and concerns.

Each rule is a cue phrase; the speaker or actor is the nearest body named
before the cue, what it is about comes after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract import factuality as fx
from service.extract.denied_deeds import ORDER_VERB_STEMS, denies_another_deed
from service.extract.facts import Quantity, Sentence, Span
from service.extract.lexicon import POSS
from service.extract.mentions import ACTOR_KINDS, BODY_KINDS
from service.extract.quantities import APPROXIMATE, NUMBER, parse_number
from service.extract.timex import find_times

if TYPE_CHECKING:
    from service.extract.events import EventFinder

RECALLED = (r"(?:ambassadors?|envoys?|charg[ée]s? d[’']affaires|diplomats|(?:diplomatic\s+)?(?:staff|personnel)|"
            r"representatives?|high commissioners?|consuls?(?:[- ]general)?)\b")
#: "the reports were false", "the accusations against its staff were 'unfounded'"
#: "the document was a fake": what relayed an order, judged
CHARGE = (r"(?:reports?|accusations?|allegations?|claims?|charges?|documents?|letters?|decrees?|posts?|messages?|"
          r"videos?)")
#: what a charge or a relayed text is called when it is denied
UNTRUE = (r"(?:false|untrue|baseless|groundless|unfounded|absurd|ridiculous|fabricated|forged|fake|bogus|lies|"
          r"an?\s+(?:fake|forgery|lie|fabrication|hoax))")
VERDICT = (rf"(?:the|these|those|such)\s+{CHARGE}\s+(?:[\w-]+\s+){{0,4}}?"
           rf"(?:were|was|are|is)\s+(?:\w+\s+)?[\"“']?{UNTRUE}\b")
SPEECH = [
    ("Denial", r"\b(?:denied|denies|deny|denying|refuted|refutes)\b"
               r"|\b(?:rejected|rejects|dismissed|dismisses|contested|contests|disputed|disputes)\s+"
               r"(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:accusations?|allegations?|claims?|charges?|reports?|posts?|messages?|rumou?rs?)\b"
               # "a charge the government rejects", "an allegation Moscow has dismissed": the denier inside
               r"|\b(?:charges?|claims?|allegations?|accusations?|reports?)\s+(?:that\s+)?(?P<rel>(?:[\w’'-]+\s+){1,3}?"
               r"(?:has\s+|have\s+|had\s+)?(?:always\s+|repeatedly\s+)?"
               r"(?:rejected|rejects|dismissed|dismisses|denies|denied|contests|disputes))\b"
               rf"|\b(?:said|says|stated|insisted)\s+(?:that\s+)?{VERDICT}"
               rf"|\b{VERDICT}(?=[\"”']?,\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){{1,4}}?(?:said|says|stated|added)\b)"
               r"|\b(?:stated|said|insisted|maintained|added|confirmed)\s+(?:\w+\s+){0,3}?that\s+no\s+such\b"
               # "said none of its staff had been asked to leave": no one was
               r"|\b(?:stated|said|says|insisted|maintained|added|confirmed)\s+(?:that\s+)?(?:none\s+of|no\s+one|"
               r"nobody)\b"
               # "rejected any link to the killings": a denial of involvement
               r"|\b(?:rejected|rejects|dismissed|dismisses)\s+(?:any|all)\s+(?:links?|involvement|responsibility|role|"
               r"connection)\b"
               # "called the document fake": a verdict on what relayed it
               r"|\b(?:call(?:ed|s|ing)|describ(?:ed|es|ing))\s+(?:the|these|those|such|that|this|them|it)\s+"
               rf"(?:{CHARGE}\s+)?(?:as\s+)?[\"“']?(?:[\w-]+\s+)?{UNTRUE}\b"),  # fmt: skip
    # "India blames Pakistan for the attack", "London holds Moscow responsible for the poisoning"
    ("Accusation", r"\baccus(?:ed|es|ing|e)\b|\bblam(?:ed|es|ing)\b(?=\s+(?!the\b)[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+for\b)"
                   r"|\b(?:holds?|held|holding)\b"
                   r"(?=\s+(?!those\b)(?:[\w’'-]+\s+){1,3}?responsible\b(?!\s+to\s+account))"),
    ("Rejection", r"\b(?:rejected|rejects|rejecting|pushed back)\b"),
    ("ExpressionOfSupport", r"\b(?:expressed|voiced|reaffirmed|pledged|declared)\s+(?:\w+\s+){0,2}"
                            r"(?:support|confidence)\b"),  # fmt: skip
    ("CallForSanctions", r"\b(?:call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?)\s+(?:the\s+)?(?:imposition\s+of\s+)?"
                         r"(?:\w+\s+)?sanctions\b"
                         # "called on the Security Council to impose sanctions", "urged the bloc to adopt sanctions"
                         r"|\b(?:urg(?:ed|es|ing)|call(?:ed|s|ing)?\s+on)\s+[^.]{0,60}?\bsanctions\b"
                         r"|\b(?:would|will|could)\s+(?:not\s+hesitate\s+to\s+)?(?:use|impose)\s+(?:\w+\s+)?sanctions\b"
                         r"|\bthreaten(?:ed|s)?\s+(?:to\s+impose\s+)?(?:\w+\s+)?sanctions\b"),  # fmt: skip
    # a call on someone to act: "urged India to cooperate", "called for a swift return to constitutional order"
    ("Appeal", r"\b(?:call(?:ed|s|ing)?\s+on\s+(?!(?:him|her|them|it)\b)[^.;,]{2,60}?\s+to\s+(?!be\b)"
               r"|urg(?:ed|es|ing)\s+(?!that\b)[^.;,]{2,60}?\s+to\s+(?!be\b)"
               r"|call(?:ed|s|ing)?\s+for\s+(?:an?|the)\s+(?:swift\s+|speedy\s+|rapid\s+|prompt\s+)?"
               r"(?:return|timetable|release|inquiry|investigation|ceasefire|dialogue|restoration|end)"
               r"|appeal(?:ed|s)?\s+(?:to|for))\b"),
    # a promised reprisal: "promised an 'adequate response'", "warned that further measures could follow"
    ("Threat", r"\b(?:promised|promises|vowed|vows|threatened|threatens|warned\s+of)\s+(?:an?\s+|to\s+take\s+)?[\"“']?"
               r"(?:[\w-]+\s+){0,2}?(?:response|retaliation|reprisals?|countermeasures|consequences)\b"
               r"|\bwarned\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?(?:measures|steps|consequences|action)\s+"
               r"(?:could|would|will|might|may)\s+follow\b"
               # "reserved the right to take reciprocal measures", "reserves the right to respond"
               r"|\breserv(?:ed|es|ing)?\s+(?:\w+\s+)?the\s+right\s+to\s+(?:take\s+|an?\s+)?[\"“']?(?:[\w-]+\s+){0,2}?"
               r"(?:respond|response|retaliate|retaliation|measures|steps|action|countermeasures)\b"),
    ("Summons", r"\bsummon(?:ed|s|ing)?\b|\bcalled in\b"),
    ("Recall", rf"\brecall(?:ed|s|ing)?\s+(?:its|their|the|his|her|[A-Z][\w ]*?{POSS})\s+"
               rf"(?:own\s+)?(?:\w+\s+)?{RECALLED}"
               rf"|\bwithdr(?:aw|awing|aws|ew|awn)\s+(?:its|their|[A-Z][\w ]*?{POSS})\s+"
               rf"(?:own\s+)?{RECALLED}"
               # "Germany's ambassador ... was withdrawn by Berlin": recalled by the one named after "by"
               r"|\b(?:was|were|had been|has been)\s+(?:recalled|withdrawn)\s+by\b"
               # "recalled him for consultations", "pulling its own personnel out of Lima", "ordered all Mexican
               # diplomatic staff to return home", "the ambassador had been called back to Paris"
               r"|\brecall(?:ed|s|ing)?\s+(?:him|her|them)\s+for\s+consultations\b"
               rf"|\bpull(?:ed|s|ing)?\s+(?:its|their)\s+(?:own\s+)?{RECALLED}\s+out\b"
               rf"|\border(?:ed|s)?\s+(?:all\s+)?(?:[\w-]+\s+){{0,2}}?{RECALLED}\s+to\s+return\s+home\b"
               r"|\b(?:was|were|had\s+been|has\s+been)\s+called\s+back\s+to\b"),
    ("Statement", r"\b(?:said|says|stated|announced|told|warned|condemned)\b"),
]
SPEECH_RE = [(kind, re.compile(p, re.IGNORECASE if kind != "Statement" else 0)) for kind, p in SPEECH]
OTHER_DEED = re.compile(rf"\s+(?:(?:having|ever|again|also)\s+)*(?!(?:{ORDER_VERB_STEMS})\w*)\w+ing\b")
#: "denies any involvement", "denied all responsibility": a denial of a part in something else
INVOLVEMENT = re.compile(r"\s+(?:any|all|its|their|his|her)\s+(?:involvement|links?|role|responsibility|part|"
                         r"connection|wrongdoing)\b")
EXPULSION_WORDS = re.compile(r"\bexpel|\bexpulsion|\bto leave\b|\bpersona non grata\b|\bkick|"
                             r"\b(?:order|decision|letter|ultimatum)\b", re.I)
CHARGE_BEFORE = re.compile(r"\b(?:accusations?|allegations?|charges?)\s+(?:that\s+)?(?:\S+\s+){0,3}$", re.I)
REPORT_OBJECT = re.compile(r"\s+(?:the|these|those|such|this|that|both)\s+(?:[\w-]+\s+)?"
                           r"(?:reports?|claims?|stor(?:y|ies)|rumou?rs?|accounts?)\b", re.I)
ACCUSATIONS = re.compile(r"accusations?|allegations?|claims?|charges?", re.I)
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
COORDINATED = re.compile(r"\band\s+(?:(?:has|have|had|also|then|later)\s+)*$")
PRONOUN_SUBJECT = re.compile(r"(?:It|They|He|She)\s+(?:\w+\s+){0,2}?(?:said|also|had|has|have|then|later|"
                             r"\w+ed|\w+s)\b")
#: "..., the foreign ministry said": the speaker named after what was said
SAID_AFTER = re.compile(r"[^,;]*,\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){1,4}?(?:said|says|stated|added)\b")
SPEECH_VERB = re.compile(r"\b(?:said|says|stated|announced|added|adding|told|according to)\b")

SUSPEND = re.compile(r"\b(?:suspended|suspends|suspend|suspending|halted|froze|frozen|cut off|paused)\b")
COOPERATION = re.compile(r"\b(?:operations|cooperation|training|military|security|joint)\b", re.I)
AID = re.compile(r"\b(?:aid|assistance|funding|budget support|development)\b", re.I)
IMPOSED = re.compile(r"\bimpos(?:ed|es|ing)\s+(?:\w+\s+)?sanctions\b|\bsanctions\b[^.]{0,30}?\b(?:were|was|"
                     r"have been|had been)\s+imposed\b|\bsanctioned\b")  # fmt: skip
TERMINATE = re.compile(r"\b(?:terminat\w+|end(?:ed|s|ing)|revok\w+|scrap\w+|denounc\w+|tore up|"
                       r"withdr[ae]w\w*\s+from|pull\w*\s+out\s+of)\b[^.]{0,60}?\b(?:agreements?|accords?|"
                       r"treat(?:y|ies)|pacts?|deals?)\b")  # fmt: skip
#: one side helping another fight: "a key ally in the fight against", "supports the army against the rebels",
#: "turned to Russia for security support", "joint operations", "a defence cooperation agreement"
#: an agreement or cooperation ended in TERMINATE's or other words: "halted the training", "denounced an agreement"
ENDED = re.compile(r"\b(?:halt\w*|ended|ending|end\s+to|denounc\w+|tore\s+up|revok\w+|scrap\w*|terminat\w+|"
                   r"withdr[ae]w\w*|cut\s+off)\b", re.I)
#: backing an armed group or a crime, not a state: "support for the rebellion", "support criminal activity"
BACKING = re.compile(r"\s+(?:for\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:rebel\w*|criminal|terror\w*|"
                     r"militias?|insurgen\w*)", re.I)
PARTNERSHIP = re.compile(
    r"\b(?:ally|allies|allied|partners?|partnership|help(?:s|ed|ing)?|support(?:s|ed|ing)?|assist(?:s|ed|ing)?|"
    r"train(?:s|ed|ing)|contributors?)\b(?:[^.;]{0,60}?\b(?P<fight>fight(?:s|ing)?|combat(?:ing)?)\b)?"
    r"|(?P<ties>\b(?:security|defen[cs]e|military|counter-?terrorism)\s+(?:support|cooperation|ties|pact|partners?|"
    r"partnership|agreements?|assistance|aid)\b"
    r"|\bturned\s+(?:\w+ly\s+)?(?:to|towards)\s+(?-i:[A-Z])"
    r"|\bjoint\s+(?:[\w-]+\s+)?operations\b|\boperations\s+against\b"
    r"|\b(?:in|to)\s+the\s+(?:[\w-]+\s+)?fight\s+against\b)"
    r"|\b(?:coalition|force|mission)\s+(?P<fighting>fighting)\b",
    re.IGNORECASE,
)
AGAINST = re.compile(r"\bagainst\b")
#: words that tell a side's own part in a fight, not a partnership: "a contributor of troops", "its role in"
ONE_SIDED = re.compile(r"contributors?|\brole\s+(?:in|to)\b", re.I)
INDEPENDENCE = re.compile(r"\b(?:gained|won|achieved|obtained|declared)\s+(?:its\s+)?independence\b")
#: a coup (singular: "two coups" speaks of coups in general, not of one event)
COUP = re.compile(r"\b(?:(?<!attempted )(?<!failed )(?<!alleged )(?<!foiled )coup(?:\s+d[’']état)?"
                  r"(?![\w-]|\s+(?:leaders?|plotters?|attempts?))|seized power|seizing power|seize power|putsch|"
                  r"took power|military takeover|(?:toppled|overthrew|ousted|deposed)\s+(?:the|its|their)\s+"
                  r"(?:elected\s+|civilian\s+)?(?:president|government))\b")  # fmt: skip
CONCERN = re.compile(r"\b(?:concerns?|fears?|worries)\s+that\b|\b(?:concerned|worried)\s+(?:about|that)\b")
PRESENCE = re.compile(
    rf"(?P<q>(?:(?:{APPROXIMATE})\s+)?(?:a\s+)?(?:{NUMBER})|(?:thousands|hundreds|dozens)\s+of)\s+"
    r"(?P<mods>(?:[\w-]+\s+){0,2}?|[\w-]+\s+(?:police|military)\s+and\s+(?:[\w-]+\s+)?)(?:troops|soldiers|"
    r"military personnel|personnel|military instructors|instructors|military advisers|advisers|advisors|trainers|"
    r"military observers|police officers|liaison officers|peacekeepers|servicemen|forces|mercenaries|fighters|"
    r"(?:security\s+|military\s+)?contractors|paramilitaries)\b",
    re.IGNORECASE,
)


#: what stands before a demonym that opens a sentence: "The French reply came on Tuesday"
OPENING_DEMONYM = re.compile(r"(?:The|Its|Their)\s+")


def subject_of(f: EventFinder, index: int) -> str | None:
    """The first acting body or person named in sentence ``index``: its subject, in news prose; not a
    modifier ("handed to the French embassy": French), unless it opens the sentence ("The French reply came")."""
    for m in f.finder.in_sentence(index) if index >= 0 else []:
        if m.how == "demonym" and not OPENING_DEMONYM.fullmatch(f.text, f.sentences[index].start, m.start):
            continue
        if f.kind(m.key) in ACTOR_KINDS or f.kind(m.key) == "Person" and not f.entities[m.key].count:
            return m.key
    return None


def _speaker(f: EventFinder, s: Sentence, at: int) -> str | None:
    return f.actor(s, at, persons=True)


def _after(f: EventFinder, s: Sentence, at: int, kinds=None) -> list[str]:
    keys = []
    for m in f.in_span(s, at, len(s.text)):
        if (kinds is None or f.kind(m.key) in kinds) and m.key not in keys:
            keys.append(m.key)
    return keys


def _speech_roles(f: EventFinder, speaker: str | None) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    if speaker:
        roles["speaker"] = [speaker]
        state = f.state_of(speaker)
        if state:
            roles["on_behalf_of"] = [state]
    return roles


def find_speech_acts(f: EventFinder, s: Sentence) -> None:
    text = s.text
    made = []
    for kind, pattern in SPEECH_RE:
        for m in pattern.finditer(text):
            if kind == "Statement" and made:
                break  # a sentence with a more specific act needs no bare statement
            if kind == "Appeal" and any(e.kind == "Appeal" and e.sentence == s.index for e in f.events):
                continue  # a demand to expel, already read as an appeal
            if any(e.trigger.start <= s.start + m.start() < e.trigger.end for e in made):
                continue  # "rejected accusations" is already a denial
            if kind == "Denial" and any(n.start() <= m.start() < n.end() for n in fx.NON_DENIAL.finditer(text)):
                continue  # "neither confirmed nor denied the reports"
            if any(r.start() <= m.start() < r.end() + 1 for r in fx.REPORTED.finditer(text)):
                continue  # "reports stated": the reports are the source, handled with the event
            # "a charge Moscow rejects": the denier is named inside the relative clause
            speaker = _speaker(f, s, m.end() if m.groupdict().get("rel") else m.start())
            if kind in {"Summons", "Recall"} and speaker and f.entities[speaker].kind == "Person":
                speaker = f.actor(s, m.start())  # a government summons or recalls, not the envoy named before
            if kind == "Recall" and m.group(0).endswith("by"):  # "was withdrawn by Berlin"
                speaker = (_after(f, s, m.end(), ACTOR_KINDS) or [speaker])[0]
            if kind == "Recall" and speaker is None:  # "decided to withdraw Jordan's chargé": Jordan recalls its own
                speaker = next((x.key for x in f.in_span(s, m.start(), m.end()) if f.kind(x.key) == "State"), None)
            if kind == "Summons" and PASSIVE.search(text[: m.start()]):
                # "was called in by the foreign minister"
                by = re.match(r"[^.;]{0,40}?\bby\s+", text[m.end() :])
                after = _after(f, s, m.end() + by.end()) if by else []
                speaker = after[0] if after else f.actor(s, m.start()) or f.last_gov(s) or f.finder.main_state
            if made and COORDINATED.search(text[: m.start()]) and "speaker" in made[-1].roles:
                speaker = made[-1].roles["speaker"][0]  # "... has expressed support and has called for"
            if speaker is None and kind == "Denial" and SAID_AFTER.match(text[m.end() :]):
                speaker = (_after(f, s, m.end(), ACTOR_KINDS) or [None])[0]
            if speaker is None and PRONOUN_SUBJECT.match(text):
                speaker = subject_of(f, s.index - 1)  # "It also summoned ...": who acted in the sentence before
            if speaker is None and kind not in {"Denial", "CallForSanctions"}:
                continue  # a denial or a call for sanctions says what it is even when no one is named
            if kind == "Denial" and any(e.kind == kind and e.roles.get("speaker") == [speaker] for e in made):
                continue  # "denied that ... and called the accusation absurd": one denial, said twice
            roles = _speech_roles(f, speaker)
            event = f.new(kind, s, m.start(), m.end(), roles=roles)
            event.quote = text[m.end() :].strip(" ,") or None
            made.append(event)
            outer = SPEECH_VERB.search(text[: m.start()])
            if outer and speaker and fx.DENIAL.search(m.group(0)):
                first = _speaker(f, s, outer.start())
                if first and first != speaker:
                    event.status = "reported"  # relayed by another speaker
                    event.reported_by = first
            _fill(f, s, m, event, kind)
            if kind == "Recall":
                _per_destination(f, s, m, event)


def _fill(f: EventFinder, s: Sentence, m: re.Match, event, kind: str) -> None:
    after_keys = _after(f, s, m.end())
    mentioned = {x.key for x in f.finder.in_sentence(s.index)}
    if kind in {"Denial", "Rejection"}:
        about_charges = kind == "Denial" and ACCUSATIONS.search(m.group(0))  # "rejected the accusation": not the order
        # "denied supporting the rebels", "a charge Paris denies": a denial of something other than an order
        rest = s.text[m.end() :]
        other_deed = (OTHER_DEED.match(rest) or INVOLVEMENT.match(rest)) and not EXPULSION_WORDS.search(rest) \
            or denies_another_deed(rest)
        about_charges = about_charges or kind == "Denial" and (other_deed or CHARGE_BEFORE.search(s.text[: m.start()]))
        # "denied the report, saying the ambassador was the only one affected": the report's order, not the
        # envoy named in the reasons
        of_report = kind == "Denial" and REPORT_OBJECT.match(rest)
        targets = [] if about_charges or of_report else [o for k, o in f.orders.items() if k in after_keys]
        if not targets and kind == "Denial" and not about_charges:
            states = {f.state_of(k) for k in mentioned}
            # a report still in the reader's mind: "rejected those reports" paragraphs later is about other news
            targets = [o for o in f.orders.values() if o.status != "confirmed" and s.index - o.sentence <= 3 and
                       set(o.roles.get("sender", []) + o.roles.get("host", [])) & states]  # fmt: skip
        if not targets and kind == "Denial" and ACCUSATIONS.search(m.group(0)):
            targets = [e for e in f.events if e.kind == "Accusation" and e.sentence < s.index][-1:]
        if not targets and kind == "Denial":
            targets = _accusing(f, s, event)
        event.refers_to = [o.id for o in targets]
        # a denial of something the graph has no event for denies what the sentence says (a proposition)
        for order in targets:
            if kind == "Denial" and order.kind == "ExpulsionOrder" and order.status in {"confirmed"} | fx.RELAYED:
                order.status = "denied"
        body = [k for k in after_keys if f.kind(k) in BODY_KINDS]
        if kind == "Rejection" and body:
            event.roles["target"] = body[:1]
    elif kind in {"Accusation", "Summons", "Recall"}:
        persons = f.envoys(f.in_span(s, m.start(), len(s.text)))
        if kind == "Accusation":
            targets = [k for k in after_keys if f.kind(k) in ACTOR_KINDS | {"Person"}]
            if targets:
                event.roles["target"] = targets[:1]
        elif persons:
            event.roles["envoy"] = persons[:1]
    elif kind == "Threat":
        event.modality = "threatened"
    elif kind == "CallForSanctions":
        event.modality = "threatened" if re.search(r"would|will|could|threaten", m.group(0)) else "proposed"
        bodies = [k for k in after_keys if f.kind(k) in ACTOR_KINDS | {"NonStateArmedGroup"}]
        target = re.search(r"\b(?:on|against)\s+", s.text[m.end() :])
        if target:
            start = m.end() + target.end()
            on = [x.key for x in f.in_span(s, start, start + 40)]
            if on:
                event.roles["target"] = on[:1]
        by = re.search(r"\bby\s+", s.text[m.end() :])
        if by:
            who = _after(f, s, m.end() + by.end(), ACTOR_KINDS)
            if who:
                event.roles["addressee"] = who[:1]
        elif bodies and "target" not in event.roles:
            event.roles["target"] = bodies[:1]
    time = f.time_in(s)
    if time:
        event.time = time
    event.label = f"{_words(kind)} by {f.entities[event.roles['speaker'][0]].label}" if "speaker" in event.roles \
        else _words(kind)  # fmt: skip


def _per_destination(f: EventFinder, s: Sentence, m: re.Match, event) -> None:
    """"recalled its ambassadors to Israel and the United States", "pulling its personnel out of Buenos Aires
    and Lima": one recall from each state named where the envoys served (its capital standing for it)."""
    own = f.state_of((event.roles.get("speaker") or [None])[0])
    clause = re.split(r"[,;]|\s+for\s+|\s+(?:after|because|as|but|and\s+(?:it|the|its|he|she))\b", s.text[m.end() :])[0]
    states = []
    for x in f.in_span(s, m.start(), m.end() + len(clause)):
        state = x.key if f.kind(x.key) == "State" and x.how in {"name", "capital"} else None
        if state and state != own and state not in states and not re.match(r"[’']s\b", f.text[x.end : x.end + 2]):
            states.append(state)
    for i, state in enumerate(states):
        recall = event if i == 0 else f.new("Recall", s, m.start(), m.end(), roles=dict(event.roles))
        recall.roles["target"] = [state]
        recall.label, recall.time = event.label, event.time


def _accusing(f: EventFinder, s: Sentence, denial) -> list:
    """"The ministry accused Kenya of siding with rebels. Kenya's government denied taking sides":
    the latest recent accusation against the one who denies."""
    denier = f.state_of((denial.roles.get("speaker") or [None])[0])
    for e in reversed(f.events):
        if e.kind == "Accusation" and s.index - 2 <= e.sentence <= s.index and e is not denial:
            accused = {f.state_of(k) for k in e.roles.get("target", [])} | set(e.roles.get("target", []))
            if denier and denier in accused:
                return [e]
    return []


def _words(kind: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", " ", kind).lower()


def merge_partnerships(f: EventFinder) -> None:
    """One partnership told in several sentences is one situation: a partnership whose sentence names a
    partner of an earlier one ("Niger, an ally in the fight against …"; "France and the US … in Niger,
    conducting joint operations") joins it, with partners, groups and regions pooled; named groups
    replace the unnamed "armed groups" placeholder."""
    kept: list = []
    for e in [x for x in f.events if x.kind == "SecurityPartnership"]:
        named = {m.key for m in f.finder.in_sentence(e.sentence)} | set(e.roles.get("partner", []))
        into = next((k for k in kept if named & set(k.roles.get("partner", []))), None)
        if into is None:
            kept.append(e)
            continue
        for role in ("partner", "against", "region"):
            pooled = into.roles.setdefault(role, [])
            pooled += [k for k in e.roles.get(role, []) if k not in pooled]
        groups = into.roles["against"]
        if len(groups) > 1 and "armed-groups" in groups:
            groups.remove("armed-groups")
        if into.roles["against"]:
            into.label = "security partnership against armed groups"
        f.events.remove(e)


def find_situations(f: EventFinder, s: Sentence) -> None:
    text = s.text
    for m in SUSPEND.finditer(text):
        objects = text[max(0, m.start() - 80) : m.end() + 60]
        actors = [a for a in [f.actor(s, m.start())] if a]
        presence = next((e for e in reversed(f.events) if e.kind == "MilitaryPresence"), None)
        if not actors and presence:
            actors = list(presence.roles.get("actor", []))
        host = presence.roles.get("host", []) if presence else []
        for cue, what, mode in ((COOPERATION, "security cooperation", "JointOperations"),
                                (AID, "financial aid", "FinancialAid")):  # fmt: skip
            if cue.search(objects):
                e = f.new("Suspension", s, m.start(), m.end(), roles={"actor": actors, "target": host})
                e.label, e.mode = f"suspension of {what}", mode
    for m in IMPOSED.finditer(text):
        actor = f.actor(s, m.start())
        if actor:
            before = [x.key for x in f.in_span(s, 0, m.start()) if x.key != actor
                      and f.kind(x.key) in {"NonStateArmedGroup", "Person", *ACTOR_KINDS}]  # fmt: skip
            targets = _after(f, s, m.end())[:1] or before[-1:]
            e = f.new("SanctionImposition", s, m.start(), m.end(), roles={"actor": [actor], "target": targets[:1]})
            e.time, e.label = f.time_in(s), "sanctions imposed"
    for m in TERMINATE.finditer(text):
        actor = f.actor(s, m.start())
        if actor:
            partner = _after(f, s, m.start(), {"State", "InternationalOrganization", *BODY_KINDS})
            e = f.new("TerminationOfAgreement", s, m.start(), m.end(), roles={"actor": [actor], "partner": partner[:1]})
            e.time, e.label = f.time_in(s), "termination of an agreement"
    _presence(f, s)
    for m in PARTNERSHIP.finditer(text):
        against = AGAINST.search(text, m.end())
        near = against and against.start() - m.end() <= 80
        fights = m.group("ties") or m.group("fight") or m.group("fighting") or near
        if not fights:
            continue  # "a trading partner", "helped the economy": no one is fought together
        if PRESENCE.search(text) and not m.group("ties"):
            continue  # "keeps 1,000 soldiers there, who support its army": the presence, told with its task
        if BACKING.match(text, m.end()):
            continue  # "support for the rebellion", "support criminal activity": backing, not a partnership
        just_before = text[max(0, m.start() - 50) : m.start()]
        if SUSPEND.search(just_before) or ENDED.search(just_before) or fx.DENIAL.search(just_before) or \
                fx.NEGATED.search(just_before):  # fmt: skip
            continue  # "suspended security cooperation", "tore up a security agreement", "denies supporting",
            # "has failed to cooperate in the fight against": no partnership
        sides = [x.key for x in f.finder.in_sentence(s.index) if f.kind(x.key) in ACTOR_KINDS | {"State"}]
        first = next((x.key for x in f.finder.in_sentence(s.index) if f.kind(x.key) == "State"), None)
        other = [k for k in sides if f.state_of(k) != f.state_of(first)][:1]  # "turned to Russia": the other side
        if not other and ONE_SIDED.search(m.group(0) + " " + just_before[-12:]):
            continue  # "a contributor of troops to the fight", "its role in the fight": one side, no partnership
        start = against.end() if against else m.end()
        groups = _after(f, s, start, {"NonStateArmedGroup"})
        named = [g for g in groups if f.entities[g].from_gazetteer] or groups
        regions = _after(f, s, start, {"Region"})
        roles = {"partner": [first, *other] if first else other, "against": named, "region": regions[:1]}
        e = f.new("SecurityPartnership", s, m.start(), m.end(), roles=roles)
        e.label = "security partnership against armed groups" if named or against else "security partnership"
        break
    for m in INDEPENDENCE.finditer(text):
        actor = f.actor(s, m.start())
        source = re.match(r"\s+from\s+", text[m.end() :])
        from_state = _after(f, s, m.end(), {"State"})[:1] if source else []
        e = f.new("IndependenceEvent", s, m.start(), m.end(),
                  roles={"actor": [actor] if actor else [], "from_state": from_state})  # fmt: skip
        e.time, e.label = f.time_in(s), "independence"
    _coups(f, s)
    for m in CONCERN.finditer(text):
        about = _after(f, s, m.end(), {"State", "InternationalOrganization", "NonStateArmedGroup"})
        e = f.new("Concern", s, m.start(), m.end(), roles={"about": about[:1]})
        e.label = "concern"


def _presence(f: EventFinder, s: Sentence) -> None:
    for m in PRESENCE.finditer(s.text):
        q = m.group("q")
        number = re.sub(rf"^(?:{APPROXIMATE})\s+(?:a\s+)?|^a\s+", "", q, flags=re.I)
        value = parse_number(number)
        vague = re.fullmatch(r"(?:thousands|hundreds|dozens)\s+of", q, re.I)  # a presence, no figure
        if value is None and not vague:
            continue
        inside = [x.key for x in f.in_span(s, m.start("mods"), m.end("mods")) if f.kind(x.key) == "State"]
        before = [x for x in f.in_span(s, 0, m.start()) if f.kind(x.key) == "State" and x.how == "name"]
        actors = inside or list(dict.fromkeys(x.key for x in before))
        if not actors:
            continue
        host = re.match(r"\s+(?:stationed\s+|deployed\s+|based\s+)?in\s+", s.text[m.end() :])
        hosts = _after(f, s, m.end(), {"State", "Region"})[:1] if host else []
        approx = number != q
        quantity = None if vague else Quantity(value, q, approximate=approx, combined=len(actors) > 1)
        roles = {"actor": actors, "host": [h for h in hosts if f.kind(h) == "State"],
                 "region": [h for h in hosts if f.kind(h) == "Region"]}  # a region hosts no one: it is where
        e = f.new("MilitaryPresence", s, m.start(), m.end(), roles=roles, quantity=quantity)
        e.label = "military presence"


def _coups(f: EventFinder, s: Sentence) -> None:
    times = [t for t in find_times(s.text, s.start, f.anchor, f.same_day) if t.year or t.value]
    for m in COUP.finditer(s.text):
        # the time right after the cue ("seized power in August 2020", "a second coup last May"), else the first
        near = [t for t in times if 0 <= t.span.start - (s.start + m.end()) <= 12]
        verbal = not re.match(r"coup|putsch|military takeover", m.group(0))  # "seized power on August 30"
        time = (near or (times if verbal else []) or [None])[0]
        coups = [e for e in f.events if e.kind == "CoupDEtat"]
        if coups and time is None and not verbal:
            continue  # "the day after the coup": the one already told
        same = next((c for c in coups if time is None or c.time is None or _when(c.time) == _when(time)), None)
        if same is not None and (time is None or same.time is not None):
            continue
        if same is not None and len(coups) == 1 and same.time is None:
            same.time = time  # the sentence that tells it with its day is its evidence
            same.sentence, same.trigger = s.index, Span(s.start + m.start(), s.start + m.end())
            continue
        gov = f.last_gov(s)
        state = f.state_of(gov) or f.finder.main_state
        roles = {"actor": [gov] if gov else [], "target": [state] if state else []}
        e = f.new("CoupDEtat", s, m.start(), m.end(), roles=roles)
        e.time, e.label = time, "coup d'état"


def _when(t):
    return t.value or (t.year, t.month)
