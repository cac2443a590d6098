"""Entity pages and batch term counts, through the same access-filtered request builder.

An entity page lists the documents and pages that mention one person, place or agency
(by canonical form) and the entities mentioned on the same pages. A batch count runs many
counsel queries at once (``_msearch``) and reports, for each, the pages and documents
that match: the "search term report" counsel ask for before a disclosure request.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import Elasticsearch

from search.parser import QuerySyntaxError, parse
from search.query import SCOPE_ALL, Access, Filters, build_search, facet_aggs, msearch_body
from search.results import FacetValue, parse_facets

ENTITY_FIELDS = {"person": "persons", "place": "places", "agency": "agencies"}
MSEARCH_CHUNK = 50


@dataclass(frozen=True)
class EntityDocument:
    document_id: str
    urn: str | None
    title: str
    pages: list[int]  # pages mentioning the entity, ascending (at most pages_per_document)
    page_count: int  # all pages of this document mentioning it


@dataclass(frozen=True)
class EntityPages:
    kind: str
    canonical: str
    documents: list[EntityDocument]
    total_documents: int
    total_pages: int
    cooccurring: dict[str, list[FacetValue]] = field(default_factory=dict)  # by kind


def entity_pages(es: Elasticsearch, alias: str, access: Access, kind: str, canonical: str, *,
                 scope: str = SCOPE_ALL, max_documents: int = 100,
                 pages_per_document: int = 100, cooccurring: int = 25) -> EntityPages:
    """Documents and pages mentioning the entity, oldest document first, and the entities
    that most often appear on the same pages (counted in pages and documents)."""
    if kind not in ENTITY_FIELDS:
        raise ValueError(f"kind must be one of {', '.join(ENTITY_FIELDS)}, not {kind!r}")
    entity_field = ENTITY_FIELDS[kind]
    aggs = facet_aggs({f: cooccurring for f in ENTITY_FIELDS.values()})
    aggs[entity_field]["terms"]["exclude"] = [canonical]
    params = build_search(None, user_access=access, scope=scope, collapse=True,
                          highlight=False, best_pages=min(pages_per_document, 100),
                          sort="date_asc", page_size=max_documents,
                          extra_filters=[{"term": {entity_field: canonical}}], aggs=aggs)
    params["collapse"]["inner_hits"]["sort"] = [{"page": "asc"}]
    resp = es.search(index=alias, **params)
    documents = []
    for hit in resp["hits"]["hits"]:
        source = hit["_source"]
        inner = hit["inner_hits"]["pages"]["hits"]
        documents.append(EntityDocument(
            str(source["document_id"]), source.get("urn"), source.get("title") or "",
            [h["_source"]["page"] for h in inner["hits"]], inner["total"]["value"]))
    facets = parse_facets(resp.get("aggregations"))
    by_kind = {k: facets.get(f, []) for k, f in ENTITY_FIELDS.items()}
    return EntityPages(kind, canonical, documents,
                       resp["aggregations"]["total_documents"]["value"],
                       resp["hits"]["total"]["value"], by_kind)


@dataclass(frozen=True)
class TermCount:
    term: str
    pages: int = 0  # matching pages: the hit count
    documents: int = 0  # distinct documents among them
    sample: list[tuple[str, str | None, int]] = field(default_factory=list)  # (id, urn, page)
    error: str | None = None  # the syntax error, when the term is not a valid query


def batch_counts(es: Elasticsearch, alias: str, access: Access, terms: Sequence[str], *,
                 filters: Filters | None = None, scope: str = SCOPE_ALL,
                 exact: bool = False, sample_pages: int = 10) -> list[TermCount]:
    """For each term (any counsel query), the pages and documents it matches and the best
    few pages, in the order given. A malformed term gets its error, not an exception, so
    one typo does not sink a list of two hundred."""
    results: list[TermCount | None] = [None] * len(terms)
    pending: list[tuple[int, dict[str, Any]]] = []
    for i, term in enumerate(terms):
        try:
            node = parse(term)
        except QuerySyntaxError as exc:
            results[i] = TermCount(term, error=str(exc))
            continue
        params = build_search(node, user_access=access, filters=filters, scope=scope,
                              exact=exact, collapse=False, highlight=False,
                              page_size=max(1, sample_pages),
                              aggs={"documents": {"cardinality": {
                                  "field": "document_id", "precision_threshold": 40000}}})
        pending.append((i, msearch_body(params)))
    for start in range(0, len(pending), MSEARCH_CHUNK):
        chunk = pending[start:start + MSEARCH_CHUNK]
        searches: list[dict[str, Any]] = []
        for _, body in chunk:
            searches += [{"index": alias}, body]
        responses = es.msearch(searches=searches)["responses"]
        for (i, _), resp in zip(chunk, responses, strict=True):
            results[i] = _term_count(terms[i], resp)
    return [r for r in results if r is not None]


def _term_count(term: str, resp: dict[str, Any]) -> TermCount:
    if "error" in resp:
        reason = resp["error"].get("reason") if isinstance(resp["error"], dict) \
            else str(resp["error"])
        return TermCount(term, error=f"search failed: {reason}")
    sample = [(str(h["_source"]["document_id"]), h["_source"].get("urn"),
               int(h["_source"]["page"])) for h in resp["hits"]["hits"]]
    return TermCount(term, resp["hits"]["total"]["value"],
                     resp["aggregations"]["documents"]["value"], sample)
