"""The sweeper: nothing stays stuck after a fault.

Every worker runs :func:`sweep` every ``sweep_seconds`` and whenever it (re)connects to the
broker. It finds documents part-way through processing, and publications in "publishing",
that no live task is working on (no live lease) and that no message waits for in the queue,
and queues them again. That covers a message lost with a restarted Redis, a worker killed
with its message unacknowledged, a web process killed between storing a file and queuing
it, and uploads made while the queue was down. Queuing a document twice is harmless: a
step takes the document's lease, and a second task finding it held answers "busy".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import func, select, update

from inquiry.extensions import db
from inquiry.models.base import utcnow
from inquiry.models.document import ACTIVE_STATUSES, Document, DocumentEvent
from inquiry.models.review import PublicationProgress, ReviewEvent
from inquiry.services import leases
from inquiry.services.documents import add_event

log = logging.getLogger(__name__)


@dataclass
class Queued:
    """Document ids with a message waiting in the broker's queues, by task."""

    process: set[int] = field(default_factory=set)
    publish: set[int] = field(default_factory=set)


@dataclass
class SweepResult:
    requeued: list[int] = field(default_factory=list)
    publications: list[int] = field(default_factory=list)
    broker_down: bool = False


def _stall_seconds() -> int:
    """No progress for this long and no live lease: the work is not going on anywhere."""
    from flask import current_app

    s = current_app.extensions["inquiry_settings"]
    return max(2 * s.sweep_seconds, 4)


def sweep(queued: Queued | None) -> SweepResult:
    """Queue again what nothing is working on. ``queued``: what waits in the broker (None
    when that cannot be read; then only documents with no progress for a lease's length
    are taken, so a long queue is not shuffled)."""
    from flask import current_app

    from inquiry.services import processing

    settings = current_app.extensions["inquiry_settings"]
    now = utcnow()
    stall = _stall_seconds() if queued is not None else max(_stall_seconds(),
                                                            settings.lease_seconds * 3)
    cutoff = now - timedelta(seconds=stall)
    result = SweepResult()
    rows = db.session.execute(
        select(Document.id, Document.lease_until, Document.lease_owner, Document.page_count)
        .where(Document.status.in_([s.value for s in ACTIVE_STATUSES]),
               func.coalesce(Document.progress_at, Document.updated_at) < cutoff)
        .order_by(Document.id).limit(5000)).all()
    db.session.rollback()
    for document_id, until, owner, pages in rows:
        if leases.live(until, owner, now) or (queued and document_id in queued.process):
            continue
        if not processing.enqueue(document_id, page_count=pages):
            result.broker_down = True
            break
        _note_requeued(document_id)
        result.requeued.append(document_id)
    if not result.broker_down:
        result.publications = _sweep_publications(queued, now, cutoff)
    if result.requeued or result.publications:
        log.warning("sweeper queued again %d document(s) and %d publication(s) that nothing "
                    "was working on", len(result.requeued), len(result.publications))
    return result


def _note_requeued(document_id: int) -> None:
    document = db.session.get(Document, document_id)
    if document is None:
        return
    db.session.execute(update(Document).where(Document.id == document_id)
                       .values(progress_at=utcnow())
                       .execution_options(synchronize_session=False))
    recent = db.session.scalar(select(DocumentEvent.stage).where(
        DocumentEvent.document_id == document_id).order_by(DocumentEvent.id.desc()).limit(1))
    if recent != "requeued":  # one line in the history per stall, not one per sweep
        add_event(document, "requeued", f"{document.status}: queued again; no worker was "
                                        "working on it (the queue or a worker had been down)")
    db.session.commit()


def _sweep_publications(queued: Queued | None, now, cutoff) -> list[int]:  # noqa: ANN001
    from inquiry.tasks import publish_document

    rows = db.session.execute(
        select(Document.id, Document.lease_until, Document.lease_owner)
        .where(Document.review_status == "publishing")).all()
    done = []
    for document_id, until, owner in rows:
        if leases.live(until, owner, now) or (queued and document_id in queued.publish):
            continue
        last = max(filter(None, [
            db.session.scalar(select(func.max(ReviewEvent.at)).where(
                ReviewEvent.document_id == document_id)),
            db.session.scalar(select(PublicationProgress.updated_at).where(
                PublicationProgress.document_id == document_id))]), default=None)
        if last is not None and last >= cutoff:
            continue
        asked = db.session.execute(select(ReviewEvent.user_id, ReviewEvent.actor).where(
            ReviewEvent.document_id == document_id, ReviewEvent.action == "publish")
            .order_by(ReviewEvent.id.desc()).limit(1)).first()
        db.session.rollback()
        user_id, email = asked if asked else (None, "system")
        try:
            publish_document.delay(document_id, user_id, email)
        except Exception as exc:  # noqa: BLE001 - the broker is down: next sweep
            log.warning("could not queue publication of document %s again: %s", document_id,
                        exc)
            break
        db.session.merge(PublicationProgress(document_id=document_id, stage="start", done=0,
                                             total=0, updated_at=utcnow()))
        db.session.commit()
        done.append(document_id)
    db.session.rollback()
    return done


def waiting_documents(actor, limit: int = 500) -> list[Document]:  # noqa: ANN001 - Actor
    """Documents the caller may see that have made no progress for longer than
    ``waiting_alert_seconds``: the Failures page lists them as "waiting", with why."""
    from flask import current_app

    from inquiry.services.access import visible_clause

    seconds = current_app.extensions["inquiry_settings"].waiting_alert_seconds
    cutoff = utcnow() - timedelta(seconds=seconds)
    return list(db.session.scalars(
        select(Document).where(Document.status.in_([s.value for s in ACTIVE_STATUSES]),
                               func.coalesce(Document.progress_at, Document.updated_at) < cutoff,
                               visible_clause(actor))
        .order_by(Document.id).limit(limit)))


def waiting_reason(document: Document) -> str:
    """Why a waiting document waits, from its history, in words."""
    last = db.session.scalar(select(DocumentEvent).where(
        DocumentEvent.document_id == document.id).order_by(DocumentEvent.id.desc()).limit(1))
    since = (document.progress_at or document.updated_at).strftime("%d %b %Y %H:%M UTC")
    if last is not None and last.stage == "waiting":
        return f"{last.message} Waiting since {since}."
    return (f"No progress since {since} ({document.status}). It is queued again "
            "automatically; if it stays here, check that a worker is running "
            "(`inquiry services status`) and that /readyz is ready.")
