"""Split an article body into sentences, keeping exact character offsets.

Plain rules suffice for edited news prose: a line break always ends a
sentence; otherwise a sentence ends at ``.``, ``!`` or ``?`` (plus closing
quotes or brackets) followed by white space and a capital, digit or opening
quote, unless the word before the stop is a known abbreviation or an initial.
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


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentences of ``text[start:]``, in order, with offsets into ``text``."""
    sentences: list[Sentence] = []
    for line in LINE.finditer(text, start):
        begin = line.start()
        for stop in STOP.finditer(text, line.start(), line.end()):
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


def _add(sentences: list[Sentence], text: str, begin: int, end: int) -> None:
    chunk = text[begin:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    start = begin + lead
    sentences.append(Sentence(len(sentences), start, start + len(stripped), stripped))
