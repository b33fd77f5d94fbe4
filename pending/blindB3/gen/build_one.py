import sys, importlib, time
sys.path.insert(0, '/tmp/blindB3/gen')
import common
for modname in sys.argv[1:]:
    m = importlib.import_module(modname)
    html_text, gold_docs = m.make()
    t = time.time()
    n, text = common.build(m.NAME, html_text, gold_docs, **m.RENDER)
    nt = sum(len(d['targets']) for d in gold_docs)
    print(f'{m.NAME}: pages={n} targets={nt} chars={len(text)} {time.time()-t:.0f}s')
