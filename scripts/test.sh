#!/usr/bin/env bash
# The test command: on a fresh machine, install everything the tests need, check the committed graph is
# current and the code clean, then run pytest. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: Chromium for the browser tests, rapper (raptor2-utils) and roqet (rasqal-utils)
# as independent RDF/SPARQL tools, Virtuoso as a second real triple store, Noto CJK fonts so that
# the browser test can see Chinese spans drawn.
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rapper >/dev/null || need+=(raptor2-utils)
command -v roqet >/dev/null || need+=(rasqal-utils)
command -v virtuoso-t >/dev/null || need+=(virtuoso-opensource)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

python3 -m pip install --quiet --upgrade pip
python3 -m pip install --quiet -e '.[test]'

# The committed graph must be exactly what the sources and fact files build.
narcokg build --check

ruff check src tests benchmarks
ruff format --check src tests benchmarks
mypy

# The suite. Extra arguments go to pytest (e.g. scripts/test.sh -k server).
python3 -m pytest -q "$@"
