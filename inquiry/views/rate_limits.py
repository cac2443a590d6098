"""Per-user rate limits against bulk copying of evidence (searches, exports, downloads)."""

from __future__ import annotations

from flask import Response, request
from flask_limiter import RequestLimit
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


def image_refused(limit: RequestLimit) -> Response | None:
    """A page image or review preview over the limit: 429 with an image that says so, drawn
    in the page's place (an error page in an <img> is only a broken image). A client that
    asked for a page or JSON gets the usual 429 page, which says the same in words."""
    if request.accept_mimetypes.best_match(["image/png", "text/html", "application/json"]) \
            not in (None, "image/png"):
        return None
    from inquiry.services.contained import notice_png

    png = notice_png(f"Too many page images in a short time: at most {limit.limit} for each "
                     "user, against bulk copying of evidence. Wait a minute, then reload "
                     "the page.")
    return Response(png, status=429, mimetype="image/png",
                    headers={"Cache-Control": "no-store"})
