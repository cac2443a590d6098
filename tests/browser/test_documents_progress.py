"""A clerk watches a batch go from uploaded to ready on the documents list, without
reloading the page: the list polls for progress and updates words and bars in place."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests import pdfs

pytestmark = [pytest.mark.browser, pytest.mark.services]


def test_batch_goes_from_uploaded_to_ready_without_reloading(page, live_server, make_user,
                                                             worker, tmp_path):
    clerk = make_user("clerk")
    page.goto(f"{live_server}/sign-in")
    page.get_by_label("Email address").fill(clerk.email)
    page.get_by_label("Password").fill(clerk.password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server}/")
    files = [pdfs.pages_pdf(tmp_path, [[f"Page {n}: the statement continues."]
                                       for n in range(1, 13)], name="long-statement.pdf"),
             pdfs.text_pdf(tmp_path, ["A short note about a meeting."], name="note.pdf")]
    worker.stop()  # nothing is processed until the list is open
    try:
        page.goto(f"{live_server}/documents/upload")
        page.get_by_label("Providing organisation").fill("West Yorkshire Police")
        page.get_by_label("PDF files or .zip archives of PDFs").set_input_files(
            [str(f) for f in files])
        page.get_by_role("button", name="Upload").click()
        expect(page.get_by_text("stored and queued")).to_be_visible()
        page.goto(f"{live_server}/documents/")
        rows = page.locator(".doc-progress")
        expect(rows).to_have_count(2)
        expect(rows.first).to_contain_text("Waiting to start")
        batch = page.locator(".batch-progress [data-batch]")
        expect(batch).to_contain_text("0 of 2 documents ready")
        page.evaluate("window.__notReloaded = true")
    finally:
        worker.start()
    for i in range(2):
        expect(rows.nth(i).locator("[data-status-words]")).to_have_text("Ready", timeout=300_000)
    expect(batch).to_contain_text("2 of 2 documents ready")
    bar = page.locator(".batch-progress progress")
    assert bar.evaluate("b => b.value === b.max && b.max === 13")
    assert page.evaluate("window.__notReloaded === true")
    expect(page.get_by_role("cell", name="long-statement", exact=True)).to_be_visible()
