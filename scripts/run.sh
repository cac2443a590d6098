#!/usr/bin/env bash
# `make run`: migrations, local services, a first admin, then serve on 127.0.0.1:5000 with
# gunicorn and several worker processes, as in production: one request that hangs or kills
# its process (a hostile file, a bug) cannot stop the others, and gunicorn replaces it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
umask 077                     # evidence, database, keys and logs: for this user alone
inquiry db upgrade            # first, so the worker finds its tables when it starts
inquiry services start
inquiry users ensure-admin
# Several processes share sign-in rate limits only through a common store: the managed Redis.
if [[ -z "${INQUIRY_RATELIMIT_STORAGE_URL:-}" ]]; then
  if [[ -n "${INQUIRY_REDIS_URL:-}" ]]; then
    export INQUIRY_RATELIMIT_STORAGE_URL="$INQUIRY_REDIS_URL"
  else
    # database 1 of the managed Redis, with its password (generated on its first start)
    eval "$(inquiry services env redis --prefix INQUIRY_MANAGED_ --redis-db 1)"
    export INQUIRY_RATELIMIT_STORAGE_URL="$INQUIRY_MANAGED_REDIS_URL"
  fi
fi
PORT="${INQUIRY_PORT:-5000}"
echo "Serving on http://127.0.0.1:$PORT with ${INQUIRY_WEB_WORKERS:-3} processes (Ctrl-C to stop; 'inquiry services stop' stops the services)"
exec gunicorn wsgi:app --bind "127.0.0.1:$PORT" --workers "${INQUIRY_WEB_WORKERS:-3}" \
  --timeout "${INQUIRY_WEB_TIMEOUT:-120}" --graceful-timeout 30 --max-requests 2000 \
  --max-requests-jitter 200 --access-logfile - --error-logfile -
