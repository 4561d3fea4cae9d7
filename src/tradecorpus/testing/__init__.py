"""Helpers for testing tradecorpus plugins and parsers (needs the ``testing`` extra: Hypothesis).

``tradecorpus.testing.strategies`` holds Hypothesis strategies for articles and model objects;
:func:`check_plugin` (``tradecorpus.testing.conformance``) checks a plugin against the plugin contract.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as err:  # pragma: no cover - depends on the environment
    msg = "tradecorpus.testing needs Hypothesis: pip install 'tradecorpus[testing]'"
    raise ImportError(msg) from err

from tradecorpus.testing.conformance import ConformanceError, article_texts, check_plugin

__all__ = ["ConformanceError", "article_texts", "check_plugin"]
