"""Organisations the gazetteer does not list, found by the shape of their names and their context.

- Capitalised names that end in a company suffix (``Intel Corp.``) or an organisation word
  (``Ministry``, ``Bank``, ``Association``, ...), or start with one (``Ministry of International
  Trade and Industry``); a country before a government body is a mention of its own.
- Companies that only their context names (``shares of Sansui``, ``BellSouth, a telephone
  company``, ``LIN Broadcasting surged 4 5/8``), and their later short references (``Intel``).
- Newspapers and magazines the gazetteer does not list, by the last word of their title
  (``The Buffalo News``, ``Confectioner Magazine``).
- Bare references back to a body the article has named (``the Commission``), and the country an
  unknown organisation's apposition gives it (``Polly Peck, a British conglomerate``).

Every scan here is linear: patterns are matched word by word with bounded look-back.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, NamedTuple

from tradecorpus._data.gazetteer import country_by_code
from tradecorpus.extractors._entity_data import _Entry, _Hit, _matcher
from tradecorpus.extractors._phrases import phrase_key, trie_pattern, whole_words
from tradecorpus.extractors._spans import Spans
from tradecorpus.model import Span

# --------------------------------------------------------------------------- pattern organisations

#: The company heads that say only what legal form a company has.
_LEGAL_SUFFIXES: Final = frozenset(
    {"Corp", "Corporation", "Inc", "Co", "Cos", "Company", "Ltd", "Limited", "LLC", "PLC", "plc", "AG",
     "GmbH", "NV", "SpA", "KK", "Cie"}
)  # fmt: skip
#: Legal forms that may follow the name after a comma (``Apple, Inc.``); not ``Company``, which after
#: a comma opens the next clause (``shipments to the U.S., Company spokesmen said``).
_COMMA_SUFFIXES: Final = _LEGAL_SUFFIXES - {"Company", "Corporation", "Limited"}
#: Words that end a company's name, and the company suffixes that may be dropped later.
_COMPANY_HEADS: Final = _LEGAL_SUFFIXES | frozenset(
    {"Holdings", "Group", "Systems", "Technologies", "Industries", "Enterprises", "Airlines", "Airways",
     "Motors", "Pharmaceuticals", "Foods", "Brothers", "Communications", "Securities", "Bancorp",
     "Bancorporation"}
)  # fmt: skip
#: Company heads that say what line a company is in; inside another name they are ordinary words
#: (``National Association of Securities Dealers``).
_LINES: Final = _COMPANY_HEADS - _LEGAL_SUFFIXES
#: A state's missions abroad: ``the U.S. Embassy`` names a body with no other word.
_MISSIONS: Final = frozenset({"Embassy", "Consulate"})
#: Words that end (or begin, with ``of``) the name of a government body.
_GOVERNMENT_HEADS: Final = _MISSIONS | frozenset(
    {"Ministry", "Department", "Agency", "Commission", "Bureau", "Administration", "Authority", "Court"}
)
#: Words that end (or begin) the name of another organisation; ``Bank`` is a company unless central.
_OTHER_HEADS: Final = frozenset(
    {"Association", "Federation", "Council", "Committee", "Board", "Chamber", "Institute", "Union",
     "Organization", "Organisation", "Club", "Foundation", "Bank", "Society", "Alliance", "Coalition",
     "Confederation", "University", "College", "Party", "Centre", "Subcommittee", "Caucus", "Hospital",
     "School"}
)  # fmt: skip
_HEADS: Final = _COMPANY_HEADS | _GOVERNMENT_HEADS | _OTHER_HEADS
#: Head words of the panels of a legislature or a government body: ``Senate Finance Committee``.
_PANELS: Final = frozenset({"Committee", "Subcommittee", "Commission", "Caucus"})
#: A head word. The pattern starts with the words themselves, so the engine can skip ahead to them;
#: what may stand before one is checked on each match (:func:`_heads`).
_HEAD: Final = re.compile(r"(?:" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")(?![\w])")


def _heads(text: str) -> Iterator[re.Match[str]]:
    """The head words in ``text`` that begin a word (not ``...Inc`` inside ``Zinc``, not ``.Co``)."""
    for m in _HEAD.finditer(text):
        i = m.start()
        if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_."):
            yield m


#: Lower-case words allowed inside a name between capitalised ones.
_CONNECTORS: Final = frozenset({"of", "and", "for", "on", "&", "amp", "de", "du", "des", "the"})
#: Capitalised words that begin sentences but never names.
_NOT_NAME: Final = frozenset(
    {"The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "Its", "Their", "His", "Her", "This",
     "That", "These", "Those", "Meanwhile", "Also", "Both", "Some", "Many", "When", "While", "After",
     "Before", "If", "As", "Under", "Last", "Next", "Each", "Every", "Other", "Our", "Your", "My", "By",
     "From", "With", "Without", "To", "Of", "Since", "Until", "Though", "Although", "Because", "Yet",
     "So", "Such", "Several", "Most", "All", "Any", "No", "Not", "Only", "Even", "Still", "Now", "Then",
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr", "Mrs", "Ms",
     "Dr", "Sen", "Rep", "President", "Secretary", "Minister", "Premier", "Chairman", "Governor", "Vice",
     "Prime", "Deputy", "Chief", "Director", "Ambassador", "Representative", "Senator",
     "Said", "Says", "Like", "Unlike", "Including", "Among", "Against", "Between", "Over", "Into",
     "Than", "Via", "Per", "Whether", "How", "What", "Why", "Who", "Which", "Where", "I", "We", "They",
     "He", "She", "It", "There", "Here", "Yesterday", "Today", "Tomorrow"}
)  # fmt: skip
_MAX_NAME_WORDS: Final = 6
#: Abbreviations that end in a full stop inside a name.
_ABBREVIATIONS: Final = frozenset({"St", "Mt", "Ft", "Bros", "Intl", "Natl", "Dept", "Assn", "Fed", "Govt"})
#: Legal forms written after another one: ``Co. B.V.``, ``Co. Ltd.``.
_MORE_SUFFIXES: Final = re.compile(
    r",?[ \t]+(?:B\.V\.|N\.V\.|S\.A\.|A\.G\.|S\.p\.A\.|L\.P\.|BV|NV|SA|AG|SpA|LP|Ltd\.?|Inc\.?|PLC|plc"
    r"|GmbH|LLC|KK)"
    r"(?![\w])"
    r"|[ \t]+(?:Partnership|International)(?![\w'’-])"
)


class _Token(NamedTuple):
    start: int
    end: int
    word: str


_HOME_AFTER: Final = re.compile(
    r"(?:['’]s)?(?:,[ \t]+(?:a|an|the)[ \t]+|[ \t]+of[ \t]+|,[ \t]+based[ \t]+in[ \t]+)"
)
#: Up to three words between that and the place: ``a fast-growing British conglomerate``.
_FEW_WORDS: Final = re.compile(
    r"(?:(?!(?:that|which|who|whose|to|for|with|by|in|from|and|or)\b)[\w-]+[ \t]+){0,3}"
)
#: ``Tokyo-based Sony``, ``San Diego-based Southwest Bancorp``: the place just before the name.
_BASED: Final = re.compile(r"-based[ \t]+$")


def _home_countries(
    text: str, found: list[tuple[Span, _Entry]], hits: Sequence[_Hit]
) -> list[tuple[Span, _Entry]]:
    """A country for organisations the gazetteer does not know, from the place the text gives them."""
    places = [h for h in hits if h.entry.kind == "country" and h.entry.role != "block" and h.entry.country]
    if not places:
        return found
    starts = [h.start for h in places]
    by_end = {h.end: h for h in places}
    homes: dict[str, str | None] = {}
    for span, entry in found:
        if entry.country is not None or entry.kind in {"country", "international"} or entry.name in homes:
            continue
        m = _HOME_AFTER.match(text, span.end)
        place = None
        if m is not None:
            k = bisect.bisect_left(starts, m.end())
            if k < len(places) and _FEW_WORDS.fullmatch(text, m.end(), places[k].start):
                place = places[k]
        if place is None:
            based = _BASED.search(text, max(0, span.start - 12), span.start)
            place = by_end.get(based.start()) if based is not None else None
        if place is not None:
            homes[entry.name] = place.entry.country
    if not homes:
        return found
    return [
        (span, entry._replace(country=homes[entry.name]) if entry.name in homes else entry)
        for span, entry in found
    ]


#: Bare capitalised head words that refer back to a body the article has named in full: ``the
#: Commission`` after ``the European Community``, ``the Bank`` after ``the World Bank``.
_BACK_REFERENCES: Final = {
    "Commission": (("European Commission", "European Community", "European Union"), "European Commission"),
    "Community": (("European Community",), "European Community"),
    "Bank": (("World Bank",), "World Bank"),
    "Fund": (("International Monetary Fund",), "International Monetary Fund"),
    "House": (("United States",), "United States House of Representatives"),
}
_BACK: Final = re.compile(
    r"(Commission|Community|Bank|Fund|House)(?:(?=['’]s(?![\w'’-]))|(?![\w'’-]))(?!\s+(?:of|for|[A-Z]))"
)


def _named_back(found: list[tuple[Span, _Entry]], words: Iterable[str]) -> dict[str, _Entry]:
    """For each of ``words`` (keys of :data:`_BACK_REFERENCES`) whose body the article names (one of
    ``found``, or a body it stands for): the entry of the body the word refers back to."""
    entries = {entry.name: entry for _, entry in found}
    out = {}
    for word in words:
        needs, target = _BACK_REFERENCES[word]
        if any(n in entries for n in needs):
            entry = entries.get(target) or _organisation(target)
            if entry is not None:
                out[word] = entry
    return out


def _with_found(
    found: list[tuple[Span, _Entry]], extra: list[tuple[Span, _Entry]]
) -> list[tuple[Span, _Entry]]:
    """``found`` and ``extra`` together, in text order (``found`` itself when nothing was added)."""
    return sorted([*found, *extra], key=lambda f: f[0].start) if extra else found


def _back_references(text: str, found: list[tuple[Span, _Entry]]) -> list[tuple[Span, _Entry]]:
    """``the Commission``, ``the Bank``, ``the House``: the body of that kind the article names."""
    wanted = _named_back(found, _BACK_REFERENCES)
    if not wanted:
        return found
    starts = [span.start for span, _ in found]
    extra = []
    for m in _BACK.finditer(text):
        entry = wanted.get(m.group())
        if entry is None or (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-")):
            continue
        k = bisect.bisect_right(starts, m.start())
        if k and found[k - 1][0].end > m.start():
            continue
        before = text[max(0, m.start() - 30) : m.start()].rstrip()
        named = k and found[k - 1][0].end == len(before) + max(0, m.start() - 30)
        previous = before.split()[-1] if before else ""
        if previous[-1:].isalnum() and previous[:1].isupper() and not named and previous not in {"The", "A"}:
            continue  # "Tariff Commission": another body's name
        extra.append((Span.of(text, m.start(), m.end()), entry))
    return _with_found(found, extra)


#: ``the commission``, ``the community`` in stripped text: the European bodies, where the article
#: names them (the lower-case ``bank``, ``fund`` and ``house`` are too often common nouns there).
_STRIPPED_BACK: Final = re.compile(
    r"(?:the[ \t]+)?(commission|community)(?![^\W_])(?![ \t]+(?:of|for)(?![^\W_]))"
)
#: The European bodies whose name before ``commission`` makes it theirs (``ec commission``).
_EUROPEAN: Final = frozenset({"European Community", "European Union"})


def _stripped_back_references(text: str, found: list[tuple[Span, _Entry]]) -> list[tuple[Span, _Entry]]:
    """:func:`_back_references` for lower-cased punctuation-stripped text: ``the commission`` and
    ``the community``, and ``commission`` right after the Community's or the Union's name (``ec
    commission``), as the European body of that kind the article names."""
    wanted = {word.lower(): entry for word, entry in _named_back(found, ("Commission", "Community")).items()}
    if not wanted:
        return found
    starts = [span.start for span, _ in found]
    extra = []
    for m in _STRIPPED_BACK.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue
        start, end = m.span(1)
        k = bisect.bisect_right(starts, start)
        if k and found[k - 1][0].end > start:
            continue
        if start == m.start():  # no ``the``: only right after the European body's name (``ec commission``)
            before = found[k - 1] if k else None
            after_body = before is not None and before[1].name in _EUROPEAN and before[0].end == start - 1
            if m.group(1) != "commission" or not after_body:
                continue
        entry = wanted.get(m.group(1))
        if entry is not None:
            extra.append((Span.of(text, start, end), entry))
    return _with_found(found, extra)


def _organisation(name: str) -> _Entry | None:
    """The gazetteer's entry for the organisation called ``name``."""
    for phrase in _matcher().phrases(phrase_key(name)):
        if phrase.value.name == name and phrase.value.role == "name":
            return phrase.value
    return None


