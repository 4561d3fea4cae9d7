"""Case-insensitive scans run on a lower-cased copy of the text.

Python's ``re`` reads a pattern compiled with :data:`re.IGNORECASE` several times slower than the same
pattern without it: every character is folded before it is compared, and the scan can no longer
skip ahead to the characters a match may start with. The extractors' cue patterns are
case-insensitive and run over every document, so they are compiled instead for lower-case text
(:func:`caseless`) and run on :func:`lowered`, the document's text lower-cased once, with the same
length, so that every position, span and slice is the same in both.

>>> pattern = caseless(r"\\bgo(?:es)? into effect\\b")
>>> text = "The tariffs GO INTO EFFECT on Monday."
>>> m = pattern.search(lowered(text))
>>> text[m.start() : m.end()]
'GO INTO EFFECT'
"""

from __future__ import annotations

import re
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any, Final

__all__ = ["caseless", "first_chars", "first_words", "gated", "lower_keeping_length", "lowered"]

#: The repeats of the ``re`` module's parser (which reads what a pattern's matches can begin with).
_REPEATS: Final = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)

#: ASCII upper-case letters to lower-case ones, for text whose :meth:`str.lower` changes its length.
_ASCII_LOWER: Final = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
#: The last text lowered: the text, its :meth:`str.lower` when that keeps its length (else None), and
#: what :func:`lowered` gives for it. The extractors of one document share it.
_last: tuple[str, str | None, str] = ("", "", "")

#: An escape (kept as written: ``\S`` is not ``\s``), a named group's opening (``(?P<``, ``(?P=``) or
#: an upper-case letter (lower-cased).
_SOURCE_PART: Final = re.compile(r"\\.|\(\?P[<=]|[A-Z]", re.DOTALL)
_GROUP_NAME: Final = re.compile(r"\(\?P<(\w+)>")


def _remembered(text: str) -> tuple[str, str | None, str]:
    global _last
    last = _last  # (one read: another thread may replace it)
    if last[0] is text:
        return last
    low = text.lower()
    exact = low if len(low) == len(text) else None
    _last = last = (text, exact, exact if exact is not None else text.translate(_ASCII_LOWER))
    return last


def lower_keeping_length(text: str) -> str | None:
    """``text.lower()`` when it has the length of ``text`` (nearly always), else None: :meth:`str.lower`
    lengthens a few characters (``İ`` becomes two). For a caller with a fallback of its own."""
    return _remembered(text)[1]


def lowered(text: str) -> str:
    """``text`` lower-cased, with exactly its length: positions in one are positions in the other.

    A text that :meth:`str.lower` would lengthen (see :func:`lower_keeping_length`) has only its ASCII
    letters lowered, which is all the cue patterns read.
    """
    return _remembered(text)[2]


