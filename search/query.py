"""From a parsed counsel query to an Elasticsearch request, always behind the access filter.

:func:`build_search` is the only way to make a request body in this package: results,
highlights, facets, entity listings, batch term counts and exports all go through it, and
it always adds the caller's :class:`Access` filter, so a restricted document cannot leak
through a side door (Aleph's "base query" rule). It takes the caller's access as a
required keyword with no default.

The language itself is in :mod:`search.parser`; this module compiles its AST. The text is
indexed as written (lower case, no stemming: the same on every cluster, see
:mod:`search.mapping`); other word forms are added here, from :mod:`search.wordforms`:

* a word -> ``match`` of its forms (officer -> officer, officers, officer's), scored by
  BM25 like any word; in exact mode, or when it has no other forms, ``match_phrase`` of
  the word as typed (a word of several tokens, ``covid-19``, is a phrase of them);
* a phrase -> ``match_phrase`` when none of its words has other forms (or in exact mode),
  else an ``intervals`` query: the words in order with at most ``slop`` words between
  them, each word any of its forms, and (slop >= 2) in any order with at most slop - 2
  between them, so that reversing two words costs 2 as in a sloppy phrase. Intervals
  rather than every combination of forms as phrases: "police officer's report" alone
  would be 144 phrases. Highlights of both land on the matched forms only;
* ``word*`` -> ``prefix`` and ``word~`` -> fuzzy ``match``: about the word as typed;
* OR -> ``bool.should`` with ``minimum_should_match: 1`` written out at every OR node;
* AND -> ``bool.must`` (field filters in ``bool.filter``), NOT -> ``bool.must_not``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from search.mapping import MARK_CLOSE, MARK_OPEN
from search.parser import (
    And,
    FieldTerm,
    Node,
    Not,
    Or,
    Phrase,
    QuerySyntaxError,
    Range,
    Word,
    parse,
)
from search.wordforms import tokens, word_forms

SCOPE_ALL = "all"
SCOPE_PUBLISHED = "published"
SCOPES = (SCOPE_ALL, SCOPE_PUBLISHED)

MAX_PAGE_SIZE = 1000
MAX_RESULT_WINDOW = 10_000  # Elasticsearch's index.max_result_window default

# facet name (also the index field) -> how many values to show by default
FACETS: dict[str, int] = {"provider": 30, "document_type": 30, "year": 100, "persons": 30,
                          "places": 30, "agencies": 30, "tags": 50, "ocr": 2,
                          "review_status": 10}

SORTS = ("relevance", "date_desc", "date_asc", "received_desc", "received_asc", "urn",
         "document_page")

# Fields of a result hit (never the page text: that comes highlighted).
DOCUMENT_SOURCE = ["document_id", "urn", "title", "provider", "document_type",
                   "document_date", "received_date", "year", "restricted", "review_status",
                   "published", "tags"]

__all__ = ["Access", "Filters", "QuerySyntaxError", "build_search", "compile_query",
           "msearch_body", "text_query",
           "access_filter", "parse", "FACETS", "SORTS", "SCOPES"]


@dataclass(frozen=True)
class Access:
    """Who is searching. Unrestricted documents are visible to everyone who can search;
    a restricted one only to its allowed users, members of its access groups, and users
    allowed to see every restricted document."""

    user_id: str | int | None
    groups: frozenset[str] = frozenset()
    can_see_all_restricted: bool = False


def access_filter(access: Access) -> dict[str, Any]:
    """Fail closed: a page without ``restricted: false`` is treated as restricted."""
    if not isinstance(access, Access):
        raise TypeError("user_access must be a search.query.Access")
    if access.can_see_all_restricted:
        return {"match_all": {}}
    should: list[dict[str, Any]] = [{"term": {"restricted": False}}]
    if access.user_id is not None:
        should.append({"term": {"allowed_user_ids": str(access.user_id)}})
    if access.groups:
        should.append({"terms": {"access_groups": sorted(access.groups)}})
    return {"bool": {"should": should, "minimum_should_match": 1}}


@dataclass(frozen=True)
class Filters:
    """Facet selections and other narrowing from the UI: values within one field are
    alternatives (OR); different fields must all hold (AND)."""

    providers: Sequence[str] = ()
    document_types: Sequence[str] = ()
    years: Sequence[int] = ()
    persons: Sequence[str] = ()
    places: Sequence[str] = ()
    agencies: Sequence[str] = ()
    tags: Sequence[str] = ()
    review_statuses: Sequence[str] = ()
    ocr: bool | None = None
    document_ids: Sequence[str | int] = ()
    pages: Sequence[int] = ()
    date_from: date | None = None
    date_to: date | None = None
    received_from: date | None = None
    received_to: date | None = None

    def clauses(self) -> list[dict[str, Any]]:
        terms = {"provider": self.providers, "document_type": self.document_types,
                 "year": self.years, "persons": self.persons, "places": self.places,
                 "agencies": self.agencies, "tags": self.tags,
                 "review_status": self.review_statuses,
                 "document_id": [str(d) for d in self.document_ids], "page": self.pages}
        if any(isinstance(values, str) for values in terms.values()):
            raise TypeError("Filters values are lists, not strings")
        out: list[dict[str, Any]] = [{"terms": {field: list(values)}}
                                     for field, values in terms.items() if values]
        if self.ocr is not None:
            out.append({"term": {"ocr": self.ocr}})
        for field, low, high in (("document_date", self.date_from, self.date_to),
                                 ("received_date", self.received_from, self.received_to)):
            if low or high:
                bounds = {k: v.isoformat() for k, v in (("gte", low), ("lte", high)) if v}
                out.append({"range": {field: bounds}})
        return out


def text_field(scope: str, exact: bool = False) -> str:
    """The field words are searched in: all text, or the published (redacted) text.
    ``exact`` no longer picks another field (there is one analysis); it is still
    accepted, and checked, for callers that pass it."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {SCOPES}, not {scope!r}")
    return "published_text" if scope == SCOPE_PUBLISHED else "text"


