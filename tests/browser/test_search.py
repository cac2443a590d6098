"""Counsel in a real browser: search, narrow by a facet, open a hit, see it drawn on the page
image, tag the document and keep a private note."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.flash import expect_flash
from tests.search_fixtures import add_documents, add_pdf_document, corpus

pytestmark = [pytest.mark.services, pytest.mark.usefixtures("fresh_search_and_store")]


def test_counsel_searches_opens_a_hit_and_annotates(page, live_server, make_user, app,
                                                    tmp_path):
    account = make_user("counsel")
    add_documents(app, corpus())
    add_pdf_document(app, tmp_path, "INQ900100", ["Minutes: the taxi firm was licensed",
                                                  "by the council despite the taxi reports."])
    page.goto(f"{live_server}/sign-in")
    page.get_by_label("Email address").fill(account.email)
    page.get_by_label("Password").fill(account.password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server}/")

    page.get_by_label("Search the evidence").fill("taxi")
    page.get_by_role("button", name="Search", exact=True).click()
    results = page.get_by_role("region", name="Results")
    expect(results).to_contain_text("3 documents")  # waits for the page the click loads
    facets = page.get_by_role("complementary", name="Narrow the results")
    facets.get_by_role("link", name="Report", exact=True).click()
    expect(page.get_by_role("region", name="Results")).to_contain_text("1 document,")
    assert page.locator(".snippet mark").first.inner_text().lower() == "taxi"

    page.get_by_role("link", name="Page 1", exact=True).click()
    page.wait_for_url("**/documents/INQ900100?page=1&q=taxi")
    hits = page.locator(".hit")
    assert hits.count() == 2
    image = page.locator("img.page-image").bounding_box()
    for i in range(2):
        box = hits.nth(i).bounding_box()
        assert box and box["width"] > 5 and box["height"] > 3
        assert image["x"] <= box["x"] and box["x"] + box["width"] <= image["x"] + image["width"]
        assert image["y"] <= box["y"] and box["y"] + box["height"] <= image["y"] + image["height"]
    assert "2 hits for taxi on this page" in page.get_by_role("status").first.inner_text()

    page.get_by_label("Add a tag").fill("Licensing")
    page.get_by_role("button", name="Add", exact=True).click()
    page.get_by_label("New note (only you can see it)").fill("Compare with the 2012 email")
    page.get_by_role("button", name="Save note").click()
    expect_flash(page, "Note saved.")
    assert "licensing" in page.locator(".tags").inner_text()
    assert page.get_by_label("Note", exact=True).input_value() == "Compare with the 2012 email"

    page.get_by_role("link", name="Back to the results").click()
    page.get_by_label("Search the evidence").fill("tag:licensing")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.get_by_role("region", name="Results")).to_contain_text("1 document,")
