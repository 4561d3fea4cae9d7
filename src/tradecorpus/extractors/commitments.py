"""Commitments (SPEC §5): who promised, agreed to, demanded or threatened what, for how much.

A commitment is read from the sentence around each amount of money the first stage found:

- the **action** is the nearest action word before the amount (``buy``, ``tariffs``, ``invest``),
  or a noun just after it (``$50 billion in purchases``);
- the **status** is the nearest commitment word before the action (``agreed``, ``promise``,
  ``demanded``, ``threatened``); a modal or plan (``would``, ``plans to``) counts as ``planned``
  only when nothing stronger is said. Without a status the amount is a fact, not a commitment
  (``China bought $5 billion``, ``imports declined``);
- the **party** is the country or organisation named last before the action, as the subject of
  it (``prompted china to promise to buy`` -> China), never one after ``from``/``of``/``to``;
  the first stage's entities are used when there are any, else those :func:`find_entities` finds;
- the **period** is a duration said in the sentence (``over two years`` -> ``P2Y``,
  ``annually`` -> ``P1Y``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from tradecorpus.extractors._tokens import sentence_bounds
from tradecorpus.extractors.entities import find_entities
from tradecorpus.hookspecs import hookimpl
from tradecorpus.model import Commitment, Document, Money

__all__ = ["ACTIONS", "STATUSES", "extract_commitments", "find_commitments"]

_W = r"(?<![^\W\d_])"  # no letter before
_E = r"(?![^\W\d_])"  # no letter after

#: Action words, by the action they name.
ACTIONS: Final = {
    "purchase": r"buy|buys|buying|bought|purchas(?:e|es|ed|ing)|import(?:s|ed|ing)? more",
    "tariff": r"tariffs?|duties|duty|levies|levy",
    "invest": r"invest(?:s|ed|ing|ments?)?|contribut(?:e|es|ed|ing)",
    "lend": r"lend(?:s|ing)?|lent|loans?|credit lines?|credits",
    "spend": r"spend(?:s|ing)?|spent",
    "reduce": r"(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|trim(?:s|med)?|narrow(?:s|ed|ing)?"
    r"|lower(?:s|ed|ing)?)"
    r"(?: (?:its|their|the|a|it|them))? (?:trade )?(?:surplus|deficit|gap)(?:es|s)?(?: by)?",
    "sell": r"sell|sells|selling|sold",
    "pay": r"pay|pays|paying|paid|compensat(?:e|es|ed|ing|ion)|refund(?:s|ed|ing)?",
    "aid": r"aid|assistance|grants?",
    "subsidy": r"subsid(?:y|ies|ise|ize|ised|ized|ising|izing)",
}
#: Nouns just after an amount that name its action: ``$200 billion in purchases``.
_ACTION_AFTER: Final = {
    "purchase": r"(?:in|of|worth of) (?:additional |extra |new )?purchases",
    "invest": r"(?:in|of) (?:new |fresh |direct |foreign )?investments?",
    "lend": r"(?:in|of) (?:new |fresh )?(?:loans|credits?|lending)",
    "aid": r"(?:in|of) (?:aid|assistance)",
    "tariff": r"(?:in|of) (?:new |additional |retaliatory |punitive |extra )?(?:tariffs|duties)",
}
#: Nouns written straight after an amount: ``a 500 mln dlr loan``.
_NOUN_AFTER: Final = {
    "lend": r"(?:stand-by |standby |bridge )?(?:loans?|credits?|credit lines?)",
    "invest": r"investments?(?: plan| package| deal)?",
    "aid": r"aid(?: package)?",
    "purchase": r"purchases?(?: deal| agreement| package)?",
}
#: Commitment words, strongest first within the sentence; ``planned`` is the weak fallback.
STATUSES: Final = {
    "agreed": r"agree(?:s|d|ing)?|agreements?|accept(?:s|ed|ing)?|sign(?:s|ed|ing)|deal|accord|pact"
    r"|approv(?:e|es|ed|ing|al)",
    "promised": r"promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|commit(?:s|ted|ting|ments?)?"
    r"|undert(?:ake|akes|ook|aken)",
    "demanded": r"demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|press(?:es|ed|ing)|push(?:es|ed|ing)"
    r"|urg(?:e|es|ed|ing)"
    r"|want(?:s|ed)?|insist(?:s|ed|ing)?|seek(?:s|ing)?|sought|call(?:s|ed)? (?:on|for)",
    "claimed": r"claim(?:s|ed|ing)?|boast(?:s|ed|ing)?",
    "offered": r"offer(?:s|ed|ing)?",
    "threatened": r"threat(?:s|en|ens|ened|ening)?",
    "imposed": r"imposed|slapped|levied|took effect|went into effect|in effect|in place",
}
_WEAK: Final = (
    r"plan(?:s|ned|ning)?|consider(?:s|ed|ing)?|intend(?:s|ed)?|propos(?:e|es|ed|ing|al)|will|would"
    r"|shall|expect(?:s|ed)? to|set to|aim(?:s|ed)? to|impos(?:e|es|ing)|target"
)


def _alternation(table: dict[str, str]) -> re.Pattern[str]:
    parts = "|".join(f"(?P<{k}>{v})" for k, v in table.items())
    return re.compile(rf"{_W}(?:{parts}){_E}", re.IGNORECASE)


_ACTION: Final = _alternation(ACTIONS)
_AFTER: Final = re.compile(
    r"[ \t]{1,3}(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _ACTION_AFTER.items()) + rf"){_E}", re.IGNORECASE
)
_NOUN: Final = re.compile(
    r"[ \t-]{1,3}(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _NOUN_AFTER.items()) + rf"){_E}", re.IGNORECASE
)
#: A tariff word applies to an amount only through "on": ``tariffs on $200 billion of goods``.
_ON: Final = re.compile(r"\bon\b", re.IGNORECASE)
_STATUS: Final = _alternation(STATUSES)
_PLANNED: Final = re.compile(rf"{_W}(?:{_WEAK}){_E}", re.IGNORECASE)
_NOT: Final = re.compile(
    r"\b(?:not|never|no longer|n't|refused|refuses|rejected|rejects|denied|denies)\b", re.I
)

_NUMBERS: Final = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                   "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1, "twelve": 12, "fifteen": 15,
                   "twenty": 20}  # fmt: skip
_PERIOD: Final = re.compile(
    rf"{_W}(?:over|in|during|within|for|across)(?:[ \t]+(?:the|a))?(?:[ \t]+(?:next|coming|following|first))?"
    rf"[ \t]+(?P<n>\d{{1,2}}|{'|'.join(_NUMBERS)})[ \t-]+(?P<unit>years?|months?){_E}"
    rf"|{_W}(?P<yearly>annually|a year|per year|each year|every year|per annum|yearly|annual)"
    rf"(?![ \t]+(?:earlier|ago|before|after|later|from|on|-on-year|over)){_E}"
    rf"|{_W}(?P<monthly>monthly|a month|per month|each month|every month){_E}"
    rf"|{_W}(?P<n2>two|three|four|five|ten|\d{{1,2}})-year{_E}",
    re.IGNORECASE,
)
#: Words that make a country after them an object, not the subject: ``imports from the U.S.``.
_OBJECT_BEFORE: Final = re.compile(
    r"\b(?:from|of|to|with|on|against|into|in|for|by|toward|towards|than)\s+(?:the\s+)?$", re.IGNORECASE
)
#: How far before the amount an action word may be, and before the action a status word (characters).
_ACTION_REACH: Final = 120
_STATUS_REACH: Final = 200


class _Party(NamedTuple):
    start: int
    end: int
    name: str


#: Kinds of entity that can be a party: news media report commitments, they do not make them.
_PARTY_KINDS: Final = frozenset({"country", "government", "international", "company", "other"})


def _all_parties(doc: Document) -> list[_Party]:
    """Every mention of a possible party in ``doc``, in text order: the first stage's entities, or,
    when that stage found none (or the ``entities`` plugin is disabled), the built-in finder's."""
    entities = doc.entities or find_entities(doc)
    return sorted(
        _Party(span.start, span.end, e.name)
        for e in entities
        if e.kind in _PARTY_KINDS
        for span in e.mentions
    )


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text, lo, hi):  # noqa: B007 - the last match is the one wanted
        pass
    return found


