#!/usr/bin/env bash
# Prints KioskGuide's performance figures: search in-process and tap latency in Chromium.
# Usage: scripts/bench.sh [search|ui|all|soak [sessions]]   (default: all; soak, memory over many sessions, is not in all). Never fails on a figure, only on an error.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
exec dotnet run -c Release --project bench/KioskGuide.Benchmarks -- "$@"
