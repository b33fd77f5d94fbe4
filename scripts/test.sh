#!/usr/bin/env bash
# Runs every test: unit, integration (including the seed corpus scored
# against its gold), the property test over the whole text pipeline, and a
# check that the committed JSON Schema is current.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo test --profile ci --locked "$@"
