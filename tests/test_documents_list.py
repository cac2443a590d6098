"""The documents list, progress, bulk titles and the failures page, on documents made
directly in the database (no worker needed): what each user sees is what they may see."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models import AuditEntry, Document
from inquiry.models.access import DocumentGrant
from inquiry.models.document import Batch, IntakeProblem, Page
from tests.conftest import csrf_token, sign_in


def _other(app, account):  # noqa: ANN001, ANN202 - a second browser, signed in as account
    other = app.test_client()
    assert sign_in(other, account).status_code == 302
    return other


def _make(app, owner_id: int | None = None, **batches: list[dict]) -> dict[str, str]:
    """Batches of documents: {batch label: [document fields]} -> {filename: URN}."""
    urns = {}
    with app.app_context():
        for label, docs in batches.items():
            batch = Batch(source="upload", label=label, created_by_id=owner_id)
            db.session.add(batch)
            db.session.flush()
            for fields in docs:
                name = fields.pop("filename")
                refused = fields.pop("refused", None)
                if refused:
                    db.session.add(IntakeProblem(batch_id=batch.id, filename=name,
                                                 kind="refused", reason=refused))
                    continue
                document = Document(batch_id=batch.id, sha256=f"{len(urns):064x}", filename=name,
                                    size_bytes=100, **{"page_count": 1} | fields)
                db.session.add(document)
                db.session.flush()
                document.urn = f"INQ{document.id:06d}"
                urns[name] = document.urn
                if document.restricted and owner_id:
                    db.session.add(DocumentGrant(document_id=document.id, user_id=owner_id,
                                                 granted_by_id=owner_id))
        db.session.commit()
    return urns


def test_list_filters_sorts_pages_and_hides_restricted(app, signed_in, make_user):
    owner = make_user("clerk")
    urns = _make(app, owner.id, police=[
        {"filename": "b_statement.pdf", "provider": "South Yorkshire Police",
         "document_type": "witness_statement", "status": "ready",
         "received_date": date(2024, 1, 5)},
        {"filename": "a_minutes.pdf", "provider": "South Yorkshire Police",
         "document_type": "minutes", "status": "ocr", "page_count": 12, "pages_done": 12,
         "received_date": date(2024, 2, 5)},
    ], council=[
        {"filename": "secret.pdf", "provider": "Hidden Council", "restricted": True,
         "status": "ready"},
    ], avon=[
        {"filename": "c_letter.pdf", "provider": "Avon and Somerset Police",
         "document_type": "letter", "status": "failed", "failure_stage": "extracting",
         "failure_reason": "Elasticsearch was unavailable", "received_date": date(2023, 12, 1)},
    ])
    with app.app_context():  # 9 of the 12 pages of the minutes still wait for OCR
        document = db.session.scalar(select(Document).where(Document.urn == urns["a_minutes.pdf"]))
        db.session.add_all(Page(document_id=document.id, number=n, width=1, height=1,
                                words_sha256="0" * 64, needs_ocr=n > 3) for n in range(1, 13))
        db.session.commit()
    client = signed_in("clerk")
    html = client.get("/documents/").get_data(as_text=True)
    assert "b statement" in html and "a minutes" in html  # titled by file name at first
    assert "Reading text (OCR) 3 of 12 pages" in html and "Ocr" not in html
    assert "secret" not in html and "Hidden Council" not in html and urns["secret.pdf"] not in html
    by_title = client.get("/documents/?sort=title&dir=asc").get_data(as_text=True)
    assert by_title.index("a minutes") < by_title.index("b statement")
    received = client.get("/documents/?sort=received&dir=desc").get_data(as_text=True)
    assert received.index("a minutes") < received.index("b statement")
    only = client.get("/documents/?type=minutes").get_data(as_text=True)
    assert "a minutes" in only and "b statement" not in only
    assert "b statement" not in client.get("/documents/?status=ocr").get_data(as_text=True)
    by_provider = client.get("/documents/?sort=provider&dir=asc").get_data(as_text=True)
    assert by_provider.index("c letter") < by_provider.index("b statement")
    by_status = client.get("/documents/?sort=status&dir=asc").get_data(as_text=True)
    assert by_status.index("c letter") < by_status.index("a minutes") < by_status.index(
        "b statement")  # failed, ocr, ready
    by_urn = client.get("/documents/?sort=urn&dir=desc").get_data(as_text=True)
    assert by_urn.index("c letter") < by_urn.index("a minutes") < by_urn.index("b statement")
    avon = client.get("/documents/?provider=Avon+and+Somerset+Police").get_data(as_text=True)
    assert "c letter" in avon and "b statement" not in avon and "a minutes" not in avon
    with app.app_context():
        police = db.session.scalar(select(Batch.id).where(Batch.label == "police"))
    batch = client.get(f"/documents/?batch={police}").get_data(as_text=True)
    assert "a minutes" in batch and "b statement" in batch and "c letter" not in batch
    unrestricted = client.get("/documents/?restricted=no").get_data(as_text=True)
    assert "a minutes" in unrestricted and "c letter" in unrestricted
    paged = client.get("/documents/?per_page=1&page=2&sort=urn&dir=asc").get_data(as_text=True)
    assert "a minutes" in paged and "b statement" not in paged and "Page 2 of 3" in paged
    for bad in ("?status=nonsense", "?sort=password", "?page=x", "?batch=abc", "?restricted=maybe"):
        response = client.get(f"/documents/{bad}")
        assert response.status_code == 400, bad
        assert "error" in response.get_data(as_text=True)
    # the owner, granted the restricted document, sees it and can filter by it
    own = _other(app, owner)
    mine = own.get("/documents/?restricted=yes").get_data(as_text=True)
    assert urns["secret.pdf"] in mine and "b statement" not in mine


def test_progress_json_answers_only_for_visible_documents(app, signed_in, make_user):
    owner = make_user("clerk")
    urns = _make(app, owner.id, one=[
        {"filename": "open.pdf", "status": "extracting", "page_count": 10, "pages_done": 4},
        {"filename": "closed.pdf", "status": "extracting", "restricted": True},
    ])
    client = signed_in("clerk")
    with app.app_context():
        batch_id = db.session.scalar(select(Batch.id))
    data = client.get(f"/documents/progress.json?urn={urns['open.pdf']}&urn={urns['closed.pdf']}"
                      f"&batch={batch_id}").json
    assert list(data["documents"]) == [urns["open.pdf"]]
    assert data["documents"][urns["open.pdf"]]["words"] == "Reading text 4 of 10 pages"
    assert data["documents"][urns["open.pdf"]]["done"] == 4
    assert data["batches"][0]["documents"] == 1 and data["batches"][0]["total"] == 10
    assert client.get("/documents/progress.json?batch=x").status_code == 400
    assert _other(app, make_user("admin")).get("/documents/progress.json").status_code == 403


def test_clerk_sets_titles_in_bulk_with_csrf_and_audit(app, signed_in, make_user):
    owner = make_user("clerk")
    urns = _make(app, owner.id, one=[{"filename": "doc1.pdf", "status": "ready"},
                                     {"filename": "doc2.pdf", "status": "ready"},
                                     {"filename": "hidden.pdf", "status": "ready",
                                      "restricted": True}])
    client = signed_in("clerk")
    a, b, hidden = urns["doc1.pdf"], urns["doc2.pdf"], urns["hidden.pdf"]
    form = client.get(f"/documents/titles?urn={a}&urn={b}&urn={hidden}").get_data(as_text=True)
    assert f'name="title-{a}"' in form and f'name="title-{hidden}"' not in form
    token = csrf_token(client, f"/documents/titles?urn={a}")
    assert client.post("/documents/titles", data={f"title-{a}": "x"}).status_code == 400  # no CSRF
    response = client.post("/documents/titles", data={
        "csrf_token": token, f"title-{a}": "Statement of the first witness",
        f"title-{b}": "   ", f"title-{hidden}": "Guessed"})
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert "cannot be empty" in text and "no such document" in text
    with app.app_context():
        titles = dict(db.session.execute(select(Document.urn, Document.title)).all())
        actions = list(db.session.scalars(select(AuditEntry.target_id).where(
            AuditEntry.action == "document.title")))
        source = db.session.scalar(select(Document.title_source).where(Document.urn == a))
    assert titles[a] == "Statement of the first witness" and titles[b] == "doc2"
    assert titles[hidden] == "hidden" and actions == [a] and source == "clerk"
    assert _other(app, make_user("counsel")).get(f"/documents/titles?urn={a}").status_code == 403


def test_failures_page_by_kind_and_by_what_the_clerk_may_see(app, signed_in, make_user):
    owner = make_user("clerk")
    urns = _make(app, owner.id, mine=[
        {"filename": "damaged.pdf", "status": "failed", "failure_stage": "validation",
         "failure_reason": "The PDF is damaged and cannot be read (xref not found)."},
        {"filename": "flaky.pdf", "status": "failed", "failure_stage": "indexing",
         "failure_reason": "Connection refused " + "and a very long explanation " * 10},
        {"filename": "locked.pdf", "status": "password_required",
         "failure_reason": "Password required"},
        {"filename": "notes.txt", "refused": "This is a text file, not a PDF."},
    ], private=[
        {"filename": "hidden-fail.pdf", "status": "failed", "restricted": True,
         "failure_stage": "extracting", "failure_reason": "boom"},
    ])
    _make(app, None, someone_else=[{"filename": "their-photo.png",
                                    "refused": "a PNG image, not a PDF"}])
    client = signed_in("clerk")
    html = client.get("/documents/failed").get_data(as_text=True)
    assert "damaged.pdf" in html and "Ask the provider for a fresh copy" in html
    assert html.count(">Retry<") == 1  # only the transient failure
    assert "<details" in html  # the long reason folds away
    assert "locked.pdf" in html and f'action="/documents/{urns["locked.pdf"]}/password"' in html
    assert "notes.txt" in html and "their-photo.png" not in html
    assert "hidden-fail.pdf" not in html
    token = csrf_token(client, "/documents/failed")
    refused = client.post(f"/documents/{urns['damaged.pdf']}/retry", data={"csrf_token": token})
    assert refused.status_code == 303
    assert "cannot succeed on another attempt" in client.get("/documents/failed").get_data(
        as_text=True)
    with app.app_context():
        assert db.session.scalar(select(Document.status).where(
            Document.urn == urns["damaged.pdf"])) == "failed"
    own = _other(app, owner)
    assert "hidden-fail.pdf" in own.get("/documents/failed").get_data(as_text=True)


@pytest.mark.parametrize("path", ["/documents/batches/{batch}",
                                  "/documents/batches/{batch}/progress.json"])
def test_a_batch_of_restricted_documents_is_not_shown_to_others(app, signed_in, make_user, path):
    owner = make_user("clerk")
    _make(app, owner.id, secret=[{"filename": "s.pdf", "restricted": True, "status": "ready"}])
    with app.app_context():
        batch_id = db.session.scalar(select(Batch.id))
    assert signed_in("clerk").get(path.format(batch=batch_id)).status_code == 404
    own = _other(app, owner)
    response = own.get(path.format(batch=batch_id))
    assert response.status_code == 200 and re.search("INQ", response.get_data(as_text=True))


def test_a_file_over_a_limit_can_be_retried_once_the_limit_is_raised(app, settings, make_user):
    """Over a limit, Retry cannot help, so it is not offered; raise the setting (a web app
    started with the higher figure) and the same failure offers it again."""
    from inquiry.services import failures
    from tests.conftest import make_settings, other_app

    owner = make_user("clerk")
    reasons = {
        "long.pdf": ("validation", "The PDF has 30,000 pages; the limit is 20,000 pages per "
                                   "document (INQUIRY_MAX_PAGES). Ask the provider to send it "
                                   "in parts."),
        "heavy.pdf": ("ocr", "Page 1 could not be read: reading its image ran out of memory "
                             "(limit 1.5 GB). Limits are set by INQUIRY_SANDBOX_MEMORY_MB, "
                             "INQUIRY_PAGE_SECONDS and INQUIRY_MAX_PIXELS."),
        "slow.pdf": ("ocr", "Page 3 could not be read: reading its image took longer than "
                            "60 s. Limits are set by INQUIRY_SANDBOX_MEMORY_MB, "
                            "INQUIRY_PAGE_SECONDS and INQUIRY_MAX_PIXELS."),
        "damaged.pdf": ("validation", "The PDF is damaged and cannot be read."),
    }
    urns = _make(app, owner.id, one=[
        {"filename": name, "status": "failed", "failure_stage": stage, "failure_reason": why}
        for name, (stage, why) in reasons.items()])

    def retryable(which) -> dict[str, bool]:  # noqa: ANN001
        with which.app_context():
            docs = db.session.scalars(select(Document)).all()
            return {d.filename: not failures.advice_for(d).permanent for d in docs}

    assert retryable(app) == dict.fromkeys(reasons, False)
    raised = make_settings(settings.var_dir, settings.database_url, max_pages=40_000,
                           sandbox_memory_mb=2048, page_seconds=120,
                           secret_key=settings.secret_key, es_index_prefix=settings.es_index_prefix)
    with other_app(app, raised) as higher:
        assert retryable(higher) == {"long.pdf": True, "heavy.pdf": True, "slow.pdf": True,
                                     "damaged.pdf": False}
        client = higher.test_client()
        assert sign_in(client, owner).status_code == 302
        html = client.get("/documents/failed").get_data(as_text=True)
        assert html.count(">Retry<") == 3 and f'{urns["damaged.pdf"]}/retry' not in html
    barely = make_settings(settings.var_dir, settings.database_url, max_pages=25_000,
                           secret_key=settings.secret_key, es_index_prefix=settings.es_index_prefix)
    with other_app(app, barely) as some:  # raised, but not past what the file needs
        assert not retryable(some)["long.pdf"]
