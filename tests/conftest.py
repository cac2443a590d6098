"""Shared fixtures: the app on the real database, signed-in clients, the real services.

`make test` starts PostgreSQL, Elasticsearch, Redis and the S3 server and exports their
addresses as INQUIRY_TEST_* variables; without INQUIRY_TEST_DATABASE_URL the suite runs on
a SQLite file (the fast run). Tests that need a service fail, not skip, when it is absent.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from config import Settings, load_settings

TEST_PASSWORD = "correct horse battery staple"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses the app's database, so the SQLite run can select them."""
    for item in items:
        if "app" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)


def _required_env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: run the suite through `make test`, which starts "
                    "the real services", pytrace=False)
    return value


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("INQUIRY_TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


@pytest.fixture(scope="session")
def es_url() -> str:
    return _required_env("INQUIRY_TEST_ELASTICSEARCH_URL")


@pytest.fixture(scope="session")
def redis_url() -> str:
    return _required_env("INQUIRY_TEST_REDIS_URL")


@pytest.fixture(scope="session")
def s3_server() -> dict[str, str]:
    """The real S3-compatible server (versitygw) that `make test` runs on loopback."""
    return {
        "endpoint_url": _required_env("INQUIRY_TEST_S3_ENDPOINT"),
        "access_key": _required_env("INQUIRY_TEST_S3_ACCESS_KEY"),
        "secret_key": _required_env("INQUIRY_TEST_S3_SECRET_KEY"),
        "region": os.environ.get("INQUIRY_TEST_S3_REGION", "us-east-1"),
    }


def make_settings(var_dir: Path, database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "var_dir": var_dir,
        "database_url": database_url,
        "secret_key": secrets.token_urlsafe(48),
        "testing": True,
        "session_cookie_secure": True,
        "sign_in_rate_limit": "30 per minute",
        "elasticsearch_url": os.environ.get("INQUIRY_TEST_ELASTICSEARCH_URL",
                                            "http://127.0.0.1:9"),
        "es_index_prefix": f"test{secrets.token_hex(3)}",
        "redis_url": os.environ.get("INQUIRY_TEST_REDIS_URL"),
        "pages_per_task": 10,
        "task_visibility_timeout": 15,
        # Self-healing quickly enough for the fault tests (README "What happens when").
        "lease_seconds": 10,
        "sweep_seconds": 1,
        "retry_backoff_max": 3,
    }
    values.update(overrides)
    return load_settings(environ={}, **values)


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory, database_url: str) -> Settings:
    return make_settings(tmp_path_factory.mktemp("var"), database_url)


@pytest.fixture(scope="session")
def app(settings: Settings):  # noqa: ANN201
    from flask_migrate import upgrade

    from inquiry.app import create_app
    from inquiry.extensions import db

    app = create_app(settings)
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
        upgrade()
    return app


