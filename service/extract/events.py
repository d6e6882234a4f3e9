"""Events from cue phrases: expulsion orders first, then the speech acts and
situations around them (denials, accusations, suspensions, sanctions ...).

Each rule reads one sentence, with the mentions already resolved, and
returns plain ``Event`` records.  An expulsion order is one event per
expelled person; later sentences about the same person add what was missing
(time, deadline) instead of creating another order.
"""

from __future__ import annotations

import re
from datetime import date

from service.extract import acts
from service.extract import factuality as fx
from service.extract import lexicon as lx
from service.extract.coordinated_subjects import subject_start
from service.extract.counted_groups import with_senders
from service.extract.documents import document_status, until_document, verdict_on
from service.extract.facts import Assessment, Entity, Event, Quantity, Sentence, Span, TimeExpression
from service.extract.group_members import members_listed, members_told_after
from service.extract.lexicon import ANOTHER, POSS, PREPOSITION
from service.extract.mentions import ACTOR_KINDS, BODY_KINDS, Mention, MentionFinder, slug
from service.extract.object_anaphora import object_envoys
from service.extract.order_dates import OWNED_ACT, date_relayed_orders, orders_meant, propagate_dates, with_undated
from service.extract.quantities import find_deadlines
from service.extract.sole_sender import give_sole_senders
from service.extract.timex import find_times

#: "to leave", "to pack up and leave", "to close its office and leave", "to wind up their work and depart"
LEAVE = (r"(?:(?:[\w'’]+\s+){0,4}?and\s+)?(?:leave|quit|depart|exit|go home|be gone|"
         r"wind\s+up\s+(?:[\w'’]+\s+){0,3}?(?:affairs|work|business|duties|mission)|"
         r"pack\s+(?:his|her|their|its|up\s+their)\s+bags)")
#: the end of a clause stating terms: "has 72 hours, while ...", "has five days."
TERMS_END = r"\s*(?:[,;.]|$)|\s+(?:while|and|but)\b"
#: "protests broke out", "strikes carried out": verbs whose "out" orders no one out
NOT_PHRASAL = "".join(f"(?<!{verb})" for verb in ("broke", "break", "breaks", "carried", "carry", "pointed", "ruled",
                                                   "found", "worked", "spelled", "set", "sorted", "left", "lashed"))
#: a second verb joined to the first ("and declared 20 staff", ", ordering them"): a clause of its own
CLAUSE_JOIN = (r"\band\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]{3,}ed|gave|told|sent)\s+(?:the|an?|its|his|her|their|"
               r"them|him|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b|,\s+(?!according\b)[a-z]+ing\b")
#: an adverb between an auxiliary and its participle: "was also asked", "were promptly expelled"
ADVERB = r"(?:(?:also|then|later|now|since|subsequently|too|\w+ly)\s+)?"
#: a verb that asks for what its that-clause tells, in the subjunctive ("insisted that the envoy be expelled")
MANDATIVE = re.compile(r"\b(?:demand|insist|propos|urg|request|recommend|ask|call)\w*\b(?=[^.;]*\bthat\b)", re.I)
#: right after a group ("the three Indian officers"), or in a dash or a bracket opened after it and still open:
#: what it names are the group's own members
BREAKDOWN = re.compile(r"\s*(?:[-–—(][^-–—()]*)?")
#: an apposition just opened after a person: ", a veteran ", ", an experienced "
APPOSED = re.compile(r",\s+an?\s+(?:[a-z][\w-]*\s+){0,2}$")
#: (name, pattern, where the expelled persons are: "obj" group, or "before")
EXPULSION = [
    # "declared / considered / deemed the ambassador persona non grata"
    ("png", r"\b(?:declar|consider|deem|regard|pronounc|designat)(?:ed|es|ing|e|s)?\b(?P<obj>[^.;]{0,160}?)"
            r"\b(?:persona non grata|personae non gratae|unwelcome)\b", "obj"),
    ("png-passive", rf"\b(?:was|were|is|are|been|be|being)\s+{lx.SHARED_AUXILIARY}?(?:declared\s+|now\s+|"
                    r"no\s+longer\s+)?(?:persona non grata|unwelcome|welcome\b(?<=longer\swelcome)|"
                    r"personae non gratae)\b", "before"),  # fmt: skip
    ("order", rf"\b(?:order(?:ed|s|ing)?|told|tells?|telling|ask(?:ed|s|ing)?|instruct(?:ed|s|ing)?|"
              rf"direct(?:ed|s)?|request(?:ed|s)?|requir(?:ed|es|ing)|gave|give[ns]?|giving|grant(?:ed|s)?|"
              rf"summon(?:ed|s)?)\b"
              # the object holds no clause of its own: "informed him that ...", "asked France to replace ...",
              # "summoned the ambassador and declared 20 staff ...", "..., ordering them out"
              rf"(?P<obj>(?:(?!\bthat\b|\bto\s+(?!{LEAVE}|the\b|its\b|his\b|her\b|their\b|an?\b)[a-z]+\b"
              rf"|{CLAUSE_JOIN})[^.;])"
              rf"{{0,160}}?)(?:\bto\s+{LEAVE}\b|\b(?:\d+|[a-z-]+)\s+(?:hours|days)\b|"
              # ("ordered the consul out")
              rf"(?<=\w){NOT_PHRASAL}\s+out\b(?!\s+(?:that|whether|how)\b))", "obj"),  # fmt: skip
    # "the cabinet decided that the ambassador must leave", "Estonia said the Russian envoy must also go"
    # "said six diplomats had to leave India", "the ambassador would have to leave Brussels", "the envoy had
    # 48 hours to pack his bags": the terms of an order, stated of the person
    # "was expected to depart by the same date": the terms, when a deadline follows
    ("must-leave", rf"\b(?:must|(?:had|has|have|would\s+have)(?:\s+(?:\d+|[a-z-]+)\s+(?:hours|days|weeks?))?\s+to|"
                   rf"(?:is|are|was|were)\s+expected\s+to(?=\s+{LEAVE}[^.;,]{{0,40}}?\b(?:by|within|before)\b))"
                   rf"\s+(?:also\s+|now\s+)?{LEAVE}\b", "before"),
    # "the first secretary has 72 hours, while ...": the terms alone, ending the clause
    ("terms", rf"\b(?:had|has|have|(?:was|were)\s+(?:given|allowed|granted))\s+(?:only\s+|just\s+)?"
              rf"(?:(?:\d+|[a-z-]+)\s+(?:hours|days|weeks?)(?={TERMS_END})"
              r"|until\b)",
              "before"),
    ("order-passive", rf"\b(?:was|were|been|be|being)\s+{ADVERB}{lx.SHARED_AUXILIARY}?"
                      rf"(?:ordered|told|asked|instructed|(?:given|allowed|granted)\s+[^.;]{{0,30}}?)"
                      # "was also told on Friday to leave"
                      rf"{lx.INTERPOSED}\s*to\s+(?:{LEAVE}|go(?=[,.;]|\s+by\b))\b", "before"),  # fmt: skip
    ("expel", r"\b(?:expel(?:led|s|ling)?|expulsions?\s+of|kick(?:ed|s)?\s+out|thr(?:ew|own|ows?)\s+out|"
              r"(?:order|force)(?:ed|s|d|ing)?\s+out|"
              # ("ousted Damiba in a coup" takes power, it sends no one away)
              r"ousted(?![^.;]{0,60}\b(?:coup|putsch|power)\b))\b(?P<obj>[^.;]{0,120}?)(?=$|[.;:]|,\s|\s+(?:and|"
              r"after|for|over|from|on|in|who|which|"
              r"saying|accusing|as|because|following|amid|to)\b)", "obj"),  # fmt: skip
    ("expel-passive", rf"\b(?:was|were|is|are|been|be|being)\s+{ADVERB}{lx.SHARED_AUXILIARY}?(?:expelled|"
                      r"kicked out|thrown out|(?:ordered|forced|told|asked)\s+out|"
                      # "had been served notices of expulsion", "were handed expulsion orders"
                      rf"(?:served|handed|issued|given)\s+(?:with\s+)?(?:{lx.SAME_TERMS}|(?:an?\s+)?(?:expulsion\s+"
                      r"(?:notices?|orders?)|notices?\s+of\s+expulsion)))\b",
                      "before"),  # fmt: skip
    # "decided to demand the departure of the MONUSCO spokesperson", "ordered the immediate departure of"
    ("departure", r"\b(?:demand|order|request|requir|decid)(?:ed|es|s|ing|e)?\s+(?:on\s+)?(?:the\s+)?(?:immediate\s+|"
                  r"swift\s+|prompt\s+)?departure\s+of\b(?P<obj>[^.;]{0,80}?)(?=$|[.;,\"“”]|\s+(?:from|within|by|"
                  r"before|and|as|after|over)\b)", "obj"),  # fmt: skip
    # "a similar order to the Lebanese ambassador": the noun's addressee (not "an order to leave", a verb)
    ("order-for", r"\b(?:order|request|letter|decision|demand)\s+(?:for|against|to expel|"
                  r"to(?=\s+(?:the|its|his|her|their|[A-Z]\w+(?:’s|'s))\s))\b(?P<obj>[^.;]{0,80}?)"
                  # ("a letter to the minister demanding that ...": the addressee's clause ends at a new verb)
                  r"(?=$|[.;,]|\s+(?:was|were|had|has|is|that|who|which|[a-z]+ing)\b)", "obj"),  # fmt: skip
    ("withdraw-approval", r"\bwithdr[ae]w(?:n|s)?\s+(?:its\s+|the\s+)?(?:approval|agr[ée]ment|accreditation)\s+"
                          r"(?:of|for|from)\b(?P<obj>[^.;]{0,80}?)(?=$|[.;,])", "obj"),  # fmt: skip
]
EXPULSION_RE = [(name, re.compile(p), where) for name, p, where in EXPULSION]
#: "The order was delivered on ...", "The statement was issued on Sunday" (the latter only right after the order);
#: not "the expulsion of" someone the text has not shown to be expelled by a known order
NOMINAL_ORDER = re.compile(r"\b[Tt]he\s+(?:orders?|expulsions?|decision|move|announcement|ultimatum|(?P<near>statement|"
                           r"letters?|notes?(?:\s+verbales?)?|decrees?|measures))\b(?!\s+of\b)")
