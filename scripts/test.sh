#!/usr/bin/env bash
# The whole test run: lint, import contracts, then pytest against real PostgreSQL,
# Elasticsearch, Redis and an S3-compatible server on loopback; then the fast tests on SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"

# The test services run apart from `make run`'s: own directory, own ports.
export INQUIRY_VAR_DIR="$PWD/var/test"
export INQUIRY_ES_PORT="${INQUIRY_TEST_ES_PORT:-9201}"
export INQUIRY_REDIS_PORT="${INQUIRY_TEST_REDIS_PORT:-6380}"
export INQUIRY_PG_PORT="${INQUIRY_TEST_PG_PORT:-54330}"
export INQUIRY_PG_DATABASE=inquiry_test
export INQUIRY_S3_PORT="${INQUIRY_TEST_S3_PORT:-7071}"
unset INQUIRY_ELASTICSEARCH_URL INQUIRY_REDIS_URL INQUIRY_DATABASE_URL

echo "== lint"
ruff check .
lint-imports

echo "== services"
inquiry services start postgres elasticsearch redis s3
eval "$(inquiry services env postgres elasticsearch redis s3)"

echo "== pytest on PostgreSQL (everything)"
python -m pytest -p no:cacheprovider "$@"

echo "== pytest on SQLite (database tests)"
INQUIRY_TEST_DATABASE_URL= python -m pytest -p no:cacheprovider -q -m "db and not services and not browser and not slow"
