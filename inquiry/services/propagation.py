"""Propagation: a string a reviewer redacts becomes a proposal in every document holding
it, now (re-tagging those documents) and in future uploads (tagging reads the list).

A reviewer's request applies at once to the document it was made in only, and is recorded
with the string itself and the reviewer's reason. A second reviewer confirms it before it
reaches the rest of the corpus. Both steps see, count and re-tag only documents the acting
reviewer may see, and match the text literally (``%`` and ``_`` are characters, not
wildcards), so "redact everywhere" can't be used to probe restricted documents.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from inquiry.extensions import db
from inquiry.models import Document, Page, RedactedString
from inquiry.models.base import utcnow
from inquiry.models.document import Status
from inquiry.services import audit
from inquiry.services.access import can_view, visible_clause
from inquiry.services.actor import Actor

PENDING, CONFIRMED = "pending", "confirmed"
MAX_CHARS = 300


class PropagationError(ValueError):
    """The string can't be propagated; the message is safe to show."""


def documents_containing(text: str, actor: Actor) -> list[int]:
    """Documents the actor may see whose text holds the string (case-insensitive, literal:
    LIKE wildcards in it are escaped); the engine then proposes whole-word matches only."""
    return list(db.session.scalars(
        select(Page.document_id).join(Document, Document.id == Page.document_id)
        .where(func.lower(Page.text).contains(text.lower(), autoescape=True),
               visible_clause(actor)).distinct()))


def _clean(text: str, min_chars: int) -> str:
    text = " ".join(text.split())
    if len(text) < min_chars:
        raise PropagationError(f"A string to redact everywhere needs at least {min_chars} "
                               "characters.")
    if len(text) > MAX_CHARS:
        raise PropagationError(f"A string to redact everywhere is limited to {MAX_CHARS} "
                               "characters.")
    return text


def _retag(document_ids: list[int]) -> list[int]:
    from inquiry.tasks import retag_document

    queued = []
    for document_id in document_ids:
        document = db.session.get(Document, document_id)
        if document is None or document.status != Status.READY:
            continue  # still processing: its tagging stage will read the list
        retag_document.delay(document_id)
        queued.append(document_id)
    return queued


def request_everywhere(document: Document, text: str, code: str, label: str, reason: str,
                       actor: Actor, *, min_chars: int = 4) -> str:
    """Redact the string in this document now, and ask a second reviewer to confirm it for
    the corpus. Returns the message for the reviewer."""
    from redaction.codes import Codes

    text = _clean(text, min_chars)
    reason = " ".join(reason.split())
    if len(reason) < 5:
        raise PropagationError("Say why this string must be redacted everywhere (a reason of "
                               "at least 5 characters); the second reviewer reads it.")
    try:
        Codes().validate(code)
    except KeyError:
        raise PropagationError(f"Unknown redaction code {code!r}.") from None
    existing = db.session.scalar(select(RedactedString).where(
        func.lower(RedactedString.text) == text.lower()))
    if existing is not None and existing.status == CONFIRMED:
        status = "already confirmed for the corpus"
    elif existing is not None and existing.document_id == document.id:
        status = "already waiting for a second reviewer"
    elif existing is not None:
        raise PropagationError("That string is already waiting for a second reviewer's "
                               "confirmation from another document.")
    else:
        db.session.add(RedactedString(text=text, code=code, label=label[:64] or code,
                                      created_by_id=actor.user_id, status=PENDING,
                                      reason=reason[:1000], document_id=document.id))
        status = "waiting for a second reviewer"
    db.session.commit()
    queued = _retag([document.id])
    audit.record("redaction.propagate_requested", actor, target_type="document",
                 target_id=document.urn,
                 details={"text": text, "code": code, "reason": reason, "status": status})
    here = "this document is being re-tagged" if queued else "this document is not ready yet"
    if status == "already confirmed for the corpus":
        return f"“{text}” is already redacted across the corpus; {here}."
    return (f"“{text}” will be proposed in this document ({here}); a second reviewer must "
            "confirm it under Review → Strings to redact everywhere before it reaches "
            "other documents.")


@dataclass(frozen=True)
class PendingString:
    string: RedactedString
    document_urn: str


def pending(actor: Actor) -> list[PendingString]:
    """Strings waiting for confirmation, only those from documents the actor may see (the
    string is the document's content)."""
    out = []
    for s in db.session.scalars(select(RedactedString).where(
            RedactedString.status == PENDING).order_by(RedactedString.created_at)):
        document = db.session.get(Document, s.document_id) if s.document_id else None
        if document is not None and can_view(document, actor):
            out.append(PendingString(s, document.urn or ""))
    return out


def _pending_or_error(string_id: int, actor: Actor) -> tuple[RedactedString, Document]:
    s = db.session.get(RedactedString, string_id)
    document = db.session.get(Document, s.document_id) if s and s.document_id else None
    if s is None or s.status != PENDING or document is None or not can_view(document, actor):
        raise PropagationError("That string is not waiting for confirmation.")
    return s, document


def confirm(string_id: int, actor: Actor) -> str:
    """A second reviewer confirms a string for the corpus: re-tag every document holding it
    that this reviewer may see (others pick it up when next tagged, and publication's
    verification refuses any document that still shows it)."""
    s, document = _pending_or_error(string_id, actor)
    if s.created_by_id is not None and s.created_by_id == actor.user_id:
        raise PropagationError("A second reviewer must confirm a string you asked to redact "
                               "everywhere.")
    s.status, s.confirmed_by_id, s.confirmed_at = CONFIRMED, actor.user_id, utcnow()
    db.session.commit()
    queued = _retag([d for d in documents_containing(s.text, actor) if d != document.id])
    audit.record("redaction.propagate_confirmed", actor, target_type="string",
                 target_id=s.id, details={"text": s.text, "code": s.code, "reason": s.reason,
                                          "from": document.urn, "documents": len(queued)})
    return (f"“{s.text}” is now redacted everywhere: {len(queued)} other document(s) you "
            "can see are being re-tagged; new proposals appear as undecided.")


def withdraw(string_id: int, actor: Actor) -> str:
    """Refuse (or take back) a string waiting for confirmation."""
    s, document = _pending_or_error(string_id, actor)
    text = s.text
    db.session.delete(s)
    db.session.commit()
    _retag([document.id])
    audit.record("redaction.propagate_withdrawn", actor, target_type="document",
                 target_id=document.urn, details={"text": text})
    return f"“{text}” will not be redacted everywhere."
