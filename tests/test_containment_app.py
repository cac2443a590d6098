"""Hostile and odd files through upload, processing and the viewer, on the real services.

Limits these tests hold the system to: each crafted file ends ready or failed with a reason
within 240 s; while a hostile page is being drawn for the viewer, another request is
answered within 5 s; the peak resident memory of this process (the web app: the Flask test
client runs it here) rises by less than 300 MB over the whole test, though the files inside
would take gigabytes each if read in process.
"""

from __future__ import annotations

import io
import re
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models import Document, IntakeProblem
from tests import crafted, pdfs
from tests.conftest import csrf_token, wait_for

pytestmark = pytest.mark.services

PEAK_GROWTH_LIMIT = 300 * 1024 * 1024
ANSWER_SECONDS = 5.0


def _peak_rss() -> int:
    """This process's peak resident memory (VmHWM) in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


def _reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS


def _upload(client, files: list[tuple[str, bytes]]):  # noqa: ANN001, ANN202
    data = {"provider": "Test Constabulary", "document_type": "report",
            "csrf_token": csrf_token(client, "/documents/upload"),
            "files": [(io.BytesIO(content), name) for name, content in files]}
    return client.post("/documents/upload", data=data, content_type="multipart/form-data")


def _documents(app) -> dict[str, Document]:  # noqa: ANN001
    with app.app_context():
        rows = db.session.scalars(select(Document)).all()
        for row in rows:
            db.session.expunge(row)
        db.session.rollback()
        return {row.filename: row for row in rows}


def test_crafted_files_end_ready_or_failed_and_the_app_keeps_answering(
        app, signed_in, worker, tmp_path):  # noqa: ANN001
    statement = pdfs.text_pdf(tmp_path, ["Statement of a witness about Oak Road."],
                              name="statement.pdf")
    files = {
        "recursive.pdf": crafted.recursive_xobjects(tmp_path),
        "page-9200pt.pdf": crafted.huge_page(tmp_path, 9200),
        "page-14400pt.pdf": crafted.huge_page(tmp_path, 14400),
        "slow-text.pdf": crafted.slow_text_page(tmp_path),
        "many-pages.pdf": crafted.many_pages(tmp_path),
        "overlap.zip": crafted.overlapping_zip(tmp_path, statement.read_bytes()),
    }
    _reset_peak()
    start_peak = _peak_rss()
    client = signed_in("clerk", "reviewer")
    response = _upload(client, [(name, path.read_bytes()) for name, path in files.items()])
    assert response.status_code == 200, response.get_data(as_text=True)
    html = response.get_data(as_text=True)
    assert "overlapping entries" in html

    # The 100,000-page file is refused at once with the page limit, not processed for hours.
    docs = _documents(app)
    many = docs["many-pages.pdf"]
    assert many.status == "failed" and "100,000 pages" in many.failure_reason
    assert "INQUIRY_MAX_PAGES" in many.failure_reason
    with app.app_context():
        problems = db.session.scalars(select(IntakeProblem.reason)).all()
    assert any("overlapping entries" in p for p in problems)

    # The viewer draws each page in a child; meanwhile another user is answered at once.
    other = app.test_client()
    done: dict[str, int] = {}

    def view_all() -> None:
        viewer = client  # the clerk's session; the main thread uses another client
        for name in ("recursive.pdf", "page-9200pt.pdf"):
            urn = docs[name].urn
            done[name] = viewer.get(f"/documents/{urn}/pages/1.png").status_code
        urn = docs["page-14400pt.pdf"].urn
        done["preview"] = viewer.get(f"/review/{urn}/pages/1/preview.png").status_code

    drawing = threading.Thread(target=view_all)
    drawing.start()
    answered = 0
    while drawing.is_alive():
        began = time.monotonic()
        assert other.get("/healthz").status_code == 200
        assert time.monotonic() - began < ANSWER_SECONDS
        answered += 1
        drawing.join(0.5)
    assert answered >= 1
    assert done == {"recursive.pdf": 200, "page-9200pt.pdf": 200, "preview": 200}

    for name in ("recursive.pdf", "page-9200pt.pdf", "page-14400pt.pdf", "slow-text.pdf"):
        wait_for(lambda name=name: _documents(app)[name].status in ("ready", "failed"),
                 timeout=240)
    final = _documents(app)
    for name in ("page-9200pt.pdf", "page-14400pt.pdf", "slow-text.pdf"):
        assert final[name].status == "ready", (name, final[name].failure_reason)
    bomb = final["recursive.pdf"]
    assert bomb.status == "failed" and "ran out of memory" in bomb.failure_reason
    assert "Traceback" not in bomb.failure_reason
    assert _peak_rss() - start_peak < PEAK_GROWTH_LIMIT

    # A failed drawing shows its reason in the viewer, as an image saying why.
    png = client.get(f"/documents/{bomb.urn}/pages/1.png")
    assert png.status_code == 200 and png.mimetype == "image/png"


def test_a_one_page_statement_is_not_held_back_by_a_long_document(
        app, signed_in, worker, tmp_path):  # noqa: ANN001
    client = signed_in("clerk")
    long = pdfs.many_page_pdf(tmp_path, count=400, name="long.pdf")
    assert _upload(client, [("long.pdf", long.read_bytes())]).status_code == 200
    wait_for(lambda: _documents(app)["long.pdf"].status == "extracting", timeout=60)
    short = pdfs.text_pdf(tmp_path, ["A one page statement."], name="short.pdf")
    assert _upload(client, [("short.pdf", short.read_bytes())]).status_code == 200
    wait_for(lambda: _documents(app)["short.pdf"].status == "ready", timeout=120)
    assert _documents(app)["long.pdf"].status != "ready"  # still going: they interleaved
    wait_for(lambda: _documents(app)["long.pdf"].status == "ready", timeout=300)


def test_a_large_archive_is_expanded_by_a_worker(app, make_user, worker, tmp_path):  # noqa: ANN001
    from inquiry.services import intake
    from inquiry.services.actor import Actor

    inner = {f"part{i}.pdf": pdfs.text_pdf(tmp_path, [f"Part {i} of the disclosure."],
                                           name=f"part{i}.pdf").read_bytes() for i in range(3)}
    archive = pdfs.zip_of(tmp_path, inner)
    account = make_user("clerk")
    with app.app_context():
        settings = app.extensions["inquiry_settings"]
        actor = Actor(account.id, account.email)
        batch_id = intake.new_batch(actor, "upload")
        limits = intake.Limits(settings.max_file_bytes, settings.zip_max_members,
                               settings.zip_max_total_bytes, settings.zip_max_ratio,
                               zip_background_bytes=100)
        began = time.monotonic()
        summary = intake.take_in(batch_id, [intake.IncomingFile("tranche.zip", archive)],
                                 intake.Metadata(provider="Test"), actor, limits,
                                 settings.urn_format)
        assert time.monotonic() - began < 5
    assert summary.deferred == ["tranche.zip"] and summary.total == 0
    wait_for(lambda: len([d for d in _documents(app).values() if d.status == "ready"]) == 3,
             timeout=120)
    assert {d.filename for d in _documents(app).values()} == set(inner)


def test_the_upload_page_sends_the_clerk_to_the_batch_for_a_large_archive(
        app, signed_in, tmp_path, monkeypatch):  # noqa: ANN001
    from inquiry.services import intake

    sent = []
    monkeypatch.setattr("inquiry.tasks.expand_archive.apply_async",
                        lambda args, **_kw: sent.append(args))
    original = intake.limits_from
    monkeypatch.setattr(intake, "limits_from",
                        lambda s, background=True: intake.Limits(
                            *list(original(s).__dict__.values())[:4], zip_background_bytes=10))
    archive = pdfs.zip_of(tmp_path, {"a.pdf": pdfs.text_pdf(tmp_path, ["A"]).read_bytes()})
    client = signed_in("clerk")
    response = _upload(client, [("tranche.zip", archive.read_bytes())])
    assert response.status_code == 302
    assert re.search(r"/documents/batches/\d+$", response.headers["Location"])
    assert len(sent) == 1 and sent[0][2] == "tranche.zip"


def test_a_step_whose_worker_keeps_dying_fails_the_document_with_the_reason(app):  # noqa: ANN001
    """A redelivered message finds the dead task's lease run out: it is tried again, but
    only max_attempts times in all; then the document fails and a clerk sees why."""
    from datetime import timedelta

    from inquiry.models.base import utcnow
    from inquiry.services import processing

    with app.app_context():
        document = Document(sha256="ab" * 32, filename="dies.pdf", size_bytes=10, page_count=1,
                            pages_done=1, status="extracting")
        db.session.add(document)
        db.session.commit()
        document_id = document.id
        for attempt in range(1, 4):
            # as a worker dying mid-step leaves it: still extracting, lease run out
            db.session.execute(db.update(Document).where(Document.id == document_id).values(
                status="extracting", lease_until=utcnow() - timedelta(seconds=1)))
            db.session.commit()
            step = processing.advance(document_id, 10, lease_seconds=30, max_attempts=3)
            if attempt < 3:
                assert step.status != "failed"
        assert step.status == "failed"
        document = db.session.get(Document, document_id)
        assert document.status == "failed" and document.failure_stage == "extracting"
        assert "stopped 3 times" in document.failure_reason
        assert document.lease_until is None  # released: a clerk's Retry can take it


def test_long_documents_step_through_their_own_queue(app):  # noqa: ANN001
    from inquiry.services import processing

    with app.app_context():
        threshold = app.extensions["inquiry_settings"].large_document_pages
        assert processing.queue_for(threshold) == "celery"
        assert processing.queue_for(threshold + 1) == processing.LARGE_QUEUE
        assert processing.queue_for(None) == "celery"
        refusal = processing.pages_refusal(100_000)
        assert "100,000 pages" in refusal and "INQUIRY_MAX_PAGES" in refusal
        assert processing.pages_refusal(1) is None
