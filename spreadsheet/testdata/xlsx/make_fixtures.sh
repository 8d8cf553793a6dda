#!/bin/sh
# Makes the workbooks in this folder that other programs wrote, from dendai's
# template: openpyxl fills it in (make_fixtures.py), LibreOffice Calc rewrites
# the result as its own .xlsx, and also saves it as .ods and .xls. Needs
# python3-openpyxl and libreoffice-calc-nogui (Debian). Run from the module's
# root: sh spreadsheet/testdata/xlsx/make_fixtures.sh
set -eu
dir=spreadsheet/testdata/xlsx
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./cmd/dendai template --format xlsx --lang ja > "$tmp/template.xlsx"
/usr/bin/python3 "$dir/make_fixtures.py" "$tmp/template.xlsx" "$dir"
cp "$dir/openpyxl-filled.xlsx" "$tmp/libreoffice-filled.xlsx"
mkdir "$tmp/out"
soffice --headless --convert-to xlsx --outdir "$tmp/out" "$tmp/libreoffice-filled.xlsx" >/dev/null
soffice --headless --convert-to ods --outdir "$tmp/out" "$tmp/libreoffice-filled.xlsx" >/dev/null
soffice --headless --convert-to xls --outdir "$tmp/out" "$tmp/libreoffice-filled.xlsx" >/dev/null
cp "$tmp/out/libreoffice-filled.xlsx" "$dir/libreoffice-filled.xlsx"
cp "$dir/openpyxl-filled.json" "$dir/libreoffice-filled.json"
cp "$tmp/out/libreoffice-filled.ods" "$dir/libreoffice-filled.ods"
cp "$tmp/out/libreoffice-filled.xls" "$dir/libreoffice-filled.xls"
