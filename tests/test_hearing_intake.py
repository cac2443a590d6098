"""A batch with a load file, in answer to a request, through the upload form: each row's
metadata reaches its own file (a zip member's too), a row can restrict a file (seen then only
by the uploader), and the batch is recorded against the request. Real Redis and storage."""

from __future__ import annotations

import io
import zipfile
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models import Document, EvidenceRequest, RequestBatch
from inquiry.services import requests
from inquiry.services.actor import Actor
from tests import pdfs
from tests.conftest import csrf_token, sign_in

pytestmark = pytest.mark.services


def test_load_file_metadata_reaches_each_file_and_the_batch_answers_the_request(
        app, client, make_user, tmp_path):
    clerk, other = make_user("clerk"), make_user("clerk")
    with app.app_context():
        sent = date.today() - timedelta(days=3)
        requests.create(requests.RequestInput("rule9_documents", "South Yorkshire Police",
                                              sent, sent + timedelta(days=28)),
                        Actor(clerk.id, clerk.email))
    first = pdfs.text_pdf(tmp_path, ["Strategy meeting minutes, March 2014."], name="a.pdf")
    second = pdfs.text_pdf(tmp_path, ["Statement of a witness, April 2014."], name="b.pdf")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.write(second, "statements/b.pdf")
    archive.seek(0)
    load = ("File name,Title,Author,Date,Type,Provider reference,Restricted\r\n"
            "a.pdf,Strategy meeting minutes,DC Jones,14/03/2014,Minutes,SYP-0001,no\r\n"
            "B.PDF,Statement of W1,W1,2014-04-02,witness statement,SYP-0002,yes\r\n")
    sign_in(client, clerk)
    response = client.post("/documents/upload", data={
        "files": [(io.BytesIO(first.read_bytes()), "a.pdf"), (archive, "answer.zip")],
        "load_file": (io.BytesIO(load.encode()), "index.csv"),
        "provider": "South Yorkshire Police", "document_type": "report",
        "answers_request": "R9-0001", "csrf_token": csrf_token(client, "/documents/upload")},
        content_type="multipart/form-data")
    assert response.status_code == 200, response.get_data(as_text=True)
    with app.app_context():
        docs = {d.filename: d for d in db.session.scalars(select(Document))}
        assert sorted(docs) == ["a.pdf", "b.pdf"]
        a, b = docs["a.pdf"], docs["b.pdf"]
        assert (a.title, a.author, a.document_date, a.document_type, a.provider_reference,
                a.restricted) == ("Strategy meeting minutes", "DC Jones", date(2014, 3, 14),
                                  "minutes", "SYP-0001", False)
        assert (b.title, b.author, b.document_date, b.document_type, b.provider_reference,
                b.restricted) == ("Statement of W1", "W1", date(2014, 4, 2),
                                  "witness_statement", "SYP-0002", True)
        assert a.provider == b.provider == "South Yorkshire Police"
        assert a.batch_id == b.batch_id
        linked = db.session.scalar(select(RequestBatch.request_id).where(
            RequestBatch.batch_id == a.batch_id))
        request = db.session.get(EvidenceRequest, linked)
        assert (request.reference, request.status) == ("R9-0001", "part_answered")
        urn_b = b.urn
    assert "Statement of W1" in client.get("/requests/R9-0001").get_data(as_text=True)
    other_client = app.test_client()
    sign_in(other_client, other)
    page = other_client.get("/requests/R9-0001").get_data(as_text=True)
    assert "Strategy meeting minutes" in page
    assert "Statement of W1" not in page and urn_b not in page
