#!/usr/bin/env bash
# A library links only what it uses (docs/architecture.md): the curators' command line is linked
# against none of the kiosk's dependencies, not merely left without them by the linker's
# --as-needed. $1: the build folder (Ninja).
set -uo pipefail
build=$1
libraries=$(awk '/^build app\/asean-catalogue:/ {found = 1} found && /LINK_LIBRARIES/ {print; exit}' \
    "$build/build.ninja" | tr ' ' '\n' | sed -n 's|.*/\(lib[^/]*\)|\1|p')
needed=$(readelf -d "$build/app/asean-catalogue" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p')
[ -n "$libraries" ] || { echo "cannot find asean-catalogue's link line in $build/build.ninja"; exit 1; }
echo "asean-catalogue is linked against: $(echo $libraries)"
echo "and needs at run time: $(echo $needed)"
status=0
for unwanted in libsystemd libicu libQt6Network libQt6Quick libQt6Qml libQt6Multimedia; do
    if printf '%s\n%s\n' "$libraries" "$needed" | grep -q "^$unwanted"; then
        echo "asean-catalogue links $unwanted, which only the kiosk needs"
        status=1
    fi
done
exit $status
