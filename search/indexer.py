"""Writing to the pages index: bulk indexing, metadata updates, deletes, rebuilds and drift.

Kept apart from query building (Aleph's rule): this module only writes, and reads ids.
Every function takes plain records, never ORM objects, so the Celery task, the CLI and the
tests call it the same way. Nothing here relies on ``_update_by_query``,
``_delete_by_query`` or ``_reindex``: those live in the ``reindex`` module, which some
distributions lack, so pages are changed with ``_bulk`` by id. A page's id is its
document's id and its number, so an update addresses the pages the database holds directly
(real time: a page indexed a moment ago is found although no search would find it yet), and
a search adds any page the index holds beyond them.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from elasticsearch import Elasticsearch
from elasticsearch.helpers import streaming_bulk

from search.mapping import (
    MARK_CLOSE,
    MARK_OPEN,
    alias_name,
    drop_indices,
    finish_bulk_load,
    new_index,
    swap_alias,
)

CHUNK_SIZE = 500
_ERRORS_KEPT = 20


@dataclass(frozen=True)
class DocumentFields:
    """The document-level fields copied onto every page of the document.

    ``year`` defaults to the year of ``document_date``. ``restricted`` documents are seen
    only by users in ``allowed_user_ids``, by members of ``access_groups`` and by users
    who may see every restricted document (see ``search.query.Access``).
    """

    document_id: str | int
    urn: str | None = None
    title: str = ""
    provider: str | None = None
    document_type: str | None = None
    document_date: date | None = None
    received_date: date | None = None
    year: int | None = None
    restricted: bool = False
    access_groups: Sequence[str] = ()
    allowed_user_ids: Sequence[str | int] = ()
    review_status: str | None = None
    published: bool = False
    tags: Sequence[str] = ()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> DocumentFields:
        """From a dict, refusing unknown keys so a typo is an error, not a lost field."""
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown document fields: {', '.join(sorted(unknown))}")
        return cls(**data)

    def to_source(self) -> dict[str, Any]:
        """The fields as stored on each page (ids as strings, dates as ISO text)."""
        source = _document_source(
            {f.name: getattr(self, f.name) for f in fields(self) if f.name != "document_id"})
        source["document_id"] = str(self.document_id)
        return source


@dataclass(frozen=True)
class PageRecord:
    """One page's text and the entities (canonical forms) mentioned on it.

    ``published_text`` is the text that survives redaction in the published version; it
    is searched instead of ``text`` in the "published only" scope.
    """

    page: int
    text: str
    ocr: bool = False
    persons: Sequence[str] = ()
    places: Sequence[str] = ()
    agencies: Sequence[str] = ()
    published_text: str | None = None


@dataclass(frozen=True)
class IndexResult:
    indexed: int
    removed: int


@dataclass(frozen=True)
class RebuildResult:
    index: str
    old_indices: list[str]
    documents: int
    pages: int
    started_at: datetime  # re-index documents changed after this to catch concurrent edits
    seconds: float


@dataclass(frozen=True)
class DriftReport:
    """Index versus the database: what a repair job must re-index or delete."""

    missing: list[str] = field(default_factory=list)  # expected, not in the index
    extra: list[str] = field(default_factory=list)  # in the index, not expected
    mismatched: dict[str, tuple[int, int]] = field(default_factory=dict)  # id: (want, have)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.mismatched)


class IndexingError(RuntimeError):
    """Some bulk items failed; ``errors`` holds the first few item responses."""

    def __init__(self, failed: int, errors: list[dict[str, Any]]) -> None:
        first = errors[0] if errors else {}
        super().__init__(f"{failed} index operation(s) failed; first: {first}")
        self.failed = failed
        self.errors = errors

    @property
    def alias_missing(self) -> bool:
        """Every failure says the alias written to is not there (deleted from outside)."""
        return bool(self.errors) and all(
            (next(iter(item.values()), {}).get("error") or {}).get("type")
            == "index_not_found_exception" for item in self.errors)


_LIST_FIELDS = ("access_groups", "allowed_user_ids", "tags", "persons", "places", "agencies")
_DOCUMENT_FIELDS = {f.name for f in fields(DocumentFields)} - {"document_id"}


def _clean_list(values: Iterable[Any] | None) -> list[str]:
    if isinstance(values, str):
        raise TypeError(f"expected a list of strings, got the string {values!r}")
    seen: dict[str, None] = {}
    for value in values or ():
        text = str(value).strip()
        if text:
            seen.setdefault(text, None)
    return list(seen)


def _clean_text(text: str | None) -> str | None:
    if text is None:
        return None
    # Same length, so word offsets into the page text stay valid.
    return text.replace(MARK_OPEN, " ").replace(MARK_CLOSE, " ")


def _iso(value: date | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    return value.isoformat()


def _document_source(data: Mapping[str, Any]) -> dict[str, Any]:
    """Normalise document-level values for the index (dates to ISO, lists cleaned)."""
    source: dict[str, Any] = {}
    for key, value in data.items():
        if key in _LIST_FIELDS:
            source[key] = _clean_list(value)
        elif key in ("document_date", "received_date"):
            source[key] = _iso(value)
        elif key in ("restricted", "published"):
            source[key] = bool(value)
        else:
            source[key] = value
    if data.get("year") is None and "document_date" in data:
        value = data["document_date"]
        leading = re.match(r"\d{4}", value) if isinstance(value, str) else None
        source["year"] = value.year if isinstance(value, date) \
            else int(leading.group()) if leading else None
    return source


def page_id(document_id: str | int, page: int) -> str:
    """One id per page, so re-indexing a page overwrites it."""
    return f"{document_id}:{page}"


def _page_source(doc: dict[str, Any], page: PageRecord, stamp: str) -> dict[str, Any]:
    if not isinstance(page.page, int) or page.page < 1:
        raise ValueError(f"page numbers start at 1, got {page.page!r}")
    published_text = _clean_text(page.published_text) if doc.get("published") else None
    return {**doc, "page": page.page, "text": _clean_text(page.text) or "", "ocr": page.ocr,
            "persons": _clean_list(page.persons), "places": _clean_list(page.places),
            "agencies": _clean_list(page.agencies), "published_text": published_text,
            "indexed_at": stamp}


def _as_fields(doc_fields: DocumentFields | Mapping[str, Any]) -> DocumentFields:
    return doc_fields if isinstance(doc_fields, DocumentFields) \
        else DocumentFields.from_mapping(doc_fields)


def _page_actions(index: str, doc_fields: DocumentFields, pages: Iterable[PageRecord],
                  seen: set[int]) -> Iterator[dict[str, Any]]:
    doc = doc_fields.to_source()
    stamp = datetime.now().astimezone().isoformat()
    for page in pages:
        if page.page in seen:
            raise ValueError(f"page {page.page} of document {doc_fields.document_id} "
                             "given twice")
        seen.add(page.page)
        yield {"_op_type": "index", "_index": index,
               "_id": page_id(doc_fields.document_id, page.page),
               "_source": _page_source(doc, page, stamp)}


def _bulk(es: Elasticsearch, actions: Iterable[dict[str, Any]], *,
          require_alias: bool = True, chunk_size: int = CHUNK_SIZE) -> int:
    """Run bulk actions; return how many succeeded; raise IndexingError listing failures.
    A delete of a page that is already gone counts as done. ``require_alias`` makes a write
    to a missing alias fail instead of auto-creating an index with guessed mappings."""
    done = failed = 0
    errors: list[dict[str, Any]] = []
    for ok, item in streaming_bulk(es, actions, chunk_size=chunk_size, max_retries=3,
                                   raise_on_error=False, raise_on_exception=True,
                                   require_alias=require_alias):
        op, result = next(iter(item.items()))
        if ok or (op == "delete" and result.get("status") == 404):
            done += 1
        else:
            failed += 1
            if len(errors) < _ERRORS_KEPT:
                errors.append(item)
    if failed:
        raise IndexingError(failed, errors)
    return done


def page_ids(es: Elasticsearch, index: str, document_id: str | int) -> dict[str, int]:
    """Ids and page numbers of a document's pages currently searchable (search_after, so a
    document of any length). Near real time: a page written since the last refresh is not
    among them, which is why updates address known pages by id (:func:`page_id`)."""
    found: dict[str, int] = {}
    after: list[Any] | None = None
    while True:
        extra = {"search_after": after} if after else {}
        resp = es.search(index=index, size=5000, source=["page"], sort=[{"page": "asc"}],
                         query={"term": {"document_id": str(document_id)}}, **extra)
        hits = resp["hits"]["hits"]
        for hit in hits:
            found[hit["_id"]] = hit["_source"]["page"]
        if len(hits) < 5000:
            return found
        after = hits[-1]["sort"]


def refresh_index(es: Elasticsearch, alias: str) -> None:
    """Make every write so far searchable now, rather than at the index's next 1 s refresh:
    after a person's change (their next search must see it) and in tests and the CLI. The
    index has one shard, so this refreshes exactly the shard written to."""
    es.indices.refresh(index=alias)


def index_document_pages(es: Elasticsearch, alias: str,
                         doc_fields: DocumentFields | Mapping[str, Any],
                         pages: Iterable[PageRecord], *, refresh: bool = False) -> IndexResult:
    """Index (or re-index) every page of one document, then remove pages the document no
    longer has, so running it twice, or after re-extraction, leaves exactly ``pages``."""
    doc = _as_fields(doc_fields)
    seen: set[int] = set()
    indexed = _bulk(es, _page_actions(alias, doc, pages, seen))
    stale = [pid for pid, number in page_ids(es, alias, doc.document_id).items()
             if number not in seen]
    removed = _bulk(es, ({"_op_type": "delete", "_index": alias, "_id": pid}
                         for pid in stale)) if stale else 0
    if refresh:
        es.indices.refresh(index=alias)
    return IndexResult(indexed, removed)


def _targets(es: Elasticsearch, alias: str, document_id: str | int,
             page_numbers: Iterable[int] | None) -> dict[str, int]:
    """The pages an update must reach. Pages the database holds are addressed by their
    deterministic id (:func:`page_id`), which Elasticsearch resolves in real time, so a
    page indexed a moment ago and not yet searchable is updated too. A search adds any
    other page the index holds for the document (one the database no longer has), so a
    revocation reaches every page that can be found."""
    targets = {page_id(document_id, number): int(number) for number in page_numbers or ()}
    return {**page_ids(es, alias, document_id), **targets}


def _update_pages(es: Elasticsearch, alias: str, document_id: str | int,
                  doc_for: Callable[[int], dict[str, Any]], refresh: bool,
                  page_numbers: Iterable[int] | None) -> int:
    """Partial update of every page of a document; ``doc_for(page)`` gives the change.

    A page in ``page_numbers`` missing from the index fails the update (IndexingError: the
    index has drifted and the document needs re-indexing); the pages that were updated are
    refreshed all the same, so a revocation is never held back by another page's failure."""
    targets = _targets(es, alias, document_id, page_numbers)
    actions = ({"_op_type": "update", "_index": alias, "_id": pid, "doc": doc_for(number)}
               for pid, number in targets.items())
    try:
        return _bulk(es, actions)
    finally:
        if refresh:
            refresh_index(es, alias)


