"""Evidence documents, their pages, their processing history, and refused files."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inquiry.extensions import db
from inquiry.models.base import utcnow

DOCUMENT_TYPES: dict[str, str] = {
    "witness_statement": "Witness statement",
    "email": "Email",
    "minutes": "Minutes",
    "report": "Report",
    "letter": "Letter",
    "case_notes": "Case notes",
    "other": "Other",
}


REVIEW_STATUSES: dict[str, str] = {
    "unreviewed": "Unreviewed",
    "in_review": "In review",
    "reviewed": "Reviewed",
    "returned": "Returned",
    "approved": "Approved",
    "publishing": "Publishing",
    "published": "Published",
    "withdrawn": "Withdrawn",
}


def _title_from_filename(context) -> str:  # noqa: ANN001 - SQLAlchemy's insert context
    """Until its text is read, a document is called by its file name (never by its batch's
    description, which every file of the batch shares)."""
    from ingest.titles import from_filename

    return from_filename(context.get_current_parameters().get("filename") or "")


class Status(StrEnum):
    """Processing stages, in order; FAILED and PASSWORD_REQUIRED stop the line."""

    STORED = "stored"
    EXTRACTING = "extracting"
    OCR = "ocr"
    TAGGING = "tagging"
    INDEXING = "indexing"
    READY = "ready"
    FAILED = "failed"
    PASSWORD_REQUIRED = "password_required"  # noqa: S105 - a status, not a password


ACTIVE_STATUSES = (Status.STORED, Status.EXTRACTING, Status.OCR, Status.TAGGING, Status.INDEXING)


class Batch(db.Model):
    """One upload or one bulk import: what arrived together, for progress and summaries."""

    __tablename__ = "batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    source: Mapped[str] = mapped_column(String(16))  # "upload" or "cli"
    label: Mapped[str] = mapped_column(String(200), default="")
    files_received: Mapped[int] = mapped_column(default=0)

    documents: Mapped[list[Document]] = relationship(back_populates="batch")
    problems: Mapped[list[IntakeProblem]] = relationship(back_populates="batch")


class Document(db.Model):
    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    urn: Mapped[str | None] = mapped_column(String(32), unique=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id"))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    # A decrypted copy when the original needed a password; else the original itself.
    working_sha256: Mapped[str | None] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(255))
    size_bytes: Mapped[int]
    page_count: Mapped[int | None]
    provider: Mapped[str] = mapped_column(String(200), default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    document_date: Mapped[date | None]
    received_date: Mapped[date | None]
    document_type: Mapped[str] = mapped_column(String(32), default="other")
    description: Mapped[str] = mapped_column(Text, default="")
    # The provider's own reference for the file, from a load file.
    provider_reference: Mapped[str] = mapped_column(String(120), default="")
    # The document's own title (ingest.titles): its file name at intake, then its metadata
    # title or first heading once its text is read, unless a clerk has set it ("clerk").
    title: Mapped[str] = mapped_column(String(300), default=_title_from_filename)
    title_source: Mapped[str] = mapped_column(String(16), default="file")
    restricted: Mapped[bool] = mapped_column(default=False)
    # Redaction review workflow (see REVIEW_STATUSES); a search facet.
    review_status: Mapped[str] = mapped_column(String(20), default="unreviewed")
    review_priority: Mapped[int] = mapped_column(default=0)  # 0 normal, 1 high, 2 urgent
    # Bumped by every review decision; a decision made on an older view of the document is
    # checked against what changed since (services.decisions).
    review_revision: Mapped[int] = mapped_column(default=0)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))  # the maker
    reviewed_at: Mapped[datetime | None] = mapped_column(default=None)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))  # the checker
    approved_at: Mapped[datetime | None] = mapped_column(default=None)
    # What was approved: a digest of every proposal's place, boxes, code, label and
    # decision at approval. Publication refuses any other state (services.review).
    approved_fingerprint: Mapped[str | None] = mapped_column(String(64), default=None)
    # Shown before the document opens, for material that is distressing to read.
    content_warning: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=Status.STORED)
    failure_reason: Mapped[str | None] = mapped_column(Text)
    failure_stage: Mapped[str | None] = mapped_column(String(20))
    pages_done: Mapped[int] = mapped_column(default=0)
    ocr_pages: Mapped[int] = mapped_column(default=0)
    attempts: Mapped[int] = mapped_column(default=0)
    # Held by the task working on the document, so a duplicate message never runs beside it.
    lease_until: Mapped[datetime | None] = mapped_column(default=None)
    # Who holds the lease ("host/pid"): a lease whose process has died on this host is
    # taken over at once instead of waiting for it to run out (services.processing).
    lease_owner: Mapped[str | None] = mapped_column(String(120), default=None)
    # The last time processing moved on (stored, a stage, a chunk, a re-queue): what the
    # sweeper and the Failures page judge "waiting" by; heartbeats do not touch it.
    progress_at: Mapped[datetime | None] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Optimistic locking: a write based on a stale read fails instead of overwriting.
    version: Mapped[int] = mapped_column(default=1)

    batch: Mapped[Batch | None] = relationship(back_populates="documents")
    events: Mapped[list[DocumentEvent]] = relationship(
        back_populates="document", order_by="DocumentEvent.id", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_document_status", "status"),
                      Index("ix_document_batch", "batch_id"))

    @property
    def type_label(self) -> str:
        return DOCUMENT_TYPES.get(self.document_type, self.document_type)



class DocumentEvent(db.Model):
    """The processing history shown in the viewer: each stage, retry and failure."""

    __tablename__ = "document_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    stage: Mapped[str] = mapped_column(String(20))
    message: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(254), default="system")

    document: Mapped[Document] = relationship(back_populates="events")
    __table_args__ = (Index("ix_document_event_document", "document_id"),)


class Page(db.Model):
    """Extracted text per page; the words with boxes live in the blob store (words_sha256)."""

    __tablename__ = "page"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    number: Mapped[int]
    width: Mapped[float]
    height: Mapped[float]
    ocr: Mapped[bool] = mapped_column(default=False)
    # No usable text layer: waiting for the OCR stage.
    needs_ocr: Mapped[bool] = mapped_column(default=False)
    text: Mapped[str] = mapped_column(Text, default="")
    words_sha256: Mapped[str] = mapped_column(String(64))
    word_count: Mapped[int] = mapped_column(default=0)

    __table_args__ = (UniqueConstraint("document_id", "number"),)


# An archive a worker is still expanding (kind of an IntakeProblem row until it is done).
UNPACKING = "unpacking"


class IntakeProblem(db.Model):
    """A file refused at intake (not a PDF, unsafe archive member, duplicate...), kept so
    that batch summaries never drop a file silently; also a large archive still being
    unpacked by a worker, so its batch shows it from the first moment."""

    __tablename__ = "intake_problem"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id"))
    filename: Mapped[str] = mapped_column(String(1024))
    kind: Mapped[str] = mapped_column(String(32))  # "refused", "duplicate" or UNPACKING
    reason: Mapped[str] = mapped_column(Text)
    existing_urn: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    batch: Mapped[Batch] = relationship(back_populates="problems")
