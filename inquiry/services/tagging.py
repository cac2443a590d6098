"""The tagging stage: entities for search and proposals for review, from stored pages.

Re-running it (after a register change, or a reviewer redacting a new string) replaces the
open proposals and keeps every decided one, so no reviewer's work is lost.
"""

from __future__ import annotations

import json

from flask import current_app
from sqlalchemy import delete, select

from ingest.pages import Page, Word
from inquiry.extensions import db
from inquiry.models import Document, Mention, Proposal, RedactedString
from inquiry.models import Page as PageRow
from inquiry.services import blobs, registers


def load_pages(document_id: int) -> list[Page]:
    """The document's pages as the domain packages take them: text plus word boxes."""
    store = blobs.store()
    pages = []
    for row in db.session.scalars(select(PageRow).where(PageRow.document_id == document_id)
                                  .order_by(PageRow.number)):
        words = []
        if row.word_count:
            words = [Word.from_dict(w) for w in json.loads(store.get_bytes(row.words_sha256))]
        pages.append(Page(row.number, row.width, row.height, row.ocr, row.text, words))
    return pages


def _overlaps(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def tag_document(document: Document) -> dict[str, int]:
    from redaction.entities import tag_pages
    from redaction.propose import propagate, propose

    model = current_app.extensions["inquiry_settings"].spacy_model
    pages = load_pages(document.id)
    mentions = tag_pages(pages, model=model)
    proposals = propose(pages, register=registers.current_register(),
                        keep=registers.current_keep_list(), mentions=mentions, model=model)
    by_code: dict[str, list[str]] = {}
    for s in db.session.scalars(select(RedactedString)):
        by_code.setdefault(s.code, []).append(s.text)
    for code, strings in by_code.items():
        proposals.extend(propagate(pages, strings, code))

    db.session.execute(delete(Mention).where(Mention.document_id == document.id))
    db.session.add_all(Mention(document_id=document.id, page=m.page, kind=m.kind,
                               label=m.label, text=m.text[:300], canonical=m.canonical[:300],
                               start=m.start, end=m.end, boxes=json.dumps(m.boxes))
                       for m in mentions)
    db.session.execute(delete(Proposal).where(Proposal.document_id == document.id,
                                              Proposal.status == "proposed"))
    decided = [(p.page, p.start, p.end) for p in db.session.scalars(
        select(Proposal).where(Proposal.document_id == document.id))]
    added, seen = 0, set()
    for p in proposals:
        span = (p.page, p.start, p.end)
        if span in seen or any(_overlaps(span, d) for d in decided):
            continue
        seen.add(span)
        db.session.add(Proposal(document_id=document.id, page=p.page, start=p.start, end=p.end,
                                text=p.text[:500], boxes=json.dumps(p.boxes), code=p.code,
                                label=p.label[:64], source=p.source[:64],
                                confidence=p.confidence, kind=p.kind[:32]))
        added += 1
    return {"mentions": len(mentions), "proposals": added}
