"""Entities (SPEC §5): the countries and organisations a trade story names, every mention linked.

Three passes over the text, each linear:

1. **Gazetteer.** Every country name, alias, capital and demonym, and every international body,
   government body, news outlet and company of the package's tables (:mod:`tradecorpus._data.gazetteer`)
   is compiled into one :class:`~tradecorpus.extractors._phrases.PhraseMatcher`, longest name
   first. Case is checked on the text as written (``US`` must be in capitals, ``us`` the pronoun
   is not the United States); in lower-cased punctuation-stripped text (``doc.stripped``) the
   forms that are ordinary words are left out, and ``us`` counts only where the pronoun cannot
   stand (``the us``, ``us goods``).
2. **Organisations by pattern** (text with capitals only): capitalised names ending in a company
   suffix (``Intel Corp.``, ``Anheuser-Busch Cos.``) or an organisation word (``Ministry``,
   ``Department``, ``Agency``, ``Bank``, ``Association``, ``Federation``, ``Council``,
   ``Commission``, ...), or starting with one (``Ministry of International Trade and Industry``).
   A country word before a government body is a mention of its own and gives the body its country
   (``China's Commerce Ministry``, ``U.S. Commerce Department``). A company found with its suffix
   is also found without it later (``Intel Corp.`` ... ``Intel``).
3. **Resolution.** A demonym (``Chinese``) is never a mention, but tells the country of the body
   after it. A capital is a mention of its country only when it stands for the government
   (``Beijing wants``, ``Washington's demands``, ``talks between Washington and Beijing``), not
   when it is a place (``in Beijing``, a dateline ``TOKYO, April 8 -``, a byline). A generic
   body name listed for several states (``Finance Ministry``) takes the country written before it,
   else the country the article names most.

Spans leave out ``the`` and a possessive ``'s``. Mentions with the same canonical name make one
:class:`~tradecorpus.model.Entity`. The gazetteer lives in :mod:`._entity_data`, the organisation
patterns in :mod:`._organisations`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final, NamedTuple

from tradecorpus._data.gazetteer import country_by_code
from tradecorpus.extractors._entity_data import (
    _STRIPPED_WORDS,
    _TITLE_AFTER,
    _TITLE_AFTER_STRIPPED,
    _Entry,
    _Hit,
    _matcher,
)
from tradecorpus.extractors._organisations import (
    _MORE_SUFFIXES,
    _NOT_NAME_LOWER,
    _back_references,
    _circuit_courts,
    _cued_companies,
    _home_countries,
    _mastheads,
    _organisation,
    _party_members,
    _pattern_hits,
    _prefix_country,
    _prefixed_companies,
    _sentence_start,
    _short_company_names,
    _stripped_back_references,
    _stripped_companies,
    _stripped_party_members,
    _taken,
    _with,
)
from tradecorpus.extractors._phrases import Phrase, phrase_key
from tradecorpus.hookspecs import hookimpl
from tradecorpus.model import Document, Entity, Span

__all__ = ["extract_entities", "find_entities"]


# --------------------------------------------------------------------------- context words

_WORD: Final = re.compile(r"[^\W_]+")
#: Words before a capital that make it a place: ``in Beijing``, ``flew to Tokyo``.
_PLACE_BEFORE: Final = frozenset(
    {"in", "at", "to", "from", "near", "into", "outside", "around", "across", "via", "toward", "towards",
     "through", "visit", "visits", "visited", "visiting", "arrive", "arrived", "arrives", "arriving",
     "leave", "left", "leaving", "reached", "inside", "throughout", "of", "downtown", "central",
     "based", "returned", "return", "flew", "fly", "flying", "travel", "traveled", "travelled",
     "traveling", "travelling", "trip", "headed", "heading", "head", "back", "out", "within",
     "outskirts", "embassy", "consulate", "bureau", "correspondent", "here", "hold", "held", "host",
     "hosted", "hosts", "hosting", "went", "go", "going", "came", "come", "coming", "stay", "stayed",
     "live", "lived", "lives", "living"}
)  # fmt: skip
#: Words before a capital that make it the government: ``pressure on Beijing``.
_GOVERNMENT_BEFORE: Final = frozenset(
    {"between", "on", "against", "with", "by", "for", "than", "pressure", "pressed", "pressing", "urged",
     "urging", "urges", "told", "tell", "asked", "asking", "accused", "accusing", "accuses", "warned",
     "warning", "warns", "persuade", "convince", "forced", "force", "forcing", "allowing", "allowed",
     "let", "both", "and", "or", "nor", "whether", "if", "that", "because", "as", "while", "since",
     "when", "where", "but", "so", "punish", "punished", "punishing", "sanctioned", "sanction", "blamed",
     "blame", "blaming", "criticized", "criticised", "criticizing", "criticising", "hit", "targeted",
     "target", "targeting", "expect", "expects", "expected", "want", "wants", "wanted", "believe",
     "believes", "believed", "prevent", "prevents", "prevented", "preventing", "stop", "stops",
     "stopped", "stopping", "help", "helps", "helped", "helping", "encourage", "encourages",
     "encouraged", "encouraging", "persuaded", "persuading", "convinced", "convincing", "invite",
     "invited", "inviting", "allow", "allows", "push", "pushed", "pushing", "pushes", "reassure",
     "reassured", "lobby", "lobbied", "lobbying", "criticize", "criticise", "condemn", "condemned",
     "condemning", "ask", "asks"}
)  # fmt: skip
#: Nouns before ``to`` that make the capital after it the government: ``ambassador to Washington``.
_GOVERNMENT_BEFORE_TO: Final = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "ties", "links", "message", "letter", "appeal",
     "ultimatum", "concessions", "concession", "offer", "pledge", "sold", "owed", "loyal", "allied",
     "opposed", "close", "closer", "friendly", "hostile", "pressure", "threat", "challenge"}
)  # fmt: skip
#: Words after a capital (or after its ``'s``) that make it the government.
_GOVERNMENT_AFTER: Final = frozenset(
    {"will", "would", "could", "should", "can", "cannot", "may", "might", "must", "shall", "has", "had",
     "have", "is", "was", "are", "were", "does", "did", "do", "wants", "wanted", "want", "says", "said",
     "insists", "insisted", "hopes", "hoped", "seeks", "sought", "plans", "planned", "refuses", "refused",
     "needs", "needed", "demands", "demanded", "agrees", "agreed", "argues", "argued", "accuses",
     "accused", "claims", "claimed", "denies", "denied", "fears", "feared", "believes", "believed",
     "expects", "expected", "threatens", "threatened", "warns", "warned", "vows", "vowed", "pledges",
     "pledged", "promises", "promised", "responds", "responded", "retaliates", "retaliated", "imposes",
     "imposed", "intends", "intended", "rejects", "rejected", "maintains", "maintained", "continues",
     "continued", "appears", "appeared", "announced", "announces", "approved", "approves", "offered",
     "offers", "proposed", "proposes", "decided", "decides", "hit", "hits", "slapped", "slaps",
     "struck", "strikes", "signed", "signs", "backed", "backs", "opposed", "opposes", "blamed",
     "blames", "filed", "files", "asked", "asks", "urged", "urges", "pressed", "presses", "pushed",
     "pushes", "sent", "sends", "granted", "grants", "allowed", "allows", "suspended", "suspends",
     "lifted", "lifts", "raised", "raises", "cut", "cuts", "bought", "buys", "sold", "sells",
     "government", "governments", "officials", "official", "leaders", "leader", "leadership",
     "authorities", "regime", "administration", "negotiators", "negotiator", "policymakers",
     "lawmakers", "diplomats", "demand", "position", "stance", "policy", "policies",
     "response", "retaliation", "tariffs", "concessions", "offer", "proposal", "counterproposal",
     "pledge", "promise", "commitment", "commitments", "decision", "move", "moves", "efforts",
     "effort", "refusal", "reluctance", "intentions", "interests", "favor", "favour", "side",
     "approach", "strategy", "plan", "goals", "aims", "view", "views", "loss", "gain",
     "hand", "leverage", "purchases", "actions", "action", "behavior", "behaviour", "practices",
     "also", "now", "still", "already", "then", "quickly", "finally", "again", "reportedly", "however",
     "meanwhile", "too", "itself", "alone",
     "recently", "previously", "apparently", "likely", "probably"}
)  # fmt: skip
#: Nouns after ``Capital's`` that keep it a place: ``Beijing's streets``.
_PLACE_AFTER: Final = frozenset(
    {"airport", "airports", "streets", "street", "residents", "skyline", "mayor", "city", "suburbs",
     "district", "districts", "downtown", "outskirts", "hotels", "hotel", "restaurants", "air",
     "traffic", "subway", "university", "universities", "stock", "exchange", "market", "markets",
     "based", "area", "region", "port", "ports", "zoo", "museum", "bureau", "office", "correspondent",
     "palace", "square", "stadium", "park", "cathedral", "church", "hall", "theater", "theatre", "center",
     "centre", "bridge", "avenue", "boulevard", "station", "harbour", "harbor", "neighborhood",
     "neighbourhood", "hospital", "hospitals", "schools", "campus", "mosque",
     "temple", "gate", "river", "metro", "central", "old", "new"}
)  # fmt: skip
#: Words after a lower-case ``us`` in stripped text that only the United States can precede.
_US_AFTER: Final = frozenset(
    {"goods", "trade", "tariffs", "tariff", "officials", "official", "president", "economy", "government",
     "treasury", "exports", "imports", "exporters", "importers", "farmers", "farm", "companies", "company",
     "firms", "firm", "market", "markets", "side", "negotiators", "negotiator", "delegation", "dollar",
     "dollars", "administration", "soybeans", "soybean", "agricultural", "agriculture", "products",
     "steel", "chip", "chips", "technology", "tech", "stocks", "stock", "bonds", "interest", "military",
     "forces", "troops", "navy", "army", "congress", "senate", "house", "lawmakers", "senator", "senators",
     "secretary", "commerce", "ambassador", "embassy", "consumers", "businesses", "business",
     "industry", "industries", "manufacturers", "manufacturing", "jobs", "workers", "election",
     "elections", "sanctions", "demands", "demand", "allies", "ally", "china", "japan", "canada", "mexico",
     "eu", "european", "deficit", "surplus", "gdp", "growth", "inflation", "federal", "state", "states",
     "department", "pork", "beef", "corn", "wheat", "energy", "oil", "gas", "lng", "banks", "bank",
     "investors", "investment", "law", "laws", "policy", "policies", "national", "and", "has", "had",
     "is", "was", "will", "would", "could", "should", "said", "says", "wants", "also", "s"}
)  # fmt: skip
#: Words before a lower-case ``us`` in stripped text that make it the United States.
_US_BEFORE: Final = frozenset({"the", "of", "between", "china", "japan", "canada", "mexico", "eu"})


def find_entities(doc: Document) -> list[Entity]:
    """The countries and organisations named in ``doc``, each with every mention.

    >>> text = "China's Commerce Ministry said Beijing wants the U.S. to lift tariffs imposed in Beijing."
    >>> for e in find_entities(Document(text=text)):
    ...     print(e.name, e.kind, e.country, [m.text for m in e.mentions])
    China country CN ['China', 'Beijing']
    Ministry of Commerce of China government CN ['Commerce Ministry']
    United States country US ['U.S.']
    """
    text = doc.text
    stripped = doc.stripped
    hits = list(gazetteer_scan(text, stripped))
    home = home_country(text, hits)
    counts = Counter(
        h.entry.country for h in hits if h.entry.kind == "country" and h.entry.role not in {"block", "city"}
    )
    if stripped:
        hits = _stripped_companies(text, hits)
        hits = _stripped_credits(text, hits)
        hits = _stripped_party_members(text, hits)
        if counts:
            hits = _stripped_word_countries(text, hits)
    else:
        hits = _circuit_courts(text, hits)
        hits = _pattern_hits(text, hits, counts, home)
        hits = _prefixed_companies(text, hits)
        hits = _cued_companies(text, hits)
        hits = _mastheads(text, hits)
        hits = _party_members(text, hits)
        if home is not None or counts:
            hits = _lower_case_bodies(text, hits)
    places = [s for s in (doc.byline, doc.trailer) if s is not None]
    found: list[tuple[Span, _Entry]] = []
    previous: _Hit | None = None
    for hit in hits:
        entry = hit.entry
        if entry.role == "name" and entry.generic:
            entry = _resolve_generic(hit, previous, text, counts, home)
        keep = entry.role == "name" or (entry.role == "capital" and _stands_for_government(hit, text, places))
        title = _TITLE_AFTER_STRIPPED if stripped else _TITLE_AFTER
        if (
            keep
            and entry.kind == "government"
            and title.match(text, hit.end)
            and not _BODY_END.search(hit.text)
            and not _acronym(hit)
        ):
            keep = False  # "Treasury Secretary": a title; but a body's full name before one is a mention
        if keep:
            found.append((Span.of(text, hit.start, hit.end), entry))
        previous = hit
    found = _short_company_names(text, found, stripped=stripped)
    if stripped:
        found = _stripped_back_references(text, found)
    else:
        found = _back_references(text, found)
        found = _home_countries(text, found, hits)
    return _group(found)


#: What may stand between an organisation and the place that says where it is from:
#: ``Polly Peck, a fast-growing British conglomerate``, ``Fujitsu of Japan``, ``Lufthansa, based in``.


@hookimpl
def extract_entities(doc: Document) -> list[Entity]:
    """The built-in entities extractor (plugin name ``entities``): :func:`find_entities`."""
    return find_entities(doc)


# --------------------------------------------------------------------------- gazetteer pass


_NEWS_AFTER: Final = re.compile(r"[ \t]+News(?![\w&'’-])")


class _Surface(NamedTuple):
    """What a matched text as written may be: decided once per text (names recur)."""

    usable: list[Phrase[_Entry]]  # the phrases it may be
    ambiguous_word: bool  # one word that is only ambiguous names: at a sentence start, maybe no name
    several: bool  # it may be more than one entity (Moscow: Russia or the Soviet Union)
    plain: bool  # one entity's name, with nothing more to look at around it: a hit as it stands

    @classmethod
    def of(cls, usable: list[Phrase[_Entry]], surface: str) -> _Surface:
        ambiguous_word = (
            all(p.value.ambiguous and p.value.kind != "country" for p in usable) and " " not in surface
        )
        several = len(usable) > 1 and len({p.value.name for p in usable}) > 1
        plain = (
            bool(usable)
            and not ambiguous_word
            and not several
            and not surface[:4].lower().startswith("the")  # (``the States``: the span leaves ``the`` out)
            and not usable[0].form.endswith(".")
            and phrase_key(surface) != "us"
            and usable[0].value.kind not in {"company", "media"}
        )
        return cls(usable, ambiguous_word, several, plain)


#: What each matched text may be, in either style (a name's surface decides, so it is kept).
_USABLE: Final[dict[bool, dict[str, _Surface]]] = {False: {}, True: {}}
_USABLE_SIZE: Final = 50_000


@functools.lru_cache(maxsize=2)
def gazetteer_scan(text: str, stripped: bool) -> tuple[_Hit, ...]:
    """The gazetteer's names in ``text`` (countries, organisations and office-holders), in text order,
    never overlapping: one scan that the entities and officials extractors of a document share
    (the last two texts are remembered)."""
    return tuple(_gazetteer_hits(text, stripped))


def _gazetteer_hits(text: str, stripped: bool) -> list[_Hit]:
    hits: list[_Hit] = []
    deferred: list[_Hit] = []
    matcher = _matcher()
    moscow_soviet: bool | None = None
    cache = _USABLE[stripped]
    if len(cache) > _USABLE_SIZE:
        cache.clear()
    for whole in matcher.finditer(text, cased=not stripped):
        m = whole
        surface = text[m.start : m.end]
        known = cache.get(surface)
        if known is None:
            known = cache[surface] = _Surface.of(
                [p for p in m.phrases if _usable(p, surface, stripped)], surface
            )
        if known.plain:
            hits.append(_Hit(m.start, m.end, known.usable[0].value, surface))
            continue
        usable, ambiguous_word, several, _ = known
        if not usable:
            # "U.S. steel" is not U.S. Steel: the longest shorter name that fits, if any
            for shorter in matcher.prefixes(text, whole.start, whole.end):
                surface = text[shorter.start : shorter.end]
                usable = [p for p in shorter.phrases if _usable(p, surface, stripped)]
                if usable:
                    m = shorter
                    _, ambiguous_word, several, _ = _Surface.of(usable, surface)
                    break
        if not usable:
            continue
        opening = ambiguous_word and _sentence_start(text, m.start)  # "Time is short.", or "Apple said."
        start, end = m.start, m.end
        entry = usable[0].value
        if several:
            if moscow_soviet is None:
                lowered = text.lower()
                moscow_soviet = any(w in lowered for w in ("soviet", "ussr", "u.s.s.r"))
            entry = _choose(usable, moscow_soviet)
        if m.key.startswith("the "):  # "the States": the span leaves "the" out
            word = _WORD.match(text, start)
            start = word.end() if word else start
            while start < end and not text[start].isalnum():
                start += 1
        if usable[0].form.endswith(".") and text.startswith(".", end):
            end += 1
        if m.key == "us" and (stripped or surface == "us") and not _us_is_country(text, start, end):
            continue
        if surface == "US" and text.startswith("$", end):
            continue  # US$ is a currency sign
        if entry.kind in {"company", "media"} and _hyphen_joined(text, start, end):
            continue  # BP in TNK-BP: part of another company's name
        if entry.kind == "media" and not stripped:
            news = _NEWS_AFTER.match(text, end)  # "VOA News", "Nikkei News": the outlet's news service
            end = news.end() if news else end
        if entry.kind == "company" and not stripped and not text.startswith(",", end):
            more = _MORE_SUFFIXES.match(text, end)  # "Nestle S.A.": the listed company with its legal form
            end = more.end() if more else end
        (deferred if opening else hits).append(_Hit(start, end, entry, text[start:end]))
    if deferred:
        # a word that opens a sentence is a name only if the text also names it elsewhere
        named = {h.entry.name for h in hits}
        hits = sorted([*hits, *(h for h in deferred if h.entry.name in named)], key=lambda h: h.start)
    return hits


#: Countries whose names are also common words, which stripped text cannot tell by a capital:
#: taken in text that names another country, where no article or food word stands by them
#: (``exports to turkey rose``, ``turkey s trade deficit``; not ``a turkey``, ``turkey meat``).
_WORD_COUNTRIES: Final = ("turkey", "niger", "guinea")
_STRIPPED_WORD_COUNTRY: Final = re.compile(r"(?<![^\W_])(" + "|".join(_WORD_COUNTRIES) + r")(?![^\W_])")
_NOT_COUNTRY_BEFORE: Final = frozenset(
    {"a", "an", "the", "roast", "roasted", "wild", "frozen", "fresh", "whole", "smoked", "cold", "sliced",
     "ground", "christmas", "thanksgiving", "equatorial", "new", "papua", "bissau"}
)  # fmt: skip
_NOT_COUNTRY_AFTER: Final = frozenset(
    {"meat", "meats", "breast", "breasts", "sandwich", "sandwiches", "dinner", "dinners", "leg", "legs",
     "feathers", "pig", "pigs", "fowl", "hen", "hens", "tom", "toms", "ham", "bacon", "burgers",
     "farmers", "growers", "producers", "processors", "eggs", "poults", "river", "delta", "bissau"}
)  # fmt: skip


def _stripped_word_countries(text: str, hits: list[_Hit]) -> list[_Hit]:
    """``hits`` and the countries whose names are common words (:data:`_WORD_COUNTRIES`), in stripped
    text that names another country, where no article or food word stands just by them."""
    if not any(w in text for w in _WORD_COUNTRIES):
        return hits
    taken = _taken(hits)
    added: list[_Hit] = []
    for m in _STRIPPED_WORD_COUNTRY.finditer(text):
        start, end = m.span()
        before = _PREVIOUS_WORD_STRIPPED.search(text, max(0, start - 30), start)
        after = _WORD.match(text, end + 1) if text.startswith(" ", end) else None
        if before is not None and before.group(1) in _NOT_COUNTRY_BEFORE:
            continue
        if after is not None and after.group() in _NOT_COUNTRY_AFTER:
            continue
        if taken.overlaps(start, end):
            continue
        entry = next(
            (
                p.value
                for p in _matcher().phrases(m.group(1))
                if p.value.kind == "country" and p.value.role == "name"
            ),
            None,
        )
        if entry is not None:
            added.append(_Hit(start, end, entry, m.group(1)))
    return _with(hits, added)


_PREVIOUS_WORD_STRIPPED: Final = re.compile(r"([^\W_]+)[ \t\n]+$")


#: The AP's credit after the dateline that opens a story, in stripped text (``nairobi kenya ap``),
#: where ``ap`` alone is too often something else to match.
_STRIPPED_CREDIT: Final = re.compile(r"(?m)^((?:[a-z]+[ \t]+){1,4})ap(?![\w])")


def _stripped_credits(text: str, hits: list[_Hit]) -> list[_Hit]:
    """``hits`` and the AP credits after datelines in lower-cased punctuation-stripped text."""
    entry = _organisation("Associated Press")
    if entry is None:
        return hits
    added = [
        _Hit(m.end() - 2, m.end(), entry, "ap")
        for m in _STRIPPED_CREDIT.finditer(text)
        if not any(w in _NOT_NAME_LOWER for w in m.group(1).split())
    ]
    return _with(hits, added)


#: The last word of a body's full name: before a title (``Immigration and Naturalization Service
#: Commissioner``) it is still a mention of the body, unlike a portfolio (``Treasury Secretary``).
_BODY_END: Final = re.compile(
    r"(?:Service|Services|Department|Ministry|Commission|Agency|Bureau|Office|Council|Administration"
    r"|Authority|Committee|Board|Bank|Corporation|Institute|Court)$",
    re.IGNORECASE,
)


#: A body's acronym (``FBI``, ``INS``): before a title (``FBI Director``) it still names the body.
_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")


def _acronym(hit: _Hit) -> bool:
    """Whether ``hit`` is written as its body's acronym (``FBI``; ``fbi`` in stripped text)."""
    return any(
        p.value.name == hit.entry.name and _ACRONYM.fullmatch(p.form) is not None
        for p in _matcher().phrases(phrase_key(hit.text))
    )


