"""Finding the document a URL names, for users allowed to see it."""

from __future__ import annotations

from flask import abort

from inquiry.models.document import Document
from inquiry.services import access, audit, documents
from inquiry.views.context import current_actor


def visible_document_or_404(urn: str) -> Document:
    """404 for a restricted document the user was not granted, as for a missing one, so a
    URN guess reveals nothing; the refusal is audited."""
    document = documents.get_by_urn(urn)
    if document is None:
        abort(404)
    actor = current_actor()
    if not access.can_view(document, actor):
        audit.record("document.access_denied", actor, target_type="document", target_id=urn)
        abort(404)
    return document
