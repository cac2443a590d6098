"""A restricted document never reaches a user without access: not in results, counts,
facets, entity pages, batch counts, page highlights or exports."""

from __future__ import annotations

import pytest
from elasticsearch import Elasticsearch

from search import mapping
from search.entities import batch_counts, entity_pages
from search.query import Access
from search.searcher import export_pages, page_boxes, page_highlight, run_search
from tests.search import corpus
from tests.search.corpus import EVERYTHING, ORDINARY, PANEL, SECRET_USER

pytestmark = pytest.mark.services

NO_ACCESS = [ORDINARY, Access(None), Access("u9", frozenset({"other", "counsel"}))]
WITH_ACCESS = [SECRET_USER, PANEL, EVERYTHING]


@pytest.fixture(scope="module")
def alias(es: Elasticsearch, index_prefix: str) -> str:
    name = mapping.ensure_index(es, index_prefix)
    corpus.load(es, name)
    return name


def _facet_values(results, name):
    return {v.value for v in results.facets[name]}


@pytest.mark.parametrize("access", NO_ACCESS)
def test_search_and_facets_hide_restricted(es, alias, access):
    for query in ("nightjar", "urn:INQ000004", "provider:Security*", None,
                  "misconduct OR nightjar", "NOT zzz"):
        results = run_search(es, alias, query, user_access=access, page_size=100,
                             facets=["provider", "persons", "agencies", "tags", "year"])
        assert "4" not in {d.document_id for d in results.documents}
        assert "Security Service" not in _facet_values(results, "provider")
        assert "Agent Grey" not in _facet_values(results, "persons")
        assert "sensitive" not in _facet_values(results, "tags")
        assert 2018 not in _facet_values(results, "year")
    browse = run_search(es, alias, None, user_access=access, facets=["persons"])
    assert browse.total_documents == 4 and browse.total_pages == 8
    smith = next(v for v in browse.facets["persons"] if v.value == "John Smith")
    assert (smith.pages, smith.documents) == (2, 1)


@pytest.mark.parametrize("access", WITH_ACCESS)
def test_granted_users_see_it(es, alias, access):
    results = run_search(es, alias, "nightjar", user_access=access)
    assert [d.urn for d in results.documents] == ["INQ000004"]
    browse = run_search(es, alias, None, user_access=access, facets=["persons"])
    assert browse.total_documents == 5
    smith = next(v for v in browse.facets["persons"] if v.value == "John Smith")
    assert (smith.pages, smith.documents) == (3, 2)


@pytest.mark.parametrize("access", NO_ACCESS)
def test_entity_pages_hide_restricted(es, alias, access):
    smith = entity_pages(es, alias, access, "person", "John Smith")
    assert [d.urn for d in smith.documents] == ["INQ000002"]
    assert (smith.total_documents, smith.total_pages) == (1, 2)
    assert {v.value for v in smith.cooccurring["person"]} == {"Jane Doe"}
    assert all(v.value != "Security Service" for v in smith.cooccurring["agency"])
    grey = entity_pages(es, alias, access, "person", "Agent Grey")
    assert grey.documents == [] and grey.total_pages == 0


def test_entity_pages_for_a_granted_user(es, alias):
    smith = entity_pages(es, alias, PANEL, "person", "John Smith")
    assert [d.urn for d in smith.documents] == ["INQ000002", "INQ000004"]  # oldest first
    assert smith.documents[0].pages == [1, 2]
    assert {v.value for v in smith.cooccurring["person"]} == {"Jane Doe", "Agent Grey"}
    assert {v.value for v in smith.cooccurring["agency"]} == {"Home Office",
                                                              "Security Service"}


def test_batch_counts_hide_restricted(es, alias):
    terms = ["nightjar", "misconduct", "handler OR constabulary", 'person:"John Smith"']
    ordinary = {c.term: (c.pages, c.documents) for c in batch_counts(es, alias, ORDINARY,
                                                                     terms)}
    assert ordinary == {"nightjar": (0, 0), "misconduct": (4, 4),
                        "handler OR constabulary": (1, 1), 'person:"John Smith"': (2, 1)}
    panel = {c.term: (c.pages, c.documents) for c in batch_counts(es, alias, PANEL, terms)}
    assert panel == {"nightjar": (1, 1), "misconduct": (5, 5),
                     "handler OR constabulary": (2, 2), 'person:"John Smith"': (3, 2)}


def test_page_highlight_and_export_hide_restricted(es, alias):
    assert page_highlight(es, alias, "nightjar", user_access=ORDINARY, document_id=4,
                          page=1) is None
    assert page_boxes(es, alias, "nightjar", user_access=ORDINARY, document_id=4, page=1,
                      words=[{"text": "NIGHTJAR.", "x0": 0, "y0": 0, "x1": 1, "y1": 1}]) == []
    assert page_highlight(es, alias, "nightjar", user_access=SECRET_USER, document_id=4,
                          page=1) is not None
    rows = list(export_pages(es, alias, None, user_access=ORDINARY, batch=3))
    assert len(rows) == 8 and all(r.urn != "INQ000004" for r in rows)
    assert [(r.document_id, r.page) for r in rows][:3] == [("1", 1), ("1", 2), ("1", 3)]
    assert len(list(export_pages(es, alias, None, user_access=EVERYTHING))) == 9
