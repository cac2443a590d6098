"""Clear error pages (HTML, or JSON for API/health paths); never a stack trace."""

from __future__ import annotations

import contextlib

from flask import Flask, g, jsonify, make_response, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from inquiry.extensions import login_manager

MESSAGES = {
    400: "The request could not be understood. Please go back and try again.",
    401: "Please sign in to continue.",
    403: "You don't have permission to do that. If you need access, ask an administrator.",
    404: "There is nothing at this address.",
    405: "That action isn't available at this address.",
    413: "That upload is too large.",
    429: "Too many requests in a short time. Please wait a moment and try again.",
    500: "Something went wrong on our side. It has been logged; please try again later.",
    503: "The evidence store is unavailable just now, so documents cannot be read or "
         "stored. Nothing has been lost; please try again shortly.",
}
DATABASE_UNAVAILABLE = ("The database is unavailable just now, so nothing can be looked up or "
                        "saved. Nothing has been lost; please try again shortly.")


def _render(code: int, message: str, title: str | None = None):  # noqa: ANN202
    wants_json = request.accept_mimetypes.best == "application/json"
    if request.path.startswith(("/api/", "/healthz", "/readyz")) or wants_json:
        return jsonify(error=message, status=code), code
    return render_template("errors/error.html", code=code, title=title or f"Error {code}",
                           message=message), code


def _unavailable(message: str, title: str):  # noqa: ANN202
    """503 with Retry-After: a dependency is down, the request may simply be made again."""
    from inquiry.extensions import db

    with contextlib.suppress(Exception):  # the database may be what is down
        db.session.rollback()
    response = make_response(_render(503, message, title))
    response.headers["Retry-After"] = "30"
    return response


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError):  # noqa: ANN202
        app.logger.warning("CSRF refused on %s: %s", request.path, exc.description)
        return _render(400, "This form has expired or was not sent from this site "
                            "(missing or invalid security token). Reload the page and try again.",
                       "Form expired")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):  # noqa: ANN202
        if exc.response is not None:  # made for this refusal (a page image's 429 is an image)
            return exc.response
        code = exc.code or 500
        message = MESSAGES.get(code, exc.description or "Error")
        if code == 429:
            message = f"{MESSAGES[429]} (limit: {exc.description})"
        return _render(code, message)

    from inquiry.services.blobs import StorageUnavailable
    from inquiry.services.health import database_outages

    @app.errorhandler(StorageUnavailable)
    def store_unavailable(exc: StorageUnavailable):  # noqa: ANN202
        app.logger.warning("evidence store unavailable on %s: %s", request.path, exc)
        return _unavailable(MESSAGES[503], "Evidence store unavailable")

    def database_unavailable(exc: Exception):  # noqa: ANN202
        app.logger.warning("database unavailable on %s: %s", request.path,
                           str(exc).splitlines()[0][:300])
        # The page must not look the user up again (that needs the database): it is
        # drawn as for someone signed out, and the session is untouched for later.
        g._login_user = login_manager.anonymous_user()
        return _unavailable(DATABASE_UNAVAILABLE, "Database unavailable")

    for outage in database_outages():
        app.register_error_handler(outage, database_unavailable)

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):  # noqa: ANN202
        app.logger.exception("unhandled error on %s", request.path)
        from inquiry.extensions import db

        db.session.rollback()
        return _render(500, MESSAGES[500], "Something went wrong")
