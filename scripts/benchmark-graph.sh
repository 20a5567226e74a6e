#!/usr/bin/env bash
# The customer card with its Microsoft Graph context: starts a private in-memory Azurite, runs the harness in
# Release against a loopback Graph stub answering after 100 ms, prints a Markdown table (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/TeamsCrm.Graph.Benchmarks -c Release -nologo -clp:ErrorsOnly
work="$(mktemp -d /tmp/teamscrm-graph-bench.XXXXXX)"
pid=$(bash scripts/azurite.sh "$work/azurite" 20212 20211 --in-memory)
trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
TEAMSCRM_TEST_STORAGE="$(bash scripts/storage-connection.sh 20212 20211)" \
  dotnet tests/TeamsCrm.Graph.Benchmarks/bin/Release/net10.0/TeamsCrm.Graph.Benchmarks.dll
