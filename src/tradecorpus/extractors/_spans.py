"""Spans of a text, sorted once, for asking fast whether one overlaps a range or where the next starts."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

__all__ = ["Spans"]


class Spans:
    """``(start, end)`` pairs, for asking fast whether one overlaps a given range, and where the
    first one at or after a point starts.

    >>> spans = Spans([(10, 14), (2, 5)])
    >>> spans.overlaps(4, 6), spans.overlaps(5, 10), spans.next_start(6, default=99)
    (True, False, 10)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end of the spans up to each one
        reach = -1
        for _, e in ordered:
            reach = max(reach, e)
            self._reach.append(reach)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps ``start:end``."""
        k = bisect.bisect_left(self._starts, end)  # the spans that start before ``end``
        return k > 0 and self._reach[k - 1] > start

    def next_start(self, pos: int, default: int) -> int:
        """The start of the first span at or after ``pos``, if it is before ``default``; else ``default``."""
        i = bisect.bisect_left(self._starts, pos)
        return min(default, self._starts[i]) if i < len(self._starts) else default
