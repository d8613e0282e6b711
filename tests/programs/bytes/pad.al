# center, ljust, rjust, zfill.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in (b'ab', b'abc', bytearray(b'ab')):
    for w in (0, 2, 5, 6, 7):
        t(lambda: (b.center(w), b.ljust(w), b.rjust(w), b.zfill(w)))
    t(lambda: b.center(9, b'*'))
    t(lambda: b.ljust(5, bytearray(b'-')))
    t(lambda: b.rjust(5, b'0'))
t(lambda: b'-12'.zfill(6))
t(lambda: b'+x'.zfill(4))
t(lambda: b''.zfill(3))
t(lambda: b'ab'.center(1, b'ab'))
t(lambda: b'ab'.center(1, 'a'))
t(lambda: b'a'.ljust(5, b'xy'))
t(lambda: b'a'.center())
t(lambda: b'a'.center('x'))
t(lambda: b'a'.zfill())
t(lambda: b'a'.zfill('x'))
t(lambda: b'a'.center(10, fillchar=b'x'))
