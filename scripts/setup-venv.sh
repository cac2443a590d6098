#!/usr/bin/env bash
# Create .venv and install the pinned requirements; a no-op when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=.venv/.installed
inputs="requirements.txt requirements-dev.txt pyproject.toml"
if [ -f "$stamp" ] && [ -z "$(find $inputs -newer "$stamp" 2>/dev/null)" ]; then
  exit 0
fi
if [ ! -x .venv/bin/python ]; then
  python="$(scripts/find-python.sh)"
  echo "Creating .venv with $python"
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -r requirements-dev.txt
.venv/bin/python -m pip install --quiet --no-deps -e .
touch "$stamp"
