"""Elasticsearch responses into plain results: documents with their best pages, snippets,
hit counts, facets and pagination; and highlighted hits back onto word boxes.

Highlights arrive as the whole page text with private-use marks around each hit (see
``search.query.highlight_spec``). Cutting snippets here, rather than asking Elasticsearch
for fragments, gives exact hit counts per page, the character offsets of every hit for
drawing boxes, and snippets as (text, is_hit) segments that templates escape themselves.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from search.mapping import MARK_CLOSE, MARK_OPEN

SNIPPETS_PER_PAGE = 3
SNIPPET_CONTEXT = 90  # characters either side of a hit
MAX_SNIPPET = 4 * SNIPPET_CONTEXT  # hits closer than this share one snippet up to this length
CHRONOLOGICAL_FACETS = frozenset({"year"})  # newest first, as a timeline reads


@dataclass(frozen=True)
class Snippet:
    """A piece of page text; ``segments`` alternate plain text and hits."""

    page: int
    segments: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.segments)

    def html(self) -> str:
        """Escaped text with hits in <mark>; safe to render without further escaping."""
        return "".join(f"<mark>{html.escape(t)}</mark>" if hit else html.escape(t)
                       for t, hit in self.segments)


@dataclass(frozen=True)
class PageHit:
    page: int
    hits: int  # highlighted passages on the page (a phrase counts once)
    snippets: tuple[Snippet, ...]
    score: float | None = None
    ocr: bool = False


@dataclass(frozen=True)
class DocumentHit:
    document_id: str
    urn: str | None
    title: str
    fields: dict[str, Any]  # provider, document_type, dates, year, tags, review_status...
    matching_pages: int  # pages of this document that match
    pages: tuple[PageHit, ...]  # the best of them, best first
    score: float | None = None


@dataclass(frozen=True)
class FacetValue:
    value: str | int | bool
    pages: int
    documents: int


@dataclass(frozen=True)
class SearchResults:
    documents: list[DocumentHit]
    total_documents: int
    total_pages: int  # matching pages, not result pages
    page: int
    page_size: int
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    partial: bool = False  # some shards failed: counts and hits may be incomplete

    @property
    def page_count(self) -> int:
        """How many result pages there are (for the pager)."""
        return max(1, math.ceil(self.total_documents / self.page_size))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.page_count


def parse_marked(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text and the character spans of the hits. Hits separated only by spaces (the
    words of one phrase) are joined into one span."""
    plain: list[str] = []
    raw: list[tuple[int, int]] = []
    pos = start = 0
    for part in re.split(f"([{MARK_OPEN}{MARK_CLOSE}])", marked):
        if part == MARK_OPEN:
            start = pos
        elif part == MARK_CLOSE:
            raw.append((start, pos))
        else:
            plain.append(part)
            pos += len(part)
    text = "".join(plain)
    spans: list[tuple[int, int]] = []
    for start, end in raw:
        if spans and not text[spans[-1][1]:start].strip():
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return text, spans


