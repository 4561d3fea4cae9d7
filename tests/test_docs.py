"""Every Python example in docs/ runs as written, from the repository root.

A page's blocks run in order. A block whose first line is ``# name.py`` is the source of a module
the page's later blocks import: it is written to a folder on ``sys.path`` instead of being run.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").glob("*.md"))
MODULE_FILE = re.compile(r"# (\w+\.py)\n")


def _blocks(page: Path) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", page.read_text(encoding="utf-8"), re.M | re.S)


def test_docs_have_examples() -> None:
    assert {p.stem for p in PAGES} >= {"index", "model", "plugins", "cli", "reader"}
    assert sum(len(_blocks(p)) for p in PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_python_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        for number, code in enumerate(_blocks(page)):
            module = MODULE_FILE.match(code)
            if module:
                (tmp_path / module.group(1)).write_text(code, encoding="utf-8")
                continue
            exec(compile(code, f"{page.name} block {number}", "exec"), {"__name__": "__main__"})
    finally:  # forget the page's own modules, so the next page writes and imports its own
        for name, loaded in list(sys.modules.items()):
            if str(getattr(loaded, "__file__", None) or "").startswith(str(tmp_path)):
                del sys.modules[name]
