"""Self-healing without workers: leases, retry re-validation, the sweeper's choices, and the
evidence store down (a closed port) answered with 503 and no empty batch (issue 15)."""

from __future__ import annotations

import io
import os
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from inquiry.extensions import db
from inquiry.models import AuditEntry, Document
from inquiry.models.base import utcnow
from inquiry.models.document import Batch, Page
from tests import pdfs
from tests.conftest import csrf_token, make_settings, other_app, sign_in


def _document(**values) -> Document:  # noqa: ANN003
    fields = {"sha256": os.urandom(32).hex(), "filename": "x.pdf", "size_bytes": 10,
              "urn": f"INQ9{os.urandom(2).hex()}"} | values
    document = Document(**fields)
    db.session.add(document)
    db.session.commit()
    return document


def test_a_dead_holders_lease_is_taken_over_and_a_live_ones_is_not(app):
    from inquiry.services import leases

    with app.app_context():
        dead = _document(status="extracting", lease_until=utcnow() + timedelta(minutes=5),
                         lease_owner=f"{leases.HOST}/{2**22 + 12345}")
        live = _document(status="extracting", lease_until=utcnow() + timedelta(minutes=5),
                         lease_owner=f"{leases.HOST}/{os.getppid()}")
        elsewhere = _document(status="extracting", lease_until=utcnow() + timedelta(minutes=5),
                              lease_owner="another-machine/1")
        assert leases.claim(dead.id, 30) == (True, True)  # taken over, noted as abandoned
        assert leases.claim(live.id, 30) == (False, False)  # "busy": it carries on itself
        assert leases.claim(elsewhere.id, 30) == (False, False)  # until its lease runs out
        assert db.session.get(Document, dead.id).lease_owner == leases.owner_id()
        leases.release(dead.id)
        assert db.session.get(Document, dead.id).lease_until is None


def test_a_beat_does_not_wait_for_the_row_its_own_step_holds(app):
    """The step writes its document (a title, a status) long before it commits; the beat
    must give up at once then, not wait out a lock timeout on every call (that cost every
    document seconds), and succeed once the row is free."""
    from inquiry.services import leases

    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("row locks are PostgreSQL's; SQLite has one writer and no beat")
        document = _document(status="tagging", lease_owner=leases.owner_id(),
                             lease_until=utcnow() + timedelta(minutes=1))
        document.title = "written by the step, not yet committed"
        db.session.flush()  # the step's transaction now holds the row
        before = db.session.get(Document, document.id).lease_until
        assert leases.renew(document.id, 600) is False
        db.session.commit()
        assert leases.renew(document.id, 600) is True
        db.session.expire_all()
        assert db.session.get(Document, document.id).lease_until > before


def test_retry_re_validates_a_truncated_pdf(app, tmp_path):
    """A PDF refused at intake as truncated stays failed after Retry, with its reason."""
    from inquiry.services import intake, processing
    from inquiry.services.actor import SYSTEM

    bad = pdfs.truncated_pdf(tmp_path)
    with app.app_context():
        batch = intake.new_batch(SYSTEM, "cli")
        summary = intake.take_in(batch, [intake.IncomingFile("truncated.pdf", bad)],
                                 intake.Metadata(), SYSTEM, intake.limits_from(app.extensions[
                                     "inquiry_settings"]), "INQ{:06d}")
        assert summary.failed
        document = db.session.scalar(select(Document))
        assert (document.status, document.failure_stage) == ("failed", "validation")
        processing.retry(document.id, SYSTEM)  # the queue may be down: that is fine here
        step = processing.advance(document.id, 10, lease_seconds=30)
        document = db.session.get(Document, document.id)
        assert step.status == "failed" and document.status == "failed"
        assert document.failure_stage == "validation" and "truncated" in document.failure_reason
        assert db.session.scalar(select(func.count()).select_from(Page)) == 0


def test_intake_audits_counts_and_queues_in_one_transaction(app, tmp_path):
    """Every stored file has its upload entry and is counted; the batch count includes
    refusals; with the queue down a file says it waits instead of claiming to be queued."""
    from inquiry.services import intake
    from inquiry.services.actor import SYSTEM

    archive = pdfs.zip_of(tmp_path, {
        **{f"d{i}.pdf": pdfs.text_pdf(tmp_path, [f"Doc {i}"], name=f"d{i}.pdf") for i in range(3)},
        "notes.txt": b"not a pdf"})
    settings = app.extensions["inquiry_settings"]
    with app.app_context():
        batch = intake.new_batch(SYSTEM, "cli")
        summary = intake.take_in(batch, [intake.IncomingFile("bundle.zip", archive)],
                                 intake.Metadata(), SYSTEM,
                                 intake.limits_from(settings, background=False), "INQ{:06d}")
        assert len(summary.stored) == 3 and len(summary.failed) == 1
        assert db.session.get(Batch, batch).files_received == 4
        urns = set(db.session.scalars(select(Document.urn)))
        audited = set(db.session.scalars(select(AuditEntry.target_id).where(
            AuditEntry.action == "document.upload")))
        assert urns == audited
        assert set(summary.waiting) <= urns
        leftovers = list((settings.var_dir / "tmp").glob("intake-*"))
        assert leftovers == []


