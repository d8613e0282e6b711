import gc

# Garbage is made deep in the stack, in a reference cycle: CPython frees it
# only at gc.collect(), and alc's conservative stack scan finds no stale
# word of it where the frames of the gc.collect() call lie.


def deep(f, n=30):
    if n:
        return deep(f, n - 1)
    f()


def worker(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


def make_garbage():
    g = worker("dropped")
    next(g)
    box = [g]
    box.append(box)


deep(make_garbage)
print("before collect")
gc.collect()
print("after collect")


def make_many():
    ring = []
    for i in range(3):
        g = worker(i)
        next(g)
        ring.append(g)
    ring.append(ring)


deep(make_many)
print("many:")
gc.collect()
print("after second collect")

kept = worker("kept")
next(kept)
keep_ring = [kept]
keep_ring.append(keep_ring)
gc.collect()
print("kept alive across collect")
kept.close()
print("end")
