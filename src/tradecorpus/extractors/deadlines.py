"""Deadlines (SPEC §5): the dates an article presents as cut-offs, planned events or start dates.

A second-stage plugin: it reads the dates the first stage found (``doc.dates``) and the words of each
one's sentence around it.

- ``deadline``: a cut-off (``a March 1 deadline``, ``the 90-day clock``, ``a hard deadline of March
  1``, ``must be reached by Dec. 15``, ``expires on Friday``);
- ``effective``: the day a measure starts (``new tariffs set for Dec. 15``, ``levies that went into
  effect Sept. 1``, ``duties take effect on Monday``);
- ``scheduled``: a planned event (``will speak as soon as next week``, ``are scheduled to meet at the
  end of February``, ``talks every six months``).

``event`` is a short text from the sentence: the words that say what happens, at most ten, chosen as
``docs/dates.md`` ("The event") says.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from tradecorpus.extractors._caseless import caseless, gated, lowered
from tradecorpus.extractors._spans import Spans
from tradecorpus.hookspecs import hookimpl
from tradecorpus.model import DateMention, Deadline, Document

__all__ = ["extract_deadlines", "find_deadlines"]


@hookimpl
def extract_deadlines(doc: Document) -> list[Deadline]:
    """The built-in deadlines extractor (plugin name ``deadlines``): :func:`find_deadlines`."""
    return find_deadlines(doc)


#: A cut-off right after the date (``a March 1 deadline``, ``would be a “hard deadline``), the
#: cut-off word with its adjective as group ``cut``; or before it (``the deadline of March 1``).
_CUT_OFF_AFTER: Final = (
    r"[ \t-]*(?:(?:would|will|is|was|as)[ \t]+(?:be[ \t]+)?(?:a|the)[ \t]+)?[“\"']?"
    r"(?P<cut>(?:(?:hard|soft|firm|self-imposed)[ \t]+)?(?:deadline|cutoff|cut-off|clock|ultimatum|"
    r"target[ \t]+date|time[ \t]+limit|truce))\b"
)
_DEADLINE_AFTER: Final = caseless(_CUT_OFF_AFTER)
_DEADLINE_BEFORE: Final = gated(
    r"\b(?:deadline|cutoff|cut-off|ultimatum|expires?|expiring|expiry|no[ \t]+later[ \t]+than|"
    r"must[^.;!?]{0,60}\bby|(?:has|have|had|need|needs)[ \t]+to[^.;!?]{0,60}\bby|"
    r"before[ \t]+the[ \t]+deadline[^.;!?]{0,20}|"
    r"(?:lapses?|expires?|runs?[ \t]+out|(?<!\bat[ \t])(?<!\bthe[ \t])(?<!\bby[ \t])ends?)"
    r"[ \t]+(?:on|at|by)?)"
    r"[^.;!?]{0,24}$",
)
#: A measure that starts on the date (``set for``, ``take effect``, ``went into effect``).
_EFFECTIVE_BEFORE: Final = gated(
    r"\b(?:effective\b|tak(?:e|es|ing)[ \t]+effect|took[ \t]+effect|"
    r"(?:go|goes|going|went|gone|come|comes|came)[ \t]+into[ \t]+(?:effect|force)|kick(?:s|ed)?[ \t]+in|"
    # (the measure heads its phrase: not ``hearings on the sanctions are set for``)
    # (the look-ahead first: the look-behinds are tried only before one of the words)
    r"(?=tariff|lev|dut|sanction|quota|rule|ban)"
    r"(?<!\bon[ \t])(?<!\bon[ \t]the[ \t])(?<!\bof[ \t])(?<!\bof[ \t]the[ \t])(?<!\babout[ \t])"
    r"(?<!\bagainst[ \t])(?:tariffs?|levies|levy|duties|duty|sanctions|"
    r"quotas?|rules?|ban)(?:[ \t]+[^ \t.;!?]+){0,3}?[ \t]+(?:set|scheduled|due|slated)[ \t]+"
    r"(?:for|to[ \t]+(?:start|begin|take[ \t]+effect)))[^.;!?]{0,24}$",
)
#: A measure imposed, levied, cut or raised (``impose tariffs on $250 billion of goods on``, ``will
#: cut tariffs on 1,700 goods sometime in``), its clause running on to the date.
_MEASURE_BEFORE: Final = caseless(
    # (the look-ahead for the words' stems first: the alternatives are tried only after one)
    r"(?=impos|lev|cut|rais|lower|reduc|increas|tariff)(?:"
    r"\b(?:impos(?:e|es|ed|ing)|levied|levying|imposition)\b(?:[^;!?,]|,(?=[0-9])){0,80}$|"
    r"\b(?:cut|cuts|cutting|raise|raises|raised|raising|lower|lowers|lowered|reduce|reduces|reduced|"
    r"increase|increases|increased)[ \t]+(?:(?:its|their|the|import|some)[ \t]+)?(?:tariffs?|duties|duty|"
    r"levies|quotas?|import[ \t]+(?:taxes|duties))\b(?:[^;!?,]|,(?=[0-9])){0,60}$|"
    r"\btariff[ \t]+(?:cuts?|increases?|reductions?)\b(?:[^;!?,]|,(?=[0-9])){0,40}$)",
)
#: A date that ends a measure's span rather than starts it (``cut tariffs ... every two years up to
#: 1996``, ``until the end of 2020``).
_UNTIL_BEFORE: Final = gated(
    r"\b(?:until|till|up[ \t]+to|up[ \t]+until|through|thru)[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?$",
)
_EFFECTIVE_AFTER: Final = caseless(
    r"[^.;!?]{0,30}?\b(?:tak(?:e|es)[ \t]+effect|took[ \t]+effect|(?:go|goes|went)[ \t]+into[ \t]+effect|"
    r"kick(?:s|ed)?[ \t]+in)\b",
)
#: A planned event: a future verb (the cue) before the date, in its sentence.
_PLAN_CUE_PATTERN: Final = (
    r"\b(?:will|'ll|’ll|shall|(?:is|are|was|were)[ \t]+(?:scheduled|set|expected|due|slated|planning|"
    r"going)|plans?[ \t]+to|planned|scheduled|upcoming|to[ \t]+(?:meet|hold|resume|visit|sign|speak|talk|"
    r"travel|announce|vote|decide|begin|start)|(?:postponed|delayed|rescheduled|moved|pushed[ \t]+back|"
    r"put[ \t]+off)[^.;!?]{0,30}\b(?:to|until))\b"
)
_PLAN_CUE: Final = gated(_PLAN_CUE_PATTERN)
_SCHEDULED_BEFORE: Final = gated(_PLAN_CUE_PATTERN + r"[^.;!?]{0,60}$")


def find_deadlines(doc: Document) -> list[Deadline]:
    """The dates of ``doc.dates`` that are deadlines, scheduled events or effective dates.

    >>> from tradecorpus import extract
    >>> doc = extract("New tariffs set for Dec. 15 would hit phones. Talks will resume next week.",
    ...               published="2019-11-13")
    >>> [(d.date.text, d.kind, d.event) for d in doc.deadlines]
    [('Dec. 15', 'effective', 'New tariffs'), ('next week', 'scheduled', 'Talks will resume')]
    """
    text = doc.text
    low = lowered(text)  # (what the cue patterns read)
    out: list[Deadline] = []
    dates = Spans((d.start, d.end) for d in doc.dates)
    for date in doc.dates:
        if date.value in {"PRESENT_REF", "PAST_REF"} or date.type == "TIME" or _dateline(text, date):
            continue
        lo, hi = _bounds(doc, date.start)
        lo, hi = max(lo, date.start - _REACH), min(hi, date.end + _REACH)  # (linear in a long sentence)
        # (what the cue patterns read: each must end within a hundred characters or so of the date)
        before = low[max(lo, date.start - _BEFORE_REACH) : date.start]
        kind: str | None = None
        after = _DEADLINE_AFTER.match(low, date.end)
        if after or (date.type != "DURATION" and _DEADLINE_BEFORE.search(before)):
            kind = "deadline"
        elif (
            _EFFECTIVE_BEFORE.search(before)
            or _EFFECTIVE_AFTER.match(low, date.end)
            or (
                date.type == "DATE"
                and len(date.value) >= 4
                and _MEASURE_BEFORE.search(before)
                and not _UNTIL_BEFORE.search(before)
            )
        ):
            kind = "effective"
        elif (
            date.type in {"DATE", "SET"}
            and not _past(date)
            and not date.value.endswith("_REF")
            and not _behind(date, doc)
        ):
            coming = _ahead(date, doc) and not any(
                m.group().lower() not in _PLAN_WORDS for m in _PAST_WORD.finditer(before[-40:])
            )
            if _planned(before) or (coming and _ACTIVITY.search(low, *_clause(text, lo, hi, date))):
                kind = "scheduled"
        if kind is None:
            continue
        out.append(Deadline(date=date, kind=kind, event=_event(text, dates, lo, hi, date)))
    return out


#: Words of a planned event in the sentence (``a meeting between Xi and Trump at the end of February``).
_ACTIVITY: Final = caseless(
    r"\b(?:meet|meets|meeting|talks|negotiations?|visit|travel|head|heads|headed|conclave|summit|call|"
    r"discuss|round|conference|hearing|vote|trip|session|speak)\b",
)
#: (Not a passive after ``be``: ``the controls will be lifted in August``.)
_PAST_WORD: Final = re.compile(
    r"\b(?:said|told|was|were|had|did|ago|last|(?<!\bbe[ \t])(?<!\bbeen[ \t])[a-z]{3,}ed)\b"
)


#: A mark that ends a clause (``Speaking to reporters Wednesday, Mr. Trump said talks …``).
_CLAUSE_MARK: Final = re.compile(r"[,;:()“”\"—–]")


def _clause(text: str, lo: int, hi: int, date: DateMention) -> tuple[int, int]:
    """The bounds of the date's clause in its sentence ``lo:hi``: from the last mark before it to the
    first after it."""
    start = lo
    for start_mark in _CLAUSE_MARK.finditer(text, lo, date.start):
        start = start_mark.end()
    end_mark = _CLAUSE_MARK.search(text, date.end, hi)
    return start, end_mark.start() if end_mark is not None else hi


def _planned(before: str) -> bool:
    """Whether the last word of tense before the date is a future one (``will meet``), not a past one
    (``have to decide whether to resume talks … that collapsed in May``)."""
    if not _SCHEDULED_BEFORE.search(before):
        return False
    window = before[-80:]
    plan = list(_PLAN_CUE.finditer(window))
    past = [m.end() for m in _PAST_WORD.finditer(window) if m.group().lower() not in _PLAN_WORDS]
    if not plan or (past and plan[-1].end() < past[-1]):
        return False
    # (``nothing has been scheduled``, ``will not meet``: no plan)
    at = len(before) - len(window) + plan[-1].start()
    return _NEGATION.search(before, max(0, at - 20), at + len(plan[-1].group()) + 5) is None


_NEGATION: Final = caseless(r"\b(?:nothing|not|no|never|none)\b|n['’]t\b")


_PLAN_WORDS: Final = frozenset(
    {"scheduled", "planned", "expected", "headed", "postponed", "delayed", "rescheduled", "moved"}
)


#: A dateline before the date (``WASHINGTON, March 4 -``), from the start of its line.
_DATELINE_PLACE: Final = re.compile(r"[ \t]*[A-Za-z][A-Za-z .'’&-]{0,40}(?:,[ \t]*[A-Za-z .]{1,30})?,[ \t]*")
_DATELINE_DASH: Final = re.compile(r"[ \t]*(?:-|—|–|_|\()")


def _dateline(text: str, date: DateMention) -> bool:
    """Whether the date is a dateline's: the day the story was filed, no event."""
    line = text.rfind("\n", max(0, date.start - 80), date.start) + 1
    if line == 0 and date.start > 80:
        return False
    return bool(_DATELINE_PLACE.fullmatch(text, line, date.start) and _DATELINE_DASH.match(text, date.end))


