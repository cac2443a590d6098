"""Redaction review and publication through the app: decisions, two reviewers at once,
maker-checker approval, the verification gate, the publication store (local and the real
S3-compatible server), withdrawal, and each kind of bad input."""

from __future__ import annotations

import json
import re
import secrets
import subprocess

import pytest
from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models import AuditEntry, Document, Proposal, Publication
from tests.conftest import csrf_token, sign_in
from tests.review_fixtures import review_document, revision

pytestmark = [pytest.mark.services, pytest.mark.usefixtures("fresh_search_and_store")]


@pytest.fixture
def reviewers(make_user):  # noqa: ANN001, ANN201
    return make_user("reviewer"), make_user("reviewer")


def _actor(account):  # noqa: ANN001, ANN202
    from inquiry.services.actor import Actor

    return Actor(account.id, account.email)


def _post(client, path: str, urn: str, **data):  # noqa: ANN001, ANN202
    data["csrf_token"] = csrf_token(client, f"/review/{urn}")
    return client.post(path, data=data)


def _reviewed_and_approved(app, document_id: int, maker, checker) -> None:  # noqa: ANN001
    from inquiry.services import decisions, review

    with app.app_context():
        review.transition(document_id, "start", _actor(maker),
                          expected_revision=revision(app, document_id))
        outcome = decisions.decide(document_id, _actor(maker), status="accepted",
                                   code="VA", expected_revision=revision(app, document_id))
        assert outcome.changed == 2
        decisions.decide(document_id, _actor(maker), status="accepted", code="PD",
                         expected_revision=revision(app, document_id))
        review.transition(document_id, "submit", _actor(maker),
                          expected_revision=revision(app, document_id))
        review.transition(document_id, "approve", _actor(checker),
                          expected_revision=revision(app, document_id))


def _publish(app, document_id: int, checker):  # noqa: ANN001, ANN202
    """Approved -> publishing -> published, as the worker's task does it."""
    from inquiry.services import publishing, review

    review.transition(document_id, "publish", _actor(checker),
                      expected_revision=revision(app, document_id))
    return publishing.publish_now(document_id, _actor(checker))


def _pdf_text(path) -> str:  # noqa: ANN001
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_publish_end_to_end_local_store(app, reviewers, tmp_path, make_user):
    from inquiry.services import publication_store, search_index

    maker, checker = reviewers
    document_id, _ids = review_document(app, tmp_path)
    _reviewed_and_approved(app, document_id, maker, checker)
    with app.app_context():
        publication = _publish(app, document_id, checker)
        store = publication_store.store()
        manifest = store.get_json("INQ800001/manifest.json")
        assert manifest["sha256"] == publication.sha256 and manifest["pages"] == 1
        assert manifest["redactions"] == {"PD": 2, "VA": 2}
        assert manifest["approved_by"] == checker.email
        out = tmp_path / "published.pdf"
        with store.open(publication.store_key) as fh:
            out.write_bytes(fh.read())
        assert db.session.get(Document, document_id).review_status == "published"
        es = search_index.client()
        es.indices.refresh(index=search_index.alias())
        hits = es.search(index=search_index.alias(), query={"term": {"published": True}})
        published_text = hits["hits"]["hits"][0]["_source"]["published_text"]
    text = _pdf_text(out)
    for secret in ("Kayleigh", "Smith", "Tariq", "Ahmed", "07700", "900123"):
        assert secret not in text and secret not in published_text
        assert secret.encode() not in out.read_bytes()
    assert "Rotherham" in text and "takeaway" in published_text
    assert "[VA]" in text
    # counsel's "published only" scope searches the surviving text, also after a rebuild
    with app.app_context():
        search_index.rebuild()
    client = app.test_client()
    assert sign_in(client, make_user("counsel")).status_code == 302
    for q, found in (("takeaway", True), ("Kayleigh", False), ("Tariq", False)):
        page = client.get("/search/", query_string={"q": q, "scope": "published"})
        assert ("INQ800001" in page.get_data(as_text=True)) is found, q
    assert "INQ800001" in client.get("/search/", query_string={"q": "Kayleigh"}).get_data(
        as_text=True)


