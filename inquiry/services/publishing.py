"""Publication: the approved decisions applied irreversibly, the output verified, then the
file and its manifest entry written to the publication store. Also the reviewer's preview
of a page as it will be published, and withdrawal.

A document whose output fails verification is not published: it goes back to "approved"
with the findings (what leaked, on which page, found by which reader) in its review
history. A publication store outage leaves nothing half-published and the document
approved, so publishing again completes it.
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from inquiry.extensions import db
from inquiry.models.base import utcnow
from inquiry.models.document import Document, Page
from inquiry.models.redaction import Proposal
from inquiry.models.review import Publication
from inquiry.services import audit, publication_store, registers, review, search_index
from inquiry.services.actor import Actor
from inquiry.services.publication_progress import ProgressWriter
from inquiry.services.published import accepted_redactions, current_publication, published_texts
from inquiry.services.workcopy import working_copy

log = logging.getLogger(__name__)


class PublicationFailed(review.ReviewError):
    """Publication refused or failed; ``findings`` says what verification found."""

    def __init__(self, message: str, findings: list[dict] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


def preview_png(document: Document, number: int) -> bytes | None:
    """One page exactly as it will be published (accepted redactions painted), painted in
    a sandboxed child; raises ``contained.SandboxError`` with the reason."""
    from inquiry.services import contained

    if not document.page_count or not 1 <= number <= document.page_count:
        return None
    from inquiry.services.tagging import load_pages

    mine = [d for d in accepted_redactions(document.id) if d.page == number]
    pages = load_pages(document.id, number, number)
    return contained.preview_png(working_copy(document.working_sha256 or document.sha256),
                                 number, mine, pages[0] if pages else None)


def request_publication(document_id: int, actor: Actor, *, expected_revision: int) -> None:
    """Approved -> publishing, and the work handed to a worker."""
    review.transition(document_id, "publish", actor, expected_revision=expected_revision)
    from inquiry.tasks import publish_document

    try:
        publish_document.delay(document_id, actor.user_id, actor.email)
    except Exception as exc:  # noqa: BLE001 - no broker: put it back, say so
        _back_to_approved(document_id, actor, f"could not be queued: {exc}")
        raise PublicationFailed("Publication could not be queued (the task queue is "
                                "unavailable); the document is still approved. Try again "
                                "shortly.") from exc


def _back_to_approved(document_id: int, actor: Actor, comment: str) -> None:
    """Publishing -> approved through the workflow, with the reason in the history."""
    db.session.rollback()
    document = db.session.get(Document, document_id)
    if document is None or document.review_status != "publishing":
        return
    review.transition(document_id, "publish_failed", actor,
                      expected_revision=document.review_revision, comment=comment)


def give_up_after_crashes(document_id: int, actor: Actor, max_attempts: int) -> bool:
    """A publication whose task died (its worker killed) is taken up again by the next
    message; after ``max_attempts`` such deaths since it was asked for, the document goes
    back to approved with the reason. True when it gave up."""
    from sqlalchemy import func

    from inquiry.models.document import DocumentEvent
    from inquiry.models.review import ReviewEvent
    from inquiry.services.documents import add_event

    document = db.session.get(Document, document_id)
    if document is None or document.review_status != "publishing":
        return False
    add_event(document, "interrupted", "publishing: the previous attempt stopped without "
                                       "finishing (its worker died)")
    db.session.commit()
    asked = db.session.scalar(select(func.max(ReviewEvent.at)).where(
        ReviewEvent.document_id == document_id, ReviewEvent.action == "publish"))
    count = db.session.scalar(select(func.count()).select_from(DocumentEvent).where(
        DocumentEvent.document_id == document_id, DocumentEvent.stage == "interrupted",
        DocumentEvent.message.startswith("publishing:"),
        DocumentEvent.at >= asked if asked else DocumentEvent.id > 0))
    if count < max_attempts:
        return False
    _back_to_approved(document_id, actor, f"Publication stopped {count} times without "
                      "finishing (the process doing it died each time); nothing was "
                      "published. Publish again; if it stops again, tell the system "
                      "administrator.")
    return True


def _back_to_review(document_id: int, actor: Actor, comment: str) -> None:
    """Publishing -> returned: new proposals need a reviewer's decision and a new approval."""
    db.session.rollback()
    document = db.session.get(Document, document_id)
    if document is None or document.review_status != "publishing":
        return
    review.transition(document_id, "recheck", actor,
                      expected_revision=document.review_revision, comment=comment)


