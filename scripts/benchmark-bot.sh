#!/usr/bin/env bash
# Invoke load benchmark: concurrent users clicking card actions against the real app (Release, Kestrel on
# loopback, channel tokens validated) with a private in-memory Azurite, and the storage floor of a refresh
# in the same run. Prints a Markdown table (the figures in docs/performance.md come from this command).
# Options go to the harness: --users 50 --invokes 3600 --rounds 3 --warmup 500 (the defaults).
# --mode search: the message extension's search instead (one-user pairs vs the bot's name search, then load vs its floor).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/TeamsCrm.Bot.LoadBenchmarks -c Release -nologo -clp:ErrorsOnly
work="$(mktemp -d /tmp/teamscrm-bench-bot.XXXXXX)"
azurite_pid=""
cleanup() {
  # The harness kills the app itself; this covers a harness that died first.
  if [ -f "$work/app.pid" ]; then kill "$(cat "$work/app.pid")" 2>/dev/null || true; fi
  if [ -n "$azurite_pid" ]; then kill "$azurite_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# Azurite closes idle connections after 5 s by default; the harness alternates invoke and floor blocks of
# 10-60 s, so every block would start with 150 new connections at once and measure that burst, not the steady
# state (Azure Table Storage and steady traffic keep connections open).
azurite_pid=$(bash scripts/azurite.sh "$work/azurite" 20302 20301 --in-memory --tableKeepAliveTimeout 600)
TEAMSCRM_ROOT="$(pwd)" TEAMSCRM_BENCH_WORK="$work" TEAMSCRM_BENCH_AZURITE_PID="$azurite_pid" DOTNET_CLI_TELEMETRY_OPTOUT=1 \
TEAMSCRM_TEST_STORAGE="$(bash scripts/storage-connection.sh 20302 20301)" \
  dotnet tests/TeamsCrm.Bot.LoadBenchmarks/bin/Release/net10.0/TeamsCrm.Bot.LoadBenchmarks.dll "$@"
