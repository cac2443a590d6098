"""Search facets and ``person:`` filters built from entities the real tagging stage stored
and indexing resolved: one entry per real person, whatever form each page writes."""

from __future__ import annotations

import re

import pytest

from inquiry.extensions import db
from inquiry.models import Document, Page
from inquiry.models.document import Status
from tests.conftest import sign_in

pytestmark = [pytest.mark.services, pytest.mark.usefixtures("fresh_search_and_store")]
ALL = 'provider:"Test Provider"'

# invented people: Rhiannon Pilbeam in four forms over four documents, a namesake, an officer
DOCUMENTS = {
    "INQ910001": [
        "WITNESS STATEMENT\nStatement of: RHIANNON PILBEAM\nDate of birth: 14/02/1998\n"
        "I live in Ossett WF5 with my mum.",
        "Rhiannon told me that a man drove her to Wakefield in a Vauxhall Astra.",
        "10:32 DC 4471 Hartley spoke to Ms Pilbeam's mother. YP1 was also present.",
    ],
    "INQ910002": [
        "From: Gwen Ashdown\nTo: DS Colin Hartley\nSubject: missed school\n\n"
        "Colin, Rhiannon Pilbeam missed school again. Rhiannon was seen in Dewsbury.",
    ],
    "INQ910003": [
        "Name | DOB | School\nR. Pilbeam | 14/02/1998 | Ossett Academy\n"
        "Notes: Rhiannon PILBEAM attended the drop-in.",
    ],
    "INQ910004": [
        "Rhiannon Castell was seen in Leeds with Child A on 3 March 2014.",
    ],
}
# a real PDF page whose words the tagger reads as "Carl Lo" and "Dickinson": one man
LOG_LINES = ["Booking taken by LO Carl Dickinson at 14:02.",
             "Fare agreed with the driver. C. Dickinson to call back.",
             "Job logged by Dickinson for Rawdon Cars."]


def _add_extracted_page(document: Document, tmp_path) -> None:  # noqa: ANN001
    """The dispatch log as extraction stores it: text and word boxes of a real PDF."""
    import json

    from ingest.extract import extract_pages
    from inquiry.services import blobs
    from tests import pdfs

    page = next(extract_pages(pdfs.text_pdf(tmp_path, LOG_LINES, name="log.pdf")))
    words = json.dumps(page.to_dict(offsets=True)["words"]).encode()
    db.session.add(Page(document_id=document.id, number=1, width=page.width,
                        height=page.height, text=page.text,
                        words_sha256=blobs.store().put_bytes(words), word_count=len(page.words)))


@pytest.fixture
def tagged(app, tmp_path):  # noqa: ANN001, ANN201
    """The documents tagged by the worker's tagging stage and indexed as the worker does."""
    from inquiry.services import search_index
    from inquiry.services.tagging import tag_document

    ids = {}
    with app.app_context():
        for urn, pages in [*DOCUMENTS.items(), ("INQ910005", None)]:
            document = Document(urn=urn, sha256=urn.ljust(64, "0"),
                                working_sha256=urn.ljust(64, "0"), filename=f"{urn}.pdf",
                                size_bytes=1000, page_count=len(pages or [1]),
                                status=Status.READY, pages_done=len(pages or [1]),
                                provider="Test Provider", document_type="report")
            db.session.add(document)
            db.session.flush()
            if pages is None:
                _add_extracted_page(document, tmp_path)
            for number, text in enumerate(pages or [], 1):
                db.session.add(Page(document_id=document.id, number=number, width=595.0,
                                    height=842.0, text=text, words_sha256="0" * 64,
                                    word_count=0))
            tag_document(document)
            db.session.commit()
            ids[urn] = document.id
        for document_id in ids.values():
            search_index.index_document(db.session.get(Document, document_id))
        search_index.client().indices.refresh(index=search_index.alias())
    return ids


@pytest.fixture
def counsel(client, make_user):  # noqa: ANN001, ANN201
    assert sign_in(client, make_user("counsel")).status_code == 302
    return client


def _facet(page: str, name: str) -> dict[str, int]:
    section = page[page.index(f'id="facet-{name}"'):]
    section = section[:section.index("</section>")]
    return {value: int(count) for value, count in
            re.findall(r'<li><a href="[^"]*" class="[^"]*" >([^<>]+)</a>.*?'
                       r'<span class="count">(\d+)</span></li>', section, re.S)}


def _urns(page: str) -> set[str]:
    return set(re.findall(r'<h3><a href="/documents/(INQ\d+)\?', page))


