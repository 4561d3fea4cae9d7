"""The ``tradecorpus`` command line (SPEC §7).

``tradecorpus extract [PATH...]`` reads files, folders (their ``*.txt`` files, recursively),
``.jsonl`` files of ``{"id", "text", "published"}`` records, or ``-`` for standard input; with no
path it runs on the bundled seed articles. ``tradecorpus plugins`` lists the plugins found.

Exit codes: 0 on success, 1 when an input cannot be read or a plugin fails under ``--strict``,
2 for a bad command line (including an unknown plugin name), 130 when interrupted.
Output given with ``--output`` is written to a temporary file beside it and moved into place only
when the run succeeds, so a failed run never leaves a half-written file.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import importlib.resources
import json
import os
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import tradecorpus
from tradecorpus.errors import PluginError, ReadError, TradecorpusError
from tradecorpus.html import money_value, render_html
from tradecorpus.io import load_gold, to_label_studio, write_brat, write_timeml
from tradecorpus.model import Document
from tradecorpus.pipeline import MAX_CHARS, TIMEOUT, Pipeline, Source
from tradecorpus.reader import coerce_published, decode

__all__ = ["main"]

FORMATS = ("table", "json", "jsonl", "html", "label-studio", "brat", "timeml", "parquet")
#: Formats written as a folder of files (per document, or per kind of finding), not as one stream.
FOLDER_FORMATS = ("brat", "timeml", "parquet")
#: File suffixes read from a folder.
TEXT_SUFFIXES = (".txt", ".text")


class _UsageError(Exception):
    """A bad command line: exit status 2."""


class _InputError(Exception):
    """An input that cannot be read: exit status 1."""


# --------------------------------------------------------------------------- inputs


def bundled_seeds() -> list[Path]:
    """The seed articles shipped inside the package, sorted by name."""
    folder = importlib.resources.files("tradecorpus") / "_data" / "seeds"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def _seed_records() -> list[Source]:
    """The bundled seeds as records with short ids (``seeds/000_….txt``), not install paths."""
    return [
        {"text": decode(path.read_bytes(), path=str(path)), "id": f"seeds/{path.name}"}
        for path in bundled_seeds()
    ]


class _Inputs:
    """The command line's inputs, each checked to exist before any work, read lazily: a folder's
    files are listed up front, a ``.jsonl`` file's records are parsed one line at a time as the
    run reaches them, so memory stays flat however large the input."""

    def __init__(self, paths: Sequence[str]) -> None:
        if list(paths).count("-") > 1:
            raise _UsageError("- (standard input) can be given only once")
        self.items: list[tuple[str, Any]] = []  # ("source", source) or ("jsonl", path)
        for raw in paths:
            if raw == "-":
                self.items.append(("source", _stdin_record()))
                continue
            path = Path(raw)
            if not path.exists() and any(ch in raw for ch in "*?["):  # a pattern the shell left as it was
                matched = sorted(Path(p) for p in glob.glob(raw, recursive=True) if not Path(p).is_dir())
                if not matched:
                    raise _InputError(f"{raw}: no file matches")
                for each in matched:
                    self.items.append(("jsonl", each) if each.suffix == ".jsonl" else ("source", each))
                continue
            if path.is_dir():
                found = sorted(p for p in path.rglob("*") if p.suffix in TEXT_SUFFIXES and not p.is_dir())
                if not found:
                    raise _InputError(f"{raw}: folder holds no {' or '.join(TEXT_SUFFIXES)} files")
                self.items.extend(("source", p) for p in found)
            elif path.is_file():
                self.items.append(("jsonl", path) if path.suffix == ".jsonl" else ("source", path))
            elif path.exists():
                raise _InputError(f"{raw}: not a regular file")
            else:
                raise _InputError(f"{raw}: no such file or folder")

    @property
    def total(self) -> int | None:
        """How many articles, when known without reading (not with ``.jsonl`` inputs)."""
        return None if any(kind == "jsonl" for kind, _ in self.items) else len(self.items)

    def sources(self, on_bad_record: Callable[[str, str], None]) -> Iterator[Source]:
        for kind, item in self.items:
            if kind == "jsonl":
                yield from _jsonl_records(item, on_bad_record)
            else:
                yield item


def _source_id(source: Source) -> str | None:
    """The id a source's document will have: a file's path, a record's id."""
    if isinstance(source, Path):
        return str(source)
    if isinstance(source, Mapping):
        found = source.get("id")
        return found if isinstance(found, str) else None
    return None


