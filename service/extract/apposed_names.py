"""A person named first and described after: "gave Olivier Dupont, the spokesman of the UN mission, 72 hours",
"Oleksandr Hrytsenko, the chargé d'affaires, was told ...".

The description is the mention the other rules find (a post of a state or an organisation, or a bare post that
refers to an envoy met before); the name written just before it, with a comma between, is that person's name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract import lexicon as lx
from service.extract.facts import Mention

if TYPE_CHECKING:
    from service.extract.facts import Sentence
    from service.extract.mentions import MentionFinder

#: a name, a comma and the article of the description that follows it
NAME_THEN_POST = re.compile(rf"(?P<name>{lx.NAME}),\s+(?:the\s+)?$")


def name_described_posts(finder: MentionFinder, s: Sentence) -> None:
    """Give each unnamed post described in ``s`` the name written just before its description."""
    mentions = finder.in_sentence(s.index)
    for mention in mentions:
        entity = finder.entities[mention.key]
        if entity.kind != "Person" or entity.name or entity.count or mention.how not in {"descriptor", "anaphor"}:
            continue
        before = NAME_THEN_POST.search(finder.text, s.start, mention.start)
        name = before and finder.clean_name(before.group("name"))
        inside = [m for m in mentions if m is not mention and before and before.start() < m.end and m.start <
                  mention.start]  # fmt: skip
        # "Colonel Étienne Marchal, the defence attaché": the titled person read first is the envoy met before
        titled = mention.how == "anaphor" and inside and all(finder.entities[m.key].name == name for m in inside)
        if not name or inside and not titled:
            continue  # (a name the other rules read as something else: "Mali, the host country")
        if mention.how == "anaphor":  # "Oleksandr Hrytsenko, the chargé d'affaires": the envoy met before, named
            _merge(finder, {m.key for m in inside} - {mention.key}, mention.key)
            entity.name = entity.label = name
            finder.remember_surname(name, mention.key)
        key = mention.key if mention.how == "anaphor" else finder.person(entity.role, entity.represents, name)
        finder.mentions.append(Mention(key, before.start("name"), before.end("name"), s.index, "name"))


def _merge(finder: MentionFinder, others: set[str], key: str) -> None:
    """The persons ``others`` are ``key``: their mentions, names and posts are its own from now on."""
    for mention in finder.mentions:
        mention.key = key if mention.key in others else mention.key
    for table in (finder.surnames, finder.posts, finder.last):
        for slot, person in list(table.items()):
            table[slot] = key if person in others else person
    for other in others:
        finder.entities.pop(other, None)
