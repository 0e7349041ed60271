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
. "$HERE/lib.sh"
FOLDER=$(cd "${1:-$ROOT/examples}" && pwd)
OUT=${RR_SHOTS_OUT:-$ROOT/docs/images}
SCENES=${RR_SCENES:-$HERE/scenes.js}

require_host
[ -f "$ROOT/dist/extension.js" ] || { echo "dist/extension.js missing: run 'npm run build' first" >&2; exit 2; }

mkdir -p "$OUT"
new_run_dir shots
mkdir -p "$RUN/ws"
SPID=""
RC=1
trap 'cleanup_run "run folder kept: $RUN"' EXIT
export_run_env

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

start_server --disable-workspace-trust
wait_for_url
[ -n "$URL" ] || { echo "code-server did not start:"; cat "$RUN/server.log"; exit 3; } >&2

set +e
timeout --kill-after=10 "${RR_SHOTS_TIMEOUT_S:-600}" node "$HERE/shoot.js" --url "$URL" --folder "$WS" --out "$OUT" --scenes "$SCENES" --debug "$RUN"
RC=$?
exit $RC