def _hyphen_joined(text: str, start: int, end: int) -> bool:
    """Whether a name is hyphen-joined to another name: ``TNK-BP``, ``Sony-Ericsson``."""
    after = text[end : end + 2]
    if len(after) == 2 and after[0] == "-" and (after[1].isupper() or after[1].isdigit()):
        return True
    before = text[max(0, start - 2) : start]
    return len(before) == 2 and before[1] == "-" and before[0].isalnum()


def _usable(phrase: Phrase[_Entry], surface: str, stripped: bool) -> bool:
    entry = phrase.value
    if entry.role == "block":
        return True  # "Uruguay round": a name that is never a mention wins in any case
    if stripped:
        if entry.ambiguous:
            return False
        key = phrase_key(phrase.form)
        if key == "us":
            return entry.country == "US"  # the pronoun is told apart by its context later
        return key not in _STRIPPED_WORDS and len(key) > 1
    if entry.ambiguous and surface.isupper() and not phrase.form.isupper():
        return False  # "TRADE GAP" in a headline is no company
    if surface == "reuter" and entry.kind == "media":
        return True  # the sign-off of a Reuters story, sometimes lower-cased
    return phrase.cased(surface)


def _choose(phrases: Sequence[Phrase[_Entry]], soviet: bool) -> _Entry:
    """One of several entities with the same name (``Moscow``: Russia or the Soviet Union)."""
    entries = [p.value for p in phrases]
    historical = [e for e in entries if e.country in {"SU", "DD", "YU", "CS"}]
    if historical and soviet:
        return historical[0]
    current = [e for e in entries if e not in historical]
    return (current or entries)[0]


