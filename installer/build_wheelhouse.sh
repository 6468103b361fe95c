#!/usr/bin/env bash
# Builds the offline wheelhouse bundle: every wheel for one Python version and platform,
# the resources, install.sh and SHA256SUMS, as a single .tar.gz for removable media.
#
#   installer/build_wheelhouse.sh [--python-version 3.11] [--platform manylinux_2_34_x86_64]
#                                 [--src DIR] [--worktree] [--out DIR] [--refresh]
#
# --platform names the oldest glibc the targets have (Debian 12: 2.36, RHEL 9: 2.34;
# PySide6 6.10+ needs 2.34); every manylinux tag up to it is accepted. --src builds another checkout (a copy
# need not be a git repository); by default the committed HEAD is built, --worktree takes
# the working tree instead (tracked and untracked, not ignored). Wheels are cached in
# PERMIT_DESK_WHEEL_CACHE (~/.cache/permit-desk-wheelhouse): a rebuild with the same
# dependencies resolves from the cache without the index; --refresh asks the index again.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
PYVER=3.11
PLATFORM=manylinux_2_34_x86_64
SRC="$REPO"
OUT="$REPO/dist"
WORKTREE=0
OFFLINE=0
BUILD_PY="${PYTHON:-$REPO/.venv/bin/python}"
CACHE="${PERMIT_DESK_WHEEL_CACHE:-$HOME/.cache/permit-desk-wheelhouse}"

while [ $# -gt 0 ]; do
  case "$1" in
    --python-version) PYVER="$2"; shift 2 ;;
    --platform) PLATFORM="$2"; shift 2 ;;
    --src) SRC="$(cd "$2" && pwd)"; shift 2 ;;
    --out) mkdir -p "$2"; OUT="$(cd "$2" && pwd)"; shift 2 ;;
    --worktree) WORKTREE=1; shift ;;
    --offline) OFFLINE=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "build_wheelhouse: unknown option $1" >&2; exit 2 ;;
  esac
done

# The bundle must not depend on this machine's pip configuration (find-links, constraints).
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1
unset PIP_FIND_LINKS PIP_NO_INDEX PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_CONSTRAINT || true

t0=$(date +%s)
STAGE="$(mktemp -d "${TMPDIR:-/tmp}/permit-desk-wheelhouse.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT

# 1. A clean copy of the source: nothing ignored (.venv, build/, caches) leaks in.
mkdir -p "$STAGE/src"
if git -C "$SRC" rev-parse --show-toplevel >/dev/null 2>&1 && \
   [ "$(git -C "$SRC" rev-parse --show-toplevel)" = "$SRC" ]; then
  if [ "$WORKTREE" = 1 ]; then
    (cd "$SRC" && git ls-files -z --cached --others --exclude-standard |
      xargs -0 -I{} sh -c 'test -e "{}" && printf "%s\0" "{}"' |
      tar --null -T - -cf -) | tar -xf - -C "$STAGE/src"
  else
    git -C "$SRC" archive --format=tar HEAD | tar -xf - -C "$STAGE/src"
  fi
else
  tar -C "$SRC" --exclude=./.venv --exclude=./.git --exclude=./build --exclude=./dist \
      --exclude='*.egg-info' --exclude='__pycache__' --exclude='*.qm' -cf - . |
    tar -xf - -C "$STAGE/src"
fi

VERSION="$("$BUILD_PY" - "$STAGE/src/pyproject.toml" <<'EOF'
import sys, tomllib
print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])
EOF
)"
NAME="permit-desk-$VERSION"
TAG="cp${PYVER/./}-$PLATFORM"
BUNDLE="$STAGE/$NAME"
mkdir -p "$BUNDLE/wheels" "$CACHE/wheels"
echo "== Permit Desk $VERSION for Python $PYVER on $PLATFORM"

# 2. The project's own wheel, built by the locked setuptools in the build venv.
"$BUILD_PY" -m pip wheel -q --no-deps --no-build-isolation -w "$BUNDLE/wheels" "$STAGE/src"
WHEEL="$(ls "$BUNDLE/wheels"/permit_desk-*.whl)"
# Alembic reads the migrations from files at run time: they must be in the wheel.
"$BUILD_PY" - "$WHEEL" <<'EOF'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
need = ["app/store/migrations/env.py", "app/store/migrations/versions/__init__.py"]
missing = [n for n in need if n not in names]
if missing or not any(n.startswith("app/store/migrations/versions/0") for n in names):
    sys.exit(f"build_wheelhouse: the wheel lacks the Alembic migrations: {missing}")
