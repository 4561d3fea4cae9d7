"""The typed data model: what an article is, and what tradecorpus finds in it.

All classes are frozen, slotted attrs classes whose collections are tuples, so a :class:`Document`
is immutable, hashable and safe to hand to plugins and worker processes. Values are checked when an
object is made (an ``end`` before its ``start``, a currency that is not an ISO 4217 code, a float
where a :class:`~decimal.Decimal` belongs all raise), and every span satisfies
``document.text[span.start:span.end] == span.text``.

Serialisation lives in :meth:`Document.to_dict` and :meth:`Document.from_dict` only; the JSON
shape is the one the gold files in ``tests/gold/`` and the ``jsonl`` output use.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, ClassVar, Final, TypeVar

import attrs
from attrs import validators as v

from tradecorpus.errors import FormatError

__all__ = [
    "DATE_TYPES",
    "DEADLINE_KINDS",
    "ENTITY_KINDS",
    "Article",
    "Byline",
    "Commitment",
    "DateMention",
    "Deadline",
    "Document",
    "Entity",
    "Extras",
    "Money",
    "Official",
    "PluginFailure",
    "Quote",
    "Span",
]

#: TIMEX3 types a :class:`DateMention` may have.
DATE_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
#: Kinds of :class:`Deadline`: a cut-off, a planned event, the day a measure starts.
DEADLINE_KINDS = frozenset({"deadline", "scheduled", "effective"})
#: Kinds of :class:`Entity`.
ENTITY_KINDS = frozenset({"country", "government", "international", "company", "media", "other"})

_S = TypeVar("_S", bound="Span")


# --------------------------------------------------------------------------- validators


def _int_not_bool(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"'{attribute.name}' must be an int, got {type(value).__name__} {value!r}"
        raise TypeError(msg)
    if value < 0:
        msg = f"'{attribute.name}' must be >= 0, got {value}"
        raise ValueError(msg)


def _decimal_or_none(instance: object, attribute: attrs.Attribute[Decimal | None], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, Decimal):
        hint = f" (use Decimal({str(value)!r}))" if isinstance(value, (int, float, str)) else ""
        msg = f"'{attribute.name}' must be a Decimal or None, got {type(value).__name__} {value!r}{hint}"
        raise TypeError(msg)
    if not value.is_finite():
        msg = f"'{attribute.name}' must be a finite Decimal, got {value!r}"
        raise ValueError(msg)


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        msg = f"'{attribute.name}' must be a non-empty string, got {value!r}"
        raise ValueError(msg)


def _one_of(choices: frozenset[str]) -> typing.Callable[[object, attrs.Attribute[str], str], None]:
    listed = ", ".join(sorted(choices))

    def check(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in choices:
            msg = f"'{attribute.name}' must be one of {listed}; got {value!r}"
            raise ValueError(msg)

    return check


def _tuple_of(cls: type[Any]) -> typing.Callable[[object, attrs.Attribute[Any], Any], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            msg = f"'{attribute.name}' must be a tuple of {cls.__name__}, got {type(value).__name__}"
            raise TypeError(msg)
        for i, item in enumerate(value):
            if not isinstance(item, cls):
                msg = f"'{attribute.name}[{i}]' must be a {cls.__name__}, got {type(item).__name__} {item!r}"
                raise TypeError(msg)

    return check


def _code(letters: int, standard: str) -> typing.Callable[[object, attrs.Attribute[Any], Any], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if not (
            isinstance(value, str)
            and len(value) == letters
            and value.isascii()
            and value.isalpha()
            and value.isupper()
        ):
            msg = (
                f"'{attribute.name}' must be {letters} upper-case letters ({standard}) or None, got {value!r}"
            )
            raise ValueError(msg)

    return check


_CURRENCY = _code(3, "an ISO 4217 code such as 'USD'")
_COUNTRY = _code(2, "an ISO 3166 alpha-2 code such as 'CN'")
_OPT_STR = v.optional(v.instance_of(str))


# --------------------------------------------------------------------------- spans


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of the document's text: ``text == document.text[start:end]``.

    Every mention type (:class:`Money`, :class:`DateMention`, :class:`Quote`, ...) is a Span.
    """

    start: int = attrs.field(validator=_int_not_bool)
    end: int = attrs.field(validator=_int_not_bool)
    text: str = attrs.field(validator=v.instance_of(str))

    @end.validator
    def _end_not_before_start(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            msg = f"'end' must be >= 'start' ({self.start}), got {value}"
            raise ValueError(msg)

    @text.validator
    def _text_fits_span(self, attribute: attrs.Attribute[str], value: str) -> None:
        if len(value) != self.end - self.start:
            msg = (
                f"'text' must be {self.end - self.start} characters long to fill "
                f"{self.start}:{self.end}, got {len(value)}: {value[:60]!r}"
            )
            raise ValueError(msg)

    @classmethod
    def of(cls: type[_S], text: str, start: int, end: int, **fields: Any) -> _S:
        """Make a span of ``text[start:end]`` (the usual way extractors build mentions).

        >>> Span.of("Mr. Trump said", 4, 9)
        Span(start=4, end=9, text='Trump')
        """
        plain = cls is Span and not fields and type(start) is int and type(end) is int
        if plain and 0 <= start <= end <= len(text):
            # the common case, valid by construction: built without running the validators
            span = object.__new__(cls)
            object.__setattr__(span, "start", start)
            object.__setattr__(span, "end", end)
            object.__setattr__(span, "text", text[start:end])
            return span
        return cls(start=start, end=end, text=text[start:end], **fields)


@attrs.frozen(kw_only=True)
class Byline(Span):
    """A credit line: the byline (``By Chao Deng in Beijing``) or a trailer (``Additional
    reporting by Jenny Leonard``), with the people and places it names."""

    authors: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(str))
    places: tuple[str, ...] = attrs.field(default=(), validator=_tuple_of(str))


