"""Results per document with their best pages and snippets, facets, sorting, paging,
hits onto word boxes and batch counts, against the real Elasticsearch."""

from __future__ import annotations

import pytest
from elasticsearch import Elasticsearch

from search import mapping
from search.entities import batch_counts
from search.results import parse_marked
from search.searcher import export_pages, page_boxes, page_highlight, run_search
from tests.search import corpus
from tests.search.corpus import ORDINARY

pytestmark = pytest.mark.services


@pytest.fixture(scope="module")
def alias(es: Elasticsearch, index_prefix: str) -> str:
    name = mapping.ensure_index(es, index_prefix)
    corpus.load(es, name)
    return name


def test_one_result_per_document_with_best_pages(es, alias):
    results = run_search(es, alias, "misconduct OR constabulary OR girl", user_access=ORDINARY)
    urns = [d.urn for d in results.documents]
    assert len(urns) == len(set(urns)) == 4
    assert results.total_documents == 4 and results.total_pages == 6
    first = next(d for d in results.documents if d.urn == "INQ000001")
    assert first.matching_pages == 3
    assert sorted(p.page for p in first.pages) == [1, 2, 3]
    assert first.title == "Witness statement of Officer Brown"
    assert first.fields["provider"] == "Metropolitan Police Service"
    by_page = {p.page: p for p in first.pages}
    assert by_page[1].hits == 1
    assert [t for s in by_page[1].snippets for t, hit in s.segments if hit] == ["girls"]
    assert "<mark>constabulary</mark>" in by_page[2].snippets[0].html()


def test_hit_counts_and_best_pages_limit(es, alias):
    results = run_search(es, alias, "the", user_access=ORDINARY, best_pages=1)
    first = next(d for d in results.documents if d.urn == "INQ000001")
    assert first.matching_pages == 2 and len(first.pages) == 1
    page = first.pages[0]
    assert page.hits == page.snippets[0].html().count("<mark>")
    assert all(t.lower() == "the" for s in page.snippets for t, hit in s.segments if hit)


def test_facet_counts(es, alias):
    results = run_search(es, alias, None, user_access=ORDINARY,
                         facets=["provider", "document_type", "year", "persons", "places",
                                 "agencies", "tags", "ocr", "review_status"])
    f = {name: {v.value: (v.pages, v.documents) for v in values}
         for name, values in results.facets.items()}
    assert f["provider"] == {"Metropolitan Police Service": (3, 1), "Home Office": (2, 1),
                             "Leeds City Council": (2, 1), "Anonymous": (1, 1)}
    assert f["document_type"]["statement"] == (3, 1)
    assert f["year"] == {2021: (2, 1), 2019: (3, 1), 2015: (2, 1)}
    assert [v.value for v in results.facets["year"]] == [2021, 2019, 2015]
    assert f["persons"] == {"Jane Doe": (2, 2), "John Smith": (2, 1), "Peter Smyth": (1, 1)}
    assert f["places"] == {"Leeds": (2, 2), "Manchester": (1, 1)}
    assert f["agencies"] == {"Home Office": (2, 2), "Metropolitan Police Service": (1, 1)}
    assert f["tags"] == {"chronology": (5, 2), "policy": (2, 1), "council": (2, 1)}
    assert f["ocr"] == {True: (2, 1), False: (6, 3)}
    assert f["review_status"] == {"approved": (3, 1), "draft": (2, 1)}
    narrowed = run_search(es, alias, "misconduct", user_access=ORDINARY, facets=["provider"])
    assert {v.value: v.pages for v in narrowed.facets["provider"]} == {
        "Metropolitan Police Service": 1, "Home Office": 1, "Leeds City Council": 1,
        "Anonymous": 1}


@pytest.mark.parametrize(("sort", "expected"), [
    ("date_desc", ["INQ000003", "INQ000001", "INQ000002", "INQ000005"]),
    ("date_asc", ["INQ000002", "INQ000001", "INQ000003", "INQ000005"]),
    ("received_desc", ["INQ000003", "INQ000002", "INQ000001", "INQ000005"]),
    ("received_asc", ["INQ000001", "INQ000002", "INQ000003", "INQ000005"]),
    ("urn", ["INQ000001", "INQ000002", "INQ000003", "INQ000005"]),
])
def test_sort(es, alias, sort, expected):
    results = run_search(es, alias, None, user_access=ORDINARY, sort=sort)
    assert [d.urn for d in results.documents] == expected


