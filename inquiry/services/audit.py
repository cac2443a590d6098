"""Append to, read and verify the hash-chained audit trail.

Each entry's hash covers its own fields and the previous entry's hash, and ``seq`` has no
gaps, so an altered, removed or reordered entry breaks the chain that :func:`verify` walks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from inquiry.extensions import db
from inquiry.models import AuditEntry
from inquiry.models.base import utcnow
from inquiry.services.actor import Actor

GENESIS = "0" * 64
_ADVISORY_LOCK_KEY = 0x1A0D17  # serialises appends on PostgreSQL


def _canonical(entry: AuditEntry) -> bytes:
    body = {
        "seq": entry.seq,
        "at": entry.at.strftime("%Y-%m-%dT%H:%M:%S.%f"),
        "actor_id": entry.actor_id,
        "actor": entry.actor,
        "action": entry.action,
        "target_type": entry.target_type,
        "target_id": entry.target_id,
        "details": entry.details,
        "ip": entry.ip,
        "user_agent": entry.user_agent,
        "prev_hash": entry.prev_hash,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def compute_hash(entry: AuditEntry) -> str:
    return hashlib.sha256(_canonical(entry)).hexdigest()


def record(action: str, actor: Actor, *, target_type: str | None = None,
           target_id: object = None, details: dict[str, Any] | None = None) -> AuditEntry:
    """Append one entry in its own transaction and commit it.

    Called after the use case's own commit, so an audit entry never describes a change
    that was rolled back; failures to audit propagate (an unaudited view must not succeed).
    """
    session = db.session
    details_json = json.dumps(details or {}, sort_keys=True, separators=(",", ":"), default=str)
    for _attempt in range(5):
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_LOCK_KEY})
        last = session.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        entry = AuditEntry(
            seq=(last.seq + 1) if last else 1,
            at=utcnow(),
            actor_id=actor.user_id,
            actor=actor.email,
            action=action,
            target_type=target_type,
            target_id=None if target_id is None else str(target_id),
            details=details_json,
            ip=(actor.ip or None) and actor.ip[:64],
            user_agent=(actor.user_agent or None) and actor.user_agent[:256],
            prev_hash=last.hash if last else GENESIS,
        )
        entry.hash = compute_hash(entry)
        session.add(entry)
        try:
            session.commit()
            return entry
        except IntegrityError:  # another process took this seq first: chain onto it instead
            session.rollback()
    raise RuntimeError("could not append to the audit trail after 5 attempts")


@dataclass(frozen=True)
class ChainProblem:
    seq: int | None
    problem: str


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    problems: list[ChainProblem]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(batch_size: int = 5000) -> VerifyResult:
    """Walk the whole chain in order; report every break, not just the first."""
    problems: list[ChainProblem] = []
    expected_seq, prev_hash, checked = 1, GENESIS, 0
    last_seq = 0
    while True:
        rows = db.session.scalars(
            select(AuditEntry).where(AuditEntry.seq > last_seq)
            .order_by(AuditEntry.seq).limit(batch_size)).all()
        if not rows:
            break
        for entry in rows:
            checked += 1
            if entry.seq != expected_seq:
                problems.append(ChainProblem(
                    entry.seq, f"entries {expected_seq}..{entry.seq - 1} are missing"))
            if entry.prev_hash != prev_hash:
                problems.append(ChainProblem(
                    entry.seq, "does not chain onto the entry before it (removed or reordered)"))
            if compute_hash(entry) != entry.hash:
                problems.append(ChainProblem(entry.seq, "contents were altered after writing"))
            expected_seq, prev_hash, last_seq = entry.seq + 1, entry.hash, entry.seq
        db.session.expunge_all()
    return VerifyResult(checked=checked, problems=problems)


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    action: str | None = None
    target_type: str | None = None
    target_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def search(filters: AuditFilter, *, page: int = 1, per_page: int = 50
           ) -> tuple[list[AuditEntry], int]:
    """Newest first, filtered; returns the page of entries and the total count."""
    query = select(AuditEntry)
    if filters.actor:
        query = query.where(AuditEntry.actor.ilike(f"%{filters.actor}%"))
    if filters.action:
        query = query.where(AuditEntry.action.like(f"{filters.action}%"))
    if filters.target_type:
        query = query.where(AuditEntry.target_type == filters.target_type)
    if filters.target_id:
        query = query.where(AuditEntry.target_id == filters.target_id)
    if filters.since:
        query = query.where(AuditEntry.at >= filters.since)
    if filters.until:
        query = query.where(AuditEntry.at < filters.until)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = db.session.scalars(query.order_by(AuditEntry.seq.desc())
                              .offset((page - 1) * per_page).limit(per_page)).all()
    return list(rows), total


def known_actions() -> list[str]:
    query = select(AuditEntry.action).distinct().order_by(AuditEntry.action)
    return list(db.session.scalars(query))


def iter_details(entry: AuditEntry) -> Iterator[tuple[str, Any]]:
    try:
        yield from json.loads(entry.details or "{}").items()
    except ValueError:
        yield "raw", entry.details
