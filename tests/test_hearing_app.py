"""Requests, load files and bundles through the app (database only: runs on SQLite too)."""

from __future__ import annotations

import html
import io
import json
from datetime import date, timedelta

import pikepdf
from reportlab.pdfgen import canvas
from sqlalchemy import func, select

from inquiry.extensions import db
from inquiry.models import AuditEntry, Batch, Bundle, Document, EvidenceRequest, Publication
from tests.conftest import csrf_token, sign_in


def _audits(app, action: str) -> int:  # noqa: ANN001
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == action))


def _new_request(client, **overrides) -> object:  # noqa: ANN001
    data = {"kind": "rule9_documents", "recipient": "South Yorkshire Police",
            "recipient_kind": "organisation", "topics": "Operation Linden files",
            "sent_on": (date.today() - timedelta(days=40)).isoformat(),
            "deadline": (date.today() + timedelta(days=10)).isoformat(),
            "csrf_token": csrf_token(client, "/requests/new"), **overrides}
    return client.post("/requests/new", data=data)


def test_request_register_dashboard_overdue_and_restricted_recipients(app, client, make_user):
    counsel, other = make_user("counsel"), make_user("counsel")
    sign_in(client, counsel)
    assert _new_request(client).status_code == 303
    late = _new_request(client, kind="s21_notice", recipient="Rotherham MBC",
                        deadline=(date.today() - timedelta(days=1)).isoformat())
    assert late.headers["Location"].endswith("/requests/S21-0001")
    person = _new_request(client, kind="rule9_statement", recipient="Jane Witness",
                          recipient_kind="person")
    assert person.headers["Location"].endswith("/requests/R9-0002")
    # bad input: a clear message, 400, nothing recorded
    bad = _new_request(client, deadline=(date.today() - timedelta(days=90)).isoformat())
    assert bad.status_code == 400 and "before the date the request was sent" in bad.text
    with app.app_context():
        assert db.session.scalar(select(func.count(EvidenceRequest.id))) == 3
    page = client.get("/requests/").text
    assert page.index("S21-0001") < page.index("R9-0001")  # sorted by deadline
    assert 'data-status="overdue">1<' in page and "Jane Witness" in page
    assert client.get("/requests/?status=nonsense").status_code == 200
    before = _audits(app, "request.view")
    assert "Operation Linden" in client.get("/requests/R9-0001").text
    assert _audits(app, "request.view") == before + 1
    # another counsel does not see the person's name anywhere
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    sign_in(client, other)
    page = client.get("/requests/").text
    assert "Jane Witness" not in page and "R9-0002" not in page
    assert client.get("/requests/R9-0002").status_code == 404
    # the author lets the other counsel see it; the grant is audited
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    sign_in(client, counsel)
    token = csrf_token(client, "/requests/R9-0002")
    assert "There is no active account" in html.unescape(client.post(
        "/requests/R9-0002/grants", data={"email": "nobody@x.org", "csrf_token": token},
        follow_redirects=True).text)
    client.post("/requests/R9-0002/grants", data={"email": other.email, "csrf_token": token})
    assert _audits(app, "request.access_granted") == 1
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    sign_in(client, other)
    assert "Jane Witness" in client.get("/requests/R9-0002").text
    # linking an unknown batch: a message, nothing linked
    token = csrf_token(client, "/requests/R9-0001")
    response = client.post("/requests/R9-0001/batches", data={"batch": 999, "csrf_token": token},
                           follow_redirects=True)
    assert "There is no batch 999." in response.text


def test_load_file_mismatch_stores_nothing(app, signed_in, tmp_path):
    client = signed_in("clerk")
    pdf = io.BytesIO(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    load = io.BytesIO(b"File name,Title,Date\nstatement.pdf,A title,31/02/2019\n"
                      b"other.pdf,Missing,\n")
    response = client.post("/documents/upload", data={
        "files": (pdf, "statement.pdf"), "load_file": (load, "load.csv"),
        "provider": "South Yorkshire Police", "document_type": "report",
        "csrf_token": csrf_token(client, "/documents/upload")},
        content_type="multipart/form-data")
    assert response.status_code == 400
    text = html.unescape(response.text)
    assert "'31/02/2019' is not a date" in text and "no file called 'other.pdf'" in text
    assert "nothing was stored" in text
    with app.app_context():
        assert db.session.scalar(select(func.count(Batch.id))) == 0
        assert db.session.scalar(select(func.count(Document.id))) == 0


def _published(app, urn: str, pages: int, stamp_text: str = "") -> int:  # noqa: ANN001
    from inquiry.services import publication_store
    from tests import pdfs  # noqa: F401 - the same helpers the other tests use

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(595, 842), invariant=1)
    for p in range(pages):
        c.drawString(72, 780, f"{urn} published page {p + 1} {stamp_text}")
        c.showPage()
    c.save()
    import hashlib
    import tempfile

    data = out.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    with app.app_context():
        document = db.session.scalar(select(Document).where(Document.urn == urn))
        if document is None:
            document = Document(urn=urn, sha256=hashlib.sha256(urn.encode()).hexdigest(),
                                filename=f"{urn}.pdf", size_bytes=1, page_count=pages,
                                status="ready", provider="SYP", review_status="published",
                                title=f"Title of {urn}")
            db.session.add(document)
            db.session.flush()
        with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
            fh.write(data)
            fh.flush()
            key = f"{urn}/{sha}.pdf"
            publication_store.store().put_file(key, __import__("pathlib").Path(fh.name), sha)
        db.session.add(Publication(document_id=document.id, urn=urn, sha256=sha, pages=pages,
                                   store_key=key, approved_by="a", published_by="b"))
        db.session.commit()
        return document.id


