"""Deadlines (SPEC §5): the dates an article presents as cut-offs, planned events or start dates.

A second-stage plugin: it reads the dates the first stage found (``doc.dates``) and the words of each
one's sentence around it.

- ``deadline``: a cut-off (``a March 1 deadline``, ``the 90-day clock``, ``a hard deadline of March
  1``, ``must be reached by Dec. 15``, ``expires on Friday``);
- ``effective``: the day a measure starts (``new tariffs set for Dec. 15``, ``levies that went into
  effect Sept. 1``, ``duties take effect on Monday``);
- ``scheduled``: a planned event (``will speak as soon as next week``, ``are scheduled to meet at the
  end of February``, ``talks every six months``).

``event`` is a short text from the sentence: the words that say what happens, at most eight.
"""

from __future__ import annotations

import re
from typing import Final

from tradecorpus.hookspecs import hookimpl
from tradecorpus.model import DateMention, Deadline, Document

__all__ = ["extract_deadlines", "find_deadlines"]


@hookimpl
def extract_deadlines(doc: Document) -> list[Deadline]:
    """The built-in deadlines extractor (plugin name ``deadlines``): :func:`find_deadlines`."""
    return find_deadlines(doc)


#: A cut-off right after the date (``a March 1 deadline``) or before it (``the deadline of March 1``).
_DEADLINE_AFTER: Final = re.compile(
    r"[ \t-]*(?:(?:would|will|is|was|as)[ \t]+(?:be[ \t]+)?(?:a|the)[ \t]+)?[“\"']?"
    r"(?:hard[ \t]+|soft[ \t]+|firm[ \t]+|self-imposed[ \t]+)?(?:deadline|cutoff|cut-off|clock|ultimatum|"
    r"target[ \t]+date|time[ \t]+limit|truce)\b",
    re.IGNORECASE,
)
_DEADLINE_BEFORE: Final = re.compile(
    r"\b(?:deadline|cutoff|cut-off|ultimatum|expires?|expiring|expiry|no[ \t]+later[ \t]+than|"
    r"must[^.;!?]{0,60}\bby|(?:has|have|had|need|needs)[ \t]+to[^.;!?]{0,60}\bby|"
    r"before[ \t]+the[ \t]+deadline[^.;!?]{0,20}|"
    r"(?:lapses?|expires?|runs?[ \t]+out|ends?)[ \t]+(?:on|at|by)?)"
    r"[^.;!?]{0,24}$",
    re.IGNORECASE,
)
#: A measure that starts on the date (``set for``, ``take effect``, ``went into effect``).
_EFFECTIVE_BEFORE: Final = re.compile(
    r"\b(?:effective|tak(?:e|es|ing)[ \t]+effect|took[ \t]+effect|(?:go|goes|going|went|gone|come|comes|came)"
    r"[ \t]+into[ \t]+(?:effect|force)|kick(?:s|ed)?[ \t]+in|(?:tariffs?|levies|levy|duties|duty|sanctions|"
    r"quotas?|rules?|ban)[^.;!?]{0,40}\b(?:set|scheduled|due|slated)[ \t]+(?:for|to[ \t]+(?:start|begin|"
    r"take[ \t]+effect)))[^.;!?]{0,24}$",
    re.IGNORECASE,
)
_EFFECTIVE_AFTER: Final = re.compile(
    r"[^.;!?]{0,30}?\b(?:tak(?:e|es)[ \t]+effect|took[ \t]+effect|(?:go|goes|went)[ \t]+into[ \t]+effect|"
    r"kick(?:s|ed)?[ \t]+in)\b",
    re.IGNORECASE,
)
#: A planned event: a future verb (the cue) before the date, in its sentence.
_PLAN_CUE_PATTERN: Final = (
    r"\b(?:will|'ll|’ll|shall|(?:is|are|was|were)[ \t]+(?:scheduled|set|expected|due|slated|planning|"
    r"going)|plans?[ \t]+to|planned|scheduled|upcoming|to[ \t]+(?:meet|hold|resume|visit|sign|speak|talk|"
    r"travel|announce|vote|decide|begin|start)|(?:postponed|delayed|rescheduled|moved|pushed[ \t]+back|"
    r"put[ \t]+off)[^.;!?]{0,30}\b(?:to|until))\b"
)
_PLAN_CUE: Final = re.compile(_PLAN_CUE_PATTERN, re.IGNORECASE)
_SCHEDULED_BEFORE: Final = re.compile(_PLAN_CUE_PATTERN + r"[^.;!?]{0,60}$", re.IGNORECASE)
#: Where a clause starts, for the event's words.
_CLAUSE_START: Final = re.compile(r"(?s:.*)(?:[.;:!?,“”\"]|\b(?:that|and|but|while|when|which|who)\b)")
_SENTENCE_START: Final = re.compile(r"(?s:.*)[.;!?][ \t\n]+")
_WORD: Final = re.compile(r"[\w$%'’.-]+")
#: Words that end an event's text badly: prepositions and articles before the date.
_TRAILING: Final = frozenset(
    {"on", "by", "at", "in", "for", "of", "to", "from", "until", "before", "after", "the", "a", "an", "as",
     "soon", "than", "no", "later", "set", "scheduled", "due", "since", "around", "about", "within"}
)  # fmt: skip


