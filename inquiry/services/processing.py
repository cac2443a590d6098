"""The processing line: stored -> extracting -> OCR -> tagging -> indexing -> ready.

Each call of :func:`advance` does one short, idempotent step (one stage transition or one
chunk of pages) in its own transaction and says whether there is more to do. A task that
dies mid-step is redelivered and redoes that step: pages are keyed by (document, number),
so nothing is duplicated; progress lives in the database, so nothing is lost.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update

from inquiry.extensions import db
from inquiry.models.base import utcnow
from inquiry.models.document import Document, Page, Status
from inquiry.services import audit, blobs, hooks, leases, search_index
from inquiry.services.actor import SYSTEM, Actor
from inquiry.services.documents import add_event
from inquiry.services.workcopy import working_copy

log = logging.getLogger(__name__)

FINAL = {Status.READY, Status.FAILED, Status.PASSWORD_REQUIRED}


class TransientError(RuntimeError):
    """A dependency is down (storage, Elasticsearch, the database): retry later."""


class NotReadable(ValueError):
    """The original failed its check again (a retry re-validates from scratch)."""


class PageOverLimit(RuntimeError):
    """A page passed a sandbox limit: the document fails with this plain reason."""


MAX_CHUNK = 100  # pages in one extraction step at most
OCR_SHARE = 20  # an OCR step reads this fraction of a text step's pages (a page is ~1 s)


LARGE_QUEUE = "inquiry.large"


def queue_for(page_count: int | None) -> str:
    """Very long documents step through their own queue; the worker takes from both queues
    in turn, so a one-page statement never waits behind a whole bundle's chunks."""
    from flask import current_app

    threshold = current_app.extensions["inquiry_settings"].large_document_pages
    return LARGE_QUEUE if (page_count or 0) > threshold else "celery"


def enqueue(document_id: int, countdown: float = 0.0, page_count: int | None = None) -> bool:
    """Queue the next step; False when the broker is down. The document is not lost then:
    it stays in its stage and the sweeper (services.recovery) queues it once the broker
    answers again, so an upload never fails on it but says it is waiting."""
    from kombu.exceptions import OperationalError as BrokerDown

    from inquiry.tasks import process_document

    if page_count is None:
        page_count = db.session.scalar(select(Document.page_count)
                                       .where(Document.id == document_id))
    try:
        process_document.apply_async(args=[document_id], countdown=countdown or None, retry=True,
                                     queue=queue_for(page_count),
                                     retry_policy={"max_retries": 1, "interval_start": 0.2})
        return True
    except (BrokerDown, ConnectionError, OSError) as exc:
        log.warning("could not queue document %s (%s); it waits for the queue to return",
                    document_id, exc)
        return False


def _move(document: Document, to: Status, message: str = "") -> bool:
    """Compare-and-set the status so two workers can't both take the same transition."""
    done = db.session.execute(
        update(Document).where(Document.id == document.id, Document.status == document.status)
        .values(status=to, version=Document.version + 1, progress_at=utcnow())
        .execution_options(synchronize_session=False)).rowcount
    if done:
        db.session.expire(document)
        add_event(document, to, message)
    return bool(done)


@dataclass(frozen=True)
class Step:
    more: bool
    status: str


def renew_lease(document_id: int, lease_seconds: int | None = None) -> None:
    """Keep the lease through a long step (the heartbeat does too; this is the step's own
    beat, e.g. between chunks of tagging)."""
    if db.engine.dialect.name == "sqlite":
        return  # one writer at a time there: a second connection would wait on our own
    leases.renew(document_id, lease_seconds or leases.lease_seconds())


def advance(document_id: int, pages_per_task: int, lease_seconds: int = 60,
            max_attempts: int = 3) -> Step:
    """One step for one document; "busy" if a live task is on it (it carries on itself).

    The lease is renewed by a heartbeat while the step runs; a lease whose holder died is
    taken over at once (services.leases). A step whose task died before finishing is tried
    again at most ``max_attempts`` times in all; then the document fails with the reason,
    so a file that kills its worker is never retried for ever."""
    try:
        taken, abandoned = leases.claim(document_id, lease_seconds)
        if not taken:
            exists = db.session.get(Document, document_id) is not None
            db.session.rollback()
            return Step(False, "busy" if exists else "missing")
        try:
            if abandoned and _give_up(document_id, max_attempts):
                return Step(False, Status.FAILED)
            with leases.heartbeat(document_id, lease_seconds):
                return _advance(document_id, pages_per_task)
        finally:
            with contextlib.suppress(Exception):  # the database may be what went away
                db.session.rollback()
            leases.release(document_id)
    except TransientError:
        raise
    except Exception as exc:
        # The database went away around the step (taking the lease, noting an attempt):
        # retried with backoff like any outage, not dropped as the document's fault.
        if is_transient(exc):
            with contextlib.suppress(Exception):
                db.session.rollback()
            raise TransientError(_describe(exc)) from exc
        raise


