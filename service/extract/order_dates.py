"""The day of an order told without one: from the sentences around it that tell it again in the issuer's voice,
lead into it, or place it by a day told before ("Hours later, ...", "The following day, ...")."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from service.extract import acts
from service.extract.delivery_days import date_deliveries
from service.extract.facts import TimeExpression
from service.extract.lexicon import POSS
from service.extract.timex import find_times, within

if TYPE_CHECKING:
    from service.extract.events import EventFinder
    from service.extract.facts import Event, Sentence

#: how many sentences before the orders told last may tell orders given with them
TOLD_WITH = 2
#: a sentence that only says when the story began: "The dispute began on Friday.", "The row erupted on Monday."
STORY_BEGAN = re.compile(r"^The\s+(?:[\w-]+\s+)?(?:dispute|row|crisis|spat|stand-?off|quarrel|feud|affair)\s+"
                         r"(?:began|started|erupted|broke\s+out|flared(?:\s+up)?)\b")

#: a sentence whose subject is the order's own document: "The communiqué, dated Monday,", "The decree, signed on"
DOCUMENT_SUBJECT = re.compile(r"The\s+(?:[\w-]+\s+)?(?:order|decree|communiqu[ée]|statement|letter|note|decision|"
                              r"notification)\b(?!\s+of\b)")

#: an order given on its own occasion: "was told separately", "in a separate decision"
SEPARATE = re.compile(r"\b(?:separately|in\s+a\s+separate\s+(?:decision|move|order|letter|note|step))\b", re.I)
#: a source cited just before a name: "According to ECOWAS, ..."
ATTRIBUTION = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$")
#: an act named by its owner's noun, with its day right after the noun: "Rabat's decision last Friday to expel"
OWNED_ACT = re.compile(rf"{POSS}\s+(?:decision|move|bid|order|choice)\s+$")


def owned_act_day(f: EventFinder, s: Sentence, states: set[str]) -> TimeExpression | None:
    """The day of an act of ``states`` that ``s`` names by its noun ("in response to Rabat's decision last Friday
    to expel two Spanish staff"): the day of that side's order, told in full afterwards."""
    for t in find_times(s.text, s.start, f.anchor, f.same_day):
        if not (t.value and OWNED_ACT.search(f.text, s.start, t.span.start) and f.text.startswith(" to ", t.span.end)):
            continue
        owner = [x.key for x in f.finder.in_sentence(s.index) if x.end <= t.span.start][-1:]
        if owner and f.side(owner[0]) in states:
            return t
    return None


def propagate_dates(f: EventFinder) -> None:
    """An order told without its day gets it from the sentences that follow and tell it again in the
    issuer's voice ("Saudi Arabia has given the ambassador 24 hours to leave. The foreign ministry
    said on Sunday ..."), or that lead into it in the same paragraph ("Paris hit back on Tuesday. The Elysee
    said ..."); or, when placed by the day told before it ("Hours later, ...", "Later the same day"), from
    the order told last."""
    days_later = [o for o, _, days in f.placed if days]  # "A day later, ...": not the day told before
    # "Within hours, ...": the day told before it, never one told after
    same_day = [o for o, _, days in f.placed if not days]
    for order in sorted(f.orders.values(), key=lambda o: o.sentence):
        if order.time is not None and order.time.value or order.status != "confirmed" or order in days_later + \
                f.tallies:
            continue
        s = f.sentences[order.sentence]
        if SEPARATE.search(s.text):
            continue  # "the consul was told separately": another occasion, whose day the text does not give
        # the sentences leading into it in its paragraph, nearest first ("The Czech government had acted on
        # Saturday. It said the 18 were spies. They were given 48 hours"), or the story's opening sentence,
        # which sums it up
        lead = [b for b in reversed(f.sentences[: order.sentence])
                if "\n" not in f.text[b.end : s.start] or b.index == order.sentence - 1 == f._opening()]
        issuer = (order.roles.get("issuer") or [None])[0]
        states = {f.side(issuer), issuer} - {None}
        # "The cabinet decided on Thursday that the ambassador must leave. The consuls were told to depart":
        # orders told one after the other by the same side, the first with its day, were given together
        together = [o for o in f.orders.values() if o is not order and o.status == "confirmed" and
                    o.sentence in {b.index for b in lead} and o.time is not None and o.time.value and
                    f.side((o.roles.get("issuer") or [None])[0]) in states]  # fmt: skip
        if together and within(together[0].time, order.time):
            order.time = together[0].time
            continue
        for later in lead + ([] if order in same_day else f.sentences[order.sentence + 1 : order.sentence + 3]):
            if later in lead and (owned := owned_act_day(f, later, states)) and within(owned, order.time):
                order.time = owned
                break
            if later.heading or any(o.sentence == later.index and o is not order for o in f.orders.values()):
                break  # another order's sentence tells of that one
            subject = acts.subject_of(f, later.index)
            began = later.index == order.sentence - 1 and later in lead and STORY_BEGAN.match(later.text)
            if not began and not retells(f, later, order) and (
                    subject is None or not {f.side(subject), f.acting_body(subject)} & states):  # fmt: skip
                continue
            time = f.time_in(later, len(later.text)) or f.time_in(later)  # the told time, else the first
            if time is not None and time.value and within(time, order.time):
                order.time = time
                break
    for order, index, days in f.placed:
        # "Later the same day, ... the consul must depart": the day of the order told last before it;
        # "The following day, ...": the day after it
        dated = [o for o in f.orders.values() if o.sentence < index + (days == 0) and o.time is not None
                 and o.time.value and o is not order]  # fmt: skip
        if order.time is None and dated:
            told = max(dated, key=lambda o: o.sentence).time
            order.time = told if not days else TimeExpression(
                told.text, told.span, told.value + timedelta(days=days), method="relative-to-dateline")


def retells(f: EventFinder, s: Sentence, order: Event) -> bool:
    """``s`` tells the order again by its document ("The communiqué, dated Monday, ...", "The order, which a
    spokesman read out on Monday, ...") or by its envoy as the subject ("The ambassador, Paul Houngbo, was handed
    the letter on Wednesday")."""
    if DOCUMENT_SUBJECT.match(s.text):
        return True
    # (the envoy opening the sentence, not one of the names a note lists: "According to a note ..., the three are")
    opening = f.finder.in_sentence(s.index)[:1]
    return bool(opening) and opening[0].start - s.start <= 4 and opening[0].key in order.roles.get("envoy", [])


def orders_meant(f: EventFinder, s: Sentence, orders: list[Event], before: int) -> list[Event]:
    """The orders a sentence speaking of "the order" or "the decision" (at ``before``) means: "Germany expelled X
    after Chad expelled Y. Berlin said on Tuesday it had informed X of the decision": those issued by the sentence's
    subject; else all but those sent to a subject named before ("Lima condemned the order on Tuesday" speaks of
    Bolivia's order, on a day of its own; the envoy's own words are no state's)."""
    first = acts.subject_of(f, s.index)
    subject = f.side(first)
    own = [o for o in orders if subject and f.side((o.roles.get("issuer") or [None])[0]) == subject]
    # (a source cited is no speaker: "According to ECOWAS, the order was delivered on Wednesday"; nor is "a
    # government spokesman", whose state the words do not name)
    named_before = any(
        x.key == first and x.start < s.start + before and f.finder.gaz.pattern.search(f.text, x.start, x.end)
        and not ATTRIBUTION.search(f.text, s.start, x.start) for x in f.finder.in_sentence(s.index))
    speaker = subject if named_before and not any(first in o.roles.get("envoy", []) for o in orders) else None
    return own or [o for o in orders if not speaker or f.side((o.roles.get("sender") or [None])[0]) != speaker]


def with_undated(f: EventFinder, s: Sentence, orders: list[Event]) -> list[Event]:
    """``orders`` (told last) and the undated orders by the same side told in the sentences just before them:
    "The attaché was given 48 hours. The consul was allowed a week. The notes were handed over on Thursday"
    dates both."""
    sides = {f.side((o.roles.get("issuer") or [None])[0]) for o in orders} - {None}
    first = min((o.sentence for o in orders), default=s.index)
    undated = [o for o in f.events if o.kind == "ExpulsionOrder" and o not in orders and o.status == "confirmed"
               and (o.time is None or not o.time.value) and first - TOLD_WITH <= o.sentence < first
               and f.side((o.roles.get("issuer") or [None])[0]) in sides]  # fmt: skip
    return undated + orders


def date_relayed_orders(f: EventFinder) -> None:
    """A report, a claim or a forgery: when it was said is not when anyone ordered; only a day inside the
    order's own words ("the chargé d'affaires was told on Friday to leave", as a newspaper has it) is its day."""
    for order in f.events:
        if order.kind == "ExpulsionOrder" and order.status != "confirmed":
            cue = f.text[order.trigger.start : order.trigger.end]
            order.time = next(iter(find_times(cue, order.trigger.start, f.anchor, f.same_day)), None)
    date_deliveries(f)  # last: the day of a delivery told after the announcement outranks the announcement's
