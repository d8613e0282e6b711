# A comprehension in a class body does not see the class's names (only its
# first iterable is evaluated in the class scope), as in Python 3.
x = "g"
class C:
    x = "c"
    l = [x for _ in "a"]
    m = [x + y for y in [x]]
    d = {k: x for k in "ab"}
    s = {x for _ in range(2)}
    t = list(x for _ in "z")
    n = sum(len(x) for _ in "abc")
print(C.l, C.m, C.d, C.s, C.t, C.n, C.x)
def f():
    y = "local"
    class D:
        y = "class"
        l = [y for _ in "a"]
    return D.l
print(f())
