#!/usr/bin/env bash
# Install the Debian packages Permit Desk needs, once: `runtime` (what Qt's window needs on
# a bare Debian machine) or `test` (runtime plus what the tests use). Does nothing where
# apt-get is missing or we are not root, and skips apt when every package is present.
set -euo pipefail
RUNTIME="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-xkb1 libfontconfig1 libdbus-1-3 libnss3 libasound2 xvfb xauth"
# softhsm2 + opensc: a real PKCS#11 token; poppler-utils: pdftotext/pdftoppm to read letters
# back; fonts-dejavu-core: the letter font's source; gnome-keyring + dbus-daemon +
# libsecret-tools: a real Secret Service on a private bus for the workstation binding tests
# (the product accepts no keyring double), secret-tool to read its secrets back;
# postgresql: a throwaway server cluster (TLS, SCRAM) for the PostgreSQL backend's tests;
# strace: the frozen app's connections and the libpq it loads, watched (tests/installer).
TEST="$RUNTIME softhsm2 opensc poppler-utils fonts-dejavu-core gnome-keyring dbus-daemon
  libsecret-tools postgresql strace"

case "${1:-runtime}" in
  runtime) wanted=$RUNTIME ;;
  test) wanted=$TEST ;;
  *) echo "usage: $0 runtime|test" >&2; exit 2 ;;
esac
# Without Debian's package tools, the programs the tests call stand for their packages.
if ! command -v dpkg-query >/dev/null 2>&1; then
  [ "${1:-runtime}" = test ] || exit 0
  for tool in softhsm2-util pkcs11-tool pdftoppm pdftotext xvfb-run dbus-daemon \
      gnome-keyring-daemon secret-tool initdb strace; do
    command -v "$tool" >/dev/null 2>&1 || {
      echo "make test needs $tool (SoftHSM2, OpenSC, poppler-utils, Xvfb, D-Bus, GNOME Keyring, libsecret-tools, the PostgreSQL server and strace): install them first." >&2
      exit 1; }
  done
  exit 0
fi
missing=""
for p in $wanted; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -n "$missing" ] || exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  if [ "${1:-runtime}" = test ]; then
    # The tests need every one of them: no test skips because a tool is missing.
    echo "make test needs these Debian packages: run sudo apt-get install$missing" >&2
    exit 1
  fi
  echo "Not root: make sure these Debian packages are installed:$missing" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
