"""Extensions created unbound and attached in create_app with init_app (nothing built at import)."""

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData

# Stable constraint names so Alembic migrations are the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

db = SQLAlchemy(metadata=MetaData(naming_convention=NAMING_CONVENTION))
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
limiter = Limiter(key_func=get_remote_address, default_limits=[])


class ElasticsearchClient:
    """The app's Elasticsearch client, made on first use from the app's settings.

    Lazy so that create_app does no I/O and a down cluster doesn't stop the app starting.
    """

    def __init__(self) -> None:
        self._clients: dict[str, object] = {}

    def init_app(self, app) -> None:  # noqa: ANN001 - Flask app
        app.extensions["inquiry_es"] = self

    def client_for(self, url: str, timeout: float):  # noqa: ANN201 - elasticsearch.Elasticsearch
        """A client for ``url`` with the app's credentials for a real cluster: user and
        password in the URL, or ``INQUIRY_ES_API_KEY``; ``INQUIRY_ES_CA_CERTS`` to verify
        its certificate (https is always verified)."""
        from elasticsearch import Elasticsearch
        from flask import current_app

        settings = current_app.extensions["inquiry_settings"]
        auth: dict[str, str] = {}
        if settings.es_api_key:
            auth["api_key"] = settings.es_api_key
        if settings.es_ca_certs:
            auth["ca_certs"] = settings.es_ca_certs
        key = f"{url}|{timeout}|{sorted(auth.items())}"
        if key not in self._clients:
            self._clients[key] = Elasticsearch(url, request_timeout=timeout, max_retries=1,
                                               retry_on_timeout=False, **auth)
        return self._clients[key]


es = ElasticsearchClient()
