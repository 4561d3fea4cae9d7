"""The built-in commitments extractor: party, action, amount, period and status."""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path

import pytest

import tradecorpus

GOLD = Path(__file__).parent / "gold"

CASES = [
    (
        "China has agreed to buy an additional $200 billion in U.S. goods and services over two years.",
        [("China", "purchase", Decimal("200e9"), "USD", "P2Y", "agreed")],
    ),
    (
        "Mr. Trump has said that China has agreed to buy up to $50 billion in U.S. soybeans, pork and "
        "other agricultural products annually.",
        [("China", "purchase", Decimal("50e9"), "USD", "P1Y", "agreed")],
    ),
    (
        "the duties prompted china to promise to buy 250 billion worth of u s goods now they have to buy",
        [("China", "purchase", Decimal("250e9"), "USD", None, "promised")],
    ),
    (
        "Washington demanded that Tokyo buy 5 billion dlrs more of U.S. farm goods each year.",
        [("Japan", "purchase", Decimal("5e9"), "USD", "P1Y", "demanded")],
    ),
    (
        "The United States threatened tariffs on another $300 billion of Chinese imports.",
        [("United States", "tariff", Decimal("300e9"), "USD", None, "threatened")],
    ),
    (
        "The European Union pledged to invest 10 billion euros over five years.",
        [("European Union", "invest", Decimal("10e9"), "EUR", "P5Y", "promised")],
    ),
    (
        "The World Bank approved a 500 mln dlr loan to Mexico.",
        [("World Bank", "lend", Decimal("500e6"), "USD", None, "agreed")],
    ),
    ("China's imports from the U.S. declined by $5.9 billion last year.", []),
    ("Huawei's revenue rose to $122 billion.", []),
    ("China has not agreed to buy $200 billion of U.S. goods.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:50] for t, _ in CASES])
def test_commitments(text: str, expected: list[tuple[object, ...]]) -> None:
    doc = tradecorpus.extract({"text": text})
    got = [(c.party, c.action, c.money.amount, c.money.currency, c.period, c.status) for c in doc.commitments]
    assert got == expected
    assert all(c.money in doc.money for c in doc.commitments)


@pytest.mark.parametrize("path", sorted(GOLD.glob("0*.json")), ids=lambda p: p.stem)
def test_seed_gold_commitments_exactly(path: Path, seeds: list[Path]) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    (seed,) = [p for p in seeds if p.stem == path.stem]
    assert tradecorpus.extract(seed).to_dict()["commitments"] == gold["commitments"]


def test_sentence_gold_commitments_floor() -> None:
    """Varied sentences: the floor the extractor keeps while parties need named companies (entities)."""
    tp = fp = fn = 0
    for line in (GOLD / "sentences.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        doc = tradecorpus.extract({"text": case["text"]})
        got = {json.dumps(c, sort_keys=True) for c in doc.to_dict()["commitments"]}
        want = {json.dumps(c, sort_keys=True) for c in case["commitments"]}
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.55
    assert recall >= 0.5


def test_disabling_money_leaves_nothing_to_commit() -> None:
    doc = tradecorpus.extract({"text": CASES[0][0]}, disable=["money"])
    assert doc.money == () == doc.commitments


@pytest.mark.parametrize(
    "unit",
    [
        "China agreed to buy $50 billion of goods. ",  # a commitment in every sentence
        "agreed to buy $1 billion and $2 billion and ",  # one sentence, amounts without end
        "China has promised, pledged and agreed ",
        "$5 ",
    ],
    ids=repr,
)
def test_time_stays_linear_on_adversarial_text(unit: str) -> None:
    """The commitments extractor alone, given the amounts the money extractor finds, on 100 KB
    and on 1 MB of one repeated piece."""
    from tradecorpus.extractors.commitments import find_commitments
    from tradecorpus.extractors.money import find_money

    def seconds(size: int) -> float:
        text = unit * (size // len(unit))
        doc = tradecorpus.Document(text=text, money=tuple(find_money(text)))
        started = time.perf_counter()
        find_commitments(doc)
        return time.perf_counter() - started

    small, large = seconds(100_000), seconds(1_000_000)
    assert large < 20 * small + 0.5, (small, large)
