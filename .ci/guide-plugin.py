"""Write the files of the plugin that docs/write-a-plugin.md builds in five minutes.

Usage: ``python .ci/guide-plugin.py DIR``. Every fenced block of the guide whose first line is
``# tradecorpus-quotas/<path>`` becomes ``DIR/tradecorpus-quotas/<path>``, so CI (and the docs
tests) can follow the guide as a new user would: install the folder and run its tests.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "write-a-plugin.md"
BLOCK = re.compile(r"^```\w*\n# (tradecorpus-quotas/\S+)\n(.*?)^```", re.M | re.S)


def write_files(target: Path) -> list[Path]:
    """Write the guide's files under ``target``; return their paths."""
    written = []
    for path, body in BLOCK.findall(GUIDE.read_text(encoding="utf-8")):
        out = target / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(body, encoding="utf-8")
        written.append(out)
    if not written:
        raise SystemExit(f"no tradecorpus-quotas files in {GUIDE}")
    return written


if __name__ == "__main__":
    for written in write_files(Path(sys.argv[1])):
        print(written)
