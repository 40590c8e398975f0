#!/bin/sh
# Adds Parallax to the desktop's application menu for this user, from where this archive was
# unpacked (e.g. ~/.local/opt/parallax-0.1.0): writes ~/.local/share/applications/parallax.desktop
# with this copy's paths, and links ~/.local/bin/parallax to the command. Run it again after moving
# the folder; `install-desktop-entry.sh --remove` takes both away again. Needs no root.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/parallax.desktop"
link="$HOME/.local/bin/parallax"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    [ -L "$link" ] && rm -f "$link"
    echo "removed $entry and $link"
    exit 0
fi
if [ ! -x "$here/parallax/parallax" ]; then
    echo "install-desktop-entry.sh: $here/parallax/parallax is missing; unpack the whole archive" >&2
    exit 1
fi

mkdir -p "$data/applications" "$HOME/.local/bin"
# Desktop entries quote paths with spaces in Exec; the Icon key takes the path as it is.
sed -e "s|^Exec=.*|Exec=\"$here/parallax/parallax\" %F|" \
    -e "s|^Icon=.*|Icon=$here/parallax.png|" \
    "$here/parallax.desktop" > "$entry.tmp"
mv "$entry.tmp" "$entry"
ln -sfn "$here/parallax/parallax" "$link"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data/applications" >/dev/null 2>&1 || true
fi
echo "added $entry (the application menu shows Parallax) and $link (the parallax command)"
