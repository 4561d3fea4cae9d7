"""Dates (SPEC §5): temporal expressions with their TIMEX3 type and value, as in TempEval-3.

The scan looks for the words an expression may begin with (and digits), left to right, and tries
there, as one pattern, the expression families trade news uses that can begin with that word, in
their order (the first that matches wins):

- calendar dates and months: ``Oct. 11``, ``March 1st, 2019``, ``11 October``, ``June 2019``,
  ``2019-10-11``, ``10/11/2019`` (read by dateparser, cached), ``in March``;
- years and decades: ``2017``, ``2017's level``, ``fiscal 1990``, ``the 1990s`` (``199X``), ``the
  fiscal year``;
- days: ``Wednesday`` and ``Wednesday night`` (the day), ``today``, ``yesterday``, ``this
  morning``, holidays (``Thanksgiving Day``);
- relative periods: ``last week`` (``2019-W46``), ``next month``, ``this year``, ``earlier this
  year`` (the year, ``START``), ``the third quarter`` (``2019-Q3``), ``last fall``, ``two years
  ago``, ``a year earlier``, ``the weekend``;
- general references: ``now``, ``right now``, ``currently`` (``PRESENT_REF``), ``recently``
  (``PAST_REF``), ``anytime soon``, ``the future`` (``FUTURE_REF``);
- durations: ``two years`` (``P2Y``), ``90-day`` (``P90D``), ``the past six months``, ``the first
  nine months``, ``years`` (``PXY``);
- sets: ``every six months`` (``P6M``), ``annually`` (``P1Y``), ``daily``, ``weekly``;
- clock times: ``10 a.m.``, ``noon``.

``early``, ``late``, ``mid-`` and ``the end of`` before a date give its ``mod`` (``START``,
``END``, ``MID``). Relative expressions are resolved against the publication date; a weekday or a
day without a year takes the past or the future by the tense around it. With no publication date,
what cannot be known is written with ``X`` (``XXXX-07-21``). Lower-cased punctuation-stripped text
works too (``wednesday``, ``march 1``, ``later this month``), where words that are also ordinary
words (``may``, ``march``, ``second``) count only next to a day number or a preposition of time.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from typing import Final

from tradecorpus.extractors._caseless import caseless, first_words, lowered
from tradecorpus.extractors._phrases import trie_pattern
from tradecorpus.hookspecs import hookimpl
from tradecorpus.model import DateMention, Document

__all__ = ["extract_dates", "find_dates"]


@hookimpl
def extract_dates(doc: Document) -> list[DateMention]:
    """The built-in dates extractor (plugin name ``dates``): :func:`find_dates`."""
    return find_dates(doc)


# --------------------------------------------------------------------------- vocabulary

_MONTHS: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS: Final = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
_NUMBERS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90, "hundred": 100,
    "several": None, "few": None, "a few": None, "many": None, "some": None,
}  # fmt: skip
_TENS: Final = {
    "ten": 1, "twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8,
    "ninety": 9,
}  # fmt: skip
_ONES: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_DECADES: Final = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
}  # fmt: skip
_ORDINALS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
#: A unit and the TIMEX3 letter of a period of it (hours and minutes take ``T``).
_UNITS: Final = {
    "year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "MIN", "decade": "DE",
    "quarter": "Q", "century": "CE",
}  # fmt: skip
_SEASONS: Final = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_PARTS_OF_DAY: Final = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_SETS: Final = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
    "yearly": "P1Y", "biannually": "P6M", "semiannually": "P6M", "hourly": "PT1H",
}  # fmt: skip
_REFS: Final = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "the present": "PRESENT_REF", "recently": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF",
}  # fmt: skip
_MODS: Final = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID", "mid-": "MID",
    "the end of": "END", "end of": "END", "the beginning of": "START", "the start of": "START",
    "the middle of": "MID", "the first half of": "START", "the second half of": "END",
}  # fmt: skip


def _alt(words: Iterable[object]) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


_S: Final = r"[ \t]+"  # blanks inside an expression (never a line break)
_SHORT_MONTHS: Final = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
_FULL_MONTHS: Final = [w for w in _MONTHS if w not in _SHORT_MONTHS]
_MONTH: Final = rf"(?:{_alt(_FULL_MONTHS)}|(?:{_alt(_SHORT_MONTHS)})\.?)"
_DAY: Final = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR: Final = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_NUM: Final = rf"(?:{_alt(_NUMBERS)}|[0-9]{{1,3}}(?:\.[0-9])?)"
_UNIT: Final = rf"(?:{_alt(_UNITS)})s?"
_WEEKDAY: Final = rf"(?:{_alt(_WEEKDAYS)})"
_SEASON: Final = rf"(?:{_alt(_SEASONS)})"
_MOD: Final = (
    r"(?:(?:early|late|mid)(?:-|[ \t]+)|mid-|(?:the[ \t]+)?(?:end|beginning|start|middle)[ \t]+of[ \t]+)"
)
_REL: Final = r"(?:last|next|this|coming|past|previous|current|following|same)"
#: Words that make a number approximate (kept in the span, as TimeML does).
_APPROX: Final = (
    r"(?:(?:nearly|almost|about|around|roughly|approximately|some|more[ \t]+than|less[ \t]+than|"
    r"fewer[ \t]+than|up[ \t]+to|at[ \t]+least|at[ \t]+most)[ \t]+)?"
)

#: The expression families, tried at each position in this order (the first that matches wins).
_FAMILIES: Final = [
    # ``the first nine months``, ``the past two years``, ``the next 90 days``: durations
    (
        "span",
        rf"(?:the{_S})?(?:(?:past|last|next|first|coming|previous|final|latest|following){_S})({_NUM}){_S}({_UNIT})\b",
    ),
    # ``two years ago``, ``a year earlier``, ``three months later``
    ("ago", rf"{_APPROX}({_NUM}){_S}({_UNIT}){_S}(ago|earlier|later|from{_S}now|hence)\b"),
    # ``90-day``, ``two-year``: a duration as an adjective
    ("adj", rf"({_NUM})-({_alt(_UNITS)})(?![\w-])"),
    # ``every six months``, ``every other week``, ``each year``
    ("every", rf"(?:every|each){_S}(?:(other){_S})?(?:({_NUM}){_S})?({_UNIT})\b"),
    # ``Oct. 11, 2019``, ``March 1st``, ``(early) June 2019``
    ("md", rf"({_MOD})?({_MONTH}){_S}({_DAY})(?![\w])(?:,?{_S}({_YEAR})\b)?"),
    ("dm", rf"({_DAY}){_S}(?:of{_S})?({_MONTH})(?:,?{_S}({_YEAR}))?(?![\w])"),
    ("my", rf"({_MOD})?({_MONTH}),?{_S}({_YEAR})\b"),
    # ``June last year``, ``January this year``
    ("mrel", rf"({_MOD})?({_MONTH}){_S}(this|last|next){_S}year\b"),
    ("iso", r"([12][0-9]{3})-([01][0-9])-([0-3][0-9])\b"),
    ("numeric", r"(?<![\d/.])[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})(?![\d/])"),
    # ``earlier this year``, ``later this month``, ``early next year``, ``late last year``
    (
        "modrel",
        rf"(earlier|later|early|late|mid-?){_S}?(this|last|next){_S}(week|month|year|quarter|decade)\b",
    ),
    # ``the end of the year``, ``the end of this month``
    ("modthe", rf"({_MOD})(?:the|this|last|next){_S}(week|month|year|quarter|decade)\b"),
    # ``the next week or two``: some weeks
    ("ortwo", rf"(?:the{_S})?(?:next|past|last|coming){_S}(week|month|year|day)s?{_S}or{_S}(?:two|so)\b"),
    # ``that same day``, ``later that year``: the day or year of the date before
    (
        "that",
        rf"(?:(earlier|later){_S})?that{_S}(?:same{_S})?(day|week|month|year|morning|afternoon|evening|night)\b",
    ),
    # ``the first year``: the duration of the first of them
    ("firstunit", rf"the{_S}(?:first|final|opening){_S}(year|month|week|day|decade)\b"),
    # ``this past week``: the last one
    ("thispast", rf"this{_S}past{_S}(week|month|year|weekend)\b"),
    # ``right now``, ``anytime soon``, ``the near future``
    (
        "refs",
        rf"(right{_S}now|just{_S}now|anytime{_S}soon|any{_S}time{_S}soon|the{_S}near{_S}future|the{_S}near{_S}term|"
        r"soon)\b",
    ),
    # ``last week``, ``next month``, ``this year``, ``the coming weeks`` (plural: a reference)
    (
        "rel",
        rf"(?:the{_S})?({_REL}){_S}(week|weekend|month|year|quarter|decade|{_SEASON}|{_WEEKDAY}|{_MONTH})\b"
        r"(?![ \t]*[0-9])",  # (``this March 1st`` is the day: ``March 1st``)
    ),
    # ``the third quarter``, ``third-quarter``, ``the first half of 2019``
    (
        "quarter",
        rf"(?:(?:(?:the|this{_S}year's|last{_S}year's|next{_S}year's){_S})?(?:fiscal{_S})?(first|second|third|fourth|1st|2nd|3rd|4th){_S}|(first|second|third|fourth)-)(quarter|half)(?:{_S}of{_S}({_YEAR}|this{_S}year|last{_S}year|next{_S}year))?\b",
    ),
    ("thequarter", rf"the{_S}(?:(latest|current|recent|same){_S})?(quarter|period)\b"),
    # ``the 1988 second quarter``, ``the 1988 period``
    ("yearquarter", rf"the{_S}({_YEAR}){_S}(?:(first|second|third|fourth){_S})?(quarter|period|half)\b"),
    # ``year-earlier``, ``the year-ago quarter``
    ("yearago", rf"(?:the{_S})?(year|quarter|month)-(earlier|ago)(?:{_S}(quarter|period|month|level))?\b"),
    ("weekend", rf"(?:the{_S})?weekend\b"),
    # ``Wednesday``, ``Wednesday night``
    ("weekday", rf"({_WEEKDAY})(?:{_S}({_alt(_PARTS_OF_DAY)}))?\b"),
    ("day", rf"({_MOD})?(today|yesterday|tomorrow|tonight|this)(?:{_S}({_alt(_PARTS_OF_DAY)}))?\b"),
    ("thousand", rf"(?:the{_S}year{_S})?two{_S}thousand(?:{_S}(?:and{_S})?({_alt(_ONES)}))?\b"),
    # ``the fiscal year``, ``the full year``, ``year-end``
    (
        "fiscal",
        rf"(?:the{_S}(?:(fiscal|full|calendar|current){_S})?year|(year)-end)\b(?!{_S}(?:ago|earlier|later|before|after))",
    ),
    # ``the week`` (of publication)
    ("theweek", rf"the{_S}week\b(?!{_S}(?:ago|earlier|later|before|after))"),
    # ``Christmas``, ``Thanksgiving Day``, ``New Year's Day``
    (
        "holiday",
        rf"(Christmas(?:{_S}Day|{_S}Eve)?|Thanksgiving(?:{_S}Day)?|New{_S}Year['’]s(?:{_S}Day|{_S}Eve)?|Independence{_S}Day|Labor{_S}Day|Memorial{_S}Day)\b",
    ),
    # ``years``, ``recent months``, ``the coming weeks``: an unknown number of them
    (
        "plural",
        rf"(?:(?:the{_S})?(recent|coming|past|last|next|many|several){_S})?"
        rf"(years|months|weeks|days|decades|centuries|hours|minutes)\b",
    ),
    ("set", rf"({_alt(_SETS)})\b"),
    ("ref", rf"({_alt(_REFS)})\b"),
    # ``the 20th century``, ``this century``
    (
        "century",
        rf"(?:the{_S})?(?:([12]?[0-9])(?:st|nd|rd|th)|(this|last|next|the{_S}last|the{_S}next)){_S}century\b",
    ),
    # ``4 in the morning``
    ("inthe", rf"([0-9]{{1,2}}){_S}in{_S}the{_S}(morning|afternoon|evening)\b"),
    # ``10 a.m.``, ``3:30 p.m.``, ``noon``
    ("clock", r"([0-9]{1,2})(?::([0-5][0-9]))?[ \t]*([ap])\.?m\b\.?|(noon|midnight|midday)\b"),
    # ``nineteen ninety-six``, ``two thousand``, ``the nineties``: years and decades said aloud
    (
        "spoken",
        rf"(?:(?:the{_S})?({_SEASON}){_S}of{_S})?(nineteen|twenty){_S}({_alt(_TENS)})"
        rf"(?:[- ]({_alt(_ONES)}))?\b",
    ),
    ("nineties", rf"the{_S}({_alt(_DECADES)})\b"),
    # ``the 1990s``, ``the '90s``
    ("decade", rf"(?:the{_S})?({_MOD})?(1[89][0-9]|20[0-9])0s\b"),
    # ``fiscal 1990``, ``mid-2019``, ``2017's level``, ``in 2019``
    ("year", rf"({_MOD})?(?:(fiscal){_S})?({_YEAR})(?=(?:'s|’s)?(?![\w%]|[.,][0-9]|-[0-9]))"),
    # ``(in) March``, ``(early) June``
    ("month", rf"({_MOD})?({_alt(_FULL_MONTHS)})\b"),
    # ``every Thursday``, ``each July``
    ("everyday", rf"(?:every|each){_S}({_WEEKDAY}|{_alt(_FULL_MONTHS)})\b"),
    # ``two years``, ``several months``, ``a week``: bare durations
    ("dur", rf"(?:the{_S})?{_APPROX}({_NUM}){_S}({_UNIT})\b"),
    # ``last fall``, ``this summer`` handled by ``rel``; ``spring`` alone is no date
]
#: Each family's own pattern, to read the parts of what the scan matched.
_FAMILY: Final = {name: re.compile(body, re.IGNORECASE) for name, body in _FAMILIES}
#: The words each family's expressions can begin with (``#``: a digit; None: any).
_OPENING: Final = [(name, first_words(caseless(body).pattern)) for name, body in _FAMILIES]


@functools.cache  # (the scan meets a few hundred distinct words at most)
def _families(word: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The scan's pattern for an expression that begins with ``word`` (``#`` for a digit): the
    families that can begin with it, in their order, as one alternation of named groups, for
    lower-cased text; and their names."""
    names = tuple(name for name, words in _OPENING if words is None or word in words)
    return (_alternation(names) if names else None), names


