"""The built-in deadlines extractor: cut-offs, planned events and start dates, with their events."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradecorpus
from tradecorpus.extractors.dates import find_dates
from tradecorpus.extractors.deadlines import find_deadlines
from tradecorpus.model import Document

PUBLISHED = dt.date(2019, 11, 13)


def deadlines(text: str) -> list[tuple[str, str, str, str | None]]:
    doc = tradecorpus.extract(text, published=PUBLISHED)
    return [(d.date.text, d.date.value, d.kind, d.event) for d in doc.deadlines]


CASES = [
    # a cut-off after the date, or said to be one
    (
        "China faces a March 1 deadline to reach a deal.",
        [("March 1", "2020-03-01", "deadline", "China faces")],
    ),
    (
        "Trump has insisted March 1 would be a hard deadline.",
        [("March 1", "2020-03-01", "deadline", "Trump has insisted")],
    ),
    ("The 90-day clock is ticking.", [("90-day", "P90D", "deadline", "clock is ticking")]),
    # the day a measure starts
    (
        "New tariffs set for Dec. 15 would hit phones.",
        [("Dec. 15", "2019-12-15", "effective", "New tariffs")],
    ),
    (
        "Levies that went into effect Sept. 1 hit farmers.",
        [("Sept. 1", "2019-09-01", "effective", "went into effect")],
    ),
    # a planned event; not one in the past
    ("Talks will resume next week.", [("next week", "2019-W47", "scheduled", "Talks will resume")]),
    (
        "Officials will meet every six months.",
        [("every six months", "P6M", "scheduled", "Officials will meet")],
    ),
    ("Talks that will decide the deal resumed last week.", []),
    # a date that is none of these
    ("Exports fell in October.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_deadlines(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert deadlines(text) == expected


def test_each_deadline_holds_one_of_the_document_s_dates() -> None:
    doc = tradecorpus.extract(
        "Tariffs set for Dec. 15 will stay; talks resume next week before a March 1 deadline.",
        published=PUBLISHED,
    )
    assert doc.deadlines
    assert all(d.date in doc.dates for d in doc.deadlines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_no_text_crashes_it(text: str) -> None:
    dates = tuple(find_dates(Document(text=text, published=PUBLISHED)))
    doc = Document(text=text, published=PUBLISHED, dates=dates)
    assert all(d.date in dates for d in find_deadlines(doc))
