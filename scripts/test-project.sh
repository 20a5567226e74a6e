#!/usr/bin/env bash
# Runs one test project (optionally filtered) the way the suite does: in a loopback-only network
# namespace where the machine allows it, against a fresh in-memory Azurite. For quick iteration;
# scripts/test.sh stays the one command that runs everything.
# Usage: bash scripts/test-project.sh tests/TeamsCrm.Storage.Tests ["FullyQualifiedName~Outbox"]
set -euo pipefail
cd "$(dirname "$0")/.."
project="$1"; filter="${2:-}"
[ -d node_modules ] || bash scripts/install.sh
bash scripts/install-chromium.sh
dotnet build "$project" -c Release -warnaserror -nologo -clp:ErrorsOnly
run="set -uo pipefail
work=\$(mktemp -d /tmp/teamscrm-project.XXXXXX)
pid=\$(bash scripts/azurite.sh \"\$work/azurite\" 10002 10001 --in-memory) || exit 1
trap 'kill \$pid 2>/dev/null; rm -rf \"\$work\"' EXIT
export TEAMSCRM_ROOT=\"\$(pwd)\" TEAMSCRM_TEST_WORK=\"\$work\" DOTNET_CLI_TELEMETRY_OPTOUT=1 APPLICATION_INSIGHTS_NO_STATSBEAT=true
export TEAMSCRM_TEST_STORAGE=\"\$(bash scripts/storage-connection.sh 10002 10001)\"
dotnet test \"$project\" -c Release --no-build --nologo ${filter:+--filter \"$filter\"}"
if unshare -rn true 2>/dev/null; then
  TEAMSCRM_NETNS=1 exec unshare -rn bash -c "ip link set lo up && $run"
fi
echo "Network namespaces are not available here: running without network isolation." >&2
exec bash -c "$run"
