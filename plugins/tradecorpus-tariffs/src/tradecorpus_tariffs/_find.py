"""Finding tariff measures: a head word, what is written around it, and the built-in findings.

The steps, for each head word (``tariffs``, ``duties``, ``levies``, ``surcharges``, ``import
taxes``) that is not part of another name (``General Agreement on Tariffs and Trade``) or a
modifier of another noun (``tariff barriers``, ``duty-free``):

1. a rate written just before it, with up to three words between (``100 pct retaliatory tariffs``);
2. what follows it, in any order: a rate (``of 25%``, ``from 10% to 25%``, ``to 25% from 10%``)
   and the goods covered (``on $250 billion of Chinese goods``, ``imposed on other imports``),
   the goods ending at a clause boundary, a date, or after twelve words;
3. a measure is kept when it has a rate, goods or a value;
4. the parties: the imposer is the country named just before the measure (``U.S. tariffs``,
   ``China's levies``, ``Canadian duties``), else the agent after it (``imposed by Japan``), else
   the nearest country, bloc or official before it in the sentence; the target is the country of
   the goods (``Japanese goods``, ``imports from Canada``, ``against Japan``);
5. the effective date: an ``effective`` deadline of the built-in ``deadlines`` in the sentence,
   else a date right after the measure or after a cue (``effective``, ``from``, ``starting``).

Every pattern is either anchored and bounded or applied to a window of bounded length, so the
time taken grows linearly with the text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Final, NamedTuple

from tradecorpus import DateMention, Document, Money
from tradecorpus.gazetteer import countries, country_by_code

__all__ = ["Found", "find_tariffs"]


class Found(NamedTuple):
    """A measure found: its span and the fields of its :class:`~tradecorpus_tariffs.Tariff`."""

    start: int
    end: int
    fields: dict[str, Any]


_HEAD: Final = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|import[ -]tax(?:es)?|taxes on imports)\b",
    re.IGNORECASE,
)
# nouns a head word modifies ("tariff barriers"): then it names no measure
_MODIFIED: Final = frozenset(
    (
        "barrier", "barriers", "wall", "walls", "concession",
        "concessions", "preference", "preferences", "schedule", "schedules", "structure", "structures",
        "policy", "policies", "war", "wars", "talks", "negotiations", "reform", "reforms", "protection",
        "system", "systems", "classification", "treatment", "level", "levels", "line", "lines", "revenue",
        "revenues", "quota", "quotas", "exemption", "exemptions", "relief", "elimination", "regime", "code",
        "codes", "item", "items", "heading", "headings", "free", "drawback", "drawbacks", "refund",
        "refunds", "officials", "official", "rules", "rule", "law", "laws", "agreement", "agreements",
        "issues", "issue", "matters", "dispute", "disputes",
    )
)  # fmt: skip
_NEXT_WORD: Final = re.compile(r"[ -]([A-Za-z]+)")
# "tariff cuts on 66 products": a change of the measure, which names the goods all the same
_CHANGE_NOUN: Final = re.compile(r"[ -](?:cuts?|reductions?|increases?|hikes?|rises?)\b(?!-)", re.IGNORECASE)
# ... the General Agreement on Tariffs and Trade
_IN_NAME_BEFORE: Final = re.compile(r"agreement on $", re.IGNORECASE)

_NUMBER_WORDS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "one hundred": 100, "a hundred": 100, "hundred": 100,
}  # fmt: skip
_NUM: Final = (
    r"(\d{1,3}(?:\.\d{1,3})?|(?:one |a )?hundred|twenty-five|(?:ten|eleven|twelve|fifteen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|zero|one|two|three|four|five|six|seven|eight|nine)(?![\w-]))"
)
_PCT: Final = r"(?:\s?%|[\s-](?:percent|per\s?cent|pct)\b)"
_NOT_MONEY: Final = r"(?![\s-]?(?:[bmt]illion|mln|bln|trillion|dlrs|dollars|yen|yuan)\b)"


@functools.cache
def _rate(stripped: bool) -> str:
    """A rate; in punctuation-stripped text the ``%`` is gone, so a bare number is one too."""
    if stripped:  # "1 5 tariffs" was "1.5% tariffs"
        number = _NUM.replace(r"\d{1,3}(?:\.\d{1,3})?", r"\d{1,3}(?: \d{1,3}(?![\d.,]))?")
        return rf"(?<![\d.,]){number}(?:[\s-](?:percent|per\s?cent|pct)\b)?{_NOT_MONEY}"
    return rf"(?<![\d.,]){_NUM}{_PCT}"


# words that cannot stand between a rate and its head word ("33 pct because of a duty")
_LINK_WORDS: Final = (
    r"(?!(?:of|on|in|to|from|and|or|the|a|an|by|for|at|with|without|than|over|is|are|was|were|be|been"
    r"|has|have|had|not|no|more|less|its|their|imposing|levying|raising|cutting|paying)\b)"
)


@functools.cache
def _rate_before(stripped: bool) -> re.Pattern[str]:
    # a rate, then at most three words, at the end of a window that ends where the head starts
    return re.compile(rf"{_rate(stripped)}(?:[ -]{_LINK_WORDS}[A-Za-z][A-Za-z-]*){{0,3}}[ -]$")


@functools.cache
def _rate_after(stripped: bool) -> re.Pattern[str]:
    r = _rate(stripped)
    qualifier = r"(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+|nearly\s+|some\s+|an\s+average\s+)?"
    change_verb = (
        r"(?:\s+(?:would|will|could|to|were|was|are|is|be|being|been|had|have|has)){0,2}"
        r"\s+(?:rise|rises|rose|raised|increase|increased|climb|climbed|go\s+up|went\s+up|jump|jumped"
        r"|fall|fell|cut|lowered|reduced|drop|dropped)"
    )
    return re.compile(
        rf"(?:\s+(?:of|at)\s+{qualifier}{r}"
        rf"|(?:{change_verb})?\s+from\s+{qualifier}{r}\s+to\s+{qualifier}{r}"
        rf"|(?:{change_verb})?\s+to\s+{qualifier}{r}(?:\s+from\s+{qualifier}{r})?)",
        re.IGNORECASE,
    )


_PARTICIPLES: Final = r"(?:imposed|levied|placed|slapped|charged|applied|set|paid|ordered|put)"
# "imposed on", "to be imposed on": the goods are part of the measure's span
_PARTICIPLE: Final = re.compile(rf"\s+(?:to\s+be\s+)?{_PARTICIPLES}(?=\s)", re.IGNORECASE)
# "Reagan ordered on", "it imposed on", "are to be imposed on": the goods are told in a clause of their own
_DETACHED: Final = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:has\s+|had\s+|have\s+)?"
    r"|(?:it|they|he|she|we)\s+(?:has\s+|had\s+|have\s+)?"
    r"|(?:are|were|is|was|will\s+be|would\s+be|have\s+been|has\s+been|had\s+been)\s+(?:to\s+be\s+)?)"
    rf"(?:{_PARTICIPLES}|threatened|announced|proposed|cut|raised|lowered|reduced|increased|slashed|lifted)(?=\s)"
)
# "tariffs will affect about 300 mln dlrs worth of products": what they cover, told by a verb
_COVERS: Final = re.compile(
    r"\s+(?:(?:which|that)\s+)?(?:will\s+|would\s+|could\s+|to\s+|already\s+)?"
    r"(?:affect|affects|affected|cover|covers|covered|hit|hits|apply\s+to|applies\s+to|applied\s+to)\s+(?=\S)",
    re.IGNORECASE,
)
_GOODS_WORD: Final = re.compile(r"\s+(on|against)\s+(?=\S)", re.IGNORECASE)
_VALUE_BEFORE: Final = re.compile(r"\s+(?:in|of)\s+(?:[a-z-]+\s+){0,2}|(?:\s+[a-z-]+){1,2}\s+", re.IGNORECASE)
_VALUE_AFTER: Final = re.compile(r"\s+(?:worth\s+|of\s+)?", re.IGNORECASE)
_PER_YEAR: Final = re.compile(r"\s+(?:a\s+year|annually|per\s+year|a\s+yr)\b", re.IGNORECASE)
_QUANTITY: Final = re.compile(
    r"(?:(?:a|an|the|some|about|another|such|all)\s+)?"
    r"(?:(?:wide|broad|long|large|small|whole|narrow)\s+)?(?:range|variety|number|list|host|series|basket|raft|array)\s+of\s+"
    r"|[\d,.]+\s+(?:mln\s+|million\s+|billion\s+)?(?:tonnes|tons|barrels|bushels|pounds|kilos|units)\s+of\s+"
    r"|(?:a|an|the|some|about|another|many|several|various|numerous)\s+(?=\S)",
    re.IGNORECASE,
)
# the rest of a list of goods after a comma: ", television sets and hand tools"
_LIST: Final = re.compile(r"(?:,\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}){0,8},?\s+(?:and|or)\s+(?=[a-z])")
_AGENT: Final = re.compile(r"\s+(?:imposed|levied|set|announced|introduced|proposed)?\s*by\s+(?=\S)")
_WORD: Final = re.compile(r"[A-Za-z0-9$€£¥](?:[\w$€£¥&'’.-]|,(?=\d))*")
_ABBREVIATION: Final = re.compile(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.")
_STOP_WORDS: Final = frozenset(
    (
        "which", "that", "who", "whom", "whose", "because", "unless", "if", "when", "while", "after",
        "before", "until", "since", "as", "but", "is", "are", "was", "were", "will", "would", "could",
        "should", "may", "might", "can", "has", "have", "had", "said", "says", "say", "told", "starting",
        "beginning", "effective", "next", "last", "this", "over", "for", "amid", "despite", "within",
        "under", "later", "earlier", "also", "already", "took", "take", "takes", "went", "go", "goes",
        "come", "came", "set", "imposed", "levied", "announced", "proposed", "threatened", "by", "due",
        "were", "following", "than", "during", "through", "must", "shall", "with", "taken", "made",
        "produced", "manufactured", "imported", "exported", "shipped", "sold", "valued", "covered",
        "including", "included", "listed", "named", "targeted", "hit", "affected", "did", "does", "do",
        "not", "sent", "mean", "means", "meant", "show", "shows", "showed", "remain", "remains", "remained",
        "it", "they", "he", "she", "we", "i", "you", "sometime", "soon", "now", "then", "today", "yesterday",
        "tomorrow", "again", "here", "there",
    )
)  # fmt: skip
# "in" ends the goods unless it follows a value ("$250 billion in Chinese goods")
_STOP_UNLESS_AFTER_VALUE: Final = frozenset({"in"})
# "substantially", "immediately": an adverb ends the goods
_ADVERB: Final = re.compile(r"[a-z]{3,}ly")
_NOT_ADVERBS: Final = frozenset({"supply", "assembly", "family", "monopoly", "poultry"})
# nouns in -ing that goods are made of or named by
_ING_NOUNS: Final = frozenset(
    (
        "clothing", "bedding", "packaging", "housing", "roofing", "flooring", "tubing", "piping", "fishing",
        "mining", "printing", "building", "shipping", "engineering", "computing", "lighting", "seating",
        "casting", "castings", "fittings", "fitting", "bearing", "bearings", "coating", "coatings",
        "sporting", "knitting", "wiring", "netting",
    )
)  # fmt: skip
_TRAILING: Final = frozenset(
    (
        "and", "or", "the", "a", "an", "of", "in", "on", "to", "from", "with", "for", "by", "worth", "its",
        "their", "his", "her", "other", "some", "all",
    )
)  # fmt: skip
_VALUE_LINK: Final = re.compile(r"\s+(?:worth\s+(?:of\s+)?|of\s+|in\s+)", re.IGNORECASE)
_MAX_GOODS_WORDS: Final = 12
# between a measure and the day it takes effect: ", effective", "from", "that will take effect on"
_EFFECT_GAP: Final = re.compile(
    r"[\s,]*(?:(?:which|that)\s+(?:will\s+|would\s+)?)?"
    r"(?:(?:effective|from|starting|beginning|as\s+of|on|in|set\s+for|due|takes?\s+effect|took\s+effect"
    r"|go(?:es)?\s+into\s+effect|went\s+into\s+effect|come\s+into\s+force)\s+(?:on\s+|from\s+)?)?",
    re.IGNORECASE,
)
# between a date and the measure a verb in the past imposed: ", Reagan imposed", " the U.S. slapped"
# (not "Threat on Friday to impose", where the date is the threat's)
_IMPOSED_GAP: Final = re.compile(
    r"[\s,]*(?:(?!(?:said|says|told|announced|to)\b)\w[\w.'’-]*\s+){0,4}?(?:has\s+|had\s+)?"
    r"(?:imposed|slapped|levied|raised|put|ordered|lifted|cut|introduced)\s+(?:(?:the|new|its|their)\s+)?",
    re.IGNORECASE,
)
# between a party and the measure it imposes: "China's retaliatory", "U.S."
_JUST_BEFORE: Final = re.compile(
    r"(?:['’]s| s(?= ))?\s+(?:(?:new|own|retaliatory|punitive|existing|proposed|latest)\s+){0,2}"
)
# "exports to the United States": a destination, not the country whose goods they are
_DESTINATION: Final = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)
_AFTER_PREPOSITION: Final = re.compile(
    r"\b(?:against|on|from|with|to|into|for|of|at|in|toward|towards|over|between|and)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ACTOR_AFTER: Final = re.compile(
    r"['’]s\b|\s+(?:to|decision|threat|move|moves|measure|measures|plan|plans|action|actions|retaliation"
    r"|proposal|administration|government|officials?)\b",
    re.IGNORECASE,
)
#: EU institutions act for the bloc: their measures are the bloc's.
_EU_INSTITUTIONS: Final = frozenset(
    {"European Commission", "Council of the European Union", "European Parliament"}
)
_PARTY_KINDS: Final = frozenset({"country", "government", "international"})


@functools.cache
def _demonyms() -> dict[str, str]:
    """Demonym (as written, and lower-cased) -> country name."""
    found: dict[str, str] = {}
    for country in countries():
        for demonym in country.demonyms:
            found.setdefault(demonym, country.name)
            found.setdefault(demonym.lower(), country.name)
    return found


#: How far before a measure a date that ends at most 60 characters before it may start.
_DATE_BEFORE_REACH: Final = 400
#: How far a line outside the body's sentences reaches each side of a measure, at most.
_LINE_REACH: Final = 1000


class _Context:
    """What the built-in extractors found, indexed for the lookups a measure needs."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.stripped = doc.stripped
        self.money_at = {m.start: m for m in doc.money}
        self.date_at = {d.start: d for d in doc.dates}
        self.money = sorted(doc.money, key=lambda m: m.start)
        self.money_starts = [m.start for m in self.money]
        self.sentence_starts = [s.start for s in doc.sentences]
        # (start, end, party name) of every country-like mention, in text order
        parties: list[tuple[int, int, str]] = []
        names = {e.name for e in doc.entities}
        # in the years of the European Community, its institutions act for it
        old_name = "European Community" in names and "European Union" not in names
        bloc = "European Community" if old_name else "European Union"
        for entity in doc.entities:
            if entity.kind not in _PARTY_KINDS:
                continue
            name = entity.name
            if name in _EU_INSTITUTIONS:
                name = bloc
            elif entity.kind == "government":
                if entity.country is None:
                    continue
                name = _country_name(entity.country) or name
            parties.extend((m.start, m.end, name) for m in entity.mentions)
        for official in doc.officials:
            country = _country_name(official.country) if official.country else None
            if country:
                parties.extend((m.start, m.end, country) for m in official.mentions)
        parties.sort()
        self.parties = parties
        self.party_starts = [p[0] for p in parties]
        self.party_at = {p[0] for p in parties}
        self.countries = {
            (m.start, m.end): e.name
            for e in doc.entities
            if e.kind in ("country", "international")
            for m in e.mentions
        }
        self.effective = sorted(
            (d.date for d in doc.deadlines if d.kind == "effective"), key=lambda d: d.start
        )
        self.effective_starts = [d.start for d in self.effective]
        self.days = sorted((d for d in doc.dates if d.type == "DATE"), key=lambda d: d.start)
        self.day_starts = [d.start for d in self.days]

    def sentence(self, at: int) -> tuple[int, int]:
        """The bounds of the sentence around offset ``at`` (its line, outside the body's sentences,
        and no more than ``_LINE_REACH`` characters each side: a line of thousands is no sentence)."""
        sentences = self.doc.sentences
        i = bisect.bisect_right(self.sentence_starts, at) - 1
        if i >= 0 and sentences[i].start <= at < sentences[i].end:
            return sentences[i].start, sentences[i].end
        lo, hi = max(0, at - _LINE_REACH), min(len(self.text), at + _LINE_REACH)
        newline = self.text.rfind("\n", lo, at)
        start = newline + 1 if newline >= 0 else lo
        end = self.text.find("\n", at, hi)
        return start, hi if end < 0 else end

    def days_in(self, start: int, end: int) -> list[DateMention]:
        """The dates of type ``DATE`` inside ``start:end``, in text order."""
        lo = bisect.bisect_left(self.day_starts, start)
        hi = bisect.bisect_left(self.day_starts, end)
        return [d for d in self.days[lo:hi] if d.end <= end]

    def money_in(self, start: int, end: int) -> list[Money]:
        lo = bisect.bisect_left(self.money_starts, start)
        hi = bisect.bisect_left(self.money_starts, end)
        return [m for m in self.money[lo:hi] if m.end <= end]

    def parties_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self.party_starts, start)
        hi = bisect.bisect_left(self.party_starts, end)
        return [p for p in self.parties[lo:hi] if p[1] <= end]


