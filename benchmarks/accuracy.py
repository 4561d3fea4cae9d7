"""Accuracy of the built-in extractors against hand-made gold, per kind, beside spaCy.

Run from the repository root (it is not a test and needs no pytest)::

    python benchmarks/accuracy.py              # every kind with gold, every set, both styles
    python benchmarks/accuracy.py --misses     # ... and list each miss (seeds and dev set only)
    python benchmarks/accuracy.py --no-spacy   # skip the spaCy baseline
    python benchmarks/accuracy.py --json       # the figures as JSON

Gold sets:

``seeds``
    ``tests/gold/*.json``, the four seed articles (the extractors were developed on them).
``dev``
    ``benchmarks/gold/<kind>-dev.jsonl``: more Reuters-21578 documents and TempEval-3 training
    and test documents, annotated the same way, that the extractors may be developed on.
``held-out``
    ``benchmarks/gold/<kind>.jsonl``: Reuters-21578 trade stories (wire copy, 1987) and
    TempEval-3 training documents (US newspaper and wire text, 1989-1998), annotated by the
    guidelines of SPEC §5 and never used to develop the extractors. Their texts are read from
    ``../shared`` (not copied here); the set is skipped when ``../shared`` is absent.

The kinds are ``entities``, ``officials`` and ``quotes``.

Every document is scored as written (``clean``) and lower-cased with its punctuation stripped
(``stripped``, made by :func:`tradecorpus.testing.styles.strip_punctuation`, with the gold spans
carried over). A seed that is already stripped counts for both.

Entities and officials are scored at entity level: a predicted entity (official) matches a gold
one when they share a mention (overlapping spans), each paired at most once, most shared mentions
first. Precision and recall count matched ones; *mention recall* is the share of gold mentions
predicted with exactly their span; *kind* (for officials: *title*) and *country* are the shares of
matched ones with the right value.

Quotes are scored one by one: a predicted quote matches a gold one of the same sort (direct or
reported) when they overlap by at least half of the longer span, each paired at most once, in
text order. *Speaker* is the share of matched quotes whose speaker is the gold one or one of the
alternatives the gold lists (compared case-folded, without accents, punctuation or a leading ``the``;
a person of the officials table by any of the table's forms, a monarch also by the regnal name).
In the stripped style only reported speech is gold: there are no quotation marks to find.
spaCy has no quotes, so they have no baseline.

The baseline is spaCy ``en_core_web_sm`` (install ``pip install -e ".[bench]"``): its GPE and ORG
entities (for officials: its PERSON entities), grouped by their lower-cased text without ``the``
and ``'s`` into one per name, scored the same way on the same texts (spaCy has no kinds, titles
or countries, so those are not scored).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from _spacy import MISSING, load_small_model

import tradecorpus
from tradecorpus._data.gazetteer import people
from tradecorpus.extractors.officials import _MONARCHS, _ROYALS
from tradecorpus.testing.styles import strip_punctuation

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "gold"
BENCH_GOLD = REPO / "benchmarks" / "gold"
KINDS = ("entities", "officials")
#: What spaCy's baseline counts for each kind.
SPACY_LABELS = {"entities": {"GPE", "ORG"}, "officials": {"PERSON"}}
SOURCES = {
    "reuters21578-trade": (SHARED / "corpus" / "reuters21578-trade.jsonl", "id", "published"),
    "tempeval3-train": (SHARED / "benchmarks" / "tempeval3" / "train.jsonl", "doc_id", "dct"),
    "tempeval3-test": (SHARED / "benchmarks" / "tempeval3" / "test.jsonl", "doc_id", "dct"),
}


class GoldEntity(NamedTuple):
    """An entity or an official; ``kind`` is an official's title."""

    name: str
    kind: str | None
    country: str | None
    mentions: tuple[tuple[int, int], ...]


class Case(NamedTuple):
    kind: str  # "entities" or "officials"
    set: str
    id: str
    style: str
    text: str
    published: str | None
    entities: tuple[GoldEntity, ...]


# --------------------------------------------------------------------------- gold


def _entities(raw: Iterable[dict[str, Any]], kind: str = "entities") -> tuple[GoldEntity, ...]:
    field = "kind" if kind == "entities" else "title"
    return tuple(
        GoldEntity(e["name"], e[field], e["country"], tuple((m["start"], m["end"]) for m in e["mentions"]))
        for e in raw
    )


def _restyled(case: Case) -> Case:
    """The case in the stripped style, with its gold spans carried over."""
    s = strip_punctuation(case.text)
    entities = []
    for e in case.entities:
        spans = tuple(span for a, b in e.mentions if (span := s.span(a, b)) is not None)
        if spans:
            entities.append(e._replace(mentions=spans))
    return case._replace(style="stripped", text=s.text, entities=tuple(entities))


