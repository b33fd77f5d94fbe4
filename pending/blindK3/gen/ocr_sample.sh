#!/bin/sh
# OCR one degraded page per file with tesseract (vie) so a reader sees the noise level.
# Writes build/<stem>.ocr_pN.txt. Usage: sh gen/ocr_sample.sh  (from the set root)
set -e
for spec in k3_01_hatinh_qd_2024:1 k3_02_lamdong_kh_2025:3 k3_03_binhphuoc_qd_2023:1 k3_04_quangbinh_qd_2025:2; do
  stem=${spec%%:*}; p=${spec##*:}
  tesseract build/$stem.page$p.png build/$stem.ocr_p$p -l vie --psm 4 >/dev/null 2>&1
done
