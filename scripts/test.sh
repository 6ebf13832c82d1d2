#!/usr/bin/env bash
# The test command: on a fresh machine, install everything the tests need, check the committed graph is
# current and the code clean, then run pytest. CI runs exactly this (.ci/run), in a new venv each time.
#
# Python packages come from requirements/test.lock (exact versions with hashes; refresh it with
# `bash scripts/lock.sh`), installed into a virtual environment of their own:
# - NARCOKG_TEST_VENV=DIR: use that venv (.ci/run creates a new one per run and passes it here);
# - otherwise .venv-test/ in the clone, created afresh unless it was made from this very lock,
#   pyproject.toml and script (with CI set, it is always created afresh).
# Extra arguments go to pytest (e.g. bash scripts/test.sh -k server).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages (requirements/debian.txt): the missing ones, waiting for another apt or dpkg.
bash scripts/debian.sh

# --- the Python environment: a venv holding exactly requirements/test.lock, then narcokg -----------
stamp_of() { cat requirements/test.lock pyproject.toml scripts/test.sh | sha256sum | cut -d' ' -f1; }
if [ -n "${NARCOKG_TEST_VENV:-}" ]; then
  venv="$NARCOKG_TEST_VENV"
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  fresh=yes
else
  venv=.venv-test
  if [ -n "${CI:-}" ] || [ "$(cat "$venv/.narcokg-stamp" 2>/dev/null)" != "$(stamp_of)" ]; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    fresh=yes
  else
    fresh=no
  fi
fi
venv="$(cd "$venv" && pwd)"
export VIRTUAL_ENV="$venv" PATH="$venv/bin:$PATH"
hash -r
if [ "$fresh" = yes ]; then
  python -m pip install --quiet --require-hashes -r requirements/test.lock
  # The build backend (hatchling) comes from the lock too, so nothing unpinned is fetched.
  python -m pip install --quiet --no-deps --no-build-isolation -e .
  python -m pip check
  [ -n "${NARCOKG_TEST_VENV:-}" ] || stamp_of > "$venv/.narcokg-stamp"
fi
echo "testing in $venv ($(python --version))"

# The committed graph must be exactly what the sources and fact files build.
narcokg build --check

ruff check src tests benchmarks
ruff format --check src tests benchmarks
mypy

# The suite, on one worker per core (pytest-xdist). A test module's tests stay on one worker, so
# its costly module fixtures (the calibration split's drafts, a server) are built once; modules go
# out in collection order, which puts those marked `long` first (tests/conftest.py), rather than
# xdist's default of the modules with the most tests first. NARCOKG_TEST_WORKERS=N sets the
# workers (0: none, all in this process). Extra arguments go to pytest (e.g. bash scripts/test.sh
# -k server).
python -m pytest -q -n "${NARCOKG_TEST_WORKERS:-auto}" --dist loadscope --no-loadscope-reorder "$@"