@functools.cache
def _alternation(names: tuple[str, ...]) -> re.Pattern[str]:
    return caseless(r"(?<![\w'’-])(?:" + "|".join(f"(?P<{name}>{_BODY[name]})" for name in names) + ")")


_BODY: Final = dict(_FAMILIES)
#: The words an expression may open with, and digits: where the families are tried. (One pattern of
#: forty families tried at every position reads half a megabyte a second; a search for the first
#: words, and a try at each of the families that can begin with the word found, is many times
#: faster.)
_FIRST_WORDS: Final = [
    *_MONTHS,
    *_WEEKDAYS,
    *_NUMBERS,
    *_ORDINALS,
    *_SETS,
    *_REFS,
    *_SEASONS,
    "the",
    "right",
    "just",
    "that",
    "hours",
    "minutes",
    "midday",
    "soon",
    "anytime",
    "any",
    "early",
    "late",
    "mid",
    "end",
    "beginning",
    "start",
    "middle",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "more",
    "less",
    "fewer",
    "up",
    "at",
    "past",
    "last",
    "next",
    "coming",
    "previous",
    "final",
    "latest",
    "following",
    "every",
    "each",
    "this",
    "current",
    "same",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "year",
    "quarter",
    "month",
    "weekend",
    "fiscal",
    "christmas",
    "thanksgiving",
    "new",
    "independence",
    "labor",
    "memorial",
    "noon",
    "midnight",
    "recent",
    "years",
    "months",
    "weeks",
    "days",
    "decades",
    "centuries",
]
#: Very common first words are tried only before a word that can follow them in an expression.
_GATED: Final = {
    "the": [
        *_NUMBERS, *_ORDINALS, *_SEASONS, *_DECADES, "last", "past", "next", "coming", "previous", "final",
        "latest", "following", "current", "same", "year", "week", "quarter", "period", "weekend", "end",
        "beginning", "start", "middle", "near", "fiscal", "full", "calendar", "future", "present", "recent",
        "opening", "early", "late", "mid", "first", "years", "months", "weeks", "days", "decades", "day",
        "month", "morning", "afternoon", "evening", "night", "holidays",
    ],
    "a": ["year", "month", "week", "day", "decade", "quarter", "few", "couple", "half", "minute", "century"],
    "an": ["hour", "additional"],
}  # fmt: skip
_STARTS: Final = caseless(
    r"[0-9]+|(?<![\w'’-])(?:"
    + trie_pattern(sorted({w.split()[0] for w in _FIRST_WORDS} - set(_GATED)), end=r"(?![\w])")
    + "|"
    + "|".join(
        word + r"(?=[ \t]+(?:" + trie_pattern(sorted(set(after)), end=r"(?![\w])") + r"|[0-9']))"
        for word, after in _GATED.items()
    )
    + ")"
)


