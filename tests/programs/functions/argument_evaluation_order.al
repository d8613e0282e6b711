# Arguments are evaluated left to right, defaults at definition time, keywords in order written.
def trace(tag, v):
    print("eval", tag)
    return v

def f(a, b, c=trace("default c", 3), **kw):
    return (a, b, c, kw)

print("defined")
print(f(trace("a", 1), trace("b", 2)))
print(f(b=trace("kw b", 20), a=trace("kw a", 10), z=trace("kw z", 0)))
print(f(*[trace("star", 1), trace("star2", 2)], **{"c": trace("dstar", 5)}))
x = [trace("list0", 0), trace("list1", 1)]
d = {trace("key", "k"): trace("value", "v")}
print(x, d)
print(trace("left", 2) ** trace("right", 3))
