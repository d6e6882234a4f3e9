"""A post its own side names by a shorter title: "Burkina Faso expelled Belgium's defence attaché. Belgium's foreign
ministry confirmed that its attaché had been asked to leave" speaks of the defence attaché met before, not of a
second attaché."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from service.extract.mentions import MentionFinder


def owned_post(finder: MentionFinder, role: str, owner: str) -> str | None:
    """The person holding ``role`` for ``owner`` already met: the very post, its envoy, or the one post whose title
    ends with ``role`` ("defence attaché" for "its attaché")."""
    from service.extract.mentions import slug  # (here: the mention finder imports this module)

    title = slug(role)
    known = finder.posts.get((title, owner)) or finder.posts.get(("envoy", owner))
    longer = {key for (held, state), key in finder.posts.items() if state == owner and held.endswith(f"-{title}")}
    return known or (longer.pop() if len(longer) == 1 else None)
