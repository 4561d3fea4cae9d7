"""The built-in commitments extractor: party, action, amount, period and status."""

from __future__ import annotations

import json
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
