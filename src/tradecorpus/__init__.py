"""tradecorpus: typed, queryable data from English news about trade negotiations.

>>> import tradecorpus
>>> doc = tradecorpus.extract("Trade talks resumed.", published="2019-11-13")
>>> doc.published.isoformat()
'2019-11-13'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from tradecorpus.errors import FormatError, PluginError, ReadError, TradecorpusError
from tradecorpus.hookspecs import hookimpl
from tradecorpus.html import render_html
from tradecorpus.model import (
    Article,
    Byline,
    Commitment,
    DateMention,
    Deadline,
    Document,
    Entity,
    Extras,
    Money,
    Official,
    PluginFailure,
    Quote,
    Span,
)
from tradecorpus.pipeline import Pipeline, ResultError, extract, extract_many
from tradecorpus.plugins import make_plugin_manager
from tradecorpus.reader import read

try:
    __version__ = version("tradecorpus")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "Byline",
    "Commitment",
    "DateMention",
    "Deadline",
    "Document",
    "Entity",
    "Extras",
    "FormatError",
    "Money",
    "Official",
    "Pipeline",
    "PluginError",
    "PluginFailure",
    "Quote",
    "ReadError",
    "ResultError",
    "Span",
    "TradecorpusError",
    "__version__",
    "extract",
    "extract_many",
    "hookimpl",
    "make_plugin_manager",
    "read",
    "render_html",
]
