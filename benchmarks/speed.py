"""Throughput of the tradecorpus pipeline, next to a plain ``re`` scan and the reader alone.

Run from anywhere (it is not a test and needs no pytest)::

    python benchmarks/speed.py                 # the four seed articles, repeated
    python benchmarks/speed.py --repeat 50     # ... exactly 50 times
    python benchmarks/speed.py --corpus        # the Reuters-21578 trade stories in ../shared
    python benchmarks/speed.py --json          # the figures as JSON, to compare across issues
    python benchmarks/speed.py --spacy         # ... and spaCy's NER on the same texts (extra "bench")

Three measurements run in the same process on exactly the same texts:

``re scan``
    One compiled regular expression for money-like amounts and month-day dates, run with
    ``finditer`` over each text, counting matches: a floor for "look at every character once".
``parse_article``
    :func:`tradecorpus.reader.parse_article` alone: header, title, byline, paragraphs, sentences.
``entities``, ``officials``, ``money``, ``quotes``, ``commitments``
    Each built-in extractor alone, on documents read beforehand (commitments also given the money,
    quotes the first stage's officials and entities, as the pipeline hands them over).
``entity matcher``
    The compiled gazetteer of the entities extractor alone: one pass over the text, every name found.
``pipeline``
    ``Pipeline.extract(text)`` with every installed plugin: the read stage and every extractor.
``spaCy`` (with ``--spacy``)
    spaCy ``en_core_web_sm`` with only its named-entity recognizer and the tok2vec layer it needs
    (parser, tagger, lemmatizer and attribute ruler excluded), run on the distinct texts (repeated
    to at least 100,000 characters), timed in the same rounds: the peer the speed targets are set
    against.

Corpus records also pass their ``published`` date to ``parse_article`` and ``extract`` (the seeds
carry theirs in the text, if at all). Each is timed per text with :func:`time.perf_counter`;
each text's best (lowest) time of five rounds is kept, and the bests are summed. The rounds are
interleaved: one round of every measurement (spaCy's too), then the next, so that a slow spell of
a shared machine falls on all of them alike; and the best is kept per text, so that measurements
of many short calls and of a few long ones (spaCy's) are held to the same floor. Decoding the
files is not timed. A KB is 1,000 bytes of the text encoded as UTF-8. The peer corpus is read in
place and never copied.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import platform
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _spacy import MISSING, load_small_model

import tradecorpus
from tradecorpus import reader
from tradecorpus.extractors import _entity_data, commitments, dates, entities, money, officials, quotes
from tradecorpus.model import Document

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
CORPUS = REPO.parent / "shared" / "corpus" / "reuters21578-trade.jsonl"

ROUNDS = 5
#: spaCy runs on the distinct texts, repeated until they hold at least this many characters.
SPACY_SAMPLE_CHARS = 100_000
#: Without ``--repeat``, the seeds are repeated until one pipeline round takes about this long.
TARGET_ROUND_SECONDS = 1.0
MAX_REPEAT = 1000

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: The baseline: money-like amounts, or a month name followed by a day number.
BASELINE = re.compile(
    r"\$?\d[\d,.]*\s*(?:million|billion|trillion)?"  # 250, $40.5 billion, 76 7 billion (as two)
    rf"|\b{_MONTH}\s+\d{{1,2}}\b",  # Oct. 11, March 1, july 21
    re.IGNORECASE,
)


class Sample:
    """The articles every measurement runs over: (text, publication date) pairs, and their size."""

    def __init__(self, name: str, articles: Sequence[tuple[str, dt.date | None]]) -> None:
        self.name = name
        self.articles = list(articles)
        self.kb = sum(len(text.encode("utf-8")) for text, _ in self.articles) / 1000


def seed_articles() -> list[tuple[str, dt.date | None]]:
    """The seed articles' text, decoded as the reader decodes files (their dates are in the text)."""
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        sys.exit(f"speed.py: no seed articles in {SEEDS}")
    return [(reader.load_text(path)[0], None) for path in paths]


def corpus_articles() -> list[tuple[str, dt.date | None]]:
    """The ``text`` and ``published`` date of every record of the peer corpus, read in place."""
    if not CORPUS.is_file():
        print(
            f"speed.py: the corpus {CORPUS} is missing; --corpus needs the peer data in ../shared "
            "(it is never copied into this repository)",
            file=sys.stderr,
        )
        sys.exit(2)
    with CORPUS.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return [(r["text"], reader.coerce_published(r.get("published"))) for r in records]