def _behind(date: DateMention, doc: Document) -> bool:
    """Whether the date is plainly before publication (a day, a month or a year that has a value)."""
    placed = _against_published(date, doc)
    return placed is not None and placed[0] != "week" and placed[1] < 0


def _ahead(date: DateMention, doc: Document) -> bool:
    """Whether the date is on or after publication (a day, a week or a month that has a value)."""
    if doc.published is None:
        return date.text.lower().startswith(("next", "later"))
    placed = _against_published(date, doc)
    return placed is not None and placed[0] != "year" and placed[1] >= 0


#: The values compared with the publication date: a day, a week, a month, a year.
_UNITS: Final = (
    ("day", re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")),
    ("week", re.compile(r"[0-9]{4}-W[0-9]{2}")),
    ("month", re.compile(r"[0-9]{4}-[0-9]{2}")),
    ("year", re.compile(r"[0-9]{4}")),
)


def _against_published(date: DateMention, doc: Document) -> tuple[str, int] | None:
    """The date's unit, and whether its value is before (-1), in (0) or after (1) that unit of the
    publication date; None when it has no such value or there is no publication date."""
    if doc.published is None:
        return None
    for unit, shape in _UNITS:
        if shape.fullmatch(date.value):
            if unit == "week":
                year, week, _ = doc.published.isocalendar()
                published = f"{year:04d}-W{week:02d}"
            else:
                published = doc.published.isoformat()[: len(date.value)]
            return unit, (date.value > published) - (date.value < published)
    return None


#: How far from a date its sentence is read, at most.
_REACH: Final = 300
#: How far before a date the cue patterns look. The longest match any of them makes is about 130
#: characters (``have to … by`` with 60 characters between, then 24 more to the date), so a search
#: further back could never succeed; it would only cost time.
_BEFORE_REACH: Final = 240


def _bounds(doc: Document, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``: one of ``doc.sentences``, else the title, else the text's own
    sentence marks (a header line, a document built without a reader)."""
    sentences = doc.sentences
    i = bisect.bisect_right(sentences, pos, key=lambda s: s.start) - 1
    if i >= 0 and pos < sentences[i].end:
        return sentences[i].start, sentences[i].end
    title = doc.title_span
    if title is not None and title.start <= pos < title.end:
        return title.start, title.end
    return _sentence_start(doc.text, pos), _sentence_end(doc.text, pos)


def _sentence_end(text: str, pos: int) -> int:
    m = re.search(r"[.;!?](?:[ \t\n]|$)|\n", text[pos : pos + _REACH])
    return pos + (m.start() if m is not None else min(_REACH, len(text) - pos))


def _past(date: DateMention) -> bool:
    """Whether a date is plainly in the past (``last week``, ``two years ago``): no plan."""
    words = date.text.lower().split()
    return bool(words) and (
        words[0] in {"last", "past", "previous", "earlier"} or words[-1] in {"ago", "earlier"}
    )


_SENTENCE_START: Final = re.compile(r"(?s:.*)[.;!?][ \t\n]+")


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - _REACH)
    m = _SENTENCE_START.match(text, lo, pos)
    return m.end() if m is not None else lo


def _event(text: str, dates: Spans, lo: int, hi: int, date: DateMention) -> str | None:
    """What happens at the date, as words of its sentence (``docs/dates.md``, "The event").

    In this order: the noun the date stands before (``a March 1 deadline to reach a deal``: ``deadline
    to reach a deal``; ``next week's call``: ``call``); a purpose right after it (``on July 22 to discuss
    sales``: ``discuss sales``); the words of its clause before it (``Talks will resume``), or for a
    relative clause the words it is said of (``levies that went into effect``: ``levies``); the words of
    its clause after it.
    """
    hi = dates.next_start(date.end, hi)  # (up to the next date)
    words = _noun_after(text, date.end, hi) or _purpose_after(text, date.end, hi)
    if words is None:
        words = _clause_before(text, dates, lo, date.start)
    if not words:
        words = _trim(list(_WORD.finditer(text, _skip_marks(text, date.end, hi), hi)), after=True)
    if not words:
        return None
    last = words[-1].group()
    if last.endswith(".") and last[:-1].isalpha() and last[:-1].islower():  # (a sentence's full stop)
        return " ".join([m.group() for m in words[:-1]] + [last[:-1]])
    return " ".join(m.group() for m in words)


_Words = list["re.Match[str]"]
#: A word, with the marks that can close one (``Inc.``, ``U.S.``, ``15%``, ``Trump’s``).
_WORD: Final = re.compile(r"[\w$%'’.-]*\w(?:[\w$%'’.-]|,(?=[0-9]))*|[“”\"(),;:—–]|(?<!\S)-+(?!\S)")
_MARKS: Final = frozenset('“”"(),;:—–')


def _mark(m: re.Match[str]) -> bool:
    return m.group() in _MARKS or m.group()[0] == "-"


#: The words that open a clause (a clause also opens at a punctuation mark).
_CLAUSE_WORDS: Final = frozenset(
    {"that", "which", "who", "whom", "whose", "while", "when", "where", "because", "if", "whether",
     "although", "though", "unless", "since", "after", "before", "once", "said", "says", "say", "told"}
)  # fmt: skip
_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "these", "those", "their", "its", "his", "her", "our", "my", "your"}
)
#: Words that neither open nor close an event: prepositions, conjunctions, the cue words of a date.
_LINKS: Final = frozenset(
    {"on", "by", "at", "in", "for", "of", "to", "from", "until", "till", "before", "after", "ahead",
     "around", "about", "within", "through", "during", "since", "with", "as", "soon", "early", "late",
     "set", "scheduled", "due", "slated", "starting", "beginning", "effective", "than", "no", "later",
     "sometime", "and", "but", "or", "so", "also", "then", "that", "between", "over", "under", "against",
     "among", "across", "toward", "towards", "via", "per", "amid", "despite", "without", "into"}
)  # fmt: skip
#: What does not close an event either: a link, or an auxiliary left by one (``The trip is set for``).
_CLOSERS: Final = _LINKS | {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "has",
    "have",
    "had",
}
#: The links that do not open an event either (``to set up a meeting``: ``set up a meeting``).
_OPENERS: Final = _LINKS - {
    "set", "scheduled", "due", "slated", "starting", "beginning", "effective", "soon", "early", "late",
    "later", "sometime", "than", "no",
}  # fmt: skip
#: The most words an event keeps.
_MOST: Final = 10


def _norm(m: re.Match[str]) -> str:
    return m.group().lower().rstrip(".")


def _possessive(words: _Words, i: int) -> bool:
    word = words[i].group()
    if word.endswith(("'s", "’s")):
        return True
    return word == "s" and i > 0 and words[i - 1].group().lower() != "u"  # (``trump s``, not ``u s``)


def _trim(words: _Words, *, after: bool = False) -> _Words:
    """``words`` less the links at both ends and a determiner or possessor at their start (``President
    Donald Trump's top negotiators``: ``top negotiators``), at most :data:`_MOST` of them: the first ones
    when ``after``, else the last ones, opened after their first ``to`` that leaves three words or
    more, else after their last determiner (``would drop plans to impose new tariffs on consumer
    goods``: ``impose new tariffs on consumer goods``)."""
    if after:
        cut = next(
            (i for i, m in enumerate(words) if _mark(m) or (i and _norm(m) in _CLAUSE_WORDS)),
            len(words),
        )
        words = words[:cut]
    while words and (
        _norm(words[-1]) in _CLOSERS or _norm(words[-1]) in _DETERMINERS or _norm(words[-1]) in _WHEN_WORDS
    ):
        words = words[:-1]
    words = _opened(words)
    own = [i for i in range(min(len(words), 4)) if _possessive(words, i)]
    if own:
        words = _opened(words[own[-1] + 1 :])
    if len(words) > _MOST and after:
        words = words[:_MOST]
        while words and (_norm(words[-1]) in _LINKS or _norm(words[-1]) in _DETERMINERS):
            words = words[:-1]
    elif len(words) > _MOST:
        words = words[-_MOST:]
        opens = [i for i, m in enumerate(words[:-3]) if _norm(m) == "to" and _norm(words[i + 1]).isalpha()]
        if not opens:
            opens = [i for i, m in enumerate(words[:-1]) if _norm(m) in _DETERMINERS or _possessive(words, i)]
            opens = opens[-1:]
        words = _opened(words[opens[0] + 1 :] if opens else words)
    return words


def _opened(words: _Words) -> _Words:
    """``words`` less the links and determiners at their start."""
    i = 0
    while i < len(words) and (_norm(words[i]) in _OPENERS or _norm(words[i]) in _DETERMINERS):
        i += 1
    return words[i:]


def _clause_before(text: str, dates: Spans, lo: int, pos: int) -> _Words:
    """The words of the date's clause before it, trimmed; for a clause that only says when (``levies
    that went into effect``, ``the congress, which was postponed from March to``, ``the new tariffs, to
    go into effect on``), the words of the clause before it."""
    words = list(_WORD.finditer(text, lo, pos))
    for _ in range(3):
        while words and (_mark(words[-1]) or _norm(words[-1]) in _LINKS or _norm(words[-1]) in _DETERMINERS):
            words = words[:-1]
        opens = [i for i, m in enumerate(words) if _mark(m) or _norm(m) in _CLAUSE_WORDS]
        at = opens[-1] if opens else -1
        clause = _trim(words[at + 1 :])
        if at < 0 or (clause and not _only_when(dates, clause)):
            return clause
        words = words[:at]
    return []


#: The words of a clause that only says when something happens (``went into effect``, ``is due``).
_WHEN_WORDS: Final = frozenset(
    {"will", "would", "is", "are", "was", "were", "be", "been", "has", "have", "had", "could", "can", "may",
     "might", "should", "must", "shall", "now", "go", "goes", "went", "gone", "going", "come", "comes",
     "came", "take", "takes", "took", "taken", "taking", "into", "effect", "force", "kick", "kicks",
     "kicked", "postponed", "delayed", "rescheduled", "moved", "pushed", "back", "put", "off", "expected",
     "planned", "begin", "begins", "began", "start", "starts", "started", "expire", "expires", "expired",
     "end", "ends", "ended", "run", "runs", "out", "held", "hold"}
)  # fmt: skip


def _only_when(dates: Spans, words: _Words) -> bool:
    """Whether ``words`` are a verb of time and its links alone, besides dates (``was postponed from
    March to``)."""
    return bool(words) and all(
        _norm(m) in _WHEN_WORDS or _norm(m) in _LINKS or dates.overlaps(m.start(), m.start() + 1)
        for m in words
    )


def _skip_marks(text: str, pos: int, hi: int) -> int:
    while pos < hi and (text[pos] in _MARKS or text[pos] in " \t\n"):
        pos += 1
    return pos


#: A cut-off word after the date (``a March 1 deadline``, ``would be a “hard deadline``), a planned
#: event's (``the June summit``), or a noun after a possessive date (``next week's call``, ``next week's
#: Venice summit``, ``1985's official development assistance``).
_NOUN_AFTER: Final = re.compile(
    r"(?:"
    + _CUT_OFF_AFTER
    + r"|[ \t]+(?P<event>(?:(?!(?:the|a|an|and|or|to|of|in|on|s)\b)[a-z-]+[ \t]+){0,2}?"
    r"(?:summit|meeting|talks|visit|trip|session|conference|vote|round|call|hearing|elections?|deadline))\b"
    r"|(?:'s|’s|[ \t]s)[ \t]+(?P<noun>(?:[A-Z][\w-]*[ \t]+)?[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}))"
)
#: A purpose after the date: ``to`` and a verb, or ``for`` and a planned event.
_PURPOSE: Final = re.compile(
    r",?[ \t]+(?:to[ \t]+(?!the\b|a\b|an\b|be\b)(?=[a-z])|"
    r"for[ \t]+(?=(?:(?:the|a|an|their|its|his|her)[ \t]+)?"
    r"(?:[a-z-]+[ \t]+){0,3}(?:talks|meeting|meetings|summit|conclave|visit|vote|call|round|session|"
    r"conference|hearing|negotiations)\b))"
)


_CUT_FOR: Final = re.compile(r"[ \t]+(?:for|on)[ \t]+(?=[\w])")


def _noun_after(text: str, end: int, hi: int) -> _Words | None:
    m = _NOUN_AFTER.match(text, end, hi)
    if m is None:
        return None
    if m.group("noun") is not None:
        words = []
        for word in _WORD.finditer(text, m.start("noun"), m.end("noun")):
            norm = _norm(word)
            if norm in _LINKS or norm in _DETERMINERS or norm.endswith("ly") or norm in _WHEN_WORDS:
                break
            words.append(word)
        return words if words and words[-1].group().islower() else None
    cut = "cut" if m.group("cut") is not None else "event"
    words = list(_WORD.finditer(text, m.start(cut), m.end(cut)))
    purpose = _purpose_after(text, m.end(), hi, cut=cut == "cut")
    if purpose:
        link = _WORD.search(text, m.end(), purpose[0].start())  # (``to`` or ``for``)
        words += ([link] if link is not None else []) + purpose
    return words[:_MOST]


def _purpose_after(text: str, end: int, hi: int, *, cut: bool = False) -> _Words | None:
    """The words of a purpose after ``end`` (``to discuss sales``); after a cut-off, also of what it
    is for (``a July 1 deadline for agreement``)."""
    m = (_CUT_FOR if cut else _PURPOSE).match(text, end, hi) or _PURPOSE.match(text, end, hi)
    if m is None:
        return None
    return _trim(list(_WORD.finditer(text, m.end(), hi)), after=True) or None
