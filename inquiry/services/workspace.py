"""Everything the reviewer's workspace shows for one page of a document."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models.document import REVIEW_STATUSES, Document
from inquiry.models.redaction import Proposal
from inquiry.services import decisions, review, viewing
from inquiry.services.actor import Actor


@dataclass
class Group:
    """Proposals sharing an entity (kind and text) or a code."""

    key: str
    title: str
    proposals: list[Proposal] = field(default_factory=list)

    @property
    def open(self) -> int:
        return sum(1 for p in self.proposals if p.status == "proposed")

    @property
    def accepted(self) -> int:
        return sum(1 for p in self.proposals if p.status == "accepted")

    @property
    def pages(self) -> list[int]:
        return sorted({p.page for p in self.proposals})


def groups(proposals: list[Proposal]) -> tuple[list[Group], list[Group]]:
    by_entity: dict[str, Group] = {}
    by_code: dict[str, Group] = {}
    codes = decisions.code_choices()
    for p in proposals:
        if p.text:
            key = f"{p.kind}:{p.text.lower()}"
            by_entity.setdefault(key, Group(key, p.text)).proposals.append(p)
        by_code.setdefault(p.code, Group(p.code, f"{p.code}: {codes.get(p.code, p.code)}")
                           ).proposals.append(p)
    entity_list = sorted(by_entity.values(), key=lambda g: (-g.open, -len(g.proposals), g.title))
    return entity_list, sorted(by_code.values(), key=lambda g: g.key)


def load(document: Document, number: int, actor: Actor) -> dict | None:
    context = viewing.open_document(document, number, actor)  # audited as a view
    if context is None:
        return None
    proposals = list(db.session.scalars(select(Proposal).where(
        Proposal.document_id == document.id).order_by(Proposal.page, Proposal.start)))
    on_page = [p for p in proposals if p.page == number]
    by_entity, by_code = groups(proposals)
    counts: dict[str, int] = defaultdict(int)
    for p in proposals:
        counts[p.status] += 1
    events = review.history(document.id)
    failure = events[-1] if events and events[-1].action in ("publish_failed", "recheck") \
        else None
    from inquiry.services.published import current_publication

    return {**context, "proposals": proposals, "on_page": on_page, "by_entity": by_entity,
            "by_code": by_code, "counts": dict(counts), "codes": decisions.code_choices(),
            "approval_refusal": review.approval_refusal(document, actor.user_id)
            if document.review_status == "reviewed" else None,
            "review_events": events, "last_failure": failure,
            "failure_lines": finding_lines(failure.comment) if failure else [],
            "status_label": REVIEW_STATUSES.get(document.review_status,
                                                document.review_status),
            "maker": review.user_email(document.reviewed_by_id),
            "approver": review.user_email(document.approved_by_id),
            "assignee": review.user_email(document.assigned_to_id),
            "image_boxes": viewing.image_boxes(document, number),
            "publication": current_publication(document.id),
            "priorities": review.PRIORITIES}


_PAGE_LINE = re.compile(r"^- Page (\d+): ")


def finding_lines(comment: str) -> list[tuple[int | None, str]]:
    """A verification report's lines, each with the page it is about (to link to)."""
    out: list[tuple[int | None, str]] = []
    for line in comment.splitlines():
        m = _PAGE_LINE.match(line)
        out.append((int(m.group(1)) if m else None, line.removeprefix("- ")))
    return out
