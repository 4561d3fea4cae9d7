"""The entities extractor's gazetteer: what each written form stands for, compiled once.

Every country name, alias, capital and demonym of ``countries.csv``, every organisation of the
package's tables (:func:`tradecorpus._data.gazetteer.organisations`), large cities (never mentions,
but they place an organisation), and names that contain a country's name but are something else
(``New Mexico``, ``Uruguay Round``) become :class:`~tradecorpus.extractors._phrases.Phrase` entries
of one :class:`~tradecorpus.extractors._phrases.PhraseMatcher`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final, NamedTuple

from tradecorpus._data.gazetteer import countries, country_by_code, organisations, people
from tradecorpus.extractors._phrases import Phrase, PhraseMatcher, phrase_key


class _Entry(NamedTuple):
    """What one gazetteer form stands for."""

    name: str  # the canonical name of the entity
    kind: str  # an ENTITY_KINDS value, or "person" for an office-holder (who is never an entity)
    country: str | None  # ISO 3166-1 alpha-2
    role: str  # "name", "capital", "demonym" or "block" (matched, never a mention)
    ambiguous: bool  # also an ordinary word or personal name
    generic: bool  # a government body's generic name listed for several states


#: Country names that are more often something else in trade news: the US state of Georgia,
#: New Jersey. They are matched (so nothing shorter is) but never a mention.
_BLOCKED_COUNTRY_FORMS: Final = frozenset({"Georgia", "Jersey"})
#: Country names and aliases that are also ordinary English words or common names.
_AMBIGUOUS_COUNTRY_FORMS: Final = frozenset(
    {"Turkey", "Chad", "Guinea", "Guernsey", "Reunion", "Niger", "Man", "Holland",
     "Dominica", "Grenada", "Cook Islands", "Christmas Island", "Norfolk Island", "Heard Island"}
)  # fmt: skip
#: Capitals that are also personal names or words, never read as their government.
_AMBIGUOUS_CAPITALS: Final = frozenset(
    {"Male", "Victoria", "Kingston", "Georgetown", "George Town", "Hamilton", "Stanley", "Douglas",
     "Wellington", "Santiago", "Lima", "Sucre", "Praia", "Castries", "Roseau", "Apia", "Valletta",
     "Kingstown", "Basseterre", "Plymouth", "Jamestown", "Saint Helier", "Road Town",
     "The Valley", "Adamstown", "Philipsburg", "Cockburn Town", "Avarua", "Alofi", "Yaren",
     "Funafuti", "Majuro", "Palikir", "Tarawa", "Ngerulmud", "Honiara", "Port Louis", "Moroni",
     "Saint-Denis", "Cayenne", "Mamoudzou", "St. John's", "Saint John's", "Bridgetown", "Nassau",
     "Belmopan", "Monaco", "Luxembourg", "Singapore", "Kuwait City", "San Marino", "Vatican City",
     "Djibouti", "Guatemala City", "Panama City", "Mexico City", "Andorra la Vella", "Gibraltar",
     "Macau", "Hong Kong"}
)  # fmt: skip
#: Names that contain a country's name but are something else; matched so the country is not.
_BLOCKERS: Final = (
    "New Mexico", "New Jersey", "New Guinea", "Washington state", "Washington State",
    "Washington D.C.", "George Washington", "Washington Post", "District of Columbia",
    "Jersey City", "Turkey Point", "Georgia Tech", "Indiana", "Chinatown",
    # trade rounds are named after the places they opened in
    "Uruguay Round", "Doha Round", "Tokyo Round", "Kennedy Round", "Dillon Round",
    "West Bank", "Left Bank",
    # regions named after a country's short name
    "North America", "South America", "Central America", "Latin America", "Middle America",
    # holidays named like organisations
    "Memorial Day", "Labor Day", "Labour Day",
)  # fmt: skip
#: Large cities that are not capitals: never mentions, but they give an organisation named after one
#: its country (``Federal Reserve Bank of New York``, ``Economic Club of New York``).
_CITIES: Final = {
    "US": "New York|Los Angeles|Chicago|San Francisco|Houston|Detroit|Seattle|Boston|Atlanta|Dallas|Miami"
    "|Philadelphia|Pittsburgh|Minneapolis|St. Louis|Kansas City|Cleveland|New Orleans",
    "CN": "Shanghai|Shenzhen|Guangzhou|Tianjin|Chongqing|Wuhan|Hangzhou|Dalian|Xiamen|Nanjing|Chengdu",
    "JP": "Osaka|Yokohama|Nagoya|Kobe|Kyoto|Fukuoka|Sapporo",
    "KR": "Busan|Pusan|Incheon|Inchon|Ulsan",
    "IN": "Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bangalore|Bengaluru|Hyderabad",
    "PK": "Karachi|Lahore",
    "CA": "Toronto|Montreal|Vancouver|Calgary|Winnipeg",
    "AU": "Sydney|Melbourne|Perth|Brisbane|Adelaide",
    "DE": "Frankfurt|Munich|Hamburg|Dusseldorf|Düsseldorf|Cologne|Stuttgart",
    "IT": "Milan|Turin|Naples|Genoa",
    "ES": "Barcelona|Valencia|Seville",
    "FR": "Lyon|Marseille|Toulouse",
    "GB": "Manchester|Birmingham|Glasgow|Edinburgh|Liverpool",
    "NL": "Rotterdam",
    "BE": "Antwerp",
    "CH": "Geneva|Zurich|Basel",
    "BR": "Sao Paulo|São Paulo|Rio de Janeiro",
    "MX": "Monterrey|Guadalajara",
    "TR": "Istanbul",
    "RU": "St. Petersburg|Saint Petersburg",
    "AE": "Dubai",
    "SA": "Jeddah",
    "ZA": "Johannesburg|Cape Town|Durban",
    "NG": "Lagos",
    "VN": "Ho Chi Minh City|Saigon",
}
#: Office titles: a body named just before one is part of an official's title, not a mention
#: (``Treasury Secretary``, ``Senate Majority Leader``, ``Finance Minister``).
_TITLE_AFTER: Final = re.compile(
    r"[ \t]+(?:(?:Democratic|Republican|Majority|Minority|Deputy|Vice|Assistant|Under|Acting|Chief)[ \t]+)?"
    r"(?:Secretary|Minister|Leader|Representative|Chairman|Chairwoman|Chair|Spokesman|Spokeswoman"
    r"|Spokesperson|Governor|Undersecretary|Commissioner|Director|Head|Counsel)(?![\w])"
    # and securities: "Treasury yields", "Treasury bonds"
    r"|[ \t]+(?:yields?|bonds?|bills?|notes?|securities|debt|prices?|market)(?![\w])"
)
#: The same, for lower-cased punctuation-stripped text (``treasury secretary steven mnuchin``).
_TITLE_AFTER_STRIPPED: Final = re.compile(_TITLE_AFTER.pattern, re.IGNORECASE)
#: Lower-case words that short acronyms become in stripped text (``who``, ``sec``, ``fed``).
_STRIPPED_WORDS: Final = frozenset(
    {"us", "in", "to", "me", "la", "no", "is", "it", "at", "be", "am", "as", "do", "go", "he", "hi", "id",
     "my", "of", "oh", "ok", "on", "or", "so", "up", "we", "an", "ca", "pa", "al", "co", "sa", "ma", "mo",
     "de", "un", "who", "sec", "fed", "safe", "ice", "aid", "cat", "can", "net", "ip", "ex", "eu s", "all",
     "and", "are", "but", "for", "not", "the", "was", "man", "set", "one", "has", "had", "its", "ft",
     "ap", "ni", "vat", "pm", "sun", "star", "mint", "post", "times", "fox", "gap",
     "ge", "hp", "bp", "gm", "lg", "mit", "nec", "tass", "ana", "doe", "dot", "epa", "faa", "fda", "ftc",
     "dit", "mof", "moc", "nda", "ccc", "bis", "fao", "ilo", "ida", "imo", "ita", "itc", "ntr"}
)  # fmt: skip


def _entries() -> Iterable[Phrase[_Entry]]:
    for c in countries():
        code = c.code
        for form in (c.name, *c.aliases):
            role = "block" if form in _BLOCKED_COUNTRY_FORMS else "name"
            yield Phrase(form, _Entry(c.name, "country", code, role, form in _AMBIGUOUS_COUNTRY_FORMS, False))
        if c.capital and c.kind != "territory" and c.capital not in _AMBIGUOUS_CAPITALS:
            yield Phrase(c.capital, _Entry(c.name, "country", code, "capital", False, False))
        for form in c.demonyms:
            yield Phrase(form, _Entry(c.name, "country", code, "demonym", False, False))
    orgs = organisations()
    owners: dict[str, set[str | None]] = {}
    for b in orgs:
        if b.kind == "government":
            for form in (b.name, *b.aliases):
                owners.setdefault(phrase_key(form), set()).add(b.country)
    for b in orgs:
        # Trade agreements are treaties, not organisations: matched, never a mention.
        role = "block" if b.kind == "other" and b.country is None else "name"
        for form in (b.name, *b.aliases):
            generic = b.kind == "government" and len(owners[phrase_key(form)]) > 1
            entry = _Entry(b.name, b.kind, b.country, role, form in b.ambiguous, generic)
            yield Phrase(form, entry)
            dotted = ".".join(form) + "."
            if 3 <= len(form) <= 6 and form.isalpha() and form.isupper() and dotted not in b.aliases:
                yield Phrase(dotted, entry)  # I.B.M., F.A.A.: acronyms as some papers write them
    for form in _BLOCKERS:
        yield Phrase(form, _Entry(form, "other", None, "block", False, False))
    # Office-holders, compiled into the same matcher: a person's name is never an entity mention, and
    # holds no shorter name (``Jordan`` in a person's name is no country).
    for person in people():
        for form in (person.name, *person.aliases):
            yield Phrase(form, _Entry(person.name, "person", person.country, "block", False, False))
    for code, names in _CITIES.items():
        for form in names.split("|"):
            yield Phrase(form, _Entry(country_by_code(code).name, "country", code, "city", False, False))
    # Bonn stood for West Germany's government until 1990 as Beijing stands for China's; Peking is
    # the older spelling of Beijing.
    for form, code in (("Bonn", "DE"), ("Peking", "CN")):
        yield Phrase(form, _Entry(country_by_code(code).name, "country", code, "capital", False, False))


@functools.cache
def _matcher() -> PhraseMatcher[_Entry]:
    """The gazetteer, compiled once per process."""
    return PhraseMatcher(_entries(), lower_case_first=("reuter",))  # a Reuters sign-off: ``reuter``


class _Hit(NamedTuple):
    start: int
    end: int
    entry: _Entry
    text: str
