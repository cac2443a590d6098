"""Issue 14: review previews (the redaction preview images of the review workspace) and
page images are evidence: audited, refused without a grant, limited per user, and a request
over the limit is told so in words (an image saying why, in the page's place)."""

from __future__ import annotations

import contextlib
import io
import json

from PIL import Image
from sqlalchemy import select, update

from inquiry.extensions import db
from inquiry.models import AuditEntry, Document, DocumentGrant
from tests.conftest import make_settings, sign_in
from tests.review_fixtures import review_document
from tests.search_fixtures import add_pdf_document

PREVIEW = "/review/INQ800001/pages/1/preview.png"
PAGE = "/documents/INQ800001/pages/1.png"


def _client(app, account, agent: str):  # noqa: ANN001, ANN202
    client = app.test_client()
    client.environ_base["HTTP_USER_AGENT"] = agent  # each its own browser and session
    assert sign_in(client, account).status_code == 302
    return client


def _entries(app, action: str) -> list[tuple[str, str, int]]:  # noqa: ANN001
    with app.app_context():
        rows = db.session.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                  .order_by(AuditEntry.seq))
        return [(e.actor, e.target_id, json.loads(e.details)["page"]) for e in rows]


def test_review_previews_are_audited_once_per_session_and_page(app, make_user, tmp_path):
    review_document(app, tmp_path)
    add_pdf_document(app, tmp_path, "INQ800002", ["Another statement, another page."])
    first, second = make_user("reviewer"), make_user("reviewer")
    one = _client(app, first, "Browser/one")
    for path in (PREVIEW, PREVIEW, PREVIEW, "/review/INQ800002/pages/1/preview.png"):
        response = one.get(path)
        assert response.status_code == 200 and response.mimetype == "image/png"
        assert response.headers["Cache-Control"] == "no-store"
        assert "X-RateLimit-Remaining" in response.headers  # limited per user
    _client(app, second, "Browser/two").get(PREVIEW)
    again = _client(app, first, "Browser/three")  # the same reviewer, a new session
    again.get(PREVIEW)
    assert _entries(app, "document.preview") == [
        (first.email, "INQ800001", 1), (first.email, "INQ800002", 1),
        (second.email, "INQ800001", 1), (first.email, "INQ800001", 1)]


def test_review_previews_are_refused_without_a_grant(app, make_user, tmp_path):
    document_id, _ = review_document(app, tmp_path)
    with app.app_context():
        db.session.execute(update(Document).where(Document.id == document_id)
                           .values(restricted=True))
        db.session.commit()
    outsider, insider = make_user("reviewer"), make_user("reviewer")
    counsel = make_user("counsel")
    with app.app_context():
        db.session.add(DocumentGrant(document_id=document_id, user_id=insider.id))
        db.session.commit()

    assert _client(app, outsider, "Browser/out").get(PREVIEW).status_code == 404
    assert _client(app, counsel, "Browser/counsel").get(PREVIEW).status_code == 403
    anonymous = app.test_client().get(PREVIEW)
    assert anonymous.status_code == 302 and "/sign-in" in anonymous.headers["Location"]
    assert _entries(app, "document.preview") == []  # nothing was shown
    with app.app_context():
        refused = db.session.scalars(select(AuditEntry.actor).where(
            AuditEntry.action == "document.access_denied")).all()
    assert outsider.email in refused
    assert _client(app, insider, "Browser/in").get(PREVIEW).status_code == 200
    assert _entries(app, "document.preview") == [(insider.email, "INQ800001", 1)]


@contextlib.contextmanager
def _limited(app, limit: str):  # noqa: ANN001, ANN202
    """The same database, store and key with a page-image limit of ``limit`` (a second app,
    as a deployment with that setting); the session app's Celery is the default again after."""
    from inquiry.app import create_app

    settings = app.extensions["inquiry_settings"]
    try:
        yield create_app(make_settings(settings.var_dir, settings.database_url,
                                       es_index_prefix=settings.es_index_prefix,
                                       page_image_rate_limit=limit))
    finally:
        app.extensions["celery"].set_default()
        app.extensions["celery"].set_current()


def test_over_the_limit_page_images_and_previews_answer_429_saying_why(app, make_user,
                                                                       tmp_path):
    review_document(app, tmp_path)
    reader, other = make_user("reviewer", "counsel"), make_user("reviewer")
    with _limited(app, "2 per minute") as limited:
        client = _client(limited, reader, "Browser/limited")
        for path in (PAGE, PREVIEW):  # each has its own count
            assert [client.get(path).status_code for _ in range(2)] == [200, 200]
            refused = client.get(path)  # an <img> asks for any image: it gets one
            assert refused.status_code == 429 and refused.mimetype == "image/png"
            assert refused.headers["Cache-Control"] == "no-store"
            assert int(refused.headers["Retry-After"]) >= 1
            notice = Image.open(io.BytesIO(refused.data))
            assert notice.width == 900 and notice.height < 200  # a sentence, not the page
            page = client.get(path, headers={"Accept": "text/html"})
            html = page.get_data(as_text=True)
            assert page.status_code == 429 and "Too many requests" in html
            assert "2 per 1 minute" in html
            api = client.get(path, headers={"Accept": "application/json"})
            assert api.status_code == 429 and "Too many requests" in api.json["error"]
        assert _client(limited, other, "Browser/other").get(PREVIEW).status_code == 200
    # refused fetches show nothing and add nothing to the trail
    assert [a for a, _, _ in _entries(app, "document.page_image")] == [reader.email]
    assert [a for a, _, _ in _entries(app, "document.preview")] == [reader.email, other.email]
