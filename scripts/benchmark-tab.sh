#!/usr/bin/env bash
# The tab's account workspace in Debian's Chromium against the real app (Release) and a private in-memory Azurite:
# time to first render and bytes of a cold first load, server memory per connected user, and the storage floor of
# the same run. Prints a Markdown table (docs/performance.md). Installs Chromium first when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-chromium.sh
dotnet build tests/TeamsCrm.Tab.Benchmarks -c Release -nologo -clp:ErrorsOnly
work="$(mktemp -d /tmp/teamscrm-tab-bench.XXXXXX)"
pid=$(bash scripts/azurite.sh "$work/azurite" 20412 20411 --in-memory)
trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
TEAMSCRM_ROOT="$(pwd)" DOTNET_CLI_TELEMETRY_OPTOUT=1 TEAMSCRM_TEST_STORAGE="$(bash scripts/storage-connection.sh 20412 20411)" \
  dotnet tests/TeamsCrm.Tab.Benchmarks/bin/Release/net10.0/TeamsCrm.Tab.Benchmarks.dll
