"""Countries, territories and international bodies as they are named in English trade news.

Sources: ISO 3166-1 alpha-2 codes and English short names (ISO 3166 Maintenance Agency), news
short forms and aliases from the usage of English-language wire services, capitals and demonyms
from general reference.

The data live in two CSV files next to this module, read once and cached:

``countries.csv`` (``code,name,aliases,capital,demonyms,kind``)
    One row for each of the 249 ISO 3166-1 alpha-2 codes, ``kind`` ``country`` or ``territory``
    (Taiwan is a ``country``, as news treats it), plus four rows of ``kind`` ``historical`` for
    states that appear in old trade news, under their withdrawn ISO 3166-1 codes (ISO 3166-3):
    ``SU`` Soviet Union, ``DD`` East Germany, ``YU`` Yugoslavia and ``CS`` Czechoslovakia (``CS``
    was later reused for Serbia and Montenegro, 2003-2006; that name is listed as an alias of
    Yugoslavia, the state it was renamed from). West Germany is an alias of today's Germany
    (``DE``). ``name`` is the short form wires use (``United States``, ``Ivory Coast``); names the
    wires spell without diacritics (``Curacao``, ``Reunion``) have the accented form as an alias.
    ``capital`` is the official capital written as in news (``Brasilia``, ``Bogota``), empty where
    there is none or it is disputed (Hong Kong, Macau, Palestine, Western Sahara, uninhabited
    territories). ``aliases`` and ``demonyms`` are ``|``-separated, case as written.

``international.csv`` (``name,aliases,kind,country``)
    International organisations and blocs (``kind`` ``international``) and trade agreements
    named like bodies (NAFTA, USMCA, CPTPP, RCEP, the Multi-Fibre Arrangement: ``kind``
    ``other``). ``country`` is empty for all of them.

``officials.csv`` (``name,aliases,country,titles``)
    Office-holders who appear in trade news, with the offices they held and the years
    (``Vice Premier@2018-2023``), read by :func:`people`.

``government.csv``, ``media.csv``, ``companies.csv`` (``name,aliases,kind,country,ambiguous``)
    Government bodies of the main trading states (``kind`` ``government``), news agencies and
    outlets (``media``) and companies that recur in trade news (``company``), each with the ISO
    3166-1 alpha-2 code of its state or home country. Aliases never carry a country prefix
    (``Commerce Department``, not ``U.S. Commerce Department``): the extractor reads the country
    word separately and uses it to choose between bodies of different states, so a generic form
    such as ``Finance Ministry`` may be listed for several countries. ``ambiguous`` lists the forms
    that are also ordinary words or personal names (``Apple``, ``Fed``): they are only matched
    capitalised, and never in lower-cased punctuation-stripped text. ``SOURCES.md`` says where
    the facts of these tables come from.

No alias names two countries and none is another country's demonym; where a name or demonym is
shared, the one that news usually means keeps it: ``Korea``/``Korean`` is South Korea,
``Congolese`` is the Democratic Republic of the Congo, ``Dominican`` the Dominican Republic, and
bare ``Congo`` is not listed at all. ``EC`` is the European Community, not the Commission.

>>> country_by_code("US").capital
'Washington'
>>> "Britain" in country_by_code("GB").aliases
True
>>> next(b for b in bodies() if "WTO" in b.aliases).name
'World Trade Organization'
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import io
from collections.abc import Mapping
from types import MappingProxyType

import attrs

__all__ = [
    "Body",
    "Country",
    "Office",
    "Person",
    "bodies",
    "countries",
    "country_by_code",
    "organisations",
    "people",
]

_COUNTRY_COLUMNS = ["code", "name", "aliases", "capital", "demonyms", "kind"]
_BODY_COLUMNS = ["name", "aliases", "kind", "country"]
_ORGANISATION_COLUMNS = [*_BODY_COLUMNS, "ambiguous"]
#: The tables of named organisations beside ``international.csv``, in the order they are read.
ORGANISATION_TABLES = ("government.csv", "media.csv", "companies.csv", "other.csv")


@attrs.frozen
class Country:
    """A country, territory or historical state, keyed by its ISO 3166-1 alpha-2 code."""

    code: str
    name: str
    aliases: tuple[str, ...]
    capital: str | None
    demonyms: tuple[str, ...]
    kind: str


@attrs.frozen
class Body:
    """A named organisation: international body, government body, news outlet or company."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    #: The forms (among ``name`` and ``aliases``) that are also ordinary words or personal names.
    ambiguous: tuple[str, ...] = ()