def _post(client, url: str, page: str, **data) -> object:  # noqa: ANN001
    response = client.post(url, data={"csrf_token": csrf_token(client, page), **data},
                           follow_redirects=True)
    response.text = html.unescape(response.get_data(as_text=True))
    return response


def test_bundle_refuses_unpublished_stamps_publishes_and_reissues(app, signed_in):
    client = signed_in("counsel")
    _published(app, "INQ000001", 2)
    _published(app, "INQ000002", 1)
    with app.app_context():
        db.session.add(Document(urn="INQ000003", sha256="c" * 64, filename="x.pdf",
                                size_bytes=1, status="ready", review_status="approved"))
        db.session.commit()
    r = _post(client, "/bundles/new", "/bundles/", reference="a", title="Day 1",
              hearing_date="2026-12-01", stamp_format="bundle_tab_page")
    assert "Bundle A created" in r.text
    with app.app_context():
        bundle_id = db.session.scalar(select(Bundle.id))
    page = f"/bundles/{bundle_id}"
    assert "Add a tab first" in _post(client, f"{page}/documents", page, urn="INQ000001").text
    _post(client, f"{page}/tabs", page, title="Police")
    _post(client, f"{page}/tabs", page, title="Council")
    with app.app_context():
        tabs = [t.id for t in db.session.get(Bundle, bundle_id).tabs]
    assert "INQ000001 added" in _post(client, f"{page}/documents", page, tab=tabs[0],
                                      urn="inq000001").text
    _post(client, f"{page}/documents", page, tab=tabs[1], urn="INQ000002")
    refused = _post(client, f"{page}/documents", page, tab=tabs[1], urn="INQ000003")
    assert "INQ000003 is not published (its review status is approved)" in refused.text
    assert "There is no document INQ999999" in _post(client, f"{page}/documents", page,
                                                      tab=tabs[1], urn="INQ999999").text
    r = _post(client, f"{page}/publish", page)
    assert "issue 1 published: 4 pages" in r.text  # 1 index page + 3
    before = _audits(app, "bundle.download")
    pdf = client.get(f"{page}/issues/1/bundle.pdf")
    assert pdf.status_code == 200 and _audits(app, "bundle.download") == before + 1
    with pikepdf.open(io.BytesIO(pdf.data)) as built:
        assert len(built.pages) == 4
    evidence = client.get(f"{page}/issues/1/evidence-list.csv").text
    assert evidence.splitlines()[0].startswith("urn,title,provider")
    assert "INQ000001,Title of INQ000001,SYP" in evidence
    from inquiry.services import publication_store

    with app.app_context():
        manifest = publication_store.store().get_json("bundles/A/manifest.json")
    assert manifest["issues"][0]["documents"][1]["first_stamp"] == "A/2/1"
    # withdraw INQ000002, re-redact INQ000001: the next issue lists both changes
    with app.app_context():
        old = db.session.scalar(select(Publication).where(Publication.urn == "INQ000002"))
        old.withdrawn_at = old.published_at
        first = db.session.scalar(select(Publication).where(Publication.urn == "INQ000001"))
        first.withdrawn_at = first.published_at
        db.session.commit()
    _published(app, "INQ000001", 3, "re-redacted")
    r = _post(client, f"{page}/publish", page)
    assert "issue 2 published" in r.text
    assert "INQ000002 removed: its publication was withdrawn." in r.text
    assert "INQ000001 re-redacted" in r.text
    with app.app_context():
        manifest = publication_store.store().get_json("bundles/A/manifest.json")
    assert [i["issue"] for i in manifest["issues"]] == [1, 2]
    assert json.dumps(manifest).count("re-redacted") == 1
    assert client.get(f"{page}/issues/9/bundle.pdf").status_code == 404
    assert client.get(f"{page}/issues/1/secrets.txt").status_code == 404
