#!/bin/sh
# Rebuild docs/ and gold/ from the generators, then self-check with the scorer.
set -e
cd "$(dirname "$0")"
for s in make_b4_0*.py; do python3 "$s"; done
cd ..
python3 gen/gold2pred.py --out pred.jsonl
python3 /work/shared/score.py --gold gold --pred pred.jsonl | tail -1
python3 gen/gold2pred.py --last --out pred_last.jsonl
python3 /work/shared/score.py --gold gold --pred pred_last.jsonl | tail -1
python3 /work/shared/score.py --gold gold --pred /dev/null | tail -1
python3 gen/check_values.py
