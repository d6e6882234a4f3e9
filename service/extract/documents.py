"""Orders carried by a document whose authenticity is in question: "The document, presented as a government
decree, gave all Thai diplomatic personnel 24 hours to leave" after "a document that had circulated widely on
Facebook"; "dismissed as a forgery a document that purported to show that Turkey's ambassador had been given
24 hours".

An order whose subject is the document takes its standing from how the sentence before introduced that
document (passed around online, relayed by the press); a verdict that the document is forged makes its
orders false, whatever they stood at before (a denial included: a forgery says more).
"""

from __future__ import annotations

import re

from service.extract import factuality as fx

#: the documents an order may be carried by, as the subject of the order's sentence
DOCUMENT = r"(?:document|letter|decree|note|notice|memo|communiqu[ée]|message|post|video|image)"
DOCUMENT_SUBJECT = re.compile(rf"^(?:The|This|That|Such\s+a)\s+{DOCUMENT}\b")
DOCUMENT_MENTIONED = re.compile(rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{DOCUMENT}\b", re.I)


def document_status(status: str, head: str, before: str) -> str:
    """The standing of an order told as what a document says (``head``, the words before the cue), given
    ``before``, the sentence before it that introduced the document."""
    if status != "confirmed" or not DOCUMENT_SUBJECT.match(head) or not DOCUMENT_MENTIONED.search(before):
        return status
    return fx.status_before(before)


def verdict_on(status: str, verdict: str) -> str | None:
    """The status a verdict given in the order's own sentence leaves it with, if it changes it: a relayed
    order takes the verdict; any order a forgery verdict speaks of is false."""
    if status in fx.RELAYED:
        return verdict
    return fx.stronger(status, verdict) if verdict == "false" and status != "false" else None
