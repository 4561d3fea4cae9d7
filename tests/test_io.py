"""Exports to brat, Label Studio and TimeML, and corrected annotations read back as gold."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradecorpus
from tradecorpus import Document, FormatError, Quote
from tradecorpus.cli import main
from tradecorpus.io import load_gold, to_brat, to_label_studio, to_timeml, write_brat, write_timeml
from tradecorpus.testing.strategies import money_texts, quote_texts

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PIPELINE = tradecorpus.Pipeline(entry_points=False)
KINDS = ("money", "dates", "officials", "entities", "quotes", "deadlines", "commitments")
#: Curly quotes, CRLF line ends, non-ASCII and a character outside the BMP (two UTF-16 units).
TRICKY = (
    "“We’re close,” Mr. Trump said on Monday.\r\n\r\n"
    "The U.S. will buy €5 billion of café 🍞 bread, and China agreed to buy $50 billion annually.\r\n"
)


def _findings(doc: Document) -> dict[str, Any]:
    data = doc.to_dict()
    return {kind: data[kind] for kind in KINDS}


def _docs() -> list[Document]:
    docs = [PIPELINE.extract(str(p)) for p in SEEDS]
    docs.append(PIPELINE.extract({"id": "tricky", "text": TRICKY, "published": "2019-11-13"}))
    return docs


def test_brat_round_trip(tmp_path: Path) -> None:
    docs = _docs()
    written = write_brat(docs, tmp_path)
    assert [p.name for p in written][:2] == ["000_109000abd8b321fc.ann", "001_7feccc1d5c9d4873.ann"]
    # the .txt is the text byte for byte: CRLF kept
    assert (tmp_path / "tricky.txt").read_bytes() == TRICKY.encode("utf-8")
    back = {doc.id: doc for doc in load_gold(tmp_path)}
    for doc, path in zip(docs, written, strict=True):
        again = back[path.stem]
        assert again.text == doc.text
        assert _findings(again) == _findings(doc)
    assert sum(len(d.quotes) for d in docs) > 20  # the round trip covers quotes with speakers


def test_brat_spans_stay_on_one_line(tmp_path: Path) -> None:
    text = "“First paragraph of a quote.\n\nAnd its second,” Mr. Trump said."
    quote = Quote.of(text, 1, 45, speaker="Donald Trump", cue="said", direct=True)
    doc = Document(text=text, quotes=(quote,))
    _, ann = to_brat(doc)
    (line,) = [x for x in ann.splitlines() if x.startswith("T")]
    assert line.split("\t")[1:] == ["Quote 1 28;30 45", "First paragraph of a quote. And its second,"]
    write_brat([doc], tmp_path)
    (again,) = load_gold(tmp_path)
    assert again.quotes == (quote,)


def test_label_studio_round_trip_counts_utf16_units(tmp_path: Path) -> None:
    docs = _docs()
    tasks = [to_label_studio(d) for d in docs]
    tricky = tasks[-1]
    results = tricky["predictions"][0]["result"]
    bread = next(r for r in results if r.get("value", {}).get("text") == "$50 billion")
    assert bread["value"]["start"] == TRICKY.index("$50 billion") + 1  # the emoji is two UTF-16 units
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    back = load_gold(path)
    assert [d.id for d in back] == [d.id for d in docs]
    for doc, again in zip(docs, back, strict=True):
        assert _findings(again) == _findings(doc)
        assert again.published == doc.published


def test_corrected_label_studio_annotations_win_over_predictions(tmp_path: Path) -> None:
    doc = PIPELINE.extract("China agreed to buy $50 billion of goods.")
    task = to_label_studio(doc)
    corrected = [r for r in task["predictions"][0]["result"] if r.get("from_name") != "fields"]
    corrected[0]["value"]["labels"] = ["Money"]
    task["annotations"] = [{"result": [corrected[0]], "was_cancelled": False}]  # a money without its fields
    path = tmp_path / "export.json"
    path.write_text(json.dumps([task]), encoding="utf-8")
    (gold,) = load_gold(path)
    assert [(m.text, m.amount) for m in gold.money] == [("$50 billion", None)]
    assert gold.entities == ()


def test_cli_export_then_gold(tmp_path: Path) -> None:
    brat = tmp_path / "brat"
    seed = str(SEEDS[2])
    # (a plugin's own kinds, if one is installed, are not exported)
    assert main(["extract", "--format", "brat", "--output", str(brat), seed]) == 0
    gold = tmp_path / "gold"
    assert main(["gold", str(brat), "--output", str(gold)]) == 0
    data = json.loads((gold / f"{SEEDS[2].stem}.json").read_text(encoding="utf-8"))
    again = Document.from_dict(data)
    assert _findings(again) == _findings(PIPELINE.extract(seed))


def test_cli_folder_formats_need_an_output_folder(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "--format", "brat", str(SEEDS[0])])
    assert exit_.value.code == 2
    assert "--format brat writes a folder of files: give it with --output DIR" in capsys.readouterr().err


def test_cli_label_studio_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "label-studio", str(SEEDS[3])]) == 0
    (task,) = json.loads(capsys.readouterr().out)
    assert task["data"]["text"] == PIPELINE.extract(str(SEEDS[3])).text
    assert {r["value"]["labels"][0] for r in task["predictions"][0]["result"] if r["type"] == "labels"} >= {
        "Date", "Official", "Quote", "Entity"
    }  # fmt: skip


def test_timeml_has_every_date_inline_and_the_whole_text(tmp_path: Path) -> None:
    docs = _docs()
    paths = write_timeml(docs, tmp_path)
    for doc, path in zip(docs, paths, strict=True):
        root = ET.fromstring(path.read_bytes())
        body = root.find("TEXT")
        assert body is not None
        timexes = body.findall("TIMEX3")
        assert [(t.text, t.get("type"), t.get("value")) for t in timexes] == [
            (d.text, d.type, d.value) for d in doc.dates
        ]
        assert "".join(body.itertext()) == doc.text  # carriage returns survive as &#13;
        dct = root.find("DCT/TIMEX3")
        if doc.published is None:
            assert dct is None
        else:
            assert dct is not None
            assert dct.get("value") == doc.published.isoformat()


def test_timeml_escapes_markup() -> None:
    doc = PIPELINE.extract("Talks <resume> & end next week.", published="2019-11-13")
    root = ET.fromstring(to_timeml(doc))
    assert "".join(root.find("TEXT").itertext()) == doc.text  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("ann", "message"),
    [
        ("T1\tMoney 0 99\tx\n", "0:99 is outside the text"),
        ("T1\tTariff 0 5\tChina\n", "unknown label 'Tariff'"),
        ("T1\tMoney 0 5\tChina\n#1\tAnnotatorNotes T1\t{not json\n", "the note is not the JSON"),
        ("T1\tDate 0 5\tChina\n", "dates[0]"),
        ("nonsense\n", "not a brat annotation line"),
    ],
)
def test_bad_brat_files_are_refused_with_where_and_why(tmp_path: Path, ann: str, message: str) -> None:
    (tmp_path / "a.txt").write_text("China agreed.", encoding="utf-8")
    (tmp_path / "a.ann").write_text(ann, encoding="utf-8")
    with pytest.raises(FormatError, match=r"a\.ann") as err:
        load_gold(tmp_path)
    assert message in str(err.value)


def test_bad_inputs_to_load_gold(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"no \.ann files"):
        load_gold(tmp_path)
    (tmp_path / "lone.ann").write_text("", encoding="utf-8")
    with pytest.raises(FormatError, match=r"no text file lone\.txt"):
        load_gold(tmp_path / "lone.ann")
    (tmp_path / "x.json").write_text('{"data": {}}', encoding="utf-8")
    with pytest.raises(FormatError, match=r"a task needs data\.text"):
        load_gold(tmp_path / "x.json")
    (tmp_path / "x.csv").write_text("", encoding="utf-8")
    with pytest.raises(FormatError, match="expected a folder of brat files"):
        load_gold(tmp_path / "x.csv")


_SEPARATORS = st.sampled_from(["\r\n", "\n\n", " 🍞 ", " “yes,” ", "\u00a0", " é "])


_SENTENCES = st.one_of(money_texts().map(lambda c: c[0]), quote_texts().map(lambda c: c[0]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(_SENTENCES, min_size=1, max_size=3),
    separators=st.lists(_SEPARATORS, min_size=3, max_size=3),
)
def test_any_findings_survive_both_round_trips(
    parts: list[str], separators: list[str], tmp_path_factory: Any
) -> None:
    text = "".join(p + s for p, s in zip(parts, separators, strict=False))
    doc = PIPELINE.extract({"text": text, "published": "2019-11-13"})
    folder = tmp_path_factory.mktemp("rt")
    write_brat([doc], folder)
    (again,) = load_gold(folder)
    assert _findings(again) == _findings(doc)
    path = folder / "ls.json"
    path.write_text(json.dumps([to_label_studio(doc)]), encoding="utf-8")
    (again,) = load_gold(path)
    assert _findings(again) == _findings(doc)
