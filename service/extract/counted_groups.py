"""Counted groups of people: "two Ivorian diplomats", "some 14 members of staff at Minsk's embassy", "three of his
colleagues", "six further members of the embassy's diplomatic staff", "four of its diplomats".

Each is one entity with its count; its sender is the state the words name (a capital owning an embassy
included), else, for "of his/her" and "the embassy's", the sender of the envoys just told, and for "of its/their"
the embassy named before or the sentence's subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract import lexicon as lx
from service.extract.facts import Entity
from service.extract.quantities import parse_number

if TYPE_CHECKING:
    from service.extract.facts import Sentence
    from service.extract.mentions import MentionFinder


def add_counted_groups(finder: MentionFinder, s: Sentence, claim, sender) -> None:
    """The counted groups of ``s``; ``sender`` reads a state's name into its key (a capital only as an owner)."""
    from service.extract.mentions import slug  # (here: the mention finder imports this module)

    for m in finder.p["group"].finditer(s.text):
        if not claim(m):
            continue
        form = m.group("st") or m.group("st2") or m.group("st3") or m.group("st4") or m.group("st5")
        # (a capital owns its embassy: "Minsk's embassy" is Belarus's)
        who = sender(form, owner=bool(m.group("poss")) and form == m.group("st2")) if form else None
        if who is None and (m.group("own") or re.search(r"\bof\s+(?:his|her)\b", m.group(0))):
            # "six members of the embassy's staff", "three of his colleagues": the sender of the envoy or
            # embassy just told
            who = finder.envoy_sender(s, m.start())
        if who is None and m.group("org"):
            who = finder.organisation(finder.last.get("org"))  # "two staff of the agency": the one told before
        if who is None and re.search(r"\bof\s+(?:its|their)\b", m.group(0)):
            # "Chad protested the expulsion of four of its diplomats"; "told the French embassy that twelve of
            # its staff": the embassy named before them, else the sentence's subject
            post = [*finder.p["embassy"].finditer(s.text, 0, m.start())][-1:]
            owner = post and sender(post[0].group("st") or post[0].group("st2"))
            who = owner or finder.sentence_subject(s, m.start())
        count = int(parse_number(m.group("num")) or 0)
        told = finder.entities.get(finder.last.get("group") or "")
        if who is None and told is not None and told.count == count and told.represents and \
                re.search(r"\b(?:the|these|those)\s+$", s.text[: m.start()]):  # fmt: skip
            # "three of its diplomats ... the three officials": one group told again in other words
            finder.add(told.key, s.start + m.start(), s.start + m.end(), s, "descriptor")
            continue
        # "two aides" of one envoy and "two aides" of another: a group with no sender is its sentence's own
        key = f"group-{slug(m.group(0))}" + ("" if who else f"-{s.index}")
        label = re.sub(r"\s+", " ", m.group(0))
        if who and re.search(r"\bof\s+(?:its|their)\b", label):  # "four of its diplomats": four Chadian diplomats
            label = f"{m.group('num')} {finder.adjective(who) or ''} {m.group('noun')}".replace("  ", " ")
        role = lx.singular(m.group("noun") or "persons")
        finder.entities.setdefault(key, Entity(key, label, "Person", role=role, represents=who, part_of=who))
        finder.entities[key].count = count
        finder.add(key, s.start + m.start(), s.start + m.end(), s, "descriptor")
        finder.last["group"] = key


def with_senders(entities: dict[str, Entity], targets: list[str]) -> list[str]:
    """"the defence attaché and his two assistants", "the consul, together with two aides": a group named with no
    sender of its own, beside an envoy, works for that envoy's sender."""
    senders = [entities[k].represents for k in targets if entities[k].represents]
    for key in targets:
        group = entities[key]
        if group.count and not group.represents and senders:
            group.represents = group.part_of = senders[0]
    return targets
