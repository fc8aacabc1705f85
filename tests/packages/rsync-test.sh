#!/usr/bin/env bash
# Content from the office to a hall with the rsync recipe (deploy/rsync/asean-pull): the office's
# account answers with the forced command deploy/README.md gives for the kiosk's key (rrsync,
# read-only, the content root only). ssh itself is left out: RSYNC_RSH is a stand-in that runs
# that forced command as sshd would, with the client's command in SSH_ORIGINAL_COMMAND.
#
#   rsync-test.sh SOURCE_DIR BUILD_DIR WORK_DIR
set -euo pipefail
src=$(realpath "$1") build=$(realpath "$2") work=$3
rm -rf "$work" && mkdir -p "$work"
work=$(realpath "$work")
tool=$build/app/asean-catalogue kiosk=$build/app/asean-kiosk pull=$src/deploy/rsync/asean-pull
office=$work/office hall=$work/hall
fail() { echo "FAIL: $*"; exit 1; }
step() { printf '\n== %s\n' "$*"; }

step "the office has release 1, and a draft and derived sizes of its own"
"$tool" --content "$office" import "$build/demo/manifest.json" >/dev/null
"$tool" --content "$office" publish --note "one" >/dev/null
{ [ -d "$office/draft" ] && [ -d "$office/cache" ]; } || fail "the office has no draft or cache to hold back"

step "the office's forced command for this kiosk's key, as authorized_keys gives it"
cat >"$work/ssh" <<SSH
#!/bin/sh
# ssh [-l USER] HOST COMMAND...: what sshd runs for a key with command="rrsync -ro $office"
[ "\$1" = -l ] && shift 2
shift
SSH_ORIGINAL_COMMAND="\$*" exec rrsync -ro "$office"
SSH
chmod +x "$work/ssh"
printf 'OFFICE=asean-sync@office\nCONTENT=%s\n' "$hall" >"$work/pull.conf"
run_pull() { ASEAN_PULL_CONF=$work/pull.conf RSYNC_RSH=$work/ssh "$pull"; }

step "a pull brings release 1, without the office's draft, lock or sizes"
umask 077  # modes come from the recipe, not from whoever runs it
run_pull
[ "$(cat "$hall/current")" = "$(cat "$office/current")" ] || fail "current differs"
[ ! -e "$hall/draft" ] || fail "the draft reached the hall"
[ ! -e "$hall/cache" ] || fail "the office's derived sizes reached the hall"
[ ! -e "$hall/.curator.lock" ] || fail "the curators' lock reached the hall"
unreadable=$(find "$hall" \( -type f ! -perm -0444 \) -o \( -type d ! -perm -0555 \) | head -3)
[ -z "$unreadable" ] || fail "not readable by the kiosk's account: $unreadable"

step "the kiosk shows what arrived"
out=$(xvfb-run -a -s "-screen 0 1280x720x24" "$kiosk" --content "$hall" --state "$work/state" \
    --cache "$work/kcache" --size 1280x720 --screenshot "$work/hall.png" 2>&1) ||
    { echo "$out"; fail "the kiosk did not start on the pulled content"; }
grep -q "first frame presented" <<<"$out" || { echo "$out"; fail "no first frame"; }

step "the kiosk's key cannot write to the office"
echo junk >"$work/junk"
if RSYNC_RSH=$work/ssh rsync "$work/junk" asean-sync@office:releases/ 2>"$work/push.err"; then
    fail "a push through the forced command was accepted"
fi
[ ! -e "$office/releases/junk" ] || fail "the push wrote into the office"
grep -qi "read-only\|sending to read-only" "$work/push.err" || { cat "$work/push.err"; fail "no read-only refusal"; }

step "release 2 arrives, and what the office does not have goes"
"$tool" --content "$office" publish --force --note "two" >/dev/null
run_pull
[ "$(cat "$hall/current")" = "$(cat "$office/current")" ] || fail "release 2 did not arrive"
touch "$hall/releases/stale-left-by-hand"
run_pull
[ ! -e "$hall/releases/stale-left-by-hand" ] || fail "what the office does not have stayed"
[ "$(cat "$hall/current")" = "$(cat "$office/current")" ] || fail "current was lost in the clean-up pass"

step "a pull without settings says where they go"
if ASEAN_PULL_CONF=$work/absent.conf "$pull" 2>"$work/noconf.err"; then fail "ran without settings"; fi
grep -q "deploy/README.md" "$work/noconf.err" || { cat "$work/noconf.err"; fail "no hint"; }
echo "rsync: all steps passed"
