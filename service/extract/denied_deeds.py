"""What a denial is about when it says "denied that ...": the that-clause names the denied deed.

"Chile denied that its consul had met opposition leaders" denies the reason given for an expulsion, not the
expulsion itself; "Baghdad denied that the attaché had been asked to leave" denies the order.  The clause runs to
the first comma or semicolon, or to a second verb joined by "and" ("... and called the decision hasty").
"""

from __future__ import annotations

import re

#: the verbs of ordering someone out: "expelled", "ordered", "asked", "told", "declared", "kicked", "sent"
ORDER_VERB_STEMS = r"expel|order|ask|tell|told|declar|kick|send|sent"
#: the denied clause: "that" and what follows it up to the end of the clause
THAT_CLAUSE = re.compile(r"\s+that\s+(?P<clause>.+?)(?=[,;.]|\s+and\s+\w+ed\b|$)")
#: words that make the clause about leaving or being sent away ("that any other diplomat was affected")
EXPULSION_CLAUSE = re.compile(
    rf"\b(?:{ORDER_VERB_STEMS})\w*|\bexpulsion|\bto\s+(?:leave|go|depart)\b|"
    r"\bpersona\s+non\s+grata\b|\bout\s+of\b|\b(?:affected|concerned|targeted)\b",
    re.I,
)


def denies_another_deed(after_cue: str) -> bool:
    """True when the words after "denied" are a that-clause about something other than an expulsion."""
    m = THAT_CLAUSE.match(after_cue)
    return bool(m) and not EXPULSION_CLAUSE.search(m.group("clause"))
