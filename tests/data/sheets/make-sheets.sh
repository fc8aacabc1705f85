#!/usr/bin/env bash
# Remakes the spreadsheet files tests/unit/tst_spreadsheet.cpp reads. Run once by hand; the
# results are checked in, so the tests need neither a C compiler run nor LibreOffice.
#   items-libxlsxwriter.xlsx  written by libxlsxwriter (Debian libxlsxwriter-dev)
#   items-libreoffice.xlsx    that file opened and saved as .xlsx by LibreOffice
#   items-libreoffice.ods     the same saved as .ods
# Needs: gcc, libxlsxwriter-dev, libreoffice-calc-nogui.
set -euo pipefail
cd "$(dirname "$0")"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
gcc make-sheets.c -o "$scratch/make-sheets" $(pkg-config --cflags --libs xlsxwriter)
"$scratch/make-sheets"
for format in ods xlsx; do
    libreoffice --headless -env:UserInstallation=file://$scratch/profile \
        --convert-to "$format" --outdir "$scratch" items-libxlsxwriter.xlsx >/dev/null
    mv "$scratch/items-libxlsxwriter.$format" "items-libreoffice.$format"
done

# themes-inline.xlsx: the smallest workbook Excel opens, with inline strings (as streaming
# writers such as Apache POI's make them), a cell without a reference, a boolean, the 1904
# date system and an escaped control character; written with Python's zipfile.
python3 - <<'PY'
import zipfile
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="Themes" sheetId="1" r:id="rId7"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0"/></cellXfs></styleSheet>',
    "xl/worksheets/data.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c t="inlineStr"><is><t>accent</t></is></c><c t="inlineStr"><is><t>name_en</t></is></c><c t="inlineStr"><is><t>#added</t></is></c><c t="inlineStr"><is><t>order</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>food</t></is></c><c r="B2" t="inlineStr"><is><t>#C0392B</t></is></c><c r="C2" t="inlineStr"><is><r><t>Fo</t></r><r><rPr><b/></rPr><t>od</t></r><rPh><t>x</t></rPh></is></c><c r="D2" s="1"><v>29036</v></c><c r="E2" t="b"><v>1</v></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>dress</t></is></c><c r="C3" t="inlineStr"><is><t xml:space="preserve">Dress_x0009_and _x005F_x0041_</t></is></c></row>'
        '</sheetData></worksheet>',
}
with zipfile.ZipFile("themes-inline.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        z.writestr(name, text)
PY
