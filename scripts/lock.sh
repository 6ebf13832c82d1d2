#!/usr/bin/env bash
# Refresh requirements/test.lock, the exact environment the tests run in (every package pinned, with
# hashes), from pyproject.toml: its dependencies, the `test` extra and the build backend.
#   bash scripts/lock.sh             keep the current pins that still fit pyproject.toml
#   bash scripts/lock.sh --upgrade   move every pin to the newest release that fits
# pip-tools runs in a throwaway virtual environment, so nothing else is installed or changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PIP_TOOLS="pip-tools==7.6.2"
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools"
"$tools/bin/python" -m pip install --quiet --upgrade pip "$PIP_TOOLS"
CUSTOM_COMPILE_COMMAND="bash scripts/lock.sh" "$tools/bin/pip-compile" --quiet --generate-hashes --extra test --all-build-deps --strip-extras \
  --allow-unsafe --no-emit-index-url --no-emit-find-links \
  --output-file requirements/test.lock "$@" pyproject.toml
echo "wrote requirements/test.lock: run bash scripts/test.sh, then commit it"
