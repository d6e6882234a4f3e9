"""What the protocol layer must know about a SPARQL text before the engine sees it.

The engine parses and evaluates; this module only reads the keywords outside
strings, IRIs and comments: the query form (to negotiate a format before
running), dataset clauses (FROM, USING, WITH), and operations that reach
outside the store (SERVICE, LOAD).  It also adds the protocol's
``using-graph-uri`` parameters to an update as USING clauses.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<skip>
        \#[^\n]*                                  # comment
      | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"       # long strings
      | '''(?:[^'\\]|\\.|'(?!''))*'''
      | "(?:[^"\\\n]|\\.)*"                       # strings
      | '(?:[^'\\\n]|\\.)*'
      | <[^<>"{}|^`\\\x00-\x20]*>                 # IRI
      | [?$]\w+                                   # variable
      | @[A-Za-z][A-Za-z0-9-]*                    # language tag
      | [\w.-]*:[\w.:%-]*                         # prefixed name or blank node
    )
    | (?P<word>[A-Za-z]\w*)
    | (?P<open>\{) | (?P<close>\})
    """,
    re.X,
)

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


@dataclass(frozen=True)
class Keyword:
    word: str  # upper case
    start: int
    depth: int  # braces around it


@functools.lru_cache(maxsize=512)
def keywords(text: str) -> tuple[Keyword, ...]:
    """The keywords of ``text``; cached, as one request asks several questions of the same text
    and clients repeat their queries."""
    found, depth = [], 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "word":
            found.append(Keyword(match.group().upper(), match.start(), depth))
        elif kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
    return tuple(found)


def query_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first one outside the prologue; None if absent."""
    for kw in keywords(text):
        if kw.word in QUERY_FORMS:
            return kw.word
    return None


def uses(text: str, *words: str) -> bool:
    """Whether any of the keywords ``words`` occurs (e.g. SERVICE, LOAD)."""
    return any(kw.word in words for kw in keywords(text))


def has_dataset_clause(text: str, *words: str) -> bool:
    """Whether the text sets its own dataset with one of ``words`` at the top level (FROM; USING, WITH)."""
    return any(kw.word in words and kw.depth == 0 for kw in keywords(text))


def external_targets(text: str) -> list[str]:
    """The IRIs after each SERVICE or LOAD keyword (``?var`` or anything else gives '')."""
    targets = []
    for kw in keywords(text):
        if kw.word in ("SERVICE", "LOAD"):
            rest = re.match(r"\s*(?:SILENT\s+)?<([^>]*)>", text[kw.start + len(kw.word) :], re.I)
            targets.append(rest.group(1) if rest else "")
    return targets


_SILENT_IRI = re.compile(r"\s*SILENT\s*<[^<>\s]*>", re.I)
_INTO_GRAPH = re.compile(r"\s*INTO\s+GRAPH\s*<[^<>\s]*>", re.I)


def without_silent_external(text: str) -> str:
    """The text with each ``LOAD SILENT`` and ``SERVICE SILENT`` written as what it does when its
    target cannot be reached: a LOAD does nothing (``INSERT DATA {}``, SPARQL 1.1 Update 3.1.4), a
    SERVICE gives one empty solution (``{}``, SPARQL 1.1 Federated Query 4).  Used where outbound
    requests are refused: the refusal is the error SILENT asks to ignore."""
    edits, done = [], 0  # (start, end, replacement); a SERVICE inside a replaced one goes with it
    for kw in keywords(text):
        silent = _SILENT_IRI.match(text, kw.start + len(kw.word)) if kw.word in ("LOAD", "SERVICE") else None
        if silent is None or kw.start < done:
            continue
        if kw.word == "LOAD":
            into = _INTO_GRAPH.match(text, silent.end())
            edits.append((kw.start, into.end() if into else silent.end(), "INSERT DATA {}"))
        else:
            edits.append((kw.start, _block_end(text, silent.end()), "{}"))
        done = edits[-1][1]
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text


def add_using(update: str, default: list[str], named: list[str]) -> str:
    """The update with USING / USING NAMED clauses before the WHERE of every DELETE/INSERT operation.

    That is what the protocol's ``using-graph-uri`` and ``using-named-graph-uri`` mean.
    ``DELETE WHERE { P }`` takes no USING clause, so it is first written out as the
    ``DELETE { P } WHERE { P }`` it stands for (SPARQL 1.1 Update, 3.1.3.3).
    """
    clause = "".join(f" USING <{g}>" for g in default) + "".join(f" USING NAMED <{g}>" for g in named) + " "
    found = keywords(update)
    edits = []  # (start, end, replacement), left to right
    for before, kw in zip((None, *found), found, strict=False):  # each keyword with the one before it
        if kw.word != "WHERE" or kw.depth != 0:
            continue
        if _is_delete_where(update, before, kw):
            end = _block_end(update, kw.start)
            pattern = update[kw.start + len(kw.word) : end].strip()
            edits.append((before.start, end, f"DELETE {pattern}{clause}WHERE {pattern}"))
        else:
            edits.append((kw.start, kw.start, clause))
    for start, end, replacement in reversed(edits):
        update = update[:start] + replacement + update[end:]
    return update


def _block_end(text: str, start: int) -> int:
    """Where the first brace block after ``start`` closes (just past its ``}``)."""
    depth = 0
    for match in _TOKEN.finditer(text, start):
        if match.lastgroup == "open":
            depth += 1
        elif match.lastgroup == "close":
            depth -= 1
            if depth == 0:
                return match.end()
    return len(text)  # unbalanced: the engine will report it


_BLANK = re.compile(r"(?:\s|#[^\n]*)*")


def _is_delete_where(text: str, before: Keyword | None, where: Keyword) -> bool:
    """Whether ``where`` is the WHERE of ``DELETE WHERE``: only blanks or comments since DELETE.

    ``DELETE { template } WHERE`` also has DELETE as the keyword before WHERE (a template
    of variables holds no keyword), so adjacency, not order, tells the two apart.
    """
    return (
        before is not None
        and before.word == "DELETE"
        and _BLANK.fullmatch(text, before.start + len(before.word), where.start) is not None
    )
