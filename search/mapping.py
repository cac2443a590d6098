"""Index settings and mappings, versioned index names and the alias that hides them.

One Elasticsearch document per *page*: search is page-precise (snippets, the viewer opens
at the page) and results are collapsed per document at query time. The document's own
fields are copied onto each of its pages so every filter and the access check is a plain
filter on the page, with no join.

Readers and writers only ever use the alias ``<prefix>-pages``; the concrete index behind
it is ``<prefix>-pages-v<SCHEMA_VERSION>-<timestamp>-<random>``, so a rebuild can load a
fresh index and swap the alias atomically while searches continue (Aleph does the same).

Every index gets the same analysis, whatever the cluster: the standard tokenizer and the
lowercase filter, both in Elasticsearch's core, so the integ-test node (no analysis-common
module, no ``stemmer``) and a production cluster index identical terms. Word forms
(officers/officer, child/children) are not made by a stemmer in the index but by expanding
each searched word into the inflections of its lemma at query time (:mod:`search.wordforms`,
:mod:`search.query`): a stemmer differs from cluster to cluster and joins words by
spelling (Hunspell en_GB took misconduct -> conduct, officers -> office, meetings -> meet).
Up to schema version 1 the index was stemmed (``_meta.stemming``); such an index keeps
working until ``inquiry search reindex`` replaces it, and :func:`index_status` reports it
as not current.
"""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass
from typing import Any

from elasticsearch import ApiError, Elasticsearch, NotFoundError

SCHEMA_VERSION = 2  # 2: one exact analysis everywhere, word forms at query time

# The analysis every index gets (recorded in its _meta); core components only.
ANALYSIS = "standard+lowercase"
ANALYZER = "words"

# Private-use characters used as highlight marks; removed from indexed text (replaced by a
# space, so character offsets into the page text are unchanged).
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"

_PREFIX_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,80}$")


def alias_name(prefix: str) -> str:
    """The one name readers and writers use."""
    _check_prefix(prefix)
    return f"{prefix}-pages"


def _check_prefix(prefix: str) -> None:
    if not _PREFIX_RE.match(prefix):
        raise ValueError(f"index prefix {prefix!r} must be lower case letters, digits, '_', "
                         "'.' or '-' (Elasticsearch index names are lower case)")


def index_settings() -> dict[str, Any]:
    """The analysis: the same on every cluster (no probing, no cluster-specific filter).

    No stop-word filter: with implicit AND a stop word that analyses to nothing would make
    a ``match`` clause match nothing, and phrase positions stay simple."""
    return {
        "number_of_shards": 1,
        "analysis": {
            "analyzer": {
                ANALYZER: {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
            },
        },
    }


def _text_field() -> dict[str, Any]:
    # offsets make the unified highlighter cheap on long pages.
    return {"type": "text", "analyzer": ANALYZER, "index_options": "offsets"}


def index_mappings() -> dict[str, Any]:
    """Strict mappings: an unexpected field is a bug in the caller, not a new column."""
    keyword = {"type": "keyword"}
    return {
        "dynamic": "strict",
        "_meta": {"schema_version": SCHEMA_VERSION, "analysis": ANALYSIS,
                  "word_forms": "query time (search.wordforms)"},
        "properties": {
            "document_id": keyword,
            "urn": keyword,
            "page": {"type": "integer"},
            "text": _text_field(),
            "published_text": _text_field(),
            "ocr": {"type": "boolean"},
            "title": {"type": "text", "analyzer": ANALYZER,
                      "fields": {"keyword": {"type": "keyword", "ignore_above": 512}}},
            "provider": keyword,
            "document_type": keyword,
            "document_date": {"type": "date", "format": "strict_date_optional_time"},
            "received_date": {"type": "date", "format": "strict_date_optional_time"},
            "year": {"type": "integer"},
            "restricted": {"type": "boolean"},
            "access_groups": keyword,
            "allowed_user_ids": keyword,
            "review_status": keyword,
            "published": {"type": "boolean"},
            "tags": keyword,
            "persons": keyword,
            "places": keyword,
            "agencies": keyword,
            "indexed_at": {"type": "date"},
        },
    }


def new_index(es: Elasticsearch, prefix: str, *, bulk_load: bool = False) -> str:
    """Create a new versioned index (not yet behind the alias) and return its name.

    ``bulk_load`` turns off refresh while a rebuild loads it; :func:`finish_bulk_load`
    turns it back on.
    """
    _check_prefix(prefix)
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime())
    name = f"{prefix}-pages-v{SCHEMA_VERSION}-{stamp}-{secrets.token_hex(3)}"
    settings = index_settings()
    settings["refresh_interval"] = "-1" if bulk_load else "1s"
    settings["number_of_replicas"] = 0 if bulk_load else _replicas(es)
    es.indices.create(index=name, settings=settings, mappings=index_mappings())
    es.cluster.health(index=name, wait_for_status="yellow", timeout="30s")
    return name


