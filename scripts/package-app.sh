#!/usr/bin/env bash
# Builds the Teams app package for an environment into appPackage/build/ (git-ignored):
#   bash scripts/package-app.sh dev      -> appPackage/build/appPackage.dev.zip
# Values come from appPackage/env/.env.<env>; variables set in the environment win, so after
# `azd up` this works:  eval "$(azd env get-values)" && bash scripts/package-app.sh dev
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/@microsoft/app-manifest ] || npm ci --no-audit --no-fund --loglevel=error
exec node tools/app-package/build-package.mjs "${1:?usage: scripts/package-app.sh <env>}"
