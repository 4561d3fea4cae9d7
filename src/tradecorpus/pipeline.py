"""The extraction pipeline: stages in data-flow order, one call per plugin, merging, ``doc.errors``.

The stage order, the merging rule and the failure rule are documented in
:mod:`tradecorpus.hookspecs`; this module implements them. pluggy would call implementations
last-registered-first and stop at the first exception, so the pipeline calls each implementation
itself, in the order of plugin names, and merges with a key that does not depend on registration.
"""

from __future__ import annotations

import bisect
import collections
import concurrent.futures
import datetime as dt
import functools
import importlib
import itertools
import os
import signal
import threading
import time
import types
import typing
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any, TypeVar

import attrs
import pluggy

from tradecorpus import reader
from tradecorpus.errors import PluginError, ReadError
from tradecorpus.model import (
    Article,
    Commitment,
    DateMention,
    Deadline,
    Document,
    Entity,
    Money,
    Official,
    PluginFailure,
    Quote,
    Span,
    mention_spans,
    plain_spans,
)
from tradecorpus.plugins import PluginManager, Plugins, make_plugin_manager, plugin_name

__all__ = ["STAGES", "Pipeline", "ResultError", "Source", "extract", "extract_many"]

#: What can be extracted from: article text, a path, raw bytes, an Article already read, or a
#: record ``{"text": ..., "id": ..., "published": ...}`` (the shape of a ``.jsonl`` line).
Source = str | os.PathLike[str] | bytes | Article | Mapping[str, Any]

#: The extraction stages after the read stage, in the order they run; each names the kinds it fills.
STAGES: tuple[tuple[str, ...], ...] = (
    ("entities", "officials", "money", "dates"),
    ("quotes", "deadlines", "commitments"),
)

_KIND_TYPES: Mapping[str, type[Any]] = types.MappingProxyType(
    {
        "entities": Entity,
        "officials": Official,
        "money": Money,
        "dates": DateMention,
        "quotes": Quote,
        "deadlines": Deadline,
        "commitments": Commitment,
    }
)

#: The kinds whose findings are one span each, checked against the text directly.
_FLAT_KINDS: frozenset[type[Any]] = frozenset({Money, DateMention, Span})

_T = TypeVar("_T")

#: The longest article a pipeline takes by default, in characters (about 10 MB of English text);
#: a longer one is refused with a :class:`~tradecorpus.ReadError`. ``Pipeline(max_chars=...)``.
MAX_CHARS = 10_000_000
#: How long, in seconds, one plugin may spend on one hook for one document by default before its
#: result is dropped with an entry in ``doc.errors``. ``Pipeline(timeout=...)``.
TIMEOUT = 60.0
#: Whether a running plugin can be interrupted: by a timer signal, in the main thread, on Unix.
_CAN_INTERRUPT = hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")


class _Timeout(BaseException):
    """Raised in a plugin that outruns its time. A BaseException, so that a plugin's own
    ``except Exception`` cannot swallow it; the pipeline records it as a ``TimeoutError``."""


class _Timer:
    """The time limit of each plugin call while one document is extracted.

    The timer signal's handler is installed, and the timer set, once for the document (``with``);
    a plugin call (:meth:`call`) only notes when it starts and that it is over, which costs nothing
    next to two system calls. When the timer goes off, the handler interrupts
    the plugin running if it has run for the whole limit, and otherwise sets the timer again for
    what that plugin has left (or for a whole limit, between plugins). Inactive when the limit
    cannot be kept (see :data:`TIMEOUT`).
    """

    __slots__ = ("_previous", "active", "hook", "plugin", "seconds", "started")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = 0.0 if seconds is None else seconds
        self.active = (
            seconds is not None and _CAN_INTERRUPT and threading.current_thread() is threading.main_thread()
        )
        self.plugin = self.hook = ""
        self.started: float | None = None
        self._previous: Any = None

    def __enter__(self) -> _Timer:
        if self.active:
            self._previous = signal.signal(signal.SIGALRM, self._on_alarm)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)

    def call(self, impl: pluggy.HookImpl, hook: str, kwargs: Mapping[str, Any]) -> Any:
        """``impl`` of ``hook`` called with ``kwargs``, noted as running from now until it returns."""
        self.plugin, self.hook = impl.plugin_name, hook
        self.started = time.monotonic()
        try:
            return _call(impl, kwargs)
        finally:
            self.started = None

    def _on_alarm(self, signum: int, frame: object) -> None:
        started = self.started
        left = self.seconds if started is None else self.seconds - (time.monotonic() - started)
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)
            return
        self.started = None
        raise _Timeout(
            f"plugin {self.plugin!r} took longer than {self.seconds:g} s in {self.hook} on this document"
        )


