"""Tests for tradecorpus.reader: decoding, sources, the seed articles, sentences, properties."""

from __future__ import annotations

import codecs
import datetime as dt
import itertools
import time
from pathlib import Path

import pluggy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradecorpus import hookspecs, reader
from tradecorpus.errors import ReadError
from tradecorpus.model import Article, Span
from tradecorpus.reader import (
    coerce_published,
    decode,
    is_stripped,
    load_text,
    looks_like_path,
    parse_article,
    read,
    split_sentences,
)

SEEDS = Path(__file__).parent.parent / "seeds"
SEED_000 = SEEDS / "000_109000abd8b321fc.txt"
SEED_001 = SEEDS / "001_7feccc1d5c9d4873.txt"
SEED_002 = SEEDS / "002_94ab136c4d34d466.txt"
SEED_003 = SEEDS / "003_f4e733550bd64f5d.txt"


def texts(spans: tuple[Span, ...] | list[Span]) -> list[str]:
    return [s.text for s in spans]


def check_spans(art: Article) -> None:
    """Every span matches the text; paragraphs and sentences are ordered, disjoint, nested."""
    t = art.text
    others = [s for s in (art.title_span, art.byline, art.trailer) if s is not None]
    for span in [*others, *art.paragraphs, *art.sentences]:
        assert 0 <= span.start <= span.end <= len(t)
        assert t[span.start : span.end] == span.text
    for spans in (art.paragraphs, art.sentences):
        for span in spans:
            assert span.text
            assert span.text == span.text.strip()
        for a, b in itertools.pairwise(spans):
            assert a.end <= b.start
    for span in others:
        assert all(span.end <= p.start or p.end <= span.start for p in art.paragraphs)
    i = 0
    for sentence in art.sentences:
        while i < len(art.paragraphs) and art.paragraphs[i].end < sentence.end:
            i += 1
        assert i < len(art.paragraphs), f"sentence {sentence} lies in no paragraph"
        assert art.paragraphs[i].start <= sentence.start


# --------------------------------------------------------------------------- seeds


@pytest.fixture(scope="module")
def seed_articles() -> dict[str, Article]:
    return {p.name[:3]: read(p) for p in (SEED_000, SEED_001, SEED_002, SEED_003)}


def test_seed_000_is_one_stripped_paragraph(seed_articles: dict[str, Article]) -> None:
    art = seed_articles["000"]
    assert art.id == str(SEED_000)
    assert art.title is None
    assert art.title_span is None
    assert art.published is None
    assert art.byline is None
    assert art.trailer is None
    assert art.stripped is True
    assert len(art.paragraphs) == 1
    assert art.paragraphs[0].text.startswith("top chinese and u s trade negotiators")
    assert art.paragraphs[0].text.endswith("contact us at editors time com")
    assert art.sentences == art.paragraphs


def test_seed_001_title_trailer_paragraphs(seed_articles: dict[str, Article]) -> None:
    art = seed_articles["001"]
    assert art.title == "President Donald Trump"
    assert art.title_span == Span(start=0, end=22, text="President Donald Trump")
    assert art.published is None
    assert art.byline is None
    assert art.stripped is False
    assert art.trailer is not None
    assert art.trailer.text == "Additional reporting by Jenny Leonard and Miao Han."
    assert art.trailer.authors == ("Jenny Leonard", "Miao Han")
    assert len(art.paragraphs) == 17
    assert art.paragraphs[0].text.startswith("President Donald Trump complained again")
    assert art.paragraphs[-1].text.startswith("Beyond agriculture and Huawei")
    sentences = texts(art.sentences)
    assert "Intel Corp. and Qualcomm Inc. to the White House on July 22" in sentences[7]
    assert (
        "“I’ve said repeatedly this is not a 10-minute process,” "
        "Commerce Secretary Wilbur Ross told Fox Business July 17."
    ) in sentences
    assert "“This is a long, involved process.”" in sentences
    assert "Still, there was a note of caution in the reports." in sentences


