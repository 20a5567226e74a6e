#!/usr/bin/env bash
# Every xunit project of the solution (unit, Azurite-backed, end-to-end).
# Appends "passed failed" to $TEAMSCRM_TEST_SUMMARY.
set -uo pipefail
log="$TEAMSCRM_TEST_WORK/dotnet-test.log"
dotnet test TeamsCrm.sln -c Release --no-build --nologo 2>&1 | tee "$log"
code=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "$passed $failed" >>"$TEAMSCRM_TEST_SUMMARY"
exit "$code"