def _give_up(document_id: int, max_attempts: int) -> bool:
    """Note an abandoned attempt; True (the document failed) once there were too many."""
    from inquiry.models.document import DocumentEvent

    document = db.session.get(Document, document_id)
    if document is None or Status(document.status) in FINAL:
        return False
    stage = str(document.status)
    add_event(document, "interrupted", f"{stage}: the previous attempt stopped without "
                                       "finishing (its worker died)")
    db.session.commit()
    since = db.session.scalar(select(func.max(DocumentEvent.id)).where(
        DocumentEvent.document_id == document_id, DocumentEvent.stage == "retry")) or 0
    count = db.session.scalar(select(func.count()).select_from(DocumentEvent).where(
        DocumentEvent.document_id == document_id, DocumentEvent.stage == "interrupted",
        DocumentEvent.id > since, DocumentEvent.message.startswith(f"{stage}:")))
    if count < max_attempts:
        return False
    fail(document_id, stage, f"Processing stopped {count} times at this stage without "
                             "finishing (the process reading it died each time), so it was "
                             "not tried again. The file may be damaged or built to exhaust "
                             "the reader: ask the provider for another copy.")
    return True


def _advance(document_id: int, pages_per_task: int) -> Step:
    document = db.session.get(Document, document_id)
    if document is None:
        return Step(False, "missing")
    status = Status(document.status)
    if status in FINAL:
        return Step(False, status)
    try:
        if status == Status.STORED:
            _check_readable(document)
        elif status == Status.EXTRACTING:
            _extract_chunk(document, pages_per_task)
        elif status == Status.OCR:
            _ocr_chunk(document, max(1, pages_per_task // OCR_SHARE))
        elif status == Status.TAGGING:
            hooks.tag_document(document, lambda: renew_lease(document_id))
            _move(document, Status.INDEXING, "Indexing for search")
        elif status == Status.INDEXING:
            hooks.index_document(document)
            _move(document, Status.READY, "Ready")
        db.session.commit()
    except Exception as exc:  # noqa: BLE001 - any other error fails the document, with reason
        db.session.rollback()
        if is_transient(exc):
            raise TransientError(_describe(exc)) from exc
        fail(document_id, "validation" if isinstance(exc, NotReadable) else status,
             _describe(exc))
        return Step(False, Status.FAILED)
    db.session.refresh(document)
    if document.status == Status.READY:
        audit.record("document.processed", SYSTEM, target_type="document",
                     target_id=document.urn, details={"pages": document.page_count,
                                                      "ocr_pages": document.ocr_pages})
    return Step(document.status not in FINAL, document.status)


def is_transient(exc: BaseException) -> bool:
    """Down or unreachable dependencies, worth retrying; anything else is the document's."""
    from elasticsearch import ConnectionError as ESConnectionError
    from elasticsearch import ConnectionTimeout
    from sqlalchemy.exc import IntegrityError, OperationalError
    from sqlalchemy.orm.exc import StaleDataError

    from ingest.storage import StorageUnavailable

    # IntegrityError / StaleDataError: a twin task (a redelivered message) wrote the same
    # document at the same moment (SQLite has no row locks); the step is redone from fresh.
    return isinstance(exc, (TransientError, StorageUnavailable, ESConnectionError,
                            ConnectionTimeout, OperationalError, IntegrityError,
                            StaleDataError, ConnectionError, TimeoutError))


def _describe(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:1000]


def fail(document_id: int, stage: str, reason: str) -> None:
    document = db.session.get(Document, document_id)
    document.failure_stage = str(stage)
    document.failure_reason = reason
    document.status = Status.FAILED
    if document.lease_owner == leases.owner_id():
        # A failed document is nobody's work: the lease goes in the same commit, so no one
        # (a clerk's retry, the sweeper) ever sees it failed and still held.
        document.lease_owner = document.lease_until = None
    add_event(document, "failed", f"{stage}: {reason}")
    db.session.commit()
    log.warning("document %s failed at %s: %s", document.urn, stage, reason)


def _check_readable(document: Document) -> None:
    """Probe before extracting when the page count is not known from intake: always after
    a retry, which re-validates the original from scratch (its sha256 is checked as it is
    read), so a truncated or damaged file stays failed with its reason."""
    from inquiry.services import contained

    if document.page_count is None:
        probe = contained.probe(working_copy(document.working_sha256 or document.sha256))
        if not probe.ok:
            raise NotReadable(probe.reason or "The PDF cannot be read.")
        document.page_count = probe.pages
        if document.pages_done > probe.pages:
            document.pages_done = 0
    too_many = pages_refusal(document.page_count)
    if too_many:
        raise NotReadable(too_many)
    _move(document, Status.EXTRACTING, "Extracting text and word positions")


def pages_refusal(page_count: int | None) -> str | None:
    """Why a document with this many pages is not processed (INQUIRY_MAX_PAGES), or None."""
    from flask import current_app

    limit = current_app.extensions["inquiry_settings"].max_pages
    if page_count and page_count > limit:
        return (f"The PDF has {page_count:,} pages; the limit is {limit:,} pages per document "
                "(INQUIRY_MAX_PAGES). Ask the provider to send it in parts.")
    return None


def _store_pages(document: Document, pages: list, needs_ocr: bool | None = None,
                 shas: list[str] | None = None) -> None:
    """Pages (:class:`ingest.pages.StoredPage`) with their word boxes (one blob each, written
    side by side, unless ``shas`` says where they already are); ``needs_ocr`` None takes
    each page's own flag."""
    if not pages:
        return
    if shas is None:
        shas = blobs.store().put_many([page.words_json() for page in pages])
    db.session.execute(delete(Page).where(Page.document_id == document.id,
                                          Page.number.in_([page.number for page in pages])))
    db.session.add_all([
        Page(document_id=document.id, number=page.number, width=page.width,
             height=page.height, ocr=page.ocr, text=page.text, words_sha256=sha,
             needs_ocr=page.needs_ocr if needs_ocr is None else needs_ocr,
             word_count=page.word_count) for page, sha in zip(pages, shas, strict=True)])


def _extract_chunk(document: Document, size: int) -> None:
    from inquiry.services import contained

    # Each chunk starts a sandboxed child and opens the file again (pdfminer, where it reads,
    # walks the page tree from the start), so long documents take bigger chunks (at most ~50
    # per document); but never more than MAX_CHUNK, so one step stays short and other
    # documents get a turn.
    size = max(size, min(MAX_CHUNK, -(-(document.page_count or 0) // 50)))
    first = document.pages_done + 1
    last = min(document.page_count or 0, first + size - 1)
    if first > last:
        _extracted(document)
        return
    path = working_copy(document.working_sha256 or document.sha256)
    db.session.rollback()  # extract outside any transaction: writes below are short
    pages: list = []
    stopped: contained.SandboxError | None = None

    def arriving() -> Iterator[bytes]:
        """Each page's word boxes as the child sends the page: they are written while it
        reads the next ones."""
        nonlocal stopped
        try:  # in a sandboxed child, each page under the per-page limits
            for page in contained.extract_pages(path, first, last):
                pages.append(page)
                yield page.words_json()
        except contained.SandboxError as exc:
            stopped = exc

    shas = blobs.store().put_many(arriving())
    if [p.number for p in pages] != list(range(first, first + len(pages))):  # never skip one
        raise RuntimeError(f"extraction returned the wrong pages for {first}-{last}")
    document = db.session.get(Document, document.id)
    _store_pages(document, pages, shas=shas)  # a thin text layer is kept until OCR does better
    document.pages_done = first + len(pages) - 1
    document.progress_at = utcnow()
    if stopped is not None and document.pages_done < last:
        _page_over_limit(document, path, document.pages_done + 1, stopped)
    elif stopped is None:
        document.pages_done = last
        if last == document.page_count:  # the last chunk: on to the next stage in this step
            _extracted(document)


def _extracted(document: Document) -> None:
    """Every page's text layer is stored: OCR next where a page needs it, else tagging."""
    needing = db.session.scalar(select(Page.id).where(
        Page.document_id == document.id, Page.needs_ocr.is_(True)).limit(1))
    if needing:
        _move(document, Status.OCR, "Recognising text on scanned pages (OCR)")
    else:
        _move(document, Status.TAGGING, "Finding people, places and identifiers")


def _page_over_limit(document: Document, path, number: int,  # noqa: ANN001 - a Path
                     exc: Exception) -> None:
    """A page whose text layer could not be read within the limits: kept empty, for OCR."""
    from ingest.pages import Page as PageData

    add_event(document, Status.EXTRACTING, f"Page {number}: its text could not be read "
                                           f"within the limits (reading it {exc}); it will "
                                           "be read from its image (OCR).")
    _store_pages(document, [PageData(number, 612.0, 792.0, False, "").stored()],
                 needs_ocr=True)
    document.pages_done = number


def _ocr_chunk(document: Document, size: int) -> None:
    from inquiry.services import contained

    numbers = list(db.session.scalars(
        select(Page.number).where(Page.document_id == document.id, Page.needs_ocr.is_(True))
        .order_by(Page.number).limit(size)))
    if not numbers:
        _move(document, Status.TAGGING, "Finding people, places and identifiers")
        return
    layer = dict(db.session.execute(select(Page.number, Page.text).where(
        Page.document_id == document.id, Page.number.in_(numbers))).all())
    path = working_copy(document.working_sha256 or document.sha256)
    db.session.rollback()  # OCR outside any transaction: writes below are short
    pages = []
    for number in numbers:
        try:
            pages.append(contained.ocr_page(path, number))
        except contained.SandboxError as exc:
            raise PageOverLimit(f"Page {number} could not be read: reading its image "
                                f"{exc.reason}. Limits are set by INQUIRY_SANDBOX_MEMORY_MB, "
                                "INQUIRY_PAGE_SECONDS and INQUIRY_MAX_PIXELS.") from exc
    document = db.session.get(Document, document.id)
    document.progress_at = utcnow()
    better = [p for p in pages if _letters(p.text) >= _letters(layer.get(p.number, ""))]
    _store_pages(document, [page.stored() for page in better], needs_ocr=False)
    document.ocr_pages += len(better)
    read = {p.number for p in better}
    kept = [n for n in numbers if n not in read]  # the text layer had more: OCR done
    if kept:
        db.session.execute(update(Page).where(Page.document_id == document.id,
                                              Page.number.in_(kept)).values(needs_ocr=False))


def _letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def retry(document_id: int, actor: Actor) -> Document:
    document = db.session.get(Document, document_id)
    if document is None or document.status != Status.FAILED:
        raise ValueError("Only a failed document can be retried.")
    stage = document.failure_stage or Status.STORED
    resumable = {s.value for s in Status} - {Status.FAILED, Status.PASSWORD_REQUIRED}
    # Every retry starts by checking the original again (stored -> probe); pages already
    # read are kept unless the file itself was what failed.
    document.status = Status.STORED
    document.page_count = None
    if stage not in resumable or stage == Status.STORED:
        document.pages_done = 0
    document.attempts += 1
    document.failure_reason = None
    document.failure_stage = None
    document.progress_at = utcnow()
    add_event(document, "retry", f"Retried by {actor.email}: the file is checked again, "
                                 f"then processing resumes (it had stopped at {stage})",
              actor.email)
    db.session.commit()
    audit.record("document.retry", actor, target_type="document", target_id=document.urn)
    enqueue(document.id)
    return document


def retag(document_id: int, lease_seconds: int = 60) -> int:
    """Re-run the tagging stage on a ready document under its lease; returns proposals."""
    if not leases.claim(document_id, lease_seconds)[0]:
        raise TransientError("document busy")
    try:
        document = db.session.get(Document, document_id)
        if document is None or document.status != Status.READY:
            return 0
        from inquiry.services import review
        from inquiry.services.tagging import tag_document

        before = review.proposals_fingerprint(document_id)
        with leases.heartbeat(document_id, lease_seconds):
            counts = tag_document(document, lambda: renew_lease(document_id, lease_seconds))
        add_event(document, "tagged", f"Proposals refreshed: {counts['proposals']} open")
        db.session.commit()
        if counts["proposals"] and review.proposals_fingerprint(document_id) != before:
            _reopen_if_approved(document_id, counts["proposals"])
        search_index.index_document(document)  # its entities may have changed
        return counts["proposals"]
    except Exception as exc:
        db.session.rollback()
        if is_transient(exc):
            raise TransientError(_describe(exc)) from exc
        raise
    finally:
        leases.release(document_id)


def _reopen_if_approved(document_id: int, open_count: int) -> None:
    """New proposals on a document already reviewed or approved: the approval does not
    cover them, so it goes back to its reviewer with a note saying why."""
    from inquiry.services import review
    from inquiry.services.actor import SYSTEM

    document = db.session.get(Document, document_id)
    if document is None or document.review_status not in ("reviewed", "approved"):
        return
    review.transition(document_id, "reopen", SYSTEM, expected_revision=document.review_revision,
                      comment=f"Re-tagged after a register change or a string redacted "
                              f"everywhere: {open_count} new proposal(s) to decide. The "
                              "earlier approval no longer applies.")


def reindex(document_id: int) -> None:
    """Bring one document's index entry up to date (a deferred field change, a merge)."""
    try:
        search_index.reindex(document_id)
    except Exception as exc:
        db.session.rollback()
        if is_transient(exc):
            raise TransientError(_describe(exc)) from exc
        raise