def test_seed_002_header_byline_paragraphs(seed_articles: dict[str, Article]) -> None:
    art = seed_articles["002"]
    assert art.title is None
    assert art.published == dt.date(2019, 11, 13)
    assert art.byline is not None
    assert art.byline.text == "By Chao Deng and Lingling Wei in Beijing and William Mauldin in Washington"
    assert art.byline.authors == ("Chao Deng", "Lingling Wei", "William Mauldin")
    assert art.byline.places == ("Beijing", "Washington")
    assert art.trailer is None
    assert art.stripped is False
    assert len(art.paragraphs) == 20
    assert art.paragraphs[0].text.startswith("Trade talks between the U.S. and China")
    sentences = texts(art.sentences)
    assert sentences[0] == (
        "Trade talks between the U.S. and China have hit a snag over farm purchases, creating another "
        "obstacle to locking down the limited trade deal President Trump outlined last month."
    )
    oct_11 = sentences.index(
        "The dispute over farm purchases is one of several issues that have delayed completion of the "
        "limited trade accord announced by Mr. Trump and Chinese Vice Premier Liu He on Oct. 11."
    )
    assert sentences[oct_11 + 1].startswith("Both sides are also at odds over when -- and by how much --")
    assert "\"We'll see what happens, but it's moving along rapidly, \" Mr. Trump said." in sentences
    assert "American importers shoulder the direct burden of tariffs." in sentences
    assert any(s.startswith("After his Oct. 11 meeting with Mr. Liu, Mr. Trump said") for s in sentences)
    assert not any(
        s.endswith(("Mr.", "Oct.", "Dec.")) or s.startswith(("Trump", "11", "15")) for s in sentences
    )
    assert len(sentences) == 28


def test_seed_003_title_and_quotes(seed_articles: dict[str, Article]) -> None:
    art = seed_articles["003"]
    assert art.title == "Trump’s trade negotiators head to China next week"
    assert art.published is None
    assert art.byline is None
    assert art.trailer is None
    assert len(art.paragraphs) == 17
    sentences = texts(art.sentences)
    assert "“Right now the intent is that we meet this March 1st deadline,” said Mnuchin." in sentences
    assert (
        "Adding, “China’s representatives and I are trying to do a complete deal, "
        "leaving NOTHING unresolved on the table.”"
    ) in sentences
    assert any("Sen. Ron Wyden, the top Democrat" in s for s in sentences)
    assert sentences[-1].endswith("— and jitters in the US.")


@pytest.mark.parametrize("name", ["000", "001", "002", "003"])
def test_seed_spans_match(seed_articles: dict[str, Article], name: str) -> None:
    check_spans(seed_articles[name])


def test_explicit_published_wins_over_header() -> None:
    assert read(SEED_002, published="2020-01-02").published == dt.date(2020, 1, 2)
    assert read(SEED_002, id="wsj").id == "wsj"


def test_read_accepts_text_and_bytes() -> None:
    art = read("Trade talks hit a snag.\nBoth sides said so.")
    assert art.id is None
    assert texts(art.paragraphs) == ["Trade talks hit a snag.", "Both sides said so."]
    assert read(SEED_001.read_bytes()).title == "President Donald Trump"


def test_hook_answers_through_pluggy() -> None:
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    pm.register(reader, name="reader")
    art = pm.hook.read_article(text=SEED_002.read_text("utf-8"), id="x", published=None)
    assert isinstance(art, Article)
    assert art.id == "x"
    assert art.published == dt.date(2019, 11, 13)
    assert reader.read_article.tradecorpus_impl["trylast"] is True  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- decoding


