#!/usr/bin/env bash
# npm run screenshots: package the extension as a .vsix, install it into a fresh code-server (real VS Code
# 1.139 server build), open a folder and let shoot.js drive the UI in headless chromium, writing PNGs.
#
#   bash scripts/vscode-host/screenshots.sh [folder]      # default: examples/
# Env: RR_SHOTS_OUT (default docs/images), RR_SCENES (scene module, default scripts/vscode-host/scenes.js),
#      RR_SCENE=name1,name2 (only these scenes), DEPS, RR_KEEP_RUN=1, RR_SHOTS_TIMEOUT_S (default 600).
# Expects dist/ to be built (npm run screenshots builds first). The folder is copied, so scenes may edit files.
set -euo pipefail
exec </dev/null
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DEPS=${DEPS:-$HOME/.cache/vscode-host}
NODE24_BIN=$DEPS/node24/node_modules/node/bin
CODE_SERVER=$DEPS/cs/node_modules/.bin/code-server
FOLDER=$(cd "${1:-$ROOT/examples}" && pwd)
OUT=${RR_SHOTS_OUT:-$ROOT/docs/images}
SCENES=${RR_SCENES:-$HERE/scenes.js}

[ -x "$CODE_SERVER" ] && [ -d "$DEPS/tools/node_modules/playwright-core" ] ||
  { echo "code-server test host not installed in $DEPS: run 'npm run setup:host'" >&2; exit 2; }
[ -f "$ROOT/dist/extension.js" ] || { echo "dist/extension.js missing: run 'npm run build' first" >&2; exit 2; }

mkdir -p "$DEPS/run" "$OUT"
RUN=$(mktemp -d "$DEPS/run/shots-XXXXXX")
mkdir -p "$RUN/ud/User" "$RUN/exts" "$RUN/ws"
SPID=""
RC=1
cleanup() {
  [ -n "$SPID" ] && { kill -- "-$SPID" 2>/dev/null; sleep 0.5; kill -9 -- "-$SPID" 2>/dev/null; }
  if [ "$RC" = 0 ] && [ -z "${RR_KEEP_RUN:-}" ]; then rm -rf "$RUN"; else echo "run folder kept: $RUN" >&2; fi
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$RUN/xdg-config XDG_DATA_HOME=$RUN/xdg-data XDG_CACHE_HOME=$RUN/xdg-cache
export PATH="$NODE24_BIN:$PATH"

# The real artefact a user installs, not the development folder.
echo "packaging the .vsix"
(cd "$ROOT" && node_modules/.bin/vsce package --no-dependencies -o "$RUN/extension.vsix")
"$CODE_SERVER" --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" --install-extension "$RUN/extension.vsix"

cp -r "$FOLDER" "$RUN/ws/"
WS=$RUN/ws/$(basename "$FOLDER")
# Calm, reproducible pictures: no welcome page, no chat sidebar, no tips or trust prompt.
cat > "$RUN/ud/User/settings.json" <<'EOF'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "telemetry.telemetryLevel": "off",
  "update.showReleaseNotes": false,
  "editor.minimap.enabled": false
}
EOF

setsid "$CODE_SERVER" --auth none --bind-addr 127.0.0.1:0 --disable-telemetry --disable-update-check \
  --disable-workspace-trust --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" > "$RUN/server.log" 2>&1 &
SPID=$!
disown "$SPID"   # no "Killed" job notice when the exit trap stops it
URL=""
for _ in $(seq 1 150); do
  URL=$(grep -o 'HTTP server listening on http://[0-9.:]*' "$RUN/server.log" | awk '{print $5}') && [ -n "$URL" ] && break
  kill -0 "$SPID" 2>/dev/null || break
  sleep 0.2
done
[ -n "$URL" ] || { echo "code-server did not start:"; cat "$RUN/server.log"; exit 3; } >&2

set +e
timeout --kill-after=10 "${RR_SHOTS_TIMEOUT_S:-600}" node "$HERE/shoot.js" --url "$URL" --folder "$WS" --out "$OUT" --scenes "$SCENES" --debug "$RUN"
RC=$?
exit $RC