def _stdin_record() -> dict[str, Any]:
    return {"text": decode(sys.stdin.buffer.read(), path="<stdin>"), "id": "<stdin>"}


def _jsonl_records(path: Path, on_bad_record: Callable[[str, str], None]) -> Iterator[dict[str, Any]]:
    """The records of a ``.jsonl`` file, line by line; a bad line is reported and skipped."""
    with path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as err:
                on_bad_record(where, f"{where}: not a JSON record: {err}")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                on_bad_record(where, f"{where}: a record needs a string 'text' field")
                continue
            if not isinstance(record.get("id"), str):
                record["id"] = where
            yield {k: record.get(k) for k in ("id", "text", "published", "title")}


class _Failures:
    """Articles that could not be read: each one line on standard error, and a JSON line in the
    errors file when there is one."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.count = 0
        self._file: IO[str] | None = None

    def add(self, id: str | None, error: str, message: str) -> None:
        self.count += 1
        print(f"tradecorpus: skipped: {message}", file=sys.stderr)
        if self.path is None:
            return
        if self._file is None:
            self._file = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 -- closed by close()
        self._file.write(
            json.dumps({"id": id, "error": error, "message": message}, ensure_ascii=False) + "\n"
        )
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def _done_ids(path: Path) -> set[str]:
    """The ids recorded in a JSONL file (an output or errors file) of an earlier run; an
    incomplete last line (a run that was killed while writing it) is cut off."""
    if not path.exists():
        return set()
    data = path.read_bytes()
    complete = data[: data.rfind(b"\n") + 1]
    if len(complete) != len(data):
        with path.open("r+b") as fh:
            fh.truncate(len(complete))
    ids: set[str] = set()
    for number, line in enumerate(complete.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            found = json.loads(line).get("id")
        except (UnicodeDecodeError, json.JSONDecodeError, AttributeError) as err:
            raise _InputError(f"{path}:{number}: not a line of an earlier run: {err}") from err
        if isinstance(found, str):
            ids.add(found)
    return ids


# --------------------------------------------------------------------------- outputs


def _short(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


def _count(n: int, noun: str) -> str:
    """``'1 paragraph'``, ``'20 paragraphs'``, ``'4,876 characters'``."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _mention_line(start: int, end: int, text: str, detail: str) -> str:
    return f"    {start:>6}:{end:<6} {_short(text, 40):<42} {detail}"


def format_table(doc: Document, name: str) -> str:
    """A readable summary of one document: what was read, then every kind of finding."""
    lines = [f"== {name} =="]
    byline = doc.byline
    lines.append(f"  title       {doc.title or '—'}")
    lines.append(f"  published   {doc.published.isoformat() if doc.published else '—'}")
    if byline is not None:
        places = f" (in {', '.join(byline.places)})" if byline.places else ""
        lines.append(f"  byline      {', '.join(byline.authors) or byline.text}{places}")
    else:
        lines.append("  byline      —")
    if doc.trailer is not None:
        lines.append(f"  trailer     {', '.join(doc.trailer.authors) or _short(doc.trailer.text, 60)}")
    lines.append(
        f"  text        {_count(len(doc.text), 'character')}, {_count(len(doc.paragraphs), 'paragraph')}, "
        f"{_count(len(doc.sentences), 'sentence')}{', punctuation-stripped' if doc.stripped else ''}"
    )
    for kind in Document.KINDS:
        items = getattr(doc, kind)
        if not items:
            continue
        lines.append(f"  {kind} ({len(items)})")
        lines.extend(_finding_lines(kind, items))
    for plugin, items in doc.extras.items():
        if not items:
            continue
        lines.append(f"  {plugin} ({len(items)})")
        for item in items:
            start, end, text = (getattr(item, a, None) for a in ("start", "end", "text"))
            if isinstance(start, int) and isinstance(end, int) and isinstance(text, str):
                summary = getattr(item, "summary", "")  # a plugin's one-line account of its result
                lines.append(_mention_line(start, end, text, summary if isinstance(summary, str) else ""))
            else:
                lines.append(f"    {_short(repr(item), 100)}")
    if doc.errors:
        lines.append(f"  errors ({len(doc.errors)})")
        lines.extend(
            f"    plugin {e.plugin!r} in {e.hook}: {e.error}: {_short(e.message, 80)}" for e in doc.errors
        )
    return "\n".join(lines)


