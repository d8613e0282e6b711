# count.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'aaaa bab'
t(lambda: b.count(b'a'))
t(lambda: b.count(b'aa'))
t(lambda: b.count(97))
t(lambda: b.count(b''))
t(lambda: b.count(b'', 2, 4))
t(lambda: b.count(b'a', 1))
t(lambda: b.count(b'a', -3))
t(lambda: b.count(b'a', 2, 3))
t(lambda: b.count(b'a', 10))
t(lambda: bytearray(b'xx').count(b'x'))
t(lambda: b.count(300))
t(lambda: b.count('a'))
t(lambda: b.count())
t(lambda: b.count(b'a', 1, 2, 3))
