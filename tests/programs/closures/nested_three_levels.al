# Closures nested three levels deep, reading and writing each level's variables.
def level1(a):
    x = "L1"
    def level2(b):
        y = "L2"
        def level3(c):
            nonlocal y
            y = y + "!"
            return f"{x} {y} a={a} b={b} c={c}"
        return level3
    return level2

print(level1(1)(2)(3))
f2 = level1("A")
f3 = f2("B")
print(f3("C"), f3("D"))

def outer():
    n = 0
    def middle():
        def inner():
            nonlocal n
            n += 1
            return n
        return inner
    return middle, middle, lambda: n

i1, i2, peek = outer()
print(i1()(), i2()(), i1()(), peek())

def shadow():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            return v
        return inner()
    return mid(), v
print(shadow())