@functools.cache
def _country_name(code: str) -> str | None:
    try:
        return country_by_code(code).name
    except KeyError:
        return None


def find_tariffs(doc: Document) -> Iterator[Found]:
    """Every tariff measure in ``doc``, in text order, none overlapping another."""
    if not _HEAD.search(doc.text):
        return
    ctx = _Context(doc)
    last_end = 0
    for head in _HEAD.finditer(doc.text):
        if head.start() < last_end or _names_no_measure(ctx.text, head.start(), head.end()):
            continue
        found = _measure(ctx, head.start(), head.end())
        if found is not None:
            last_end = found.end
            yield found


def _change_noun(text: str, end: int) -> int | None:
    """Where ``tariff cuts``, ``duty increases`` end, if a change noun follows the head word."""
    change = _CHANGE_NOUN.match(text, end)
    return change.end() if change is not None else None


def _names_no_measure(text: str, start: int, end: int) -> bool:
    if _IN_NAME_BEFORE.search(text[max(0, start - 13) : start]):
        return True
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1).lower() in _MODIFIED


def _decimal(value: str | None) -> Decimal | None:
    """``"25"``, ``"2.5"`` or a number word (``"five"``) as a Decimal."""
    if value is None:
        return None
    words = value.lower()
    return Decimal(_NUMBER_WORDS[words]) if words in _NUMBER_WORDS else Decimal(value.replace(" ", "."))


