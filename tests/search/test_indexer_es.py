"""Writing to the index: re-indexing, metadata updates, publication, deletes, errors,
rebuilds behind the alias while searches run, and drift checks."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from elasticsearch import Elasticsearch

from search import indexer, mapping
from search.indexer import DocumentFields, IndexingError, PageRecord
from search.query import Access
from search.searcher import run_search
from tests.search import corpus
from tests.search.corpus import ORDINARY

pytestmark = pytest.mark.services


@pytest.fixture
def alias(es: Elasticsearch, new_prefix) -> str:
    name = mapping.ensure_index(es, new_prefix())
    corpus.load(es, name)
    return name


def _urns(es, alias, query, **kwargs):
    return [d.urn for d in run_search(es, alias, query, user_access=ORDINARY, sort="urn",
                                      **kwargs).documents]


def test_ensure_index_is_idempotent(es, new_prefix):
    prefix = new_prefix()
    alias = mapping.ensure_index(es, prefix)
    assert alias == f"{prefix}-pages"
    index = mapping.indices_behind(es, alias)
    assert mapping.ensure_index(es, prefix) == alias
    assert mapping.indices_behind(es, alias) == index == mapping.list_indices(es, prefix)
    assert index[0].startswith(f"{prefix}-pages-v{mapping.SCHEMA_VERSION}-")
    with pytest.raises(ValueError):
        mapping.ensure_index(es, "Upper Case")


def test_reindexing_a_document_replaces_its_pages(es, alias):
    doc, pages = corpus.DOCUMENTS[0]
    result = indexer.index_document_pages(es, alias, doc, pages[:1], refresh=True)
    assert (result.indexed, result.removed) == (1, 2)
    assert indexer.indexed_page_counts(es, alias)["1"] == 1
    assert _urns(es, alias, "constabulary") == []
    again = indexer.index_document_pages(es, alias, doc, pages[:1], refresh=True)
    assert (again.indexed, again.removed) == (1, 0)


def test_update_document_fields(es, alias):
    changed = indexer.update_document_fields(
        es, alias, 2, {"tags": ["policy", "key"], "provider": "Cabinet Office",
                       "document_date": date(2017, 1, 2)}, refresh=True)
    assert changed == 2
    assert _urns(es, alias, "tag:key") == ["INQ000002"]
    assert _urns(es, alias, 'provider:"Cabinet Office"') == ["INQ000002"]
    assert _urns(es, alias, "year:2017") == ["INQ000002"]  # year follows the date
    assert _urns(es, alias, "misconduct tag:key") == ["INQ000002"]  # text untouched
    with pytest.raises(ValueError, match="not document-level"):
        indexer.update_document_fields(es, alias, 2, {"text": "x"})
    with pytest.raises(ValueError, match="publish_document"):
        indexer.update_document_fields(es, alias, 2, {"published": True})


def test_restricting_a_document_hides_it_at_once(es, alias):
    indexer.update_document_fields(es, alias, 5, {"restricted": True,
                                                  "access_groups": ["panel"]}, refresh=True)
    assert _urns(es, alias, "covid") == []
    assert [d.urn for d in run_search(es, alias, "covid", user_access=corpus.PANEL
                                      ).documents] == ["INQ000005"]


@pytest.fixture
def unrefreshed(es: Elasticsearch, new_prefix) -> str:
    """An index that refreshes only when told: what was written is not searchable until an
    explicit refresh, as in the second after a worker indexed a document, made permanent so
    the tests below never depend on timing."""
    name = mapping.ensure_index(es, new_prefix())
    es.indices.put_settings(index=name, settings={"index": {"refresh_interval": "-1"}})
    return name


def test_an_update_reaches_pages_indexed_a_moment_ago(es, unrefreshed):
    """Pages indexed and not yet searchable are updated by id: a revocation or a tag made
    right after indexing holds in the very next search, with no wait."""
    secret = DocumentFields(document_id=7, urn="INQ000007", restricted=True,
                            allowed_user_ids=["u-revoked"])
    pages = [PageRecord(1, "Informant handling notes."), PageRecord(2, "More informant notes.")]
    revoked = Access("u-revoked")
    indexer.index_document_pages(es, unrefreshed, secret, pages)
    assert indexer.update_document_fields(es, unrefreshed, 7, {"allowed_user_ids": [],
                                                               "tags": ["handling"]},
                                          refresh=True, page_numbers=[1, 2]) == 2
    assert run_search(es, unrefreshed, "informant", user_access=revoked).documents == []
    assert [d.urn for d in run_search(es, unrefreshed, "tag:handling",
                                      user_access=corpus.EVERYTHING).documents] == ["INQ000007"]

    public = DocumentFields(document_id=8, urn="INQ000008")
    indexer.index_document_pages(es, unrefreshed, public, [PageRecord(1, "Minutes.")])
    indexer.publish_document(es, unrefreshed, 8, {1: "Minutes."}, refresh=True,
                             page_numbers=[1])
    assert _urns(es, unrefreshed, "minutes", scope="published") == ["INQ000008"]


def test_an_update_of_a_page_the_index_lacks_fails_after_updating_the_rest(es, unrefreshed):
    """Drift (the database has a page the index lacks) is an error for the caller to repair,
    but the pages that exist are changed and refreshed first."""
    doc = DocumentFields(document_id=9, urn="INQ000009", restricted=True,
                         allowed_user_ids=["u-revoked"])
    indexer.index_document_pages(es, unrefreshed, doc, [PageRecord(1, "Informant notes.")])
    with pytest.raises(IndexingError):
        indexer.update_document_fields(es, unrefreshed, 9, {"allowed_user_ids": []},
                                       refresh=True, page_numbers=[1, 2])
    assert run_search(es, unrefreshed, "informant",
                      user_access=Access("u-revoked")).documents == []


def test_publish_and_unpublish(es, alias):
    indexer.publish_document(es, alias, 2, {1: "Police [S40] allegations were referred."},
                             refresh=True)
    assert _urns(es, alias, "allegations", scope="published") == ["INQ000002"]
    assert _urns(es, alias, "misconduct", scope="published") == []
    assert _urns(es, alias, "protection", scope="published") == []  # page 2 withheld
    indexer.unpublish_document(es, alias, 2, refresh=True)
    assert _urns(es, alias, "allegations", scope="published") == []
    assert _urns(es, alias, "allegations") == ["INQ000002"]


def test_delete_document(es, alias):
    assert indexer.delete_document(es, alias, 3, refresh=True) == 2
    assert _urns(es, alias, "safeguarding") == []
    assert indexer.delete_document(es, alias, 3, refresh=True) == 0


def test_bulk_errors_are_surfaced(es, alias):
    bad = DocumentFields(document_id=9, urn="INQ000009", document_date="not a date")
    with pytest.raises(IndexingError) as caught:
        indexer.index_document_pages(es, alias, bad, [PageRecord(1, "a"), PageRecord(2, "b")])
    assert caught.value.failed == 2
    assert "document_date" in str(caught.value)
    with pytest.raises(ValueError, match="unknown document fields"):
        indexer.index_document_pages(es, alias, {"document_id": 1, "colour": "red"}, [])
    with pytest.raises(ValueError, match="given twice"):
        indexer.index_document_pages(es, alias, corpus.DOCUMENTS[0][0],
                                     [PageRecord(1, "a"), PageRecord(1, "b")])


def test_check_drift(es, alias):
    assert indexer.check_drift(es, alias, corpus.PAGE_COUNTS).ok
    expected = {**corpus.PAGE_COUNTS, "1": 4, "77": 2}
    del expected["5"]
    report = indexer.check_drift(es, alias, expected)
    assert report.missing == ["77"]
    assert report.extra == ["5"]
    assert report.mismatched == {"1": (4, 3)}
    assert not report.ok


def _source(copies: int):
    """The corpus plus `copies` filler documents that all mention "ledger"."""
    yield from corpus.DOCUMENTS
    for n in range(copies):
        yield (DocumentFields(document_id=100 + n, urn=f"INQ9{n:05d}", provider="Bulk"),
               [PageRecord(p, f"Ledger entry {n} page {p}.") for p in (1, 2)])


def test_rebuild_swaps_the_alias_while_searches_run(es, new_prefix):
    prefix = new_prefix()
    alias = mapping.ensure_index(es, prefix)
    corpus.load(es, alias)
    first_index = mapping.indices_behind(es, alias)
    stop, failures, counts = threading.Event(), [], []

    def search_continuously() -> None:
        while not stop.is_set():
            try:
                results = run_search(es, alias, "misconduct", user_access=ORDINARY)
                counts.append(results.total_documents)
                if results.total_documents != 4 or results.partial:
                    failures.append(f"{results.total_documents} results")
            except Exception as exc:  # noqa: BLE001 - any error is a failure here
                failures.append(repr(exc))

    thread = threading.Thread(target=search_continuously)
    thread.start()
    try:
        results = [indexer.rebuild(es, prefix, _source(copies), drop_grace_seconds=0.2)
                   for copies in (50, 120, 10)]
    finally:
        stop.set()
        thread.join(30)
    assert failures == []
    assert len(counts) > 10
    assert results[0].old_indices == first_index
    assert results[1].old_indices == [results[0].index]
    assert (results[2].documents, results[2].pages) == (15, 29)
    assert mapping.list_indices(es, prefix) == [results[2].index]  # old ones dropped
    assert mapping.indices_behind(es, alias) == [results[2].index]
    assert indexer.check_drift(es, alias, {**corpus.PAGE_COUNTS,
                                           **{str(100 + n): 2 for n in range(10)}}).ok
    status = mapping.index_status(es, prefix)
    assert (status.pages, status.documents) == (29, 15)


def test_failed_rebuild_leaves_the_alias_alone(es, new_prefix):
    prefix = new_prefix()
    alias = mapping.ensure_index(es, prefix)
    corpus.load(es, alias)
    before = mapping.indices_behind(es, alias)

    def broken():
        yield from corpus.DOCUMENTS[:2]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="database went away"):
        indexer.rebuild(es, prefix, broken())
    assert mapping.indices_behind(es, alias) == before
    assert mapping.list_indices(es, prefix) == before
    assert len(_urns(es, alias, "misconduct")) == 4


def test_writing_to_a_missing_alias_never_creates_an_index(es, new_prefix):
    prefix = new_prefix()
    with pytest.raises(IndexingError):
        indexer.index_document_pages(es, mapping.alias_name(prefix), corpus.DOCUMENTS[0][0],
                                     corpus.DOCUMENTS[0][1])
    assert not es.indices.exists(index=mapping.alias_name(prefix))
    assert mapping.list_indices(es, prefix) == []


def test_a_schema_1_stemmed_index_is_reported_and_replaced_by_a_rebuild(es, new_prefix):
    """An index made before schema 2 (stemmed, ``_meta.stemming``) still answers searches,
    is reported as not current, and a rebuild replaces it with the current analysis."""
    prefix = new_prefix()
    old = f"{prefix}-pages-v1-20240101000000-abcdef"
    mappings = mapping.index_mappings()
    mappings["_meta"] = {"schema_version": 1, "stemming": "hunspell_en_GB"}
    es.indices.create(index=old, settings=mapping.index_settings(), mappings=mappings,
                      aliases={mapping.alias_name(prefix): {}})
    alias = mapping.alias_name(prefix)
    corpus.load(es, alias)
    status = mapping.index_status(es, prefix)
    assert (status.analysis, status.schema_version, status.current) == (
        "hunspell_en_GB", 1, False)
    assert _urns(es, alias, "running") == ["INQ000001"]
    result = indexer.rebuild(es, prefix, corpus.DOCUMENTS, drop_grace_seconds=0)
    assert result.old_indices == [old]
    status = mapping.index_status(es, prefix)
    assert status.current and status.analysis == mapping.ANALYSIS == status.cluster_analysis
    assert _urns(es, alias, "run") == ["INQ000001"]


def test_a_write_to_a_deleted_index_fails_saying_so_and_makes_no_index(es, new_prefix):
    """Writes require the alias: once the index is deleted from outside, a worker holding
    the alias's name gets an error it can recognise (and then makes the index again), never
    an index made up on the spot with guessed mappings."""
    prefix = new_prefix()
    alias = mapping.ensure_index(es, prefix)
    doc, pages = corpus.DOCUMENTS[0]
    mapping.delete_indices(es, prefix)
    with pytest.raises(IndexingError) as failed:
        indexer.index_document_pages(es, alias, doc, pages)
    assert failed.value.alias_missing
    assert mapping.list_indices(es, prefix) == [] and not es.indices.exists(index=alias)
    assert mapping.ensure_index(es, prefix) == alias
    assert indexer.index_document_pages(es, alias, doc, pages).indexed == len(pages)
