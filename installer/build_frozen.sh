#!/usr/bin/env bash
# Builds the one-folder frozen app with PyInstaller: dist/permit-desk/permit-desk.
#
#   installer/build_frozen.sh [--out DIR]      (default: dist/)
#
# Needs the project's venv (make test makes it); the locked PyInstaller is installed into it.
# Run on each target OS (PyInstaller does not cross-build); on Windows, from Git Bash or
# with the same two commands by hand (see README).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
OUT="$REPO/dist"
[ "${1:-}" = "--out" ] && { mkdir -p "$2"; OUT="$(cd "$2" && pwd)"; }
VENV_BIN="${VENV_BIN:-$REPO/.venv/bin}"
# PyInstaller and everything it freezes come from the development lock (what CI tested).
"$VENV_BIN/python" -m pip install -q --require-hashes -r "$REPO/requirements-dev.lock"

t0=$(date +%s)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/permit-desk-frozen.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# Resources with the translations compiled; the .ts sources stay behind.
cp -r "$REPO/resources" "$WORK/resources"
for ts in "$WORK"/resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  "$VENV_BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
  rm "$ts"
done
PERMIT_DESK_FROZEN_RESOURCES="$WORK/resources" "$VENV_BIN/pyinstaller" --noconfirm --clean \
  --log-level WARN --distpath "$OUT" --workpath "$WORK/build" "$HERE/permit-desk.spec"
echo "== $OUT/permit-desk: $(du -sh "$OUT/permit-desk" | cut -f1) in $(( $(date +%s) - t0 )) s"
