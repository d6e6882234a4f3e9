"""A person named first, their post told by a relative clause: "Ihar Zhuk, who heads the consular section of
the embassy in Vilnius", "Henrik Vasstrand, a Norwegian national who runs the mission's political affairs
division", "Nicola Ferrante, who has led the delegation since 2021".

The post's sender is the body the clause names ("of the Danish embassy", "the UN mission"), else the sender of
the envoys just told ("the embassy", "the mission's"). The person is the unnamed head of that sender met
last, if there is one (the name it was waiting for); else a new envoy of that sender.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract import lexicon as lx
from service.extract.facts import Mention

if TYPE_CHECKING:
    from service.extract.facts import Sentence
    from service.extract.mentions import MentionFinder

#: the unit a person heads, as the clause calls it
UNIT = re.compile(r"\b(?:mission|office|delegation|team|agency|operation|embassy|consulate|division|section|"
                  r"department|unit|service)\b")
#: "NAME, who heads the ...", "NAME, a Norwegian national who runs the ..."
NAME_WHO_HEADS = re.compile(
    rf"(?P<name>{lx.NAME}),\s+(?:an?\s+[^,;]{{0,60}}?\s+)?who\s+(?:has\s+|had\s+)?"
    r"(?:heads|headed|head|runs|ran|run|leads|led|lead|directs|directed)\s+(?:the|its|a)\s+"
    r"(?P<unit>[^,;.]{0,80})"
)
#: posts an unnamed head may have been told by: "the head of the UN mission", "a senior official"
HEADS = lx.GENERIC_ROLES | {"head of mission", "deputy head of mission"}


def name_post_holders(finder: MentionFinder, s: Sentence, claim) -> None:
    """Name, or add, the person each "NAME, who heads ..." clause of ``s`` tells of."""
    for m in NAME_WHO_HEADS.finditer(s.text):
        name = finder.clean_name(m.group("name"))
        unit = UNIT.search(m.group("unit"))
        sender = _sender(finder, s, m) if name and unit else None
        if sender is None or not claim(m, "name"):
            continue
        head = finder.entities.get(_unnamed_head(finder, sender) or "")
        # (the post known by its title gets the name; a new post is the unit's head)
        key = finder.person(head.role, head.represents, name) if head else \
            finder.person(f"head of {unit.group(0)}", sender, name)  # fmt: skip
        finder.mentions.append(Mention(key, s.start + m.start("name"), s.start + m.end("name"), s.index, "name"))


def _sender(finder: MentionFinder, s: Sentence, m: re.Match) -> str | None:
    """The body the clause names inside its unit ("the Danish embassy", "the UN mission"), else, for a bare
    unit ("the embassy", "the mission's division"), the sender of the envoys just told."""
    a, b = s.start + m.start("unit"), s.start + m.end("unit")
    for x in finder.in_sentence(s.index):
        entity = finder.entities[x.key]
        placed = re.search(r"\b(?:in|at|near)\s+$", finder.text[max(0, x.start - 6) : x.start])
        # ("the embassy in Vilnius" is no Lithuanian embassy)
        if a <= x.start < b and not placed and entity.kind in {"State", "InternationalOrganization",
                                                                "InternationalMission"}:  # fmt: skip
            return finder.organisation(x.key)
    return finder.envoy_sender(s, m.start())


def _unnamed_head(finder: MentionFinder, sender: str) -> str | None:
    """The envoy met last, when it is an unnamed head (or a vaguer post) of ``sender``."""
    key = finder.last.get("envoy")
    e = finder.entities.get(key or "")
    if e is None or e.name or e.count or lx.singular(e.role or "") not in HEADS:
        return None
    return key if sender in {e.represents, finder.organisation(e.represents)} else None
