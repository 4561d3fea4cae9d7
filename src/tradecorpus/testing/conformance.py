"""A conformance check for extractor plugins: :func:`check_plugin`.

A plugin author calls it from one test of their own::

    from tradecorpus.testing import check_plugin
    from tradecorpus_tariffs import TariffsPlugin

    def test_the_plugin_conforms():
        check_plugin(TariffsPlugin())

It is a plain function that raises :class:`ConformanceError` (an ``AssertionError``) whose message
says what is wrong and on which text, rather than a base class to subclass or a pytest fixture:
it runs the same under pytest, unittest or a script, needs no configuration, and a failing check
reads like any failed ``assert`` in the report.

What it checks, in order:

1. the plugin registers: it answers at least one tradecorpus hook and no hook that does not exist
   (a misspelt ``extract_tarifs`` is named in the message), and marks none as a hook wrapper;
2. it survives pickling, alone and in a :class:`~tradecorpus.Pipeline` (what
   ``extract_many(workers=N)`` does), and the copy finds the same;
3. on the texts of :func:`article_texts` (clean, wire, punctuation-stripped, adversarial and
   arbitrary Unicode), run by Hypothesis: it does not raise; every span it returns lies in the
   text and its ``text`` equals ``doc.text[start:end]``; it returns the same results twice; and it
   leaves the document it is given as it was.
"""

from __future__ import annotations

import datetime as dt
import pickle
import types
from typing import Any, Final

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradecorpus.errors import PluginError
from tradecorpus.model import Document
from tradecorpus.pipeline import Pipeline
from tradecorpus.plugins import BUILTIN_PLUGINS, HOOK_NAMES, plugin_name
from tradecorpus.testing.strategies import date_texts, entity_texts, money_texts, quote_texts
from tradecorpus.testing.styles import strip_punctuation

__all__ = ["ConformanceError", "article_texts", "check_plugin"]


class ConformanceError(AssertionError):
    """A plugin does not meet the contract :func:`check_plugin` checks; the message says how."""


#: Pieces that extractors look for, repeated to make hostile text (``$``, digits, quotes, titles).
_HOSTILE_PIECES: Final = (
    "$", "$$", "1", "0.", "1,", "billion ", "%", "“", "”", '"', "'", "‘", "’", "Mr. ", "Mr.", "said ",
    "March ", "March 1 ", "Dec. ", "U.S. ", "u s ", "the ", "(", ")", "-", " ", "\n", "\n\n", ".", ",",
)  # fmt: skip


def _hostile() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_HOSTILE_PIECES), max_size=120).map("".join)


def _clean() -> st.SearchStrategy[str]:
    sentences = st.one_of(
        money_texts().map(lambda case: case[0]),
        date_texts().map(lambda case: case[0]),
        quote_texts().map(lambda case: case[0]),
        entity_texts().map(lambda case: case[0]),
    )
    return st.lists(sentences, min_size=1, max_size=4).map(" ".join)


def _long_line() -> st.SearchStrategy[str]:
    """Many sentences on one line, with no line break at all (a paragraph dump, a wire feed)."""
    sentences = st.one_of(money_texts().map(lambda c: c[0]), quote_texts().map(lambda c: c[0]))
    return st.lists(sentences, min_size=10, max_size=30).map(" ".join)


def article_texts() -> st.SearchStrategy[str]:
    """Text of every sort a plugin meets: sentences of trade news (amounts, dates, quotes, names),
    many of them on one long line with no line break, the same lower-cased and stripped of
    punctuation, wire copy with a header line, hostile runs of the characters extractors look for,
    and arbitrary Unicode (no surrogates), empty text included.
    """
    clean = _clean()
    return st.one_of(
        clean,
        _long_line(),
        clean.map(lambda text: strip_punctuation(text).text),
        clean.map(lambda text: f"date 2019-11-13\nBy Jane Doe\n\n{text}"),
        _hostile(),
        st.text(st.characters(codec="utf-8"), max_size=300),
    )


def check_plugin(plugin: object, *, max_examples: int = 100) -> None:
    """Check that ``plugin`` (a plugin object or module, as passed to ``tradecorpus.extract(...,
    plugins=[...])``) meets the plugin contract; raise :class:`ConformanceError` saying how it
    does not. ``max_examples`` is how many generated texts it is run on.
    """
    name = plugin_name(plugin)
    pipeline = _registered(plugin, name)
    _pickles(plugin, name, pipeline)
    without = Pipeline(disable=_replaced(name), entry_points=False)  # what the plugin's hooks are given

    @settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(text=article_texts())
    def conforms(text: str) -> None:
        _check_text(name, pipeline, without, text)

    conforms()


