"""The typed model: validation, immutability and the to_dict/from_dict round trip."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings

from tradecorpus import (
    Article,
    Byline,
    Commitment,
    DateMention,
    Deadline,
    Document,
    Entity,
    Extras,
    FormatError,
    Money,
    Official,
    PluginFailure,
    Quote,
    Span,
)
from tradecorpus.testing.strategies import documents

TEXT = "Mr. Trump said China would buy up to $50 billion by Oct. 11, Xinhua reported."


def _span(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return start, start + len(sub)


def test_span_of_takes_text_from_offsets() -> None:
    span = Span.of(TEXT, *_span("Trump"))
    assert span == Span(start=4, end=9, text="Trump")
    assert TEXT[span.start : span.end] == span.text


def test_quote_of_is_the_quote_the_validators_make() -> None:
    start, end = _span("Trump")
    mention = Span.of(TEXT, start, end)
    fields = {"speaker": "Donald Trump", "speaker_mention": mention, "cue": "said", "direct": False}
    quote = Quote.of(TEXT, start, end, **fields)
    assert quote == Quote(start=start, end=end, text="Trump", **fields)
    assert hash(quote) == hash(Quote(start=start, end=end, text="Trump", **fields))
    assert Quote.of(TEXT, start, end) == Quote(start=start, end=end, text="Trump")


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"speaker": 5}, TypeError),
        ({"speaker_mention": "Trump"}, TypeError),
        ({"cue": b"said"}, TypeError),
        ({"direct": 1}, TypeError),
        ({"speaker": "x", "colour": "red"}, TypeError),
    ],
)
def test_quote_of_still_refuses_bad_fields(fields: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        Quote.of(TEXT, *_span("Trump"), **fields)


def test_quote_of_still_refuses_offsets_outside_the_text() -> None:
    with pytest.raises(ValueError, match="characters long"):
        Quote.of(TEXT, 3, len(TEXT) + 5)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        pytest.param(
            {"start": 5, "end": 3, "text": ""},
            ValueError,
            "'end' must be >= 'start' (5), got 3",
            id="end-before-start",
        ),
        pytest.param(
            {"start": -1, "end": 3, "text": "abcd"}, ValueError, "'start' must be >= 0, got -1", id="negative"
        ),
        pytest.param(
            {"start": 0, "end": 3, "text": "ab"},
            ValueError,
            "'text' must be 3 characters long",
            id="short-text",
        ),
        pytest.param(
            {"start": 0.0, "end": 3, "text": "abc"},
            TypeError,
            "'start' must be an int, got float",
            id="float-offset",
        ),
        pytest.param(
            {"start": True, "end": 3, "text": "abc"},
            TypeError,
            "'start' must be an int, got bool",
            id="bool-offset",
        ),
    ],
)
def test_span_rejects_impossible_values(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
        Span(**kwargs)  # type: ignore[arg-type]


def test_money_rejects_float_amount_with_a_hint() -> None:
    with pytest.raises(
        TypeError, match=r"'amount' must be a Decimal or None, got float 1.5 \(use Decimal\('1.5'\)\)"
    ):
        Money(start=0, end=1, text="x", amount=1.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", ["usd", "US", "USDX", "U1D", "", "ÜSD"])
def test_money_rejects_bad_currency(code: str) -> None:
    with pytest.raises(ValueError, match="'currency' must be 3 upper-case letters"):
        Money(start=0, end=1, text="x", currency=code)


def test_money_rejects_nan_and_inconsistent_ranges() -> None:
    with pytest.raises(ValueError, match="finite"):
        Money(start=0, end=1, text="x", amount=Decimal("NaN"))
    with pytest.raises(ValueError, match="'low' must be <= 'high'"):
        Money(start=0, end=1, text="x", low=Decimal(5), high=Decimal(4))
    with pytest.raises(ValueError, match="needs both 'low' and 'high'"):
        Money(start=0, end=1, text="x", low=Decimal(5))
    with pytest.raises(ValueError, match="a range has 'amount' None"):
        Money(start=0, end=1, text="x", amount=Decimal(5), low=Decimal(4), high=Decimal(6))


def test_enumerated_fields_list_the_allowed_values() -> None:
    with pytest.raises(ValueError, match="'type' must be one of DATE, DURATION, SET, TIME; got 'DAY'"):
        DateMention(start=0, end=1, text="x", type="DAY", value="2019")
    with pytest.raises(ValueError, match="'kind' must be one of"):
        Entity(name="China", kind="nation")
    with pytest.raises(ValueError, match="'country' must be 2 upper-case letters"):
        Official(name="Liu He", country="CHN")
    with pytest.raises(ValueError, match="'name' must be a non-empty string"):
        Official(name="  ")


def test_collections_must_be_tuples_of_the_right_type() -> None:
    with pytest.raises(TypeError, match="'mentions' must be a tuple of Span, got list"):
        Official(name="Liu He", mentions=[Span(start=0, end=0, text="")])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"'money\[0\]' must be a Money, got Span"):
        Document(text="abc", money=(Span(start=0, end=1, text="a"),))  # type: ignore[arg-type]


def test_published_must_be_a_date_not_a_string_or_datetime() -> None:
    with pytest.raises(TypeError, match=r"'published' must be a datetime\.date or None, got str"):
        Article(text="", published="2019-11-13")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got datetime"):
        Article(text="", published=dt.datetime(2019, 11, 13, 12, 0))


def test_document_rejects_spans_that_do_not_match_its_text() -> None:
    with pytest.raises(ValueError, match=r"money\[0\] 0:3 says 'abd', text has 'abc'"):
        Document(text="abc def", money=(Money(start=0, end=3, text="abd"),))
    with pytest.raises(ValueError, match=r"officials\[0\].mentions\[0\] 4:9"):
        Document(
            text="abc def", officials=(Official(name="X", mentions=(Span(start=4, end=9, text="def  "),)),)
        )
    with pytest.raises(ValueError, match=r"sentences\[0\] 0:2"):
        Article(text="abc", sentences=(Span(start=0, end=2, text="xy"),))


def test_objects_are_frozen_and_hashable() -> None:
    money = Money.of(TEXT, *_span("$50 billion"), amount=Decimal("50e9"), currency="USD")
    doc = Document(text=TEXT, money=(money,), extras={"tariffs": ({"rate": "25"},)})
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.text = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        doc.extras["new"] = ()  # type: ignore[index]
    assert hash(money) == hash(Money.of(TEXT, *_span("$50 billion"), amount=Decimal("5E+10"), currency="USD"))
    assert isinstance(hash(doc), int)
    assert pickle.loads(pickle.dumps(doc)) == doc


def _full_document() -> Document:
    money = Money.of(
        TEXT, *_span("$50 billion"), amount=Decimal("50000000000"), currency="USD", qualifier="up to"
    )
    date = DateMention.of(TEXT, *_span("Oct. 11"), type="DATE", value="2019-10-11")
    trump = Official(
        name="Donald Trump", title="President", country="US", mentions=(Span.of(TEXT, *_span("Trump")),)
    )
    return Document(
        text=TEXT,
        id="sample",
        published=dt.date(2019, 11, 13),
        byline=Byline.of(TEXT, *_span("Xinhua"), authors=("Xinhua",)),
        paragraphs=(Span.of(TEXT, 0, len(TEXT)),),
        sentences=(Span.of(TEXT, 0, len(TEXT)),),
        money=(money,),
        dates=(date,),
        deadlines=(Deadline(date=date, kind="deadline", event="buy"),),
        officials=(trump,),
        entities=(
            Entity(name="China", kind="country", country="CN", mentions=(Span.of(TEXT, *_span("China")),)),
        ),
        quotes=(Quote.of(TEXT, *_span("China would buy"), speaker="Donald Trump", cue="said", direct=False),),
        commitments=(
            Commitment(party="China", action="purchase", money=money, period="P1Y", status="agreed"),
        ),
        extras={"tariffs": ({"rate": "25", "goods": ["soybeans"]},)},
        errors=(PluginFailure(plugin="x", hook="extract_money", error="ValueError", message="boom"),),
    )


def test_to_dict_is_json_ready_with_decimals_as_strings_and_iso_dates() -> None:
    data = _full_document().to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["published"] == "2019-11-13"
    assert data["money"][0]["amount"] == "50000000000"
    assert data["money"][0]["qualifier"] == "up to"
    assert data["paragraphs"] == [[0, len(TEXT)]]
    assert data["commitments"][0]["money"]["text"] == "$50 billion"
    assert data["extras"] == {"tariffs": [{"rate": "25", "goods": ["soybeans"]}]}
    assert data["errors"] == [
        {"plugin": "x", "hook": "extract_money", "error": "ValueError", "message": "boom"}
    ]
    assert list(data)[:1] == ["text"]


def test_from_dict_round_trips_a_full_document() -> None:
    doc = _full_document()
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert again == doc
    assert again.money[0].amount == Decimal("50000000000")
    assert again.to_dict() == doc.to_dict()


def test_from_dict_needs_only_the_text() -> None:
    doc = Document.from_dict({"text": "abc"})
    assert doc == Document(text="abc")


@pytest.mark.parametrize(
    ("change", "where"),
    [
        pytest.param(
            {"money": [{"start": 0, "end": 3, "text": "Mr.", "amount": 5}]},
            "money[0].amount",
            id="number-amount",
        ),
        pytest.param({"published": "13/11/2019"}, "published", id="bad-date"),
        pytest.param({"colour": "red"}, "colour", id="unknown-key"),
        pytest.param({"sentences": [[0, 999]]}, "sentences[0]", id="segment-outside-text"),
        pytest.param(
            {"money": [{"start": 0, "end": 3, "text": "Mr.", "colour": 1}]}, "money[0]", id="unknown-field"
        ),
        pytest.param(
            {"dates": [{"start": 0, "end": 3, "text": "Mr.", "type": "DAY", "value": "x"}]},
            "dates[0]",
            id="bad-enum",
        ),
        pytest.param({"text": 5}, "text", id="text-not-str"),
    ],
)
def test_from_dict_names_the_offending_value(change: dict[str, object], where: str) -> None:
    with pytest.raises(FormatError) as info:
        Document.from_dict({"text": TEXT, **change})
    assert info.value.where == where
    assert str(info.value).startswith(f"{where}: ")


@settings(max_examples=150, deadline=None)
@given(documents())
def test_round_trip_property(doc: Document) -> None:
    data = doc.to_dict()
    assert json.loads(json.dumps(data)) == data
    again = Document.from_dict(json.loads(json.dumps(data)))
    assert again == doc
    assert again.to_dict() == data


def test_document_from_article_and_back() -> None:
    article = Article(text=TEXT, id="a", published=dt.date(2019, 11, 13), sentences=(Span.of(TEXT, 0, 3),))
    doc = Document.from_article(article)
    assert doc.article == article
    assert doc.money == ()
    assert isinstance(doc.extras, Extras)
    assert len(doc.extras) == 0


def test_errors_survive_pickling_with_their_data() -> None:
    from tradecorpus import PluginError, ReadError

    read = pickle.loads(
        pickle.dumps(ReadError("x.txt: not valid UTF-8 at byte 3 (0xff)", path="x.txt", offset=3))
    )
    assert (str(read), read.path, read.offset) == ("x.txt: not valid UTF-8 at byte 3 (0xff)", "x.txt", 3)
    plugin = pickle.loads(pickle.dumps(PluginError("boom", plugin="p", hook="extract_money")))
    assert (str(plugin), plugin.plugin, plugin.hook) == ("boom", "p", "extract_money")
    fmt = pickle.loads(pickle.dumps(FormatError("bad", where="money[0]")))
    assert (str(fmt), fmt.where) == ("money[0]: bad", "money[0]")
