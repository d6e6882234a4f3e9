"""Helpers for the extraction tests: an article from a few sentences, and its orders as plain rows.

Not a test module (pytest collects only ``test_*.py``); the phenomenon tests import it.
"""

from __future__ import annotations

from pathlib import Path

from service.extract import extract_text

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def article(text: str, day: str = "2024-05-10"):
    return extract_text(f"date {day}\n{text}", "t")


def expulsion_orders(text: str, day: str):
    """The article's expulsion orders, each as (article, order, expelled envoy)."""
    a = article(text, day)
    return [(a, e, a.entities[e.roles["envoy"][0]]) for e in a.events if e.kind == "ExpulsionOrder"]


def orders(text: str, day: str = "2024-05-10"):
    rows = []
    for a, e, envoy in expulsion_orders(text, day):
        sender = a.entities.get((e.roles.get("sender") or [None])[0])
        issuer = a.entities.get((e.roles.get("issuer") or [None])[0])
        rows.append({"name": envoy.name, "sender": sender and sender.label, "issuer": issuer and issuer.kind,
                     "hours": e.deadline_hours, "status": e.status,
                     "date": e.time and (e.time.value or e.time.year)})  # fmt: skip
    return rows


def kinds(text: str, day: str = "2024-05-10") -> list[str]:
    return [e.kind for e in article(text, day).events if e.kind != "Statement"]


def keyed(text: str, day: str = "2023-08-30"):
    """Each order as gazetteer keys: issuing state, sender, the envoy's name, hours, status, and the event."""
    rows = []
    for a, e, envoy in expulsion_orders(text, day):
        state = (e.roles.get("issuer") or [None])[0]
        while state and a.entities[state].kind != "State":
            state = a.entities[state].part_of
        rows.append({"state": state, "sender": (e.roles.get("sender") or [None])[0], "name": envoy.name,
                     "hours": e.deadline_hours, "status": e.status, "event": e})  # fmt: skip
    return rows


def issued(text: str, day: str = "2024-05-10") -> list[tuple]:
    """(envoy's name or label, sender, issuing state, hours, status) of each order."""
    rows = []
    for a, e, envoy in expulsion_orders(text, day):
        sender = a.entities[e.roles["sender"][0]].label if e.roles.get("sender") else None
        host = a.entities[e.roles["host"][0]].label if e.roles.get("host") else None
        rows.append((envoy.name or envoy.label, sender, host, e.deadline_hours, e.status))
    return rows


def hosts(text: str) -> set[str]:
    """The host states of the article's orders (the issuing side)."""
    a = article(text, "2024-05-10")
    return {a.entities[e.roles["host"][0]].label for e in a.events
            if e.kind == "ExpulsionOrder" and e.roles.get("host")}  # fmt: skip
