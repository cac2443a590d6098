"""Signing in through the form, as a person does, for the browser tests."""

from __future__ import annotations


def sign_in(page, base: str, account) -> None:  # noqa: ANN001 - a Playwright page, an Account
    page.goto(f"{base}/sign-in")
    page.get_by_label("Email address").fill(account.email)
    page.get_by_label("Password").fill(account.password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")