def _prefix_country(hit: _Hit, previous: _Hit | None, text: str) -> str | None:
    """The country written just before ``hit``: ``U.S. Commerce Department``, ``China's``, ``Chinese``."""
    if previous is None or previous.entry.kind != "country" or previous.entry.role == "block":
        return None
    between = text[previous.end : hit.start]
    if re.fullmatch(r"\s*(?:['’]?s\s+)?|\s+s\s+", between):
        return previous.entry.country
    return None


# --------------------------------------------------------------------------- pattern organisations


def _pattern_hits(
    text: str, hits: list[_Hit], counts: Counter[str | None], home: str | None = None
) -> list[_Hit]:
    """``hits`` and the organisations named by pattern where no gazetteer name is, in text order; a
    government body that names no country is of the ``home`` country the story was filed from, else
    of the one the article names most."""
    starts = [h.start for h in hits]
    added: list[_Hit] = []
    ranked = [c for c, _ in counts.most_common() if c is not None]
    ends = [h.end for h in hits]
    for head in _heads(text):
        following = _HEAD.match(text, head.end() + 1)
        if following is not None and text[head.end()] == " ":
            continue  # Farm Bureau Federation: the name ends at the last head word
        k = bisect.bisect_left(starts, head.start()) - 1  # the last hit that starts before the head
        if k >= 0 and ends[k] >= head.end():
            continue  # inside a name the gazetteer found (Commerce Department): it would hold the head
        found = _organisation_at(text, head.start(), head.end(), head.group())
        if found is None:
            continue
        start, end, kind = found
        if added and start < added[-1].end:
            if start > added[-1].start or end <= added[-1].end:
                continue
            added.pop()  # a longer name holding the one before
        # Nothing the gazetteer found may lie inside, but a country word before a body may.
        i = bisect.bisect_left(starts, start)
        # a blocked phrase inside is part of the name: "George Washington University"
        inside = [
            h
            for h in hits[i : bisect.bisect_left(starts, end, lo=i)]
            if not (h.entry.role == "block" and h.end <= head.start())
        ]
        before = [h for h in hits[max(0, i - 1) : i] if h.end > start]
        absorbed: str | None = None
        last = inside[-1] if inside else None
        if (
            last is not None
            and (last.start, last.end) == (head.start(), end)
            and last.start > start
            and last.entry.kind in {"company", "other"}
            and kind != "government"
        ):
            # "Dime Savings Bank of New York": a longer name that ends in one the gazetteer knows
            absorbed = last.entry.country
            inside = inside[:-1]
        first = inside[0] if inside else None
        if (
            kind == "company"
            and first is not None
            and first.start == start
            and first.entry.kind == "company"
            and len(inside) == 1
            and _more_words(text, first.end, head.start())
        ):
            # "BellSouth Enterprises Inc.": a company named after a listed one is a company of its own
            absorbed = first.entry.country
            inside = []
        elif (
            kind == "company"
            and first is not None
            and (first.start, len(inside), first.entry.kind) == (start, 1, "company")
            and first.end < end
        ):
            # "Bear, Stearns & Co.": the listed company with its legal suffix
            added.append(_Hit(start, end, first.entry, text[start:end]))
            continue
        if before or any(h.end > end or (h.start < head.end() and h.end > head.start()) for h in inside):
            continue  # the gazetteer's name holds the head word (Soviet Union) or runs past the name
        country: str | None = absorbed
        panel_of = inside[0] if inside and inside[0].start == start and head.group() in _PANELS else None
        if panel_of is not None and panel_of.entry.kind == "government":
            # "Senate Appropriations Committee", "Bundestag Finance Committee": a panel of the body
            kind, country = "government", panel_of.entry.country
            inside = inside[1:]
        if inside:
            first = inside[0]
            lead = first.entry.kind == "country" and first.entry.role != "block"
            if kind == "government" and lead and first.start == start:
                country = first.entry.country
                if first.entry.role != "demonym" or _generic(text[first.end : end]):
                    # "China's Commerce Ministry", "Chinese Foreign Ministry": the body's name is
                    # the rest; but "Australian Tourist Commission" is one name
                    start = _skip_possessive(text, first.end)
                inside = inside[1:]
            if all(h.entry.kind == "country" and h.entry.role != "block" for h in inside):
                country = country or next((h.entry.country for h in inside), None)
                inside = []
            if inside:
                continue
        if kind == "government" and country is None:
            prefix = hits[i - 1] if i > 0 else None
            country = _prefix_country(_Hit(start, end, _NO_ENTRY, ""), prefix, text)
            country = country or home or (ranked[0] if ranked else None)
        if end - start < 4 or not text[start].isupper():
            continue
        words = re.findall(r"[^\W_]+", text[start:end])
        mission = country is not None and len(words) == 1 and words[0] in _MISSIONS  # "the U.S. Embassy"
        if not mission and all(w in _HEADS or w in _CONNECTORS for w in words):
            continue  # "U.S. Administration": a country's government, no body's name
        name = " ".join(text[start:end].replace("’", "'").split())
        if kind == "government" and country is not None and _generic(name):
            name = f"{name} of {country_by_code(country).name}"
        added.append(_Hit(start, end, _Entry(name, kind, country, "name", False, False), text[start:end]))
    if not added:
        return hits
    added_starts = [a.start for a in added]
    kept = []
    for h in hits:  # drop what an organisation's name holds (Bank of America: no America)
        k = bisect.bisect_right(added_starts, h.start) - 1
        if k < 0 or added[k].end < h.end:
            kept.append(h)
    return sorted([*kept, *added], key=lambda h: h.start)