UNNAMED_ENVOY = re.compile(rf"\b(?:diplomats|envoys|ambassadors|representatives|officials|staff|{lx.ENVOY_ROLE})\b")
#: titles that may stand for any post of the sender: its envoy is its ambassador, its official its coordinator
GENERIC_POST = re.compile(r"envoy|diplomat|official|officer|representative|top diplomat|person|employee|staff member|"
                          r"staffer|(?:(?:diplomatic|embassy|consular) )?(?:staff|personnel)")
#: a state's staff as a whole, with no count: "the German staff", "the embassy personnel"
COLLECTIVE = re.compile(r"(?:(?:diplomatic|embassy|consular) )?(?:staff|personnel)")
GENERIC_ROLE = re.compile(r"official|officer|staff member|staffer|employee|representative|person")
CONDITION = re.compile(r"\b(?:if|unless|any further|should\s+\w+\s+continue|lead\s+to|result\s+in)\b", re.I)
#: an envoy who has not taken up the post: "an incoming US ambassador", "before he had arrived"
NOT_ARRIVED = re.compile(r"\b(?:incoming|designate|nominee|nominated|newly[- ]appointed|future)\b"
                         r"|\bbefore\s+(?:he|she|they)\s+(?:had\s+)?(?:taken|took|arrived|presented)\b")
#: the chief of a mission, whatever the title: "the EU's top diplomat" is "the EU ambassador" (its head of delegation)
CHIEF_POST = re.compile(r"ambassador|envoy|top diplomat|top envoy|head of mission|head of delegation|high commissioner|"
                        r"nuncio")
#: an order named in passing, as what another act answers ("in retaliation for the expulsion of", "hitting back
#: at Ottawa's decision to expel"): the sentence's time is that other act's
IN_PASSING = re.compile(rf"(?:\b(?:for|at|over|after|against|following|since|about)\s+(?:the\s+|its\s+|their\s+)?"
                        rf"|[\w-]+{POSS}\s+"
                        # "reversed its decision to expel": the time is the reversal's
                        rf"|\b(?:revers|revok|rescind|withdr[ae]w|overturn|cancel|lift|suspend|annul|undo|undid)\w*\s+"
                        rf"(?:its|their|his|her|the)\s+(?:own\s+|earlier\s+)*)"
                        rf"(?:(?:decision|move|bid|order)(?:\s+to)?\s+)?$")
ANNOUNCED_FUTURE = re.compile(r"\b(?:said|says|announced|announces|stated|decided|confirmed)\s+(?:that\s+)?[^,;]*$")
#: people named by whose they are: "the ambassador's deputy", "the consul's wife"
ENTOURAGE = re.compile(rf"{POSS}\s+(?:[a-z]+\s+)?(?:deput(?:y|ies)|assistants?|aides?|wife|husband|family|driver|"
                       r"bodyguards?|sons?|daughters?|secretary)\b")
COORDINATE = re.compile(r",?\s+(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+(?:the\s+|its\s+|his\s+|her\s+|"
                        r"their\s+)?")
RETALIATION = re.compile(r"\b(?:retaliat\w*|tit-for-tat|in response to|reciprocal|in kind)\b", re.I)
#: an expulsion that sums up the orders told before it in the sentence: "the largest expulsion of", "its latest"
SUMMED_UP = re.compile(r"\b(?:the|its|their|a)\s+(?:[a-z]+est|latest|first|biggest|largest|second|third|new)\s+$")
#: a passive auxiliary just before a cue: "had been ordered out were denied by the spokesman" has no object
AUXILIARY = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$")
#: no one in particular: "no Moldovan diplomat had been told to leave", "none of the staff", "to expel any diplomat"
NO_ONE = re.compile(r"\b(?:[Nn]o|[Aa]ny|[Nn]one\s+of\s+(?:the|its|their))\s+(?:other\s+|further\s+|more\s+)?$")
#: (a first or second secretary is an embassy's diplomat, a minister-counsellor too)
NOT_ENVOY = re.compile(r"minister(?!-)|president|spokes|(?<!first )(?<!second )(?<!third )secretary|king|queen|"
                       r"chancellor|leader|head of state|^general")
DEADLINE_TIME = re.compile(r"\b(?:until|by|before|no later than)\s+(?:the\s+end\s+of\s+"
                           r"|(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s+)?$", re.I)
#: an armed group acting as a government: "the Houthi authorities in Sanaa have ordered", "the Houthis had expelled"
RULING = re.compile(r"\s+(?:authorities|administration|rulers|government)\b|\s+(?:(?:had|has|have)\s+)?(?:also\s+)?"
                    r"(?:order|expel|declar|gave|give|told|ask)\w*\b")
ACTING_ORGS = {"InternationalOrganization", "InternationalMission", "NonStateArmedGroup"}
SUBORDINATE = re.compile(r"\b(?:after|before|since|follow(?:s|ed)?|in (?:retaliation|response) (?:for|to)|"
                         r"(?:retaliating|responding) (?:for|to))\b", re.I)
