#!/usr/bin/env bash
# Starts Azurite (Table and Queue service) on loopback in the background.
# Usage: scripts/azurite.sh <data-folder> <table-port> <queue-port> [--in-memory] [further Azurite options]
# Prints the PID; the log is <data-folder>/azurite.log.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$1"; table_port="$2"; queue_port="$3"; shift 3
mkdir -p "$data"
persistence=(--location "$data")
if [ "${1:-}" = "--in-memory" ]; then persistence=(--inMemoryPersistence); shift; fi
"$root/node_modules/.bin/azurite" --silent --skipApiVersionCheck --disableTelemetry \
  "${persistence[@]}" \
  --blobHost 127.0.0.1 --blobPort 0 \
  --tableHost 127.0.0.1 --tablePort "$table_port" \
  --queueHost 127.0.0.1 --queuePort "$queue_port" \
  "$@" >"$data/azurite.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  if (echo >"/dev/tcp/127.0.0.1/$table_port") 2>/dev/null && (echo >"/dev/tcp/127.0.0.1/$queue_port") 2>/dev/null; then
    echo "$pid"; exit 0
  fi
  sleep 0.2
done
echo "Azurite did not start; see $data/azurite.log" >&2
cat "$data/azurite.log" >&2 || true
exit 1
