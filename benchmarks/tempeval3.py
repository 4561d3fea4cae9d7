"""TempEval-3 Task A: the dates extractor against the TimeML gold, scored by the benchmark's own scorer.

Runs the built-in ``dates`` extractor on each document of ``../shared/benchmarks/tempeval3/test.jsonl``
(the TE3-Platinum test set; ``--train`` for the TimeBank + AQUAINT training set, the one to develop
on), with the document's creation time as ``published``, and scores the result with
``../shared/benchmarks/tempeval3/score.py`` (relaxed, strict and value F1, as TempEval-3 ranked
them). It prints the three figures, the published anchors to beat (HeidelTime: value F1 77.61,
strict 81.34, relaxed 90.30), and the ten most frequent kinds of error.

    python benchmarks/tempeval3.py [--train] [--errors N] [--json]

``--dateparser`` scores ``dateparser.search.search_dates`` on the same texts beside it (slow: it
reads every word). The article texts belong to their publishers and are read from ``../shared``,
never copied here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import tradecorpus
from tradecorpus.extractors.dates import find_dates
from tradecorpus.model import Document

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "tempeval3"
HEIDELTIME = {"value": 77.61, "strict": 81.34, "relaxed": 90.30}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("te3_score", BENCH / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"no scorer at {BENCH / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _published(record: dict[str, Any]) -> dt.date | None:
    dct = record.get("dct")
    return dt.date.fromisoformat(dct) if dct else None


def tradecorpus_timexes(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The dates extractor's timexes for one TempEval document."""
    doc = Document.from_article(
        tradecorpus.reader.parse_article(record["text"], published=_published(record))
    )
    return [
        {"start": d.start, "end": d.end, "text": d.text, "type": d.type, "value": d.value}
        for d in find_dates(doc)
    ]


def dateparser_timexes(record: dict[str, Any]) -> list[dict[str, Any]]:
    """``search_dates`` on the whole text, as a naive baseline: DATE values to the day."""
    from dateparser.search import search_dates

    text = record["text"]
    published = _published(record)
    settings: dict[str, object] = {}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    found = search_dates(text, languages=["en"], settings=settings) or []
    out, pos = [], 0
    for span, when in found:
        start = text.find(span, pos)
        if start < 0:
            continue
        pos = start + len(span)
        out.append(
            {"start": start, "end": pos, "text": span, "type": "DATE", "value": when.date().isoformat()}
        )
    return out


def run(
    records: Sequence[dict[str, Any]], system: Callable[[dict[str, Any]], list[dict[str, Any]]]
) -> dict[str, dict[str, Any]]:
    return {r["doc_id"]: {"doc_id": r["doc_id"], "timexes": system(r)} for r in records}


def error_kind(error: dict[str, Any]) -> str:
    """A short name for one error of the scorer's list (``missed DURATION``, ``value DATE``)."""
    if error["kind"] == "missed":
        return f"missed {error['gold'][3]}"
    if error["kind"] == "spurious":
        return f"spurious {error['pred'][3]}"
    parts = [
        name
        for name, ok in (("extent", "extent_ok"), ("type", "type_ok"), ("value", "value_ok"))
        if not error[ok]
    ]
    return f"wrong {'+'.join(parts)} ({error['gold'][3]})"


def figures(result: dict[str, Any]) -> dict[str, float]:
    return {k: round(100 * result[k]["f1"], 2) for k in ("value", "strict", "relaxed")}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", action="store_true", help="score the training set (develop on this one)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="also list N errors")
    parser.add_argument("--dateparser", action="store_true", help="score dateparser's search_dates too")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    path = BENCH / ("train.jsonl" if args.train else "test.jsonl")
    if not path.exists():
        sys.exit(f"{path} not found: the TempEval-3 data is read from ../shared")
    scorer = _scorer()
    gold = scorer.load_jsonl(str(path))
    records = list(gold.values())
    systems: dict[str, Callable[[dict[str, Any]], list[dict[str, Any]]]] = {
        "tradecorpus": tradecorpus_timexes
    }
    if args.dateparser:
        systems["dateparser search_dates"] = dateparser_timexes
    out: dict[str, Any] = {"set": path.name, "heideltime": HEIDELTIME}
    for name, system in systems.items():
        result, errors = scorer.score(gold, run(records, system), warn=None)
        kinds = Counter(error_kind(e) for e in errors).most_common(10)
        out[name] = {"figures": figures(result), "counts": result["counts"], "errors": kinds}
        if args.json:
            continue
        print(f"== {name} on {path.name}")
        scorer.report(result)
        print("ten most frequent kinds of error:")
        for kind, n in kinds:
            print(f"  {n:4d}  {kind}")
        for e in errors[: args.errors]:
            print("  ", json.dumps(e, ensure_ascii=False))
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        anchors = ", ".join(f"{k} F1 {v}" for k, v in HEIDELTIME.items())
        print(f"HeidelTime on the test set (TempEval-3): {anchors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