# --------------------------------------------------------------------------- finder


#: A date's unit made into an adjective of length or age (``the week-long visit``).
_COMPOUND: Final = re.compile(r"-(?:long|old)\b", re.IGNORECASE)


def find_dates(doc: Document) -> list[DateMention]:
    """The temporal expressions in ``doc``, each with its TIMEX3 type, value and modifier.

    >>> text = "Talks resume next week, and a March 1 deadline looms."
    >>> doc = Document(text=text, published=dt.date(2019, 2, 6))
    >>> [(d.text, d.type, d.value) for d in find_dates(doc)]
    [('next week', 'DATE', '2019-W07'), ('March 1', 'DATE', '2019-03-01')]
    """
    text = doc.text
    out: list[DateMention] = []
    reached = 0
    header = doc.byline
    low = lowered(text)
    for candidate in _STARTS.finditer(low):
        at = candidate.start()
        if at < reached or (at and text[at - 1].isdigit()):
            continue
        word = candidate.group()
        pattern, names = _families("#" if word.isdigit() else word)
        m = pattern.match(low, at) if pattern is not None else None
        if m is None or m.lastgroup is None:
            continue
        reached = m.end()
        name = m.lastgroup  # (each family's group is the outermost: the last to close)
        parts = _FAMILY[name].fullmatch(text, m.start(), m.end())
        if parts is None:
            continue
        found = _read(name, parts, text, doc)
        if found is None:
            # the family that matched first refused (``this`` alone): try the ones after it
            for later in names[names.index(name) + 1 :]:
                again = _FAMILY[later].match(text, at)
                found = _read(later, again, text, doc) if again is not None else None
                if again is not None and found is not None:
                    name, m = later, again
                    reached = again.end()
                    break
            if found is None:
                continue
        kind, value, mod = found
        if value.startswith(_ANAPHOR):
            resolved = _anaphor(value[len(_ANAPHOR) :], out, m.start())
            if resolved is None:
                continue
            value = resolved
        if header is not None and m.end() <= header.start and "\n" not in text[m.start() : header.start]:
            continue  # the header's date line (`` date 2019-11-13 By Chao Deng``): the publication date
        if name in {"ago", "yearago", "rel"} and out and doc.published and re.fullmatch(r"[0-9]{4}", value):
            value = _like_before(out[-1], int(value) - doc.published.year, value, text, m.start())
        start, end = m.start(), m.end()
        while end > start and text[end - 1] in " \t":
            end -= 1
        if kind == "DATE" and _COMPOUND.match(text, end):
            continue  # ``the week-long visit``: how long, as an adjective, not which week
        out.append(DateMention.of(text, start, end, type=kind, value=value, mod=mod))
    return out


