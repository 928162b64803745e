#!/usr/bin/env bash
# "A month alone, measured": citizen sessions in Debian's Chromium against one kiosk host process; prints the host's
# RSS, threads and open handles every 100 sessions and the cold start (median of 5). Default 1,000 sessions.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/KioskGuide.Soak -c Release -nologo -v quiet
dotnet bench/KioskGuide.Soak/bin/Release/net10.0/KioskGuide.Soak.dll "$@"
