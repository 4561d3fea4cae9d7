"""Hooks for the documentation site: an MkDocs hook and a griffe extension (``mkdocs.yml``).

The library's docstrings are written for doctest and Sphinx-style cross-references; the site
renders them as Markdown. Two small translations keep them readable there:

* ``DoctestFences`` (a griffe extension) fences each run of doctest lines (``>>> ...`` and the
  output after it) as a ``pycon`` code block, which Markdown would otherwise read as nested quotes;
* ``on_page_content`` (an MkDocs hook) turns Sphinx roles (``:class:`~tradecorpus.Document```),
  which Markdown renders as the role's name followed by code, into plain code (``Document``), a
  name after ``~`` shortened to its last part as Sphinx does.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|class|meth|mod|attr|data|exc|obj):<code>(~?)([^<]*)</code>")


def _code(match: re.Match[str]) -> str:
    name = match.group(2)
    return f"<code>{name.rsplit('.', 1)[-1] if match.group(1) else name}</code>"


def on_page_content(html: str, **kwargs: Any) -> str:
    """Sphinx roles in rendered docstrings become plain code."""
    return _ROLE.sub(_code, html)


def fence_doctests(text: str) -> str:
    r"""Each run of doctest lines, up to a blank line, fenced as a ``pycon`` block.

    >>> fence_doctests("Example:\n\n>>> 1 + 1\n2\n\nDone.").splitlines()
    ['Example:', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'Done.']
    """
    out: list[str] = []
    inside = False
    indent = ""
    for line in text.split("\n"):
        stripped = line.lstrip()
        if not inside and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            inside = True
        elif inside and not stripped:
            out.append(f"{indent}```")
            inside = False
        out.append(line)
    if inside:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctests of every docstring as code blocks."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
