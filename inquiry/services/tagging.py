"""The tagging stage: entities for search and proposals for review, from stored pages.

Pages are tagged in windows, so memory stays bounded on a 5,000-page bundle; names found in
one window are then proposed wherever else they occur in the document (a second, cheap
pass). Re-running it (after a register change, or a reviewer redacting a new string)
replaces the open proposals and keeps every decided one, so no reviewer's work is lost.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from flask import current_app
from sqlalchemy import delete, func, insert, select

from ingest.pages import Page, Word
from inquiry.extensions import db
from inquiry.models import Document, Mention, Proposal, RedactedString
from inquiry.models import Page as PageRow
from inquiry.services import blobs, registers

WINDOW = 200  # pages tagged together: bounds memory, keeps spaCy batching efficient


def warm_up(model: str) -> float:
    """Load what tagging reads (the recogniser, the name lists, the recall model) by
    tagging a line of text, so a worker's first document does not wait seconds for it;
    returns the seconds it took."""
    import time

    from ingest.pages import build_page
    from redaction.entities import tag_pages
    from redaction.name_mentions import name_finder_mentions
    from redaction.propose import propose

    started = time.perf_counter()
    words = "DC Sarah Jones met Kayleigh at Rotherham Council on 3 March 2014".split()
    page = build_page(1, 595.0, 842.0, False, [[(w, 72.0 + 40 * i, 72.0, 108.0 + 40 * i, 84.0)
                                                for i, w in enumerate(words)]])
    mentions = tag_pages([page], model=model)
    propose([page], mentions=mentions, model=model)
    name_finder_mentions([page], mentions)
    return time.perf_counter() - started


def load_pages(document_id: int, first: int = 1, last: int | None = None) -> list[Page]:
    """Pages first..last as the domain packages take them: text plus word boxes."""
    store = blobs.store()
    query = select(PageRow).where(PageRow.document_id == document_id, PageRow.number >= first)
    if last is not None:
        query = query.where(PageRow.number <= last)
    pages = []
    for row in db.session.scalars(query.order_by(PageRow.number)):
        words = []
        if row.word_count:
            words = [Word.from_dict(w) for w in json.loads(store.get_bytes(row.words_sha256))]
        pages.append(Page(row.number, row.width, row.height, row.ocr, row.text, words))
    return pages


def proposal_row(document_id: int, p) -> dict:  # noqa: ANN001 - redaction.propose.Proposal
    return {"document_id": document_id, "page": p.page, "start": p.start, "end": p.end,
            "text": p.text[:500], "boxes": json.dumps(p.boxes), "code": p.code,
            "label": p.label[:64], "source": p.source[:64], "confidence": p.confidence,
            "kind": p.kind[:32], "status": "proposed"}


class _Spans:
    """Spans already proposed or decided, so nothing is proposed twice."""

    def __init__(self, decided: list[tuple[int, int, int]]) -> None:
        self._by_page: dict[int, list[tuple[int, int]]] = {}
        for page, start, end in decided:
            self._by_page.setdefault(page, []).append((start, end))

    def take(self, page: int, start: int, end: int) -> bool:
        spans = self._by_page.setdefault(page, [])
        if any(start < e and s < end for s, e in spans):
            return False
        spans.append((start, end))
        return True


def strings_for(document_id: int) -> list[RedactedString]:
    """Reviewers' "redact everywhere" strings that apply to one document: every confirmed
    string, and those still waiting for a second reviewer that were asked for in it."""
    return list(db.session.scalars(select(RedactedString).where(
        (RedactedString.status == "confirmed") | (RedactedString.document_id == document_id))))


def tag_document(document: Document, heartbeat: Callable[[], None] = lambda: None,
                 window: int = WINDOW) -> dict[str, int]:
    from redaction.entities import tag_pages
    from redaction.facet_mentions import facet_mentions, stored_forms
    from redaction.propose import propagate, propagation_forms, propose

    model = current_app.extensions["inquiry_settings"].spacy_model
    register, keep = registers.current_register(), registers.current_keep_list()
    reviewer_strings: dict[str, list[str]] = {}
    for s in strings_for(document.id):  # confirmed, and those pending from this document
        reviewer_strings.setdefault(s.code, []).append(s.text)
    last_page = db.session.scalar(select(func.max(PageRow.number)).where(
        PageRow.document_id == document.id)) or 0

    db.session.execute(delete(Mention).where(Mention.document_id == document.id))
    db.session.execute(delete(Proposal).where(Proposal.document_id == document.id,
                                              Proposal.status == "proposed"))
    spans = _Spans([(p.page, p.start, p.end) for p in db.session.scalars(
        select(Proposal).where(Proposal.document_id == document.id))])
    found: dict[tuple[str, str], set[str]] = {}  # (code, label) -> names, for the 2nd pass
    counts = {"mentions": 0, "proposals": 0}
    windows = [(first, min(last_page, first + window - 1))
               for first in range(1, last_page + 1, window)]
    for first, last in windows:
        pages = load_pages(document.id, first, last)
        mentions = tag_pages(pages, model=model)
        proposals = propose(pages, register=register, keep=keep, mentions=mentions, model=model)
        for code, strings in reviewer_strings.items():
            proposals.extend(propagate(pages, strings, code))
        # stored for search facets (resolved into one entity per person, place or agency
        # when the document is indexed)
        stored = facet_mentions(pages, mentions)
        if stored:
            db.session.execute(insert(Mention), [
                {"document_id": document.id, "page": m.page, "kind": m.kind, "label": m.label,
                 "text": m.text[:300], "canonical": m.canonical[:300], "start": m.start,
                 "end": m.end, "boxes": json.dumps(m.boxes), "context": form[3][:48]}
                for m, form in zip(stored, stored_forms(pages, stored), strict=True)])
        rows = [proposal_row(document.id, p) for p in proposals
                if spans.take(p.page, p.start, p.end)]
        if rows:
            db.session.execute(insert(Proposal), rows)
        for p in proposals:
            if p.kind in ("person", "protected_person") and len(windows) > 1:
                found.setdefault((p.code, p.label), set()).update(propagation_forms(p.text))
        counts["mentions"] += len(stored)
        counts["proposals"] += len(rows)
        del pages, mentions, proposals, stored
        heartbeat()
    if len(windows) > 1 and found:  # names found in one window, proposed in all the others
        for first, last in windows:
            pages = load_pages(document.id, first, last)
            rows = []
            for (code, label), names in found.items():
                rows += [proposal_row(document.id, p)
                         for p in propagate(pages, names, code, label)
                         if spans.take(p.page, p.start, p.end)]
            if rows:
                db.session.execute(insert(Proposal), rows)
            counts["proposals"] += len(rows)
            heartbeat()
    return counts
