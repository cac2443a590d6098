"""Reviewers' decisions on proposals: accept, reject, change the code or label, comment,
add a redaction by text or by box, act on every mention of an entity or every proposal of
a code, and undo.

Two reviewers may work on one document at once. Each decision names the review revision
the reviewer's page was drawn at; when the document has moved on since, the decision still
goes through unless one of the proposals it touches changed in between, in which case it
is refused with a clear message and nothing is written (so neither reviewer's work is
overwritten). Every decision is audited and can be undone by its author.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from inquiry.extensions import db
from inquiry.models.base import utcnow
from inquiry.models.document import Document, Page
from inquiry.models.redaction import Proposal
from inquiry.models.review import ReviewAction
from inquiry.services import audit
from inquiry.services.actor import Actor
from inquiry.services.review import ReviewError, StaleReview, bump_revision, locked_document

STATUSES = ("proposed", "accepted", "rejected")
_RESTORED = ("status", "code", "label", "comment", "decided_by_id", "decided_at", "boxes")
MIN_BOX_POINTS = 2.0


class DecisionConflict(StaleReview):
    """Another reviewer changed the same proposals after this page was drawn."""


@dataclass(frozen=True)
class Outcome:
    revision: int
    changed: int
    message: str
    created_id: int | None = None


def _codes():  # noqa: ANN202 - redaction.codes.Codes
    from redaction.codes import Codes

    return Codes()


def code_choices() -> dict[str, str]:
    return dict(_codes().table)


def _check_code(code: str) -> str:
    from redaction.codes import UnknownCodeError

    try:
        return _codes().validate(code)
    except UnknownCodeError:
        raise ReviewError(f"Unknown redaction code {code!r}; the codes are "
                          f"{', '.join(_codes().table)}.") from None


def _open_for_decisions(document_id: int, expected_revision: int,
                        targets: Sequence[Proposal]) -> Document:
    document = locked_document(document_id)
    if document.review_status != "in_review":
        db.session.rollback()
        raise ReviewError(f"{document.urn} is not in review "
                          f"({document.review_status.replace('_', ' ')}): start or resume "
                          "the review before deciding proposals.")
    if expected_revision < document.review_revision:
        # read again under the lock: the targets were loaded before it was taken
        ids = [p.id for p in targets]
        now = dict(db.session.execute(select(Proposal.id, Proposal.revision)
                                      .where(Proposal.id.in_(ids))).tuples().all())
        changed = [i for i in ids if i not in now or now[i] > expected_revision]
        if changed:
            db.session.rollback()
            raise DecisionConflict(
                f"Another reviewer changed {len(changed)} of these proposal(s) on "
                f"{document.urn} after your page was drawn; your decision was not applied, "
                "so nothing of theirs was overwritten. The page now shows their decision; "
                "make yours again if it still stands.")
    return document


def _snapshot(proposals: Sequence[Proposal]) -> str:
    return json.dumps([{"id": p.id, **{k: _plain(getattr(p, k)) for k in _RESTORED}}
                       for p in proposals])


def _plain(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _record(document: Document, actor: Actor, kind: str, summary: str,
            before: Sequence[Proposal], created: Sequence[int] = ()) -> None:
    db.session.add(ReviewAction(document_id=document.id, user_id=actor.user_id, kind=kind,
                                summary=summary[:300], before=_snapshot(before),
                                created_ids=json.dumps(list(created))))


def targets_for(document_id: int, *, ids: Sequence[int] = (), entity: str | None = None,
                code: str | None = None, only_open: bool = False) -> list[Proposal]:
    """The proposals a decision applies to: by id, by entity (kind and text, any case) or by
    code; ``only_open`` keeps the undecided ones (bulk accept or reject)."""
    query = select(Proposal).where(Proposal.document_id == document_id)
    if ids:
        query = query.where(Proposal.id.in_(list(ids)))
    elif entity is not None:
        kind, _, text = entity.partition(":")
        query = query.where(Proposal.kind == kind, func.lower(Proposal.text) == text.lower())
    elif code is not None:
        query = query.where(Proposal.code == code)
    else:
        return []
    if only_open:
        query = query.where(Proposal.status == "proposed")
    return list(db.session.scalars(query.order_by(Proposal.page, Proposal.start)))


def decide(document_id: int, actor: Actor, *, status: str, expected_revision: int,
           ids: Sequence[int] = (), entity: str | None = None,
           code: str | None = None) -> Outcome:
    """Accept, reject or reopen ("proposed") proposals chosen by id, entity or code."""
    if status not in STATUSES:
        raise ReviewError(f"Unknown decision {status!r}.")
    bulk = not ids
    targets = targets_for(document_id, ids=ids, entity=entity, code=code, only_open=bulk)
    if not targets:
        raise ReviewError("There is nothing to decide there: the proposals are gone or "
                          "already decided.")
    document = _open_for_decisions(document_id, expected_revision, targets)
    before = [p for p in targets if p.status != status]
    _record(document, actor, status, f"{status} {len(targets)} proposal(s)", before)
    revision = bump_revision(document)
    now = utcnow()
    for p in targets:
        p.status = status
        p.decided_by_id = actor.user_id if status != "proposed" else None
        p.decided_at = now if status != "proposed" else None
        p.revision = revision
    db.session.commit()
    audit.record(f"redaction.{status}", actor, target_type="document", target_id=document.urn,
                 details={"proposals": [p.id for p in targets], "entity": entity,
                          "code": code})
    return Outcome(revision, len(targets), f"{len(targets)} proposal(s) {status}.")


def relabel(document_id: int, actor: Actor, proposal_id: int, *, expected_revision: int,
            code: str | None = None, label: str | None = None,
            comment: str | None = None) -> Outcome:
    """Change a proposal's code, the label printed in its box, or the reviewer's comment."""
    targets = targets_for(document_id, ids=[proposal_id])
    if not targets:
        raise ReviewError("That proposal no longer exists.")
    p = targets[0]
    if code is not None:
        code = _check_code(code)
    if label is not None:
        label = " ".join(label.split())[:64]
        if not label:
            raise ReviewError("A label cannot be empty: it is printed in the box.")
    document = _open_for_decisions(document_id, expected_revision, targets)
    _record(document, actor, "edit", f"edit proposal {p.id}", [p])
    revision = bump_revision(document)
    if code is not None:
        if p.label == p.code:  # the label followed the code: keep it following
            p.label = code
        p.code = code
    if label is not None:
        p.label = label
    if comment is not None:
        p.comment = comment.strip()[:2000]
    p.revision = revision
    db.session.commit()
    audit.record("redaction.edit", actor, target_type="document", target_id=document.urn,
                 details={"proposal": p.id, "code": code, "label": label,
                          "comment": comment is not None})
    return Outcome(revision, 1, "Proposal updated.")


def _page(document_id: int, number: int) -> Page:
    if not isinstance(number, int) or not 1 <= number <= 1_000_000:
        raise ReviewError(f"There is no page {number!r}.")
    page = db.session.scalar(select(Page).where(Page.document_id == document_id,
                                                Page.number == number))
    if page is None:
        raise ReviewError(f"The document has no page {number}.")
    return page


def add_text(document_id: int, actor: Actor, *, page: int, start: int, end: int, code: str,
             expected_revision: int, label: str = "") -> Outcome:
    """Redact a selected stretch of the page's text: its boxes come from the word boxes."""
    from inquiry.services.tagging import load_pages

    code = _check_code(code)
    row = _page(document_id, page)
    if not 0 <= start < end <= len(row.text):
        raise ReviewError(f"The selection is not within the text of page {page}.")
    words = [w for w in load_pages(document_id, page, page)[0].words
             if w.start < end and start < w.end]
    if not words:
        raise ReviewError("The selection holds no words to redact; draw a box instead.")
    boxes = [[w.x0, w.y0, w.x1, w.y1] for w in words]
    text = row.text[start:end]
    return _add(document_id, actor, page=page, start=start, end=end, text=text, boxes=boxes,
                code=code, label=label or code, kind="reviewer",
                expected_revision=expected_revision)


