"""The built-in officials extractor: listed office-holders, titled names, surnames, and the seeds' gold."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradecorpus
from tradecorpus.extractors.entities import gazetteer_scan
from tradecorpus.extractors.officials import find_officials
from tradecorpus.model import Byline, Document

GOLD = sorted((Path(__file__).parent / "gold").glob("0*.json"))


def found(text: str, **kw: object) -> list[tuple[str, str | None, str | None, list[str]]]:
    doc = Document(text=text, **kw)  # type: ignore[arg-type]
    return [(o.name, o.title, o.country, [m.text for m in o.mentions]) for o in find_officials(doc)]


CASES = [
    (
        "Commerce Secretary Wilbur Ross met Vice Premier Liu He. Mr. Liu and Ross's staff left.",
        [
            ("Wilbur Ross", "Commerce Secretary", "US", ["Wilbur Ross", "Ross"]),
            ("Liu He", "Vice Premier", "CN", ["Liu He", "Liu"]),
        ],
    ),
    (
        # a title the table does not know, with its country; the surname later, possessive and honorific
        "Chinese Deputy Commerce Minister Wang Shouwen said talks went well. Mr. Wang’s team agreed.",
        [("Wang Shouwen", "Deputy Commerce Minister", "CN", ["Wang Shouwen", "Wang"])],
    ),
    (
        # a surname after a title is the listed person of that surname; later mentions follow
        "President Xi told President Trump that Xi and Trump would meet.",
        [
            ("Xi Jinping", "President", "CN", ["Xi", "Xi"]),
            ("Donald Trump", "President", "US", ["Trump", "Trump"]),
        ],
    ),
    (
        # Sen. is a Senator; another person of the same surname is not the official
        "Sen. Ron Wyden spoke. Ivanka Trump and President Donald Trump listened; Trump agreed.",
        [
            ("Ron Wyden", "Senator", "US", ["Ron Wyden"]),
            ("Donald Trump", "President", "US", ["Donald Trump", "Trump"]),
        ],
    ),
    (
        # company officers are not officials; a month is no surname
        "Intel President Renee James spoke in May with Prime Minister Theresa May. May said yes.",
        [("Theresa May", "Prime Minister", "GB", ["Theresa May"])],
    ),
    ("The president said the secretary would go.", []),
    (
        # a title in lower case, as wire copy writes it; the surname later
        "Deputy foreign trade minister Janusz Kaczurba said Poland wanted credits. Kaczurba added more.",
        [("Janusz Kaczurba", "Deputy Foreign Trade Minister", None, ["Janusz Kaczurba", "Kaczurba"])],
    ),
    (
        # a title set off by commas before the name: with a demonym, or a formal title
        "The Syrian ambassador to Washington, Walid Mualem, met the Under Secretary of Commerce, "
        "Bruce Smart.",
        [
            ("Walid Mualem", "Ambassador to Washington", "SY", ["Walid Mualem"]),
            ("Bruce Smart", "Under Secretary of Commerce", None, ["Bruce Smart"]),
        ],
    ),
    (
        # a head companies share, for a public body; Chinese and Korean names put the family name first
        "Wang Chao-Ming, vice-chairman of the council for economic planning and development, told "
        "Reuters. Wang said more. Jon Smithers, chairman of Sony Corp., said sales rose.",
        [("Wang Chao-Ming", "Vice-Chairman", None, ["Wang Chao-Ming", "Wang"])],
    ),
    (
        # a family name keeps its particles; a government's spokesman, not a company's
        "Belgian Foreign Trade Minister Herman De Croo said the EC would react. De Croo left. "
        "Foreign Ministry spokesman Per Paust agreed. Company spokesman Jon Smithers did not.",
        [
            ("Herman De Croo", "Foreign Trade Minister", "BE", ["Herman De Croo", "De Croo"]),
            # (a generic body's country: the one the article names most, as for the entity)
            ("Per Paust", "Foreign Ministry Spokesman", "BE", ["Per Paust"]),
        ],
    ),
    (
        # a surname that is a common word too: the person inside a sentence or before a verb, not
        # in a name of its own (White House) or after a capitalised word (Capitol Hill)
        "President George Bush met aides. Bush said troops would stay. Officials told Bush that Iraq, "
        "Bush added, was firm. The White House and Capitol Hill agreed. Prime Minister Theresa May "
        "spoke in May.",
        [
            ("George H.W. Bush", "President", "US", ["George Bush", "Bush", "Bush", "Bush"]),
            ("Theresa May", "Prime Minister", "GB", ["Theresa May"]),
        ],
    ),
    (
        # a company officer's portfolio is not a name
        "Aldo Roldan, Vice President for International Services at Chase Econometrics, said so.",
        [],
    ),
    (
        # portfolios joined by "and" stay whole; a country before "and" is no title word
        "Trade and Industry Minister Hajime Tamura met Health and Human Services Secretary Donna "
        "Shalala. Talks between Korea and Trade Minister Rha Woong-bae went on.",
        [
            ("Hajime Tamura", "Trade and Industry Minister", "JP", ["Hajime Tamura"]),
            ("Donna Shalala", "Health and Human Services Secretary", None, ["Donna Shalala"]),
            ("Rha Woong-bae", "Trade Minister", None, ["Rha Woong-bae"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_officials(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text) == expected


def test_stripped_text_finds_listed_people_and_their_surnames() -> None:
    text = "the u s will be represented by robert lighthizer and lighthizer will call liu he and liu"
    assert found(text, stripped=True) == [
        ("Robert Lighthizer", "U.S. Trade Representative", "US", ["robert lighthizer", "lighthizer"]),
        ("Liu He", "Vice Premier", "CN", ["liu he", "liu"]),
    ]


def test_a_state_s_own_office_without_a_country_is_of_the_dateline_s_state() -> None:
    text = (
        "KOREA TO CUT TARIFFS\n\n"
        "SEOUL, March 17 - Trade Minister Rha Woong-bae said tariffs would fall. Visiting Australian "
        "Trade Minister John Dawkins welcomed it, and Secretary General Manfred Woerner of NATO "
        "said nothing.\n\nRha spoke in Seoul."
    )
    assert found(text) == [
        ("Rha Woong-bae", "Trade Minister", "KR", ["Rha Woong-bae", "Rha"]),
        ("John Dawkins", "Trade Minister", "AU", ["John Dawkins"]),
        ("Manfred Wörner", "Secretary General", None, ["Manfred Woerner"]),
    ]
    # no dateline: no country to give
    assert found(text.replace("SEOUL, March 17 - ", ""))[0][2] is None


def test_the_state_after_a_title_gives_the_country_whatever_the_dateline() -> None:
    text = (
        "WASHINGTON, April 20 - Makoto Kuroda, vice minister of Japan's Ministry of International "
        "Trade and Industry, met Ann Hughes, deputy assistant secretary of the Commerce Department."
    )
    assert found(text) == [
        ("Makoto Kuroda", "Vice Minister", "JP", ["Makoto Kuroda"]),
        ("Ann Hughes", "Deputy Assistant Secretary", "US", ["Ann Hughes"]),
    ]


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Secretary of Commerce", "Commerce Secretary"),
        ("Secretary of the Treasury", "Treasury Secretary"),
        ("Minister for Trade Negotiations", "Trade Negotiations Minister"),
        ("Secretary of Health and Human Services", "Health and Human Services Secretary"),
        # a fixed title, a rank before the head, another head: as written
        ("Secretary of State", "Secretary of State"),
        ("Minister of State", "Minister of State"),
        ("Under Secretary of Commerce", "Under Secretary of Commerce"),
        ("Chancellor of the Exchequer", "Chancellor of the Exchequer"),
    ],
)
def test_a_portfolio_after_the_head_is_written_before_it(written: str, title: str) -> None:
    assert found(f"{written} Anna Berglund spoke.") == [("Anna Berglund", title, None, ["Anna Berglund"])]


STRIPPED_CASES = [
    (
        # a name no word list has, after a title with its country; the surname later
        "japanese trade minister hajime tamura said japan would buy more and tamura added",
        [("Hajime Tamura", "Trade Minister", "JP", ["hajime tamura", "tamura"])],
    ),
    (
        # an English word after a title is no name
        "the trade minister also said exports rose and the president announced a plan",
        [],
    ),
    (
        # a surname that is a word too: the listed person of that surname, and later mentions
        "president trump outlined the deal last month\n\nmr trump said it was done",
        [("Donald Trump", "President", "US", ["trump", "trump"])],
    ),
    (
        # a portfolio after the head, and a place the office is to
        "australian minister for trade negotiations michael duffy met the u s ambassador to gatt "
        "michael samuels",
        [
            ("Michael Duffy", "Trade Negotiations Minister", "AU", ["michael duffy"]),
            ("Michael Samuels", "Ambassador to GATT", "US", ["michael samuels"]),
        ],
    ),
    (
        # a given name the table knows that is a word too (jan), then a surname; a surname that is
        # a word (bacon) after a given name that is not
        "czech foreign minister jan kavan spoke and spokesman kenneth bacon the next day",
        [
            ("Jan Kavan", "Foreign Minister", "CZ", ["jan kavan"]),
            ("Kenneth Bacon", "Spokesman", None, ["kenneth bacon"]),
        ],
    ),
    (
        # a third word the text also uses alone is another person's name
        "deputy prime minister tariq aziz ritter s return came after scott ritter led his team",
        [("Tariq Aziz", "Deputy Prime Minister", None, ["tariq aziz"])],
    ),
    (
        # a body in the title as the gazetteer writes it
        "ins commissioner anna berglund said and u n spokesman tomas ruizal said",
        [
            ("Anna Berglund", "INS Commissioner", "US", ["anna berglund"]),
            ("Tomas Ruizal", "U.N. Spokesman", None, ["tomas ruizal"]),
        ],
    ),
    (
        # a given name alone that is a word too, and a name after "the president": none
        "senator john said so and met the president wechsler on thursday",
        [],
    ),
]


def test_stripped_surname_that_is_a_word_after_a_title_is_the_listed_person_of_the_year() -> None:
    text = "the risks for president bush grew and bush said\n\nprime minister may decide"
    assert found(text, stripped=True, published=dt.date(1991, 2, 25)) == [
        ("George H.W. Bush", "President", "US", ["bush"])
    ]
    assert found(text, stripped=True, published=dt.date(2005, 2, 25))[0][0] == "George W. Bush"


@pytest.mark.parametrize(("text", "expected"), STRIPPED_CASES, ids=[t[:40] for t, _ in STRIPPED_CASES])
def test_stripped_text_finds_names_after_titles(text: str, expected: list[tuple[object, ...]]) -> None:
    doc = Document(text=text, stripped=True)
    officials = find_officials(doc)
    assert [(o.name, o.title, o.country, [m.text for m in o.mentions]) for o in officials] == expected
    for o in officials:
        for m in o.mentions:
            assert text[m.start : m.end] == m.text


def test_the_title_is_the_office_held_in_the_article_s_year() -> None:
    text = "Joe Biden spoke."
    then, now = dt.date(2012, 5, 1), dt.date(2022, 5, 1)
    assert found(text, published=then) == [("Joe Biden", "Vice President", "US", ["Joe Biden"])]
    assert found(text, published=now) == [("Joe Biden", "President", "US", ["Joe Biden"])]


def test_a_byline_name_is_no_official() -> None:
    text = "By Robert Lighthizer\n\nRobert Lighthizer spoke."
    byline = Byline(start=0, end=20, text=text[:20])
    assert found(text, byline=byline) == [
        ("Robert Lighthizer", "U.S. Trade Representative", "US", ["Robert Lighthizer"])
    ]


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_seed_gold(path: Path) -> None:
    gold = Document.from_dict(json.loads(path.read_text(encoding="utf-8")))
    seed = Path(__file__).parent.parent / "seeds" / f"{path.stem}.txt"
    doc = tradecorpus.extract(seed, disable=("money", "commitments"))
    assert doc.text == gold.text

    def table(d: Document) -> list[tuple[str, str | None, str | None, list[tuple[int, int, str]]]]:
        return sorted(
            (o.name, o.title, o.country, [(m.start, m.end, m.text) for m in o.mentions]) for o in d.officials
        )

    assert table(doc) == table(gold)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["President", "Sen.", "Mr.", "Trump", "Xi", "Liu He", "Wang", "’s", " ", ", ", ". ",
                         "Commerce Secretary", "Intel", "May", "\n", "By ", "the", "Vice Premier"]),
        max_size=40,
    ).map("".join),
    st.booleans(),
)  # fmt: skip
def test_never_crashes_and_spans_are_exact(text: str, stripped: bool) -> None:
    doc = Document(text=text.lower() if stripped else text, stripped=stripped)
    first = find_officials(doc)
    for official in first:
        assert official.mentions
        for m in official.mentions:
            assert doc.text[m.start : m.end] == m.text
    assert find_officials(doc) == first


@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    for official in find_officials(Document(text=text)):
        for m in official.mentions:
            assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("unit", "stripped"),
    [
        *(
            (u, False)
            for u in ["President ", "Sen. Ron ", "Trump ", "Mr. ", "A" * 40 + " ", "Commerce Secretary "]
        ),
        # a name that comes back thousands of times: each mention is checked in constant time
        ("President Trump and Trump ", False),
        ("Trade Minister Anna Berglund said. Berglund ", False),
        ("president trump and trump ", True),
        # a three-word name after a title, again and again
        ("minister xqzb yqzb zqzb said ", True),
        ("minister aaqb bbqb ", True),
    ],
    ids=repr,
)
def test_adversarial_input_takes_linear_time(unit: str, stripped: bool) -> None:
    find_officials(Document(text=unit * 3, stripped=stripped))  # (the word list loads once)

    def seconds(text: str) -> float:
        gazetteer_scan.cache_clear()
        t = time.perf_counter()
        find_officials(Document(text=text, stripped=stripped))
        return time.perf_counter() - t

    small, large = unit * (100_000 // len(unit)), unit * (1_000_000 // len(unit))
    t_small, t_large = seconds(small), seconds(large)
    assert t_large < 20 * t_small + 0.5, (t_small, t_large)


def test_a_possessive_ends_the_name_and_the_country_comes_from_the_gazetteer() -> None:
    text = (
        "Kenyan Trade Minister Joseph Kimotho met Sen. James A. McClure. President Reagan's Trade Act passed."
    )
    assert found(text) == [
        ("Joseph Kimotho", "Trade Minister", "KE", ["Joseph Kimotho"]),
        ("James A. McClure", "Senator", None, ["James A. McClure"]),
        ("Ronald Reagan", "President", "US", ["Reagan"]),
    ]


APPOSITIONS_AND_BODIES = [
    (
        "Michael Duffy, Australia's trade negotiations minister, met Jan Kavan, the foreign minister.",
        [
            ("Michael Duffy", "Trade Negotiations Minister", "AU", ["Michael Duffy"]),
            ("Jan Kavan", "Foreign Minister", None, ["Jan Kavan"]),
        ],
    ),
    (
        # a portfolio after the head; a body before a head that companies use too
        "U.S. Secretary of State Madeleine Albright and FBI Director Louis Freeh spoke; Albright left.",
        [
            ("Madeleine Albright", "Secretary of State", "US", ["Madeleine Albright", "Albright"]),
            ("Louis Freeh", "FBI Director", "US", ["Louis Freeh"]),
        ],
    ),
    (
        # a company's president and director are no officials
        "Alan MacDonald, president of Nestle Foods, and Director Steven Spielberg spoke.",
        [],
    ),
    (
        # names listed after a plural title, each with the country after it or in the same place of
        # the countries' list; a sales representative is nobody's office
        "The foreign ministers of Bronislaw Geremek of Poland, Janos Martonyi of Hungary and Jan Kavan "
        "of the Czech Republic signed. Kavan spoke. The finance ministers of Japan and West Germany, "
        "Hans Mueller and Otto Schmidt, met. Sales representatives Jon Smithers and Bob Jones left.",
        [
            ("Bronislaw Geremek", "Foreign Minister", "PL", ["Bronislaw Geremek"]),
            ("Janos Martonyi", "Foreign Minister", "HU", ["Janos Martonyi"]),
            ("Jan Kavan", "Foreign Minister", "CZ", ["Jan Kavan", "Kavan"]),
            ("Hans Mueller", "Finance Minister", "JP", ["Hans Mueller"]),
            ("Otto Schmidt", "Finance Minister", "DE", ["Otto Schmidt"]),
        ],
    ),
    (
        # a head companies share, in lower case after a public body or a country's titled body; a
        # generic body (Central Bank) takes the country written before it; a bank's president is a
        # company's
        "Former Bank of Japan governor Haruki Maeda wrote the Maeda report. Polish National Bank "
        "head Wladyslaw Baka left. Indonesia's Central Bank governor Arifin Siregar spoke. Chase "
        "Manhattan Bank president Jon Smithers and union leader Bob Jones did not.",
        [
            ("Haruki Maeda", "Bank of Japan Governor", "JP", ["Haruki Maeda", "Maeda"]),
            ("Wladyslaw Baka", "National Bank Head", "PL", ["Wladyslaw Baka"]),
            ("Arifin Siregar", "Central Bank Governor", "ID", ["Arifin Siregar"]),
        ],
    ),
    (
        # an ambassador *to* a place; a delegate; spokesmen of bodies; a security adviser; a
        # country's leader; a legislator in apposition
        "U.S. Ambassador to GATT Michael Samuels and Japan's delegate, Minoru Endo, spoke. White House "
        "spokesman Marvin Fitzroy and national security adviser Brent Scowden agreed with "
        "Palestinian leader Yasser Arafat, said Kenneth Warren, a Conservative member of Parliament.",
        [
            ("Michael Samuels", "Ambassador to GATT", "US", ["Michael Samuels"]),
            ("Minoru Endo", "Delegate", "JP", ["Minoru Endo"]),
            ("Marvin Fitzroy", "White House Spokesman", "US", ["Marvin Fitzroy"]),
            ("Brent Scowden", "National Security Adviser", None, ["Brent Scowden"]),
            ("Yasser Arafat", "Leader", "PS", ["Yasser Arafat"]),
            ("Kenneth Warren", "Conservative MP", None, ["Kenneth Warren"]),
        ],
    ),
    (
        # royal titles are offices, not names; a lower-case particle inside a name; surnames joined
        # by a hyphen; a crown in a name is none
        "Prime Minister Prince Norodom Ranariddh met Jordan's King Hussein and President Daniel arap "
        "Moi. Ranariddh's aides and Moi left. The Ranariddh-Moi talks ended. Stephen King and Burger "
        "King did not.",
        [
            ("Norodom Ranariddh", "Prime Minister", "KH", ["Norodom Ranariddh", "Ranariddh", "Ranariddh"]),
            ("Hussein bin Talal", "King", "JO", ["Hussein"]),  # the table's monarch of that name
            ("Daniel arap Moi", "President", "KE", ["Daniel arap Moi", "Moi", "Moi"]),
        ],
    ),
    (
        # an unlisted official's full name again, without the title; a common-word surname before
        # ``administration`` at a sentence's start
        "Second Prime Minister Tep Vong staged a coup. Tep Vong's troops attacked. President George "
        "Bush spoke. The Bush administration agreed.",
        [
            ("Tep Vong", "Second Prime Minister", None, ["Tep Vong", "Tep Vong"]),
            ("George H.W. Bush", "President", "US", ["George Bush", "Bush"]),
        ],
    ),
    (
        # a monarch after the title; a name the table gives a ruler alone (Saddam) is his, and the
        # surname he shares with the king is the king's after ``King Hussein``; a person a place
        # is named after is not mentioned there
        "Jordan's King Hussein met Iraqi President Saddam Hussein. Hussein said the port is open. "
        "Saddam said no. Flights left the Jomo Kenyatta International Airport.",
        [
            ("Hussein bin Talal", "King", "JO", ["Hussein", "Hussein"]),
            ("Saddam Hussein", "President", "IQ", ["Saddam Hussein", "Saddam"]),
        ],
    ),
    (
        # a surname in an all-capitals headline; a leader's name in his administration
        "YEUTTER SEES DEAL\nTrade Representative Clayton Yeutter said the Yeutter Administration agreed.",
        [("Clayton Yeutter", "U.S. Trade Representative", "US", ["YEUTTER", "Clayton Yeutter", "Yeutter"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), APPOSITIONS_AND_BODIES, ids=[t[:30] for t, _ in APPOSITIONS_AND_BODIES]
)
def test_appositions_portfolios_and_bodies(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text) == expected
