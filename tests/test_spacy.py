"""The spaCy component: registered through spaCy's entry points, spans that match the typed results.

Needs the ``spacy`` extra (``pip install -e ".[spacy]"``); skipped without it. Uses
``spacy.blank("en")`` only: no model is downloaded.
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")

from spacy import displacy  # noqa: E402

import tradecorpus  # noqa: E402

TEXT = (
    "China has agreed to buy up to $50 billion in U.S. farm goods annually, Mr. Trump said on Oct. 11. "
    "“We’re making progress,” said Treasury Secretary Steven Mnuchin."
)


def _nlp(**config: object) -> object:
    nlp = spacy.blank("en")
    nlp.add_pipe("tradecorpus", config=config)
    return nlp


def test_the_factory_is_found_through_spacys_entry_points() -> None:
    found = importlib.metadata.entry_points(group="spacy_factories")
    values = [e.value for e in found if e.name == "tradecorpus"]
    assert values == ["tradecorpus.spacy_component:make_component"]
    # in a fresh interpreter that never imports tradecorpus itself: spaCy loads it by name
    code = (
        "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('tradecorpus'); "
        "doc = nlp('a $5 billion deal'); print([s.label_ for s in doc.spans['tradecorpus']])"
    )
    command = [sys.executable, "-c", code]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "['MONEY']"


def test_spans_match_the_typed_results() -> None:
    nlp = _nlp(published="2019-11-13")
    doc = nlp(TEXT)
    found = doc._.tradecorpus
    assert isinstance(found, tradecorpus.Document)
    assert found.text == doc.text
    spans = doc.spans["tradecorpus"]
    by_label: dict[str, list[tuple[str, str]]] = {}
    for span in spans:
        by_label.setdefault(span.label_, []).append((span.text, span.kb_id_))
    assert by_label["MONEY"] == [("up to $50 billion", "50000000000 USD")]
    assert ("Oct. 11", "2019-10-11") in by_label["DATE"]
    assert ("annually", "P1Y") in by_label["DATE"]
    assert {v for _, v in by_label["OFFICIAL"]} == {o.name for o in found.officials}
    assert ("China", "China") in by_label["COUNTRY"]
    assert ("U.S.", "United States") in by_label["COUNTRY"]
    quotes = [q for q in found.quotes if q.direct]
    said = [(t, v) for t, v in by_label["QUOTE"] if t == quotes[0].text]
    assert said == [(quotes[0].text, "Steven Mnuchin")]
    # here every finding falls on token boundaries: the spans have its exact character offsets
    wanted = sorted((m.start, m.end) for m in (*found.money, *found.dates))
    got = sorted((s.start_char, s.end_char) for s in spans if s.label_ in ("MONEY", "DATE"))
    assert got == wanted


def test_a_docs_own_publication_date_wins() -> None:
    nlp = _nlp(published="2000-01-01")
    doc = nlp.make_doc("Talks resume next week.")
    doc.user_data["published"] = "2019-11-13"
    doc = nlp.get_pipe("tradecorpus")(doc)
    assert [(s.text, s.kb_id_) for s in doc.spans["tradecorpus"]] == [("next week", "2019-W47")]


def test_config_disables_plugins_and_names_the_spans_key() -> None:
    doc = _nlp(disable=["money", "quotes"], spans_key="trade")(TEXT)
    assert "tradecorpus" not in doc.spans
    labels = {s.label_ for s in doc.spans["trade"]}
    assert "MONEY" not in labels
    assert "QUOTE" not in labels
    assert "DATE" in labels
    assert doc._.tradecorpus.money == ()


def test_displacy_draws_the_spans() -> None:
    doc = _nlp()(TEXT)
    page = displacy.render(doc, style="span", options={"spans_key": "tradecorpus"})
    assert "MONEY" in page
    assert "OFFICIAL" in page


def test_it_works_with_nlp_pipe_and_other_components() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("tradecorpus")
    docs = list(nlp.pipe([TEXT, "No findings here."]))
    assert len(docs[0].spans["tradecorpus"]) > 5
    assert len(docs[1].spans["tradecorpus"]) == 0
    assert len(list(docs[0].sents)) == 2
