"""Reading articles: the date line, the body offsets and clear errors for unusable files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.extract import ArticleError, extract_article, extract_text
from service.extract.reader import parse_source

SEED = Path(__file__).resolve().parent.parent / "data" / "articles" / "00-seed-niger-french-ambassador.txt"


@pytest.mark.parametrize(
    "content, message",
    [(b"", "empty"), (b"  \n\n", "empty"), (b"date 2023-01-02\x00\x01binary", "not a text file"),
     (b"\xff\xfe\xfa not utf-8", "not UTF-8"), (b"No date line here.\nJust text.", "no date line"),
     (b"date 2023-13-40 Bad date.", "invalid date"), (b"date 2023-01-02\n\n", "no text")],
)  # fmt: skip
def test_unusable_files_raise_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        extract_article(path)


def test_missing_file_is_an_article_error(tmp_path):
    with pytest.raises(ArticleError, match="cannot read"):
        extract_article(tmp_path / "absent.txt")


def test_date_line_sharing_the_first_paragraph():
    source = parse_source(" date 2023-11-12 In a surprising move, X.", "seed")
    assert source.date == date(2023, 11, 12)
    assert source.text[source.body_start :].startswith("In a surprising move")


def test_date_override_replaces_or_stands_in_for_the_date_line():
    assert extract_text("date 2020-01-01\nNiger said so.", "a", date(2021, 5, 5)).date == date(2021, 5, 5)
    assert extract_text("Niger said so.", "b", date(2021, 5, 5)).date == date(2021, 5, 5)


def test_sentence_offsets_index_the_original_text():
    article = extract_article(SEED)
    assert article.text == SEED.read_text(encoding="utf-8")
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
    assert article.sentences[0].text.startswith("In a surprising move")
    assert any("Niger’s Foreign Ministry" in s.text for s in article.sentences)
