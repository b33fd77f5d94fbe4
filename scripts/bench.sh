#!/usr/bin/env bash
# Speed benchmark: the release binary against `wc -m` (which decodes every
# character) over the same bytes, in one run.
#
#   scripts/bench.sh [--pgo] [N_DOCS]     (default 2400 documents)
#
# Builds a corpus of at least N_DOCS files from corpus/ under bench-out/
# (generated, not committed), then times:
#   - chitieu extract --jobs 1, and --jobs 2;
#   - with --pgo, the same with the profile-guided build
#     (scripts/build-release.sh --pgo, trained on corpus/: the files this
#     corpus copies);
#   - LC_ALL=C.UTF-8 wc -m over the same files;
# in five interleaved rounds, each command's best time kept;
# and prints documents/s, MB/s, the ratio to the reference, the speed-up of
# 2 jobs over 1, and peak memory (max RSS, median of three runs) for the
# corpus and for a corpus four times larger, to show memory does not grow
# with the batch.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
PGO_BIN=""
if [ "${1:-}" = "--pgo" ]; then
  shift
  PGO_BIN=$(bash scripts/build-release.sh --pgo)
fi
N=${1:-2400}
BIN=$(bash scripts/build-release.sh)

python3 - "$N" "$BIN" "$PGO_BIN" <<'PY'
import os, resource, shutil, subprocess, sys, time
n, binary, pgo = int(sys.argv[1]), sys.argv[2], sys.argv[3]
exts = ('.txt', '.md', '.html', '.htm')
# The documents of corpus/ (not the helpers' notes beside them).
sources = sorted(os.path.join(d, f) for d, _, fs in os.walk('corpus') if '/notes' not in d for f in fs if f.endswith(exts))
if not sources:
    sys.exit('bench: no documents under corpus/')

def build(root, count):
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    files = []
    for i in range(count):
        src = sources[i % len(sources)]
        sub = os.path.join(root, f'{i // 500:03d}')
        os.makedirs(sub, exist_ok=True)
        dst = os.path.join(sub, f'{i:05d}_{os.path.basename(src)}')
        shutil.copyfile(src, dst)
        files.append(dst)
    return files

def run(cmd, **kw):
    """Wall time and the max RSS of this child (KiB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    dt = time.perf_counter() - t
    if p.returncode not in (0, 1):
        sys.exit(f'bench: {cmd[0]} failed: {p.stderr.decode()[:500]}')
    return dt

def peak_rss(cmd):
    """Max RSS in KiB of one run, measured in a fresh child."""
    code = ('import resource,subprocess,sys;'
            'subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);'
            'print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)')
    return int(subprocess.check_output([sys.executable, '-c', code] + cmd).strip())

def best(cmd, k=3, **kw):
    return min(run(cmd, **kw) for _ in range(k))

root = 'bench-out/corpus'
files = build(root, n)
total_bytes = sum(os.path.getsize(f) for f in files)
mb = total_bytes / 1e6
env = dict(os.environ, LC_ALL='C.UTF-8')
# Reference: wc -m decodes every UTF-8 character of the same files.
listing = 'bench-out/files.txt'
with open(listing, 'w') as fh:
    fh.write('\0'.join(files))
# The machine's speed drifts (shared host): the three commands take turns,
# five rounds, and each keeps its best time.
cmds = {
    'ref': (['sh', '-c', f'xargs -0 -a {listing} wc -m > /dev/null'], env),
    'j1': ([binary, 'extract', '-q', '--jobs', '1', root], None),
    'j2': ([binary, 'extract', '-q', '--jobs', '2', root], None),
}
if pgo:
    cmds['p1'] = ([pgo, 'extract', '-q', '--jobs', '1', root], None)
    cmds['p2'] = ([pgo, 'extract', '-q', '--jobs', '2', root], None)
times = {k: [] for k in cmds}
for _ in range(5):
    for k, (cmd, e) in cmds.items():
        times[k].append(run(cmd, env=e))
ref, j1, j2 = (min(times[k]) for k in ('ref', 'j1', 'j2'))
out = subprocess.run([binary, 'extract', '-q', '--jobs', '2', root], capture_output=True)
docs = out.stdout.count(b'\n')
print(f'corpus: {n} files, {docs} documents, {mb:.1f} MB (from {len(sources)} corpus files)')
print(f'wc -m (reference):   {ref:7.3f} s  {mb/ref:8.1f} MB/s')
print(f'chitieu --jobs 1:    {j1:7.3f} s  {mb/j1:8.1f} MB/s  {docs/j1:8.0f} docs/s  ratio to wc -m: 1/{j1/ref:.2f}')
print(f'chitieu --jobs 2:    {j2:7.3f} s  {mb/j2:8.1f} MB/s  {docs/j2:8.0f} docs/s  speed-up over 1 job: {j1/j2:.2f}x')
if pgo:
    p1, p2 = min(times['p1']), min(times['p2'])
    print('profile-guided build:')
    print(f'chitieu --jobs 1:    {p1:7.3f} s  {mb/p1:8.1f} MB/s  {docs/p1:8.0f} docs/s  ratio to wc -m: 1/{p1/ref:.2f}  ({p1/j1:.2f} of the plain build)')
    print(f'chitieu --jobs 2:    {p2:7.3f} s  {mb/p2:8.1f} MB/s  {docs/p2:8.0f} docs/s  speed-up over 1 job: {p1/p2:.2f}x')
# Memory must not grow with the batch: the same binary on a corpus 4x larger.
# With two threads the peak swings by ~10 MiB with how they interleave: the
# median of three runs of each.
def median_rss(cmd):
    return sorted(peak_rss(cmd) for _ in range(3))[1]

rss1 = median_rss([binary, 'extract', '-q', '--jobs', '2', root])
big = 'bench-out/corpus4x'
build(big, 4 * n)
rss4 = median_rss([binary, 'extract', '-q', '--jobs', '2', big])
shutil.rmtree(big)
print(f'peak RSS (median of 3): {rss1/1024:.1f} MiB for {n} files, {rss4/1024:.1f} MiB for {4*n} files (ratio {rss4/rss1:.2f})')

# Born-digital PDF against pdftotext on the same files (at least 200 pages).
pdfs = sorted(os.path.join(d, f) for d, _, fs in os.walk('corpus') for f in fs if f.endswith('.pdf') and not f.endswith('.scan.pdf'))
if pdfs and shutil.which('pdftotext') and shutil.which('pdfinfo'):
    pages_of = {}
    for p in pdfs:
        info = subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout
        pages_of[p] = int(next((l.split()[-1] for l in info.splitlines() if l.startswith('Pages:')), '1'))
    root = 'bench-out/pdf'
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    files, pages, i = [], 0, 0
    while pages < 200:
        src = pdfs[i % len(pdfs)]
        dst = os.path.join(root, f'{i:04d}_{os.path.basename(src)}')
        shutil.copyfile(src, dst)
        files.append(dst)
        pages += pages_of[src]
        i += 1
    ref = best(['sh', '-c', 'for f in "$@"; do pdftotext "$f" - ; done > /dev/null', 'sh'] + files)
    j1 = best([binary, 'extract', '-q', '--jobs', '1', root])
    print(f'pdf: {len(files)} files, {pages} pages')
    print(f'pdftotext (reference): {ref:7.3f} s')
    print(f'chitieu --jobs 1:      {j1:7.3f} s  ratio to pdftotext: {j1/ref:.2f}x')
PY
