#!/usr/bin/env bash
# Runs TeamsCrm for local use: installs what it needs, starts Azurite (data in .local/azurite),
# the app on http://localhost:3978 (Development, demo data seeded on first start) and the
# Microsoft 365 Agents Playground on http://localhost:56150. Ctrl+C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

bash scripts/install.sh
dotnet build src/TeamsCrm.Web/TeamsCrm.Web.csproj --no-restore -nologo -clp:ErrorsOnly

mkdir -p .local
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

pids+=("$(bash scripts/azurite.sh "$root/.local/azurite" 10002 10001)")
echo "Azurite: tables on http://127.0.0.1:10002, data in .local/azurite"

ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://localhost:3978 \
  Bot__ProactiveServiceUrl=http://localhost:56150/_connector/ \
  dotnet run --project src/TeamsCrm.Web --no-build --no-launch-profile >.local/app.log 2>&1 &
pids+=("$!")
for _ in $(seq 1 120); do
  curl -fs http://localhost:3978/health >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs http://localhost:3978/health >/dev/null || { echo "The app did not become healthy; see .local/app.log" >&2; exit 1; }
echo "App: http://localhost:3978 (log in .local/app.log)"
echo "Tab: http://localhost:3978/tab/me (choose a demo person; the account workspace is /tab/accounts/{id})"

# The Agents Playground must never send telemetry: both switches, always.
(cd .local && APPLICATION_INSIGHTS_NO_STATSBEAT=true TEAMSAPPTESTER_BROWSER=none \
  M365_AGENTS_PLAYGROUND_CONFIG_PATH="$root/.m365agentsplayground.yml" \
  "$root/node_modules/.bin/agentsplayground" -e http://127.0.0.1:3978/api/messages -c msteams \
  -p 56150 --disable-telemetry >"$root/.local/playground.log" 2>&1) &
pids+=("$!")
echo "Agents Playground: http://localhost:56150 (log in .local/playground.log)"
echo "Press Ctrl+C to stop."
wait