#: A value to be read from the date before (``that same day``).
_ANAPHOR: Final = "@"


def _anaphor(unit: str, out: list[DateMention], start: int) -> str | None:
    """The value of ``that day`` or ``that year``: the last date before it, cut to that unit (the
    day of ``Oct. 12``, the year of ``March 1990``), within a few sentences."""
    if not out or start - out[-1].end > 600:
        return None
    shaped = re.match(r"([0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?", out[-1].value)
    if shaped is None:
        return None
    year, month, day = shaped.groups()
    if unit in {"day", "morning", "afternoon", "evening", "night"}:
        return f"{year}-{month}-{day}" if day else None
    if unit == "month":
        return f"{year}-{month}" if month else None
    if unit == "week":
        if not day:
            return None
        iso = dt.date(int(year), int(month), int(day)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    return year


def _like_before(previous: DateMention, shift: int, value: str, text: str, start: int) -> str:
    """``a year earlier`` after a quarter or a month of the same sentence is that quarter or month a
    year before (``third-quarter profit rose from a year earlier``: the third quarter of the year
    before), not the whole year."""
    if _SENTENCE_END.search(text, previous.end, start):
        return value
    shaped = re.fullmatch(r"([0-9]{4})(-Q[1-4]|-[01][0-9])", previous.value)
    if shaped is None:
        return value
    return f"{int(shaped.group(1)) + shift:04d}{shaped.group(2)}"


# --------------------------------------------------------------------------- reading a match

_Found = tuple[str, str, "str | None"]

#: A lower-case word that makes ``may``, ``march`` or ``second`` a date in stripped text.
_TIME_PREPOSITION: Final = re.compile(
    r"(?:\b(?:in|on|since|until|till|by|from|through|during|before|after|of|last|next|this|early|"
    r"late|mid|end|between)[ \t]+|-)$",
    re.IGNORECASE,
)
#: Words after a bare four-digit number that make it a count, not a year.
_NOT_YEAR_AFTER: Final = re.compile(
    r"[ \t]*(?:%|percent|pct|per[ \t]+cent|dlrs|dollars|yen|marks|francs|pounds|tonnes|tons|barrels|"
    r"bushels|shares|people|workers|jobs|units|cars|vehicles|miles|kilometers|km|feet|meters|metres|"
    r"points|employees|acres|hectares|troops|members|rooms|homes|companies|firms|stores)\b",
    re.IGNORECASE,
)


def _read(name: str, m: re.Match[str], text: str, doc: Document) -> _Found | None:
    anchor = doc.published
    g = [x.lower() if x else "" for x in m.groups()]
    stripped = doc.stripped
    if name == "span":
        n, unit = _number(g[0]), _unit(g[1])
        return ("DURATION", _period(n, unit), None) if unit else None
    if name == "ago":
        return _ago(_number(g[0]), _unit(g[1]), g[2], anchor)
    if name == "adj":
        n, unit = _number(g[0]), _unit(g[1])
        return ("DURATION", _period(n, unit), None) if unit and n is not None else None
    if name == "every":
        n = _number(g[1]) if g[1] else 1
        if g[0] and n is not None:
            n *= 2
        unit = _unit(g[2])
        return ("SET", _period(n, unit), None) if unit else None
    if name == "md":
        if not _month_ok(m.group(2), text, m.start(2), stripped, with_day=True):
            return None
        return _calendar(
            _MONTHS[_key(g[1])], _day(g[2]), int(g[3]) if g[3] else None, _mod(g[0]), text, m, anchor
        )
    if name == "dm":
        return _calendar(_MONTHS[_key(g[1])], _day(g[0]), int(g[2]) if g[2] else None, None, text, m, anchor)
    if name == "my":
        if not _month_ok(m.group(2), text, m.start(2), stripped, with_day=True):
            return None
        return ("DATE", f"{int(g[2]):04d}-{_MONTHS[_key(g[1])]:02d}", _mod(g[0]))
    if name == "yearquarter":
        if g[1]:
            return _quarter(g[1], g[2] if g[2] != "period" else "quarter", g[0], anchor)
        return ("DATE", g[0], None)
    if name == "mrel":
        if not _month_ok(m.group(2), text, m.start(2), stripped, with_day=True):
            return None
        year = _year(anchor, {"this": 0, "last": -1, "next": 1}[g[2]])
        return ("DATE", f"{year}-{_MONTHS[_key(g[1])]:02d}", _mod(g[0]))
    if name == "iso":
        return ("DATE", f"{g[0]}-{g[1]}-{g[2]}", None)
    if name == "numeric":
        return _numeric(m.group(), anchor)
    if name == "modrel":
        mod = "START" if g[0] in {"earlier", "early"} else "END" if g[0] in {"later", "late"} else "MID"
        value = _relative(g[1], g[2], anchor)
        return ("DATE", value, mod) if value else None
    if name == "modthe":
        value = _relative(_the_rel(m.group()), g[1], anchor)
        return ("DATE", value, _mod(g[0])) if value else None
    if name == "ortwo":
        return ("DURATION", _period(None, _UNITS[g[0]]), None)
    if name == "that":
        return ("DATE", f"{_ANAPHOR}{g[1]}", _mod(g[0]) if g[0] else None)
    if name == "firstunit":
        return ("DURATION", _period(1, _UNITS[g[0]]), None)
    if name == "thispast":
        value = _relative("last", g[0], anchor)
        return ("DATE", value, None) if value else None
    if name == "refs":
        phrase = " ".join(g[0].split())
        if phrase == "soon" and _bare_soon(text, m.start(), m.end()):
            return None  # ``as soon as``, ``soon after``, ``was soon released``: no time of its own
        ref = "PRESENT_REF" if phrase.endswith("now") else "FUTURE_REF"
        return ("DATE", ref, None)
    stretch = (
        name == "rel" and g[0] in {"coming", "next", "past", "last"} and g[1] in {"week", "month", "year"}
    )
    if (
        stretch
        and m.group().lower().startswith("the")
        and _SPAN_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ):
        return ("DURATION", _period(1, _UNITS[g[1]]), None)  # ``over the coming month``
    if name == "rel":
        return _rel(g[0], m.group(2), m, text, anchor, stripped)
    if name == "quarter":
        owner = re.match(r"(this|last|next)[ \t]+year", m.group(), re.IGNORECASE)
        return _quarter(g[0] or g[1], g[2], g[3] or (owner.group().lower() if owner else ""), anchor)
    if name == "thequarter":
        if g[1] == "period" and not g[0]:
            return None
        return ("DATE", _quarter_value(anchor, -1), None)
    if name == "yearago":
        if g[0] == "year" and g[2] in {"quarter", "period"}:
            return ("DATE", _quarter_value(anchor, -5), None)  # the quarter a year before the last one
        if g[0] == "year":
            return ("DATE", _year(anchor, -1), None)
        value = _relative("last", g[0], anchor)
        return ("DATE", value, None) if value else None
    if name == "weekend":
        # the one just past (from Monday to Thursday), unless the sentence looks ahead
        ahead = _future(text, m.start()) or (anchor is not None and anchor.weekday() >= 4)
        return ("DATE", _week(anchor, 0 if ahead else -1, weekend=True), None)
    if name == "weekday":
        day = _weekday(_WEEKDAYS[g[0]], text, m.start(), anchor)
        return ("DATE", day, None)  # (``Wednesday night`` too: TimeBank gives the day)
    if name == "day":
        if g[1] == "this":
            if not g[2]:
                return None  # (``this`` alone is no day)
            day = "XXXX-XX-XX" if anchor is None else _iso(anchor)
            return ("DATE", f"{day}T{_PARTS_OF_DAY[g[2]]}", _mod(g[0]))
        kind, value, _ = _deictic(g[1], anchor)
        if g[2] and kind == "DATE" and value[:1].isdigit():
            value = f"{value}T{_PARTS_OF_DAY[g[2]]}"
        return (kind, value, _mod(g[0]))
    if name == "fiscal":
        if _YEAR_ENDED.match(text, m.end()):
            return ("DURATION", "P1Y", None)  # ``the year ended March 31``: a stretch of a year
        return ("DATE", _year(anchor, 0), "END" if g[1] else None)
    if name == "theweek":
        return ("DATE", _week(anchor, 0), None)
    if name == "holiday":
        return _holiday(" ".join(g[0].replace("’", "'").split()), anchor)
    if name == "set":
        if m.group()[:1].isupper() and re.search(
            r"[A-Z][\w.’'-]*[ \t]+$", text[max(0, m.start() - 30) : m.start()]
        ):
            return None  # ``China Daily``, ``Business Weekly``: a name
        if g[0] not in {"daily", "weekly", "monthly"} and _ADJECTIVE.match(text, m.end()):
            return (
                None  # ``a quarterly dividend``: what, not how often (``daily`` counts as TimeBank counts it)
            )
        return ("SET", _SETS[g[0]], None)
    if name == "ref":
        if g[0] == "current" and _noun_follows(text, m.end()):
            return None  # ``current account``: an adjective of something else
        return ("DATE", _REFS[g[0]], None)
    if name == "century":
        if g[0]:
            return ("DATE", f"{int(g[0]) - 1:02d}", None)
        shift = {"this": 0, "last": -1, "the last": -1, "next": 1, "the next": 1}[" ".join(g[1].split())]
        return ("DATE", "XX" if anchor is None else f"{anchor.year // 100 + shift:02d}", None)
    if name == "inthe":
        hour = int(g[0]) + (12 if g[1] in {"afternoon", "evening"} and int(g[0]) < 12 else 0)
        if not 0 < int(g[0]) <= 12:
            return None
        day = "XXXX-XX-XX" if anchor is None else _iso(anchor)
        return ("TIME", f"{day}T{hour:02d}:00", None)
    if name == "clock":
        return _clock(g, anchor)
    if name == "spoken":
        if g[1] == "twenty" and g[2] not in {"ten", "twenty"}:
            return None  # (``twenty thirty`` is no year said aloud in news: ``twenty ten`` is)
        century = 19 if g[1] == "nineteen" else 20
        year = f"{century}{_TENS[g[2]]}{_ONES.get(g[3], 0)}"
        return ("DATE", f"{year}-{_SEASONS[g[0]]}" if g[0] else year, None)
    if name == "thousand":
        return ("DATE", f"200{_ONES.get(g[0], 0)}", None)
    if name == "nineties":
        return ("DATE", f"19{_DECADES[g[0]]}X", None)
    if name == "decade":
        return ("DATE", f"{g[1]}X", _mod(g[0]))
    if name == "year":
        if _NOT_YEAR_AFTER.match(text, m.end()) or text[max(0, m.start() - 1) : m.start()] in {"$", "#"}:
            return None
        return ("DATE", g[2], _mod(g[0]))
    if name == "month":
        if not _month_ok(m.group(2), text, m.start(2), stripped, with_day=False):
            return None
        return ("DATE", _month_value(_MONTHS[g[1]], text, m.start(), anchor), _mod(g[0]))
    if name == "everyday":
        key = g[0]
        if key in _WEEKDAYS:
            return ("SET", f"XXXX-WXX-{_WEEKDAYS[key] + 1}", None)
        return ("SET", f"XXXX-{_MONTHS[key]:02d}", None)
    if name == "plural":
        if _HOURS_OF.search(text, max(0, m.start() - 20), m.start()):
            return None  # ``business hours``, ``trading days``: when something is open, no stretch of time
        # (``minutes`` is ``PXM`` as the TempEval-3 gold writes it; hours are ``PTXH``)
        return ("DURATION", _PLURALS[g[1]], None)
    if name == "dur":
        n, unit = _number(g[0]), _unit(g[1])
        if unit is None or (g[0] in {"some", "many"}):
            return None
        if g[0] in {"a", "an"} and _SET_AFTER.match(text, m.end()):
            return None
        if g[0] in {"a", "an"} and _RATE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return None  # ``$5 a year``, ``twice a month``: a rate
        return ("DURATION", _period(n, unit), None)
    return None


#: A word after ``quarterly`` or ``daily`` that makes it an adjective of that word.
_ADJECTIVE: Final = re.compile(
    r"[ \t]+(?!(?:and|or|in|at|for|on|by|from|to|since|until|with|the|a|an|as|basis|through|over|"
    r"during|is|are|was|were|will|would|than|but|that|it|they|he|she|we|this|these|those|its|their|"
    r"his|her|so|if|when|while|after|before|because|not|no|also|only|per|each|every|"
    r"has|have|had|can|could|should|may|might|must)\b)[a-z]{3,}\b"
)
_RATE_BEFORE: Final = re.compile(
    r"(?:[0-9%]|\b(?:twice|times|once|dlrs|dollars|percent|pct))[ \t]*$", re.IGNORECASE
)
#: A preposition that makes ``the coming month`` a stretch of time.
_SPAN_BEFORE: Final = re.compile(r"\b(?:over|for|during|within|throughout)[ \t]+$", re.IGNORECASE)
_YEAR_ENDED: Final = re.compile(r"[ \t]+(?:ended|ending|to)\b", re.IGNORECASE)
_HOURS_OF: Final = re.compile(
    r"\b(?:business|office|working|trading|opening|visiting|peak|rush|happy|school|man|banking)[ \t-]+$",
    re.IGNORECASE,
)
_PLURALS: Final = {
    "years": "PXY", "months": "PXM", "weeks": "PXW", "days": "PXD", "decades": "PXDE", "centuries": "PXCE",
    "hours": "PTXH", "minutes": "PXM",
}  # fmt: skip
_SOON_NOT: Final = re.compile(r"\bas[ \t]+soon|soon[ \t]+(?:as|after|afterwards|thereafter)\b", re.IGNORECASE)
_MODAL_BEFORE: Final = re.compile(
    r"\b(?:could|may|might|will|would|'ll|should|can|to|expects?|hopes?)\b[^.;!?]*$", re.IGNORECASE
)


def _bare_soon(text: str, start: int, end: int) -> bool:
    """Whether ``soon`` names no time: in ``as soon as`` or ``soon after``, or with no modal or
    ``to`` before it in its clause (``was soon released``)."""
    around = text[max(0, start - 4) : min(len(text), end + 12)]
    return bool(_SOON_NOT.search(around)) or not _MODAL_BEFORE.search(text, max(0, start - 40), start)


_SET_AFTER: Final = re.compile(r"[ \t]+(?:earlier|ago|later)\b", re.IGNORECASE)
_NOUN_AFTER: Final = re.compile(r"[ \t]+[a-z]{3,}", re.IGNORECASE)


def _noun_follows(text: str, end: int) -> bool:
    """Whether a word follows that ``current`` or ``future`` would qualify (``current account``)."""
    m = _NOUN_AFTER.match(text, end)
    return m is not None and m.group().strip().lower() not in {"and", "or", "is", "was", "are", "the"}


def _key(word: str) -> str:
    return word.rstrip(".").lower()


def _mod(prefix: str | None) -> str | None:
    if not prefix:
        return None
    words = " ".join(prefix.replace("-", " - ").split()).lower().replace(" - ", "-").rstrip("-").strip()
    for key, mod in _MODS.items():
        if words == key.rstrip("-") or words == key:
            return mod
    return "MID" if words.startswith("mid") else None


def _number(word: str) -> int | None:
    if not word:
        return None
    if word in _NUMBERS:
        return _NUMBERS[word]
    try:
        value = float(word)
    except ValueError:
        return None
    return int(value) if value == int(value) else None


def _unit(word: str) -> str | None:
    if not word:
        return None
    return _UNITS.get(word.lower().rstrip("s"))


def _period(n: int | None, unit: str) -> str:
    """``P2Y``, ``P6M``, ``PT3H``, ``PXY`` (an unknown number), a quarter as three months."""
    amount = "X" if n is None else str(n)
    if unit == "Q":
        return f"P{3 * n}M" if n is not None else "PXM"
    if unit == "DE":
        return f"P{10 * n}Y" if n is not None else "PXDE"
    if unit == "CE":
        return f"P{100 * n}Y" if n is not None else "PXCE"
    if unit == "H":
        return f"PT{amount}H"
    if unit == "MIN":
        return f"PT{amount}M"
    return f"P{amount}{unit}"


def _day(word: str) -> int:
    return int(re.sub(r"[^0-9]", "", word))


def _month_ok(word: str, text: str, start: int, stripped: bool, *, with_day: bool) -> bool:
    """Whether a month name is the month: not ``may`` the verb or ``March`` the verb, not the
    second half of a name (``Theresa May``)."""
    key = _key(word)
    lower = word[:1].islower()
    if lower and not stripped:
        return False  # in mixed-case text a month is capitalised
    if key in {"may", "march"} or (lower and not with_day):
        before = text[max(0, start - 14) : start]
        if with_day:
            return not (key == "may" and lower and not _TIME_PREPOSITION.search(before))
        return _TIME_PREPOSITION.search(before) is not None
    if not with_day:
        previous = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, start - 20) : start])
        if (
            previous is not None
            and previous.group(1)[:1].isupper()
            and previous.group(1).lower()
            not in {
                "in",
                "on",
                "since",
                "until",
                "by",
                "from",
                "to",
                "through",
                "during",
                "before",
                "after",
                "of",
                "last",
                "next",
                "this",
                "early",
                "late",
                "mid",
                "and",
                "or",
                "the",
                "between",
            }
        ):
            return False  # ``Theresa May``, ``Kim June``
    return True


