"""Counsel's searches: results, the hits on a viewed page, exports, batch term counts,
entity pages, saved searches and history. Every request is built by
``search.query.build_search`` with the caller's access (``services.access``), and every
search, export and entity listing is audited.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import delete, select

from inquiry.extensions import db
from inquiry.models.counsel import SavedSearch, SearchHistory
from inquiry.services import audit, search_index
from inquiry.services.access import search_access
from inquiry.services.actor import Actor
from search import entities, searcher
from search.help import EXAMPLES, HELP
from search.parser import QuerySyntaxError, parse
from search.query import FACETS, SCOPE_ALL, SCOPES, SORTS, Filters
from search.results import CHRONOLOGICAL_FACETS, Box, SearchResults

__all__ = ["CHRONOLOGICAL_FACETS", "EXAMPLES", "HELP", "SCOPES", "SORTS", "Filters",
           "QuerySyntaxError",
           "SearchRequest", "run", "page_boxes", "export_csv",
           "batch", "batch_csv", "entity", "save", "saved_searches", "delete_saved",
           "history", "SearchError", "SearchUnavailable", "warm_up"]

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 4000
MAX_BATCH_TERMS = 500
HISTORY_KEPT = 200


def warm_up() -> None:
    """Load what the first search of a process would otherwise load (the word-form
    lexicon): called where a process starts serving requests, not in ``create_app``, which
    workers, the CLI and the tests call and which must stay quick and free of I/O."""
    from search.wordforms import warm_up as load_word_forms

    load_word_forms()


class SearchError(ValueError):
    """A request that cannot be answered as asked; the message is for the user."""


class SearchUnavailable(SearchError):
    """Elasticsearch did not answer; nothing is wrong with the request."""


@contextmanager
def _answering() -> Iterator[None]:
    from elasticsearch import ApiError, NotFoundError, TransportError

    try:
        yield
    except (TransportError, ApiError) as exc:
        if isinstance(exc, NotFoundError):
            search_index.forget_alias()  # deleted from outside: made again on the next use
        log.warning("search failed: %s", exc)
        raise SearchUnavailable("Search is not available at the moment (the search service "
                                "did not answer). Please try again in a minute; if it "
                                "persists, tell an administrator.") from exc


@dataclass(frozen=True)
class SearchRequest:
    """Plain values from the search form (the view parses the request into this)."""

    q: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20
    exact: bool = False
    scope: str = SCOPE_ALL

    def summary(self) -> dict[str, Any]:
        """For the audit trail and history: what was asked, without empty parts."""
        filters = {k: v for k, v in asdict(self.filters).items() if v not in ((), None, [])}
        return {"q": self.q, "filters": filters, "sort": self.sort, "page": self.page,
                "exact": self.exact, "scope": self.scope}


def _parsed(q: str, actor: Actor | None = None):  # noqa: ANN202 - search.parser.Node | None
    if len(q) > MAX_QUERY_CHARS:
        raise SearchError(f"The query is longer than {MAX_QUERY_CHARS:,} characters.")
    node = parse(q) if q.strip() else None
    return _requests_resolved(node, q, actor) if actor is not None else node


def _requests_resolved(node, q: str, actor: Actor):  # noqa: ANN001, ANN202
    """``request:R9-0001`` as the URNs received in answer that the actor may see; a request
    the actor may not see reads as unknown."""
    from inquiry.services.requests import urns_answering
    from search.parser import FieldTerm, resolve_field

    def expand(term: FieldTerm):  # noqa: ANN202
        urns = urns_answering(term.value, actor)
        if urns is None:
            raise QuerySyntaxError(f"there is no request {term.value!r} (requests are named "
                                   "like R9-0001 or S21-0001)", term.position, q)
        # one terms query on the URNs ("\n" never occurs in one); none: nothing matches
        return FieldTerm("urn_list", "\n".join(urns) or "\n", term.position)

    return resolve_field(node, "request", expand)


def run(request: SearchRequest, actor: Actor, params: str = "") -> SearchResults:
    """The result list with facets; recorded in the user's history and the audit trail.
    A bad query raises QuerySyntaxError before anything is sent or recorded."""
    node = _parsed(request.q, actor)
    try:
        with _answering():
            results = searcher.run_search(
                search_index.client(), search_index.alias(), node,
                user_access=search_access(actor), filters=request.filters, facets=FACETS,
                sort=request.sort, page=request.page, page_size=request.page_size,
                scope=request.scope, exact=request.exact)
    except SearchUnavailable:
        raise
    except ValueError as exc:  # paging past the window, an unknown sort or scope
        raise SearchError(str(exc)) from exc
    if actor.user_id is not None:
        db.session.add(SearchHistory(user_id=actor.user_id, query=request.q[:MAX_QUERY_CHARS],
                                     params=params[:4000], documents=results.total_documents))
        db.session.commit()
    audit.record("search.run", actor, details={**request.summary(),
                                               "documents": results.total_documents,
                                               "pages": results.total_pages})
    return results


def page_boxes(document_id: int, number: int, q: str, words: Sequence[Any], actor: Actor, *,
               exact: bool = False, scope: str = SCOPE_ALL) -> list[Box] | None:
    """Where the query's hits are on one page, to draw on the page image. A query that no
    longer parses just draws nothing: the page itself is still shown. None when search is
    unavailable (Elasticsearch down), so the viewer says so rather than "0 hits"."""
    try:
        node = _parsed(q, actor)
    except (QuerySyntaxError, SearchError):
        return []
    if node is None:
        return []
    try:
        with _answering():
            return searcher.page_boxes(search_index.client(), search_index.alias(), node,
                                       user_access=search_access(actor),
                                       document_id=document_id, page=number, words=words,
                                       scope=scope, exact=exact)
    except SearchUnavailable:
        return None  # the page is still worth showing without its hits drawn


def export_csv(request: SearchRequest, actor: Actor) -> Iterator[str]:
    """Every matching document the user may see: URN, title, the pages with hits, the hit
    count; streamed. Audited before the first row leaves."""
    node = _parsed(request.q, actor)
    with _answering():
        client, alias = search_index.client(), search_index.alias()
        client.cluster.health(timeout="5s")  # fail before the download starts, not midway
    audit.record("search.export", actor, details=request.summary())
    rows = searcher.export_pages(client, alias, node, user_access=search_access(actor),
                                 filters=request.filters, scope=request.scope,
                                 exact=request.exact, with_snippets=True)

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["URN", "Title", "Provider", "Date", "Pages with hits", "Hits"])
        current: list[Any] | None = None
        for row in rows:
            if current is None or current[0] != row.document_id:
                if current is not None:
                    writer.writerow(_export_line(current))
                current = [row.document_id, row.urn, row.title, row.fields, [], 0]
            current[4].append(row.page)
            current[5] += row.hits or 0
            if buffer.tell() > 64_000:
                yield _drain(buffer)
        if current is not None:
            writer.writerow(_export_line(current))
        yield _drain(buffer)

    return lines()


def _export_line(current: list[Any]) -> list[Any]:
    _id, urn, title, fields, pages, hits = current
    return [urn or "", _safe_cell(title), _safe_cell(fields.get("provider") or ""),
            fields.get("document_date") or "", _page_ranges(pages), hits]


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _safe_cell(value: str) -> str:
    """No spreadsheet formulas from evidence text (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _page_ranges(pages: list[int]) -> str:
    """1, 2 -> "pp. 1, 2"; 1, 2, 3, 7 -> "pp. 1-3, 7"; 4 -> "p. 4".

    Always text to a spreadsheet: bare "1-3", "3/4" or "2" would be read as a date or a
    number, and "1,2" as one thousand and something."""
    numbers = sorted(set(pages))
    if not numbers:
        return ""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{run[0]}-{run[-1]}")
        else:
            parts.extend(str(n) for n in run)
    return ("p. " if len(numbers) == 1 else "pp. ") + ", ".join(parts)


def parse_terms(text: str) -> list[str]:
    """One term per line (a pasted or uploaded list), blanks and repeats dropped."""
    terms: list[str] = []
    for line in text.splitlines():
        term = line.strip().strip("\ufeff")
        if term and term not in terms:
            terms.append(term[:MAX_QUERY_CHARS])
    if len(terms) > MAX_BATCH_TERMS:
        raise SearchError(f"A batch search takes at most {MAX_BATCH_TERMS} terms; "
                          f"this list has {len(terms)}.")
    return terms


def batch(terms: list[str], actor: Actor, *, exact: bool = False,
          scope: str = SCOPE_ALL) -> list[entities.TermCount]:
    """Each term's hit count, documents and first pages, in the order given."""
    if not terms:
        raise SearchError("Enter at least one name or term, one per line.")
    with _answering():
        counts = entities.batch_counts(search_index.client(), search_index.alias(),
                                       search_access(actor), terms, exact=exact, scope=scope)
    audit.record("search.batch", actor, details={"terms": terms, "count": len(terms),
                                                 "exact": exact, "scope": scope})
    return counts


def batch_csv(counts: list[entities.TermCount]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Term", "Pages with hits", "Documents", "First pages", "Problem"])
    for c in counts:
        sample = "; ".join(f"{urn or doc} p{page}" for doc, urn, page in c.sample)
        writer.writerow([_safe_cell(c.term), c.pages, c.documents, sample, c.error or ""])
    return buffer.getvalue()


def entity(kind: str, canonical: str, actor: Actor) -> entities.EntityPages:
    if kind not in entities.ENTITY_FIELDS:
        raise SearchError(f"Unknown kind of entity: {kind}.")
    with _answering():
        result = entities.entity_pages(search_index.client(), search_index.alias(),
                                       search_access(actor), kind, canonical)
    audit.record("entity.view", actor, target_type=kind, target_id=canonical[:128],
                 details={"documents": result.total_documents})
    return result


# ---- saved searches and history -----------------------------------------------------------

def save(actor: Actor, name: str, q: str, params: str) -> SavedSearch:
    name = " ".join(name.split())[:120]
    if not name:
        raise SearchError("Give the saved search a name.")
    _parsed(q)  # a query that cannot run is not worth saving
    existing = db.session.scalar(select(SavedSearch).where(
        SavedSearch.user_id == actor.user_id, SavedSearch.name == name))
    if existing is not None:
        existing.query, existing.params = q, params
        saved = existing
    else:
        saved = SavedSearch(user_id=actor.user_id, name=name, query=q, params=params)
        db.session.add(saved)
    db.session.commit()
    audit.record("search.saved", actor, target_type="saved_search", target_id=saved.id,
                 details={"name": name, "q": q})
    return saved


def saved_searches(actor: Actor) -> list[SavedSearch]:
    return list(db.session.scalars(select(SavedSearch).where(
        SavedSearch.user_id == actor.user_id).order_by(SavedSearch.name)))


def delete_saved(actor: Actor, saved_id: int) -> bool:
    result = db.session.execute(delete(SavedSearch).where(
        SavedSearch.id == saved_id, SavedSearch.user_id == actor.user_id))
    db.session.commit()
    return bool(result.rowcount)


def history(actor: Actor, limit: int = HISTORY_KEPT) -> list[SearchHistory]:
    return list(db.session.scalars(select(SearchHistory).where(
        SearchHistory.user_id == actor.user_id).order_by(SearchHistory.id.desc())
        .limit(limit)))
