from contextlib import ExitStack, contextmanager


@contextmanager
def res(name):
    print("open", name)
    yield name
    print("close", name)


with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    print(names)
print("---")


def cb(*args, **kw):
    print("callback", args, kw)


with ExitStack() as stack:
    r = stack.callback(cb, 1, 2, k=3)
    print(r is cb)
    stack.callback(print, "plain print")


def exit_fn(typ, val, tb):
    print("exit_fn", typ.__name__ if typ else None, val)
    return True


with ExitStack() as stack:
    print(stack.push(exit_fn) is exit_fn)
    raise ValueError("suppressed by exit_fn")
print("after")


class CM:
    def __enter__(self):
        print("CM enter")
        return self

    def __exit__(self, *exc):
        print("CM exit", exc[0])


with ExitStack() as stack:
    cm = CM()
    stack.push(cm)
    print("pushed without entering")

# pop_all transfers the callbacks.
with ExitStack() as stack:
    stack.enter_context(res("kept"))
    moved = stack.pop_all()
print("stack left")
moved.close()
moved.close()

stack = ExitStack()
stack.callback(print, "closed explicitly")
stack.close()


def raising_cb():
    raise KeyError("from callback")


try:
    with ExitStack() as stack:
        stack.callback(print, "runs even so")
        stack.callback(raising_cb)
except KeyError as e:
    print("caught", repr(e))

# The stack returns True only if an exception came in and was suppressed.
s = ExitStack()
print(s.__exit__(None, None, None))
s.push(lambda *a: True)
print(s.__exit__(None, None, None))
s.push(lambda *a: True)
print(s.__exit__(ValueError, ValueError(), None))

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(e)


class NoExit:
    def __enter__(self):
        return self


try:
    ExitStack().enter_context(NoExit())
except TypeError as e:
    print(e)

with ExitStack() as stack:
    w = stack.callback(cb)
    print(stack._exit_callbacks[0][1].__wrapped__ is cb)

# Subclass: pop_all makes an instance of the subclass.


class MyStack(ExitStack):
    pass


print(type(MyStack().pop_all()).__name__)

# A suppressing callback between raising ones.
order = []
try:
    with ExitStack() as stack:
        stack.callback(order.append, "last")
        stack.push(lambda *e: order.append(("suppress", e[0].__name__)) or True)
        stack.callback(raising_cb)
        raise ValueError("body")
except Exception as e:
    print("escaped", repr(e))
print(order)
