"""The app factory: settings in, a configured Flask app out, no I/O."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

from flask import Flask

from config import Settings, load_settings
from inquiry.extensions import csrf, db, es, limiter, login_manager, migrate

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or load_settings()
    app = Flask(__name__, template_folder=str(PROJECT_ROOT / "templates"),
                static_folder=str(PROJECT_ROOT / "static"))
    app.config.from_mapping(_flask_config(settings))
    app.extensions["inquiry_settings"] = settings
    logging.getLogger("inquiry").setLevel(settings.log_level)

    db.init_app(app)
    _sqlite_write_ahead_log(app, settings.database_url)
    migrate.init_app(app, db, directory=str(Path(__file__).parent / "migrations"),
                     render_as_batch=True, compare_type=True)
    login_manager.init_app(app)
    es.init_app(app)
    from inquiry.celery_app import celery_init_app

    celery_init_app(app)

    from inquiry.auth.enforce import init_enforcement
    # Permission check first, so an unauthorised request gets 403 before anything else.
    init_enforcement(app)
    csrf.init_app(app)
    limiter.init_app(app)

    from inquiry.views import register_blueprints
    from inquiry.views.errors import register_error_handlers
    from inquiry.views.security_headers import register_security_headers

    register_blueprints(app)
    register_error_handlers(app)
    register_security_headers(app)
    if settings.trusted_proxies:
        # Behind N reverse proxies: the client's address and scheme from their headers (for
        # per-address sign-in limits, sessions and audit entries); never without a proxy.
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.trusted_proxies,  # type: ignore[method-assign]
                                x_proto=settings.trusted_proxies)
    return app


def _sqlite_write_ahead_log(app: Flask, database_url: str) -> None:
    """SQLite (local mode) in write-ahead-log mode. A commit is then one fsync of the log
    instead of a rollback journal created, synced and deleted: a search's two commits (its
    history row and its audit entry) took ~16 ms on this machine, now ~4 ms. Readers no
    longer block the writer either (the web app and the workers share the file).
    ``synchronous`` stays FULL, so a committed audit entry survives a power cut."""
    from sqlalchemy import event
    from sqlalchemy.engine import make_url

    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return
    with app.app_context():
        event.listen(db.engine, "connect", _write_ahead_log)
        if url.database and url.database != ":memory:":
            path = url.database
            event.listen(db.engine, "do_connect", lambda *_args: _private_database(path))


def _private_database(path: str) -> None:
    """The SQLite file is made 0600 before SQLite opens it (SQLite would follow the umask);
    its -wal and -shm files take the database's mode. One made by an older version is
    tightened, with them."""
    import os

    from ingest.private import tighten

    if not os.path.exists(path):
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    for name in (path, f"{path}-wal", f"{path}-shm", f"{path}-journal"):
        tighten(name, 0o600)


# How long a SQLite writer waits for another process's write (a worker storing pages, the
# web app's audit entries) before "database is locked": long enough to ride out any one
# step's commit, well inside gunicorn's request timeout.
SQLITE_BUSY_TIMEOUT_MS = 30_000


def _write_ahead_log(dbapi_connection: Any, _record: Any) -> None:  # noqa: ANN401
    """Every connection: WAL, and a busy timeout so concurrent writers queue, not fail."""
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def create_web_app(settings: Settings | None = None) -> Flask:
    """The app for a process that serves requests (gunicorn's ``wsgi:app``, ``inquiry
    run``): :func:`create_app`, then what the first search would otherwise wait for is
    loaded up front. Celery workers and CLI commands never search, so they skip it."""
    app = create_app(settings)
    from inquiry.services.searching import warm_up

    warm_up()
    return app


def _flask_config(settings: Settings) -> dict[str, object]:
    return {
        "SECRET_KEY": settings.secret_key,
        "TESTING": settings.testing,
        "SQLALCHEMY_DATABASE_URI": settings.database_url,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "SESSION_COOKIE_NAME": "inquiry_session",
        "SESSION_COOKIE_SECURE": settings.session_cookie_secure,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "PERMANENT_SESSION_LIFETIME": timedelta(minutes=settings.session_lifetime_minutes),
        "REMEMBER_COOKIE_SECURE": True,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "WTF_CSRF_TIME_LIMIT": settings.session_lifetime_minutes * 60,
        "WTF_CSRF_SSL_STRICT": settings.production,
        "RATELIMIT_STORAGE_URI": settings.ratelimit_storage_url,
        "RATELIMIT_HEADERS_ENABLED": True,
        "MAX_CONTENT_LENGTH": settings.max_upload_bytes,
        "MAX_FORM_MEMORY_SIZE": 1024 * 1024,
    }


def settings_of(app: Flask) -> Settings:
    return app.extensions["inquiry_settings"]
