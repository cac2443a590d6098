"""Published documents for bundle tests without the review workflow: a small PDF written to
the real publication store with its ``Publication`` row, as publishing leaves them."""

from __future__ import annotations

import hashlib
import html
import io
import tempfile
from pathlib import Path

from reportlab.pdfgen import canvas
from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models import Document, DocumentGrant, Publication
from tests.conftest import csrf_token


def publish_fake(app, urn: str, pages: int, text: str = "", *, restricted: bool = False,  # noqa: ANN001
                 grants: tuple[int, ...] = ()) -> int:
    """A published document ``urn`` of ``pages`` pages (a new publication if it exists);
    its id."""
    from inquiry.services import publication_store

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(595, 842), invariant=1)
    for p in range(pages):
        c.drawString(72, 780, f"{urn} published page {p + 1} {text}")
        c.showPage()
    c.save()
    data = out.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    with app.app_context():
        document = db.session.scalar(select(Document).where(Document.urn == urn))
        if document is None:
            document = Document(urn=urn, sha256=hashlib.sha256(urn.encode()).hexdigest(),
                                filename=f"{urn}.pdf", size_bytes=1, page_count=pages,
                                status="ready", provider="SYP", review_status="published",
                                title=f"Title of {urn}", restricted=restricted)
            db.session.add(document)
            db.session.flush()
            for user_id in grants:
                db.session.add(DocumentGrant(document_id=document.id, user_id=user_id))
        with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
            fh.write(data)
            fh.flush()
            key = f"{urn}/{sha}.pdf"
            publication_store.store().put_file(key, Path(fh.name), sha)
        db.session.add(Publication(document_id=document.id, urn=urn, sha256=sha, pages=pages,
                                   store_key=key, approved_by="a", published_by="b"))
        db.session.commit()
        return document.id


def withdraw(app, urn: str) -> None:  # noqa: ANN001
    """Withdraw the document's publication in force."""
    with app.app_context():
        for publication in db.session.scalars(select(Publication).where(
                Publication.urn == urn, Publication.withdrawn_at.is_(None))):
            publication.withdrawn_at = publication.published_at
        db.session.commit()


def post(client, url: str, page: str, **data) -> object:  # noqa: ANN001
    """POST a form with the CSRF token of ``page``, following the redirect; ``.text`` is
    the answer's text unescaped."""
    response = client.post(url, data={"csrf_token": csrf_token(client, page), **data},
                           follow_redirects=True)
    response.text = html.unescape(response.get_data(as_text=True))
    return response
