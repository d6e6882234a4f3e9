"""The day an order was delivered, told after the day it was announced: "Romania has expelled five staff, the
ministry said on Thursday. The ambassador was called in on Wednesday and handed the decision." The order dates from
its delivery (a note handed over, an envoy told or notified, a visa revoked), never later than its announcement."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract.timex import find_times, within

if TYPE_CHECKING:
    from service.extract.events import EventFinder
    from service.extract.facts import Event, TimeExpression

#: how many sentences after an order's own may tell its delivery
DELIVERY_WINDOW = 3
#: the sending side's answers, whose notes are handed the other way ("summoned the ambassador on Monday and handed
#: him a protest note")
ANSWERS = {"Summons", "Recall"}
#: the passive of handing an order to its envoy: "was told", "had been notified", "were formally handed"
_RECEIVED = r"(?:was|were|been)\s+(?:\w+ly\s+)?(?:told|informed|notified|handed|served|given)"
#: the order's paper handed over: "A note verbale handed to the embassy", "the decree was delivered"
_PAPER_HANDED = (r"(?:note(?:\s+verbale)?|letter|decision|decree|order|notice|notification)\s+"
                 r"(?:(?:was|were|had\s+been)\s+)?(?:handed|delivered|served|sent)")  # fmt: skip
#: the envoy's right to stay withdrawn: "his visa was revoked", "their accreditation had been withdrawn"
_LEAVE_WITHDRAWN = r"(?:visa|accreditation)s?\s+(?:was|were|had\s+been)\s+(?:revoked|withdrawn|cancelled)"
DELIVERY = re.compile(rf"\b(?:{_RECEIVED}|{_PAPER_HANDED}|{_LEAVE_WITHDRAWN})\b")
#: words that make the day another's: a deadline ("told to leave by Friday") or an occasion ("handed a note after
#: guards opened fire on Monday")
_OTHER_DAY = r"\b(?:by|until|before|after|since|when|leave|depart|gone)\b"
#: the delivery clause running up to the day, close and with no clause break between ("handed to the embassy on
#: Wednesday")
DELIVERED_BEFORE = re.compile(rf"{DELIVERY.pattern}(?:(?!{_OTHER_DAY})[^,;.]){{0,60}}$")
#: the delivery told just after the day: "was called in on Wednesday and handed the decision"
DELIVERED_AFTER = re.compile(r"\s+and\s+(?:was\s+|were\s+)?(?:handed|given|served|notified|told)\b")


def delivery_day(f: EventFinder, order: Event, window: int) -> TimeExpression | None:
    """The first day told as the delivery of an order in its sentence or the ``window`` sentences after it,
    stopping at a sentence that tells another order, names another order's sender or tells the sender's answer
    (a summons, a recall)."""
    others = [o for o in f.orders.values() if o is not order]
    sender = f.side((order.roles.get("sender") or [None])[0])
    # a sentence naming the sender of another side's order tells that order's delivery
    foreign = {f.side((o.roles.get("sender") or [None])[0]) for o in others} - {sender, None}
    answered = {e.sentence for e in f.events if e.kind in ANSWERS and sender in e.roles.get("on_behalf_of", [])}
    stops = {o.sentence for o in others} | answered
    for s in f.sentences[order.sentence : order.sentence + 1 + window]:
        named = {f.side(x.key) for x in f.finder.in_sentence(s.index)}
        if s.index != order.sentence and (s.index in stops or s.heading or named & foreign):
            return None
        for t in find_times(s.text, s.start, f.anchor, f.same_day):
            if t.value and (DELIVERED_BEFORE.search(f.text, s.start, t.span.start)
                            or DELIVERED_AFTER.match(f.text, t.span.end)):  # fmt: skip
                return t
    return None


def date_deliveries(f: EventFinder) -> None:
    """Confirmed orders take the day of their delivery told in their sentence or those after it, rather than the
    day of the announcement; a relayed order only from its own sentence, where the report quotes
    the order's own words ("The diplomat was told on Monday to leave")."""
    for order in f.events:
        if order.kind != "ExpulsionOrder":
            continue
        day = delivery_day(f, order, DELIVERY_WINDOW if order.status == "confirmed" else 0)
        if day is not None and day.value <= f.anchor and within(day, order.time):
            order.time = day
