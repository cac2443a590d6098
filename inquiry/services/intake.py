"""Taking files in: validate, store the original, record a Document, queue processing.

One bad file never stops its batch: every file ends as a Document (stored, or failed with
a reason) or as an IntakeProblem (refused, or a duplicate naming the existing URN).

Each file is one transaction: its Document (or IntakeProblem), its upload audit entry and
the batch's file count are committed together, and it is queued right after; a process
killed part-way leaves every file it took in counted, audited and, if the queue message
was never sent, found by the sweeper (services.recovery). When the queue is down a file is
"stored; waiting for a worker", never "queued". An evidence store outage stops the intake
with :class:`StoreUnavailable` and leaves no empty batch behind.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from ingest import validate
from ingest.storage import StorageUnavailable
from inquiry.extensions import db
from inquiry.models.access import DocumentGrant
from inquiry.models.base import utcnow
from inquiry.models.document import (
    DOCUMENT_TYPES,
    UNPACKING,
    Batch,
    Document,
    IntakeProblem,
    Status,
)
from inquiry.services import audit, blobs
from inquiry.services.actor import Actor
from inquiry.services.documents import add_event, assign_urn
from inquiry.services.scratch import clean_scratch, scratch_dir  # noqa: F401 - callers' too

log = logging.getLogger(__name__)


class IntakeError(ValueError):
    """A request about intake that can't be done; the message is safe to show."""


StoreUnavailable = StorageUnavailable  # the evidence store is down: try again shortly


@dataclass(frozen=True)
class Metadata:
    provider: str = ""
    author: str = ""
    document_date: date | None = None
    received_date: date | None = None
    document_type: str = "other"
    description: str = ""
    restricted: bool = False
    # From a load file row (services.loadfiles): the file's own title and reference.
    title: str = ""
    provider_reference: str = ""

    def problems(self) -> list[str]:
        out = []
        if self.document_type not in DOCUMENT_TYPES:
            out.append(f"Unknown document type {self.document_type!r}.")
        if self.document_date and self.received_date and self.document_date > self.received_date:
            out.append("The document date is after the date it was received.")
        if self.received_date and self.received_date > date.today():
            out.append("The date received is in the future.")
        if len(self.provider) > 200 or len(self.author) > 200:
            out.append("Provider and author are limited to 200 characters.")
        if len(self.description) > 10_000:
            out.append("The description is limited to 10,000 characters.")
        return out


@dataclass(frozen=True)
class IncomingFile:
    name: str  # as the sender named it (for display only; never used as a path)
    path: Path


@dataclass
class IntakeSummary:
    batch_id: int
    stored: list[tuple[str, str]] = field(default_factory=list)       # (name, urn)
    needs_password: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)   # (name, existing urn)
    failed: list[tuple[str, str]] = field(default_factory=list)       # (name, reason)
    # Archives too large to expand inside the request: a worker expands them.
    deferred: list[str] = field(default_factory=list)
    # URNs stored while the task queue was down: processing starts when it returns.
    waiting: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return (len(self.stored) + len(self.needs_password) + len(self.duplicates)
                + len(self.failed))


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int
    zip_max_members: int
    zip_max_total_bytes: int
    zip_max_ratio: int
    # An archive bigger than this is expanded by a worker; None: always here and now.
    zip_background_bytes: int | None = None


def limits_from(settings, background: bool = True) -> Limits:  # noqa: ANN001 - config.Settings
    """The settings' intake limits; ``background`` lets large archives go to a worker."""
    return Limits(settings.max_file_bytes, settings.zip_max_members,
                  settings.zip_max_total_bytes, settings.zip_max_ratio,
                  settings.zip_background_bytes if background else None)


def new_batch(actor: Actor, source: str, label: str = "") -> int:
    batch = Batch(created_by_id=actor.user_id, source=source, label=label[:200])
    db.session.add(batch)
    db.session.commit()
    return batch.id


