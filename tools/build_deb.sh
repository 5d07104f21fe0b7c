#!/usr/bin/env bash
# Builds intervisie_<version>_<arch>.deb from the frozen build, with dpkg-deb:
#
#   tools/build_deb.sh [--bundle dist/intervisie] [--out dist] [--compress xz|gzip|zstd]
#
# The program goes to /opt/intervisie/, `intervisie` and `intervisie-cli` onto the PATH
# (/usr/bin), the .desktop file and the icons into the hicolor theme. Depends: holds exactly the
# packages of packaging/system-packages.txt whose libraries the build loads from the system (it
# fails on a library the list lacks). The version is the one the built program prints.
# Build the bundle first (`.venv/bin/pyinstaller --noconfirm --clean build.spec`, after the set-up
# of the test command); dpkg-deb comes with every Debian and Ubuntu.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$ROOT/dist/intervisie"
OUT="$ROOT/dist"
COMPRESS=xz
while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) BUNDLE="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        --compress) COMPRESS="$2"; shift 2 ;;
        *) echo "usage: $0 [--bundle DIR] [--out DIR] [--compress xz|gzip|zstd]" >&2; exit 2 ;;
    esac
done
BUNDLE="$(cd "$BUNDLE" && pwd)"
PYTHON="$ROOT/.venv/bin/python"
[ -x "$PYTHON" ] || PYTHON=python3

if [ ! -x "$BUNDLE/intervisie-cli" ]; then
    echo "build_deb: no frozen build in $BUNDLE (run pyinstaller with build.spec first)" >&2
    exit 1
fi
VERSION="$("$BUNDLE/intervisie-cli" --version | awk '{print $2}')"
ARCH="$(dpkg --print-architecture)"
DEPENDS="$("$PYTHON" "$ROOT/tools/system_packages.py" depends "$BUNDLE")"
MAINTAINER="${DEB_MAINTAINER:-$(git -C "$ROOT" log -1 --format='%an <%ae>' 2>/dev/null || true)}"
MAINTAINER="${MAINTAINER:-Intervisie Desktop <intervisie@localhost>}"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/intervisie"

# The program, its two names on the PATH, the launcher and the icons.
mkdir -p "$PKG/opt" "$PKG/usr/bin"
cp -a "$BUNDLE" "$PKG/opt/intervisie"
ln -s ../../opt/intervisie/intervisie "$PKG/usr/bin/intervisie"
ln -s ../../opt/intervisie/intervisie-cli "$PKG/usr/bin/intervisie-cli"
install -Dm644 "$ROOT/resources/linux/intervisie.desktop" "$PKG/usr/share/applications/intervisie.desktop"
for png in "$ROOT"/resources/icons/intervisie-*.png; do
    size="${png##*-}"; size="${size%.png}"
    install -Dm644 "$png" "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/intervisie.png"
done
install -Dm644 "$ROOT/resources/icons/intervisie.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/intervisie.svg"
find "$PKG" -type d -exec chmod 0755 {} +

mkdir -p "$PKG/DEBIAN"
cat > "$PKG/DEBIAN/control" <<EOF
Package: intervisie
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
Depends: $DEPENDS
Section: misc
Priority: optional
Description: supervisor's tool for guided peer consultation (intervisie)
 Plan meetings of a fixed peer-consultation group, run the live session on a
 projector, keep private notes and hand every participant the yearly proof
 their professional register asks for. Fully offline: everything lives in one
 local SQLite database, optionally encrypted (SQLCipher).
EOF

# Desktop and icon caches: refreshed after install and after removal, where the tools are there.
CACHES='if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi'
cat > "$PKG/DEBIAN/postinst" <<EOF
#!/bin/sh
set -e
if [ "\$1" = configure ]; then
$CACHES
fi
exit 0
EOF
cat > "$PKG/DEBIAN/prerm" <<'EOF'
#!/bin/sh
set -e
# Bytecode Python may have written beside the migration scripts is not in the package's file list:
# removed here so that nothing under /opt/intervisie stays behind.
if [ -d /opt/intervisie ]; then
    find /opt/intervisie -depth -type d -name __pycache__ -exec rm -rf {} + || true
fi
exit 0
EOF
cat > "$PKG/DEBIAN/postrm" <<EOF
#!/bin/sh
set -e
if [ "\$1" = remove ] || [ "\$1" = purge ]; then
$CACHES
fi
exit 0
EOF
chmod 0755 "$PKG/DEBIAN/postinst" "$PKG/DEBIAN/prerm" "$PKG/DEBIAN/postrm"

mkdir -p "$OUT"
DEB="$OUT/intervisie_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Z"$COMPRESS" --build "$PKG" "$DEB" >&2
echo "$DEB"
