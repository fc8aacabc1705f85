#!/bin/sh
# Makes the checked-in catalogues of today's program from manifest.json: the draft and the
# first release of a content root, and rows-schemaN.json, every row of their tables as the
# program wrote them. tst_schema opens the files with the program of the day and checks that
# every row is still there; run this again only when adding the files of a new schema version,
# never to refresh old ones.
# usage: tests/data/catalogues/make-catalogues.sh build/app/asean-catalogue SCHEMA-VERSION
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tool=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/media/photos" "$work/media/flags"
cp "$here/manifest.json" "$work/media/"
cp /usr/share/iso-flags-svg/country-4x3/th.svg /usr/share/iso-flags-svg/country-4x3/tl.svg \
    "$work/media/flags/"
ffmpeg -loglevel error -f lavfi -i color=c=orange:s=64x48 -frames:v 1 "$work/media/photos/th-tom-yum.jpg"
ffmpeg -loglevel error -f lavfi -i color=c=darkred:s=48x64 -frames:v 1 "$work/media/photos/tl-tais.jpg"
"$tool" --content "$work/content" init
"$tool" --content "$work/content" import "$work/media/manifest.json"
"$tool" --content "$work/content" publish --note "schema $version"
sqlite3 "$work/content/draft/catalogue.sqlite" "PRAGMA journal_mode = DELETE" >/dev/null
cp "$work/content/draft/catalogue.sqlite" "$here/draft-schema$version.sqlite"
cp "$work/content/releases/0001/catalogue.sqlite" "$here/release-schema$version.sqlite"
{
    printf '{\n'
    sep=''
    for table in country theme item item_theme text media; do
        printf '%s "%s": ' "$sep" "$table"
        sqlite3 -json "$here/draft-schema$version.sqlite" "SELECT * FROM $table" | tr -d '\n'
        sep=','
        printf '\n'
    done
    printf '}\n'
} >"$here/rows-schema$version.json"
