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

__all__ = ["Phrase", "PhraseMatch", "PhraseMatcher", "char_tree", "phrase_key", "trie_pattern", "word_tokens"]

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

    def __init__(self, phrases: Iterable[Phrase[T]]) -> None:
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

    def __len__(self) -> int:
        return len(self._by_key)

    def phrase_keys(self) -> list[str]:
        """The keys of all phrases (see :func:`phrase_key`), in no particular order."""
        return list(self._by_key)

    def phrases(self, key: str) -> tuple[Phrase[T], ...]:
        """The phrases known by ``key`` (see :func:`phrase_key`), or ``()``."""
        return self._by_key.get(key, ())

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

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[PhraseMatch[T]]:
        """The phrases named in ``text[start:end]``, left to right, never overlapping."""
        if self._pattern is None:
            return
        stop = len(text) if end is None else end
        lowered = text.lower()
        pattern = self._pattern
        if len(lowered) != len(text):  # a few characters change length when lower-cased
            if self._caseless is None:
                self._caseless = re.compile(self._pattern.pattern, re.IGNORECASE)
            pattern, lowered = self._caseless, text
        keys = self._keys
        if len(keys) > _KEY_CACHE:
            keys.clear()
        by_key = self._by_key
        for m in pattern.finditer(lowered, start, stop):
            matched = m.group()
            key = keys.get(matched)
            if key is None:
                key = keys[matched] = " ".join(_WORD.findall(matched.lower()))
            found = by_key.get(key)
            if found:
                yield PhraseMatch(m.start(), m.end(), key, found)


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