def _propose_fixes(document_id: int, findings: list, chosen: list) -> int:
    """Each readable occurrence of a name or identifier redacted elsewhere, as an undecided
    proposal with the same code and label (source "verification"). Returns how many."""
    from inquiry.services.tagging import load_pages, proposal_row
    from redaction.followup import proposals_for_findings

    fixable = [f for f in findings if f.fixable]
    if not fixable:
        return 0
    existing = [Redaction(page=p.page, start=p.start, end=p.end) for p in db.session.scalars(
        select(Proposal).where(Proposal.document_id == document_id))]
    numbers = sorted({f.page for f in fixable if f.page}) or None
    last = db.session.scalar(select(Page.number).where(Page.document_id == document_id)
                             .order_by(Page.number.desc()).limit(1)) or 0
    added = []
    for first in numbers or range(1, last + 1, 100):
        pages = load_pages(document_id, first, first if numbers else min(last, first + 99))
        added += proposals_for_findings(fixable, pages, existing + added,
                                        registers.current_keep_list())
    if added:
        db.session.execute(insert(Proposal), [proposal_row(document_id, p) for p in added])
        db.session.commit()
    return len(added)


@dataclass
class Redaction:
    """Where a proposal already stands, for the follow-up not to propose it twice."""

    page: int
    start: int
    end: int


