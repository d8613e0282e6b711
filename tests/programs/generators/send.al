# send(): the value of the yield expression, the first send must be None,
# and the return value travels in StopIteration.
def echo():
    x = None
    while True:
        x = yield x
        if x == "q":
            return x * 2


e = echo()
print(next(e), e.send(1), e.send("a"), e.send([1, 2]))
try:
    e.send("q")
except StopIteration as s:
    print("ret", s.value)
try:
    e.send(3)
except StopIteration as s:
    print("finished", s.value)

fresh = echo()
try:
    fresh.send(1)
except TypeError as t:
    print("TypeError:", t)
print(fresh.send(None))


def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total


a = accumulate()
next(a)
for v in [1, 2, 3, 4]:
    print("running total", a.send(v))
try:
    a.send(None)
except StopIteration as s:
    print("final", s.value)