def test_decode_boms_and_fallback() -> None:
    assert decode(codecs.BOM_UTF8 + "goodwill”".encode()) == "goodwill”"
    assert decode(codecs.BOM_UTF16_LE + "Liu He\r\n".encode("utf-16-le")) == "Liu He\r\n"
    assert decode(codecs.BOM_UTF16_BE + "Liu He".encode("utf-16-be")) == "Liu He"
    assert decode(b"caf\xe9") == "café"
    assert decode(b"\x93quoted\x94") == "“quoted”"
    assert decode(b"") == ""
    assert decode(b"a\r\nb\tc\fd") == "a\r\nb\tc\fd"


def test_decode_binary() -> None:
    with pytest.raises(
        ReadError, match=r"^seeds/x\.bin: looks binary \(NUL byte at offset 17\), not article text$"
    ) as info:
        decode(b"x" * 17 + b"\x00rest", path="seeds/x.bin")
    assert info.value.path == "seeds/x.bin"
    assert info.value.offset == 17
    with pytest.raises(ReadError, match=r"^<bytes>: looks binary \(control byte 0x1b at offset 2\)") as info:
        decode(b"ab\x1bc")
    assert info.value.path is None
    assert info.value.offset == 2


def test_decode_invalid() -> None:
    data = b"a" * 1042 + b"\xff\x81"
    with pytest.raises(ReadError, match=r"^seeds/x\.txt: not valid UTF-8 at byte 1042 \(0xff\)$") as info:
        decode(data, path="seeds/x.txt")
    assert info.value.offset == 1042
    assert info.value.path == "seeds/x.txt"
    with pytest.raises(ReadError, match=r"^<bytes>: not valid UTF-8 at byte 0"):
        decode(b"\x81")


def test_decode_encoding_override() -> None:
    assert decode("café".encode(), encoding="latin-1") == "cafÃ©"
    assert decode(codecs.BOM_UTF8 + b"x", encoding="utf-8") == "x"
    with pytest.raises(ReadError, match=r"^f\.txt: not valid ascii at byte 3 \(0xc3\)$") as info:
        decode("café".encode(), path="f.txt", encoding="ascii")
    assert info.value.offset == 3
    with pytest.raises(ReadError, match="unknown text encoding 'klingon'"):
        decode(b"x", encoding="klingon")


# --------------------------------------------------------------------------- sources


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("seeds/001.txt", True),
        ("story.txt", True),
        ("story.JSONL", True),
        ("C:\\news\\story", True),
        ("a/b", True),
        ("Trade talks hit a snag.", False),
        ("Tariffs", False),
        ("two words.txt", False),
        ("seeds/a.txt\nmore", False),
        ("", False),
    ],
)
def test_looks_like_path(source: str, expected: bool) -> None:
    assert looks_like_path(source) is expected


def test_looks_like_path_existing_file_with_space(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "my story").write_text("x")
    monkeypatch.chdir(tmp_path)
    assert looks_like_path("my story") is True
    assert load_text("my story") == ("x", "my story")


def test_load_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Title\r\n\r\nBody one.\r\n")
    text, id_ = load_text(path)
    assert text == "Title\r\n\r\nBody one.\r\n"
    assert id_ == str(path)
    assert load_text(str(path)) == (text, str(path))
    assert load_text("Body one. Body two.") == ("Body one. Body two.", None)
    assert load_text(b"caf\xe9") == ("café", None)
    art = read(path)
    assert art.title == "Title"
    assert texts(art.paragraphs) == ["Body one."]
    check_spans(art)


