# yield from: delegation of next, send, throw and close, and the return
# value of the subgenerator as the value of the expression.
def inner():
    got = yield 1
    print("inner got", got)
    got = yield 2
    print("inner got", got)
    return "inner result"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(3)
    yield from "ab"
    return r.upper()


o = outer()
print(next(o))
print(o.send("x"))
print(o.send("y"))
print(list(o))

o2 = outer()
try:
    while True:
        print("value", o2.send(None))
except StopIteration as e:
    print("returned", e.value)


def flatten(groups):
    for g in groups:
        yield from g


print(list(flatten([[1, 2], (3,), range(4, 6), [], "xy"])))


def chain(*its):
    for it in its:
        r = yield from it
    return r


print(list(chain([1], [2, 3])))


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("inner caught", e)
        except GeneratorExit:
            print("inner closing")
            raise


def delegator():
    try:
        yield from catcher()
    finally:
        print("delegator finally")


d = delegator()
print(next(d))
print(d.throw(ValueError("v1")))
d.close()
print("closed")


def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)


print(list(tree(3)))


def empty():
    return 7
    yield


def uses_empty():
    x = yield from empty()
    yield x


print(list(uses_empty()))


def send_through():
    x = yield from echo_twice()
    yield ("done", x)


def echo_twice():
    a = yield "first"
    b = yield ("second", a)
    return (a, b)


s = send_through()
print(next(s), s.send("A"), s.send("B"))