def _us_is_country(text: str, start: int, end: int) -> bool:
    """Whether a lower-case ``us`` is the United States, not the pronoun."""
    before = _word_before(text, start)
    after = _word_after(text, end)
    return before in _US_BEFORE or after in _US_AFTER


def _word_before(text: str, start: int, skip: int = 0) -> str:
    """The word (lower-cased) that ends before ``start``, skipping ``skip`` words; ``""`` if none."""
    i = start
    for _ in range(skip + 1):
        j = i
        while j > 0 and not text[j - 1].isalnum() and start - j < 12:
            j -= 1
        k = j
        while k > 0 and text[k - 1].isalnum() and j - k < 30:
            k -= 1
        if k == j:
            return ""
        word, i = text[k:j], k
    return word.lower()


def _word_after(text: str, end: int) -> str:
    """The word (lower-cased) that begins after ``end``; ``""`` if none."""
    m = _WORD.search(text, end, min(len(text), end + 40))
    return m.group().lower() if m else ""


# --------------------------------------------------------------------------- capitals


#: A clause mark between a capital and the word before it (``In return, Washington``).
_CLAUSE_GAP: Final = re.compile(r"[,;:][^\w]*$")
#: The word after a capital and the name joined to it by ``and``/``or``: ``and Washington``, ``and the U.S``.
_PARTNER: Final = re.compile(r"[^\W_]+(?:\W{1,3}[^\W_]+)?")