def test_publication_is_blocked_by_a_failing_verification(app, reviewers, tmp_path):
    """A deliberately leaky decision: its box is over other words, so the name stays
    visible in the pixels; verification's OCR reads it and publication is refused."""
    from inquiry.services import publication_store, publishing, review

    maker, checker = reviewers
    document_id, ids = review_document(app, tmp_path)
    with app.app_context():
        leaky = db.session.get(Proposal, ids["suspect"])
        leaky.boxes = json.dumps([[400.0, 780.0, 450.0, 790.0]])  # nowhere near the name
        db.session.commit()
    _reviewed_and_approved(app, document_id, maker, checker)
    with app.app_context():
        review.transition(document_id, "publish", _actor(checker),
                          expected_revision=revision(app, document_id))
        with pytest.raises(publishing.PublicationFailed) as failed:
            publishing.publish_now(document_id, _actor(checker))
        assert any("Tariq" in f["string"] or "Ahmed" in f["string"]
                   for f in failed.value.findings)
        document = db.session.get(Document, document_id)
        assert document.review_status == "approved"
        assert db.session.scalar(select(Publication.id)) is None
        assert not publication_store.store().exists("INQ800001/manifest.json")
    client = app.test_client()
    assert sign_in(client, checker).status_code == 302
    page = client.get("/review/INQ800001").get_data(as_text=True)
    assert "The last publication attempt failed" in page and "Tariq" in page


def test_a_name_left_readable_comes_back_as_a_proposal(app, reviewers, tmp_path):
    """The reviewers redacted the victim's name once and missed its second mention:
    verification finds it readable, refuses, and proposes it with the same code and cipher;
    the document goes back to review with the finding in plain words, linked to its page."""
    from inquiry.services import publishing, review

    maker, checker = reviewers
    document_id, ids = review_document(app, tmp_path)
    with app.app_context():
        first = db.session.get(Proposal, ids["victim1"])
        first.label = "C-17"
        db.session.delete(db.session.get(Proposal, ids["victim2"]))
        db.session.commit()
    with app.app_context():
        from inquiry.services import decisions

        review.transition(document_id, "start", _actor(maker),
                          expected_revision=revision(app, document_id))
        for code in ("VA", "PD"):
            decisions.decide(document_id, _actor(maker), status="accepted", code=code,
                             expected_revision=revision(app, document_id))
        review.transition(document_id, "submit", _actor(maker),
                          expected_revision=revision(app, document_id))
        review.transition(document_id, "approve", _actor(checker),
                          expected_revision=revision(app, document_id))
        review.transition(document_id, "publish", _actor(checker),
                          expected_revision=revision(app, document_id))
        with pytest.raises(publishing.PublicationFailed):
            publishing.publish_now(document_id, _actor(checker))
        document = db.session.get(Document, document_id)
        assert document.review_status == "returned" and document.approved_by_id is None
        added = list(db.session.scalars(select(Proposal).where(
            Proposal.document_id == document_id, Proposal.source == "verification")))
        assert [(p.text, p.code, p.label, p.status) for p in added] == [
            ("Kayleigh Smith", "VA", "C-17", "proposed")]
        assert db.session.scalar(select(Publication.id)) is None
    client = app.test_client()
    assert sign_in(client, maker).status_code == 302
    page = client.get("/review/INQ800001").get_data(as_text=True)
    assert "The last publication attempt failed" in page
    assert "Page 1: “Kayleigh Smith” can still be read" in page
    assert "redacted elsewhere in this document (C-17)" in page
    assert 'href="/review/INQ800001?page=1"' in page or "/review/INQ800001/pages/1" in page