def finish_bulk_load(es: Elasticsearch, index: str) -> None:
    """Turn refresh and replicas back on and make everything loaded visible."""
    es.indices.put_settings(index=index, settings={"index": {
        "refresh_interval": "1s", "number_of_replicas": _replicas(es)}})
    es.indices.refresh(index=index)
    es.cluster.health(index=index, wait_for_status="yellow", timeout="60s")


def _replicas(es: Elasticsearch) -> int:
    """One replica when there is a node to put it on. Cluster health rather than info():
    GET / is refused by some distributions."""
    return 0 if int(es.cluster.health()["number_of_data_nodes"]) <= 1 else 1


def indices_behind(es: Elasticsearch, alias: str) -> list[str]:
    """Concrete index names the alias points at (normally exactly one)."""
    try:
        return sorted(es.indices.get_alias(name=alias).body.keys())
    except NotFoundError:
        return []


def ensure_index(es: Elasticsearch, prefix: str) -> str:
    """Create the first index and its alias when missing; return the alias. Idempotent, and
    safe when two workers race: the loser drops its spare index."""
    alias = alias_name(prefix)
    if indices_behind(es, alias):
        return alias
    index = new_index(es, prefix)
    try:
        es.indices.update_aliases(actions=[{"add": {"index": index, "alias": alias}}])
    except ApiError:
        es.indices.delete(index=index, ignore_unavailable=True)
        raise
    behind = indices_behind(es, alias)
    if len(behind) > 1 and index != behind[0]:
        # another worker raced us; every racer sees the same sorted list, the oldest wins
        es.indices.update_aliases(actions=[{"remove_index": {"index": index}}])
    return alias


def swap_alias(es: Elasticsearch, prefix: str, index: str) -> list[str]:
    """Point the alias at ``index`` and only at it, in one atomic action; return the old
    index names. There is no moment where the alias points at nothing or at two indices.
    The old indices are left for the caller to drop (after in-flight searches finish)."""
    alias = alias_name(prefix)
    old = [name for name in indices_behind(es, alias) if name != index]
    actions: list[dict[str, Any]] = [{"add": {"index": index, "alias": alias}}]
    actions += [{"remove": {"index": name, "alias": alias}} for name in old]
    es.indices.update_aliases(actions=actions)
    return old


def drop_indices(es: Elasticsearch, names: list[str]) -> None:
    """Delete indices by explicit name."""
    for name in names:
        es.indices.delete(index=name, ignore_unavailable=True)


def list_indices(es: Elasticsearch, prefix: str) -> list[str]:
    """Every concrete pages index of this prefix, whether behind the alias or orphaned."""
    _check_prefix(prefix)
    found = es.indices.get(index=f"{prefix}-pages-v*", allow_no_indices=True,
                           expand_wildcards="open,closed")
    return sorted(found.body.keys())


def delete_indices(es: Elasticsearch, prefix: str, *, keep_current: bool = False) -> list[str]:
    """Delete this prefix's indices by explicit name (clusters refuse wildcard deletes).
    With ``keep_current`` only orphans left by an interrupted rebuild are removed."""
    current = set(indices_behind(es, alias_name(prefix))) if keep_current else set()
    names = [n for n in list_indices(es, prefix) if n not in current]
    drop_indices(es, names)
    return names


@dataclass(frozen=True)
class IndexStatus:
    """What an admin page or `inquiry search status` shows."""

    alias: str
    indices: list[str]
    analysis: str | None  # as recorded when the current index was created
    schema_version: int | None
    pages: int
    documents: int

    @property
    def current(self) -> bool:
        return self.schema_version == SCHEMA_VERSION and self.analysis == ANALYSIS

    @property
    def cluster_analysis(self) -> str:
        """What a new index gets: the same on every cluster."""
        return ANALYSIS


def index_status(es: Elasticsearch, prefix: str) -> IndexStatus:
    """Alias, index, analysis in use and counts; ``current`` False means a rebuild would
    change the schema or the analysis."""
    alias = alias_name(prefix)
    behind = indices_behind(es, alias)
    analysis: str | None = None
    version: int | None = None
    pages = documents = 0
    if behind:
        meta = es.indices.get_mapping(index=behind[0])[behind[0]]["mappings"].get("_meta", {})
        analysis = meta.get("analysis") or meta.get("stemming")
        version = meta.get("schema_version")
        resp = es.search(index=alias, size=0, track_total_hits=True,
                         aggs={"docs": {"cardinality": {"field": "document_id",
                                                        "precision_threshold": 40000}}})
        pages = resp["hits"]["total"]["value"]
        documents = resp["aggregations"]["docs"]["value"]
    return IndexStatus(alias, behind, analysis, version, pages, documents)
