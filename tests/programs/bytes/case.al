# ASCII case mapping.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'hello WORLD 123 \xe9\xc9 o\'neil mIxEd_case'
for s in (b, bytearray(b)):
    t(lambda: s.lower())
    t(lambda: s.upper())
    t(lambda: s.swapcase())
    t(lambda: s.title())
    t(lambda: s.capitalize())
t(lambda: b''.title())
t(lambda: b'1st 2nd'.title())
t(lambda: b'ABC'.capitalize())
t(lambda: b'a'.lower(1))
t(lambda: bytearray(b'a').title(1))