# --------------------------------------------------------------------------- mentions


@attrs.frozen(kw_only=True)
class Money(Span):
    """An amount of money (SPEC §5 "Money").

    A single amount has ``amount`` set; a range (``$40 billion to $50 billion``) has ``low`` and
    ``high`` set and ``amount`` None. ``currency`` is an ISO 4217 code or None when the article
    gives no evident currency. ``qualifier`` keeps words such as ``"up to"`` or ``"about"``.
    """

    amount: Decimal | None = attrs.field(default=None, validator=_decimal_or_none)
    low: Decimal | None = attrs.field(default=None, validator=_decimal_or_none)
    high: Decimal | None = attrs.field(default=None, validator=_decimal_or_none)
    currency: str | None = attrs.field(default=None, validator=_CURRENCY)
    qualifier: str | None = attrs.field(default=None, validator=_OPT_STR)

    def __attrs_post_init__(self) -> None:
        if (self.low is None) != (self.high is None):
            msg = f"a range needs both 'low' and 'high', got low={self.low} high={self.high}"
            raise ValueError(msg)
        if self.low is not None and self.high is not None:
            if self.amount is not None:
                msg = f"a range has 'amount' None, got amount={self.amount} with low={self.low}"
                raise ValueError(msg)
            if self.low > self.high:
                msg = f"'low' must be <= 'high', got low={self.low} high={self.high}"
                raise ValueError(msg)


@attrs.frozen(kw_only=True)
class DateMention(Span):
    """A temporal expression with its TIMEX3 ``type`` and normalised ``value`` (SPEC §5 "Dates").

    ``mod`` is the TIMEX3 modifier (``START``, ``END``, ``APPROX``, ...) or None.
    """

    type: str = attrs.field(validator=_one_of(DATE_TYPES))
    value: str = attrs.field(validator=[v.instance_of(str), _non_empty])
    mod: str | None = attrs.field(default=None, validator=_OPT_STR)