def add_box(document_id: int, actor: Actor, *, page: int, box: Sequence[float], code: str,
            expected_revision: int, label: str = "") -> Outcome:
    """Redact a rectangle drawn on the page image (a photograph, a signature), in points
    from the top left of the page."""
    code = _check_code(code)
    row = _page(document_id, page)
    try:
        x0, y0, x1, y1 = (float(v) for v in box)
    except (TypeError, ValueError):
        raise ReviewError("A box is four numbers: left, top, right, bottom.") from None
    if not all(math.isfinite(v) for v in (x0, y0, x1, y1)):
        raise ReviewError("A box is four ordinary numbers (not NaN or infinity).")
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    if x0 < 0 or y0 < 0 or x1 > row.width + 0.5 or y1 > row.height + 0.5:
        raise ReviewError(f"The box lies outside page {page} ({row.width:.0f} x "
                          f"{row.height:.0f} points); draw it on the page.")
    if x1 - x0 < MIN_BOX_POINTS or y1 - y0 < MIN_BOX_POINTS:
        raise ReviewError("The box is too small to see; drag across what should be hidden.")
    return _add(document_id, actor, page=page, start=0, end=0, text="", boxes=[[x0, y0, x1, y1]],
                code=code, label=label or code, kind="box", expected_revision=expected_revision)