class ResultError(PluginError):
    """A plugin returned something that breaks its hook's contract (wrong type, a span off the text)."""


class Pipeline:
    """A configured set of plugins that turns articles into :class:`~tradecorpus.model.Document` s.

    Building one loads and checks the plugins once; reuse it for many articles. A Pipeline pickles
    by configuration (plugin names and passed-in plugins), so worker processes rebuild their own.

    Args:
        disable: Names of plugins to leave out (built-in or installed).
        plugins: Extra plugin objects, as for :func:`~tradecorpus.plugins.make_plugin_manager`.
        entry_points: Whether to load plugins installed under the ``tradecorpus`` entry point.
        strict: Raise :class:`~tradecorpus.PluginError` when a plugin fails, instead of recording
            the failure in ``doc.errors``.
        max_chars: The longest article taken, in characters (default :data:`MAX_CHARS`); a longer
            one raises :class:`~tradecorpus.ReadError` before any work. None: no limit.
        timeout: Seconds one plugin may spend on one hook for one document (default
            :data:`TIMEOUT`); a plugin that runs longer is interrupted, its result for that
            document dropped and a ``TimeoutError`` recorded in ``doc.errors`` (under ``strict``,
            raised). None: no limit. The interruption uses a timer signal, so it works in the
            main thread on Unix (as in ``extract_many``'s worker processes); elsewhere the limit
            is not enforced. Python code is interrupted at once; a single long call into C code
            (a regular expression that backtracks) ends when that call returns.
    """

    def __init__(
        self,
        *,
        disable: Iterable[str] = (),
        plugins: Plugins = (),
        entry_points: bool = True,
        strict: bool = False,
        max_chars: int | None = MAX_CHARS,
        timeout: float | None = TIMEOUT,
    ) -> None:
        if max_chars is not None and (
            isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1
        ):
            raise ValueError(f"max_chars must be a whole number >= 1 or None, got {max_chars!r}")
        if timeout is not None and (
            isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0
        ):
            raise ValueError(f"timeout must be a number of seconds > 0 or None, got {timeout!r}")
        self._plugins = _named(plugins)
        self.manager: PluginManager = make_plugin_manager(
            disable=disable, plugins=dict(self._plugins), entry_points=entry_points
        )
        self.entry_points = entry_points
        self.strict = strict
        self.max_chars = max_chars
        self.timeout = None if timeout is None else float(timeout)

    # ----------------------------------------------------------------- pickling for workers

    def __reduce__(self) -> tuple[Callable[..., Pipeline], tuple[Any, ...]]:
        refs = [(name, _PluginRef.of(p)) for name, p in self._plugins]
        limits = (self.max_chars, self.timeout)
        return (_rebuild, (self.manager.disabled, refs, self.entry_points, self.strict, limits))

    def __repr__(self) -> str:
        return f"Pipeline(plugins={list(self.plugin_names)!r}, strict={self.strict!r})"

    @property
    def plugin_names(self) -> tuple[str, ...]:
        """The names of the registered plugins, sorted."""
        return tuple(info.name for info in self.manager.info())

    # ----------------------------------------------------------------- public entry points

    def read(
        self,
        source: str | os.PathLike[str] | bytes,
        *,
        published: str | dt.date | None = None,
        id: str | None = None,
        encoding: str | None = None,
    ) -> Article:
        """Read ``source`` through the read stage (third-party readers first, then the built-in).

        A reader plugin that fails is skipped (under ``strict``, raises); :meth:`extract` records
        such failures in ``doc.errors``.
        """
        failures: list[PluginFailure] = []
        text, source_id = reader.load_text(source, encoding=encoding)
        pub = reader.coerce_published(published)
        with _Timer(self.timeout) as timer:
            return self._read(text, id if id is not None else source_id, pub, failures, self.strict, timer)

    def extract(
        self,
        source: Source,
        *,
        published: str | dt.date | None = None,
        id: str | None = None,
        strict: bool | None = None,
    ) -> Document:
        """Run every stage on one article and return what was found.

        Args:
            source: Article text, a path (``os.PathLike``, or a ``str`` that
                :func:`~tradecorpus.reader.looks_like_path`), raw bytes, an Article already read,
                or a record mapping with ``text`` and optional ``id`` and ``published``.
            published: The publication date (ISO string, date or datetime); it overrides a date
                the reader finds in the text. Relative dates are resolved against it.
            id: An identifier kept in ``doc.id`` (default: the file's path, or the Article's id).
            strict: Override the pipeline's ``strict`` setting for this call.
        """
        strict = self.strict if strict is None else strict
        with _Timer(self.timeout) as timer:
            return self._extract(source, published, id, strict, timer)

    def _extract(
        self, source: Source, published: str | dt.date | None, id: str | None, strict: bool, timer: _Timer
    ) -> Document:
        failures: list[PluginFailure] = []
        if isinstance(source, Mapping):  # a record: its text is always text, never a path
            text, id, published, title = _unpack_record(source, id, published)
            self._check_size(text, id)
            article = self._read(text, id, reader.coerce_published(published), failures, strict, timer)
            if title and article.title is None:  # the reader's title (with its span) wins
                article = attrs.evolve(article, title=title)
        elif isinstance(source, Article):
            article = source.article if isinstance(source, Document) else source
            changes: dict[str, Any] = {}
            if published is not None:
                changes["published"] = reader.coerce_published(published)
            if id is not None:
                changes["id"] = id
            article = attrs.evolve(article, **changes) if changes else article
            self._check_size(article.text, article.id)
        else:
            text, source_id = reader.load_text(source, max_chars=self.max_chars)
            self._check_size(text, id if id is not None else source_id)
            pub = reader.coerce_published(published)
            article = self._read(text, id if id is not None else source_id, pub, failures, strict, timer)
        doc = Document._of_checked(article, tuple(failures))
        for stage in STAGES:
            found: dict[str, Any] = {
                kind: self._run_kind(doc, kind, failures, strict, timer) for kind in stage
            }
            doc = doc._with_checked(**found, errors=tuple(failures))  # each result is checked already
        extras = self._run_extras(doc, failures, strict, timer)
        return doc._with_checked(extras=extras, errors=tuple(failures))

    def extract_many(
        self,
        sources: Iterable[Source],
        *,
        workers: int = 1,
        published: str | dt.date | None = None,
        on_error: Callable[[Source, ReadError], None] | None = None,
    ) -> Iterator[Document]:
        """Extract from each source lazily, yielding documents in input order.

        With ``workers`` > 1 the work runs in that many processes, each with its own copy of this
        pipeline; at most ``4 * workers`` articles are in flight, so memory stays bounded however
        long ``sources`` is. A source that cannot be read (missing, binary, undecodable, over
        ``max_chars``) raises :class:`~tradecorpus.ReadError` from the iterator when its turn
        comes; with ``on_error``, it is passed to ``on_error(source, error)`` instead, and the
        run goes on with the next source.
        """
        if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
            msg = f"workers must be a whole number >= 1, got {workers!r}"
            raise ValueError(msg)  # raised here, at the call, not at the first next()
        reader.coerce_published(published)
        if workers == 1:
            return _reported(self._in_process(sources, published), on_error)
        return _reported(self._in_processes(sources, workers, published), on_error)

    def _in_process(
        self, sources: Iterable[Source], published: str | dt.date | None
    ) -> Iterator[tuple[Source, Callable[[], Document]]]:
        for source in sources:
            yield source, functools.partial(self.extract, source, published=published)

    def _in_processes(
        self, sources: Iterable[Source], workers: int, published: str | dt.date | None
    ) -> Iterator[tuple[Source, Callable[[], Document]]]:
        executor = concurrent.futures.ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(self,)
        )
        window: collections.deque[tuple[Source, concurrent.futures.Future[Document]]] = collections.deque()
        try:
            for source in sources:
                window.append((source, executor.submit(_work, source, published)))
                if len(window) >= 4 * workers:
                    done, future = window.popleft()
                    yield done, future.result
            while window:
                done, future = window.popleft()
                yield done, future.result
        finally:
            executor.shutdown(wait=True, cancel_futures=True)

    def _check_size(self, text: str, id: str | None) -> None:
        if self.max_chars is not None and len(text) > self.max_chars:
            what = id or "the article"
            msg = (
                f"{what}: {len(text):,} characters, over the limit of {self.max_chars:,} "
                "(raise it with Pipeline(max_chars=...) or --max-chars)"
            )
            raise ReadError(msg, path=id)

    # ----------------------------------------------------------------- stages

    def _read(
        self,
        text: str,
        id: str | None,
        published: dt.date | None,
        failures: list[PluginFailure],
        strict: bool,
        timer: _Timer,
    ) -> Article:
        impls = self.manager.hook.read_article.get_hookimpls()
        impls.sort(key=lambda i: (-i.tryfirst, i.trylast, i.plugin_name))
        kwargs = {"text": text, "id": id, "published": published}
        for impl in impls:
            try:
                result = timer.call(impl, "read_article", kwargs)
                if result is None:
                    continue
                if not isinstance(result, Article) or result.text != text:
                    got = (
                        type(result).__name__
                        if not isinstance(result, Article)
                        else "an Article of other text"
                    )
                    msg = (
                        f"plugin {impl.plugin_name!r}: read_article must return an Article "
                        f"of the text given, got {got}"
                    )
                    raise ResultError(msg, plugin=impl.plugin_name, hook="read_article")
            except (Exception, _Timeout) as err:
                _record(failures, impl.plugin_name, "read_article", err, strict)
                continue
            if published is not None and result.published != published:
                result = attrs.evolve(result, published=published)
            if id is not None and result.id != id:
                result = attrs.evolve(result, id=id)
            return result
        return Article(text=text, id=id, published=published)

    def _run_kind(
        self, doc: Document, kind: str, failures: list[PluginFailure], strict: bool, timer: _Timer
    ) -> tuple[Any, ...]:
        hook = f"extract_{kind}"
        results = self._call_each(hook, doc, _KIND_TYPES[kind], failures, strict, timer)
        if kind in ("officials", "entities"):
            return _merge_groups(results)
        if kind == "quotes":
            return _merge_quotes(results)
        return _merge_spans(results, _anchor(kind))

    def _run_extras(
        self, doc: Document, failures: list[PluginFailure], strict: bool, timer: _Timer
    ) -> dict[str, tuple[Any, ...]]:
        return dict(self._call_each("extract_extras", doc, object, failures, strict, timer))

    def _call_each(
        self,
        hook: str,
        doc: Document,
        expected: type[Any],
        failures: list[PluginFailure],
        strict: bool,
        timer: _Timer,
    ) -> list[tuple[str, tuple[Any, ...]]]:
        """Call every implementation of ``hook`` on ``doc``; (plugin name, checked results) pairs."""
        impls = sorted(getattr(self.manager.hook, hook).get_hookimpls(), key=lambda i: i.plugin_name)
        out = []
        for impl in impls:
            try:
                result = timer.call(impl, hook, {"doc": doc})
                if result is None:
                    continue
                items = _checked(result, expected, doc.text, impl.plugin_name, hook)
            except (Exception, _Timeout) as err:
                _record(failures, impl.plugin_name, hook, err, strict)
                continue
            out.append((impl.plugin_name, items))
        return out


