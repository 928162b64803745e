#!/usr/bin/env bash
# Runs every test of KioskGuide: unit, component, storage and real-browser tests.
# Installs what the tests need first. Screenshots and other output land in test-output/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-test-deps.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results=test-output/results
rm -rf "$results"
mkdir -p "$results"

dotnet build KioskGuide.sln -c Release -nologo -v quiet

status=0
# One project at a time, each with its own TRX file, so no result file can overwrite another.
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=$?
done

# One summary over all test projects, from the TRX files. A skipped test counts as a failure:
# a test that cannot run must say so, not pass silently.
python3 - "$results" <<'PY' || status=1
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        outcome = result.get("outcome")
        if outcome == "Passed": passed += 1
        elif outcome == "NotExecuted": skipped += 1; print("SKIPPED (counts as failed):", result.get("testName"))
        else: failed += 1; print("FAILED:", result.get("testName"))
print(f"{passed} passed, {failed + skipped} failed")
sys.exit(1 if failed or skipped or passed == 0 else 0)
PY
exit $status