def take_in(batch_id: int, files: Iterable[IncomingFile], metadata: Metadata, actor: Actor,
            limits: Limits, urn_format: str,
            per_file: Callable[[str], Metadata | None] | None = None) -> IntakeSummary:
    """Validate and store each file (expanding zips), each in its own transaction with its
    audit entry and the batch count, and queue it at once. ``per_file(name)`` gives a
    file's own metadata (a load file's row) in place of the batch's."""
    summary = IntakeSummary(batch_id)
    try:
        with scratch_dir("intake-") as scratch:
            for incoming in files:
                if _defer(batch_id, incoming, metadata, actor, limits):
                    summary.deferred.append(incoming.name)
                    continue
                for name, path, refusal in _expand(incoming, scratch, limits):
                    if refusal:
                        _refuse(batch_id, name, refusal, summary)
                        continue
                    own = per_file(name) if per_file else None
                    document_id = _take_one(batch_id, name, path, own or metadata, actor,
                                            limits, urn_format, summary)
                    if document_id:
                        _queue(document_id, summary)
    except StorageUnavailable:
        db.session.rollback()
        discard_if_empty(batch_id)
        raise
    return summary


def _queue(document_id: int, summary: IntakeSummary) -> None:
    from inquiry.services import processing

    if processing.enqueue(document_id):
        return
    document = db.session.get(Document, document_id)
    add_event(document, "waiting", "Stored while the task queue (Redis) was unavailable; "
                                   "processing starts automatically when it returns.")
    db.session.commit()
    summary.waiting.append(document.urn or "")


def _counted(batch_id: int) -> None:
    """One more file received, in the transaction that records the file."""
    from sqlalchemy import update

    db.session.execute(update(Batch).where(Batch.id == batch_id)
                       .values(files_received=Batch.files_received + 1)
                       .execution_options(synchronize_session=False))


def discard_if_empty(batch_id: int) -> None:
    """Remove a batch that took in nothing (the store was down before its first file)."""
    batch = db.session.get(Batch, batch_id)
    if batch is not None and not batch.documents and not batch.problems:
        db.session.delete(batch)
        db.session.commit()


def _defer(batch_id: int, incoming: IncomingFile, metadata: Metadata, actor: Actor,
           limits: Limits) -> bool:
    """Hand a large archive to a worker (kept in the evidence store as received), so the
    request returns at once and the batch page shows its files as they are taken in."""
    if limits.zip_background_bytes is None or validate.sniff(incoming.path).kind != "zip":
        return False
    if incoming.path.stat().st_size <= limits.zip_background_bytes:
        return False
    from kombu.exceptions import OperationalError as BrokerDown

    from inquiry.tasks import expand_archive

    sha = blobs.store().put_file(incoming.path)
    fields = {k: (v.isoformat() if isinstance(v, date) else v)
              for k, v in metadata.__dict__.items()}
    # The batch shows the archive until a worker has taken its files in (batch page, progress).
    pending = IntakeProblem(batch_id=batch_id, filename=incoming.name[:1024], kind=UNPACKING,
                            reason="Being unpacked by a worker: its files appear here as "
                                   "they are taken in.")
    db.session.add(pending)
    db.session.commit()
    try:
        expand_archive.apply_async((batch_id, sha, incoming.name, fields, actor.user_id,
                                    actor.email), retry=True, retry_policy={"max_retries": 1})
    except (BrokerDown, ConnectionError, OSError):
        db.session.delete(pending)
        db.session.commit()
        return False  # no queue: expand it here and now instead
    return True


