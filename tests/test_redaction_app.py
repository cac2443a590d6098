"""The redaction engine wired into the app: register and keep list pages, tagging in the
workers, and the `inquiry redact` commands."""

from __future__ import annotations

import io
import json
import re

import pytest
from sqlalchemy import func, select

from inquiry.cli import main
from inquiry.extensions import db
from inquiry.models import AuditEntry, Document, KeepName, Mention, Proposal, ProtectedPerson
from tests import pdfs
from tests.conftest import csrf_token, sign_in, wait_for

GOOD_CSV = ("cipher,full_name,aliases,date_of_birth\n"
            "C-01,Kayleigh Smith,Kay|Kaz,2001-04-03\n"
            "C-02,Amira Hussain,,14/02/2003\n")


def _count(app, model) -> int:  # noqa: ANN001
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def _post_import(client, content: str, name: str = "register.csv"):  # noqa: ANN001, ANN202
    return client.post("/registers/persons", data={
        "import-csrf_token": csrf_token(client, "/registers/persons"),
        "import-file": (io.BytesIO(content.encode()), name), "import-submit": "Import"},
        content_type="multipart/form-data")


def test_register_import_all_or_nothing(app, signed_in):
    client = signed_in("reviewer")
    cases = [
        ("cipher,full_name\nC-1,A B\n",
         "register.csv:1: missing column(s): aliases, date_of_birth"),
        (GOOD_CSV + "C-01,Someone Else,,\n", "register.csv:4: duplicate cipher &#39;C-01&#39;"),
        (GOOD_CSV + "C-03,Bad Date,,31/31/2001\n", "register.csv:4: bad date_of_birth"),
    ]
    for content, message in cases:
        response = _post_import(client, content)
        assert response.status_code == 400
        assert message in response.get_data(as_text=True)
    assert _count(app, ProtectedPerson) == 0
    response = _post_import(client, GOOD_CSV)
    assert response.status_code == 302
    assert _count(app, ProtectedPerson) == 2
    again = _post_import(client, GOOD_CSV)  # the same ciphers again: refused whole
    assert again.status_code == 400
    assert "C-01 is already in the register" in again.get_data(as_text=True)
    assert _count(app, ProtectedPerson) == 2
    page = client.get("/registers/persons").get_data(as_text=True)
    assert "Kayleigh Smith" in page and "Kay, Kaz" in page
    with app.app_context():
        actions = set(db.session.scalars(select(AuditEntry.action)))
    assert {"register.import", "register.view"} <= actions


def test_register_add_and_remove_person(app, signed_in):
    client = signed_in("admin")
    token = csrf_token(client, "/registers/persons")
    data = {"person-csrf_token": token, "person-cipher": "C-9", "person-full_name": "Jo Bloggs",
            "person-aliases": "JoJo", "person-submit": "Add"}
    assert client.post("/registers/persons", data=data).status_code == 302
    duplicate = client.post("/registers/persons", data=data)
    assert duplicate.status_code == 400 and "already in use" in duplicate.get_data(as_text=True)
    blank = client.post("/registers/persons", data=data | {"person-cipher": ""})
    assert blank.status_code == 400
    with app.app_context():
        person_id = db.session.scalar(select(ProtectedPerson.id))

    def remove(c, step: str, reason: str = ""):  # noqa: ANN001, ANN202
        return c.post(f"/registers/persons/{person_id}/remove", data={
            "csrf_token": csrf_token(c, "/registers/persons"), "step": step, "reason": reason},
            follow_redirects=True).get_data(as_text=True)

    # removal takes two people: one asks, with a reason; until another confirms, the person
    # stays on the register
    assert "Say why" in remove(client, "request")
    assert "second person must confirm" in remove(client, "request", "Added in error: not a "
                                                  "complainant")
    assert "takes two people" in remove(client, "confirm")
    assert _count(app, ProtectedPerson) == 1
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    second = signed_in("reviewer")
    page = second.get("/registers/persons").get_data(as_text=True)
    assert "Added in error" in page and "Confirm removal" in page
    assert "C-9 was removed" in remove(second, "confirm")
    assert _count(app, ProtectedPerson) == 0
    with app.app_context():
        actions = list(db.session.scalars(select(AuditEntry.action)))
    assert actions.index("register.removal_requested") < actions.index("register.remove")


