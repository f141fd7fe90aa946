#!/usr/bin/env bash
# Run the test suite (the same command the README gives).
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m pytest "$@"