def test_load_text_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(ReadError, match=r": no such file$") as info:
        load_text(missing)
    assert info.value.path == str(missing)
    assert isinstance(info.value.__cause__, FileNotFoundError)
    with pytest.raises(ReadError, match=r"no such file"):
        load_text(str(missing))
    with pytest.raises(ReadError, match=r": is a directory, not a file$"):
        load_text(tmp_path)
    (tmp_path / "bin.txt").write_bytes(b"PK\x03\x04\x00")
    with pytest.raises(ReadError, match=r"bin\.txt: looks binary") as info:
        load_text(tmp_path / "bin.txt")
    assert info.value.path == str(tmp_path / "bin.txt")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reader, "open", denied, raising=False)
    with pytest.raises(ReadError, match=r"a\.txt: permission denied$"):
        load_text(tmp_path / "a.txt")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("2019-11-13", dt.date(2019, 11, 13)),
        (" 2019-11-13 ", dt.date(2019, 11, 13)),
        ("2019-11-13T23:30:00", dt.date(2019, 11, 13)),
        ("2019-11-13T23:30:00Z", dt.date(2019, 11, 13)),
        ("2019-11-13 23:30:00+08:00", dt.date(2019, 11, 13)),
        (dt.date(2019, 11, 13), dt.date(2019, 11, 13)),
        (dt.datetime(2019, 11, 13, 8, 30, tzinfo=dt.UTC), dt.date(2019, 11, 13)),
    ],
)
def test_coerce_published(value: str | dt.date | None, expected: dt.date | None) -> None:
    assert coerce_published(value) == expected


@pytest.mark.parametrize("value", ["Nov. 13, 2019", "2019-02-30", "20191113", "", 20191113, True])
def test_coerce_published_rejects(value: object) -> None:
    with pytest.raises(ValueError, match=r"published must be an ISO date 'YYYY-MM-DD'.*got ") as info:
        coerce_published(value)  # type: ignore[arg-type]
    assert repr(value) in str(info.value)


# --------------------------------------------------------------------------- stripped text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the u s will be represented by robert lighthizer one of the people said", True),
        ("imports declined by 5 9 in the first four months of 2020 from a year ago", True),
        ("76 7 billion", True),
        ("", False),
        ("Tariffs", False),
        ("tariffs, again", False),
        ("The U.S. will be represented by Robert Lighthizer, one of the people said.", False),
        (
            "TOKYO, April 8 - Japan's trade surplus rose to 3.5 billion dlrs in March, the ministry said.",
            False,
        ),
        ("“We’re making progress, but there’s still a lot of work to do,” Mnuchin told reporters", False),
        (("word " * 60) + "one. end", True),
        (("word " * 60) + "one. two. end", False),
    ],
)
def test_is_stripped(text: str, expected: bool) -> None:
    assert is_stripped(text) is expected


def test_only_seed_000_is_stripped() -> None:
    assert [is_stripped(p.read_text("utf-8")) for p in (SEED_000, SEED_001, SEED_002, SEED_003)] == [
        True,
        False,
        False,
        False,
    ]


# --------------------------------------------------------------------------- sentences