def _future(text: str, pos: int) -> bool:
    """Whether the words before ``pos`` in its sentence put what follows in the future: the last
    word of tense there is one of the future's (``will meet Friday``, ``a March 1 deadline``), not
    of the past (``tariffs set for Dec. 15 will stay, officials said Tuesday``)."""
    lo = max(0, pos - 80)
    if not any(ch in text[lo:pos] for ch in ".,;!?"):
        lo = max(0, pos - 40)  # (no punctuation to bound the sentence: stripped text)
    end = _SENTENCE_END.search(text, lo, pos)
    while end is not None:
        lo = end.end()
        end = _SENTENCE_END.search(text, lo, pos)
    last_future = -1
    for m in _FUTURE_WORD.finditer(text, lo, pos):
        last_future = m.end()
    last_past = -1
    for m in _PAST_WORD.finditer(text, lo, pos):
        last_past = m.end()
    return last_future > last_past


#: A date before ``deadline`` is one still to come (``a March 1 deadline``).
_DEADLINE_AFTER: Final = re.compile(
    r"[ \t]+(?:(?:would|will|is|as)[ \t]+(?:be[ \t]+)?(?:a|the)[ \t]+)?(?:(?:hard|firm|self-imposed)[ \t]+)?"
    r"(?:deadline|target[ \t]+date|cutoff|cut-off)\b",
    re.IGNORECASE,
)
_SENTENCE_END: Final = re.compile(r"[.!?;][ \t\n]+(?=[A-Z\"“])")
#: Words that put a time after them in the future, and in the past.
_FUTURE_WORD: Final = re.compile(
    r"\b(?:will|'ll|’ll|shall|going[ \t]+to|plans?[ \t]+to|planned[ \t]+for|scheduled|expected[ \t]+to|"
    r"set[ \t]+(?:for|to)|deadline|next|upcoming|coming|effective|"
    r"to[ \t]+(?:meet|be|hold|start|begin|take|resume|visit|sign|vote|announce|decide)|"
    # a measure said to start (``new duties would take effect on Jan. 1``, ``tariffs take effect``)
    r"(?:would[ \t]+)?(?:take[ \t]+effect|go[ \t]+into[ \t]+(?:effect|force)|come[ \t]+into[ \t]+force|"
    r"kick[ \t]+in)|would[ \t]+(?:begin|start|resume|expire))\b",
    re.IGNORECASE,
)
_PAST_WORD: Final = re.compile(
    r"\b(?:said|says|told|was|were|had|did|ago|last|earlier|reported|announced|[a-z]{3,}ed)\b", re.IGNORECASE
)


