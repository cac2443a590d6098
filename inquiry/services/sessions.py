"""Server-side sessions: the signed cookie carries a random token, the database decides.

A session ends for good, whatever its cookie says, on sign-out, on a password change or
reset, deactivation or a change of roles, after ``session_idle_minutes`` without a request
and ``session_lifetime_minutes`` after sign-in however busy, or when its cookie comes back
from a different browser (User-Agent) than the one that signed in.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update

from inquiry.extensions import db
from inquiry.models.base import utcnow
from inquiry.models.session import PageView, UserSession
from inquiry.services.actor import Actor

# last_seen_at is written at most this often per session (idle expiry is that precise).
TOUCH_SECONDS = 30


def _id(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(user_id: int, actor: Actor) -> str:
    """A new session for a user who just signed in; returns the token for the cookie."""
    token = secrets.token_urlsafe(32)
    db.session.add(UserSession(id=_id(token), user_id=user_id, ip=(actor.ip or "")[:64],
                               user_agent=(actor.user_agent or "")[:256]))
    db.session.commit()
    return token


@dataclass(frozen=True)
class Check:
    session_id: str | None
    ended: str = ""  # why the session is no longer valid; "" while it is


def check(token: str | None, user_id: int, user_agent: str, *, idle_minutes: int,
          lifetime_minutes: int) -> Check:
    """Is this cookie's session still alive? Ends it (recording why) when it has expired."""
    if not token:
        return Check(None, "no server-side session")
    row = db.session.get(UserSession, _id(token))
    if row is None or row.user_id != user_id:
        return Check(None, "unknown session")
    if row.ended_at is not None:
        return Check(row.id, row.end_reason or "ended")
    now = utcnow()
    reason = ""
    if now - row.created_at >= timedelta(minutes=lifetime_minutes):
        reason = "lifetime reached"
    elif now - row.last_seen_at >= timedelta(minutes=idle_minutes):
        reason = "idle"
    elif (row.user_agent or "") != (user_agent or "")[:256]:
        reason = "another browser"
    if reason:
        row.ended_at, row.end_reason = now, reason
        db.session.commit()
        return Check(row.id, reason)
    if (now - row.last_seen_at).total_seconds() >= TOUCH_SECONDS:
        row.last_seen_at = now
        db.session.commit()
    return Check(row.id)


def end(token: str | None, reason: str) -> None:
    if not token:
        return
    db.session.execute(update(UserSession).where(
        UserSession.id == _id(token), UserSession.ended_at.is_(None))
        .values(ended_at=utcnow(), end_reason=reason[:32]))
    db.session.commit()


def end_all(user_id: int, reason: str) -> int:
    """End every open session of a user (the caller commits with its own change)."""
    result = db.session.execute(update(UserSession).where(
        UserSession.user_id == user_id, UserSession.ended_at.is_(None))
        .values(ended_at=utcnow(), end_reason=reason[:32]))
    return result.rowcount or 0


def open_sessions(user_id: int) -> list[UserSession]:
    return list(db.session.scalars(select(UserSession).where(
        UserSession.user_id == user_id, UserSession.ended_at.is_(None))
        .order_by(UserSession.created_at.desc())))


def first_view(session_id: str | None, document_id: int, kind: str, page: int) -> bool:
    """Record that this session fetched this page image or preview; True the first time
    (the caller audits it then), False when the session already had it."""
    if session_id is None:
        return True
    if db.session.get(PageView, (session_id, document_id, kind, page)) is not None:
        return False
    from sqlalchemy.exc import IntegrityError

    db.session.add(PageView(session_id=session_id, document_id=document_id, kind=kind,
                            page=page))
    try:
        db.session.commit()
    except IntegrityError:  # the same page fetched twice at once: the other one audits it
        db.session.rollback()
        return False
    return True