def update_document_fields(es: Elasticsearch, alias: str, document_id: str | int,
                           fields: Mapping[str, Any], *, refresh: bool = False,
                           page_numbers: Iterable[int] | None = None) -> int:
    """Change document-level fields (metadata, tags, review status, access) on every page;
    return the number of pages changed. Publishing goes through :func:`publish_document`
    so ``published`` and ``published_text`` always change together.

    Give ``page_numbers`` (the pages the database holds) so pages indexed but not yet
    searchable are changed too; ``refresh`` makes the change searchable before returning
    (a user's own change, seen by their next search; bulk indexing leaves it to the
    index's refresh interval)."""
    unknown = set(fields) - _DOCUMENT_FIELDS
    if unknown:
        raise ValueError(f"not document-level fields: {', '.join(sorted(unknown))}")
    if "published" in fields:
        raise ValueError("use publish_document / unpublish_document to change 'published'")
    change = _document_source(fields)
    return _update_pages(es, alias, document_id, lambda _page: change, refresh,
                         page_numbers)


def publish_document(es: Elasticsearch, alias: str, document_id: str | int,
                     published_pages: Mapping[int, str], *, refresh: bool = False,
                     page_numbers: Iterable[int] | None = None) -> int:
    """Mark the document published and store the surviving text of each page; a page
    missing from ``published_pages`` (withheld) has no published text."""
    texts = {int(number): _clean_text(text) for number, text in published_pages.items()}
    return _update_pages(es, alias, document_id,
                         lambda page: {"published": True, "published_text": texts.get(page)},
                         refresh, page_numbers)


