"""A small evidence corpus in the database, indexed into the real Elasticsearch node the
way the worker's INDEXING stage does it (``services.search_index.index_document``)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from inquiry.extensions import db
from inquiry.models import Document, DocumentGrant, Mention, Page
from inquiry.models.document import Status


@dataclass
class Doc:
    urn: str
    pages: list[str]
    provider: str = ""
    document_type: str = "other"
    document_date: date | None = None
    description: str = ""
    restricted: bool = False
    grants: list[int] = field(default_factory=list)
    # (page, kind, canonical)
    mentions: list[tuple[int, str, str]] = field(default_factory=list)
    ocr_pages: tuple[int, ...] = ()


def add_documents(app, docs: list[Doc], *, refresh: bool = True) -> dict[str, int]:  # noqa: ANN001
    """Insert ready documents with their pages and mentions and index them; urn -> id.
    ``refresh=False`` leaves them as the worker does: indexed, not yet searchable."""
    from inquiry.services import search_index

    ids: dict[str, int] = {}
    with app.app_context():
        for d in docs:
            sha = hashlib.sha256(d.urn.encode()).hexdigest()
            document = Document(
                urn=d.urn, sha256=sha, working_sha256=sha, filename=f"{d.urn}.pdf",
                size_bytes=1000, page_count=len(d.pages), provider=d.provider,
                document_type=d.document_type, document_date=d.document_date,
                description=d.description, title=d.description.split("\n", 1)[0][:120] or d.urn,
                restricted=d.restricted, status=Status.READY,
                pages_done=len(d.pages))
            db.session.add(document)
            db.session.flush()
            for number, text in enumerate(d.pages, 1):
                db.session.add(Page(document_id=document.id, number=number, width=595.0,
                                    height=842.0, text=text, words_sha256="0" * 64,
                                    word_count=0, ocr=number in d.ocr_pages))
            for page, kind, canonical in d.mentions:
                db.session.add(Mention(document_id=document.id, page=page, kind=kind,
                                       label=kind.upper(), text=canonical,
                                       canonical=canonical, start=0, end=len(canonical)))
            for user_id in d.grants:
                db.session.add(DocumentGrant(document_id=document.id, user_id=user_id))
            db.session.commit()
            ids[d.urn] = document.id
        for document_id in ids.values():
            search_index.index_document(db.session.get(Document, document_id))
        if refresh:
            search_index.client().indices.refresh(index=search_index.alias())
    return ids


def refresh(app) -> None:  # noqa: ANN001
    from inquiry.services import search_index

    with app.app_context():
        search_index.client().indices.refresh(index=search_index.alias())


def corpus(restricted_grants: list[int] | None = None) -> list[Doc]:
    return [
        Doc("INQ900001", [
            "Statement of the witness. The taxi driver met the girl outside the takeaway "
            "on Friday night and drove her to a house in Rotherham.",
            "Social services were informed by the police officer about the referral. "
            "The officer said nothing further was done.",
            "Signed and dated. Ahmed Khan was named again in the interview.",
        ], provider="South Yorkshire Police", document_type="witness_statement",
            document_date=date(2003, 5, 1), description="Witness statement of a parent",
            mentions=[(1, "place", "Rotherham"), (3, "person", "Ahmed Khan"),
                      (2, "agency", "South Yorkshire Police")]),
        Doc("INQ900002", [
            "Minutes of the strategy meeting. The council agreed to review safeguarding "
            "arrangements for looked after children.",
            "Action: the social worker to contact the school. Organisation of the "
            "multi-agency meeting was delayed.",
        ], provider="Rotherham Metropolitan Borough Council", document_type="minutes",
            document_date=date(2010, 2, 1), description="Strategy meeting minutes",
            mentions=[(1, "agency", "Rotherham Council"), (2, "place", "Rotherham")],
            ocr_pages=(2,)),
        Doc("INQ900003", [
            "Email from the sergeant: the complaint about the taxi firm was not recorded "
            "as a crime. Ahmed Khan and the taxi were seen in Sheffield.",
        ], provider="South Yorkshire Police", document_type="email",
            document_date=date(2012, 7, 9), description="Email about the taxi complaint",
            mentions=[(1, "person", "Ahmed Khan"), (1, "place", "Sheffield")]),
        Doc("INQ900004", [
            "Restricted intelligence: the informant Gerald Pinkerton reported the taxi "
            "firm and the takeaway to the police.",
        ], provider="National Crime Agency", document_type="report",
            document_date=date(2014, 1, 20), description="Informant report",
            restricted=True, grants=restricted_grants or [],
            mentions=[(1, "person", "Gerald Pinkerton")]),
    ]


def add_pdf_document(app, tmp_path, urn: str, lines: list[str]) -> int:  # noqa: ANN001
    """A real one-page PDF stored and extracted (words with boxes), ready and indexed, so
    the viewer can render it and draw hits."""
    import json

    from ingest.extract import extract_pages
    from inquiry.services import blobs, search_index
    from tests import pdfs

    path = pdfs.text_pdf(tmp_path, lines, name=f"{urn}.pdf")
    page = next(extract_pages(path))
    with app.app_context():
        store = blobs.store()
        sha = store.put_file(path)
        document = Document(urn=urn, sha256=sha, working_sha256=sha, filename=f"{urn}.pdf",
                            size_bytes=path.stat().st_size, page_count=1, status=Status.READY,
                            provider="Test Provider", document_type="report")
        db.session.add(document)
        db.session.flush()
        words = json.dumps(page.to_dict(offsets=True)["words"]).encode()
        db.session.add(Page(document_id=document.id, number=1, width=page.width,
                            height=page.height, text=page.text,
                            words_sha256=store.put_bytes(words), word_count=len(page.words)))
        db.session.commit()
        search_index.index_document(document)
        search_index.client().indices.refresh(index=search_index.alias())
        return document.id