# --------------------------------------------------------------------------- calling and checking


def _reported(
    results: Iterator[tuple[Source, Callable[[], Document]]],
    on_error: Callable[[Source, ReadError], None] | None,
) -> Iterator[Document]:
    """Each source's document, in order: a source that cannot be read raises its
    :class:`~tradecorpus.ReadError`, or with ``on_error`` is passed to it and skipped."""
    try:
        for source, result in results:
            try:
                doc = result()
            except ReadError as err:
                if on_error is None:
                    raise
                on_error(source, err)
                continue
            yield doc
    finally:
        close = getattr(results, "close", None)
        if close is not None:  # (the worker processes end with the run, not when collected)
            close()


def _unpack_record(
    record: Mapping[str, Any],
    id: str | None,
    published: str | dt.date | None,
) -> tuple[str, str | None, str | dt.date | None, str | None]:
    """The text, id, publication date and title of a record; explicit arguments win over its fields."""
    unknown = set(record) - {"text", "id", "published", "title"}
    text = record.get("text")
    if not isinstance(text, str) or unknown:
        problem = (
            f"unknown keys {sorted(unknown)}" if unknown else f"'text' is {type(text).__name__}, not str"
        )
        msg = f"a record needs a str 'text' and may have 'id', 'published', 'title'; {problem}"
        raise TypeError(msg)
    rid, title = record.get("id"), record.get("title")
    if title is not None and not isinstance(title, str):
        msg = f"a record's 'title' must be a str or None, got {type(title).__name__}"
        raise TypeError(msg)
    return (
        text,
        id if id is not None else (None if rid is None else str(rid)),
        published or record.get("published"),
        title,
    )