def _measure(ctx: _Context, head_start: int, head_end: int) -> Found | None:
    text = ctx.text
    sent_start, sent_end = ctx.sentence(head_start)
    start, end = head_start, head_end
    rate: str | None = None
    previous: str | None = None
    value: Money | None = None
    changed = _change_noun(text, head_end)
    if changed is not None:  # the number before "tariff cuts" is the size of the cut, not a rate
        end = changed
        before = None
    else:
        before = _rate_before(ctx.stripped).search(text, max(sent_start, head_start - 48), head_start)
    if before is not None:
        start, rate = before.start(), before.group(1)
    else:  # "300 mln dlrs in tariffs", "the 300 mln dlr penalty tariffs": the value, outside the span
        value = _value_before(ctx, max(sent_start, head_start - 60), head_start)
    goods: tuple[int, int] | None = None
    goods_word = ""
    agent: str | None = None
    told: DateMention | None = None
    # what follows the head, each at most once: a rate, a value, the goods (in that order or another)
    for _ in range(3):
        after_rate = _rate_after(ctx.stripped).match(text, end, sent_end) if rate is None else None
        if after_rate is not None:
            numbers = [g for g in after_rate.groups() if g is not None]
            if after_rate.group(0).lstrip().lower().startswith("from") or len(numbers) == 1:
                rate, previous = numbers[-1], (numbers[0] if len(numbers) == 2 else None)
            else:  # "to 25% from 10%"
                rate, previous = numbers[0], numbers[1]
            end = after_rate.end()
            continue
        if value is None and goods is None:
            worth = _value_after(ctx, end, sent_end)
            if worth is not None:
                value, end = worth
                continue
        opening = _opening(ctx, end, sent_end, detached=False) if goods is None else None
        if opening is None:
            break
        goods_word, told = opening.word, opening.date
        goods, found_value, goods_end = _goods(ctx, opening.at, sent_end)
        if goods is None and found_value is None:
            break
        value = value or found_value
        end = goods_end
    if goods is None and value is None and (covers := _COVERS.match(text, end, sent_end)) is not None:
        goods, value, _ = _goods(ctx, covers.end(), sent_end)
    if goods is None and value is None:
        # the goods in a clause of their own: "100 pct tariffs Reagan ordered on", "... are to be imposed on"
        opening = _opening(ctx, end, sent_end, detached=True)
        if opening is not None:
            goods_word, agent, told = opening.word, opening.agent, opening.date
            goods, value, _ = _goods(ctx, opening.at, sent_end)
    if rate is None and goods is None and value is None:
        return None
    if rate is not None and _decimal(rate) > 1000:  # type: ignore[operator]
        return None
    imposer = agent or _imposer(ctx, start, end, sent_start, sent_end)
    target = _target(ctx, goods) if goods is not None else None
    goods_text = text[goods[0] : goods[1]] if goods is not None else None
    if (goods_word == "against" and target is not None and goods_text in (target, None)) or (
        goods is not None and (goods[0], goods[1]) in ctx.countries
    ):
        goods_text = None  # "tariffs against Japan": a target, not goods
    if imposer is not None and imposer == target:
        imposer = None
    fields: dict[str, Any] = {
        "rate": _decimal(rate),
        "previous_rate": _decimal(previous),
        "goods": goods_text,
        "value": value,
        "imposer": imposer,
        "target": target,
        "effective": _effective(ctx, start, end, (sent_start, sent_end), told),
    }
    return Found(start, end, fields)


