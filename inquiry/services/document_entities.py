"""The people, places and agencies of a document as search indexes and shows them.

The tagging stage stores every mention as written ("Kayleigh", "KAYLEIGH BRAMMER", "Ms
Brammer's", "09:14 dc Hepworth"); here they are resolved per document
(:func:`redaction.entity_resolution.resolve`) into one canonical entity each, noise dropped,
and an admin's merges applied. Resolving at index time, from the stored mentions, means a
better resolver reaches every document with a re-index, with no re-tagging; and the index
then holds the canonical full name on every page naming the person in any form, so a
``person:"Kayleigh Brammer"`` filter is a plain term match.

A leaf like :mod:`inquiry.services.search_index`, which calls it: it reads the database and
imports no other service.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from inquiry.extensions import db
from inquiry.models.counsel import EntityAlias
from inquiry.models.redaction import Mention
from redaction import lexicon
from redaction.entity_resolution import KINDS, Resolved, resolve

Aliases = dict[tuple[str, str], str]


def aliases() -> Aliases:
    """Admins' merges: (kind, folded duplicate) -> the name to show and index instead."""
    return {(a.kind, lexicon.fold(a.alias)): a.canonical
            for a in db.session.scalars(select(EntityAlias))}


def _resolution(document_id: int) -> dict[tuple[str, str], Resolved | None]:
    """How each distinct (kind, text) written in the document resolves. The label goes with
    it: a context finder's label ("TOWN", "ORG_CUE"...) says what the page's own words make
    of those words, and decides their kind in the whole document; so do the words either
    side, which the learned check on listed people reads."""
    rows = db.session.execute(
        select(Mention.kind, Mention.text, Mention.label, Mention.context)
        .where(Mention.document_id == document_id).distinct())
    return resolve(tuple(row) for row in rows)


def _merged(found: Resolved, merges: Aliases) -> str:
    return merges.get((found.kind, lexicon.fold(found.name)), found.name)


def page_entities(document_id: int,
                  merges: Aliases | None = None) -> dict[int, dict[str, set[str]]]:
    """Page number -> kind -> the canonical entities named on that page."""
    merges = aliases() if merges is None else merges
    resolved = _resolution(document_id)
    out: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for page, kind, text in db.session.execute(
            select(Mention.page, Mention.kind, Mention.text)
            .where(Mention.document_id == document_id).distinct()):
        found = resolved.get((kind, text))
        if found is not None:
            out[page][found.kind].add(_merged(found, merges))
    return out


def entities_on_page(document_id: int, number: int) -> dict[str, list[str]]:
    """The people, places and agencies on one page, by kind, as search knows them."""
    resolved = _resolution(document_id)
    merges = aliases()
    found: dict[str, set[str]] = defaultdict(set)
    for kind, text in db.session.execute(
            select(Mention.kind, Mention.text).where(
                Mention.document_id == document_id, Mention.page == number).distinct()):
        entity = resolved.get((kind, text))
        if entity is not None:
            found[entity.kind].add(_merged(entity, merges))
    return {kind: sorted(found[kind]) for kind in KINDS if found.get(kind)}