#: What is timed: called with an article's text and publication date.
Measured = Callable[[str, dt.date | None], object]


def time_rounds(
    measured: dict[str, tuple[Measured, Sequence[tuple[str, dt.date | None]]]],
) -> dict[str, float]:
    """For each measurement, the time its function takes over its articles, in seconds: each article
    timed in ``ROUNDS`` rounds, its best (lowest) time kept, the bests summed. The rounds are
    interleaved (one round of every measurement, then the next), so that a slow spell of the machine
    falls on all of them alike; and each article's best is kept, short or long, so that a
    measurement of many short calls and one of a few long ones are held to the same floor."""
    best = {name: [math.inf] * len(articles) for name, (_, articles) in measured.items()}
    for _ in range(ROUNDS):
        for name, (fn, articles) in measured.items():
            bests = best[name]
            for i, (text, published) in enumerate(articles):
                started = time.perf_counter()
                fn(text, published)
                bests[i] = min(bests[i], time.perf_counter() - started)
    return {name: sum(bests) for name, bests in best.items()}


def with_money(doc: Document) -> Document:
    """``doc`` with the money the built-in extractor finds, as the commitments stage sees it."""
    return Document.from_article(doc.article, money=tuple(money.extract_money(doc)))


def re_scan(text: str, published: dt.date | None) -> int:
    """The baseline: count the matches of one compiled regex."""
    return sum(1 for _ in BASELINE.finditer(text))


def measure(
    sample: Sample,
    pipeline: tradecorpus.Pipeline,
    peers: dict[str, tuple[Measured, Sample]] | None = None,
) -> dict[str, Any]:
    """Time the measurements on ``sample``, and each of ``peers`` (a peer's function and the sample it
    runs on) in the same interleaved rounds; JSON-ready figures."""
    # the extractors alone run on documents read beforehand, as the pipeline hands them over
    read = {
        (t, p): Document.from_article(reader.parse_article(t, published=p)) for t, p in set(sample.articles)
    }
    found = {key: with_money(doc) for key, doc in read.items()}
    # quotes run in the second stage, on the first stage's officials and entities
    first = {
        (t, p): tradecorpus.extract(t, published=p, disable=("money", "quotes", "commitments"))
        for t, p in set(sample.articles)
    }
    matcher = _entity_data._matcher()
    ours: dict[str, Measured] = {
        "re scan": re_scan,
        "parse_article": lambda t, p: reader.parse_article(t, published=p),
        # as the entities extractor runs it: case-aware on mixed-case text
        "entity matcher": lambda t, p: sum(1 for _ in matcher.finditer(t, cased=not read[t, p].stripped)),
        "entities": lambda t, p: entities.extract_entities(read[t, p]),
        # alone, it scans the gazetteer itself; in the pipeline it shares the entities' scan
        "officials": lambda t, p: officials.extract_officials(read[t, p]),
        "money": lambda t, p: money.extract_money(read[t, p]),
        "dates": lambda t, p: dates.extract_dates(read[t, p]),
        "quotes": lambda t, p: quotes.extract_quotes(first[t, p]),
        "commitments": lambda t, p: commitments.extract_commitments(found[t, p]),
        "pipeline": lambda t, p: pipeline.extract(t, published=p),
    }
    measured = {name: (fn, sample.articles) for name, fn in ours.items()}
    for name, (fn, peer_sample) in (peers or {}).items():
        measured[name] = (fn, peer_sample.articles)
    timed = time_rounds(measured)
    peer_rows = {
        name: {
            "kb": round(peer_sample.kb, 1),
            "seconds": timed.pop(name),
            "articles": len(peer_sample.articles),
        }
        for name, (_, peer_sample) in (peers or {}).items()
    }
    n = len(sample.articles)
    rows = {
        name: {
            "kb": round(sample.kb, 1),
            "seconds": seconds,
            "kb_per_s": sample.kb / seconds,
            "articles_per_s": n / seconds,
        }
        for name, seconds in timed.items()
    }
    return {
        "sample": sample.name,
        "articles": n,
        "kb": round(sample.kb, 1),
        "rounds": ROUNDS,
        "measurements": rows,
        "pipeline_over_re": timed["pipeline"] / timed["re scan"],
        "money_over_re": timed["money"] / timed["re scan"],
        "money_mb_per_s": sample.kb / 1000 / timed["money"],
        "entities_mb_per_s": sample.kb / 1000 / timed["entities"],
        "matcher_mb_per_s": sample.kb / 1000 / timed["entity matcher"],
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "machine": platform.machine(),
        "tradecorpus": tradecorpus.__version__,
        "plugins": list(pipeline.plugin_names),
        "peers": peer_rows,
    }


