# expandtabs.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'a\tbc\tdef\tg\nh\ti\rjk\tl'
t(lambda: b.expandtabs())
t(lambda: b.expandtabs(4))
t(lambda: b.expandtabs(tabsize=2))
t(lambda: b.expandtabs(0))
t(lambda: b.expandtabs(-1))
t(lambda: bytearray(b'\tx').expandtabs(3))
t(lambda: b'a'.expandtabs('x'))
t(lambda: b'a'.expandtabs(tabsize='x'))
