"""Read an article file: decode it, find its date line, check it is usable.

An article is UTF-8 text whose first non-blank line starts with
``date YYYY-MM-DD``; the rest of that line (if any) already belongs to the
body.  Offsets everywhere point into the text exactly as read, so nothing
here strips or normalises it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DATE_LINE = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)


class ArticleError(ValueError):
    """The file cannot be read as an article; the message says why."""


@dataclass(frozen=True)
class Source:
    text: str
    date: date
    body_start: int  # offset of the first character after the date token


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
    return Source(text, override or found, body_start)
