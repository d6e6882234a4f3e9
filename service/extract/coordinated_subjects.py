"""Where the subject of a passive order starts, when a person in apposition is coordinated with others: "The
chargé d'affaires, Joseph Kariuki, and four other Kenyan diplomats were told to leave" (all five were told),
not only what follows the last comma.
"""

from __future__ import annotations

import re

#: a comma opening the last conjunct of a coordinated subject: ", and four other diplomats"
AND_AFTER_COMMA = re.compile(r",\s+(?:and|as\s+well\s+as)\s")
#: a finite verb: the words before the comma are a clause of their own, not an apposition of the subject
FINITE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|said|says|[a-z]{3,}ed)\b")


def subject_start(text: str, cue: int, passive: bool) -> int:
    """Where the persons an order's cue at ``cue`` is said of start: after "that", and for a passive cue after
    the last comma, unless that comma opens "and ..." after verbless appositions, which belong to the subject."""
    start = max(text.rfind(" that ", 0, cue), 0)
    comma = text.rfind(", ", start, cue) if passive else -1
    if comma <= start or not AND_AFTER_COMMA.match(text, comma):
        return max(comma, start)
    while comma > start:  # back over the verbless appositions before "and": the name, the post
        before = text.rfind(", ", start, comma)
        if FINITE_VERB.search(text, max(before, start), comma):
            break
        comma = before
    return max(comma, start)
