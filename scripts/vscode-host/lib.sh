# Shared by the scripts that drive a throw-away code-server (code-server-as-vscode.sh, screenshots.sh,
# vsix-smoke.sh). Sourced, not run: the caller sets HERE (this folder), its shell options and RC, and
# owns the exit trap. Only variables and functions are defined here.
ROOT=$(cd "$HERE/../.." && pwd)
DEPS=${DEPS:-$HOME/.cache/vscode-host}
NODE24_BIN=$DEPS/node24/node_modules/node/bin
CODE_SERVER=$DEPS/cs/node_modules/.bin/code-server

# Exit 2 unless the host from `npm run setup:host` is there; `require_host node24` also wants its Node 24.
require_host() {
  [ -x "$CODE_SERVER" ] && { [ "${1:-}" != node24 ] || [ -x "$NODE24_BIN/node" ]; } && [ -d "$DEPS/tools/node_modules/playwright-core" ] ||
    { echo "code-server test host not installed in $DEPS: run 'npm run setup:host'" >&2; exit 2; }
}

# A fresh run folder in RUN: $DEPS/run/<prefix>-XXXXXX with user data and extensions folders.
new_run_dir() {
  mkdir -p "$DEPS/run"
  RUN=$(mktemp -d "$DEPS/run/$1-XXXXXX")
  mkdir -p "$RUN/ud/User" "$RUN/exts"
}

# XDG dirs inside the run: code-server writes ~/.config/code-server and ~/.local/share/code-server otherwise.
export_run_env() {
  export XDG_CONFIG_HOME=$RUN/xdg-config XDG_DATA_HOME=$RUN/xdg-data XDG_CACHE_HOME=$RUN/xdg-cache
  export PATH="$NODE24_BIN:$PATH"
}

# Start code-server on a free port with the run's folders; extra arguments go before them. Sets SPID.
# setsid: own process group, so the exit trap stops the server and everything it spawned
# (extension hosts, file watcher, pty host) - a plain kill leaves the watcher behind.
start_server() {
  setsid "$CODE_SERVER" --auth none --bind-addr 127.0.0.1:0 --disable-telemetry --disable-update-check \
    "$@" --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" > "$RUN/server.log" 2>&1 &
  SPID=$!
  disown "$SPID"   # no "Killed" job notice when the exit trap stops it
}

# Set URL once the server log announces it (up to 30 s); URL stays empty when the server dies or is slow.
wait_for_url() {
  URL=""
  for _ in $(seq 1 150); do
    URL=$(grep -o 'HTTP server listening on http://[0-9.:]*' "$RUN/server.log" | awk '{print $5}') && [ -n "$URL" ] && break
    kill -0 "$SPID" 2>/dev/null || break
    sleep 0.2
  done
}

# For the exit trap: stop the server's process group, then drop the run folder unless RC is not 0 or
# RR_KEEP_RUN is set; $1 is what to say when it is kept.
cleanup_run() {
  [ -n "$SPID" ] && { kill -- "-$SPID" 2>/dev/null; sleep 0.5; kill -9 -- "-$SPID" 2>/dev/null; }
  if [ "$RC" = 0 ] && [ -z "${RR_KEEP_RUN:-}" ]; then rm -rf "$RUN"; else echo "$1" >&2; fi
}

# Run the extension-test payload (run-ext-tests.js) against the server at URL with a hard limit of
# TIMEOUT_S; its status is the runner's (124 on timeout). The driver has its own timeout 15 s earlier (it
# screenshots the hung workbench); `timeout` is the backstop.
run_ext_tests() {
  TEST_TIMEOUT_MS=$(( (TIMEOUT_S - 15) * 1000 )) SHOT_ON_TIMEOUT="$RUN/timeout.png" \
    timeout --kill-after=10 "$TIMEOUT_S" "$NODE24_BIN/node" "$HERE/run-ext-tests.js" --url "$URL" "$@"
}