# --------------------------------------------------------------------------- values


def _iso(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def _year(anchor: dt.date | None, shift: int) -> str:
    return "XXXX" if anchor is None else f"{anchor.year + shift:04d}"


def _week(anchor: dt.date | None, shift: int, *, weekend: bool = False) -> str:
    if anchor is None:
        return "XXXX-WXX" + ("-WE" if weekend else "")
    year, week, _ = (anchor + dt.timedelta(weeks=shift)).isocalendar()
    return f"{year:04d}-W{week:02d}" + ("-WE" if weekend else "")


def _month_shift(anchor: dt.date, shift: int) -> tuple[int, int]:
    index = anchor.year * 12 + anchor.month - 1 + shift
    return index // 12, index % 12 + 1


def _quarter_value(anchor: dt.date | None, shift: int) -> str:
    if anchor is None:
        return "XXXX-QX"
    index = anchor.year * 4 + (anchor.month - 1) // 3 + shift
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def _relative(which: str, unit: str, anchor: dt.date | None) -> str | None:
    """``last``/``this``/``next`` with a unit: the week, month, year, quarter or decade."""
    shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "same": 0, "next": 1,
             "coming": 1, "following": 1}.get(which)  # fmt: skip
    if shift is None:
        return None
    if unit == "week":
        return _week(anchor, shift)
    if unit == "weekend":
        return _week(anchor, shift, weekend=True)
    if unit == "month":
        if anchor is None:
            return "XXXX-XX"
        year, month = _month_shift(anchor, shift)
        return f"{year:04d}-{month:02d}"
    if unit == "year":
        return _year(anchor, shift)
    if unit == "quarter":
        return _quarter_value(anchor, shift)
    if unit == "decade":
        return "XXX" if anchor is None else f"{(anchor.year // 10 + shift):03d}"
    return None


