"""A person named first and described after: "gave Olivier Dupont, the spokesman of the UN mission, 72 hours".

The description is the mention the other rules find (a post of a state or an organisation); the name written
just before it, with a comma between, is that person's name.
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
        if entity.kind != "Person" or entity.name or entity.count or mention.how != "descriptor":
            continue
        before = NAME_THEN_POST.search(finder.text, s.start, mention.start)
        name = before and finder.clean_name(before.group("name"))
        if not name or any(before.start() < m.end and m.start < mention.start for m in mentions if m is not mention):
            continue  # (a name the other rules read as something else: "Mali, the host country")
        key = finder.person(entity.role, entity.represents, name)
        finder.mentions.append(Mention(key, before.start("name"), before.end("name"), s.index, "name"))
