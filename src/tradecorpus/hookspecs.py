"""Hook specifications: the contract between tradecorpus and its extractor plugins.

A plugin is a module or object with functions marked ``@tradecorpus.hookimpl`` whose names are the
hooks below. It may take any subset of a hook's arguments. The built-in extractors are plugins of
exactly this kind; third-party ones are found through the ``tradecorpus`` entry-point group.

The pipeline runs the hooks in data-flow order, one stage after another:

1. **read** -- :func:`read_article` turns raw text into an :class:`~tradecorpus.model.Article`;
2. **first stage** -- :func:`extract_entities`, :func:`extract_officials`, :func:`extract_money`,
   :func:`extract_dates`, all seeing the article with no findings yet;
3. **second stage** -- :func:`extract_quotes`, :func:`extract_deadlines`,
   :func:`extract_commitments`, seeing everything the first stage found;
4. **extras** -- :func:`extract_extras`, seeing all built-in kinds, for kinds a plugin adds.

Within a stage plugins are called one at a time, in the order of their names, and each sees the
same document: no plugin sees another's results of the same stage.

**Merging.** The results of all plugins for one hook are merged into one tuple. Where two mentions of
the same kind overlap (share at least one character), the longer one is kept; between equally long
ones, the one from the plugin whose name sorts first; within one plugin, the one it returned first.
The same rule settles overlapping *mentions* of officials and of entities, after results with the
same canonical ``name`` have been combined into one (mentions joined, ``title``/``country``/``kind``
taken from the first plugin by name that gives one). Merged mentions are sorted by position;
officials and entities by their first mention. Quotes are settled separately for direct quotes and
reported speech, so a partial quote inside a reported clause stands beside it; so does a clause
reported well inside another (at most two thirds of its length). The outcome depends
only on the plugins' names and results, never on the order in which they were registered.

**Failures.** A plugin that raises, or returns something that is not a sequence of the hook's type
with spans that match ``doc.text``, does not take the document down: a
:class:`~tradecorpus.model.PluginFailure` naming the plugin, the hook, the error type and message is
added to ``doc.errors``, that plugin's result for that hook is dropped, and every other result
stands. With ``strict=True`` the pipeline raises :class:`~tradecorpus.PluginError` instead, with the
original exception as its ``__cause__``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pluggy

from tradecorpus.model import (
    Article,
    Commitment,
    DateMention,
    Deadline,
    Document,
    Entity,
    Money,
    Official,
    Quote,
)

__all__ = [
    "PROJECT",
    "extract_commitments",
    "extract_dates",
    "extract_entities",
    "extract_extras",
    "extract_money",
    "extract_officials",
    "extract_quotes",
    "hookimpl",
    "hookspec",
    "read_article",
]

#: The pluggy project name, and the entry-point group third-party plugins register under.
PROJECT = "tradecorpus"

hookspec = pluggy.HookspecMarker(PROJECT)
#: Marks a function as the implementation of the tradecorpus hook of the same name.
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec(firstresult=True)
def read_article(text: str, id: str | None, published: dt.date | None) -> Article | None:
    """Read raw article text: title, publication date, byline, paragraphs, sentences (the read stage).

    Runs before every other hook, once per document given as text or a file. Third-party readers
    are asked first, in the order of their names; the built-in ``reader`` plugin answers last.

    Args:
        text: The article's decoded text, exactly as it will appear in ``doc.text``.
        id: An identifier for the article (its path, or the ``id`` the caller gave), or None.
        published: The publication date the caller gave, or None; a reader may find one in the
            text when this is None, and must keep it when it is given.
    Returns:
        An :class:`~tradecorpus.model.Article` whose ``text`` is ``text`` unchanged, or None to let
        the next reader try. The first Article returned is used. A raise is recorded in
        ``doc.errors`` and the next reader is asked.
    """


@hookspec
def extract_entities(doc: Document) -> Sequence[Entity] | None:
    """Find the countries and organisations in ``doc.text`` (first stage: no findings yet).

    Args:
        doc: The document as read: text, publication date, title, byline, paragraphs, sentences.
    Returns:
        One :class:`~tradecorpus.model.Entity` per country or organisation, with its mentions, or
        None. Entities of all plugins are combined by ``name`` and their mentions merged as the
        module docs describe. A raise is recorded in ``doc.errors``; the other results stand.
    """


@hookspec
def extract_officials(doc: Document) -> Sequence[Official] | None:
    """Find the office-holders named in ``doc.text`` (first stage: no findings yet).

    Args:
        doc: The document as read: text, publication date, title, byline, paragraphs, sentences.
    Returns:
        One :class:`~tradecorpus.model.Official` per person, with every mention, or None. Officials
        of all plugins are combined by ``name`` and their mentions merged as the module docs
        describe. A raise is recorded in ``doc.errors``; the other results stand.
    """


@hookspec
def extract_money(doc: Document) -> Sequence[Money] | None:
    """Find the amounts of money in ``doc.text`` (first stage: ``doc.money`` is still empty).

    Args:
        doc: The document as read: text, publication date, title, byline, paragraphs, sentences.
    Returns:
        The :class:`~tradecorpus.model.Money` mentions found, or None; offsets index ``doc.text``.
        Results of all plugins are merged, overlaps resolved as the module docs describe. A raise
        is recorded in ``doc.errors`` under the plugin's name; the other results stand.
    """


@hookspec
def extract_dates(doc: Document) -> Sequence[DateMention] | None:
    """Find the temporal expressions in ``doc.text`` (first stage: ``doc.dates`` is still empty).

    Args:
        doc: The document as read; ``doc.published`` anchors relative expressions.
    Returns:
        The :class:`~tradecorpus.model.DateMention` mentions found, with TIMEX3 type and value, or
        None. Merged and isolated as for :func:`extract_money`.
    """


@hookspec
def extract_quotes(doc: Document) -> Sequence[Quote] | None:
    """Find direct quotes and reported speech with their speakers (second stage).

    Args:
        doc: The document with the first stage's findings: ``doc.officials`` and ``doc.entities``
            name the possible speakers.
    Returns:
        The :class:`~tradecorpus.model.Quote` mentions found (spans exclude quotation marks), or
        None. Merged and isolated as for :func:`extract_money`.
    """


@hookspec
def extract_deadlines(doc: Document) -> Sequence[Deadline] | None:
    """Mark the dates that are deadlines, scheduled events or effective dates (second stage).

    Args:
        doc: The document with the first stage's findings; ``doc.dates`` holds the candidates.
    Returns:
        :class:`~tradecorpus.model.Deadline` records, each around a
        :class:`~tradecorpus.model.DateMention` of the text, or None. Overlaps are judged on the
        date's span; otherwise merged and isolated as for :func:`extract_money`.
    """


@hookspec
def extract_commitments(doc: Document) -> Sequence[Commitment] | None:
    """Tie amounts of money to the party that promised, agreed, claimed or demanded them (second stage).

    Args:
        doc: The document with the first stage's findings; ``doc.money`` holds the amounts and
            ``doc.entities`` the possible parties.
    Returns:
        :class:`~tradecorpus.model.Commitment` records, or None. Overlaps are judged on the
        commitment's money span; otherwise merged and isolated as for :func:`extract_money`.
    """


@hookspec
def extract_extras(doc: Document) -> Sequence[Any] | None:
    """Find a kind of the plugin's own, such as tariff measures (last stage).

    Args:
        doc: The document with every built-in kind filled in.
    Returns:
        The plugin's results, or None. They appear as ``doc.extras[<plugin name>]`` (a tuple, in
        the order returned, never merged with another plugin's) and in ``to_dict()``. Items should
        be attrs instances or JSON-ready values; items that are Spans, or hold Spans in attrs fields,
        must match ``doc.text``. A raise is recorded in ``doc.errors``; the other results stand.
    """
