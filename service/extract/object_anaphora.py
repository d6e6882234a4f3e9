"""Who an order's object stands for when it names no one itself.

Two phenomena: a pronoun object ("declared him persona non grata") that refers to the envoy named in the
sentence, else to the one whose order the sentence before just told; and an order told in a relative clause
about its object ("The French ambassador, whom the junta declared persona non grata in August, left ..."),
whose envoy is the antecedent before the relative pronoun.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from service.extract.events import EventFinder
    from service.extract.facts import Event, Sentence

PRONOUN = re.compile(r"\b(?:him|her|them)\b")
SINGULAR = re.compile(r"\b(?:him|her)\b")
#: an object relative clause open just before the cue: ", whom the junta ", ", who Paris "
RELATIVE_OBJECT = re.compile(r",\s+(?:whom|who)\s+(?:[\w’'-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?$")


def object_envoys(f: EventFinder, s: Sentence, cue: re.Match, found: list[Event]) -> list[str]:
    """The envoys the object of ``cue`` (a pattern with an "obj" group) stands for, when it names none."""
    obj = cue.group("obj")
    if PRONOUN.search(obj):
        return _pronoun_envoys(f, s, cue.start(), found, plural=not SINGULAR.search(obj))
    return _relative_antecedent(f, s, cue.start())


def _pronoun_envoys(f: EventFinder, s: Sentence, start: int, found: list[Event], plural: bool) -> list[str]:
    """"summoned Chad's ambassador and handed her a note ordering her to leave": the envoy just ordered out in
    this sentence, else the last named before the pronoun; with no envoy named here, the one whose order the
    sentence before told ("Malaysia expelled the ambassador. It declared him persona non grata on Saturday")."""
    if found:
        return list(found[-1].roles.get("envoy", []))
    named = f.envoys(f.in_span(s, 0, start))
    if named:
        return named[-1:]
    told = [key for order in f.last_orders for key in order.roles.get("envoy", [])]
    return told if f.last_at == s.index - 1 and (len(told) == 1 or plural) else []


def _relative_antecedent(f: EventFinder, s: Sentence, start: int) -> list[str]:
    """The envoy a relative clause ending at the cue's ``start`` is about ("the ambassador, whom it declared")."""
    clause = RELATIVE_OBJECT.search(s.text[:start])
    return f.envoys(f.in_span(s, 0, clause.start()))[-1:] if clause else []
