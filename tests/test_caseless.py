"""Case-insensitive scans on lower-cased text, and the first words of a pattern (the extractors' fast
scans, ``tradecorpus.extractors._caseless``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradecorpus.extractors import dates, deadlines
from tradecorpus.extractors._caseless import (
    caseless,
    first_chars,
    first_words,
    gated,
    lower_keeping_length,
    lowered,
)


def test_lowered_keeps_positions() -> None:
    assert lowered("Tariffs TAKE Effect") == "tariffs take effect"
    # ``İ`` lower-cases to two characters: only the ASCII letters are lowered then
    text = "İstanbul TALKS"
    assert len(lowered(text)) == len(text)
    assert lowered(text) == "İstanbul talks"


def test_lower_keeping_length_says_when_lowering_would_move_offsets() -> None:
    assert lower_keeping_length("Tariffs TAKE Effect") == "tariffs take effect"
    assert lower_keeping_length("İstanbul TALKS") is None  # (for the caller's own fallback)
    assert lowered("İstanbul TALKS") == "İstanbul talks"


def test_lowered_is_shared_but_never_stale() -> None:
    first = "Deadline MARCH 1"
    assert lowered(first) is lowered(first)
    assert lowered("Other TEXT") == "other text"
    assert lowered(first) == "deadline march 1"


def test_caseless_lowers_letters_but_not_escapes() -> None:
    pattern = caseless(r"\bTake[ \t]+Effect\b\S*|\W(?P<word>[A-Z]+)")
    assert pattern.pattern == r"\btake[ \t]+effect\b\S*|\W(?P<word>[a-z]+)"
    assert pattern.flags & re.IGNORECASE == 0


def test_caseless_refuses_what_it_cannot_keep() -> None:
    with pytest.raises(ValueError, match="IGNORECASE"):
        caseless("deadline", re.IGNORECASE)
    with pytest.raises(ValueError, match="lower case"):
        caseless(r"(?P<Cut>deadline)")


#: Text made of the words and marks the cue patterns read, in any case.
_CUE_WORDS = [
    "Tariffs",
    "WILL",
    "take",
    "Effect",
    "deadline",
    "by",
    "March",
    "1",
    "must",
    "be",
    "reached",
    "İ",
    "set",
    "for",
    "go",
    "INTO",
    "force",
    "on",
    "the",
    "ends",
    "at",
    "impose",
    "cut",
    "duties",
    "Cut-Off",
    "Kicks",
    "in",
    "scheduled",
    "to",
    "meet",
    "No",
    "later",
    "than",
    "expires",
    "sanctions",
    "are",
    "slated",
]
_CUE_TEXT = st.lists(st.sampled_from([*_CUE_WORDS, ".", ",", " ", "\t"]), max_size=40).map(" ".join)
_CUES = [
    deadlines._DEADLINE_BEFORE,
    deadlines._EFFECTIVE_BEFORE,
    deadlines._MEASURE_BEFORE,
    deadlines._SCHEDULED_BEFORE,
]


@pytest.mark.parametrize("cue", _CUES, ids=lambda p: p.pattern[:30])
@settings(max_examples=150, deadline=None)
@given(text=_CUE_TEXT)
def test_caseless_finds_what_ignorecase_finds(cue: re.Pattern[str], text: str) -> None:
    as_written = re.compile(cue.pattern, re.IGNORECASE)
    ours = [m.span() for m in cue.finditer(lowered(text))]
    theirs = [m.span() for m in as_written.finditer(text)]
    assert ours == theirs


def test_first_words() -> None:
    assert first_words(r"(?:the[ \t]+)?(?:last|next)[ \t]+week\b") == {"the", "last", "next"}
    assert first_words(r"[0-9]{1,2}(?:st|nd)?|mid-[0-9]{4}") == {"#", "mid"}
    assert first_words(r"(?<![\w-])\bJan\.?[ \t]+[0-9]") == {"Jan"}
    assert first_words(r"(?:early|late)[ \t]+year\b") == {"early", "late"}
    assert first_words(r"[a-z]+ ago") is None  # any word
    assert first_words(r"mid") is None  # (the match may end inside ``middle``)


#: Date expressions and their parts, to check that a family's matches begin with its first words.
_DATE_WORDS = [
    "the",
    "last",
    "next",
    "this",
    "past",
    "two",
    "a",
    "few",
    "years",
    "year",
    "ago",
    "earlier",
    "March",
    "Oct.",
    "11",
    "1st",
    "2019",
    "1990s",
    "mid",
    "-",
    "early",
    "end",
    "of",
    "week",
    "third",
    "quarter",
    "every",
    "six",
    "months",
    "Wednesday",
    "night",
    "today",
    "10",
    "a.m.",
    "noon",
    "fiscal",
    "Christmas",
    "nineteen",
    "ninety",
    "/",
    "12/05/2019",
    "90-day",
    "right",
    "now",
    "soon",
    ",",
    "'s",
]
_DATE_TEXT = st.lists(st.sampled_from(_DATE_WORDS), max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=_DATE_TEXT)
def test_date_families_begin_with_their_first_words(text: str) -> None:
    low = lowered(text)
    for name, words in dates._OPENING:
        if words is None:
            continue
        pattern = caseless(dates._BODY[name])
        for at in range(len(low)):
            m = pattern.match(low, at)
            if m is None or not m.group():
                continue
            first = re.match(r"[^\W\d_]+", m.group())
            word = first.group() if first else ("#" if m.group()[0].isdigit() else m.group()[0])
            assert word in words, (name, m.group())


def test_first_chars() -> None:
    assert first_chars(r"\b(?:the[ \t]+)?(?:last|next)|[0-2]") == {"0", "1", "2", "l", "n", "t"}
    assert first_chars(r"(?<![\w-])(?=x)(?:ab|c)?d") == {"a", "c", "d"}
    assert first_chars(r"(?:the)?\w+") is None  # a class of every word character
    assert first_chars(r"(?:the)?") is None  # an empty match


_GATED_SOURCES = [
    deadlines._PLAN_CUE_PATTERN,
    r"\b(?:expires?|(?:has|have)[ \t]+to[^.;!?]{0,20}\bby|(?<!\bat[ \t])ends?)[^.;!?]{0,24}$",
    r"(?<![\w'’-])(?:the[ \t]+)?(?:last|next)[ \t]+(?:week|month)\b|[0-9]+",
]


@pytest.mark.parametrize("source", _GATED_SOURCES)
@settings(max_examples=150, deadline=None)
@given(text=_CUE_TEXT)
def test_a_gated_pattern_finds_what_the_pattern_finds(source: str, text: str) -> None:
    assert gated(source).pattern.startswith("(?=[")
    low = lowered(text + " ends last week 12 has to pay by")
    for at in range(0, len(low), 7):
        assert [m.span() for m in gated(source).finditer(low, at)] == [
            m.span() for m in caseless(source).finditer(low, at)
        ]
        assert bool(gated(source).search(low[at:])) == bool(caseless(source).search(low[at:]))
