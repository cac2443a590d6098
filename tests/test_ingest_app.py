"""Intake and processing through the app, with a real worker, Redis, PostgreSQL and storage."""

from __future__ import annotations

import io
import re
import time

import pytest
from sqlalchemy import func, select

from inquiry.cli import main
from inquiry.extensions import db
from inquiry.models import AuditEntry, Document, IntakeProblem, Page
from tests import pdfs
from tests.conftest import csrf_token, wait_for

pytestmark = pytest.mark.services


def _document(app, urn: str) -> Document:
    with app.app_context():
        document = db.session.scalar(select(Document).where(Document.urn == urn))
        db.session.expunge(document)
        return document


def _status(app, urn: str) -> str:
    return _document(app, urn).status


def _upload(client, files: list[tuple[str, bytes]], **fields):  # noqa: ANN001, ANN202
    data = {"provider": "South Yorkshire Police", "document_type": "report",
            "csrf_token": csrf_token(client, "/documents/upload")} | fields
    data["files"] = [(io.BytesIO(content), name) for name, content in files]
    return client.post("/documents/upload", data=data, content_type="multipart/form-data")


def test_upload_stores_processes_and_reports_each_file(app, signed_in, worker, tmp_path):
    good = pdfs.text_pdf(tmp_path, ["Statement of a witness about Oak Road."], name="good.pdf")
    scan = pdfs.scan_pdf(tmp_path, ["Scanned note from the social worker"], name="scan.pdf")
    bundle = pdfs.zip_of(tmp_path, {
        "inner.pdf": pdfs.text_pdf(tmp_path, ["Inside the archive."], name="inner.pdf"),
        "../escape.pdf": good.read_bytes(), "notes.txt": b"just text"})
    client = signed_in("clerk")
    response = _upload(client, [("good.pdf", good.read_bytes()), ("scan.pdf", scan.read_bytes()),
                                ("photo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100),
                                ("bundle.zip", bundle.read_bytes())])
    html = response.get_data(as_text=True)
    assert response.status_code == 200, html
    assert "3 stored and queued" in html and "3 refused or failed" in html
    assert "a PNG image, not a PDF" in html and "climbs out of the archive" in html
    assert "This is a text file" in html
    urns = re.findall(r"as <a href=\"/documents/(INQ\d{6})\"", html)
    assert len(urns) == 3
    for urn in urns:
        wait_for(lambda urn=urn: _status(app, urn) in ("ready", "failed"), timeout=90)
        assert _status(app, urn) == "ready", _document(app, urn).failure_reason
    with app.app_context():
        scanned = db.session.scalar(select(Document).where(Document.filename == "scan.pdf"))
        page = db.session.scalar(select(Page).where(Page.document_id == scanned.id))
        assert page.ocr and "social" in page.text.lower()
        from inquiry.services import search_index  # the worker indexed every page

        es = search_index.client()
        es.indices.refresh(index=search_index.alias())
        hits = es.search(index=search_index.alias(),
                         query={"match_phrase": {"text": "social worker"}})["hits"]["hits"]
        assert [(h["_source"]["urn"], h["_source"]["ocr"]) for h in hits] == [
            (scanned.urn, True)]
    batch = re.search(r'href="/documents/batches/(\d+)"', html)[1]
    progress = client.get(f"/documents/batches/{batch}/progress.json").json
    assert progress["finished"] and progress["refused"] == 3
    assert progress["counts"] == {"ready": 3}


def test_duplicate_is_reported_with_the_existing_urn(app, signed_in, worker, tmp_path):
    pdf = pdfs.text_pdf(tmp_path, ["Only once."], name="once.pdf").read_bytes()
    client = signed_in("clerk")
    first = _upload(client, [("once.pdf", pdf)]).get_data(as_text=True)
    urn = re.search(r"(INQ\d{6})", first)[1]
    second = _upload(client, [("again.pdf", pdf)]).get_data(as_text=True)
    assert f"again.pdf is <a href=\"/documents/{urn}\">{urn}</a>" in second
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Document)) == 1
    wait_for(lambda: _status(app, urn) == "ready", timeout=60)  # the worker is done with it