#: The legal form that opens a company's name in French, Spanish, Italian or Portuguese.
_PREFIX_FORMS: Final = ("Cie", "Cia", "Compagnie", "Compania", "Compañía", "Companhia", "Societe", "Société")
_PARTICLE: Final = r"(?:(?:de|du|des|del|di|da|do|et|e|y)[ \t]+|de[ \t]+la[ \t]+|d['’])"
#: A legal form and the particle after it, as a later short reference leaves them out.
_LEAD: Final = r"(?:" + "|".join(_PREFIX_FORMS) + r")\.?[ \t]+" + _PARTICLE + "?"
_PREFIX_LEAD: Final = re.compile(_LEAD)
#: What every one of those forms begins with.
_PREFIX_STEMS: Final = ("Ci", "Compa", "Soci")
#: ``Cie. de Navigation Mixte``, ``Compagnie Generale des Eaux``: the form, then up to four
#: capitalised words with particles between them.
_PREFIXED: Final = re.compile(
    _LEAD + r"[A-Z][\w'’-]*(?![\w'’-])(?:[ \t]+" + _PARTICLE + r"?[A-Z][\w'’-]*(?![\w'’-])){0,3}"
)
_WORDS: Final = re.compile(r"[^\W\d_]+")


def _taken(hits: Iterable[_Hit]) -> Spans:
    """Where ``hits`` stand: for asking whether a new name would overlap one found already."""
    return Spans((h.start, h.end) for h in hits)


def _with(hits: list[_Hit], added: list[_Hit]) -> list[_Hit]:
    """``hits`` and ``added`` together, in text order (``hits`` itself when nothing was added)."""
    return sorted([*hits, *added], key=lambda h: h.start) if added else hits


def _replacing(hits: list[_Hit], added: list[_Hit]) -> list[_Hit]:
    """``hits`` without those that overlap a name in ``added`` (in text order, never overlapping),
    and the added names, in text order."""
    if not added:
        return hits
    added_starts = [a.start for a in added]
    kept = []
    for h in hits:
        k = bisect.bisect_left(added_starts, h.end)  # the added names that start before h ends
        if not k or added[k - 1].end <= h.start:
            kept.append(h)
    return sorted([*kept, *added], key=lambda h: h.start)


def _prefixed_companies(text: str, hits: list[_Hit]) -> list[_Hit]:
    """``hits`` and the companies whose names open with their legal form (``Cie. de Navigation
    Mixte``); a listed company that ends the name is that company (``Cie. Financiere de Paribas``)."""
    if not any(stem in text for stem in _PREFIX_STEMS):
        return hits  # (a quick test: most texts name no such company)
    added: list[_Hit] = []
    starts = [h.start for h in hits]
    for m in _PREFIXED.finditer(text):
        start, end = m.start(), m.end()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_."):
            continue  # the pattern starts with the form's literal, so the engine skips ahead to it
        for w in _WORDS.finditer(text, start + 3, end):
            if w.group() in _NOT_NAME:  # "Cie. de Navigation Mixte Chairman Marc Fournier"
                end = start + len(text[start : w.start()].rstrip())
                break
        lead = _PREFIX_LEAD.match(text, start)
        if lead is None or not _WORDS.search(text, lead.end(), end):
            continue  # "... & Cie. Mr. de Cholet": the form ends another name
        more = _MORE_SUFFIXES.match(text, end)
        end = more.end() if more else end
        i = bisect.bisect_left(starts, start)
        k = max(0, i - 1)
        over = []
        while k < len(hits) and hits[k].start < end:
            if hits[k].end > start:
                over.append(k)
            k += 1
        if any(hits[j].start < start or hits[j].end > end for j in over):
            continue  # the gazetteer's name is longer (or it is "Societe Generale" itself)
        last = hits[over[-1]].entry if over else None
        entry = last if last is not None and last.kind == "company" and hits[over[-1]].end == end else None
        if any(hits[j].entry.kind != "country" and hits[j].entry.role != "block" for j in over[:-1]):
            continue
        if entry is None:
            if last is not None and last.kind != "country" and last.role != "block":
                continue
            name = " ".join(text[start:end].replace("’", "'").split())
            entry = _Entry(name, "company", None, "name", False, False)
        added.append(_Hit(start, end, entry, text[start:end]))  # it replaces the hits it overlaps
    return _replacing(hits, added)


_ORDINALS: Final = (
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
)  # fmt: skip
#: A US federal appeals court by its circuit: ``11th U.S. Circuit Court of Appeals``, ``the Ninth
#: Circuit Court of Appeals``, ``the Federal Circuit U.S. Court of Appeals``.
_CIRCUIT_COURT: Final = re.compile(
    r"(?:([1-9]|1[01])(?:st|nd|rd|th)|(" + "|".join(_ORDINALS) + r"|Federal|D\.C\.))"
    r"[ \t]+(?:U\.S\.[ \t]+)?Circuit[ \t]+(?:U\.S\.[ \t]+)?Court[ \t]+of[ \t]+Appeals?(?![\w])"
)


def _circuit_courts(text: str, hits: list[_Hit]) -> list[_Hit]:
    """``hits`` and the US federal appeals courts named by their circuit, each one body (the
    ``U.S.`` inside is part of its name)."""
    added: list[_Hit] = []
    if "Circuit" not in text:
        return hits
    for m in _CIRCUIT_COURT.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        number, word = m.group(1), m.group(2)
        circuit = _ORDINALS[int(number) - 1] if number else {"D.C.": "District of Columbia"}.get(word, word)
        name = f"U.S. Court of Appeals for the {circuit} Circuit"
        added.append(
            _Hit(m.start(), m.end(), _Entry(name, "government", "US", "name", False, False), m.group())
        )
    return _replacing(hits, added)


