#!/usr/bin/env bash
# The durability proof of issue 4 at full length: the kiosk outbox driver is SIGKILLed at a random point in
# each of 1,000 runs while the central server is SIGKILLed and
# restarted, down about half the runs; then the kiosk drains its outbox and the server's database is compared
# with what the kiosk confirmed.
# Usage: scripts/bench-input.sh [runs] [seed]   (default 1000 runs, random seed). Takes about 5 minutes on 2 cores.
# Ends with one line "… lost=N duplicated=N"; exits 1 unless both are 0.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
runs="${1:-1000}"
seed_args=()
[ -n "${2:-}" ] && seed_args=(--seed "$2")
dotnet build bench/KioskGuide.InputDurability -c Release -nologo -v quiet -clp:NoSummary
exec dotnet bench/KioskGuide.InputDurability/bin/Release/net10.0/KioskGuide.InputDurability.dll run --cycles "$runs" "${seed_args[@]}"
