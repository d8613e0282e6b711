import math, sys
def test_a(): return "a"
def test_b(): return "b"
def other(): return "o"
for name, fn in list(globals().items()):
    if name.startswith("test_"):
        print(name, fn())
print(globals()["other"]())
globals()["other"] = test_a
print(other())
print(vars(math)["sqrt"](16.0), "pi" in vars(math), math.__dict__["e"])
vars(math)["tau2"] = 1
print(math.tau2)
try:
    for k in globals():
        pass
except RuntimeError as e:
    print(e)
def h():
    global late
    late = 1
print("late" in globals())
h()
print("late" in globals(), globals()["late"])
del globals()["late"]
try:
    print(late)
except NameError as e:
    print(e)
try:
    del globals()["missing"]
except KeyError as e:
    print(repr(e))
print(len(globals()) == len(list(globals())))
