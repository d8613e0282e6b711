# nonlocal binds to the nearest enclosing function scope, never to globals.
n = "global n"
def outer():
    n = "outer n"
    def middle():
        n = "middle n"
        def inner():
            nonlocal n
            n = "changed by inner"
        inner()
        return n
    m = middle()
    return m, n
print(outer(), n)
def skip_level():
    n = 0
    def middle():
        def inner():
            nonlocal n
            n += 10
            return n
        return inner()
    middle()
    middle()
    return n
print(skip_level())
def glob_in_nested():
    def inner():
        global n
        n = "set by nested global"
    inner()
glob_in_nested()
print(n)