def unpublish_document(es: Elasticsearch, alias: str, document_id: str | int, *,
                       refresh: bool = False, page_numbers: Iterable[int] | None = None
                       ) -> int:
    """Withdraw a publication: the document leaves the "published only" scope."""
    return _update_pages(es, alias, document_id,
                         lambda _page: {"published": False, "published_text": None}, refresh,
                         page_numbers)


def delete_document(es: Elasticsearch, alias: str, document_id: str | int, *,
                    refresh: bool = False) -> int:
    """Remove every page of the document; return how many were removed."""
    ids = page_ids(es, alias, document_id)
    removed = _bulk(es, ({"_op_type": "delete", "_index": alias, "_id": pid} for pid in ids))
    if refresh:
        es.indices.refresh(index=alias)
    return removed


SourceDocument = tuple[DocumentFields | Mapping[str, Any], Iterable[PageRecord]]


def rebuild(es: Elasticsearch, prefix: str, source: Iterable[SourceDocument], *,
            drop_old: bool = True, drop_grace_seconds: float = 2.0) -> RebuildResult:
    """Load every document into a new versioned index, then swap the alias to it in one
    atomic action and drop the old index. Searches use the old index until the swap and the
    new one after it, so they never fail or come back empty; the old index is deleted only
    ``drop_grace_seconds`` after the swap, so searches already running on it finish. If
    loading fails the new index is deleted and the alias is untouched.

    Writes that land on the old index during the load are not carried over: re-index the
    documents changed since ``RebuildResult.started_at`` (or run :func:`check_drift`).
    """
    started_at, clock = datetime.now().astimezone(), time.monotonic()
    index = new_index(es, prefix, bulk_load=True)
    counts = {"documents": 0, "pages": 0}

    def actions() -> Iterator[dict[str, Any]]:
        for doc_fields, pages in source:
            counts["documents"] += 1
            for action in _page_actions(index, _as_fields(doc_fields), pages, set()):
                counts["pages"] += 1
                yield action

    try:
        _bulk(es, actions(), require_alias=False)  # the new index is not behind it yet
        finish_bulk_load(es, index)
        old = swap_alias(es, prefix, index)
    except BaseException:
        es.indices.delete(index=index, ignore_unavailable=True)
        raise
    if drop_old and old:
        time.sleep(drop_grace_seconds)
        drop_indices(es, old)
    return RebuildResult(index, old, counts["documents"], counts["pages"], started_at,
                         round(time.monotonic() - clock, 3))