def test_bad_pdfs_fail_with_reasons_and_the_rest_go_through(app, signed_in, worker, tmp_path):
    files = {"truncated.pdf": pdfs.truncated_pdf(tmp_path),
             "corrupt.pdf": pdfs.corrupt_pdf(tmp_path),
             "empty.pdf": pdfs.zero_page_pdf(tmp_path),
             "locked.pdf": pdfs.encrypted_pdf(tmp_path, user_password="open sesame"),
             "fine.pdf": pdfs.text_pdf(tmp_path, ["A perfectly good page."], name="fine.pdf")}
    client = signed_in("clerk")
    html = _upload(client, [(n, p.read_bytes()) for n, p in files.items()]).get_data(as_text=True)
    assert "truncated" in html and "has no pages" in html and "damaged" in html
    assert "Password required" in html
    with app.app_context():
        statuses = dict(db.session.execute(select(Document.filename, Document.status)).all())
    assert statuses["locked.pdf"] == "password_required"
    assert {statuses[n] for n in ("truncated.pdf", "corrupt.pdf", "empty.pdf")} == {"failed"}
    fine = re.search(r"fine.pdf as <a href=\"/documents/(INQ\d+)\"", html)[1]
    wait_for(lambda: _status(app, fine) == "ready", timeout=60)
    failed_page = client.get("/documents/failed").get_data(as_text=True)
    assert "truncated.pdf" in failed_page and "has no pages" in failed_page


def test_password_unlocks_an_encrypted_pdf(app, signed_in, worker, tmp_path):
    locked = pdfs.encrypted_pdf(tmp_path, user_password="open sesame")
    client = signed_in("clerk")
    html = _upload(client, [("locked.pdf", locked.read_bytes())]).get_data(as_text=True)
    urn = re.search(r"(INQ\d{6})", html)[1]
    url = f"/documents/{urn}/password"
    wrong = client.post(url, data={"password": "nope", "csrf_token": csrf_token(client, url)})
    assert wrong.status_code == 400 and "does not open the document" in wrong.get_data(as_text=True)
    assert _status(app, urn) == "password_required"
    # given where the clerk finds it: the form beside the file under Failures
    failures = client.get("/documents/failed").get_data(as_text=True)
    assert "locked.pdf" in failures and f'action="{url}"' in failures
    right = client.post(url, data={"password": "open sesame", "back": "failures",
                                   "csrf_token": csrf_token(client, "/documents/failed")})
    assert right.status_code == 302 and right.headers["Location"].endswith("/documents/failed")
    wait_for(lambda: _status(app, urn) == "ready", timeout=60)
    document = _document(app, urn)
    assert document.working_sha256 != document.sha256  # the original is kept as received


