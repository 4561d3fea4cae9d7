"""The built-in money extractor: exact values, spans, currencies, ranges, qualifiers; gold; robustness."""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradecorpus
from tradecorpus.extractors.money import find_money
from tradecorpus.model import Document
from tradecorpus.testing.strategies import MONEY_CURRENCIES, money_texts

GOLD = Path(__file__).parent / "gold"
D = Decimal


def found(text: str, *, stripped: bool = False) -> list[tuple[object, ...]]:
    return [
        (m.text, m.amount, m.low, m.high, m.currency, m.qualifier)
        for m in find_money(text, stripped=stripped)
    ]


CLEAN = [
    ("Exports reached $76.7 billion.", [("$76.7 billion", D("76.7e9"), None, None, "USD", None)]),
    ("a $1,250.5 million loan", [("$1,250.5 million", D("1250500000"), None, None, "USD", None)]),
    ("fifty billion dollars", [("fifty billion dollars", D("50e9"), None, None, "USD", None)]),
    (
        "a quarter of a trillion dollars",
        [("a quarter of a trillion dollars", D("250e9"), None, None, "USD", None)],
    ),
    ("half a billion euros", [("half a billion euros", D("500e6"), None, None, "EUR", None)]),
    (
        "deals worth $5bn and £3m",
        [("$5bn", D("5e9"), None, None, "USD", None), ("£3m", D("3e6"), None, None, "GBP", None)],
    ),
    ("a 250 mln dlr credit", [("250 mln dlr", D("250e6"), None, None, "USD", None)]),
    ("1.2 tn yen", [("1.2 tn yen", D("1.2e12"), None, None, "JPY", None)]),
    ("US$4.7 billion", [("US$4.7 billion", D("4.7e9"), None, None, "USD", None)]),
    ("C$300 million", [("C$300 million", D("300e6"), None, None, "CAD", None)]),
    ("HK$10.05 billion", [("HK$10.05 billion", D("10.05e9"), None, None, "HKD", None)]),
    ("USD 20 million", [("USD 20 million", D("20e6"), None, None, "USD", None)]),
    ("€20 billion", [("€20 billion", D("20e9"), None, None, "EUR", None)]),
    ("RMB 50 billion", [("RMB 50 billion", D("50e9"), None, None, "CNY", None)]),
    ("100 billion yuan", [("100 billion yuan", D("100e9"), None, None, "CNY", None)]),
    ("50 billion renminbi", [("50 billion renminbi", D("50e9"), None, None, "CNY", None)]),
    ("5 trillion won", [("5 trillion won", D("5e12"), None, None, "KRW", None)]),
    ("200 million pesos", [("200 million pesos", D("200e6"), None, None, None, None)]),
    ("125 million Canadian dollars", [("125 million Canadian dollars", D("125e6"), None, None, "CAD", None)]),
    ("1.5 billion Swiss francs", [("1.5 billion Swiss francs", D("1.5e9"), None, None, "CHF", None)]),
    ("3 billion marks", [("3 billion marks", D("3e9"), None, None, "DEM", None)]),
    ("470 pence a share", [("470 pence", D("4.70"), None, None, "GBP", None)]),
    ("up 25 cents a bushel", [("25 cents", D("0.25"), None, None, None, None)]),
    ("Rs 2,000 crore", [("Rs 2,000 crore", D("20e9"), None, None, "INR", None)]),
    ("$10K", [("$10K", D("10000"), None, None, "USD", None)]),
    (
        "$40 billion to $50 billion in U.S. farm products",
        [("$40 billion to $50 billion", None, D("40e9"), D("50e9"), "USD", None)],
    ),
    ("$40-50 billion", [("$40-50 billion", None, D("40e9"), D("50e9"), "USD", None)]),
    (
        "between $40 billion and $50 billion",
        [("between $40 billion and $50 billion", None, D("40e9"), D("50e9"), "USD", None)],
    ),
    ("40 to 45 mln dlrs", [("40 to 45 mln dlrs", None, D("40e6"), D("45e6"), "USD", None)]),
    ("up to $50 billion", [("up to $50 billion", D("50e9"), None, None, "USD", "up to")]),
    ("about $14 million", [("about $14 million", D("14e6"), None, None, "USD", "about")]),
    ("nearly 5 billion euros", [("nearly 5 billion euros", D("5e9"), None, None, "EUR", "nearly")]),
    ("more than $247 million", [("more than $247 million", D("247e6"), None, None, "USD", "more than")]),
    ("at least 10 mln stg", [("at least 10 mln stg", D("10e6"), None, None, "GBP", "at least")]),
    ("roughly $112bn", [("roughly $112bn", D("112e9"), None, None, "USD", "roughly")]),
    # a change is two amounts, not a range
    (
        "Exports rose to $5 billion from $4 billion.",
        [
            ("$5 billion", D("5e9"), None, None, "USD", None),
            ("$4 billion", D("4e9"), None, None, "USD", None),
        ],
    ),
    (
        "The deficit fell from 15.1 billion dlrs to 13.6 billion dlrs.",
        [
            ("15.1 billion dlrs", D("15.1e9"), None, None, "USD", None),
            ("13.6 billion dlrs", D("13.6e9"), None, None, "USD", None),
        ],
    ),
    # a bare amount continuing an explicit one takes its currency
    (
        "The gap narrowed to 13.6 billion dlrs in March from 15.1 billion in February.",
        [
            ("13.6 billion dlrs", D("13.6e9"), None, None, "USD", None),
            ("15.1 billion", D("15.1e9"), None, None, "USD", None),
        ],
    ),
    (
        "China will buy 250 billion worth of U.S. goods.",
        [("250 billion", D("250e9"), None, None, "USD", None)],
    ),
    ("a 12-cent-a-share dividend", [("12-cent", D("0.12"), None, None, None, None)]),
    ("sold for -15€", [("-15€", D("-15"), None, None, "EUR", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CLEAN, ids=[t for t, _ in CLEAN])
def test_clean_text(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text) == expected


NOT_MONEY = [
    "Imports declined by 5.9% in the first four months of 2020.",
    "Tariffs rose 15 pct on 300 products.",
    "China has 1.4 billion people and harvested 10 mln tonnes of wheat.",
    "The company sold 5 mln shares at the close.",
    "Beef exports were 20 million pounds of meat.",
    "See page 12 of the 2019 report, released at 10:30.",
    "The Senate voted 68 to 31 under Section 301.",
    "The Group of Seven met for two days.",
    "The 256K DRAM chips were unaffected.",
    "a twenty-pound bag of rice",
    "ALL 5 solutions are wrong.",
    "She won 3 medals.",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert found(text) == []


STRIPPED = [
    (
        "prompted china to promise to buy 250 billion worth of u s goods",
        [("250 billion", D("250e9"), None, None, "USD", None)],
    ),
    (
        "china has agreed to buy an additional 200 billion in u s goods over two years",
        [("200 billion", D("200e9"), None, None, "USD", None)],
    ),
    (
        "the target of the first year s 76 7 billion increase as imports from the u s declined by 5 9",
        [("76 7 billion", D("76.7e9"), None, None, "USD", None)],
    ),
    ("imports from the u s declined by 5 9 percent in 2020", []),
    ("the country has 1 4 billion people", []),
    (
        # the qualifier lies further before the first scale word than a window reaches
        "the at least between one hundred seventy-seven million and 1 billion worth of u s goods",
        [
            (
                "at least between one hundred seventy-seven million and 1 billion",
                None,
                D("177e6"),
                D("1e9"),
                "USD",
                "at least",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRIPPED, ids=[t[:40] for t, _ in STRIPPED])
def test_punctuation_stripped_text(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text, stripped=True) == expected


def test_yen_sign_follows_the_story() -> None:
    assert found("Alibaba sold ¥268.4 billion of goods in China on Singles Day, Beijing said.")[0][4] == "CNY"
    assert found("Tokyo will spend ¥2 trillion, Japan's finance ministry said.")[0][4] == "JPY"


def test_pipeline_runs_the_extractor_with_the_documents_style() -> None:
    doc = tradecorpus.extract("the president noted china will buy 76 7 billion worth of u s goods this year")
    assert doc.stripped
    assert [(m.text, m.amount) for m in doc.money] == [("76 7 billion", D("76.7e9"))]
    assert all(doc.text[m.start : m.end] == m.text for m in doc.money)


# ------------------------------------------------------------------------------- gold


def _gold_seeds() -> list[Path]:
    return sorted(GOLD.glob("0*.json"))


@pytest.mark.parametrize("path", _gold_seeds(), ids=lambda p: p.stem)
def test_seed_gold_money_exactly(path: Path, seeds: list[Path]) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    (seed,) = [p for p in seeds if p.stem == path.stem]
    doc = tradecorpus.extract(seed)
    assert doc.text == gold["text"]
    assert doc.to_dict()["money"] == gold["money"]  # precision and recall 1.0, exact values


def _sentence_cases() -> list[dict[str, object]]:
    lines = (GOLD / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_sentence_gold_money_f1() -> None:
    """Hand-annotated sentences in many house styles: exact mentions (span, values, currency)."""
    tp = fp = fn = 0
    for case in _sentence_cases():
        doc = tradecorpus.extract({"text": case["text"]})
        got = {json.dumps(m, sort_keys=True) for m in doc.to_dict()["money"]}
        want = {json.dumps(m, sort_keys=True) for m in case["money"]}  # type: ignore[attr-defined]
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) >= 0.9


def test_gold_files_are_valid_documents() -> None:
    for path in _gold_seeds():
        gold = json.loads(path.read_text(encoding="utf-8"))
        Document.from_dict(gold)
    for case in _sentence_cases():
        Document.from_dict({k: v for k, v in case.items() if k in {"text", "money", "commitments"}})


# ------------------------------------------------------------------------------- properties


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(money_texts(currencies=MONEY_CURRENCIES))
def test_rendered_amounts_parse_back_exactly(case: tuple[str, object]) -> None:
    text, money = case
    assert find_money(text) == [money]


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(money_texts(stripped=True))
def test_rendered_stripped_amounts_parse_back_exactly(case: tuple[str, object]) -> None:
    text, money = case
    assert find_money(text, stripped=True) == [money]


_MONEYISH = st.lists(
    st.sampled_from(list("0123456789$€£¥,.- "))
    | st.sampled_from(
        ["billion", " million", "bn", "dlrs", "up to", "between", "and", "to", "a", "half", "USD", "\n"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300)
@given(st.text(max_size=200) | _MONEYISH, st.booleans())
def test_no_text_breaks_the_extractor(text: str, stripped: bool) -> None:
    for m in find_money(text, stripped=stripped):
        assert text[m.start : m.end] == m.text
        assert (m.amount is None) == (m.low is not None)


def test_strategy_rejects_unknown_currencies() -> None:
    from hypothesis.errors import InvalidArgument

    @given(money_texts(currencies=["XXX"]))
    def draw_one(case: tuple[str, object]) -> None:
        raise AssertionError("never drawn")

    with pytest.raises(InvalidArgument, match="XXX"):
        draw_one()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In 1987 it paid USD 20 for 3 items.", ("USD 20", "20", "USD")),
        ("A budget of MUSD 3 in 1990.", ("MUSD 3", "3000000", "USD")),
        ("It cost LE 5 in 1990, up 3 pct.", ("LE 5", "5", "EGP")),
        ("Tickets were 20p in 1990.", ("20p", "0.2", "GBP")),
        ("It fell 3 ct in 1990 to 12.", ("3 ct", "0.03", None)),
        ("Wheat fell 30 kopecks in 1990.", ("30 kopecks", "0.3", "RUB")),
        ("Sales of 76.7bn dlrs in 1990.", ("76.7bn dlrs", "76700000000", "USD")),
    ],
)
def test_a_window_of_numbers_with_one_sign_of_money_is_read(text: str, found: tuple[str, str, str]) -> None:
    # (windows with no currency and no scale of a million are passed over: these each have one sign)
    (m,) = find_money(text)
    assert (m.text, str(m.amount), m.currency) == found


def test_numbers_without_a_sign_of_money_are_none() -> None:
    assert find_money("In 1987 output rose 12 pct to 300,000 tonnes, from 250,000 in 1986.") == []


# ------------------------------------------------------------------------------- linear time


def _seconds(text: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        find_money(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    "unit",
    [
        "1,2$ 3,45 $,6 7$$ 89,0 ",
        "billion billion ",
        "$1,000,000,000,000,000,000,000,000 ",
        "between $ and 1- ",
        "¥1 ",
    ],
    ids=["digits-commas-dollars", "billion-billion", "long-number", "range-words", "yen-signs"],
)
def test_adversarial_input_takes_linear_time(unit: str) -> None:
    small = unit * (100_000 // len(unit))
    large = unit * (1_000_000 // len(unit))
    t_small, t_large = _seconds(small, rounds=2), _seconds(large, rounds=1)
    assert t_large < 20 * t_small + 0.5, (t_small, t_large)
