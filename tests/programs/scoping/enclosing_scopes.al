# LEGB: local, enclosing, global, builtin lookup order.
v = "global v"
def outer():
    v = "enclosing v"
    def inner():
        return v
    def inner_local():
        v = "local v"
        return v
    def inner_global():
        global v
        return v
    return inner(), inner_local(), inner_global()
print(outer())
def uses_builtin():
    return len([1, 2, 3])
print(uses_builtin())
def outer2():
    def inner():
        return z
    z = "assigned after inner was defined"
    return inner()
print(outer2())
def outer3():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner()
    return mid()
print(outer3())
