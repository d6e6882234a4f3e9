"""Helpers for the extraction tests: an article from a few sentences, and its orders as plain rows.

Not a test module (pytest collects only ``test_*.py``); the phenomenon tests import it.
"""

from __future__ import annotations

from service.extract import extract_text


def article(text: str, day: str = "2024-05-10"):
    return extract_text(f"date {day}\n{text}", "t")


def orders(text: str, day: str = "2024-05-10"):
    a = article(text, day)
    rows = []
    for e in a.events:
        if e.kind == "ExpulsionOrder":
            envoy = a.entities[e.roles["envoy"][0]]
            sender = a.entities.get((e.roles.get("sender") or [None])[0])
            issuer = a.entities.get((e.roles.get("issuer") or [None])[0])
            rows.append({"name": envoy.name, "sender": sender and sender.label, "issuer": issuer and issuer.kind,
                         "hours": e.deadline_hours, "status": e.status,
                         "date": e.time and (e.time.value or e.time.year)})  # fmt: skip
    return rows


def kinds(text: str, day: str = "2024-05-10") -> list[str]:
    return [e.kind for e in article(text, day).events if e.kind != "Statement"]
