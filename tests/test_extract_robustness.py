"""The extractor never fails on an article of the genre, nor on any paragraph of one read alone.

Every article in the repository (development and hold-out sets) is extracted whole and then paragraph
by paragraph, each paragraph under the article's date line.  A paragraph alone is how the extractor
meets phrases it usually resolves from context ("the country" before the state is named), so this
finds the lookups that assume an earlier sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.extract import extract_text
from service.extract.reader import read_text

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted(ROOT.glob("data/articles/*.txt")) + sorted(
    p for p in (ROOT / "tests" / "data").rglob("*.txt") if p.read_text(encoding="utf-8").startswith("date ")
)


def variants(text: str) -> list[str]:
    date_line, _, body = text.partition("\n")
    return [text] + [f"{date_line}\n\n{para}" for para in body.split("\n\n") if para.strip()]


def test_there_are_articles_to_read():
    assert len(ARTICLES) > 100


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_article_and_each_paragraph_extract(path):
    for number, text in enumerate(variants(read_text(path))):
        try:
            extract_text(text, path.stem)
        except Exception as exc:  # the failing paragraph is what a fix needs to see
            pytest.fail(f"variant {number} (0 = whole article) failed: {type(exc).__name__}: {exc}\n{text[:400]}")
