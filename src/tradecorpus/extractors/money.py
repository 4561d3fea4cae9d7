"""Money mentions as SPEC §5 defines them: amounts, ranges, qualifiers and currencies.

The scan has two steps, both linear in the length of the text:

1. a compiled regex finds *triggers* -- digits, currency symbols, scale words (``billion``,
   ``mln``) and currency or minor-unit names -- and a window around each is cut into tokens;
2. a small recursive-descent parser reads, at each token of a window, the longest money expression
   that starts there: ``[qualifier] [between|from] amount [(to|-|and) amount]``, where an amount is
   ``[-] [currency] number [scale] [currency] [sub-unit]``.

Every parse looks a bounded number of tokens ahead, so adversarial input (a megabyte of digits and
dollar signs, ``billion billion ...``) costs time in proportion to its length.

An amount without a currency (``250 billion worth of goods``) is money only in the contexts the
specification names: followed by ``worth``; continuing an explicit amount of the same sentence
(``13.6 billion dlrs in March from 15.1 billion in February``); and in punctuation-stripped text
next to words about trade and money. It then takes the article's evident currency.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Final, NamedTuple

from tradecorpus._data.currencies import (
    CODES,
    DOLLAR_PREFIXES,
    LOWERCASE_CODES,
    MINOR_UNITS,
    NAMES,
    SCALE_WORDS,
    SPACED_DOLLAR_PREFIXES,
    SYMBOLS,
    WORD_CODES,
)
from tradecorpus.extractors._caseless import lower_keeping_length
from tradecorpus.extractors._phrases import trie_pattern
from tradecorpus.extractors._tokens import NUMBER_WORDS, Num, Tokens, read_number, sentence_bounds, tidy
from tradecorpus.hookspecs import hookimpl
from tradecorpus.model import Document, Money, Span
from tradecorpus.reader import split_sentences

__all__ = ["LOWER_BOUNDS", "QUALIFIERS", "UPPER_BOUNDS", "extract_money", "find_money"]

#: Words written before an amount that say how exact it is; kept, lower-cased, in ``qualifier``.
QUALIFIERS: Final = (
    "up to", "about", "around", "approximately", "roughly", "nearly", "almost", "close to",
    "more than", "over", "at least", "less than", "under", "at most", "no more than",
    "no less than", "not more than", "not less than", "some", "as much as", "as little as",
    "in excess of", "upwards of", "just over", "just under", "well over", "exactly", "below",
    "above", "lower than", "higher than", "greater than", "an estimated", "approx",
)  # fmt: skip
#: Qualifiers that make the amount a lower bound (``more than $5``) ...
LOWER_BOUNDS: Final = frozenset(
    {"more than", "over", "at least", "no less than", "not less than", "in excess of", "upwards of",
     "just over", "well over", "above", "higher than", "greater than"}
)  # fmt: skip
#: ... and an upper bound (``up to $50 billion``).
UPPER_BOUNDS: Final = frozenset(
    {"up to", "less than", "under", "at most", "no more than", "not more than", "as much as",
     "just under", "below", "lower than"}
)  # fmt: skip
#: Qualifiers by their first word, longest first.
_QUALIFIER_FIRST: Final[dict[str, list[tuple[str, ...]]]] = {}
for _q in sorted((tuple(q.split()) for q in QUALIFIERS), key=len, reverse=True):
    _QUALIFIER_FIRST.setdefault(_q[0], []).append(_q)

#: Currency names by their first word, longest first: ``("swiss", "francs") -> "CHF"``.
_NAMES_BY_FIRST: Final[dict[str, list[tuple[tuple[str, ...], str | None]]]] = {}
for _name, _code in sorted(NAMES.items(), key=lambda kv: -len(kv[0].split())):
    _words = tuple(_name.split())
    _NAMES_BY_FIRST.setdefault(_words[0], []).append((_words, _code))
_MINOR_BY_FIRST: Final = {k: v for k, v in MINOR_UNITS.items() if " " not in k}
#: Names that are money only with a scale word (``20 million pounds``, ``3 billion marks``): without
#: one they are as often a weight or a grade (``a twenty-pound bag``, ``top marks``).
_WEAK_NAMES: Final = frozenset({"pound", "pounds", "mark", "marks"})
#: Abbreviations that stand for a currency only next to digits, in the case shown.
_ABBREVIATIONS: Final = {"Rs": "INR", "rs": "INR", "RM": "MYR", "Rp": "IDR", "LE": "EGP", "RMB": "CNY",
                         "rmb": "CNY", "Dh": "AED", "Dhs": "AED"}  # fmt: skip
#: Singular names that ``a`` turns into an amount of one: ``a dollar``, ``a penny``.
_ONE_OF: Final = frozenset({"dollar", "euro", "penny", "dime", "nickel", "cent", "buck", "grand"})
#: Stands for "the article's evident currency" until it is known (``50 cents``).
_EVIDENT: Final = "*"
_HYPHENS: Final = frozenset("-‐‑–—")
_MINUS: Final = frozenset("-−")
#: Currencies called dollars: a trailing code may say which one a bare ``$`` meant.
_DOLLARS: Final = frozenset(code for name, code in NAMES.items() if code and name.split()[-1] == "dollars")
_SYMBOL_CHARS: Final = frozenset(SYMBOLS) | {"¢"}

#: Words after which ``from X to Y`` / ``X to Y`` is a change, not a range.
_CHANGE: Final = re.compile(
    r"\b(?:ris(?:e|es|ing|en)|rose|f[ae]ll(?:s|ing|en)?|(?:in|de)creas(?:e|es|ed|ing)|grow(?:s|n|ing)?"
    r"|grew|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?"
    r"|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|slump(?:s|ed|ing)?|widen(?:s|ed|ing)?"
    r"|narrow(?:s|ed|ing)?|shr[iau]nk(?:s|ing)?|cut(?:s|ting)?|rais(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)"
    r"|lower(?:s|ed|ing)|boost(?:s|ed|ing)?|revis(?:e|es|ed|ing)|expand(?:s|ed|ing)?"
    r"|contract(?:s|ed|ing)?|eas(?:e|es|ed|ing)|slip(?:s|ped|ping)?|improv(?:e|es|ed|ing)"
    r"|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|swung|swing(?:s|ing)?"
    r"|turn(?:s|ed|ing)?|compared|against|versus|vs)\b",
    re.IGNORECASE,
)
#: What follows a number that is a count of something else: ``5 mln tonnes``, ``3 billion people``.
_NOT_MONEY_AFTER: Final = re.compile(
    r"[ \t]{0,3}-?[ \t]{0,3}(?:%|per[ \t]?cent|pct|percent|percentage|points?|basis|people|persons|"
    r"residents|inhabitants|workers|jobs|employees|members|voters|users|consumers|customers|households|"
    r"families|children|tonnes?|tons?|metric|barrels?|bpd|bushels?|bales?|acres?|hectares?|pounds|lbs?|"
    r"kilos?|kilograms?|kg|ounces?|oz|gallons?|lit(?:re|er)s?|cubic|square|sq|miles?|km|kilomet(?:re|er)s?|"
    r"met(?:re|er)s?|feet|units?|vehicles?|cars?|trucks?|phones?|shares?|votes?|copies|visitors|tourists|"
    r"passengers|troops|hours?|days?|weeks?|months?|years?|times|pieces|pairs|head|animals|birds|pigs|hogs|"
    r"cattle|chickens|boxes|containers|teus?|bags|cartons|doses|bottles|cans|sets|lines|subscribers|"
    r"viewers|readers|copies|words|pages)\b",
    re.IGNORECASE,
)
_WORTH: Final = re.compile(r"[ \t]{1,3}worth\b", re.IGNORECASE)
#: Words that make a bare scaled number money in punctuation-stripped text.
_MONEY_CUES: Final = re.compile(
    r"\b(?:worth|buy|buys|bought|buying|purchas(?:e|es|ed|ing)|goods|products|exports?|imports?|trade|"
    r"deficits?|surplus(?:es)?|tariffs?|duties|levies|invest(?:s|ed|ing|ments?)?|spend(?:s|ing)?|spent|"
    r"sales|revenues?|value[sd]?|cost(?:s|ing)?|prices?|deals?|aid|debts?|budgets?|funds?|funding|loans?|"
    r"subsid(?:y|ies)|dollars|farm|agricultural|billion-dollar|income|profits?|losses|assets|"
    r"reserves|payments?|paid|pay|earnings|financing|credit|capital)\b",
    re.IGNORECASE,
)
_US: Final = re.compile(
    r"\b(?:U\.?\s?S\.?(?:\s?A\.?)?|United States|America|American|Washington)(?![^\W\d_])|\bu s\b"
)
_YUAN_CONTEXT: Final = re.compile(r"\b(?:yuan|renminbi|rmb|china|chinese|beijing)\b", re.IGNORECASE)
_YEN_CONTEXT: Final = re.compile(r"\b(?:yen|japan|japanese|tokyo)\b", re.IGNORECASE)


def _either_case(ch: str) -> str:
    """``[bB]`` for a letter with two cases: faster than matching the whole pattern ignoring case.

    >>> trie_pattern(["bn", "billion", "bln"], escape=_either_case)
    '[bB](?:[iI][lL][lL][iI][oO][nN]|[lL][nN]|[nN])'
    """
    low, up = ch.lower(), ch.upper()
    return f"[{low}{up}]" if len(low) == len(up) == 1 and low != up else re.escape(ch)


def _trigger_words(*, lower: bool) -> re.Pattern[str]:
    """Scale words and currency names; with ``lower``, for lower-cased text.

    On lower-cased text the words are plain literals, which the engine tries about twice as fast as
    a pattern that accepts either case of every letter.
    """
    words = {w for name in NAMES for w in name.split()[-1:]}
    words |= set(_MINOR_BY_FIRST) | {k for k in SCALE_WORDS if len(k) > 2 or k in {"bn", "mn", "tn"}}
    words |= {"grand"}
    letters = (w.lower() for w in words if w.isalpha())
    alternatives = trie_pattern(letters, escape=re.escape if lower else _either_case)
    # (an ASCII letter or digit before is the only word character worth checking, and the engine
    # checks it faster than \b: a trigger too many only widens a window)
    return re.compile(rf"(?<![a-zA-Z0-9])(?:{alternatives})\b")


#: Where money may be: digits and currency symbols (a symbol and the digits after it are one
#: trigger), found apart from the words because the engine skips ahead to them fast.
_TRIGGER_MARKS: Final = re.compile(rf"[\d{re.escape(''.join(sorted(_SYMBOL_CHARS)))}]\d*")
#: ... and scale words, currency and minor-unit names.
_TRIGGER_WORDS: Final = _trigger_words(lower=False)
#: The same, run on the lower-cased text when lower-casing keeps every offset (nearly always).
_TRIGGER_WORDS_LOWER: Final = _trigger_words(lower=True)
#: An amount found among this many first tokens of a window is read again from further back.
_EDGE: Final = 3
#: How far before and after a trigger the parser looks (characters).
_BACK: Final = 40
_AHEAD: Final = 40


#: Lower-case words at which a money expression may begin.
_START_WORDS: Final = frozenset(
    {*_QUALIFIER_FIRST, *NUMBER_WORDS, "a", "an", "between", "from", *DOLLAR_PREFIXES, *_NAMES_BY_FIRST,
     *LOWERCASE_CODES}
)  # fmt: skip


#: Tokens (lower-cased) without one of which a window holds no money: what makes an amount money
#: (:meth:`_Parser._expression`) is a currency written with it (a symbol, a name, whose last word this
#: is, a minor unit, a common code in lower case) or a scale of a million or more.
_EVIDENCE: Final = frozenset(
    {re.findall(r"\w+", name.lower())[-1] for name in NAMES if re.search(r"\w", name)}
    | {re.findall(r"\w+", unit.lower())[-1] for unit in MINOR_UNITS if re.search(r"\w", unit)}
    | {word.lower() for word in SCALE_WORDS}
    | {symbol.lower() for symbol in _SYMBOL_CHARS}
    | set(LOWERCASE_CODES)
    | {"grand", "c", "p", "￠"}
)
#: ... and tokens as written: codes (``USD``, ``MUSD``) and abbreviations (``Rs``, ``L.E.``).
_EVIDENCE_AS_WRITTEN: Final = frozenset({*CODES, *(f"M{code}" for code in CODES), *_ABBREVIATIONS, "L"})


class _Amount(NamedTuple):
    start: int  # first token
    end: int  # token after the last
    value: Decimal
    currency: str | None
    explicit: bool  # the currency is written (symbol, code or name)
    scale: Decimal  # the scale applied (1 when none)
    words: bool  # the number is written in words
    closed: bool  # a currency or unit is written after the number ("40 dollars", not "$40")


class _Found(NamedTuple):
    start: int  # character offsets
    end: int
    amount: Decimal | None
    low: Decimal | None
    high: Decimal | None
    currency: str | None
    explicit: bool
    scale: Decimal
    qualifier: str | None


def find_money(
    text: str,
    *,
    stripped: bool = False,
    sentences: Sequence[Span] | None = None,
) -> list[Money]:
    """Every money mention in ``text``, in order of position.

    ``stripped`` says the text is lower-cased and punctuation-stripped (``76 7 billion``);
    ``sentences`` (spans of ``text``) are found with the reader's splitter when not given.

    >>> [(m.text, str(m.amount), m.currency) for m in find_money("China pledged $76.7 billion.")]
    [('$76.7 billion', '76700000000', 'USD')]
    >>> m = find_money("up to 50 mln stg, or 40 to 45 mln dlrs")
    >>> [(x.text, x.amount, x.low, x.high, x.currency, x.qualifier)
    ...  for x in m]  # doctest: +NORMALIZE_WHITESPACE
    [('up to 50 mln stg', Decimal('50000000'), None, None, 'GBP', 'up to'),
     ('40 to 45 mln dlrs', None, Decimal('40000000'), Decimal('45000000'), 'USD', None)]
    >>> [(m.text, str(m.amount)) for m in find_money("buy 76 7 billion worth of u s goods", stripped=True)]
    [('76 7 billion', '76700000000')]
    >>> find_money("Imports fell 5.9% in 2019 to 3 billion tonnes.")
    []
    """
    found = _scan(text, stripped)
    if not found:
        return []
    return _settle(text, found, stripped, sentences)


def _scan(text: str, stripped: bool) -> list[_Found]:
    found: list[_Found] = []
    story = _Story(text)
    done = 0  # where the windows read so far end
    for start, end in _regions(text):
        tokens = Tokens(text, start, end)
        hits = _Parser(tokens, stripped, story).run()
        if hits and start > done and hits[0].start <= tokens.starts[min(_EDGE, tokens.n - 1)]:
            # an amount among the window's first tokens may begin before it, with a qualifier
            # and a number in words that no trigger marks ("at least between one hundred
            # seventy-seven million"): read once more from further back
            wider = max(done, _snap(text, max(0, start - _BACK), start)[0])
            tokens = Tokens(text, wider, end)
            hits = _Parser(tokens, stripped, story).run()
        found.extend(hits)
        done = end
    return found


class _Story:
    """Facts about the whole text that the parsers of all its windows share, each found at most once."""

    __slots__ = ("_yuan", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._yuan: bool | None = None

    def prefers_yuan(self) -> bool:
        """Whether ``¥`` is more likely yuan than yen in this text."""
        if self._yuan is None:
            self._yuan = len(_YUAN_CONTEXT.findall(self.text)) > len(_YEN_CONTEXT.findall(self.text))
        return self._yuan


def _regions(text: str) -> Iterable[tuple[int, int]]:
    """Windows around the triggers, merged where they overlap, with token-safe edges."""
    n = len(text)
    region_start = region_end = -1
    lowered = lower_keeping_length(text)
    words = _TRIGGER_WORDS_LOWER.finditer(lowered) if lowered is not None else _TRIGGER_WORDS.finditer(text)
    triggers = [m.span() for m in _TRIGGER_MARKS.finditer(text)]
    named = [m.span() for m in words]  # never overlaps a mark: names are letters only
    if named:
        triggers = sorted(triggers + named)
    for first, last in triggers:
        start = max(0, first - _BACK)
        end = min(n, last + _AHEAD)
        if start <= region_end:
            region_end = max(region_end, end)
            continue
        if region_end >= 0:
            yield _snap(text, region_start, region_end)
        region_start, region_end = start, end
    if region_end >= 0:
        yield _snap(text, region_start, region_end)


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Move the edges of a window out to whitespace (at most 32 characters), not to cut a token."""
    limit = max(0, start - 32)
    while start > limit and not text[start - 1].isspace():
        start -= 1
    limit = min(len(text), end + 32)
    while end < limit and not text[end].isspace():
        end += 1
    return start, end


