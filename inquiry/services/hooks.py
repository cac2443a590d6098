"""The stages that later capabilities fill: tagging (the redaction engine) and indexing
(search). Each takes a Document whose pages are stored and must be idempotent."""

from __future__ import annotations

from collections.abc import Callable

from inquiry.models.document import Document


def tag_document(document: Document, heartbeat: Callable[[], None] = lambda: None) -> None:
    """The document's own title, now that its text is read (extraction and OCR are done),
    then entities for search and redaction proposals for review (the redaction engine)."""
    from inquiry.services.documents import add_event
    from inquiry.services.tagging import tag_document as tag
    from inquiry.services.titles import improve_title

    improve_title(document)
    counts = tag(document, heartbeat)
    add_event(document, "tagged", f"{counts['mentions']} people, places and agencies found; "
                                  f"{counts['proposals']} redactions proposed")


def index_document(document: Document) -> None:
    """Pages, with the document's fields and entities, into Elasticsearch."""
    from inquiry.services.documents import add_event
    from inquiry.services.search_index import index_document as index

    result = index(document)
    add_event(document, "indexed", f"{result.indexed} pages searchable")
