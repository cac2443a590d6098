"""What the fault tests share: documents read afresh from any app's database, the checks
every scenario ends with (final, each page once, each upload audited), a free port for a
private service, and a worker of a test's own in place of the session's."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models import AuditEntry, Document, Page
from tests.conftest import Worker

FINAL = ("ready", "failed", "password_required")


def rows(app, **where) -> list[Document]:  # noqa: ANN001, ANN003
    """Documents as they stand now (detached, so they can be read after the context)."""
    with app.app_context():
        db.session.expire_all()
        out = list(db.session.scalars(select(Document).filter_by(**where)))
        for d in out:
            db.session.expunge(d)
        return out


def one(app, urn: str) -> Document:  # noqa: ANN001
    return rows(app, urn=urn)[0]


def all_final(app) -> bool:  # noqa: ANN001
    found = rows(app)
    return bool(found) and all(d.status in FINAL for d in found)


def pages_once(app, urn: str, count: int) -> None:  # noqa: ANN001
    """Every page stored, none twice."""
    with app.app_context():
        document = db.session.scalar(select(Document).where(Document.urn == urn))
        numbers = list(db.session.scalars(select(Page.number).where(
            Page.document_id == document.id).order_by(Page.number)))
    assert numbers == list(range(1, count + 1))


def audited_uploads(app) -> None:  # noqa: ANN001
    """An upload audit entry for every stored document."""
    with app.app_context():
        urns = set(db.session.scalars(select(Document.urn)))
        audited = set(db.session.scalars(select(AuditEntry.target_id).where(
            AuditEntry.action == "document.upload")))
    assert urns <= audited


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def log_count(log: Path, *words: str) -> int:
    """Lines of a worker's log holding all these words."""
    return sum(all(w in line for w in words)
               for line in log.read_text(errors="replace").splitlines())


@contextlib.contextmanager
def worker_instead(session_worker: Worker, env: dict[str, str], log: Path) -> Iterator[Worker]:
    """A worker of the test's own (its own database, store or broker) in place of the
    session's, which would otherwise take the test's messages with the wrong settings;
    the session's is started again afterwards."""
    session_worker.stop()
    ours = Worker(env, log)
    try:
        ours.start()
        yield ours
    finally:
        ours.stop()
        session_worker.start()