class _Parser:
    """Reads money expressions from the tokens of one window."""

    def __init__(self, toks: Tokens, stripped: bool, story: _Story) -> None:
        self.t = toks
        self.stripped = stripped
        self.story = story
        #: :meth:`_number` by token: an expression tried at a number reads it more than once.
        self._numbers: dict[int, Num | None] = {}

    def run(self) -> list[_Found]:
        t = self.t
        if _EVIDENCE.isdisjoint(t.lowers) and _EVIDENCE_AS_WRITTEN.isdisjoint(t.words):
            return []  # (numbers alone: no amount here can be money)
        out: list[_Found] = []
        i = 0
        while i < t.n:
            if self._may_start(i):
                hit = self._expression(i)
                if hit is not None:
                    found, i = hit
                    out.append(found)
                    continue
            i += 1
        return out

    def _may_start(self, i: int) -> bool:
        word = self.t.words[i]
        if "0" <= word[0] <= "9" or word in _SYMBOL_CHARS or word in _MINUS:
            return True
        return (
            self.t.lowers[i] in _START_WORDS or word in _ABBREVIATIONS or (word.isupper() and len(word) <= 4)
        )

    # ------------------------------------------------------------------ expressions

    def _expression(self, i: int) -> tuple[_Found, int] | None:
        """``[qualifier] [between|from] amount [(to|-|and) amount]`` from token ``i``."""
        t = self.t
        qualifier, j = self._qualifier(i)
        lead = t.lower(j) if t.lower(j) in {"between", "from"} and t.near(j) else None
        k = j + 1 if lead else j
        first = self._amount(k)
        partial = first is None  # a bare number that only a range can make money: "40-50 billion"
        if first is None:
            num = self._number(k)
            if num is None:
                return None
            first = _Amount(num.start, num.end, num.value, None, False, num.scale, num.words, False)
        second, end = self._range_end(first, lead, i)
        if second is not None:
            low, high = self._join(first, second)
            if low is not None and high is not None:
                currency = first.currency if first.explicit else second.currency
                explicit = first.explicit or second.explicit
                scale = max(first.scale, second.scale)
                found = self._found(i if qualifier or lead else first.start, end, None, low, high,
                                    currency, explicit, scale, qualifier)  # fmt: skip
                return found, end
        if partial or (first.currency is None and not first.explicit and first.scale < 10**6):
            return None
        start = i if qualifier and not lead else first.start
        return self._found(
            start,
            first.end,
            first.value,
            None,
            None,
            first.currency,
            first.explicit,
            first.scale,
            qualifier if not lead else None,
        ), first.end

    def _found(
        self, i: int, j: int, amount: Decimal | None, low: Decimal | None, high: Decimal | None,
        currency: str | None, explicit: bool, scale: Decimal, qualifier: str | None,
    ) -> _Found:  # fmt: skip
        t = self.t
        return _Found(t.starts[i], t.ends[j - 1], amount, low, high, currency, explicit, scale, qualifier)

    def _qualifier(self, i: int) -> tuple[str | None, int]:
        t = self.t
        for words in _QUALIFIER_FIRST.get(t.lowers[i], ()):
            if all(t.lower(i + n) == w and t.near(i + n) for n, w in enumerate(words)):
                return " ".join(words), i + len(words)
        return None, i

    def _range_end(self, first: _Amount, lead: str | None, i: int) -> tuple[_Amount | None, int]:
        """The second amount of a range after ``first``, and the token after it."""
        t = self.t
        c = first.end
        if c >= t.n or not t.near(c - 1):
            return None, c
        word = t.lowers[c]
        if word in _HYPHENS:
            # "40-50", "$10 - $20"; but not "$70-a-share"
            if t.touching(c - 1) != t.touching(c):
                return None, c
        elif word == "to":
            if lead == "between" or (lead is None and self._after_change(first.start)):
                return None, c
            if lead == "from" and self._after_change(i):
                return None, c
        elif not (word == "and" and lead in {"between", "from"}):
            return None, c
        if not t.near(c):
            return None, c
        second = self._amount(c + 1)
        if second is None:
            return None, c
        return second, second.end

    def _after_change(self, i: int) -> bool:
        """Whether a change verb (``rose``, ``fell``, ``cut``) is written shortly before token ``i``."""
        t = self.t
        start = t.starts[i]
        before = t.text[max(0, start - 80) : start]
        cut = max(before.rfind(". "), before.rfind("\n"))
        return _CHANGE.search(before, cut + 1) is not None

    def _join(self, first: _Amount, second: _Amount) -> tuple[Decimal | None, Decimal | None]:
        """Low and high of a range; a bare first number takes the second's scale (``$40-50 billion``)."""
        if first.currency is not None and second.currency is not None and first.currency != second.currency:
            return None, None
        if not first.explicit and not second.explicit and second.scale < 10**6:
            return None, None
        low = first.value
        if first.scale == 1 and second.scale > 1 and low < 1000 and not first.closed:
            low = tidy(low * second.scale)
        if low >= second.value:
            return None, None
        return low, second.value

    # ------------------------------------------------------------------ amounts

    def _number(self, k: int) -> Num | None:
        """The number at token ``k`` that can be an amount, or None (remembered)."""
        numbers = self._numbers
        if k in numbers:
            return numbers[k]
        num = numbers[k] = self._read_number(k)
        return num

    def _read_number(self, k: int) -> Num | None:
        t = self.t
        if k >= t.n:
            return None
        num = read_number(t, k, stripped=self.stripped)
        if num is None:
            return None
        # a number glued to letters or digits before it ("B747", "F-16") is no amount
        if k > 0 and t.touching(k - 1) and (t.words[k - 1].isalnum() or t.words[k - 1] in {".", ","}):
            return None
        # nor is one glued to letters after it ("3D", "10km"), unless they are a scale or currency
        if num.end < t.n and t.touching(num.end - 1) and t.words[num.end].isalpha():
            after = t.words[num.end]
            low = after.lower()
            known = after in _ABBREVIATIONS or after in SYMBOLS or after in {"c", "p"}
            known = known or low in _NAMES_BY_FIRST or low in _MINOR_BY_FIRST or low in DOLLAR_PREFIXES
            if not (known or self._code(num.end) or self._scaled_code(num.end)):
                return None
        return num

    def _amount(self, k: int) -> _Amount | None:
        """``[-] [currency] number [scale] [currency] [sub-unit]`` from token ``k``."""
        t = self.t
        start = k
        sign = 1
        if k < t.n and t.words[k] in _MINUS and t.touching(k) and not (k > 0 and t.touching(k - 1)):
            sign, k = -1, k + 1
        prefix = self._prefix(k)
        if prefix is not None:
            currency, prescale, k = prefix
            if k < t.n and t.words[k] in _MINUS and t.touching(k) and sign == 1:
                sign, k = -1, k + 1
            num = read_number(t, k, stripped=self.stripped)
            if num is None or (num.words and prescale == 1 and not t.near(k - 1)):
                return None
            if num.words and k < t.n and t.words[k - 1] not in _SYMBOL_CHARS and t.lower(k - 1) not in {
                    "usd", "eur", "gbp"} and not t.words[k - 1].isupper():  # fmt: skip
                return None
            value = tidy(num.value * prescale)
            end = num.end
            scale = num.scale * prescale
            # "$ 10 dollars", "USD 20 million USD": the same currency written again
            post = self._postfix(end, num)
            if post is not None and end < t.n and t.words[end].isalpha():
                if post[0] == currency:
                    end = post[3]
                elif currency == "USD" and t.words[k - 1] == "$" and post[0] in _DOLLARS:
                    currency, end = post[0], post[3]  # "$1,190.00 AUD"
            value, end = self._subunit(value, end, num, currency)
            return _Amount(start, end, sign * value, currency, True, scale, num.words, end > num.end)
        low = t.lower(k)
        if low in {"a", "an"} and t.near(k) and t.lower(k + 1) in _ONE_OF:
            return self._one_of(start, k + 1)
        name_first = self._name_prefix(k)
        if name_first is not None:
            return name_first
        num = self._number(k)
        if num is None:
            return None
        post = self._postfix(num.end, num)
        if post is None:
            return _Amount(start, num.end, sign * num.value, None, False, num.scale, num.words, False) if (
                num.scale >= 10**6) else None  # fmt: skip
        currency, factor, minor, end = post
        if minor and currency is None:
            currency = _EVIDENT
        value = tidy(num.value * factor)
        scale = num.scale * (factor if factor >= 1 else 1)
        if not minor:
            value, end = self._subunit(value, end, num, currency)
        return _Amount(start, end, sign * value, currency, True, scale, num.words, True)

    def _one_of(self, start: int, k: int) -> _Amount | None:
        """``a dollar``, ``a penny``, ``a grand``: one of the unit named at token ``k``."""
        t = self.t
        after = t.lower(k + 1) if t.near(k) else ""
        if t.touching(k) or (after.isalpha() and after not in {"a", "and", "or", "per", "for", "each"}):
            return None
        low = t.lowers[k]
        if low == "grand":
            return _Amount(start, k + 1, Decimal(1000), "USD", True, Decimal(1000), True, True)
        if low in _MINOR_BY_FIRST:
            code, value = _MINOR_BY_FIRST[low]
            return _Amount(start, k + 1, value, code or _EVIDENT, True, Decimal(1), True, True)
        code = NAMES.get(low)
        one = _Amount(start, k + 1, Decimal(1), code, True, Decimal(1), True, True)
        value, end = self._subunit(Decimal(1), k + 1, None, code)
        return one._replace(value=value, end=end)

    def _name_prefix(self, k: int) -> _Amount | None:
        """A currency name written before digits: ``ringgit 42``, ``dollar 22.5 million``."""
        t = self.t
        name = self._name(k)
        if name is None or name[0] is None or t.lowers[k] in _WEAK_NAMES:
            return None
        code, end = name
        if not t.near(end - 1) or not t.is_digits(end):
            return None
        num = self._number(end)
        if num is None:
            return None
        after = num.end
        if after < t.n and t.near(after - 1) and (t.words[after].isalnum() or t.words[after] == "%"):
            return None
        return _Amount(k, num.end, num.value, code, True, num.scale, False, False)

    def _prefix(self, k: int) -> tuple[str | None, Decimal, int] | None:
        """A currency written before the number: symbol, ``US$``, code, abbreviation; its end."""
        t = self.t
        if k >= t.n:
            return None
        word = t.words[k]
        if word in SYMBOLS:
            if word == "$" or t.touching(k) or t.is_digits(k + 1) or t.near(k):
                return self._symbol(word), Decimal(1), k + 1
            return None
        # US$, C$, HK$, u.s. $, Mex$, usd$
        chain_end, key = self._letters(k)
        if key and chain_end < t.n and t.words[chain_end] == "$":
            glued = t.touching(chain_end - 1)
            if key in DOLLAR_PREFIXES and (glued or key in SPACED_DOLLAR_PREFIXES):
                return DOLLAR_PREFIXES[key], Decimal(1), chain_end + 1
            if glued and key.upper() in CODES and key.upper() not in WORD_CODES:
                return key.upper(), Decimal(1), chain_end + 1
        if word in {"Rs", "rs"} and t.words[k + 1 : k + 2] == ["."] and t.touching(k) and t.is_digits(k + 2):
            return "INR", Decimal(1), k + 2  # "Rs. 20"
        number_next = t.is_digits(k + 1) or (t.near(k) and t.lower(k + 1) in NUMBER_WORDS)
        if not number_next and not (t.near(k) and t.words[k + 1] in _MINUS and t.is_digits(k + 2)):
            return None
        code = self._code(k)
        if code is not None and t.near(k):
            return code, Decimal(1), k + 1
        scaled = self._scaled_code(k)
        if scaled is not None and t.near(k):
            return scaled, Decimal(10) ** 6, k + 1
        if word in _ABBREVIATIONS and t.near(k) and t.is_digits(k + 1):
            return _ABBREVIATIONS[word], Decimal(1), k + 1
        return None

    def _letters(self, k: int) -> tuple[int, str]:
        """A run of letters, possibly dotted (``U.S.``), from token ``k``: its end and lower-case key."""
        t = self.t
        key = ""
        j = k
        while j < t.n and len(key) < 6:
            w = t.words[j]
            if w.isalpha() and (j == k or t.touching(j - 1)):
                key += w.lower()
            elif w == "." and j > k and t.touching(j - 1):
                pass
            else:
                break
            j += 1
        return j, key

    def _code(self, k: int) -> str | None:
        """An ISO 4217 code at token ``k`` (upper case, or a common one in lower case)."""
        word = self.t.words[k] if k < self.t.n else ""
        if len(word) != 3:
            return None
        if word.isupper() and word in CODES and word not in WORD_CODES:
            return word
        if word.islower() and word in LOWERCASE_CODES:
            return word.upper()
        return None

    def _scaled_code(self, k: int) -> str | None:
        """``MUSD``, ``MEUR``: millions of a currency, in the style of European finance."""
        word = self.t.words[k] if k < self.t.n else ""
        if len(word) == 4 and word.isupper() and word[0] == "M" and word[1:] in CODES:
            return word[1:]
        return None

    def _symbol(self, symbol: str) -> str | None:
        code = SYMBOLS[symbol]
        if code is None and symbol in {"¥", "￥"}:
            return "CNY" if self.story.prefers_yuan() else "JPY"
        return code

    def _postfix(self, k: int, num: Num) -> tuple[str | None, Decimal, bool, int] | None:
        """A currency after the number: (code, factor, minor unit?, token after it), or None."""
        t = self.t
        if k >= t.n or not t.near(k - 1):
            return None
        word = t.words[k]
        glued = t.touching(k - 1)
        if word in {"¢", "￠"}:
            return None, Decimal("0.01"), True, k + 1
        if word in _HYPHENS and glued and t.touching(k):
            # "12-cent", "one-yen", "a 50-dollar bill"
            post = self._postfix(k + 1, num)
            return post if post is not None and post[3] > k + 1 else None
        if word in SYMBOLS:
            if t.touching(k) and t.is_digits(k + 1):  # "1 $10": the sign belongs to the next number
                return None
            end = k + 1
            if end < t.n and t.touching(k) and t.lowers[end] == "ur" and word == "€":
                end += 1
            return self._symbol(word), Decimal(1), False, end
        # 3.14US$, 10 usd$
        chain_end, key = self._letters(k)
        glued_dollar = key and chain_end < t.n and t.words[chain_end] == "$" and t.touching(chain_end - 1)
        if glued_dollar and key in DOLLAR_PREFIXES:
            return DOLLAR_PREFIXES[key], Decimal(1), False, chain_end + 1
        code = self._code(k)
        if code is not None:
            if t.touching(k) and t.is_digits(k + 1):  # "3 USD50": the code belongs to the next number
                return None
            scale = SCALE_WORDS.get(t.lower(k + 1)) if t.near(k) and num.scaled is False else None
            if scale is not None and len(t.lowers[k + 1]) > 1:  # "75 USD million"
                return code, scale, False, k + 2
            return code, Decimal(1), False, k + 1
        scaled = self._scaled_code(k)
        if scaled is not None:
            return scaled, Decimal(10) ** 6, False, k + 1
        if word in _ABBREVIATIONS:
            return _ABBREVIATIONS[word], Decimal(1), False, k + 1
        if word == "L" and t.touching(k) and t.words[k + 1] == "." and t.lower(k + 2) == "e":
            end = k + 4 if k + 3 < t.n and t.words[k + 3] == "." and t.touching(k + 2) else k + 3
            return "EGP", Decimal(1), False, end
        low = t.lowers[k]
        if low == "grand" and not num.scaled and not (t.near(k) and t.is_alpha(k + 1)):
            return "USD", Decimal(1000), False, k + 1
        if glued and low in {"c", "p"} and not (t.touching(k) and t.words[k + 1].isalnum()):
            if k + 1 < t.n and t.words[k + 1] == "." and t.touching(k):  # "10 p.m."
                return None
            return ("GBP" if low == "p" else None), Decimal("0.01"), True, k + 1
        if low in _MINOR_BY_FIRST:
            code_minor, unit = _MINOR_BY_FIRST[low]
            return code_minor, unit, True, k + 1
        name = self._name(k)
        if name is None:
            return None
        code_name, end = name
        if low in _WEAK_NAMES and end == k + 1 and (not num.scaled or t.lower(end) == "of"):
            return None
        return code_name, Decimal(1), False, end

    def _name(self, k: int) -> tuple[str | None, int] | None:
        """The longest currency name from token ``k`` (``swiss francs``, ``U.S. dlrs``): code, end."""
        t = self.t
        candidates = _NAMES_BY_FIRST.get(t.lowers[k]) if k < t.n else None
        if not candidates or (len(t.words[k]) > 3 and t.words[k].isupper()):
            return None  # an acronym such as "256K DRAM" is no currency name
        for words, code in candidates:
            j = k
            ok = True
            for n, w in enumerate(words):
                if n:
                    # skip the dots and hyphens of "u.s. dollars", "d-mark"
                    while j < t.n and t.words[j] in {".", "-"} and t.touching(j - 1):
                        j += 1
                    if j >= t.n or not t.near(j - 1):
                        ok = False
                        break
                if j >= t.n or t.lowers[j] != w:
                    ok = False
                    break
                j += 1
            if ok:
                return code, j
        return None

    def _subunit(
        self, value: Decimal, end: int, num: Num | None, currency: str | None
    ) -> tuple[Decimal, int]:
        """``15 dollars 50``, ``$20 and 43c``, ``3 GBP 1 pence``: cents after a whole amount."""
        t = self.t
        if (num is not None and (num.scaled or not _whole(num, t))) or value != value.to_integral_value():
            return value, end
        j = end
        if j >= t.n or not t.near(j - 1):
            return value, end
        said_and = t.lowers[j] == "and"
        if said_and:
            j += 1
            if j >= t.n or not t.near(j - 1):
                return value, end
        sub = read_number(t, j, stripped=self.stripped)
        if sub is None or not sub.small or sub.value >= 100 or not t.near(j - 1):
            return value, end
        k = sub.end
        unit = Decimal("0.01")
        if k < t.n and t.near(k - 1):
            low = t.lowers[k]
            if low in _MINOR_BY_FIRST:
                unit = _MINOR_BY_FIRST[low][1]
                return tidy(value + sub.value * unit), k + 1
            if low in {"c", "p"} and t.touching(k - 1):
                return tidy(value + sub.value * unit), k + 1
        # a bare sub-unit count: only before the end of the phrase, and as two digits unless "and"
        if k < t.n and t.near(k - 1):
            nxt = t.words[k]
            if (nxt.isalnum() and t.lowers[k] not in {"and", "or"}) or nxt in _SYMBOL_CHARS or nxt == "%":
                return value, end
        if not said_and and not sub.words and len(t.words[j]) != 2:
            return value, end
        return tidy(value + sub.value * unit), k


