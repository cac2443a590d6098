"""Fault injection on the stores (issue 15): the S3 evidence store and PostgreSQL each
stopped while a worker processes a batch, then started again. Both run as instances of
this module's own on their own ports (no other test's services are disturbed), with an
app and a worker on them in place of the session's. Every document ends ready with no
worker restarted, no page twice and an upload audit entry each; the web app answers 503
with the reason while the database is down; a publication asked for while the evidence
cannot be read goes back to approved with the reason and is published when asked again.
Waits are for conditions; the figures are printed (pytest -s)."""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from inquiry.cli import main
from inquiry.extensions import db
from inquiry.models import Document, Publication
from inquiry.models.review import ReviewEvent
from tests import pdfs
from tests.conftest import TEST_PASSWORD, Worker, csrf_token, make_settings, other_app, wait_for
from tests.faults import (
    all_final,
    audited_uploads,
    free_port,
    log_count,
    one,
    pages_once,
    rows,
    worker_instead,
)

pytestmark = [pytest.mark.services, pytest.mark.slow]


@dataclass
class Stores:
    pg: object  # inquiry.runtime.PostgresService
    s3: object  # inquiry.runtime.S3Service
    app: object  # the Flask app on them
    worker: Worker


@pytest.fixture(scope="module")
def stores(app, settings, worker, worker_env, tmp_path_factory):  # noqa: ANN001, ANN201
    """A PostgreSQL and a versitygw of our own, an app and a worker on both. One worker for
    the module: it loads its language model once."""
    from flask_migrate import upgrade

    from inquiry.runtime import PostgresService, RuntimeOptions, S3Service

    base = tmp_path_factory.mktemp("stores")
    options = RuntimeOptions(var_dir=base / "services", cache_dir=settings.cache_dir,
                             pg_port=free_port(), pg_database="faults", s3_port=free_port())
    pg, s3 = PostgresService(options), S3Service(options)
    try:
        pg.start()
        s3.start()
        s3.ensure_bucket("evidence")
        values = {"database_url": pg.database_url, "storage_backend": "s3",
                  "s3_bucket": "evidence", "s3_endpoint_url": s3.url, "s3_region": "us-east-1",
                  "s3_access_key": options.s3_access_key, "s3_secret_key": options.s3_secret_key,
                  "publication_dir": base / "published"}
        ours = make_settings(base / "var", **values)
        env = dict(worker_env, INQUIRY_ES_INDEX_PREFIX=ours.es_index_prefix,
                   **{f"INQUIRY_{k.upper()}": str(v) for k, v in values.items()})
        with other_app(app, ours) as on_stores:
            with on_stores.app_context():
                upgrade()
            with worker_instead(worker, env, base / "worker.log") as ours_worker:
                yield Stores(pg, s3, on_stores, ours_worker)
            with on_stores.app_context():
                from inquiry.services import search_index
                from search import mapping

                mapping.delete_indices(search_index.client(), search_index.prefix())
    finally:
        s3.purge()
        pg.purge()


@pytest.fixture
def stack(stores: Stores) -> Stores:
    """The module's stores, both running, with empty tables."""
    stores.pg.start()
    stores.s3.start()
    with stores.app.app_context():
        names = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
        with db.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    return stores


def make_account(app, email: str, *roles: str):  # noqa: ANN001, ANN201
    from inquiry.services import users
    from inquiry.services.actor import SYSTEM, Actor

    with app.app_context():
        user = users.create_user(email, set(roles), SYSTEM, password=TEST_PASSWORD).user
        return Actor(user.id, user.email)


def _batch(tmp_path: Path, counts: dict[str, int]) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    for name, n in counts.items():
        pdfs.many_page_pdf(folder, count=n, name=name)
    return folder


def _ingest_into(other, folder: Path) -> None:  # noqa: ANN001 - a Flask app
    result = other.test_cli_runner().invoke(main, ["ingest", str(folder), "--provider",
                                                   "Council", "--no-wait"])
    assert result.exit_code == 0, result.output


def _finished_after(app, back: float, counts: dict[str, int]) -> float:  # noqa: ANN001
    """Wait for every document to be final; all ready, each page once, each upload
    audited. Returns the seconds since the dependency came back."""
    wait_for(lambda: all_final(app), timeout=120)
    took = time.monotonic() - back
    found = rows(app)
    assert sorted(d.filename for d in found) == sorted(counts)
    assert {d.status for d in found} == {"ready"}, [(d.filename, d.failure_reason)
                                                   for d in found]
    for d in found:
        pages_once(app, d.urn, counts[d.filename])
    audited_uploads(app)
    return took


def _approve(app, document_id: int, maker, checker) -> None:  # noqa: ANN001 - Actors
    from inquiry.services import decisions, review

    def step(action: str, who) -> None:  # noqa: ANN001
        with app.app_context():
            revision = db.session.get(Document, document_id).review_revision
            review.transition(document_id, action, who, expected_revision=revision)

    step("start", maker)
    with app.app_context(), contextlib.suppress(review.ReviewError):  # nothing proposed
        decisions.decide(document_id, maker, status="accepted", expected_revision=db.session
                         .get(Document, document_id).review_revision)
    step("submit", maker)
    step("approve", checker)


def _ask_to_publish(app, document_id: int, who) -> None:  # noqa: ANN001 - an Actor
    from inquiry.services import publishing

    with app.app_context():
        revision = db.session.get(Document, document_id).review_revision
        publishing.request_publication(document_id, who, expected_revision=revision)


def _last_review_event(app, document_id: int) -> tuple[str, str]:  # noqa: ANN001
    with app.app_context():
        action, comment = db.session.execute(select(ReviewEvent.action, ReviewEvent.comment)
                                             .where(ReviewEvent.document_id == document_id)
                                             .order_by(ReviewEvent.id.desc()).limit(1)).one()
        return action, comment


