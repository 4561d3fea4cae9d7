"""Tariff measures in trade news, as a tradecorpus plugin: ``doc.extras["tariffs"]``.

A *tariff measure* is a mention of a specific tariff (``tariffs``, ``duties``, ``levies``,
``surcharges``, ``import taxes``) that gives its rate or the goods it covers::

    100 pct tariffs on 300 mln dlrs worth of Japanese electronic goods
    15% levies imposed on other imports
    tariffs on $200 billion of Chinese goods to 25% from 10%

Each is a :class:`Tariff`: its span, the rate it sets and the rate it replaces, the goods and the
value of trade it covers (the built-in ``money`` result), who imposes it and on whom (canonical
names, as the built-in ``entities`` and ``officials`` give them) and the day it takes effect (the
built-in ``dates`` result) when the sentence gives one.

Installed, the plugin registers itself through the ``tradecorpus`` entry point under the name
``tariffs``; without installing it, pass the module to a pipeline::

    import tradecorpus, tradecorpus_tariffs
    pipeline = tradecorpus.Pipeline(plugins={"tariffs": tradecorpus_tariffs})
"""

from __future__ import annotations

from decimal import Decimal

import attrs
import tradecorpus
from attrs import validators as v
from tradecorpus import DateMention, Document, Money, Span

from tradecorpus_tariffs._find import find_tariffs

__all__ = ["Tariff", "__version__", "extract_extras"]

__version__ = "0.1.0"

_OPT_DECIMAL = v.optional(v.instance_of(Decimal))
_OPT_STR = v.optional(v.instance_of(str))


@attrs.frozen(kw_only=True)
class Tariff(Span):
    """A tariff measure: ``text == doc.text[start:end]`` covers the rate, the head word and the
    goods it applies to.

    ``rate`` is the percentage the measure sets (``25`` for ``25%``, ``pct`` or ``percent``);
    ``previous_rate`` the one it replaces (``10`` in ``from 10% to 25%``). ``goods`` is the goods or
    imports covered as written (``Chinese goods``); ``value`` the amount of trade covered, as the
    built-in money extractor read it. ``imposer`` and ``target`` are the canonical names of the
    country (or bloc) that imposes the measure and of the one whose goods it hits. ``effective`` is
    the date it takes effect. Each is None when the sentence does not say.
    """

    rate: Decimal | None = attrs.field(default=None, validator=_OPT_DECIMAL)
    previous_rate: Decimal | None = attrs.field(default=None, validator=_OPT_DECIMAL)
    goods: str | None = attrs.field(default=None, validator=_OPT_STR)
    value: Money | None = attrs.field(default=None, validator=v.optional(v.instance_of(Money)))
    imposer: str | None = attrs.field(default=None, validator=_OPT_STR)
    target: str | None = attrs.field(default=None, validator=_OPT_STR)
    effective: DateMention | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(DateMention))
    )

    @property
    def summary(self) -> str:
        """One line for a table: ``25% (from 10%) · $250 billion · United States → China · 2019-09-01``.

        >>> Tariff.of("25% tariffs", 0, 11, rate=Decimal(25), imposer="United States").summary
        '25% · United States → ?'
        """
        parts = []
        if self.rate is not None:
            was = f" (from {self.previous_rate}%)" if self.previous_rate is not None else ""
            parts.append(f"{self.rate}%{was}")
        if self.value is not None:
            parts.append(self.value.text)
        if self.imposer or self.target:
            parts.append(f"{self.imposer or '?'} → {self.target or '?'}")
        if self.effective is not None:
            parts.append(self.effective.value)
        return " · ".join(parts) or "—"


@tradecorpus.hookimpl
def extract_extras(doc: Document) -> list[Tariff]:
    """Every tariff measure in ``doc.text``, in the order of the text."""
    return [Tariff.of(doc.text, found.start, found.end, **found.fields) for found in find_tariffs(doc)]