def find_deadlines(doc: Document) -> list[Deadline]:
    """The dates of ``doc.dates`` that are deadlines, scheduled events or effective dates.

    >>> from tradecorpus import extract
    >>> doc = extract("New tariffs set for Dec. 15 would hit phones. Talks will resume next week.",
    ...               published="2019-11-13")
    >>> [(d.date.text, d.kind, d.event) for d in doc.deadlines]
    [('Dec. 15', 'effective', 'New tariffs'), ('next week', 'scheduled', 'Talks will resume')]
    """
    text = doc.text
    out: list[Deadline] = []
    for date in doc.dates:
        if date.value in {"PRESENT_REF", "PAST_REF"} or date.type == "TIME":
            continue
        lo = _sentence_start(text, date.start)
        before = text[lo : date.start]
        kind: str | None = None
        after = _DEADLINE_AFTER.match(text, date.end)
        if after or (date.type != "DURATION" and _DEADLINE_BEFORE.search(before)):
            kind = "deadline"
        elif _EFFECTIVE_BEFORE.search(before) or _EFFECTIVE_AFTER.match(text, date.end):
            kind = "effective"
        elif date.type in {"DATE", "SET"} and not _past(date) and not date.value.endswith("_REF"):
            coming = _ahead(date, doc) and not any(
                m.group().lower() not in _PLAN_WORDS for m in _PAST_WORD.finditer(before[-40:])
            )
            if _planned(before) or (coming and _ACTIVITY.search(text, lo, _sentence_end(text, date.end))):
                kind = "scheduled"
        if kind is None:
            continue
        out.append(Deadline(date=date, kind=kind, event=_event(text, lo, date)))
    return out


#: Words of a planned event in the sentence (``a meeting between Xi and Trump at the end of February``).
_ACTIVITY: Final = re.compile(
    r"\b(?:meet|meets|meeting|talks|negotiations?|visit|travel|head|heads|headed|conclave|summit|call|"
    r"discuss|round|conference|hearing|vote|trip|session|speak)\b",
    re.IGNORECASE,
)
_PAST_WORD: Final = re.compile(r"\b(?:said|told|was|were|had|did|ago|last|[a-z]{3,}ed)\b", re.IGNORECASE)


def _planned(before: str) -> bool:
    """Whether the last word of tense before the date is a future one (``will meet``), not a past one
    (``have to decide whether to resume talks … that collapsed in May``)."""
    if not _SCHEDULED_BEFORE.search(before):
        return False
    window = before[-80:]
    plan = [m.end() for m in _PLAN_CUE.finditer(window)]
    past = [m.end() for m in _PAST_WORD.finditer(window) if m.group().lower() not in _PLAN_WORDS]
    return bool(plan) and (not past or plan[-1] >= past[-1])


_PLAN_WORDS: Final = frozenset(
    {"scheduled", "planned", "expected", "headed", "postponed", "delayed", "rescheduled", "moved"}
)


def _ahead(date: DateMention, doc: Document) -> bool:
    """Whether the date is on or after publication (a day, a week or a month that has a value)."""
    if doc.published is None:
        return date.text.lower().startswith(("next", "later"))
    value = date.value
    published = doc.published
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return value >= published.isoformat()
    if re.fullmatch(r"[0-9]{4}-W[0-9]{2}", value):
        year, week, _ = published.isocalendar()
        return value >= f"{year:04d}-W{week:02d}"
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}", value):
        return value >= published.isoformat()[:7]
    return False


def _sentence_end(text: str, pos: int) -> int:
    m = re.search(r"[.;!?](?:[ \t\n]|$)|\n", text[pos : pos + 300])
    return pos + (m.start() if m is not None else min(300, len(text) - pos))


def _past(date: DateMention) -> bool:
    """Whether a date is plainly in the past (``last week``, ``two years ago``): no plan."""
    words = date.text.lower().split()
    return bool(words) and (
        words[0] in {"last", "past", "previous", "earlier"} or words[-1] in {"ago", "earlier"}
    )


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 300)
    m = _SENTENCE_START.match(text, lo, pos)
    return m.end() if m is not None else lo


def _event(text: str, lo: int, date: DateMention) -> str | None:
    """The words before the date in its clause (at most eight, without a preposition or article at
    their end): ``New tariffs`` of ``New tariffs set for Dec. 15``, ``Talks will resume`` of ``Talks
    will resume next week``."""
    clause = _CLAUSE_START.match(text, lo, date.start)
    start = clause.end() if clause is not None else lo
    words = [w.group() for w in _WORD.finditer(text, start, date.start)]
    while words and words[-1].lower().strip(".") in _TRAILING:
        words.pop()
    if words and words[0].lower() in {"a", "an", "the"}:
        words = words[1:]  # (``The 90-day clock``: no article to open the event)
    words = words[-8:]
    if not words:
        stop = re.search(r"[.;!?](?:[ \t\n]|$)", text[date.end : date.end + 80])
        end = date.end + (stop.start() if stop is not None else min(80, len(text) - date.end))
        after = [w.group() for w in _WORD.finditer(text, date.end, end)][:6]
        while after and after[-1].lower() in _TRAILING:
            after.pop()
        return " ".join(after) or None
    return " ".join(words)