def _stands_for_government(hit: _Hit, text: str, places: Sequence[Span]) -> bool:
    """Whether a capital stands for its government (``Beijing wants``), not a place (``in Beijing``)."""
    if any(p.start <= hit.start < p.end for p in places):
        return False
    if _dateline(hit, text):
        return False
    gap = text[hit.end : hit.end + 3]
    after = _word_after(text, hit.end)
    possessive = (gap[:1] in "'’" and after == "s") or (gap[:2] == " s" and after == "s")
    if gap[:1] == "-":  # Beijing-based, Washington-Beijing talks: a modifier, never the government
        return False
    if possessive:
        m = _WORD.search(text, hit.end + 2, min(len(text), hit.end + 40))
        return not (m and m.group().lower() in _PLACE_AFTER)
    before = _word_before(text, hit.start)
    if _CLAUSE_GAP.search(text, max(0, hit.start - 12), hit.start):
        before = ""  # "In return, Washington agreed": the word before is another clause's
    if before == "the":
        before = _word_before(text, hit.start, skip=1)
    if before == "to" and _word_before(text, hit.start, skip=1) in _GOVERNMENT_BEFORE_TO:
        return True  # "ambassador to Washington", "ties to Baghdad"
    if before in _PLACE_BEFORE:
        return False
    if before in _GOVERNMENT_BEFORE:
        return True
    if after in {"and", "or"}:  # Beijing and Washington have ...: judged by what follows the pair
        m = _PARTNER.search(text, hit.end, min(len(text), hit.end + 60))
        rest = m.end() if m else hit.end
        partner = _WORD.search(text, rest, min(len(text), rest + 40))
        if partner is not None:
            return _word_after(text, partner.end()) in _GOVERNMENT_AFTER
        return False
    if after in _GOVERNMENT_AFTER:
        return True
    # A verb in the third person or the past (Beijing shows, Tokyo retaliated), not a plural noun.
    m = _WORD.search(text, hit.end, min(len(text), hit.end + 40))
    return (
        m is not None
        and m.start() - hit.end <= 1
        and m.group().islower()
        and m.group().endswith(("s", "ed"))
        and not m.group().endswith(("ss", "us", "is"))
        and m.group() not in _PLACE_AFTER
        and m.group() not in _NOUNS_AFTER_PLACE
    )