def compile_query(node: Node, *, scope: str = SCOPE_ALL, exact: bool = False
                  ) -> dict[str, Any]:
    """The Elasticsearch query for a parsed counsel query (no access filter: see
    :func:`build_search`). Outside ``exact`` mode words match their other forms."""
    return _compile(node, text_field(scope), not exact)


def _compile(node: Node, field: str, forms: bool) -> dict[str, Any]:
    if isinstance(node, Word):
        if node.prefix:
            return {"prefix": {field: {"value": node.text.lower()}}}
        if node.fuzzy is not None:
            return {"match": {field: {"query": node.text, "fuzziness": node.fuzzy,
                                      "operator": "and"}}}
        return text_query(field, node.text, forms=forms)
    if isinstance(node, Phrase):
        return text_query(field, node.text, node.slop, forms=forms)
    if isinstance(node, FieldTerm):
        return _field_term(node, forms)
    if isinstance(node, Range):
        bounds = {k: v for k in ("gte", "gt", "lte", "lt") if (v := getattr(node, k)) is not None}
        return {"range": {node.field: bounds}}
    if isinstance(node, Not):
        return {"bool": {"must_not": [_compile(node.child, field, forms)]}}
    if isinstance(node, Or):
        return {"bool": {"should": [_compile(c, field, forms) for c in node.children],
                         "minimum_should_match": 1}}
    if isinstance(node, And):
        must: list[dict[str, Any]] = []
        filters: list[dict[str, Any]] = []
        must_not: list[dict[str, Any]] = []
        for child in node.children:
            if isinstance(child, Not):
                must_not.append(_compile(child.child, field, forms))
            elif isinstance(child, FieldTerm | Range) and child.field != "title":
                filters.append(_compile(child, field, forms))
            else:
                must.append(_compile(child, field, forms))
        clauses = {"must": must, "filter": filters, "must_not": must_not}
        return {"bool": {k: v for k, v in clauses.items() if v}}
    raise TypeError(f"not a query node: {node!r}")


