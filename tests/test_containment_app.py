"""Hostile and odd files through upload, processing and the viewer, on the real services.

Limits these tests hold the system to (each asserted below):

- each crafted file ends ready, or failed with a one-line reason, within 240 s;
- from the upload until the last page has been viewed, another signed-in user's requests
  (the documents list, the failures page, /healthz) are all answered, each within
  ``ANSWER_SECONDS`` (10 s);
- the web app (this process: the Flask test client runs it here) peaks at less than
  ``PEAK_GROWTH_LIMIT`` (300 MB) above where it started, and each process of the worker
  (its main process and its pool process) at less than ``WORKER_PEAK_LIMIT`` (1.5 GB) and
  never dies; a sandboxed child may use ``INQUIRY_SANDBOX_MEMORY_MB`` (1.5 GB) and no more.
  Read in process, the files would take 2 to more than 6 GB each.
"""

from __future__ import annotations

import io
import os
import re
import signal
import threading
import time
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models import Document, IntakeProblem
from tests import crafted, pdfs
from tests.conftest import csrf_token, sign_in, wait_for

pytestmark = pytest.mark.services

PEAK_GROWTH_LIMIT = 300 * 1024 * 1024
WORKER_PEAK_LIMIT = 1536 * 1024 * 1024
ANSWER_SECONDS = 10.0


def _status_of(pid: int) -> dict[str, str]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        out[key] = value.strip()
    return out


def _peak_rss(pid: int | str = "self") -> int:
    """A process's peak resident memory (VmHWM) in bytes."""
    return int(_status_of(pid)["VmHWM"].split()[0]) * 1024  # type: ignore[arg-type]


def _reset_peak(pid: int | str = "self") -> None:
    Path(f"/proc/{pid}/clear_refs").write_text("5")  # resets VmHWM to the current RSS


def _worker_processes(worker) -> list[int]:  # noqa: ANN001
    """The worker's main process and its pool processes (not their sandboxed children)."""
    main = worker.proc.pid
    children = Path(f"/proc/{main}/task/{main}/children").read_text().split()
    pool = [int(c) for c in children
            if b"ingest.sandbox" not in Path(f"/proc/{c}/cmdline").read_bytes()]
    return [main, *pool]


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


class _OtherUser(threading.Thread):
    """Another signed-in user working throughout: every answer's status and time."""

    PATHS = ("/documents/", "/documents/failed", "/healthz")

    def __init__(self, client) -> None:  # noqa: ANN001
        super().__init__(daemon=True)
        self.client, self.answers, self.stop = client, [], threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            for path in self.PATHS:
                began = time.monotonic()
                status = self.client.get(path).status_code
                self.answers.append((path, status, time.monotonic() - began))
            self.stop.wait(0.2)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG")
    return Image.open(io.BytesIO(data)).size