#: Portfolio words that many states' ministries share: ``Finance Ministry`` names no body by itself.
_PORTFOLIOS: Final = frozenset(
    {"Commerce", "Finance", "Foreign", "Affairs", "Trade", "Agriculture", "Economy", "Economic", "Industry",
     "Industries", "Interior", "Justice", "Defence", "Defense", "Health", "Energy", "Transport",
     "Labour", "Labor", "Environment", "Education", "Planning", "Treasury", "Customs", "Statistics",
     "Fisheries", "Food", "Mines", "Mining", "Investment", "Development", "External", *_MISSIONS}
)  # fmt: skip


def _generic(name: str) -> bool:
    """Whether a body's name is only a portfolio and a head word (``Ministry of Finance``)."""
    words = [w for w in re.findall(r"[^\W_]+", name) if w not in _CONNECTORS]
    return all(w in _PORTFOLIOS or w in _HEADS for w in words)


_NO_ENTRY: Final = _Entry("", "other", None, "block", False, False)


def _more_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a capitalised word that is no connector or legal suffix
    (``Enterprises`` in ``BellSouth Enterprises Inc.``, not ``Co.`` in ``Bear, Stearns & Co.``)."""
    return any(
        w[0].isupper() and w not in _LEGAL_SUFFIXES and w not in _CONNECTORS
        for w in re.findall(r"[^\W_]+", text[start:end])
    )


_POSSESSIVE_GAP: Final = re.compile(r"(?:['’]s)?\s+")
#: A word of a name as :func:`_tokens_back` cuts it: letters, digits and ``& ' . -``.
_NAME_TOKEN: Final = re.compile(r"[\w&'’.-]+")
#: A sentence's first word and the connector after it: ``Negotiators for``.
_OPENING_WORD: Final = re.compile(r"([\w'’.-]+)\s+(?:for|of|and|on|&)\s+")
_LEADING_CONNECTOR: Final = re.compile(r"(?:of|and|for|on|&|de|du|des|the)\s+")
_BLANKS: Final = re.compile(r"\s+")
_SPACES: Final = re.compile(r" +")


def _skip_possessive(text: str, end: int) -> int:
    m = _POSSESSIVE_GAP.match(text, end)
    return m.end() if m else end


def _tokens_back(text: str, end: int) -> list[_Token]:
    """Up to ``_MAX_NAME_WORDS + 2`` tokens before ``end`` on the same line, nearest first."""
    out: list[_Token] = []
    lo = max(0, end - 120)
    line = text.rfind("\n", lo, end)
    lo = max(lo, line + 1)
    for m in _NAME_TOKEN.finditer(text, lo, end):
        out.append(_Token(m.start(), m.end(), m.group()))
    return out[::-1][: _MAX_NAME_WORDS + 2]


def _organisation_at(text: str, head_start: int, head_end: int, head: str) -> tuple[int, int, str] | None:
    """The organisation whose name holds the head word at ``head_start:head_end``, or None."""
    end = head_end
    if head in {"Corp", "Co", "Cos", "Inc", "Ltd", "Cie"} and text.startswith(".", end):
        end += 1
    if head in _LEGAL_SUFFIXES:
        more = _MORE_SUFFIXES.match(text, end)  # "Reiss & Co. B.V.", "Samsung Co. Ltd."
        end = more.end() if more else end
    # Forward: "Ministry of International Trade and Industry", "Bank of Japan".
    tail_end = _name_after_of(text, end) if head in _GOVERNMENT_HEADS | _OTHER_HEADS else None
    start = head_start
    # Backward: capitalised words (and connectors between them) before the head.
    words = 0
    pending = head_start
    last = ""  # the word taken last (nearest the head)
    last_joined = False  # an "&" or "and" has been taken ("Kidder, Peabody & Co.")
    back = _tokens_back(text, head_start)
    for k, tok in enumerate(back):
        word = tok.word.rstrip(".") if tok.word.endswith(".") and tok.word.count(".") == 1 else tok.word
        gap = text[tok.end : pending]
        comma = gap.strip() == "," and ((not words and head in _COMMA_SUFFIXES) or (words and last_joined))
        comma = comma and head in _COMPANY_HEADS
        if gap.strip() and not comma:
            break  # only blanks between words (and a comma before "Inc." or in "Kidder, Peabody & Co.")
        if "\n" in gap:
            break
        raw = tok.word
        if raw.endswith(".") and "." not in raw[:-1] and len(raw) > 2 and raw[:-1] not in _ABBREVIATIONS:
            break  # the end of the sentence before
        joins = word in {"&", "amp", "and"}
        if joins and (words or head in _COMPANY_HEADS):
            last_joined = True
        if word in _CONNECTORS and (words or (joins and head in _COMPANY_HEADS)):
            if word == "the" or last in _CONNECTORS:
                break  # "... and the National Association": the name starts after "the"
            further = back[k + 1].word if k + 1 < len(back) else ""
            if word == "of" and head in _COMPANY_HEADS and further not in _HEADS:
                break  # "Steve Cerier of Manufacturers Hanover Trust Co.": a person of a company
            pending, last = tok.start, word
            continue
        if re.search(r"-[a-z]", word):
            break  # "Washington-based", "U.S.-made"
        if not word[:1].isupper() or word in _NOT_NAME or words >= _MAX_NAME_WORDS:
            break
        if (word in _HEADS or word == "Partnership") and last in _CONNECTORS - {"of", "for"}:
            break  # the end of another organisation's name
        if word.endswith(("'s", "’s")) and (words or head not in _LEGAL_SUFFIXES):
            break  # but "Shoney's Inc." is a name
        words += 1
        start = pending = tok.start
        last = word
    if words > 1 and _sentence_start(text, start):
        # "Negotiators for West Bank": a capitalised common word opening the sentence is no name
        m = _OPENING_WORD.match(text, start)
        if m and m.group(1) not in _HEADS:
            start = m.end()
    if words and start < head_start:
        # The name may not begin with a connector.
        while True:
            m = _LEADING_CONNECTOR.match(text, start)
            if not m:
                break
            start = m.end()
    if tail_end is not None:
        end = tail_end
    elif not words:
        return None
    name_words = [
        w for w in re.findall(r"[^\W_]+", text[start:end]) if w not in _CONNECTORS and w not in _HEADS
    ]
    if not name_words:
        return None  # "the Administration", "Bank": a head word alone names nothing
    if head == "Administration" and tail_end is None and len(name_words) < 2:
        return None  # "the Reagan Administration" is a government's term, not a body
    if head in _COMPANY_HEADS:
        kind = "company"
    elif head in _GOVERNMENT_HEADS:
        kind = "government"
    else:
        name = text[start:end]
        if head == "Bank":
            central = re.search(r"\b(?:Central|Reserve|People's|People’s|National)\b", name)
            development = re.search(r"\b(?:Development|Investment|Reconstruction|Settlements)\b", name)
            if central or (tail_end is not None and start == head_start):
                kind = "government"
            elif development and not re.search(r"\b(?:Corp|Ltd|Inc|Co)\b", name):
                kind = "international"
            else:
                kind = "company"
        elif re.search(
            r"\b(?:Senate|House|Parliament|Congress|Assembly|Diet|Cabinet|Federal|Reserve|Government)\b", name
        ):
            kind = "government"
        else:
            kind = "other"
    return start, end, kind


_OF: Final = re.compile(r"\s+(?:of|on|for|de|du|des|de\s+la)\s+(?:the\s+)?")
_NAME_WORD: Final = re.compile(r"([^\W\d_][\w&'’-]*)(\.?)")


#: Months and weekdays, written out or abbreviated: they begin a date, never a name's next word.
_CALENDAR: Final = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
     "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)  # fmt: skip


def _name_after_of(text: str, end: int) -> int | None:
    """Where the name after ``Ministry of`` (``International Trade and Industry``) ends, or None."""
    m = _OF.match(text, end)
    if m is None:
        return None
    pos, words, last_end = m.end(), 0, None
    while words < _MAX_NAME_WORDS:
        w = _NAME_WORD.match(text, pos)
        if w is None:
            break
        word, dot = w.group(1), w.group(2)
        if word.endswith(("'s", "’s")):
            words += 1
            last_end = w.start(1) + len(word) - 2
            break  # "Dime Savings Bank of New York's": the possessive ends the name
        if word in _HEADS and word not in _LINES:
            break  # another organisation's name begins (but "Federation of Korean Industries")
        if word in _CONNECTORS - {"the"} and words:
            nxt = _BLANKS.match(text, w.end())
            if nxt is None:
                break
            pos = nxt.end()
            continue
        if not word[0].isupper() or word in _NOT_NAME or word in _LEGAL_SUFFIXES or word in _CALENDAR:
            break  # (``the Committee on Government Reform on Feb. 10``: a date ends the name)
        words += 1
        last_end = w.end(1) + (1 if dot and len(word) == 1 else 0)
        if dot and len(word) > 1:
            break  # a full stop ends the sentence
        gap = _SPACES.match(text, w.end())
        if gap is None:
            break
        pos = gap.end()
    return last_end


#: A capitalised name of up to four words. Each word is matched whole (the look-ahead stops the engine
#: from trying shorter splits of it) and a name starts only where a word does.
_NAME: Final = r"(?<![\w&'’-])([A-Z][\w&'’-]*(?![\w&'’-])(?:[ \t]+[A-Z][\w&'’-]*(?![\w&'’-])){0,3})"
#: Cue words, by what they say of a capitalised name near them. A company is named by what is done
#: with it (``shares of Sansui``), by its shares or board (``Cambrex shares``, ``Rally's directors``),
#: by an apposition (``BellSouth, a telephone company``) or by a share price that moved
#: (``LIN Broadcasting surged 4 5/8``). A word may need the words after it (``board of directors``).
_OBJECT_CUES: Final = {
    **dict.fromkeys(("shares", "stock", "stake", "subsidiary", "takeover", "acquisition", "bid"), ""),
    "tender": " offer",
}
_OWNED_CUES: Final = {
    **dict.fromkeys(
        ("shares", "stock", "stockholders", "shareholders", "directors", "subsidiary", "unit", "division"), ""
    ),
    "board": " of directors",
    "chief": " executive",
    "parent": " company",
}
_KIND_WORDS: Final = (
    "maker", "producer", "company", "firm", "concern", "retailer", "manufacturer", "supplier", "airline",
    "carrier", "brokerage", "insurer", "developer", "operator", "distributor", "conglomerate", "chain",
)  # fmt: skip
_KIND_CUES: Final = {
    **dict.fromkeys(_KIND_WORDS, ""),
    "holding": " company",
    "investment": " bank",
    "securities": " firm",
}
_MOVED_CUES: Final = frozenset(
    {"rose", "fell", "surged", "dropped", "gained", "slipped", "climbed", "jumped", "added", "lost",
     "plunged", "eased", "declined", "advanced", "tumbled", "soared"}
)  # fmt: skip
_ALL_CUES: Final = sorted(
    {*_OBJECT_CUES, *_OWNED_CUES, *_KIND_CUES, *_MOVED_CUES, "Shares", "Stock", "Stake"}
)
#: (The look-behind lets the engine skip the middle of words fast; other letters before a cue word
#: are checked where it is used.)
_CUE_WORD: Final = re.compile(r"(?<![a-zA-Z0-9_-])" + trie_pattern(_ALL_CUES, end=r"\b"))
_OBJECT_AFTER: Final = re.compile(r"[ \t]+(?:of|in|for)[ \t]")
#: A share price that moved: ``4 5/8``, ``50 cents``, ``2 to $37``.
_PRICE_MOVE: Final = re.compile(r"[ \t]\d+(?:[ \t]\d/\d|/\d|[ \t]cents?\b|[ \t]to[ \t]\$?\d)")
_CUES: Final = {
    "owned": re.compile(_NAME + r"(?:['’]s)?[ \t]+$"),
    "object": re.compile(r"[ \t]+(?:of|in|for)[ \t]+" + _NAME + r"(?![\w'’])"),
    "kind": re.compile(_NAME + r",[ \t](?:a|an)[ \t](?:[\w-]+[ \t]){0,4}$"),
    "moved": re.compile(_NAME + r"[ \t]+$"),
}
#: How far before a cue word its name may start (characters).
_CUE_BACK: Final = 90
#: Words that make a capitalised phrase something other than a company: regions, months, classes.
_NOT_COMPANY: Final = re.compile(
    r"\b(?:Europe|Asia|Africa|America|Americas|Pacific|Atlantic|Middle East|Gulf|Class|Series|GDP|GNP"
    r"|Average|Index|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Cie|Industrial Average)\b"
)
#: Places and regional adjectives that a cue word may follow alone (``its Texas unit``, ``European
#: division``): one of them alone names no company.
_PLACE_WORDS: Final = frozenset(
    {"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
     "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
     "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
     "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas",
     "Utah", "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming", "Carolina", "Dakota",
     "Hampshire", "Jersey", "York", "Midwest", "Northeast", "Southeast", "Southwest", "Northwest",
     "European", "Asian", "African", "Latin", "Arab", "Nordic", "Scandinavian", "Caribbean",
     "Mediterranean", "Baltic", "Balkan", "Western", "Eastern", "Northern", "Southern", "Domestic",
     "International", "Overseas", "Foreign", "Canadian", "Mexican", "Australian"}
)  # fmt: skip
_PERSON_BEFORE: Final = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?[ \t]*$")


def _cued_companies(text: str, hits: list[_Hit]) -> list[_Hit]:
    """``hits`` and the companies that only their context names: ``shares of Sansui``,
    ``BellSouth, a telephone company``, ``LIN Broadcasting surged 4 5/8``."""
    taken = _taken(hits)
    added: list[_Hit] = []
    # first words of companies with longer names: left to the short-name pass, to join them
    firsts = {h.text.split()[0] for h in hits if h.entry.kind == "company" and len(h.text.split()) > 1}
    for m in _cue_matches(text):
        start, end = _cue_name(m)
        if text.endswith(("'s", "’s"), start, end):
            end -= 2
        words = text[start:end].split()
        while words and (words[0] in _NOT_NAME or words[0].rstrip(".") in _NOT_NAME):
            start = text.index(words[0], start) + len(words[0])
            while start < end and text[start] in " \t":
                start += 1
            words = words[1:]
        while len(words) > 1 and words[0].endswith(("'s", "’s")):
            start = text.index(words[1], start + len(words[0]))  # "Cineplex's Film House unit"
            words = words[1:]
        while len(words) > 1 and _sentence_start(text, start) and words[0].endswith(("ing", "ed")):
            start = text.index(words[1], start + len(words[0]))  # "Urging LIN directors"
            words = words[1:]
        if not words or end - start < 3 or _NOT_COMPANY.search(text, start, end):
            continue
        if len(words) == 1 and words[0] in _PLACE_WORDS:
            continue
        if len(words) == 1 and _sentence_start(text, start) and words[0][1:].islower():
            continue  # "Sales fell 20%": a sentence-initial word is no name
        if _PERSON_BEFORE.search(text, max(0, start - 6), start) or any(w in _HEADS for w in words):
            continue
        if taken.overlaps(start, end):
            continue  # the gazetteer or a pattern named it already
        name = " ".join(words).replace("’", "'")
        added.append(_Hit(start, end, _Entry(name, "company", None, "name", False, False), text[start:end]))
    firsts |= {a.text.split()[0] for a in added if len(a.text.split()) > 1}
    added = [a for a in added if len(a.text.split()) > 1 or a.text not in firsts]
    return _with(hits, added)


def _cue_matches(text: str) -> Iterator[re.Match[str]]:
    """The names the cue words point at, in text order of the cue words."""
    for w in _CUE_WORD.finditer(text):
        i, word = w.start(), w.group()
        if i and (text[i - 1].isalnum() or text[i - 1] in "-_"):
            continue
        found = _cue_kind(text, word.lower() if word[0] == "S" else word, w.end())
        if found is None:
            continue
        cue, after = found
        if cue == "object":
            m = _CUES[cue].match(text, after)
        else:
            m = _CUES[cue].search(text, max(0, i - _CUE_BACK), i)
        if m is not None:
            yield m


def _cue_kind(text: str, word: str, end: int) -> tuple[str, int] | None:
    """What the cue ``word`` (ending at ``end``) says of the name near it, and where the cue ends."""
    for cue, table in (("object", _OBJECT_CUES), ("owned", _OWNED_CUES), ("kind", _KIND_CUES)):
        rest = table.get(word)
        if rest is None or not text.startswith(rest, end):
            continue
        if cue != "object" or _OBJECT_AFTER.match(text, end + len(rest)):
            return cue, end + len(rest)
    if word in _MOVED_CUES and _PRICE_MOVE.match(text, end):
        return "moved", end
    return None


def _cue_name(m: re.Match[str]) -> tuple[int, int]:
    for i, group in enumerate(m.groups(), start=1):
        if group is not None:
            return m.start(i), m.end(i)
    return m.start(), m.start()


def _sentence_start(text: str, i: int) -> bool:
    """Whether offset ``i`` opens a sentence: after a full stop, a quote mark or a line start."""
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n\"“”'‘’:;"


#: First words of company names that name nothing alone (``General Motors``, ``First Boston``).
_COMMON_FIRST_WORDS: Final = frozenset(
    {"General", "United", "National", "International", "First", "New", "Great", "Royal", "Standard",
     "Continental", "Pacific", "Atlantic", "Western", "Eastern", "Northern", "Southern", "Central", "Union",
     "Federal", "Consolidated", "Allied", "Associated", "Global", "World", "Universal", "American",
     "Bank", "Banco", "Banque", "Cie", "Cie.", "Compagnie", "Societe", "Société", "Dow", "Home", "Air",
     "China", "Japan", "Korea", "Nippon", "Trans", "Public", "Southwest", "Northwest", "Texas", "Ford",
     "Morgan", "Chase", "Capital", "Security", "Mutual", "Investors", "Merchants", "Citizens", "Farmers",
     "State", "City", "Metropolitan", "Overseas", "Commercial", "Industrial", "Development", "Export",
     "Trust", "Credit", "Crédit", "Deutsche", "Dresdner", "Swiss", "Oriental", "Asia", "Asian", "Euro",
     "European", "Sun", "Star", "Gold", "Silver", "Steel", "Oil", "Gas", "Power", "Energy", "Electric",
     "Mr", "Mr.", "Ms.", "Mrs."}
)  # fmt: skip


#: Words a company's later references leave off its name: its legal form and the words that say
#: what line it is in (``Home Shopping Network Inc.`` ... ``Home Shopping``).
_SHORTENED: Final = _COMPANY_HEADS | frozenset(
    {"&", "and", "amp", "Network", "Networks", "International", "Financial", "Entertainment",
     "Resources", "Services", "Products", "Technology", "Electronics", "Partners", "Investments",
     "Petroleum", "Chemical", "Chemicals", "Stores", "Laboratories", "Industry", "Manufacturing"}
)  # fmt: skip


def _distinctive(word: str) -> bool:
    """Whether a company's first word may stand for the company alone (``Sansui``, ``Columbia``)."""
    if len(word) < (3 if word.isupper() else 4) or word in _COMMON_FIRST_WORDS or word in _NOT_NAME:
        return False
    if not re.fullmatch(r"[A-Z][\w&'-]*", word):
        return False
    return not _matcher().phrases(phrase_key(word))  # never a country, demonym or listed organisation


