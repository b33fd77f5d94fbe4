#!/usr/bin/env bash
# Makes scans searchable as scanners and ocrmypdf do: each page's image
# with Tesseract's words over it, not painted (render mode 3).
#
#   scripts/make_searchable.sh SCAN_SET_DIR OUT_DIR
#
# reads SCAN_SET_DIR/docs/<stem>.scan.pdf (image-only PDFs, one JPEG a
# page, as scripts/make_scans.py writes them) and SCAN_SET_DIR/gold/, writes
# OUT_DIR/docs/<stem>.searchable.pdf (the same JPEGs, Tesseract's PDF) and
# OUT_DIR/gold/<stem>.json ("seed" set to the new file's name). Needs
# poppler-utils (pdfimages) and tesseract-ocr-vie.
set -euo pipefail
src=$1 out=$2
mkdir -p "$out/docs" "$out/gold"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for pdf in "$src"/docs/*.scan.pdf; do
  stem=$(basename "$pdf" .scan.pdf)
  mkdir -p "$work/$stem"
  pdfimages -j "$pdf" "$work/$stem/p"
  ls "$work/$stem"/p-*.jpg > "$work/$stem/list.txt"
  OMP_THREAD_LIMIT=1 tesseract "$work/$stem/list.txt" "$out/docs/$stem.searchable" -l vie pdf 2>/dev/null
  python3 - "$src/gold/$stem.json" "$out/gold/$stem.json" "$stem.searchable.pdf" <<'PY'
import json, sys
gold = json.load(open(sys.argv[1], encoding='utf-8'))
gold['seed'] = sys.argv[3]
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write('\n')
PY
done
