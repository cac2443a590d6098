"""A ready document from a real PDF with redaction proposals on it, for review tests."""

from __future__ import annotations

import json
from pathlib import Path

from inquiry.extensions import db
from inquiry.models import Document, Proposal
from tests.search_fixtures import add_pdf_document

LINES = ["Statement of Kayleigh Smith taken at Rotherham.",
         "Kayleigh Smith said the taxi driver Tariq Ahmed took her",
         "to a flat above the takeaway. Her phone is 07700 900123.",
         "Signed in the presence of PC Jones."]


def words_of(app, document_id: int, page: int = 1) -> list[dict]:  # noqa: ANN001
    from inquiry.models import Page
    from inquiry.services import blobs

    with app.app_context():
        row = db.session.query(Page).filter_by(document_id=document_id, number=page).one()
        return json.loads(blobs.store().get_bytes(row.words_sha256))


def propose(app, document_id: int, text: str, code: str = "VA", kind: str = "person",  # noqa: ANN001
            occurrence: int = 0, label: str | None = None) -> int:
    """A proposal over the ``occurrence``-th appearance of ``text`` on page 1, boxes from
    the word boxes (as the engine makes them)."""
    from inquiry.models import Page

    with app.app_context():
        page = db.session.query(Page).filter_by(document_id=document_id, number=1).one()
        start = -1
        for _ in range(occurrence + 1):
            start = page.text.index(text, start + 1)
        end = start + len(text)
    boxes = [[w["x0"], w["y0"], w["x1"], w["y1"]] for w in words_of(app, document_id)
             if w["start"] < end and start < w["end"]]
    with app.app_context():
        p = Proposal(document_id=document_id, page=1, start=start, end=end, text=text,
                     boxes=json.dumps(boxes), code=code, label=label or code, source="test",
                     confidence=0.9, kind=kind, status="proposed")
        db.session.add(p)
        db.session.commit()
        return p.id


def review_document(app, tmp_path: Path, urn: str = "INQ800001") -> tuple[int, dict[str, int]]:  # noqa: ANN001
    """The document and its proposals: two mentions of a victim (VA), a suspect (PD) and a
    phone number (PD)."""
    document_id = add_pdf_document(app, tmp_path, urn, LINES)
    ids = {"victim1": propose(app, document_id, "Kayleigh Smith"),
           "victim2": propose(app, document_id, "Kayleigh Smith", occurrence=1),
           "suspect": propose(app, document_id, "Tariq Ahmed", code="PD"),
           "phone": propose(app, document_id, "07700 900123", code="PD", kind="phone")}
    return document_id, ids


def revision(app, document_id: int) -> int:  # noqa: ANN001
    with app.app_context():
        return db.session.get(Document, document_id).review_revision