def test_keep_list_save_import_and_empty_warning(app, signed_in):
    client = signed_in("reviewer")
    token = csrf_token(client, "/registers/keep")
    response = client.post("/registers/keep", data={
        "csrf_token": token, "names": "Jess Phillips\n# a comment\n\nSarah Champion\n"})
    assert response.status_code == 302 and _count(app, KeepName) == 2
    response = client.post("/registers/keep", data={
        "csrf_token": token, "names": "", "file": (io.BytesIO(b"# nobody\n"), "keep.txt")},
        content_type="multipart/form-data", follow_redirects=True)
    assert "keep list is empty" in response.get_data(as_text=True)
    assert _count(app, KeepName) == 0


@pytest.mark.services
def test_workers_tag_documents_and_propose_with_ciphers(app, signed_in, worker, tmp_path):
    client = signed_in("reviewer", "clerk")
    assert _post_import(client, GOOD_CSV).status_code == 302
    pdf = pdfs.text_pdf(tmp_path, [
        "Statement of Kayleigh Smith, dated 3 March 2021.",
        "Kay told DC Tom Walker of South Yorkshire Police about the taxi.",
        "Her mobile number is 07700 900123 and she lives in Rotherham."], name="s.pdf")
    response = client.post("/documents/upload", data={
        "provider": "South Yorkshire Police", "document_type": "witness_statement",
        "csrf_token": csrf_token(client, "/documents/upload"),
        "files": [(io.BytesIO(pdf.read_bytes()), "s.pdf")]}, content_type="multipart/form-data")
    urn = re.search(r"(INQ\d{6})", response.get_data(as_text=True))[1]

    def ready() -> bool:
        with app.app_context():
            return db.session.scalar(select(Document.status).where(Document.urn == urn)) == "ready"

    wait_for(ready, timeout=120)
    with app.app_context():
        document = db.session.scalar(select(Document).where(Document.urn == urn))
        proposals = db.session.scalars(select(Proposal).where(
            Proposal.document_id == document.id)).all()
        kinds = {m.kind for m in db.session.scalars(select(Mention).where(
            Mention.document_id == document.id))}
        events = [e.stage for e in document.events]
    labelled = {(p.text, p.code, p.label) for p in proposals}
    assert ("Kayleigh Smith", "VA", "C-01") in labelled
    assert ("Kay", "VA", "C-01") in labelled
    assert any(p.text.replace(" ", "") == "07700900123" and p.code == "PD" for p in proposals)
    assert any("Tom Walker" in p.text for p in proposals)
    assert not any("Rotherham" in p.text or "Police" in p.text for p in proposals)
    assert {"person", "place", "agency"} <= kinds
    assert "tagged" in events


def test_cli_redact_propose_and_auto(runner, tmp_path):
    register = tmp_path / "register.csv"
    register.write_text(GOOD_CSV)
    pdf = pdfs.text_pdf(tmp_path, ["Kayleigh Smith met Amira at the park.",
                                   "Call 07700 900123 for details."], name="in.pdf")
    result = runner.invoke(main, ["redact", "propose", str(pdf), "--register", str(register)])
    assert result.exit_code == 0, result.output
    proposals = json.loads(result.output)["proposals"]
    assert {"C-01", "C-02"} <= {p["label"] for p in proposals}
    out = tmp_path / "out.pdf"
    result = runner.invoke(main, ["redact", "auto", str(pdf), str(out), "--register",
                                  str(register)])
    assert result.exit_code == 0, result.output
    assert "Verification passed" in result.output and f"Written: {out}" in result.output
    assert out.exists()
    text = __import__("subprocess").run(["pdftotext", str(out), "-"], capture_output=True,
                                        text=True).stdout
    assert "Kayleigh" not in text and "Amira" not in text and "900123" not in text