def text_query(field: str, text: str, slop: int | None = None, *, forms: bool = True
               ) -> dict[str, Any]:
    """A word (``slop`` None) or a phrase on a text field, each word matching its other
    forms unless ``forms`` is False (exact mode). See the module docstring for the shapes."""
    words = tokens(text)
    alternatives = [word_forms(w) if forms else (w,) for w in words]
    if all(len(a) == 1 for a in alternatives):
        phrase = {"query": text} if slop is None else {"query": text, "slop": slop}
        return {"match_phrase": {field: phrase}}
    if len(words) == 1:
        return {"match": {field: {"query": " ".join(alternatives[0]), "operator": "or"}}}
    rules = [{"match": {"query": a[0], "ordered": True, "max_gaps": 0}} if len(a) == 1
             else {"any_of": {"intervals": [{"match": {"query": f}} for f in a]}}
             for a in alternatives]
    slop = slop or 0
    in_order = {"all_of": {"ordered": True, "max_gaps": slop, "intervals": rules}}
    if slop < 2:
        return {"intervals": {field: in_order}}
    any_order = {"all_of": {"ordered": False, "max_gaps": slop - 2, "intervals": rules}}
    return {"intervals": {field: {"any_of": {"intervals": [in_order, any_order]}}}}


def _field_term(node: FieldTerm, forms: bool) -> dict[str, Any]:
    if node.field == "title":
        return text_query("title", node.value, forms=forms)
    if node.field == "ocr":
        return {"term": {"ocr": node.value == "true"}}
    if node.field == "urn_list":  # a resolved request: (services.searching) one term each
        return {"terms": {"urn": [u for u in node.value.split("\n") if u]}}
    kind = "prefix" if node.prefix else "term"
    return {kind: {node.field: {"value": node.value, "case_insensitive": True}}}


def _sort(sort: str) -> list[Any]:
    by_date = {"date_desc": ("document_date", "desc"), "date_asc": ("document_date", "asc"),
               "received_desc": ("received_date", "desc"),
               "received_asc": ("received_date", "asc")}
    if sort == "relevance":
        return [{"_score": "desc"}, {"document_date": {"order": "desc", "missing": "_last"}},
                {"document_id": "asc"}]
    if sort in by_date:
        name, order = by_date[sort]
        return [{name: {"order": order, "missing": "_last"}}, {"_score": "desc"},
                {"document_id": "asc"}]
    if sort == "urn":
        return [{"urn": {"order": "asc", "missing": "_last"}}, {"document_id": "asc"}]
    if sort == "document_page":  # a total order, for search_after (exports)
        return [{"document_id": "asc"}, {"page": "asc"}]
    raise ValueError(f"sort must be one of {SORTS}, not {sort!r}")


def highlight_spec(scope: str, exact: bool = False) -> dict[str, Any]:
    """Whole-page highlighting with private marks: the results module cuts the snippets,
    counts hits and maps them to word boxes, and escapes the text itself (no HTML from
    Elasticsearch reaches a template). The marks land on the forms that matched."""
    field = text_field(scope, exact)
    return {"pre_tags": [MARK_OPEN], "post_tags": [MARK_CLOSE],
            "fields": {field: {"type": "unified", "number_of_fragments": 0,
                               "no_match_size": 300}}}


