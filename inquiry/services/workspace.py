"""Everything the reviewer's workspace shows for one page of a document."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models.document import REVIEW_STATUSES, Document
from inquiry.models.redaction import Proposal
from inquiry.services import decisions, publication_progress, review, viewing
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

    reasons = {p.id: reason_words(p.source or "", p.kind, p.label, p.code) for p in on_page}
    return {**context, "proposals": proposals, "on_page": on_page, "by_entity": by_entity,
            "reasons": reasons,
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
            "publishing_progress": publication_progress.describe(document.id)
            if document.review_status == "publishing" else None,
            "priorities": review.PRIORITIES}


_PAGE_LINE = re.compile(r"^- Page (\d+): ")


def finding_lines(comment: str) -> list[tuple[int | None, str]]:
    """A verification report's lines, each with the page it is about (to link to)."""
    out: list[tuple[int | None, str]] = []
    for line in comment.splitlines():
        m = _PAGE_LINE.match(line)
        out.append((int(m.group(1)) if m else None, line.removeprefix("- ")))
    return out


def state(document_id: int, number: int) -> dict:
    """What a decision changed, for the workspace to update itself without a reload: the
    revision, the counts, each proposal on the page, and each group's undecided count."""
    document = db.session.get(Document, document_id)
    rows = list(db.session.execute(select(
        Proposal.id, Proposal.page, Proposal.status, Proposal.code, Proposal.label,
        Proposal.kind, Proposal.text).where(Proposal.document_id == document_id)))
    counts: dict[str, int] = defaultdict(int)
    groups: dict[str, int] = defaultdict(int)
    for _pid, _page, status, code, _label, kind, text in rows:
        counts[status] += 1
        open_ = int(status == "proposed")
        if text:
            groups[f"{kind}:{text.lower()}"] += open_
        groups[code] += open_
    return {"revision": document.review_revision if document else 0,
            "counts": dict(counts), "groups": dict(groups),
            "proposals": [{"id": pid, "status": status, "code": code, "label": label}
                          for pid, page, status, code, label, _k, _t in rows
                          if page == number]}


_REASONS = {
    "spacy": "a person's name (language model)",
    "heuristic:after_title": "a name after a title or rank",
    "heuristic:relation_context": "a name after a family or relationship word",
    "heuristic:known_as": "a name or nickname someone is known by",
    "heuristic:nickname_after_name": "a nickname given after a name",
    "heuristic:nickname_in_brackets": "a nickname in brackets after a name",
    "heuristic:quoted_name": "a name in quotation marks",
    "heuristic:name_list": "a known first name or surname",
    "heuristic:lower_name_list": "a known name written in lower case",
    "heuristic:lower_title": "a name after a title, in lower case",
    "heuristic:inverted": "a name written surname first",
    "heuristic:label_context": "a name after a form label",
    "propagated": "the same name elsewhere in this document",
    "verification": "still readable when publication was last tried",
    "reviewer": "added by a reviewer",
    "rule:dob_after_name": "a date of birth after a name",
    "model:recall": "looks like personal data to the trained second reader (a guess: check it)",
}
_RULE_WORDS = {
    "phone": "a phone number", "email": "an e-mail address", "postcode": "a postcode",
    "ni_number": "a National Insurance number", "nhs_number": "an NHS number",
    "date_of_birth": "a date of birth", "vehicle_reg": "a vehicle registration",
    "address": "an address", "social_handle": "a social media account",
    "collar_number": "a police collar number", "warrant_number": "a warrant number",
    "staff_number": "a staff number", "licence_number": "a driver licence or badge number",
    "reference": "a reference number that stands for a person", "sort_code": "a sort code",
    "account_number": "a bank account number", "card_number": "a payment card number",
    "school": "a school a child attends", "care_placement": "where a child lives in care",
    "ip_address": "an IP address (someone's internet connection)",
}


def reason_words(source: str, kind: str, label: str, code: str) -> str:
    """Why a proposal was made, in a reviewer's words ("on the register: C-12", "looks like
    a phone number"), from its internal sources."""
    out: list[str] = []
    for token in source.split(","):
        token = token.strip()
        if token.startswith("register:"):
            out.append("shares a name with a registered person" if token.endswith(
                ":namesake") else f"on the register: {label}")
        elif token.startswith("field:"):
            out.append(f"in the “{token[6:]}” field of a form or table")
        elif token.startswith(("rule:", "place:")):
            words = _RULE_WORDS.get(kind)
            out.append(f"looks like {words}" if words else "an identifier")
        elif token in _REASONS:
            out.append(_REASONS[token])
    if not out:
        out.append(_RULE_WORDS.get(kind, "proposed by the engine"))
    return "; ".join(dict.fromkeys(out))