#: Plural nouns that follow a place name used as a modifier (``Tokyo markets``, ``Beijing talks``).
_NOUNS_AFTER_PLACE: Final = frozenset(
    {"talks", "meetings", "summits", "visits", "trips", "shares", "stocks", "prices", "traders", "dealers",
     "bankers", "analysts", "sources", "residents", "citizens", "roads", "offices", "headquarters",
     "newspapers", "papers", "insiders", "lobbyists", "embassies", "factories", "plants", "exporters",
     "importers", "firms", "companies", "banks", "hospitals", "schools", "times", "games", "olympics",
     "rounds", "negotiations", "discussions", "agreements", "accords", "rules", "standards", "markets",
     "exchanges", "futures", "bonds", "dollars", "yields", "rates", "sales", "imports", "exports"}
)  # fmt: skip


def _dateline(hit: _Hit, text: str) -> bool:
    """A dateline: the place a story was filed from, at the start of a paragraph, often in capitals."""
    surface = hit.text
    if len(surface) > 3 and surface.isupper():
        return True
    return filed_from(hit, text)


def home_country(text: str, hits: Sequence[_Hit]) -> str | None:
    """The country of the story's dateline (``SEOUL, March 17 -``): the state it was filed from, whose
    own offices and bodies wire copy names without it (``the Finance Ministry``)."""
    for hit in hits:
        if hit.start > _DATELINE_REACH:
            break
        if hit.entry.kind == "country" and hit.entry.role in {"capital", "name"} and filed_from(hit, text):
            return hit.entry.country
    return None


