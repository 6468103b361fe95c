#!/usr/bin/env bash
# Packs the frozen build (dist/permit-desk, from build_frozen.sh) as a Debian package:
# /opt/permit-desk/, /usr/bin/permit-desk, a desktop entry and an icon.
#
#   installer/build_deb.sh [--frozen DIR] [--out DIR]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
FROZEN="$REPO/dist/permit-desk"
OUT="$REPO/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --frozen) FROZEN="$(cd "$2" && pwd)"; shift 2 ;;
    --out) mkdir -p "$2"; OUT="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "build_deb: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x "$FROZEN/permit-desk" ] || { echo "build_deb: no frozen build at $FROZEN" >&2; exit 1; }

t0=$(date +%s)
VERSION="$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$REPO/pyproject.toml")"
ARCH="$(dpkg --print-architecture)"
ROOT="$(mktemp -d "${TMPDIR:-/tmp}/permit-desk-deb.XXXXXX")"
trap 'rm -rf "$ROOT"' EXIT
PKG="$ROOT/pkg"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
  "$PKG/usr/share/icons/hicolor/scalable/apps" "$PKG/usr/share/icons/hicolor/256x256/apps" \
  "$PKG/usr/share/doc/permit-desk"
cp -a "$FROZEN" "$PKG/opt/permit-desk"
# A wrapper, not a symlink: the frozen app finds its _internal/ next to the real binary.
cat > "$PKG/usr/bin/permit-desk" <<'WRAP'
#!/bin/sh
exec /opt/permit-desk/permit-desk "$@"
WRAP
chmod 755 "$PKG/usr/bin/permit-desk"
icon="$REPO/resources/icons/permit-desk.svg"
[ -f "$icon" ] || icon="$HERE/permit-desk.svg"
install -m 644 "$icon" "$PKG/usr/share/icons/hicolor/scalable/apps/permit-desk.svg"
install -m 644 "$HERE/permit-desk.png" "$PKG/usr/share/icons/hicolor/256x256/apps/permit-desk.png"
install -m 644 "$HERE/permit-desk.desktop" "$PKG/usr/share/applications/permit-desk.desktop"
cat > "$PKG/usr/share/doc/permit-desk/copyright" <<'COPY'
Permit Desk. Bundled third-party components keep their own licences; see
/opt/permit-desk/_internal/*.dist-info and /opt/permit-desk/_internal/resources/fonts.
COPY
SIZE="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: permit-desk
Version: $VERSION
Architecture: $ARCH
Maintainer: Permit Desk maintainers <permit-desk@localhost>
Installed-Size: $SIZE
Depends: libc6 (>= 2.34), libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libegl1, libgl1, libdbus-1-3, libxcb-cursor0
Recommends: libwayland-cursor0, libwayland-egl1
Section: misc
Priority: optional
Homepage: https://localhost/permit-desk
Description: travel permissions for staff cleared for classified information
 Encrypted (SQLCipher), offline, with digitally signed decision letters.
 The store and key file live in each user's data directory and are left
 alone on upgrade and removal.
CONTROL
# Stores are per user, never under /opt: nothing to keep on removal but the Python
# byte-code caches a run may leave behind.
cat > "$PKG/DEBIAN/postrm" <<'POSTRM'
#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
  rm -rf /opt/permit-desk
fi
POSTRM
chmod 755 "$PKG/DEBIAN/postrm"
mkdir -p "$OUT"
DEB="$OUT/permit-desk_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz -z6 --build "$PKG" "$DEB" >/dev/null
echo "== $DEB: $(du -h "$DEB" | cut -f1) in $(( $(date +%s) - t0 )) s"
echo "$DEB"