#: A US state after a town and a comma, as news copy writes it: ``, Wis.``, ``, N.Y.``, ``, Texas``.
_STATE_AFTER_PLACE: Final = re.compile(
    r",[ \t]+(?:Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nebr|Nev|Okla|Ore|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wisc|Wyo|N\.[ \t]?[HJMYCD]|R\.[ \t]?I"
    r"|S\.[ \t]?[CD]|W\.[ \t]?Va|D\.[ \t]?C)\.|,[ \t]+(?:"
    r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii"
    r"|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan"
    r"|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New[ \t]+(?:Hampshire|Jersey|Mexico|York)"
    r"|(?:North|South)[ \t]+(?:Carolina|Dakota)|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode[ \t]+Island"
    r"|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West[ \t]+Virginia|Wisconsin|Wyoming"
    r")(?![\w'’-])"
)
#: The same, as they are written in lower-cased punctuation-stripped text (``co b v``).
_SHORTENED_LOWER: Final = frozenset(
    {w.lower() for w in _SHORTENED} | {"s", "b", "v", "n", "ag", "sa", "nv", "spa"}
)


def _distinctive_lower(word: str) -> bool:
    """:func:`_distinctive` for lower-cased text, where only the word itself can tell."""
    if len(word) < 3 or not word.isalpha() or word in _NOT_NAME_LOWER or word in _SHORTENED_LOWER:
        return False
    if word.capitalize() in _COMMON_FIRST_WORDS or word.capitalize() in _PLACE_WORDS:
        return False
    return not _matcher().phrases(phrase_key(word))


