"""Numbers with approximation cues, and deadlines in hours."""

from __future__ import annotations

import pytest

from service.extract.quantities import find_deadline, find_numbers


@pytest.mark.parametrize(
    "text, hours",
    [("given the French ambassador just 48 hours to leave", 48), ("told him to depart within 72 hours", 72),
     ("to quit the country within three days", 72), ("issued a 24-hour ultimatum", 24),
     ("gave him 48 hours", 48), ("must leave within a week", 168), ("within a month", None),
     ("The expulsions came two days after the warning", None)],
)  # fmt: skip
def test_deadlines_in_hours(text, hours):
    found = find_deadline(text)
    assert (found[0] if found else None) == hours


def test_numbers_and_approximation():
    found = {n.text: (n.value, n.approximate) for n in find_numbers(
        "around 2,500 troops, about 1,100 more, some 4.3 million people and seven officials")}  # fmt: skip
    assert found == {"around 2,500": (2500, True), "about 1,100": (1100, True),
                     "some 4.3 million": (4.3e6, True), "seven": (7, False)}  # fmt: skip
