#!/usr/bin/env bash
# Builds the release binary and prints its path.
#
#   scripts/build-release.sh          target/release/chitieu
#   scripts/build-release.sh --pgo    target/pgo/release/chitieu, profile-guided
#
# --pgo builds an instrumented binary (target/pgo-gen), runs it over the
# text, HTML, DOCX and born-digital PDF files of corpus/ (not the scans:
# their time is Tesseract's), and builds again with that profile. It needs
# llvm-profdata of the LLVM version rustc is built on (installed here from
# Debian's llvm-<major> when missing) and takes about four times as long as
# the plain build: both builds compile every crate with LTO.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--pgo" ]; then
  cargo build --release --locked --quiet
  echo target/release/chitieu
  exit 0
fi

major=$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')
profdata=$(command -v "llvm-profdata-$major" || true)
[ -n "$profdata" ] || profdata="/usr/lib/llvm-$major/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
  echo "build-release: installing llvm-$major (llvm-profdata)" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "llvm-$major" >/dev/null
fi
[ -x "$profdata" ] || { echo "build-release: no llvm-profdata for LLVM $major; build without --pgo" >&2; exit 1; }

data="$PWD/target/pgo-data"
rm -rf "$data"
mkdir -p "$data"
RUSTFLAGS="-Cprofile-generate=$data" cargo build --release --locked --quiet --target-dir target/pgo-gen
train=()
for set_dir in corpus/*/; do
  case "$set_dir" in corpus/scans*) continue ;; esac
  train+=("${set_dir}docs")
done
LLVM_PROFILE_FILE="$data/chitieu-%p-%m.profraw" target/pgo-gen/release/chitieu extract -q --jobs 1 --no-cache "${train[@]}" >/dev/null
"$profdata" merge -o "$data/merged.profdata" "$data"/chitieu-*.profraw
RUSTFLAGS="-Cprofile-use=$data/merged.profdata" cargo build --release --locked --quiet --target-dir target/pgo
echo target/pgo/release/chitieu
