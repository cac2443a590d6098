"""Per-user rate limits against bulk copying of evidence (searches, exports, downloads)."""

from __future__ import annotations

from flask_limiter.util import get_remote_address
from flask_login import current_user

from inquiry.views.context import settings


def user_key() -> str:
    """Limits follow the account, not the address: a user cannot dodge them by moving."""
    if current_user and current_user.is_authenticated:
        return f"user:{current_user.id}"
    return f"ip:{get_remote_address()}"


def search_limit() -> str:
    return settings().search_rate_limit


def download_limit() -> str:
    return settings().download_rate_limit


def page_image_limit() -> str:
    return settings().page_image_rate_limit