def print_table(figures: dict[str, Any]) -> None:
    print(
        f"tradecorpus {figures['tradecorpus']} on {figures['implementation']} {figures['python']} "
        f"({figures['machine']}); plugins: {', '.join(figures['plugins']) or 'none'}"
    )
    sample = f"{figures['sample']}: {figures['articles']} articles, {figures['kb']:,.1f} KB"
    print(f"{sample}, best of {figures['rounds']} rounds")
    if figures["plugin_failures"]:
        print(f"warning: plugins failed on {figures['plugin_failures']} warm-up article(s); see doc.errors")
    print()
    print(f"{'measurement':<15} {'total KB':>10} {'seconds':>9} {'KB/s':>11} {'articles/s':>11}")
    for name, row in figures["measurements"].items():
        print(
            f"{name:<15}{row['kb']:>11,.1f} {row['seconds']:>9.4f} "
            f"{row['kb_per_s']:>11,.1f} {row['articles_per_s']:>11,.1f}"
        )
    print()
    print(f"the pipeline costs {figures['pipeline_over_re']:,.1f}× a plain re scan")
    print(
        f"the money extractor scans {figures['money_mb_per_s']:,.1f} MB/s, "
        f"{figures['money_over_re']:,.1f}× the time of a plain re scan"
    )
    print(
        f"the entities extractor scans {figures['entities_mb_per_s']:,.1f} MB/s; "
        f"its gazetteer matcher alone {figures['matcher_mb_per_s']:,.1f} MB/s"
    )
    if "workers" in figures:
        for workers, row in figures["workers"].items():
            noun = "worker" if workers == "1" else "workers"
            print(
                f"extract_many, {workers} {noun}: {row['kb_per_s']:,.1f} KB/s, "
                f"{row['articles_per_s']:,.1f} articles/s (process start-up included)"
            )
    if "dateparser" in figures:
        dp = figures["dateparser"]
        print(
            f"dateparser search_dates: {dp['kb_per_s']:,.2f} KB/s on {dp['articles']} articles; "
            f"the dates extractor is {dp['dates_speedup']:,.0f}× faster"
        )
    if "spacy" in figures:
        sp = figures["spacy"]
        print(
            f"spaCy {sp['model']} NER: {sp['kb_per_s']:,.1f} KB/s on {sp['articles']} articles; "
            f"the whole pipeline is {sp['pipeline_speedup']:,.0f}× faster, "
            f"the entities extractor {sp['entities_speedup']:,.0f}× faster, "
            f"officials and quotes together {sp['officials_quotes_speedup']:,.0f}× faster"
        )


def time_dateparser(
    articles: Sequence[tuple[str, dt.date | None]], figures: dict[str, Any]
) -> dict[str, Any]:
    """``dateparser.search.search_dates`` on each text once (it is slow: one pass is enough), with the
    publication date as its relative base, as the dates extractor has it."""
    from dateparser.search import search_dates

    texts = list(articles)
    search_dates("warm up on 3 March 2019", languages=["en"])
    started = time.perf_counter()
    for text, published in texts:
        settings: dict[str, object] = {}
        if published is not None:
            settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
        search_dates(text, languages=["en"], settings=settings)
    seconds = time.perf_counter() - started
    kb_per_s = sum(len(t.encode("utf-8")) for t, _ in texts) / 1000 / seconds
    return {
        "articles": len(texts),
        "kb_per_s": kb_per_s,
        "dates_speedup": figures["measurements"]["dates"]["kb_per_s"] / kb_per_s,
    }


def spacy_peer(articles: Sequence[tuple[str, dt.date | None]]) -> tuple[Measured, Sample, list[str]]:
    """spaCy ``en_core_web_sm`` with only its NER (and the tok2vec it needs), the texts it runs on (the
    distinct ones, repeated to at least ``SPACY_SAMPLE_CHARS``), and the model's components."""
    nlp = load_small_model(exclude=("parser", "lemmatizer", "tagger", "attribute_ruler"))
    if nlp is None:
        sys.exit(f"--spacy: {MISSING}")
    texts = [(t, None) for t, _ in dict.fromkeys(articles)]
    sample = list(texts)
    while sum(len(t) for t, _ in sample) < SPACY_SAMPLE_CHARS:  # enough text for a steady figure
        sample += texts
    nlp(sample[0][0])  # warm-up
    return (lambda t, p: nlp(t)), Sample("spaCy", sample), list(nlp.pipe_names)


