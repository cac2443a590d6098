"""The documents list a clerk works from: filters, sorting, paging, and progress in words
a person reads ("Reading text (OCR) 3 of 12 pages"), for what the caller may see only."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.sql import Select

from inquiry.extensions import db
from inquiry.models.document import (
    ACTIVE_STATUSES,
    DOCUMENT_TYPES,
    UNPACKING,
    Batch,
    Document,
    IntakeProblem,
    Page,
    Status,
)
from inquiry.services.access import visible_clause
from inquiry.services.actor import Actor

SORTS = {
    "received": (func.coalesce(Document.received_date, func.date(Document.created_at)),),
    "urn": (Document.id,),  # URNs are made from ids, so id order is URN order
    "title": (func.lower(Document.title),),
    "status": (Document.status,),
    "provider": (func.lower(Document.provider),),
}
SORT_LABELS = {"received": "Received", "urn": "URN", "title": "Title", "status": "Status",
               "provider": "Provider"}
STATUS_LABELS = {
    Status.STORED: "Waiting to start",
    Status.EXTRACTING: "Reading text",
    Status.OCR: "Reading text (OCR)",
    Status.TAGGING: "Finding names and places",
    Status.INDEXING: "Making searchable",
    Status.READY: "Ready",
    Status.FAILED: "Failed",
    Status.PASSWORD_REQUIRED: "Waiting for a password",
}
MAX_PER_PAGE = 200


class ListError(ValueError):
    """A filter or sort that makes no sense; the message is for the user."""


@dataclass(frozen=True)
class ListQuery:
    status: str = ""
    provider: str = ""
    document_type: str = ""
    batch_id: int | None = None
    restricted: str = ""  # "", "yes" or "no"
    sort: str = "received"
    descending: bool = True
    page: int = 1
    per_page: int = 50

    def problems(self) -> list[str]:
        out = []
        if self.status and self.status not in {s.value for s in Status}:
            out.append(f"Unknown status {self.status!r}.")
        if self.document_type and self.document_type not in DOCUMENT_TYPES:
            out.append(f"Unknown document type {self.document_type!r}.")
        if self.restricted not in ("", "yes", "no"):
            out.append("Restricted must be yes, no or either.")
        if self.sort not in SORTS:
            out.append(f"Documents can be sorted by {', '.join(SORT_LABELS.values())}.")
        if not 1 <= self.page <= 100_000:
            out.append("That page number is out of range.")
        if not 1 <= self.per_page <= MAX_PER_PAGE:
            out.append(f"Show between 1 and {MAX_PER_PAGE} documents a page.")
        if self.batch_id is not None and not 1 <= self.batch_id <= 2**31:
            out.append("That batch number is out of range.")
        return out


@dataclass(frozen=True)
class Progress:
    """Where one document has got: words, pages done of pages total, finished or not."""

    urn: str
    status: str
    words: str
    done: int
    total: int
    finished: bool
    failure: str | None

    def to_json(self) -> dict[str, object]:
        return {"urn": self.urn, "status": self.status, "words": self.words, "done": self.done,
                "total": self.total, "finished": self.finished, "failure": self.failure}


def _filtered(q: ListQuery, actor: Actor) -> Select:
    query = select(Document).where(visible_clause(actor), Document.urn.is_not(None))
    if q.status:
        query = query.where(Document.status == q.status)
    if q.provider:
        query = query.where(Document.provider == q.provider)
    if q.document_type:
        query = query.where(Document.document_type == q.document_type)
    if q.batch_id:
        query = query.where(Document.batch_id == q.batch_id)
    if q.restricted:
        query = query.where(Document.restricted.is_(q.restricted == "yes"))
    return query


def list_documents(q: ListQuery, actor: Actor) -> tuple[list[Document], int]:
    """One page of the documents the actor may see, filtered and sorted (ties by URN)."""
    problems = q.problems()
    if problems:
        raise ListError(" ".join(problems))
    query = _filtered(q, actor)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    keys = [k.desc() if q.descending else k.asc() for k in SORTS[q.sort]]
    tie = Document.id.desc() if q.descending else Document.id.asc()
    rows = db.session.scalars(query.order_by(*keys, tie)
                              .offset((q.page - 1) * q.per_page).limit(q.per_page))
    return list(rows), total


def filter_choices(actor: Actor) -> dict[str, list[tuple[str, str]]]:
    """Providers and batches to filter by, drawn only from documents the actor may see (a
    restricted document's provider or batch label is not shown to others)."""
    visible = visible_clause(actor)
    providers = db.session.scalars(select(Document.provider).where(visible, Document.provider != "")
                                   .distinct().order_by(Document.provider).limit(500))
    batches = db.session.execute(
        select(Batch.id, Batch.label, Batch.created_at).where(Batch.id.in_(
            select(Document.batch_id).where(visible))).order_by(Batch.id.desc()).limit(500))
    return {
        "providers": [(p, p) for p in providers],
        "batches": [(str(b.id), f"Batch {b.id}" + (f": {b.label}" if b.label else "")
                     + f" ({b.created_at:%d %b %Y})") for b in batches],
    }


def status_words(status: str, done: int, total: int) -> str:
    label = STATUS_LABELS.get(Status(status), status.replace("_", " ").capitalize())
    if status in (Status.EXTRACTING, Status.OCR) and total:
        return f"{label} {done} of {total} pages"
    return label


def progress_of(documents: list[Document]) -> dict[str, Progress]:
    """Progress for documents already checked as visible, by URN. In the OCR stage, pages
    done are those no longer waiting for OCR."""
    waiting = dict(db.session.execute(
        select(Page.document_id, func.count()).where(
            Page.document_id.in_([d.id for d in documents if d.status == Status.OCR]),
            Page.needs_ocr.is_(True)).group_by(Page.document_id)).all()) if documents else {}
    out = {}
    for d in documents:
        total = d.page_count or 0
        if d.status == Status.STORED:
            done = 0
        elif d.status == Status.EXTRACTING:
            done = d.pages_done
        elif d.status == Status.OCR:
            done = max(0, total - waiting.get(d.id, 0))
        elif d.status in (Status.FAILED, Status.PASSWORD_REQUIRED):
            done = d.pages_done
        else:
            done = total
        out[d.urn] = Progress(d.urn, d.status, status_words(d.status, done, total), done, total,
                              d.status not in ACTIVE_STATUSES, d.failure_reason)
    return out


def visible_by_urns(urns: list[str], actor: Actor) -> list[Document]:
    """The documents named that the actor may see; others are left out as if missing."""
    if not urns:
        return []
    return list(db.session.scalars(select(Document).where(
        Document.urn.in_(urns), visible_clause(actor))))


@dataclass(frozen=True)
class BatchSummary:
    batch_id: int
    label: str
    documents: int
    counts: dict[str, int]
    done: int
    total: int
    unpacking: int = 0  # archives a worker is still expanding into the batch

    @property
    def finished(self) -> bool:
        return not self.unpacking and not any(self.counts.get(s, 0) for s in ACTIVE_STATUSES)

    def to_json(self) -> dict[str, object]:
        return {"batch": self.batch_id, "label": self.label, "documents": self.documents,
                "counts": self.counts, "done": self.done, "total": self.total,
                "finished": self.finished, "unpacking": self.unpacking,
                "words": batch_words(self.counts, self.documents, self.done, self.total,
                                     self.unpacking)}


def batch_words(counts: dict[str, int], documents: int, done: int, total: int,
                unpacking: int = 0) -> str:
    ready = counts.get(Status.READY, 0)
    active = sum(counts.get(s, 0) for s in ACTIVE_STATUSES)
    parts = [f"{ready} of {documents} document{'' if documents == 1 else 's'} ready"]
    if unpacking:
        parts.insert(0, f"{unpacking} archive{'' if unpacking == 1 else 's'} being unpacked")
    if active:
        parts.append(f"{active} in progress")
    if counts.get(Status.FAILED):
        parts.append(f"{counts[Status.FAILED]} failed")
    if counts.get(Status.PASSWORD_REQUIRED):
        parts.append(f"{counts[Status.PASSWORD_REQUIRED]} waiting for a password")
    if total:
        parts.append(f"{done} of {total} pages read")
    return ", ".join(parts)


def batch_summaries(actor: Actor, batch_ids: list[int] | None = None,
                    active_only: bool = False, limit: int = 20) -> list[BatchSummary]:
    """Progress per batch, counting only documents the actor may see. With ``active_only``,
    the batches that still have documents in progress (for the documents list)."""
    visible = visible_clause(actor)
    query = select(Document.batch_id).where(visible, Document.batch_id.is_not(None))
    if batch_ids is not None:
        query = query.where(Document.batch_id.in_(batch_ids))
    if active_only:
        query = query.where(Document.status.in_([s.value for s in ACTIVE_STATUSES]))
    ids = list(db.session.scalars(query.distinct().order_by(Document.batch_id.desc())
                                  .limit(limit)))
    unpacking = _unpacking(actor, batch_ids, limit)
    ids = sorted(set(ids) | set(unpacking), reverse=True)[:limit]
    if not ids:
        return []
    docs = list(db.session.scalars(select(Document).where(visible, Document.batch_id.in_(ids))))
    progress = progress_of(docs)
    labels = dict(db.session.execute(select(Batch.id, Batch.label).where(Batch.id.in_(ids))).all())
    out = []
    for batch_id in ids:
        counts: dict[str, int] = {}
        done = total = 0
        for d in docs:
            if d.batch_id == batch_id:
                counts[d.status] = counts.get(d.status, 0) + 1
                done += progress[d.urn].done
                total += progress[d.urn].total
        out.append(BatchSummary(batch_id, labels.get(batch_id, ""), sum(counts.values()),
                                counts, done, total, unpacking.get(batch_id, 0)))
    return out


def _unpacking(actor: Actor, batch_ids: list[int] | None, limit: int) -> dict[int, int]:
    """Archives still being expanded, by batch, in batches the actor may see."""
    query = (select(IntakeProblem.batch_id, func.count())
             .join(Batch, Batch.id == IntakeProblem.batch_id)
             .where(IntakeProblem.kind == UNPACKING, visible_batch_ids_clause(actor)))
    if batch_ids is not None:
        query = query.where(IntakeProblem.batch_id.in_(batch_ids))
    return dict(db.session.execute(query.group_by(IntakeProblem.batch_id)
                                   .order_by(IntakeProblem.batch_id.desc()).limit(limit)).all())


def batch_visible(batch_id: int, actor: Actor) -> bool:
    """A batch is visible to whoever brought it in and to anyone who may see one of its
    documents; its label, counts and refused file names are shown to no one else."""
    batch = db.session.get(Batch, batch_id)
    if batch is None:
        return False
    if actor.user_id is not None and batch.created_by_id == actor.user_id:
        return True
    return db.session.scalar(select(Document.id).where(
        Document.batch_id == batch_id, visible_clause(actor)).limit(1)) is not None


def visible_batch_ids_clause(actor: Actor):  # noqa: ANN201 - a SQL expression on Batch.id
    """Batch.id IN (batches visible to the actor), for listings of intake problems."""
    own = select(Batch.id).where(Batch.created_by_id == actor.user_id)
    seen = select(Document.batch_id).where(visible_clause(actor),
                                          Document.batch_id.is_not(None))
    return or_(Batch.id.in_(own), Batch.id.in_(seen))
