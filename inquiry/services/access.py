"""Restricted documents: who may see them, in lists, the viewer and search alike.

A restricted document is seen only by users granted it (the uploader is granted it at
intake). Search applies the same rule through ``search.query.Access``, built here, so the
database and the index answer the question the same way.
"""

from __future__ import annotations

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.sql.elements import ColumnElement

from inquiry.extensions import db
from inquiry.models.access import DocumentGrant
from inquiry.models.document import Document
from inquiry.models.user import User
from inquiry.services import audit
from inquiry.services.actor import Actor
from search.query import Access


def search_access(actor: Actor) -> Access:
    """The caller's access for every search request (the filter lives in the index)."""
    return Access(user_id=actor.user_id)


def can_view(document: Document, actor: Actor) -> bool:
    if not document.restricted:
        return True
    if actor.user_id is None:
        return False
    return db.session.scalar(select(DocumentGrant.id).where(
        DocumentGrant.document_id == document.id,
        DocumentGrant.user_id == actor.user_id)) is not None


def visible_clause(actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause on Document for database listings."""
    granted = select(DocumentGrant.document_id).where(DocumentGrant.user_id == actor.user_id)
    return or_(Document.restricted.is_(False),
               and_(Document.restricted.is_(True), Document.id.in_(granted)))


def visible_urns(urns: list[str], actor: Actor) -> set[str]:
    """Those of the URNs the actor may see (for pages that mention other documents, such as
    a duplicate's original, which must not name a restricted one)."""
    wanted = sorted({u for u in urns if u})
    if not wanted:
        return set()
    return set(db.session.scalars(select(Document.urn).where(
        Document.urn.in_(wanted), visible_clause(actor))))


def allowed_user_ids(document_id: int) -> list[int]:
    return list(db.session.scalars(select(DocumentGrant.user_id).where(
        DocumentGrant.document_id == document_id).order_by(DocumentGrant.user_id)))


def grants_for(document_id: int) -> list[tuple[DocumentGrant, User]]:
    return list(db.session.execute(
        select(DocumentGrant, User).join(User, User.id == DocumentGrant.user_id)
        .where(DocumentGrant.document_id == document_id).order_by(User.email)).tuples())


class AccessError(ValueError):
    """A grant that cannot be made; the message is for the user."""


def grant(document: Document, user: User, actor: Actor) -> None:
    if not user.active:
        raise AccessError(f"{user.email} is deactivated.")
    exists = db.session.scalar(select(DocumentGrant.id).where(
        DocumentGrant.document_id == document.id, DocumentGrant.user_id == user.id))
    if exists:
        raise AccessError(f"{user.email} already has access to {document.urn}.")
    db.session.add(DocumentGrant(document_id=document.id, user_id=user.id,
                                 granted_by_id=actor.user_id))
    db.session.commit()
    audit.record("document.access_granted", actor, target_type="document",
                 target_id=document.urn, details={"user": user.email})
    _reindex_access(document.id)


def revoke(document: Document, user: User, actor: Actor) -> None:
    result = db.session.execute(delete(DocumentGrant).where(
        DocumentGrant.document_id == document.id, DocumentGrant.user_id == user.id))
    if not result.rowcount:
        db.session.rollback()
        raise AccessError(f"{user.email} has no grant on {document.urn}.")
    db.session.commit()
    audit.record("document.access_revoked", actor, target_type="document",
                 target_id=document.urn, details={"user": user.email})
    _reindex_access(document.id)


def set_restricted(document: Document, restricted: bool, actor: Actor) -> None:
    if document.restricted == restricted:
        return
    document.restricted = restricted
    db.session.commit()
    audit.record("document.restricted" if restricted else "document.unrestricted", actor,
                 target_type="document", target_id=document.urn)
    _reindex_access(document.id)


def _reindex_access(document_id: int) -> None:
    from inquiry.services import search_index

    search_index.sync_fields(document_id)