def _the_rel(phrase: str) -> str:
    words = phrase.lower().split()
    for w in ("this", "last", "next"):
        if w in words:
            return w
    return "this"


def _rel(
    which: str, what: str, m: re.Match[str], text: str, anchor: dt.date | None, stripped: bool
) -> _Found | None:
    what_key = _key(what)
    if what_key in _UNITS or what_key == "weekend":
        if which in {"past", "coming", "following", "previous"} and m.group().lower().rstrip().endswith("s"):
            return None
        value = _relative(which, what_key, anchor)
        return ("DATE", value, None) if value else None
    if what_key in _SEASONS:
        shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
        year = _year(anchor, shift)
        return ("DATE", f"{year}-{_SEASONS[what_key]}", None)
    if what_key in _WEEKDAYS:
        if anchor is None:
            return ("DATE", "XXXX-WXX-" + str(_WEEKDAYS[what_key] + 1), None)
        target = _WEEKDAYS[what_key]
        delta = (target - anchor.weekday()) % 7
        if which in {"last", "past", "previous"}:
            day = anchor - dt.timedelta(days=(anchor.weekday() - target) % 7 or 7)
        elif which in {"next", "coming", "following"}:
            day = anchor + dt.timedelta(days=delta or 7)
        else:
            day = anchor + dt.timedelta(days=delta)
        return ("DATE", _iso(day), None)
    if what_key in _MONTHS:
        if not what[:1].isupper() and not stripped:
            return None
        month = _MONTHS[what_key]
        if anchor is None:
            return ("DATE", f"XXXX-{month:02d}", None)
        shift = 0
        if which in {"last", "past", "previous"} and month >= anchor.month:
            shift = -1
        elif which in {"next", "coming", "following"} and month <= anchor.month:
            shift = 1
        return ("DATE", f"{anchor.year + shift:04d}-{month:02d}", None)
    return None