def caseless(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern``, written as for :data:`re.IGNORECASE`, compiled for text passed through
    :func:`lowered`: its upper-case letters are lower-cased (``[A-Z]`` becomes ``[a-z]``), its escapes
    kept (``\\S``, ``\\W``, ``\\B``). Group names must be lower-case."""
    if flags & re.IGNORECASE:
        raise ValueError("caseless() patterns run on lower-cased text: leave out re.IGNORECASE")
    names = [name for name in _GROUP_NAME.findall(pattern) if name != name.lower()]
    if names:
        raise ValueError(f"caseless() lower-cases the pattern: name its groups in lower case, not {names}")
    source = _SOURCE_PART.sub(lambda m: m.group() if len(m.group()) > 1 else m.group().lower(), pattern)
    return re.compile(source, flags)


def first_words(pattern: str) -> frozenset[str] | None:
    """The words a match of ``pattern`` (compiled without :data:`re.IGNORECASE`) can begin with, or
    None when that cannot be told from the pattern: the letters up to the first character that is not
    a letter, ``#`` for a match that begins with a digit, the character itself for one that begins
    with another mark. Lookarounds and ``\\b`` are passed over, so the set can only be too large.

    A scan that finds where expressions may start, and their first word, tries there only the
    alternatives that can begin with it, in place of every one.

    >>> sorted(first_words(r"(?:the[ \\t]+)?(?:last|next)[ \\t]+week"))
    ['last', 'next', 'the']
    >>> sorted(first_words(r"[0-9]{1,2}/[0-9]{1,2}|mid-?[0-9]{4}"))
    ['#', 'mid']
    >>> print(first_words(r"[a-z]+ ago"))
    None
    """
    try:
        return frozenset(_first_words(list(_parser.parse(pattern))))
    except _Unbounded:
        return None


class _Unbounded(Exception):
    """The words cannot be listed: a class of many letters, a repeated letter, a back-reference."""


#: More words than this are not listed (a pattern that long gains nothing from the dispatch).
_MOST_WORDS: Final = 500


def _class_chars(items: list[Any]) -> list[str]:
    """The characters of a parsed character class (``[0-9a]``): its literals and small ranges."""
    chars: list[str] = []
    for kind, value in items:
        if kind is _constants.LITERAL:
            chars.append(chr(value))
        elif kind is _constants.RANGE and value[1] - value[0] < 128:
            chars.extend(chr(code) for code in range(value[0], value[1] + 1))
        else:
            raise _Unbounded  # (a negated class, a category such as \w, a large range)
    return chars


def _first_words(items: list[Any]) -> set[str]:
    c = _constants
    word_ends = (c.AT_BOUNDARY, c.AT_END, c.AT_END_LINE, c.AT_END_STRING)
    out: set[str] = set()

    def end(prefix: str, char: str) -> None:
        out.add(prefix or ("#" if char.isdigit() else char))

    stack: list[tuple[list[Any], str]] = [(items, "")]
    while stack:
        items, prefix = stack.pop()
        if len(out) > _MOST_WORDS:
            raise _Unbounded
        i = 0
        while True:
            if i == len(items):
                if prefix:
                    raise _Unbounded  # (the match may end inside a longer word: ``mid`` in ``middle``)
                out.add(prefix)
                break
            op, av = items[i]
            rest = items[i + 1 :]
            if op is c.LITERAL:
                if chr(av).isalpha():
                    prefix += chr(av)
                    i += 1
                    continue
                end(prefix, chr(av))
            elif op is c.IN:
                chars = _class_chars(av)
                letters = [ch for ch in chars if ch.isalpha()]
                if len(letters) > 5:
                    raise _Unbounded
                stack.extend(([(c.LITERAL, ord(ch)), *rest], prefix) for ch in letters)
                for ch in chars:
                    if not ch.isalpha():
                        end(prefix, ch)
            elif op is c.BRANCH:
                stack.extend(([*alternative, *rest], prefix) for alternative in av[1])
            elif op is c.SUBPATTERN:
                stack.append(([*av[3], *rest], prefix))
            elif op in _REPEATS:
                least, most, sub = av
                if least == most == 1:
                    stack.append(([*sub, *rest], prefix))
                elif least == 0 and most == 1:
                    stack.append(([*sub, *rest], prefix))
                    stack.append((rest, prefix))
                else:
                    inner = _first_words(list(sub))
                    if any(word[:1].isalpha() for word in inner):
                        raise _Unbounded  # (``[a-z]+``: any word)
                    if prefix:
                        out.add(prefix)
                    else:
                        out.update(inner)
                    if least == 0:
                        stack.append((rest, prefix))
            elif op is c.AT and prefix and av in word_ends:
                out.add(prefix)  # (``\b`` after letters: the word ends)
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                i += 1
                continue
            else:
                raise _Unbounded
            break
    return out


def gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """:func:`caseless` ``pattern``, behind a look-ahead for the characters its matches can begin with
    (when they can be told, and are not every character): the engine then tries the whole pattern
    only where one of them stands, which makes a search for a pattern of many alternatives, each
    opening with ``\\b`` or a look-behind, several times faster. It finds exactly what the pattern
    finds.

    >>> gated(r"\\b(?:deadline|(?:has|have)[ \\t]+to)").pattern
    '(?=[dh])\\\\b(?:deadline|(?:has|have)[ \\\\t]+to)'
    """
    compiled = caseless(pattern, flags)
    chars = first_chars(compiled.pattern)
    if chars is None or len(chars) > _MOST_GATE_CHARS:
        return compiled
    gate = "".join(re.escape(ch) for ch in sorted(chars))
    return re.compile(f"(?=[{gate}])" + compiled.pattern, flags)


#: More first characters than this make no gate worth having.
_MOST_GATE_CHARS: Final = 40


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` (compiled without :data:`re.IGNORECASE`) can begin with,
    or None when any can (or an empty match is possible). Lookarounds and ``\\b`` are passed over.

    >>> sorted(first_chars(r"\\b(?:the[ \\t]+)?(?:last|next)|[0-2]"))
    ['0', '1', '2', 'l', 'n', 't']
    >>> print(first_chars(r"(?:the)?\\w+"))
    None
    """
    try:
        chars, empty = _first_chars(list(_parser.parse(pattern)))
    except _Unbounded:
        return None
    return None if empty else frozenset(chars)


def _first_chars(items: list[Any]) -> tuple[set[str], bool]:
    """The first characters of ``items`` and whether they can match the empty string."""
    c = _constants
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is c.IN:
            out.update(_class_chars(av))
            return out, False
        if op is c.BRANCH:
            empty = False
            for alternative in av[1]:
                chars, can_be_empty = _first_chars(list(alternative))
                out |= chars
                empty = empty or can_be_empty
            if not empty:
                return out, False
        elif op is c.SUBPATTERN:
            chars, empty = _first_chars(list(av[3]))
            out |= chars
            if not empty:
                return out, False
        elif op in _REPEATS:
            chars, empty = _first_chars(list(av[2]))
            out |= chars
            if av[0] > 0 and not empty:
                return out, False
        elif op not in (c.AT, c.ASSERT, c.ASSERT_NOT):
            raise _Unbounded
    return out, True