def test_cli_redact_auto_writes_when_dates_numbers_and_words_recur(runner, tmp_path):
    """Every proposal right, and the page full of the months, years, numbers and ordinary
    words that a redacted date of birth or phrase is made of: verification passes."""
    register = tmp_path / "register.csv"
    register.write_text("cipher,full_name,aliases,date_of_birth\n"
                        "C-09,Hope Brannigan,,2010-03-12\n")
    pdf = pdfs.text_pdf(tmp_path, [
        "Statement of Hope Brannigan, date of birth 12/03/2010.",
        "On 12 March 2016 I was with my mum. In March 2010 we moved to Leeds.",
        "I hope it stops. The 2010 report was read in March. Case ref 4471.",
        "Hope said her mum rang the school at 10 in the morning."], name="in.pdf")
    out = tmp_path / "out.pdf"
    result = runner.invoke(main, ["redact", "auto", str(pdf), str(out), "--register",
                                  str(register)])
    assert result.exit_code == 0, result.output
    assert out.exists()
    text = __import__("subprocess").run(["pdftotext", str(out), "-"], capture_output=True,
                                        text=True).stdout
    assert "Brannigan" not in text and "12/03/2010" not in text
    assert "12 March 2016" in text and "March 2010" in text and "I hope it stops" in text


def test_cli_redact_bad_input_names_the_file_and_writes_nothing(runner, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("cipher,full_name,aliases,date_of_birth\nC-1,A B,,not-a-date\n")
    pdf = pdfs.text_pdf(tmp_path, ["Some text."], name="in.pdf")
    out = tmp_path / "out.pdf"
    result = runner.invoke(main, ["redact", "auto", str(pdf), str(out), "--register", str(bad)])
    assert result.exit_code == 1 and "bad.csv:2: bad date_of_birth" in result.output
    locked = pdfs.encrypted_pdf(tmp_path, user_password="pw")
    result = runner.invoke(main, ["redact", "auto", str(locked), str(out)])
    assert result.exit_code == 1 and "password" in result.output.lower()
    assert not out.exists()


@pytest.mark.services
def test_a_string_redacted_once_is_proposed_everywhere(app, signed_in, make_user, worker,
                                                         tmp_path):
    """Issue 14: "redact everywhere" acts at once in its own document only, records the
    string and the reason, needs a second reviewer for the corpus, and then counts and
    re-tags only documents that reviewer may see; the text is literal, not a LIKE pattern."""
    from inquiry.models import RedactedString, User
    from inquiry.services.actor import Actor
    from inquiry.services.propagation import documents_containing

    clerk = signed_in("clerk")
    urns = []
    lines = [("They met behind the larkspur shed that night.", False),
             ("The larkspur shed was locked.", False),
             ("A larkspur shed again, in the restricted file.", True),
             ("Nothing relevant here.", False)]
    for i, (line, restricted) in enumerate(lines):
        pdf = pdfs.text_pdf(tmp_path, [line], name=f"p{i}.pdf")
        data = {"provider": "Council", "document_type": "report",
                "csrf_token": csrf_token(clerk, "/documents/upload"),
                "files": [(io.BytesIO(pdf.read_bytes()), f"p{i}.pdf")]}
        if restricted:
            data["restricted"] = "y"
        html = clerk.post("/documents/upload", data=data,
                          content_type="multipart/form-data").get_data(as_text=True)
        urns.append(re.search(r"(INQ\d{6})", html)[1])

    def statuses() -> set[str]:
        with app.app_context():
            return set(db.session.scalars(select(Document.status)))

    wait_for(lambda: statuses() == {"ready"}, timeout=120)

    def propagated() -> dict[str, int]:
        with app.app_context():
            return dict(db.session.execute(
                select(Document.urn, func.count()).join(Proposal, Proposal.document_id
                                                        == Document.id)
                .where(Proposal.text == "larkspur", Proposal.source.like("%propagat%"))
                .group_by(Document.urn)).tuples().all())

    first, second = app.test_client(), app.test_client()
    a, b = make_user("reviewer"), make_user("reviewer")
    assert sign_in(first, a).status_code == 302 and sign_in(second, b).status_code == 302
    page = f"/review/{urns[0]}"
    token = csrf_token(first, page)
    for text, reason, problem in [("lar", "a nickname", "at least 4 characters"),
                                  ("larkspur", "", "reason")]:
        response = first.post(f"{page}/propagate", data={
            "text": text, "code": "PD", "label": "PD", "reason": reason, "revision": 0,
            "csrf_token": token})
        assert response.status_code == 303
        assert problem in first.get(page).get_data(as_text=True)
    response = first.post(f"{page}/propagate", data={
        "text": "larkspur", "code": "PD", "label": "PD", "reason": "names the place of the abuse",
        "revision": 0, "csrf_token": token}, headers={"Accept": "application/json"})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert "second reviewer must confirm" in response.json["message"]
    wait_for(lambda: propagated() == {urns[0]: 1}, timeout=60)
    with app.app_context():
        string = db.session.scalar(select(RedactedString))
        assert string.status == "pending" and string.reason == "names the place of the abuse"
        entry = db.session.scalar(select(AuditEntry).where(
            AuditEntry.action == "redaction.propagate_requested"))
        assert '"text":"larkspur"' in entry.details and "place of the abuse" in entry.details
        reviewer_b = db.session.get(User, b.id)
        actor_b = Actor(reviewer_b.id, reviewer_b.email)
        doc_ids = dict(db.session.execute(select(Document.urn, Document.id)).tuples().all())
        # literal text: wildcards match nothing; the restricted document is never a candidate
        assert set(documents_containing("larkspur", actor_b)) == {doc_ids[urns[0]],
                                                                  doc_ids[urns[1]]}
        assert documents_containing("lark%pur", actor_b) == []
        assert documents_containing("lark_pur", actor_b) == []
        string_id = string.id
    # the one who asked can't confirm
    strings_page = first.get("/review/strings").get_data(as_text=True)
    assert "larkspur" in strings_page and "Waiting for another reviewer" in strings_page
    first.post(f"/review/strings/{string_id}/confirm",
               data={"csrf_token": csrf_token(first, "/review/strings")})
    assert "A second reviewer must confirm" in first.get("/review/strings").get_data(as_text=True)
    response = second.post(f"/review/strings/{string_id}/confirm",
                           data={"csrf_token": csrf_token(second, "/review/strings")})
    assert response.status_code == 303
    message = second.get("/review/strings").get_data(as_text=True)
    assert "1 other document(s) you can see" in message  # not the restricted one
    wait_for(lambda: propagated() == {urns[0]: 1, urns[1]: 1}, timeout=60)
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).where(
            AuditEntry.action == "redaction.propagate_confirmed"))
        assert '"text":"larkspur"' in entry.details and '"documents":1' in entry.details
    later = pdfs.text_pdf(tmp_path, ["larkspur came back in March."], name="later.pdf")
    clerk.post("/documents/upload", data={
        "provider": "Council", "document_type": "report",
        "csrf_token": csrf_token(clerk, "/documents/upload"),
        "files": [(io.BytesIO(later.read_bytes()), "later.pdf")]},
        content_type="multipart/form-data")
    wait_for(lambda: statuses() == {"ready"} and len(propagated()) == 3, timeout=120)
    assert urns[2] not in propagated()