def test_scratch_left_by_a_dead_process_is_removed(app, tmp_path):
    from inquiry.services import intake

    root = tmp_path / "scratch"
    (root / f"upload-{2**22 + 4321}-abc").mkdir(parents=True)
    (root / f"upload-{os.getpid()}-mine").mkdir()
    assert intake.clean_scratch(root) == 1
    assert [p.name for p in root.iterdir()] == [f"upload-{os.getpid()}-mine"]


def test_the_sweeper_requeues_only_what_nothing_works_on(app, monkeypatch, no_background_sweeper):
    from inquiry.services import leases, processing, recovery

    sent: list[int] = []
    monkeypatch.setattr(processing, "enqueue", lambda d, **_kw: sent.append(d) or True)
    old = utcnow() - timedelta(minutes=10)
    with app.app_context():
        stranded = _document(status="stored", progress_at=old)
        queued = _document(status="stored", progress_at=old)
        working = _document(status="extracting", progress_at=old, lease_owner=leases.owner_id(),
                            lease_until=utcnow() + timedelta(minutes=1))
        fresh = _document(status="stored", progress_at=utcnow())
        done = _document(status="ready", progress_at=old)
        result = recovery.sweep(recovery.Queued(process={queued.id}))
        assert sent == [stranded.id] == result.requeued
        assert {working.id, fresh.id, done.id}.isdisjoint(sent)
        from inquiry.services.actor import SYSTEM

        waiting = recovery.waiting_documents(SYSTEM)  # the Failures page's "waiting"
        assert queued.id in {d.id for d in waiting}
        assert "No progress since" in recovery.waiting_reason(queued)


def test_evidence_store_down_is_a_clear_503_with_no_empty_batch(app, make_user, tmp_path,
                                                               database_url, runner):
    settings = make_settings(tmp_path / "var", database_url, storage_backend="s3",
                             s3_bucket="evidence", s3_endpoint_url="http://127.0.0.1:9",
                             s3_access_key="k", s3_secret_key="secret-key")
    with app.app_context():
        document = _document(status="ready", page_count=1, restricted=False)
        db.session.add(Page(document_id=document.id, number=1, width=600, height=800,
                            text="x", words_sha256="ab" * 32, word_count=1))
        db.session.commit()
        urn = document.urn
    clerk = make_user("clerk", "counsel")
    good = pdfs.text_pdf(tmp_path, ["A statement."], name="good.pdf").read_bytes()
    with other_app(app, settings) as down:
        client = down.test_client()
        assert sign_in(client, clerk).status_code == 302
        response = client.post("/documents/upload", content_type="multipart/form-data", data={
            "provider": "Council", "document_type": "report",
            "csrf_token": csrf_token(client, "/documents/upload"),
            "files": [(io.BytesIO(good), "good.pdf")]})
        assert response.status_code == 503
        assert "evidence store is unavailable" in response.get_data(as_text=True)
        for path in (f"/documents/{urn}", f"/documents/{urn}/pages/1.png",
                     f"/documents/{urn}/original"):
            answer = client.get(path)
            assert answer.status_code == 503, path
            assert "evidence store is unavailable" in answer.get_data(as_text=True)
        ready = client.get("/readyz")
        assert ready.status_code == 503 and ready.json["checks"]["evidence_store"]["ok"] is False
        folder = tmp_path / "in"
        folder.mkdir()
        for i in range(3):
            pdfs.text_pdf(folder, [f"Doc {i}"], name=f"d{i}.pdf")
        from inquiry.cli import main

        result = down.test_cli_runner().invoke(main, ["ingest", str(folder), "--no-wait"])
        assert result.exit_code == 1
        assert "STOPPED: the evidence store is unavailable" in result.output
        assert "NOT TAKEN IN:      3" in result.output and "Traceback" not in result.output
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Batch)) == 0
        assert db.session.scalar(select(func.count()).select_from(Document)) == 1


@pytest.mark.services
def test_readyz_names_every_dependency(client):
    checks = client.get("/readyz").json["checks"]
    assert set(checks) == {"database", "elasticsearch", "broker", "evidence_store",
                           "publication_store"}
    assert checks["broker"]["ok"] and checks["evidence_store"]["ok"]
