"""Entities found in documents, redaction proposals, the protected-persons register, the
keep list, and the strings reviewers redacted (propagated to every document)."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inquiry.extensions import db
from inquiry.models.base import utcnow


class ProtectedPerson(db.Model):
    """A complainant or other person with anonymity; ``cipher`` replaces their name."""

    __tablename__ = "protected_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    cipher: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(300))
    aliases: Mapped[str] = mapped_column(Text, default="")  # "|"-separated
    date_of_birth: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    # Removal takes two people: one asks (with a reason), another confirms. Until then the
    # person stays on the register and is still redacted.
    removal_requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    removal_requested_at: Mapped[datetime | None] = mapped_column(default=None)
    removal_reason: Mapped[str] = mapped_column(Text, default="")

    @property
    def alias_list(self) -> list[str]:
        return [a.strip() for a in self.aliases.split("|") if a.strip()]


class KeepName(db.Model):
    """A public office holder named in their public role: never proposed."""

    __tablename__ = "keep_name"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class RedactedString(db.Model):
    """A string a reviewer redacted: proposed wherever it appears, now and in future."""

    __tablename__ = "redacted_string"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(300), unique=True)
    code: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    # "pending": proposed only in the document it came from (document_id) until a second
    # reviewer confirms it for the corpus; "confirmed": proposed everywhere.
    status: Mapped[str] = mapped_column(String(16), default="confirmed")
    reason: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None]
    confirmed_by_id: Mapped[int | None]
    confirmed_at: Mapped[datetime | None]


class Mention(db.Model):
    """A person, place or agency on a page, with its canonical form for facets."""

    __tablename__ = "mention"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    page: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(300))
    canonical: Mapped[str] = mapped_column(String(300))
    start: Mapped[int]
    end: Mapped[int]
    boxes: Mapped[str] = mapped_column(Text, default="[]")
    # the words either side ("in\t,"), for the check on listed people
    context: Mapped[str] = mapped_column(String(48), default="", server_default="")

    __table_args__ = (Index("ix_mention_document_page", "document_id", "page"),
                      Index("ix_mention_canonical", "kind", "canonical"))


class Proposal(db.Model):
    """A proposed redaction and, once a reviewer has looked, their decision."""

    __tablename__ = "proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    page: Mapped[int]
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str] = mapped_column(String(500))
    boxes: Mapped[str] = mapped_column(Text, default="[]")
    code: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(64))
    confidence: Mapped[float]
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    decided_at: Mapped[datetime | None]
    comment: Mapped[str] = mapped_column(Text, default="")
    # The document's review_revision when this proposal last changed (conflict detection).
    revision: Mapped[int] = mapped_column(default=0)

    __table_args__ = (Index("ix_proposal_document_page", "document_id", "page"),)

    @property
    def box_list(self) -> list[list[float]]:
        return json.loads(self.boxes or "[]")