if "app/store/migrations/script.py.mako" not in names:
    print("build_wheelhouse: note: script.py.mako is not in the wheel (needed only to write "
          "new migrations, not to run them); pyproject needs package-data for it",
          file=sys.stderr)
EOF

# 3. Every dependency as a binary wheel for the target, plus pip itself (install.sh runs
#    pip from its wheel, so the target needs no python3-venv/ensurepip).
GLIBC_MAX="$(sed -E 's/^manylinux_2_([0-9]+)_.*/\1/' <<<"$PLATFORM")"
ARCH="$(sed -E 's/^manylinux(_2_[0-9]+|2014|2010|1)_//' <<<"$PLATFORM")"
if [ "$PLATFORM" = "manylinux2014_x86_64" ]; then GLIBC_MAX=17; ARCH=x86_64; fi
PLATS=()
for ((m = GLIBC_MAX; m >= 5; m--)); do PLATS+=(--platform "manylinux_2_${m}_${ARCH}"); done
PLATS+=(--platform "manylinux2014_${ARCH}" --platform "manylinux2010_${ARCH}"
        --platform "manylinux1_${ARCH}")
TARGET=(--only-binary=:all: --python-version "$PYVER" --implementation cp
        --abi "cp${PYVER/./}" --abi abi3 --abi none "${PLATS[@]}")
# The dependencies are exactly the runtime lock's (versions and SHA-256 of every file, pip
# and the build backend included), so the bundle holds what CI tested.
download() {
  "$BUILD_PY" -m pip download -q "${TARGET[@]}" -d "$BUNDLE/wheels" "$@" \
    --require-hashes -r "$STAGE/src/requirements.lock"
}
if [ "$OFFLINE" = 1 ]; then
  download --no-index --find-links "$CACHE/wheels"
else
  PIP_CACHE_DIR="$CACHE/pip" download
fi
for f in "$BUNDLE/wheels"/*.whl; do
  case "$(basename "$f")" in permit_desk-*) ;; *) cp -n "$f" "$CACHE/wheels/" ;; esac
done

# 4. Resources, with the translations compiled (.qm files are build products).
cp -r "$STAGE/src/resources" "$BUNDLE/resources"
LRELEASE="$(dirname "$BUILD_PY")/pyside6-lrelease"
for ts in "$BUNDLE"/resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
find "$BUNDLE/resources" -name '*.ts' -delete

# 5. The installer, a short README and the checksums of every file.
sed -e "s/@VERSION@/$VERSION/g" -e "s/@PYVER@/$PYVER/g" "$HERE/wheelhouse/install.sh" \
  > "$BUNDLE/install.sh"
chmod 755 "$BUNDLE/install.sh"
sed -e "s/@VERSION@/$VERSION/g" -e "s/@PYVER@/$PYVER/g" -e "s/@PLATFORM@/$PLATFORM/g" \
  "$HERE/wheelhouse/README.txt" > "$BUNDLE/README.txt"
(cd "$BUNDLE" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort |
  xargs -d '\n' sha256sum > SHA256SUMS)

# 6. One reproducible archive (sorted, fixed owner and times).
mkdir -p "$OUT"
ARCHIVE="$OUT/$NAME-offline-$TAG.tar.gz"
MTIME="@$(git -C "$SRC" log -1 --format=%ct 2>/dev/null || date +%s)"
tar -C "$STAGE" --sort=name --owner=0 --group=0 --numeric-owner --mtime="$MTIME" \
    -cf - "$NAME" | gzip -n > "$ARCHIVE"
(cd "$OUT" && sha256sum "$(basename "$ARCHIVE")" > "$(basename "$ARCHIVE").sha256")

echo "== $(ls "$BUNDLE/wheels" | wc -l) wheels, $(du -sh "$ARCHIVE" | cut -f1) in $(( $(date +%s) - t0 )) s"
echo "SHA256SUMS digest (publish it beside the media): $(sha256sum "$BUNDLE/SHA256SUMS" | cut -d' ' -f1)"
echo "$ARCHIVE"