@attrs.frozen(kw_only=True)
class Deadline:
    """A date the article presents as a cut-off, a planned event or the day a measure starts."""

    date: DateMention = attrs.field(validator=v.instance_of(DateMention))
    kind: str = attrs.field(validator=_one_of(DEADLINE_KINDS))
    event: str | None = attrs.field(default=None, validator=_OPT_STR)


@attrs.frozen(kw_only=True)
class Official:
    """A person holding public office, with every mention of them (SPEC §5 "Officials")."""

    name: str = attrs.field(validator=[v.instance_of(str), _non_empty])
    title: str | None = attrs.field(default=None, validator=_OPT_STR)
    country: str | None = attrs.field(default=None, validator=_COUNTRY)
    mentions: tuple[Span, ...] = attrs.field(default=(), validator=_tuple_of(Span))


@attrs.frozen(kw_only=True)
class Entity:
    """A country or organisation, with every mention of it (SPEC §5 "Entities")."""

    name: str = attrs.field(validator=[v.instance_of(str), _non_empty])
    kind: str = attrs.field(validator=_one_of(ENTITY_KINDS))
    country: str | None = attrs.field(default=None, validator=_COUNTRY)
    mentions: tuple[Span, ...] = attrs.field(default=(), validator=_tuple_of(Span))


@attrs.frozen(kw_only=True)
class Quote(Span):
    """Quoted or reported words (the span excludes the quotation marks) and who said them.

    ``speaker`` is an official's canonical name or the source's own description; ``speaker_mention``
    is the span in the text that names the speaker, when there is one.
    """

    speaker: str | None = attrs.field(default=None, validator=_OPT_STR)
    speaker_mention: Span | None = attrs.field(default=None, validator=v.optional(v.instance_of(Span)))
    cue: str | None = attrs.field(default=None, validator=_OPT_STR)
    direct: bool = attrs.field(default=True, validator=v.instance_of(bool))

    @classmethod
    def of(cls: type[_S], text: str, start: int, end: int, **fields: Any) -> _S:
        """Make a quote of ``text[start:end]``, as :meth:`Span.of` does.

        The usual fields, of the usual types, are checked here in line and set directly (an
        extractor makes many quotes); anything else goes through the validators.
        """
        speaker = fields.get("speaker")
        mention = fields.get("speaker_mention")
        cue = fields.get("cue")
        direct = fields.get("direct", True)
        if (
            cls is Quote
            and type(start) is int
            and type(end) is int
            and 0 <= start <= end <= len(text)
            and fields.keys() <= _QUOTE_FIELDS
            and (speaker is None or type(speaker) is str)
            and (mention is None or isinstance(mention, Span))
            and (cue is None or type(cue) is str)
            and type(direct) is bool
        ):
            quote = object.__new__(cls)
            put = object.__setattr__
            put(quote, "start", start)
            put(quote, "end", end)
            put(quote, "text", text[start:end])
            put(quote, "speaker", speaker)
            put(quote, "speaker_mention", mention)
            put(quote, "cue", cue)
            put(quote, "direct", direct)
            return quote
        return super().of(text, start, end, **fields)


_QUOTE_FIELDS: Final = frozenset({"speaker", "speaker_mention", "cue", "direct"})


@attrs.frozen(kw_only=True)
class Commitment:
    """A party's promise, agreement, claim or demand that names an amount of money."""

    party: str | None = attrs.field(validator=_OPT_STR)
    action: str = attrs.field(validator=[v.instance_of(str), _non_empty])
    money: Money = attrs.field(validator=v.instance_of(Money))
    period: str | None = attrs.field(default=None, validator=_OPT_STR)
    status: str = attrs.field(validator=[v.instance_of(str), _non_empty])


