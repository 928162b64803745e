#!/usr/bin/env bash
# Installs the Debian packages the tests need, only those missing. Safe to run again and again.
set -euo pipefail

# package → a file it provides, to tell cheaply whether it is there.
declare -A probes=(
  [chromium]=/usr/bin/chromium
  [poppler-utils]=/usr/bin/pdftoppm
  [zbar-tools]=/usr/bin/zbarimg
  [cups-ipp-utils]=/usr/sbin/ippeveprinter
  [cups-client]=/usr/bin/lp
  [dbus]=/usr/bin/dbus-daemon
  [xvfb]=/usr/bin/Xvfb
  [fonts-noto-core]=/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf
  [fonts-dejavu-core]=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
  [espeak-ng]=/usr/bin/espeak-ng   # read-aloud and talk-through: voices da, en, ar, uk ship with it
)

missing=()
for package in "${!probes[@]}"; do
  [ -e "${probes[$package]}" ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "test dependencies: all present"
  exit 0
fi

echo "test dependencies: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for package in "${missing[@]}"; do
  [ -e "${probes[$package]}" ] || { echo "test dependencies: $package did not install ${probes[$package]}" >&2; exit 1; }
done
echo "test dependencies: installed"
