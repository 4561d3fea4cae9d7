"""Officials (SPEC §5): the office-holders a trade story names, every mention linked.

1. **Listed office-holders.** The people of ``_data/officials.csv`` are compiled into the same
   matcher as the entity gazetteer, and found in the same scan of the text
   (:func:`~tradecorpus.extractors.entities.gazetteer_scan`): ``Liu He``, ``Robert Lighthizer``,
   ``robert lighthizer`` in lower-cased punctuation-stripped text. Their title is the office the
   table gives them in the year the article was published.
2. **Others, by their title** (text with capitals only): a title before the name (``Commerce
   Secretary Wilbur Ross``, ``Vice Premier Liu He``, ``Sen. Ron Wyden``, ``Senate Democratic Leader
   Chuck Schumer``). A country word in the title gives the country (``Chinese Vice Premier``) and is
   left out of it; ``U.S. Trade Representative`` keeps it.
3. **Later mentions by surname** (``Lighthizer``, ``Mr. Liu``, ``Trump’s``, ``the Trump
   administration``, ``liu``), linked to the one official; Chinese and Korean names put the surname
   first. A surname that is also a common word (``May``) counts only after a title or ``Mr.``.

Names in a byline or trailer (``By Chao Deng``, ``Additional reporting by Jenny Leonard``) are never
officials; neither are company people (``Intel President Renee James``). Spans cover the name only:
no title, ``Mr.``, or possessive ``'s``.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import importlib.resources
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final, NamedTuple

from tradecorpus._data.gazetteer import Person, people
from tradecorpus.extractors._entity_data import _Hit, _matcher
from tradecorpus.extractors._organisations import _NOT_NAME_LOWER
from tradecorpus.extractors._phrases import phrase_key, trie_pattern, whole_words
from tradecorpus.extractors._spans import Spans
from tradecorpus.extractors.entities import _resolve_generic, gazetteer_scan, home_country
from tradecorpus.hookspecs import hookimpl
from tradecorpus.model import Document, Official, Span

__all__ = ["extract_officials", "find_officials"]


@hookimpl
def extract_officials(doc: Document) -> list[Official]:
    """The built-in officials extractor (plugin name ``officials``): :func:`find_officials`."""
    return find_officials(doc)


# --------------------------------------------------------------------------- titles

#: Royal titles: heads of state (``King Hussein``, ``Crown Prince Abdullah``), never part of a name.
_ROYALS: Final = ("King", "Queen", "Prince", "Princess", "Emir", "Sultan", "Sheikh", "Sheik")
#: Words that end a title: the office itself.
_HEADS: Final = (
    "Secretary-General", "Secretary General", "Director-General", "Director General",
    "President", "Premier", "Minister", "Secretary", "Representative", "Ambassador", "Senator", "Sen.",
    "Rep.", "Governor", "Gov.", "Chancellor", "Commissioner", "Leader", "Speaker", "Negotiator", "Envoy",
    "Spokesman", "Spokeswoman", "Spokesperson", "Mayor", "Councilor", "Councillor", "Undersecretary",
    "Delegate", "Adviser", "Advisor", *_ROYALS,
)  # fmt: skip
#: Heads that companies use too (``Director``, ``Chairman``): a title only after a government or
#: international body (``FBI Director``, ``Fed Chairman``, ``Senate Finance Committee Chairman``).
_BODY_HEADS: Final = ("Director", "Chairman", "Chairwoman", "Chair", "Head", "Administrator")
#: Capitalised words that may stand in a title before its head: ranks, portfolios, bodies, parties.
_TITLE_WORDS: Final = frozenset(
    {"Vice", "Prime", "Deputy", "Senior", "Acting", "Assistant", "Under", "Chief", "Associate", "Former",
     "Top", "Trade", "Commerce", "Treasury", "Finance", "Foreign", "Agriculture", "Economy", "Economic",
     "Industry", "Defense", "Defence", "State", "Home", "Interior", "Justice", "Energy", "Labor", "Labour",
     "International", "Affairs", "Senate", "House", "Democratic", "Republican", "Majority", "Minority",
     "Cabinet", "Ministry", "Department", "Office", "Council", "Executive", "Federal", "Reserve",
     "European", "Union", "EU", "Development", "Planning", "Fiscal", "Budget", "Economics", "Committee",
     "Subcommittee", "Banking", "Ways", "Means", "Appropriations", "Intelligence", "Judiciary", "Board",
     "Exchequer", "Negotiations", "Industries", "Investment", "Agricultural", "Central", "National", "Farm",
     "Overseas", "Corporate", "First", "Science", "Environment", "Health", "Transport", "Communications",
     "Education", "Fisheries", "Forestry", "Mines", "Petroleum", "Oil", "Telecommunications", "Bank",
     "Security", "Crown", "Conservative", "Liberal", "Socialist", "Communist", "Christian", "Social",
     "Democrat", "Opposition", "Special", "Presidential", "Press", "Second", "Human", "Services", "Welfare",
     "Housing", "Urban", "Veterans", "Homeland", "Transportation", "Immigration", "Tourism", "Culture",
     "Employment", "Public", "Works", "Information", "Technology", "Resources", "Natural", "Food", "Rural",
     "Customs", "Revenue", "Monetary", "Posts", "Consumer", "Water", "Aviation", "Maritime", "Textiles",
     "Steel", "Mining", "Cooperation", "Relations", "Commonwealth"}
)  # fmt: skip
#: Abbreviated heads, as the titles they stand for.
_EXPANDED: Final = {"Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor"}
#: (No look-behind: the engine skips ahead to the capitals; the word start is checked where it is used.)
_TITLE_HEAD: Final = re.compile(
    r"(?:" + "|".join(re.escape(h) for h in (*_HEADS, *_BODY_HEADS)) + r")(?![\w])"
)
#: A portfolio after the head (``Secretary of State``, ``Chancellor of the Exchequer``): title words only.
_PORTFOLIO: Final = re.compile(
    r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?((?:[A-Z][\w'’-]*[ \t]+(?:and[ \t]+)?){0,3}[A-Z][\w'’-]*)"
)
#: Heads whose office is *to* a place (``Ambassador to GATT``), and the words before the place.
_TO_HEADS: Final = frozenset({"Ambassador", "Envoy", "Representative", "Delegate"})
_TO_PLACE: Final = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?(?=[A-Z])")
#: A capitalised word and ``at`` after a portfolio: ``…for International Services at Chase``.
_AT_COMPANY: Final = re.compile(r"[ \t]+[A-Z][\w'’-]*[ \t]+at[ \t]")
#: A person's name after a title: one to three capitalised words (``McClure``), initials allowed (``J.``).
_NAME: Final = re.compile(
    r"[ \t]+((?:[A-Z]\.[ \t]+|[A-Z][a-zA-Z'’-]*[a-z][ \t]+){0,2}"
    r"(?:(?:arap|bin|ibn|de|da|van|von|der|la|le)[ \t]+){0,2}[A-Z][a-zA-Z'’-]*[a-z](?:-[a-z]+)?)(?![\w'’-])"
)
#: Words that look like names after a title but are not: days, months, places of office.
_NOT_NAMES: Final = frozenset(
    {"The", "A", "An", "He", "She", "It", "They", "We", "I", "On", "In", "At", "For", "And", "But", "Or",
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
     "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
     "Mr", "Mrs", "Ms", "Dr", "Said", "Says", "Has", "Had", "Is", "Was", "Will", "Would", "Of", "To",
     "Trade", "Secretary", "Minister", "President", "Office", "Department", "Ministry", "Elect", "Jr", "Day",
     "Live", "Street", "Road", "Avenue", "Hotel", "Center", "Centre", "Library", "Hall", "Palace"}
)  # fmt: skip
#: Honorifics before a surname.
_HONORIFIC: Final = re.compile(r"(?:Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)$")
#: Countries whose people put the family name first, as English news writes them.
_FAMILY_FIRST: Final = frozenset({"CN", "TW", "HK", "MO", "KR", "KP", "SG"})
#: Surnames that are common words too: linked only after a title or an honorific.
_COMMON_SURNAMES: Final = frozenset(
    {"May", "Long", "Young", "Rice", "Price", "Bush", "Brown", "Green", "White", "Black", "King", "Hill",
     "Wood", "Ford", "Lee", "Li", "Ma", "He", "Hu", "Bolton", "Sun", "Mark", "Will", "Rich", "Major",
     "Ball", "Cook", "Gold", "Hunt", "Gray", "Grey", "Power", "Powell", "Chase", "Yen", "Day", "Key", "Begin",
     "Fast", "Parts", "Gross", "Cotton", "Pence", "Block", "DeLay", "Levy", "Win", "Park", "Street", "Church",
     "Card", "Sang", "Summers", "Shore", "Lake", "Knight", "Cable", "Borne", "English", "French", "Fox",
     "Moon", "Rose", "Jordan", "Wolf", "Bird", "Hope", "Love", "Frank", "Best", "Bell", "Hunter", "Strong",
     "Low", "Short", "Small", "Sharp", "Gandhi"}
)  # fmt: skip
#: Capitalised words after a leader's surname that leave it the leader (``the Reagan Administration``).
_AFTER_LEADER: Final = frozenset({"Administration", "Government", "Cabinet", "Doctrine", "White"})
_WORD: Final = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
#: The word before a position, and the blanks after it.
_WORD_BEFORE: Final = re.compile(r"([\w.'’-]+)[ \t]+$")


#: What a place or body named after a person goes on with (``the Jomo Kenyatta International Airport``,
#: ``the Harry S. Truman Library``): the name there is no mention of the person.
_NAMED_AFTER: Final = re.compile(
    r"[ \t]+(?:International|Airport|Library|Hospital|Avenue|Street|Road|Boulevard|University|College|"
    r"School|Center|Centre|Stadium|Bridge|Foundation|Memorial|Institute|Park|Square|Hall|Building|Museum|"
    r"Highway|Dam|Prize|Award)\b"
)


class _Person(NamedTuple):
    name: str
    title: str | None
    country: str | None


# --------------------------------------------------------------------------- finder


def find_officials(doc: Document) -> list[Official]:
    """The office-holders named in ``doc``, each with every mention.

    >>> text = "Commerce Secretary Wilbur Ross met Vice Premier Liu He. Mr. Liu and Ross's staff left."
    >>> for o in find_officials(Document(text=text)):
    ...     print(o.name, o.title, o.country, [m.text for m in o.mentions])
    Wilbur Ross Commerce Secretary US ['Wilbur Ross', 'Ross']
    Liu He Vice Premier CN ['Liu He', 'Liu']
    """
    text, stripped = doc.text, doc.stripped
    year = doc.published.year if doc.published is not None else None
    credits = [s for s in (doc.byline, doc.trailer) if s is not None]
    scan = gazetteer_scan(text, stripped)
    views = _Views(text, scan)
    others = views.not_persons
    found: dict[str, _Person] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    titles: dict[str, str] = {}  # the titles the text gives, which win over the table's

    def add(person: _Person, start: int, end: int) -> None:
        if any(c.start <= start < c.end for c in credits):
            return
        found.setdefault(person.name, person)
        spans.setdefault(person.name, []).append((start, end))

    for hit in scan:
        if hit.entry.kind == "person" and not _NAMED_AFTER.match(text, hit.end):
            listed = _PEOPLE[hit.entry.name]
            add(_Person(listed.name, _title(listed, year), listed.country), hit.start, hit.end)
    more = (
        _stripped_titled(text, views, found, year)
        if stripped
        else [
            *_titled(text, views, found, year),
            *_appositions(text, views),
            *_lower_titled(text, views),
            *_listed_after_plural(text, views),
        ]
    )
    if more:
        for person, start, end in more:
            add(found.get(person.name, person), start, end)
            if person.title:
                titles.setdefault(person.name, person.title)
    taken = Spans(s for v in spans.values() for s in v)
    everyone = [*found.values(), *_listed_by_surname(text, stripped, found, year)]
    partners = frozenset(_surname(p.name, p.country) for p in everyone if " " in p.name)
    for person in everyone:
        for start, end in _surnames(text, stripped, person, taken, others, partners):
            add(person, start, end)
    home = views.home if any(p.country is None for p in found.values()) else None
    officials = [
        Official(
            name=name,
            title=(title := titles.get(name, person.title)),
            country=person.country or (home if title is not None and _national_office(title) else None),
            mentions=tuple(Span.of(text, s, e) for s, e in sorted(set(spans[name]))),
        )
        for name, person in found.items()
    ]
    return sorted(officials, key=lambda o: o.mentions[0].start)


_PEOPLE: Final = {p.name: p for p in people()}


#: The heads of a state's own offices, which a wire story names without the state when it is the
#: state the story was filed from (``SEOUL, March 17 - Trade Minister Rha Woong-bae said``); a
#: visiting minister is given a country (``Australian Minister for Trade Negotiations``).
_NATIONAL_HEADS: Final = frozenset({"Minister", "Secretary", "Premier", "Chancellor", "Undersecretary"})
#: Titles of international offices, which no state holds.
_STATELESS: Final = re.compile(
    r"\b(?:General|U\.?N\.?|United Nations|NATO|EC|EU|European|Community|Commission|GATT|WTO|IMF|OECD|"
    r"World|International)\b"
)


def _national_office(title: str) -> bool:
    """Whether ``title`` is one of a state's own offices (``Trade Minister``, ``Deputy Under Secretary
    of Commerce``, ``Cabinet Secretary``), not an international one (``NATO Secretary General``)."""
    return not _STATELESS.search(title) and any(w in _NATIONAL_HEADS for w in title.split())


def _surname(name: str, country: str | None) -> str:
    """The family name in ``name``: the first word for Chinese and Korean names, else the last, with
    the particles before it (``Herman De Croo`` -> ``De Croo``, ``Ursula von der Leyen`` -> ``von der
    Leyen``).

    >>> _surname("Herman De Croo", "BE"), _surname("Liu He", "CN"), _surname("Robert Lighthizer", "US")
    ('De Croo', 'Liu', 'Lighthizer')
    """
    words = name.split()
    if _REGNAL.fullmatch(words[-1]):
        return ""  # ``Juan Carlos I``, ``Elizabeth II``: a regnal name has no surname
    if country in _FAMILY_FIRST:
        if words[-1] in _EAST_ASIAN_SURNAMES and words[0] not in _EAST_ASIAN_SURNAMES:
            return words[-1]  # ``Vincent Siew``, ``Donald Tsang``: an English given name first
        return words[0]
    if len(words) == 2 and words[0] in _EAST_ASIAN_SURNAMES and _SYLLABLES.fullmatch(words[1]):
        return words[0]  # ``Wang Chao-Ming``, ``Rha Woong-Bae``: the family name first, whatever the country
    k = len(words) - 1
    while k > 1 and words[k - 1] in _PARTICLES:
        k -= 1
    return " ".join(words[k:])


#: The ordinal of a regnal name.
_REGNAL: Final = re.compile(r"[IVX]+")
#: Common Chinese and Korean family names, as English news spells them.
_EAST_ASIAN_SURNAMES: Final = frozenset(
    {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
     "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng",
     "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du",
     "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Fu", "Tan", "Hsu", "Tsai",
     "Lai", "Chiang", "Chang", "Chou", "Hsieh", "Kuo", "Yeh", "Tseng", "Teng", "Tung", "Lo", "Koo", "Chu",
     "Lien", "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin",
     "Oh", "Seo", "Kwon", "Hwang", "Ahn", "Yoo", "Hong", "Chun", "Roh", "Moon", "Rha", "Nam", "Baek",
     "Yun", "Suh", "Byun", "Noh", "Ha", "Siew", "Tsang", "Leung", "Lam", "Chan", "Wong", "Ho", "Soong",
     "Hau"}
)  # fmt: skip
#: A romanised given name of two syllables joined by a hyphen (``Chao-Ming``, ``Woong-bae``).
_SYLLABLES: Final = re.compile(r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}")
#: Words that belong to the family name they stand before.
_PARTICLES: Final = frozenset(
    {"de", "De", "van", "Van", "von", "Von", "der", "den", "da", "Da", "di", "Di", "del", "Del", "della",
     "Della", "du", "Du", "le", "Le", "la", "La", "dos", "das", "ter", "ten", "bin", "al", "Al", "el", "El"}
)  # fmt: skip


def _by_surname() -> dict[str, list[Person]]:
    out: dict[str, list[Person]] = {}
    for person in _PEOPLE.values():
        surname = _surname(person.name, person.country)
        if len(person.name.split()) > 1 and surname:
            out.setdefault(surname, []).append(person)
    return out


_BY_SURNAME: Final = _by_surname()


def _lower_first() -> dict[str, list[tuple[str, str]]]:
    """The listed surnames that open in lower case (``al-Assad``, ``von der Leyen``), by their part
    from the first capital on: that part, with what comes before it, and the whole surname."""
    out: dict[str, list[tuple[str, str]]] = {}
    for surname in _BY_SURNAME:
        capital = next((k for k, ch in enumerate(surname) if ch.isupper()), None)
        if surname not in _COMMON_SURNAMES and capital:
            out.setdefault(surname[capital:], []).append((surname[:capital], surname))
    return out


_LOWER_FIRST: Final = _lower_first()
#: The listed surnames that are no common words, capitalised as written, and the capitalised part of
#: those that open in lower case (word starts are checked where it is used: a pattern that opens
#: with capitals lets the engine skip ahead fast, where one opening with ``al-`` or ``de`` would try
#: every ``a`` and ``d`` of the text).
_SURNAME: Final = re.compile(
    trie_pattern(
        sorted({s for s in _BY_SURNAME if s not in _COMMON_SURNAMES and s[:1].isupper()} | set(_LOWER_FIRST)),
        end=r"(?![^\W_])",
    )
)


#: Offices whose holders news names by surname alone for years after (``the Reagan administration``).
_HEAD_OFFICES: Final = frozenset(
    {"President", "Prime Minister", "Chancellor", "Premier", "King", "Queen", "Emir", "Leader", "Chairman",
     "General Secretary"}
)  # fmt: skip


#: The first year of the news an undated text is taken to be.
_RECENT: Final = 2017


def _known_then(person: Person, year: int | None, *, bare: bool) -> bool:
    """Whether a surname may name ``person`` in an article of ``year``: in office then (with a year's
    slack either side), or a head of state or government once in office; with no year, anyone after
    a title, and where the surname stands alone (``bare``) a head or someone in office since 2017."""
    heads = [o for o in person.offices if o.title in _HEAD_OFFICES]
    if year is None:  # an undated text is read as recent news
        return bool(heads) or not bare or any(o.end is None or o.end >= _RECENT for o in person.offices)
    if any(o.start - 1 <= year <= (o.end if o.end is not None else 2026) + 1 for o in person.offices):
        return True
    return any(o.start <= year for o in heads)


def _one_listed(surname: str, year: int | None, *, bare: bool) -> Person | None:
    """The one listed person of that surname whom an article of ``year`` may name by it (the one in
    office in ``year``, where several are)."""
    candidates = [p for p in _BY_SURNAME.get(surname, []) if _known_then(p, year, bare=bare)]
    if len(candidates) > 1 and year is not None:
        candidates = [p for p in candidates if p.title_in(year) is not None] or candidates
    return candidates[0] if len(candidates) == 1 else None


def _listed_by_surname(
    text: str, stripped: bool, found: dict[str, _Person], year: int | None
) -> list[_Person]:
    """Listed people the text names by a surname that only they have in the table (``the Obama
    administration``), not found by full name."""
    if stripped:
        return []
    out = []
    starts = set()
    for m in _SURNAME.finditer(text):
        word = m.group()
        for before, surname in _LOWER_FIRST.get(word, ()):  # ``al-Assad``, ``de Gortari``
            i = m.start() - len(before)
            if text.startswith(before, i) and (not i or not text[i - 1].isalnum()):
                starts.add(surname)
        listed = word in _BY_SURNAME and word not in _COMMON_SURNAMES
        if listed and (not m.start() or not text[m.start() - 1].isalnum()):
            starts.add(word)
    known = {_surname(p.name, p.country) for p in found.values()}
    for surname in starts - known:  # (a surname of someone the text names is that person's)
        person = _one_listed(surname, year, bare=True)
        if person is not None and person.name not in found:
            out.append(_Person(person.name, _title(person, year), person.country))
    return out


def _title(person: Person, year: int | None) -> str | None:
    """The office ``person`` held in ``year``; a term the table ends in its last year may still run."""
    title = person.title_in(year)
    if title is None and year is not None and person.offices:
        last = max(person.offices, key=lambda o: o.start)
        if last.start <= year and (last.end is None or last.end >= 2025):
            title = last.title
    return title


def _titled(
    text: str, views: _Views, found: dict[str, _Person], year: int | None
) -> list[tuple[_Person, int, int]]:
    """Names written after a title (``Commerce Secretary Wilbur Ross``): the person, with the title
    the text gives, and the span. A surname alone (``President Xi``) is the official of that
    surname the text or the table knows."""
    out: list[tuple[_Person, int, int]] = []
    listed = views.persons
    listed_starts = [h.start for h in listed]
    surnames = {_surname(p.name, p.country): p for p in reversed(list(found.values())) if " " in p.name}
    for head in _TITLE_HEAD.finditer(text):
        if head.start() and (text[head.start() - 1].isalnum() or text[head.start() - 1] in "_."):
            continue
        head_end = head.end()
        to = _TO_PLACE.match(text, head_end) if head.group() in _TO_HEADS else None
        place = views.places.get(to.end()) if to is not None else None
        if place is not None:  # ``U.S. Ambassador to GATT Michael Samuels``: the place is in the title
            head_end = place.end
        portfolio = _PORTFOLIO.match(text, head_end) if place is None else None
        if portfolio is not None:  # "Secretary of State Madeleine Albright": the title words only
            kept = head_end
            rejected = False
            for pw in re.finditer(r"\S+", text[portfolio.start(1) : portfolio.end()]):
                if pw.group() not in _TITLE_WORDS and pw.group() not in {"State", "and"}:
                    rejected = True
                    break
                if pw.group() != "and":
                    kept = portfolio.start(1) + pw.end()
            if rejected and kept > head_end and _AT_COMPANY.match(text, kept):
                continue  # ``Vice President for International Services at Chase``: no name follows
            head_end = kept if kept > head_end else head_end
        name = _NAME.match(text, head_end)
        if name is None:
            continue
        words = name.group(1).split()
        for k, word in enumerate(words):
            if word.endswith(("'s", "’s")):  # "President Reagan's trade policy": the name ends there
                words = [*words[:k], word[:-2]]
                break
        while words and words[-1].rstrip(".") in _NOT_NAMES:
            words.pop()
        while words and words[0] in _ROYALS:  # "Prime Minister Prince Norodom Ranariddh"
            words.pop(0)
        if head.group() in _ROYALS and not _royal_context(text, head.start(), views.countries):
            continue  # "Burger King", "Stephen King": a name, not a crown
        if not words or words[0].rstrip(".") in _NOT_NAMES or (len(words) == 1 and len(words[0]) < 2):
            continue
        start = end = text.index(words[0], name.start(1))  # (the name may have lost words at either end)
        for w in words:
            end = text.index(w, end) + len(w)
        title_start, words_start, country, body = _title_words(
            text, head.start(), views.countries, views.public
        )
        if views.companies.overlaps(max(0, title_start - 2), title_start):
            continue  # "Intel President Renee James": a company's officer
        if head.group() in _BODY_HEADS and not body:
            continue  # "Director Steven Spielberg": no body's officer
        if head.group() in {"Adviser", "Advisor"} and not (
            body or country or "Security" in text[words_start : head.start()]
        ):
            continue  # "Senior Adviser John Smith": a company's too, unless a state's
        raw = " ".join(text[words_start:head_end].split())
        title = _normalise(raw, country)
        k = bisect.bisect_right(listed_starts, start) - 1
        hit = listed[k] if k >= 0 and listed[k].end > start else None
        if hit is not None:  # a listed person: the text's title for them
            title = _normalise(raw, country or hit.entry.country)
            out.append((_Person(hit.entry.name, title, hit.entry.country), hit.start, hit.end))
            continue
        person = _Person(" ".join(words), title, country)
        if head.group() in _ROYALS:  # ``King Hussein``: the listed monarch of that name
            monarch = _monarch(" ".join(words), year)
            if monarch is not None:
                person = _Person(monarch.name, title, monarch.country)
        elif len(words) == 1:  # a surname: the official of that surname
            person = _titled_surname(words[0], words[0], surnames, year, title) or person
        out.append((person, start, end))
    return out


def _titled_surname(
    key: str, surname: str, surnames: dict[str, _Person], year: int | None, title: str | None
) -> _Person | None:
    """The official a surname after a title names, with that title: the one the article has named
    in full (``surnames``, by ``key``), else the one listed person of that ``surname`` in ``year``."""
    known = surnames.get(key)
    if known is not None:
        return _Person(known.name, title, known.country)
    table = _one_listed(surname, year, bare=False)
    return _Person(table.name, title, table.country) if table is not None else None


# --------------------------------------------------------------------------- stripped text


def _written_words(text: str, start: int, end: int, hits: Sequence[_Hit]) -> str:
    """The title words of stripped ``text[start:end]`` as written: a body the gazetteer knows as it
    writes it (``fbi`` -> ``FBI``, ``u n`` -> ``U.N.``), the other words capitalised."""
    out: list[str] = []
    pos = start
    for hit in hits:
        if hit.end <= start or hit.start < start:
            continue
        if hit.start >= end:
            break
        if hit.end > end:
            break
        out += [w.capitalize() for w in text[pos : hit.start].split()]
        out.append(_as_written(hit))
        pos = hit.end
    out += [w.capitalize() for w in text[pos:end].split()]
    return " ".join(out)


def _as_written(hit: _Hit) -> str:
    """A gazetteer match in stripped text as the gazetteer writes it (``gatt`` -> ``GATT``)."""
    key = phrase_key(hit.text)
    for phrase in _matcher().phrases(key):
        if phrase.value == hit.entry:
            return phrase.form
    return hit.entry.name


def _listed_surname(word: str, year: int | None) -> bool:
    """Whether ``word`` (an English word too: ``trump``, ``bush``) is the surname of the one person in
    the table an article of ``year`` names by it, and no word that is as often something else right
    after a title (``may``, ``will``)."""
    surname = word.capitalize()
    if surname in _NEVER_BARE:
        return False
    return _one_listed(surname, year, bare=False) is not None


class _WordCounts:
    """How often each word, and each pair of words in a row, stands in a stripped text: counted once,
    when first asked (so that asking about every name of a long text stays linear)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def _counts(self) -> tuple[Counter[str], Counter[tuple[str, str]]]:
        words = _STRIPPED_TOKEN.findall(self.text)
        return Counter(words), Counter(itertools.pairwise(words))

    def alone_elsewhere(self, word: str, before: str) -> bool:
        """Whether the text uses ``word`` (the third word of a name) elsewhere than after ``before``:
        then it is another person's name that a lost full stop joined on."""
        singles, pairs = self._counts
        return singles[word] > pairs[before, word]


