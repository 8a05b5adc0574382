#!/usr/bin/env bash
# Build Facilitator for macOS: dist/Facilitator.app (no Python needed on the target) and
# dist/Facilitator-<version>-macos-<arch>.dmg, a disk image holding the app beside a link
# to /Applications to drag it onto. <arch> is the build Python's: arm64 on Apple silicon,
# x86_64 on Intel; each is built on a Mac of its kind.
#
#   packaging/build-macos.sh                 # a fresh build environment in build/venv-macos
#   packaging/build-macos.sh --venv .venv    # build with an existing environment
#
# The environment gets the project with its [postgres] extra (team mode), PyInstaller and
# tzdata, as on Linux. PyInstaller also leaves dist/Facilitator/, the same programs
# unbundled (packaging/smoke_test.py reads the command line there).
#
# Unsigned by default: PyInstaller signs the programs ad hoc, which lets them run on the
# Mac that built them, but a Mac that downloads the .dmg refuses to open the app until the
# user allows it (Control-click › Open, or System Settings › Privacy & Security › Open
# Anyway). To sign and notarise, set:
#   MACOS_SIGN_IDENTITY   a "Developer ID Application: …" identity in the keychain
#   MACOS_ENTITLEMENTS    optional: an entitlements .plist for the hardened runtime
#   MACOS_NOTARY_PROFILE  optional: a notarytool keychain profile
#                         (xcrun notarytool store-credentials); needs MACOS_SIGN_IDENTITY
set -euo pipefail
cd "$(dirname "$0")/.."

venv=build/venv-macos
fresh=1
if [ "${1:-}" = "--venv" ]; then
  venv=${2:?"--venv needs a path"}
  fresh=0
fi
if [ -n "${MACOS_NOTARY_PROFILE:-}" ] && [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "MACOS_NOTARY_PROFILE is set but MACOS_SIGN_IDENTITY is not: only a signed app is notarised" >&2
  exit 1
fi
if [ "$fresh" = 1 ]; then
  python=${PYTHON:-python3}
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "Python 3.11 or newer is needed, found $("$python" --version 2>&1)" >&2
    exit 1
  }
  echo "== build environment: $venv"
  "$python" -m venv --clear "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q ".[postgres]"
fi
"$venv/bin/python" -m pip install -q "pyinstaller>=6.10,<7" tzdata "psycopg[binary]>=3.2"

echo "== pyinstaller"
app=dist/Facilitator.app
rm -rf dist/Facilitator "$app"
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/facilitator.spec
for program in "$app/Contents/MacOS/Facilitator" "$app/Contents/MacOS/facilitator-cli"; do
  [ -x "$program" ] || { echo "PyInstaller made no $program" >&2; exit 1; }
done
# The licence of every component shipped (the About box says where): beside the unbundled
# programs, and in the app's Resources.
cp LICENSE README.md CHANGELOG.md dist/Facilitator/
"$venv/bin/python" packaging/collect_licences.py dist/Facilitator/licences > /dev/null
cp LICENSE "$app/Contents/Resources/"
cp -R dist/Facilitator/licences "$app/Contents/Resources/licences"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "== signing $app as $MACOS_SIGN_IDENTITY"
  sign=(codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY")
  if [ -n "${MACOS_ENTITLEMENTS:-}" ]; then
    sign+=(--entitlements "$MACOS_ENTITLEMENTS")
  fi
  "${sign[@]}" "$app"
  codesign --verify --deep --strict "$app"
fi

version=$("$venv/bin/python" -c 'import facilitator; print(facilitator.__version__)')
arch=$("$venv/bin/python" -c 'import platform; print(platform.machine())')
dmg="dist/Facilitator-$version-macos-$arch.dmg"

echo "== disk image"
staging=build/dmg
rm -rf "$staging"
mkdir -p "$staging"
ditto "$app" "$staging/Facilitator.app"
ln -s /Applications "$staging/Applications"
# hdiutil now and then fails with "Resource busy" on a busy machine; it is tried again.
for attempt in 1 2 3; do
  if hdiutil create -volname Facilitator -srcfolder "$staging" -ov -format UDZO "$dmg"; then
    break
  fi
  if [ "$attempt" = 3 ]; then
    echo "hdiutil could not make $dmg" >&2
    exit 1
  fi
  sleep 10
done
rm -rf "$staging"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  echo "== notarising $dmg"
  xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi

echo "== built $app ($(du -sh "$app" | cut -f1)) and $dmg ($(du -h "$dmg" | cut -f1))"
