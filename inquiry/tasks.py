"""Celery tasks: ids in, one service call each; transient failures retried with backoff.

Backoff is capped (``retry_backoff_max``, 30 s by default) so work resumes within about
that long of a dependency returning; the sweeper (services.recovery) queues anything whose
message was lost meanwhile.
"""

from __future__ import annotations

from celery import shared_task
from flask import current_app

from inquiry.services import processing

TRANSIENT = (processing.TransientError,)
# The cap below is the default; tasks read the setting when they retry (see _backoff).
RETRY = {"autoretry_for": TRANSIENT, "retry_backoff": 2, "retry_backoff_max": 30,
         "retry_jitter": True, "max_retries": None}


@shared_task(bind=True, acks_late=True, **RETRY)
def process_document(self, document_id: int) -> str:  # noqa: ANN001
    from inquiry.services import leases

    settings = current_app.extensions["inquiry_settings"]
    step = processing.advance(document_id, settings.pages_per_task,
                              lease_seconds=leases.lease_seconds(),
                              max_attempts=settings.max_attempts)
    if step.more:
        processing.enqueue(document_id)
    # "busy": a live task holds the lease and carries the document on itself (a holder
    # that died is taken over at once, or when its lease runs out; the sweeper sees to it).
    return str(step.status)


@shared_task(bind=True, acks_late=True, **RETRY)
def retag_document(self, document_id: int) -> int:  # noqa: ANN001
    """Proposals again for a ready document (register change, a string redacted elsewhere)."""
    from inquiry.services import leases

    return processing.retag(document_id, leases.lease_seconds())


@shared_task(bind=True, acks_late=True, **RETRY)
def reindex_document(self, document_id: int) -> None:  # noqa: ANN001
    """A document's search entry again (a field change Elasticsearch missed, a merge)."""
    processing.reindex(document_id)


@shared_task(bind=True, acks_late=True)
def publish_document(self, document_id: int, user_id: int | None, email: str) -> str:  # noqa: ANN001
    """Apply, verify and store an approved document under the document's lease; a failure
    is recorded on the document (back to approved, with the reason) rather than retried
    blindly. A second message for a publication already running answers "busy"."""
    from inquiry.services import leases, publishing
    from inquiry.services.actor import Actor

    settings = current_app.extensions["inquiry_settings"]
    seconds = leases.lease_seconds()
    taken, abandoned = leases.claim(document_id, seconds)
    if not taken:
        return "busy"
    try:
        actor = Actor(user_id, email)
        if abandoned and publishing.give_up_after_crashes(document_id, actor,
                                                          settings.max_attempts):
            return "not published: stopped too often"
        with leases.heartbeat(document_id, seconds):
            publication = publishing.publish_now(document_id, actor)
    except publishing.PublicationFailed as exc:
        return f"not published: {exc}"
    finally:
        import contextlib

        from inquiry.extensions import db

        with contextlib.suppress(Exception):  # the database may be what went away
            db.session.rollback()
        leases.release(document_id)  # never raises; the sweeper sees to the rest
    return publication.sha256


@shared_task(bind=True, acks_late=True, **RETRY)
def expand_archive(self, batch_id: int, sha256: str, name: str, fields: dict,  # noqa: ANN001
                   user_id: int | None, email: str) -> int:
    """Take in a large archive that the upload request left to a worker; returns files."""
    from inquiry.services import intake
    from inquiry.services.actor import Actor

    settings = current_app.extensions["inquiry_settings"]
    summary = intake.expand_later(batch_id, sha256, name, fields, Actor(user_id, email),
                                  intake.limits_from(settings), settings.urn_format)
    return summary.total
