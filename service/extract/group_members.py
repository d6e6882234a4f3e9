"""A counted group ordered out, then its members told one by one: "Chad has ordered three Sudanese diplomats
out. The military attaché ... was given 48 hours. The first secretary has 72 hours, while the consul ...".

The members' own orders replace the group's: each keeps its own terms and takes from the group what it does
not say (the issuer, the day); the group counts down by the members told and goes when none is left.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from service.extract import lexicon as lx
from service.extract.facts import Event, Quantity

if TYPE_CHECKING:
    from service.extract.events import EventFinder
    from service.extract.facts import Sentence

#: how far after the group, or after the member told last, the next member is told: the next sentence or the one
#: after ("three diplomats ... The chargé has 72 hours. The attaché must leave. A third official has until ...")
REACH = 2
#: a list of a group's members: "named", "including", "the three are"
MEMBERS = re.compile(
    r"(?<!not )\b(?:named|listed|included|including|among them|on the list|identified as|were:|are:)\b"
    r"|\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:are|were|include)\b|\bthey\s+are\b",
    re.I,
)
#: the members' names in an apposition right after their group: "two staff members of the embassy, Hossein
#: Karimi and Reza Mousavi, persona non grata", "three diplomats, A, B and C, were given 48 hours"; each maybe with
#: its post's place: "the two consuls, A in Kankan and B in Labé,"
_MEMBER = rf"{lx.NAME}{lx.LOCATIVE}?"
APPOSED_NAMES = re.compile(rf",\s+{_MEMBER}(?:,\s+{_MEMBER})*,?\s+and\s+{_MEMBER}\s*(?:,|\)|[-–—])")
#: a group told as more people than the one before it: "six further members of the embassy's staff"
EXTRA = re.compile(r"\b(?:further|other|more|additional)\b", re.I)


def members_told_after(f: EventFinder, s: Sentence, new: list[Event]) -> None:
    """Make the orders just found in ``s`` members of a counted group ordered out shortly before, when they
    are for envoys of the same sender sent away by the same state."""
    # "it also expelled the ambassador": one more order, not a member, unless it tells exactly the ones left
    # ("four diplomats ... three embassy employees ... the consul was told separately")
    another = lx.ANOTHER.search(s.text)
    orders = [o for o in f.events if o.kind == "ExpulsionOrder" and o.roles.get("envoy")]
    for group_order in [o for o in orders if o not in new]:
        group = f.entities[group_order.roles["envoy"][0]]
        left = _left(f, group_order)
        if (group.count or 0) < 2 or left < 1 or not 0 < s.index - _last_told(f, group_order) <= REACH:
            continue
        members = [o for o in new if o in orders and o in f.events and _may_belong(f, o, group_order, left)]
        if another and (len(members) < len(new) or sum(f.entities[o.roles["envoy"][0]].count or 1 for o in members)
                        != left):  # fmt: skip
            continue
        for member in members:
            # what the member's sentence does not say is the group's: "the two military attachés were given
            # five days" are of its sender, ordered out by its issuer
            for role in ("sender", "issuer", "host"):
                if not member.roles.get(role) and group_order.roles.get(role):
                    member.roles[role] = list(group_order.roles[role])
            person = f.entities[member.roles["envoy"][0]]
            person.represents = person.represents or group.represents
            member.time = member.time or group_order.time
        use_up(f, group_order, group, [o.roles["envoy"][0] for o in members])
        if members:
            _MEMBER_TOLD_IN.setdefault(f, {})[group_order.id] = s.index


def members_listed(f: EventFinder, s: Sentence) -> None:
    """A group order ("the seven") followed by the names of those expelled."""
    # a list of names follows its group closely: "including" three paragraphs on is about something else
    groups = [o for o in f.last_orders if f.entities[o.roles["envoy"][0]].count and s.index - o.sentence <= 2]
    if groups:
        f.group_order = groups[0]
    group_order = f.group_order
    if group_order is None or not (MEMBERS.search(s.text) or APPOSED_NAMES.search(s.text)):
        f.group_order = None
        return
    group = f.entities[group_order.roles["envoy"][0]]
    # (a group as many as the group is the group told again: "two embassy employees ... two staff members, A and B")
    members = [k for k in f.envoys(f.finder.in_sentence(s.index)) if k not in f.orders
               and f.part_of(f.entities[k].represents, group.represents) and f.entities[k].count != group.count]
    if len(members) < (group.count or 0):  # bare names in the list belong to the group
        named = f.finder.named_members(s, group.represents, group.role)
        members += named[: group.count - len(members)]
    for key in members:
        member = Event(**{**group_order.__dict__, "id": "", "roles": dict(group_order.roles),
                          "assessments": list(group_order.assessments)})  # fmt: skip
        member.roles["envoy"] = [key]
        e = f.entities[key]
        member.roles["sender"] = [e.represents] if e.represents else []
        member.quantity = Quantity(float(e.count), e.label, unit="persons") if e.count else None
        member.label = f"expulsion order for {e.name or 'the ' + e.label}"
        member.id = f"expulsion-order-member-{key}"
        f.events.append(member)
        f.orders[key] = member
        f.last_orders.append(member)
    use_up(f, group_order, group, members)


def use_up(f: EventFinder, group_order: Event, group, members: list[str]) -> None:
    """Count ``members`` out of the group; with none left, the group's order is theirs and goes."""
    rest = _left(f, group_order) - sum(f.entities[k].count or 1 for k in members)
    if members and rest > 0 and group_order in f.events:
        # "six Indian diplomats, among them the high commissioner": the others remain a group of five
        group_order.quantity = Quantity(float(rest), f"{rest} other {group.role or 'person'}s", unit="persons")
        group_order.label = f"expulsion order for {rest} other {group.label.split(None, 1)[-1]}"
    elif members and group_order in f.events:
        f.events.remove(group_order)
        if group_order in f.last_orders:
            f.last_orders.remove(group_order)
        f.orders = {k: o for k, o in f.orders.items() if o is not group_order}


def _left(f: EventFinder, order: Event) -> int:
    """How many of a group are not yet told by name or post."""
    return int(order.quantity.value) if order.quantity else f.entities[order.roles["envoy"][0]].count or 0


#: per finder, the sentence that told a group's latest member (by the group order's id)
_MEMBER_TOLD_IN: WeakKeyDictionary = WeakKeyDictionary()


def _last_told(f: EventFinder, group_order: Event) -> int:
    """The sentence that told the group or, later, the last of its members told one by one."""
    return max(_told_in(f, group_order), _MEMBER_TOLD_IN.get(f, {}).get(group_order.id, -1))


def _told_in(f: EventFinder, order: Event) -> int:
    """The sentence whose cue told the order (its ``sentence`` may have moved to where its terms are)."""
    return next((x.index for x in f.sentences if x.start <= order.trigger.start < x.end), order.sentence)


def _may_belong(f: EventFinder, order: Event, group_order: Event, left: int) -> bool:
    """``order`` is for one of the group: fewer people than are left, the same sender, the same issuing state
    and the same standing (a claim does not tell a member of a confirmed group)."""
    person = f.entities[order.roles["envoy"][0]]
    if (person.count or 1) > left or person.count and EXTRA.search(person.label):
        return False
    sender = f.state_of((order.roles.get("sender") or [None])[0]) or (order.roles.get("sender") or [None])[0]
    group_sender = f.state_of((group_order.roles.get("sender") or [None])[0])
    hosts = order.roles.get("host") or []
    same_host = not hosts or hosts == group_order.roles.get("host")
    return sender in {None, group_sender} and same_host and order.status == group_order.status
