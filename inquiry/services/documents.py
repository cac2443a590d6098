"""Reading and describing documents: lists, progress, history; URNs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from inquiry.extensions import db
from inquiry.models.document import (
    ACTIVE_STATUSES,
    Batch,
    Document,
    DocumentEvent,
    IntakeProblem,
    Page,
    Status,
)
from inquiry.services.actor import Actor


def assign_urn(document: Document, urn_format: str) -> None:
    """URNs come from the row id, so they are unique and never reused or changed."""
    if document.urn is None:
        document.urn = urn_format.format(document.id)


def add_event(document: Document, stage: str, message: str, actor: str = "system") -> None:
    document.events.append(DocumentEvent(stage=str(stage), message=message[:4000], actor=actor))


def get_by_urn(urn: str) -> Document | None:
    return db.session.scalar(select(Document).where(Document.urn == urn))


def list_documents(*, status: str | None = None, batch_id: int | None = None,
                   page: int = 1, per_page: int = 50, visible_to: Actor | None = None
                   ) -> tuple[list[Document], int]:
    """Newest first; with ``visible_to``, only documents that actor may see."""
    query = select(Document)
    if visible_to is not None:
        from inquiry.services.access import visible_clause

        query = query.where(visible_clause(visible_to))
    if status:
        query = query.where(Document.status == status)
    if batch_id:
        query = query.where(Document.batch_id == batch_id)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = db.session.scalars(query.order_by(Document.id.desc())
                              .offset((page - 1) * per_page).limit(per_page))
    return list(rows), total


def failures() -> tuple[list[Document], list[IntakeProblem]]:
    docs = db.session.scalars(select(Document).where(Document.status == Status.FAILED)
                              .order_by(Document.updated_at.desc())).all()
    refused = db.session.scalars(select(IntakeProblem).where(IntakeProblem.kind == "refused")
                                 .order_by(IntakeProblem.id.desc()).limit(500)).all()
    return list(docs), list(refused)


@dataclass(frozen=True)
class BatchProgress:
    batch: Batch
    counts: dict[str, int]
    pages_total: int
    pages_done: int
    duplicates: int
    refused: int

    @property
    def finished(self) -> bool:
        return not any(self.counts.get(s, 0) for s in ACTIVE_STATUSES)

    @property
    def documents(self) -> int:
        return sum(self.counts.values())


def batch_progress(batch_id: int) -> BatchProgress | None:
    batch = db.session.get(Batch, batch_id)
    if batch is None:
        return None
    counts = dict(db.session.execute(
        select(Document.status, func.count()).where(Document.batch_id == batch_id)
        .group_by(Document.status)).all())
    pages_total, pages_done = db.session.execute(
        select(func.coalesce(func.sum(Document.page_count), 0),
               func.coalesce(func.sum(Document.pages_done), 0))
        .where(Document.batch_id == batch_id)).one()
    problems = dict(db.session.execute(
        select(IntakeProblem.kind, func.count()).where(IntakeProblem.batch_id == batch_id)
        .group_by(IntakeProblem.kind)).all())
    return BatchProgress(batch, counts, int(pages_total), int(pages_done),
                         problems.get("duplicate", 0), problems.get("refused", 0))


def pages_of(document_id: int) -> list[Page]:
    return list(db.session.scalars(select(Page).where(Page.document_id == document_id)
                                   .order_by(Page.number)))


def page(document_id: int, number: int) -> Page | None:
    return db.session.scalar(select(Page).where(Page.document_id == document_id,
                                                Page.number == number))