def spacy_figures(figures: dict[str, Any], components: Sequence[str]) -> dict[str, Any]:
    """The spaCy row, and how many times faster than it the pipeline and its extractors are."""
    peer = figures["peers"]["spaCy"]
    kb_per_s = peer["kb"] / peer["seconds"]
    rows = figures["measurements"]
    return {
        "model": "en_core_web_sm",
        "components": list(components),
        "articles": peer["articles"],
        "kb_per_s": kb_per_s,
        "pipeline_speedup": rows["pipeline"]["kb_per_s"] / kb_per_s,
        "entities_speedup": rows["entities"]["kb_per_s"] / kb_per_s,
        # officials and quotes together (issue: at least 50× spaCy's NER)
        "officials_quotes_speedup": 1
        / (1 / rows["officials"]["kb_per_s"] + 1 / rows["quotes"]["kb_per_s"])
        / kb_per_s,
    }


def time_workers(sample: Sample, counts: Sequence[int] = (1, 2)) -> dict[str, Any]:
    """The whole pipeline through ``extract_many`` with 1 and 2 worker processes, as a corpus run
    uses it: articles/s and KB/s over the sample, best of three runs (process start-up included)."""
    pipeline = tradecorpus.Pipeline()
    records = [{"text": t, "published": p} for t, p in sample.articles]
    out: dict[str, Any] = {}
    for workers in counts:
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            for _doc in pipeline.extract_many(records, workers=workers):
                pass
            best = min(best, time.perf_counter() - started)
        out[str(workers)] = {
            "seconds": best,
            "articles_per_s": len(records) / best,
            "kb_per_s": sample.kb / best,
        }
    return out


def calibrate(pipeline: tradecorpus.Pipeline, articles: Sequence[tuple[str, dt.date | None]]) -> int:
    """How often to repeat ``articles`` so that one pipeline round takes ``TARGET_ROUND_SECONDS``."""
    started = time.perf_counter()
    for text, published in articles:
        pipeline.extract(text, published=published)
    once = max(time.perf_counter() - started, 1e-6)
    return max(1, min(MAX_REPEAT, round(TARGET_ROUND_SECONDS / once)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument(
        "--repeat",
        type=int,
        metavar="N",
        help="how many times the texts are repeated (default: seeds until a pipeline round takes ~1 s; "
        "the corpus once)",
    )
    parser.add_argument("--corpus", action="store_true", help=f"use {CORPUS.name} from ../shared/corpus")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--dateparser",
        action="store_true",
        help="also time dateparser's search_dates on the texts, once each (slow)",
    )
    parser.add_argument(
        "--workers",
        action="store_true",
        help="also time the whole pipeline through extract_many with 1 and 2 worker processes",
    )
    parser.add_argument(
        "--spacy",
        action="store_true",
        help="also time spaCy en_core_web_sm NER on the texts, once each (pip install -e '.[bench]')",
    )
    args = parser.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        parser.error(f"--repeat must be >= 1, got {args.repeat}")

    articles = corpus_articles() if args.corpus else seed_articles()
    pipeline = tradecorpus.Pipeline()
    # warm-up: imports, compiled patterns, caches; and a check that no plugin fails on these texts
    failures = sum(bool(pipeline.extract(text, published=pub).errors) for text, pub in articles)
    repeat = args.repeat or (1 if args.corpus else calibrate(pipeline, articles))
    name = f"{CORPUS.name} records" if args.corpus else "seeds/*.txt"
    if repeat > 1:
        name += f" × {repeat}"
    peers: dict[str, tuple[Measured, Sample]] = {}
    components: list[str] = []
    if args.spacy:
        spacy_fn, spacy_sample, components = spacy_peer(articles)
        peers["spaCy"] = (spacy_fn, spacy_sample)
    figures = measure(Sample(name, articles * repeat), pipeline, peers)
    figures["repeat"] = repeat
    figures["plugin_failures"] = failures
    if args.workers:
        figures["workers"] = time_workers(Sample(name, articles * repeat))
    if args.dateparser:
        figures["dateparser"] = time_dateparser(articles, figures)
    if args.spacy:
        figures["spacy"] = spacy_figures(figures, components)

    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print_table(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
