"""Document titles: improved from the document itself once its text is read, and set by
clerks in bulk. A title a clerk set is never overwritten by processing."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from ingest import titles
from inquiry.extensions import db
from inquiry.models.document import Document, Page
from inquiry.services import access, audit, blobs, search_index
from inquiry.services.actor import Actor
from inquiry.services.documents import add_event

log = logging.getLogger(__name__)

CLERK = "clerk"
LOAD_FILE = "loadfile"  # given by the provider's load file: processing keeps it too


def improve_title(document: Document) -> None:
    """After extraction and OCR: the metadata title when meaningful, else the first
    heading of page 1, else the file name. Part of the caller's transaction."""
    if document.title_source in (CLERK, LOAD_FILE):
        return
    from inquiry.services import contained
    from inquiry.services.workcopy import working_copy

    try:  # the original is untrusted: qpdf reads its metadata in a sandboxed child
        meta = contained.metadata_title(working_copy(document.working_sha256 or document.sha256))
    except Exception as exc:  # noqa: BLE001 - storage trouble: the heading will do
        log.info("no metadata title for %s: %s", document.urn, exc)
        meta = None
    words: list[dict] = []
    first = db.session.scalar(select(Page).where(Page.document_id == document.id)
                              .order_by(Page.number).limit(1))
    if first is not None and first.word_count:
        try:
            words = json.loads(blobs.store().get_bytes(first.words_sha256))
        except Exception as exc:  # noqa: BLE001 - no words: fall back to the file name
            log.info("no words for the title of %s: %s", document.urn, exc)
    title, source = titles.choose(meta, words, document.filename)
    if (title, source) != (document.title, document.title_source):
        document.title, document.title_source = title, source
        add_event(document, "titled", f"Title from its {_SOURCES[source]}: {title}")


_SOURCES = {"metadata": "metadata", "heading": "first heading", "file": "file name"}


@dataclass
class TitleResult:
    changed: list[str] = field(default_factory=list)      # URNs
    problems: list[str] = field(default_factory=list)     # messages for the clerk


def set_titles(wanted: dict[str, str], actor: Actor) -> TitleResult:
    """Set the titles of several documents (URN -> title), each audited; documents the
    actor may not see are reported as not found, exactly like missing ones."""
    result = TitleResult()
    for urn, raw in wanted.items():
        title = " ".join((raw or "").split())
        if not title:
            result.problems.append(f"{urn}: a title cannot be empty; it was left as it was.")
            continue
        if len(title) > titles.MAX_TITLE:
            result.problems.append(f"{urn}: a title is limited to {titles.MAX_TITLE} "
                                   "characters; it was left as it was.")
            continue
        document = db.session.scalar(select(Document).where(Document.urn == urn))
        if document is None or not access.can_view(document, actor):
            result.problems.append(f"{urn}: no such document.")
            continue
        if document.title == title:
            continue
        before = document.title
        document.title, document.title_source = title, CLERK
        add_event(document, "titled", f"Title set by {actor.email}: {title}", actor.email)
        try:
            db.session.commit()
        except StaleDataError:
            db.session.rollback()
            result.problems.append(f"{urn} changed while you were saving (processing moved "
                                   "it on); nothing was saved for it. Try again.")
            continue
        audit.record("document.title", actor, target_type="document", target_id=urn,
                     details={"before": before, "after": title})
        search_index.sync_fields(document.id)
        result.changed.append(urn)
    return result
