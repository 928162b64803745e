#!/usr/bin/env bash
# Prints KioskGuide's printing figures: leaflet PDF and preview times (p50/p95), file sizes and what
# the fonts cost, and the 1,000-offer catalogue. Never fails on a figure, only on an error.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
exec dotnet run -c Release --project bench/KioskGuide.Print.Benchmarks -- "$@"