def _registered(plugin: object, name: str) -> Pipeline:
    try:
        pipeline = _pipeline(plugin, name, strict=True)
    except PluginError as err:
        msg = f"plugin {name!r} does not register: {err}"
        raise ConformanceError(msg) from err
    answered = [hook for hook in HOOK_NAMES if _impls(pipeline, hook, _label(name))]
    if not answered:
        hooks = ", ".join(HOOK_NAMES)
        msg = (
            f"plugin {name!r} answers no tradecorpus hook: mark its functions with "
            f"tradecorpus.hookimpl and name them after one of {hooks}"
        )
        raise ConformanceError(msg)
    return pipeline


def _replaced(name: str) -> list[str]:
    """The built-in plugin that ``name`` stands in for, if any (a built-in checked itself)."""
    return [name] if name in BUILTIN_PLUGINS else []


def _label(name: str) -> str:
    """The name the plugin is registered under for the check: its own, unless a built-in has it."""
    return f"{name} (checked)" if name in BUILTIN_PLUGINS else name


def _pipeline(plugin: object, name: str, *, strict: bool = False) -> Pipeline:
    """A pipeline of the built-ins and ``plugin`` (in place of the built-in of its name)."""
    return Pipeline(
        disable=_replaced(name), plugins={_label(name): plugin}, entry_points=False, strict=strict
    )


def _impls(pipeline: Pipeline, hook: str, name: str) -> list[Any]:
    return [i for i in getattr(pipeline.manager.hook, hook).get_hookimpls() if i.plugin_name == name]


def _pickles(plugin: object, name: str, pipeline: Pipeline) -> None:
    try:
        # (a module travels by its import name, as the pipeline sends it)
        copied = plugin if isinstance(plugin, types.ModuleType) else pickle.loads(pickle.dumps(plugin))
        rebuilt = pickle.loads(pickle.dumps(pipeline))
    except Exception as err:
        msg = (
            f"plugin {name!r} does not survive pickling ({type(err).__name__}: {err}); "
            "extract_many(workers=N) sends it to other processes: define it at a module's top "
            "level and keep no open files, locks or lambdas on it"
        )
        raise ConformanceError(msg) from err
    sample = "Commerce Secretary Wilbur Ross said on March 1 that China would buy $50 billion of goods."
    expected = _found(pipeline, name, sample)
    _same_again(pipeline, name, sample, expected)
    for what, other in (("a pickled copy of it", _pipeline(copied, name)),
                        ("a pickled pipeline holding it", rebuilt)):  # fmt: skip
        if _found(other, name, sample) != expected:
            msg = f"plugin {name!r}: {what} finds something else than the plugin on {sample!r}"
            raise ConformanceError(msg)


_PUBLISHED: Final = dt.date(2019, 11, 13)


def _found(pipeline: Pipeline, name: str, text: str) -> dict[str, Any]:
    """The document's findings, as plain data (the pipeline is strict: a failing plugin raises)."""
    try:
        return pipeline.extract({"text": text}, published=_PUBLISHED).to_dict()  # (never read as a path)
    except PluginError as err:
        msg = f"plugin {name!r} fails on {text[:200]!r}: {err}"
        raise ConformanceError(msg) from err


def _same_again(pipeline: Pipeline, name: str, text: str, first: dict[str, Any]) -> None:
    if _found(pipeline, name, text) != first:
        msg = f"plugin {name!r} is not deterministic: two runs on {text[:200]!r} found different things"
        raise ConformanceError(msg)


def _check_text(name: str, pipeline: Pipeline, without: Pipeline, text: str) -> None:
    _same_again(pipeline, name, text, _found(pipeline, name, text))
    # the plugin's own hooks, given the document the pipeline would give them, must leave it be
    doc = without.extract({"text": text}, published=_PUBLISHED)
    for hook in HOOK_NAMES:
        for impl in _impls(pipeline, hook, _label(name)):
            if hook == "read_article":
                continue  # (given a text, not a document)
            before = _snapshot(doc)
            try:
                impl.function(**dict.fromkeys(impl.argnames, doc))
            except Exception as err:
                msg = f"plugin {name!r} fails in {hook} on {text[:200]!r}: {type(err).__name__}: {err}"
                raise ConformanceError(msg) from err
            if _snapshot(doc) != before:
                msg = f"plugin {name!r} changed the document it was given in {hook}, on {text[:200]!r}"
                raise ConformanceError(msg)


def _snapshot(doc: Document) -> bytes:
    return pickle.dumps(doc.to_dict())
