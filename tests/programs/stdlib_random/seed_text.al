# Seeding with str, bytes and bytearray (versions 1 and 2), as CPython 3.11 does.
import random

random.seed("hello")
print(random.random())
for seed in ["", "a", "hello", "héllo wörld ∑", "x" * 1000, b"", b"hello", b"\xff\x00" * 50,
             bytearray(b"hello"), bytearray()]:
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.getrandbits(64), random.randrange(1000))
for seed in ["", "a", "hello", "héllo", b"hello", b"\xe9t\xe9", "x" * 300]:
    random.seed(seed, version=1)
    print(repr(seed)[:30], random.random(), random.randint(1, 6))
r = random.Random("abc")
s = random.Random(b"abc")
print(r.random() == s.random(), r.getstate() == s.getstate())
r.seed(bytearray(b"abc"))
print(r.random())
r.seed("abc", version=2)
print(r.random(), r.choice("abcdefg"), r.sample(range(100), 5))
r.seed("abc", 1)
print(r.random())
r.seed("abc", version=3)  # neither 1 nor 2: the str's hash (PYTHONHASHSEED=0)
print(r.random())
r.seed(b"abc", version=1)
print(r.random())
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok")


show(lambda: random.seed([1, 2]))
show(lambda: random.seed({}))
show(lambda: random.seed(bytearray(b"x"), version=1))
show(lambda: random.seed(bytearray(b"x"), version=3))
show(lambda: random.seed(1.5))
show(lambda: random.seed(None))
show(lambda: random.Random([1]))