def test_crafted_files_end_ready_or_failed_and_the_app_keeps_answering(
        app, signed_in, make_user, worker, tmp_path):  # noqa: ANN001
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
    settings = app.extensions["inquiry_settings"]
    workers = _worker_processes(worker)
    for pid in ("self", *workers):
        _reset_peak(pid)
    start_peak = _peak_rss()
    client = signed_in("clerk", "reviewer")
    colleague = app.test_client()  # another user, in another browser
    assert sign_in(colleague, make_user("clerk")).status_code == 302
    other = _OtherUser(colleague)
    other.start()
    try:
        # Upload: the overlapping zip is refused whole, the 100,000-page file is kept and
        # failed at once with the page limit (not processed for hours), the rest queued.
        response = _upload(client, [(name, path.read_bytes()) for name, path in files.items()])
        assert response.status_code == 200, response.get_data(as_text=True)
        assert "overlapping entries" in response.get_data(as_text=True)
        docs = _documents(app)
        assert set(docs) == set(files) - {"overlap.zip"}
        many = docs["many-pages.pdf"]
        assert many.status == "failed" and "100,000 pages" in many.failure_reason
        assert "INQUIRY_MAX_PAGES" in many.failure_reason
        with app.app_context():
            problems = db.session.scalars(select(IntakeProblem.reason)).all()
        assert any("overlapping entries" in p for p in problems)

        # The viewer while they are processed: each page drawn in a child, within the
        # pixel cap, or an image saying why; the review preview of the largest page too.
        for name, document in docs.items():
            assert client.get(f"/documents/{document.urn}").status_code == 200, name
            png = client.get(f"/documents/{document.urn}/pages/1.png")
            assert png.status_code == 200 and png.mimetype == "image/png", name
            width, height = _png_size(png.data)
            assert width * height <= settings.max_pixels, name
        preview = client.get(f"/review/{docs['page-14400pt.pdf'].urn}/pages/1/preview.png")
        assert preview.status_code == 200
        width, height = _png_size(preview.data)
        assert width * height <= settings.max_pixels and width > 2000  # the page, scaled

        # Processing: each ends ready, or failed with a plain one-line reason.
        for name in ("recursive.pdf", "page-9200pt.pdf", "page-14400pt.pdf", "slow-text.pdf"):
            wait_for(lambda name=name: _documents(app)[name].status in ("ready", "failed"),
                     timeout=240)
        final = _documents(app)
        for name in ("page-9200pt.pdf", "page-14400pt.pdf", "slow-text.pdf"):
            assert final[name].status == "ready", (name, final[name].failure_reason)
        bomb = final["recursive.pdf"]
        assert bomb.status == "failed" and "ran out of memory" in bomb.failure_reason
        for document in (bomb, final["many-pages.pdf"]):
            assert "Traceback" not in document.failure_reason
            assert "\n" not in document.failure_reason

        # The viewer once they are done: the text of the large page is there, the bomb's
        # page is an image saying why, the failed files show their reasons.
        huge = client.get(f"/documents/{final['page-14400pt.pdf'].urn}").get_data(as_text=True)
        assert "large plan" in huge
        for document in (bomb, final["many-pages.pdf"]):
            page = client.get(f"/documents/{document.urn}").get_data(as_text=True)
            assert "Failed" in page, document.filename
        notice = client.get(f"/documents/{bomb.urn}/pages/1.png")
        assert notice.status_code == 200 and _png_size(notice.data)[0] == 900  # the notice
        failures = client.get("/documents/failed").get_data(as_text=True)
        assert "recursive.pdf" in failures and "many-pages.pdf" in failures
        assert "split into smaller files" in failures and "overlap.zip" in failures
        assert failures.count(">Retry<") == 0  # neither can succeed on another attempt
    finally:
        other.stop.set()
        other.join(30)

    slow = [a for a in other.answers if a[1] != 200 or a[2] >= ANSWER_SECONDS]
    peaks = {pid: _peak_rss(pid) for pid in workers}
    print(f"\nother user: {len(other.answers)} answers, slowest "
          f"{max(a[2] for a in other.answers):.2f} s; web app peak +"
          f"{(_peak_rss() - start_peak) / 2**20:.0f} MB; worker peaks "
          f"{[round(v / 2**20) for v in peaks.values()]} MB")
    assert len(other.answers) >= 30 and not slow, slow[:5]
    assert _peak_rss() - start_peak < PEAK_GROWTH_LIMIT
    assert _worker_processes(worker) == workers  # no worker process died
    assert max(peaks.values()) < WORKER_PEAK_LIMIT, peaks
    assert settings.sandbox_memory_mb * 1024 * 1024 <= WORKER_PEAK_LIMIT


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


def test_a_100000_page_file_does_not_hold_back_a_statement_uploaded_after_it(
        app, settings, make_user, worker, worker_env, tmp_path):  # noqa: ANN001
    """With the page cap raised past it (``INQUIRY_MAX_PAGES``, in the web app and the
    worker alike), the 100,000-page file is accepted and steps through the queue for long
    documents; a one-page statement uploaded after it is ready while it is still being
    read, on the one worker there is."""
    import redis

    from inquiry.services import processing
    from tests.conftest import Worker, make_settings, other_app

    raised = make_settings(settings.var_dir, settings.database_url, max_pages=200_000,
                           secret_key=settings.secret_key,
                           es_index_prefix=settings.es_index_prefix)
    many = crafted.many_pages(tmp_path)
    statement = pdfs.text_pdf(tmp_path, ["A one page statement."], name="statement.pdf")
    worker.stop()  # only a worker with the raised cap may take these
    ours = Worker(worker_env | {"INQUIRY_MAX_PAGES": "200000"}, tmp_path / "ours.log")
    try:
        with other_app(app, raised) as web:
            with web.app_context():
                assert processing.queue_for(100_000) == processing.LARGE_QUEUE
            client = web.test_client()
            assert sign_in(client, make_user("clerk")).status_code == 302
            ours.start()
            assert _upload(client, [("many-pages.pdf", many.read_bytes())]).status_code == 200
            wait_for(lambda: _documents(app)["many-pages.pdf"].status == "extracting",
                     timeout=120)
            assert _upload(client, [("statement.pdf", statement.read_bytes())]
                           ).status_code == 200
            wait_for(lambda: _documents(app)["statement.pdf"].status in ("ready", "failed"),
                     timeout=180)
        docs = _documents(app)
        assert docs["statement.pdf"].status == "ready", docs["statement.pdf"].failure_reason
        long = docs["many-pages.pdf"]
        assert long.status == "extracting" and long.page_count == 100_000
        assert long.pages_done < 1000, long.pages_done
    finally:
        ours.kill()
        with app.app_context():  # what is left of its queue finds it finished
            db.session.execute(db.update(Document).where(Document.filename == "many-pages.pdf")
                               .values(status="failed", failure_reason="test over",
                                       lease_until=None, lease_owner=None))
            db.session.commit()
        worker.start()
        broker = redis.Redis.from_url(settings.effective_redis_url)
        wait_for(lambda: not broker.llen(processing.LARGE_QUEUE), timeout=60)


