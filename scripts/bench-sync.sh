#!/usr/bin/env bash
# Prints KioskGuide's sync figures over 10,000 offers: full and incremental sync (time and bytes), the idle
# poll, and the central server's conditional-GET throughput under wrk (loopback only, 8 s per run).
# Installs wrk from Debian when missing. Never fails on a figure, only on an error.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  echo "bench-sync: installing wrk"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
exec dotnet run -c Release --project bench/KioskGuide.Sync.Benchmarks
