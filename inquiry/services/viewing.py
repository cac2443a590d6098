"""Reading evidence: the viewer's data, page images, downloads; every view is audited."""

from __future__ import annotations

import json
from typing import IO

from inquiry.models.document import Document
from inquiry.services import audit, blobs, contained, documents
from inquiry.services.actor import Actor
from inquiry.services.workcopy import working_copy

PAGE_DPI = 110


def open_document(document: Document, number: int, actor: Actor) -> dict | None:
    """Everything the viewer shows for one page; records the view in the audit trail."""
    pages = documents.pages_of(document.id)
    page = next((p for p in pages if p.number == number), None)
    if pages and page is None:
        return None
    words = []
    if page is not None and page.word_count:
        words = json.loads(blobs.store().get_bytes(page.words_sha256))
    audit.record("document.view", actor, target_type="document", target_id=document.urn,
                 details={"page": number})
    return {"document": document, "page": page, "pages": pages, "words": words,
            "number": number, "events": document.events}


def page_png(document: Document, number: int) -> bytes | None:
    """Rendered on demand from the verified working copy, in a sandboxed child (a hostile
    page can exhaust only that child); raises ``contained.SandboxError`` with the reason."""
    if not document.page_count or not 1 <= number <= document.page_count:
        return None
    path = working_copy(document.working_sha256 or document.sha256)
    return contained.page_png(path, number, dpi=PAGE_DPI)


def record_page_view(document: Document, number: int, kind: str, actor: Actor,
                     session_id: str | None) -> bool:
    """Audit a page image or review preview: the first time each session fetches each page
    (a reload or a second look in the same session adds nothing new to the trail, and the
    rate limit bounds how fast pages can be fetched). True when an entry was written."""
    from inquiry.services import sessions

    if not sessions.first_view(session_id, document.id, kind, number):
        return False
    audit.record(f"document.{kind}", actor, target_type="document", target_id=document.urn,
                 details={"page": number, "session": (session_id or "")[:12]})
    return True


def download_original(document: Document, actor: Actor) -> IO[bytes]:
    stream = blobs.store().open(document.sha256)
    audit.record("document.download", actor, target_type="document", target_id=document.urn,
                 details={"sha256": document.sha256})
    return stream


def image_boxes(document: Document, number: int) -> list[tuple[float, float, float, float]]:
    """Pictures on the page, to blur until the reader chooses to see them."""
    from ingest.render import RenderError

    if not document.page_count or not 1 <= number <= document.page_count:
        return []
    try:
        return contained.image_boxes(working_copy(document.working_sha256 or document.sha256),
                                     number)
    except (RenderError, contained.SandboxError):
        return []
