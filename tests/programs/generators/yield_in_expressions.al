# yield inside larger expressions: operands evaluated before the yield are
# kept across the suspension, in CPython's order.
def acc():
    total = 0
    while True:
        total = total + (yield total)
        if total > 10:
            return total


g = acc()
print(next(g))
print(g.send(3), g.send(4))
try:
    g.send(5)
except StopIteration as e:
    print("done", e.value)


def echo():
    print("got", (yield 1), (yield 2))
    x = [(yield 3), (yield 4)]
    print(x)
    d = {"a": (yield 5)}
    print(d)
    s = 0
    s += yield 6
    print("s", s)
    r = (yield 7) or (yield 8)
    print("r", r)
    q = "yes" if (yield 9) else (yield 10)
    print("q", q)
    print(f"f {(yield 11)} {1 + (yield 12)}")
    lst = [0, 0]
    lst[1] += yield 13
    print(lst)
    while (v := (yield 14)) is not None:
        print("v", v)
    return len((yield 15))


g = echo()
v = next(g)
out = []
try:
    i = 0
    while True:
        out.append(v)
        i += 1
        if v == 14 and i > 17:
            v = g.send(None)
        elif v == 15:
            v = g.send("abc")
        elif v == 8 or v == 7:
            v = g.send(0)
        else:
            v = g.send(i)
except StopIteration as e:
    print("ret", e.value)
print(out)


def trace(tag, value):
    print("eval", tag)
    return value


def ordered():
    result = trace("a", 1) + trace("b", 2) * (yield "first") - trace("c", 3)
    print("result", result)
    obj = {"k": 0}
    obj[trace("key", "k")] += (yield "second")
    print(obj)
    items = [trace("x", 1), *(yield "third"), trace("y", 2)]
    print(items)
    print(sorted([(yield "fourth"), (yield "fifth")], key=lambda t: -t))


g = ordered()
print(next(g))
print(g.send(10))
print(g.send(5))
print(g.send((7, 8)))
print(g.send(1))
try:
    g.send(2)
except StopIteration:
    print("stopped")
counter = 0


def bump():
    global counter
    counter += yield "bump"
    return counter


g = bump()
next(g)
counter = 100
try:
    g.send(1)
except StopIteration as e:
    print("counter", e.value, counter)


def thrown():
    try:
        x = 1 + (yield "x")
    except ValueError as e:
        print("caught", e)
        x = -1
    yield x


g = thrown()
print(next(g))
print(g.throw(ValueError("oops")))


def short_circuit(flag):
    r = flag and (yield "asked")
    return r


print(list(short_circuit(False)), list(short_circuit(True)))
