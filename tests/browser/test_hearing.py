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

pytestmark = [pytest.mark.browser, pytest.mark.services]


def _sign_in(page, base: str, account) -> None:  # noqa: ANN001
    page.goto(f"{base}/sign-in")
    page.get_by_label("Email address").fill(account.email)
    page.get_by_label("Password").fill(account.password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")


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
    page.get_by_label("Bundle reference (A, B2, DAY-3)").fill("A")
    page.get_by_label("Title").fill("Day 1")
    page.get_by_label("Hearing date").fill("2026-12-01")
    page.get_by_role("button", name="Create the bundle").click()
    expect_flash(page, "Bundle A created")
    page.get_by_label("Tab title").fill("Police")
    page.get_by_role("button", name="Add tab").click()
    expect_flash(page, "Tab Police added.")
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
    page.get_by_label("Bundle reference (A, B2, DAY-3)").fill("A")
    page.get_by_label("Title").fill("Day 1: South Yorkshire Police")
    page.get_by_label("Hearing date").fill("2026-12-01")
    page.get_by_role("button", name="Create the bundle").click()
    expect_flash(page, "Bundle A created")
    for title in ("Minutes", "Reports"):
        page.get_by_label("Tab title").fill(title)
        page.get_by_role("button", name="Add tab").click()
        expect_flash(page, f"Tab {title} added.")
    for n, urn in enumerate(urns):
        page.get_by_label("Tab", exact=True).select_option(index=n)
        page.get_by_label("URN of a published document").fill(urn)
        page.get_by_role("button", name="Add document").click()
        expect_flash(page, f"{urn} added.")
    page.get_by_role("button", name="Publish the bundle").click()
    expect_flash(page, "Bundle A issue 1 published: 3 pages")
    with page.expect_download() as download:
        page.get_by_role("link", name="Stamped bundle (PDF)").click()
    bundle = tmp_path / "bundle.pdf"
    download.value.save_as(bundle)
    text = subprocess.run(["pdftotext", "-layout", str(bundle), "-"], capture_output=True,
                          text=True, check=True).stdout
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