@pytest.fixture(autouse=True)
def _clean_state(request: pytest.FixtureRequest):  # noqa: ANN202
    """Empty every table and the rate limiter after each test that used the app."""
    yield
    if "app" not in request.fixturenames:
        return
    app = request.getfixturevalue("app")
    import time

    from sqlalchemy.exc import OperationalError

    from inquiry.extensions import db, limiter

    with app.app_context():
        db.session.remove()
        tables = [t.name for t in reversed(db.metadata.sorted_tables)]
        for attempt in range(5):  # a worker finishing a task may hold row locks a moment
            try:
                with db.engine.begin() as conn:
                    if db.engine.dialect.name == "postgresql":
                        quoted = ", ".join(f'"{t}"' for t in tables)
                        conn.execute(text(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE"))
                    else:
                        for t in tables:
                            conn.execute(text(f'DELETE FROM "{t}"'))  # noqa: S608 - table names from metadata
                break
            except OperationalError:
                if attempt == 4:
                    raise
                time.sleep(1)
        limiter.reset()
    # The audit trail starts again, so do its checkpoints outside the database.
    import shutil

    shutil.rmtree(app.extensions["inquiry_settings"].audit_checkpoint_dir, ignore_errors=True)
    app.extensions.get("inquiry_audit", {}).pop("last_checkpoint_at", None)


@contextlib.contextmanager
def other_app(app, settings: Settings):  # noqa: ANN001, ANN201
    """A second app (another configuration or database); the session app's Celery is put
    back as the default afterwards."""
    from inquiry.app import create_app

    other = create_app(settings)
    try:
        yield other
    finally:
        app.extensions["celery"].set_default()
        app.extensions["celery"].set_current()


@pytest.fixture
def client(app):  # noqa: ANN001, ANN201
    return app.test_client()


@pytest.fixture
def fresh_search_and_store(app, settings):  # noqa: ANN001, ANN201
    """No search index and an empty local publication store: ids and URNs restart with
    every test's fresh tables, so nothing indexed or published before may linger."""
    import shutil

    from inquiry.services import search_index
    from search import mapping

    with app.app_context():
        mapping.delete_indices(search_index.client(), search_index.prefix())
        search_index.forget_alias()
    shutil.rmtree(settings.publication_dir, ignore_errors=True)


@pytest.fixture
def runner(app):  # noqa: ANN001, ANN201
    return app.test_cli_runner()


@dataclass
class Account:
    id: int
    email: str
    password: str
    roles: tuple[str, ...]


@pytest.fixture
def make_user(app):  # noqa: ANN001, ANN201
    from inquiry.services import users
    from inquiry.services.actor import SYSTEM

    counter = iter(range(1, 10_000))

    def make(*roles: str, email: str | None = None, password: str = TEST_PASSWORD,
             active: bool = True) -> Account:
        email = email or f"{'-'.join(roles) or 'nobody'}{next(counter)}@example.org"
        with app.app_context():
            account = users.create_user(email, set(roles), SYSTEM, password=password)
            if not active:
                from inquiry.extensions import db

                account.user.active = False
                db.session.commit()
            return Account(account.user.id, account.user.email, password, roles)

    return make


CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|'
                     r'type="hidden" name="csrf_token" value="([^"]+)"|'
                     r'name="csrf_token" value="([^"]+)"')


def csrf_token(client, path: str = "/sign-in") -> str:  # noqa: ANN001
    """A CSRF token as a browser would have it: from a form on a page."""
    html = client.get(path).get_data(as_text=True)
    match = CSRF_RE.search(html)
    assert match, f"no CSRF token on {path}"
    return next(g for g in match.groups() if g)


def sign_in(client, account: Account, password: str | None = None):  # noqa: ANN001, ANN201
    token = csrf_token(client, "/sign-in")
    return client.post("/sign-in", data={"email": account.email,
                                         "password": password or account.password,
                                         "csrf_token": token})


@pytest.fixture
def signed_in(client, make_user):  # noqa: ANN001, ANN201
    """signed_in("admin", "reviewer") -> a client signed in as a new user with those roles."""

    def as_roles(*roles: str):  # noqa: ANN202
        account = make_user(*roles)
        response = sign_in(client, account)
        assert response.status_code == 302, response.get_data(as_text=True)
        client.account = account
        return client

    return as_roles


class Worker:
    """A real Celery worker process on the test database, Redis and storage."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log, self.proc = env, log, None

    def start(self, timeout: float = 60) -> None:
        import subprocess
        import sys
        import time

        self.log.write_text("")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "inquiry.worker:celery", "worker",
             "--concurrency", "1", "--loglevel", "INFO", "--without-gossip", "--without-mingle",
             "--hostname", f"test-{os.getpid()}-{secrets.token_hex(2)}@%h"],
            env=self.env, stdout=self.log.open("ab"), stderr=subprocess.STDOUT,
            start_new_session=True)
        deadline = time.monotonic() + timeout
        while " ready." not in self.log.read_text(errors="replace"):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"worker did not start:\n{self.log.read_text()[-3000:]}")
            time.sleep(0.2)

    def kill(self) -> None:
        """SIGKILL the whole worker (main process and pool children), as a crash would."""
        import signal

        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        import signal

        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except Exception:  # noqa: BLE001 - then make sure
                self.kill()


@pytest.fixture(scope="session")
def worker_env(settings: Settings, redis_url: str, es_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INQUIRY_")}
    env.update({
        "INQUIRY_VAR_DIR": str(settings.var_dir),
        "INQUIRY_DATABASE_URL": settings.database_url,
        "INQUIRY_SECRET_KEY": settings.secret_key,
        "INQUIRY_REDIS_URL": settings.effective_redis_url,
        "INQUIRY_ELASTICSEARCH_URL": es_url,
        "INQUIRY_ES_INDEX_PREFIX": settings.es_index_prefix,
        "INQUIRY_STORAGE_DIR": str(settings.storage_dir),
        "INQUIRY_PUBLICATION_DIR": str(settings.publication_dir),
        "INQUIRY_PAGES_PER_TASK": str(settings.pages_per_task),
        "INQUIRY_TASK_VISIBILITY_TIMEOUT": str(settings.task_visibility_timeout),
        "INQUIRY_LEASE_SECONDS": str(settings.lease_seconds),
        "INQUIRY_SWEEP_SECONDS": str(settings.sweep_seconds),
        "INQUIRY_RETRY_BACKOFF_MAX": str(settings.retry_backoff_max),
        "OMP_THREAD_LIMIT": "1",
    })
    return env


_RUNNING_WORKERS: list[Worker] = []  # the session's workers, for no_background_sweeper


@pytest.fixture(scope="session")
def worker(worker_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    handle = Worker(worker_env, tmp_path_factory.mktemp("worker") / "worker.log")
    handle.start()
    _RUNNING_WORKERS.append(handle)
    yield handle
    _RUNNING_WORKERS.remove(handle)
    handle.stop()


@pytest.fixture
def no_background_sweeper():  # noqa: ANN201
    """Stop the session's workers for one test: each runs the sweeper every second on the
    same database, and a test of the sweeper itself must not race it."""
    stopped = [w for w in _RUNNING_WORKERS if w.proc and w.proc.poll() is None]
    for handle in stopped:
        handle.stop()
    yield
    for handle in stopped:
        handle.start()


def wait_for(predicate, timeout: float = 60, interval: float = 0.3):  # noqa: ANN001, ANN201
    """Poll until predicate() is truthy; fail with its last value."""
    import time

    deadline = time.monotonic() + timeout
    value = predicate()
    while not value:
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting after {timeout}s (last value {value!r})")
        time.sleep(interval)
        value = predicate()
    return value
