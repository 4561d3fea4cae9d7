"""The gazetteer the built-in extractors use, for plugins that need the same facts.

Countries (with their aliases, capital and demonyms), international bodies, government bodies,
news outlets, companies and office-holders, read once from the CSV files shipped with the
package. A plugin that must tell ``Japanese goods`` from ``Japan`` or name a country by its ISO
code reads them here instead of carrying a copy of its own.

>>> from tradecorpus import gazetteer
>>> gazetteer.country_by_code("JP").demonyms
('Japanese',)
>>> gazetteer.country_by_code("US").name
'United States'
>>> sum(1 for c in gazetteer.countries() if c.kind == "country") > 190
True
"""

from __future__ import annotations

from tradecorpus._data.gazetteer import (
    Body,
    Country,
    Office,
    Person,
    bodies,
    countries,
    country_by_code,
    organisations,
    people,
)

__all__ = [
    "Body",
    "Country",
    "Office",
    "Person",
    "bodies",
    "countries",
    "country_by_code",
    "organisations",
    "people",
]
