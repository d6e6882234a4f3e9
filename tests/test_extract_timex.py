"""Time expressions resolved against the date line (most recent such day before it)."""

from __future__ import annotations

from datetime import date

import pytest

from service.extract.timex import find_times


@pytest.mark.parametrize(
    "text, anchor, value",
    [("issued on Friday", date(2023, 11, 12), date(2023, 11, 10)),
     ("announced last Thursday", date(2021, 10, 7), date(2021, 9, 30)),
     ("on Monday summoned", date(2022, 2, 1), date(2022, 1, 31)),
     ("on 3 March", date(2023, 6, 1), date(2023, 3, 3)),
     ("on December 20", date(2023, 6, 1), date(2022, 12, 20)),
     ("yesterday", date(2023, 6, 1), date(2023, 5, 31))],
)  # fmt: skip
def test_days_resolve_before_the_date_line(text, anchor, value):
    (time,) = find_times(text, 0, anchor)
    assert time.value == value
    assert time.text in text


def test_vague_expressions_keep_their_words_and_partial_values():
    late, = find_times("late last week", 0, date(2023, 11, 12))
    assert late.value is None and late.text == "late last week" and late.method == "relative-to-dateline"
    month, = find_times("Late last month, the army", 0, date(2023, 6, 10))
    assert (month.year, month.month) == (2023, 5)
    year, = find_times("independence from France in 1960", 0, date(2023, 11, 12))
    assert year.year == 1960 and year.method == "explicit"


def test_offsets_are_shifted_into_the_article():
    (time,) = find_times("the junta on Friday", 100, date(2023, 11, 12))
    assert (time.span.start, time.span.end) == (110, 119)
