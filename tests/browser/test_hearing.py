"""The request register and bundle pages in Chromium: record a request, see it on the
dashboard, create a bundle and a tab, and be told why an unknown document cannot enter."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.browser.flash import expect_flash

pytestmark = [pytest.mark.services]


def test_request_and_bundle_pages(page, live_server, make_user):
    counsel = make_user("counsel", "clerk")
    page.goto(f"{live_server}/sign-in")
    page.get_by_label("Email address").fill(counsel.email)
    page.get_by_label("Password").fill(counsel.password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server}/")
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
