"""Propagation: a string a reviewer redacts becomes a proposal in every document holding
it, now (re-tagging those documents) and in future uploads (tagging reads the list)."""

from __future__ import annotations

from sqlalchemy import func, select

from inquiry.extensions import db
from inquiry.models import Document, Page, RedactedString
from inquiry.models.document import Status
from inquiry.services import audit
from inquiry.services.actor import Actor


class PropagationError(ValueError):
    """The string can't be propagated; the message is safe to show."""


def documents_containing(text: str) -> list[int]:
    """Candidate documents by a case-insensitive substring match on page text; the engine
    then proposes whole-word matches only."""
    pattern = f"%{text.lower()}%"
    return list(db.session.scalars(
        select(Page.document_id).where(func.lower(Page.text).like(pattern)).distinct()))


def redact_everywhere(text: str, code: str, label: str, actor: Actor) -> list[int]:
    """Remember the string and queue re-tagging of every ready document that contains it.

    Returns the ids of the documents queued. Re-tagging keeps every decided proposal.
    """
    from inquiry.tasks import retag_document
    from redaction.codes import Codes

    text = " ".join(text.split())
    if len(text) < 2:
        raise PropagationError("A string to redact everywhere needs at least 2 characters.")
    if len(text) > 300:
        raise PropagationError("A string to redact everywhere is limited to 300 characters.")
    try:
        Codes().validate(code)
    except KeyError:
        raise PropagationError(f"Unknown redaction code {code!r}.") from None
    existing = db.session.scalar(select(RedactedString).where(
        func.lower(RedactedString.text) == text.lower()))
    if existing is None:
        db.session.add(RedactedString(text=text, code=code, label=label[:64] or code,
                                      created_by_id=actor.user_id))
    db.session.commit()
    retagged = []
    for document_id in documents_containing(text):
        document = db.session.get(Document, document_id)
        if document.status != Status.READY:
            continue  # still processing: its tagging stage will read the list
        retag_document.delay(document_id)
        retagged.append(document_id)
    audit.record("redaction.propagate", actor, target_type="string",
                 details={"code": code, "documents": len(retagged), "length": len(text)})
    return retagged
