"""The hook specifications: every hook documented like pytest's, and every hook really called."""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

import pytest

from tradecorpus import Article, Document, Pipeline, hookimpl, hookspecs
from tradecorpus.pipeline import STAGES
from tradecorpus.plugins import HOOK_NAMES

SPECS = [name for name, fn in vars(hookspecs).items() if callable(fn) and hasattr(fn, "tradecorpus_spec")]


def test_hook_names_match_the_specifications() -> None:
    assert sorted(SPECS) == sorted(HOOK_NAMES)
    staged = ["read_article"] + [f"extract_{kind}" for stage in STAGES for kind in stage] + ["extract_extras"]
    assert staged == list(HOOK_NAMES)


@pytest.mark.parametrize("name", HOOK_NAMES)
def test_every_hook_is_documented(name: str) -> None:
    doc = inspect.getdoc(getattr(hookspecs, name)) or ""
    summary, _, rest = doc.partition("\n\n")
    assert summary.endswith((")", ".")), summary
    assert "\nArgs:\n" in f"\n{rest}"
    assert "Returns:" in rest
    assert "doc.errors" in rest or "isolated" in rest  # says what a failure does
    for param in inspect.signature(getattr(hookspecs, name)).parameters:
        assert f"{param}:" in rest, f"{name} does not document {param!r}"


class EveryHook:
    """Implements every hook and records the calls."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    @hookimpl(tryfirst=True)
    def read_article(self, text: str, id: str | None, published: dt.date | None) -> Article | None:
        self.calls.append("read_article")
        return None

    def _record(self, name: str) -> list[Any]:
        self.calls.append(name)
        return []

    @hookimpl
    def extract_entities(self, doc: Document) -> list[Any]:
        return self._record("extract_entities")

    @hookimpl
    def extract_officials(self, doc: Document) -> list[Any]:
        return self._record("extract_officials")

    @hookimpl
    def extract_money(self, doc: Document) -> list[Any]:
        return self._record("extract_money")

    @hookimpl
    def extract_dates(self, doc: Document) -> list[Any]:
        return self._record("extract_dates")

    @hookimpl
    def extract_quotes(self, doc: Document) -> list[Any]:
        return self._record("extract_quotes")

    @hookimpl
    def extract_deadlines(self, doc: Document) -> list[Any]:
        return self._record("extract_deadlines")

    @hookimpl
    def extract_commitments(self, doc: Document) -> list[Any]:
        return self._record("extract_commitments")

    @hookimpl
    def extract_extras(self, doc: Document) -> list[Any]:
        return self._record("extract_extras")


def test_every_hook_is_called_once_in_stage_order() -> None:
    plugin = EveryHook()
    doc = Pipeline(plugins={"every": plugin}, entry_points=False).extract("Some text.")
    assert plugin.calls == list(HOOK_NAMES)
    assert doc.errors == ()
    assert doc.extras == {"every": ()}
