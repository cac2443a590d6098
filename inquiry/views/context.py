"""Request-derived values the views hand to services."""

from __future__ import annotations

from flask import current_app, request
from flask_login import current_user

from config import Settings
from inquiry.services.actor import Actor


def current_actor() -> Actor:
    ip = request.remote_addr
    agent = request.headers.get("User-Agent", "")[:256]
    if current_user and current_user.is_authenticated:
        return Actor(current_user.id, current_user.email, ip, agent)
    return Actor(None, "anonymous", ip, agent)


def settings() -> Settings:
    return current_app.extensions["inquiry_settings"]


def user_actions() -> frozenset[str]:
    """What the signed-in user's roles allow (for optional parts of a page)."""
    from inquiry.auth.policy import allowed_actions

    if current_user and current_user.is_authenticated:
        return allowed_actions(current_user.roles)
    return frozenset()
