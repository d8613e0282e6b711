# 'u' arrays: fromunicode, tounicode, code points the array cannot hold.
import array

u = array.array('u', 'hé')
print(u, u.tounicode(), len(u), u.itemsize, u[1], u[::-1])
u.fromunicode('xy😀')
print(u, u.tolist())
u.append('z')
u.extend('!?')
u.insert(0, '>')
print(u, repr(u.tounicode()))


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


i = array.array('i', [1])
show(u.fromunicode, 5)
show(u.fromunicode, b'a')
show(i.fromunicode, 'a')
show(i.tounicode)
show(u.append, 'ab')
show(u.append, '')
show(u.append, 97)
show(u.__setitem__, 0, 'xy')

bad = array.array('u', b'abcd')
print(len(bad))
show(bad.__getitem__, 0)
show(bad.tolist)
show(bad.tounicode)
show(repr, bad)
show(list, bad)
big = array.array('u', b'\x00\x00\x11\x00')
show(repr, big)
show(big.__getitem__, 0)
ok = array.array('u', b'\xff\xff\x10\x00')
print(ascii(ok[0]), ascii(ok.tounicode()))
