"""Hypothesis strategies for tradecorpus's model objects.

Every strategy returns values that satisfy the model's invariants -- spans inside the text and
matching it -- so tests built on them fail only for the behaviour they check. Simpler values come
first, so failures shrink to them.

>>> from hypothesis import given
>>> @given(documents())
... def test_round_trip(doc):
...     assert Document.from_dict(doc.to_dict()) == doc
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from tradecorpus.model import (
    DATE_TYPES,
    DEADLINE_KINDS,
    ENTITY_KINDS,
    Byline,
    Commitment,
    DateMention,
    Deadline,
    Document,
    Entity,
    Money,
    Official,
    PluginFailure,
    Quote,
    Span,
)

__all__ = ["amounts", "documents", "spans"]

_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=12)
_CODES3 = st.sampled_from(["USD", "EUR", "CNY", "JPY", "GBP", "CAD", "MXN", "KRW"])
_CODES2 = st.sampled_from(["US", "CN", "JP", "DE", "GB", "CA", "MX", "KR"])


def amounts(
    *, min_value: Decimal = Decimal(0), max_value: Decimal = Decimal(10) ** 15
) -> st.SearchStrategy[Decimal]:
    """Finite decimal amounts between ``min_value`` and ``max_value``, with up to 2 places."""
    if min_value > max_value:
        msg = f"min_value must be <= max_value, got {min_value} > {max_value}"
        raise InvalidArgument(msg)
    return st.decimals(
        min_value=min_value, max_value=max_value, places=2, allow_nan=False, allow_infinity=False
    )


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    """A span of ``text`` (possibly empty when the text is)."""
    start = draw(st.integers(min_value=0, max_value=len(text)))
    end = draw(st.integers(min_value=start, max_value=len(text)))
    return Span.of(text, start, end)


def _optional_text() -> st.SearchStrategy[str | None]:
    return st.none() | st.text(max_size=20)


@st.composite
def _money(draw: st.DrawFn, text: str) -> Money:
    span = draw(spans(text))
    fields: dict[str, object] = {"currency": draw(st.none() | _CODES3), "qualifier": draw(_optional_text())}
    if draw(st.booleans()):
        fields["amount"] = draw(st.none() | amounts())
    else:
        low, high = sorted([draw(amounts()), draw(amounts())])
        fields.update(low=low, high=high)
    return Money.of(text, span.start, span.end, **fields)


@st.composite
def _date(draw: st.DrawFn, text: str) -> DateMention:
    span = draw(spans(text))
    value = draw(st.sampled_from(["2019-10-11", "2019-W47", "P2Y", "PRESENT_REF", "XXXX-07-21"]))
    return DateMention.of(
        text,
        span.start,
        span.end,
        type=draw(st.sampled_from(sorted(DATE_TYPES))),
        value=value,
        mod=draw(st.none() | st.sampled_from(["START", "END", "APPROX"])),
    )


@st.composite
def _quote(draw: st.DrawFn, text: str) -> Quote:
    span = draw(spans(text))
    return Quote.of(
        text,
        span.start,
        span.end,
        speaker=draw(_optional_text()),
        speaker_mention=draw(st.none() | spans(text)),
        cue=draw(st.none() | st.sampled_from(["said", "told"])),
        direct=draw(st.booleans()),
    )


@st.composite
def documents(draw: st.DrawFn, *, max_size: int = 300) -> Document:
    """Valid documents: any text, with findings of every kind placed on it.

    Findings are not required to be sensible (a "date" may cover any words) -- only valid, so the
    strategy serves tests of the model, serialisation and pipeline plumbing.
    """
    if max_size < 0:
        msg = f"max_size must be >= 0, got {max_size}"
        raise InvalidArgument(msg)
    text = draw(st.text(max_size=max_size) | st.lists(_WORDS, max_size=max_size // 6).map(" ".join))
    money = draw(st.lists(_money(text), max_size=3))
    dates = draw(st.lists(_date(text), max_size=3))
    people = draw(st.lists(_WORDS, max_size=3, unique=True))
    return Document(
        text=text,
        id=draw(st.none() | st.text(max_size=10)),
        title=None,
        published=draw(st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))),
        byline=draw(
            st.none()
            | spans(text).map(
                lambda s: Byline(start=s.start, end=s.end, text=s.text, authors=("Jane Doe",), places=())
            )
        ),
        paragraphs=tuple(draw(st.lists(spans(text), max_size=3))),
        sentences=tuple(draw(st.lists(spans(text), max_size=3))),
        stripped=draw(st.booleans()),
        money=tuple(money),
        dates=tuple(dates),
        quotes=tuple(draw(st.lists(_quote(text), max_size=3))),
        deadlines=tuple(
            Deadline(date=d, kind=draw(st.sampled_from(sorted(DEADLINE_KINDS))), event=draw(_optional_text()))
            for d in dates
        ),
        officials=tuple(
            Official(
                name=name,
                title=draw(_optional_text()),
                country=draw(st.none() | _CODES2),
                mentions=tuple(draw(st.lists(spans(text), max_size=3))),
            )
            for name in people
        ),
        entities=tuple(
            Entity(
                name=name,
                kind=draw(st.sampled_from(sorted(ENTITY_KINDS))),
                country=draw(st.none() | _CODES2),
                mentions=tuple(draw(st.lists(spans(text), max_size=3))),
            )
            for name in people
        ),
        commitments=tuple(
            Commitment(
                party=draw(_optional_text()),
                action="purchase",
                money=m,
                period=draw(st.none() | st.just("P2Y")),
                status="agreed",
            )
            for m in money
        ),
        extras=draw(
            st.dictionaries(
                st.sampled_from(["tariffs", "rates"]),
                st.lists(
                    st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=3)
                ),
                max_size=2,
            )
        ),
        errors=tuple(
            draw(
                st.lists(
                    st.builds(
                        PluginFailure,
                        plugin=_WORDS,
                        hook=st.just("extract_money"),
                        error=st.just("ValueError"),
                        message=st.text(max_size=20),
                    ),
                    max_size=3,
                )
            )
        ),
    )
