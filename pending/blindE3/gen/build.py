#!/usr/bin/env python3
"""Rebuild the whole E3 set: docs/ and gold/ (needs chromium and pdftotext for e3_01, e3_02)."""
import e3_01, e3_02, e3_03, e3_04, e3_05

for m in (e3_01, e3_02, e3_03, e3_04, e3_05):
    m.main()
    print('built', m.DOC)
