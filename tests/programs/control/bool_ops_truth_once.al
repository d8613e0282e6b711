# `and`/`or` in a test (if, elif, while, a conditional expression, a
# comprehension's if, assert, not): each operand's truth is taken once, as
# CPython's jumps take it; `__bool__` says when.

class B:
    def __init__(self, v, n):
        self.v = v
        self.n = n

    def __bool__(self):
        print("bool", self.n)
        return self.v

a = B(False, "a")
b = B(True, "b")
c = B(True, "c")
if a and b:
    print("yes")
else:
    print("no")
if b and a:
    print("yes")
elif a or c:
    print("elif")
if not a and b:
    print("not a and b")
if a or b and c:
    print("a or b and c")
if (a or b) and not (c and a):
    print("mixed")
n = 0
while b and n < 2:
    n += 1
print(n)
print(1 if a or b else 2, 3 if a and b else 4)
print([x.n for x in [a, b, c] if x and b])
assert b and c
try:
    assert c and a, "failed"
except AssertionError as e:
    print("AssertionError", e)
x = a and b
print(x.n, (b or a).n, (a or a).n)

# Plain values: the result of the test, not of the operands, matters.
for p, q in [(0, 1), (1, 0), (2, 3), ([], "x"), (None, 0.0)]:
    if p and q:
        print("and", p, q)
    if p or q:
        print("or", p, q)
    if not p or not q:
        print("not", p, q)
