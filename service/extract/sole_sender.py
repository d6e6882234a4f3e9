"""Who sent a person the text gives no sender: "Bulgaria expelled nine employees of the Russian embassy. The two
consuls, named as Dmitry Osipov and Anton Lebedev, must depart by 31 March": when every other order the same side
issued in the story sends people back to one sender, the consuls are that sender's too.

With two senders among those orders ("the Sudanese ambassador and the Libyan consul") nothing is guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from service.extract.events import EventFinder


def give_sole_senders(f: EventFinder) -> None:
    """Give each order without a sender the one sender of the other orders its issuing side gave."""
    orders = [e for e in f.events if e.kind == "ExpulsionOrder" and e.roles.get("envoy")]
    for order in [o for o in orders if not o.roles.get("sender")]:
        side = f.side((order.roles.get("issuer") or [None])[0])
        senders = {o.roles["sender"][0] for o in orders if o.roles.get("sender")
                   and f.side((o.roles.get("issuer") or [None])[0]) == side}  # fmt: skip
        if side is None or len(senders) != 1:
            continue
        (sender,) = senders
        order.roles["sender"] = [sender]
        envoy = f.entities[order.roles["envoy"][0]]
        envoy.represents = envoy.represents or sender
