"""The review workflow's history, reviewers' undoable actions and publications."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inquiry.extensions import db
from inquiry.models.base import utcnow


class ReviewEvent(db.Model):
    """A workflow step (start, submit, return, approve, publish, withdraw) with its comment."""

    __tablename__ = "review_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    actor: Mapped[str] = mapped_column(String(254))
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_review_event_document", "document_id"),)


class ReviewAction(db.Model):
    """One reviewer decision, with the proposals' states before it, so it can be undone."""

    __tablename__ = "review_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(String(300), default="")
    before: Mapped[str] = mapped_column(Text, default="[]")  # JSON: states to restore
    created_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON: proposals added
    undone: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (Index("ix_review_action_document_user", "document_id", "user_id"),)


class PublicationProgress(db.Model):
    """How far a running publication has got, so the workspace can say (one row a document,
    rewritten as the worker goes; read only while the document is "publishing")."""

    __tablename__ = "publication_progress"

    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"),
                                             primary_key=True)
    stage: Mapped[str] = mapped_column(String(40), default="")
    done: Mapped[int] = mapped_column(default=0)
    total: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Publication(db.Model):
    """A published (redacted, verified) version of a document and its manifest entry."""

    __tablename__ = "publication"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    urn: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int]
    redactions: Mapped[str] = mapped_column(Text, default="{}")  # JSON: code -> count
    store_key: Mapped[str] = mapped_column(String(300))
    approved_by: Mapped[str] = mapped_column(String(254))
    published_by: Mapped[str] = mapped_column(String(254))
    published_at: Mapped[datetime] = mapped_column(default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(default=None)
    withdrawn_by: Mapped[str | None] = mapped_column(String(254))
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_publication_document", "document_id"),)
