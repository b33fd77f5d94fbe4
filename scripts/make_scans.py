#!/usr/bin/env python3
"""Turns born-digital PDF fixtures into degraded scans, packed as image-only
PDFs: rendered at 200 dpi (pdftoppm), then slightly blurred, skewed by up to
±1.2°, on grey paper with noise, saved as JPEG quality 75. Needs Pillow and
poppler-utils.

    scripts/make_scans.py PDF_SET_DIR OUT_DIR [--seed N] [--dpi 200]
        [--skew 1.2] [--blur 0.6] [--quality 75]

(the options vary the scan: resolution, largest skew in degrees, blur
radius, JPEG quality)

reads PDF_SET_DIR/docs/*.pdf and PDF_SET_DIR/gold/*.json, writes
OUT_DIR/docs/<stem>.scan.pdf and OUT_DIR/gold/<stem>.json ("seed" set to
the scan's file name; the scorer maps X.scan.pdf to stem X).
"""
import argparse, glob, io, json, os, random, subprocess, tempfile

from PIL import Image, ImageFilter


def degrade(img, rnd, a):
    img = img.convert('L')
    img = img.rotate(rnd.uniform(-a.skew, a.skew), resample=Image.BICUBIC, expand=False, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(radius=a.blur))
    # Grey paper and speckle noise.
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 400):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.randrange(120, 255)
    img = img.point(lambda v: int(v * 0.88 + 18))
    buf = io.BytesIO()
    img.save(buf, 'JPEG', quality=a.quality)
    return Image.open(io.BytesIO(buf.getvalue()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('src')
    ap.add_argument('out')
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--dpi', type=int, default=200)
    ap.add_argument('--skew', type=float, default=1.2)
    ap.add_argument('--blur', type=float, default=0.6)
    ap.add_argument('--quality', type=int, default=75)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(os.path.join(a.out, 'docs'), exist_ok=True)
    os.makedirs(os.path.join(a.out, 'gold'), exist_ok=True)
    for pdf in sorted(glob.glob(os.path.join(a.src, 'docs', '*.pdf'))):
        stem = os.path.splitext(os.path.basename(pdf))[0]
        with tempfile.TemporaryDirectory() as d:
            subprocess.run(['pdftoppm', '-r', str(a.dpi), '-gray', '-png', pdf, os.path.join(d, 'p')], check=True)
            pages = [degrade(Image.open(p), rnd, a) for p in sorted(glob.glob(os.path.join(d, 'p*.png')))]
        out = os.path.join(a.out, 'docs', stem + '.scan.pdf')
        pages[0].save(out, 'PDF', resolution=float(a.dpi), save_all=True, append_images=pages[1:])
        g = json.load(open(os.path.join(a.src, 'gold', stem + '.json'), encoding='utf-8'))
        # The scorer maps X.scan.pdf to the stem X: keep the original name.
        g['seed'] = stem + '.txt'
        json.dump(g, open(os.path.join(a.out, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
