"""The built-in dates extractor: TIMEX3 types and values, spans, relative resolution; robustness."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradecorpus
from tradecorpus.extractors.dates import find_dates
from tradecorpus.model import DateMention, Document
from tradecorpus.testing.strategies import date_texts

PUBLISHED = dt.date(2019, 11, 13)  # a Wednesday, in ISO week 46


def dates(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str, str, str | None]]:
    return [(d.text, d.type, d.value, d.mod) for d in find_dates(Document(text=text, published=published))]


CASES = [
    # calendar dates: the year of publication, or the next one for a date the sentence looks ahead to
    ("It fell on Oct. 11, the ministry said.", [("Oct. 11", "DATE", "2019-10-11", None)]),
    ("Talks end on March 1st, 2019.", [("March 1st, 2019", "DATE", "2019-03-01", None)]),
    ("They will meet before a March 1 deadline.", [("March 1", "DATE", "2020-03-01", None)]),
    # a unit made an adjective of length is no date
    ("News of the week-long visit came out.", []),
    ("Sales in June 2018 rose.", [("June 2018", "DATE", "2018-06", None)]),
    ("It was signed on 11 October.", [("11 October", "DATE", "2019-10-11", None)]),
    # relative periods
    ("Officials meet next week.", [("next week", "DATE", "2019-W47", None)]),
    ("Exports fell last month.", [("last month", "DATE", "2019-10", None)]),
    ("Tariffs rose earlier this year.", [("earlier this year", "DATE", "2019", "START")]),
    ("The deal may close later this month.", [("later this month", "DATE", "2019-11", "END")]),
    ("Growth slowed in the third quarter.", [("the third quarter", "DATE", "2019-Q3", None)]),
    ("Prices rose two years ago.", [("two years ago", "DATE", "2017", None)]),
    ("Orders fell last fall.", [("last fall", "DATE", "2018-FA", None)]),
    # weekdays: past, or future by the tense
    ("Trump said on Monday that talks went well.", [("Monday", "DATE", "2019-11-11", None)]),
    ("Negotiators will meet Friday.", [("Friday", "DATE", "2019-11-15", None)]),
    ("He spoke Wednesday night.", [("Wednesday night", "DATE", "2019-11-13", None)]),
    # modifiers
    ("Talks resume in late June.", [("late June", "DATE", "2019-06", "END")]),
    ("They meet at the end of February.", [("the end of February", "DATE", "2019-02", "END")]),
    # durations and sets
    ("China will buy more over two years.", [("two years", "DURATION", "P2Y", None)]),
    ("a 90-day truce", [("90-day", "DURATION", "P90D", None)]),
    ("in the first nine months", [("the first nine months", "DURATION", "P9M", None)]),
    ("They meet every six months.", [("every six months", "SET", "P6M", None)]),
    ("Reviews are held annually.", [("annually", "SET", "P1Y", None)]),
    # years, decades, general references, clock times
    ("compared with 2017's level", [("2017", "DATE", "2017", None)]),
    ("since the 1990s", [("the 1990s", "DATE", "199X", None)]),
    ("Talks are now stalled.", [("now", "DATE", "PRESENT_REF", None)]),
    ("He spoke at 10 a.m.", [("10 a.m.", "TIME", "2019-11-13T10:00", None)]),
    # parts of days, years of account, holidays
    ("He left this morning.", [("this morning", "DATE", "2019-11-13TMO", None)]),
    ("Profit for the fiscal year rose.", [("the fiscal year", "DATE", "2019", None)]),
    ("Stores opened on Thanksgiving Day.", [("Thanksgiving Day", "DATE", "2019-11-28", None)]),
    # years and decades said aloud, as broadcast transcripts write them
    (
        "It began in nineteen ninety-six, in the nineties.",
        [("nineteen ninety-six", "DATE", "1996", None), ("the nineties", "DATE", "199X", None)],
    ),
    # hours and minutes of unknown number; not the hours a business keeps
    (
        "Talks lasted hours after normal business hours.",
        [("hours", "DURATION", "PTXH", None)],
    ),
    # centuries; hours of a day said in words
    (
        "It grew in the 20th century and at 4 in the morning.",
        [("the 20th century", "DATE", "19", None), ("4 in the morning", "TIME", "2019-11-13T04:00", None)],
    ),
    # ``this`` alone is no date, ``this century`` is
    ("This is the deal of this century.", [("this century", "DATE", "20", None)]),
    # ``that day``, ``later that year``: the date before, cut to the unit
    (
        "Markets fell on Oct. 12, and later that day the ministry spoke.",
        [("Oct. 12", "DATE", "2019-10-12", None), ("later that day", "DATE", "2019-10-12", "END")],
    ),
    # a year earlier after a quarter of the same sentence: that quarter a year before
    (
        "Third-quarter profit fell from a year earlier.",
        [("Third-quarter", "DATE", "2019-Q3", None), ("a year earlier", "DATE", "2018-Q3", None)],
    ),
    # not dates: counts, the verb ``may``, a name, adjectives of other things, rates
    ("It shipped 2000 tonnes and 1,990 cars.", []),
    ("Theresa May said they may march on.", []),
    ("The current account deficit widened.", []),
    ("It pays a quarterly dividend of $5 a year.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_dates(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text) == expected


def test_without_a_publication_date_the_unknown_parts_are_x() -> None:
    assert dates("It ends on July 21, and talks resume next week.", published=None) == [
        ("July 21", "DATE", "XXXX-07-21", None),
        ("next week", "DATE", "XXXX-WXX", None),
    ]


def test_lower_case_stripped_text() -> None:
    text = "trump said on wednesday that talks would resume later this month a march 1 deadline"
    doc = tradecorpus.extract(text, published=PUBLISHED)
    assert doc.stripped
    assert [(d.text, d.value) for d in doc.dates] == [
        ("wednesday", "2019-11-13"),
        ("later this month", "2019-11"),
        ("march 1", "2020-03-01"),
    ]


def test_the_pipeline_runs_the_plugin_and_spans_index_the_text() -> None:
    doc = tradecorpus.extract(
        "Tariffs set for Dec. 15 will stay, officials said Tuesday.", published=PUBLISHED
    )
    assert [(d.text, d.value) for d in doc.dates] == [("Dec. 15", "2019-12-15"), ("Tuesday", "2019-11-12")]
    for d in doc.dates:
        assert doc.text[d.start : d.end] == d.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [*"0123456789 -/.,:'\n", "May ", "March ", "next ", "week", "year", "s", "ago ", "the ", "a.m."]
        ),
        max_size=120,
    ).map("".join)
    | st.text(max_size=200),
    st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))),
)
def test_no_text_crashes_it_and_every_span_is_valid(text: str, published: dt.date | None) -> None:
    for d in find_dates(Document(text=text, published=published)):
        assert text[d.start : d.end] == d.text
        assert d.value


@pytest.mark.parametrize("unit", ["May 1 ", "the third quarter of ", "every other ", "1999 ", "last "])
def test_time_stays_linear_on_adversarial_text(unit: str) -> None:
    def seconds(n: int) -> float:
        doc = Document(text=unit * n, published=PUBLISHED)
        started = time.perf_counter()
        find_dates(doc)
        return time.perf_counter() - started

    small, large = seconds(2_000), seconds(20_000)
    assert large < 20 * max(small, 1e-3)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(date_texts())
def test_generated_dates_round_trip(case: tuple[str, dt.date, DateMention]) -> None:
    text, published, expected = case
    found = tradecorpus.extract(text, published=published).dates
    assert [(d.start, d.end, d.text, d.type, d.value, d.mod) for d in found] == [
        (expected.start, expected.end, expected.text, expected.type, expected.value, expected.mod)
    ]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(date_texts(stripped=True))
def test_generated_dates_round_trip_in_stripped_text(case: tuple[str, dt.date, DateMention]) -> None:
    text, published, expected = case
    doc = tradecorpus.extract(text, published=published)
    assert doc.stripped
    assert [(d.text, d.type, d.value) for d in doc.dates] == [(expected.text, expected.type, expected.value)]


# --------------------------------------------------------------------------- seeds' gold

GOLD = sorted((Path(__file__).parent / "gold").glob("0*.json"))
SEEDS = Path(__file__).parent.parent / "seeds"


def _seed(path: Path) -> tuple[Document, Document]:
    """The gold document and what the pipeline finds, published on the gold's date (the one the
    seed states, or the one its text implies, kept in ``extras``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    gold = Document.from_dict(data)
    published = data.get("extras", {}).get("published")
    doc = tradecorpus.extract(tradecorpus.read(SEEDS / f"{path.stem}.txt"), published=published)
    assert doc.text == gold.text
    return gold, doc


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_seed_dates_match_gold(path: Path) -> None:
    gold, doc = _seed(path)
    found = [(d.start, d.end, d.text, d.type, d.value, d.mod) for d in doc.dates]
    assert found == [(d.start, d.end, d.text, d.type, d.value, d.mod) for d in gold.dates]


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_seed_deadlines_match_gold(path: Path) -> None:
    gold, doc = _seed(path)
    assert [(d.date.start, d.date.end, d.kind, d.event) for d in doc.deadlines] == [
        (d.date.start, d.date.end, d.kind, d.event) for d in gold.deadlines
    ]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a measure said to start: the date still to come, across the turn of the year
        ("New duties would take effect on Jan. 1, the ministry said.", dt.date(2024, 12, 10), "2025-01-01"),
        ("Tariffs take effect Feb. 1.", dt.date(2024, 12, 10), "2025-02-01"),
        ("The rules would go into force on Jan. 15.", dt.date(2019, 12, 20), "2020-01-15"),
        ("Talks would resume on Jan. 8, he said.", dt.date(2019, 12, 20), "2020-01-08"),
        # ... and one that has started, or a past event: the date gone by
        ("Tariffs took effect on Jan. 1.", dt.date(2024, 12, 10), "2024-01-01"),
        ("The deal was signed on Dec. 28.", dt.date(2020, 1, 5), "2019-12-28"),
    ],
)
def test_a_day_without_its_year_follows_the_tense_of_its_sentence(
    text: str, published: dt.date, value: str
) -> None:
    (date,) = find_dates(Document(text=text, published=published))
    assert date.value == value
