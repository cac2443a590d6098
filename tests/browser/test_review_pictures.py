"""Real pages in a real browser: a scan and a statement with a photograph are uploaded,
processed by a worker (OCR for the scan), reviewed with the picture blurred until shown and
boxed over, approved by a second reviewer, published, and downloaded without a trace of the
names or the photograph."""

from __future__ import annotations

import subprocess

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models import Document
from inquiry.models.document import Status
from tests import pdfs
from tests.browser.flash import expect_flash
from tests.browser.signing import sign_in as _sign_in
from tests.conftest import wait_for

pytestmark = [pytest.mark.services, pytest.mark.usefixtures("fresh_search_and_store")]

SCAN = ["Statement of Kayleigh Brennan taken at Keighley.",
        "Kayleigh said the driver Tariq Ahmed took her",
        "to a flat on Lawkholme Lane in his taxi.",
        "Her mobile number is 07700 900461."]
PHOTO = ["Exhibit RB/2: photograph of the car park behind the shops.",
         "Kayleigh Brennan identified Tariq Ahmed in the photograph.",
         "The photograph was taken on 14 March 2016 by PC Hart."]


def _ready(app) -> dict[str, str]:  # noqa: ANN001
    with app.app_context():
        return {d.filename: d.urn for d in db.session.scalars(select(Document))
                if d.status == Status.READY}


def test_scan_and_photograph_reviewed_published_and_downloaded(browser, live_server, app,
                                                                make_user, worker, tmp_path):
    clerk = make_user("clerk")
    maker, checker = make_user("reviewer"), make_user("reviewer")
    scan = pdfs.scan_pdf(tmp_path, SCAN, name="scan.pdf")
    photo = pdfs.photo_pdf(tmp_path, PHOTO, name="photo.pdf")

    page = browser.new_context().new_page()
    page.set_default_timeout(30_000)
    _sign_in(page, live_server, clerk)
    page.goto(f"{live_server}/documents/upload")
    page.get_by_label("PDF files or .zip archives of PDFs").set_input_files([str(scan),
                                                                             str(photo)])
    page.get_by_label("Providing organisation or person").fill("West Yorkshire Police")
    page.get_by_role("button", name="Upload").click()
    wait_for(lambda: len(_ready(app)) == 2, timeout=180, interval=1)
    urns = _ready(app)

    first = browser.new_context().new_page()
    first.set_default_timeout(30_000)
    _sign_in(first, live_server, maker)
    for name in ("scan.pdf", "photo.pdf"):
        urn = urns[name]
        first.goto(f"{live_server}/review/{urn}")
        if name == "photo.pdf":
            # the photograph is blurred until the reviewer chooses to see it
            blurred = first.get_by_role("button", name="Picture hidden: show it")
            assert blurred.count() == 1
            blurred.click()
            assert first.locator(".blurred.revealed").count() == 1
        first.get_by_role("button", name="Start review").click()
        expect_flash(first, "Start review: done.")
        counts = first.locator("#counts")
        for code in ("PD", "VA"):
            accept = first.get_by_role("button", name=f"Accept all {code}")
            if accept.count():
                before = counts.inner_text()
                accept.click()  # answered in the background: the counts redraw in place
                wait_for(lambda b=before, c=counts: c.inner_text() != b, timeout=20)
        assert counts.inner_text().startswith("0 undecided"), counts.inner_text()
        if name == "photo.pdf":
            first.get_by_role("button", name="Draw a box").click()
            first.locator(".blurred").scroll_into_view_if_needed()
            picture = first.locator(".blurred").bounding_box()  # where the picture is now
            first.mouse.move(picture["x"] + 2, picture["y"] + 2)
            first.mouse.down()
            first.mouse.move(picture["x"] + picture["width"] - 2,
                             picture["y"] + picture["height"] - 2, steps=6)
            first.mouse.up()
            first.get_by_role("button", name="Redact box").click()
            expect_flash(first, "Redaction added on page 1")
        first.get_by_role("button", name="Submit review").click()
        expect_flash(first, "Submit review: done.")

    second = browser.new_context().new_page()
    second.set_default_timeout(30_000)
    _sign_in(second, live_server, checker)
    for name, urn in sorted(urns.items()):
        second.goto(f"{live_server}/review/{urn}")
        second.get_by_role("button", name="Approve").click()
        expect_flash(second, "Approve: done.")
        second.get_by_role("button", name="Publish", exact=True).click()

        # the workspace follows the worker and shows the finished page by itself
        expect(second.locator("#review-status")).to_have_text("Published", timeout=240_000)
        with second.expect_download() as download:
            second.get_by_role("link", name="Download the published file").click()
        out = tmp_path / f"{urn}-published.pdf"
        download.value.save_as(out)
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        for secret in ("Kayleigh", "Brennan", "Tariq", "Ahmed", "900461"):
            assert secret not in text and secret.encode() not in out.read_bytes(), (name,
                                                                                    secret)
        if name == "photo.pdf":
            assert "car park" in text
            # the photograph's area is painted over in the published pixels
            from ingest.render import render_page

            image = render_page(out, 1, dpi=36).convert("RGB")
            px = image.load()
            k = 36 / 72
            colour = sum(1 for x in range(int(320 * k), int(480 * k))
                         for y in range(int(440 * k), int(540 * k))
                         if max(px[x, y]) - min(px[x, y]) > 40)  # the photograph's colours
            assert colour == 0
        else:
            assert "Keighley" in text or "taxi" in text  # the scan's words survive
