#!/usr/bin/env bash
# Runs the main job on the bundled corpus: extracts every document in
# corpus/ to out/corpus.jsonl, then scores each hand-checked set against
# its gold answers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BIN=$(bash scripts/build-release.sh)
mkdir -p out
"$BIN" extract corpus/ > out/corpus.jsonl
echo "wrote out/corpus.jsonl ($(wc -l < out/corpus.jsonl) documents)" >&2
for gold in corpus/*/gold; do
  set_dir=$(dirname "$gold")
  echo "== $set_dir"
  "$BIN" eval --gold "$gold" "$set_dir/docs" | tail -n 4
done