@attrs.frozen(kw_only=True)
class PluginFailure:
    """What a plugin raised (or returned wrongly) while a document was processed.

    ``error`` is the exception's qualified type name, ``message`` its text.
    """

    plugin: str = attrs.field(validator=v.instance_of(str))
    hook: str = attrs.field(validator=v.instance_of(str))
    error: str = attrs.field(validator=v.instance_of(str))
    message: str = attrs.field(validator=v.instance_of(str))


class Extras(Mapping[str, tuple[Any, ...]]):
    """An immutable mapping from a plugin's name to the results of its own kind.

    Keys are kept sorted, so two documents with the same extras compare and print the same.

    >>> e = Extras({"tariffs": ({"rate": "25"},)})
    >>> e["tariffs"]
    ({'rate': '25'},)
    >>> dict(e) == {"tariffs": ({"rate": "25"},)}
    True
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, typing.Iterable[Any]] | None = None) -> None:
        items = dict(data or {})
        for key in items:
            if not isinstance(key, str):
                msg = f"extras keys are plugin names (str), got {type(key).__name__} {key!r}"
                raise TypeError(msg)
        self._data: dict[str, tuple[Any, ...]] = {k: tuple(items[k]) for k in sorted(items)}

    def __getitem__(self, key: str) -> tuple[Any, ...]:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        try:
            return hash(tuple(self._data.items()))
        except TypeError:  # unhashable plugin values (dicts): fall back to the keys
            return hash(tuple(self._data))

    def __repr__(self) -> str:
        return f"Extras({self._data!r})"

    def __reduce__(self) -> tuple[type[Extras], tuple[dict[str, tuple[Any, ...]]]]:
        return (Extras, (self._data,))


def _to_extras(value: Mapping[str, typing.Iterable[Any]] | Extras) -> Extras:
    return value if isinstance(value, Extras) else Extras(value)


# --------------------------------------------------------------------------- articles


@attrs.frozen(kw_only=True)
class Article:
    """An article as read: its text and what the reader found around the body.

    ``text`` is the whole text as given (after decoding); every span indexes it. ``paragraphs``
    and ``sentences`` cover the body only (not the title, header, byline or trailer). ``stripped``
    is True for lower-cased, punctuation-stripped corpus text; extractors adapt to it.
    """

    text: str = attrs.field(validator=v.instance_of(str))
    id: str | None = attrs.field(default=None, validator=_OPT_STR)
    title: str | None = attrs.field(default=None, validator=_OPT_STR)
    title_span: Span | None = attrs.field(default=None, validator=v.optional(v.instance_of(Span)))
    published: dt.date | None = attrs.field(default=None)
    byline: Byline | None = attrs.field(default=None, validator=v.optional(v.instance_of(Byline)))
    trailer: Byline | None = attrs.field(default=None, validator=v.optional(v.instance_of(Byline)))
    paragraphs: tuple[Span, ...] = attrs.field(default=(), validator=_tuple_of(Span))
    sentences: tuple[Span, ...] = attrs.field(default=(), validator=_tuple_of(Span))
    stripped: bool = attrs.field(default=False, validator=v.instance_of(bool))

    @published.validator
    def _published_is_date(self, attribute: attrs.Attribute[dt.date | None], value: object) -> None:
        if value is None:
            return
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            msg = (
                f"'published' must be a datetime.date or None, got {type(value).__name__} {value!r}"
                " (tradecorpus.extract() and read() accept ISO strings and datetimes)"
            )
            raise TypeError(msg)

    def __attrs_post_init__(self) -> None:
        if self.title is not None and self.title_span is not None and self.title != self.title_span.text:
            msg = f"'title' {self.title!r} differs from 'title_span' text {self.title_span.text!r}"
            raise ValueError(msg)
        text = self.text
        for span in self._plain_spans():
            if text[span.start : span.end] != span.text or span.end > len(text):
                break
        else:
            return
        for where, span in self._spans():  # the slow walk, for a message that says where
            if span.end > len(text) or text[span.start : span.end] != span.text:
                found = text[span.start : span.end]
                msg = f"{where} {span.start}:{span.end} says {span.text[:60]!r}, text has {found[:60]!r}"
                raise ValueError(msg)

    def _plain_spans(self) -> Iterator[Span]:
        """Every span the object holds, fast: what :meth:`_spans` yields, without the paths."""
        for name in ("title_span", "byline", "trailer"):
            span = getattr(self, name)
            if span is not None:
                yield span
        yield from self.paragraphs
        yield from self.sentences

    def _spans(self) -> Iterator[tuple[str, Span]]:
        """Every span the object holds, with a readable path to it."""
        for name in ("title_span", "byline", "trailer"):
            span = getattr(self, name)
            if span is not None:
                yield name, span
        for name in ("paragraphs", "sentences"):
            for i, span in enumerate(getattr(self, name)):
                yield f"{name}[{i}]", span


@attrs.frozen(kw_only=True)
class Document(Article):
    """An :class:`Article` with everything the extractors found in it (SPEC §3).

    ``extras`` maps a plugin's name to the results of a kind of its own; ``errors`` records what
    failing plugins raised (see the pipeline's error isolation).
    """

    entities: tuple[Entity, ...] = attrs.field(default=(), validator=_tuple_of(Entity))
    officials: tuple[Official, ...] = attrs.field(default=(), validator=_tuple_of(Official))
    money: tuple[Money, ...] = attrs.field(default=(), validator=_tuple_of(Money))
    dates: tuple[DateMention, ...] = attrs.field(default=(), validator=_tuple_of(DateMention))
    quotes: tuple[Quote, ...] = attrs.field(default=(), validator=_tuple_of(Quote))
    deadlines: tuple[Deadline, ...] = attrs.field(default=(), validator=_tuple_of(Deadline))
    commitments: tuple[Commitment, ...] = attrs.field(default=(), validator=_tuple_of(Commitment))
    extras: Extras = attrs.field(factory=Extras, converter=_to_extras)
    errors: tuple[PluginFailure, ...] = attrs.field(default=(), validator=_tuple_of(PluginFailure))

    #: The kinds of finding, in the order of SPEC §3 and of ``to_dict()``.
    KINDS: ClassVar[tuple[str, ...]] = (
        "entities",
        "officials",
        "money",
        "dates",
        "quotes",
        "deadlines",
        "commitments",
    )

    def _plain_spans(self) -> Iterator[Span]:
        yield from super()._plain_spans()
        for kind in self.KINDS:
            for item in getattr(self, kind):
                yield from plain_spans(item)

    def _spans(self) -> Iterator[tuple[str, Span]]:
        yield from super()._spans()
        for kind in self.KINDS:
            for i, item in enumerate(getattr(self, kind)):
                yield from ((f"{kind}[{i}]{path}", span) for path, span in mention_spans(item))

    @classmethod
    def from_article(cls, article: Article, **findings: Any) -> Document:
        """The document for ``article`` with the given findings (no findings by default)."""
        fields = {f.name: getattr(article, f.name) for f in attrs.fields(Article)}
        return cls(**fields, **findings)

    @classmethod
    def _of_checked(cls, article: Article, errors: tuple[PluginFailure, ...]) -> Document:
        """The document for ``article`` with no findings yet and the pipeline's ``errors``, built
        without validating the article again: it was validated when it was made (it is frozen)."""
        new = object.__new__(cls)
        for name in _ARTICLE_FIELDS:
            object.__setattr__(new, name, getattr(article, name))
        for kind in cls.KINDS:
            object.__setattr__(new, kind, ())
        object.__setattr__(new, "extras", Extras())
        object.__setattr__(new, "errors", errors)
        return new

    def _with_checked(self, **changes: Any) -> Document:
        """A copy with ``changes`` that the caller has already checked (types, and spans against
        ``text``), built without validating again: the pipeline checks each plugin's results once,
        when they come in, and adds them stage by stage. Not for findings from anywhere else."""
        if "extras" in changes:
            changes["extras"] = _to_extras(changes["extras"])
        new = object.__new__(type(self))
        for name in _DOCUMENT_FIELDS:
            object.__setattr__(new, name, changes[name] if name in changes else getattr(self, name))
        return new

    @property
    def article(self) -> Article:
        """The article part of this document, without the findings."""
        return Article(**{f.name: getattr(self, f.name) for f in attrs.fields(Article)})

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: Decimals as strings, dates in ISO form, tuples as lists.

        Paragraphs and sentences are ``[start, end]`` pairs (their text is ``text[start:end]``).
        Extras that are attrs instances become dicts; other extras must already be JSON-ready.
        ``Document.from_dict(doc.to_dict()) == doc`` holds for every document whose extras are
        JSON-ready values.
        """
        out: dict[str, Any] = {}
        for field in attrs.fields(Document):
            value = getattr(self, field.name)
            if field.name in ("paragraphs", "sentences"):
                out[field.name] = [[s.start, s.end] for s in value]
            elif field.name == "extras":
                out[field.name] = {k: [_unstructure(item) for item in items] for k, items in value.items()}
            else:
                out[field.name] = _unstructure(value)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output (or a gold file).

        Only ``text`` is required; missing kinds are empty. Raises :class:`~tradecorpus.FormatError`
        naming the offending value (``money[2].amount: ...``) when the data has the wrong shape.
        """
        if not isinstance(data, Mapping):
            raise FormatError(f"expected a mapping, got {type(data).__name__}", where="")
        text = data.get("text")
        if not isinstance(text, str):
            raise FormatError(f"expected the article text as a string, got {text!r:.60}", where="text")
        fields: dict[str, Any] = {}
        known = {f.name: f for f in attrs.fields(Document)}
        for key, value in data.items():
            if key not in known:
                expected = ", ".join(known)
                raise FormatError(f"unknown key; a document has {expected}", where=key)
            if key in ("paragraphs", "sentences"):
                fields[key] = tuple(_segment(text, pair, f"{key}[{i}]") for i, pair in enumerate(value))
            elif key == "extras":
                if not isinstance(value, Mapping):
                    raise FormatError(f"expected a mapping, got {type(value).__name__}", where=key)
                fields[key] = Extras(value)
            else:
                fields[key] = _structure(value, _field_types(Document)[key], key)
        try:
            return cls(**fields)
        except (TypeError, ValueError) as err:
            raise FormatError(str(err), where="") from err


#: The fields of a Document, in order.
_DOCUMENT_FIELDS: Final = tuple(f.name for f in attrs.fields(Document))
_ARTICLE_FIELDS: Final = tuple(f.name for f in attrs.fields(Article))


def plain_spans(item: object) -> Iterator[Span]:
    """The spans :func:`mention_spans` yields, without their paths: fast for the built-in kinds."""
    tp = type(item)
    if tp in (Money, DateMention, Span) and isinstance(item, Span):
        yield item
    elif tp in (Entity, Official) and isinstance(item, (Entity, Official)):
        yield from item.mentions
    elif tp is Quote and isinstance(item, Quote):
        yield item
        if item.speaker_mention is not None:
            yield from plain_spans(item.speaker_mention)
    elif tp is Commitment and isinstance(item, Commitment) and type(item.money) is Money:
        yield item.money
    elif tp is Deadline and isinstance(item, Deadline) and type(item.date) is DateMention:
        yield item.date
    else:  # another class, or a subclass that may hold more spans
        yield from (span for _, span in mention_spans(item))


def mention_spans(item: object) -> Iterator[tuple[str, Span]]:
    """The spans inside one finding, each with a path relative to the finding.

    Works for every built-in kind and for plugin results that are Spans or hold Spans in attrs
    fields; used by the pipeline and the conformance checks to validate offsets.

    >>> m = Money.of("$5 billion", 0, 10, amount=Decimal(5e9), currency="USD")
    >>> [path for path, _ in mention_spans(Deadline(date=DateMention.of("Oct. 11", 0, 7,
    ...     type="DATE", value="2019-10-11"), kind="scheduled"))]
    ['.date']
    >>> [path for path, _ in mention_spans(m)]
    ['']
    """
    if isinstance(item, Span):
        yield "", item
    if not attrs.has(type(item)):
        return
    for field in attrs.fields(typing.cast("type[attrs.AttrsInstance]", type(item))):
        value = getattr(item, field.name)
        if isinstance(value, Span):
            yield from ((f".{field.name}{p}", s) for p, s in mention_spans(value))
        elif isinstance(value, tuple):
            for i, element in enumerate(value):
                if isinstance(element, Span) or attrs.has(type(element)):
                    yield from ((f".{field.name}[{i}]{p}", s) for p, s in mention_spans(element))
        elif attrs.has(type(value)):
            yield from ((f".{field.name}{p}", s) for p, s in mention_spans(value))


# --------------------------------------------------------------------------- (un)structuring


def _unstructure(value: Any) -> Any:
    """Turn model values into JSON-ready ones."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_unstructure(x) for x in value]
    if isinstance(value, Mapping):
        return {k: _unstructure(x) for k, x in value.items()}
    if attrs.has(type(value)):
        return {f.name: _unstructure(getattr(value, f.name)) for f in attrs.fields(type(value))}
    return value


_TYPES: dict[type[Any], dict[str, Any]] = {}


def _field_types(cls: type[Any]) -> dict[str, Any]:
    if cls not in _TYPES:
        _TYPES[cls] = typing.get_type_hints(cls, globalns={**globals(), "dt": dt})
    return _TYPES[cls]


def _segment(text: str, pair: Any, where: str) -> Span:
    if not (isinstance(pair, (list, tuple)) and len(pair) == 2 and all(type(x) is int for x in pair)):
        raise FormatError(f"expected a [start, end] pair of ints, got {pair!r}", where=where)
    start, end = pair
    if not 0 <= start <= end <= len(text):
        raise FormatError(f"{start}:{end} is outside the text (length {len(text)})", where=where)
    return Span(start=start, end=end, text=text[start:end])


def _structure(value: Any, tp: Any, where: str) -> Any:
    """Turn a JSON value into a value of type ``tp`` (the model's own annotations)."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            if type(None) in args:
                return None
            raise FormatError("must not be null", where=where)
        (inner,) = [a for a in args if a is not type(None)]
        return _structure(value, inner, where)
    if origin is tuple:
        if not isinstance(value, list):
            raise FormatError(f"expected a list, got {type(value).__name__}", where=where)
        return tuple(_structure(x, args[0], f"{where}[{i}]") for i, x in enumerate(value))
    if tp is Decimal:
        if not isinstance(value, str):
            raise FormatError(f"expected a decimal string such as '50000000000', got {value!r}", where=where)
        try:
            return Decimal(value)
        except ArithmeticError as err:
            raise FormatError(f"not a decimal number: {value!r}", where=where) from err
    if tp is dt.date:
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError) as err:
            raise FormatError(
                f"expected an ISO date such as '2019-11-13', got {value!r}", where=where
            ) from err
    if attrs.has(tp):
        if not isinstance(value, Mapping):
            raise FormatError(
                f"expected a mapping for {tp.__name__}, got {type(value).__name__}", where=where
            )
        hints = _field_types(tp)
        unknown = set(value) - set(hints)
        if unknown:
            raise FormatError(f"unknown keys {sorted(unknown)} for {tp.__name__}", where=where)
        kwargs = {k: _structure(x, hints[k], f"{where}.{k}") for k, x in value.items()}
        try:
            return tp(**kwargs)
        except (TypeError, ValueError) as err:
            raise FormatError(str(err), where=where) from err
    if tp in (str, int, bool) and type(value) is not tp:
        raise FormatError(f"expected {tp.__name__}, got {type(value).__name__} {value!r}", where=where)
    return value
