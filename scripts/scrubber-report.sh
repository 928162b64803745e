#!/usr/bin/env bash
# The free-text scrubber's figures: recall and precision on the development corpus (asserted line by line by
# FreeTextScrubberTests) and on the two held-out corpora (reported only), every sentence it gets wrong, and the
# time per sentence. Never fails on a figure.
# Usage: scripts/scrubber-report.sh [--figures-only] [corpus.txt …]   ("--try" scrubs lines from standard input)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build bench/KioskGuide.Scrubber.Report -c Release -nologo -v quiet -clp:NoSummary
exec dotnet bench/KioskGuide.Scrubber.Report/bin/Release/net10.0/KioskGuide.Scrubber.Report.dll "$@"
