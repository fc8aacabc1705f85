#!/usr/bin/env bash
# `cmake --install` gives programs that run from where they were put: the kiosk fills an empty
# content root with the demo installed beside it, and the curators' tool reads the result.
# $1: the build folder.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" > /dev/null
# The installed demo is the one found first (Bootstrap::bundledDemoManifest).
[ -f "$prefix/share/asean-halls/demo/manifest.json" ] || { echo "no demo installed"; exit 1; }
"$prefix/bin/asean-kiosk" --version
xvfb-run -a -s "-screen 0 1920x1080x24" "$prefix/bin/asean-kiosk" --content "$prefix/content" \
    --state "$prefix/state" --cache "$prefix/cache" --screenshot "$prefix/home.png" 2>&1 |
    grep "filled" || { echo "the installed kiosk did not fill its content root"; exit 1; }
"$prefix/bin/asean-catalogue" --content "$prefix/content" releases | grep -q "0001" ||
    { echo "the installed asean-catalogue cannot read what the kiosk made"; exit 1; }
[ -s "$prefix/home.png" ] || { echo "no screenshot from the installed kiosk"; exit 1; }
echo "installed programs run from $prefix"