def _stands_alone(word: str, entry: _Entry) -> bool:
    """Whether ``word`` left alone of a company's name still names it: ``BellSouth`` of ``BellSouth
    Corp.``, not ``American`` of ``American International Group``."""
    if word in _COMMON_FIRST_WORDS or word in _NOT_NAME_LOWER or word.capitalize() in _COMMON_FIRST_WORDS:
        return False
    return all(p.value.name == entry.name for p in _matcher().phrases(phrase_key(word)))


def _short_company_names(
    text: str, found: list[tuple[Span, _Entry]], *, stripped: bool = False
) -> list[tuple[Span, _Entry]]:
    """Later mentions of a company found with its suffix, without it: ``Intel Corp.`` ... ``Intel``
    (``nashua corp`` ... ``nashua`` in lower-cased punctuation-stripped text)."""
    short: dict[str, _Entry] = {}
    shortened = _SHORTENED_LOWER if stripped else _SHORTENED
    for span, entry in found:
        if entry.kind != "company" or entry.role != "name":
            continue
        words = span.text.split()
        if len(words) > 1 and entry.name == span.text:
            short.setdefault(span.text, entry)  # a name found by its context, named again
        while len(words) > 1 and words[-1].rstrip(".,") in shortened:
            words = words[:-1]  # "Oki Electric Industry Co Ltd" -> "Oki Electric Industry"
            if words[-1] in {"&", "and", "amp", "s", "b", "n"}:
                continue
            name = " ".join(words).rstrip(",")
            if len(name) > 2 and name not in _NOT_NAME and (len(words) > 1 or _stands_alone(name, entry)):
                short.setdefault(name, entry)
        lead = _PREFIX_LEAD.match(span.text)
        if lead is not None and lead.end() < len(" ".join(words)):
            # "Cie. de Navigation Mixte" ... "Navigation Mixte"
            short.setdefault(" ".join(words)[lead.end() :], entry)
            continue
        first = words[0].rstrip(",")
        alone = _distinctive_lower(first) if stripped else _distinctive(first)
        if alone and (len(words) > 1 or first == span.text):
            short.setdefault(first, entry)  # "Columbia Pictures Entertainment Inc." ... "Columbia"
    if not short:
        return found
    # a name a cue found alone is the short name of the longer one ("stake in Navigation Mixte")
    found = [
        (span, short[span.text])
        if entry.kind == "company" and span.text in short and entry.name == span.text
        else (span, entry)
        for span, entry in found
    ]
    taken_starts = [s.start for s, _ in found]  # in text order, never overlapping
    extra = []
    last = 0
    for start, end, name in _occurrences(text, short):
        if start < last:
            continue
        last = end
        k = bisect.bisect_left(taken_starts, end)  # the mentions that start before this ends
        if k and found[k - 1][0].end > start:
            continue
        if _STATE_AFTER_PLACE.match(text, end):
            continue  # "Oshkosh Truck Corp., Oshkosh, Wis.": the town the company is in
        extra.append((Span.of(text, start, end), short[name]))
    return sorted([*found, *extra], key=lambda f: f[0].start)