def _database_unavailable_pages(signed_in, anonymous) -> None:  # noqa: ANN001 - clients
    """What people and probes get while the database is down: 503 with the reason and
    Retry-After on pages and JSON, never a 500; /readyz names the database."""
    for path in ("/", "/documents/", "/documents/failed", "/sign-in"):
        answer = signed_in.get(path)
        assert answer.status_code == 503, (path, answer.status_code)
        page = answer.get_data(as_text=True)
        assert "database is unavailable just now" in page, path
        assert "try again shortly" in page and answer.headers["Retry-After"] == "30"
    progress = signed_in.get("/documents/progress.json", headers={"Accept": "application/json"})
    assert progress.status_code == 503 and "database" in progress.json["error"]
    for probe in (signed_in, anonymous):  # a signed-in browser, and a load balancer
        ready = probe.get("/readyz")
        assert ready.status_code == 503, ready.get_data(as_text=True)
        assert ready.json["checks"]["database"]["ok"] is False
        assert ready.json["checks"]["elasticsearch"]["ok"] is True


def test_evidence_store_stopped_and_started_nothing_stuck(stack: Stores, tmp_path: Path):
    """S3 stopped while a batch is processed: steps retry at the capped backoff, and once
    it is back the same worker finishes every document. A publication asked for while the
    store is down returns to approved with the reason; asked again after, it is published."""
    app, s3, ours = stack.app, stack.s3, stack.worker
    counts = {"bundle14.pdf": 14, "bundle15.pdf": 15, "statement.pdf": 1}
    folder = _batch(tmp_path, {k: v for k, v in counts.items() if v > 1})
    pdfs.text_pdf(folder, ["Statement of the housing officer about the meeting."],
                  name="statement.pdf")
    _ingest_into(app, folder)
    wait_for(lambda: any(d.pages_done for d in rows(app)), timeout=60, interval=0.05)
    retries = log_count(ours.log, "retry: Retry in", "S3 cannot be reached")
    s3.stop()
    stopped = time.monotonic()
    wait_for(lambda: log_count(ours.log, "retry: Retry in", "S3 cannot be reached")
             >= retries + 6, timeout=60)  # the worker met the outage, several times over
    before = sorted((d.id, d.status, d.pages_done) for d in rows(app))
    assert not all_final(app)
    s3.start()
    back = time.monotonic()
    wait_for(lambda: sorted((d.id, d.status, d.pages_done) for d in rows(app)) != before,
             timeout=120, interval=0.1)
    resumed = time.monotonic() - back
    took = _finished_after(app, back, counts)
    print(f"\nstore down {back - stopped:.1f}s; back -> resumed in {resumed:.1f}s, all ready "
          f"in {took:.1f}s")

    statement = rows(app, filename="statement.pdf")[0]
    maker = make_account(app, "maker@example.org", "reviewer")
    checker = make_account(app, "checker@example.org", "reviewer")
    _approve(app, statement.id, maker, checker)
    s3.stop()
    _ask_to_publish(app, statement.id, checker)
    wait_for(lambda: one(app, statement.urn).review_status == "approved", timeout=60)
    action, reason = _last_review_event(app, statement.id)
    assert action == "publish_failed"
    assert "the evidence store could not be read" in reason and "Publish again" in reason
    s3.start()
    back = time.monotonic()
    _ask_to_publish(app, statement.id, checker)
    wait_for(lambda: one(app, statement.urn).review_status == "published", timeout=120)
    print(f"publication asked again once the store was back: published in "
          f"{time.monotonic() - back:.1f}s")
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Publication)) == 1
    assert ours.proc.poll() is None  # the same worker process throughout


def test_database_stopped_503_readyz_names_it_and_work_resumes(stack: Stores, tmp_path: Path):
    """PostgreSQL stopped while a worker processes a batch: pages answer 503 "database
    unavailable, try again shortly" with Retry-After, never a 500, to a signed-in user as
    to anyone; /readyz is 503 and names the database. Once it is back the same session
    carries on and the same worker finishes every document."""
    app, pg, ours = stack.app, stack.pg, stack.worker
    make_account(app, "clerk@example.org", "clerk")
    client = app.test_client()
    assert client.post("/sign-in", data={
        "email": "clerk@example.org", "password": TEST_PASSWORD,
        "csrf_token": csrf_token(client, "/sign-in")}).status_code == 302
    counts = {"first.pdf": 20, "second.pdf": 21}
    _ingest_into(app, _batch(tmp_path, counts))
    wait_for(lambda: any(d.pages_done for d in rows(app)), timeout=60, interval=0.05)
    retries = log_count(ours.log, "retry: Retry in", "OperationalError")
    pg.stop()
    stopped = time.monotonic()
    _database_unavailable_pages(client, app.test_client())
    wait_for(lambda: log_count(ours.log, "retry: Retry in", "OperationalError")
             >= retries + 6, timeout=60)  # the worker met the outage, several times over
    before = log_count(ours.log, "succeeded in")  # no progress can be read from the database
    pg.start()
    back = time.monotonic()
    assert client.get("/").status_code == 200  # the same session, reconnected
    assert client.get("/readyz").json["checks"]["database"]["ok"] is True
    wait_for(lambda: log_count(ours.log, "succeeded in") > before, timeout=120, interval=0.1)
    resumed = time.monotonic() - back
    took = _finished_after(app, back, counts)
    print(f"\ndatabase down {back - stopped:.1f}s; back -> resumed in {resumed:.1f}s, all "
          f"ready in {took:.1f}s")
    assert ours.proc.poll() is None  # the same worker process throughout
