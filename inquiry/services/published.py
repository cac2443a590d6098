"""What a document's publication holds: its accepted redactions, the publication in force
and the text that survives in it. A leaf that search indexing may read without depending on
the publishing workflow (which indexes what it publishes through search_index)."""

from __future__ import annotations

from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models.document import Page
from inquiry.models.redaction import Proposal
from inquiry.models.review import Publication


def accepted_redactions(document_id: int) -> list:  # list[redaction.propose.Proposal]
    """The accepted redactions, as the redaction engine takes them."""
    from redaction.propose import Proposal as Redaction

    rows = db.session.scalars(select(Proposal).where(
        Proposal.document_id == document_id, Proposal.status == "accepted")
        .order_by(Proposal.page, Proposal.start))
    return [Redaction(page=p.page, start=p.start, end=p.end, text=p.text,
                      boxes=[tuple(b) for b in p.box_list], code=p.code, label=p.label,
                      source=p.source, confidence=p.confidence,
                      kind="person" if p.kind == "reviewer" else p.kind) for p in rows]


def current_publication(document_id: int) -> Publication | None:
    return db.session.scalar(select(Publication).where(
        Publication.document_id == document_id, Publication.withdrawn_at.is_(None))
        .order_by(Publication.id.desc()).limit(1))


def published_texts(document_id: int, chosen: list | None = None) -> dict[int, str]:
    """Per page, the text that survives the accepted redactions (what the published file's
    text layer holds), for the "published only" search scope."""
    from inquiry.services.tagging import load_pages
    from redaction.apply import surviving_words

    chosen = accepted_redactions(document_id) if chosen is None else chosen
    by_page: dict[int, list] = {}
    for d in chosen:
        by_page.setdefault(d.page, []).append(d)
    texts: dict[int, str] = {}
    last = db.session.scalar(select(Page.number).where(Page.document_id == document_id)
                             .order_by(Page.number.desc()).limit(1)) or 0
    for first in range(1, last + 1, 100):
        for page in load_pages(document_id, first, min(last, first + 99)):
            mine = by_page.get(page.number, [])
            words = surviving_words(page, [b for d in mine for b in d.boxes],
                                    [(d.start, d.end) for d in mine])
            texts[page.number] = " ".join(w.text for w in words)
    return texts


