"""Counsel's own material: shared document tags, private notes, saved searches, history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from inquiry.extensions import db
from inquiry.models.base import utcnow


class DocumentTag(db.Model):
    """A label counsel put on a document; shared by the team, copied into the search index."""

    __tablename__ = "document_tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(64))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("document_id", "name"),)


class Note(db.Model):
    """A private note on a document (optionally a page): only its author ever sees it."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    page: Mapped[int | None]
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_note_user_document", "user_id", "document_id"),)


class SavedSearch(db.Model):
    """A named search a user runs again; ``params`` is the query string of the results URL."""

    __tablename__ = "saved_search"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    name: Mapped[str] = mapped_column(String(120))
    query: Mapped[str] = mapped_column(Text, default="")
    params: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("user_id", "name"),)


class SearchHistory(db.Model):
    """Every search a user ran, newest first on their history page."""

    __tablename__ = "search_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    query: Mapped[str] = mapped_column(Text, default="")
    params: Mapped[str] = mapped_column(Text, default="")
    documents: Mapped[int | None]
    at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_search_history_user_at", "user_id", "at"),)


class EntityAlias(db.Model):
    """A merge of duplicate entities: mentions of ``alias`` are shown and indexed as
    ``canonical`` (Manchester City Council / Manchester CC)."""

    __tablename__ = "entity_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    alias: Mapped[str] = mapped_column(String(300))
    canonical: Mapped[str] = mapped_column(String(300))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("kind", "alias"),)
