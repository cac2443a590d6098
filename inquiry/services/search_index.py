"""Keeping the search index true to the database: indexing documents, field changes,
rebuilds and drift checks. The only writer to Elasticsearch in the app; it reads the
database and hands plain records to ``search.indexer``.

Indexing happens in the worker's INDEXING stage and after commits that change a document's
indexed fields (metadata, tags, grants, review status), never from ORM hooks. A field
change that cannot reach Elasticsearch is queued as a task; whatever still slips through is
what ``inquiry search check`` reports and ``--repair`` fixes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from flask import current_app
from sqlalchemy import func, select

from inquiry.extensions import db, es
from inquiry.models.access import DocumentGrant
from inquiry.models.counsel import DocumentTag
from inquiry.models.document import Document, Page, Status
from inquiry.services import document_entities
from search import indexer, mapping
from search.indexer import DocumentFields, DriftReport, PageRecord, RebuildResult

log = logging.getLogger(__name__)


# Audited actions after which a document's index entry must be refreshed; a rebuild
# replays the ones that happened while it was loading.
INDEXED_CHANGES = ("document.processed", "document.metadata", "document.tagged",
                   "document.untagged", "document.access_granted", "document.access_revoked",
                   "document.restricted", "document.unrestricted", "document.review_status",
                   "document.published", "document.withdrawn", "entity.merged")


def client():  # noqa: ANN201 - elasticsearch.Elasticsearch
    settings = current_app.extensions["inquiry_settings"]
    return es.client_for(settings.effective_elasticsearch_url, settings.es_timeout_seconds)


def prefix() -> str:
    return current_app.extensions["inquiry_settings"].es_index_prefix


def alias() -> str:
    """The alias every reader and writer uses; created with its first index when missing."""
    state = current_app.extensions.setdefault("inquiry_search_alias", {})
    if not state.get("ready"):
        mapping.ensure_index(client(), prefix())
        state["ready"] = True
    return mapping.alias_name(prefix())


def forget_alias() -> None:
    """After the index was deleted from outside (tests, an operator): check it again."""
    current_app.extensions.pop("inquiry_search_alias", None)


def document_fields(document: Document) -> DocumentFields:
    tags = db.session.scalars(select(DocumentTag.name).where(
        DocumentTag.document_id == document.id).order_by(DocumentTag.name))
    granted = db.session.scalars(select(DocumentGrant.user_id).where(
        DocumentGrant.document_id == document.id))
    from inquiry.services.published import current_publication

    return DocumentFields(
        document_id=document.id, urn=document.urn, title=document.title,
        published=current_publication(document.id) is not None,
        provider=document.provider or None, document_type=document.document_type,
        document_date=document.document_date, received_date=document.received_date,
        restricted=document.restricted, allowed_user_ids=list(granted),
        review_status=document.review_status, tags=list(tags))


def page_records(document_id: int, aliases: document_entities.Aliases | None = None,
                 published: dict[int, str] | None = None) -> Iterator[PageRecord]:
    """Each page's text and the canonical entities on it: the document's mentions resolved
    (one name per real person, place or agency) and merged duplicates applied."""
    entities = document_entities.page_entities(document_id, aliases)
    rows = db.session.execute(select(Page.number, Page.text, Page.ocr)
                              .where(Page.document_id == document_id).order_by(Page.number))
    for number, text, ocr in rows:
        found = entities.get(number, {})
        yield PageRecord(page=number, text=text or "", ocr=bool(ocr),
                         persons=sorted(found.get("person", ())),
                         places=sorted(found.get("place", ())),
                         agencies=sorted(found.get("agency", ())),
                         published_text=(published or {}).get(number))


def entities_on_page(document_id: int, number: int) -> dict[str, list[str]]:
    """The people, places and agencies on one page, by kind, as search knows them."""
    return document_entities.entities_on_page(document_id, number)


def index_document(document: Document) -> indexer.IndexResult:
    """Every page of the document (the worker's INDEXING stage, and re-indexing), in bulk.

    The alias is looked up once per process, not once per document: writes require it,
    so a long-lived worker never writes into an index deleted since (nor makes one with
    guessed mappings); a write that finds it gone makes it again and is done once more."""
    fields = document_fields(document)

    def write() -> indexer.IndexResult:
        return indexer.index_document_pages(client(), alias(), fields, page_records(
            document.id, published=_published_texts(document.id) if fields.published
            else None))

    try:
        return write()
    except indexer.IndexingError as exc:
        if not exc.alias_missing:
            raise
        forget_alias()
        return write()


def _published_texts(document_id: int) -> dict[int, str]:
    from inquiry.services.published import published_texts

    return published_texts(document_id)


def reindex(document_id: int) -> None:
    """Re-index a document that is searchable; others are indexed when they get there."""
    document = db.session.get(Document, document_id)
    if document is not None and document.status == Status.READY:
        index_document(document)


def page_numbers(document_id: int) -> list[int]:
    """The pages the database holds for a document: what an update addresses by id."""
    return list(db.session.scalars(select(Page.number).where(Page.document_id == document_id)
                                   .order_by(Page.number)))


def sync_fields(document_id: int) -> None:
    """After a committed change to indexed fields: update them on every page now, or queue
    it when Elasticsearch cannot be reached (the request that changed them still succeeds).

    The pages are addressed by id from the database's page numbers, not found by a search,
    so a document indexed a moment ago (not yet searchable) is updated all the same; the
    index is refreshed before this returns, so the user who made the change (a tag, a
    grant, a revocation) sees it in their very next search. Only single-document changes
    made by people come here; bulk indexing leaves refreshing to the index's interval."""
    document = db.session.get(Document, document_id)
    if document is None or document.status != Status.READY:
        return
    fields = document_fields(document).to_source()
    fields.pop("document_id")
    fields.pop("published", None)
    try:
        indexer.update_document_fields(client(), alias(), document_id, fields, refresh=True,
                                       page_numbers=page_numbers(document_id))
    except Exception as exc:  # noqa: BLE001 - any failure: hand it to a worker to retry
        log.warning("search index update of document %s deferred: %s", document_id, exc)
        _defer(document_id)


def _defer(document_id: int) -> None:
    """Queue the re-index by the task's name: indexing must not import the task module,
    which imports every service."""
    try:
        current_app.extensions["celery"].send_task("inquiry.tasks.reindex_document",
                                                   args=[document_id])
    except Exception as exc:  # noqa: BLE001 - no broker either; `inquiry search check` finds it
        log.error("could not queue re-index of document %s: %s", document_id, exc)


def ready_page_counts() -> dict[int, int]:
    """What the index should hold: pages per searchable document."""
    return dict(db.session.execute(
        select(Page.document_id, func.count()).join(Document, Document.id == Page.document_id)
        .where(Document.status == Status.READY).group_by(Page.document_id)).tuples().all())


def check() -> DriftReport:
    return indexer.check_drift(client(), alias(), ready_page_counts())


def repair(report: DriftReport) -> int:
    """Re-index missing and mismatched documents, delete ones that should not be there."""
    fixed = 0
    for document_id in [*report.missing, *report.mismatched]:
        reindex(int(document_id))
        fixed += 1
    for document_id in report.extra:
        indexer.delete_document(client(), alias(), document_id)
        fixed += 1
    return fixed


def _source(progress: Callable[[int], None]) -> Iterator[tuple[DocumentFields,
                                                                list[PageRecord]]]:
    aliases = document_entities.aliases()
    ids = list(db.session.scalars(select(Document.id).where(Document.status == Status.READY)
                                  .order_by(Document.id)))
    for done, document_id in enumerate(ids, 1):
        document = db.session.get(Document, document_id)
        if document is None:
            continue
        fields = document_fields(document)
        yield fields, list(page_records(document_id, aliases, published=_published_texts(
            document_id) if fields.published else None))
        db.session.expunge(document)
        progress(done)


def rebuild(progress: Callable[[int], None] = lambda _n: None) -> tuple[RebuildResult, int]:
    """Load every searchable document into a new index and swap the alias to it; searches
    keep answering from the old index until the swap. Then replay the changes audited
    while it loaded; returns the result and how many documents were replayed."""
    settings = current_app.extensions["inquiry_settings"]
    result = indexer.rebuild(client(), prefix(), _source(progress),
                             drop_grace_seconds=settings.es_reindex_grace_seconds)
    forget_alias()
    replayed = 0
    for document_id in changed_since(result.started_at):
        reindex(document_id)
        replayed += 1
    return result, replayed


def changed_since(started_at: datetime) -> list[int]:
    from inquiry.models.audit import AuditEntry

    start = started_at.astimezone(UTC).replace(tzinfo=None)  # the trail is naive UTC
    urns = set(db.session.scalars(select(AuditEntry.target_id).where(
        AuditEntry.at >= start, AuditEntry.action.in_(INDEXED_CHANGES),
        AuditEntry.target_type == "document")))
    if not urns:
        return []
    return list(db.session.scalars(select(Document.id).where(Document.urn.in_(urns))))


def status() -> mapping.IndexStatus:
    return mapping.index_status(client(), prefix())
