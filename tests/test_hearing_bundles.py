"""Hearing bundles through the app: counsel order documents and tabs; an issued bundle is
fixed until a re-issue is opened; the re-issue lists the moves; a bundle holding a document
not published is refused whole; restricted documents stay hidden and untouched; the index
and evidence list link to the published files. Database and local store only (SQLite too)."""

from __future__ import annotations

import csv
import io
import json
import posixpath
import subprocess
from datetime import date

import pikepdf
import pytest
from sqlalchemy import func, select

from inquiry.extensions import db
from inquiry.models import AuditEntry, Bundle, BundleEntry, BundleIssue, Document
from tests.hearing_fixtures import post, publish_fake, withdraw


def _audits(app, action: str) -> list[dict]:  # noqa: ANN001
    with app.app_context():
        return [json.loads(d) if d else {} for d in db.session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == action)
            .order_by(AuditEntry.seq))]


def _new_bundle(client, app, reference: str, *tabs: str,  # noqa: ANN001
                stamp_format: str = "bundle_tab_page") -> tuple[str, dict[str, int]]:
    post(client, "/bundles/new", "/bundles/", reference=reference, title="Day 2",
         hearing_date="2026-12-02", stamp_format=stamp_format)
    with app.app_context():
        bundle_id = db.session.scalar(select(Bundle.id).where(Bundle.reference == reference))
    page = f"/bundles/{bundle_id}"
    for title in tabs:
        post(client, f"{page}/tabs", page, title=title)
    with app.app_context():
        ids = {t.title: t.id for t in db.session.get(Bundle, bundle_id).tabs}
    return page, ids


def _order(app, page: str) -> list[tuple[str, list[str]]]:  # noqa: ANN001
    with app.app_context():
        bundle = db.session.get(Bundle, int(page.rsplit("/", 1)[1]))
        return [(t.title, [db.session.get(Document, e.document_id).urn for e in t.entries])
                for t in bundle.tabs]


def _entry(app, urn: str) -> int:  # noqa: ANN001
    with app.app_context():
        return db.session.scalar(select(BundleEntry.id).join(
            Document, Document.id == BundleEntry.document_id).where(Document.urn == urn))


