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
. "$HERE/lib.sh"
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
require_host node24

new_run_dir test

TRUST_ARGS=(--disable-workspace-trust)
SETTINGS='{ "workbench.startupEditor": "none", "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false, "telemetry.telemetryLevel": "off" }'
if [ "${RR_TEST_RESTRICTED:-}" = 1 ]; then
  # Workspace trust on, and no startup prompt: the folder simply stays untrusted (restricted mode)
  # instead of a modal "Do you trust the authors?" dialog waiting for a click.
  TRUST_ARGS=()
  SETTINGS='{ "workbench.startupEditor": "none", "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false, "telemetry.telemetryLevel": "off", "security.workspace.trust.enabled": true, "security.workspace.trust.startupPrompt": "never", "security.workspace.trust.untrustedFiles": "open" }'
fi
printf '%s\n' "$SETTINGS" > "$RUN/ud/User/settings.json"

# Run-private XDG dirs and Node 24 for the server only: the test driver below keeps this shell's environment.
# --enable-smoke-test-driver: without it a built workbench silently ignores the payload's test entries.
XDG_CONFIG_HOME=$RUN/xdg-config XDG_DATA_HOME=$RUN/xdg-data XDG_CACHE_HOME=$RUN/xdg-cache PATH="$NODE24_BIN:$PATH" \
  start_server "${TRUST_ARGS[@]}" --vscode-option enable-smoke-test-driver
RC=1
trap 'cleanup_run "code-server logs kept in $RUN (server.log, ud/logs/)"' EXIT
trap 'exit 130' INT TERM

wait_for_url
[ -n "$URL" ] || { echo "code-server did not start:"; cat "$RUN/server.log"; exit 3; } >&2

DEV_ARGS=()
for d in "${DEV[@]}"; do DEV_ARGS+=(--dev "$d"); done
run_ext_tests "${DEV_ARGS[@]}" --tests "$TESTS" ${TARGET:+--open "$TARGET"}
RC=$?
[ "$RC" = 124 ] && echo "integration tests timed out after ${TIMEOUT_S}s" >&2
exit $RC