def _value_before(ctx: _Context, lo: int, head_start: int) -> Money | None:
    for money in ctx.money_in(lo, head_start):
        if _VALUE_BEFORE.fullmatch(ctx.text, money.end, head_start):
            return money
    return None


def _value_after(ctx: _Context, at: int, limit: int) -> tuple[Money, int] | None:
    """``worth up to 300 mln dlrs``, ``of as much as $300 million a year``: the value and where it ends."""
    link = _VALUE_AFTER.match(ctx.text, at, limit)
    if link is None:
        return None
    money = ctx.money_at.get(link.end())
    if money is None or money.end > limit:
        return None
    per_year = _PER_YEAR.match(ctx.text, money.end, limit)
    return money, per_year.end() if per_year is not None else money.end


class _Opening(NamedTuple):
    at: int  # where the goods begin
    word: str  # the word that opens them, "on" or "against"
    agent: str | None  # the party a detached clause names ("Reagan ordered on")
    date: DateMention | None  # a date told on the way ("imposed last week against")


def _opening(ctx: _Context, at: int, limit: int, *, detached: bool) -> _Opening | None:
    """Where the goods begin after ``at``, with what leads to them; None if they don't."""
    text = ctx.text
    agent: str | None = None
    lead = (_DETACHED if detached else _PARTICIPLE).match(text, at, limit)
    pos = lead.end() if lead is not None else at
    if detached:
        if lead is None:
            return None
        parties = ctx.parties_in(at, pos)
        agent = parties[0][2] if parties else None
    date = None
    if lead is not None:
        date = ctx.date_at.get(_next_start(text, pos, limit))
        if date is not None and date.end <= limit:  # "imposed last week against ..."
            pos = date.end
        else:
            date = None
    opening = _GOODS_WORD.match(text, pos, limit)
    if opening is None:
        return None
    return _Opening(opening.end(), opening.group(1).lower(), agent, date)


