"""Liveness and readiness of the app's dependencies."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from inquiry.extensions import db


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def database_outages() -> tuple[type[Exception], ...]:
    """The errors that mean the database is not answering just now (down, restarting,
    unreachable, out of connections, a lock or statement timeout): worth "try again
    shortly", never a 500. A constraint violation or a bug in a query is not one."""
    from sqlalchemy.exc import InterfaceError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    return (OperationalError, InterfaceError, PoolTimeout)


def check_database() -> Check:
    try:
        db.session.execute(text("SELECT 1"))
        db.session.rollback()
        return Check("database", True, db.engine.dialect.name)
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        db.session.rollback()
        return Check("database", False, type(exc).__name__)


def check_elasticsearch(client) -> Check:  # noqa: ANN001 - elasticsearch.Elasticsearch
    """Cluster health, not GET / (which some distributions don't serve)."""
    try:
        health = client.cluster.health(timeout="2s")
        status = health.get("status", "unknown")
        return Check("elasticsearch", status in ("green", "yellow"), status)
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        return Check("elasticsearch", False, type(exc).__name__)


def check_broker(redis_url: str) -> Check:
    """The task queue (Redis): without it uploads are stored but wait for processing."""
    import redis

    client = redis.Redis.from_url(redis_url, socket_timeout=2, socket_connect_timeout=2)
    try:
        client.ping()
        return Check("broker", True, "redis")
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        return Check("broker", False, type(exc).__name__)
    finally:
        client.close()


def check_evidence_store() -> Check:
    from inquiry.services import blobs

    try:
        blobs.store().exists("0" * 64)
        return Check("evidence_store", True, blobs.store().describe())
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        return Check("evidence_store", False, type(exc).__name__)


def check_publication_store() -> Check:
    from inquiry.services import publication_store

    try:
        publication_store.store().exists("readyz-probe")
        return Check("publication_store", True, publication_store.store().describe())
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        return Check("publication_store", False, type(exc).__name__)


def readiness(elasticsearch_url: str, redis_url: str | None = None) -> list[Check]:
    """Every dependency by name: the database, Elasticsearch, the broker and both stores."""
    from inquiry.extensions import es

    checks = [check_database(), check_elasticsearch(es.client_for(elasticsearch_url, 3.0))]
    if redis_url:
        checks.append(check_broker(redis_url))
    return [*checks, check_evidence_store(), check_publication_store()]
