"""The two-person rule and the publication gate against an insider: a second account made
or reset by the reviewer, edits that count as decisions, changes after approval, strings
redacted across the inquiry, and register removals by one person."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models import Document, Proposal, Publication, RedactedString
from tests.conftest import sign_in
from tests.review_fixtures import review_document, revision

pytestmark = [pytest.mark.services, pytest.mark.usefixtures("fresh_search_and_store")]


def _actor(account):  # noqa: ANN001, ANN202
    from inquiry.services.actor import Actor

    return Actor(account.id, account.email)


def _step(app, document_id: int, action: str, account, **kw) -> None:  # noqa: ANN001
    from inquiry.services import review

    with app.app_context():
        review.transition(document_id, action, _actor(account),
                          expected_revision=revision(app, document_id), **kw)


def _decide_all(app, document_id: int, account) -> None:  # noqa: ANN001
    from inquiry.services import decisions

    with app.app_context():
        for code in ("VA", "PD"):
            decisions.decide(document_id, _actor(account), status="accepted", code=code,
                             expected_revision=revision(app, document_id))


def _submitted(app, tmp_path, maker) -> int:  # noqa: ANN001
    document_id, _ids = review_document(app, tmp_path)
    _step(app, document_id, "start", maker)
    _decide_all(app, document_id, maker)
    _step(app, document_id, "submit", maker)
    return document_id


def _refused(app, document_id: int, account, words: str) -> None:  # noqa: ANN001
    from inquiry.services.review import ReviewError

    with pytest.raises(ReviewError, match=words):
        _step(app, document_id, "approve", account)
    with app.app_context():
        assert db.session.get(Document, document_id).review_status == "reviewed"


def test_an_account_the_reviewer_made_cannot_approve_their_review(app, tmp_path, make_user):
    """An admin who also reviews makes a second account and approves with it: refused."""
    from inquiry.services import users

    admin = make_user("admin", "reviewer")
    with app.app_context():
        made = users.create_user("second@example.org", {"reviewer"}, _actor(admin),
                                 password="a long and unusual pass phrase 42").user
        second = type(admin)(made.id, made.email, "", ("reviewer",))
    document_id = _submitted(app, tmp_path, admin)
    _refused(app, document_id, second, "do not count as two people")


def test_an_account_the_reviewer_reset_cannot_approve_their_review(app, tmp_path, make_user):
    from inquiry.models import User
    from inquiry.services import users

    admin, other = make_user("admin", "reviewer"), make_user("reviewer")
    with app.app_context():
        users.reset_password(db.session.get(User, other.id), _actor(admin))
    document_id = _submitted(app, tmp_path, admin)
    _refused(app, document_id, other, "do not count as two people")
    independent = make_user("reviewer")
    _step(app, document_id, "approve", independent)


def test_editing_a_proposal_counts_as_deciding(app, tmp_path, make_user):
    from inquiry.services import decisions

    maker, editor = make_user("reviewer"), make_user("reviewer")
    document_id, ids = review_document(app, tmp_path)
    _step(app, document_id, "start", maker)
    with app.app_context():
        decisions.relabel(document_id, _actor(editor), ids["suspect"],
                          expected_revision=revision(app, document_id), label="S1")
    _decide_all(app, document_id, maker)
    _step(app, document_id, "submit", maker)
    _refused(app, document_id, editor, "made redaction decisions")


def test_the_approve_button_is_not_offered_to_whoever_may_not_approve(app, client, tmp_path,
                                                                       make_user):
    maker = make_user("reviewer")
    _submitted(app, tmp_path, maker)
    assert sign_in(client, maker).status_code == 302
    page = client.get("/review/INQ800001").get_data(as_text=True)
    assert ">Approve</button>" not in page and "a second reviewer must approve" in page
    other = app.test_client()
    assert sign_in(other, make_user("reviewer")).status_code == 302
    assert ">Approve</button>" in other.get("/review/INQ800001").get_data(as_text=True)


def test_a_change_after_approval_stops_publication_and_goes_back_to_review(app, tmp_path,
                                                                            make_user):
    """A proposal added after approval (re-tagging, propagation) is not covered by it."""
    from inquiry.services import publishing

    maker, checker = make_user("reviewer"), make_user("reviewer")
    document_id = _submitted(app, tmp_path, maker)
    _step(app, document_id, "approve", checker)
    with app.app_context():
        db.session.add(Proposal(document_id=document_id, page=1, start=0, end=9,
                                text="Statement", boxes=json.dumps([[72, 60, 130, 72]]),
                                code="PD", label="PD", source="propagated", confidence=1.0,
                                kind="person", status="proposed"))
        db.session.commit()
    _step(app, document_id, "publish", checker)
    with app.app_context():
        with pytest.raises(publishing.PublicationFailed, match="changed after approval"):
            publishing.publish_now(document_id, _actor(checker))
        document = db.session.get(Document, document_id)
        assert document.review_status == "returned" and document.approved_by_id is None
        assert db.session.scalar(select(Publication.id)) is None


def test_re_tagging_after_approval_reopens_the_review_with_a_note(app, tmp_path, make_user):
    """A register change re-tags the document; new proposals send it back to review."""
    from datetime import date

    from inquiry.services import processing, registers, review

    maker, checker = make_user("reviewer"), make_user("reviewer")
    document_id = _submitted(app, tmp_path, maker)
    _step(app, document_id, "approve", checker)
    with app.app_context():
        registers.add_person("C-77", "Rotherham Statement", [], date(2001, 1, 1),
                             _actor(checker))
        assert processing.retag(document_id) > 0
        document = db.session.get(Document, document_id)
        assert document.review_status == "returned"
        note = review.history(document_id)[-1]
        assert note.action == "reopen" and "new proposal(s) to decide" in note.comment


def test_a_string_redacted_everywhere_is_checked_at_publication(app, tmp_path, make_user):
    """'Redact everywhere' after approval, without a re-tag: verification is given the
    corpus-wide strings, finds it readable, and it comes back as a proposal."""
    from inquiry.services import publishing

    maker, checker = make_user("reviewer"), make_user("reviewer")
    document_id = _submitted(app, tmp_path, maker)
    _step(app, document_id, "approve", checker)
    with app.app_context():
        db.session.add(RedactedString(text="takeaway", code="IS", label="IS",
                                      created_by_id=maker.id))
        db.session.commit()
    _step(app, document_id, "publish", checker)
    with app.app_context():
        with pytest.raises(publishing.PublicationFailed):
            publishing.publish_now(document_id, _actor(checker))
        added = db.session.scalars(select(Proposal).where(
            Proposal.document_id == document_id, Proposal.source == "verification")).all()
        assert [(p.text, p.code) for p in added] == [("takeaway", "IS")]
        assert db.session.get(Document, document_id).review_status == "returned"