def expand_later(batch_id: int, sha256: str, name: str, fields: dict, actor: Actor,
                 limits: Limits, urn_format: str) -> IntakeSummary:
    """The worker's half of :func:`_defer`: take in an archive kept in the store."""
    from inquiry.services import processing
    from inquiry.services.workcopy import working_copy

    values = {k: (date.fromisoformat(v) if k.endswith("_date") and v else v)
              for k, v in fields.items()}
    try:
        path = working_copy(sha256)
        summary = take_in(batch_id, [IncomingFile(name, Path(path))], Metadata(**values), actor,
                          Limits(limits.max_file_bytes, limits.zip_max_members,
                                 limits.zip_max_total_bytes, limits.zip_max_ratio), urn_format)
    except Exception as exc:
        db.session.rollback()
        if processing.is_transient(exc):  # a store or the database down: tried again later,
            raise processing.TransientError(str(exc)[:500]) from exc  # still "being unpacked"
        log.exception("archive %s of batch %s could not be unpacked", name, batch_id)
        _unpacked(batch_id, name)  # never left "being unpacked" for ever, nor dropped unsaid
        summary = IntakeSummary(batch_id)
        _refuse(batch_id, name, f"The archive could not be unpacked ({str(exc)[:300]}); "
                                "nothing more was taken from it. Upload it again, or ask the "
                                "provider for a fresh copy.", summary)
        return summary
    _unpacked(batch_id, name)
    return summary


def _unpacked(batch_id: int, name: str) -> None:
    db.session.execute(delete(IntakeProblem).where(
        IntakeProblem.batch_id == batch_id, IntakeProblem.kind == UNPACKING,
        IntakeProblem.filename == name[:1024]))
    db.session.commit()


def _expand(incoming: IncomingFile, scratch: Path, limits: Limits):  # noqa: ANN202
    """Yield (name, path, refusal) for a PDF, or for every member of a zip archive."""
    kind = validate.sniff(incoming.path)
    if kind.kind != "zip":
        yield incoming.name, incoming.path, None
        return
    dest = Path(tempfile.mkdtemp(dir=scratch))
    for member in validate.expand_zip(incoming.path, dest, max_members=limits.zip_max_members,
                                      max_total_bytes=limits.zip_max_total_bytes,
                                      max_ratio=limits.zip_max_ratio):
        name = f"{incoming.name}/{member.name}" if member.name else incoming.name
        yield name, member.path, member.problem


def _refuse(batch_id: int, name: str, reason: str, summary: IntakeSummary) -> None:
    db.session.add(IntakeProblem(batch_id=batch_id, filename=name[:1024], kind="refused",
                                 reason=reason))
    _counted(batch_id)
    db.session.commit()
    summary.failed.append((name, reason))