def test_publication_store_on_the_s3_server_and_an_outage(app, reviewers, tmp_path, s3_server,
                                                           monkeypatch):
    import boto3

    from inquiry.services import publication_store, publishing, review
    from inquiry.services.publication_store import S3PublicationStore

    bucket = f"published-{secrets.token_hex(4)}"
    boto3.client("s3", endpoint_url=s3_server["endpoint_url"],
                 aws_access_key_id=s3_server["access_key"],
                 aws_secret_access_key=s3_server["secret_key"],
                 region_name=s3_server["region"]).create_bucket(Bucket=bucket)
    options = {"endpoint_url": s3_server["endpoint_url"],
               "access_key": s3_server["access_key"], "secret_key": s3_server["secret_key"],
               "region": s3_server["region"]}
    good = S3PublicationStore(bucket, "inquiry/published", **options)
    dead = S3PublicationStore(bucket, "inquiry/published",
                              **{**options, "endpoint_url": "http://127.0.0.1:9"})
    maker, checker = reviewers
    document_id, _ids = review_document(app, tmp_path)
    _reviewed_and_approved(app, document_id, maker, checker)
    with app.app_context():
        monkeypatch.setattr(publication_store, "store", lambda: dead)
        review.transition(document_id, "publish", _actor(checker),
                          expected_revision=revision(app, document_id))
        with pytest.raises(publishing.PublicationFailed, match="could not be reached"):
            publishing.publish_now(document_id, _actor(checker))
        assert db.session.get(Document, document_id).review_status == "approved"
        assert db.session.scalar(select(Publication.id)) is None
        assert not good.exists("INQ800001/manifest.json")
        # the store is back: publishing again completes it
        monkeypatch.setattr(publication_store, "store", lambda: good)
        publication = _publish(app, document_id, checker)
        assert good.exists(publication.store_key)
        assert good.get_json("INQ800001/manifest.json")["sha256"] == publication.sha256
        body = good.open(publication.store_key).read()
        assert body.startswith(b"%PDF") and b"Kayleigh" not in body
        publishing.withdraw(document_id, _actor(checker),
                            expected_revision=revision(app, document_id),
                            reason="Anonymity order varied")
        assert not good.exists(publication.store_key)
        assert not good.exists("INQ800001/manifest.json")
        assert db.session.get(Document, document_id).review_status == "withdrawn"
        actions = set(db.session.scalars(select(AuditEntry.action)))
    assert {"publication.published", "publication.withdrawn", "review.approve"} <= actions


