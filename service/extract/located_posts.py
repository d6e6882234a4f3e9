"""A post told again by where it is, then named: "ordered the consuls general in Peshawar and Quetta out. The
consul general in Peshawar, NAME, ... His counterpart in Quetta, NAME, ...".

The place picks which of the posts met before is meant (the one whose label ends "in Quetta"), where the title
alone would pick the last one of that title; "counterpart" is the same post as the one just told, elsewhere.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.extract import lexicon as lx

if TYPE_CHECKING:
    from service.extract.mentions import MentionFinder

#: the place right after the post: " in Peshawar", " at Vanimo"
PLACE_AFTER = re.compile(rf"\s+(?:in|at)\s+(?:the\s+(?:city|town|port)\s+of\s+)?(?P<place>{lx.PLACE})")


def located_post(finder: MentionFinder, m: re.Match) -> str | None:
    """The unnamed single post met before whose place is the one written after the anaphor ``m`` names."""
    where = PLACE_AFTER.match(m.string, m.end("ref"))
    if where is None:
        return None
    place = where.group("place")
    posts = [k for k, e in finder.entities.items() if e.kind == "Person" and not e.name and not e.count
             and re.search(rf"\s(?:in|at)\s+{re.escape(place)}$", e.label or "")]  # fmt: skip
    return posts[-1] if len(posts) == 1 else None