#: How far into a story its dateline may stand (after a headline and a byline).
_DATELINE_REACH: Final = 400


def filed_from(hit: _Hit, text: str) -> bool:
    """Whether ``hit`` opens a paragraph as the place a story was filed from: ``SEOUL, March 17 -``,
    ``Nairobi (AP) -``."""
    lo = max(0, hit.start - 40)
    line_start = text.rfind("\n", lo, hit.start) + 1
    if (line_start == 0 and lo > 0) or text[line_start : hit.start].strip():
        return False
    follow = text[hit.end : hit.end + 3]
    return follow[:1] in {",", "(", "—", "–"} or follow[:2] in {" (", " -", " —", " –"}


# --------------------------------------------------------------------------- generic bodies


def _resolve_generic(
    hit: _Hit, previous: _Hit | None, text: str, counts: Counter[str | None], home: str | None = None
) -> _Entry:
    """A generic body (``Commerce Ministry``) given a country: the one written before it, else the
    ``home`` country the story was filed from (:func:`home_country`), else the one the article names
    most."""
    candidates = [p.value for p in _matcher().phrases(phrase_key(hit.text)) if p.value.generic]
    country = _prefix_country(hit, previous, text) or home
    if country is None:
        ranked = [c for c, _ in counts.most_common() if c is not None]
        owners = {e.country for e in candidates}
        country = next((c for c in ranked if c in owners), ranked[0] if ranked else None)
    for entry in candidates:
        if entry.country == country:
            return entry
    written = " ".join(hit.text.split())
    if written.islower():  # ``the finance ministry``, stripped text: named as the gazetteer writes it
        written = next((p.form for p in _matcher().phrases(phrase_key(written)) if p.value.generic), written)
    name = written if country is None else f"{written} of {country_by_code(country).name}"
    return _Entry(name, "government", country, "name", False, False)


