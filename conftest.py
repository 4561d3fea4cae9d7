"""The doctests of modules that need an optional extra are collected only where it is installed."""

from __future__ import annotations

import importlib.util

#: module file -> the package of the extra it needs
_OPTIONAL = {
    "src/tradecorpus/spacy_component.py": "spacy",
    "src/tradecorpus/parquet.py": "pyarrow",
    "src/tradecorpus/dask.py": "dask",
}

collect_ignore = [path for path, needs in _OPTIONAL.items() if importlib.util.find_spec(needs) is None]
