"""The HTML view: values on hover, linked quotes and speakers, escaping, nesting, size."""

from __future__ import annotations

import html.parser
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import tradecorpus
from tradecorpus import Document, Money, Quote, Span, render_html
from tradecorpus.cli import main
from tradecorpus.testing.strategies import documents

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "002_94ab136c4d34d466.txt"
PIPELINE = tradecorpus.Pipeline(entry_points=False)
_VOID = frozenset({"meta", "br", "img", "link", "hr", "input", "wbr"})


class Page(html.parser.HTMLParser):
    """The marks of a rendered page (class, title, id, text), its ids and links, and the text of
    each article's ``.text`` block without the badges; fails on a badly nested ``mark``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, Any]]] = []
        self.marks: list[dict[str, Any]] = []
        self.open_marks: list[dict[str, Any]] = []
        self.ids: dict[str, dict[str, Any]] = {}
        self.links: list[str] = []
        self.texts: list[str] = []
        self.scripts = 0
        self._in_text = 0
        self._in_sup = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag not in _VOID:
            self.stack.append((tag, a))
        if tag == "script":
            self.scripts += 1
        if tag == "div" and a.get("class") == "text":
            self._in_text = len(self.stack)
            self.texts.append("")
        if tag == "sup":
            self._in_sup += 1
        if tag == "a" and a.get("href", "").startswith("#"):
            self.links.append(a["href"][1:])
        if tag == "mark":
            mark = {"class": a.get("class"), "title": a.get("title"), "id": a.get("id"), "text": ""}
            self.marks.append(mark)
            self.open_marks.append(mark)
        if a.get("id"):
            self.ids[a["id"]] = {"tag": tag, **a}

    def handle_endtag(self, tag: str) -> None:
        if self._in_text == len(self.stack) and tag == "div":
            self._in_text = 0
        opened, _ = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"
        if tag == "mark":
            self.open_marks.pop()
        if tag == "sup":
            self._in_sup -= 1

    def handle_data(self, data: str) -> None:
        if self._in_sup:
            return
        for mark in self.open_marks:
            mark["text"] += data
        if self._in_text:
            self.texts[-1] += data


def _parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert not [t for t, _ in parser.stack if t in ("mark", "sup", "a", "div")]
    return parser


def test_every_finding_is_highlighted_with_its_value() -> None:
    doc = PIPELINE.extract(str(SEED))
    page = _parse(render_html(doc))
    assert page.texts == [doc.text]
    by_class: dict[str, list[dict[str, Any]]] = {}
    for mark in page.marks:
        by_class.setdefault(mark["class"], []).append(mark)
    assert [(m["text"], m["title"]) for m in by_class["money"]] == [
        ("up to $50 billion", "50000000000 USD (up to)"),
        ("$40 billion to $50 billion", "40000000000–50000000000 USD"),
    ]
    dates = {(m["text"], m["title"]) for m in by_class["date"]}
    assert ("last month", "2019-10 DATE") in dates
    assert ("last week", "2019-W45 DATE") in dates
    assert ("annually", "P1Y SET") in dates
    assert len(by_class["date"]) == len(doc.dates)
    assert ("Liu He", "Liu He · Vice Premier · CN") in {(m["text"], m["title"]) for m in by_class["official"]}
    assert sum(len(o.mentions) for o in doc.officials) == len(by_class["official"])
    first_quote = by_class["quote"][0]
    assert first_quote["text"].startswith("China has agreed to buy up to $50 billion")
    assert first_quote["title"] == "reported speech · speaker: Donald Trump (said)"


def test_a_quote_links_to_its_speakers_mention() -> None:
    doc = PIPELINE.extract(str(SEED))
    page = _parse(render_html(doc))
    quote = doc.quotes[0]
    assert quote.speaker_mention is not None
    targets = [page.ids[link] for link in page.links if link in page.ids and page.ids[link]["tag"] == "mark"]
    mentions = {m["id"]: m["text"] for m in page.marks if m["id"]}
    assert any(mentions[t["id"]] == quote.speaker_mention.text for t in targets)
    # every link on the page goes somewhere
    assert all(link in page.ids for link in page.links)


def test_deadlines_and_commitments_are_listed_with_links() -> None:
    doc = PIPELINE.extract(str(SEED))
    page = render_html(doc)
    assert "<h3>Deadlines</h3>" in page
    assert "<h3>Commitments</h3>" in page
    deadline = 'href="#d0-date-5">Dec. 15</a> — effective 2019-12-15: impose new tariffs on consumer goods'
    assert deadline in page
    assert 'China agreed purchase: <a href="#d0-money-0">up to $50 billion</a>' in page


def test_article_text_is_escaped() -> None:
    text = 'He wrote <script>alert("x")</script> & said “<b>$5 billion</b>” was fine.'
    page_text = render_html(tradecorpus.extract(text))
    assert "<script" not in page_text
    page = _parse(page_text)
    assert page.scripts == 0
    assert page.texts == [text]


def test_overlapping_findings_nest_and_keep_the_text() -> None:
    text = "“We will buy $50 billion,” he said, and more."
    money = Money.of(text, 13, 24, amount=Decimal(50_000_000_000), currency="USD")
    quote = Quote.of(text, 1, 25, speaker="he", speaker_mention=Span.of(text, 27, 29), cue="said")
    crossing = Span.of(text, 8, 34)  # a plugin's span that crosses the quote's end
    doc = Document(text=text, money=(money,), quotes=(quote,), extras={"odd": (crossing,)})
    page = _parse(render_html(doc))
    assert page.texts == [text]
    assert {m["class"] for m in page.marks} == {"money", "quote", "speaker", "extra"}
    extra = "".join(m["text"] for m in page.marks if m["class"] == "extra")
    assert extra == text[8:34]  # closed and reopened around the quote's end: the pieces make it whole


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_document_renders_to_well_formed_html_with_its_text(doc: Document) -> None:
    page = _parse(render_html(doc))
    assert page.texts == [doc.text]


def test_several_documents_make_one_page_with_contents(tmp_path: Path) -> None:
    out = tmp_path / "seeds.html"
    assert main(["extract", "--format", "html", "--output", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("<article") == 4
    assert "<nav><h2>Contents</h2>" in page
    assert all(f'<li><a href="#d{i}-doc">seeds/' in page for i in range(4))
    assert "<script" not in page
    assert "http://" not in page
    assert "https://" not in page


def test_a_megabyte_of_text_renders() -> None:
    text = SEED.read_text(encoding="utf-8")
    big = (text + "\n\n") * (1_000_000 // (len(text) + 2) + 1)
    doc = PIPELINE.extract({"text": big, "published": "2019-11-13"})
    page = _parse(render_html(doc))
    assert page.texts == [big]
    assert len(page.marks) >= len(doc.money) + len(doc.dates) + len(doc.quotes)


def test_names_must_match_the_documents() -> None:
    with pytest.raises(ValueError, match="names has 1 entries for 2 documents"):
        render_html([Document(text="a"), Document(text="b")], names=["only one"])