SPLITS = [
    ("title-mr", "Mr. Trump spoke. He left.", ["Mr. Trump spoke.", "He left."]),
    (
        "title-sen",
        "Sen. Ron Wyden wrote. Sen. Brown agreed.",
        ["Sen. Ron Wyden wrote.", "Sen. Brown agreed."],
    ),
    ("title-upper", "DR. SMITH left. MR. JONES stayed.", ["DR. SMITH left.", "MR. JONES stayed."]),
    ("vs", "It was China vs. America all year.", ["It was China vs. America all year."]),
    ("eg", "Some goods, e.g. Soybeans, were bought.", ["Some goods, e.g. Soybeans, were bought."]),
    ("us-lower", "Trade between the U.S. and China fell.", ["Trade between the U.S. and China fell."]),
    (
        "us-name",
        "Talks with the U.S. Beijing hopes for more.",
        ["Talks with the U.S. Beijing hopes for more."],
    ),
    (
        "us-opener",
        "China wants a deal with the U.S. The talks resume.",
        ["China wants a deal with the U.S.", "The talks resume."],
    ),
    (
        "us-quote",
        "He praised the U.S. “We are friends,” he said.",
        ["He praised the U.S.", "“We are friends,” he said."],
    ),
    ("us-end", "He flew to the U.S.", ["He flew to the U.S."]),
    ("month-digit", "The deal came on Oct. 11 in Washington.", ["The deal came on Oct. 11 in Washington."]),
    (
        "month-opener",
        "Talks ended in Sept. But they resume soon.",
        ["Talks ended in Sept.", "But they resume soon."],
    ),
    (
        "company-lower",
        "Intel Corp. and Qualcomm Inc. were invited.",
        ["Intel Corp. and Qualcomm Inc. were invited."],
    ),
    (
        "company-opener",
        "He works for Qualcomm Inc. It makes chips.",
        ["He works for Qualcomm Inc.", "It makes chips."],
    ),
    ("initial", "George W. Bush met Jiang Zemin.", ["George W. Bush met Jiang Zemin."]),
    ("initials", "J.P. Morgan advised Beijing.", ["J.P. Morgan advised Beijing."]),
    ("spaced-initials", "He met J. A. Smith in Geneva.", ["He met J. A. Smith in Geneva."]),
    ("initial-opener", "He backs Plan B. The rest oppose it.", ["He backs Plan B.", "The rest oppose it."]),
    ("decimal", "Imports fell 5.9 pct. Exports rose.", ["Imports fell 5.9 pct.", "Exports rose."]),
    ("money", "It costs $1,250.5 million. That is a lot.", ["It costs $1,250.5 million.", "That is a lot."]),
    ("am", "The call is at 9 a.m. on Monday.", ["The call is at 9 a.m. on Monday."]),
    ("pm-opener", "The call ended at 9 p.m. He then left.", ["The call ended at 9 p.m.", "He then left."]),
    ("question", "Will China buy? Nobody knows.", ["Will China buy?", "Nobody knows."]),
    ("exclamation", "Very simple! We'll terminate the deal.", ["Very simple!", "We'll terminate the deal."]),
    ("question-lower", '"Why now?" he asked.', ['"Why now?" he asked.']),
    ("curly-close", "That shows “goodwill.” Mnuchin agreed.", ["That shows “goodwill.”", "Mnuchin agreed."]),
    ("straight-close", 'He said "no." Then he left.', ['He said "no."', "Then he left."]),
    (
        "comma-quote",
        "“We’re making progress,” Mnuchin told reporters.",
        ["“We’re making progress,” Mnuchin told reporters."],
    ),
    (
        "paren-close",
        "(The talks were cancelled.) Markets fell.",
        ["(The talks were cancelled.)", "Markets fell."],
    ),
    ("ellipsis", "Talks stalled... The sides left.", ["Talks stalled...", "The sides left."]),
    ("digit-next", "Sales rose in 1986. 1987 looks better.", ["Sales rose in 1986.", "1987 looks better."]),
    ("number-title", "No. 2 official left. No. 3 stayed.", ["No. 2 official left.", "No. 3 stayed."]),
    ("newline", "Line one\ncontinues here. Next one.", ["Line one\ncontinues here.", "Next one."]),
    ("crlf", "First one.\r\nSecond one.\r\n", ["First one.", "Second one."]),
    ("no-mark", "  No final punctuation here  ", ["No final punctuation here"]),
    ("blank", " \n\t ", []),
    ("opener-and", "Trade with the U.S. And Japan fell.", ["Trade with the U.S.", "And Japan fell."]),
    (
        "capitalised-after-abbreviation",
        "Imports rose. Exports to the U.S. Rose sharply. Trade with the U.S. And Japan fell.",
        ["Imports rose.", "Exports to the U.S. Rose sharply.", "Trade with the U.S. And Japan fell."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SPLITS], ids=[c[0] for c in SPLITS])
def test_split_sentences(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert texts(spans) == expected
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_split_sentences_region_indexes_text() -> None:
    text = "Ignored. Mr. Lee spoke. He left. Ignored too."
    start = text.index("Mr.")
    end = text.index(" Ignored too")
    spans = split_sentences(text, start, end)
    assert spans == [Span.of(text, start, start + 14), Span.of(text, start + 15, end)]
    assert texts(spans) == ["Mr. Lee spoke.", "He left."]
    assert split_sentences(text, 5, 5) == []
    assert split_sentences(text, 100) == []


# --------------------------------------------------------------------------- articles


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Trade talks stall", "Trade talks stall"),
        ("Why did talks stall?", "Why did talks stall?"),
        ("TAIWAN WINS TEXTILE ACCORD FROM U.S.", "TAIWAN WINS TEXTILE ACCORD FROM U.S."),
        ("Trade talks stall as sides dig in.", None),
        ("Trade talks stall as sides said “no deal.”", None),
        ("Key points:", None),
        ("By Jane Doe", None),
        ("date 2019-11-13", None),
        (" ".join(["word"] * 31), None),
    ],
)
def test_title(first: str, title: str | None) -> None:
    art = parse_article(f"{first}\n\nBody text here. More body.\n")
    assert art.title == title
    check_spans(art)


