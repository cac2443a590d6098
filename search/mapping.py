"""Index settings and mappings, versioned index names and the alias that hides them.

One Elasticsearch document per *page*: search is page-precise (snippets, the viewer opens
at the page) and results are collapsed per document at query time. The document's own
fields are copied onto each of its pages so every filter and the access check is a plain
filter on the page, with no join.

Readers and writers only ever use the alias ``<prefix>-pages``; the concrete index behind
it is ``<prefix>-pages-v<SCHEMA_VERSION>-<timestamp>-<random>``, so a rebuild can load a
fresh index and swap the alias atomically while searches continue (Aleph does the same).

The English analysis is chosen by probing the cluster, because the clusters we run on differ:
a production cluster has the ``stemmer`` filter (analysis-common); the integ-test
distribution used by the tests has only core filters, where a Hunspell en_GB dictionary may
be installed. The choice is recorded in the index's ``_meta`` and reported by
:func:`index_status`.

Hunspell is a dictionary stemmer, not a suffix stripper, and the en_GB dictionary strips
some prefixes and misses some plurals: misconduct -> conduct, unlawful -> lawful,
reviewed -> viewed, officers -> office, statements -> state, while meeting stays meeting
but meetings -> meet. Exact mode (``text.exact``) has none of this; pass
``stemming=STEMMING_NONE`` to :func:`ensure_index` / ``indexer.rebuild`` to turn
stemming off altogether.
"""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass
from typing import Any

from elasticsearch import ApiError, Elasticsearch, NotFoundError

SCHEMA_VERSION = 1

STEMMING_ENGLISH = "english"  # stemmer filter (analysis-common): possessive + English stemmer
STEMMING_HUNSPELL = "hunspell_en_GB"  # core hunspell filter with the en_GB dictionary
STEMMING_NONE = "none"  # standard tokenizer + lowercase only
STEMMINGS = (STEMMING_ENGLISH, STEMMING_HUNSPELL, STEMMING_NONE)

# Private-use characters used as highlight marks; removed from indexed text (replaced by a
# space, so character offsets into the page text are unchanged).
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"

_PREFIX_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,80}$")

_ENGLISH_FILTERS: dict[str, dict[str, Any]] = {
    "english_possessive": {"type": "stemmer", "language": "possessive_english"},
    "english_stemmer": {"type": "stemmer", "language": "english"},
}
# longest_only: Hunspell can return several stems for one word ("organised" -> organise,
# organ); keeping only the longest avoids the wider, surprising matches.
_HUNSPELL_FILTERS: dict[str, dict[str, Any]] = {
    "en_gb_hunspell": {"type": "hunspell", "locale": "en_GB", "longest_only": True},
}


def alias_name(prefix: str) -> str:
    """The one name readers and writers use."""
    _check_prefix(prefix)
    return f"{prefix}-pages"


def _check_prefix(prefix: str) -> None:
    if not _PREFIX_RE.match(prefix):
        raise ValueError(f"index prefix {prefix!r} must be lower case letters, digits, '_', "
                         "'.' or '-' (Elasticsearch index names are lower case)")


def detect_stemming(es: Elasticsearch) -> str:
    """Which English stemming this cluster supports, best first.

    No stop-word filter in any chain: with implicit AND a stop word that analyses to nothing
    would make a ``match`` clause match nothing, and phrase positions stay simple.
    """
    probes = [
        (STEMMING_ENGLISH, [{"type": "stemmer", "language": "english"}]),
        (STEMMING_HUNSPELL, [dict(_HUNSPELL_FILTERS["en_gb_hunspell"])]),
    ]
    for name, filters in probes:
        try:
            es.indices.analyze(tokenizer="standard", filter=["lowercase", *filters],
                               text="meetings")
            return name
        except ApiError:
            continue
    return STEMMING_NONE


