#!/usr/bin/env bash
# Content from the office to a hall over a real Syncthing (deploy/syncthing/asean-syncthing):
# two Syncthing instances on 127.0.0.1, each with its own home and ports; the office publishes,
# the release arrives, and a running kiosk switches to it at its next idle moment. Syncthing
# promises no order, so `current` can arrive before the release's files: the kiosk must keep
# showing the release before until the new one has arrived whole. The test holds the files back
# (an ignore pattern on the kiosk's side) to make that order certain.
#
#   syncthing-test.sh SOURCE_DIR BUILD_DIR WORK_DIR
set -euo pipefail
src=$(realpath "$1") build=$(realpath "$2") work=$3
rm -rf "$work" && mkdir -p "$work"
work=$(realpath "$work")
tool=$build/app/asean-catalogue kiosk=$build/app/asean-kiosk setup=$src/deploy/syncthing/asean-syncthing
office=$work/office hall=$work/hall
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT
fail() { echo "FAIL: $*"; exit 1; }
until_true() { # seconds, command...
    local limit=$1; shift
    for _ in $(seq "$limit"); do "$@" && return 0; sleep 1; done
    return 1
}

step() { printf '\n== %s\n' "$*"; }

step "the office has release 1"
"$tool" --content "$office" import "$build/demo/manifest.json" >/dev/null
"$tool" --content "$office" publish --note "one" >/dev/null

step "two Syncthing instances on 127.0.0.1, no discovery or relays"
start_syncthing() { # name gui-port listen-port
    local home=$work/$1-syncthing
    syncthing generate --home "$home" --no-default-folder --skip-port-probing >/dev/null
    sed -i -e "s|<address>127.0.0.1:8384</address>|<address>127.0.0.1:$2</address>|" \
        -e "s|<listenAddress>default</listenAddress>|<listenAddress>tcp://127.0.0.1:$3</listenAddress>|" \
        -e 's|<globalAnnounceEnabled>true|<globalAnnounceEnabled>false|' \
        -e 's|<localAnnounceEnabled>true|<localAnnounceEnabled>false|' \
        -e 's|<relaysEnabled>true|<relaysEnabled>false|' \
        -e 's|<natEnabled>true|<natEnabled>false|' \
        -e 's|<urAccepted>0|<urAccepted>-1|' \
        -e 's|<autoUpgradeIntervalH>[0-9]*|<autoUpgradeIntervalH>0|' "$home/config.xml"
    STNORESTART=1 syncthing serve --home "$home" --no-browser --no-upgrade >"$work/$1-syncthing.log" 2>&1 &
    pids+=($!)
    until_true 30 env STHOME="$home" "$setup" id >/dev/null 2>&1 || fail "$1's Syncthing did not start"
}
start_syncthing office 28384 28000
start_syncthing hall 28385 28001
office_id=$(STHOME=$work/office-syncthing "$setup" id)
hall_id=$(STHOME=$work/hall-syncthing "$setup" id)

step "the documented set-up: office send-only, hall receive-only, paired"
STHOME=$work/office-syncthing "$setup" office "$office"
STHOME=$work/hall-syncthing "$setup" kiosk "$hall"
STHOME=$work/office-syncthing "$setup" pair "$hall_id" tcp://127.0.0.1:28001
STHOME=$work/hall-syncthing "$setup" pair "$office_id" tcp://127.0.0.1:28000

step "release 1 arrives, without the office's draft"
arrived() { [ "$(cat "$hall/current" 2>/dev/null)" = "$(cat "$office/current")" ]; }
until_true 180 arrived || fail "release 1 did not arrive in 3 minutes"
[ ! -e "$hall/draft" ] || fail "the draft reached the hall"
[ ! -e "$hall/cache" ] || fail "the office's derived sizes reached the hall"

step "a kiosk shows it"
log=$work/kiosk.log
printf '[idle]\nseconds=10\n' >"$work/hall.ini"
xvfb-run -a -s "-screen 0 1280x720x24" "$kiosk" --content "$hall" --state "$work/state" \
    --cache "$work/cache" --config "$work/hall.ini" --open country/TH >"$log" 2>&1 &
pids+=($!)
until_true 300 grep -q "first frame presented" "$log" || { cat "$log"; fail "no first frame"; }

step "current arrives before release 2's files: the kiosk stays on release 1"
hall_api() { # method path [body]
    local key; key=$(sed -n 's:.*<apikey>\(.*\)</apikey>.*:\1:p' "$work/hall-syncthing/config.xml")
    curl -fsS -X "$1" -H "X-API-Key: $key" ${3:+--data "$3"} "http://127.0.0.1:28385/rest/$2"
}
hall_api POST "db/ignores?folder=asean-halls" \
    '{"ignore":["/draft","/.curator.lock","/cache","/.filling-demo","/releases/0002"]}' >/dev/null
"$tool" --content "$office" publish --force --note "two" >/dev/null
until_true 180 arrived || fail "current did not arrive"
sleep 5
grep -q "switched from release" "$log" && fail "the kiosk switched to a release that has not arrived"
grep -q "release 0002 is not complete yet" "$log" || { cat "$log"; fail "the kiosk did not say it waits"; }

step "the files arrive: the kiosk switches between visitors"
hall_api POST "db/ignores?folder=asean-halls" \
    '{"ignore":["/draft","/.curator.lock","/cache","/.filling-demo"]}' >/dev/null
hall_api POST "db/scan?folder=asean-halls" >/dev/null
until_true 240 grep -q "switched from release 1 to release 2" "$log" ||
    { tail -20 "$log"; fail "the kiosk did not switch to release 2"; }
echo "syncthing: all steps passed"