def test_counsel_order_documents_and_tabs_and_a_published_bundle_changes_only_by_reissue(
        app, signed_in):
    client = signed_in("counsel")
    for urn, pages in (("INQ000011", 2), ("INQ000012", 1), ("INQ000013", 1)):
        publish_fake(app, urn, pages)
    page, tabs = _new_bundle(client, app, "B", "Police", "Council")
    for urn, tab in (("INQ000011", "Police"), ("INQ000012", "Police"),
                     ("INQ000013", "Council")):
        post(client, f"{page}/documents", page, tab=tabs[tab], urn=urn)
    text = client.get(page).get_data(as_text=True)
    assert "B/1/1 - B/1/2" in text and "B/1/3 - B/1/3" in text and "B/2/1 - B/2/1" in text

    def move(urn: str, direction: str) -> str:
        return post(client, f"{page}/entries/{_entry(app, urn)}/move", page,
                    direction=direction).text

    assert "Moved up: now tab 1, place 1." in move("INQ000012", "up")
    assert _order(app, page) == [("Police", ["INQ000012", "INQ000011"]),
                                 ("Council", ["INQ000013"])]
    assert _audits(app, "bundle.move_document") == [
        {"urn": "INQ000012", "from": [1, 2], "to": [1, 1]}]
    # bad moves: a message each, nothing changed, nothing audited
    assert "INQ000012 is already first in the bundle." in move("INQ000012", "up")
    assert "Move it up or down." in move("INQ000012", "sideways")
    assert "That document is not in this bundle." in post(
        client, f"{page}/entries/999999/move", page, direction="up").text
    assert client.post(f"{page}/entries/{_entry(app, 'INQ000012')}/move",
                       data={"direction": "down"}).status_code == 400  # no CSRF token
    assert len(_audits(app, "bundle.move_document")) == 1
    assert _order(app, page)[0] == ("Police", ["INQ000012", "INQ000011"])
    # past the foot of its tab a document goes to the top of the next
    assert "now tab 2, place 1" in move("INQ000011", "down")
    assert _order(app, page) == [("Police", ["INQ000012"]),
                                 ("Council", ["INQ000011", "INQ000013"])]
    assert "INQ000013 is already last in the bundle." in move("INQ000013", "down")
    r = post(client, f"{page}/tabs/{tabs['Council']}/move", page, direction="up")
    assert "Tab moved up: it is now tab 1." in r.text
    assert "Tab 1 is already first." in post(client, f"{page}/tabs/{tabs['Council']}/move",
                                             page, direction="up").text
    assert _order(app, page) == [("Council", ["INQ000011", "INQ000013"]),
                                 ("Police", ["INQ000012"])]
    assert _audits(app, "bundle.move_tab") == [{"tab": "Council", "from": 2, "to": 1}]

    assert "issue 1 published: 5 pages" in post(client, f"{page}/publish", page).text
    from inquiry.services import publication_store

    with app.app_context():
        store = publication_store.store()
        manifest = store.get_json("bundles/B/manifest.json")
        stamps = {d["urn"]: d["first_stamp"] for d in manifest["issues"][0]["documents"]}
        assert stamps == {"INQ000011": "B/1/1", "INQ000013": "B/1/3", "INQ000012": "B/2/1"}
        # the index and the evidence list link to files that exist in the store
        prefix = manifest["issues"][0]["prefix"]
        for name in ("index.csv", "evidence-list.csv"):
            with store.open(f"{prefix}/{name}") as fh:
                rows = list(csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")))
            links = [r.get("link") or r.get("published_pdf") for r in rows]
            assert [r["urn"] for r in rows] == ["INQ000011", "INQ000013", "INQ000012"]
            for link in links:
                assert store.exists(posixpath.normpath(posixpath.join(prefix, link)))
        with store.open(f"{prefix}/index.pdf") as fh, pikepdf.open(io.BytesIO(fh.read())) as pdf:
            uris = [str(a.A.URI) for a in pdf.pages[0].obj.Annots]
        assert uris == ["bundle.pdf#page=2", "bundle.pdf#page=4", "bundle.pdf#page=5"]

    # published: every change is refused with the reason, and nothing changes
    locked = client.get(page).get_data(as_text=True)
    assert "Prepare a re-issue" in locked and "Move INQ000012 up" not in locked
    before = _order(app, page)
    for refused in (move("INQ000012", "up"),
                    post(client, f"{page}/tabs/{tabs['Police']}/move", page,
                         direction="up").text,
                    post(client, f"{page}/tabs", page, title="Late").text,
                    post(client, f"{page}/documents", page, tab=tabs["Police"],
                         urn="INQ000099").text,
                    post(client, f"{page}/entries/{_entry(app, 'INQ000013')}/remove",
                         page).text):
        assert "Bundle B is published as issue 1" in refused
        assert "Prepare a re-issue to change them; issue 2 will list every change." in refused
    assert _order(app, page) == before
    # a re-issue, opened on purpose (audited), allows changes and lists them
    assert "Issue 2 is being prepared" in post(client, f"{page}/reissue", page).text
    assert _audits(app, "bundle.reissue_opened") == [{"after_issue": 1}]
    assert "already being prepared" in post(client, f"{page}/reissue", page).text
    move("INQ000012", "up")  # first of tab 2: to the end of tab 1
    move("INQ000013", "up")
    pending = client.get(page).get_data(as_text=True)
    assert "INQ000012 moved from tab 2 to tab 1 (now B/1/4 - B/1/4)." in pending
    r = post(client, f"{page}/publish", page)
    assert "issue 2 published" in r.text
    with app.app_context():
        changes = json.loads(db.session.scalar(select(BundleIssue.changes).where(
            BundleIssue.number == 2)))
    assert "INQ000012 moved from tab 2 to tab 1 (now B/1/4 - B/1/4)." in changes
    assert "INQ000013 now stamped B/1/1 - B/1/1 (was B/1/3 - B/1/3)." in changes
    assert "Tab 1 is now in the order INQ000013, INQ000011, INQ000012." in changes
    assert "Bundle B is published as issue 2" in move("INQ000011", "up")  # locked again


def test_a_bundle_holding_a_document_withdrawn_before_its_first_issue_is_refused_whole(
        app, signed_in):
    client = signed_in("counsel")
    publish_fake(app, "INQ000021", 1)
    publish_fake(app, "INQ000022", 1)
    page, tabs = _new_bundle(client, app, "R", "Police", stamp_format="urn_page")
    for urn in ("INQ000021", "INQ000022"):
        post(client, f"{page}/documents", page, tab=tabs["Police"], urn=urn)
    withdraw(app, "INQ000022")
    assert "Not published: remove it or publish it first" in client.get(page).get_data(
        as_text=True)
    refused = post(client, f"{page}/publish", page).text
    assert ("Not published, so it cannot enter a published bundle: INQ000022. Remove it from "
            "the bundle or publish it first; nothing was published.") in refused
    from inquiry.services import publication_store

    with app.app_context():
        assert db.session.scalar(select(func.count(BundleIssue.id))) == 0
        assert not db.session.scalar(select(Bundle.locked).where(Bundle.reference == "R"))
        assert publication_store.store().get_json("bundles/R/manifest.json") is None
        assert not publication_store.store().exists("bundles/R/issue-1/bundle.pdf")
    assert _audits(app, "bundle.publish") == []
    post(client, f"{page}/entries/{_entry(app, 'INQ000022')}/remove", page)
    assert "issue 1 published: 2 pages" in post(client, f"{page}/publish", page).text
    built = client.get(f"{page}/issues/1/bundle.pdf").data
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=built, capture_output=True,
                          check=True).stdout.decode()
    assert "INQ000021/1" in text.split("\f")[1]  # URN/page stamps, as the bundle asked


