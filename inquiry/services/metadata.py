"""Clerks' corrections to a document's description (provider, dates, type...), which
search copies onto every page."""

from __future__ import annotations

from sqlalchemy.orm.exc import StaleDataError

from inquiry.extensions import db
from inquiry.models.document import Document
from inquiry.services import audit, search_index
from inquiry.services.actor import Actor
from inquiry.services.documents import add_event
from inquiry.services.intake import Metadata

FIELDS = ("provider", "author", "document_date", "received_date", "document_type",
          "description")


class MetadataError(ValueError):
    """Refused change; the message is for the user."""


class StaleEdit(MetadataError):
    """The document changed after the form was opened."""


STALE_MESSAGE = ("{urn} was changed by someone else (or by processing) after you opened "
                 "this form, so nothing was saved. Your entries are still in the form; "
                 "reload the page to see the current values and apply them again.")


def update_metadata(document_id: int, metadata: Metadata, expected_version: int,
                    actor: Actor) -> dict[str, tuple[str, str]]:
    """Apply the form if the document is still the version the user saw; return what
    changed as {field: (before, after)}."""
    problems = metadata.problems()
    if problems:
        raise MetadataError(" ".join(problems))
    document = db.session.get(Document, document_id)
    if document is None:
        raise MetadataError("That document no longer exists.")
    if document.version != expected_version:
        db.session.rollback()
        raise StaleEdit(STALE_MESSAGE.format(urn=document.urn))
    changes: dict[str, tuple[str, str]] = {}
    for name in FIELDS:
        new = getattr(metadata, name)
        if isinstance(new, str):
            new = new.strip()
        old = getattr(document, name)
        if old != new:
            changes[name] = (str(old or ""), str(new or ""))
            setattr(document, name, new)
    if not changes:
        db.session.rollback()
        return {}
    add_event(document, "metadata", "Changed " + ", ".join(changes), actor.email)
    urn = document.urn
    try:
        db.session.commit()
    except StaleDataError:
        db.session.rollback()
        raise StaleEdit(STALE_MESSAGE.format(urn=urn)) from None
    audit.record("document.metadata", actor, target_type="document", target_id=urn,
                 details={"changes": changes})
    search_index.sync_fields(document_id)
    return changes
