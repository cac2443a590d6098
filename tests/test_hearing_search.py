"""``request:`` in the query language, on the real index: the documents received in answer
to a request, only for those who may see the request."""

from __future__ import annotations

import html
from datetime import date, timedelta

import pytest

from inquiry.extensions import db
from inquiry.models import Batch, Document
from inquiry.services import requests
from inquiry.services.actor import Actor
from tests.conftest import csrf_token, sign_in
from tests.search_fixtures import add_pdf_document

pytestmark = [pytest.mark.services, pytest.mark.usefixtures("fresh_search_and_store")]


def test_request_field_finds_documents_received_in_answer(app, client, make_user, tmp_path):
    author, other = make_user("counsel"), make_user("counsel")
    answered = add_pdf_document(app, tmp_path, "INQ700001", ["Minutes of the taxi meeting."])
    add_pdf_document(app, tmp_path, "INQ700002", ["Another taxi meeting, not asked for."])
    with app.app_context():
        me = Actor(author.id, author.email)
        sent = date.today() - timedelta(days=5)
        open_one = requests.create(requests.RequestInput(
            "rule9_documents", "South Yorkshire Police", sent, sent + timedelta(days=28)), me)
        requests.create(requests.RequestInput(
            "rule9_statement", "Jane Witness", sent, sent + timedelta(days=28),
            recipient_kind="person"), me)
        batch = Batch(source="upload", created_by_id=author.id)
        db.session.add(batch)
        db.session.flush()
        db.session.get(Document, answered).batch_id = batch.id
        db.session.commit()
        requests.link_batch(open_one.reference, batch.id, me, batch_visible=lambda *_: True)
    sign_in(client, author)
    page = html.unescape(client.get("/search/?q=taxi+request:r9-0001").text)
    assert "INQ700001" in page and "INQ700002" not in page
    page = html.unescape(client.get("/search/?q=request:R9-0002").text)
    assert "INQ700001" not in page and "no request" not in page  # nothing answers it yet
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    sign_in(client, other)
    response = client.get("/search/?q=request:R9-0002")  # restricted: as if unknown
    text = html.unescape(response.text)
    assert "there is no request 'R9-0002'" in text and "Jane Witness" not in text
