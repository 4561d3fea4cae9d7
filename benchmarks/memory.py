"""Peak memory of a corpus run, for a small and a large corpus: it should not grow with the corpus.

Writes N articles (the seed articles, cycled, each with its own id) to a temporary ``.jsonl``
file, runs ``tradecorpus extract FILE --format jsonl --output OUT`` on it in a fresh process, and
reports that process's peak resident memory (with ``--workers 2``, the largest worker's too),
its run time and articles per second. Nothing is kept in memory between articles, so the peak
should be the same for 1,000 articles as for 20,000.

    python benchmarks/memory.py                      # 1,000 and 20,000 articles, 1 worker
    python benchmarks/memory.py --counts 1000 5000 --workers 2
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

#: Run in the measured process: the command line in-process, then its peak RSS and its children's.
_RUN = """
import resource, sys
from tradecorpus.cli import main
status = main(sys.argv[1:])
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(status, own, children)
"""


def write_corpus(path: Path, count: int) -> int:
    """``count`` records cycling through the seed articles; returns the bytes of text written."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    size = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = texts[i % len(texts)]
            size += len(text.encode("utf-8"))
            out.write(json.dumps({"id": f"article-{i:06d}", "text": text}) + "\n")
    return size


def measure(count: int, workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        size = write_corpus(corpus, count)
        out = Path(tmp) / "out.jsonl"
        command = [sys.executable, "-c", _RUN, "extract", str(corpus), "--format", "jsonl",
                   "--output", str(out), "--workers", str(workers), "--no-progress"]  # fmt: skip
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        seconds = time.perf_counter() - started
        status, own, children = (int(x) for x in done.stdout.split())
        lines = sum(1 for _ in out.open(encoding="utf-8"))
        if status != 0 or lines != count:
            raise SystemExit(f"memory.py: the run ended with status {status} and {lines} of {count} articles")
    return {
        "articles": count,
        "mb_of_text": size / 1e6,
        "seconds": seconds,
        "articles_per_s": count / seconds,
        "peak_rss_mb": own / 1024,  # ru_maxrss is in KiB on Linux
        "peak_worker_rss_mb": children / 1024,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--counts", type=int, nargs="+", default=[1_000, 20_000], metavar="N")
    parser.add_argument("--workers", type=int, default=1, metavar="N")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    rows = [measure(count, args.workers) for count in args.counts]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    noun = "worker" if args.workers == 1 else "workers"
    print(f"tradecorpus extract --format jsonl, {args.workers} {noun}")
    head = ("articles", "MB of text", "seconds", "articles/s", "peak RSS MB", "worker MB")
    print(" ".join(f"{h:>{w}}" for h, w in zip(head, (9, 11, 9, 11, 12, 10), strict=True)))
    for r in rows:
        print(
            f"{r['articles']:>9,} {r['mb_of_text']:>11.1f} {r['seconds']:>9.1f} {r['articles_per_s']:>11.1f} "
            f"{r['peak_rss_mb']:>12.1f} {r['peak_worker_rss_mb']:>10.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
