#!/usr/bin/env bash
# Scan benchmark: OCR through chitieu against bare Tesseract, in one run.
#
#   scripts/bench-scans.sh [ROUNDS]     (default 2; each command keeps its best)
#
# Takes the page images out of the scanned PDFs under corpus/ (pdfimages),
# copied up to 12 pages, then times, over the same images:
#   - bare `tesseract` page after page, one thread, with the settings
#     chitieu uses (vie, psm 6, TSV) — the reference;
#   - chitieu extract --no-cache --jobs 1, and --jobs 2;
#   - chitieu extract with a warm OCR cache (a re-run of the batch);
# and prints each ratio: chitieu --jobs 1 to Tesseract (bar: at most 1.10),
# --jobs 2 speed-up over --jobs 1 (bar: at least 1.8), first run to cached
# re-run (bar: at least 50).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-2}
bash scripts/setup.sh
cargo build --release --locked --quiet
BIN=./target/release/chitieu

python3 - "$ROUNDS" "$BIN" <<'PY'
import os, shutil, subprocess, sys, tempfile, time
rounds, binary = int(sys.argv[1]), sys.argv[2]
scans = sorted(os.path.join(d, f) for d, _, fs in os.walk('corpus') for f in fs if f.endswith('.scan.pdf'))
if not scans:
    sys.exit('bench-scans: no .scan.pdf under corpus/')
root = 'bench-out/scans'
if os.path.isdir(root):
    shutil.rmtree(root)
os.makedirs(root)
for i, s in enumerate(scans):
    subprocess.run(['pdfimages', '-j', s, os.path.join(root, f'{i:02d}')], check=True)
pages = sorted(os.path.join(root, f) for f in os.listdir(root) if f.endswith('.jpg'))
# At least 12 pages, copies of those there are, so that two jobs share the
# pages evenly (5 pages on 2 jobs is 3 then 2).
have = len(pages)
for i in range(max(0, 12 - have)):
    dst = os.path.join(root, f'copy{i:02d}.jpg')
    shutil.copyfile(pages[i % have], dst)
    pages.append(dst)
print(f'{len(pages)} page images ({have} from {len(scans)} scanned PDFs, the rest copies)')

def timed(cmd, env=None):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t

env = dict(os.environ, OMP_THREAD_LIMIT='1')
tess = ['sh', '-c', 'for f in "$@"; do tesseract "$f" stdout -l vie --psm 6 -c preserve_interword_spaces=1 tsv; done', 'sh'] + pages
best = {'ref': 1e9, 'j1': 1e9, 'j2': 1e9}
for _ in range(rounds):
    best['ref'] = min(best['ref'], timed(tess, env))
    best['j1'] = min(best['j1'], timed([binary, 'extract', '-q', '--no-cache', '--jobs', '1', root]))
    best['j2'] = min(best['j2'], timed([binary, 'extract', '-q', '--no-cache', '--jobs', '2', root]))
cache = tempfile.mkdtemp()
first = timed([binary, 'extract', '-q', '--cache', cache, '--jobs', '1', root])
cached = min(timed([binary, 'extract', '-q', '--cache', cache, '--jobs', '1', root]) for _ in range(5))
shutil.rmtree(cache)
print(f'tesseract (reference): {best["ref"]:7.3f} s')
print(f'chitieu --jobs 1:      {best["j1"]:7.3f} s  ratio to tesseract: {best["j1"]/best["ref"]:.2f}x (bar <= 1.10)')
print(f'chitieu --jobs 2:      {best["j2"]:7.3f} s  speed-up over 1 job: {best["j1"]/best["j2"]:.2f}x (bar >= 1.8)')
print(f'cached re-run:         {cached:7.3f} s  first run / cached: {first/cached:.0f}x (bar >= 50)')
PY