@pytest.mark.services
def test_tagging_in_windows_matches_tagging_whole(app, signed_in, worker, tmp_path):
    """Bounded-memory tagging (page windows) proposes what whole-document tagging does."""
    from inquiry.services.tagging import tag_document

    client = signed_in("clerk")
    pdf = pdfs.pages_pdf(tmp_path, [["Statement of Dwayne Okonkwo about the night."],
                                    ["Later that week Okonkwo went back to the flat."],
                                    ["The officer asked whether Okonkwo had a car."]])
    html = client.post("/documents/upload", data={
        "provider": "Council", "document_type": "report",
        "csrf_token": csrf_token(client, "/documents/upload"),
        "files": [(io.BytesIO(pdf.read_bytes()), "w.pdf")]},
        content_type="multipart/form-data").get_data(as_text=True)
    urn = re.search(r"(INQ\d{6})", html)[1]

    def status() -> str:
        with app.app_context():
            return db.session.scalar(select(Document.status).where(Document.urn == urn))

    wait_for(lambda: status() == "ready", timeout=60)

    def proposed(window: int) -> set[tuple[int, str]]:
        with app.app_context():
            document = db.session.scalar(select(Document).where(Document.urn == urn))
            tag_document(document, window=window)
            db.session.commit()
            return {(p.page, p.text) for p in db.session.scalars(
                select(Proposal).where(Proposal.document_id == document.id))}

    whole, windowed = proposed(200), proposed(1)
    assert {1, 2, 3} <= {page for page, _ in windowed}
    assert whole == windowed
