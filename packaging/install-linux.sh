#!/usr/bin/env bash
# Install Facilitator for this user from the unpacked Linux build this script sits in,
# or take it away again.
#
#   ./install-linux.sh [--prefix DIR]              install (DIR: ~/.local by default)
#   ./install-linux.sh [--prefix DIR] --uninstall  remove what an install put there
#
# The build folder holds the programs `Facilitator` (the app) and `facilitator-cli`
# (the command line), and `share/` laid out as under /usr/share: applications/,
# icons/hicolor/<N>x<N>/apps/, mime/packages/, metainfo/. Installing links
# DIR/bin/facilitator-gui and DIR/bin/facilitator to the two programs (so the build
# folder stays where it is), copies share/ to DIR/share, points the menu entry at
# DIR/bin/facilitator-gui, and refreshes the menu's and the file types' caches when their
# tools are there. Then the app is in the applications menu and a double-clicked
# .facilitator file opens its import preview. What was installed is listed in
# DIR/share/facilitator/installed-files, which --uninstall reads.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix="${HOME}/.local"
action=install

usage() {
  sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix)
      [ $# -ge 2 ] || { echo "install-linux.sh: --prefix needs a folder" >&2; exit 2; }
      prefix="$2"
      shift 2
      ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install-linux.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[ -n "$prefix" ] || { echo "install-linux.sh: the prefix is empty" >&2; exit 2; }
if [ "$action" = install ]; then
  mkdir -p "$prefix"
elif [ ! -d "$prefix" ]; then
  echo "Facilitator is not installed under $prefix (there is no such folder)." >&2
  exit 1
fi
prefix="$(cd "$prefix" && pwd)"
record_dir="$prefix/share/facilitator"
record="$record_dir/installed-files"
programs=("bin/facilitator-gui:Facilitator" "bin/facilitator:facilitator-cli")

refresh_caches() {
  local share="$prefix/share"
  if command -v update-desktop-database >/dev/null && [ -d "$share/applications" ]; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v update-mime-database >/dev/null && [ -d "$share/mime" ]; then
    mkdir -p "$share/mime/packages" # emptied by --uninstall: the database is made again
    update-mime-database "$share/mime" || true
  fi
  # GTK trusts a theme's cache while the theme's top folder is not newer than it, so a
  # cache made here would hide icons other programs add later without refreshing it: it is
  # only kept up to date where the theme is a whole one (index.theme) or has a cache already.
  local hicolor="$share/icons/hicolor"
  if command -v gtk-update-icon-cache >/dev/null &&
    { [ -f "$hicolor/index.theme" ] || [ -f "$hicolor/icon-theme.cache" ]; }; then
    gtk-update-icon-cache -q -f -t "$hicolor" || true
  fi
}

remove_installed() {
  # Removes what the list names: links only when they are links, files only when files.
  local rel path dir
  [ -f "$record" ] || return 1
  while IFS= read -r rel; do
    [ -n "$rel" ] || continue
    case "$rel" in /* | *..*) continue ;; esac # only what lies under the prefix
    path="$prefix/$rel"
    case "$rel" in
      bin/*) [ -L "$path" ] && rm -f "$path" ;;
      *) [ -f "$path" ] && [ ! -L "$path" ] && rm -f "$path" ;;
    esac
    # Folders left empty go too, up to (not including) the prefix's bin/ and share/.
    dir="$(dirname "$rel")"
    while [ "$dir" != "." ] && [ "$dir" != "bin" ] && [ "$dir" != "share" ]; do
      rmdir "$prefix/$dir" 2>/dev/null || break
      dir="$(dirname "$dir")"
    done
  done <"$record"
  rm -f "$record"
  rmdir "$record_dir" 2>/dev/null || true
  return 0
}

# Exec= of the menu entry: the installed program's full path, quoted when it has spaces
# (the Desktop Entry rules); a path with characters those rules escape keeps the bare name.
exec_line() {
  local program="$prefix/bin/facilitator-gui"
  if [[ "$program" =~ ^[A-Za-z0-9/._+-]+$ ]]; then
    printf 'Exec=%s %%f\n' "$program"
  elif [[ "$program" != *[\"\`\$\\%]* ]]; then
    printf 'Exec="%s" %%f\n' "$program"
  else
    printf 'Exec=facilitator-gui %%f\n'
  fi
}

if [ "$action" = uninstall ]; then
  if ! remove_installed; then
    echo "Facilitator is not installed under $prefix (no $record)." >&2
    exit 1
  fi
  refresh_caches
  echo "Removed Facilitator from $prefix."
  exit 0
fi

for entry in "${programs[@]}"; do
  program="${entry#*:}"
  if [ ! -x "$here/$program" ] || [ -d "$here/$program" ]; then
    echo "install-linux.sh: $here/$program is missing; run me from the unpacked Facilitator build." >&2
    exit 1
  fi
done
[ -d "$here/share" ] || { echo "install-linux.sh: $here/share is missing." >&2; exit 1; }
for entry in "${programs[@]}"; do
  link="$prefix/${entry%%:*}"
  if [ -e "$link" ] && [ ! -L "$link" ]; then
    echo "install-linux.sh: $link exists and is not a link made by this script;" \
      "remove it (e.g. pip uninstall facilitator) or choose another --prefix." >&2
    exit 1
  fi
done

remove_installed || true # an earlier install: its files go, the new ones come
mkdir -p "$prefix/bin" "$record_dir"
files=()
for entry in "${programs[@]}"; do
  ln -sfn "$here/${entry#*:}" "$prefix/${entry%%:*}"
  files+=("${entry%%:*}")
done
while IFS= read -r -d '' source; do
  rel="share/${source#"$here/share/"}"
  install -D -m 644 "$source" "$prefix/$rel"
  files+=("$rel")
done < <(find "$here/share" -type f -print0 | sort -z)
desktop="$prefix/share/applications/facilitator.desktop"
if [ -f "$desktop" ]; then
  line="$(exec_line)"
  tmp="$desktop.tmp"
  while IFS= read -r text || [ -n "$text" ]; do
    case "$text" in Exec=*) printf '%s\n' "$line" ;; *) printf '%s\n' "$text" ;; esac
  done <"$desktop" >"$tmp"
  mv -f "$tmp" "$desktop"
fi
printf '%s\n' "${files[@]}" >"$record"
refresh_caches

echo "Installed Facilitator under $prefix: it is in the applications menu, and a"
echo ".facilitator file opens its import preview. Keep $here where it is: the"
echo "installed commands point to it."
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "To run facilitator from a terminal, add $prefix/bin to PATH." ;;
esac
