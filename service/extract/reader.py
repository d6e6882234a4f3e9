"""Read an article file: decode it, find its date line, check it is usable.

An article is UTF-8 text whose first non-blank line starts with
``date YYYY-MM-DD``; the rest of that line (if any) already belongs to the
body.  Offsets everywhere point into the text exactly as read, so nothing
here strips or normalises it.

A wire dateline opening the first paragraph ("NIAMEY, Oct 5 (Reuters) - ",
"N'DJAMENA (AFP) - ") is found too: it belongs to no sentence, and its day,
when it gives one, is the "now" that relative dates in the story count from.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DATE_LINE = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
#: PLACE[, Mon DD | , Country] [(Agency)] -   (a dash ends it; an agency or a place in capitals starts it)
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.]+(?:[ /-][A-Z][A-Z'’.]+)*)"
    r"(?:,\s*(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w ]{1,30})\))?\s+[-–—]{1,2}\s+(?=\S)"
)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}


class ArticleError(ValueError):
    """The file cannot be read as an article; the message says why."""


@dataclass(frozen=True)
class Source:
    text: str
    date: date
    body_start: int  # offset of the first character after the date token
    dateline: tuple[int, int] | None = None  # span of a wire dateline, if the story opens with one
    dateline_date: date | None = None  # the day the dateline gives


def read_text(path: Path) -> str:
    """Return the decoded text of an article file, or raise ArticleError."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot read the file ({error.strerror})") from error
    if not raw.strip():
        raise ArticleError(f"{path}: the file is empty")
    if b"\x00" in raw:
        raise ArticleError(f"{path}: not a text file (it contains NUL bytes)")
    try:
        return raw.decode("utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{path}: not UTF-8 text (byte {error.start})") from error


def parse_source(text: str, name: str, override: date | None = None) -> Source:
    """Find the date line; ``override`` replaces (or stands in for) it."""
    if not text.strip():
        raise ArticleError(f"{name}: the article is empty")
    match = DATE_LINE.match(text)
    if match is None:
        if override is None:
            raise ArticleError(
                f"{name}: no date line; the first line must start with 'date YYYY-MM-DD' "
                "(or pass --date)"
            )
        return Source(text, override, len(text) - len(text.lstrip()))
    try:
        found = date.fromisoformat(match.group(1))
    except ValueError as error:
        raise ArticleError(f"{name}: invalid date on the date line: {match.group(1)}") from error
    body_start = match.end()
    if not text[body_start:].strip():
        raise ArticleError(f"{name}: the article has a date line but no text")
    return _with_dateline(Source(text, override or found, body_start))


def _with_dateline(source: Source) -> Source:
    """Find a wire dateline at the start of the first paragraph that is not a headline."""
    lines = [m for m in re.finditer(r"[^\n]+", source.text[source.body_start :]) if m.group(0).strip()][:3]
    for line in lines:
        m = DATELINE.match(line.group(0).lstrip())
        if m is None:
            continue
        start = source.body_start + line.start() + len(line.group(0)) - len(line.group(0).lstrip())
        day = None
        month = MONTHS.get((m.group("month") or "")[:3].lower())
        if month:
            try:
                day = date(source.date.year, month, int(m.group("day")))
            except ValueError:
                day = None
            if day and day > source.date:
                day = day.replace(year=day.year - 1)
        return Source(source.text, source.date, source.body_start, (start, start + m.end()), day)
    return source
