"""Parquet output: one flat table per kind, keyed by document id (needs the ``parquet`` extra)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

pq = pytest.importorskip("pyarrow.parquet")

import tradecorpus  # noqa: E402
from tradecorpus.cli import main  # noqa: E402
from tradecorpus.parquet import SCHEMAS, write_parquet  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PIPELINE = tradecorpus.Pipeline(entry_points=False)


def _docs() -> list[tradecorpus.Document]:
    return [PIPELINE.extract(str(p)) for p in sorted((ROOT / "seeds").glob("*.txt"))]


def _rows(folder: Path, table: str) -> list[dict[str, object]]:
    return list(pq.read_table(folder / f"{table}.parquet").to_pylist())


def test_every_finding_is_a_row_keyed_by_its_document(tmp_path: Path) -> None:
    docs = _docs()
    counts = write_parquet(iter(docs), tmp_path, batch_size=3)  # a generator, in batches
    expected = {
        "documents": len(docs),
        "money": sum(len(d.money) for d in docs),
        "dates": sum(len(d.dates) for d in docs),
        "deadlines": sum(len(d.deadlines) for d in docs),
        "officials": sum(len(o.mentions) for d in docs for o in d.officials),
        "entities": sum(len(e.mentions) for d in docs for e in d.entities),
        "quotes": sum(len(d.quotes) for d in docs),
        "commitments": sum(len(d.commitments) for d in docs),
        "errors": 0,
    }
    assert counts == expected
    for table, schema in SCHEMAS.items():
        read = pq.read_table(tmp_path / f"{table}.parquet")
        assert read.schema.equals(schema), table
        assert read.num_rows == expected[table]
    texts = {row["doc_id"]: row["text"] for row in _rows(tmp_path, "documents")}
    assert list(texts) == [d.id for d in docs]
    for table in ("money", "dates", "deadlines", "officials", "entities", "quotes", "commitments"):
        for row in _rows(tmp_path, table):
            assert texts[row["doc_id"]][row["start"] : row["end"]] == row["text"], table


def test_values_are_typed(tmp_path: Path) -> None:
    docs = _docs()
    write_parquet(docs, tmp_path)
    wire = next(d for d in docs if d.id and d.id.endswith("002_94ab136c4d34d466.txt"))
    money = [r for r in _rows(tmp_path, "money") if r["doc_id"] == wire.id]
    assert [(r["text"], r["amount"], r["low"], r["high"], r["currency"], r["qualifier"]) for r in money] == [
        ("up to $50 billion", Decimal("50000000000"), None, None, "USD", "up to"),
        ("$40 billion to $50 billion", None, Decimal("40000000000"), Decimal("50000000000"), "USD", None),
    ]
    (doc_row,) = [r for r in _rows(tmp_path, "documents") if r["doc_id"] == wire.id]
    assert doc_row["published"] == wire.published
    commitments = [r for r in _rows(tmp_path, "commitments") if r["doc_id"] == wire.id]
    assert (commitments[0]["party"], commitments[0]["period"], commitments[0]["amount"]) == (
        "China", "P1Y", Decimal("50000000000")
    )  # fmt: skip
    liu = [r for r in _rows(tmp_path, "officials") if r["name"] == "Liu He" and r["doc_id"] == wire.id]
    assert [(r["text"], r["title"], r["country"]) for r in liu] == [
        ("Liu He", "Vice Premier", "CN"),
        ("Liu", "Vice Premier", "CN"),
    ]


def test_no_documents_still_write_every_table(tmp_path: Path) -> None:
    assert write_parquet([], tmp_path) == dict.fromkeys(SCHEMAS, 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.parquet" for t in SCHEMAS)


def test_cli_writes_the_tables(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    assert main(["extract", "--format", "parquet", "--output", str(out)]) == 0
    assert len(_rows(out, "documents")) == 4
    assert {r["doc_id"] for r in _rows(out, "money")} <= {r["doc_id"] for r in _rows(out, "documents")}


def test_batch_size_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="batch_size must be >= 1, got 0"):
        write_parquet([], tmp_path, batch_size=0)
