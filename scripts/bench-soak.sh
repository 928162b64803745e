#!/usr/bin/env bash
# "A month alone, measured": cold starts of the shipped kiosk host (median of 5), then citizen sessions in Debian's
# Chromium against one host whose clock crosses midnight, summer time and two closing days, then hostile feeds
# (200 MB body, gzip bomb, truncated pages, error storm) against a fresh host syncing from the real central server.
# Prints the host's own RSS, managed heap, threads and open handles. Default 1,000 sessions (about an hour).
# Options: --sessions N, --cold-starts N, --hostile-seconds N (per hostile kind; default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/KioskGuide.Soak -c Release -nologo -v quiet
# Cold starts run the kiosk as README's deploy step publishes it (self-contained, ready-to-run).
published=test-output/published-kiosk
dotnet publish src/KioskGuide.Kiosk -c Release -r linux-x64 --self-contained -nologo -v quiet -o "$published"
dotnet bench/KioskGuide.Soak/bin/Release/net10.0/KioskGuide.Soak.dll --published "$PWD/$published" "$@"
