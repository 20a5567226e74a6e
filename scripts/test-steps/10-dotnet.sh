#!/usr/bin/env bash
# Every xunit project of the solution (unit, Azurite-backed, end-to-end).
# Appends "passed failed" to $TEAMSCRM_TEST_SUMMARY. Ends by repeating every failed test with its message and the
# first lines of its stack, so the last lines of a long run say what failed.
set -uo pipefail
log="$TEAMSCRM_TEST_WORK/dotnet-test.log"
dotnet test TeamsCrm.sln -c Release --no-build --nologo 2>&1 | tee "$log"
code=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "$passed $failed" >>"$TEAMSCRM_TEST_SUMMARY"
if [ "$failed" -gt 0 ]; then
  echo "== failed tests (repeated from above)"
  grep -E -A 12 '^ +Failed [A-Za-z_]' "$log" | cut -c 1-300
fi
exit "$code"
