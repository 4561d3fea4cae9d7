"""An HTML view of what was found: every finding highlighted in the article's text.

:func:`render_html` gives one self-contained page (inline CSS, no scripts, nothing fetched) for one
document or several (then with a table of contents). Each kind has its own colour and a legend;
hovering a highlight shows its normalised value (``50000000000 USD (up to)``, ``2019-W47 DATE``,
``Liu He · Vice Premier · CN``, a quote's speaker). A quote and its speaker's mention carry the
same numbered badge, and the quote's badge links to the mention. Deadlines and commitments are
listed under the article, each linking to its span. Overlapping findings nest: a highlight that
crosses another's end is closed and reopened, so the page is always well-formed HTML. All article
text is escaped.

>>> import tradecorpus
>>> doc = tradecorpus.extract("China agreed to buy up to $50 billion of <b>farm</b> goods, Mr. Trump said.",
...                           published="2019-11-13")
>>> page = render_html(doc)
>>> 'title="50000000000 USD (up to)"' in page and "&lt;b&gt;farm&lt;/b&gt;" in page
True
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from tradecorpus.model import DateMention, Document, Money, Span

__all__ = ["KIND_COLOURS", "money_value", "render_html"]

#: The colour of each kind's highlight (and of its legend entry).
KIND_COLOURS: Final = {
    "money": "#b7e4c7",
    "date": "#bde0fe",
    "official": "#ffd6a5",
    "entity": "#e2c2ff",
    "quote": "#fff3b0",
    "extra": "#dddddd",
}
_LEGEND: Final = {
    "money": "money",
    "date": "date",
    "official": "official (mention)",
    "entity": "country or organisation (mention)",
    "quote": "quote",
    "extra": "a plugin's own kind",
}

_CSS: Final = """
body { font-family: Georgia, 'Times New Roman', serif; margin: 2em auto; max-width: 52em; padding: 0 1em;
       color: #222; line-height: 1.6; }
h1, h2, h3, nav, .legend, .meta, ul.findings {
  font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { color: inherit; border-radius: 3px; padding: 0 1px; }
mark.quote { font-style: italic; }
mark.speaker { background: none; border-bottom: 2px dotted #8a6d00; }
mark.quote mark { font-style: normal; }
mark:target { outline: 2px solid #d00; }
sup.badge { font: bold 0.7em system-ui, sans-serif; color: #fff; background: #8a6d00; border-radius: 0.6em;
            padding: 0 0.35em; margin: 0 0.1em; }
sup.badge a { color: #fff; text-decoration: none; }
.legend span { display: inline-block; margin: 0 0.8em 0.3em 0; padding: 0 0.4em; border-radius: 3px; }
.meta { color: #555; font-size: 0.9em; }
ul.findings { font-size: 0.9em; }
article { border-top: 1px solid #ccc; margin-top: 2em; }
"""
# each kind's highlight in its colour of KIND_COLOURS
_CSS_COLOURS: Final = "".join(
    f"mark.{kind} {{ background: {colour}; }}\n" for kind, colour in KIND_COLOURS.items()
)


class _Mark(NamedTuple):
    """One highlight: where, which kind, its hover text, and the attributes of its element."""

    start: int
    end: int
    kind: str
    title: str
    anchor: str | None = None  # the element's id, on its first fragment
    badge: str | None = None  # a numbered badge placed at the highlight's start ("Q3")
    badge_link: str | None = None  # where the badge links to


def money_value(m: Money) -> str:
    """An amount as the view and the table show it: ``50000000000 USD (up to)``, ``40–50 USD``."""
    if m.amount is not None:
        value = format(m.amount, "f")
    elif m.low is not None and m.high is not None:
        value = f"{m.low:f}–{m.high:f}"
    else:
        value = "?"
    parts = [value, m.currency or "(no currency)"]
    if m.qualifier:
        parts.append(f"({m.qualifier})")
    return " ".join(parts)


def _date_title(d: DateMention) -> str:
    return f"{d.value} {d.type}" + (f" {d.mod}" if d.mod else "")


def _marks(doc: Document, prefix: str) -> tuple[list[_Mark], dict[tuple[int, int], str]]:
    """Every highlight of ``doc``, and the ids given to the money and date spans (for the lists)."""
    marks: list[_Mark] = []
    ids: dict[tuple[int, int], str] = {}
    for i, m in enumerate(doc.money):
        ids[(m.start, m.end)] = f"{prefix}money-{i}"
        marks.append(_Mark(m.start, m.end, "money", money_value(m), f"{prefix}money-{i}"))
    for i, d in enumerate(doc.dates):
        ids[(d.start, d.end)] = f"{prefix}date-{i}"
        marks.append(_Mark(d.start, d.end, "date", _date_title(d), f"{prefix}date-{i}"))
    speaker_badges: dict[tuple[int, int], list[str]] = {}
    for i, q in enumerate(doc.quotes):
        if q.speaker_mention is not None:
            speaker_badges.setdefault((q.speaker_mention.start, q.speaker_mention.end), []).append(
                f"Q{i + 1}"
            )
    for i, o in enumerate(doc.officials):
        title = " · ".join(x for x in (o.name, o.title, o.country) if x)
        for j, mention in enumerate(o.mentions):
            anchor = f"{prefix}official-{i}-{j}"
            ids[(mention.start, mention.end)] = anchor
            badge = ", ".join(speaker_badges.pop((mention.start, mention.end), [])) or None
            marks.append(_Mark(mention.start, mention.end, "official", title, anchor, badge))
    for i, e in enumerate(doc.entities):
        title = " · ".join(x for x in (e.name, e.kind, e.country) if x)
        for j, mention in enumerate(e.mentions):
            anchor = f"{prefix}entity-{i}-{j}"
            ids.setdefault((mention.start, mention.end), anchor)
            badge = ", ".join(speaker_badges.pop((mention.start, mention.end), [])) or None
            marks.append(_Mark(mention.start, mention.end, "entity", title, anchor, badge))
    # speakers that are no official or entity mention ("one Chinese official"): a bare badge
    for (first, last), badges in speaker_badges.items():
        anchor = f"{prefix}speaker-{first}"
        ids[(first, last)] = anchor
        marks.append(_Mark(first, last, "speaker", "speaker", anchor, ", ".join(badges)))
    for i, q in enumerate(doc.quotes):
        how = "direct quote" if q.direct else "reported speech"
        title = f"{how} · speaker: {q.speaker or '?'}" + (f" ({q.cue})" if q.cue else "")
        link = None
        if q.speaker_mention is not None:
            link = ids.get((q.speaker_mention.start, q.speaker_mention.end))
        marks.append(_Mark(q.start, q.end, "quote", title, f"{prefix}quote-{i}", f"Q{i + 1}", link))
    for plugin, items in doc.extras.items():
        for i, item in enumerate(items):
            if not isinstance(item, Span):
                continue
            summary = getattr(item, "summary", "")
            title = f"{plugin}" + (f": {summary}" if isinstance(summary, str) and summary else "")
            marks.append(_Mark(item.start, item.end, "extra", title, f"{prefix}{plugin}-{i}"))
    return marks, ids


def _highlighted(text: str, marks: Sequence[_Mark]) -> str:
    """``text`` escaped, with every mark as a ``<mark>`` element, nested; a mark that crosses the
    end of an enclosing one is closed there and reopened after it."""
    valid = [m for m in marks if 0 <= m.start <= m.end <= len(text) and m.start < m.end]
    # outer marks first: by start, the longer first
    valid.sort(key=lambda m: (m.start, -m.end))
    bounds = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    starting: dict[int, list[int]] = {}
    for index, m in enumerate(valid):
        starting.setdefault(m.start, []).append(index)
    out: list[str] = []
    stack: list[int] = []  # indexes of the open marks, outermost first
    opened: set[int] = set()  # marks whose first fragment has been written

    def open_tag(index: int) -> str:
        m = valid[index]
        attrs = f' class="{m.kind}" title="{html.escape(m.title)}"'
        first = index not in opened
        if first and m.anchor:
            attrs += f' id="{html.escape(m.anchor)}"'
        opened.add(index)
        badge = ""
        if first and m.badge:
            inner = html.escape(m.badge)
            if m.badge_link:
                inner = f'<a href="#{html.escape(m.badge_link)}">{inner}</a>'
            badge = f'<sup class="badge">{inner}</sup>'
        return f"{badge}<mark{attrs}>"

    for here, nxt in itertools.pairwise(bounds):
        # close what ends here; what is open inside a closing mark is closed and reopened after it
        ending = [depth for depth, i in enumerate(stack) if valid[i].end <= here]
        if ending:
            above = stack[ending[0] :]
            out.append("</mark>" * len(above))
            del stack[ending[0] :]
            for i in above:
                if valid[i].end > here:
                    out.append(open_tag(i))
                    stack.append(i)
        for i in starting.get(here, ()):
            out.append(open_tag(i))
            stack.append(i)
        out.append(html.escape(text[here:nxt]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def _link(ids: dict[tuple[int, int], str], span: Span) -> str:
    target = ids.get((span.start, span.end))
    text = html.escape(span.text)
    return f'<a href="#{html.escape(target)}">{text}</a>' if target else text


def _article(doc: Document, name: str, prefix: str) -> str:
    marks, ids = _marks(doc, prefix)
    parts = [f'<article id="{html.escape(prefix)}doc">', f"<h2>{html.escape(name)}</h2>"]
    meta = []
    if doc.published is not None:
        meta.append(f"published {doc.published.isoformat()}")
    if doc.byline is not None and doc.byline.authors:
        meta.append("by " + ", ".join(doc.byline.authors))
    if doc.stripped:
        meta.append("punctuation-stripped text")
    counts = ", ".join(f"{len(getattr(doc, kind))} {kind}" for kind in Document.KINDS if getattr(doc, kind))
    meta.append(counts or "nothing found")
    parts.append(f'<p class="meta">{html.escape(" · ".join(meta))}</p>')
    parts.append(f'<div class="text">{_highlighted(doc.text, marks)}</div>')
    if doc.deadlines:
        parts.append("<h3>Deadlines</h3>")
        parts.append('<ul class="findings">')
        for d in doc.deadlines:
            event = f": {html.escape(d.event)}" if d.event else ""
            parts.append(
                f"<li>{_link(ids, d.date)} — {html.escape(d.kind)} {html.escape(d.date.value)}{event}</li>"
            )
        parts.append("</ul>")
    if doc.commitments:
        parts.append("<h3>Commitments</h3>")
        parts.append('<ul class="findings">')
        for c in doc.commitments:
            period = f" over {html.escape(c.period)}" if c.period else ""
            who = html.escape(c.party or "?")
            parts.append(
                f"<li>{who} {html.escape(c.status)} {html.escape(c.action)}: {_link(ids, c.money)} "
                f"({html.escape(money_value(c.money))}){period}</li>"
            )
        parts.append("</ul>")
    if doc.errors:
        parts.append("<h3>Errors</h3>")
        parts.append('<ul class="findings">')
        parts.extend(
            f"<li>plugin {html.escape(e.plugin)} in {html.escape(e.hook)}: {html.escape(e.error)}: "
            f"{html.escape(e.message)}</li>"
            for e in doc.errors
        )
        parts.append("</ul>")
    parts.append("</article>")
    return "\n".join(parts)


def _legend() -> str:
    entries = "".join(
        f'<span style="background:{KIND_COLOURS[kind]}">{html.escape(label)}</span>'
        for kind, label in _LEGEND.items()
    )
    badge = '<span><sup class="badge">Q1</sup> a quote and its speaker</span>'
    return f'<p class="legend">{entries}{badge}</p>'


def render_html(docs: Document | Iterable[Document], *, names: Sequence[str] | None = None,
                title: str = "tradecorpus") -> str:  # fmt: skip
    """One self-contained HTML page showing every finding of ``docs`` (a document or several).

    ``names`` gives each document's heading (default: its ``id``, else ``document N``); with
    several documents the page opens with a table of contents.
    """
    documents = [docs] if isinstance(docs, Document) else list(docs)
    if names is not None and len(names) != len(documents):
        msg = f"names has {len(names)} entries for {len(documents)} documents"
        raise ValueError(msg)
    headings = [
        (names[i] if names is not None else None) or doc.id or f"document {i + 1}"
        for i, doc in enumerate(documents)
    ]
    body: list[str] = [f"<h1>{html.escape(title)}</h1>", _legend()]
    if len(documents) > 1:
        body.append("<nav><h2>Contents</h2><ol>")
        body.extend(f'<li><a href="#d{i}-doc">{html.escape(h)}</a></li>' for i, h in enumerate(headings))
        body.append("</ol></nav>")
    pairs = zip(documents, headings, strict=True)
    body.extend(_article(doc, heading, f"d{i}-") for i, (doc, heading) in enumerate(pairs))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}{_CSS_COLOURS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
