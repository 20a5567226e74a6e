#!/usr/bin/env bash
# Runs the test steps against a fresh Azurite. Called by scripts/test.sh after the build.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

work="$(mktemp -d /tmp/teamscrm-test.XXXXXX)"
table_port=10002
queue_port=10001
if [ -z "${TEAMSCRM_NETNS:-}" ] && (echo >"/dev/tcp/127.0.0.1/$table_port") 2>/dev/null; then
  table_port=20102; queue_port=20101
fi
azurite_pid=$(bash scripts/azurite.sh "$work/azurite" "$table_port" "$queue_port" --in-memory) || exit 1
trap 'kill "$azurite_pid" 2>/dev/null; rm -rf "$work"' EXIT

export TEAMSCRM_ROOT="$root"
export TEAMSCRM_TEST_WORK="$work"
export TEAMSCRM_TEST_STORAGE="$(bash scripts/storage-connection.sh "$table_port" "$queue_port")"
export TEAMSCRM_TEST_SUMMARY="$work/summary.txt"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export APPLICATION_INSIGHTS_NO_STATSBEAT=true
: >"$TEAMSCRM_TEST_SUMMARY"

status=0
for step in scripts/test-steps/*.sh; do
  echo "== ${step##*/}"
  if ! bash "$step"; then
    echo "FAILED: ${step##*/}"
    status=1
  fi
done

passed=$(awk '{p+=$1} END {print p+0}' "$TEAMSCRM_TEST_SUMMARY")
failed=$(awk '{f+=$2} END {print f+0}' "$TEAMSCRM_TEST_SUMMARY")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "tests: $passed passed, $failed failed"
exit "$status"
