#!/usr/bin/env bash
# Copies the web app's front-end assets from npm (package.json, pinned) into
# rathaus/web/static/vendor/, where they are committed: the app needs no npm and no CDN
# at run time. Run again after changing a version in package.json.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
v=rathaus/web/static/vendor
rm -rf "$v" && mkdir -p "$v/leaflet" "$v/swagger-ui"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css \
   node_modules/leaflet/LICENSE "$v/leaflet/"
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
   node_modules/swagger-ui-dist/LICENSE "$v/swagger-ui/"
echo "vendored: $(du -sh "$v" | cut -f1) in $v"
