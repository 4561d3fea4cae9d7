"""Tests of the tariffs plugin: exact findings on written sentences, the conformance check, round
trips through the plugin's own strategies, and linear time on hostile text."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
import tradecorpus
from hypothesis import HealthCheck, given, settings
from tradecorpus import Document, Pipeline
from tradecorpus.cli import main as cli_main
from tradecorpus.testing import check_plugin
from tradecorpus.testing.styles import strip_punctuation

import tradecorpus_tariffs
from tradecorpus_tariffs import Tariff
from tradecorpus_tariffs.strategies import tariff_texts


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The built-in extractors and this plugin, whether or not the plugin is installed."""
    installed = "tariffs" in Pipeline().plugin_names
    if installed:
        return Pipeline()
    return Pipeline(plugins={"tariffs": tradecorpus_tariffs})


def _tariffs(pipeline: Pipeline, text: str, published: str | None = None) -> tuple[Tariff, ...]:
    doc = pipeline.extract({"text": text, "published": published})
    found = doc.extras["tariffs"]
    for t in found:
        assert doc.text[t.start : t.end] == t.text
    return found


def _fields(t: Tariff) -> dict[str, Any]:
    return {
        "text": t.text,
        "rate": t.rate,
        "previous_rate": t.previous_rate,
        "goods": t.goods,
        "value": (t.value.amount, t.value.currency) if t.value is not None else None,
        "imposer": t.imposer,
        "target": t.target,
        "effective": t.effective.value if t.effective is not None else None,
    }


def _want(text: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = dict.fromkeys(
        ("rate", "previous_rate", "goods", "value", "imposer", "target", "effective")
    )
    return {"text": text, **base, **fields}


CASES = [
    pytest.param(
        "The United States will raise tariffs on $200 billion of Chinese goods to 25% from 10%.",
        "2019-05-06",
        _want(
            "tariffs on $200 billion of Chinese goods to 25% from 10%",
            rate=Decimal(25),
            previous_rate=Decimal(10),
            goods="Chinese goods",
            value=(Decimal(200_000_000_000), "USD"),
            imposer="United States",
            target="China",
        ),
        id="change-of-rate",
    ),
    pytest.param(
        "WASHINGTON, April 17 - Washington imposed 100 pct tariffs on 300 mln dlrs worth of Japanese "
        "electronic goods on April 17.",
        "1987-04-18",
        _want(
            "100 pct tariffs on 300 mln dlrs worth of Japanese electronic goods",
            rate=Decimal(100),
            goods="Japanese electronic goods",
            value=(Decimal(300_000_000), "USD"),
            imposer="United States",
            target="Japan",
            effective="1987-04-17",
        ),
        id="wire-style-value-and-date",
    ),
    pytest.param(
        "Importers applied for exemptions from China's retaliatory tariffs on U.S. soybeans.",
        None,
        _want("tariffs on U.S. soybeans", goods="U.S. soybeans", imposer="China", target="United States"),
        id="possessive-imposer",
    ),
    pytest.param(
        "Beijing wants a roll back of 15% levies imposed on other imports that went into effect Sept. 1.",
        "2019-11-13",
        _want(
            "15% levies imposed on other imports",
            rate=Decimal(15),
            goods="other imports",
            imposer="China",
            effective="2019-09-01",
        ),
        id="participle-and-effective-deadline",
    ),
    pytest.param(
        "Duties on chocolate were cut to 20 pct from 31.9 pct.",
        None,
        _want(
            "Duties on chocolate were cut to 20 pct from 31.9 pct",
            rate=Decimal(20),
            previous_rate=Decimal("31.9"),
            goods="chocolate",
        ),
        id="cut-with-verb",
    ),
    pytest.param(
        "The EC imposed 20 pct anti-dumping duties on Japanese photocopiers.",
        None,
        _want(
            "20 pct anti-dumping duties on Japanese photocopiers",
            rate=Decimal(20),
            goods="Japanese photocopiers",
            imposer="European Community",
            target="Japan",
        ),
        id="bloc-and-words-between-rate-and-head",
    ),
    pytest.param(
        "Reagan imposed 100 pct import duties on personal computers, colour televisions and power tools "
        "from Japan.",
        "1987-04-18",
        _want(
            "100 pct import duties on personal computers, colour televisions and power tools from Japan",
            rate=Decimal(100),
            goods="personal computers, colour televisions and power tools from Japan",
            imposer="United States",
            target="Japan",
        ),
        id="list-of-goods",
    ),
    pytest.param(
        "Canada imposed a 15 per cent duty on U.S. corn, effective March 1.",
        "1987-02-10",
        _want(
            "15 per cent duty on U.S. corn",
            rate=Decimal(15),
            goods="U.S. corn",
            imposer="Canada",
            target="United States",
            effective="1987-03-01",
        ),
        id="effective-cue",
    ),
    pytest.param(
        "Earlier today, Reagan imposed tariffs of 100 per cent on a range of Japanese goods.",
        "1987-04-17",
        _want(
            "tariffs of 100 per cent on a range of Japanese goods",
            rate=Decimal(100),
            goods="Japanese goods",
            imposer="United States",
            target="Japan",
            effective="1987-04-17",
        ),
        id="rate-after-and-date-before-verb",
    ),
    pytest.param(
        "He doubted that the talks would avert the 100 pct tariffs Reagan ordered on Japanese chips.",
        None,
        _want(
            "100 pct tariffs",
            rate=Decimal(100),
            goods="Japanese chips",
            imposer="United States",
            target="Japan",
        ),
        id="goods-in-a-clause-of-their-own",
    ),
    pytest.param(
        "Officials said the most likely move against Japan would involve duties on semiconductor goods.",
        None,
        _want("duties on semiconductor goods", goods="semiconductor goods"),
        id="party-after-preposition-is-not-the-imposer",
    ),
    pytest.param(
        "Taiwan will cut tariffs on such products as cosmetics, bicycles, apples, radios, garments, "
        "soybeans and television sets.",
        None,
        _want(
            "tariffs on such products as cosmetics, bicycles, apples, radios, garments, soybeans and "
            "television sets",
            goods="such products as cosmetics, bicycles, apples, radios, garments, soybeans and "
            "television sets",
            imposer="Taiwan",
        ),
        id="such-goods-as-a-list",
    ),
    pytest.param(
        "Lumber exports fell 33 pct because of a duty on softwood lumber, the department said.",
        None,
        _want("duty on softwood lumber", goods="softwood lumber"),
        id="rate-of-something-else",
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), CASES)
def test_finds_the_measure_with_its_fields(pipeline: Pipeline, text: str, published: str | None,
                                           want: dict[str, Any]) -> None:  # fmt: skip
    found = _tariffs(pipeline, text, published)
    assert [_fields(t) for t in found] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The General Agreement on Tariffs and Trade meets in Geneva.",
        "Tariff barriers remain high, and duty-free shops closed.",
        "Exports fell 33 pct because of the duty.",
        "He said it was his duty to protect farmers.",
        "Analyst Mickey Levy said tariffs and quotas hurt consumers.",
        "Tariff cuts were discussed at the talks.",
    ],
)
def test_no_measure_without_a_rate_or_goods(pipeline: Pipeline, text: str) -> None:
    assert _tariffs(pipeline, text) == ()


