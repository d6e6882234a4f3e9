"""Split an article body into sentences, keeping exact character offsets.

Plain rules suffice for edited news prose: a line break always ends a
sentence; otherwise a sentence ends at ``.``, ``!`` or ``?`` (plus closing
quotes or brackets) followed by white space and a capital, digit or opening
quote, unless the word before the stop is a known abbreviation or an initial.
A short line without a final stop, standing alone, is a headline.
"""

from __future__ import annotations

import re

from service.extract.facts import Sentence

LINE = re.compile(r"[^\n]+")
STOP = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Ý])")
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "capt", "sgt", "maj", "st", "sen", "rep",
    "gov", "pres", "prof", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "vs", "etc", "inc", "ltd", "co", "jr", "sr", "adm", "amb",
}  # fmt: skip
WORD_BEFORE = re.compile(r"([\w.]+)$")
HEADLINE_WORDS = 16


def split_sentences(text: str, start: int = 0, skip: tuple[int, int] | None = None) -> list[Sentence]:
    """Sentences of ``text[start:]``, in order, with offsets into ``text``; the ``skip`` span
    (a wire dateline) belongs to no sentence."""
    sentences: list[Sentence] = []
    for line in LINE.finditer(text, start):
        begin = line.start()
        if skip and begin <= skip[0] < line.end():
            begin = skip[1]
        if _is_headline(text, line, start):
            _add(sentences, text, begin, line.end(), heading=True)
            continue
        for stop in STOP.finditer(text, begin, line.end()):
            if _is_abbreviation(text[begin : stop.start()]):
                continue
            _add(sentences, text, begin, stop.end())
            begin = stop.end()
        _add(sentences, text, begin, line.end())
    return sentences


def _is_abbreviation(before: str) -> bool:
    match = WORD_BEFORE.search(before)
    if match is None:
        return False
    word = match.group(1)
    # initials ("J."), acronyms with stops ("U.S."), titles ("Gen.")
    return len(word) == 1 and word.isupper() or "." in word or word.lower() in ABBREVIATIONS


def _is_headline(text: str, line: re.Match, body_start: int) -> bool:
    """A whole line (or the rest of the date line), short, with no closing stop, with more text after it."""
    words = line.group(0).split()
    starts_line = line.start() in (0, body_start) or text[line.start() - 1] == "\n"
    unstopped = not re.search(r"[.!?:;,\"”’)]\s*$", line.group(0))
    return starts_line and unstopped and 0 < len(words) <= HEADLINE_WORDS and bool(text[line.end() :].strip())


def _add(sentences: list[Sentence], text: str, begin: int, end: int, heading: bool = False) -> None:
    chunk = text[begin:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    start = begin + lead
    sentences.append(Sentence(len(sentences), start, start + len(stripped), stripped, heading))
