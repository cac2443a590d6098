"""The stages that later capabilities fill: tagging (the redaction engine) and indexing
(search). Each takes a Document whose pages are stored and must be idempotent."""

from __future__ import annotations

from inquiry.models.document import Document


def tag_document(document: Document) -> None:
    """Entities and redaction proposals; wired to the redaction engine (issue 4)."""


def index_document(document: Document) -> None:
    """Pages into Elasticsearch; wired to the search indexer (issue 5)."""
