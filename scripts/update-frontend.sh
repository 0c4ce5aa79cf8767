#!/usr/bin/env bash
# Builds Ascent's stylesheet from GOV.UK Frontend (npm) and copies its script and assets into wwwroot,
# so that running Ascent needs no Node. Run after changing a version in package.json, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
dest=src/Ascent.Web/wwwroot/lib/govuk-frontend
rm -rf "$dest"
mkdir -p "$dest/assets"
src=node_modules/govuk-frontend/dist/govuk
cp "$src/govuk-frontend.min.js" "$dest/"
# Not the GDS Transport fonts: they are for GOV.UK services only, and Ascent uses Arial.
cp -r "$src/assets/images" "$dest/assets/images"
cp "$src/assets/manifest.json" "$dest/assets/"
npx sass --pkg-importer=node --no-source-map --style=compressed --quiet-deps \
  src/Ascent.Web/Styles/ascent.scss src/Ascent.Web/wwwroot/css/ascent.css
echo "GOV.UK Frontend $(node -p "require('./node_modules/govuk-frontend/package.json').version") built into wwwroot"