def _corpus_strings(document_id: int) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Strings redacted across the inquiry ("redact everywhere"), with their code and
    label, which verification must find nowhere; and the ones a reviewer rejected in this
    document (a different thing of the same spelling), which it may."""
    from inquiry.services.tagging import strings_for

    everywhere = [(s.text, s.code, s.label) for s in strings_for(document_id)]
    rejected = set(db.session.scalars(select(Proposal.text).where(
        Proposal.document_id == document_id, Proposal.status == "rejected")))
    return everywhere, [s for s, _code, _label in everywhere if s in rejected]


def _page_loader(document_id: int):  # noqa: ANN202 - Callable[[int], ingest.pages.Page | None]
    from inquiry.services.tagging import load_pages

    def load(number: int):  # noqa: ANN202
        pages = load_pages(document_id, number, number)
        for row in [o for o in db.session.identity_map.values() if isinstance(o, Page)]:
            db.session.expunge(row)  # one page at a time: memory stays flat
        return pages[0] if pages else None

    return load


def publish_now(document_id: int, actor: Actor) -> Publication:
    """Apply, verify and store; the worker's task. Raises PublicationFailed, and whatever
    goes wrong the document is back to approved (or returned to review) with the reason in
    its history: it never stays in "publishing" with no reason."""
    from ingest.storage import StorageError

    try:
        return _publish(document_id, actor)
    except PublicationFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure must leave a reason, not a stuck state
        log.exception("publication of document %s failed", document_id)
        what = ("the evidence store could not be read" if isinstance(exc, StorageError)
                else f"{type(exc).__name__}: {str(exc)[:300]}")
        _back_to_approved(document_id, actor, f"Publication stopped, nothing was published: "
                          f"{what}. Publish again; if it fails again, tell the system "
                          "administrator.")
        raise PublicationFailed(f"Publication stopped: {what}.") from exc


def _publish(document_id: int, actor: Actor) -> Publication:
    from ingest.storage import StorageError
    from inquiry.services import contained
    from redaction.apply import ApplyError

    document = db.session.get(Document, document_id)
    if document is None:
        raise PublicationFailed("That document no longer exists.")
    if document.review_status != "publishing" or document.approved_by_id is None:
        raise PublicationFailed(f"{document.urn} is not approved for publication.")
    urn, approved_by = document.urn, review.user_email(document.approved_by_id)
    if (document.approved_fingerprint != review.proposals_fingerprint(document_id)
            or review.undecided(document_id)):
        db.session.rollback()
        review.transition(document_id, "reopen", actor,
                          expected_revision=document.review_revision,
                          comment="The redactions changed after approval (proposals added, "
                                  "edited or decided since), so nothing was published: decide "
                                  "what is open, submit the review, and have it approved again.")
        raise PublicationFailed(f"{urn} changed after approval, so it was not published; it "
                                "is back with its reviewer.")
    chosen = accepted_redactions(document_id)
    sizes = list(db.session.execute(select(Page.width, Page.height).where(
        Page.document_id == document_id).order_by(Page.number)).tuples())
    source = working_copy(document.working_sha256 or document.sha256)
    everywhere, allowed = _corpus_strings(document_id)
    register, keep = registers.current_register(), registers.current_keep_list()
    db.session.commit()  # end the read; progress is committed page by page from here
    progress = ProgressWriter(document_id)
    progress("start", 0, 0)
    with tempfile.TemporaryDirectory(prefix="publish-") as tmp:
        out = Path(tmp) / f"{urn}.pdf"
        try:  # in a sandboxed child: the original is untrusted input
            result, report = contained.apply_and_verify(
                source, out, chosen, _page_loader(document_id), len(sizes),
                {"register": register, "keep": keep, "expected_pages": [tuple(s) for s in sizes],
                 "extra_strings": everywhere, "allow": allowed}, progress)
        except (ApplyError, contained.SandboxError) as exc:
            _back_to_approved(document_id, actor, f"Redaction could not be applied: {exc}")
            raise PublicationFailed(f"Redaction could not be applied: {exc}") from exc
        if not report.passed:
            findings = report.to_dict()["findings"]
            added = _propose_fixes(document_id, report.findings, chosen)
            summary = "Verification failed, nothing was published:\n" + report.summary()
            if added:
                _back_to_review(document_id, actor, summary + f"\n{added} proposal(s) were "
                                "added for what verification found readable: decide them, "
                                "then submit the review again.")
            else:
                _back_to_approved(document_id, actor, summary)
            audit.record("publication.verification_failed", actor, target_type="document",
                         target_id=urn, details={"findings": findings[:50],
                                                 "proposals_added": added})
            raise PublicationFailed(f"{urn} failed verification, so it was not published.",
                                    findings)
        counts = Counter(d.code for d in chosen)
        key = f"{urn}/{result.sha256}.pdf"
        manifest = {"urn": urn, "sha256": result.sha256, "pages": result.page_count,
                    "redactions": dict(sorted(counts.items())), "approved_by": approved_by,
                    "published_by": actor.email, "published_at": utcnow().isoformat() + "Z",
                    "file": key, "verification": {"passed": True,
                                                  "tools": report.tools}}
        store = publication_store.store()
        progress("store", 0, 0)
        try:
            store.put_file(key, out, result.sha256)
            store.put_json(f"{urn}/manifest.json", manifest)  # last: the file is now live
        except (StorageError, OSError) as exc:
            _back_to_approved(document_id, actor, f"The publication store failed: {exc}")
            raise PublicationFailed("The publication store could not be reached, so nothing "
                                    f"was published ({exc}). {urn} is still approved: "
                                    "publish it again.") from exc
    document = review.locked_document(document_id)
    if document.review_status != "publishing":  # a twin task finished first
        db.session.rollback()
        existing = current_publication(document_id)
        if existing is None:
            raise PublicationFailed(f"{urn} was moved on while it was being published.")
        return existing
    publication = Publication(document_id=document_id, urn=urn, sha256=result.sha256,
                              pages=result.page_count, redactions=json.dumps(manifest[
                                  "redactions"]), store_key=key, approved_by=approved_by,
                              published_by=actor.email)
    db.session.add(publication)
    review.set_fields(document, review_status="published")
    review.bump_revision(document)
    review.record_event(document, "published", "publishing", "published", actor,
                        f"sha256 {result.sha256}")
    db.session.commit()
    audit.record("publication.published", actor, target_type="document", target_id=urn,
                 details={k: manifest[k] for k in ("sha256", "pages", "redactions",
                                                   "approved_by")})
    _index_published(document_id, chosen)
    return publication


def _index_published(document_id: int, chosen: list) -> None:
    try:
        from search import indexer

        search_index.sync_fields(document_id)
        indexer.publish_document(search_index.client(), search_index.alias(), document_id,
                                 published_texts(document_id, chosen), refresh=True,
                                 page_numbers=search_index.page_numbers(document_id))
    except Exception as exc:  # noqa: BLE001 - published all the same; check --repair fixes it
        log.warning("published text of document %s not indexed: %s", document_id, exc)


def withdraw(document_id: int, actor: Actor, *, expected_revision: int, reason: str) -> None:
    """Take a publication down: the manifest entry first (readers stop trusting it), then
    the file; recorded and audited."""
    publication = current_publication(document_id)
    if publication is None:
        raise review.ReviewError("That document has no publication in force.")
    store = publication_store.store()
    from ingest.storage import StorageError

    try:
        store.delete(f"{publication.urn}/manifest.json")
        store.delete(publication.store_key)
    except (StorageError, OSError) as exc:
        raise review.ReviewError(f"The publication store could not be reached ({exc}); the "
                                 "document is still published. Try again.") from exc
    review.transition(document_id, "withdraw", actor, expected_revision=expected_revision,
                      comment=reason)
    publication = db.session.get(Publication, publication.id)
    publication.withdrawn_at = utcnow()
    publication.withdrawn_by = actor.email
    publication.withdrawal_reason = reason.strip()[:4000]
    db.session.commit()
    audit.record("publication.withdrawn", actor, target_type="document",
                 target_id=publication.urn, details={"reason": reason[:500]})
    try:
        from search import indexer

        # refreshed: the withdrawing user's next "published only" search no longer finds it
        indexer.unpublish_document(search_index.client(), search_index.alias(), document_id,
                                   refresh=True,
                                   page_numbers=search_index.page_numbers(document_id))
    except Exception as exc:  # noqa: BLE001 - `inquiry search check --repair` fixes it
        log.warning("withdrawn document %s still in the published scope: %s", document_id, exc)


def publications(actor: Actor, include_withdrawn: bool = True) -> list[Publication]:
    """Publications of the documents ``actor`` may see: a restricted document's publication
    is as invisible as the document itself."""
    from inquiry.services.access import visible_clause

    query = (select(Publication).join(Document, Document.id == Publication.document_id)
             .where(visible_clause(actor)).order_by(Publication.published_at.desc()))
    if not include_withdrawn:
        query = query.where(Publication.withdrawn_at.is_(None))
    return list(db.session.scalars(query))


def visible_publication(publication_id: int, actor: Actor) -> Publication | None:
    """The publication in force, if ``actor`` may see its document; None otherwise."""
    from inquiry.services.access import visible_clause

    return db.session.scalar(
        select(Publication).join(Document, Document.id == Publication.document_id)
        .where(Publication.id == publication_id, Publication.withdrawn_at.is_(None),
               visible_clause(actor)))


def open_published(publication: Publication, actor: Actor):  # noqa: ANN201 - IO[bytes]
    stream = publication_store.store().open(publication.store_key)
    audit.record("publication.download", actor, target_type="document",
                 target_id=publication.urn, details={"sha256": publication.sha256})
    return stream
