"""Tokens and numbers: the shared lexical layer of the built-in extractors.

Text is cut into digit runs, letter runs and single other characters; every token keeps its
offsets into the original text, so a parse over tokens maps back to exact spans. Numbers are read
from tokens: digits with thousands separators and decimals (``1,250.5``, Indian ``12,34,567``),
number words (``two hundred and fifty``, ``a quarter of a trillion``) and scale words (``billion``,
``bn``, ``mln``). Every loop here is bounded by a constant number of tokens, so a scan over ``n``
tokens costs ``O(n)`` whatever the input.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final, NamedTuple

from tradecorpus._data.currencies import SCALE_WORDS
from tradecorpus.model import Span

__all__ = ["Num", "Tokens", "read_number", "sentence_bounds", "tidy"]

#: One token: a run of digits, a run of letters (any script), or one other visible character.
_TOKEN: Final = re.compile(r"[0-9]+|[^\W\d_]+|\S")

#: The widest gap between two tokens that still belong to one expression: a few blanks or one line
#: break, never a blank line.
_MAX_GAP: Final = 3

_UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
#: Scale words that may follow a number written in digits or words, with the space optional.
_WORD_SCALES: Final = {k: v for k, v in SCALE_WORDS.items() if len(k) > 2 or k in {"bn", "mn", "tn"}}
#: Scale letters (``$5m``, ``€10B``, ``$10K``): only written straight after the digits.
_LETTER_SCALES: Final = {k: v for k, v in SCALE_WORDS.items() if k not in _WORD_SCALES}
#: Scale words inside a number written in words (``five lakh``, ``two million``).
_LARGE: Final = {k: SCALE_WORDS[k] for k in ("thousand", "million", "billion", "trillion", "lakh", "lakhs",
                 "crore", "crores")}  # fmt: skip
#: Every word that can begin or continue a number written in words.
NUMBER_WORDS: Final = frozenset(_UNITS) | frozenset(_TENS) | {"hundred", "half", "quarter", "quarters"}
_FRACTIONS: Final = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25")}
#: The most digits an integer part may have (a quadrillion and more is no amount of money in news).
_MAX_INT_DIGITS: Final = 16
_MAX_FRACTION_DIGITS: Final = 12


def tidy(value: Decimal) -> Decimal:
    """``value`` without an exponent or trailing zeros: ``5E+10`` becomes ``50000000000``.

    >>> tidy(Decimal("7.6E+10")), tidy(Decimal("2.50")), tidy(Decimal("-0"))
    (Decimal('76000000000'), Decimal('2.5'), Decimal('0'))
    """
    if value == value.to_integral_value():
        return value.quantize(Decimal(1)) + 0
    return value.normalize()


class Num(NamedTuple):
    """A number read from tokens ``start`` to ``end`` (exclusive)."""

    value: Decimal
    start: int
    end: int
    #: The scale word or letter that is part of it (``billion``, ``bn``, ``m``), or 1.
    scale: Decimal
    #: Whether it is written (at least partly) in words.
    words: bool
    #: Whether it is a bare integer of one or two digits (``43`` after ``$20``), for sub-units.
    small: bool

    @property
    def scaled(self) -> bool:
        """Whether a scale word is part of the number."""
        return self.scale > 1


class Tokens:
    """The tokens of ``text[start:end]``, as parallel lists of offsets and strings."""

    __slots__ = ("ends", "lowers", "n", "starts", "text", "words")

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        self.text = text
        found = list(_TOKEN.finditer(text, start, len(text) if end is None else end))
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        words = self.words = [m.group() for m in found]
        self.lowers = [w.lower() for w in words]
        self.n = len(words)

    def touching(self, i: int) -> bool:
        """Whether token ``i`` and the next one touch (no space between them)."""
        return i + 1 < self.n and self.ends[i] == self.starts[i + 1]

    def near(self, i: int) -> bool:
        """Whether token ``i`` and the next one are at most a short gap apart (no blank line)."""
        if i + 1 >= self.n:
            return False
        gap = self.starts[i + 1] - self.ends[i]
        if gap == 0:
            return True
        return gap <= _MAX_GAP and self.text.count("\n", self.ends[i], self.starts[i + 1]) <= 1

    def lower(self, i: int) -> str:
        """Token ``i`` in lower case, or ``""`` past the end."""
        return self.lowers[i] if 0 <= i < self.n else ""

    def is_digits(self, i: int) -> bool:
        return 0 <= i < self.n and "0" <= self.words[i][0] <= "9"

    def is_alpha(self, i: int) -> bool:
        return 0 <= i < self.n and self.words[i].isalpha()


def sentence_bounds(
    sentences: Sequence[Span], starts: Sequence[int], start: int, end: int, *, reach: int, length: int
) -> tuple[int, int]:
    """The sentence holding offset ``start`` (``starts`` are the sentences' starts, in order); where none
    does, ``reach`` characters either side of ``start:end``, within a text of ``length``.

    >>> s = [Span.of("Ab. Cd.", 0, 3), Span.of("Ab. Cd.", 4, 7)]
    >>> sentence_bounds(s, [0, 4], 5, 6, reach=9, length=7), sentence_bounds([], [], 5, 6, reach=2, length=7)
    ((4, 7), (3, 7))
    """
    s = bisect.bisect_right(starts, start) - 1
    if 0 <= s < len(sentences) and sentences[s].start <= start < sentences[s].end:
        return sentences[s].start, sentences[s].end
    return max(0, start - reach), min(length, end + reach)


def read_number(toks: Tokens, i: int, *, stripped: bool = False) -> Num | None:
    """The number that starts at token ``i``, with any scale word after it, or None.

    In punctuation-stripped text (``stripped``), ``76 7 billion`` reads as 76.7 billion.

    >>> def num(s, **kw):
    ...     n = read_number(Tokens(s), 0, **kw)
    ...     return None if n is None else (str(n.value), n.scaled)
    >>> num("1,250.5 million"), num("76.7bn"), num("12,34,567.89")
    (('1250500000', True), ('76700000000', True), ('1234567.89', False))
    >>> num("a quarter of a trillion"), num("two hundred and fifty"), num("forty-two")
    (('250000000000', True), ('250', False), ('42', False))
    >>> num("76 7 billion", stripped=True), num("76 7 billion"), num("one and a half billion")
    (('76700000000', True), ('76', False), ('1500000000', True))
    >>> num("a quarter"), num("half"), num("1,2,3"), num("one point three")
    (None, None, ('1', False), ('1.3', False))
    """
    if toks.is_digits(i):
        return _read_digits(toks, i, stripped=stripped)
    if toks.lower(i) in NUMBER_WORDS or toks.lower(i) in {"a", "an"}:
        return _read_words(toks, i)
    return None


def _read_digits(toks: Tokens, i: int, *, stripped: bool) -> Num | None:
    words = toks.words
    first = words[i]
    if len(first) > _MAX_INT_DIGITS:
        return None
    digits = first
    j = i + 1  # the token after the number so far
    # Thousands separators: 1,234,567 (groups of three) or the Indian 12,34,567.
    if len(first) <= 3:
        groups: list[str] = []
        k = i
        while (
            len(groups) < 6
            and toks.touching(k)
            and words[k + 1] == ","
            and toks.touching(k + 1)
            and toks.is_digits(k + 2)
            and len(words[k + 2]) in (2, 3)
        ):
            groups.append(words[k + 2])
            k += 2
        if groups and (_western(groups) or _indian(first, groups)):
            digits = first + "".join(groups)
            j = k + 1
        elif groups and _western(groups[:1]):
            digits, j = first + groups[0], i + 3
    fraction = ""
    if toks.touching(j - 1) and words[j] == "." and toks.touching(j) and toks.is_digits(j + 1):
        if len(words[j + 1]) > _MAX_FRACTION_DIGITS:
            return None
        fraction = words[j + 1]
        j += 2
    elif (
        stripped
        and digits == first
        and toks.near(j - 1)
        and toks.is_digits(j)
        and len(words[j]) <= 2
        and toks.near(j)
        and toks.lower(j + 1) in _WORD_SCALES
    ):
        # "76 7 billion": a decimal point stripped away.
        fraction = words[j]
        j += 1
    value = Decimal(f"{digits}.{fraction}" if fraction else digits)
    small = not fraction and len(digits) <= 2 and digits == first
    scale, j = _read_scale(toks, j)
    if scale is not None:
        return Num(tidy(value * scale), i, j, scale, False, False)
    return Num(value, i, j, Decimal(1), False, small)


def _western(groups: list[str]) -> bool:
    return all(len(g) == 3 for g in groups)


def _indian(first: str, groups: list[str]) -> bool:
    return (
        len(first) <= 2
        and len(groups) >= 2
        and len(groups[-1]) == 3
        and all(len(g) == 2 for g in groups[:-1])
    )


def _read_scale(toks: Tokens, j: int) -> tuple[Decimal | None, int]:
    """A scale word at token ``j`` (after a number ending at ``j - 1``), and the token after it."""
    if j >= toks.n:
        return None, j
    low = toks.lowers[j]
    if (
        toks.touching(j - 1)
        and low in _LETTER_SCALES
        and not (toks.touching(j) and toks.words[j + 1].isalnum())
    ):
        return _LETTER_SCALES[low], j + 1
    if low in _WORD_SCALES and (toks.near(j - 1)):
        if toks.near(j) and toks.lower(j + 1) in _WORD_SCALES:  # "1.97 lakh crore"
            return _WORD_SCALES[low] * _WORD_SCALES[toks.lowers[j + 1]], j + 2
        return _WORD_SCALES[low], j + 1
    # "$50-billion", "a 1.5-trillion-yen package"
    if low == "-" and toks.touching(j - 1) and toks.touching(j) and toks.lower(j + 1) in _WORD_SCALES:
        return _WORD_SCALES[toks.lowers[j + 1]], j + 2
    return None, j


def _read_words(toks: Tokens, i: int) -> Num | None:
    """A number in words from token ``i``: units, tens, hundreds, scales, fractions, ``point``."""
    lowers = toks.lowers
    total = Decimal(0)  # complete scale groups ("two million" in "two million five hundred")
    current = Decimal(0)  # the group being built
    seen = False  # whether any number word was read
    top = Decimal(1)  # the largest scale word read
    j = i
    last = ""  # the kind of the last word read: unit, ten, hundred, scale
    steps = 0
    while j < toks.n and steps < 24:
        steps += 1
        low = lowers[j]
        nxt = j + 1
        if low in {"a", "an"}:
            # "a" is one only before a scale, a hundred or a fraction: "a billion", "a quarter".
            if seen or not toks.near(j) or (toks.lower(nxt) not in _LARGE and toks.lower(nxt) not in {
                    "hundred", "half", "quarter"}):  # fmt: skip
                break
            current, seen, last = Decimal(1), True, "unit"
        elif low in _UNITS and last in {"", "ten", "hundred", "scale", "and"}:
            if last == "ten" and _UNITS[low] >= 10:
                break
            current += _UNITS[low]
            seen, last = True, "unit"
        elif low in _TENS and last in {"", "hundred", "scale", "and"}:
            current += _TENS[low]
            seen, last = True, "ten"
        elif low == "hundred" and last in {"unit", "ten"}:
            current = current * 100
            last = "hundred"
        elif low in _LARGE and last in {"unit", "ten", "hundred"}:
            total += current * _LARGE[low]
            current, top, last = Decimal(0), max(top, _LARGE[low]), "scale"
        elif low in _FRACTIONS and last in {"", "unit"}:
            frac = _read_fraction(toks, j, current if seen else Decimal(1))
            if frac is None:
                break
            value, j, top = frac
            return Num(tidy(total + value), i, j, top, True, False)
        elif low == "and" and seen and last in {"hundred", "unit"}:
            # "two hundred and fifty", "one and a half billion"
            if last == "unit" and not (toks.lower(nxt) == "a" and toks.lower(nxt + 1) == "half"):
                break
            if last == "unit":
                frac = _read_fraction(toks, nxt + 1, Decimal("1"))
                if frac is None:
                    break
                value, j, top = frac
                whole = current * value * 2  # "one and a half billion": one billion and a half
                return Num(tidy(total + whole + value), i, j, top, True, False)
            if toks.lower(nxt) not in _UNITS and toks.lower(nxt) not in _TENS:
                break
            last = "and"
        elif low == "-" and last == "ten" and toks.touching(j - 1) and toks.touching(j):
            if toks.lower(nxt) not in _UNITS or _UNITS[toks.lower(nxt)] >= 10:
                break
            current += _UNITS[toks.lower(nxt)]
            j = nxt + 1
            last = "unit"
            if not toks.near(j - 1):
                return _words_num(total, current, i, j, top)
            continue
        elif low == "point" and seen and last in {"unit", "ten"} and toks.lower(nxt) in _UNITS:
            k = nxt
            decimals = ""
            while k < toks.n and toks.lower(k) in _UNITS and _UNITS[toks.lower(k)] < 10 and len(decimals) < 6:
                decimals += str(_UNITS[toks.lower(k)])
                if not toks.near(k):
                    k += 1
                    break
                k += 1
            current += Decimal("0." + decimals)
            j = k
            scale, j = _read_scale(toks, j)
            if scale is not None:
                return Num(tidy((total + current) * scale), i, j, scale, True, False)
            return _words_num(total, current, i, j, top)
        else:
            break
        if not toks.near(j):
            j += 1
            break
        j += 1
    if not seen:
        return None
    # drop a dangling "and" or "-"
    while j > i and lowers[j - 1] in {"and", "-", "a", "an"}:
        j -= 1
    if j == i:
        return None
    return _words_num(total, current, i, j, top)


def _words_num(total: Decimal, current: Decimal, i: int, j: int, top: Decimal) -> Num:
    value = total + current
    small = top == 1 and value < 100 and value == value.to_integral_value()
    return Num(tidy(value), i, j, top, True, small)


def _read_fraction(toks: Tokens, j: int, count: Decimal) -> tuple[Decimal, int, Decimal] | None:
    """``half a billion``, ``quarter of a trillion``, ``three quarters billion``: value, end, scale.

    ``count`` is how many halves or quarters (1 for ``a half``). A scale word must follow: a fraction
    on its own (``a quarter``) is no number here.
    """
    frac = _FRACTIONS[toks.lowers[j]] * count
    k = j + 1
    if toks.lower(k) == "-" and toks.touching(k - 1):
        k += 1
    if toks.lower(k) == "of":
        k += 1
    if toks.lower(k) in {"a", "an"}:
        k += 1
    scale = _LARGE.get(toks.lower(k)) or _WORD_SCALES.get(toks.lower(k))
    if scale is None:
        return None
    return frac * scale, k + 1, scale
