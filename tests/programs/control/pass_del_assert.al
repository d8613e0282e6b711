# pass, del of names and items, and assert (passing and failing with messages).
def nothing():
    pass

print(nothing())
for i in range(2):
    pass
if True:
    pass
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
assert 1 + 1 == 2
assert d, "dict should not be empty"
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("AssertionError with no message:", repr(e), e.args)
a, b = 1, 2
del a, b
print("deleted both")
