"""A post told first, its holder's name given by a naming verb: "A decree ... named the official as Dr Hélène
Mbarga Essomba", "the ministry identified the diplomat as Karl Ott", "gave the envoy's name as Ana Ruiz".

The post is the one the bare title refers to (as "the official" does anywhere); it gets the name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract import lexicon as lx
from service.extract.facts import Mention

if TYPE_CHECKING:
    from service.extract.facts import Sentence
    from service.extract.mentions import MentionFinder

NAMED_AS = re.compile(
    rf"\b(?:named|names|identified|identifies|gave|gives)\s+(?P<ref>{lx.ENVOY_ANAPHOR})(?:{lx.POSS}\s+name)?\s+as\s+"
    rf"(?P<name>{lx.NAME})"
)


def name_identified_posts(finder: MentionFinder, s: Sentence, claim) -> None:
    """Give each post named by a naming verb in ``s`` its holder's name."""
    for m in NAMED_AS.finditer(s.text):
        key = finder.envoy_for(m.group("ref"), s, m.start("ref"))
        entity = finder.entities.get(key or "")
        name = finder.clean_name(m.group("name"))
        if entity is None or entity.count or not name or entity.name not in (None, name) or not claim(m, "name"):
            continue
        key = finder.person(entity.role, entity.represents, name) if entity.role and entity.represents else key
        finder.mentions.append(Mention(key, s.start + m.start("name"), s.start + m.end("name"), s.index, "name"))
