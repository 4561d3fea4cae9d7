"""The built-in deadlines extractor: cut-offs, planned events and start dates, with their events."""

from __future__ import annotations

import datetime as dt
import time

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
        [("March 1", "2020-03-01", "deadline", "deadline to reach a deal")],
    ),
    (
        "Trump has insisted March 1 would be a hard deadline.",
        [("March 1", "2020-03-01", "deadline", "hard deadline")],
    ),
    ("The 90-day clock is ticking.", [("90-day", "P90D", "deadline", "clock")]),
    (
        "Canada set a July 1 deadline for agreement on the dispute.",
        [("July 1", "2020-07-01", "deadline", "deadline for agreement on the dispute")],
    ),
    (
        "Talks must be concluded by Dec. 15, officials said.",
        [("Dec. 15", "2019-12-15", "deadline", "Talks must be concluded")],
    ),
    # the day a measure starts; a clause that only says when gives the measure
    (
        "New tariffs set for Dec. 15 would hit phones.",
        [("Dec. 15", "2019-12-15", "effective", "New tariffs")],
    ),
    (
        "Levies that went into effect Sept. 1 hit farmers.",
        [("Sept. 1", "2019-09-01", "effective", "Levies")],
    ),
    (
        "The new duties, to go into effect on Dec. 15, cover toys.",
        [("Dec. 15", "2019-12-15", "effective", "new duties")],
    ),
    (
        "Public hearings on the sanctions are set for Dec. 2.",
        [("Dec. 2", "2019-12-02", "scheduled", "Public hearings on the sanctions")],
    ),
    # a planned event; not one in the past
    ("Talks will resume next week.", [("next week", "2019-W47", "scheduled", "Talks will resume")]),
    (
        "Officials will meet every six months.",
        [("every six months", "P6M", "scheduled", "Officials will meet")],
    ),
    (
        "President Donald Trump's top negotiators are headed to Beijing next week.",
        [("next week", "2019-W47", "scheduled", "top negotiators are headed to Beijing")],
    ),
    (
        "Ministers will meet next week to discuss farm subsidies.",
        [("next week", "2019-W47", "scheduled", "discuss farm subsidies")],
    ),
    (
        "Analysts expect progress at next week's Venice summit on the dispute.",
        [("next week", "2019-W47", "scheduled", "Venice summit")],
    ),
    (
        "The sides will hold a December meeting in Geneva.",
        [("December", "2019-12", "scheduled", "meeting")],
    ),
    (
        "One official said the two countries were working to set up a meeting between Xi and Trump at "
        "the end of December.",
        [("the end of December", "2019-12", "scheduled", "set up a meeting between Xi and Trump")],
    ),
    (
        "The Dec. 2 committee meeting will review the pact.",
        [("Dec. 2", "2019-12-02", "scheduled", "committee meeting")],
    ),
    (
        "The controls will be lifted at the end of December.",
        [("the end of December", "2019-12", "scheduled", "controls will be lifted")],
    ),
    # a measure imposed, cut or raised on the date starts then
    (
        "The U.S. plans to impose tariffs on $160 billion of Chinese goods on Dec. 15.",
        [("Dec. 15", "2019-12-15", "effective", "impose tariffs on $160 billion of Chinese goods")],
    ),
    (
        "Taiwan said it will cut tariffs on 1,700 goods in December.",
        [("December", "2019-12", "effective", "it will cut tariffs on 1,700 goods")],
    ),
    # the date that ends a measure's span is not the day it takes effect
    ("They agreed to cut tariffs by 10 pct every two years up to 2026.", []),
    ("Talks that will decide the deal resumed last week.", []),
    ("Nothing has been scheduled as the sides wait to see what can be achieved next week.", []),
    ("Officials will meet under the terms of a July 2018 pact.", []),
    # a dateline's date, and a date that is none of these
    ("WASHINGTON, Nov. 13 - Officials will meet to discuss the plan.", []),
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


@pytest.mark.parametrize(
    "unit",
    [
        "talks will resume next week ",  # one sentence, a planned event every few words
        "a march 1 deadline to reach ",
        "levies that went into effect sept 1 and ",
        "WASHINGTON, March 4 - ",
    ],
)
def test_time_stays_linear_on_adversarial_text(unit: str) -> None:
    def seconds(n: int) -> float:
        text = unit * n
        dates = tuple(find_dates(Document(text=text, published=PUBLISHED)))
        doc = Document(text=text, published=PUBLISHED, dates=dates)
        started = time.perf_counter()
        find_deadlines(doc)
        return time.perf_counter() - started

    small, large = seconds(1_000), seconds(10_000)
    assert large < 20 * max(small, 1e-3)
