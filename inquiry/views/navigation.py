"""Navigation entries, each shown only to users whose roles allow its action."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, url_for
from flask_login import current_user

from inquiry.auth.policy import SIGNED_IN, allowed_actions, is_allowed


@dataclass(frozen=True)
class NavItem:
    label: str
    endpoint: str
    action: str


NAV_ITEMS: tuple[NavItem, ...] = (
    NavItem("Dashboard", "main.dashboard", SIGNED_IN),
    NavItem("Search", "search.index", "search.use"),
    NavItem("Batch search", "search.batch", "search.use"),
    NavItem("Review queue", "review.queue", "review.work"),
    NavItem("Documents", "documents.index", "documents.list"),
    NavItem("Published", "publications.index", "publication.publish"),
    NavItem("Requests", "requests.index", "requests.view"),
    NavItem("Bundles", "bundles.index", "bundles.view"),
    NavItem("Upload", "documents.upload", "documents.upload"),
    NavItem("Failures", "documents.failed", "documents.retry"),
    NavItem("Users", "admin_users.index", "users.manage"),
    NavItem("Protected persons", "registers.persons", "registers.manage"),
    NavItem("Keep list", "registers.keep", "registers.manage"),
    NavItem("Entity merges", "entities.merges", "entities.merge"),
    NavItem("Audit trail", "admin_audit.index", "audit.view"),
)


def visible_items() -> list[dict[str, str]]:
    if not current_user.is_authenticated:
        return []
    roles = current_user.roles
    return [{"label": item.label, "url": url_for(item.endpoint), "endpoint": item.endpoint}
            for item in NAV_ITEMS if is_allowed(item.action, roles)]


def register_navigation(app: Flask) -> None:
    @app.context_processor
    def inject_navigation() -> dict[str, object]:
        actions = allowed_actions(current_user.roles) if current_user.is_authenticated else set()
        return {"nav_items": visible_items(), "user_actions": actions}