def _goods(ctx: _Context, at: int, limit: int) -> tuple[tuple[int, int] | None, Money | None, int]:
    """The goods phrase from ``at``: (goods span or None, value or None, end of the phrase)."""
    text = ctx.text
    value: Money | None = None
    pos = at
    # a value first: "$250 billion of ...", "another $300 billion of ...", "300 mln dlrs worth of ..."
    for word in _words(text, at, min(limit, at + 40), 3):
        money = ctx.money_at.get(word.start())
        if money is not None and money.end <= limit:
            value = money
            link = _VALUE_LINK.match(text, money.end, limit)
            pos = link.end() if link is not None else money.end
            if link is None:
                return None, value, money.end
            break
    # what only says how much or which: "a range of", "some", "550,000 tonnes of"
    quantity = _QUANTITY.match(text, pos, limit)
    if quantity is not None:
        pos = quantity.end()
    first = last = -1
    count = 0
    previous = ""
    resume: int | None = pos
    while resume is not None:
        words, resume = _words(text, resume, limit, _MAX_GOODS_WORDS + 1), None
        for word in words:
            token = word.group(0)
            bare = token if _ABBREVIATION.fullmatch(token) else token.rstrip(".")
            lower = bare.lower()
            if word.start() in ctx.date_at or count == _MAX_GOODS_WORDS:
                break
            such_as = lower == "as" and first >= 0 and text[first : first + 5].lower() == "such "
            if lower in _STOP_WORDS and not (first < 0 and lower in ("other", "some")) and not such_as:
                break
            if _ADVERB.fullmatch(bare) and lower not in _NOT_ADVERBS:
                break
            if lower in _STOP_UNLESS_AFTER_VALUE and (first >= 0 or value is None):
                break
            if first >= 0 and _new_clause(ctx, word, lower, previous):
                break
            if lower == "to" and first >= 0 and _verb_follows(ctx, word.end(), limit):
                break
            if lower in ("to", "from") and _rate_after(ctx.stripped).match(text, word.start() - 1, limit):
                break
            if lower == "worth" and ctx.money_at.get(_next_start(text, word.end(), limit)) is not None:
                nxt = ctx.money_at[_next_start(text, word.end(), limit)]
                if value is None:
                    value = nxt
                break
            if first < 0:
                first = word.start()
            last = word.start() + len(bare)
            previous = lower
            count += 1
            if len(bare) < len(token):  # a sentence-final period
                break
            if text[word.end() : word.end() + 1] == ",":
                listed = _LIST.match(text, word.end(), limit)
                items = listed.group(0).lower().replace(",", " ").split() if listed is not None else ()
                if listed is not None and not _STOP_WORDS.intersection(items):
                    resume = listed.end()  # "personal computers, television sets and hand tools"
                break
            if text[word.end() : word.end() + 1] in (";", ":", ")", "(", '"', "“", "”"):
                break
    if first < 0:
        return None, value, value.end if value is not None else at
    # trailing link words are not goods ("Chinese goods and")
    kept = [(m.start(), m.end()) for m in _words(text, first, last, 2 * _MAX_GOODS_WORDS, " \t,")]
    while kept and text[kept[-1][0] : kept[-1][1]].lower() in _TRAILING:
        kept.pop()
    if not kept:
        return None, value, value.end if value is not None else at
    return (first, kept[-1][1]), value, kept[-1][1]