#: the envoy's own summons, where the order was given: "was given three days to leave after being summoned on"
OWN_SUMMONS = re.compile(r"\bafter\s+being\s+(?:summoned|called\s+in|convened)\b")
#: where one person's terms end and another's begin: ", while", ", whereas", "; "
CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas)\b|;\s"
                          # ", and the first secretary was allowed ...": another subject with a verb of its own
                          r"|,\s+and\s+(?:the|its|his|her)\s+[^,;]{0,60}?\s(?:was|were|has|have|had|must|is|are)\b")
ASIDE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;]*,")
#: "..., the bloc said on Thursday": when it was said, not when the reported act happened
SAID_TIME = re.compile(r"\b(?:said|says|announced|reported|stated|added|confirmed|told\s+\w+)"
                       # "said in a statement on Monday", "said in a televised address on"
                       r"(?:\s+in\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[ée]|address|interview|"
                       r"speech|briefing))?\s+$")
#: a clause joined after the act: a participle or a conjunction after a comma
LATER_CLAUSE = re.compile(r"\s+(?!according\b)(?:[a-z]+ing|as|while|amid|because|which|who|whose|where|when)\b")
#: a relative clause just before a time: "who seized power on", "which took office in"
RELATIVE = re.compile(r"\b(?:who|which)\s+(?:had\s+|has\s+|have\s+)?[a-z]+\s+(?:[\w’'-]+\s+){0,4}$")
#: a speech verb before a time: the time is in what was said ("the junta said the envoy was told on Tuesday")
SPEECH_BEFORE = re.compile(r"\b(?:said|says|announced|stated|added|confirmed)\b(?:\s+(?:that\s+)?[^,;]*)\s+$")
#: a sentence placed by the one before it: "Hours later, Estonia said ..."
SAME_DAY = re.compile(r"\b(?:(?:[Hh]ours|[Mm]inutes|[Ss]hortly|[Mm]oments)\s+(?:later|afterwards|after|following)"
                      r"|[Ww]ithin\s+(?:hours|minutes)"
                      r"|(?:[Ll]ater\s+)?(?:that|[Tt]he\s+same)\s+(?:day|morning|afternoon|evening|night))\b")
#: "..., hours after Ankara asked the ambassador to leave": the act told next is placed before the main one
AFTER_ANOTHER = re.compile(r"\b(?:[Hh]ours|[Mm]inutes|[Ss]hortly|[Mm]oments)\s+(?:after|following)\b[^,;]*$")
#: the same, told after the act: "issued a similar order to the envoy the same evening"
SAME_DAY_AFTER = re.compile(r"\b(?:later\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b")
#: a sentence placed a day or more after the one before it: "The following day, ...", "Two days later"
DAYS_LATER = re.compile(r"\b(?:[Tt]he\s+(?:following|next)\s+day|[Aa]\s+day\s+later"
                        r"|(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d)\s+days\s+later)\b")
#: a finite verb after a subject: "Moscow answered", "Paris has ..."
FINITE = re.compile(r"\s+(?:(?:also|then|later|quickly|promptly|swiftly)\s+)?(?:[a-z]+ed|[a-z]{2,}s|has|have|had|was|"
                    r"were|will|would|gave|told|sent|hit|struck|took|made)\b")
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
NUMBER_WORDS_ALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
#: who a sentence that only states an order's terms is about: "He was given ...", "The three have ..."
TERMS_SUBJECT = re.compile(rf"(?:He|She|They|The\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|"
                           rf"{lx.ENVOY_ROLE}s?\b|{lx.GROUP_NOUN}\b))")


#: both sides of a pair acting alike: "each side has expelled three of the other's diplomats", "the two
#: countries ordered out two of each other's envoys"
MUTUAL = re.compile(
    r"\b(?:[Ee]ach|[Bb]oth)\s+(?:side|country|countries|government|governments|capital|capitals)"
    r"|\b[Tt]he\s+two\s+(?:sides|countries|governments|neighbou?rs|capitals|states)\b")
MUTUAL_OBJECT = re.compile(
    rf"\b(?:{'|'.join(NUMBER_WORDS_ALL)}|\d+)\s+(?:of\s+)?(?:the\s+other{POSS}|each\s+other{POSS}|one\s+another{POSS})"
    rf"\s+(?:[\w-]+\s+)?(?P<noun>{lx.GROUP_NOUN})")


def _intended_before(text: str, m: re.Match) -> bool:
    """A threat, plan or demand just before the cue: "could face the same treatment", "wants to expel"."""
    return bool(fx.IRREALIS.search(text[: m.start()], max(0, m.start() - 60)))


