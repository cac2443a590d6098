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


def test_facets_by_count_show_more_and_a_glyph_that_renders(page, live_server, make_user,
                                                            app):
    """Counts read downwards, the rest of a long list opens from "Show N more", and the
    entity page link is drawn (an SVG), not a character Chromium's fonts may lack."""
    from tests.search_fixtures import Doc

    account = make_user("counsel")
    names = ["Bryony Ashdown", "Ciaran Boyd", "Delia Carver", "Ewan Drury", "Fern Ellis",
             "Gavin Frost", "Hattie Gale", "Imran Hoyle", "Jodie Irwin", "Kieran Jessop"]
    add_documents(app, [*corpus(), Doc("INQ900500", ["taxi rank", "taxi office"],
                                       provider="Northdale Council",
                                       mentions=[(1, "person", n) for n in names]),
                               Doc("INQ900501", ["taxi"] * 4, provider="anchor Trust")])
    page.goto(f"{live_server}/sign-in")
    page.get_by_label("Email address").fill(account.email)
    page.get_by_label("Password").fill(account.password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server}/")
    page.get_by_label("Search the evidence").fill("taxi OR police")
    page.get_by_role("button", name="Search", exact=True).click()

    facets = page.get_by_role("complementary", name="Narrow the results")
    providers = facets.get_by_role("region", name="Providers")
    expect(providers.locator("li")).to_have_count(3)  # the results page has loaded
    rows = providers.locator("li").evaluate_all(
        "items => items.map(li => [li.querySelector('a').textContent,"
        " Number(li.querySelector('.count').textContent)])")
    # by documents (not pages: anchor Trust has 4 matching pages), then by name
    assert rows == [["South Yorkshire Police", 2], ["anchor Trust", 1],
                    ["Northdale Council", 1]], rows

    people = facets.get_by_role("region", name="People")
    hidden = people.get_by_role("link", name=names[9], exact=True)
    expect(hidden).to_be_hidden()
    people.get_by_text("Show 3 more").click()  # 11 people: Ahmed Khan and ten more
    expect(hidden).to_be_visible()

    glyph = people.get_by_role("link", name=f"Entity page for {names[9]}")
    drawn = glyph.evaluate("a => ({tag: a.firstElementChild && a.firstElementChild.tagName,"
                           " text: a.textContent})")
    assert drawn["tag"].lower() == "svg" and drawn["text"].strip() == "", drawn
    box = glyph.locator("svg").bounding_box()
    assert box and box["width"] >= 8 and box["height"] >= 8
    every_glyph = facets.locator(".entity-link").evaluate_all(
        "links => links.map(a => a.textContent)")
    assert every_glyph and all(not t.strip() for t in every_glyph)
