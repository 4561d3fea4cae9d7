"""Accuracy of the money extractor on peer projects' test suites.

Run from anywhere (it is not a test)::

    python benchmarks/money.py                  # every suite in ../shared/benchmarks/money/
    python benchmarks/money.py --misses         # ... and list every case it gets wrong
    python benchmarks/money.py --suite duckling # one suite
    python benchmarks/money.py --json           # the figures as JSON

Each suite is a JSONL file converted from another project's tests (Microsoft Recognizers-Text,
Duckling, price-parser, quantulum3; see the README next to them for sources, licences and the
conversion rules). Every case's ``text`` goes through ``tradecorpus.extract`` and its ``money`` is
compared with ``expected``:

- A case is **exact** when the amounts found equal the expected ones, one for one and in order:
  the value (``amount``, or ``low``/``high`` for a range or an open interval), and the currency
  where the case names one (a null expected currency is not scored, as the README asks).
- Suites count minor units (``50 cents`` is 50 of unit ``Cent``); tradecorpus gives amounts in
  the major unit (0.50), so expected minor-unit values are divided by 100 (a dime by 10).
- An open interval (``under seven euros`` -> high 7) matches an amount whose ``qualifier`` makes it
  that bound (``under``, ``at least``...: ``tradecorpus.extractors.money.LOWER_BOUNDS`` /
  ``UPPER_BOUNDS``); a closed expectation matches the amount itself whatever its qualifier.
- Entity F1 counts expected and found entries matched by value (currency aside).

The suites are read in place from ``../shared`` and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import tradecorpus
from tradecorpus.extractors.money import LOWER_BOUNDS, UPPER_BOUNDS
from tradecorpus.model import Money

REPO = Path(__file__).resolve().parent.parent
SUITES = REPO.parent / "shared" / "benchmarks" / "money"
ORDER = ("recognizers-text", "duckling", "price-parser", "quantulum3")
#: What the peers score on the same files (exact cases), from the README beside them.
PEERS = {
    "recognizers-text": {"recognizers-text": 78.9, "quantulum3": 26.7, "price-parser": 37.2},
    "duckling": {"recognizers-text": 43.0, "quantulum3": 20.9, "price-parser": 53.2},
    "price-parser": {"recognizers-text": 77.0, "quantulum3": 55.5, "price-parser": 100.0},
    "quantulum3": {"recognizers-text": 53.3, "quantulum3": 80.0, "price-parser": 20.0},
}
#: Minor units the suites count in, and what one is worth in the major unit.
MINOR = {"cent": Decimal("0.01"), "pence": Decimal("0.01"), "penny": Decimal("0.01"),
         "sen": Decimal("0.01"), "dime": Decimal("0.1"), "satoshi": Decimal("0.00000001")}  # fmt: skip

Value = tuple[Decimal | None, Decimal | None, Decimal | None]


def _dec(s: str | None) -> Decimal | None:
    return None if s is None else Decimal(s)


def expected_values(entry: dict[str, Any]) -> tuple[Value, str | None]:
    """An expected entry as (amount, low, high) in major units, and its currency (or None)."""
    factor = MINOR.get((entry.get("source_unit") or "").lower(), Decimal(1))
    values = tuple(
        None if v is None else v * factor for v in map(_dec, (entry["amount"], entry["low"], entry["high"]))
    )
    return (values[0], values[1], values[2]), entry["currency"]


def found_values(m: Money) -> list[Value]:
    """The readings of a mention: its value, and the bound its qualifier makes of it."""
    readings: list[Value] = [(m.amount, m.low, m.high)]
    if m.amount is not None and m.qualifier in LOWER_BOUNDS:
        readings.append((None, m.amount, None))
    if m.amount is not None and m.qualifier in UPPER_BOUNDS:
        readings.append((None, None, m.amount))
    return readings


def _same(a: Value, b: Value) -> bool:
    return all(
        (x is None and y is None) or (x is not None and y is not None and x == y)
        for x, y in zip(a, b, strict=True)
    )


def matches(expected: dict[str, Any], m: Money) -> tuple[bool, bool]:
    """(value matches, currency matches or is not scored)."""
    value, currency = expected_values(expected)
    ok = any(_same(value, r) for r in found_values(m))
    return ok, currency is None or m.currency == currency


def score_case(case: dict[str, Any]) -> dict[str, Any]:
    doc = tradecorpus.extract({"text": case["text"]})  # a record: never read as a file path
    found = list(doc.money)
    expected = case["expected"]
    exact = len(found) == len(expected) and all(
        all(matches(e, m)) for e, m in zip(expected, found, strict=True)
    )
    # entity-level: greedy one-to-one matching by value
    used: set[int] = set()
    tp = currency_scored = currency_right = 0
    for e in expected:
        for n, m in enumerate(found):
            if n in used:
                continue
            value_ok, currency_ok = matches(e, m)
            if value_ok:
                used.add(n)
                tp += 1
                if e["currency"] is not None:
                    currency_scored += 1
                    currency_right += currency_ok
                break
    return {
        "id": case["id"],
        "exact": exact,
        "tp": tp,
        "expected": len(expected),
        "found": len(found),
        "currency_scored": currency_scored,
        "currency_right": currency_right,
        "text": case["text"],
        "want": [(e.get("surface"), e["amount"], e["low"], e["high"], e["currency"]) for e in expected],
        "got": [(m.text, _s(m.amount), _s(m.low), _s(m.high), m.currency, m.qualifier) for m in found],
    }


def _s(d: Decimal | None) -> str | None:
    return None if d is None else str(d)


def run_suite(path: Path) -> dict[str, Any]:
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = [score_case(c) for c in cases]
    tp = sum(r["tp"] for r in results)
    n_expected = sum(r["expected"] for r in results)
    n_found = sum(r["found"] for r in results)
    precision = tp / n_found if n_found else 1.0
    recall = tp / n_expected if n_expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scored = sum(r["currency_scored"] for r in results)
    right = sum(r["currency_right"] for r in results)
    return {
        "suite": path.stem,
        "cases": len(cases),
        "exact": sum(r["exact"] for r in results),
        "exact_pct": round(100 * sum(r["exact"] for r in results) / len(cases), 1) if cases else 0.0,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "currency_accuracy": round(right / scored, 3) if scored else None,
        "currency_scored": scored,
        "misses": [r for r in results if not r["exact"]],
    }


def suites(names: Sequence[str]) -> Iterator[Path]:
    for name in names:
        path = SUITES / f"{name}.jsonl"
        if not path.is_file():
            sys.exit(f"money.py: no suite {name!r} at {path} (the peer data lives in ../shared)")
        yield path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", action="append", choices=ORDER, help="only this suite (repeatable)")
    parser.add_argument("--misses", action="store_true", help="list the cases that are not exact")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not SUITES.is_dir():
        print(f"money.py: no peer data at {SUITES}", file=sys.stderr)
        return 2
    reports = [run_suite(p) for p in suites(args.suite or ORDER)]
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if k != "misses"} for r in reports], indent=2))
        return 0
    print(f"{'suite':<18}{'cases':>6}{'exact':>8}{'F1':>7}{'P':>7}{'R':>7}{'currency':>10}   peers (exact %)")
    for r in reports:
        peers = ", ".join(f"{k} {v}%" for k, v in PEERS[r["suite"]].items())
        cur = "-" if r["currency_accuracy"] is None else f"{r['currency_accuracy']:.3f}"
        print(
            f"{r['suite']:<18}{r['cases']:>6}{r['exact_pct']:>7.1f}%{r['f1']:>7.3f}{r['precision']:>7.3f}"
            f"{r['recall']:>7.3f}{cur:>10}   {peers}"
        )
    if args.misses:
        for r in reports:
            print(f"\n== {r['suite']}: {len(r['misses'])} not exact")
            for miss in r["misses"]:
                print(
                    f"{miss['id']}: {miss['text'][:140]!r}\n    want {miss['want']}\n    got  {miss['got']}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