def test_each_file_has_its_own_title_and_the_batch_keeps_its_description(
        app, signed_in, worker, tmp_path):  # noqa: ANN001
    """Six files of one batch all titled with the batch's description was the complaint:
    each now takes its metadata title, else its first heading, else its file name."""
    import pikepdf
    from reportlab.pdfgen import canvas

    heading = tmp_path / "minutes.pdf"
    c = canvas.Canvas(str(heading))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 760, "Minutes of the strategy meeting")
    c.setFont("Helvetica", 11)
    for i, line in enumerate(["Present: the chair, two social workers and an officer.",
                              "The meeting discussed the referral received in May."]):
        c.drawString(72, 730 - 16 * i, line)
    c.save()
    plain = pdfs.text_pdf(tmp_path, ["Statement of the second witness, page one."],
                          name="plain.pdf")
    titled = tmp_path / "titled.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.docinfo["/Title"] = "Statement of Jane Doe to the inquiry"
        pdf.save(titled)
    nameless = tmp_path / "nameless.pdf"
    with pikepdf.open(pdfs.text_pdf(tmp_path, ["CONFIDENTIAL", "12/03/2014"],
                                    name="bare.pdf")) as pdf:
        pdf.docinfo["/Title"] = "Microsoft Word - doc1.docx"
        pdf.save(nameless)
    description = "Operation Linden disclosure tranche 1"
    client = signed_in("clerk")
    response = _upload(client, [("minutes.pdf", heading.read_bytes()),
                                ("titled.pdf", titled.read_bytes()),
                                ("note_from_DC_Hall.pdf", nameless.read_bytes())],
                       description=description)
    assert "3 stored and queued" in response.get_data(as_text=True)
    with app.app_context():
        by_name = dict(db.session.execute(select(Document.filename, Document.urn)).all())
    for urn in by_name.values():
        wait_for(lambda urn=urn: _status(app, urn) in ("ready", "failed"), timeout=120)
    got = {name: _document(app, urn) for name, urn in by_name.items()}
    assert {n: (d.title, d.title_source) for n, d in got.items()} == {
        "minutes.pdf": ("Minutes of the strategy meeting", "heading"),
        "titled.pdf": ("Statement of Jane Doe to the inquiry", "metadata"),
        "note_from_DC_Hall.pdf": ("note from DC Hall", "file")}
    assert {d.description for d in got.values()} == {description}
    listing = client.get("/documents/").get_data(as_text=True)
    assert "Minutes of the strategy meeting" in listing and "note from DC Hall" in listing

    # a title a clerk sets is the clerk's: reading the document again leaves it alone
    from inquiry.services import titles

    urn = by_name["minutes.pdf"]
    token = csrf_token(client, f"/documents/titles?urn={urn}")
    saved = client.post("/documents/titles", data={"csrf_token": token,
                                                   f"title-{urn}": "Strategy meeting, May"})
    assert saved.status_code in (302, 303)
    with app.app_context():
        document = db.session.scalar(select(Document).where(Document.urn == urn))
        titles.improve_title(document)
        db.session.commit()
    assert _document(app, urn).title == "Strategy meeting, May"


def test_viewer_and_download_are_permission_checked_and_audited(app, signed_in, make_user,
                                                                worker, tmp_path):
    pdf = pdfs.text_pdf(tmp_path, ["Viewable evidence text."], name="view.pdf").read_bytes()
    clerk = signed_in("clerk")
    urn = re.search(r"(INQ\d{6})", _upload(clerk, [("view.pdf", pdf)]).get_data(as_text=True))[1]
    wait_for(lambda: _status(app, urn) == "ready", timeout=60)
    page = clerk.get(f"/documents/{urn}?page=1")
    assert page.status_code == 200 and "Viewable" in page.get_data(as_text=True)
    image = clerk.get(f"/documents/{urn}/pages/1.png")
    assert image.status_code == 200 and image.data.startswith(b"\x89PNG")
    download = clerk.get(f"/documents/{urn}/original")
    assert download.status_code == 200 and download.data == pdf
    assert clerk.get(f"/documents/{urn}?page=99").status_code == 404
    assert clerk.get("/documents/INQ999999").status_code == 404
    with app.app_context():
        actions = set(db.session.scalars(select(AuditEntry.action).where(
            AuditEntry.target_id == urn)))
    assert {"document.upload", "document.view", "document.download"} <= actions
    admin = app.test_client()
    from tests.conftest import sign_in

    sign_in(admin, make_user("admin"))
    assert admin.get(f"/documents/{urn}/original").status_code == 403


