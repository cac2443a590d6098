"""Celery tasks: ids in, one service call each; transient failures retried with backoff."""

from __future__ import annotations

from celery import shared_task
from flask import current_app

from inquiry.services import processing

TRANSIENT = (processing.TransientError,)


@shared_task(bind=True, acks_late=True, autoretry_for=TRANSIENT, retry_backoff=5,
             retry_backoff_max=300, retry_jitter=True, max_retries=50)
def process_document(self, document_id: int) -> str:  # noqa: ANN001
    settings = current_app.extensions["inquiry_settings"]
    step = processing.advance(document_id, settings.pages_per_task,
                              lease_seconds=settings.task_visibility_timeout,
                              max_attempts=settings.max_attempts)
    if step.more:
        processing.enqueue(document_id)
    elif step.status == "busy":
        # Another task holds the lease. If it died (a redelivered message finds its lease),
        # nobody else will carry on: look again just after the lease runs out.
        processing.enqueue(document_id, countdown=processing.lease_remaining(document_id) + 1)
    return str(step.status)


@shared_task(bind=True, acks_late=True, autoretry_for=TRANSIENT, retry_backoff=5,
             retry_backoff_max=300, retry_jitter=True, max_retries=50)
def retag_document(self, document_id: int) -> int:  # noqa: ANN001
    """Proposals again for a ready document (register change, a string redacted elsewhere)."""
    return processing.retag(document_id)


@shared_task(bind=True, acks_late=True, autoretry_for=TRANSIENT, retry_backoff=5,
             retry_backoff_max=300, retry_jitter=True, max_retries=50)
def reindex_document(self, document_id: int) -> None:  # noqa: ANN001
    """A document's search entry again (a field change Elasticsearch missed, a merge)."""
    processing.reindex(document_id)


@shared_task(bind=True, acks_late=True)
def publish_document(self, document_id: int, user_id: int | None, email: str) -> str:  # noqa: ANN001
    """Apply, verify and store an approved document; a failure is recorded on the document
    (back to approved, with the reason) rather than retried blindly."""
    from inquiry.services import publishing
    from inquiry.services.actor import Actor

    try:
        publication = publishing.publish_now(document_id, Actor(user_id, email))
    except publishing.PublicationFailed as exc:
        return f"not published: {exc}"
    return publication.sha256


@shared_task(bind=True, acks_late=True, autoretry_for=TRANSIENT, retry_backoff=5,
             retry_backoff_max=300, retry_jitter=True, max_retries=50)
def expand_archive(self, batch_id: int, sha256: str, name: str, fields: dict,  # noqa: ANN001
                   user_id: int | None, email: str) -> int:
    """Take in a large archive that the upload request left to a worker; returns files."""
    from inquiry.services import intake
    from inquiry.services.actor import Actor

    settings = current_app.extensions["inquiry_settings"]
    summary = intake.expand_later(batch_id, sha256, name, fields, Actor(user_id, email),
                                  intake.limits_from(settings), settings.urn_format)
    return summary.total