def _call(impl: pluggy.HookImpl, kwargs: Mapping[str, Any]) -> Any:
    return impl.function(**{name: kwargs[name] for name in impl.argnames})


def _record(
    failures: list[PluginFailure], plugin: str, hook: str, err: Exception | _Timeout, strict: bool
) -> None:
    kind = type(err)
    if isinstance(err, _Timeout):
        error = "TimeoutError"
    else:
        error = (
            kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
        )
    if strict:
        if isinstance(err, PluginError):
            raise err
        msg = f"plugin {plugin!r} failed in {hook}: {error}: {err}"
        raise PluginError(msg, plugin=plugin, hook=hook) from err
    failures.append(PluginFailure(plugin=plugin, hook=hook, error=error, message=str(err)))


def _checked(result: Any, expected: type[_T], text: str, plugin: str, hook: str) -> tuple[_T, ...]:
    """The plugin's result as a tuple, after checking every item's type and every span."""
    if isinstance(result, (str, bytes, Mapping)) or not isinstance(result, Iterable):
        msg = f"plugin {plugin!r}: {hook} must return a sequence or None, got {type(result).__name__}"
        raise ResultError(msg, plugin=plugin, hook=hook)
    items = tuple(result)
    for i, item in enumerate(items):
        if not isinstance(item, expected):
            msg = (
                f"plugin {plugin!r}: {hook} returned {type(item).__name__} at [{i}], "
                f"expected {expected.__name__}"
            )
            raise ResultError(msg, plugin=plugin, hook=hook)
        if type(item) in _FLAT_KINDS:
            flat = typing.cast("Span", item)
            if text[flat.start : flat.end] == flat.text:
                continue
        elif all(text[span.start : span.end] == span.text for span in plain_spans(item)):
            continue  # the spans are good; the walk below only says where one is not
        for path, span in mention_spans(item):
            found = text[span.start : span.end]
            if span.end > len(text) or found != span.text:
                msg = (
                    f"plugin {plugin!r}: {hook} returned a span at [{i}]{path} {span.start}:{span.end} "
                    f"that says {span.text[:60]!r}, but the text has {found[:60]!r}"
                )
                raise ResultError(msg, plugin=plugin, hook=hook)
    return items


