"""Fixtures for the search package: a client on the real Elasticsearch and index prefixes
that are unique per test module and removed afterwards.

INQUIRY_TEST_ELASTICSEARCH_URL (set by `make test`) names the node; without it the
developer's node on http://127.0.0.1:9200 is used. No mocks: the mapping, analysis and
queries only mean something against a real node.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Iterator

import pytest
from elasticsearch import Elasticsearch

from search import mapping

DEFAULT_URL = "http://127.0.0.1:9200"


@pytest.fixture(scope="session")
def es() -> Iterator[Elasticsearch]:
    url = os.environ.get("INQUIRY_TEST_ELASTICSEARCH_URL") or DEFAULT_URL
    client = Elasticsearch(url, request_timeout=30)
    try:
        client.cluster.health(wait_for_status="yellow", timeout="10s")
    except Exception as exc:  # noqa: BLE001 - report any failure to reach the node
        pytest.fail(f"Elasticsearch at {url} is not reachable ({exc}); run the suite through "
                    "`make test` or start a node", pytrace=False)
    yield client
    client.close()


@pytest.fixture(scope="module")
def new_prefix(es: Elasticsearch, request: pytest.FixtureRequest
               ) -> Iterator[Callable[[], str]]:
    """new_prefix() -> a fresh index prefix; every index made under one is deleted when the
    module's tests are done."""
    module = re.sub(r"[^a-z0-9]", "", request.module.__name__.rsplit(".", 1)[-1].lower())
    made: list[str] = []

    def make() -> str:
        prefix = f"t-{module[:30]}-{secrets.token_hex(3)}"
        made.append(prefix)
        return prefix

    yield make
    for prefix in made:
        mapping.delete_indices(es, prefix)


@pytest.fixture(scope="module")
def index_prefix(new_prefix: Callable[[], str]) -> str:
    return new_prefix()
