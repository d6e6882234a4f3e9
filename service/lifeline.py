"""Child processes (query executors, the updater) end when the server that started them ends.

A child busy with a query nobody waits for any more (its server was stopped or killed) would
otherwise run on, orphaned, for as long as the query does — for ever, for a pathological one.
A daemon thread watches the parent's pid; the engine releases the GIL while it evaluates, so
the thread gets to run, and ``os._exit`` stops the process without waiting for the query.
Imported by the children's script entry points only (it imports nothing but the standard library).
"""

from __future__ import annotations

import os
import threading
import time


def follow_parent(interval: float = 0.5) -> None:
    """Exit this process as soon as the process that started it is gone."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="lifeline", daemon=True).start()
