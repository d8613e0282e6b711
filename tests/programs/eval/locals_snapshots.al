# locals() in functions is a snapshot; exec and eval with no namespaces
# read it and write into a copy the function never sees.


def f():
    x = 1
    exec("x = 2\ny = 3")
    print("x after exec", x)
    snap = locals()
    print(snap["x"])
    return snap


s = f()
print(s["x"])


def g(a, b=2):
    total = a + b
    ns = locals()
    exec("total = total * 10\nextra = a - b", globals(), ns)
    print(total, ns["total"], ns["extra"])
    print(eval("a * b + total"))
    # The comprehension's scope cannot see the function's snapshot.
    try:
        print(eval("[a + i for i in range(b)]"))
    except NameError as e:
        print("NameError", e)
    print(eval("[a + i for i in range(b)]", {"a": a}, {"b": b}))
    return ns["extra"]


print(g(5))


def h():
    items = []
    for i in range(3):
        items.append(eval("i * i"))
    return items


print(h())


def closure():
    outer = "seen"

    def inner():
        return eval("outer")
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)


print(closure())


def closure2():
    outer = "seen"

    def inner():
        outer
        return eval("outer")
    return inner()


print(closure2())

counter = 0


def bump():
    exec("global counter\ncounter += 1")
    exec("counter2 = 5")


bump()
bump()
print(counter, "counter2" in globals())


def shadow():
    len = lambda s: -1
    return eval("len('abc')"), eval("len('abc')", {})


print(shadow())
