#!/usr/bin/env bash
# `make run`: migrations, local services, a first admin, then serve on 127.0.0.1:5000.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
inquiry db upgrade            # first, so the worker finds its tables when it starts
inquiry services start
inquiry users ensure-admin
echo "Serving on http://127.0.0.1:${INQUIRY_PORT:-5000} (Ctrl-C to stop; 'inquiry services stop' stops the services)"
exec inquiry run --host 127.0.0.1 --port "${INQUIRY_PORT:-5000}"