def test_retry_of_a_failed_document(app, signed_in, worker, tmp_path):
    pdf = pdfs.text_pdf(tmp_path, ["Retry me."], name="retry.pdf").read_bytes()
    client = signed_in("clerk")
    urn = re.search(r"(INQ\d{6})", _upload(client, [("retry.pdf", pdf)]).get_data(as_text=True))[1]
    wait_for(lambda: _status(app, urn) == "ready", timeout=60)
    with app.app_context():  # as if extraction had failed on a transient fault
        document = db.session.scalar(select(Document).where(Document.urn == urn))
        document.status, document.failure_stage = "failed", "extracting"
        document.failure_reason, document.pages_done = "simulated", 0
        db.session.commit()
    assert "simulated" in client.get("/documents/failed").get_data(as_text=True)
    response = client.post(f"/documents/{urn}/retry",
                           data={"csrf_token": csrf_token(client, "/documents/failed")})
    assert response.status_code == 302
    wait_for(lambda: _status(app, urn) == "ready", timeout=60)
    assert _document(app, urn).attempts == 1
    again = client.post(f"/documents/{urn}/retry",
                        data={"csrf_token": csrf_token(client, "/documents/failed")})
    assert again.status_code == 303  # not failed any more: a clear message, nothing queued


def test_killed_worker_loses_nothing(app, runner, worker, worker_env, tmp_path):
    """Kill the worker mid-document; a new worker completes it with no page twice."""
    from tests.conftest import Worker

    big = pdfs.many_page_pdf(tmp_path, count=400, name="big.pdf")
    worker.stop()
    result = runner.invoke(main, ["ingest", str(big), "--provider", "Council", "--no-wait"])
    assert result.exit_code == 0, result.output
    urn = _urn_of(app, "big.pdf")
    first = Worker(worker_env, tmp_path / "first.log")
    first.start()
    wait_for(lambda: 30 <= _document(app, urn).pages_done, timeout=120, interval=0.1)
    first.kill()
    done_at_kill = _document(app, urn).pages_done
    assert done_at_kill < 400
    time.sleep(1)
    worker.start()  # the session's worker again: it requeues what was in flight
    wait_for(lambda: _status(app, urn) == "ready", timeout=240)
    with app.app_context():
        document = db.session.scalar(select(Document).where(Document.urn == urn))
        numbers = list(db.session.scalars(select(Page.number).where(
            Page.document_id == document.id).order_by(Page.number)))
    assert numbers == list(range(1, 401))


def _urn_of(app, filename: str) -> str:
    with app.app_context():
        return db.session.scalar(select(Document.urn).where(Document.filename == filename))


def test_cli_bulk_import_of_200_mixed_files(app, runner, worker, tmp_path, signed_in):
    folder = tmp_path / "bundle"
    folder.mkdir()
    for i in range(180):
        pdfs.text_pdf(folder, [f"Document number {i} from the bulk import."], name=f"d{i:03}.pdf")
    for i in range(8):
        (folder / f"notes{i}.txt").write_text("not a pdf")
    for i in range(6):
        pdfs.truncated_pdf(folder, name=f"broken{i}.pdf") if i == 0 else \
            pdfs.corrupt_pdf(folder, seed=i, name=f"broken{i}.pdf")
    for i in range(6):
        (folder / f"copy{i}.pdf").write_bytes((folder / f"d{i:03}.pdf").read_bytes())
    result = runner.invoke(main, ["ingest", str(folder), "--provider", "Rotherham MBC",
                                  "--timeout", "300"])
    out = result.output
    assert result.exit_code == 1, out
    assert "200 file(s)" in out
    assert "ingested:          180" in out
    assert "already held:      6" in out
    assert "failed:            14" in out
    assert out.count("FAILED") == 14 and "notes3.txt: This is a text file" in out
    with app.app_context():
        ready = db.session.scalar(select(func.count()).select_from(Document)
                                  .where(Document.status == "ready"))
        refused = db.session.scalar(select(func.count()).select_from(IntakeProblem))
    assert ready == 180 and refused == 14
    client = signed_in("counsel")  # every good document is viewable, page and image
    with app.app_context():
        urns = list(db.session.scalars(select(Document.urn).where(Document.status == "ready")))
    for urn in urns:
        page = client.get(f"/documents/{urn}?page=1")
        assert page.status_code == 200 and "from the bulk import" in page.get_data(as_text=True)
    assert client.get(f"/documents/{urns[0]}/pages/1.png").data.startswith(b"\x89PNG")
