"""The request register: Rule 9 requests and section 21 notices, the batches that answer
them, and counsel's view of what each provider has and has not answered.

A recipient who is a person is personal data: a restricted request is seen only by users
granted it (its author is granted it), everywhere: lists, counts, the dashboard, batch
links and ``request:`` in search. Every view of a request is audited.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from inquiry.extensions import db
from inquiry.models.document import Batch, Document
from inquiry.models.hearing import (
    OPEN_STATUSES,
    RECIPIENT_KINDS,
    REQUEST_KINDS,
    REQUEST_STATUSES,
    STATUS_LABELS,
    EvidenceRequest,
    RequestBatch,
    RequestGrant,
)
from inquiry.services import audit
from inquiry.services.actor import Actor


class RequestError(ValueError):
    """A request register change that cannot be made; the message is for the user."""


PREFIX = {"rule9_statement": "R9", "rule9_documents": "R9", "s21_notice": "S21"}


@dataclass(frozen=True)
class RequestInput:
    kind: str
    recipient: str
    sent_on: date | None
    deadline: date | None
    recipient_kind: str = "organisation"
    topics: str = ""
    restricted: bool = False
    notes: str = ""

    def problems(self) -> list[str]:
        out = []
        if self.kind not in REQUEST_KINDS:
            out.append("Choose the kind of request.")
        if self.recipient_kind not in RECIPIENT_KINDS:
            out.append("Choose whether the recipient is an organisation or a person.")
        if not self.recipient.strip():
            out.append("Name the recipient.")
        if len(self.recipient) > 200:
            out.append("The recipient is limited to 200 characters.")
        if len(self.topics) > 10_000 or len(self.notes) > 10_000:
            out.append("Topics and notes are limited to 10,000 characters.")
        if self.sent_on is None or self.deadline is None:
            out.append("Give the date sent and the deadline.")
        elif self.deadline < self.sent_on:
            out.append("The deadline is before the date the request was sent.")
        elif self.sent_on > date.today():
            out.append("The date sent is in the future.")
        return out


def visible_clause(actor: Actor) -> ColumnElement[bool]:
    granted = select(RequestGrant.request_id).where(RequestGrant.user_id == actor.user_id)
    return or_(EvidenceRequest.restricted.is_(False),
               and_(EvidenceRequest.restricted.is_(True), EvidenceRequest.id.in_(granted)))


def find(reference: str, actor: Actor) -> EvidenceRequest | None:
    """The request by its reference, if the actor may see it (else None, as if unknown)."""
    return db.session.scalar(select(EvidenceRequest).where(
        func.upper(EvidenceRequest.reference) == (reference or "").strip().upper()[:32],
        visible_clause(actor)))


def _next_reference(kind: str) -> str:
    prefix = PREFIX[kind]
    taken = db.session.scalars(select(EvidenceRequest.reference).where(
        EvidenceRequest.reference.like(f"{prefix}-%")))
    numbers = [int(r.split("-")[1]) for r in taken if r.split("-")[1].isdigit()]
    return f"{prefix}-{max(numbers, default=0) + 1:04d}"


def create(data: RequestInput, actor: Actor) -> EvidenceRequest:
    problems = data.problems()
    if problems:
        raise RequestError(" ".join(problems))
    request = EvidenceRequest(
        reference=_next_reference(data.kind), kind=data.kind, recipient=data.recipient.strip(),
        recipient_kind=data.recipient_kind, topics=data.topics.strip(), sent_on=data.sent_on,
        deadline=data.deadline, status="sent",
        restricted=data.restricted or data.recipient_kind == "person",
        notes=data.notes.strip(), created_by_id=actor.user_id)
    db.session.add(request)
    db.session.flush()
    if request.restricted and actor.user_id is not None:
        db.session.add(RequestGrant(request_id=request.id, user_id=actor.user_id))
    audit.record("request.create", actor, target_type="request", target_id=request.reference,
                 details={"kind": data.kind, "deadline": data.deadline.isoformat(),
                          "restricted": request.restricted}, commit=False)
    db.session.commit()
    return request


def viewed(request: EvidenceRequest, actor: Actor) -> None:
    audit.record("request.view", actor, target_type="request", target_id=request.reference)


def set_status(reference: str, status: str, actor: Actor) -> EvidenceRequest:
    request = find(reference, actor)
    if request is None:
        raise RequestError(f"There is no request {reference[:32]!r}.")
    if status not in REQUEST_STATUSES:
        raise RequestError("Choose one of the statuses listed.")
    before = request.status
    request.status = status
    audit.record("request.status", actor, target_type="request", target_id=request.reference,
                 details={"from": before, "to": status}, commit=False)
    db.session.commit()
    return request


def link_batch(reference: str, batch_id: int, actor: Actor, *, batch_visible) -> None:  # noqa: ANN001
    """Record that a batch answers a request. ``batch_visible(batch_id, actor)`` is the
    documents list's rule, so a batch one may not see is as unknown as a missing one."""
    request = find(reference, actor)
    if request is None:
        raise RequestError(f"There is no request {reference[:32]!r}.")
    if db.session.get(Batch, batch_id) is None or not batch_visible(batch_id, actor):
        raise RequestError(f"There is no batch {batch_id}.")
    linked = db.session.scalar(select(RequestBatch).where(RequestBatch.batch_id == batch_id))
    if linked is not None:
        raise RequestError(f"Batch {batch_id} is already recorded as answering another "
                           "request." if linked.request_id != request.id else
                           f"Batch {batch_id} is already recorded against this request.")
    db.session.add(RequestBatch(request_id=request.id, batch_id=batch_id,
                                linked_by_id=actor.user_id))
    if request.status in ("sent", "acknowledged"):
        request.status = "part_answered"
    audit.record("request.link_batch", actor, target_type="request",
                 target_id=request.reference, details={"batch": batch_id}, commit=False)
    db.session.commit()


