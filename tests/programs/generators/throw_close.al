# throw() raises at the suspended yield; close() raises GeneratorExit there.
def withtry():
    try:
        yield 1
        yield 2
    except ValueError as ex:
        print("caught", ex)
        yield 3
    finally:
        print("finally")


w = withtry()
print(next(w))
print(w.throw(ValueError("boom")))
w.close()
print("closed")
w.close()
print(list(w))


def thrower():
    yield 1


g = thrower()
try:
    g.throw(TypeError, "bad")
except TypeError as e:
    print("thrown before start:", e)
print(list(g))
try:
    g.throw(ValueError("after"))
except ValueError as e:
    print("after end:", e)


def ignore_exit():
    ignored = 0
    while True:
        try:
            yield ignored
        except GeneratorExit:
            ignored += 1
            print("ignoring", ignored)
            if ignored > 1:
                return


g5 = ignore_exit()
next(g5)
try:
    g5.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g5.close()
print("closed after", next(g5, "end"))


def catch_all():
    try:
        yield 1
    except BaseException as e:
        print("saw", type(e).__name__)
        raise


c = catch_all()
next(c)
c.close()
print("close ok")

d = catch_all()
next(d)
try:
    d.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    thrower().throw(42)
except TypeError as e:
    print("TypeError:", e)
