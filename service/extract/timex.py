"""Time expressions: absolute dates, and relative ones resolved to the date line.

A weekday ("on Friday", "last Thursday") resolves to the most recent such
day strictly before the article's date; "last month", "in December" or
"last May" give a month; "in 1960" a year.  The words and the method are
always kept, so a reader can judge the resolution.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from service.extract.facts import Span, TimeExpression

WEEKDAYS = list(calendar.day_name)  # Monday .. Sunday
MONTHS = list(calendar.month_name)[1:]
MONTH_ABBR = {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}
_WD = "|".join(WEEKDAYS)
_MON = "|".join(MONTHS + ["Sept\\.?"] + [m[:3] + r"\.?" for m in MONTHS if len(m) > 3])

PATTERNS = [
    # 25 August 2023 / August 25, 2023 / 25 Aug / August 25
    ("dmy", rf"\b(?:on\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{_MON})(?:,?\s+(?P<y>\d{{4}}))?\b"),
    ("mdy", rf"\b(?:on\s+)?(?P<m>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b"),
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    ("weekday", rf"\b(?:(?P<q>(?:late|early)\s+last|last|this\s+past|on)\s+)?(?P<wd>{_WD})\b"),
    ("month-year", rf"\b(?:in\s+)?(?P<m>{_MON})\s+(?P<y>\d{{4}})\b"),
    ("last-month", r"\b(?:(?:late|early)\s+)?last\s+month\b"),
    ("last-named-month", rf"\b(?:(?:late|early)\s+)?(?:[Ll]ast|[Ii]n|[Ss]ince)\s+(?P<m>{_MON})\b"),
    ("yesterday", r"\b(?:yesterday|today)\b"),
    ("year", r"\b(?:in|since|by|until)\s+(?P<y>1[89]\d\d|20\d\d)\b"),
    ("last-year", r"\b(?:(?:late|early)\s+)?(?P<which>last|this)\s+year\b"),
    ("vague", r"\b(?:(?:late|early)\s+)?(?:last|this)\s+week\b"),
]
_ANY_CASE = {"last-month", "last-year", "vague", "yesterday"}
COMPILED = [(name, re.compile(pattern, re.IGNORECASE if name in _ANY_CASE else 0)) for name, pattern in PATTERNS]


def _month(text: str) -> int:
    return MONTH_ABBR[text[:3].lower()]


def _before(anchor: date, weekday: int, same_day: bool = False) -> date:
    """The most recent given weekday before ``anchor`` (or on it, with ``same_day``)."""
    back = (anchor.weekday() - weekday) % 7 or (0 if same_day else 7)
    return anchor - timedelta(days=back)


def _resolve(kind: str, m: re.Match, anchor: date, same_day: bool) -> dict:
    g = m.groupdict()
    if kind in {"dmy", "mdy", "iso"}:
        month = int(g["m"]) if kind == "iso" else _month(g["m"])
        year = int(g["y"]) if g.get("y") else anchor.year
        try:
            value = date(year, month, int(g["d"]))
        except ValueError:
            return {}
        if not g.get("y") and value > anchor:
            value = value.replace(year=year - 1)
        method = "explicit" if g.get("y") else "relative-to-dateline"
        return {"value": value, "year": value.year, "month": value.month, "method": method}
    if kind == "weekday":
        weekday = WEEKDAYS.index(g["wd"].capitalize())
        vague = (g.get("q") or "").lower().startswith(("late", "early"))
        value = None if vague else _before(anchor, weekday, same_day)
        return {"value": value, "day_of_week": WEEKDAYS[weekday], "method": "relative-to-dateline"}
    if kind == "month-year":
        return {"year": int(g["y"]), "month": _month(g["m"]), "method": "explicit"}
    if kind == "last-month":
        first = anchor.replace(day=1) - timedelta(days=1)
        return {"year": first.year, "month": first.month, "method": "relative-to-dateline"}
    if kind == "last-named-month":
        month = _month(g["m"])
        year = anchor.year if month < anchor.month else anchor.year - 1
        return {"year": year, "month": month, "method": "relative-to-dateline"}
    if kind == "yesterday":
        shift = 1 if m.group(0).lower() == "yesterday" else 0
        return {"value": anchor - timedelta(days=shift), "method": "relative-to-dateline"}
    if kind == "year":
        return {"year": int(g["y"]), "method": "explicit"}
    if kind == "last-year":
        return {"year": anchor.year - (g["which"].lower() == "last"), "method": "relative-to-dateline"}
    return {"method": "relative-to-dateline"}  # vague: keep the words only


def within(day: TimeExpression, coarse: TimeExpression | None) -> bool:
    """A day fits what is already known: "In March" is no Thursday in September."""
    if coarse is None or coarse.year is None:
        return True
    return day.value.year == coarse.year and coarse.month in {None, day.value.month}


def find_times(text: str, offset: int, anchor: date, same_day: bool = False) -> list[TimeExpression]:
    """Time expressions in ``text`` (which starts at ``offset`` in the article); a weekday
    resolves to ``anchor`` itself only with ``same_day`` (an anchor from a wire dateline)."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in COMPILED:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append((m.start(), m.end()))
            span = Span(offset + m.start(), offset + m.end())
            found.append(TimeExpression(**{"text": m.group(0), "span": span, "value": None,
                                           **_resolve(kind, m, anchor, same_day)}))
    found.sort(key=lambda t: t.span.start)
    return found