def _styles(case: Case) -> list[Case]:
    if case.text == strip_punctuation(case.text).text:
        return [case._replace(style="stripped")]
    return [case, _restyled(case)]


def seed_cases(kind: str = "entities") -> list[Case]:
    cases = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if kind in gold:
            base = Case(kind, "seeds", path.stem, "clean", gold["text"], None, _entities(gold[kind], kind))
            cases.extend(_styles(base))
    return cases


def _source_texts() -> dict[tuple[str, str], tuple[str, str | None]]:
    """(source, id) -> (text, publication date) for every record the gold files may name."""
    texts: dict[tuple[str, str], tuple[str, str | None]] = {}
    if not SHARED.exists():
        return texts
    for source, (origin, id_key, date_key) in SOURCES.items():
        if not origin.exists():
            continue
        for line in origin.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts[source, str(record[id_key])] = (record["text"], record.get(date_key))
    return texts


def _gold_records(path: Path) -> Iterable[tuple[dict[str, Any], str, str | None]]:
    """Each record of a benchmark gold file whose text ``../shared`` has, with that text and its
    publication date; exits if a text does not have the length the gold says."""
    if not path.exists() or not SHARED.exists():
        return
    texts = _source_texts()
    for line in path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        found = texts.get((gold["source"], gold["id"]))
        if found is None:
            continue
        text, published = found
        if len(text) != gold["length"]:
            sys.exit(f"{gold['source']} {gold['id']}: text length {len(text)}, gold says {gold['length']}")
        yield gold, text, published


def held_out_cases(path: Path | None = None, name: str = "held-out", kind: str = "entities") -> list[Case]:
    path = BENCH_GOLD / f"{kind}.jsonl" if path is None else path
    cases = []
    for gold, text, published in _gold_records(path):
        base = Case(kind, name, gold["id"], "clean", text, published, _entities(gold[kind], kind))
        cases.extend(_styles(base))
    return cases


# --------------------------------------------------------------------------- predictions


def tradecorpus_entities(case: Case) -> tuple[GoldEntity, ...]:
    """The built-in extractor's findings of ``case.kind`` (entities or officials)."""
    record: dict[str, Any] = {"id": case.id, "text": case.text}
    if case.published:
        record["published"] = case.published[:10]
    doc = tradecorpus.extract(record, disable=("money", "commitments"))
    if case.kind == "officials":
        return tuple(
            GoldEntity(o.name, o.title, o.country, tuple((m.start, m.end) for m in o.mentions))
            for o in doc.officials
        )
    return tuple(
        GoldEntity(e.name, e.kind, e.country, tuple((m.start, m.end) for m in e.mentions))
        for e in doc.entities
    )


def spacy_entities_factory() -> Callable[[Case], tuple[GoldEntity, ...]] | None:
    nlp = load_small_model()
    if nlp is None:
        return None

    def run(case: Case) -> tuple[GoldEntity, ...]:
        groups: dict[str, list[tuple[int, int]]] = {}
        labels: dict[str, str] = {}
        for ent in nlp(case.text).ents:
            if ent.label_ not in SPACY_LABELS[case.kind]:
                continue
            start, end = ent.start_char, ent.end_char
            m = re.match(r"(?i)the\s+", case.text[start:end])
            if m:
                start += m.end()
            m = re.search(r"(?:['’]s|\s+s)$", case.text[start:end])
            if m:
                end -= len(m.group())
            if start >= end:
                continue
            key = " ".join(case.text[start:end].lower().split())
            groups.setdefault(key, []).append((start, end))
            labels.setdefault(key, ent.label_)
        return tuple(GoldEntity(k, None, None, tuple(v)) for k, v in groups.items())

    return run


# --------------------------------------------------------------------------- scoring


