# and/or return operands, short-circuit evaluation, chained comparisons, not.
def show(tag, value):
    print("eval", tag)
    return value

print(0 or 5, 3 or 5, 0 and 5, 3 and 5, "" or "default", [] or {} or None, 1 and 2 and 3)
print(None or 0, "a" and "", not 0, not "x", not not [], not None)
r = show("a", 0) and show("b", 1)
print(r)
r = show("c", 1) or show("d", 2)
print(r)
r = show("e", 0) or show("f", 0) or show("g", "last")
print(r)
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5 > 0, x == 5 == 5.0, 1 < x < 3)
print(show("h", 1) < show("i", 2) < show("j", 0) < show("k", 5))
print(x is not None, x is None, None is None, [] is not [], x in [5], x not in (1, 2))
a = b = c = 0
print(a == b == c, a is b)
