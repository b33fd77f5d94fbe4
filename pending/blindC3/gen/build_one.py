import sys, importlib, time, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for modname in sys.argv[1:]:
    m = importlib.import_module(modname)
    html_text, gold_docs = m.make()
    t = time.time()
    n = common.build(m.NAME, html_text, gold_docs, **m.RENDER)
    nt = sum(len(d['targets']) for d in gold_docs)
    print(f'{m.NAME}: pages={n} targets={nt} {time.time()-t:.0f}s')