def index_settings(stemming: str) -> dict[str, Any]:
    """Analysis for the chosen stemming. ``stemmed`` is used for ``text``; ``exact`` (no
    stemming) for ``text.exact`` so phrases and exact mode find the words as written."""
    if stemming == STEMMING_ENGLISH:
        filters, chain = _ENGLISH_FILTERS, ["english_possessive", "lowercase", "english_stemmer"]
    elif stemming == STEMMING_HUNSPELL:
        filters, chain = _HUNSPELL_FILTERS, ["lowercase", "en_gb_hunspell"]
    elif stemming == STEMMING_NONE:
        filters, chain = {}, ["lowercase"]
    else:
        raise ValueError(f"unknown stemming {stemming!r}")
    return {
        "number_of_shards": 1,
        "analysis": {
            "filter": filters,
            "analyzer": {
                "stemmed": {"type": "custom", "tokenizer": "standard", "filter": chain},
                "exact": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
            },
        },
    }


def _text_field() -> dict[str, Any]:
    # offsets make the unified highlighter cheap on long pages.
    return {"type": "text", "analyzer": "stemmed", "index_options": "offsets",
            "fields": {"exact": {"type": "text", "analyzer": "exact",
                                 "index_options": "offsets"}}}


def index_mappings(stemming: str) -> dict[str, Any]:
    """Strict mappings: an unexpected field is a bug in the caller, not a new column."""
    keyword = {"type": "keyword"}
    return {
        "dynamic": "strict",
        "_meta": {"schema_version": SCHEMA_VERSION, "stemming": stemming},
        "properties": {
            "document_id": keyword,
            "urn": keyword,
            "page": {"type": "integer"},
            "text": _text_field(),
            "published_text": _text_field(),
            "ocr": {"type": "boolean"},
            "title": {"type": "text", "analyzer": "stemmed",
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


def new_index(es: Elasticsearch, prefix: str, stemming: str | None = None,
              *, bulk_load: bool = False) -> str:
    """Create a new versioned index (not yet behind the alias) and return its name.

    ``bulk_load`` turns off refresh while a rebuild loads it; :func:`finish_bulk_load`
    turns it back on.
    """
    _check_prefix(prefix)
    stemming = stemming or detect_stemming(es)
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime())
    name = f"{prefix}-pages-v{SCHEMA_VERSION}-{stamp}-{secrets.token_hex(3)}"
    settings = index_settings(stemming)
    settings["refresh_interval"] = "-1" if bulk_load else "1s"
    settings["number_of_replicas"] = 0 if bulk_load else _replicas(es)
    es.indices.create(index=name, settings=settings, mappings=index_mappings(stemming))
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


def ensure_index(es: Elasticsearch, prefix: str, stemming: str | None = None) -> str:
    """Create the first index and its alias when missing; return the alias. Idempotent, and
    safe when two workers race: the loser drops its spare index. ``stemming`` overrides
    the probe (one of STEMMINGS)."""
    alias = alias_name(prefix)
    if indices_behind(es, alias):
        return alias
    index = new_index(es, prefix, stemming)
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
    stemming: str | None  # as recorded when the current index was created
    schema_version: int | None
    pages: int
    documents: int
    cluster_stemming: str  # what a new index would get on this cluster now

    @property
    def current(self) -> bool:
        return self.schema_version == SCHEMA_VERSION and self.stemming == self.cluster_stemming


def index_status(es: Elasticsearch, prefix: str) -> IndexStatus:
    """Alias, index, analysis in use and counts; ``current`` False means a rebuild would
    change the schema or the stemming."""
    alias = alias_name(prefix)
    behind = indices_behind(es, alias)
    stemming: str | None = None
    version: int | None = None
    pages = documents = 0
    if behind:
        meta = es.indices.get_mapping(index=behind[0])[behind[0]]["mappings"].get("_meta", {})
        stemming, version = meta.get("stemming"), meta.get("schema_version")
        resp = es.search(index=alias, size=0, track_total_hits=True,
                         aggs={"docs": {"cardinality": {"field": "document_id",
                                                        "precision_threshold": 40000}}})
        pages = resp["hits"]["total"]["value"]
        documents = resp["aggregations"]["docs"]["value"]
    return IndexStatus(alias, behind, stemming, version, pages, documents,
                       detect_stemming(es))
