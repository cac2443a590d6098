"""The app factory: settings in, a configured Flask app out, no I/O."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

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