def _finding_lines(kind: str, items: Iterable[Any]) -> Iterator[str]:
    for item in items:
        if kind in ("officials", "entities"):
            facts = [
                x for x in (getattr(item, "title", None), getattr(item, "kind", None), item.country) if x
            ]
            said = ", ".join(dict.fromkeys(m.text for m in item.mentions))
            n = len(item.mentions)
            facts.append(f"{n} mention" if n == 1 else f"{n} mentions")
            yield f"    {item.name} ({' · '.join(facts)}): {_short(said, 70)}"
        elif kind == "money":
            yield _mention_line(item.start, item.end, item.text, money_value(item))
        elif kind == "dates":
            yield _mention_line(item.start, item.end, item.text, f"{item.type} {item.value}")
        elif kind == "quotes":
            who = item.speaker or "?"
            how = "direct" if item.direct else "reported"
            yield _mention_line(item.start, item.end, item.text, f"{how}, {who} ({item.cue or '—'})")
        elif kind == "deadlines":
            d = item.date
            yield _mention_line(
                d.start, d.end, d.text, f"{item.kind} {d.value}: {_short(item.event or '', 40)}"
            )
        elif kind == "commitments":
            m = item.money
            yield _mention_line(
                m.start, m.end, m.text, f"{item.party or '?'} {item.status} {item.action} {item.period or ''}"
            )


def _name_of(doc: Document, index: int) -> str:
    return doc.id or f"document {index + 1}"


