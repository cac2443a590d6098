"""A clerk watches a batch go from uploaded to ready on the documents list, without
reloading the page: the list polls for progress and updates words and bars in place."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests import pdfs
from tests.browser.signing import sign_in as _sign_in

pytestmark = [pytest.mark.browser, pytest.mark.services]


def test_batch_goes_from_uploaded_to_ready_without_reloading(page, live_server, make_user,
                                                             worker, tmp_path):
    clerk = make_user("clerk")
    _sign_in(page, live_server, clerk)
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


def _padded_pdf(dest, lines: list[str], padding: int, name: str):  # noqa: ANN001, ANN202
    """A PDF carrying ``padding`` random bytes in a stream no page draws (it stays large
    inside a zip)."""
    import os

    import pikepdf

    path = pdfs.text_pdf(dest, lines, name=name)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.Root.InquiryTestPadding = pdf.make_indirect(pdf.make_stream(os.urandom(padding)))
        pdf.save(path, compress_streams=False)
    return path


def test_a_large_archive_fills_its_batch_page_without_reloading(page, live_server, make_user,
                                                                app, worker, tmp_path):
    """An archive over INQUIRY_ZIP_BACKGROUND_BYTES is unpacked by a worker: the clerk is
    on the batch page at once, sees it being unpacked, and watches its files arrive and
    become ready there, without reloading."""
    import zipfile

    limit = app.extensions["inquiry_settings"].zip_background_bytes
    archive = tmp_path / "tranche.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        zf.write(_padded_pdf(tmp_path, ["Exhibit bundle with photographs."], limit + 1024,
                             "exhibits.pdf"), "exhibits.pdf")
        for n in (1, 2):
            zf.write(pdfs.text_pdf(tmp_path, [f"Statement {n} of the disclosure."],
                                   name=f"s{n}.pdf"), f"statement-{n}.pdf")
    assert archive.stat().st_size > limit
    clerk = make_user("clerk")
    _sign_in(page, live_server, clerk)
    worker.stop()  # nothing is unpacked until the batch page is open
    try:
        page.goto(f"{live_server}/documents/upload")
        page.get_by_label("Providing organisation").fill("Avon and Somerset Police")
        page.get_by_label("PDF files or .zip archives of PDFs").set_input_files(str(archive))
        page.get_by_role("button", name="Upload").click()
        page.wait_for_url(re.compile(r"/documents/batches/\d+$"))
        expect(page.locator("[data-unpacking-row]")).to_have_text("Being unpacked")
        words = page.locator(".batch-progress [data-batch-words]")
        expect(words).to_contain_text("1 archive being unpacked")
        page.evaluate("window.__notReloaded = true")
    finally:
        worker.start()
    rows = page.locator(".doc-progress")
    expect(rows).to_have_count(3, timeout=120_000)
    for i in range(3):
        expect(rows.nth(i).locator("[data-status-words]")).to_have_text("Ready", timeout=300_000)
    expect(words).to_contain_text("3 of 3 documents ready")
    expect(page.locator("[data-unpacking-row]")).to_have_count(0)
    assert page.evaluate("window.__notReloaded === true")