_STRIPPED_TOKEN: Final = re.compile(r"[^\W_]+")


@functools.cache
def english_words() -> frozenset[str]:
    """The lower-case English words of the SCOWL lists (``_data/english-words.txt.gz``, see
    ``_data/SOURCES.md``): in stripped text, where names lose their capitals, what a name is not."""
    raw = importlib.resources.files("tradecorpus").joinpath("_data", "english-words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(raw).decode("ascii").split())


#: A title's head in stripped text, as the heads of mixed-case text (``minister``, ``secretary general``).
_STRIPPED_HEADS: Final = {h.lower(): h for h in (*_HEADS, *_BODY_HEADS) if not h.endswith(".")}
_STRIPPED_HEAD: Final = re.compile(
    r"(?<![^\W_])(?:" + trie_pattern(sorted(_STRIPPED_HEADS), end=r"(?![^\W_])") + ")"
)
#: A portfolio after the head in stripped text (``minister for trade negotiations``): title words only.
_STRIPPED_PORTFOLIO: Final = re.compile(r" (?:of|for) (?:the )?((?:[a-z]+ ){0,3}[a-z]+)")
_STRIPPED_TO: Final = re.compile(r" to (?:the )?")
#: A word of a name in stripped text, and the particles that may stand inside one (``de clercq``).
_STRIPPED_NAME_WORD: Final = re.compile(r" ([a-z]{2,20})(?![^\W_])")
_NAME_PARTICLES: Final = frozenset({"de", "van", "von", "der", "bin", "ibn", "al", "el", "da", "le", "la"})
#: Given names of the people in the table (``john``, ``bill``): the first word of a name in stripped
#: text even where it is an English word too, when a surname follows it.
_GIVEN_NAMES: Final = frozenset(
    p.name.split()[0].lower() for p in people() if p.country not in _FAMILY_FIRST and " " in p.name
)
#: Words that end a name in stripped text although no word list has them (``mr``, ``s`` of ``'s``).
_NOT_NAME_WORDS: Final = frozenset(
    {"mr", "mrs", "ms", "dr", "jr", "sen", "rep", "gov", "gen", "st", "elect", "designate", "emeritus"}
)


def _stripped_titled(
    text: str, views: _Views, found: dict[str, _Person], year: int | None
) -> list[tuple[_Person, int, int]]:
    """Names after a title in lower-cased punctuation-stripped text (``trade minister hajime tamura
    said``): one to three words after the head that no English word list has (a given name the table
    knows may open the name), the title read back from the head as in mixed-case text. A word the
    list has ends the name (``president reagan s``, ``minister also said``)."""
    out: list[tuple[_Person, int, int]] = []
    words = english_words()
    counts = _WordCounts(text)
    surnames = {
        _surname(p.name, p.country).lower(): p for p in reversed(list(found.values())) if " " in p.name
    }
    for head in _STRIPPED_HEAD.finditer(text):
        canonical = _STRIPPED_HEADS[head.group()]
        head_end = head.end()
        to = _STRIPPED_TO.match(text, head_end) if canonical in _TO_HEADS else None
        place = views.places.get(to.end()) if to is not None else None
        if place is not None:  # ``ambassador to gatt michael samuels``: the place is in the title
            head_end = place.end
        portfolio = _STRIPPED_PORTFOLIO.match(text, head_end) if place is None else None
        if portfolio is not None:  # ``minister for trade negotiations``: the title words that follow
            for part in re.finditer(r"[a-z]+", portfolio.group(1)):
                if part.group() == "and":
                    continue
                if part.group().capitalize() not in _TITLE_WORDS and part.group() != "state":
                    break
                head_end = portfolio.start(1) + part.end()
        names: list[re.Match[str]] = []
        pos = head_end
        while len(names) < 3:
            m = _STRIPPED_NAME_WORD.match(text, pos)
            if m is None:
                break
            word = m.group(1)
            if word in _NAME_PARTICLES and names:
                after = _STRIPPED_NAME_WORD.match(text, m.end())
                if after is None or after.group(1) in words:
                    break
                names.append(m)
                pos = m.end()
                continue
            if word in _NOT_NAME_WORDS or word in _STRIPPED_HEADS:
                break
            if word in words or word in _NOT_NAME_LOWER:  # a word: part of a name only as below
                first = names[0].group(1) if names else None
                if first is None:
                    # a given name the table knows (``john``), or the surname of a listed person
                    # (``president trump``)
                    if word not in _GIVEN_NAMES and not _listed_surname(word, year):
                        break
                elif not (
                    len(names) == 1
                    and first in _GIVEN_NAMES
                    and first not in words
                    and first not in _NOT_NAME_LOWER
                    and word not in _NOT_NAME_LOWER
                    and not word.endswith(("ly", "ed", "ing"))
                ):
                    break  # (a surname that is a word too only after a given name: ``kenneth bacon``)
            names.append(m)
            pos = m.end()
        if names and names[-1].group(1) in _NAME_PARTICLES:
            names.pop()
        alone = names[0].group(1) if len(names) == 1 else ""
        common = alone in words or alone in _NOT_NAME_LOWER
        if alone in _GIVEN_NAMES and common and not _listed_surname(alone, year):
            continue  # ``senator john``: a given name that is a word too needs a surname after it
        if len(names) == 3 and counts.alone_elsewhere(names[2].group(1), names[1].group(1)):
            names.pop()  # ``deputy prime minister tariq aziz ritter s return``: another name begins
        if not names:
            continue
        if len(names) == 1 and head_end == head.end() and text.endswith("the ", 0, head.start()):
            continue  # ``with the president wechsler on thursday``: the name opens the next sentence
        start, end = names[0].start(1), names[-1].end(1)
        if views.named_spans.overlaps(start, end):
            continue  # a country, body or listed person the scan found (a capital may be a name: sofia)
        title_start, words_start, country, body = _title_words(
            text, head.start(), views.countries, views.public, any_case=True
        )
        if canonical in _BODY_HEADS and not body:
            continue  # ``director steven spielberg``: no body's officer
        if views.companies.overlaps(max(0, title_start - 2), title_start):
            continue
        after_head = text[head.end() : place.start if place is not None else head_end].split()
        raw = " ".join(
            [
                _written_words(text, words_start, head.start(), views.hits),
                canonical,
                *(w if w in {"of", "for", "the", "and", "to"} else w.capitalize() for w in after_head),
                *([_as_written(place)] if place is not None else []),
            ]
        )
        title = _normalise(raw, country)
        tokens = [m.group(1) for m in names]
        person = _Person(" ".join(t.capitalize() for t in tokens), title, country)
        if len(tokens) == 1:  # a surname: the official of that surname
            person = _titled_surname(tokens[0], tokens[0].capitalize(), surnames, year, title) or person
        out.append((person, start, end))
    return out


def _monarch(name: str, year: int | None) -> Person | None:
    """The one listed monarch known by ``name`` (``Hussein`` for ``Hussein bin Talal``, ``Juan
    Carlos`` for ``Juan Carlos I``), on the throne in ``year`` where several are."""
    candidates = _MONARCHS.get(name, [])
    if len(candidates) > 1 and year is not None:
        candidates = [p for p in candidates if any(o.held_in(year) for o in p.offices if o.title in _ROYALS)]
    return candidates[0] if len(candidates) == 1 else None


def _monarchs() -> dict[str, list[Person]]:
    out: dict[str, list[Person]] = {}
    for person in _PEOPLE.values():
        if any(o.title in _ROYALS for o in person.offices):
            words = person.name.split()
            cut = next(
                (k for k, w in enumerate(words) if k and (w in _PARTICLES or _REGNAL.fullmatch(w))), None
            )
            out.setdefault(" ".join(words[:cut]), []).append(person)
    return out


#: The listed monarchs by the name news gives them after their title (``King Hussein``).
_MONARCHS: Final = _monarchs()


def _royal_context(text: str, start: int, countries: dict[int, _Hit]) -> bool:
    """Whether the royal title at ``start`` is one: the word before it is not capitalised (or is
    ``Crown``, a country or demonym, or opens the sentence)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return True
    word = before.group(1)
    return (
        not word[:1].isupper()
        or word == "Crown"
        or before.end(1) in countries
        or (before.end(1) - 2) in countries
        or word.endswith((".", ":"))
    )


#: A capitalised name that ends where the search ends (``Wang Chao-Ming`` before its comma).
_NAME_BEFORE: Final = re.compile(
    r"(?<![\w'’.-])([A-Z][a-zA-Z'’-]*[a-z](?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-zA-Z'’-]*[a-z]){1,2})$"
)
#: ``Michael Duffy, Australia's trade negotiations minister``: a name, a comma, and a title (in
#: any case) that ends in a head, with a country or demonym before it. (It opens with the comma, so
#: the engine skips ahead; the name before the comma is read by ``_NAME_BEFORE``.)
_APPOSITION: Final = re.compile(
    r",[ \t]+"
    r"(?:(?:the|a|an)[ \t]+)?((?:[\w.'’-]+[ \t]+){0,5}?)"
    r"((?i:minister|secretary|president|premier|senator|governor|ambassador|chancellor|treasurer|spokesman"
    r"|spokeswoman|representative|negotiator|envoy|commissioner|official|adviser|advisor|coordinator|congressman"
    r"|congresswoman|lawmaker|legislator|MP|member[ \t]+of[ \t]+(?:the[ \t]+)?(?:European[ \t]+)?"
    r"(?:parliament|congress|house|knesset|diet|bundestag)))(?![\w'’-])"
)


#: A legislator's head as the title it stands for (``a Conservative member of Parliament``: ``MP``).
_LEGISLATORS: Final = {
    "member": "MP", "mp": "MP", "congressman": "Representative", "congresswoman": "Representative",
    "lawmaker": "Lawmaker", "legislator": "Lawmaker",
}  # fmt: skip
#: Heads of an apposition that companies use too: a title only with a country (``Uri Lubrani,
#: Israel's top official for Lebanon affairs``).
_STATE_ONLY_HEADS: Final = frozenset({"president", "official", "adviser", "advisor", "coordinator"})


def _name_before(text: str, comma: int, taken: Spans) -> re.Match[str] | None:
    """The person's name that ends at the apposition's ``comma``, if it is a name no one else has
    (not a listed name, not an organisation's)."""
    named = _NAME_BEFORE.search(text, max(0, comma - 60), comma)
    if named is None or taken.overlaps(*named.span(1)):
        return None
    if any(w.rstrip(".") in _NOT_NAMES for w in named.group(1).split()):
        return None
    return named


def _appositions(text: str, views: _Views) -> list[tuple[_Person, int, int]]:
    """Officials named before their title: ``Robert Lighthizer, the U.S. trade representative``,
    ``Michael Duffy, Australia's trade negotiations minister``. The name's words must be
    capitalised and the title's words title words (any case) or a country before them."""
    out: list[tuple[_Person, int, int]] = []
    for m in _APPOSITION.finditer(text):
        named = _name_before(text, m.start(), views.not_countries)
        if named is None:
            continue  # no name, a listed name (found already) or an organisation
        name = named.group(1)
        words = m.group(1).split()
        country: str | None = None
        if words and m.start(1) in views.country_starts:
            hit = views.country_starts[m.start(1)]
            country = hit.entry.country
            words = text[hit.end : m.start(2)].split()
            if words and words[0] in {"'s", "’s"}:
                words = words[1:]
        if not all(w.capitalize() in _TITLE_WORDS or w.lower() in {"of", "for", "and"} for w in words):
            continue
        if (
            m.group(2).lower() in _STATE_ONLY_HEADS
            and country is None
            and "security" not in m.group(1).lower()
        ):
            continue  # "Alan MacDonald, president of Nestle Foods": a company's too, unless a state's
        head = _LEGISLATORS.get(" ".join(m.group(2).lower().split()[:1]), m.group(2))
        title = _normalise(" ".join(w.capitalize() if w.islower() else w for w in [*words, head]), country)
        if country is None:  # ``vice minister of Japan's Ministry of…``: the state the office is of
            country = _state_after(text, m.end(2), views)
        out.append((_Person(" ".join(name.split()), title, country), *named.span(1)))
    for m in _BODY_APPOSITION.finditer(text):
        # ``Wang Chao-Ming, vice-chairman of the council for economic planning and development``
        named = _name_before(text, m.start(), views.not_countries)
        if named is None:
            continue
        name = named.group(1)
        body = _government_body(text, m.start(2), m.end(2), views.hits)
        if body is None:
            continue
        head = "-".join(part.capitalize() for part in m.group(1).split("-"))
        out.append((_Person(" ".join(name.split()), head, body or None), *named.span(1)))
    return out


def _state_after(text: str, pos: int, views: _Views) -> str | None:
    """The state named just after a title's head at ``pos``: a country (``of Japan's Ministry of
    Finance``, ``of Poland``) or a government body of one (``of the Finance Ministry``)."""
    of = _OF_AFTER.match(text, pos)
    if of is None:
        return None
    hit = views.country_starts.get(of.end())
    if hit is not None:
        return hit.entry.country
    for hit in views.hits:
        if hit.start == of.end() and hit.entry.kind == "government" and not hit.entry.generic:
            return hit.entry.country
        if hit.start > of.end():
            break
    return None


_OF_AFTER: Final = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")


#: An apposition whose head companies share (``chairman``, ``director``), followed by what it heads.
#: (It opens with the comma, so the engine skips ahead; the name before it is read by ``_NAME_BEFORE``.)
_BODY_APPOSITION: Final = re.compile(
    r",[ \t]+(?:(?:the|a|an)[ \t]+)?"
    r"((?i:vice-chairman|vice chairman|chairman|chairwoman|director-general|director|head|chief|"
    r"administrator|governor|commissioner|deputy director))"
    r"[ \t]+of[ \t]+((?:the[ \t]+)?(?:[\w'’.&-]+[ \t]+){0,6}[\w'’.&-]+)"
)
#: Words that make what a title heads a public body (``the council for economic planning``).
_PUBLIC_BODY_WORDS: Final = re.compile(
    r"(?i:\b(?:council|ministry|commission|bureau|agency|department|authority|administration|"
    r"central bank|reserve|parliament|senate|congress|cabinet|government|state|institute of "
    r"foreign trade|export institute|customs|treasury)\b)"
)


def _government_body(text: str, start: int, end: int, scan: Sequence[_Hit]) -> str | None:
    """The country of the public body named in ``text[start:end]``, ``""`` when it is a public body
    of no known country, None when it is no public body (``chairman of Sony``). A country named
    there proves nothing (``the Electronic Industries Association of Japan``)."""
    for h in scan:
        if start <= h.start < end:
            if h.entry.kind in {"company", "media"}:
                return None
            if h.entry.kind in {"government", "international"}:
                return h.entry.country or ""
    words = text[start:end]
    if _PUBLIC_BODY_WORDS.search(words) and not re.search(r"\b(?:Inc|Corp|Co|Ltd|PLC|AG|SA)\b", words):
        return ""
    return None


#: The heads of a lower-case title before a name, as wire copy writes it (``Deputy foreign trade
#: minister Janusz Kaczurba``, ``Bank of Japan governor Haruo Maekawa``), and of a title before a name
#: set off by a comma (``the Syrian ambassador to Washington, Walid Mualem,``).
_LOWER_HEADS: Final = (
    "minister", "ambassador", "envoy", "negotiator", "spokesman", "spokeswoman", "spokesperson", "delegate",
    "governor", "chairman", "president", "head", "chief", "director", "adviser", "advisor", "leader",
    "Minister", "Ambassador", "Envoy", "Negotiator", "Delegate", "Secretary", "Representative", "President",
    "Chairman", "Governor", "Director",
)  # fmt: skip
#: What follows such a head: a portfolio, a comma, and the name. (The heads are found by plain
#: searches, which are faster than a pattern opening with lower-case words.)
_LOWER_TAIL: Final = re.compile(
    r"((?:[ \t]+(?:to|of|for)[ \t]+(?:the[ \t]+)?[A-Za-z][\w'’.-]*(?:[ \t]+[A-Za-z][\w'’.-]*){0,3})?)"
    r"(,?)[ \t]+((?:[A-Z][a-zA-Z'’-]*[a-z][ \t]+){1,2}[A-Z][a-zA-Z'’-]*[a-z])(?![\w'’-])"
)


def _heads_at(text: str, views: _Views, heads: frozenset[str], joined_before: str) -> list[tuple[int, str]]:
    """Where each of ``heads`` stands in ``text`` as a whole word (no character of ``joined_before``
    just before it), in text order."""
    return [(i, w) for i, w in views.head_words if w in heads and not (i and text[i - 1] in joined_before)]


#: Lower-case heads that companies use too: a title only after a public body (``Bank of Japan
#: governor``) or a country and a capitalised title word (``Polish National Bank head``).
_SHARED_LOWER: Final = frozenset({"governor", "chairman", "president", "head", "chief", "director"})
#: Capitalised heads (formal titles) that the comma form may follow without a country
#: (``the Under Secretary of Commerce, Bruce Smart``); the others need a country or a government body.
_FORMAL_HEADS: Final = frozenset(
    {"Minister", "Ambassador", "Envoy", "Negotiator", "Secretary", "Representative"}
)


#: Words that make a spokesman's title a government's.
_GOVERNMENT_WORDS: Final = frozenset(
    {"Ministry", "ministry", "Department", "Government", "government", "Foreign", "foreign", "State",
     "Office", "Council", "Commission", "Cabinet", "Embassy", "embassy", "Treasury", "Presidential"}
)  # fmt: skip


#: Words that make a leader a legislature's (``Senate Democratic leader``, ``opposition leader``).
_LEGISLATIVE: Final = frozenset(
    {"Senate", "House", "Majority", "Minority", "Democratic", "Republican", "Opposition", "opposition",
     "majority", "minority", "Parliamentary", "parliamentary"}
)  # fmt: skip
_SMALL_WORDS: Final = frozenset({"of", "for", "to", "the", "and"})


def _lower_titled(text: str, views: _Views) -> list[tuple[_Person, int, int]]:
    """Officials after a title in lower case (``trade minister Hajime Tamura``), or after a title
    and a comma when a country or demonym starts the title (``the Syrian ambassador to Washington,
    Walid Mualem``). The title's other words must be title words."""
    out: list[tuple[_Person, int, int]] = []
    reached = -1
    for head_start, head in _heads_at(text, views, _LOWER_SET, "_"):
        m = _LOWER_TAIL.match(text, head_start + len(head)) if head_start >= reached else None
        if m is None:
            continue
        reached = m.end()
        head_end = head_start + len(head)
        portfolio, comma, name = m.group(1), m.group(2), m.group(3)
        if head[0].isupper() and not comma:
            continue  # ``Trade Minister Hajime Tamura``: the titled names' own pass
        words = name.split()
        listed = views.person_at.get(m.start(3))
        if listed is not None and listed.end != m.end(3):
            listed = None
        if any(w in _NOT_NAMES for w in words) or (
            listed is None and views.all_spans.overlaps(m.start(3), m.end(3))
        ):
            continue
        if portfolio and not comma and any(w[0].isupper() for w in portfolio.split()[1:]):
            continue  # ``minister for Trade Negotiations John``: a capitalised portfolio runs into the name
        shared = head in _SHARED_LOWER
        _, words_start, country, body = _title_words(
            text,
            head_start,
            views.countries,
            views.public if shared or head.startswith("spokes") else {},
            any_case=True,
            most=5,
        )
        title_words = text[words_start:head_start].split()
        if head == "leader" and country is None and not _LEGISLATIVE.intersection(title_words):
            continue  # ``EC Industrial Union leader``: a state's or a legislature's leader only
        if head in {"adviser", "advisor"} and "security" not in (w.lower() for w in title_words):
            continue  # ``national security adviser Brent Scowcroft``, not any adviser
        if (shared and not body) and (
            country is None or not (head == "governor" or any(w[0].isupper() for w in title_words))
        ):
            continue  # ``bank president John Smith``: a company's, as far as the text tells
        if comma and country is None:
            # ``President of the Brazilian Coffee Institute, Jorio Dauster``: a state in the portfolio
            inside = [h for h in views.states_and_bodies if head_end <= h.start and h.end <= m.end(1)]
            if inside:
                country = inside[0].entry.country
            elif head not in _FORMAL_HEADS:
                continue  # ``…minister, John Smith``: only with a country, or a formal title
        if head.startswith("spokes") and not body and not _GOVERNMENT_WORDS.intersection(title_words):
            continue  # ``Foreign Ministry spokesman Per Paust``, not a company's spokesman
        if not comma and not title_words and country is None and head != "minister":
            continue
        raw = " ".join(
            w.capitalize() if w.islower() and w not in _SMALL_WORDS else w for w in [*title_words, head]
        )
        if comma and portfolio and all(w[0].isupper() for w in portfolio.split()[1:] if w != "the"):
            raw += " " + " ".join(portfolio.split())  # ``Under Secretary of Commerce``
        title = _normalise(raw, country)
        if listed is not None:  # ``Palestinian leader Yasser Arafat``: the table's person, the text's title
            out.append((_Person(listed.entry.name, title, listed.entry.country), m.start(3), m.end(3)))
        else:
            out.append((_Person(" ".join(words), title, country), m.start(3), m.end(3)))
    return out


#: A plural title, whose names follow as a list (``Finance Ministers Kiichi Miyazawa of Japan and
#: Gerhard Stoltenberg of West Germany``, ``Sens. Max Baucus and John Danforth``), as the singular
#: head it stands for.
_PLURAL_HEADS: Final = {
    "ministers": "Minister", "secretaries": "Secretary", "senators": "Senator", "sens.": "Senator",
    "reps.": "Representative", "representatives": "Representative", "ambassadors": "Ambassador",
    "envoys": "Envoy", "negotiators": "Negotiator", "commissioners": "Commissioner", "premiers": "Premier",
    "governors": "Governor",
}  # fmt: skip
_PLURAL_SET: Final = frozenset(form for h in _PLURAL_HEADS for form in (h, h.capitalize()))
_LOWER_SET: Final = frozenset(_LOWER_HEADS)
#: Both passes' heads, found in one pass of the text.
_HEAD_WORDS: Final = re.compile(
    # (``\b`` first, which the engine skips ahead on; a head after ``_`` is no head either)
    r"\b(?:" + trie_pattern(sorted(_PLURAL_SET | _LOWER_SET), end=r"(?![^\W_])") + ")"
)
#: A name in such a list: two or three capitalised words (a middle initial allowed).
_LIST_NAME: Final = re.compile(
    r"[ \t]*((?:[A-Z][a-zA-Z'’-]*[a-z][ \t]+|[A-Z]\.[ \t]+){1,2}[A-Z][a-zA-Z'’-]*[a-z])(?![\w'’-])"
)
#: What may follow a listed name: a party in brackets (``(D-Mont.)``), then ``of``/``from`` a country.
_LIST_PARTY: Final = re.compile(r"[ \t]+\([^()\n]{1,20}\)")
_LIST_FROM: Final = re.compile(r",?[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
_LIST_AND: Final = re.compile(r"(?:,(?:[ \t]+and)?|[ \t]+and)[ \t]+")


def _listed_after_plural(text: str, views: _Views) -> list[tuple[_Person, int, int]]:
    """Officials named in a list after a plural title: ``Finance Ministers Kiichi Miyazawa of Japan
    and Gerhard Stoltenberg of West Germany``, ``the finance ministers of Japan and West Germany,
    Kiichi Miyazawa and Gerhard Stoltenberg``, ``Sens. Max Baucus (D-Mont.) and John Danforth``. Each
    name gets the singular title and its country: the one written after it, else the country in
    the same place of a list of countries after the title, else one country before the title. Two
    names at least; a listed person keeps the table's name."""
    out: list[tuple[_Person, int, int]] = []
    for head_start, head in _heads_at(text, views, _PLURAL_SET, "_.-"):
        pos = head_start + len(head)
        listed: list[str | None] = []  # ``ministers of Japan and West Germany, …``
        of = _LIST_FROM.match(text, pos)
        if of is not None and not of.group().startswith(",") and of.group().split()[0] == "of":
            probe = last = of.end()
            while probe in views.country_starts:
                listed.append(views.country_starts[probe].entry.country)
                last = views.country_starts[probe].end
                joint = _LIST_AND.match(text, last)
                if joint is None:
                    break
                probe = joint.end()
            if not listed:
                pos = of.end()  # ``the three foreign ministers of Bronislaw Geremek of Poland, …``
            elif text.startswith(",", last):
                pos = last + 1
            else:
                continue  # ``the ministers of Japan and West Germany met``: no names
        names: list[tuple[int, int, str | None]] = []
        while len(names) < 8:
            named = _LIST_NAME.match(text, pos)
            if named is None or views.not_persons.overlaps(*named.span(1)):
                break
            if any(w.rstrip(".") in _NOT_NAMES for w in named.group(1).split()):
                break
            pos = named.end()
            party = _LIST_PARTY.match(text, pos)
            pos = party.end() if party is not None else pos
            country: str | None = None
            origin = _LIST_FROM.match(text, pos)
            if origin is not None and origin.end() in views.country_starts:
                hit = views.country_starts[origin.end()]
                country, pos = hit.entry.country, hit.end
            names.append((named.start(1), named.end(1), country))
            joint = _LIST_AND.match(text, pos)
            if joint is None:
                break
            pos = joint.end()
        if len(names) < 2:
            continue
        singular = _PLURAL_HEADS[head.lower()]
        _, words_start, before, _ = _title_words(text, head_start, views.countries, {}, any_case=True, most=4)
        title_words = [w.capitalize() if w.islower() else w for w in text[words_start:head_start].split()]
        if singular in {"Governor", "Representative"} and not title_words and before is None:
            continue  # "governors of the fund", "sales representatives": not a state's office only
        title = _normalise(" ".join([*title_words, singular]), before)
        for k, (start, end, country) in enumerate(names):
            if country is None:
                country = listed[k] if len(listed) == len(names) else before
            person = views.person_at.get(start)
            if person is not None and person.end == end:
                out.append((_Person(person.entry.name, title, person.entry.country), start, end))
            else:
                out.append((_Person(" ".join(text[start:end].split()), title, country), start, end))
    return out


class _Views:
    """What the passes read of one gazetteer scan, each built once, when first asked for."""

    def __init__(self, text: str, hits: Sequence[_Hit]) -> None:
        self.text = text
        self.hits = hits

    @functools.cached_property
    def persons(self) -> list[_Hit]:
        return [h for h in self.hits if h.entry.kind == "person"]

    @functools.cached_property
    def person_at(self) -> dict[int, _Hit]:
        return {h.start: h for h in self.persons}

    @functools.cached_property
    def countries(self) -> dict[int, _Hit]:
        return _countries_by_end(self.hits)

    @functools.cached_property
    def home(self) -> str | None:
        """The country of the story's dateline."""
        return home_country(self.text, self.hits)

    @functools.cached_property
    def public(self) -> dict[int, _Hit]:
        return _public_bodies(self.text, self.hits, self.home)

    @functools.cached_property
    def places(self) -> dict[int, _Hit]:
        """Countries and bodies by where they start: where an ambassador is sent."""
        return {h.start: h for h in self.hits if h.entry.kind in {"country", "international", "government"}}

    @functools.cached_property
    def head_words(self) -> list[tuple[int, str]]:
        """Where the lower-case titles' and the plural titles' heads stand."""
        return [(m.start(), m.group()) for m in _HEAD_WORDS.finditer(self.text)]

    @functools.cached_property
    def country_starts(self) -> dict[int, _Hit]:
        """Country names and demonyms by where they start."""
        return {
            h.start: h for h in self.hits if h.entry.kind == "country" and h.entry.role in {"name", "demonym"}
        }

    @functools.cached_property
    def states_and_bodies(self) -> list[_Hit]:
        return [h for h in self.hits if h.entry.kind in {"government", "international", "country"}]

    @functools.cached_property
    def all_spans(self) -> Spans:
        return Spans((h.start, h.end) for h in self.hits)

    @functools.cached_property
    def named_spans(self) -> Spans:
        """The hits that are no capital city."""
        return Spans((h.start, h.end) for h in self.hits if h.entry.role != "capital")

    @functools.cached_property
    def not_persons(self) -> Spans:
        return Spans((h.start, h.end) for h in self.hits if h.entry.kind != "person")

    @functools.cached_property
    def not_countries(self) -> Spans:
        return Spans((h.start, h.end) for h in self.hits if h.entry.kind != "country")

    @functools.cached_property
    def companies(self) -> Spans:
        return Spans((h.start, h.end) for h in self.hits if h.entry.kind in {"company", "media"})


def _countries_by_end(scan: Sequence[_Hit]) -> dict[int, _Hit]:
    """The gazetteer's country names, demonyms and capitals, by where they end: what a title may
    follow (``Kenyan Trade Minister``)."""
    return {
        h.end: h for h in scan if h.entry.kind == "country" and h.entry.role in {"name", "demonym", "capital"}
    }


def _public_bodies(text: str, scan: Sequence[_Hit], home: str | None) -> dict[int, _Hit]:
    """The government and international bodies the gazetteer found, by where they end: what a title
    may follow (``FBI Director``). A generic form (``Central Bank``) carries the country the entity
    extractor would give it (the dateline's, else the one the article names most among its owners),
    for when no country is written before it."""
    counts = Counter(
        h.entry.country for h in scan if h.entry.kind == "country" and h.entry.role not in {"block", "city"}
    )
    out = {}
    for h in scan:
        if h.entry.kind in {"government", "international"} and h.entry.role == "name":
            if h.entry.generic:
                owner = _resolve_generic(h, None, text, counts, home).country
                h = h._replace(entry=h.entry._replace(country=owner))
            out[h.end] = h
    return out


def _title_words(
    text: str,
    head_start: int,
    countries: dict[int, _Hit],
    bodies: dict[int, _Hit],
    *,
    any_case: bool = False,
    most: int = 6,
) -> tuple[int, int, str | None, bool]:
    """Where the title that ends in the head at ``head_start`` begins, and the country it names: a
    country or demonym the gazetteer found just before it (``Kenyan Trade Minister``, ``China's
    Vice Premier``, ``U.S. Trade Representative``), which is left out of the title; or a government
    or international body, which stays in it and gives its country (``FBI Director``, ``NATO
    Secretary-General``); a body whose form many states share (``Central Bank``) stays in the title
    and the country is read before it. Returns the start of the title with its country word, of the
    title without it, the country, and whether a body names the title. With ``any_case``, title words may be
    written in lower case, a hyphenated one word by word (``Deputy foreign trade``, ``vice-foreign``);
    ``most`` words are read at most."""
    start = pos = head_start
    generic: _Hit | None = (
        None  # a body whose form many states use (``Central Bank``): a country may precede it
    )
    for _ in range(most):
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None:
            break
        word_start = m.start(1)
        hit = countries.get(m.end(1)) or countries.get(m.end(1) - 2)  # "China's": the country before 's
        if hit is not None and hit.start >= max(0, pos - 40):
            return hit.start, start, hit.entry.country, generic is not None
        body = bodies.get(m.end(1))
        if body is not None and body.start >= max(0, pos - 40):
            if body.entry.generic:
                generic = body
                start = pos = body.start
                continue
            return body.start, body.start, body.entry.country, True
        word = m.group(1)
        if word in {"and", "&"} and start < head_start:
            # ``Trade and Industry Minister``: another title word before the ``and``
            other = _WORD_BEFORE.search(text, max(0, word_start - 40), word_start)
            if other is not None and _is_title_word(other.group(1), any_case):
                pos = word_start
                continue
            break
        if not _is_title_word(word, any_case):
            break
        start = pos = word_start
    if generic is not None:
        return start, start, generic.entry.country, True
    return start, start, None, False


def _is_title_word(word: str, any_case: bool) -> bool:
    """Whether ``word`` may stand in a title before its head (with ``any_case``, in lower case too,
    and a hyphenated one word by word)."""
    if any_case:
        return all(part.capitalize() in _TITLE_WORDS for part in word.split("-"))
    return word in _TITLE_WORDS


def _normalise(raw: str, country: str | None) -> str:
    """``U.S. Commerce Secretary`` -> ``Commerce Secretary``; ``Sen.`` -> ``Senator``; ``Vice-Premier``
    -> ``Vice Premier``; the U.S. trade representative keeps its country."""
    words = [_EXPANDED.get(w, w) for w in raw.replace("-", " ").split()]
    if words and words[-1] == "Chairwoman":
        words[-1] = "Chairman"
    title = " ".join(words)
    if title in {"Trade Representative", "USTR"} and country == "US":
        return "U.S. Trade Representative"
    inverted = _PORTFOLIO_AFTER.fullmatch(title)
    if inverted is not None and inverted.group(2) != "State":
        return f"{inverted.group(2)} {inverted.group(1)}"
    return title


#: A minister's or secretary's title that names the portfolio after the head, with no rank before it:
#: written portfolio first, as the table and the news write it most (``Secretary of the Treasury`` ->
#: ``Treasury Secretary``; but ``Secretary of State``, ``Under Secretary of Commerce`` stay).
_PORTFOLIO_AFTER: Final = re.compile(
    r"(Secretary|Minister) (?:of|for) (?:the )?([A-Z][\w'-]*(?: (?:and|[A-Z][\w'-]*))*)"
)


def _surnames(
    text: str, stripped: bool, person: _Person, taken: Spans, others: Spans, partners: frozenset[str]
) -> list[tuple[int, int]]:
    """The later mentions of ``person`` by the full name again (an unlisted official named once with
    a title: ``Hun Sen's troops``) and by surname alone (``Lighthizer``, ``Mr. Liu``), also joined
    by a hyphen to another official's surname (``the Baker-Chung meeting``), not to a given name's
    first syllable (``Woong-bae``)."""
    if len(person.name.split()) < 2:
        return []
    out: list[tuple[int, int]] = []
    listed = _PEOPLE.get(person.name)
    full = person.name.lower() if stripped else person.name
    for i in whole_words(text, full, joined_before="_-") if listed is None else ():  # (the scan has those)
        if not taken.overlaps(i, i + len(full)) and not others.overlaps(i, i + len(full)):
            out.append((i, i + len(full)))
    for surname in _surname_forms(person):
        out += _surname_mentions(text, stripped, surname, taken, others, partners, out)
    return out


#: Surnames that are abbreviated titles too (before a full stop).
_ABBREVIATIONS: Final = frozenset({"Sen", "Rep", "Gov", "Gen", "Col", "Lt", "St", "Dr", "Mr"})


def _surname_forms(person: _Person) -> list[str]:
    """The forms that name ``person`` alone later on: the surname, and the one each alias gives
    (``Maekawa`` beside ``Mayekawa``); a monarch's regnal name (``Hussein`` of ``Hussein bin
    Talal``); none for a person the table names by a given name too (``Saddam``: the scan finds it,
    and ``Hussein`` alone is as often someone else)."""
    listed = _PEOPLE.get(person.name)
    if listed is None:
        return [s for s in [_surname(person.name, person.country)] if s]
    if any(o.title in _ROYALS for o in listed.offices):
        return [name for name, monarchs in _MONARCHS.items() if listed in monarchs and " " not in name]
    if any(" " not in a for a in listed.aliases):
        return []
    variants = {_surname(a, person.country) for a in listed.aliases}
    variants = {v for v in variants if _VARIANT.fullmatch(v)}  # (not ``Jr.`` of ``Joseph R. Biden Jr.``)
    return sorted({_surname(person.name, person.country), *variants} - {""})


#: A surname an alias gives (``Maekawa`` beside ``Mayekawa``): a capitalised word, no suffix.
_VARIANT: Final = re.compile(r"(?!(?:Jr|Sr|II|III|IV)\b)[A-Z][a-zA-Z'’-]+")


def _surname_mentions(
    text: str,
    stripped: bool,
    surname: str,
    taken: Spans,
    others: Spans,
    partners: frozenset[str],
    found: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The mentions of one surname form that refer to the person and lie in none of ``found``."""
    out: list[tuple[int, int]] = []
    if stripped:
        surname = surname.lower()
    forms = {surname} if stripped else {surname, surname.upper()}
    # (looked up by halving where there are many: a name may come back thousands of times)
    held = Spans(found) if len(found) > _FEW else None
    for form in forms:
        last_end = -1  # the end of this form's last mention (they come left to right)
        for i in whole_words(text, form):
            end = i + len(form)
            if i and text[i - 1] == "-":
                partner = _WORD_BEFORE_HYPHEN.search(text, max(0, i - 30), i)
                if partner is None or partner.group(1) not in partners:
                    continue
            free = not taken.overlaps(i, end) and not others.overlaps(i, end)
            if text.startswith(".", end) and form in _ABBREVIATIONS:
                continue  # ``Sen. Ron Wyden``: a title, not ``Hun Sen``
            inside = (
                held.overlaps(i, i + 1) if held is not None else any(s <= i < e for s, e in found)
            ) or i < last_end
            if free and _refers(text, i, end, surname, stripped) and not inside:
                out.append((i, end))
                last_end = end
    return out


#: Up to this many spans are looked through one by one, faster than sorted for halving.
_FEW: Final = 16
#: The word before a hyphen that ends the search (``Baker-``).
_WORD_BEFORE_HYPHEN: Final = re.compile(r"(?<![\w'’-])([A-Z][\w'’]*)-$")
#: Common-word surnames that are never the person alone: months, pronouns, Chinese one-syllable
#: names that are English words too.
_NEVER_BARE: Final = frozenset(
    {"May", "Will", "Mark", "Long", "Young", "Rich", "Major", "Power", "Gold", "Sun", "He", "Li", "Ma", "Hu",
     "Lee"}
)  # fmt: skip
#: Words after a surname at a sentence's start that make it the person: ``Bush said``.
_VERB_AFTER: Final = frozenset(
    {"said", "says", "told", "has", "had", "is", "was", "will", "would", "also", "added", "announced", "met",
     "and", "wants", "warned", "urged", "called", "signed", "spoke", "asked", "replied", "did", "does"}
)  # fmt: skip


def _bare_common(text: str, start: int, end: int, surname: str, before: str, previous: str) -> bool:
    """Whether a surname that is also a common word (``Bush``, ``Brown``) is the person without a
    title: written with its capital inside a sentence, between words that are not capitalised
    (not ``Capitol Hill``, ``White House``), or opening a sentence before a verb (``Bush said``)."""
    word = text[start:end]
    if word in _NEVER_BARE or not word[:1].isupper() or word.isupper():
        return False
    following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    after = following.group() if following is not None else ""
    if after[:1].isupper() and after not in _AFTER_LEADER:
        return False
    opens = before == "" or before.endswith((".", "!", "?", "“", '"', ":"))
    if opens:
        return after in _VERB_AFTER or text.startswith(("'s", "’s"), end)
    if previous == "The" and after.capitalize() in _AFTER_LEADER:
        return True  # ``The Bush administration`` opening a sentence
    return previous[:1].islower() or previous in {",", "--", "—"} or previous.endswith(",")


def _refers(text: str, start: int, end: int, surname: str, stripped: bool) -> bool:
    """Whether the surname at ``start:end`` refers to the person (not ``Ivanka Trump``, not the month
    ``May``)."""
    before = text[max(0, start - 30) : start].rstrip()
    previous = before.split()[-1] if before.split() else ""
    titled = bool(_HONORIFIC.search(previous)) or previous in _HEADS or previous in _EXPANDED
    if surname in _COMMON_SURNAMES or surname.capitalize() in _COMMON_SURNAMES:
        return titled or (not stripped and _bare_common(text, start, end, surname, before, previous))
    if stripped or titled or text[start:end].isupper():
        return True  # (a surname in capitals is in an all-capitals headline: no first name there)
    # another capitalised name right before or after: another person ("Ivanka Trump", "Ross Perot")
    named = previous[:1].isupper() and previous.isalpha() and previous not in _TITLE_WORDS
    if named and previous not in _NOT_NAMES and not before.endswith((".", "“", '"', ":")):
        return False
    following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if following is None or not following.group()[:1].isupper():
        return True
    return following.group() in _NOT_NAMES or following.group() in _AFTER_LEADER
