#!/bin/sh
# Smoke test of the release archive, run by `make bundle`:
#   sh packaging/smoke_test.sh dist/parallax-<version>-linux-x86_64.tar.gz
# Unpacks it into a new temporary folder outside the repository and runs the bundle from there
# with an empty environment (env -i: no PATH, no virtual environment, no PYTHONPATH) and a
# temporary HOME, so nothing of the source tree can stand in for what the bundle lacks:
#   1. `parallax --self-test` (model, library, import, compare, render, window; offscreen);
#   2. `parallax compare` of two sample files, into the default library;
#   3. the library went to the per-user data folder, and nothing was written inside the bundle.
set -eu

archive=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "smoke test: FAILED: $*" >&2; exit 1; }

tar -xzf "$archive" -C "$work"
top=$(find "$work" -mindepth 1 -maxdepth 1 -type d)
bundle="$top/parallax"
[ -x "$bundle/parallax" ] || fail "no executable parallax/parallax in $archive"
for extra in parallax.desktop parallax.png parallax.svg install-desktop-entry.sh; do
    [ -f "$top/$extra" ] || fail "$extra is missing from $archive"
done
home="$work/home"
mkdir "$home"
(cd "$bundle" && find . -printf '%p %s %T@\n' | sort) > "$work/before.txt"
cd "$home"
run() { env -i HOME="$home" "$bundle/parallax" "$@"; }

started=$(date +%s.%N)
run --self-test || fail "parallax --self-test exited $?"
finished=$(date +%s.%N)

samples="$bundle/_internal/resources/samples"
run compare "$samples/1-northline-wire.txt" "$samples/2-harbour-post.html" > "$work/compare.txt" \
    || fail "parallax compare exited $?"
grep -q "at least 72" "$work/compare.txt" || fail "the compare report lacks the sample's conflict"
[ -f "$home/.local/share/parallax/library.db" ] \
    || fail "the library is not in the per-user data folder ($home/.local/share/parallax)"

(cd "$bundle" && find . -printf '%p %s %T@\n' | sort) > "$work/after.txt"
cmp -s "$work/before.txt" "$work/after.txt" \
    || fail "files were written inside the bundle: $(diff "$work/before.txt" "$work/after.txt" | head -5)"
seconds=$(awk "BEGIN { printf \"%.2f\", $finished - $started }")
echo "smoke test passed: self-test ${seconds} s; compare report" \
    "$(wc -l < "$work/compare.txt") lines; library in the per-user folder; bundle unchanged"
