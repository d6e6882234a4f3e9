"""Numbers as written: "around 2,500", "about 1,100", "some 4.3 million", "seven".

Also the deadline phrases of expulsion orders ("48 hours", "within three
days", "a 72-hour ultimatum"), normalised to hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-four": 24, "thirty": 30, "forty": 40, "forty-eight": 48, "fifty": 50, "sixty": 60,
    "seventy": 70, "seventy-two": 72, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
APPROXIMATE = r"around|about|some|nearly|almost|roughly|approximately|more than|over|up to|at least|fewer than|less than|close to|an estimated|estimated"  # noqa: E501
_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if w not in {"a", "an"}), key=len, reverse=True))
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_WORDS}))(?:\s+(?:thousand|million|billion))?"
QUANTITY = re.compile(rf"\b(?:(?P<approx>{APPROXIMATE})\s+)?(?P<number>{NUMBER})\b", re.IGNORECASE)
UNIT_HOURS = {"hour": 1, "day": 24, "week": 168}
DEADLINE = re.compile(
    rf"\b(?P<number>{NUMBER}|a|an)[\s-]+(?P<unit>hour|day|week)s?\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Number:
    value: float
    approximate: bool
    start: int
    end: int
    text: str


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words ("2,500", "seven", "4.3 million")."""
    parts = text.lower().split()
    scale = SCALES.get(parts[-1], 1) if len(parts) > 1 else 1
    head = parts[0]
    if head in NUMBER_WORDS:
        value = float(NUMBER_WORDS[head])
    else:
        try:
            value = float(head.replace(",", ""))
        except ValueError:
            return None
    return value * scale


def find_numbers(text: str) -> list[Number]:
    """Every number in ``text`` with its approximation cue (offsets into ``text``)."""
    numbers = []
    for m in QUANTITY.finditer(text):
        value = parse_number(m.group("number"))
        if value is not None:
            numbers.append(Number(value, bool(m.group("approx")), m.start(), m.end(), m.group(0)))
    return numbers


DEADLINE_BEFORE = re.compile(
    r"\b(?:within|in|just|only|had|has|have|the|a)\s*$"
    r"|\b(?:give|gave|given|giving|grant(?:ed|ing)?|allow(?:ed|ing)?)\b[^.;:]{0,80}$",
    re.IGNORECASE,
)
#: how soon someone reacted, not how long anyone has to leave: "hitting back within a day"
REACTION = re.compile(r"\b(?:back|respond\w*|react\w*|retaliat\w*|repl(?:y|ied|ying)|act(?:ed|ing)?|moved?)\s+"
                      r"(?:within|in)\s+$", re.IGNORECASE)
DEADLINE_AFTER = re.compile(r"^\s*(?:to\s+(?:leave|quit|depart|exit|go)|deadline|ultimatum|notice)\b", re.I)


def find_deadlines(text: str) -> list[tuple[int, int, int]]:
    """(hours, start, end) of every deadline phrase ("within 48 hours", "72 hours to leave",
    "a 48-hour ultimatum") in ``text``, in order."""
    found = []
    for m in DEADLINE.finditer(text):
        value = parse_number(m.group("number"))
        if value is None:
            continue
        if REACTION.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if DEADLINE_BEFORE.search(text[: m.start()]) or DEADLINE_AFTER.match(text[m.end() :]):
            found.append((int(value * UNIT_HOURS[m.group("unit").lower()]), m.start(), m.end()))
    return found


def find_deadline(text: str) -> tuple[int, int, int] | None:
    """The first deadline phrase in ``text``, if any."""
    return next(iter(find_deadlines(text)), None)
