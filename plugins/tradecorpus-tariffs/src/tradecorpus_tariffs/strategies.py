"""Hypothesis strategies for tariff sentences, for testing this plugin or a parser of your own.

:func:`tariff_texts` renders a sentence about one tariff measure from drawn values and gives back
the values, so a test can parse the sentence and compare (a round trip)::

    from hypothesis import given
    from tradecorpus_tariffs.strategies import tariff_texts

    @given(tariff_texts())
    def test_round_trip(case):
        text, published, expected = case
        ...
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st
from tradecorpus.gazetteer import country_by_code
from tradecorpus.testing.styles import strip_punctuation

__all__ = ["TRADING_COUNTRIES", "tariff_texts"]

#: ISO codes of the countries the sentences name: large traders whose names and demonyms are
#: unambiguous in English news, lower-cased too (not Turkey, which is also a bird).
TRADING_COUNTRIES = ("US", "CN", "JP", "CA", "MX", "IN", "KR", "BR", "AU", "DE", "FR", "VN", "ID", "GB")

_HEADS = ("tariffs", "tariff", "duties", "levies", "import duties", "retaliatory tariffs", "surcharges")
_GOODS = ("goods", "imports", "steel", "cars", "soybeans", "electronic goods", "farm products",
          "solar panels")  # fmt: skip
_PCT = ("%", " percent", " pct", " per cent")
_VERBS = ("imposed", "will impose", "has imposed", "threatened to impose", "slapped")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip


def _subject(code: str) -> str:
    name = country_by_code(code).name
    return f"The {name}" if name.startswith("United") else name


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f")


@st.composite
def tariff_texts(draw: st.DrawFn, *, stripped: bool = False) -> tuple[str, dt.date, dict[str, Any]]:
    """A sentence about one tariff measure, its publication date, and what it says.

    The dict has the :class:`~tradecorpus_tariffs.Tariff` fields the sentence gives: ``rate``,
    ``previous_rate`` (Decimals or None), ``goods`` (as written in the returned text), ``value``
    (the amount in dollars, a Decimal, or None), ``imposer`` and ``target`` (canonical country
    names) and ``effective`` (an ISO date or None). With ``stripped=True`` the sentence is
    lower-cased and stripped of punctuation, as corpus dumps are.
    """
    imposer, target = draw(st.lists(st.sampled_from(TRADING_COUNTRIES), min_size=2, max_size=2, unique=True))
    rate = Decimal(draw(st.integers(1, 200)))
    if draw(st.booleans()):
        rate += Decimal(draw(st.sampled_from(("0.5", "0.25", "0.1"))))
    pct = draw(st.sampled_from(_PCT))
    head = draw(st.sampled_from(_HEADS))
    goods_noun = draw(st.sampled_from(_GOODS))
    demonym = country_by_code(target).demonyms[0]
    goods = f"{demonym} {goods_noun}"
    value: Decimal | None = None
    covered = goods
    if draw(st.booleans()):
        billions = draw(st.integers(1, 900))
        value = Decimal(billions) * 10**9
        # "$5 billion of" loses its currency when stripped: "5 billion of" may be tonnes
        forms = [f"{billions} billion dlrs worth of {goods}", f"{billions} billion dollars worth of {goods}"]
        if not stripped:
            forms.append(f"${billions} billion of {goods}")
        covered = draw(st.sampled_from(forms))
    previous: Decimal | None = None
    form = draw(st.sampled_from(("before", "of", "change")))
    if form == "before":
        measure = f"{_number(rate)}{pct} {head} on {covered}"
    elif form == "of":
        measure = f"{head} of {_number(rate)}{pct} on {covered}"
    else:
        previous = Decimal(draw(st.integers(1, 200)))
        old, new = f"{_number(previous)}{pct}", f"{_number(rate)}{pct}"
        changed = draw(st.sampled_from((f"to {new} from {old}", f"from {old} to {new}")))
        measure = f"{head} on {covered} {changed}"
        head_verb = "raised" if previous < rate else "cut"
        sentence = f"{_subject(imposer)} {head_verb} {measure}"
    if form != "change":
        sentence = f"{_subject(imposer)} {draw(st.sampled_from(_VERBS))} {measure}"
    published = draw(st.dates(dt.date(1980, 1, 1), dt.date(2030, 12, 31)))
    effective: str | None = None
    if draw(st.booleans()):
        day = draw(st.dates(published, published + dt.timedelta(days=300)))
        # lower-cased "may" is the verb to the built-in dates extractor, so stripped text skips May
        assume(not (stripped and day.month == 5))
        effective = day.isoformat()
        sentence += f", effective {_MONTHS[day.month - 1]} {day.day}, {day.year}"
    text = sentence + "."
    if stripped:
        text = strip_punctuation(text).text
        goods = strip_punctuation(goods).text
    expected = {
        "rate": rate,
        "previous_rate": previous,
        "goods": goods,
        "value": value,
        "imposer": country_by_code(imposer).name,
        "target": country_by_code(target).name,
        "effective": effective,
    }
    return text, published, expected
