"""The search page's query string <-> ``SearchRequest``, and facet links.

The results URL is the whole state of a search (query, filters, sort, page), so it can be
bookmarked, saved and replayed from history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from inquiry.services.searching import (
    CHRONOLOGICAL_FACETS,
    SCOPES,
    SORTS,
    Filters,
    SearchError,
    SearchRequest,
)

# facet / query-string name -> Filters field
FACET_FILTERS = {"provider": "providers", "document_type": "document_types", "year": "years",
                 "persons": "persons", "places": "places", "agencies": "agencies",
                 "tags": "tags", "review_status": "review_statuses"}
FACET_LABELS = {"provider": "Providers", "document_type": "Document types", "year": "Years",
                "persons": "People", "places": "Places", "agencies": "Agencies",
                "tags": "Tags", "ocr": "Text from OCR", "review_status": "Review status"}
SORT_LABELS = {"relevance": "Relevance", "date_desc": "Newest first", "date_asc": "Oldest first",
               "received_desc": "Received, newest first", "received_asc": "Received, oldest first",
               "urn": "URN"}
STATE_KEYS = ("q", "exact", "scope", "sort", "ocr", "date_from", "date_to",
              *FACET_FILTERS)
PAGE_SIZE = 20
MAX_VALUES = 50
FACET_SHOWN = 8  # values of a facet shown before "show more"


def _date(args: MultiDict, name: str, label: str) -> date | None:
    raw = (args.get(name) or "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise SearchError(f"{label} must be a date like 2019-03-14, not {raw[:40]!r}.") from None


def from_args(args: MultiDict) -> SearchRequest:
    """Parse and check every parameter; a bad one is a SearchError naming it."""
    values: dict[str, list] = {}
    for name, field in FACET_FILTERS.items():
        raw = [v for v in args.getlist(name) if v.strip()][:MAX_VALUES]
        if name == "year":
            try:
                raw = [int(v) for v in raw]
            except ValueError:
                raise SearchError("A year filter must be a number.") from None
        values[field] = [v[:300] if isinstance(v, str) else v for v in raw]
    ocr_raw = args.get("ocr", "")
    if ocr_raw not in ("", "true", "false"):
        raise SearchError("The OCR filter is true or false.")
    filters = Filters(**values, ocr=None if not ocr_raw else ocr_raw == "true",
                      date_from=_date(args, "date_from", "From date"),
                      date_to=_date(args, "date_to", "To date"))
    sort = args.get("sort") or "relevance"
    if sort not in SORTS:
        raise SearchError(f"Unknown sort order {sort[:40]!r}.")
    scope = args.get("scope") or "all"
    if scope not in SCOPES:
        raise SearchError(f"Unknown scope {scope[:40]!r}.")
    try:
        page = int(args.get("page") or 1)
    except ValueError:
        raise SearchError("The result page must be a number.") from None
    if page < 1:
        raise SearchError("The result page must be 1 or more.")
    return SearchRequest(q=(args.get("q") or "")[:4001], filters=filters, sort=sort,
                         page=page, page_size=PAGE_SIZE, exact=args.get("exact") == "1",
                         scope=scope)


def state(args: MultiDict) -> list[tuple[str, str]]:
    """The search's own parameters, in a stable order (no page number)."""
    return [(k, v) for k in STATE_KEYS for v in args.getlist(k) if v != ""]


def query_string(pairs: list[tuple[str, str]]) -> str:
    return urlencode(pairs)


@dataclass(frozen=True)
class FacetLink:
    value: str
    label: str
    documents: int
    pages: int
    selected: bool
    url_query: str  # the query string that toggles this value


@dataclass(frozen=True)
class FacetGroup:
    """One facet's links: the first ``FACET_SHOWN`` at once, the rest behind "show more"
    (a <details> element, so it opens without JavaScript)."""

    links: list[FacetLink]
    shown: int = FACET_SHOWN

    @property
    def first(self) -> list[FacetLink]:
        return self.links[:self.shown]

    @property
    def more(self) -> list[FacetLink]:
        return self.links[self.shown:]

    @property
    def more_selected(self) -> bool:
        """A chosen value among the hidden ones: the list starts open so it shows."""
        return any(link.selected for link in self.more)


def facet_links(args: MultiDict, facets: dict, labels: dict[str, dict[str, str]]
                ) -> dict[str, FacetGroup]:
    """Every facet value as a link that adds it to, or takes it off, the current search;
    most documents first, then by the name shown (years newest first)."""
    base = state(args)
    # each pair encoded once: a page has ~120 facet links, each the whole state but one pair
    encoded = {pair: query_string([pair]) for pair in base}

    def toggled(pairs: list[tuple[str, str]]) -> str:
        return "&".join(encoded.get(p) or query_string([p]) for p in pairs)

    out: dict[str, FacetGroup] = {}
    for name, values in facets.items():
        links = []
        for fv in values:
            value = _param_value(name, fv.value)
            pair = (name, value)
            selected = pair in base
            if name == "ocr":  # a single choice
                pairs = [p for p in base if p[0] != "ocr"] + ([] if selected else [pair])
            else:
                pairs = [p for p in base if p != pair] + ([] if selected else [pair])
            label = labels.get(name, {}).get(value, value)
            if name == "ocr":
                label = "OCR" if value == "true" else "Text layer"
            links.append(FacetLink(value, label, fv.documents, fv.pages, selected,
                                   toggled(pairs)))
        if name not in CHRONOLOGICAL_FACETS:  # by the label shown, not the stored key
            links.sort(key=lambda f: (-f.documents, f.label.casefold(), f.label))
        if links or any(p[0] == name for p in base):
            out[name] = FacetGroup(links)
    return out


def _param_value(name: str, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if name == "ocr" and value in (0, 1, "0", "1"):
        return "true" if str(value) == "1" else "false"
    return str(value)
