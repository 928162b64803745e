#!/usr/bin/env bash
# Starts Chromium full-screen on the kiosk UI and restarts it if it ever exits or crashes.
# Run from the kiosk user's graphical session (e.g. an autostart entry). Lock-down flags: no address bar,
# no pinch zoom, no swipe navigation, no translate bar, no error dialogs; printing without a dialog.
set -u
url="${KIOSK_URL:-http://127.0.0.1:5080/}"
profile="${KIOSK_PROFILE:-$HOME/.kioskguide-chromium}"

# Wait for the host before the first page load, so the citizen never sees a browser error page.
until curl -fsS -o /dev/null "$url"; do sleep 1; done

while true; do
  rm -rf "$profile/Default/Sessions" # no "restore pages?" bubble after a crash
  chromium --kiosk --noerrdialogs --disable-infobars --no-first-run --disable-translate \
    --disable-pinch --overscroll-history-navigation=0 --disable-features=TranslateUI,Translate \
    --disable-background-networking --disable-component-update --disable-sync \
    --kiosk-printing --check-for-update-interval=31536000 \
    --user-data-dir="$profile" "$url"
  sleep 2
done