# --------------------------------------------------------------------------- merging


def _anchor(kind: str) -> Callable[[Any], Span]:
    """The span by which overlaps of ``kind`` are judged."""
    if kind == "deadlines":
        return lambda d: d.date
    if kind == "commitments":
        return lambda c: c.money
    return lambda m: m


def _select(candidates: list[tuple[Span, tuple[Any, ...], _T]]) -> list[_T]:
    """Keep non-overlapping candidates: longest first, then by tiebreak key (plugin name, order).

    This is the merging rule of :mod:`tradecorpus.hookspecs`. Returns the kept items sorted by
    position.
    """
    candidates.sort(key=lambda c: (c[0].start - c[0].end, c[1]))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[_T] = []
    for span, _, item in candidates:
        i = bisect.bisect_right(starts, span.start)
        if i > 0 and ends[i - 1] > span.start:
            continue
        if i < len(starts) and starts[i] < span.end:
            continue
        starts.insert(i, span.start)
        ends.insert(i, span.end)
        kept.insert(i, item)
    return kept


def _merge_spans(
    results: list[tuple[str, tuple[Any, ...]]], anchor: Callable[[Any], Span]
) -> tuple[Any, ...]:
    if len(results) == 1 and _in_order(results[0][1], anchor):
        return results[0][1]  # one plugin, its findings in text order and apart: nothing to settle
    candidates = [
        (anchor(item), (plugin, index), item) for plugin, items in results for index, item in enumerate(items)
    ]
    return tuple(_select(candidates))


