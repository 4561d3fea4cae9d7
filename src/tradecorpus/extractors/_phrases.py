"""A phrase matcher: many names, one compiled pattern, one linear pass over the text.

A phrase is a sequence of word tokens (runs of letters and digits); ``U.S.``, ``U S``, ``u s`` and
``U. S.`` are all the tokens ``u s``, and ``People's Bank`` is ``people s bank``, so one entry
finds a name however a publisher punctuated it, and in lower-cased punctuation-stripped text too.
The phrases are compiled into one regular expression, factored character by character like a
trie, which is run over the lower-cased text: each match costs at most the length of the longest
phrase, so a scan is linear in the text. Where several phrases start at one place, the longest
wins. Case is checked afterwards, on the text as written, by the caller (see :meth:`Phrase.cased`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Final, Generic, NamedTuple, TypeVar

from tradecorpus.extractors._caseless import lower_keeping_length

__all__ = [
    "Phrase", "PhraseMatch", "PhraseMatcher", "char_tree", "phrase_key", "trie_pattern", "whole_words",
    "word_tokens",
]  # fmt: skip

T = TypeVar("T")

#: A word token: letters and digits, any script.
_WORD: Final = re.compile(r"[^\W_]+")
#: What may stand between two tokens of one phrase: up to three non-word characters on one line
#: (``U.S.``, ``U. S.``, ``Asia-Pacific``, ``People's``), or a single line break.
_SEP: Final = r"(?:[^\w\n]{1,3}|[^\w\n]?\n[^\w\n]?)"
#: A phrase ends where a word does.
_END: Final = r"(?![^\W_])"
#: How many matched texts :meth:`PhraseMatcher.finditer` remembers the keys of.
_KEY_CACHE: Final = 50_000
#: The token separator inside the trie (never in a token).
_GAP: Final = "\x00"


def word_tokens(text: str) -> list[str]:
    """The word tokens of ``text``, lower-cased.

    >>> word_tokens("the U.S.-China trade war, People’s Bank")
    ['the', 'u', 's', 'china', 'trade', 'war', 'people', 's', 'bank']
    """
    return [m.group().lower() for m in _WORD.finditer(text)]


def phrase_key(text: str) -> str:
    """The key a phrase is known by: its word tokens, lower-cased, joined by single spaces.

    >>> phrase_key("U.S."), phrase_key("u s"), phrase_key("Asia-Pacific")
    ('u s', 'u s', 'asia pacific')
    """
    return " ".join(word_tokens(text))


class Phrase(NamedTuple, Generic[T]):
    """One written form of a name, and what it stands for."""

    #: The form as a gazetteer writes it (``U.S.``, ``Commerce Department``).
    form: str
    #: What the caller attached to it.
    value: T

    def cased(self, found: str) -> bool:
        """Whether ``found`` (the matched text as written) has the capitals this form requires.

        A token written in capitals (``US``, ``WTO``) must be in capitals; a capitalised token
        (``China``) must begin with a capital; a lower-case token (``of``) may be in any case.

        >>> p = Phrase("US", None)
        >>> p.cased("US"), p.cased("us"), p.cased("Us")
        (True, False, False)
        >>> q = Phrase("Bank of China", None)
        >>> q.cased("BANK OF CHINA"), q.cased("Bank Of China"), q.cased("bank of china")
        (True, True, False)
        """
        if found == self.form:
            return True
        want = _shape(self.form)
        got = _WORD.findall(found)
        if len(want) != len(got):
            return False
        for need, g in zip(want, got, strict=True):
            if need == _UPPER:
                if not g.isupper():
                    return False
            elif need == _CAPITAL and not g[:1].isupper():
                return False
        return True


_ANY, _CAPITAL, _UPPER = 0, 1, 2


@functools.lru_cache(maxsize=8192)
def _shape(form: str) -> tuple[int, ...]:
    """What each token of ``form`` requires: any case, a capital first letter, or all capitals."""
    shape = []
    for w in _WORD.findall(form):
        if w.lower() == "the":
            shape.append(_ANY)
        elif len(w) > 1 and w.isupper() and not w.isdigit():
            shape.append(_UPPER)
        elif w[:1].isupper():
            shape.append(_CAPITAL)
        else:
            shape.append(_ANY)
    return tuple(shape)


class PhraseMatch(NamedTuple, Generic[T]):
    """Where the text names one of the phrases: ``start:end`` and every phrase with that key."""

    start: int
    end: int
    key: str
    phrases: Sequence[Phrase[T]]


class PhraseMatcher(Generic[T]):
    """Finds every phrase of a fixed set in a text, longest first, in one pass.

    >>> m = PhraseMatcher([Phrase("U.S.", "US"), Phrase("United States", "US"), Phrase("China", "CN")])
    >>> [(x.start, x.end, x.key) for x in m.finditer("The U.S. and china; the united  states.")]
    [(4, 7, 'u s'), (13, 18, 'china'), (24, 38, 'united states')]
    """

    def __init__(self, phrases: Iterable[Phrase[T]], *, lower_case_first: Iterable[str] = ()) -> None:
        """``lower_case_first``: first words that a caller accepts in lower case although the forms
        capitalise them (see ``cased`` in :meth:`finditer`)."""
        by_key: dict[str, list[Phrase[T]]] = {}
        for phrase in phrases:
            key = phrase_key(phrase.form)
            if key:
                by_key.setdefault(key, []).append(phrase)
        self._by_key: dict[str, tuple[Phrase[T], ...]] = {k: tuple(v) for k, v in by_key.items()}
        keys = (k.replace(" ", _GAP) for k in self._by_key)
        body = trie_pattern(keys, end=_END, escape=_phrase_char)
        self._pattern = re.compile(rf"(?<![^\W_])(?:{body})") if body else None
        self._caseless: re.Pattern[str] | None = None
        #: The key of each matched text seen so far (names recur: ``u.s.``, ``china``); bounded.
        self._keys: dict[str, str] = {}
        self._starts = _Starts(self._by_key, lower_case_first)

    def __len__(self) -> int:
        return len(self._by_key)

    def phrase_keys(self) -> list[str]:
        """The keys of all phrases (see :func:`phrase_key`), in no particular order."""
        return list(self._by_key)

    def phrases(self, key: str) -> tuple[Phrase[T], ...]:
        """The phrases known by ``key`` (see :func:`phrase_key`), or ``()``."""
        return self._by_key.get(key, ())

    def _cased(
        self, pattern: re.Pattern[str], text: str, lowered: str, start: int, stop: int
    ) -> Iterator[re.Match[str]]:
        """The matches of :meth:`finditer` with ``cased``: the pattern tried only where a word
        starts that a form may begin with as written, left to right, never overlapping."""
        match = pattern.match
        last = start
        for i in self._starts.find(text, lowered, start, stop):
            if i < last:
                continue
            m = match(lowered, i, stop)
            if m is not None:
                last = m.end()
                yield m

    def prefixes(self, text: str, start: int, end: int) -> Iterator[PhraseMatch[T]]:
        """The phrases that ``text[start:end]`` (a match) begins with, longest first, itself excluded.

        >>> m = PhraseMatcher([Phrase("U.S.", 1), Phrase("U.S. Steel", 2)])
        >>> [(x.start, x.end, x.key) for x in m.prefixes("U.S. steel", 0, 10)]
        [(0, 3, 'u s')]
        """
        words = list(_WORD.finditer(text, start, end))
        for n in range(len(words) - 1, 0, -1):
            key = " ".join(w.group().lower() for w in words[:n])
            found = self._by_key.get(key)
            if found:
                yield PhraseMatch(start, words[n - 1].end(), key, found)

    def finditer(
        self, text: str, start: int = 0, end: int | None = None, *, cased: bool = False
    ) -> Iterator[PhraseMatch[T]]:
        """The phrases named in ``text[start:end]``, left to right, never overlapping.

        With ``cased``, only where the first word is written as some form may have it: capitalised
        where the forms capitalise it (``China``, not ``china``), so a lower-case phrase neither
        matches nor hides a capitalised one inside it (``former Soviet Union``). Faster on mixed-case
        text, where most words are in lower case; for lower-cased text leave it off.

        >>> names = ["China", "Soviet Union", "Former Soviet Union"]
        >>> m = PhraseMatcher([Phrase(name, None) for name in names])
        >>> [x.key for x in m.finditer("china and the former Soviet Union")]
        ['china', 'former soviet union']
        >>> [x.key for x in m.finditer("china and the former Soviet Union", cased=True)]
        ['soviet union']
        """
        if self._pattern is None:
            return
        stop = len(text) if end is None else end
        lowered = lower_keeping_length(text)
        pattern = self._pattern
        if lowered is None:  # a few characters change length when lower-cased
            if self._caseless is None:
                self._caseless = re.compile(self._pattern.pattern, re.IGNORECASE)
            pattern, lowered = self._caseless, text
            cased = False
        keys = self._keys
        if len(keys) > _KEY_CACHE:
            keys.clear()
        by_key = self._by_key
        matches = (
            self._cased(pattern, text, lowered, start, stop)
            if cased
            else pattern.finditer(lowered, start, stop)
        )
        for m in matches:
            matched = m.group()
            key = keys.get(matched)
            if key is None:
                key = keys[matched] = " ".join(_WORD.findall(matched.lower()))
            found = by_key.get(key)
            if found:
                yield PhraseMatch(m.start(), m.end(), key, found)


class _Starts:
    """Where phrases may start in mixed-case text, for :meth:`PhraseMatcher.finditer` with
    ``cased``: the words that begin with a character some form capitalises (or a digit), and the
    words that forms begin with in any case (``the``, ``al``, ``eBay``). An any-case first word
    that every form follows with a capitalised word (``the`` of ``the Ukraine``) is looked for
    just before such a word; the others are searched for. Offsets are only where to try the
    pattern, which checks each one in full."""

    def __init__(self, by_key: dict[str, tuple[Phrase[Any], ...]], lower_case_first: Iterable[str]) -> None:
        heads: set[str] = set()
        firsts: set[str] = set()  # the first words of the forms that start as written
        free: dict[str, bool] = {w.lower(): False for w in lower_case_first}  # word -> only before a capital
        after: set[str] = set()  # the capitalised words after those
        for phrases in by_key.values():
            for phrase in phrases:
                words = _WORD.findall(phrase.form)
                if not words:
                    continue
                shape, first = _shape(phrase.form), words[0]
                if shape[0] != _ANY or first[0].isdigit():
                    heads.update(c for c in {first[0], first[0].upper(), first[0].title()} if len(c) == 1)
                    firsts.add(first.lower())
                    continue
                before_capital = len(shape) > 1 and shape[1] != _ANY
                free[first.lower()] = free.get(first.lower(), True) and before_capital
                if before_capital:  # looked for before the capitalised word, which is tried too
                    after.add(words[1].lower())
                    heads.update(c for c in {words[1][0], words[1][0].upper()} if len(c) == 1)
                    firsts.add(words[1].lower())
        #: A word token that may start a phrase as written, whole (so no capital inside it is tried).
        self._heads = (
            re.compile("[" + "".join(re.escape(c) for c in sorted(heads)) + r"][^\W_]*") if heads else None
        )
        self._back = tuple(sorted(w for w, only_before in free.items() if only_before))
        self._after = frozenset(after) if self._back else frozenset()
        searched = sorted(w for w in free if w not in self._back)
        #: The second words of the phrases each searched word begins (None: it is a phrase alone):
        #: an occurrence followed by none of them is not tried (``trade``, of ``trade representative's
        #: office``, is in every other sentence of a trade story).
        seconds: dict[str, set[str] | None] = {w: set() for w in searched}
        for key in by_key:
            first, _, rest = key.partition(" ")
            if first in seconds:
                nexts = seconds[first]
                if not rest:
                    seconds[first] = None
                elif nexts is not None:
                    nexts.add(rest.partition(" ")[0])
        self._searched = tuple(
            (w, None if nexts is None or not nexts else tuple(sorted(nexts))) for w, nexts in seconds.items()
        )
        self._firsts = frozenset(firsts)

    def find(self, text: str, lowered: str, start: int, stop: int) -> list[int]:
        """The offsets in ``text[start:stop]`` to try, in order (some of them inside words)."""
        found: list[int] = []
        back, after = self._back, self._after
        if self._heads is not None:
            firsts = self._firsts
            # (only a word that some form begins with: most capitalised words begin none)
            heads = [m for m in self._heads.finditer(text, start, stop) if m.group().lower() in firsts]
            found = [m.start() for m in heads]
            for i in [m.start() for m in heads if m.group().lower() in after]:
                before = lowered[max(start, i - 16) : i].rstrip(_GAP_CHARS)
                if before.endswith(back):  # "the States"
                    word = next(w for w in back if before.endswith(w))
                    found.append(i - (min(16, i - start) - len(before)) - len(word))
        for word, nexts in self._searched:
            j = lowered.find(word, start, stop)
            while j >= 0:
                if nexts is None:
                    found.append(j)
                else:
                    k = j + len(word)  # past what may stand between two words of a phrase (``_SEP``)
                    gap = k
                    while gap < stop and gap - k < 3 and not lowered[gap].isalnum():
                        gap += 1
                    if lowered.startswith(nexts, gap):
                        found.append(j)
                j = lowered.find(word, j + 1, stop)
        return sorted(set(found))


#: What may stand between an any-case first word and the capitalised word after it.
_GAP_CHARS: Final = " \t\r\n\u00a0-.,;:'\"’‘“”()[]/&*+_–—"


def whole_words(text: str, word: str, *, joined_before: str = "_", joined_after: str = "_") -> Iterator[int]:
    """Where ``word`` occurs in ``text`` as a whole word, left to right: no letter or digit, nor a
    character of ``joined_before``, just before it; none, nor one of ``joined_after``, just after.
    (Plain searches: faster than a pattern compiled for one text.)

    >>> list(whole_words("Liu, Liuzhou and liu-Liu", "Liu", joined_before="-"))
    [0]
    """
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        before = text[i - 1] if i else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in joined_before) and not (
            after.isalnum() or after in joined_after
        ):
            yield i
        i = text.find(word, i + 1)


def char_tree(words: Iterable[str]) -> dict[str, Any]:
    """``words`` as a tree of characters: each node maps a character to the next node, and ``""``
    (to an empty node) marks the end of a word. Regex builders factor alternations with it.

    >>> char_tree(["ab", "a"])
    {'a': {'b': {'': {}}, '': {}}}
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return tree


def trie_pattern(words: Iterable[str], *, end: str = "", escape: Callable[[str], str] = re.escape) -> str:
    """One regex alternation for ``words``, factored by common prefixes so the engine tries few
    branches at each place; ``end`` (such as ``\\b``) follows every word, ``escape`` writes each
    character. Longer words are tried first. The result is one group or one branch, so it can stand
    inside a larger pattern; it is ``""`` for no words.

    >>> trie_pattern(["bid", "bank", "ban"], end=r"\\b")
    'b(?:an(?:k\\\\b|\\\\b)|id\\\\b)'
    >>> trie_pattern(["us", "uk"], end=_END)
    'u(?:k(?![^\\\\W_])|s(?![^\\\\W_]))'
    """

    def emit(node: dict[str, Any]) -> str:
        branches = [escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(end)
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    tree = char_tree(words)
    return emit(tree) if tree else ""


def _phrase_char(ch: str) -> str:
    """A character of a phrase key in a pattern: the token gap becomes a separator."""
    return _SEP if ch == _GAP else re.escape(ch)
