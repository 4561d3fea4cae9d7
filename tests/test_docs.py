"""Every Python example in docs/ runs as written, from the repository root.

A page's blocks run in order. A block whose first line is ``# name.py`` is the source of a module
the page's later blocks import: it is written to a folder on ``sys.path`` instead of being run.
A block whose first line is ``# needs: <module>`` (an optional extra's example) runs only where
that module is installed. A block of any language whose first line is ``# <path> (excerpt)``
quotes a file of the repository: its other lines must appear in that file, in one piece, so the
quote stays true. A block whose first line is ``# <folder>/<path>`` is a file of a plugin that a
guide builds from an empty folder: the files are written out and the plugin's own tests run.
The example plugins' sources (``plugins/*/src``) are importable, installed or not.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import runpy
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").glob("*.md"))
MODULE_FILE = re.compile(r"# (\w+\.py)\n")
EXCERPT = re.compile(r"```\w*\n# (\S+) \(excerpt\)\n(.*?)^```", re.M | re.S)
PLUGIN_SOURCES = sorted(ROOT.glob("plugins/*/src"))
#: ``# needs: spacy`` first: the block runs only where that module can be imported.
NEEDS = re.compile(r"# needs: (\w+)\n")


def _blocks(page: Path) -> list[str]:
    """The page's Python blocks to run: every ``python`` block but the excerpts."""
    blocks = re.findall(r"^```python\n(.*?)^```", page.read_text(encoding="utf-8"), re.M | re.S)
    # excerpts of the repository's files and files of a guide's own folder are not run as they are
    return [b for b in blocks if not re.match(r"# \S+/\S+( \(excerpt\))?\n", b)]


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
            needs = NEEDS.match(code)
            if needs and importlib.util.find_spec(needs.group(1)) is None:
                continue  # an optional extra's example, where the extra is not installed
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


def test_the_guide_plugin_works_from_an_empty_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The five-minute plugin of docs/write-a-plugin.md, written out as the guide shows: its own
    tests pass. (CI also installs the folder with pip and runs them with pytest.)"""
    write_files = runpy.run_path(str(ROOT / ".ci" / "guide-plugin.py"))["write_files"]
    files = write_files(tmp_path)
    assert {f.relative_to(tmp_path).as_posix() for f in files} == {
        "tradecorpus-quotas/pyproject.toml",
        "tradecorpus-quotas/src/tradecorpus_quotas/__init__.py",
        "tradecorpus-quotas/tests/test_quotas.py",
    }
    monkeypatch.syspath_prepend(str(tmp_path / "tradecorpus-quotas" / "src"))
    monkeypatch.syspath_prepend(str(tmp_path / "tradecorpus-quotas" / "tests"))
    try:
        tests = importlib.import_module("test_quotas")
        names = [name for name in dir(tests) if name.startswith("test_")]
        assert names == ["test_finds_quotas_and_their_goods", "test_the_plugin_conforms"]
        for name in names:
            getattr(tests, name)()
    finally:
        for name in ("test_quotas", "tradecorpus_quotas"):
            sys.modules.pop(name, None)
