"""Non-governmental organisations the text describes as such ("the Sahel Relief Alliance, a Dakar-based aid
group"), and their staff: named before them, or known only by their post ("the country director of a European
development charity")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract import lexicon as lx
from service.extract.facts import Entity

if TYPE_CHECKING:
    from service.extract.facts import Sentence
    from service.extract.mentions import MentionFinder


def add_ngos(finder: MentionFinder, s: Sentence, claim) -> None:
    """Non-governmental organisations the text describes as such, and their staff named before them
    ("Henrik Aasland, the country director of the Sahel Relief Alliance, a Dakar-based aid group")."""
    from service.extract.mentions import slug  # (here: the mention finder imports this module)

    text, at = s.text, s.start
    found = []  # (match, group): an NGO name described as one, or one already known
    for m in finder.p["ngo"].finditer(text):
        group = "org" if m.group("org") else "org2"
        name = m.group(group)
        if not finder.gaz.lookup(name) and not (name.split()[0] in lx.NOT_NAMES and len(name.split()) == 1):
            found.append((m, group))
    names = {re.sub(r"^(?:The|the)\s+", "", m.group(g)) for m, g in found}
    names |= {e.label for e in finder.entities.values() if e.kind == "NonGovernmentalOrganization"}
    for name in names:  # its other mentions in the sentence
        found += [(m, 0) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    for m, group in sorted(found, key=lambda x: x[0].start(x[1])):
        if not claim(m, group):
            continue
        name = re.sub(r"^(?:The|the)\s+", "", m.group(group))
        start = m.end(group) - len(name)
        key = f"ngo-{slug(name)}"
        finder.entities.setdefault(key, Entity(key, name, "NonGovernmentalOrganization"))
        inside = (at + start, at + m.end(group))  # "Sahara" in "Sahara Justice Watch" names no region
        finder.mentions = [x for x in finder.mentions if not (inside[0] <= x.start and x.end <= inside[1])]
        finder.add(key, *inside, s, "name")
        staff = finder.p["ngo_staff"].search(text[:start])
        name_of = staff and finder.clean_name(staff.group("name"))
        if name_of:
            person = finder.person(staff.group("role"), key, name_of, part_of=key)
            finder.add(person, at + staff.start("name"), at + staff.end("name"), s, "name")

    for m in finder.p["ngo_unnamed_staff"].finditer(text):
        if claim(m):
            key = f"ngo-{slug(m.group('org'))}"
            finder.entities.setdefault(key, Entity(key, m.group("org"), "NonGovernmentalOrganization"))
            finder.add(key, at + m.start("org"), at + m.end("org"), s, "descriptor")
            person = finder.person(m.group("role").lower(), key, part_of=key)
            finder.add(person, at + m.start(), at + m.end("org"), s, "descriptor")
