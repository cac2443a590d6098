"""Server-side sessions, the pages each one has looked at, and sign-in throttling."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from inquiry.extensions import db
from inquiry.models.base import utcnow


class UserSession(db.Model):
    """One signed-in browser. The cookie holds a random token; this row holds its SHA-256,
    so a session ends for good the moment ``ended_at`` is set, whatever the cookie says."""

    __tablename__ = "user_session"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(default=None)
    end_reason: Mapped[str | None] = mapped_column(String(32), default=None)
    ip: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(256))


class PageView(db.Model):
    """A page image or preview a session has fetched: the first fetch of each is audited."""

    __tablename__ = "page_view"

    session_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("user_session.id", ondelete="CASCADE"), primary_key=True)
    document_id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    page: Mapped[int] = mapped_column(primary_key=True)


class SignInThrottle(db.Model):
    """Failed sign-ins for one (email, address) pair: each one past the free attempts
    doubles the wait before that pair may try again. Keyed by the pair, so no one can keep
    an account shut for its owner by failing from elsewhere."""

    __tablename__ = "sign_in_throttle"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    email: Mapped[str] = mapped_column(String(254), index=True)
    ip: Mapped[str] = mapped_column(String(64))
    failures: Mapped[int] = mapped_column(default=0)
    blocked_until: Mapped[datetime | None] = mapped_column(default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
