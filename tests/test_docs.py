"""Every Python example in docs/ runs as written, from the repository root.

A page's blocks run in order. A block whose first line is ``# name.py`` is the source of a module
the page's later blocks import: it is written to a folder on ``sys.path`` instead of being run.
A block of any language whose first line is ``# <path> (excerpt)`` quotes a file of the
repository: its other lines must appear in that file, in one piece, so the quote stays true. The
example plugins' sources (``plugins/*/src``) are importable, installed or not.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").glob("*.md"))
MODULE_FILE = re.compile(r"# (\w+\.py)\n")
EXCERPT = re.compile(r"```\w*\n# (\S+) \(excerpt\)\n(.*?)^```", re.M | re.S)
PLUGIN_SOURCES = sorted(ROOT.glob("plugins/*/src"))


def _blocks(page: Path) -> list[str]:
    """The page's Python blocks to run: every ``python`` block but the excerpts."""
    blocks = re.findall(r"^```python\n(.*?)^```", page.read_text(encoding="utf-8"), re.M | re.S)
    return [b for b in blocks if not re.match(r"# \S+ \(excerpt\)\n", b)]


def _excerpts() -> list[tuple[str, str, str]]:
    return [
        (page.stem, path, body)
        for page in PAGES
        for path, body in EXCERPT.findall(page.read_text(encoding="utf-8"))
    ]


def test_docs_have_examples() -> None:
    assert {p.stem for p in PAGES} >= {"index", "model", "plugins", "cli", "reader"}
    assert sum(len(_blocks(p)) for p in PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_python_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    for source in PLUGIN_SOURCES:
        monkeypatch.syspath_prepend(str(source))
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


@pytest.mark.parametrize(("page", "path", "body"), _excerpts(), ids=lambda value: str(value)[:40])
def test_excerpts_quote_the_files(page: str, path: str, body: str) -> None:
    source = ROOT / path
    assert source.is_file(), f"{page}.md quotes {path}, which does not exist"
    assert body in source.read_text(encoding="utf-8"), f"{page}.md quotes {path}, which no longer reads so"
