# os.fsencode, os.fsdecode, os.fspath of bytes, os.urandom.
import os

print(os.fsencode('a\xe9'), os.fsdecode(b'a\xc3\xa9'), os.fsencode(b'x'), os.fsdecode('s'))
print(os.fspath(b'p'), os.fspath('q'))
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), len(set(os.urandom(1) for _ in range(50))) > 1)
for bad in [lambda: os.fsencode(1), lambda: os.urandom(-1), lambda: os.urandom('x'), lambda: os.fspath(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