def test_workspace_decisions_box_undo_and_maker_checker_over_http(app, client, reviewers,
                                                                   tmp_path):
    maker, checker = reviewers
    document_id, ids = review_document(app, tmp_path)
    assert sign_in(client, maker).status_code == 302
    page = client.get("/review/INQ800001").get_data(as_text=True)
    assert page.count('class="proposal status-proposed') >= 4
    # decisions before the review starts are refused
    refused = _post(client, "/review/INQ800001/decide", "INQ800001", status="accepted",
                    proposal=ids["victim1"], revision=revision(app, document_id))
    assert refused.status_code == 303
    assert "not in review" in client.get("/review/INQ800001").get_data(as_text=True)
    _post(client, "/review/INQ800001/start", "INQ800001", revision=revision(app, document_id))
    entity = _post(client, "/review/INQ800001/decide", "INQ800001", status="accepted",
                   entity="person:kayleigh smith", revision=revision(app, document_id))
    assert entity.status_code == 303
    _post(client, "/review/INQ800001/decide", "INQ800001", status="rejected",
          proposal=ids["phone"], revision=revision(app, document_id))
    # a box outside the page, and a stale or missing revision: clear refusals
    outside = _post(client, "/review/INQ800001/add-box", "INQ800001", page=1, x0=500, y0=800,
                    x1=900, y1=900, code="VA", revision=revision(app, document_id))
    assert "lies outside page 1" in client.get(outside.headers["Location"]).get_data(
        as_text=True)
    bad_code = _post(client, "/review/INQ800001/add-box", "INQ800001", page=1, x0=50, y0=50,
                     x1=90, y1=90, code="ZZ", revision=revision(app, document_id))
    assert "Unknown redaction code" in client.get(bad_code.headers["Location"]).get_data(
        as_text=True)
    added = _post(client, "/review/INQ800001/add-box", "INQ800001", page=1, x0=400, y0=40,
                  x1=520, y1=90, code="PD", revision=revision(app, document_id))
    assert added.status_code == 303
    with app.app_context():
        box = db.session.scalar(select(Proposal).where(Proposal.kind == "box"))
        assert box.status == "accepted" and json.loads(box.boxes) == [[400, 40, 520, 90]]
    undo = _post(client, "/review/INQ800001/undo", "INQ800001",
                 revision=revision(app, document_id))
    assert undo.status_code == 303
    with app.app_context():
        assert db.session.scalar(select(Proposal).where(Proposal.kind == "box")) is None
    # the phone number was wrongly rejected: reopen it by accepting it
    _post(client, "/review/INQ800001/decide", "INQ800001", status="accepted",
          proposal=ids["phone"], revision=revision(app, document_id))
    early = _post(client, "/review/INQ800001/submit", "INQ800001",
                  revision=revision(app, document_id))
    assert "still undecided" in client.get(early.headers["Location"]).get_data(as_text=True)
    _post(client, "/review/INQ800001/decide", "INQ800001", status="accepted",
          proposal=ids["suspect"], revision=revision(app, document_id))
    _post(client, "/review/INQ800001/submit", "INQ800001", revision=revision(app, document_id))
    own = _post(client, "/review/INQ800001/approve", "INQ800001",
                revision=revision(app, document_id))
    assert "a second reviewer must approve" in client.get(own.headers["Location"]).get_data(
        as_text=True)
    with app.app_context():
        assert db.session.get(Document, document_id).review_status == "reviewed"
    publish_early = _post(client, "/publications/INQ800001/publish", "INQ800001",
                          revision=revision(app, document_id))
    assert "not possible" in client.get(publish_early.headers["Location"]).get_data(
        as_text=True)
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    assert sign_in(client, checker).status_code == 302
    queue = client.get("/review/").get_data(as_text=True)
    assert "INQ800001" in queue and "Awaiting a second reviewer" in queue
    approved = _post(client, "/review/INQ800001/approve", "INQ800001",
                     revision=revision(app, document_id))
    assert approved.status_code == 303
    with app.app_context():
        document = db.session.get(Document, document_id)
        assert document.review_status == "approved"
        assert document.approved_by_id == checker.id and document.reviewed_by_id == maker.id


@pytest.mark.parametrize("field,value", [
    ("x0", "nan"), ("y1", "inf"), ("x1", "-inf"), ("y0", "-5"), ("x1", "1e309"),
    ("page", "inf"), ("page", "-1"), ("page", "0"), ("page", "99999999999"), ("page", "nan"),
])
def test_bad_numbers_in_a_drawn_box_are_400_and_store_nothing(app, client, reviewers,
                                                               tmp_path, field, value):
    maker, _ = reviewers
    document_id, _ids = review_document(app, tmp_path)
    assert sign_in(client, maker).status_code == 302
    _post(client, "/review/INQ800001/start", "INQ800001", revision=revision(app, document_id))
    box = {"page": "1", "x0": "50", "y0": "50", "x1": "120", "y1": "90", field: value}
    data = {**box, "code": "PD", "revision": revision(app, document_id),
            "csrf_token": csrf_token(client, "/review/INQ800001")}
    response = client.post("/review/INQ800001/add-box", data=data,
                           headers={"Accept": "application/json"})
    assert response.status_code == 400 and not response.get_json()["ok"]
    with app.app_context():
        assert db.session.scalar(select(Proposal).where(Proposal.kind == "box")) is None
    text = client.post("/review/INQ800001/add-text", data={
        "page": value if field == "page" else "1", "start": "0", "end": "5", "code": "PD",
        "revision": revision(app, document_id),
        "csrf_token": csrf_token(client, "/review/INQ800001")},
        headers={"Accept": "application/json"})
    assert text.status_code in (200, 400) and (field != "page" or text.status_code == 400)


