"""Shared fixtures: the repo's seed folder and a way to install a plugin through a real entry point."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def seeds() -> list[Path]:
    """The four seed articles of the repository, sorted by name."""
    return sorted(SEEDS.glob("*.txt"))


InstallPlugin = Callable[..., str]


@pytest.fixture
def install_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> InstallPlugin:
    """Install a one-module distribution whose ``tradecorpus`` entry point names it.

    The distribution is real as far as ``importlib.metadata`` is concerned: a ``.dist-info``
    folder with METADATA and entry_points.txt on ``sys.path``, found the way pip-installed ones
    are. Returns the module name.
    """

    def install(entry_name: str, source: str, *, dist: str = "tc-fake-plugin", version: str = "1.2.3") -> str:
        module = f"tc_fake_{entry_name.replace('-', '_')}"
        (tmp_path / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        info = tmp_path / f"{dist.replace('-', '_')}-{version}.dist-info"
        info.mkdir(exist_ok=True)
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8"
        )
        with (info / "entry_points.txt").open("a", encoding="utf-8") as fh:
            fh.write(f"[tradecorpus]\n{entry_name} = {module}\n")
        monkeypatch.syspath_prepend(str(tmp_path))
        return module

    return install