def grant(reference: str, email: str, actor: Actor) -> None:
    """Let another user see a restricted request (someone who sees it decides, as with a
    document's grants); audited."""
    from inquiry.services.users import get_by_email

    request = find(reference, actor)
    if request is None:
        raise RequestError(f"There is no request {reference[:32]!r}.")
    if not request.restricted:
        raise RequestError(f"{request.reference} is not restricted: everyone who may see "
                           "requests sees it.")
    user = get_by_email((email or "").strip()[:254])
    if user is None or not user.active:
        raise RequestError(f"There is no active account {email.strip()[:254]!r}.")
    if db.session.scalar(select(RequestGrant.id).where(RequestGrant.request_id == request.id,
                                                       RequestGrant.user_id == user.id)):
        raise RequestError(f"{user.email} already sees {request.reference}.")
    db.session.add(RequestGrant(request_id=request.id, user_id=user.id))
    audit.record("request.access_granted", actor, target_type="request",
                 target_id=request.reference, details={"user": user.email}, commit=False)
    db.session.commit()


def granted_emails(request_id: int) -> list[str]:
    from inquiry.models.user import User

    return list(db.session.scalars(select(User.email).join(
        RequestGrant, RequestGrant.user_id == User.id).where(
        RequestGrant.request_id == request_id).order_by(User.email)))


def documents_answering(request_id: int, actor: Actor) -> list[Document]:
    from inquiry.services.access import visible_clause as documents_visible

    return list(db.session.scalars(
        select(Document).join(RequestBatch, RequestBatch.batch_id == Document.batch_id)
        .where(RequestBatch.request_id == request_id, documents_visible(actor))
        .order_by(Document.urn)))


def batches_of(request_id: int) -> list[int]:
    return list(db.session.scalars(select(RequestBatch.batch_id).where(
        RequestBatch.request_id == request_id).order_by(RequestBatch.batch_id)))


def urns_answering(reference: str, actor: Actor) -> list[str] | None:
    """For ``request:`` in search: the URNs received in answer, or None for a request the
    actor does not know (unknown and not visible read the same)."""
    request = find(reference, actor)
    if request is None:
        return None
    return [d.urn for d in documents_answering(request.id, actor) if d.urn]


def open_requests(actor: Actor) -> list[EvidenceRequest]:
    """For the upload form: requests a batch may still answer."""
    return list(db.session.scalars(select(EvidenceRequest).where(
        visible_clause(actor), EvidenceRequest.status != "withdrawn")
        .order_by(EvidenceRequest.deadline, EvidenceRequest.reference)))


@dataclass
class RecipientSummary:
    recipient: str
    requests: int = 0
    answered: int = 0
    outstanding: int = 0
    overdue: int = 0
    documents: int = 0


@dataclass
class Dashboard:
    counts: dict[str, int]
    rows: list[tuple[EvidenceRequest, str, int]]   # request, effective status, documents
    recipients: list[RecipientSummary] = field(default_factory=list)


def dashboard(actor: Actor, today: date | None = None, status: str = "") -> Dashboard:
    """Counts per status (overdue counted apart from the open statuses), every visible
    request sorted by deadline, and per recipient what is answered and outstanding."""
    from inquiry.services.access import visible_clause as documents_visible

    today = today or date.today()
    requests = list(db.session.scalars(select(EvidenceRequest).where(visible_clause(actor))
                                       .order_by(EvidenceRequest.deadline,
                                                 EvidenceRequest.reference)))
    received = dict(db.session.execute(
        select(RequestBatch.request_id, func.count(Document.id))
        .join(Document, Document.batch_id == RequestBatch.batch_id)
        .where(documents_visible(actor)).group_by(RequestBatch.request_id)).tuples().all())
    counts: Counter[str] = Counter({k: 0 for k in STATUS_LABELS})
    rows = []
    recipients: dict[str, RecipientSummary] = {}
    for r in requests:
        effective = r.effective_status(today)
        counts[effective] += 1
        if not status or status == effective:
            rows.append((r, effective, received.get(r.id, 0)))
        summary = recipients.setdefault(r.recipient, RecipientSummary(r.recipient))
        summary.requests += 1
        summary.documents += received.get(r.id, 0)
        if r.status == "answered":
            summary.answered += 1
        elif r.status in OPEN_STATUSES:
            summary.outstanding += 1
            summary.overdue += effective == "overdue"
    return Dashboard(counts=dict(counts), rows=rows,
                     recipients=sorted(recipients.values(),
                                       key=lambda s: (-s.overdue, -s.outstanding, s.recipient)))
