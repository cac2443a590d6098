"""Append to, read and verify the keyed, chained audit trail.

Each entry's hash is an HMAC (key outside the database, see ``audit_anchor``) over its own
fields and the previous entry's hash, and ``seq`` has no gaps, so an altered, removed or
reordered entry breaks the chain that :func:`verify` walks; checkpoints of the head kept
outside the database show a removed tail or a chain rewritten from some point on.
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
from inquiry.services import audit_anchor
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


KEYED = 2  # mac_version of entries keyed with HMAC-SHA256; 1 is the plain SHA-256 of old


def compute_hash(entry: AuditEntry) -> str:
    if entry.mac_version == 1:
        return hashlib.sha256(_canonical(entry)).hexdigest()
    return audit_anchor.mac(_canonical(entry))


def record(action: str, actor: Actor, *, target_type: str | None = None,
           target_id: object = None, details: dict[str, Any] | None = None,
           commit: bool = True) -> AuditEntry:
    """Append one entry in its own transaction and commit it.

    Called after the use case's own commit, so an audit entry never describes a change
    that was rolled back; failures to audit propagate (an unaudited view must not succeed).
    ``commit=False``: the entry joins the caller's open transaction instead (intake stores
    a document and its upload entry together, so a crash leaves both or neither); on
    PostgreSQL the chain's lock is held until the caller commits.
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
            mac_version=KEYED,
        )
        entry.hash = compute_hash(entry)
        session.add(entry)
        if not commit:
            session.flush()
            return entry
        try:
            session.commit()
        except IntegrityError:  # another process took this seq first: chain onto it instead
            session.rollback()
            continue
        if audit_anchor.checkpoint_due():
            checkpoint()
        return entry
    raise RuntimeError("could not append to the audit trail after 5 attempts")


def head() -> tuple[int, str] | None:
    last = db.session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (last.seq, last.hash) if last else None


def checkpoint() -> audit_anchor.Checkpoint | None:
    """Write the chain's head, signed, to the checkpoint store outside the database."""
    current = head()
    if current is None:
        return None
    return audit_anchor.write_checkpoint(*current)


@dataclass(frozen=True)
class ChainProblem:
    seq: int | None
    problem: str


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    problems: list[ChainProblem]
    checkpoints: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(batch_size: int = 5000) -> VerifyResult:
    """Walk the whole chain in order, then hold it against every checkpoint kept outside
    the database; report every break, not just the first."""
    problems: list[ChainProblem] = []
    expected_seq, prev_hash, checked = 1, GENESIS, 0
    last_seq, keyed_since = 0, None
    anchors = audit_anchor.checkpoints()
    wanted = {c.seq for c, problem in anchors if c is not None and not problem}
    seen: dict[int, str] = {}
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
            if entry.mac_version == KEYED and keyed_since is None:
                keyed_since = entry.seq
            if entry.mac_version != KEYED and keyed_since is not None:
                problems.append(ChainProblem(
                    entry.seq, "is not keyed although earlier entries are (re-hashed)"))
            elif compute_hash(entry) != entry.hash:
                problems.append(ChainProblem(entry.seq, "contents were altered after writing"))
            if entry.seq in wanted:
                seen[entry.seq] = entry.hash
            expected_seq, prev_hash, last_seq = entry.seq + 1, entry.hash, entry.seq
        db.session.expunge_all()
    for anchor, problem in anchors:
        if problem or anchor is None:
            problems.append(ChainProblem(anchor.seq if anchor else None, problem))
        elif anchor.seq > last_seq:
            problems.append(ChainProblem(anchor.seq, (
                f"entries {last_seq + 1}..{anchor.seq} are missing: the trail ends before "
                f"its checkpoint of {anchor.at} (the tail was removed)")))
        elif anchor.seq not in seen:
            problems.append(ChainProblem(anchor.seq, "is missing, though a checkpoint "
                                                     "recorded it"))
        elif seen[anchor.seq] != anchor.hash:
            problems.append(ChainProblem(anchor.seq, (
                f"differs from its checkpoint of {anchor.at}: the chain was rewritten "
                "and re-hashed")))
    return VerifyResult(checked=checked, problems=problems,
                        checkpoints=sum(1 for c, p in anchors if c is not None and not p))


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