def _in_order(items: tuple[Any, ...], anchor: Callable[[Any], Span]) -> bool:
    """Whether the anchors of ``items`` are in text order, none empty, no two overlapping (what
    :func:`_select` would keep, in the order it would give)."""
    end = -1
    for item in items:
        span = anchor(item)
        if span.start < end or span.start >= span.end:
            return False
        end = span.end
    return True


def _merge_quotes(results: list[tuple[str, tuple[Any, ...]]]) -> tuple[Any, ...]:
    """Settle direct quotes among themselves and reported speech among itself: a partial direct
    quote inside a reported clause (or a clause reported inside a direct quote) stands beside it,
    as does a clause reported well inside another reported clause."""
    anchor = _anchor("quotes")
    reported = [(p, tuple(q for q in items if not q.direct)) for p, items in results]
    outer = _merge_spans(reported, anchor)
    # a clause reported inside another (``…goods that he claims the country promised to purchase``):
    # one well inside a kept clause, at most two thirds of its length, stands beside it
    spans = [anchor(q) for q in outer]
    starts = [s.start for s in spans]
    try:
        kept_outer: Collection[Any] = set(outer)  # (a set: many quotes are looked up)
    except TypeError:  # a plugin's quote type that does not hash
        kept_outer = outer
    inner = [
        (plugin, tuple(q for q in items if q not in kept_outer and _nested(anchor(q), spans, starts)))
        for plugin, items in reported
    ]
    kept = [
        *_merge_spans([(p, tuple(q for q in items if q.direct)) for p, items in results], anchor),
        *outer,
        *_merge_spans(inner, anchor),
    ]
    return tuple(sorted(kept, key=lambda q: (q.start, q.end, not q.direct)))


def _nested(span: Span, spans: list[Span], starts: list[int]) -> bool:
    """Whether ``span`` lies inside one of ``spans`` (sorted, disjoint) and is at most two thirds of
    its length."""
    i = bisect.bisect_right(starts, span.start) - 1
    if i < 0:
        return False
    outer = spans[i]
    return (
        outer.start <= span.start
        and span.end <= outer.end
        and 3 * (span.end - span.start) <= 2 * (outer.end - outer.start)
    )


def _merge_groups(results: list[tuple[str, tuple[Any, ...]]]) -> tuple[Any, ...]:
    """Combine officials (or entities) by name, then settle overlapping mentions."""
    if len(results) == 1 and _disjoint(results[0][1]):
        # one plugin, distinct names, no two mentions overlapping: nothing to settle
        items = results[0][1]
        return tuple(sorted(items, key=lambda o: (o.mentions[0].start if o.mentions else -1, o.name)))
    merged: dict[str, Any] = {}
    candidates: list[tuple[Span, tuple[Any, ...], tuple[str, Span]]] = []
    for plugin, items in results:  # already in plugin-name order
        for index, item in enumerate(items):
            first = merged.get(item.name)
            if first is None:
                merged[item.name] = item
            else:
                fill = {
                    f.name: getattr(item, f.name)
                    for f in attrs.fields(type(first))
                    if getattr(first, f.name) is None and getattr(item, f.name) is not None
                }
                merged[item.name] = attrs.evolve(first, **fill) if fill else first
            candidates.extend(
                (m, (plugin, item.name, index, j), (item.name, m)) for j, m in enumerate(item.mentions)
            )
    mentions: dict[str, list[Span]] = {name: [] for name in merged}
    for name, mention in _select(candidates):
        if mention not in mentions[name]:
            mentions[name].append(mention)
    out = [
        attrs.evolve(item, mentions=tuple(mentions[name]))
        for name, item in merged.items()
        if mentions[name] or not item.mentions
    ]
    out.sort(key=lambda o: (o.mentions[0].start if o.mentions else -1, o.name))
    return tuple(out)


