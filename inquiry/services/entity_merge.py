"""Merging duplicate entities (an admin's fix for "Manchester CC" beside "Manchester City
Council"): the alias is then shown and indexed as the canonical name everywhere."""

from __future__ import annotations

from sqlalchemy import or_, select

from inquiry.extensions import db
from inquiry.models.counsel import EntityAlias
from inquiry.models.document import Document, Status
from inquiry.models.redaction import Mention
from inquiry.services import audit, search_index
from inquiry.services.actor import Actor
from redaction import lexicon

KINDS = ("person", "place", "agency")
REINDEX_INLINE = 25  # more affected documents than this go to the workers


class MergeError(ValueError):
    """A merge that cannot be made; the message is for the user."""


def aliases(kind: str | None = None) -> list[EntityAlias]:
    query = select(EntityAlias).order_by(EntityAlias.kind, EntityAlias.canonical,
                                         EntityAlias.alias)
    if kind:
        query = query.where(EntityAlias.kind == kind)
    return list(db.session.scalars(query))


def _resolve(kind: str, name: str) -> str:
    found = db.session.scalar(select(EntityAlias.canonical).where(
        EntityAlias.kind == kind, EntityAlias.alias == name))
    return found or name


def merge(kind: str, duplicate: str, canonical: str, actor: Actor) -> int:
    """Fold ``duplicate`` into ``canonical``; returns the documents re-indexed or queued."""
    if kind not in KINDS:
        raise MergeError(f"Unknown kind of entity: {kind}.")
    duplicate, canonical = " ".join(duplicate.split()), " ".join(canonical.split())
    if not duplicate or not canonical:
        raise MergeError("Name both the duplicate and the name to keep.")
    canonical = _resolve(kind, canonical)  # merging into a merged name: into its target
    if duplicate == canonical:
        raise MergeError("A name cannot be merged into itself.")
    if db.session.scalar(select(EntityAlias.id).where(EntityAlias.kind == kind,
                                                      EntityAlias.alias == duplicate)):
        raise MergeError(f"{duplicate!r} is already merged; undo that merge first.")
    # names already merged into the duplicate follow it
    for earlier in db.session.scalars(select(EntityAlias).where(
            EntityAlias.kind == kind, EntityAlias.canonical == duplicate)):
        earlier.canonical = canonical
    db.session.add(EntityAlias(kind=kind, alias=duplicate, canonical=canonical,
                               created_by_id=actor.user_id))
    db.session.commit()
    audit.record("entity.merged", actor, target_type=kind, target_id=canonical[:128],
                 details={"duplicate": duplicate, "canonical": canonical})
    return _reindex_mentioning(kind, [duplicate])


def unmerge(alias_id: int, actor: Actor) -> int:
    row = db.session.get(EntityAlias, alias_id)
    if row is None:
        raise MergeError("That merge does not exist.")
    kind, duplicate, canonical = row.kind, row.alias, row.canonical
    db.session.delete(row)
    db.session.commit()
    audit.record("entity.unmerged", actor, target_type=kind, target_id=canonical[:128],
                 details={"duplicate": duplicate, "canonical": canonical})
    return _reindex_mentioning(kind, [duplicate])


def _reindex_mentioning(kind: str, names: list[str]) -> int:
    """Re-index the documents that may name one of ``names`` in any form: the index holds
    resolved names ("Kayleigh Brammer") made from mentions as written ("kayleigh", "ms
    brammer", "kayleigh dawn brammer"), and resolution may re-kind a mention, so the search
    is wide (re-indexing a document too many is harmless)."""
    forms: set[str] = set()
    endings = []
    for name in names:
        words = lexicon.fold(name).split()
        forms.update([name, lexicon.fold(name), *words])
        if words:
            endings.append(Mention.canonical.like(f"% {words[-1]}"))
    ids = list(db.session.scalars(
        select(Mention.document_id).join(Document, Document.id == Mention.document_id)
        .where(or_(Mention.canonical.in_(forms), *endings),
               Document.status == Status.READY).distinct()))
    if len(ids) <= REINDEX_INLINE:
        for document_id in ids:
            search_index.reindex(document_id)
    else:
        from inquiry.tasks import reindex_document

        for document_id in ids:
            reindex_document.delay(document_id)
    return len(ids)
