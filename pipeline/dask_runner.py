"""Dask runner: `extract --engine dask [--scheduler ADDRESS]` runs `batch.process` on a cluster.

The driver plans the jobs and keeps the manifest, report and summary exactly as a local run
does; the workers read the inputs and write the outputs themselves (local paths on a shared
disk, or fsspec URLs such as `s3://bucket/articles`). Jobs go out in chunks, at most a few per
worker at a time, and come back in input order, so memory on the driver stays bounded and the
report lists files in the same order as a local run.

Dask is an optional extra: `pip install '.[dask]'`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from .batch import Item, Mapper, Outcome, batches, process_many


class DaskUnavailable(RuntimeError):
    """dask.distributed is not installed, or the scheduler cannot be reached."""


def dask_mapper(scheduler: Any = None, workers: int = 1, chunk: int = 16,
                in_flight_per_worker: int = 4, connect_timeout: float = 10.0) -> Mapper:
    """A mapper that sends `process_many` chunks to a Dask cluster.

    `scheduler` is an address (`tcp://host:8786`) or a `distributed.Client`; None starts a
    `LocalCluster` of `workers` processes for this run. The client connects now, so a wrong
    address is reported before any work starts; it is closed when the mapping ends.
    """
    try:
        import distributed
    except ImportError as exc:
        raise DaskUnavailable(
            "--engine dask needs dask.distributed: pip install '.[dask]'") from exc

    Client: Any = distributed.Client
    LocalCluster: Any = distributed.LocalCluster
    cluster: Any = None
    client: Any
    if isinstance(scheduler, Client):
        client, owned = scheduler, False
    else:
        try:
            if scheduler is None:
                cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                       processes=True, dashboard_address=None)
                client = Client(cluster)
            else:
                client = Client(scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError) as exc:
            if cluster is not None:
                cluster.close()
            raise DaskUnavailable(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
        owned = True

    def mapper(items: Iterable[Item]) -> Iterator[Outcome]:
        try:
            slots = max(1, sum(client.nthreads().values())) * in_flight_per_worker
            pending: deque[Any] = deque()
            for part in batches(items, chunk):
                pending.append(client.submit(process_many, part, pure=False))
                if len(pending) >= slots:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            if owned:
                client.close()
            if cluster is not None:
                cluster.close()

    return mapper
