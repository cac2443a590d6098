"""The review workflow: unreviewed -> in review -> reviewed -> approved -> published, with
"returned" (a checker's comment) back to in review, and withdrawal of a publication.

Approval is maker-checker: the approver must not be the reviewer who submitted the review,
nor anyone who decided a proposal on the document. Every step is checked against the state
the user saw (``review_revision``), recorded as a ReviewEvent and audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from inquiry.extensions import db
from inquiry.models.base import utcnow
from inquiry.models.document import REVIEW_STATUSES, Document, Status
from inquiry.models.redaction import Proposal
from inquiry.models.review import ReviewAction, ReviewEvent
from inquiry.models.user import User
from inquiry.services import audit, search_index, users
from inquiry.services.actor import Actor

# action -> (statuses it starts from, status it ends in)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "start": (("unreviewed", "returned", "withdrawn"), "in_review"),
    "submit": (("in_review",), "reviewed"),
    "return": (("reviewed", "approved"), "returned"),
    "approve": (("reviewed",), "approved"),
    # from "publishing" too: a worker that died mid-way leaves it there; publishing again
    # is safe (the output is deterministic and only one publication is recorded)
    "publish": (("approved", "publishing"), "publishing"),
    "published": (("publishing",), "published"),
    "publish_failed": (("publishing",), "approved"),
    # verification found a name redacted elsewhere still readable: proposals were added for
    # it, so the document goes back to its reviewer and needs approving again
    "recheck": (("publishing",), "returned"),
    # the proposals changed after the review was submitted or approved (re-tagging after a
    # register change, "redact everywhere"): the approval no longer covers them
    "reopen": (("reviewed", "approved", "publishing"), "returned"),
    "withdraw": (("published",), "withdrawn"),
}
ACTION_LABELS = {"start": "Start review", "submit": "Submit review", "return": "Return",
                 "approve": "Approve", "publish": "Publish", "withdraw": "Withdraw"}
PRIORITIES = {0: "Normal", 1: "High", 2: "Urgent"}


class ReviewError(ValueError):
    """A step that is not allowed now; the message is for the user."""


class StaleReview(ReviewError):
    """The document changed after the user's page was drawn."""


def locked_document(document_id: int) -> Document:
    """The document row, locked against other reviewers' writes until commit (PostgreSQL;
    SQLite has one writer at a time anyway)."""
    document = db.session.scalar(select(Document).where(Document.id == document_id)
                                 .with_for_update())
    if document is None:
        raise ReviewError("That document no longer exists.")
    return document


def bump_revision(document: Document) -> int:
    """The next review revision, written without touching the metadata version."""
    revision = document.review_revision + 1
    db.session.execute(update(Document).where(Document.id == document.id)
                       .values(review_revision=revision)
                       .execution_options(synchronize_session=False))
    document.__dict__["review_revision"] = revision  # keep the loaded object in step
    return revision


def set_fields(document: Document, **values: object) -> None:
    """Workflow columns, written without touching the metadata version."""
    db.session.execute(update(Document).where(Document.id == document.id).values(**values)
                       .execution_options(synchronize_session=False))
    document.__dict__.update(values)


def undecided(document_id: int) -> int:
    return db.session.scalar(select(func.count()).select_from(Proposal).where(
        Proposal.document_id == document_id, Proposal.status == "proposed")) or 0


def deciders(document_id: int) -> set[int]:
    """Everyone who decided, added, edited or undid a proposal on the document."""
    decided = set(db.session.scalars(select(Proposal.decided_by_id).where(
        Proposal.document_id == document_id, Proposal.decided_by_id.is_not(None)).distinct()))
    acted = set(db.session.scalars(select(ReviewAction.user_id).where(
        ReviewAction.document_id == document_id).distinct()))
    return decided | acted


def approval_refusal(document: Document, user_id: int | None) -> str | None:
    """Why this user may not approve the document's review, or None: the approver is a
    second person, neither the submitter nor anyone who decided or edited a proposal, and
    did not make, reset or give roles to any of their accounts (nor they to the
    approver's)."""
    if user_id is None:
        return "Sign in to approve."
    if document.reviewed_by_id == user_id:
        return ("You submitted this review, so a second reviewer must approve it (two people "
                "look at every document).")
    makers = deciders(document.id) | ({document.reviewed_by_id} - {None})
    if user_id in makers:
        return ("You made redaction decisions on this document, so a reviewer who did not "
                "must approve it.")
    if any(users.controls(user_id, m) for m in makers):
        return ("Your account and the account of someone who reviewed this document were "
                "created, reset or given roles one by the other, so they do not count as "
                "two people: another reviewer must approve it.")
    return None


def proposals_fingerprint(document_id: int) -> str:
    """A digest of what publication would apply: every proposal's place, boxes, code,
    label and decision."""
    import hashlib

    digest = hashlib.sha256()
    for row in db.session.execute(select(
            Proposal.id, Proposal.page, Proposal.start, Proposal.end, Proposal.boxes,
            Proposal.code, Proposal.label, Proposal.status)
            .where(Proposal.document_id == document_id).order_by(Proposal.id)):
        digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def check_allowed(document: Document, action: str, actor: Actor) -> None:
    """Raise ReviewError with the reason when ``actor`` may not take ``action`` now."""
    sources, _target = TRANSITIONS[action]
    label = REVIEW_STATUSES.get(document.review_status, document.review_status)
    if document.status != Status.READY:
        raise ReviewError(f"{document.urn} is still being processed ({document.status}); "
                          "it can be reviewed once it is ready.")
    if document.review_status not in sources:
        raise ReviewError(f"{ACTION_LABELS.get(action, action)} is not possible: "
                          f"{document.urn} is {label.lower()}.")
    if action == "submit" and (open_count := undecided(document.id)):
        raise ReviewError(f"{open_count} proposal(s) on {document.urn} are still undecided: "
                          "accept or reject each before submitting the review.")
    if action == "approve":
        refusal = approval_refusal(document, actor.user_id)
        if refusal:
            raise ReviewError(refusal)
    if action == "publish" and document.approved_by_id is None:
        raise ReviewError(f"{document.urn} has not been approved by a second reviewer.")


