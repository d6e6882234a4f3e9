"""A junta known by the name it gives itself: "The Committee for the Transition and Restoration of Institutions
(CTRI), the military body that has run Gabon", "the junta, which calls itself the National Committee of
Reconciliation and Development (CNRD)", "The State Administration Council, as the junta calls itself".

The name (and its acronym) then stands for that state's junta wherever the article writes it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from service.extract.facts import Sentence
    from service.extract.mentions import MentionFinder

#: a body's own name: capitalised words and the particles between them, with its acronym in brackets
STYLED = (
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|de|du|la|le)\s+)*[A-Z][\w'’-]*){1,9})"
    r"(?:\s+\((?P<acr>[A-Z]{2,7})\))?"
)
#: how the text says a body is the army in power
JUNTA_WORDS = (
    r"(?:junta|military\s+(?:body|council|government|rulers|authorities|regime|leaders)|"
    r"ruling\s+military\s+council)"
)


@lru_cache(maxsize=4)
def _patterns(states: str) -> list[re.Pattern]:
    return [re.compile(p) for p in (
        # "X (ACR), the military body that has run Gabon since the coup"
        rf"{STYLED},\s+the\s+(?:ruling\s+)?{JUNTA_WORDS}\s+(?:that|which)\s+(?:has\s+|have\s+)?"
        rf"(?:runs?|rules?|ruled|governs?|governed|controls?|seized\s+power\s+in)\s+(?P<st>{states})\b",
        # "the junta, which calls itself X (ACR)"
        rf"\b{JUNTA_WORDS},?\s+(?:which|that|who)\s+calls?\s+(?:itself|themselves)\s+(?:the\s+)?{STYLED}",
        # "X, as the junta calls itself"
        rf"{STYLED},\s+as\s+(?:the\s+|[\w’'-]+(?:’s|'s)\s+)?{JUNTA_WORDS}\s+calls?\s+(?:itself|themselves)\b",
    )]  # fmt: skip


def name_self_styled_juntas(finder: MentionFinder, s: Sentence, claim) -> None:
    """Read the junta names ``s`` introduces; each is then a form of its state's junta (as a surname is of its
    person), here and in the sentences after."""
    for m in (m for pattern in _patterns(finder.gaz.alternation) for m in pattern.finditer(s.text)):
        name = re.sub(r"^(?:The|the)\s+", "", m.group("name"))
        state = finder.gaz.lookup(m.group("st"))[0].key if m.groupdict().get("st") else None
        state = state or _junta_state(finder, s, m)
        if state is None or not claim(m, "name"):
            continue
        key = finder.government(state, junta=True)
        finder.add(key, s.start + m.start("name"), s.start + m.end("name"), s, "name")
        for form in (name, m.group("acr")):
            if form:
                finder.surnames[form] = key


def _junta_state(finder: MentionFinder, s: Sentence, m: re.Match) -> str | None:
    """The state of the junta the words call by its own name: the one a state's name owns in the sentence
    ("Niger's junta"), else the junta met before, else the story's host state."""
    owner = re.search(rf"({finder.gaz.alternation})(?:’s|'s)\s+{JUNTA_WORDS}", s.text)
    entry = owner and finder.gaz.lookup(owner.group(1))[0]
    if entry and entry.kind == "State":
        return entry.key
    juntas = [e.part_of for e in finder.entities.values() if e.kind == "MilitaryJunta"]
    return juntas[-1] if juntas else finder._host_state()
