#!/usr/bin/env bash
# The Teams app package: built from appPackage/ with sample values and validated offline against
# the bundled official Teams schemas plus the checks the schema does not make; every check is
# also shown to fail on a broken package. Appends "passed failed" to $TEAMSCRM_TEST_SUMMARY.
set -uo pipefail
cd "$TEAMSCRM_ROOT"
log="$TEAMSCRM_TEST_WORK/app-package-test.log"
node --test --test-reporter=tap tools/app-package/test/*.test.mjs >"$log" 2>&1
code=$?
grep -E '^not ok|^ +not ok|^# (tests|pass|fail)' "$log"
passed=$(grep -oE '^# pass [0-9]+' "$log" | awk '{print $3}' | tail -1)
failed=$(grep -oE '^# fail [0-9]+' "$log" | awk '{print $3}' | tail -1)
if [ -z "$passed" ] || [ -z "$failed" ]; then
  cat "$log"
  echo "0 1" >>"$TEAMSCRM_TEST_SUMMARY"
  exit 1
fi
echo "$passed $failed" >>"$TEAMSCRM_TEST_SUMMARY"
if [ "$code" -ne 0 ]; then cat "$log"; fi
exit "$code"