def _ago(n: int | None, unit: str | None, direction: str, anchor: dt.date | None) -> _Found | None:
    if unit is None:
        return None
    sign = 1 if direction in {"later", "after", "from now", "hence"} else -1
    if n is None or anchor is None:
        scale = {"Y": 4, "M": 7, "D": 10, "W": 8}.get(unit, 4)
        return (
            ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None)
            if n is None
            else ("DATE", "XXXX-XX-XX"[:scale], None)
        )
    if unit == "Y":
        return ("DATE", f"{anchor.year + sign * n:04d}", None)
    if unit == "M":
        year, month = _month_shift(anchor, sign * n)
        return ("DATE", f"{year:04d}-{month:02d}", None)
    if unit == "W":
        return ("DATE", _week(anchor, sign * n), None)
    if unit == "D":
        return ("DATE", _iso(anchor + dt.timedelta(days=sign * n)), None)
    if unit == "Q":
        return ("DATE", _quarter_value(anchor, sign * n), None)
    if unit == "DE":
        return ("DATE", f"{(anchor.year + sign * 10 * n) // 10:03d}", None)
    return ("DATE", _iso(anchor), None)


def _quarter(ordinal: str, unit: str, year: str, anchor: dt.date | None) -> _Found:
    n = _ORDINALS[ordinal]
    if not year:
        y = _year(anchor, 0)
    elif year[:1].isdigit():
        y = year
    else:
        y = _year(anchor, {"this": 0, "last": -1, "next": 1}[year.split()[0]])
    if unit == "half":
        return ("DATE", f"{y}-H{min(n, 2)}", None)
    return ("DATE", f"{y}-Q{min(n, 4)}", None)


def _calendar(
    month: int,
    day: int,
    year: int | None,
    mod: str | None,
    text: str,
    m: re.Match[str],
    anchor: dt.date | None,
) -> _Found | None:
    if not 1 <= day <= 31:
        return None
    if year is None:
        if anchor is None:
            return ("DATE", f"XXXX-{month:02d}-{day:02d}", mod)
        year = anchor.year
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return ("DATE", f"{year:04d}-{month:02d}-{day:02d}", mod)
        if _future(text, m.start()) or _DEADLINE_AFTER.match(text, m.end()):
            if candidate < anchor - dt.timedelta(days=31):
                year += 1
        elif candidate > anchor + dt.timedelta(days=62):
            year -= 1
    return ("DATE", f"{year:04d}-{month:02d}-{day:02d}", mod)


def _month_value(month: int, text: str, start: int, anchor: dt.date | None) -> str:
    if anchor is None:
        return f"XXXX-{month:02d}"
    year = anchor.year
    if _future(text, start):
        if month < anchor.month:
            year += 1
    elif month > anchor.month + 1:
        year -= 1
    return f"{year:04d}-{month:02d}"


def _weekday(target: int, text: str, start: int, anchor: dt.date | None) -> str:
    if anchor is None:
        return f"XXXX-WXX-{target + 1}"
    delta = (target - anchor.weekday()) % 7
    if delta == 0:
        return _iso(anchor)
    if _future(text, start):
        return _iso(anchor + dt.timedelta(days=delta))
    return _iso(anchor - dt.timedelta(days=7 - delta))


def _deictic(word: str, anchor: dt.date | None) -> _Found:
    if word == "tonight":
        return ("DATE", "XXXX-XX-XX" if anchor is None else _iso(anchor), None)
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
    if anchor is None:
        return ("DATE", "PRESENT_REF" if shift == 0 else "XXXX-XX-XX", None)
    return ("DATE", _iso(anchor + dt.timedelta(days=shift)), None)


def _clock(g: list[str], anchor: dt.date | None) -> _Found | None:
    day = "XXXX-XX-XX" if anchor is None else _iso(anchor)
    if g[3]:
        return ("TIME", f"{day}T{'24:00' if g[3] == 'midnight' else '12:00'}", None)
    if not g[0]:
        return None
    hour = int(g[0])
    if not 1 <= hour <= 12:
        return None
    if g[2] == "p" and hour != 12:
        hour += 12
    elif g[2] == "a" and hour == 12:
        hour = 0
    return ("TIME", f"{day}T{hour:02d}:{g[1] or '00'}", None)


#: Holidays by the start of their name: a fixed day (month, day), or the nth weekday of a month
#: (month, weekday, n; -1 for the last).
_HOLIDAYS: Final = (
    ("christmas eve", (12, 24)), ("christmas", (12, 25)), ("thanksgiving", (11, 3, 4)),
    ("new year's eve", (12, 31)), ("new year", (1, 1)), ("independence", (7, 4)), ("labor", (9, 0, 1)),
    ("memorial", (5, 0, -1)),
)  # fmt: skip


def _holiday(name: str, anchor: dt.date | None) -> _Found:
    """A holiday's date in the publication year (``Christmas``: ``2019-12-25``)."""
    rule = next(rule for prefix, rule in _HOLIDAYS if name.lower().startswith(prefix))
    if anchor is None:
        return ("DATE", "XXXX-XX-XX", None)
    year = anchor.year
    if len(rule) == 2:
        return ("DATE", _iso(dt.date(year, rule[0], rule[1])), None)
    month, weekday, n = rule
    if n > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    else:
        last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    return ("DATE", _iso(day), None)


@functools.lru_cache(maxsize=4096)
def _numeric_cached(span: str, anchor: dt.date | None) -> str | None:
    import dateparser  # (imported when a numeric date is first met: it is slow to load)

    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "MDY"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
    parsed = dateparser.parse(span, languages=["en"], settings=settings)
    return None if parsed is None else _iso(parsed.date())


def _numeric(span: str, anchor: dt.date | None) -> _Found | None:
    """``10/11/2019``: read by dateparser (month first, as U.S. copy writes it), remembered."""
    value = _numeric_cached(span, anchor)
    return None if value is None else ("DATE", value, None)