def _add(document_id: int, actor: Actor, *, page: int, start: int, end: int, text: str,
         boxes: list[list[float]], code: str, label: str, kind: str,
         expected_revision: int) -> Outcome:
    document = _open_for_decisions(document_id, expected_revision, [])
    revision = bump_revision(document)
    proposal = Proposal(document_id=document_id, page=page, start=start, end=end,
                        text=text[:500], boxes=json.dumps(boxes), code=code,
                        label=" ".join(label.split())[:64] or code, source="reviewer",
                        confidence=1.0, kind=kind, status="accepted",
                        decided_by_id=actor.user_id, decided_at=utcnow(), revision=revision)
    db.session.add(proposal)
    db.session.flush()
    _record(document, actor, "add", f"add {kind} redaction on page {page}", [], [proposal.id])
    db.session.commit()
    audit.record("redaction.add", actor, target_type="document", target_id=document.urn,
                 details={"proposal": proposal.id, "page": page, "kind": kind, "code": code,
                          "length": len(text)})
    return Outcome(revision, 1, f"Redaction added on page {page}.", proposal.id)


def undo(document_id: int, actor: Actor, *, expected_revision: int) -> Outcome:
    """Undo this reviewer's last decision on the document, unless someone has since
    changed the same proposals."""
    action = db.session.scalar(select(ReviewAction).where(
        ReviewAction.document_id == document_id, ReviewAction.user_id == actor.user_id,
        ReviewAction.undone.is_(False)).order_by(ReviewAction.id.desc()).limit(1))
    if action is None:
        raise ReviewError("There is nothing of yours to undo on this document.")
    before = json.loads(action.before)
    created = json.loads(action.created_ids)
    ids = [b["id"] for b in before] + created
    targets = targets_for(document_id, ids=ids) if ids else []
    document = _open_for_decisions(document_id, expected_revision, targets)
    mine = set(ids)
    for other in db.session.scalars(select(ReviewAction).where(
            ReviewAction.document_id == document_id, ReviewAction.id > action.id,
            ReviewAction.undone.is_(False), ReviewAction.user_id != actor.user_id)):
        theirs = {b["id"] for b in json.loads(other.before)} | set(json.loads(other.created_ids))
        if theirs & mine:
            db.session.rollback()
            raise DecisionConflict("Someone else has changed these proposals since; undo "
                                   "would overwrite their decision, so it was not done.")
    revision = bump_revision(document)
    by_id = {p.id: p for p in targets}
    for state in before:
        p = by_id.get(state["id"])
        if p is None:
            continue
        for key in _RESTORED:
            value = state[key]
            if key == "decided_at" and value:
                from datetime import datetime

                value = datetime.fromisoformat(value)
            setattr(p, key, value)
        p.revision = revision
    for proposal_id in created:
        if proposal_id in by_id:
            db.session.delete(by_id[proposal_id])
    action.undone = True
    db.session.commit()
    audit.record("redaction.undo", actor, target_type="document", target_id=document.urn,
                 details={"action": action.id, "kind": action.kind})
    return Outcome(revision, len(before) + len(created), f"Undone: {action.summary}.")
