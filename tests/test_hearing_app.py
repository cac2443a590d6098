"""Requests, load files and bundles through the app (database only: runs on SQLite too)."""

from __future__ import annotations

import html
import io
import json
import re
from datetime import date, timedelta

import pikepdf
from sqlalchemy import func, select

from inquiry.extensions import db
from inquiry.models import AuditEntry, Batch, Bundle, Document, EvidenceRequest
from tests.conftest import csrf_token, sign_in
from tests.hearing_fixtures import post, publish_fake, withdraw


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


def test_bundle_refuses_unpublished_stamps_publishes_and_reissues(app, signed_in):
    client = signed_in("counsel")
    publish_fake(app, "INQ000001", 2)
    publish_fake(app, "INQ000002", 1)
    with app.app_context():
        db.session.add(Document(urn="INQ000003", sha256="c" * 64, filename="x.pdf",
                                size_bytes=1, status="ready", review_status="approved"))
        db.session.commit()
    r = post(client, "/bundles/new", "/bundles/", reference="a", title="Day 1",
              hearing_date="2026-12-01", stamp_format="bundle_tab_page")
    assert "Bundle A created" in r.text
    with app.app_context():
        bundle_id = db.session.scalar(select(Bundle.id))
    page = f"/bundles/{bundle_id}"
    assert "Add a tab first" in post(client, f"{page}/documents", page, urn="INQ000001").text
    post(client, f"{page}/tabs", page, title="Police")
    post(client, f"{page}/tabs", page, title="Council")
    with app.app_context():
        tabs = [t.id for t in db.session.get(Bundle, bundle_id).tabs]
    assert "INQ000001 added" in post(client, f"{page}/documents", page, tab=tabs[0],
                                      urn="inq000001").text
    post(client, f"{page}/documents", page, tab=tabs[1], urn="INQ000002")
    refused = post(client, f"{page}/documents", page, tab=tabs[1], urn="INQ000003")
    assert "INQ000003 is not published (its review status is approved)" in refused.text
    assert "There is no document INQ999999" in post(client, f"{page}/documents", page,
                                                      tab=tabs[1], urn="INQ999999").text
    r = post(client, f"{page}/publish", page)
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
    withdraw(app, "INQ000002")
    withdraw(app, "INQ000001")
    publish_fake(app, "INQ000001", 3, "re-redacted")
    r = post(client, f"{page}/publish", page)
    assert "issue 2 published" in r.text
    assert "INQ000002 removed: its publication was withdrawn." in r.text
    assert "INQ000001 re-redacted" in r.text
    with app.app_context():
        manifest = publication_store.store().get_json("bundles/A/manifest.json")
    assert [i["issue"] for i in manifest["issues"]] == [1, 2]
    assert json.dumps(manifest).count("re-redacted") == 1
    assert client.get(f"{page}/issues/9/bundle.pdf").status_code == 404
    assert client.get(f"{page}/issues/1/secrets.txt").status_code == 404