@attrs.frozen
class Office:
    """An office a person held: its title as news writes it, and the years it was held."""

    title: str
    start: int
    #: The last year held, or None while the person holds it.
    end: int | None

    def held_in(self, year: int) -> bool:
        """Whether the office was held at some time in ``year``."""
        return self.start <= year and (self.end is None or year <= self.end)


@attrs.frozen
class Person:
    """An office-holder who appears in trade news, with the offices held."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    offices: tuple[Office, ...]

    def title_in(self, year: int | None) -> str | None:
        """The title held in ``year`` (the latest begun, where several were held), or with no year
        the latest office's title; None if the person held no office that year.

        >>> offices = (Office("Senator", 2005, 2017), Office("Secretary of State", 2017, 2019))
        >>> p = Person("A B", (), "US", offices)
        >>> p.title_in(2010), p.title_in(2018), p.title_in(None), p.title_in(2000)
        ('Senator', 'Secretary of State', 'Secretary of State', None)
        """
        if not self.offices:
            return None
        if year is None:
            return max(self.offices, key=lambda o: o.start).title
        held = [o for o in self.offices if o.held_in(year)]
        return max(held, key=lambda o: o.start).title if held else None


def _split(field: str) -> tuple[str, ...]:
    return tuple(part for part in field.split("|") if part)


def _rows(filename: str, columns: list[str]) -> list[dict[str, str]]:
    """The rows of one of the package's CSV files, after checking its header."""
    text = importlib.resources.files("tradecorpus._data").joinpath(filename).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames != columns:
        raise ValueError(f"{filename}: expected columns {columns}, found {reader.fieldnames}")
    return list(reader)


@functools.cache
def countries() -> tuple[Country, ...]:
    """Every country, territory and historical state, in the order of ``countries.csv``."""
    return tuple(
        Country(
            code=row["code"],
            name=row["name"],
            aliases=_split(row["aliases"]),
            capital=row["capital"] or None,
            demonyms=_split(row["demonyms"]),
            kind=row["kind"],
        )
        for row in _rows("countries.csv", _COUNTRY_COLUMNS)
    )


@functools.cache
def bodies() -> tuple[Body, ...]:
    """Every international body, bloc and agreement, in the order of ``international.csv``."""
    return tuple(
        Body(
            name=row["name"],
            aliases=_split(row["aliases"]),
            kind=row["kind"],
            country=row["country"] or None,
        )
        for row in _rows("international.csv", _BODY_COLUMNS)
    )


@functools.cache
def organisations() -> tuple[Body, ...]:
    """Every named organisation: :func:`bodies`, then the government bodies, media and companies.

    >>> {b.kind for b in organisations()} >= {"international", "government", "media", "company"}
    True
    """
    found = list(bodies())
    for filename in ORGANISATION_TABLES:
        found.extend(
            Body(
                name=row["name"],
                aliases=_split(row["aliases"]),
                kind=row["kind"],
                country=row["country"] or None,
                ambiguous=_split(row["ambiguous"]),
            )
            for row in _rows(filename, _ORGANISATION_COLUMNS)
        )
    return tuple(found)


_PERSON_COLUMNS = ["name", "aliases", "country", "titles"]


def _office(entry: str) -> Office:
    """``Vice Premier@2018-2023`` (or ``President@2025-``) as an :class:`Office`."""
    title, _, years = entry.rpartition("@")
    start, _, end = years.partition("-")
    return Office(title=title, start=int(start), end=int(end) if end else None)


@functools.cache
def people() -> tuple[Person, ...]:
    """Every office-holder of ``officials.csv``, in the file's order.

    >>> next(p for p in people() if p.name == "Liu He").title_in(2019)
    'Vice Premier'
    """
    return tuple(
        Person(
            name=row["name"],
            aliases=_split(row["aliases"]),
            country=row["country"] or None,
            offices=tuple(_office(e) for e in _split(row["titles"])),
        )
        for row in _rows("officials.csv", _PERSON_COLUMNS)
    )


@functools.cache
def _by_code() -> Mapping[str, Country]:
    return MappingProxyType({country.code: country for country in countries()})


def country_by_code(code: str) -> Country:
    """The country with ISO 3166-1 alpha-2 ``code`` (historical codes such as ``SU`` included).

    >>> country_by_code("CN").name
    'China'
    >>> country_by_code("XX")
    Traceback (most recent call last):
    ...
    KeyError: "unknown ISO 3166-1 alpha-2 country code: 'XX'"
    """
    try:
        return _by_code()[code]
    except KeyError:
        raise KeyError(f"unknown ISO 3166-1 alpha-2 country code: {code!r}") from None
