"""tradecorpus as a spaCy pipeline component (the ``spacy`` extra: ``pip install "tradecorpus[spacy]"``).

Installing tradecorpus registers the factory ``tradecorpus`` through spaCy's own entry points
(``spacy_factories``), so any pipeline can add it by name, ``spacy.blank("en")`` included::

    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("tradecorpus")
    doc = nlp("China agreed to buy $50 billion of U.S. goods, Mr. Trump said on Oct. 11.")
    [(s.text, s.label_) for s in doc.spans["tradecorpus"]]

The component runs the tradecorpus pipeline on ``doc.text`` and puts its findings in
``doc.spans["tradecorpus"]`` (labels :data:`LABELS`, each span's ``kb_id_`` the normalised value),
and keeps the whole typed :class:`~tradecorpus.Document` in ``doc._.tradecorpus``. The config
takes ``disable`` (tradecorpus plugins to leave out), ``spans_key`` and ``published`` (a fixed
publication date; a doc's own ``doc.user_data["published"]`` wins). ``displacy.render(doc,
style="span", options={"spans_key": "tradecorpus"})`` draws the findings.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from tradecorpus.model import Document, Money, Span
from tradecorpus.pipeline import Pipeline

__all__ = ["LABELS", "TradecorpusComponent", "make_component"]

#: The label of each kind of finding in ``doc.spans``.
LABELS: Final = {
    "money": "MONEY",
    "dates": "DATE",
    "officials": "OFFICIAL",
    "country": "COUNTRY",
    "organisation": "ORG",
    "quotes": "QUOTE",
    "extras": "EXTRA",
}


def _money_value(m: Money) -> str:
    if m.amount is not None:
        return f"{m.amount:f} {m.currency or ''}".strip()
    if m.low is not None and m.high is not None:
        return f"{m.low:f}-{m.high:f} {m.currency or ''}".strip()
    return ""


def _findings(found: Document) -> Iterator[tuple[Span, str, str]]:
    """Each finding's span, label and normalised value, in text order."""
    items: list[tuple[Span, str, str]] = []
    items.extend((m, LABELS["money"], _money_value(m)) for m in found.money)
    items.extend((d, LABELS["dates"], d.value) for d in found.dates)
    for o in found.officials:
        items.extend((m, LABELS["officials"], o.name) for m in o.mentions)
    for e in found.entities:
        label = LABELS["country"] if e.kind == "country" else LABELS["organisation"]
        items.extend((m, label, e.name) for m in e.mentions)
    items.extend((q, LABELS["quotes"], q.speaker or "") for q in found.quotes)
    for plugin, results in found.extras.items():
        items.extend((r, plugin.upper(), "") for r in results if isinstance(r, Span))
    items.sort(key=lambda item: (item[0].start, -item[0].end))
    return iter(items)


class TradecorpusComponent:
    """The component ``nlp.add_pipe("tradecorpus")`` adds; see the module's description."""

    def __init__(
        self, disable: Sequence[str] = (), spans_key: str = "tradecorpus", published: str | None = None
    ) -> None:
        self.pipeline = Pipeline(disable=list(disable))
        self.spans_key = spans_key
        self.published = published
        if not Doc.has_extension("tradecorpus"):
            Doc.set_extension("tradecorpus", default=None)

    def __call__(self, doc: Doc) -> Doc:
        published = doc.user_data.get("published", self.published)
        found = self.pipeline.extract({"text": doc.text, "published": published})
        spans = []
        for span, label, value in _findings(found):
            tokens = doc.char_span(span.start, span.end, label=label, kb_id=value, alignment_mode="expand")
            if tokens is not None:
                spans.append(tokens)
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)
        doc._.tradecorpus = found
        return doc


@Language.factory(
    "tradecorpus",
    default_config={"disable": [], "spans_key": "tradecorpus", "published": None},
)
def make_component(
    nlp: Language, name: str, disable: list[str], spans_key: str, published: str | None
) -> TradecorpusComponent:
    """The ``tradecorpus`` factory (registered through spaCy's ``spacy_factories`` entry points)."""
    del nlp, name
    return TradecorpusComponent(disable=disable, spans_key=spans_key, published=published)
