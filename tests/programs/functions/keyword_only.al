# Keyword-only parameters after * and after *args; positional-only with /.
def kw_only(a, *, b, c=3):
    return a + b + c

print(kw_only(1, b=2), kw_only(1, c=10, b=2), kw_only(a=0, b=0, c=0))

def after_star(*items, sep=", ", end="."):
    return sep.join(str(i) for i in items) + end

print(after_star(1, 2, 3), after_star("x", sep="|", end="!"), after_star())

def pos_only(a, b, /, c, *, d):
    return [a, b, c, d]

print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    kw_only(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