def _disjoint(items: tuple[Any, ...]) -> bool:
    """Whether ``items`` have distinct names, mentions in text order, and no two mentions overlapping."""
    if len({item.name for item in items}) != len(items):
        return False
    spans = sorted((m.start, m.end) for item in items for m in item.mentions)
    if any(a[1] > b[0] for a, b in itertools.pairwise(spans)):
        return False
    return all(all(x.start < y.start for x, y in itertools.pairwise(item.mentions)) for item in items)


# --------------------------------------------------------------------------- workers


@attrs.frozen
class _PluginRef:
    """A plugin as it travels to a worker: modules by import name, other objects pickled."""

    module: str | None
    obj: object

    @classmethod
    def of(cls, plugin: object) -> _PluginRef:
        if isinstance(plugin, types.ModuleType):
            return cls(module=plugin.__name__, obj=None)
        return cls(module=None, obj=plugin)

    def load(self) -> object:
        return importlib.import_module(self.module) if self.module is not None else self.obj


def _rebuild(
    disabled: tuple[str, ...],
    refs: list[tuple[str, _PluginRef]],
    entry_points: bool,
    strict: bool,
    limits: tuple[int | None, float | None] = (MAX_CHARS, TIMEOUT),
) -> Pipeline:
    plugins = {name: ref.load() for name, ref in refs}
    max_chars, timeout = limits
    return Pipeline(
        disable=disabled,
        plugins=plugins,
        entry_points=entry_points,
        strict=strict,
        max_chars=max_chars,
        timeout=timeout,
    )


_WORKER: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _WORKER
    _WORKER = pipeline


def _work(source: Source, published: str | dt.date | None) -> Document:
    assert _WORKER is not None, "worker process was not initialised"
    return _WORKER.extract(source, published=published)


# --------------------------------------------------------------------------- module-level API


@functools.lru_cache(maxsize=16)
def _cached(disable: tuple[str, ...], plugins: tuple[tuple[str, object], ...]) -> Pipeline:
    return Pipeline(disable=disable, plugins=dict(plugins))


def _named(plugins: Plugins) -> list[tuple[str, object]]:
    """(name, plugin) pairs; two plugins given the same name raise PluginError."""
    pairs = list(plugins.items()) if isinstance(plugins, Mapping) else [(plugin_name(p), p) for p in plugins]
    names = [name for name, _ in pairs]
    for name in names:
        if names.count(name) > 1:
            msg = f"two plugins passed in are both named {name!r}; pass a mapping of names to plugins"
            raise PluginError(msg, plugin=name)
    return pairs


def _pipeline(disable: Iterable[str], plugins: Plugins) -> Pipeline:
    named = tuple(_named(plugins))
    try:
        return _cached(tuple(disable), named)
    except TypeError:  # an unhashable plugin object: build a pipeline just for this call
        return Pipeline(disable=disable, plugins=dict(named))


def extract(
    source: Source,
    *,
    published: str | dt.date | None = None,
    id: str | None = None,
    disable: Iterable[str] = (),
    plugins: Plugins = (),
    strict: bool = False,
) -> Document:
    """Extract everything from one article with the default pipeline.

    ``disable`` and ``plugins`` configure the plugins as for :class:`Pipeline`; the pipeline for
    each configuration is built once and reused (plugins installed later need a new
    :class:`Pipeline`). See :meth:`Pipeline.extract` for the other arguments.

    >>> doc = extract("Trade talks resumed.", published="2019-11-13")
    >>> doc.published, doc.text
    (datetime.date(2019, 11, 13), 'Trade talks resumed.')
    """
    return _pipeline(tuple(disable), plugins).extract(source, published=published, id=id, strict=strict)


def extract_many(
    sources: Iterable[Source],
    *,
    workers: int = 1,
    published: str | dt.date | None = None,
    disable: Iterable[str] = (),
    plugins: Plugins = (),
    on_error: Callable[[Source, ReadError], None] | None = None,
) -> Iterator[Document]:
    """Extract from many articles lazily, in input order; see :meth:`Pipeline.extract_many`."""
    pipeline = _pipeline(tuple(disable), plugins)
    return pipeline.extract_many(sources, workers=workers, published=published, on_error=on_error)
