"""Shared column helpers."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Naive UTC now: stored identically by SQLite and PostgreSQL, so hashes stay stable."""
    return datetime.now(UTC).replace(tzinfo=None)
