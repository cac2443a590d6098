"""Headers on every response: no framing, no sniffing, a strict content policy, no caching."""

from flask import Flask, Response

HSTS = "max-age=31536000; includeSubDomains"


def register_security_headers(app: Flask) -> None:
    production = app.extensions["inquiry_settings"].production

    @app.after_request
    def add_headers(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
        if production:  # served over TLS only: browsers must never fall back to http
            response.headers.setdefault("Strict-Transport-Security", HSTS)
        if not response.headers.get("Cache-Control"):
            # Evidence and account pages must not linger in shared or browser caches.
            response.headers["Cache-Control"] = "no-store"
        return response