def test_restricted_documents_in_a_bundle_stay_hidden_and_untouched(app, signed_in,
                                                                     make_user):
    granted = make_user("counsel")
    publish_fake(app, "INQ000031", 3, restricted=True, grants=(granted.id,))
    publish_fake(app, "INQ000032", 1)
    from tests.conftest import sign_in

    client = app.test_client()
    sign_in(client, granted)
    page, tabs = _new_bundle(client, app, "S", "Witnesses")
    for urn in ("INQ000031", "INQ000032"):
        post(client, f"{page}/documents", page, tab=tabs["Witnesses"], urn=urn)
    other = signed_in("counsel")
    text = other.get(page).get_data(as_text=True)
    assert "INQ000031" not in text and "Title of INQ000031" not in text
    assert "1 document in this bundle you may not see" in text
    assert "S/1/4" not in text  # its stamps would tell its page count
    hidden = _entry(app, "INQ000031")
    assert "That document is not in this bundle." in post(
        other, f"{page}/entries/{hidden}/remove", page).text
    assert "That document is not in this bundle." in post(
        other, f"{page}/entries/{hidden}/move", page, direction="down").text
    assert "someone who may see every document in it must change its order" in post(
        other, f"{page}/entries/{_entry(app, 'INQ000032')}/move", page, direction="up").text
    assert "someone who may see every document in it must publish it" in post(
        other, f"{page}/publish", page).text
    assert _order(app, page) == [("Witnesses", ["INQ000031", "INQ000032"])]
    with app.app_context():
        assert db.session.scalar(select(func.count(BundleIssue.id))) == 0
    assert "S/1/4 - S/1/4" in client.get(page).get_data(as_text=True)


@pytest.mark.services  # PostgreSQL: two sessions at once, as two web processes
def test_two_publishers_at_once_make_one_issue_and_the_second_is_told(app, make_user, tmp_path):
    from inquiry.services import bundle_issues, bundles, publication_store
    from inquiry.services.actor import Actor

    counsel = make_user("counsel")
    publish_fake(app, "INQ000041", 1)
    actor = Actor(counsel.id, counsel.email)
    with app.app_context():
        bundle = bundles.create("T", "Day 4", date(2026, 12, 4), "bundle_tab_page", actor)
        bundles.add_document(bundle, bundles.add_tab(bundle, "Police", actor).id, "INQ000041",
                             actor)
        bundle_id = bundle.id
    for folder in ("first", "second"):
        (tmp_path / folder).mkdir()
    with app.app_context():
        stale = db.session.get(Bundle, bundle_id)
        assert stale.issues == []  # the second publisher has read the bundle
        with app.app_context():  # the first, in its own session, publishes meanwhile
            bundle_issues.publish(db.session.get(Bundle, bundle_id), actor, tmp_path / "first")
        with pytest.raises(bundles.BundleError, match="Someone else published issue 1 of "
                                                      "bundle T at the same moment"):
            bundle_issues.publish(stale, actor, tmp_path / "second")
    with app.app_context():
        assert db.session.scalar(select(func.count(BundleIssue.id))) == 1
        manifest = publication_store.store().get_json("bundles/T/manifest.json")
    assert [i["issue"] for i in manifest["issues"]] == [1]
    assert len(_audits(app, "bundle.publish")) == 1
