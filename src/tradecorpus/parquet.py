"""Findings as Parquet tables, one per kind, keyed by document id (the ``parquet`` extra: pyarrow).

:func:`write_parquet` streams documents into a folder of Parquet files, a batch at a time, so
memory stays flat however many documents there are. The tables are flat (one row per mention,
no nested columns), so they load straight into pandas, polars or DuckDB and join on ``doc_id``::

    import duckdb
    duckdb.sql("SELECT d.published, m.amount, m.currency FROM 'out/money.parquet' m "
               "JOIN 'out/documents.parquet' d USING (doc_id) ORDER BY m.amount DESC LIMIT 5")

The tables and their columns are :data:`SCHEMAS`. Offsets (``start``, ``end``) index the
document's text, which ``documents.parquet`` holds. Amounts are ``decimal128(38, 6)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

try:
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError as err:  # pragma: no cover - depends on the environment
    msg = "tradecorpus.parquet needs pyarrow: pip install 'tradecorpus[parquet]'"
    raise ImportError(msg) from err

from tradecorpus.model import Document, Money

__all__ = ["SCHEMAS", "write_parquet"]

_AMOUNT: Final = pa.decimal128(38, 6)
_SPAN: Final = [("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())]
_MONEY: Final = [
    ("amount", _AMOUNT),
    ("low", _AMOUNT),
    ("high", _AMOUNT),
    ("currency", pa.string()),
    ("qualifier", pa.string()),
]


def _schema(*fields: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([("doc_id", pa.string()), *fields])


#: The tables :func:`write_parquet` writes (``<name>.parquet``) and their columns.
SCHEMAS: Final[dict[str, pa.Schema]] = {
    "documents": _schema(
        ("published", pa.date32()),
        ("title", pa.string()),
        ("stripped", pa.bool_()),
        ("chars", pa.int64()),
        ("text", pa.string()),
    ),
    "money": _schema(*_SPAN, *_MONEY),
    "dates": _schema(*_SPAN, ("type", pa.string()), ("value", pa.string()), ("mod", pa.string())),
    "deadlines": _schema(
        *_SPAN, ("type", pa.string()), ("value", pa.string()), ("kind", pa.string()), ("event", pa.string())
    ),
    "officials": _schema(
        ("official", pa.int64()),
        ("name", pa.string()),
        ("title", pa.string()),
        ("country", pa.string()),
        *_SPAN,
    ),
    "entities": _schema(
        ("entity", pa.int64()), ("name", pa.string()), ("kind", pa.string()), ("country", pa.string()), *_SPAN
    ),
    "quotes": _schema(
        *_SPAN,
        ("speaker", pa.string()),
        ("speaker_start", pa.int64()),
        ("speaker_end", pa.int64()),
        ("cue", pa.string()),
        ("direct", pa.bool_()),
    ),
    "commitments": _schema(
        ("party", pa.string()),
        ("action", pa.string()),
        ("status", pa.string()),
        ("period", pa.string()),
        *_SPAN,
        *_MONEY,
    ),
    "errors": _schema(
        ("plugin", pa.string()), ("hook", pa.string()), ("error", pa.string()), ("message", pa.string())
    ),
}


def _money(m: Money) -> dict[str, Any]:
    return {
        "amount": m.amount,
        "low": m.low,
        "high": m.high,
        "currency": m.currency,
        "qualifier": m.qualifier,
    }


def _rows(doc: Document) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for everything in ``doc``."""
    key = doc.id or ""
    published: dt.date | None = doc.published
    yield (
        "documents",
        {
            "doc_id": key,
            "published": published,
            "title": doc.title,
            "stripped": doc.stripped,
            "chars": len(doc.text),
            "text": doc.text,
        },
    )
    for m in doc.money:
        yield "money", {"doc_id": key, "start": m.start, "end": m.end, "text": m.text, **_money(m)}
    for d in doc.dates:
        yield "dates", {"doc_id": key, "start": d.start, "end": d.end, "text": d.text, "type": d.type,
                        "value": d.value, "mod": d.mod}  # fmt: skip
    for dl in doc.deadlines:
        d = dl.date
        yield "deadlines", {"doc_id": key, "start": d.start, "end": d.end, "text": d.text, "type": d.type,
                            "value": d.value, "kind": dl.kind, "event": dl.event}  # fmt: skip
    for i, o in enumerate(doc.officials):
        for mention in o.mentions:
            yield "officials", {"doc_id": key, "official": i, "name": o.name, "title": o.title,
                                "country": o.country, "start": mention.start, "end": mention.end,
                                "text": mention.text}  # fmt: skip
    for i, e in enumerate(doc.entities):
        for mention in e.mentions:
            yield "entities", {"doc_id": key, "entity": i, "name": e.name, "kind": e.kind,
                               "country": e.country, "start": mention.start, "end": mention.end,
                               "text": mention.text}  # fmt: skip
    for q in doc.quotes:
        s = q.speaker_mention
        yield "quotes", {"doc_id": key, "start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
                         "speaker_start": s.start if s else None, "speaker_end": s.end if s else None,
                         "cue": q.cue, "direct": q.direct}  # fmt: skip
    for c in doc.commitments:
        m = c.money
        yield "commitments", {"doc_id": key, "party": c.party, "action": c.action, "status": c.status,
                              "period": c.period, "start": m.start, "end": m.end, "text": m.text,
                              **_money(m)}  # fmt: skip
    for f in doc.errors:
        yield (
            "errors",
            {"doc_id": key, "plugin": f.plugin, "hook": f.hook, "error": f.error, "message": f.message},
        )


def _quantized(row: dict[str, Any]) -> dict[str, Any]:
    for name in ("amount", "low", "high"):
        value = row.get(name)
        if isinstance(value, Decimal):
            row[name] = value.quantize(Decimal("0.000001"))
    return row


def write_parquet(docs: Iterable[Document], folder: str | Path, *, batch_size: int = 500) -> dict[str, int]:
    """Write ``docs`` as the tables of :data:`SCHEMAS` into ``folder`` (made if missing), one file
    each (``money.parquet``, ...), ``batch_size`` documents at a time; returns the rows per table.

    Every table is written, empty ones included, so a query never meets a missing file.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size!r}")
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    writers = {name: pq.ParquetWriter(out / f"{name}.parquet", schema) for name, schema in SCHEMAS.items()}
    counts = dict.fromkeys(SCHEMAS, 0)
    pending: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS}

    def flush() -> None:
        for name, rows in pending.items():
            if rows:
                writers[name].write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[name]))
                counts[name] += len(rows)
                rows.clear()

    try:
        for n, doc in enumerate(docs, start=1):
            for table, row in _rows(doc):
                pending[table].append(_quantized(row))
            if n % batch_size == 0:
                flush()
        flush()
    finally:
        for writer in writers.values():
            writer.close()
    return counts
