"""An envoy named where the text tells how the order reached them: "The head of the ECOWAS mission was given 48
hours to leave. Kwame Asante-Boateng, a Ghanaian diplomat, was informed of the decision at the foreign ministry".

The person told of the decision, the expulsion or the order is the unnamed envoy met last, who gets the name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract import lexicon as lx

if TYPE_CHECKING:
    from service.extract.facts import Sentence
    from service.extract.mentions import MentionFinder

#: a name (with its description between commas) told of the order: "X, a Ghanaian diplomat, was informed of the
#: decision", "X had been notified of his expulsion", "X was formally told of the order"
TOLD_OF_ORDER = re.compile(
    rf"(?P<name>{lx.NAME})(?:,[^,;]{{1,60}},)?\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:informed|notified|told|advised)\s+of\s+(?:the|his|her|this)\s+(?:decision|expulsion|order|measure)\b"
)


def name_notified_envoys(finder: MentionFinder, s: Sentence, claim) -> None:
    """Give the unnamed envoy met last the name of the person ``s`` says was told of the order."""
    for m in TOLD_OF_ORDER.finditer(s.text):
        key = finder.last.get("envoy")
        entity = finder.entities.get(key or "")
        name = finder.clean_name(m.group("name"))
        if entity is None or entity.name or entity.count or not name or not claim(m, "name"):
            continue
        entity.name = entity.label = name
        finder.remember_surname(name, key)
        finder.add(key, s.start + m.start("name"), s.start + m.end("name"), s, "name")
