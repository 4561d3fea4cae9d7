"""The built-in quotes extractor: direct quotes, reported speech, speakers, and the seeds' gold."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradecorpus
from tradecorpus.extractors.quotes import find_quotes
from tradecorpus.model import Document, Quote
from tradecorpus.testing.strategies import quote_texts

GOLD = sorted((Path(__file__).parent / "gold").glob("0*.json"))
SEEDS = Path(__file__).parent.parent / "seeds"


def quotes(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [(q.text, q.speaker, q.cue, q.direct) for q in tradecorpus.extract(text).quotes]


CASES = [
    (
        # a full quote before its attribution: the speaker is the official's canonical name
        "“We’re making progress, but there’s still a lot of work to do,” Mnuchin told reporters at the "
        "White House on Wednesday.",
        [("We’re making progress, but there’s still a lot of work to do,", "Steven Mnuchin", "told", True)],
    ),
    (
        # straight marks, the cue before an unnamed source, kept as written
        '"We can always stop the purchases if things get worse again," said one Chinese official.',
        [
            (
                "We can always stop the purchases if things get worse again,",
                "one Chinese official",
                "said",
                True,
            )
        ],
    ),
    (
        # the quote after its attribution; the final period inside the marks is part of it
        "Treasury Secretary Steven Mnuchin said: “Right now the intent is that we meet this deadline.”",
        [("Right now the intent is that we meet this deadline.", "Steven Mnuchin", "said", True)],
    ),
    (
        # a partial quote inside reported speech: both, with the organisation as the speaker
        "That shows China’s “goodwill” and its commitment to the U.S., Xinhua said in a separate commentary.",
        [
            (
                "That shows China’s “goodwill” and its commitment to the U.S.",
                "Xinhua News Agency",
                "said",
                False,
            ),
            ("goodwill", "Xinhua News Agency", "said", True),
        ],
    ),
    (
        # reported speech after the cue; ``he`` is the last person who spoke
        "Mr. Trump said the two sides had an agreement in principle. He said talks were going well.",
        [
            ("the two sides had an agreement in principle", "Donald Trump", "said", False),
            ("talks were going well", "Donald Trump", "said", False),
        ],
    ),
    (
        # ``according to`` an unnamed source, after the clause
        "China is leery of putting a number in the text, according to people familiar with the matter.",
        [
            (
                "China is leery of putting a number in the text",
                "people familiar with the matter",
                "according to",
                False,
            )
        ],
    ),
    (
        # an apposition between the name and the cue; ``told Reuters`` is no part of the clause
        "Wang Chao-Ming, vice-chairman of the council, told Reuters Taiwan would cut tariffs further.",
        [("Taiwan would cut tariffs further", "Wang Chao-Ming", "told", False)],
    ),
    (
        # a clause-final attribution with a second clause after it; the dateline is not reported
        "TAIPEI, March 2 - Imports rose 5 pct, the ministry said, and exports fell 3 pct.",
        [
            ("Imports rose 5 pct", "ministry", "said", False),
            ("and exports fell 3 pct", "ministry", "said", False),
        ],
    ),
    (
        # a verb with a plain object reports nothing; a title in marks is no quote
        "The company reported a loss of 5 mln dlrs. The book “The Art of the Deal” sold well.",
        [],
    ),
    (
        # when and where the words were said are no part of the clause or the speaker
        "The FAA on Friday announced it will close 149 towers. Obama said in Amman that he had spoken "
        "to both leaders. The lawyer denied in August that his client had lied.",
        [
            ("it will close 149 towers", "Federal Aviation Administration", "announced", False),
            ("he had spoken to both leaders", "Barack Obama", "said", False),
            ("his client had lied", "lawyer", "denied", False),
        ],
    ),
    (
        # whom a speaker told is no part of the clause, whether listed (CNN) or not (reporters)
        "Evana Roth told CNN in August she thought her husband devised the plan.",
        [("she thought her husband devised the plan", "Evana Roth", "told", False)],
    ),
    (
        # a pronoun no one stands for still reports a clause, with no speaker
        "He said in the case of textile import restrictions, however, retaliation would follow.",
        [
            (
                "in the case of textile import restrictions, however, retaliation would follow",
                None,
                "said",
                False,
            )
        ],
    ),
    (
        # the subject before a relative clause or a participle set off by commas
        "This economist, who declined to be named, said the February rise was partly seasonal. "
        "Hatano, speaking at the first session of the meeting, said agriculture is no exception.",
        [
            ("the February rise was partly seasonal", "This economist", "said", False),
            ("agriculture is no exception", "Hatano", "said", False),
        ],
    ),
    (
        # a verb joined to the sentence's first: its subject spoke; two sources joined by ``and``;
        # a dateline's comma is no boundary
        "Solomon forecast inflation at 4.5 pct, but said it could be kept below five pct. "
        "Prices will fall further this year, officials and economists said. "
        "WASHINGTON, March 3 - House Ways and Means Committee Chairman Dan Rostenkowski said he "
        "would be reluctant to back the tax.",
        [
            ("it could be kept below five pct", "Solomon", "said", False),
            ("Prices will fall further this year", "officials and economists", "said", False),
            ("he would be reluctant to back the tax", "Dan Rostenkowski", "said", False),
        ],
    ),
    (
        # ``the company``: the one company named before; with two, the description as written
        "Oshkosh Truck Corp. estimated that earnings fell sharply. The company said a larger chassis "
        "supply was built. Deere & Company and Caterpillar Inc. agreed to merge, the company said.",
        [
            ("earnings fell sharply", "Oshkosh Truck Corp.", "estimated", False),
            ("a larger chassis supply was built", "Oshkosh Truck Corp.", "said", False),
            ("Deere & Company and Caterpillar Inc. agreed to merge", "company", "said", False),
        ],
    ),
    (
        # a plural noun that is a cue too reports nothing without ``that``
        "The app on the right will archive those notes you no longer need for work.",
        [],
    ),
    (
        # a person named before ``of``: the person, not the company or the country
        # (under a headline: a first line alone is the title)
        'Trade talks resume\n\n"It\'s a cosmetic move," said Jonathan S. Gelles of Wertheim Schroder '
        '& Co.\n\nPat Carney of Canada said "We are meeting in a time of great trade tension."',
        [
            ("It's a cosmetic move,", "Jonathan S. Gelles", "said", True),
            ("We are meeting in a time of great trade tension.", "Pat Carney", "said", True),
        ],
    ),
    (
        # a partial quote's speaker is the one ``he`` refers to next
        "Mikhail Gorbachev says the push east is a mistake. Russian Foreign Minister Igor Ivanov calls "
        "it “a movement in the wrong direction.” “All European states must cooperate,” he was quoted "
        "as saying.",
        [
            ("the push east is a mistake", "Mikhail Gorbachev", "says", False),
            ("a movement in the wrong direction.", "Igor Ivanov", "calls", True),
            ("All European states must cooperate,", "Igor Ivanov", "saying", True),
        ],
    ),
    (
        # an opening phrase is not the subject who said; a dateline with its agency opens no speaker
        "Putting it more sharply, one senior banking official blamed Washington for the delay and said "
        "it should now play a more positive role.\n\nPHNOM PENH, Cambodia (AP) _ The top commander of a "
        "resistance force said Wednesday he has sent a team to the border.",
        [
            ("it should now play a more positive role", "one senior banking official", "said", False),
            ("he has sent a team to the border", "top commander of a resistance force", "said", False),
        ],
    ),
    (
        # a quote after its cue, the speaker set off by an apposition (with a suffix to the name)
        'Louis Gerstner Jr., chairman of New York-based RJR, called the sale a "significant step" in '
        "its program.",
        [("significant step", "Louis Gerstner Jr.", "called", True)],
    ),
    (
        # a clause reported inside another; a date that is the subject, not when it was said; an
        # inverted speaker with a relative clause
        "President Donald Trump complained that China wasn't buying the goods that he claims the "
        "country promised to purchase. The White House has insisted March 1 would be a hard "
        "deadline. Officials are holding off until the tariffs are gone, said a former senior U.S. "
        "trade official who has negotiated with Beijing.",
        [
            (
                "China wasn't buying the goods that he claims the country promised to purchase",
                "Donald Trump",
                "complained",
                False,
            ),
            ("the country promised to purchase", "Donald Trump", "claims", False),
            ("March 1 would be a hard deadline", "White House", "insisted", False),
            (
                "Officials are holding off until the tariffs are gone",
                "a former senior U.S. trade official",
                "said",
                False,
            ),
        ],
    ),
    (
        # ``Adding,`` opening a sentence before a quote: the last speaker goes on; a speaker's own
        # earlier words reported inside the quote
        "“No final deal will be made until we meet,” Trump tweeted. Adding, “We are trying to do a "
        "complete deal.”\n\n“I’ve said repeatedly this is not a 10-minute process,” Commerce "
        "Secretary Wilbur Ross told Fox Business.",
        [
            ("No final deal will be made until we meet,", "Donald Trump", "tweeted", True),
            ("We are trying to do a complete deal.", "Donald Trump", "adding", True),
            ("I’ve said repeatedly this is not a 10-minute process,", "Wilbur Ross", "told", True),
            ("this is not a 10-minute process", "Wilbur Ross", "said", False),
        ],
    ),
    (
        # a passive ``is said to`` is hearsay with no speaker, not a cue
        "The minister is said to be considering new tariffs on steel imports.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert quotes(text) == expected


def test_quote_over_paragraphs_is_one_quote() -> None:
    text = (
        "Trade talks resumed in Beijing this week after a pause of several months.\n\n"
        "Robert Lighthizer said: “We will keep talking as long as it takes.\n\n"
        "“The deal is close, but we are not there yet,” he said."
    )
    found = tradecorpus.extract(text).quotes
    assert [(q.text, q.speaker, q.direct) for q in found] == [
        (
            "We will keep talking as long as it takes.\n\n“The deal is close, but we are not there yet,",
            "Robert Lighthizer",
            True,
        )
    ]


def test_unclosed_quote_ends_with_its_paragraph_and_a_continuation_keeps_the_speaker() -> None:
    text = (
        "Officials met on Monday.\n\n"
        "“We are close to a deal,” said Liu He. “Both sides have worked hard for this outcome.”\n\n"
        "“We will not stop until the work is done\n\n"
        "The talks resume next week."
    )
    found = [(q.text, q.speaker) for q in tradecorpus.extract(text).quotes]
    assert found == [
        ("We are close to a deal,", "Liu He"),
        ("Both sides have worked hard for this outcome.", "Liu He"),
        ("We will not stop until the work is done", "Liu He"),
    ]


def test_spans_and_speaker_mentions_index_the_text() -> None:
    text = "“Tariffs will go,” Commerce Secretary Wilbur Ross said. Ross added that talks would resume."
    doc = tradecorpus.extract(text)
    assert len(doc.quotes) == 2
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
        assert q.speaker == "Wilbur Ross"
    mentions = [q.speaker_mention for q in doc.quotes]
    assert [m.text if m is not None else None for m in mentions] == ["Wilbur Ross", "Ross"]
    for m in mentions:
        assert m is not None
        assert doc.text[m.start : m.end] == m.text


def test_stripped_text_gives_reported_speech_only() -> None:
    text = "president donald trump noted that the duties prompted china to promise to buy more goods"
    doc = tradecorpus.extract(text)
    assert doc.stripped
    assert [(q.text, q.speaker, q.cue, q.direct) for q in doc.quotes] == [
        (
            "the duties prompted china to promise to buy more goods",
            "Donald Trump",
            "noted",
            False,
        )
    ]


def test_stripped_according_to_with_little_before_reports_the_clause_after() -> None:
    text = (
        "very simple according to the text of the agreement signed earlier this year china has "
        "agreed to buy an additional 200 billion in u s goods"
    )
    doc = tradecorpus.extract(text)
    assert [(q.text, q.speaker, q.cue) for q in doc.quotes] == [
        (
            "china has agreed to buy an additional 200 billion in u s goods",
            "text of the agreement",
            "according to",
        )
    ]


def test_stripped_cue_that_closes_its_paragraph_reports_the_words_before_it() -> None:
    text = (
        "washington march 3 robert lighthizer met chinese negotiators on monday\n\n"
        "the cost of shipping the grain is higher than its price he said\n\n"
        "exports rose 4 pct in february"
    )
    doc = tradecorpus.extract(text)
    assert doc.stripped
    assert [(q.text, q.speaker, q.cue) for q in doc.quotes] == [
        ("the cost of shipping the grain is higher than its price", "Robert Lighthizer", "said")
    ]
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text


def test_stripped_clause_after_its_cue_runs_to_24_words_when_no_cue_follows() -> None:
    clause = (
        "the two sides would meet again in geneva next month to settle the remaining questions on farm "
        "subsidies and market access for rice"
    )
    assert len(clause.split()) == 23
    doc = tradecorpus.extract(f"robert lighthizer said {clause}\n\nexports rose 4 pct in march")
    assert [(q.text, q.speaker) for q in doc.quotes] == [(clause, "Robert Lighthizer")]
    # another cue in reach: the clause keeps to 16 words and leaves that cue its own
    doc = tradecorpus.extract(f"robert lighthizer said {clause} the president added")
    assert [len(q.text.split()) for q in doc.quotes][:1] == [16]


def test_stripped_reported_clause_stops_at_a_blank_line() -> None:
    text = (
        "japan says talks with korea will resume\n\n"
        "tokyo march 17 officials from both sides met for three hours on monday"
    )
    doc = tradecorpus.extract(text)
    assert [(q.text, q.cue) for q in doc.quotes] == [("talks with korea will resume", "says")]


def test_stripped_according_to_a_kind_of_source() -> None:
    text = (
        "talks between the two trade negotiators could resume next week according to chinese "
        "state media after a call on monday"
    )
    doc = tradecorpus.extract(text)
    assert [(q.text, q.speaker, q.cue) for q in doc.quotes] == [
        (
            "talks between the two trade negotiators could resume next week",
            "chinese state media",
            "according to",
        )
    ]


def test_without_officials_or_entities_speakers_are_as_written() -> None:
    text = "“We need relief,” said Trade Minister Anna Berglund. Officials said talks would resume soon."
    doc = tradecorpus.extract(text, disable=("officials", "entities"))
    assert [(q.text, q.speaker) for q in doc.quotes] == [
        ("We need relief,", "Anna Berglund"),
        ("talks would resume soon", "officials"),
    ]


# --------------------------------------------------------------------------- seeds' gold


def _matches(gold: Quote, found: Quote) -> bool:
    """The same quote: the same kind, overlapping by at least half of the longer span."""
    overlap = min(gold.end, found.end) - max(gold.start, found.start)
    longer = max(gold.end - gold.start, found.end - found.start)
    return gold.direct == found.direct and overlap > 0 and 2 * overlap >= longer


def _norm(name: str | None) -> str:
    return " ".join((name or "").casefold().removeprefix("the ").split())


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_seed_quotes_match_gold(path: Path) -> None:
    """Every gold quote of the seeds is found, with its speaker, and nothing else."""
    data = json.loads(path.read_text(encoding="utf-8"))
    gold = Document.from_dict(data)
    also = data["extras"]["speaker_also"]
    doc = tradecorpus.extract(tradecorpus.read(SEEDS / f"{path.stem}.txt"))
    assert doc.text == gold.text
    unmatched = list(doc.quotes)
    for quote, others in zip(gold.quotes, also, strict=True):
        hit = next((q for q in unmatched if _matches(quote, q)), None)
        assert hit is not None, f"missed {quote.text!r}"
        unmatched.remove(hit)
        accepted = {_norm(quote.speaker), *(_norm(a) for a in others)}
        assert _norm(hit.speaker) in accepted, (quote.text, hit.speaker, quote.speaker)
    assert unmatched == [], f"not in the gold: {[q.text for q in unmatched]}"


# --------------------------------------------------------------------------- properties


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote_texts())
def test_generated_direct_quotes_round_trip(case: tuple[str, Quote]) -> None:
    text, expected = case
    found = tradecorpus.extract(text).quotes
    assert [(q.start, q.end, q.text, q.speaker, q.cue, q.direct) for q in found] == [
        (expected.start, expected.end, expected.text, expected.speaker, expected.cue, True)
    ]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote_texts(stripped=True))
def test_generated_stripped_reported_speech_round_trips(case: tuple[str, Quote]) -> None:
    text, expected = case
    doc = tradecorpus.extract(text)
    assert doc.stripped
    assert [(q.text, q.speaker, q.direct) for q in doc.quotes] == [(expected.text, expected.speaker, False)]


_QUOTE_ALPHABET = st.sampled_from(
    ["“", "”", '"', "``", "''", "'", " said ", " told ", ", ", ". ", "\n\n", " according to ", "Mr. ",
     " he ", "Liu He", " who ", " that ", "a", "B", " ", "\u2028", "\u00a0"]
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(_QUOTE_ALPHABET, max_size=80).map("".join)))
def test_no_text_crashes_it_and_every_span_is_valid(text: str) -> None:
    for stripped in (False, True):
        doc = Document(text=text, stripped=stripped)
        first = find_quotes(doc)
        assert find_quotes(doc) == first
        for q in first:
            assert 0 <= q.start < q.end <= len(text)
            assert text[q.start : q.end] == q.text
            assert q.direct or q.cue is not None
            if stripped:
                assert not q.direct


@pytest.mark.parametrize(
    "unit",
    [
        '"',
        "said ",
        ", said ",
        "according to ",
        "“a,” he said. ",
        "Mr. Smith, the minister, told ",
        "he said that ",
    ],
)
def test_time_stays_linear_on_adversarial_text(unit: str) -> None:
    def timed(n: int) -> float:
        doc = Document(text=unit * (n // len(unit)))
        start = time.perf_counter()
        find_quotes(doc)
        return time.perf_counter() - start

    small, large = timed(20_000), timed(200_000)
    assert large < 20 * small + 0.5


@pytest.mark.parametrize(
    "unit",
    [
        # a three-word speaker phrase before each cue: its country is looked up near it
        "liu he the vice premier told robert lighthizer that ",
        "the american official told reporters that ",
    ],
)
def test_time_stays_linear_on_stripped_text_with_its_officials(unit: str) -> None:
    def timed(n: int) -> float:
        doc = tradecorpus.extract(unit * (n // len(unit)), disable=("quotes", "commitments"))
        assert doc.stripped
        start = time.perf_counter()
        find_quotes(doc)
        return time.perf_counter() - start

    small, large = timed(50_000), timed(500_000)
    assert large < 20 * small + 0.5, (small, large)
