"""The currency gazetteer is consistent: every code it names exists, no word means two things."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

import pytest

from tradecorpus._data.currencies import (
    CODES,
    DOLLAR_PREFIXES,
    LOWERCASE_CODES,
    MINOR_UNITS,
    NAMES,
    SCALE_WORDS,
    SPACED_DOLLAR_PREFIXES,
    SYMBOLS,
    WORD_CODES,
    _table,
)

#: English words and common lower-case tokens that must never be read as a currency code.
ENGLISH_WORDS = frozenset(
    {"all", "top", "try", "cup", "mad", "pen", "gel", "bob", "sos", "mop", "cad", "rub", "cop", "ron"}
    | {"sit", "yum", "bam", "amd", "ils", "esp", "pte", "std", "kgs"}
)


def test_codes_are_three_upper_case_letters_with_a_name() -> None:
    assert len(CODES) >= 170
    for code, name in CODES.items():
        assert re.fullmatch("[A-Z]{3}", code), code
        assert name
        assert name == name.strip()


def test_metals_and_testing_codes_are_left_out() -> None:
    assert not {"XAU", "XAG", "XPT", "XPD", "XTS", "XXX"} & CODES.keys()


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(NAMES, id="NAMES"),
        pytest.param(SYMBOLS, id="SYMBOLS"),
        pytest.param(DOLLAR_PREFIXES, id="DOLLAR_PREFIXES"),
        pytest.param({k: code for k, (code, _) in MINOR_UNITS.items()}, id="MINOR_UNITS"),
    ],
)
def test_every_value_is_a_known_code_or_none(table: Mapping[str, str | None]) -> None:
    unknown = {k: v for k, v in table.items() if v is not None and v not in CODES}
    assert not unknown


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(NAMES, id="NAMES"),
        pytest.param(MINOR_UNITS, id="MINOR_UNITS"),
        pytest.param(SCALE_WORDS, id="SCALE_WORDS"),
    ],
)
def test_word_keys_are_lower_case_single_spaced(table: Mapping[str, object]) -> None:
    bad = [k for k in table if k != k.lower() or k != " ".join(k.split()) or not k.replace(" ", "").isalpha()]
    assert not bad


def test_no_word_is_in_two_tables() -> None:
    assert not NAMES.keys() & SCALE_WORDS.keys()
    assert not NAMES.keys() & MINOR_UNITS.keys()
    assert not MINOR_UNITS.keys() & SCALE_WORDS.keys()
    # A name that is also written as a lower-case code means that code.
    assert all(NAMES[k] == k.upper() for k in NAMES.keys() & LOWERCASE_CODES)


def test_word_codes_are_codes() -> None:
    assert not WORD_CODES - CODES.keys()
    assert {"ALL", "TOP", "TRY", "CUP", "PEN", "MAD", "COP"} <= WORD_CODES
    assert not {"CAD", "USD", "EUR", "GBP", "CNY", "SAR"} & WORD_CODES


def test_lowercase_codes_are_codes_and_not_words() -> None:
    assert all(c == c.lower() and c.upper() in CODES for c in LOWERCASE_CODES)
    assert not LOWERCASE_CODES & ENGLISH_WORDS
    assert not {c.lower() for c in WORD_CODES} & LOWERCASE_CODES
    assert {"usd", "eur", "gbp", "jpy", "cny", "inr", "aed"} <= LOWERCASE_CODES


def test_symbols_are_single_characters() -> None:
    assert all(len(s) == 1 and not (s.isascii() and s.isalnum()) for s in SYMBOLS)
    assert SYMBOLS["$"] == "USD"
    assert SYMBOLS["€"] == "EUR"
    assert SYMBOLS["¥"] is None
    assert SYMBOLS["₿"] is None


def test_dollar_prefixes() -> None:
    assert all(re.fullmatch("[a-z]+", p) for p in DOLLAR_PREFIXES)
    assert not SPACED_DOLLAR_PREFIXES - DOLLAR_PREFIXES.keys()
    assert not {p for p in SPACED_DOLLAR_PREFIXES if len(p) == 1} - {"c"}
    assert not SPACED_DOLLAR_PREFIXES & {"a", "s", "can", "sing", "mop"}
    assert DOLLAR_PREFIXES["us"] == "USD"
    assert DOLLAR_PREFIXES["hk"] == "HKD"
    assert DOLLAR_PREFIXES["c"] == "CAD"
    assert DOLLAR_PREFIXES["r"] == "BRL"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("dollars", "USD"),
        ("dlrs", "USD"),
        ("u s dollars", "USD"),
        ("canadian dlrs", "CAD"),
        ("stg", "GBP"),
        ("swiss francs", "CHF"),
        ("francs", None),
        ("crowns", None),
        ("kroner", None),
        ("kronor", "SEK"),
        ("norwegian crowns", "NOK"),
        ("d mark", "DEM"),
        ("east german marks", "DDM"),
        ("lire", "ITL"),
        ("lira", None),
        ("turkish lira", "TRY"),
        ("yen", "JPY"),
        ("renminbi", "CNY"),
        ("riyals", None),
        ("saudi riyals", "SAR"),
        ("pesos", None),
        ("mexican pesos", "MXN"),
        ("reais", "BRL"),
        ("nuevos soles", "PEN"),
        ("bitcoins", None),
    ],
)
def test_names(name: str, code: str | None) -> None:
    assert NAMES[name] == code


def test_common_words_are_not_names() -> None:
    assert not NAMES.keys() & {"real", "sol", "colon", "mark", "kip", "sum", "ban", "grand", "nickel"}


def test_minor_units_and_scales() -> None:
    assert MINOR_UNITS["pence"] == ("GBP", Decimal("0.01"))
    assert MINOR_UNITS["cents"] == (None, Decimal("0.01"))
    assert MINOR_UNITS["dime"] == ("USD", Decimal("0.10"))
    assert MINOR_UNITS["jiao"] == ("CNY", Decimal("0.1"))
    assert all(isinstance(v, Decimal) and 0 < v < 1 for _, v in MINOR_UNITS.values())
    assert SCALE_WORDS["bn"] == Decimal(10) ** 9
    assert SCALE_WORDS["mln"] == SCALE_WORDS["m"] == SCALE_WORDS["mm"] == Decimal(10) ** 6
    assert SCALE_WORDS["crore"] == Decimal(10) ** 7
    assert SCALE_WORDS["lakhs"] == Decimal(10) ** 5
    assert SCALE_WORDS["tn"] == Decimal(10) ** 12
    assert "grand" not in SCALE_WORDS


def test_tables_are_read_only() -> None:
    with pytest.raises(TypeError):
        NAMES["x"] = "USD"  # type: ignore[index]
    with pytest.raises(TypeError):
        CODES["XXX"] = "nothing"  # type: ignore[index]


def test_a_word_listed_twice_is_an_error() -> None:
    assert _table([(1, "peso(s), lek"), (2, "rand")]) == {"peso": 1, "pesos": 1, "lek": 1, "rand": 2}
    with pytest.raises(ValueError, match="'pesos' is listed twice"):
        _table([(1, "peso(s)"), (2, "pesos")])
