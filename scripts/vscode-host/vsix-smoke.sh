#!/usr/bin/env bash
# npm run test:vsix: the packaged .vsix, installed the way a user installs it, works.
#   1. `code-server --install-extension <vsix>` into a fresh extensions folder (fails on a broken package);
#   2. the installed folder holds only what runs (no sources, tests, node_modules or source maps);
#   3. code-server (VS Code 1.139 server + real Node extension host) opens a copy of examples/ and the
#      payload in vsix-smoke/ checks, inside the extension host, that the INSTALLED extension activated by
#      itself, registered its commands, publishes the diagnostics the CLI reports for the examples and
#      opens a rule's page from its own files (every docs/rules page must be in the package).
# Exit 0 when all of that holds, 1 when not, 2 when the host is not installed.
#
#   bash scripts/vscode-host/vsix-smoke.sh [file.vsix]     # default: dist/ai-release-readiness.vsix
# Env: DEPS, RR_KEEP_RUN=1 (keep the run folder), RR_VSIX_TIMEOUT_S (default 300), VERBOSE=1.
# Only one code-server should run at a time on a small machine: this waits (up to 10 min) until none runs.
set -uo pipefail
exec </dev/null
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
VSIX=$(realpath "${1:-$ROOT/dist/ai-release-readiness.vsix}" 2>/dev/null) || VSIX=""
TIMEOUT_S=${RR_VSIX_TIMEOUT_S:-300}
ID=ai-release-readiness.ai-release-readiness

require_host node24
[ -n "$VSIX" ] && [ -f "$VSIX" ] || { echo "no .vsix at ${1:-dist/ai-release-readiness.vsix}: run 'npm run package' first" >&2; exit 1; }

for _ in $(seq 1 300); do pgrep -f code-server >/dev/null || break; [ "$_" = 1 ] && echo "waiting for the running code-server to finish"; sleep 2; done

new_run_dir vsix
mkdir -p "$RUN/ws"
SPID=""
RC=1
trap 'cleanup_run "run folder kept: $RUN (server.log, ud/logs/)"; exit $RC' EXIT
trap 'exit 130' INT TERM
export_run_env
fail() { echo "FAIL: $*" >&2; RC=1; exit 1; }

echo "== $(basename "$VSIX"): $(stat -c %s "$VSIX") bytes"
"$CODE_SERVER" --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" --install-extension "$VSIX" 2>&1 | tee "$RUN/install.log"
grep -q "was successfully installed" "$RUN/install.log" || fail "--install-extension did not install the .vsix"
EXT_DIR=$(find "$RUN/exts" -mindepth 1 -maxdepth 1 -type d -name "$ID-*" | head -1)
[ -n "$EXT_DIR" ] || fail "no $ID-* folder in the extensions folder"
echo "ok - installed into $(basename "$EXT_DIR")"

# Only what runs: the bundles (and the SPDX license texts loaded on demand), media, grammar, schema, rule docs, README, LICENSE, CHANGELOG (vsce stores
# readme.md and changelog.md in lower case, LICENSE as LICENSE.txt).
(cd "$EXT_DIR" && find . -type f | sed 's|^\./||' | sort) > "$RUN/files.txt"
[ -f "$EXT_DIR/dist/extension.js" ] || fail "dist/extension.js missing from the package"
[ -f "$EXT_DIR/dist/web/extension.js" ] || fail "dist/web/extension.js (the web-worker build) missing from the package"
for f in package.json README.md CHANGELOG.md LICENSE.txt schemas/release-manifest.schema.json syntaxes/release-manifest.tmLanguage.json media/checklist.svg; do
  grep -qix "$f" "$RUN/files.txt" || fail "$f missing from the package"
done
# Every rule page ships: "Show documentation" opens them from the installed extension, offline.
for f in "$ROOT"/docs/rules/*.md; do
  grep -qx "docs/rules/$(basename "$f")" "$RUN/files.txt" || fail "docs/rules/$(basename "$f") missing from the package"
done
unexpected=$(grep -viE '^(package\.json|README\.md|CHANGELOG\.md|LICENSE\.txt|language-configuration\.json|dist/extension\.js|dist/spdx-license-texts\.js|dist/web/extension\.js|media/[^/]+|syntaxes/[^/]+|schemas/[^/]+|docs/rules/[^/]+\.md|\.vsixmanifest)$' "$RUN/files.txt")
[ -z "$unexpected" ] || fail "files in the package that do not run:"$'\n'"$unexpected"
echo "ok - the package holds only what runs ($(wc -l < "$RUN/files.txt") files)"

cp -r "$ROOT/examples" "$RUN/ws/"
printf '%s\n' '{ "workbench.startupEditor": "none", "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false, "telemetry.telemetryLevel": "off" }' > "$RUN/ud/User/settings.json"
# --enable-smoke-test-driver: the workbench runs the payload's extension tests only with it.
RR_VSIX_EXTS_DIR=$RUN/exts start_server --disable-workspace-trust --vscode-option enable-smoke-test-driver
wait_for_url
[ -n "$URL" ] || { cat "$RUN/server.log" >&2; fail "code-server did not start"; }

# The payload rides on a stub extension that contributes nothing (run-ext-tests.js needs one --dev path);
# the extension under test is the installed one.
run_ext_tests --dev "$HERE/vsix-smoke" --tests "$HERE/vsix-smoke/index.js" --open "$RUN/ws/examples"
RC=$?
[ "$RC" = 124 ] && echo "vsix smoke test timed out after ${TIMEOUT_S}s" >&2
[ "$RC" = 0 ] && echo "vsix smoke test: PASS" || echo "vsix smoke test: FAIL (exit $RC)" >&2
[ "$RC" = 0 ] || RC=1
exit $RC