def test_one_person_facet_entry_for_every_form_of_a_name(app, counsel, tagged):
    page = counsel.get("/search/", query_string={"q": ALL}).get_data(as_text=True)
    people = _facet(page, "persons")
    assert people.get("Rhiannon Pilbeam") == 3
    assert not [p for p in people if "pilbeam" in p.lower() and p != "Rhiannon Pilbeam"]
    assert not [p for p in people if p.lower() in ("rhiannon", "pilbeam", "r pilbeam")]
    assert people.get("Rhiannon Castell") == 1 and people.get("Colin Hartley") == 1
    assert people.get("Gwen Ashdown") == 1
    # no dates, timestamps, vehicles or ciphers among the people, no postcodes among places
    assert not [p for p in people if re.search(r"\d|Vauxhall|Astra|YP|Child", p)]
    places = _facet(page, "places")
    assert "Ossett" in places and "WF5" not in places
    # every page naming her in any form carries the full name, in proper case
    from inquiry.services import search_index

    with app.app_context():
        statement = tagged["INQ910001"]
        for number in (1, 2, 3):
            found = search_index.entities_on_page(statement, number)
            assert "Rhiannon Pilbeam" in found.get("person", []), number


def test_person_filter_finds_every_document_naming_her_in_any_form(counsel, tagged):
    for q in ('person:"Rhiannon Pilbeam"', 'person:"rhiannon pilbeam"'):
        page = counsel.get("/search/", query_string={"q": q}).get_data(as_text=True)
        assert _urns(page) == {"INQ910001", "INQ910002", "INQ910003"}, q
    chosen = counsel.get("/search/", query_string={"q": ALL, "persons": "Rhiannon Pilbeam"})
    assert _urns(chosen.get_data(as_text=True)) == {"INQ910001", "INQ910002", "INQ910003"}
    namesake = counsel.get("/search/", query_string={"q": 'person:"Rhiannon Castell"'})
    assert _urns(namesake.get_data(as_text=True)) == {"INQ910004"}


def test_a_name_the_tagger_split_is_one_person_in_facets_and_filters(app, counsel, tagged):
    """The tagging stage stores the name the text writes whole ("LO Carl Dickinson", "C.
    Dickinson", "Dickinson"), so indexing lists one man, not "Carl Lo" and "Dickinson"."""
    page = counsel.get("/search/", query_string={"q": ALL}).get_data(as_text=True)
    people = _facet(page, "persons")
    assert people.get("Carl Dickinson") == 1
    assert not [p for p in people if p in ("Carl Lo", "Dickinson", "Carl")]
    found = counsel.get("/search/", query_string={"q": 'person:"Carl Dickinson"'})
    assert _urns(found.get_data(as_text=True)) == {"INQ910005"}


def test_mentions_keep_the_words_either_side_for_the_check_on_listed_people(app, tagged):
    from sqlalchemy import select

    from inquiry.models.redaction import Mention

    with app.app_context():
        contexts = dict(db.session.execute(
            select(Mention.text, Mention.context).where(
                Mention.document_id == tagged["INQ910005"], Mention.kind == "person")).all())
    assert contexts["Dickinson"] == "by\tfor" and contexts["C. Dickinson"] == "driver.\tto"


def test_documents_tagged_before_mentions_kept_contexts_are_tagged_again(app, runner, tagged):
    from datetime import timedelta

    from sqlalchemy import func, select, update

    from inquiry.cli import main
    from inquiry.models.base import utcnow
    from inquiry.models.redaction import Mention

    log = tagged["INQ910005"]
    with app.app_context():
        db.session.execute(update(Mention).where(Mention.document_id == log).values(context=""))
        # a worker on another machine holds the document: it is left, not waited for
        db.session.execute(update(Document).where(Document.id == log).values(
            lease_until=utcnow() + timedelta(minutes=5), lease_owner="worker-elsewhere/4242"))
        db.session.commit()
    held = runner.invoke(main, ["search", "retag-stale", "--now"])
    assert held.exit_code == 0, held.output
    assert "0 document(s) tagged again; 1 left for the next run" in held.output
    with app.app_context():
        db.session.execute(update(Document).where(Document.id == log).values(
            lease_until=None, lease_owner=None))
        db.session.commit()
    outcome = runner.invoke(main, ["search", "retag-stale", "--now"])
    assert outcome.exit_code == 0, outcome.output
    assert "1 document(s) tagged again" in outcome.output
    with app.app_context():
        assert db.session.scalar(select(func.count()).where(
            Mention.document_id == log, Mention.context == "")) == 0
    again = runner.invoke(main, ["search", "retag-stale", "--now"])
    assert "0 document(s)" in again.output
