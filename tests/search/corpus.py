"""A small evidence corpus whose every answer is known, for the search tests.

Five documents. INQ000004 is restricted (user "u-secret" and group "panel" only), so
ordinary users see four. INQ000001 is published, with Officer Brown's name redacted from
page 1. INQ000005 has no dates.
"""

from __future__ import annotations

from datetime import date

from elasticsearch import Elasticsearch

from search import indexer
from search.indexer import DocumentFields, PageRecord
from search.query import Access

ORDINARY = Access("u1", frozenset({"counsel"}))
SECRET_USER = Access("u-secret")
PANEL = Access("u2", frozenset({"panel"}))
EVERYTHING = Access("admin", can_see_all_restricted=True)

DOCUMENTS: list[tuple[DocumentFields, list[PageRecord]]] = [
    (DocumentFields(
        document_id=1, urn="INQ000001", title="Witness statement of Officer Brown",
        provider="Metropolitan Police Service", document_type="statement",
        document_date=date(2019, 3, 14), received_date=date(2020, 1, 10),
        tags=["chronology"], review_status="approved", published=True),
     [PageRecord(1, "The girls were running to the meeting at the station. Officer Brown "
                    "recorded the complaint.", persons=["Jane Doe"], places=["Manchester"],
                 agencies=["Metropolitan Police Service"],
                 published_text="The girls were running to the meeting at the station. "
                                "[S40] recorded the complaint."),
      PageRecord(2, "No further action was taken by the constabulary after the review.",
                 agencies=["Home Office"],
                 published_text="No further action was taken by the constabulary after the "
                                "review."),
      PageRecord(3, "Misconduct proceedings began in spring.")]),
    (DocumentFields(
        document_id=2, urn="INQ000002", title="Home Office memo", provider="Home Office",
        document_type="memo", document_date=date(2015, 6, 1),
        received_date=date(2020, 2, 1), tags=["policy"], review_status="draft"),
     [PageRecord(1, "Police misconduct allegations were referred to the Home Office.",
                 persons=["John Smith"], agencies=["Home Office"]),
      PageRecord(2, "The child protection meetings continued through 2016.",
                 persons=["John Smith", "Jane Doe"], places=["Leeds"])]),
    (DocumentFields(
        document_id=3, urn="INQ000003", title="Council minutes", provider="Leeds City Council",
        document_type="minutes", document_date=date(2021, 11, 30),
        received_date=date(2022, 1, 5), tags=["chronology", "council"]),
     [PageRecord(1, "Minutes of the safeguarding committee. Smyth reported on misconduct by "
                    "police officers.", ocr=True, persons=["Peter Smyth"], places=["Leeds"]),
      PageRecord(2, "Organisation of the inquiry hearings; the organisers met.", ocr=True)]),
    (DocumentFields(
        document_id=4, urn="INQ000004", title="Operation report",
        provider="Security Service", document_type="report", document_date=date(2018, 5, 5),
        received_date=date(2020, 6, 1), restricted=True, access_groups=["panel"],
        allowed_user_ids=["u-secret"], tags=["sensitive"]),
     [PageRecord(1, "Covert police misconduct running operation codename NIGHTJAR. John "
                    "Smith met the handler.", persons=["John Smith", "Agent Grey"],
                 agencies=["Security Service"])]),
    (DocumentFields(document_id=5, urn="INQ000005", title="Undated letter",
                    provider="Anonymous", document_type="letter"),
     [PageRecord(1, "A letter about misconduct, undated. covid-19 measures.")]),
]

PAGE_COUNTS = {str(doc.document_id): len(pages) for doc, pages in DOCUMENTS}


def load(es: Elasticsearch, alias: str) -> None:
    for doc, pages in DOCUMENTS:
        indexer.index_document_pages(es, alias, doc, pages)
    indexer.refresh_index(es, alias)
