"""The phrase matcher behind the gazetteers: both scans, and the case-aware one's start words."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradecorpus.extractors._phrases import Phrase, PhraseMatcher

FORMS = [
    "China",
    "U.S.",
    "United States",
    "the States",
    "Soviet Union",
    "Former Soviet Union",
    "al-Qaeda",
    "eBay",
    "dpa",
    "10 Downing Street",
    "trade representative's office",
    "WTO",
]
MATCHER: PhraseMatcher[str] = PhraseMatcher([Phrase(f, f) for f in FORMS], lower_case_first=("reuter",))


def keys(text: str, *, cased: bool) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.key) for m in MATCHER.finditer(text, cased=cased)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("china and China", [("China", "china")]),
        ("in the States and the U.S.", [("the States", "the states"), ("U.S", "u s")]),
        ("the  States", [("the  States", "the states")]),
        ("al-Qaeda, eBay and dpa", [("al-Qaeda", "al qaeda"), ("eBay", "ebay"), ("dpa", "dpa")]),
        ("at 10 Downing Street", [("10 Downing Street", "10 downing street")]),
        (
            "the trade representative's office",
            [("trade representative's office", "trade representative s office")],
        ),
        ("the former Soviet Union", [("Soviet Union", "soviet union")]),  # not hidden by lower case
        ("Reuters; reuter", []),  # a lower-case first word a caller accepts is tried, only whole words
        ("UWTO and WTOs", []),
    ],
)
def test_cased_scan(text: str, expected: list[tuple[str, str]]) -> None:
    assert keys(text, cased=True) == expected


def test_a_caller_lower_case_first_word_is_tried() -> None:
    m = PhraseMatcher([Phrase("Reuter", 1)], lower_case_first=("reuter",))
    assert [x.key for x in m.finditer("-- reuter", cased=True)] == ["reuter"]
    assert [x.key for x in m.finditer("-- reuter", cased=False)] == ["reuter"]


def test_the_plain_scan_matches_any_case() -> None:
    assert keys("china and the former Soviet Union", cased=False) == [
        ("china", "china"),
        ("former Soviet Union", "former soviet union"),
    ]


@pytest.mark.parametrize("cased", [False, True])
def test_start_and_end_bound_the_scan(cased: bool) -> None:
    text = "China, the U.S. and China"
    assert [(m.start, m.end) for m in MATCHER.finditer(text, 5, 20, cased=cased)] == [(11, 14)]


_WORDS = st.sampled_from(
    ["the", "The", "and", "of", "States", "u.s.", "U.S.", "china", "China", "WTO", "al", "-"]
)


@given(st.lists(_WORDS, max_size=30), st.sampled_from([" ", "  ", "\n", "-", ". "]))
def test_cased_matches_are_written_as_a_form_allows(words: list[str], gap: str) -> None:
    """Every match the case-aware scan finds starts a word as some form may start it, and every
    capitalised whole form in the text is found by it (nothing lower-case hides one)."""
    text = gap.join(words)
    found = list(MATCHER.finditer(text, cased=True))
    for m in found:
        assert any(p.cased(text[m.start : m.end]) for p in m.phrases) or text[m.start].islower()
        assert m.start == 0 or not text[m.start - 1].isalnum()
    plain = {
        (m.start, m.end)
        for m in MATCHER.finditer(text)
        if any(p.cased(text[m.start : m.end]) for p in m.phrases)
    }
    cased = {(m.start, m.end) for m in found}
    assert plain <= cased


@pytest.mark.parametrize("unit", ["The ", "the States ", "A" * 40 + " ", "trade ", "al-"], ids=repr)
def test_cased_scan_takes_linear_time(unit: str) -> None:
    def seconds(text: str) -> float:
        t = time.perf_counter()
        for _ in MATCHER.finditer(text, cased=True):
            pass
        return time.perf_counter() - t

    small, large = unit * (100_000 // len(unit)), unit * (1_000_000 // len(unit))
    t_small, t_large = seconds(small), seconds(large)
    assert t_large < 20 * t_small + 0.5, (t_small, t_large)