def test_relevance_puts_the_best_match_first(es, alias):
    results = run_search(es, alias, '"police misconduct" OR misconduct', user_access=ORDINARY)
    assert results.documents[0].urn == "INQ000002"


def test_pagination(es, alias):
    seen = []
    for number in (1, 2, 3):
        page = run_search(es, alias, None, user_access=ORDINARY, sort="urn", page=number,
                          page_size=2)
        assert page.total_documents == 4 and page.page_count == 2
        assert page.has_previous == (number > 1) and page.has_next == (number < 2)
        seen += [d.urn for d in page.documents]
    assert seen == ["INQ000001", "INQ000002", "INQ000003", "INQ000005"]


def test_page_highlight_to_word_boxes(es, alias):
    from ingest.pages import build_page

    lines = [[("The", 10, 10, 30, 20), ("girls", 35, 10, 60, 20), ("were", 65, 10, 90, 20),
              ("running", 95, 10, 140, 20), ("to", 145, 10, 155, 20), ("the", 160, 10, 175, 20),
              ("meeting", 180, 10, 220, 20), ("at", 225, 10, 235, 20), ("the", 240, 10, 255, 20),
              ("station.", 260, 10, 300, 20)],
             [("Officer", 10, 30, 50, 40), ("Brown", 55, 30, 85, 40), ("recorded", 90, 30, 130, 40),
              ("the", 135, 30, 150, 40), ("complaint.", 155, 30, 200, 40)]]
    page = build_page(1, 600, 800, False, lines)
    assert page.text.replace("\n", " ") == corpus.DOCUMENTS[0][1][0].text
    marked = page_highlight(es, alias, 'run "officer brown"', user_access=ORDINARY,
                            document_id=1, page=1)
    plain, spans = parse_marked(marked)
    assert plain == corpus.DOCUMENTS[0][1][0].text
    # The indexed text joins lines with a space, the page text with "\n": offsets agree.
    boxes = page_boxes(es, alias, 'run "officer brown"', user_access=ORDINARY, document_id=1,
                       page=1, words=page.words)
    assert [(b.text, b.x0, b.y0) for b in boxes] == [("running", 95.0, 10.0),
                                                     ("Officer", 10.0, 30.0),
                                                     ("Brown", 55.0, 30.0)]
    exact = page_boxes(es, alias, "meeting", user_access=ORDINARY, document_id=1, page=1,
                       words=page.words, exact=True)
    assert [b.text for b in exact] == ["meeting"]
    assert page_boxes(es, alias, "zzz", user_access=ORDINARY, document_id=1, page=1,
                      words=page.words) == []


def test_batch_counts(es, alias):
    counts = batch_counts(es, alias, ORDINARY, ["misconduct", "organis*", '"police',
                                                "zzz", "tag:chronology"], sample_pages=2)
    assert [c.term for c in counts] == ["misconduct", "organis*", '"police', "zzz",
                                        "tag:chronology"]
    assert (counts[0].pages, counts[0].documents, len(counts[0].sample)) == (4, 4, 2)
    assert (counts[1].pages, counts[1].documents) == (1, 1)
    assert counts[1].sample == [("3", "INQ000003", 2)]
    assert counts[2].error and "unbalanced quotes" in counts[2].error
    assert (counts[3].pages, counts[3].documents, counts[3].error) == (0, 0, None)
    assert (counts[4].pages, counts[4].documents) == (5, 2)


def test_export_with_snippets(es, alias):
    rows = list(export_pages(es, alias, "misconduct", user_access=ORDINARY,
                             with_snippets=True))
    assert [(r.urn, r.page, r.hits) for r in rows] == [
        ("INQ000001", 3, 1), ("INQ000002", 1, 1), ("INQ000003", 1, 1), ("INQ000005", 1, 1)]
    assert "misconduct" in rows[1].snippet.lower()
