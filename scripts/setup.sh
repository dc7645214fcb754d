#!/usr/bin/env bash
# Sets up a fresh Debian machine for rathaus: the Debian packages it needs (Tesseract
# with German) and a virtual environment in .venv. `--dev` adds the test tools.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"

debs=()
command -v tesseract >/dev/null 2>&1 || debs+=(tesseract-ocr)
if ! (command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx deu); then
  debs+=(tesseract-ocr-deu)
fi
# The store's tests also run against PostgreSQL; they start their own throwaway server
# from these binaries (tests/pg.py), so the packaged cluster is never used.
if [ -n "$extras" ] && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  debs+=(postgresql)
fi
if [ ${#debs[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${debs[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${debs[@]}" >/dev/null
fi

python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "rathaus needs Python >= 3.11")'
[ -x .venv/bin/python ] || python3 -m venv .venv
echo "setup: installing rathaus${extras} into .venv"
log=$(mktemp)
if ! .venv/bin/pip install -q --disable-pip-version-check -e ".${extras}" >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
rm -f "$log"
.venv/bin/python -c 'import rathaus'