def _whole(num: Num, t: Tokens) -> bool:
    """Whether a number was written without a decimal part."""
    return not any(t.words[x] == "." for x in range(num.start, num.end))


# ---------------------------------------------------------------------- bare amounts and currency


def _settle(text: str, found: list[_Found], stripped: bool, sentences: Sequence[Span] | None) -> list[Money]:
    """Decide which bare amounts are money, give them a currency, and build the mentions."""
    if sentences is None:
        sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    explicit = Counter(f.currency for f in found if f.explicit and f.currency and f.currency != _EVIDENT)
    if explicit:
        evident: str | None = explicit.most_common(1)[0][0]
    else:
        evident = "USD" if _US.search(text) else None
    out: list[Money] = []
    last_sentence = -1
    last_currency: str | None = None
    last_explicit = False
    for f in found:
        s = bisect.bisect_right(starts, f.start) - 1
        if s != last_sentence:
            last_sentence, last_currency, last_explicit = s, None, False
        currency = f.currency
        if f.explicit:
            last_currency, last_explicit = currency, True
        else:
            if _NOT_MONEY_AFTER.match(text, f.end):
                continue
            if last_explicit:
                currency = last_currency
            elif _WORTH.match(text, f.end) or (stripped and _cued(text, sentences, starts, f)):
                currency = evident
            else:
                continue
        if currency == _EVIDENT:
            currency = evident
        out.append(
            Money(
                start=f.start,
                end=f.end,
                text=text[f.start : f.end],
                amount=f.amount,
                low=f.low,
                high=f.high,
                currency=currency,
                qualifier=f.qualifier,
            )
        )
    return out


def _cued(text: str, sentences: Sequence[Span], starts: list[int], f: _Found) -> bool:
    """Whether the sentence around a bare amount talks about trade or money."""
    lo, hi = sentence_bounds(sentences, starts, f.start, f.end, reach=150, length=len(text))
    return _MONEY_CUES.search(text, lo, hi) is not None


@hookimpl
def extract_money(doc: Document) -> list[Money]:
    """The built-in money extractor (plugin name ``money``): :func:`find_money` over the document."""
    return find_money(doc.text, stripped=doc.stripped, sentences=doc.sentences or None)
