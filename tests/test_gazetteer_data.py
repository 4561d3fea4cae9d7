"""The country and organisation gazetteers are complete, consistent and shipped in the wheel."""

from __future__ import annotations

import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pytest

from tradecorpus._data.gazetteer import (
    ORGANISATION_TABLES,
    Body,
    Country,
    bodies,
    countries,
    country_by_code,
    organisations,
    people,
)

ROOT = Path(__file__).resolve().parent.parent
HISTORICAL = {"SU", "DD", "YU", "CS"}


def _owners(names_of: Iterable[tuple[str, tuple[str, ...]]]) -> dict[str, set[str]]:
    """Each name mapped to the keys (codes, body names) of every row that lists it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, names in names_of:
        for name in names:
            owners[name].add(key)
    return owners


def test_codes_are_two_upper_case_letters_and_unique() -> None:
    codes = [c.code for c in countries()]
    bad = [code for code in codes if not re.fullmatch("[A-Z]{2}", code)]
    assert not bad, bad
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    assert not duplicates, duplicates


def test_every_iso_code_and_the_historical_states() -> None:
    assert len(countries()) >= 245
    by_kind = defaultdict(set)
    for c in countries():
        by_kind[c.kind].add(c.code)
    assert set(by_kind) == {"country", "territory", "historical"}
    assert by_kind["historical"] == HISTORICAL
    assert len(by_kind["country"] | by_kind["territory"]) == 249
    assert {"HK", "MO", "PR", "GU", "GL"} <= by_kind["territory"]
    assert "TW" in by_kind["country"]


def test_fields_are_clean() -> None:
    for c in countries():
        for text in (c.name, c.capital or "", *c.aliases, *c.demonyms):
            assert text == text.strip(), (c.code, text)
            assert "  " not in text, (c.code, text)
        assert c.name, c.code
        assert not c.name.startswith(("the ", "The ")), c.code
        assert c.name not in c.aliases, c.code
        assert len(set(c.aliases)) == len(c.aliases), c.code
        assert len(set(c.demonyms)) == len(c.demonyms), c.code


def test_no_alias_is_listed_for_two_countries() -> None:
    owners = _owners((f"{c.code}#{i}", (c.name, *c.aliases)) for i, c in enumerate(countries()))
    clashes = {name: sorted(codes) for name, codes in owners.items() if len(codes) > 1}
    print(clashes)
    assert not clashes


def test_no_demonym_is_listed_for_two_countries() -> None:
    owners = _owners((f"{c.code}#{i}", c.demonyms) for i, c in enumerate(countries()))
    clashes = {name: sorted(codes) for name, codes in owners.items() if len(codes) > 1}
    print(clashes)
    assert not clashes


def test_no_alias_is_another_countrys_demonym() -> None:
    demonym_owner = {d: c.code for c in countries() for d in c.demonyms}
    clashes = [
        (c.code, alias, demonym_owner[alias])
        for c in countries()
        for alias in (c.name, *c.aliases)
        if alias in demonym_owner and demonym_owner[alias] != c.code
    ]
    print(clashes)
    assert not clashes


def test_united_states() -> None:
    us = country_by_code("US")
    assert us.name == "United States"
    assert {"U.S.", "US", "USA", "America"} <= set(us.aliases)
    assert us.capital == "Washington"
    assert "American" in us.demonyms
    assert us.kind == "country"


def test_china_and_its_neighbours() -> None:
    cn = country_by_code("CN")
    assert cn.capital == "Beijing"
    assert "Chinese" in cn.demonyms
    assert "PRC" in cn.aliases
    assert "Republic of China" in country_by_code("TW").aliases
    assert country_by_code("HK").capital is None
    assert country_by_code("HK").kind == "territory"


@pytest.mark.parametrize(
    ("code", "name", "alias"),
    [
        ("GB", "United Kingdom", "Britain"),
        ("KR", "South Korea", "Korea"),
        ("KP", "North Korea", "DPRK"),
        ("NL", "Netherlands", "Holland"),
        ("CI", "Ivory Coast", "Côte d'Ivoire"),
        ("CD", "Democratic Republic of the Congo", "Zaire"),
        ("MM", "Myanmar", "Burma"),
        ("DE", "Germany", "West Germany"),
        ("TR", "Turkey", "Türkiye"),
        ("SU", "Soviet Union", "USSR"),
    ],
)
def test_news_names_and_aliases(code: str, name: str, alias: str) -> None:
    country = country_by_code(code)
    assert country.name == name
    assert alias in country.aliases


def test_ambiguous_names_are_left_out() -> None:
    every_name = {n for c in countries() for n in (c.name, *c.aliases)}
    assert not {"Congo", "CAR", "Saudi", "the Union"} & every_name
    assert country_by_code("GE").name == "Georgia"


def test_unknown_code_raises_a_clear_key_error() -> None:
    with pytest.raises(KeyError, match="XX"):
        country_by_code("XX")


def test_loading_twice_returns_the_same_objects() -> None:
    assert countries() is countries()
    assert bodies() is bodies()
    assert country_by_code("US") is country_by_code("US")
    assert all(isinstance(c, Country) for c in countries())
    assert all(isinstance(b, Body) for b in bodies())


def test_bodies_have_a_name_and_a_known_kind() -> None:
    assert len(bodies()) >= 45
    for body in bodies():
        assert body.name, body
        assert body.name == body.name.strip(), body
        assert body.kind in {"international", "other"}, body
        assert body.country is None, body
        assert body.name not in body.aliases, body


def test_no_body_name_means_two_things() -> None:
    owners = _owners((f"{b.name}#{i}", (b.name, *b.aliases)) for i, b in enumerate(bodies()))
    clashes = {name: sorted(keys) for name, keys in owners.items() if len(keys) > 1}
    print(clashes)
    assert not clashes
    country_names = {n for c in countries() for n in (c.name, *c.aliases, *c.demonyms)}
    assert not {n for b in bodies() for n in (b.name, *b.aliases)} & country_names


def test_trade_bodies() -> None:
    by_alias = {alias: b for b in bodies() for alias in (b.name, *b.aliases)}
    assert by_alias["WTO"].name == "World Trade Organization"
    assert by_alias["EEC"].name == "European Community"
    assert by_alias["G-7"].name == "Group of Seven"
    assert by_alias["NAFTA"].kind == "other"
    assert by_alias["IMF"].kind == "international"
    assert "AU" not in by_alias


def test_the_csv_files_ship_in_the_wheel(tmp_path: Path) -> None:
    wheel_builder = pytest.importorskip("hatchling.builders.wheel")
    (wheel,) = wheel_builder.WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"])
    names = set(zipfile.ZipFile(wheel).namelist())
    for data in ("countries.csv", "international.csv", *ORGANISATION_TABLES, "officials.csv", "SOURCES.md"):
        assert f"tradecorpus/_data/{data}" in names


# --------------------------------------------------------------------------- organisations


def _key(form: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", form.lower()))


def test_organisation_tables_are_large_and_well_formed() -> None:
    orgs = organisations()
    by_kind = defaultdict(list)
    for b in orgs:
        by_kind[b.kind].append(b)
        assert b.name, b
        assert b.name == b.name.strip(), b
        assert b.name not in b.aliases, b.name
        assert len(set(b.aliases)) == len(b.aliases), b.name
        assert set(b.ambiguous) <= {b.name, *b.aliases}, b.name
        if b.kind in {"government", "media", "company"}:
            country_by_code(b.country or "")  # raises for an unknown code
    assert len(by_kind["government"]) >= 150
    assert len(by_kind["media"]) >= 60
    assert len(by_kind["company"]) >= 150
    names = [b.name for b in orgs]
    assert len(set(names)) == len(names), sorted(n for n in set(names) if names.count(n) > 1)


def test_only_generic_government_names_are_shared() -> None:
    """A form two organisations share must be a government body's generic name (``Finance Ministry``),
    told apart by the country written before it."""
    owners: dict[str, list[Body]] = defaultdict(list)
    for b in organisations():
        for form in {_key(f) for f in (b.name, *b.aliases)}:
            owners[form].append(b)
    for form, rows in owners.items():
        if len(rows) > 1:
            assert all(r.kind == "government" for r in rows), (form, [r.name for r in rows])
            assert len({r.country for r in rows}) == len(rows), (form, [r.name for r in rows])


def test_no_organisation_form_is_a_country_name() -> None:
    country_forms = {
        _key(f) for c in countries() for f in (c.name, *c.aliases, *c.demonyms, c.capital or "") if f
    }
    clashes = [(b.name, f) for b in organisations() for f in (b.name, *b.aliases) if _key(f) in country_forms]
    assert not clashes, clashes


@pytest.mark.parametrize(
    ("form", "name", "kind", "country"),
    [
        ("USTR", "Office of the U.S. Trade Representative", "government", "US"),
        ("MOFCOM", "Ministry of Commerce of China", "government", "CN"),
        ("METI", "Ministry of Economy, Trade and Industry", "government", "JP"),
        ("Xinhua", "Xinhua News Agency", "media", "CN"),
        ("Reuter", "Reuters", "media", "GB"),
        ("Huawei", "Huawei Technologies", "company", "CN"),
        ("LDP", "Liberal Democratic Party", "other", "JP"),
    ],
)
def test_known_organisations(form: str, name: str, kind: str, country: str) -> None:
    (found,) = [b for b in organisations() if form in (b.name, *b.aliases)]
    assert (found.name, found.kind, found.country) == (name, kind, country)


# --------------------------------------------------------------------------- officials


def test_officials_table_is_large_and_well_formed() -> None:
    found = people()
    assert len(found) >= 200
    names = [p.name for p in found]
    assert len(set(names)) == len(names), sorted(n for n in set(names) if names.count(n) > 1)
    aliases = [a for p in found for a in p.aliases]
    assert len(set(aliases)) == len(aliases)
    assert not set(aliases) & set(names)
    for p in found:
        assert p.offices, p.name
        if p.country is not None:
            country_by_code(p.country)
        for office in p.offices:
            assert office.title, p.name
            assert office.title == office.title.strip(), p.name
            assert 1900 < office.start <= 2026, (p.name, office)
            assert office.end is None or office.start <= office.end <= 2026, (p.name, office)
    covered = {p.country for p in found}
    assert {"US", "CN", "JP", "KR", "CA", "MX", "GB", "IN", "AU", "DE", "FR"} <= covered


@pytest.mark.parametrize(
    ("name", "country", "year", "title"),
    [
        ("Liu He", "CN", 2019, "Vice Premier"),
        ("Robert Lighthizer", "US", 2019, "U.S. Trade Representative"),
        ("Steven Mnuchin", "US", 2019, "Treasury Secretary"),
        ("Wilbur Ross", "US", 2018, "Commerce Secretary"),
    ],
)
def test_known_officials(name: str, country: str, year: int, title: str) -> None:
    (person,) = [p for p in people() if p.name == name]
    assert person.country == country
    assert person.title_in(year) == title
