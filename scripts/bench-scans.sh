#!/usr/bin/env bash
# Scan benchmark: OCR through chitieu against bare Tesseract, in one run.
#
#   scripts/bench-scans.sh [ROUNDS]     (default 2; each command keeps its best)
#
# Copies each scanned PDF under corpus/ twice (so that two jobs share them
# evenly), cycling until there are at least 20 pages, and takes their page
# images out
# (pdfimages), then times, over the same pages:
#   - bare `tesseract` page image after page image, one thread, with the
#     settings chitieu uses (vie, psm 6, TSV) — the reference;
#   - chitieu extract --no-cache --jobs 1, and --jobs 2, on the scanned
#     PDFs (what archives hold: chitieu reads a document's pages in one
#     Tesseract run) and on the page images as separate files (one run
#     each, as the reference);
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
def fresh(d):
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d

def n_pages(pdf):
    out = subprocess.run(['pdfimages', '-list', pdf], check=True, capture_output=True, text=True).stdout
    return len(out.splitlines()) - 2

pdf_root, img_root = fresh('bench-out/scans-pdf'), fresh('bench-out/scans')
# Each scan twice in a row, so that two jobs get the same pages whatever
# the sizes of the scans; cycles until there are at least 20 pages.
pdfs, pages_total = [], 0
while pages_total < 20:
    src = scans[len(pdfs) // 2 % len(scans)]
    for _ in range(2):
        dst = os.path.join(pdf_root, f'{len(pdfs):02d}_{os.path.basename(src)}')
        shutil.copyfile(src, dst)
        pdfs.append(dst)
        pages_total += n_pages(dst)
for i, p in enumerate(pdfs):
    subprocess.run(['pdfimages', '-j', p, os.path.join(img_root, f'{i:02d}')], check=True)
pages = sorted(os.path.join(img_root, f) for f in os.listdir(img_root) if f.endswith('.jpg'))
print(f'{len(pages)} pages: {len(pdfs)} scanned PDFs (copies of {len(scans)}), and their page images')

def timed(cmd, env=None):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t

env = dict(os.environ, OMP_THREAD_LIMIT='1')
tess = ['sh', '-c', 'for f in "$@"; do tesseract "$f" stdout -l vie --psm 6 -c preserve_interword_spaces=1 tsv; done', 'sh'] + pages
best = {}
def keep(name, t):
    best[name] = min(best.get(name, 1e9), t)
for _ in range(rounds):
    keep('ref', timed(tess, env))
    for form, root in (('pdf', pdf_root), ('img', img_root)):
        keep(f'{form}1', timed([binary, 'extract', '-q', '--no-cache', '--jobs', '1', root]))
        keep(f'{form}2', timed([binary, 'extract', '-q', '--no-cache', '--jobs', '2', root]))
cache = tempfile.mkdtemp()
first = timed([binary, 'extract', '-q', '--cache', cache, '--jobs', '1', pdf_root])
cached = min(timed([binary, 'extract', '-q', '--cache', cache, '--jobs', '1', pdf_root]) for _ in range(5))
shutil.rmtree(cache)
print(f'tesseract (reference):      {best["ref"]:7.3f} s')
for form, what in (('pdf', 'scanned PDFs'), ('img', 'page images')):
    print(f'chitieu --jobs 1, {what}: {best[form + "1"]:7.3f} s  ratio to tesseract: {best[form + "1"]/best["ref"]:.2f}x (bar <= 1.10)')
    print(f'chitieu --jobs 2, {what}: {best[form + "2"]:7.3f} s  speed-up over 1 job: {best[form + "1"]/best[form + "2"]:.2f}x (bar >= 1.8)')
print(f'cached re-run (PDFs):       {cached:7.3f} s  first run / cached: {first/cached:.0f}x (bar >= 50)')
PY
