# Every method of a closed file in each mode, and the argument and mode errors of file methods, with CPython's messages.
for mode in ['r', 'w', 'a', 'r+', 'w+', 'a+']:
    open('y.txt', 'w').write('hi\n')
    f = open('y.txt', mode)
    f.close()
    out = []
    for m in ['readable', 'writable', 'seekable', 'fileno', 'isatty', 'flush', 'tell', 'read', 'readline', 'readlines']:
        try:
            out.append((m, getattr(f, m)()))
        except Exception as e:
            out.append((m, type(e).__name__, str(e)))
    for m, a in [('write', ('x',)), ('writelines', (['x'],)), ('truncate', ()), ('seek', (0,)), ('__iter__', ()), ('__next__', ()), ('__enter__', ()), ('__exit__', (None, None, None)), ('close', ())]:
        try:
            out.append((m, getattr(f, m)(*a)))
        except Exception as e:
            out.append((m, type(e).__name__, str(e)))
    print(mode, out)
f = open('y.txt', 'w')
def t(m, *a):
    try:
        print(m, a, repr(getattr(f, m)(*a)))
    except BaseException as e:
        print(m, a, type(e).__name__, repr(str(e)))
for m, a in [('read', ()), ('readline', ()), ('readlines', ()), ('__iter__', ()), ('write', (5,)), ('write', (None,)), ('writelines', ([1],)), ('writelines', (5,)), ('writelines', (['a', 'b'],)), ('seek', (5, 1)), ('seek', (0, 1)), ('seek', (5, 2)), ('seek', (0, 2)), ('seek', (-1,)), ('seek', (0, 3)), ('seek', ('a',)), ('tell', ()), ('truncate', (1,)), ('truncate', (-1,)), ('truncate', ('a',)), ('truncate', ()), ('tell', ()), ('isatty', ()), ('__next__', ())]:
    t(m, *a)
f.close()
f = open('y.txt', 'r')
for m, a in [('write', ('x',)), ('writelines', (['x'],)), ('truncate', ()), ('truncate', (0,)), ('read', ('a',)), ('read', (1.5,)), ('read', (None,)), ('readline', ('a',)), ('readline', (None,)), ('readlines', ('a',)), ('readlines', (None,)), ('read', (1, 2)), ('write', ()), ('tell', (1,)), ('close', (1,)), ('seek', ()), ('__next__', (1,)), ('__enter__', (1,))]:
    t(m, *a)
try:
    f.read(size=1)
except TypeError as e:
    print(e)
f.close()