def test_title_needs_a_body_and_a_blank_line() -> None:
    assert parse_article("Trade talks stall").title is None
    assert parse_article("Trade talks stall\nBody text here.").title is None


@pytest.mark.parametrize(
    ("line", "authors", "places"),
    [
        ("By JANE DOE", ("JANE DOE",), ()),
        ("By Jane Doe, Reuters", ("Jane Doe",), ()),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), ()),
        ("By Jane Doe in Geneva and John Roe in Brussels", ("Jane Doe", "John Roe"), ("Geneva", "Brussels")),
        ("By Ursula von der Leyen", ("Ursula von der Leyen",), ()),
    ],
)
def test_byline(line: str, authors: tuple[str, ...], places: tuple[str, ...]) -> None:
    art = parse_article(f"Trade talks stall\n\n{line}\n\nBody text here.\n")
    assert art.title == "Trade talks stall"
    assert art.byline is not None
    assert (art.byline.text, art.byline.authors, art.byline.places) == (line, authors, places)
    assert texts(art.paragraphs) == ["Body text here."]
    art = parse_article(f"Trade talks stall\n{line}\n\nBody text here.\n")
    assert art.title == "Trade talks stall"
    assert art.byline is not None
    assert art.byline.authors == authors


def test_header_forms() -> None:
    art = parse_article("published: 2019-11-13\n\nBody.")
    assert art.published == dt.date(2019, 11, 13)
    assert art.byline is None
    assert texts(art.paragraphs) == ["Body."]
    art = parse_article("Date: 2019-11-13T10:00:00Z By Jane Doe, Reuters\n\nBody.")
    assert art.published == dt.date(2019, 11, 13)
    assert art.byline is not None
    assert art.byline.text == "By Jane Doe, Reuters"
    assert parse_article("date 2019-02-30\n\nBody.").published is None
    assert parse_article("By Friday, officials expect a deal.\n\nMore.").byline is None


@pytest.mark.parametrize(
    ("last", "authors", "places"),
    [
        ("Additional reporting by Jenny Leonard and Miao Han.", ("Jenny Leonard", "Miao Han"), ()),
        ("Reporting by Jane Doe; Editing by John Roe", ("Jane Doe", "John Roe"), ()),
        (
            "(Reporting by Jane Doe in Tokyo; Writing by Max Moe; Editing by John Roe)",
            ("Jane Doe", "Max Moe", "John Roe"),
            ("Tokyo",),
        ),
        ("Writing by Jane Doe", ("Jane Doe",), ()),
        ("Compiled by Jane Doe and John Roe", ("Jane Doe", "John Roe"), ()),
    ],
)
def test_trailer(last: str, authors: tuple[str, ...], places: tuple[str, ...]) -> None:
    art = parse_article(f"Body text here.\n\nMore body.\n\n{last}\n")
    assert art.trailer is not None
    assert (art.trailer.text, art.trailer.authors, art.trailer.places) == (last, authors, places)
    assert texts(art.paragraphs) == ["Body text here.", "More body."]


def test_no_trailer_for_body_text() -> None:
    art = parse_article("Body text here.\n\nReporting by the state media was thin.")
    assert art.trailer is None
    assert len(art.paragraphs) == 2


