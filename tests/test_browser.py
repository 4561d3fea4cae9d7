"""The HTML view in a real browser: headless Chromium parses the page, the highlights are there
with their values, and a screenshot is taken. Skipped when no Chromium is installed (``.ci/run``
installs Debian's ``chromium``)."""

from __future__ import annotations

import html.parser
import shutil
import subprocess
from pathlib import Path

import pytest

import tradecorpus
from tradecorpus import render_html
from tradecorpus.testing.styles import strip_punctuation

ROOT = Path(__file__).resolve().parent.parent
_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM = next((found for name in _NAMES if (found := shutil.which(name))), None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium installed (Debian: apt install chromium)"
)

#: Headless, with nothing fetched from the network (this machine's network is closed to it).
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
)  # fmt: skip


def _chromium(page: Path, profile: Path, *extra: str) -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


class _Marks(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[tuple[str | None, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            a = dict(attrs)
            self.marks.append((a.get("class"), a.get("title")))


@pytest.mark.parametrize("style", ["clean", "stripped"])
def test_chromium_shows_every_finding(tmp_path: Path, style: str) -> None:
    text = (ROOT / "seeds" / "002_94ab136c4d34d466.txt").read_text(encoding="utf-8")
    if style == "stripped":
        text = strip_punctuation(text).text
    doc = tradecorpus.Pipeline(entry_points=False).extract({"text": text, "published": "2019-11-13"})
    page = tmp_path / f"seed-{style}.html"
    page.write_text(render_html(doc, names=[f"seed 002 ({style})"]), encoding="utf-8")

    dom = _chromium(page, tmp_path / "profile", "--dump-dom")
    parser = _Marks()
    parser.feed(dom)
    titles = {cls: [t for c, t in parser.marks if c == cls] for cls in ("money", "date", "official", "quote")}
    assert sorted(titles["money"]) == sorted(
        f"{m.amount:f} USD" + (f" ({m.qualifier})" if m.qualifier else "") if m.amount is not None
        else f"{m.low:f}–{m.high:f} USD"
        for m in doc.money
    )  # fmt: skip
    dates = [f"{d.value} {d.type}" + (f" {d.mod}" if d.mod else "") for d in doc.dates]
    assert sorted(titles["date"]) == sorted(dates)
    assert len(titles["official"]) == sum(len(o.mentions) for o in doc.officials)
    assert "Liu He · Vice Premier · CN" in titles["official"]
    assert len(titles["quote"]) >= len(doc.quotes)  # (a quote crossing another is drawn in pieces)
    assert all(t.startswith(("direct quote", "reported speech")) for t in titles["quote"])
    assert doc.money

    shot = tmp_path / f"seed-{style}.png"
    _chromium(page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1100,1400")
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 20_000  # a page of highlighted text, not a blank one
