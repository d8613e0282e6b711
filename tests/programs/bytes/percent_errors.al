# %-formatting errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'%d' % 'x')
t(lambda: b'%s' % 'x')
t(lambda: b'%s' % 5)
t(lambda: b'%c' % 300)
t(lambda: b'%c' % -1)
t(lambda: b'%c' % b'ab')
t(lambda: b'%c' % 'a')
t(lambda: b'%x' % 1.5)
t(lambda: b'%s %s' % (b'a',))
t(lambda: b'%s' % (b'a', b'b'))
t(lambda: b'%(a)s' % {'a': b'x'})
t(lambda: b'%(a)s' % 5)
t(lambda: b'%(a' % {})
t(lambda: b'%y' % 1)
t(lambda: b'%' % ())
t(lambda: b'%*d' % ('x', 1))
t(lambda: b'abc' % 5)
t(lambda: b'abc' % 'x')
t(lambda: b'abc' % bytearray(b'x'))
t(lambda: b'abc%s' % {})
t(lambda: b'%s' % ())
