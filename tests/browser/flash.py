"""Waiting for a flash message: a click that submits a form returns before the next page
loads, so reading the flash at once can read the page being left (a race CI has hit)."""

from __future__ import annotations

from playwright.sync_api import expect


def expect_flash(page, text: str) -> None:  # noqa: ANN001
    """Wait until the page shows a flash message containing `text`, then for its load."""
    expect(page.locator(".flash", has_text=text).first).to_be_visible()
    page.wait_for_load_state()
