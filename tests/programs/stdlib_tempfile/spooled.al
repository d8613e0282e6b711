# SpooledTemporaryFile (binary): kept in memory until max_size, then rolled over to a file.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    with tempfile.SpooledTemporaryFile(max_size=10, dir=d) as f:
        print(f._rolled, f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable())
        print(f.write(b"12345"), f._rolled, f.tell(), os.listdir(d))
        print(f.write(b"67890"), f._rolled)
        print(f.write(b"X"), f._rolled, f.tell(), os.listdir(d))
        f.seek(0)
        print(f.read(), f.read(), f.tell())
        f.seek(2)
        print(f.read(3), f.truncate(4), f.tell())
        f.seek(0)
        print(f.read())
    print(f.closed)
    g = tempfile.SpooledTemporaryFile(dir=d)
    g.writelines([b"a\n", b"b\n", b"c\n"])
    print(g._rolled, g.tell())
    g.seek(0)
    print(g.readline(), g.readlines(), list(g))
    g.seek(0)
    print([line for line in g])
    g.rollover()
    g.rollover()
    print(g._rolled, g.tell(), g.name is not None)
    g.seek(0)
    print(g.read())
    g.close()
    try:
        with g:
            pass
    except ValueError as e:
        print(e)
    h = tempfile.SpooledTemporaryFile(max_size=3)
    h.write(b"ab")
    h.truncate(10)
    print(h._rolled)
    h.close()
