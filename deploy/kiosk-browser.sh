#!/usr/bin/env bash
# Starts Chromium full-screen on the kiosk UI and restarts it when it exits, crashes, or its page dies.
# Run from the kiosk user's graphical session (e.g. an autostart entry). The flags are in chromium/kiosk-flags.conf;
# the lock-down (only the kiosk's origin, no downloads, no devtools…) is the managed policy in chromium/.
#
# "Aw, Snap" and blank tabs: a crashed or frozen page keeps Chromium running, so watching the process is not
# enough. The kiosk host knows whether a screen is connected (GET /health/screen: 200 while a Blazor circuit is
# open, 503 when none has been for a while); after SCREEN_GRACE seconds of 503 the launcher restarts Chromium.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
url="${KIOSK_URL:-http://127.0.0.1:5080/}"
profile="${KIOSK_PROFILE:-$HOME/.kioskguide-chromium}"
grace="${SCREEN_GRACE:-60}"
mapfile -t flags < <(grep -v '^\s*#' "$here/chromium/kiosk-flags.conf" | grep -v '^\s*$')

# Wait for the host before the first page load, so the citizen never sees a browser error page.
until curl -fsS -o /dev/null "$url"; do sleep 1; done

while true; do
  # No "restore pages?" bubble after a crash: forget the last session and mark the profile as cleanly exited.
  rm -rf "$profile/Default/Sessions"
  if [ -f "$profile/Default/Preferences" ]; then
    sed -i 's/"exit_type":"[A-Za-z]*"/"exit_type":"Normal"/; s/"exited_cleanly":false/"exited_cleanly":true/' "$profile/Default/Preferences"
  fi
  chromium "${flags[@]}" --user-data-dir="$profile" "$url" &
  browser=$!
  sleep "$grace"
  dead=0
  while kill -0 "$browser" 2>/dev/null; do
    if curl -fsS -o /dev/null "${url%/}/health/screen"; then dead=0; else dead=$((dead + 5)); fi
    if [ "$dead" -ge "$grace" ]; then
      logger -t kioskguide "No kiosk screen connected for ${grace}s: restarting Chromium"
      kill "$browser"; sleep 3; kill -9 "$browser" 2>/dev/null
      break
    fi
    sleep 5
  done
  wait "$browser" 2>/dev/null
  sleep 2
done
