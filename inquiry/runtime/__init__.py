"""Local managed services (Elasticsearch, Redis, PostgreSQL, an S3 server).

Used by `inquiry services start|stop|status` for the embedded default and by
the test run. Takes a plain RuntimeOptions and imports nothing of the project.
"""

from __future__ import annotations

from collections.abc import Iterable

from .base import RuntimeOptions, Service, ServiceError, ServiceStatus, instance_key
from .elasticsearch import ElasticsearchService
from .postgres import PostgresService
from .redis import RedisService
from .s3server import S3Service
from .worker import WorkerService

REGISTRY: dict[str, type[Service]] = {
    "postgres": PostgresService,
    "redis": RedisService,
    "elasticsearch": ElasticsearchService,
    "s3": S3Service,
    "worker": WorkerService,
}
ALL_NAMES: tuple[str, ...] = tuple(REGISTRY)
ALIASES = {"es": "elasticsearch", "pg": "postgres", "postgresql": "postgres", "versitygw": "s3"}


def services(options: RuntimeOptions, names: Iterable[str] | None = None,
             workers: int | None = None) -> list[Service]:
    """The selected services in start order; all when names is empty; ValueError on unknown.

    "worker" means local workers 1..``workers`` (default: as many as have run here before,
    at least one), so stop and status see every one; "worker-N" names one of them."""
    wanted = [ALIASES.get(n, n) for n in (names or ())] or list(ALL_NAMES)
    numbered = sorted({int(n.split("-", 1)[1]) for n in wanted
                       if n.startswith("worker-") and n.split("-", 1)[1].isdigit()
                       and int(n.split("-", 1)[1]) >= 1})
    wanted = [n for n in wanted if not (n.startswith("worker-") and n.split("-", 1)[1].isdigit())]
    unknown = sorted(set(wanted) - set(REGISTRY))
    if unknown:
        raise ValueError(f"unknown service(s) {', '.join(unknown)}; known: {', '.join(ALL_NAMES)}"
                         " (and worker-2, worker-3, ...)")
    out: list[Service] = []
    for name in ALL_NAMES:
        if name == "worker":
            if "worker" in wanted:
                numbered = sorted(set(numbered) | set(range(1, (workers or _workers_here(
                    options)) + 1)))
            out += [WorkerService(options, n) for n in numbered]
        elif name in wanted:
            out.append(REGISTRY[name](options))
    return out


def _workers_here(options: RuntimeOptions) -> int:
    """How many local workers have run under this var_dir (their directories)."""
    from pathlib import Path

    found = [int(p.name.split("-", 1)[1]) for p in Path(options.var_dir).glob("worker-*")
             if p.name.split("-", 1)[1].isdigit()]
    return max([1, *found])


__all__ = [
    "ALL_NAMES",
    "ElasticsearchService",
    "PostgresService",
    "RedisService",
    "RuntimeOptions",
    "S3Service",
    "Service",
    "ServiceError",
    "ServiceStatus",
    "instance_key",
    "services",
]
