#!/bin/sh
# Rebuild docs/ (image-only scanned PDFs) and gold/ from the generators, then self-check.
# Needs: python3 with reportlab, pillow, numpy; poppler-utils (pdftoppm, pdftotext);
# fonts-liberation2 (or fonts-liberation); tesseract-ocr + tesseract-ocr-vie for the OCR samples.
set -e
cd "$(dirname "$0")"
python3 -c 'import reportlab, PIL, numpy' 2>/dev/null || pip install reportlab pillow numpy
for s in make_k3_0*.py; do python3 "$s"; done
cd ..
for f in docs/*.pdf; do n=$(pdftotext "$f" - | tr -d ' \n\f' | wc -c); echo "$f: pdftotext chars=$n"; done
python3 gen/gold2pred.py --out build/pred.jsonl
python3 /work/shared/score.py --gold gold --pred build/pred.jsonl | tail -1
python3 gen/gold2pred.py --last --out build/pred_last.jsonl
python3 /work/shared/score.py --gold gold --pred build/pred_last.jsonl | tail -1
python3 /work/shared/score.py --gold gold --pred /dev/null | tail -1
python3 gen/check_values.py
if command -v tesseract >/dev/null; then sh gen/ocr_sample.sh && echo "OCR samples in build/*.ocr_p*.txt"; fi