def test_a_page_too_slow_to_read_is_left_to_ocr_and_the_document_goes_on(
        app, settings, tmp_path):  # noqa: ANN001
    """A text page that pdfminer would take tens of seconds over, under a 3 s page limit
    (``INQUIRY_PAGE_SECONDS``): its text layer is given up when the limit passes, the page
    is kept empty and read from its image instead, and the document goes on to end
    processed, or failed with a one-line reason. Steps run here, one after another, as a
    worker runs them."""
    from inquiry.models.document import DocumentEvent, Page
    from inquiry.services import blobs, processing
    from tests.conftest import make_settings, other_app

    slow = crafted.slow_text_page(tmp_path, target_bytes=250_000)  # ~20 s to read (25 KB)
    quick = make_settings(settings.var_dir, settings.database_url, page_seconds=3,
                          secret_key=settings.secret_key, es_index_prefix=settings.es_index_prefix)
    with other_app(app, quick) as limited, limited.app_context():
        document = Document(sha256=blobs.store().put_file(slow), filename="slow-text.pdf",
                            size_bytes=slow.stat().st_size, status="stored")
        db.session.add(document)
        db.session.flush()
        document.urn, document_id = f"INQ{document.id:06d}", document.id
        db.session.commit()
        began = time.monotonic()
        for _ in range(10):
            if processing.advance(document_id, 10).status not in ("stored", "extracting", "ocr"):
                break
        assert time.monotonic() - began < 15  # reading the text layer alone takes ~20 s
        document = db.session.get(Document, document_id)
        events = db.session.scalars(select(DocumentEvent.message).where(
            DocumentEvent.document_id == document_id)).all()
        page = db.session.scalar(select(Page).where(Page.document_id == document_id))
    assert any("Page 1: its text could not be read within the limits (reading it took longer "
               "than 3 s)" in m for m in events), events
    if document.status == "failed":
        assert "took longer than 3 s" in document.failure_reason
        assert "\n" not in document.failure_reason
    else:
        assert document.status == "tagging" and page.ocr and not page.needs_ocr


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


