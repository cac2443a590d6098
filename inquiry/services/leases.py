"""A document's lease: which process is working on it, until when.

A step takes the lease (compare-and-set), a heartbeat thread renews it while the step runs,
and the step releases it at the end. The lease names its holder ("host/pid"), so:

- a lease held by a process that has died on this host (a worker child killed by the
  out-of-memory killer, a whole worker killed) is taken over at once by the next task;
- a lease held on another machine is taken over once it runs out, which without the
  holder's heartbeat is within ``lease_seconds``;
- a live holder's lease is never taken: a second task for the same document answers
  "busy" and stops, since the holder carries the document on itself.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
from collections.abc import Iterator
from datetime import timedelta

from sqlalchemy import select, update

from inquiry.extensions import db
from inquiry.models.base import utcnow
from inquiry.models.document import Document

log = logging.getLogger(__name__)


def _host() -> str:
    """This machine and PID namespace: two containers sharing a host name never mistake
    each other's processes for their own."""
    try:
        namespace = os.readlink("/proc/self/ns/pid").removeprefix("pid:")
    except OSError:
        namespace = ""
    return f"{socket.gethostname()[:80]}{namespace}"


HOST = _host()


def owner_id() -> str:
    return f"{HOST}/{os.getpid()}"


def owner_alive(owner: str | None) -> bool | None:
    """True or False for a holder on this host; None when it cannot be told from here
    (another machine, or a lease written before holders were named)."""
    if not owner:
        return None
    host, _, pid = owner.rpartition("/")
    if host != HOST or not pid.isdigit():
        return None
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    if _zombie(int(pid)):
        return False
    return True


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[-1].split()[0] in ("Z", "X")
    except OSError:
        return False


def lease_seconds() -> int:
    from flask import current_app

    s = current_app.extensions["inquiry_settings"]
    if db.engine.dialect.name == "sqlite":  # no heartbeat there (one writer at a time)
        return max(s.lease_seconds, s.task_visibility_timeout)
    return s.lease_seconds


def claim(document_id: int, seconds: int) -> tuple[bool, bool]:
    """(taken, abandoned). ``abandoned``: the lease taken was left by a task that did not
    finish (its holder died, or its time ran out unrenewed)."""
    now = utcnow()
    row = db.session.execute(select(Document.lease_until, Document.lease_owner)
                             .where(Document.id == document_id)).first()
    if row is None:
        db.session.rollback()
        return False, False
    until, owner = row
    leftover = owner == owner_id() and document_id not in _held
    free = until is None or until < now or owner_alive(owner) is False or leftover
    if not free:
        db.session.rollback()
        return False, False
    taken = db.session.execute(
        update(Document).where(Document.id == document_id,
                               Document.lease_until.is_not_distinct_from(until),
                               Document.lease_owner.is_not_distinct_from(owner))
        .values(lease_until=now + timedelta(seconds=seconds), lease_owner=owner_id())
        .execution_options(synchronize_session=False)).rowcount
    db.session.commit()
    if taken:
        _held.add(document_id)
    if taken and leftover:
        log.info("document %s: took back this process's own lease (its release could not "
                 "be written)", document_id)
        return True, False
    if taken and until is not None:
        log.warning("document %s: took over the lease of %s (%s)", document_id, owner or "?",
                    "its process has died" if until >= now else "it ran out")
    return bool(taken), bool(taken) and until is not None


# Documents whose lease this process holds for a step running now. A lease in our own name
# on any other document is a leftover: a step of ours ended but its release could not be
# written (the database went away), so the next task here takes it back at once instead
# of answering "busy" until it runs out.
_held: set[int] = set()


def release(document_id: int) -> None:
    """Give the lease up at the end of a step. Never raises: when the database cannot be
    reached the error that matters is the step's, and the lease is taken back by this
    process's next task (or by anyone once it runs out)."""
    _held.discard(document_id)
    try:
        db.session.execute(update(Document).where(Document.id == document_id,
                                                  Document.lease_owner == owner_id())
                           .values(lease_until=None, lease_owner=None)
                           .execution_options(synchronize_session=False))
        db.session.commit()
    except Exception as exc:  # noqa: BLE001 - see above
        log.warning("lease of document %s not released now: %s", document_id,
                    str(exc).splitlines()[0][:200])
        with contextlib.suppress(Exception):
            db.session.rollback()


def renew(document_id: int, seconds: int, engine=None) -> bool:  # noqa: ANN001 - an Engine
    """Push our lease on, in its own short transaction. It never waits for the row: the
    step itself usually holds it (a title, a status written and not yet committed), and
    while it does no one can take the lease anyway. Waiting there cost every document
    seconds (a lock timeout per beat) and held up the step's end until the beat gave up."""
    engine = engine or db.engine
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(select(Document.id).where(Document.id == document_id)
                             .with_for_update(nowait=True))
            done = conn.execute(update(Document).where(
                Document.id == document_id, Document.lease_owner == owner_id())
                .values(lease_until=utcnow() + timedelta(seconds=seconds))).rowcount
        return bool(done)
    except Exception as exc:  # noqa: BLE001 - a missed beat is retried at the next one
        log.debug("lease of document %s not renewed now: %s", document_id, exc)
        return False


@contextlib.contextmanager
def heartbeat(document_id: int, seconds: int) -> Iterator[None]:
    """Renew the lease every third of its length while the block runs."""
    if db.engine.dialect.name == "sqlite":
        yield
        return
    engine, stop = db.engine, threading.Event()

    def beat() -> None:
        while not stop.wait(max(1.0, seconds / 3)):
            renew(document_id, seconds, engine)

    thread = threading.Thread(target=beat, name=f"lease-{document_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(5)


def live(until, owner: str | None, now) -> bool:  # noqa: ANN001 - datetimes
    """Whether a lease read from a row still protects a running step."""
    return until is not None and until >= now and owner_alive(owner) is not False