def test_paragraphs() -> None:
    assert parse_article("").paragraphs == ()
    assert parse_article(" \n\n \t\n").paragraphs == ()
    assert texts(parse_article("One.\nTwo.\n\n  Three.\n \nFour.").paragraphs) == [
        "One.\nTwo.",
        "Three.",
        "Four.",
    ]
    assert texts(parse_article("One.\nTwo.\r\nThree.").paragraphs) == ["One.", "Two.", "Three."]
    art = parse_article("Title\r\n\r\nPara one.\r\nStill one.\r\n\r\nPara two.\r\n")
    assert art.title == "Title"
    assert texts(art.paragraphs) == ["Para one.\r\nStill one.", "Para two."]
    assert texts(art.sentences) == ["Para one.", "Still one.", "Para two."]


def test_stripped_paragraphs_are_sentences() -> None:
    first = "trade talks stalled on friday " * 7 + "the u s said"
    art = parse_article(f"{first}\n\nchina said it would buy 5 9 billion\n")
    assert art.stripped is True
    assert art.title is None
    assert art.sentences == art.paragraphs
    assert len(art.paragraphs) == 2
    art = parse_article("president donald trump\n\nchina said it would buy 5 9 billion")
    assert art.title == "president donald trump"
    assert art.stripped is True


# --------------------------------------------------------------------------- properties

PIECES = [". ", ".", "?", "!", '"', "”", "“", "’", "Mr", "Mr. ", "U.S.", "Oct", "5", "9", "\n", "\n\n"]
PIECES += [" ", "  ", "\r\n", "a", "the", "The", "Trump", "By ", "date 2019-11-13 ", "Reporting by Jane Doe"]
TOKENS = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=60).map("".join)
ANY_TEXT = st.text() | TOKENS


@settings(deadline=None, max_examples=300)
@given(ANY_TEXT)
def test_parse_article_never_raises(text: str) -> None:
    art = parse_article(text)
    assert art.text is text
    check_spans(art)


@settings(deadline=None, max_examples=300)
@given(ANY_TEXT, st.integers(0, 80), st.integers(0, 80))
def test_split_sentences_properties(text: str, start: int, length: int) -> None:
    end = min(len(text), start + length)
    spans = split_sentences(text, start, end)
    for span in spans:
        assert start <= span.start < span.end <= max(start, end)
        assert text[span.start : span.end] == span.text == span.text.strip()
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
        assert not text[a.end : b.start].strip()
    covered = "".join(s.text for s in spans)
    assert "".join(text[start:end].split()) == "".join(covered.split())


# --------------------------------------------------------------------------- speed

ADVERSARIAL = {
    "periods": "." * 200_000,
    "spaces": " " * 200_000,
    "no-whitespace": "a" * 1_000_000,
    "dotted-no-whitespace": "a." * 500_000,
    "period-space": ". " * 100_000,
    "abbreviations": "U.S. Mr. Oct. " * 15_000,
    "newlines": "\n" * 200_000,
    "blank-lines": " \r\n" * 70_000,
    "quotes": ".”" * 100_000,
    "marks-then-closers": "." * 100_000 + "”" * 100_000 + "x",
    "short-lines": "Hello world.\n" * 15_000,
    "byline": "By " + "Jane " * 40_000,
}


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_linear_time(text: str) -> None:
    started = time.perf_counter()
    art = parse_article(text)
    split_sentences(text)
    is_stripped(text)
    looks_like_path(text)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"{len(text)} characters took {elapsed:.2f}s"
    assert len(art.sentences) <= len(text)


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n"], ids=["empty", "white-space"])
def test_a_file_without_text_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(content)
    with pytest.raises(
        ReadError, match=r"story\.txt: (empty file|file holds only white space), no article text"
    ):
        load_text(path)
    assert load_text("") == ("", None)  # text given directly may be empty