def _occurrences(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where ``names`` occur in ``text`` as whole words (no letter, digit, ``_`` or ``.`` before, no
    letter, digit or ``_`` after), in text order, the longest first where several start at once.
    """
    found = sorted(
        (i, -len(name), name) for name in names for i in whole_words(text, name, joined_before="_.")
    )
    return [(i, i - negative_length, name) for i, negative_length, name in found]


# --------------------------------------------------------------------------- stripped text

#: A legal form in lower-cased punctuation-stripped text: ``nashua corp``, ``reiss amp co b v``.
_STRIPPED_SUFFIX: Final = re.compile(r"(?<![\w])(?:inc|corp|cos|co|ltd|plc|llc|gmbh)(?![\w])")
#: More legal forms after the first: ``co ltd``, ``co b v``, ``ag``.
_STRIPPED_MORE: Final = re.compile(
    r"(?:[ \t]+(?:inc|corp|ltd|plc|llc|ag|sa|nv|spa|b[ \t]v|n[ \t]v|s[ \t]a))+(?![\w])"
)
#: Words after ``co`` that make it the prefix of a hyphenated word: ``co operation``, ``co founder``.
_CO_WORDS: Final = frozenset(
    {"operation", "operative", "operatives", "operate", "operated", "operating", "founder", "founders",
     "founded", "chairman", "chairmen", "chair", "owner", "owners", "owned", "author", "authors",
     "sponsor", "sponsors", "sponsored", "production", "productions", "producer", "producers", "pilot",
     "worker", "workers", "exist", "existence", "ordinate", "ordinated", "ordination", "ordinator",
     "host", "hosts", "hosted", "signed", "signer", "star", "stars", "op", "ops", "payment", "payments",
     "insurance", "investor", "investors", "head", "heads", "lead", "leader", "leaders", "manager"}
)  # fmt: skip
#: Lower-case words that never belong to a company's name: what stands before one in a sentence.
_NOT_NAME_LOWER: Final = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "for", "to", "from", "by", "with", "and", "or", "but",
     "said", "says", "say", "told", "tells", "its", "their", "his", "her", "our", "that", "which", "who",
     "whom", "whose", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will",
     "would", "could", "should", "may", "might", "can", "must", "shall", "than", "as", "into", "about",
     "after", "before", "over", "under", "between", "against", "among", "through", "during", "since",
     "until", "while", "when", "if", "because", "although", "though", "also", "both", "either", "neither",
     "not", "no", "this", "these", "those", "it", "he", "she", "they", "we", "i", "you", "them", "him",
     "us", "unit", "units", "subsidiary", "subsidiaries", "parent", "affiliate", "division", "shares",
     "share", "stake", "stock", "acquire", "acquired", "acquires", "acquiring", "buy", "buys", "bought",
     "buying", "sell", "sells", "sold", "selling", "own", "owns", "owned", "agreed", "agree", "agrees",
     "plan", "plans", "planned", "offer", "offered", "offers", "bid", "bids", "rival", "rivals",
     "partner", "partners", "firm", "firms", "company", "companies", "analyst", "analysts", "chairman",
     "president", "executive", "executives", "officer", "officers", "director", "directors", "spokesman",
     "spokeswoman", "spokesperson", "new", "big", "major", "merger", "merge", "merged", "join", "joined",
     "joins", "including", "include", "includes", "such", "like", "unlike", "then", "now", "so", "yet",
     "all", "each", "every", "other", "another", "some", "any", "many", "most", "more", "less", "few",
     "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
     "last", "next", "year", "years", "month", "months", "week", "weeks", "day", "days", "today",
     "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "january", "february", "march", "april", "june", "july", "august", "september", "october",
     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct",
     "nov", "dec", "mr", "mrs", "ms", "dr", "based", "owner", "holder", "holders", "investor",
     "investors", "shareholder", "shareholders", "stockholder", "stockholders", "lender", "lenders",
     "maker", "makers", "giant", "group", "concern", "chief", "head", "named", "called", "known",
     "formerly", "former", "where", "what", "how", "why", "there", "here", "do", "does", "did", "done",
     "make", "makes", "made", "take", "takes", "took", "taken", "get", "gets", "got", "let", "via",
     "per", "up", "down", "out", "off", "too", "very", "just", "only", "even", "still", "again",
     "already", "whether", "within", "without", "toward", "towards", "upon", "amid",
     "s", "reported", "announced", "expected", "filed", "paid", "pay", "pays", "deal", "deals",
     "help", "helped", "control", "controlled", "controls", "purchase", "purchased", "sale", "sales",
     "firm's", "company's", "interest", "interests", "holding", "holdings", "business",
     "businesses", "operations", "operation", "market", "markets", "price", "prices", "cents", "dollars",
     "million", "billion", "percent", "pct", "mln", "bln", "dlrs"}
)  # fmt: skip
#: Words that may stand between a company's name and its legal form: ``dow jones amp co``,
#: ``shoney s inc``.
_STRIPPED_JOINS: Final = frozenset({"amp", "and", "s"})
_LOWER_WORD: Final = re.compile(r"[a-z][a-z0-9]*|[0-9]+")


def _stripped_companies(text: str, hits: list[_Hit]) -> list[_Hit]:
    """``hits`` and, in lower-cased punctuation-stripped text, the companies named with their legal
    form: ``shares of nashua corp``, ``qvc network inc``, ``reiss amp co b v``."""
    starts = [h.start for h in hits]
    added: list[_Hit] = []
    for m in _STRIPPED_SUFFIX.finditer(text):
        end = m.end()
        if m.group() == "co":
            after = _NEXT_WORD.match(text, end)
            if after is not None and after.group(1) in _CO_WORDS:
                continue
        more = _STRIPPED_MORE.match(text, end)
        end = more.end() if more else end
        k = bisect.bisect_left(starts, m.start())
        previous = hits[k - 1] if k else None
        if previous is not None and previous.end > m.start():
            continue  # inside a name the gazetteer found
        if previous is not None and previous.entry.kind in {"company", "media"}:
            gap = text[previous.end : m.start()]
            if _STRIPPED_GAP.fullmatch(gap):  # "bear stearns amp co": the listed company with its form
                added.append(_Hit(previous.start, end, previous.entry, text[previous.start : end]))
                continue
        floor = previous.end if previous is not None else 0
        line = text.rfind("\n", floor, m.start())
        floor = max(floor, line + 1, m.start() - 80)
        words = list(_LOWER_WORD.finditer(text, floor, m.start()))[::-1]
        name: list[re.Match[str]] = []
        for w in words:
            if name and text[w.end() : name[-1].start()].strip(" \t"):
                break
            if not name and text[w.end() : m.start()].strip(" \t"):
                break
            word = w.group()
            if word in _STRIPPED_JOINS and not name:
                name.append(w)  # "dow jones amp co", "shoney s inc"
                continue
            if word in _NOT_NAME_LOWER or word.isdigit() or len(name) >= _MAX_NAME_WORDS:
                break
            name.append(w)
        while name and name[-1].group() in _STRIPPED_JOINS:
            name.pop()
        if not name or (len(name) == 1 and len(name[0].group()) < 2):
            continue
        start = name[-1].start()
        if (
            previous is not None
            and previous.entry.kind == "company"
            and not text[previous.end : start].strip(" \t")
        ):
            start = previous.start  # "bellsouth enterprises inc": a company named after a listed one
        if added and added[-1].end > start:
            continue
        label = " ".join(text[start:end].split())
        added.append(_Hit(start, end, _Entry(label, "company", None, "name", False, False), text[start:end]))
    return _replacing(hits, added)  # a listed company now with its form is one name


_STRIPPED_GAP: Final = re.compile(r"[ \t]+(?:(?:amp|and|s)[ \t]+)?")


# --------------------------------------------------------------------------- party members

#: US party members and the party adjective: ``Senate Republicans``, ``a Maryland Democrat``,
#: ``Democratic leaders``; and the party letter of a member of Congress: ``(R-Fla.)``, ``D-Calif.``.
#: It starts with a literal, so the engine skips ahead to a D or an R; what comes before is checked
#: on each match.
_PARTY_WORD: Final = re.compile(r"Democrat(?:s|ic)?(?![\w&-])|Republicans?(?![\w&-])|D-(?=[A-Z])|R-(?=[A-Z])")
#: Which party each word names.
_PARTIES: Final = {"D": "Democratic Party", "R": "Republican Party"}
#: Capitalised words after the party word that still leave it the party: ``Democratic Sen. Baucus``.
_PARTY_TITLES: Final = frozenset(
    {"Sen", "Senator", "Senators", "Rep", "Reps", "Representative", "Representatives", "Gov",
     "Governor", "Governors", "Leader", "Whip", "Congressman", "Congresswoman", "Congressmen",
     "President", "Chairman", "Chairwoman", "Caucus", "Conference", "Mayor", "Senate", "House",
     "Majority", "Minority", "Speaker", "Primary", "Primaries", "Convention", "Administration"}
)  # fmt: skip
#: Capitalised words before the party word that make it another party: ``Christian Democrats``.
_OTHER_PARTY_BEFORE: Final = frozenset(
    {"Social", "Christian", "Liberal", "Free", "Sweden", "Swedish", "Young", "Progressive", "Irish",
     "New", "European", "National", "Popular", "Radical", "Centre", "Center", "Citizens", "Korea",
     "Korean", "Japan", "Japanese", "Constitutional", "Socialist", "Left", "Green", "Greens"}
)  # fmt: skip


@functools.cache
def _party_entries() -> dict[str, _Entry | None]:
    """The gazetteer's entries of the parties in :data:`_PARTIES`, looked up once."""
    return {
        name: next((p.value for p in _matcher().phrases(phrase_key(name)) if p.value.name == name), None)
        for name in _PARTIES.values()
    }


# --------------------------------------------------------------------------- newspapers

#: The last word of a newspaper's or magazine's title. Those that are also common words (``Times``,
#: ``Post``) make a title only after ``the`` (``the Denver Post``, not ``Reagan Times``).
_MASTHEAD_ALONE: Final = (
    "Magazine", "Gazette", "Tribune", "Herald", "Chronicle", "Inquirer", "Shimbun", "Ilbo"
)  # fmt: skip
_MASTHEAD_AFTER_THE: Final = ("Times", "News", "Post", "Journal", "Daily", "Globe", "Sun", "Dispatch")
_MASTHEAD: Final = re.compile(
    r"(?:" + "|".join(_MASTHEAD_ALONE + _MASTHEAD_AFTER_THE) + r")(?![\w'’-])(?![ \t]+[A-Z])"
)
#: One to three capitalised words before the last one, ending where it starts (searched backwards
#: in a bounded window); group 1 is a leading ``the``.
_MASTHEAD_WORDS: Final = re.compile(
    r"(?<![\w'’.-])(?:([Tt]he)[ \t]+)?(?:[A-Z](?:[\w'’&]|[.-](?![a-z]))*[ \t]+){1,3}$"
)
_MASTHEAD_BACK: Final = 60


def _mastheads(text: str, hits: list[_Hit]) -> list[_Hit]:
    """``hits`` and the newspapers and magazines named by their title's last word: ``The Buffalo
    News``, ``Confectioner Magazine``; a country in the title is part of it (``the Japan Times``)."""
    starts = [h.start for h in hits]
    added: list[_Hit] = []
    for head in _MASTHEAD.finditer(text):  # (no look-behind in the pattern: it would slow the scan)
        if head.start() and (text[head.start() - 1].isalnum() or text[head.start() - 1] in "_'’-"):
            continue
        lo = max(0, head.start() - _MASTHEAD_BACK, added[-1].end if added else 0)
        m = _MASTHEAD_WORDS.search(text, lo, head.start())
        if m is None:
            continue
        the = m.group(1)
        if the is None and head.group() in _MASTHEAD_AFTER_THE:
            continue
        start = m.start() if the is None else _skip_blanks(text, m.start(1) + 3)
        if the is None and text[start:].startswith(("The ", "A ", "An ")):
            continue  # "The Herald": no title word before the last one
        i = bisect.bisect_left(starts, start)
        inside = hits[i : bisect.bisect_left(starts, head.end(), lo=i)]
        if (i and hits[i - 1].end > start) or any(h.entry.kind != "country" for h in inside):
            continue  # the gazetteer knows the paper (or another name runs into it)
        country = next((h.entry.country for h in inside if h.entry.role not in {"block", "city"}), None)
        name = " ".join(text[start : head.end()].replace("’", "'").split())
        entry = _Entry(name, "media", country, "name", False, False)
        added.append(_Hit(start, head.end(), entry, text[start : head.end()]))
    return _replacing(hits, added)


def _skip_blanks(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _party_members(text: str, hits: list[_Hit]) -> list[_Hit]:
    """``hits`` and the US parties named by their members (``Senate Republicans``, ``(R-Fla.)``),
    in text about the United States only."""
    if not any(h.entry.country == "US" for h in hits):
        return hits
    return _with_parties(text, hits, _party_words(text))


def _party_words(text: str) -> Iterator[tuple[int, int, str]]:
    """Where a party word names a US party, and the party's name."""
    for m in _PARTY_WORD.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_&'’.-"):
            continue  # inside a word or a name
        word = m.group()
        if word.endswith("-"):  # R-Fla.: only inside brackets or after a name and a comma
            before = text[max(0, m.start() - 2) : m.start()]
            if not before.endswith(("(", ", ")) or not _STATE_AFTER.match(text, m.end()):
                continue
            yield m.start(), m.start() + 1, _PARTIES[word[0]]
            continue
        start, end = m.start(), m.end()
        after = _NEXT_WORD.match(text, end)
        if after is not None and after.group(1)[0].isupper() and after.group(1) not in _PARTY_TITLES:
            continue  # Republican Guard, Democratic Republic of the Congo, Democratic Unionist
        prev = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
        if prev is not None and prev.group(1) in _OTHER_PARTY_BEFORE:
            continue
        yield start, end, _PARTIES[word[0]]


def _with_parties(text: str, hits: list[_Hit], found: Iterable[tuple[int, int, str]]) -> list[_Hit]:
    """``hits`` and the parties ``found`` (start, end, party name), each where no name is already
    (inside or against a name found: ``Democratic Party``, ``Democratic Republic``)."""
    entries = _party_entries()
    taken = _taken(hits)
    added = [
        _Hit(start, end, entry, text[start:end])
        for start, end, party in found
        if (entry := entries[party]) is not None and not taken.overlaps(start, end)
    ]
    return _with(hits, added)


#: Party words in stripped text: members always (``democrats``, ``a republican from``), the adjective before
#: an office or a body only (``democratic senator``, ``republican leaders``; not ``democratic reforms``).
_STRIPPED_PARTY_WORD: Final = re.compile(
    r"(?=[dr])(?<![^\W_])(?:(democrats?|republicans|republican(?=[ \t]+from[ \t]))"
    r"|(democratic|republican)(?=[ \t]+(?:"
    + "|".join(sorted({t.lower() for t in _PARTY_TITLES} | {"lawmakers", "leaders", "members", "senators"}))
    + r")(?![^\W_])))(?![^\W_])"
)


def _stripped_party_members(text: str, hits: list[_Hit]) -> list[_Hit]:
    """:func:`_party_members` for lower-cased punctuation-stripped text: ``senate democrats``, ``a
    republican from texas``, ``democratic senator max baucus``, in text about the United States."""
    if "democrat" not in text and "republican" not in text:
        return hits  # (a plain search first: most stories name neither party)
    if not any(h.entry.country == "US" for h in hits):
        return hits
    return _with_parties(text, hits, _stripped_party_words(text))


def _stripped_party_words(text: str) -> Iterator[tuple[int, int, str]]:
    """:func:`_party_words` in stripped text."""
    for m in _STRIPPED_PARTY_WORD.finditer(text):
        start, end = m.span()
        prev = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
        if prev is not None and prev.group(1).capitalize() in _OTHER_PARTY_BEFORE:
            continue  # ``christian democrats``, ``social democratic``
        yield start, end, _PARTIES["D" if m.group().startswith("d") else "R"]


#: The state after a party letter: ``Fla.``, ``NY``, ``Texas``.
_STATE_AFTER: Final = re.compile(r"[A-Z][a-z]{0,5}\.|[A-Z]{2}\b|[A-Z][a-z]+\b")
_NEXT_WORD: Final = re.compile(r"[ \t]+([\w&'’-]+)")
_PREVIOUS_WORD: Final = re.compile(r"([\w&'’-]+)[ \t]+$")