def test_any_failure_in_publishing_returns_the_document_with_the_reason(app, reviewers,
                                                                          tmp_path, monkeypatch):
    """Not only verification and the store: a reader that breaks, a source that cannot be
    fetched... the document is back to approved, the reason in its history."""
    from inquiry.services import publishing, review

    maker, checker = reviewers
    document_id, _ids = review_document(app, tmp_path)
    _reviewed_and_approved(app, document_id, maker, checker)

    def broken(*args, **kwargs):
        raise RuntimeError("pdfium could not open the working copy")

    # apply and verify run in a sandboxed child; break them at the call site
    monkeypatch.setattr("inquiry.services.contained.apply_and_verify", broken)
    with app.app_context():
        review.transition(document_id, "publish", _actor(checker),
                          expected_revision=revision(app, document_id))
        with pytest.raises(publishing.PublicationFailed, match="could not open"):
            publishing.publish_now(document_id, _actor(checker))
        assert db.session.get(Document, document_id).review_status == "approved"
        last = review.history(document_id)[-1]
        assert last.action == "publish_failed" and "could not open" in last.comment


def test_publication_reads_and_draws_the_original_only_in_a_child(
        app, reviewers, tmp_path, monkeypatch):  # noqa: ANN001
    """Apply and verify parse and render the untrusted original in a sandboxed child: with
    every reader and renderer failing in this process, it still publishes."""
    import pikepdf
    import pypdfium2

    import redaction.apply
    import redaction.verify
    from tests.sandboxing import refuse_here

    maker, checker = reviewers
    document_id, _ids = review_document(app, tmp_path)
    _reviewed_and_approved(app, document_id, maker, checker)

    refuse_here(monkeypatch, [(pypdfium2, "PdfDocument"), (pikepdf, "open"),
                              (redaction.apply, "apply_redactions"),
                              (redaction.verify, "verify_pdf")])
    with app.app_context():
        publication = _publish(app, document_id, checker)
        assert publication.sha256
        assert db.session.get(Document, document_id).review_status == "published"


def test_publication_progress_is_recorded_page_by_page_and_shown(app, client, reviewers,
                                                                 tmp_path, monkeypatch):
    """The worker records each stage as it goes (redacting, each reader, storing); while the
    document is publishing the workspace and its progress address show where it has got."""
    from inquiry.services import publication_progress, publishing, review

    maker, checker = reviewers
    document_id, _ids = review_document(app, tmp_path)
    _reviewed_and_approved(app, document_id, maker, checker)
    seen: list[tuple[str, int, int]] = []

    class Recording(publication_progress.ProgressWriter):
        def __call__(self, stage: str, done: int, total: int) -> None:
            seen.append((stage, done, total))
            super().__call__(stage, done, total)

    monkeypatch.setattr(publishing, "ProgressWriter", Recording)
    with app.app_context():
        _publish(app, document_id, checker)
    assert [s for s, _d, _t in seen] == ["start", "apply", "verify:pdfminer", "verify:pdftotext",
                                         "verify:pdfium", "verify:OCR", "store"]
    assert ("apply", 1, 1) in seen and ("verify:OCR", 1, 1) in seen

    # as a reviewer sees it while a worker is part-way through
    with app.app_context():
        document = db.session.get(Document, document_id)
        review.set_fields(document, review_status="publishing")
        db.session.commit()
        publication_progress.ProgressWriter(document_id)("verify:OCR", 1, 1)
    assert sign_in(client, maker).status_code == 302
    answer = client.get("/review/INQ800001/progress")
    assert answer.status_code == 200
    assert answer.json["status"] == "publishing"
    assert answer.json["progress"]["text"] == (
        "Reading the pages as an eye would (reader 4 of 4): page 1 of 1")
    page = client.get("/review/INQ800001").get_data(as_text=True)
    assert 'id="publishing-progress"' in page and "reader 4 of 4): page 1 of 1" in page


