"""Text styles: turn clean text into the lower-cased, punctuation-stripped style of corpus dumps.

Corpus dumps often lower-case articles and drop all punctuation (``the u s will be represented by
robert lighthizer``, ``76 7 billion``). :func:`strip_punctuation` makes that style from clean text
and keeps a map of offsets, so the gold spans of a clean article can be carried over and an
extractor can be scored on both styles of the same text.

>>> s = strip_punctuation("The U.S. and China's “phase one” deal.")
>>> s.text
'the u s and china s phase one deal'
>>> s.span(4, 8), s.text[slice(*s.span(4, 8))]
((4, 7), 'u s')
"""

from __future__ import annotations

import attrs

__all__ = ["StrippedText", "strip_punctuation"]


@attrs.frozen
class StrippedText:
    """Stripped text, and where each offset of the original text went."""

    #: The lower-cased, punctuation-stripped text.
    text: str
    #: ``offsets[i]`` is where original offset ``i`` lands in :attr:`text` (``len(original) + 1`` items).
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of ``original[start:end]`` in :attr:`text`, blanks trimmed; None if nothing is left."""
        a, b = self.offsets[start], self.offsets[end]
        while a < b and self.text[a] == " ":
            a += 1
        while b > a and self.text[b - 1] == " ":
            b -= 1
        return (a, b) if a < b else None


def strip_punctuation(text: str) -> StrippedText:
    """``text`` lower-cased, every character that is not a letter, digit or blank made a space, and
    every run of blanks made one space (two line breaks where the run held a blank line).

    Characters whose lower case is longer than one character are kept as they are, so that
    offsets stay one to one.
    """
    out: list[str] = []
    offsets: list[int] = []
    pending = ""  # the blank run not yet written
    length = 0
    for ch in text:
        if ch.isalnum():
            if pending:
                if length:
                    out.append(pending)
                    length += len(pending)
                pending = ""
            offsets.append(length)
            low = ch.lower()
            out.append(low if len(low) == 1 else ch)
            length += 1
        else:
            offsets.append(length)
            if ch == "\n" and "\n" in pending:
                pending = "\n\n"
            elif not pending:
                pending = "\n" if ch == "\n" else " "
            elif pending == " " and ch == "\n":
                pending = "\n"
    offsets.append(length)
    result = "".join(out)
    return StrippedText(_tidy(result), tuple(offsets))


def _tidy(text: str) -> str:
    """Single line breaks become spaces; blank lines stay."""
    return text.replace("\n\n", "\x00").replace("\n", " ").replace("\x00", "\n\n")