def test_dashboard_per_recipient_status_filter_and_audited_changes(app, client, make_user):
    """Counsel see what each provider has and has not answered and what is overdue; status
    changes and batch links are audited; an unknown request or batch is refused, changing
    nothing."""
    clerk = make_user("clerk", "counsel")
    sign_in(client, clerk)
    _new_request(client)                                                        # R9-0001
    _new_request(client, kind="s21_notice",
                 deadline=(date.today() - timedelta(days=1)).isoformat())       # S21-0001
    _new_request(client, kind="rule9_statement")                                # R9-0002
    _new_request(client, recipient="Rotherham MBC")                             # R9-0003
    for reference, status in (("R9-0002", "answered"), ("R9-0003", "withdrawn")):
        r = post(client, f"/requests/{reference}/status", f"/requests/{reference}",
                 status=status)
        assert f"{reference} is now {status}." in r.text
    assert "Choose one of the statuses listed." in post(
        client, "/requests/R9-0001/status", "/requests/R9-0001", status="lost").text
    with app.app_context():
        batch = Batch(source="upload", created_by_id=clerk.id)
        db.session.add(batch)
        db.session.flush()
        for n in (1, 2):
            db.session.add(Document(urn=f"INQ00010{n}", sha256=f"{n}" * 64, filename="x.pdf",
                                    size_bytes=1, status="ready", batch_id=batch.id,
                                    title=f"Received {n}"))
        db.session.commit()
        batch_id = batch.id
    r = post(client, "/requests/R9-0001/batches", "/requests/R9-0001", batch=batch_id)
    assert f"Batch {batch_id} recorded as answering R9-0001." in r.text
    assert "Part answered" in r.text and "Received 2" in r.text
    assert "already recorded against this request" in post(
        client, "/requests/R9-0001/batches", "/requests/R9-0001", batch=batch_id).text
    assert "already recorded as answering another request" in post(
        client, "/requests/R9-0002/batches", "/requests/R9-0002", batch=batch_id).text
    token = csrf_token(client, "/requests/")
    for url in ("/requests/R9-9999", "/requests/R9-9999/status", "/requests/R9-9999/batches"):
        answer = client.get(url) if url.count("/") == 2 else client.post(
            url, data={"csrf_token": token, "status": "answered", "batch": batch_id})
        assert answer.status_code == 404, url
    page = client.get("/requests/").get_data(as_text=True)
    counts = dict(re.findall(r'data-status="(\w+)">(\d+)<', page))
    assert counts == {"sent": "0", "acknowledged": "0", "part_answered": "1", "answered": "1",
                      "withdrawn": "1", "overdue": "1"}
    recipients = re.findall(r"<tr><td>([^<]+)</td><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td>"
                            r"<td>(\d+)</td><td>(\d+)</td></tr>", page)
    assert recipients == [("South Yorkshire Police", "3", "1", "2", "1", "2"),
                          ("Rotherham MBC", "1", "0", "0", "0", "0")]
    overdue = client.get("/requests/?status=overdue").get_data(as_text=True)
    listed = overdue.split('id="requests"')[1].split("</table>")[0]
    assert "S21-0001" in listed and "R9-0001" not in listed and "R9-0002" not in listed
    assert len(_details(app, "request.create")) == 4
    assert _details(app, "request.status") == [{"from": "sent", "to": "answered"},
                                               {"from": "sent", "to": "withdrawn"}]
    assert _details(app, "request.link_batch") == [{"batch": batch_id}]


def test_upload_in_answer_to_an_unknown_withdrawn_or_hidden_request_stores_nothing(
        app, client, make_user):
    author, clerk = make_user("counsel"), make_user("clerk")
    sign_in(client, author)
    _new_request(client)
    _new_request(client, kind="rule9_statement", recipient="Jane Witness",
                 recipient_kind="person")
    post(client, "/requests/R9-0001/status", "/requests/R9-0001", status="withdrawn")
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    sign_in(client, clerk)
    form = client.get("/documents/upload").get_data(as_text=True)
    assert "Jane Witness" not in form and "R9-0002" not in form and "R9-0001" not in form
    for reference in ("R9-0001", "R9-0002", "R9-0404"):
        response = client.post("/documents/upload", data={
            "files": (io.BytesIO(b"%PDF-1.4\n%%EOF\n"), "statement.pdf"),
            "provider": "South Yorkshire Police", "document_type": "report",
            "answers_request": reference, "csrf_token": csrf_token(client, "/documents/upload")},
            content_type="multipart/form-data")
        text = html.unescape(response.get_data(as_text=True))
        assert response.status_code == 400, reference
        assert "There is no open request by that reference that you may see" in text
        assert "Jane Witness" not in text
    with app.app_context():
        assert db.session.scalar(select(func.count(Batch.id))) == 0
        assert db.session.scalar(select(func.count(Document.id))) == 0


def _details(app, action: str) -> list[dict]:  # noqa: ANN001
    with app.app_context():
        return [json.loads(d) for d in db.session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == action)
            .order_by(AuditEntry.seq))]