def transition(document_id: int, action: str, actor: Actor, *, expected_revision: int,
               comment: str = "") -> Document:
    """Take one workflow step, if the document is still as the user saw it."""
    if action not in TRANSITIONS:
        raise ReviewError(f"Unknown review action {action!r}.")
    comment = comment.strip()[:4000]
    if action in ("return", "withdraw", "recheck", "reopen") and not comment:
        raise ReviewError("Say why in the comment: it is shown to the reviewer.")
    document = locked_document(document_id)
    if document.review_revision != expected_revision:
        db.session.rollback()
        raise StaleReview(f"{document.urn} changed while you had it open (someone else "
                          "decided proposals or moved it on); nothing was done. Reload it "
                          "to see the current state, then try again.")
    check_allowed(document, action, actor)
    before = document.review_status
    after = TRANSITIONS[action][1]
    now = utcnow()
    values: dict[str, object] = {"review_status": after}
    if action == "start":
        values.update(assigned_to_id=actor.user_id, reviewed_by_id=None, reviewed_at=None,
                      approved_by_id=None, approved_at=None)
    elif action == "submit":
        values.update(reviewed_by_id=actor.user_id, reviewed_at=now)
    elif action == "approve":
        values.update(approved_by_id=actor.user_id, approved_at=now,
                      approved_fingerprint=proposals_fingerprint(document.id))
    elif action in ("return", "recheck", "reopen"):
        values.update(approved_by_id=None, approved_at=None, approved_fingerprint=None)
    set_fields(document, **values)
    bump_revision(document)
    record_event(document, action, before, after, actor, comment)
    db.session.commit()
    audit.record(f"review.{action}", actor, target_type="document", target_id=document.urn,
                 details={"from": before, "to": after, "comment": comment})
    search_index.sync_fields(document.id)
    return document


def record_event(document: Document, action: str, before: str, after: str, actor: Actor,
                 comment: str = "") -> None:
    db.session.add(ReviewEvent(document_id=document.id, user_id=actor.user_id,
                               actor=actor.email, action=action, from_status=before,
                               to_status=after, comment=comment))


def set_details(document_id: int, actor: Actor, *, priority: int | None = None,
                content_warning: str | None = None) -> None:
    document = locked_document(document_id)
    changes: dict[str, object] = {}
    if priority is not None:
        if priority not in PRIORITIES:
            raise ReviewError("Priority is normal, high or urgent.")
        changes["review_priority"] = priority
    if content_warning is not None:
        changes["content_warning"] = content_warning.strip()[:1000]
    set_fields(document, **changes)
    db.session.commit()
    audit.record("review.details", actor, target_type="document", target_id=document.urn,
                 details=changes)


def history(document_id: int) -> list[ReviewEvent]:
    return list(db.session.scalars(select(ReviewEvent).where(
        ReviewEvent.document_id == document_id).order_by(ReviewEvent.id)))


@dataclass(frozen=True)
class QueueItem:
    document: Document
    waiting_since: datetime
    open_proposals: int
    reason: str  # why it is in this user's queue


def queue(actor: Actor) -> list[QueueItem]:
    """What is waiting for this reviewer: documents they are reviewing or that were returned
    to them, reviews by others awaiting a checker, and unreviewed documents; most urgent
    first, then oldest first."""
    from inquiry.services.access import visible_clause

    rows = list(db.session.scalars(select(Document).where(
        Document.status == Status.READY, visible_clause(actor),
        Document.review_status.in_(("unreviewed", "in_review", "returned", "reviewed",
                                    "approved", "withdrawn")))))
    open_counts = dict(db.session.execute(
        select(Proposal.document_id, func.count()).where(
            Proposal.status == "proposed",
            Proposal.document_id.in_([d.id for d in rows] or [0]))
        .group_by(Proposal.document_id)).tuples().all())
    items: list[QueueItem] = []
    for d in rows:
        mine = d.assigned_to_id == actor.user_id
        if d.review_status in ("in_review", "returned"):
            if not mine:
                continue
            reason = "Returned to you" if d.review_status == "returned" else "You are reviewing"
        elif d.review_status == "reviewed":
            if d.reviewed_by_id == actor.user_id:
                continue
            reason = "Awaiting a second reviewer's approval"
        elif d.review_status == "approved":
            reason = "Approved: ready to publish"
        else:
            reason = "Not yet reviewed" if d.review_status == "unreviewed" else "Withdrawn"
        since = d.reviewed_at or d.updated_at or d.created_at
        items.append(QueueItem(d, since, open_counts.get(d.id, 0), reason))
    items.sort(key=lambda i: (-i.document.review_priority, i.waiting_since))
    return items


def user_email(user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = db.session.get(User, user_id)
    return user.email if user else ""