def test_an_archive_a_worker_cannot_unpack_is_refused_not_left_unpacking(
        app, make_user, tmp_path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001
    """A store that is down is waited for (the task is retried, the batch still shows the
    archive being unpacked); any other failure refuses the archive with its reason, so the
    batch neither shows it being unpacked for ever nor drops it unsaid."""
    from ingest.storage import StorageUnavailable
    from inquiry.models.document import UNPACKING
    from inquiry.services import blobs, document_list, intake, processing
    from inquiry.services.actor import Actor

    account = make_user("clerk")
    archive = pdfs.zip_of(tmp_path, {"a.pdf": pdfs.text_pdf(tmp_path, ["A"]).read_bytes()})

    def fails_with(exc: Exception):  # noqa: ANN202
        def take_in(*_args: object, **_kwargs: object) -> None:
            raise exc

        return take_in

    with app.app_context():
        actor = Actor(account.id, account.email)
        batch_id = intake.new_batch(actor, "upload")
        sha = blobs.store().put_file(archive)
        db.session.add(IntakeProblem(batch_id=batch_id, filename="tranche.zip", kind=UNPACKING,
                                     reason="Being unpacked by a worker."))
        db.session.commit()
        limits = intake.limits_from(app.extensions["inquiry_settings"])
        monkeypatch.setattr(intake, "take_in", fails_with(StorageUnavailable("not answering")))
        with pytest.raises(processing.TransientError):
            intake.expand_later(batch_id, sha, "tranche.zip", {}, actor, limits, "INQ{:06d}")
        (waiting,) = document_list.batch_summaries(actor, batch_ids=[batch_id])
        assert waiting.unpacking == 1 and not waiting.finished
        assert "1 archive being unpacked" in waiting.to_json()["words"]
        monkeypatch.setattr(intake, "take_in", fails_with(RuntimeError("bad central directory")))
        summary = intake.expand_later(batch_id, sha, "tranche.zip", {}, actor, limits,
                                      "INQ{:06d}")
        assert "could not be unpacked (bad central directory)" in summary.failed[0][1]
        rows = db.session.execute(select(IntakeProblem.kind, IntakeProblem.filename).where(
            IntakeProblem.batch_id == batch_id)).all()
        assert [tuple(r) for r in rows] == [("refused", "tranche.zip")]
        assert document_list.batch_summaries(actor, batch_ids=[batch_id]) == []


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


def test_a_process_that_keeps_dying_is_not_retried_for_ever(app, signed_in, worker, tmp_path):  # noqa: ANN001
    """The worker's process reading a document is killed (as the out-of-memory killer
    would) each time it reads the text, ``INQUIRY_MAX_ATTEMPTS`` (3) times: the document
    then fails with the reason, a clerk sees it under Failures, the worker carries on, and
    the killed processes' sandboxed children end with them."""
    client = signed_in("clerk")
    slow = crafted.slow_text_page(tmp_path, name="dies.pdf", target_bytes=250_000)  # ~20 s
    assert _upload(client, [("dies.pdf", slow.read_bytes())]).status_code == 200
    attempts = app.extensions["inquiry_settings"].max_attempts
    killed: list[int] = []
    children: list[int] = []

    def reading() -> tuple[int, list[int]] | None:
        """The pool process holding the document while a sandboxed child reads it."""
        document = _documents(app)["dies.pdf"]
        if document.status != "extracting" or not document.lease_owner:
            return None
        pid = int(document.lease_owner.rpartition("/")[2])
        try:
            kids = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        except OSError:
            return None
        return (pid, kids) if pid not in killed and kids else None

    for _ in range(attempts):
        pid, kids = wait_for(reading, timeout=90, interval=0.05)
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)
        children += kids
    wait_for(lambda: _documents(app)["dies.pdf"].status == "failed", timeout=90)
    document = _documents(app)["dies.pdf"]
    assert f"stopped {attempts} times" in document.failure_reason
    assert document.failure_stage == "extracting" and document.lease_owner is None
    page = client.get("/documents/failed").get_data(as_text=True)
    assert "dies.pdf" in page and f"stopped {attempts} times" in page
    assert worker.proc.poll() is None  # the worker itself carries on
    wait_for(lambda: not any(Path(f"/proc/{c}").exists() and "Z" not in
                             Path(f"/proc/{c}/stat").read_text().rsplit(")", 1)[-1][:3]
                             for c in children), timeout=10)


def test_the_web_app_never_draws_or_reads_a_page_itself(app, signed_in, worker, tmp_path,  # noqa: ANN001
                                                        monkeypatch: pytest.MonkeyPatch):
    """Every PDF reader and renderer is made to fail in this process (the web app): the
    viewer, its page images, the reviewer's preview and a new upload still work, since all
    of them read the file in a sandboxed child (a fresh interpreter)."""
    import pdfminer.pdfpage
    import pikepdf
    import pypdfium2

    import ingest.extract
    import ingest.ocr
    import ingest.render
    import ingest.validate
    import redaction.apply
    from tests.sandboxing import refuse_here

    client = signed_in("clerk", "reviewer")
    first = pdfs.text_pdf(tmp_path, ["Statement of a witness about Oak Road."], name="a.pdf")
    assert _upload(client, [("a.pdf", first.read_bytes())]).status_code == 200
    wait_for(lambda: _documents(app)["a.pdf"].status == "ready", timeout=120)

    refuse_here(monkeypatch, [
        (pypdfium2, "PdfDocument"), (pikepdf, "open"), (pdfminer.pdfpage.PDFPage, "get_pages"),
        (ingest.render, "render_page"), (ingest.render, "render_page_png"),
        (ingest.render, "image_boxes"), (ingest.extract, "extract_pages"),
        (ingest.extract, "pages_to_store"),
        (ingest.ocr, "ocr_page"), (ingest.validate, "probe_pdf"),
        (redaction.apply, "preview_page"), (redaction.apply, "apply_redactions")])
    urn = _documents(app)["a.pdf"].urn
    assert "Oak Road" in client.get(f"/documents/{urn}").get_data(as_text=True)
    for path in (f"/documents/{urn}/pages/1.png", f"/review/{urn}/pages/1/preview.png"):
        image = client.get(path)
        assert image.status_code == 200, path
        assert _png_size(image.data)[1] > 1000, path  # the A4 page itself, not a notice
    assert client.get(f"/review/{urn}").status_code == 200
    second = pdfs.text_pdf(tmp_path, ["A second statement."], name="b.pdf")
    html = _upload(client, [("b.pdf", second.read_bytes())]).get_data(as_text=True)
    assert "1 stored and queued" in html


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
