"""Sign in through a real browser as each role; the navigation matches the role."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

EXPECTED_NAV = {
    "admin": ["Dashboard", "Users", "Protected persons", "Keep list", "Entity merges",
              "Audit trail"],
    "clerk": ["Dashboard", "Documents", "Requests", "Bundles", "Upload", "Failures"],
    "counsel": ["Dashboard", "Search", "Batch search", "Documents", "Requests", "Bundles"],
    "reviewer": ["Dashboard", "Review queue", "Documents", "Published", "Bundles",
                 "Protected persons", "Keep list"],
}


def _sign_in(page, base: str, email: str, password: str) -> None:
    page.goto(f"{base}/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


@pytest.mark.parametrize("role", sorted(EXPECTED_NAV))
def test_each_role_sees_its_navigation(page, live_server, make_user, role):
    account = make_user(role)
    _sign_in(page, live_server, account.email, account.password)
    page.wait_for_url(f"{live_server}/")
    nav = page.get_by_role("navigation", name="Main")
    assert nav.get_by_role("link").all_inner_texts() == EXPECTED_NAV[role]
    assert page.get_by_role("heading", level=1).inner_text().startswith("Welcome")
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{live_server}/sign-in")
    assert "You have signed out" in page.content()


def test_wrong_password_shows_an_error(page, live_server, make_user):
    account = make_user("counsel")
    _sign_in(page, live_server, account.email, "definitely not it")
    error = page.locator("#sign-in-error")
    expect(error).to_be_visible()  # waits for the answer to the sign-in
    assert "don't match an active account" in error.inner_text()
    assert page.url.startswith(f"{live_server}/sign-in")


def test_admin_creates_a_user_who_must_change_password(page, live_server, make_user):
    admin = make_user("admin")
    _sign_in(page, live_server, admin.email, admin.password)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Users").click()
    page.get_by_role("link", name="Create account").click()
    page.get_by_label("Email address").fill("newcounsel@example.org")
    page.get_by_label("Counsel").check()
    page.get_by_role("button", name="Create account").click()
    password = page.locator("#one-time-password").inner_text().strip()
    page.get_by_role("button", name="Sign out").click()
    _sign_in(page, live_server, "newcounsel@example.org", password)
    page.wait_for_url(f"{live_server}/account/password")
    assert page.get_by_role("heading", level=1).inner_text() == "Change password"
