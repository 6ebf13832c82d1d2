#!/usr/bin/env bash
# Install the Debian packages of requirements/debian.txt that are missing (scripts/test.sh runs this).
# As root, or through sudo. When another apt or dpkg holds the lock (unattended upgrades, a parallel
# job), wait for it — at most NARCOKG_APT_WAIT seconds (default 600) — instead of failing at once.
set -euo pipefail
cd "$(dirname "$0")/.."

wait_limit="${NARCOKG_APT_WAIT:-600}"
retry_every="${NARCOKG_APT_RETRY:-10}"

need=()
while read -r package _; do
  [ -n "$package" ] || continue
  status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
  [ "$status" = installed ] || need+=("$package")
done < <(sed -e 's/#.*//' requirements/debian.txt)
[ ${#need[@]} -gt 0 ] || exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || {
    echo "error: the tests need the Debian packages ${need[*]}: install them as root" >&2
    exit 2
  }
  sudo=(sudo)
fi

apt_get() {
  # apt waits for the dpkg lock itself (DPkg::Lock::Timeout); `apt-get update`'s lists lock and
  # older apt do not, so a failure that names a lock is retried until the same limit.
  local waited=0 status err
  err="$(mktemp)"
  while :; do
    status=0
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get -o "DPkg::Lock::Timeout=$wait_limit" -o Acquire::Retries=3 "$@" 2>"$err" || status=$?
    cat "$err" >&2
    if [ "$status" -eq 0 ] || ! grep -qi "lock" "$err" || [ "$waited" -ge "$wait_limit" ]; then
      rm -f "$err"
      [ "$status" -eq 0 ] || echo "error: apt-get $1 failed (exit $status)" >&2
      return "$status"
    fi
    echo "apt-get $1: another apt or dpkg holds the lock; waiting (${waited} s so far)" >&2
    sleep "$retry_every"
    waited=$((waited + retry_every))
  done
}

echo "installing Debian packages: ${need[*]}"
apt_get update -qq
apt_get install -y -qq "${need[@]}" >/dev/null
