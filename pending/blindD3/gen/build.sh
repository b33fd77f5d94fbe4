#!/bin/sh
# Rebuild docs/ and gold/ from the generators, then self-check with the scorer.
set -e
cd "$(dirname "$0")"
pip show python-docx >/dev/null 2>&1 || pip install python-docx
for s in make_d3_0*.py; do python3 "$s"; done
cd ..
python3 gen/gold2pred.py --out /tmp/blindD3_pred.jsonl
python3 /work/shared/score.py --gold gold --pred /tmp/blindD3_pred.jsonl | tail -1
python3 /work/shared/score.py --gold gold --pred /dev/null | tail -1