def _words(text: str, start: int, end: int, most: int, gaps: str = " \t") -> Iterator[re.Match[str]]:
    """At most ``most`` words of ``text[start:end]`` separated by the characters of ``gaps`` (by
    default blanks only, so that a comma ends them)."""
    pos = start
    for _ in range(most):
        while pos < end and text[pos] in gaps:
            pos += 1
        word = _WORD.match(text, pos, end)
        if word is None:
            return
        yield word
        pos = word.end()


def _new_clause(ctx: _Context, word: re.Match[str], lower: str, previous: str) -> bool:
    """Whether ``word``, after some goods, starts something else: another prepositional phrase
    (``on grounds``), a verb (``recommended``) or a clause (``and allowed``, ``and a trade war``)."""
    if lower == "on":
        return True
    if lower in ("the", "a", "an") and previous not in _TRAILING:  # "softwood lumber the department said"
        return True
    if (
        lower.endswith(("ed", "ing"))
        and len(lower) > 4
        and word.group(0).islower()
        and previous not in _TRAILING
        and lower not in _ING_NOUNS
    ):
        return True  # "Japanese goods recommended", "electronic goods alleging"
    if lower == "and":
        nxt = _WORD.match(ctx.text, _next_start(ctx.text, word.end(), len(ctx.text)))
        return nxt is not None and (nxt.group(0).lower() in ("a", "an", "the") or nxt.group(0).endswith("ed"))
    return False