def _period(text: str, lo: int, hi: int, money: Money) -> str | None:
    """The duration the sentence gives the amount: after it first, then before it."""
    for a, b in ((money.end, min(hi, money.end + 80)), (max(lo, money.start - 80), money.start)):
        m = _PERIOD.search(text, a, b)
        if m is None:
            continue
        if m.group("yearly"):
            return "P1Y"
        if m.group("monthly"):
            return "P1M"
        n = m.group("n") or m.group("n2")
        count = int(n) if n.isdigit() else _NUMBERS[n.lower()]
        unit = "M" if (m.group("unit") or "").lower().startswith("month") else "Y"
        return f"P{count}{unit}"
    return None


def find_commitments(doc: Document, money: Sequence[Money] | None = None) -> list[Commitment]:
    """The commitments in ``doc``, one per amount that is promised, agreed, demanded, ...

    ``money`` defaults to ``doc.money``.

    >>> from tradecorpus.extractors.money import find_money
    >>> text = "China has agreed to buy an additional $200 billion in U.S. goods over two years."
    >>> doc = Document(text=text, money=tuple(find_money(text)))
    >>> [(c.party, c.action, str(c.money.amount), c.period, c.status) for c in find_commitments(doc)]
    [('China', 'purchase', '200000000000', 'P2Y', 'agreed')]
    >>> text = "Imports declined by $5.9 billion."
    >>> doc = Document(text=text, money=tuple(find_money(text)))
    >>> find_commitments(doc)
    []
    """
    text = doc.text
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    amounts = sorted(doc.money if money is None else money, key=lambda m: m.start)
    out: list[Commitment] = []
    if not amounts:
        return out
    parties = _all_parties(doc)
    previous: Commitment | None = None
    for n, m in enumerate(amounts):
        lo, hi = sentence_bounds(sentences, starts, m.start, m.start, reach=300, length=len(text))
        if doc.stripped or hi - lo > _LONG_SENTENCE:
            lo, hi = max(lo, m.start - _STATUS_REACH - _ACTION_REACH), min(hi, m.end + _ACTION_REACH)
        # a clause ends at the amounts around this one
        after_previous = max(lo, amounts[n - 1].end) if n else lo
        before_next = min(hi, amounts[n + 1].start) if n + 1 < len(amounts) else hi
        found = _commitment(doc, parties, m, after_previous, before_next)
        if (
            found is None
            and previous is not None
            and _COORDINATED.fullmatch(text, previous.money.end, m.start)
        ):
            # "$40 billion of soybeans and $10 billion of pork": the same commitment continues
            found = Commitment(party=previous.party, action=previous.action, money=m,
                               period=_period(text, after_previous, before_next, m) or previous.period,
                               status=previous.status)  # fmt: skip
        if found is not None:
            out.append(found)
        previous = found
    return out


