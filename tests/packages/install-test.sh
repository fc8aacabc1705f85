#!/usr/bin/env bash
# The hall PC's path, for real: build the Debian packages from a clean copy of this tree, check
# them with lintian, install them into a fresh Debian 12 root (mmdebstrap), run the kiosk and the
# curators' command line there, upgrade keeping the hall file, PIN and content, then purge and
# check that nothing but the content and the state is left. Needs root and Debian's mirror; slow,
# so it has the ctest label "packages" (README.md: `bash .ci/dev packages`).
#
#   install-test.sh SOURCE_DIR WORK_DIR
set -euo pipefail
src=$(realpath "$1")
work=$2
rm -rf "$work" && mkdir -p "$work/src"
step() { printf '\n== %s\n' "$*"; }

step "packages from a clean copy of the tree (tracked and new files, not build output)"
(cd "$src" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -c) | tar -x -C "$work/src"
rm -rf "$work/src/build"
(cd "$work/src" && DEB_BUILD_OPTIONS="parallel=$(nproc)" dpkg-buildpackage -us -uc -b) >"$work/build.log" 2>&1 ||
    { tail -40 "$work/build.log"; exit 1; }
ls "$work"/*.deb

step "one version: CMake's project version is the changelog's"
cmake_version=$(sed -n 's/^project(AseanHalls VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
deb_version=$(cd "$src" && dpkg-parsechangelog -S Version)
[ "$cmake_version" = "$deb_version" ] || { echo "CMakeLists.txt says $cmake_version, debian/changelog $deb_version"; exit 1; }

step "lintian at the default level"
lintian --fail-on error,warning "$work"/*.changes

step "a fresh Debian 12 root with the packages and a virtual display"
includes=()
for deb in "$work"/*.deb; do
    case "$deb" in *-dbgsym_*) ;; *) includes+=("--include=$deb") ;; esac
done
# The hook makes the .deb files' folder visible to apt inside the new root.
mmdebstrap --variant=apt --format=directory --include=xvfb,xauth "${includes[@]}" \
    --hook-dir=/usr/share/mmdebstrap/hooks/file-mirror-automount bookworm "$work/root"
root=$work/root
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"; }
mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT

step "installed as Debian software: account, hall file, unit, content folder"
in_root getent passwd _asean-kiosk
[ "$(stat -c %U "$root/etc/asean-kiosk/hall.ini")" = root ] || { echo "hall.ini is not root's"; exit 1; }
in_root systemctl is-enabled asean-kiosk.service
[ "$(stat -c %U "$root/var/lib/asean-halls")" = _asean-kiosk ]

step "the kiosk starts on the demo content and shows the home screen"
in_root install -d -o _asean-kiosk /var/lib/asean-kiosk /var/cache/asean-kiosk
in_root runuser -u _asean-kiosk -- xvfb-run -a -s "-screen 0 1280x720x24" asean-kiosk \
    --config /etc/asean-kiosk/hall.ini --state /var/lib/asean-kiosk --cache /var/cache/asean-kiosk \
    --open home --screenshot /var/cache/asean-kiosk/home.png
cp "$root/var/cache/asean-kiosk/home.png" "$work/home.png"
[ "$(stat -c %s "$work/home.png")" -gt 50000 ] || { echo "the screenshot is nearly empty"; exit 1; }
in_root asean-catalogue --content /var/lib/asean-halls countries | tee "$work/countries.txt"
grep -q '^TH' "$work/countries.txt"

step "an upgrade keeps a changed hall file, the PIN and the content"
sed -i 's/^name=.*/name=Jeju/' "$root/etc/asean-kiosk/hall.ini"
printf '2580\n2580\n' | in_root runuser -u _asean-kiosk -- asean-kiosk --state /var/lib/asean-kiosk --set-pin
before=$(cd "$root" && find etc/asean-kiosk var/lib/asean-kiosk var/lib/asean-halls -type f -name '*' \
    ! -name 'status.json' ! -name 'runs*' -exec md5sum {} + | sort)
mkdir -p "$work/next"
for deb in "$work"/*.deb; do
    unpacked=$work/next/$(basename "$deb" .deb)
    dpkg-deb -R "$deb" "$unpacked"
    sed -i "s/^Version: .*/Version: $deb_version.1/" "$unpacked/DEBIAN/control"
    dpkg-deb -b "$unpacked" "$work/next/" >/dev/null
done
cp "$work"/next/*.deb "$root/tmp/"
in_root sh -c 'dpkg -i /tmp/*.deb'
after=$(cd "$root" && find etc/asean-kiosk var/lib/asean-kiosk var/lib/asean-halls -type f -name '*' \
    ! -name 'status.json' ! -name 'runs*' -exec md5sum {} + | sort)
[ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after"); exit 1; }
grep -q '^name=Jeju' "$root/etc/asean-kiosk/hall.ini"

step "purge leaves only the content and the state"
owned=$(in_root dpkg -L asean-kiosk asean-catalogue asean-halls-demo | sort -u)
in_root apt-get purge -y -q asean-kiosk asean-catalogue asean-halls-demo
left=()
while read -r path; do
    case "$path" in /var/lib/asean-halls* | /var/lib/asean-kiosk*) continue ;; esac
    # Folders Debian's own packages share (/usr/bin, /etc) stay; ours must not.
    if [ -e "$root$path" ] && ! { [ -d "$root$path" ] && in_root dpkg -S "$path" >/dev/null 2>&1; }; then
        left+=("$path")
    fi
done <<<"$owned"
for path in /etc/asean-kiosk /var/cache/asean-kiosk /usr/share/asean-halls; do
    [ -e "$root$path" ] && left+=("$path")
done
[ ${#left[@]} -eq 0 ] || { printf 'left after purge: %s\n' "${left[@]}"; exit 1; }
echo "packages: all steps passed"
