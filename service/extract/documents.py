"""Orders carried by a document whose authenticity is in question: "The document, presented as a government
decree, gave all Thai diplomatic personnel 24 hours to leave" after "a document that had circulated widely on
Facebook"; "dismissed as a forgery a document that purported to show that Turkey's ambassador had been given
24 hours".

An order whose subject is the document takes its standing from how the sentence before introduced that
document (passed around online, relayed by the press); a verdict that the document is forged makes its
orders false, whatever they stood at before (a denial included: a forgery says more), and so does the article's
own word for it ("The forged document claimed that ..."). An order told before the document in the same sentence
("has expelled a diplomat, and dismissed as a forgery a document that ...") is another, genuine act: neither the
verdict nor how the document went round is its own.
"""

from __future__ import annotations

import re

from service.extract import factuality as fx

#: what the article itself calls a document it does not take as genuine: "the forged document", "the fake decree"
FORGED = r"(?:forged|fake|fabricated|bogus|doctored|falsified|counterfeit)"
#: the documents an order may be carried by, as the subject of the order's sentence
DOCUMENT = r"(?:document|letter|decree|note|notice|memo|communiqu[ée]|message|post|video|image)"
DOCUMENT_SUBJECT = re.compile(rf"^(?:The|This|That|Such\s+a)\s+{DOCUMENT}\b")
FORGED_SUBJECT = re.compile(rf"^(?:The|This|That|An?)\s+{FORGED}\s+{DOCUMENT}\b")
DOCUMENT_MENTIONED = re.compile(rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{DOCUMENT}\b", re.I)


def document_status(status: str, head: str, before: str) -> str:
    """The standing of an order told as what a document says (``head``, the words before the cue), given
    ``before``, the sentence before it that introduced the document."""
    if FORGED_SUBJECT.match(head):
        return "false"  # "The forged document ... claimed that the ambassador had been ordered out"
    if status != "confirmed" or not DOCUMENT_SUBJECT.match(head) or not DOCUMENT_MENTIONED.search(before):
        return status
    return fx.status_before(before)


def until_document(after: str) -> str:
    """The words after an order's cue up to the first document they mention: how that document went round
    ("circulating online", "purported") is its own standing, not the order's told before it."""
    document = DOCUMENT_MENTIONED.search(after, 1)
    return after[: document.start()] if document else after


def verdict_on(status: str, verdict: str, text: str = "", cue: int = 0) -> str | None:
    """The status a verdict given in the order's own sentence ``text`` leaves it with, if it changes it: a relayed
    order takes the verdict; any order a forgery verdict speaks of is false, but not one told (at ``cue``) before
    the document is: "Jordan has expelled a diplomat, and dismissed as a forgery a document that ..."."""
    document = DOCUMENT_MENTIONED.search(text)
    if verdict == "false" and document and 0 <= cue < document.start():
        return None
    if status in fx.RELAYED:
        return verdict
    return fx.stronger(status, verdict) if verdict == "false" and status != "false" else None
