#!/bin/sh
# Installs Permit Desk @VERSION@ from this bundle, without any network: checks every file
# against SHA256SUMS, then pip --no-index into a virtual environment of its own.
#
#   ./install.sh [--prefix DIR] [--bin-dir DIR] [--python PYTHON]
#
# Defaults: as root /opt/permit-desk-venv and /usr/local/bin, otherwise
# ~/.local/opt/permit-desk and ~/.local/bin. Needs Python @PYVER@ (Debian 12: python3).
# Upgrading installs the new version beside the old one and switches over; the store and
# its key file (in each user's data directory) are never touched here. The previous
# version is kept in PREFIX/versions/ for a rollback.
set -eu

VERSION=@VERSION@
PYVER=@PYVER@
BUNDLE="$(cd "$(dirname "$0")" && pwd)"
if [ "$(id -u)" = 0 ]; then
  PREFIX=/opt/permit-desk-venv; BINDIR=/usr/local/bin
else
  PREFIX="$HOME/.local/opt/permit-desk"; BINDIR="$HOME/.local/bin"
fi
PYTHON=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX="$2"; shift 2 ;;
    --bin-dir) BINDIR="$2"; shift 2 ;;
    --python) PYTHON="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
refuse() { echo "install.sh: $*" >&2; exit 1; }

# 1. Every file as built, and nothing else (pip would pick up a wheel dropped beside ours).
cd "$BUNDLE"
[ -f SHA256SUMS ] || refuse "SHA256SUMS is missing: the bundle is incomplete."
if ! sha256sum --check --strict --quiet SHA256SUMS >/dev/null 2>&1; then
  sha256sum --check --strict --quiet SHA256SUMS >&2 || true
  refuse "the bundle does not match SHA256SUMS; nothing was installed."
fi
sums="$(mktemp)"
cut -c67- SHA256SUMS | LC_ALL=C sort > "$sums"
extra="$(find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort |
  LC_ALL=C comm -23 - "$sums" | tr '\n' ' ')"
rm -f "$sums"
[ -z "$extra" ] || refuse "files not listed in SHA256SUMS: $extra; nothing was installed."
echo "Checked $(wc -l < SHA256SUMS) files against SHA256SUMS"
echo "  (SHA256SUMS itself: $(sha256sum SHA256SUMS | cut -d' ' -f1); compare it with the"
echo "   digest published with the release)"

# 2. The Python the wheels were chosen for.
if [ -z "$PYTHON" ]; then
  for p in "python$PYVER" python3; do
    if command -v "$p" >/dev/null 2>&1; then PYTHON="$(command -v "$p")"; break; fi
  done
fi
[ -n "$PYTHON" ] || refuse "Python $PYVER was not found; pass --python."
have="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
[ "$have" = "$PYVER" ] || refuse "$PYTHON is Python $have; this bundle is for Python $PYVER."

# 3. A new environment beside the old one; pip runs from its own wheel, offline.
export PIP_CONFIG_FILE=/dev/null PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1
unset PIP_FIND_LINKS PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_CONSTRAINT PIP_REQUIRE_VIRTUALENV || true
mkdir -p "$PREFIX/versions" "$PREFIX/bin"
NEW="$PREFIX/versions/.$VERSION.installing"
rm -rf "$NEW"
mkdir -p "$NEW"
"$PYTHON" -m venv --without-pip "$NEW/venv"
PIPWHL="$(ls wheels/pip-*.whl | head -n 1)"
"$NEW/venv/bin/python" "$PIPWHL/pip" install --quiet --no-index --no-cache-dir \
  --find-links "$BUNDLE/wheels" "permit-desk==$VERSION" pip \
  || refuse "pip could not install from the bundle; nothing was changed."
"$NEW/venv/bin/python" -m pip check >/dev/null || refuse "installed packages are inconsistent."
cp -R resources "$NEW/resources"
echo "$VERSION" > "$NEW/VERSION"

# 4. Switch over: the version directory, then the 'current' link (one rename each).
OLD=""
[ -L "$PREFIX/current" ] && OLD="$(readlink "$PREFIX/current")"
rm -rf "$PREFIX/versions/$VERSION.replaced"
[ -d "$PREFIX/versions/$VERSION" ] && mv "$PREFIX/versions/$VERSION" "$PREFIX/versions/$VERSION.replaced"
mv "$NEW" "$PREFIX/versions/$VERSION"
ln -s "versions/$VERSION" "$PREFIX/.current.new"
mv -T "$PREFIX/.current.new" "$PREFIX/current"
rm -rf "$PREFIX/versions/$VERSION.replaced"
# Keep the version we replaced (for a rollback), drop any older ones.
for d in "$PREFIX"/versions/*; do
  [ -d "$d" ] || continue
  case "versions/$(basename "$d")" in "versions/$VERSION"|"$OLD") ;; *) rm -rf "$d" ;; esac
done

# 5. The launcher: the resources live outside site-packages, so it names them.
cat > "$PREFIX/bin/permit-desk" <<LAUNCHER
#!/bin/sh
# Permit Desk launcher (written by install.sh).
export PERMIT_DESK_RESOURCES="$PREFIX/current/resources"
exec "$PREFIX/current/venv/bin/python" -c 'import sys; from app.cli import main; sys.exit(main())' "\$@"
LAUNCHER
chmod 755 "$PREFIX/bin/permit-desk"
if [ -n "$BINDIR" ]; then
  mkdir -p "$BINDIR"
  ln -sfn "$PREFIX/bin/permit-desk" "$BINDIR/permit-desk"
fi
echo "Permit Desk $VERSION installed in $PREFIX${OLD:+ (previous: $OLD, kept for a rollback)}."
echo "Run: ${BINDIR:+$BINDIR/}permit-desk doctor"