def indexed_page_counts(es: Elasticsearch, alias: str) -> dict[str, int]:
    """Pages per document as the index holds them (composite aggregation, paged)."""
    counts: dict[str, int] = {}
    after: dict[str, Any] | None = None
    while True:
        composite: dict[str, Any] = {"size": 5000,
                                     "sources": [{"d": {"terms": {"field": "document_id"}}}]}
        if after:
            composite["after"] = after
        resp = es.search(index=alias, size=0, aggs={"docs": {"composite": composite}})
        agg = resp["aggregations"]["docs"]
        for bucket in agg["buckets"]:
            counts[bucket["key"]["d"]] = bucket["doc_count"]
        after = agg.get("after_key")
        if not agg["buckets"] or not after:
            return counts


def check_drift(es: Elasticsearch, alias: str, expected: Mapping[str | int, int]
                ) -> DriftReport:
    """Compare the index with ``expected`` (document id -> page count from the database)."""
    have = indexed_page_counts(es, alias)
    want = {str(k): int(v) for k, v in expected.items()}
    missing = sorted(d for d in want if d not in have and want[d] > 0)
    extra = sorted(d for d in have if d not in want)
    mismatched = {d: (want[d], have[d]) for d in sorted(want)
                  if d in have and have[d] != want[d]}
    return DriftReport(missing, extra, mismatched)


__all__ = [
    "DocumentFields", "PageRecord", "IndexResult", "RebuildResult", "DriftReport",
    "IndexingError", "SourceDocument", "alias_name", "page_id", "page_ids", "refresh_index",
    "index_document_pages", "update_document_fields", "publish_document",
    "unpublish_document", "delete_document", "rebuild", "indexed_page_counts", "check_drift",
]