def test_two_reviewers_at_once_neither_loses_work(app, reviewers, tmp_path):
    from inquiry.services import decisions, review

    one, two = reviewers
    document_id, ids = review_document(app, tmp_path)
    with app.app_context():
        review.transition(document_id, "start", _actor(one), expected_revision=0)
        seen = revision(app, document_id)  # both open the page at this revision
        decisions.decide(document_id, _actor(one), status="accepted", ids=[ids["victim1"]],
                         expected_revision=seen)
        # a different proposal from the same stale page: no conflict, applied
        decisions.decide(document_id, _actor(two), status="accepted", ids=[ids["suspect"]],
                         expected_revision=seen)
        # the same proposal from the stale page: refused, the first decision stands
        with pytest.raises(decisions.DecisionConflict, match="Another reviewer changed"):
            decisions.decide(document_id, _actor(two), status="rejected",
                             ids=[ids["victim1"]], expected_revision=seen)
        statuses = dict(db.session.execute(select(Proposal.id, Proposal.status)).tuples().all())
        assert statuses[ids["victim1"]] == "accepted"
        assert statuses[ids["suspect"]] == "accepted"
        # a workflow step from a stale page is refused as well
        with pytest.raises(review.StaleReview):
            review.transition(document_id, "submit", _actor(two), expected_revision=seen)
        # undo never overwrites the other reviewer: two rejects what one accepted, then
        # one's undo of that acceptance is refused; two's own undo works
        decisions.decide(document_id, _actor(two), status="rejected", ids=[ids["victim1"]],
                         expected_revision=revision(app, document_id))
        with pytest.raises(decisions.DecisionConflict, match="undo would overwrite"):
            decisions.undo(document_id, _actor(one),
                           expected_revision=revision(app, document_id))
        decisions.undo(document_id, _actor(two), expected_revision=revision(app, document_id))
        assert db.session.get(Proposal, ids["victim1"]).status == "accepted"


def test_stale_http_form_gets_409_and_changes_nothing(app, client, reviewers, tmp_path):
    maker, _ = reviewers
    document_id, ids = review_document(app, tmp_path)
    assert sign_in(client, maker).status_code == 302
    _post(client, "/review/INQ800001/start", "INQ800001", revision=0)
    seen = revision(app, document_id)
    _post(client, "/review/INQ800001/decide", "INQ800001", status="accepted",
          proposal=ids["victim1"], revision=seen)
    stale = client.post("/review/INQ800001/decide", headers={"Accept": "application/json"},
                        data={"status": "rejected", "proposal": ids["victim1"],
                              "revision": seen,
                              "csrf_token": csrf_token(client, "/review/INQ800001")})
    assert stale.status_code == 409 and "Another reviewer" in stale.json["message"]
    missing = client.post("/review/INQ800001/decide", headers={"Accept": "application/json"},
                          data={"status": "rejected", "proposal": ids["victim1"],
                                "csrf_token": csrf_token(client, "/review/INQ800001")})
    assert missing.status_code == 400 and "reload" in missing.json["message"]
    no_csrf = client.post("/review/INQ800001/decide", data={"status": "rejected",
                                                           "proposal": ids["victim1"],
                                                           "revision": seen + 1})
    assert no_csrf.status_code == 400
    with app.app_context():
        assert db.session.get(Proposal, ids["victim1"]).status == "accepted"


