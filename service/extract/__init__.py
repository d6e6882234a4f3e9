"""Article text → facts (plain dataclasses, no RDF).

Plain Python (regular expressions over a curated gazetteer), not spaCy: the
genre is edited news prose whose cues are phrases ("given 48 hours to
leave", "declared persona non grata", "reports claimed"), which regexes
match as well as spaCy's rule matchers, without a large dependency, a model
download or start-up time, and with exact character offsets for free.

Stages, in order: reader (date line) → sentences → mentions (gazetteer,
roles, coreference) → events (cues, factuality, time, quantities).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from service.extract.events import EventFinder
from service.extract.facts import Article
from service.extract.gazetteer import DEFAULT_DIR, load_gazetteer
from service.extract.mentions import MentionFinder
from service.extract.reader import ArticleError, parse_source, read_text
from service.extract.sentences import split_sentences

__all__ = ["Article", "ArticleError", "extract_article", "extract_text"]


def extract_article(path: Path, date: date | None = None, gazetteer_dir: Path = DEFAULT_DIR) -> Article:
    """Read one article file and extract its facts; ``date`` overrides the date line."""
    path = Path(path)
    return extract_text(read_text(path), path.stem, date, gazetteer_dir, name=str(path))


def extract_text(
    text: str,
    article_id: str,
    date: date | None = None,
    gazetteer_dir: Path = DEFAULT_DIR,
    name: str | None = None,
) -> Article:
    """Extract the facts of an article given as text (with its date line)."""
    source = parse_source(text, name or article_id, date)
    sentences = split_sentences(source.text, source.body_start, source.dateline)
    if not sentences:
        raise ArticleError(f"{name or article_id}: the article has no sentences")
    finder = MentionFinder(source.text, sentences, load_gazetteer(Path(gazetteer_dir)))
    entities, _ = finder.run()
    # relative dates count from the dateline's day when the story has one (that day included)
    anchor = source.dateline_date or source.date
    events = EventFinder(source.text, sentences, anchor, finder, same_day=source.dateline_date is not None).run()
    return Article(
        id=article_id,
        text=source.text,
        date=source.date,
        sentences=sentences,
        entities=entities,
        events=events,
        title=next((s.text for s in sentences if s.heading), sentences[0].text),
    )
