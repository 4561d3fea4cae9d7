"""The README's promises: its two commands, and its Python examples run as written."""

from __future__ import annotations

import re
import subprocess
import sys
import types
from pathlib import Path

import tradecorpus

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(\w*)\n(.*?)^```", README, flags=re.M | re.S)


def test_first_code_block_holds_the_install_and_test_commands() -> None:
    lang, body = BLOCKS[0]
    install, test = body.strip().splitlines()
    assert lang == ""
    assert install == 'pip install -e ".[dev]" && tradecorpus extract'
    assert test == "python -m pytest"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"\n{test}\n" in ci  # CI runs exactly the README's test command
    assert 'pip install --quiet --disable-pip-version-check -e ".[dev]"' in ci


def test_python_example_runs_from_the_repository_root() -> None:
    example = next(body for lang, body in BLOCKS if lang == "python")
    done = subprocess.run(
        [sys.executable, "-c", example], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "2019-11-13 1 ()"
    assert lines[1] == "2019-11-13 ('Chao Deng', 'Lingling Wei', 'William Mauldin')"
    assert lines[2].startswith("seeds/001_7feccc1d5c9d4873.txt President Donald Trump ")


def test_plugin_example_adds_its_own_kind() -> None:
    source = [body for lang, body in BLOCKS if lang == "python"][1]
    module = types.ModuleType("readme_percentages")
    exec(compile(source, "README.md", "exec"), module.__dict__)
    text = "Washington raised 25% tariffs and 7.5 percent levies, not 100 pcts."
    doc = tradecorpus.extract(text, plugins={"percentages": module})
    assert [s.text for s in doc.extras["percentages"]] == ["25%", "7.5 percent"]
    assert doc.to_dict()["extras"]["percentages"][0] == {"start": 18, "end": 21, "text": "25%"}
