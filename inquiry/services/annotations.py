"""Counsel's tags (shared, searchable) and private notes on documents."""

from __future__ import annotations

import re

from sqlalchemy import delete, func, select

from inquiry.extensions import db
from inquiry.models.counsel import DocumentTag, Note
from inquiry.models.document import Document
from inquiry.services import audit, search_index
from inquiry.services.actor import Actor

TAG_RE = re.compile(r"^[\w][\w .&'/-]{0,63}$")
MAX_NOTE_CHARS = 20_000


class AnnotationError(ValueError):
    """Refused input; the message is for the user."""


def normalise_tag(name: str) -> str:
    """Tags compare without case or extra spaces, so "Chronology" and "chronology " are one."""
    name = " ".join(name.split()).lower()
    if not TAG_RE.match(name):
        raise AnnotationError("A tag is 1 to 64 letters, digits, spaces or . & ' / - "
                              "and starts with a letter or digit.")
    return name


def tags_of(document_id: int) -> list[str]:
    return list(db.session.scalars(select(DocumentTag.name).where(
        DocumentTag.document_id == document_id).order_by(DocumentTag.name)))


def tag_vocabulary(actor: Actor, limit: int = 500) -> list[str]:
    """Tags in use on documents the actor may see, most used first (suggestions in the tag
    box): a tag only a restricted document carries is not suggested to anyone else."""
    from inquiry.services.access import visible_clause

    return list(db.session.scalars(
        select(DocumentTag.name).join(Document, Document.id == DocumentTag.document_id)
        .where(visible_clause(actor)).group_by(DocumentTag.name)
        .order_by(func.count().desc(), DocumentTag.name).limit(limit)))


def add_tag(document: Document, name: str, actor: Actor) -> str:
    name = normalise_tag(name)
    if name in tags_of(document.id):
        raise AnnotationError(f"{document.urn} is already tagged {name!r}.")
    db.session.add(DocumentTag(document_id=document.id, name=name,
                               created_by_id=actor.user_id))
    db.session.commit()
    audit.record("document.tagged", actor, target_type="document", target_id=document.urn,
                 details={"tag": name})
    search_index.sync_fields(document.id)
    return name


def remove_tag(document: Document, name: str, actor: Actor) -> None:
    result = db.session.execute(delete(DocumentTag).where(
        DocumentTag.document_id == document.id, DocumentTag.name == name))
    if not result.rowcount:
        db.session.rollback()
        raise AnnotationError(f"{document.urn} is not tagged {name!r}.")
    db.session.commit()
    audit.record("document.untagged", actor, target_type="document", target_id=document.urn,
                 details={"tag": name})
    search_index.sync_fields(document.id)


def notes_of(document_id: int, actor: Actor) -> list[Note]:
    """The caller's own notes only: notes are private."""
    return list(db.session.scalars(select(Note).where(
        Note.document_id == document_id, Note.user_id == actor.user_id)
        .order_by(Note.page.is_(None), Note.page, Note.id)))


def _clean_body(body: str) -> str:
    body = body.strip()
    if not body:
        raise AnnotationError("The note is empty.")
    if len(body) > MAX_NOTE_CHARS:
        raise AnnotationError(f"A note holds at most {MAX_NOTE_CHARS:,} characters.")
    return body


def add_note(document: Document, body: str, page: int | None, actor: Actor) -> Note:
    if page is not None and not 1 <= page <= (document.page_count or 0):
        raise AnnotationError(f"{document.urn} has no page {page}.")
    note = Note(document_id=document.id, user_id=actor.user_id, page=page,
                body=_clean_body(body))
    db.session.add(note)
    db.session.commit()
    audit.record("note.created", actor, target_type="document", target_id=document.urn,
                 details={"note": note.id, "page": page})  # never the text: it is private
    return note


def _own_note(note_id: int, actor: Actor) -> Note:
    note = db.session.get(Note, note_id)
    if note is None or note.user_id != actor.user_id:
        raise AnnotationError("That note does not exist.")  # others' notes do not exist
    return note


def update_note(note_id: int, body: str, actor: Actor) -> Note:
    note = _own_note(note_id, actor)
    note.body = _clean_body(body)
    db.session.commit()
    audit.record("note.updated", actor, target_type="note", target_id=note.id)
    return note


def delete_note(note_id: int, actor: Actor) -> int:
    note = _own_note(note_id, actor)
    document_id = note.document_id
    db.session.delete(note)
    db.session.commit()
    audit.record("note.deleted", actor, target_type="note", target_id=note_id)
    return document_id