def _verb_follows(ctx: _Context, at: int, limit: int) -> bool:
    """Whether the word after ``to`` starts a verb ("to retaliate"), not a place ("to the U.S.")."""
    start = _next_start(ctx.text, at, limit)
    word = _WORD.match(ctx.text, start, limit)
    if word is None or start in ctx.party_at:
        return False
    token = word.group(0)
    return token.islower() and token not in ("the", "a", "an", "other", "third", "some", "all")


def _next_start(text: str, at: int, limit: int) -> int:
    while at < limit and text[at] in " \t":
        at += 1
    return at


def _imposer(ctx: _Context, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    text = ctx.text
    # just before: "U.S. tariffs", "China's retaliatory tariffs", "Canadian duties"
    lead = text[max(sent_start, start - 60) : start]
    for party in reversed(ctx.parties_in(max(sent_start, start - 60), start)):
        between = text[party[1] : start]
        if _JUST_BEFORE.fullmatch(between):
            return party[2]
        break
    demonym = re.search(r"\b([A-Za-z]+)\s+$", lead)
    if demonym is not None and demonym.group(1) in _demonyms() and not ctx.stripped:
        return _demonyms()[demonym.group(1)]
    # after: "imposed by Japan"
    agent = _AGENT.match(text, end, sent_end)
    if agent is not None:
        for party in ctx.parties_in(agent.end(), min(sent_end, agent.end() + 40)):
            if re.fullmatch(r"(?:the\s+)?", text[agent.end() : party[0]], re.IGNORECASE):
                return party[2]
            break
    # else the nearest party before, in the sentence, that is not the object of a preposition
    # ("the most likely move against Japan would involve duties on ...")
    # but "over America's decision to impose", "for Reagan to cancel": the party acts all the same
    for party_start, party_end, name in reversed(ctx.parties_in(sent_start, start)):
        after_preposition = _AFTER_PREPOSITION.search(text, max(sent_start, party_start - 12), party_start)
        if not after_preposition or _ACTOR_AFTER.match(text, party_end, start):
            return name
    return None


def _target(ctx: _Context, goods: tuple[int, int]) -> str | None:
    text = ctx.text
    start, end = goods
    for party_start, party_end, _ in ctx.parties_in(start, end):
        country = ctx.countries.get((party_start, party_end))
        if country is not None and not _DESTINATION.search(text, start, party_start):
            return country
    demonyms = _demonyms()
    for word in _words(text, start, end, _MAX_GOODS_WORDS):
        token = word.group(0)
        if token in demonyms and (token[0].isupper() or ctx.stripped):
            return demonyms[token]
        if ctx.stripped and token.lower() in demonyms:
            return demonyms[token.lower()]
    return None


def _effective(
    ctx: _Context, start: int, end: int, sent: tuple[int, int], told: DateMention | None
) -> DateMention | None:
    """The day the measure takes effect: an ``effective`` deadline of the sentence with no other
    head word between it and the measure (the first after it, else the last before it); else the
    date told with its goods (``imposed last week on``); else a date right after the measure or
    after a cue (``, effective April 17``); else a date before the verb that imposes it (``Earlier
    today, Reagan imposed 100 pct tariffs``)."""
    text = ctx.text
    sent_start, sent_end = sent
    effective, starts = ctx.effective, ctx.effective_starts
    # (a head word between the measure and one date stands between it and every date further on)
    for k in range(bisect.bisect_left(starts, end), len(effective)):  # from the measure on
        date = effective[k]
        if date.start >= sent_end:
            break
        if date.end <= sent_end:
            if _HEAD.search(text, end, date.start):
                break
            return date
    for k in range(bisect.bisect_right(starts, start) - 1, -1, -1):  # back from the measure
        date = effective[k]
        if date.start < sent_start:
            break
        if date.end <= start:
            if _HEAD.search(text, date.end, start):
                break
            return date
    if told is not None:
        return told
    # the dates near the measure: after it (within 40 characters) or ending at most 60 before it
    dates = ctx.days_in(max(sent_start, start - _DATE_BEFORE_REACH), min(sent_end, end + 41))
    for date in dates:
        if end <= date.start <= end + 40 and _EFFECT_GAP.fullmatch(text, end, date.start):
            return date
    for date in reversed(dates):
        if start - 60 <= date.end <= start and _IMPOSED_GAP.fullmatch(text, date.end, start):
            return date
    return None