def _take_one(batch_id: int, name: str, path: Path, metadata: Metadata, actor: Actor,
              limits: Limits, urn_format: str, summary: IntakeSummary) -> int | None:
    kind = validate.sniff(path)
    if kind.kind != "pdf":
        _refuse(batch_id, name, kind.reason or "This is not a PDF.", summary)
        return None
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        _refuse(batch_id, name, f"The file is {size:,} bytes; the limit is "
                                f"{limits.max_file_bytes:,} bytes.", summary)
        return None
    sha = validate.sha256_file(path)
    existing = db.session.scalar(select(Document).where(Document.sha256 == sha))
    if existing is not None:
        # The original's URN is kept apart and shown only to those who may see it (it may
        # be restricted); the reason names nothing.
        db.session.add(IntakeProblem(batch_id=batch_id, filename=name[:1024], kind="duplicate",
                                     reason="Already held.", existing_urn=existing.urn))
        _counted(batch_id)
        db.session.commit()
        summary.duplicates.append((name, existing.urn or ""))
        return None
    from inquiry.services import contained, processing

    probe = contained.probe(path)  # qpdf in a sandboxed child: a hostile file only kills it
    too_many = processing.pages_refusal(probe.pages) if probe.ok else None
    if too_many:
        probe = validate.PdfProbe("too_many_pages", pages=probe.pages, reason=too_many)
    stored_sha = blobs.store().put_file(path)  # the original, before anything else touches it
    if stored_sha != sha:
        raise RuntimeError(f"storage returned {stored_sha} for a file hashed {sha}")
    document = Document(
        batch_id=batch_id, sha256=sha, working_sha256=sha, filename=Path(name).name[:255],
        size_bytes=size, page_count=probe.pages, created_by_id=actor.user_id,
        provider=metadata.provider.strip(), author=metadata.author.strip(),
        document_date=metadata.document_date, received_date=metadata.received_date,
        document_type=metadata.document_type, description=metadata.description.strip(),
        restricted=metadata.restricted, provider_reference=metadata.provider_reference[:120])
    if metadata.title:
        document.title, document.title_source = metadata.title[:300], "loadfile"
    if probe.needs_password:
        document.status = Status.PASSWORD_REQUIRED
        document.failure_reason = probe.reason
    elif not probe.ok:
        document.status = Status.FAILED
        document.failure_stage = "validation"
        document.failure_reason = probe.reason
    db.session.add(document)
    try:
        db.session.flush()
    except IntegrityError:  # the same file arrived at the same moment through another door
        db.session.rollback()
        existing = db.session.scalar(select(Document).where(Document.sha256 == sha))
        urn = existing.urn if existing else ""
        db.session.add(IntakeProblem(batch_id=batch_id, filename=name[:1024], kind="duplicate",
                                     reason="Already held.", existing_urn=urn))
        _counted(batch_id)
        db.session.commit()
        summary.duplicates.append((name, urn))
        return None
    assign_urn(document, urn_format)
    if document.restricted and actor.user_id is not None:  # whoever brought it in keeps sight
        db.session.add(DocumentGrant(document_id=document.id, user_id=actor.user_id,
                                     granted_by_id=actor.user_id))
    add_event(document, "stored", f"Received as {name} ({size:,} bytes, sha256 {sha[:12]}…)",
              actor.email)
    if not probe.ok:
        add_event(document, document.status, probe.reason or "", "system")
    _counted(batch_id)
    # The upload entry in the same transaction as the document: both or neither.
    audit.record("document.upload", actor, target_type="document", target_id=document.urn,
                 details={"filename": name, "sha256": sha, "batch": batch_id,
                          "status": document.status}, commit=False)
    db.session.commit()
    if probe.needs_password:
        summary.needs_password.append((name, document.urn))
        return None
    if not probe.ok:
        summary.failed.append((name, f"{document.urn}: {probe.reason}"))
        return None
    summary.stored.append((name, document.urn))
    return document.id


def supply_password(document_id: int, password: str, actor: Actor) -> Document:
    """Unlock an encrypted original: keep it as it is and store a decrypted working copy.
    qpdf decrypts it in a sandboxed child: the web process never parses the upload."""
    from inquiry.services import contained
    from inquiry.services.processing import enqueue
    from inquiry.services.workcopy import working_copy

    document = db.session.get(Document, document_id)
    if document is None or document.status != Status.PASSWORD_REQUIRED:
        raise IntakeError("This document is not waiting for a password.")
    original = working_copy(document.sha256)
    with scratch_dir("unlock-") as tmp:
        out = tmp / "decrypted.pdf"
        result = contained.decrypt(original, password, out)
        if result.wrong_password:
            audit.record("document.password_wrong", actor, target_type="document",
                         target_id=document.urn)
            raise IntakeError("That password does not open the document.")
        if not result.ok:
            raise IntakeError(result.reason or "The document could not be decrypted.")
        document.working_sha256 = blobs.store().put_file(out)
    document.page_count = result.pages
    document.status = Status.STORED
    document.failure_reason = None
    document.progress_at = utcnow()
    add_event(document, "unlocked", f"Password supplied by {actor.email}", actor.email)
    audit.record("document.unlock", actor, target_type="document", target_id=document.urn,
                 commit=False)
    db.session.commit()
    enqueue(document.id)
    return document
