"""Running tradecorpus over a Dask bag, on one machine or a cluster (the ``dask`` extra).

:func:`extract_bag` maps the pipeline over a ``dask.bag.Bag`` of sources (records
``{"text", "id", "published"}`` are the usual ones; texts, paths readable on the workers and
bytes work too) and gives back a bag of :class:`~tradecorpus.Document` objects, in the bag's
order. The pipeline travels to the workers by its configuration (the plugin names to leave out,
the plugins passed in), and each worker process builds it once: installed plugins are found
through the ``tradecorpus`` entry points *on the workers*, so install the same plugins there as
on the driver. Plugins passed in must be picklable (``tradecorpus.testing.check_plugin`` checks
it).

On one machine::

    import dask.bag as db
    from tradecorpus.dask import extract_bag

    records = db.read_text("news/*.jsonl").map(json.loads)
    docs = extract_bag(records)
    docs.map(lambda d: d.to_dict()).map(json.dumps).to_textfiles("out/*.jsonl")

On a cluster, connect a ``dask.distributed.Client`` to its scheduler first; nothing else changes::

    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")
    docs = extract_bag(records, disable=["dates"]).compute()

A source that cannot be read raises :class:`~tradecorpus.ReadError` in the task, as
:meth:`~tradecorpus.Pipeline.extract` does; pass ``skip_unreadable=True`` to leave such sources
out instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

try:
    import dask.bag as db
except ImportError as err:  # pragma: no cover - depends on the environment
    msg = "tradecorpus.dask needs Dask: pip install 'tradecorpus[dask]'"
    raise ImportError(msg) from err

from tradecorpus.errors import ReadError
from tradecorpus.model import Document
from tradecorpus.pipeline import Pipeline
from tradecorpus.plugins import Plugins

__all__ = ["extract_bag", "extract_partition"]


def extract_partition(
    sources: Iterable[Any],
    pipeline: Pipeline,
    published: str | dt.date | None = None,
    skip_unreadable: bool = False,
) -> list[Document]:
    """Extract from one partition's sources with ``pipeline``: the function :func:`extract_bag`
    maps over partitions (``bag.map_partitions(extract_partition, pipeline)``)."""
    docs = []
    for source in sources:
        try:
            docs.append(pipeline.extract(source, published=published))
        except ReadError:
            if not skip_unreadable:
                raise
    return docs


def extract_bag(
    bag: db.Bag,
    *,
    disable: Iterable[str] = (),
    plugins: Plugins = (),
    published: str | dt.date | None = None,
    pipeline: Pipeline | None = None,
    skip_unreadable: bool = False,
) -> db.Bag:
    """A bag of :class:`~tradecorpus.Document` objects, one for each source in ``bag``, in order.

    Give either ``disable``/``plugins`` (as for :class:`~tradecorpus.Pipeline`) or a ready
    ``pipeline``; the work is lazy, as every Dask bag is, until ``.compute()`` or a write.
    """
    if pipeline is None:
        pipeline = Pipeline(disable=disable, plugins=plugins)
    elif tuple(disable) or plugins:
        raise ValueError("give either a pipeline or disable/plugins, not both")
    mapped: db.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        extract_partition, pipeline, published, skip_unreadable
    )
    return mapped
