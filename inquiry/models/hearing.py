"""The inquiry's own workflow around the evidence: Rule 9 requests and section 21 notices
(and the batches that answer them), and hearing bundles with their published issues."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from inquiry.extensions import db
from inquiry.models.base import utcnow

REQUEST_KINDS: dict[str, str] = {
    "rule9_statement": "Rule 9 statement request",
    "rule9_documents": "Rule 9 document request",
    "s21_notice": "Section 21 notice",
}

# Stored statuses; "overdue" is never stored: it is an open request past its deadline.
REQUEST_STATUSES: dict[str, str] = {
    "sent": "Sent",
    "acknowledged": "Acknowledged",
    "part_answered": "Part answered",
    "answered": "Answered",
    "withdrawn": "Withdrawn",
}
OPEN_STATUSES = ("sent", "acknowledged", "part_answered")
STATUS_LABELS = {**REQUEST_STATUSES, "overdue": "Overdue"}

RECIPIENT_KINDS = {"organisation": "Organisation", "person": "Person"}


class EvidenceRequest(db.Model):
    """A Rule 9 request or section 21 notice. A recipient who is a person is personal
    data: a restricted request is seen only by those granted it, as a document is."""

    __tablename__ = "evidence_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    recipient: Mapped[str] = mapped_column(String(200))
    recipient_kind: Mapped[str] = mapped_column(String(16), default="organisation")
    topics: Mapped[str] = mapped_column(Text, default="")
    sent_on: Mapped[date]
    deadline: Mapped[date]
    status: Mapped[str] = mapped_column(String(20), default="sent")
    restricted: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_evidence_request_deadline", "deadline"),)

    @property
    def kind_label(self) -> str:
        return REQUEST_KINDS.get(self.kind, self.kind)

    def effective_status(self, today: date) -> str:
        if self.status in OPEN_STATUSES and self.deadline < today:
            return "overdue"
        return self.status


class RequestGrant(db.Model):
    """One user's sight of one restricted request."""

    __tablename__ = "request_grant"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("evidence_request.id",
                                                       ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"))
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("request_id", "user_id"),)


class RequestBatch(db.Model):
    """An upload batch received in answer to a request (a batch answers one request)."""

    __tablename__ = "request_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("evidence_request.id",
                                                       ondelete="CASCADE"))
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"),
                                          unique=True)
    linked_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_request_batch_request", "request_id"),)


STAMP_FORMATS = {"bundle_tab_page": "BUNDLE/TAB/PAGE", "urn_page": "URN/page"}


class Bundle(db.Model):
    """A hearing bundle: tabs of published documents, stamped and issued. Once issued it
    is ``locked``: the hearing cites its stamps, so its order and contents change only
    after counsel open a re-issue, and the next issue lists every change."""

    __tablename__ = "bundle"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)  # "A", "B2"...
    title: Mapped[str] = mapped_column(String(200))
    hearing_date: Mapped[date]
    stamp_format: Mapped[str] = mapped_column(String(20), default="bundle_tab_page")
    locked: Mapped[bool] = mapped_column(default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    tabs: Mapped[list[BundleTab]] = relationship(
        back_populates="bundle", order_by="BundleTab.position", cascade="all, delete-orphan")
    issues: Mapped[list[BundleIssue]] = relationship(
        back_populates="bundle", order_by="BundleIssue.number", cascade="all, delete-orphan")


class BundleTab(db.Model):
    __tablename__ = "bundle_tab"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("bundle.id", ondelete="CASCADE"))
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))

    bundle: Mapped[Bundle] = relationship(back_populates="tabs")
    entries: Mapped[list[BundleEntry]] = relationship(
        back_populates="tab", order_by="BundleEntry.position", cascade="all, delete-orphan")


class BundleEntry(db.Model):
    __tablename__ = "bundle_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    tab_id: Mapped[int] = mapped_column(ForeignKey("bundle_tab.id", ondelete="CASCADE"))
    position: Mapped[int]
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))

    tab: Mapped[BundleTab] = relationship(back_populates="entries")


class BundleIssue(db.Model):
    """One published issue of a bundle: its files in the publication store and what
    changed since the issue before."""

    __tablename__ = "bundle_issue"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("bundle.id", ondelete="CASCADE"))
    number: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int]
    store_prefix: Mapped[str] = mapped_column(String(300))
    contents: Mapped[str] = mapped_column(Text, default="[]")  # JSON: the evidence list
    changes: Mapped[str] = mapped_column(Text, default="[]")  # JSON: lines for people
    published_by: Mapped[str] = mapped_column(String(254))
    published_at: Mapped[datetime] = mapped_column(default=utcnow)

    bundle: Mapped[Bundle] = relationship(back_populates="issues")
    __table_args__ = (UniqueConstraint("bundle_id", "number"),)
