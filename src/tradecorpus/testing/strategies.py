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
import functools
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

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

__all__ = [
    "MONEY_CURRENCIES",
    "amounts",
    "date_texts",
    "documents",
    "entity_texts",
    "money_texts",
    "quote_texts",
    "spans",
]

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


# ---------------------------------------------------------------------------- money expressions

#: How each currency may be written before and after the number (clean text).
_CURRENCY_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "USD": (("$", "US$", "USD "), (" dollars", " U.S. dollars", " dlrs", " USD")),
    "EUR": (("€", "EUR "), (" euros", " EUR")),
    "GBP": (("£", "GBP "), (" pounds sterling", " stg", " GBP")),
    "JPY": (("JPY ",), (" yen", " JPY")),
    "CNY": (("RMB ", "CNY "), (" yuan", " renminbi", " CNY")),
    "CAD": (("C$", "CAD "), (" Canadian dollars", " CAD")),
    "KRW": (("KRW ",), (" won", " KRW")),
    "INR": (("Rs ", "INR "), (" rupees", " INR")),
    "CHF": (("CHF ",), (" Swiss francs", " CHF")),
    "MXN": (("MXN ",), (" Mexican pesos", " MXN")),
}
#: Currencies :func:`money_texts` can render.
MONEY_CURRENCIES = tuple(_CURRENCY_FORMS)
_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "bn": 9, "mln": 6, "tn": 12}
_LETTER_SCALES = {"k": 3, "m": 6, "bn": 9}
_SMALL_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_QUALIFIER_CHOICES = ("up to", "about", "nearly", "more than", "at least", "roughly", "almost", "less than")
#: Filler words around a rendered amount: no numbers, currencies, qualifiers or change verbs.
_FILLER = [
    "the",
    "talks",
    "trade",
    "officials",
    "said",
    "that",
    "negotiators",
    "in",
    "Geneva",
    "China",
    "Japan",
    "Europe",
    "agreed",
    "plan",
    "goods",
    "farm",
    "products",
    "deal",
    "on",
    "with",
    "and",
    "was",
    "were",
    "is",
    "will",
    "would",
    "team",
    "market",
    "exporters",
    "this",
    "week",
    "report",
    "shows",
    "new",
    "rules",
    "for",
    "steel",
]


