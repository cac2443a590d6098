"""Reading and describing documents: lists, progress, history; URNs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from inquiry.extensions import db
from inquiry.models.document import (
    ACTIVE_STATUSES,
    UNPACKING,
    Batch,
    Document,
    DocumentEvent,
    IntakeProblem,
    Page,
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


@dataclass(frozen=True)
class BatchProgress:
    batch: Batch
    counts: dict[str, int]
    pages_total: int
    pages_done: int
    duplicates: int
    refused: int
    unpacking: int = 0  # archives a worker is still expanding into this batch

    @property
    def finished(self) -> bool:
        return not self.unpacking and not any(self.counts.get(s, 0) for s in ACTIVE_STATUSES)

    @property
    def documents(self) -> int:
        return sum(self.counts.values())


def batch_progress(batch_id: int, visible_to: Actor | None = None) -> BatchProgress | None:
    """Counts of the batch's documents; with ``visible_to``, only those that actor may see
    (a restricted document is not even counted for others)."""
    batch = db.session.get(Batch, batch_id)
    if batch is None:
        return None
    scope = [Document.batch_id == batch_id]
    if visible_to is not None:
        from inquiry.services.access import visible_clause

        scope.append(visible_clause(visible_to))
    counts = dict(db.session.execute(
        select(Document.status, func.count()).where(*scope)
        .group_by(Document.status)).all())
    pages_total, pages_done = db.session.execute(
        select(func.coalesce(func.sum(Document.page_count), 0),
               func.coalesce(func.sum(Document.pages_done), 0))
        .where(*scope)).one()
    problems = dict(db.session.execute(
        select(IntakeProblem.kind, func.count()).where(IntakeProblem.batch_id == batch_id)
        .group_by(IntakeProblem.kind)).all())
    return BatchProgress(batch, counts, int(pages_total), int(pages_done),
                         problems.get("duplicate", 0), problems.get("refused", 0),
                         problems.get(UNPACKING, 0))


def pages_of(document_id: int) -> list[Page]:
    return list(db.session.scalars(select(Page).where(Page.document_id == document_id)
                                   .order_by(Page.number)))


def page(document_id: int, number: int) -> Page | None:
    return db.session.scalar(select(Page).where(Page.document_id == document_id,
                                                Page.number == number))
