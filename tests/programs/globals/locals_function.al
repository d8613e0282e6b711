def f(a, z=1):
    b = 1
    c = 2
    def g(): return c + a
    d = 3
    x = 5
    del x
    return list(locals())
print(f(1))
def outer():
    q = 1
    w = 2
    def inner(k):
        r = k
        print(sorted(locals().items()))
        return q + w
    inner(1)
outer()
def h():
    for i in range(2): pass
    if 0:
        unbound = 1
    return locals()
print(h())
def fmt(name, n):
    total = n * 2
    return "{name} has {n} ({total})".format(**locals())
print(fmt("x", 4))
class A:
    def m(self):
        super()
        return sorted(locals())
print(A().m())
def gen(n):
    for i in range(n):
        yield sorted(locals().items())
print(list(gen(2)))
def v():
    a = 1
    return vars(), dir()
print(v())