def _words_for(n: int) -> str:
    """An integer below 1000 in English words."""
    hundreds, rest = divmod(n, 100)
    parts = [f"{_SMALL_WORDS[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        parts.append(_TENS_WORDS[tens - 2] + (f"-{_SMALL_WORDS[unit]}" if unit else ""))
    elif rest or not parts:
        parts.append(_SMALL_WORDS[rest])
    return " ".join(parts)


def _grouped(value: Decimal) -> str:
    """``1250000.5`` as ``1,250,000.5``."""
    whole, _, fraction = f"{value:f}".partition(".")
    return f"{int(whole):,}" + (f".{fraction}" if fraction else "")


@st.composite
def _number(
    draw: st.DrawFn, *, stripped: bool, letters: bool, words: bool, scaled: bool = False
) -> tuple[str, Decimal, bool]:
    """A rendered number, its value, and whether it carries a scale word."""
    if stripped:
        kinds: tuple[str, ...] = ("scaled", "scaled-words")
    elif scaled:
        kinds = ("scaled",)
    else:
        kinds = ("digits", "scaled", "words") if words else ("digits", "scaled")
    kind = draw(st.sampled_from(kinds))
    if kind == "digits":
        value = draw(st.decimals(min_value=1, max_value=10**9, places=draw(st.sampled_from([0, 2]))))
        return _grouped(value), value, False
    if kind in {"words", "scaled-words"}:
        n = draw(st.integers(min_value=1, max_value=999))
        scale = draw(st.sampled_from(["million", "billion", "trillion"]))
        if draw(st.booleans()):
            return f"{_words_for(n)} {scale}", Decimal(n) * 10 ** _SCALES[scale], True
        frac, text = draw(st.sampled_from([(Decimal("0.25"), "a quarter of a"), (Decimal("0.5"), "half a")]))
        return f"{text} {scale}", frac * 10 ** _SCALES[scale], True
    whole = draw(st.integers(min_value=1, max_value=999))
    tenths = draw(st.integers(min_value=0, max_value=9))
    scale_words = {k: v for k, v in _SCALES.items() if v >= 6 or not stripped}
    if letters:
        scale_words.update(_LETTER_SCALES)
    scale = draw(st.sampled_from(sorted(scale_words)))
    value = Decimal(whole) + Decimal(tenths) / 10
    joint = "" if scale in _LETTER_SCALES and letters else " "
    if stripped:
        rendered = f"{whole} {tenths}" if tenths else f"{whole}"
    else:
        rendered = f"{whole}.{tenths}" if tenths else f"{whole}"
    return f"{rendered}{joint}{scale}", value * 10 ** scale_words[scale], True


@st.composite
def money_texts(
    draw: st.DrawFn,
    *,
    currencies: Sequence[str] = ("USD", "EUR", "GBP", "JPY", "CNY"),
    stripped: bool = False,
    ranges: bool = True,
) -> tuple[str, Money]:
    """A sentence containing one rendered amount of money, and the :class:`Money` it must parse to.

    Forms: digits with thousands separators and decimals (``$1,250,000.50``), scale words and
    letters (``€5.5 billion``, ``$5m``, ``250 mln dlrs``), number words (``fifty billion yuan``,
    ``a quarter of a trillion dollars``), currencies by symbol, code and name on either side,
    qualifiers (``up to``) and, with ``ranges``, ranges (``$40 billion to $50 billion``,
    ``$40-50 billion``, ``between ... and ...``). With ``stripped``, the sentence is lower-case
    and punctuation-stripped as corpus dumps are (``76 7 billion worth of u s goods``), and the
    currency is the evident one, USD. Surrounding words come from a neutral vocabulary.

    >>> from hypothesis import given
    >>> from tradecorpus.extractors.money import find_money
    >>> @given(money_texts())
    ... def test_round_trip(case):
    ...     text, money = case
    ...     assert find_money(text) == [money]
    """
    unknown = [c for c in currencies if c not in _CURRENCY_FORMS]
    if not currencies or unknown:
        choices = ", ".join(MONEY_CURRENCIES)
        msg = f"currencies must be a non-empty selection of {choices}; got {list(currencies)!r}"
        raise InvalidArgument(msg)
    code = draw(st.sampled_from(list(currencies)))
    prefixes, postfixes = _CURRENCY_FORMS[code]
    before = draw(st.lists(st.sampled_from(_FILLER), min_size=1, max_size=6))
    after = draw(st.lists(st.sampled_from(_FILLER), max_size=6))
    qualifier = draw(st.none() | st.sampled_from(_QUALIFIER_CHOICES))
    use_prefix = not stripped and draw(st.booleans())
    prefix = draw(st.sampled_from(prefixes)) if use_prefix else ""
    postfix = "" if use_prefix or stripped else draw(st.sampled_from(postfixes))
    kind = draw(st.sampled_from(("single", "to", "hyphen", "between"))) if ranges else "single"
    low = high = None
    if kind == "hyphen":
        # "$40-50 billion": the first number takes the second's scale and currency
        n1 = draw(st.integers(min_value=1, max_value=98))
        n2 = draw(st.integers(min_value=n1 + 1, max_value=99))
        scale = draw(st.sampled_from(["million", "billion", "mln", "bn"]))
        rendered = f"{prefix}{n1}-{n2} {scale}{postfix}"
        amount, low, high = None, Decimal(n1) * 10 ** _SCALES[scale], Decimal(n2) * 10 ** _SCALES[scale]
    else:
        num_text, value, _ = draw(
            _number(stripped=stripped, letters=use_prefix, words=not use_prefix, scaled=kind != "single")
        )
        amount = value
        rendered = f"{prefix}{num_text}{postfix}"
        if kind != "single":
            second_text, second, _ = draw(
                _number(stripped=stripped, letters=use_prefix, words=not use_prefix, scaled=True)
            )
            if second > value:
                amount, low, high = None, value, second
                second_rendered = f"{prefix}{second_text}{postfix}"
                if kind == "to":
                    rendered = f"{rendered} to {second_rendered}"
                else:
                    rendered = f"between {rendered} and {second_rendered}"
    if qualifier:
        rendered = f"{qualifier} {rendered}"
    lead = " ".join(before)
    tail = " ".join(after)
    if stripped:
        lead, tail = lead.lower(), "worth of u s goods " + tail.lower()
        code = "USD"
    text = f"{lead} {rendered} {tail}".rstrip() + ("" if stripped else ".")
    start = len(lead) + 1
    end = start + len(rendered)
    return text, Money.of(
        text, start, end, amount=amount, low=low, high=high, currency=code, qualifier=qualifier
    )


# --------------------------------------------------------------------------- entities

#: Sentences around one entity: ``{}`` is the entity as written, in the forms the issue names.
_ENTITY_FRAMES: dict[str, tuple[str, ...]] = {
    "plain": (
        "{} said on Monday that the talks would resume next month.",
        "Negotiators for {} met again on Tuesday to discuss tariffs.",
        "Exports to {} rose sharply last year, the figures showed.",
        "The agreement was welcomed by {} after weeks of talks.",
    ),
    "possessive": (
        "Officials welcomed {}'s decision on tariffs.",
        "Analysts questioned {}’s latest offer on farm purchases.",
    ),
    "modifier": (
        "{} officials said the new tariffs would take effect soon.",
        "Talks with {} negotiators ended without a deal.",
    ),
    "the": (
        "A statement from the {} said the talks had made progress.",
        "Delegates of the {} met on Friday.",
    ),
}


@functools.cache
def _entity_forms(kinds: tuple[str, ...], stripped: bool) -> tuple[tuple[str, str, str, str | None], ...]:
    """(form, name, kind, country) for every form the entities extractor reads unambiguously; worked
    out once per selection, not at every draw."""
    from tradecorpus.extractors import _entity_data as ext

    forms: dict[str, list[tuple[str, str, str, str | None]]] = {}
    matcher = ext._matcher()
    for key in matcher.phrase_keys():
        phrases = matcher.phrases(key)
        names = {p.value.name for p in phrases}
        if len(names) != 1 or key.startswith("the "):
            continue
        for p in phrases:
            e = p.value
            if e.role != "name" or e.kind not in kinds or e.generic or e.ambiguous:
                continue
            if stripped and (key in ext._STRIPPED_WORDS or len(key) < 2):
                continue
            if p.form.endswith(".") or not p.form[:1].isupper() or any(ch in p.form for ch in "()"):
                continue
            forms.setdefault(p.form, []).append((p.form, e.name, e.kind, e.country))
    return tuple(sorted(v[0] for v in forms.values()))


@st.composite
def entity_texts(
    draw: st.DrawFn,
    *,
    kinds: Sequence[str] = ("country", "international", "government", "media", "company"),
    stripped: bool = False,
) -> tuple[str, Entity]:
    """A sentence naming one country or organisation of the gazetteer, and the :class:`Entity` that
    must be found: its canonical name, kind, country and the one mention.

    The entity is written in one of its names or aliases (``United States``, ``U.S.``, ``WTO``),
    as a subject or object, possessive (``China's``), as a modifier (``U.S. officials``) or after
    ``the``; with ``stripped`` the sentence is lower-cased and punctuation-stripped
    (``officials welcomed china s decision``). Forms that are ordinary words or that several
    bodies share (``Finance Ministry``) are not drawn.

    >>> from hypothesis import given
    >>> from tradecorpus.extractors.entities import find_entities
    >>> @given(entity_texts())
    ... def test_round_trip(case):
    ...     text, entity = case
    ...     assert find_entities(Document(text=text)) == [entity]
    """
    unknown = [k for k in kinds if k not in ENTITY_KINDS]
    if not kinds or unknown:
        msg = f"kinds must be a non-empty selection of {', '.join(ENTITY_KINDS)}; got {list(kinds)!r}"
        raise InvalidArgument(msg)
    choices = _entity_forms(tuple(kinds), stripped)
    if not choices:
        raise InvalidArgument(f"the gazetteer has no entity of kinds {list(kinds)!r}")
    form, name, kind, country = draw(st.sampled_from(choices))
    style = draw(st.sampled_from(sorted(_ENTITY_FRAMES)))
    frame = draw(st.sampled_from(_ENTITY_FRAMES[style]))
    if frame.startswith("{}") and not form[:1].isupper():
        frame = frame.capitalize()
    text = frame.format(form)
    start = frame.index("{}")
    end = start + len(form)
    if stripped:
        from tradecorpus.testing.styles import strip_punctuation

        s = strip_punctuation(text)
        span = s.span(start, end)
        assert span is not None
        text, (start, end) = s.text, span
    mention = Span.of(text, start, end)
    return text, Entity(name=name, kind=kind, country=country, mentions=(mention,))


# --------------------------------------------------------------------------- quotes

#: Ordinary words for quoted text: no speech verbs, no names, no quotation marks.
_QUOTE_WORDS: Final = (
    "we", "will", "keep", "talking", "the", "deal", "is", "good", "for", "both", "sides", "progress",
    "has", "been", "made", "tariffs", "must", "go", "farmers", "need", "relief", "this", "week", "our",
    "goods", "are", "fair", "market", "open", "more", "work", "to", "do", "there", "still", "a", "lot",
    "of", "issues", "remain", "talks", "went", "well", "very", "far", "apart", "now",
)  # fmt: skip
#: Words that open the quoted clause.
_QUOTE_SUBJECTS: Final = (
    "we",
    "the talks",
    "farmers",
    "our goods",
    "there",
    "tariffs",
    "both sides",
    "china",
)
#: Titles and invented names for officials the gazetteer does not list.
_UNLISTED_TITLES: Final = (
    ("Trade Minister", "Trade Minister"), ("Commerce Secretary", "Commerce Secretary"),
    ("Finance Minister", "Finance Minister"), ("Sen.", "Senator"), ("Foreign Minister", "Foreign Minister"),
    ("Agriculture Secretary", "Agriculture Secretary"),
)  # fmt: skip
_FIRST_NAMES: Final = ("Anna", "Tomas", "Maria", "Peter", "Elena", "David", "Laura", "Jonas", "Sofia")
_LAST_NAMES: Final = ("Berglund", "Ruizal", "Okonkwo", "Haverkamp", "Lindqvist", "Moravec", "Castellan")
_QUOTE_CUES: Final = ("said", "told reporters", "added", "says")
#: How a quote and its attribution are written: (curly, straight) marks and the order.
_QUOTE_FRAMES: Final = (
    "“{q},” {who} {cue}.",
    '"{q}," {who} {cue}.',
    "“{q},” {cue_only} {who}.",
    "{who} {cue_colon}: “{q}.”",
)


@functools.cache
def _listed_speakers() -> tuple[tuple[str, str], ...]:
    """(written name, canonical name) for the listed office-holders whose full name is unambiguous."""
    from tradecorpus._data.gazetteer import people

    everyone = people()
    return tuple(sorted((p.name, p.name) for p in everyone if len(p.name.split()) >= 2 and p.name.isascii()))


@st.composite
def quote_texts(draw: st.DrawFn, *, stripped: bool = False) -> tuple[str, Quote]:
    """A sentence quoting an official, and the :class:`Quote` that must be found: the quoted words
    (marks excluded), the speaker's canonical name, the cue, ``direct``.

    The official is a listed office-holder by full name (``Liu He``) or an unlisted one after a
    title (``Trade Minister Anna Berglund``, ``Sen. Peter Moravec``); the quote is written in curly
    or straight marks, before the attribution (``“…,” Liu He said.``, ``“…,” said Liu He.``) or
    after it (``Liu He said: “…”``). With ``stripped`` the sentence is lower-cased and
    punctuation-stripped, so only reported speech remains (``liu he said we will keep talking``,
    ``trade minister anna berglund said…``); no abbreviated title (``Sen.``) stands there, which
    stripped text cannot tell from a word.

    >>> from hypothesis import given
    >>> from tradecorpus import extract
    >>> @given(quote_texts())
    ... def test_round_trip(case):
    ...     text, quote = case
    ...     doc = extract(text)
    ...     assert [(q.text, q.speaker) for q in doc.quotes] == [(quote.text, quote.speaker)]
    """
    # the quoted words open with a subject, as a clause does (``we will keep talking``)
    words = [draw(st.sampled_from(_QUOTE_SUBJECTS))]
    words += draw(st.lists(st.sampled_from(_QUOTE_WORDS), min_size=2, max_size=11))
    if draw(st.booleans()):
        who, name = draw(st.sampled_from(_listed_speakers()))
    else:
        titles = [t for t, _ in _UNLISTED_TITLES if not (stripped and t.endswith("."))]
        title = draw(st.sampled_from(titles))
        name = f"{draw(st.sampled_from(_FIRST_NAMES))} {draw(st.sampled_from(_LAST_NAMES))}"
        who = f"{title} {name}"
    if stripped:
        from tradecorpus.testing.styles import strip_punctuation

        cue = draw(st.sampled_from(("said", "told reporters", "says")))
        clean = f"{who} {cue} {' '.join(words)}."
        start = len(who) + len(cue) + 2
        s = strip_punctuation(clean)
        span = s.span(start, len(clean) - 1)
        assert span is not None
        text, (a, b) = s.text, span
        return text, Quote.of(text, a, b, speaker=name, cue=cue.split()[0], direct=False)
    frame = draw(st.sampled_from(_QUOTE_FRAMES))
    cue = draw(st.sampled_from(_QUOTE_CUES))
    quoted = " ".join(words).capitalize()
    if frame.startswith("{who}"):
        # ``Liu He said: “…”``; the period inside the closing mark is part of the quote
        cue_word = cue.split()[0] if cue != "told reporters" else "said"
        head = frame.split("{q}")[0].format(who=who, cue_colon=cue_word)
        text = frame.format(who=who, cue_colon=cue_word, q=quoted)
        start = len(head)
        return text, Quote.of(text, start, start + len(quoted) + 1, speaker=name, cue=cue_word, direct=True)
    cue_word = cue.split()[0]
    text = frame.format(q=quoted, who=who, cue=cue, cue_only=cue_word)
    # the comma inside the closing mark is part of the quote
    return text, Quote.of(text, 1, 2 + len(quoted), speaker=name, cue=cue_word, direct=True)


# --------------------------------------------------------------------------- dates

_MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
_MONTH_ABBREVIATIONS: Final = (
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip
_WEEKDAY_NAMES: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_COUNT_WORDS: Final = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    9: "nine",
    10: "ten",
    12: "twelve",
}
_DATE_FRAMES: Final = (
    ("Officials said {} that talks went well.", "on "),
    ("The ministry reported {} that exports fell.", "on "),
    ("Negotiators met {} in Beijing.", "on "),
)


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _shift_month(day: dt.date, shift: int) -> str:
    index = day.year * 12 + day.month - 1 + shift
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@st.composite
def date_texts(draw: st.DrawFn, *, stripped: bool = False) -> tuple[str, dt.date, DateMention]:
    """A sentence with one temporal expression, its publication date, and the
    :class:`~tradecorpus.model.DateMention` that must be found: a calendar date before publication
    (``Oct. 11``, ``11 October``, ``March 1st``), a weekday (``on Wednesday``), a relative period
    (``last week``, ``next month``, ``this year``, ``earlier this year``, ``later this month``, ``the
    end of February``), a duration (``two years``, ``a 90-day``), a set (``every six months``,
    ``annually``) or a year (``2017's level``), each with the TIMEX3 value it has relative to the
    publication date. With ``stripped`` the sentence is lower-cased and punctuation-stripped.

    >>> from hypothesis import given
    >>> from tradecorpus import extract
    >>> @given(date_texts())
    ... def test_round_trip(case):
    ...     text, published, date = case
    ...     doc = extract(text, published=published)
    ...     assert [(d.text, d.value) for d in doc.dates] == [(date.text, date.value)]
    """
    published = draw(st.dates(min_value=dt.date(1950, 3, 1), max_value=dt.date(2049, 12, 31)))
    form = draw(st.sampled_from(("calendar", "weekday", "relative", "duration", "set", "year")))
    mod: str | None = None
    kind = "DATE"
    if form == "calendar":
        # a day of the publication year, on or before publication: the year is the article's
        day = dt.date(published.year, 1, 1) + dt.timedelta(
            days=draw(st.integers(0, published.timetuple().tm_yday - 1))
        )
        month = draw(st.sampled_from((_MONTH_NAMES, _MONTH_ABBREVIATIONS)))[day.month - 1]
        if stripped:
            month = _MONTH_NAMES[day.month - 1]
        style = draw(st.sampled_from(("md", "mdth", "dm")))
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(day.day if day.day < 20 else day.day % 10, "th")
        words = {
            "md": f"{month} {day.day}",
            "mdth": f"{month} {day.day}{suffix}",
            "dm": f"{day.day} {month}",
        }[style]
        value, prefix = day.isoformat(), "on "
    elif form == "weekday":
        back = draw(st.integers(0, 6))
        day = published - dt.timedelta(days=back)
        words, value, prefix = _WEEKDAY_NAMES[day.weekday()], day.isoformat(), "on "
    elif form == "relative":
        which = draw(st.sampled_from(("week", "month", "year", "earlier", "later", "end")))
        if which in {"week", "month", "year"}:
            shift = draw(st.sampled_from((-1, 0, 1)))
            words = f"{ {-1: 'last', 0: 'this', 1: 'next'}[shift] } {which}"
            if which == "week":
                value = _week(published + dt.timedelta(weeks=shift))
            elif which == "month":
                value = _shift_month(published, shift)
            else:
                value = f"{published.year + shift:04d}"
        elif which == "earlier":
            words, value, mod = "earlier this year", f"{published.year:04d}", "START"
        elif which == "later":
            words, value, mod = "later this month", _shift_month(published, 0), "END"
        else:
            number = draw(st.integers(1, published.month))
            words, value, mod = (
                f"the end of {_MONTH_NAMES[number - 1]}",
                f"{published.year:04d}-{number:02d}",
                "END",
            )
        prefix = ""
    elif form == "duration":
        n, unit = (
            draw(st.sampled_from(sorted(_COUNT_WORDS))),
            draw(st.sampled_from(("year", "month", "week", "day"))),
        )
        letter = {"year": "Y", "month": "M", "week": "W", "day": "D"}[unit]
        words, value, kind, prefix = f"{_COUNT_WORDS[n]} {unit}s", f"P{n}{letter}", "DURATION", "for "
    elif form == "set":
        words, value = draw(
            st.sampled_from((("every six months", "P6M"), ("annually", "P1Y"), ("weekly", "P1W")))
        )
        kind, prefix = "SET", ""
    else:
        year = draw(st.integers(1950, published.year))
        words, value, prefix = f"{year}", f"{year:04d}", "in "
    frame, _ = draw(st.sampled_from(_DATE_FRAMES))
    head, tail = frame.split("{}")
    sentence = f"{head}{prefix}{words}{tail}"
    start = len(head) + len(prefix)
    if stripped:
        from tradecorpus.testing.styles import strip_punctuation

        s = strip_punctuation(sentence)
        span = s.span(start, start + len(words))
        assert span is not None
        sentence, (start, end) = s.text, span
    else:
        end = start + len(words)
    return sentence, published, DateMention.of(sentence, start, end, type=kind, value=value, mod=mod)
