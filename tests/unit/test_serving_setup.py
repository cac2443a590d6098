"""`make run` serves as production does, so one bad request cannot stop the others: several
gunicorn processes, and SQLite set up so that a worker's writes make requests wait, not fail.
(tests/test_serving.py runs that server beside a busy worker.)"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[2]


def test_make_run_serves_with_several_gunicorn_processes() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^run: setup\n\tscripts/run\.sh$", makefile, re.M)
    script = (ROOT / "scripts" / "run.sh").read_text()
    serve = script[script.index("\nexec "):].replace("\\\n", " ").split("\n")[1]
    words = shlex.split(serve)
    assert words[:3] == ["exec", "gunicorn", "wsgi:app"], words
    workers = words[words.index("--workers") + 1]
    assert workers == "${INQUIRY_WEB_WORKERS:-3}"
    assert "--timeout" in words  # a hung request is ended and its process replaced


def test_sqlite_connections_use_wal_and_a_busy_timeout(tmp_path: Path) -> None:
    from inquiry.app import SQLITE_BUSY_TIMEOUT_MS, create_app
    from inquiry.extensions import db
    from tests.conftest import make_settings

    app = create_app(make_settings(tmp_path, f"sqlite:///{tmp_path / 'inquiry.db'}"))
    with app.app_context(), db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == SQLITE_BUSY_TIMEOUT_MS
    assert SQLITE_BUSY_TIMEOUT_MS >= 10_000
