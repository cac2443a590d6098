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


def services(options: RuntimeOptions, names: Iterable[str] | None = None) -> list[Service]:
    """The selected services in start order; all when names is empty; ValueError on unknown."""
    wanted = [ALIASES.get(n, n) for n in (names or ())] or list(ALL_NAMES)
    unknown = sorted(set(wanted) - set(REGISTRY))
    if unknown:
        raise ValueError(f"unknown service(s) {', '.join(unknown)}; known: {', '.join(ALL_NAMES)}")
    return [REGISTRY[n](options) for n in ALL_NAMES if n in wanted]


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