class Score(NamedTuple):
    gold: int
    predicted: int
    matched: int
    gold_mentions: int
    found_mentions: int
    kind_right: int
    country_right: int

    def __add__(self, other: object) -> Score:  # type: ignore[override]
        assert isinstance(other, Score)
        return Score(*(a + b for a, b in zip(self, other, strict=True)))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(gold: Sequence[GoldEntity], predicted: Sequence[GoldEntity]) -> tuple[Score, list[tuple[int, int]]]:
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            shared = sum(1 for a in g.mentions if any(_overlap(a, b) for b in p.mentions))
            if shared:
                pairs.append((shared, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            matched.append((i, j))
    spans = {m for p in predicted for m in p.mentions}
    gold_mentions = [m for g in gold for m in g.mentions]
    s = Score(
        gold=len(gold),
        predicted=len(predicted),
        matched=len(matched),
        gold_mentions=len(gold_mentions),
        found_mentions=sum(1 for m in gold_mentions if m in spans),
        kind_right=sum(1 for i, j in matched if gold[i].kind == predicted[j].kind),
        country_right=sum(1 for i, j in matched if gold[i].country == predicted[j].country),
    )
    return s, matched


def figures(s: Score, *, typed: bool = True) -> dict[str, float | None]:
    p = s.matched / s.predicted if s.predicted else 0.0
    r = s.matched / s.gold if s.gold else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "mention_recall": round(s.found_mentions / s.gold_mentions, 3) if s.gold_mentions else 0.0,
        "kind": (round(s.kind_right / s.matched, 3) if s.matched else 0.0) if typed else None,
        "country": (round(s.country_right / s.matched, 3) if s.matched else 0.0) if typed else None,
        "entities": s.gold,
        "mentions": s.gold_mentions,
    }


def _misses(case: Case, predicted: Sequence[GoldEntity]) -> None:
    spans = {m: e for e in predicted for m in e.mentions}
    gold_spans = {m: e for e in case.entities for m in e.mentions}
    for m, e in sorted(gold_spans.items()):
        if m not in spans:
            print(
                f"  {case.id} {case.style} MISS  {case.text[m[0] : m[1]]!r} ({e.name}, {e.kind}, {e.country})"
            )
    for m, e in sorted(spans.items()):
        if m not in gold_spans:
            print(
                f"  {case.id} {case.style} EXTRA {case.text[m[0] : m[1]]!r} ({e.name}, {e.kind}, {e.country})"
            )


# --------------------------------------------------------------------------- quotes


class GoldQuote(NamedTuple):
    start: int
    end: int
    direct: bool
    speakers: frozenset[str]  # the gold speaker and its alternatives, normalised


class QuoteCase(NamedTuple):
    set: str
    id: str
    style: str
    text: str
    published: str | None
    quotes: tuple[GoldQuote, ...]


def _speaker_key(name: str | None) -> str:
    # (accents folded: ``Václav Havel`` in the table is ``Vaclav Havel`` in most English copy)
    folded = "".join(c for c in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(c))
    key = strip_punctuation(folded).text
    return key[4:] if key.startswith("the ") else key


def _speaker_forms(name: str | None) -> frozenset[str]:
    """A predicted speaker's forms, for comparing with a gold speaker: the name, and for a person of
    the officials table, the table's other forms of the same person (a gold file names a person as
    the table did when it was annotated: ``Vaclav Havel``, ``King Hussein`` for ``Hussein bin
    Talal``)."""
    person = _PEOPLE.get(name or "")
    if person is None:
        return frozenset({_speaker_key(name)})
    forms = [person.name, *person.aliases]
    royal = [o.title for o in person.offices if o.title in _ROYALS]
    # a monarch is known by the regnal name, as the officials extractor reads it, with the title or without
    for short in (name for name, monarchs in _MONARCHS.items() if person in monarchs):
        forms += [short, *(f"{title} {short}" for title in royal)]
    return frozenset(_speaker_key(f) for f in forms)


_PEOPLE = {p.name: p for p in people()}


def _gold_quotes(
    raw: Iterable[dict[str, Any]], also: Iterable[Sequence[str]] | None = None
) -> tuple[GoldQuote, ...]:
    items = list(raw)
    alternatives = list(also) if also is not None else [q.get("also") or [] for q in items]
    return tuple(
        GoldQuote(q["start"], q["end"], q["direct"], frozenset(_speaker_key(n) for n in [q["speaker"], *alt]))
        for q, alt in zip(items, alternatives, strict=True)
    )


def _quote_styles(case: QuoteCase) -> list[QuoteCase]:
    s = strip_punctuation(case.text)
    if case.text == s.text:
        return [case._replace(style="stripped")]
    reported = []
    for q in case.quotes:
        span = s.span(q.start, q.end)
        if not q.direct and span is not None:
            reported.append(q._replace(start=span[0], end=span[1]))
    return [case, case._replace(style="stripped", text=s.text, quotes=tuple(reported))]


def quote_cases() -> list[QuoteCase]:
    """The seeds' quotes, and the dev and held-out sets' when ``../shared`` has their texts."""
    cases = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "quotes" in gold:
            quotes = _gold_quotes(gold["quotes"], gold.get("extras", {}).get("speaker_also"))
            cases.extend(_quote_styles(QuoteCase("seeds", path.stem, "clean", gold["text"], None, quotes)))
    for name, path in (("dev", BENCH_GOLD / "quotes-dev.jsonl"), ("held-out", BENCH_GOLD / "quotes.jsonl")):
        for gold, text, published in _gold_records(path):
            base = QuoteCase(name, gold["id"], "clean", text, published, _gold_quotes(gold["quotes"]))
            cases.extend(_quote_styles(base))
    return cases


def score_quotes(gold: Sequence[GoldQuote], predicted: Sequence[Any]) -> tuple[int, int, int, int, int, int]:
    """(gold, predicted, matched, speaker right, gold direct, matched direct)."""
    used: set[int] = set()
    matched = speaker_right = matched_direct = 0
    for g in gold:
        for j, p in enumerate(predicted):
            if j in used or p.direct != g.direct:
                continue
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0 and 2 * overlap >= max(g.end - g.start, p.end - p.start):
                used.add(j)
                matched += 1
                matched_direct += g.direct
                speaker_right += bool(_speaker_forms(p.speaker) & g.speakers)
                break
    return len(gold), len(predicted), matched, speaker_right, sum(g.direct for g in gold), matched_direct


def quote_report(misses: bool) -> dict[str, dict[str, float | int]]:
    totals: dict[str, list[int]] = {}
    for case in quote_cases():
        record: dict[str, Any] = {"id": case.id, "text": case.text}
        if case.published:
            record["published"] = case.published[:10]
        doc = tradecorpus.extract(record, disable=("money", "commitments"))
        figures_ = score_quotes(case.quotes, doc.quotes)
        key = f"tradecorpus / {case.set} / {case.style}"
        totals[key] = [a + b for a, b in zip(totals.get(key, [0] * 6), figures_, strict=True)]
        if misses and case.set != "held-out":
            _quote_misses(case, doc.quotes)
    report = {}
    for key, (g, p, m, right, gd, md) in totals.items():
        precision = m / p if p else 0.0
        recall = m / g if g else 0.0
        report[key] = {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
            "speaker": round(right / m, 3) if m else 0.0,
            "direct_recall": round(md / gd, 3) if gd else 0.0,
            "reported_recall": round((m - md) / (g - gd), 3) if g - gd else 0.0,
            "quotes": g,
        }
    return report


def _quote_misses(case: QuoteCase, predicted: Sequence[Any]) -> None:
    for g in case.quotes:
        if not any(
            p.direct == g.direct
            and 2 * (min(g.end, p.end) - max(g.start, p.start)) >= max(g.end - g.start, p.end - p.start)
            for p in predicted
        ):
            print(f"  {case.id} {case.style} MISS  {case.text[g.start : g.end][:80]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--misses", action="store_true", help="list missed and spurious mentions (not for the held-out set)"
    )
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy baseline")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    cases = [
        case
        for kind in KINDS
        for case in seed_cases(kind)
        + held_out_cases(BENCH_GOLD / f"{kind}-dev.jsonl", "dev", kind)
        + held_out_cases(kind=kind)
    ]
    systems: dict[str, Callable[[Case], tuple[GoldEntity, ...]]] = {"tradecorpus": tradecorpus_entities}
    if not args.no_spacy:
        baseline = spacy_entities_factory()
        if baseline is None:
            print(MISSING, file=sys.stderr)
        else:
            systems["spacy en_core_web_sm"] = baseline
    totals: dict[tuple[str, str, str], Score] = {}
    for case in cases:
        for system, run in systems.items():
            predicted = run(case)
            s, _ = score(case.entities, predicted)
            key = (case.kind, system, case.set, case.style)
            totals[key] = totals[key] + s if key in totals else s
            if args.misses and system == "tradecorpus" and case.set != "held-out":
                _misses(case, predicted)
    report = {
        kind: {
            " / ".join(k[1:]): figures(v, typed=k[1] == "tradecorpus")
            for k, v in totals.items()
            if k[0] == kind
        }
        for kind in KINDS
    }
    report["quotes"] = quote_report(args.misses)  # type: ignore[assignment]
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for kind in KINDS:
        if not report[kind]:
            continue
        what, one = ("kind", "entity") if kind == "entities" else ("title", "official")
        print(f"{kind} (P/R/F1 by {one}; mention recall; {what} and country accuracy on matched ones)")
        cols = ("P", "R", "F1", "ment.R", what[:5], "ctry")
        print(f"{'system / set / style':44} " + " ".join(f"{c:>6}" for c in cols) + f" {'n':>5}")
        for name, f in report[kind].items():
            typed = " ".join("     —" if f[k] is None else f"{f[k]:6.3f}" for k in ("kind", "country"))
            scores = f"{f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f} {f['mention_recall']:7.3f}"
            print(f"{name:44} {scores} {typed} {f['entities']:5d}")
        print()
    print("quotes (P/R/F1 by quote; speaker accuracy on matched ones; recall of direct and reported quotes)")
    cols = ("P", "R", "F1", "spkr", "dir.R", "rep.R")
    print(f"{'system / set / style':44} " + " ".join(f"{c:>6}" for c in cols) + f" {'n':>5}")
    for name, q in report["quotes"].items():
        values = " ".join(
            f"{q[k]:6.3f}"
            for k in ("precision", "recall", "f1", "speaker", "direct_recall", "reported_recall")
        )
        print(f"{name:44} {values} {q['quotes']:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