class EventFinder:
    def __init__(self, text: str, sentences: list[Sentence], anchor: date, finder: MentionFinder,
                 same_day: bool = False):  # fmt: skip
        self.text = text
        self.sentences = sentences
        self.anchor = anchor
        self.same_day = same_day  # the anchor is a dateline's day: "on Sunday" may be that very day
        self.finder = finder
        self.entities: dict[str, Entity] = finder.entities
        self.mentions: list[Mention] = finder.mentions
        self.events: list[Event] = []
        self.orders: dict[str, Event] = {}  # envoy key → its expulsion order
        self.last_orders: list[Event] = []
        self.last_at = -1  # the sentence that told the last orders
        self.group_order: Event | None = None
        self.untold: tuple[int, TimeExpression | None] | None = None  # an order whose persons come later
        self.said_times: list[TimeExpression] = []  # times that only say when a source spoke of an order
        self.placed: list[tuple[Event, int, int]] = []  # orders told in a sentence placed by a day told before it
        self.tallies: list[Event] = []  # both sides' orders summed up ("each side has expelled three"): no one day

    # -- helpers ----------------------------------------------------------------

    def new(self, kind: str, s: Sentence, start: int, end: int, **fields) -> Event:
        number = sum(1 for e in self.events if e.kind == kind) + 1
        status = fields.pop("status", "confirmed")
        event = Event(id=f"{_kebab(kind)}-{number}", kind=kind, status=status, sentence=s.index,
                      trigger=Span(s.start + start, s.start + end), **fields)  # fmt: skip
        self.events.append(event)
        return event

    def in_span(self, s: Sentence, start: int, end: int, overhang: bool = False) -> list[Mention]:
        """Mentions inside the span (or, with ``overhang``, starting in it: "the ambassador in Abuja")."""
        a, b = s.start + start, s.start + end
        return [m for m in self.finder.in_sentence(s.index) if a <= m.start < b and (overhang or m.end <= b)]

    def kind(self, key: str) -> str:
        return self.entities[key].kind

    def last_gov(self, s: Sentence) -> str | None:
        """The governing body named last up to sentence ``s`` (the mention finder's own memory has read the
        whole article by now: "the government in Montevideo" three paragraphs on does not act here)."""
        bodies = [m for m in self.mentions if m.sentence <= s.index and self.kind(m.key) in BODY_KINDS]
        return max(bodies, key=lambda m: m.start).key if bodies else None

    def envoys(self, mentions: list[Mention]) -> list[str]:
        keys, end = [], 0
        for m in mentions:
            e = self.entities[m.key]
            # a minister is not sent abroad; an organisation's spokesperson is its staff
            staff = e.role == "spokesperson" and self.kind(e.represents or e.part_of or e.key) in ACTING_ORGS
            political = e.role and NOT_ENVOY.search(e.role) and not staff
            owner = ENTOURAGE.match(self.text, m.end)  # "the ambassador's deputy": not the ambassador
            # "the UN special representative, a veteran South African diplomat who ...": the same person, described
            described = keys and not e.count and APPOSED.search(self.text[max(0, m.start - 40) : m.start])
            # "the three - two counsellors and an official attached to the embassy -": the group's members
            counted = keys and self.entities[keys[-1]].count
            described = described or counted and BREAKDOWN.fullmatch(self.text, end, m.start)
            if e.kind == "Person" and (e.represents or e.count) and not political and not owner and not described \
                    and m.key not in keys:  # fmt: skip
                keys.append(m.key)
                end = m.end
        return keys

    def actor(self, s: Sentence, before: int, persons: bool = False, leaders: bool = False) -> str | None:
        """The nearest acting body named before ``before`` (the outer of nested mentions); with ``leaders``,
        an office-holder of a state or body too ("Bolivian President Evo Morales declared ..."), who acts for it."""
        best = None
        mentions = self.finder.in_sentence(s.index)
        envoys = [(x.start, x.end) for x in mentions if x.key in self.envoys([x])]
        # "staff from Argentina, Chile and Uruguay": a list after a preposition is no subject, to its last item
        lists = [(s.start + x.start(), s.start + x.end()) for x in self.finder.p["state_list"].finditer(s.text)
                 if PREPOSITION.search(s.text[max(0, x.start() - 12) : x.start()])]  # fmt: skip
        for m in mentions:
            if any(a <= m.start < b for a, b in lists):
                continue
            if m.end - s.start > before:
                break
            if PREPOSITION.search(self.text[max(0, m.start - 12) : m.start]):
                continue  # "the crisis in Niger": not a subject
            if m.how == "demonym":
                continue  # "the Zimbabwean attaché": a modifier, not who acts
            if any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in envoys):
                continue  # "Peru's consul had been told to leave": the envoy's sender, not who acts
            e = self.entities[m.key]
            ruling = e.kind == "NonStateArmedGroup" and RULING.match(self.text[m.end : m.end + 40])
            leader = leaders and e.kind == "Person" and e.part_of and NOT_ENVOY.search(e.role or "")
            if e.kind in ACTOR_KINDS or ruling or leader or persons and e.kind == "Person" and not e.count:
                if best is None or m.end > best.end or m.start <= best.start and m.end >= best.end:
                    best = m
        return best.key if best else None

    def acting_body(self, key: str | None) -> str | None:
        """Who acts for a speaker: a ministry or spokesperson acts for its government;
        a state (or its capital) for its government when the article names one."""
        seen = set()
        while key and key not in seen:
            seen.add(key)
            e = self.entities[key]
            if e.kind in BODY_KINDS or e.kind in ACTING_ORGS:
                return key
            if e.kind == "State":
                gov = f"gov-{key.lower()}"
                return gov if gov in self.entities and self.entities[gov].mentions else key
            key = e.part_of
        return key

    def state_of(self, key: str | None) -> str | None:
        seen = set()
        while key and key not in seen and self.entities[key].kind != "State":
            seen.add(key)
            key = self.entities[key].part_of or self.entities[key].represents
        return key if key and self.entities[key].kind == "State" else None

    def side(self, key: str | None) -> str | None:
        """The party that acts or is acted on: a state for its government, ministry or envoy; an
        international body (the EU, ECOWAS, a UN mission) for itself."""
        return self.state_of(key) or self.acting_body(key)

    def time_in(self, s: Sentence, act: int | None = None, cues: list[int] = ()) -> TimeExpression | None:
        """When the sentence's event happened: its first time expression that is not a deadline, nor,
        after the act's words at ``act``, the time a source said so ("..., the bloc said on Thursday").
        With the sentence's other ``cues``, a time told after one act is that act's own ("expelled A on
        Thursday and ordered B out on Friday"); a time before every act is all of theirs."""
        times = find_times(s.text, s.start, self.anchor, self.same_day)
        if act is not None and cues:
            def owner(t):  # the cue the time follows
                return max((c for c in {*cues, act} if s.start + c < t.span.start), default=None)
            times = sorted((t for t in times if owner(t) in {None, act}), key=lambda t: owner(t) != act)
        times = [t for t in times if not DEADLINE_TIME.search(self.text[max(0, t.span.start - 20) : t.span.start])]
        # "last month's General Assembly": a time naming a thing, not when anything was done; "Rabat's decision last
        # Friday to expel": the day of another act than the one at ``act``
        times = [t for t in times if not re.match(r"[’']s\b", self.text[t.span.end : t.span.end + 2]) and not (
            OWNED_ACT.search(self.text, s.start, t.span.start) and not 0 < s.start + (act or 0) - t.span.end <= 30)]
        if act is not None:
            # "The junta, which seized power in July, has forced out ...": that time is the clause's own
            aside = [(s.start + c.start(), s.start + c.end()) for c in ASIDE.finditer(s.text)
                     if not c.start() <= act < c.end()]  # fmt: skip
            times = [t for t in times if not any(a <= t.span.start < b for a, b in aside)]
            # "Israel on Monday ordered ..., two days after Ankara told ...": Monday is the main act's day
            here = s.start + act
            # (an aside's "since" or "after" is the aside's own)
            between = [(t, ASIDE.sub(",", self.text[min(t.span.end, here) : max(t.span.start, here)])) for t in times]
            times = [t for t, words in between if not SUBORDINATE.search(OWN_SUMMONS.sub("", words))]
            # "expelled the envoy, accusing him ..., as pressure mounts ... for elections in February": a time in a
            # clause after the act is that clause's
            times = [t for t in times if t.span.start < here or not LATER_CLAUSE.match(
                self.text[here : t.span.start].rsplit(",", 1)[-1] if "," in self.text[here : t.span.start] else "")]
            # "The generals who seized power on July 26 have expelled ...", "..., a diplomat who took up the post in
            # 2023": the time of a relative clause
            # (and "since 2022" starts a period: no act's day)
            times = [t for t in times if not RELATIVE.search(self.text[max(s.start, t.span.start - 60) : t.span.start])
                     and not self.text.startswith("since ", t.span.start)]  # fmt: skip
            # "In a statement read on Wednesday, the junta said the coordinator had been notified on Tuesday":
            # a time in what was said, before the act, says more than the time of saying it
            told = [t for t in times if t.span.end < here and SPEECH_BEFORE.search(
                self.text[max(s.start, t.span.start - 80) : t.span.start])]  # fmt: skip
            times = told + [t for t in times if t not in told] if told else times
            acted = [t for t in times if t.span.start < s.start + act
                     or not SAID_TIME.search(self.text[max(0, t.span.start - 60) : t.span.start])]  # fmt: skip
            if not acted and times:
                self.said_times.append(times[0])  # the best we have, until a later sentence says when
            times = acted or times
        return times[0] if times else None

    # -- the walk ----------------------------------------------------------------

    def run(self) -> list[Event]:
        for s in self.sentences:
            if s.heading:
                continue
            self._assess_earlier(s)
            told = len(self.events)
            self._expulsions(s)
            members_told_after(self, s, self.events[told:])
            members_listed(self, s)
            acts.find_speech_acts(self, s)
            acts.find_situations(self, s)
        acts.merge_partnerships(self)
        give_sole_senders(self)
        propagate_dates(self)
        date_relayed_orders(self)
        self._forget_bystanders()
        return self._numbered()

    def _forget_bystanders(self) -> None:
        """A state's staff as a whole, spoken of in general ("the impartiality of UN staff") and in no event,
        is no participant of the story: only an order or another act makes "the diplomatic staff" someone."""
        taking_part = {k for e in self.events for keys in e.roles.values() for k in keys}
        for key, e in self.entities.items():
            if e.kind == "Person" and not e.count and COLLECTIVE.fullmatch(e.role or "") and key not in taking_part:
                e.mentions.clear()

    def _lead_in(self, s: Sentence) -> str:
        """The sentence before ``s`` in its paragraph ("Hours later, Paris hit back. The Elysee said ..."), if any."""
        before = self.sentences[s.index - 1] if s.index > 0 else None
        return before.text if before is not None and "\n" not in self.text[before.end : s.start] else ""

    def _opening(self) -> int | None:
        """The index of the story's first sentence (after any headline)."""
        return next((x.index for x in self.sentences if not x.heading), None)

    def _numbered(self) -> list[Event]:
        """Number the events of each kind in text order, and keep references right."""
        renamed, counts = {}, {}
        for event in sorted(self.events, key=lambda e: (e.sentence, e.trigger.start)):
            counts[event.kind] = counts.get(event.kind, 0) + 1
            renamed[event.id] = f"{_kebab(event.kind)}-{counts[event.kind]}"
        for event in self.events:
            event.id = renamed[event.id]
        for event in self.events:
            event.refers_to = [renamed.get(ref, ref) for ref in event.refers_to]
        return sorted(self.events, key=lambda e: (e.sentence, e.trigger.start, e.id))

    # -- expulsion orders ----------------------------------------------------------

    def _expulsions(self, s: Sentence) -> None:
        text = s.text
        found: list[Event] = []
        deadlines = find_deadlines(text)
        deadline = next(iter(deadlines), None)
        found += self._mutual(s, deadlines)
        for name, pattern, where in EXPULSION_RE:
            for m in pattern.finditer(text):
                if found and MUTUAL_OBJECT.search(text):
                    break  # told as both sides' orders
                if found and name == "expel" and SUMMED_UP.search(text[: m.start()]):
                    continue  # "..., in the largest expulsion of Russian diplomats in years": the orders just told
                if where == "obj" and AUXILIARY.search(text[: m.start()]) and not re.match(r"\w+ing\b", m.group(0)):
                    continue  # the passive pattern reads it: who follows is no object ("was expelling" is active)
                if where == "obj":
                    targets = self.envoys(self._affirmed(self.in_span(s, m.start("obj"), m.end("obj"), overhang=True)))
                    targets += self._coordinated(s, m.end("obj"), targets)
                else:
                    clause = subject_start(text, m.start(), name == "order-passive")
                    targets = self.envoys(self._affirmed(self.in_span(s, clause, m.start()))) or self.envoys(
                        self._affirmed(self.in_span(s, 0, m.start()))
                    )
                    # "told him that he and five other diplomats must depart": the envoy named before the pronoun
                    said = re.search(r"\b(?:he|she)\b", text[clause : m.start()])
                    named = self.envoys(self.in_span(s, 0, clause + said.start())) if said else []
                    targets = [*named[-1:], *targets] if named and named[-1] not in targets else targets
                targets = with_senders(self.entities, self._without_breakdown(targets))
                if not targets and where == "obj":
                    targets = object_envoys(self, s, m, found)  # "ordering her to leave", "whom it declared"
                if name == "withdraw-approval" and NOT_ARRIVED.search(text[m.start("obj") :]):
                    continue  # agrément withdrawn before the envoy took up the post: no one is sent away
                if not targets:
                    if where == "obj" and UNNAMED_ENVOY.search(m.group("obj")) and not _intended_before(text, m):
                        # "ordered diplomats from seven countries to leave", "ordered the regional bloc's
                        # special envoy out, giving him 72 hours": who, the next sentences tell
                        issuer = self.acting_body(self._acting_at(s, m))
                        self.untold = (s.index, self.time_in(s, m.start()), self._deadline_of(s, m.start(), deadlines),
                                       issuer)  # fmt: skip
                    continue
                head = text[: m.start()]
                intended = fx.IRREALIS.search(head, max(0, len(head) - 60))
                if intended and ANNOUNCED_FUTURE.search(head[: intended.start()]) and re.match(
                        r"will|would", intended.group(0), re.I) and not CONDITION.search(text):  # fmt: skip
                    intended = None  # "the presidency said 12 agents would be expelled": a decision, told ahead
                if not intended and m.group(0).startswith("be ") and not re.search(r"\b(?:to|will|would|could|should|"
                                                                       r"may|might|must|can|not|cannot)\s+$", head):
                    # "demanded on Wednesday that the deputy head be ordered out": a bare "be" is what was asked for
                    intended = MANDATIVE.search(head)
                if intended and not any(t in self.orders for t in targets):
                    if not fx.NEGATED.search(head[: intended.start()]):
                        self._intended(s, intended, targets)  # threatened or demanded, not ordered
                    continue
                if fx.NEGATED.search(head[-60:]):
                    continue  # "had not been asked to leave"
                if m.group(0).startswith("be ") and re.search(r"\bto\s+$", head):
                    continue  # "expect the diplomats to be ordered out": not (yet) done
                status = fx.status_before(head, until_document(text[m.start() :]))  # an attribution after the cue
                status = document_status(status, head, self._lead_in(s))  # "The document ... gave the envoy"
                denial = fx.DENIAL.search(head)
                for envoy in targets:
                    envoy = self._posted_elsewhere(s, m, envoy)
                    order = self.orders.get(envoy) or self._named_later(envoy, s) or self._same_group(envoy, s, m) \
                        or self._same_post(envoy, s, self._cue_state(s, m, self.entities[envoy].represents))
                    if order is not None and not order.roles.get("issuer"):
                        self._add_issuer(order, s, m)  # "Paris condemned the expulsion ... Algeria declared ..."
                    if order is None:
                        order = self._new_order(s, m, envoy, status, head)
                        if denial:
                            order.status = fx.stronger(order.status, "denied")
                    when = self.time_in(s, m.start(), self._cues(s))
                    if when and IN_PASSING.search(head) and when.span.start < s.start + m.start():
                        when = None  # the time of the act that answers it
                    same_day = SAME_DAY.search(AFTER_ANOTHER.sub("", head)) or SAME_DAY.search(self._lead_in(s))
                    if when is None and (same_day or SAME_DAY_AFTER.search(text, m.start())):
                        self.placed.append((order, s.index, 0))  # "Later the same day, ...": the day told before
                    elif when is None and (later := DAYS_LATER.search(head) or DAYS_LATER.search(self._lead_in(s))):
                        n = later.group("n")
                        self.placed.append((order, s.index, int(NUMBER_WORDS.get(n.lower(), n)) if n else 1))
                    self._complete(order, s, self._deadline_of(s, m.start(), deadlines), when)
                    if order not in found:
                        found.append(order)
        for m in NOMINAL_ORDER.finditer(text):
            near = self.last_orders and s.index - max(o.sentence for o in self.last_orders) <= 2
            # "announced the decision yesterday, two days after Malaysia expelled ...": that order is an earlier one
            own = [o for o in found if not SUBORDINATE.search(text, m.end(), o.trigger.start - s.start)]
            # ("The measures were announced on Tuesday by a spokesman, who said the consul ...": all of them)
            if (not own or m.group(0).endswith("s")) and self.last_orders and (near or not m.group("near")):
                for order in orders_meant(self, s, with_undated(self, s, self.last_orders), m.start()):
                    # "The expulsions continue a slide since the coup in 2022": not the clause's own time
                    self._complete(order, s, None, self.time_in(s, m.start()))
                    if order.roles.get("issuer") is None:
                        issuer = self.actor(s, len(text))
                        own = self.state_of((order.roles.get("sender") or [None])[0])
                        if issuer and (own is None or self.state_of(issuer) != own):  # the sender regrets, not orders
                            order.roles["issuer"] = [self.acting_body(issuer)]
        if not found and deadline:
            self._later_terms(s, deadline)
        if found and self.untold and 0 < s.index - self.untold[0] <= 2:
            _, told_time, told_deadline, told_issuer = self.untold
            for order in found:
                if order.status != "confirmed" or order.sentence != s.index:
                    continue
                order.time = order.time or told_time
                if order.deadline_hours is None and told_deadline:
                    order.deadline_hours = told_deadline[0]
                issuer = (order.roles.get("issuer") or [None])[0]
                sender = (order.roles.get("sender") or [None])[0]
                if told_issuer and (issuer is None or issuer == sender or self.state_of(issuer) is None
                                    and self.kind(issuer) not in ACTING_ORGS):  # fmt: skip
                    order.roles["issuer"] = [told_issuer]
                    host = self.state_of(told_issuer)
                    order.roles["host"] = [host] if host else []
        if found:
            self.last_orders, self.last_at = found, s.index
            verdict = fx.assessment_in(text)
            for order in found if verdict else []:
                if new := verdict_on(order.status, verdict, text, order.trigger.start - s.start):
                    order.status = new
                    order.assessments.append(Assessment(verdict, None, s.index))

    def _mutual(self, s: Sentence, deadlines: list) -> list[Event]:
        """"Each side has ordered three of the other's diplomats out": one order for each side, issued by
        one state of the pair the article is about and against the other."""
        text = s.text
        subject, m = MUTUAL.search(text), MUTUAL_OBJECT.search(text)
        cue = next((c for _, p, _ in EXPULSION_RE for c in [p.search(text)] if c), None)
        pair = [self.state_of(k) for k in ((self.last_orders[-1].roles.get(r) or [None])[0]
                                           for r in ("issuer", "sender"))] if self.last_orders else []  # fmt: skip
        if not (subject and m and cue and subject.start() < m.start() and len(set(pair)) == 2 and None not in pair):
            return []
        count = int(m.group(0).split()[0]) if m.group(0)[0].isdigit() else NUMBER_WORDS_ALL.index(
            m.group(0).split()[0].lower()) + 1
        noun = m.group("noun")
        orders = []
        for issuer, sender in (pair, pair[::-1]):
            label = f"{count} {self.finder.adjective(sender)} {noun}"
            key = f"group-{slug(label)}-{s.index}"
            self.entities[key] = Entity(key, label, "Person", role=noun.rstrip("s"), represents=sender,
                                        part_of=sender, count=count)  # fmt: skip
            order = self.new("ExpulsionOrder", s, cue.start(), cue.end(), status=fx.status_before(text[: cue.start()]),
                             roles={"envoy": [key], "issuer": [self.acting_body(issuer)], "sender": [sender],
                                    "host": [issuer]})  # fmt: skip
            order.label = f"expulsion order for the {label}"
            order.quantity = Quantity(float(count), label, unit="persons")
            self._complete(order, s, self._deadline_of(s, cue.start(), deadlines), self.time_in(s, cue.start()))
            self.orders[key] = order
            orders.append(order)
        self.tallies += orders
        return orders

    def _coordinated(self, s: Sentence, end: int, targets: list[str]) -> list[str]:
        """"expelled India's high commissioner and five other Indian diplomats": the envoys joined to the
        object by "and" (or "as well as") are objects too, not the start of another clause."""
        more = []
        while targets and (join := COORDINATE.match(s.text, end)):
            nxt = [x for x in self.finder.in_sentence(s.index) if x.start == s.start + join.end()]
            keys = self.envoys(nxt[:1])
            if not keys or keys[0] in targets + more:
                break
            more.append(keys[0])
            end = nxt[0].end - s.start
        return more

    def _affirmed(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions not under a negative quantifier: "no other envoy has been ordered out" orders no one."""
        return [x for x in mentions if not NO_ONE.search(self.text[max(0, x.start - 20) : x.start])]

    def _without_breakdown(self, targets: list[str]) -> list[str]:
        """"45 staff of the Russian embassy, 18 diplomats and 27 technical employees", "the three - two
        counsellors and an official": groups (and persons) that add up to the group named before them break it
        down; they are its members, not more people."""
        counts = [self.entities[k].count or 1 for k in targets]
        for i, whole in enumerate(counts):
            parts = counts[i + 1 :]
            if whole > 1 and len(parts) >= 2 and sum(parts) == whole:
                return targets[: i + 1]
        return targets

    def _named_later(self, envoy: str, s: Sentence) -> Event | None:
        """"a senior UN official" ordered out, then "Marguerite Ndoye, head of MINUSCA's civil affairs":
        a named person of the same body (or one of its parts) is the unnamed envoy of a recent order."""
        person = self.entities[envoy]
        if not person.name or person.count or ANOTHER.search(s.text):
            return None
        for key, order in reversed(list(self.orders.items())):
            earlier = self.entities[key]
            sender = (order.roles.get("sender") or [None])[0]
            if earlier.name or earlier.count or s.index - order.sentence > 2 or sender is None:
                continue
            if earlier.role != person.role and not GENERIC_ROLE.fullmatch(earlier.role or ""):
                continue  # "the ambassador" is not "the previous ambassador, Jean Mugabo"
            if sender in {person.represents, self.entities.get(person.represents or "", earlier).part_of}:
                order.roles["envoy"] = [envoy]
                order.roles["sender"] = [person.represents]  # the more precise body
                order.label = f"expulsion order for {person.name}"
                del self.orders[key]
                self.orders[envoy] = order
                return order
        return None

    def _add_issuer(self, order: Event, s: Sentence, m: re.Match) -> None:
        issuer = self.acting_body(self._acting_at(s, m))
        own = self.state_of((order.roles.get("sender") or [None])[0])
        if issuer and self.state_of(issuer) != own:
            order.roles["issuer"] = [issuer]
            host = self.state_of(issuer)
            order.roles["host"] = [host] if host else []

    def _cue_state(self, s: Sentence, m: re.Match, own: str | None = None) -> str | None:
        """The state that acts at the cue ``m``: the body named before it, else the government met last;
        never ``own``, the state of the envoy sent away."""
        state = self.state_of(self._acting_at(s, m) or self.last_gov(s))
        if state is not None and state == self.state_of(own):  # no state expels its own envoy
            state = self.state_of(self._other_actor(s, state))
        return state

    def _same_post(self, envoy: str, s: Sentence, acting: str | None = None) -> Event | None:
        """"the German envoy" expelled, then "the German ambassador" declared persona non grata; "the UN's
        most senior official" told to leave, then "the UN resident coordinator": one unnamed person of the
        same sender, told of again under a vaguer or a more exact title, is the person of the earlier order;
        "the expulsion of the French officials", then "12 employees of the French embassy": the group, counted;
        "the expulsion of the German envoy", then "Germany's ambassador, Jan Kricke, must leave": named."""
        person = self.entities[envoy]
        if ANOTHER.search(s.text) or not person.represents:
            return None
        for key, order in reversed(list(self.orders.items())):
            earlier = self.entities[key]
            # told again in a later paragraph: the same post expelled by the same state is the same order
            far = s.index - order.sentence > 2 and (acting is None or acting not in order.roles.get("host", []))
            elsewhere = acting and order.roles.get("host") and acting not in order.roles["host"]
            # "45 Polish diplomats" ordered out, then "the Polish staff": the whole staff is the group told before
            counted = earlier.count and not (COLLECTIVE.fullmatch(person.role or "") and not person.count)
            if earlier.name or counted or earlier.represents != person.represents or far or elsewhere:
                continue  # another person, or one sent away by another state
            chiefs = all(CHIEF_POST.fullmatch(p.role or "") for p in (earlier, person))
            if not chiefs and not any(GENERIC_POST.fullmatch(p.role or "") for p in (earlier, person)):
                continue  # "the ambassador" and "the defence attaché" are two people
            if person.count and not GENERIC_POST.fullmatch(earlier.role or ""):
                continue  # "the ambassador" is not one of "three diplomats"
            if (GENERIC_POST.fullmatch(earlier.role or "") or person.name) and not earlier.count:
                # the more exact title, count or name
                order.roles["envoy"] = [envoy]
                order.label = f"expulsion order for {person.name or 'the ' + person.label}"
                if person.count:
                    order.quantity = Quantity(float(person.count), person.label, unit="persons")
                del self.orders[key]
                self.orders[envoy] = order
            return order
        return None

    def _cues(self, s: Sentence) -> list[int]:
        """Where the sentence's cues that name whom they send away start."""
        return sorted({c.start() for _, pattern, where in EXPULSION_RE for c in pattern.finditer(s.text)
                       if where == "obj" and self.envoys(self.in_span(s, c.start("obj"), c.end("obj"), overhang=True))})

    def _deadline_of(self, s: Sentence, start: int, deadlines: list) -> tuple | None:
        """"ordered two diplomats to leave within ten days, in retaliation for the expulsion of two of its
        own", "gave the ambassador 72 hours to leave, and ordered the spokesman out within 48 hours": each
        deadline belongs to the last cue naming someone before it (one before every cue is everyone's)."""
        cues = self._cues(s)
        for deadline in deadlines:
            before = [c for c in cues if c <= deadline[1]]
            # "A was given a week, while B must be gone by Friday": a deadline is its own clause's
            other_clause = CLAUSE_BREAK.search(s.text, min(start, deadline[1]))
            other_clause = other_clause and other_clause.start() < max(start, deadline[1])
            if (not before or max(before) == start) and not self._new_subject(s, start, deadline[1]) \
                    and not other_clause:  # fmt: skip
                return deadline
        return None

    def _new_subject(self, s: Sentence, start: int, end: int) -> bool:
        """A clause of another actor between ``start`` and ``end``: "kicked out two diplomats, and Moscow
        answered in kind within 48 hours" (those hours are Moscow's, not the order's)."""
        return any(start < x.start - s.start < end and self.kind(x.key) in ACTOR_KINDS and x.how != "demonym"
                   and re.search(r"(?:,|\band|\bbut|\bwhile)\s+$", self.text[max(s.start, x.start - 8) : x.start])
                   and FINITE.match(self.text, x.end) for x in self.finder.in_sentence(s.index))  # fmt: skip

    def _later_terms(self, s: Sentence, deadline) -> None:
        """"He was given forty-eight hours to leave": the terms of a recent order, told in a later
        sentence about the same person (named, by role, or by a pronoun after they were just named)."""
        here = set(self.envoys(self.finder.in_sentence(s.index)))
        if here:
            orders = [o for o in self.last_orders if o.roles["envoy"][0] in here]
        elif TERMS_SUBJECT.match(s.text) or re.search(rf"\bthat\s+(?i:{TERMS_SUBJECT.pattern})", s.text):
            # "He was given ...", or what a source said of them: "The ministry said that the two men had to leave"
            near = set(self.envoys(self.finder.in_sentence(s.index - 1)))
            # the orders the sentence before told, or told again ("... declaring 40 employees persona non grata.
            # The staff must leave within two weeks")
            told = self.last_at == s.index - 1
            orders = [o for o in self.last_orders if o.roles["envoy"][0] in near or o.sentence == s.index - 1 or told]
        else:
            return
        for order in orders:
            self._complete(order, s, deadline, self.time_in(s))  # the day the terms were told, if none yet

    def part_of(self, body: str | None, whole: str | None) -> bool:
        """``body`` is ``whole`` or one of its parts (UNICEF of the UN), or either is unknown."""
        if body is None or whole is None:
            return True
        seen = set()
        while body and body not in seen:
            if body == whole:
                return True
            seen.add(body)
            body = self.entities[body].part_of
        return False

    def _same_group(self, envoy: str, s: Sentence, m: re.Match) -> Event | None:
        """"three Ivorian diplomats" in the headline, "three diplomats at the Ivorian embassy" in the
        lead: a group of the same size and sender is the group of the earlier order, told again."""
        group = self.entities[envoy]
        if not group.count or ANOTHER.search(s.text):
            return None
        acting = self._cue_state(s, m, group.represents)
        for key, order in self.orders.items():
            earlier = self.entities[key]
            if acting and order.roles.get("host") and acting not in order.roles["host"]:
                continue  # four diplomats sent away by the other side: the tit-for-tat answer
            senders = {earlier.represents, group.represents} - {None}
            # "three other members of Chad's embassy": the rest of a larger group already told
            alone = self.envoys(self.finder.in_sentence(s.index)) == [envoy]  # no one named beside them
            rest = alone and re.search(r"\bother\b", group.label) and (earlier.count or 0) > group.count
            if (earlier.count == group.count or rest) and len(senders) <= 1:
                if group.represents and not earlier.represents:
                    order.roles["sender"] = [group.represents]
                return order
        return None

    def _intended(self, s: Sentence, cue: re.Match, targets: list[str]) -> None:
        """An expulsion threatened, demanded or considered: a threat or an appeal, never an order."""
        # a threat said outright, or an expulsion that will follow if something goes on
        threat = re.match(r"threaten|vow|warn", cue.group(0), re.I) or re.match(r"will|would", cue.group(0), re.I) \
            and CONDITION.search(s.text)  # fmt: skip
        if not threat and not re.match(r"demand|urg|call|want|ask", cue.group(0), re.I):
            return  # planned, considered, possible: not yet said to anyone
        kind = "Threat" if threat else "Appeal"
        if any(e.kind == kind and e.sentence == s.index for e in self.events):
            return
        speaker = self.actor(s, cue.start(), persons=True)
        roles = {"target": targets}
        if speaker:
            roles["speaker"] = [speaker]
            state = self.state_of(speaker)
            if state:
                roles["on_behalf_of"] = [state]
        event = self.new(kind, s, cue.start(), cue.end(), roles=roles,
                         modality="threatened" if threat else "proposed")  # fmt: skip
        whom = self.entities[targets[0]]
        event.label = f"{'threat' if threat else 'call'} to expel the {whom.name or whom.label}"
        event.time = self.time_in(s)

    def _new_order(self, s: Sentence, m: re.Match, envoy: str, status: str, head: str) -> Event:
        issuer = self._acting_at(s, m)
        if issuer is None:
            # "was ordered out by the same authorities, and the Security Council has since ...": the agent is
            # the phrase right after "by", not a body named in a later clause
            passive = re.search(r"\bby\s+(?P<agent>[^,;]*?)(?=$|[,;]|\s+(?:and|after|who|which|as|over|for)\b)",
                                s.text[m.end() :])
            if passive:
                after = self.in_span(s, m.end() + passive.start("agent"), m.end() + passive.end("agent"))
                issuer = next((x.key for x in after if self.kind(x.key) in ACTOR_KINDS), None)
        if issuer is None and self._lead_in(s):
            # "It is not the first time Somalia has turned on an envoy. The president's predecessor declared ...":
            # the paragraph's subject acts, through whoever the sentence names
            lead = acts.subject_of(self, s.index - 1)
            issuer = lead if lead and self.kind(lead) in ACTOR_KINDS else None
        if ANOTHER.search(s.text) and self.last_orders and (issuer is None or self._only_anaphor(s, issuer)):
            # "the defence attaché has also been told to leave", "the government also told a consul to leave":
            # by whoever gave the order just told
            issuer = (self.last_orders[-1].roles.get("issuer") or [issuer])[0]
        if issuer is None:
            issuer = self.last_gov(s) or self.finder.main_state  # the government met so far, else the story's state
        issuer = self.acting_body(issuer)
        e = self.entities[envoy]
        own = self.state_of(e.represents)
        if issuer is not None and issuer == e.represents and self.kind(issuer) in ACTING_ORGS:
            # "the envoy of ECOWAS (ECOWAS) had been declared persona non grata": no body expels its own envoy
            issuer = self.acting_body(self.last_gov(s)) if self.last_gov(s) != issuer else None
        if own and (issuer is None or self.state_of(issuer) == own):
            issuer = self._other_actor(s, own)  # no state expels its own envoy from itself
        host = self._mission_host(s, e.represents)
        if host and self.state_of(issuer) != host:
            issuer = self.acting_body(host)  # a mission's staff are sent away by the state it works in
        posted = self._posted_in(s, envoy)
        if posted and posted != own and (issuer is None or self.state_of(issuer) not in {None, posted}):
            issuer = self.acting_body(posted)  # "the deputy head of the US embassy in Baku": by Azerbaijan
        roles = {"envoy": [envoy]}
        if issuer:
            roles["issuer"] = [issuer]
        sender = e.represents
        if sender:
            roles["sender"] = [sender]
        host = self.state_of(issuer)
        if host:
            roles["host"] = [host]
        order = self.new("ExpulsionOrder", s, m.start(), m.end(), status=status, roles=roles)
        order.label = f"expulsion order for the {e.label}" if not e.name else f"expulsion order for {e.name}"
        if e.count:
            order.quantity = Quantity(float(e.count), e.label, unit="persons")
        if RETALIATION.search(s.text):
            order.label = f"retaliatory {order.label}"
        if status in fx.RELAYED:
            order.reported_by = self._reports_source()
        self.orders[envoy] = order
        return order

    def _only_anaphor(self, s: Sentence, key: str) -> bool:
        """``key`` is named in sentence ``s`` only as "the government", "the authorities" (a guess)."""
        here = [x for x in self.finder.in_sentence(s.index) if x.key == key]
        return bool(here) and all(x.how == "anaphor" for x in here)

    def _posted_in(self, s: Sentence, envoy: str) -> str | None:
        """The state an envoy is posted in, as the sentence describes them: "the deputy head of the US
        embassy in Baku", "the American ambassador to Bolivia"."""
        for x in self.finder.in_sentence(s.index):
            if x.key != envoy:
                continue
            for y in self.finder.in_sentence(s.index):
                if x.start < y.start and y.end <= x.end and self.kind(y.key) == "State" and \
                        re.search(r"\b(?:in|to)\s+$", self.text[y.start - 4 : y.start]):  # fmt: skip
                    return y.key
        return None

    def _mission_host(self, s: Sentence, sender: str | None) -> str | None:
        """The host of the mission of ``sender`` the sentence names ("the spokesman of the UN mission, MONUSCO")."""
        for x in self.finder.in_sentence(s.index):
            if self.kind(x.key) == "InternationalMission" and sender in {x.key, self.entities[x.key].part_of}:
                return self.finder.mission_host(x.key)
        return None

    def _posted_elsewhere(self, s: Sentence, m: re.Match, envoy: str) -> str:
        """"Estonia expelled the Russian ambassador ... Latvia said Russia's ambassador in Riga must leave":
        an unnamed post already expelled by one state, now expelled by another, is held by another person."""
        order, person = self.orders.get(envoy), self.entities[envoy]
        if order is None or person.name or person.count:
            return envoy
        issuer = self.state_of(self._acting_at(s, m))
        host = (order.roles.get("host") or [None])[0]
        if issuer is None or host is None or issuer in {host, self.state_of(person.represents)}:
            return envoy
        key = f"{envoy}-in-{issuer.lower()}"
        if key not in self.entities:
            self.entities[key] = Entity(key, f"{person.label} in {self.entities[issuer].label}", "Person",
                                        role=person.role, represents=person.represents, part_of=person.part_of)
        for x in self.in_span(s, m.start(), len(s.text)) + self.in_span(s, 0, m.start()):
            if x.key == envoy:  # this mention names the other person
                x.key = key
                span = Span(x.start, x.end)
                if span in person.mentions:
                    person.mentions.remove(span)
                self.entities[key].mentions.append(span)
                break
        return key

    def _acting_at(self, s: Sentence, m: re.Match) -> str | None:
        """Who acts at the cue ``m``: the owner of an expulsion noun, else the body named before the cue."""
        return self._agent_of_noun(s, m) or self.actor(s, m.start(), leaders=True)

    def _agent_of_noun(self, s: Sentence, m: re.Match) -> str | None:
        """"Managua's expulsion of the EU envoy", "the junta's decision to expel": the owner of the noun acts."""
        owner = re.search(rf"{POSS}\s+(?:[\w-]+\s+){{0,2}}?$", s.text[: m.start()])
        if owner is None or not re.match(r"expulsion|order|decision|request|letter|demand", m.group(0)):
            return None
        at = s.start + owner.start()
        body = [x.key for x in self.finder.in_sentence(s.index) if x.end == at and self.kind(x.key) in ACTOR_KINDS]
        return body[0] if body else None

    def _other_actor(self, s: Sentence, own: str) -> str | None:
        """"Berlin reacted with regret. ... it had asked Chad's ambassador to leave": the nearest
        acting body of another state, in this sentence or the two before."""
        for m in reversed(self.mentions):
            if m.sentence > s.index or m.sentence < s.index - 2 or m.how == "demonym":
                continue
            if self.kind(m.key) in ACTOR_KINDS and self.state_of(m.key) not in {own, None}:
                return self.acting_body(m.key)
        return None

    def _reports_source(self) -> str:
        self.entities.setdefault("reports", Entity("reports", "unnamed reports", "UnresolvedAgent"))
        return "reports"

    def _complete(self, order: Event, s: Sentence, deadline, time: TimeExpression | None) -> None:
        if deadline and order.deadline_hours is None:
            order.deadline_hours = deadline[0]
            if order.sentence != s.index:
                order.sentence = s.index  # the sentence that states the terms is the best evidence
        tentative = any(order.time is t for t in self.said_times)
        # "last week", then "last Friday": the day, once a later sentence gives it
        tentative = tentative or order.time is not None and not (order.time.value or order.time.year) \
            and time is not None and time.value is not None  # fmt: skip
        # (a time said of a speaker gives way to a day, not to a year)
        if time and (order.time is None or tentative and time.value) and order.status == "confirmed":
            order.time = time

    def _assess_earlier(self, s: Sentence) -> None:
        """"authorities have since declared these reports as unauthenticated"."""
        verdict = fx.assessment_in(s.text)
        if verdict is None or not fx.ABOUT_REPORTS.search(s.text):
            return
        assessor = self.actor(s, fx.ABOUT_REPORTS.search(s.text).start(), persons=True)
        if assessor is None:
            first = self.finder.in_sentence(s.index)
            assessor = first[0].key if first and self.kind(first[0].key) == "UnresolvedAgent" else None
        for event in self.events:
            by = self.entities.get(event.reported_by or "")
            unnamed = by is not None and by.kind == "UnresolvedAgent"
            if event.status in fx.RELAYED and unnamed and s.index - event.sentence <= 2:
                event.status = verdict
                event.assessments.append(Assessment(verdict, assessor, s.index))


def _kebab(kind: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", kind).lower()
