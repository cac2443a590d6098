"""Running searches: the result list, one page's hits for the viewer, and exports.

Each function builds its request with ``search.query.build_search`` (so the caller's access
filter is always applied) and turns the response into plain results with
``search.results``. A bad query raises ``QuerySyntaxError`` before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from elasticsearch import Elasticsearch

from search.parser import Node, parse, positive_terms
from search.query import SCOPE_ALL, Access, Filters, build_search
from search.results import Box, SearchResults, highlight_boxes, parse_search, snippets
from search.wordforms import highlight_terms


def run_search(es: Elasticsearch, alias: str, query: Node | str | None, *,
               user_access: Access, filters: Filters | None = None,
               facets: Sequence[str] | Mapping[str, int] = (), sort: str = "relevance",
               page: int = 1, page_size: int = 20, scope: str = SCOPE_ALL,
               exact: bool = False, best_pages: int = 3) -> SearchResults:
    """The result list: documents (best first, or by date), each with its best pages and
    snippets, the totals and the facets asked for."""
    params = build_search(query, user_access=user_access, filters=filters, facets=facets,
                          sort=sort, page=page, page_size=page_size, scope=scope,
                          exact=exact, best_pages=best_pages)
    return parse_search(es.search(index=alias, **params), page=page, page_size=page_size)


def page_highlight(es: Elasticsearch, alias: str, query: Node | str | None, *,
                   user_access: Access, document_id: str | int, page: int,
                   scope: str = SCOPE_ALL, exact: bool = False) -> str | None:
    """The whole text of one page with the query's hits marked (see
    ``results.parse_marked``); None when the page does not match or is not visible."""
    params = build_search(query, user_access=user_access, collapse=False, page_size=1,
                          filters=Filters(document_ids=[document_id], pages=[page]),
                          scope=scope, exact=exact)
    hits = es.search(index=alias, **params)["hits"]["hits"]
    if not hits:
        return None
    return next(iter((hits[0].get("highlight") or {}).values()), [None])[0]


def page_boxes(es: Elasticsearch, alias: str, query: Node | str, *, user_access: Access,
               document_id: str | int, page: int, words: Sequence[Any],
               scope: str = SCOPE_ALL, exact: bool = False) -> list[Box]:
    """Boxes to draw on a page image for the query's hits on that page (words that cannot
    be placed in the highlighted text fall back to the query's words and their forms)."""
    node = parse(query) if isinstance(query, str) else query
    marked = page_highlight(es, alias, node, user_access=user_access,
                            document_id=document_id, page=page, scope=scope, exact=exact)
    if marked is None:
        return []
    terms = positive_terms(node)
    return highlight_boxes(words, marked, terms if exact else highlight_terms(terms))


@dataclass(frozen=True)
class ExportRow:
    document_id: str
    urn: str | None
    title: str
    page: int
    fields: dict[str, Any]
    hits: int | None = None  # with_snippets only
    snippet: str | None = None


def export_pages(es: Elasticsearch, alias: str, query: Node | str | None, *,
                 user_access: Access, filters: Filters | None = None,
                 scope: str = SCOPE_ALL, exact: bool = False, with_snippets: bool = False,
                 batch: int = 500) -> Iterator[ExportRow]:
    """Every matching page the user may see, in document and page order, without the
    10,000-result limit (search_after on a total order)."""
    node = parse(query) if isinstance(query, str) else query
    after: list[Any] | None = None
    while True:
        params = build_search(node, user_access=user_access, filters=filters,
                              collapse=False, highlight=with_snippets, sort="document_page",
                              page_size=batch, scope=scope, exact=exact, search_after=after)
        params["track_total_hits"] = False
        hits = es.search(index=alias, **params)["hits"]["hits"]
        for hit in hits:
            source = dict(hit["_source"])
            count = snippet = None
            if with_snippets:
                marked = next(iter((hit.get("highlight") or {}).values()), [""])[0]
                count, cut = snippets(source.get("page", 0), marked, limit=1)
                snippet = cut[0].text if cut else ""
            yield ExportRow(str(source.pop("document_id")), source.pop("urn", None),
                            source.pop("title", "") or "", int(source.pop("page")), source,
                            count, snippet)
        if len(hits) < batch:
            return
        after = hits[-1]["sort"]
