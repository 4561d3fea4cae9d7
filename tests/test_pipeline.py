"""The pipeline: stage order, merging, isolation, strict mode, extras, inputs and workers."""

from __future__ import annotations

import datetime as dt
import functools
import pickle
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tradecorpus
from tradecorpus import (
    Article,
    Commitment,
    Document,
    Money,
    Official,
    Pipeline,
    PluginError,
    Quote,
    ReadError,
    Span,
    hookimpl,
)
from tradecorpus.plugins import BUILTIN_PLUGINS

TEXT = "Mr. Trump said China would buy up to $50 billion in U.S. farm goods."


def _at(sub: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


def _money(sub: str, amount: str, text: str = TEXT) -> Money:
    return Money.of(text, *_at(sub, text), amount=Decimal(amount), currency="USD")


#: The built-in extractors, disabled where a test needs to see only its own plugins' results.
EXTRACTORS = tuple(name for name in BUILTIN_PLUGINS if name != "reader")


def _pipeline(**plugins: object) -> Pipeline:
    return Pipeline(plugins=plugins, disable=EXTRACTORS, entry_points=False)


class Recorder:
    """Records what each hook saw, in call order (shared by several named instances)."""

    def __init__(self, log: list[tuple[str, str, int]], tag: str) -> None:
        self.log = log
        self.tag = tag

    @hookimpl
    def extract_money(self, doc: Document) -> list[Money]:
        self.log.append((self.tag, "extract_money", len(doc.money)))
        return [_money("$50 billion", "50e9")] if self.tag == "b" else []

    @hookimpl
    def extract_quotes(self, doc: Document) -> None:
        self.log.append((self.tag, "extract_quotes", len(doc.money)))

    @hookimpl
    def extract_extras(self, doc: Document) -> list[int]:
        self.log.append((self.tag, "extract_extras", len(doc.money)))
        return [len(doc.money)]


def test_stages_run_in_data_flow_order_and_see_earlier_results() -> None:
    log: list[tuple[str, str, int]] = []
    doc = _pipeline(b=Recorder(log, "b"), a=Recorder(log, "a")).extract(TEXT)
    assert log == [
        ("a", "extract_money", 0),  # first stage: no money yet, for either plugin
        ("b", "extract_money", 0),
        ("a", "extract_quotes", 1),  # second stage sees the first stage's merged money
        ("b", "extract_quotes", 1),
        ("a", "extract_extras", 1),
        ("b", "extract_extras", 1),
    ]
    assert doc.extras == {"a": (1,), "b": (1,)}


class Fixed:
    """Returns fixed results for money and officials."""

    def __init__(self, money: list[Money] | None = None, officials: list[Official] | None = None) -> None:
        self.money = money
        self.officials = officials

    @hookimpl
    def extract_money(self) -> list[Money] | None:
        return self.money

    @hookimpl
    def extract_officials(self) -> list[Official] | None:
        return self.officials


def test_overlapping_mentions_keep_the_longest() -> None:
    long = Money.of(
        TEXT, *_at("up to $50 billion"), amount=Decimal("50e9"), currency="USD", qualifier="up to"
    )
    short = _money("$50 billion", "50e9")
    doc = _pipeline(a=Fixed([short]), b=Fixed([long])).extract(TEXT)
    assert doc.money == (long,)


def test_equal_overlaps_are_settled_by_plugin_name_not_registration_order() -> None:
    from_a = _money("$50 billion", "50e9")
    from_b = _money("$50 billion", "5e9")  # same span, different value
    first = _pipeline(a=Fixed([from_a]), b=Fixed([from_b])).extract(TEXT)
    second = Pipeline(
        plugins={"b": Fixed([from_b]), "a": Fixed([from_a])}, disable=EXTRACTORS, entry_points=False
    ).extract(TEXT)
    assert first.money == second.money == (from_a,)


def test_disjoint_mentions_from_several_plugins_are_all_kept_in_text_order() -> None:
    text = "$5 and $6"
    five, six = _money("$5", "5", text), _money("$6", "6", text)
    doc = _pipeline(z=Fixed([six]), a=Fixed([five])).extract(text)
    assert doc.money == (five, six)


def test_one_plugins_overlapping_or_unordered_findings_are_settled_too() -> None:
    long = Money.of(
        TEXT, *_at("up to $50 billion"), amount=Decimal("50e9"), currency="USD", qualifier="up to"
    )
    short = _money("$50 billion", "50e9")
    assert _pipeline(a=Fixed([short, long])).extract(TEXT).money == (long,)
    text = "$5 and $6"
    five, six = _money("$5", "5", text), _money("$6", "6", text)
    assert _pipeline(a=Fixed([six, five])).extract(text).money == (five, six)
    assert _pipeline(a=Fixed([five, six])).extract(text).money == (five, six)


def test_officials_are_combined_by_name() -> None:
    mr = Span.of(TEXT, *_at("Mr. Trump"))
    bare = Span.of(TEXT, *_at("Trump"))
    a = Official(name="Donald Trump", mentions=(bare,))
    b = Official(name="Donald Trump", title="President", country="US", mentions=(mr,))
    doc = _pipeline(a=Fixed(officials=[a]), b=Fixed(officials=[b])).extract(TEXT)
    assert doc.officials == (Official(name="Donald Trump", title="President", country="US", mentions=(mr,)),)


def test_plugin_that_raises_is_isolated() -> None:
    class Boom:
        @hookimpl
        def extract_money(self) -> None:
            raise ValueError("bad amount table")

    good = _money("$50 billion", "50e9")
    doc = _pipeline(boom=Boom(), good=Fixed([good])).extract(TEXT)
    assert doc.money == (good,)
    assert [(e.plugin, e.hook, e.error, e.message) for e in doc.errors] == [
        ("boom", "extract_money", "ValueError", "bad amount table")
    ]
    assert doc.to_dict()["errors"][0]["plugin"] == "boom"


class _CustomError(Exception):
    pass


def test_error_type_of_a_plugin_exception_is_qualified() -> None:
    class Boom:
        @hookimpl
        def extract_dates(self) -> None:
            raise _CustomError("x")

    (failure,) = _pipeline(boom=Boom()).extract(TEXT).errors
    assert failure.error.endswith("_CustomError")
    assert "." in failure.error


@pytest.mark.parametrize(
    ("result", "message"),
    [
        pytest.param("$50 billion", "must return a sequence or None, got str", id="string"),
        pytest.param({"a": 1}, "must return a sequence or None, got dict", id="mapping"),
        pytest.param(5, "must return a sequence or None, got int", id="number"),
        pytest.param(
            [Span(start=0, end=3, text="Mr.")], "returned Span at [0], expected Money", id="wrong-type"
        ),
        pytest.param(
            [Money(start=0, end=3, text="Mrs")], "says 'Mrs', but the text has 'Mr.'", id="span-off-text"
        ),
        pytest.param([Money(start=900, end=903, text="abc")], "900:903", id="span-past-end"),
    ],
)
def test_results_that_break_the_contract_are_recorded(result: object, message: str) -> None:
    class Bad:
        @hookimpl
        def extract_money(self) -> object:
            return result

    good = _money("$50 billion", "50e9")
    doc = _pipeline(bad=Bad(), good=Fixed([good])).extract(TEXT)
    assert doc.money == (good,)
    (failure,) = doc.errors
    assert (failure.plugin, failure.hook, failure.error) == (
        "bad",
        "extract_money",
        "tradecorpus.pipeline.ResultError",
    )
    assert message in failure.message


def test_strict_mode_raises_with_the_original_cause() -> None:
    class Boom:
        @hookimpl
        def extract_money(self) -> None:
            raise ValueError("bad amount table")

    with pytest.raises(
        PluginError, match=r"plugin 'boom' failed in extract_money: ValueError: bad amount table"
    ) as info:
        Pipeline(plugins={"boom": Boom()}, entry_points=False, strict=True).extract(TEXT)
    assert (info.value.plugin, info.value.hook) == ("boom", "extract_money")
    assert isinstance(info.value.__cause__, ValueError)
    with pytest.raises(PluginError):
        tradecorpus.extract(TEXT, plugins={"boom": Boom()}, strict=True)
    assert tradecorpus.extract(TEXT, plugins={"boom": Boom()}).errors[0].plugin == "boom"


def test_second_stage_kinds_are_merged_on_their_anchor_span() -> None:
    money = _money("$50 billion", "50e9")
    shorter = _money("50 billion", "50e9")

    class Commits:
        def __init__(self, m: Money, party: str) -> None:
            self.m, self.party = m, party

        @hookimpl
        def extract_commitments(self) -> list[Commitment]:
            return [Commitment(party=self.party, action="purchase", money=self.m, status="agreed")]

    doc = _pipeline(a=Commits(shorter, "A"), b=Commits(money, "China")).extract(TEXT)
    assert [c.party for c in doc.commitments] == ["China"]


def test_quote_spans_are_checked_including_the_speaker_mention() -> None:
    class Quotes:
        @hookimpl
        def extract_quotes(self, doc: Document) -> list[Quote]:
            return [
                Quote.of(doc.text, *_at("China would buy"), speaker_mention=Span(start=0, end=2, text="xx"))
            ]

    (failure,) = _pipeline(q=Quotes()).extract(TEXT).errors
    assert "[0].speaker_mention 0:2" in failure.message


def test_disabled_plugin_is_not_called() -> None:
    calls: list[str] = []

    class Spy:
        @hookimpl
        def extract_money(self) -> None:
            calls.append("called")

    Pipeline(plugins={"spy": Spy()}, disable=["spy"], entry_points=False).extract(TEXT)
    assert calls == []


def test_disabling_the_reader_leaves_a_bare_article() -> None:
    doc = Pipeline(disable=["reader"], entry_points=False).extract(
        "Title\n\nBody text here.", published="2020-01-02"
    )
    assert (doc.title, doc.paragraphs, doc.published) == (None, (), dt.date(2020, 1, 2))


class UpperReader:
    """A third-party reader: takes articles whose first line is 'TITLE: ...'."""

    @hookimpl
    def read_article(self, text: str, id: str | None, published: dt.date | None) -> Article | None:
        if not text.startswith("TITLE: "):
            return None
        end = text.index("\n")
        return Article(
            text=text, id=id, title=text[7:end], title_span=Span.of(text, 7, end), published=published
        )


def test_third_party_reader_is_asked_before_the_builtin() -> None:
    pipeline = _pipeline(upper=UpperReader())
    assert pipeline.extract("TITLE: Deal\nBody.").title == "Deal"
    assert pipeline.extract("Plain text without a title line.").title is None  # fell through to the builtin


def test_failing_reader_is_recorded_and_the_next_one_used() -> None:
    class BadReader:
        @hookimpl
        def read_article(self, text: str) -> Article:
            return Article(text=text + "!")

    doc = _pipeline(bad=BadReader()).extract("Some article text.")
    assert doc.text == "Some article text."
    assert doc.errors[0].plugin == "bad"
    assert "read_article must return an Article of the text given" in doc.errors[0].message


def test_inputs_text_path_bytes_record_and_article(tmp_path: Path) -> None:
    text = "China agreed to buy more soybeans.\n"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    pipeline = Pipeline(entry_points=False)
    from_text = pipeline.extract(text)
    from_path = pipeline.extract(path)
    from_str_path = pipeline.extract(str(path))
    from_bytes = pipeline.extract(text.encode("utf-8"))
    from_record = pipeline.extract({"text": text, "id": "r1", "published": "2019-11-13"})
    assert (
        from_text.text == from_path.text == from_str_path.text == from_bytes.text == from_record.text == text
    )
    assert from_path.id == str(path)
    assert (from_record.id, from_record.published) == ("r1", dt.date(2019, 11, 13))
    article = tradecorpus.read(path)
    assert pipeline.extract(article, id="again").id == "again"
    assert pipeline.extract(from_text).money == ()  # a Document is re-extracted from its article


def test_record_text_is_never_taken_for_a_path(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("file content", encoding="utf-8")
    doc = Pipeline(entry_points=False).extract({"text": str(tmp_path / "x.txt")})
    assert doc.text == str(tmp_path / "x.txt")


def test_bad_record_and_missing_file_raise_clear_errors(tmp_path: Path) -> None:
    pipeline = Pipeline(entry_points=False)
    with pytest.raises(TypeError, match=r"unknown keys \['body'\]"):
        pipeline.extract({"text": "x", "body": "y"})
    with pytest.raises(ReadError, match="no such file"):
        pipeline.extract(tmp_path / "missing.txt")


def test_explicit_published_wins_over_the_header() -> None:
    text = "date 2019-11-13\n\nTrade talks resumed on Monday after a long pause.\n"
    assert tradecorpus.extract(text).published == dt.date(2019, 11, 13)
    assert tradecorpus.extract(text, published="2020-05-01").published == dt.date(2020, 5, 1)
    assert tradecorpus.extract(text, published=dt.datetime(2020, 5, 1, 9, 30)).published == dt.date(
        2020, 5, 1
    )
    with pytest.raises(ValueError, match="published"):
        tradecorpus.extract(text, published="May 1st")


def test_pipeline_repr_names_its_plugins() -> None:
    assert (
        repr(Pipeline(entry_points=False)) == f"Pipeline(plugins={sorted(BUILTIN_PLUGINS)!r}, strict=False)"
    )
    assert (
        repr(Pipeline(disable=EXTRACTORS, entry_points=False)) == "Pipeline(plugins=['reader'], strict=False)"
    )


def test_pipeline_pickles_by_configuration() -> None:
    pipeline = Pipeline(disable=list(BUILTIN_PLUGINS), entry_points=False, strict=True)
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone.plugin_names == pipeline.plugin_names == ()
    assert clone.strict is True
    import tradecorpus.reader as reader_module

    with_module = pickle.loads(pickle.dumps(Pipeline(plugins={"again": reader_module}, disable=["reader"])))
    assert "again" in with_module.plugin_names


def test_extract_many_is_lazy_and_ordered() -> None:
    seen: list[str] = []

    def sources() -> Any:
        for i in range(5):
            seen.append(f"s{i}")
            yield f"Article number {i} about trade."

    docs = tradecorpus.extract_many(sources())
    assert seen == []
    first = next(docs)
    assert first.text == "Article number 0 about trade."
    assert seen == ["s0"]
    assert [d.text[15] for d in docs] == ["1", "2", "3", "4"]


def test_extract_many_with_processes_matches_one_process(seeds: list[Path]) -> None:
    sources = [*seeds, *seeds]
    one = list(tradecorpus.extract_many(sources))
    two = list(tradecorpus.extract_many(sources, workers=2))
    assert [d.to_dict() for d in two] == [d.to_dict() for d in one]
    assert [d.id for d in two] == [str(p) for p in sources]


@pytest.mark.parametrize("workers", [0, -1, 1.5, True])
def test_extract_many_rejects_bad_worker_counts(workers: Any) -> None:
    with pytest.raises(ValueError, match="workers must be a whole number >= 1"):
        tradecorpus.extract_many(["x"], workers=workers)  # at the call, before any iteration


def test_equal_length_overlaps_prefer_the_plugin_name_over_position() -> None:
    text = "They paid $50 billion."
    early = Money.of(text, *_at("$50 b", text), amount=Decimal(50), currency="USD")  # 5 characters
    late = Money.of(text, *_at("50 bi", text), amount=Decimal(51), currency="USD")  # 5 characters, later
    doc = _pipeline(a=Fixed([late]), b=Fixed([early])).extract(text)
    assert doc.money == (late,)


def test_two_plugins_passed_with_one_name_are_refused() -> None:
    class Tariffs:
        @hookimpl
        def extract_extras(self) -> list[int]:
            return [1]

    with pytest.raises(PluginError, match="two plugins passed in are both named 'tariffs'"):
        Pipeline(plugins=[Tariffs(), Tariffs()], entry_points=False)


def test_record_title_is_kept_when_the_reader_finds_none() -> None:
    doc = Pipeline(entry_points=False).extract({"text": "One line of text about trade.", "title": "Trade"})
    assert doc.title == "Trade"
    with_headline = {"text": "Talks resume\n\nBody text about trade talks here.", "title": "Other"}
    assert Pipeline(entry_points=False).extract(with_headline).title == "Talks resume"


class StrictBoom:
    @hookimpl
    def extract_money(self) -> None:
        raise ValueError("bad amount table")


def test_strict_failure_in_a_worker_process_reaches_the_caller_as_plugin_error() -> None:
    pipeline = Pipeline(plugins={"boom": StrictBoom()}, entry_points=False, strict=True)
    with pytest.raises(PluginError, match="plugin 'boom' failed in extract_money") as info:
        list(pipeline.extract_many(["first text", "second text"], workers=2))
    assert (info.value.plugin, info.value.hook) == ("boom", "extract_money")


ALPHABET = st.sampled_from(
    [
        "$",
        "5",
        "9",
        ".",
        ",",
        "“",
        "”",
        '"',
        "'",
        " ",
        "\n",
        "\n\n",
        "Mr.",
        "U.S.",
        "Oct. 11",
        "By ",
        "date 2019-11-13",
        "billion",
        "said",
        "é",
        "\r\n",
        "\t",
        "\u2028",
        "Additional reporting by ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.text() | st.lists(ALPHABET, max_size=80).map("".join))
def test_no_text_makes_the_pipeline_fail(text: str) -> None:
    pipeline = _hostile_pipeline()
    doc = pipeline.extract({"text": text})
    assert doc.errors == ()
    assert doc.text == text
    for span in (*doc.paragraphs, *doc.sentences):
        assert text[span.start : span.end] == span.text
    assert pipeline.extract({"text": text}) == doc  # deterministic
    assert Document.from_dict(doc.to_dict()) == doc


@functools.lru_cache(maxsize=1)
def _hostile_pipeline() -> Pipeline:
    return Pipeline(strict=True, entry_points=False)
