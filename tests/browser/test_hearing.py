"""The request register and bundle pages in Chromium: record a request, see it on the
dashboard, create a bundle and a tab, and be told why an unknown document cannot enter."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import openpyxl
import pytest
from playwright.sync_api import expect

from tests import pdfs
from tests.browser.flash import expect_flash
from tests.browser.signing import sign_in as _sign_in

pytestmark = [pytest.mark.browser, pytest.mark.services]


def _new_bundle(page, reference: str, title: str, tabs: tuple[str, ...],  # noqa: ANN001
                documents: tuple[tuple[str, int], ...] = ()) -> None:
    """On the bundles page: create the bundle, add its tabs, then (URN, tab index) each."""
    page.get_by_label("Bundle reference (A, B2, DAY-3)").fill(reference)
    page.get_by_label("Title").fill(title)
    page.get_by_label("Hearing date").fill("2026-12-01")
    page.get_by_role("button", name="Create the bundle").click()
    expect_flash(page, f"Bundle {reference} created")
    for tab in tabs:
        page.get_by_label("Tab title").fill(tab)
        page.get_by_role("button", name="Add tab").click()
        expect_flash(page, f"Tab {tab} added.")
    for urn, tab in documents:
        page.get_by_label("Tab", exact=True).select_option(index=tab)
        page.get_by_label("URN of a published document").fill(urn)
        page.get_by_role("button", name="Add document").click()
        expect_flash(page, f"{urn} added.")


def _downloaded_text(page, link, path) -> str:  # noqa: ANN001
    """Click a download link, save the file to ``path``, and read its text (pages split by
    form feeds)."""
    with page.expect_download() as download:
        link.click()
    download.value.save_as(path)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_request_and_bundle_pages(page, live_server, make_user):
    counsel = make_user("counsel", "clerk")
    _sign_in(page, live_server, counsel)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Requests").click()
    page.get_by_role("link", name="Record a request").click()
    page.get_by_label("Kind").select_option("s21_notice")
    page.get_by_label("Recipient (organisation or person)").fill("Rotherham MBC")
    page.get_by_label("Date sent").fill((date.today() - timedelta(days=30)).isoformat())
    page.get_by_label("Deadline").fill((date.today() - timedelta(days=2)).isoformat())
    page.get_by_role("button", name="Record the request").click()
    expect_flash(page, "Request S21-0001 recorded.")
    assert "Overdue" in page.locator("#request-status").inner_text()
    page.goto(f"{live_server}/requests/")
    assert "S21-0001" in page.locator("#requests").inner_text()
    assert page.locator('[data-status="overdue"]').inner_text() == "1"
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Bundles").click()
    _new_bundle(page, "A", "Day 1", ("Police",))
    page.get_by_label("URN of a published document").fill("INQ404404")
    page.get_by_role("button", name="Add document").click()
    expect_flash(page, "There is no document INQ404404.")


def _review_and_publish(maker, checker, base: str, urn: str) -> None:  # noqa: ANN001
    """The maker accepts every proposal and submits; the checker approves and publishes."""
    maker.goto(f"{base}/review/{urn}")
    maker.get_by_role("button", name="Start review").click()
    expect_flash(maker, "Start review: done.")
    for _ in range(10):  # one group of proposals per code at a time
        accept = maker.locator("button", has_text="Accept all ")
        if accept.count() == 0:
            break
        accept.first.click()
        maker.wait_for_load_state("networkidle")
    maker.get_by_role("button", name="Submit review").click()
    expect_flash(maker, "Submit review: done.")
    checker.goto(f"{base}/review/{urn}")
    checker.get_by_role("button", name="Approve").click()
    expect_flash(checker, "Approve: done.")
    checker.get_by_role("button", name="Publish", exact=True).click()
    expect_flash(checker, "being redacted, verified and published")
    expect(checker.locator("#review-status")).to_have_text("Published", timeout=180_000)


@pytest.mark.usefixtures("fresh_search_and_store")
def test_request_load_file_review_publish_bundle_and_evidence_list(
        browser, live_server, make_user, worker, tmp_path):
    """Issue 16's Done-when: a request sent, a batch with a load file in answer, two
    documents reviewed and published, a bundle built and published, the stamped bundle and
    the evidence list downloaded."""
    counsel, maker, checker = (make_user("counsel", "clerk"), make_user("reviewer"),
                               make_user("reviewer"))
    page = browser.new_context().new_page()
    page.set_default_timeout(20_000)
    _sign_in(page, live_server, counsel)
    page.goto(f"{live_server}/requests/new")
    page.get_by_label("Kind").select_option("rule9_documents")
    page.get_by_label("Recipient (organisation or person)").fill("South Yorkshire Police")
    page.get_by_label("Topics").fill("Operation Linden: strategy meeting minutes")
    page.get_by_label("Date sent").fill((date.today() - timedelta(days=20)).isoformat())
    page.get_by_label("Deadline").fill((date.today() + timedelta(days=8)).isoformat())
    page.get_by_role("button", name="Record the request").click()
    expect_flash(page, "Request R9-0001 recorded.")

    files = [pdfs.text_pdf(tmp_path, ["Strategy meeting minutes, Rotherham, March 2014.",
                                      "The meeting discussed taxi licensing checks."],
                           name="minutes-0314.pdf"),
             pdfs.text_pdf(tmp_path, ["Report on missing episodes in Rotherham.",
                                      "Referrals rose across the year."],
                           name="report-0414.pdf")]
    book = openpyxl.Workbook()
    book.active.append(["File name", "Title", "Date", "Type", "Provider reference"])
    book.active.append(["minutes-0314.pdf", "Strategy meeting minutes", date(2014, 3, 14),
                        "Minutes", "SYP-0001"])
    book.active.append(["report-0414.pdf", "Missing episodes report", "01/04/2014", "report",
                        "SYP-0002"])
    load = tmp_path / "load.xlsx"
    book.save(load)
    page.goto(f"{live_server}/documents/upload")
    page.locator("#files").set_input_files([str(f) for f in files])
    page.get_by_label("Providing organisation").fill("South Yorkshire Police")
    page.locator("#load_file").set_input_files(str(load))
    page.get_by_label("In answer to request (optional)").select_option("R9-0001")
    page.get_by_role("button", name="Upload").click()
    expect_flash(page, "recorded as answering R9-0001")
    page.goto(f"{live_server}/requests/R9-0001")
    documents = page.locator("#request-documents")
    expect(documents).to_contain_text("Strategy meeting minutes")
    expect(documents).to_contain_text("SYP-0002")
    assert "Part answered" in page.locator("#request-status").inner_text()
    urns = [u.strip() for u in documents.locator("tbody tr td:first-child").all_inner_texts()]
    assert len(urns) == 2
    page.goto(f"{live_server}/documents/")
    for i in range(2):
        expect(page.locator(".doc-progress").nth(i).locator("[data-status-words]")).to_have_text(
            "Ready", timeout=120_000)

    first = browser.new_context().new_page()
    second = browser.new_context().new_page()
    for p, who in ((first, maker), (second, checker)):
        p.set_default_timeout(20_000)
        _sign_in(p, live_server, who)
    for urn in urns:
        _review_and_publish(first, second, live_server, urn)

    page.goto(f"{live_server}/bundles/")
    _new_bundle(page, "A", "Day 1: South Yorkshire Police", ("Minutes", "Reports"),
                tuple((urn, n) for n, urn in enumerate(urns)))
    page.get_by_role("button", name="Publish the bundle").click()
    expect_flash(page, "Bundle A issue 1 published: 3 pages")
    text = _downloaded_text(page, page.get_by_role("link", name="Stamped bundle (PDF)"),
                            tmp_path / "bundle.pdf")
    assert "A/1/1" in text and "A/2/1" in text and "Hearing bundle A" in text
    assert "taxi licensing" in text
    with page.expect_download() as download:
        page.get_by_role("link", name="Evidence list (CSV)").click()
    evidence = tmp_path / "evidence.csv"
    download.value.save_as(evidence)
    lines = evidence.read_text().splitlines()
    assert lines[0] == "urn,title,provider,document_date,pages,published_pdf,sha256"
    assert lines[1].startswith(f"{urns[0]},Strategy meeting minutes,South Yorkshire Police,"
                               "2014-03-14,1,")


def _count(app, model) -> int:  # noqa: ANN001
    from sqlalchemy import func, select

    from inquiry.extensions import db

    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def test_request_page_forms_and_bad_inputs(page, live_server, make_user, app, tmp_path):
    """The request page's forms (status, batch link, grants), the dashboard's status filter,
    and the upload form's bad inputs: a load file that does not match and a request
    withdrawn while the form was open, each with its message, storing nothing."""
    from inquiry.extensions import db
    from inquiry.models import Batch, Document

    clerk, other = make_user("counsel", "clerk"), make_user("counsel")
    _sign_in(page, live_server, clerk)
    for recipient, kind in (("South Yorkshire Police", "organisation"),
                            ("Jane Witness", "person")):
        page.goto(f"{live_server}/requests/new")
        page.get_by_label("Kind").select_option("rule9_documents")
        page.get_by_label("Recipient (organisation or person)").fill(recipient)
        page.get_by_label("The recipient is", exact=True).select_option(kind)
        page.get_by_label("Date sent").fill((date.today() - timedelta(days=10)).isoformat())
        page.get_by_label("Deadline").fill((date.today() + timedelta(days=18)).isoformat())
        page.get_by_role("button", name="Record the request").click()
        expect_flash(page, "recorded.")
    page.goto(f"{live_server}/requests/R9-0001")
    page.get_by_label("Status").select_option("acknowledged")
    page.get_by_role("button", name="Set status").click()
    expect_flash(page, "R9-0001 is now acknowledged.")
    expect(page.locator("#request-status")).to_have_text("Acknowledged")
    with app.app_context():
        batch = Batch(source="upload", created_by_id=clerk.id)
        db.session.add(batch)
        db.session.flush()
        db.session.add(Document(urn="INQ000201", sha256="d" * 64, filename="minutes.pdf",
                                size_bytes=1, status="ready", batch_id=batch.id,
                                title="Strategy meeting minutes"))
        db.session.commit()
        batch_id = batch.id
    page.get_by_label("Batch number").fill("999")
    page.get_by_role("button", name="Record the batch as an answer").click()
    expect_flash(page, "There is no batch 999.")
    page.get_by_label("Batch number").fill(str(batch_id))
    page.get_by_role("button", name="Record the batch as an answer").click()
    expect_flash(page, f"Batch {batch_id} recorded as answering R9-0001.")
    expect(page.locator("#request-status")).to_have_text("Part answered")
    expect(page.locator("#request-documents")).to_contain_text("Strategy meeting minutes")

    page.goto(f"{live_server}/requests/R9-0002")
    expect(page.locator("h1")).to_contain_text("R9-0002")
    page.get_by_label("Let another user see this request (e-mail)").fill("nobody@x.org")
    page.get_by_role("button", name="Grant access").click()
    expect_flash(page, "There is no active account 'nobody@x.org'.")
    page.get_by_label("Let another user see this request (e-mail)").fill(other.email)
    page.get_by_role("button", name="Grant access").click()
    expect_flash(page, f"{other.email} may now see R9-0002.")
    expect(page.locator("#request-grants")).to_contain_text(other.email)

    page.goto(f"{live_server}/requests/")
    page.locator('a:has([data-status="part_answered"])').click()
    expect(page.locator("h2", has_text="By deadline")).to_contain_text("Part answered")
    expect(page.locator("#requests")).to_contain_text("R9-0001")
    expect(page.locator("#requests")).not_to_contain_text("R9-0002")

    statement = pdfs.text_pdf(tmp_path, ["A statement."], name="statement.pdf")
    load = tmp_path / "load.csv"
    load.write_text("File name,Title,Date\nstatement.pdf,A statement,31/02/2019\n"
                    "missing.pdf,Not sent,\n")
    page.goto(f"{live_server}/documents/upload")
    page.locator("#files").set_input_files(str(statement))
    page.get_by_label("Providing organisation").fill("South Yorkshire Police")
    page.locator("#load_file").set_input_files(str(load))
    page.get_by_role("button", name="Upload").click()
    expect_flash(page, "nothing was stored")
    problems = page.locator("#load-file-problems")
    expect(problems).to_contain_text("'31/02/2019' is not a date")
    expect(problems).to_contain_text("no file called 'missing.pdf'")
    assert _count(app, Batch) == 1 and _count(app, Document) == 1  # only the one made above

    page.goto(f"{live_server}/documents/upload")
    page.locator("#files").set_input_files(str(statement))
    page.get_by_label("Providing organisation").fill("South Yorkshire Police")
    page.get_by_label("In answer to request (optional)").select_option("R9-0001")
    from inquiry.services import requests
    from inquiry.services.actor import Actor

    with app.app_context():  # withdrawn by someone else while the form is open
        requests.set_status("R9-0001", "withdrawn", Actor(clerk.id, clerk.email))
    page.get_by_role("button", name="Upload").click()
    expect(page.locator("#answers_request-error")).to_contain_text(
        "There is no open request by that reference that you may see")
    assert _count(app, Batch) == 1 and _count(app, Document) == 1


@pytest.mark.usefixtures("fresh_search_and_store")
def test_bundle_order_lock_and_reissue(page, live_server, make_user, app, tmp_path):
    """Counsel order documents and tabs, publish, find the bundle fixed, prepare a re-issue,
    move a document, see the change listed before and after re-issuing, and download it."""
    from tests.hearing_fixtures import publish_fake

    counsel = make_user("counsel")
    for urn in ("INQ000021", "INQ000022", "INQ000023"):
        publish_fake(app, urn, 1)
    _sign_in(page, live_server, counsel)
    page.goto(f"{live_server}/bundles/")
    _new_bundle(page, "C", "Day 3", ("Police", "Council"),
                (("INQ000021", 0), ("INQ000022", 0), ("INQ000023", 1)))
    expect(page.locator("#tab-1 tbody tr").nth(1).locator(".stamps")).to_have_text(
        "C/1/2 - C/1/2")
    page.get_by_role("button", name="Move INQ000022 up").click()
    expect_flash(page, "Moved up: now tab 1, place 1.")
    expect(page.locator("#tab-1 tbody tr").first).to_contain_text("INQ000022")
    page.get_by_role("button", name="Move tab 2 up").click()
    expect_flash(page, "Tab moved up: it is now tab 1.")
    expect(page.locator("#tab-1")).to_contain_text("INQ000023")
    expect(page.locator("h2", has_text="Tab 1:")).to_have_text("Tab 1: Council")

    page.get_by_role("button", name="Publish the bundle").click()
    expect_flash(page, "Bundle C issue 1 published: 4 pages")
    expect(page.locator("#bundle-state")).to_contain_text("Published as issue 1")
    expect(page.get_by_role("button", name="Move INQ000022 up")).to_have_count(0)
    page.get_by_role("button", name="Prepare a re-issue").click()
    expect_flash(page, "Issue 2 is being prepared")
    page.get_by_role("button", name="Move INQ000021 down").click()
    expect_flash(page, "INQ000021 is already last in the bundle.")
    page.get_by_role("button", name="Move INQ000022 up").click()  # first of tab 2: to tab 1
    expect_flash(page, "Moved up: now tab 1, place 2.")
    expect(page.locator("#pending-changes")).to_contain_text(
        "INQ000022 moved from tab 2 to tab 1 (now C/1/2 - C/1/2).")
    page.get_by_role("button", name="Re-issue the bundle").click()
    expect_flash(page, "Bundle C issue 2 published")
    latest = page.locator("#issues tbody tr").first
    expect(latest).to_contain_text("INQ000022 moved from tab 2 to tab 1")
    expect(page.get_by_role("button", name="Move INQ000022 up")).to_have_count(0)
    pages = _downloaded_text(page, latest.get_by_role("link", name="Stamped bundle (PDF)"),
                             tmp_path / "issue-2.pdf").split("\f")
    assert "Issue 2" in pages[0]
    assert "INQ000023 published page 1" in pages[1] and "C/1/1" in pages[1]
    assert "INQ000022 published page 1" in pages[2] and "C/1/2" in pages[2]
    assert "INQ000021 published page 1" in pages[3] and "C/2/1" in pages[3]
