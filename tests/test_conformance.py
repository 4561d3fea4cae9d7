"""The plugin conformance kit: the built-ins pass it, and each kind of broken plugin fails it with a
message that says what is wrong."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pytest

import tradecorpus
from tradecorpus.extractors import commitments, dates, deadlines, entities, money, officials, quotes
from tradecorpus.model import Document, Money
from tradecorpus.testing import ConformanceError, check_plugin

BUILT_INS = [entities, officials, money, dates, quotes, deadlines, commitments]


@pytest.mark.parametrize("plugin", BUILT_INS, ids=lambda m: m.__name__.rpartition(".")[2])
def test_the_built_in_extractors_conform(plugin: object) -> None:
    check_plugin(plugin, max_examples=25)


class Dollars:
    """A small plugin that conforms: each ``$`` sign, as an amount of no value."""

    @tradecorpus.hookimpl
    def extract_money(self, doc: Document) -> list[Money]:
        return [
            Money.of(doc.text, i, i + 1, amount=None, currency="USD")
            for i, ch in enumerate(doc.text)
            if ch == "$"
        ]


def test_a_plugin_that_keeps_the_contract_passes() -> None:
    check_plugin(Dollars(), max_examples=25)


class BadSpan:
    @tradecorpus.hookimpl
    def extract_money(self, doc: Document) -> list[Money]:
        if not doc.text:
            return []
        return [Money(start=0, end=1, text="¤", amount=None, currency="USD")]  # (whatever the text says)


_counter = itertools.count()


class Restless:
    @tradecorpus.hookimpl
    def extract_money(self, doc: Document) -> list[Money]:
        if len(doc.text) < 2 or next(_counter) % 2:
            return []
        return [Money.of(doc.text, 0, 1, amount=None)]


class Fragile:
    @tradecorpus.hookimpl
    def extract_money(self, doc: Document) -> Sequence[Money]:
        if "“" in doc.text or '"' in doc.text:
            raise ValueError("unbalanced quotes")
        return []


class Misspelt:
    @tradecorpus.hookimpl
    def extract_tarifs(self, doc: Document) -> list[object]:
        return []


class Silent:
    def extract_money(self, doc: Document) -> list[Money]:  # (not marked as a hook)
        return []


class Unpicklable:
    def __init__(self) -> None:
        self.amount = lambda text: None  # a lambda does not pickle

    @tradecorpus.hookimpl
    def extract_money(self, doc: Document) -> list[Money]:
        return []


class Meddler:
    @tradecorpus.hookimpl
    def extract_money(self, doc: Document) -> list[Money]:
        object.__setattr__(doc, "published", None)  # a frozen document, changed all the same
        return []


@pytest.mark.parametrize(
    ("plugin", "message"),
    [
        (
            BadSpan(),
            r"plugin 'badspan' fails on .*returned a span at \[0\] 0:1 that says '¤', but the text has",
        ),
        (Restless(), r"plugin 'restless' is not deterministic: two runs on .* found different things"),
        (Fragile(), r"plugin 'fragile' fails on .*ValueError: unbalanced quotes"),
        (
            Misspelt(),
            r"plugin 'misspelt' does not register: .*'extract_tarifs', which is not a tradecorpus hook",
        ),
        (Silent(), r"plugin 'silent' answers no tradecorpus hook"),
        (Unpicklable(), r"plugin 'unpicklable' does not survive pickling"),
        (Meddler(), r"plugin 'meddler' changed the document it was given in extract_money"),
    ],
    ids=lambda p: type(p).__name__ if not isinstance(p, str) else "",
)
def test_a_broken_plugin_fails_with_a_message_that_says_what_is_wrong(plugin: object, message: str) -> None:
    with pytest.raises(ConformanceError, match=message):
        check_plugin(plugin, max_examples=60)
