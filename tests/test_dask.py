"""The pipeline over a Dask bag, on a LocalCluster of two worker processes (the ``dask`` extra)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

import dask.bag as db  # noqa: E402

import tradecorpus  # noqa: E402
from tradecorpus import ReadError  # noqa: E402
from tradecorpus.dask import extract_bag  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _records() -> list[dict[str, str]]:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    records = [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in seeds]
    records.append(
        {"id": "wire-1", "text": "China agreed to buy $50 billion of U.S. goods.", "published": "2019-11-13"}
    )
    return records


@pytest.fixture(scope="module")
def client() -> object:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def test_a_bag_on_two_workers_gives_what_extract_many_gives(client: object) -> None:
    records = _records()
    bag = db.from_sequence(records, npartitions=2)
    docs = extract_bag(bag).compute()
    expected = list(tradecorpus.extract_many(records))
    assert [d.to_dict() for d in docs] == [d.to_dict() for d in expected]
    workers = client.run(lambda: __import__("os").getpid())  # type: ignore[attr-defined]
    assert len(workers) == 2


def test_plugins_and_disable_travel_to_the_workers(client: object) -> None:
    bag = db.from_sequence(_records(), npartitions=3)
    docs = extract_bag(bag, disable=["dates", "deadlines"]).compute()
    assert all(d.dates == () for d in docs)
    assert any(d.money for d in docs)


def test_unreadable_sources_raise_or_are_skipped(client: object) -> None:
    bag = db.from_sequence(["Talks resumed.", b"\x00\x01binary", "Beijing bought soybeans."], npartitions=2)
    with pytest.raises(ReadError, match="looks binary"):
        extract_bag(bag).compute()
    docs = extract_bag(bag, skip_unreadable=True).compute()
    assert [d.text for d in docs] == ["Talks resumed.", "Beijing bought soybeans."]


def test_a_pipeline_or_its_settings_not_both() -> None:
    with pytest.raises(ValueError, match="give either a pipeline or disable/plugins, not both"):
        extract_bag(db.from_sequence([]), pipeline=tradecorpus.Pipeline(), disable=["dates"])
