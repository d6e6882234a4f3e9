"""The day of an order told without one: from the sentences around it that tell it again in the issuer's voice,
lead into it, or place it by a day told before ("Hours later, ...", "The following day, ...")."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from service.extract import acts
from service.extract.facts import TimeExpression
from service.extract.timex import find_times

if TYPE_CHECKING:
    from service.extract.events import EventFinder
    from service.extract.facts import Event, Sentence

#: how many sentences before the orders told last may tell orders given with them
TOLD_WITH = 2
#: a sentence that only says when the story began: "The dispute began on Friday.", "The row erupted on Monday."
STORY_BEGAN = re.compile(r"^The\s+(?:[\w-]+\s+)?(?:dispute|row|crisis|spat|stand-?off|quarrel|feud|affair)\s+"
                         r"(?:began|started|erupted|broke\s+out|flared(?:\s+up)?)\b")


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
            if later.heading or any(o.sentence == later.index and o is not order for o in f.orders.values()):
                break  # another order's sentence tells of that one
            subject = acts.subject_of(f, later.index)
            began = later.index == order.sentence - 1 and later in lead and STORY_BEGAN.match(later.text)
            if not began and (subject is None or not {f.side(subject), f.acting_body(subject)} & states):
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


def within(day: TimeExpression, coarse: TimeExpression | None) -> bool:
    """A day fits what is already known: "In March" is no Thursday in September."""
    if coarse is None or coarse.year is None:
        return True
    return day.value.year == coarse.year and coarse.month in {None, day.value.month}


def date_relayed_orders(f: EventFinder) -> None:
    """A report, a claim or a forgery: when it was said is not when anyone ordered; only a day inside the
    order's own words ("the chargé d'affaires was told on Friday to leave", as a newspaper has it) is its day."""
    for order in f.events:
        if order.kind == "ExpulsionOrder" and order.status != "confirmed":
            cue = f.text[order.trigger.start : order.trigger.end]
            order.time = next(iter(find_times(cue, order.trigger.start, f.anchor, f.same_day)), None)
