# ASCII and Latin-1 with every error handler.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'a\xe9\u20ac\U0001f600b'
for enc in ['ascii', 'latin-1', 'iso-8859-1', 'us-ascii', 'L1']:
    for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        t(lambda: s.encode(enc, h))
b = b'a\xe9\x80\xffb'
for enc in ['ascii', 'latin-1']:
    for h in ['strict', 'ignore', 'replace', 'backslashreplace']:
        t(lambda: b.decode(enc, h))
t(lambda: 'xx\u1234\u1235yy'.encode('ascii'))
t(lambda: 'abc'.encode('ascii'))
t(lambda: '\xff'.encode('latin-1'))