def test_content_warning_preview_and_text_selection(app, client, reviewers, tmp_path):
    maker, _ = reviewers
    document_id, _ids = review_document(app, tmp_path)
    assert sign_in(client, maker).status_code == 302
    _post(client, "/review/INQ800001/details", "INQ800001", priority=2,
          content_warning="Describes sexual abuse of a child.", revision=0)
    warned = client.get("/review/INQ800001").get_data(as_text=True)
    assert "Content warning" in warned and "Describes sexual abuse" in warned
    assert 'class="page-image"' not in warned
    client.post("/review/INQ800001/warning", data={
        "page": 1, "csrf_token": re.search(r'name="csrf_token" type="hidden" value="([^"]+)"',
                                           warned)[1]})
    assert 'class="page-image"' in client.get("/review/INQ800001").get_data(as_text=True)
    _post(client, "/review/INQ800001/start", "INQ800001", revision=revision(app, document_id))
    with app.app_context():
        from inquiry.models import Page

        text = db.session.scalar(select(Page.text).where(Page.document_id == document_id))
    start = text.index("PC Jones")
    added = _post(client, "/review/INQ800001/add-text", "INQ800001", page=1, start=start,
                  end=start + 8, code="PD", revision=revision(app, document_id))
    assert added.status_code == 303
    page = client.get("/review/INQ800001").get_data(as_text=True)
    assert "Redact “PC Jones” everywhere" in page
    bad = _post(client, "/review/INQ800001/add-text", "INQ800001", page=1, start=5000,
                end=5010, code="PD", revision=revision(app, document_id))
    assert "not within the text" in client.get(bad.headers["Location"]).get_data(as_text=True)
    png = client.get("/review/INQ800001/pages/1/preview.png")
    original = client.get("/documents/INQ800001/pages/1.png")
    assert png.status_code == 200 and png.mimetype == "image/png"
    assert png.data != original.data
    assert client.get("/review/INQ800001/pages/9/preview.png").status_code == 404


def test_review_pages_need_the_permission(signed_in):
    counsel = signed_in("counsel")
    for path in ("/review/", "/review/INQ800001"):
        assert counsel.get(path).status_code == 403


def test_published_list_and_download(app, client, reviewers, tmp_path):

    maker, checker = reviewers
    document_id, _ids = review_document(app, tmp_path)
    _reviewed_and_approved(app, document_id, maker, checker)
    with app.app_context():
        publication_id = _publish(app, document_id, checker).id
    assert sign_in(client, checker).status_code == 302
    listing = client.get("/publications/").get_data(as_text=True)
    assert "INQ800001" in listing and "PD 2, VA 2" in listing and "Withdraw…" in listing
    download = client.get(f"/publications/{publication_id}/file")
    assert download.status_code == 200 and download.data.startswith(b"%PDF")
    assert b"Kayleigh" not in download.data
    with app.app_context():
        assert "publication.download" in set(db.session.scalars(select(AuditEntry.action)))


def test_publications_of_a_restricted_document_only_with_a_grant(app, reviewers, tmp_path,
                                                                   make_user):
    """The list, the file and its name are as invisible as the document itself."""
    from inquiry.models import User
    from inquiry.services import access

    maker, checker = reviewers
    document_id, _ids = review_document(app, tmp_path)
    with app.app_context():
        for account in (maker, checker):
            access.grant(db.session.get(Document, document_id),
                         db.session.get(User, account.id), _actor(checker))
        document = db.session.get(Document, document_id)
        document.restricted = True
        db.session.commit()
    _reviewed_and_approved(app, document_id, maker, checker)
    with app.app_context():
        publication_id = _publish(app, document_id, checker).id
    outsider, insider = make_user("counsel"), make_user("counsel")
    with app.app_context():
        access.grant(db.session.get(Document, document_id), db.session.get(User, insider.id),
                     _actor(checker))
    for account, allowed in ((outsider, False), (insider, True)):
        client = app.test_client()
        assert sign_in(client, account).status_code == 302
        listing = client.get("/publications/").get_data(as_text=True)
        assert ("INQ800001" in listing) is allowed
        download = client.get(f"/publications/{publication_id}/file")
        assert download.status_code == (200 if allowed else 404)
        assert (download.data.startswith(b"%PDF")) is allowed