def _write(docs: Iterable[Document], fmt: str, out: IO[str]) -> int:
    if fmt == "label-studio":  # one JSON list of tasks
        tasks = [to_label_studio(doc) for doc in docs]
        out.write(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
        return len(tasks)
    if fmt == "html":  # one page, with a table of contents: every document is needed first
        collected = list(docs)
        out.write(render_html(collected, names=[_name_of(d, i) for i, d in enumerate(collected)]))
        return len(collected)
    count = 0
    if fmt == "json":
        out.write("[")
    for index, doc in enumerate(docs):
        if fmt == "table":
            out.write(("\n" if index else "") + format_table(doc, _name_of(doc, index)) + "\n")
        elif fmt == "jsonl":
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        else:
            out.write(("," if index else "") + "\n" + json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
        count += 1
    if fmt == "json":
        out.write("\n]\n")
    return count


@contextlib.contextmanager
def _atomic_output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a temporary file beside ``path`` that replaces it only on success."""
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    if not target.parent.is_dir():
        raise _InputError(f"{path}: folder {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.chmod(tmp, _mode_for(target))  # mkstemp makes 0600 files; match what open() would make
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode_for(target: Path) -> int:
    """The permission bits for a written ``target``: its own if it exists, else 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def _interruptible() -> Iterator[Callable[[], bool]]:
    """Ctrl-C (SIGINT) noted as well as raised, for the run to check after each document: Python
    reports and then ignores a ``KeyboardInterrupt`` raised while an object is being finalized, so
    a raise alone may be lost and the run go on to the end. Left as it is when SIGINT is not
    Python's default (ignored, or handled by a caller) or outside the main thread."""
    noted: list[int] = []
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield lambda: False
        return

    def on_interrupt(signum: int, frame: object) -> None:
        noted.append(signum)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield lambda: bool(noted)
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _unless(interrupted: Callable[[], bool], docs: Iterable[Document]) -> Iterator[Document]:
    """``docs``, stopping with ``KeyboardInterrupt`` once an interruption has been noted."""
    for doc in docs:
        if interrupted():
            raise KeyboardInterrupt
        yield doc
    if interrupted():
        raise KeyboardInterrupt


def _progress(docs: Iterable[Document], total: int | None, enabled: bool) -> Iterator[Document]:
    """Pass documents through, drawing a progress line on stderr when it is a terminal."""
    if not enabled:
        yield from docs
        return
    started = time.monotonic()
    for done, doc in enumerate(docs, start=1):
        rate = done / max(time.monotonic() - started, 1e-9)
        of = f"/{total}" if total else ""
        sys.stderr.write(f"\r  {done}{of} articles, {rate:,.1f}/s ")
        sys.stderr.flush()
        yield doc
    sys.stderr.write("\n")


# --------------------------------------------------------------------------- commands


def _pipeline(
    disable: Sequence[str],
    *,
    strict: bool = False,
    max_chars: int | None = MAX_CHARS,
    timeout: float | None = TIMEOUT,
) -> Pipeline:
    """The pipeline for ``--disable`` values (repeatable, or comma-separated).

    An unknown name is a usage error (exit 2); a broken installed plugin is not (exit 1).
    """
    names = [name.strip() for item in disable for name in item.split(",") if name.strip()]
    try:
        return Pipeline(disable=names, strict=strict, max_chars=max_chars, timeout=timeout)
    except PluginError as err:
        if err.hook is None and err.plugin in names and "to disable" in str(err):
            raise _UsageError(str(err).replace("to disable", "for --disable")) from err
        raise


def _cmd_extract(args: argparse.Namespace) -> int:
    pipeline = _pipeline(args.disable, strict=args.strict, max_chars=args.max_chars, timeout=args.timeout)
    if args.published is not None:
        try:
            coerce_published(args.published)
        except ValueError as err:
            raise _UsageError(f"--published: {err}") from err
    to_file = args.output is not None and args.output != "-"
    if args.resume and (args.format != "jsonl" or not to_file):
        raise _UsageError("--resume continues a --format jsonl run into an --output FILE")
    if args.format in FOLDER_FORMATS:
        if not to_file:
            raise _UsageError(f"--format {args.format} writes a folder of files: give it with --output DIR")
        if Path(args.output).exists() and not Path(args.output).is_dir():
            raise _InputError(f"{args.output}: not a folder")
    # every input is checked to exist before any output, so a missing one fails at once
    inputs = _Inputs(args.paths) if args.paths else None
    # the articles that could not be read are listed beside the output (out.jsonl.errors.jsonl,
    # brat.errors.jsonl): a folder being written may not exist yet when the first is listed
    errors_path = args.errors or (f"{Path(args.output)}.errors.jsonl" if to_file else None)
    done: set[str] = set()
    if args.resume:
        done = _done_ids(Path(args.output)) | (_done_ids(Path(errors_path)) if errors_path else set())
    elif errors_path is not None and Path(errors_path).exists():
        Path(errors_path).unlink()  # a fresh run starts a fresh errors file
    failures = _Failures(errors_path)

    def bad_record(where: str, message: str) -> None:
        if where not in done:
            failures.add(where, "FormatError", message)

    def unreadable(source: Source, err: ReadError) -> None:
        failures.add(_source_id(source), type(err).__name__, str(err))

    if inputs is None:
        seeds = _seed_records()
        sources: Iterable[Source] = seeds
        total: int | None = len(seeds)
    else:
        sources, total = inputs.sources(bad_record), inputs.total
    if done:
        sources = (s for s in sources if _source_id(s) not in done)
        total = None
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    show = show and total != 1
    try:
        with _interruptible() as interrupted:
            docs = _unless(
                interrupted,
                pipeline.extract_many(
                    sources, workers=args.workers, published=args.published, on_error=unreadable
                ),
            )
            if args.format in FOLDER_FORMATS:
                target = Path(args.output)
                if args.format == "parquet":  # streamed, a batch of documents at a time
                    _write_parquet()(_progress(docs, total, show), target)
                else:
                    written = list(_progress(docs, total, show))
                    (write_brat if args.format == "brat" else write_timeml)(written, target)
            elif args.resume:  # appended and flushed line by line: a killed run keeps what it finished
                with open(args.output, "a", encoding="utf-8") as appended:
                    for doc in _progress(docs, total, show):
                        appended.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
                        appended.flush()
            else:
                with _atomic_output(args.output) as out:
                    _write(_progress(docs, total, show), args.format, out)
    finally:
        failures.close()
    if failures.count:
        listed = f" (listed in {errors_path})" if errors_path else ""
        noun = "article" if failures.count == 1 else "articles"
        print(f"tradecorpus: {failures.count} {noun} could not be read{listed}", file=sys.stderr)
        return 3
    return 0


def _write_parquet() -> Callable[..., Any]:
    try:
        from tradecorpus.parquet import write_parquet
    except ImportError as err:
        raise _InputError(f"--format parquet: {err}") from err
    return write_parquet


def _cmd_plugins(args: argparse.Namespace) -> int:
    infos = _pipeline(args.disable).manager.info()
    if args.format == "json":
        rows = [
            {"name": i.name, "version": i.version, "source": i.source, "hooks": list(i.hooks)} for i in infos
        ]
        print(json.dumps(rows, indent=2))
        return 0
    table = [(i.name, i.version or "-", i.source, ", ".join(i.hooks) or "(no hooks)") for i in infos]
    widths = [max((len(row[col]) for row in table), default=0) for col in range(3)]
    for name, version, source, hooks in table:
        print(f"{name:<{widths[0]}}  {version:<{widths[1]}}  {source:<{widths[2]}}  {hooks}")
    return 0


def _cmd_gold(args: argparse.Namespace) -> int:
    """Corrected brat or Label Studio annotations -> one gold JSON file per document."""
    docs = load_gold(args.path)
    target = Path(args.output)
    target.mkdir(parents=True, exist_ok=True)
    names = [Path(doc.id).stem if doc.id else f"document-{i}" for i, doc in enumerate(docs, start=1)]
    for name, doc in zip(names, docs, strict=True):
        data = {k: v for k, v in doc.to_dict().items() if v not in ([], {}, None) or k == "text"}
        (target / f"{name}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"{len(docs)} gold file{'' if len(docs) == 1 else 's'} written to {target}")
    return 0


def _limit(kind: type[int] | type[float]) -> Callable[[str], Any]:
    """An argument type for a limit: a positive number, or 0 for none (None)."""

    def parse(value: str) -> int | float | None:
        try:
            number = kind(value)
        except ValueError:
            number = -1
        if number < 0 or number != number:  # (NaN)
            raise argparse.ArgumentTypeError(f"expected a number >= 0 (0: no limit), got {value!r}")
        return number or None

    return parse


def _workers(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1, got {value!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``tradecorpus`` command."""
    parser = argparse.ArgumentParser(
        prog="tradecorpus",
        description="Typed data from news about trade negotiations: money, dates, officials, quotes, ...",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {tradecorpus.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = commands.add_parser("extract", help="extract from articles (default: the bundled seed articles)")
    ex.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files, folders, .jsonl record files, or - for stdin"
    )
    ex.add_argument("-f", "--format", choices=FORMATS, default="table", help="output format (default: table)")
    ex.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    ex.add_argument(
        "-w", "--workers", type=_workers, default=1, metavar="N", help="worker processes (default: 1)"
    )
    ex.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="NAME",
        help="leave a plugin out (repeatable, or a,b)",
    )
    ex.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for every input")
    ex.add_argument("--strict", action="store_true", help="stop at the first plugin failure")
    ex.add_argument(
        "--errors",
        metavar="FILE",
        help="write the articles that could not be read here, one JSON line each "
        "(default with --output FILE: FILE.errors.jsonl)",
    )
    ex.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted --format jsonl run into the same --output FILE, skipping the "
        "articles it holds (and those in the errors file)",
    )
    ex.add_argument(
        "--max-chars",
        type=_limit(int),
        default=MAX_CHARS,
        metavar="N",
        help=f"refuse an article longer than N characters (default: {MAX_CHARS:,}; 0: no limit)",
    )
    ex.add_argument(
        "--timeout",
        type=_limit(float),
        default=TIMEOUT,
        metavar="SECONDS",
        help=f"drop a plugin's result for a document after SECONDS (default: {TIMEOUT:g}; 0: no limit)",
    )
    ex.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress on stderr (default: on when stderr is a terminal)",
    )
    ex.set_defaults(run=_cmd_extract)

    gd = commands.add_parser(
        "gold", help="turn corrected brat or Label Studio annotations into gold files (one JSON per document)"
    )
    gd.add_argument(
        "path",
        metavar="PATH",
        help="a folder of brat .txt/.ann pairs, a .ann file, or a Label Studio .json export",
    )
    gd.add_argument(
        "-o", "--output", metavar="DIR", required=True, help="the folder to write the gold files into"
    )
    gd.set_defaults(run=_cmd_gold)

    pl = commands.add_parser("plugins", help="list the plugins found, with version and hooks")
    pl.add_argument("-f", "--format", choices=("table", "json"), default="table")
    pl.add_argument("--disable", action="append", default=[], metavar="NAME", help=argparse.SUPPRESS)
    pl.set_defaults(run=_cmd_plugins)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except _UsageError as err:
        parser.exit(2, f"tradecorpus: error: {err}\n")
    except (_InputError, TradecorpusError) as err:
        print(f"tradecorpus: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tradecorpus: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `tradecorpus extract | head`
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 -- silence the final flush
        return 0
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
