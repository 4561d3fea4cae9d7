"""Remake the screenshots of the HTML view that docs/view.md shows (needs Chromium).

Usage: ``python .ci/screenshots.py``. Renders the clean wire-copy seed 002 and the
punctuation-stripped seed 000 with the built-in extractors, and saves a screenshot of each page
to ``docs/img/``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import tradecorpus

ROOT = Path(__file__).resolve().parent.parent
SHOTS = {
    "view-clean.png": ROOT / "seeds" / "002_94ab136c4d34d466.txt",
    "view-stripped.png": ROOT / "seeds" / "000_109000abd8b321fc.txt",
}
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
]  # fmt: skip


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        print("no Chromium found (Debian: apt install chromium)", file=sys.stderr)
        return 1
    pipeline = tradecorpus.Pipeline(entry_points=False)
    with tempfile.TemporaryDirectory() as tmp:
        for name, seed in SHOTS.items():
            page = Path(tmp) / f"{seed.stem}.html"
            doc = pipeline.extract(str(seed))
            page.write_text(tradecorpus.render_html(doc, names=[f"seeds/{seed.name}"]), encoding="utf-8")
            target = ROOT / "docs" / "img" / name
            target.parent.mkdir(exist_ok=True)
            subprocess.run(
                [chromium, *FLAGS, f"--user-data-dir={tmp}/profile", f"--screenshot={target}",
                 "--window-size=1000,1300", page.as_uri()],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
            print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
