#!/usr/bin/env bash
# Stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
# VS Code desktop cannot be downloaded on our offline machines; code-server (VS Code server build with
# the real Node extension host) can. runTests spawns this script as
#   <this> [launchArgs: folder or .code-workspace] --no-sandbox ... --extensionTestsPath=X
#          --extensionDevelopmentPath=Y [--user-data-dir=... --extensions-dir=...]
# It starts code-server, opens the workbench in headless chromium with an extension-test payload
# (run-ext-tests.js) and exits with the test runner's exit code.
#
# Env: DEPS (installs, default ~/.cache/vscode-host), RR_TEST_RESTRICTED=1 (workspace NOT trusted:
#      restricted mode), RR_TEST_TIMEOUT_S (hard limit for the whole run, default 600),
#      RR_KEEP_RUN=1 (keep the run folder with logs even on success), VERBOSE=1 (browser console too).
set -uo pipefail
exec </dev/null
HERE=$(cd "$(dirname "$0")" && pwd)
DEPS=${DEPS:-$HOME/.cache/vscode-host}
NODE24_BIN=$DEPS/node24/node_modules/node/bin
CODE_SERVER=$DEPS/cs/node_modules/.bin/code-server
TIMEOUT_S=${RR_TEST_TIMEOUT_S:-600}

DEV=() TESTS="" TARGET=""
for a in "$@"; do
  case "$a" in
    --extensionDevelopmentPath=*) DEV+=("${a#*=}") ;;
    --extensionTestsPath=*) TESTS="${a#*=}" ;;
    # test-electron's --user-data-dir/--extensions-dir point into .vscode-test/ and would carry state
    # between runs; every run gets fresh ones instead (hermetic).
    --*) ;;   # --no-sandbox, --disable-updates, --disable-workspace-trust, ...: desktop-only or decided below
    *) TARGET="$a" ;;
  esac
done
[ ${#DEV[@]} -gt 0 ] && [ -n "$TESTS" ] || { echo "usage: $0 [folder] --extensionDevelopmentPath=P --extensionTestsPath=T" >&2; exit 2; }
[ -x "$CODE_SERVER" ] && [ -x "$NODE24_BIN/node" ] && [ -d "$DEPS/tools/node_modules/playwright-core" ] ||
  { echo "code-server test host not installed in $DEPS: run 'npm run setup:host'" >&2; exit 2; }

mkdir -p "$DEPS/run"
RUNDIR=$(mktemp -d "$DEPS/run/test-XXXXXX")
mkdir -p "$RUNDIR/ud/User" "$RUNDIR/exts"

TRUST_ARGS=(--disable-workspace-trust)
SETTINGS='{ "workbench.startupEditor": "none", "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false, "telemetry.telemetryLevel": "off" }'
if [ "${RR_TEST_RESTRICTED:-}" = 1 ]; then
  # Workspace trust on, and no startup prompt: the folder simply stays untrusted (restricted mode)
  # instead of a modal "Do you trust the authors?" dialog waiting for a click.
  TRUST_ARGS=()
  SETTINGS='{ "workbench.startupEditor": "none", "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false, "telemetry.telemetryLevel": "off", "security.workspace.trust.enabled": true, "security.workspace.trust.startupPrompt": "never", "security.workspace.trust.untrustedFiles": "open" }'
fi
printf '%s\n' "$SETTINGS" > "$RUNDIR/ud/User/settings.json"

# XDG dirs: code-server writes ~/.config/code-server and ~/.local/share/code-server otherwise.
# setsid: own process group, so the exit trap stops the server and everything it spawned
# (extension hosts, file watcher, pty host) - a plain kill leaves the watcher behind.
XDG_CONFIG_HOME=$RUNDIR/xdg-config XDG_DATA_HOME=$RUNDIR/xdg-data XDG_CACHE_HOME=$RUNDIR/xdg-cache \
PATH="$NODE24_BIN:$PATH" setsid "$CODE_SERVER" --auth none --bind-addr 127.0.0.1:0 \
  --disable-telemetry --disable-update-check "${TRUST_ARGS[@]}" \
  --vscode-option enable-smoke-test-driver \
  --user-data-dir "$RUNDIR/ud" --extensions-dir "$RUNDIR/exts" > "$RUNDIR/server.log" 2>&1 &
SPID=$!
disown "$SPID"   # no "Killed" job notice when the exit trap stops it
RC=1
cleanup() {
  kill -- "-$SPID" 2>/dev/null
  sleep 0.5; kill -9 -- "-$SPID" 2>/dev/null
  if [ "$RC" = 0 ] && [ -z "${RR_KEEP_RUN:-}" ]; then rm -rf "$RUNDIR"
  else echo "code-server logs kept in $RUNDIR (server.log, ud/logs/)" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --enable-smoke-test-driver: without it a built workbench silently ignores the payload's test entries.
URL=""
for _ in $(seq 1 150); do
  URL=$(grep -o 'HTTP server listening on http://[0-9.:]*' "$RUNDIR/server.log" | awk '{print $5}') && [ -n "$URL" ] && break
  kill -0 "$SPID" 2>/dev/null || break
  sleep 0.2
done
[ -n "$URL" ] || { echo "code-server did not start:"; cat "$RUNDIR/server.log"; exit 3; } >&2

DEV_ARGS=()
for d in "${DEV[@]}"; do DEV_ARGS+=(--dev "$d"); done
# The driver has its own timeout (it screenshots the hung workbench); `timeout` is the backstop.
TEST_TIMEOUT_MS=$(( (TIMEOUT_S - 15) * 1000 )) SHOT_ON_TIMEOUT="$RUNDIR/timeout.png" \
  timeout --kill-after=10 "$TIMEOUT_S" "$NODE24_BIN/node" "$HERE/run-ext-tests.js" \
    --url "$URL" "${DEV_ARGS[@]}" --tests "$TESTS" ${TARGET:+--open "$TARGET"}
RC=$?
[ "$RC" = 124 ] && echo "integration tests timed out after ${TIMEOUT_S}s" >&2
exit $RC