def facet_aggs(facets: Sequence[str] | Mapping[str, int]) -> dict[str, Any]:
    """Terms aggregations; each bucket also counts distinct documents, since results are
    shown per document but indexed per page."""
    sizes = dict(facets) if isinstance(facets, Mapping) else {f: FACETS.get(f, 0)
                                                               for f in facets}
    aggs: dict[str, Any] = {}
    for name, size in sizes.items():
        if name not in FACETS:
            raise ValueError(f"unknown facet {name!r}; facets are {', '.join(FACETS)}")
        terms: dict[str, Any] = {"field": name, "size": size or FACETS[name]}
        if name == "year":
            terms["order"] = {"_key": "desc"}
        aggs[name] = {"terms": terms, "aggs": {"documents": {
            "cardinality": {"field": "document_id", "precision_threshold": 40000}}}}
    return aggs


def build_search(parsed_query: Node | str | None, *, user_access: Access,
                 filters: Filters | None = None,
                 facets: Sequence[str] | Mapping[str, int] = (),
                 sort: str = "relevance", page: int = 1, page_size: int = 20,
                 scope: str = SCOPE_ALL, exact: bool = False, collapse: bool = True,
                 highlight: bool = True, best_pages: int = 3,
                 extra_filters: Sequence[dict[str, Any]] = (),
                 aggs: Mapping[str, Any] | None = None,
                 search_after: Sequence[Any] | None = None) -> dict[str, Any]:
    """The parameters of every search request: ``es.search(index=alias, **params)``, or
    :func:`msearch_body` for ``_msearch``.

    ``parsed_query`` is a parsed query, a query string (parsed here; QuerySyntaxError on a
    bad one) or None to browse everything visible. With ``collapse`` the hits are
    documents, each with its ``best_pages`` best pages as inner hits; without it, pages.
    ``extra_filters`` and ``aggs`` are for this package's own listings; the access and scope
    filters are added regardless of them.
    """
    if isinstance(parsed_query, str):
        parsed_query = parse(parsed_query)
    if not 1 <= page_size <= MAX_PAGE_SIZE or page < 1:
        raise ValueError(f"page must be >= 1 and page_size between 1 and {MAX_PAGE_SIZE}")
    start = (page - 1) * page_size if search_after is None else 0
    if start + page_size > MAX_RESULT_WINDOW:
        raise ValueError(f"only the first {MAX_RESULT_WINDOW} results can be paged through; "
                         "narrow the search or export it")
    must = [compile_query(parsed_query, scope=scope, exact=exact)] if parsed_query else []
    filter_clauses = [access_filter(user_access)]
    if scope == SCOPE_PUBLISHED:
        filter_clauses.append({"term": {"published": True}})
    else:
        text_field(scope, exact)  # validates scope
    filter_clauses += (filters or Filters()).clauses()
    filter_clauses += list(extra_filters)
    body: dict[str, Any] = {
        "query": {"bool": {"must": must or [{"match_all": {}}], "filter": filter_clauses}},
        "from_": start, "size": page_size, "sort": _sort(sort), "track_total_hits": True,
        "source": DOCUMENT_SOURCE + ["page", "ocr"] if not collapse else DOCUMENT_SOURCE,
    }
    if search_after is not None:
        body["search_after"] = list(search_after)
        del body["from_"]
    all_aggs: dict[str, Any] = facet_aggs(facets)
    if collapse:
        inner: dict[str, Any] = {"name": "pages", "size": best_pages,
                                 "sort": [{"_score": "desc"}, {"page": "asc"}],
                                 "_source": ["page", "ocr"]}
        if highlight:
            inner["highlight"] = highlight_spec(scope, exact)
        body["collapse"] = {"field": "document_id", "inner_hits": inner}
        all_aggs["total_documents"] = {"cardinality": {"field": "document_id",
                                                       "precision_threshold": 40000}}
    elif highlight:
        body["highlight"] = highlight_spec(scope, exact)
    all_aggs.update(aggs or {})
    if all_aggs:
        body["aggs"] = all_aggs
    return body


def msearch_body(params: Mapping[str, Any]) -> dict[str, Any]:
    """A :func:`build_search` result as a raw request body (for ``_msearch``)."""
    renames = {"from_": "from", "source": "_source"}
    return {renames.get(k, k): v for k, v in params.items()}