def test_stripped_text_gives_the_same_values(pipeline: Pipeline) -> None:
    clean = "The United States will raise tariffs on $200 billion of Chinese goods to 25% from 10%."
    (t,) = _tariffs(pipeline, strip_punctuation(clean).text, "2019-05-06")
    assert t.text == "tariffs on 200 billion of chinese goods to 25 from 10"
    assert (t.rate, t.previous_rate, t.goods) == (Decimal(25), Decimal(10), "chinese goods")
    assert (t.imposer, t.target) == ("United States", "China")
    assert t.value is not None
    assert t.value.amount == Decimal(200_000_000_000)


def test_a_stripped_decimal_rate_is_read_as_written(pipeline: Pipeline) -> None:
    (t,) = _tariffs(pipeline, "japan imposed 2 5 pct tariffs on us cars")
    assert t.rate == Decimal("2.5")


def test_results_are_in_to_dict_and_rebuild(pipeline: Pipeline) -> None:
    text = "Canada imposed a 15 per cent duty on U.S. corn, effective March 1."
    doc = pipeline.extract(text, published="1987-02-10")
    (item,) = doc.to_dict()["extras"]["tariffs"]
    assert item["rate"] == "15"
    assert item["goods"] == "U.S. corn"
    assert item["effective"]["value"] == "1987-03-01"
    assert item["value"] is None
    assert Document.from_dict(doc.to_dict()).extras["tariffs"] == (item,)


def test_summary_line() -> None:
    t = Tariff.of("25% tariffs", 0, 11, rate=Decimal(25), previous_rate=Decimal(10), imposer="United States")
    assert t.summary == "25% (from 10%) · United States → ?"
    assert Tariff.of("tariffs", 0, 7).summary == "—"


