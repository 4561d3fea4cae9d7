"""The built-in entities extractor: names, kinds, countries, spans, metonymy, stripped text; gold;
robustness."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradecorpus
from tradecorpus.extractors.entities import find_entities, gazetteer_scan
from tradecorpus.model import Document
from tradecorpus.testing.strategies import entity_texts

GOLD = Path(__file__).parent / "gold"


def found(text: str, *, stripped: bool = False) -> list[tuple[str, str, str | None, list[str]]]:
    doc = Document(text=text, stripped=stripped)
    entities = find_entities(doc)
    for e in entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
    return [(e.name, e.kind, e.country, [m.text for m in e.mentions]) for e in entities]


CASES = [
    (
        "The U.S. and China agreed; U.S. goods and America's farmers gained.",
        [
            ("United States", "country", "US", ["U.S.", "U.S.", "America"]),
            ("China", "country", "CN", ["China"]),
        ],
    ),
    (
        "US-China trade talks",
        [("United States", "country", "US", ["US"]), ("China", "country", "CN", ["China"])],
    ),
    ("Chinese and American officials met in Japan.", [("Japan", "country", "JP", ["Japan"])]),
    ("Britain and the UK are one.", [("United Kingdom", "country", "GB", ["Britain", "UK"])]),
    (
        "The EU asked the WTO.",
        [
            ("European Union", "international", None, ["EU"]),
            ("World Trade Organization", "international", None, ["WTO"]),
        ],
    ),
    ("the Group of 20 and the G-20", [("Group of 20", "international", None, ["Group of 20", "G-20"])]),
    ("They told us it was fine.", []),
    ("Intel Corp. said ... Intel shares rose.", [("Intel", "company", "US", ["Intel Corp.", "Intel"])]),
    (
        "Sansui Electric Co. said on Monday that Sansui would cut prices.",
        [("Sansui Electric Co.", "company", None, ["Sansui Electric Co.", "Sansui"])],
    ),
    (
        "Tariffs on U.S. steel and the China mobile phone market; Treasury yields rose.",
        [("United States", "country", "US", ["U.S."]), ("China", "country", "CN", ["China"])],
    ),
    (
        "Shares of Anheuser-Busch Cos. fell.",
        [("Anheuser-Busch Cos.", "company", None, ["Anheuser-Busch Cos."])],
    ),
    (
        "Thailand's Finance Ministry said so.",
        [
            ("Thailand", "country", "TH", ["Thailand"]),
            ("Finance Ministry of Thailand", "government", "TH", ["Finance Ministry"]),
        ],
    ),
    (
        "The American Farm Bureau Federation objected.",
        [("American Farm Bureau Federation", "other", "US", ["American Farm Bureau Federation"])],
    ),
    (
        "The Soviet Union and the Russian Federation",
        [
            ("Soviet Union", "country", "SU", ["Soviet Union"]),
            ("Russia", "country", "RU", ["Russian Federation"]),
        ],
    ),
    (
        "New Mexico farmers and Papua New Guinea",
        [("Papua New Guinea", "country", "PG", ["Papua New Guinea"])],
    ),
    ("Exports rose to US$5 billion.", []),
    (
        "I.B.M. told the F.B.I. about it.",
        [
            ("International Business Machines", "company", "US", ["I.B.M."]),
            ("Federal Bureau of Investigation", "government", "US", ["F.B.I."]),
        ],
    ),
    (
        "Shares of BP rose; TNK-BP and Sony-Ericsson fell.",
        [("BP", "company", "GB", ["BP"]), ("TNK-BP", "company", "RU", ["TNK-BP"])],
    ),
    (
        "U.S. Senate Republicans and Sen. Ben Cardin (D-Md.), a Democrat, met Democratic leaders.",
        [
            ("United States", "country", "US", ["U.S."]),
            ("United States Senate", "government", "US", ["Senate"]),
            ("Republican Party", "other", "US", ["Republicans"]),
            ("Democratic Party", "other", "US", ["D", "Democrat", "Democratic"]),
        ],
    ),
    (
        "In the U.S., the Republican Guard, the Christian Democrats and the Democratic Republic of the "
        "Congo.",
        [
            ("United States", "country", "US", ["U.S."]),
            ("Democratic Republic of the Congo", "country", "CD", ["Democratic Republic of the Congo"]),
        ],
    ),
    (
        "Republicans in Germany's Bundestag",
        [
            ("Germany", "country", "DE", ["Germany"]),
            ("Bundestag", "government", "DE", ["Bundestag"]),
        ],
    ),
    ("Trade rose.\n\nreuter", [("Reuters", "media", "GB", ["reuter"])]),
    (
        "A U.S. Embassy official and Immigration and Naturalization Service Commissioner Doris Meissner "
        "met Treasury Secretary Nicholas Brady.",
        [
            ("United States", "country", "US", ["U.S."]),
            ("Embassy of United States", "government", "US", ["Embassy"]),
            (
                "Immigration and Naturalization Service",
                "government",
                "US",
                ["Immigration and Naturalization Service"],
            ),
        ],
    ),
    (
        "Bear, Stearns & Co. and BellSouth Enterprises Inc. advised McCaw Cellular Communications Inc.",
        [
            ("Bear Stearns", "company", "US", ["Bear, Stearns & Co."]),
            ("BellSouth Enterprises Inc.", "company", "US", ["BellSouth Enterprises Inc."]),
            ("McCaw Cellular Communications Inc.", "company", None, ["McCaw Cellular Communications Inc."]),
        ],
    ),
    (
        "The Senate Appropriations Committee asked D-Wave Systems; D-Wave said no.",
        [
            ("Senate Appropriations Committee", "government", "US", ["Senate Appropriations Committee"]),
            ("D-Wave Systems", "company", None, ["D-Wave Systems", "D-Wave"]),
        ],
    ),
    (
        "Cie. de Navigation Mixte Chairman Marc Fournier rejected the bid by Cie. Financiere de Paribas "
        "for a stake in Navigation Mixte. Paribas needs the Commission des Operations de Bourse.",
        [
            ("Cie. de Navigation Mixte", "company", None, ["Cie. de Navigation Mixte", "Navigation Mixte"]),
            ("Paribas", "company", "FR", ["Cie. Financiere de Paribas", "Paribas"]),
            (
                "Commission des Operations de Bourse",
                "government",
                None,
                ["Commission des Operations de Bourse"],
            ),
        ],
    ),
    (
        "Shoney's Inc. said Reiss amp Co. B.V. and Prudential-Bache Securities agreed. Shoney's said so.",
        [
            ("Shoney's Inc.", "company", None, ["Shoney's Inc.", "Shoney's"]),
            ("Reiss amp Co. B.V.", "company", None, ["Reiss amp Co. B.V."]),
            ("Prudential-Bache Securities", "company", None, ["Prudential-Bache Securities"]),
        ],
    ),
    (
        "Rivals of Home Shopping Network Inc. include the company's Ticketron unit. Home Shopping and "
        "Ticketron grew; its Texas unit and its European division did not.",
        [
            ("Home Shopping Network Inc.", "company", None, ["Home Shopping Network Inc.", "Home Shopping"]),
            ("Ticketron", "company", None, ["Ticketron", "Ticketron"]),
        ],
    ),
    (
        "The Australian Tourist Commission, the Chinese Foreign Ministry, George Washington University, "
        "the National Association of Securities Dealers and the Taleban met in the West Bank.",
        [
            ("Australian Tourist Commission", "government", "AU", ["Australian Tourist Commission"]),
            ("Ministry of Foreign Affairs of China", "government", "CN", ["Foreign Ministry"]),
            ("George Washington University", "other", None, ["George Washington University"]),
            (
                "National Association of Securities Dealers",
                "other",
                None,
                ["National Association of Securities Dealers"],
            ),
            ("Taliban", "other", "AF", ["Taleban"]),
        ],
    ),
    (
        "The 11th U.S. Circuit Court of Appeals, the 11th Circuit U.S. Court of Appeals and the Ninth "
        "Circuit Court of Appeals ruled, and ABC reported that Cable and Wireless agreed.",
        [
            (
                "U.S. Court of Appeals for the Eleventh Circuit",
                "government",
                "US",
                ["11th U.S. Circuit Court of Appeals", "11th Circuit U.S. Court of Appeals"],
            ),
            (
                "U.S. Court of Appeals for the Ninth Circuit",
                "government",
                "US",
                ["Ninth Circuit Court of Appeals"],
            ),
            ("ABC News", "media", "US", ["ABC"]),
            ("Cable and Wireless", "company", "GB", ["Cable and Wireless"]),
        ],
    ),
    (
        "Lisa Schlein for VOA News, Geneva, on aid to North America and Latin America.",
        [("Voice of America", "media", "US", ["VOA News"])],
    ),
    (
        # acronyms before a title, a possessive back reference, a listed company with its legal form
        "Levitt, the SEC Chairman, and FBI Director Louis Freeh met. The EC Commission's paper came "
        "out as Siemens AG bought shares in Nestle S.A.; Nestle said it sold its Nestle Foods unit.",
        [
            ("Securities and Exchange Commission", "government", "US", ["SEC"]),
            ("Federal Bureau of Investigation", "government", "US", ["FBI"]),
            ("European Community", "international", None, ["EC"]),
            ("European Commission", "international", None, ["Commission"]),
            ("Siemens", "company", "DE", ["Siemens AG"]),
            ("Nestlé", "company", "CH", ["Nestle S.A.", "Nestle", "Nestle Foods"]),
        ],
    ),
    (
        # a comma before "Company" ends a clause; legal forms after "Limited" and "Corp."
        "Exports to the U.S., Company officials said, fell. Dover Partners Limited Partnership and "
        "Acme Corp. International said; Dover declined to comment.",
        [
            ("United States", "country", "US", ["U.S."]),
            (
                "Dover Partners Limited Partnership",
                "company",
                None,
                ["Dover Partners Limited Partnership", "Dover"],
            ),
            ("Acme Corp. International", "company", None, ["Acme Corp. International"]),
        ],
    ),
    (
        # the town after a company is a place, not the company
        "Kenosha Truck Corp., Kenosha, Wis., and Armonk Systems Inc., Armonk, New York, said "
        "Kenosha Truck and Armonk would merge.",
        [
            ("Kenosha Truck Corp.", "company", None, ["Kenosha Truck Corp.", "Kenosha Truck"]),
            ("Armonk Systems Inc.", "company", None, ["Armonk Systems Inc.", "Armonk"]),
        ],
    ),
    (
        # newspapers and magazines by the last word of their title
        "The Buffalo News and the Japan Times reported, citing Orlando, Fla.-based Confectioner "
        "Magazine; Reagan Times are over, and the Straits Times Index fell. PAP and Belga agreed.",
        [
            ("The Buffalo News", "media", "US", ["Buffalo News"]),
            ("The Japan Times", "media", "JP", ["Japan Times"]),
            ("Confectioner Magazine", "media", None, ["Confectioner Magazine"]),
            ("The Straits Times", "media", "SG", ["Straits Times"]),
            ("Polish Press Agency", "media", "PL", ["PAP"]),
            ("Belga", "media", "BE", ["Belga"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_entities(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text) == expected


GOVERNMENT = [
    "Beijing wants a deal.",
    "Washington's demands grew.",
    "It was one-sided in Washington's favor.",
    "talks between Washington and Beijing",
    "pressure on Beijing to act",
    "unless Beijing shows flexibility",
    "Tokyo retaliated at once.",
    "Beijing and Washington have agreed.",
    "He said Peking itself would have to persuade Congress.",
    "laws which prevent Peking getting such status",
    "a bid to help Tokyo open its market",
    "In return, Washington agreed to forego duties.",  # the word before is another clause's
]
PLACE = [
    "Talks were held in Beijing.",
    "TOKYO, April 8 - Japan said.",
    "WASHINGTON (Reuters) - The U.S. said.",
    "He flew to Tokyo on Monday.",
    "a Beijing-based analyst",
    "Beijing talks ended.",
    "Beijing's streets were quiet.",
    "a rally at Beijing's Palace of Culture",
    "In Beijing, officials said talks resumed.",
]


@pytest.mark.parametrize("text", GOVERNMENT)
def test_a_capital_that_acts_is_its_government(text: str) -> None:
    capitals = {"Beijing": "China", "Washington": "United States", "Tokyo": "Japan"}
    names = {name for name, *_ in found(text)}
    assert names >= {capitals[c] for c in capitals if c in text}


@pytest.mark.parametrize("text", PLACE)
def test_a_capital_that_is_a_place_is_no_mention(text: str) -> None:
    mentions = [m for *_, ms in found(text) for m in ms]
    assert not {"Beijing", "Washington", "Tokyo", "TOKYO", "WASHINGTON"} & set(mentions)


def test_a_body_that_names_no_country_is_of_the_dateline_s_state() -> None:
    text = "TOKYO, March 3 - The Foreign Ministry said China should open. China disagreed, China said."
    japan = ("Ministry of Foreign Affairs of Japan", "government", "JP", ["Foreign Ministry"])
    assert found(text)[0] == japan
    # without a dateline, the country the article names most
    assert found(text.replace("TOKYO, March 3 - ", ""))[0][:3] == (
        "Ministry of Foreign Affairs of China",
        "government",
        "CN",
    )


def test_a_generic_body_in_lower_case_after_the_is_the_story_s_state_s() -> None:
    text = (
        "ABU DHABI, March 3 - The United Arab Emirates trade surplus narrowed, the central bank's "
        "bulletin shows. The central bank said so. Japan is sending an official from its trade "
        "ministry, and a foreign trade ministry official agreed."
    )
    assert found(text) == [
        ("United Arab Emirates", "country", "AE", ["United Arab Emirates"]),
        ("Central Bank of the United Arab Emirates", "government", "AE", ["central bank", "central bank"]),
        ("Japan", "country", "JP", ["Japan"]),
    ]


def test_a_date_after_a_body_s_name_is_not_part_of_it() -> None:
    text = "He will testify before the House Committee on Government Reform on Feb. 10."
    assert [(name, mentions) for name, _, _, mentions in found(text)] == [
        ("House Committee on Government Reform", ["House Committee on Government Reform"])
    ]


def test_a_byline_place_is_no_mention() -> None:
    art = "date 2019-11-13 By Chao Deng in Beijing and William Mauldin in Washington\n\nThe talks resumed.\n"
    doc = tradecorpus.extract(art, disable=("money", "commitments"))
    assert doc.byline is not None
    assert all(m.start >= doc.byline.end for e in doc.entities for m in e.mentions)


STRIPPED = [
    ("the u s will be represented by robert lighthizer", [("United States", "country", "US", ["u s"])]),
    ("they told us that the us would buy us goods", [("United States", "country", "US", ["us", "us"])]),
    (
        "china s commerce ministry said",
        [
            ("China", "country", "CN", ["china"]),
            ("Ministry of Commerce of China", "government", "CN", ["commerce ministry"]),
        ],
    ),
    ("if beijing wasn t adhering to the terms", [("China", "country", "CN", ["beijing"])]),
    ("a trip to beijing", []),
    (
        "shares of nashua corp rose after reiss amp co b v filed and nashua said the co operation helped",
        [
            ("nashua corp", "company", None, ["nashua corp", "nashua"]),
            ("reiss amp co b v", "company", None, ["reiss amp co b v"]),
        ],
    ),
    (
        "an analyst at dow jones amp co said bellsouth enterprises inc and bellsouth grew",
        [
            ("dow jones amp co", "company", None, ["dow jones amp co"]),
            ("bellsouth enterprises inc", "company", None, ["bellsouth enterprises inc"]),
            ("BellSouth", "company", "US", ["bellsouth"]),
        ],
    ),
    (
        "nairobi kenya ap\n\nfbi director louis freeh said the treasury secretary and an ap reporter met",
        [
            ("Kenya", "country", "KE", ["kenya"]),
            ("Associated Press", "media", "US", ["ap"]),
            ("Federal Bureau of Investigation", "government", "US", ["fbi"]),
        ],
    ),
    (
        # a country whose name is a word too: in text naming another country, not by a food word
        "ankara march 4 turkey expects a deficit and exports to turkey and greece rose but a turkey "
        "and turkey meat did not",
        [("Turkey", "country", "TR", ["turkey", "turkey"]), ("Greece", "country", "GR", ["greece"])],
    ),
    ("turkey and stuffing were served", []),
    (
        # the commission and the community refer back to the European bodies the article names
        "the ec commission said the community s farm policy and the commission s plan would change "
        "but the trade commission and a commission of inquiry did not",
        [
            ("European Community", "international", None, ["ec", "community"]),
            ("European Commission", "international", None, ["commission", "commission"]),
        ],
    ),
    (
        # party members and the party adjective before an office, in text about the United States
        "senate democrats and a republican from texas met democratic senator max baucus on the u s "
        "bill but christian democrats and democratic reforms and a republican form of government did not",
        [
            ("United States Senate", "government", "US", ["senate"]),
            ("Democratic Party", "other", "US", ["democrats", "democratic"]),
            ("Republican Party", "other", "US", ["republican"]),
            ("United States", "country", "US", ["u s"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRIPPED, ids=[t[:40] for t, _ in STRIPPED])
def test_stripped(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text, stripped=True) == expected


def test_commitment_party_is_the_acting_entity() -> None:
    doc = tradecorpus.extract(
        {"text": "In Beijing, China agreed to buy $200 billion of U.S. goods over two years."}
    )
    assert [(c.party, c.action) for c in doc.commitments] == [("China", "purchase")]


# --------------------------------------------------------------------------- gold


def _gold_files() -> list[Path]:
    return [p for p in sorted(GOLD.glob("*.json")) if "entities" in json.loads(p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.stem)
def test_seed_gold(path: Path) -> None:
    gold = Document.from_dict(json.loads(path.read_text(encoding="utf-8")))
    seed = Path(__file__).parent.parent / "seeds" / f"{path.stem}.txt"
    doc = tradecorpus.extract(seed, disable=("money", "commitments"))
    assert doc.text == gold.text

    def table(d: Document) -> list[tuple[str, str, str | None, list[tuple[int, int, str]]]]:
        return sorted(
            (e.name, e.kind, e.country, [(m.start, m.end, m.text) for m in e.mentions]) for e in d.entities
        )

    assert table(doc) == table(gold)


# --------------------------------------------------------------------------- properties


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(entity_texts())
def test_round_trip(case: tuple[str, object]) -> None:
    text, entity = case
    assert find_entities(Document(text=text)) == [entity]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(entity_texts(stripped=True))
def test_round_trip_stripped(case: tuple[str, object]) -> None:
    text, entity = case
    assert find_entities(Document(text=text, stripped=True)) == [entity]


_PIECES = ["U.S.", "Corp.", "Bank", "Ministry", " of ", "the ", "China", "Beijing", "'s"]
_ALPHABET = st.sampled_from([*"abcUSAEGTWOC .,'’-\n&", *_PIECES])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text() | st.lists(_ALPHABET, max_size=80).map("".join), st.booleans())
def test_never_crashes_and_spans_are_exact(text: str, stripped: bool) -> None:
    doc = Document(text=text, stripped=stripped)
    first = find_entities(doc)
    for e in first:
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end] == m.text
    assert find_entities(doc) == first


ADVERSARIAL = [
    "Bank ",
    "U.S. ",
    "A B C D E F G Corp ",
    "Ministry of A of B of C ",
    "of of of the ",
    "Beijing and ",
    "u s ",
    "X" * 50 + " ",
    "the Aa Bb Cc Times ",
    "Fla.-based Magazine, ",
    "Co, Wis., ",
]


def _seconds(text: str, *, rounds: int, stripped: bool = False) -> float:
    best = float("inf")
    for _ in range(rounds):
        gazetteer_scan.cache_clear()  # time the scan too, not a remembered one
        t = time.perf_counter()
        find_entities(Document(text=text, stripped=stripped))
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize("unit", ADVERSARIAL, ids=repr)
def test_adversarial_input_takes_linear_time(unit: str) -> None:
    small = unit * (100_000 // len(unit))
    large = unit * (1_000_000 // len(unit))
    t_small, t_large = _seconds(small, rounds=2), _seconds(large, rounds=1)
    assert t_large < 20 * t_small + 0.5, (t_small, t_large)


@pytest.mark.parametrize("unit", ["x corp ", "a b c d co ", "amp co b v ", "s inc ", "kenya ap\n"], ids=repr)
def test_adversarial_stripped_input_takes_linear_time(unit: str) -> None:
    small = unit * (100_000 // len(unit))
    large = unit * (1_000_000 // len(unit))
    t_small = _seconds(small, rounds=2, stripped=True)
    t_large = _seconds(large, rounds=1, stripped=True)
    assert t_large < 20 * t_small + 0.5, (t_small, t_large)


def test_the_quick_test_for_leading_legal_forms_covers_every_form() -> None:
    from tradecorpus.extractors._organisations import _PREFIX_FORMS, _PREFIX_STEMS

    assert all(form.startswith(_PREFIX_STEMS) for form in _PREFIX_FORMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finance Minister Shunichi Suzuki met Ford executives.",
            [("Ford Motor", "company", "US", ["Ford"])],
        ),
        ("Doug Ford and Tony Abbott spoke with Susan Schwab.", []),
        (
            "President Miguel de la Madrid visited Madrid's mayor; Madrid wants more.",
            [("Spain", "country", "ES", ["Madrid"])],
        ),
    ],
    ids=["suzuki", "ford-abbott-schwab", "de-la-madrid"],
)
def test_a_listed_office_holder_s_name_holds_no_entity(text: str, expected: list[tuple[object, ...]]) -> None:
    """The office-holders are compiled into the gazetteer's matcher: ``Ford`` in ``Doug Ford`` is
    no company, ``Madrid`` in ``Miguel de la Madrid`` no capital."""
    assert found(text) == expected
