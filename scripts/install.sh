#!/usr/bin/env bash
# Installs everything the app and its tests need from the package registries:
# npm packages (Azurite, the Agents Playground, the official validators) and NuGet packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi
dotnet restore TeamsCrm.sln
