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


def readiness(elasticsearch_url: str) -> list[Check]:
    from inquiry.extensions import es

    return [check_database(), check_elasticsearch(es.client_for(elasticsearch_url, 3.0))]