def _cut(plain: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to word boundaries, at most SNIPPET_CONTEXT either side."""
    left = max(0, start - SNIPPET_CONTEXT)
    if left > 0:
        space = plain.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    right = min(len(plain), end + SNIPPET_CONTEXT)
    if right < len(plain):
        space = plain.rfind(" ", end, right)
        right = space if space >= 0 else right
    return left, right


def snippets(page: int, marked: str, limit: int = SNIPPETS_PER_PAGE
             ) -> tuple[int, tuple[Snippet, ...]]:
    """Hit count and up to ``limit`` snippets; a page with no hit gives its opening."""
    plain, spans = parse_marked(marked)
    if not spans:
        text = " ".join(plain[: 2 * SNIPPET_CONTEXT].split())
        return 0, ((Snippet(page, ((text, False),)),) if text else ())
    windows: list[tuple[int, int, list[tuple[int, int]]]] = []
    for start, end in spans:
        left, right = _cut(plain, start, end)
        if windows and left <= windows[-1][1] and \
                max(right, windows[-1][1]) - windows[-1][0] <= MAX_SNIPPET:
            # overlapping: one snippet, unless a common word would make it the whole page
            windows[-1] = (windows[-1][0], max(right, windows[-1][1]),
                           windows[-1][2] + [(start, end)])
        else:
            if len(windows) == limit:
                break
            if windows and left < windows[-1][1]:
                left = max(windows[-1][1], min(start, left + SNIPPET_CONTEXT))
            windows.append((left, right, [(start, end)]))
    out = []
    for left, right, hits in windows:
        segments: list[tuple[str, bool]] = []
        cursor = left
        for start, end in hits:
            end = min(end, right)
            if start > cursor:
                segments.append((_flat(plain[cursor:start]), False))
            segments.append((_flat(plain[start:end]), True))
            cursor = end
        if cursor < right:
            segments.append((_flat(plain[cursor:right]), False))
        out.append(Snippet(page, tuple(segments)))
    return len(spans), tuple(out)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _page_hit(hit: Mapping[str, Any]) -> PageHit:
    source = hit.get("_source", {})
    number = int(source.get("page", 0))
    marked = next(iter((hit.get("highlight") or {}).values()), [""])[0]
    count, cut = snippets(number, marked)
    return PageHit(number, count, cut, hit.get("_score"), bool(source.get("ocr")))


def parse_facets(aggregations: Mapping[str, Any] | None) -> dict[str, list[FacetValue]]:
    """Terms buckets as (value, pages, documents), in Elasticsearch's order (most pages
    first: the entity page's "on the same pages"); other aggregations are skipped."""
    out: dict[str, list[FacetValue]] = {}
    for name, agg in (aggregations or {}).items():
        if "buckets" not in agg:
            continue
        out[name] = [FacetValue(b.get("key_as_string", b["key"]) if name != "year"
                                else b["key"], b["doc_count"],
                                b.get("documents", {}).get("value", b["doc_count"]))
                     for b in agg["buckets"]]
        if name == "ocr":
            out[name] = [FacetValue(v.value in (1, "true", True), v.pages, v.documents)
                         for v in out[name]]
    return out


def sort_facet_values(values: Iterable[FacetValue]) -> list[FacetValue]:
    """Most documents first, then by name ignoring case: results are counted per document,
    while Elasticsearch orders buckets by pages, which would put one long document's
    names above names found in many documents."""
    return sorted(values, key=lambda v: (-v.documents, str(v.value).casefold(), str(v.value)))


def parse_search(response: Mapping[str, Any], *, page: int = 1, page_size: int = 20
                 ) -> SearchResults:
    """A collapsed search response (see ``build_search``) as per-document results."""
    documents = []
    for hit in response["hits"]["hits"]:
        source = dict(hit.get("_source", {}))
        inner = hit.get("inner_hits", {}).get("pages", {}).get("hits", {})
        pages = tuple(_page_hit(h) for h in inner.get("hits", []))
        documents.append(DocumentHit(
            document_id=str(source.pop("document_id", hit["_id"].split(":")[0])),
            urn=source.pop("urn", None), title=source.pop("title", "") or "",
            fields=source, matching_pages=inner.get("total", {}).get("value", len(pages)),
            pages=pages, score=hit.get("_score")))
    aggs = response.get("aggregations", {})
    total_pages = response["hits"]["total"]["value"]
    total_documents = aggs.get("total_documents", {}).get("value", len(documents))
    partial = bool(response.get("_shards", {}).get("failed")) or bool(response.get("timed_out"))
    facets = {name: values if name in CHRONOLOGICAL_FACETS else sort_facet_values(values)
              for name, values in parse_facets(aggs).items()}
    return SearchResults(documents, total_documents, total_pages, page, page_size, facets,
                         partial)


# ---- hits onto word boxes --------------------------------------------------------------

@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def _word_value(word: Any, key: str, default: Any = None) -> Any:
    return word.get(key, default) if isinstance(word, Mapping) else getattr(word, key, default)


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _word_spans(words: Sequence[Any], plain: str) -> list[tuple[int, int] | None]:
    """Where each word sits in the page text: its own offsets when they agree with the
    text, else found in order after the previous word."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for word in words:
        text = str(_word_value(word, "text", ""))
        start, end = _word_value(word, "start"), _word_value(word, "end")
        if isinstance(start, int) and isinstance(end, int) and end > start \
                and plain[start:end] == text:
            spans.append((start, end))
            cursor = end
            continue
        found = plain.find(text, cursor) if text else -1
        if found < 0:
            spans.append(None)
            continue
        spans.append((found, found + len(text)))
        cursor = found + len(text)
    return spans


def _term_matcher(terms: Iterable[str]) -> tuple[set[str], tuple[str, ...]]:
    whole: set[str] = set()
    prefixes: list[str] = []
    for term in terms:
        if term.endswith("*"):
            prefixes.extend(_tokens(term[:-1])[-1:])
        whole.update(_tokens(term))
    return whole, tuple(prefixes)


def highlight_boxes(words: Sequence[Mapping[str, Any] | Any], highlighted: str | None = None,
                    terms: Iterable[str] = ()) -> list[Box]:
    """The boxes to draw over the page image for the hits on one page.

    ``words`` are the page's words (dicts or objects with text, x0, y0, x1, y1 and
    optionally start/end offsets into the page text). ``highlighted`` is the page text as
    highlighted by the search (``page_highlight``); a word is drawn when it overlaps a hit.
    Words that cannot be placed in that text, or every word when there is no highlight,
    are drawn when one of their tokens is one of ``terms`` (words or phrases; ``word*``
    matches as a prefix), e.g. ``search.parser.positive_terms(query)``.
    """
    whole, prefixes = _term_matcher(terms)
    plain, spans = parse_marked(highlighted) if highlighted else ("", [])
    positions = _word_spans(words, plain) if highlighted else [None] * len(words)
    boxes: list[Box] = []
    for word, where in zip(words, positions, strict=True):
        text = str(_word_value(word, "text", ""))
        if where is not None:
            hit = any(start < where[1] and where[0] < end for start, end in spans)
        else:
            tokens = _tokens(text)
            hit = any(t in whole or t.startswith(prefixes) for t in tokens) if prefixes \
                else any(t in whole for t in tokens)
        if hit:
            boxes.append(Box(float(_word_value(word, "x0")), float(_word_value(word, "y0")),
                             float(_word_value(word, "x1")), float(_word_value(word, "y1")),
                             text))
    return boxes
