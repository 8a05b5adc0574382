#!/usr/bin/env bash
# Build Facilitator for Linux: dist/Facilitator/ (one folder, no Python needed on the
# target) and dist/Facilitator-<version>-linux-<arch>.tar.gz, which unpacks to it.
#
#   packaging/build-linux.sh            # a fresh build environment in build/venv-linux
#   packaging/build-linux.sh --venv .venv   # build with an existing environment (CI)
#
# The environment gets the project with its [postgres] extra (team mode), PyInstaller and
# tzdata (time zones where the system has none). The folder also carries the desktop
# integration (share/: the .desktop entry, the icons, the MIME type of .facilitator
# bundles, the AppStream metadata) and install.sh, which installs them for one user.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=build/venv-linux
fresh=1
if [ "${1:-}" = "--venv" ]; then
  venv=${2:?"--venv needs a path"}
  fresh=0
fi
if [ "$fresh" = 1 ]; then
  echo "== build environment: $venv"
  "${PYTHON:-python3}" -m venv --clear "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q ".[postgres]"
fi
"$venv/bin/python" -m pip install -q "pyinstaller>=6.10,<7" tzdata "psycopg[binary]>=3.2"

echo "== pyinstaller"
rm -rf dist/Facilitator
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/facilitator.spec

out=dist/Facilitator
share=$out/share
mkdir -p "$share/applications" "$share/mime/packages" "$share/metainfo" \
  "$share/icons/hicolor/scalable/apps"
cp packaging/facilitator.desktop "$share/applications/"
cp packaging/facilitator-mime.xml "$share/mime/packages/facilitator.xml"
cp packaging/io.github.facilitator.Facilitator.metainfo.xml "$share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "resources/icons/facilitator-$size.png" "$share/icons/hicolor/${size}x${size}/apps/facilitator.png"
done
cp resources/icons/facilitator.svg "$share/icons/hicolor/scalable/apps/facilitator.svg"
cp packaging/install-linux.sh "$out/install.sh"
chmod +x "$out/install.sh"
cp LICENSE README.md CHANGELOG.md "$out/"
"$venv/bin/python" packaging/collect_licences.py "$out/licences" > /dev/null

version=$("$venv/bin/python" -c 'import facilitator; print(facilitator.__version__)')
archive="dist/Facilitator-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" Facilitator
echo "== built $out ($(du -sh "$out" | cut -f1)) and $archive ($(du -h "$archive" | cut -f1))"