def test_fields_are_validated() -> None:
    with pytest.raises(TypeError, match="rate"):
        Tariff.of("25% tariffs", 0, 11, rate="25")


def test_the_plugin_conforms() -> None:
    check_plugin(tradecorpus_tariffs, max_examples=60)


def test_installed_plugin_is_found_through_its_entry_point() -> None:
    names = Pipeline().plugin_names
    if "tariffs" not in names:
        pytest.skip("tradecorpus-tariffs is not installed (pip install plugins/tradecorpus-tariffs)")
    assert "tariffs" not in Pipeline(disable=["tariffs"]).plugin_names
    doc = tradecorpus.extract("Canada imposed a 15 per cent duty on U.S. corn.")
    assert [t.text for t in doc.extras["tariffs"]] == ["15 per cent duty on U.S. corn"]


def test_the_cli_table_shows_the_measures(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    if "tariffs" not in Pipeline().plugin_names:
        pytest.skip("tradecorpus-tariffs is not installed (pip install plugins/tradecorpus-tariffs)")
    article = tmp_path / "a.txt"
    article.write_text("Canada imposed a 15 per cent duty on U.S. corn.\n", encoding="utf-8")
    assert cli_main(["extract", str(article)]) == 0
    out = capsys.readouterr().out
    assert "  tariffs (1)" in out
    assert "15 per cent duty on U.S. corn" in out
    assert "15% · Canada → United States" in out


ROUND_TRIP = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _round_trip(pipeline: Pipeline, case: tuple[str, Any, dict[str, Any]]) -> None:
    text, published, want = case
    found = _tariffs(pipeline, text, published.isoformat())
    assert len(found) == 1, (text, found)
    t = found[0]
    got = {
        "rate": t.rate,
        "previous_rate": t.previous_rate,
        "goods": t.goods,
        "value": t.value.amount if t.value is not None else None,
        "imposer": t.imposer,
        "target": t.target,
        "effective": t.effective.value if t.effective is not None else None,
    }
    assert got == want, text


@ROUND_TRIP
@given(case=tariff_texts())
def test_round_trip(pipeline: Pipeline, case: tuple[str, Any, dict[str, Any]]) -> None:
    _round_trip(pipeline, case)


@ROUND_TRIP
@given(case=tariff_texts(stripped=True))
def test_round_trip_stripped(pipeline: Pipeline, case: tuple[str, Any, dict[str, Any]]) -> None:
    _round_trip(pipeline, case)


@pytest.mark.parametrize(
    "piece",
    [
        "25% tariffs on ",
        "tariffs of 25% ",
        "duties on $1 billion worth of ",
        "levies imposed on the goods, cars and ",
        "tariffs from 10% to ",
        "U.S. tariffs on Japanese ",
        "1 2 3 4 5 pct ",
    ],
)
def test_time_grows_linearly_on_hostile_text(piece: str) -> None:
    """The plugin's own scan (no built-in findings) on 100 KB and 1 MB of one repeated piece."""
    _assert_linear(lambda size: Document(text=(piece * (size // len(piece) + 1))[:size]))


@pytest.mark.parametrize(
    "piece",
    [
        # one long sentence of measures, each with its money and an effective date
        "tariffs of 25% on $250 billion of goods effective March 1 ",
        "tariffs of 25% on $250 billion of goods from March 1 ",
    ],
)
def test_time_grows_linearly_with_the_built_in_findings(piece: str) -> None:
    """The plugin on documents the built-in extractors have read (dates, deadlines, money), 100 KB
    against 1 MB: each measure looks up its dates near it, not through the whole sentence."""

    def read(size: int) -> Document:
        doc = tradecorpus.extract((piece * (size // len(piece) + 1))[:size], disable=("tariffs",))
        assert doc.dates
        return doc

    _assert_linear(read)


def _assert_linear(document: Callable[[int], Document]) -> None:
    """The plugin on the document of 1 MB takes under 20 times its time on the one of 100 KB (the
    documents are made before the clock starts)."""

    def seconds(size: int) -> float:
        doc = document(size)
        began = time.perf_counter()
        tradecorpus_tariffs.extract_extras(doc)
        return time.perf_counter() - began

    small = min(seconds(100_000) for _ in range(2))
    large = seconds(1_000_000)
    assert large < 20 * small + 0.5, (small, large)
