#!/usr/bin/env python3
"""Fills the <translation> of each message in a Qt Linguist file from a TSV of
"source<TAB>translation" lines. Messages stay type="unfinished" (not reviewed by a native
speaker): lrelease still compiles them, and the review state stays honest.

usage: translations/fill-translations.py translations/asean_ko.ts translations/ko.tsv
       translations/fill-translations.py translations/asean_en.ts --source
The second form fills the English file with its own source texts (English is the language the
interface is written in, so there is nothing to review); plural forms already there are kept.
"""
import sys
import xml.etree.ElementTree as ET


def fill_source(ts_path):
    tree = ET.parse(ts_path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation.findall("numerusform"):
            continue
        translation.text = message.findtext("source")
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return 0


def main(ts_path, tsv_path):
    if tsv_path == "--source":
        return fill_source(ts_path)
    table = {}
    with open(tsv_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                source, translation = line.split("\t", 1)
                table[source] = translation
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in table:
            # Plural messages (%n) hold one <numerusform> per plural form of the language.
            forms = translation.findall("numerusform")
            for form in forms or [translation]:
                form.text = table[source]
            translation.set("type", "unfinished")
        elif not (translation.text or translation.findtext("numerusform")):
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"{ts_path}: no translation for: {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
