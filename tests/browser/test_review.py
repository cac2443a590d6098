"""Two reviewers in a real browser: one accepts proposals and draws a box, cannot approve
their own review; the second approves and publishes; the published file holds no trace of
what was redacted."""

from __future__ import annotations

import subprocess

import pytest
from playwright.sync_api import expect

from tests.browser.flash import expect_flash
from tests.browser.signing import sign_in as _sign_in
from tests.review_fixtures import review_document

pytestmark = [pytest.mark.services, pytest.mark.usefixtures("fresh_search_and_store")]


def test_review_box_maker_checker_and_publication(browser, live_server, make_user, app,
                                                  worker, tmp_path):
    maker, checker = make_user("reviewer"), make_user("reviewer")
    review_document(app, tmp_path)
    first = browser.new_context().new_page()
    first.set_default_timeout(20_000)
    _sign_in(first, live_server, maker)
    first.get_by_role("navigation", name="Main").get_by_role("link", name="Review queue").click()
    first.get_by_role("link", name="INQ800001").click()
    first.get_by_role("button", name="Start review").click()
    expect_flash(first, "Start review: done.")

    # accept every proposal with the keyboard: j selects the next, a accepts it
    panel = first.get_by_role("complementary", name="Proposals").locator("p").first
    for _ in range(12):  # j may land on one already accepted: then a does nothing
        if panel.inner_text().startswith("0 undecided"):
            break
        first.keyboard.press("j")
        first.keyboard.press("a")
        first.wait_for_load_state("networkidle")
    assert panel.inner_text().startswith("0 undecided")

    # draw a box over the right of the page (a signature, say), where the page is in view
    first.get_by_role("button", name="Draw a box").click()
    frame = first.locator(".review-frame").bounding_box()
    x, y = frame["x"] + frame["width"] * 0.6, max(frame["y"], 0) + 120
    first.mouse.move(x, y)
    first.mouse.down()
    first.mouse.move(x + 80, y + 30, steps=5)
    first.mouse.up()
    assert float(first.get_by_label("Right").input_value()) > float(
        first.get_by_label("Left").input_value())
    first.get_by_role("button", name="Redact box").click()
    expect_flash(first, "Redaction added on page 1")
    assert first.locator(".proposal.status-accepted").count() >= 5

    first.get_by_role("button", name="Submit review").click()
    expect_flash(first, "Submit review: done.")
    # the maker is not offered Approve: the page says why
    assert first.get_by_role("button", name="Approve").count() == 0
    assert "a second reviewer must approve" in first.locator("#approval-refusal").inner_text()

    second = browser.new_context().new_page()
    second.set_default_timeout(20_000)
    _sign_in(second, live_server, checker)
    second.goto(f"{live_server}/review/INQ800001")
    second.get_by_role("button", name="Approve").click()
    expect_flash(second, "Approve: done.")
    second.get_by_role("button", name="Publish", exact=True).click()
    expect_flash(second, "being redacted, verified and published")

    # the workspace follows the worker and shows the finished page by itself
    expect(second.locator("#review-status")).to_have_text("Published", timeout=120_000)
    with second.expect_download() as download:
        second.get_by_role("link", name="Download the published file").click()
    path = tmp_path / "published.pdf"
    download.value.save_as(path)
    data = path.read_bytes()
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for secret in ("Kayleigh", "Smith", "Tariq", "Ahmed", "07700", "900123"):
        assert secret not in text and secret.encode() not in data
    assert "Rotherham" in text and "takeaway" in text
    second.goto(f"{live_server}/publications/")
    assert "INQ800001" in second.get_by_role("table").inner_text()
