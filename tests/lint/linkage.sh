#!/usr/bin/env bash
# A library links only what it uses (docs/architecture.md): the curators' command line carries
# none of the kiosk's dependencies. $1: the asean-catalogue program.
set -uo pipefail
needed=$(readelf -d "$1" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p')
echo "asean-catalogue needs: $(echo $needed)"
for unwanted in libsystemd libicu libQt6Network libQt6Quick libQt6Qml libQt6Multimedia; do
    if echo "$needed" | grep -q "^$unwanted"; then
        echo "asean-catalogue links $unwanted, which only the kiosk needs"
        exit 1
    fi
done
