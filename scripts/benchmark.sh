#!/usr/bin/env bash
# Storage benchmarks: starts a private in-memory Azurite, runs the harness in Release, prints a
# Markdown table (the figures in docs/performance.md come from this command).
# --scoring: the deal score benchmark (scoring one deal with the model loaded; no storage needed).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/TeamsCrm.Storage.Benchmarks -c Release -nologo -clp:ErrorsOnly
work="$(mktemp -d /tmp/teamscrm-bench.XXXXXX)"
pid=$(bash scripts/azurite.sh "$work/azurite" 20202 20201 --in-memory)
trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
TEAMSCRM_TEST_STORAGE="$(bash scripts/storage-connection.sh 20202 20201)" \
  dotnet tests/TeamsCrm.Storage.Benchmarks/bin/Release/net10.0/TeamsCrm.Storage.Benchmarks.dll "$@"
