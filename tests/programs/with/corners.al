# Corners: a result whose __bool__ raises, deep nesting, super() and del in
# the body, a manager entered twice, loops whose with suppresses or continues.
class Bad:
    def __bool__(self):
        raise ZeroDivisionError("bool failed")
class M:
    def __init__(self, r): self.r = r
    def __enter__(self): return self
    def __exit__(self, t, e, tb):
        print("exit", t)
        return self.r
try:
    with M(Bad()):
        raise KeyError("k")
except ZeroDivisionError as e:
    print("bool error", e, repr(e.__context__))
with M(Bad()):
    print("normal exit ignores result")
print(ValueError("x").__traceback__)
class E(Exception): pass
print(E().__traceback__)
def deep(n):
    log = []
    ms = [M(False) for _ in range(n)]
    with ms[0], ms[1], ms[2], ms[3], ms[4], ms[5], ms[6], ms[7], ms[8], ms[9]:
        with ms[10], ms[11], ms[12]:
            return "deep"
print(deep(13))
class Base:
    def run(self):
        return "base"
class Child(Base):
    def run(self):
        with M(None):
            return super().run() + "+child"
print(Child().run())
m = M(None)
with m as a:
    with m as b:
        print(a is b)
        del a
try:
    print(a)
except NameError as e:
    print("NameError", e)
x = 0
while x < 5:
    x += 1
    with M(None):
        if x == 3:
            break
else:
    print("no break")
print("x", x)
def f():
    try:
        with M(None):
            return 1
    except Exception:
        return 2
print(f())
class Sup:
    def __enter__(self): return self
    def __exit__(self, *a): return True
def g():
    for i in range(3):
        with Sup():
            if i == 1:
                continue
            raise ValueError(i)
        print("after with", i)
    return "g done"
print(g())
def h():
    with Sup():
        return "returned"
    return "not this"
print(h())
def k():
    with Sup():
        raise ValueError
    return "after suppressed raise"
print(k())