#: What may stand between two amounts of one commitment: ``$5 billion in soybeans and $3 billion``.
_COORDINATED: Final = re.compile(
    r",?[ \t]{1,3}(?:[\w.'’-]+[ \t]{1,3}){0,6}?,?(?:and|plus|as well as|or|including)[ \t]{1,3}", re.I
)
#: Sentences longer than this (characters) are judged on a window around the amount instead.
_LONG_SENTENCE: Final = 600


def _commitment(
    doc: Document, parties: Sequence[_Party], money: Money, lo: int, hi: int
) -> Commitment | None:
    text = doc.text
    action_at = _last(_ACTION, text, max(lo, money.start - _ACTION_REACH), money.start)
    if action_at is not None and action_at.lastgroup == "tariff":
        between = text[action_at.end() : money.start]
        if len(between) > 60 or not _ON.search(between):
            action_at = None
    if action_at is not None:
        action = action_at.lastgroup or ""
        cue_start = action_at.start()
    else:
        after = _AFTER.match(text, money.end, hi) or _NOUN.match(text, money.end, hi)
        if after is None:
            return None
        action = after.lastgroup or ""
        cue_start = money.start
    status_lo = max(lo, cue_start - _STATUS_REACH)
    strong = _last(_STATUS, text, status_lo, cue_start)
    if action == "tariff" and strong is None:
        # "tariffs imposed on $50 billion of goods", "... of Chinese goods took effect": the status
        # of a tariff may follow the tariff word
        strong = _STATUS.search(text, cue_start, money.start) or _STATUS.search(text, money.end, hi)
    if strong is not None:
        status = strong.lastgroup or ""
        status_at = strong.start()
    else:
        weak = _last(_PLANNED, text, status_lo, cue_start)
        if weak is None and action == "tariff":
            weak = _PLANNED.search(text, cue_start, money.start)
        if weak is None:
            return None
        status, status_at = "planned", weak.start()
    if _NOT.search(text, max(lo, status_at - 20), cue_start):
        return None
    return Commitment(
        party=_subject(doc, parties, lo, cue_start),
        action=action,
        money=money,
        period=_period(text, lo, hi, money),
        status=status,
    )


def _subject(doc: Document, parties: Sequence[_Party], lo: int, cue_start: int) -> str | None:
    """The party named last before the action, unless it is the object of a preposition there."""
    text = doc.text
    first = bisect.bisect_left(parties, (lo,))
    last = bisect.bisect_left(parties, (cue_start,))
    for party in reversed(parties[first:last]):
        if party.end > cue_start:
            continue
        before = text[max(lo, party.start - 16) : party.start]
        if _OBJECT_BEFORE.search(before) and not _AGENT.match(text, party.end, cue_start):
            continue
        return party.name
    return None


#: Words after a party that make it the actor though a preposition precedes it (``for China to buy``).
_AGENT: Final = re.compile(r"(?:'s|’s)?\s+(?:to|would|will|has|had|have|agreed|promised)\b", re.IGNORECASE)


@hookimpl
def extract_commitments(doc: Document) -> list[Commitment]:
    """The built-in commitments extractor (plugin name ``commitments``): :func:`find_commitments`."""
    return find_commitments(doc)