@functools.cache
def _lower_case_body_pattern() -> re.Pattern[str] | None:
    """The generic ministries, departments and central banks of the gazetteer (``finance ministry``,
    ``central bank``), in lower case after ``the`` (not ``its``, whose owner a pronoun hides)."""
    keys = sorted(
        key
        for key in _matcher().phrase_keys()
        if (" " + key).endswith(_LOWER_CASE_BODY_HEADS)
        and len(key.split()) <= 3
        and any(p.value.generic and p.value.kind == "government" for p in _matcher().phrases(key))
    )
    if not keys:
        return None
    return re.compile(
        # (no look-behind first: the engine skips ahead to a T; the word start is checked on each match)
        r"[Tt]he[ \t]+(" + "|".join(map(re.escape, keys)) + r")(?:(?=['’]s(?!\w))|(?![\w'’-]))"
    )


_LOWER_CASE_BODY_HEADS: Final = (" ministry", " department", " central bank")


def _lower_case_bodies(text: str, hits: list[_Hit]) -> list[_Hit]:
    """``hits`` and the generic bodies written in lower case after ``the`` (``the central bank
    said``, ``the finance ministry was working``): wire copy's way of naming the story's own state's
    body, which the resolution of generic bodies gives its country. Only where no other name is."""
    pattern = _lower_case_body_pattern()
    if pattern is None or not any(head in text for head in _LOWER_CASE_BODY_HEADS):
        return hits  # (a plain search for the head words first: most stories name no such body)
    taken = _taken(hits)
    added: list[_Hit] = []
    for m in pattern.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_'’-"):
            continue  # ``bathe``: no word of its own
        start, end = m.span(1)
        if taken.overlaps(start, end):
            continue  # inside or against a name found already
        entry = next(p.value for p in _matcher().phrases(m.group(1)) if p.value.generic)
        added.append(_Hit(start, end, entry, m.group(1)))
    return _with(hits, added)


# --------------------------------------------------------------------------- grouping


def _group(found: Sequence[tuple[Span, _Entry]]) -> list[Entity]:
    order: dict[str, _Entry] = {}
    mentions: dict[str, list[Span]] = {}
    for span, entry in found:
        order.setdefault(entry.name, entry)
        mentions.setdefault(entry.name, []).append(span)
    return [
        Entity(name=name, kind=entry.kind, country=entry.country, mentions=tuple(mentions[name]))
        for name, entry in order.items()
    ]
