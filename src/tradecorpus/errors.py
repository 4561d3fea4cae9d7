"""The exceptions tradecorpus raises.

Every error derives from :class:`TradecorpusError`, so ``except TradecorpusError`` catches all of
them; the subclasses carry the data a caller needs to act on the failure (which file, which byte,
which plugin, which hook).
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["FormatError", "PluginError", "ReadError", "TradecorpusError"]


class TradecorpusError(Exception):
    """Base class of every error raised by tradecorpus."""


class ReadError(TradecorpusError):
    """A source could not be read: missing, unreadable, binary or undecodable.

    Attributes:
        path: The file that failed, or None when the source was bytes or text.
        offset: The byte offset of the first undecodable byte, or None.
    """

    def __init__(self, message: str, *, path: str | None = None, offset: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.offset = offset

    def __reduce__(self) -> tuple[Any, ...]:  # keyword-only data survives pickling (worker processes)
        return (functools.partial(type(self), path=self.path, offset=self.offset), self.args)


class PluginError(TradecorpusError):
    """A plugin could not be registered, or failed while ``strict=True``.

    Attributes:
        plugin: The plugin's registered name.
        hook: The hook it failed in, or None for registration problems that concern no one hook.
    """

    def __init__(self, message: str, *, plugin: str, hook: str | None = None) -> None:
        super().__init__(message)
        self.plugin = plugin
        self.hook = hook

    def __reduce__(self) -> tuple[Any, ...]:
        return (functools.partial(type(self), plugin=self.plugin, hook=self.hook), self.args)


class FormatError(TradecorpusError, ValueError):
    """Serialised data (``Document.from_dict``) does not have the expected shape.

    Attributes:
        where: A path to the offending value, such as ``"money[2].amount"``.
    """

    def __init__(self, message: str, *, where: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.detail = message

    def __reduce__(self) -> tuple[Any, ...]:
        return (functools.partial(type(self), where=self.where), (self.detail,))
