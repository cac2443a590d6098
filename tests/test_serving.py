"""The app as `make run` serves it: gunicorn with several processes on SQLite (WAL, busy
timeout), while a real worker writes pages, proposals and events: no request fails."""

from __future__ import annotations

import os
import re
import secrets
import socket
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from tests import pdfs
from tests.conftest import CSRF_RE, TEST_PASSWORD, Worker, wait_for

pytestmark = [pytest.mark.services, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
CREATE_CLERK = """
import sys
from inquiry.app import create_app
from inquiry.services import users
from inquiry.services.actor import SYSTEM
with create_app().app_context():
    users.create_user(sys.argv[1], {"clerk"}, SYSTEM, password=sys.argv[2])
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _gunicorn(env: dict[str, str], port: int, log: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "wsgi:app", "--bind", f"127.0.0.1:{port}",
         "--workers", "3", "--timeout", "120"],
        cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)

    def answers() -> bool:
        assert proc.poll() is None, log.read_text()[-3000:]
        try:
            return requests.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    wait_for(answers, timeout=90)
    return proc


def _csrf(session: requests.Session, url: str) -> str:
    match = CSRF_RE.search(session.get(url, timeout=30).text)
    return next(g for g in match.groups() if g)


def test_requests_never_fail_while_a_worker_writes(worker_env, tmp_path):
    database = tmp_path / "inquiry.db"
    # Its own queue: the session's worker (on the test database) must not take these tasks.
    broker, _, number = worker_env["INQUIRY_REDIS_URL"].rpartition("/")
    env = worker_env | {"INQUIRY_REDIS_URL": f"{broker}/{(int(number or 0) + 7) % 16}",
                        "INQUIRY_DATABASE_URL": f"sqlite:///{database}",
                        "INQUIRY_VAR_DIR": str(tmp_path / "var"),
                        "INQUIRY_STORAGE_DIR": str(tmp_path / "blobs"),
                        "INQUIRY_SESSION_COOKIE_SECURE": "false",
                        "INQUIRY_ES_INDEX_PREFIX": f"serve{secrets.token_hex(3)}",
                        "INQUIRY_PAGES_PER_TASK": "2"}
    inquiry = str(Path(sys.executable).parent / "inquiry")
    subprocess.run([inquiry, "db", "upgrade"], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    subprocess.run([sys.executable, "-c", CREATE_CLERK, "clerk@example.org", TEST_PASSWORD],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    assert sqlite3.connect(database).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    port = _free_port()
    web = _gunicorn(env, port, tmp_path / "gunicorn.log")
    worker = Worker(env, tmp_path / "worker.log")
    base = f"http://127.0.0.1:{port}"
    try:
        clerk = requests.Session()
        signed = clerk.post(f"{base}/sign-in", data={
            "email": "clerk@example.org", "password": TEST_PASSWORD,
            "csrf_token": _csrf(clerk, f"{base}/sign-in")}, allow_redirects=False, timeout=30)
        assert signed.status_code == 302, signed.text
        files = [(f"bundle{i}.pdf", pdfs.pages_pdf(tmp_path, [[f"Page {n} of bundle {i}: the "
                                                              f"witness saw a blue car."]
                                                             for n in range(1, 13)],
                                                  name=f"bundle{i}.pdf").read_bytes())
                 for i in range(4)]
        files.append(("scan.pdf", pdfs.scan_pdf(tmp_path, ["A scanned note"]).read_bytes()))
        uploaded = clerk.post(f"{base}/documents/upload", data={
            "csrf_token": _csrf(clerk, f"{base}/documents/upload"), "document_type": "report",
            "provider": "Test Police"}, files=[("files", f) for f in files], timeout=120)
        assert uploaded.status_code == 200, uploaded.text[-2000:]
        urns = sorted(set(re.findall(r"/documents/(INQ\d{6})", uploaded.text)))
        assert len(urns) == 5
        worker.start()
        statuses: list[tuple[int, str]] = []
        stop = threading.Event()

        def browse(n: int) -> None:
            session = requests.Session()
            session.cookies.update(clerk.cookies)
            while not stop.is_set():
                for path in ("/documents/", f"/documents/progress.json?urn={urns[n % 5]}",
                             f"/documents/{urns[n % 5]}", "/documents/failed"):
                    try:
                        response = session.get(base + path, timeout=60)
                    except requests.RequestException as exc:  # a hung or dropped request
                        statuses.append((0, f"{path}: {exc}"))
                    else:
                        statuses.append((response.status_code, path))

        threads = [threading.Thread(target=browse, args=(n,), daemon=True) for n in range(3)]
        for thread in threads:
            thread.start()

        def all_done() -> bool:
            data = clerk.get(f"{base}/documents/progress.json?" + "&".join(
                f"urn={u}" for u in urns), timeout=60).json()["documents"]
            return all(d["finished"] for d in data.values()) and data

        done = wait_for(all_done, timeout=300, interval=1)
        stop.set()
        for thread in threads:
            thread.join(60)
        assert {d["status"] for d in done.values()} == {"ready"}, done
        failures = [s for s in statuses if s[0] >= 500 or s[0] == 0]
        assert len(statuses) > 20 and not failures, (failures[:5], len(statuses))
        assert "database is locked" not in (tmp_path / "worker.log").read_text()
    finally:
        worker.stop()
        os.killpg(web.pid, 15)
        web.wait(30)
