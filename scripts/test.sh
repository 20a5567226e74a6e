#!/usr/bin/env bash
# The whole test suite: installs what it needs, builds with warnings as errors, checks the formatting, then runs every
# step in scripts/test-steps/ in a loopback-only network namespace (where the machine allows it),
# with a fresh in-memory Azurite started for the run. Prints "N passed, N failed" at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install.sh
bash scripts/install-chromium.sh
dotnet build TeamsCrm.sln -c Release --no-restore -warnaserror -nologo -clp:ErrorsOnly
# The build enforces the style rules (.editorconfig); using order is checked here, as `dotnet format` writes it.
dotnet format TeamsCrm.sln --verify-no-changes --no-restore --verbosity quiet \
  || { echo "Formatting differs from 'dotnet format TeamsCrm.sln': run it and commit the result." >&2; exit 1; }

if [ "${TEAMSCRM_NO_NETNS:-}" != "1" ] && unshare -rn true 2>/dev/null; then
  echo "Running tests in a loopback-only network namespace."
  TEAMSCRM_NETNS=1 exec unshare -rn bash -c "ip link set lo up && exec bash scripts/test-in-sandbox.sh"
fi
echo "Network namespaces are not available here: running tests without network isolation." >&2
exec bash scripts/test-in-sandbox.sh
