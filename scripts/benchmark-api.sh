#!/usr/bin/env bash
# The REST API's account read against its storage floor: the real app (Release, Kestrel on loopback, Entra tokens
# validated against a loopback Entra) with a private in-memory Azurite; GET /api/v1/accounts/{id} and the raw range query
# of the same partition, interleaved one by one in the same run. Prints a Markdown table (docs/performance.md).
# Options go to the harness: --samples 5000 --warmup 1000 (the defaults).
# --mode insights: the pipeline figures of a 10,000-account, 100,000-deal tenant against one account partition
# (tests/TeamsCrm.Api.Benchmarks/Insights; options --samples 1000 --warmup 200 --accounts 10000 --deals 100000 --owners 50).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/TeamsCrm.Api.Benchmarks -c Release -nologo -clp:ErrorsOnly
work="$(mktemp -d /tmp/teamscrm-bench-api.XXXXXX)"
azurite_pid=""
cleanup() {
  # The harness kills the app itself; this covers a harness that died first.
  if [ -f "$work/app.pid" ]; then kill "$(cat "$work/app.pid")" 2>/dev/null || true; fi
  if [ -n "$azurite_pid" ]; then kill "$azurite_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# TEAMSCRM_BENCH_API_PORT: Azurite's table port (the queue port is one below), so two runs on one machine do not share
# one Azurite (a second run's Azurite cannot bind the port, and it would then talk to the first run's).
table_port="${TEAMSCRM_BENCH_API_PORT:-20312}"
azurite_pid=$(bash scripts/azurite.sh "$work/azurite" "$table_port" "$((table_port - 1))" --in-memory --tableKeepAliveTimeout 600)
TEAMSCRM_ROOT="$(pwd)" TEAMSCRM_BENCH_WORK="$work" TEAMSCRM_BENCH_AZURITE_PID="$azurite_pid" DOTNET_CLI_TELEMETRY_OPTOUT=1 \
TEAMSCRM_TEST_STORAGE="$(bash scripts/storage-connection.sh "$table_port" "$((table_port - 1))")" \
  dotnet tests/TeamsCrm.Api.Benchmarks/bin/Release/net10.0/TeamsCrm.Api.Benchmarks.dll "$@"
